"""Check wild105/dev: schema, key order, values, dates, month recount, size, and text occurrence."""
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months, ym, AS_OF  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
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
        from docx import Document
        d = Document(path)
        parts = []

        def tables(tbls):
            for t in tbls:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        import html
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30 or len(files) != 30:
        errs.append(f"expected 30 files and 30 gold lines, got {len(files)} / {len(lines)}")
    names = []
    for n, line in enumerate(lines, 1):
        g = json.loads(line)
        f = g.get("file")
        names.append(f)
        tag = f"{f}:"
        if list(g) != TOP:
            errs.append(f"{tag} top keys {list(g)}")
        if f != f"w{n:03d}." + f.split(".")[1]:
            errs.append(f"{tag} out of order")
        if g["as_of"] != AS_OF:
            errs.append(f"{tag} as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{tag} missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{tag} too big")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{tag} {len(ents)} entries")
        text = norm(extract(path))
        for e in ents:
            t = f"{tag} {e.get('title')}:"
            if list(e) != ENT:
                errs.append(f"{t} entry keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{t} cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{t} kind {e['kind']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{t} section/etype")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{t} bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{t} undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{t} date format {e['start']} {e['end']}")
                elif ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > ym(AS_OF):
                    errs.append(f"{t} date order")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{t} precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{t} year precision not Jan..Dec")
            for key in ("title", "organization"):
                if e[key] and norm(e[key]) not in text:
                    errs.append(f"{t} {key} {e[key]!r} not in extracted text")
        if months(ents) != g["total_months"] or months(ents, True) != g["cs_months"]:
            errs.append(f"{tag} months recount {months(ents)}/{months(ents, True)} vs {g['total_months']}/{g['cs_months']}")
    if sorted(names) != files:
        errs.append("gold files and dev files differ")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
