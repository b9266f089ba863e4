"""Check wild55 dev: schema, labels, dates, months recount, size, and gold text in the extracted file text."""
import html, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def idx(ym):
    ym = AS_OF if ym == "present" else ym
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, facing=False):
    s = set()
    for e in entries:
        if e["start"] and (not facing or e["cs"] == "facing"):
            s.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(s)


def docx_text(path):
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
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gfiles = []
    for n, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        gfiles.append(f)
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            P = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != KEYS:
                P(f"keys {list(e)}"); continue
            if e["cs"] not in ("facing", "affecting", "none"):
                P("cs value")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                P("kind must be set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                P(f"kind {e['kind']}")
            if e["section"] not in SECTIONS:
                P("section")
            if e["employment_type"] not in ETYPES:
                P("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                P("bullets")
            if not isinstance(e["title"], str) or not e["title"].strip():
                P("title")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None or en is None or pr is None:
                if not (st is None and en is None and pr is None):
                    P("undated entries need null start, end and precision")
            else:
                if not YM.match(st):
                    P(f"start {st}")
                if not (YM.match(en) or en == "present"):
                    P(f"end {en}")
                if pr not in ("month", "year"):
                    P(f"precision {pr}")
                if YM.match(st) and (YM.match(en) or en == "present"):
                    if idx(st) > idx(en):
                        P("start after end")
                    if idx(en) > idx(AS_OF) or idx(st) > idx(AS_OF):
                        P("date after as_of")
                if pr == "year" and YM.match(st) and (st[5:] != "01" or (en != "present" and en[5:] != "12")):
                    P("year precision must run January to December")
            if norm(e["title"]) not in text:
                P("title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                P(f"organization not in text: {e['organization']}")
        if g["total_months"] != months(ents):
            E(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True):
            E(f"cs_months {g['cs_months']} != {months(ents, True)}")
    if gfiles != files:
        errs.append(f"gold files {gfiles} != dev files {files}")
    for e in errs:
        print(e)
    print(f"{len(lines)} résumés checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
