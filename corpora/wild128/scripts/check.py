"""Check wild128/dev against its gold and conventions.

Run from the corpus folder:  ../../.venv/bin/python scripts/check.py
Checks: gold schema and key order, allowed values, date formats and order, month recount
(inclusive months, overlaps merged, year-only = Jan..Dec, present = as_of), 3–6 entries per file,
total size under 2 MB, every gold title and organisation present in the extracted text
(case- and whitespace-insensitive), and a byte-for-byte rebuild into a temporary folder.
"""
import hashlib
import html
import json
import os
import re
import sys
import tempfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import AS_OF, CS, KINDS, SECTIONS, ETYPES, PRECISIONS, count_months, ym_index  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_BYTES = 2 * 1024 * 1024

errors = []
warnings = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text extraction

def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        parts.append(p.text)
                    tables(cell.tables)

    for p in d.paragraphs:
        parts.append(p.text)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            if hf.is_linked_to_previous:
                continue
            for p in hf.paragraphs:
                parts.append(p.text)
            tables(hf.tables)
    return "\n".join(parts)


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


def text_html(path):
    p = _Strip()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return html.unescape("".join(p.out))


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", "", s).lower()


# ------------------------------------------------------------------ checks

def check_entry(fn, i, e):
    where = f"{fn} entry {i}"
    if list(e.keys()) != ENTRY_KEYS:
        err(f"{where}: key order {list(e.keys())}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        err(f"{where}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            err(f"{where}: bad {k}")
    if e["cs"] not in CS:
        err(f"{where}: cs {e['cs']}")
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            err(f"{where}: facing without a valid kind ({e['kind']})")
    elif e["kind"] is not None:
        err(f"{where}: kind set on a {e['cs']} entry")
    if e["section"] not in SECTIONS:
        err(f"{where}: section {e['section']}")
    if e["employment_type"] not in ETYPES:
        err(f"{where}: employment_type {e['employment_type']}")
    if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
        err(f"{where}: volunteer section with employment_type {e['employment_type']}")
    if e["kind"] == "volunteering" and e["employment_type"] != "volunteer":
        err(f"{where}: kind volunteering on a non-volunteer entry")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        err(f"{where}: bullets must be a list of non-empty strings")
    s, t, p = e["start"], e["end"], e["date_precision"]
    if s is None or t is None or p is None:
        if not (s is None and t is None and p is None):
            err(f"{where}: partial dates {s} {t} {p}")
        return
    if p not in PRECISIONS:
        err(f"{where}: precision {p}")
    if not YM.match(s):
        err(f"{where}: start format {s}")
        return
    if t != "present" and not YM.match(t):
        err(f"{where}: end format {t}")
        return
    if p == "year":
        if not s.endswith("-01") or not (t == "present" or t.endswith("-12")):
            err(f"{where}: year precision must run Jan..Dec ({s}..{t})")
    if ym_index(s) > ym_index(t):
        err(f"{where}: start after end ({s} > {t})")
    if ym_index(t) > ym_index(AS_OF) or ym_index(s) > ym_index(AS_OF):
        err(f"{where}: date after as_of")


def main(rebuild=True):
    with open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    files = sorted(x for x in os.listdir(DEV) if x != "gold.jsonl")
    if [g["file"] for g in gold] != files:
        err(f"gold files {[g['file'] for g in gold]} != dev files {files}")
    if len(gold) != 30:
        err(f"expected 30 résumés, found {len(gold)}")
    total = sum(os.path.getsize(os.path.join(DEV, x)) for x in os.listdir(DEV))
    if total >= MAX_BYTES:
        err(f"dev is {total} bytes (limit {MAX_BYTES})")
    n_ent = 0
    for g in gold:
        fn = g.get("file")
        if list(g.keys()) != TOP_KEYS:
            err(f"{fn}: top-level key order {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err(f"{fn}: as_of {g['as_of']}")
        if not g["family"].strip():
            err(f"{fn}: empty family")
        ents = g["entries"]
        n_ent += len(ents)
        if not 3 <= len(ents) <= 6:
            err(f"{fn}: {len(ents)} entries (need 3–6)")
        for i, e in enumerate(ents):
            check_entry(fn, i, e)
        tm, cm = count_months(ents)
        if (tm, cm) != (g["total_months"], g["cs_months"]):
            err(f"{fn}: months {g['total_months']}/{g['cs_months']} but recount gives {tm}/{cm}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            continue
        text = norm(extract(path))
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                v = e[k]
                if v is not None and norm(v) not in text:
                    err(f"{fn} entry {i}: {k} '{v}' not found in extracted text")
            if e["location"] is not None and norm(e["location"]) not in text:
                warnings.append(f"{fn} entry {i}: location '{e['location']}' not found")
            for b in e["bullets"]:
                if norm(b) not in text:
                    warnings.append(f"{fn} entry {i}: bullet not contiguous in text: {b[:50]}...")
    if rebuild:
        import build
        from render import render
        with tempfile.TemporaryDirectory() as td:
            for R in build.all_resumes():
                p = os.path.join(td, R["file"])
                render(R, p)
                a = hashlib.sha256(open(p, "rb").read()).hexdigest()
                b = hashlib.sha256(open(os.path.join(DEV, R["file"]), "rb").read()).hexdigest()
                if a != b:
                    err(f"{R['file']}: rebuild is not byte-identical")
            lines = [json.dumps(build.gold_line(R), ensure_ascii=False) for R in build.all_resumes()]
            with open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") as f:
                if f.read() != "\n".join(lines) + "\n":
                    err("gold.jsonl differs from the definitions")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold)} files, {n_ent} entries, {total} bytes; {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("--no-rebuild" not in sys.argv))
