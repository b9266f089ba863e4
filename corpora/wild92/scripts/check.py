"""Check dev/: schema, key order, values, dates, months, sizes, text presence."""
import html
import json
import os
import re
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months_of

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section",
      "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ET = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


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
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    names = [json.loads(l)["file"] for l in lines]
    if sorted(names) != files:
        errs.append("file list mismatch %s vs %s" % (names, files))
    if names != sorted(names):
        errs.append("gold not in file order")
    for l in lines:
        g = json.loads(l)
        f = g["file"]
        if list(g) != TOP:
            errs.append(f + ": top keys " + str(list(g)))
        if g["as_of"] != "2026-11":
            errs.append(f + ": as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f + ": %d entries" % len(es))
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f + ": too big")
        text = norm(extract(path))
        allm, csm = set(), set()
        for i, e in enumerate(es):
            w = "%s[%d] %s" % (f, i, e.get("title"))
            if list(e) != EK:
                errs.append(w + ": keys")
            if not e["title"]:
                errs.append(w + ": no title")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(w + ": cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(w + ": kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(w + ": kind not null")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(w + ": section")
            if e["employment_type"] not in ET:
                errs.append(w + ": employment_type")
            if not isinstance(e["bullets"], list):
                errs.append(w + ": bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(w + ": undated but end/precision")
            else:
                if not DATE.match(e["start"]) or not (e["end"] == "present" or DATE.match(e["end"])):
                    errs.append(w + ": date format")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(w + ": end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(w + ": end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(w + ": precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(w + ": year precision months")
                m = months_of(e["start"], e["end"])
                allm |= m
                if e["cs"] == "facing":
                    csm |= m
            for key in ("title", "organization"):
                if e[key] and norm(e[key]) not in text:
                    errs.append(w + ": %s not in text: %r" % (key, e[key]))
        if len(allm) != g["total_months"] or len(csm) != g["cs_months"]:
            errs.append(f + ": months %d/%d vs recount %d/%d" % (g["total_months"], g["cs_months"], len(allm), len(csm)))
    for e in errs:
        print("FAIL", e)
    print("checked %d files, %d problems" % (len(lines), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
