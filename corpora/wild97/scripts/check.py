"""Check wild97/dev: schema, key order, values, dates, months, sizes, and gold strings in extracted text."""
import html
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import AS_OF, KEYS, months  # noqa: E402

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


def extract(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if path.endswith(".html"):
        t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def ym_ok(s, prec):
    if prec == "year":
        return re.fullmatch(r"\d{4}", s) is not None
    return re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s) is not None


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines vs {len(files)} files")
    seen = []
    for n, line in enumerate(lines, 1):
        g = json.loads(line)
        fn = g.get("file")
        seen.append(fn)
        E = lambda m: errs.append(f"{fn}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if fn != f"w{n:03d}" + os.path.splitext(fn)[1]:
            E("file name/order")
        if g["as_of"] != AS_OF:
            E("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        for e in ents:
            if list(e) != KEYS:
                E(f"entry keys {list(e)}")
            if e["cs"] not in CS:
                E(f"cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                E(f"kind {e['kind']} on facing {e['title']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                E(f"kind on non-facing {e['title']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                E(f"section/type {e['title']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                E("bullets")
            if not e["title"]:
                E("empty title")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    E("undated entry with end/precision")
                continue
            p = e["date_precision"]
            if p not in ("month", "year"):
                E(f"precision {p}")
            if not ym_ok(e["start"], p) or not (e["end"] == "present" or ym_ok(e["end"], p)):
                E(f"date format {e['start']}..{e['end']}")
                continue
            endv = AS_OF if e["end"] == "present" else e["end"]
            if e["start"] > endv or e["start"][:7] > AS_OF:
                E(f"date order {e['start']}..{e['end']}")
        if g["total_months"] != months(ents):
            E(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months([e for e in ents if e["cs"] == "facing"]):
            E("cs_months")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("size")
        text = norm(extract(path))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    E(f"{k} not in text: {e[k]!r}")
    if sorted(seen) != files:
        errs.append("gold files do not match dev/ files")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
