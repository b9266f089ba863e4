"""Check wild139/dev: gold schema, labels, dates, month recount, entry counts, size, text presence.

Usage (from corpora/wild139):  ../../.venv/bin/python scripts/check.py [--dump]
--dump writes the extracted text of every file to /tmp/wild139_text/ for eyeballing.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
sys.path.insert(0, HERE)

AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
PRECS = {"month", "year"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
EXTS = {"pdf", "docx", "txt", "md", "html"}


# ------------------------------------------------------------------ text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_table_text(table, out):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                out.append(p.text)
            for t in cell.tables:
                _docx_table_text(t, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []
    for sec in d.sections:
        for part in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            try:
                for p in part.paragraphs:
                    out.append(p.text)
                for t in part.tables:
                    _docx_table_text(t, out)
            except Exception:
                pass
    for p in d.paragraphs:
        out.append(p.text)
    for t in d.tables:
        _docx_table_text(t, out)
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext == "html":
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------------ months
def idx(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged(spans):
    spans = sorted(spans)
    tot, cur = 0, None
    for a, b in spans:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            tot += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot


def main():
    dump = "--dump" in sys.argv
    errors = []

    def err(msg):
        errors.append(msg)

    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = open(gold_path, encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        err(f"gold has {len(lines)} lines, dev has {len(files)} résumé files")
    total_size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if total_size >= 2 * 1024 * 1024:
        err(f"dev is {total_size} bytes, over 2 MB")
    if dump:
        os.makedirs("/tmp/wild139_text", exist_ok=True)
    n_entries = 0
    for i, line in enumerate(lines, 1):
        g = json.loads(line)
        f = g.get("file", "?")
        where = f"line {i} ({f})"
        if list(g.keys()) != TOP_KEYS:
            err(f"{where}: top-level keys {list(g.keys())}")
            continue
        if f != f"w{i:03d}.{f.rsplit('.', 1)[-1]}" or f.rsplit(".", 1)[-1] not in EXTS:
            err(f"{where}: file name out of order or bad extension")
        expected = files[i - 1] if i - 1 < len(files) else None
        if f != expected:
            err(f"{where}: gold file does not match sorted dev file {expected}")
        if g["as_of"] != AS_OF:
            err(f"{where}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f"{where}: empty family")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{where}: {len(ents)} entries")
        n_entries += len(ents)
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err(f"{where}: file missing")
            continue
        text = extract(path)
        if dump:
            with open(f"/tmp/wild139_text/{f}.txt", "w", encoding="utf-8") as fh:
                fh.write(text)
        nt = norm(text)
        spans, cs_spans = [], []
        for k, e in enumerate(ents, 1):
            w = f"{where} entry {k} ({e.get('title')})"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{w}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{w}: empty title")
            for key in ("organization", "location"):
                if e[key] is not None and (not isinstance(e[key], str) or not e[key].strip()):
                    err(f"{w}: bad {key}")
            if e["cs"] not in CS:
                err(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{w}: facing with kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{w}: non-facing with kind {e['kind']}")
            if e["section"] not in SECTIONS:
                err(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{w}: employment_type {e['employment_type']}")
            if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
                err(f"{w}: volunteer section but employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{w}: bullets must be a list of strings")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None:
                if en is not None or pr is not None:
                    err(f"{w}: undated entry with end/precision")
            else:
                if pr not in PRECS:
                    err(f"{w}: precision {pr}")
                if not YM.match(st):
                    err(f"{w}: start {st}")
                if en != "present" and not YM.match(str(en)):
                    err(f"{w}: end {en}")
                if pr == "year":
                    if not st.endswith("-01") or (en != "present" and not en.endswith("-12")):
                        err(f"{w}: year precision must run Jan..Dec")
                if YM.match(st) and (en == "present" or YM.match(str(en))):
                    if idx(st) > idx(en):
                        err(f"{w}: start after end")
                    if idx(en) > idx(AS_OF) or idx(st) > idx(AS_OF):
                        err(f"{w}: date after as_of")
                    spans.append((idx(st), idx(en)))
                    if e["cs"] == "facing":
                        cs_spans.append((idx(st), idx(en)))
            for key in ("title", "organization"):
                v = e[key]
                if v and norm(v) not in nt:
                    err(f"{w}: {key} '{v}' not found in extracted text")
        if merged(spans) != g["total_months"]:
            err(f"{where}: total_months {g['total_months']} != recount {merged(spans)}")
        if merged(cs_spans) != g["cs_months"]:
            err(f"{where}: cs_months {g['cs_months']} != recount {merged(cs_spans)}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} résumés, {n_entries} entries, {total_size / 1024:.0f} KiB; "
          f"{'OK' if not errors else str(len(errors)) + ' errors'}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
