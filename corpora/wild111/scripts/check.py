"""Check dev/: schema, key order, allowed values, dates, months recount, sizes, titles/orgs in extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, CS, ETYPES, KINDS, SECTIONS, months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
         "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    doc = Document(path)
    parts = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
                    cells(c.tables)
    parts.extend(p.text for p in doc.paragraphs)
    cells(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts.extend(p.text for p in hf.paragraphs)
            cells(hf.tables)
    return "\n".join(parts)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs, warns = [], []
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in golds] != files:
        errs.append(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        n = len(g["entries"])
        if not 3 <= n <= 6:
            errs.append(f"{f}: {n} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(path))
        for i, e in enumerate(g["entries"]):
            w = f"{f} #{i} {e.get('title')}"
            if list(e) != EKEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']} for cs {e['cs']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{w}: section/employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated but end/precision set")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["end"] != "present" and e["end"] > AS_OF or e["start"] > AS_OF:
                    errs.append(f"{w}: after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{w}: year precision not Jan..Dec")
            if norm(e["title"]) not in text:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{w}: organization '{e['organization']}' not in text")
            for b in e["bullets"]:
                if norm(b) not in text:
                    warns.append(f"{w}: bullet not found verbatim (wrapped or reordered): {b[:40]}")
        tm = months(g["entries"])
        cm = months([e for e in g["entries"] if e["cs"] == "facing"])
        if (tm, cm) != (g["total_months"], g["cs_months"]):
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} != recount {tm}/{cm}")
    for e in warns:
        print("note", e)
    for e in errs:
        print("FAIL", e)
    n = sum(len(g["entries"]) for g in golds)
    print(f"{len(golds)} files, {n} entries: " + ("OK" if not errs else f"{len(errs)} problems"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
