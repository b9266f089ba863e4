"""Check wild142/dev: schema, labels, dates, month recount, sizes and text presence.

Exit status 0 when everything passes; every problem is printed.
"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import (AS_OF, CS, ENTRY_KEYS, ETYPES, KINDS, PRECS, SECTIONS, TOP_KEYS, gold_line,  # noqa: E402
                 ym)

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


# ---------------------------------------------------------------- text extraction

def text_pdf(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def text_docx(p):
    import docx
    doc = docx.Document(p)
    out = []

    def cell_texts(table):
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    out.append(para.text)
                for t in cell.tables:
                    cell_texts(t)

    for para in doc.paragraphs:
        out.append(para.text)
    for t in doc.tables:
        cell_texts(t)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                   s.even_page_footer):
            for para in hf.paragraphs:
                out.append(para.text)
            for t in hf.tables:
                cell_texts(t)
    return "\n".join(out)


def text_html(p):
    s = open(p, encoding="utf-8").read()
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def extract(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(p)
    if ext == "docx":
        return text_docx(p)
    if ext == "html":
        return text_html(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", "", s).casefold()


# ---------------------------------------------------------------- checks

def months(es, facing):
    s = set()
    for e in es:
        if e["start"] is None or (facing and e["cs"] != "facing"):
            continue
        y1, m1 = ym(e["start"])
        y2, m2 = ym(e["end"])
        s.update(range(y1 * 12 + m1, y2 * 12 + m2 + 1))
    return len(s)


def check_entry(f, i, e):
    w = f"{f} entry {i + 1}"
    if list(e) != ENTRY_KEYS:
        bad(w, f"keys {list(e)}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        bad(w, "empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            bad(w, f"bad {k}")
    if e["cs"] not in CS:
        bad(w, f"cs {e['cs']}")
    if e["cs"] == "facing" and e["kind"] not in KINDS:
        bad(w, f"facing needs a kind, got {e['kind']}")
    if e["cs"] != "facing" and e["kind"] is not None:
        bad(w, "kind must be null unless facing")
    if e["section"] not in SECTIONS:
        bad(w, f"section {e['section']}")
    if e["employment_type"] not in ETYPES:
        bad(w, f"employment_type {e['employment_type']}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        bad(w, "bullets must be a list of non-empty strings")
    st, en, pr = e["start"], e["end"], e["date_precision"]
    if st is None:
        if en is not None or pr is not None:
            bad(w, "undated entry must have null end and precision")
        return
    if pr not in PRECS:
        bad(w, f"precision {pr}")
    if not YM.match(st):
        bad(w, f"start {st}")
        return
    if not (en == "present" or YM.match(en or "")):
        bad(w, f"end {en}")
        return
    if ym(st) > ym(en):
        bad(w, f"start {st} after end {en}")
    if ym(en) > ym(AS_OF):
        bad(w, f"end {en} after as_of")
    if pr == "year":
        if ym(st)[1] != 1:
            bad(w, "year precision must start in January")
        if en != "present" and ym(en)[1] != 12:
            bad(w, "year precision must end in December")


def main():
    import build
    rs = build.all_resumes()
    gp = os.path.join(DEV, "gold.jsonl")
    lines = [json.loads(x) for x in open(gp, encoding="utf-8").read().splitlines() if x.strip()]
    if len(lines) != 30:
        bad("gold", f"{len(lines)} lines, expected 30")
    expect = [f"w{i:03d}" for i in range(1, 31)]
    files = sorted(x for x in os.listdir(DEV) if x != "gold.jsonl")
    if [x.split(".")[0] for x in files] != expect:
        bad("dev", f"files {files}")
    if [g["file"] for g in lines] != files:
        bad("gold", "file order differs from dev/ listing")
    # gold must equal what the definitions give now (no stale build)
    for d, g in zip(rs, lines):
        if gold_line(d) != g:
            bad(g["file"], "gold line differs from definitions; rebuild")
    total = 0
    for g in lines:
        f = g["file"]
        if list(g) != TOP_KEYS:
            bad(f, f"top-level keys {list(g)}")
            continue
        if g["as_of"] != AS_OF:
            bad(f, "as_of")
        if not isinstance(g["family"], str) or len(g["family"]) < 10:
            bad(f, "family")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            bad(f, f"{len(es)} entries")
        for i, e in enumerate(es):
            check_entry(f, i, e)
        if months(es, False) != g["total_months"]:
            bad(f, f"total_months {g['total_months']} != recount {months(es, False)}")
        if months(es, True) != g["cs_months"]:
            bad(f, f"cs_months {g['cs_months']} != recount {months(es, True)}")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            bad(f, "file missing")
            continue
        total += os.path.getsize(p)
        txt = norm(extract(p))
        for i, e in enumerate(es):
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    bad(f, f"entry {i + 1} {k} not in extracted text: {e[k]!r}")
    total += os.path.getsize(gp)
    if total >= 2 * 1024 * 1024:
        bad("dev", f"total size {total} bytes >= 2 MB")
    n = sum(len(g["entries"]) for g in lines)
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(lines)} files, {n} entries, {total} bytes")


if __name__ == "__main__":
    main()
