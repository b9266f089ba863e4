"""Check wild35/dev/gold.jsonl against the files.  Run from corpora/wild35:
   ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
CS = {"facing", "affecting", "none"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym(s):
    s = AS_OF if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:]) - 1


def months(entries, facing=False):
    ms = set()
    for e in entries:
        if facing and e["cs"] != "facing":
            continue
        if e["start"] is None:
            continue
        ms |= set(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(ms)


def _docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                     s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return _docx_text(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if ext == "html":
        raw = re.sub(r"(?is)<style\b.*?</style>", " ", raw)
        raw = re.sub(r"(?is)<title\b.*?</title>", " ", raw)
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
        errors.append("gold files do not match dev/ files in order")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")

        def err(msg):
            errors.append(f"{f}: {msg}")

        if list(g) != TOP_KEYS:
            err(f"top-level keys {list(g)}")
            continue
        if g["as_of"] != AS_OF:
            err("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            n_ent += 1
            where = f"entry {i} ({e.get('title')})"
            if list(e) != ENTRY_KEYS:
                err(f"{where}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                err(f"{where}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{where}: kind {e['kind']} for facing")
            elif e["kind"] is not None:
                err(f"{where}: kind set for {e['cs']}")
            if e["section"] not in SECTIONS:
                err(f"{where}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{where}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{where}: bullets")
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{where}: empty title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f"{where}: partly undated")
            else:
                if not YM.match(s):
                    err(f"{where}: start {s}")
                elif not (en == "present" or YM.match(en)):
                    err(f"{where}: end {en}")
                elif p not in ("month", "year"):
                    err(f"{where}: precision {p}")
                else:
                    if ym(s) > ym(en):
                        err(f"{where}: start after end")
                    if ym(en) > ym(AS_OF) or ym(s) > ym(AS_OF):
                        err(f"{where}: after as_of")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        err(f"{where}: year precision not Jan..Dec")
            if norm(e["title"]) not in text:
                err(f"{where}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f"{where}: organization {e['organization']!r} not in text")
        if months(ents) != g["total_months"]:
            err(f"total_months {g['total_months']} != {months(ents)}")
        if months(ents, True) != g["cs_months"]:
            err(f"cs_months {g['cs_months']} != {months(ents, True)}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} files, {n_ent} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
