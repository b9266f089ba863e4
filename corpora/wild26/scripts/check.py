"""Check dev/gold.jsonl against the files. Run from corpora/wild26."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import count

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
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
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(os.path.join(ROOT, "dev")) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold lines do not match files in order")
    for l in lines:
        g = json.loads(l)
        fn = g.get("file")
        E = lambda m: errs.append(f"{fn}: {m}")
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != "2026-11":
            E("as_of")
        if not 3 <= len(g["entries"]) <= 6:
            E(f"{len(g['entries'])} entries")
        path = os.path.join(ROOT, "dev", fn)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        text = norm(extract(path))
        for i, e in enumerate(g["entries"]):
            if list(e) != EKEYS:
                E(f"entry {i} keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                E(f"entry {i} cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    E(f"entry {i} kind {e['kind']}")
            elif e["kind"] is not None:
                E(f"entry {i} kind set on non-facing")
            if e["section"] not in SECTIONS:
                E(f"entry {i} section")
            if e["employment_type"] not in ETYPES:
                E(f"entry {i} employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                E(f"entry {i} bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    E(f"entry {i} undated but end/precision set")
            else:
                if not YM.match(s) or not (en == "present" or (isinstance(en, str) and YM.match(en))):
                    E(f"entry {i} date format {s} {en}")
                elif p not in ("month", "year"):
                    E(f"entry {i} precision {p}")
                else:
                    ee = "2026-11" if en == "present" else en
                    if not s <= ee <= "2026-11":
                        E(f"entry {i} order {s} {en}")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        E(f"entry {i} year precision not Jan..Dec")
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    E(f"entry {i} {k} not in text: {e[k]!r}")
        if count(g["entries"]) != g["total_months"]:
            E(f"total_months {g['total_months']} != {count(g['entries'])}")
        if count(g["entries"], True) != g["cs_months"]:
            E(f"cs_months {g['cs_months']} != {count(g['entries'], True)}")
    for x in errs:
        print(x)
    print(f"{len(lines)} files, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
