"""Extract text from every résumé and check that each gold title and organisation occurs in it.

Usage: python check.py [split ...]   (default: dev test).  Prints failures and a total; exit 1 if any.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def docx_text(path):
    """Paragraphs and tables (including nested tables) in document order, plus headers/footers."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))
    out = []

    def walk(parent_elm, parent):
        for child in parent_elm.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                t = Table(child, parent)
                for row in t.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell._tc, cell)

    for s in d.sections:
        out.extend(p.text for p in s.header.paragraphs)
    walk(d.element.body, d)
    for s in d.sections:
        out.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(out)


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(str(path))


def extract(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".docx":
        return docx_text(path)
    return path.read_text(encoding="utf-8")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"\s+", "", norm(s))


KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
DATE = re.compile(r"^\d{4}(-\d{2})?$")


def schema_errors(g):
    """Light validation of one gold line; returns a list of messages."""
    errs = []
    for k in ("file", "family", "as_of", "entries", "total_months", "cs_months"):
        if k not in g:
            errs.append(f"missing {k}")
    for i, e in enumerate(g.get("entries", [])):
        s, en, p = e["start"], e["end"], e["date_precision"]
        if s is not None and not DATE.match(s):
            errs.append(f"entry {i}: bad start {s!r}")
        if en is not None and en != "present" and not DATE.match(en):
            errs.append(f"entry {i}: bad end {en!r}")
        if p not in ("month", "year", None) or (s is None) != (p is None):
            errs.append(f"entry {i}: bad date_precision {p!r}")
        if e["section"] not in ("work", "volunteer", "other"):
            errs.append(f"entry {i}: bad section")
        if e["employment_type"] not in ("paid", "volunteer", "internship", "freelance", "military"):
            errs.append(f"entry {i}: bad employment_type")
        if e["cs"] not in ("facing", "affecting", "none"):
            errs.append(f"entry {i}: bad cs")
        if (e["cs"] == "facing") != (e["kind"] in KINDS) or (e["cs"] != "facing" and e["kind"] is not None):
            errs.append(f"entry {i}: cs/kind mismatch")
        if not isinstance(e["bullets"], list):
            errs.append(f"entry {i}: bullets not a list")
    if g.get("cs_months", 0) > g.get("total_months", 0):
        errs.append("cs_months > total_months")
    return errs


def main(splits):
    fails = checked = 0
    for sp in splits:
        gold = ROOT / sp / "gold.jsonl"
        if not gold.exists():
            print(f"[skip] {sp}: no gold.jsonl")
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            path = ROOT / sp / g["file"]
            if not path.exists():
                print(f"FAIL {sp}/{g['file']}: file missing")
                fails += 1
                continue
            for msg in schema_errors(g):
                fails += 1
                print(f"FAIL {sp}/{g['file']} schema: {msg}")
            txt = extract(path)
            t1, t2 = norm(txt), squash(txt)
            for i, e in enumerate(g["entries"]):
                for field in ("title", "organization"):
                    v = e.get(field)
                    if not v:
                        continue
                    checked += 1
                    if norm(v) not in t1 and squash(v) not in t2:
                        fails += 1
                        print(f"FAIL {sp}/{g['file']} entry {i} {field}: {v!r}")
    print(f"checked {checked} fields, {fails} failures")
    return fails


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:] or ["dev", "test"]) else 0)
