"""Check dev/gold.jsonl against the files. Run from corpora/wild48: ../../.venv/bin/python scripts/check.py"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def idx(s):
    s = AS_OF if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:]) - 1


def months(ents):
    m = set()
    for e in ents:
        if e["start"]:
            m.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(m)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)
    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
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
        raw = re.sub(r"(?is)<style.*?</style>|<title.*?</title>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(l) for l in lines]
    if [g["file"] for g in golds] != files:
        errs.append(f"gold files {[g['file'] for g in golds]} != dir {files}")
    n_ent = 0
    for g in golds:
        f = g["file"]
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        ents = g["entries"]
        n_ent += len(ents)
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file >= 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != KEYS:
                W(f"keys {list(e)}"); continue
            if e["cs"] not in ("facing", "affecting", "none"):
                W("cs")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                W("kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                W(f"kind {e['kind']}")
            if e["section"] not in SECTIONS:
                W("section")
            if e["employment_type"] not in ETYPES:
                W("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                W("bullets")
            if not isinstance(e["title"], str) or not e["title"].strip():
                W("title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    W("undated entry must have null end and precision")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    W(f"date format {s} {en}")
                elif p not in ("month", "year"):
                    W("precision")
                else:
                    if idx(s) > idx(en):
                        W("start > end")
                    if idx(s) > idx(AS_OF) or idx(en) > idx(AS_OF):
                        W("date after as_of")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        W("year precision must run Jan..Dec")
            if norm(e["title"]) not in text:
                W("title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                W(f"organization not in text: {e['organization']}")
        try:
            if g["total_months"] != months(ents):
                E(f"total_months {g['total_months']} != {months(ents)}")
            if g["cs_months"] != months([e for e in ents if e["cs"] == "facing"]):
                E("cs_months")
        except Exception as ex:  # noqa: BLE001
            E(f"month recount failed: {ex}")
    for m in errs:
        print(m)
    print(f"{len(golds)} files, {n_ent} entries, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
