"""Validate wild146/dev/gold.jsonl against the files (independent of build.py's month code).

Run from corpora/wild146:  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")

TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
PREC = {"month", "year", None}
YM = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
AS_OF = "2026-11"


# ---- text extraction ------------------------------------------------------------

def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
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
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    return "\n".join(out)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<(style|script|title)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext == "html":
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


# ---- months (interval merge, separate from lib.month_set) -----------------------

def to_n(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m)


def merged_len(intervals):
    iv = sorted(intervals)
    total, cur = 0, None
    for a, b in iv:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def main():
    errs, warns = [], []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(l) for l in lines]
    if [g["file"] for g in golds] != files:
        errs.append(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    if len(golds) != 30:
        errs.append(f"{len(golds)} gold lines, expected 30")
    exp_names = [f"w{i:03d}" for i in range(1, 31)]
    if [g["file"].rsplit(".", 1)[0] for g in golds] != exp_names:
        errs.append("files are not w001..w030 in order")
    n_ent = 0
    for g in golds:
        f = g["file"]
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g.keys()) != TOP_KEYS:
            E(f"top-level keys {list(g.keys())}")
        if g["as_of"] != AS_OF:
            E("as_of")
        if not isinstance(g["family"], str) or not g["family"]:
            E("family")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        n_ent += len(ents)
        path = os.path.join(DEV, f)
        if os.path.getsize(path) > 2 * 1024 * 1024:
            E("file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")  # noqa: E731
            if list(e.keys()) != ENTRY_KEYS:
                W(f"keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                W("empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    W(f"bad {k}")
            if e["section"] not in SECTIONS:
                W("section")
            if e["employment_type"] not in ETYPES:
                W("employment_type")
            if e["cs"] not in CS:
                W("cs")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    W("kind missing/invalid for facing")
            elif e["kind"] is not None:
                W("kind set on non-facing entry")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                W("bullets")
            # dates
            s, en, p = e["start"], e["end"], e["date_precision"]
            if p not in PREC:
                W("date_precision")
            if s is None:
                if en is not None or p is not None:
                    W("undated entry with end/precision")
            else:
                if not YM.match(s):
                    W(f"start format {s}")
                elif not (en == "present" or (isinstance(en, str) and YM.match(en))):
                    W(f"end format {en}")
                else:
                    if to_n(s) > to_n(en):
                        W("start after end")
                    if to_n(s) > to_n(AS_OF) or to_n(en) > to_n(AS_OF):
                        W("date after as_of")
                    if p is None:
                        W("dated entry without precision")
                    if p == "year":
                        if not s.endswith("-01") or not (en == "present" or en.endswith("-12")):
                            W("year precision not Jan..Dec")
            # text presence
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in text:
                    W(f"{k} {v!r} not found in extracted text")
            if e["location"] and norm(e["location"]) not in text:
                W(f"location {e['location']!r} not found in extracted text")
            for b in e["bullets"]:
                if norm(b) not in text:
                    warns.append(f"{f}: bullet not found verbatim: {b[:60]!r}")
        # months
        iv = [(to_n(e["start"]), to_n(e["end"])) for e in ents if e.get("start")]
        ivf = [(to_n(e["start"]), to_n(e["end"])) for e in ents if e.get("start") and e["cs"] == "facing"]
        if merged_len(iv) != g["total_months"]:
            E(f"total_months {g['total_months']} != recount {merged_len(iv)}")
        if merged_len(ivf) != g["cs_months"]:
            E(f"cs_months {g['cs_months']} != recount {merged_len(ivf)}")
    fmt = Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = Counter(e["cs"] for g in golds for e in g["entries"])
    for w in warns:
        print("warn:", w)
    print(f"{len(golds)} files, {n_ent} entries; formats {dict(sorted(fmt.items()))}; cs {dict(sorted(cs.items()))}")
    if errs:
        for x in errs:
            print("ERROR:", x)
        print(f"FAILED ({len(errs)} errors)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
