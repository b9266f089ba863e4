"""Check wild41/dev gold.jsonl against its files. Run from corpora/wild41. Prints errors; exit 1 if any."""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
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

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        out.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
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


def ym(s):
    if s == "present":
        s = AS_OF
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def months(entries, facing=False):
    got = set()
    for e in entries:
        if e["start"] is None or (facing and e["cs"] != "facing"):
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(x)["file"] for x in lines] != files:
        errs.append("gold files do not match dev/ files in order")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        n_ent += len(ents)
        text = norm(text_of(path))
        for i, e in enumerate(ents):
            W = lambda m: E(f"entry {i} ({e.get('title')}): {m}")  # noqa: E731
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
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    W("undated entry must have null end and precision")
            else:
                if not YM.match(s) or not (en == "present" or (en and YM.match(en))):
                    W(f"date format {s} {en}")
                elif not ym(s) <= ym(en) <= ym(AS_OF):
                    W(f"date order {s} {en}")
                if p not in ("month", "year"):
                    W("precision")
                if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    W("year precision must run January to December")
            for k in ("title", "organization"):
                if e[k] is not None and norm(e[k]) not in text:
                    W(f"{k} not in text: {e[k]!r}")
            if not e["title"]:
                W("empty title")
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
