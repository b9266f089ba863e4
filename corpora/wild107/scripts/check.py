"""Check dev/ for wild107."""
import json
import os
import re
import sys
import zipfile
import html as H

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DEV = os.path.join(HERE, "..", "dev")

TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym(s):
    if s == "present":
        s = "2026-11"
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def merged(iv):
    iv = sorted(iv)
    tot, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    return tot + (cur[1] - cur[0] + 1 if cur else 0)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        parts.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = H.unescape(re.sub(r"<[^>]+>", " ", raw))
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
    n_ent = 0
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        n_ent += len(es)
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(path))
        iv_all, iv_cs = [], []
        for e in es:
            t = e.get("title")
            if list(e) != ENT:
                errs.append(f"{f}/{t}: entry keys {list(e)}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}/{t}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}/{t}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated but end/precision set")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > ym("2026-11"):
                    errs.append(f"{f}/{t}: date order")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
                iv = (ym(e["start"]), ym(e["end"]))
                iv_all.append(iv)
                if e["cs"] == "facing":
                    iv_cs.append(iv)
            for key in ("title", "organization"):
                v = e[key]
                if v is not None and norm(v) not in txt:
                    errs.append(f"{f}: {key} {v!r} not in extracted text")
        if merged(iv_all) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {merged(iv_all)}")
        if merged(iv_cs) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {merged(iv_cs)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(golds)} files, {n_ent} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
