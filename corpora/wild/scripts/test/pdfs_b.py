"""PDF résumés, part B: x018 x020 x023 x026 x029 x032 x035."""
from common import E, resume, path
from pdfutil import fonts, Pen, hexc, smallcaps
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from xml.sax.saxutils import escape as X

def PS(font="Times-Roman", size=10.5, lead=None, **k):
    return ParagraphStyle("p", fontName=font, fontSize=size, leading=lead or size * 1.28, **k)

# --------------------------------------------------------------------------- x018
@resume("x018.pdf", "executive_bio_prose")
def x018(fname):
    fonts()
    ents = [
        E("Chief Operating Officer", "Meridale Freight Group", "Rotterdam", "2019 – present",
          ["Leads a 2,400-person operation across 14 cross-dock and distribution hubs in the Benelux and Germany. Delivered a "
           "€38M network consolidation programme in 2021–2023 that reduced cost per pallet by 17% while on-time delivery rose "
           "from 91% to 97%. Sponsors the group's electrification roadmap for its 600-truck fleet."], "affecting"),
        E("Vice President, Customer Operations", "Meridale Freight Group", "Rotterdam", "2014 – 2019",
          ["Built the group's first 24/7 customer-operations centre (180 agents in three languages) and its escalation desk. "
           "Personally handled escalated calls and complaints from shippers during every peak season and sat in on the "
           "phones one morning a week. Customer satisfaction rose from 6.9 to 8.3 over four years."], "facing", "contact_center"),
        E("Director, Network Planning", "Halvard Logistics", "Antwerp", "2009 – 2014",
          ["Ran a 20-person planning team responsible for linehaul schedules and depot capacity for 3,100 daily shipments. "
           "Introduced optimisation-based route planning that took 9% out of linehaul kilometres."], "affecting"),
        E("Operations Analyst", "Kessel & Dorn Shipping", "Hamburg", "2004 – 2009", [], "none"),
    ]
    board = [E("Board Trustee", "Rotterdam Literacy Foundation", None, "2016 – present",
               ["Chairs the finance and audit committee and mentors the foundation's operations manager."], "none",
               section="volunteer", etype="volunteer")]
    gold = ents + board
    ink = hexc("#2C2C2C"); accent = hexc("#8A6D3B")
    doc = SimpleDocTemplate(path(fname), pagesize=A4, leftMargin=72, rightMargin=72, topMargin=60, bottomMargin=60,
                            title="Catherine Ng-Ambrose — Executive Biography")
    F, FB, FI = "DVSer", "DVSer-B", "DVSer-I"
    body = PS(F, 10, 15, textColor=ink, alignment=4, spaceAfter=8)
    H = PS(FB, 10, 14, textColor=accent, spaceBefore=14, spaceAfter=6)
    story = [Paragraph("CATHERINE NG-AMBROSE", PS(FB, 22, 28, textColor=ink, alignment=1)),
             Paragraph("Operations Executive  ·  Logistics &amp; Supply Chain", PS(FI, 11, 16, textColor=accent, alignment=1)),
             Paragraph("Rotterdam, Netherlands  ·  555-0115  ·  c.ngambrose@example.com", PS(F, 9, 14, textColor=ink, alignment=1)),
             Spacer(1, 12),
             Paragraph("EXECUTIVE PROFILE", H),
             Paragraph("Catherine Ng-Ambrose is an operations leader with twenty years in European freight and logistics. "
                       "She is known for large network redesigns delivered without service disruption, for building customer "
                       "operations from scratch, and for developing leaders from within the business.", body),
             Paragraph("PROFESSIONAL BACKGROUND", H)]
    for e in ents[:3]:
        story.append(Paragraph("<b>%s</b>  |  %s  |  %s  |  %s" % (X(e.title), X(e.org), X(e.loc), e.d), PS(F, 10, 14, textColor=ink, spaceAfter=3)))
        story.append(Paragraph(X(e.bullets[0]), body))
    e = ents[3]
    story.append(Paragraph("<i>Earlier career:</i> %s, %s, %s (%s)." % (X(e.title), X(e.org), X(e.loc), e.d), body))
    story.append(Paragraph("BOARD &amp; COMMUNITY ROLES", H))
    for e in board:
        story.append(Paragraph("<b>%s</b>, %s (%s). %s" % (X(e.title), X(e.org), e.d, X(e.bullets[0])), body))
    story.append(Paragraph("EDUCATION", H))
    story.append(Paragraph("MBA, Lowlands Business School (2008)<br/>MSc Industrial Engineering, Technical University of Delftshaven (2003)",
                           PS(F, 10, 15, textColor=ink)))
    story.append(Paragraph("LANGUAGES", H))
    story.append(Paragraph("English, Dutch, Cantonese; working German", PS(F, 10, 15, textColor=ink)))
    cs_head = Paragraph("CAREER SUMMARY", H)
    rows = [[Paragraph(e.d, PS(F, 9, 12, textColor=ink)), Paragraph("%s, %s" % (X(e.title), X(e.org)), PS(F, 9, 12, textColor=ink))]
            for e in ents]
    t = Table(rows, colWidths=[90, 360])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, hexc("#BBBBBB")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(KeepTogether([cs_head, t]))
    doc.build(story)
    return gold

# --------------------------------------------------------------------------- x020
@resume("x020.pdf", "academic_cv")
def x020(fname):
    ents = [
        E("Assistant Professor of Sociology", "Carrow State University", "Portland, OR", "2022–present",
          ["Teach SOC 310 Research Methods and SOC 345 Urban Sociology (about 150 undergraduates per year)",
           "Advise four MA students and supervise undergraduate honours theses"], "facing", "education"),
        E("Postdoctoral Research Fellow", "Institute for Housing Research, Winslow University", "Boston, MA", "2019–2022",
          ["Built a linked dataset of 1.2 million eviction filings across six states",
           "Co-led a federally funded study of emergency rental assistance; managed two research assistants"], "none"),
        E("Graduate Teaching Fellow", "Winslow University", "Boston, MA", "Fall 2016 – Spring 2019",
          ["Led weekly discussion sections for Introduction to Sociology (three sections of 25 students per term) and graded all written work"],
          "facing", "education"),
        E("Research Assistant", "Urban Data Lab, Fenwick College", "Providence, RI", "Summer 2015",
          ["Cleaned and geocoded housing-court records for the lab's Rhode Island eviction map"], "none"),
    ]
    doc = SimpleDocTemplate(path(fname), pagesize=letter, leftMargin=72, rightMargin=72, topMargin=64, bottomMargin=64,
                            title="Quintero-Vidal CV")
    N = PS("Times-Roman", 11, 14)
    Hd = PS("Times-Bold", 11, 14, spaceBefore=12, spaceAfter=4)
    hang = PS("Times-Roman", 11, 14, leftIndent=24, firstLineIndent=-24, spaceAfter=3)
    story = [Paragraph("Rafael Quintero-Vidal", PS("Times-Bold", 17, 21, alignment=1)),
             Paragraph("Curriculum Vitae — updated October 2026", PS("Times-Italic", 10.5, 14, alignment=1)),
             Spacer(1, 6),
             Paragraph("Department of Sociology, Carrow State University, 1900 SW Harbor Way, Portland, OR 97201<br/>"
                       "555-0166 · r.quintero-vidal@example.com", PS("Times-Roman", 10.5, 13.5, alignment=1)),
             Paragraph("POSITIONS HELD", Hd)]
    for e in ents:
        t = Table([[Paragraph("<b>%s</b>, %s, %s" % (X(e.title), X(e.org), X(e.loc)), N), Paragraph(e.d, PS("Times-Roman", 11, 14, alignment=2))]],
                  colWidths=[340, 128])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t)
        for b in e.bullets:
            story.append(Paragraph(X(b), PS("Times-Roman", 11, 14, leftIndent=22, bulletIndent=10), bulletText="–"))
        story.append(Spacer(1, 5))
    story += [Paragraph("EDUCATION", Hd),
              Paragraph("Ph.D., Sociology, Winslow University, 2019. <i>Dissertation: Paper Trails: Eviction Filings and Household Mobility.</i>", hang),
              Paragraph("B.A., Sociology and Economics, <i>magna cum laude</i>, Fenwick College, 2015.", hang),
              Paragraph("PUBLICATIONS", Hd),
              Paragraph("Quintero-Vidal, R. 2025. “Filing Without Evicting: Serial Filings in Mid-Sized Cities.” <i>Journal of Urban Inequality</i> 14(2): 211–238.", hang),
              Paragraph("Quintero-Vidal, R., and M. Ashby. 2023. “Emergency Rental Assistance and Court Outcomes.” <i>Housing Policy Review</i> 39(4): 77–101.", hang),
              Paragraph("Ashby, M., R. Quintero-Vidal, and L. Tran. 2021. “Linking Court Records at Scale.” <i>Sociological Methods Notes</i> 8: 1–19.", hang),
              Paragraph("GRANTS AND FELLOWSHIPS", Hd),
              Paragraph("Early-Career Housing Research Grant, Larchmont Foundation, 2023–2025 ($85,000).", hang),
              Paragraph("Dissertation Completion Fellowship, Winslow University, 2018–2019.", hang),
              Paragraph("INVITED TALKS", Hd),
              Paragraph("“What Court Data Can and Cannot Tell Us.” Pacific Housing Forum, Seattle, WA, May 2024.", hang),
              Paragraph("TEACHING", Hd),
              Paragraph("Carrow State: SOC 310 Research Methods; SOC 345 Urban Sociology; SOC 590 Graduate Seminar in Housing.", hang),
              Paragraph("Winslow University (as teaching fellow): SOC 101 Introduction to Sociology.", hang),
              Paragraph("SERVICE", Hd),
              Paragraph("Ad hoc reviewer: <i>Journal of Urban Inequality</i>, <i>Housing Policy Review</i>, <i>City &amp; Community Quarterly</i>.", hang),
              Paragraph("LANGUAGES", Hd),
              Paragraph("Spanish (native), English (fluent), Portuguese (reading).", hang)]
    doc.build(story)
    return ents

# --------------------------------------------------------------------------- x023
@resume("x023.pdf", "gdocs_spearmint")
def x023(fname):
    fonts()
    ents = [
        E("Community Support Specialist", "Halcyon Skincare", "Atlanta, GA", "MARCH 2022 - PRESENT",
          ["Respond to customer DMs, comments and reviews on Instagram, TikTok and Facebook, averaging 180 conversations a day",
           "Route product-reaction reports to the quality team and follow up with each customer within 24 hours",
           "Wrote the saved-reply library and tone guide used by the five-person support team"], "facing", "digital_service"),
        E("Social Media Coordinator", "Peachtree Pet Supply", "Atlanta, GA", "JUNE 2020 - FEBRUARY 2022",
          ["Planned and scheduled the monthly content calendar across four channels",
           "Shot and edited short-form video; grew Instagram from 8k to 31k followers",
           "Reported weekly engagement metrics to the marketing manager"], "affecting"),
        E("Bookseller", "Ponce Street Books", "Atlanta, GA", "AUGUST 2018 - MAY 2020",
          ["Recommended titles and handled special orders", "Hosted the Saturday children's story hour"],
          "facing", "in_person_service"),
    ]
    W, H = letter
    c = canvas.Canvas(path(fname), pagesize=letter)
    c.setTitle("Keisha Montgomery-Reyes")
    mint = hexc("#1AA391"); dark = hexc("#212121"); grey = hexc("#666666")
    c.setFillColor(mint); c.rect(0, H - 10, W, 10, stroke=0, fill=1)
    m = Pen(c, 54, 400, H - 50, 50)
    m.text("Keisha Montgomery-Reyes", "Helvetica-Bold", 24, color=dark, lead=30)
    m.text("Community & social support specialist", "Helvetica", 12, color=mint, lead=18)
    r = Pen(c, 425, W - 40, H - 52, 50)
    for t in ["Atlanta, GA 30307", "555-0148", "keisha.mr@example.com"]:
        r.text(t, "Helvetica", 9.5, color=grey, lead=13)
    m.gap(6)

    def head(pen, t):
        pen.gap(8)
        pen.text(t, "Helvetica-Bold", 11, color=mint, lead=16)
    head(m, "EXPERIENCE")
    for e in ents:
        m.runs([(e.org + ", ", "Helvetica-Bold", dark), (e.loc + " — ", "Helvetica", dark), (e.title, "Helvetica-Oblique", dark)], 10.5, lead=14)
        m.text(e.d, "Helvetica", 8, color=grey, lead=13)
        for b in e.bullets:
            m.para(b, "Helvetica", 9.5, lead=12.5, bullet="•", indent=10, color=dark)
        m.gap(8)
    head(m, "EDUCATION")
    m.runs([("Peachtree Valley University, ", "Helvetica-Bold", dark), ("Atlanta, GA — ", "Helvetica", dark),
            ("B.A. Communication", "Helvetica-Oblique", dark)], 10.5, lead=14)
    m.text("AUGUST 2016 - MAY 2020", "Helvetica", 8, color=grey, lead=13)
    m.para("Minor in Psychology. Senior project on response-time norms in brand social media.", "Helvetica", 9.5, lead=12.5, color=dark)
    r.y = H - 130
    head(r, "SKILLS")
    for t in ["Sprout Social, Zendesk, Gorgias", "Shopify order look-up", "De-escalation in writing", "Canva, CapCut",
              "Bilingual English / Spanish"]:
        r.para(t, "Helvetica", 9.5, lead=12.5, color=dark)
        r.gap(3)
    head(r, "AWARDS")
    for t in ["Employee of the Quarter, Halcyon Skincare (Q3 2023)", "Dean's List, Peachtree Valley (2018, 2019)"]:
        r.para(t, "Helvetica", 9.5, lead=12.5, color=dark)
        r.gap(3)
    head(r, "LANGUAGES")
    r.para("English (native), Spanish (fluent)", "Helvetica", 9.5, lead=12.5, color=dark)
    c.save()
    return ents

# --------------------------------------------------------------------------- x026
@resume("x026.pdf", "word_bold_banner")
def x026(fname):
    fonts()
    groups = [
        ("Riverbend Distribution Co.", "Memphis, TN", "2018 – Present", [
            E("Transportation Planner", "Riverbend Distribution Co.", "Memphis, TN", "Feb 2020 – Present",
              ["Build daily outbound load plans for 60+ trucks in the TMS, balancing cube, weight and delivery windows",
               "Tender loads to contract carriers and rebook on the spot market when capacity falls through",
               "Cut empty miles 12% by pairing backhauls with vendor pickups"], "affecting"),
            E("Customer Service Coordinator", "Riverbend Distribution Co.", "Memphis, TN", "Jun 2018 – Jan 2020",
              ["Entered and corrected EDI purchase orders in the WMS, fixing mapping errors before pick release",
               "Printed shipping labels and bills of lading for about 400 orders a day",
               "Reconciled daily shipped-versus-ordered reports and flagged shortages to inventory control"], "affecting"),
        ]),
        ("Wolf River Cold Storage", "Memphis, TN", None, [
            E("Warehouse Associate", "Wolf River Cold Storage", "Memphis, TN", "2015 – 2018",
              ["Picked and staged frozen-food orders with an RF scanner in a −10°F freezer",
               "Certified on reach truck and pallet jack; zero recordable safety incidents in three years"], "affecting"),
        ]),
        ("Sav-Way Foods", "Southaven, MS", None, [
            E("Cashier", "Sav-Way Foods", "Southaven, MS", "2013 – 2015", [], "facing", "in_person_service"),
        ]),
    ]
    ents = [e for g in groups for e in g[3]]
    W, H = letter
    c = canvas.Canvas(path(fname), pagesize=letter)
    c.setTitle("Darnell Whitaker Resume")
    red = hexc("#9E1B32"); dark = hexc("#222222"); grey = hexc("#555555")
    c.setFillColor(red); c.rect(0, H - 120, W, 120, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVC-B", 34); c.drawString(48, H - 68, "DARNELL WHITAKER")
    c.setFont("DVC", 11.5); c.drawString(50, H - 92, "LOGISTICS & TRANSPORTATION PLANNING")
    c.setFont("DVC", 9.5)
    c.drawRightString(W - 48, H - 60, "Memphis, TN 38116"); c.drawRightString(W - 48, H - 74, "555-0109")
    c.drawRightString(W - 48, H - 88, "d.whitaker@example.com")
    p = Pen(c, 48, W - 48, H - 145, 48)

    def head(t):
        p.gap(8)
        p.text(t, "DVC-B", 13, color=red, lead=15)
        p.rule(red, 1.4, x1=48 + 46, drop=1)
        p.gap(4)
    head("PROFILE")
    p.para("Hands-on logistics planner who started on the warehouse floor. Ten years across cold storage, distribution and "
           "transportation planning, with a habit of turning daily firefighting into repeatable processes.", "DVC", 10, lead=13.5, color=dark)
    head("EXPERIENCE")
    for org, loc, span, es in groups:
        p.lr(org.upper() + "  |  " + loc, span, "DVC-B", 10.5, "DVC", 9.5, rcolor=grey, lead=15, color=dark)
        for e in es:
            p.lr(e.title, e.d, "DVC-I", 10.5, "DVC-I", 9.5, rcolor=grey, lead=14, color=red)
            for b in e.bullets:
                p.para(b, "DVC", 9.8, lead=12.8, bullet="■", bfont="DVS", bcolor=red, indent=12, color=dark)
            p.gap(4)
        p.gap(4)
    head("EDUCATION")
    p.lr("A.A.S. Logistics Management — Delta Plains Community College", "2019", "DVC", 10, rcolor=grey, color=dark)
    p.lr("High School Diploma — Riverside Ridge High School, Memphis", "2013", "DVC", 10, rcolor=grey, color=dark)
    head("CERTIFICATIONS")
    p.lr("Certified in Logistics, Transportation and Distribution (CLTD)", "2022", "DVC", 10, rcolor=grey, color=dark)
    p.lr("Forklift Operator Certification (sit-down, reach truck)", "2015", "DVC", 10, rcolor=grey, color=dark)
    head("SKILLS")
    p.para("Load planning · Carrier management · TMS / WMS (Manhattan, MercuryGate) · EDI 850/856/810 · Excel (Power Query, "
           "pivot tables) · Root-cause analysis · Bilingual safety training", "DVC", 10, lead=13.5, color=dark)
    c.save()
    return ents

# --------------------------------------------------------------------------- x029
@resume("x029.pdf", "work_history_table")
def x029(fname):
    ents = [
        E("Ski & Snowboard Instructor", "Summit Ridge Ski School", "Breckenridge, CO", "Dec 2024 – Apr 2025",
          ["Taught group and private lessons to children and adults, first-timer to intermediate",
           "Ran the weekend first-timer clinic for adults"], "facing", "education"),
        E("Whitewater Raft Guide", "Arkansas Valley Outfitters", "Buena Vista, CO", "Summer 2024",
          ["Guided half- and full-day trips for groups of 6–8 guests, including safety talks and swim tests"],
          "facing", "in_person_service"),
        E("Lift Operator", "Summit Ridge Mountain Resort", "Breckenridge, CO", "Dec 2023 – Apr 2024",
          ["Loaded guests onto a high-speed quad and answered questions about runs and conditions",
           "Shovelled ramps and kept the lift maze clear"], "facing", "in_person_service"),
        E("Trail Crew Member", "High Country Trail Corps", "Leadville, CO", "Summer 2023",
          ["Built drainage structures and cleared deadfall on 14 miles of backcountry trail"], "none"),
        E("Dishwasher", "The Tipsy Marmot", "Frisco, CO", "Winter 2023",
          ["Dish pit and pot washing for a 120-seat bistro"], "affecting"),
    ]
    doc = SimpleDocTemplate(path(fname), pagesize=letter, leftMargin=48, rightMargin=48, topMargin=48, bottomMargin=48,
                            title="Maddie Kowalczyk")
    green = hexc("#2F5D50")
    cell = PS("Helvetica", 8.8, 11)
    cellb = PS("Helvetica-Bold", 8.8, 11)
    story = [Paragraph("Maddie Kowalczyk", PS("Helvetica-Bold", 22, 26, textColor=green)),
             Paragraph("Breckenridge, CO · 555-0137 · maddie.k@example.com · Open to winter 2026/27 and summer 2027 contracts",
                       PS("Helvetica", 9.5, 13)),
             Spacer(1, 10),
             Paragraph("About me", PS("Helvetica-Bold", 12, 16, textColor=green)),
             Paragraph("Mountain-town seasonal worker: three winters on the hill and three summers outside. I like teaching, "
                       "I'm good in cold weather, and I turn up on powder days.", PS("Helvetica", 9.5, 13)),
             Spacer(1, 10),
             Paragraph("Employment", PS("Helvetica-Bold", 12, 16, textColor=green)),
             Spacer(1, 4)]
    rows = [[Paragraph(h, PS("Helvetica-Bold", 8.8, 11, textColor=colors.white)) for h in ["When", "Role", "Where", "What I did"]]]
    for e in ents:
        rows.append([Paragraph(e.d, cell), Paragraph(X(e.title), cellb), Paragraph("%s<br/>%s" % (X(e.org), X(e.loc)), cell),
                     Paragraph("<br/>".join("• " + X(b) for b in e.bullets), cell)])
    t = Table(rows, colWidths=[78, 92, 118, 228], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), green), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.4, hexc("#9AB3AA")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, hexc("#EEF4F1")]),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [t, Spacer(1, 12), Paragraph("Certifications", PS("Helvetica-Bold", 12, 16, textColor=green))]
    for x in ["Alpine Instructor Level 2 (2024)", "Swiftwater Rescue Technician (2023)", "Wilderness First Responder (2023 – 2026)",
              "Colorado Food Handler (2022)"]:
        story.append(Paragraph(x, PS("Helvetica", 9.5, 13, leftIndent=12, bulletIndent=2), bulletText="•"))
    story += [Spacer(1, 8), Paragraph("Education", PS("Helvetica-Bold", 12, 16, textColor=green)),
              Paragraph("Western Slope University, Gunnison, CO — B.S. Outdoor Recreation (coursework, 2020 – 2022)", PS("Helvetica", 9.5, 13)),
              Spacer(1, 8), Paragraph("Good to know", PS("Helvetica-Bold", 12, 16, textColor=green)),
              Paragraph("Own car with snow tyres · Colorado driver's licence · Skis: 20 years · Rows Class IV", PS("Helvetica", 9.5, 13))]
    doc.build(story)
    return ents

# --------------------------------------------------------------------------- x032
@resume("x032.pdf", "military_to_civilian")
def x032(fname):
    from fpdf import FPDF
    sec = E("Hospital Security Officer", "Mission Crest Medical Center", "San Antonio, TX", "OCT 2020 - PRESENT",
            ["Staff the main-entrance desk: greet patients and visitors, issue visitor badges and give directions",
             "Respond to Code Gray and disruptive-visitor calls and de-escalate conflicts in the ED waiting room",
             "Write incident reports and patrol parking structures on the night rotation"], "facing", "in_person_service")
    army = [
        E("Unit Supply Sergeant", "U.S. Army", "Fort Carson, CO", "JUN 2016 - SEP 2020",
          ["Ran the company supply room for 140 soldiers: issued and turned in equipment at the supply window and worked through soldiers' shortages and requests",
           "Accountable for $12M in property with zero losses across three change-of-command inventories",
           "Trained and supervised two junior supply specialists"], "facing", "internal_support", etype="military"),
        E("Motor Transport Operator", "U.S. Army", "Fort Carson, CO", "AUG 2012 - MAY 2016",
          ["Drove 10-ton cargo and fuel trucks in convoy operations, including a 9-month overseas deployment",
           "Performed preventive maintenance checks and services on assigned vehicles and trailers"], "affecting", etype="military"),
    ]
    ents = [sec] + army
    pdf = FPDF(format="letter")
    pdf.set_title("Andre L. Castillo - Resume")
    for st, f in [("", "DejaVuSansCondensed.ttf"), ("B", "DejaVuSansCondensed-Bold.ttf"), ("I", "DejaVuSansCondensed-Oblique.ttf")]:
        pdf.add_font("dc", st, "/usr/share/fonts/truetype/dejavu/" + f)
    pdf.set_margins(20, 16, 20); pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    olive = (75, 83, 32)
    pdf.set_font("dc", "B", 22); pdf.cell(0, 10, "ANDRE L. CASTILLO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dc", "", 9.5)
    pdf.cell(0, 5, "San Antonio, TX 78245  •  555-0158  •  andre.castillo@example.com  •  U.S. Army Veteran (Honorable Discharge)",
             align="C", new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.ln(4); pdf.set_text_color(*olive); pdf.set_font("dc", "B", 11.5)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*olive); pdf.set_line_width(0.6); y = pdf.get_y(); pdf.line(20, y, 196, y)
        pdf.ln(2); pdf.set_text_color(0, 0, 0); pdf.set_font("dc", "", 9.8)

    def bullets(bs):
        pdf.set_font("dc", "", 9.8)
        for b in bs:
            pdf.set_x(24); pdf.cell(4, 5, "•")
            pdf.multi_cell(168, 5, b, new_x="LMARGIN", new_y="NEXT")
    head("SUMMARY")
    pdf.set_font("dc", "", 9.8)
    pdf.multi_cell(0, 5, "Eight-year Army veteran (Sergeant, E-5) now in healthcare security. Calm under pressure, trained in "
                         "de-escalation, and experienced at running a supply operation that 140 people depended on every day.",
                   new_x="LMARGIN", new_y="NEXT")
    head("SECURITY CLEARANCE")
    pdf.cell(0, 5, "Secret (inactive since 2020)", new_x="LMARGIN", new_y="NEXT")
    head("PROFESSIONAL EXPERIENCE")
    pdf.set_font("dc", "B", 10.5); pdf.cell(120, 5.5, sec.title)
    pdf.set_font("dc", "", 9.5); pdf.cell(0, 5.5, sec.d, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dc", "I", 9.8); pdf.cell(0, 5.5, "%s, %s" % (sec.org, sec.loc), new_x="LMARGIN", new_y="NEXT")
    bullets(sec.bullets); pdf.ln(3)
    pdf.set_font("dc", "B", 10.5); pdf.cell(120, 5.5, "U.S. ARMY  —  Active Duty, Sergeant (E-5)")
    pdf.set_font("dc", "", 9.5); pdf.cell(0, 5.5, "AUG 2012 - SEP 2020", align="R", new_x="LMARGIN", new_y="NEXT")
    for e in army:
        pdf.set_x(22); pdf.set_font("dc", "B", 10); pdf.cell(118, 5.5, e.title)
        pdf.set_font("dc", "", 9.5); pdf.cell(0, 5.5, e.d, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(22); pdf.set_font("dc", "I", 9.8); pdf.cell(0, 5.5, "4th Sustainment Company, %s" % e.loc, new_x="LMARGIN", new_y="NEXT")
        bullets(e.bullets); pdf.ln(2)
    head("EDUCATION & MILITARY TRAINING")
    pdf.set_font("dc", "", 9.8)
    for t in ["B.S. Criminal Justice (in progress) — Alamo Plains University, expected May 2027",
              "Basic Leader Course, U.S. Army NCO Academy — 2017",
              "Unit Supply Specialist Course (92Y) — 2016",
              "Texas Level III Commissioned Security Officer License — 2020 – 2026"]:
        pdf.cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
    head("AWARDS")
    pdf.multi_cell(0, 5, "Army Commendation Medal (2019) • Army Achievement Medal (2) • Good Conduct Medal (2) • "
                         "Employee Recognition Award, Mission Crest Medical Center (2023)", new_x="LMARGIN", new_y="NEXT")
    head("SKILLS")
    pdf.multi_cell(0, 5, "De-escalation (CPI certified) • Access control & CCTV • Incident reporting • Inventory accountability • "
                         "Class B CDL (inactive) • Bilingual English/Spanish", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(fname))
    return ents

# --------------------------------------------------------------------------- x035
@resume("x035.pdf", "gdocs_serif_left_headings")
def x035(fname):
    fonts()
    work = [
        E("Instructional Designer", "Loonstone Learning", "Remote", "July 2023 – Present",
          ["Write K–5 math lessons, teacher guides and practice sets for the Loonstone platform",
           "Review lessons from contract writers against state standards and our style guide",
           "Work with product and engineering on specs for interactive activities"], "affecting"),
        E("5th Grade Teacher", "Cedar Hollow Elementary School", "Minneapolis, MN", "August 2019 – June 2023",
          ["Taught all core subjects to classes of 26–30 students, including six to eight multilingual learners each year",
           "Held family conferences twice a year and kept families up to date through a weekly newsletter",
           "Grade-level team lead for the math curriculum adoption (2021–2022)"], "facing", "education"),
        E("Student Teacher", "Lakewood Middle School", "St. Paul, MN", "January 2019 – May 2019",
          ["Planned and taught 6th-grade science units under a cooperating teacher"], "facing", "education", etype="internship"),
        E("Camp Counselor", "Camp Birchwater", "Ely, MN", "Summer 2018",
          ["Responsible for a cabin of ten campers aged 9–11; led canoeing and nature programs"], "facing", "education"),
    ]
    vol = [E("Reading Tutor", "Hennepin Literacy Partners", "Minneapolis, MN", "2016 – 2019",
             ["Weekly one-to-one reading sessions with second graders"], "facing", "volunteering",
             section="volunteer", etype="volunteer")]
    W, H = letter
    c = canvas.Canvas(path(fname), pagesize=letter)
    c.setTitle("Hannah Okonkwo-Lind")
    red = hexc("#B8452B"); dark = hexc("#262626"); grey = hexc("#707070")
    F, FB, FI = "DVSer", "DVSer-B", "DVSer-I"
    LX, RX = 50, 170
    p = Pen(c, RX, W - 50, H - 50, 50)
    c.setFillColor(dark); c.setFont(FB, 26); c.drawString(LX, H - 72, "Hannah Okonkwo-Lind")
    c.setFont(F, 9); c.setFillColor(grey)
    c.drawRightString(W - 50, H - 56, "Minneapolis, MN"); c.drawRightString(W - 50, H - 68, "555-0170")
    c.drawRightString(W - 50, H - 80, "hannah.ol@example.com")
    p.y = H - 110

    def section(t):
        p.gap(8); p.need(40)
        c.setStrokeColor(hexc("#DDDDDD")); c.setLineWidth(0.5); c.line(LX, p.y + 4, W - 50, p.y + 4)
        c.setFillColor(red); c.setFont(FB, 9.5)
        for i, part in enumerate(t.split("\n")):
            c.drawString(LX, p.y - 11 - i * 11.5, part)
        p.gap(2)

    def entry(e):
        p.runs([(e.title, FB, dark), (",  " + e.org, F, dark)], 10.5, lead=14)
        p.text("%s  ·  %s" % (e.loc, e.d), FI, 8.8, color=grey, lead=13)
        for b in e.bullets:
            p.para(b, F, 9.3, lead=12.5, bullet="•", bcolor=red, indent=10, color=dark)
        p.gap(6)
    section("EXPERIENCE")
    for e in work:
        entry(e)
    section("COMMUNITY\nINVOLVEMENT")
    for e in vol:
        entry(e)
    section("EDUCATION")
    for t, d in [("M.Ed. Curriculum & Instruction, Northstar University", "2021 – 2023 (evening program)"),
                 ("B.S. Elementary Education, Northstar University", "2015 – 2019")]:
        p.text(t, FB, 10, color=dark, lead=13)
        p.text(d, FI, 8.8, color=grey, lead=14)
    section("LICENSURE")
    p.para("Minnesota Tier 4 Teaching License, Elementary K–6 (2019 – 2027)", F, 9.5, lead=13, color=dark)
    section("SKILLS")
    p.para("Curriculum writing · Universal Design for Learning · Articulate Storyline · Google Workspace · Small-group "
           "intervention · Conversational Somali and Swedish", F, 9.5, lead=13, color=dark)
    c.save()
    return work + vol
