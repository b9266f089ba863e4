"""Check wild135/dev: gold schema and key order, allowed values, dates, month recount with
overlap merging, 3–6 entries per file, size under 2 MB, and that every gold title and
organisation occurs in the text extracted from the rendered file (case- and
whitespace-insensitive).

Run from corpora/wild135:  ../../.venv/bin/python scripts/check.py
"""
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, CS, KINDS, SECTIONS, ETYPES  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
MAX_BYTES = 2 * 1024 * 1024


# ------------------------------------------------------------------ text extraction

def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    doc = docx.Document(path)
    out = []

    def paras_tables(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for cell in row.cells:
                    paras_tables(cell)  # cells hold paragraphs and nested tables
    paras_tables(doc)
    for sec in doc.sections:
        for part in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer,
                     sec.even_page_header, sec.even_page_footer):
            paras_tables(part)
    return "\n".join(out)


class _Strip(html.parser.HTMLParser):
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

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_html(path):
    p = _Strip()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return "".join(p.parts)


def text_raw(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    return {"pdf": text_pdf, "docx": text_docx, "html": text_html, "htm": text_html}.get(
        ext, text_raw)(path)


# ------------------------------------------------------------------ month recount (independent of lib)

def _point(v, prec, is_end):
    """(year, month) of a gold date; 'present' = as_of; year precision = Jan / Dec."""
    if v == "present":
        y, m = AS_OF.split("-")
        return int(y), int(m)
    if prec == "year":
        return int(v), (12 if is_end else 1)
    y, m = v.split("-")
    return int(y), int(m)


def ym_index(v, is_end, prec):
    y, m = _point(v, prec, is_end)
    return y * 12 + (m - 1)


def recount(entries):
    """Inclusive months, overlapping ranges merged; (total, facing)."""
    def merged(ranges):
        n, cur = 0, None
        for a, b in sorted(ranges):
            if cur is None or a > cur[1] + 1:
                if cur:
                    n += cur[1] - cur[0] + 1
                cur = [a, b]
            else:
                cur[1] = max(cur[1], b)
        if cur:
            n += cur[1] - cur[0] + 1
        return n
    allr, fac = [], []
    for e in entries:
        if e["start"] is None or e["end"] is None:
            continue
        rng = (ym_index(e["start"], False, e["date_precision"]),
               ym_index(e["end"], True, e["date_precision"]))
        allr.append(rng)
        if e["cs"] == "facing":
            fac.append(rng)
    return merged(allr), merged(fac)


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------------ checks

def check_date(v, prec, what, errs, fn, i):
    """True when the date is well formed (or null)."""
    if v is None:
        return True
    if v == "present" and what == "end":
        return True
    if prec == "year":
        if not re.fullmatch(r"(19|20)\d\d", str(v)):
            errs.append(f"{fn} #{i}: {what} {v!r} not YYYY for year precision")
            return False
    elif prec == "month":
        if not re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", str(v)):
            errs.append(f"{fn} #{i}: {what} {v!r} not YYYY-MM")
            return False
    else:
        errs.append(f"{fn} #{i}: date with precision {prec!r}")
        return False
    return True


def main():
    errs = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        lines = [json.loads(x) for x in f if x.strip()]
    files = sorted(fn for fn in os.listdir(DEV) if fn != "gold.jsonl")
    if [g["file"] for g in lines] != files:
        errs.append(f"gold files {[g['file'] for g in lines]} != dev files {files}")
    if len(lines) != 30:
        errs.append(f"{len(lines)} résumés, expected 30")
    total = sum(os.path.getsize(os.path.join(DEV, fn)) for fn in os.listdir(DEV))
    if total >= MAX_BYTES:
        errs.append(f"dev/ is {total} bytes (limit {MAX_BYTES})")
    n_entries = 0
    for g in lines:
        fn = g.get("file")
        if list(g.keys()) != TOP_KEYS:
            errs.append(f"{fn}: top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            errs.append(f"{fn}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            errs.append(f"{fn}: empty family")
        ents = g["entries"]
        n_entries += len(ents)
        if not 3 <= len(ents) <= 6:
            errs.append(f"{fn}: {len(ents)} entries (need 3–6)")
        path = os.path.join(DEV, fn)
        text = norm(extract(path)) if os.path.exists(path) else ""
        dates_ok = True
        for i, e in enumerate(ents, 1):
            if list(e.keys()) != ENTRY_KEYS:
                errs.append(f"{fn} #{i}: keys {list(e.keys())}")
                dates_ok = False
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                errs.append(f"{fn} #{i}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    errs.append(f"{fn} #{i}: {k} must be null or non-empty text")
            if e["cs"] not in CS:
                errs.append(f"{fn} #{i}: cs {e['cs']!r}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{fn} #{i}: facing with kind {e['kind']!r}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{fn} #{i}: kind set on {e['cs']}")
            if e["section"] not in SECTIONS:
                errs.append(f"{fn} #{i}: section {e['section']!r}")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{fn} #{i}: employment_type {e['employment_type']!r}")
            if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
                errs.append(f"{fn} #{i}: volunteer section but {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{fn} #{i}: bullets must be a list of strings")
            prec = e["date_precision"]
            if prec not in ("month", "year", None):
                errs.append(f"{fn} #{i}: date_precision {prec!r}")
            if (e["start"] is None) != (e["end"] is None) or (e["start"] is None) != (prec is None):
                errs.append(f"{fn} #{i}: start/end/precision must all be null or all set")
            ok_s = check_date(e["start"], prec, "start", errs, fn, i)
            ok_e = check_date(e["end"], prec, "end", errs, fn, i)
            if not (ok_s and ok_e):
                dates_ok = False
            elif e["start"] is not None and e["end"] is not None:
                a = ym_index(e["start"], False, prec)
                b = ym_index(e["end"], True, prec)
                if a > b:
                    errs.append(f"{fn} #{i}: start after end")
                if b > ym_index("present", True, prec):
                    errs.append(f"{fn} #{i}: ends after as_of")
            # printed text
            if norm(e["title"]) not in text:
                errs.append(f"{fn} #{i}: title {e['title']!r} not in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                errs.append(f"{fn} #{i}: organization {e['organization']!r} not in extracted text")
            if e["location"] and norm(e["location"]) not in text:
                errs.append(f"{fn} #{i}: location {e['location']!r} not in extracted text")
        if not dates_ok:
            continue
        tot, cs = recount(ents)
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            errs.append(f"{fn}: months {g['total_months']}/{g['cs_months']} but recount {tot}/{cs}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} files, {n_entries} entries, {total} bytes: "
          f"{'OK' if not errs else str(len(errs)) + ' problem(s)'}")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
