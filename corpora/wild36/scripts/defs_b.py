"""w011–w020."""
from lib import E, dr, dur, fmt
from render import *  # noqa: F401,F403
from reportlab.lib.colors import HexColor, black
import html as _html

R = []


def add(**kw):
    R.append(kw)


# =====================================================================================================
# w011 — Romanian senior care assistant in England, Europass (2020+ online editor) PDF, fpdf2
# =====================================================================================================
w011 = [
    E("SENIOR CARE ASSISTANT", "MEADOWBANK HOUSE CARE HOME", "Hollinbury, United Kingdom", "2022-05", "present",
      "facing", "healthcare_care", [
          "Personal care and support for 12 residents living with dementia on the Rowan unit",
          "Medication rounds on eMAR after competency sign-off; controlled-drug checks with the nurse",
          "Reviewing care plans monthly and updating families by phone or when they visit",
          "Allocating and supervising a team of four carers on day shifts"], dates="01/05/2022 – CURRENT"),
    E("CARE ASSISTANT", "MEADOWBANK HOUSE CARE HOME", "Hollinbury, United Kingdom", "2020-03", "2022-04",
      "facing", "healthcare_care", [
          "Washing, dressing, continence care, helping residents to eat and drink",
          "Worked through both COVID-19 outbreaks in the home, including barrier nursing and end-of-life care"],
      dates="14/03/2020 – 30/04/2022"),
    E("FRUIT PICKER", "HALSEY FARMS", "Kentlow, United Kingdom", "2019-06", "2019-09", "none", None, [
          "Picking and grading strawberries on table-top rows to piece-rate targets",
          "Came for one season; stayed in England afterwards"], dates="03/06/2019 – 27/09/2019"),
    E("ASISTENT MEDICAL GENERALIST (GENERAL NURSE)", "SPITALUL MUNICIPAL PIATRA ALBASTRĂ", "Piatra Albastră, Romania",
      "2015-09", "2019-05", "facing", "healthcare_care", [
          "Nursing care on a 40-bed internal medicine ward: observations, IV lines, injections, dressings",
          "Admissions paperwork and shift handover; taught patients and their families about diabetic diet and "
          "insulin pens"], dates="15/09/2015 – 31/05/2019"),
]


def r011(r, path):
    e = r["entries"]
    blue = (0, 51, 153)

    def footer(p):
        p.set_y(-36)
        p.set_font("Sans", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(0, 10, "%d / {nb}" % p.page_no(), align="R")

    pdf = FP(footer=footer, format="A4", unit="pt")
    pdf.set_margins(48, 44, 48)
    pdf.set_auto_page_break(True, 56)
    pdf.set_title("Europass CV")
    pdf.set_author("Andreea-Maria Ionescu")
    pdf.set_creator("Europass")
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.set_text_color(*blue)
    pdf.cell(0, 26, "Andreea-Maria Ionescu", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9)
    for lab, val in [("Date of birth: ", "03/09/1993   "), ("Nationality: ", "Romanian   "), ("Gender: ", "Female")]:
        pdf.set_font("Sans", "B", 9)
        pdf.cell(pdf.get_string_width(lab), 13, lab, **RIGHT)
        pdf.set_font("Sans", "", 9)
        pdf.cell(pdf.get_string_width(val), 13, val, **RIGHT)
    pdf.ln(14)
    for lab, val in [("Phone number: ", "(+44) 7700900815 (Mobile)"),
                     ("Email address: ", "andreea.ionescu@mailbox.ro"),
                     ("Address: ", "14 Wren Close, HB7 2QP, Hollinbury, United Kingdom (Home)")]:
        pdf.set_font("Sans", "B", 9)
        pdf.cell(pdf.get_string_width(lab), 13, lab, **RIGHT)
        pdf.set_font("Sans", "", 9)
        pdf.cell(0, 13, val, **NL)

    def section(t):
        pdf.ln(10)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(*blue)
        pdf.cell(0, 16, t, **NL)
        y = pdf.get_y()
        pdf.set_draw_color(*blue)
        pdf.set_line_width(0.8)
        pdf.line(48, y, 547, y)
        pdf.ln(6)
        pdf.set_text_color(0, 0, 0)

    section("ABOUT MYSELF")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(0, 13, "Qualified general nurse from Romania, six years in UK care homes. I am completing NMC "
                   "registration (CBT passed, OSCE booked) and would like a senior carer or nursing associate "
                   "post in the meantime.", **NL)
    section("WORK EXPERIENCE")
    for x in e:
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 12, "%s  %s" % (x.dates, x.loc), **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 14, "**%s** – %s" % (x.title, x.org), markdown=True, **NL)
        pdf.set_font("Sans", "", 9.5)
        for b in x.bullets:
            pdf.set_x(60)
            pdf.multi_cell(0, 13, "•  " + b, **NL)
        pdf.ln(7)
    section("EDUCATION AND TRAINING")
    for dt, t, where in [("01/09/2022 – 15/07/2024  Hollinbury, United Kingdom",
                          "LEVEL 3 DIPLOMA IN ADULT CARE – Hollinbury Training Partnership", ""),
                         ("15/09/2012 – 30/06/2015  Piatra Albastră, Romania",
                          "ASISTENT MEDICAL GENERALIST (3-YEAR POST-SECONDARY NURSING) – Școala Postliceală "
                          "Sanitară „Sf. Luca”", "EQF level 5")]:
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 12, dt, **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(0, 14, t, **NL)
        if where:
            pdf.set_font("Sans", "", 9)
            pdf.cell(0, 12, "Level in EQF: " + where, **NL)
        pdf.ln(5)
    section("LANGUAGE SKILLS")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(0, 13, "Mother tongue(s):  ROMANIAN", **NL)
    pdf.cell(0, 13, "Other language(s):", **NL)
    pdf.set_font("Sans", "B", 8.5)
    cols = [90, 80, 80, 90, 90, 70]
    for row in [["", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"],
                ["", "Listening", "Reading", "Spoken production", "Spoken interaction", ""],
                ["ENGLISH", "C1", "C1", "B2", "B2", "B2"], ["ITALIAN", "A2", "A2", "A2", "A1", "A1"]]:
        for w, v in zip(cols, row):
            pdf.cell(w, 13, v, border="B" if row[0] == "" else 0, **RIGHT)
        pdf.ln(13)
        pdf.set_font("Sans", "", 8.5)
    pdf.set_font("Sans", "I", 8)
    pdf.cell(0, 12, "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", **NL)
    section("DIGITAL SKILLS")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(0, 13, "Electronic care records and eMAR | Microsoft Word | Gmail | WhatsApp video calls for "
                   "residents and families", **NL)
    section("DRIVING LICENCE")
    pdf.cell(0, 13, "Driving Licence: B", **NL)
    pdf.output(path)


add(file="w011.pdf", entries=w011, render=r011,
    family="Romanian senior care assistant in England, Europass online-editor PDF: 'dd/mm/yyyy – CURRENT  Town, "
           "Country' above a caps 'TITLE – EMPLOYER' line, language grid, page numbers",
    layout="fpdf2, europass/dates_first, dd/mm/yyyy / 'CURRENT'")


# =====================================================================================================
# w012 — US dispatcher and army veteran, résumé-builder HTML export
# =====================================================================================================
w012 = [
    E("Dispatcher", "Lone Oak Freight Lines", "Harlan Springs, TX", "2022-04", "present", "affecting", None, [
          "Dispatch 45 LTL and regional drivers out of the Harlan Springs terminal using the TMS",
          "Build next-day route plans and reshuffle loads when trucks break down or drivers call in",
          "Monitor ELD hours of service and keep drivers legal; approve detention and layover pay",
          "Keep ETAs current in the TMS so the customer service desk can give shippers accurate times"]),
    E("Delivery Driver / Installer", "Bluebonnet Appliance Co.", "Harlan Springs, TX", "2019-07", "2022-03",
      "facing", "in_person_service", [
          "Delivered and installed washers, dryers, ranges and refrigerators in customers' homes, 8-12 stops a day",
          "Hooked up water and gas lines, leveled units, hauled away old appliances and walked customers through "
          "the controls",
          "Collected signatures and COD payments; 4.9/5 average on post-delivery surveys"]),
    E("Warehouse Associate", "Bluebonnet Appliance Co.", "Harlan Springs, TX", "2018-02", "2019-06", "affecting",
      None, ["Received and checked in appliance shipments, put away with a clamp truck, pulled and staged "
             "next-day delivery loads"]),
    E("Motor Transport Operator (88M)", "U.S. Army", "Fort Calloway, KY", "2013", "2017", "none", None, [
          "Drove FMTV and HEMTT trucks in convoy operations, including a nine-month rotation to Kuwait",
          "PMCS and dispatch paperwork for a 12-vehicle section; promoted to Sergeant (E-5)"], etype="military"),
]


def r012(r, path):
    e = r["entries"]
    css = ("*{box-sizing:border-box}body{font-family:Georgia,serif;margin:0;color:#222}"
           ".page{width:816px;margin:0 auto;padding:48px}.name{font-size:34px;letter-spacing:2px;"
           "text-transform:uppercase}.contact span{margin-right:14px;font-size:13px}.sectiontitle{font-size:14px;"
           "text-transform:uppercase;letter-spacing:1px;border-bottom:2px solid #3a6ea5;margin-top:22px}"
           ".jobtitle{font-weight:bold}.companyname{font-style:italic}.jobdates{float:right;color:#555}"
           "ul{margin:4px 0 12px 18px}")
    h = ['<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Marcus Delacroix Resume</title>',
         '<style>%s</style></head><body><div class="page" id="document">' % css,
         '<div class="section heading"><div class="name">Marcus T. Delacroix</div>',
         '<div class="contact"><span>Harlan Springs, TX 76999</span><span>(254) 555-0117</span>'
         '<span>mdelacroix@mailbox.net</span></div></div>',
         '<div class="section summary"><div class="sectiontitle">Professional Summary</div>',
         '<p>Dispatcher and Army veteran with 13 years in transportation: military convoys, last-mile '
         'appliance delivery and now LTL dispatch. Known for calm under pressure when the board falls apart at '
         '5&nbsp;a.m. CDL-A, HAZMAT endorsement, clean MVR.</p></div>',
         '<div class="section experience"><div class="sectiontitle">Work History</div>']
    for x in e:
        h.append('<div class="paragraph"><span class="jobdates">%s</span>' % _html.escape(dr(x, "mm/yyyy", " - ", "Current")))
        h.append('<span class="jobtitle">%s</span><br><span class="companyname">%s</span> | '
                 '<span class="joblocation">%s</span>' % (_html.escape(x.title), _html.escape(x.org), _html.escape(x.loc)))
        h.append('<ul>%s</ul></div>' % "".join("<li>%s</li>" % _html.escape(b) for b in x.bullets))
    h += ['</div>', '<div class="section skills"><div class="sectiontitle">Skills</div><ul>',
          '<li>TMS dispatch boards &amp; ELD/HOS compliance</li><li>Route planning</li>',
          '<li>DOT regulations</li><li>Forklift &amp; clamp truck</li><li>Team leadership</li></ul></div>',
          '<div class="section education"><div class="sectiontitle">Education</div>',
          '<p><b>Associate of Applied Science: Logistics Management</b>, Brazos Plains Community College, '
          'Harlan Springs, TX &mdash; 2021</p><p>High School Diploma, Harlan Springs High School &mdash; 2012</p></div>',
          '<div class="section certs"><div class="sectiontitle">Certifications</div>',
          '<ul><li>Class A CDL with HAZMAT (Texas)</li><li>OSHA 10</li></ul></div>',
          '</div></body></html>']
    open(path, "w", encoding="utf-8").write("\n".join(h) + "\n")


add(file="w012.html", entries=w012, render=r012,
    family="US freight dispatcher and Army veteran, online résumé-builder HTML export (floated dates, "
           "'Title / Employer | Town', 'mm/yyyy - Current'), appliance delivery in homes, year-only Army dates",
    layout="html, builder/title_org, mm/yyyy / 'Current' / year-only")


# =====================================================================================================
# w013 — Canadian sous chef, Word template with right tab-stop dates and italic restaurant line
# =====================================================================================================
w013 = [
    E("Sous Chef", "Harvest Table Bistro", "Riverbend, MB", "2022-05", "present", "affecting", None, [
          "Run the line on dinner service (5 cooks, 140-180 covers) and expo when the chef is off",
          "Weekly ordering with three suppliers; brought food cost from 34% down to 29.5% over 2023",
          "Write the prep lists and train new cooks on our stations and allergen procedures",
          "HACCP logs, walk-in rotation and health inspection prep - no infractions 2022-2025"]),
    E("Line Cook", "The Copper Kettle", "Riverbend, MB", "2019-08", "2022-04", "affecting", None, [
          "Grill and sauté stations, weekend brunch; made the stocks, sauces and dressings from scratch"]),
    E("Banquet Cook", "Prairie Lakes Conference Centre", "Lac Sainte-Irène, MB", "2018-06", "2019-07", "facing",
      "in_person_service", [
          "Prep and cook for weddings and conferences up to 400 plates",
          "Ran the carving and omelette stations in the dining room at Sunday brunch, answering guests' questions "
          "about what's in each dish"]),
    E("Dishwasher", "Gus's Family Restaurant", "Riverbend, MB", "2016-09", "2018-05", "affecting", None, []),
]


def r013(r, path):
    e = r["entries"]
    d = new_doc("Garamond", 11.5, (2.2, 2.2, 2.0, 2.0))
    para(d, "JORDAN KWAN-MERCIER", bold=True, size=20, align="center", space_after=0)
    para(d, "Riverbend, MB  ·  204-555-0163  ·  jkwanmercier@mailbox.ca", size=10, align="center",
         space_after=10)
    para(d, "SUMMARY", bold=True, size=11.5, space_after=2, color="7F6000")
    para(d, "Red Seal cook with ten years in Manitoba kitchens, from the dish pit to sous chef. I run a clean, "
            "calm line and I care about food cost as much as plating. Looking for a chef de cuisine or kitchen "
            "manager position.", space_after=10)
    para(d, "EXPERIENCE", bold=True, size=11.5, space_after=2, color="7F6000")
    for x in e:
        p = d.add_paragraph()
        right_tab(p, 17.0)
        run(p, x.title, bold=True)
        run(p, "\t" + dr(x, "month", " – ", "Present"))
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        p2 = para(d, "", space_after=(2 if x.bullets else 8))
        run(p2, "%s, %s" % (x.org, x.loc), italic=True)
        for b in x.bullets:
            para(d, b, style="List Bullet", space_after=0)
        if x.bullets:
            para(d, "", space_after=0, size=4)
    para(d, "EDUCATION & CERTIFICATIONS", bold=True, size=11.5, space_after=2, color="7F6000")
    for a, b in [("Red Seal Endorsement, Cook", "2023"),
                 ("Culinary Arts Certificate, Riverbend Community College", "2019"),
                 ("Certified Food Handler (Manitoba)", "2016, renewed 2024"),
                 ("WHMIS 2015", "2024")]:
        p = d.add_paragraph()
        right_tab(p, 17.0)
        run(p, a)
        run(p, "\t" + b)
        p.paragraph_format.space_after = Pt(0)
    save_docx(d, path, title="Resume", author="Jordan K-M")


add(file="w013.docx", entries=w013, render=r013,
    family="Canadian sous chef (mostly back of house), Word template with bold title and right tab-stop dates, "
           "italic 'Restaurant, Town' line, one banquet job with guest-facing stations, dishwasher without bullets",
    layout="docx, tabs/title_org, month / 'Present'")


# =====================================================================================================
# w014 — Indian desktop support engineer, two-page fpdf2 CV with page footer
# =====================================================================================================
w014 = [
    E("Senior Desktop Support Engineer (L2)", "Tessaract Infotech Services Pvt. Ltd.", "Sengalpuram, Tamil Nadu",
      "2022-06", "present", "facing", "internal_support", [
          "Attending desk-side and remote support calls for 600+ users of a European banking client at the "
          "Sengalpuram delivery centre.",
          "Handling escalations from L1 service desk; VIP support for client leadership floor.",
          "Windows 11 migration of 450 machines using SCCM task sequences; BitLocker and Intune enrolment.",
          "Asset management, IMAC activities and monthly patch compliance reports."]),
    E("Technical Support Associate (Voice)", "Quadrant BPO Solutions Pvt. Ltd.", "Sengalpuram, Tamil Nadu", "2019-08",
      "2022-05", "facing", "contact_center", [
          "Handled inbound calls from US broadband customers for modem, router and Wi-Fi troubleshooting.",
          "Maintained AHT below 9 minutes and CSAT above 88% for 8 consecutive quarters.",
          "Logged cases in CRM and scheduled technician visits when issue not resolved remotely."]),
    E("Hardware & Networking Trainee", "Sri Murugan Computers", "Sengalpuram, Tamil Nadu", "2018-12", "2019-07",
      "affecting", None, [
          "Assembled desktops, replaced laptop screens, keyboards and hinges in the service centre workshop.",
          "Installed OS and drivers; crimped and tested LAN cables for small office networks."],
      etype="internship"),
    E("Data Entry Operator (Part-time)", "Sengalpuram Urban Co-operative Bank", "Sengalpuram, Tamil Nadu", "2016", "2017",
      "affecting", None, [
          "Entered account opening forms and gold loan documents into the core banking system for the branch."]),
]


def r014(r, path):
    e = r["entries"]

    def footer(p):
        p.set_y(-34)
        p.set_draw_color(150, 150, 150)
        p.line(40, p.get_y() - 2, 555, p.get_y() - 2)
        p.set_font("Sans", "I", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(257, 10, "Karthik Subramanian - Resume", align="L", **RIGHT)
        p.cell(258, 10, "Page %d of {nb}" % p.page_no(), align="R")

    pdf = FP(footer=footer, format="A4", unit="pt")
    pdf.set_margins(40, 40, 40)
    pdf.set_auto_page_break(True, 50)
    pdf.set_title("Karthik_Resume_L2_Desktop_Support")
    pdf.set_author("Karthik")
    pdf.set_creator("Microsoft® Word 2016")
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 20, "KARTHIK SUBRAMANIAN", **NL)
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 13, "Mobile: +91 98405 5xxxx | E-mail: karthik.subramanian@mailbox.in", **NL)
    pdf.cell(0, 13, "Address: No. 14/3, Second Cross Street, Anna Nagar East, Sengalpuram - 631 999, Tamil Nadu", **NL)
    pdf.ln(4)

    def band(t):
        pdf.ln(6)
        pdf.set_fill_color(217, 226, 243)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(0, 16, "  " + t, fill=True, **NL)
        pdf.ln(4)
        pdf.set_font("Serif", "", 10)

    def bl(t, ch="Ø"):
        pdf.set_x(52)
        pdf.multi_cell(0, 13.5, ch + " " + t, **NL)

    band("CAREER OBJECTIVE")
    pdf.multi_cell(0, 13.5, "To work in a challenging environment as an L2/L3 desktop support engineer where I can "
                   "utilise my technical skills and experience for the growth of the organisation and myself.", **NL)
    band("PROFESSIONAL SUMMARY")
    for t in ["7+ years of experience in IT support, including 3 years in international voice process.",
              "Hands-on experience in Windows 10/11, Office 365, SCCM, Intune, Active Directory and ServiceNow.",
              "Good communication skills and ability to handle end users at all levels including VIPs."]:
        bl(t)
    band("WORK EXPERIENCE")
    for x in e:
        pdf.set_font("Serif", "B", 10)
        for lab, val in [("Organisation", x.org), ("Designation", x.title),
                         ("Duration", dr(x, "mon-yy", " to ", "till date"))]:
            pdf.set_font("Serif", "B", 10)
            pdf.cell(90, 14, lab, **RIGHT)
            pdf.cell(12, 14, ":", **RIGHT)
            pdf.set_font("Serif", "", 10)
            pdf.cell(0, 14, val, **NL)
        pdf.set_font("Serif", "BU", 10)
        pdf.cell(0, 15, "Roles & Responsibilities:", **NL)
        pdf.set_font("Serif", "", 10)
        for b in x.bullets:
            bl(b, "•")
        pdf.ln(6)
    band("TECHNICAL SKILLS")
    for a, b in [("Operating Systems", "Windows 7/10/11, Windows Server 2016 (basic), macOS (basic)"),
                 ("Tools", "SCCM, Intune, Active Directory, ServiceNow, BMC Remedy, TeamViewer"),
                 ("Hardware", "Desktop/laptop assembly and troubleshooting, printers, LAN cabling"),
                 ("Networking", "TCP/IP, DHCP, DNS, VPN client troubleshooting")]:
        pdf.set_font("Serif", "B", 10)
        pdf.cell(130, 15, a, border=1, **RIGHT)
        pdf.set_font("Serif", "", 10)
        pdf.cell(0, 15, b, border=1, **NL)
    band("EDUCATIONAL QUALIFICATION")
    pdf.set_font("Serif", "B", 9.5)
    for row in [("Qualification", "Institution", "Year", "%"),
                ("B.Sc. Computer Science", "Sri Vidya Arts & Science College, Sengalpuram", "2018", "71%"),
                ("HSC", "Govt. Higher Secondary School, Sengalpuram", "2015", "82%"),
                ("SSLC", "Govt. Higher Secondary School, Sengalpuram", "2013", "88%")]:
        for w, v in zip((120, 260, 60, 75), row):
            pdf.cell(w, 15, v, border=1, align="C", **RIGHT)
        pdf.ln(15)
        pdf.set_font("Serif", "", 9.5)
    band("CERTIFICATIONS")
    for t in ["CompTIA A+ (2020)", "Microsoft 365 Certified: Modern Desktop Administrator Associate (2023)"]:
        bl(t)
    band("PERSONAL DETAILS")
    for a, b in [("Father's Name", "Mr. R. Subramanian"), ("Date of Birth", "11-04-1997"),
                 ("Marital Status", "Married"), ("Languages Known", "Tamil, English, Hindi (speak)"),
                 ("Notice Period", "60 days")]:
        pdf.cell(120, 14, a, **RIGHT)
        pdf.cell(12, 14, ":", **RIGHT)
        pdf.cell(0, 14, b, **NL)
    band("DECLARATION")
    pdf.multi_cell(0, 13.5, "I hereby declare that the above-mentioned information is true to the best of my "
                   "knowledge and belief.", **NL)
    pdf.ln(10)
    pdf.cell(0, 14, "Place: Sengalpuram", **NL)
    pdf.cell(260, 14, "Date:", **RIGHT)
    pdf.cell(0, 14, "(KARTHIK SUBRAMANIAN)", align="R", **NL)
    pdf.output(path)


add(file="w014.pdf", entries=w014, render=r014,
    family="Indian L2 desktop support engineer, two-page Word-to-PDF CV with shaded section bands, "
           "'Organisation / Designation / Duration' lines, 'Jun-22 to till date', declaration and page footer",
    layout="fpdf2, indian-bands/org_title, mon-yy / 'till date' / year-only")


# =====================================================================================================
# w015 — New Zealand early childhood head teacher, contact in the Word page header, parental leave listed
# =====================================================================================================
w015 = [
    E("Head Teacher", "Little Kererū Early Learning", "Kōwhai Flat", "2021-10", "present", "facing", "education", [
          "Lead a teaching team of six for 30 tamariki aged 2-5",
          "Plan with whānau at our termly hui and in everyday conversations at pick-up",
          "Write and moderate learning stories; led our centre through its 2024 ERO review",
          "Mentor two provisionally certificated teachers"]),
    E("Parental leave", None, None, "2020-03", "2021-09", "none", None, [], etype="unknown"),
    E("Registered ECE Teacher", "Puketea Kindergarten", "Kōwhai Flat", "2015-02", "2020-02", "facing",
      "education", [
          "Kaiako in a 40-place sessional kindergarten, mostly with four-year-olds",
          "Transition-to-school programme with two local primary schools",
          "Te reo Māori and waiata champion for the teaching team"]),
    E("Nanny (part-time)", "Private family", "Kōwhai Flat", "2013-01", "2014-12", "facing", "education", [
          "After-school and holiday care for three children of a local family while I studied; school runs, "
          "homework, cooking tea"]),
    E("Checkout Operator", "Village Fresh Market", "Kōwhai Flat", "2010-11", "2012-12", "facing",
      "in_person_service", []),
]


def r015(r, path):
    e = r["entries"]
    d = new_doc("Calibri Light", 11, (2.0, 2.0, 2.2, 2.2))
    h = d.sections[0].header
    p = h.paragraphs[0]
    run(p, "Mereana Tāwhiri-Kingi", bold=True, size=16, color="2E5E4E")
    p2 = h.add_paragraph()
    run(p2, "14 Mātai Lane, Kōwhai Flat 7999  |  021 555 0824  |  mereana.tk@mailbox.co.nz", size=9,
        color="555555")
    f = d.sections[0].footer
    run(f.paragraphs[0], "Mereana Tāwhiri-Kingi – CV", size=8, color="888888")
    d.add_heading("Kia ora", level=2)
    para(d, "I'm a registered early childhood teacher (full practising certificate) with over ten years in "
            "kindergartens and education and care centres in Kōwhai Flat. I came back from parental leave in 2021 "
            "to lead a small centre and I'd love to keep growing as a leader in a bicultural, whānau-centred "
            "service.")
    d.add_heading("Work history", level=2)
    for x in e:
        p = d.add_paragraph()
        right_tab(p, 17.0)
        run(p, x.title, bold=True)
        run(p, "\t" + dr(x, "month", " – ", "Present"), color="2E5E4E")
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        if x.org or x.loc:
            para(d, "%s, %s" % (x.org, x.loc), italic=True, space_after=2)
        if x.title == "Parental leave":
            para(d, "Home with my son (born April 2020). Kept my registration current through online PLD.",
                 space_after=6)
            continue
        for b in x.bullets:
            para(d, b, style="List Bullet", space_after=0)
        para(d, "", space_after=0, size=4)
    d.add_heading("Qualifications", level=2)
    for s in ["Bachelor of Teaching (Early Childhood Education), Te Pūkenga Waitaha, 2014",
              "Full Practising Certificate, Teaching Council of Aotearoa New Zealand",
              "Paediatric First Aid (current)", "Incredible Years Teacher programme, 2023"]:
        para(d, s, style="List Bullet", space_after=0)
    d.add_heading("Referees", level=2)
    para(d, "Happy to provide on request – one from each centre.")
    save_docx(d, path, title="Mereana CV 2026", author="Mereana Tāwhiri-Kingi")


add(file="w015.docx", entries=w015, render=r015,
    family="New Zealand early childhood head teacher, name and contact in the Word page header, heading styles "
           "and tab-stop dates, dated parental leave in the work history, nanny for a private family",
    layout="docx, header/title_org, month / 'Present'")


# =====================================================================================================
# w016 — US senior customer success manager, Markdown from a JSON-résumé style export
# =====================================================================================================
w016 = [
    E("Senior Customer Success Manager", "Brightbeam Analytics", "Remote (US)", "2023-02", "present", "facing",
      "sales_account", [
          "Own 40 enterprise accounts ($3.1M ARR) in healthcare and higher ed; 97% logo retention FY25",
          "Lead EBRs with customer execs and renewal negotiations alongside the AE",
          "Point person for sev-1 escalations on my accounts - daily customer calls until resolved"]),
    E("Technical Writer", "Brightbeam Analytics", "Remote (US)", "2021-01", "2023-01", "affecting", None, [
          "Owned the admin guide, API reference and release notes for four product areas",
          "Worked from PM specs and support-ticket trends to decide what to document next",
          "Cut 'how do I' tickets on SSO setup by about a third after the rewrite"]),
    E("Support Engineer II", "Kestrel Payments", "Larkspur Falls, CO", "2018-06", "2020-12", "facing",
      "digital_service", [
          "Troubleshot API and webhook integration problems with merchants' developers over tickets, Slack "
          "Connect and screen-shares",
          "Weekend on-call rotation for payment outages"]),
    E("AmeriCorps Member - Literacy Tutor", "ReadUp Colorado", "Larkspur Falls, CO", "2017-08", "2018-06",
      "facing", "volunteering", [
          "Daily small-group reading sessions with 2nd and 3rd graders at a Title I elementary school"],
      section="volunteer", etype="volunteer"),
]


def r016(r, path):
    e = r["entries"]
    m = ["Dana Whitfield-Ortiz", "====================", "",
         "Senior Customer Success Manager  ", "Cedar Hollow, CO · dana.w.ortiz@mailbox.com · (720) 555-0149", "",
         "Summary", "-------", "",
         "I've worked on almost every side of the customer relationship at two B2B SaaS companies: fixing their "
         "integrations, writing the docs they read, and now owning renewals for a book of enterprise accounts. "
         "Want to keep doing that somewhere with a real product.", "",
         "Work", "----", ""]
    for x in e[:3]:
        m.append("### %s — %s" % (x.title, x.org))
        m.append("*%s* | %s" % (x.loc, dr(x, "mm/yyyy", " – ", "present")))
        m.append("")
        m += ["* " + b for b in x.bullets]
        m.append("")
    m += ["Volunteer & service", "-------------------", ""]
    x = e[3]
    m.append("### %s — %s" % (x.title, x.org))
    m.append("*%s* | %s" % (x.loc, dr(x, "mm/yyyy", " – ", "present")))
    m.append("")
    m += ["* " + b for b in x.bullets]
    m += ["", "Education", "---------", "",
          "**B.A., English** — University of the Front Range, 2017", "",
          "Skills", "------", "",
          "Gainsight · Salesforce · Zendesk · Postman · REST/JSON · Markdown/Docs-as-code · renewals & "
          "forecasting · Spanish (professional working)", ""]
    open(path, "w", encoding="utf-8").write("\n".join(m))


add(file="w016.md", entries=w016, render=r016,
    family="US senior customer success manager in Markdown (setext headings, h3 'Title — Employer', italic "
           "place | mm/yyyy dates), technical writer between two facing jobs, AmeriCorps tutor",
    layout="md, h3/title_org, mm/yyyy / 'present'")


# =====================================================================================================
# w017 — Nigerian customer service officer, reportlab single column with two-column header
# =====================================================================================================
w017 = [
    E("Customer Service Officer", "Crestline Bank Plc", "Ibafo-Odan Branch", "2022-01", "present", "facing",
      "in_person_service", [
          "Open individual and SME accounts, BVN enrolment and KYC checks",
          "Resolve complaints on failed transfers, ATM dispensing errors and card issues",
          "Activate hardware and mobile tokens; cross-sell savings and loan products",
          "Branch best CSO for customer satisfaction, Q3 2024"], dates="Jan 2022 – Date"),
    E("Cash Officer", "Crestline Bank Plc", "Ibafo-Odan Branch", "2019-03", "2021-12", "facing",
      "in_person_service", [
          "Cash deposits, withdrawals and cheque lodgements; balanced till daily",
          "Contract staff through Primestaff Outsourcing Ltd"], dates="Mar 2019 – Dec 2021"),
    E("Corps Member (Mathematics Teacher)", "Community Secondary School", "Tudun-Gwarzo, Kaduna State", "2017", "2018",
      "facing", "education", [
          "Taught SS1 and SS2 mathematics; organised extra lessons for WASSCE candidates"],
      dates="2017 – 2018"),
    E("Industrial Trainee (SIWES)", "Harmattan Microfinance Bank Ltd", "Ibafo-Odan", "2015-06", "2015-11", "none",
      None, ["Posted journals and reconciled GL accounts; prepared bank reconciliation statements"],
      etype="internship", dates="Jun 2015 – Nov 2015"),
]


def r017(r, path):
    e = r["entries"]
    green = HexColor("#0B5D3B")

    def draw(d):
        top = d.y
        d.line("CHIAMAKA O. NWOSU", "Times-Bold", 20, green, lead=24)
        d.line("B.Sc. Accounting | Customer Service & Retail Banking", "Times-Italic", 11, black, lead=14)
        y_after = d.y
        d.y = top
        for s in ["14 Adeyemi Close, Ibafo-Odan", "Ogun State, Nigeria", "0803 555 0194",
                  "chiamaka.nwosu@mailbox.ng"]:
            d.line(s, "Times-Roman", 10, black, lead=12.5, align="right")
        d.y = min(d.y, y_after) - 4
        d.hr(green, 1.5)
        for head in ["PROFILE"]:
            d.line(head, "Times-Bold", 12, green, lead=17)
        d.para("Customer-focused banker with seven years in branch operations, four of them at the customer "
               "service desk. Strong on KYC, complaint resolution and product knowledge. Seeking a relationship "
               "or customer experience role.", "Times-Roman", 11, black, lead=14)
        d.gap(6)
        d.line("WORK EXPERIENCE", "Times-Bold", 12, green, lead=17)
        for x in e:
            d.runs([(x.title.upper(), "Times-Bold"), ("  |  %s" % x.org, "Times-Roman")], size=11, lead=13)
            d.line(x.loc, "Times-Italic", 10.5, black, lead=14, right=x.dates, rfont="Times-Bold", rsize=10.5)
            for b in x.bullets:
                d.para(b, "Times-Roman", 11, black, lead=13.5, indent=8, bullet="•", bindent=12)
            d.gap(7)
        d.line("EDUCATION", "Times-Bold", 12, green, lead=17)
        d.line("B.Sc. Accounting (Second Class Upper)", "Times-Bold", 11, black, lead=13, right="2012 – 2016")
        d.line("Coastal State University, Ago-Ilemo", "Times-Italic", 10.5, black, lead=15)
        d.line("WASSCE", "Times-Bold", 11, black, lead=13, right="2011")
        d.line("Federal Government Girls' College, Ibafo-Odan", "Times-Italic", 10.5, black, lead=17)
        d.line("SKILLS & CERTIFICATIONS", "Times-Bold", 12, green, lead=17)
        for s in ["Finacle core banking, Microsoft Excel, Word", "Chartered Institute of Bankers (ACIB) - "
                  "Associate, 2023", "Customer Service Professional Certificate, 2021",
                  "Languages: English, Igbo, Yoruba"]:
            d.para(s, "Times-Roman", 11, black, lead=13.5, indent=8, bullet="•", bindent=12)
        d.gap(6)
        d.line("REFEREES", "Times-Bold", 12, green, lead=17)
        d.para("Available on request.", "Times-Roman", 11, black, lead=14)

    rl_build(path, draw, size=A4, margins=(56, 56, 50, 50),
             meta=dict(title="CHIAMAKA NWOSU CV", author="HP", creator="Microsoft® Word 2019"))


add(file="w017.pdf", entries=w017, render=r017,
    family="Nigerian bank customer service officer, Word-to-PDF single column with two-column header, caps "
           "'TITLE | Employer' line and branch with right-aligned dates ('– Date'), NYSC year, SIWES",
    layout="reportlab, twocol-header/title_org, mon / 'Date' / year-only")


# =====================================================================================================
# w018 — US apartment maintenance technician, résumé typed into an e-mail
# =====================================================================================================
w018 = [
    E("Maintenance Technician", "Elm Court Townhomes", "Pine Hollow MI", "2021-06", "present", "facing",
      "other_facing", [
          "work orders in occupied units - plumbing, appliances, furnace filters, drywall, locks. I talk to the "
          "residents, explain whats going on and leave it clean",
          "make readys on vacant units, snow removal, pool in summer",
          "on call every 3rd week"], dates="6/2021 to now"),
    E("Industrial Maintenance Mechanic", "Vortex Stamping Inc.", "Marlow Junction MI", "2012-03", "2021-05", "none",
      None, [
          "PM and breakdown repair on 200-600 ton presses, hydraulics, pneumatics, conveyors",
          "MIG/stick welding, fabricating guards, basic PLC troubleshooting (Allen Bradley)",
          "laid off when the company closed the Marlow Junction plant in 2021"], dates="3/2012 - 5/2021"),
    E("Machine Operator", "Vortex Stamping Inc.", None, "2009-08", "2012-02", "none", None, [],
      dates="8/2009 - 2/2012"),
    E("Snow plowing", "self-employed", None, None, None, "facing", "entrepreneurial_freelance", [
          "winters, own truck, about 20 regular driveways + 2 church lots. I lined up the customers and did the "
          "billing myself"], etype="freelance"),
]


def r018(r, path):
    e = r["entries"]
    t = ["Good morning,", "",
         "I saw your posting for a Maintenance Technician at Briar Glen Apartments. I don't have Word at home so "
         "I typed my resume out below, hope that's ok. I can start with two weeks notice.", "",
         "Raymond (Ray) Kowalczyk", "Pine Hollow, MI", "", "EXPERIENCE", ""]
    for x in e[:3]:
        where = ", ".join(s for s in (x.org, x.loc) if s)
        t.append("%s, %s, %s" % (x.title, where, x.dates))
        for b in x.bullets:
            t.append("  * " + b)
        t.append("")
    t.append("Also - %s, %s (%s)" % (e[3].title, e[3].org, e[3].bullets[0]))
    t += ["", "EDUCATION / CERTS",
          "Pine Hollow High School 2009",
          "EPA 608 Universal",
          "CPO (pool operator) 2022",
          "Own tools and a reliable truck", "",
          "References:",
          "Deb Marchetti - Property Manager, Elm Court Townhomes (269) 555-0102",
          "Stan Hoekstra - former Maint. Supervisor, Vortex Stamping (269) 555-0175", "",
          "Thank you for your time,", "Ray Kowalczyk", "(269) 555-0143", "raykowalczyk@mailbox.net", ""]
    open(path, "w", encoding="utf-8").write("\n".join(t))


add(file="w018.txt", entries=w018, render=r018,
    family="US apartment maintenance technician, résumé typed into an e-mail body: 'Title, Employer, Town, "
           "m/yyyy - m/yyyy' lines, 'to now', undated self-employed snow plowing in an 'Also -' line",
    layout="txt, email/inline, m/yyyy / 'now'")


# =====================================================================================================
# w019 — Canadian payroll administrator, Word 'modern' template with a two-column table per section
# =====================================================================================================
w019 = [
    E("Payroll & Benefits Administrator", "Northshore Cedar Products Ltd.", "Maple Crossing, BC", "2022-01",
      "present", "facing", "internal_support", [
          "Run bi-weekly payroll for 430 unionized and salaried employees across the mill and head office",
          "Benefits enrolment and changes, ROEs, WCB claims paperwork and year-end T4s",
          "Answer employees' pay and benefit questions by phone, email and at the payroll window at shift change",
          "Audit collective agreement premiums (shift, overtime, vacation) each period"]),
    E("Payroll Clerk", "Fraserbend School District", "Fraserbend, BC", "2018-09", "2021-12", "none", None, [
          "Entered timesheets for teachers on call and support staff",
          "Set up deductions and garnishments; balanced payroll registers to the GL",
          "Prepared remittance reports for pension plans"]),
    E("Accounts Receivable Clerk", "Coastline Building Supply", "Maple Crossing, BC", "2016-06", "2018-08",
      "affecting", None, [
          "Invoiced contractor accounts daily and applied cheque and EFT payments",
          "Issued credit memos for returns; month-end aging and statement run"]),
    E("Contractor Desk Cashier", "Coastline Building Supply", "Maple Crossing, BC", "2014-03", "2016-05",
      "facing", "in_person_service", [
          "Rang up contractor and walk-in orders, opened charge accounts, took phone orders for yard pick-up"]),
]


def r019(r, path):
    e = r["entries"]
    d = new_doc("Segoe UI", 10, (1.8, 1.8, 1.8, 1.8))
    nt = d.add_table(rows=1, cols=2)
    borders(nt)
    c = nt.rows[0].cells
    run(first_cell_para(c[0]), "Harpreet Kaur Sandhu", bold=True, size=22, color="203864")
    run(c[0].add_paragraph(), "Payroll & Benefits | CPM", size=11, color="595959")
    for s in ["Maple Crossing, BC", "604-555-0177", "harpreet.sandhu@mailbox.ca"]:
        p = c[1].add_paragraph() if c[1].paragraphs[0].text else first_cell_para(c[1])
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(p, s, size=9.5)
    widths(nt, [11.0, 6.4])
    para(d, "", space_after=6)

    def sec(title):
        t = d.add_table(rows=1, cols=2)
        borders(t)
        c = t.rows[0].cells
        run(first_cell_para(c[0]), title.upper(), bold=True, size=10.5, color="203864")
        cell_border(c[0], top=("single", 12, "203864"))
        cell_border(c[1], top=("single", 12, "203864"))
        return t

    t = sec("Profile")
    run(first_cell_para(t.rows[0].cells[1]),
        "Certified Payroll Manager with eight years of Canadian payroll in a unionized mill and a school district. "
        "Accurate, deadline-driven and the person employees actually come to with their pay stubs.")
    widths(t, [4.2, 13.2])
    para(d, "", space_after=4)
    t = sec("Experience")
    first = True
    for x in e:
        c = t.rows[0].cells if first else t.add_row().cells
        if not first:
            pass
        dp = first_cell_para(c[0]) if not first else c[0].add_paragraph()
        run(dp, dr(x, "mon", " – ", "Present"), size=9, color="595959")
        tp = first_cell_para(c[1]) if c[1].paragraphs[0].text == "" else c[1].add_paragraph()
        run(tp, x.title, bold=True)
        run(c[1].add_paragraph(), "%s · %s" % (x.org, x.loc), italic=True, size=9.5)
        for b in x.bullets:
            para(c[1], b, style="List Bullet", space_after=0)
        first = False
    widths(t, [4.2, 13.2])
    para(d, "", space_after=4)
    t = sec("Education")
    cc = t.rows[0].cells[1]
    run(first_cell_para(cc), "Certified Payroll Manager (CPM), National Payroll Institute – 2022", bold=True)
    run(cc.add_paragraph(), "Payroll Compliance Practitioner (PCP) – 2017")
    run(cc.add_paragraph(), "Accounting Assistant Certificate, Fraserbend Community College – 2015")
    widths(t, [4.2, 13.2])
    para(d, "", space_after=4)
    t = sec("Skills")
    cc = t.rows[0].cells[1]
    run(first_cell_para(cc), "Ceridian-style and SAP payroll systems · Excel (pivot tables, XLOOKUP) · "
        "union collective agreements · benefits administration · Punjabi and Hindi (fluent)")
    widths(t, [4.2, 13.2])
    save_docx(d, path, title="Harpreet Sandhu Resume", author="Harpreet Sandhu")


add(file="w019.docx", entries=w019, render=r019,
    family="Canadian payroll and benefits administrator, Word 'modern' template built from borderless "
           "two-column tables (dates left, role right), name/contact table on top; payroll facing only where "
           "employees' queries are a duty",
    layout="docx, table-sections/dates_left, mon / 'Present'")


# =====================================================================================================
# w020 — UK retail area manager, LinkedIn 'Save to PDF' (long date style), fpdf2
# =====================================================================================================
w020 = [
    E("Area Manager, North West", "Hartley & Finch", "Greater Hollinsford Area", "2023-04", "present", "affecting",
      None, [
          "Responsible for 7 stores (£38m turnover, 420 colleagues). P&L, recruitment and development of store "
          "managers, store standards visits, two refits delivered on time and under budget.",
          "Chair the regional colleague forum."]),
    E("Store Manager", "Hartley & Finch", "Hollinsford, England, United Kingdom", "2019-05", "2023-03", "facing",
      "in_person_service", [
          "Ran our Hollinsford store (£6.2m, 58 colleagues). Took NPS from 61 to 78, mostly by fixing click & "
          "collect queues and being on the shop floor at peak. I took the complaints nobody else could."]),
    E("Deputy Store Manager", "Hartley & Finch", "Hollinsford, England, United Kingdom", "2016-09", "2019-04",
      "facing", "in_person_service", [
          "Rotas, stock loss and deliveries; duty manager on the floor three days a week handling refunds, "
          "escalations and the odd shoplifter."]),
    E("Team Supervisor", "Kestrel Sports", "Calderholme, England, United Kingdom", "2013-01", "2016-08", "facing",
      "in_person_service", [
          "Supervised the tills and footwear department; trained new starters on gait analysis and fitting."]),
    E("Bar Staff", "The Fleece Inn", "Calderholme, England, United Kingdom", "2010-09", "2012-12", "facing",
      "in_person_service", []),
]


def r020(r, path):
    e = r["entries"]
    side_w = 175

    def footer(p):
        p.set_y(-30)
        p.set_font("Sans", "", 7.5)
        p.set_text_color(130, 130, 130)
        x0 = side_w if p.page_no() == 1 else 0
        p.set_x(x0)
        p.cell(p.w - x0, 10, "Page %d of {nb}" % p.page_no(), align="C")

    def header(p):
        if p.page_no() == 1:
            p.set_fill_color(233, 235, 238)
            p.rect(0, 0, side_w, p.h, style="F")

    pdf = FP(footer=footer, header=header, format="A4", unit="pt")
    pdf.set_margins(200, 36, 36)
    pdf.set_auto_page_break(True, 48)
    pdf.set_title("Resume")
    pdf.set_author("LinkedIn")
    pdf.set_creator("LinkedIn")
    pdf.add_page()
    # sidebar
    pdf.set_text_color(0, 0, 0)
    y = 44
    for head, items in [("Contact", ["callum.fairweather@mailbox.co.uk", "www.linkedin.com/in/callumfairweather",
                                     "(LinkedIn)"]),
                        ("Top Skills", ["Retail Operations", "Multi-site Management", "Customer Experience"]),
                        ("Languages", ["English (Native or Bilingual)"]),
                        ("Honors-Awards", ["Store of the Year 2021 (Hartley & Finch)"])]:
        pdf.set_xy(22, y)
        pdf.set_font("Sans", "", 12)
        pdf.cell(140, 18, head, **NL)
        y += 20
        pdf.set_font("Sans", "", 8.5)
        for it in items:
            pdf.set_xy(22, y)
            pdf.multi_cell(140, 11.5, it, **NL)
            y = pdf.get_y()
        y += 14
    pdf.set_xy(200, 44)
    pdf.set_font("Sans", "", 24)
    pdf.cell(0, 30, "Callum Fairweather", **NL)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(0, 14, "Area Manager at Hartley & Finch | Multi-site retail | People-first store leadership",
                   **NL)
    pdf.set_text_color(110, 110, 110)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 22, "Hollinsford, England, United Kingdom", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 14)
    pdf.cell(0, 22, "Summary", **NL)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(0, 13, "Sixteen years in retail and hospitality, from pulling pints to running seven stores. "
                   "I still think the best view of a business is from behind the till on a Saturday. Open to area "
                   "and regional roles in the North West.", **NL)
    pdf.ln(10)
    pdf.set_font("Sans", "", 14)
    pdf.cell(0, 22, "Experience", **NL)
    groups = [("Hartley & Finch", e[0:3]), ("Kestrel Sports", e[3:4]), ("The Fleece Inn", e[4:5])]
    for org, es in groups:
        pdf.set_font("Sans", "", 11.5)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(0, 16, org, **NL)
        if len(es) > 1:
            pdf.set_font("Sans", "", 9.5)
            pdf.set_text_color(110, 110, 110)
            pdf.cell(0, 13, dur(es[-1].start, es[0].end, long=True), **NL)
        for x in es:
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(0, 14, x.title, **NL)
            pdf.set_font("Sans", "", 9.5)
            pdf.set_text_color(110, 110, 110)
            pdf.cell(0, 13, "%s (%s)" % (dr(x, "month", " - ", "Present"), dur(x.start, x.end, long=True)), **NL)
            pdf.cell(0, 13, x.loc, **NL)
            pdf.set_text_color(0, 0, 0)
            for b in x.bullets:
                pdf.multi_cell(0, 13, b, **NL)
            pdf.ln(8)
        pdf.ln(2)
    pdf.set_font("Sans", "", 14)
    pdf.cell(0, 22, "Education", **NL)
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 15, "Calderholme Sixth Form College", **NL)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(0, 13, "A Levels, Business Studies, Geography, PE · (2008 - 2010)", **NL)
    pdf.output(path)


add(file="w020.pdf", entries=w020, render=r020,
    family="UK retail area manager, LinkedIn 'Save to PDF' with grey sidebar, company heading with total "
           "duration and three positions, 'Month YYYY - Present (3 years 8 months)', location on its own line",
    layout="fpdf2, linkedin/orgfirst, month (duration) / 'Present'")
