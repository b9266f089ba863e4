"""Check wild22/dev: schema, labels, dates, month recount, sizes and that titles/organisations occur in the files.

Run from corpora/wild22:  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, ETYPES, KINDS, SECTIONS, months, ym  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
              "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
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
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            out.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<style.*?</style>", " ", raw)
    raw = re.sub(r"(?is)<title.*?</title>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_of(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = [ln for ln in open(gold_path, encoding="utf-8").read().split("\n") if ln.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = []
    for i, ln in enumerate(lines, 1):
        try:
            golds.append(json.loads(ln))
        except json.JSONDecodeError as ex:
            errors.append(f"gold line {i}: bad JSON ({ex})")
    gold_files = [g.get("file") for g in golds]
    if gold_files != files:
        errors.append(f"gold files {gold_files} do not match dev files {files} in order")
    n_entries = 0
    for g in golds:
        f = g.get("file", "?")

        def err(msg):
            errors.append(f"{f}: {msg}")

        if list(g.keys()) != TOP_KEYS:
            err(f"top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err(f"as_of {g['as_of']}")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("file missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file is 2 MB or more")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries (want 3-6)")
        n_entries += len(ents)
        try:
            text = norm(text_of(path))
        except Exception as ex:  # noqa: BLE001
            err(f"text extraction failed: {ex}")
            text = ""
        for j, e in enumerate(ents):
            where = f"entry {j} ({e.get('title')!r})"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{where}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{where}: empty title")
            if e["organization"] is not None and not isinstance(e["organization"], str):
                err(f"{where}: organization type")
            if e["location"] is not None and not isinstance(e["location"], str):
                err(f"{where}: location type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{where}: bullets must be a list of strings")
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{where}: cs {e['cs']!r}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{where}: facing entry needs a kind from the policy, got {e['kind']!r}")
            elif e["kind"] is not None:
                err(f"{where}: kind set on a {e['cs']} entry")
            if e["section"] not in SECTIONS:
                err(f"{where}: section {e['section']!r}")
            if e["employment_type"] not in ETYPES:
                err(f"{where}: employment_type {e['employment_type']!r}")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f"{where}: undated entries need null start, end and precision")
            else:
                if not YM.match(s):
                    err(f"{where}: start {s!r}")
                if en != "present" and not YM.match(en):
                    err(f"{where}: end {en!r}")
                if p not in ("month", "year"):
                    err(f"{where}: date_precision {p!r}")
                if YM.match(s) and (en == "present" or YM.match(en)):
                    if ym(s) > ym(en):
                        err(f"{where}: start after end")
                    if ym(s) > ym(AS_OF) or (en != "present" and ym(en) > ym(AS_OF)):
                        err(f"{where}: date after {AS_OF}")
                    if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                        err(f"{where}: year precision must run January..December")
            for key in ("title", "organization"):
                v = e[key]
                if v and norm(v) not in text:
                    err(f"{where}: {key} {v!r} not found in the extracted text")
        try:
            tm = months(ents)
            cm = months(ents, lambda e: e["cs"] == "facing")
            if tm != g["total_months"]:
                err(f"total_months {g['total_months']} != recount {tm}")
            if cm != g["cs_months"]:
                err(f"cs_months {g['cs_months']} != recount {cm}")
        except Exception as ex:  # noqa: BLE001
            err(f"month recount failed: {ex}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {n_entries} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
