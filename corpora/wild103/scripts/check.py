"""Check wild103/dev: schema, key order, values, dates, months, sizes and text presence."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months_union  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
       "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
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

        def tables(tbls):
            for t in tbls:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        out.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in part.paragraphs)
                tables(part.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30:
        errs.append(f"expected 30 gold lines, got {len(lines)}")
    names = []
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        names.append(f)
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too large")
        txt = norm(text_of(path))
        for i, e in enumerate(ents):
            w = f"{f} entry {i} ({e.get('title')})"
            if list(e) != ENT:
                errs.append(f"{w}: keys {list(e)}")
                continue
            if not isinstance(e["title"], str) or not e["title"]:
                errs.append(f"{w}: title")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{w}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{w}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: kind for facing")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind must be null")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"] or "")):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["start"] > "2026-11" or (e["end"] != "present" and e["end"] > "2026-11"):
                    errs.append(f"{w}: date after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{w}: year precision must run Jan..Dec")
            if norm(e["title"]) not in txt:
                errs.append(f"{w}: title not in text")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{w}: organization not in text")
        tot = months_union([(e["start"], e["end"]) for e in ents if e["start"]])
        cs = months_union([(e["start"], e["end"]) for e in ents if e["start"] and e["cs"] == "facing"])
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} recount {tot}/{cs}")
    if names != sorted(names) or names != [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)]:
        errs.append("gold lines not in w001..w030 order")
    if sorted(names) != files:
        errs.append(f"dev/ files {files} do not match gold")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} gold lines checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
