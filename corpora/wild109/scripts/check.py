"""Check corpora/wild109/dev: schema, key order, values, dates, months, size, titles/orgs in extracted text."""
import json, os, re, sys, zipfile, html
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months, KEYS, AS_OF

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SEC = {"work", "volunteer", "other"}
ET = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
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
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
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
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        seen.append(f)
        def err(m):
            errs.append(f"{f}: {m}")
        if list(g) != TOP:
            err(f"top keys {list(g)}")
        if g["as_of"] != AS_OF:
            err("as_of")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            err("missing file")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            err("file too large")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        text = norm(extract(p))
        for e in ents:
            t = e.get("title")
            if list(e) != KEYS:
                err(f"entry keys {list(e)}")
            if e["cs"] not in CS:
                err(f"{t}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                err(f"{t}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                err(f"{t}: kind on non-facing")
            if e["section"] not in SEC:
                err(f"{t}: section")
            if e["employment_type"] not in ET:
                err(f"{t}: employment_type")
            if not isinstance(e["bullets"], list):
                err(f"{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    err(f"{t}: undated mismatch")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    err(f"{t}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    err(f"{t}: end before start")
                elif e["start"] > AS_OF or (e["end"] != "present" and e["end"] > AS_OF):
                    err(f"{t}: after as_of")
                if e["date_precision"] not in ("month", "year"):
                    err(f"{t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or e["end"] not in ("present",) and e["end"][5:] != "12"):
                    err(f"{t}: year precision not Jan..Dec")
            if not t or norm(t) not in text:
                err(f"title not in text: {t!r}")
            if e["organization"] and norm(e["organization"]) not in text:
                err(f"organisation not in text: {e['organization']!r}")
        rng = [(e["start"], e["end"]) for e in ents if e["start"]]
        if months(rng) != g["total_months"]:
            err(f"total_months {g['total_months']} != {months(rng)}")
        cs = months([(e["start"], e["end"]) for e in ents if e["start"] and e["cs"] == "facing"])
        if cs != g["cs_months"]:
            err(f"cs_months {g['cs_months']} != {cs}")
    if sorted(seen) != files:
        errs.append(f"gold files {seen} vs dev {files}")
    if seen != sorted(seen):
        errs.append("gold lines not in file order")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
