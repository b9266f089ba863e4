"""Check dev/ for wild76: schema, months, entry counts, sizes and text presence."""
import sys
sys.dont_write_bytecode = True
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import count_gold, GOLD_KEYS  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def walk_tables(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        walk_tables(cell.tables)
        parts.extend(p.text for p in d.paragraphs)
        walk_tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                walk_tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errors = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(l) for l in lines]
    if [g["file"] for g in golds] != files:
        errors.append("gold files %s != dev files %s" % ([g["file"] for g in golds], files))
    for i, g in enumerate(golds):
        f = g["file"]
        if f != "w%03d.%s" % (i + 1, f.rsplit(".", 1)[1]):
            errors.append(f + ": out of order")
        if list(g) != TOP:
            errors.append(f + ": top keys " + str(list(g)))
        if g["as_of"] != "2026-11":
            errors.append(f + ": as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errors.append(f + ": %d entries" % len(ents))
        for e in ents:
            t = e.get("title")
            if list(e) != GOLD_KEYS:
                errors.append(f + ": entry keys " + str(list(e)))
                continue
            if e["cs"] not in CS:
                errors.append(f + ": cs " + str(e["cs"]))
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errors.append(f + ": kind %s for %s (%s)" % (e["kind"], e["cs"], t))
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errors.append(f + ": section/type " + t)
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errors.append(f + ": bullets " + t)
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errors.append(f + ": undated but end/precision " + t)
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en)):
                    errors.append(f + ": date format %s %s (%s)" % (s, en, t))
                elif en != "present" and en < s:
                    errors.append(f + ": end before start " + t)
                elif en != "present" and en > "2026-11":
                    errors.append(f + ": end after as_of " + t)
                if p not in ("month", "year"):
                    errors.append(f + ": precision " + str(p))
                if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                    errors.append(f + ": year precision not Jan..Dec " + t)
        tot, cs = count_gold(ents)
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            errors.append(f + ": months %s/%s recount %s/%s" % (g["total_months"], g["cs_months"], tot, cs))
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errors.append(f + ": missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errors.append(f + ": too big")
        text = norm(extract(path))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    errors.append(f + ": %s not in text: %r" % (k, e[k]))
    for e in errors:
        print("FAIL", e)
    n = sum(len(g["entries"]) for g in golds)
    print("%d files, %d entries, %d errors" % (len(golds), n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
