"""Check dev/: schema, key order, values, dates, months recount, sizes, titles/orgs in extracted text."""
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, merged_months, ym_idx  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
         "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


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
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<style.*?</style>|<title>.*?</title>", " ", raw, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def span(e):
    if e["date_precision"] == "year":
        a = int(e["start"]) * 12
        b = ym_idx(AS_OF) if e["end"] == "present" else int(e["end"]) * 12 + 11
    else:
        a = ym_idx(e["start"])
        b = ym_idx(AS_OF) if e["end"] == "present" else ym_idx(e["end"])
    return a, b


def main():
    errs = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if sorted(g["file"] for g in golds) != files:
        errs.append(f"file list mismatch: {files} vs gold")
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        spans, cs_spans = [], []
        for i, e in enumerate(ents):
            tag = f"{f}#{i} {e.get('title')}"
            if list(e) != EKEYS:
                errs.append(f"{tag}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{tag}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["kind"] is not None and e["kind"] not in KINDS):
                errs.append(f"{tag}: kind {e['kind']} for cs {e['cs']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{tag}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{tag}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{tag}: bullets")
            if not e["title"]:
                errs.append(f"{tag}: empty title")
            p = e["date_precision"]
            if p is None:
                if e["start"] is not None or e["end"] is not None:
                    errs.append(f"{tag}: undated but start/end set")
                continue
            pat = r"^\d{4}$" if p == "year" else r"^\d{4}-(0[1-9]|1[0-2])$"
            if not re.match(pat, e["start"]) or not (e["end"] == "present" or re.match(pat, e["end"])):
                errs.append(f"{tag}: date format {e['start']} {e['end']} {p}")
                continue
            a, b = span(e)
            if a > b:
                errs.append(f"{tag}: start after end")
            if b > ym_idx(AS_OF):
                errs.append(f"{tag}: end after as_of")
            spans.append((a, b))
            if e["cs"] == "facing":
                cs_spans.append((a, b))
        if merged_months(spans) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {merged_months(spans)}")
        if merged_months(cs_spans) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {merged_months(cs_spans)}")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too large")
        if f.endswith(".docx"):
            zipfile.ZipFile(path).testzip()
        text = norm(extract(path))
        for e in ents:
            for key in ("title", "organization"):
                if e[key] and norm(e[key]) not in text:
                    errs.append(f"{f}: {key} not in text: {e[key]!r}")
    for e in errs:
        print("FAIL", e)
    n = sum(len(g["entries"]) for g in golds)
    print(f"{len(golds)} files, {n} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
