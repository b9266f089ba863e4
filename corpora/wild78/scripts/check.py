"""Check dev/ of wild78: schema, key order, values, dates, months, sizes, text presence."""
import html, json, os, re, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import KEYS, count

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEV = os.path.join(ROOT, "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECT = {"work", "volunteer", "other"}
ETYPE = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        doc = docx.Document(path)
        out = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        out.extend(p.text for p in doc.paragraphs)
        cells(doc.tables)
        for s in doc.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(out)
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
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != KEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS: errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{w}: kind {e['kind']}")
            if e["section"] not in SECT: errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPE: errs.append(f"{w}: etype")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if not e["title"]: errs.append(f"{w}: title")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None: errs.append(f"{w}: undated")
            else:
                if not YM.match(e["start"]): errs.append(f"{w}: start {e['start']}")
                if e["end"] != "present" and not YM.match(e["end"] or ""): errs.append(f"{w}: end {e['end']}")
                if e["date_precision"] not in ("month", "year"): errs.append(f"{w}: precision")
                if e["end"] != "present" and e["end"] < e["start"]: errs.append(f"{w}: end before start")
                if e["start"] > "2026-11" or (e["end"] != "present" and e["end"] > "2026-11"): errs.append(f"{w}: future")
                if e["date_precision"] == "year" and (not e["start"].endswith("-01") or (e["end"] != "present" and not e["end"].endswith("-12"))):
                    errs.append(f"{w}: year precision months")
        if g["total_months"] != count(ents): errs.append(f"{f}: total_months {g['total_months']} != {count(ents)}")
        if g["cs_months"] != count(ents, True): errs.append(f"{f}: cs_months")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing"); continue
        if os.path.getsize(p) >= 2 * 1024 * 1024: errs.append(f"{f}: too big")
        text = norm(extract(p))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    errs.append(f"{f}: {k} not in text: {e[k]!r}")
    if seen != files:
        errs.append(f"gold order/file mismatch: {set(seen) ^ set(files)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} files checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
