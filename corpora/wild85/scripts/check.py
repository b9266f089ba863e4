"""Check dev/gold.jsonl against the schema and the built files."""
import html
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import KINDS, months_gold  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
      "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def docx_text(path):
    from docx import Document
    d = Document(path)
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


def text_of(path):
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
    rows = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [r["file"] for r in rows] != files:
        errs.append("gold files and dev/ files differ")
    n = 0
    for r in rows:
        f = r["file"]
        if list(r) != TOP:
            errs.append(f"{f}: top keys {list(r)}")
        if r["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        if not 3 <= len(r["entries"]) <= 6:
            errs.append(f"{f}: {len(r['entries'])} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(path))
        for e in r["entries"]:
            n += 1
            t = e.get("title")
            if list(e) != EK:
                errs.append(f"{f}/{t}: entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}/{t}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{f}/{t}: kind {e['kind']} for {e['cs']}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}/{t}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}/{t}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}/{t}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{f}/{t}: undated but end/precision set")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{f}/{t}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{f}/{t}: end before start")
                elif e["end"] != "present" and e["end"] > "2026-11":
                    errs.append(f"{f}/{t}: end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{f}/{t}: precision")
                if e["date_precision"] == "year" and not (e["start"].endswith("-01") and
                                                          (e["end"] == "present" or e["end"].endswith("-12"))):
                    errs.append(f"{f}/{t}: year precision not Jan..Dec")
            if not t or norm(t) not in txt:
                errs.append(f"{f}: title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in txt:
                errs.append(f"{f}: organisation not in text: {e['organization']!r}")
        if months_gold(r["entries"]) != r["total_months"]:
            errs.append(f"{f}: total_months {r['total_months']} != {months_gold(r['entries'])}")
        if months_gold(r["entries"], True) != r["cs_months"]:
            errs.append(f"{f}: cs_months")
    for e in errs:
        print("FAIL", e)
    print(f"{len(rows)} files, {n} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
