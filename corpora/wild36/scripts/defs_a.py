"""w001–w010."""
from lib import E, dr, dur, fmt
from render import *  # noqa: F401,F403
from reportlab.lib.colors import HexColor, black
import html as _html

R = []


def add(**kw):
    R.append(kw)


# =====================================================================================================
# w001 — LinkedIn 'Save to PDF', Canadian customer success manager, reportlab, grey sidebar on page 1
# =====================================================================================================
w001 = [
    E("Customer Success Manager", "Tallyfold", "Ellesmere Bay, Ontario, Canada", "2024-03", "present", "facing",
      "sales_account", [
          "Own a book of 64 mid-market accounting firms (5 to 80 seats), roughly CA$2.4M ARR.",
          "Run kick-offs, quarterly business reviews and renewal conversations; gross retention 94% last fiscal.",
          "First call when an integration breaks at month-end: I triage with support and keep the firm's partner "
          "in the loop until it is fixed.",
          "Flag expansion to the AE team - 11 upsells sourced in 2025."]),
    E("Onboarding Specialist", "Tallyfold", "Ellesmere Bay, Ontario, Canada", "2022-08", "2024-02", "facing",
      "digital_service", [
          "Ran live onboarding over Zoom for 20-25 new firms a quarter, 1:1 and in group cohorts.",
          "Migrated client lists and opening balances out of spreadsheets and old desktop software.",
          "Wrote the onboarding checklist and the 30/60/90 plan template the team still uses."]),
    E("Customer Support Specialist, Tier 1", "Tallyfold", "Ontario, Canada", "2021-01", "2022-07", "facing",
      "digital_service", [
          "Email and chat support for the bookkeeping app, 40-50 tickets a day, CSAT 96%.",
          "Wrote or rewrote 30+ help-centre articles on bank feeds and sales tax."]),
    E("Bookseller", "Pageturner & Co. Books", "Oakridge Falls, Ontario, Canada", "2018-05", "2020-12", "facing",
      "in_person_service", [
          "Hand-sold fiction and kids' books, took special orders over the phone and ran Saturday story hour for "
          "3-7 year olds. Gift-wrapped an unreasonable number of books every December."]),
    E("Residence Don", "Lakeshore Polytechnic", "Ellesmere Bay, Ontario, Canada", "2019-09", "2020-04", "facing",
      "other_facing", [
          "Lived on a first-year floor of 42 students: ran floor meetings and events, mediated roommate "
          "conflicts, did on-call rounds and referred students to counselling and accessibility services when "
          "they needed more than a chat."], section="other"),
]


def r001(r, path):
    ents = r["entries"]
    grey = HexColor("#5E5E5E")
    side_bg = HexColor("#EEF0F2")

    def deco(d, page, total):
        if page == 1:
            d.c.setFillColor(side_bg)
            d.c.rect(0, 0, 196, d.H, stroke=0, fill=1)
            keep = (d.L, d.R, d.y)
            d.col(28, 180)
            d.y = d.H - 50
            for head, items in [
                ("Contact", ["noor.haddad@mailbox.ca", "www.linkedin.com/in/noor-haddad-cs", "(LinkedIn)"]),
                ("Top Skills", ["Customer Onboarding", "Renewals", "Customer Retention"]),
                ("Languages", ["Arabic (Native or Bilingual)", "English (Native or Bilingual)",
                               "French (Limited Working)"]),
                ("Certifications", ["Customer Success Foundations", "Bookkeeping Platform Admin - Level 2"]),
            ]:
                d.line(head, "Helvetica", 13, black, lead=20)
                for it in items:
                    d.para(it, "Helvetica", 9.5, black, lead=12.5)
                d.gap(14)
            d.L, d.R, d.y = keep
        d.c.setFillColor(HexColor("#8A8A8A"))
        d.c.setFont("Helvetica", 8.5)
        d.c.drawCentredString(d.W / 2 + (98 if page == 1 else 0), 26, "Page %d of %d" % (page, total or 1))

    def draw(d):
        d.col(222, d.W - 42)
        d.line("Noor Haddad", "Helvetica", 25, black, lead=32)
        d.para("Customer Success Manager at Tallyfold | Helping small accounting firms actually use the "
               "software they pay for", "Helvetica", 11.5, black, lead=15)
        d.line("Port Credwell, Ontario, Canada", "Helvetica", 10.5, grey, lead=26)
        d.line("Summary", "Helvetica", 15, black, lead=21)
        d.para("I've spent almost six years on the customer side of SaaS - tickets first, then onboarding, now "
               "a book of accounting and bookkeeping practices that renew (mostly!) because they get value early. "
               "Before tech I sold books and ran a kids' story hour, which is honestly still the best training for "
               "a hard QBR. I like messy data migrations, clear handover notes and customers who tell me what's "
               "actually broken.", "Helvetica", 10.5, black, lead=14)
        d.gap(14)
        d.line("Experience", "Helvetica", 15, black, lead=22)
        groups = [("Tallyfold", ents[0:3]), ("Pageturner & Co. Books", ents[3:4]), ("Lakeshore Polytechnic", ents[4:5])]
        for org, es in groups:
            first, last = es[-1].start, es[0].end
            d.line(org, "Helvetica", 12, black, lead=15, keep=60)
            if len(es) > 1:
                d.line(dur(first, last), "Helvetica", 10.5, grey, lead=16)
            else:
                d.gap(3)
            for e in es:
                d.line(e.title, "Helvetica-Bold", 11, black, lead=14, keep=40)
                d.line("%s · %s" % (dr(e, "mon", " - ", "Present"), dur(e.start, e.end)), "Helvetica", 10.5,
                       grey, lead=13.5)
                d.line(e.loc, "Helvetica", 10.5, grey, lead=14)
                for b in e.bullets:
                    d.para(b, "Helvetica", 10.5, black, lead=13.5)
                d.gap(9)
            d.gap(4)
        d.gap(6)
        d.line("Education", "Helvetica", 15, black, lead=22, keep=40)
        d.line("Lakeshore Polytechnic", "Helvetica", 12, black, lead=15)
        d.line("Bachelor of Commerce - BCom, Marketing · (2017 - 2021)", "Helvetica", 10.5, black, lead=14)

    rl_build(path, draw, size=LETTER, margins=(222, 42, 40, 50), deco=deco,
             meta=dict(title="Resume", author="LinkedIn", creator="LinkedIn"))


add(file="w001.pdf", entries=w001, render=r001,
    family="Canadian customer success manager, LinkedIn 'Save to PDF' with grey sidebar on page 1, one company "
           "heading with three positions, 'Mon YYYY - Present · 2 yrs 9 mos' and location lines",
    layout="reportlab, linkedin/orgfirst, mon · duration / 'Present'")


# =====================================================================================================
# w002 — Europass CV (classic 2004-2012 layout), Polish warehouse team leader in Ireland, DOCX tables
# =====================================================================================================
w002 = [
    E("Team Leader – Chilled Picking (night shift)", "Freshway Distribution Ltd", "Ballinkeel, Co. Kildare (Ireland)",
      "2022-06", "present", "affecting", None, [
          "Leading a night team of 14 pickers and 3 reach-truck drivers (pick routes, breaks, overtime)",
          "Checking pick accuracy and temperature records before trailers are dispatched to 38 supermarkets "
          "(target 99.7%)",
          "Reporting shorts, damages and late loads to the transport office and the day manager",
          "Inducting new starters, toolbox talks, return-to-work interviews"],
      sector="Chilled and frozen food distribution", addr="Unit 9, Moat Road Industrial Estate"),
    E("Order Picker / Reach Truck Driver", "Freshway Distribution Ltd", "Ballinkeel, Co. Kildare (Ireland)",
      "2018-09", "2022-05", "affecting", None, [
          "Picking chilled and frozen store orders with a voice-picking headset (average 185 cases/hour)",
          "Replenishing pick faces and putting away pallets with reach truck up to 10 m",
          "Cycle counts and write-off of damaged stock"],
      sector="Chilled and frozen food distribution", addr="Unit 9, Moat Road Industrial Estate"),
    E("Production Operative", "Glenmore Meats Ltd", "Ballinkeel, Co. Kildare (Ireland)", "2016-03", "2018-08",
      "none", None, [
          "Vacuum-packing, weighing and labelling on the rasher and gammon lines",
          "Metal-detector checks and HACCP temperature records every hour",
          "Full hygiene clean-down of the line at end of shift"],
      sector="Meat processing", addr="Carrowkeel Road"),
    E("Shop Assistant", "Piekarnia Złoty Kłos s.c.", "Krzywosad (Poland)", "2011-07", "2015-12", "facing",
      "in_person_service", [
          "Serving customers at the bread and cake counter, about 300 customers a day",
          "Operating the cash register and cashing up at closing",
          "Taking orders for celebration cakes and advising on fillings and allergens"],
      sector="Bakery - retail", addr="ul. Kościelna 4"),
]


def r002(r, path):
    ents = r["entries"]
    d = new_doc("Arial Narrow", 10, (1.6, 1.6, 1.4, 1.4))
    ft = d.sections[0].footer
    p = para(ft, "Page 1/2 - Curriculum vitae of", size=7.5, color="666666")
    para(ft, "Wójcik Katarzyna", size=7.5, color="666666")
    t = d.add_table(rows=0, cols=2)
    borders(t)

    def row(label, value=None, bold_label=False, head=False, values=None, big=False, bold_value=False):
        c = t.add_row().cells
        lp = first_cell_para(c[0])
        lp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if label:
            run(lp, label, bold=bold_label or head, size=(12 if head else 10))
        cell_border(c[0], right=("single", 6, "808080"))
        vals = values if values is not None else ([value] if value is not None else [])
        for i, v in enumerate(vals):
            vp = first_cell_para(c[1]) if i == 0 else c[1].add_paragraph()
            run(vp, v, bold=bold_value, size=(14 if big else 10))
            vp.paragraph_format.space_after = Pt(0)
        lp.paragraph_format.space_after = Pt(0)
        return c

    row("Europass", "Curriculum Vitae", head=True, big=True)
    row("", "")
    row("Personal information", None, head=True)
    row("First name(s) / Surname(s)", "Katarzyna Wójcik", bold_value=True)
    row("Address(es)", "Apt 4, Millrace Court, Ballinkeel, Co. Kildare, W91 XK2E (Ireland)")
    row("Mobile", "+353 87 555 0192")
    row("E-mail", "k.wojcik@mailbox.ie")
    row("Nationality", "Polish")
    row("Date of birth", "14/02/1990")
    row("Gender", "Female")
    row("", "")
    row("Desired employment / Occupational field", "Warehouse Supervisor / Stock Controller", head=True)
    row("", "")
    row("Work experience", None, head=True)
    for e in ents:
        row("", "")
        row("Dates", dr(e, "mm/yyyy", " – ", "present"))
        row("Occupation or position held", e.title, bold_value=True)
        row("Main activities and responsibilities", values=["- " + b for b in e.bullets])
        row("Name and address of employer", values=[e.org, "%s, %s" % (e.x["addr"], e.loc)])
        row("Type of business or sector", e.x["sector"])
    row("", "")
    row("Education and training", None, head=True)
    row("", "")
    row("Dates", "03/2019")
    row("Title of qualification awarded", "Reach truck and counterbalance forklift licence (RTITB)")
    row("Name and type of organisation providing education and training", "Midland Lift Truck Training, Ballinkeel")
    row("", "")
    row("Dates", "09/2007 – 06/2011")
    row("Title of qualification awarded", "Technik handlowiec (commercial technician), matura")
    row("Name and type of organisation providing education and training",
        "Zespół Szkół Ekonomicznych, Krzywosad (Poland) - upper secondary")
    row("", "")
    row("Personal skills and competences", None, head=True)
    row("Mother tongue(s)", "Polish")
    c = row("Other language(s)", "Self-assessment (European level)")
    lt = c[1].add_table(rows=3, cols=6)
    borders(lt, {e: ("single", 4) for e in ("top", "left", "bottom", "right", "insideH", "insideV")})
    hdr = ["", "Understanding", "", "Speaking", "", "Writing"]
    sub = ["", "Listening", "Reading", "Spoken interaction", "Spoken production", ""]
    eng = ["English", "B2 Independent user", "C1 Proficient user", "B2 Independent user", "B2 Independent user",
           "B1 Independent user"]
    for ri, vals in enumerate([hdr, sub, eng]):
        for ci, v in enumerate(vals):
            run(first_cell_para(lt.rows[ri].cells[ci]), v, size=8, bold=(ri == 0 or ci == 0))
    row("Social skills and competences", "Good team spirit from seven years on shift work; I am the one new "
        "starters ask. Patient with people who speak little English (Polish, some Russian).")
    row("Organisational skills and competences", "Planning night shift labour against volumes; rota and overtime "
        "sheets; keeping the yard moving when trailers are late.")
    row("Computer skills and competences", "Warehouse management system (pick and replen screens), voice picking, "
        "MS Excel (basic formulas), e-mail")
    row("Driving licence", "B (Poland / Ireland exchange 2017)")
    widths(t, [5.6, 12.2])
    save_docx(d, path, title="Europass CV - Katarzyna Wójcik", author="Katarzyna")


add(file="w002.docx", entries=w002, render=r002,
    family="Polish warehouse team leader in Ireland, classic Europass CV as a two-column label/value table "
           "(dates first, employer and address below, nested language grid), footer",
    layout="docx, europass-table/dates_first, mm/yyyy / 'present'")


# =====================================================================================================
# w003 — UK gas engineer, CV pasted into an e-mail body
# =====================================================================================================
w003 = [
    E("Gas Service & Repair Engineer", "HomeHeat Cover Ltd", "Hensby & Calderbrook patch", "2019-02", "present",
      "facing", "other_facing", [
          "6-8 jobs a day in customers homes - boiler services, breakdowns, landlord gas safety certs (CP12)",
          "explain the fault and the quote to the householder, a lot of them elderly, and book the follow up",
          "van stock, job sheets on the PDA, 95% first time fix last year"]),
    E("Self-employed Plumber", "L. Barraclough Plumbing & Heating", "Ashcliffe", "2015-04", "2019-01", "facing",
      "entrepreneurial_freelance", [
          "bathrooms, leaks, rads and cylinder swaps for private customers plus two letting agents",
          "priced every job myself, did my own invoicing and the VAT returns",
          "packed it in when the second little one came along, wanted a steady wage and a van"], etype="freelance"),
    E("Plumber", "Kerrigan Building Services", "Kirkholme", "2011-09", "2015-03", "none", None, [
          "first and second fix plumbing on new build estates (up to 120 units)",
          "worked off the drawings, snagging signed off by the site manager"]),
    E("Apprentice Plumber", "Kerrigan Building Services", None, "2007-09", "2011-08", "none", None, [
          "day release at college (NVQ Level 3), rest of the week on site with a plumber"], etype="internship"),
]


def r003(r, path):
    e = r["entries"]
    t = []
    t.append("Hi Dawn,")
    t.append("")
    t.append("Thanks for ringing earlier. Your website wouldn't take my CV (keeps saying file too big??) so I've "
             "just copied it in below. I'm free for a chat any day after 4.")
    t.append("")
    t.append("LEE BARRACLOUGH")
    t.append("Ashcliffe, West Yorkshire  |  07700 900417  |  lee.barraclough@mailbox.co.uk")
    t.append("Gas Safe registered engineer  |  full clean licence")
    t.append("")
    t.append("ABOUT ME")
    t.append("Plumbing and heating engineer, 19 years in the trade. Started as an apprentice on housing sites, ran "
             "my own small business for four years and now do domestic boiler work for a home-cover company. "
             "Looking for something closer to home with less motorway.")
    t.append("")
    t.append("WORK HISTORY")
    t.append("")
    t.append("%s -- %s (%s)        %s" % (e[0].title, e[0].org, e[0].loc, dr(e[0], "mon", " - ", "present")))
    t += ["- " + b for b in e[0].bullets]
    t.append("")
    t.append("%s -- trading as %s, %s        %s" % (e[1].title, e[1].org, e[1].loc,
                                                    dr(e[1], "mon", " - ", "present")))
    t += ["- " + b for b in e[1].bullets]
    t.append("")
    t.append("%s -- %s, %s        Sept 2011 - Mar 2015" % (e[2].title, e[2].org, e[2].loc))
    t += ["- " + b for b in e[2].bullets]
    t.append("")
    t.append("%s -- %s        Sept 2007 - Aug 2011" % (e[3].title, e[3].org))
    t += ["- " + b for b in e[3].bullets]
    t.append("")
    t.append("TICKETS")
    t.append("Gas Safe (ACS): CCN1, CENWAT, HTR1, CKR1  |  Unvented hot water (G3)  |  Water Regs  |  CSCS blue card")
    t.append("NVQ Level 3 Plumbing and Heating - Ashcliffe College, 2011")
    t.append("")
    t.append("References from HomeHeat and two letting agents if you need them.")
    t.append("")
    t.append("Cheers,")
    t.append("Lee")
    t.append("")
    t.append("--")
    t.append("Lee Barraclough")
    t.append("07700 900417")
    t.append("")
    t.append("Sent from my iPhone")
    open(path, "w", encoding="utf-8").write("\n".join(t) + "\n")


add(file="w003.txt", entries=w003, render=r003,
    family="UK gas engineer, CV pasted into the body of an e-mail to a recruiter, greeting and phone signature, "
           "caps headings, 'Title -- Employer' with dates at the end of the line",
    layout="txt, email/dash, mon / 'present'")


# =====================================================================================================
# w004 — US discount-store shift supervisor, Indeed résumé page saved as HTML
# =====================================================================================================
w004 = [
    E("Shift Supervisor", "Penny Barrel Discount", "Pruitt Springs, TN", "2022-08", "present", "facing",
      "in_person_service", [
          "Open and close the store, count safes and make bank deposits",
          "Run register and handle returns and customer complaints when the store manager is off",
          "Unload the weekly truck and work freight with 2-3 associates",
          "Write the cashier schedule around high school hours"]),
    E("Sales Associate", "Penny Barrel Discount", "Pruitt Springs, TN", "2021-03", "2022-08", "facing",
      "in_person_service", ["Cashier, stocking, facing shelves, cleaning. Promoted after 17 months."]),
    E("Dietary Aide", "Willow Creek Nursing & Rehab", "Pruitt Springs, TN", "2019-06", "2021-02", "affecting", None, [
          "Plated and portioned meals by diet order (puree, mechanical soft, diabetic, renal)",
          "Washed dishes and pots and cleaned the kitchen to health code",
          "Pushed meal carts to the nursing units for the CNAs to pass"]),
    E("Crew Member", "Sonny's Drive-In", "Pruitt Springs, TN", "2017-05", "2019-05", "facing", "in_person_service", [
          "Took orders at the drive-thru window and the carhop stalls, made shakes and slushes"]),
]


def r004(r, path):
    e = r["entries"]
    css = ("body{font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d;max-width:760px;margin:24px auto}"
           "h1{font-size:28px;margin:0}.rezemp-headline{font-size:16px;color:#595959}"
           ".rezemp-section h2{font-size:18px;border-bottom:1px solid #e4e2e0;padding-bottom:6px}"
           ".rezemp-job-title{font-weight:700;font-size:16px;margin:14px 0 2px}"
           ".rezemp-meta{color:#595959;font-size:14px}.rezemp-desc{font-size:14px;white-space:pre-line}")
    h = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
         '<title>Brianna Tolliver - Indeed Resume</title>', '<style>%s</style>' % css, '</head><body>',
         '<div id="resume" class="rezemp-ResumeDisplay">',
         '<div class="rezemp-header"><h1>Brianna Tolliver</h1>',
         '<div class="rezemp-headline">Shift Supervisor - Penny Barrel Discount</div>',
         '<div class="rezemp-meta">Pruitt Springs, TN 38xxx</div>',
         '<div class="rezemp-meta">brianna.tolliver@mailbox.com<br>(731) 555-0188</div>',
         '<div class="rezemp-meta">Authorized to work in the US for any employer</div></div>',
         '<div class="rezemp-section"><h2>Work Experience</h2>']
    for x in e:
        h.append('<div class="rezemp-WorkExperience">')
        h.append('<div class="rezemp-job-title">%s</div>' % _html.escape(x.title))
        h.append('<div class="rezemp-meta">%s - %s</div>' % (_html.escape(x.org), _html.escape(x.loc)))
        h.append('<div class="rezemp-meta">%s</div>' % dr(x, "month", " to ", "Present"))
        if len(x.bullets) > 1:
            h.append('<div class="rezemp-desc">%s</div>' % "\n".join("• " + _html.escape(b) for b in x.bullets))
        else:
            h.append('<div class="rezemp-desc">%s</div>' % _html.escape(x.bullets[0]))
        h.append('</div>')
    h += ['</div>', '<div class="rezemp-section"><h2>Education</h2>',
          '<div class="rezemp-job-title">High school diploma</div>',
          '<div class="rezemp-meta">Pruitt Springs Central High School - Pruitt Springs, TN</div>',
          '<div class="rezemp-meta">2013 to 2017</div></div>',
          '<div class="rezemp-section"><h2>Skills</h2><ul>',
          '<li>Cash handling (6 years)</li><li>Customer service (7 years)</li><li>Cash register (6 years)</li>',
          '<li>Merchandising (3 years)</li><li>Employee scheduling (3 years)</li><li>Food service (4 years)</li>',
          '</ul></div>',
          '<div class="rezemp-section"><h2>Certifications and Licenses</h2>',
          '<div class="rezemp-job-title">Food Handler Certification</div>',
          '<div class="rezemp-meta">June 2019 to June 2022</div>',
          '<div class="rezemp-job-title">Driver&#39;s License</div></div>',
          '<div class="rezemp-section"><h2>Additional Information</h2>',
          '<div class="rezemp-desc">Open availability including weekends. Keyholder for 4 years. '
          'I&#39;m looking for an assistant manager role with a company that promotes from within.</div></div>',
          '</div></body></html>']
    open(path, "w", encoding="utf-8").write("\n".join(h) + "\n")


add(file="w004.html", entries=w004, render=r004,
    family="US discount-store shift supervisor, Indeed résumé page saved as HTML ('Month YYYY to Present', "
           "skills with years), same employer twice, dietary aide in a nursing-home kitchen",
    layout="html, indeed/title_org, month / 'Present'")


# =====================================================================================================
# w005 — Filipino nurse in England, Google Docs 'Serif'-style template, fpdf2
# =====================================================================================================
w005 = [
    E("Staff Nurse (Band 5)", "Wexley General Hospital", "Surrey", "2022-03", "present", "facing",
      "healthcare_care", [
          "Care for 6-8 patients a shift on a 28-bed Acute Medical Unit: admissions, IV therapy, NEWS2 "
          "observations and medication rounds.",
          "Talk relatives through discharge plans and liaise with the discharge team and social workers.",
          "Preceptor for two newly qualified international nurses in 2024."]),
    E("Healthcare Assistant", "Wexley General Hospital", "Surrey", "2021-10", "2022-02", "facing",
      "healthcare_care", [
          "Worked as an HCA on the same unit while waiting for my OSCE result and NMC PIN: personal care, "
          "observations, blood sugars, helping patients to eat."]),
    E("Staff Nurse, Surgical Ward", "Al Rawdah Specialist Hospital", "Al Qassar, Saudi Arabia", "2017-06",
      "2021-07", "facing", "healthcare_care", [
          "Pre- and post-operative care on a 36-bed general surgery ward, mostly laparoscopic and orthopaedic "
          "cases. Wound care, drains, PCA pumps.",
          "Charge nurse on night shift from 2019."]),
    E("Healthcare Account Representative", "Northpoint Global Solutions", "Santa Leonor City, Philippines",
      "2016-01", "2017-05", "facing", "contact_center", [
          "Took inbound calls from US health-plan members about claims, benefits and prior authorisations "
          "(HIPAA-trained), about 60 calls a day with QA average of 96%."]),
]


def r005(r, path):
    e = r["entries"]
    pdf = FP(format="Letter", unit="pt")
    pdf.set_margins(60, 54, 60)
    pdf.set_auto_page_break(True, 54)
    pdf.set_title("Rhea Buenaventura CV")
    pdf.set_author("Rhea Mae Buenaventura")
    pdf.set_creator("Google Docs Renderer")
    pdf.add_page()
    accent = (218, 92, 54)
    top = pdf.get_y()
    pdf.set_font("Serif", "B", 26)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(300, 30, "Rhea Mae\nBuenaventura", **NL)
    pdf.set_font("Serif", "", 11)
    pdf.set_text_color(102, 102, 102)
    pdf.cell(300, 16, "Registered Nurse (NMC) · PIN 21J0xxxxO", **NL)
    pdf.set_xy(380, top + 2)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(172, 13, "Flat 3, 22 Calder Road\nWexley, Surrey KT99 4RB\n07700 900 622\n"
                   "rhea.buenaventura@mailbox.co.uk", align="R", **NL)
    pdf.set_y(top + 100)

    def heading(t):
        pdf.ln(8)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*accent)
        pdf.cell(0, 14, t, **NL)
        pdf.ln(2)

    heading("EXPERIENCE")
    for x in e:
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "", 11.5)
        pdf.multi_cell(0, 15, "**%s**, %s — __%s__" % (x.org, x.loc, x.title), markdown=True, **NL)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(102, 102, 102)
        pdf.cell(0, 14, dr(x, "MONTH", " - ", "PRESENT"), **NL)
        pdf.set_font("Serif", "", 10.5)
        pdf.set_text_color(40, 40, 40)
        pdf.multi_cell(0, 14, " ".join(x.bullets), **NL)
        pdf.ln(7)
    heading("EDUCATION")
    for a, b, c in [("Bicol Valley College of Nursing, Santa Leonor City", "Bachelor of Science in Nursing",
                     "JUNE 2011 - APRIL 2015"),
                    ("Philippine Nurse Licensure Examination", "Passed, 83.4%", "NOVEMBER 2015")]:
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(0, 15, a, **NL)
        pdf.set_font("Serif", "I", 10.5)
        pdf.cell(0, 14, b, **NL)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(102, 102, 102)
        pdf.cell(0, 14, c, **NL)
        pdf.ln(4)
    heading("SKILLS")
    pdf.set_font("Serif", "", 10.5)
    pdf.set_text_color(40, 40, 40)
    pdf.multi_cell(0, 14, "IV cannulation and venepuncture · Blood transfusion · NEWS2 / sepsis screening · "
                   "Catheterisation · Medicines management (eMAR) · Datix · Moving and handling trainer", **NL)
    heading("LANGUAGES")
    pdf.multi_cell(0, 14, "English (IELTS 7.5), Filipino, Bikol, basic Arabic", **NL)
    pdf.output(path)


add(file="w005.pdf", entries=w005, render=r005,
    family="Filipino staff nurse in England, Google Docs 'Serif'-style template: employer, town — title on one "
           "line, caps dates below, prose duties; Saudi hospital and a BPO healthcare account earlier",
    layout="fpdf2, gdocs-serif/org_title, MONTH / 'PRESENT'")


# =====================================================================================================
# w006 — Welsh primary teacher, Word with heading styles, list bullets and right tab-stop dates
# =====================================================================================================
w006 = [
    E("Class Teacher (Year 3/4)", "Bryn Teg Primary School", "Pen-y-Garth", "2017-09", "present", "facing",
      "education", [
          "Plan and teach a mixed Year 3/4 class of 28, including four pupils with ALN and two new to English",
          "Reading lead since 2021 - introduced the whole-school reading spine and the Thursday book swap",
          "Termly parent consultations and regular catch-ups at the gate; write the annual reports",
          "Run the after-school eco club (Green Flag 2024)"]),
    E("Curriculum Resources Writer (freelance)", "Llyfrau Afon Education", None, "2021-04", "2023-08",
      "affecting", None, [
          "Wrote 40 downloadable KS2 maths and literacy packs for the publisher's subscription site",
          "Revised packs after editor and teacher-panel feedback; evenings and holidays only"], etype="freelance"),
    E("Newly Qualified Teacher (Year 1)", "Cefn Ifor Primary School", "Abernant Isaf", "2016-09", "2017-07",
      "facing", "education", [
          "Completed induction year with a class of 24; phonics groups and outdoor learning every Friday"]),
    E("Teaching Assistant (Level 2)", "Cefn Ifor Primary School", "Abernant Isaf", "2014-01", "2015-07", "facing",
      "education", [
          "One-to-one support for a pupil with autism, including a visual timetable and calm-down plan",
          "Small-group phonics and number interventions; lunchtime and yard duty"]),
    E("Sales Assistant (Saturdays)", "Healthwise Chemist", "Abernant Isaf", "2010-09", "2013-12", "facing",
      "in_person_service", []),
]


def r006(r, path):
    e = r["entries"]
    d = new_doc("Calibri", 11, (2.0, 2.0, 2.2, 2.2))
    d.styles["Heading 1"].font.size = Pt(13)
    d.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    t = d.add_paragraph(style="Title")
    run(t, "Siân Pritchard")
    para(d, "12 Heol y Felin, Pen-y-Garth, CF99 3TQ  •  07700 900 358  •  sian.pritchard@mailbox.cymru",
         size=10, color="595959")
    d.add_heading("Personal Profile", level=1)
    para(d, "Experienced primary teacher (QTS, 2016) with nine years in Foundation Phase and KS2 classrooms. "
            "Welsh speaker (fluent). I am looking to move into a school business or admissions role where I can "
            "use my organisation and my work with families, and have a bit more evening back for my own two.")
    d.add_heading("Employment History", level=1)
    W = 16.6
    for i, x in enumerate(e):
        p = d.add_paragraph()
        right_tab(p, W)
        run(p, x.title, bold=True)
        if x.org:
            run(p, ", " + x.org)
        if x.loc:
            run(p, ", " + x.loc)
        style = "mon." if i % 2 == 0 else "mon"
        run(p, "\t" + dr(x, style, " – ", "Present"), italic=True)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        for b in x.bullets:
            para(d, b, style="List Bullet", space_after=0)
    d.add_heading("Education & Qualifications", level=1)
    for a, b in [("PGCE Primary with QTS, Prifysgol Glannau (University of the Coast)", "2015 – 2016"),
                 ("BA (Hons) Childhood Studies, 2:1, Prifysgol Glannau", "2011 – 2014"),
                 ("A Levels: English Literature (B), Welsh (B), Psychology (C)", "2011")]:
        p = d.add_paragraph()
        right_tab(p, W)
        run(p, a)
        run(p, "\t" + b, italic=True)
        p.paragraph_format.space_after = Pt(2)
    d.add_heading("Skills", level=1)
    for s in ["Welsh and English, spoken and written; happy to translate letters home",
              "Google Workspace for Education, Hwb, SIMS-style registers and assessment trackers",
              "Paediatric first aid (renewed 2025); DBS on the update service"]:
        para(d, s, style="List Bullet", space_after=0)
    d.add_heading("References", level=1)
    para(d, "Available on request.")
    save_docx(d, path, title="CV Siân Pritchard 2026", author="Siân Pritchard")


add(file="w006.docx", entries=w006, render=r006,
    family="Welsh primary teacher moving to school admin, Word heading styles, List Bullet and right tab-stop "
           "dates, freelance resources writing overlapping the teaching post, Saturday job without bullets",
    layout="docx, styles/title_org, mon. + mon / 'Present'")


# =====================================================================================================
# w007 — Irish service desk analyst, Markdown
# =====================================================================================================
w007 = [
    E("Service Desk Analyst (L1/L2)", "Corrib Medical Devices", "Ballyroe, Co. Galway", "2023-03", "present",
      "facing", "internal_support", [
          "First point of contact for ~1,100 staff across three sites - phone, Teams chat and the walk-up "
          "bar in the main plant",
          "Password resets, MFA re-registration, Intune laptop builds, printer queues, ServiceNow tickets "
          "end to end",
          "Wrote 25 KB articles; SLA met on 93% of P3 tickets in 2025"]),
    E("Data Centre Technician", "Atlantic Colo Services", "Cloonbrack Business Park, Co. Galway", "2021-06",
      "2023-02", "affecting", None, [
          "Racked, cabled and labelled servers and network kit for colocation tenants",
          "Swapped failed drives, PSUs and optics against remote-hands tickets, with photos for the ticket",
          "Cable audits and power readings on the 4-on-4-off night roster"]),
    E("IT Intern", "Corrib Medical Devices", "Ballyroe, Co. Galway", "2020-06", "2020-08", "facing",
      "internal_support", [
          "Imaged ~300 laptops for the Windows 10 rollout and kept the asset register up to date",
          "Floor-walked on go-live days, sorting out logins and mapped drives at people's desks"],
      etype="internship", dates="Summer 2020"),
    E("Retail Tech Advisor (part-time)", "PhoneBox", "Ballyroe Shopping Centre", "2018-09", "2021-05", "facing",
      "in_person_service", [
          "Set up new phones and moved data across for customers, booked in repairs, sold accessories and cover",
          "Weekend keyholder from 2020"]),
    E("Mentor", "Code Club Ballyroe", None, None, None, "facing", "volunteering", [
          "Saturday-morning sessions teaching 9-14 year olds Scratch and a bit of Python"],
      section="volunteer", etype="volunteer"),
]


def r007(r, path):
    e = r["entries"]
    m = ["# Ciarán Mulvey", "",
         "Ballyroe, Co. Galway · ciaran.mulvey@mailbox.ie · 087 555 0311 · github.com/cmulvey-it", "",
         "> IT support person who actually likes users. Three years on a busy manufacturing service desk, "
         "two years of night shifts in a data centre before that. Looking for an L2 / desktop support role.", "",
         "## Experience", ""]
    for x in e[:4]:
        m.append("**%s** · *%s* · %s  " % (x.title, x.org, x.loc))
        m.append("`%s`" % dr(x, "mon", " – ", "present"))
        m.append("")
        m += ["- " + b for b in x.bullets]
        m.append("")
    m += ["## Education", "",
          "**BSc (Hons) Computing & IT Management** — Atlantic Technological College, Ballyroe · 2017 – 2021  ",
          "Final-year project: a self-service password reset kiosk (Raspberry Pi + Azure AD).", "",
          "## Certs", "", "- CompTIA A+ (2021)", "- ITIL 4 Foundation (2023)",
          "- Microsoft 365 Endpoint Administrator Associate (in progress)", "",
          "## Volunteering", "",
          "- **%s**, %s — %s" % (e[4].title, e[4].org, e[4].bullets[0]), "",
          "## Other", "", "Full clean driving licence. Irish (conversational), English.", ""]
    open(path, "w", encoding="utf-8").write("\n".join(m))


add(file="w007.md", entries=w007, render=r007,
    family="Irish service desk analyst in Markdown, bold title · italic employer · place with a code-span date "
           "line, data-centre nights, a summer internship and an undated volunteer mentoring role",
    layout="md, bold-line/title_org, mon / 'present'")


# =====================================================================================================
# w008 — Filipino contact-centre team leader, LinkedIn profile copied from the browser as text
# =====================================================================================================
w008 = [
    E("Team Leader - Customer Care", "Harborview Contact Solutions", "San Teofilo City, Central Visayas, Philippines",
      "2023-01", "present", "facing", "contact_center", [
          "Leading 16 agents on a US telco account (billing + tech). Weekly 1:1 coaching, side-by-sides and "
          "call calibrations with QA.",
          "I take the supervisor calls on the floor - bill disputes, cancellations, the customers who ask for a "
          "manager in the first 10 seconds.",
          "Team was #1 in CSAT for 7 of the last 12 months."]),
    E("Senior Customer Care Representative", "Harborview Contact Solutions",
      "San Teofilo City, Central Visayas, Philippines", "2021-03", "2022-12", "facing", "contact_center", [
          "Inbound billing and technical calls, SME on the floor for new hires, nesting buddy for 3 waves."]),
    E("Customer Care Representative", "Harborview Contact Solutions",
      "San Teofilo City, Central Visayas, Philippines", "2020-08", "2021-02", "facing", "contact_center", []),
    E("Data Encoder", "City Government of San Teofilo", "San Teofilo City, Central Visayas, Philippines",
      "2019-04", "2020-07", "affecting", None, [
          "Encoded business permit renewals and cedula records into the new licensing system, scanned and "
          "filed supporting documents for the BPLO."]),
    E("Service Crew", "Kainan Express", "San Teofilo City, Central Visayas, Philippines", "2016-06", "2019-03",
      "facing", "in_person_service", [
          "Counter, drive-thru and dining. Crew of the Month x3. Part-time while in college."]),
    E("Catechist", "Sto. Niño de San Teofilo Parish", None, None, None, "facing", "volunteering", [
          "Sunday school for grade 3-4 kids and First Communion prep every summer."],
      section="volunteer", etype="volunteer"),
]


def r008(r, path):
    e = r["entries"]
    loc = e[0].loc
    t = ["Jerome Dela Paz", "",
         "Jerome Dela Paz", "He/Him", "Team Leader – Customer Care | Telco accounts | Coaching, QA & WFM",
         "%s" % loc, "Contact info", "500+ connections", "", "Open to", "Add profile section", "More", "",
         "About", "",
         "Six years in BPO, three of them leading a team. I came up from the phones so I know what a 9-hour "
         "shift with back-to-back irates feels like - my job now is making my agents good enough that the "
         "customer doesn't need to ask for me. Outside work: basketball, my two kids and too much Kainan "
         "Express chicken.",
         "Top skills", "Coaching • Customer Satisfaction (CSAT) • Call Calibration • Workforce Management • Escalations",
         "", "Activity", "612 followers", "Jerome hasn't posted yet", "Recent posts Jerome shares will be "
         "displayed here.", "Show all activity", "", "Experience", "",
         "Harborview Contact Solutions logo", "Harborview Contact Solutions",
         "Full-time · %s" % dur(e[2].start, "present"), loc]
    for x in e[:3]:
        t.append(x.title)
        t.append("%s · %s" % (dr(x, "mon", " - ", "Present"), dur(x.start, x.end)))
        t.append("On-site")
        t += x.bullets
        if x is e[0]:
            t.append("Coaching, Escalation Management and +3 skills")
    t += ["", "City Government of San Teofilo logo", e[3].title, "%s · Contractual" % e[3].org,
          "%s · %s" % (dr(e[3], "mon", " - ", "Present"), dur(e[3].start, e[3].end)), e[3].loc]
    t += e[3].bullets
    t += ["", "Kainan Express logo", e[4].title, "%s · Part-time" % e[4].org,
          "%s · %s" % (dr(e[4], "mon", " - ", "Present"), dur(e[4].start, e[4].end)), e[4].loc + " · On-site"]
    t += e[4].bullets
    t += ["Show all 5 experiences", "", "Education", "",
          "University of San Teofilo logo", "University of San Teofilo",
          "Bachelor of Science in Business Administration - BSBA, Marketing Management", "2015 - 2019", "",
          "Licenses & certifications", "", "COPC Customer Experience Standard - Foundations", "COPC Inc.",
          "Issued Mar 2024", "", "Volunteering", "",
          e[5].title, e[5].org, "Children", e[5].bullets[0], "",
          "Skills", "",
          "Customer Service", "Endorsed by 14 colleagues at Harborview Contact Solutions", "38 endorsements",
          "Coaching", "Team Leader - Customer Care at Harborview Contact Solutions", "21 endorsements",
          "Escalation Management", "Endorsed by Rowena Cabatingan who is highly skilled at this",
          "17 endorsements", "Call Calibration", "9 endorsements", "Show all 12 skills", "",
          "Languages", "", "English", "Full professional proficiency", "Filipino", "Native or bilingual proficiency",
          "Cebuano", "Native or bilingual proficiency", "", "Interests", "Top Voices  Companies  Groups  Schools", ""]
    open(path, "w", encoding="utf-8").write("\n".join(t))


add(file="w008.txt", entries=w008, render=r008,
    family="Filipino contact-centre team leader, LinkedIn profile copied from the browser as text: logo alt "
           "texts, company heading with three positions, 'Mon YYYY - Present · 3 yrs 11 mos', skills with "
           "endorsements, undated volunteering",
    layout="txt, linkedin-web/orgfirst, mon · duration / 'Present'")


# =====================================================================================================
# w009 — Australian pub supervisor, reportlab with a coloured left sidebar (Canva-like)
# =====================================================================================================
w009 = [
    E("Venue Supervisor", "The Drover's Rest Hotel", "Coolabah Heads NSW", "2024-03", "present", "facing",
      "in_person_service", [
          "Run the floor Fri/Sat nights, up to 300 covers plus the public bar and gaming room",
          "RSA/RCG: refuse service, manage intoxicated patrons, sort complaints before they escalate",
          "Cash-up, banking, rosters for 14 casuals"]),
    E("Bartender", "The Drover's Rest Hotel", "Coolabah Heads NSW", "2022-07", "2024-02", "facing",
      "in_person_service", [
          "Beer, wine and cocktails; TAB and Keno; glassware and cellar changes"]),
    E("Housekeeper", "Saltbush Beach Resort", "Coolabah Heads NSW", "2021-02", "2022-06", "affecting", None, [
          "Serviced 14-16 rooms and villas per shift to checklist",
          "Restocked minibars and amenities; reported maintenance issues to the duty manager"]),
    E("Kitchen Hand", "Coolabah Heads Bowling Club", "Coolabah Heads NSW", "2019-01", "2021-01", "affecting",
      None, ["Dishes, basic prep, fryer on busy nights, closing clean"]),
    E("Swim Instructor (casual)", "Coolabah Aquatic Centre", "Coolabah Heads NSW", "2017-10", "2018-12",
      "facing", "education", [
          "Taught Learn to Swim classes for 3-8 year olds after school and on Saturdays"]),
]


def r009(r, path):
    e = r["entries"]
    teal = HexColor("#1F5F5B")
    light = HexColor("#E8F1F0")

    def deco(d, page, total):
        if page != 1:
            return
        d.c.setFillColor(teal)
        d.c.rect(0, 0, 178, d.H, stroke=0, fill=1)
        keep = (d.L, d.R, d.y)
        d.col(22, 160)
        d.y = d.H - 48
        white = HexColor("#FFFFFF")
        d.line("TAYLA", "DV-B", 22, white, lead=26)
        d.line("BRENNAN", "DV-B", 22, white, lead=34)
        for head, items in [
            ("CONTACT", ["0400 555 271", "tayla.brennan@mailbox.com.au", "Coolabah Heads NSW 2999"]),
            ("LICENCES", ["RSA (NSW competency card)", "RCG", "Food Safety Supervisor", "First Aid HLTAID011",
                          "NSW Driver Licence (C)"]),
            ("SKILLS", ["Cocktails & cellar", "Cash handling", "Rostering", "Conflict de-escalation",
                        "Bepoz POS"]),
            ("AVAILABILITY", ["Any shifts, incl. late nights and weekends"]),
        ]:
            d.line(head, "DV-B", 10.5, white, lead=16)
            for it in items:
                d.para(it, "DV", 9, white, lead=12)
            d.gap(12)
        d.L, d.R, d.y = keep

    def draw(d):
        d.col(205, d.W - 40)
        d.line("Hospitality supervisor", "DV", 15, teal, lead=24)
        d.para("Seven years in pubs, clubs and a resort. Calm on a packed Saturday, good with regulars and with "
               "the ones who've had enough. After a supervisor or duty manager role in a venue that cares about "
               "its people.", "DV", 9.5, black, lead=13)
        d.gap(10)
        d.c.setFillColor(light)
        d.c.rect(d.L - 4, d.y - 18, d.R - d.L + 8, 18, stroke=0, fill=1)
        d.line("WORK EXPERIENCE", "DV-B", 11, teal, lead=24)
        for x in e:
            d.line(x.title, "DV-B", 10.5, black, lead=14, keep=30, right=dr(x, "mon", " – ", "Current"),
                   rfont="DV", rsize=9, rcolor=HexColor("#555555"))
            d.line("%s  |  %s" % (x.org, x.loc), "DV-I", 9.5, HexColor("#333333"), lead=14)
            for b in x.bullets:
                d.para(b, "DV", 9.5, black, lead=12.5, indent=4, bullet="–", bindent=10)
            d.gap(8)
        d.c.setFillColor(light)
        d.c.rect(d.L - 4, d.y - 18, d.R - d.L + 8, 18, stroke=0, fill=1)
        d.line("EDUCATION", "DV-B", 11, teal, lead=24)
        d.line("Certificate III in Hospitality (SIT30622)", "DV-B", 10, black, lead=13,
               right="2023", rfont="DV", rsize=9)
        d.line("North Coast TAFE, Coolabah Heads campus", "DV-I", 9.5, black, lead=16)
        d.line("Higher School Certificate", "DV-B", 10, black, lead=13, right="2018", rfont="DV", rsize=9)
        d.line("Coolabah Heads High School", "DV-I", 9.5, black, lead=16)
        d.gap(6)
        d.c.setFillColor(light)
        d.c.rect(d.L - 4, d.y - 18, d.R - d.L + 8, 18, stroke=0, fill=1)
        d.line("REFEREES", "DV-B", 11, teal, lead=24)
        d.para("Gary Mould, Licensee, The Drover's Rest Hotel - 02 5550 1187", "DV", 9.5, black, lead=13)
        d.para("Nicole Feeney, Executive Housekeeper, Saltbush Beach Resort - 0400 555 903", "DV", 9.5, black,
               lead=13)

    rl_build(path, draw, size=A4, margins=(205, 40, 44, 40), deco=deco,
             meta=dict(title="Tayla Brennan - Resume", author="Tayla Brennan", creator="Canva"))


add(file="w009.pdf", entries=w009, render=r009,
    family="Australian pub venue supervisor, Canva-like PDF with a teal left sidebar (contact, licences, skills, "
           "availability), title line with right-aligned dates, 'Employer | Town' line",
    layout="reportlab, sidebar/title_org, mon / 'Current'")


# =====================================================================================================
# w010 — South African receptionist, Word with a label/value table per job and 'Reason for leaving'
# =====================================================================================================
w010 = [
    E("Receptionist / Admin Assistant", "Mthembu & Partners Attorneys", "Mbilini", "2021-02", "present",
      "facing", "in_person_service", [
          "Answering the switchboard and greeting clients at reception",
          "Booking consultations in the attorneys' diaries and sending reminders",
          "Opening new client files and capturing details on the practice system",
          "Petty cash, courier bookings, ordering stationery"], period="Feb 2021 – to date",
      leaving="Currently employed – seeking growth"),
    E("Creditors Clerk", "Sunveld Wholesale (Pty) Ltd", "Mbilini", "2018-03", "2021-01", "none", None, [
          "Capturing supplier invoices and credit notes on Pastel",
          "Reconciling supplier statements monthly",
          "Preparing the weekly EFT payment run for the financial manager's approval",
          "Filing and month-end assistance"], period="March 2018 – January 2021",
      leaving="Offered position closer to home"),
    E("Debtors Clerk", "Sunveld Wholesale (Pty) Ltd", "Mbilini", "2016-04", "2018-02", "facing",
      "contact_center", [
          "Allocating customer receipts and sending monthly statements",
          "Phoning spaza and tuck-shop owners with overdue accounts to arrange payment",
          "Processing credit applications for new customers"], period="April 2016 – February 2018",
      leaving="Internal transfer to creditors"),
    E("Cashier", "Lekker Foods Supermarket", "Mbilini", "2013", "2015", "facing", "in_person_service", [
          "Till operation, cash-up, packing, helping customers with electricity and airtime vouchers"],
      period="2013 – 2015", leaving="To study (N4 Financial Management)"),
]


def r010(r, path):
    e = r["entries"]
    d = new_doc("Century Gothic", 10, (1.8, 1.8, 2.0, 2.0))
    para(d, "CURRICULUM VITAE", bold=True, size=16, align="center", space_after=2)
    para(d, "NOMVULA PRECIOUS KHUMALO", bold=True, size=13, align="center", space_after=12)
    para(d, "PERSONAL DETAILS", bold=True, size=11, color="1F3864", space_after=4)
    pt = d.add_table(rows=0, cols=2)
    pt.style = d.styles["Table Grid"]
    for a, b in [("Surname", "Khumalo"), ("First names", "Nomvula Precious"), ("Identity number", "9403150xxx08x"),
                 ("Gender", "Female"), ("Nationality", "South African"), ("Home language", "isiZulu"),
                 ("Other languages", "English, Sesotho, Afrikaans (basic)"), ("Driver's licence", "Code 08"),
                 ("Address", "2217 Zwane Street, Mbilini, Gauteng, 1999"),
                 ("Cell", "072 555 0148"), ("E-mail", "nomvula.khumalo@mailbox.co.za")]:
        c = pt.add_row().cells
        run(first_cell_para(c[0]), a, bold=True)
        run(first_cell_para(c[1]), b)
    widths(pt, [5.0, 12.4])
    para(d, "", space_after=4)
    para(d, "EDUCATION", bold=True, size=11, color="1F3864", space_after=4)
    et = d.add_table(rows=0, cols=2)
    et.style = d.styles["Table Grid"]
    for a, b in [("Highest grade passed", "Grade 12 (2012) – Mbilini Secondary School"),
                 ("Tertiary", "N4 – N6 Financial Management (2016 – 2017), Mbilini TVET College – completed "
                              "part-time"),
                 ("Short courses", "Sage Pastel Partner (2018); Basic Labour Relations (2022)")]:
        c = et.add_row().cells
        run(first_cell_para(c[0]), a, bold=True)
        run(first_cell_para(c[1]), b)
    widths(et, [5.0, 12.4])
    para(d, "", space_after=4)
    para(d, "EMPLOYMENT HISTORY", bold=True, size=11, color="1F3864", space_after=4)
    for x in e:
        t = d.add_table(rows=0, cols=2)
        t.style = d.styles["Table Grid"]
        for lab, val in [("Company:", x.org), ("Position:", x.title), ("Period:", x.x["period"])]:
            c = t.add_row().cells
            run(first_cell_para(c[0]), lab, bold=True)
            run(first_cell_para(c[1]), val, bold=(lab == "Position:"))
        c = t.add_row().cells
        run(first_cell_para(c[0]), "Duties:", bold=True)
        for i, b in enumerate(x.bullets):
            p = first_cell_para(c[1]) if i == 0 else c[1].add_paragraph()
            run(p, "• " + b)
        c = t.add_row().cells
        run(first_cell_para(c[0]), "Reason for leaving:", bold=True)
        run(first_cell_para(c[1]), x.x["leaving"])
        widths(t, [5.0, 12.4])
        para(d, "", space_after=2)
    para(d, "REFERENCES", bold=True, size=11, color="1F3864", space_after=4)
    for s in ["Adv. S. Mthembu – Senior Partner, Mthembu & Partners Attorneys – 011 555 0920",
              "Mrs L. van Wyk – Financial Manager, Sunveld Wholesale (Pty) Ltd – 011 555 0371",
              "Mr P. Naidoo – Store Manager, Lekker Foods Supermarket – 072 555 0266"]:
        para(d, s, space_after=0)
    save_docx(d, path, title="CV", author="User")


add(file="w010.docx", entries=w010, render=r010,
    family="South African receptionist, Word CV with personal-details grid and one bordered label/value table "
           "per job (Company / Position / Period / Duties / Reason for leaving), year-only cashier dates",
    layout="docx, table-per-job/org_title, month + 'to date' / year-only")
