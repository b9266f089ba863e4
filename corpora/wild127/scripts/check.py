"""Check wild127/dev: gold schema, labels, dates, month recount, entry counts, size, that every gold
title and organisation occurs in the text extracted from its file, and byte-reproducibility."""
import hashlib
import html
import json
import os
import re
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import (AS_OF, CS_VALUES, EMP_TYPES, KEY_ORDER, KINDS, SECTIONS, TOP_ORDER,  # noqa: E402
                 count_months, month_index)

DEV = os.path.join(HERE, "..", "dev")
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = []

    def walk(container):
        # paragraphs and tables in document order, nested tables included
        for item in container.iter_inner_content():
            if isinstance(item, Table):
                for row in item.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen:
                            continue
                        seen.add(id(c._tc))
                        walk(c)
            else:
                parts.append(item.text)

    from docx.table import Table
    for s in d.sections:
        for hf in (s.header, s.first_page_header):
            walk(hf)
    walk(d)
    for s in d.sections:
        for hf in (s.footer, s.first_page_footer):
            walk(hf)
    return "\n".join(parts)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------------ checks
def check_entry(f, i, e):
    where = f"{f} entry {i}"
    if tuple(e.keys()) != KEY_ORDER:
        err(f"{where}: key order {tuple(e.keys())}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        err(f"{where}: empty title")
    if e["organization"] is not None and not (isinstance(e["organization"], str) and e["organization"].strip()):
        err(f"{where}: bad organization")
    if e["location"] is not None and not isinstance(e["location"], str):
        err(f"{where}: bad location")
    if e["cs"] not in CS_VALUES:
        err(f"{where}: cs {e['cs']}")
    if e["cs"] == "facing" and e["kind"] not in KINDS:
        err(f"{where}: facing without valid kind ({e['kind']})")
    if e["cs"] != "facing" and e["kind"] is not None:
        err(f"{where}: kind set on {e['cs']}")
    if e["section"] not in SECTIONS:
        err(f"{where}: section {e['section']}")
    if e["employment_type"] not in EMP_TYPES:
        err(f"{where}: employment_type {e['employment_type']}")
    if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
        err(f"{where}: volunteer section but employment_type {e['employment_type']}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        err(f"{where}: bullets")
    s, en, p = e["start"], e["end"], e["date_precision"]
    if s is None:
        if en is not None or p is not None:
            err(f"{where}: undated entry with end/precision")
        return
    if not YM.match(s):
        err(f"{where}: start {s}")
        return
    if not (en == "present" or YM.match(en or "")):
        err(f"{where}: end {en}")
        return
    if p not in ("month", "year"):
        err(f"{where}: precision {p}")
    if p == "year":
        if not s.endswith("-01"):
            err(f"{where}: year precision start {s} not January")
        if en != "present" and not en.endswith("-12"):
            err(f"{where}: year precision end {en} not December")
    if month_index(s) > month_index(en):
        err(f"{where}: start after end")
    if month_index(s) > month_index(AS_OF) or (en != "present" and month_index(en) > month_index(AS_OF)):
        err(f"{where}: date after as_of")


def main():
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in lines] != files:
        err(f"gold files {[g['file'] for g in lines]} != dev files {files}")
    if len(files) != 30:
        err(f"expected 30 résumés, found {len(files)}")
    size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if size >= 2 * 1024 * 1024:
        err(f"total size {size} >= 2 MB")
    n_ent = 0
    for g in lines:
        f = g.get("file")
        if tuple(g.keys()) != TOP_ORDER:
            err(f"{f}: top-level key order {tuple(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err(f"{f}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f"{f}: family")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{f}: {len(ents)} entries")
        for i, e in enumerate(ents):
            check_entry(f, i, e)
        n_ent += len(ents)
        tot = count_months([(e["start"], e["end"]) for e in ents if e["start"]])
        cs = count_months([(e["start"], e["end"]) for e in ents if e["start"] and e["cs"] == "facing"])
        if tot != g["total_months"]:
            err(f"{f}: total_months {g['total_months']} != recount {tot}")
        if cs != g["cs_months"]:
            err(f"{f}: cs_months {g['cs_months']} != recount {cs}")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err(f"{f}: missing")
            continue
        txt = norm(extract(path))
        for i, e in enumerate(ents):
            for key in ("title", "organization"):
                v = e[key]
                if v and norm(v) not in txt:
                    err(f"{f} entry {i}: {key} {v!r} not found in extracted text")
    # byte-reproducibility: rebuild into a temp dir and compare
    import build
    from render import render
    with tempfile.TemporaryDirectory() as tmp:
        for r in build.all_resumes():
            render(r, tmp)
            a = hashlib.sha256(open(os.path.join(tmp, r["file"]), "rb").read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(DEV, r["file"]), "rb").read()).hexdigest()
            if a != b:
                err(f"{r['file']}: rebuild differs (not byte-reproducible or stale build)")
    for f in files:
        if f.endswith(".docx"):
            for zi in zipfile.ZipFile(os.path.join(DEV, f)).infolist():
                if zi.date_time != (2026, 10, 14, 9, 30, 0):
                    err(f"{f}: zip entry {zi.filename} timestamp {zi.date_time}")
                    break
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} files, {n_ent} entries, {size} bytes; {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
