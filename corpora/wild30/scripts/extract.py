"""Text extraction used by check.py (the same routes a parser would take)."""
import html
import re


def pdf_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def _cell_texts(table, out):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                out.append(p.text)
            for t in cell.tables:
                _cell_texts(t, out)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        _cell_texts(t, out)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer, s.even_page_header,
                     s.even_page_footer):
            out += [p.text for p in part.paragraphs]
            for t in part.tables:
                _cell_texts(t, out)
    return "\n".join(out)


def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"(?is)<title.*?</title>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return pdf_text(path)
    if ext == "docx":
        return docx_text(path)
    if ext in ("html", "htm"):
        return html_text(path)
    return open(path, encoding="utf-8").read()
