"""w021–w030."""
from lib import E, dr, dur, fmt
from render import *  # noqa: F401,F403
from reportlab.lib.colors import HexColor, black
import html as _html

R = []


def add(**kw):
    R.append(kw)


def _ent(s):
    """Escape like Google Docs' HTML export does (curly apostrophes as entities)."""
    return _html.escape(s, quote=False).replace("'", "&rsquo;")


# =====================================================================================================
# w021 — Jamaican front office supervisor, Google Docs 'Download as web page' HTML
# =====================================================================================================
w021 = [
    E("Front Office Supervisor", "Seagrape Bay Resort & Spa", "Pimento Vale, St. Ann", "2021-11", "present", "facing",
      "in_person_service", [
          "Supervise a team of 9 guest service agents across three shifts at a 240-room all-inclusive",
          "Handle guest complaints and service recovery, VIP and group arrivals",
          "Train new agents on Opera PMS and the upsell programme (room upgrades up 22% in 2024)"]),
    E("Night Auditor", "Seagrape Bay Resort & Spa", "Pimento Vale, St. Ann", "2019-06", "2021-10", "facing",
      "in_person_service", [
          "Ran the night audit, balanced guest folios and posted room and tax charges",
          "Prepared the daily revenue and occupancy report for the GM",
          "Covered the front desk overnight for late arrivals, guest calls and early check-outs"]),
    E("Reservations Agent", "Coral Ridge Villas", "Port Esperanza, St. Mary", "2017-03", "2019-05", "facing",
      "contact_center", [
          "Took booking calls and emails from guests and overseas travel agents, quoted rates and packages",
          "Processed deposits and amendments; followed up on pending quotes"]),
    E("Accounts Clerk", "Port Esperanza Hardware Ltd.", "Port Esperanza, St. Mary", "2015-01", "2017-02", "none",
      None, [
          "Bank reconciliations, supplier payments and the fortnightly payroll for 23 staff",
          "Kept the fixed asset register in QuickBooks"]),
]


def r021(r, path):
    e = r["entries"]
    css = ("ul.lst-kix_q8m2-0{list-style-type:none}.lst-kix_q8m2-0>li:before{content:\"\\0025cf   \"}"
           "ol{margin:0;padding:0}table td,table th{padding:0}"
           ".c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;"
           "font-family:\"Lato\";font-style:normal}.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;"
           "orphans:2;widows:2;text-align:left}.c2{color:#0b5394;font-weight:700;font-size:11pt;font-family:\"Lato\"}"
           ".c3{font-weight:700;font-size:10.5pt;font-family:\"Lato\"}.c4{font-style:italic;color:#666666}"
           ".c5{margin-left:36pt;padding-left:0pt}.c6{font-size:24pt;font-family:\"Playfair Display\"}"
           ".c7{max-width:468pt;padding:72pt 72pt 72pt 72pt;background-color:#ffffff}"
           ".title{padding-top:0pt;color:#000000;font-size:26pt}")
    h = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">',
         '<style type="text/css">%s</style></head><body class="c7 doc-content">' % css,
         '<p class="c1 title" id="h.x1"><span class="c6">Shanice Ebanks-Powell</span></p>',
         '<p class="c1"><span class="c0">Pimento Vale, St. Ann, Jamaica &nbsp;| &nbsp;(876) 555-0139 &nbsp;| &nbsp;'
         'shanice.ebankspowell@mailbox.com</span></p>',
         '<p class="c1"><span class="c0"></span></p>',
         '<p class="c1"><span class="c2">PROFILE</span></p>',
         '<p class="c1"><span class="c0">Hospitality professional with ten years in hotel front office, '
         'reservations and accounts. I know the numbers side of the desk as well as the guest side, and I&rsquo;m '
         'ready for an assistant front office manager role.</span></p>',
         '<p class="c1"><span class="c0"></span></p>',
         '<p class="c1"><span class="c2">EXPERIENCE</span></p>']
    for i, x in enumerate(e):
        h.append('<p class="c1"><span class="c3">%s</span><span class="c0">, %s</span></p>' %
                 (_ent(x.title), _ent(x.org)))
        h.append('<p class="c1"><span class="c0 c4">%s &nbsp;&middot; &nbsp;%s</span></p>' %
                 (_ent(x.loc), _ent(dr(x, "month", " – ", "Present")).replace("–", "&ndash;")))
        h.append('<ul class="c5 lst-kix_q8m2-0%s">' % (" start" if i == 0 else ""))
        for b in x.bullets:
            h.append('<li class="c1 li-bullet-0"><span class="c0">%s</span></li>' % _ent(b))
        h.append('</ul><p class="c1"><span class="c0"></span></p>')
    h += ['<p class="c1"><span class="c2">EDUCATION</span></p>',
          '<p class="c1"><span class="c3">Associate Degree in Hospitality &amp; Tourism Management</span>'
          '<span class="c0">, Northcoast Community College &middot; 2014</span></p>',
          '<p class="c1"><span class="c3">CSEC</span><span class="c0">: 7 subjects incl. English A, Mathematics, '
          'Principles of Accounts &middot; 2011</span></p>',
          '<p class="c1"><span class="c0"></span></p>',
          '<p class="c1"><span class="c2">SKILLS</span></p>',
          '<p class="c1"><span class="c0">Opera PMS &middot; night audit &middot; QuickBooks &middot; revenue '
          'reports &middot; complaint handling &middot; Spanish (conversational)</span></p>',
          '<p class="c1"><span class="c0"></span></p>',
          '<p class="c1"><span class="c2">REFERENCES</span></p>',
          '<p class="c1"><span class="c0">Available upon request.</span></p>',
          '</body></html>']
    open(path, "w", encoding="utf-8").write("".join(h))


add(file="w021.html", entries=w021, render=r021,
    family="Jamaican hotel front office supervisor, Google Docs 'download as web page' HTML (class-soup spans, "
           "&rsquo; entities, kix lists), 'Title, Employer' then 'Place · Month YYYY – Present'",
    layout="html, gdocs-export/title_org, month / 'Present'")


# =====================================================================================================
# w022 — Scottish complaints specialist, DOCX exported from Google Docs, manual '●' bullets
# =====================================================================================================
w022 = [
    E("Complaints Resolution Specialist", "Northlight Energy", "Inverbrae", "2023-10", "present", "facing",
      "contact_center", [
          "Investigate stage 2 complaints from household customers: billing disputes, smart meter faults, "
          "back-billing",
          "Phone every customer to talk through what I found and agree a resolution before I write the final "
          "response letter",
          "Prepare case files for the Energy Ombudsman; 82% of my cases closed without referral"]),
    E("Customer Service Advisor", "Northlight Energy", "Inverbrae", "2021-04", "2023-09", "facing",
      "contact_center", [
          "Inbound calls and webchat on bills, meter readings, payment plans and moving home",
          "Priority Services Register sign-ups and referrals to the hardship fund"]),
    E("Collections Agent", "Saltire Credit Services", "Kilbarrow", "2019-02", "2021-03", "facing",
      "contact_center", [
          "Outbound calls to customers in arrears on catalogue and credit card accounts, setting up affordable "
          "repayment plans",
          "Income and expenditure assessments; signposted customers to free debt advice"]),
    E("Warehouse Operative", "Fernlea Fulfilment Centre", "Kilbarrow", "2017-11", "2019-01", "affecting", None, [
          "Picking and packing online fashion orders; 10-hour shifts over peak",
          "Returns processing - checking items back in and regrading them for resale"]),
    E("Telephone Befriender", "Silver Threads Befriending", None, "2020-01", "present", "facing", "volunteering", [
          "Weekly phone call with two older people who live alone"], section="volunteer", etype="volunteer"),
]


def r022(r, path):
    e = r["entries"]
    d = new_doc("Arial", 10, (2.54, 2.54, 2.54, 2.54))
    para(d, "Kirsty MacAskill", size=22, font="Merriweather", space_after=0)
    para(d, "Inverbrae  ·  07700 900 741  ·  kirsty.macaskill@mailbox.scot", size=9, color="666666",
         space_after=14)

    def head(t):
        para(d, t, bold=True, size=11, color="1C4587", space_before=10, space_after=4)

    head("PROFILE")
    para(d, "Seven years in customer service and complaints for energy and credit firms. I like getting to the "
            "bottom of a problem and phoning the customer myself to explain it. Looking for a complaints team "
            "leader or quality role.", space_after=2)
    head("WORK EXPERIENCE")
    for x in e[:4]:
        p = para(d, "", space_after=0)
        run(p, x.title, bold=True, size=10.5)
        run(p, "  |  " + x.org, size=10.5)
        if x.title == "Warehouse Operative":
            run(p, " (through Clydeway Recruitment)", size=10.5)
        para(d, "%s, %s" % (dr(x, "mon", " – ", "present"), x.loc), italic=True, color="666666", size=9,
             space_after=2)
        for b in x.bullets:
            p = para(d, "●   " + b, space_after=0)
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.5)
        para(d, "", space_after=2, size=6)
    head("VOLUNTEERING")
    x = e[4]
    p = para(d, "", space_after=0)
    run(p, x.title, bold=True)
    run(p, "  |  " + x.org)
    para(d, dr(x, "mon", " – ", "present"), italic=True, color="666666", size=9, space_after=2)
    p = para(d, "●   " + x.bullets[0], space_after=0)
    p.paragraph_format.left_indent = Cm(0.9)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    head("EDUCATION & TRAINING")
    for s in ["SVQ Level 3 in Customer Service, 2022",
              "Highers: English (B), Modern Studies (B), Business Management (C) – Inverbrae Academy, 2017"]:
        para(d, s, space_after=0)
    head("SKILLS")
    para(d, "Salesforce Service Cloud, Genesys, Word/Excel · complaint root-cause analysis · vulnerable customer "
            "handling · FCA Consumer Duty basics", space_after=0)
    save_docx(d, path, title="Kirsty MacAskill CV", author="Kirsty MacAskill")


add(file="w022.docx", entries=w022, render=r022,
    family="Scottish complaints specialist, DOCX exported from Google Docs (no heading styles, manual '●' "
           "bullets), 'Title | Employer' with italic 'dates, town' line, agency warehouse job, volunteer befriender",
    layout="docx, gdocs/title_org, mon / 'present'")


# =====================================================================================================
# w023 — Australian electrician, reportlab single column with two-column header
# =====================================================================================================
w023 = [
    E("Electrician", "Sparkrite Electrical Services", "Wattle Creek QLD", "2022-08", "present", "facing",
      "other_facing", [
          "Domestic and light commercial service calls, 5-7 jobs a day across the Wattle Creek region",
          "Switchboard upgrades, RCD and smoke alarm compliance in rentals - I organise access with the tenants",
          "Quote on site and walk homeowners through the options; take payment on the EFTPOS terminal"]),
    E("Maintenance Electrician (FIFO 2/1)", "Red Dirt Mining Services", "Kalkaroo Ridge mine site, WA", "2019-03",
      "2022-07", "none", None, [
          "Fault-finding and PM on conveyors, crushers, MCCs and VSDs",
          "HV switching assistant; isolations and permit-to-work"]),
    E("Apprentice Electrician", "Wattle Creek Electrical Contractors", "Wattle Creek QLD", "2015-01", "2019-02",
      "none", None, [
          "Four-year apprenticeship on new housing estates and commercial fit-outs (Cert III in "
          "Electrotechnology, 2019)"], etype="internship"),
    E("Console Operator", "Wattle Creek Fuel & Go", "Wattle Creek QLD", "2013-06", "2014-12", "facing",
      "in_person_service", [
          "Served customers at the console, fuel and food sales, restocked fridges and cleaned the forecourt"]),
]


def r023(r, path):
    e = r["entries"]
    navy = HexColor("#1B2A41")
    amber = HexColor("#C27C0E")

    def draw(d):
        top = d.y
        d.line("BRODIE NANKERVIS", "DVC-B", 22, navy, lead=26)
        d.line("A-Grade Electrician  |  QLD Electrical Licence", "DVC", 11, amber, lead=14)
        left_end = d.y
        d.y = top - 2
        for s in ["0400 555 819", "brodie.nankervis@mailbox.com.au", "Wattle Creek QLD 4999",
                  "Open C licence, own ute"]:
            d.line(s, "DVC", 9.5, navy, lead=12, align="right")
        d.y = min(d.y, left_end) - 6
        d.hr(amber, 2, pad=4)
        d.gap(4)
        d.line("PROFILE", "DVC-B", 11.5, navy, lead=16)
        d.para("Licensed electrician, 11 years on the tools across housing, commercial and a mine site. Back home "
               "off FIFO and enjoying domestic service work - after a permanent role with a local contractor.",
               "DVC", 10, black, lead=13.5)
        d.gap(8)
        d.line("EMPLOYMENT", "DVC-B", 11.5, navy, lead=16)
        for x in e:
            d.line(x.title, "DVC-B", 10.5, black, lead=13.5, keep=30, right=dr(x, "mon", " – ", "Current"),
                   rfont="DVC", rsize=9.5, rcolor=amber)
            d.line("%s, %s" % (x.org, x.loc), "DVC-I", 10, navy, lead=13.5)
            for b in x.bullets:
                d.para(b, "DVC", 10, black, lead=13, indent=6, bullet="•", bindent=10)
            d.gap(8)
        d.line("TICKETS & LICENCES", "DVC-B", 11.5, navy, lead=16)
        for s in ["QLD Electrical Worker Licence (Electrical Mechanic)", "QLD Electrical Contractor Licence - in "
                  "progress", "Working at Heights, Confined Space, EWP (yellow card)", "Low Voltage Rescue & CPR "
                  "(current)", "HV Switching - Mining (2020)", "White Card"]:
            d.para(s, "DVC", 10, black, lead=13, indent=6, bullet="•", bindent=10)
        d.gap(8)
        d.line("REFEREES", "DVC-B", 11.5, navy, lead=16)
        d.para("Darren Pascoe, Owner, Sparkrite Electrical Services - 0400 555 630", "DVC", 10, black, lead=13)
        d.para("Leanne Walsh, Electrical Supervisor, Red Dirt Mining Services - 0400 555 247", "DVC", 10, black,
               lead=13)

    rl_build(path, draw, size=A4, margins=(50, 50, 46, 46),
             meta=dict(title="Brodie Nankervis Resume", author="Brodie", creator="Microsoft® Word for Microsoft 365"))


add(file="w023.pdf", entries=w023, render=r023,
    family="Australian electrician back from FIFO, Word-to-PDF single column with two-column header (contact "
           "right), title with right-aligned dates and 'Employer, Town' line, mine-site and apprenticeship work",
    layout="reportlab, twocol-header/title_org, mon / 'Current'")


# =====================================================================================================
# w024 — Indian accounts executive, DOCX with a career-summary grid and per-employer R&R
# =====================================================================================================
w024 = [
    E("Accounts Executive", "Vasundhara Agro Foods Pvt. Ltd.", "Chikka Nandagiri", "2021-07", "present", "none", None, [
          "Preparation and filing of GST returns (GSTR-1, GSTR-3B) and quarterly TDS returns",
          "Vendor ledger reconciliation and payment processing in Tally Prime",
          "Assisting statutory auditors during year-end audit",
          "Monthly MIS on sales, purchases and outstandings for management"]),
    E("Billing Executive", "Sanjeevani Multispeciality Hospital", "Chikka Nandagiri", "2018-04", "2021-06", "facing",
      "in_person_service", [
          "Preparing interim and final bills for in-patients at the time of discharge",
          "Explaining bill break-up to patients and attenders at the billing counter and collecting payments "
          "(cash, card, UPI)",
          "Coordinating with TPA and insurance desk for cashless approvals and final settlement"]),
    E("Tele-caller", "Kaveri Finserv", "Chikka Nandagiri", "2016-06", "2018-03", "facing", "contact_center", [
          "Calling leads from database for personal loans and two-wheeler loans, explaining eligibility and "
          "documents required",
          "Fixing appointments for field executives; maintaining daily call report"]),
    E("Data Entry Operator", "Chikka Nandagiri Co-operative Milk Producers' Society", "Chikka Nandagiri", "2014", "2016",
      "affecting", None, [
          "Entering daily milk collection (litres, fat %, SNF) of member farmers and printing their fortnightly "
          "payment slips"]),
]


def r024(r, path):
    e = r["entries"]
    d = new_doc("Times New Roman", 11, (2.0, 2.0, 1.8, 1.8))
    para(d, "RESUME", bold=True, size=14, align="center", space_after=6)
    p = para(d, "", space_after=0)
    run(p, "SHALINI RAGHAVENDRA RAO", bold=True, size=13)
    para(d, "Mobile: +91 94480 5xxxx", space_after=0)
    para(d, "Email: shalini.rrao@mailbox.in", space_after=0)
    para(d, "Address: #221, 4th Main, Vidyanagar, Chikka Nandagiri – 562 999, Karnataka", space_after=8)

    def head(t):
        p = para(d, "", space_before=8, space_after=4)
        run(p, t, bold=True, size=11.5)
        pPr = p._p.get_or_add_pPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:fill"), "D9D9D9")
        pPr.append(sh)

    head("CAREER OBJECTIVE")
    para(d, "Seeking a position in accounts and finance where I can utilise my knowledge of GST, TDS and Tally and "
            "grow along with the organisation.", space_after=2)
    head("EXPERIENCE SUMMARY")
    para(d, "Total experience: 12 years (accounts, hospital billing, tele-calling and data entry).", space_after=4)
    t = d.add_table(rows=1, cols=5)
    t.style = d.styles["Table Grid"]
    for c, v in zip(t.rows[0].cells, ["Sl. No.", "Organisation", "Designation", "From", "To"]):
        run(first_cell_para(c), v, bold=True)
    for i, x in enumerate(e, 1):
        c = t.add_row().cells
        yr = x.prec == "year"
        vals = [str(i), x.org, x.title, fmt(x.start, "yyyy" if yr else "mon"),
                "Till Date" if x.end == "present" else fmt(x.end, "yyyy" if yr else "mon")]
        for cc, v in zip(c, vals):
            run(first_cell_para(cc), v)
    widths(t, [1.3, 6.0, 3.8, 2.3, 2.3])
    head("ROLES AND RESPONSIBILITIES")
    for x in e:
        p = para(d, "", space_before=6, space_after=0)
        run(p, x.org, bold=True)
        run(p, "  (%s)" % dr(x, "month", " to ", "Till Date"))
        p = para(d, "", space_after=2)
        run(p, "Designation: ", bold=True)
        run(p, x.title)
        for b in x.bullets:
            para(d, b, style="List Bullet", space_after=0)
    head("EDUCATIONAL QUALIFICATION")
    t = d.add_table(rows=1, cols=4)
    t.style = d.styles["Table Grid"]
    for c, v in zip(t.rows[0].cells, ["Course", "University / Board", "Year", "Percentage"]):
        run(first_cell_para(c), v, bold=True)
    for row in [("M.Com (Distance)", "Karnataka State Open University", "2020", "64%"),
                ("B.Com", "Chikka Nandagiri First Grade College", "2014", "68%"),
                ("PUC (Commerce)", "Dept. of Pre-University Education", "2011", "74%")]:
        c = t.add_row().cells
        for cc, v in zip(c, row):
            run(first_cell_para(cc), v)
    head("COMPUTER KNOWLEDGE")
    for s in ["Tally Prime with GST, MS Excel (VLOOKUP, pivot), MS Word", "GST portal, TRACES, Income Tax e-filing"]:
        para(d, s, style="List Bullet", space_after=0)
    head("PERSONAL PROFILE")
    for a, b in [("Father's Name", "Sri. K. Raghavendra Rao"), ("Date of Birth", "02-08-1993"),
                 ("Marital Status", "Married"), ("Languages Known", "Kannada, English, Hindi, Telugu")]:
        p = para(d, "", space_after=0)
        right_tab(p, 4.5)
        run(p, a + "\t: " + b)
    head("DECLARATION")
    para(d, "I hereby declare that the above details are true and correct to the best of my knowledge.",
         space_after=12)
    p = para(d, "Place: Chikka Nandagiri", space_after=0)
    p = para(d, "Date:", space_after=0)
    right_tab(p, 17.0)
    run(p, "\t(SHALINI R. RAO)")
    save_docx(d, path, title="Resume", author="admin")


add(file="w024.docx", entries=w024, render=r024,
    family="Indian accounts executive, Word CV with a bordered career-summary grid (Organisation / Designation / "
           "From / To) and per-employer responsibilities, hospital billing counter, year-only data entry "
           "overlapping tele-calling, declaration",
    layout="docx, grid+rr/org_title, month + 'Till Date' / year-only")


# =====================================================================================================
# w025 — New Zealand chemistry student and barista, Markdown (Notion-style export)
# =====================================================================================================
w025 = [
    E("Barista", "Kōkako Coffee Co.", "Harakeke Point", "2024-02", "present", "facing", "in_person_service", [
          "Espresso machine on the morning rush (300+ coffees), till, opening on Saturdays",
          "Know most of our regulars' orders before they get to the counter",
          "Part-time, about 20 hrs a week around lectures"]),
    E("Chemistry Lab Demonstrator", "Te Awa University", "Harakeke Point", "2025-07", "2025-11", "facing",
      "education", [
          "Ran weekly 3-hour CHEM111 labs for 24 first-years: safety briefing, helping with titrations, marking "
          "lab books"], section="other"),
    E("Summer Research Student", "Te Awa University, School of Chemical Sciences", "Harakeke Point", "2024-11",
      "2025-02", "none", None, [
          "10-week summer scholarship synthesising and characterising MOFs (NMR, PXRD); poster at the "
          "end-of-summer symposium"], section="other", etype="internship"),
    E("Packhouse Worker (seasonal)", "Waiorongo Kiwifruit Packhouse", "Waiorongo", "2023-03", "2023-06", "none", None, [
          "Grading and packing kiwifruit for export, 10-hour night shifts"]),
    E("Volunteer Coach", "Harakeke Point Junior Rugby Club", None, None, None, "facing", "volunteering", [
          "Coach the Under-9s with another parent - Tuesday practice and Saturday games"],
      section="volunteer", etype="volunteer"),
]


def r025(r, path):
    e = r["entries"]
    m = ["# Sione Fa'asoa-Reid", "",
         "📍 Harakeke Point · ✉️ sione.fr@mailbox.co.nz · 📞 022 555 0486", "",
         "BSc Chemistry (3rd year) at Te Awa University, looking for a lab technician or QC assistant role "
         "over summer and after I graduate in 2027.", "",
         "---", "", "## 🧪 Work", "",
         "| Role | Where | When |", "|---|---|---|"]
    for x in e[:4]:
        m.append("| %s | %s | %s |" % (x.title, x.org, dr(x, "mon", " – ", "now")))
    m += ["", "### Details", ""]
    for x in e[:4]:
        m.append("**%s** — %s, %s (%s)" % (x.title, x.org, x.loc, dr(x, "mon", " – ", "now")))
        m += ["- " + b for b in x.bullets]
        m.append("")
    m += ["## 🏉 Volunteering", "",
          "**%s** — %s" % (e[4].title, e[4].org), "- " + e[4].bullets[0], "",
          "## 🎓 Education", "",
          "- BSc (Chemistry major, Biochemistry minor), Te Awa University — 2024–2026 (expected), GPA 7.4/9",
          "- NCEA Level 3 with Merit, Harakeke Point College — 2022", "",
          "## Skills", "",
          "Titration, UV-Vis, basic NMR and PXRD interpretation · Excel · Python (pandas, a bit) · "
          "Full licence · Food Safety Level 2", ""]
    open(path, "w", encoding="utf-8").write("\n".join(m))


add(file="w025.md", entries=w025, render=r025,
    family="New Zealand chemistry student, Notion-style Markdown export with emoji headings, a Role/Where/When "
           "table repeated as details, university roles during the degree, undated volunteer coaching",
    layout="md, table+details/title_org, mon / 'now'")


# =====================================================================================================
# w026 — US registered nurse, Word heading styles, career break listed
# =====================================================================================================
w026 = [
    E("Registered Nurse – Med/Surg Telemetry", "Magnolia Regional Medical Center", "Hickory Bend, GA", "2022-07",
      "present", "facing", "healthcare_care", [
          "Care for 5-6 adult patients per shift on a 32-bed med/surg telemetry unit",
          "Admissions, discharge teaching, wound vac and PICC care; Epic charting",
          "Charge nurse rotation; precept new graduate nurses"]),
    E("Utilization Review Nurse (Remote)", "ClearPath Health Plans", "Hickory Bend, GA", "2021-09", "2022-06",
      "affecting", None, [
          "Reviewed inpatient and outpatient prior authorization requests against InterQual criteria",
          "Requested missing clinicals from provider offices by phone and fax; referred denials to the medical "
          "director"]),
    E("Career Break – Family Caregiver", None, None, "2020-03", "2021-08", "none", None, [
          "Full-time caregiver for my father after his stroke while completing the LPN-to-RN bridge program "
          "(NCLEX-RN passed 08/2021)"], etype="unknown"),
    E("Licensed Practical Nurse", "Pecan Grove Health & Rehab", "Hickory Bend, GA", "2015-05", "2020-02", "facing",
      "healthcare_care", [
          "Medication pass and treatments for 28 long-term care and short-stay rehab residents",
          "Admission assessments, family updates and physician notification of changes in condition"]),
    E("Certified Nursing Assistant", "Pecan Grove Health & Rehab", "Hickory Bend, GA", "2012-08", "2015-04",
      "facing", "healthcare_care", [
          "ADLs, vital signs, turning and repositioning, feeding assistance"]),
]


def r026(r, path):
    e = r["entries"]
    d = new_doc("Cambria", 11, (1.9, 1.9, 1.9, 1.9))
    d.styles["Heading 1"].font.size = Pt(12)
    d.styles["Heading 1"].font.color.rgb = RGBColor(0x7B, 0x1F, 0x3A)
    d.styles["Heading 2"].font.size = Pt(11)
    d.styles["Heading 2"].font.color.rgb = RGBColor(0x00, 0x00, 0x00)
    para(d, "TAMIKA R. GOODWIN, RN, BSN", bold=True, size=18, align="center", space_after=0)
    para(d, "Hickory Bend, GA 30999  •  (706) 555-0125  •  tamika.goodwin.rn@mailbox.com", size=10,
         align="center", space_after=0)
    para(d, "Georgia RN License #RN2xxxxx (active, compact)", size=10, align="center", space_after=10)
    d.add_heading("Professional Summary", level=1)
    para(d, "Med/surg telemetry RN with 14 years in healthcare, from CNA and LPN in long-term care to acute "
            "care. Strong in patient education, time management on a heavy assignment and supporting new "
            "nurses. Seeking a day-shift position on a cardiac step-down or med/surg unit.")
    d.add_heading("Clinical Experience", level=1)
    for x in e:
        d.add_heading(x.title, level=2)
        p = d.add_paragraph()
        right_tab(p, 17.5)
        if x.org:
            run(p, "%s | %s" % (x.org, x.loc), italic=True)
        run(p, "\t" + dr(x, "mm/yyyy", " – ", "Present"), italic=(x.org is None), bold=True)
        p.paragraph_format.space_after = Pt(2)
        for b in x.bullets:
            para(d, b, style="List Bullet", space_after=0)
    d.add_heading("Education", level=1)
    for s in ["Bachelor of Science in Nursing, Piedmont Ridge University (online RN-BSN) – 2024",
              "Associate of Science in Nursing (LPN-RN bridge), Hickory Bend Technical College – 2021",
              "Practical Nursing Diploma, Hickory Bend Technical College – 2015"]:
        para(d, s, style="List Bullet", space_after=0)
    d.add_heading("Certifications", level=1)
    para(d, "BLS, ACLS (AHA) – current  •  NIH Stroke Scale – 2025  •  Progressive Care Certified Nurse (PCCN) – "
            "exam scheduled 01/2027")
    save_docx(d, path, title="Resume - Tamika Goodwin RN", author="Tamika Goodwin")


add(file="w026.docx", entries=w026, render=r026,
    family="US med/surg RN, Word with Heading 1 sections and each job title as Heading 2, italic 'Employer | "
           "Town' with right tab-stop mm/yyyy dates, remote utilization review job and a dated career break",
    layout="docx, styles-h2/title_org, mm/yyyy / 'Present'")


# =====================================================================================================
# w027 — Malaysian e-commerce executive, fpdf2 with a right-hand sidebar
# =====================================================================================================
w027 = [
    E("E-commerce Executive", "Kedai Harmoni Sdn Bhd", "Taman Seri Kenanga, Selangor", "2023-03", "present",
      "facing", "digital_service", [
          "Manage 600+ SKUs on Shopee, Lazada and our own web store: listings, photos, vouchers and the campaign "
          "calendar",
          "Reply to buyer chats and product reviews every day; arrange returns and refunds within the 7-day window",
          "Monthly sales dashboard for the director; 11.11 campaign 2025 hit RM410k in 24 hours"]),
    E("Stock Controller", "Kedai Harmoni Sdn Bhd", "Taman Seri Kenanga, Selangor", "2021-08", "2023-02",
      "affecting", None, [
          "Goods receiving, GRN and putaway for the online warehouse; monthly stock take",
          "Reorder planning with three suppliers in China and Johor"]),
    E("Beauty Advisor", "Bunga Raya Cosmetics", "Seri Kenanga Mall, Selangor", "2019-01", "2021-07", "facing",
      "in_person_service", [
          "Skin consultations and make-up demos at the counter; monthly sales target RM35k",
          "Membership sign-ups, and WhatsApp follow-up with regular customers during the MCO"]),
    E("Part-time Promoter", "Sinar Events & Promotions", "Klang Valley", "2017", "2018", "facing",
      "in_person_service", ["Weekend sampling and promotion of beverage brands in hypermarkets"]),
]


def r027(r, path):
    e = r["entries"]
    side_x = 400
    plum = (92, 45, 110)

    def header(p):
        p.set_fill_color(245, 240, 247)
        p.rect(side_x, 0, p.w - side_x, p.h, style="F")

    pdf = FP(header=header, format="A4", unit="pt")
    pdf.set_margins(40, 40, 595 - side_x + 18)
    pdf.set_auto_page_break(True, 40)
    pdf.set_title("Wendy Tan Resume")
    pdf.set_author("Tan Wei Ling")
    pdf.set_creator("Resume builder")
    pdf.add_page()
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*plum)
    pdf.cell(0, 26, "TAN WEI LING", **NL)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 16, "(Wendy)  ·  E-commerce & Retail", **NL)
    pdf.ln(8)

    def head(t):
        pdf.ln(4)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*plum)
        pdf.cell(0, 16, t, **NL)
        pdf.set_draw_color(*plum)
        pdf.line(40, pdf.get_y(), side_x - 18, pdf.get_y())
        pdf.ln(5)
        pdf.set_text_color(30, 30, 30)

    head("PROFILE")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 12.5, "Retail-turned-online seller. Eight years of selling to customers face to face and on "
                   "marketplaces, plus the stock side in between. Looking for an e-commerce or marketplace "
                   "executive role in the Klang Valley.", **NL)
    head("EXPERIENCE")
    w = side_x - 18 - 40
    for x in e:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(w * 0.62, 14, x.title, **RIGHT)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*plum)
        pdf.cell(w * 0.38, 14, dr(x, "mon", " – ", "Present"), align="R", **NL)
        pdf.set_text_color(30, 30, 30)
        pdf.set_font("Sans", "I", 9)
        pdf.multi_cell(0, 12.5, "%s, %s" % (x.org, x.loc), **NL)
        pdf.set_font("Sans", "", 9)
        for b in x.bullets:
            pdf.set_x(48)
            pdf.multi_cell(0, 12.5, "▪ " + b, **NL)
        pdf.ln(6)
    head("EDUCATION")
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 13, "Diploma in Business Studies", **NL)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 13, "Kolej Seri Kenanga, Selangor · 2015 – 2018", **NL)
    pdf.cell(0, 13, "SPM · 2014", **NL)
    # sidebar
    y = 44
    for head_t, items in [("CONTACT", ["+60 12-555 0493", "wendy.tan.wl@mailbox.my", "Taman Seri Kenanga,",
                                       "Selangor"]),
                          ("SKILLS", ["Shopee & Lazada Seller Centre", "Canva product images", "Excel / Google "
                                      "Sheets", "Stock control", "Live selling", "Customer chat & reviews"]),
                          ("LANGUAGES", ["Bahasa Malaysia", "English", "Mandarin", "Cantonese (spoken)"]),
                          ("EXPECTED SALARY", ["RM 4,200 (negotiable)"]),
                          ("NOTICE", ["1 month"])]:
        pdf.set_xy(side_x + 16, y)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(*plum)
        pdf.cell(160, 14, head_t)
        y += 16
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(40, 40, 40)
        for it in items:
            pdf.set_xy(side_x + 16, y)
            pdf.cell(160, 12, it)
            y += 12
        y += 12
    pdf.output(path)


add(file="w027.pdf", entries=w027, render=r027,
    family="Malaysian e-commerce executive, résumé-builder PDF with a shaded right-hand sidebar (contact, skills, "
           "languages, expected salary), title with right-aligned dates, marketplace chat support",
    layout="fpdf2, right-sidebar/title_org, mon / 'Present' / year-only")


# =====================================================================================================
# w028 — Zimbabwean security officer in England, plain-text CV as pasted into a job board's CV box
# =====================================================================================================
w028 = [
    E("Security Officer (Front of House)", "Sentinel Shield Security", "Harcourt House, Brackenford", "2022-08",
      "present", "facing", "other_facing", [
          "Front desk at a 9-floor multi-tenant office building: sign in visitors, issue passes, take deliveries "
          "for tenants",
          "Patrols, alarm response, fire marshal, daily occurrence book",
          "First point of contact for tenants' facilities requests out of hours"]),
    E("CCTV Operator", "Brackenford Borough Council", "Town Hall control room", "2019-02", "2022-07", "none", None, [
          "Monitored 140 town-centre cameras with radio link to police and Shopwatch",
          "Logged incidents and produced footage for police evidence requests"]),
    E("Door Supervisor (weekends)", "Nightguard Events Ltd", "Brackenford", "2016", "2019", "facing",
      "other_facing", ["ID checks, searches and crowd control at bars and the arena on event nights"]),
    E("Bank Teller", "Mutapa Building Society", "Mutsindo Heights, Zimbabwe", "2009", "2014", "facing",
      "in_person_service", [
          "Cash transactions, account enquiries and foreign currency exchange for walk-in customers"]),
]


def r028(r, path):
    e = r["entries"]
    t = ["TENDAI MUPFUMIRA",
         "Brackenford   |   07700 900 563   |   tendai.mupfumira@mailbox.co.uk",
         "SIA Door Supervisor & CCTV (PSS) licences  -  Full UK driving licence",
         "",
         "PERSONAL STATEMENT",
         "Reliable and calm security professional with ten years in UK security, front of house and public space "
         "CCTV, and five years of banking in Zimbabwe before that. Looking for a security supervisor or "
         "reception security role with regular days.",
         "",
         "KEY SKILLS",
         "\t* Visitor management and access control",
         "\t* Conflict management and de-escalation",
         "\t* Incident reporting, evidence handling",
         "\t* Fire marshal / first aid at work",
         "",
         "EMPLOYMENT HISTORY",
         ""]
    for x in e:
        t.append("%s\t\t\t%s" % (dr(x, "mon", " - ", "Present"), x.title))
        t.append("\t\t\t\t%s, %s" % (x.org, x.loc))
        for b in x.bullets:
            t.append("\t\t\t\t- " + b)
        t.append("")
    t += ["EDUCATION & TRAINING",
          "2023\t\tLevel 3 Award in Supervising Security Operations",
          "2019\t\tLevel 2 Award for CCTV Operators (Public Space Surveillance)",
          "2016\t\tLevel 2 Award for Door Supervisors",
          "2008\t\tDiploma in Banking, Institute of Bankers of Zimbabwe",
          "",
          "REFERENCES",
          "Available on request", ""]
    open(path, "w", encoding="utf-8").write("\n".join(t))


add(file="w028.txt", entries=w028, render=r028,
    family="Zimbabwean security officer in England, plain-text CV pasted into a job board's CV box: tab-aligned "
           "dates in a left column then title, employer line indented, year-only older jobs",
    layout="txt, tab-columns/dates_first, mon / 'Present' / year-only")


# =====================================================================================================
# w029 — Irish English teacher in Spain, Word two-column layout table with nested skills table
# =====================================================================================================
w029 = [
    E("English Teacher", "Academia Lingua Viva", "Villamarín del Campo, Spain", "2020-09", "present", "facing",
      "education", [
          "Teach General English and Cambridge exam classes (A2 Key to C1 Advanced) to children, teens and "
          "adults, 24 contact hours a week",
          "Parents' meetings each term and end-of-year reports",
          "Set up the academy's online placement test"]),
    E("Online English Tutor (freelance)", "Talkbridge", "Remote", "2020-03", "2021-08", "facing", "education", [
          "One-to-one conversation classes over video for adult learners in Spain, Italy and Brazil"],
      etype="freelance"),
    E("Hotel Receptionist", "Hotel Mirador del Puerto", "Puerto Almendro, Spain", "2018-05", "2020-02", "facing",
      "in_person_service", [
          "Check-in and check-out in English, Spanish and French; reservations by phone and email",
          "Night shift one week in four"]),
    E("Language Assistant", "IES Río Albarde", "Torrealba de Campos, Spain", "2016-10", "2017-05", "facing",
      "education", [
          "Auxiliar de conversación: 12 hours a week supporting English classes and speaking practice with "
          "12-16 year olds"]),
    E("Freelance Translator (ES–EN)", None, None, None, None, "affecting", None, [
          "Occasional translation of menus, websites and business letters for local firms, sent through a "
          "translation agency"], etype="freelance"),
]


def r029(r, path):
    e = r["entries"]
    d = new_doc("Candara", 10.5, (1.5, 1.5, 1.5, 1.5))
    lay = d.add_table(rows=1, cols=2)
    borders(lay)
    side, main = lay.rows[0].cells
    shade(side, "DCE9E3")
    run(first_cell_para(side), "Fionnuala", bold=True, size=20, color="1E4D3B")
    run(side.add_paragraph(), "Keady", bold=True, size=20, color="1E4D3B")
    para(side, "English teacher · CELTA", size=10, color="1E4D3B", space_after=10)
    for head, items in [("Contact", ["+34 655 55 01 27", "fionnuala.keady@mailbox.es",
                                     "Villamarín del Campo, Spain"]),
                        ("Qualifications", ["BA English & French, Ollscoil na Mara (2016)", "CELTA (2019)",
                                            "DELE Spanish C1 (2021)"])]:
        para(side, head.upper(), bold=True, size=10, color="1E4D3B", space_before=8, space_after=2)
        for it in items:
            para(side, it, size=9.5, space_after=0)
    para(side, "LANGUAGES", bold=True, size=10, color="1E4D3B", space_before=8, space_after=2)
    nt = side.add_table(rows=0, cols=2)
    for a, b in [("English", "native"), ("Irish", "fluent"), ("Spanish", "C1"), ("French", "B2")]:
        c = nt.add_row().cells
        run(first_cell_para(c[0]), a, size=9.5)
        run(first_cell_para(c[1]), b, size=9.5, italic=True)
    para(side, "", size=4)
    run(first_cell_para(main), "PROFILE", bold=True, size=11, color="1E4D3B")
    para(main, "Irish EFL teacher based in Castilla y León since 2016. I teach all ages, prepare students for "
               "Cambridge exams and keep parents in the loop. Looking for a Director of Studies or senior "
               "teacher post.", space_after=8)
    para(main, "EXPERIENCE", bold=True, size=11, color="1E4D3B", space_after=2)
    for x in e[:4]:
        p = para(main, "", space_after=0)
        run(p, x.title, bold=True)
        p = para(main, "", space_after=1)
        run(p, "%s — %s" % (x.org, x.loc), italic=True)
        run(p, "   |   " + dr(x, "mon", " to ", "present"), size=9.5, color="555555")
        for b in x.bullets:
            para(main, b, style="List Bullet", space_after=0)
        para(main, "", size=4, space_after=0)
    para(main, "ALSO", bold=True, size=11, color="1E4D3B", space_after=2)
    p = para(main, "", space_after=0)
    run(p, e[4].title, bold=True)
    run(p, " — alongside teaching. " + e[4].bullets[0] + ".")
    widths(lay, [5.6, 12.4])
    save_docx(d, path, title="CV Fionnuala Keady", author="Fionnuala")


add(file="w029.docx", entries=w029, render=r029,
    family="Irish English teacher in Spain, Word two-column layout table with a shaded sidebar and a nested "
           "language table, 'Mon YYYY to present', overlapping freelance tutoring, undated freelance translation",
    layout="docx, sidebar-table/title_org, mon 'to' / 'present'")


# =====================================================================================================
# w030 — US help-desk technician, Indeed 'download résumé' PDF, two pages with footer, reportlab
# =====================================================================================================
w030 = [
    E("IT Help Desk Technician", "Ridgeview Unified School District", "Ridgeview, AZ", "2023-10", "present",
      "facing", "internal_support", [
          "Tier 1/2 support for about 2,000 teachers and staff across 11 schools by phone, ticket and campus visits",
          "Chromebook repair and loaner program for 9,000 students; Google Admin and Active Directory accounts",
          "Run the new-teacher tech orientation every August"]),
    E("Customer Care Specialist", "Sunstate Mobile", "Ridgeview, AZ", "2020-08", "2023-09", "facing",
      "contact_center", [
          "Inbound calls for a regional wireless carrier - billing, plan changes, device troubleshooting, 55-70 "
          "calls a day",
          "Moved to the bilingual (English/Spanish) queue in 2021"]),
    E("Fulfillment Associate", "Parcelwise Fulfillment Center", "Cholla Flats, AZ", "2018-11", "2020-07",
      "affecting", None, [
          "Picked, packed and stowed customer orders on 10-hour shifts; 120% of rate on the pack line"]),
    E("Peer Tutor", "Saguaro Ridge Community College", "Ridgeview, AZ", "2017-01", "2018-05", "facing",
      "education", ["Drop-in tutoring in college algebra and intro to computer science at the Tutoring Center"],
      section="other"),
]


def r030(r, path):
    e = r["entries"]
    grey = HexColor("#595959")

    def deco(d, page, total):
        d.c.setFont("Helvetica", 8)
        d.c.setFillColor(grey)
        d.c.drawString(54, 30, "Jasmine Okafor-Reyes")
        d.c.drawRightString(d.W - 54, 30, "%d of %d" % (page, total or 1))

    def draw(d):
        d.line("Jasmine Okafor-Reyes", "Helvetica-Bold", 24, black, lead=30)
        d.line("IT Help Desk Technician", "Helvetica", 13, grey, lead=17)
        d.line("Ridgeview, AZ 85999", "Helvetica", 10.5, black, lead=13)
        d.line("jasmine.okaforreyes@mailbox.com", "Helvetica", 10.5, black, lead=13)
        d.line("+1 480 555 0172", "Helvetica", 10.5, black, lead=20)
        d.para("Help desk technician with three years in K-12 IT and three years in a wireless call center. "
               "Bilingual English/Spanish, CompTIA A+ and Network+, patient with people who are not comfortable "
               "with technology. Looking for a desktop support or systems support role.", "Helvetica", 11, black,
               lead=15)
        d.gap(12)
        d.line("Authorized to work in the US for any employer", "Helvetica", 10.5, grey, lead=22)
        d.line("Work Experience", "Helvetica-Bold", 16, black, lead=22)
        d.hr(HexColor("#D4D2D0"), 1)
        d.gap(4)
        for x in e:
            d.line(x.title, "Helvetica-Bold", 12.5, black, lead=16, keep=60)
            d.line(x.org, "Helvetica", 11, black, lead=14)
            d.line(x.loc, "Helvetica", 11, black, lead=14)
            d.line(dr(x, "month", " to ", "Present"), "Helvetica", 10.5, grey, lead=16)
            for b in x.bullets:
                d.para(b, "Helvetica", 11, black, lead=14.5, indent=6, bullet="•", bindent=12)
            d.gap(12)
        d.line("Education", "Helvetica-Bold", 16, black, lead=22, keep=80)
        d.hr(HexColor("#D4D2D0"), 1)
        d.gap(4)
        d.line("Associate of Applied Science in Computer Information Systems", "Helvetica-Bold", 12.5, black, lead=16)
        d.line("Saguaro Ridge Community College - Ridgeview, AZ", "Helvetica", 11, black, lead=14)
        d.line("August 2016 to May 2018", "Helvetica", 10.5, grey, lead=24)
        d.line("Skills", "Helvetica-Bold", 16, black, lead=22, keep=80)
        d.hr(HexColor("#D4D2D0"), 1)
        d.gap(4)
        for s in ["Active Directory (3 years)", "Google Admin Console (3 years)", "Chromebook repair (3 years)",
                  "Ticketing systems (6 years)", "Bilingual Spanish (6 years)", "Windows 11 imaging (2 years)",
                  "Customer service (6 years)"]:
            d.para(s, "Helvetica", 11, black, lead=14.5, indent=6, bullet="•", bindent=12)
        d.gap(10)
        d.line("Languages", "Helvetica-Bold", 16, black, lead=22, keep=60)
        d.hr(HexColor("#D4D2D0"), 1)
        d.gap(4)
        d.para("Spanish - Fluent", "Helvetica", 11, black, lead=14.5, indent=6, bullet="•", bindent=12)
        d.gap(10)
        d.line("Certifications and Licenses", "Helvetica-Bold", 16, black, lead=22, keep=80)
        d.hr(HexColor("#D4D2D0"), 1)
        d.gap(4)
        for a, b in [("CompTIA A+", "March 2022 to March 2028"), ("CompTIA Network+", "January 2025 to January 2028")]:
            d.line(a, "Helvetica-Bold", 12, black, lead=15)
            d.line(b, "Helvetica", 10.5, grey, lead=18)

    rl_build(path, draw, size=LETTER, margins=(54, 54, 50, 54), deco=deco,
             meta=dict(title="Jasmine Okafor-Reyes - Indeed Resume", author="Indeed", creator="Indeed"))


add(file="w030.pdf", entries=w030, render=r030,
    family="US school-district IT help desk technician, Indeed 'download résumé' PDF running to two pages "
           "(name/page footer): title, employer, town and 'Month YYYY to Present' on separate lines",
    layout="reportlab, indeed/dateline, month 'to' / 'Present'")
