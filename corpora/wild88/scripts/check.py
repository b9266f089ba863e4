"""Check dev/gold.jsonl against the files in dev/."""
import html
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import AS_OF, months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        doc = docx.Document(path)
        parts = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        parts.extend(p.text for p in doc.paragraphs)
        cells(doc.tables)
        for s in doc.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(parts)
    text = open(path, encoding="utf-8").read()
    if ext == "html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    names = [json.loads(l)["file"] for l in lines]
    if sorted(names) != files:
        errs.append(f"gold files {names} != dev files {files}")
    for l in lines:
        g = json.loads(l)
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != AS_OF:
            errs.append(f"{f}: as_of")
        if not 3 <= len(g["entries"]) <= 6:
            errs.append(f"{f}: {len(g['entries'])} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too large")
        text = norm(extract(path))
        for e in g["entries"]:
            t = e["title"]
            if list(e) != ENT:
                errs.append(f"{f}/{t}: keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{f}/{t}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{f}/{t}: kind on non-facing")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}/{t}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}/{t}: employment_type")
            if not isinstance(e["bullets"], list):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated but end/precision set")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{f}/{t}: end before start")
                elif e["end"] != "present" and e["end"] > AS_OF:
                    errs.append(f"{f}/{t}: end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if e["date_precision"] == "year" and not (e["start"].endswith("-01") and
                                                          (e["end"] == "present" or e["end"].endswith("-12"))):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
            if norm(t) not in text:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                errs.append(f"{f}: organisation not in text: {e['organization']!r}")
        if g["total_months"] != months(g["entries"]):
            errs.append(f"{f}: total_months")
        if g["cs_months"] != months([e for e in g["entries"] if e["cs"] == "facing"]):
            errs.append(f"{f}: cs_months")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} gold lines, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
