"""Check dev/ for wild115: schema, key order, values, dates, months, size, text occurrence."""
import json
import os
import re
import sys
import html as _html

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import count_months, AS_OF, ym_index  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", "", s).lower()


def docx_text(path):
    from docx import Document
    doc = Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    out.extend(p.text for p in doc.paragraphs)
    tables(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(out)


def extract(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = _html.unescape(raw)
    return raw


def main():
    errs = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if files != sorted(g["file"] for g in golds):
        errs.append(f"file set mismatch: {files} vs gold")
    if [g["file"] for g in golds] != sorted(g["file"] for g in golds):
        errs.append("gold not in file order")
    for g in golds:
        fn = g["file"]
        if list(g) != TOP:
            errs.append(f"{fn}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{fn}: as_of")
        if not (3 <= len(g["entries"]) <= 6):
            errs.append(f"{fn}: {len(g['entries'])} entries")
        for i, e in enumerate(g["entries"]):
            tag = f"{fn}#{i} {e.get('title')}"
            if list(e) != ENT:
                errs.append(f"{tag}: keys {list(e)}")
                continue
            if not e["title"]:
                errs.append(f"{tag}: empty title")
            if e["section"] not in SECTIONS:
                errs.append(f"{tag}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{tag}: employment_type")
            if e["cs"] not in CS:
                errs.append(f"{tag}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{tag}: facing without valid kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{tag}: kind on non-facing")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{tag}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errs.append(f"{tag}: undated but end/precision set")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    errs.append(f"{tag}: date format {s} {en}")
                    continue
                if p not in ("month", "year"):
                    errs.append(f"{tag}: precision {p}")
                if ym_index(s) > ym_index(en):
                    errs.append(f"{tag}: start after end")
                if en != "present" and ym_index(en) > ym_index(AS_OF):
                    errs.append(f"{tag}: end after as_of")
                if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                    errs.append(f"{tag}: year precision not Jan..Dec")
        tot, cs = count_months(g["entries"])
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            errs.append(f"{fn}: months {g['total_months']},{g['cs_months']} recount {tot},{cs}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            errs.append(f"{fn}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{fn}: too big")
        text = norm(extract(path))
        for e in g["entries"]:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    errs.append(f"{fn}: {k} not in text: {e[k]!r}")
    n = sum(len(g["entries"]) for g in golds)
    if errs:
        print("\n".join(errs))
        print(f"FAIL: {len(errs)} problems ({len(golds)} files, {n} entries)")
        sys.exit(1)
    print(f"OK: {len(golds)} files, {n} entries")


if __name__ == "__main__":
    main()
