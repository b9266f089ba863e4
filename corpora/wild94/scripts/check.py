"""Check wild94/dev against the gold schema and the files' extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import merged_months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


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
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            cells(hf.tables)
    return "\n".join(out)


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gfiles = []
    for n, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        gfiles.append(f)
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if f != f"w{n:03d}.{f.split('.')[-1]}":
            E("file name/order")
        if g["as_of"] != "2026-11":
            E("as_of")
        if not 3 <= len(g["entries"]) <= 6:
            E(f"{len(g['entries'])} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("size")
        txt = norm(text_of(path))
        spans, cs = [], []
        for e in g["entries"]:
            t = e.get("title")
            if list(e) != ENT:
                E(f"entry keys {list(e)}")
            if e["section"] not in ("work", "volunteer", "other"):
                E(f"section {t}")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                E(f"etype {t}")
            if e["cs"] not in ("facing", "affecting", "none"):
                E(f"cs {t}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                E(f"kind {t}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                E(f"bullets {t}")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    E(f"undated {t}")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en)) or p not in ("month", "year"):
                    E(f"date format {t} {s} {en} {p}")
                elif en != "present" and en < s:
                    E(f"date order {t}")
                elif en != "present" and en > "2026-11":
                    E(f"future end {t}")
                if p == "year" and (not s.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                    E(f"year precision {t}")
                spans.append((s, en))
                if e["cs"] == "facing":
                    cs.append((s, en))
            if not t or norm(t) not in txt:
                E(f"title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                E(f"org not in text: {e['organization']!r}")
        if merged_months(spans) != g["total_months"]:
            E(f"total_months {g['total_months']} != {merged_months(spans)}")
        if merged_months(cs) != g["cs_months"]:
            E(f"cs_months {g['cs_months']} != {merged_months(cs)}")
    if sorted(gfiles) != files:
        errs.append(f"files on disk {files} != gold {gfiles}")
    if len(lines) != 30:
        errs.append(f"{len(lines)} gold lines")
    for x in errs:
        print("FAIL", x)
    print(f"{len(lines)} résumés, {sum(len(json.loads(x)['entries']) for x in lines)} entries, "
          f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
