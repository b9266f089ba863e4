"""Check dev/gold.jsonl against the files and the schema."""
import html
import json
import os
import re
import sys
import zipfile  # noqa: F401

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import KEYS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    d = Document(path)
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
            out.extend(p.text for p in part.paragraphs)
            cells(part.tables)
    return "\n".join(out)


def extract(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if path.endswith(".html"):
        t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def ym(s):
    y, m = ("2026-11" if s == "present" else s).split("-")
    return int(y) * 12 + int(m) - 1


def months(es, facing_only=False):
    """Independent recount: sort the ranges and merge overlaps, inclusive months."""
    rs = sorted((ym(e["start"]), ym(e["end"])) for e in es
                if e["start"] is not None and (not facing_only or e["cs"] == "facing"))
    total, cur = 0, None
    for a, b in rs:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30:
        errs.append(f"{len(lines)} gold lines, expected 30")
    names = []
    for n, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        names.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if f != f"w{n:03d}" + os.path.splitext(f)[1]:
            errs.append(f"{f}: out of order")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        text = norm(extract(path))
        for i, e in enumerate(es):
            w = f"{f} #{i} {e.get('title')}"
            if list(e) != KEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind on non-facing")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated but end/precision set")
            else:
                if not DATE.match(e["start"]) or not (e["end"] == "present" or DATE.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif ym(e["start"]) > ym(e["end"]):
                    errs.append(f"{w}: start after end")
                elif ym(e["end"]) > ym("2026-11"):
                    errs.append(f"{w}: end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and (not e["start"].endswith("-01") or
                                                     not (e["end"] == "present" or e["end"].endswith("-12"))):
                    errs.append(f"{w}: year precision not Jan..Dec")
            if norm(e["title"]) not in text:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{w}: organization '{e['organization']}' not in text")
        if months(es) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {months(es)}")
        if months(es, True) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {months(es, True)}")
    if sorted(names) != files:
        errs.append(f"files vs gold differ: {sorted(set(files) ^ set(names))}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, "
          f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
