"""Check wild75/dev: schema, key order, values, dates, months recount, entry counts, sizes, text presence."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        parts.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
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
        errs.append(f"{len(lines)} gold lines for {len(files)} files")
    seen = []
    for i, ln in enumerate(lines):
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if f != f"w{i+1:03d}." + f.rsplit(".", 1)[1]:
            errs.append(f"{f}: out of order")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(path))
        for e in ents:
            t = e.get("title")
            if list(e) != ENT:
                errs.append(f"{f}: entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f} {t}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f} {t}: kind {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f} {t}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{f} {t}: etype")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f} {t}: bullets")
            p = e["date_precision"]
            if e["start"] is None:
                if e["end"] is not None or p is not None:
                    errs.append(f"{f} {t}: undated mix")
            else:
                pat = r"^\d{4}-(0[1-9]|1[0-2])$" if p == "month" else r"^\d{4}$"
                if p not in ("month", "year"):
                    errs.append(f"{f} {t}: precision {p}")
                if not re.match(pat, e["start"]) or not (e["end"] == "present" or re.match(pat, e["end"])):
                    errs.append(f"{f} {t}: date format {e['start']} {e['end']}")
                else:
                    end = "2026-11" if e["end"] == "present" else e["end"]
                    if e["start"][:len(end)] > end[:len(e['start'])] or end > "2026-11" or e["start"] > "2026-11":
                        errs.append(f"{f} {t}: date order {e['start']} {e['end']}")
            if norm(t) not in text:
                errs.append(f"{f}: title not in text: {t}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{f}: org not in text: {e['organization']}")
        if g["total_months"] != months(ents):
            errs.append(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months([e for e in ents if e["cs"] == "facing"]):
            errs.append(f"{f}: cs_months")
    if sorted(seen) != files:
        errs.append("gold files differ from dev/ files")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries;",
          "OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
