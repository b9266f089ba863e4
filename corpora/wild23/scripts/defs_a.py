"""wild23 résumés w001–w010."""
from lib import E

RESUMES = []
R = RESUMES.append

# ---------------------------------------------------------------------------
R(dict(
    file="w001", renderer="reportlab", layout="plain", order="title_org", datefmt="month", present="Present",
    paper="letter", sep=" – ",
    family="US big-box home-centre store manager, promoted through one employer, Word-to-PDF single column, title line with right-aligned dates",
    layout_note="plain/title_org, month / 'Present'",
    name="Denise R. Whitford",
    contact=["Grafton Heights, OH 43190", "(614) 555-0148", "denise.whitford@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "Store leader with 19 years in high-volume home improvement and grocery distribution. I came up "
              "through lumber and the Pro Desk, so I still know what a contractor needs at 6:30 in the morning. "
              "Known for steady shrink results, low associate turnover and a store team that promotes from within."),
        ("h", "Experience"),
        ("jobs", [
            E("Store Manager", "Bramwell Home Centers", "Grafton Heights, OH", "2019-03", "present",
              "facing", "in_person_service", [
                  "Lead Store #214, a $38M store with 96 associates, four department managers and two assistant managers across three shifts",
                  "Take escalated customer complaints on the sales floor and at the returns desk; settle most of them on the spot without a district call",
                  "Brought shrink from 2.1% to 1.3% over two inventory cycles through receiving audits and weekly cycle counts",
                  "Write the weekly schedule against the payroll budget and approve all overtime",
                  "District trainer for newly promoted assistant managers (six trained since 2021)",
              ]),
            E("Assistant Store Manager", "Bramwell Home Centers", "Linden Ridge, OH", "2014-06", "2019-02",
              "facing", "in_person_service", [
                  "Ran the front end, returns and the Pro Desk; covered the Pro Desk at the 6 a.m. rush quoting lumber and drywall packages for contractors",
                  "Owned freight flow and overnight replenishment for 14 aisles",
                  "Store safety captain: OSHA recordables down from 7 to 2 in one year",
              ]),
            E("Department Supervisor – Lumber & Building Materials", "Bramwell Home Centers", "Linden Ridge, OH",
              "2011-04", "2014-05", "facing", "in_person_service", [
                  "Cut lumber and sheet goods to order and helped load customer vehicles",
                  "Trained new associates on forklift and order-picker safety",
                  "Reset the millwork bay twice to planogram",
              ]),
            E("Receiving Lead", "Tri-County Wholesale Grocers", "Harmon Springs, OH", "2007-08", "2011-03",
              "affecting", None, [
                  "Checked in 20–30 inbound trailers a day against purchase orders and flagged shortages to buyers",
                  "Kept the dock appointment schedule with carriers",
                  "Led a crew of six on second shift",
              ]),
            E("Sales Associate", "Gerber Shoe Outlet", "Linden Ridge, OH", "2005", "2007", "facing", "in_person_service", []),
        ]),
        ("h", "Education & Training"),
        ("lines", ["Ridgeview State College – coursework toward A.A.S., Business Management",
                   "Bramwell Leadership Academy (2016) · ServSafe-style safety & OSHA 10-hour"]),
        ("h", "Skills"),
        ("p", "P&L and payroll budgeting · scheduling · shrink and inventory control · hiring and coaching · "
              "planogram resets · forklift certified · bilingual English/Spanish (conversational)"),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w002", renderer="docx", layout="styles", order="title_org", datefmt="mon", present="Present",
    h2jobs=True, titlestyle=True,
    family="UK building-society branch manager with a customer diary, Word heading styles with list bullets and right tab-stop dates, treasurer role",
    layout_note="styles/title_org, mon / 'Present'",
    name="Siân Morgan-Hughes",
    contact=["Abercynllan, Wales", "07700 900 412", "sian.morganhughes@mailbox.co.uk"],
    blocks=[
        ("h", "Personal Statement"),
        ("p", "Branch manager with twenty years in mutual financial services, most of them in the same valleys "
              "I grew up in. I believe a branch earns its place on the high street by dealing properly with the "
              "difficult conversations – bereavements, arrears, power of attorney – and I have built my teams "
              "around that. CeMAP qualified; bilingual Welsh/English."),
        ("h", "Career History"),
        ("jobs", [
            E("Branch Manager", "Severnside Building Society", "Abercynllan", "2018-02", "present", "facing",
              "in_person_service", [
                  "Accountable for a branch of nine colleagues and a £210m mortgage and savings book",
                  "Keep a diary of customer appointments two days a week – mostly complex savings, bereavement and power of attorney cases that need a manager",
                  "Call every customer whose complaint reaches stage two before the final response goes out",
                  "Branch rated 'Good' at every internal audit since 2019; staff turnover under 5%",
              ]),
            E("Assistant Branch Manager", "Severnside Building Society", "Pontyberwen", "2013-06", "2018-01", "facing",
              "in_person_service", [
                  "Ran the counter team of five and worked the counter at lunchtime and on Saturdays",
                  "Completed the monthly compliance checks and cash audits",
                  "Deputised for the branch manager, including at the local business breakfast",
              ]),
            E("Mortgage Adviser", "Severnside Building Society", "Pontyberwen", "2009-09", "2013-05", "facing",
              "sales_account", [
                  "Advised first-time buyers and remortgage customers face to face and over the phone",
                  "Wrote around 14 completions a month; file-check pass rate 97%",
              ]),
            E("Customer Services Adviser", "Dyfed Mutual Insurance", "Llanfarren", "2005-09", "2009-08", "facing",
              "contact_center", [
                  "Inbound calls on home and motor policies: mid-term changes, renewals and first notification of claims",
                  "Welsh-language line for the last two years",
              ]),
        ]),
        ("h", "Voluntary Role"),
        ("jobs", [
            E("Treasurer", "Abercynllan RFC", "Abercynllan", "2016-05", "present", "none", None, [
                "Keep the club's accounts, prepare the figures for the AGM and deal with the bar VAT return",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Qualifications"),
        ("ul", ["CeMAP (Certificate in Mortgage Advice and Practice), 2009",
                "CII Certificate in Insurance, 2007",
                "A levels: Welsh, Business Studies, History – Ysgol Gyfun Cwm Teifi Uchaf"]),
        ("h", "References"),
        ("p", "Available on request."),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w003", renderer="txt", order="portal", datefmt="mon'yy", present="till date", sep=" to ",
    hstyle="equals", width=80, bullet="*", namecaps=True, contact_lines=True,
    rr="Roles & Responsibilities:",
    family="Indian private-bank relationship manager, job-portal text CV with 'Organisation : ' blocks, back-office spell, declaration",
    layout_note="portal/key-value lines, mon'yy / 'till date'",
    name="Karthik Subramanian",
    contact=["Mobile : +91 98400 12345", "E-mail : karthik.subbu@mailbox.in",
             "Address : 14/2, Second Cross Street, Gandhi Nagar, Kodaivanam - 600 094"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To work in a challenging position in wealth management where my 15+ years of banking experience in "
              "client acquisition, relationship deepening and branch operations can be used for the growth of the "
              "organisation and myself."),
        ("h", "Professional Summary"),
        ("ul", ["Total experience of 17 years in retail and wealth banking",
                "Currently handling AUM of Rs 420 Cr across 180 HNI families",
                "NISM Series V-A (Mutual Fund Distributors) and IRDA certified",
                "Consistent 'Exceeds' rating for last 5 appraisal cycles"]),
        ("h", "Work Experience"),
        ("jobs", [
            E("Senior Relationship Manager - Wealth", "Coromandel Bank Ltd", "Kodaivanam", "2019-04", "present",
              "facing", "sales_account", [
                  "Managing portfolio of 180 HNI families with AUM of Rs 420 Cr",
                  "Conducting quarterly portfolio review meetings with clients at their residence / office",
                  "Cross-selling of mutual funds, PMS, insurance and bonds as per client risk profile",
                  "Coordinating with product team and service team for client requests",
              ]),
            E("Relationship Manager - Priority Banking", "Coromandel Bank Ltd", "Meenavaram", "2015-07", "2019-03",
              "facing", "sales_account", [
                  "Acquisition of new priority customers through branch walk-ins and references",
                  "Handled 350 priority accounts, achieved 112% of CASA target in FY 2017-18",
                  "Doorstep service to senior citizen customers",
              ]),
            E("Deputy Manager - Central Processing Centre", "Coromandel Bank Ltd", "Meenavaram", "2012-01", "2015-06",
              "affecting", None, [
                  "Verification of account opening forms and KYC documents received from 62 branches",
                  "Maintaining TAT for account activation and debit card dispatch",
                  "Preparation of MIS for zonal office",
                  "Handling audit querries (RBI and internal)",
              ]),
            E("Probationary Officer", "Sahyadri Co-operative Bank Ltd", "Velampettai", "2009-08", "2011-12",
              "facing", "in_person_service", [
                  "Worked in cash counter, loans and clearing sections as part of rotation",
                  "Attending customer queries on passbook, DD and cheque book issue",
              ]),
        ]),
        ("h", "Educational Qualification"),
        ("lines", ["MBA (Finance) - Kodaivanam University - 2009 - 68%",
                   "B.Com - Sri Ramanuja Arts & Science College - 2007 - 74%",
                   "HSC - State Board - 2004 - 82%"]),
        ("h", "Personal Details"),
        ("kv", [("Father's Name", "Mr. R. Subramanian"), ("Date of Birth", "12-03-1986"),
                ("Languages Known", "Tamil, English, Hindi"), ("Marital Status", "Married")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above information is true to the best of my knowledge and belief."),
        ("lines", ["", "Place : Kodaivanam", "Date  :                                   (KARTHIK S)"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w004", renderer="fpdf2", layout="sidebar", order="title_org", datefmt="mon", present="Current",
    side_rgb=(233, 238, 228), accent_rgb=(70, 90, 40), bullet="–",
    family="Australian restaurant-group operations manager (now off the floor), fpdf2 with shaded left sidebar, earlier hospitality summarised on one line",
    layout_note="sidebar/title_org, mon / 'Current'",
    name="Tessa Quilty",
    headline="Hospitality Operations | Multi-venue",
    contact=["Marrowbank VIC", "0491 570 156", "tessa.quilty@mailbox.com.au"],
    side=[
        ("h", "Licences"),
        ("lines", ["RSA (VIC)", "Food Safety Supervisor", "Approved Manager – Liquor", "Current driver licence"]),
        ("h", "Systems"),
        ("lines", ["Deputy · Lightspeed · SevenRooms", "Xero (basic) · Excel"]),
        ("h", "Referees"),
        ("lines", ["Available on request"]),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Twenty-plus years in hospitality, the last ten running venues and then a group. These days my job is "
              "numbers, systems and people who run floors – but I started on one and I haven't forgotten it."),
        ("h", "Employment"),
        ("jobs", [
            E("Group Operations Manager", "Saltbush Dining Group", "Marrowbank VIC", "2021-03", "present",
              "affecting", None, [
                  "Oversee five venues – two bistros, two cafés and a 300-seat function centre – and around 140 staff",
                  "Monthly P&L reviews with each venue manager; group labour cost down from 34% to 29% of revenue",
                  "Wrote the group food safety program and run the internal audit calendar",
                  "Approve rosters and check award compliance across all sites",
                  "Set up a shared prep kitchen for the two cafés",
              ]),
            E("Venue Manager", "The Wattle Room", "Port Elvin VIC", "2016-08", "2021-02", "facing",
              "in_person_service", [
                  "Ran the floor on Friday and Saturday services – bookings, seating, and any guest who wanted a manager",
                  "Lifted average Google rating from 4.1 to 4.6",
                  "Recruited and trained a team of 35, many of them students",
              ]),
            E("Restaurant Manager", "Harbourlight Hotel", "Port Elvin VIC", "2012-05", "2016-07", "facing",
              "in_person_service", [
                  "Managed a 120-seat hotel restaurant, breakfast to dinner, plus room service",
                  "Took over wedding and function coordination on weekends in 2014",
              ]),
            E("Bar Manager", "The Crooked Fig", "Marrowbank VIC", "2009-02", "2012-04", "facing",
              "in_person_service", [
                  "Ran the bar and the cocktail list; stock control and supplier ordering",
              ]),
            E("Waitress & Bartender", None, "Marrowbank and London", "2003", "2009", "facing", "in_person_service", [],
              line="Earlier: Waitress & Bartender, various venues in Marrowbank and London (2003 – 2009)"),
        ]),
        ("h", "Education"),
        ("lines", ["Diploma of Hospitality Management – Marrowbank TAFE (2011)"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w005", renderer="html", order="title_org", datefmt="month", present="present", sep=" – ",
    htmlvariant="flex", cssfont="'Segoe UI', Arial, sans-serif", h2transform="none",
    family="Canadian SAP finance consultant, HTML page, client workshops vs staff accountant, seasonal tax-clinic volunteering in year ranges",
    layout_note="flex rows/title_org, month / 'present'",
    name="Mireille Tremblay-Ng, CPA",
    headline="SAP S/4HANA Finance | Solution Architecture | Client Delivery",
    contact=["Port Caldwell, ON", "905-555-0172", "mireille.tng@mailbox.ca"],
    blocks=[
        ("h", "Summary"),
        ("p", "CPA who moved from the general ledger into SAP in 2010 and has spent the last decade on the consulting "
              "side. I run fit-gap and design workshops, keep steering committees honest about scope, and can still "
              "do a bank reconciliation when the go-live weekend needs one."),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Senior Manager, SAP Finance Practice", "Northgate Systems Consulting", "Port Caldwell, ON", "2020-01",
              "present", "facing", "other_facing", [
                  "Lead design workshops with client finance teams – controllers, AP/AR leads, treasury – during blueprint and fit-gap",
                  "Solution architect on three S/4HANA conversions (manufacturing, utilities, a provincial agency)",
                  "Manage a practice of 14 consultants; utilization 81% in FY2025",
              ]),
            E("Manager / Senior Consultant", "Northgate Systems Consulting", "Port Caldwell, ON", "2015-05", "2019-12",
              "facing", "other_facing", [
                  "Configured FI-CO (GL, AA, CO-PA) and wrote functional specifications for interfaces",
                  "Ran UAT sessions with the client's key users and stayed on site through hypercare",
              ]),
            E("Finance Systems Analyst", "Beaulac Paper Products", "Stanhope Falls, ON", "2010-09", "2015-04",
              "facing", "internal_support", [
                  "First point of contact for the 40-person finance team on SAP issues – posting errors, period opening, authorizations",
                  "Built the month-end close checklist in SAP and trained new accountants on it",
              ]),
            E("Staff Accountant", "Beaulac Paper Products", "Stanhope Falls, ON", "2007-06", "2010-08", "none", None, [
                "General ledger reconciliations, fixed-asset register and intercompany entries for two mills",
            ]),
        ]),
        ("h", "Community"),
        ("jobs", [
            E("Volunteer Tax Preparer", "Port Caldwell Free Tax Clinic", None, "2012", "2019", "facing", "volunteering", [
                "Prepared returns for low-income seniors and newcomer families at the public library clinic each March and April",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education & Certification"),
        ("ul", ["CPA, CMA – Chartered Professional Accountants of Ontario (2009)",
                "B.Comm., Accounting – Lakeshore University (2007)",
                "SAP Certified Application Associate – S/4HANA Financial Accounting"]),
        ("h", "Languages"),
        ("p", "English, French (fluent), Cantonese (conversational)"),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w006", renderer="docx", layout="table", order="title_org", datefmt="month", present="Present",
    font="Arial", fontsize=10, accent_hex="7A2E2E", hcase="upper",
    family="South African claims contact-centre manager (off the phones now), Word borderless table per job, reading-mentor volunteering",
    layout_note="table/title_org, month / 'Present'",
    name="Thandeka Mahlangu",
    contact=["Riverkloof Park, Kwaggasfontein", "082 555 0193", "thandeka.mahlangu@mailbox.co.za"],
    blocks=[
        ("h", "Profile"),
        ("p", "Contact centre professional with 17 years in insurance and telecoms, from agent to running a 210-seat "
              "claims centre. Strong on workforce planning, quality and TCF. I still listen to calls every week, "
              "even if I no longer take them."),
        ("h", "Career History"),
        ("jobs", [
            E("Contact Centre Manager – Claims", "Amanzi Life Assurance", "Kwaggasfontein", "2020-07", "present",
              "affecting", None, [
                  "Accountable for a 210-seat inbound claims centre (funeral, life and disability)",
                  "Manage 9 team leaders, 2 WFM analysts and the quality assurance team",
                  "Present monthly service levels, complaints trends and TCF outcomes to Exco",
                  "Cost centre budget of R48m; moved 60 seats to work-from-home during 2020–2021",
              ]),
            E("Senior Team Leader", "Amanzi Life Assurance", "Kwaggasfontein", "2016-03", "2020-06", "facing",
              "contact_center", [
                  "Led 3 team leaders and 45 agents on the funeral claims line",
                  "Took escalated calls from the floor and phoned back unhappy beneficiaries personally",
                  "Reduced repeat calls by 18% with a claim-status SMS project",
              ]),
            E("Quality Assurance Specialist", "Amanzi Life Assurance", "Kwaggasfontein", "2013-01", "2016-02",
              "affecting", None, [
                  "Scored 60 calls a week against the QA form and ran weekly calibration sessions",
                  "Wrote the coaching guide for new team leaders",
              ]),
            E("Call Centre Agent", "Protea Cellular", "Riverkloof Park", "2009-05", "2012-12", "facing",
              "contact_center", [
                  "Inbound billing and contract queries for post-paid customers",
                  "Agent of the Month four times",
              ]),
        ]),
        ("h", "Community"),
        ("jobs", [
            E("Reading Mentor", "Siyafunda Literacy Project", "Riverkloof Park", "2018-02", "present", "facing",
              "volunteering", [
                  "Read with Grade 2 learners every second Saturday morning at the community library",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Qualifications"),
        ("ul", ["National Diploma: Call Centre Management – Kwaggasfontein College (2015)",
                "Regulatory Exam RE5", "Matric (2008)"]),
        ("h", "Personal"),
        ("p", "Languages: isiZulu, English, Sesotho. Driver's licence (Code B). References available on request."),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w007", renderer="md", order="title_org", datefmt="mon", present="Present", sep=" – ",
    mdhead="h3", locjoin=", ",
    family="Singapore rooms-division director, Markdown with h3 titles, hotel career with a revenue desk spell and an industrial attachment",
    layout_note="h3/title_org, mon / 'Present'",
    name="Serene Tan Wei Ling",
    headline="Director of Rooms",
    contact=["Singapore", "+65 9123 4455", "serene.tan@mailbox.sg"],
    blocks=[
        ("h", "Profile"),
        ("p", "Hotelier with 15 years in rooms division across two luxury properties. Calm under pressure, fussy "
              "about arrival experience, and happiest when the lobby is full. Comfortable with Opera PMS, "
              "IDeaS and the Club lounge on a Sunday afternoon."),
        ("h", "Key Achievements"),
        ("ul", ["Guest satisfaction (GSS) for arrival experience up from 82 to 91 in two years",
                "Led front office through a 14-month soft-opening of the Club floor",
                "Mentored four supervisors who are now Assistant Front Office Managers"]),
        ("h", "Experience"),
        ("jobs", [
            E("Director of Rooms", "Marina Crest Singapore", "Singapore", "2021-09", "present", "facing",
              "in_person_service", [
                  "Lead Front Office, Housekeeping, Guest Relations and Club Lounge teams (112 staff)",
                  "Walk the lobby at the check-in peaks and personally look after VIP arrivals and escalated guest complaints",
                  "Own rooms budget and labour productivity; housekeeping cost per occupied room down 9%",
              ]),
            E("Front Office Manager", "Marina Crest Singapore", "Singapore", "2017-04", "2021-08", "facing",
              "in_person_service", [
                  "Ran front desk, concierge and guest services for 420 rooms",
                  "Took over as quarantine-hotel duty manager during 2020, dealing with guests by phone and at the door",
              ]),
            E("Assistant Front Office Manager", "Orchid Bay Hotel", "Singapore", "2013-06", "2017-03", "facing",
              "in_person_service", [
                  "Shift leader at front desk; handled walk-ins, upgrades and billing disputes",
                  "Trained new guest service agents on Opera",
              ]),
            E("Reservations & Revenue Executive", "Orchid Bay Hotel", "Singapore", "2011-01", "2013-05", "affecting",
              None, [
                  "Loaded rates, packages and allotments into the channel manager and GDS",
                  "Prepared daily pick-up, pace and forecast reports for the revenue manager",
              ]),
            E("Front Office Trainee (Industrial Attachment)", "Lumière Serviced Residences", "Batu Serindit, Malaysia",
              "2010-03", "2010-08", "facing", "in_person_service", [
                  "Six-month attachment during my diploma: check-in and check-out, concierge requests, night shift with the duty manager",
              ], etype="internship"),
        ]),
        ("h", "Education"),
        ("ul", ["Diploma in Hotel & Leisure Facilities Management – Tembusu Polytechnic (2010)",
                "Specialist Diploma in Revenue Management (part-time, 2014)"]),
        ("h", "Languages"),
        ("p", "English, Mandarin, Hokkien (spoken), basic Bahasa Melayu"),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w008", renderer="reportlab", layout="plain", order="title_org", datefmt="monuk", present="Present",
    rlfont="Times", fontsize=11.5, margin=64, footer="Bernadette O'Hare  –  Curriculum Vitae  –  Page {n}",
    accent="#2b4b3b", hcase="title",
    family="UK ward sister who became a matron, two-page reportlab CV with page footer, hospice trustee, earlier HCA in year range",
    layout_note="plain/title_org two pages + footer, mon (Sept) / 'Present'",
    name="Bernadette O'Hare RGN, MSc",
    contact=["12 Orchard Rise, Kelderby KD4 7LW", "07700 900 781", "bernie.ohare@mailbox.co.uk", "NMC PIN available on request"],
    blocks=[
        ("h", "Profile"),
        ("p", "Registered nurse for twenty years and a senior nurse for eleven. I have led respiratory and acute "
              "medical wards through the pandemic and two CQC inspections, and I believe the ward manager is still "
              "the most important job in the hospital. I am looking for a Head of Nursing post where I can keep a "
              "foot in clinical practice."),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Matron – Acute Medicine", "Kelderby Teaching Hospitals NHS Foundation Trust", "Kelderby", "2021-10",
              "present", "facing", "healthcare_care", [
                  "Professional lead for the acute medical unit and four medical wards, about 220 nursing and support staff",
                  "Daily safety huddle, bed meetings and staffing escalation; divisional lead for falls and pressure ulcers",
                  "Meet patients and families who have raised concerns, usually on the ward the same day, and lead the resulting local resolution meetings",
                  "Chaired the nursing workstream for the new same-day emergency care unit (opened 2023)",
              ]),
            E("Ward Manager (Band 7), Ward 22 Respiratory", "Kelderby Teaching Hospitals NHS Foundation Trust",
              "Kelderby", "2015-03", "2021-09", "facing", "healthcare_care", [
                  "Managed a 28-bed respiratory ward with a four-bed NIV bay; budget £2.1m",
                  "Worked clinically at least two shifts a week, taking a patient allocation as well as the bleep",
                  "Led the ward through conversion to a COVID respiratory unit in March 2020",
                  "Reduced agency spend by 40% through a new e-rostering pattern",
              ]),
            E("Junior Sister (Band 6)", "Kelderby Teaching Hospitals NHS Foundation Trust", "Kelderby", "2010-06",
              "2015-02", "facing", "healthcare_care", [
                  "Shift co-ordinator on a 30-bed general medical ward",
                  "Link nurse for tissue viability and mentor for pre-registration students",
              ]),
            E("Staff Nurse", "Hatchmoor General Hospital", "Hatchmoor", "2006-09", "2010-05", "facing",
              "healthcare_care", [
                  "Band 5 staff nurse on elderly care and then respiratory wards",
              ]),
            E("Healthcare Assistant", "Brackenfold Nursing Home", "Hatchmoor", "2003", "2006", "facing",
              "healthcare_care", [], line="Healthcare Assistant, Brackenfold Nursing Home, Hatchmoor (2003 – 2006) – while studying"),
        ]),
        ("h", "Quality Improvement, Teaching and Research"),
        ("ul", ["Led the division's 'Every Contact Counts' family-communication project: complaints about communication on medical wards down by a third (2022–2024)",
                "Co-author of the trust's NIV competency framework (2017) and lead assessor for band 5 and 6 nurses",
                "Teach on the University of Kelderby's MSc Acute Care module (two sessions a year)",
                "Poster presentation, national respiratory nursing conference 2019: 'Nurse-led weaning from NIV on a general respiratory ward'"]),
        ("h", "Clinical Skills"),
        ("p", "NIV and high-flow oxygen; tracheostomy care; cannulation and venepuncture; IV drug administration; "
              "verification of expected death; safeguarding adults level 3; mental capacity assessment; "
              "e-rostering (Allocate) and SafeCare."),
        ("h", "Trustee Role"),
        ("jobs", [
            E("Trustee", "Kelderby Hospice", "Kelderby", "2019-01", "present", "none", None, [
                "Member of the board and the clinical governance committee; review incident and complaints reports quarterly",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("lines", ["MSc Leadership in Health and Social Care – University of Kelderby (2018)",
                   "BSc (Hons) Adult Nursing – Hatchmoor University (2006)",
                   "Mentorship / Practice Assessor (2011); Advanced Communication Skills (2016)"]),
        ("h", "Professional Memberships"),
        ("lines", ["Registered Nurse (Adult), Nursing and Midwifery Council", "Member, Royal College of Nursing"]),
        ("h", "References"),
        ("p", "Director of Nursing, Kelderby Teaching Hospitals, and the Divisional Director of Medicine – "
              "contact details on request."),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w009", renderer="docx", layout="tabs", order="title_org", datefmt="mon.", present="Present", sep=" – ",
    paper="letter", font="Garamond", fontsize=11, accent_hex="000000", manual_bullets=True, bullet="▪", centre=True,
    family="US CPA from tax practice with client meetings to corporate controller, Word tab-stop dates, classroom volunteer",
    layout_note="tabs/title_org, AP mon. / 'Present'",
    name="MARCUS J. FELDHAUS, CPA",
    contact=["Cedar Prairie, IA 50299", "(319) 555-0116", "mfeldhaus@mailbox.com"],
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Controller and CPA with eighteen years in public accounting and agribusiness. Clean audits, a "
              "close that finishes on day five, and a habit of explaining the numbers in plain English. Looking "
              "for a CFO role with a farmer-owned or family business."),
        ("h", "Experience"),
        ("jobs", [
            E("Corporate Controller", "Prairieland Seed Cooperative", "Cedar Prairie, IA", "2019-01", "present",
              "none", None, [
                  "Month-end close and consolidation for three entities ($210M revenue); close cut from 11 to 5 days",
                  "Coordinate the annual audit and patronage dividend calculations",
                  "Prepare the board finance package and the 13-week cash forecast",
                  "Supervise a staff of six (AP, AR, payroll, two staff accountants, cost accountant)",
              ]),
            E("Tax Manager", "Brandt & Oyelaran CPAs", "Wexley, IA", "2013-05", "2018-12", "facing", "other_facing", [
                "Managed a book of roughly 140 closely held business and farm clients",
                "Met clients every spring to walk through their returns, estimates and entity questions; ran year-end planning meetings in November and December",
                "Reviewed 1120-S, 1065 and 1040 returns prepared by staff",
            ]),
            E("Senior Tax Associate", "Brandt & Oyelaran CPAs", "Wexley, IA", "2010-09", "2013-04", "affecting", None, [
                "Prepared business and individual returns from client workpapers and QuickBooks files",
                "Built depreciation schedules and state apportionment workpapers",
            ]),
            E("Staff Accountant", "Hollis Grain Terminal", "Wexley, IA", "2008-06", "2010-08", "none", None, [
                "AP, bank reconciliations and monthly grain inventory accruals",
            ]),
        ]),
        ("h", "Volunteer"),
        ("jobs", [
            E("Classroom Volunteer", "Prairie Futures Money Program", "Wexley, IA", "2016-01", "2019-05",
              "facing", "volunteering", [
                  "Taught a five-session personal finance unit to eighth graders each spring",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education & Licensure"),
        ("lines", ["B.B.A., Accounting – Northern Prairie University, 2008",
                   "Certified Public Accountant, State of Iowa (2010)"]),
        ("h", "Technical"),
        ("p", "Sage Intacct, QuickBooks, CCH Axcess, Excel (Power Query), Power BI"),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w010", renderer="txt", order="title_org", datefmt="monuk", present="present", sep=" - ",
    hstyle="underline", join="pad", width=76, bullet="-", wrap=True,
    family="UK English teacher turned head of department and then housing-association trainer, plain text CV, pre-teaching retail in a year range",
    layout_note="underlined headings/title_org, padded dates, mon (Sept) / 'present'",
    name="Joanna Pickersgill",
    contact=["Bramleigh", "07700 900 233", "jo.pickersgill@mailbox.co.uk"],
    blocks=[
        ("h", "About me"),
        ("p", "I taught English for twelve years and ran a department for six before moving into workplace learning. "
              "What I bring from the classroom is the ability to hold a room, plan properly and notice who isn't "
              "keeping up. I now design and deliver training for a 1,100-person housing association."),
        ("h", "Employment"),
        ("jobs", [
            E("Learning & Development Manager", "Alder Vale Housing Group", "Bramleigh", "2021-01", "present",
              "facing", "education", [
                  "Design the corporate induction and the two-year management development programme",
                  "Deliver classroom and Teams sessions to 30-40 colleagues a month (coaching conversations, report writing, difficult conversations with tenants)",
                  "Manage the LMS, the apprenticeship levy budget and a team of two",
              ]),
            E("Trainer", "Alder Vale Housing Group", "Bramleigh", "2018-09", "2020-12", "facing", "education", [
                "Ran the customer service and safeguarding courses for housing officers and repairs operatives",
                "Rewrote the e-learning on domestic abuse awareness with the tenancy sustainment team",
            ]),
            E("Head of English", "Netherwick Cross Academy", "Netherwick Cross", "2012-09", "2018-08", "facing",
              "education", [
                  "Led a department of nine; GCSE grade 4+ rose from 58% to 71%",
                  "Taught a 60% timetable from Year 7 to A level",
                  "Moderated coursework for the trust's four secondary schools",
              ]),
            E("Teacher of English", "Bramleigh High School", "Bramleigh", "2006-09", "2012-08", "facing",
              "education", [
                  "Taught KS3-KS5; Year 9 coordinator from 2009",
              ]),
            E("Assistant Manager", "Pemberton's Bookshops", "Bramleigh", "2004", "2006", "facing",
              "in_person_service", [],
              line="Before teaching: Assistant Manager, Pemberton's Bookshops, Bramleigh (2004 - 2006)"),
        ]),
        ("h", "Qualifications"),
        ("lines", ["PGCE Secondary English - University of Bramleigh, 2006",
                   "BA (Hons) English Literature, 2:1 - Thornhithe University, 2003",
                   "CIPD Level 5 Associate Diploma in Organisational Learning & Development, 2020"]),
        ("h", "Other"),
        ("lines", ["Full clean driving licence", "Enhanced DBS (update service)",
                   "References from Alder Vale Housing Group and Netherwick Cross Academy"]),
    ],
))
