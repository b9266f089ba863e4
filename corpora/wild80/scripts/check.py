"""Check wild80/dev/gold.jsonl against the files and the conventions."""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
         "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
SECTIONS = {"work", "volunteer", "other"}


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
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines but {len(files)} files")
    seen = []
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        n_ent += len(ents)
        txt = norm(text_of(path))
        for i, e in enumerate(ents):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != EKEYS:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if not e["title"] or not isinstance(e["title"], str):
                errs.append(f"{w}: title")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind on non-facing")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            p, s, en = e["date_precision"], e["start"], e["end"]
            if p is None:
                if s is not None or en is not None:
                    errs.append(f"{w}: undated with dates")
            elif p == "month":
                if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", s or "") or not (
                        en == "present" or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", en or "")):
                    errs.append(f"{w}: month dates {s} {en}")
                elif en != "present" and (en < s or en > "2026-11"):
                    errs.append(f"{w}: date order {s} {en}")
            elif p == "year":
                if not re.fullmatch(r"\d{4}", s or "") or not (en == "present" or re.fullmatch(r"\d{4}", en or "")):
                    errs.append(f"{w}: year dates {s} {en}")
                elif en != "present" and en < s:
                    errs.append(f"{w}: date order {s} {en}")
            else:
                errs.append(f"{w}: precision {p}")
            if norm(e["title"]) not in txt:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{w}: organisation '{e['organization']}' not in text")
        if months(ents) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {months(ents)}")
        if months(ents, True) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {months(ents, True)}")
    if seen != sorted(seen):
        errs.append("gold lines not in file order")
    if set(seen) != set(files):
        errs.append(f"files/gold mismatch: {sorted(set(seen) ^ set(files))}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {n_ent} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
