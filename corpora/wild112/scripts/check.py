"""Check dev/ of wild112: schema, key order, values, dates, month recount, sizes, text occurrence."""
import json
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def ym(s):
    if s == "present":
        s = "2026-11"
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def merged(iv):
    iv = sorted(iv)
    tot, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    return tot + (cur[1] - cur[0] + 1 if cur else 0)


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
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        import html
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold files do not match dev/ listing")
    for n, l in enumerate(lines, 1):
        g = json.loads(l)
        f = g.get("file")
        if f != f"w{n:03d}." + f.rsplit(".", 1)[-1]:
            errs.append(f"{f}: name/order")
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        for e in es:
            t = e.get("title")
            if list(e) != EK:
                errs.append(f"{f}/{t}: entry keys")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES or e["cs"] not in CS:
                errs.append(f"{f}/{t}: bad value")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{f}/{t}: kind {e['kind']} with cs {e['cs']}")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated mix")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif ym(e["start"]) > ym(e["end"]) or ym(e["end"]) > ym("2026-11"):
                    errs.append(f"{f}/{t}: date order")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                     (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if not isinstance(t, str) or not t:
                errs.append(f"{f}: empty title")
        iv = [(ym(e["start"]), ym(e["end"])) for e in es if e["start"]]
        ivc = [(ym(e["start"]), ym(e["end"])) for e in es if e["start"] and e["cs"] == "facing"]
        if merged(iv) != g["total_months"] or merged(ivc) != g["cs_months"]:
            errs.append(f"{f}: months {g['total_months']}/{g['cs_months']} vs {merged(iv)}/{merged(ivc)}")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        if f.endswith(".docx"):
            with zipfile.ZipFile(path) as z:
                if z.testzip():
                    errs.append(f"{f}: bad zip")
        txt = norm(text_of(path))
        for e in es:
            for k in ("title", "organization"):
                if e[k] and norm(e[k]) not in txt:
                    errs.append(f"{f}: {k} not in text: {e[k]!r}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} files checked, {sum(len(json.loads(l)['entries']) for l in lines)} entries, "
          f"{len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
