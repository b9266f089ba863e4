"""Check dev/ for wild84: python scripts/check.py (from corpora/wild84)."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months, KINDS  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
SECTIONS = {"work", "volunteer", "other"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)
    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(out)


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines for {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        txt = norm(text_of(path))
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != EK:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind on non-facing")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errs.append(f"{w}: partial undated")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    errs.append(f"{w}: date format {s} {en}")
                elif p not in ("month", "year"):
                    errs.append(f"{w}: precision")
                else:
                    if en != "present" and en < s:
                        errs.append(f"{w}: end before start")
                    if (en if en != "present" else "2026-11") > "2026-11":
                        errs.append(f"{w}: after as_of")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        errs.append(f"{w}: year precision not Jan..Dec")
            if not e["title"] or norm(e["title"]) not in txt:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{w}: organization '{e['organization']}' not in text")
        if months(ents) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if months(ents, "facing") != g["cs_months"]:
            errs.append(f"{f}: cs_months")
    if sorted(seen) != files:
        errs.append(f"gold files {seen} vs {files}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
