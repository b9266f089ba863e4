"""Check wild45/dev/gold.jsonl against the files and the conventions. Prints errors; 0 errors = pass."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import months, CS, KINDS, SECTIONS, ETYPES, AS_OF, ym

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
         "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


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
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
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
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold file order / set does not match dev/ files")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        if list(g) != TOP:
            errs.append(f"{f}: top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: file over 2 MB")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f"{f}: {len(g['entries'])} entries")
        text = norm(extract(path))
        for i, e in enumerate(g["entries"]):
            n_ent += 1
            w = f"{f} entry {i} ({e.get('title')})"
            if list(e) != EKEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if e["cs"] not in CS:
                errs.append(f"{w}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                errs.append(f"{w}: kind must be set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                errs.append(f"{w}: kind {e['kind']}")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if not e["title"]:
                errs.append(f"{w}: empty title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    errs.append(f"{w}: undated entry must have null start, end and precision")
            else:
                if not YM.match(s):
                    errs.append(f"{w}: start {s}")
                elif not (en == "present" or (isinstance(en, str) and YM.match(en))):
                    errs.append(f"{w}: end {en}")
                elif p not in ("month", "year"):
                    errs.append(f"{w}: precision {p}")
                else:
                    if ym(s) > ym(en):
                        errs.append(f"{w}: start after end")
                    if ym(en) > ym(AS_OF) or ym(s) > ym(AS_OF):
                        errs.append(f"{w}: date after as_of")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        errs.append(f"{w}: year precision must run Jan..Dec")
            if norm(e["title"]) not in text:
                errs.append(f"{w}: title not in extracted text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{w}: organization '{e['organization']}' not in extracted text")
        if g["total_months"] != months(g["entries"]):
            errs.append(f"{f}: total_months {g['total_months']} != {months(g['entries'])}")
        if g["cs_months"] != months(g["entries"], True):
            errs.append(f"{f}: cs_months {g['cs_months']} != {months(g['entries'], True)}")
    for e in errs:
        print(e)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
