"""Validate wild145/dev/gold.jsonl against the rendered files.

Independent of lib.py: its own month/interval code, its own text extraction.
Run from corpora/wild145:  ../../.venv/bin/python scripts/check.py"""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
PREC = {"month", "year", None}
YM = re.compile(r"^(19[5-9]\d|20[0-2]\d)-(0[1-9]|1[0-2])$")
MAX_BYTES = 2 * 1024 * 1024


def month_index(s, is_end, prec):
    """Month number since year 0; 'present' = as_of; year precision ends in December."""
    if s == "present":
        y, m = map(int, AS_OF.split("-"))
        return y * 12 + m
    y, m = map(int, s.split("-"))
    if prec == "year" and is_end:
        m = 12
    return y * 12 + m


def count_months(entries):
    """Inclusive months covered by the union of the entries' ranges (set of months)."""
    months = set()
    for e in entries:
        if e["start"] is None:
            continue
        a = month_index(e["start"], False, e["date_precision"])
        b = month_index(e["end"], True, e["date_precision"])
        months.update(range(a, b + 1))
    return len(months)


# ------------------------------------------------------------------ text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)

    out.extend(p.text for p in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            try:
                out.extend(p.text for p in part.paragraphs)
                cells(part.tables)
            except Exception:
                pass
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext == "html":
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ------------------------------------------------------------------ checks
def main():
    errors = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(l) for l in lines]
    if [g["file"] for g in golds] != files:
        errors.append(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    if len(golds) != 30:
        errors.append(f"expected 30 files, got {len(golds)}")
    n_entries = 0
    for i, g in enumerate(golds, 1):
        f = g.get("file")
        where = f or f"line {i}"
        if list(g.keys()) != TOP_KEYS:
            errors.append(f"{where}: top keys {list(g.keys())}")
            continue
        if f != f"w{i:03d}.{f.rsplit('.', 1)[-1]}" or f.rsplit(".", 1)[-1] not in ("pdf", "docx", "txt", "md", "html"):
            errors.append(f"{where}: bad file name / order")
        if g["as_of"] != AS_OF:
            errors.append(f"{where}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or len(g["family"]) < 20:
            errors.append(f"{where}: family too short")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errors.append(f"{where}: {len(ents)} entries")
        n_entries += len(ents)
        path = os.path.join(DEV, f)
        if os.path.getsize(path) > MAX_BYTES:
            errors.append(f"{where}: file larger than 2 MB")
        text = norm(text_of(path))
        for j, e in enumerate(ents):
            w = f"{where} entry {j} ({e.get('title')})"
            if list(e.keys()) != ENTRY_KEYS:
                errors.append(f"{w}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                errors.append(f"{w}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    errors.append(f"{w}: bad {k}")
            if e["section"] not in SECTIONS:
                errors.append(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                errors.append(f"{w}: employment_type {e['employment_type']}")
            if e["cs"] not in CS:
                errors.append(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errors.append(f"{w}: facing without a valid kind ({e['kind']})")
            if e["cs"] != "facing" and e["kind"] is not None:
                errors.append(f"{w}: kind on a non-facing entry")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                errors.append(f"{w}: bullets must be a list of non-empty strings")
            if e["date_precision"] not in PREC:
                errors.append(f"{w}: date_precision {e['date_precision']}")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errors.append(f"{w}: undated entry with end/precision")
            else:
                if not YM.match(e["start"]):
                    errors.append(f"{w}: start {e['start']}")
                if e["end"] != "present" and not (isinstance(e["end"], str) and YM.match(e["end"])):
                    errors.append(f"{w}: end {e['end']}")
                elif e["date_precision"] is None:
                    errors.append(f"{w}: dated entry without precision")
                else:
                    a = month_index(e["start"], False, e["date_precision"])
                    b = month_index(e["end"], True, e["date_precision"])
                    if b < a:
                        errors.append(f"{w}: end before start")
                    if b > month_index("present", True, None):
                        errors.append(f"{w}: ends after as_of")
                    if e["date_precision"] == "year" and not e["start"].endswith("-01"):
                        errors.append(f"{w}: year precision must start in January")
                    if e["date_precision"] == "year" and e["end"] != "present" and not e["end"].endswith("-12"):
                        errors.append(f"{w}: year precision must end in December")
            if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
                errors.append(f"{w}: volunteer section but employment_type {e['employment_type']}")
            if norm(e["title"]) not in text:
                errors.append(f"{w}: title not found in {f}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errors.append(f"{w}: organization '{e['organization']}' not found in {f}")
        tm = count_months(ents)
        cm = count_months([e for e in ents if e["cs"] == "facing"])
        if tm != g["total_months"]:
            errors.append(f"{where}: total_months {g['total_months']} != recount {tm}")
        if cm != g["cs_months"]:
            errors.append(f"{where}: cs_months {g['cs_months']} != recount {cm}")
        if cm > tm:
            errors.append(f"{where}: cs_months > total_months")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {n_entries} entries, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
