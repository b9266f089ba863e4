"""wild102 résumés w016–w030 (all people, employers, towns, phones and e-mails invented)."""
from lib import E

RESUMES = []

# ------------------------------------------------------------------ w016
RESUMES.append(dict(
    id="w016", renderer="md", md="h3", hdr="title_org", ds="iso", present="present", sep=" to ",
    family="Québec bilingual airline agent in Markdown, h3 titles with dates in brackets, ISO yyyy-mm dates",
    name="Gabriel Tremblay-Nadeau", contact=["Dorval, QC", "514-555-0186", "g.tremblaynadeau@mailbox.ca"],
    body=[
        ("text", "Profile", "Bilingual (French/English) customer service agent, calm with irregular operations and long lines."),
        ("list", "Skills", ["Amadeus Altéa DCS", "Bilingual FR/EN", "Dangerous goods awareness", "Class 5 licence"]),
        ("exp", "Experience", [
            E("Customer Service Agent (bilingual)", "Northern Skies Airlines", "Dorval, QC", "2022-04", "present", [
                "Check-in, boarding and gate changes for domestic and transborder flights",
                "Rebook passengers during delays and cancellations and issue meal and hotel vouchers",
            ], "facing", "in_person_service"),
            E("Ramp Agent", "Northern Skies Airlines", "Dorval, QC", "2020-06", "2022-03", [
                "Loaded and unloaded baggage and cargo; marshalled and pushed back aircraft",
                "De-icing crew in winter",
            ], "affecting"),
            E("Call Centre Agent", "Fibre Laurentide", "Laval, QC", "2018-09", "2020-05", [
                "Answered billing and outage calls in French and English",
                "Set up payment plans and booked technician appointments",
            ], "facing", "contact_center"),
        ]),
        ("exp", "Volunteer", [
            E("Assistant Coach", "Ahuntsic Minor Hockey Association", "Montréal, QC", "2019-10", "2022-03", [
                "Ran practices for U11 players twice a week and helped on game days",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["DEC in Tourism Techniques, Cégep du Vieux-Port, 2018"]),
    ]))

# ------------------------------------------------------------------ w017
RESUMES.append(dict(
    id="w017", renderer="reportlab", layout="plain", hdr="title_org", ds="mon", present="Present", bul="•",
    accent="#7a1f3d", footer="Margaret O'Rourke  |  Curriculum Vitae  |  Page {page}",
    family="UK nurse and care-home deputy manager, 2-page reportlab CV with page footer, career break listed",
    name="Margaret O'Rourke RGN", contact=["Hoole, Chester CH2", "07700 900733", "m.orourke@mailbox.co.uk", "NMC PIN on request"],
    body=[
        ("text", "Personal Statement", "Registered general nurse with 20 years in hospital and care-home settings. "
                                       "I am looking for a patient-facing role with regular hours, such as a clinic "
                                       "coordinator or patient liaison post.\nI enjoy working with families and "
                                       "explaining care in a way people understand."),
        ("exp", "Professional Experience", [
            E("Deputy Manager", "Elmfield Lodge Care Home", "Chester", "2020-01", "present", [
                "Clinical lead for a 48-bed nursing home; medication rounds and wound care on shift",
                "Meet families at admission and at care-plan reviews; first point of contact for concerns",
                "CQC inspection preparation, audits and staff supervision",
            ], "facing", "healthcare_care"),
            E("Staff Nurse – Acute Medicine", "Deeside General Hospital", "Chester", "2012-06", "2019-12", [
                "Cared for up to eight acutely unwell patients per shift",
                "Admissions, discharges and liaison with families and community teams",
                "Mentored student nurses",
            ], "facing", "healthcare_care"),
            E("Clinical Coder", "Deeside General Hospital", "Chester", "2009-03", "2012-05", [
                "Coded diagnoses and procedures from case notes using ICD-10 and OPCS-4",
                "Met monthly coding deadlines for activity reporting",
            ], "none"),
            E("Healthcare Assistant", "Deeside General Hospital", "Chester", "2006-09", "2009-02", [
                "Personal care, observations and mealtimes on a care-of-the-elderly ward",
            ], "facing", "healthcare_care"),
            E("Career break – travel", None, "Australia and New Zealand", "2005-09", "2006-08", [], "none", etype="unknown"),
        ]),
        ("pb",),
        ("list", "Education and Training", ["BSc (Hons) Adult Nursing, Wirral College of Nursing, 2012",
                                            "Mentorship module (SLAiP), 2015", "Safeguarding Adults Level 3, 2024"]),
        ("list", "Skills", ["Care planning and risk assessment", "Verbal de-escalation", "EMIS, Nourish, Microsoft Office"]),
        ("text", "References", "Available from my current employer and from the ward manager at Deeside General Hospital."),
    ]))

# ------------------------------------------------------------------ w018
RESUMES.append(dict(
    id="w018", renderer="docx", layout="styles", hdr="pipe", ds="month", present="Current", bul="•",
    family="South African insurance CV, Word heading styles, 'Title | Employer | Town' line with tab-stop dates",
    name="Thabo Molefe", contact=["Soweto, Johannesburg", "083 555 6120", "thabo.molefe@mailbox.co.za"],
    body=[
        ("text", "Personal Details", "ID: available on request  ·  Driver's licence: Code B  ·  Languages: English, Setswana, isiZulu"),
        ("exp", "Work Experience", [
            E("Claims Assessor", "Ubuntu Short-Term Insurance", "Johannesburg", "2022-08", "present", [
                "Assess motor and household claims from documents, photos and assessor reports",
                "Phone policyholders to explain claim outcomes and excess amounts",
                "Refer suspicious claims to the forensic team",
            ], "facing", "contact_center"),
            E("Inbound Sales Agent", "Lekker Cover Direct", "Randburg", "2020-02", "2022-07", [
                "Sold funeral and legal cover to callers responding to adverts",
                "Met monthly sales targets 20 of 29 months",
            ], "facing", "sales_account"),
            E("Contact Centre Learner", "Bright Futures Skills Academy", "Johannesburg", "2019-03", "2020-01", [
                "12-month learnership: classroom modules and live calls on a retail client's help line",
            ], "facing", "contact_center", etype="internship"),
            E("Petrol Attendant", "Highveld Fuel Stop", "Soweto", "2016-01", "2019-02", [
                "Filled vehicles, checked oil and tyres, took cash and card payments",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Qualifications", ["NQF 4 Short-Term Insurance (RE5 passed), 2022", "Matric, Orlando West Secondary, 2015"]),
        ("list", "References", ["Ms L. Khumalo – Claims Team Leader – 011 555 0133"]),
    ]))

# ------------------------------------------------------------------ w019
RESUMES.append(dict(
    id="w019", renderer="txt", hdr="dash", ds="mon", present="Present", bul="*", gap="  |  ",
    family="Philippine virtual assistant pasted as text, 'Title – Employer, Town | dates', freelance work",
    name="Kristine Joy Manalo", contact=["Lucena City, Quezon", "0917 555 4482", "kjmanalo.va@mailbox.ph"],
    body=[
        ("text", "SUMMARY", "Detail-oriented virtual assistant with BPO background. Home-based with fiber internet and backup power."),
        ("exp", "WORK EXPERIENCE", [
            E("Virtual Assistant (freelance)", "Self-employed", "Lucena City", "2022-01", "present", [
                "Manage inboxes and calendars for three US small-business owners",
                "Weekly Zoom check-ins with each client to agree priorities",
                "Bookkeeping in QuickBooks and invoice follow-ups",
            ], "facing", "entrepreneurial_freelance", etype="freelance"),
            E("Social Media Content Writer", "Brightline Digital Agency", "remote", "2021-03", "2022-06", [
                "Wrote captions and post calendars for the agency's restaurant clients from their briefs",
                "Scheduled posts in Meta Business Suite",
            ], "affecting", etype="freelance"),
            E("Customer Service Representative", "Apex Telequest Inc.", "Quezon City", "2018-06", "2021-12", [
                "Inbound calls for a US telecom account: billing disputes, plan changes, device troubleshooting",
                "Promoted to SME (subject matter expert) in 2020, took escalated calls",
            ], "facing", "contact_center"),
            E("Sales Lady", "Pinnacle Department Store", "Lucena City", "2016-04", "2018-04", [], "facing",
              "in_person_service"),
        ]),
        ("text", "EDUCATION", "Bachelor of Science in Business Administration, Major in Marketing — 2016"),
        ("text", "TOOLS", "Google Workspace, QuickBooks Online, Canva, Trello, Asana, Slack"),
    ]))

# ------------------------------------------------------------------ w020
RESUMES.append(dict(
    id="w020", renderer="fpdf2", layout="left", hdr="orgfirst", ds="m/yyyy", present="Present", bul="•",
    contact_lines=True, footer="Page {page}",
    family="US fitness-club operations director, 2-page fpdf2 résumé with page footer, employer heading with roles beneath",
    name="Kevin J. Whitaker", contact=["Littleton, CO 80120", "(303) 555-0194", "kwhitaker@mailbox.us"],
    body=[
        ("text", "Executive Summary", "Operations leader who came up through membership sales. 14 years in "
                                      "multi-site fitness, known for member retention and for fixing struggling clubs."),
        ("list", "Core Competencies", ["Multi-site P&L", "Member retention", "Sales coaching", "ABC Fitness, Tableau"]),
        ("exp", "Professional Experience", [
            E("Regional Operations Director", "Summit Fitness Clubs", "Denver, CO", "2019-07", "present", [
                "Lead 12 clubs and 9 general managers; $18M revenue, capex and staffing models",
                "Host quarterly member forums at each club and personally answer escalated member complaints",
                "Cut first-year cancellations from 41% to 33%",
            ], "facing", "in_person_service"),
            E("Club General Manager", "Summit Fitness Clubs", "Denver, CO", "2015-03", "2019-06", [
                "Ran a 4,000-member club; led membership sales team and closed corporate memberships myself",
            ], "facing", "sales_account"),
            E("Membership Advisor", "Summit Fitness Clubs", "Denver, CO", "2012-01", "2015-02", [
                "Club tours, membership sales and renewals; #1 advisor in the region 2014",
            ], "facing", "sales_account"),
            E("Personal Trainer", "Peak Performance Gym", "Boulder, CO", "2009-05", "2011-12", [
                "Programmed and coached 25–30 clients a week",
            ], "facing", "other_facing"),
            E("Research Assistant (Exercise Physiology Lab)", "University of Northern Colorado", "Greeley, CO", "2007-09", "2009-05", [
                "Ran VO2 max testing protocols and cleaned data for faculty studies",
            ], "none", section="other"),
        ]),
        ("pb",),
        ("list", "Education", ["B.S. Kinesiology, University of Northern Colorado, 2009"]),
        ("list", "Certifications", ["NASM Certified Personal Trainer (2009–2016)", "CPR/AED"]),
        ("list", "Community", ["Board member, Littleton Youth Soccer (2021–present)"]),
    ]))

# ------------------------------------------------------------------ w021
RESUMES.append(dict(
    id="w021", renderer="docx", layout="tabs", hdr="title_org", ds="mon", present="Present", bul="-",
    family="Australian bus driver with freight background, Word tab-stop dates, dash bullets, title-only older jobs",
    name="Wayne Hollister", contact=["Nerang QLD 4211", "0419 555 268", "wayne.hollister@mailbox.com.au"],
    body=[
        ("exp", "Employment History", [
            E("Bus Driver", "Sunline Buses", "Gold Coast QLD", "2019-04", "present", [
                "Drive school and suburban routes; help passengers with fares, go cards and route info",
                "Assist passengers using wheelchairs and prams with the ramp",
            ], "facing", "in_person_service"),
            E("Linehaul Truck Driver", "Gateway Freight", "Brisbane QLD", "2014-02", "2019-03", [
                "Overnight B-double runs Brisbane–Sydney between depots",
                "Logbooks, load restraint and pre-trip checks",
            ], "affecting"),
            E("Forklift Driver", "Gateway Freight", "Brisbane QLD", "2011-06", "2014-01", [], "affecting"),
            E("Trade Counter & Storeman", "Mitre Timber & Hardware", "Beenleigh QLD", "2008", "2011", [], "facing",
              "in_person_service", prec="year"),
        ]),
        ("list", "Licences", ["MR licence (bus), HC licence", "Forklift (LF)", "Blue Card", "First Aid"]),
        ("text", "Referees", "Shane Parata, Depot Supervisor, Sunline Buses – 0408 555 911"),
    ]))

# ------------------------------------------------------------------ w022
RESUMES.append(dict(
    id="w022", renderer="html", hdr="title_org", ds="mon.", present="Present", bul="•",
    family="Indian primary teacher moving to customer support, HTML résumé, h3 titles with floated dates",
    name="Neha Arora", contact=["Dwarka Sector 12, New Delhi", "+91 98110 55342", "neha.arora@mailbox.in"],
    body=[
        ("text", "Objective", "Primary teacher with seven years' experience seeking a customer support or "
                              "parent relations role in an ed-tech company."),
        ("exp", "Work Experience", [
            E("PRT – English", "Green Valley Public School", "Dwarka, New Delhi", "2019-04", "present", [
                "Teach English to classes 3 to 5 (about 40 students per section)",
                "Hold parent-teacher meetings and answer parents' queries on the school app",
            ], "facing", "education"),
            E("Home Tutor", None, "New Delhi", "2016-07", "2019-03", [
                "Tuition for class 6–10 students at their homes (English, Social Science)",
            ], "facing", "education", etype="freelance"),
            E("Content Writer Intern", "EduLeaf Learning Pvt. Ltd.", "Noida", "2016-01", "2016-06", [
                "Wrote worksheets and quiz questions for the company's English app",
            ], "affecting", etype="internship"),
            E("Back Office Assistant", "Mehra Tours & Travels", "Janakpuri, New Delhi", "2014-08", "2015-12", [
                "Made air and rail bookings for the sales agents and prepared invoices",
            ], "affecting"),
        ]),
        ("list", "Education", ["B.Ed., GGSIP University, 2016", "B.A. (Hons) English, University of Delhi, 2014"]),
        ("list", "Certifications", ["CTET qualified", "Google Certified Educator Level 1"]),
    ]))

# ------------------------------------------------------------------ w023
RESUMES.append(dict(
    id="w023", renderer="docx", layout="table", hdr="title_org", ds="mm/yyyy", present="Present", bul="•",
    family="Dublin security officer CV (Polish-born), Word borderless table per job, mm/yyyy dates",
    name="Tomasz Wójcik", contact=["Cabra, Dublin 7", "085 555 3307", "tomasz.wojcik@mailbox.ie"],
    body=[
        ("text", "Profile", "PSA-licensed security officer with front desk experience. Good English and Polish, "
                            "basic Russian. Looking for a concierge or reception job."),
        ("exp", "Work Experience", [
            E("Security Officer (Reception)", "Harcourt Point Business Centre", "Dublin 2", "2021-06", "present", [
                "Front desk: sign in visitors and contractors, issue passes, direct couriers",
                "Answer tenant queries and book meeting rooms",
            ], "facing", "in_person_service"),
            E("Mobile Patrol Officer", "Shieldline Security", "Dublin", "2019-02", "2021-05", [
                "Night patrols of vacant sites and construction compounds; alarm response and CCTV checks",
            ], "none"),
            E("Warehouse Picker", "Emerald Parcel Hub", "Ballycoolin", "2017-08", "2019-01", [
                "Picked and packed customer orders for online retailers to daily targets",
            ], "affecting"),
            E("Shop Assistant", "Mleko Polish Deli", "Dublin 7", "2016-03", "2017-07", [
                "Served at the deli counter and till, stocked shelves",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Licences", ["PSA Licence (Static Guarding, Door Supervisor)", "Manual Handling", "Occupational First Aid"]),
        ("list", "Languages", ["Polish (native), English (C1), Russian (basic)"]),
    ]))

# ------------------------------------------------------------------ w024
RESUMES.append(dict(
    id="w024", renderer="reportlab", layout="plain", centre=True, paper="letter", hdr="dash", ds="month",
    present="Present", bul="•", accent="#333333", caps=False,
    family="Canadian staff accountant, reportlab centred header, 'Title – Employer, Town' with right dates, tax season",
    name="Olivia Chen, CPA", contact=["Calgary, AB T2P", "403-555-0159", "olivia.chen@mailbox.ca"],
    body=[
        ("exp", "Experience", [
            E("Staff Accountant", "Prairie Ledger CPA LLP", "Calgary, AB", "2021-09", "present", [
                "Keep the books for about 40 small-business clients and prepare year-end files",
                "Prepare T2 corporate returns and GST filings for partner review",
            ], "affecting"),
            E("Tax Preparer (seasonal)", "QuickReturn Tax Centre", "Calgary, AB", "2020-02", "2020-04", [
                "Sat with walk-in clients to prepare personal tax returns and explain refunds",
            ], "facing", "in_person_service", dt="Tax season 2020 (Feb–Apr)"),
            E("Accounts Payable Clerk", "Bow River Energy Services", "Calgary, AB", "2018-05", "2021-08", [
                "Matched invoices to purchase orders and ran weekly payment batches",
                "Answered vendor payment queries by e-mail",
            ], "none"),
            E("Member Service Representative", "Chinook Credit Union", "Lethbridge, AB", "2015-09", "2018-04", [
                "Part-time teller while at university: deposits, bill payments, drafts",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Education", ["Bachelor of Management (Accounting), University of Lethbridge, 2018", "CPA Alberta, 2022"]),
        ("list", "Skills", ["CaseWare, QuickBooks Online, Xero, Excel (pivot tables, XLOOKUP)", "Mandarin and English"]),
    ]))

# ------------------------------------------------------------------ w025
RESUMES.append(dict(
    id="w025", renderer="txt", hdr="orgfirst", ds="mon", present="Current", bul="-", caps=True, underline=True,
    gap="   ",
    family="Scottish bar supervisor CV as text, employer in capitals with roles beneath, year-only cleaning job",
    name="Ryan McAllister", contact=["Dennistoun, Glasgow G31", "07700 900845", "ryan.mcallister@mailbox.co.uk"],
    body=[
        ("text", "About Me", "Hard-working bar supervisor. Personal licence holder. Looking for a daytime role."),
        ("exp", "Work History", [
            E("Bar Supervisor", "THE THISTLE & CROWN", "Glasgow", "2022-10", "present", [
                "Run the bar on busy nights, sort out complaints and refuse service when needed",
                "Cash-up, stock counts and cellar",
            ], "facing", "in_person_service"),
            E("Bartender", "THE THISTLE & CROWN", "Glasgow", "2021-03", "2022-09", [
                "Served drinks, took food orders, kept the bar clean",
            ], "facing", "in_person_service"),
            E("Commercial Cleaner", "SPARKLEWAY CLEANING SERVICES", "Paisley", "2019", "2021", [
                "Evening cleaning of offices and a call centre after staff had gone home",
            ], "none", prec="year"),
            E("Listening Volunteer", "CLYDE LISTENING LINE", "Glasgow", "2020-05", "2021-12", [
                "Took calls from people in distress on the overnight line, two shifts a month",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Qualifications", ["Scottish Personal Licence", "SCQF Level 5 Hospitality", "Highers: English, Business"]),
        ("text", "Hobbies", "Football, cooking, five-a-side on a Tuesday."),
    ]))

# ------------------------------------------------------------------ w026
RESUMES.append(dict(
    id="w026", renderer="docx", layout="sidebar", hdr="org_title", ds="month", present="Present", bul="•",
    shade="FCE4D6",
    family="US college student résumé, Word layout table with shaded sidebar, org line first, season dates",
    name="Emily Sorensen", contact=["Boise, ID 83725", "(208) 555-0171", "emily.sorensen@mailbox.us"],
    side=[("Education", ["B.S. Biology (expected May 2027)", "Ridgeline State University", "GPA 3.6"]),
          ("Skills", ["Spanish (intermediate)", "Excel, R", "CPR/AED, Lifeguard cert."]),
          ("Interests", ["Trail running", "Ceramics"])],
    body=[
        ("exp", "Experience", [
            E("Resident Assistant", "Ridgeline State University Housing", "Boise, ID", "2025-08", "present", [
                "Live-in support for 42 first-year residents; run floor meetings and events",
                "Respond to roommate conflicts and lockouts on duty nights",
            ], "facing", "other_facing", section="other"),
            E("Undergraduate Research Assistant", "Ridgeline State University Department of Biology", "Boise, ID", "2025-01", "2025-05", [
                "Prepared media and counted plates for a soil microbiology study",
            ], "none", section="other"),
            E("Lifeguard", "Treasure Valley Aquatic Center", "Meridian, ID", "2024-06", "2024-08", [
                "Guarded the outdoor pool, enforced rules and gave first aid",
            ], "facing", "other_facing", dt="Summer 2024"),
            E("Dishwasher", "Mesa Grill House", "Meridian, ID", "2022-11", "2024-05", [
                "Dish pit and closing clean-down, weekends during high school",
            ], "affecting"),
        ]),
    ]))

# ------------------------------------------------------------------ w027
RESUMES.append(dict(
    id="w027", renderer="md", md="bold", hdr="pipe", ds="mon", present="Present", bul="-",
    family="South African tour guide in Markdown, bold 'Title | Employer | Town' lines, harvest season dates",
    name="Lindiwe Jacobs", contact=["Observatory, Cape Town", "079 555 2284", "lindiwe.jacobs@mailbox.co.za"],
    body=[
        ("text", "Profile", "Registered tourist guide (Western Cape) with a wine background. English, Afrikaans, isiXhosa and some German."),
        ("exp", "Experience", [
            E("Tour Guide", "Table Bay Explorer Tours", "Cape Town", "2021-10", "present", [
                "Guide day tours to the Cape Peninsula and winelands for groups of up to 20",
                "Handle guests' questions, dietary needs and the odd lost passport",
            ], "facing", "in_person_service"),
            E("Cellar Door Assistant", "Klipkop Wine Estate", "Stellenbosch", "2019-09", "2021-09", [
                "Presented tastings, sold wine and shipped orders for visitors",
            ], "facing", "in_person_service"),
            E("Harvest Cellar Hand", "Klipkop Wine Estate", "Stellenbosch", "2019-02", "2019-04", [
                "Pressing, pump-overs and cleaning tanks during harvest",
            ], "none", dt="Harvest 2019 (Feb – Apr)"),
            E("Survey Fieldworker", "Western Cape Household Survey Project", "Khayelitsha", "2018-03", "2018-10", [
                "Door-to-door interviews with households using a tablet questionnaire",
                "Checked completed questionnaires before upload",
            ], "affecting"),
        ]),
        ("list", "Education", ["National Diploma: Tourism Management, 2018", "Tourist Guide registration (NQF 4), 2021"]),
        ("text", "References", "On request."),
    ]))

# ------------------------------------------------------------------ w028
RESUMES.append(dict(
    id="w028", renderer="fpdf2", layout="left", hdr="labelled", ds="mon", present="Till Date", sep=" - ", bul="-",
    contact_lines=True,
    family="Indian BPO résumé (voice and non-voice), fpdf2 left header, labelled Designation / Company / Duration blocks",
    name="Rohit Sharad Patil", contact=["Kharghar, Navi Mumbai - 410210", "Mob: +91 90040 55871", "rohit.patil@mailbox.in"],
    body=[
        ("text", "Career Objective", "To work in a growth-oriented organisation in customer service where I can use my communication skills."),
        ("exp", "Work Experience", [
            E("Customer Support Executive (Voice)", "Zenvox Global Services", "Navi Mumbai", "2023-02", "present", [
                "Handling inbound calls of UK broadband customers regarding billing and connection",
                "Achieved 92% quality score and monthly CSAT target",
            ], "facing", "contact_center"),
            E("Process Associate (Non-Voice)", "Zenvox Global Services", "Navi Mumbai", "2021-08", "2023-01", [
                "Processing insurance claim forms for US healthcare client as per SOP",
                "Maintaining TAT and accuracy of 99%",
            ], "affecting"),
            E("Field Sales Executive", "Swastik Water Purifiers", "Thane", "2019-06", "2021-07", [
                "Door-to-door demos of RO purifiers to housing societies and closing sales",
            ], "facing", "sales_account"),
            E("Apprentice Electrician", "Konkan Power Ltd.", "Panvel", "2018-07", "2019-05", [
                "Maintenance work in 22kV substations under supervision",
            ], "none", etype="internship"),
        ]),
        ("list", "Educational Qualification", ["B.A. - Mumbai University - 2021 (External)", "ITI Electrician - 2018", "SSC - 2016"]),
        ("text", "Personal Profile", "Date of Birth: 02/03/2000\nLanguages: Marathi, Hindi, English\nHobbies: Cricket, Music"),
        ("text", "Declaration", "I hereby declare that all the information given above is true and correct."),
    ]))

# ------------------------------------------------------------------ w029
RESUMES.append(dict(
    id="w029", renderer="docx", layout="header", hdr="title_org", ds="mm/yyyy", present="Current", bul="•",
    family="Sydney property manager, name and contact in the Word page header, tab-stop mm/yyyy dates",
    name="Fatima Haddad", contact=["Parramatta NSW 2150", "0422 555 640", "fatima.haddad@mailbox.com.au"],
    body=[
        ("text", "Career Objective", "Experienced property manager seeking a client services role with less weekend work."),
        ("exp", "Professional Experience", [
            E("Property Manager", "Harbourview Realty", "Parramatta NSW", "2021-02", "present", [
                "Manage a rent roll of 180 properties: landlords, tenants, routine inspections and arrears",
                "Negotiate repairs with tradespeople and attend NCAT hearings",
            ], "facing", "other_facing"),
            E("Leasing Consultant", "Harbourview Realty", "Parramatta NSW", "2019-05", "2021-01", [
                "Ran open homes, processed applications and signed up new tenants",
            ], "facing", "sales_account"),
            E("Administration Assistant", "Westside Conveyancing", "Blacktown NSW", "2017-03", "2019-04", [
                "Prepared contracts and settlement statements; tracked settlement dates",
                "Filed and scanned matter documents",
            ], "affecting"),
            E("Food & Beverage Attendant", "Riverside Leagues Club", "Rydalmere NSW", "2015-11", "2017-02", [
                "Bistro and bar service, poker machine payouts",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Education & Licences", ["Certificate of Registration (Real Estate), NSW Fair Trading", "Diploma of Business, 2016"]),
        ("list", "Languages", ["English, Arabic"]),
    ]))

# ------------------------------------------------------------------ w030
RESUMES.append(dict(
    id="w030", renderer="txt", hdr="dateline", ds="month", present="Present", sep=" to ", bul="-",
    family="US Indeed-style export as text, title / company / 'Month YYYY to Present' lines, contactless delivery and factory",
    name="DeShawn Carter", contact=["Berwyn, IL 60402", "dcarter88@mailbox.us", "+1 708 555 0112"],
    body=[
        ("exp", "Work Experience", [
            E("Delivery Associate", "Windy City Last Mile LLC", "Chicago, IL", "2023-09", "present", [
                "Deliver 180-220 packages a day on an assigned route",
                "Leave packages at doors and lockers and take photo proof of delivery",
            ], "affecting"),
            E("Machine Operator", "Lakefront Plastics", "Cicero, IL", "2020-01", "2023-08", [
                "Ran injection molding machines on 2nd shift, changed molds and logged scrap",
            ], "none"),
            E("Customer Care Representative", "Midwest Utility Services", "Oak Brook, IL", "2017-04", "2019-12", [
                "Answered 60+ calls a day about gas bills, move-ins and payment arrangements",
            ], "facing", "contact_center"),
            E("Crew Member", "Patty Shack", "Berwyn, IL", "2015-06", "2017-03", [], "facing", "in_person_service"),
        ]),
        ("text", "Education", "High school diploma\nDes Plaines River High School - Berwyn, IL\n2015"),
        ("text", "Skills", "Customer service (2 years), Forklift (1 year), Microsoft Office"),
        ("text", "Certifications and Licenses", "Driver's License"),
    ]))
