"""Validate wild147/dev: schema, key order, values, dates, month recount, text presence."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
PREC = {"month", "year", None}
YM = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ independent month arithmetic
def to_index(s):
    """'YYYY-MM' -> absolute month number."""
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def merged_months(intervals):
    """Sum of the union of closed integer intervals, by sorting and merging."""
    iv = sorted(intervals)
    total, cur = 0, None
    for a, b in iv:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


# ------------------------------------------------------------ text extraction
def text_pdf(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(par.text for par in c.paragraphs)
                    cells(c.tables)

    parts.extend(par.text for par in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts.extend(par.text for par in hf.paragraphs)
            cells(hf.tables)
    return "\n".join(parts)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def extract(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(p)
    if ext == "docx":
        return text_docx(p)
    if ext == "html":
        return text_html(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------ checks
def check_entry(fn, i, e):
    where = f"{fn} entry {i}"
    if list(e.keys()) != ENTRY_KEYS:
        err(f"{where}: keys {list(e.keys())}")
        return None
    if not isinstance(e["title"], str) or not e["title"].strip():
        err(f"{where}: empty title")
    if e["organization"] is not None and not isinstance(e["organization"], str):
        err(f"{where}: organization type")
    if e["location"] is not None and not isinstance(e["location"], str):
        err(f"{where}: location type")
    if e["cs"] not in CS:
        err(f"{where}: cs {e['cs']}")
    if e["cs"] == "facing" and e["kind"] not in KINDS:
        err(f"{where}: facing without valid kind ({e['kind']})")
    if e["cs"] != "facing" and e["kind"] is not None:
        err(f"{where}: kind on non-facing entry")
    if e["section"] not in SECTIONS:
        err(f"{where}: section {e['section']}")
    if e["employment_type"] not in ETYPES:
        err(f"{where}: employment_type {e['employment_type']}")
    if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
        err(f"{where}: volunteer section with employment_type {e['employment_type']}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
        err(f"{where}: bullets")
    if e["date_precision"] not in PREC:
        err(f"{where}: precision {e['date_precision']}")
    s, en = e["start"], e["end"]
    if s is None:
        if en is not None or e["date_precision"] is not None:
            err(f"{where}: undated entry with end/precision")
        return None
    if not YM.match(s):
        err(f"{where}: start {s}")
        return None
    if en != "present" and (en is None or not YM.match(en)):
        err(f"{where}: end {en}")
        return None
    end = AS_OF if en == "present" else en
    if to_index(end) < to_index(s):
        err(f"{where}: end before start")
    if to_index(end) > to_index(AS_OF):
        err(f"{where}: end after as_of")
    if e["date_precision"] == "year":
        if s[5:] != "01" or (en != "present" and en[5:] != "12"):
            err(f"{where}: year precision not Jan..Dec")
    return (to_index(s), to_index(end))


def main():
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = open(gold_path, encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30 or len(files) != 30:
        err(f"expected 30 gold lines and 30 files, got {len(lines)} / {len(files)}")
    n_entries = 0
    for k, line in enumerate(lines):
        g = json.loads(line)
        fn = g.get("file")
        if list(g.keys()) != TOP_KEYS:
            err(f"line {k+1}: top keys {list(g.keys())}")
            continue
        if fn != files[k] or not fn.startswith(f"w{k+1:03d}."):
            err(f"line {k+1}: file {fn} out of order")
        if g["as_of"] != AS_OF:
            err(f"{fn}: as_of")
        if not isinstance(g["family"], str) or len(g["family"]) < 20:
            err(f"{fn}: family")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            err(f"{fn}: {len(es)} entries")
        n_entries += len(es)
        ivs, cs_ivs = [], []
        for i, e in enumerate(es):
            iv = check_entry(fn, i, e)
            if iv:
                ivs.append(iv)
                if e["cs"] == "facing":
                    cs_ivs.append(iv)
        if merged_months(ivs) != g["total_months"]:
            err(f"{fn}: total_months {g['total_months']} != {merged_months(ivs)}")
        if merged_months(cs_ivs) != g["cs_months"]:
            err(f"{fn}: cs_months {g['cs_months']} != {merged_months(cs_ivs)}")
        p = os.path.join(DEV, fn)
        if not os.path.exists(p):
            err(f"{fn}: missing")
            continue
        if os.path.getsize(p) > 2_000_000:
            err(f"{fn}: larger than 2 MB")
        text = norm(extract(p))
        for i, e in enumerate(es):
            for key in ("title", "organization"):
                v = e[key]
                if v is not None and norm(v) not in text:
                    err(f"{fn} entry {i}: {key} '{v}' not in extracted text")
    for m in errors:
        print("ERROR", m)
    print(f"{len(lines)} files, {n_entries} entries, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
