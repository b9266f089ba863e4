"""Check wild138/dev: gold schema and values, months recount, entry counts, size, and that every gold
title and organisation occurs in the text extracted from the rendered file.

Usage: ../../.venv/bin/python scripts/check.py   (from corpora/wild138)
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
YEAR_RE = re.compile(r"^\d{4}$")


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def docx_text(path):
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
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            parts.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(parts)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if ext == "html":
        p = _Strip()
        p.feed(raw)
        return html.unescape("".join(p.out))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def idx(ym, end=False):
    return lib.ym_index(ym, end)


def main():
    errs = []
    gold_path = os.path.join(lib.DEV, "gold.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        golds = [json.loads(l) for l in f if l.strip()]
    files = sorted(x for x in os.listdir(lib.DEV) if x != "gold.jsonl")
    expect = [f"w{i:03d}" for i in range(1, 31)]
    if [g["file"].split(".")[0] for g in golds] != expect:
        errs.append("gold files are not w001..w030 in order")
    if sorted(g["file"] for g in golds) != files:
        errs.append(f"dev files and gold lines differ: {set(files) ^ set(g['file'] for g in golds)}")
    total_size = sum(os.path.getsize(os.path.join(lib.DEV, x)) for x in os.listdir(lib.DEV))
    if total_size >= 2 * 1024 * 1024:
        errs.append(f"dev size {total_size} >= 2 MB")
    n_ent = 0
    for g in golds:
        fn = g["file"]
        if list(g.keys()) != TOP_KEYS:
            errs.append(f"{fn}: top keys {list(g.keys())}")
        if g["as_of"] != "2026-11":
            errs.append(f"{fn}: as_of")
        if not isinstance(g["family"], str) or not g["family"]:
            errs.append(f"{fn}: family")
        ents = g["entries"]
        n_ent += len(ents)
        if not 3 <= len(ents) <= 6:
            errs.append(f"{fn}: {len(ents)} entries")
        for i, e in enumerate(ents):
            w = f"{fn}#{i} {e.get('title')!r}"
            if list(e.keys()) != ENTRY_KEYS:
                errs.append(f"{w}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                errs.append(f"{w}: title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    errs.append(f"{w}: {k}")
            if e["cs"] not in lib.CS:
                errs.append(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in lib.KINDS:
                errs.append(f"{w}: facing needs kind, got {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind must be null unless facing")
            if e["section"] not in lib.SECTIONS:
                errs.append(f"{w}: section {e['section']}")
            if e["employment_type"] not in lib.ETYPES:
                errs.append(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            p, s, en = e["date_precision"], e["start"], e["end"]
            if p is None:
                if s is not None or en is not None:
                    errs.append(f"{w}: undated entry with dates")
                continue
            rx = MONTH_RE if p == "month" else YEAR_RE if p == "year" else None
            if rx is None:
                errs.append(f"{w}: date_precision {p}")
                continue
            if not (isinstance(s, str) and rx.match(s)):
                errs.append(f"{w}: start {s!r} for precision {p}")
                continue
            if not (en == "present" or (isinstance(en, str) and rx.match(en))):
                errs.append(f"{w}: end {en!r} for precision {p}")
                continue
            if idx(s) > idx(en, True):
                errs.append(f"{w}: start after end")
            if idx(en, True) > idx("2026-11") or idx(s) > idx("2026-11"):
                errs.append(f"{w}: date after as_of")
        # months recount (independent of lib.merged_months)
        def count(es):
            months = set()
            for e in es:
                if e["start"] is None:
                    continue
                months.update(range(idx(e["start"]), min(idx(e["end"], True), idx("2026-11")) + 1))
            return len(months)
        if count(ents) != g["total_months"]:
            errs.append(f"{fn}: total_months {g['total_months']} != {count(ents)}")
        if count([e for e in ents if e["cs"] == "facing"]) != g["cs_months"]:
            errs.append(f"{fn}: cs_months {g['cs_months']}")
        # text presence
        path = os.path.join(lib.DEV, fn)
        if not os.path.exists(path):
            errs.append(f"{fn}: missing file")
            continue
        txt = norm(extract(path))
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    errs.append(f"{fn}#{i}: {k} {e[k]!r} not found in extracted text")
    print(f"{len(golds)} gold lines, {n_ent} entries, dev size {total_size:,} bytes")
    if errs:
        print("\n".join("FAIL " + e for e in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
