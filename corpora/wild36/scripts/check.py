"""Check wild36/dev against its gold file.  Run from corpora/wild36:
    ../../.venv/bin/python scripts/check.py
Independent of the builder's code: its own month counting and text extraction."""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def mi(s):
    if s == "present":
        s = AS_OF
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def valid_range(e):
    st, en = e.get("start"), e.get("end")
    return (isinstance(st, str) and YM.match(st) and isinstance(en, str)
            and (en == "present" or YM.match(en)))


def count(entries, facing):
    """Months covered (inclusive, overlaps merged) by dated entries; facing=True counts facing ones only."""
    months = set()
    for e in entries:
        if not valid_range(e):
            continue
        if facing and e.get("cs") != "facing":
            continue
        months.update(range(mi(e["start"]), mi(e["end"]) + 1))
    return len(months)


def text_pdf(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def _docx_tables(tables, out):
    for t in tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(par.text for par in cell.paragraphs)
                _docx_tables(cell.tables, out)


def text_docx(p):
    import docx
    d = docx.Document(p)
    out = [par.text for par in d.paragraphs]
    _docx_tables(d.tables, out)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                   s.even_page_footer):
            try:
                out.extend(par.text for par in hf.paragraphs)
                _docx_tables(hf.tables, out)
            except Exception:
                pass
    return "\n".join(out)


def text_html(p):
    s = open(p, encoding="utf-8").read()
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"(?is)<title.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def extract(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return text_pdf(p)
    if ext == "docx":
        return text_docx(p)
    if ext in ("html", "htm"):
        return text_html(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []

    def err(f, msg):
        errors.append("%s: %s" % (f, msg))

    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gold_files = []
    n_entries = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file", "?")
        gold_files.append(f)
        if list(g.keys()) != TOP:
            err(f, "top-level keys %s" % list(g.keys()))
            continue
        if g["as_of"] != AS_OF:
            err(f, "as_of %s" % g["as_of"])
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f, "%d entries" % len(ents))
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err(f, "file missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f, "file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            n_entries += 1
            tag = "entry %d (%s)" % (i + 1, e.get("title"))
            if list(e.keys()) != KEYS:
                err(f, "%s keys %s" % (tag, list(e.keys())))
                continue
            if e["cs"] not in CS:
                err(f, "%s cs %r" % (tag, e["cs"]))
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f, "%s facing without a valid kind (%r)" % (tag, e["kind"]))
            elif e["kind"] is not None:
                err(f, "%s kind set on a %s entry" % (tag, e["cs"]))
            if e["section"] not in SECTIONS:
                err(f, "%s section %r" % (tag, e["section"]))
            if e["employment_type"] not in ETYPES:
                err(f, "%s employment_type %r" % (tag, e["employment_type"]))
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f, "%s bullets not a list of strings" % tag)
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f, "%s empty title" % tag)
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None or en is None or pr is None:
                if not (st is None and en is None and pr is None):
                    err(f, "%s partly dated (start %r end %r precision %r)" % (tag, st, en, pr))
            else:
                if not YM.match(st):
                    err(f, "%s start %r" % (tag, st))
                    continue
                if not (en == "present" or YM.match(en)):
                    err(f, "%s end %r" % (tag, en))
                    continue
                if pr not in ("month", "year"):
                    err(f, "%s precision %r" % (tag, pr))
                if pr == "year" and (st[5:] != "01" or (en != "present" and en[5:] != "12")):
                    err(f, "%s year precision not Jan..Dec" % tag)
                if mi(st) > mi(en):
                    err(f, "%s start after end" % tag)
                if mi(st) > mi(AS_OF) or mi(en) > mi(AS_OF):
                    err(f, "%s date after %s" % (tag, AS_OF))
            if norm(e["title"]) not in text:
                err(f, "%s title not in extracted text" % tag)
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f, "%s organization %r not in extracted text" % (tag, e["organization"]))
        tm, cm = count(ents, False), count(ents, True)
        if tm != g["total_months"]:
            err(f, "total_months %s, recount %d" % (g["total_months"], tm))
        if cm != g["cs_months"]:
            err(f, "cs_months %s, recount %d" % (g["cs_months"], cm))
    if gold_files != files:
        err("dev", "gold files %s differ from files on disk %s" % (gold_files, files))
    for e in errors:
        print(e)
    print("%d files, %d entries, %d errors" % (len(lines), n_entries, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
