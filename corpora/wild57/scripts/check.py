"""Check wild57/dev/gold.jsonl against the files (schema, months, text presence)."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, ym, AS_OF

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
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
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold lines do not match files in order")
    n_ent = 0
    for l in lines:
        g = json.loads(l)
        f = g["file"]
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        p = os.path.join(DEV, f)
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        txt = norm(text_of(p))
        for i, e in enumerate(ents):
            n_ent += 1
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != EK:
                W(f"keys {list(e)}"); continue
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
            if not isinstance(e["title"], str) or not e["title"]:
                W("title")
            s, en, pr = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or pr is not None:
                    W("undated entry must have null start, end and precision")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    W(f"date format {s} {en}")
                elif pr not in ("month", "year"):
                    W("precision")
                else:
                    if ym(s) > ym(en):
                        W("start after end")
                    if ym(en) > ym(AS_OF) or ym(s) > ym(AS_OF):
                        W("after as_of")
                    if pr == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        W("year precision must run Jan..Dec")
            if norm(e["title"]) not in txt:
                W("title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                W("organization not in text")
        if g["total_months"] != months(ents):
            E(f"total_months {g['total_months']} != {months(ents)}")
        if g["cs_months"] != months(ents, True):
            E(f"cs_months {g['cs_months']} != {months(ents, True)}")
    for x in errs:
        print(x)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
