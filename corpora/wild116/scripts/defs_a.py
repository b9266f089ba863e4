"""wild116 résumés w001–w015 (all people, employers, towns, numbers and e-mails invented)."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w001
R(dict(
    id="w001", r="rl", layout="plain", page="letter", footer="Dolores Ferrante-Quist  —  Résumé",
    family="US operations director, two-page reportlab résumé with page footer, long summary, promotions listed as separate roles",
    name="Dolores Ferrante-Quist", tagline="Operations Director  ·  Distribution & Fulfilment",
    contact=["Columbus, OH", "(614) 555-0182", "d.ferrantequist@mailbox.us", "linkedin.com/in/dferrantequist"],
    hs="title_org", ds="mon", pw="Present",
    sections=[
        ("p", "Summary", [
            "Operations leader with nineteen years in distribution, most of them running multi-shift fulfilment "
            "centres for consumer brands. I took a 240,000 sq ft site from 91% to 99.2% on-time dispatch, rebuilt "
            "the shift structure after two failed WMS migrations and cut agency spend by a third without losing "
            "peak capacity. I like plain numbers, short meetings and supervisors who are allowed to make decisions.",
            "Now looking for a regional or network operations role where throughput, safety and people development "
            "matter equally."]),
        ("x", "Professional Experience", [
            E("Director of Fulfilment Operations", "Harrowgate Goods Co.", "Groveport, OH", "2019-06", "present",
              "affecting", None, [
                  "Run two fulfilment centres (410 staff across three shifts) shipping direct-to-consumer and retail orders",
                  "Own on-time dispatch, order accuracy and damage rates; 99.2% OTD in 2025 peak",
                  "Led WMS cut-over to a new slotting model, reducing pick travel by 18%",
                  "Set returns-processing standards so refunds are issued within 48 hours of receipt"]),
            E("Senior Operations Manager", "Harrowgate Goods Co.", "Groveport, OH", "2016-02", "2019-05",
              "affecting", None, [
                  "Managed outbound, packing and carrier yard for the Groveport site",
                  "Introduced pack-station quality audits after a spike in wrong-item complaints"]),
            E("Operations Manager", "Tristate Cold Logistics", "Lockbourne, OH", "2011-09", "2016-01",
              "affecting", None, [
                  "Ran night-shift cross-dock for grocery accounts; 60 associates, 4 supervisors",
                  "Held temperature-compliance and load-accuracy KPIs for store deliveries",
                  "Managed the transport planners who scheduled 140 store deliveries a night",
                  "Rolled out voice picking; accuracy rose from 99.1% to 99.7%"]),
            E("Production Supervisor", "Buckeye Corrugated Inc.", "Marion, OH", "2007-05", "2011-08",
              "none", None, [
                  "Supervised two corrugator lines and 22 operators on rotating shifts",
                  "Cut changeover time 30% with SMED workshops; led monthly safety walks",
                  "Trained new operators on lock-out/tag-out and quality sampling"]),
        ]),
        ("x", "Board & Community", [
            E("Board Member", "Franklin County Workforce Partnership", "Columbus, OH", "2021-01", "present",
              "none", None, [
                  "Sit on the employer panel that reviews adult-training grants and warehouse apprenticeship curricula"],
              sec="volunteer", et="volunteer"),
        ]),
        ("l", "Selected Achievements", [
            "Opened the second Groveport building in 2022: hired 160 associates in nine weeks and hit standard rate by week six",
            "Reduced recordable injuries from 4.1 to 1.3 per 200,000 hours through a supervisor-led safety programme",
            "Renegotiated parcel-carrier contracts with procurement, saving $2.3M a year",
            "Built a supervisor academy (12 modules) now used by three sister sites",
            "Cut temporary-agency spend by 33% with a flexible part-time shift pattern for local parents and students"]),
        ("p", "Education", ["B.S. Industrial Management — Ohio Lakeshore University, 2007",
                            "Lean Six Sigma Green Belt (2014)"]),
        ("l", "Core Skills", ["Multi-site P&L and labour planning", "WMS / LMS implementation (Manhattan, Blue Yonder)",
                              "Engineered labour standards", "Budgeting and capital requests",
                              "Carrier negotiation", "OSHA safety programmes", "Coaching first-line supervisors"]),
    ]))

# ------------------------------------------------------------------ w002
R(dict(
    id="w002", r="docx", layout="styles", h2=True,
    family="UK head of customer experience, Word heading styles with Heading 2 job titles and dates on the next line",
    name="Priyanka Ollerenshaw", tagline="Customer Experience Leader",
    contact=["Leeds, West Yorkshire", "07700 900 418", "priyanka.oll@mailbox.co.uk"],
    hs="title_org", ds="mon", pw="Present",
    sections=[
        ("p", "Profile", [
            "Customer experience leader with fifteen years in utilities and insurance, from the phones to the "
            "leadership team. I set the service strategy, run the voice-of-customer programme and still take "
            "the hardest complaints myself, because you learn more from one angry caller than from a month of "
            "dashboards. Known for bringing complaints down without hiding them."]),
        ("x", "Career History", [
            E("Head of Customer Experience", "Calder Valley Energy", "Leeds", "2021-04", "present", "facing",
              "contact_center", [
                  "Lead customer operations of 180 advisers across phone, chat and email for 400,000 households",
                  "Personally handle Ombudsman-stage complaints and call back customers in vulnerable circumstances",
                  "Cut complaint volumes 34% in two years by fixing billing root causes with the IT and metering teams",
                  "Report monthly to the executive board on Trust Pilot, NPS and Ofgem complaint data"]),
            E("Customer Insight & Journey Manager", "Calder Valley Energy", "Leeds", "2018-09", "2021-03",
              "affecting", None, [
                  "Mapped the move-home and final-bill journeys and redesigned letters and web forms",
                  "Ran the voice-of-customer survey programme and presented themes to product owners",
                  "Worked with the data team on churn drivers; no direct customer contact in this role"]),
            E("Complaints Team Manager", "Pennine Mutual Insurance", "Bradford", "2014-01", "2018-08", "facing",
              "contact_center", [
                  "Managed a team of 14 complaint handlers for home and motor claims",
                  "Took escalated calls from policyholders and wrote final-response letters",
                  "Trained handlers on FCA DISP rules and treating customers fairly"]),
            E("Customer Service Adviser", "Pennine Mutual Insurance", "Bradford", "2011-06", "2013-12", "facing",
              "contact_center", ["Answered policyholder calls on renewals, mid-term changes and claims updates"]),
        ]),
        ("l", "Skills", ["Complaint handling and root-cause analysis", "Voice of customer / NPS", "Journey mapping",
                         "Workforce planning (NICE, Genesys)", "Vulnerable customer policy"]),
        ("p", "Education & Qualifications", ["BA (Hons) Sociology, University of Northgate, 2010",
                                             "CCXP (Certified Customer Experience Professional), 2020"]),
    ]))

# ------------------------------------------------------------------ w003
R(dict(
    id="w003", r="txt", th="caps", bul="*", width=84,
    family="Career changer from corporate finance to secondary maths teaching, plain text, 'Title – Employer, Town' lines with dates at the end",
    name="Rafael Okonkwo-Lind", name_caps=True, tagline="Mathematics Teacher (QTS) | former Finance Manager",
    contact=["Reading, Berkshire  |  07700 900 266  |  rafael.ol@mailbox.org"],
    hs="dash", ds="mon", pw="Present",
    sections=[
        ("p", "Personal statement", [
            "After twelve years in corporate finance I retrained as a maths teacher in 2022. I still enjoy a "
            "spreadsheet, but I found I enjoyed explaining them far more than building them. I bring commercial "
            "experience into the classroom (real budgets, real interest rates) and I'm keen to take on a "
            "KS4 intervention or financial-literacy responsibility."]),
        ("x", "Teaching experience", [
            E("Teacher of Mathematics", "Kennet Vale Academy", "Reading", "2023-09", "present", "facing",
              "education", [
                  "Teach KS3 and KS4 groups (Years 7-11), including two GCSE foundation sets",
                  "Run a lunchtime catch-up club and speak with parents at progress evenings",
                  "Wrote the Year 9 personal-finance unit now used across the department"]),
            E("Trainee Teacher (PGCE, School Direct)", "Thamesmead Learning Trust", "Wokingham", "2022-09", "2023-07",
              "facing", "education", [
                  "Two placements; planned and taught sequences of lessons to Years 7-12",
                  "Observed and mentored weekly; passed all Teachers' Standards"], et="internship"),
        ]),
        ("x", "Previous career", [
            E("Finance Manager", "Loddon Packaging Group", "Reading", "2016-03", "2022-07", "none", None, [
                "Monthly management accounts, budget and reforecasts for a £60m manufacturing group",
                "Managed two assistant accountants; led the move to a new ERP",
                "Prepared board packs and covenant calculations for the bank"]),
            E("Management Accountant", "Loddon Packaging Group", "Reading", "2013-01", "2016-02", "none", None, [
                "Cost accounting, stock valuation and variance analysis for three plants"]),
            E("Audit Senior", "Barrow Hythe LLP", "Oxford", "2010-09", "2012-12", "facing", "other_facing", [
                "Led audit fieldwork at owner-managed clients; agreed adjustments with client finance directors on site",
                "Qualified ACA in 2012"]),
        ]),
        ("p", "Education", ["PGCE Secondary Mathematics with QTS, 2023",
                            "ACA, ICAEW, 2012",
                            "BSc Economics, 2:1, 2010"]),
        ("p", "Interests", ["Park run volunteer, chess club coach, slowly learning the cello."]),
    ]))

# ------------------------------------------------------------------ w004
R(dict(
    id="w004", r="fpdf", layout="centred", caps_heads=True,
    family="Engineering manager in industrial software, fpdf2 centred header, employer headings with several roles beneath, mm/yyyy dates",
    name="Tobias Wenzel-Harcourt", tagline="Engineering Manager — Embedded & Cloud",
    contact=["Portland, OR", "(503) 555-0149", "tobias.wh@mailbox.net", "github.com/twharcourt"],
    hs="orgfirst", ds="mm/yyyy", pw="present",
    sections=[
        ("p", "Summary", [
            "Engineer turned manager with 17 years building firmware and cloud services for industrial sensors. "
            "I manage managers now, but I still read every post-mortem and I still join the customer calls when "
            "something goes wrong at a plant — those calls are where our roadmap really comes from."]),
        ("x", "Experience", [
            E("Senior Engineering Manager", "Cascadia Sensorworks", "Portland, OR", "2022-01", "present", "facing",
              "other_facing", [
                  "Lead 4 teams (31 engineers) owning device firmware, OTA updates and the telemetry platform",
                  "Join Sev-1 escalation calls with plant managers at utility customers and lead the remediation follow-ups",
                  "Run quarterly roadmap reviews with our five largest customers alongside the account team"]),
            E("Engineering Manager, Firmware", "Cascadia Sensorworks", "Portland, OR", "2018-04", "2021-12", "none",
              None, [
                  "Managed 9 firmware engineers; shipped the v3 sensor platform on schedule",
                  "Introduced hardware-in-the-loop CI; cut field-return defects 40%"]),
            E("Staff Firmware Engineer", "Cascadia Sensorworks", "Portland, OR", "2015-07", "2018-03", "none", None, [
                "Low-power radio stack and bootloader in C; led code reviews"]),
            E("Firmware Engineer", "Willamette Instruments", "Beaverton, OR", "2009-06", "2015-06", "none", None, [
                "Designed firmware for flow meters; wrote test fixtures for the production line"]),
            E("Technical Advisor (part-time)", "Riverbend Makerspace", "Portland, OR", "2019-01", "2023-12", "facing",
              "volunteering", [
                  "Ran monthly 'bring your broken gadget' evenings helping members of the public repair electronics"],
              sec="volunteer", et="volunteer"),
        ]),
        ("p", "Education", ["M.S. Electrical Engineering, Pacific Crest University, 2009"]),
        ("p", "Skills", ["C/C++, Rust, Go, AWS IoT, Zephyr RTOS · hiring and career ladders · incident management"]),
    ]))

# ------------------------------------------------------------------ w005
R(dict(
    id="w005", r="docx", layout="tabs",
    family="Australian account director in advertising, Word right tab-stop dates, full month names",
    name="Imogen Castellano", tagline="Group Account Director",
    contact=["Surry Hills NSW 2010", "0412 555 309", "imogen.castellano@mailbox.com.au"],
    hs="title_org", ds="month", pw="Current",
    sections=[
        ("p", "About me", [
            "Agency-side account leader with 14 years across creative, media and digital agencies. I look after "
            "some of the agency's biggest relationships, grow them, and keep the work honest. Equally comfortable "
            "in a CMO's boardroom and at a 7am shoot. Looking for a client-side marketing role, or a managing "
            "partner seat in a smaller agency."]),
        ("x", "Experience", [
            E("Group Account Director", "Paperkite & Moss", "Sydney", "2020-07", "present", "facing", "sales_account", [
                "Lead relationships with three national retail and banking clients worth $9m in annual fees",
                "Weekly status meetings with client marketing directors; present creative and negotiate scopes",
                "Manage 7 account staff and coach them through their first pitches"]),
            E("Account Director", "Paperkite & Moss", "Sydney", "2017-02", "2020-06", "facing", "sales_account", [
                "Day-to-day lead on a supermarket account: briefs, budgets and sign-offs with brand managers"]),
            E("Senior Account Manager", "Bluewren Media", "Melbourne", "2013-05", "2017-01", "facing",
              "sales_account", [
                  "Handled media planning briefs and campaign reporting with client teams"]),
            E("Marketing Coordinator", "Gumleaf Wines", "Adelaide", "2011-03", "2013-04", "affecting", None, [
                "Produced point-of-sale material, label copy and trade-show kits",
                "Updated the website and wrote the monthly newsletter to the mailing list"]),
            E("Mentor", "Women in Adland Mentoring Circle", "Sydney", "2022-02", "present", "facing", "volunteering", [
                "Mentor two junior account executives a year through monthly one-to-ones"],
              sec="volunteer", et="volunteer"),
        ]),
        ("p", "Education", ["Bachelor of Communications (Advertising), Harbourline University, 2010"]),
        ("l", "Strengths", ["Client leadership", "Scope and fee negotiation", "Integrated campaigns",
                            "Team development"]),
        ("p", "Referees", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w006
R(dict(
    id="w006", r="md", mh="h3", bul="-",
    family="Clinical nurse manager in Markdown, h3 job titles with italic dates, 'to date' and clinical governance role",
    name="Siobhán McAteer-Doyle", tagline="Clinical Nurse Manager 2 | RGN",
    contact=["Galway", "087 555 2913", "siobhan.mcd@mailbox.ie"],
    hs="title_org", ds="mon", pw="to date", sep=" - ",
    sections=[
        ("p", "Professional summary", [
            "Registered general nurse with 20 years' experience, the last nine in nurse management. I have run "
            "busy medical wards, led a hospital-wide falls project and spent two years on the quality and "
            "governance side, away from the bedside, before going back to ward management because I missed "
            "patients. Calm in a crisis and firm about safe staffing."]),
        ("x", "Employment history", [
            E("Clinical Nurse Manager 2 – Acute Medical Unit", "Western Bay University Hospital", "Galway",
              "2022-03", "present", "facing", "healthcare_care", [
                  "Manage a 32-bed AMU with 58 nursing and HCA staff; roster, budget and bed flow",
                  "Do the morning safety huddle and a daily walk-round, speaking with patients and relatives about concerns",
                  "Lead on complaints resolution at ward level and meet families face to face"]),
            E("Clinical Governance & Quality Manager", "Western Bay University Hospital", "Galway", "2020-01",
              "2022-02", "affecting", None, [
                  "Ran incident review, audit and the hospital's falls and pressure-ulcer prevention programmes",
                  "Wrote nursing policies and trained ward staff on the new incident system"]),
            E("Clinical Nurse Manager 1", "St Enda's Regional Hospital", "Castlebar", "2015-06", "2019-12",
              "facing", "healthcare_care", [
                  "Shift lead on a 28-bed medical ward; carried my own patient load on short-staffed nights"]),
            E("Staff Nurse", "St Enda's Regional Hospital", "Castlebar", "2006-09", "2015-05", "facing",
              "healthcare_care", []),
        ]),
        ("p", "Education", ["MSc Nursing Management, 2018", "BSc General Nursing, 2006", "NMBI PIN 000000"]),
        ("l", "Other", ["Member, hospital Drugs & Therapeutics Committee", "Full clean driving licence"]),
    ]))

# ------------------------------------------------------------------ w007
R(dict(
    id="w007", r="rl", layout="sidebar", accent="#6B2E3E", side_bg="#F1E9EA",
    family="UK secondary headteacher, reportlab with shaded left sidebar (contact, qualifications), 'Current'",
    name="Gareth Penhaligon", tagline="Headteacher  |  NPQH",
    contact=["Truro, Cornwall", "07700 900 734", "g.penhaligon@mailbox.co.uk"],
    sidebar=[("Qualifications", ["NPQH (2017)", "PGCE Geography (2002)", "BA Geography (2001)"]),
             ("Other", ["DSL trained", "Safer recruitment", "Ofsted-style peer reviewer"])],
    hs="title_org", ds="mon", pw="Current",
    sections=[
        ("p", "Profile", [
            "Headteacher of a 1,100-pupil comprehensive with 23 years in Cornish schools. I still teach a Year 8 "
            "geography group every week and stand at the gate most mornings. Under my leadership attendance rose "
            "from 88% to 93% and the school came out of special measures. Governor of a primary trust and trustee "
            "of a small outdoor-education charity."]),
        ("x", "Leadership Experience", [
            E("Headteacher", "Carn Brea Community School", "Redruth", "2019-09", "present", "facing", "education", [
                "Lead 140 staff and a £7.4m budget; report to the local governing board",
                "Teach one Year 8 geography class and meet parents on every exclusion or serious complaint",
                "Rebuilt the attendance team and home-visit programme"]),
            E("Deputy Headteacher (Curriculum & Data)", "Penwith Academy", "Penzance", "2014-09", "2019-08",
              "affecting", None, [
                  "Built the timetable and options process for 900 pupils; led on assessment data and exam entries",
                  "Line-managed heads of department and ran curriculum reviews"]),
            E("Head of Geography", "Penwith Academy", "Penzance", "2008-09", "2014-08", "facing", "education", [
                "Led a department of six; taught KS3-KS5 and ran fieldwork trips"]),
            E("Teacher of Geography", "Helston Grammar School", "Helston", "2002-09", "2008-08", "facing",
              "education", []),
            E("Chair of Governors", "Kernow Primary Learning Trust", "Camborne", "2021-01", "present", "none", None, [
                "Chair the trust's standards committee; review headteacher performance and budgets"],
              sec="volunteer", et="volunteer"),
        ]),
    ]))

# ------------------------------------------------------------------ w008
R(dict(
    id="w008", r="docx", layout="table",
    family="Independent management consultant (contracts and interim roles), Word borderless table per job, yyyy-mm dates",
    name="Anneliese Brandvold", tagline="Interim Operations & Transformation Lead",
    contact=["Edinburgh", "07700 900 553", "anneliese@mailbox.scot"],
    ds="yyyy-mm", pw="present", sep=" to ",
    sections=[
        ("p", "Summary", [
            "Independent consultant since 2018, working through my own limited company on interim and project "
            "contracts of four to eighteen months. Before that, ten years in banking operations. Most of my "
            "assignments are back-office turnarounds; a few put me in front of the client's customers as well. "
            "I'm happy to work inside IR35 for the right role."]),
        ("x", "Contracts and roles", [
            E("Interim Head of Collections", "Forthbridge Building Society", "Dunfermline", "2025-03", "present",
              "facing", "contact_center", [
                  "Leading a 40-seat collections and recoveries team through a regulatory remediation",
                  "Sit in on calls weekly and take escalated calls from customers in financial difficulty",
                  "Rewrote forbearance scripts with the conduct risk team"], et="freelance"),
            E("Transformation Consultant", "Brandvold Consulting Ltd", "Edinburgh", "2018-05", "2025-02", "facing",
              "entrepreneurial_freelance", [
                  "Own consultancy; six assignments for banks, insurers and a housing association",
                  "Win work through proposals and pitch meetings with client COOs; agree scope and fees",
                  "Run workshops on the client's site with their operations managers"], et="freelance"),
            E("Operations Change Manager (contract)", "Lothian Pensions Administration", "Edinburgh", "2019-10",
              "2020-09", "affecting", None, [
                  "Moved member-record processing to a new platform; cut backlog from 11,000 cases to 900",
                  "Redesigned member letters with the plain-English team"], et="freelance"),
            E("Head of Payments Operations", "Caledonia Merchant Bank", "Edinburgh", "2012-08", "2018-04", "affecting",
              None, [
                  "Ran the payments back office (55 staff): CHAPS, BACS, SWIFT and exceptions",
                  "Owned the service levels behind customer payment cut-offs"]),
            E("Operations Analyst", "Caledonia Merchant Bank", "Edinburgh", "2008-01", "2012-07", "none", None, [
                "Reconciliations and MI for the operations director"]),
        ]),
        ("p", "Education", ["MA (Hons) Economics and Management, 2007", "PRINCE2 Practitioner, Lean Practitioner"]),
        ("p", "Board", ["Non-executive director, Leith Community Credit Union (2021 – present): audit and risk "
                        "committee; no operational role."]),
    ]))

# ------------------------------------------------------------------ w009
R(dict(
    id="w009", r="html",
    family="Software engineer turned customer success manager, HTML résumé, 'Now' and a year-only early role",
    name="Kenji Albrecht-Moreau", tagline="Customer Success Manager · ex-Backend Engineer",
    contact=["Austin, TX", "(512) 555-0137", "kenji.am@mailbox.dev"],
    hs="title_org", ds="mon", pw="Now",
    sections=[
        ("p", "Summary", [
            "I spent eight years writing backend code for B2B SaaS products and the last four making sure "
            "customers actually get value from them. Engineers trust me because I can read a stack trace; "
            "customers trust me because I tell them when something will take longer than they'd like."]),
        ("x", "Experience", [
            E("Senior Customer Success Manager", "Ledgerline Software", "Austin, TX", "2023-02", "present", "facing",
              "sales_account", [
                  "Own a book of 28 mid-market accounts ($6.1M ARR); 118% net revenue retention in FY25",
                  "Run onboarding, quarterly business reviews and renewal conversations with customer finance teams",
                  "Represent customers in product council; write up their top requests"]),
            E("Customer Success Manager", "Ledgerline Software", "Austin, TX", "2022-01", "2023-01", "facing",
              "sales_account", ["Moved from engineering; ran onboarding calls and health checks for 40 SMB accounts"]),
            E("Senior Backend Engineer", "Ledgerline Software", "Austin, TX", "2018-05", "2021-12", "none", None, [
                "Built the reconciliation engine in Go and Postgres; on the on-call rotation for the payments service",
                "Mentored three junior engineers"]),
            E("Software Engineer", "Pecan Street Analytics", "Austin, TX", "2014-01", "2018-12", "none", None, [
                "Data pipelines and internal APIs for energy-usage reporting"], prec="year"),
        ]),
        ("l", "Skills", ["Gainsight, Salesforce, SQL, Go, Python", "Renewals and expansion", "Technical onboarding"]),
        ("p", "Education", ["B.S. Computer Science, Hill Country State University, 2013"]),
    ]))

# ------------------------------------------------------------------ w010
R(dict(
    id="w010", r="fpdf", layout="left", caps_heads=False, bul="-",
    family="Former police inspector moving into corporate security and risk, fpdf2 left header, dates first on each role line",
    name="Marcus Ebong-Whitfield", tagline="Security & Risk Manager (former Police Inspector)",
    contact=["Birmingham", "07700 900 871", "marcus.ew@mailbox.co.uk"],
    hs="datesfirst", ds="mm/yyyy", pw="Present", sep=" - ",
    sections=[
        ("p", "Profile", [
            "Twenty-two years of policing, the last seven as an inspector, followed by a move into corporate "
            "security in 2021. I have led response teams, run a neighbourhood policing area and managed major "
            "events. In the private sector I run security and business-continuity for a retail estate."]),
        ("x", "Career", [
            E("Head of Security & Resilience", "Arden Retail Parks plc", "Birmingham", "2023-04", "present",
              "affecting", None, [
                  "Set security standards for 14 shopping parks and manage the guarding contract (120 officers)",
                  "Own business-continuity plans, CCTV upgrades and incident reporting to the board"]),
            E("Security Operations Manager", "Arden Retail Parks plc", "Birmingham", "2021-06", "2023-03",
              "none", None, [
                  "Built the central control room and the incident-reporting system",
                  "Managed loss-prevention investigations with store managers and police"]),
            E("Inspector – Neighbourhood Policing", "West Mercian Police", "Wolverhampton", "2014-05", "2021-05",
              "facing", "other_facing", [
                  "Led four neighbourhood teams; chaired monthly public meetings with residents and councillors",
                  "Gold/silver commander for football and city-centre events"]),
            E("Police Sergeant / Constable", "West Mercian Police", "Walsall", "1999-03", "2014-04", "facing",
              "other_facing", [
                  "Response and neighbourhood policing; attended calls from the public and supported victims"]),
        ]),
        ("p", "Qualifications", ["BSc Criminology (Open University), 2012", "NEBOSH General Certificate",
                                 "SIA licence (Door Supervisor)"]),
        ("p", "References", ["From my current employer and former superintendent on request."]),
    ]))

# ------------------------------------------------------------------ w011
R(dict(
    id="w011", r="docx", layout="header", footer="Curriculum vitae – Nadia Fairweather-Osei",
    family="Finance director with board and trustee roles, name and contact in the Word page header, m.yyyy dates",
    name="Nadia Fairweather-Osei, FCA", tagline="Finance Director",
    contact=["Bristol BS8", "07700 900 626", "nadia.fo@mailbox.co.uk"],
    hs="org_title", ds="m.yyyy", pw="present", sep=" – ",
    sections=[
        ("p", "Executive summary", [
            "Chartered accountant and finance director with 18 years in consumer goods and housing. I have led "
            "two refinancings, a sale process and an ERP replacement, and I sit on two boards. Commercial, calm, "
            "and convinced that finance teams should be the easiest people in the building to work with."]),
        ("x", "Executive roles", [
            E("Finance Director", "Avonmere Foods Ltd", "Bristol", "2019-01", "present", "none", None, [
                "Lead a finance team of 22 across FP&A, financial control, treasury and payroll",
                "Refinanced £45m of facilities in 2023; led the vendor due diligence for the 2025 sale process",
                "Member of the executive committee and the pension trustee board"]),
            E("Head of Financial Planning", "Avonmere Foods Ltd", "Bristol", "2015-06", "2018-12", "none", None, [
                "Budget, forecasting and category profitability reporting"]),
            E("Finance Business Partner", "Severn Homes Housing Association", "Gloucester", "2011-02", "2015-05",
              "facing", "internal_support", [
                  "Partnered the repairs and housing-management directors and their budget holders",
                  "Ran monthly budget clinics for 60 managers and answered their finance queries"]),
        ]),
        ("x", "Board and advisory roles", [
            E("Non-Executive Director & Audit Chair", "Clifton Vale Credit Union", "Bristol", "2021-09", "present",
              "none", None, ["Chair the audit committee; oversee internal audit and the external audit tender"],
              sec="volunteer", et="volunteer"),
            E("Treasurer (Trustee)", "Harbourside Youth Arts", "Bristol", "2016-04", "2021-08", "none", None, [],
              sec="volunteer", et="volunteer"),
        ]),
        ("p", "Qualifications", ["FCA (ICAEW), qualified 2010", "BA (Hons) Accounting & Finance, 2007"]),
    ]))

# ------------------------------------------------------------------ w012
R(dict(
    id="w012", r="txt", th="dash", bul="•",
    family="Hotel general manager moving into facilities management, plain text with labelled Position/Employer/Period blocks",
    name="Constance Abernethy-Mwangi", tagline="Facilities & Hospitality Operations Manager",
    contact=["Nairobi Road, Mombasa  /  relocating to Cape Town", "+27 71 555 0190", "connie.am@mailbox.africa"],
    hs="labelled", ds="mon'yy", pw="Now", sep=" - ",
    sections=[
        ("p", "Career objective", [
            "Hotelier of 16 years now working in corporate facilities management. I want a senior FM role where "
            "service culture matters: campuses, hospitals or premium office buildings."]),
        ("x", "Work experience", [
            E("Facilities Manager", "Tidewater Business Campus", "Cape Town", "2023-08", "present", "facing",
              "internal_support", [
                  "Run soft and hard FM for a 4-building campus with 2,300 office staff from 12 tenant companies",
                  "Hold monthly service reviews with tenant office managers and handle their escalations",
                  "Manage cleaning, security, catering and maintenance contractors"]),
            E("General Manager", "Coral Dune Beach Hotel", "Mombasa", "2017-05", "2023-07", "facing",
              "in_person_service", [
                  "Ran a 160-room resort with 210 staff; owned GOP, guest scores and brand standards",
                  "Hosted the manager's cocktail weekly and met guests with complaints personally"]),
            E("Rooms Division Manager", "Coral Dune Beach Hotel", "Mombasa", "2013-02", "2017-04", "facing",
              "in_person_service", ["Front office, housekeeping and reservations; covered the front desk at peak"]),
            E("Executive Housekeeper", "Malindi Palm Suites", "Malindi", "2010-01", "2013-01", "affecting", None, [
                "Led 45 room attendants and the laundry; set room inspection standards"]),
        ]),
        ("p", "Education", ["Diploma in Hotel Management, Coastline Institute of Hospitality, 2009",
                            "IWFM Level 5 Certificate in Facilities Management, 2024"]),
        ("p", "Languages", ["English, Kiswahili, basic German"]),
    ]))

# ------------------------------------------------------------------ w013
R(dict(
    id="w013", r="rl", layout="twocol", accent="#1E5631",
    family="Hospital pharmacist turned medical science liaison, reportlab two-column header, 'Title | Employer | Town' with right dates",
    name="Dr. Leena Varghese-Holt", tagline="Medical Science Liaison — Cardiometabolic",
    contact=["Toronto, ON", "(416) 555-0165", "leena.vh@mailbox.ca", "PharmD, RPh"],
    hs="pipe", ds="mon", pw="Present",
    sections=[
        ("x", "Professional Experience", [
            E("Senior Medical Science Liaison", "Northvale Therapeutics Canada", "Toronto, ON", "2022-05", "present",
              "facing", "other_facing", [
                  "Scientific exchange with cardiologists and endocrinologists across Ontario; 150+ HCP meetings a year",
                  "Present clinical data at hospital rounds and support investigator-initiated studies",
                  "Non-promotional role; train the sales team on the evidence"]),
            E("Medical Information Pharmacist", "Northvale Therapeutics Canada", "Toronto, ON", "2020-03", "2022-04",
              "facing", "contact_center", [
                  "Answered medical enquiries from pharmacists, physicians and patients by phone and email",
                  "Wrote standard response letters and reported adverse events"]),
            E("Clinical Pharmacist – Cardiology", "Lakeshore General Hospital", "Mississauga, ON", "2014-07",
              "2020-02", "facing", "healthcare_care", [
                  "Medication reconciliation and discharge counselling for cardiac patients",
                  "Rounded daily with the cardiology team"]),
            E("Pharmacy Resident", "Lakeshore General Hospital", "Mississauga, ON", "2013-07", "2014-06", "facing",
              "healthcare_care", ["Rotations in ICU, oncology and ambulatory clinics"], et="internship"),
        ]),
        ("p", "Education", ["PharmD, Great Lakes University, 2013", "Hospital Pharmacy Residency, 2014"]),
        ("p", "Publications & Advisory", [
            "Six peer-reviewed papers on anticoagulation stewardship. Advisory board member, Ontario "
            "Pharmacists' Cardiology Network (2021–present): guideline reviews, no clinical duties."]),
    ]))

# ------------------------------------------------------------------ w014
R(dict(
    id="w014", r="docx", layout="sidebar", side_hex="E4E9E2",
    family="HR director, Word two-column layout table with shaded sidebar (contact, skills, languages), month dates",
    name="Aurelio Santangelo", tagline="HR Director | People & Culture",
    contact=["Dublin 8", "+353 86 555 4410", "aurelio.s@mailbox.ie"],
    sidebar=[("Skills", ["Employee relations", "Workforce planning", "Reward", "Change management", "Workday"]),
             ("Languages", ["English", "Italian", "Spanish"]),
             ("Education", ["MSc HRM, 2008", "CIPD Chartered Fellow"])],
    hs="title_org", ds="month", pw="Present",
    sections=[
        ("p", "Profile", [
            "HR leader with 17 years in technology and logistics. I build people functions that line managers "
            "actually use: clear policies, fast answers and honest conversations."]),
        ("x", "Experience", [
            E("HR Director", "Liffeyside Freight Group", "Dublin", "2021-01", "present", "none", None, [
                "Lead HR for 1,900 employees in Ireland and the UK; member of the leadership team",
                "Negotiated two collective agreements with the drivers' union",
                "Designed the reward framework and the new performance cycle"]),
            E("HR Business Partner", "Clontarf Cloud Services", "Dublin", "2016-03", "2020-12", "facing",
              "internal_support", [
                  "Partnered engineering and support leaders (700 staff); coached managers on ER cases",
                  "Ran drop-in sessions for employees on policies, leave and relocation"]),
            E("HR Advisor", "Clontarf Cloud Services", "Dublin", "2012-05", "2016-02", "facing", "internal_support", [
                "First point of contact for employee queries on contracts, leave and payroll"]),
            E("Recruitment Coordinator", "Harcourt Talent Partners", "Dublin", "2009-09", "2012-04", "facing",
              "sales_account", ["Screened candidates by phone and arranged interviews with client hiring managers"]),
        ]),
    ]))

# ------------------------------------------------------------------ w015
R(dict(
    id="w015", r="md", mh="bold", bul="*",
    family="Head chef turned food product developer, Markdown with employer headings and roles beneath, seasons and 'Present'",
    name="Bartholomew 'Bart' Quayle", tagline="Product Development Chef",
    contact=["Manchester", "07700 900 309", "bart.quayle@mailbox.co.uk"], cjoin=" | ",
    hs="orgfirst", ds="mon", pw="Present", sep=" – ",
    sections=[
        ("p", "About", [
            "Sixteen years in professional kitchens, then a move in 2020 into product development for a ready-meal "
            "manufacturer. I turn restaurant dishes into recipes that survive a factory, a chiller and a microwave."]),
        ("x", "Work", [
            E("Senior Development Chef", "Irwell Kitchen Foods", "Salford", "2023-01", "present", "facing",
              "sales_account", [
                  "Develop chilled ready meals for two supermarket own-label ranges",
                  "Present new concepts at tasting panels with the retailers' buyers and agree specs with them",
                  "Run factory trials with the technical and production teams"]),
            E("Development Chef", "Irwell Kitchen Foods", "Salford", "2020-06", "2022-12", "affecting", None, [
                "Scaled recipes from kitchen to factory batch; wrote product specs and cooking instructions"]),
            E("Head Chef", "The Copper Kettle Bistro", "Didsbury", "2012-03", "2020-03", "affecting", None, [
                "Ran a 70-cover kitchen and a brigade of eight; menus, costings, ordering",
                "Held a 5-star hygiene rating throughout"]),
            E("Chef de Partie", "The Copper Kettle Bistro", "Didsbury", "2009-04", "2012-02", "affecting", None, []),
            E("Festival Food Stall (own business)", None, None, "2018-06", "2018-08", "facing",
              "entrepreneurial_freelance", ["Ran a street-food stall at summer festivals, cooking and serving to queues"],
              et="freelance", text="Summer 2018"),
        ]),
        ("p", "Training", ["Level 4 Food Safety, HACCP Level 3, Sensory evaluation (IFST)"]),
    ]))
