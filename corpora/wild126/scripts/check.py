"""Check wild126/dev: schema, labels, dates, month recounts, sizes, and that every
gold title and organisation occurs in the text extracted from the file.

Run from corpora/wild126:  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, CS, KINDS, SECTIONS, ETYPES, count_months  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    from docx import Document
    doc = Document(path)
    out = []

    def walk(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for cell in row.cells:
                    walk(cell)

    walk(doc)
    for sec in doc.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer,
                   sec.even_page_header, sec.even_page_footer):
            try:
                walk(hf)
            except Exception:
                pass
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


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
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in lines] != files:
        errors.append(f"gold files {[g['file'] for g in lines]} != dev files {files}")
    if len(lines) != 30:
        errors.append(f"expected 30 résumés, got {len(lines)}")
    total = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if total >= 2 * 1024 * 1024:
        errors.append(f"dev size {total} >= 2 MB")
    n_ent = 0
    for g in lines:
        f = g.get("file")
        err = lambda m: errors.append(f"{f}: {m}")  # noqa: E731
        if list(g.keys()) != TOP:
            err(f"top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err("as_of")
        if not isinstance(g["family"], str) or not g["family"]:
            err("family")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        n_ent += len(ents)
        text = norm(extract(os.path.join(DEV, f)))
        for i, e in enumerate(ents):
            tag = f"entry {i} ({e.get('title')})"
            if list(e.keys()) != ENT:
                err(f"{tag}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{tag}: title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f"{tag}: {k}")
            if e["cs"] not in CS:
                err(f"{tag}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{tag}: kind {e['kind']}")
            elif e["kind"] is not None:
                err(f"{tag}: kind must be null when not facing")
            if e["section"] not in SECTIONS:
                err(f"{tag}: section")
            if e["employment_type"] not in ETYPES:
                err(f"{tag}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{tag}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(f"{tag}: undated entry must have null end/precision")
            else:
                if p not in ("month", "year"):
                    err(f"{tag}: precision {p}")
                if not YM.match(s):
                    err(f"{tag}: start {s}")
                if en != "present" and not (isinstance(en, str) and YM.match(en)):
                    err(f"{tag}: end {en}")
                elif en != "present" and en < s:
                    err(f"{tag}: end before start")
                if (en if en != "present" else AS_OF) > AS_OF or s > AS_OF:
                    err(f"{tag}: date after as_of")
                if p == "year" and (not s.endswith("-01") or (en != "present" and not en.endswith("-12"))):
                    err(f"{tag}: year precision must run Jan..Dec")
            if norm(e["title"]) not in text:
                err(f"{tag}: title not in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                err(f"{tag}: organization '{e['organization']}' not in extracted text")
        if g["total_months"] != count_months(ents):
            err(f"total_months {g['total_months']} != {count_months(ents)}")
        if g["cs_months"] != count_months(ents, only_facing=True):
            err(f"cs_months {g['cs_months']} != {count_months(ents, True)}")
        if g["cs_months"] > g["total_months"]:
            err("cs_months > total_months")
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} résumés, {n_ent} entries, {total} bytes: "
          + ("OK" if not errors else f"{len(errors)} error(s)"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
