"""Check wild59 dev gold against the files. Run from corpora/wild59."""
import html, io, json, os, re, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym(s):
    s = AS_OF if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:]) - 1


def months(entries, facing=False):
    m = set()
    for e in entries:
        if e["start"] is None or (facing and e["cs"] != "facing"):
            continue
        m.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(m)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def table(t):
        for row in t.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
                for nt in cell.tables:
                    table(nt)
    out.extend(p.text for p in d.paragraphs)
    for t in d.tables:
        table(t)
    for s in d.sections:
        for part in (s.header, s.footer):
            out.extend(p.text for p in part.paragraphs)
            for t in part.tables:
                table(t)
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
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold files do not match dev/ listing (order or set)")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        text = norm(extract(path))
        for i, e in enumerate(ents):
            n_ent += 1
            P = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != KEYS:
                P(f"keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                P("cs value")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                P("kind must be set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                P("kind value")
            if e["section"] not in SECTIONS:
                P("section")
            if e["employment_type"] not in ETYPES:
                P("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                P("bullets")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None or en is None or pr is None:
                if not (st is None and en is None and pr is None):
                    P("undated entries need null start, end and precision")
            else:
                if not YM.match(st):
                    P("start format")
                if not (YM.match(en) or en == "present"):
                    P("end format")
                if pr not in ("month", "year"):
                    P("precision")
                if YM.match(st) and (YM.match(en) or en == "present"):
                    if ym(st) > ym(en):
                        P("start after end")
                    if ym(en) > ym(AS_OF) or ym(st) > ym(AS_OF):
                        P("after as_of")
                    if pr == "year" and (st[5:] != "01" or (en != "present" and en[5:] != "12")):
                        P("year precision must run January to December")
            if not isinstance(e["title"], str) or norm(e["title"]) not in text:
                P("title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                P("organization not in extracted text")
        try:
            if g["total_months"] != months(ents):
                E(f"total_months {g['total_months']} != {months(ents)}")
            if g["cs_months"] != months(ents, True):
                E(f"cs_months {g['cs_months']} != {months(ents, True)}")
        except Exception as ex:  # bad dates already reported
            E(f"month recount failed: {ex}")
    for e in errs:
        print(e)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
