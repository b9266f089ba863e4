"""Check wild131/dev: schema, values, dates, month recount, entry counts, size, and text presence.

Usage (from corpora/wild131):  ../../.venv/bin/python scripts/check.py
Exit status 0 when everything passes.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")
sys.path.insert(0, HERE)

AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
EXTS = {"pdf", "docx", "txt", "md", "html"}


def ym(v):
    v = AS_OF if v == "present" else v
    return int(v[:4]) * 12 + int(v[5:7]) - 1


def merged(ranges):
    iv = sorted((ym(a), ym(b)) for a, b in ranges)
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


# ---------------------------------------------------------------- text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_block_text(container, out):
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in container.iter_inner_content():
        if isinstance(child, Paragraph):
            out.append(child.text)
        elif isinstance(child, Table):
            seen = []  # merged cells repeat; keep the elements alive so identity is stable
            for row in child.rows:
                for cell in row.cells:
                    if any(cell._tc is t for t in seen):
                        continue
                    seen.append(cell._tc)
                    _docx_block_text(cell, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []
    _docx_block_text(d, out)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            if part is not None and not part.is_linked_to_previous:
                _docx_block_text(part, out)
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
    return re.sub(r"\s+", "", s).lower()


# ---------------------------------------------------------------- checks
def main():
    errs = []
    warns = []  # bullets split by the extractor's reading order (allowed; reported only)

    def err(msg):
        errs.append(msg)

    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    golds = [json.loads(x) for x in lines]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in golds] != files:
        err(f"gold file list {[g['file'] for g in golds]} != dev files {files}")
    if len(golds) != 30:
        err(f"expected 30 résumés, found {len(golds)}")
    for i, g in enumerate(golds, 1):
        f = g.get("file", "?")
        if list(g.keys()) != TOP_KEYS:
            err(f"{f}: top-level keys {list(g.keys())}")
            continue
        if not re.fullmatch(rf"w{i:03d}\.({'|'.join(EXTS)})", f):
            err(f"{f}: bad name / order (expected w{i:03d}.*)")
        if g["as_of"] != AS_OF:
            err(f"{f}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f"{f}: empty family")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{f}: {len(ents)} entries (want 3-6)")
        for j, e in enumerate(ents):
            tag = f"{f}#{j}"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{tag}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{tag}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f"{tag}: bad {k}")
            if e["cs"] not in CS:
                err(f"{tag}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{tag}: facing with kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{tag}: non-facing with kind {e['kind']}")
            if e["section"] not in SECTIONS:
                err(f"{tag}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{tag}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{tag}: bullets must be a list of non-empty strings")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(f"{tag}: undated entry with end/precision")
                continue
            if p not in ("month", "year"):
                err(f"{tag}: precision {p}")
            if not YM.match(s):
                err(f"{tag}: start {s}")
                continue
            if not (en == "present" or (isinstance(en, str) and YM.match(en))):
                err(f"{tag}: end {en}")
                continue
            if ym(s) > ym(en):
                err(f"{tag}: start after end")
            if ym(en) > ym(AS_OF) or ym(s) > ym(AS_OF):
                err(f"{tag}: date after as_of")
            if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                err(f"{tag}: year precision must run Jan..Dec")
        dated = [(e["start"], e["end"]) for e in ents if e.get("start")]
        facing = [(e["start"], e["end"]) for e in ents if e.get("start") and e.get("cs") == "facing"]
        if g["total_months"] != merged(dated):
            err(f"{f}: total_months {g['total_months']} != recount {merged(dated)}")
        if g["cs_months"] != merged(facing):
            err(f"{f}: cs_months {g['cs_months']} != recount {merged(facing)}")
        if g["cs_months"] > g["total_months"]:
            err(f"{f}: cs_months > total_months")
        # text presence
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err(f"{f}: missing file")
            continue
        txt = norm(extract(path))
        for j, e in enumerate(ents):
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    err(f"{f}#{j}: {k} {e[k]!r} not found in extracted text")
            for b in e["bullets"]:
                if norm(b) not in txt:
                    warns.append(f"{f}#{j}")
    size = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(ROOT) for fn in fns)
    if size >= 2 * 1024 * 1024:
        err(f"corpus size {size} bytes >= 2 MB")
    n_ent = sum(len(g["entries"]) for g in golds)
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    if warns:
        print(f"note: {len(warns)} bullet(s) not contiguous in extracted text (reading order): "
              + ", ".join(sorted(set(warns))))
    print(f"OK: {len(golds)} files, {n_ent} entries, {size} bytes")


if __name__ == "__main__":
    main()
