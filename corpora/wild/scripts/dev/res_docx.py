"""DOCX résumés (python-docx)."""
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import E, resume, fd


# ---- helpers ---------------------------------------------------------------
def new_doc(font="Calibri", size=10.5, margins=0.8):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    for s in doc.sections:
        s.left_margin = s.right_margin = Inches(margins)
        s.top_margin = s.bottom_margin = Inches(margins * 0.9)
    return doc


def par(container, *runs, style=None, align=None, after=0, before=0, tab=None,
        indent=None, hanging=None):
    """runs: str or (text, dict(bold=,italic=,size=,color=,caps=,smallcaps=))."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
            continue
        text, fmt = r
        run = p.add_run(text)
        run.bold = fmt.get("bold")
        run.italic = fmt.get("italic")
        if "size" in fmt:
            run.font.size = Pt(fmt["size"])
        if "color" in fmt:
            run.font.color.rgb = RGBColor(*fmt["color"])
        if fmt.get("caps"):
            run.font.all_caps = True
        if fmt.get("smallcaps"):
            run.font.small_caps = True
        if "font" in fmt:
            run.font.name = fmt["font"]
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if tab:
        for pos, kind in tab:
            pf.tab_stops.add_tab_stop(Inches(pos), {"right": WD_TAB_ALIGNMENT.RIGHT,
                                                    "left": WD_TAB_ALIGNMENT.LEFT}[kind])
    if indent is not None:
        pf.left_indent = Inches(indent)
    if hanging is not None:
        pf.first_line_indent = Inches(-hanging)
    return p


def bottom_border(p, sz=8, color="000000"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def first_par(cell):
    """Cells start with one empty paragraph: reuse it for the first line."""
    return cell.paragraphs[0]


def set_widths(table, widths):
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Inches(w)


def fill(p, *runs):
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            run = p.add_run(r[0])
            run.bold = r[1].get("bold")
            run.italic = r[1].get("italic")
            if "size" in r[1]:
                run.font.size = Pt(r[1]["size"])
            if "color" in r[1]:
                run.font.color.rgb = RGBColor(*r[1]["color"])
    return p


B = {"bold": True}
I = {"italic": True}
BI = {"bold": True, "italic": True}


# --------------------------------------------------------------------------
@resume("w003.docx", "docx_table_dates_left_column")
def w003(path):
    es = [
        E("Senior Software Engineer", "Cobaltline Systems", "Seattle, WA", "2022-04",
          "present", "none", None, [
              "Design and operate the Kafka-based event pipeline that moves data between "
              "internal services for the data platform team",
              "Led the migration of 40 services from VMs to Kubernetes with zero downtime",
              "Mentor two junior engineers and run the backend guild's design reviews",
          ]),
        E("Software Engineer II", "Cobaltline Systems", "Seattle, WA", "2019-07", "2022-03",
          "affecting", None, [
              "Built the checkout service API used by the company's web and mobile "
              "storefronts (Java, Spring Boot)",
              "Cut p99 checkout latency from 1.8 s to 420 ms",
              "Took part in the on-call rotation for payments",
          ]),
        E("Software Engineer Intern", "Pinecrest Robotics", "Portland, OR", "2018-06",
          "2018-09", "none", None, [
              "Wrote Python data-logging and plotting tools for the motion-planning research "
              "team",
          ], etype="internship"),
    ]
    doc = new_doc("Arial", 10)
    par(doc, ("Arjun Mehta", {"bold": True, "size": 20}), after=2)
    par(doc, "Seattle, WA  •  206-555-0102  •  arjun.mehta@example.com  •  "
        "github.com/arjunm-example", after=10)

    def heading(t):
        p = par(doc, (t, {"bold": True, "size": 11.5, "color": (0x1F, 0x3A, 0x5F)}),
                before=8, after=4)
        bottom_border(p, 6, "1F3A5F")
    heading("EXPERIENCE")
    t = doc.add_table(rows=0, cols=2)
    for e in es:
        row = t.add_row().cells
        fill(first_par(row[0]), (e.rng("mm/yyyy"), B))
        par(row[0], (e.loc, I))
        fill(first_par(row[1]), (e.title, B))
        par(row[1], e.org, after=2)
        for b in e.bullets:
            par(row[1], f"• {b}", indent=0.15, hanging=0.15)
        par(row[1], "", after=4)
    set_widths(t, [1.5, 5.4])
    heading("EDUCATION")
    t2 = doc.add_table(rows=0, cols=2)
    for d_, deg, sch in [("09/2017 – 06/2019", "M.S. Computer Science",
                          "Cascadia Institute of Technology"),
                         ("08/2013 – 05/2017", "B.Tech. Computer Engineering",
                          "Western Ghats Engineering College")]:
        row = t2.add_row().cells
        fill(first_par(row[0]), (d_, B))
        fill(first_par(row[1]), (deg, B))
        par(row[1], sch)
    set_widths(t2, [1.5, 5.4])
    heading("PROJECTS")
    par(doc, ("rustlog", B), " (2020) — log compactor for append-only event stores; "
        "300+ GitHub stars")
    heading("SKILLS")
    par(doc, "Java, Kotlin, Go, Python, Kafka, Kubernetes, Terraform, Postgres, AWS")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w009.docx", "docx_europass_label_column_dd_mm_yyyy")
def w009(path):
    es = [
        E("Senior Customer Adviser", "Pennine Mutual Bank", "Leeds (United Kingdom)",
          "2020-10", "present", "facing", "in_person_service", [
              "Advising customers in branch about current accounts, savings and booking of "
              "mortgage appointments",
              "Helping customers, especially elderly, to use the mobile banking app",
              "Coaching of 4 new customer advisers",
          ]),
        E("Customer Adviser", "Pennine Mutual Bank", "Leeds (United Kingdom)", "2018-09",
          "2020-09", "facing", "in_person_service", [
              "Serving of customers at the counter: deposits, withdrawals, payments",
              "Handling of complaints and recording them in the complaints system",
          ]),
        E("Waitress", "Restauracja Pod Lipami", "Kraków (Poland)", "2015-06", "2018-07",
          "facing", "in_person_service", [
              "Taking orders and serving of meals for guests, also cash handling",
          ]),
        E("Volunteer English Teacher", "Fundacja Otwarte Drzwi", "Kraków (Poland)",
          "2017-03", "2018-06", "facing", "volunteering", [
              "Conversation classes in English for refugee teenagers, twice per week",
          ], section="volunteer", etype="volunteer"),
    ]
    doc = new_doc("Arial", 9.5, 0.7)
    blue = (0x0E, 0x41, 0x94)
    t = doc.add_table(rows=0, cols=2)

    def row(left, right_runs=None, lcolor=blue, lbold=False, lsize=9):
        r = t.add_row().cells
        p = first_par(r[0])
        fill(p, (left, {"color": lcolor, "bold": lbold, "size": lsize}))
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return r[1]
    c = row("Europass", lbold=True, lsize=14)
    fill(first_par(c), ("Curriculum Vitae", {"size": 14, "color": blue}))
    c = row("PERSONAL INFORMATION", lbold=True)
    fill(first_par(c), ("Agnieszka Nowak", {"size": 14}))
    par(c, "Headingley, Leeds (United Kingdom)")
    par(c, "555-0108     agnieszka.nowak@example.com")
    par(c, "Sex Female | Date of birth 02/05/1993 | Nationality Polish")
    c = row("")
    c = row("WORK EXPERIENCE", lbold=True)
    for e in es[:3]:
        s = fd(e.start, "dd/mm/yyyy-start")
        en = "Present" if e.end == "present" else fd(e.end, "dd/mm/yyyy-end")
        if e.title == "Waitress":
            s = "15/06/2015"
        c = row(f"{s} – {en}", lcolor=(0x40, 0x40, 0x40))
        fill(first_par(c), (e.title, {"size": 11, "color": blue}))
        par(c, f"{e.org}, {e.loc}")
        for b in e.bullets:
            par(c, f"▪ {b}", indent=0.12, hanging=0.12)
        sector = "Food and beverage service activities" if e.title == "Waitress" else \
            "Financial and insurance activities"
        par(c, f"Business or sector {sector}", after=6)
    c = row("VOLUNTEERING", lbold=True)
    e = es[3]
    c = row(e.rng("mm/yyyy"), lcolor=(0x40, 0x40, 0x40))
    fill(first_par(c), (e.title, {"size": 11, "color": blue}))
    par(c, f"{e.org}, {e.loc}")
    par(c, f"▪ {e.bullets[0]}", after=6)
    c = row("EDUCATION AND TRAINING", lbold=True)
    c = row("01/10/2011 – 30/06/2014", lcolor=(0x40, 0x40, 0x40))
    fill(first_par(c), ("Bachelor in Economics", {"size": 11, "color": blue}))
    par(c, "Małopolska School of Economics, Kraków (Poland)", after=6)
    c = row("PERSONAL SKILLS", lbold=True)
    fill(first_par(c), "Mother tongue(s): Polish")
    par(c, "Other language(s): English C1, German A2")
    par(c, "Communication skills: good communication skills gained through my experience "
        "as customer adviser and waitress")
    par(c, "Digital skills: Microsoft Office, banking systems (Finacle), social media")
    par(c, "Driving licence: B")
    set_widths(t, [1.9, 5.2])
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w012.docx", "docx_heading_styles_listbullet_tab_right_dates")
def w012(path):
    es = [
        E("IT Support Analyst", "Meridian Health Partners", "Boston, MA", "2022-02",
          "present", "facing", "internal_support", [
              "First point of contact for 1,200 staff across six clinics by phone, ticket "
              "and walk-up",
              "Reset accounts and MFA, set up laptops and phones for new hires, and fix "
              "printer and EHR access issues",
              "Keep a 92% first-contact resolution rate and a 4.8/5 staff satisfaction "
              "score",
          ]),
        E("Desktop Support Technician", "Harborview Law Group", "Boston, MA", "2019-07",
          "2022-01", "facing", "internal_support", [
              "Supported 150 attorneys and paralegals at their desks with VPN, printing "
              "and document-management problems",
              "Imaged and deployed 200 laptops during the move to hybrid work",
          ]),
        E("Sales Associate", "Volt Electronics", "Quincy, MA", "2017-05", "2019-06",
          "facing", "in_person_service", [
              "Helped customers choose laptops, phones and accessories",
              "Sold protection plans and set up devices at the counter",
          ]),
    ]
    doc = new_doc("Calibri", 11, 0.9)
    doc.add_heading("Kevin O'Brien", level=0)
    par(doc, "Dorchester, MA | 617-555-0106 | kevin.obrien@example.com", after=6)
    doc.add_heading("Summary", level=1)
    par(doc, "IT support analyst with seven years of help-desk and desktop support "
        "experience in healthcare and legal offices. CompTIA A+, ITIL 4 Foundation.")
    doc.add_heading("Work Experience", level=1)
    for e in es:
        par(doc, (e.title, B), "\t", e.rng("mon"), tab=[(6.7, "right")], before=6)
        par(doc, (f"{e.org} — {e.loc}", I))
        for b in e.bullets:
            doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Education", level=1)
    par(doc, ("A.S. Information Technology", B), "\t", "2017 – 2019", tab=[(6.7, "right")])
    par(doc, ("Bay State Community College, Boston, MA", I))
    doc.add_heading("Certifications", level=1)
    doc.add_paragraph("CompTIA A+ (2019)", style="List Bullet")
    doc.add_paragraph("ITIL 4 Foundation (2023)", style="List Bullet")
    doc.add_paragraph("Microsoft 365 Certified: Modern Desktop Administrator (2024)",
                      style="List Bullet")
    doc.add_heading("Awards", level=1)
    par(doc, "Employee of the Month, Volt Electronics (March 2018)")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w017.docx", "docx_company_first_smallcaps_glyph_bullets_tab_dates")
def w017(path):
    es = [
        E("Store Manager", "Desert Bloom Home & Garden", "Phoenix, AZ", "2021-03", "present",
          "facing", "in_person_service", [
              "Run a $6M store with 35 associates: P&L, hiring, scheduling and training",
              "Resolve escalated customer complaints on the sales floor and at the service "
              "desk",
              "Raised the store's customer-satisfaction score from 71 to 88",
          ]),
        E("Assistant Store Manager", "Desert Bloom Home & Garden", "Phoenix, AZ", "2018-06",
          "2021-02", "none", None, [
              "Built weekly schedules for 30 associates and processed payroll",
              "Led quarterly inventory counts and reported KPIs to the district office",
          ]),
        E("Keyholder", "Desert Bloom Home & Garden", "Phoenix, AZ", "2016-01", "2018-05",
          "facing", "in_person_service", [
              "Opened and closed the store and served customers at the registers",
              "Promoted from Cashier (2014–2016)",
          ]),
        E("Pharmacy Technician", "Suncrest Pharmacy", "Tempe, AZ", "2011-08", "2013-12",
          "facing", "healthcare_care", [
              "Filled prescriptions, counted and labeled medications",
              "Answered customer questions at the pick-up window and processed insurance "
              "claims",
          ]),
    ]
    doc = new_doc("Garamond", 11.5, 0.85)
    par(doc, ("Carmen Delgado", {"size": 22, "smallcaps": True}), align="center")
    par(doc, "Phoenix, Arizona  ◆  602-555-0109  ◆  carmen.delgado@example.com",
        align="center", after=8)

    def heading(t):
        p = par(doc, (t, {"bold": True, "size": 12, "caps": True}), before=8, after=4)
        bottom_border(p, 4)
    heading("Profile")
    par(doc, "Retail store manager with ten years of progressive responsibility in home "
        "and garden retail. Builds teams that customers ask for by name.")
    heading("Professional Experience")
    groups = [(es[0].org, es[0].loc, es[:3]), (es[3].org, es[3].loc, es[3:])]
    for org, loc, roles in groups:
        par(doc, (org, {"bold": True, "smallcaps": True, "size": 12.5}), "\t", loc,
            tab=[(6.8, "right")], before=6)
        for e in roles:
            par(doc, (e.title, I), "\t", e.rng("mon"), tab=[(6.8, "right")], before=2)
            for b in e.bullets:
                par(doc, f"▪\t{b}", indent=0.3, hanging=0.2, tab=[(0.3, "left")])
    heading("Awards")
    par(doc, "Employee of the Month, Desert Bloom Home & Garden (May 2019)")
    par(doc, "District Manager's Circle, 2022 and 2024")
    heading("Education")
    par(doc, "Associate of Business, Salt River Community College, 2010 – 2012")
    heading("References")
    par(doc, "Mark Ellison, District Manager, Desert Bloom Home & Garden — 555-0147")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w020.docx", "docx_table_sidebar_twocol_month_year")
def w020(path):
    es = [
        E("Customer Success Manager", "Fernwood Analytics", "San Jose, CA", "2022-03",
          "present", "facing", "sales_account", [
              "Own onboarding and renewals for 60 enterprise accounts ($9M ARR)",
              "Run kickoff calls, quarterly business reviews and executive check-ins with "
              "customers",
              "Flag churn risks early and coordinate fixes with product and support",
          ]),
        E("Technical Support Engineer", "Fernwood Analytics", "San Jose, CA", "2020-01",
          "2022-02", "facing", "digital_service", [
              "Resolved Tier 2 tickets by email and Zoom for customers' data-pipeline and "
              "connector issues",
              "Wrote 40+ knowledge-base articles; reduced repeat tickets by 18%",
          ]),
        E("QA Analyst", "Brightpath Learning", "Oakland, CA", "2017-06", "2019-12",
          "affecting", None, [
              "Wrote test plans and automated regression tests (Cypress) for the "
              "student-facing web app",
              "Filed and verified bugs; owned release sign-off for the mobile app",
          ]),
        E("Tech Volunteer", "Bay Area Seniors Online", "San Jose, CA", "2018", "2019",
          "facing", "volunteering", ["Taught seniors to use smartphones and video calls at "
                                     "weekly drop-in sessions"],
          section="volunteer", etype="volunteer"),
    ]
    doc = new_doc("Calibri", 10, 0.6)
    t = doc.add_table(rows=1, cols=2)
    side, main = t.rows[0].cells
    shade(side, "E8EEF4")
    fill(first_par(side), ("EMILY TRAN", {"bold": True, "size": 18}))
    par(side, "Customer Success | Support", after=10)
    for head, lines in [
        ("CONTACT", ["San Jose, CA", "408-555-0111", "emily.tran@example.com"]),
        ("SKILLS", ["Gainsight, Salesforce", "Zendesk, Jira", "SQL, Python (basic)",
                    "Cypress, Postman", "Onboarding & QBRs"]),
        ("EDUCATION", ["B.S. Computer Science", "Santa Clara Valley University",
                       "2013 – 2017"]),
        ("LANGUAGES", ["English, Vietnamese"]),
        ("CERTIFICATIONS", ["Gainsight Admin (2023)", "ISTQB Foundation (2018)"]),
    ]:
        par(side, (head, {"bold": True, "color": (0x2B, 0x57, 0x9A)}), before=8, after=2)
        for ln in lines:
            par(side, ln)
    fill(first_par(main), ("SUMMARY", {"bold": True, "color": (0x2B, 0x57, 0x9A)}))
    par(main, "Customer success manager who started in QA and support, so I know the "
        "product from the inside and can talk to engineers and executives alike.", after=8)
    par(main, ("EXPERIENCE", {"bold": True, "color": (0x2B, 0x57, 0x9A)}), after=4)
    for e in es[:3]:
        par(main, (e.title, {"bold": True, "size": 11}), before=4)
        par(main, (f"{e.org}, {e.loc} | {e.rng('month')}", {"italic": True,
                                                              "color": (0x55, 0x55, 0x55)}))
        for b in e.bullets:
            par(main, f"•  {b}", indent=0.18, hanging=0.15)
    par(main, ("VOLUNTEER", {"bold": True, "color": (0x2B, 0x57, 0x9A)}), before=10,
        after=4)
    e = es[3]
    par(main, (e.title, {"bold": True, "size": 11}))
    par(main, (f"{e.org}, {e.loc} | {e.rng('yyyy')}", {"italic": True,
                                                        "color": (0x55, 0x55, 0x55)}))
    par(main, f"•  {e.bullets[0]}", indent=0.18, hanging=0.15)
    set_widths(t, [2.2, 5.1])
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w022.docx", "docx_au_title_style_italic_date_lines")
def w022(path):
    es = [
        E("Year 5 Classroom Teacher", "Banksia Grove Primary School", "Melbourne VIC",
          "2020", "present", "facing", "education", [
              "Plan and deliver the Victorian Curriculum to a class of 26 students, "
              "differentiating for EAL/D learners",
              "Lead parent–teacher interviews and write semester reports",
              "Coordinate the Year 5 camp and the school's reading program",
          ]),
        E("Casual Relief Teacher", "Southern Cross Education Agency", "Melbourne VIC",
          "2018", "2019", "facing", "education", [
              "Covered classes from Prep to Year 6 across 14 schools in the northern "
              "suburbs",
          ]),
        E("Retail Assistant", "Wattle & Co. Bookstore", "Geelong VIC", "2014", "2018",
          "facing", "in_person_service", [
              "Served customers, handled special orders and set up window displays while "
              "studying",
          ]),
        E("Reading Volunteer", "Brunswick Library Homework Club", "Brunswick VIC", "2016",
          "2017", "facing", "volunteering", ["Listened to primary students read and helped "
                                             "with homework every Wednesday"],
          section="volunteer", etype="volunteer"),
    ]
    doc = new_doc("Calibri Light", 11, 0.9)
    doc.add_paragraph("Chloe Nguyen", style="Title")
    par(doc, "Primary Teacher  |  Coburg VIC 3058  |  555-0113  |  chloe.nguyen@example.com",
        after=6)
    doc.add_heading("Career Objective", level=2)
    par(doc, "Enthusiastic primary teacher seeking a Literacy Leader role where I can "
        "mentor colleagues and lift reading outcomes across the school.")
    doc.add_heading("Employment History", level=2)
    for e in es[:3]:
        par(doc, (e.title, B), before=6)
        par(doc, (e.org + ", " + e.loc, {}))
        par(doc, (e.rng("yyyy", " – ", "current"), I), after=2)
        for b in e.bullets:
            par(doc, f"– {b}", indent=0.25, hanging=0.2)
    doc.add_heading("Volunteering", level=2)
    e = es[3]
    par(doc, (e.title, B))
    par(doc, e.org + ", " + e.loc)
    par(doc, (e.rng("yyyy"), I), after=2)
    par(doc, f"– {e.bullets[0]}", indent=0.25, hanging=0.2)
    doc.add_heading("Qualifications", level=2)
    par(doc, "Master of Teaching (Primary), Yarra Bend University, 2018 – 2019")
    par(doc, "Bachelor of Arts (English), Corio Bay University, 2014 – 2017")
    par(doc, "Teacher registration (VIC), 2019; Working with Children Check (current)")
    doc.add_heading("Referees", level=2)
    par(doc, "Ms Priya Raman, Principal, Banksia Grove Primary School – 555-0115")
    par(doc, "Mr Ben Adler, Owner, Wattle & Co. Bookstore – 555-0117")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w025.docx", "docx_caps_bordered_headings_one_line_title_org_paren_years")
def w025(path):
    es = [
        E("Mortgage Loan Officer", "Carolina Pines Credit Union", "Charlotte, NC", "2021",
          "present", "facing", "sales_account", [
              "Meet with members to review mortgage options and take applications; "
              "originated $21M in 2024",
              "Work with processors and underwriters to close loans on time",
          ]),
        E("Member Service Representative", "Carolina Pines Credit Union", "Charlotte, NC",
          "2018", "2021", "facing", "in_person_service", [
              "Opened accounts and resolved member inquiries in the branch and by phone",
              "Referred members to lending and investment partners",
          ]),
        E("Bank Teller", "Piedmont First Bank", "Gastonia, NC", "2016", "2018", "facing",
          "in_person_service", [
              "Processed deposits, withdrawals and loan payments for 100+ customers a day",
              "Balanced cash drawer with zero variances in 2017",
          ]),
        E("Board Member", "Young Professionals of Charlotte", None, "2022", "present", "none",
          None, ["Chair the programming committee; plan six networking events a year"],
          section="other", etype="unknown"),
    ]
    doc = new_doc("Cambria", 11, 0.9)
    par(doc, ("SAMUEL K. OSEI", {"bold": True, "size": 18}), align="center")
    par(doc, "Charlotte, NC 28205 | (704) 555-0120 | samuel.osei@example.com | "
        "NMLS #555012", align="center", after=8)

    def heading(t):
        p = par(doc, (t, {"bold": True, "size": 11.5}), before=10, after=4)
        bottom_border(p, 12, "7F7F7F")
    heading("PROFESSIONAL SUMMARY")
    par(doc, "Licensed mortgage loan officer with ten years in member-focused banking, "
        "from the teller line to lending.")
    heading("PROFESSIONAL EXPERIENCE")
    for e in es[:3]:
        par(doc, (f"{e.title}, {e.org} — {e.loc} ({e.rng('yyyy')})", B), before=6,
            after=2)
        for b in e.bullets:
            par(doc, f"◦ {b}", indent=0.3, hanging=0.15)
    heading("LEADERSHIP")
    e = es[3]
    par(doc, (f"{e.title}, {e.org} ({e.rng('yyyy')})", B), after=2)
    par(doc, f"◦ {e.bullets[0]}", indent=0.3, hanging=0.15)
    heading("EDUCATION & LICENSES")
    par(doc, "B.S. Finance, Queen City State University (2012 – 2016)")
    par(doc, "NMLS Mortgage Loan Originator License, North Carolina (2021)")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w032.docx", "docx_student_harvard_tabs_leadership")
def w032(path):
    es = [
        E("Financial Analyst Intern", "Great Lakes Capital Partners", "Chicago, IL",
          "2025-06", "2025-06", "none", None, [
              "Built three-statement models and comparable-company analyses for two "
              "middle-market deals",
              "Prepared industry research decks for the investment committee",
          ], etype="internship", season=True),
        E("Resident Advisor", "Huron Valley University Housing", "Ann Arbor, MI", "2024-08",
          "present", "facing", "other_facing", [
              "Support 40 first-year residents; hold one-on-one check-ins each month",
              "Mediate roommate conflicts and respond to on-call incidents",
              "Plan two community programs per month",
          ]),
        E("Sales Associate", "Campus Threads", "Ann Arbor, MI", "2023-05", "2023-08",
          "facing", "in_person_service", ["Helped customers find sizes and styles, ran the "
                                          "register and restocked the floor"]),
        E("Vice President of Finance", "Huron Valley Investment Club", "Ann Arbor, MI",
          "2024-01", "present", "none", None, [
              "Manage the club's $25k student-run portfolio and present monthly "
              "performance",
          ], section="other", etype="unknown"),
        E("Orientation Leader", "Huron Valley University", "Ann Arbor, MI", "2024-06",
          "2024-06", "facing", "other_facing", [
              "Guided groups of 15 incoming students and their families through two-day "
              "orientation sessions",
          ], section="other", etype="unknown", season=True),
    ]
    doc = new_doc("Times New Roman", 11, 0.75)
    par(doc, ("ETHAN ZHAO", {"bold": True, "size": 16}), align="center")
    par(doc, "Ann Arbor, MI 48104 • (734) 555-0122 • ethan.zhao@example.com", align="center",
        after=6)

    def heading(t):
        p = par(doc, (t, B), before=8, after=3)
        bottom_border(p, 6)

    def two(left, right, lf, rf=None, before=0):
        return par(doc, (left, lf), "\t", (right, rf or {}), tab=[(7.0, "right")],
                   before=before)
    heading("EDUCATION")
    two("Huron Valley University, Ross-Allen School of Business", "Ann Arbor, MI", B)
    two("Bachelor of Business Administration; Minor in Computer Science",
        "Expected May 2027", I)
    par(doc, "GPA: 3.82/4.00 | Relevant coursework: Corporate Finance, Accounting, "
        "Data Structures")
    heading("EXPERIENCE")
    for e in es[:3]:
        two(e.org, e.loc, B, before=4)
        two(e.title, e.rng("mon"), I)
        for b in e.bullets:
            doc.add_paragraph(b, style="List Bullet")
    heading("LEADERSHIP")
    for e in es[3:]:
        two(e.org, e.loc, B, before=4)
        two(e.title, e.rng("mon"), I)
        for b in e.bullets:
            doc.add_paragraph(b, style="List Bullet")
    heading("SKILLS & INTERESTS")
    par(doc, ("Technical: ", B), "Excel (VBA), Python, SQL, Bloomberg Terminal, Capital IQ")
    par(doc, ("Languages: ", B), "English, Mandarin (fluent)")
    par(doc, ("Interests: ", B), "Marathon running, chess, Sichuan cooking")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w036.docx", "docx_manual_dates_first_tab_title")
def w036(path):
    es = [
        E("Cabin Crew Member", "Skyward Atlantic Airways", "London Heathrow", "2018-04",
          "present", "facing", "in_person_service", [
              "Deliver safety demonstrations and service to up to 300 passengers on "
              "long-haul flights",
              "Look after unaccompanied minors and passengers who need assistance",
              "Handle onboard sales and duty-free reconciliation",
          ]),
        E("Check-in Agent", "Aerolink Ground Services", "London Gatwick", "2016-01",
          "2018-03", "facing", "in_person_service", [
              "Checked in passengers, tagged bags and handled rebooking at the desk during "
              "disruption",
          ]),
        E("Baggage Handler", "Aerolink Ground Services", "London Gatwick", "2014-05",
          "2015-12", "affecting", None, [
              "Loaded and unloaded aircraft holds and transferred connecting baggage "
              "within tight turnaround times",
          ]),
        E("Steward", "Westway Community Festival", "London", "2019-08", "2019-08", "facing",
          "volunteering", ["Gave directions and first-aid signposting to festival-goers"],
          section="volunteer", etype="volunteer"),
    ]
    doc = new_doc("Verdana", 9.5, 0.9)
    par(doc, ("Kwame Asante", {"bold": True, "size": 16}))
    par(doc, "Hounslow, Middlesex   Tel 555-0124   kwame.asante@example.com", after=10)
    par(doc, ("Personal Statement", {"bold": True, "size": 11}), after=3)
    par(doc, "Experienced long-haul cabin crew member with eight years in aviation, "
        "starting on the ramp and moving to the check-in desk and the cabin. Calm, "
        "service-driven, speaks Twi, English and French.", after=10)
    par(doc, ("Career History", {"bold": True, "size": 11}), after=3)
    for e in es[:3]:
        par(doc, e.rng("month"), "\t", (e.title, B), tab=[(1.9, "left")], before=6)
        par(doc, "\t" + f"{e.org}, {e.loc}", tab=[(1.9, "left")], after=2)
        for b in e.bullets:
            par(doc, f"- {b}", indent=1.9)
    par(doc, ("Volunteering", {"bold": True, "size": 11}), before=10, after=3)
    e = es[3]
    par(doc, e.rng("month"), "\t", (e.title, B), tab=[(1.9, "left")])
    par(doc, "\t" + f"{e.org}, {e.loc}", tab=[(1.9, "left")], after=2)
    par(doc, f"- {e.bullets[0]}", indent=1.9)
    par(doc, ("Education & Training", {"bold": True, "size": 11}), before=10, after=3)
    par(doc, "2017\tCabin Crew Safety Training Certificate", tab=[(1.9, "left")])
    par(doc, "2011 – 2013\tBTEC Level 3 Travel and Tourism, Hounslow College",
        tab=[(1.9, "left")])
    par(doc, ("Languages", {"bold": True, "size": 11}), before=10, after=3)
    par(doc, "English (fluent), Twi (native), French (conversational)")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w040.docx", "docx_shaded_section_tables_indian_it")
def w040(path):
    es = [
        E("Data Analyst", "Kaveri Retail Analytics Pvt Ltd", "Bengaluru", "2022-08",
          "present", "none", None, [
              "Building demand forecasting models (Python, Prophet) for 600+ stores",
              "Developing Power BI dashboards for category managers",
              "Automated weekly sales reconciliation saving 12 hours per week",
          ]),
        E("Senior Process Associate", "Deccan Infotech Services", "Bengaluru", "2019-06",
          "2022-07", "facing", "contact_center", [
              "Worked in inbound voice process for a UK broadband client, resolving "
              "customers' connectivity and billing issues",
              "Maintained 95% CSAT and mentored new joiners on the process",
          ]),
        E("Graduate Engineer Trainee", "Tungabhadra Steel Ltd", "Hospet", "2018-08",
          "2019-05", "none", None, ["Worked on rolling mill production reports and SAP "
                                    "PP data entry"]),
    ]
    doc = new_doc("Calibri", 10.5, 0.7)
    par(doc, ("PRIYA RAGHAVAN", {"bold": True, "size": 18, "color": (0x1F, 0x4E, 0x79)}))
    par(doc, "Bengaluru, Karnataka | +91 555-0131 | priya.raghavan@example.com", after=6)

    def section(title):
        t = doc.add_table(rows=1, cols=1)
        c = t.rows[0].cells[0]
        shade(c, "D9E2F3")
        fill(first_par(c), (title, {"bold": True, "size": 11}))
        par(doc, "", after=2)
    section("PROFILE SUMMARY")
    for t in ["Having 7+ years of experience including 3 years in customer support and 4 "
              "years in data analytics.",
              "Strong in SQL, Python and Power BI; good communication skills."]:
        par(doc, f"• {t}", indent=0.2, hanging=0.15)
    par(doc, "", after=4)
    section("PROFESSIONAL EXPERIENCE")
    for e in es:
        par(doc, (e.title, B), f" – {e.org}, {e.loc}", before=4)
        par(doc, (e.rng("mon", " - "), I), after=2)
        for b in e.bullets:
            par(doc, f"• {b}", indent=0.2, hanging=0.15)
    par(doc, "", after=4)
    section("EDUCATION")
    par(doc, "B.E. Mechanical Engineering, Visvesvaraya Institute of Technology, Belagavi "
        "(2014 - 2018) – 7.9 CGPA")
    par(doc, "", after=4)
    section("ACHIEVEMENTS")
    par(doc, "• Star Performer award, Deccan Infotech Services (Q3 2020)", indent=0.2,
        hanging=0.15)
    par(doc, "• Google Data Analytics Certificate (2022)", indent=0.2, hanging=0.15)
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w043.docx", "docx_caps_underlined_headings_org_then_title_years")
def w043(path):
    es = [
        E("Emergency Department Technician", "Chesapeake General Hospital", "Baltimore, MD",
          "2022", "present", "facing", "healthcare_care", [
              "Take vitals, run EKGs and splint injuries for patients in a 60-bed ED",
              "Transport patients and keep families informed while they wait",
          ]),
        E("Phlebotomist", "Harbor Labs Patient Service Center", "Baltimore, MD", "2020",
          "2022", "facing", "healthcare_care", [
              "Drew blood from 40+ patients a day, including children and anxious patients",
          ]),
        E("Server", "Fells Point Oyster House", "Baltimore, MD", "2015", "2020", "facing",
          "in_person_service", [
              "Served a 10-table section in a busy seafood restaurant; trained new servers",
          ]),
        E("Line Cook", "Fells Point Oyster House", "Baltimore, MD", "2013", "2015",
          "affecting", None, ["Fry and raw-bar stations"]),
        E("Health Fair Volunteer", "Eastside Community Health Fair", "Baltimore, MD",
          "2019", "2019", "facing", "volunteering", ["Took blood pressures and handed out "
                                                     "screening information"],
          section="volunteer", etype="volunteer"),
    ]
    doc = new_doc("Calibri", 11, 0.9)
    par(doc, ("JAMAL WRIGHT", {"bold": True, "size": 17}))
    par(doc, "Baltimore, MD  |  410-555-0133  |  jamal.wright@example.com", after=8)

    def heading(t):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.underline = True
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
    heading("OBJECTIVE")
    par(doc, "ED technician and phlebotomist starting an accelerated BSN in 2027, looking "
        "for a patient care role with tuition support.")
    heading("HEALTHCARE EXPERIENCE")
    for e in es[:2]:
        par(doc, (f"{e.org} | {e.loc}", B), before=4)
        par(doc, (f"{e.title}, {e.rng('yyyy', ' – ')}", I))
        for b in e.bullets:
            doc.add_paragraph(b, style="List Bullet")
    heading("OTHER EXPERIENCE")
    par(doc, (f"{es[2].org} | {es[2].loc}", B), before=4)
    for e in es[2:4]:
        par(doc, (f"{e.title}, {e.rng('yyyy', ' – ')}", I))
        for b in e.bullets:
            doc.add_paragraph(b, style="List Bullet")
    heading("COMMUNITY SERVICE")
    e = es[4]
    par(doc, (f"{e.org} | {e.loc}", B))
    par(doc, (f"{e.title}, {e.rng('yyyy')}", I))
    doc.add_paragraph(e.bullets[0], style="List Bullet")
    heading("CERTIFICATIONS")
    par(doc, "Certified Phlebotomy Technician (2020) · BLS (2025) · EKG Technician (2022)")
    doc.save(path)
    return es


# --------------------------------------------------------------------------
@resume("w044.docx", "docx_freelance_since_season_middot_header")
def w044(path):
    es = [
        E("Freelance Translator", "Dubois Traductions", "Montréal, QC", "2017", "present",
          "affecting", None, [
              "Translate marketing, e-commerce and legal content from French to English "
              "for three localisation agencies (about 40,000 words a month)",
              "Work from the agencies' briefs in their CAT portals; no direct contact with "
              "the end clients",
          ], etype="freelance"),
        E("French Tutor", "LinguaBridge", "Online", "2020-09", "present", "facing",
          "education", [
              "Give weekly one-to-one video lessons to 6–8 adult learners preparing for "
              "work or immigration exams",
          ], etype="freelance", season=True),
        E("Localisation Coordinator", "Boréal Interactive", "Québec City, QC", "2014",
          "2017", "affecting", None, [
              "Managed translation vendors and prepared string files for 12 languages",
              "Ran linguistic QA on game builds before release",
          ]),
    ]
    doc = new_doc("Georgia", 10.5, 0.9)
    doc.add_heading("Camille Dubois", level=1)
    par(doc, "Translator (FR → EN) & French tutor  ·  Montréal, QC  ·  555-0135  ·  "
        "camille.dubois@example.com", after=8)
    doc.add_heading("Experience", level=2)
    for e in es:
        par(doc, (f"{e.title} · {e.org} · {e.loc}", B), before=6)
        if e.title == "Freelance Translator":
            dt = f"Since {e.start}"
        else:
            dt = e.rng("yyyy", " – ", "present")
        par(doc, (dt, I))
        for b in e.bullets:
            doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Education", level=2)
    par(doc, "M.A. Translation, Université du Littoral-Nord, 2012 – 2014")
    par(doc, "B.A. English Studies, Université du Littoral-Nord, 2009 – 2012")
    doc.add_heading("Certification", level=2)
    par(doc, "Certified Translator (FR-EN), Association des traducteurs du Québec-Nord, "
        "2018")
    doc.add_heading("Tools", level=2)
    par(doc, "memoQ, Trados Studio, Phrase, Xbench, Zoom")
    doc.save(path)
    return es
