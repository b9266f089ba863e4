"""Check wild56/dev: schema, labels, dates, months recount, sizes, and gold text present in each file."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym(s):
    s = AS_OF if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def count(entries, facing=False):
    got = set()
    for e in entries:
        if e["start"] is None or (facing and e["cs"] != "facing"):
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


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
            for part in (s.header, s.footer):
                out.extend(p.text for p in part.paragraphs)
                cells(part.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errors = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errors.append("gold files do not match dev/ files in order")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        err = lambda m: errors.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            err(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            err("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        n_ent += len(ents)
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        text = norm(text_of(path))
        for i, e in enumerate(ents):
            w = lambda m: err(f"entry {i} ({e.get('title')}): {m}")  # noqa: E731
            if list(e) != KEYS:
                w(f"keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                w("cs value")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                w("kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                w("kind value")
            if e["section"] not in SECTIONS:
                w("section")
            if e["employment_type"] not in ETYPES:
                w("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                w("bullets")
            if not isinstance(e["title"], str) or not e["title"]:
                w("title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    w("undated entries need null start, end and precision")
            else:
                if not YM.match(s) or not (YM.match(en) or en == "present"):
                    w("date format")
                elif p not in ("month", "year"):
                    w("precision")
                elif not (ym(s) <= ym(en) <= ym(AS_OF)):
                    w("start <= end <= as_of")
                elif p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    w("year precision must run Jan..Dec")
            for key in ("title", "organization"):
                v = e[key]
                if v and norm(v) not in text:
                    w(f"{key} {v!r} not in extracted text")
        if g["total_months"] != count(ents):
            err(f"total_months {g['total_months']} != {count(ents)}")
        if g["cs_months"] != count(ents, True):
            err(f"cs_months {g['cs_months']} != {count(ents, True)}")
    for e in errors:
        print(e)
    print(f"{len(lines)} files, {n_ent} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
