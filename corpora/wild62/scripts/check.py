"""Check dev/gold.jsonl against the files: schema, labels, dates, months, size, text presence."""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import KEYS, AS_OF, months  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    tables(c.tables)
    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold lines do not match the files in dev/ in order")
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top keys {list(g)}")
            continue
        if g["as_of"] != AS_OF:
            err("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        if not 3 <= len(g["entries"]) <= 6:
            err(f"{len(g['entries'])} entries")
        text = norm(extract(path))
        for i, e in enumerate(g["entries"]):
            where = f"entry {i} ({e.get('title')})"
            if list(e) != KEYS:
                err(f"{where}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{where}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{where}: facing needs a kind, got {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{where}: kind set on non-facing")
            if e["section"] not in SECTIONS:
                err(f"{where}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{where}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{where}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f"{where}: undated entries need null start, end and precision")
            else:
                if not YM.match(s) or not (YM.match(en) or en == "present"):
                    err(f"{where}: date format {s} {en}")
                elif p not in ("month", "year"):
                    err(f"{where}: precision {p}")
                else:
                    endv = AS_OF if en == "present" else en
                    if not s <= endv <= AS_OF:
                        err(f"{where}: order {s} {en}")
                    if p == "year" and not (s.endswith("-01") and (en == "present" or en.endswith("-12"))):
                        err(f"{where}: year precision should run Jan..Dec")
            for key in ("title", "organization"):
                v = e[key]
                if key == "title" and not v:
                    err(f"{where}: empty title")
                if v and norm(v) not in text:
                    err(f"{where}: {key} '{v}' not in extracted text")
        if g["total_months"] != months(g["entries"]):
            err(f"total_months {g['total_months']} != {months(g['entries'])}")
        if g["cs_months"] != months([e for e in g["entries"] if e["cs"] == "facing"]):
            err("cs_months recount differs")
    for e in errs:
        print(e)
    print(f"{len(lines)} gold lines, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
