"""Check wild116/dev: schema, key order, values, dates, months, sizes, titles/orgs in extracted text."""
import json
import os
import re
import sys
import html as _html
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, KINDS, count_months, ym_index  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
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
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = _html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|head)>.*?</\1>", " ", raw)))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    n = 0
    for i, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        exp = f"w{i:03d}"
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if not f.startswith(exp + "."):
            errs.append(f"{f}: expected {exp}")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too large")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        txt = norm(text_of(p))
        dated, cs = [], []
        for e in es:
            n += 1
            t = e.get("title")
            if list(e) != EK:
                errs.append(f"{f}: entry keys {list(e)}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}: section {e['section']}")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}: employment_type {e['employment_type']}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}: {t}: kind {e['kind']} with cs {e['cs']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}: {t}: bullets")
            if not t or norm(t) not in txt:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{f}: organisation not in text: {e['organization']!r}")
            s, en, pr = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or pr is not None:
                    errs.append(f"{f}: {t}: undated entry with end/precision")
                continue
            if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                errs.append(f"{f}: {t}: date format {s} {en}")
                continue
            if pr not in ("month", "year"):
                errs.append(f"{f}: {t}: precision {pr}")
            if pr == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                errs.append(f"{f}: {t}: year precision not Jan..Dec")
            if ym_index(s) > ym_index(en) or ym_index(en) > ym_index(AS_OF):
                errs.append(f"{f}: {t}: date order {s} {en}")
            dated.append((s, en))
            if e["cs"] == "facing":
                cs.append((s, en))
        if count_months(dated) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {count_months(dated)}")
        if count_months(cs) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {count_months(cs)}")
        if f.endswith(".docx"):
            for zi in zipfile.ZipFile(p).infolist():
                if zi.date_time != (2026, 10, 28, 10, 0, 0):
                    errs.append(f"{f}: zip timestamp {zi.filename}")
                    break
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} files, {n} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
