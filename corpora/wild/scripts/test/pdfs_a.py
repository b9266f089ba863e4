"""PDF résumés, part A: x001 x004 x007 x008 x010 x012 x015."""
from common import E, resume, path, inclusive_months, ym_text
from pdfutil import fonts, Pen, hexc, smallcaps
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from xml.sax.saxutils import escape as X

# --------------------------------------------------------------------------- x001
@resume("x001.pdf", "latex_jakes_resume")
def x001(fname):
    fonts()
    ents = [
        E("Associate Software Engineer", "Ravenmoor Logistics Software", "Chicago, IL", "Jul. 2026 – Present",
          ["Build internal Go services that ingest carrier status events for the shipment-tracking pipeline (~4M events/day)",
           "Cut nightly reconciliation batch runtime by 38% by moving joins from Python into Postgres",
           "Write runbooks and alerts for the data-platform on-call rotation"], "none"),
        E("Software Engineering Intern", "Quillfeather Health", "Remote", "May 2025 – Aug. 2025",
          ["Shipped the appointment-reminder preferences screen in React Native, used by 40,000+ patients in its first month",
           "Added end-to-end tests with Detox, raising coverage of the scheduling flow from 22% to 71%",
           "Fixed accessibility issues flagged in the app-store audit (screen-reader labels, colour contrast)"],
          "affecting", etype="internship"),
        E("Undergraduate Teaching Assistant", "Lakeshore State University", "Columbus, OH", "Aug. 2023 – May 2025",
          ["Led two weekly lab sections of 30 students for CSE 2221 (Software I) and held four office hours per week",
           "Graded projects and exams for 180 students with a team of six TAs; wrote autograder tests in JUnit",
           "Answered student questions on the course forum with a median response time under two hours"],
          "facing", "education"),
        E("IT Help Desk Technician", "Office of Technology, Lakeshore State University", "Columbus, OH", "Sep. 2022 – May 2023",
          ["Resolved walk-in, phone and ticket requests from students, faculty and staff (password resets, Wi-Fi, printing, MFA enrollment)",
           "Imaged and deployed 150 lab workstations before the fall semester"],
          "facing", "internal_support"),
    ]
    c = canvas.Canvas(path(fname), pagesize=letter)
    c.setTitle("Marcus Oyelaran - Resume")
    W, H = letter
    p = Pen(c, 36, W - 36, H - 34, 36)
    R, B, I = "Times-Roman", "Times-Bold", "Times-Italic"
    p.text("Marcus Oyelaran", B, 24, center=True, lead=30)
    p.text("555-0142  |  marcus.oyelaran@example.com  |  linkedin.com/in/moyelaran  |  github.com/moyelaran", R, 10, center=True, lead=16)

    def head(t):
        p.gap(4)
        smallcaps(p, t, R, 13, lead=14)
        p.rule(w=0.5, drop=1)
        p.gap(2)

    head("Education")
    p.lr("Lakeshore State University", "Columbus, OH", B, 10.5, R, 10.5, lead=13)
    p.lr("Bachelor of Science in Computer Science, Minor in Mathematics", "Aug. 2022 – May 2026", I, 10, I, 10, lead=13)
    head("Experience")
    for e in ents:
        p.lr(e.title, e.d, B, 10.5, R, 10.5, lead=13, x=46)
        p.lr(e.org, e.loc, I, 10, I, 10, lead=13, x=46)
        for b in e.bullets:
            p.para(b, R, 10, lead=12, x=56, bullet="•", indent=10)
        p.gap(4)
    head("Projects")
    projs = [("Gitlytics", "Python, Flask, React, PostgreSQL", "Jan. 2024 – Apr. 2024",
              ["Built a dashboard that scores GitHub repositories on review latency and bus factor",
               "Deployed on a single VPS with Docker Compose; 300 monthly users from two student clubs"]),
             ("Pantry Planner", "Kotlin, Firebase", "Sep. 2023 – Dec. 2023",
              ["Android app that plans meals around what is already in the fridge; capstone for CSE 3901"])]
    for n, st, d, bl in projs:
        p.need(14)
        c.setFont(B, 10.5); c.drawString(46, p.y - 10.5, n)
        w = stringWidth(n, B, 10.5)
        c.setFont(I, 10.5); c.drawString(46 + w, p.y - 10.5, "  |  " + st)
        c.setFont(R, 10.5); c.drawRightString(W - 36, p.y - 10.5, d)
        p.y -= 13
        for b in bl:
            p.para(b, R, 10, lead=12, x=56, bullet="•", indent=10)
        p.gap(4)
    head("Technical Skills")
    for k, v in [("Languages", "Java, Python, Go, TypeScript, SQL, C"),
                 ("Frameworks", "React, React Native, Flask, JUnit, Detox"),
                 ("Developer Tools", "Git, Docker, Postgres, Airflow, GitHub Actions, Linux")]:
        p.runs([(k + ": ", B, colors.black), (v, R, colors.black)], 10, lead=12.5, x=46)
    c.save()
    return ents

# --------------------------------------------------------------------------- x004
@resume("x004.pdf", "canva_two_column_sidebar")
def x004(fname):
    fonts()
    ents = [
        E("Front Office Supervisor", "The Larkfield Hotel", "Dublin", "2023 – Now",
          ["Lead a team of six receptionists across early and late shifts, including rotas and on-the-job training",
           "Check in and out up to 140 rooms a day and resolve guest complaints at the desk before they escalate",
           "Raised our review-site score from 8.4 to 9.1 by introducing a welcome call for every arrival"],
          "facing", "in_person_service"),
        E("Host", "Bramble & Vine", "Dublin", "2021 – 2023",
          ["Kept the waitlist board and table plan up to date for 90-cover services",
           "Rolled cutlery, restocked menus and polished glassware before doors opened",
           "Kept the entrance and lobby tidy throughout the evening"],
          "facing", "in_person_service"),
        E("Barista", "Ground Floor Coffee Co.", "Dublin", "2019 – 2021",
          ["Took orders and made espresso drinks for a queue of 300+ customers during the morning rush",
           "Opened the shop at 6:30 and ran the daily grinder calibration"],
          "facing", "in_person_service"),
        E("Kitchen Assistant", "Cois Farraige Café", "Galway", "Summer 2018",
          ["Prepped salads, soups and sandwich fillings for lunch service",
           "Washed up and kept the kitchen clean to HACCP standard"], "affecting"),
    ]
    c = canvas.Canvas(path(fname), pagesize=A4)
    c.setTitle("Aoife Brennan CV")
    W, H = A4
    teal, sand, grey = hexc("#1F4E5F"), hexc("#F2C879"), hexc("#6B6B6B")
    SW = 185
    c.setFillColor(teal); c.rect(0, 0, SW, H, stroke=0, fill=1)
    # initials badge
    c.setFillColor(sand); c.circle(SW / 2, H - 80, 42, stroke=0, fill=1)
    c.setFillColor(teal); c.setFont("DVS-B", 30); c.drawCentredString(SW / 2, H - 91, "AB")
    s = Pen(c, 22, SW - 18, H - 150, 30)

    def side_head(t):
        s.gap(10)
        s.text(t, "DVS-B", 10.5, color=sand, lead=14)
        c.setStrokeColor(sand); c.setLineWidth(1); c.line(22, s.y + 1, 60, s.y + 1)
        s.gap(6)
    side_head("CONTACT")
    for t in ["555-0104", "aoife.brennan@example.com", "Rialto, Dublin 8"]:
        s.text(t, "DVS", 8.8, color=colors.white, lead=13)
    side_head("SKILLS")
    for t in ["Guest relations", "Complaint handling", "Opera PMS", "Cash handling & Z-reports", "Latte art", "Allergen awareness"]:
        s.para(t, "DVS", 8.8, lead=12, color=colors.white, bullet="•", bcolor=sand, indent=9)
    side_head("LANGUAGES")
    for t in ["English — native", "Irish — conversational", "French — B1"]:
        s.text(t, "DVS", 8.8, color=colors.white, lead=13)
    side_head("CERTIFICATES")
    for t in ["Food Safety Level 2 (2018)", "Manual Handling (2022)", "Supervisory Skills, Fáilte Skills Programme (2024)"]:
        s.para(t, "DVS", 8.8, lead=12, color=colors.white)
        s.gap(2)
    side_head("INTERESTS")
    s.para("Sea swimming at the Forty Foot, pub quizzes, and cooking for far too many people.", "DVS", 8.8, lead=12, color=colors.white)

    m = Pen(c, SW + 30, W - 32, H - 40, 36)
    m.text("Aoife Brennan", "DVS-B", 28, color=teal, lead=34)
    m.text("HOSPITALITY PROFESSIONAL", "DVS", 11, color=grey, lead=22)

    def head(t):
        m.gap(8)
        c.setFillColor(sand); c.rect(m.x0, m.y - 14, 4, 14, stroke=0, fill=1)
        m.text(t, "DVS-B", 12.5, x=m.x0 + 10, color=teal, lead=20)
    head("PROFILE")
    m.para("Warm, organised front-of-house professional with seven years in Dublin hotels, restaurants and cafés. "
           "Happiest on a busy shift, solving problems for guests and keeping a team calm.", "DVS", 9.3, lead=13, color=colors.black)
    head("EXPERIENCE")
    for e in ents:
        m.lr(e.title, e.d, "DVS-B", 10.5, "DVS", 9, rcolor=grey, lead=13.5)
        m.text(e.org + "  |  " + e.loc, "DVS-I", 9.3, color=teal, lead=13)
        for b in e.bullets:
            m.para(b, "DVS", 9.1, lead=12.2, bullet="✓", bcolor=teal, indent=12)
        m.gap(7)
    head("EDUCATION")
    m.lr("Diploma in Hospitality Management", "2019 – 2021", "DVS-B", 10, "DVS", 9, rcolor=grey, lead=13)
    m.text("Liffey College of Further Education, Dublin", "DVS-I", 9.3, color=teal, lead=13)
    m.gap(4)
    m.lr("Leaving Certificate", "2018", "DVS-B", 10, "DVS", 9, rcolor=grey, lead=13)
    m.text("Coláiste Naomh Éanna, Galway", "DVS-I", 9.3, color=teal, lead=13)
    c.save()
    return ents

# --------------------------------------------------------------------------- x007
@resume("x007.pdf", "federal_usajobs")
def x007(fname):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    ents = [
        E("Contact Representative", "National Benefits Administration", "Baltimore, MD", "10/2019 - Present",
          ["Answer 70-90 inbound calls per day on the agency's national toll-free line from beneficiaries, survivors and "
           "representative payees. Explain eligibility rules for retirement and survivor benefits in plain language, verify "
           "identity, update addresses and direct-deposit information, and schedule field-office appointments. Document every "
           "contact in the case-management system and refer complex overpayment cases to technical experts.",
           "Maintained a 96% quality-review score in FY2023 and FY2024.",
           "Selected as peer mentor for 12 new hires in 2022 and co-wrote the call-flow guide for survivor claims."],
          "facing", "contact_center",
          unit="Office of Teleservice Operations", addr="1200 Harbor Point Blvd, Baltimore, MD 21230 US",
          hours="40", salary="$52,118.00 USD Per Year", grade="Series: 0962  Grade: 07",
          sup="Marcus Bell (555-0186)", contact="Yes"),
        E("Claims Clerk (Office Automation)", "Office of Federal Retirement Processing", "Harrisburg, PA", "06/2016 - 09/2019",
          ["Received, date-stamped and indexed incoming retirement applications and supporting forms. Keyed applicant data into "
           "the retirement case system, checked forms for missing signatures and certifications, and routed completed files to "
           "legal administrative specialists. Maintained suspense files and produced the weekly backlog report for the section chief.",
           "Reduced the indexing backlog from 11 days to 3 days during the 2018 retirement surge."],
          "affecting",
          unit="Records Intake Section", addr="400 Market Square, Harrisburg, PA 17101 US",
          hours="40", salary="$38,940.00 USD Per Year", grade="Series: 0998  Grade: 05",
          sup="Joan Petrakis (555-0172)", contact="Yes"),
        E("Customer Service Associate", "Chesapeake Home & Garden", "Glen Burnie, MD", "05/2013 - 05/2016",
          ["Part-time associate in the garden center. Helped customers choose plants, soil and tools, rang sales on the "
           "register, processed returns, and loaded bulk purchases into customers' vehicles. Watered and merchandised nursery stock."],
          "facing", "in_person_service",
          unit=None, addr="7720 Ritchie Hwy, Glen Burnie, MD 21061 US",
          hours="24", salary="$10.25 USD Per Hour", grade=None,
          sup="Tom Ruark (555-0190)", contact="No"),
    ]
    doc = SimpleDocTemplate(path(fname), pagesize=letter, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50,
                            title="Holloway Federal Resume")
    st = lambda **k: ParagraphStyle("s", fontName=k.pop("f", "Times-Roman"), fontSize=k.pop("sz", 11),
                                    leading=k.pop("ld", 13.5), **k)
    N, Bd = st(), st(f="Times-Bold")
    H1 = st(f="Times-Bold", sz=12, spaceBefore=12, spaceAfter=4)
    story = [Paragraph("DENISE R. HOLLOWAY", st(f="Times-Bold", sz=16, ld=20)),
             Paragraph("3418 Elmley Avenue, Baltimore, MD 21213", N),
             Paragraph("Day phone: 555-0131 &nbsp;&nbsp; Email: denise.holloway@example.com", N),
             Spacer(1, 6),
             Paragraph("Country of citizenship: United States of America", N),
             Paragraph("Veterans' Preference: No &nbsp;&nbsp; Federal civilian status: Current employee", N),
             Paragraph("Highest grade held: GS-0962-07", N),
             Paragraph("WORK EXPERIENCE", H1)]
    for e in ents:
        x = e.x
        block = [Paragraph(X(e.org), Bd)]
        if x["unit"]:
            block.append(Paragraph(x["unit"], N))
        block += [Paragraph(x["addr"], N),
                  Paragraph(e.d, N),
                  Paragraph("Hours per week: " + x["hours"], N),
                  Paragraph("Salary: " + x["salary"], N)]
        if x["grade"]:
            block.append(Paragraph(x["grade"], N))
        block += [Paragraph(X(e.title), Bd),
                  Paragraph("Supervisor: %s &nbsp; Okay to contact this Supervisor: %s" % (x["sup"], x["contact"]), N),
                  Spacer(1, 4),
                  Paragraph("<b>Duties, Accomplishments and Related Skills:</b>", N),
                  Paragraph(X(e.bullets[0]), st(alignment=4))]
        story.append(KeepTogether(block))
        if len(e.bullets) > 1:
            story.append(Paragraph("Key accomplishments:", st(f="Times-Italic", spaceBefore=3)))
            for b in e.bullets[1:]:
                story.append(Paragraph(X(b), st(leftIndent=18, bulletIndent=6), bulletText="•"))
        story.append(Spacer(1, 12))
    story += [Paragraph("EDUCATION", H1),
              Paragraph("Harborview Community College, Catonsville, MD", Bd),
              Paragraph("Associate of Arts, General Studies &nbsp;&nbsp; 05/2015 &nbsp;&nbsp; GPA: 3.4 of a maximum 4.0", N),
              Paragraph("Relevant coursework: Business Communication, Introduction to Psychology, Spanish I-II", N),
              Paragraph("JOB RELATED TRAINING", H1),
              Paragraph("Plain Language Writing for Federal Employees, 16 hours (2020)", N),
              Paragraph("De-escalation on the Telephone, 8 hours (2021)", N),
              Paragraph("Privacy Act and PII Handling, annual (2019 - 2025)", N),
              Paragraph("AWARDS", H1),
              Paragraph("Certificate of Appreciation, National Benefits Administration (March 2022)", N),
              Paragraph("Time-Off Award, Office of Teleservice Operations (2023)", N),
              Paragraph("REFERENCES", H1),
              Paragraph("Marcus Bell, Supervisory Contact Representative, National Benefits Administration, 555-0186", N),
              Paragraph("Joan Petrakis, Section Chief, Office of Federal Retirement Processing, 555-0172", N),
              Paragraph("ADDITIONAL INFORMATION", H1),
              Paragraph("Typing speed 55 WPM. Conversational Spanish. Available for shift work including Saturdays.", N)]
    doc.build(story)
    return ents

# --------------------------------------------------------------------------- x008
@resume("x008.pdf", "linkedin_profile_export")
def x008(fname):
    fonts()
    groups = [
        ("Corvane Software", [
            E("Senior Account Manager", "Corvane Software", "Chicago, Illinois", "January 2022 - Present",
              ["Own a book of 45 mid-market accounts (about $6.2M ARR). I run quarterly business reviews with each customer's "
               "leadership team, lead renewal and expansion negotiations, and act as the escalation point when something goes "
               "wrong. Net revenue retention 2024: 118%."], "facing", "sales_account"),
            E("Account Manager", "Corvane Software", "Chicago, Illinois", "August 2019 - December 2021",
              ["Managed renewals and upsell for 80 SMB customers",
               "Ran kickoff calls and admin training for newly signed customers",
               "President's Club 2021"], "facing", "sales_account"),
        ]),
        ("Pellworth Office Supply", [
            E("Inside Sales Representative", "Pellworth Office Supply", "Greater Chicago Area", "March 2016 - July 2019",
              ["Outbound and inbound phone sales to small businesses across the Midwest. Quoted, closed and followed up on "
               "orders; above 110% of quota for 11 straight quarters."], "facing", "sales_account"),
            E("Inventory Clerk", "Pellworth Office Supply", "Elk Grove Village, Illinois", "June 2015 - February 2016",
              ["Cycle counts, receiving and put-away in the regional warehouse."], "affecting"),
        ]),
    ]
    ents = [e for _, es in groups for e in es]
    W, H = letter
    c = canvas.Canvas(path(fname), pagesize=letter)
    c.setTitle("Tomasz Wierzbicki - LinkedIn")
    side = hexc("#E9EEF2"); dark = hexc("#1F2B33"); grey = hexc("#5E6B73")
    SW = 190
    page = [1]

    def decorate(cv):
        cv.setFillColor(side); cv.rect(0, 0, SW, H, stroke=0, fill=1)
        cv.setFillColor(grey); cv.setFont("DVS", 8); cv.drawCentredString(W / 2 + SW / 2, 22, "Page %d of 2" % page[0])
    decorate(c)
    s = Pen(c, 24, SW - 16, H - 42, 40)
    for hd, lines in [("Contact", ["tomasz.wierzbicki@example.com", "www.linkedin.com/in/twierzbicki (LinkedIn)"]),
                      ("Top Skills", ["Account Management", "Customer Retention", "Salesforce.com"]),
                      ("Languages", ["Polish (Native or Bilingual)", "English (Full Professional)"]),
                      ("Certifications", ["Certified Customer Success Manager", "Negotiation Fundamentals"])]:
        s.text(hd, "DVS-B", 11, color=dark, lead=16)
        for t in lines:
            s.para(t, "DVS", 9, lead=12, color=dark)
            s.gap(2)
        s.gap(10)

    def np(cv):
        page[0] += 1
        cv.setFillColor(grey); cv.setFont("DVS", 8); cv.drawCentredString(W / 2 + SW / 2, 22, "Page %d of 2" % page[0])
    m = Pen(c, SW + 26, W - 36, H - 42, 44, newpage=np, top2=H - 50)
    m.text("Tomasz Wierzbicki", "DVS", 24, color=dark, lead=30)
    m.para("Senior Account Manager at Corvane Software | SaaS renewals & expansion", "DVS", 11, lead=14, color=dark)
    m.text("Chicago, Illinois, United States", "DVS", 10, color=grey, lead=22)
    m.text("Summary", "DVS", 15, color=dark, lead=20)
    m.para("Account manager who likes the unglamorous parts of customer relationships: the onboarding call, the awkward "
           "renewal, the fix after an outage. Ten years in B2B sales and account management.", "DVS", 9.5, lead=13, color=dark)
    m.gap(10)
    m.text("Experience", "DVS", 15, color=dark, lead=22)
    for org, es in groups:
        m.text(org, "DVS-B", 11, color=dark, lead=14)
        first, last = es[-1], es[0]
        span = E("x", org, None, None, [], "none")
        span.start, span.end = first.start, last.end
        m.text(ym_text(inclusive_months(span)), "DVS", 9.5, color=grey, lead=15)
        for e in es:
            m.text(e.title, "DVS", 10.5, color=dark, lead=13.5)
            m.text("%s (%s)" % (e.d, ym_text(inclusive_months(e))), "DVS", 9.5, color=grey, lead=12.5)
            m.text(e.loc, "DVS", 9.5, color=grey, lead=14)
            if len(e.bullets) == 1:
                m.para(e.bullets[0], "DVS", 9.5, lead=12.5, color=dark)
            else:
                for b in e.bullets:
                    m.para("- " + b, "DVS", 9.5, lead=12.5, color=dark)
            m.gap(10)
        m.gap(4)
    m.need(200)
    m.text("Education", "DVS", 15, color=dark, lead=22)
    m.text("Northbridge University", "DVS-B", 11, color=dark, lead=14)
    m.text("Bachelor of Business Administration - BBA, Marketing · (2011 - 2015)", "DVS", 9.5, color=grey, lead=20)
    m.text("Westlake Academy High School", "DVS-B", 11, color=dark, lead=14)
    m.text("(2007 - 2011)", "DVS", 9.5, color=grey, lead=14)
    c.save()
    return ents

# --------------------------------------------------------------------------- x010
@resume("x010.pdf", "europass_cv")
def x010(fname):
    from fpdf import FPDF
    ents = [
        E("Customer Care Specialist", "Brightwave Telecom S.p.A.", "Milan, Italy", "01/03/2019 – CURRENT",
          ["Handle inbound calls, chats and e-mails from residential customers in Italian and English about bills, contracts and fibre activations",
           "Resolve 85% of contacts at first touch; escalate technical faults to second-level support",
           "Coach new hires during their first month on the floor"],
          "facing", "contact_center", dayfirst=True),
        E("Logistics Clerk", "Ferro & Figli Trasporti S.r.l.", "Bologna, Italy", "15/09/2016 – 28/02/2019",
          ["Planned daily delivery routes for 22 vehicles with the transport management system",
           "Prepared transport documents (DDT, CMR) and customs paperwork for EU shipments",
           "Tracked proof of delivery and updated the order system"], "affecting", dayfirst=True),
        E("Sales Assistant", "Librairie du Vieux Quai", "Lyon, France", "01/10/2015 – 30/06/2016",
          ["Part-time job during my Erasmus exchange: advised customers, ran the till and ordered books on request"],
          "facing", "in_person_service", dayfirst=True),
    ]
    pdf = FPDF(format="A4")
    pdf.set_title("Europass CV - Giulia Ferraresi")
    for st, f in [("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")]:
        pdf.add_font("dv", st, "/usr/share/fonts/truetype/dejavu/" + f)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    blue = (0, 69, 124)
    pdf.set_text_color(*blue); pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "europass", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_text_color(30, 30, 30); pdf.set_font("dv", "B", 20)
    pdf.cell(0, 10, "Giulia Ferraresi", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    for ln in ["Date of birth: 14/03/1994  |  Nationality: Italian  |  Gender: Female",
               "Phone number: (+39) 555-0147 (Mobile)  |  Email address: giulia.ferraresi@example.com",
               "Address: Via dei Tigli 12, 20135, Milan, Italy (Home)"]:
        pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.ln(5)
        pdf.set_text_color(*blue); pdf.set_font("dv", "B", 11)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y(); pdf.set_draw_color(*blue); pdf.set_line_width(0.4); pdf.line(18, y, 192, y)
        pdf.ln(2); pdf.set_text_color(30, 30, 30)
    head("WORK EXPERIENCE")
    for e in ents:
        city, country = [s.strip() for s in e.loc.split(",")]
        pdf.set_font("dv", "", 8.5); pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 5, "[ %s ]" % e.d.replace("CURRENT", "Current"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "B", 10.5); pdf.set_text_color(30, 30, 30)
        pdf.cell(0, 6, e.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        pdf.cell(0, 5, e.org, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8.5); pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 5, "City: %s  |  Country: %s" % (city, country), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(30, 30, 30); pdf.set_font("dv", "", 9)
        for b in e.bullets:
            pdf.set_x(22); pdf.cell(4, 4.8, "•")
            pdf.multi_cell(166, 4.8, b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    head("EDUCATION AND TRAINING")
    for d, t, o in [("[ 01/09/2013 – 15/07/2016 ]", "Bachelor's Degree in Languages for International Business",
                     "Università di Castelverde  |  City: Bologna  |  Country: Italy  |  Final grade: 108/110"),
                    ("[ 2008 – 2013 ]", "Diploma di Liceo Linguistico", "Liceo Statale Ermenegildo Valtorta  |  City: Forlì  |  Country: Italy")]:
        pdf.set_font("dv", "", 8.5); pdf.set_text_color(90, 90, 90); pdf.cell(0, 5, d, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "B", 10.5); pdf.set_text_color(30, 30, 30); pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9); pdf.cell(0, 5, o, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    head("LANGUAGE SKILLS")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Mother tongue(s): ITALIAN", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Other language(s):", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(30, 28, 28, 32, 32, 24), text_align="CENTER", line_height=5.2) as t:
        for row in [("", "Listening", "Reading", "Spoken production", "Spoken interaction", "Writing"),
                    ("ENGLISH", "C1", "C1", "C1", "C1", "B2"), ("FRENCH", "B2", "B2", "B1", "B2", "B1")]:
            r = t.row()
            for cell in row:
                r.cell(cell)
    pdf.set_font("dv", "I", 7.5)
    pdf.cell(0, 5, "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", new_x="LMARGIN", new_y="NEXT")
    head("DIGITAL SKILLS")
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(0, 4.8, "Microsoft Office (Excel pivot tables, Word, Outlook) | Salesforce Service Cloud | Genesys softphone | SAP (basic) | Google Workspace")
    head("DRIVING LICENCE")
    pdf.set_font("dv", "", 9); pdf.cell(0, 5, "Driving Licence: B", new_x="LMARGIN", new_y="NEXT")
    head("HOBBIES AND INTERESTS")
    pdf.multi_cell(0, 4.8, "Volleyball (amateur league), contemporary French literature, hiking in the Apennines.")
    pdf.output(path(fname))
    return ents

# --------------------------------------------------------------------------- x012
@resume("x012.pdf", "latex_moderncv_classic")
def x012(fname):
    fonts()
    ents = [
        E("Senior Data Scientist", "Kovalent Analytics GmbH", "Hamburg", "Since 2024",
          ["Lead the demand-forecasting workstream for three grocery-retail clients (gradient boosting, hierarchical reconciliation)",
           "Run fortnightly workshops with the clients' category managers, walk them through forecast errors and turn their requests into model changes",
           "Mentor two junior data scientists"], "facing", "other_facing"),
        E("Data Scientist", "Nordlicht Versicherung AG", "Hamburg", "2021–2024",
          ["Built claims-reserving and large-loss models for the actuarial team",
           "Moved model training from notebooks to Airflow pipelines with automated validation"], "none"),
        E("Research Assistant", "Hanseatic University of Applied Sciences", "Hamburg", "10/2018–03/2021",
          ["Bayesian hierarchical models for regional labour-market data; three peer-reviewed papers"], "none"),
        E("Working Student, Customer Support", "Fahrwerk Mobility GmbH", "Berlin", "2016–2018",
          ["Answered customer e-mails and in-app chat about e-scooter rentals in German and English",
           "Processed refunds and damage reports in the ticketing system, 15 hours per week alongside my studies"],
          "facing", "digital_service"),
    ]
    W, H = A4
    c = canvas.Canvas(path(fname), pagesize=A4)
    c.setTitle("Jonas Reichert - Curriculum Vitae")
    blue = hexc("#3873B3"); grey = hexc("#7F7F7F")
    LX, LW = 50, 95          # left date column
    RX = LX + LW + 12
    p = Pen(c, RX, W - 50, H - 55, 50)
    c.setFillColor(colors.black); c.setFont("Vera", 30); c.drawString(LX, H - 80, "Jonas")
    c.setFillColor(grey); c.drawString(LX + stringWidth("Jonas ", "Vera", 30), H - 80, "Reichert")
    c.setFillColor(grey); c.setFont("Vera-I", 13); c.drawString(LX, H - 100, "Data Scientist")
    c.setFont("Vera-I", 9)
    for i, t in enumerate(["Eppendorfer Weg 41, 20259 Hamburg", "☎ 555-0151", "✉ jonas.reichert@example.com", "github.com/jreichert"]):
        c.setFont("DVS-I" if i in (1, 2) else "Vera-I", 9)
        c.drawRightString(W - 50, H - 62 - i * 12, t)
    p.y = H - 130

    def section(t):
        p.gap(10)
        p.need(30)
        c.setFillColor(blue); c.rect(LX, p.y - 11, LW, 5, stroke=0, fill=1)
        c.setFont("Vera", 14); c.drawString(RX, p.y - 13, t)
        p.y -= 22

    def cventry(d, bold, ital, city, lines, bullets=True):
        p.need(28)
        c.setFillColor(colors.black); c.setFont("Vera", 9.5)
        c.drawRightString(LX + LW, p.y - 9.5, d)
        parts = [(bold, "Vera-B", colors.black), (", ", "Vera", colors.black), (ital, "Vera-I", colors.black)]
        if city:
            parts.append((", " + city, "Vera", colors.black))
        p.runs(parts, 9.5, lead=13)
        for b in lines:
            if bullets:
                p.para(b, "Vera", 9, lead=11.5, bullet="•", bcolor=blue, indent=10, x=RX + 4)
            else:
                p.para(b, "Vera", 9, lead=11.5)
        p.gap(5)
    section("Experience")
    for e in ents:
        cventry(e.d, e.title, e.org, e.loc, e.bullets)
    section("Education")
    cventry("2016–2018", "M.Sc. Statistics", "Technische Hochschule Spree", "Berlin",
            ["Thesis: Probabilistic demand forecasting with sparse intermittent series (grade 1.3)"], bullets=False)
    cventry("2012–2016", "B.Sc. Mathematics", "Universität Lindenau", "Leipzig", [])
    section("Computer skills")
    for k, v in [("Languages", "Python, R, SQL, a little Scala"), ("Data", "Spark, dbt, Airflow, PostgreSQL"),
                 ("Modelling", "scikit-learn, LightGBM, PyMC, Stan")]:
        p.need(13)
        c.setFillColor(colors.black); c.setFont("Vera", 9.5); c.drawRightString(LX + LW, p.y - 9.5, k)
        p.text(v, "Vera", 9.5, lead=13)
    section("Languages")
    for k, v, n in [("German", "Mothertongue", ""), ("English", "Fluent", "C2, two years of English-language teaching at university"),
                    ("Spanish", "Basic", "A2")]:
        p.need(13)
        c.setFillColor(colors.black); c.setFont("Vera", 9.5); c.drawRightString(LX + LW, p.y - 9.5, k)
        p.runs([(v, "Vera-B", colors.black), (("   " + n) if n else "", "Vera-I", grey)], 9.5, lead=13)
    section("Interests")
    p.text("Bouldering, rowing on the Alster, cooking Sichuan food", "Vera", 9.5, lead=13)
    c.save()
    return ents

# --------------------------------------------------------------------------- x015
@resume("x015.pdf", "nursing_cv_clinical_placements")
def x015(fname):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    TRUST = "Northvale Teaching Hospitals NHS Foundation Trust"
    work = [
        E("Staff Nurse (Band 5)", TRUST, "Manchester", "Sep 2023 – Present",
          ["Deliver care to a bay of 6–8 acutely unwell adults per shift: assessments, NEWS2 observations, IV therapy and medicines administration",
           "Admit patients from A&E and explain care plans to patients and their relatives",
           "Completed preceptorship in September 2024; now practice supervisor for student nurses"],
          "facing", "healthcare_care", dept="Acute Medical Unit"),
        E("Healthcare Assistant (Bank)", "Ashgrove Care Home", "Stockport", "Jun 2020 – Aug 2023",
          ["Supported residents with personal care, mobility and meals on weekend and holiday shifts alongside my degree",
           "Recorded fluid balance, food and repositioning charts and reported changes to the nurse in charge"],
          "facing", "healthcare_care", dept=None),
    ]
    place = [
        E("Student Nurse", TRUST, "Manchester", "Jan 2023 – Apr 2023",
          ["Final 12-week management placement on a 28-bed respiratory ward; managed a caseload of eight patients under supervision"],
          "facing", "healthcare_care", etype="internship", dept="Respiratory Medicine, Ward 12"),
        E("Student Nurse", "Eastbrook Community Health Services", "Oldham", "Feb 2022 – Mar 2022",
          ["District nursing: wound care, insulin administration and palliative care visits in patients' own homes"],
          "facing", "healthcare_care", etype="internship", dept="District Nursing Team"),
        E("Student Nurse", "Pennine Vale Hospital", "Rochdale", "Oct 2021 – Nov 2021",
          ["Theatres and recovery: pre-operative checks and post-anaesthetic observations"],
          "facing", "healthcare_care", etype="internship", dept="Theatres & Recovery"),
    ]
    navy = hexc("#16325C")
    doc = SimpleDocTemplate(path(fname), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=42, bottomMargin=42,
                            title="Grace Adeyemi-Clarke RN CV")
    S = lambda **k: ParagraphStyle("x", fontName=k.pop("f", "Helvetica"), fontSize=k.pop("sz", 9.8),
                                   leading=k.pop("ld", 12.6), **k)
    N = S(); B = S(f="Helvetica-Bold"); R = S(alignment=2, textColor=hexc("#444444"))
    H = S(f="Helvetica-Bold", sz=11, textColor=navy, spaceBefore=10, spaceAfter=3)
    story = [Paragraph("Grace Adeyemi-Clarke RN", S(f="Helvetica-Bold", sz=20, ld=24, textColor=navy)),
             Paragraph("Registered Nurse (Adult)  ·  NMC PIN 23A4417E  ·  Salford, Greater Manchester", S(textColor=hexc("#444444"))),
             Paragraph("555-0122  ·  grace.adeyemi.clarke@example.com", S(textColor=hexc("#444444"))),
             Spacer(1, 4)]

    def head(t):
        story.append(Paragraph(t, H))
        tb = Table([[""]], colWidths=[495], rowHeights=[1])
        tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, navy)]))
        story.append(tb)
        story.append(Spacer(1, 3))

    def entry(e):
        where = (e.x["dept"] + ", " if e.x["dept"] else "") + e.org + ", " + e.loc
        t = Table([[Paragraph(X(e.title), B), Paragraph(e.d, R)], [Paragraph(X(where), S(f="Helvetica-Oblique")), ""]],
                  colWidths=[380, 115])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("SPAN", (0, 1), (1, 1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        for b in e.bullets:
            story.append(Paragraph(X(b), S(leftIndent=14, bulletIndent=4), bulletText="•"))
        story.append(Spacer(1, 6))
    head("PERSONAL STATEMENT")
    story.append(Paragraph("Newly consolidated Band 5 nurse on a busy acute medical unit, with three years of care-home experience "
                           "before qualifying. Calm with deteriorating patients, careful with documentation and genuinely interested "
                           "in respiratory care. Looking for a Band 5/6 development post in respiratory or high-dependency nursing.", N))
    head("PROFESSIONAL EXPERIENCE")
    for e in work:
        entry(e)
    head("CLINICAL PLACEMENTS  (BSc Adult Nursing)")
    for e in place:
        entry(e)
    head("EDUCATION")
    t = Table([[Paragraph("<b>BSc (Hons) Adult Nursing</b> — First Class", N), Paragraph("2020 – 2023", R)],
               [Paragraph("Pennine Metropolitan University, Manchester", S(f="Helvetica-Oblique")), ""],
               [Paragraph("<b>BTEC Level 3 Extended Diploma in Health and Social Care</b> (D*D*D)", N), Paragraph("2018 – 2020", R)],
               [Paragraph("Salford Meadows Sixth Form College", S(f="Helvetica-Oblique")), ""]], colWidths=[380, 115])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(t)
    head("CERTIFICATIONS & TRAINING")
    for x in ["Immediate Life Support (ILS), Resuscitation Council UK — valid to 05/2027",
              "IV Therapy & Cannulation competency — Northvale Teaching Hospitals (Nov 2023)",
              "Preceptorship Programme — completed Sep 2024"]:
        story.append(Paragraph(x, S(leftIndent=14, bulletIndent=4), bulletText="•"))
    head("REFERENCES")
    story.append(Paragraph("Sister Helen Marsh, Ward Manager, Acute Medical Unit, Northvale Teaching Hospitals NHS Foundation Trust — helen.marsh@example.com", N))
    story.append(Paragraph("Dr Peter Okafor, Senior Lecturer in Adult Nursing, Pennine Metropolitan University — p.okafor@example.com", N))
    doc.build(story)
    return work + place
