"""Check corpora/wild110/dev/: schema, key order, values, dates, months, sizes, text presence."""
import html
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, KEYS, month_set  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        parts.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    names = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        names.append(f)
        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            err("as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            err(f"{len(es)} entries")
        tot, cs = set(), set()
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("too big")
        txt = norm(text_of(path))
        for i, e in enumerate(es):
            w = f"entry {i} {e.get('title')!r}"
            if list(e) != KEYS:
                err(f"{w} keys {list(e)}")
                continue
            if e["cs"] not in CS:
                err(f"{w} cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                err(f"{w} kind {e['kind']}")
            if e["section"] not in SECTIONS:
                err(f"{w} section")
            if e["employment_type"] not in ETYPES:
                err(f"{w} employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{w} bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(f"{w} undated mismatch")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    err(f"{w} date format {s} {en}")
                    continue
                if p not in ("month", "year"):
                    err(f"{w} precision")
                if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    err(f"{w} year precision bounds")
                ee = AS_OF if en == "present" else en
                if s > ee or ee > AS_OF:
                    err(f"{w} date order {s} {en}")
                ms = month_set(s, en)
                tot |= ms
                if e["cs"] == "facing":
                    cs |= ms
            if norm(e["title"]) not in txt:
                err(f"{w} title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                err(f"{w} organisation {e['organization']!r} not in text")
        if len(tot) != g["total_months"]:
            err(f"total_months {g['total_months']} != {len(tot)}")
        if len(cs) != g["cs_months"]:
            err(f"cs_months {g['cs_months']} != {len(cs)}")
    if names != [f"w{i:03d}" + os.path.splitext(n)[1] for i, n in enumerate(names, 1)]:
        errs.append(f"file order/names {names}")
    if sorted(names) != files:
        errs.append(f"dev files {files} vs gold {names}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
