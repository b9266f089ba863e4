"""Check wild43/dev/gold.jsonl against the files. Run from corpora/wild43."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
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
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in hf.paragraphs)
            tables(hf.tables)
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
        raw = re.sub(r"(?is)<(style|title)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    golds = [json.loads(x) for x in lines]
    if [g.get("file") for g in golds] != files:
        errs.append(f"gold files {[g.get('file') for g in golds]} != dev files {files}")
    for g in golds:
        fn = g.get("file")
        def err(m):
            errs.append(f"{fn}: {m}")
        if list(g) != TOP:
            err(f"top keys {list(g)}")
        if g.get("as_of") != AS_OF:
            err("as_of")
        ents = g.get("entries", [])
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        for i, e in enumerate(ents):
            def eerr(m):
                err(f"entry {i} ({e.get('title')}): {m}")
            if list(e) != KEYS:
                eerr(f"keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                eerr("cs")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                eerr("kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                eerr("kind value")
            if e["section"] not in SECTIONS:
                eerr("section")
            if e["employment_type"] not in ETYPES:
                eerr("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                eerr("bullets")
            if not e["title"]:
                eerr("empty title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    eerr("undated entries need null start, end and precision")
            else:
                if not YM.match(s):
                    eerr(f"start {s}")
                if not (YM.match(en) or en == "present"):
                    eerr(f"end {en}")
                if p not in ("month", "year"):
                    eerr(f"precision {p}")
                ee = AS_OF if en == "present" else en
                if YM.match(s) and (YM.match(ee)) and not (s <= ee <= AS_OF):
                    eerr(f"order {s}..{en}")
                if p == "year" and YM.match(s) and s[5:] != "01":
                    eerr("year precision must start in January")
                if p == "year" and en != "present" and en[5:] != "12":
                    eerr("year precision must end in December")
        if g.get("total_months") != months(ents):
            err(f"total_months {g.get('total_months')} != {months(ents)}")
        if g.get("cs_months") != months(ents, True):
            err(f"cs_months {g.get('cs_months')} != {months(ents, True)}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        t = norm(text_of(path))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in t:
                    err(f"{k} {e[k]!r} not in extracted text")
    for x in errs:
        print(x)
    print(f"{len(golds)} files checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
