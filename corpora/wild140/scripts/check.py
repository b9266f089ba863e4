"""Check wild140/dev against its gold file.

Run from corpora/wild140:  ../../.venv/bin/python scripts/check.py
Checks schema and key order, allowed values, date formats and order, months recount (inclusive months,
overlaps merged, year-only = Jan..Dec, present = as_of), 3-6 entries per file, total size < 2 MB, that every
gold title and organisation occurs in the text extracted from the file (case- and whitespace-insensitive),
and that a second build into a temporary folder is byte-identical.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import lib  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def _docx_text(path):
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


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return _docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        p = _Strip()
        p.feed(raw)
        return "".join(p.parts)
    return raw


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


def main():
    errs, warns = [], []
    gold = [json.loads(x) for x in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") if x.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in gold] != files:
        errs.append(f"gold files {[g['file'] for g in gold]} != dev files {files}")
    size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if size >= 2 * 1024 * 1024:
        errs.append(f"total size {size} >= 2 MB")
    n_ent = 0
    for g in gold:
        f = g["file"]
        if list(g.keys()) != lib.GOLD_KEYS:
            errs.append(f"{f}: top-level keys {list(g.keys())}")
        if g["as_of"] != lib.AS_OF:
            errs.append(f"{f}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            errs.append(f"{f}: family")
        ents = g["entries"]
        n_ent += len(ents)
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        text = norm(extract(path)) if os.path.exists(path) else ""
        for i, e in enumerate(ents):
            tag = f"{f}#{i} {e.get('title')!r}"
            if list(e.keys()) != lib.ENTRY_KEYS:
                errs.append(f"{tag}: entry keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                errs.append(f"{tag}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    errs.append(f"{tag}: bad {k}")
            if e["section"] not in lib.SECTIONS:
                errs.append(f"{tag}: section {e['section']}")
            if e["employment_type"] not in lib.ETYPES:
                errs.append(f"{tag}: employment_type {e['employment_type']}")
            if e["cs"] not in lib.CS:
                errs.append(f"{tag}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in lib.KINDS:
                errs.append(f"{tag}: facing without valid kind ({e['kind']})")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{tag}: kind on non-facing entry")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{tag}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errs.append(f"{tag}: undated entry with end/precision")
            else:
                if p not in ("month", "year"):
                    errs.append(f"{tag}: precision {p}")
                if not YM.match(s):
                    errs.append(f"{tag}: start {s}")
                if en != "present" and not YM.match(str(en)):
                    errs.append(f"{tag}: end {en}")
                elif lib.ym_index(s) > lib.ym_index(en):
                    errs.append(f"{tag}: start after end")
                elif lib.ym_index(en) > lib.ym_index(lib.AS_OF):
                    errs.append(f"{tag}: end after as_of")
                if p == "year" and (not s.endswith("-01") or (en != "present" and not en.endswith("-12"))):
                    errs.append(f"{tag}: year precision must run Jan..Dec")
            if norm(e["title"]) not in text:
                errs.append(f"{tag}: title not in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                errs.append(f"{tag}: organization {e['organization']!r} not in extracted text")
            for b in e["bullets"]:
                if norm(b) not in text:
                    warns.append(f"{tag}: bullet not found verbatim: {b[:60]!r}")
        if lib.merged_months(ents) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {lib.merged_months(ents)}")
        cs = lib.merged_months([e for e in ents if e["cs"] == "facing"])
        if cs != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {cs}")
    # reproducibility: a second build into a temp folder must be byte-identical
    if "--no-repro" not in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, WILD140_OUT=tmp)
            subprocess.run([sys.executable, os.path.join(HERE, "build.py")], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            for f in files + ["gold.jsonl"]:
                a, b = os.path.join(DEV, f), os.path.join(tmp, f)
                if not os.path.exists(b) or sha(a) != sha(b):
                    errs.append(f"{f}: rebuild is not byte-identical")
    for w in warns:
        print("warn:", w)
    for e in errs:
        print("ERROR:", e)
    print(f"{len(gold)} files, {n_ent} entries, {size / 1024:.0f} KB; {len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
