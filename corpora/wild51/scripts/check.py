"""Check corpora/wild51/dev/gold.jsonl against the files: schema, labels, dates, months, text presence."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
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
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        return html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errors = []
    err = errors.append
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        err("gold files do not match dev/ files in order")
    for n, line in enumerate(lines, 1):
        g = json.loads(line)
        f = g.get("file", f"line{n}")
        if list(g) != TOP:
            err(f"{f}: top-level keys {list(g)}")
            continue
        if g["as_of"] != "2026-11":
            err(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err(f"{f}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f"{f}: file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{f}: {len(ents)} entries")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')!r}"
            if list(e) != KEYS:
                err(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{w}: facing without a valid kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{w}: kind set on non-facing")
            if e["section"] not in SECTIONS:
                err(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{w}: bullets")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None or en is None or pr is None:
                if not (st is None and en is None and pr is None):
                    err(f"{w}: undated entries need null start, end and precision")
            else:
                if not YM.match(st):
                    err(f"{w}: start {st}")
                if not (en == "present" or YM.match(en)):
                    err(f"{w}: end {en}")
                if pr not in ("month", "year"):
                    err(f"{w}: precision {pr}")
                endv = "2026-11" if en == "present" else en
                if YM.match(st) and (st > endv or endv > "2026-11"):
                    err(f"{w}: dates out of order or after as_of")
            if not e["title"] or norm(e["title"]) not in text:
                err(f"{w}: title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f"{w}: organization {e['organization']!r} not in extracted text")
        if g["total_months"] != months(ents):
            err(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, only_facing=True):
            err(f"{f}: cs_months {g['cs_months']} != {months(ents, only_facing=True)}")
    for e in errors:
        print(e)
    print(f"{len(lines)} files checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
