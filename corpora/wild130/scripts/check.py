"""Check wild130/dev: schema, labels, dates, month counts, sizes and that every gold title and
organisation occurs in the text extracted from the rendered file.

Usage: ../../.venv/bin/python scripts/check.py [--repro]
  --repro  also rebuild into a temporary folder and compare the files byte for byte.
"""
import glob
import hashlib
import html
import json
import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
errors = []


def err(msg):
    errors.append(msg)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def cells(tables):
            for t in tables:
                seen = {}
                for row in t.rows:
                    for c in row.cells:
                        if id(c._tc) in seen:
                            continue
                        seen[id(c._tc)] = c._tc
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)

        parts.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def check_entry(fn, i, e):
    where = f"{fn} entry {i}"
    if list(e.keys()) != ENTRY_KEYS:
        err(f"{where}: key order {list(e.keys())}")
    if not isinstance(e["title"], str) or not e["title"].strip():
        err(f"{where}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            err(f"{where}: bad {k}")
    if e["section"] not in lib.SECTIONS:
        err(f"{where}: section {e['section']}")
    if e["employment_type"] not in lib.ETYPES:
        err(f"{where}: employment_type {e['employment_type']}")
    if e["cs"] not in lib.CS_VALUES:
        err(f"{where}: cs {e['cs']}")
    if e["cs"] == "facing":
        if e["kind"] not in lib.KINDS:
            err(f"{where}: facing entry with kind {e['kind']}")
    elif e["kind"] is not None:
        err(f"{where}: kind set on a {e['cs']} entry")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        err(f"{where}: bullets must be a list of non-empty strings")
    s, en, p = e["start"], e["end"], e["date_precision"]
    if s is None:
        if en is not None or p is not None:
            err(f"{where}: undated entry with end/precision")
        return
    if p not in ("month", "year"):
        err(f"{where}: precision {p}")
    if not YM.match(s) or not (en == "present" or YM.match(en)):
        err(f"{where}: date format {s} / {en}")
        return
    if lib.month_index(s) > lib.month_index(en):
        err(f"{where}: start after end")
    if lib.month_index(en) > lib.month_index(lib.AS_OF) or lib.month_index(s) > lib.month_index(lib.AS_OF):
        err(f"{where}: date after as_of")
    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
        err(f"{where}: year precision must run Jan..Dec")


def main():
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(DEV, "w*")))
    if [g["file"] for g in gold] != files:
        err(f"gold files {[g['file'] for g in gold]} != dev files {files}")
    expected = [f"w{i:03d}" for i in range(1, 31)]
    if [f.split(".")[0] for f in files] != expected:
        err("dev must hold exactly w001..w030")
    import build
    defs = {r["file"]: r for r in build.resumes()}
    total_size = 0
    for g in gold:
        fn = g["file"]
        if list(g.keys()) != TOP_KEYS:
            err(f"{fn}: top-level key order {list(g.keys())}")
        if g["as_of"] != lib.AS_OF:
            err(f"{fn}: as_of")
        if json.dumps(lib.gold_line(defs[fn]), ensure_ascii=False) != json.dumps(g, ensure_ascii=False):
            err(f"{fn}: gold line differs from the definitions (rebuild)")
        n = len(g["entries"])
        if not 3 <= n <= 6:
            err(f"{fn}: {n} entries")
        for i, e in enumerate(g["entries"]):
            check_entry(fn, i, e)
        if lib.months(g["entries"]) != g["total_months"]:
            err(f"{fn}: total_months {g['total_months']} != {lib.months(g['entries'])}")
        if lib.months(g["entries"], "facing") != g["cs_months"]:
            err(f"{fn}: cs_months {g['cs_months']} != {lib.months(g['entries'], 'facing')}")
        path = os.path.join(DEV, fn)
        total_size += os.path.getsize(path)
        text = norm(extract(path))
        for i, e in enumerate(g["entries"]):
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    err(f"{fn} entry {i}: {k} {e[k]!r} not found in extracted text")
    total_size += os.path.getsize(os.path.join(DEV, "gold.jsonl"))
    if total_size >= 2 * 1024 * 1024:
        err(f"dev is {total_size} bytes (limit 2 MB)")
    if "--repro" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            build.main(tmp)
            for fn in files + ["gold.jsonl"]:
                a = hashlib.sha256(open(os.path.join(DEV, fn), "rb").read()).hexdigest()
                b = hashlib.sha256(open(os.path.join(tmp, fn), "rb").read()).hexdigest()
                if a != b:
                    err(f"{fn}: rebuild is not byte-identical")
    ents = [e for g in gold for e in g["entries"]]
    print(f"{len(gold)} files, {len(ents)} entries, {total_size} bytes")
    if errors:
        print(f"{len(errors)} problem(s):")
        for m in errors:
            print("  -", m)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
