"""Check wild61/dev: schema, labels, dates, months recount, size, and gold titles/organisations in the extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, idx, months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
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
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in part.paragraphs)
            cells(part.tables)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<style.*?</style>", " ", raw)
        raw = re.sub(r"(?is)<title.*?</title>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold files do not match dev/ files in order")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top-level keys {list(g)}")
            continue
        if g["as_of"] != AS_OF:
            err("as_of")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            n_ent += 1
            w = f"entry {i} ({e.get('title')})"
            if list(e) != KEYS:
                err(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{w}: facing without a valid kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{w}: kind set on non-facing")
            if e["section"] not in SECTIONS:
                err(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{w}: bullets")
            s, t, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if t is not None or p is not None:
                    err(f"{w}: undated entry with end/precision")
            else:
                if not YM.match(s) or not (t == "present" or (t and YM.match(t))):
                    err(f"{w}: date format {s}..{t}")
                elif p not in ("month", "year"):
                    err(f"{w}: precision {p}")
                elif not (idx(s) <= idx(t) <= idx(AS_OF)):
                    err(f"{w}: start/end order {s}..{t}")
                elif p == "year" and (s[5:] != "01" or (t != "present" and t[5:] != "12")):
                    err(f"{w}: year precision not Jan..Dec")
            if not e["title"] or norm(e["title"]) not in text:
                err(f"{w}: title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f"{w}: organization '{e['organization']}' not in extracted text")
        if g["total_months"] != months(ents):
            err(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, only_facing=True):
            err(f"cs_months {g['cs_months']} != {months(ents, only_facing=True)}")
    for e in errs:
        print(e)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
