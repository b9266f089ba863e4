"""Check dev/gold.jsonl against the files in dev/."""
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import totals  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section",
      "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    d = Document(path)
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


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        def bad(msg):
            errs.append(f"{f}: {msg}")
        if list(g) != TOP:
            bad(f"top keys {list(g)}")
        if g["as_of"] != "2026-11":
            bad("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            bad(f"{len(ents)} entries")
        for i, e in enumerate(ents):
            if list(e) != EK:
                bad(f"entry {i} keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                bad(f"entry {i} cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                bad(f"entry {i} kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                bad(f"entry {i} kind must be null")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                bad(f"entry {i} section/type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                bad(f"entry {i} bullets")
            s, t, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if t is not None or p is not None:
                    bad(f"entry {i} undated but end/precision set")
            else:
                if not YM.match(s) or not (t == "present" or YM.match(t or "")):
                    bad(f"entry {i} date format {s} {t}")
                elif t != "present" and t < s:
                    bad(f"entry {i} end before start")
                elif (t == "present" and s > "2026-11"):
                    bad(f"entry {i} start after as_of")
                if p not in ("month", "year"):
                    bad(f"entry {i} precision {p}")
                if p == "year" and (s[5:] != "01" or (t != "present" and t[5:] != "12")):
                    bad(f"entry {i} year precision must be Jan..Dec")
            if not e["title"]:
                bad(f"entry {i} empty title")
        tot, cs = totals(ents)
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            bad(f"months {g['total_months']},{g['cs_months']} recount {tot},{cs}")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            bad("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            bad("file over 2 MB")
        txt = norm(text_of(path))
        for i, e in enumerate(ents):
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    bad(f"entry {i} {k} not in text: {e[k]!r}")
    if sorted(seen) != files:
        errs.append("gold files differ from dev files")
    for x in errs:
        print("FAIL", x)
    print(f"{len(lines)} résumés checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
