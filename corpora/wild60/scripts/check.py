"""Check wild60/dev: schema, labels, dates, months recount, sizes, and gold text present in the extracted file text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import count_months   # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
AS_OF = "2026-11"


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errors.append("gold.jsonl files do not match dev/ files in order")
    n_entries = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        err = lambda m: errors.append(f"{f}: {m}")   # noqa: E731
        if list(g) != TOP:
            err(f"top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            err("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        n_entries += len(ents)
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            tag = f"entry {i} ({e.get('title')})"
            if list(e) != KEYS:
                err(f"{tag}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{tag}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                err(f"{tag}: kind must be set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                err(f"{tag}: kind {e['kind']}")
            if e["section"] not in SECTIONS:
                err(f"{tag}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{tag}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                err(f"{tag}: bullets")
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{tag}: empty title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f"{tag}: undated entries need null start, end and precision")
            else:
                if not YM.match(s):
                    err(f"{tag}: start {s}")
                if not (en == "present" or YM.match(en)):
                    err(f"{tag}: end {en}")
                if p not in ("month", "year"):
                    err(f"{tag}: precision {p}")
                ee = AS_OF if en == "present" else en
                if YM.match(s) and (s > ee or ee > AS_OF):
                    err(f"{tag}: dates out of order or after {AS_OF}")
                if p == "year" and YM.match(s) and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    err(f"{tag}: year precision must run Jan..Dec")
            for fld in ("title", "organization"):
                v = e[fld]
                if v and norm(v) not in text:
                    err(f"{tag}: {fld} '{v}' not found in extracted text")
        if count_months(ents) != g["total_months"]:
            err(f"total_months {g['total_months']} != {count_months(ents)}")
        if count_months(ents, True) != g["cs_months"]:
            err(f"cs_months {g['cs_months']} != {count_months(ents, True)}")
    for e in errors:
        print(e)
    print(f"{len(lines)} files, {n_entries} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
