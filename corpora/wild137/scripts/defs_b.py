"""wild137 résumés w016–w030 (banking, insurance, financial services).

All people, employers, addresses, phone numbers and e-mail addresses are invented.
"""
from lib import E

RESUMES = []
add = RESUMES.append

# --------------------------------------------------------------------------- w016
add(dict(
    file="w016.pdf", fmt="rl",
    family="Canadian newcomer from Indian co-operative banking now a credit-union member service rep, reportlab left-aligned, title / employer / dates on separate lines, Canadian and international headings",
    name="Hetal Jignesh Parikh",
    contact_lines=["Winnipeg, MB R3M  ·  204-555-0171  ·  hetal.parikh@prairiemail.example"],
    layout="plain", halign="left", font="dejavu", size=9.5, hstyle="plain", hupper=False, hsize_add=3,
    order="dateline", org_style="r", date_style="i", dstyle="month", present="Present", dsep=" – ",
    bullet="–", name_size=21,
    summary="Banking professional with nine years in India and three in Canada. Permanent resident. Fluent in "
            "English, Gujarati and Hindi.",
    blocks=[
        ("exp", "Canadian Experience", [
            E("Member Service Representative", "Red River Prairie Credit Union", "Winnipeg, MB", "2023-11",
              "present", "facing", "in_person_service", [
                  "Serve members at the branch counter and by phone: deposits, bill payments, drafts and US-dollar exchange",
                  "Open memberships and chequing accounts, verifying ID under FINTRAC rules",
                  "Refer members to lending and wealth colleagues; branch referral leader in 2025",
              ]),
            E("Customer Contact Centre Agent", "Maple Leaf Card Services", "Winnipeg, MB", "2023-03", "2023-10",
              "facing", "contact_center", [
                  "Inbound calls on credit card balances, payments, credit-limit increases and lost cards",
              ], note="contract"),
        ]),
        ("exp", "International Experience", [
            E("Assistant Manager – Branch Operations", "Narmada Urban Co-operative Bank Ltd.", "Vadodara, India",
              "2016-06", "2022-12", "facing", "in_person_service", [
                  "Ran day-to-day operations of a branch with 11 staff: cash, cheque clearing (CTS), lockers and RBI returns",
                  "Attended to customer grievances at the branch and closed them within the bank's 7-day norm",
                  "Concurrent and statutory audit compliance; branch rated 'A' in 2021",
              ], prose=True),
            E("Probationary Officer", "Narmada Urban Co-operative Bank Ltd.", "Vadodara, India", "2014-01",
              "2016-05", "facing", "in_person_service", [
                  "Rotated through the deposits, loans and cash desks",
                  "Opened savings and fixed-deposit accounts for walk-in customers after KYC checks",
              ]),
        ]),
        ("exp", "Volunteer Experience", [
            E("Volunteer Tax Preparer (CVITP)", "Osborne Village Community Resource Centre", "Winnipeg, MB",
              "2024-03", "2024-04", "facing", "volunteering", [
                  "Completed simple returns for seniors and newcomers at free evening clinics",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "MBA (Finance) – Vishwamitri Institute of Management, Vadodara, 2013 (WES: Canadian master's equivalent)",
            "Canadian Securities Course (CSC) – Canadian Securities Institute, 2024",
        ]),
    ],
))

# --------------------------------------------------------------------------- w017
add(dict(
    file="w017.docx", fmt="docx",
    family="UK commercial underwriter trading with brokers after desk underwriting and a syndicate assistant role, Word tab-stop dates, employer line first then title",
    name="Oliver Stenning-Hale ACII",
    contact=["Walthamstow, London E17", "07700 900 845", "o.stenninghale@postmail.example"],
    dlayout_page="plain", dhstyle="rule", hupper=True, dhsize=11, dbullets="glyph", bullet="–",
    dfont="Georgia", dsize=10, order="org_title", title2_style="bi", dstyle="mon.", present="Present",
    dsep=" – ", orgsep=", ",
    summary="Chartered Insurer underwriting SME property and casualty packages. Strong broker relationships "
            "across the South East and a disciplined, data-led approach to risk selection.",
    blocks=[
        ("exp", "Experience", [
            E("Senior Underwriter – SME Property & Casualty", "Thameside Commercial Insurance Ltd", "London EC3",
              "2021-09", "present", "facing", "sales_account", [
                  "Trade with a panel of 40 regional brokers: visit their offices, present our appetite and negotiate terms on larger risks",
                  "Underwrite packages up to £50m TIV within a £3m personal authority",
                  "Mentor two underwriters through their CII exams",
              ]),
            E("Underwriter", "Thameside Commercial Insurance Ltd", "London EC3", "2018-01", "2021-08", "affecting",
              None, [
                  "Assessed risk presentations and survey reports; rated, quoted and bound SME packages through the broker portal",
                  "Referred risks outside authority with a written recommendation",
              ], prose=True),
            E("Underwriting Assistant", "Fenchurch Syndicate Services Ltd", "London EC3", "2015-06", "2017-12",
              "affecting", None, [
                  "Checked slips and policy wordings before issue and loaded risks to the underwriting system",
                  "Processed coverholder bordereaux and chased missing data",
              ]),
            E("Bookseller", "Pageturner Books", "Canterbury", "2012-10", "2015-05", "facing", "in_person_service", [
                  "Tills, customer orders and the children's section at weekends",
              ], note="part-time"),
        ]),
        ("lines", "Qualifications", [
            "ACII – Chartered Insurer, Chartered Insurance Institute (2023)",
            "Diploma in Insurance (Dip CII), 2019",
            "BA (Hons) History, University of the Weald, 2015 – 2:1",
        ]),
        ("para", "Interests", "Cricket (club treasurer's assistant), cycling, long-distance walking."),
        ("para", "References", "Available on request."),
    ],
))

# --------------------------------------------------------------------------- w018
add(dict(
    file="w018.txt", fmt="txt",
    family="Philippine bank collections specialist with loans processing, rural-bank teller, family-store bookkeeping and OJT at a city treasury window, plain text caps headings, title, employer and dates on one line",
    name="Jerome A. Dimaculangan",
    contact_lines=["Blk 7 Lot 12 Mabini Homes, Lipa City, Batangas", "Mobile: 0917-555-0382",
                   "E-mail: jerome.dimac@mailhub.example"],
    txt_hstyle="caps", order="inline", dstyle="month", present="Present", dsep=" to ", bullet="•",
    txt_indent="   ",
    summary="To be part of a bank's collections or credit team where my 9 years of banking experience can help "
            "the company reach its goals.",
    summary_head="Objective",
    blocks=[
        ("exp", "Work Experience", [
            E("Collections Specialist – Auto Loans", "Luzon Premier Bank", "Makati City", "2022-01", "present",
              "facing", "contact_center", [
                  "Call borrowers with past-due auto loans (31-90 days) and agree on payment plans or restructuring",
                  "Skip-trace unreachable borrowers and endorse accounts for repossession to the field team",
              ]),
            E("Loans Processing Associate", "Luzon Premier Bank", "Makati City", "2019-08", "2021-12", "affecting",
              None, [
                  "Checked completeness of auto and housing loan applications and encoded them in the loan system",
                  "Ordered credit bureau reports and prepared the credit memo for the approver",
              ]),
            E("Bank Teller", "Batangas Countryside Bank", "Lipa City", "2017-06", "2019-07", "facing",
              "in_person_service", [
                  "Accepted deposits, withdrawals, loan payments and bills payment at the counter",
                  "Explained e-banking enrollment and sold prepaid cards",
              ]),
            E("Bookkeeping Assistant", "Dimaculangan Hardware & Construction Supply", "Lipa City", "2015-06",
              "2016-12", "none", None, [
                  "Recorded daily sales and purchases in the books of our family's store and reconciled the bank account",
                  "Prepared the monthly BIR return figures for the external accountant",
              ], note="part-time, while studying"),
        ]),
        ("exp", "On-the-Job Training", [
            E("OJT Trainee", "Lipa City Treasury Office", "Lipa City", "2017-01", "2017-03", "facing",
              "in_person_service", [
                  "Assisted at the real property tax collection window and issued official receipts to taxpayers",
              ], etype="internship"),
        ]),
        ("lines", "Education", [
            "Bachelor of Science in Business Administration, Major in Financial Management",
            "Batangas Polytechnic College, 2013 - 2017",
        ]),
        ("lines", "Eligibility", ["Career Service Professional Eligibility (2018)"]),
        ("kv", "Personal Information", [("Age", "31"), ("Civil Status", "Married"),
                                        ("Citizenship", "Filipino")]),
        ("lines", "Character References", [
            "Ms. Arlene C. Mercado - Collections Head, Luzon Premier Bank - 0918-555-0144",
            "Mr. Ramil T. Katigbak - Branch Manager, Batangas Countryside Bank - 0927-555-0120",
        ]),
    ],
))

# --------------------------------------------------------------------------- w019
add(dict(
    file="w019.pdf", fmt="fpdf",
    family="Irish payments-fintech CV moving from in-app support to KYC to AML monitoring, fpdf2 shaded sidebar, employer line carries the dates, capitals month dates",
    name="Ciarán Moloney",
    contact=["Rathmines, Dublin 6", "085 555 0129", "ciaran.moloney@postmail.example"],
    layout="sidebar", font="cond", size=9.5, side_w=180, side_rgb=(236, 233, 245), hstyle="color",
    accent_rgb=(70, 40, 120), order="title_orgdate", org_style="i", dstyle="MON", present="PRESENT",
    dsep=" – ", bullet="►", bullet_indent=12, page2_x0=50,
    side=[
        ("list", "Skills", ["Transaction monitoring", "EDD & PEP screening", "STR drafting",
                            "SQL, Excel", "Zendesk, Intercom", "Irish (fluent), French (B1)"]),
        ("lines", "Certifications", ["CAMS – ACAMS, 2025", "Certified KYC Specialist – 2023"]),
        ("lines", "Education", ["BSc Business Information Systems", "Atlantic University, Galway", "2016 – 2020"]),
    ],
    blocks=[
        ("exp", "Experience", [
            E("AML Analyst – Transaction Monitoring", "Grand Canal Payments Ltd", "Dublin 2", "2024-04", "present",
              "none", None, [
                  "Investigate transaction-monitoring alerts on card and SEPA payments and record the rationale in the case tool",
                  "Draft suspicious transaction reports for the MLRO to file with the FIU and Revenue",
                  "Support the annual business-wide risk assessment under the CJA 2010",
              ]),
            E("KYC Onboarding Specialist", "Grand Canal Payments Ltd", "Dublin 2", "2022-02", "2024-03", "affecting",
              None, [
                  "Reviewed identity documents, selfies and proof of address for new personal and business accounts",
                  "Applied enhanced due diligence to PEPs and high-risk jurisdictions, then approved or declined",
              ]),
            E("In-App Support Agent", "Grand Canal Payments Ltd", "Dublin 2", "2020-06", "2022-01", "facing",
              "digital_service", [
                  "Answered customers in the in-app chat and by email about top-ups, frozen accounts and refunds",
                  "82% first-contact resolution across 40+ chats a day",
              ]),
            E("Customer Assistant", "Corrib Convenience", "Galway", "2017-09", "2020-05", "facing",
              "in_person_service", [
                  "Tills, deli counter and lotto terminal; opened and closed the shop at weekends",
              ], note="part-time"),
        ]),
        ("exp", "College", [
            E("Treasurer", "Atlantic University Finance Society", "Galway", "2018-09", "2019-05", "none", None, [
                  "Kept the society's accounts and invoiced sponsors for the annual careers night",
              ], section="other", etype="volunteer"),
        ]),
    ],
))

# --------------------------------------------------------------------------- w020
add(dict(
    file="w020.docx", fmt="docx",
    family="Indian health-insurance TPA and bancassurance CV (agent, call centre, cashless desk, bank-branch RM), Word with name in the page header and a table per job holding the bullets",
    name="Sneha Prakash Kulkarni",
    contact_lines=["Thane (W), Maharashtra  |  +91 98200 55731  |  sneha.kulkarni@postbox.example"],
    dlayout_page="header", dlayout="table", bullets_in_table=True, dhstyle="rule", hupper=True,
    dhcolor="7B2C2C", dbullets="glyph", bullet="❖", dfont="Calibri", dsize=10, dcol_w=1.9,
    order="title_org", org_style="i", dstyle="month", present="Present", dsep=" – ",
    dfooter="Sneha P. Kulkarni | Curriculum Vitae",
    headline="Bancassurance Relationship Manager | Health & Life Insurance",
    summary="7+ years in life and health insurance across sales, customer care and claims. Licentiate of the "
            "Insurance Institute of India.",
    summary_head="Career Summary",
    blocks=[
        ("exp", "Work Experience", [
            E("Relationship Manager – Bancassurance", "Sahyadri Life Insurance Co. Ltd.", "Mumbai", "2023-04",
              "present", "facing", "sales_account", [
                  "Stationed at four partner bank branches in Thane; meet walk-in bank customers referred by branch staff",
                  "Explain term, ULIP and pension plans, complete need analysis and log in applications",
                  "Achieved 124% of FY 2024-25 APE target",
              ]),
            E("Claims Executive – Cashless Desk", "Konkan Health TPA Pvt. Ltd.", "Navi Mumbai", "2020-08",
              "2023-03", "affecting", None, [
                  "Processed cashless pre-authorisation and enhancement requests from network hospitals within TAT",
                  "Checked policy terms, sub-limits and waiting periods; raised query letters for missing documents",
              ]),
            E("Customer Care Executive (Inbound Voice)", "Konkan Health TPA Pvt. Ltd.", "Navi Mumbai", "2018-08",
              "2020-07", "facing", "contact_center", [
                  "Attended policyholder calls on claim status, e-cards, network hospitals and reimbursement documents",
                  "Resolved complaints and escalated grievances to the IGMS desk",
              ]),
            E("Insurance Advisor", "Jeevan Nidhi Life Insurance", "Thane", "2016-06", "2018-07", "facing",
              "sales_account", [
                  "Sold endowment and term policies to families in my locality on commission while studying",
              ], etype="freelance", note="part-time"),
        ]),
        ("list", "Education & Certifications", [
            "MBA (Insurance & Risk Management), Konkan Institute of Management Studies – 2018",
            "B.Com, University of Thane – 2016",
            "Licentiate, Insurance Institute of India – 2019",
            "IRDAI Agent Licence – 2016",
        ]),
        ("kv", "Personal Details", [("Date of Birth", "22/09/1995"), ("Languages", "Marathi, Hindi, English"),
                                    ("Notice Period", "30 days")]),
        ("para", "Declaration", "I declare that the particulars given above are true to the best of my knowledge."),
    ],
))

# --------------------------------------------------------------------------- w021
add(dict(
    file="w021.docx", fmt="docx",
    family="Scottish economics student with a building-society Saturday job, a fund-operations summer internship, bar work and peer money mentoring, Word table with dates in the left column",
    name="Euan MacAskill",
    contact=["Marchmont, Edinburgh EH9", "07700 900 316", "euan.macaskill@studentmail.example"],
    dlayout_page="plain", dlayout="datesleft", dgutter=1.45, dleft_bold=True, dhstyle="rule", hupper=False,
    dhsize=12, dbullets="style", dfont="Calibri", dsize=10.5, dcenter=True,
    order="title_org", org_style="i", dstyle="mon", present="Present", dsep=" - ",
    summary="Final-year economics student looking for a graduate place in banking operations or customer-facing "
            "finance.",
    blocks=[
        ("lines", "Education", [
            ("MA (Hons) Economics", ", Holyrood University, Edinburgh", "2021 - 2025 (expected First)"),
            ("Highers", ": Maths A, Economics A, English B, Physics B", "2021"),
        ]),
        ("exp", "Experience", [
            E("Customer Service Assistant", "Lothian Building Society", "Edinburgh", "2024-09", "present", "facing",
              "in_person_service", [
                  "Counter service for members on Saturdays and two weekday afternoons",
                  "Help members open savings accounts and register for the app",
              ], note="part-time"),
            E("Summer Intern – Fund Operations", "Forth Asset Services Ltd", "Edinburgh", "2024-06", "2024-08",
              "none", None, [
                  "Reconciled daily cash positions for six OEIC funds and investigated trade breaks with the custodian",
              ], etype="internship", dates="Summer 2024"),
            E("Bartender", "The Thistle & Crown", "Edinburgh", "2022-09", "2024-05", "facing", "in_person_service", [
                  "Busy Grassmarket bar: served, took card and cash payments and checked ID",
              ]),
        ]),
        ("exp", "Volunteering", [
            E("Peer Money Mentor", "Holyrood University Students' Association", "Edinburgh", "2023-01", "2023-12",
              "facing", "volunteering", [
                  "Ran weekly drop-in budgeting sessions for first-year students and signposted them to hardship funds",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Excel (pivot tables, XLOOKUP), Stata, basic Python",
                            "Full UK driving licence", "Gaelic (conversational)"]),
        ("para", "References", "Mrs Fiona Gillies, Branch Manager, Lothian Building Society – details on request."),
    ],
))

# --------------------------------------------------------------------------- w022
add(dict(
    file="w022.pdf", fmt="rl",
    family="US payments-operations manager (wires, ACH, accounts payable) with a credit-union teller start and a volunteer treasurer role, reportlab sidebar, pipe title lines, mm/yyyy",
    name="Steven Kowalczyk",
    contact=["Wilmington, DE 19806", "(302) 555-0153", "skowalczyk@mailpost.example"],
    layout="sidebar", font="helv", size=9.5, side_w=168, side_shade=(0.93, 0.93, 0.93), name_split=1,
    paper="letter", hstyle="shade", order="pipe", dstyle="mm/yyyy", present="Present", dsep=" - ",
    bullet="-", bullet_indent=10,
    side=[
        ("list", "Core Skills", ["Fedwire & SWIFT MT/MX", "ACH returns and NOCs", "OFAC screening",
                                 "Process improvement", "Team leadership"]),
        ("list", "Systems", ["Bottomline GTX", "Oracle AP", "Excel / VBA", "Power BI"]),
        ("lines", "Education", ["B.S. Accounting", "University of the Brandywine", "2015"]),
        ("lines", "Certification", ["Accredited ACH Professional (AAP), 2020"]),
    ],
    blocks=[
        ("exp", "Professional Experience", [
            E("Operations Manager – Wire Transfers", "Brandywine Trust Company", "Wilmington, DE", "2022-06",
              "present", "affecting", None, [
                  "Lead a team of 9 that releases about 2,000 domestic and international wires a day before cut-off",
                  "Own OFAC screening quality and the wire-fraud control framework",
                  "Cut repair rates from 4.1% to 1.6% with Fedwire and SWIFT format checks",
              ]),
            E("Payments Operations Analyst", "Brandywine Trust Company", "Wilmington, DE", "2019-03", "2022-05",
              "affecting", None, [
                  "Investigated returned and rejected ACH and wire payments and processed corrections",
                  "Reconciled the payments suspense account daily",
              ]),
            E("Accounts Payable Specialist", "Christiana Medical Supply Inc.", "Newark, DE", "2016-01", "2019-02",
              "none", None, [
                  "Processed 600+ vendor invoices a month in Oracle; vendor master maintenance and 1099 reporting",
              ]),
            E("Teller", "Delaware Valley Federal Credit Union", "Newark, DE", "2013-09", "2015-12", "facing",
              "in_person_service", [
                  "Member transactions, coin counting and night-deposit processing",
              ], note="part-time"),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Treasurer", "Wilmington Youth Rowing Association", "Wilmington, DE", "2020", "present",
              "none", None, [
                  "Keep the books, prepare the annual budget and file the Form 990-EZ",
              ], section="volunteer", etype="volunteer"),
        ]),
    ],
))

# --------------------------------------------------------------------------- w023
add(dict(
    file="w023.docx", fmt="docx",
    family="Philippine life-insurance financial advisor with payroll and credit-card BPO past, Word shaded sidebar layout table with a nested table per job",
    name="Rowena Salonga-Pascual",
    contact_lines=["Project 4, Quezon City", "0917 555 0416", "rowena.sp@mailhub.example"],
    contact=["Project 4, Quezon City", "0917 555 0416", "rowena.sp@mailhub.example"],
    dlayout_page="sidebar", dlayout="table", dside_w=2.1, dside_fill="F3E6D8", dhstyle="plain", hupper=True,
    dhsize=11.5, dbullets="dash", bullet="✓", dfont="Century Gothic", dsize=9.5, dcol_w=1.35,
    order="title_org", org_style="i", dstyle="mon", present="Present", dsep=" – ",
    side=[
        ("kv", "Personal", [("Birthday", "May 3, 1993"), ("Civil status", "Single")]),
        ("list", "Licenses", ["Insurance Commission – Traditional Life (2021)", "Variable Life / VUL (2022)"]),
        ("lines", "Education", ["BS Accountancy Technology", "Polytechnic Institute of Mandaluyong", "2010 – 2014"]),
        ("list", "Skills", ["Needs-based selling", "Payroll (SAP, Excel)", "Cantonese (basic)"]),
    ],
    summary="Licensed financial advisor who started in a credit card call centre and spent three years in payroll.",
    blocks=[
        ("exp", "Work Experience", [
            E("Financial Advisor", "Bayanihan Life Assurance Corp.", "Quezon City", "2021-03", "present", "facing",
              "sales_account", [
                  "Meet clients at their homes, offices and online to plan life, health and education insurance",
                  "Handle policy servicing for 180 clients: fund switches, policy loans and claim filing",
                  "Million Peso Club qualifier 2023 and 2024",
              ], etype="freelance"),
            E("Payroll Associate", "Pasig Shared Services Center Inc.", "Pasig City", "2018-07", "2021-02", "none",
              None, [
                  "Prepared semi-monthly payroll for 1,400 employees: overtime, night differential and 13th-month pay",
                  "Filed SSS, PhilHealth and Pag-IBIG remittances and BIR Form 1601-C",
              ]),
            E("Customer Service Representative – Credit Card (Voice)", "Northstar BPO Philippines Inc.",
              "Ortigas, Pasig City", "2016-02", "2018-06", "facing", "contact_center", [
                  "Handled inbound calls from Australian credit card holders: balance enquiries, disputes and hardship requests",
              ]),
            E("Sales Associate", "Galleria Cristal Department Store", "Quezon City", "2014-04", "2016-01", "facing",
              "in_person_service", [
                  "Assisted shoppers in ladies' wear and covered the cashier counter during sale days",
              ]),
        ]),
        ("lines", "Character References", ["Available upon request."]),
    ],
))

# --------------------------------------------------------------------------- w024
add(dict(
    file="w024.txt", fmt="txt",
    family="South African business banker whose teller and credit-controller years are year-only, plain text with employer headings in capitals and roles beneath, soup-kitchen volunteering",
    name="Sipho Wiseman Ndlovu",
    contact_lines=["Umhlanga Rocks, Durban 4319", "Cell: 083 555 0197 | Email: sipho.ndlovu@webmail.example",
                   "ID available on request | Driver's licence: Code B"],
    txt_hstyle="box", txt_width=84, order="orgfirst", dstyle="mon", present="Present", dsep=" – ",
    bullet="-", txt_indent="    ",
    summary="Business banking relationship manager with 12 years at one bank, from the teller counter through "
            "credit to managing an SME portfolio in the greater Durban area.",
    summary_head="Profile",
    blocks=[
        ("exp", "Work Experience", [
            E("Relationship Manager – Business Banking", "UMGENI COMMERCIAL BANK LIMITED", "Durban", "2021-06",
              "present", "facing", "sales_account", [
                  "Manage a portfolio of 120 SME clients with turnover up to R50m",
                  "Visit clients on site and structure overdrafts, asset finance and trade facilities",
              ]),
            E("Credit Analyst", "UMGENI COMMERCIAL BANK LIMITED", "Durban", "2018-01", "2021-05", "affecting", None, [
                  "Spread financial statements and wrote credit applications for the business banking team",
                  "Recommended facility limits and covenants to credit committee",
              ]),
            E("Bank Teller", "UMGENI COMMERCIAL BANK LIMITED", "Durban", "2014", "2017", "facing",
              "in_person_service", [
                  "Cash and cheque deposits, foreign notes and account queries at the Pinetown branch",
              ]),
            E("Credit Controller", "BEREA FURNISHERS (PTY) LTD", "Durban", "2012", "2013", "facing",
              "contact_center", [
                  "Phoned hire-purchase customers in arrears and arranged payments; handed over long outstanding accounts",
              ]),
        ]),
        ("exp", "Community Involvement", [
            E("Volunteer Server", "PHOENIX COMMUNITY SOUP KITCHEN", "Phoenix", "2010", "present", "facing",
              "volunteering", [
                  "Saturday mornings: serve meals and help run the queue",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Qualifications", [
            "BCom Accounting (part-time) – University of the Midlands, completed 2017",
            "Credit Management NQF 5 – Institute of Credit Management SA, 2019",
            "Matric – Phoenix Secondary School, 2009",
        ]),
        ("lines", "References", [
            "Mrs P. Govender, Head: Business Banking KZN, Umgeni Commercial Bank – 031 555 0110",
            "Mr D. Pillay, Financial Manager, Berea Furnishers – 031 555 0188",
        ]),
    ],
))

# --------------------------------------------------------------------------- w025
add(dict(
    file="w025.pdf", fmt="fpdf",
    family="US retirement-plan registered rep (Series 6/63) on the participant phone line after plan administration, barista start and a wealth internship, fpdf2 left header, 'Title – Employer, City' lines, Mon 'YY dates",
    name="Alyssa Kristoffersen",
    contact=["Denver, CO 80218", "720-555-0135", "alyssa.k@mailbox.example", "FINRA Series 6 / 63"],
    layout="left", font="dejavu", size=10, hstyle="rule", paper="letter", contact_sep="  ·  ",
    order="dash", dash=" – ", dstyle="mon'yy", present="Present", dsep=" – ", bullet="•",
    blocks=[
        ("exp", "Experience", [
            E("Registered Representative – Participant Services", "Front Range Retirement Services", "Denver, CO",
              "2022-01", "present", "facing", "contact_center", [
                  "Take inbound calls from 401(k) and 403(b) participants about contributions, loans, rollovers and distributions",
                  "Explain rollover options within Series 6/63 scope, without giving investment advice",
                  "Average 45 calls a day with a 94% quality score",
              ]),
            E("Retirement Plan Administrator", "Front Range Retirement Services", "Denver, CO", "2019-08", "2021-12",
              "affecting", None, [
                  "Processed loans, hardship withdrawals and distributions for 60 small-business plans",
                  "Ran ADP/ACP nondiscrimination testing and prepared Form 5500 data",
              ]),
            E("Barista", "Mile High Coffee Co.", "Boulder, CO", "2017-05", "2019-07", "facing", "in_person_service", [
                  "Opening shifts on the espresso bar and register; trained five new baristas",
              ]),
        ]),
        ("exp", "Internship", [
            E("Wealth Management Intern", "Cherry Creek Capital Advisors", "Denver, CO", "2018-06", "2018-08",
              "affecting", None, [
                  "Built client review decks and updated the CRM after meetings",
                  "Sat in on client meetings to take notes for the advisors",
              ], etype="internship", dates="Summer '18"),
        ]),
        ("list", "Licenses & Education", [
            "FINRA Series 6 and Series 63 (2022); SIE (2021)",
            "B.S. Finance, Front Range State University, May 2019",
        ]),
    ],
))

# --------------------------------------------------------------------------- w026
add(dict(
    file="w026.docx", fmt="docx",
    family="Bilingual Canadian moving from pharmacy cashier (and a season of tax data entry) to digital-banking chat support to the bank's internal IT service desk, Word rule headings, typed dash bullets, yyyy-mm dates",
    name="Émilie Tremblay-Nguyen",
    contact=["Toronto, ON M6P", "647-555-0108", "emilie.tn@courriel.example", "English / Français"],
    dlayout_page="plain", dhstyle="rule", hupper=False, dhsize=13, dhcolor="2E5E4E", dbullets="dash",
    bullet="-", dfont="Segoe UI", dsize=10, paper="letter", dright=" | ",
    order="title_org", org_style="r", dstyle="yyyy-mm", present="present", dsep=" to ",
    blocks=[
        ("exp", "Work Experience", [
            E("IT Service Desk Analyst", "Kawartha Trust Bank", "Toronto, ON", "2023-05", "present", "facing",
              "internal_support", [
                  "Resolve tickets and calls from branch and head-office employees: password resets, MFA, teller terminals and printers",
                  "Remote into workstations with ServiceNow and BeyondTrust; 89% first-call resolution",
              ]),
            E("Digital Banking Support Agent (EN/FR)", "Kawartha Trust Bank", "Montréal, QC", "2021-02", "2023-04",
              "facing", "digital_service", [
                  "Answered secure messages and live chats from clients using the mobile app and online banking",
                  "Helped with Interac e-Transfer problems, device registration and locked profiles",
              ]),
            E("Cashier", "Pharmacie Lafleur-Duval", "Montréal, QC", "2018-09", "2021-01", "facing",
              "in_person_service", [
                  "Front cash and post-office counter",
              ]),
            E("Seasonal Tax Data Entry Clerk", "Déclarations Rapides Inc.", "Montréal, QC", "2020-02", "2020-04",
              "affecting", None, [
                  "Keyed clients' T4 and Relevé 1 slips into the tax software for the preparers to review",
              ]),
        ]),
        ("exp", "Bénévolat / Volunteering", [
            E("Bénévole à l'accueil / Welcome Desk Volunteer", "Banque alimentaire du Plateau", "Montréal, QC",
              "2019-01", "2020-03", "facing", "volunteering", [
                  "Greeted families, checked registrations and explained how distribution day works",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education & Certifications", [
            "DEC – Techniques de comptabilité et de gestion, Cégep du Vieux-Port, 2019",
            "CompTIA A+ (2023)", "ITIL 4 Foundation (2024)",
        ]),
    ],
))

# --------------------------------------------------------------------------- w027
add(dict(
    file="w027.pdf", fmt="rl",
    family="Senior Indian banker (clerk-cashier, internal audit, operations, branch manager, cluster head) in two banks, 2-page reportlab, employer heading with roles beneath, page numbers",
    name="Venkata Ramana Murthy Peddireddy",
    headline="Cluster Head – Branch Banking | 20 years in retail banking",
    contact_lines=["Plot 42, Road No. 3, Kondapur, Hyderabad – 500084",
                   "+91 98490 55620  |  vr.peddireddy@mailpost.example"],
    layout="plain", halign="center", font="serif", size=10.5, leading=1.45, hstyle="shade", name_size=18,
    order="orgfirst", title2_style="bi", dstyle="mon", present="Present", dsep=" – ", bullet="◆",
    footer="Page {n}", entry_gap=4,
    summary="Banker with two decades in branch banking across cash, operations, branch management and cluster "
            "leadership. Known for deposit growth, clean audits and staff development. Seeking a regional role in "
            "a private or small finance bank.",
    summary_head="Profile Summary",
    blocks=[
        ("list", "Key Skills", [
            "Branch P&L and CASA growth", "Retail liabilities and third-party products",
            "RBI compliance, KYC/AML", "Audit rectification", "Team building and training",
        ]),
        ("exp", "Professional Experience", [
            E("Cluster Head – Branch Banking", "Godavari Bank Ltd.", "Hyderabad", "2020-04", "present", "facing",
              "sales_account", [
                  "Head 14 branches in Hyderabad West with a deposit book of INR 2,100 crore",
                  "Meet the top 50 HNI and institutional clients each quarter with relationship managers to retain and grow balances",
                  "Drive CASA growth, cross-sell of insurance and mutual funds, and branch audit ratings",
              ]),
            E("Branch Manager", "Godavari Bank Ltd.", "Hyderabad", "2014-07", "2020-03", "facing",
              "in_person_service", [
                  "Led a branch of 18 staff; deposits grew from INR 190 crore to INR 410 crore",
                  "Personally handled customer grievances and ran monthly senior-citizen service days",
              ]),
            E("Deputy Manager – Operations", "Godavari Bank Ltd.", "Hyderabad", "2011-07", "2014-06", "affecting",
              None, [
                  "Responsible for branch operations: clearing, cash management, ATM replenishment and regulatory returns",
                  "Closed RBI inspection and concurrent audit observations within timelines",
              ], prose=True),
            E("Officer – Internal Audit (Inspection Department)", "Godavari Bank Ltd.", "Hyderabad", "2010-01",
              "2011-06", "none", None, [
                  "Carried out risk-based internal audits of 30+ branches and reported lapses in KYC, advances and cash handling",
              ]),
            E("Clerk-cum-Cashier", "Deccan Co-operative Urban Bank Ltd.", "Secunderabad", "2006-08", "2009-12",
              "facing", "in_person_service", [
                  "Cash receipts and payments at the counter, passbook updating and demand drafts",
              ]),
        ]),
        ("lines", "Academic Qualifications", [
            "MBA (Finance) – Osmania Road Institute of Management, 2006",
            "B.Com (Computers) – Andhra Pradesh Open College, 2004",
        ]),
        ("lines", "Professional Certifications", [
            "JAIIB (2011) and CAIIB (2013) – Indian Institute of Banking & Finance",
            "Certified Credit Professional – 2018",
        ]),
        ("list", "Awards", [
            "Best Branch Manager, Telangana Zone – FY 2017-18 and FY 2018-19",
            "Chairman's Club for CASA mobilisation – 2022",
        ]),
        ("kv", "Personal Details", [("Date of Birth", "14-08-1982"), ("Languages", "Telugu, English, Hindi"),
                                    ("Marital Status", "Married")]),
        ("para", "Declaration", "I hereby declare that the information furnished above is true to the best of my "
                                "knowledge. Place: Hyderabad."),
    ],
))

# --------------------------------------------------------------------------- w028
add(dict(
    file="w028.html", fmt="html",
    family="US property-claims career (Navy storekeeper, roofing estimator, claims assistant, desk adjuster, 1099 field adjuster), HTML, 'Title at Employer, City' lines",
    name="Derrick Lamar Fontenot",
    headline="Property Claims Adjuster – Texas All-Lines, Florida 7-20",
    contact=["Pearland, TX 77581", "(281) 555-0163", "dfontenot.adjuster@mailbox.example"],
    html_mode="div", html_h="h4", order="at", dstyle="month", present="Present", dsep=" – ",
    css="body{font-family:'Trebuchet MS',sans-serif;margin:0 auto;max-width:760px;padding:20px}"
        "h2{background:#1d3557;color:#fff;padding:3px 8px}.dates{display:block;color:#777;font-size:.9em}",
    blocks=[
        ("exp", "Experience", [
            E("Independent Field Adjuster", "Gulf Coast Adjusting Group", "Texas, Louisiana & Florida", "2021-06",
              "present", "facing", "other_facing", [
                  "Deploy to hurricane and hail catastrophes as a 1099 adjuster and inspect homes alongside policyholders",
                  "Write estimates in Xactimate and explain coverage, depreciation and next steps to homeowners",
                  "Close 90+ claims per deployment with a reopen rate under 3%",
              ], etype="freelance"),
            E("Desk Adjuster – Property Claims", "Lone Star Homeowners Insurance Co.", "Houston, TX", "2018-03",
              "2021-05", "facing", "contact_center", [
                  "Reviewed field reports and estimates, set reserves and issued settlement payments",
                  "Took recorded statements from insureds by phone and explained coverage decisions",
              ]),
            E("Claims Assistant", "Lone Star Homeowners Insurance Co.", "Houston, TX", "2016-08", "2018-02",
              "affecting", None, [
                  "Set up new claim files, indexed incoming mail and prepared payment requests for adjusters",
              ]),
            E("Sales Estimator", "Bayou City Roofing", "Pasadena, TX", "2013-05", "2016-07", "facing",
              "sales_account", [
                  "Met homeowners to inspect and measure roofs and presented repair or replacement quotes",
              ], prose=True),
            E("Storekeeper Second Class (SK2)", "U.S. Navy", "Norfolk, VA", "2009-01", "2013-04", "affecting", None, [
                  "Ordered, received and issued repair parts for a destroyer's engineering department",
              ], etype="military"),
        ]),
        ("list", "Licenses & Certifications", [
            "Texas All-Lines Adjuster License (2016)", "Florida 7-20 Independent Adjuster (2021)",
            "Xactimate Level 3 (2019)", "HAAG Certified Inspector – Residential Roofs (2020)",
        ]),
        ("para", "Education", "San Jacinto Bayou College – coursework in Business Management, 2013 – 2015"),
    ],
))

# --------------------------------------------------------------------------- w029
add(dict(
    file="w029.md", fmt="md",
    family="South African financial adviser (FAIS) with broker back-office, funeral-cover call centre, a career break caring for a parent and a supermarket till start, Markdown bold title lines",
    name="Annelie Pretorius",
    contact_lines=["Pretoria East, Gauteng", "079 555 0124", "annelie.pretorius@webpost.example"],
    md_entry="bold", md_hlevel="##", order="title_org", org_style="i", md_right=" — ",
    dstyle="mon", present="Present", dsep=" to ", bullet="*",
    summary="Authorised financial adviser (RE5, RE1) helping families and small businesses with risk cover and "
            "retirement planning.",
    blocks=[
        ("exp", "Work Experience", [
            E("Financial Adviser (Authorised Representative)", "Jacaranda Wealth & Risk (Pty) Ltd", "Pretoria",
              "2020-03", "present", "facing", "sales_account", [
                  "Do full financial needs analyses with individual and business clients, in person and on Teams",
                  "Advise on life cover, disability, retirement annuities and gap cover, with a FAIS record of advice on every file",
              ]),
            E("Commercial Lines Administrator", "Magaliesberg Brokers CC", "Centurion", "2016-01", "2020-02",
              "affecting", None, [
                  "Captured endorsements, renewals and claims on the broker system for the consultants",
                  "Prepared renewal schedules and premium comparisons for the consultants' client meetings",
              ]),
            E("Call Centre Agent – Funeral Cover", "Sizwe Funeral Assurance", "Pretoria", "2013-06", "2015-12",
              "facing", "contact_center", [
                  "Outbound sales of funeral policies and inbound premium and claim queries in English, Afrikaans and Setswana",
              ]),
            E("Career break – full-time carer for my mother", None, None, "2011-07", "2013-05", "none", None, [],
              etype="unknown"),
            E("Cashier", "Sunnyside Value Market", "Pretoria", "2008-02", "2011-06", "facing", "in_person_service",
              []),
        ]),
        ("list", "Qualifications", [
            "BCom Financial Planning (distance), 2020",
            "RE5 (2016) and RE1 (2021) regulatory examinations",
            "CFP® professional, Financial Planning Institute of Southern Africa, 2024",
        ]),
        ("para", "Languages", "Afrikaans, English, Setswana (conversational)"),
    ],
))

# --------------------------------------------------------------------------- w030
add(dict(
    file="w030.docx", fmt="docx",
    family="Scottish pensions administrator with helpline, payroll and long savings-bank cashier history, Word with dates typed at the left before a tab, year-only older dates",
    name="Morag Fairbairn",
    contact_lines=["14 Ashgrove Crescent, Bishopbriggs, Glasgow G64", "Tel 0141 555 0182 · Mobile 07700 900 729",
                   "morag.fairbairn@webmail.example"],
    dlayout_page="plain", dhstyle="plain", hupper=True, dhsize=11, dbullets="glyph", bullet="·",
    dfont="Times New Roman", dsize=11, dgutter=1.6, name_style="Title",
    order="datesleft", org_style="i", dstyle="mon", present="present", dsep=" – ",
    dfooter="References available on request",
    summary="Experienced pensions and payroll administrator returning to a member-facing role. Accurate, patient "
            "and used to explaining complicated rules in plain language.",
    summary_head="Personal Profile",
    blocks=[
        ("exp", "Employment", [
            E("Pensions Administrator", "Clydeside Pension Services Ltd", "Glasgow", "2019-08", "present",
              "affecting", None, [
                  "Calculate retirement, transfer and death benefits for members of six defined-benefit schemes",
                  "Prepare quote packs for the helpline team and check colleagues' calculations",
              ]),
            E("Pensions Helpline Adviser", "Clydeside Pension Services Ltd", "Glasgow", "2017-02", "2019-07",
              "facing", "contact_center", [
                  "Answered member calls about annual statements, retirement options and transfers",
                  "Checked transfer requests against the scam warning signs before they went any further",
              ]),
            E("Payroll Officer", "Kelvin & Clyde Housing Association", "Glasgow", "2010", "2017", "none", None, [
                  "Monthly payroll for 340 staff on Sage; RTI submissions, auto-enrolment and pension deductions",
              ], prose=True),
            E("Cashier", "Caledonian Savings Bank", "Paisley", "1998", "2010", "facing", "in_person_service", [
                  "Counter service, foreign currency and the night safe",
              ]),
        ]),
        ("exp", "Voluntary Work", [
            E("Volunteer Adviser", "Springburn Advice Centre", "Glasgow", "2012", "2016", "facing", "volunteering", [
                  "Benefits and debt advice appointments one evening a week",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education and Training", [
            "Certificate in Pensions Administration (PMI) – 2020",
            "CIPP Payroll Technician Certificate – 2012",
            "Bishopbriggs High School – 5 Highers, 1997",
        ]),
    ],
))
