"""Résumés w001–w015."""
from lib import E

R = []

# w001 — UK school leaver, reportlab single column
R.append(dict(
    file="w001", family="UK school leaver (A levels), first full-time job, Saturday and holiday jobs, reportlab single column",
    renderer="reportlab", layout="plain", order="title_org", dstyle="mon", present="Present", sep=" – ",
    code="reportlab, plain/title_org, mon / 'Present'",
    name="Chloe Ramsbottom", contact=["14 Ferncliffe Road, Hebblethwaite", "07700 914 382", "chloe.ramsbottom@mailbox.co.uk"],
    summary="I have just finished my A levels (Business, Sociology, English Language) and I am looking for a full-time role where I can talk to people all day. I have worked every Saturday since I was 16 and I'm used to busy queues.",
    summary_head="About me",
    sections=[("Work experience", [
        E("Saturday Sales Assistant", "Pybus Family Bakery", "Hebblethwaite", "2023-09", "present", [
            "Serve customers at the counter, including the Saturday morning rush from 8am",
            "Take orders for celebration cakes over the phone and write them up in the order book",
            "Cash up the till at close and clean down the display cabinets"], "facing", "in_person_service"),
        E("Kitchen Assistant", "The Old Mill Tearooms", "Hebden Ings", "2024-06", "2024-08", [
            "Washing up, loading the dishwasher and putting away deliveries",
            "Helped prep sandwiches and scones before opening"], "affecting", dtext="Summer 2024"),
        E("Paper Round", "Crabtree's Newsagents", "Hebblethwaite", "2022-03", "2023-08", [
            "Delivered 60 papers before school, six mornings a week, in all weathers"], "affecting"),
        E("Volunteer Shop Assistant", "St Aidan's Hospice Shop", "Hebblethwaite", "2023-01", "2023-06", [
            "Sorted and steamed donations in the back room and priced books",
            "Covered the till on Thursday afternoons and helped customers find sizes"],
          "facing", "volunteering", section="volunteer", etype="volunteer"),
        E("Work Experience Placement", "Hollins & Reid Solicitors", "Hebblethwaite", "2022-06", "2022-06", [
            "One-week Year 10 placement: filing, scanning old deeds and shredding"], "none",
          section="other", etype="internship"),
    ])],
    extra=[("Education", ["Calderbrook Sixth Form College, 2023 – 2025: A levels Business (B), Sociology (B), English Language (C)",
                          "Hebblethwaite High School, 2018 – 2023: 9 GCSEs including Maths (6) and English (7)"]),
           ("Other", ["Full UK provisional licence. Duke of Edinburgh Bronze. References on request."])],
))

# w002 — Irish experienced contact-centre agent / team leader, docx heading styles
R.append(dict(
    file="w002", family="Irish contact-centre team leader with energy and collections background, Word heading styles and list bullets",
    renderer="docx", layout="styles", order="title_org", dstyle="month", present="Present", sep=" – ",
    code="docx, styles/title_org, month / 'Present'",
    name="Declan Mac Giolla Phádraig", contact=["Ballinacurra, Co. Limerick", "087 441 2290", "declan.mgp@mailbox.ie"],
    summary="Eleven years on the phones, the last three leading a team of fourteen. Calm on escalations, strong on coaching, and I know what a bad bill does to someone's week.",
    summary_head="Profile",
    sections=[("Employment History", [
        E("Team Leader – Customer Care", "Shannonside Energy", "Limerick", "2023-06", "present", [
            "Lead a team of 14 advisors handling billing, meter and moving-home calls",
            "Take escalated calls from customers who have asked for a manager and agree resolutions within policy",
            "Run weekly one-to-ones and call-listening sessions; team NPS up from 31 to 44"], "facing", "contact_center"),
        E("Customer Care Advisor", "Shannonside Energy", "Limerick", "2019-02", "2023-05", [
            "Inbound calls and webchat on bills, payment plans and smart-meter installs",
            "Set up hardship arrangements for vulnerable customers and referred them to the priority register"],
          "facing", "contact_center"),
        E("Collections Agent", "Ardcrest Credit Management", "Ennis", "2016-09", "2019-01", [
            "Outbound calls to customers in arrears on utility and phone accounts",
            "Negotiated affordable repayment plans and logged every contact against the account"],
          "facing", "contact_center"),
        E("Bar Staff", "Hogan's Lounge", "Castleconnell", "2014-05", "2016-08", [
            "Served behind a busy bar at weekends and match days; trained new starters on the tills"],
          "facing", "in_person_service"),
    ])],
    extra=[("Education & Training", ["QQI Level 6 Certificate in Supervisory Management, Limerick College of Further Education, 2022",
                                     "Leaving Certificate, Scoil Mhuire, 2014"]),
           ("Skills", ["* Genesys, Salesforce Service Cloud, SAP IS-U billing", "* Full clean driving licence"])],
))

# w003 — Indian B.Com accounts executive, portal text with 'till date'
R.append(dict(
    file="w003", family="Indian B.Com graduate, accounts executive with a voice-process stint, job-portal text with 'till date'",
    renderer="txt", order="dash", dash=" - ", dstyle="mon", present="till date", sep=" to ", caps=True, rule="-", bchar="*",
    code="txt, portal/dash, mon / 'till date'",
    name="Sai Keerthana Vemula", contact=["Mobile: +91 98490 22713", "Email: keerthana.vemula@mailbox.in", "Address: Plot 41, Sri Nagar Colony, Hanamkonda, Telangana"],
    summary="Seeking a challenging position in Customer Service (Banking) where I can utilise my accounting knowledge and communication skills for the growth of the organisation.",
    summary_head="Career Objective",
    sections=[("Professional Experience", [
        E("Accounts Executive", "Sri Venkateshwara Agro Traders Pvt Ltd", "Warangal", "2023-04", "present", [
            "Maintaining day books, purchase and sales entries in Tally Prime",
            "Preparation of GST returns (GSTR-1, GSTR-3B) and TDS working",
            "Vendor ledger reconciliation and monthly stock statement for bank"], "none"),
        E("Customer Care Executive (Voice Process)", "Nexora Business Solutions", "Hyderabad", "2021-08", "2023-02", [
            "Handled inbound calls for a consumer durables brand - warranty, service booking, complaints",
            "Maintained AHT below 360 seconds and QA score above 90 percent",
            "Worked in rotational shifts including nights"], "facing", "contact_center"),
        E("Articled Assistant (Internship)", "K. Ramana & Associates, Chartered Accountants", "Hanamkonda", "2020-06", "2021-07", [
            "Vouching and ledger scrutiny for statutory audit of client firms",
            "Assisted in preparing income tax returns from client documents"], "affecting", etype="internship"),
    ])],
    extra=[("Educational Qualification", ["* B.Com (Computers), Kakatiya University, 2020 - 68%", "* Intermediate (MEC), TSBIE, 2017 - 81%", "* SSC, 2015 - 9.2 GPA"]),
           ("Technical Skills", ["Tally Prime, MS Excel (VLOOKUP, Pivot), GST portal"]),
           ("Personal Details", ["Father's Name: V. Srinivas", "Date of Birth: 11-03-1999", "Languages Known: Telugu, English, Hindi"]),
           ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.", "Place: Hanamkonda                (V. SAI KEERTHANA)"])],
))

# w004 — Nigerian graduate, fpdf2 centred
R.append(dict(
    file="w004", family="Nigerian graduate with NYSC teaching year, microfinance banking hall and SIWES, fpdf2 centred header",
    renderer="fpdf2", layout="centred", order="title_org", dstyle="month", present="Date", sep=" to ", caps=True,
    code="fpdf2, centred/title_org, month / 'to Date'",
    name="Oluwaseun Adebayo-Ishola", contact=["12 Olorunsogo Close, Ibadan, Oyo State", "+234 803 551 2047", "seun.adebayo@mailbox.ng"],
    summary="A result-oriented Banking and Finance graduate with hands-on experience in customer service at a microfinance bank, seeking an entry-level role as a Customer Contact Officer.",
    summary_head="Career Objective",
    sections=[("Work Experience", [
        E("Customer Service Officer", "Bodija Trust Microfinance Bank Ltd", "Ibadan", "2024-03", "present", [
            "Attend to walk-in customers in the banking hall on account opening, BVN linkage and ATM card issues",
            "Resolve failed-transaction complaints and log them on the complaint register",
            "Cross-sell savings products; opened over 300 new accounts in 2025"], "facing", "in_person_service"),
        E("Corps Member (NYSC) – Mathematics Teacher", "Government Secondary School, Ganye", "Adamawa State", "2023-01", "2023-12", [
            "Taught Mathematics to SS1 and SS2 students (about 70 per class)",
            "Organised after-school WAEC revision classes"], "facing", "education", etype="internship"),
        E("POS Agent", "Self-employed", "Ibadan", "2021-05", "2022-11", [
            "Ran a POS stand at Bodija market: cash withdrawals, transfers and bill payments for traders"],
          "facing", "entrepreneurial_freelance", etype="freelance"),
        E("Industrial Training (SIWES) – Operations", "Coral Ridge Bank Plc", "Ibadan", "2021-06", "2021-11", [
            "Sorted and filed account-opening documents and cheques in the back office",
            "Keyed in mandate details and reconciled the daily clearing list"], "affecting", etype="internship"),
    ])],
    extra=[("Education", ["B.Sc. Banking and Finance (Second Class Upper), Ladoke Akintola University, 2022",
                          "WASSCE, Ibadan Grammar School, 2016"]),
           ("Referees", ["Available on request"])],
))

# w005 — Filipino experienced CSR, HTML
R.append(dict(
    file="w005", family="Filipino BPO agent (voice, chat, tech support) with retail and fast-food start, HTML résumé",
    renderer="html", order="org_title", dstyle="MON", present="PRESENT", sep=" - ",
    code="html, simple/org_title, MON / 'PRESENT'",
    name="Ma. Kristine Joy D. Villanueva", contact=["Blk 7 Lot 22 Mabini St., Brgy. San Isidro, Cainta, Rizal", "+63 917 804 3321", "kjvillanueva@mailbox.ph"],
    summary="Customer service professional with 7 years in BPO (voice and non-voice). Excellent English communication skills, flexible to work on any shift.",
    summary_head="OBJECTIVE",
    sections=[("WORK EXPERIENCE", [
        E("Customer Service Representative", "Stellar Outsourcing Phils. Inc.", "Ortigas, Pasig City", "2022-10", "present", [
            "Handles inbound billing and plan calls for a US wireless carrier account",
            "Consistent top 10 in CSAT for Q3 and Q4 2024",
            "Processes payment arrangements and device upgrades"], "facing", "contact_center"),
        E("Chat Support Associate", "Lumina CX Solutions", "Eastwood, Quezon City", "2021-02", "2022-09", [
            "Answered 3 concurrent chats for an online furniture retailer (order status, returns, damaged items)",
            "Wrote macros and updated the FAQ page"], "facing", "digital_service"),
        E("Technical Support Representative", "Lumina CX Solutions", "Eastwood, Quezon City", "2019-06", "2021-01", [
            "Troubleshot internet connection issues over the phone for US subscribers",
            "Scheduled technician visits when remote fix failed"], "facing", "contact_center"),
        E("Sales Lady", "Goldenstar Department Store", "Cainta, Rizal", "2018-04", "2019-03", [
            "Assisted shoppers in the ladies' wear section, handled fitting room, stock replenishment"],
          "facing", "in_person_service", etype="paid"),
        E("Service Crew", "Jolly Burger Cainta Junction", "Cainta, Rizal", "2017-04", "2018-03", [],
          "facing", "in_person_service"),
    ])],
    extra=[("EDUCATION", ["Bachelor of Science in Tourism Management (undergraduate, 3rd year), Rizal Technological College, 2014 – 2017"]),
           ("CHARACTER REFERENCES", ["Mr. Rommel Sarmiento, Operations Manager, Stellar Outsourcing – 0918 220 4417"])],
))

# w006 — South African call-centre / retail, docx table
R.append(dict(
    file="w006", family="South African debt-collections agent who started in a warehouse and on tills, Word table per job",
    renderer="docx", layout="table", order="title_org", dstyle="month", present="Present", sep=" – ",
    code="docx, table/title_org, month / 'Present'",
    name="Thandeka Precious Mahlangu", contact=["2241 Zone 4, Mabopane, 0190", "072 553 8196", "thandeka.mahlangu@mailbox.co.za"],
    sections=[("Work Experience", [
        E("Collections Agent", "Umhlaba Recoveries (Pty) Ltd", "Pretoria CBD", "2022-11", "present", [
            "Make 120+ outbound calls a day on retail store-card accounts in arrears",
            "Negotiate promises to pay and set up debit orders",
            "Handle disputes and refer affordability cases to the team leader"], "facing", "contact_center"),
        E("Cashier", "Savemor Supermarket", "Mabopane", "2019-03", "2022-10", [
            "Operated till, processed card and cash payments, sold airtime and electricity",
            "Assisted customers with lay-bye payments"], "facing", "in_person_service"),
        E("General Worker (Warehouse)", "Pinnacle Cold Storage", "Rosslyn", "2018-02", "2019-02", [
            "Picking and packing frozen stock for store deliveries", "Loading trucks and stock counts"], "affecting"),
        E("Administration Learner (Learnership)", "City of Tshwane – Soshanguve Regional Office", "Soshanguve", "2017-02", "2018-01", [
            "Captured indigent application forms and filed supporting documents"], "none", etype="internship"),
    ])],
    extra=[("Education", ["Matric (National Senior Certificate), Bokgoni Secondary School, 2016",
                          "NQF Level 4 Business Administration (learnership), 2018"]),
           ("Personal details", ["ID: available on request · Driver's licence: Code 10 · Languages: Setswana, isiZulu, English, Afrikaans (basic)"]),
           ("References", ["Ms. L. Ntuli, Team Leader, Umhlaba Recoveries – 012 430 8821", "Mr. P. Botha, Store Manager, Savemor – 012 702 1150"])],
))

# w007 — US teacher leaving teaching, Markdown
R.append(dict(
    file="w007", family="US elementary teacher leaving teaching, with tutoring and seasonal retail, Markdown h3",
    renderer="md", mdstyle="h3", order="title_org", dstyle="mon", present="Present", sep="–", bchar="-",
    code="md, h3/title_org, mon / 'Present'",
    name="Rebecca L. Okonkwo-Hale", contact=["Frankford, DE", "(302) 555-0176", "rebecca.okhale@mailbox.com", "linkedin.com/in/rebecca-okhale"],
    summary="Fourth-grade teacher of nine years looking to bring patience, clear explanations and a lot of parent-communication experience to a customer contact role.",
    summary_head="Summary",
    sections=[("Experience", [
        E("4th Grade Teacher", "Millsboro Creek Elementary School", "Millsboro, DE", "2017-08", "present", [
            "Teach all core subjects to classes of 24–28 students, including multilingual learners",
            "Hold parent conferences twice a year and answer parent emails and calls within 24 hours",
            "Grade-level team lead for two years; built the shared reading assessment tracker"], "facing", "education"),
        E("Private Tutor (Reading & Math)", None, "Sussex County, DE", "2019-06", "present", [
            "Tutor 4–6 students a week in their homes or at the library; agree goals with parents"],
          "facing", "education", etype="freelance"),
        E("Seasonal Sales Associate", "Bayview Outlets – Coastline Kitchen Co.", "Rehoboth Beach, DE", "2016-11", "2017-01", [
            "Worked the holiday rush: register, gift wrap, returns"], "facing", "in_person_service"),
        E("Graduate Assistant", "University of Delaware School of Education", "Newark, DE", "2015-09", "2017-05", [
            "Coded classroom observation videos for a literacy study and cleaned survey data"],
          "none", section="other"),
    ])],
    extra=[("Education", ["M.Ed. Elementary Education, University of Delaware, 2017", "B.A. Psychology, Salisbury Point College, 2015"]),
           ("Certifications", ["Delaware Standard Certificate, K–6", "Google Workspace for Education Level 1"])],
))

# w008 — UK nurse changing career, reportlab sidebar, career break
R.append(dict(
    file="w008", family="UK staff nurse leaving nursing after a career break, clinical coding role, reportlab shaded sidebar",
    renderer="reportlab", layout="sidebar", order="title_org", dstyle="mm/yyyy", present="present", sep=" – ",
    code="reportlab, sidebar/title_org, mm/yyyy / 'present'",
    name="Siobhan Pritchard-Lowe", contact=["Wrexley, Cheshire", "07812 660 415", "s.pritchardlowe@mailbox.co.uk"],
    side=["#Skills", "Active listening", "De-escalation", "SystmOne, Lorenzo", "ICD-10 / OPCS-4", "", "#Registration", "NMC registered (lapsed", "2024, revalidation", "possible)"],
    sections=[("Career history", [
        E("Clinical Coder", "Wrexley & Deane NHS Foundation Trust", "Wrexley", "2024-02", "present", [
            "Translate discharge summaries and case notes into ICD-10 and OPCS-4 codes for inpatient episodes",
            "Query consultants' secretaries when documentation is incomplete; 98% accuracy at last audit"], "affecting"),
        E("Career break – caring for my two young children", None, None, "2021-09", "2024-01", [], "none", etype="unknown"),
        E("Staff Nurse (Band 5), Acute Medical Unit", "Wrexley & Deane NHS Foundation Trust", "Wrexley", "2015-10", "2021-08", [
            "Cared for up to 8 acutely unwell patients per shift, admissions and discharges",
            "Explained treatment plans to patients and families; handled concerns before they became complaints",
            "Mentor for student nurses"], "facing", "healthcare_care"),
        E("Healthcare Assistant", "Larkhill Lodge Care Home", "Deane", "2012-06", "2015-09", [
            "Personal care, meals and activities for residents living with dementia"], "facing", "healthcare_care"),
    ])],
    extra=[("Education", ["BSc (Hons) Adult Nursing, University of Northwold, 2015", "NCCQ clinical coding qualification – in progress"]),
           ("References", ["Available on request"])],
))

# w009 — Australian hospitality, text, several short jobs
R.append(dict(
    file="w009", family="Australian hospitality all-rounder (bar, barista, housekeeping, kitchen, front office), plain text with 'Current'",
    renderer="txt", order="pipe", dstyle="mon", present="Current", sep=" - ", caps=False, rule="-", bchar="•",
    code="txt, plain/pipe, mon / 'Current'",
    name="Jarrah McAllister", contact=["Byron Heads NSW 2481", "0412 880 317", "jarrahmc@mailbox.com.au"],
    summary="Hospo all-rounder, RSA and RCG current, looking for something with regular hours and a career path.",
    summary_head="About",
    sections=[("Employment", [
        E("Front Office Agent", "Saltwater Cove Resort", "Byron Heads NSW", "2025-04", "present", [
            "Check-ins/outs for 140 rooms, reservations by phone and email, upselling room upgrades",
            "Night audit cover one night a fortnight"], "facing", "in_person_service"),
        E("Barista", "Lantern & Loaf", "Mullumby NSW", "2023-08", "2025-03", [
            "Up to 400 coffees a morning, took orders at the pass, opened and closed solo"], "facing", "in_person_service"),
        E("Bartender", "The Royal Hotel Ballinbar", "Ballinbar NSW", "2022-01", "2023-07", [
            "Bar service, cellar changeovers, gaming room payouts"], "facing", "in_person_service"),
        E("Housekeeper", "Saltwater Cove Resort", "Byron Heads NSW", "2021-05", "2021-12", [
            "Serviced 14–16 villas a shift after guest departures, restocked linen and minibars"], "affecting"),
        E("Kitchen Hand", "Nonna Rosa's", "Ballinbar NSW", "2020-11", "2021-04", [], "affecting"),
    ])],
    extra=[("Tickets", ["RSA, RCG (NSW), First Aid HLTAID011, Barista course"]), ("Referees", ["Available on request"])],
))

# w010 — Canadian soldier leaving the forces, docx header
R.append(dict(
    file="w010", family="Canadian infantry soldier leaving the Forces, recruiting-centre posting and mall security, Word page header",
    renderer="docx", layout="header", order="org_title", dstyle="mon", present="Present", sep=" – ",
    code="docx, header/org_title, mon / 'Present'",
    name="Cpl Mathieu Landry-Okafor", contact=["Petawawa Flats, ON", "613-555-0148", "m.landry.okafor@mailbox.ca"],
    summary="Corporal with 9 years' service (Infantry), releasing in December 2026. Two years on the public side of recruiting. Bilingual (English/French).",
    summary_head="Summary",
    sections=[("Military Experience", [
        E("Recruiter (Detachment Recruiting Assistant)", "Canadian Forces Recruiting Centre Lakehead", "Thunder Bay, ON", "2024-06", "present", [
            "Answer walk-in and phone enquiries from applicants and parents about trades, pay and training",
            "Present at high schools, job fairs and Indigenous community events",
            "Guide applicants through aptitude testing and file paperwork"],
          "facing", "other_facing", etype="military"),
        E("Rifleman / Section 2IC", "1st Battalion, Royal Lakeshore Regiment", "Petawawa, ON", "2017-08", "2024-05", [
            "Second-in-command of an 8-person section; led training on weapons handling and navigation",
            "Deployed on Operation REASSURANCE (Latvia), 2021"], "none", etype="military"),
    ]), ("Civilian Experience", [
        E("Security Guard (part-time)", "Northshield Protective Services", "Pembroke, ON", "2015-09", "2017-07", [
            "Posted at the Pembroke Centre mall information desk and on foot patrol",
            "Helped lost children find parents, dealt with shoplifting reports and banned-person notices"],
          "facing", "other_facing"),
        E("Stock Clerk", "Valley Home Hardware", "Pembroke, ON", "2014-06", "2015-08", [], "affecting"),
    ])],
    extra=[("Education & Courses", ["Ontario Secondary School Diploma, Fellowes Secondary, 2014", "Primary Leadership Qualification (PLQ), 2020", "Standard First Aid / CPR-C"])],
))

# w011 — Polish Europass-style, fpdf2 left, mm.yyyy
R.append(dict(
    file="w011", family="Polish Europass-style CV: call-centre hotline, bank back office, UK warehouse and petrol-station till, fpdf2 shaded headings, mm.yyyy",
    renderer="fpdf2", layout="left", shade=True, order="dateline", dstyle="mm.yyyy", present="obecnie / present", sep=" – ",
    code="fpdf2, left/dateline, mm.yyyy / 'obecnie / present'",
    name="Małgorzata Wiśniewska-Kłos", contact=["Nationality: Polish", "Address: ul. Spokojna 14/3, 62-800 Kalinowo, Poland", "Telephone: +48 601 442 918", "E-mail: m.wisniewska.klos@mailbox.pl"],
    summary="", sections=[("Work experience", [
        E("Back Office Specialist – Payments", "Bank Wielkopolski Spółdzielczy", "Kalinowo", "2023-05", "present", [
            "Processing domestic and SEPA transfers returned by the clearing system",
            "Investigating unmatched payments and preparing reports for the branch network"], "affecting"),
        E("Hotline Consultant", "Teleinfo Centrum Obsługi Sp. z o.o.", "Poznań", "2020-02", "2023-04", [
            "Inbound hotline for a mobile operator's prepaid customers in Polish and English",
            "Top-up problems, number porting, blocking lost SIM cards"], "facing", "contact_center"),
        E("Warehouse Operative (agency)", "Keystone Distribution via StaffLine Recruitment", "Northampton, UK", "2018-03", "2019-12", [
            "Picking with RF scanner, 180 units per hour target, reach truck licence"], "affecting"),
        E("Cashier", "Orlen-Gaz petrol station", "Kalinowo", "2016-07", "2018-02", [
            "Served drivers at the till, fuel payments, hot dogs and coffee"], "facing", "in_person_service"),
    ])],
    extra=[("Education and training", ["09.2012 – 06.2016  Technikum Ekonomiczne, Kalinowo – economics technician"]),
           ("Language skills", ["Mother tongue: Polish. English: B2 (listening C1, writing B2). German: A2."]),
           ("Consent", ["I agree to the processing of my personal data for the purposes of recruitment (GDPR)."])],
))

# w012 — Brazilian bank teller / telemarketing, HTML
R.append(dict(
    file="w012", family="Brazilian bank teller with outbound telemarketing and accounts-payable back office, HTML two-colour layout",
    renderer="html", order="title_org", dstyle="mm/yyyy", present="atual (current)", sep=" a ",
    css="body{font-family:Georgia,serif;background:#fafafa;max-width:820px;margin:24px auto}h1{color:#0b5d3b}h2{background:#0b5d3b;color:#fff;padding:3px 8px}.d{float:right;font-style:italic}",
    code="html, banner/title_org, mm/yyyy / 'atual (current)'",
    name="Larissa Fernandes Coutinho", contact=["Campinas – SP, Brazil (moving to Lisbon, Portugal)", "+55 19 99812-4470", "larissa.coutinho@mailbox.com.br"],
    summary="Bank teller with 5 years of contact with the public, looking for a customer-service position in a bank contact centre in Portugal. Portuguese (native), English (advanced), Spanish (intermediate).",
    summary_head="Objective",
    sections=[("Professional Experience", [
        E("Bank Teller (Caixa)", "Banco Paulista Regional S.A. – Agência Cambuí", "Campinas – SP", "2021-03", "present", [
            "Cash deposits and withdrawals, bill payments and boleto issuing at the counter",
            "Attend to elderly clients with INSS pension payments and card unblocking",
            "Close the cash drawer and treasury balance daily"], "facing", "in_person_service"),
        E("Telemarketing Operator (Outbound)", "Conecta Televendas Ltda.", "Campinas – SP", "2019-01", "2021-02", [
            "Active calls offering credit card and insurance products to bank clients",
            "Met monthly sales goal in 19 of 24 months"], "facing", "contact_center"),
        E("Administrative Assistant – Accounts Payable", "Metalúrgica Sumaré Indústria e Comércio Ltda.", "Sumaré – SP", "2017-02", "2018-12", [
            "Launch of supplier invoices in the ERP, payment schedule, bank reconciliation"], "none"),
        E("Young Apprentice (Jovem Aprendiz)", "Supermercados Irmãos Tavares", "Sumaré – SP", "2015-08", "2017-01", [
            "Packer at checkouts and support to the customer service desk on weekends"], "facing", "in_person_service", etype="internship"),
    ])],
    extra=[("Education", ["Bachelor in Accounting Sciences, Faculdade Metropolitana de Campinas, 2016 – 2020"]),
           ("Courses", ["CPA-10 (ANBIMA) certification, 2021", "Excel Intermediate – SENAC, 2018"])],
))

# w013 — UK contact-centre team leader, long career, reportlab 2 pages with footer
R.append(dict(
    file="w013", family="UK contact-centre team leader, 20-year career including WFM and retail, two-page reportlab with page footer",
    renderer="reportlab", layout="plain", centre=True, footer=True, caps=True, order="title_org", dstyle="mon", present="Present", sep=" – ", fs=10.5,
    code="reportlab, 2-page footer/title_org, mon / 'Present'",
    name="Gareth Nwachukwu-Bell", contact=["Swansea Valley", "07966 310 582", "gareth.nbell@mailbox.co.uk"],
    summary="Contact-centre leader with twenty years in financial services and retail. I've done the job at every level from the floor to workforce planning, and I still take the hardest calls myself. Looking for a team leader or senior advisor role in retail banking where I can get back closer to customers. Strong on coaching, complaints handling under DISP, vulnerable-customer policy, and making rotas that people can actually live with.",
    summary_head="Personal statement",
    sections=[("Career history", [
        E("Team Leader, Complaints", "Cambrian Mutual Building Society", "Swansea", "2019-04", "present", [
            "Lead 11 complaint handlers on stage-one and stage-two complaints about mortgages and savings",
            "Personally take over calls with customers in vulnerable circumstances and agree redress",
            "Write final response letters that survive Financial Ombudsman review (uphold rate 18% v. industry 34%)",
            "Quality-check 10 cases per handler per month and run the monthly calibration session",
            "Led the team through the Consumer Duty changes in 2023 and rewrote our script for bereavement calls"],
          "facing", "contact_center"),
        E("Workforce Planning Analyst", "Cambrian Mutual Building Society", "Swansea", "2016-01", "2019-03", [
            "Built the forecast and intraday plan for a 180-seat contact centre in Excel and Verint",
            "Wrote shift patterns and agreed them with operations managers",
            "Produced daily service-level reports for the leadership team"], "none"),
        E("Customer Service Advisor", "Cambrian Mutual Building Society", "Swansea", "2012-09", "2015-12", [
            "Inbound calls on savings accounts, ISAs and payment queries",
            "Passed to the bereavement team after 18 months – handled notifications from families"], "facing", "contact_center"),
        E("Complaints Handler", "Tawe Telecom", "Neath", "2009-05", "2012-08", [
            "Investigated billing and broadband-fault complaints and called customers with outcomes"], "facing", "contact_center"),
        E("Retail Supervisor", "Hartleys Electricals", "Swansea", "2005-03", "2009-04", [
            "Ran the shop floor on my shifts, cash office, key-holder, staff rotas",
            "Dealt with returns and angry customers at the service desk"], "facing", "in_person_service"),
        E("Volunteer Adviser", "Tawe Valley Citizens Advice", "Pontardawe", "2014-01", "2016-12", [
            "Weekly drop-in session helping clients with benefits and debt letters"],
          "facing", "volunteering", section="volunteer", etype="volunteer"),
    ])],
    extra=[("Education and qualifications", ["CII Certificate in Mortgage Advice (CeMAP 1) – 2018", "ILM Level 3 Certificate in Leadership and Management – 2017",
                                             "BTEC National Diploma in Business, Gorseinon College – 2004", "10 GCSEs A*–C"]),
           ("Systems", ["Verint WFM, Aspect, Salesforce, Microsoft Dynamics, Excel (advanced), Power BI (basic)"]),
           ("Interests", ["Coach an under-12s rugby team on Saturdays. Learning Welsh (Mynediad level)."]),
           ("References", ["References are available on request from my current and previous employers."])],
))

# w014 — US IT support, docx tabs
R.append(dict(
    file="w014", family="US IT support specialist (help desk, sysadmin, data-centre cabling, in-home tech), Word right tab-stop dates",
    renderer="docx", layout="tabs", order="title_org", dstyle="m/yyyy", present="Current", sep=" - ", bchar="▪",
    code="docx, tabs/title_org, m/yyyy / 'Current'",
    name="Anthony 'Tony' Szymanski", contact=["Parma Heights, OH 44130", "216-555-0193", "tszymanski.it@mailbox.com"],
    summary="IT generalist (CompTIA A+, Network+) looking to move into a bank's digital-support or contact-center team.",
    summary_head="Objective",
    sections=[("Professional Experience", [
        E("Systems Administrator", "Cuyahoga Valley Logistics", "Independence, OH", "2023-02", "present", [
            "Patch and monitor 40 Windows and Linux servers and the VMware cluster",
            "Automated backups and certificate renewals with PowerShell",
            "On-call rotation for after-hours outages"], "none"),
        E("IT Support Technician", "Westlake Regional Credit Union", "Westlake, OH", "2020-03", "2023-01", [
            "Tier 1/2 help desk for 220 staff across 9 branches: passwords, printers, teller scanners",
            "Walked branch staff through fixes over the phone and visited branches for hardware swaps"],
          "facing", "internal_support"),
        E("In-Home Technology Consultant", "TechNest Services", "Cleveland, OH", "2018-06", "2020-02", [
            "Set up TVs, Wi-Fi and smart-home kit in customers' homes and showed them how to use it"],
          "facing", "other_facing"),
        E("Network Cabling Technician", "Lakeshore Data Center Builders", "Cleveland, OH", "2016-09", "2018-05", [
            "Ran and terminated Cat6 and fiber in new data halls", "Labeled and certified runs with Fluke tester"], "none"),
        E("Bench Repair Technician", "PC Medic Parma", "Parma, OH", "2015-05", "2016-08", [
            "Diagnosed and repaired laptops dropped off at the counter; virus removal and data recovery in the back shop"],
          "affecting"),
    ])],
    extra=[("Certifications", ["CompTIA A+ (2016), Network+ (2019), ITIL 4 Foundation (2022)"]),
           ("Education", ["Associate of Applied Science, Network Technology – Tri-C Western Campus, 2016"])],
))

# w015 — UK returner after long break, plain text, year-only older dates, undated volunteer
R.append(dict(
    file="w015", family="UK returner after 12 years caring for family, former bank cashier, year-only older dates and an undated volunteer role",
    renderer="txt", order="title_org", dstyle="month", present="present", sep=" to ", caps=False, rule=None, bchar="-",
    code="txt, plain/title_org, month and year-only / 'present'",
    name="Helen Margaret Osei", contact=["Kingsmere, Bedfordshire", "01234 557 903 / 07723 119 064", "helen.osei62@mailbox.co.uk"],
    summary="After twelve years at home bringing up three children and looking after my mother, I am ready to go back to work. Before that I spent six years in a high-street bank branch, and I have kept busy volunteering at my children's school and as treasurer of the PTA.",
    summary_head="Personal profile",
    sections=[("Work history", [
        E("Career break - full-time parent and carer for my mother", None, None, "2014-09", "present", [
            "Managed the household budget, my mother's care package and hospital appointments"], "none", etype="unknown"),
        E("Mortgage Administrator", "Ouse Valley Building Society", "Bedford", "2010-01", "2014-08", [
            "Processed mortgage offers, checked valuations and chased solicitors for completion documents"], "affecting"),
        E("Customer Service Cashier", "Midshire Bank plc, High Street branch", "Kingsmere", "2004-01", "2009-12", [
            "Counter service, paying in, foreign currency orders, spotting signs of fraud on elderly customers' accounts"],
          "facing", "in_person_service", prec="year"),
    ]), ("Volunteering", [
        E("Reading Volunteer", "Kingsmere Lower School", "Kingsmere", "2017-09", "2024-07", [
            "Heard Year 1 and Year 2 children read twice a week"], "facing", "volunteering", section="volunteer", etype="volunteer"),
        E("PTA Treasurer", "Kingsmere Lower School PTA", "Kingsmere", None, None, [
            "Kept the accounts, banked takings from fairs and prepared the annual statement for the AGM"],
          "none", section="volunteer", etype="volunteer"),
    ])],
    extra=[("Education", ["Kingsmere Upper School - 8 GCSEs, 2 A levels (1999)", "AAT Level 2 Certificate in Bookkeeping - evening class, 2023"]),
           ("IT", ["Word, Excel, online banking; happy to learn new systems"])],
))
