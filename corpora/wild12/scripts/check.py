"""Check corpora/wild12/dev: schema, months recount, entry counts, file sizes, gold text present in the extracted text.

Run from corpora/wild12:  ../../.venv/bin/python scripts/check.py
"""
from __future__ import annotations

import json
import os
import re
import sys

from docx import Document
from docx.oxml.ns import qn
from pdfminer.high_level import extract_text

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(os.path.dirname(HERE), "dev")
AS_OF = (2026, 11)

TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
              "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def idx(s):
    y, m = AS_OF if s == "present" else map(int, s.split("-"))
    return y * 12 + m - 1


def merged(entries):
    iv = sorted((idx(e["start"]), idx(e["end"])) for e in entries if e["start"])
    total, cur = 0, None
    for a, b in iv:
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += (cur[1] - cur[0] + 1) if cur else 0
            cur = [a, b]
    return total + ((cur[1] - cur[0] + 1) if cur else 0)


def docx_text(path):
    doc = Document(path)
    out = []

    def walk(el):
        for child in el.iterchildren():
            if child.tag == qn("w:p"):
                parts = []
                for r in child.iter(qn("w:r")):
                    for el in r.iterchildren(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
                        parts.append(el.text or "" if el.tag == qn("w:t") else ("\t" if el.tag == qn("w:tab") else "\n"))
                out.append("".join(parts))
            elif child.tag == qn("w:tbl"):
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        walk(tc)
            elif child.tag in (qn("w:sdt"),):
                walk(child.find(qn("w:sdtContent")))
    walk(doc.element.body)
    for sec in doc.sections:
        for part in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            if part is not None and not part.is_linked_to_previous:
                walk(part._element)
    return "\n".join(out)


def extract(path):
    if path.endswith(".pdf"):
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []
    err = errors.append
    with open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    files = sorted(n for n in os.listdir(DEV) if n != "gold.jsonl")
    if [g["file"] for g in gold] != files:
        err(f"gold files {[g['file'] for g in gold]} != dev files {files}")
    if len(gold) != 30:
        err(f"{len(gold)} gold lines, expected 30")
    for g in gold:
        fn = g["file"]
        if list(g) != TOP_KEYS:
            err(f"{fn}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            err(f"{fn}: as_of {g['as_of']}")
        # Year-only ranges are written as years ("2019".."2022") and counted Jan..Dec.
        ents = [
            {**e, "start": e["start"] + "-01", "end": e["end"] if e["end"] == "present" else e["end"] + "-12"}
            if e.get("date_precision") == "year" and e.get("start") and len(e["start"]) == 4 else e
            for e in g["entries"]
        ]
        if not 3 <= len(ents) <= 7:
            err(f"{fn}: {len(ents)} entries (want 3–7)")
        for i, e in enumerate(ents):
            w = f"{fn}#{i} {e.get('title')!r}"
            if list(e) != ENTRY_KEYS:
                err(f"{w}: keys {list(e)}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{w}: empty title")
            if e["organization"] is not None and not e["organization"].strip():
                err(f"{w}: blank organization")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES or e["cs"] not in CS:
                err(f"{w}: bad section/employment_type/cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                err(f"{w}: kind {e['kind']} with cs {e['cs']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{w}: bullets")
            p = e["date_precision"]
            if p is None:
                if e["start"] is not None or e["end"] is not None:
                    err(f"{w}: undated entry with dates")
            else:
                if p not in ("month", "year") or not YM.match(e["start"] or "") or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    err(f"{w}: bad dates {e['start']}..{e['end']} ({p})")
                    continue
                if idx(e["start"]) > idx(e["end"]):
                    err(f"{w}: start after end")
                if idx(e["end"]) > idx("present"):
                    err(f"{w}: end after as_of")
                if p == "year" and (not e["start"].endswith("-01") or not (e["end"] == "present" or e["end"].endswith("-12"))):
                    err(f"{w}: year precision not Jan..Dec")
        tm, cm = merged(ents), merged([e for e in ents if e["cs"] == "facing"])
        if (tm, cm) != (g["total_months"], g["cs_months"]):
            err(f"{fn}: months {g['total_months']}/{g['cs_months']} recount {tm}/{cm}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            err(f"{fn}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f"{fn}: {os.path.getsize(path)} bytes")
        text = norm(extract(path))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    err(f"{fn}: {k} {e[k]!r} not in extracted text")
    n = sum(len(g["entries"]) for g in gold)
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(gold)} files, {n} entries")


if __name__ == "__main__":
    main()
