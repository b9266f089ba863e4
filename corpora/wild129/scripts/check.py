"""Check wild129/dev: schema, labels, dates, month recount, entry counts, size, text presence.

Usage (from corpora/wild129):  ../../.venv/bin/python scripts/check.py [--repro]
--repro also rebuilds into a temporary folder and compares every file byte for byte.
"""
import html
import json
import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DEV = os.path.normpath(os.path.join(HERE, "..", "dev"))

import lib  # noqa: E402

TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    doc = Document(path)
    out = []

    def paras_and_tables(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for cell in row.cells:
                    paras_and_tables(cell)

    paras_and_tables(doc)
    for sec in doc.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer,
                   sec.even_page_header, sec.even_page_footer):
            if hf is not None and not hf.is_linked_to_previous:
                paras_and_tables(hf)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if ext in ("html", "htm"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gold_files = []
    total_size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if total_size >= 2 * 1024 * 1024:
        errs.append(f"dev is {total_size} bytes, not under 2 MB")
    n_entries = 0
    for i, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        gold_files.append(f)
        where = f"line {i} ({f})"
        if list(g.keys()) != TOP_KEYS:
            errs.append(f"{where}: top-level keys {list(g.keys())}")
            continue
        if f != f"w{i:03d}" + f[4:]:
            errs.append(f"{where}: file not in order")
        if g["as_of"] != lib.AS_OF:
            errs.append(f"{where}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            errs.append(f"{where}: family missing")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{where}: {len(ents)} entries")
        n_entries += len(ents)
        for j, e in enumerate(ents, 1):
            w = f"{where} entry {j}"
            if list(e.keys()) != ENTRY_KEYS:
                errs.append(f"{w}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                errs.append(f"{w}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    errs.append(f"{w}: bad {k}")
            if e["section"] not in lib.SECTIONS:
                errs.append(f"{w}: section {e['section']}")
            if e["employment_type"] not in lib.ETYPES:
                errs.append(f"{w}: employment_type {e['employment_type']}")
            if e["cs"] not in lib.CS:
                errs.append(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in lib.KINDS:
                errs.append(f"{w}: facing without a valid kind ({e['kind']})")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind on a non-facing entry")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                errs.append(f"{w}: bullets must be a list of non-empty strings")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None:
                if en is not None or pr is not None:
                    errs.append(f"{w}: undated entry with end/precision")
            else:
                if pr not in ("month", "year"):
                    errs.append(f"{w}: precision {pr}")
                if not YM.match(st) or not (en == "present" or YM.match(en or "")):
                    errs.append(f"{w}: date format {st}..{en}")
                elif lib.mindex(st) > lib.mindex(en):
                    errs.append(f"{w}: start after end {st}..{en}")
                elif en != "present" and lib.mindex(en) > lib.mindex(lib.AS_OF):
                    errs.append(f"{w}: end after as_of")
                elif lib.mindex(st) > lib.mindex(lib.AS_OF):
                    errs.append(f"{w}: start after as_of")
                if pr == "year" and (st[5:] != "01" or (en != "present" and en[5:] != "12")):
                    errs.append(f"{w}: year precision must run Jan..Dec ({st}..{en})")
        # independent month recount with overlap merging
        months_all, months_cs = set(), set()
        for e in ents:
            if e["start"] is None:
                continue
            a = int(e["start"][:4]) * 12 + int(e["start"][5:7])
            end = lib.AS_OF if e["end"] == "present" else e["end"]
            b = int(end[:4]) * 12 + int(end[5:7])
            rng = set(range(a, b + 1))
            months_all |= rng
            if e["cs"] == "facing":
                months_cs |= rng
        if len(months_all) != g["total_months"]:
            errs.append(f"{where}: total_months {g['total_months']} != recount {len(months_all)}")
        if len(months_cs) != g["cs_months"]:
            errs.append(f"{where}: cs_months {g['cs_months']} != recount {len(months_cs)}")
        # text presence
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{where}: file missing")
            continue
        text = norm(extract(path))
        for j, e in enumerate(ents, 1):
            for k in ("title", "organization", "location"):
                if e[k] and norm(e[k]) not in text:
                    errs.append(f"{where} entry {j}: {k} '{e[k]}' not found in extracted text")
    if sorted(gold_files) != files:
        errs.append(f"files on disk {files} differ from gold files {gold_files}")
    if "--repro" in sys.argv:
        import build
        with tempfile.TemporaryDirectory() as tmp:
            build.build(tmp)
            for f in files + ["gold.jsonl"]:
                if open(os.path.join(tmp, f), "rb").read() != open(os.path.join(DEV, f), "rb").read():
                    errs.append(f"{f}: rebuild differs (not byte-reproducible)")
    for e in errs:
        print("ERROR", e)
    print(f"{len(lines)} résumés, {n_entries} entries, {total_size} bytes; "
          f"{'OK' if not errs else str(len(errs)) + ' error(s)'}")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
