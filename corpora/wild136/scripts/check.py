"""Check wild136/dev: schema, labels, dates, month counts, sizes and that every gold title and
organisation can be found in the text extracted from its file.

Usage (from corpora/wild136):  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import (AS_OF, CS, ENTRY_KEYS, ETYPES, GOLD_KEYS, KINDS, PRECISION, SECTIONS,  # noqa
                 gold_line, merged_months, norm)

DEV = os.path.join(os.path.dirname(HERE), "dev")
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_tables(tables, out):
    for t in tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
                _docx_tables(cell.tables, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    _docx_tables(d.tables, out)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            _docx_tables(hf.tables, out)
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def idx(ym):
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    gold = [json.loads(x) for x in lines]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in gold] != files:
        err(f"gold files {[g['file'] for g in gold]} != dev files {files}")
    if len(gold) != 30:
        err(f"expected 30 résumés, found {len(gold)}")

    # gold.jsonl must be exactly what the definitions produce
    import defs_a
    import defs_b
    fresh = [gold_line(r) for r in defs_a.RESUMES + defs_b.RESUMES]
    if fresh != gold:
        err("gold.jsonl differs from the definitions: run scripts/build.py")

    n_entries = 0
    for g in gold:
        f = g["file"]
        if list(g.keys()) != GOLD_KEYS:
            err(f"{f}: key order {list(g.keys())}")
        if g["as_of"] != AS_OF:
            err(f"{f}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"].strip():
            err(f"{f}: empty family")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{f}: {len(ents)} entries (want 3–6)")
        n_entries += len(ents)
        for i, e in enumerate(ents):
            w = f"{f} entry {i} ({e.get('title')})"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{w}: key order {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{w}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f"{w}: bad {k}")
            if e["cs"] not in CS:
                err(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{w}: facing entry needs a kind, got {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{w}: kind must be null when not facing")
            if e["section"] not in SECTIONS:
                err(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip()
                                                              for b in e["bullets"]):
                err(f"{w}: bullets must be a list of non-empty strings")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(f"{w}: undated entry must have null end/precision")
                continue
            if p not in PRECISION:
                err(f"{w}: precision {p}")
            if not YM.match(s):
                err(f"{w}: start {s}")
                continue
            if en != "present" and not YM.match(en or ""):
                err(f"{w}: end {en}")
                continue
            end = AS_OF if en == "present" else en
            if idx(s) > idx(end):
                err(f"{w}: start after end")
            if idx(end) > idx(AS_OF):
                err(f"{w}: end after as_of")
            if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                err(f"{w}: year precision must run Jan..Dec")
        dated = [e for e in ents if e["start"]]
        tot = merged_months([(e["start"], e["end"]) for e in dated])
        cs = merged_months([(e["start"], e["end"]) for e in dated if e["cs"] == "facing"])
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            err(f"{f}: months {g['total_months']}/{g['cs_months']} but recount {tot}/{cs}")

        path = os.path.join(DEV, f)
        text = norm(extract(path))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    err(f"{f}: {k} {e[k]!r} not found in extracted text")

    size = sum(os.path.getsize(os.path.join(DEV, x)) for x in os.listdir(DEV))
    if size >= 2 * 1024 * 1024:
        err(f"dev/ is {size} bytes (limit 2 MB)")

    for e in errors:
        print("ERROR", e)
    print(f"{len(gold)} files, {n_entries} entries, {size / 1024:.0f} KB; "
          f"{'OK' if not errors else str(len(errors)) + ' errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
