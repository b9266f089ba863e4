"""Check wild102/dev against its gold file."""
import json
import os
import re
import sys
import html as htmlmod

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import merged_months, KEYS  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    import docx
    d = docx.Document(path)
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


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        return htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = [json.loads(x) for x in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in lines] != files:
        errs.append(f"gold files {[g['file'] for g in lines]} != dev files {files}")
    for g in lines:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f"{f}: {len(g['entries'])} entries")
        size = os.path.getsize(os.path.join(DEV, f))
        if size >= 2 * 1024 * 1024:
            errs.append(f"{f}: size {size}")
        text = norm(extract(os.path.join(DEV, f)))
        for i, e in enumerate(g["entries"]):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != KEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']} for {e['cs']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{w}: section/type")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated mix")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(f"{w}: end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{w}: year precision not Jan..Dec")
            if not isinstance(e["bullets"], list):
                errs.append(f"{w}: bullets")
            if norm(e["title"]) not in text:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{w}: organization {e['organization']!r} not in text")
        tm = merged_months(g["entries"])
        cm = merged_months([e for e in g["entries"] if e["cs"] == "facing"])
        if (tm, cm) != (g["total_months"], g["cs_months"]):
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} != recount {tm}/{cm}")
    for e in errs:
        print("FAIL", e)
    n = sum(len(g["entries"]) for g in lines)
    print(f"{len(lines)} files, {n} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
