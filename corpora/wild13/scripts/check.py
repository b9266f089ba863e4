"""Check corpora/wild13/dev: schema, month recount, entry counts, file sizes, and that every gold title and
organisation occurs in the text extracted from its file (case- and whitespace-insensitive). Bullets are checked
too: in full for DOCX/TXT/MD, by their first 30 characters for PDF (pdfminer may split a wrapped line).

Run from corpora/wild13:  ../../.venv/bin/python scripts/check.py
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"

TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
FORMATS = {"pdf": 12, "docx": 9, "txt": 6, "md": 3}
MAX_BYTES = 2 * 1024 * 1024


def month_index(s, prec, is_end):
    if s == "present":
        y, m = AS_OF.split("-")
        return int(y) * 12 + int(m) - 1
    if prec == "year":
        return int(s) * 12 + (11 if is_end else 0)
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def count(entries, facing_only):
    months = set()
    for e in entries:
        if facing_only and e["cs"] != "facing":
            continue
        if e["start"] is None:
            continue
        a = month_index(e["start"], e["date_precision"], False)
        b = month_index(e["end"], e["date_precision"], True)
        months.update(range(a, b + 1))
    return len(months)


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def walk(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for cell in row.cells:
                    walk(cell)

    walk(d)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            walk(part)
    return "\n".join(out)


def text_plain(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    return text_plain(path)


def check_date(e, errs, where):
    p = e["date_precision"]
    s, en = e["start"], e["end"]
    if s is None:
        if en is not None or p is not None:
            errs.append(f"{where}: undated entry must have null start/end/precision")
        return
    if p == "year":
        ok = re.fullmatch(r"\d{4}", s) and (en == "present" or re.fullmatch(r"\d{4}", en or ""))
    elif p == "month":
        ok = re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s) and (
            en == "present" or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", en or ""))
    else:
        ok = False
    if not ok:
        errs.append(f"{where}: bad dates {s!r}..{en!r} ({p})")
        return
    if month_index(en, p, True) < month_index(s, p, False):
        errs.append(f"{where}: end before start")
    if month_index(en, p, True) > month_index("present", p, True):
        errs.append(f"{where}: end after as_of")


def main():
    errs = []
    with open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(l) for l in f if l.strip()]
    if [g["file"].split(".")[0] for g in gold] != [f"w{i:03d}" for i in range(1, 31)]:
        errs.append("gold must list w001..w030 in order")
    fmts = Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    if dict(fmts) != FORMATS:
        errs.append(f"formats {dict(fmts)} != {FORMATS}")
    listed = sorted(os.listdir(DEV))
    expected = sorted([g["file"] for g in gold] + ["gold.jsonl"])
    if listed != expected:
        errs.append(f"dev/ holds unexpected files: {sorted(set(listed) ^ set(expected))}")
    n_entries = 0
    for g in gold:
        fn = g["file"]
        if list(g.keys()) != TOP_KEYS:
            errs.append(f"{fn}: top-level keys {list(g.keys())}")
        if g["as_of"] != AS_OF:
            errs.append(f"{fn}: as_of {g['as_of']}")
        ents = g["entries"]
        n_entries += len(ents)
        if not 3 <= len(ents) <= 7:
            errs.append(f"{fn}: {len(ents)} entries (want 3-7)")
        for i, e in enumerate(ents):
            w = f"{fn}#{i}"
            if list(e.keys()) != ENTRY_KEYS:
                errs.append(f"{w}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                errs.append(f"{w}: empty title")
            if e["cs"] not in CS:
                errs.append(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: facing entry needs a kind, got {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: non-facing entry has kind {e['kind']}")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets must be a list of non-empty strings")
            check_date(e, errs, w)
        tm, cm = count(ents, False), count(ents, True)
        if tm != g["total_months"]:
            errs.append(f"{fn}: total_months {g['total_months']} != recount {tm}")
        if cm != g["cs_months"]:
            errs.append(f"{fn}: cs_months {g['cs_months']} != recount {cm}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            errs.append(f"{fn}: missing file")
            continue
        size = os.path.getsize(path)
        if size >= MAX_BYTES:
            errs.append(f"{fn}: {size} bytes (limit 2 MB)")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            for label, val in [("title", e["title"]), ("organization", e["organization"])] + \
                              [("bullet", b) for b in e["bullets"]]:
                if not val:
                    continue
                probe = norm(val)
                if label == "bullet" and fn.endswith(".pdf"):
                    # pdfminer may split a wrapped bullet around a right-aligned date; its opening must be there
                    probe = probe[:30]
                if probe not in text:
                    errs.append(f"{fn}#{i}: {label} not found in extracted text: {val!r}")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    cs = Counter(e["cs"] for g in gold for e in g["entries"])
    print(f"OK: {len(gold)} files, {n_entries} entries, cs {dict(cs)} "
          f"(facing {100 * cs['facing'] / n_entries:.1f}%)")


if __name__ == "__main__":
    main()
