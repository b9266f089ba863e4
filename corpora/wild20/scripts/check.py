"""Check wild20/dev: schema, month recount, 3-6 entries per file, size, and that every gold title and
organisation occurs in the file's extracted text (pdfminer.six for PDF; python-docx paragraphs, tables
(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped, unescaped text for HTML),
case- and whitespace-insensitive.  Run from corpora/wild20:  ../../.venv/bin/python scripts/check.py"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)
    out.extend(p.text for p in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            cells(hf.tables)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if ext == "html":
        text = re.sub(r"<style.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<title>.*?</title>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in golds] != files:
        errors.append(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    n_ent = 0
    for g in golds:
        fn = g["file"]
        path = os.path.join(DEV, fn)
        if set(g) != {"file", "family", "as_of", "entries", "total_months", "cs_months"}:
            errors.append(f"{fn}: keys {sorted(g)}")
        if g["as_of"] != "2026-11":
            errors.append(f"{fn}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errors.append(f"{fn}: {len(g['entries'])} entries")
        if os.path.getsize(path) > 2 * 1024 * 1024:
            errors.append(f"{fn}: too large")
        text = norm(extract(path))
        for e in g["entries"]:
            n_ent += 1
            if list(e) != KEYS:
                errors.append(f"{fn}: entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errors.append(f"{fn}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errors.append(f"{fn}: kind {e['title']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errors.append(f"{fn}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errors.append(f"{fn}: employment_type")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errors.append(f"{fn}: undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errors.append(f"{fn}: date format {e['start']} {e['end']}")
                if e["date_precision"] not in ("month", "year"):
                    errors.append(f"{fn}: precision")
                end = "2026-11" if e["end"] == "present" else e["end"]
                if not e["start"] <= end <= "2026-11":
                    errors.append(f"{fn}: date order {e['title']}")
            if norm(e["title"]) not in text:
                errors.append(f"{fn}: title not found: {e['title']!r}")
            if e["organization"] and norm(e["organization"]) not in text:
                errors.append(f"{fn}: organisation not found: {e['organization']!r}")
        if months(g["entries"]) != g["total_months"]:
            errors.append(f"{fn}: total_months")
        if months(g["entries"], only_facing=True) != g["cs_months"]:
            errors.append(f"{fn}: cs_months")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} files, {n_ent} entries, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
