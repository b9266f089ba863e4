"""Résumés w001–w015."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.pdf", renderer="reportlab", layout="plain", hs="title_org", ds="mon", present="Present",
    family="Philippine BPO voice agent, Word-to-PDF single column, 'Title – Account: …' line with right-aligned dates",
    code="reportlab, plain/title_org, mon / 'Present'",
    name="Maria Cristina D. Dela Cruz", headline="Customer Service Representative | 6+ years BPO",
    contact=["Blk 12 Lot 7 Sampaguita St., Brgy. Commonwealth, Quezon City", "0917 555 2841",
             "mcdelacruz.cs@mailbox.ph"],
    blocks=[
        ("p", "Career Objective", ["To be part of a growing company where I can use my communication skills and my "
                                   "experience in handling US customers, and grow as a future Team Leader."]),
        ("x", "Work Experience", [
            E("Customer Service Representative", "Northbay Contact Solutions, Inc.", "Eastwood City, Quezon City",
              "2022-03", "present", F, "contact_center", tsuf=" – Account: US Telco", bullets=[
                  "Handle 60–70 inbound calls per shift about billing, plan changes and service outages",
                  "Troubleshoot basic internet and TV connection issues and schedule technician visits",
                  "Consistently met AHT and CSAT targets; Top 3 agent of the month (Aug 2023, Feb 2024)"]),
            E("Chat Support Associate", "Brightlane Outsourcing Corp.", "Ortigas Center, Pasig City",
              "2020-07", "2022-02", F, "digital_service", tsuf=" – Account: Online Marketplace", bullets=[
                  "Answered buyer and seller chats (2–3 concurrent) on order status, refunds and account access",
                  "Wrote email replies for escalated cases using approved macros"]),
            E("Back Office Processor (Non-voice)", "Brightlane Outsourcing Corp.", "Ortigas Center, Pasig City",
              "2019-06", "2020-06", A, None, bullets=[
                  "Encoded and indexed scanned claim forms for a US health insurance account",
                  "Checked member IDs and procedure codes before claims were released for payment"]),
            E("Service Crew", "Kainan Express Food Corp.", "Marikina City", "2017-04", "2019-03", F,
              "in_person_service", bullets=[
                  "Took orders at the counter and drive-thru, handled cash and GCash payments",
                  "Assisted in kitchen during rush hours and kept dining area clean"]),
        ]),
        ("p", "Education", ["Bachelor of Science in Business Administration (undergraduate, 3rd year) – "
                            "Pamantasan ng Silangan, Quezon City, 2014–2017"]),
        ("l", "Skills", ["Avaya / Genesys softphone, Salesforce, Zendesk, MS Office",
                         "Typing speed 55 wpm", "Neutral accent, amenable to shifting schedule"]),
        ("p", "Character References", ["Available upon request."]),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.docx", renderer="docx", layout="styles", hs="title_org", ds="month", present="Present",
    family="Singapore hotel front-office CV, Word heading styles, list bullets, right tab-stop dates",
    code="docx, styles/title_org, month / 'Present'",
    name="Tan Wei Ling", headline="Guest Relations | Reservations | Events",
    contact=["Blk 418 Bedok North Ave 2 #07-112, Singapore 460418", "+65 9123 4478", "weiling.tan@mailbox.sg"],
    blocks=[
        ("p", "Profile", ["Hospitality professional with nine years in hotels and events in Singapore. Fluent in "
                          "English, Mandarin and Hokkien; conversational Japanese."]),
        ("x", "Work Experience", [
            E("Guest Relations Officer", "Marina Crest Hotel", "Singapore", "2021-08", "present", F,
              "in_person_service", bullets=[
                  "Welcome VIP and long-staying guests, arrange amenities and pre-arrival requests",
                  "Handle guest feedback on TripAdvisor and in person, follow up with service recovery",
                  "Coordinate with Housekeeping and F&B for special occasions"]),
            E("Reservations Executive", "Marina Crest Hotel", "Singapore", "2019-05", "2021-07", F,
              "contact_center", bullets=[
                  "Answered reservation calls and emails, quoted rates and upsold room categories",
                  "Maintained group blocks and rooming lists in Opera"]),
            E("Operations Executive (Events)", "Harbourfront Events Pte Ltd", "Singapore", "2017-07", "2019-04",
              A, None, bullets=[
                  "Prepared floor plans, run sheets and vendor schedules for corporate conferences",
                  "Checked venue set-up, AV and signage the night before each event",
                  "Tracked event budgets and supplier invoices"]),
            E("Part-time Barista", "Kopi & Crumb Pte Ltd", "Singapore", "2015-11", "2017-06", F,
              "in_person_service", bullets=["Prepared coffee and served customers during weekend shifts"]),
        ]),
        ("p", "Education", ["Diploma in Hotel & Leisure Management, Eastpoint Polytechnic, 2014–2017"]),
        ("l", "Skills", ["Opera PMS, Micros POS, Excel", "WSQ Food Safety Course Level 1"]),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.pdf", renderer="fpdf2", layout="plain", hs="org_title", ds="mm/yyyy", present="Present",
    family="Malaysian factory technician, fpdf2 left-aligned header, employer line first with dates right, title below",
    code="fpdf2, left/org_title, mm/yyyy / 'Present'",
    name="MUHAMMAD HAFIZ BIN RAHMAN", headline=None,
    contact=["No. 23, Lorong Mawar 4, Taman Bukit Jambul, 11900 Penang", "H/P: 012-480 3317",
             "hafiz.rahman88@mailbox.my", "Malaysian, 31 years old"],
    blocks=[
        ("x", "Employment History", [
            E("Senior Process Technician", "Sinar Precision Electronics Sdn Bhd", "Bayan Lepas, Penang",
              "2022-01", "present", F, "other_facing", bullets=[
                  "Set up and sustain SMT reflow and AOI machines for three production lines",
                  "Represent the line during customer audits: walk the customer's quality team through the "
                  "process and answer their questions on site",
                  "Train new operators on work instructions and 5S"]),
            E("Process Technician", "Sinar Precision Electronics Sdn Bhd", "Bayan Lepas, Penang",
              "2019-03", "2021-12", N, None, bullets=[
                  "Machine changeover, recipe loading and first-article checks",
                  "Raised downtime reports and supported engineers on yield improvement"]),
            E("Outgoing Quality Inspector (OQC)", "Kenari Semicon Sdn Bhd", "Kulim, Kedah", "2016-08", "2019-02",
              A, None, bullets=[
                  "Final visual and electrical inspection of finished lots before shipment to customers",
                  "Prepared certificates of conformance and data for returned-unit (RMA) analysis"]),
            E("Sales Promoter (Part Time)", "Mega Elektrik Store", "Butterworth", "2015-01", "2016-06", F,
              "in_person_service", bullets=["Promoted washing machines and fridges to walk-in customers at weekends"]),
        ]),
        ("p", "Education", ["Diploma in Mechatronics Engineering, Politeknik Prai Utara (2012–2015). CGPA 3.21",
                            "SPM (2011), SMK Bukit Gelugor Jaya"]),
        ("l", "Skills & Languages", ["Bahasa Melayu (native), English (good), Mandarin (basic)",
                                     "Minitab, SAP (basic), MS Excel", "Own transport, willing to work shifts"]),
        ("p", "Expected Salary", ["RM 3,800 (negotiable). Notice period: 1 month."]),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.txt", renderer="txt", layout="underline", eq=True, hs="jp", ds="kanji", sep=" ～ ",
    present="現在 (Present)", bullet="・", contact_lines=True,
    family="Japanese shokumu keirekisho in English, plain text, company blocks oldest first with kanji dates",
    code="txt, underline/jp, YYYY年M月 / '現在 (Present)'",
    name="Haruka Tanabe (田辺 遥)", headline="職務経歴書 / Career History   as of 2026年11月",
    contact=["Osaka-shi, Yodogawa-ku", "080-5511-2387", "h.tanabe@mailbox.jp"],
    blocks=[
        ("p", "Career Summary", ["After graduating, I worked at an airport ground-handling company for about five "
                                 "years at the counter and in load planning. Since 2024 I plan inbound tours "
                                 "for overseas travel agents. I want to use my English and service experience "
                                 "at an international airline."]),
        ("x", "Work History (oldest first)", [
            E("Convenience Store Staff (part-time)", "DayMart Umeda-Chayamachi Store", "Osaka",
              "2015-04", "2019-03", F, "in_person_service", bullets=[
                  "Register, parcel delivery service and bill payments for customers",
                  "Helped foreign tourists in English with tax-free purchases"]),
            E("Ground Staff (Passenger Service)", "Kansai Skyport Services Co., Ltd.", "Izumisano, Osaka",
              "2019-04", "2022-09", F, "in_person_service", bullets=[
                  "Check-in counter for 4 foreign airlines (economy and premium)",
                  "Boarding gate: announcements in Japanese and English, seat changes, standby lists",
                  "Assisted passengers needing wheelchairs and unaccompanied minors"]),
            E("Load Control Staff", "Kansai Skyport Services Co., Ltd.", "Izumisano, Osaka",
              "2022-10", "2024-03", A, None, bullets=[
                  "Prepared weight-and-balance load sheets and loading instructions",
                  "Coordinated with ramp and cargo teams to keep departures on time"]),
            E("Inbound Tour Planner", "Hoshizora Travel Co., Ltd.", "Kyoto", "2024-04", "present", F,
              "sales_account", bullets=[
                  "Answer requests from overseas travel agents by email and online meetings, send quotations",
                  "Build itineraries and book ryokan, buses and guides",
                  "Achieved 112% of FY2025 sales target"]),
        ]),
        ("l", "Licenses / Qualifications", ["TOEIC 860 (2023年6月)", "Ordinary driver's license (2016年8月)",
                                            "Travel Services Supervisor (domestic), 2024年"]),
        ("p", "Self-PR", ["I am calm under pressure. At the gate I handled many delayed flights and learned to "
                          "explain clearly to angry passengers."]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.docx", renderer="docx", layout="tabs", hs="title_org", ds="mm/yyyy", present="Now", sep=" - ",
    family="Vietnamese software support engineer, Word right tab-stop dates, bold title and italic company line",
    code="docx, tabs/title_org, mm/yyyy / 'Now'",
    name="Nguyễn Thị Lan Anh", headline="Technical Support Engineer",
    contact=["Phường 7, Quận 3, TP. Hồ Chí Minh", "(+84) 90 318 4472", "lananh.nguyen@mailbox.vn"],
    blocks=[
        ("l", "Skills", ["SQL (MySQL, PostgreSQL), Postman, Jira Service Management", "English (IELTS 7.0)",
                         "Basic Python and Selenium"]),
        ("x", "Experience", [
            E("Technical Support Engineer", "Sông Xanh Software JSC", "Ho Chi Minh City", "2022-05", "present",
              F, "digital_service", bullets=[
                  "Level-2 support for 140 hotel clients using our PMS: tickets, remote sessions, hotline",
                  "Run online training for new clients' front-office staff",
                  "Reproduce bugs and hand them to developers with full steps"]),
            E("QA Tester", "Sông Xanh Software JSC", "Ho Chi Minh City", "2020-09", "2022-04", A, None, bullets=[
                "Wrote and executed test cases for booking engine releases",
                "Regression testing before every monthly release"]),
            E("Software Developer Intern", "Mekong Data Labs", "Ho Chi Minh City", "2020-02", "2020-08", N, None,
              etype="internship", bullets=["Built internal Excel-to-database import scripts for the finance team"]),
            E("English Tutor (part-time)", "Freelance", "Ho Chi Minh City", "2018-09", "2020-01", F, "education",
              etype="freelance", bullets=["Taught IELTS speaking to high-school students at their homes"]),
        ]),
        ("p", "Education", ["Saigon University of Applied Science, B.Sc. Information Technology, 2016 - 2020"]),
        ("p", "Hobbies", ["Badminton, reading, coffee."]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.pdf", renderer="reportlab", layout="sidebar", hs="title_org", ds="apos", present="Present",
    gray=0.88, olsep=" · ",
    family="Hong Kong retail-bank CV, reportlab with shaded left sidebar (contact, languages, skills), short-year dates",
    code="reportlab, sidebar/title_org, Mon 'YY / 'Present'",
    name="CHAN Ka Yan, Karen", headline="Personal Banking | Customer Service",
    contact=["Flat 15C, Block 3, Kwun Tong, Kowloon", "+852 6123 4098", "karen.chanky@mailbox.hk"],
    side=[("l", "Languages", ["Cantonese (native)", "English (fluent)", "Putonghua (fluent)"]),
          ("l", "Licences", ["HKSI LE Paper 1, 7", "IIQE Papers 1, 3", "CPB (Certified Banker)"]),
          ("l", "Skills", ["Needs-based selling", "Complaint handling", "MS Office, Chinese typing"])],
    blocks=[
        ("x", "Experience", [
            E("Personal Banking Officer", "Victoria Harbour Bank Limited", "Mong Kok Branch", "2021-06", "present",
              F, "sales_account", bullets=[
                  "Manage a book of 300+ personal banking customers; review portfolios and recommend funds "
                  "and insurance",
                  "Meet monthly sales and quality (mystery shopper) targets"]),
            E("Teller", "Victoria Harbour Bank Limited", "Tsuen Wan Branch", "2018-09", "2021-05", F,
              "in_person_service", bullets=["Cash deposits, withdrawals, remittances and cheque services at the counter",
                                            "Referred customers to Personal Banking for investment needs"]),
            E("Operations Assistant – Cheque Clearing", "Pearl Delta Finance Services Ltd", "Kwai Chung",
              "2017-07", "2018-08", A, None, bullets=["Sorted and verified cheques for clearing; investigated returned items"]),
            E("Retail Sales (Part-time)", "Lumen Cosmetics", "Causeway Bay", "2015-06", "2017-06", F,
              "in_person_service", bullets=["Skin consultations and product demos for walk-in customers"]),
        ]),
        ("p", "Education", ["BBA (Hons) in Banking and Finance, Kowloon Bay University, 2017"]),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007.md", renderer="md", hs="title_org", ds="dot", present="Present", sep=" ~ ",
    family="Korean logistics coordinator in Markdown, h3 title with dotted dates, military service listed",
    code="md, h3/title_org, YYYY.MM / 'Present'",
    name="Kim Min-jun", headline="Logistics Coordinator (Export / Ocean Freight)",
    contact=["Yeonsu-gu, Incheon, Korea", "+82 10-4827-3391", "minjun.kim@mailbox.kr"],
    blocks=[
        ("x", "Work Experience", [
            E("Logistics Coordinator", "Hanbit Global Logistics Co., Ltd.", "Incheon", "2021-04", "present", F,
              "contact_center", bullets=[
                  "Take booking requests from shipper customers and reply to delay and tracking enquiries "
                  "by phone and email",
                  "Arrange space with shipping lines and prepare B/L drafts",
                  "Coordinate customs clearance documents with brokers"]),
            E("Warehouse Operator", "Daesung Distribution Center", "Icheon", "2018-03", "2021-03", A, None, bullets=[
                "Picked and packed online orders using handheld WMS scanner",
                "Loaded outbound trucks by route; cycle counts each Friday"]),
            E("Sergeant (Driver)", "Republic of Korea Army", "Cheorwon", "2016-02", "2017-11", N, None,
              etype="military", bullets=["Drove supply trucks for battalion; vehicle maintenance log"]),
            E("Cafe Crew", "Byeol Coffee", "Sinchon, Seoul", "2014-03", "2015-12", F, "in_person_service",
              bullets=[]),
        ]),
        ("l", "Certificates", ["International Trade Specialist (2020.11)", "Forklift Operator License (2019.05)",
                               "TOEIC 805"]),
        ("p", "Education", ["Songdo Technical College — Logistics Management, 2012.03 ~ 2016.02"]),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.docx", renderer="docx", layout="table", hs="title_org", ds="month", present="Present",
    family="Philippine airport and travel CV, Word with a borderless table per job (role/company left, dates right)",
    code="docx, table/title_org, month / 'Present'",
    name="Jose Miguel B. Santos", headline=None,
    contact=["Lapu-Lapu City, Cebu 6015", "+63 928 555 0194", "jmsantos.work@mailbox.ph"],
    blocks=[
        ("p", "Summary", ["Airport and travel professional with almost 8 years serving passengers. Hardworking, "
                          "God-fearing and willing to be assigned anywhere in the Visayas."]),
        ("x", "Professional Experience", [
            E("Airport Customer Service Agent", "Visayas Air Services Corp.", "Mactan-Cebu International Airport",
              "2022-01", "present", F, "in_person_service", bullets=[
                  "Check-in, baggage acceptance and boarding for two regional carriers",
                  "Rebook passengers during typhoon cancellations and issue meal vouchers"]),
            E("Reservation and Ticketing Agent", "Islandhop Travel & Tours", "Cebu City", "2019-08", "2021-12", F,
              "contact_center", bullets=[
                  "Handled phone and Messenger inquiries, booked domestic and international flights",
                  "Processed refunds and rebookings during the 2020 travel restrictions"]),
            E("Cargo Documentation Clerk", "Visayas Air Services Corp.", "Mactan-Cebu International Airport",
              "2018-06", "2019-07", A, None, bullets=["Prepared air waybills and cargo manifests",
                                                      "Encoded shipment data into the cargo system"]),
            E("On-the-Job Trainee (Front Office)", "Mandaue Grand Hotel", "Mandaue City", "2017-11", "2018-03", F,
              "in_person_service", etype="internship", bullets=["Assisted with guest check-in and concierge requests"]),
        ]),
        ("p", "Education", ["BS Tourism Management, University of Eastern Visayas, 2018"]),
        ("kv", "Personal Information", [("Birthdate", "14 March 1997"), ("Civil Status", "Single"),
                                        ("Religion", "Roman Catholic")]),
        ("p", "References", ["Ms. Liza Ramos, Duty Manager, Visayas Air Services – 0917 555 7730"]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.pdf", renderer="fpdf2", layout="centred", hs="org_title", ds="mon", present="Present",
    family="Singapore software engineer, fpdf2 centred header, employer line first with dates right, NS listed",
    code="fpdf2, centred/org_title, mon / 'Present'",
    name="Lim Jun Hao", headline="Backend Software Engineer",
    contact=["Singapore", "+65 8234 5519", "junhao.lim@mailbox.sg", "github.com/ljh-dev"],
    blocks=[
        ("x", "Experience", [
            E("Senior Software Engineer", "Lumora Pay Pte Ltd", "Singapore", "2022-02", "present", F,
              "other_facing", bullets=[
                  "Design and build payment APIs in Go and PostgreSQL handling 4M transactions/day",
                  "Join onboarding calls with merchants' engineering teams to resolve their integration issues",
                  "On-call for production incidents"]),
            E("Software Engineer", "Redhill Systems Pte Ltd", "Singapore", "2019-07", "2022-01", N, None, bullets=[
                "Maintained batch jobs and data pipelines for the finance reporting platform",
                "Migrated cron jobs to Airflow"]),
            E("Software Engineering Intern", "Redhill Systems Pte Ltd", "Singapore", "2018-05", "2018-08", N, None,
              etype="internship", bullets=["Wrote unit tests and a log-parsing tool"]),
            E("Signals Specialist (National Service)", "Singapore Armed Forces", None, "2014-03", "2016-02", N,
              None, etype="military", bullets=[]),
        ]),
        ("p", "Education", ["B.Comp. Computer Science, Kent Ridge Institute of Technology, 2016 – 2019"]),
        ("l", "Technical Skills", ["Go, Java, Python, SQL", "Kafka, Kubernetes, AWS"]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.html", renderer="html", hs="title_org", ds="mon", present="Current",
    family="Malaysian supermarket CV as a web page (HTML export), h3 titles with floated dates, year-only promoter job",
    code="html, h3/title_org, mon / 'Current'",
    name="Nurul Aina binti Hassan", headline="Retail Supervisor",
    contact=["Seksyen 7, 40000 Shah Alam, Selangor", "013-229 8745", "nurulaina.h@mailbox.my"],
    blocks=[
        ("p", "About Me", ["Hardworking and friendly retail supervisor with 7 years of supermarket and online "
                           "store experience. Able to speak Malay, English and basic Mandarin."]),
        ("x", "Working Experience", [
            E("Assistant Store Manager", "Kedai Harian Supermarket", "Shah Alam", "2022-09", "present", F,
              "in_person_service", bullets=[
                  "Prepare weekly rosters for 18 staff and control stock ordering",
                  "Handle customer complaints and refunds at the service counter",
                  "Monthly stock take and shrinkage report"]),
            E("Cashier", "Kedai Harian Supermarket", "Shah Alam", "2020-04", "2022-08", F, "in_person_service",
              bullets=["Cashiering, card and e-wallet payments", "Open/close counter and cash-up"]),
            E("Online Store Assistant", "Batik Serai Enterprise", "Petaling Jaya", "2019-01", "2020-03", F,
              "digital_service", bullets=["Listed products on Shopee and Lazada",
                                          "Replied to buyers' chat questions and arranged returns",
                                          "Packed orders for courier pickup"]),
            E("Promoter (Contract)", "Susu Segar Dairy Sdn Bhd", "Klang Valley hypermarkets", "2018-01", "2018-12", F,
              "in_person_service", prec="year", bullets=["Product sampling and promotion to shoppers at weekends"]),
        ]),
        ("p", "Education", ["SPM, SMK Taman Sri Muda Jaya (2016)", "Sijil Kemahiran Malaysia (SKM) Level 2 – Retail "
                            "Operations (2019)"]),
        ("l", "Other Information", ["Available to start in 1 month", "Own car, Class D licence"]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.docx", renderer="docx", layout="header", hs="dash", ds="iso", present="Present", sep=" ~ ",
    family="Korean airline cabin crew CV, name and contact in the Word page header, 'Title – Employer, Town' with ISO dates, "
           "career break listed",
    code="docx, header/dash, YYYY-MM / 'Present'",
    name="Park Ji-woo", headline="Former Cabin Crew | Service Trainer",
    contact=["Mapo-gu, Seoul", "010-2735-8840", "jiwoo.park@mailbox.kr"],
    blocks=[
        ("x", "Career", [
            E("Customer Experience Trainer", "Seoul Hospitality Academy", "Seoul", "2025-01", "present", F,
              "education", bullets=["Teach airline service, image-making and mock-interview classes to students "
                                    "preparing for cabin crew jobs"]),
            E("Career break – language study", None, "Brisbane, Australia", "2024-03", "2024-12", N, None,
              etype="unknown", bullets=[]),
            E("Cabin Crew", "Hanul Airways", "Incheon", "2019-03", "2024-02", F, "in_person_service", bullets=[
                "Served passengers on short- and long-haul flights (A330, B777)",
                "Galley duty, duty-free sales, safety demonstrations",
                "Promoted to purser on regional routes 2023"]),
            E("Ground Staff", "K-Aviation Services", "Gimpo", "2017-01", "2019-02", F, "in_person_service",
              bullets=["Check-in and boarding for domestic flights"]),
        ]),
        ("p", "Education", ["Hangaram University of Tourism — B.A. Airline Service, 2013-03 ~ 2017-02"]),
        ("l", "Languages", ["Korean (native)", "English — TOEIC Speaking IH", "Japanese — JLPT N2"]),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012.pdf", renderer="reportlab", layout="twocol", hs="title_org", ds="slash", present="Present",
    footer="Wong Chi Ming — Curriculum Vitae — Page {n}", serif=True,
    family="Hong Kong logistics operations manager, 2-page reportlab CV with two-column header and page footer, "
           "YYYY/MM dates, long career",
    code="reportlab, twocol/title_org, YYYY/MM / 'Present'",
    name="WONG Chi Ming", headline="Operations Manager — Air & Ocean Freight",
    contact=["Tseung Kwan O, N.T., Hong Kong", "+852 9488 2210", "cm.wong@mailbox.hk"],
    blocks=[
        ("p", "Summary", ["Logistics manager with 18 years in Hong Kong freight terminals and warehouses. Led "
                          "teams of up to 80, ISO 9001 audits, and the move to a new WMS."]),
        ("x", "Employment History", [
            E("Operations Manager", "Tsing Yi Freight Terminal Ltd", "Tsing Yi", "2020-01", "present", F,
              "sales_account", bullets=[
                  "Manage 80 staff across three shifts; budget HK$42M",
                  "Chair monthly service review meetings with key shipper accounts and agree corrective actions",
                  "Lead safety and ISO 9001 programmes"]),
            E("Warehouse Supervisor", "Eastline Logistics (HK) Ltd", "Kwai Chung", "2015-04", "2019-12", A, None,
              bullets=["Supervised inbound, put-away and outbound of retail cargo",
                       "Cut mis-picks by 35% with scanner verification"]),
            E("Shipping Clerk", "Eastline Logistics (HK) Ltd", "Kwai Chung", "2012-07", "2015-03", A, None,
              bullets=["Prepared shipping documents, packing lists and invoices"]),
            E("Inventory Controller", "Kwun Tong Cold Storage Co.", "Kwun Tong", "2010-09", "2012-06", A, None,
              bullets=["Stock reconciliation for frozen food clients; monthly stock reports"]),
            E("Delivery Driver", "Speedy Van Express", "Sham Shui Po", "2008-06", "2010-08", F, "in_person_service",
              bullets=["Delivered furniture to homes, assembled items and collected COD payments from customers"]),
        ]),
        ("pb",),
        ("x", "Voluntary Work", [
            E("Volunteer Driver", "Harbour Food Share", "Hong Kong", "2016-01", "2019-12", A, None, section="volunteer",
              etype="volunteer", bullets=["Collected surplus food from hotels and bakeries on Saturday mornings and "
                                          "drove it to the sorting warehouse"]),
        ]),
        ("p", "Education & Training", ["Higher Diploma in Logistics, Harbour Institute of Vocational Studies, 2008",
                                       "Certificate in Supply Chain Management (part-time), 2014"]),
        ("l", "Skills", ["SAP EWM, Excel (pivot, VBA)", "Forklift licence (HK)", "Cantonese, English, Mandarin"]),
        ("p", "Referees", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013.txt", renderer="txt", layout="plain", hs="pipe", ds="mon", present="Present", sep=" ~ ", pad=True,
    bullet="*", colon_heads=True, contact_lines=True,
    family="Philippine technical-support team leader, plain text with caps headings, 'Title | Employer | Town' lines "
           "with '~' dates, freelance appointment setting",
    code="txt, plain/pipe, mon / 'Present'",
    name="JUAN PAOLO M. REYES", headline="Team Leader / Technical Support",
    contact=["Address: Purok 3, Brgy. Buhangin, Davao City", "Mobile: 0998 555 6120",
             "Email: jpreyes.davao@mailbox.ph"],
    blocks=[
        ("p", "Objective", ["Seeking a Team Leader or Operations Supervisor position in a BPO company."]),
        ("x", "Work Experience", [
            E("Team Leader", "Mindanao Outsource Hub Inc.", "Davao City", "2023-02", "present", F, "contact_center",
              tsuf=" – Account: US Internet Provider", bullets=[
                  "Lead a team of 15 tech support agents; daily huddles and coaching",
                  "Take escalated calls from irate customers (supervisor calls)",
                  "Monitor AHT, FCR and adherence"]),
            E("Technical Support Representative", "Mindanao Outsource Hub Inc.", "Davao City", "2020-05", "2023-01",
              F, "contact_center", bullets=["Inbound tech support for modem and Wi-Fi issues",
                                            "Promoted to TL after 2.5 years"]),
            E("Appointment Setter (Freelance)", None, "Remote", "2019-06", "2020-04", F, "sales_account",
              etype="freelance", bullets=["Cold-called US homeowners for a real estate team and booked "
                                          "listing appointments"]),
            E("Sales Clerk", "Matina Department Store", "Davao City", "2017-06", "2019-05", F, "in_person_service",
              bullets=[]),
            E("Student Assistant – Registrar's Office", "Southern Mindanao College", "Davao City", "2015-06", "2017-03",
              F, "in_person_service", section="other", bullets=["Assisted students at the registrar window with "
                                                                "requests for TOR and enrollment forms"]),
        ]),
        ("p", "Educational Background", ["Tertiary: Southern Mindanao College, BS Information Technology "
                                         "(undergraduate)", "Secondary: Buhangin National High School"]),
        ("p", "Seminars Attended", ["Leadership Essentials for New TLs, 2023"]),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.docx", renderer="docx", layout="sidebar", hs="title_org", ds="mm/yyyy", present="Present",
    fill="E8E0D0",
    family="Vietnamese resort front-office CV, Word two-column layout table with shaded sidebar, mm/yyyy dates",
    code="docx, sidebar/title_org, mm/yyyy / 'Present'",
    name="Trần Minh Khoa", headline="FRONT OFFICE SUPERVISOR",
    contact=["Sơn Trà, Đà Nẵng", "(+84) 935 218 064", "khoa.tranminh@mailbox.vn"],
    side=[("l", "Languages", ["Vietnamese – native", "English – fluent", "Korean – basic"]),
          ("l", "Skills", ["Opera Cloud, Protel", "Upselling", "Team training"]),
          ("l", "Interests", ["Football", "Photography"])],
    blocks=[
        ("x", "Work Experience", [
            E("Front Office Supervisor", "Sơn Trà Bay Resort & Spa", "Đà Nẵng", "2022-03", "present", F,
              "in_person_service", bullets=["Supervise 12 GSAs and night staff; check VIP arrivals personally",
                                            "Resolve guest complaints at the desk"]),
            E("Guest Service Agent", "Sơn Trà Bay Resort & Spa", "Đà Nẵng", "2020-06", "2022-02", F,
              "in_person_service", bullets=["Check-in/check-out, currency exchange, tour bookings"]),
            E("Commis Cook", "Hội An Riverside Hotel", "Hội An", "2018-09", "2020-05", A, None, bullets=[
                "Prepared cold kitchen items for breakfast buffet and banquets", "Followed HACCP cleaning schedule"]),
            E("Tour Guide", "Freelance", "Hội An / Đà Nẵng", "2016-05", "2018-08", F, "in_person_service",
              etype="freelance", bullets=["Guided walking and bicycle tours for foreign visitors in English"]),
        ]),
        ("p", "Education", ["Đà Nẵng Vocational College of Tourism – Hotel Management (2013 – 2016)"]),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015.pdf", renderer="fpdf2", layout="sidebar", hs="orgfirst", ds="dot", present="Present", gray=0.92,
    family="Japanese engineer turned IT service desk, fpdf2 shaded sidebar, employer heading with several roles beneath, "
           "YYYY.MM dates",
    code="fpdf2, sidebar/orgfirst, YYYY.MM / 'Present'",
    name="Kenji Morita", headline="IT Service / Quality Liaison",
    contact=["Nagoya, Aichi, Japan", "+81 90-3358-1204", "k.morita@mailbox.jp"],
    side=[("l", "Qualifications", ["Fundamental IT Engineer (FE), 2021", "QC Certificate Level 2", "TOEIC 790"]),
          ("l", "Languages", ["Japanese (native)", "English (business)"])],
    blocks=[
        ("x", "Professional Experience", [
            E("Systems Engineer", "Nexa Systems Japan K.K.", "Nagoya", "2024-01", "present", N, None, bullets=[
                "Server and network migration to cloud for a manufacturing group", "Write design documents"]),
            E("IT Service Desk Analyst", "Nexa Systems Japan K.K.", "Nagoya", "2021-10", "2023-12", F,
              "internal_support", bullets=["Answered employees' calls and tickets on PCs, accounts and VPN",
                                           "Set up laptops for new joiners at their desks"]),
            E("Customer Quality Liaison", "Chubu Motor Parts Co., Ltd.", "Toyota City", "2018-04", "2021-09", F,
              "other_facing", bullets=["Handled quality claims from automaker customers",
                                       "Visited customer plants to explain root causes and countermeasures"]),
            E("Production Engineer", "Chubu Motor Parts Co., Ltd.", "Toyota City", "2014-04", "2018-03", N, None,
              bullets=["Improved press line cycle time by 8%", "Created jigs and work standards"]),
        ]),
        ("p", "Education", ["Nagoya Institute of Engineering Science — B.Eng. Mechanical Engineering, 2014.03"]),
    ]))
