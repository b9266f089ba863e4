"""Check wild21/dev against its gold file.  Run from corpora/wild21:
    ../../.venv/bin/python scripts/check.py
Verifies schema and key order, label values, date formats and order, entry counts, file sizes,
the month recount, and that every gold title and organisation occurs in the file's extracted
text (case- and whitespace-insensitive).  Exits non-zero on any error."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import (AS_OF, CS, KINDS, SECTIONS, ETYPES, ENTRY_KEYS, GOLD_KEYS,  # noqa: E402
                 count_months)

DEV = os.path.join(os.path.dirname(HERE), "dev")
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _cell_text(cell, out):
    for p in cell.paragraphs:
        out.append(p.text)
    for t in cell.tables:
        _table_text(t, out)


def _table_text(table, out):
    for row in table.rows:
        for cell in row.cells:
            _cell_text(cell, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        _table_text(t, out)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                     s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in part.paragraphs)
            for t in part.tables:
                _table_text(t, out)
    return "\n".join(out)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"(?is)<title.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


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
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in lines] != files:
        errs.append(f"gold files {[g['file'] for g in lines]} != dev files {files}")
    n_entries = 0
    for g in lines:
        f = g.get("file", "?")

        def err(msg):
            errs.append(f"{f}: {msg}")
        if list(g.keys()) != GOLD_KEYS:
            err(f"gold keys {list(g.keys())}")
        if g.get("as_of") != AS_OF:
            err("as_of")
        es = g.get("entries", [])
        if not 3 <= len(es) <= 6:
            err(f"{len(es)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(es):
            n_entries += 1
            where = f"entry {i} ({e.get('title')})"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{where}: keys {list(e.keys())}")
                continue
            if e["cs"] not in CS:
                err(f"{where}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{where}: facing without a valid kind ({e['kind']})")
            elif e["kind"] is not None:
                err(f"{where}: kind set on a non-facing entry")
            if e["section"] not in SECTIONS:
                err(f"{where}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{where}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{where}: bullets")
            if not isinstance(e["title"], str) or not e["title"]:
                err(f"{where}: title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k]):
                    err(f"{where}: {k}")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None or en is None or pr is None:
                if not (st is None and en is None and pr is None):
                    err(f"{where}: partly undated")
            else:
                if not YM.match(st):
                    err(f"{where}: start {st}")
                if not (en == "present" or YM.match(en)):
                    err(f"{where}: end {en}")
                if pr not in ("month", "year"):
                    err(f"{where}: precision {pr}")
                end_cmp = AS_OF if en == "present" else en
                if YM.match(st) and (en == "present" or YM.match(en)):
                    if st > end_cmp:
                        err(f"{where}: start after end")
                    if end_cmp > AS_OF or st > AS_OF:
                        err(f"{where}: date after as_of")
                if pr == "year" and YM.match(st):
                    if not st.endswith("-01") or not (en == "present" or en.endswith("-12")):
                        err(f"{where}: year precision not Jan..Dec")
            if norm(e["title"]) not in text:
                err(f"{where}: title not found in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                err(f"{where}: organization '{e['organization']}' not found in extracted text")
        if g.get("total_months") != count_months(es):
            err(f"total_months {g.get('total_months')} != recount {count_months(es)}")
        if g.get("cs_months") != count_months(es, facing_only=True):
            err(f"cs_months {g.get('cs_months')} != recount {count_months(es, True)}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(lines)} files, {n_entries} entries, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
