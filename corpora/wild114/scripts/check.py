"""Check wild114/dev against its gold file."""
import html
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import count_months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        from docx import Document
        d = Document(path)
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
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|script).*?</\1>", " ", raw)))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    for i, line in enumerate(lines, 1):
        g = json.loads(line)
        f = g.get("file")
        exp = f"w{i:03d}"
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if not f.startswith(exp):
            errs.append(f"{f}: expected {exp}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        txt = norm(text_of(p))
        for e in es:
            t = e["title"]
            if list(e) != KEYS:
                errs.append(f"{f}/{t}: keys {list(e)}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}/{t}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}/{t}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if e["date_precision"] is None:
                if e["start"] or e["end"]:
                    errs.append(f"{f}/{t}: undated with dates")
            else:
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if not YM.match(e["start"] or "") or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{f}/{t}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(f"{f}/{t}: end after as_of")
                if e["date_precision"] == "year" and not (e["start"].endswith("-01") and (e["end"] == "present" or e["end"].endswith("-12"))):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
            if not isinstance(e["bullets"], list):
                errs.append(f"{f}/{t}: bullets")
            if norm(t) not in txt:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] and norm(e["organization"]) not in txt:
                errs.append(f"{f}: organisation not in text: {e['organization']!r}")
        tm = count_months([(e["start"], e["end"]) for e in es if e["start"]])
        cm = count_months([(e["start"], e["end"]) for e in es if e["start"] and e["cs"] == "facing"])
        if tm != g["total_months"] or cm != g["cs_months"]:
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} recount {tm}/{cm}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} files checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
