"""Check wild87/dev: schema, key order, values, dates, months, sizes and text presence."""
import html
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import AS_OF, merged_months  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
         "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_pdf(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def text_docx(p):
    import docx
    d = docx.Document(p)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(par.text for par in cell.paragraphs)
                    tables(cell.tables)

    out.extend(par.text for par in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(par.text for par in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(out)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def extract(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(p)
    if ext == "docx":
        return text_docx(p)
    if ext == "html":
        return text_html(p)
    return open(p, encoding="utf-8").read()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    seen = []
    for n, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        where = f"{f}"
        if list(g) != TOP:
            errs.append(f"{where}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{where}: as_of")
        if f != f"w{n:03d}." + f.rsplit(".", 1)[1]:
            errs.append(f"{where}: out of order")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{where}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{where}: too large")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{where}: {len(ents)} entries")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            w = f"{where}#{i} {e.get('title')}"
            if list(e) != EKEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind for non-facing")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            s, en, pr = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or pr is not None:
                    errs.append(f"{w}: undated but end/precision set")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en)):
                    errs.append(f"{w}: date format {s} {en}")
                elif pr not in ("month", "year"):
                    errs.append(f"{w}: precision {pr}")
                else:
                    e_cmp = AS_OF if en == "present" else en
                    if s > e_cmp:
                        errs.append(f"{w}: start after end")
                    if e_cmp > AS_OF:
                        errs.append(f"{w}: after as_of")
                    if pr == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        errs.append(f"{w}: year precision not Jan..Dec")
            if norm(e["title"]) not in text:
                errs.append(f"{w}: title not in text")
            if e["organization"] and norm(e["organization"]) not in text:
                errs.append(f"{w}: organization '{e['organization']}' not in text")
        if g["total_months"] != merged_months(ents):
            errs.append(f"{where}: total_months {g['total_months']} != {merged_months(ents)}")
        if g["cs_months"] != merged_months([e for e in ents if e["cs"] == "facing"]):
            errs.append(f"{where}: cs_months")
    if sorted(seen) != files:
        errs.append("gold files and dev files differ")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries: "
          + ("OK" if not errs else f"{len(errs)} problems"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
