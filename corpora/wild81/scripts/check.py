"""Check wild81/dev against the gold schema and the files' extracted text."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import AS_OF, ym_index  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
         "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def pdf_text(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)


def docx_text(p):
    import docx
    doc = docx.Document(p)
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(par.text for par in cell.paragraphs)
                    tables(cell.tables)

    out.extend(par.text for par in doc.paragraphs)
    tables(doc.tables)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(par.text for par in hf.paragraphs)
            tables(hf.tables)
    return "\n".join(out)


def html_text(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(p):
    ext = p.rsplit(".", 1)[1]
    if ext == "pdf":
        return pdf_text(p)
    if ext == "docx":
        return docx_text(p)
    if ext == "html":
        return html_text(p)
    return open(p, encoding="utf-8").read()


def recount(ents):
    """Independent recount: the set of calendar months covered (overlaps merge by construction)."""
    months = set()
    for e in ents:
        months.update(range(ym_index(e["start"]), ym_index(e["end"]) + 1))
    return len(months)


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    recs = [json.loads(line) for line in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    names = [f"w{i:03d}" for i in range(1, 31)]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [r["file"] for r in recs] != files or [f.split(".")[0] for f in files] != names:
        errs.append(f"file list mismatch: {files}")
    for r in recs:
        f = r["file"]
        if list(r) != TOP:
            errs.append(f"{f}: top keys {list(r)}")
        if r["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        ents = r["entries"]
        if not 3 <= len(ents) <= 6:
            errs.append(f"{f}: {len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(text_of(path))
        for e in ents:
            t = e.get("title")
            if list(e) != EKEYS:
                errs.append(f"{f}/{t}: entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if e["section"] not in SECTIONS or e["employment_type"] not in ETYPES:
                errs.append(f"{f}/{t}: section/type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif ym_index(e["start"]) > ym_index(e["end"]) or ym_index(e["end"]) > ym_index(AS_OF):
                    errs.append(f"{f}/{t}: date order")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or
                                                      (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
            if not t or norm(t) not in text:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{f}: organisation not in text: {e['organization']!r}")
        tm = recount([e for e in ents if e["start"]])
        cm = recount([e for e in ents if e["start"] and e["cs"] == "facing"])
        if (tm, cm) != (r["total_months"], r["cs_months"]):
            errs.append(f"{f}: months {r['total_months']}/{r['cs_months']} recount {tm}/{cm}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(recs)} files, {sum(len(r['entries']) for r in recs)} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
