"""Check wild32/dev: gold schema, labels, dates, month recount, sizes, titles/organisations in the text.

Run from corpora/wild32:  ../../.venv/bin/python scripts/check.py
Prints every problem and the number of errors; exit status 1 when there are any.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from lib import AS_OF, GOLD_KEYS, count_months, norm  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _cell_texts(table, out):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                out.append(p.text)
            for t in cell.tables:
                _cell_texts(t, out)


def text_docx(path):
    from docx import Document
    d = Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        _cell_texts(t, out)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            out += [p.text for p in part.paragraphs]
            for t in part.tables:
                _cell_texts(t, out)
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<style\b.*?</style>", " ", raw)
    raw = re.sub(r"(?is)<title\b.*?</title>", " ", raw)
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


def ymkey(s):
    return AS_OF if s == "present" else s


def check_entry(fn, i, e, errs):
    where = f"{fn} entry {i}"
    if list(e.keys()) != GOLD_KEYS:
        errs.append(f"{where}: keys/order {list(e.keys())}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        errs.append(f"{where}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            errs.append(f"{where}: bad {k}")
    if e["cs"] not in CS:
        errs.append(f"{where}: cs {e['cs']!r}")
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            errs.append(f"{where}: facing without a policy kind ({e['kind']!r})")
    elif e["kind"] is not None:
        errs.append(f"{where}: kind set on a {e['cs']} entry")
    if e["section"] not in SECTIONS:
        errs.append(f"{where}: section {e['section']!r}")
    if e["employment_type"] not in ETYPES:
        errs.append(f"{where}: employment_type {e['employment_type']!r}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        errs.append(f"{where}: bullets must be a list of non-empty strings")
    s, en, p = e["start"], e["end"], e["date_precision"]
    if s is None or en is None or p is None:
        if not (s is None and en is None and p is None):
            errs.append(f"{where}: undated entries need null start, end and precision")
        return
    if not YM.match(s):
        errs.append(f"{where}: start {s!r}")
        return
    if en != "present" and not YM.match(en):
        errs.append(f"{where}: end {en!r}")
        return
    if p not in ("month", "year"):
        errs.append(f"{where}: precision {p!r}")
    if s > ymkey(en):
        errs.append(f"{where}: start after end")
    if ymkey(en) > AS_OF or s > AS_OF:
        errs.append(f"{where}: date after {AS_OF}")
    if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
        errs.append(f"{where}: year precision must run January..December (or present)")


def main():
    errs = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [json.loads(x) for x in open(gold_path, encoding="utf-8") if x.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in lines] != files:
        errs.append(f"gold files {[g['file'] for g in lines]} != dev files {files}")
    for g in lines:
        fn = g.get("file")
        if list(g.keys()) != TOP_KEYS:
            errs.append(f"{fn}: top keys/order {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            errs.append(f"{fn}: as_of {g['as_of']}")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{fn}: {len(ents)} entries")
        for i, e in enumerate(ents):
            check_entry(fn, i, e, errs)
        try:
            tm, cm = count_months(ents), count_months(ents, facing_only=True)
            if tm != g["total_months"]:
                errs.append(f"{fn}: total_months {g['total_months']} != recount {tm}")
            if cm != g["cs_months"]:
                errs.append(f"{fn}: cs_months {g['cs_months']} != recount {cm}")
        except Exception as ex:  # malformed dates already reported
            errs.append(f"{fn}: month recount failed ({ex})")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            errs.append(f"{fn}: file missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{fn}: file is 2 MB or more")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    errs.append(f"{fn} entry {i}: {k} {e[k]!r} not found in extracted text")
    n = sum(len(g["entries"]) for g in lines)
    for x in errs:
        print("ERROR", x)
    print(f"checked {len(lines)} files, {n} entries: {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
