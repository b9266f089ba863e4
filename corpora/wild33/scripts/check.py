"""Check wild33/dev/gold.jsonl against the files. Prints every error and a count; exit 1 on errors.

Run from corpora/wild33:  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, CS, ETYPES, KEYS, KINDS, SECTIONS, count_months, ym_index  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ("file", "family", "as_of", "entries", "total_months", "cs_months")
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_BYTES = 2 * 1024 * 1024


def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_table_text(table, out):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                out.append(p.text)
            for t in cell.tables:
                _docx_table_text(t, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        _docx_table_text(t, out)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                   s.even_page_footer):
            try:
                out += [p.text for p in hf.paragraphs]
                for t in hf.tables:
                    _docx_table_text(t, out)
            except Exception:  # pragma: no cover - header part missing
                pass
    return "\n".join(out)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"(?is)<title.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def text_of(path):
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


def check():
    errs = []
    gold_path = os.path.join(DEV, "gold.jsonl")
    lines = open(gold_path, encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(x) for x in lines]
    if [g.get("file") for g in golds] != files:
        errs.append(f"gold files {[g.get('file') for g in golds]} != dev files {files}")
    n_entries = 0
    for g in golds:
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if tuple(g.keys()) != TOP:
            E(f"top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            E(f"as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            E("family empty")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("file missing")
            continue
        if os.path.getsize(path) >= MAX_BYTES:
            E(f"file is {os.path.getsize(path)} bytes")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        n_entries += len(ents)
        text = norm(text_of(path))
        for i, e in enumerate(ents):
            tag = f"entry {i} ({e.get('title')!r})"
            if tuple(e.keys()) != KEYS:
                E(f"{tag}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                E(f"{tag}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    E(f"{tag}: bad {k}")
            if e["cs"] not in CS:
                E(f"{tag}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    E(f"{tag}: facing with kind {e['kind']}")
            elif e["kind"] is not None:
                E(f"{tag}: kind {e['kind']} on a {e['cs']} entry")
            if e["section"] not in SECTIONS:
                E(f"{tag}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                E(f"{tag}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                E(f"{tag}: bullets must be a list of non-empty strings")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    E(f"{tag}: partly undated (start {s}, end {en}, precision {p})")
            else:
                if not YM.match(s):
                    E(f"{tag}: start {s}")
                if en != "present" and not YM.match(en):
                    E(f"{tag}: end {en}")
                if p not in ("month", "year"):
                    E(f"{tag}: precision {p}")
                if YM.match(s) and (en == "present" or YM.match(en)):
                    if ym_index(s) > ym_index(en):
                        E(f"{tag}: start {s} after end {en}")
                    if ym_index(s) > ym_index(AS_OF) or ym_index(en) > ym_index(AS_OF):
                        E(f"{tag}: date after {AS_OF}")
                    if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                        E(f"{tag}: year precision must run January..December ({s}..{en})")
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in text:
                    E(f"{tag}: {k} {v!r} not found in extracted text")
        try:
            tm, cm = count_months(ents), count_months(ents, True)
        except Exception as ex:  # noqa: BLE001
            E(f"cannot count months: {ex}")
            continue
        if g["total_months"] != tm:
            E(f"total_months {g['total_months']} != recount {tm}")
        if g["cs_months"] != cm:
            E(f"cs_months {g['cs_months']} != recount {cm}")
    print(f"checked {len(golds)} files, {n_entries} entries: {len(errs)} errors")
    for x in errs:
        print("  " + x)
    return errs


if __name__ == "__main__":
    sys.exit(1 if check() else 0)
