"""Check wild11/dev: schema, months recount, and every gold title/organisation occurs in the extracted text."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, AS_OF

DEV = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev")
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}


def extract(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip().lower()


def main():
    errors = []
    lines = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [l["file"] for l in lines] != files:
        errors.append("gold file order/list differs from dev/ files")
    for g in lines:
        f = g["file"]
        if g["as_of"] != AS_OF:
            errors.append(f"{f}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errors.append(f"{f}: {len(g['entries'])} entries")
        for e in g["entries"]:
            if list(e) != KEYS:
                errors.append(f"{f}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errors.append(f"{f}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errors.append(f"{f}: kind {e['title']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errors.append(f"{f}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errors.append(f"{f}: employment_type")
            p = e["date_precision"]
            for k in ("start", "end"):
                v = e[k]
                ok = (p is None and v is None) or (p == "month" and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v or "")) or \
                     (p == "year" and re.fullmatch(r"\d{4}", v or "")) or (k == "end" and p and v == "present")
                if not ok:
                    errors.append(f"{f}: {k}={v} precision={p}")
        tm = len(months(g["entries"]))
        cm = len(months([e for e in g["entries"] if e["cs"] == "facing"]))
        if (tm, cm) != (g["total_months"], g["cs_months"]):
            errors.append(f"{f}: months {tm},{cm} vs gold {g['total_months']},{g['cs_months']}")
        text = norm(extract(os.path.join(DEV, f)))
        for e in g["entries"]:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    errors.append(f"{f}: {k} not in text: {e[k]!r}")
    size = sum(os.path.getsize(os.path.join(DEV, x)) for x in os.listdir(DEV))
    if size > 2_000_000:
        errors.append(f"corpus too big: {size}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} files, {sum(len(g['entries']) for g in lines)} entries, {size} bytes, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
