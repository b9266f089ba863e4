"""Check dev/gold.jsonl against the files."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym(s):
    s = "2026-11" if s == "present" else s
    return int(s[:4]), int(s[5:])


def recount(es):
    ms = set()
    for e in es:
        if not e["start"]:
            continue
        y, m = ym(e["start"])
        y2, m2 = ym(e["end"])
        while (y, m) <= (y2, m2):
            ms.add((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return len(ms)


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
        for hf in (s.header, s.footer):
            out.extend(p.text for p in hf.paragraphs)
            cells(hf.tables)
    return "\n".join(out)


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30 or len(files) != 30:
        errs.append(f"expected 30 files and lines, got {len(files)} files, {len(lines)} lines")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g["file"]
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        for e in es:
            t = e["title"]
            if list(e) != ENT:
                errs.append(f"{f}/{t}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{f}/{t}: kind {e['kind']} for {e['cs']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}/{t}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{f}/{t}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated with end/precision")
            else:
                if not YM.match(e["start"]) or not (YM.match(e["end"]) or e["end"] == "present"):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > (2026, 11):
                    errs.append(f"{f}/{t}: date order {e['start']} {e['end']}")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
        if recount(es) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {recount(es)}")
        if recount([e for e in es if e["cs"] == "facing"]) != g["cs_months"]:
            errs.append(f"{f}: cs_months")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(p))
        for e in es:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    errs.append(f"{f}: {k} not in text: {e[k]!r}")
    exp = [f"w{i:03d}" for i in range(1, 31)]
    if [s.rsplit(".", 1)[0] for s in seen] != exp:
        errs.append("gold lines not w001..w030 in order")
    if sorted(seen) != files:
        errs.append("gold files and dev files differ")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
