"""Résumés w021–w030."""
from lib import E

R = []

# ------------------------------------------------------------------ w021
_bf = "Brightfield Logistics Tech"
R.append(dict(
    file="w021.md", render="md_table",
    family="US software engineer with a short support-engineer past, Markdown résumé from an online builder "
           "with the experience as a pipe table (dates, role, company) and details beneath, dated projects",
    layout="md-table/title_org", fmt="m/yyyy", present="now", dash="–",
    name="Kenji Alvarado", headline="Software Engineer II · Backend (Go, Postgres)",
    contact=["Austin, TX", "512-555-0191", "kenji.alvarado@example.dev", "github.com/kalvarado-dev"],
    profile="Backend engineer who started in support and still reads the tickets first.",
    exp=[("Experience", [
        E("Software Engineer II", _bf, "Austin, TX", "2023-01", "present", "none", None, [
            "Own the carrier-rating service (Go, gRPC, Postgres) handling 4M quotes a day",
            "Cut p95 latency from 480 ms to 120 ms with a caching layer"]),
        E("Software Engineer", _bf, "Austin, TX", "2021-06", "2022-12", "none", None, [
            "Built shipment-tracking webhooks and the internal admin UI"]),
        E("Support Engineer", "Tidewater Payments", "Remote", "2020-08", "2021-05", "facing", "digital_service", [
            "Answered integration tickets and screen-share calls from merchants' developers",
            "Reproduced API bugs and handed them to engineering with curl repros"]),
        E("Teaching Assistant", "Launchpad Code School", "Austin, TX", "2019-09", "2019-12", "facing", "education", [
            "Office hours and code reviews for a cohort of 24 bootcamp students"]),
        E("QA Tester", "Pixelhaven Games", "Austin, TX", "2018-02", "2019-08", "affecting", None, [
            "Tested console builds before release and logged bugs in Jira"]),
    ])],
    side=[],
    extra=[("Projects", ["**shipwatch** (2024) — open-source CLI that diffs carrier rate tables",
                         "**tinyqueue** (2022–2023) — Go job queue on Postgres SKIP LOCKED"]),
           ("Education", ["Launchpad Code School — Full-Stack Immersive, 6/2019–9/2019",
                          "Lone Star Valley College — coursework in Computer Science, 2016–2018"]),
           ("Skills", ["Go, Python, TypeScript · PostgreSQL, Redis · Kubernetes · Datadog"])],
))

# ------------------------------------------------------------------ w022
_cp = "Tybee Sound Physicians Group"
R.append(dict(
    file="w022.pdf", render="fp_timeline",
    family="US patient-access representative, fpdf2 timeline layout with month/year dates left of a vertical "
           "rule, employer in bold then the role in small capitals",
    layout="timeline/org_title", fmt="mm/yyyy", present="Present", dash=" – ",
    name="Shanice Whitfield", headline="Patient Access · Medical Billing · CNA",
    contact=["Savannah, GA 31405", "(912) 555-0172", "shanice.whitfield@example.com"],
    profile="Healthcare front-office professional with billing and bedside experience.",
    opt=dict(orgfirst=True, color=(46, 110, 142)),
    exp=[("Work Experience", [
        E("Patient Access Representative", "Chatham Bluff Medical Center", "Savannah, GA", "2023-03",
          "present", "facing", "in_person_service", [
              "Register patients in the emergency department, verify insurance and collect co-pays",
              "Explain consent and financial forms to patients and families"]),
        E("Medical Billing Specialist", _cp, "Savannah, GA", "2021-01", "2023-02", "facing", "contact_center", [
            "Scrubbed and submitted claims; worked denials in payer portals",
            "Called patients about outstanding balances and set up payment plans"]),
        E("Medical Records Clerk", _cp, "Savannah, GA", "2019-08", "2020-12", "affecting", None, [
            "Scanned and indexed charts and processed release-of-information requests from insurers"]),
        E("Certified Nursing Assistant", "Spanish Moss Senior Living", "Pooler, GA", "2017-05", "2019-07", "facing",
          "healthcare_care", ["Bathing, feeding, transfers and vitals for 12 residents per shift"]),
    ]), ("Volunteer", [
        E("Gift Shop Volunteer", "Chatham Bluff Hospital Auxiliary", "Savannah, GA", "2016-01", "2017-04",
          "facing", "volunteering", ["Ran the register and helped visitors find gifts and flowers"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[("SKILLS", ["Epic Prelude & Cadence", "Insurance verification", "ICD-10 / CPT basics",
                      "Payment plans"]),
          ("CERTIFICATIONS", ["CNA, Georgia (2017)", "CHAA (2024)", "BLS (2025)"])],
    extra=[("EDUCATION", ["Lowcountry Bridge Institute — Medical Office Administration diploma, 2019 – 2020"])],
))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023.docx", render="dx_labels",
    family="Canadian product designer, builder DOCX laid out as a two-column table with section labels in the "
           "left column, company then role, dates right-aligned with a tab",
    layout="label-table/org_title", fmt="month", present="Present", dash=" – ",
    name="Mira Castellanos-Yee", headline="Senior Product Designer",
    contact=["Vancouver, BC", "604-555-0158", "mira.cy@example.ca", "miracy.design"],
    profile="Designer of health and money apps. Started out onboarding customers, which still shapes "
            "how I design.",
    exp=[("EXPERIENCE", [
        E("Senior Product Designer", "Northlake Health Apps", "Vancouver, BC", "2023-04", "present", "affecting",
          None, ["Lead design of the appointment-booking app; run usability tests and design reviews",
                 "Maintain the design system with two engineers"]),
        E("UX Designer", "Fernhill Fintech", "Vancouver, BC", "2020-09", "2023-03", "affecting", None, [
            "Redesigned the invoicing flow; interviewed small-business owners for research"]),
        E("Customer Onboarding Specialist", "Fernhill Fintech", "Vancouver, BC", "2019-06", "2020-08", "facing",
          "digital_service", ["Ran video onboarding calls with new small-business customers and answered "
                              "set-up questions by email"]),
        E("Graphic Designer", "Self-employed", "Vancouver, BC", "2017-01", "2019-05", "facing",
          "entrepreneurial_freelance", ["Met clients to take briefs, presented concepts and handled revisions "
                                        "and invoices"], et="freelance"),
        E("Sales Associate", "Kitsilano Paper Co.", "Vancouver, BC", "2015-09", "2016-12", "facing",
          "in_person_service", ["Part-time: stationery and gift sales, gift wrapping"]),
    ])],
    side=[],
    extra=[("EDUCATION", ["Bachelor of Design — Pacific Ridge School of Art + Design, 2013 – 2017"]),
           ("TOOLS", ["Figma · Maze · Dovetail · Framer · Adobe CC"]),
           ("SPEAKING", ["'Designing for tired people', Vancouver UX Night, October 2024"])],
))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024.txt", render="txt_canva",
    family="Australian disability support worker, plain-text export of a Canva one-pager (headings in "
           "capitals, columns run together, dates glued to titles with em dashes, year-only ranges)",
    layout="canva-text/title_org", fmt="mon", present="Present", dash="—",
    name="MADISON KOVAC", headline="DISABILITY SUPPORT WORKER",
    contact=["Geelong VIC", "0491 570 006", "madison.kovac@example.com"],
    profile="Support worker with NDIS and retail experience. Patient, practical, and a swim teacher on the "
            "side.",
    exp=[("EXPERIENCE", [
        E("Disability Support Worker", "Barrabool Community Care", "Geelong VIC", "2022-08", "present", "facing",
          "healthcare_care", ["Community access and in-home support for NDIS participants",
                              "Write shift notes and incident reports"]),
        E("Retail Team Member", "Limeburners Hardware", "Geelong VIC", "2020-01", "2022-07", "facing",
          "in_person_service", ["Helped tradies and DIYers find products; ran the garden centre register"]),
        E("Swim Teacher", "Cowie Bay Aquatic Centre", "Geelong VIC", "2019", "2022", "facing", "education",
          ["Learn-to-swim classes for toddlers and school groups (part-time)"]),
        E("Night Fill Team Member", "Greenbasket Supermarkets", "Geelong VIC", "2018-06", "2019-12", "affecting",
          None, ["Unloaded pallets and filled shelves after close"]),
        E("Recovery Hub Volunteer", "Otway Community Recovery Hub", "Colac VIC", "2020", "2020", "affecting",
          None, ["Sorted and loaded donated goods in the warehouse after the fires"], sec="volunteer",
          et="volunteer"),
    ])],
    side=[("SKILLS", ["NDIS practice standards", "Manual handling", "Medication assist", "AUSTSWIM"]),
          ("CHECKS", ["NDIS Worker Screening", "Working with Children Check", "First Aid + CPR"])],
    extra=[("EDUCATION", ["Certificate IV in Disability — Barwon Skills Institute — 2022",
                          "VCE — Corio Bay College — 2017"]),
           ("REFERENCES", ["Dale Finnegan — Team Leader, Barrabool Community Care — 0491 570 007"])],
))

# ------------------------------------------------------------------ w025
_sc = "Southern Meridian Distribution"
R.append(dict(
    file="w025.pdf", render="rl_twopage",
    family="Australian warehouse supervisor, two-page reportlab designer résumé (teal header bar, sidebar on "
           "page one only, page numbers), title then company with dates right, year-only SES volunteering",
    layout="two-page/title_org", fmt="mon", present="Present", dash=" – ",
    name="Brodie Nguyen-Walsh", headline="Warehouse Supervisor",
    contact=["Dandenong VIC 3175", "0491 570 220", "brodie.nw@example.com.au"],
    profile="Warehouse and customer-service supervisor with forklift, courier and hospitality background.",
    exp=[("Employment", [
        E("Warehouse Supervisor", _sc, "Dandenong South VIC", "2022-02", "present", "affecting", None, [
            "Supervise 22 staff across inbound, pick and dispatch for retail customers' orders",
            "Own DIFOT reporting (98.7% in FY25) and the weekly carrier performance review",
            "Plan labour for peak, stocktake and the Christmas trading period with the site manager",
            "Rolled out RF scanning in the mezzanine, cutting mis-picks by 40% in six months",
            "Run toolbox talks, pre-start checks and incident investigations; two years without an LTI",
            "Recruit, induct and roster casual labour-hire staff through peak"]),
        E("Customer Service Officer", _sc, "Dandenong South VIC", "2019-08", "2022-01", "facing",
          "contact_center", ["Answered calls and emails from trade customers about orders, ETAs and damaged goods",
                             "Booked returns and credits and followed them through to the warehouse",
                             "Kept the top 30 accounts updated on backorders during the 2020–21 shortages",
                             "Covered the trade counter on Saturday mornings"]),
        E("Forklift Operator", "Kororoit Steel Fabrication", "Laverton VIC", "2017-03", "2019-07", "none", None, [
            "Moved steel between cutting, welding and the despatch yard"]),
        E("Courier Driver", "Parcelbird Express", "Melbourne VIC", "2015-06", "2017-02", "affecting", None, [
            "Delivered 120 parcels a day across the south-eastern suburbs",
            "Scanned and photographed parcels left at front doors"], et="freelance"),
        E("Bar Attendant", "Seaford Links Bowls Club", "Frankston VIC", "2013-03", "2015-05", "facing",
          "in_person_service", []),
    ]), ("Volunteering", [
        E("Volunteer Member", "VICSES Dandenong Unit", "Dandenong VIC", "2018", "present", "facing",
          "volunteering", ["Storm and flood call-outs to residents' homes: tarping roofs and checking people "
                           "are safe"], sec="volunteer", et="volunteer"),
    ])],
    side=[("CONTACT", None), ("SKILLS", ["SAP EWM", "DIFOT reporting", "Team leadership", "Forklift LF licence",
                                          "Excel"]),
          ("LICENCES", ["LF High Risk Work Licence", "Car licence (full)", "Working with Children Check"])],
    extra=[("Key achievements", ["Site of the Quarter, Q2 FY24 — first time for the Dandenong DC",
                                 "Led the move of 6,000 pallet locations to the new racking over one weekend",
                                 "Trained 11 forklift operators to LF licence standard"]),
           ("Education", ["Certificate IV in Leadership and Management — South East Skills College, 2023",
                          "Certificate III in Warehousing Operations — 2018"]),
           ("Referees", ["Available on request"])],
))

# ------------------------------------------------------------------ w026
_hs = "Harbour Shield Insurance"
R.append(dict(
    file="w026.docx", render="dx_footer",
    family="Singapore insurance claims officer, builder DOCX with a header name band and a 'Made with' footer, "
           "title then company, dates on an italic line below, one 14-month hotline role",
    layout="header-footer/title_org", fmt="month", present="Present", dash=" - ",
    name="Tan Hui Min, Rachel", headline="Claims Officer | Accounts",
    contact=["Bukit Batok, Singapore", "+65 9455 1028", "rachel.tanhm@example.sg"],
    footer="Made with CVcraft Studio",
    profile="Claims and accounts officer with hotline experience. ACCA part-qualified.",
    exp=[("Work Experience", [
        E("Claims Officer", _hs, "Singapore", "2024-01", "present", "affecting", None, [
            "Assess motor and travel claims from documents, surveyor reports and workshop quotes",
            "Approve settlements within my authority and refer fraud flags"]),
        E("Customer Service Executive", _hs, "Singapore", "2022-11", "2023-12", "facing", "contact_center", [
            "Answered the policyholder hotline: renewals, claim status and complaints"]),
        E("Accounts Executive", "Tembusu Trading Pte Ltd", "Singapore", "2020-04", "2022-10", "none", None, [
            "Full set of AR/AP, bank reconciliations and quarterly GST filing"]),
        E("Audit Intern", "Ong Koh & Partners", "Singapore", "2019-05", "2019-10", "affecting", None, [
            "Vouching and bookkeeping for the firm's SME clients"], et="internship"),
    ])],
    side=[],
    extra=[("Education", ["Diploma in Accountancy — Sembawang Ridge Polytechnic, 2016 - 2019",
                          "ACCA — 9 of 13 papers passed"]),
           ("Skills", ["SAP B1, Xero, Excel (pivot, XLOOKUP), claims systems"]),
           ("Languages", ["English, Mandarin"])],
))

# ------------------------------------------------------------------ w027
R.append(dict(
    file="w027.html", render="html_europass",
    family="Indian mathematics teacher moving into ed-tech admissions, Europass-style HTML export (definition "
           "lists with dates in the left column, language grid table)",
    layout="html-europass/title_org", fmt="dd/mm/yyyy", present="Current", dash=" – ",
    name="Lakshmi Prasanna Reddy", headline="Academic Counsellor",
    contact=["Kukatpally, Hyderabad 500072, India", "+91 99086 21457", "lakshmi.reddy@example.in"],
    profile="",
    exp=[("Work experience", [
        E("Academic Counsellor", "Vidyarambh EdTech Pvt Ltd", "Hyderabad", "2024-04", "present", "facing",
          "sales_account", ["Call parents who book a free class, run demo sessions and close course enrolments",
                            "Monthly target ₹12 lakh; achieved 110% average"]),
        E("TGT Mathematics", "Kaveri Heights High School", "Hyderabad", "2019-06", "2024-03", "facing", "education", [
            "Taught Classes VI–X (CBSE); class teacher for IX-B", "Parent-teacher meetings every term"]),
        E("Online Maths Tutor", "Self-employed", "Hyderabad", "2020-05", "2022-03", "facing", "education", [
            "Evening online tutoring for 10 students"], et="freelance"),
        E("Content Reviewer", "Ganit Labs", "Hyderabad", "2018-07", "2019-05", "affecting", None, [
            "Reviewed and corrected question-bank items and solutions for the app"]),
    ]), ("Volunteering", [
        E("Volunteer Teacher", "Aasha Evening School", "Hyderabad", "2016-08", "2018-04", "facing", "volunteering",
          ["Taught maths to children from nearby construction-worker families two evenings a week"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[],
    extra=[("Education and training", [
        ("01/06/2017 – 30/04/2018", "B.Ed.", "Osmania Road College of Education, Hyderabad"),
        ("01/07/2013 – 30/04/2016", "B.Sc. (Mathematics, Physics, Computers)", "Telangana Degree College")]),
        ("Language skills", [("Mother tongue(s):", "Telugu"), ("English", "C1 C1 C1 C1 C1"),
                             ("Hindi", "B2 B2 B2 B1 B1")]),
        ("Digital skills", [("", "GeoGebra, Google Workspace, Zoom, LeadSquared CRM")]),
    ],
))

# ------------------------------------------------------------------ w028
_so = "Saffron Outsourcing Services"
R.append(dict(
    file="w028.pdf", render="fp_rightbar",
    family="Indian BPO quality analyst, fpdf2 builder layout with the sidebar on the right (skill bars, "
           "languages, certifications) and dates in a left gutter beside each entry",
    layout="right-sidebar/title_org", fmt="mon", present="Present", dash=" - ",
    name="Vikram Singh Rathore", headline="Quality Analyst | Customer Experience",
    contact=["Sector 62, Noida, UP", "+91 98711 40562", "vikram.rathore@example.in"],
    profile="Seven years in BPO: chat and voice support, now call quality and coaching.",
    exp=[("PROFESSIONAL EXPERIENCE", [
        E("Quality Analyst", _so, "Noida", "2023-01", "present", "affecting", None, [
            "Audit 120 calls and chats a week against the client's scorecard and publish the QA dashboard",
            "Run calibration sessions and feedback huddles for agents"]),
        E("Senior Customer Support Executive", _so, "Noida", "2021-04", "2022-12", "facing", "contact_center", [
            "Handled escalated voice calls for a US e-commerce client; SME for refunds"]),
        E("Customer Support Executive", _so, "Noida", "2020-02", "2021-03", "facing", "digital_service", [
            "Chat support for US shoppers: order tracking, returns and account issues"]),
        E("Data Entry Operator", "Meridian Docs Pvt Ltd", "Noida", "2018-09", "2020-01", "none", None, [
            "Keyed scanned forms into the client's system at 9,000 key-strokes an hour"]),
        E("Sales Promoter", "Zeal Electronics", "Ghaziabad", "2017-10", "2017-12", "facing", "in_person_service", []),
    ])],
    side=[("SKILLS", [("Call auditing", 5), ("Coaching", 4), ("Excel dashboards", 4), ("Chat support", 4)]),
          ("LANGUAGES", [("Hindi", 5), ("English", 4)]),
          ("CERTIFICATIONS", ["COPC Certified Coordinator (2024)", "Six Sigma Yellow Belt (2023)"])],
    extra=[("EDUCATION", ["B.A. — Ganga Doab University, Meerut (2014 - 2017)"]),
           ("HOBBIES", ["Cricket, travel"])],
))

# ------------------------------------------------------------------ w029
R.append(dict(
    file="w029.md", render="md_emoji",
    family="UK marketing graduate, Markdown résumé exported from a builder with emoji headings, a skills table "
           "and seasons in the dates",
    layout="md-emoji/title_org", fmt="mon", present="present", dash=" – ",
    name="Freya Ashdown", headline="Marketing Executive",
    contact=["Bristol", "07700 900503", "freya.ashdown@example.co.uk", "freyaashdown.co.uk"],
    profile="Marketing executive with a year of community management behind me.",
    exp=[("Experience", [
        E("Marketing Executive", "Fennel & Finch Ltd", "Bristol", "2024-09", "present", "affecting", None, [
            "Plan and write email campaigns and social posts for a homeware brand; report weekly on results"]),
        E("Social Media & Community Assistant", "Kite Street Games", "Bristol", "2023-09", "2024-08", "facing",
          "digital_service", ["Replied to players' comments and DMs and moderated the Discord server",
                              "Passed bug reports from players to the support team"]),
        E("Marketing Intern", "Fennel & Finch Ltd", "Bristol", "2022-06", "2022-08", "affecting", None, [
            "Product photo shoots and SEO copy for the website"], et="internship", dt="Summer 2022"),
        E("Library Assistant", "Avonmouth University Library", "Bristol", "2021-10", "2023-05", "affecting", None,
          ["Shelving, stock repairs and reserve collections (student job, 8 hrs/week)"], sec="other"),
        E("Waitress", "The Gull & Anchor", "Falmouth", "2019-06", "2019-08", "facing", "in_person_service", [],
          dt="Summer 2019"),
    ])],
    side=[],
    extra=[("Education", ["BA (Hons) Marketing — Avonmouth University — 2020–2023 — 2:1"]),
           ("Skills", [("Klaviyo", "advanced"), ("Canva / Figma", "good"), ("GA4", "good"),
                       ("Copywriting", "advanced")]),
           ("Interests", ["Sea swimming, zines, board games"])],
))

# ------------------------------------------------------------------ w030
R.append(dict(
    file="w030.txt", render="txt_threecol",
    family="Canadian pharmacy assistant, plain text an ATS portal produced from a three-column builder PDF "
           "(sidebar headings interleaved, dates on separate lines, bullet glyphs lost, year-only range)",
    layout="ats-3col/title_org", fmt="mon.", present="Present", dash=" – ",
    name="Harpreet Gill", headline="Pharmacy Assistant",
    contact=["Saskatoon, SK", "306-555-0124", "harpreet.gill@example.ca"],
    profile="Pharmacy assistant with a Pharmacy Technician diploma, preparing for the licensing exams.",
    exp=[("WORK EXPERIENCE", [
        E("Pharmacy Assistant", "Prairie Rose Pharmacy", "Saskatoon, SK", "2022-06", "present", "facing",
          "in_person_service", ["Serve customers at the front counter and pick-up window; process payments",
                                "Take refill requests by phone and prepare prescriptions for checking"]),
        E("Pharmacy Technician Practicum Student", "Riverbend Hospital", "Saskatoon, SK", "2022-01", "2022-04",
          "affecting", None, ["Prepared unit doses and IV admixtures under supervision in the central pharmacy"],
          sec="other", et="internship"),
        E("Cashier", "Northern Plains Co-op", "Saskatoon, SK", "2019-08", "2021-12", "facing", "in_person_service",
          ["Grocery tills and the customer service desk"]),
        E("Dishwasher", "Broadway Pho House", "Saskatoon, SK", "2018-05", "2019-07", "affecting", None, []),
        E("Newspaper Carrier", "Saskatoon Evening Ledger", "Saskatoon, SK", "2016", "2018", "affecting", None, [
            "Delivered 90 papers before school"]),
    ])],
    side=[("SKILLS", ["Kroll", "Prescription intake", "Cash handling", "Inventory"]),
          ("LANGUAGES", ["English", "Punjabi", "Hindi"])],
    extra=[("EDUCATION", ["Pharmacy Technician Diploma", "Prairie Institute of Applied Health, Saskatoon",
                          "Sep. 2020 – Jun. 2022"]),
           ("CERTIFICATIONS", ["Standard First Aid", "2022"]),
           ("INTERESTS", ["Badminton, cooking"])],
))
