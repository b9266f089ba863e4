"""Re-open every résumé in corpora/wild/dev and check that each gold title and
organisation appears in the extracted text (case-insensitive, whitespace-normalised).
Also reports (as warnings) gold bullets that cannot be found verbatim.

Usage: python check.py [--dump DIR]   (--dump writes the extracted text per file)
"""
import json
import os
import re
import sys

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def walk(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        walk(cell.tables)
        walk(d.tables)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    dump = None
    if "--dump" in sys.argv:
        dump = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(dump, exist_ok=True)
    rows = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    assert [r["file"] for r in rows] == files, "gold.jsonl and files differ"
    fails = warns = 0
    for r in rows:
        raw = extract(os.path.join(DEV, r["file"]))
        if dump:
            with open(os.path.join(dump, r["file"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(raw)
        text = norm(raw)
        for e in r["entries"]:
            for field in ("title", "organization"):
                v = e[field]
                if v and norm(v) not in text:
                    print(f"FAIL {r['file']}: {field} {v!r} not found")
                    fails += 1
            for b in e["bullets"]:
                if norm(b) not in text:
                    print(f"warn {r['file']}: bullet not verbatim: {b[:60]!r}")
                    warns += 1
    n = sum(len(r["entries"]) for r in rows)
    print(f"{len(rows)} files, {n} entries: {fails} failures, {warns} bullet warnings")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
