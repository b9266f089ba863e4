"""Check wild31/dev against the gold schema and the files. Run from corpora/wild31:
    ../../.venv/bin/python scripts/check.py [--show wNNN]
Reports every problem and ends with 'N errors'."""
import html
import json
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
PREC = {"month", "year"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


# ------------------------------------------------------------------------------------------ text extraction
def text_pdf(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _docx_table_text(table, out):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                out.append(p.text)
            for t in cell.tables:
                _docx_table_text(t, out)


def text_docx(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        _docx_table_text(t, out)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            out += [p.text for p in part.paragraphs]
            for t in part.tables:
                _docx_table_text(t, out)
    return "\n".join(out)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"(?is)<title.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    return html.unescape(s)


def text_raw(path):
    return open(path, encoding="utf-8").read()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    return {"pdf": text_pdf, "docx": text_docx, "html": text_html, "txt": text_raw, "md": text_raw}[ext](path)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


# ------------------------------------------------------------------------------------------ months
def ym(s):
    s = AS_OF if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def months(entries, facing_only=False):
    ivs = sorted((ym(e["start"]), ym(e["end"])) for e in entries
                 if e["start"] and (not facing_only or e["cs"] == "facing"))
    merged = []
    for a, b in ivs:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return sum(b - a + 1 for a, b in merged)


# ------------------------------------------------------------------------------------------ checks
def check_line(n, line, errors, texts):
    def err(msg):
        errors.append(f"line {n} ({line.get('file', '?')}): {msg}")

    if list(line.keys()) != TOP_KEYS:
        err(f"top-level keys {list(line.keys())}")
        return
    f = line["file"]
    if f != f"w{n:03d}." + f.rsplit(".", 1)[-1] or f.rsplit(".", 1)[-1] not in ("pdf", "docx", "txt", "html", "md"):
        err("file name out of order or bad extension")
    path = os.path.join(DEV, f)
    if not os.path.exists(path):
        err("file missing")
        return
    if os.path.getsize(path) >= 2 * 1024 * 1024:
        err("file is 2 MB or more")
    if line["as_of"] != AS_OF:
        err("as_of")
    if not isinstance(line["family"], str) or not line["family"]:
        err("family")
    ents = line["entries"]
    if not (3 <= len(ents) <= 6):
        err(f"{len(ents)} entries")
    try:
        text = norm(extract(path))
    except Exception as ex:  # noqa: BLE001
        err(f"cannot extract text: {ex}")
        text = ""
    texts[f] = text
    for i, e in enumerate(ents):
        where = f"entry {i + 1}"
        if list(e.keys()) != ENTRY_KEYS:
            err(f"{where}: keys {list(e.keys())}")
            continue
        if not isinstance(e["title"], str) or not e["title"].strip():
            err(f"{where}: empty title")
        for k in ("organization", "location"):
            if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                err(f"{where}: bad {k}")
        if e["cs"] not in CS:
            err(f"{where}: cs {e['cs']}")
        if e["cs"] == "facing":
            if e["kind"] not in KINDS:
                err(f"{where}: facing without a valid kind ({e['kind']})")
        elif e["kind"] is not None:
            err(f"{where}: kind set on a {e['cs']} entry")
        if e["section"] not in SECTIONS:
            err(f"{where}: section {e['section']}")
        if e["employment_type"] not in ETYPES:
            err(f"{where}: employment_type {e['employment_type']}")
        if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
            err(f"{where}: bullets must be a list of non-empty strings")
        s, en, p = e["start"], e["end"], e["date_precision"]
        if s is None or en is None or p is None:
            if not (s is None and en is None and p is None):
                err(f"{where}: undated entries need null start, end and precision")
        else:
            if not YM.match(s):
                err(f"{where}: start {s}")
            elif not (en == "present" or YM.match(en)):
                err(f"{where}: end {en}")
            elif p not in PREC:
                err(f"{where}: precision {p}")
            else:
                if ym(s) > ym(en):
                    err(f"{where}: start after end")
                if ym(s) > ym(AS_OF) or ym(en) > ym(AS_OF):
                    err(f"{where}: date after {AS_OF}")
                if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    err(f"{where}: year precision must run January..December")
        if text:
            if norm(e["title"]) not in text:
                err(f"{where}: title not in text: {e['title']!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f"{where}: organisation not in text: {e['organization']!r}")
    if line["total_months"] != months(ents):
        err(f"total_months {line['total_months']} != {months(ents)}")
    if line["cs_months"] != months(ents, True):
        err(f"cs_months {line['cs_months']} != {months(ents, True)}")


def main():
    errors, texts = [], {}
    gold_path = os.path.join(DEV, "gold.jsonl")
    raw = open(gold_path, encoding="utf-8").read().splitlines()
    lines = []
    for n, s in enumerate(raw, 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as ex:
            errors.append(f"line {n}: bad JSON {ex}")
    for n, line in enumerate(lines, 1):
        check_line(n, line, errors, texts)
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    listed = [x.get("file") for x in lines]
    if files != sorted(listed):
        errors.append(f"files in dev/ and gold lines differ: {sorted(set(files) ^ set(listed))}")
    if "--show" in sys.argv:
        want = sys.argv[sys.argv.index("--show") + 1]
        for f in files:
            if f.startswith(want):
                print(extract(os.path.join(DEV, f)))
    for e in errors:
        print(e)
    print(f"{len(lines)} résumés, {sum(len(x['entries']) for x in lines)} entries; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
