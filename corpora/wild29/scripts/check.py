"""Check wild29/dev/gold.jsonl against the schema, the month counts and the files' extracted text.

Run from corpora/wild29:  ../../.venv/bin/python scripts/check.py
Prints every problem and a final error count; exit status 1 if there are errors.
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
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
PRECISIONS = {"month", "year"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def idx(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    out = set()
    for e in entries:
        if e["start"]:
            out.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(out)


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk_tables(cell.tables)

    parts.extend(p.text for p in d.paragraphs)
    walk_tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            if hf is None or hf.is_linked_to_previous and hf is not s.header and hf is not s.footer:
                continue
            parts.extend(p.text for p in hf.paragraphs)
            walk_tables(hf.tables)
    return "\n".join(parts)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<style\b.*?</style>", " ", raw)
    raw = re.sub(r"(?is)<title\b.*?</title>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []

    def err(f, msg):
        errors.append(f"{f}: {msg}")

    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(ln) for ln in lines]
    if [g.get("file") for g in golds] != files:
        err("gold.jsonl", f"files in gold {[g.get('file') for g in golds]} != files in dev/ {files}")
    n_entries = 0
    for g in golds:
        f = g.get("file", "?")
        if list(g.keys()) != TOP_KEYS:
            err(f, f"top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err(f, "as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err(f, "file missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f, "file is 2 MB or larger")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f, f"{len(ents)} entries (need 3-6)")
        n_entries += len(ents)
        text = norm(text_of(path))
        for i, e in enumerate(ents):
            w = f"entry {i} ({e.get('title')!r})"
            if list(e.keys()) != ENTRY_KEYS:
                err(f, f"{w}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f, f"{w}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f, f"{w}: {k} must be a non-empty string or null")
            if e["cs"] not in CS:
                err(f, f"{w}: cs {e['cs']!r}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f, f"{w}: facing entry needs a kind from the policy, got {e['kind']!r}")
            elif e["kind"] is not None:
                err(f, f"{w}: kind set on a {e['cs']} entry")
            if e["section"] not in SECTIONS:
                err(f, f"{w}: section {e['section']!r}")
            if e["employment_type"] not in ETYPES:
                err(f, f"{w}: employment_type {e['employment_type']!r}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                err(f, f"{w}: bullets must be a list of non-empty strings")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f, f"{w}: undated entries need null start, end and date_precision")
            else:
                if not YM.match(s):
                    err(f, f"{w}: start {s!r}")
                if not (en == "present" or YM.match(en)):
                    err(f, f"{w}: end {en!r}")
                if p not in PRECISIONS:
                    err(f, f"{w}: date_precision {p!r}")
                if YM.match(s) and (en == "present" or YM.match(en)):
                    if idx(s) > idx(en):
                        err(f, f"{w}: start after end")
                    if idx(s) > idx(AS_OF) or (en != "present" and idx(en) > idx(AS_OF)):
                        err(f, f"{w}: date after {AS_OF}")
                    if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                        err(f, f"{w}: year precision must run January..December (or present)")
            if norm(e["title"]) not in text:
                err(f, f"{w}: title not found in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                err(f, f"{w}: organization {e['organization']!r} not found in extracted text")
        try:
            tot = months(ents)
            cs = months([e for e in ents if e["cs"] == "facing"])
            if g["total_months"] != tot:
                err(f, f"total_months {g['total_months']} != recount {tot}")
            if g["cs_months"] != cs:
                err(f, f"cs_months {g['cs_months']} != recount {cs}")
        except Exception as ex:  # malformed dates already reported above
            err(f, f"month recount failed: {ex}")
    for m in errors:
        print(m)
    print(f"checked {len(golds)} files, {n_entries} entries: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
