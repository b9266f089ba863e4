"""Check dev/ of wild93: schema, key order, values, dates, months, size, text presence."""
import json, os, re, sys, html, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import totals, ym

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section",
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

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        parts += [p.text for p in d.paragraphs]
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts += [p.text for p in hf.paragraphs]
                cells(hf.tables)
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
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines, {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        f = g["file"]
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f"{f}: {len(g['entries'])} entries")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(p))
        for e in g["entries"]:
            if list(e) != EK:
                errs.append(f"{f}: entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}: kind {e['title']} {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{f}: etype")
            if not isinstance(e["bullets"], list):
                errs.append(f"{f}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}: undated mix")
            else:
                if not re.fullmatch(r"\d{4}-\d{2}", e["start"]) or not (e["end"] == "present" or re.fullmatch(r"\d{4}-\d{2}", e["end"])):
                    errs.append(f"{f}: date format {e['start']} {e['end']}")
                elif ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > ym("2026-11"):
                    errs.append(f"{f}: date order {e['title']}")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{f}: year precision coding {e['title']}")
            if norm(e["title"]) not in txt:
                errs.append(f"{f}: title not in text: {e['title']!r}")
            if e["organization"] and norm(e["organization"]) not in txt:
                errs.append(f"{f}: org not in text: {e['organization']!r}")
        tot, cs = totals(g["entries"])
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            errs.append(f"{f}: months {tot},{cs} vs {g['total_months']},{g['cs_months']}")
    if seen != files:
        errs.append(f"order/files mismatch: {seen} vs {files}")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
