"""Check wild74/dev: ../../.venv/bin/python scripts/check.py (from corpora/wild74)."""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ET = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        out = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        out.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines vs {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g["file"]
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        txt = norm(text_of(p))
        for e in ents:
            t = e["title"]
            if list(e) != EK:
                errs.append(f"{f}/{t}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}/{t}: section")
            if e["employment_type"] not in ET:
                errs.append(f"{f}/{t}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated but end/precision set")
            else:
                if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]):
                    errs.append(f"{f}/{t}: start {e['start']}")
                if not (e["end"] == "present" or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"] or "")):
                    errs.append(f"{f}/{t}: end {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{f}/{t}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(f"{f}/{t}: end after as_of")
                if e["start"] > "2026-11":
                    errs.append(f"{f}/{t}: start after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      e["end"] not in ("present",) and e["end"][5:] != "12"):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
            if norm(t) not in txt:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] and norm(e["organization"]) not in txt:
                errs.append(f"{f}: organisation not in text: {e['organization']!r}")
            if e["location"] is not None and not isinstance(e["location"], str):
                errs.append(f"{f}/{t}: location")
        if months(ents) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if months(ents, True) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {months(ents, True)}")
    if seen != files:
        errs.append(f"gold order/files mismatch: {seen} vs {files}")
    exp = [f"w{i:03d}" for i in range(1, 31)]
    if [s.split(".")[0] for s in seen] != exp:
        errs.append("ids are not w001..w030 in order")
    for e in errs:
        print("FAIL", e)
    n = sum(len(json.loads(x)["entries"]) for x in lines)
    print(f"{len(lines)} files, {n} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
