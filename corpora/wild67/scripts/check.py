"""Check dev/: schema, key order, values, dates, months, sizes, titles/orgs in extracted text."""
import html
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym(s):
    s = "2026-11" if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def months(iv):
    iv = sorted(iv)
    tot, cur = 0, None
    for a, b in iv:
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
    return tot + (cur[1] - cur[0] + 1 if cur else 0)


def docx_text(path):
    from docx import Document
    d = Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    tables(c.tables)
    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    return "\n".join(out)


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(x) for x in lines]
    if [g["file"] for g in golds] != files:
        errs.append(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    if len(files) != 30:
        errs.append(f"{len(files)} files, expected 30")
    n = 0
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too large")
        txt = norm(text_of(path))
        for e in ents:
            n += 1
            t = e.get("title")
            if list(e) != KEYS:
                errs.append(f"{f} {t}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f} {t}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f} {t}: kind {e['kind']} for {e['cs']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f} {t}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{f} {t}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f} {t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f} {t}: undated but end/precision set")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(f"{f} {t}: date format {e['start']} {e['end']}")
                elif ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > ym("2026-11"):
                    errs.append(f"{f} {t}: date order {e['start']} {e['end']}")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f} {t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{f} {t}: year precision must be Jan..Dec")
            if not t or norm(t) not in txt:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{f}: organization not in text: {e['organization']!r}")
        dated = [(ym(e["start"]), ym(e["end"])) for e in ents if e.get("start")]
        fac = [(ym(e["start"]), ym(e["end"])) for e in ents if e.get("start") and e.get("cs") == "facing"]
        if months(dated) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {months(dated)}")
        if months(fac) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {months(fac)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(golds)} files, {n} entries, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
