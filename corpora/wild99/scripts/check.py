"""Check wild99/dev: schema, key order, values, dates, months, sizes, text presence."""
import html
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
sys.path.insert(0, HERE)
from lib import month_set, AS_OF  # noqa: E402

TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
       "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
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
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|script).*?</\1>", " ", raw)))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    gfiles = []
    for n, line in enumerate(lines, 1):
        g = json.loads(line)
        f = g.get("file")
        gfiles.append(f)
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        if not 3 <= len(g["entries"]) <= 6:
            E(f"{len(g['entries'])} entries")
        for e in g["entries"]:
            if list(e) != ENT:
                E(f"entry keys {list(e)}")
            if e["section"] not in ("work", "volunteer", "other"):
                E(f"section {e['section']}")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                E(f"etype {e['employment_type']}")
            if e["cs"] not in ("facing", "affecting", "none"):
                E(f"cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                E(f"kind {e['title']} {e['cs']} {e['kind']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                E("bullets")
            if not isinstance(e["title"], str) or not e["title"]:
                E("title")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    E("undated mix")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    E(f"date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    E(f"date order {e['start']} {e['end']}")
                elif e["start"] > AS_OF or (e["end"] != "present" and e["end"] > AS_OF):
                    E("date after as_of")
                if e["date_precision"] not in ("month", "year"):
                    E("precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      (e["end"] != "present" and e["end"][5:] != "12")):
                    E("year precision not Jan..Dec")
        tot = len(month_set(g["entries"]))
        cs = len(month_set([e for e in g["entries"] if e["cs"] == "facing"]))
        if (tot, cs) != (g["total_months"], g["cs_months"]):
            E(f"months {g['total_months']}/{g['cs_months']} recount {tot}/{cs}")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            E("missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file too large")
        text = norm(extract(path))
        for e in g["entries"]:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in text:
                    E(f"{k} not in text: {e[k]!r}")
        if f.endswith(".docx"):
            for zi in zipfile.ZipFile(path).infolist():
                if zi.date_time != (2026, 11, 2, 9, 30, 0):
                    E("zip timestamp")
    if gfiles != files:
        errs.append(f"gold files {gfiles} != dev files {files}")
    want = [f"w{i:03d}" for i in range(1, 31)]
    if [x.rsplit('.', 1)[0] for x in gfiles] != want:
        errs.append("ids not w001..w030 in order")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, "
          f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
