"""Check dev/gold.jsonl against the files."""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months, KINDS  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section",
      "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
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
            for hf in (s.header, s.footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    txt = open(path, encoding="utf-8").read()
    if ext == "html":
        txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
    return txt


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30:
        errs.append(f"{len(lines)} gold lines")
    seen = []
    for i, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if f != f"w{i:03d}." + f.rsplit(".", 1)[-1]:
            errs.append(f"{f}: out of order")
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(path))
        for e in es:
            t = e.get("title")
            if list(e) != EK:
                errs.append(f"{f}/{t}: keys {list(e)}")
                continue
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}/{t}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}/{t}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{f}/{t}: kind on non-facing")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errs.append(f"{f}/{t}: half-null dates")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    errs.append(f"{f}/{t}: date format {s} {en}")
                elif p not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision {p}")
                else:
                    if en != "present" and en < s:
                        errs.append(f"{f}/{t}: end before start")
                    if en != "present" and en > "2026-11" or s > "2026-11":
                        errs.append(f"{f}/{t}: after as_of")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        errs.append(f"{f}/{t}: year precision not Jan..Dec")
            if norm(t) not in text:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] and norm(e["organization"]) not in text:
                errs.append(f"{f}: organization not in text: {e['organization']!r}")
        tm = months([(e["start"], e["end"]) for e in es])
        cm = months([(e["start"], e["end"]) for e in es if e["cs"] == "facing"])
        if (tm, cm) != (g["total_months"], g["cs_months"]):
            errs.append(f"{f}: months {g['total_months']},{g['cs_months']} vs recount {tm},{cm}")
    if sorted(seen) != files:
        errs.append(f"files vs gold differ: {set(files) ^ set(seen)}")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
