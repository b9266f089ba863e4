"""Check wild10/dev: schema, every gold title/organisation occurs in the extracted text,
months recount (independent of lib.py), file order and corpus size.  Run from corpora/wild10."""
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEV = os.path.join(ROOT, "dev")
AS_OF = (2026, 11)
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]


def text_of(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        import docx
        doc = docx.Document(path)
        parts = [p.text for p in doc.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        cells(doc.tables)
        for s in doc.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def ym(v, prec, is_end):
    if v == "present":
        return AS_OF[0] * 12 + AS_OF[1] - 1
    if prec == "year":
        assert re.fullmatch(r"\d{4}", v), v
        return int(v) * 12 + (11 if is_end else 0)
    assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v), v
    return int(v[:4]) * 12 + int(v[5:]) - 1


def count(entries):
    covered = set()
    for e in entries:
        if e["start"] is None:
            continue
        a, b = ym(e["start"], e["date_precision"], False), ym(e["end"], e["date_precision"], True)
        assert a <= b, e
        covered.update(range(a, b + 1))
    return len(covered)


def main():
    errs = []
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g["file"] for g in golds] != files:
        errs.append("gold file order / file list mismatch")
    for g in golds:
        f = g["file"]
        if set(g) != {"file", "family", "as_of", "entries", "total_months", "cs_months"} or g["as_of"] != "2026-11":
            errs.append(f"{f}: top-level keys")
        t = norm(text_of(os.path.join(DEV, f)))
        for e in g["entries"]:
            if list(e) != KEYS:
                errs.append(f"{f}: entry keys {list(e)}")
            if e["cs"] not in CS or e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{f}: enum in {e['title']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}: kind/cs mismatch in {e['title']}")
            if (e["start"] is None) != (e["date_precision"] is None) or (e["start"] is None) != (e["end"] is None):
                errs.append(f"{f}: dates/precision in {e['title']}")
            if not isinstance(e["bullets"], list):
                errs.append(f"{f}: bullets")
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in t:
                    errs.append(f"{f}: {k} not in text: {e[k]!r}")
        try:
            tm = count(g["entries"])
            cm = count([e for e in g["entries"] if e["cs"] == "facing"])
            if (tm, cm) != (g["total_months"], g["cs_months"]):
                errs.append(f"{f}: months {tm}/{cm} vs gold {g['total_months']}/{g['cs_months']}")
        except AssertionError as ex:
            errs.append(f"{f}: bad date {ex}")
    size = sum(os.path.getsize(os.path.join(dp, x)) for dp, _, fs in os.walk(ROOT) for x in fs)
    if size > 2 * 1024 * 1024:
        errs.append(f"corpus size {size} > 2 MB")
    n = sum(len(g["entries"]) for g in golds)
    print(f"{len(golds)} files, {n} entries, corpus {size / 1024:.0f} KB")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} problem(s)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
