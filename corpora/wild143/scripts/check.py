"""Check wild143/dev/gold.jsonl against the conventions and the rendered files.

Run from corpora/wild143:  ../../.venv/bin/python scripts/check.py
Independent of lib.py on purpose: months are recounted here with interval merging.
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
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
YEAR_RE = re.compile(r"^\d{4}$")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ text extraction

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
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                   s.even_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            walk_tables(hf.tables)
    return "\n".join(out)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


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


# ------------------------------------------------------------ months

def to_idx(s, is_end, prec):
    if s == "present":
        y, m = AS_OF.split("-")
        return int(y) * 12 + int(m) - 1
    if prec == "year":
        return int(s) * 12 + (11 if is_end else 0)
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(entries):
    iv = sorted((to_idx(e["start"], False, e["date_precision"]), to_idx(e["end"], True, e["date_precision"]))
                for e in entries if e["start"])
    total, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


# ------------------------------------------------------------ checks

def check_entry(fn, i, e):
    where = f"{fn} entry {i + 1}"
    if list(e.keys()) != ENTRY_KEYS:
        err(f"{where}: keys {list(e.keys())}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        err(f"{where}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            err(f"{where}: bad {k}")
    if e["cs"] not in CS:
        err(f"{where}: cs {e['cs']}")
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            err(f"{where}: facing without valid kind ({e['kind']})")
    elif e["kind"] is not None:
        err(f"{where}: kind set on non-facing entry")
    if e["section"] not in SECTIONS:
        err(f"{where}: section {e['section']}")
    if e["employment_type"] not in ETYPES:
        err(f"{where}: employment_type {e['employment_type']}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        err(f"{where}: bullets must be a list of non-empty strings")
    s, t, p = e["start"], e["end"], e["date_precision"]
    if s is None:
        if t is not None or p is not None:
            err(f"{where}: undated entry with end/precision")
        return
    if p not in ("month", "year"):
        err(f"{where}: date_precision {p}")
        return
    rx = MONTH_RE if p == "month" else YEAR_RE
    if not rx.match(s):
        err(f"{where}: start {s!r} does not match precision {p}")
        return
    if t != "present" and not rx.match(str(t)):
        err(f"{where}: end {t!r} does not match precision {p}")
        return
    a, b = to_idx(s, False, p), to_idx(t, True, p)
    if a > b:
        err(f"{where}: start after end")
    if b > to_idx("present", True, p):
        err(f"{where}: end after as_of")


def main():
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [json.loads(x) for x in open(gold_path, encoding="utf-8") if x.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gfiles = [g["file"] for g in lines]
    if gfiles != files:
        err(f"gold files {gfiles} != dev files {files}")
    if len(lines) != 30:
        err(f"{len(lines)} gold lines, expected 30")
    size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if size >= 2 * 1024 * 1024:
        err(f"dev/ is {size} bytes, limit 2 MB")
    n_entries, found = 0, 0
    for g in lines:
        fn = g.get("file")
        if list(g.keys()) != TOP_KEYS:
            err(f"{fn}: top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err(f"{fn}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f"{fn}: family missing")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            err(f"{fn}: {len(es)} entries (3-6 required)")
        for i, e in enumerate(es):
            check_entry(fn, i, e)
        if any(list(e.keys()) != ENTRY_KEYS for e in es):
            continue
        tm = merged_months(es)
        cm = merged_months([e for e in es if e["cs"] == "facing"])
        if tm != g["total_months"]:
            err(f"{fn}: total_months {g['total_months']} != recount {tm}")
        if cm != g["cs_months"]:
            err(f"{fn}: cs_months {g['cs_months']} != recount {cm}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            err(f"{fn}: file missing")
            continue
        txt = norm(extract(path))
        for i, e in enumerate(es):
            n_entries += 1
            for k in ("title", "organization"):
                v = e[k]
                if v is None:
                    continue
                if norm(v) in txt:
                    found += 1
                else:
                    err(f"{fn} entry {i + 1}: {k} {v!r} not found in extracted text")
    print(f"{len(lines)} files, {n_entries} entries, {found} titles/organisations found in text, "
          f"dev size {size / 1024:.0f} KiB")
    if errors:
        print(f"{len(errors)} problem(s):")
        for m in errors:
            print("  -", m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
