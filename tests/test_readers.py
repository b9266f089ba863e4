"""Each reader turns its format into the same clean lines, in reading order."""

from __future__ import annotations

import codecs
import io
import itertools
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import docx_bytes, pdf_bytes
from cxscore.cli import app
from cxscore.document import Format
from cxscore.reading import read_document

CV = [
    "Maya Lindqvist",
    "EXPERIENCE",
    "Front Desk Agent, Harbour Inn — Portland, ME",
    "Jan 2019 – Present",
    "• Greeted guests and resolved booking issues",
]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
def test_text_encodings(encoding: str, prefix: bytes) -> None:
    text = "Renée Dubois\nBarista – Café Noir\nDon’t miss “quotes”\nManaged the café’s till\n"
    document = read_document(prefix + text.encode(encoding))
    assert document.format is Format.TXT
    assert document.text == text.strip()


def test_pdf_reads_lines_and_pages() -> None:
    document = read_document(pdf_bytes([CV, ["Page two line"]]))
    assert document.format is Format.PDF
    assert document.page_texts() == ("\n".join(CV), "Page two line")


def test_pdf_words_drawn_one_by_one_are_separated() -> None:
    line = "Gives an opportunity to serve customers with patience"
    document = read_document(pdf_bytes([[line]], per_word=True))
    assert document.text == line


def test_docx_paragraphs_and_table_rows_in_order() -> None:
    data = docx_bytes(
        ["Maya Lindqvist", "EXPERIENCE"],
        table=[
            ["Jan 2019 – Present", "Front Desk Agent\nHarbour Inn\nGreeted guests"],
            ["2016 – 2018", "Barista\nCafé Noir"],
        ],
    )
    document = read_document(data)
    assert document.format is Format.DOCX
    assert document.text.split("\n") == [
        "Maya Lindqvist",
        "EXPERIENCE",
        "Jan 2019 – Present",
        "Front Desk Agent",
        "Harbour Inn",
        "Greeted guests",
        "",
        "2016 – 2018",
        "Barista",
        "Café Noir",
    ]


def test_docx_single_line_cells_read_as_one_row() -> None:
    data = docx_bytes([], table=[["Cashier", "Corner Shop", "2019 – 2021"]])
    assert read_document(data).text == "Cashier | Corner Shop | 2019 – 2021"


def test_docx_headers_and_footers_kept_apart() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("EXPERIENCE")
    document.sections[0].header.paragraphs[0].text = "Maya Lindqvist · maya@example.com"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    buffer = io.BytesIO()
    document.save(buffer)
    read = read_document(buffer.getvalue())
    assert read.text == "EXPERIENCE"
    assert read.headers == ("Maya Lindqvist · maya@example.com",)
    assert read.footers == ("Page 1",)


def test_html_elements_side_by_side_are_not_glued_into_one_word() -> None:
    # A personal site lays a title and its dates out with flex: two elements, no space between.
    html = (
        "<html><body><h2>Experience</h2>"
        '<div class="r"><em>Teller · Kamutua Branch</em><span class="d">Jan 2009 – Jun 2012</span>'
        "</div><p>Opened the <b>vault</b> at eight, <i>ex</i>cept on Sundays</p></body></html>"
    )
    lines = read_document(html.encode()).text.split("\n")
    assert "Teller · Kamutua Branch Jan 2009 – Jun 2012" in lines
    assert "Opened the vault at eight, except on Sundays" in lines


def test_html_entities_escaped_twice_are_decoded() -> None:
    html = "<html><body><p>Customer Advisor</p><p>Sep 2021 &amp;ndash; Present</p></body></html>"
    assert "Sep 2021 – Present" in read_document(html.encode()).text.split("\n")


def test_html_dates_floated_before_a_title_are_not_glued_to_it() -> None:
    html = (
        '<html><body><h4><span class="dates">Jan 2022 – Present</span>Concierge Security '
        "Officer</h4><p><b>Note</b>s on <i>ex</i>cept</p></body></html>"
    )
    lines = read_document(html.encode()).text.split("\n")
    assert "Jan 2022 – Present Concierge Security Officer" in lines
    assert "Notes on except" in lines


def test_html_text_view_in_pre_keeps_its_lines() -> None:
    # A job board's "text view": the whole résumé in one <pre>, its line breaks the layout.
    html = (
        "<html><body><div><pre>\nJo Park\n\nWork History\n\n05/2022 - Current\n"
        "Server / Bartender\nThe Copper Kettle, Ely\n* Took orders &amp; payments\n</pre></div>"
        "</body></html>"
    )
    lines = read_document(html.encode()).text.split("\n")
    assert lines[:6] == [
        "Jo Park",
        "",
        "Work History",
        "",
        "05/2022 - Current",
        "Server / Bartender",
    ]
    assert "• Took orders & payments" in lines


def test_page_marks_pasted_into_text_are_dropped_with_the_running_head() -> None:
    text = (
        "Sam Ortiz | Curriculum Vitae\nEXPERIENCE\nElectrician   2020 – 2024\n"
        "• Fit-outs, cable pulling, containment and\n\nPage 2 of 3\n\n"
        "Sam Ortiz | Curriculum Vitae\n\nterminations\nPage 7\n"
    )
    lines = read_document(text.encode()).text.split("\n")
    assert "Page 2 of 3" not in lines and lines.count("Sam Ortiz | Curriculum Vitae") == 1
    assert lines[-2:] == ["• Fit-outs, cable pulling, containment and", "terminations"]


def test_html_drops_scripts_and_styles() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>CV</title><style>p{color:red}</style></head>"
        "<body><h1>Maya Lindqvist</h1><script>var secret = 1;</script>"
        "<h2>Experience</h2><p><b>Front Desk Agent</b>, Harbour Inn</p>"
        "<ul><li>Greeted guests</li><li>Resolved <em>booking</em> issues</li></ul></body></html>"
    )
    document = read_document(html.encode())
    assert document.format is Format.HTML
    assert document.text.split("\n") == [
        "Maya Lindqvist",
        "",
        "Experience",
        "",
        "Front Desk Agent, Harbour Inn",
        "",
        "• Greeted guests",
        "• Resolved booking issues",
    ]
    assert "secret" not in document.text and "color" not in document.text


def test_markdown_by_name_and_by_content(tmp_path: Path) -> None:
    markdown = (
        "# Maya\n\n## Experience\n\n**Front Desk Agent**, Harbour Inn\n\n"
        "- Greeted [guests](http://x)\n- Solved issues\n"
    )
    path = tmp_path / "cv.md"
    path.write_text(markdown, encoding="utf-8")
    for document in (read_document(path), read_document(markdown.encode())):
        assert document.format is Format.MD
        assert "Front Desk Agent, Harbour Inn" in document.text
        assert "• Greeted guests" in document.text
        assert "**" not in document.text and "#" not in document.text


def test_rtf() -> None:
    rtf = (
        rb"{\rtf1\ansi{\fonttbl\f0 Arial;}\f0 Maya Lindqvist\par "
        rb"Front Desk Agent \endash  Harbour Inn\par Caf\'e9 shifts\par}"
    )
    document = read_document(rtf)
    assert document.format is Format.RTF
    assert document.text.split("\n") == [
        "Maya Lindqvist",
        "Front Desk Agent – Harbour Inn",
        "Café shifts",
    ]


def test_odt() -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, List, ListItem, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Experience"))
    doc.text.addElement(P(text="Front Desk Agent, Harbour Inn"))
    items = List()
    item = ListItem()
    item.addElement(P(text="Greeted guests"))
    items.addElement(item)
    doc.text.addElement(items)
    buffer = io.BytesIO()
    doc.write(buffer)
    document = read_document(buffer.getvalue())
    assert document.format is Format.ODT
    assert document.text.split("\n") == [
        "Experience",
        "Front Desk Agent, Harbour Inn",
        "• Greeted guests",
    ]
    assert document.heading_lines and document.heading_lines[0].slice(document.text) == "Experience"


def test_stdin() -> None:
    result = CliRunner().invoke(app, ["text", "-"], input="Cashier at Corner Shop\n")
    assert result.exit_code == 0
    assert result.stdout.strip() == "Cashier at Corner Shop"


def test_two_column_pdf_is_not_interleaved() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 800, "Maya Lindqvist")
    pdf.setFont("Helvetica", 10)
    sidebar = ["CONTACT", "maya@example.com", "SKILLS", "Spanish", "Scheduling", "Cash handling"]
    main = [
        "EXPERIENCE",
        "Front Desk Agent, Harbour Inn",
        "Greeted guests and resolved booking issues",
        "Handled late check-ins and room changes",
        "Barista, Café Noir",
        "Made drinks and kept the counter moving",
    ]
    for i, (left, right) in enumerate(zip(sidebar, main, strict=True)):
        pdf.drawString(40, 760 - 14 * i, left)
        pdf.drawString(200, 760 - 14 * i, right)
    pdf.save()
    document = read_document(buffer.getvalue())
    assert document.text.split("\n") == ["Maya Lindqvist", *sidebar, *main]


def test_pdf_text_inside_a_form_xobject_is_read_in_place() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.beginForm("sidebar")  # a figure to pdfminer: its text is grouped into lines apart
    pdf.setFont("Helvetica", 10)
    sidebar = ["SKILLS", "Customer service", "Conflict resolution", "Spanish", "Scheduling"]
    for i, text in enumerate(sidebar):
        pdf.drawString(40, 760 - 14 * i, text)
    pdf.endForm()
    pdf.doForm("sidebar")
    main = [
        "EXPERIENCE",
        "Barista, Grindstone Coffee",
        "Greeted guests and resolved complaints",
        "Trained five new starters",
        "Kept the counter moving at peak times",
    ]
    for i, text in enumerate(main):
        pdf.drawString(200, 760 - 14 * i, text)
    pdf.save()
    assert read_document(buffer.getvalue()).text.split("\n") == [*sidebar, *main]


def test_single_column_with_right_aligned_dates_stays_on_rows() -> None:
    rows: list[tuple[str | None, str | None]] = [
        ("Front Desk Agent, Harbour Inn", "Jan 2019 – Present"),
        ("Greeted guests and resolved booking issues", None),
        ("Handled late check-ins", None),
        ("Barista, Café Noir", "2016 – 2018"),
        ("Made drinks and kept the counter moving", None),
        ("Trained new staff", None),
        ("Cashier, Corner Shop", "2014 – 2016"),
        ("Served customers at the till", None),
    ]
    lines = two_column_pdf_lines(rows, 72, 540, flush_right=True)
    # The wide gap before the dates stays a column gap.
    assert lines[0] == "Front Desk Agent, Harbour Inn   Jan 2019 – Present"
    assert lines[3] == "Barista, Café Noir   2016 – 2018"


def test_right_aligned_dates_with_two_digit_years_stay_on_their_rows() -> None:
    """A few long duty lines cross the gap before the dates, so it looked like a gutter
    between two columns, and each job's dates were read before its employer."""
    long = "Managed a territory of accounts, visited customers weekly and grew the revenue of it"
    rows: list[tuple[str | None, str | None]] = [
        ("Brandon T. Kowalczyk", None),
        ("Toledo, OH", None),
        ("419-555-0102", None),
        ("Summary", None),
        (long, None),
        ("Work History", None),
    ]
    jobs = [
        ("Maumee Industrial Supply, Toledo, OH", "Mar '21 – Present", "Outside Sales Rep"),
        ("Great Lakes Office Products, Perrysburg, OH", "Aug '18 – Feb '21", "Inside Sales Rep"),
        ("Lucas County Chevrolet, Sylvania, OH", "Apr '16 – Jul '18", "Sales Consultant"),
        ("Glass City Distribution, Toledo, OH", "Oct '14 – Mar '16", "Order Picker"),
    ]
    for employer, dates, title in jobs:
        rows += [(employer, dates), (title, None), (long, None), ("in four years.", None)]
    rows += [("Education", None), ("Some college, Owens Valley Community College", None)]
    lines = two_column_pdf_lines(rows, 54, 558, flush_right=True)
    assert lines[6] == "Maumee Industrial Supply, Toledo, OH   Mar '21 – Present"
    assert lines[10] == "Great Lakes Office Products, Perrysburg, OH   Aug '18 – Feb '21"


def test_a_date_column_with_section_headings_in_it_is_read_row_by_row() -> None:
    rows: list[tuple[str | None, str | None]] = [
        ("Persönliche Daten", None),
        ("Geburtsdatum", "11.06.1995"),
        ("Staatsbürgerschaft", "Österreich"),
        ("Familienstand", "verheiratet"),
        ("Berufserfahrung", None),
        ("seit 01.03.2019", "Alpenwerk Energie GmbH, Lindachtal"),
        (None, "Customer Service Representative"),
        (None, "• Telephone and e-mail support for private customers"),
        ("01.09.2015 – 28.02.2019", "Donautal Kunststoffwerke GmbH, Lindachtal"),
        (None, "Laboratory Technician"),
        (None, "• Testing of granulate and finished pipes"),
        ("Ehrenamt", None),
        ("seit 2016", "Rettungsdienst Lindachtal"),
        (None, "Volunteer paramedic"),
        (None, "• Two night shifts a month on the ambulance"),
        ("Ausbildung", None),
        ("09/2009 – 06/2011", "HTL Lindachtal, chemistry"),
        ("Kenntnisse", None),
        ("Sprachen", "German, English"),
        ("EDV", "MS Office, SAP"),
        ("Führerschein", "B"),
    ]
    lines = two_column_pdf_lines(rows, 54, 200)
    assert lines[4:7] == [
        "Berufserfahrung",
        "seit 01.03.2019   Alpenwerk Energie GmbH, Lindachtal",
        "Customer Service Representative",
    ]
    assert "seit 2016   Rettungsdienst Lindachtal" in lines


def test_a_sidebar_on_the_main_column_s_baselines_is_read_as_a_column() -> None:
    # Both columns open sections of their own, so the sidebar is no label column of a table
    # even where its lines sit on the main column's baselines.
    rows: list[tuple[str | None, str | None]] = [
        ("CONTACT", "PROFILE"),
        ("07700 900133", "Friendly, reliable worker with nine years in busy shops."),
        ("12 Wharf Street, Norwich", "EXPERIENCE"),
        (None, "Parcelly, Norwich   Jun 2023 - May 2026"),
        ("SKILLS", "Technical Writer"),
        ("Jira, Salesforce", "• Wrote user guides and release notes for a payments platform"),
        (None, "• Worked with engineers to document the public APIs"),
        ("EDUCATION", "Cargoline Logistics, Bristol   Jul 2021 - Apr 2023"),
        ("GCSEs (9 subjects)", "Logistics Coordinator"),
        ("Jan 2008 - Dec 2009", "• Tracked shipments and updated customers on delays"),
        (None, "• Planned delivery routes for a fleet of 22 vans"),
        ("LANGUAGES", "Harbour Books, Norwich   Mar 2019 - Jun 2021"),
        ("First Aid at Work (2020)", "Bookseller"),
        (None, "• Recommended titles to customers and took special orders"),
    ]
    lines = two_column_pdf_lines(rows, 40, 212)
    at = lines.index("EXPERIENCE")
    assert lines[at + 1 : at + 3] == ["Parcelly, Norwich   Jun 2023 - May 2026", "Technical Writer"]
    assert lines[:3] == ["CONTACT", "07700 900133", "12 Wharf Street, Norwich"]
    assert "Bookseller" in lines and "First Aid at Work (2020)" in lines


def test_a_wrapped_bullet_goes_on_at_its_hanging_indent() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 10)
    y = 760
    for x, text in [
        (72, "Cargoline Logistics, Bristol"),
        (72, "Logistics Coordinator"),
        (76, "• Tracked shipments and updated the account managers of our customers on"),
        (86, "delays"),
        (76, "• Joined as Dispatcher in 2021 and was promoted within a year to Logistics"),
        (86, "Coordinator"),
        (76, "• Short bullet"),
        (86, "Set In Below"),
        (76, "• Booked hauliers and negotiated rates with six regional carriers each month"),
    ]:
        pdf.drawString(x, y, text)
        y -= 12
    # A bullet glyph drawn apart from its text, after it: its text is a bullet of its own.
    pdf.drawString(86, y, "Planned delivery routes for a fleet of 22 vans across the county")
    pdf.drawString(76, y, "•")
    pdf.save()
    lines = read_document(buffer.getvalue()).text.split("\n")
    assert lines[2:] == [
        "• Tracked shipments and updated the account managers of our customers on delays",
        "• Joined as Dispatcher in 2021 and was promoted within a year to Logistics Coordinator",
        "• Short bullet",
        "Set In Below",
        "• Booked hauliers and negotiated rates with six regional carriers each month",
        "• Planned delivery routes for a fleet of 22 vans across the county",
    ]


def test_a_date_column_under_a_title_and_over_closing_lines_is_read_row_by_row() -> None:
    # The margin also holds a document title above the table and closing lines below it
    # ("Referenzen", "Auf Anfrage."): they label no row and do not make it a sidebar.
    rows: list[tuple[str | None, str | None]] = [
        ("Lebenslauf", None),
        ("Anna Beispiel", None),
        (None, None),
        ("seit 08.2020", "Patient Admissions Clerk"),
        (None, "Spital Oberwilen, Oberwilen"),
        (None, "– Admission of patients at the main desk"),
        (None, "– Information for visitors on the phone"),
        ("01.2017 – 07.2020", "Claims Processor"),
        (None, "Krankenkasse Alpina Vita, Oberwilen"),
        (None, "– Checking invoices from doctors"),
        ("08.2013 – 07.2015", "Retail Assistant (apprenticeship)"),
        (None, "Dorfladen Brunnmatt, Brunnmatt"),
        (None, "– Serving customers at the till"),
        (None, "– Goods receipt and shelf filling"),
        (None, None),
        ("Informatik", "MS Office, SAP"),
        ("Referenzen", None),
        ("Auf Anfrage.", None),
        ("Zürich, 2026", None),
    ]
    lines = two_column_pdf_lines(rows, 50, 170)
    assert "seit 08.2020   Patient Admissions Clerk" in lines
    assert "01.2017 – 07.2020   Claims Processor" in lines
    assert "08.2013 – 07.2015   Retail Assistant (apprenticeship)" in lines


def _ruled_table_pdf(
    rows: list[list[list[str]]], xs: list[float], heading_after: str, grid: bool
) -> list[str]:
    """Read back a one-page PDF with a table under a heading: each row's cells drawn at `xs`
    (each cell's lines 12 pt apart, vertically centred in the row when not `grid`), each
    cell's own border drawn below it, and a heading after the last row."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, 780, "EMPLOYMENT RECORD")
    pdf.setFont("Helvetica", 9)
    edges = [*xs, 555.0]
    top = 760.0
    for row in rows:
        height = 12 * max(len(cell) for cell in row) + 6
        for x, cell in zip(xs, row, strict=True):
            offset = 0.0 if grid else (height - 6 - 12 * len(cell)) / 2
            for k, text in enumerate(cell):
                pdf.drawString(x + 3, top - 12 - offset - 12 * k, text)
        bottom = top - height
        for a, b in itertools.pairwise(edges):
            pdf.line(a, bottom, b, bottom)  # each cell's own border
        top = bottom
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, top - 20, heading_after)
    pdf.setFont("Helvetica", 9)
    for k, text in enumerate(["• Fire Warden & First Aid (2024)", "• Light vehicle licence"]):
        pdf.drawString(45, top - 36 - 12 * k, text)
    pdf.save()
    return read_document(buffer.getvalue()).text.split("\n")


def test_a_ruled_table_row_of_cells_over_several_lines_is_read_cell_by_cell() -> None:
    # Period | position and employer | duties, each row between two drawn borders: the
    # duties column is narrower in text than the rest, and was read first as a sidebar.
    rows = [
        [["Period"], ["Position / Employer"], ["Main duties"]],
        [
            ["01/2020 – to date"],
            ["Security Supervisor", "Falcon Shield Security", "Sahra Mall, Dubai"],
            ["Supervise 22 guards on three shifts.", "Handle shopper complaints at the desk."],
        ],
        [
            ["02/2013 – 04/2016"],
            ["Security Guard", "Malabar Guard Services", "Thottada, Kerala"],
            ["Greeted customers at a bank branch", "and managed the token queue."],
        ],
        [
            ["1998 – 2013"],
            ["Havildar", "Indian Army"],
            ["Section commander; trained recruits", "in weapons handling."],
        ],
    ]
    lines = _ruled_table_pdf(rows, [40, 136, 300], "LICENCES & TRAINING", grid=False)
    guard = lines.index("Security Guard")
    assert lines[guard - 2 : guard] == [
        "Supervise 22 guards on three shifts.",
        "Handle shopper complaints at the desk.",
    ]
    assert lines.index("Havildar") < lines.index("in weapons handling.")
    assert lines.index("in weapons handling.") < lines.index("LICENCES & TRAINING")


def test_a_ruled_table_of_one_line_rows_is_read_row_by_row() -> None:
    rows = [
        [["Dates"], ["Assignment"], ["Client"], ["Town"]],
        [["Mar 2026 – Present"], ["Barista"], ["Southbank Convention Kiosk"], ["Southbank"]],
        [["Jul 2025 – Oct 2025"], ["Room Attendant"], ["Collins Lane Hotel"], ["Melbourne"]],
        [["Apr 2025 – Jun 2025"], ["Picker Packer"], ["Tullamarine DC"], ["Tullamarine"]],
        [["Dec 2024 – Mar 2025"], ["Promotional Staff"], ["Sipwell Beverages"], ["Various"]],
    ]
    lines = _ruled_table_pdf(rows, [40, 140, 290, 460], "TICKETS", grid=True)
    assert "Jul 2025 – Oct 2025   Room Attendant   Collins Lane Hotel   Melbourne" in lines


def test_normalises_ligatures_mojibake_bullets_and_hyphenation() -> None:
    text = (
        "Oﬃce Manager\u00a0at Café\n"
        "ï‚§ Handled cus-\n"
        "tomer complaints\n"
        "â€¢ Worked as self-\n"
        "employed designer\n"
        "Donâ€™t stop\n"
    )
    assert read_document(text.encode()).text.split("\n") == [
        "Office Manager at Café",
        "• Handled customer",
        "complaints",
        "• Worked as self-employed",
        "designer",
        "Don’t stop",
    ]


def test_column_gaps_stay_apart_from_word_spaces() -> None:
    text = (
        "2018\tSummer job, Cadbury World\n"
        "Night Manager      2018 – 2022\n"
        "Checked   in   guests   and   handled   requests\n"  # justified prose
        "Medical Receptionist, Casco Bay Dental .......... 2015 – 2018\n"  # leader dots
    )
    assert read_document(text.encode()).text.split("\n") == [
        "2018   Summer job, Cadbury World",
        "Night Manager   2018 – 2022",
        "Checked in guests and handled requests",
        "Medical Receptionist, Casco Bay Dental   2015 – 2018",
    ]


def test_three_typed_dots_before_a_date_are_a_column_gap_not_prose() -> None:
    text = (
        "Activities Coordinator ... 2023 - Present\n"
        "Shop Assistant … March 2021 - 2022\n"
        "Served customers ... and restocked shelves\n"  # prose: no date follows
    )
    assert read_document(text.encode()).text.split("\n") == [
        "Activities Coordinator   2023 - Present",
        "Shop Assistant   March 2021 - 2022",
        "Served customers ... and restocked shelves",
    ]


def test_cli_json_gives_pages_and_format() -> None:
    import json

    result = CliRunner().invoke(app, ["text", "-", "--json"], input="Cashier\fSecond page\n")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["format"] == "txt"
    assert payload["pages"] == ["Cashier", "Second page"]


def test_docx_text_boxes_are_read_once_in_place() -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Maya Lindqvist")
    anchor = document.add_paragraph("EXPERIENCE")
    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
        "<w:drawing><w:txbxContent><w:p><w:r><w:t>Front Desk Agent, Harbour Inn</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        "<w:txbxContent><w:p><w:r><w:t>Front Desk Agent, Harbour Inn</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    anchor._p.append(parse_xml(box))
    document.add_paragraph("EDUCATION")
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_document(buffer.getvalue()).text.split("\n") == [
        "Maya Lindqvist",
        "EXPERIENCE",
        "Front Desk Agent, Harbour Inn",
        "EDUCATION",
    ]


def test_markdown_line_breaks_inside_a_paragraph_keep_the_fields_apart() -> None:
    markdown = (
        "## Experience\n\n**Barista**\nCafé Noir, Leeds\nJan 2020 – Present\n\n- Made drinks\n"
    )
    lines = read_document(markdown.encode(), name="cv.md").text.split("\n")
    assert "Barista" in lines and "Café Noir, Leeds" in lines and "Jan 2020 – Present" in lines


def test_plain_text_with_a_hash_sign_and_dashed_lists_stays_plain_text() -> None:
    text = (
        "Ada Whitfield\nLicense: Texas RN #9xxxxx\n\nCLINICAL EXPERIENCE\n-------------------\n"
        "Aug 2020–Present | Registered Nurse\nBayou Crest Medical Center, Houston, TX\n"
        "  - Provide direct care to patients\n  - Educate families\n  - Precept new nurses\n"
    )
    document = read_document(text.encode())
    assert document.format is Format.TXT
    assert "Bayou Crest Medical Center, Houston, TX" in document.text.split("\n")


def two_column_pdf_lines(
    rows: list[tuple[str | None, str | None]], left: float, right: float, flush_right: bool = False
) -> list[str]:
    """Read back a one-page PDF drawn row by row: a left cell at x=`left` and a right cell
    starting at x=`right` (or ending there when `flush_right`), 14 pt apart."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 10)
    for i, (first, second) in enumerate(rows):
        if first:
            pdf.drawString(left, 760 - 14 * i, first)
        if second and flush_right:
            pdf.drawRightString(right, 760 - 14 * i, second)
        elif second:
            pdf.drawString(right, 760 - 14 * i, second)
    pdf.save()
    return read_document(buffer.getvalue()).text.split("\n")


def test_pdf_date_column_wrapped_over_two_rows_is_put_back_together() -> None:
    rows: list[tuple[str | None, str | None]] = [
        ("JUL 2022 –", "Senior Sales Executive"),
        ("Present", "Perdana Industrial Supplies, Shah Alam"),
        (None, "• Handle key accounts and visit clients"),
        ("MAR 2020 – JUN", "Admin Executive"),
        ("2022", "Perdana Industrial Supplies, Shah Alam"),
        (None, "• Key in sales orders"),
        ("Q1 2017 – Q2", "Warehouse Operative"),
        ("2019", "Lee Valley Beverages"),
        ("Position:", "Customer Service Officer"),
        ("Period:", "January 2020 – Date"),
    ]
    lines = two_column_pdf_lines(rows, 72, 180)
    assert lines[:2] == [
        "JUL 2022 – Present   Senior Sales Executive",
        "Perdana Industrial Supplies, Shah Alam",
    ]
    assert lines[3:5] == [
        "MAR 2020 – JUN 2022   Admin Executive",
        "Perdana Industrial Supplies, Shah Alam",
    ]
    assert lines[6:8] == ["Q1 2017 – Q2 2019   Warehouse Operative", "Lee Valley Beverages"]
    # A label column is no date column: nothing moves between its rows.
    assert lines[8:] == ["Position:   Customer Service Officer", "Period:   January 2020 – Date"]


def test_plain_text_heading_underlined_by_the_next_line_is_styled() -> None:
    text = "Jo Bloggs\n\nSkills & Languages\n==================\nSpanish – fluent\n---\n"
    document = read_document(text.encode())
    styled = [document.text[s.start : s.end] for s in document.heading_lines]
    assert styled == ["Skills & Languages"]


def test_places_and_dates_set_flush_right_stay_on_their_rows() -> None:
    rows: list[tuple[str | None, str | None]] = [
        ("PROFILE", None),
        ("Friendly and reliable retail supervisor with six years on the shop floor, used to", None),
        ("busy trading periods.", None),
        ("EXPERIENCE", None),
        ("Hartwell & Finch Home Store", "Leeds"),
        ("Store Supervisor", "Mar 2022 - Present"),
        ("• Ran the shop floor on shifts of up to 14 staff", None),
        ("Parkgate Discount Ltd", "Rotherham"),
        ("Stockroom Assistant", "Jun 2018 - Jul 2019"),
        ("• Unloaded deliveries", None),
        ("Corner Shop", "Wakefield"),
        ("Cashier", "2016 - 2018"),
    ]
    lines = two_column_pdf_lines(rows, 72, 540, flush_right=True)
    assert lines[4:6] == [
        "Hartwell & Finch Home Store   Leeds",
        "Store Supervisor   Mar 2022 - Present",
    ]
    assert lines[-2:] == ["Corner Shop   Wakefield", "Cashier   2016 - 2018"]


def test_pdf_date_wrapped_under_the_title_beside_the_employer() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 760, "Junior UI Designer")
    pdf.drawString(72, 746, "Oct 2017")
    pdf.drawString(72, 732, "– Jan 2019")
    pdf.drawString(200, 732, "Maré Digital Lda. · Porto")
    pdf.drawString(72, 718, "• Designed screens for a banking app")
    pdf.save()
    lines = read_document(buffer.getvalue()).text.split("\n")
    assert lines[1:3] == ["Oct 2017 – Jan 2019", "Maré Digital Lda. · Porto"]


def test_a_margin_of_section_names_and_dates_labels_its_rows() -> None:
    rows: list[tuple[str | None, str | None]] = [
        ("WORK", "Staff Engineer"),
        ("2024 – Present", "Quietwave Audio, Remote"),
        (None, "• Own the internal build system and CI used by 60 engineers"),
        (None, "• Mentor four senior engineers; run the architecture review"),
        (None, "Backend Engineer"),
        ("2020 – 2024", "Fjordline Payments, Oslo"),
        (None, "• Built the merchant payout API that moves NOK 2bn a month"),
        (None, "Support Engineer"),
        ("2018 – 2020", "Fjordline Payments, Oslo"),
        (None, "• Answered merchant integration tickets by email"),
        ("EDUCATION", "MSc Informatics, Nordvik University of Technology"),
        ("STACK", "Go, Rust, Postgres, Kafka"),
    ]
    lines = two_column_pdf_lines(rows, 40, 150)
    assert lines[:2] == ["WORK   Staff Engineer", "2024 – Present   Quietwave Audio, Remote"]
    assert "2020 – 2024   Fjordline Payments, Oslo" in lines


def test_pdf_date_column_wrapped_over_three_rows() -> None:
    rows: list[tuple[str | None, str | None]] = [
        (None, "Check-in Agent"),
        ("January", None),
        ("2016–March 2018", "Aerolink Ground Services, London Gatwick"),
        (None, "• Checked in passengers"),
        (None, "Baggage Handler"),
        ("May", None),
        ("2014–December", "Aerolink Ground Services, London Gatwick"),
        ("2015", None),
        (None, "• Loaded aircraft holds"),
    ]
    lines = two_column_pdf_lines(rows, 72, 180)
    assert "January 2016–March 2018" in lines[1]
    assert lines[4:7] == [
        "Baggage Handler",
        "May 2014–December 2015",
        "Aerolink Ground Services, London Gatwick",
    ]


def test_markdown_items_over_a_nested_list_are_no_bullets() -> None:
    markdown = (
        "## Academic appointments\n\n"
        "- **Universidad del Sur**, Valparaíso\n"
        "  - Assistant Professor (2019–present)\n"
        "    - Teach Benthic Ecology\n"
        "- Reviewer, Coastal Ecology Journal\n"
    )
    lines = [x for x in read_document(markdown.encode(), name="cv.md").text.split("\n") if x]
    assert lines == [
        "Academic appointments",
        "Universidad del Sur, Valparaíso",
        "Assistant Professor (2019–present)",
        "• Teach Benthic Ecology",
        "• Reviewer, Coastal Ecology Journal",
    ]


def test_pdf_titles_set_out_left_of_the_main_column_stay_in_it() -> None:
    """A sidebar whose longest lines overhang the gutter, and job titles that start left of
    the main column's text: the sidebar is read whole, then the main column."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 9)
    sidebar = ["EDUCATION", "Diploma in Hotel & Leisure", "Facilities Management, Temasek"]
    sidebar += ["Polytechnic, 2017", "SKILLS", "Opera PMS", "Service recovery", "Mandarin"]
    for i, text in enumerate(sidebar):
        pdf.drawString(40, 720 - 12 * i, text)
    main = [
        (143, "Guest Relations Manager"),
        (213, "The Marlow Orchard Hotel, Singapore"),
        (216, "• Handle VIP arrivals, complaints and service recovery"),
        (143, "Guest Relations Officer"),
        (213, "The Marlow Orchard Hotel, Singapore"),
        (216, "• Welcomed guests at check-in and arranged tours"),
        (143, "Service Crew (part-time)"),
        (213, "Kopi Lane Cafe, Clementi"),
    ]
    for i, (x, text) in enumerate(main):
        pdf.drawString(x, 722 - 13 * i, text)
    pdf.save()
    lines = read_document(buffer.getvalue()).text.split("\n")
    assert lines[: len(sidebar)] == sidebar
    assert [line for line in lines[len(sidebar) :] if line] == [text for _, text in main]


def test_pdf_dates_set_flush_against_the_words_before_them_are_parted() -> None:
    rows: list[tuple[str | None, str | None]] = [
        ("Chat Support Associate | Lumen Reach BPO | Quezon CityAug 2017 – May 2019", None),
        ("Volunteer Reading Tutor | Bayanihan Reading Corner | Marikina2014 – 2016", None),
        ("Python3 scripts for the 2019 audit", None),
    ]
    lines = two_column_pdf_lines(rows, 72, 300)
    assert lines[:3] == [
        "Chat Support Associate | Lumen Reach BPO | Quezon City Aug 2017 – May 2019",
        "Volunteer Reading Tutor | Bayanihan Reading Corner | Marikina 2014 – 2016",
        "Python3 scripts for the 2019 audit",
    ]


def test_pdf_table_of_dates_beside_roles_is_read_row_by_row() -> None:
    """A tabular CV: field names and date ranges in a left column, each on the baseline of its
    row's first line, with the employer and duties below it on the right. That left column
    is not a sidebar: it is read with its rows."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 9)
    y = 720
    rows = [
        ("Address", ["Am Sparrenberg 14, Bielefeld"]),
        ("Date of birth", ["12.03.1992 in Herford"]),
        ("Marital status", ["married, one child"]),
        ("10/2019 – today", ["Pharmacist", "Löwen-Apotheke, Bielefeld", "• Advised customers"]),
        ("11/2018 – 09/2019", ["Pharmacist in Training", "Hirsch-Apotheke, Detmold"]),
        ("04/2016 – 10/2018", ["QC Technician", "Ravensberg Pharma GmbH", "• HPLC testing"]),
        ("Languages", ["German (native), English (C1)"]),
        ("Software", ["ADG pharmacy system, MS Office"]),
    ]
    for left, right in rows:
        pdf.drawString(60, y, left)
        for text in right:
            pdf.drawString(183, y, text)
            y -= 12
        y -= 6
    pdf.save()
    lines = read_document(buffer.getvalue()).text.split("\n")
    assert [line.split() for line in lines[3:11]] == [
        line.split()
        for line in [
            "10/2019 – today Pharmacist",
            "Löwen-Apotheke, Bielefeld",
            "• Advised customers",
            "11/2018 – 09/2019 Pharmacist in Training",
            "Hirsch-Apotheke, Detmold",
            "04/2016 – 10/2018 QC Technician",
            "Ravensberg Pharma GmbH",
            "• HPLC testing",
        ]
    ]


def test_pdf_name_repeated_at_the_top_of_a_later_page_is_a_running_head() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 10)
    first = ["Katrin Vossberg", "EXPERIENCE", "Registered Nurse, Elbklinik Altona", "• Cared for"]
    for i, text in enumerate(first):
        pdf.drawString(72, 760 - 14 * i, text)
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    second = ["Katrin Vossberg · Curriculum Vitae", "VOLUNTEERING", "Ambulance volunteer"]
    for i, text in enumerate(second):
        pdf.drawString(72, 760 - 14 * i, text)
    pdf.save()
    lines = [line for line in read_document(buffer.getvalue()).text.split("\n") if line]
    assert lines == [*first, *second[1:]]


@pytest.mark.parametrize(
    ("head", "kept"),
    [
        ("Nathan Sorensen   Nathan Sorensen · (319) 555-0173 · nate.s@mail.example", False),
        ("Katrin Vossberg – Curriculum Vitae – Page 2", False),
        ("Katrin Vossberg trained nurses on the new infusion pumps across four wards", True),
    ],
)
def test_a_later_page_head_of_name_and_contact_details_is_dropped(head: str, kept: bool) -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 10)
    first = ["Katrin Vossberg", "EXPERIENCE", "Registered Nurse, Elbklinik Altona", "• Cared for"]
    first = first if head.startswith("Katrin") else ["Nathan Sorensen", *first[1:]]
    for i, text in enumerate(first):
        pdf.drawString(72, 760 - 14 * i, text)
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    for i, text in enumerate([head, "VOLUNTEERING", "Ambulance volunteer"]):
        pdf.drawString(72, 760 - 14 * i, text)
    pdf.save()
    lines = read_document(buffer.getvalue()).text.split("\n")
    assert any(line.split() == head.split() for line in lines) is kept
