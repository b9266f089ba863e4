"""Check dev/gold.jsonl against the files in dev/."""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
         "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        from docx import Document
        doc = Document(path)
        parts = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        parts += [p.text for p in doc.paragraphs]
        cells(doc.tables)
        for s in doc.sections:
            for hf in (s.header, s.footer):
                parts += [p.text for p in hf.paragraphs]
                cells(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"<style.*?</style>|<title>.*?</title>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines vs {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != KEYS:
            errs.append(f"{f}: keys {list(g)}")
            continue
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        txt = norm(text_of(p))
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != EKEYS:
                errs.append(f"{w}: entry keys")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{w}: kind {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{w}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{w}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated but end/precision set")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                else:
                    end = "2026-11" if e["end"] == "present" else e["end"]
                    if e["start"] > end or end > "2026-11":
                        errs.append(f"{w}: date order {e['start']} {e['end']}")
                    if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                          (e["end"] != "present" and e["end"][5:] != "12")):
                        errs.append(f"{w}: year precision not Jan..Dec")
            if not e["title"] or norm(e["title"]) not in txt:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{w}: organization {e['organization']!r} not in text")
        if g["total_months"] != months(ents):
            errs.append(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months([e for e in ents if e["cs"] == "facing"]):
            errs.append(f"{f}: cs_months")
    if seen != sorted(seen) or sorted(seen) != files:
        errs.append("gold order / file set mismatch")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(x)['entries']) for x in lines)} entries, "
          f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
