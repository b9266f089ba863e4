"""Check wild58/dev against the gold schema and the files' extracted text. Prints errors; exit 1 if any."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import count_months, idx, KINDS, AS_OF

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
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
        raw = html.unescape(re.sub(r"(?s)<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in gold] != files:
        errs.append(f"gold files {[g['file'] for g in gold]} != dir {files}")
    for g in gold:
        f = g["file"]
        E = lambda m: errs.append(f"{f}: {m}")
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        if not 3 <= len(g["entries"]) <= 6:
            E(f"{len(g['entries'])} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file too big")
        text = norm(extract(path))
        for i, e in enumerate(g["entries"]):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != EK:
                W(f"keys {list(e)}"); continue
            if e["cs"] not in ("facing", "affecting", "none"):
                W("cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] is not None and e["kind"] not in KINDS):
                W(f"kind {e['kind']}")
            if e["section"] not in ("work", "volunteer", "other"):
                W("section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                W("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                W("bullets")
            if not isinstance(e["title"], str) or not e["title"]:
                W("title")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None:
                if en is not None or pr is not None:
                    W("undated entry must have null end and precision")
            else:
                if not YM.match(st) or not (en == "present" or YM.match(en or "")):
                    W(f"date format {st} {en}")
                elif pr not in ("month", "year"):
                    W("precision")
                elif not idx(st) <= idx(en) <= idx(AS_OF):
                    W(f"date order {st} {en}")
                elif pr == "year" and (st[5:] != "01" or (en != "present" and en[5:] != "12")):
                    W("year precision must run Jan..Dec")
            if norm(e["title"]) not in text:
                W("title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                W(f"organization not in text: {e['organization']}")
        try:
            if g["total_months"] != count_months(g["entries"]):
                E(f"total_months {g['total_months']} != {count_months(g['entries'])}")
            if g["cs_months"] != count_months(g["entries"], True):
                E(f"cs_months {g['cs_months']} != {count_months(g['entries'], True)}")
        except Exception as ex:  # malformed dates already reported
            E(f"recount failed: {ex}")
    for x in errs:
        print(x)
    print(f"{len(gold)} files, {sum(len(g['entries']) for g in gold)} entries, {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
