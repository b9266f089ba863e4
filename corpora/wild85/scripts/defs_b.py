"""Résumés w016–w030."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file="w016.md", renderer="md", md_h3=False, hs="title_org", ds="mon", present="Now",
    family="Singapore retail and gig-work CV in Markdown, bold title lines with italic dates, a one-off event job",
    code="md, bold/title_org, mon / 'Now'",
    name="Nur Farhana Binte Ismail", headline=None,
    contact=["Woodlands, Singapore", "9677 3021", "farhana.ismail@mailbox.sg"],
    blocks=[
        ("p", "About", ["Cheerful and reliable. Looking for a full-time retail or front-desk role with weekend "
                        "shifts. NITEC in Retail Services."]),
        ("x", "Experience", [
            E("Retail Associate", "Orchard Lane Fashion Pte Ltd", "Orchard", "2023-05", "present", F,
              "in_person_service", bullets=["Style advice and fitting-room service", "Cashier and exchanges",
                                            "Visual displays for new arrivals"]),
            E("Food Delivery Rider (Freelance)", "Self-employed", "Singapore", "2021-01", "2023-04", A, None,
              etype="freelance", bullets=["Delivered 20–30 orders per day by e-bike through a delivery app",
                                          "Most orders contactless: left at the door or condo lobby with a photo",
                                          "4.9 rating"]),
            E("Kitchen Assistant", "Ah Seng Kopitiam Stall", "Toa Payoh", "2019-06", "2020-12", A, None,
              bullets=["Cut vegetables, cooked rice and washed up for a busy zi char stall"]),
            E("Event Usher (Ad Hoc)", "StaffNow Agency Pte Ltd", "Singapore", "2018-12", "2018-12", F,
              "other_facing", dtext="Dec 2018 (one week)", bullets=["Ushered guests and scanned tickets at a "
                                                                   "year-end concert"]),
        ]),
        ("p", "Education", ["NITEC in Retail Services, North Vale Technical Institute (2019)"]),
        ("p", "Languages", ["English, Malay"]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    file="w017.docx", renderer="docx", layout="tabs", hs="title_org", ds="mon", present="to date", sep=" – ",
    family="Philippine bank CV, Word right tab-stop dates, education before experience, 'to date'",
    code="docx, tabs/title_org, mon / 'to date'",
    name="MA. ANGELICA R. VILLANUEVA", headline="Banking Operations and Customer Service",
    contact=["Brgy. Bangkal, Makati City", "0927 555 8319", "angelica.villanueva@mailbox.ph"],
    blocks=[
        ("p", "Education", ["Bachelor of Science in Accountancy — Polytechnic College of Manila, 2015",
                            "Civil Service Eligibility (Professional), 2016"]),
        ("x", "Employment Record", [
            E("Customer Service Head", "Luzon Commerce Bank – Ayala Ave. Branch", "Makati City", "2021-03",
              "present", F, "in_person_service", bullets=[
                  "Supervise 4 tellers and 2 new-accounts staff; approve overrides",
                  "Attend to walk-in clients with complaints, card replacements and account opening",
                  "Ensure branch passes BSP and internal audits"]),
            E("Bank Teller", "Luzon Commerce Bank – Ayala Ave. Branch", "Makati City", "2018-06", "2021-02", F,
              "in_person_service", bullets=["Deposits, withdrawals, encashment and bills payment"]),
            E("Loans Processor", "First Pinoy Savings Bank", "Pasay City", "2016-05", "2018-05", A, None, bullets=[
                "Checked loan documents and credit investigation reports before approval",
                "Prepared loan release vouchers and amortization schedules"]),
            E("Accounting Clerk", "Metro Hardware Trading", "Caloocan City", "2015-06", "2016-04", N, None,
              bullets=["Accounts payable, check vouchers and bank reconciliation"]),
            E("Promodiser (Contractual)", "ProServe Manpower Services", "Quezon City", "2014-10",
              "2015-05", F, "in_person_service", bullets=["Assigned by the agency to promote a powdered-milk brand "
                                                          "in supermarket aisles; gave samples and explained promos"]),
        ]),
        ("l", "Skills", ["Cash handling, KYC/AML", "Excel, SAP B1", "Filipino, English"]),
        ("p", "Character References", ["Available upon request."]),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    file="w018.pdf", renderer="reportlab", layout="plain", hs="pipe", ds="dot", present="Present", sep=" ~ ",
    bullet="-", caps_heads=False,
    family="Korean game-company CV, reportlab single column, 'Title | Employer | Town' with dotted '~' dates",
    code="reportlab, plain/pipe, YYYY.MM / 'Present'",
    name="Lee Seo-yeon", headline="Live Operations / Player Community",
    contact=["Bundang-gu, Seongnam", "010-9921-4470", "seoyeon.lee@mailbox.kr"],
    blocks=[
        ("x", "Career", [
            E("Game Operations Manager (Live Ops)", "Starforge Games Inc.", "Pangyo", "2022-07", "present", A, None,
              bullets=["Plan in-game events and seasonal patches with the dev team",
                       "Write patch notes and maintenance notices",
                       "Analyse retention and spending data after each event"]),
            E("Community Manager (Global)", "Starforge Games Inc.", "Pangyo", "2020-03", "2022-06", F,
              "digital_service", bullets=["Moderated official Discord (120k members) and answered players' posts",
                                          "Hosted monthly live Q&A streams with players"]),
            E("Customer Support Agent (KR/EN)", "Pixel Harbor Korea", "Seoul", "2018-09", "2020-02", F,
              "digital_service", bullets=["Replied to player tickets about payments, bans and bugs",
                                          "Refund processing per app store policies"]),
            E("Freelance Translator", None, "Seoul", "2017-01", "2018-08", A, None, etype="freelance",
              bullets=["Translated game text and store descriptions EN→KR for small studios"]),
        ]),
        ("p", "Education", ["Hanbit Foreign Studies University, B.A. English Interpretation (2013.03 ~ 2017.02)"]),
        ("l", "Skills", ["Zendesk, Discord bots, Tableau (basic)", "Korean (native), English (fluent)"]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    file="w019.txt", renderer="txt", layout="stars", hs="labelled", ds="mon", present="Current", bullet="-",
    contact_lines=True,
    family="Malaysian call-centre CV pasted as text, labelled Position / Company / Period blocks, year-only old job",
    code="txt, stars/labelled, mon / 'Current'",
    name="Ong Siew Ling", headline="Customer Service Executive (Mandarin / English / BM)",
    contact=["Address : Puchong, Selangor", "Tel : 016-338 2917", "E-mail : siewling.ong@mailbox.my",
             "IC : xxxxxx-10-xxxx   Age : 30"],
    blocks=[
        ("x", "Working Experience", [
            E("Customer Service Executive", "Straits Telco Shared Services Sdn Bhd", "Cyberjaya", "2021-10",
              "present", F, "contact_center", bullets=[
                  "Inbound calls and live chat for postpaid customers in Mandarin, English and BM",
                  "Handle bill disputes and port-in requests", "Quality score average 94%"]),
            E("Collection Executive", "Ampang Credit Recovery Sdn Bhd", "Kuala Lumpur", "2019-04", "2021-09", F,
              "contact_center", bullets=["Outbound calls to credit card holders with overdue accounts",
                                         "Negotiated instalment plans and followed up promises to pay"]),
            E("Front Desk Receptionist", "Hotel Seri Bayu", "Melaka", "2017-01", "2019-03", F, "in_person_service",
              bullets=["Check-in/out, phone reservations, tour enquiries"]),
            E("Housekeeping Attendant", "Hotel Seri Bayu", "Melaka", "2016-01", "2016-12", A, None, prec="year",
              bullets=["Cleaned and set up 14 rooms per shift after check-out"]),
        ]),
        ("p", "Education", ["Diploma in Business Studies, Kolej Antarabangsa Melaka (2015)"]),
        ("kv", "Languages", [("Mandarin", "Excellent"), ("English", "Good"), ("Bahasa Malaysia", "Good"),
                             ("Cantonese", "Fair")]),
        ("p", "Expected Salary", ["RM 3,500"]),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020.docx", renderer="docx", layout="table", hs="org_title", ds="month", present="Present",
    family="Hong Kong luxury retail and airport CV, Word borderless table per job (employer first, title below)",
    code="docx, table/org_title, month / 'Present'",
    name="Leung Hoi Ting (Cherry)", headline="Client Advisor",
    contact=["Tsim Sha Tsui, Kowloon", "+852 5566 1820", "cherry.leunght@mailbox.hk"],
    blocks=[
        ("x", "Work Experience", [
            E("Client Advisor", "Maison Aurèle Hong Kong Limited", "Canton Road", "2022-04", "present", F,
              "sales_account", bullets=["Build long-term relationships with VIC clients; private appointments",
                                        "Clienteling via WeChat and WhatsApp; HK$6.2M sales in 2025"]),
            E("Customer Service Ambassador (Contract)", "Lantau Airport Services Ltd", "Chek Lap Kok", "2020-06",
              "2022-03", F, "in_person_service", bullets=["Helped arriving passengers with quarantine "
                                                          "and transport arrangements at the arrival hall"]),
            E("Visual Merchandising Assistant", "Harbour City Lifestyle Ltd", "Tsim Sha Tsui", "2018-08",
              "2020-05", A, None, bullets=["Dressed windows and mannequins after store closing",
                                           "Set up floor layouts following HQ planograms"]),
            E("Part-time Tutor", "Bright Minds Tutorial Centre", "Mong Kok", "2016-09", "2018-07", F, "education",
              bullets=["Small-group English and maths lessons for P4–S2 students"]),
        ]),
        ("p", "Education", ["Higher Diploma in Fashion Business, Kowloon Design Institute, 2018"]),
        ("l", "Languages", ["Cantonese (native), English (fluent), Mandarin (fluent), French (basic)"]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    file="w021.pdf", renderer="fpdf2", layout="centred", hs="title_org", ds="mon", present="Present", sep=" ~ ",
    serif=True,
    family="Japanese convenience-store manager, fpdf2 centred header, title line with '~' dates, volunteer role",
    code="fpdf2, centred/title_org, mon / 'Present'",
    name="Aiko Watanabe", headline="Store Manager — Convenience Retail",
    contact=["Setagaya-ku, Tokyo", "090-4412-7735", "aiko.watanabe@mailbox.jp"],
    blocks=[
        ("p", "Summary", ["Store manager with 12 years in convenience retail and restaurants. Looking for a role "
                          "in an international retail chain where I can use English."]),
        ("x", "Work Experience", [
            E("Store Manager", "Sakura Mart Co., Ltd. (Shibuya Dogenzaka Store)", "Tokyo", "2020-04", "present", F,
              "in_person_service", bullets=["Manage 22 part-time staff, shift schedules and ordering",
                                            "Serve at the register at peak times and handle customer complaints",
                                            "Store sales +9% YoY (FY2024)"]),
            E("Merchandising Staff (Head Office)", "Sakura Mart Co., Ltd.", "Tokyo", "2017-04", "2020-03", A, None,
              bullets=["Planned seasonal product line-ups using POS data",
                       "Negotiated shelf plans with suppliers' sales reps"]),
            E("Hall Staff (part-time)", "Tori-Kura Ebisu", "Tokyo", "2013-04", "2017-03", F, "in_person_service",
              bullets=["Took orders and served food and drinks in a 60-seat izakaya"]),
        ]),
        ("x", "Volunteer", [
            E("Japanese Conversation Partner", "Minato International Association", "Tokyo", "2018-05", "2021-03", F,
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Weekly conversation sessions with foreign residents learning Japanese"]),
        ]),
        ("p", "Education", ["Sakuragaoka University, Faculty of Economics, graduated Mar 2017"]),
        ("l", "Qualifications", ["TOEIC 740 (2022)", "Food Hygiene Manager (2020)"]),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    file="w022.html", renderer="html", hs="datesfirst", ds="mm/yyyy", present="now", sep=" - ",
    family="Vietnamese garment-factory and freight CV as HTML, dates first then title, company line below",
    code="html, plain/datesfirst, mm/yyyy / 'now'",
    name="Phạm Văn Hùng", headline="Warehouse & Production Supervisor",
    contact=["Thủ Dầu Một, Bình Dương", "0908 417 226", "hung.phamvan@mailbox.vn"],
    blocks=[
        ("x", "Work Experience", [
            E("Warehouse Supervisor", "Đại Phát Garment Co., Ltd.", "Bình Dương", "2021-01", "present", N, None,
              bullets=["Manage fabric and accessories warehouse supplying 14 sewing lines",
                       "Issue materials to production by cutting orders; monthly stock count"]),
            E("Production Line Leader", "Đại Phát Garment Co., Ltd.", "Bình Dương", "2017-05", "2020-12", N, None,
              bullets=["Led 35 sewing workers; daily output and quality targets"]),
            E("Customer Service Executive (Export)", "Saigon Freight Link JSC", "Ho Chi Minh City", "2015-08",
              "2017-04", F, "contact_center", bullets=["Handled bookings and questions from overseas buyers by phone "
                                                       "and email", "Sent shipment status updates and arrival notices"]),
            E("Sales Staff", "Điện Máy Sao Việt", "Thủ Đức", "2013-06", "2015-07", F, "in_person_service",
              bullets=["Advised customers on TVs and air conditioners; arranged installment paperwork"]),
        ]),
        ("p", "Education", ["Ho Chi Minh City College of Industry – Industrial Management, 2010 - 2013"]),
        ("l", "Skills", ["Excel, ERP (Bravo)", "English – intermediate", "Forklift certificate"]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023.docx", renderer="docx", layout="styles", hs="title_org", ds="mon", present="Present",
    family="Singapore banker CV, Word heading styles with Heading 3 titles and tab dates, audit start",
    code="docx, styles/title_org, mon / 'Present'",
    name="Arjun Pillai", headline="Relationship Manager, SME Banking",
    contact=["Singapore", "+65 9733 0182", "arjun.pillai@mailbox.sg", "linkedin.com/in/arjun-pillai-sg"],
    blocks=[
        ("p", "Professional Summary", ["Twelve years across audit, credit and SME relationship banking. "
                                       "CFA Level II candidate."]),
        ("x", "Professional Experience", [
            E("Relationship Manager, SME Banking", "Lion Gate Bank Ltd", "Singapore", "2021-01", "present", F,
              "sales_account", bullets=["Manage a portfolio of 120 SME clients (S$310M lending)",
                                        "Visit clients' premises for annual reviews and new facilities"]),
            E("Credit Analyst", "Lion Gate Bank Ltd", "Singapore", "2018-03", "2020-12", A, None, bullets=[
                "Analysed financial statements and wrote credit papers for SME loans",
                "Monitored covenants and early-warning lists"]),
            E("Phone Banking Officer", "Orchid Bank Singapore", "Singapore", "2016-02", "2018-02", F,
              "contact_center", bullets=["Answered customers' calls on cards, accounts and disputes"]),
            E("Audit Associate", "Chua & Partners LLP", "Singapore", "2014-08", "2016-01", A, None, bullets=[
                "Performed audit testing of revenue and receivables for listed clients",
                "Prepared working papers and draft financial statements"]),
        ]),
        ("p", "Education", ["B.Acc., Straits Business College, 2014"]),
        ("l", "Certifications", ["CFA Level I", "IBF Certified Credit Professional"]),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024.pdf", renderer="reportlab", layout="sidebar", hs="pipe", ds="month", present="Present", gray=0.85,
    family="Philippine nurse turned healthcare-account agent, reportlab sidebar, pipe title/company/place line with "
           "right dates",
    code="reportlab, sidebar/pipe, month / 'Present'",
    name="Kristine Joy P. Manalo, RN", headline="Healthcare Account — Customer Service",
    contact=["Jaro, Iloilo City", "0919 555 4407", "kjmanalo.rn@mailbox.ph"],
    side=[("l", "License", ["Registered Nurse (PRC), 2017"]),
          ("l", "Skills", ["Medical terminology", "HIPAA awareness", "Claims systems"]),
          ("l", "Languages", ["Hiligaynon", "Filipino", "English"])],
    blocks=[
        ("x", "Work Experience", [
            E("Healthcare Customer Service Representative", "Panay Global Services Inc.", "Iloilo City", "2021-09",
              "present", F, "contact_center", tsuf=" (Account: US Health Insurer)", bullets=[
                  "Take members' calls about claims, benefits and prior authorization",
                  "Explain explanation-of-benefits letters in plain language"]),
            E("Medical Billing Associate (Non-voice)", "Panay Global Services Inc.", "Iloilo City", "2020-02",
              "2021-08", A, None, bullets=["Posted payments and corrected rejected claims"]),
            E("Staff Nurse", "Iloilo Doctors' Mission Hospital", "Iloilo City", "2017-06", "2019-12", F,
              "healthcare_care", bullets=["Medical-surgical ward, 1:8 patient ratio",
                                          "Medication administration and patient education on discharge"]),
            E("Volunteer Nurse", "Brgy. Tabuc Suba Health Center", "Jaro, Iloilo City", "2016-11", "2017-05", F,
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Assisted in immunization days and blood-pressure screening"]),
        ]),
        ("p", "Education", ["BS Nursing, Western Visayas College of Health Sciences, 2016"]),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    file="w025.docx", renderer="docx", layout="header", hs="jp", ds="dual", sep=" ～ ", present="現在 (Present)",
    typed_bullets=True, bullet="・", dfont="Meiryo",
    family="Japanese ryokan and hotel career in shokumu keirekisho style, Word with name in the page header, company "
           "blocks oldest first, 'Apr 2012 (2012年4月)' dates",
    code="docx, header/jp, Mon YYYY (YYYY年M月) / '現在 (Present)'",
    name="NAKAMURA Yuki (中村 由紀)", headline="Career History / 職務経歴書",
    contact=["Kyoto-shi, Shimogyo-ku", "075-555-3128", "yuki.nakamura@mailbox.jp"],
    blocks=[
        ("x", "Company History", [
            E("Guest Room Attendant (Nakai)", "Gion Hanaya Ryokan Co.", "Kyoto", "2012-04", "2015-03", F,
              "in_person_service", bullets=["Greeted guests, served kaiseki dinner and breakfast in their rooms",
                                            "Explained the ryokan's customs and baths to overseas guests"]),
            E("Reservations Staff", "Gion Hanaya Ryokan Co.", "Kyoto", "2015-04", "2017-09", F, "contact_center",
              bullets=["Telephone and e-mail reservations in Japanese and English"]),
            E("Front Desk Agent", "Kansai Rail Hotels Co., Ltd.", "Kyoto Station", "2017-10", "2020-03", F,
              "in_person_service", bullets=["Check-in/out for a 400-room station hotel"]),
            E("Revenue Management Staff", "Kansai Rail Hotels Co., Ltd.", "Osaka head office", "2020-04", "present",
              A, None, bullets=["Set daily room rates for 6 hotels using the RMS",
                                "Manage allotments on OTAs through the channel manager",
                                "Weekly pickup and forecast reports"]),
        ]),
        ("l", "Qualifications", ["Hotel Business Practical Skills Test, Level 2 (2016年)", "TOEIC 820 (2021年)"]),
        ("p", "Skills", ["Opera, TL-Lincoln, Excel (VLOOKUP, pivot)"]),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    file="w026.txt", renderer="txt", layout="underline", hs="comma", ds="dot", present="Present", sep=" - ",
    bullet="-", indent="    ", contact_lines=True,
    family="Korean bank teller with factory years pasted as text, one-line 'Title, Employer, Town, dates', "
           "year-only part-time job",
    code="txt, underline/comma, YYYY.MM / 'Present'",
    name="Choi Eun-ji", headline=None,
    contact=["Suwon, Gyeonggi-do", "010-5530-9182", "eunji.choi@mailbox.kr"],
    blocks=[
        ("x", "Work Experience", [
            E("Bank Teller", "Hangang Savings Bank", "Suwon", "2022-03", "present", F, "in_person_service",
              bullets=["Deposits, transfers and savings product sign-ups at the counter",
                       "Helped elderly customers with mobile banking set-up"]),
            E("Production Operator", "Daehan Display Co.", "Pyeongtaek", "2019-01", "2022-02", N, None, bullets=[
                "Operated panel inspection equipment on 3-shift rotation", "Recorded defects in MES"]),
            E("Telemarketer (Insurance)", "Sejong Insurance TM Center", "Seoul", "2017-06", "2018-12", F,
              "sales_account", bullets=["Outbound calls to existing customers offering dental and cancer "
                                        "insurance; 18 contracts/month average"]),
            E("Store Clerk (part-time)", "Dalbit 24 Convenience", "Suwon", "2015-01", "2016-12", F,
              "in_person_service", prec="year", bullets=[]),
        ]),
        ("p", "Education", ["Suwon Science College, Business Administration (2013.03 - 2015.02)"]),
        ("l", "Certificates", ["Bank Teller Certificate (2021)", "Computer Specialist in Spreadsheet Level 2"]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    file="w027.pdf", renderer="fpdf2", layout="plain", hs="title_org", ds="mon", present="Present",
    footer="Tan Boon Keat | Resume | {n}/2",
    family="Malaysian IT service manager, 2-page fpdf2 résumé with page footer, title line with right dates, long "
           "career from a repair counter",
    code="fpdf2, left/title_org, mon / 'Present'",
    name="TAN BOON KEAT", headline="IT Service Manager | ITIL 4",
    contact=["Subang Jaya, Selangor", "+60 12-776 3041", "boonkeat.tan@mailbox.my"],
    blocks=[
        ("p", "Profile", ["IT service professional with 17 years from the repair counter to running a shared service "
                          "desk for 6,000 users. ITIL 4 Managing Professional."]),
        ("x", "Work Experience", [
            E("IT Service Manager", "Peninsula Shared IT Services Sdn Bhd", "Subang Jaya", "2019-07", "present", F,
              "internal_support", bullets=[
                  "Run the group service desk (25 analysts) serving 6,000 staff in 4 countries",
                  "Meet business-unit heads monthly to review service levels and complaints",
                  "Own major-incident and problem management"]),
            E("Desktop Support Engineer", "Klang Valley Tech Solutions", "Petaling Jaya", "2015-02", "2019-06", F,
              "other_facing", bullets=["On-site support for users at 30 client offices under managed-service "
                                       "contracts", "PC roll-outs, printers, Outlook issues"]),
            E("Network Engineer", "Ipoh Data Centre Sdn Bhd", "Ipoh", "2011-08", "2015-01", N, None, bullets=[
                "Configured core switches, firewalls and VLANs", "Night maintenance windows and capacity reports"]),
            E("Computer Technician", "Bukit Computer Centre", "Ipoh", "2009-01", "2011-07", F, "in_person_service",
              bullets=["Took in laptops from walk-in customers at the repair counter, quoted and explained repairs",
                       "Replaced screens, keyboards and hard disks"]),
            E("Industrial Trainee", "Ipoh Data Centre Sdn Bhd", "Ipoh", "2008-06", "2008-09", N, None,
              etype="internship", bullets=["Cable labelling and server rack inventory"]),
        ]),
        ("pb",),
        ("p", "Education", ["Diploma in Computer Science, Kolej Teknologi Perak, 2008",
                            "B.Sc. (Hons) IT (part-time), Open Learning University Kuala Lumpur, 2014"]),
        ("l", "Certifications", ["ITIL 4 Managing Professional (2022)", "CCNA (2012, lapsed)",
                                 "Microsoft 365 Endpoint Administrator"]),
        ("l", "Languages", ["English, Bahasa Malaysia, Mandarin, Cantonese"]),
        ("p", "References", ["Mr. Lau Kok Wai, Head of IT Operations, Peninsula Shared IT Services — 012-555 0177"]),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    file="w028.md", renderer="md", md_h3=False, hs="dash", ds="apos", present="now", sep=" - ",
    family="Macau casino and restaurant CV in Markdown, bold 'Title – Employer, Town' lines with short-year dates",
    code="md, bold/dash, Mon 'YY / 'now'",
    name="Ho Wai Kit", headline="Table Games Dealer",
    contact=["Taipa, Macau", "+853 6621 0478", "waikit.ho@mailbox.mo"],
    blocks=[
        ("x", "Experience", [
            E("Table Games Dealer", "Golden Lotus Resort Macau", "Cotai", "2019-05", "present", F,
              "in_person_service", bullets=["Deal baccarat, blackjack and roulette for mass and premium patrons",
                                            "Explain game rules to new players; 98% accuracy in audits"]),
            E("Surveillance Officer", "Golden Lotus Resort Macau", "Cotai", "2017-03", "2019-04", N, None,
              bullets=["Monitored gaming tables on CCTV from the surveillance room",
                       "Reviewed footage for incident reports"]),
            E("Waiter", "Taipa Seafood Restaurant", "Taipa", "2015-01", "2017-02", F, "in_person_service",
              bullets=[]),
            E("Kitchen Helper", "Taipa Seafood Restaurant", "Taipa", "2014-06", "2014-12", A, None,
              bullets=["Washed dishes, cleaned seafood tanks and prepared vegetables"]),
        ]),
        ("l", "Languages", ["Cantonese", "English", "Mandarin", "Portuguese (basic)"]),
        ("p", "Education", ["Form 6, Escola Secundária Lótus (2013)"]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    file="w029.docx", renderer="docx", layout="sidebar", hs="title_org", ds="mon", present="Present",
    fill="D9E2D0",
    family="Filipino logistics worker in Singapore, Word two-column layout table with shaded sidebar, year-only "
           "first job",
    code="docx, sidebar/title_org, mon / 'Present'",
    name="Ricardo M. Bautista Jr.", headline="Warehouse Team Leader",
    contact=["Jurong West, Singapore (S Pass)", "+65 8455 2093", "ricardo.bautista@mailbox.ph"],
    side=[("l", "Licences", ["Forklift (WSQ)", "Class 3 driving licence (SG)", "PH Professional Driver's Licence"]),
          ("l", "Skills", ["SAP WM", "RF scanning", "5S / safety"]),
          ("l", "Personal", ["Filipino, 38, married", "Available in 1 month"])],
    blocks=[
        ("x", "Employment", [
            E("Warehouse Team Leader", "Tuas Logistics Hub Pte Ltd", "Singapore", "2020-02", "present", A, None,
              bullets=["Lead 12 pickers and packers for e-commerce and retail-store orders",
                       "Plan the outbound wave so orders make the courier cut-off",
                       "Investigate mis-shipments reported by the client's customer-service team"]),
            E("Forklift Operator", "Calamba Steelworks Inc.", "Calamba, Laguna", "2016-05", "2019-12", N, None,
              bullets=["Moved coils and billets between the rolling mill and the yard"]),
            E("Company Driver", "Pasay Trading Corp.", "Pasay City", "2014-01", "2016-04", F, "other_facing",
              bullets=["Drove the owner and visiting foreign clients to meetings, hotels and the airport",
                       "Assisted guests with luggage and arranged their errands"]),
            E("Gasoline Station Attendant", "Petro-Luz Station", "Cabuyao, Laguna", "2012-01", "2013-12", F,
              "in_person_service", prec="year", bullets=["Refuelled vehicles, cashiering, windscreen cleaning"]),
        ]),
        ("p", "Education", ["Technical-Vocational Course in Automotive Servicing NC II, 2011"]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    file="w030.html", renderer="html", hs="at", ds="iso", present="Present", sep=" to ",
    family="Thai resort sales coordinator as HTML, 'Title at Employer' with place and ISO dates beneath",
    code="html, plain/at, YYYY-MM / 'Present'",
    name="Siriporn Chaiyasit (Fon)", headline="Reservations & Sales Coordinator",
    contact=["Kathu, Phuket 83120, Thailand", "+66 81 555 2740", "siriporn.fon@mailbox.co.th"],
    blocks=[
        ("p", "Career Objective", ["To grow in hotel sales with an international resort group."]),
        ("l", "Key Skills", ["Group quotations and contracts", "Opera, Synxis, Excel", "Thai, English, basic Chinese"]),
        ("x", "Work History", [
            E("Reservations & Sales Coordinator", "Andaman Pearl Resort", "Phuket", "2023-11", "present", F,
              "sales_account", bullets=["Prepare quotations and contracts for tour operators and MICE groups",
                                        "Correspond with travel agents by email and host their site inspections"]),
            E("Ground Service Agent (Contract)", "Siam Airport Ground Services Co., Ltd.", "Bangkok", "2021-08",
              "2023-10", F, "in_person_service", bullets=["Check-in and transfer desk for partner airlines"]),
            E("Spa Therapist", "Lanna Serenity Spa", "Chiang Mai", "2018-03", "2021-06", F, "in_person_service",
              bullets=["Thai massage, aromatherapy and foot treatments", "Consulted guests on treatment choice"]),
            E("Laundry Attendant", "Riverside Palace Hotel", "Chiang Mai", "2016-05", "2018-02", A, None,
              bullets=["Washed and pressed guest laundry and linen; sorted uniforms"]),
        ]),
        ("p", "Education", ["Diploma in Thai Traditional Massage (2017)", "High School, Chiang Mai (2015)"]),
        ("p", "Interests", ["Diving, cooking, volunteering at a beach clean-up"]),
    ]))
