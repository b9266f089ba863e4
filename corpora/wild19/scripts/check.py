"""Check wild19/dev: schema, months recount, entry counts, sizes, and that every gold title and
organisation occurs in the file's extracted text (pdfminer.six for PDF; paragraphs, table cells
(nested too) and headers/footers for DOCX; tags stripped for HTML), case- and whitespace-insensitive.

Run from corpora/wild19:  ../../.venv/bin/python scripts/check.py
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months, AS_OF  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    doc = Document(path)
    out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)

    out.extend(p.text for p in doc.paragraphs)
    cells(doc.tables)
    for s in doc.sections:
        for part in (s.header, s.footer):
            out.extend(p.text for p in part.paragraphs)
            cells(part.tables)
    return "\n".join(out)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], False

    def handle_starttag(self, tag, attrs):
        self.skip = tag in ("style", "script")

    def handle_endtag(self, tag):
        self.skip = False
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = _Strip()
        p.feed(raw)
        return html.unescape("".join(p.parts))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if sorted(g["file"] for g in golds) != files:
        errors.append(f"file list mismatch: {files}")
    n = 0
    for g in golds:
        f = g["file"]
        path = os.path.join(DEV, f)
        if os.path.getsize(path) > 2 * 1024 * 1024:
            errors.append(f"{f}: over 2 MB")
        if g["as_of"] != AS_OF:
            errors.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errors.append(f"{f}: {len(ents)} entries")
        text = norm(text_of(path))
        for e in ents:
            n += 1
            if list(e.keys()) != KEYS:
                errors.append(f"{f}: keys {list(e.keys())}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errors.append(f"{f}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] in KINDS):
                errors.append(f"{f}: kind {e['title']} {e['cs']} {e['kind']}")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errors.append(f"{f}: undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errors.append(f"{f}: dates {e['start']} {e['end']}")
                if e["date_precision"] not in ("month", "year"):
                    errors.append(f"{f}: precision")
            if e["section"] not in ("work", "volunteer", "other"):
                errors.append(f"{f}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errors.append(f"{f}: employment_type")
            if norm(e["title"]) not in text:
                errors.append(f"{f}: title not found: {e['title']!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errors.append(f"{f}: organisation not found: {e['organization']!r}")
            for b in e["bullets"]:
                if norm(b) not in text:
                    errors.append(f"{f}: bullet not found: {b[:50]!r}")
        if months(ents) != g["total_months"]:
            errors.append(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if months([e for e in ents if e["cs"] == "facing"]) != g["cs_months"]:
            errors.append(f"{f}: cs_months")
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} files, {n} entries, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
