"""Check dev/gold.jsonl against the files. Run from corpora/wild44."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    d = Document(path)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)
    out.extend(p.text for p in d.paragraphs)
    tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<style.*?</style>|<title.*?</title>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold files do not match dev/ files in order")
    n_ent = 0
    for l in lines:
        g = json.loads(l)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != "2026-11":
            E("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file >= 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            n_ent += 1
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != EK:
                W(f"keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                W("cs")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                W("kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                W("kind value")
            if e["section"] not in SECTIONS:
                W("section")
            if e["employment_type"] not in ETYPES:
                W("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                W("bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    W("undated entries need null start, end and precision")
            else:
                if not YM.match(s) or not (YM.match(en) or en == "present"):
                    W("date format")
                elif p not in ("month", "year"):
                    W("precision")
                else:
                    ee = "2026-11" if en == "present" else en
                    if not s <= ee <= "2026-11":
                        W("start <= end <= 2026-11")
                    if p == "year" and not (s.endswith("-01") and (en == "present" or en.endswith("-12"))):
                        W("year precision must run Jan..Dec")
            if norm(e["title"]) not in text:
                W("title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                W("organization not in extracted text")
        if g["total_months"] != months(ents):
            E(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True):
            E(f"cs_months {g['cs_months']} != {months(ents, True)}")
    for m in errs:
        print(m)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
