"""Check wild25/dev/gold.jsonl against the files. Run from corpora/wild25."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, ym, AS_OF

TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    import docx
    d = docx.Document(path)
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
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            out.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    return "\n".join(out)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    def err(f, m):
        errs.append(f"{f}: {m}")
    lines = open("dev/gold.jsonl", encoding="utf-8").read().splitlines()
    files = sorted(x for x in os.listdir("dev") if x != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        err("gold", "file list and order do not match dev/")
    for l in lines:
        g = json.loads(l)
        f = g.get("file", "?")
        if list(g) != TOP:
            err(f, f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            err(f, "as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f, f"{len(ents)} entries")
        path = os.path.join("dev", f)
        if not os.path.exists(path):
            err(f, "missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f, "file over 2 MB")
        text = norm(text_of(path))
        for i, e in enumerate(ents):
            t = f"{f}#{i}"
            if list(e) != KEYS:
                err(t, f"entry keys {list(e)}"); continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(t, "cs value")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                err(t, "kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                err(t, f"kind {e['kind']}")
            if e["section"] not in SECTIONS:
                err(t, "section")
            if e["employment_type"] not in ETYPES:
                err(t, "employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                err(t, "bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None:
                if not (s is None and en is None and p is None):
                    err(t, "undated entry must have null start, end and precision")
            else:
                if not DATE.match(s) or not (DATE.match(en) or en == "present"):
                    err(t, f"date format {s} {en}")
                elif not (ym(s) <= ym(en) <= ym(AS_OF)):
                    err(t, f"date order {s} {en}")
                if p not in ("month", "year"):
                    err(t, "precision")
                if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    err(t, "year precision must run Jan..Dec")
            if not e["title"] or norm(e["title"]) not in text:
                err(t, f"title not in text: {e['title']!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                err(t, f"organization not in text: {e['organization']!r}")
        if g["total_months"] != months(ents):
            err(f, f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True):
            err(f, f"cs_months {g['cs_months']} != {months(ents, True)}")
    for e in errs:
        print(e)
    print(f"{len(lines)} files, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
