"""Check wild18/dev: schema, months recount, 3–6 entries per file, size, and that every gold title and
organisation occurs in the file's extracted text after normalisation (lib.norm: case, spacing, line
breaks, hyphenation, punctuation, OCR l/1, O/0, rn/m).  Titles the noise makes unrecoverable are
listed in defs_b.UNRECOVERABLE; the check requires them to FAIL (so the list stays honest).
Run from corpora/wild18:  ../../.venv/bin/python scripts/check.py"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months, norm  # noqa: E402
from defs_b import UNRECOVERABLE  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}


class Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "div", "br", "li", "tr", "h1", "h2", "td", "table"):
            self.out.append("\n")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        parts = []
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts += [p.text for p in hf.paragraphs]
        # every paragraph in the body: tables (nested too) and VML text boxes included
        for p in d.element.body.iter(qn("w:p")):
            parts.append(Paragraph(p, None).text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        t = fh.read()
    if ext == "html":
        s = Strip()
        s.feed(t)
        t = html.unescape("".join(s.out))
    return t


def main():
    errs, n_ent, expected_fail = [], 0, 0
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in golds] != files or len(files) != 30:
        errs.append(f"gold/file mismatch: {len(golds)} gold lines, {len(files)} files")
    for g in golds:
        f = g["file"]
        path = os.path.join(DEV, f)
        assert set(g) == {"file", "family", "as_of", "entries", "total_months", "cs_months"}, f
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f"{f}: {len(g['entries'])} entries")
        if os.path.getsize(path) > 2_000_000:
            errs.append(f"{f}: too big")
        for e in g["entries"]:
            if list(e) != KEYS:
                errs.append(f"{f}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}: kind {e['title']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}: employment_type")
            for k in ("start", "end"):
                v = e[k]
                if v is not None and v != "present" and not re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", v):
                    errs.append(f"{f}: {k} {v}")
            if e["start"] and e["end"] and e["end"] != "present" and e["end"] < e["start"]:
                errs.append(f"{f}: end before start {e['title']}")
        n_ent += len(g["entries"])
        if months(g["entries"]) != g["total_months"]:
            errs.append(f"{f}: total_months")
        if months([e for e in g["entries"] if e["cs"] == "facing"]) != g["cs_months"]:
            errs.append(f"{f}: cs_months")
        text = norm(extract(path))
        for e in g["entries"]:
            for label, v in (("title", e["title"]), ("organization", e["organization"])):
                if v is None:
                    continue
                found = norm(v) in text
                if (f, v) in UNRECOVERABLE:
                    expected_fail += 1
                    if found:
                        errs.append(f"{f}: {label} {v!r} listed as unrecoverable but found")
                elif not found:
                    errs.append(f"{f}: {label} {v!r} not found in extracted text")
    for e in errs:
        print("ERROR", e)
    print(f"{len(golds)} files, {n_ent} entries, {expected_fail} listed-unrecoverable title(s) confirmed, "
          f"{len(errs)} error(s)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
