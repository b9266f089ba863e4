"""Résumés w016–w030."""
from lib import E

R = []

R.append(dict(
    file="w016", family="Irish new graduate: pharmacy counter, student ambassador, summer claims internship, lifeguard, Markdown bold lines",
    renderer="md", mdstyle="bold", order="dash", dash=", ", dstyle="mon", present="Present", sep=" – ", bchar="*",
    code="md, bold/dash, mon / 'Present', season",
    name="Aoife Brennan-Kehoe", contact=["Gorey, Co. Wexford", "085 217 6630", "aoife.bk@mailbox.ie"],
    summary="Recent BComm graduate (2:1). I like solving problems for people and I am looking for a graduate role in a bank's customer operations.",
    sections=[("Experience", [
        E("Pharmacy Sales Assistant (part-time)", "Kehoe's Pharmacy", "Gorey", "2021-06", "present", [
            "Serve customers at the counter and hand out prescriptions the pharmacist has checked",
            "Refer over-the-counter medicine questions to the pharmacist"], "facing", "in_person_service"),
        E("Claims Intern", "Slaney Insurance DAC", "Wexford", "2024-06", "2024-08", [
            "Keyed in motor claim forms and checked policy cover before claims went to handlers",
            "Built an Excel tracker for outstanding repair invoices"], "affecting", etype="internship", dtext="Summer 2024"),
        E("Student Ambassador", "University of Leinster Business School", "Dublin", "2022-09", "2025-05", [
            "Led campus tours for prospective students and parents on open days"], "facing", "other_facing",
          section="other", etype="paid"),
        E("Lifeguard", "Courtown Leisure Centre", "Courtown", "2019-06", "2021-08", [], "facing", "other_facing"),
    ])],
    extra=[("Education", ["BComm, University of Leinster, 2021 – 2025 (2:1)", "Leaving Certificate 2021 – 521 points"]),
           ("Skills", ["Excel, Power BI (basic), Irish (fluent), French (B1)"])],
))

R.append(dict(
    file="w017", family="Indian contact-centre process trainer with QA and team-lead years, two-page fpdf2 with page numbers",
    renderer="fpdf2", layout="centred", footer=True, order="title_org", dstyle="mon.", present="Till Date", sep=" – ", fs=10.5, bchar="➢",
    code="fpdf2, 2-page footer/title_org, mon. / 'Till Date'",
    name="Rajeshwari Subramanian Iyer", contact=["Ambattur, Chennai – 600053", "+91 99401 58822", "rajeshwari.iyer@mailbox.in"],
    summary="Customer-experience professional with 12+ years in inbound voice processes for banking and insurance clients, across agent, quality, team-lead and training roles. Looking for a senior role in a retail bank's phone-banking unit. Strengths: process knowledge, calibration, coaching, and a steady hand on escalations. Comfortable with US, UK and domestic processes; Hindi, Tamil and English.",
    summary_head="Professional Summary",
    sections=[("Work Experience", [
        E("Process Trainer", "Coromandel Global Services Pvt. Ltd.", "Chennai", "2022-01", "present", [
            "Conduct 4-week new-hire training for phone-banking batches of 20–25 agents",
            "Run refresher sessions when process changes are released by the client",
            "Track nesting-period performance and hand trainees over to operations",
            "Certified 300+ agents; batch throughput 87% against 80% target"], "facing", "education"),
        E("Team Leader – Phone Banking", "Coromandel Global Services Pvt. Ltd.", "Chennai", "2018-07", "2021-12", [
            "Led 18 agents on a UK bank's credit-card line",
            "Handled escalated calls and supervisor call-backs to customers",
            "Daily huddles, attendance and shrinkage management"], "facing", "contact_center"),
        E("Quality Analyst", "Vistara Insurance Services", "Chennai", "2016-04", "2018-06", [
            "Audited 60 recorded calls per week against the quality form",
            "Shared feedback with agents and team leaders; calibration with client QA"], "affecting"),
        E("Senior Customer Care Executive", "Vistara Insurance Services", "Chennai", "2013-02", "2016-03", [
            "Inbound calls from policyholders on premium payment, claims status and nominee changes",
            "Handled escalations in absence of TL"], "facing", "contact_center"),
        E("Data Entry Operator", "Sri Lakshmi Computers", "Ambattur", "2011-06", "2013-01", [], "none"),
    ])],
    extra=[("Education", ["B.Sc. Mathematics, University of Madras – 2011", "HSC – 2008, SSLC – 2006"]),
           ("Achievements", ["Best Trainer – Q2 2023", "Star TL – FY 2020"]),
           ("Personal Profile", ["Date of Birth: 14 Aug 1990", "Marital Status: Married", "Languages: English, Tamil, Hindi"]),
           ("Declaration", ["I hereby declare that all the details furnished above are true to the best of my knowledge and belief."])],
))

R.append(dict(
    file="w018", family="Nigerian hotel accounts officer and audit trainee, Word two-column layout table with shaded sidebar",
    renderer="docx", layout="sidebar", order="title_org", dstyle="month", present="Date", sep=" to ",
    code="docx, sidebar/title_org, month / 'to Date'",
    name="Chinedu Emmanuel Okafor", contact=["Rumuokoro, Port Harcourt", "Rivers State", "+234 806 119 4432", "chinedu.okafor@mailbox.ng"],
    side=["#Key skills", "Sage 50, QuickBooks", "Bank reconciliation", "Payroll", "Customer relations", "", "#Personal data", "State of origin: Anambra", "Marital status: Single"],
    sections=[("Working Experience", [
        E("Accounts Officer", "Garden City Suites & Conference Centre", "Port Harcourt", "2022-09", "present", [
            "Prepare guest folios, post daily revenue and reconcile POS settlements",
            "Attend to guests' billing complaints at check-out with the front desk",
            "Monthly payroll for 64 staff and remittance of PAYE"], "facing", "in_person_service"),
        E("Accounts Assistant", "Rivbridge Building Materials Ltd", "Port Harcourt", "2020-02", "2022-08", [
            "Raised invoices and statements, posted receipts, chased overdue balances by letter"], "none"),
        E("Audit Trainee", "Okoro, Dike & Partners (Chartered Accountants)", "Owerri", "2018-11", "2019-10", [
            "Vouching and casting for year-end audits of client companies",
            "Prepared working papers under the senior's supervision"], "affecting", etype="internship"),
        E("NYSC – Bursary Assistant", "Community Secondary School, Umuaka", "Imo State", "2017-11", "2018-10", [
            "Issued receipts to parents paying school fees and kept the fees register"], "facing", "in_person_service", etype="internship"),
    ])],
    extra=[("Education", ["B.Sc. Accountancy, Nnamdi Azikiwe University, 2016", "ICAN ATS (Accounting Technician), 2019"]),
           ("Hobbies", ["Reading, football"]), ("Referees", ["Available on request"])],
))

R.append(dict(
    file="w019", family="South African cellphone-store sales consultant and store manager, caps text with employer headings and roles beneath",
    renderer="txt", order="orgfirst", orgcaps=True, dstyle="mon", present="Present", sep=" - ", caps=True, rule="~", bchar="o",
    code="txt, caps/orgfirst, mon / 'Present', year-only",
    name="Sipho Lwazi Ndlovu", contact=["Pinetown, Durban", "Cell: 083 226 4418", "E-mail: siphondlovu@mailbox.co.za"],
    sections=[("Employment Record", [
        E("Store Manager", "Cellzone Franchise Group", "Pavilion Mall, Westville", "2021-04", "present", [
            "Responsible for stock control, monthly budgets and staff of 6",
            "Handle customer escalations on contract upgrades and insurance claims on the shop floor"], "facing", "in_person_service"),
        E("Sales Consultant", "Cellzone Franchise Group", "Pavilion Mall, Westville", "2017-08", "2021-03", [
            "Sold contracts and prepaid devices, did credit vetting on the spot, achieved 120% of target in 2019"],
          "facing", "sales_account"),
        E("Merchandiser", "Impala Merchandising Services", "Durban", "2015-01", "2017-12", [
            "Packed shelves for suppliers in 8 supermarkets before trading, built promo stands, checked dates"],
          "affecting", prec="year"),
        E("Promoter", "Impala Merchandising Services", "Durban", "2014-01", "2014-12", [
            "Weekend in-store tastings for a cooldrink brand"], "facing", "in_person_service", prec="year"),
    ])],
    extra=[("Qualifications", ["Grade 12, Pinetown Boys' High, 2013", "Short course: Retail Management, Durban College, 2022"]),
           ("References", ["Mr S. Govender – Franchise Owner – 031 555 2017"])],
))

R.append(dict(
    file="w020", family="Canadian staff accountant volunteering at a free tax clinic, reportlab two-column header",
    renderer="reportlab", layout="twocolhead", letter=True, order="title_org", dstyle="month", present="Present", sep=" to ",
    code="reportlab, twocolhead/title_org, month / 'Present'",
    name="Priya Natarajan-Cole", contact=["Mississauga, ON", "905-555-0127", "priya.ncole@mailbox.ca"],
    summary="CPA candidate who has found she enjoys the tax-clinic nights more than month-end. Looking for a client-facing role in retail banking.",
    sections=[("Professional Experience", [
        E("Staff Accountant", "Credit Valley Packaging Inc.", "Brampton, ON", "2022-05", "present", [
            "Month-end close, accruals and intercompany reconciliations",
            "Support external auditors with schedules"], "none"),
        E("Accounts Payable Clerk", "Halton Fresh Foods Ltd.", "Oakville, ON", "2020-01", "2022-04", [
            "Matched supplier invoices to POs and ran the weekly cheque run"], "none"),
        E("Bookkeeper (contract)", "Self-employed", "Mississauga, ON", "2019-01", "2021-12", [
            "Kept QuickBooks books for four small businesses from receipts they dropped off",
            "Prepared HST filings for their review"], "affecting", etype="freelance"),
    ]), ("Volunteer Experience", [
        E("Volunteer Tax Preparer", "Community Volunteer Income Tax Program – Malton Neighbourhood Services", "Mississauga, ON", "2021-03", "2026-04", [
            "Met low-income seniors and newcomers one-on-one to complete their tax returns each spring"],
          "facing", "volunteering", section="volunteer", etype="volunteer"),
    ])],
    extra=[("Education", ["Bachelor of Commerce, Toronto Lakeshore University, 2019", "CPA PEP – Core 2 complete"])],
))

R.append(dict(
    file="w021", family="US personal banker with teller start, fraud operations and a fraud call-center stint, HTML",
    renderer="html", order="org_title", dstyle="mm/yyyy", present="Present", sep=" – ",
    code="html, simple/org_title, mm/yyyy / 'Present'",
    name="Marcus D. Whitfield", contact=["Gastonia, NC", "(704) 555-0139", "marcus.whitfield@mailbox.com"],
    summary="Banking professional with 8 years across branch, phone and operations roles.",
    sections=[("Experience", [
        E("Personal Banker", "Piedmont Federal Savings", "Gastonia, NC", "2023-01", "present", [
            "Open checking, savings and CD accounts for walk-in clients and review their needs",
            "Refer clients to mortgage and investment partners; 140% of referral goal in 2025"], "facing", "sales_account"),
        E("Fraud Operations Specialist", "Carolina Crest Bank", "Charlotte, NC", "2021-04", "2022-12", [
            "Worked queue of debit-card fraud alerts, reviewed transaction patterns and closed or escalated cases",
            "Filed Regulation E claim paperwork"], "affecting"),
        E("Fraud Contact Center Representative", "Carolina Crest Bank", "Charlotte, NC", "2019-08", "2021-03", [
            "Inbound calls from cardholders reporting fraud; verified identity, blocked cards and started claims"],
          "facing", "contact_center"),
        E("Teller", "Piedmont Federal Savings", "Belmont, NC", "2018-02", "2019-07", [], "facing", "in_person_service"),
    ])],
    extra=[("Education", ["B.S. Business Administration, Catawba Valley State University, 2017"]),
           ("Licenses", ["NMLS registered"])],
))

R.append(dict(
    file="w022", family="Australian school leaver with fast-food, checkout, farm work and a council library placement, Word heading styles",
    renderer="docx", layout="styles", order="dash", dash=" — ", dstyle="month", present="Current", sep=" – ",
    code="docx, styles/dash, month / 'Current'",
    name="Kayla Nguyen-Roberts", contact=["Wagga Creek NSW", "0431 554 210", "kaylanr@mailbox.com.au"],
    summary="Year 12 graduate (2025), hard-working and reliable, looking for full-time customer service work.",
    summary_head="Career Objective",
    sections=[("Work Experience", [
        E("Crew Member", "Grill Stack Burgers", "Wagga Creek", "2023-02", "present", [
            "Front counter and drive-thru", "Cleaning and restocking during close"], "facing", "in_person_service"),
        E("Checkout Operator", "FreshWay Supermarkets", "Wagga Creek", "2024-11", "2025-01", [
            "Christmas casual — registers and self-serve"], "facing", "in_person_service"),
        E("Farm Hand", "Murrumbong Station", "Tarcutta", "2022-12", "2023-01", [
            "Harvest help: grain carting, cleaning sheds, mustering sheep"], "none"),
        E("Work Placement — Library Customer Service", "Wagga Creek City Council Library", "Wagga Creek", "2024-05", "2024-05", [
            "Two-week school placement at the loans desk: issued cards, helped patrons with the catalogue"],
          "facing", "in_person_service", section="other", etype="internship"),
    ])],
    extra=[("Education", ["HSC, Wagga Creek High School, 2025", "Certificate II in Retail Services (VET), 2024"]),
           ("Referees", ["Tran Le, Shift Manager, Grill Stack — 0422 019 774"])],
))

R.append(dict(
    file="w023", family="Filipino nurse turned healthcare-account agent and virtual assistant, Markdown h3",
    renderer="md", mdstyle="h3", order="pipe", dstyle="mon", present="Present", sep=" – ", bchar="+",
    code="md, h3/pipe, mon / 'Present'",
    name="Jerome Paolo B. Macaraeg", contact=["Dagupan City, Pangasinan", "+63 928 771 0356", "jp.macaraeg@mailbox.ph"],
    summary="Registered Nurse (PH) with 6 years in healthcare BPO and remote work.",
    sections=[("Employment", [
        E("Virtual Assistant", "Self-employed (Upwork)", "Remote", "2024-02", "present", [
            "Update property listings and CRM records for a US real-estate team from their voice notes",
            "Draft listing descriptions and schedule social posts in Canva"], "affecting", etype="freelance"),
        E("Healthcare Account Representative", "MedAxis Global Solutions", "Dagupan City", "2020-07", "2024-01", [
            "Took inbound calls from US health-plan members on claims, benefits and prior authorisations",
            "Used clinical knowledge to explain EOBs in plain English"], "facing", "contact_center"),
        E("Staff Nurse", "Pangasinan Provincial Hospital", "San Carlos City", "2018-05", "2020-06", [
            "Medical-surgical ward, 1:12 nurse-patient ratio, IV therapy, patient education on discharge"],
          "facing", "healthcare_care"),
        E("Clinical Instructor (part-time)", "Lingayen School of Nursing", "Lingayen", "2019-06", "2020-03", [
            "Supervised nursing students on hospital duty"], "facing", "education"),
    ])],
    extra=[("License", ["Registered Nurse – PRC License No. 0xxxxxx (2018)"]), ("Education", ["BS Nursing, Lingayen School of Nursing, 2017"])],
))

R.append(dict(
    file="w024", family="US sales rep (outside B2B, inside sales, car sales) with warehouse start, fpdf2 left header, prose duties",
    renderer="fpdf2", layout="left", letter=True, order="org_title", dstyle="monapos", present="Present", sep=" – ", prose=True,
    code="fpdf2, left/org_title prose, mon 'yy / 'Present'",
    name="Brandon T. Kowalczyk", contact=["Toledo, OH", "419-555-0102", "bkowalczyk.sales@mailbox.com"],
    summary="Sales professional, 10 years, relationship-first. Looking to move into business banking sales.",
    summary_head="Summary",
    sections=[("Work History", [
        E("Outside Sales Representative", "Maumee Industrial Supply", "Toledo, OH", "2021-03", "present", [
            "Manage a territory of 85 manufacturing accounts and visit 12–15 customers a week",
            "Grew territory revenue from $2.1M to $3.4M in four years"], "facing", "sales_account"),
        E("Inside Sales Representative", "Great Lakes Office Products", "Perrysburg, OH", "2018-08", "2021-02", [
            "Called small-business accounts to reorder supplies and quoted furniture projects",
            "Upsold service contracts"], "facing", "sales_account"),
        E("Sales Consultant", "Lucas County Chevrolet", "Sylvania, OH", "2016-04", "2018-07", [
            "Walked buyers through new and used vehicles, test drives and trade-in appraisals, closed 12–14 units a month"],
          "facing", "sales_account"),
        E("Order Picker", "Glass City Distribution", "Toledo, OH", "2014-10", "2016-03", [
            "Picked and wrapped pallets for grocery store orders on nights"], "affecting"),
    ])],
    extra=[("Education", ["Some college – Owens Valley Community College (Business)"])],
))

R.append(dict(
    file="w025", family="UK hospitality manager who started as a chef, Word page header, employer line then title",
    renderer="docx", layout="header", order="org_title", dstyle="mon", present="Present", sep=" to ",
    code="docx, header/org_title, mon / 'Present'",
    name="Luca Fiorentino-Shaw", contact=["Harrowgate Spa, North Yorkshire · 07488 302 116 · luca.fshaw@mailbox.co.uk"],
    sections=[("Career History", [
        E("General Manager", "The Fleece at Harrowgate", "Harrowgate Spa", "2022-03", "present", [
            "Run a 90-cover restaurant and 12 bedrooms: P&L, rotas, licensing, supplier contracts",
            "On the floor every service; I handle guest complaints and TripAdvisor replies myself"], "facing", "in_person_service"),
        E("Assistant Manager", "Brewhouse Inns – The Crown", "Knaresby", "2019-05", "2022-02", [
            "Duty manager four nights a week, cash-up and banking, staff training"], "facing", "in_person_service"),
        E("Sous Chef", "Brewhouse Inns – The Crown", "Knaresby", "2015-08", "2019-04", [
            "Ran the pass, ordered stock, wrote specials, trained commis chefs"], "affecting"),
        E("Night Porter", "Ripley Park Hotel", "Ripley", "2013-06", "2015-07", [
            "Late check-ins, room-service orders, security rounds, breakfast set-up"], "facing", "in_person_service"),
    ])],
    extra=[("Qualifications", ["Personal Licence holder (APLH)", "Level 3 Food Safety", "NVQ Level 3 Professional Cookery, York College, 2013"])],
))

R.append(dict(
    file="w026", family="Indian IT-infrastructure engineer (NOC, desktop support, internship), text résumé with 'to date'",
    renderer="txt", order="inline", dstyle="mon", present="to date", sep=" - ", caps=False, rule="-", bchar="=>",
    code="txt, plain/inline, mon / 'to date'",
    name="Mohammed Faizan Qureshi", contact=["Tolichowki, Hyderabad", "+91 90009 44712", "faizan.qureshi@mailbox.in"],
    summary="Network & desktop support engineer with 4 years of experience. Seeking a role in technical customer support for a bank's digital channels.",
    summary_head="Objective",
    sections=[("Work Experience", [
        E("NOC Engineer L1", "Deccan Datacom Services Pvt Ltd", "Hyderabad", "2024-01", "present", [
            "24x7 monitoring of branch WAN links in SolarWinds and raising tickets with ISPs",
            "Coordinate with field engineers for link restoration, RCA reports"], "none"),
        E("Desktop Support Engineer", "Aster Infotech Managed Services (client: Kakatiya Gramin Bank)", "Hyderabad", "2021-11", "2023-12", [
            "Resolved end-user tickets for 300 bank staff: Outlook, printers, CBS client installs, VPN",
            "Visited users at their desks and branches for hardware issues"], "facing", "internal_support"),
        E("Intern - Web Development", "CodeNest Technologies", "Hyderabad", "2021-05", "2021-10", [
            "Built PHP pages for an internal HR portal"], "none", etype="internship"),
    ])],
    extra=[("Certifications", ["CCNA (2022)", "Microsoft 365 Fundamentals"]), ("Education", ["B.Tech (ECE), JNTU Hyderabad, 2021, 7.1 CGPA"]),
           ("Strengths", ["Quick learner, team player, punctual"])],
))

R.append(dict(
    file="w027", family="Irish back-office operations analyst with claims-line and gym reception jobs, reportlab single column, title/employer/dates lines",
    renderer="reportlab", layout="plain", order="dateline", dstyle="mon", present="Present", sep=" – ", bchar="–",
    code="reportlab, plain/dateline, mon / 'Present'",
    name="Niamh O'Sullivan-Dunne", contact=["Carrigaline, Co. Cork", "086 339 1204", "niamh.osd@mailbox.ie"],
    summary="Operations analyst who wants to go back to working with customers directly.",
    sections=[("Experience", [
        E("Payments Operations Analyst", "Lee Valley Bank Ireland DAC", "Cork", "2022-10", "present", [
            "Investigate rejected SEPA payments and recall requests from other banks",
            "Maintain standing-order and direct-debit mandates after branch closures"], "affecting"),
        E("Claims Handler", "Munster Mutual Insurance", "Cork", "2020-01", "2022-09", [
            "Took first notification of loss calls from home-insurance customers and kept them updated to settlement"],
          "facing", "contact_center"),
        E("Post Room Assistant", "Munster Mutual Insurance", "Cork", "2019-03", "2019-12", [
            "Opened, scanned and indexed incoming claim post to the right queue"], "affecting"),
        E("Receptionist (weekends)", "FlexFit Gym Douglas", "Douglas, Cork", "2016-09", "2019-08", [], "facing", "in_person_service"),
    ])],
    extra=[("Education", ["BA Economics and Geography, University College Munster, 2019"]), ("Interests", ["Sea swimming, camogie"])],
))

R.append(dict(
    file="w028", family="Canadian newcomer from India (bank relationship manager), relocation break, warehouse and delivery work, HTML sidebar",
    renderer="html", order="title_org", dstyle="mon", present="Present", sep=" – ",
    css="body{font-family:Verdana,sans-serif;display:grid;grid-template-columns:1fr}h2{color:#7a1f1f}.d{margin-left:1em;color:#666}",
    code="html, grid/title_org, mon / 'Present'",
    name="Harpreet Kaur Sandhu", contact=["Surrey, BC", "604-555-0165", "harpreet.sandhu@mailbox.ca"],
    summary="Banker with 7 years of relationship management in India, permanent resident since 2024.",
    summary_head="Profile",
    sections=[("Canadian Work Experience", [
        E("Warehouse Associate", "Fraser Fulfilment Centre", "Delta, BC", "2025-02", "present", [
            "Pick, pack and scan online orders to meet hourly rate"], "affecting"),
        E("Delivery Driver", "Independent (app-based)", "Surrey, BC", "2024-07", "2025-01", [
            "Delivered restaurant orders in my own car; most were leave-at-door"], "affecting", etype="freelance"),
        E("Settlement Volunteer", "Fraser Newcomer Welcome Society", "Surrey, BC", "2025-03", "present", [
            "Help newly arrived families fill out forms and open bank accounts; Punjabi and Hindi interpreting"],
          "facing", "volunteering", section="volunteer", etype="volunteer"),
    ]), ("International Work Experience", [
        E("Relocation to Canada", None, None, "2024-01", "2024-06", ["Immigration, settlement and job search"], "none", etype="unknown"),
        E("Relationship Manager – Retail Liabilities", "Pashmina Co-operative Bank Ltd.", "Ludhiana, Punjab, India", "2016-08", "2023-12", [
            "Managed a book of 450 high-value savings customers and met them at the branch and their businesses",
            "Cross-sold fixed deposits, insurance and loans; 3-time 'Star Performer'"], "facing", "sales_account"),
    ])],
    extra=[("Education", ["MBA (Finance), Punjab Doaba University, 2016", "B.Com, 2014"]), ("Languages", ["English, Punjabi, Hindi"])],
))

R.append(dict(
    file="w029", family="Europass-style CV from a Spanish applicant in Ireland: hotel reception, tour guide season, warehouse, barista, Word tab-stop dates",
    renderer="docx", layout="tabs", order="title_org", dstyle="mm/yyyy", present="current", sep=" – ",
    code="docx, tabs/title_org, mm/yyyy / 'current', season",
    name="Inés Domínguez Carrasco", contact=["Nationality: Spanish", "Address: 22 Merchant's Quay Apartments, Galway, Ireland", "Phone: +353 87 602 3319", "Email: ines.dominguez@mailbox.es"],
    sections=[("Work experience", [
        E("Barista", "Corrib Bean Coffee House", "Galway", "2025-05", "present", [
            "Coffee and food service, opening shifts, training new staff"], "facing", "in_person_service"),
        E("Warehouse Operative", "Atlantic Pharma Logistics", "Oranmore", "2024-01", "2025-04", [
            "Goods-in checks, temperature logs, picking medicine orders for pharmacies"], "affecting"),
        E("Tour Guide (seasonal)", "Rutas del Sur Excursiones", "Málaga, Spain", "2023-06", "2023-08", [
            "Guided day trips for groups of 30 in Spanish and English"], "facing", "other_facing", dtext="Summer 2023"),
        E("Hotel Receptionist", "Hotel Mirador de la Alcazaba", "Málaga, Spain", "2019-04", "2023-05", [
            "Check-in and check-out, bookings by phone and email, resolved room complaints"], "facing", "in_person_service"),
    ])],
    extra=[("Education and training", ["2015 – 2018  Técnico Superior en Gestión de Alojamientos Turísticos, IES Costa del Sol"]),
           ("Language skills", ["Spanish: mother tongue. English: C1. French: B1."]),
           ("Digital skills", ["Opera PMS, Microsoft Office, Canva"])],
))

R.append(dict(
    file="w030", family="US military spouse returning to work: dental front desk, medical billing, substitute teaching, thrift-shop volunteering, Markdown bold",
    renderer="md", mdstyle="bold", order="title_org", dstyle="mon", present="Present", sep=" - ", bchar="-",
    code="md, bold/title_org, mon and year-only / 'Present'",
    name="Jessica Marie Delacroix", contact=["Fort Hollis, TX", "(254) 555-0187", "jess.delacroix@mailbox.com"],
    summary="Military spouse, three moves in eight years, back on the job market now we are staying put.",
    summary_head="Summary",
    sections=[("Work History", [
        E("Substitute Teacher", "Hollis Independent School District", "Fort Hollis, TX", "2024-08", "present", [
            "Cover K-8 classrooms on short notice, 2-4 days a week"], "facing", "education"),
        E("Family time (relocations, two children under 5)", None, None, "2021-01", "2024-07", [], "none", etype="unknown"),
        E("Medical Biller", "Tidewater Orthopaedic Associates", "Norfolk, VA", "2018-01", "2020-12", [
            "Coded and submitted insurance claims, worked denials, posted EOB payments"], "affecting", prec="year"),
        E("Front Desk Coordinator", "Bright Smiles Family Dentistry", "Killeen, TX", "2015-01", "2017-12", [
            "Checked patients in and out, verified insurance, scheduled recalls"], "facing", "in_person_service", prec="year"),
    ]), ("Volunteer", [
        E("Volunteer Cashier", "Fort Hollis Spouses' Club Thrift Shop", "Fort Hollis, TX", "2023-03", "present", [
            "Two Saturday shifts a month on the register"], "facing", "volunteering", section="volunteer", etype="volunteer"),
    ])],
    extra=[("Education", ["A.A.S. Medical Office Administration, Central Texas Valley College"]), ("Certifications", ["CPR/AED"])],
))
