"""DOCX résumés: x002 x005 x009 x013 x016 x019 x022 x025 x028 x031 x037."""
from common import E, resume, path
from docxutil import *
from docx import Document
from docx.shared import Pt, Inches

# --------------------------------------------------------------------------- x002
@resume("x002.docx", "word_modern_chronological")
def x002(fname):
    groups = [("Brightwell Home Goods", "Sacramento, CA", [
        E("Store Manager", "Brightwell Home Goods", "Sacramento, CA", "March 2021 – Present",
          ["Lead a team of 22 in a $6.8M store; hire, train and coach associates and two assistant managers",
           "Work the floor during peak hours and resolve escalated customer issues in person and by phone",
           "Raised the customer-survey overall-satisfaction score from 71% to 86% in 18 months"],
          "facing", "in_person_service"),
        E("Assistant Store Manager", "Brightwell Home Goods", "Sacramento, CA", "June 2018 – February 2021",
          ["Built weekly schedules for 30 associates within the labor budget",
           "Led quarterly inventory counts and cut shrink from 1.9% to 1.5%",
           "Promoted from Key Holder (2017–2018) after leading the holiday floor set"], "affecting")]),
        ("Golden State Outfitters", "Roseville, CA", [
        E("Sales Associate", "Golden State Outfitters", "Roseville, CA", "August 2014 – January 2017",
          ["Helped customers find the right fit in footwear and outerwear",
           "Opened store credit cards at the register; top three in the district for sign-ups in 2016"],
          "facing", "in_person_service")])]
    ents = [e for g in groups for e in g[2]]
    doc = base(Document(), "Georgia", 10.5, (0.9, 0.9, 0.8, 0.8))
    accent = "#2E5E7E"
    p = para(doc, "Rebecca Thornbury", style="Title")
    for r in p.runs:
        r.font.size = Pt(30); r.font.color.rgb = rgb(accent); r.font.name = "Georgia"
    para(doc, "Sacramento, CA 95819  ·  555-0112  ·  rebecca.thornbury@example.com", color="#555555", after=10)

    def h(t):
        hp = doc.add_heading(t, level=1)
        for r in hp.runs:
            r.font.color.rgb = rgb(accent); r.font.size = Pt(14); r.font.name = "Georgia"
        return hp
    h("Objective")
    para(doc, "Multi-unit or district retail role where I can keep building teams that customers want to come back to.", after=6)
    h("Experience")
    for org, loc, es in groups:
        hp = doc.add_heading(level=2)
        run(hp, org, color="#222222", font="Georgia", size=12.5)
        run(hp, "  ·  " + loc, bold=False, color="#777777", font="Georgia", size=11)
        for e in es:
            dp = para(doc, e.d.upper(), size=9, color="#777777", before=6)
            tp = doc.add_heading(level=3)
            run(tp, e.title, color=accent, font="Georgia", size=11.5)
            for b in e.bullets:
                para(doc, b, style="List Bullet")
    h("Education")
    para(doc, "2014 – 2016", size=9, color="#777777", before=4)
    pp = para(doc)
    run(pp, "A.A. Business Administration, ", bold=True); run(pp, "Capitol Valley Community College")
    h("Skills")
    for s in ["Team leadership and coaching", "Visual merchandising and floor sets", "Labor scheduling (Kronos)",
              "P&L and shrink control", "Conflict resolution"]:
        para(doc, s, style="List Bullet")
    h("References")
    para(doc, "Available upon request.")
    doc.save(path(fname))
    return ents

# --------------------------------------------------------------------------- x005
@resume("x005.docx", "indian_key_value_cv")
def x005(fname):
    ents = [
        E("Senior Technical Support Executive", "Zenvora Technologies Pvt. Ltd.", "Pune", "01-Apr-2019 to till date",
          ["Handling inbound voice and e-mail support for US and Canadian customers of cloud accounting software.",
           "Troubleshooting bank-feed, login and payroll-sync issues; average CSAT 4.7/5.",
           "Mentoring new joiners in the process and preparing weekly knowledge-base updates."],
          "facing", "contact_center"),
        E("Customer Care Executive", "Sahyadri Broadband Services Pvt. Ltd.", "Pune", "01-Jul-2016 to 31-Mar-2019",
          ["Attending inbound calls of broadband customers regarding billing, plan change and outage complaints.",
           "Logging complaints in CRM and coordinating with field engineers for resolution within TAT.",
           "Awarded 'Star Performer' for Q2 FY 2017-18."], "facing", "contact_center"),
        E("MIS Executive", "Saanvi Logistics Pvt. Ltd.", "Nagpur", "15/06/2014 to 30/06/2016",
          ["Preparation of daily dispatch and fleet utilisation MIS in MS-Excel.",
           "Maintaining vehicle-wise trip data and generating monthly reports for management."],
          "none", dayfirst=True),
    ]
    doc = base(Document(), "Times New Roman", 11, (0.8, 0.8, 0.7, 0.7))
    para(doc, "CURRICULUM VITAE", bold=True, size=14, align="center", after=8)
    para(doc, "ROHIT KUMAR SAXENA", bold=True, size=13)
    para(doc, "Flat No. 304, Shivneri Residency, Wakad, Pune – 411057")
    para(doc, "Mobile: 555-0163")
    para(doc, "E-mail: rohit.k.saxena@example.com", after=6)

    def h(t):
        p = para(doc, t, bold=True, size=11.5, before=8, after=4)
        shade(p, "#D9D9D9")
        return p
    h("CAREER OBJECTIVE")
    para(doc, "To work in a challenging environment where I can utilise my technical and communication skills for the growth "
              "of the organisation as well as my own career.")
    h("PROFESSIONAL EXPERIENCE")
    para(doc, "Total Experience: 12 years (Technical Support, Customer Care and MIS)", italic=True, after=4)
    for e in ents:
        for k, v in [("Organisation", "%s, %s" % (e.org, e.loc)), ("Designation", e.title), ("Duration", e.d)]:
            p = para(doc)
            left_tab(p, 1.6)
            run(p, k, bold=True); run(p, "\t: " + v)
        p = para(doc, "Roles & Responsibilities:", bold=True, before=3)
        for b in e.bullets:
            q = para(doc, "➢  " + b)
            indent(q, 0.45, 0.2)
        para(doc, "", after=4)
    h("ACADEMIC QUALIFICATION")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hd in enumerate(["Qualification", "Board / University", "Year of Passing", "Percentage"]):
        t.rows[0].cells[i].text = ""
        run(t.rows[0].cells[i].paragraphs[0], hd, bold=True)
    for row in [("B.Com", "Nagpur Central University", "2014", "68.40%"),
                ("H.S.C.", "Maharashtra State Board", "2011", "74.17%"),
                ("S.S.C.", "Maharashtra State Board", "2009", "81.20%")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    h("TECHNICAL SKILLS")
    for s in ["MS-Office (Excel – VLOOKUP, Pivot Table), Outlook", "CRM tools: Salesforce Service Cloud, Freshdesk",
              "Basic networking and Windows troubleshooting", "Typing speed: 45 wpm"]:
        q = para(doc, "➢  " + s); indent(q, 0.45, 0.2)
    h("STRENGTHS")
    para(doc, "Good communication skills, quick learner, positive attitude, ability to work in rotational shifts.")
    h("PERSONAL DETAILS")
    for k, v in [("Father's Name", "Shri Ramesh Chandra Saxena"), ("Date of Birth", "12/08/1993"), ("Gender", "Male"),
                 ("Marital Status", "Married"), ("Nationality", "Indian"),
                 ("Languages Known", "English, Hindi, Marathi"), ("Hobbies", "Cricket, listening to music")]:
        p = para(doc); left_tab(p, 1.8)
        run(p, k); run(p, "\t: " + v)
    h("DECLARATION")
    para(doc, "I hereby declare that the above-mentioned information is true to the best of my knowledge and belief.", after=10)
    p = para(doc); right_tab(p, 6.7)
    run(p, "Place: Pune"); run(p, "\t(ROHIT KUMAR SAXENA)", bold=True)
    para(doc, "Date:")
    doc.save(path(fname))
    return ents

# --------------------------------------------------------------------------- x009
@resume("x009.docx", "uk_cv_table_layout")
def x009(fname):
    work = [
        E("Senior Support Worker", "Harbourside Supported Living", "Bristol", "Sept 2021 – present",
          ["Lead shifts in a supported-living service for six adults with learning disabilities and autism",
           "Support tenants with personal care, medication, budgeting and getting out into the community",
           "Write and review support plans with tenants, their families and social workers"],
          "facing", "healthcare_care"),
        E("Support Worker", "Lantern House Care Services", "Bath", "Jan 2018 – Aug 2021",
          ["Home-care visits to older adults: personal care, meals, medication prompts and companionship",
           "Completed the Care Certificate and Level 3 Diploma while working full time"],
          "facing", "healthcare_care"),
        E("Laundry Assistant", "Weston Grange Nursing Home", "Weston-super-Mare", "Mar 2016 – Dec 2017",
          ["Ran the home's laundry: washing, ironing and labelling residents' clothes",
           "Infection-control washing of soiled linen to policy"], "affecting"),
        E("Sales Assistant", "Crumb & Co. Bakery", "Bristol", "Jun 2013 – Feb 2015",
          ["Served customers, took celebration-cake orders and cashed up at close"], "facing", "in_person_service"),
    ]
    vol = [E("Befriender", "Silver Circle Bristol", "Bristol", "2019 – present",
             ["Weekly visits and phone calls with an isolated older person"], "facing", "volunteering",
             section="volunteer", etype="volunteer")]
    doc = base(Document(), "Arial", 10, (0.7, 0.7, 0.6, 0.6))
    p = para(doc, "Bethany Carwardine", bold=True, size=20, color="#5B2C6F")
    para(doc, "Bedminster, Bristol BS3  |  555-0108  |  beth.carwardine@example.com  |  Full UK driving licence", size=9, after=6)
    bottom_border(p, "5B2C6F", 12)

    def h(t):
        q = para(doc, t, bold=True, size=12, color="#5B2C6F", before=10, after=3)
        bottom_border(q, "BBBBBB", 4)

    def table_entries(es):
        t = doc.add_table(rows=0, cols=2)
        no_borders(t)
        for e in es:
            cells = t.add_row().cells
            cells[0].text = ""
            run(cells[0].paragraphs[0], e.d, size=9, color="#555555")
            c = cells[1]
            p0 = c.paragraphs[0]
            run(p0, e.title, bold=True)
            q = c.add_paragraph(); run(q, "%s, %s" % (e.org, e.loc), italic=True)
            for b in e.bullets:
                bp = c.add_paragraph(); indent(bp, 0.2, 0.18)
                run(bp, "▪\t" + b)
                left_tab(bp, 0.2)
            c.add_paragraph()
        col_widths(t, [1.45, 5.5])
    h("Personal Profile")
    para(doc, "Compassionate senior support worker with eight years in care. I build trusting relationships with the people "
              "I support and their families, and I like helping newer staff find their feet.")
    h("Key Skills")
    t = doc.add_table(rows=3, cols=2); no_borders(t)
    for i, s in enumerate(["Person-centred support planning", "Medication administration (MAR)", "Positive behaviour support",
                           "Safeguarding adults", "Moving and handling", "Rota and shift leadership"]):
        cell = t.rows[i // 2].cells[i % 2]
        cell.text = ""
        run(cell.paragraphs[0], "▪ " + s)
    h("Employment History")
    table_entries(work)
    h("Volunteering")
    table_entries(vol)
    h("Qualifications & Training")
    for s in ["Level 3 Diploma in Health and Social Care (Adults) — 2020", "Care Certificate — 2018",
              "Positive Behaviour Support (PBS) Foundation — 2022", "GCSEs: 7 including English and Maths — Malago Vale Academy, 2013"]:
        para(doc, s, style="List Bullet")
    h("Additional Information")
    para(doc, "Enhanced DBS on the Update Service (2024). Happy to work nights and weekends.")
    h("References")
    para(doc, "Available on request.")
    doc.save(path(fname))
    return work + vol

# --------------------------------------------------------------------------- x013
@resume("x013.docx", "word_chronological_tab_dates")
def x013(fname):
    ents = [
        E("Personal Banker", "Frontera Federal Credit Union", "El Paso, TX", "Jan. 2022 – Present",
          ["Open checking, savings and auto-loan accounts for walk-in members in English and Spanish",
           "Sit down with members to review their finances and recommend products; 124% of 2025 referral goal",
           "Resolve card disputes and fraud claims at the branch"], "facing", "in_person_service"),
        E("Teller", "Frontera Federal Credit Union", "El Paso, TX", "Mar. 2020 – Dec. 2021",
          ["Balanced cash drawer and vault to the penny every day",
           "Met monthly referral targets (118% average)",
           "Processed night-drop and ATM deposits"], "facing", "in_person_service"),
        E("Call Center Representative", "Sunland Utility Services", "El Paso, TX", "Jun. 2018 – Feb. 2020",
          ["Took 60+ inbound calls a day on billing, payment plans and starting or stopping service",
           "Set up payment arrangements for customers facing disconnection"], "facing", "contact_center"),
        E("Overnight Stock Associate", "Casa Verde Market", "El Paso, TX", "2016 – 2018",
          ["Unloaded trucks and stocked grocery aisles from 10 p.m. to 6 a.m.",
           "Rotated dairy and produce for freshness"], "affecting"),
    ]
    doc = base(Document(), "Cambria", 10.5, (0.75, 0.75, 0.7, 0.7))
    para(doc, "MIGUEL ÁNGEL FUENTES", bold=True, size=18, align="center")
    para(doc, "El Paso, TX 79912 | 555-0127 | miguel.fuentes@example.com | Bilingual English/Spanish", size=9.5, align="center", after=4)

    def h(t):
        q = para(doc, t, bold=True, size=11, before=10, after=4)
        bottom_border(q, "000000", 8)
    h("SUMMARY")
    para(doc, "Credit-union banker with eight years of member-facing experience across the teller line, the call center and "
              "the personal-banking desk. Known for patient explanations and accurate work.")
    h("PROFESSIONAL EXPERIENCE")
    for e in ents:
        p = para(doc, before=6); right_tab(p, 7.0)
        run(p, e.title, bold=True); run(p, "\t" + e.d)
        para(doc, "%s, %s" % (e.org, e.loc), italic=True)
        for b in e.bullets:
            para(doc, b, style="List Bullet")
    h("EDUCATION")
    p = para(doc, before=4); right_tab(p, 7.0)
    run(p, "B.B.A. Finance (in progress)", bold=True); run(p, "\tExpected May 2027")
    para(doc, "Franklin Mountains University, El Paso, TX", italic=True)
    h("CERTIFICATIONS")
    p = para(doc); right_tab(p, 7.0); run(p, "Notary Public, State of Texas\t2023 – 2027")
    p = para(doc); right_tab(p, 7.0); run(p, "Certified Credit Union Financial Counselor\t2024")
    h("SKILLS")
    para(doc, "Account opening · Consumer lending · Cash handling · Fraud recognition · Symitar · Excel · Spanish (native)")
    doc.save(path(fname))
    return ents

# --------------------------------------------------------------------------- x016
@resume("x016.docx", "uk_school_leaver_cv")
def x016(fname):
    work = [
        E("Saturday Assistant", "Penarth Pets & Aquatics", "Cardiff", "Sept 2023 – present",
          ["Serve customers at the till and answer questions about food, bedding and small-animal care",
           "Feed and water the animals, clean tanks and hutches, and restock shelves"], "facing", "in_person_service"),
        E("Work Experience Placement", "Bayside Veterinary Practice", "Cardiff", "July 2023 (1 week)",
          ["Shadowed the reception team: greeted clients, booked appointments under supervision and answered the phone",
           "Helped the veterinary nurses clean kennels and prepare consulting rooms"],
          "facing", "in_person_service", etype="internship"),
    ]
    vol = [E("Charity Shop Volunteer", "Heartstrings Hospice Shop", "Canton, Cardiff", "Summer 2024",
             ["Sorted and steamed donated clothes, priced stock and served customers on the till"],
             "facing", "volunteering", section="volunteer", etype="volunteer")]
    act = [E("Young Leader", "3rd Canton Brownies", "Cardiff", "2022 – present",
             ["Help run weekly meetings for 20 girls aged 7–10, leading games and badge activities"],
             "facing", "volunteering", section="other", etype="unknown"),
           E("Team Captain (Under-16s)", "Bayside Juniors Netball Club", "Cardiff", "2022 – 2024", [], "none",
             section="other", etype="unknown")]
    doc = base(Document(), "Calibri", 11, (1, 1, 0.8, 0.8))
    para(doc, "Ellie-Mae Pritchard", style="Title")
    para(doc, "Canton, Cardiff CF5  •  555-0116  •  elliemae.pritchard@example.com", after=8)
    doc.add_heading("Personal Profile", level=1)
    para(doc, "I am a hard-working and friendly school leaver who has just finished my A levels. I would love a job working "
              "with animals or people while I apply for veterinary nursing courses. I am reliable, good with customers and "
              "not afraid of mucking out.", after=4)
    doc.add_heading("Education", level=1)
    for a, b in [("Coleg Caerwern, Cardiff (2024 – 2026)", "A levels: Biology (B), Chemistry (C), Psychology (B)"),
                 ("Ysgol Gyfun Treforgan, Cardiff (2019 – 2024)", "GCSEs: 9 at grades A*–C including English (B), Maths (B), Welsh (C)")]:
        p = para(doc); run(p, a, bold=True)
        para(doc, b, after=4)

    def ent(e, show_loc=True):
        p = para(doc, before=4); run(p, e.title, bold=True); run(p, " – " + e.org + (", " + e.loc if show_loc else ""))
        para(doc, e.d, italic=True, color="#555555")
        for b in e.bullets:
            para(doc, b, style="List Bullet")
    doc.add_heading("Work Experience", level=1)
    for e in work:
        ent(e)
    doc.add_heading("Volunteering", level=1)
    for e in vol:
        ent(e)
    doc.add_heading("Activities & Achievements", level=1)
    for e in act:
        ent(e)
    for s in ["Bronze Duke of Edinburgh's Award (2023)", "Year 11 prize for Biology (2024)"]:
        para(doc, s, style="List Bullet")
    doc.add_heading("Skills", level=1)
    para(doc, "Cash handling, customer service, animal handling, Microsoft Word and PowerPoint, conversational Welsh.")
    doc.add_heading("Interests", level=1)
    para(doc, "Netball, horse riding, baking, volunteering with Brownies.")
    doc.add_heading("References", level=1)
    para(doc, "Mrs J. Howells, Head of Sixth Form, Coleg Caerwern — j.howells@example.com")
    para(doc, "Mr D. Rees, Owner, Penarth Pets & Aquatics — 555-0191")
    doc.save(path(fname))
    return work + vol + act

# --------------------------------------------------------------------------- x019
@resume("x019.docx", "career_break_cv")
def x019(fname):
    a = E("Patient Care Coordinator", "Maplewood Dental Group", "Toronto, ON", "Jan 2023 – Present",
          ["Greet patients, book and confirm appointments, and explain treatment estimates and insurance coverage",
           "Handle billing questions and set up payment plans at the front desk"], "facing", "in_person_service")
    b = E("Office Manager", "Kestrel Architecture Inc.", "Toronto, ON", "2015 – 2019",
          ["Ran the front office for a 35-person studio: greeted clients and consultants, managed boardroom bookings and couriers",
           "Handled vendor contracts, IT contractors and the office budget"], "facing", "in_person_service")
    c = E("Marketing Assistant", "Lumen Print & Design", "Mississauga, ON", "2012 – 2015",
          ["Produced brochures, case studies and the monthly e-mail newsletter",
           "Maintained the website and image library"], "affecting")
    vol = [E("Treasurer", "Parkdale Elementary Parent Council", "Toronto, ON", "2020 – 2022",
             ["Kept the council's books and organised two fundraising audits"], "none",
             section="volunteer", etype="volunteer")]
    doc = base(Document(), "Segoe UI", 10, (0.9, 0.9, 0.8, 0.8))
    para(doc, "NADIA RAHIMI-COLE", bold=True, size=17, color="#3B6E5B")
    para(doc, "Toronto, ON M6K  |  555-0184  |  nadia.rahimicole@example.com", size=9, after=8)

    def h(t):
        q = para(doc, t, bold=True, size=11.5, color="#3B6E5B", before=10, after=4, caps=True)
        bottom_border(q, "3B6E5B", 6)

    def ent(e):
        p = para(doc, before=6); right_tab(p, 6.7)
        run(p, e.title, bold=True); run(p, "\t" + e.d, color="#555555")
        para(doc, "%s  |  %s" % (e.org, e.loc), italic=True)
        for x in e.bullets:
            q = para(doc, "◦  " + x); indent(q, 0.3, 0.18)
    h("Profile")
    para(doc, "Organised office and patient-care professional returning to full-time work after a planned career break. "
              "Calm at a busy front desk and comfortable with numbers.")
    h("Work Experience")
    ent(a)
    p = para(doc, before=8); right_tab(p, 6.7)
    run(p, "Career break", italic=True, bold=True); run(p, "\t2019 – 2022", color="#555555")
    q = para(doc, "◦  Full-time parent to two young children; completed a Certificate in Bookkeeping (2021)"); indent(q, 0.3, 0.18)
    ent(b)
    ent(c)
    h("Volunteer Work")
    for e in vol:
        ent(e)
    h("Education")
    p = para(doc, before=4); right_tab(p, 6.7)
    run(p, "Certificate in Bookkeeping, Danforth College", bold=True); run(p, "\t2021")
    p = para(doc); right_tab(p, 6.7)
    run(p, "B.A. Communication Studies, Don Valley University", bold=True); run(p, "\t2008 – 2012")
    h("Skills")
    para(doc, "Dentrix · QuickBooks Online · Microsoft 365 · Scheduling · Insurance pre-authorisations · Farsi (fluent)")
    doc.save(path(fname))
    return [a, b, c] + vol

# --------------------------------------------------------------------------- x022
@resume("x022.docx", "uk_chef_cv")
def x022(fname):
    ents = [
        E("Private Chef & Caterer", "Lindqvist Kitchen", "London", "Oct 2020 – till date",
          ["Meet clients to plan menus around the occasion, budget and dietary needs",
           "Cook and serve in clients' homes for dinners of 2–30 guests and talk guests through each course",
           "Handle quotes, invoicing and repeat bookings; around 70% of work is repeat or referral"],
          "facing", "entrepreneurial_freelance", etype="freelance", note="self-employed"),
        E("Sous Chef", "The Gilded Hare", "Islington, London", "1 Sept 2018 – 30 June 2020",
          ["Ran the pass on 180-cover Saturdays and deputised for the head chef",
           "Managed ordering, stock and the allergen matrix; cut food waste by 15%",
           "Trained four commis chefs"], "affecting", note=None),
        E("Chef de Partie", "Saltmarsh Brasserie", "Brighton", "3 Mar 2016 – 31 Aug 2018",
          ["Ran the pastry section at the open-kitchen counter, plating desserts in front of diners and talking guests through the tasting menu",
           "Developed the seasonal dessert menu with the head chef"], "facing", "in_person_service", note=None),
        E("Kitchen Porter", "Harbour Lights Hotel", "Brighton", "2014 – 2016",
          ["Washed pots and dishes, received deliveries and kept the kitchen clean"], "affecting", note=None),
    ]
    doc = base(Document(), "Helvetica", 10, (0.8, 0.8, 0.7, 0.7))
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    l.text = ""; run(l.paragraphs[0], "TOBIAS LINDQVIST", bold=True, size=20)
    run(l.add_paragraph(), "Chef  ·  Private dining & events", size=11, color="#8C3B2A")
    r.text = ""
    for i, s in enumerate(["Walthamstow, London E17", "555-0153", "tobias@example.com", "Instagram: @lindqvistkitchen"]):
        q = r.paragraphs[0] if i == 0 else r.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(q, s, size=9)
    col_widths(t, [4.2, 2.7])

    def h(t):
        q = para(doc, t, bold=True, size=11, color="#8C3B2A", before=12, after=4)
        bottom_border(q, "8C3B2A", 6)
    h("PROFILE")
    para(doc, "Classically trained chef (twelve years, five in fine dining) now running my own private-dining business. "
              "Equally happy on a 180-cover Saturday or cooking for six in someone's kitchen.")
    h("CAREER HISTORY")
    for e in ents:
        p = para(doc, before=7); right_tab(p, 6.9)
        run(p, e.title, bold=True)
        run(p, " — " + e.org + (" (" + e.x["note"] + ")" if e.x["note"] else "") + ", " + e.loc)
        run(p, "\t" + e.d, italic=True, size=9)
        for b in e.bullets:
            para(doc, b, style="List Bullet")
    h("QUALIFICATIONS")
    for s in ["NVQ Level 2 & 3 Professional Cookery — Brighton Seafront College, 2014 – 2016",
              "Level 3 Food Safety & Hygiene for Catering — 2019", "Allergen Awareness (FSA) — renewed 2025"]:
        para(doc, s, style="List Bullet")
    h("AWARDS")
    para(doc, "Part of the kitchen team awarded an AA Rosette at The Gilded Hare (2019)", style="List Bullet")
    h("REFERENCES")
    para(doc, "Ruth Abernethy, Head Chef, The Gilded Hare — ruth.a@example.com")
    doc.save(path(fname))
    return ents

# --------------------------------------------------------------------------- x025
@resume("x025.docx", "two_column_table_freelancer")
def x025(fname):
    ents = [
        E("Freelance Brand & Packaging Designer", "Studio Carvalho", "Porto", "2018 – Present",
          ["Run discovery calls and workshops with clients to turn business goals into design briefs",
           "Design identities, packaging and labels from concept through to press checks at the printer with the client",
           "Selected clients: Conservas Maré Alta, Olive & Oak Co., Tasca do Rio, Quinta das Lousas"],
          "facing", "entrepreneurial_freelance", etype="freelance"),
        E("Part-time Lecturer, Typography", "Escola de Design do Douro", "Porto", "2021 – Present",
          ["Teach a second-year typography module to two groups of 18 students and review portfolios one to one"],
          "facing", "education"),
        E("Junior Designer", "Atelier Norte Comunicação", "Porto", "2015 – 2018",
          ["Produced layouts for packaging, catalogues and point-of-sale material",
           "Prepared print-ready files and colour proofs"], "affecting"),
        E("Design Intern", "Gráfica Lusitana", "Vila Nova de Gaia", "Summer 2014",
          ["Retouched product photos and set up print files for the pre-press team"], "affecting", etype="internship"),
    ]
    doc = base(Document(), "Verdana", 9, (0.5, 0.5, 0.5, 0.5))
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    shade(L, "#F4EDE4")
    L.text = ""
    run(L.paragraphs[0], "INÊS", bold=True, size=22, color="#C2562E")
    run(L.add_paragraph(), "CARVALHO", bold=True, size=22, color="#C2562E")
    run(L.add_paragraph(), "Brand & packaging designer", italic=True, size=10)

    def lh(t):
        q = L.add_paragraph(); q.paragraph_format.space_before = Pt(12)
        run(q, t, bold=True, size=10, color="#C2562E")
    lh("CONTACT")
    for s in ["Porto, Portugal", "555-0179", "ines@example.com", "studiocarvalho.example.com"]:
        run(L.add_paragraph(), s, size=8.5)
    lh("TOOLS")
    for s in ["Illustrator, InDesign, Photoshop", "Figma", "Esko ArtiosCAD (dielines)", "Procreate"]:
        run(L.add_paragraph(), s, size=8.5)
    lh("LANGUAGES")
    for s in ["Portuguese — native", "English — C1", "Spanish — B2"]:
        run(L.add_paragraph(), s, size=8.5)
    lh("RECOGNITION")
    run(L.add_paragraph(), "European Packaging Design Awards — shortlist, food category (2022)", size=8.5)
    R.text = ""
    run(R.paragraphs[0], "PROFILE", bold=True, size=11, color="#C2562E")
    run(R.add_paragraph(), "Independent designer with eleven years in packaging and brand identity, mostly for food and "
                           "drink producers in northern Portugal. I work directly with owners and marketing teams from the "
                           "first conversation to the first pallet off the press.", size=9)
    q = R.add_paragraph(); q.paragraph_format.space_before = Pt(12)
    run(q, "WORK HISTORY", bold=True, size=11, color="#C2562E")
    for e in ents:
        q = R.add_paragraph(); q.paragraph_format.space_before = Pt(8)
        run(q, e.title, bold=True, size=10)
        org = e.org + (" (self-employed)" if e.etype == "freelance" else "")
        run(R.add_paragraph(), "%s · %s · %s" % (org, e.loc, e.d), italic=True, size=8.5, color="#555555")
        for b in e.bullets:
            bp = R.add_paragraph(style="List Bullet"); run(bp, b, size=9)
    q = R.add_paragraph(); q.paragraph_format.space_before = Pt(12)
    run(q, "EDUCATION", bold=True, size=11, color="#C2562E")
    run(R.add_paragraph(), "BA Communication Design — Escola Superior de Artes do Norte, 2011 – 2015", size=9)
    q = R.add_paragraph(); q.paragraph_format.space_before = Pt(12)
    run(q, "SELECTED PROJECTS", bold=True, size=11, color="#C2562E")
    for s in ["Maré Alta tinned-fish range redesign (2023) — 14 SKUs, sold in 9 countries",
              "Tasca do Rio identity and menus (2021)"]:
        bp = R.add_paragraph(style="List Bullet"); run(bp, s, size=9)
    col_widths(t, [2.2, 5.3])
    doc.save(path(fname))
    return ents

# --------------------------------------------------------------------------- x028
@resume("x028.docx", "work_history_table_docx")
def x028(fname):
    ents = [
        E("Night Cleaner", "ClearPath Facility Services", "Newark, NJ", "Oct ’21 – present",
          ["Clean offices, restrooms and break rooms from 10 pm to 6 am at a 200,000 sq ft distribution center",
           "Operate the auto-scrubber and burnisher and follow chemical safety sheets"], "none"),
        E("Room Attendant", "Harborview Suites Hotel", "Jersey City, NJ", "’18 – ’21",
          ["Cleaned and reset 14–16 guest rooms per shift to brand standard",
           "Restocked my cart and reported maintenance problems"], "affecting"),
        E("Housekeeping Aide", "Gardenia Senior Living", "Elizabeth, NJ", "’16 – ’18",
          ["Cleaned residents' apartments and common areas and chatted with residents during my visits",
           "Passed residents' requests on to the nursing staff"], "facing", "in_person_service"),
    ]
    doc = base(Document(), "Calibri", 10.5, (0.8, 0.8, 0.7, 0.7))
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    a, b = t.rows[0].cells
    shade(a, "#1F3864"); a.text = ""
    run(a.paragraphs[0], "Marisol Quispe", bold=True, size=18, color="#FFFFFF")
    run(a.add_paragraph(), "Commercial & hospitality cleaning", size=10, color="#FFFFFF")
    b.text = ""
    for i, s in enumerate(["Newark, NJ 07105", "555-0175", "marisol.quispe@example.com"]):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        run(q, s, size=9.5)
    col_widths(t, [4.3, 2.6])
    para(doc, "")
    para(doc, "About me", bold=True, size=12, color="#1F3864", before=6, after=2)
    para(doc, "Ten years of cleaning in offices, hotels and senior living. I work fast, I work safely and I do not miss shifts.")
    para(doc, "Work History", bold=True, size=12, color="#1F3864", before=10, after=4)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, hd in enumerate(["Dates", "Position", "Employer", "Main tasks"]):
        c = t.rows[0].cells[i]; c.text = ""; shade(c, "#D9E2F3")
        run(c.paragraphs[0], hd, bold=True)
    for e in ents:
        cells = t.add_row().cells
        cells[0].text = e.d
        cells[1].text = e.title
        cells[2].text = ""
        run(cells[2].paragraphs[0], e.org)
        run(cells[2].add_paragraph(), e.loc, italic=True, size=9)
        cells[3].text = ""
        for i, bl in enumerate(e.bullets):
            q = cells[3].paragraphs[0] if i == 0 else cells[3].add_paragraph()
            run(q, "- " + bl)
    col_widths(t, [1.0, 1.3, 1.7, 2.9])
    para(doc, "Skills & Certificates", bold=True, size=12, color="#1F3864", before=10, after=2)
    for s in ["OSHA 10-Hour General Industry (2022)", "Bloodborne Pathogens training (2023)",
              "Floor care: strip, wax, burnish; carpet extraction", "Languages: Spanish (native), English (intermediate), Quechua"]:
        para(doc, s, style="List Bullet")
    para(doc, "References", bold=True, size=12, color="#1F3864", before=10, after=2)
    para(doc, "Rosa Delgado, Supervisor, ClearPath Facility Services, 555-0178")
    para(doc, "Kevin Marsh, Executive Housekeeper, Harborview Suites Hotel, 555-0197")
    doc.save(path(fname))
    return ents

# --------------------------------------------------------------------------- x031
@resume("x031.docx", "retiree_volunteer_cv")
def x031(fname):
    vol = [
        E("Intake Volunteer", "Casco Bay Food Pantry", "Portland, ME", "Since 2019",
          ["Greet clients, register households and help them shop the pantry on Thursday evenings"],
          "facing", "volunteering", section="volunteer", etype="volunteer"),
        E("Warehouse Sorter", "Casco Bay Food Pantry", "Portland, ME", "2017 – 2019",
          ["Sorted and date-checked donated food on Tuesday mornings"], "affecting", section="volunteer", etype="volunteer"),
        E("Docent", "Portland Harbor Maritime Museum", "Portland, ME", "2018 – present",
          ["Lead 60-minute tours for school groups and summer visitors"], "facing", "volunteering",
          section="volunteer", etype="volunteer"),
    ]
    comm = [E("Treasurer", "Deering Oaks Garden Club", "Portland, ME", "2020 – 2024",
              ["Kept the club's accounts and filed the annual non-profit report"], "none", section="volunteer", etype="volunteer")]
    emp = [
        E("Payroll Supervisor", "Penobscot Paper Mills", "Westbrook, ME", "1999 – 2020",
          ["Supervised weekly payroll for 1,100 hourly employees and a team of three clerks",
           "Answered employees' pay, tax and benefit questions at the payroll window and by phone"],
          "facing", "internal_support"),
        E("Accounting Clerk", "Penobscot Paper Mills", "Westbrook, ME", "1989 – 1999",
          ["Posted accounts-payable invoices and reconciled vendor statements"], "none"),
    ]
    doc = base(Document(), "Book Antiqua", 11, (1, 1, 0.9, 0.9))
    para(doc, "Margaret Ellison-Park", bold=True, size=18, align="center")
    para(doc, "Portland, Maine  ·  555-0102  ·  m.ellisonpark@example.com", align="center", after=10)
    para(doc, "Retired payroll supervisor seeking a part-time volunteer coordinator role. Thirty years of careful work with "
              "numbers and people, and nine years in Portland's volunteer community.", italic=True, after=6)

    def h(t):
        q = para(doc, t, bold=True, size=12.5, before=10, after=3)
        bottom_border(q, "444444", 6)

    def ent(e, with_loc=True):
        p = para(doc, before=5)
        run(p, e.title, bold=True); run(p, ", " + e.org + (", " + e.loc if with_loc else "") + " — " + e.d)
        for b in e.bullets:
            q = para(doc, "– " + b); indent(q, 0.35, 0.2)
    h("Volunteer Work")
    for e in vol:
        ent(e)
    h("Community Service")
    for e in comm:
        ent(e)
    h("Employment History")
    p = para(doc, before=5); right_tab(p, 6.5)
    run(p, "Penobscot Paper Mills, Westbrook, ME", bold=True, size=11.5); run(p, "\t1989 – 2020")
    for e in emp:
        q = para(doc, before=3); right_tab(q, 6.5)
        run(q, e.title, italic=True, bold=True); run(q, "\t" + e.d, italic=True)
        for b in e.bullets:
            r = para(doc, "– " + b); indent(r, 0.35, 0.2)
    h("Education")
    para(doc, "Associate in Applied Science, Accounting — Casco Valley Business College, 1988")
    h("Skills")
    para(doc, "Volunteer scheduling · Excel and QuickBooks · Public speaking · Basic French")
    doc.save(path(fname))
    return vol + comm + emp

# --------------------------------------------------------------------------- x037
@resume("x037.docx", "gdocs_coral_docx")
def x037(fname):
    work = [
        E("Front Desk Receptionist", "Queen City Family Medicine", "Charlotte, NC", "Apr. 2021–Present",
          ["Check patients in and out, verify insurance and collect copays for four providers",
           "Answer a six-line phone system and schedule, confirm and reschedule appointments",
           "Scan intake forms and keep the waiting room tidy"], "facing", "in_person_service"),
        E("Patient Services Specialist", "Carolina Pines Health System", "Charlotte, NC", "Aug. 2019–Mar. 2021",
          ["Worked the insurance-denial queue: corrected coding and demographic errors and resubmitted claims",
           "Posted insurance payments and adjustments in the billing system",
           "Prepared month-end aging reports for the revenue-cycle manager"], "affecting"),
        E("Medical Records Clerk", "Carolina Pines Health System", "Charlotte, NC", "May 2018–Jul. 2019",
          ["Scanned and indexed paper charts into the electronic health record",
           "Audited charts for missing signatures and purged records according to the retention schedule"], "affecting"),
    ]
    vol = [E("Hospice Volunteer", "Carolina Pines Hospice", "Charlotte, NC", "2016–2018",
             ["Sat with patients and families, read aloud and gave caregivers a few hours of respite"],
             "facing", "volunteering", section="volunteer", etype="volunteer")]
    coral = "#E06C4B"
    doc = base(Document(), "Lato", 10.5, (0.9, 0.9, 0.8, 0.8))
    para(doc, "Aaliyah Simmons", bold=True, size=26, color=coral)
    para(doc, "Medical office professional", size=12, after=4)
    para(doc, "4410 Sharon Ridge Dr, Charlotte, NC 28210  ·  555-0140  ·  aaliyah.simmons@example.com", size=9, color="#555555", after=8)

    def h(t):
        para(doc, t, bold=True, size=11, color=coral, before=12, after=4)

    def ent(e):
        p = para(doc, before=6); run(p, e.title, bold=True, size=11)
        para(doc, "%s  |  %s  |  %s" % (e.org, e.loc, e.d), size=9.5, color="#666666")
        for b in e.bullets:
            para(doc, b, style="List Bullet")
    h("SKILLS")
    para(doc, "Patient scheduling · Insurance verification · Claims follow-up · ICD-10 / CPT basics · Epic and athenaOne · HIPAA")
    h("EXPERIENCE")
    for e in work:
        ent(e)
    h("VOLUNTEER EXPERIENCE")
    for e in vol:
        ent(e)
    h("EDUCATION & CERTIFICATION")
    para(doc, "Certified Medical Administrative Assistant (CMAA), 2019", style="List Bullet")
    para(doc, "Diploma, Medical Office Administration — Queen City Allied Health Institute, 2017 – 2018", style="List Bullet")
    doc.save(path(fname))
    return work + vol
