"""Check wild73/dev: schema, key order, values, dates, months, sizes, and gold text present in the files."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import totals  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
       "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
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
    if path.endswith(".html"):
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if sorted(g["file"] for g in golds) != files:
        errs.append("gold files %s != dev files %s" % ([g["file"] for g in golds], files))
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f + ": top keys " + str(list(g)))
        if g["as_of"] != "2026-11":
            errs.append(f + ": as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f + ": %d entries" % len(g["entries"]))
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f + ": too big")
        txt = norm(text_of(path))
        for i, e in enumerate(g["entries"]):
            w = "%s#%d %s" % (f, i, e.get("title"))
            if list(e) != ENT:
                errs.append(w + ": entry keys " + str(list(e)))
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(w + ": cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(w + ": kind " + str(e["kind"]))
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(w + ": section")
            if e["employment_type"] not in ETYPES:
                errs.append(w + ": employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(w + ": bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(w + ": undated but end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(w + ": date format")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(w + ": end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(w + ": end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(w + ": precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(w + ": year precision must be Jan..Dec")
            if not e["title"] or norm(e["title"]) not in txt:
                errs.append(w + ": title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(w + ": organization not in text: " + e["organization"])
        t, c = totals(g["entries"])
        if (t, c) != (g["total_months"], g["cs_months"]):
            errs.append(f + ": months %s != %s" % ((t, c), (g["total_months"], g["cs_months"])))
    for e in errs:
        print("FAIL", e)
    print("%d files, %d entries, %d problems" % (len(golds), sum(len(g["entries"]) for g in golds), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
