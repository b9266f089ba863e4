"""Check wild53/dev: gold schema, labels, dates, months, sizes and that titles/organisations occur in the files."""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, AS_OF      # noqa: E402

KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
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
        out = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        out.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in part.paragraphs)
                tables(part.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    base = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev")
    errors = []
    n_ent = 0
    lines = open(os.path.join(base, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(base) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errors.append("gold files do not match dev/ files in order")
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        err = lambda m: errors.append(f"{f}: {m}")   # noqa: E731
        if list(g) != KEYS:
            err(f"keys {list(g)}")
        if g["as_of"] != AS_OF:
            err("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        path = os.path.join(base, f)
        if not os.path.exists(path):
            err("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        text = norm(extract(path))
        for e in ents:
            n_ent += 1
            t = e.get("title")
            if list(e) != EKEYS:
                err(f"{t}: entry keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(f"{t}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{t}: facing without a valid kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{t}: kind on non-facing")
            if e["section"] not in SECTIONS:
                err(f"{t}: section")
            if e["employment_type"] not in ETYPES:
                err(f"{t}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(f"{t}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(f"{t}: undated entry with end/precision")
            else:
                if not YM.match(s):
                    err(f"{t}: start {s}")
                if not (en == "present" or (isinstance(en, str) and YM.match(en))):
                    err(f"{t}: end {en}")
                elif p not in ("month", "year"):
                    err(f"{t}: precision {p}")
                else:
                    e2 = AS_OF if en == "present" else en
                    if not (s <= e2 <= AS_OF):
                        err(f"{t}: dates out of order {s}..{en}")
                    if p == "year" and not (s.endswith("-01") and (en == "present" or en.endswith("-12"))):
                        err(f"{t}: year precision not Jan..Dec")
            if not t or norm(t) not in text:
                err(f"title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(f"organization not in text: {e['organization']!r}")
        if g["total_months"] != months(ents):
            err(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True):
            err(f"cs_months {g['cs_months']} != {months(ents, True)}")
    for m in errors:
        print(m)
    print(f"{len(lines)} files, {n_ent} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
