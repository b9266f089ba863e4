"""Check wild91/dev: schema, key order, values, dates, months, sizes, and gold text present in extracted text."""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import merged_months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        from docx import Document
        doc = Document(path)
        parts = []

        def tables(tbls):
            for t in tbls:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        parts.extend(p.text for p in doc.paragraphs)
        tables(doc.tables)
        for s in doc.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", " ", raw)))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    names = [json.loads(l)["file"] for l in lines]
    if names != [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)]:
        errs.append("gold files not w001.. in order")
    if sorted(names) != files:
        errs.append(f"files on disk {files} differ from gold")
    for l in lines:
        g = json.loads(l)
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(path))
        pairs, cspairs = [], []
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != ENT:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: etype")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errs.append(f"{w}: undated but end/precision set")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    errs.append(f"{w}: date format {s} {en}")
                elif p not in ("month", "year"):
                    errs.append(f"{w}: precision {p}")
                else:
                    e2 = "2026-11" if en == "present" else en
                    if e2 < s or e2 > "2026-11":
                        errs.append(f"{w}: date order {s} {en}")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        errs.append(f"{w}: year precision not Jan..Dec")
                    pairs.append((s, en))
                    if e["cs"] == "facing":
                        cspairs.append((s, en))
            if not e["title"] or norm(e["title"]) not in text:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{w}: organization {e['organization']!r} not in text")
        if merged_months(pairs) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {merged_months(pairs)}")
        if merged_months(cspairs) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {merged_months(cspairs)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries: "
          + ("OK" if not errs else f"{len(errs)} problems"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
