"""Check wild24/dev/gold.jsonl against the files and the conventions.

Run from corpora/wild24:  ../../.venv/bin/python scripts/check.py
Prints every problem found and a final error count (0 means all good).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(os.path.dirname(HERE), "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
MAX_BYTES = 2 * 1024 * 1024


def idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    s = set()
    for e in entries:
        if e.get("start") and e.get("end"):
            try:
                s.update(range(idx(e["start"]), idx(e["end"]) + 1))
            except ValueError:
                pass
    return len(s)


# ------------------------------------------------------------------ text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def paras_tables(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            table(t)

    def table(t):
        for row in t.rows:
            for cell in row.cells:
                paras_tables(cell)

    paras_tables(d)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            try:
                if hf.is_linked_to_previous and hf is not s.header and hf is not s.footer:
                    continue
                paras_tables(hf)
            except Exception:
                pass
    return "\n".join(out)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<style\b.*?</style>", " ", s)
    s = re.sub(r"(?is)<title\b.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def text_raw(path):
    return open(path, encoding="utf-8").read()


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    return {"pdf": text_pdf, "docx": text_docx, "html": text_html, "htm": text_html,
            "txt": text_raw, "md": text_raw}[ext](path)


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------------ checks
def check_entry(fn, i, e, errs):
    where = "%s entry %d" % (fn, i + 1)
    if list(e.keys()) != KEYS:
        errs.append("%s: keys %s (want %s)" % (where, list(e.keys()), KEYS))
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        errs.append("%s: empty title" % where)
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            errs.append("%s: %s must be a non-empty string or null" % (where, k))
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        errs.append("%s: bullets must be a list of non-empty strings" % where)
    if e["cs"] not in CS:
        errs.append("%s: cs %r" % (where, e["cs"]))
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            errs.append("%s: facing entry needs a kind from the policy, got %r" % (where, e["kind"]))
    elif e["kind"] is not None:
        errs.append("%s: kind %r set on a %s entry" % (where, e["kind"], e["cs"]))
    if e["section"] not in SECTIONS:
        errs.append("%s: section %r" % (where, e["section"]))
    if e["employment_type"] not in ETYPES:
        errs.append("%s: employment_type %r" % (where, e["employment_type"]))
    st, en, pr = e["start"], e["end"], e["date_precision"]
    if st is None or en is None or pr is None:
        if not (st is None and en is None and pr is None):
            errs.append("%s: undated entries need null start, end and precision (%r, %r, %r)" % (where, st, en, pr))
        return
    if not isinstance(st, str) or not YM.match(st):
        errs.append("%s: start %r is not YYYY-MM" % (where, st))
        return
    if not isinstance(en, str) or not (en == "present" or YM.match(en)):
        errs.append("%s: end %r is not YYYY-MM or present" % (where, en))
        return
    if pr not in ("month", "year"):
        errs.append("%s: date_precision %r" % (where, pr))
    if idx(st) > idx(en):
        errs.append("%s: start %s after end %s" % (where, st, en))
    if idx(st) > idx(AS_OF) or (en != "present" and idx(en) > idx(AS_OF)):
        errs.append("%s: dates after as_of %s" % (where, AS_OF))
    if pr == "year" and (not st.endswith("-01") or not (en == "present" or en.endswith("-12"))):
        errs.append("%s: year precision should run January..December (%s..%s)" % (where, st, en))


def main():
    errs = []
    gpath = os.path.join(DEV, "gold.jsonl")
    lines = open(gpath, encoding="utf-8").read().splitlines()
    golds = []
    for n, ln in enumerate(lines, 1):
        try:
            golds.append(json.loads(ln))
        except ValueError as ex:
            errs.append("gold.jsonl line %d: bad JSON (%s)" % (n, ex))
    files = sorted(f for f in os.listdir(DEV) if re.match(r"^w\d{3}\.", f))
    gfiles = [g.get("file") for g in golds]
    if gfiles != files:
        errs.append("gold files %s do not match dev files %s (order matters)" % (gfiles, files))
    nent = 0
    for g in golds:
        fn = g.get("file", "?")
        if list(g.keys()) != TOP:
            errs.append("%s: top-level keys %s (want %s)" % (fn, list(g.keys()), TOP))
            continue
        if g["as_of"] != AS_OF:
            errs.append("%s: as_of %r" % (fn, g["as_of"]))
        if not isinstance(g["family"], str) or not g["family"]:
            errs.append("%s: empty family" % fn)
        ents = g["entries"]
        nent += len(ents)
        if not 3 <= len(ents) <= 6:
            errs.append("%s: %d entries (want 3-6)" % (fn, len(ents)))
        for i, e in enumerate(ents):
            check_entry(fn, i, e, errs)
        tm = months(ents)
        cm = months([e for e in ents if e.get("cs") == "facing"])
        if g["total_months"] != tm:
            errs.append("%s: total_months %s, recount %s" % (fn, g["total_months"], tm))
        if g["cs_months"] != cm:
            errs.append("%s: cs_months %s, recount %s" % (fn, g["cs_months"], cm))
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            errs.append("%s: file missing" % fn)
            continue
        if os.path.getsize(path) >= MAX_BYTES:
            errs.append("%s: file is %d bytes (limit 2 MB)" % (fn, os.path.getsize(path)))
        try:
            text = norm(extract(path))
        except Exception as ex:  # noqa: BLE001
            errs.append("%s: text extraction failed: %s" % (fn, ex))
            continue
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                v = e.get(k)
                if v and norm(v) not in text:
                    errs.append("%s entry %d: %s %r not found in extracted text" % (fn, i + 1, k, v))
    for e in errs:
        print("ERROR", e)
    print("%d files, %d entries checked; %d errors" % (len(golds), nent, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
