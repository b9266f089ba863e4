"""Re-open every test file and check that gold titles and organisations appear in its text.

Hard failures: a gold title or organisation not found (case-insensitive, whitespace-normalised).
Warnings only: locations, bullets and printed dates not found verbatim (bullets are also tried with
PDF-style hyphenation and glyph noise removed).
"""
import json, os, re, sys

TEST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test")

def pdf_text(p):
    from pdfminer.high_level import extract_text
    return extract_text(p)

def docx_text(p):
    import docx
    d = docx.Document(p)
    out = []
    def walk_table(t):
        for row in t.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                for par in cell.paragraphs:
                    out.append(par.text)
                for nt in cell.tables:
                    walk_table(nt)
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(docx.text.paragraph.Paragraph(child, d).text)
        elif tag == "tbl":
            walk_table(docx.table.Table(child, d))
    return "\n".join(out)

def extract(p):
    if p.endswith(".pdf"):
        return pdf_text(p)
    if p.endswith(".docx"):
        return docx_text(p)
    with open(p, encoding="utf-8") as f:
        return f.read()

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def loose(s):
    s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)          # undo end-of-line hyphenation
    s = re.sub(r"page \d of \d|kevin brandt \| resume", " ", s, flags=re.I)
    s = re.sub(r"[•●▪◦➢✓■*]", " ", s)
    return re.sub(r"[^0-9a-z%$€]+", "", s.lower())

def main():
    rows = [json.loads(l) for l in open(os.path.join(TEST, "gold.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(TEST) if f != "gold.jsonl")
    assert files == sorted(r["file"] for r in rows), "file list and gold differ"
    fails, warns = 0, 0
    for r in rows:
        txt = extract(os.path.join(TEST, r["file"]))
        nt, lt = norm(txt), loose(txt)
        for e in r["entries"]:
            for k in ("title", "organization"):
                v = e[k]
                if v and norm(v) not in nt:
                    print("FAIL %s %s not found: %r" % (r["file"], k, v)); fails += 1
            if e["location"] and norm(e["location"]) not in nt:
                print("warn %s location not found: %r" % (r["file"], e["location"])); warns += 1
            for b in e["bullets"]:
                if norm(b) not in nt and loose(b) not in lt:
                    print("warn %s bullet not found: %r" % (r["file"], b[:70])); warns += 1
    print("%d files checked, %d failures, %d warnings" % (len(rows), fails, warns))
    return 1 if fails else 0

if __name__ == "__main__":
    sys.exit(main())
