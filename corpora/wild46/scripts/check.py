"""Check wild46/dev/gold.jsonl against the files. Run from corpora/wild46. Prints errors and a count."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import merged_months

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(HERE, "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = "2026-11"


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)
    out.extend(p.text for p in d.paragraphs)
    cells(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            cells(hf.tables)
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


def ym_ok(s):
    return isinstance(s, str) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s) is not None


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold file list does not match dev/ files in order")
    n_entries = 0
    for l in lines:
        g = json.loads(l)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        ents = g["entries"]
        n_entries += len(ents)
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != KEYS:
                W(f"keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                W("cs value")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                W("facing without a valid kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                W("kind set on non-facing")
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
                if not ym_ok(s) or not (ym_ok(en) or en == "present") or p not in ("month", "year"):
                    W(f"date format {s} {en} {p}")
                else:
                    endv = AS_OF if en == "present" else en
                    if not s <= endv <= AS_OF:
                        W(f"dates out of order {s} {en}")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        W("year precision must run January to December")
            if norm(e["title"]) not in text:
                W("title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                W(f"organization '{e['organization']}' not in extracted text")
        try:
            if g["total_months"] != merged_months(ents):
                E(f"total_months {g['total_months']} != {merged_months(ents)}")
            cm = merged_months([e for e in ents if e["cs"] == "facing"])
            if g["cs_months"] != cm:
                E(f"cs_months {g['cs_months']} != {cm}")
        except Exception as ex:  # malformed dates already reported
            E(f"months not recountable: {ex}")
    for x in errs:
        print(x)
    print(f"{len(lines)} files, {n_entries} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
