"""Check wild79/dev: schema, key order, values, dates, months, sizes, text presence."""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import KINDS, months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        doc = docx.Document(path)
        out = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        out.extend(p.text for p in doc.paragraphs)
        tables(doc.tables)
        for s in doc.sections:
            for hf in (s.header, s.footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        import html
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    if [g["file"] for g in gold] != files:
        errs.append(f"file list mismatch: {files} vs gold")
    n = 0
    for g in gold:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f"{f}: {len(g['entries'])} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(path))
        for i, e in enumerate(g["entries"]):
            n += 1
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != EK:
                errs.append(f"{w}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{w}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{w}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated but end/precision set")
            else:
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if not DATE.match(e["start"]) or not (e["end"] == "present" or DATE.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                else:
                    end = "2026-11" if e["end"] == "present" else e["end"]
                    if e["start"] > end or end > "2026-11":
                        errs.append(f"{w}: date order {e['start']} {e['end']}")
                    if e["date_precision"] == "year" and not (e["start"].endswith("-01") and
                                                               (e["end"] == "present" or e["end"].endswith("-12"))):
                        errs.append(f"{w}: year precision dates")
            for key in ("title", "organization"):
                if e[key] is not None and norm(e[key]) not in txt:
                    errs.append(f"{w}: {key} '{e[key]}' not in text")
            if not e["title"]:
                errs.append(f"{w}: empty title")
        if months(g["entries"]) != g["total_months"] or months(g["entries"], True) != g["cs_months"]:
            errs.append(f"{f}: months recount {months(g['entries'])}/{months(g['entries'], True)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(gold)} files, {n} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
