"""Check dev/ for wild113: schema, key order, values, dates, months, sizes, text occurrence."""
import html
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AS_OF = "2026-11"
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
         "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym2i(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<style.*?</style>", " ", raw, flags=re.S)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != len(files):
        errs.append(f"{len(lines)} gold lines vs {len(files)} files")
    seen = []
    for ln in lines:
        g = json.loads(ln)
        fn = g.get("file")
        seen.append(fn)
        E = lambda m: errs.append(f"{fn}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            E("missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("size")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        txt = norm(text_of(path))
        allm, csm = set(), set()
        for e in ents:
            if list(e) != EKEYS:
                E(f"entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                E(f"cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                E(f"kind {e['kind']} for {e['title']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                E(f"kind set on non-facing {e['title']}")
            if e["section"] not in ("work", "volunteer", "other"):
                E("section")
            if e["employment_type"] not in ETYPES:
                E("employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                E("bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    E("undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    E(f"date format {e['start']} {e['end']}")
                    continue
                if e["date_precision"] not in ("month", "year"):
                    E("precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    E("year precision not Jan..Dec")
                if ym2i(e["start"]) > ym2i(e["end"]):
                    E(f"start after end {e['title']}")
                if ym2i(e["end"]) > ym2i(AS_OF):
                    E("end after as_of")
                r = set(range(ym2i(e["start"]), ym2i(e["end"]) + 1))
                allm |= r
                if e["cs"] == "facing":
                    csm |= r
            for key in ("title", "organization"):
                v = e[key]
                if v and norm(v) not in txt:
                    E(f"{key} not in text: {v!r}")
        if len(allm) != g["total_months"]:
            E(f"total_months {g['total_months']} != {len(allm)}")
        if len(csm) != g["cs_months"]:
            E(f"cs_months {g['cs_months']} != {len(csm)}")
    if seen != sorted(seen):
        errs.append("gold not in file order")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries; "
          f"{'OK' if not errs else str(len(errs)) + ' problems'}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
