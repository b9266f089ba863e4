"""Check wild125/dev: gold schema and key order, allowed values, dates, month recount with overlap
merging, 3–6 entries per file, total size under 2 MB, every gold title and organisation present in
the text extracted from the file (case- and whitespace-insensitive), gold in sync with the
definitions, and (with --repro) a byte-identical rebuild into a temporary directory.

Run from corpora/wild125:  ../../.venv/bin/python scripts/check.py [--repro]
"""
import hashlib
import html
import json
import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF_S, CS, KINDS, SECTIONS, ETYPES, count_months, gold_line  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_BYTES = 2 * 1024 * 1024


# ---- text extraction ---------------------------------------------------------------------------
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    walk_tables(cell.tables)

    out.extend(p.text for p in d.paragraphs)
    walk_tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            try:
                out.extend(p.text for p in part.paragraphs)
                walk_tables(part.tables)
            except Exception:
                pass
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).lower()


# ---- checks ------------------------------------------------------------------------------------
def check_entry(fn, i, e, errs):
    where = f"{fn} entry {i + 1}"
    if list(e.keys()) != ENTRY_KEYS:
        errs.append(f"{where}: keys/order {list(e.keys())}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        errs.append(f"{where}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            errs.append(f"{where}: bad {k}")
    if e["cs"] not in CS:
        errs.append(f"{where}: cs {e['cs']}")
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            errs.append(f"{where}: facing without valid kind ({e['kind']})")
    elif e["kind"] is not None:
        errs.append(f"{where}: kind set on non-facing entry")
    if e["section"] not in SECTIONS:
        errs.append(f"{where}: section {e['section']}")
    if e["employment_type"] not in ETYPES:
        errs.append(f"{where}: employment_type {e['employment_type']}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        errs.append(f"{where}: bullets must be a list of non-empty strings")
    s, en, p = e["start"], e["end"], e["date_precision"]
    if s is None and en is None and p is None:
        return
    if p not in ("month", "year"):
        errs.append(f"{where}: date_precision {p}")
    if not (isinstance(s, str) and YM.match(s)):
        errs.append(f"{where}: start {s}")
        return
    if not (en == "present" or (isinstance(en, str) and YM.match(en))):
        errs.append(f"{where}: end {en}")
        return
    e_cmp = AS_OF_S if en == "present" else en
    if s > e_cmp:
        errs.append(f"{where}: start after end")
    if s > AS_OF_S or e_cmp > AS_OF_S:
        errs.append(f"{where}: date after as_of")
    if p == "year":
        if not s.endswith("-01") or not (en == "present" or en.endswith("-12")):
            errs.append(f"{where}: year precision must be Jan..Dec")


def main():
    errs = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [json.loads(x) for x in open(gold_path, encoding="utf-8") if x.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in lines] != files:
        errs.append("gold files do not match dev/ listing in order")
    total_size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if total_size >= MAX_BYTES:
        errs.append(f"dev/ is {total_size} bytes (>= 2 MB)")
    # gold in sync with definitions
    import defs_a
    import defs_b
    defs = {R["file"]: R for R in defs_a.RESUMES + defs_b.RESUMES}
    n_entries = 0
    for g in lines:
        fn = g["file"]
        if list(g.keys()) != TOP_KEYS:
            errs.append(f"{fn}: top-level keys/order {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF_S:
            errs.append(f"{fn}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            errs.append(f"{fn}: empty family")
        es = g["entries"]
        n_entries += len(es)
        if not 3 <= len(es) <= 6:
            errs.append(f"{fn}: {len(es)} entries (need 3-6)")
        for i, e in enumerate(es):
            check_entry(fn, i, e, errs)
        tm = count_months([(e["start"], e["end"]) for e in es])
        cm = count_months([(e["start"], e["end"]) for e in es if e["cs"] == "facing"])
        if tm != g["total_months"]:
            errs.append(f"{fn}: total_months {g['total_months']} != recount {tm}")
        if cm != g["cs_months"]:
            errs.append(f"{fn}: cs_months {g['cs_months']} != recount {cm}")
        if fn not in defs:
            errs.append(f"{fn}: no definition")
        elif gold_line(defs[fn]) != g:
            errs.append(f"{fn}: gold line out of date with the definitions (rebuild)")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            errs.append(f"{fn}: file missing")
            continue
        txt = norm(extract(path))
        for i, e in enumerate(es):
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in txt:
                    errs.append(f"{fn} entry {i + 1}: {k} {v!r} not found in extracted text")
    if "--repro" in sys.argv:
        from render import RENDERERS
        with tempfile.TemporaryDirectory() as td:
            for R in defs.values():
                RENDERERS[R["render"]](R, os.path.join(td, R["file"]))
                a = hashlib.sha256(open(os.path.join(td, R["file"]), "rb").read()).hexdigest()
                b = hashlib.sha256(open(os.path.join(DEV, R["file"]), "rb").read()).hexdigest()
                if a != b:
                    errs.append(f"{R['file']}: rebuild is not byte-identical")
    for e in errs:
        print("ERROR", e)
    print(f"{len(lines)} files, {n_entries} entries, {total_size} bytes; {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
