"""Check corpora/wild82/dev: schema, key order, values, dates, months, sizes, text presence."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import lib  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
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
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    seen = []
    for n, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != lib.AS_OF:
            errs.append(f"{f}: as_of")
        if f != "w%03d.%s" % (n, f.rsplit(".", 1)[1]):
            errs.append(f"{f}: out of order (line {n})")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(path))
        for e in ents:
            t = e.get("title")
            if list(e) != lib.KEYS:
                errs.append(f"{f}/{t}: entry keys {list(e)}")
            if e["cs"] not in CS:
                errs.append(f"{f}/{t}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{f}/{t}: kind on non-facing")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{f}/{t}: section/employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated mix")
            else:
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif lib.ym(e["start"]) > lib.ym(e["end"]):
                    errs.append(f"{f}/{t}: start after end")
                elif lib.ym(e["end"]) > lib.ym(lib.AS_OF):
                    errs.append(f"{f}/{t}: end after as_of")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
            for v in (e["title"], e["organization"]):
                if v and norm(v) not in text:
                    errs.append(f"{f}: '{v}' not in extracted text")
        if g["total_months"] != lib.months(ents) or g["cs_months"] != lib.months(ents, True):
            errs.append(f"{f}: months recount")
    if sorted(seen) != files:
        errs.append("gold files differ from dev files")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems", f"({len(lines)} résumés)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
