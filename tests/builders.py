"""Build small documents in memory for tests (real libraries, no committed binaries)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence


def pdf_bytes(
    pages: Sequence[Sequence[str]],
    *,
    per_word: bool = False,
    encrypt: str | None = None,
) -> bytes:
    """A PDF with one text line per string, optionally one drawString per word."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1, encrypt=encrypt)
    for lines in pages:
        y = 780.0
        pdf.setFont("Helvetica", 10)
        for line in lines:
            if per_word:
                x = 72.0
                for word in line.split():
                    pdf.drawString(x, y, word)
                    x += pdf.stringWidth(word, "Helvetica", 10) + 2.8
            else:
                pdf.drawString(72, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_pdf_bytes() -> bytes:
    """A one-page PDF holding only an image, like a scan."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    image = Image.new("L", (60, 30), color=200)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.drawInlineImage(image, 72, 600, width=300, height=150)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    """A DOCX with paragraphs then an optional table (cells may hold several lines)."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                cell = grid.cell(r, c)
                first, *rest = value.split("\n")
                cell.text = first
                for more in rest:
                    cell.add_paragraph(more)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def bomb_docx_bytes(expanded_mb: int = 40) -> bytes:
    """A DOCX-shaped zip whose document.xml expands enormously (zeros compress ~1000x)."""
    return zip_bytes(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<" + b"0" * (expanded_mb * 2**20) + b">",
        }
    )


def bomb_odt_bytes(expanded_mb: int = 40) -> bytes:
    """An ODT-shaped zip whose content.xml expands enormously."""
    return zip_bytes(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml": b"<manifest/>",
            "content.xml": b"<" + b"0" * (expanded_mb * 2**20) + b">",
        }
    )
