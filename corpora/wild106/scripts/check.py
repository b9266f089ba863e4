"""Check dev/gold.jsonl against the files."""
import json, os, re, sys, html
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import months, KEYS

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    d = Document(path)
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


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
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
    for ln in lines:
        g = json.loads(ln)
        fn = g.get("file")
        if list(g) != TOP:
            errs.append(f"{fn}: top keys {list(g)}")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            errs.append(f"{fn}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{fn}: too big")
        if g["as_of"] != "2026-11":
            errs.append(f"{fn}: as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{fn}: {len(ents)} entries")
        text = norm(extract(path))
        for e in ents:
            t = e["title"]
            if list(e) != KEYS:
                errs.append(f"{fn}/{t}: keys {list(e)}")
            if e["cs"] not in CS:
                errs.append(f"{fn}/{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
                errs.append(f"{fn}/{t}: kind {e['kind']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{fn}/{t}: section/type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{fn}/{t}: bullets")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None:
                if en is not None or pr is not None:
                    errs.append(f"{fn}/{t}: undated but end/precision")
            else:
                if not YM.match(st) or not (en == "present" or YM.match(en)) or pr not in ("month", "year"):
                    errs.append(f"{fn}/{t}: date format {st} {en} {pr}")
                elif en != "present" and en < st:
                    errs.append(f"{fn}/{t}: end before start")
                elif (en == "present" and st > "2026-11"):
                    errs.append(f"{fn}/{t}: start after as_of")
                if pr == "year" and (not st.endswith("-01") or not (en == "present" or en.endswith("-12"))):
                    errs.append(f"{fn}/{t}: year precision not Jan..Dec")
            if norm(t) not in text:
                errs.append(f"{fn}: title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{fn}: organization not in text: {e['organization']!r}")
        if months(ents) != g["total_months"] or months(ents, True) != g["cs_months"]:
            errs.append(f"{fn}: months {g['total_months']}/{g['cs_months']} != "
                        f"{months(ents)}/{months(ents, True)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} résumés checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
