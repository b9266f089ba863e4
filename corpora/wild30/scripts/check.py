"""Check wild30/dev/gold.jsonl against the files.  Run from corpora/wild30:
    ../../.venv/bin/python scripts/check.py
Reports every problem and ends with the error count."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import extract  # noqa: E402

ROOT = os.path.dirname(HERE)
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
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
EXTS = {"pdf", "docx", "txt", "md", "html"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"\s+", "", s)


def months(entries):
    out = set()
    for e in entries:
        if not e["start"]:
            continue
        a = AS_OF if e["start"] == "present" else e["start"]
        b = AS_OF if e["end"] == "present" else e["end"]
        y, m = map(int, a.split("-"))
        y2, m2 = map(int, b.split("-"))
        while (y, m) <= (y2, m2):
            out.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(out)


def check_entry(i, e, errs, where):
    p = f"{where} entry {i}"
    if list(e.keys()) != ENTRY_KEYS:
        errs.append(f"{p}: keys/order {list(e.keys())}")
        return
    if not isinstance(e["title"], str) or not e["title"].strip():
        errs.append(f"{p}: empty title")
    for k in ("organization", "location"):
        if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
            errs.append(f"{p}: bad {k} {e[k]!r}")
    if e["cs"] not in CS:
        errs.append(f"{p}: cs {e['cs']!r}")
    if e["cs"] == "facing":
        if e["kind"] not in KINDS:
            errs.append(f"{p}: facing needs a kind, got {e['kind']!r}")
    elif e["kind"] is not None:
        errs.append(f"{p}: kind set on non-facing entry")
    if e["section"] not in SECTIONS:
        errs.append(f"{p}: section {e['section']!r}")
    if e["employment_type"] not in ETYPES:
        errs.append(f"{p}: employment_type {e['employment_type']!r}")
    if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
        errs.append(f"{p}: bullets must be a list of non-empty strings")
    s, t, pr = e["start"], e["end"], e["date_precision"]
    if s is None or t is None:
        if not (s is None and t is None and pr is None):
            errs.append(f"{p}: undated entries need null start, end and precision")
        return
    if not YM.match(s):
        errs.append(f"{p}: start {s!r}")
        return
    if not (t == "present" or YM.match(t)):
        errs.append(f"{p}: end {t!r}")
        return
    if pr not in ("month", "year"):
        errs.append(f"{p}: date_precision {pr!r}")
    tt = AS_OF if t == "present" else t
    if not (s <= tt <= AS_OF):
        errs.append(f"{p}: dates out of order or after {AS_OF}: {s}..{t}")
    if pr == "year" and (not s.endswith("-01") or not (t == "present" or t.endswith("-12"))):
        errs.append(f"{p}: year precision must run January..December: {s}..{t}")


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = []
    for n, ln in enumerate(lines, 1):
        try:
            golds.append(json.loads(ln))
        except json.JSONDecodeError as ex:
            errs.append(f"line {n}: bad JSON ({ex})")
    if [g.get("file") for g in golds] != files:
        errs.append(f"gold files {[g.get('file') for g in golds]} do not match dev/ files {files} in order")
    for g in golds:
        f = g.get("file", "?")
        if list(g.keys()) != TOP_KEYS:
            errs.append(f"{f}: top-level keys/order {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            errs.append(f"{f}: empty family")
        if f.rsplit(".", 1)[-1] not in EXTS:
            errs.append(f"{f}: unexpected extension")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: file is 2 MB or more")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries (want 3–6)")
        for i, e in enumerate(es):
            check_entry(i, e, errs, f)
        try:
            tot = months(es)
            cs = months([e for e in es if e.get("cs") == "facing"])
            if tot != g["total_months"]:
                errs.append(f"{f}: total_months {g['total_months']} != recount {tot}")
            if cs != g["cs_months"]:
                errs.append(f"{f}: cs_months {g['cs_months']} != recount {cs}")
        except Exception as ex:  # malformed dates already reported
            errs.append(f"{f}: cannot recount months ({ex})")
        text = norm(extract(path))
        for i, e in enumerate(es):
            for k in ("title", "organization"):
                v = e.get(k)
                if v and norm(v) not in text:
                    errs.append(f"{f} entry {i}: {k} {v!r} not found in the extracted text")
    for e in errs:
        print("ERROR", e)
    n_entries = sum(len(g.get("entries", [])) for g in golds)
    print(f"checked {len(golds)} files, {n_entries} entries: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
