"""Check wild49/dev/gold.jsonl against the files and the conventions."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = "2026-11"


def text_of(path):
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
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)

        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                       s.even_page_header, s.even_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold file list does not match dev/ files in order")
    n_entries = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        ents = g["entries"]
        n_entries += len(ents)
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        text = norm(text_of(path))
        for i, x in enumerate(ents):
            W = lambda m: E(f"entry {i} ({x.get('title')}): {m}")  # noqa: E731
            if list(x) != KEYS:
                W(f"keys {list(x)}")
                continue
            if x["cs"] not in ("facing", "affecting", "none"):
                W("cs")
            if (x["cs"] == "facing") != (x["kind"] is not None):
                W("kind must be set iff facing")
            if x["kind"] is not None and x["kind"] not in KINDS:
                W("kind value")
            if x["section"] not in SECTIONS:
                W("section")
            if x["employment_type"] not in ETYPES:
                W("employment_type")
            if not isinstance(x["bullets"], list) or not all(isinstance(b, str) for b in x["bullets"]):
                W("bullets")
            s, e, p = x["start"], x["end"], x["date_precision"]
            if s is None:
                if e is not None or p is not None:
                    W("undated entry must have null start, end and precision")
            else:
                if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s):
                    W("start format")
                if not (e == "present" or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e or "")):
                    W("end format")
                if p not in ("month", "year"):
                    W("precision")
                ee = AS_OF if e == "present" else e
                if not (s <= (ee or "") <= AS_OF):
                    W("dates out of order or after as_of")
                if p == "year" and (s[5:] != "01" or (e != "present" and e[5:] != "12")):
                    W("year precision must run Jan..Dec")
            if not x["title"] or norm(x["title"]) not in text:
                W("title not in extracted text")
            if x["organization"] is not None and norm(x["organization"]) not in text:
                W(f"organization not in extracted text: {x['organization']}")
        if g["total_months"] != months(ents):
            E(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True):
            E(f"cs_months {g['cs_months']} != {months(ents, True)}")
    for m in errs:
        print(m)
    print(f"{len(lines)} files, {n_entries} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
