"""Check corpora/wild40/dev: schema, labels, dates, month recount, and gold text present in the file."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, ym, AS_OF

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


def docx_text(path):
    from docx import Document
    d = Document(path); out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)
    out.extend(p.text for p in d.paragraphs); cells(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs); cells(hf.tables)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    t = open(path, encoding="utf-8").read()
    if ext == "html":
        t = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", t)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold files do not match dev/ files in order")
    for l in lines:
        g = json.loads(l); f = g.get("file"); E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP: E(f"top keys {list(g)}")
        if g["as_of"] != AS_OF: E("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6: E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024: E("file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != KEYS: W(f"keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"): W("cs")
            if (e["cs"] == "facing") != (e["kind"] is not None): W("kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS: W("kind value")
            if e["section"] not in ("work", "volunteer", "other"): W("section")
            if e["employment_type"] not in ETYPES: W("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]): W("bullets")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None:
                if en is not None or pr is not None: W("undated entry must have null end and precision")
            else:
                if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", st): W("start format")
                if not (en == "present" or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", en or "")): W("end format")
                elif not ym(st) <= ym(en) <= ym(AS_OF): W("start <= end <= as_of")
                if pr not in ("month", "year"): W("precision")
                if pr == "year" and (st[5:] != "01" or (en != "present" and en[5:] != "12")): W("year precision must be Jan..Dec")
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text: W(f"{k} {e[k]!r} not in extracted text")
        if g["total_months"] != months(ents): E(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True): E(f"cs_months {g['cs_months']} != {months(ents, True)}")
    for m in errs:
        print(m)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
