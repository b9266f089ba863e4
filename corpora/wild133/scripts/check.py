"""Check wild133/dev: schema, labels, dates, month recount, entry counts, size, and text presence."""
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(os.path.dirname(HERE), "dev")

TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = (2026, 11)
errors = []


def err(msg):
    errors.append(msg)


def to_idx(d, prec, end):
    if d == "present":
        return AS_OF[0] * 12 + AS_OF[1] - 1
    if prec == "year":
        return int(d) * 12 + (11 if end else 0)
    y, m = d.split("-")
    return int(y) * 12 + int(m) - 1


def recount(entries):
    spans = sorted((to_idx(e["start"], e["date_precision"], False), to_idx(e["end"], e["date_precision"], True))
                   for e in entries if e["start"] is not None)
    total, cs, ce = 0, None, None
    for s, e in spans:
        if cs is None:
            cs, ce = s, e
        elif s <= ce + 1:
            ce = max(ce, e)
        else:
            total += ce - cs + 1
            cs, ce = s, e
    if cs is not None:
        total += ce - cs + 1
    return total


def text_pdf(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def text_docx(p):
    import docx
    d = docx.Document(p)
    out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(par.text for par in c.paragraphs)
                    cells(c.tables)

    out.extend(par.text for par in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(par.text for par in part.paragraphs)
            cells(part.tables)
    return "\n".join(out)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def extract(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(p)
    if ext == "docx":
        return text_docx(p)
    if ext in ("html", "htm"):
        return text_html(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(l) for l in lines]
    if [g["file"] for g in golds] != files:
        err(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    if len(golds) != 30:
        err(f"expected 30 resumes, got {len(golds)}")
    size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if size >= 2 * 1024 * 1024:
        err(f"total size {size} >= 2 MB")
    for g in golds:
        f = g.get("file")
        if list(g.keys()) != TOP_KEYS:
            err(f"{f}: top keys {list(g.keys())}")
            continue
        if g["as_of"] != "2026-11":
            err(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            err(f"{f}: {len(es)} entries")
        for i, e in enumerate(es):
            tag = f"{f}#{i} {e.get('title')}"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{tag}: entry keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{tag}: empty title")
            if e["cs"] not in CS:
                err(f"{tag}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{tag}: facing needs kind, got {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{tag}: kind must be null when not facing")
            if e["section"] not in SECTIONS:
                err(f"{tag}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{tag}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{tag}: bullets")
            p, s, en = e["date_precision"], e["start"], e["end"]
            if p is None:
                if s is not None or en is not None:
                    err(f"{tag}: undated entry with dates")
                continue
            pat = {"month": r"^\d{4}-(0[1-9]|1[0-2])$", "year": r"^\d{4}$"}.get(p)
            if pat is None:
                err(f"{tag}: precision {p}")
                continue
            if not re.match(pat, s or ""):
                err(f"{tag}: start {s} not {p}")
            if en != "present" and not re.match(pat, en or ""):
                err(f"{tag}: end {en} not {p}")
            try:
                a, b = to_idx(s, p, False), to_idx(en, p, True)
                if a > b:
                    err(f"{tag}: start after end")
                if b > AS_OF[0] * 12 + AS_OF[1] - 1:
                    err(f"{tag}: end after as_of")
            except Exception as ex:  # noqa: BLE001
                err(f"{tag}: date parse {ex}")
        if recount(es) != g["total_months"]:
            err(f"{f}: total_months {g['total_months']} != recount {recount(es)}")
        fc = recount([e for e in es if e["cs"] == "facing"])
        if fc != g["cs_months"]:
            err(f"{f}: cs_months {g['cs_months']} != recount {fc}")
        path = os.path.join(DEV, f)
        if os.path.exists(path):
            t = norm(extract(path))
            for e in es:
                for k in ("title", "organization"):
                    v = e[k]
                    if v and norm(v) not in t:
                        err(f"{f}: {k} {v!r} not found in extracted text")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    n = sum(len(g["entries"]) for g in golds)
    print(f"OK: {len(golds)} files, {n} entries, {size} bytes")


if __name__ == "__main__":
    main()
