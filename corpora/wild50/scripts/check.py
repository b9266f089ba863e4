"""Check wild50/dev: schema, labels, dates, months recount, sizes, and title/org presence in extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import KINDS, months, AS_OF  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
         "bullets", "cs", "kind"]
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
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    text = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        text = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    return text


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def ym_ok(v):
    return v == "present" or (isinstance(v, str) and YM.match(v))


def key(v):
    return AS_OF if v == "present" else v


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(x)["file"] for x in lines] != files:
        errs.append("gold files do not match dev/ files in order")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != "2026-11":
            E("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            n_ent += 1
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")  # noqa: E731
            if list(e) != EKEYS:
                W(f"keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                W("cs value")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                W("kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                W("kind value")
            if e["section"] not in SECTIONS:
                W("section")
            if e["employment_type"] not in ETYPES:
                W("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                W("bullets")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None or en is None or pr is None:
                if not (st is None and en is None and pr is None):
                    W("undated entries need null start, end and precision")
            else:
                if not (YM.match(st) and ym_ok(en)):
                    W("date format")
                elif pr not in ("month", "year"):
                    W("precision")
                elif not (st <= key(en) <= AS_OF):
                    W("start <= end <= 2026-11")
            if not e["title"] or norm(e["title"]) not in text:
                W("title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                W("organization not in text")
        if g["total_months"] != months(ents):
            E(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True):
            E(f"cs_months {g['cs_months']} != {months(ents, True)}")
    for x in errs:
        print(x)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
