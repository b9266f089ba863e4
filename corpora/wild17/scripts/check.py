"""Check dev/: schema, month recount, entry counts, file sizes, and that every gold title and
organisation occurs in the file's extracted text (pdfminer.six for PDF; paragraphs, nested table
cells and headers/footers for DOCX; visible text for HTML; raw text for txt/md), compared
case- and whitespace-insensitively."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}


def pdf_text(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def docx_text(p):
    import docx
    d = docx.Document(p)
    out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(x.text for x in c.paragraphs)
                    cells(c.tables)
    out.extend(x.text for x in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(x.text for x in hf.paragraphs)
            cells(hf.tables)
    return "\n".join(out)


class _HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("style", "script", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(p):
    h = _HT()
    h.feed(open(p, encoding="utf-8").read())
    return html.unescape("".join(h.parts))


def extract(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_text(p)
    if ext == "docx":
        return docx_text(p)
    if ext in ("html", "htm"):
        return html_text(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", "", s).lower()


def ym(s):
    s = AS_OF if s == "present" else s
    y, m = s.split("-")
    return int(y), int(m)


def months(es):
    st = set()
    for e in es:
        if e["start"] is None:
            continue
        y, m = ym(e["start"])
        y2, m2 = ym(e["end"])
        while (y, m) <= (y2, m2):
            st.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(st)


def main():
    errors = []
    golds = [json.loads(line) for line in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in golds] != files or len(files) != 30:
        errors.append(f"file list mismatch: {files} vs gold")
    n = 0
    for g in golds:
        f = g["file"]
        p = os.path.join(DEV, f)
        if os.path.getsize(p) > 2_000_000:
            errors.append(f"{f}: too big")
        if g["as_of"] != AS_OF:
            errors.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 8:
            errors.append(f"{f}: {len(es)} entries")
        for e in es:
            n += 1
            if list(e) != KEYS:
                errors.append(f"{f}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errors.append(f"{f}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] in KINDS):
                errors.append(f"{f}: kind {e['title']} {e['kind']}")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errors.append(f"{f}: undated {e['title']}")
            else:
                if ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > ym(AS_OF):
                    errors.append(f"{f}: dates {e['title']}")
                if e["date_precision"] not in ("month", "year"):
                    errors.append(f"{f}: precision {e['title']}")
        if months(es) != g["total_months"]:
            errors.append(f"{f}: total_months {g['total_months']} != {months(es)}")
        if months([e for e in es if e["cs"] == "facing"]) != g["cs_months"]:
            errors.append(f"{f}: cs_months")
        text = norm(extract(p))
        for e in es:
            for key in ("title", "organization"):
                v = e[key]
                if v and norm(v) not in text:
                    errors.append(f"{f}: {key} not found in text: {v!r}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} files, {n} entries, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
