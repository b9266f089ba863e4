"""Check wild132/dev: gold schema and values, month recount, entry counts, size, text presence, rebuild.

Run from the corpus folder:  ../../.venv/bin/python scripts/check.py  [--no-rebuild]
"""
import hashlib
import html
import json
import os
import re
import sys
import tempfile
import zipfile  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")

GOLD_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = "2026-11"
YM = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

errors = []


def err(msg):
    errors.append(msg)


def mi(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def recount(entries):
    covered = set()
    for e in entries:
        if e["start"] is None:
            continue
        covered.update(range(mi(e["start"]), mi(e["end"]) + 1))
    return len(covered)


# ------------------------------------------------------------------ text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_container_text(container, out):
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    body = container._element if not hasattr(container, "_body") else container._body._element
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, container).text)
        elif tag == "tbl":
            t = Table(child, container)
            for row in t.rows:
                for cell in row.cells:
                    _docx_container_text(cell, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []
    _docx_container_text(d, out)
    for sec in d.sections:
        for part in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            if part is not None and not part.is_linked_to_previous:
                _docx_container_text(part, out)
            elif part is not None:
                _docx_container_text(part, out)
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        return text_pdf(path)
    if ext == "docx":
        return text_docx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------------ checks
def check_gold():
    path = os.path.join(DEV, "gold.jsonl")
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != 30:
        err(f"gold.jsonl has {len(lines)} lines, expected 30")
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = []
    for i, ln in enumerate(lines):
        g = json.loads(ln)
        golds.append(g)
        f = g.get("file")
        tag = f or f"line {i+1}"
        if list(g.keys()) != GOLD_KEYS:
            err(f"{tag}: key order {list(g.keys())}")
        if not f or not f.startswith(f"w{i+1:03d}."):
            err(f"{tag}: file out of order at line {i+1}")
        if f not in files:
            err(f"{tag}: file missing in dev/")
        if not isinstance(g.get("family"), str) or len(g["family"]) < 10:
            err(f"{tag}: family missing")
        if g.get("as_of") != AS_OF:
            err(f"{tag}: as_of {g.get('as_of')}")
        ents = g.get("entries", [])
        if not 3 <= len(ents) <= 6:
            err(f"{tag}: {len(ents)} entries (3-6 expected)")
        for j, e in enumerate(ents):
            et = f"{tag} entry {j+1} ({e.get('title')})"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{et}: key order {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{et}: empty title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f"{et}: bad {k}")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None:
                if en is not None or pr is not None:
                    err(f"{et}: undated entry with end/precision")
            else:
                if not YM.match(st):
                    err(f"{et}: bad start {st}")
                if not (en == "present" or (isinstance(en, str) and YM.match(en))):
                    err(f"{et}: bad end {en}")
                elif mi(st) > mi(en):
                    err(f"{et}: start after end")
                elif en != "present" and mi(en) > mi(AS_OF):
                    err(f"{et}: end after as_of")
                if pr not in ("month", "year"):
                    err(f"{et}: bad precision {pr}")
                if pr == "year" and (not st.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                    err(f"{et}: year precision must run Jan..Dec")
            if e["section"] not in SECTIONS:
                err(f"{et}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{et}: employment_type {e['employment_type']}")
            if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
                err(f"{et}: volunteer section but employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                err(f"{et}: bullets")
            if e["cs"] not in CS:
                err(f"{et}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{et}: facing needs a kind, got {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{et}: kind must be null when not facing")
        if recount(ents) != g.get("total_months"):
            err(f"{tag}: total_months {g.get('total_months')} != recount {recount(ents)}")
        fc = recount([e for e in ents if e.get("cs") == "facing"])
        if fc != g.get("cs_months"):
            err(f"{tag}: cs_months {g.get('cs_months')} != recount {fc}")
    if [g.get("file") for g in golds] != files:
        err(f"dev/ files {files} do not match gold files")
    return golds


def check_text(golds):
    for g in golds:
        path = os.path.join(DEV, g["file"])
        if not os.path.exists(path):
            continue
        t = norm(text_of(path))
        for e in g["entries"]:
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in t:
                    err(f"{g['file']}: {k} {v!r} not found in extracted text")


def check_size():
    total = sum(os.path.getsize(os.path.join(DEV, f)) for f in os.listdir(DEV))
    if total >= 2 * 1024 * 1024:
        err(f"dev/ is {total} bytes (limit 2 MB)")
    return total


def digest(folder):
    out = {}
    for f in sorted(os.listdir(folder)):
        out[f] = hashlib.sha256(open(os.path.join(folder, f), "rb").read()).hexdigest()
    return out


def check_rebuild():
    import build
    with tempfile.TemporaryDirectory() as tmp:
        build.main(tmp)
        a, b = digest(DEV), digest(tmp)
    if a != b:
        diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        err(f"rebuild differs from dev/ (not built from current defs or not reproducible): {diff}")


def main():
    golds = check_gold()
    check_text(golds)
    total = check_size()
    if "--no-rebuild" not in sys.argv:
        check_rebuild()
    n_ent = sum(len(g["entries"]) for g in golds)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print(f"OK: {len(golds)} files, {n_ent} entries, {total} bytes, schema/months/text/rebuild all pass")


if __name__ == "__main__":
    main()
