"""Check wild89/dev: schema, key order, values, dates, month recount, sizes, text presence."""
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import KEYS, months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


def docx_text(path):
    from docx import Document
    doc = Document(path)
    out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)

    out.extend(p.text for p in doc.paragraphs)
    cells(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            cells(hf.tables)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def ym_ok(v, prec):
    if v == "present":
        return True
    return bool(re.fullmatch(r"\d{4}", v)) if prec == "year" else bool(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v))


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30 or len(files) != 30:
        errs.append(f"expected 30 files and gold lines, got {len(files)} / {len(lines)}")
    seen = []
    for i, line in enumerate(lines, 1):
        g = json.loads(line)
        f = g.get("file")
        seen.append(f)
        if f != f"w{i:03d}." + f.rsplit(".", 1)[-1]:
            errs.append(f"{f}: out of order")
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too large")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        text = norm(extract(path))
        for e in ents:
            t = e.get("title")
            if list(e) != KEYS:
                errs.append(f"{f}/{t}: entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other") or e["employment_type"] not in ETYPES:
                errs.append(f"{f}/{t}: section/type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated but end/precision set")
            else:
                p = e["date_precision"]
                if p not in ("month", "year") or not ym_ok(e["start"], p) or e["start"] == "present" or not ym_ok(e["end"], p):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']} {p}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{f}/{t}: end before start")
                elif e["end"] == "present" and e["start"] > "2026-11":
                    errs.append(f"{f}/{t}: start after as_of")
            if norm(t) not in text:
                errs.append(f"{f}: title not in text: {t}")
            if e["organization"] and norm(e["organization"]) not in text:
                errs.append(f"{f}: organisation not in text: {e['organization']}")
        if g["total_months"] != months(ents) or g["cs_months"] != months(ents, True):
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} vs {months(ents)}/{months(ents, True)}")
        if f.endswith(".docx"):
            for zi in zipfile.ZipFile(path).infolist():
                if zi.date_time != (2026, 11, 2, 9, 0, 0):
                    errs.append(f"{f}: zip timestamp")
                    break
    if sorted(seen) != files:
        errs.append("gold files and dev files differ")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems", f"({len(lines)} résumés, "
          f"{sum(len(json.loads(x)['entries']) for x in lines)} entries)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
