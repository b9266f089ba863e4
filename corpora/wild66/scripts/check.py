"""Check wild66/dev: schema, key order, values, dates, months, sizes and text presence."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ET = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
SEC = {"work", "volunteer", "other"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
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
            for part in (s.header, s.footer):
                out.extend(p.text for p in part.paragraphs)
                cells(part.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        import html
        raw = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|script).*?</\1>", " ", raw)))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs, warns = [], []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines vs {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            err("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file too large")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        txt = norm(text_of(path))
        for e in ents:
            t = e.get("title")
            if list(e) != EK:
                err(f"entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                err(f"{t}: kind {e['kind']}")
            if e["section"] not in SEC or e["employment_type"] not in ET:
                err(f"{t}: section/type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    err(f"{t}: undated mix")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    err(f"{t}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    err(f"{t}: end before start")
                elif e["start"] > AS_OF or (e["end"] != "present" and e["end"] > AS_OF):
                    err(f"{t}: after as_of")
                if e["date_precision"] not in ("month", "year"):
                    err(f"{t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      (e["end"] != "present" and e["end"][5:] != "12")):
                    err(f"{t}: year precision bounds")
            if norm(t) not in txt:
                err(f"title not in text: {t}")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                err(f"organization not in text: {e['organization']}")
            for b in e["bullets"]:
                if norm(b) not in txt:  # informational only: pdfminer may interleave right-aligned dates
                    warns.append(f"{f}: bullet not contiguous in extracted text: {b[:50]}")
        if g["total_months"] != months(ents):
            err("total_months")
        if g["cs_months"] != months([e for e in ents if e["cs"] == "facing"]):
            err("cs_months")
    if seen != files:
        errs.append(f"order/file mismatch: {seen} vs {files}")
    for w in warns:
        print("note", w)
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
