"""Check dev/ for wild83: schema, key order, values, dates, months, sizes, text occurrence."""
import html
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months, ym_index, AS_OF  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
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
    for g in golds:
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(path))
        for i, e in enumerate(es):
            w = f"{f}[{i}] {e.get('title')}"
            if list(e) != ENT:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{w}: kind {e['kind']} for {e['cs']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            p = e["date_precision"]
            if p == "month":
                pat = r"\d{4}-(0[1-9]|1[0-2])"
            elif p == "year":
                pat = r"\d{4}"
            elif p is None:
                pat = None
            else:
                errs.append(f"{w}: precision {p}")
                continue
            if pat is None:
                if e["start"] is not None or e["end"] is not None:
                    errs.append(f"{w}: undated with dates")
            else:
                if not re.fullmatch(pat, e["start"] or ""):
                    errs.append(f"{w}: start {e['start']}")
                if e["end"] != "present" and not re.fullmatch(pat, e["end"] or ""):
                    errs.append(f"{w}: end {e['end']}")
                elif ym_index(e["start"]) > ym_index(e["end"], True) or ym_index(e["end"], True) > ym_index("present"):
                    errs.append(f"{w}: date order")
            if norm(e["title"]) not in txt:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{w}: organization '{e['organization']}' not in text")
        if g["total_months"] != months(es):
            errs.append(f"{f}: total_months {g['total_months']} != {months(es)}")
        if g["cs_months"] != months(es, True):
            errs.append(f"{f}: cs_months")
    for x in errs:
        print("FAIL", x)
    n = sum(len(g["entries"]) for g in golds)
    print(f"{len(golds)} files, {n} entries, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
