"""Verify wild7/dev: every gold title and organisation occurs in the file's extracted text
(pdfminer.six extract_text for PDF; paragraphs + table cells + headers/footers for DOCX; raw text for txt/md),
case- and whitespace-insensitive.  Also checks file set, month totals and basic schema."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import merged_months  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")


def extract(path):
    if path.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if path.endswith(".docx"):
        import docx
        doc = docx.Document(path)
        parts = [p.text for p in doc.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        cells(doc.tables)
        for s in doc.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def pages(path):
    from pdfminer.high_level import extract_pages
    return sum(1 for _ in extract_pages(path))


def main():
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    errors = []
    if sorted(g["file"] for g in gold) != files:
        errors.append(f"file set mismatch: {files} vs gold")
    n = 0
    for g in gold:
        path = os.path.join(DEV, g["file"])
        text = norm(extract(path))
        if path.endswith(".pdf"):
            p = pages(path)
            if p > 2:
                errors.append(f"{g['file']}: {p} pages")
        assert g["as_of"] == "2026-11"
        for e in g["entries"]:
            n += 1
            for key in ("title", "organization"):
                v = e[key]
                if v and norm(v) not in text:
                    errors.append(f"{g['file']}: {key} not found: {v!r}")
            if e["cs"] == "facing" and not e["kind"] or e["cs"] != "facing" and e["kind"]:
                errors.append(f"{g['file']}: kind/cs mismatch for {e['title']}")
            if e["start"] is None and (e["end"] or e["date_precision"]):
                errors.append(f"{g['file']}: undated entry with end/precision {e['title']}")
        if g["total_months"] != merged_months(g["entries"]):
            errors.append(f"{g['file']}: total_months")
        if g["cs_months"] != merged_months([e for e in g["entries"] if e["cs"] == "facing"]):
            errors.append(f"{g['file']}: cs_months")
    for x in errors:
        print("FAIL", x)
    print(f"{len(gold)} files, {n} entries, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
