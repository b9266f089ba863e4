"""Visibility check shared by remix1/remix3: is each needed string readable in the rendered file?"""
import re


def _norm(s):
    s = re.sub(r"\(cid:\d+\)", "", s)
    return re.sub(r"\s+", "", s).lower()


def pdf_text(path):
    """Text of the text boxes that lie inside the page box (off-page text does not count)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer
    out = []
    for page in extract_pages(path):
        x0, y0, x1, y1 = page.bbox
        for el in page:
            if isinstance(el, LTTextContainer):
                if el.y0 >= y0 - 1 and el.y1 <= y1 + 1 and el.x0 >= x0 - 1 and el.x1 <= x1 + 1:
                    out.append(el.get_text())
    return "\n".join(out)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []

    def walk(container):
        for block in container.iter_inner_content():
            if hasattr(block, "rows"):
                for row in block.rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen:
                            continue
                        seen.add(id(c._tc))
                        walk(c)
            else:
                parts.append(block.text)
    walk(d)
    return "\n".join(parts)


def file_text(path):
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()


def missing(path, needles):
    """needles: strings that must be visible; returns those that are not."""
    t = _norm(file_text(path))
    return [n for n in needles if n and _norm(n) not in t]
