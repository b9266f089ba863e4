"""Check wild23/dev/gold.jsonl against the files: schema, labels, dates, month recount and
that every gold title and organisation occurs in the file's extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def idx(s):
    s = AS_OF if s == "present" else s
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(pairs):
    got = set()
    for s, e in pairs:
        if s is not None:
            got.update(range(idx(s), idx(e) + 1))
    return len(got)


def extract(path):
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
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                       s.even_page_header, s.even_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if ext == "html":
        raw = re.sub(r"(?is)<style.*?</style>", " ", raw)
        raw = re.sub(r"(?is)<title.*?</title>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errors = []
    err = errors.append
    gold_path = os.path.join(DEV, "gold.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        golds = [json.loads(ln) for ln in f if ln.strip()]
    files = sorted(fn for fn in os.listdir(DEV) if fn != "gold.jsonl")
    if [g["file"] for g in golds] != files:
        err(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    n_entries = 0
    for g in golds:
        fn = g.get("file", "?")
        if list(g.keys()) != TOP_KEYS:
            err(f"{fn}: top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err(f"{fn}: as_of {g['as_of']}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            err(f"{fn}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f"{fn}: file is 2 MB or more")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{fn}: {len(ents)} entries")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            n_entries += 1
            w = f"{fn}#{i} {e.get('title')!r}"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{w}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{w}: empty title")
            if e["organization"] is not None and not isinstance(e["organization"], str):
                err(f"{w}: organization type")
            if e["location"] is not None and not isinstance(e["location"], str):
                err(f"{w}: location type")
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{w}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{w}: facing without a valid kind ({e['kind']})")
            elif e["kind"] is not None:
                err(f"{w}: kind set on a {e['cs']} entry")
            if e["section"] not in SECTIONS:
                err(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b.strip() for b in e["bullets"]):
                err(f"{w}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f"{w}: undated entries need null start, end and precision")
            else:
                if not YM.match(s):
                    err(f"{w}: start {s}")
                elif not (en == "present" or YM.match(en)):
                    err(f"{w}: end {en}")
                else:
                    if p not in ("month", "year"):
                        err(f"{w}: precision {p}")
                    if idx(s) > idx(en):
                        err(f"{w}: start after end")
                    if idx(en) > idx(AS_OF) or idx(s) > idx(AS_OF):
                        err(f"{w}: after {AS_OF}")
                    if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                        err(f"{w}: year precision must run January to December")
            if norm(e["title"]) not in text:
                err(f"{w}: title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f"{w}: organization {e['organization']!r} not in extracted text")
        dated = [(e["start"], e["end"]) for e in ents if isinstance(e, dict) and e.get("start")]
        facing = [(e["start"], e["end"]) for e in ents if isinstance(e, dict) and e.get("start") and e.get("cs") == "facing"]
        if g["total_months"] != months(dated):
            err(f"{fn}: total_months {g['total_months']} != recount {months(dated)}")
        if g["cs_months"] != months(facing):
            err(f"{fn}: cs_months {g['cs_months']} != recount {months(facing)}")
    for e in errors:
        print("ERROR", e)
    print(f"checked {len(golds)} files, {n_entries} entries: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
