"""Check dev/gold.jsonl against the files in dev/."""
import html
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section",
      "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ET = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


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


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
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
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    names = [json.loads(x)["file"] for x in lines]
    if sorted(names) != files:
        errs.append(f"file list mismatch: {set(names) ^ set(files)}")
    if names != sorted(names):
        errs.append("gold not in file order")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        n_ent += len(es)
        p = os.path.join(DEV, f)
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(p))
        iv_all, iv_cs = [], []
        for i, e in enumerate(es):
            tag = f"{f}#{i} {e.get('title')}"
            if list(e) != EK:
                errs.append(f"{tag}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{tag}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{tag}: kind {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{tag}: section")
            if e["employment_type"] not in ET:
                errs.append(f"{tag}: employment_type")
            if not isinstance(e["bullets"], list):
                errs.append(f"{tag}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{tag}: undated but end/precision set")
            else:
                if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]):
                    errs.append(f"{tag}: start {e['start']}")
                if e["end"] != "present" and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"] or ""):
                    errs.append(f"{tag}: end {e['end']}")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{tag}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{tag}: year precision but not Jan..Dec")
                a, b = ym(e["start"]), ym(e["end"])
                if a > b or b > ym("2026-11"):
                    errs.append(f"{tag}: date order")
                iv_all.append((a, b))
                if e["cs"] == "facing":
                    iv_cs.append((a, b))
            if norm(e["title"]) not in text:
                errs.append(f"{tag}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{tag}: organization '{e['organization']}' not in text")
        if merged(iv_all) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {merged(iv_all)}")
        if merged(iv_cs) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {merged(iv_cs)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
