"""Check dev/gold.jsonl against the files and the schema."""
import json, os, re, sys, html
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


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
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def ym(s, prec):
    if s == "present":
        return "2026-11"
    if prec == "year":
        assert re.fullmatch(r"\d{4}", s), s
        return s + "-01"
    assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s), s
    return s


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    names = [json.loads(l)["file"] for l in lines]
    if names != [f"w{i:03d}.{n.rsplit('.', 1)[1]}" for i, n in enumerate(names, 1)]:
        errs.append("file order")
    if sorted(names) != files:
        errs.append(f"files differ: {set(files) ^ set(names)}")
    for l in lines:
        g = json.loads(l)
        f = g["file"]
        def bad(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            bad("top keys")
        if g["as_of"] != "2026-11":
            bad("as_of")
        p = os.path.join(DEV, f)
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            bad("size")
        if not 3 <= len(g["entries"]) <= 6:
            bad("entry count")
        txt = norm(text_of(p))
        for e in g["entries"]:
            if list(e) != EK:
                bad(f"entry keys {e['title']}")
            if e["cs"] not in ("facing", "affecting", "none"):
                bad("cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                bad(f"kind {e['title']}")
            if e["section"] not in ("work", "volunteer", "other") or e["employment_type"] not in ETYPES:
                bad(f"section/type {e['title']}")
            if not isinstance(e["bullets"], list):
                bad("bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    bad("undated")
            else:
                if e["date_precision"] not in ("month", "year"):
                    bad("precision")
                try:
                    a, b = ym(e["start"], e["date_precision"]), ym(e["end"], e["date_precision"])
                    if a > b:
                        bad(f"date order {e['title']}")
                except AssertionError as x:
                    bad(f"date format {x}")
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    bad(f"{k} not in text: {e[k]!r}")
        if months(g["entries"]) != g["total_months"] or months(g["entries"], True) != g["cs_months"]:
            bad("months")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
