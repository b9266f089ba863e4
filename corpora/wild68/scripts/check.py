"""Check wild68/dev: schema, key order, values, dates, months, sizes, and text occurrence."""
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
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
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines vs {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != ENT:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{w}: section/etype")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated inconsistent")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11" or e["start"] > "2026-11":
                    errs.append(f"{w}: after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and (not e["start"].endswith("-01") or (e["end"] != "present" and not e["end"].endswith("-12"))):
                    errs.append(f"{w}: year precision coding")
        if months(ents) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if months([e for e in ents if e["cs"] == "facing"]) != g["cs_months"]:
            errs.append(f"{f}: cs_months")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(path))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    errs.append(f"{f}: {k} not in text: {e[k]!r}")
    if seen != sorted(seen):
        errs.append("gold lines not in file order")
    exp = [f"w{i:03d}" for i in range(1, 31)]
    if [s.split(".")[0] for s in seen] != exp:
        errs.append("files are not w001..w030")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
