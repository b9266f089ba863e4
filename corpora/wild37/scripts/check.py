"""Check dev/gold.jsonl against the files: schema, labels, dates, months, sizes and that every
gold title and organisation (and duty line) occurs in the file's extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import count_months  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
# a line holding only a date range: pdfminer puts right-aligned dates between the wrapped lines of a duty
DATE_LINE = re.compile(r"^[A-Za-z.']*\s?[\d/.]{2,7}\s*(–|-|to)\s*([A-Za-z.']*\s?[\d/.]{2,7}|present|current|"
                       r"till date|to date|date)$", re.I)


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_tables(tables, out):
    for t in tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
                _docx_tables(cell.tables, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    _docx_tables(d.tables, out)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            out.extend(p.text for p in part.paragraphs)
            _docx_tables(part.tables, out)
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<style.*?</style>", " ", raw)
    raw = re.sub(r"(?is)<title.*?</title>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def ym(s):
    return AS_OF if s == "present" else s


def check():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(x) for x in lines]
    if [g.get("file") for g in golds] != files:
        errs.append(f"gold files {[g.get('file') for g in golds]} != dev files {files}")
    n_entries = 0
    for g in golds:
        f = g.get("file")
        e_ = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g.keys()) != TOP:
            e_(f"top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            e_("as_of")
        if not isinstance(g["family"], str) or not g["family"]:
            e_("family")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            e_("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            e_("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            e_(f"{len(ents)} entries")
        n_entries += len(ents)
        raw = extract(path)
        text = norm(raw)
        text_nodates = norm("\n".join(x for x in raw.splitlines() if not DATE_LINE.match(x.strip())))
        for i, e in enumerate(ents):
            w = lambda m: e_(f"entry {i} ({e.get('title')}): {m}")  # noqa: E731
            if list(e.keys()) != KEYS:
                w(f"keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                w("title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    w(k)
            if e["cs"] not in CS:
                w(f"cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    w(f"facing kind {e['kind']}")
            elif e["kind"] is not None:
                w("kind set on a non-facing entry")
            if e["section"] not in SECTIONS:
                w(f"section {e['section']}")
            if e["employment_type"] not in ETYPES:
                w(f"employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                w("bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    w("undated entries need null start, end and precision")
            else:
                if not YM.match(s):
                    w(f"start {s}")
                if not (YM.match(en) or en == "present"):
                    w(f"end {en}")
                if p not in ("month", "year"):
                    w(f"precision {p}")
                if YM.match(s) and (YM.match(en) or en == "present"):
                    if not s <= ym(en) <= AS_OF:
                        w(f"dates out of order or after {AS_OF}: {s}..{en}")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        w("year precision must run January..December")
            if norm(e["title"]) not in text:
                w("title not in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                w(f"organization '{e['organization']}' not in extracted text")
            for b in e["bullets"]:
                if norm(b) not in text and norm(b) not in text_nodates:
                    w(f"duty line not in extracted text: {b[:50]}")
        try:
            tm, cm = count_months(ents), count_months(ents, facing_only=True)
        except Exception as ex:  # noqa: BLE001
            e_(f"month count failed: {ex}")
            continue
        if tm != g["total_months"]:
            e_(f"total_months {g['total_months']} != {tm}")
        if cm != g["cs_months"]:
            e_(f"cs_months {g['cs_months']} != {cm}")
    for x in errs:
        print("ERROR", x)
    print(f"{len(golds)} files, {n_entries} entries, {len(errs)} errors")
    return len(errs)


if __name__ == "__main__":
    sys.exit(1 if check() else 0)
