"""wild91 résumés w001–w015 (fictional people, employers, towns and contact details)."""
from lib import E

DEFS = []

# ------------------------------------------------------------------ w001
DEFS.append(dict(
    file="w001.pdf", family="LinkedIn 'Save to PDF' profile of a customer success manager, sidebar with Contact / Top Skills / Languages, company then several titles with durations",
    code="reportlab, sidebar/linkedin, month / 'Present'",
    renderer="reportlab", layout="sidebar", hs="linkedin", ds="month", present="Present", sep=" - ",
    side_colour="#E8EDF2", side_text="#333333", accent="#0A66C2", name="Maren Lindqvist-Okoro",
    headline="Customer Success Manager | SaaS Renewals & Onboarding | Helping analytics teams get value faster",
    contact=["Aldergate, England, United Kingdom"],
    side=[("text", "Contact", ["maren.lo@mailbox.co.uk", "07700 914 362",
                              "www.linkedin.com/in/maren-lindqvist-okoro (LinkedIn)"]),
          ("text", "Top Skills", ["Customer Retention", "Quarterly Business Reviews", "Gainsight"]),
          ("text", "Languages", ["English (Native or Bilingual)", "Swedish (Professional Working)"]),
          ("text", "Certifications", ["Certified Customer Success Manager (Level 1)", "Zendesk Support Admin"])],
    name_in_side=False,
    sections=[
        ("text", "Summary", [
            "I look after the people who pay for our software. Over the last six years I have moved from building "
            "the support tooling behind the scenes, through onboarding new clients, to owning renewals for a "
            "portfolio of mid-market analytics customers. I like messy spreadsheets, honest conversations and "
            "seeing a customer's first dashboard go live. Outside work I coach an under-11s netball team."]),
        ("exp", "Experience", [
            E("Senior Customer Success Manager", "Halvorsen Analytics", "Aldergate, England, United Kingdom",
              "2024-03", "present", "facing", "sales_account",
              ["Own a book of 38 mid-market accounts (about £2.1m ARR) and run quarterly business reviews with client sponsors",
               "Led renewal negotiations alongside Sales; gross retention 94% in FY25",
               "Escalation point for at-risk customers, setting up recovery plans with their data leads"]),
            E("Customer Success Manager", "Halvorsen Analytics", "Aldergate, England, United Kingdom",
              "2022-06", "2024-02", "facing", "sales_account",
              ["Weekly check-in calls with 55 smaller accounts; health scoring in Gainsight",
               "Ran customer webinars on new releases"]),
            E("Implementation Specialist", "Brightpath Software Ltd", "Wexcombe, England, United Kingdom",
              "2020-09", "2022-05", "facing", "other_facing",
              ["Configured the platform for new clients and trained their admins over video calls",
               "Kept project plans and go-live checklists for up to 12 onboardings at once"]),
            E("Support Operations Analyst", "Brightpath Software Ltd", "Wexcombe, England, United Kingdom",
              "2019-07", "2020-08", "affecting", None,
              ["Built Zendesk macros, triggers and routing rules for a 20-person support team",
               "Analysed ticket tags each month and rewrote the help-centre articles with the highest bounce"]),
        ]),
        ("text", "Education", ["University of Carrowmere", "BSc, Mathematics and Statistics · (2016 - 2019)"]),
    ]))

# ------------------------------------------------------------------ w002
DEFS.append(dict(
    file="w002.docx", family="Google Docs template exported to Word (heading styles, list bullets), US logistics coordinator with dispatch, warehouse and Army Reserve",
    code="docx, styles/title_org, mon / 'Present'",
    renderer="docx", layout="styles", hs="title_org", ds="mon", present="Present",
    name="Dashawn T. Pruitt", headline="Logistics Coordinator",
    contact=["Harlow Ridge, PA · (484) 555-0187 · dpruitt@mailbox.com"],
    sections=[
        ("exp", "Experience", [
            E("Logistics Coordinator", "Keystone Freight Partners", "Harlow Ridge, PA", "2022-03", "present",
              "facing", "other_facing",
              ["Book carrier pickups for 40+ shippers and keep them updated by phone and email when loads slip",
               "Open and follow OS&D claims with customers until they are paid out",
               "Build weekly lane reports for the terminal manager"]),
            E("Night Dispatcher", "Ridgeway Transport Co.", "Coalport, PA", "2019-08", "2022-02",
              "affecting", None,
              ["Assigned loads to 25 regional drivers and tracked hours of service",
               "Re-planned routes around breakdowns and weather so deliveries still made their windows"]),
            E("Forklift Operator / Receiver", "Lehigh Cold Storage", "Coalport, PA", "2017-05", "2019-07",
              "affecting", None,
              ["Received and put away frozen product for grocery retailers; cycle counts",
               "Picked and staged outbound orders to the loading bays"]),
            E("Motor Transport Operator", "U.S. Army Reserve", None, "2013", "2017", "none", None,
              ["Drove and maintained tactical vehicles; convoy operations during annual training"],
              etype="military", prec="year"),
        ]),
        ("text", "Skills", ["TMS (McLeod), Excel pivot tables, DOT hours-of-service rules, CDL Class A"]),
        ("text", "Education", ["Lehigh Valley Community College — Associate in Supply Chain Management, 2019"]),
    ]))

# ------------------------------------------------------------------ w003
DEFS.append(dict(
    file="w003.pdf", family="Canva-style café résumé (fpdf2, coloured left sidebar with skills and contact), Australian barista with kitchen and harvest work",
    code="fpdf2, sidebar/pipe, mm/yyyy / 'Current'",
    renderer="fpdf", layout="sidebar", hs="pipe", ds="mm/yyyy", present="Current",
    side_rgb=(120, 72, 60), accent_rgb=(120, 72, 60), bullet="•",
    name="Tahlia Brennan", headline="Barista & Café All-Rounder",
    contact=["0412 555 908", "tahlia.b@mailbox.com.au", "Saltmarsh Bay, WA"],
    side=[("text", "About me", ["Friendly, fast and calm in a Saturday rush. RSA and food handling current. "
                                "Available weekends and school holidays."]),
          ("text", "Skills", [("li", "Latte art"), ("li", "Cash handling / Square POS"), ("li", "Food safety"),
                              ("li", "Opening & closing")]),
          ("text", "Hobbies", ["Surfing, op-shop hunting, my dog Biscuit"])],
    sections=[
        ("exp", "Work Experience", [
            E("Barista", "Saltbush Espresso Bar", "Saltmarsh Bay WA", "2024-02", "present", "facing",
              "in_person_service",
              ["Make around 250 coffees a morning on a two-group machine",
               "Take orders and payments, learn the regulars' orders",
               "Clean and backflush the machine at close"]),
            E("Café All-Rounder", "The Jetty Kiosk", "Saltmarsh Bay WA", "2022-11", "2024-01", "facing",
              "in_person_service",
              ["Front counter, table service and toasties in a beachside kiosk"]),
            E("Kitchen Hand", "Brindle & Co. Catering", "Port Evan WA", "2021-03", "2022-10", "affecting", None,
              ["Washing up, food prep and packing catering platters for functions"]),
            E("Harvest Worker", "Greyvale Orchards", "Greyvale WA", "2021-01", "2021-03", "none", None,
              ["Picking and bin work over the apple season"]),
        ]),
        ("text", "Education", ["Saltmarsh Bay Senior High School — WACE 2020"]),
    ]))

# ------------------------------------------------------------------ w004
DEFS.append(dict(
    file="w004.txt", family="LinkedIn profile copied and pasted as text (company then titles, 'Jan 2021 - Present · 2 yrs 3 mos'), Indian technical support engineer",
    code="txt, linkedin/linkedin_web, mon / 'Present'",
    renderer="txt", hs="linkedin_web", ds="mon", present="Present", sep=" - ", caps_head=False, bullet="",
    name="Rohan Vithal Deshmane",
    headline="Technical Support Engineer L2 at Vantrix Cloud | ITIL v4 | Linux | AWS | Helping customers keep their servers up",
    contact=["Kothrudwadi, Maharashtra, India · Contact info", "rohan.deshmane@mailbox.in",
             "500+ connections"],
    sections=[
        ("text", "About", [
            "Support engineer with 5+ years across customer-facing technical support and software development. "
            "I currently handle escalated tickets for hosting customers across APAC and the Middle East, "
            "troubleshooting Linux, DNS, SSL and email deliverability issues over tickets, chat and screen-share. "
            "Before support I wrote code for an HR product, so I can read logs and talk to developers in their language."]),
        ("exp", "Experience", [
            E("Technical Support Engineer L2", "Vantrix Cloud Services", "Indrayani Nagar, Maharashtra, India · On-site",
              "2023-07", "present", "facing", "digital_service",
              ["Resolve escalated customer tickets on Linux VPS, DNS and SSL issues through email, chat and screen-share sessions",
               "Mentor 6 L1 engineers; write KB articles"]),
            E("Technical Support Engineer L1", "Vantrix Cloud Services", "Indrayani Nagar, Maharashtra, India · On-site",
              "2021-09", "2023-06", "facing", "contact_center",
              ["Answered the inbound support line for shared-hosting customers in a 24x7 rotation",
               "Met 90% first-call resolution target 5 quarters in a row"]),
            E("Associate Software Developer", "Nirmiti HRTech Pvt. Ltd.", "Indrayani Nagar, Maharashtra, India",
              "2019-08", "2021-08", "none", None,
              ["Built payroll calculation modules in Java/Spring and fixed defects from the QA team"]),
            E("Summer Intern", "Nirmiti HRTech Pvt. Ltd.", "Indrayani Nagar, Maharashtra, India",
              "2018-05", "2018-07", "none", None, ["Unit tests and documentation for the leave module"],
              etype="internship"),
        ]),
        ("text", "Education", ["Sahyadri Institute of Engineering", "Bachelor of Engineering - BE, Computer Engineering",
                               "2015 - 2019"]),
        ("text", "Skills", ["Linux · DNS · Customer Support · Troubleshooting · Java"]),
    ]))

# ------------------------------------------------------------------ w005
DEFS.append(dict(
    file="w005.pdf", family="LinkedIn 'Save to PDF' of a nurse, two pages with 'Page 1 of 2' footer, long About, bedside to informatics and utilization review",
    code="reportlab, plain/linkedin, month / 'Present'",
    renderer="reportlab", layout="plain", hs="linkedin", ds="month", present="Present", sep=" - ",
    footer="Page {page} of 2", accent="#222222", fs=10.5,
    name="Gabriela Montoya-Reyes, RN, BSN",
    headline="Utilization Review Nurse | Clinical Informatics | Former Med-Surg RN",
    contact=["San Elario, Texas, United States", "gmontoya.rn@mailbox.net · www.linkedin.com/in/gmontoyarn"],
    sections=[
        ("text", "Top Skills", ["Utilization Management · Epic Systems · InterQual Criteria"]),
        ("text", "Summary", [
            "Registered nurse with eleven years in healthcare, the first half at the bedside on a busy medical-surgical "
            "floor and the second half behind the scenes making sure the systems and the approvals work for patients. "
            "As a clinical informatics nurse I supported the go-live of a new electronic health record across three "
            "hospitals and spent many nights at the elbow of nurses learning new screens. Today I review inpatient "
            "admissions against InterQual criteria for a health plan, working from records and phone calls with "
            "hospital case managers. I care about accurate documentation because it decides what care gets paid for.",
            "Open to remote utilization management, case management and informatics roles. Bilingual English/Spanish."]),
        ("exp", "Experience", [
            E("Utilization Review Nurse", "Lone Mesa Health Plan", "San Elario, Texas, United States",
              "2023-01", "present", "affecting", None,
              ["Review inpatient and post-acute authorization requests against InterQual and plan policy",
               "Discuss cases with physician reviewers and hospital case managers; document determinations in the UM system",
               "Average 22 reviews a day with 98% audit accuracy"]),
            E("Clinical Informatics Nurse", "Bexar Plains Health System", "Corvallo, Texas, United States",
              "2020-04", "2022-12", "facing", "internal_support",
              ["Trained 600+ nurses on the new EHR in classroom sessions and gave at-the-elbow support on the units during go-live",
               "Took calls from units about flowsheet and order problems and fixed build issues with the analysts"]),
            E("Registered Nurse, Medical-Surgical", "Bexar Plains Health System", "Corvallo, Texas, United States",
              "2016-06", "2020-03", "facing", "healthcare_care",
              ["Cared for 5–6 patients per shift on a 32-bed med-surg unit; admissions, discharges, patient and family teaching",
               "Charge nurse two shifts a week"]),
            E("Patient Care Technician", "St. Adria Community Hospital", "San Elario, Texas, United States",
              "2014-02", "2016-05", "facing", "healthcare_care",
              ["Vitals, bathing, mobility and feeding for patients while finishing nursing school"]),
        ]),
        ("text", None, [("pb",)]),
        ("text", "Education", [
            "Rio Verde State University", "Bachelor of Science in Nursing, Nursing · (2012 - 2016)",
            "San Elario College", "Associate of Science, Pre-Nursing · (2010 - 2012)"]),
        ("text", "Licenses & Certifications", ["Registered Nurse, Texas Board of Nursing",
                                               "Basic Life Support (BLS)", "Epic Inpatient Clinical Documentation Proficiency"]),
        ("text", "Languages", ["English (Native or Bilingual)", "Spanish (Native or Bilingual)"]),
    ]))

# ------------------------------------------------------------------ w006
DEFS.append(dict(
    file="w006.docx", family="UK Word CV from a CV-builder template, employer line first with right tab-stop dates, lettings negotiator with admin and bar work",
    code="docx, tabs/org_title, month / 'to date'",
    renderer="docx", layout="tabs", hs="org_title", ds="month", present="to date", docx_list=False, bullet="•",
    name="Callum Fairbairn", headline="Lettings Negotiator — ARLA Level 3",
    contact=["14 Meadowcroft Lane, Thornbury Vale, TV4 2QP", "07700 900 481  |  callum.fairbairn@mailbox.co.uk"],
    sections=[
        ("text", "Personal Profile", [
            "Target-driven lettings negotiator with five years in residential property. Comfortable with viewings, "
            "negotiating offers and keeping landlords in the loop. Full UK driving licence and own car."]),
        ("exp", "Employment History", [
            E("Senior Lettings Negotiator", "Harcourt & Pryce Estate Agents", "Thornbury Vale",
              "2023-05", "present", "facing", "sales_account",
              ["Conduct 25–30 viewings a week and negotiate offers between applicants and landlords",
               "Win new instructions through market appraisals; 140% of valuation target in 2025"]),
            E("Lettings Administrator", "Harcourt & Pryce Estate Agents", "Thornbury Vale",
              "2021-09", "2023-04", "affecting", None,
              ["Drafted tenancy agreements, ran referencing checks and registered deposits",
               "Prepared move-in packs and chased gas safety certificates from contractors"]),
            E("Bar Supervisor", "The Wheatsheaf Inn", "Lower Amblecote", "2018-06", "2021-08", "facing",
              "in_person_service",
              ["Ran the bar on busy weekend shifts, dealt with customer complaints and refused service where needed",
               "Cash-up, rotas for 6 staff, cellar management"]),
        ]),
        ("text", "Education & Qualifications", ["ARLA Propertymark Level 3 Certificate in Residential Letting (2022)",
                                                "Amblecote Sixth Form College — A Levels: Business (B), Geography (C), English (C)"]),
        ("text", "Interests", ["Five-a-side football, cooking, property auctions"]),
        ("text", "References", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w007
DEFS.append(dict(
    file="w007.html", family="Canva-style one-page web résumé (HTML with coloured sidebar and icon headings), freelance graphic designer, dates first",
    code="html, sidebar/dates_first, yyyy-mm / 'Now'",
    renderer="html", hs="dates_first", ds="yyyy-mm", present="Now", sep=" — ", side_hex="#7a3b69",
    name="Ines Carvalho-Whitby", headline="Graphic Designer · Brand & Packaging",
    contact=["✉ ines.cw@mailbox.design", "☎ +44 7700 900 655", "⌂ Fennick Cross, UK"],
    side=[("text", "Software", ["Adobe Illustrator · InDesign · Figma · Canva Pro"]),
          ("text", "Languages", ["English", "Portuguese"]),
          ("text", "Education", ["BA (Hons) Graphic Communication", "Fennick School of Art, 2018"])],
    sections=[
        ("text", "Profile", ["Designer with a love of typography and honest packaging. I work directly with small "
                             "food and drink brands from first brief to print-ready files."]),
        ("exp", "Experience", [
            E("Freelance Graphic Designer", "Self-employed", "Fennick Cross", "2023-03", "present", "facing",
              "entrepreneurial_freelance",
              ["Meet clients for discovery sessions, present concepts and handle revisions directly",
               "Quote, invoice and manage my own projects for 20+ independent brands"], etype="freelance"),
            E("Social Media Assistant", "Kettle & Kiln Marketing", "Fennick Cross", "2022-05", "2023-02",
              "affecting", None,
              ["Drafted captions and designed post graphics for client accounts",
               "Scheduled content calendars in Later and pulled monthly engagement reports for account managers"]),
            E("Junior Designer", "Oakhollow Packaging Studio", "Brantwell", "2018-09", "2022-04",
              "affecting", None,
              ["Artworked labels and cartons to print specifications; prepared cutter guides",
               "Checked colour proofs against brand guidelines before release to the printer"]),
            E("Print Shop Assistant", "QuickInk Copy Centre", "Brantwell", "2016-10", "2018-08", "facing",
              "in_person_service",
              ["Served walk-in customers, quoted print jobs and fixed their files at the counter"]),
        ]),
    ]))

# ------------------------------------------------------------------ w008
DEFS.append(dict(
    file="w008.pdf", family="Indeed Resume PDF export (fpdf2, centred name, 'Month YYYY to Present', 'Description:' paragraphs), US patient access and revenue-cycle worker with a career break",
    code="fpdf2, centred/indeed, month / 'Present'",
    renderer="fpdf", layout="centred", hs="indeed", ds="month", present="Present", sep=" to ", bmode="desc",
    paper="letter", accent_rgb=(0, 0, 0),
    name="Latoya Jenkins-Boone", headline="Revenue Cycle Specialist",
    contact=["Merrivale, GA 30917", "latoya.jb5@mailbox.com", "+1 706 555 0142"],
    sections=[
        ("text", "Authorized to work in the US for any employer", []),
        ("exp", "Work Experience", [
            E("Insurance Verification Specialist", "Peach Hollow Orthopedics", "Merrivale, GA",
              "2024-04", "present", "affecting", None,
              ["Verify benefits and obtain prior authorizations from insurance payers before scheduled surgeries",
               "Update the practice management system and flag high patient balances to the billing team"]),
            E("Medical Coder", "Southmoor Billing Group", "Remote", "2021-10", "2024-03", "affecting", None,
              ["Assigned ICD-10 and CPT codes to outpatient charts and worked coding denials"]),
            E("Career Break", None, None, "2020-03", "2021-09", "none", None,
              ["Full-time caregiver for my father after his stroke; completed coding certificate online"],
              etype="unknown"),
            E("Patient Access Representative", "Merrivale Regional Medical Center", "Merrivale, GA",
              "2016-08", "2020-02", "facing", "in_person_service",
              ["Registered patients at the emergency department desk, collected copays and explained forms",
               "Scanned IDs and insurance cards; answered family members' questions in the waiting area"]),
        ]),
        ("text", "Education", ["Certificate in Medical Coding", "Coosa Valley Technical College", "2020 to 2021"]),
        ("text", "Skills", [("li", "Epic Cadence / Prelude (5 years)"), ("li", "ICD-10 (3 years)"),
                            ("li", "Prior authorization (2 years)")]),
        ("text", "Certifications and Licenses", ["CPC", "Certified Professional Coder, April 2021 to Present"]),
    ]))

# ------------------------------------------------------------------ w009
DEFS.append(dict(
    file="w009.docx", family="South African CV from a Word template with a borderless table per job (role left, dates right), insurance broker admin, debtors and creditors",
    code="docx, table/title_org, mon / 'Present'",
    renderer="docx", layout="table", hs="title_org", ds="mon", present="Present",
    name="Nomvula Dlamini", headline="Curriculum Vitae",
    contact=["Cell: 072 555 3184 | E-mail: nomvula.dlamini@mailbox.co.za", "Umzinto Heights, KwaZulu-Natal"],
    sections=[
        ("text", "Personal Details", ["Nationality: South African", "Driver's licence: Code 08",
                                      "Languages: English, isiZulu, Afrikaans (basic)"]),
        ("text", "Career Objective", ["To grow in a client service or finance administration role where accuracy and people skills matter."]),
        ("exp", "Work Experience", [
            E("Branch Administrator", "Sizwe Risk & Insurance Brokers", "Umzinto Heights", "2022-02", "present",
              "facing", "in_person_service",
              ["Assist walk-in clients with policy changes and claim forms",
               "Capture new business on the broker system and follow up outstanding documents",
               "Reconcile petty cash"]),
            E("Debtors Clerk", "Coastline Building Supplies", "Port Shelby", "2019-06", "2022-01", "facing",
              "contact_center",
              ["Phoned account customers about overdue balances and arranged payment plans",
               "Allocated payments and sent monthly statements"]),
            E("Creditors Clerk", "Coastline Building Supplies", "Port Shelby", "2017-03", "2019-05", "none", None,
              ["Captured supplier invoices, matched GRVs and prepared the weekly payment run"]),
            E("Receptionist / Switchboard Operator", "Marlow & Naidoo Attorneys", "Port Shelby", "2015-01",
              "2017-02", "facing", "in_person_service", []),
        ]),
        ("text", "Qualifications", ["National Certificate: Financial Management (NQF 6) — Coastal TVET College, 2016",
                                    "Matric (NSC), Umzinto Secondary School, 2013"]),
        ("text", "References", ["Mr S. Pillay, Branch Manager — 031 555 0190", "Mrs T. van Wyk, Finance Manager — 039 555 0124"]),
    ]))

# ------------------------------------------------------------------ w010
DEFS.append(dict(
    file="w010.md", family="AI-written Markdown résumé with long keyword-heavy bullets, US fulfilment operations manager with customer-experience and retail roles",
    code="md, h3/title_org, month / 'Present'",
    renderer="md", mdrow="h3", hs="title_org", ds="month", present="Present", bullet="-",
    name="Trevor J. Halloway", headline="Operations Leader | Fulfillment | Customer Experience | Lean Six Sigma Green Belt",
    contact=["Cedar Plains, IA · trevor.halloway@mailbox.com · (319) 555-0173"],
    sections=[
        ("text", "Professional Summary", [
            "Results-driven operations leader with 12+ years of progressive experience optimizing end-to-end fulfillment, "
            "driving customer experience excellence, and building high-performing, engaged teams. Proven track record of "
            "leveraging data-driven insights, Lean methodologies, and cross-functional collaboration to deliver measurable "
            "improvements in throughput, accuracy, and customer satisfaction."]),
        ("text", "Core Competencies", ["Lean Six Sigma · WMS (Manhattan) · KPI Dashboards · P&L Management · "
                                       "Escalation Management · Change Management · Team Leadership"]),
        ("exp", "Professional Experience", [
            E("Operations Manager", "Prairieline Fulfillment Solutions", "Cedar Plains, IA", "2022-01", "present",
              "affecting", None,
              ["Spearheaded end-to-end outbound operations for a 400,000 sq ft e-commerce fulfillment center, overseeing 9 supervisors and 180+ associates across three shifts while consistently achieving 99.7% order accuracy",
               "Architected and implemented a slotting optimization initiative leveraging velocity analysis, reducing average pick path by 18% and accelerating same-day ship rates for high-volume retail clients",
               "Owned a $14M annual operating budget, driving labor planning, overtime reduction, and cost-per-unit improvements through data-driven forecasting"]),
            E("Customer Experience Manager", "Hawkeye Home Goods", "Brennard, IA", "2018-05", "2021-12", "facing",
              "contact_center",
              ["Led a 30-seat customer care team handling phone, email and chat inquiries, elevating CSAT from 81% to 92% through targeted coaching, QA calibration, and knowledge base overhaul",
               "Personally managed escalated customer calls and complex resolution cases, de-escalating high-stakes situations and preserving long-term customer relationships",
               "Partnered cross-functionally with logistics and merchandising to reduce damage-related contacts by 27%"]),
            E("Warehouse Supervisor", "Hawkeye Home Goods", "Brennard, IA", "2015-03", "2018-04", "affecting", None,
              ["Supervised receiving, put-away and replenishment teams of 25 associates, driving safety compliance, productivity, and inventory accuracy above 99%"]),
            E("Retail Shift Lead", "Mercer Outdoor Supply", "Brennard, IA", "2012-06", "2015-02", "facing",
              "in_person_service",
              ["Delivered exceptional in-store customer service, resolved customer issues on the sales floor, and coached associates on product knowledge and upselling techniques"]),
        ]),
        ("text", "Education", ["**B.A., Business Administration** — Northfield Lutheran College, 2012",
                               "Lean Six Sigma Green Belt, 2019"]),
    ]))

# ------------------------------------------------------------------ w011
DEFS.append(dict(
    file="w011.pdf", family="Google Docs 'Serif' template exported to PDF, two-column header (name left, contact right), Canadian bank branch and back-office career with food-bank volunteering",
    code="reportlab, twocol/dash, mon / 'Present'",
    renderer="reportlab", layout="twocol", hs="dash", ds="mon", present="Present", accent="#8B1E3F",
    name="Priyanka Sandhu", headline="Financial Services Professional",
    contact=["Marlow Creek, ON", "(905) 555-0166", "priyanka.sandhu@mailbox.ca", "linkedin.com/in/psandhu-fin"],
    sections=[
        ("text", "Skills", ["Mortgage underwriting · KYC/AML · Client needs assessments · Microsoft Excel · Punjabi, Hindi, English"]),
        ("exp", "Experience", [
            E("Mortgage Underwriter", "Lakeshore Trust Bank", "Marlow Creek, ON", "2023-02", "present",
              "affecting", None,
              ["Assess residential mortgage applications submitted by branches and brokers against credit policy",
               "Approve, decline or condition files within a $1.2M lending limit"]),
            E("Financial Services Representative", "Lakeshore Trust Bank", "Brackenford, ON", "2020-06", "2023-01",
              "facing", "sales_account",
              ["Met clients in branch to open accounts, review their needs and recommend GICs, TFSAs and credit cards",
               "Booked 40+ appointments a month; top-3 in district for client satisfaction"]),
            E("Teller", "Lakeshore Trust Bank", "Brackenford, ON", "2018-09", "2020-05", "facing",
              "in_person_service", ["Deposits, withdrawals, bill payments and drafts; balanced cash daily"]),
            E("Loan Operations Clerk (Co-op)", "Norhaven Credit Union", "Brackenford, ON", "2017-09", "2017-12",
              "affecting", None, ["Checked loan documents for completeness and set up payment schedules"],
              etype="internship"),
            E("Volunteer, Client Intake Desk", "Brackenford Community Food Bank", "Brackenford, ON", "2016-01",
              "2018-08", "facing", "volunteering",
              ["Welcomed clients on Saturday mornings, registered visits and explained what was available"],
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["Bachelor of Commerce, Finance — Brackenford University (Co-op), 2018",
                               "Canadian Securities Course (CSC), 2019"]),
    ]))

# ------------------------------------------------------------------ w012
DEFS.append(dict(
    file="w012.docx", family="Filipino BPO résumé in a Word two-column layout table (shaded sidebar with contact, skills, personal info and character references)",
    code="docx, sidebar/title_org, mm/yyyy / 'Present'",
    renderer="docx", layout="sidebar", hs="title_org", ds="mm/yyyy", present="Present", side_hex="D9EAD3",
    name="Kristine Joy M. Bautista", headline="Customer Service Representative",
    contact=["Brgy. San Roque, Malindang City", "0917 555 2240", "kjbautista@mailbox.ph"],
    side=[("text", "SKILLS", [("li", "Typing 55 wpm"), ("li", "CRM: Salesforce, Zendesk"), ("li", "Email & chat etiquette"),
                             ("li", "Basic Excel")]),
          ("text", "PERSONAL INFO", ["Birthday: March 3, 1997", "Civil status: Single", "Religion: Roman Catholic"]),
          ("text", "CHARACTER REFERENCES", ["Ms. Aileen Ramos – Team Manager – 0918 555 7781",
                                           "Mr. Jerome Tan – Operations Supervisor – 0920 555 3316"])],
    sections=[
        ("text", "OBJECTIVE", ["To obtain a position as a Customer Service Representative where I can use my "
                               "communication skills and experience in voice and non-voice accounts."]),
        ("exp", "WORK EXPERIENCE", [
            E("Customer Service Representative (Voice)", "Archipelago Contact Solutions Inc.", "Malindang City",
              "2023-08", "present", "facing", "contact_center",
              ["Handle inbound calls for a US telecom account: billing, plan changes and service complaints",
               "Consistent CSAT above 90%, AHT within target"]),
            E("Chat Support Associate", "Bluewave Outsourcing Corp.", "Malindang City", "2021-11", "2023-07",
              "facing", "digital_service",
              ["Answered customers of an online fashion store through live chat and email, 3 chats at a time",
               "Processed returns and refunds in Shopify"]),
            E("Content Moderator", "Bluewave Outsourcing Corp.", "Malindang City", "2020-09", "2021-10",
              "affecting", None,
              ["Reviewed user posts, photos and reports against platform policy and removed violating content",
               "Met quality score of 97%"]),
            E("Promodiser", "Sunfield Consumer Products", "Malindang City", "2019-04", "2020-03", "facing",
              "in_person_service",
              ["Promoted and sampled juice drinks to shoppers in supermarkets, kept displays stocked"]),
        ]),
        ("text", "EDUCATION", ["Bachelor of Science in Tourism Management", "Malindang State College, 2019"]),
    ]))

# ------------------------------------------------------------------ w013
DEFS.append(dict(
    file="w013.txt", family="Indeed profile exported as text (title, company - city, 'Month YYYY to Present'), US HVAC technician with parts counter and apprenticeship",
    code="txt, indeed/indeed, month / 'Present'",
    renderer="txt", hs="indeed", ds="month", present="Present", sep=" to ", caps_head=False, bullet="-",
    name="Cody R. Marchetti",
    contact=["HVAC Service Technician", "Fort Ellery, OH 43988", "cody.marchetti@mailbox.com", "+1 614 555 0113"],
    sections=[
        ("text", None, ["Willing to relocate: Anywhere", "Authorized to work in the US for any employer"]),
        ("exp", "Work Experience", [
            E("HVAC Service Technician", "Buckeye Comfort Heating & Cooling", "Fort Ellery, OH", "2022-03", "present",
              "facing", "other_facing",
              ["Diagnose and repair furnaces, heat pumps and AC units in customers' homes, 6-8 calls a day",
               "Explain repair options and maintenance plans to homeowners and take payment on site"]),
            E("HVAC Installer", "Tri-County Mechanical", "Fort Ellery, OH", "2019-05", "2022-02", "none", None,
              ["Installed ductwork and equipment in new-construction subdivisions with a crew of 3"]),
            E("Parts Counter Associate", "Midstate HVAC Supply", "Dunmore Falls, OH", "2017-08", "2019-04", "facing",
              "in_person_service",
              ["Helped contractors find parts at the counter and over the phone, processed will-call orders"]),
            E("HVAC Apprentice", "Tri-County Mechanical", "Fort Ellery, OH", "2016-06", "2017-07", "none", None,
              [], etype="internship"),
        ]),
        ("text", "Education", ["HVAC/R Certificate", "Fort Ellery Career Center", "2015 to 2016"]),
        ("text", "Skills", ["- Refrigerant recovery (5 years)", "- Customer service (5 years)", "- Troubleshooting (7 years)"]),
        ("text", "Certifications and Licenses", ["EPA 608 Universal", "NATE Certified - Heat Pump Service"]),
    ]))

# ------------------------------------------------------------------ w014
DEFS.append(dict(
    file="w014.pdf", family="AI-written UK accounting CV (fpdf2, left-aligned, 'Title at Employer' with right-aligned dates), practice, payroll and industry roles",
    code="fpdf2, left/title_at, mon / 'Present'",
    renderer="fpdf", layout="left", hs="title_at", ds="mon", present="Present", accent_rgb=(20, 90, 60),
    name="Fiona McAllister ACCA", headline="Chartered Certified Accountant",
    contact=["Kilbrennan, Scotland · 07700 900 237 · fiona.mcallister@mailbox.co.uk"],
    sections=[
        ("text", "Professional Profile", [
            "Detail-oriented ACCA-qualified accountant with 9 years' experience spanning industry, payroll and practice. "
            "Adept at month-end close, statutory reporting and stakeholder management, with a strong commitment to "
            "accuracy, compliance and continuous improvement."]),
        ("exp", "Career History", [
            E("Management Accountant", "Glenrothy Distillers Ltd", "Kilbrennan", "2023-06", "present", "none", None,
              ["Deliver month-end close, accruals and variance analysis for a £40m turnover business",
               "Partner with production managers on budgets and standard costing"]),
            E("Client Accountant", "Baird Munro Chartered Accountants", "Dunlarig", "2020-02", "2023-05", "facing",
              "other_facing",
              ["Managed a portfolio of 60 owner-managed businesses, meeting clients to go through year-end accounts and tax positions",
               "Prepared statutory accounts, VAT returns and self-assessment returns"]),
            E("Payroll Administrator", "Strathmore Care Group", "Dunlarig", "2018-01", "2020-01", "facing",
              "internal_support",
              ["Ran weekly and monthly payroll for 900 care staff",
               "Answered staff pay queries by phone and email and sorted out missed overtime with their managers"]),
            E("Accounts Assistant", "Strathmore Care Group", "Dunlarig", "2016-08", "2017-12", "none", None,
              ["Purchase ledger, supplier statement reconciliations and bank postings"]),
        ]),
        ("text", "Qualifications", ["ACCA (2021)", "BA Accounting and Finance, University of Dunlarig (2016)"]),
        ("text", "Key Skills", ["Sage 200 · Xero · Advanced Excel · IRIS Payroll · Stakeholder management"]),
    ]))

# ------------------------------------------------------------------ w015
DEFS.append(dict(
    file="w015.docx", family="Irish hotel CV, name and contact in the Word page header, employer heading with several roles beneath",
    code="docx, header/orgfirst, mon / 'Present'",
    renderer="docx", layout="header", hs="orgfirst", ds="mon", present="Present",
    name="Eoin Ó Catháin", headline="Hotel Operations",
    contact=["Ballykeeran, Co. Westmeadow · 087 555 4412 · eoin.ocathain@mailbox.ie"],
    footer="Eoin Ó Catháin – CV",
    sections=[
        ("text", "Profile", ["Eight years in one four-star hotel, from nights to the concierge desk and now revenue. "
                             "I know the building, the guests and the numbers."]),
        ("exp", "Work Experience", [
            E("Revenue Analyst", "The Lakeview Grand Hotel", "Ballykeeran", "2024-01", "present", "affecting", None,
              ["Set daily room rates across booking channels and build the pick-up and forecast reports",
               "Load packages and promotions into the channel manager"]),
            E("Concierge", "The Lakeview Grand Hotel", "Ballykeeran", "2021-04", "2023-12", "facing",
              "in_person_service",
              ["Restaurant and golf bookings, local tips and luggage for guests; handled VIP arrivals"]),
            E("Maintenance Assistant", "The Lakeview Grand Hotel", "Ballykeeran", "2019-10", "2021-03", "affecting",
              None, ["Repairs and painting in vacant bedrooms, PPM checks on boilers and lifts"]),
            E("Night Porter", "The Lakeview Grand Hotel", "Ballykeeran", "2018-05", "2019-09", "facing",
              "in_person_service",
              ["Checked in late arrivals, served the residents' bar and did security rounds"]),
            E("Kitchen Porter", "Murtagh's Bar & Grill", "Ballykeeran", "2016-06", "2018-04", "affecting", None,
              ["Pot wash and basic prep"]),
        ]),
        ("text", "Education", ["Higher Certificate in Hospitality Management, Westmeadow Institute of Technology (2018)"]),
        ("text", "Languages", ["English, Irish (fluent), French (conversational)"]),
    ]))
