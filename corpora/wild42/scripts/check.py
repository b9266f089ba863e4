"""Verify wild42/dev/gold.jsonl against the files. Prints errors and a final count."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def idx(ym):
    if ym == "present":
        ym = AS_OF
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def count(entries, facing=False):
    s = set()
    for e in entries:
        if e["start"] is None or (facing and e["cs"] != "facing"):
            continue
        s.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(s)


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
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in part.paragraphs)
            cells(part.tables)
    return "\n".join(out)


def html_text(raw):
    raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    return html_text(raw) if ext == "html" else raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold lines do not match the files in dev/ (order or set)")
    n_entries = 0
    for l in lines:
        g = json.loads(l)
        f = g.get("file")

        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top-level keys {list(g)}")
            continue
        if g["as_of"] != AS_OF:
            err("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        es = g["entries"]
        n_entries += len(es)
        if not 3 <= len(es) <= 6:
            err(f"{len(es)} entries")
        text = norm(extract(path))
        for i, e in enumerate(es):
            w = f"entry {i} ({e.get('title')})"
            if list(e) != KEYS:
                err(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{w}: kind {e['kind']}")
            elif e["kind"] is not None:
                err(f"{w}: kind set on non-facing")
            if e["section"] not in SECTIONS:
                err(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{w}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f"{w}: undated entries need null start, end and precision")
            else:
                if not YM.match(s):
                    err(f"{w}: start {s}")
                elif not (YM.match(en) or en == "present"):
                    err(f"{w}: end {en}")
                else:
                    if p not in ("month", "year"):
                        err(f"{w}: precision {p}")
                    if idx(s) > idx(en):
                        err(f"{w}: start after end")
                    if idx(en) > idx(AS_OF) or idx(s) > idx(AS_OF):
                        err(f"{w}: date after as_of")
                    if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                        err(f"{w}: year precision must run Jan..Dec")
            if not e["title"] or norm(e["title"]) not in text:
                err(f"{w}: title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f"{w}: organization '{e['organization']}' not in extracted text")
        if g["total_months"] != count(es):
            err(f"total_months {g['total_months']} != {count(es)}")
        if g["cs_months"] != count(es, True):
            err(f"cs_months {g['cs_months']} != {count(es, True)}")
    for e in errs:
        print(e)
    print(f"{len(lines)} files, {n_entries} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
