"""Check corpora/wild14/dev against the gold schema and conventions.

Run from corpora/wild14:  ../../.venv/bin/python scripts/check.py
Checks: schema keys and value sets, date shapes and order, months recount (written independently of lib.py),
3–8 entries per file, format counts, total size under 2 MB, and that every gold title and organisation occurs
in the extracted text (pdfminer.six extract_text for PDF; paragraphs, table cells (nested too) and
headers/footers for DOCX; raw text for TXT/MD), case- and whitespace-insensitive. Bullets and locations are
checked the same way but only reported as warnings.
"""
import collections
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
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
PREC = {"month", "year"}
WANT_FORMATS = {"pdf": 12, "docx": 9, "txt": 6, "md": 3}
MAX_BYTES = 2 * 1024 * 1024

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def months(entry):
    s, e, p = entry["start"], entry["end"], entry["date_precision"]
    if s is None:
        return set()
    sy, sm = (int(s), 1) if p == "year" else (int(s[:4]), int(s[5:]))
    if e == "present":
        ey, em = int(AS_OF[:4]), int(AS_OF[5:])
    elif p == "year":
        ey, em = int(e), 12
    else:
        ey, em = int(e[:4]), int(e[5:])
    a, b = sy * 12 + sm - 1, ey * 12 + em - 1
    return set(range(a, b + 1))


def norm(t):
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", "", t).lower()


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []

    def cell_texts(table):
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    parts.append(p.text)
                for t in cell.tables:
                    cell_texts(t)

    for p in d.paragraphs:
        parts.append(p.text)
    for t in d.tables:
        cell_texts(t)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                   s.even_page_footer):
            for p in hf.paragraphs:
                parts.append(p.text)
            for t in hf.tables:
                cell_texts(t)
    return "\n".join(parts)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def check_date(fname, i, e):
    s, en, p = e["start"], e["end"], e["date_precision"]
    if s is None:
        if en is not None or p is not None:
            err(f"{fname}#{i}: undated entry must have null end and precision")
        return
    if p not in PREC:
        err(f"{fname}#{i}: bad date_precision {p!r}")
        return
    pat = r"^\d{4}$" if p == "year" else r"^\d{4}-(0[1-9]|1[0-2])$"
    if not re.match(pat, s):
        err(f"{fname}#{i}: start {s!r} does not match precision {p}")
    if en != "present" and not re.match(pat, en or ""):
        err(f"{fname}#{i}: end {en!r} does not match precision {p}")
        return
    ms = months(e)
    if not ms:
        err(f"{fname}#{i}: start after end")
    lim = int(AS_OF[:4]) * 12 + int(AS_OF[5:]) - 1
    if ms and max(ms) > lim:
        err(f"{fname}#{i}: end after as_of")


def main():
    gpath = os.path.join(DEV, "gold.jsonl")
    with open(gpath, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    files = sorted(x for x in os.listdir(DEV) if x != "gold.jsonl")
    if [g["file"] for g in gold] != files:
        err(f"gold files {[g['file'] for g in gold]} != dev files {files}")
    expected = [f"w{i:03d}" for i in range(1, 31)]
    if [g["file"].split(".")[0] for g in gold] != expected:
        err("files are not w001..w030 in order")
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    if dict(fmts) != WANT_FORMATS:
        err(f"format counts {dict(fmts)} != {WANT_FORMATS}")
    total = sum(os.path.getsize(os.path.join(DEV, x)) for x in os.listdir(DEV))
    if total >= MAX_BYTES:
        err(f"dev/ is {total} bytes, over 2 MB")

    n_ent = 0
    cs_count = collections.Counter()
    missing_bullets = 0
    for g in gold:
        fn = g["file"]
        if list(g.keys()) != TOP_KEYS:
            err(f"{fn}: top-level keys {list(g.keys())}")
        if g["as_of"] != AS_OF:
            err(f"{fn}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f"{fn}: family missing")
        ents = g["entries"]
        if not 3 <= len(ents) <= 8:
            err(f"{fn}: {len(ents)} entries (want 3–8)")
        n_ent += len(ents)
        path = os.path.join(DEV, fn)
        text = norm(extract(path))
        for i, e in enumerate(ents):
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{fn}#{i}: entry keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{fn}#{i}: empty title")
            if e["cs"] not in CS:
                err(f"{fn}#{i}: cs {e['cs']!r}")
            cs_count[e["cs"]] += 1
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{fn}#{i}: facing entry needs a kind, got {e['kind']!r}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{fn}#{i}: non-facing entry with kind {e['kind']!r}")
            if e["section"] not in SECTIONS:
                err(f"{fn}#{i}: section {e['section']!r}")
            if e["employment_type"] not in ETYPES:
                err(f"{fn}#{i}: employment_type {e['employment_type']!r}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{fn}#{i}: bullets must be a list of non-empty strings")
            check_date(fn, i, e)
            for key in ("title", "organization"):
                v = e[key]
                if v is not None and norm(v) not in text:
                    err(f"{fn}#{i}: {key} {v!r} not found in extracted text")
            if e["location"] is not None and norm(e["location"]) not in text:
                warnings.append(f"{fn}#{i}: location {e['location']!r} not found")
            for b in e["bullets"]:
                if norm(b) not in text:
                    missing_bullets += 1
                    warnings.append(f"{fn}#{i}: bullet not found verbatim: {b[:60]!r}")
        tm = len(set().union(*[months(e) for e in ents])) if ents else 0
        cm = len(set().union(set(), *[months(e) for e in ents if e["cs"] == "facing"]))
        if tm != g["total_months"]:
            err(f"{fn}: total_months {g['total_months']} != recount {tm}")
        if cm != g["cs_months"]:
            err(f"{fn}: cs_months {g['cs_months']} != recount {cm}")

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    share = cs_count["facing"] / n_ent if n_ent else 0
    print(f"{len(gold)} files, {n_ent} entries; formats {dict(sorted(fmts.items()))}; {total} bytes; "
          f"cs {dict(sorted(cs_count.items()))}; facing share {share:.1%}")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
