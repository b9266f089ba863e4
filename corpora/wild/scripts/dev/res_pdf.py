"""PDF résumés (reportlab canvas / platypus, fpdf2)."""
from reportlab.lib.pagesizes import letter, A4
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from common import E, resume, fd, li_dur
from pdfkit import RL, sw, register_dejavu, fpdf_fonts

GREY = (0.35, 0.35, 0.35)


# --------------------------------------------------------------------------
@resume("w001.pdf", "pdf_onecol_pipe_header_rules_helvetica")
def w001(path):
    es = [
        E("Data Analyst", "Lakeshore Freight Analytics", "Chicago, IL", "2023-03", "present",
          "none", None, [
              "Build and maintain SQL pipelines that feed weekly shipment-volume reporting "
              "for the operations leadership team",
              "Own 14 Tableau dashboards used by planning and finance; retired 9 legacy "
              "Excel reports",
              "Automated data-quality checks in dbt, cutting reporting errors by 70%",
          ]),
        E("Junior Data Analyst", "Lakeshore Freight Analytics", "Chicago, IL", "2021-06",
          "2023-02", "none", None, [
              "Cleaned and joined carrier invoice data (4M rows/month) in Python and SQL",
              "Produced the monthly fuel-surcharge analysis for the pricing team",
          ]),
        E("Shift Supervisor", "Grindstone Coffee Co.", "Evanston, IL", "2019-08", "2021-05",
          "facing", "in_person_service", [
              "Opened the store and ran shifts of five baristas in a cafe serving 400+ "
              "customers a day",
              "Resolved customer complaints at the counter and handled refunds",
              "Counted tills and prepared the daily deposit",
          ]),
        E("Barista", "Grindstone Coffee Co.", "Evanston, IL", "2017-09", "2019-07", "facing",
          "in_person_service", [
              "Prepared espresso drinks, took orders and greeted regulars by name",
              "Handled cash and card payments during the morning rush",
          ]),
    ]
    d = RL(path, left=50, right=50, top=50, title="Maya Okafor - Resume")
    d.line("MAYA OKAFOR", "Helvetica-Bold", 20, align="center", lead=24)
    d.line("Chicago, IL  |  (312) 555-0101  |  maya.okafor@example.com  |  "
           "github.com/mokafor-example", "Helvetica", 9.5, align="center", lead=20)

    def heading(t):
        d.space(4)
        d.line(t, "Helvetica-Bold", 11.5, lead=5)
        d.rule(width=0.8)
        d.space(13)
    heading("SUMMARY")
    d.para("Data analyst with five years of SQL and Python experience in freight and "
           "logistics. Started my career behind an espresso bar, which taught me to stay "
           "calm under pressure and to explain numbers to people who are busy.",
           size=10, lead=13)
    heading("EXPERIENCE")
    for e in es:
        d.need(40)
        d.runs([(e.title, "Helvetica-Bold", 10.5),
                (f"  |  {e.org}  |  {e.loc}  |  {e.rng('mon')}", "Helvetica", 10.5)],
               lead=14)
        for b in e.bullets:
            d.para(b, size=10, x=d.l + 12, bullet="•", lead=12.8)
        d.space(5)
    heading("EDUCATION")
    d.runs([("B.S. Statistics", "Helvetica-Bold", 10.5),
            ("  |  Lakefront University  |  Chicago, IL  |  Sep 2017 – May 2021",
             "Helvetica", 10.5)])
    d.para("Completed part-time while working at Grindstone Coffee Co.; minor in Economics.",
           size=10, x=d.l + 12, lead=13)
    heading("SKILLS")
    d.para("SQL (Postgres, Snowflake), Python (pandas), dbt, Tableau, Excel, Git", size=10)
    heading("CERTIFICATIONS")
    d.para("Google Data Analytics Professional Certificate (2021)", size=10)
    d.save()
    return es


# --------------------------------------------------------------------------
@resume("w005.pdf", "pdf_twocol_left_sidebar_title_then_org_dot_line")
def w005(path):
    es = [
        E("Registered Nurse", "Bayou Memorial Hospital", "Houston, TX", "2020", "present",
          "facing", "healthcare_care", [
              "Provide direct care to 5-6 patients per shift on a 32-bed medical-surgical "
              "unit",
              "Educate patients and families on medications and discharge plans",
              "Precept new-graduate nurses during their 12-week orientation",
          ]),
        E("Patient Care Technician", "Gulf Coast Medical Center", "Pasadena, TX", "2017",
          "2020", "facing", "healthcare_care", [
              "Took vital signs, drew blood and helped patients with bathing, feeding and "
              "mobility",
              "Reported changes in patient condition to the charge nurse",
          ]),
        E("Health Screening Volunteer", "Houston Free Clinic Network", "Houston, TX",
          "2016", "2016", "facing", "volunteering", [
              "Checked blood pressure and glucose for walk-in clients at weekend health "
              "fairs",
          ], section="volunteer", etype="volunteer"),
    ]
    SBW = 190
    teal = (0.11, 0.36, 0.42)

    def sidebar(doc):
        c = doc.c
        c.setFillColorRGB(*teal)
        c.rect(0, 0, SBW, doc.H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    d = RL(path, left=SBW + 28, right=40, top=60, on_page=sidebar, title="Grace Adeyemi RN")
    # sidebar content
    y = d.H - 60
    white = (1, 1, 1)
    light = (0.85, 0.93, 0.95)
    x = 22
    for txt, font, size, col, gap in [
        ("GRACE", "Helvetica-Bold", 22, white, 24), ("ADEYEMI, RN", "Helvetica-Bold", 16,
                                                    white, 34),
        ("CONTACT", "Helvetica-Bold", 10, light, 15),
        ("Houston, TX 77004", "Helvetica", 9, white, 12),
        ("(713) 555-0104", "Helvetica", 9, white, 12),
        ("grace.adeyemi@example.com", "Helvetica", 9, white, 30),
        ("LICENSURE", "Helvetica-Bold", 10, light, 15),
        ("Registered Nurse, Texas (2020)", "Helvetica", 9, white, 30),
        ("CERTIFICATIONS", "Helvetica-Bold", 10, light, 15),
        ("BLS, American Heart Assn. – 2024", "Helvetica", 9, white, 12),
        ("ACLS – 2023", "Helvetica", 9, white, 12),
        ("PCCN – 2025", "Helvetica", 9, white, 30),
        ("SKILLS", "Helvetica-Bold", 10, light, 15),
        ("Telemetry monitoring", "Helvetica", 9, white, 12),
        ("Wound care", "Helvetica", 9, white, 12),
        ("Epic EHR", "Helvetica", 9, white, 12),
        ("Patient education", "Helvetica", 9, white, 12),
        ("IV therapy", "Helvetica", 9, white, 30),
        ("LANGUAGES", "Helvetica-Bold", 10, light, 15),
        ("English, Yoruba", "Helvetica", 9, white, 12),
    ]:
        d.at(txt, x, font, size, color=col, y=y)
        y -= gap

    def heading(t):
        d.space(6)
        d.line(t, "Helvetica-Bold", 12, color=teal, lead=6)
        d.rule(color=teal, width=1.2)
        d.space(14)
    heading("Profile")
    d.para("Medical-surgical nurse with six years at the bedside, first as a patient care "
           "technician and then as an RN. Calm under pressure, organised, and committed to "
           "patient education.", size=10, lead=13.5)
    heading("Professional Experience")
    for e in es[:2]:
        d.line(e.title, "Helvetica-Bold", 11, lead=14)
        d.line(f"{e.org} · {e.loc} · {e.rng('yyyy', '–')}", "Helvetica-Oblique", 9.5,
               color=GREY, lead=14)
        for b in e.bullets:
            d.para(b, size=10, x=d.l + 10, bullet="•", lead=13)
        d.space(6)
    heading("Volunteer Experience")
    e = es[2]
    d.line(e.title, "Helvetica-Bold", 11, lead=14)
    d.line(f"{e.org} · {e.loc} · {e.rng('yyyy')}", "Helvetica-Oblique", 9.5, color=GREY,
           lead=14)
    d.para(e.bullets[0], size=10, x=d.l + 10, bullet="•", lead=13)
    heading("Education")
    d.line("Bachelor of Science in Nursing", "Helvetica-Bold", 11, lead=14)
    d.line("Gulf Bayside University · Houston, TX · 2016–2020", "Helvetica-Oblique",
           9.5, color=GREY, lead=14)
    d.para("Clinical rotations: ICU – Harris Ridge Hospital (Spring 2019); Pediatrics – "
           "Lone Star Children's (Fall 2019)", size=10, x=d.l + 10, bullet="•", lead=13)
    d.save()
    return es


# --------------------------------------------------------------------------
@resume("w007.pdf", "pdf_linkedin_profile_export")
def w007(path):
    es = [
        E("Senior Account Manager", "Summit Peak Software", "Denver, Colorado, United States",
          "2024-01", "present", "facing", "sales_account", [
              "Manage a book of 45 mid-market accounts ($7.2M ARR). Run quarterly business "
              "reviews with customer executives, negotiate renewals and expansions, and "
              "coordinate support escalations with our success team.",
          ]),
        E("Account Manager", "Summit Peak Software", "Denver, Colorado, United States",
          "2022-04", "2023-12", "facing", "sales_account", [
              "Owned renewals for 120 SMB customers. 104% net revenue retention in 2023.",
          ]),
        E("Inside Sales Representative", "Redline Office Supply",
          "Aurora, Colorado, United States", "2019-06", "2022-03", "facing", "sales_account",
          [
              "Outbound and inbound sales to small businesses by phone and email.",
              "Top rep in Q3 2021.",
          ]),
        E("Math Tutor", "Front Range Tutoring", "Boulder, Colorado, United States",
          "2016-09", "2019-05", "facing", "education", [
              "Tutored high-school students in algebra, pre-calculus and SAT math, one on "
              "one and in small groups.",
          ]),
    ]
    register_dejavu()
    SBW = 175
    pages = {"n": 0}

    def deco(doc):
        c = doc.c
        c.setFillColorRGB(0.93, 0.94, 0.95)
        c.rect(0, 0, SBW, doc.H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        doc.at(f"Page {doc.page} of 2", doc.W / 2, "Helvetica", 8, align="center",
               color=(0.5, 0.5, 0.5), y=25)
    d = RL(path, left=SBW + 30, right=40, top=50, bottom=50, on_page=deco,
           title="Rachel Kim - LinkedIn")
    y = d.H - 55
    for txt, font, size, gap in [
        ("Contact", "Helvetica-Bold", 12, 16), ("rachel.kim@example.com", "Helvetica", 9, 16),
        ("www.linkedin.com/in/rachelkim-", "Helvetica", 9, 11),
        ("example (LinkedIn)", "Helvetica", 9, 28),
        ("Top Skills", "Helvetica-Bold", 12, 16), ("Account Management", "Helvetica", 9, 12),
        ("Salesforce.com", "Helvetica", 9, 12), ("SaaS", "Helvetica", 9, 28),
        ("Languages", "Helvetica-Bold", 12, 16),
        ("Korean (Native or Bilingual)", "Helvetica", 9, 12),
        ("English (Native or Bilingual)", "Helvetica", 9, 28),
        ("Certifications", "Helvetica-Bold", 12, 16),
        ("Certified Customer Success", "Helvetica", 9, 11),
        ("Manager (CCSM) Level 1", "Helvetica", 9, 28),
        ("Honors-Awards", "Helvetica-Bold", 12, 16),
        ("President's Club 2023", "Helvetica", 9, 12),
    ]:
        d.at(txt, 20, font, size, y=y)
        y -= gap
    d.line("Rachel Kim", "Helvetica", 24, lead=22)
    d.line("Senior Account Manager at Summit Peak Software", "Helvetica", 11, lead=15)
    d.line("Denver, Colorado, United States", "Helvetica", 10, color=GREY, lead=26)
    d.line("Summary", "Helvetica", 15, lead=20)
    d.para("I help software customers get real value from what they bought, and I make "
           "sure renewals are a formality. Seven years in B2B sales and account management, "
           "and before that a lot of algebra tutoring.", size=10, lead=13)
    d.space(14)
    d.line("Experience", "Helvetica", 15, lead=22)
    sp = es[:2]
    d.line(sp[0].org, "Helvetica", 12, lead=14)
    d.line(li_dur(sp[1].start, sp[0].end), "Helvetica", 9.5, color=GREY, lead=15)
    for e in es:
        if e not in sp:
            d.need(90)
            d.line(e.org, "Helvetica", 12, lead=14)
        d.line(e.title, "Helvetica-Bold", 10.5, lead=13)
        d.line(f"{e.rng('month', ' - ')} ({li_dur(e.start, e.end)})", "Helvetica", 9.5,
               color=GREY, lead=13)
        d.line(e.loc, "Helvetica", 9.5, color=GREY, lead=14)
        for b in e.bullets:
            d.para(b, size=10, lead=13)
        d.space(12)
    if d.page == 1:
        d.newpage()  # the export breaks before Education on this profile
    d.line("Education", "Helvetica", 15, lead=22)
    d.line("Front Range State University", "Helvetica", 12, lead=14)
    d.line("Bachelor of Arts - BA, Economics · (2015 - 2019)", "Helvetica", 9.5, lead=14)
    d.save()
    return es


# --------------------------------------------------------------------------
@resume("w010.pdf", "pdf_academic_cv_times_smallcaps_year_gutter")
def w010(path):
    es = [
        E("Postdoctoral Research Associate", "Northbridge University", "Manchester, UK",
          "2021", "present", "none", None, [
              "Develop metal-organic framework catalysts for CO2 reduction; lead the "
              "group's operando spectroscopy work",
              "Write and manage the group's synchrotron beamtime proposals and instrument "
              "schedule",
          ]),
        E("Graduate Research Assistant", "University of Eastmoor", None, "2016", "2021",
          "none", None, ["Synthesis and characterisation of porous coordination polymers "
                         "(supervisor: Prof. L. Amadi)"]),
        E("Teaching Assistant", "University of Eastmoor", None, "2017", "2021", "facing",
          "education", [
              "Led weekly laboratory sections of 24 first- and second-year undergraduates",
              "Ran drop-in office hours and marked lab reports and exam scripts",
          ]),
        E("Guest Lecturer", "Northbridge University", None, "2023-03", "2023-03", "facing",
          "education", ["Delivered four lectures on spectroscopy to 160 third-year "
                        "students"], season=True),
        E("Volunteer Demonstrator", "Eastmoor Science Festival", None, "2018", "2019",
          "facing", "volunteering", ["Ran hands-on chemistry demonstrations for families "
                                     "and school groups"],
          section="volunteer", etype="volunteer"),
    ]
    d = RL(path, pagesize=A4, left=62, right=62, top=60, title="Helena Varga CV")
    cx = d.W / 2
    d.smallcaps("Helena Varga, PhD", cx - sw("HELENA VARGA, PHD", "Times-Roman", 17) / 2 + 8,
                size=20, y=d.y)
    d.space(20)
    d.line("Department of Chemistry, Northbridge University, Manchester, UK", "Times-Roman",
           10.5, align="center", lead=13)
    d.line("h.varga@example.com  ·  555-0190", "Times-Roman", 10.5, align="center",
           lead=22)
    G = d.l + 78  # gutter for dates

    def heading(t):
        d.need(40)
        d.space(6)
        d.smallcaps(t, d.l, size=13)
        d.space(5)
        d.rule(width=0.5)
        d.space(14)

    def item(dates, text, bullets=()):
        d.need(30)
        d.at(dates, d.l, "Times-Roman", 10.5)
        d.para(text, "Times-Roman", 10.5, x=G, lead=13)
        for b in bullets:
            d.para(b, "Times-Roman", 10.5, x=G + 8, bullet="–", lead=13)
        d.space(4)
    heading("Education")
    item("2016–2021", "PhD in Chemistry, University of Eastmoor. Thesis: “Breathing "
         "frameworks: guest-responsive porous coordination polymers.”")
    item("2012–2016", "MChem (First Class), University of Eastmoor")
    heading("Academic Appointments")
    e = es[0]
    item(e.rng("yyyy", "–", "present"), f"{e.title}, Department of Chemistry, {e.org}, "
         f"{e.loc}", e.bullets)
    e = es[1]
    item(e.rng("yyyy", "–"), f"{e.title}, Department of Chemistry, {e.org}", e.bullets)
    heading("Teaching Experience")
    e = es[2]
    item(e.rng("yyyy", "–"), f"{e.title}, Dept of Chemistry, {e.org}", e.bullets)
    e = es[3]
    item(e.rng("yyyy", "–"), f"{e.title}, CHEM 301 Physical Chemistry, {e.org}", e.bullets)
    heading("Selected Publications")
    for i, p in enumerate([
        "Varga H., Amadi L. Guest-induced breathing in a zinc triazolate framework. "
        "J. Fict. Mater. Chem. 2020, 8, 1123–1131.",
        "Varga H., Osei K., Amadi L. Operando IR of CO2 reduction in MOF films. Fict. "
        "Catal. Lett. 2022, 14, 220–229.",
        "Chen R., Varga H., et al. Defect engineering in Zr frameworks. Northern J. Chem. "
        "2024, 3, 55–70.",
    ], 1):
        item(f"[{i}]", p)
    heading("Grants and Awards")
    item("2022", "Northern Chemistry Trust Early Career Award (£15,000)")
    item("2020", "Best Poster, Eastmoor Materials Symposium")
    heading("Outreach and Public Engagement")
    e = es[4]
    item(e.rng("yyyy", "–"), f"{e.title}, {e.org}", e.bullets)
    d.save()
    return es


# --------------------------------------------------------------------------
@resume("w015.pdf", "pdf_fpdf_serif_title_left_dates_right")
def w015(path):
    es = [
        E("Head Swim Coach", "Pacific Tide Aquatics Club", "San Diego, CA", "2021-09",
          "present", "facing", "education", [
              "Plan and coach daily practices for 40 age-group swimmers (8–18)",
              "Meet with parents each season to set goals and review progress",
              "Manage meet entries, travel and a $60k team budget",
          ]),
        E("Lifeguard", "Mission Bay Aquatic Center", "San Diego, CA", "2017-06", "2021-08",
          "facing", "in_person_service", [
              "Guarded a 50-meter outdoor pool and enforced safety rules for up to 300 "
              "swimmers a day",
              "Taught Saturday learn-to-swim classes for children and adults",
          ]),
        E("Assistant Soccer Coach", "Mesa Verde High School", "San Diego, CA", "2019-09",
          "2019-09", "facing", "volunteering", [
              "Ran drills and conditioning for the JV boys' team during the fall season",
          ], section="volunteer", etype="volunteer", season=True),
    ]
    pdf = FPDF(format="letter")
    fpdf_fonts(pdf, serif=True)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("djs", "B", 22)
    pdf.cell(0, 10, "Devon Mitchell", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("djs", "", 10)
    pdf.cell(0, 5, "San Diego, CA  •  (619) 555-0107  •  devon.mitchell@example.com",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    def heading(t):
        pdf.ln(2)
        pdf.set_font("djs", "B", 12)
        pdf.cell(0, 7, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = pdf.get_y()
        pdf.line(20, y, 196, y)
        pdf.ln(2)

    def entry(e):
        pdf.set_font("djs", "B", 11)
        pdf.cell(0, 6, e.title)
        pdf.set_x(20)
        pdf.set_font("djs", "", 10)
        pdf.cell(0, 6, e.rng("mon."), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("djs", "I", 10)
        pdf.cell(0, 5, f"{e.org}, {e.loc}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("djs", "", 10)
        for b in e.bullets:
            pdf.set_x(24)
            pdf.cell(4, 5, "•")
            pdf.multi_cell(0, 5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    heading("Summary")
    pdf.set_font("djs", "", 10)
    pdf.multi_cell(0, 5, "Swim coach and former lifeguard who builds confident, fast "
                   "swimmers and keeps parents in the loop. ASCA Level 2.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading("Coaching Experience")
    for e in es[:2]:
        entry(e)
    heading("Volunteer & Community")
    entry(es[2])
    heading("Certifications")
    pdf.set_font("djs", "", 10)
    for t in ["American Red Cross Lifeguarding, First Aid, CPR/AED — 2017 (renewed 2025)",
              "ASCA Level 2 Coach — 2022", "USA Swimming Safe Sport — current"]:
        pdf.cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading("Education")
    pdf.set_font("djs", "B", 10)
    pdf.cell(0, 5, "B.S. Kinesiology")
    pdf.set_x(20)
    pdf.set_font("djs", "", 10)
    pdf.cell(0, 5, "2016 – 2020", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("djs", "I", 10)
    pdf.cell(0, 5, "Pacific Crest University, San Diego, CA", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.output(path)
    return es


# --------------------------------------------------------------------------
@resume("w018.pdf", "pdf_fpdf_designer_accent_years_right")
def w018(path):
    es = [
        E("Freelance Graphic Designer", "Nadia Petrov Design", "Brooklyn, NY", "2019",
          "present", "facing", "entrepreneurial_freelance", [
              "Run brand-identity projects end to end for 25+ small businesses: discovery "
              "calls, concept presentations and rounds of revisions with the owners",
              "Selected clients: Ferncliff Bakery, Orbit Yoga Studio, Halfmoon Cycles",
              "Write my own quotes, contracts and invoices",
          ], etype="freelance"),
        E("Junior Designer", "Hatch & Hollow Agency", "New York, NY", "2016", "2019",
          "affecting", None, [
              "Produced packaging layouts and social campaign assets under the art director",
              "Prepared print-ready files and checked press proofs",
          ]),
        E("Production Assistant", "Lumen Print Shop", "Jersey City, NJ", "2015", "2016",
          "affecting", None, ["Prepped customer files for print and ran the wide-format "
                              "printers"]),
    ]
    accent = (214, 69, 65)
    pdf = FPDF(format="A4")
    fpdf_fonts(pdf)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("dj", "B", 26)
    pdf.set_text_color(*accent)
    pdf.cell(0, 12, "Nadia Petrov", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("dj", "", 11)
    pdf.cell(0, 6, "Brand & packaging designer", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dj", "", 9)
    pdf.cell(0, 6, "nadia.petrov@example.com  /  347-555-0110  /  nadiapetrov.example.com",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    def heading(t):
        pdf.set_font("dj", "B", 10)
        pdf.set_text_color(*accent)
        pdf.cell(0, 7, t.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(30, 30, 30)
        pdf.ln(1)
    heading("Experience")
    for e in es:
        pdf.set_font("dj", "B", 11)
        pdf.cell(0, 6, e.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("dj", "", 9.5)
        pdf.cell(0, 5, f"{e.org} · {e.loc}")
        pdf.set_x(22)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(0, 5, e.rng("yyyy", " – "), align="R", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
        pdf.set_text_color(30, 30, 30)
        for b in e.bullets:
            pdf.set_x(24)
            pdf.cell(4, 5, "–")
            pdf.multi_cell(0, 5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    heading("Skills")
    pdf.set_font("dj", "", 9.5)
    pdf.multi_cell(0, 5, "Brand identity · Packaging · Illustrator · InDesign · Figma · "
                   "Procreate · Print production · Client workshops",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    heading("Education")
    pdf.set_font("dj", "", 9.5)
    pdf.cell(0, 5, "BFA Graphic Design — Hudson River School of Art, 2011 – 2015",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    heading("Awards")
    pdf.set_font("dj", "", 9.5)
    pdf.cell(0, 5, "Brooklyn Design Awards — Shortlist, Packaging (2022)",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)
    return es


# --------------------------------------------------------------------------
@resume("w019.pdf", "pdf_platypus_indian_keyvalue_tables")
def w019(path):
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    register_dejavu()
    es = [
        E("Senior Logistics Planner", "Sahyadri Logistics Pvt. Ltd.", "Pune", "2021-06",
          "present", "affecting", None, [
              "Planning of daily truck dispatches for 3 automotive plants and 40+ vendor "
              "pick-up points",
              "Preparation of weekly freight cost MIS and route optimisation proposals",
              "Coordination with transporters for vehicle placement and POD collection",
          ]),
        E("Logistics Executive", "Sahyadri Logistics Pvt. Ltd.", "Pune", "2019-07",
          "2021-05", "affecting", None, [
              "Booking of FTL/PTL shipments and tracking of in-transit consignments",
              "Maintaining of e-way bills and GRN reconciliation in SAP",
          ]),
        E("Customer Relationship Executive", "Konkan Telecom Services Ltd.", "Mumbai",
          "2017-08", "2019-06", "facing", "contact_center", [
              "Handling inbound customer calls regarding billing and network complaints in "
              "Hindi, Marathi and English",
              "Achieved 92% FCR and was rated 'Best CRE' of the floor in Dec 2018",
          ]),
    ]
    F, FB = "DejaVu", "DejaVu-Bold"
    body = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13)
    bul = ParagraphStyle("bl", parent=body, leftIndent=14, bulletIndent=2)
    head = ParagraphStyle("h", fontName=FB, fontSize=10.5, leading=14, textColor=colors.white)
    name = ParagraphStyle("n", fontName=FB, fontSize=17, leading=21)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=40,
                            bottomMargin=40, title="Rohit Sharma Resume")
    story = [Paragraph("ROHIT SHARMA", name),
             Paragraph("Mobile: +91 555-0112 | E-mail: rohit.sharma@example.com", body),
             Paragraph("Address: Flat 12, Shivneri Apartments, Hadapsar, Pune - 411028",
                       body), Spacer(1, 8)]

    def heading(t):
        tb = Table([[Paragraph(t, head)]], colWidths=[505])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1f4e79")),
                                ("TOPPADDING", (0, 0), (-1, -1), 2),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story.extend([Spacer(1, 6), tb, Spacer(1, 5)])
    heading("CAREER OBJECTIVE")
    story.append(Paragraph("To work in a challenging environment in the field of supply "
                           "chain and logistics where I can utilise my skills for the "
                           "growth of organisation as well as myself.", body))
    heading("PROFESSIONAL SUMMARY")
    for t in ["Having 7+ years of experience in logistics planning and customer service.",
              "Proficient in SAP MM/SD, Advanced Excel and transport management.",
              "Good communication skills in English, Hindi and Marathi."]:
        story.append(Paragraph(t, bul, bulletText="➢"))
    heading("WORK EXPERIENCE")
    for e in es:
        kv = [["Organisation", ":", f"{e.org}, {e.loc}"], ["Designation", ":", e.title],
              ["Duration", ":", e.rng("mon'yy", " – ", "Till date")]]
        tb = Table([[Paragraph(a, ParagraphStyle("k", parent=body, fontName=FB)),
                     Paragraph(b_, body), Paragraph(c, body)] for a, b_, c in kv],
                   colWidths=[90, 12, 403])
        tb.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [tb, Spacer(1, 3), Paragraph("<b>Roles &amp; Responsibilities:</b>",
                                               ParagraphStyle("r", parent=body,
                                                              fontName=FB))]
        for b in e.bullets:
            story.append(Paragraph(b, bul, bulletText="➢"))
        story.append(Spacer(1, 8))
    heading("EDUCATIONAL QUALIFICATION")
    rows = [["Qualification", "Institute / University", "Year", "Result"],
            ["PGDM – Operations (Part-time)", "Deccan Institute of Management, Pune",
             "2017 – 2019", "7.8 CGPA"],
            ["B.Com", "Konkan College of Commerce, Mumbai", "2014 – 2017", "68%"],
            ["HSC", "Maharashtra State Board", "2014", "74%"]]
    tb = Table([[Paragraph(c, body) for c in r] for r in rows], colWidths=[140, 200, 80, 85])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1"))]))
    story.append(tb)
    heading("PERSONAL DETAILS")
    for k, v in [("Father's Name", "Suresh Sharma"), ("Date of Birth", "14/03/1996"),
                 ("Languages Known", "English, Hindi, Marathi"),
                 ("Marital Status", "Single"), ("Nationality", "Indian")]:
        story.append(Paragraph(f"<b>{k}</b> : {v}", body))
    heading("DECLARATION")
    story.append(Paragraph("I hereby declare that the above mentioned information is true "
                           "to the best of my knowledge and belief.", body))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Place: Pune<br/>Date:<br/><b>(ROHIT SHARMA)</b>", body))
    doc.build(story)
    return es


# --------------------------------------------------------------------------
@resume("w023.pdf", "pdf_fpdf_harvard_org_loc_title_dates")
def w023(path):
    es = [
        E("Team Leader", "Northstar CX Solutions", "Cebu City, Philippines", "2022-02",
          "present", "facing", "contact_center", [
              "Lead a team of 15 agents supporting a US telecom account (voice and chat)",
              "Take escalated calls from customers and coach agents on de-escalation",
              "Run weekly QA calibration sessions; team CSAT up from 82% to 90%",
          ]),
        E("Customer Service Representative", "Northstar CX Solutions",
          "Cebu City, Philippines", "2019-06", "2022-01", "facing", "contact_center", [
              "Handled 70+ inbound billing and technical calls per shift for US "
              "subscribers",
              "Promoted to Team Leader after two years as a top-quartile performer",
          ]),
        E("Front Desk Officer", "Island Breeze Resort", "Mactan, Philippines", "2017-04",
          "2019-05", "facing", "in_person_service", [
              "Checked in international guests, arranged tours and transfers, and handled "
              "guest requests at a 120-room resort",
          ]),
        E("Secretary", "Tourism Students' Society",
          "Cebu City, Philippines", "2015-06", "2016-03", "none", None, [
              "Took minutes, kept membership records and organised the annual Tourism Week",
          ], section="other", etype="unknown"),
    ]
    pdf = FPDF(format="letter")
    fpdf_fonts(pdf, cond=True)
    pdf.set_margins(19, 16, 19)
    pdf.add_page()
    pdf.set_font("djc", "B", 17)
    pdf.cell(0, 9, "MARIA CRISTINA SANTOS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("djc", "", 9.5)
    pdf.cell(0, 5, "Lapu-Lapu City, Cebu, Philippines • +63 555-0114 • "
             "maria.santos@example.com", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def heading(t):
        pdf.ln(2)
        pdf.set_font("djc", "B", 11)
        pdf.cell(0, 6, t, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = pdf.get_y()
        pdf.line(19, y, 197, y)
        pdf.ln(2)

    def lr(left, right, style_l, style_r):
        pdf.set_font("djc", style_l, 10)
        pdf.cell(0, 5, left)
        pdf.set_x(19)
        pdf.set_font("djc", style_r, 10)
        pdf.cell(0, 5, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bullets(bs):
        pdf.set_font("djc", "", 10)
        for b in bs:
            pdf.set_x(23)
            pdf.cell(4, 5, "•")
            pdf.multi_cell(0, 5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading("Education")
    lr("University of San Lorenzo", "Cebu City, Philippines", "B", "")
    lr("Bachelor of Science in Tourism Management, cum laude", "June 2013 – March 2017",
       "I", "")
    heading("Experience")
    lr(es[0].org, es[0].loc, "B", "")
    for e in es[:2]:
        lr(e.title, e.rng("month"), "I", "")
        bullets(e.bullets)
        pdf.ln(1)
    pdf.ln(2)
    e = es[2]
    lr(e.org, e.loc, "B", "")
    lr(e.title, e.rng("month"), "I", "")
    bullets(e.bullets)
    heading("Leadership & Activities")
    e = es[3]
    lr("University of San Lorenzo", e.loc, "B", "")
    lr(f"{e.title}, Tourism Students' Society", e.rng("month"), "I", "")
    bullets(e.bullets)
    heading("Skills & Interests")
    pdf.set_font("djc", "", 10)
    pdf.multi_cell(0, 5, "Technical: Salesforce, Genesys Cloud, Zendesk, Opera PMS, "
                   "Google Workspace\nLanguage: English (fluent), Filipino, Cebuano\n"
                   "Interests: Open-water swimming, food blogging",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)
    return es


# --------------------------------------------------------------------------
@resume("w026.pdf", "pdf_accent_bar_headings_dates_right_now")
def w026(path):
    es = [
        E("Senior Physiotherapist", "Liffey Valley Sports Clinic", "Dublin", "2021-09",
          "present", "facing", "healthcare_care", [
              "Assess and treat 12-15 patients a day with sports and post-operative "
              "injuries",
              "Run twice-weekly ACL rehab classes and return-to-play testing",
              "Supervise two staff physiotherapists and student placements",
          ]),
        E("Staff Physiotherapist", "Mount Leinster Community Hospital", "Carlow", "2018-09",
          "2021-08", "facing", "healthcare_care", [
              "Rotations in orthopaedics, care of the older person and outpatients",
              "Led the falls-prevention group for community patients",
          ]),
        E("Research Assistant", "Inisfallen University Physiotherapy Research Unit", "Cork",
          "2017-10", "2018-05", "none", None, [
              "Processed gait-lab motion-capture data and maintained the study database "
              "(part-time, alongside final year)",
          ]),
        E("Healthcare Assistant", "Shannonside Nursing Home", "Limerick", "2016-06",
          "2016-06", "facing", "healthcare_care", [
              "Helped residents with washing, dressing, meals and mobility",
          ], season=True),
    ]
    teal = (0.0, 0.45, 0.47)
    d = RL(path, pagesize=A4, left=56, right=50, top=56, title="Aoife Brennan CV")
    d.line("Aoife Brennan", "Helvetica-Bold", 24, lead=22, color=teal)
    d.line("Chartered Physiotherapist (MISCP)", "Helvetica", 11, lead=15, color=GREY)
    d.line("Dublin 8  ·  555-0116  ·  aoife.brennan@example.com", "Helvetica", 9.5,
           lead=20)

    def heading(t):
        d.need(40)
        d.space(6)
        d.c.setFillColorRGB(*teal)
        d.c.rect(d.l, d.y - 3, 4, 15, stroke=0, fill=1)
        d.at(t.upper(), d.l + 10, "Helvetica-Bold", 11, color=teal)
        d.space(20)

    def sept(s):
        return s.replace("Sep ", "Sept ")
    heading("Experience")
    for e in es:
        d.need(45)
        d.at(e.title, d.l, "Helvetica-Bold", 11)
        d.at(sept(e.rng("mon", " – ", "Now")), d.r, "Helvetica", 9.5, align="right",
             color=teal)
        d.space(14)
        d.line(f"{e.org}, {e.loc}", "Helvetica", 10, color=GREY, lead=14)
        for b in e.bullets:
            d.para(b, size=10, x=d.l + 10, bullet="•", lead=13)
        d.space(7)
    heading("Education")
    d.at("BSc (Hons) Physiotherapy, First Class", d.l, "Helvetica-Bold", 10.5)
    d.at("Sept 2014 – May 2018", d.r, "Helvetica", 9.5, align="right", color=teal)
    d.space(14)
    d.line("Inisfallen University, Cork", "Helvetica", 10, color=GREY, lead=20)
    heading("Courses")
    for t in ["Clinical Pilates Level 1 (2022)", "Dry Needling Foundation (2023)"]:
        d.para(t, size=10, x=d.l + 10, bullet="•", lead=13)
    heading("Professional Memberships")
    d.para("Member, Chartered Physiotherapy Society of Ireland (since 2018)", size=10,
           x=d.l + 10, bullet="•", lead=13)
    d.save()
    return es


# --------------------------------------------------------------------------
@resume("w029.pdf", "pdf_times_smallcaps_caps_dates_right_military")
def w029(path):
    es = [
        E("Emergency Communications Dispatcher", "Tidewater Regional 911 Center",
          "Norfolk, VA", "2020-08", "present", "facing", "contact_center", [
              "Answer 911 and non-emergency calls from the public, about 90 per 12-hour "
              "shift, and give pre-arrival instructions",
              "Dispatch police, fire and EMS units on CAD and track unit status",
          ]),
        E("Operations Specialist Second Class (OS2)", "United States Navy", "Norfolk, VA",
          "2014-06", "2020-07", "none", None, [
              "Maintained the combat information center's air and surface plot aboard USS "
              "Halberd (DDG-139)",
              "Handled tactical radio communications and trained six junior sailors",
          ], etype="military"),
        E("Volunteer EMT", "Chesapeake Bay Volunteer Rescue Squad", "Chesapeake, VA",
          "2021-03", "present", "facing", "volunteering", [
              "Respond to medical calls two nights a month; patient assessment and "
              "transport",
          ], section="volunteer", etype="volunteer"),
    ]
    d = RL(path, left=60, right=60, top=58, title="Daniel Kowalski")
    x = d.smallcaps("Daniel J. Kowalski", d.l, size=22, font="Times-Bold", y=d.y)
    d.at("Norfolk, VA 23503", d.r, "Times-Roman", 10, align="right", y=d.y + 8)
    d.at("757-555-0119 · dkowalski@example.com", d.r, "Times-Roman", 10, align="right",
         y=d.y - 4)
    d.space(16)
    d.rule(width=1.4)
    d.space(16)

    def heading(t):
        d.need(50)
        d.space(4)
        d.smallcaps(t, d.l, size=13, font="Times-Bold")
        d.space(4)
        d.rule(width=0.4)
        d.space(13)

    def entry(e, org_line):
        d.need(50)
        d.at(e.title, d.l, "Times-Bold", 11)
        d.at(e.rng("MON", " – ", "PRESENT"), d.r, "Times-Roman", 10, align="right")
        d.space(13)
        d.line(org_line, "Times-Italic", 10.5, lead=13)
        for b in e.bullets:
            d.para(b, "Times-Roman", 10.5, x=d.l + 12, bullet="•",
                   lead=13)
        d.space(6)
    heading("Professional Experience")
    entry(es[0], f"{es[0].org}, {es[0].loc}")
    heading("Military Service")
    entry(es[1], f"{es[1].org} — USS Halberd (DDG-139), {es[1].loc}")
    heading("Community Service")
    entry(es[2], f"{es[2].org}, {es[2].loc}")
    heading("Certifications")
    for t in ["APCO Public Safety Telecommunicator (2020)",
              "Emergency Medical Dispatcher (2021)", "NREMT – EMT (2021)"]:
        d.para(t, "Times-Roman", 10.5, x=d.l + 12, bullet="•", lead=13)
    heading("Education")
    d.at("A.A.S. Emergency Management, Tidewater Bay Community College", d.l,
         "Times-Roman", 10.5)
    d.at("2018 – 2020", d.r, "Times-Roman", 10, align="right")
    d.space(14)
    heading("Awards")
    d.para("Navy and Marine Corps Achievement Medal (2018); Dispatcher of the Quarter, "
           "Q2 2023", "Times-Roman", 10.5)
    d.save()
    return es


# --------------------------------------------------------------------------
@resume("w031.pdf", "pdf_fpdf_right_sidebar_apostrophe_years")
def w031(path):
    es = [
        E("Front Desk Coordinator", "Peachtree Family Dental", "Atlanta, GA", "2023-01",
          "present", "facing", "in_person_service", [
              "Greet and check in 40–60 patients a day at a busy six-chair practice",
              "Verify insurance and walk patients through treatment estimates",
              "Collect co-pays and schedule follow-up visits",
          ]),
        E("Rideshare Driver", "RideNow", "Atlanta, GA", "2020-01", "2022-12", "facing",
          "in_person_service", [
              "Completed 4,800+ trips with a 4.97 rider rating",
              "Helped riders with luggage and folding wheelchairs; kept the car spotless",
          ], etype="freelance"),
        E("Medical Billing Clerk", "Southern Crescent Orthopedics", "Decatur, GA",
          "2018-03", "2020-05", "affecting", None, [
              "Coded and submitted claims, posted insurance payments and worked denials",
          ]),
    ]
    pdf = FPDF(format="letter")
    fpdf_fonts(pdf)
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    SB_X = 142
    pdf.set_fill_color(243, 236, 248)
    pdf.rect(SB_X - 4, 0, 216 - SB_X + 4, 280, style="F")
    # main column
    pdf.set_xy(16, 18)
    pdf.set_font("dj", "B", 24)
    pdf.set_text_color(88, 44, 131)
    pdf.cell(118, 11, "Brianna Cole", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dj", "", 10)
    pdf.set_text_color(40, 40, 40)
    pdf.cell(118, 5, "Patient-first front office professional", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(6)

    def heading(t, x, w):
        pdf.set_x(x)
        pdf.set_font("dj", "B", 11)
        pdf.set_text_color(88, 44, 131)
        pdf.cell(w, 7, t, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_text_color(40, 40, 40)
    heading("WORK EXPERIENCE", 16, 118)
    for e in es:
        pdf.set_x(16)
        pdf.set_font("dj", "B", 10.5)
        pdf.cell(118, 5.5, e.title, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("dj", "I", 9)
        org = e.org + (" · Independent contractor" if e.etype == "freelance" else "")
        pdf.cell(118, 5, f"{org} · {e.loc}", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(118, 5, e.rng("mon ’yy"), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_text_color(40, 40, 40)
        pdf.set_font("dj", "", 9.5)
        for b in e.bullets:
            pdf.set_x(18)
            pdf.cell(4, 5, "◦")
            pdf.multi_cell(112, 5, b, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(4)
    # sidebar
    pdf.set_xy(SB_X, 20)
    heading("CONTACT", SB_X, 60)
    pdf.set_font("dj", "", 8.5)
    for t in ["Atlanta, GA", "404-555-0121", "brianna.cole@example.com"]:
        pdf.set_x(SB_X)
        pdf.cell(60, 5, t, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(4)
    heading("EDUCATION", SB_X, 60)
    pdf.set_font("dj", "", 8.5)
    pdf.set_x(SB_X)
    pdf.multi_cell(58, 4.5, "Medical Office Administration Certificate\nMetro Atlanta "
                   "Technical College\n’17 – ’18", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(4)
    heading("SKILLS", SB_X, 60)
    pdf.set_font("dj", "", 8.5)
    for t in ["Dentrix & Eaglesoft", "Insurance verification", "CDT / CPT coding",
              "Scheduling", "Spanish (basic)"]:
        pdf.set_x(SB_X)
        pdf.cell(60, 5, "◦ " + t, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(4)
    heading("CERTIFICATIONS", SB_X, 60)
    pdf.set_font("dj", "", 8.5)
    pdf.set_x(SB_X)
    pdf.cell(60, 5, "CPR/BLS – 2024", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.output(path)
    return es


# --------------------------------------------------------------------------
@resume("w034.pdf", "pdf_fpdf_two_page_exec_company_span_roles_to")
def w034(path):
    es = [
        E("Vice President of Sales", "LONESTAR INDUSTRIAL SUPPLY", "Dallas, TX", "2021",
          "present", "facing", "sales_account", [
              "Lead 40 sales representatives and 5 regional managers across six states; "
              "$180M in annual revenue",
              "Personally manage the company's top 10 customer relationships, meeting each "
              "quarterly with their procurement and plant leadership",
              "Grew Central Region revenue 34% in three years while holding gross margin",
          ]),
        E("Regional Sales Manager", "LONESTAR INDUSTRIAL SUPPLY", "Dallas, TX", "2016",
          "2021", "none", None, [
              "Hired, trained and coached a team of 12 territory representatives",
              "Built territory plans and ran weekly pipeline reviews in Salesforce",
              "Cut rep turnover from 30% to 12%",
          ]),
        E("Territory Sales Representative", "LONESTAR INDUSTRIAL SUPPLY", "Dallas, TX",
          "2012", "2016", "facing", "sales_account", [
              "Called on 80 manufacturing and MRO customers across North Texas",
              "Grew territory from $4.0M to $9.5M; President's Club three times",
          ]),
        E("Inside Sales Coordinator", "CARDINAL PACKAGING CO.", "Fort Worth, TX", "2009",
          "2012", "facing", "sales_account", [
              "Quoted and entered orders by phone and email for 150 distributor accounts",
          ]),
        E("Customer Service Representative", "CARDINAL PACKAGING CO.", "Fort Worth, TX",
          "2007", "2009", "facing", "contact_center", [
              "Answered customer calls about order status, freight claims and damaged goods",
          ]),
        E("Volunteer Tax Preparer", "North Texas Free Tax Help", "Dallas, TX", "2015",
          "2019", "facing", "volunteering", [
              "Prepared returns for low-income families at a Saturday clinic each "
              "tax season",
          ], section="volunteer", etype="volunteer"),
    ]
    pdf = FPDF(format="letter")
    fpdf_fonts(pdf)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    navy = (20, 40, 80)

    class P(FPDF):
        pass
    pdf.add_page()
    pdf.set_font("dj", "B", 22)
    pdf.set_text_color(*navy)
    pdf.cell(0, 11, "GREGORY A. LANG", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dj", "", 10)
    pdf.set_text_color(40, 40, 40)
    pdf.cell(0, 6, "Dallas, TX  |  214-555-0123  |  greg.lang@example.com",
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dj", "B", 12)
    pdf.ln(4)
    pdf.cell(0, 7, "SALES EXECUTIVE  ·  INDUSTRIAL DISTRIBUTION  ·  KEY ACCOUNTS",
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def heading(t):
        pdf.ln(3)
        pdf.set_font("dj", "B", 12)
        pdf.set_text_color(*navy)
        pdf.cell(0, 8, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = pdf.get_y()
        pdf.set_draw_color(*navy)
        pdf.set_line_width(0.6)
        pdf.line(22, y, 194, y)
        pdf.set_text_color(40, 40, 40)
        pdf.ln(3)

    def bullets(bs):
        pdf.set_font("dj", "", 10.5)
        for b in bs:
            pdf.set_x(27)
            pdf.cell(5, 6, "■")
            pdf.multi_cell(0, 6, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading("PROFESSIONAL SUMMARY")
    pdf.set_font("dj", "", 10.5)
    pdf.multi_cell(0, 6, "Sales leader with 19 years in industrial distribution, from the "
                   "customer service phones to running a six-state region. Known for "
                   "building teams that keep customers for decades and for staying close "
                   "to the largest accounts personally.", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    heading("CORE COMPETENCIES")
    comps = ["Key Account Management", "Sales Team Leadership", "Territory Planning",
             "Pricing & Margin Strategy", "Salesforce CRM", "Contract Negotiation",
             "Forecasting", "Customer Retention", "Recruiting & Coaching"]
    pdf.set_font("dj", "", 10.5)
    for i in range(0, 9, 3):
        for c in comps[i:i + 3]:
            pdf.cell(57, 6, "• " + c)
        pdf.ln(6)
    heading("PROFESSIONAL EXPERIENCE")
    groups = [("LONESTAR INDUSTRIAL SUPPLY, Dallas, TX", "2012 to Present", es[:3]),
              ("CARDINAL PACKAGING CO., Fort Worth, TX", "2007 to 2012", es[3:5])]
    for org, span, roles in groups:
        pdf.ln(2)
        pdf.set_font("dj", "B", 11)
        pdf.cell(0, 7, org)
        pdf.set_x(22)
        pdf.cell(0, 7, span, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for e in roles:
            pdf.set_font("dj", "BI", 10.5)
            pdf.cell(0, 7, f"{e.title} ({e.rng('yyyy', ' to ', 'Present')})",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            bullets(e.bullets)
            pdf.ln(1)
    heading("SELECTED ACHIEVEMENTS")
    bullets(["Won the company's largest-ever contract, a 5-year $22M MRO agreement with a "
             "regional aerospace manufacturer (2022)",
             "Designed the sales onboarding program now used company-wide (2018)",
             "Led the CRM migration from spreadsheets to Salesforce for 60 users (2016)"])
    heading("BOARD & COMMUNITY SERVICE")
    e = es[5]
    pdf.set_font("dj", "BI", 10.5)
    pdf.cell(0, 7, f"{e.title}, {e.org}, {e.loc} ({e.rng('yyyy', ' to ')})",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    bullets(e.bullets)
    heading("EDUCATION")
    pdf.set_font("dj", "", 10.5)
    pdf.cell(0, 6, "BBA, Marketing — Trinity Plains University, 2003 to 2007",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading("AWARDS")
    pdf.cell(0, 6, "President's Club, Lonestar Industrial Supply (2014, 2015, 2018)",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)
    return es


# --------------------------------------------------------------------------
@resume("w038.pdf", "pdf_timeline_left_gutter_two_line_dates")
def w038(path):
    es = [
        E("Licensed Insurance Agent", "Gulfside Insurance Group", "Tampa, FL", "2020-10",
          "present", "facing", "sales_account", [
              "Quote and bind auto, home and flood policies for walk-in and phone clients",
              "Hold annual policy reviews with a book of 900 households",
          ]),
        E("Claims Processor", "Sunstate Mutual Insurance", "Clearwater, FL", "2017-01",
          "2020-09", "affecting", None, [
              "Reviewed property claim files for completeness and keyed approved payments",
              "Requested missing documents from field adjusters and kept files audit-ready",
          ]),
        E("Real Estate Sales Associate", "Bayshore Realty", "Tampa, FL", "2015-03",
          "2016-12", "facing", "sales_account", [
              "Independent contractor. Showed homes to buyers, held open houses and closed "
              "11 transactions",
          ], etype="freelance"),
    ]
    navy = (0.15, 0.22, 0.38)
    d = RL(path, left=50, right=50, top=54, title="Jessica Ward")
    G = d.l + 92
    d.at("Jessica Ward", G, "Helvetica-Bold", 22, color=navy)
    d.space(18)
    d.at("Tampa, FL · 813-555-0125 · jessica.ward@example.com", G, "Helvetica", 9.5,
         color=GREY)
    d.space(26)

    def heading(t):
        d.need(40)
        w = d.at(t.upper(), d.l, "Helvetica-Bold", 10, color=navy)
        d.c.setStrokeColorRGB(*navy)
        d.c.line(max(G, d.l + w + 8), d.y + 3, d.r, d.y + 3)
        d.space(18)
    heading("Work Experience")
    for e in es:
        d.need(60)
        y0 = d.y
        d.at(e.d("s", "mon") + " —", d.l, "Helvetica", 9, color=GREY)
        d.at(e.d("e", "mon", "Current"), d.l, "Helvetica", 9, color=GREY, y=y0 - 11)
        d.at(e.title, G, "Helvetica-Bold", 11)
        d.space(13)
        d.line(f"{e.org}  ·  {e.loc}", "Helvetica-Oblique", 10, x=G, lead=14)
        for b in e.bullets:
            d.para(b, size=10, x=G + 2, bullet="•", lead=13)
        d.space(10)
    heading("Licenses")
    for dt, t in [("2020", "Florida 2-20 General Lines Agent (Property & Casualty)"),
                  ("2015", "Florida Real Estate Sales Associate (inactive)")]:
        d.at(dt, d.l, "Helvetica", 9, color=GREY)
        d.line(t, "Helvetica", 10, x=G, lead=14)
    d.space(8)
    heading("Education")
    d.at("2011 —", d.l, "Helvetica", 9, color=GREY)
    d.at("2015", d.l, "Helvetica", 9, color=GREY, y=d.y - 11)
    d.line("B.A. Communication", "Helvetica-Bold", 11, x=G, lead=13)
    d.line("Gulf Coast State University · Tampa, FL", "Helvetica-Oblique", 10, x=G, lead=20)
    heading("Skills")
    d.para("Applied Epic, EZLynx, Salesforce, bilingual English/Spanish, needs-based selling",
           size=10, x=G)
    d.save()
    return es


# --------------------------------------------------------------------------
@resume("w041.pdf", "pdf_fpdf_core_times_ascii_highschool")
def w041(path):
    es = [
        E("Crew Member", "Scoops Ice Cream Parlor", "Dayton, OH", "2025-06", "2025-06",
          "facing", "in_person_service", [
              "Served customers at the counter and drive-up window on busy summer nights",
              "Ran the register and kept the dipping cabinet clean and stocked",
          ], season=True),
        E("Babysitter", None, "Dayton, OH", "2023", "present", "facing",
          "entrepreneurial_freelance", [
              "Regular after-school and weekend care for four families (ages 2-10)",
          ], etype="freelance"),
        E("Volunteer", "Miami Valley Food Pantry", "Dayton, OH", "2024-09", "2025-03",
          "facing", "volunteering", [
              "Packed grocery boxes and handed them out to families on Saturday mornings",
          ], section="volunteer", etype="volunteer", season=True),
        E("Team Captain", "Fairview Heights Varsity Girls' Soccer", None, "2024", "2025",
          "none", None, [], section="other", etype="unknown"),
        E("Section Leader", "Fairview Heights Marching Band", None, "2025-09", "2025-09",
          "none", None, ["Kept attendance and the uniform inventory for the clarinet section"],
          section="other", etype="unknown", season=True),
    ]
    pdf = FPDF(format="letter")
    pdf.set_margins(25, 22, 25)
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 9, "Kayla Brooks", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 6, "Dayton, OH 45424 - (937) 555-0126 - kayla.brooks@example.com",
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    def heading(t):
        pdf.ln(2)
        pdf.set_font("Times", "B", 12)
        pdf.cell(0, 7, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def entry(e, head):
        pdf.set_font("Times", "", 11)
        pdf.multi_cell(0, 6, head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for b in e.bullets:
            pdf.set_x(30)
            pdf.multi_cell(0, 6, "- " + b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    heading("Education")
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 6, "Fairview Heights High School, Dayton, OH - Diploma, June 2026",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "GPA 3.8, National Honor Society", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading("Work Experience")
    e = es[0]
    entry(e, f"{e.title}, {e.org}, {e.loc} ({e.rng()})")
    e = es[1]
    entry(e, f"{e.title} (self-employed), {e.loc} ({e.rng('yyyy', ' - ')})")
    heading("Volunteering")
    e = es[2]
    entry(e, f"{e.title}, {e.org}, {e.loc} ({e.rng('mon', ' - ')})")
    heading("Extracurricular Activities")
    e = es[3]
    entry(e, f"{e.title}, {e.org} ({e.rng('yyyy', ' - ')})")
    e = es[4]
    entry(e, f"{e.title}, {e.org} ({e.rng()})")
    heading("Skills")
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 6, "Cash handling, Google Docs and Sheets, CPR/First Aid (American "
                   "Red Cross, 2024), Spanish II", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)
    return es


# --------------------------------------------------------------------------
@resume("w045.pdf", "pdf_shaded_heading_bars_check_bullets_mixed_season")
def w045(path):
    register_dejavu()
    es = [
        E("Service Advisor", "Franklin Mountain Motors", "El Paso, TX", "2021-01",
          "present", "facing", "in_person_service", [
              "Greet customers in the service drive, write repair orders and explain "
              "estimates in English or Spanish",
              "Call customers with repair updates and upsell recommended maintenance",
              "Average $38k in monthly service sales; CSI score 96.4",
          ]),
        E("Automotive Technician", "Franklin Mountain Motors", "El Paso, TX", "2016-03",
          "2020-12", "affecting", None, [
              "Diagnosed and repaired engines, brakes and electrical systems; 120% "
              "flat-rate efficiency",
              "ASE Master Technician since 2019",
          ]),
        E("Lube Technician", "Rio Grande Quick Lube", "Las Cruces, NM", "2014-01",
          "2016-02", "facing", "in_person_service", [
              "Performed oil changes, tire rotations and fluid checks",
              "Walked waiting customers through inspection findings and service "
              "recommendations",
          ], season=True),
    ]
    d = RL(path, left=48, right=48, top=50, title="Luis Hernandez")
    d.line("LUIS A. HERNÁNDEZ", "DejaVu-Bold", 20, align="center", lead=20)
    d.line("El Paso, TX · 915-555-0130 · luis.hernandez@example.com", "DejaVu", 9.5,
           align="center", lead=22)

    def heading(t):
        d.need(40)
        d.c.setFillColorRGB(0.2, 0.2, 0.2)
        d.c.rect(d.l, d.y - 4, d.r - d.l, 16, stroke=0, fill=1)
        d.at(t, d.l + 6, "DejaVu-Bold", 10.5, color=(1, 1, 1))
        d.space(24)
    heading("PROFESSIONAL EXPERIENCE")
    for e in es:
        d.need(50)
        d.at(f"{e.title}, {e.org} — {e.loc}", d.l, "DejaVu-Bold", 10.5)
        if e.season:
            dt = f"{e.d('s')} – {fd(e.end, 'm/yyyy')}"
        else:
            dt = e.rng("m/yyyy")
        d.at(dt, d.r, "DejaVu-Oblique", 9.5, align="right")
        d.space(15)
        for b in e.bullets:
            d.para(b, "DejaVu", 9.5, x=d.l + 10, bullet="✓", indent=13, lead=12.5)
        d.space(6)
    heading("CERTIFICATIONS")
    for t in ["ASE Master Automobile Technician (A1–A8), 2019",
              "ASE C1 Automobile Service Consultant, 2021", "EPA Section 609, 2015"]:
        d.para(t, "DejaVu", 9.5, x=d.l + 10, bullet="✓", indent=13, lead=12.5)
    d.space(6)
    heading("EDUCATION")
    d.para("Automotive Technology Certificate — Sun Valley Technical College, Las Cruces, "
           "NM (2014 – 2016)", "DejaVu", 9.5, lead=12.5)
    d.space(6)
    heading("LANGUAGES")
    d.para("English and Spanish (native)", "DejaVu", 9.5)
    d.save()
    return es
