"""Check dev/: python scripts/check.py (from corpora/wild96)."""
import html, json, os, re, sys
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = False

    def handle_starttag(self, tag, a):
        self.skip = tag in ("style", "script", "title")

    def handle_endtag(self, tag):
        self.skip = False; self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def docx_text(path):
    from docx import Document
    doc = Document(path)
    parts = []

    def walk(container):
        for p in container.paragraphs:
            parts.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for cell in row.cells:
                    walk(cell)
    walk(doc)
    for s in doc.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header, s.even_page_footer):
            walk(hf)
    return "\n".join(parts)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        return docx_text(path)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        s = _Strip(); s.feed(raw); return html.unescape("".join(s.parts))
    return raw


def norm(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30 or len(files) != 30:
        errs.append(f"expected 30 files and 30 gold lines, got {len(files)} / {len(lines)}")
    names = [json.loads(l)["file"] for l in lines]
    if names != [f"w{i:03d}.{n.split('.')[1]}" for i, n in enumerate(names, 1)]:
        errs.append("gold file order")
    if sorted(names) != files:
        errs.append("gold files differ from dev/ files")
    for l in lines:
        g = json.loads(l)
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        text = norm(extract(path))
        for i, e in enumerate(es):
            w = f"{f}#{i}"
            if list(e) != EK:
                errs.append(f"{w}: entry keys {list(e)}")
                continue
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{w}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{w}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{w}: kind {e['kind']}")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{w}: kind on non-facing")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(f"{w}: end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and not (e["start"].endswith("-01") and
                                                          (e["end"] == "present" or e["end"].endswith("-12"))):
                    errs.append(f"{w}: year precision not Jan..Dec")
            for key in ("title", "organization"):
                v = e[key]
                if key == "title" and not v:
                    errs.append(f"{w}: empty title")
                if v and norm(v) not in text:
                    errs.append(f"{w}: {key} {v!r} not in extracted text")
        if g["total_months"] != months(es):
            errs.append(f"{f}: total_months {g['total_months']} != {months(es)}")
        if g["cs_months"] != months([e for e in es if e["cs"] == "facing"]):
            errs.append(f"{f}: cs_months")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems", f"({len(lines)} files)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
