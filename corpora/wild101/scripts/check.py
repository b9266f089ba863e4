"""Check wild101/dev: schema, key order, values, dates, months recount, sizes, text presence."""
import html
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")

TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
AS_OF = "2026-11"


def ym(s):
    s = AS_OF if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def recount(entries):
    cov = set()
    for e in entries:
        if e["start"]:
            cov.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(cov)


def text_pdf(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def text_docx(p):
    import docx
    doc = docx.Document(p)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    out.extend(x.text for x in c.paragraphs)
                    tables(c.tables)

    out.extend(x.text for x in doc.paragraphs)
    tables(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(x.text for x in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(out)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def extract(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return text_pdf(p)
    if ext == "docx":
        return text_docx(p)
    if ext == "html":
        return text_html(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30:
        errs.append(f"expected 30 gold lines, got {len(lines)}")
    names = []
    for i, line in enumerate(lines, 1):
        g = json.loads(line)
        f = g.get("file")
        names.append(f)
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top-level keys {list(g)}")
            continue
        if f != f"w{i:03d}.{f.rsplit('.', 1)[-1]}":
            E("file name / order")
        if g["as_of"] != AS_OF:
            E("as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            E(f"{len(es)} entries")
        for e in es:
            t = e.get("title")
            if list(e) != KEYS:
                E(f"entry keys {list(e)}")
                continue
            if not t:
                E("empty title")
            if e["section"] not in SECTIONS:
                E(f"{t}: section")
            if e["employment_type"] not in ETYPES:
                E(f"{t}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                E(f"{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                E(f"{t}: kind {e['kind']} with cs {e['cs']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                E(f"{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    E(f"{t}: undated entry with end/precision")
                continue
            if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                E(f"{t}: date format {e['start']} {e['end']}")
                continue
            if e["date_precision"] not in ("month", "year"):
                E(f"{t}: precision")
            if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                  (e["end"] != "present" and e["end"][5:] != "12")):
                E(f"{t}: year precision not Jan..Dec")
            if ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > ym(AS_OF):
                E(f"{t}: date order {e['start']}..{e['end']}")
        if g["total_months"] != recount(es):
            E(f"total_months {g['total_months']} != {recount(es)}")
        if g["cs_months"] != recount([e for e in es if e["cs"] == "facing"]):
            E("cs_months recount")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            E("file missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            E("file too big")
        if f.endswith(".docx"):
            with zipfile.ZipFile(p) as z:
                if z.testzip() is not None:
                    E("bad zip")
        txt = norm(extract(p))
        for e in es:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    E(f"{k} not in text: {e[k]!r}")
    if sorted(names) != files:
        errs.append(f"files vs gold differ: {set(files) ^ set(names)}")
    for m in errs:
        print("FAIL", m)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries: "
          + ("OK" if not errs else f"{len(errs)} problems"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
