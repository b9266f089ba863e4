"""Check wild28/dev: gold schema, labels, dates, month counts, file sizes, and that every gold title,
organisation (and, as an extra, every bullet) occurs in the file's extracted text.

Run from corpora/wild28:  ../../.venv/bin/python scripts/check.py
Stand-alone: reads only dev/ (it does not import the definitions).
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
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_BYTES = 2 * 1024 * 1024


def idx(s):
    if s == "present":
        s = AS_OF
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def months(ents):
    out = set()
    for e in ents:
        if e["start"] is not None:
            out.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(out)


# ------------------------------------------------------------------ text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = []

    def table(t):
        for row in t.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
                for nt in cell.tables:
                    table(nt)

    parts.extend(p.text for p in d.paragraphs)
    for t in d.tables:
        table(t)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            parts.extend(p.text for p in hf.paragraphs)
            for t in hf.tables:
                table(t)
    return "\n".join(parts)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<style.*?</style>", " ", raw)
    raw = re.sub(r"(?is)<title.*?</title>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_raw(path):
    return open(path, encoding="utf-8").read()


EXTRACT = {".pdf": text_pdf, ".docx": text_docx, ".html": text_html, ".htm": text_html,
           ".txt": text_raw, ".md": text_raw}


def norm(s):
    return re.sub(r"\s+", "", s).lower()


# ------------------------------------------------------------------ checks
def check_entry(e, where, err):
    if list(e.keys()) != KEYS:
        err(f"{where}: entry keys {list(e.keys())} != {KEYS}")
        return False
    if not isinstance(e["title"], str) or not e["title"].strip():
        err(f"{where}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            err(f"{where}: bad {k} {e[k]!r}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        err(f"{where}: bullets must be a list of non-empty strings")
    if e["cs"] not in CS:
        err(f"{where}: cs {e['cs']!r}")
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            err(f"{where}: facing entry needs a kind from the policy, got {e['kind']!r}")
    elif e["kind"] is not None:
        err(f"{where}: kind must be null unless facing, got {e['kind']!r}")
    if e["section"] not in SECTIONS:
        err(f"{where}: section {e['section']!r}")
    if e["employment_type"] not in ETYPES:
        err(f"{where}: employment_type {e['employment_type']!r}")
    s, t, p = e["start"], e["end"], e["date_precision"]
    if s is None or t is None or p is None:
        if not (s is None and t is None and p is None):
            err(f"{where}: undated entries need null start, end and date_precision ({s}, {t}, {p})")
        return True
    if not YM.match(s):
        err(f"{where}: start {s!r} is not YYYY-MM")
        return False
    if not (YM.match(t) or t == "present"):
        err(f"{where}: end {t!r} is not YYYY-MM or present")
        return False
    if p not in ("month", "year"):
        err(f"{where}: date_precision {p!r}")
    if p == "year" and (not s.endswith("-01") or not (t == "present" or t.endswith("-12"))):
        err(f"{where}: year precision must run January..December (or present): {s}..{t}")
    if idx(s) > idx(AS_OF):
        err(f"{where}: start {s} after {AS_OF}")
    if t != "present" and idx(t) > idx(AS_OF):
        err(f"{where}: end {t} after {AS_OF}")
    if idx(s) > idx(t):
        err(f"{where}: start {s} after end {t}")
    return True


def main():
    errors = []
    err = errors.append
    gpath = os.path.join(DEV, "gold.jsonl")
    lines = [l for l in open(gpath, encoding="utf-8").read().split("\n") if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gfiles = []
    n_ent = 0
    for ln, line in enumerate(lines, 1):
        try:
            g = json.loads(line)
        except ValueError as ex:
            err(f"gold line {ln}: not JSON ({ex})")
            continue
        if list(g.keys()) != TOP_KEYS:
            err(f"gold line {ln}: keys {list(g.keys())} != {TOP_KEYS}")
            continue
        f = g["file"]
        gfiles.append(f)
        where = f
        if g["as_of"] != AS_OF:
            err(f"{where}: as_of {g['as_of']!r}")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f"{where}: empty family")
        ents = g["entries"]
        if not (3 <= len(ents) <= 6):
            err(f"{where}: {len(ents)} entries (need 3–6)")
        ok = all([check_entry(e, f"{where} #{i + 1} {e.get('title')!r}", err) for i, e in enumerate(ents)])
        n_ent += len(ents)
        if ok:
            tot, cs = months(ents), months([e for e in ents if e["cs"] == "facing"])
            if (tot, cs) != (g["total_months"], g["cs_months"]):
                err(f"{where}: months recount {tot}/{cs} != gold {g['total_months']}/{g['cs_months']}")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err(f"{where}: file missing")
            continue
        if os.path.getsize(path) >= MAX_BYTES:
            err(f"{where}: file is {os.path.getsize(path)} bytes (limit 2 MB)")
        ext = os.path.splitext(f)[1].lower()
        if ext not in EXTRACT:
            err(f"{where}: unknown extension {ext}")
            continue
        text = norm(EXTRACT[ext](path))
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                v = e.get(k)
                if v and norm(v) not in text:
                    err(f"{where} #{i + 1}: {k} {v!r} not found in extracted text")
            for b in e.get("bullets") or []:
                if norm(b) not in text:
                    err(f"{where} #{i + 1}: bullet not found in extracted text: {b[:60]!r}")
    if gfiles != files:
        err(f"gold files {gfiles} != files in dev/ {files}")
    if gfiles != sorted(gfiles):
        err("gold lines are not in file order")
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} gold lines, {n_ent} entries, {len(files)} files: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
