"""Check wild34/dev/gold.jsonl against the schema and against the rendered files.

Run from corpora/wild34:  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(os.path.dirname(HERE), "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_BYTES = 2 * 1024 * 1024


def mindex(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    s = set()
    for e in entries:
        if e["start"] is None:
            continue
        s.update(range(mindex(e["start"]), mindex(e["end"]) + 1))
    return len(s)


# ------------------------------------------------------------------ text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_block(container, out):
    for p in container.paragraphs:
        out.append(p.text)
    for t in container.tables:
        for row in t.rows:
            for cell in row.cells:
                _docx_block(cell, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []
    _docx_block(d, out)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            try:
                _docx_block(part, out)
            except Exception:
                pass
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<style.*?</style>", " ", raw)
    raw = re.sub(r"(?is)<title.*?</title>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_raw(path):
    return open(path, encoding="utf-8").read()


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    return {"pdf": text_pdf, "docx": text_docx, "html": text_html, "htm": text_html}.get(ext, text_raw)(path)


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------------ checks
def check_entry(i, e, err, where):
    if list(e.keys()) != ENTRY_KEYS:
        err.append(f"{where} entry {i}: keys {list(e.keys())}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        err.append(f"{where} entry {i}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            err.append(f"{where} entry {i}: bad {k} {e[k]!r}")
    if e["cs"] not in CS:
        err.append(f"{where} entry {i}: cs {e['cs']!r}")
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            err.append(f"{where} entry {i}: facing with kind {e['kind']!r}")
    elif e["kind"] is not None:
        err.append(f"{where} entry {i}: kind {e['kind']!r} set on {e['cs']}")
    if e["section"] not in SECTIONS:
        err.append(f"{where} entry {i}: section {e['section']!r}")
    if e["employment_type"] not in ETYPES:
        err.append(f"{where} entry {i}: employment_type {e['employment_type']!r}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        err.append(f"{where} entry {i}: bullets must be a list of non-empty strings")
    st, en, pr = e["start"], e["end"], e["date_precision"]
    if st is None or en is None or pr is None:
        if not (st is None and en is None and pr is None):
            err.append(f"{where} entry {i}: undated entries need null start, end and precision ({st}, {en}, {pr})")
        return
    if not YM.match(st):
        err.append(f"{where} entry {i}: start {st!r}")
        return
    if en != "present" and not YM.match(en):
        err.append(f"{where} entry {i}: end {en!r}")
        return
    if pr not in ("month", "year"):
        err.append(f"{where} entry {i}: date_precision {pr!r}")
    if pr == "year" and (not st.endswith("-01") or not (en == "present" or en.endswith("-12"))):
        err.append(f"{where} entry {i}: year precision must run January..December ({st}..{en})")
    if mindex(st) > mindex(en):
        err.append(f"{where} entry {i}: start {st} after end {en}")
    if mindex(st) > mindex(AS_OF) or mindex(en) > mindex(AS_OF):
        err.append(f"{where} entry {i}: date after {AS_OF}")


def main():
    err = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [ln for ln in open(gold_path, encoding="utf-8").read().split("\n") if ln.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    seen = []
    n_entries = 0
    for ln_no, ln in enumerate(lines, 1):
        g = json.loads(ln)
        where = f"line {ln_no} ({g.get('file')})"
        if list(g.keys()) != TOP_KEYS:
            err.append(f"{where}: top-level keys {list(g.keys())}")
            continue
        seen.append(g["file"])
        if g["as_of"] != AS_OF:
            err.append(f"{where}: as_of {g['as_of']}")
        ents = g["entries"]
        n_entries += len(ents)
        if not 3 <= len(ents) <= 6:
            err.append(f"{where}: {len(ents)} entries (need 3-6)")
        for i, e in enumerate(ents):
            check_entry(i, e, err, where)
        try:
            t = months(ents)
            c = months([e for e in ents if e["cs"] == "facing"])
            if t != g["total_months"]:
                err.append(f"{where}: total_months {g['total_months']} but recount {t}")
            if c != g["cs_months"]:
                err.append(f"{where}: cs_months {g['cs_months']} but recount {c}")
        except Exception as ex:  # bad dates already reported
            err.append(f"{where}: could not recount months ({ex})")
        path = os.path.join(DEV, g["file"])
        if not os.path.exists(path):
            err.append(f"{where}: file missing")
            continue
        if os.path.getsize(path) >= MAX_BYTES:
            err.append(f"{where}: file is {os.path.getsize(path)} bytes")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in text:
                    err.append(f"{where} entry {i}: {k} {v!r} not found in extracted text")
    if seen != files:
        err.append(f"gold files {seen} differ from dev files {files} (order or membership)")
    for e in err:
        print("ERROR", e)
    print(f"{len(lines)} gold lines, {n_entries} entries, {len(files)} files: {len(err)} errors")
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
