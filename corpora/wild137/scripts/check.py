"""Check wild137/dev against its gold.

Run from corpora/wild137:  ../../.venv/bin/python scripts/check.py
Checks schema and key order, allowed values, date formats and order, months
recount (inclusive, overlaps merged, year ranges Jan..Dec, present = 2026-11),
3-6 entries per file, total size < 2 MB, that every gold title and organisation
occurs in the file's extracted text (case- and
whitespace-insensitive), and that a rebuild into a temporary folder gives
byte-identical files.
"""
import hashlib
import html
import json
import os
import re
import sys
sys.dont_write_bytecode = True
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.normpath(os.path.join(HERE, "..", "dev"))
sys.path.insert(0, HERE)

RECORD_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision",
              "section", "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account",
         "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
         "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = "2026-11"
AS_OF_IDX = 2026 * 12 + 10
MAX_BYTES = 2 * 1024 * 1024


# ------------------------------------------------------------- text extraction

def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)

    def ptext(p):
        parts = []
        for el in p.iter():
            if el.tag == qn("w:t"):
                parts.append(el.text or "")
            elif el.tag in (qn("w:tab"), qn("w:br")) and el.getparent().tag == qn("w:r"):
                parts.append(" ")
        return "".join(parts)

    out = [ptext(p) for p in d.element.body.iter(qn("w:p"))]   # paragraphs and (nested) table cells
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                     s.even_page_header, s.even_page_footer):
            try:
                out += [ptext(p) for p in part._element.iter(qn("w:p"))]
            except Exception:
                pass
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext == "html":
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------- months

def idx(s, end, prec):
    if s == "present":
        return AS_OF_IDX
    if prec == "year":
        return int(s) * 12 + (11 if end else 0)
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged(iv):
    iv = sorted(iv)
    tot, cur = 0, None
    for a, b in iv:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            tot += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot


def main():
    errors = []
    notes = []      # informational: wrapped duty lines interleaved with right-aligned dates by pdfminer
    err = errors.append
    recs = [json.loads(l, object_pairs_hook=lambda p: p) for l in
            open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines() if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(recs) != 30:
        err(f"expected 30 gold lines, got {len(recs)}")
    total_size = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if total_size >= MAX_BYTES:
        err(f"dev size {total_size} >= 2 MB")
    gold_files = []
    n_entries = 0
    for i, pairs in enumerate(recs, 1):
        keys = [k for k, _ in pairs]
        rec = dict(pairs)
        f = rec.get("file", "?")
        gold_files.append(f)
        if keys != RECORD_KEYS:
            err(f"{f}: record keys {keys}")
        if not re.fullmatch(rf"w{i:03d}\.(pdf|docx|txt|md|html)", f):
            err(f"{f}: bad file name / order (line {i})")
        if not os.path.exists(os.path.join(DEV, f)):
            err(f"{f}: missing file")
            continue
        if rec["as_of"] != AS_OF:
            err(f"{f}: as_of")
        if not isinstance(rec["family"], str) or not rec["family"].strip():
            err(f"{f}: family")
        ents = [dict(e) for e in rec["entries"]]
        if not 3 <= len(ents) <= 6:
            err(f"{f}: {len(ents)} entries")
        n_entries += len(ents)
        iv_all, iv_cs = [], []
        text = norm(extract(os.path.join(DEV, f)))
        for j, ep in enumerate(rec["entries"]):
            ek = [k for k, _ in ep]
            e = dict(ep)
            tag = f"{f}#{j+1} {e.get('title')!r}"
            if ek != ENTRY_KEYS:
                err(f"{tag}: entry keys {ek}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{tag}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f"{tag}: bad {k}")
            if e["cs"] not in CS:
                err(f"{tag}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{tag}: facing needs a kind, got {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{tag}: kind must be null when not facing")
            if e["section"] not in SECTIONS:
                err(f"{tag}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{tag}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                err(f"{tag}: bullets")
            p, s, en = e["date_precision"], e["start"], e["end"]
            if p is None:
                if s is not None or en is not None:
                    err(f"{tag}: undated entry with dates")
            else:
                pat = r"\d{4}-(0[1-9]|1[0-2])" if p == "month" else r"\d{4}" if p == "year" else None
                if pat is None:
                    err(f"{tag}: precision {p}")
                    continue
                if not re.fullmatch(pat, s or ""):
                    err(f"{tag}: start {s!r} vs precision {p}")
                    continue
                if en != "present" and not re.fullmatch(pat, en or ""):
                    err(f"{tag}: end {en!r} vs precision {p}")
                    continue
                a, b = idx(s, False, p), idx(en, True, p)
                if a > b:
                    err(f"{tag}: start after end")
                if b > AS_OF_IDX or a < 1960 * 12:
                    err(f"{tag}: dates outside 1960..{AS_OF}")
                iv_all.append((a, b))
                if e["cs"] == "facing":
                    iv_cs.append((a, b))
            # text occurrence
            if norm(e["title"]) not in text:
                err(f"{tag}: title not found in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                err(f"{tag}: organization {e['organization']!r} not found in extracted text")
            for b in e["bullets"] or []:
                if norm(b) not in text:
                    notes.append(f"{tag}: duty line not verbatim in extracted text: {b[:50]!r}")
        if merged(iv_all) != rec["total_months"]:
            err(f"{f}: total_months {rec['total_months']} != recount {merged(iv_all)}")
        if merged(iv_cs) != rec["cs_months"]:
            err(f"{f}: cs_months {rec['cs_months']} != recount {merged(iv_cs)}")
    if sorted(gold_files) != files:
        err(f"dev files {files} do not match gold files {gold_files}")

    # reproducibility: rebuild into a temp dir and compare bytes
    import build
    with tempfile.TemporaryDirectory() as td:
        build.build(td)
        for f in sorted(os.listdir(td)):
            h1 = hashlib.sha256(open(os.path.join(td, f), "rb").read()).hexdigest()
            p2 = os.path.join(DEV, f)
            h2 = hashlib.sha256(open(p2, "rb").read()).hexdigest() if os.path.exists(p2) else None
            if h1 != h2:
                err(f"{f}: rebuild differs (not byte-reproducible or dev out of date)")

    if "-v" in sys.argv:
        for n in notes:
            print("note", n)
    for e in errors:
        print("ERROR", e)
    print(f"{len(notes)} duty line(s) not verbatim in the extracted text (informational, -v lists them)")
    print(f"{len(recs)} résumés, {n_entries} entries, {total_size:,} bytes; "
          f"{'OK' if not errors else str(len(errors)) + ' error(s)'}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
