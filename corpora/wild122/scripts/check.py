"""Check dev/ against gold.jsonl."""
import json, os, re, sys, html
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(p):
    if p.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(p)
    if p.endswith(".docx"):
        import docx
        d = docx.Document(p)
        out = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(x.text for x in c.paragraphs)
                        cells(c.tables)
        out += [x.text for x in d.paragraphs]
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                out += [x.text for x in hf.paragraphs]
                cells(hf.tables)
        return "\n".join(out)
    t = open(p, encoding="utf-8").read()
    if p.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines vs {len(files)} files")
    prev = None
    for ln in lines:
        g = json.loads(ln)
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if prev and f <= prev:
            errs.append(f"{f}: order")
        prev = f
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        txt = norm(text_of(p))
        for e in es:
            if list(e) != EK:
                errs.append(f"{f}: entry keys {list(e)}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}: section {e['section']}")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}: etype")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{f}: kind {e['title']}")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}: undated entry")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{f}: date format {e['start']} {e['end']}")
                elif lib.ym2i(e["start"]) > lib.ym2i(e["end"]) or lib.ym2i(e["end"]) > lib.ym2i("2026-11"):
                    errs.append(f"{f}: date order {e['title']}")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}: precision")
            if not isinstance(e["bullets"], list):
                errs.append(f"{f}: bullets")
            if norm(e["title"]) not in txt:
                errs.append(f"{f}: title not in text: {e['title']}")
            if e["organization"] and norm(e["organization"]) not in txt:
                errs.append(f"{f}: org not in text: {e['organization']}")
        if g["total_months"] != lib.months(es) or g["cs_months"] != lib.months(es, True):
            errs.append(f"{f}: months")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems", f"({len(lines)} files)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
