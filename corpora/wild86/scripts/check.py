"""Check wild86/dev: schema, key order, values, dates, entry counts, months, size, text presence."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, CS, KINDS, SECTIONS, ETYPES, totals  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
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


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
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
    names = []
    for i, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        names.append(f)
        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top keys {list(g)}")
        if f != f"w{i:03d}." + f.rsplit(".", 1)[-1]:
            err("file order/name")
        if g["as_of"] != AS_OF:
            err("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        for e in ents:
            if list(e) != ENT:
                err(f"entry keys {list(e)}")
            if e["cs"] not in CS:
                err(f"cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"kind {e['kind']} for {e['title']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"kind on non-facing {e['title']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                err(f"section/etype {e['title']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err("bullets")
            if not e["title"]:
                err("empty title")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    err("undated inconsistent")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    err(f"date format {e['start']} {e['end']}")
                elif e["date_precision"] not in ("month", "year"):
                    err("precision")
                else:
                    end = AS_OF if e["end"] == "present" else e["end"]
                    if not e["start"] <= end <= AS_OF:
                        err(f"date order {e['start']} {e['end']}")
                    if e["date_precision"] == "year" and not (e["start"].endswith("-01") and
                                                              (e["end"] == "present" or e["end"].endswith("-12"))):
                        err("year precision not Jan..Dec")
        t, c = totals(ents)
        if (t, c) != (g["total_months"], g["cs_months"]):
            err(f"months {g['total_months']}/{g['cs_months']} recount {t}/{c}")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            err("missing file")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            err("too big")
        txt = norm(extract(p))
        for e in ents:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    err(f"{k} not in text: {e[k]!r}")
    if sorted(names) != files:
        errs.append(f"files vs gold mismatch: {set(files) ^ set(names)}")
    for m in errs:
        print("FAIL", m)
    print(f"{len(lines)} gold lines, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
