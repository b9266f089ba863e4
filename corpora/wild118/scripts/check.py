"""Check wild118 dev/: schema, key order, values, dates, months, sizes and text presence."""
import html
import io
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
sys.path.insert(0, HERE)
from lib import AS_OF, KINDS, count  # noqa: E402

TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
       "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        doc = docx.Document(path)
        parts = []

        def cells(tbl):
            for row in tbl.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
                    for t in c.tables:
                        cells(t)

        parts.extend(p.text for p in doc.paragraphs)
        for t in doc.tables:
            cells(t)
        for s in doc.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                for t in hf.tables:
                    cells(t)
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
    names = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        names.append(f)
        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top keys {list(g)}")
            continue
        if g["as_of"] != AS_OF:
            err("as_of")
        if not 3 <= len(g["entries"]) <= 6:
            err(f"{len(g['entries'])} entries")
        for i, e in enumerate(g["entries"]):
            if list(e) != ENT:
                err(f"entry {i} keys {list(e)}")
                continue
            if not e["title"]:
                err(f"entry {i} empty title")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES or e["cs"] not in CS:
                err(f"entry {i} bad value")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"entry {i} facing without valid kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"entry {i} kind on non-facing")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"entry {i} bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    err(f"entry {i} undated mismatch")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    err(f"entry {i} date format {e['start']} {e['end']}")
                elif e["date_precision"] not in ("month", "year"):
                    err(f"entry {i} precision")
                else:
                    end = AS_OF if e["end"] == "present" else e["end"]
                    if e["start"] > end or end > AS_OF:
                        err(f"entry {i} date order {e['start']} {e['end']}")
                    if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                          (e["end"] != "present" and e["end"][5:] != "12")):
                        err(f"entry {i} year precision not Jan..Dec")
        if count(g["entries"]) != g["total_months"]:
            err(f"total_months {g['total_months']} != {count(g['entries'])}")
        if count(g["entries"], True) != g["cs_months"]:
            err(f"cs_months {g['cs_months']} != {count(g['entries'], True)}")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("file missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        t = norm(text_of(path))
        for i, e in enumerate(g["entries"]):
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in t:
                    err(f"entry {i} {k} {e[k]!r} not in extracted text")
    if sorted(names) != files:
        errs.append(f"files vs gold mismatch: {sorted(set(files) ^ set(names))}")
    if names != sorted(names):
        errs.append("gold not in file order")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} gold lines, {len(files)} files, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
