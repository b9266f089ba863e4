"""Check dev/gold.jsonl and the files in dev/."""
import html
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import totals  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
         "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


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
    if path.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|script).*?</\1>", " ", raw)))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(x) for x in lines]
    if [g["file"] for g in golds] != files:
        errs.append(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    if len(golds) != 30:
        errs.append(f"{len(golds)} résumés, expected 30")
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f"{f}: {len(g['entries'])} entries")
        p = os.path.join(DEV, f)
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(p))
        for i, e in enumerate(g["entries"]):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != EKEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind must be null")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if e["date_precision"] not in ("month", "year", None):
                errs.append(f"{w}: precision")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated mismatch")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(f"{w}: end after as_of")
                if e["date_precision"] == "year" and (not e["start"].endswith("-01") or
                                                      not (e["end"] == "present" or e["end"].endswith("-12"))):
                    errs.append(f"{w}: year precision coding")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if not e["title"] or norm(e["title"]) not in text:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{w}: organization '{e['organization']}' not in text")
            if e["location"] is not None and norm(e["location"]) not in text:
                errs.append(f"{w}: location '{e['location']}' not in text")
        t, c = totals(g["entries"])
        if (t, c) != (g["total_months"], g["cs_months"]):
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} recount {t}/{c}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(golds)} résumés, {sum(len(g['entries']) for g in golds)} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
