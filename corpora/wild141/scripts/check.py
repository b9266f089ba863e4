"""Check wild141/dev: gold schema and key order, allowed values, dates, month recount (own implementation,
independent of lib.py), 3–6 entries per file, size under 2 MB, and that every gold title and organisation occurs
in the text extracted from the rendered file (case- and whitespace-insensitive).

Run from corpora/wild141:  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


# ------------------------------------------------------------------ extraction
def text_pdf(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def text_docx(p):
    import docx
    d = docx.Document(p)
    out = []

    def paras(container):
        for para in container.paragraphs:
            out.append(para.text)
        for t in container.tables:
            table(t)

    def table(t):
        for row in t.rows:
            for cell in row.cells:
                paras(cell)  # recurses into nested tables

    paras(d)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                   s.even_page_footer):
            try:
                paras(hf)
            except Exception:
                pass
    return "\n".join(out)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_of(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(p)
    if ext == "docx":
        return text_docx(p)
    if ext == "html":
        return text_html(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).lower()


# ------------------------------------------------------------------ months
def mi(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def recount(entries, only_facing=False):
    months = set()
    for e in entries:
        if only_facing and e["cs"] != "facing":
            continue
        if e["start"] is None:
            continue
        end = AS_OF if e["end"] == "present" else e["end"]
        months |= set(range(mi(e["start"]), mi(end) + 1))
    return len(months)


def main():
    errs = []

    def err(f, msg):
        errs.append(f"{f}: {msg}")

    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30:
        err("gold", f"{len(lines)} lines, expected 30")
    gold_files = []
    n_entries = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file", "?")
        gold_files.append(f)
        if list(g.keys()) != TOP_KEYS:
            err(f, f"top-level keys {list(g.keys())}")
        if g["as_of"] != AS_OF:
            err(f, "as_of")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f, "family")
        ents = g["entries"]
        n_entries += len(ents)
        if not 3 <= len(ents) <= 6:
            err(f, f"{len(ents)} entries")
        for i, e in enumerate(ents):
            w = f"{f}#{i}"
            if list(e.keys()) != ENTRY_KEYS:
                err(w, f"entry keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(w, "title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(w, k)
            if e["section"] not in SECTIONS:
                err(w, "section")
            if e["employment_type"] not in ETYPES:
                err(w, "employment_type")
            if e["cs"] not in CS:
                err(w, "cs")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(w, f"kind {e['kind']}")
            elif e["kind"] is not None:
                err(w, "kind must be null unless facing")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                err(w, "bullets")
            if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
                err(w, "volunteer section with non-volunteer employment type")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(w, "undated entry must have null end/precision")
                continue
            if p not in ("month", "year"):
                err(w, "date_precision")
            if not YM.match(s):
                err(w, f"start {s}")
                continue
            if en != "present" and not (isinstance(en, str) and YM.match(en)):
                err(w, f"end {en}")
                continue
            endv = AS_OF if en == "present" else en
            if mi(s) > mi(endv):
                err(w, f"start {s} after end {en}")
            if mi(endv) > mi(AS_OF):
                err(w, f"end {en} after as_of")
            if p == "year":
                if not s.endswith("-01") or (en != "present" and not en.endswith("-12")):
                    err(w, "year precision must run Jan..Dec")
        if recount(ents) != g["total_months"]:
            err(f, f"total_months {g['total_months']} != recount {recount(ents)}")
        if recount(ents, True) != g["cs_months"]:
            err(f, f"cs_months {g['cs_months']} != recount {recount(ents, True)}")
        # text occurrence
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            err(f, "file missing")
            continue
        t = norm(text_of(p))
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in t:
                    err(f"{f}#{i}", f"{k} '{v}' not found in extracted text")
    if gold_files != [f"w{i:03d}{os.path.splitext(x)[1]}" for i, x in enumerate(gold_files, 1)]:
        err("gold", "files not in order w001..w030")
    if sorted(gold_files) != files:
        err("dev", f"files on disk {files} differ from gold")
    size = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(ROOT) for fn in fns)
    if size >= 2 * 1024 * 1024:
        err("corpus", f"size {size} bytes >= 2 MB")
    for e in errs:
        print("ERROR", e)
    print(f"{len(lines)} résumés, {n_entries} entries, corpus size {size / 1024:.0f} KiB: "
          + ("OK" if not errs else f"{len(errs)} errors"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
