"""Check wild71/dev: schema, key order, values, dates, months, sizes, and text presence."""
import json
import os
import re
import sys
import html as htmlmod
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months, AS_OF  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def squash(s):
    return re.sub(r"\s+", "", s).lower()


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = []

        def tables(tbls):
            for t in tbls:
                for row in t.rows:
                    for cell in row.cells:
                        out.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        out.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        text = extract(path)
        nt, st = norm(text), squash(text)
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')!r}"
            if list(e) != ENT:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']} for {e['cs']}")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated but end/precision set")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                else:
                    end = AS_OF if e["end"] == "present" else e["end"]
                    if end < e["start"] or end > AS_OF:
                        errs.append(f"{w}: date order {e['start']}..{e['end']}")
                    if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                        errs.append(f"{w}: year precision not Jan..Dec")
            for key in ("title", "organization"):
                v = e[key]
                if v is None:
                    continue
                if norm(v) not in nt and squash(v) not in st:
                    errs.append(f"{w}: {key} {v!r} not in extracted text")
        tot, cs = months(ents)
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} recount {tot}/{cs}")
    if seen != files:
        errs.append(f"gold order/files mismatch: {seen} vs {files}")
    for e in errs:
        print("FAIL", e)
    n = sum(len(json.loads(x)["entries"]) for x in lines)
    print(f"{len(lines)} files, {n} entries, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
