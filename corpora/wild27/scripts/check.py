"""Check wild27/dev/gold.jsonl against the files.  Run from corpora/wild27:
    ../../.venv/bin/python scripts/check.py
Prints every problem and a final error count (exit status 1 when there are errors)."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, count_months  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def table(t):
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    out.append(p.text)
                for nt in cell.tables:
                    table(nt)

    for p in d.paragraphs:
        out.append(p.text)
    for t in d.tables:
        table(t)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                     s.even_page_header, s.even_page_footer):
            for p in part.paragraphs:
                out.append(p.text)
            for t in part.tables:
                table(t)
    return "\n".join(out)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<style\b.*?</style>", " ", s)
    s = re.sub(r"(?is)<title\b.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def text_raw(path):
    return open(path, encoding="utf-8").read()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    return {"pdf": text_pdf, "docx": text_docx, "html": text_html, "htm": text_html}.get(ext, text_raw)(path)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30:
        errs.append(f"gold.jsonl has {len(lines)} lines, expected 30")
    golds = [json.loads(l) for l in lines]
    if [g["file"] for g in golds] != files:
        errs.append("gold file order does not match the files in dev/")
    for i, g in enumerate(golds, 1):
        f = g.get("file", "?")
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g.keys()) != TOP_KEYS:
            E(f"top-level keys {list(g.keys())}")
        if not re.match(rf"^w{i:03d}\.(pdf|docx|txt|md|html)$", f):
            E("file name / order")
        if g["as_of"] != AS_OF:
            E("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("file missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        text = norm(extract(path))
        for k, e in enumerate(ents):
            W = lambda m: E(f"entry {k} ({e.get('title')}): {m}")  # noqa: E731
            if list(e.keys()) != ENTRY_KEYS:
                W(f"keys {list(e.keys())}")
                continue
            if e["cs"] not in CS:
                W("cs value")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    W("facing without a valid kind")
            elif e["kind"] is not None:
                W("kind set on a non-facing entry")
            if e["section"] not in SECTIONS:
                W("section value")
            if e["employment_type"] not in ETYPES:
                W("employment_type value")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                W("bullets not a list of strings")
            if not isinstance(e["title"], str) or not e["title"].strip():
                W("empty title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    W("partly undated")
            else:
                if not YM.match(s):
                    W(f"start {s}")
                if not (en == "present" or YM.match(en)):
                    W(f"end {en}")
                if p not in ("month", "year"):
                    W(f"precision {p}")
                ee = AS_OF if en == "present" else en
                if YM.match(s) and (en == "present" or YM.match(en)):
                    if s > ee:
                        W("start after end")
                    if ee > AS_OF:
                        W("end after as_of")
                    if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                        W("year precision not Jan..Dec")
            for key in ("title", "organization"):
                v = e[key]
                if v is None:
                    continue
                if norm(v) not in text:
                    W(f"{key} {v!r} not found in extracted text")
        if g["total_months"] != count_months(ents):
            E(f"total_months {g['total_months']} != {count_months(ents)}")
        if g["cs_months"] != count_months(ents, facing_only=True):
            E(f"cs_months {g['cs_months']} != {count_months(ents, facing_only=True)}")
    for m in errs:
        print(m)
    print(f"{len(golds)} résumés, {sum(len(g['entries']) for g in golds)} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
