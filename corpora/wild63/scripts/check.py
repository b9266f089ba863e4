"""Check wild63/dev against the gold schema, recount months and look for titles/orgs in extracted text."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = "2026-11"


def ym(s):
    s = AS_OF if s == "present" else s
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(spans):
    iv = sorted((ym(a), ym(b)) for a, b in spans)
    tot, cur = 0, None
    for a, b in iv:
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
    return tot + (cur[1] - cur[0] + 1 if cur else 0)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
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
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<style.*?</style>|<title.*?</title>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold lines do not match the files in dev/ (order or set)")
    pat = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
    for l in lines:
        g = json.loads(l)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            E("missing file")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        txt = norm(text_of(p))
        for i, e in enumerate(ents):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != KEYS:
                W(f"keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                W("cs value")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                W("kind must be set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                W("kind value")
            if e["section"] not in SECTIONS:
                W("section")
            if e["employment_type"] not in ETYPES:
                W("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                W("bullets")
            s, en, pr = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or pr is not None:
                    W("undated entry must have null end and precision")
            else:
                if not pat.match(s) or not (en == "present" or (en and pat.match(en))):
                    W(f"date format {s}..{en}")
                elif not ym(s) <= ym(en) <= ym(AS_OF):
                    W(f"date order {s}..{en}")
                if pr not in ("month", "year"):
                    W("date_precision")
                if pr == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    W("year precision must run Jan..Dec")
            if not e["title"] or norm(e["title"]) not in txt:
                W("title not found in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                W("organization not found in text")
        dated = [(e["start"], e["end"]) for e in ents if e.get("start")]
        tot = months(dated)
        cs = months([(e["start"], e["end"]) for e in ents if e.get("start") and e.get("cs") == "facing"])
        if tot != g["total_months"]:
            E(f"total_months {g['total_months']} != {tot}")
        if cs != g["cs_months"]:
            E(f"cs_months {g['cs_months']} != {cs}")
    for e in errs:
        print(e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
