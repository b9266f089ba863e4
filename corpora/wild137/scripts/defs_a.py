"""wild137 résumés w001–w015 (banking, insurance, financial services).

All people, employers, addresses, phone numbers and e-mail addresses are invented.
"""
from lib import E

RESUMES = []
add = RESUMES.append

# --------------------------------------------------------------------------- w001
add(dict(
    file="w001.pdf", fmt="rl",
    family="US teller promoted to personal banker inside one bank, Word-to-PDF single column, title line with right-aligned dates",
    name="Danielle Ortiz-Kemp",
    contact=["Columbus, OH 43214", "(614) 555-0186", "dortizkemp@mailbox.example"],
    layout="plain", halign="center", font="helv", size=10, hstyle="rule",
    order="title_org", dstyle="mon", present="Present", dsep=" – ", bullet="•",
    summary="Retail banker with six years on the teller line and the platform. Comfortable with cash "
            "handling, account opening, CIP/KYC, and turning everyday transactions into real conversations "
            "about what customers need.",
    summary_head="Summary",
    blocks=[
        ("exp", "Experience", [
            E("Personal Banker", "Buckeye Prairie Bank", "Columbus, OH", "2023-06", "present", "facing",
              "in_person_service", [
                  "Open checking, savings and CD accounts for walk-in and appointment customers, completing CIP/KYC and OFAC checks",
                  "Refer clients to mortgage and small-business lenders; 118% of referral goal in 2025",
                  "Resolve card disputes, fee reversals and online-banking lockouts at the desk",
              ]),
            E("Lead Teller", "Buckeye Prairie Bank", "Columbus, OH", "2021-09", "2023-05", "facing",
              "in_person_service", [
                  "Ran the teller line of five; balanced the vault, ATM and cash recycler daily",
                  "Approved overrides and check holds, and trained new tellers on counterfeit detection",
                  "Handled the line myself on Fridays and the first of the month",
              ]),
            E("Teller", "Buckeye Prairie Bank", "Westerville, OH", "2020-02", "2021-08", "facing",
              "in_person_service", [
                  "Deposits, withdrawals, loan payments and cashier's checks for 80-100 customers a day",
                  "Zero cash differences in 2021",
              ]),
            E("Cashier", "ThriftLane Discount", "Columbus, OH", "2018-05", "2020-01", "facing",
              "in_person_service", [
                  "Rang up purchases, handled returns and kept the front end stocked and tidy",
              ]),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Tax Preparer (VITA)", "Franklin County Free Tax Clinic", "Columbus, OH", "2024-01",
              "2024-04", "facing", "volunteering", [
                  "Prepared federal and Ohio returns face to face with low-income filers at a library site",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            ("Associate of Applied Business, Accounting", " — Scioto Valley Community College, 2019"),
            ("B.S. Finance (in progress)", " — Olentangy State University, expected 2027"),
        ]),
        ("list", "Licenses & Skills", [
            "Notary Public, State of Ohio (commissioned 2022)",
            "Fiserv DNA, Verint teller capture, Microsoft Excel, bilingual English/Spanish",
        ]),
    ],
))

# --------------------------------------------------------------------------- w002
add(dict(
    file="w002.docx", fmt="docx",
    family="UK motor claims handler on the phone after a back-office claims technician spell, Word heading styles, right tab-stop dates",
    name="Rhiannon Pryce",
    contact=["Canton, Cardiff CF5", "07700 900412", "rhiannon.pryce@inboxmail.example"],
    dlayout_page="plain", dhstyle="styles", dbullets="style", name_style="Title", dfont="Calibri",
    order="title_org", org_style="i", dstyle="month", present="Present", dsep=" – ",
    summary="Motor claims handler with ten years in financial services: six in insurance claims and four on a "
            "building-society counter. Cert CII. Calm on difficult calls and tidy with a caseload.",
    summary_head="Profile",
    blocks=[
        ("exp", "Employment History", [
            E("Senior Claims Handler – Motor", "Dragon Mutual Insurance", "Cardiff", "2022-03", "present", "facing",
              "contact_center", [
                  "Take first notification of loss calls from policyholders after accidents, thefts and windscreen damage",
                  "Manage a caseload of around 140 open claims, keeping customers updated by phone, email and the claims portal",
                  "Negotiate liability and settlements with third-party insurers and credit-hire companies",
                  "Buddy for new starters and second pair of ears on vulnerable-customer calls",
              ]),
            E("Claims Technician", "Dragon Mutual Insurance", "Newport", "2019-08", "2022-02", "affecting", None, [
                  "Validated policy cover and set reserves on new claims from the intake queue",
                  "Checked engineer reports and authorised repair invoices against policy limits",
                  "Prepared claim files for internal audit and the monthly leakage review",
              ]),
            E("Customer Service Adviser", "Taff Valley Building Society", "Pontypridd", "2016-06", "2019-07", "facing",
              "in_person_service", [
                  "Counter transactions, passbook updates and ISA transfers for members",
                  "Booked mortgage appointments and spotted signs of financial abuse in elderly members",
              ]),
            E("Sales Assistant", "Hemline Fashion", "Pontypridd", "2014-09", "2016-05", "facing", "in_person_service",
              [], note="Saturdays"),
        ]),
        ("exp", "Volunteering", [
            E("Junior Section Treasurer", "Ely Harlequins RFC", "Cardiff", "2018", "2021", "none", None, [
                  "Kept the junior section's accounts and prepared the year-end statement for the AGM",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Qualifications", [
            "Cert CII (Certificate in Insurance), Chartered Insurance Institute – 2021",
            "A levels: Business (B), English Language (C), Psychology (C) – Coleg y Cymoedd, 2016",
        ]),
        ("para", "References", "Available on request from Dragon Mutual Insurance and Taff Valley Building Society."),
    ],
))

# --------------------------------------------------------------------------- w003
add(dict(
    file="w003.txt", fmt="txt",
    family="Indian BPO and lending back-office CV pasted from a job portal, key-value entry blocks, 'Mon-YY' dates and 'Till Date'",
    name="Kiran Manjunath Gowda",
    contact=["Mobile: +91 98450 33127", "Email: kiran.gowda94@webpost.example",
             "Address: No. 14, 3rd Cross, Vijayanagar, Bengaluru - 560040"],
    txt_hstyle="stars", txt_name_upper=True, order="kv", crlf=True,
    kv_labels=("Organisation", "Designation", "Duration", "Location"),
    dstyle="mon-yy", present="Till Date", dsep=" to ", bullet="->", txt_duties_label="Roles & Responsibilities:",
    summary="Seeking a challenging position in banking or financial services operations where I can use my "
            "6+ years of experience in card disputes, KYC and collections.",
    summary_head="Career Objective",
    blocks=[
        ("exp", "Professional Experience", [
            E("Senior Process Associate - Credit Card Disputes (Voice)", "Veritas Global Services Pvt. Ltd.",
              "Bengaluru", "2022-08", "present", "facing", "contact_center", [
                  "Handling inbound calls from US cardholders raising chargebacks and billing disputes",
                  "Explaining provisional credit, Reg E / Reg Z timelines and documents needed to the customer",
                  "Maintaining AHT below 7:30 and QA score above 92% for 5 consecutive quarters",
              ]),
            E("Process Associate - KYC Operations (Non-Voice)", "Sahyadri Fintech Solutions Pvt Ltd", "Mysuru",
              "2020-06", "2022-07", "affecting", None, [
                  "Verification of PAN, Aadhaar and address proofs for new savings account applications",
                  "Video-KYC recording audit and rejection of mismatched cases as per RBI master direction",
                  "Processed 180+ files per day with 99.2% accuracy",
              ]),
            E("Tele-caller - Loan Collections", "Kaveri Finserv Ltd", "Bengaluru", "2019-01", "2020-05", "facing",
              "contact_center", [
                  "Calling two-wheeler loan customers in 1-30 DPD bucket and negotiating EMI payment dates",
                  "Updating PTP (promise to pay) and call disposition in the collection software",
              ]),
        ]),
        ("exp", "Internship", [
            E("Summer Intern", "Nandi Co-operative Bank Ltd", "Chikkaballapur", "2018-05", "2018-06", "none", None, [
                  "Assisted accounts section in reconciliation of loan ledgers and preparation of NPA statements",
              ], etype="internship"),
        ]),
        ("lines", "Educational Qualification", [
            "B.Com - Bangalore North University - 2018 - 68.4%",
            "PUC (Commerce) - Sri Vidyaranya PU College - 2015 - 74%",
            "SSLC - Karnataka Secondary Education Board - 2013 - 81%",
        ]),
        ("list", "Technical Skills", ["MS Office, Tally ERP 9, Finacle (basic), FIS dispute tool"]),
        ("kv", "Personal Details", [
            ("Father's Name", "Manjunath Gowda K."), ("Date of Birth", "11-02-1996"),
            ("Languages Known", "Kannada, English, Hindi, Telugu"), ("Marital Status", "Single"),
        ]),
        ("para", "Declaration",
         "I hereby declare that the above information is true to the best of my knowledge and belief."),
        ("lines", None, ["Place: Bengaluru", "Date:", "(KIRAN M. GOWDA)"]),
    ],
))

# --------------------------------------------------------------------------- w004
add(dict(
    file="w004.pdf", fmt="fpdf",
    family="Philippine banking BPO résumé (voice, chat, team lead) with a rural-bank teller start, fpdf2 coloured banner header, pipe title lines",
    name="Maria Cristina D. Villarosa",
    headline="Team Leader | Banking & Cards Customer Support",
    contact=["Talisay City, Cebu", "+63 917 555 0243", "mcvillarosa@mailhub.example"],
    layout="banner", font="dejavu", size=9.5, hstyle="color", accent_rgb=(18, 84, 122),
    order="pipe", dstyle="mm/yyyy", present="Present", dsep=" - ", bullet="▪",
    blocks=[
        ("exp", "Work Experience", [
            E("Team Leader – Banking Support", "Archipelago Contact Solutions Inc.", "Cebu City", "2023-03",
              "present", "facing", "contact_center", [
                  "Lead a team of 16 agents supporting a US retail bank's debit and credit card line",
                  "Take supervisor calls on escalated disputes, blocked cards and fee complaints",
                  "Run daily huddles, call calibration and monthly coaching; team CSAT 91%",
              ]),
            E("Customer Service Representative – Debit Card Support", "Archipelago Contact Solutions Inc.",
              "Cebu City", "2020-06", "2023-02", "facing", "contact_center", [
                  "Answered 70-90 calls a day: card activation, PIN resets, travel notices, lost and stolen cards",
                  "Verified callers with the bank's authentication steps before any account change",
                  "Top 10% for first-call resolution in 2022",
              ]),
            E("Chat Support Associate – Mobile Banking App", "Lapu Digital Outsourcing Corp.", "Mandaue City",
              "2019-01", "2020-05", "facing", "digital_service", [
                  "Handled up to three concurrent chats and in-app messages from e-wallet and mobile-banking users",
                  "Walked users through OTP, login and fund-transfer issues; tagged bugs for the product team",
              ]),
            E("Bank Teller", "Visayan Rural Bank", "Talisay City", "2017-07", "2018-12", "facing",
              "in_person_service", [
                  "Received deposits, loan amortizations and remittance payouts at the counter",
                  "Balanced cash at end of day and prepared the teller's blotter",
              ], note="Contractual"),
        ]),
        ("exp", "Student Work", [
            E("Student Assistant – Accounting Office", "Colegio de San Ildefonso – Cebu", "Cebu City", "2015-06",
              "2017-03", "none", None, [
                  "Encoded disbursement vouchers and filed official receipts for the school accountant",
              ], section="other"),
        ]),
        ("lines", "Education", [
            "BS Accountancy (undergraduate, 3 years) — Colegio de San Ildefonso – Cebu, 2014–2017",
        ]),
        ("list", "Trainings & Seminars", [
            "Coaching for Performance – Archipelago Contact Solutions, 08/2023",
            "Anti-Money Laundering Awareness – Visayan Rural Bank, 11/2017",
        ]),
        ("list", "Character References", [
            "Jonathan P. Abellana – Operations Manager, Archipelago Contact Solutions Inc. – 0918 555 0172",
            "Liza M. Tumulak – Branch Cashier, Visayan Rural Bank – 0927 555 0391",
        ]),
    ],
))

# --------------------------------------------------------------------------- w005
add(dict(
    file="w005.md", fmt="md",
    family="Canadian financial advisor with branch and operations background and a financial-literacy volunteer role, Markdown h3 entries",
    name="Priya Raman-Leblanc, CFP®",
    contact=["Mississauga, ON", "416-555-0139", "priya.rl@northmail.example", "linkedin.com/in/priya-rl-example"],
    md_entry="h3", order="title_org", org_style="i", md_right=" · ", dstyle="month", present="present",
    dsep=" – ", bullet="-",
    summary="Certified Financial Planner with ten years in Canadian retail banking and wealth management. I build "
            "long relationships with families, business owners and people new to Canada.",
    blocks=[
        ("exp", "Professional Experience", [
            E("Financial Advisor", "Lakeshore Wealth Partners", "Mississauga, ON", "2021-04", "present", "facing",
              "sales_account", [
                  "Manage a book of 220 households and $96M in assets; annual reviews and plan updates with every client",
                  "Build retirement, RESP and tax-efficient withdrawal plans; present recommendations in person and by video",
                  "Grew assets under administration 31% through client referrals",
              ]),
            E("Financial Services Representative", "Northern Maple Bank", "Toronto, ON", "2018-09", "2021-03",
              "facing", "sales_account", [
                  "Met branch clients to open RRSPs, TFSAs and GICs and to sell mutual funds under the bank's dealer",
                  "Mortgage renewals and lines of credit for existing clients",
              ]),
            E("Investment Operations Associate", "Trillium Custody Services", "Toronto, ON", "2016-05", "2018-08",
              "affecting", None, [
                  "Processed incoming and outgoing RRSP and TFSA transfers for dealer clients",
                  "Settled mutual fund trades and fixed rejected orders before cut-off",
              ], prose=True),
            E("Teller", "Northern Maple Bank", "Waterloo, ON", "2013-09", "2016-04", "facing",
              "in_person_service", [
                  "Weekend and evening shifts while at university; cash, deposits and bill payments",
              ], note="part-time"),
        ]),
        ("exp", "Volunteer", [
            E("Financial Literacy Volunteer", "Prosper Together Toronto", "Toronto, ON", "2022-01", "present",
              "facing", "volunteering", [
                  "Lead monthly budgeting and credit-building workshops for newcomer families, in English and Tamil",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education & Designations", [
            "Certified Financial Planner (CFP®), FP Canada — 2022",
            "Canadian Securities Course (CSC) and Conduct & Practices Handbook — 2018",
            "Honours BA, Economics — Grand River University, Waterloo, 2016",
        ]),
    ],
))

# --------------------------------------------------------------------------- w006
add(dict(
    file="w006.pdf", fmt="rl",
    family="South African insurance call-centre CV (sales, claims line, collections) with a data-capturer job and a learnership, reportlab shaded sidebar",
    name="Lerato Precious Mokoena",
    contact=["Soweto, Johannesburg", "072 555 0148", "lerato.mokoena@postbox.example", "Own transport, Code 10"],
    layout="sidebar", font="dejavu", size=9.5, side_w=170, side_shade=(0.86, 0.91, 0.88), name_split=1,
    hstyle="rule", order="title_org", org_style="i", dstyle="mon", present="Current", dsep=" - ",
    bullet="●", bullet_indent=11,
    side=[
        ("list", "Languages", ["English", "isiZulu", "Sesotho", "Afrikaans (basic)"]),
        ("list", "Skills", ["Outbound sales", "Claims registration", "Debt negotiation", "FAIS & TCF",
                            "Genesys, Salesforce"]),
        ("lines", "Education", ["Matric (NSC), Bona Comprehensive High School, 2016",
                                "RE5 Representative exam, 2023"]),
        ("lines", "References", ["Mr T. Nkosi", "Team Manager", "Highveld Direct Insurance", "011 555 0192", "",
                                 "Ms A. Botha", "Collections Supervisor", "Mzansi Recoveries", "011 555 0170"]),
    ],
    blocks=[
        ("exp", "Work Experience", [
            E("Short-Term Insurance Sales Consultant", "Highveld Direct Insurance", "Randburg", "2023-02", "present",
              "facing", "contact_center", [
                  "Phone warm leads and quote car, home contents and building cover for new clients",
                  "Do needs analysis and record of advice as required by FAIS",
                  "Top 3 on the team for policies issued in Q2 and Q3 2025",
              ]),
            E("Client Service Agent – Claims Line", "Highveld Direct Insurance", "Randburg", "2021-07", "2023-01",
              "facing", "contact_center", [
                  "Registered motor and household claims over the phone and booked assessors",
                  "Gave clients status updates and explained excesses and rejections",
              ]),
            E("Debt Collector – Early Arrears", "Mzansi Recoveries (Pty) Ltd", "Johannesburg", "2019-03", "2021-06",
              "facing", "contact_center", [
                  "Called retail-credit customers 1-60 days in arrears and agreed payment arrangements",
                  "Kept to NCA and debt-collection code of conduct on every call",
              ]),
            E("Data Capturer", "Protea Life Assurance", "Sandton", "2018-01", "2019-02", "affecting", None, [
                  "Captured new life policy applications and beneficiary nominations onto the admin system",
                  "Scanned and indexed supporting documents for the new-business team",
              ]),
            E("Contact Centre Learner (NQF 2 Learnership)", "Siyakhula Skills Academy", "Braamfontein", "2017-04",
              "2017-12", "facing", "contact_center", [
                  "Workplace module on a client's general enquiries line, answering calls under supervision",
              ], etype="internship"),
        ]),
    ],
))

# --------------------------------------------------------------------------- w007
add(dict(
    file="w007.docx", fmt="docx",
    family="US Army finance veteran turned mortgage loan officer (NMLS), Word with contact in the page header and a borderless table per job",
    name="Marcus T. Whitfield",
    contact=["Gilbert, AZ 85233", "480-555-0117", "mwhitfield.lending@mailbox.example", "NMLS #2290417"],
    dlayout_page="header", dlayout="table", dhstyle="rule", hupper=True, dbullets="glyph", bullet="•",
    dfont="Arial", dsize=10, paper="letter",
    order="title_org", org_style="r", dstyle="mm/yyyy", present="Present", dsep=" – ", dcol_w=1.6,
    dfooter="Marcus T. Whitfield – Résumé",
    summary="Loan officer who came to lending from Army finance. I like explaining a mortgage until the "
            "borrower can explain it back to me.",
    blocks=[
        ("exp", "Professional Experience", [
            E("Mortgage Loan Officer", "Saguaro Home Lending", "Scottsdale, AZ", "2021-04", "present", "facing",
              "sales_account", [
                  "Take applications from first-time buyers and veterans, in the office, by phone and at open houses",
                  "Structure conventional, FHA and VA loans; $41M funded in 2025",
                  "Keep a referral network of 30 realtors and two builders informed through every file",
              ]),
            E("Loan Processor", "Saguaro Home Lending", "Scottsdale, AZ", "2019-08", "2021-03", "affecting", None, [
                  "Cleared underwriting conditions and ordered appraisals, title and VOEs",
                  "Kept each file in TRID timelines from disclosure to clear-to-close",
              ]),
            E("Closing Coordinator", "Desert Sky Title & Escrow", "Tempe, AZ", "2017-11", "2019-07", "facing",
              "in_person_service", [
                  "Scheduled signings with buyers, sellers and agents and walked buyers through the closing package at the table",
                  "Balanced settlement statements and disbursed funds",
              ]),
            E("Financial Management Technician (36B)", "U.S. Army, 1st Armored Division", "Fort Bliss, TX",
              "2013-06", "2017-09", "facing", "internal_support", [
                  "Processed travel vouchers, pay entitlements and debt cases for about 1,200 soldiers",
                  "Ran the finance office customer window during in- and out-processing",
              ], etype="military"),
        ]),
        ("list", "Licensing & Education", [
            "NMLS #2290417; Arizona Mortgage Loan Originator License, issued 03/2021",
            "B.S. Business Administration, Grand Canyon Valley University (online), 2019",
            "Army Achievement Medal (2), Good Conduct Medal",
        ]),
        ("para", "References", "Kelly Drummond, Branch Manager, Saguaro Home Lending – 480-555-0164"),
    ],
))

# --------------------------------------------------------------------------- w008
add(dict(
    file="w008.txt", fmt="txt",
    family="UK collections and financial-support career with a warehouse start and debt-advice volunteering, plain text, 'Title - Employer, Town' lines with dates padded right",
    name="Callum Whitworth",
    txt_name_upper=False,
    contact_lines=["Horsforth, Leeds LS18  |  07700 900 587  |  callum.whitworth@postmail.example"],
    txt_hstyle="underline", order="dash", dash=" - ", txt_right="pad", txt_width=92, txt_wrap=84,
    dstyle="mon", present="present", dsep=" - ", bullet="*", txt_indent="  ",
    summary="Financial support specialist. I speak to people who are behind on loans and cards every day and "
            "help them get back on track, following FCA Consumer Duty and CONC.",
    blocks=[
        ("exp", "Work history", [
            E("Financial Support Specialist", "Aire Valley Bank plc", "Leeds", "2022-05", "present", "facing",
              "contact_center", [
                  "Inbound and outbound calls with customers in arrears on loans, cards and overdrafts",
                  "Complete income and expenditure assessments and set affordable repayment plans",
                  "Identify vulnerable customers and refer them to free debt charities or our specialist team",
              ]),
            E("Collections Agent", "Pennine Credit Management Ltd", "Bradford", "2019-10", "2022-04", "facing",
              "contact_center", [
                  "Worked a book of early and late arrears accounts for utility and telecom clients",
                  "Negotiated payment plans and took card payments over the phone",
              ]),
            E("Recoveries Administrator", "Pennine Credit Management Ltd", "Bradford", "2018-06", "2019-09",
              "affecting", None, [
                  "Allocated incoming payments, applied holds and set up letters and SMS cycles on Debt Manager",
                  "Processed returned mail and trace results",
              ]),
            E("Warehouse Operative", "Kirkstall Distribution", "Leeds", "2016-03", "2018-05", "affecting", None, [
                  "Picked and packed online orders for a homeware retailer; 98% pick accuracy",
              ]),
        ]),
        ("exp", "Volunteering", [
            E("Debt Advice Volunteer", "Chapeltown Money Advice Centre", "Leeds", "2023-02", "present", "facing",
              "volunteering", [
                  "Thursday evening drop-in: help clients list debts, fill in benefit forms and write to creditors",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Training", [
            "CFA Level 2 Certificate in Debt Collection (Credit Services Association) - 2020",
            "Vulnerable Customers and Consumer Duty e-learning - Aire Valley Bank, 2023",
        ]),
        ("lines", "Education", ["Horsforth Academy - 9 GCSEs including English and Maths (2015)"]),
        ("para", "References", "On request."),
    ],
))

# --------------------------------------------------------------------------- w009
add(dict(
    file="w009.pdf", fmt="fpdf",
    family="Irish credit-union underwriter promoted from member services, with insurance contact-centre and accounts-payable past, fpdf2 centred header, employer line first then title, m/yyyy dates",
    name="Aoife Ní Bhriain",
    contact=["Phibsborough, Dublin 7", "087 555 0264", "aoife.nibhriain@postmail.example"],
    layout="centred", font="serif", size=10, hstyle="rule", contact_sep="  •  ",
    order="org_title", title2_style="i", orgsep=", ", dstyle="m/yyyy", present="Present", dsep=" – ", bullet="–",
    summary="Member-focused credit union officer (QFA) with experience across lending, insurance and accounts. "
            "Looking for a lending or member-services role in a larger credit union.",
    summary_head="Personal Statement",
    blocks=[
        ("exp", "Career History", [
            E("Credit Underwriter", "St. Brendan's Credit Union Ltd", "Dublin 7", "2023-09", "present", "affecting",
              None, [
                  "Assess consumer and home-improvement loan applications passed on by member services against the lending policy",
                  "Write credit papers for the credit committee and review the monthly arrears report",
              ]),
            E("Member Services Officer", "St. Brendan's Credit Union Ltd", "Dublin 7", "2021-03", "2023-08", "facing",
              "in_person_service", [
                  "Counter and phone service for members: lodgements, withdrawals, EFTs and loan repayments",
                  "Take loan applications and gather supporting documents; first review against lending policy",
                  "Help older members register for online banking and the app",
              ]),
            E("Accounts Assistant (Accounts Payable)", "Liffey Leasing DAC", "Dublin 2", "2018-01", "2021-02",
              "none", None, [
                  "Three-way matching and coding of supplier invoices; weekly payment runs on Sage 200",
                  "Month-end accruals and supplier statement reconciliations",
              ]),
            E("Customer Service Agent – Home Insurance", "Shamrock Direct Insurance DAC", "Dublin 4", "2016-06",
              "2017-12", "facing", "contact_center", [
                  "Quoted and sold home insurance over the phone and handled mid-term changes and cancellations",
              ]),
            E("Bar Staff", "The Hop & Barrel", "Galway", "2012-09", "2016-05", "facing", "in_person_service", [],
              note="part-time during college"),
        ]),
        ("lines", "Education & Qualifications", [
            "QFA – Qualified Financial Adviser, Institute of Bankers, 2022",
            "Certificate in Credit Union Lending, 2023",
            "BComm, University of the West (Galway), 2016",
        ]),
        ("lines", "Referees", [
            "Declan Moran, Manager, St. Brendan's Credit Union Ltd — 01 555 0132",
            "Siobhán Keegan, Financial Controller, Liffey Leasing DAC — 01 555 0178",
        ]),
    ],
))

# --------------------------------------------------------------------------- w010
add(dict(
    file="w010.html", fmt="html",
    family="US independent insurance agency owner with captive-agency producer and policy-services past, personal-site HTML with year-only dates",
    name="Bradley J. Hollis",
    headline="Licensed Insurance Agent — Property & Casualty, Life & Health",
    contact=["Nashville, TN", "(615) 555-0122", "brad@gallatinroadins.example"],
    html_mode="div", html_gen="SiteMaker 4.2", order="title_org", org_style="i",
    dstyle="mon", present="present", dsep=" – ",
    summary="Fifteen years in personal lines insurance. I opened my own independent agency in 2019 and now "
            "represent nine carriers for home, auto, umbrella and life coverage.",
    summary_head="About",
    blocks=[
        ("exp", "Experience", [
            E("Agency Owner & Principal Agent", "Gallatin Road Insurance Group", "Nashville, TN", "2019", "present",
              "facing", "entrepreneurial_freelance", [
                  "Meet families and small business owners to review home, auto, umbrella and life coverage",
                  "Write 40+ new policies a month across nine carriers",
                  "Manage two customer service reps, the agency budget and carrier appointments",
              ], etype="freelance"),
            E("Licensed Sales Producer", "Cumberland Mutual Insurance – Hendersonville Agency", "Hendersonville, TN",
              "2015", "2018", "facing", "sales_account", [
                  "Quoted and sold auto, home and term life to walk-ins and referrals; cross-sold existing households",
              ]),
            E("Customer Service Representative", "Cumberland Mutual Insurance – Hendersonville Agency",
              "Hendersonville, TN", "2013", "2015", "facing", "in_person_service", [
                  "Front desk and phones: payments, ID cards, driver changes and first notice of loss",
              ]),
            E("Policy Services Clerk", "Harpeth Casualty Company", "Franklin, TN", "2011", "2013", "affecting", None, [
                  "Processed endorsements, cancellations and reinstatements from agent requests",
                  "Issued declarations pages and corrected rating errors before mailing",
              ], prose=True),
        ]),
        ("list", "Licenses", [
            "Tennessee Property & Casualty Producer License (2011)",
            "Tennessee Life & Health Producer License (2014)",
            "Certified Insurance Counselor (CIC), 2020",
        ]),
        ("para", "Community", "Member, Donelson-Hermitage Chamber of Commerce; Rotary Club of East Nashville."),
    ],
    html_footer="© 2026 Gallatin Road Insurance Group. Not an offer of coverage.",
))

# --------------------------------------------------------------------------- w011
add(dict(
    file="w011.docx", fmt="docx",
    family="Indian payroll and accounts CV (payroll helpdesk, AP/AR, CA articleship, NSS), Word two-column layout table with shaded sidebar",
    name="Lakshmi Narayanan S.",
    contact=["Tambaram, Chennai – 600045", "+91 94440 55218", "lakshmi.ns@mailpost.example"],
    contact_lines=["Tambaram, Chennai – 600045", "+91 94440 55218", "lakshmi.ns@mailpost.example"],
    dlayout_page="sidebar", dside_w=2.3, dside_fill="E4ECF4", dhstyle="rule", hupper=True, dhcolor="1F3864",
    dbullets="style", dfont="Cambria", dsize=10, order="title_orgdate", org_style="i",
    dstyle="mon", present="Present", dsep=" – ",
    side=[
        ("list", "Core Skills", ["Payroll processing (Greythr, SAP HCM)", "PF / ESI / PT / TDS",
                                 "Tally Prime, SAP FICO", "Bank reconciliation", "GST returns"]),
        ("lines", "Education", ["B.Com – St. Thomas Mount College of Commerce, Chennai (2016)",
                                "CA Intermediate (Group I) – cleared May 2018"]),
        ("kv", "Personal", [("Date of Birth", "07 June 1995"), ("Languages", "Tamil, English, Hindi")]),
    ],
    summary="Payroll and accounts professional with 10 years across a CA firm, logistics accounts and "
            "manufacturing payroll.",
    summary_head="Profile",
    blocks=[
        ("exp", "Experience", [
            E("Payroll Executive", "Coromandel Auto Components Ltd", "Chennai", "2022-04", "present", "facing",
              "internal_support", [
                  "Monthly payroll for 1,800 plant and office employees, including overtime, arrears and F&F settlements",
                  "Answer employees' payslip, tax-deduction and PF queries at the HR helpdesk and on email",
                  "Statutory filings: PF, ESI, professional tax and quarterly TDS returns",
              ]),
            E("Accounts Executive (AP/AR)", "Marina Logistics Pvt. Ltd.", "Chennai", "2019-07", "2022-03", "none",
              None, [
                  "Booked vendor invoices and freight bills, ran weekly payments and bank reconciliations",
                  "Prepared GSTR-1 / 3B working and TDS payable schedules",
              ]),
            E("Articled Assistant", "R. Venkatesan & Associates, Chartered Accountants", "Chennai", "2016-06",
              "2019-06", "affecting", None, [
                  "Vouching, ledger scrutiny and GST reconciliations for statutory audits of 12 SMEs",
                  "Prepared working papers and draft tax audit reports (Form 3CD) for the partner's review",
              ], etype="internship"),
        ]),
        ("exp", "Volunteer Work", [
            E("NSS Volunteer", "National Service Scheme – St. Thomas Mount College of Commerce", "Chennai", "2014",
              "2016", "facing", "volunteering", [
                  "Helped villagers in Kancheepuram district open basic savings accounts and explained how to use them",
              ], section="volunteer", etype="volunteer"),
        ]),
    ],
))

# --------------------------------------------------------------------------- w012
add(dict(
    file="w012.pdf", fmt="rl",
    family="UK regional retail-banking manager with branch-manager, mortgage-adviser and cashier history inside two firms, 2-page reportlab with left column and page footer",
    name="Gareth Ainsworth",
    contact=["Heaton Moor, Stockport SK4", "07700 900 231", "g.ainsworth@webmail.example"],
    layout="twocol", halign="split", font="times", size=11, leading=1.42, name_size=22, hstyle="caps", side_w=140,
    summary="Chartered Banker with 23 years in UK retail banking, from the cashier's window to running a region. "
            "I have led branches through digital change, closures and cost-of-living pressure while keeping "
            "complaint volumes and conduct findings among the lowest in the network.",
    summary_head="Profile",
    order="title_org", org_style="i", dstyle="mon", present="Present", dsep=" – ", bullet="•",
    footer="Gareth Ainsworth – CV – page {n} of {total}", footer_align="right",
    side=[
        ("lines", "Qualifications", ["CeMAP (2006)", "CeRER (2012)", "Chartered Banker (2017)",
                                     "ILM Level 5 Leadership (2015)"]),
        ("lines", "Education", ["BA (Hons) Economics", "University of Bolton Moor, 2003"]),
        ("list", "Strengths", ["Branch network P&L", "Coaching managers", "FCA conduct & SM&CR",
                               "Complaint handling", "Local business banking"]),
        ("para", "Interests", "Fell running, Stockport County season ticket, community choir."),
    ],
    blocks=[
        ("list", "Selected Achievements", [
            "Region ranked first of nine for customer NPS in 2022 and 2024",
            "Reduced upheld FOS complaints by 35% over two years through manager coaching",
            "Led the pilot of shared community banking hubs with two other lenders",
        ]),
        ("exp", "Career History", [
            E("Regional Manager – Retail Banking North West", "Irwell & Mersey Bank plc", "Manchester", "2020-01",
              "present", "none", None, [
                  "Lead 22 branch managers across Greater Manchester and Lancashire; network income of £14m",
                  "Own regional risk and conduct results, branch audits and the SM&CR certification of managers",
                  "Delivered the 2023 branch format programme: six relocations, four closures and two new community hubs",
                  "Set staffing models, budgets and recruitment for 180 colleagues",
              ]),
            E("Branch Manager", "Irwell & Mersey Bank plc", "Stockport", "2014-06", "2019-12", "facing",
              "in_person_service", [
                  "Ran a 14-strong branch with the highest footfall in the district",
                  "Worked the counter and the meet-and-greet at peak times and took complaints face to face",
                  "Hosted quarterly business-customer breakfasts; lending book up 22% in three years",
              ]),
            E("Customer Service Manager", "Irwell & Mersey Bank plc", "Altrincham", "2010-03", "2014-05", "facing",
              "in_person_service", [
                  "Deputised for the branch manager; managed the cashier team, cash levels and rotas",
                  "Dealt with customer complaints and bereavement cases at the branch",
              ]),
            E("Mortgage Adviser", "Pennine Building Society", "Bolton", "2006", "2010", "facing", "sales_account", [
                  "Advised and recommended mortgages to first-time buyers, movers and remortgage customers",
                  "Full fact-finds, suitability letters and protection referrals under MCOB",
              ]),
            E("Cashier", "Pennine Building Society", "Bolton", "2003", "2006", "facing", "in_person_service", []),
        ]),
        ("exp", "Voluntary Roles", [
            E("School Governor (Chair of Finance Committee)", "Brinnington Park Primary School", "Stockport",
              "2018-09", "present", "none", None, [
                  "Scrutinise the school budget and sign off the annual financial benchmarking return",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("para", "References", "Available from Irwell & Mersey Bank plc HR on request."),
    ],
))

# --------------------------------------------------------------------------- w013
add(dict(
    file="w013.docx", fmt="docx",
    family="US fraud career from inbound fraud line to alert review to fraud-rules analyst, Word heading styles and list bullets, tab-stop dates",
    name="Tamika Renee Boyd",
    contact=["Charlotte, NC 28205", "704.555.0158", "tamika.boyd@mailpost.example"],
    contact_sep="  •  ", dlayout_page="plain", dhstyle="styles", hlevel=1, dbullets="style",
    dfont="Garamond", dsize=11, paper="letter", dcenter=True,
    order="title_org", org_style="i", dstyle="mon", present="Present", dsep=" – ",
    blocks=[
        ("exp", "Professional Experience", [
            E("Fraud Strategy Analyst", "Piedmont Crescent Bank", "Charlotte, NC", "2024-02", "present",
              "affecting", None, [
                  "Write and tune real-time card fraud rules in FICO Falcon using SQL and Python back-testing",
                  "Cut false-positive declines by 18% while holding fraud losses flat",
                  "Present monthly rule performance to the fraud risk committee",
              ]),
            E("Fraud Analyst II – Alert Review", "Piedmont Crescent Bank", "Charlotte, NC", "2022-03", "2024-01",
              "facing", "contact_center", [
                  "Worked queues of high-risk card and Zelle alerts",
                  "Called cardholders to confirm suspicious transactions, blocked and reissued cards",
                  "Filed internal referrals for account-takeover cases",
              ]),
            E("Fraud Specialist – Inbound", "Piedmont Crescent Bank", "Charlotte, NC", "2020-07", "2022-02",
              "facing", "contact_center", [
                  "Answered the 24/7 fraud line for customers reporting lost cards, scams and unauthorized charges",
                  "Opened Reg E claims and explained provisional credit",
              ]),
            E("Sales Associate", "Carolina Outfitters", "Charlotte, NC", "2018-05", "2020-06", "facing",
              "in_person_service", [
                  "Part-time; fitting room, register and online-order pickup desk",
              ]),
        ]),
        ("exp", "Campus Employment", [
            E("Peer Tutor – Accounting", "Queen City State University Learning Center", "Charlotte, NC", "2017-08",
              "2019-05", "facing", "education", [
                  "Walk-in and scheduled tutoring for Principles of Accounting I and II",
              ], section="other"),
        ]),
        ("list", "Education & Certifications", [
            "B.S. Business Administration (Finance), Queen City State University — 2020",
            "Certified Fraud Examiner (CFE) — 2025",
            "SQL for Data Analysis, online certificate — 2023",
        ]),
    ],
))

# --------------------------------------------------------------------------- w014
add(dict(
    file="w014.txt", fmt="txt",
    family="US health-plan claims processor with a member-services phone job and a kitchen-crew start, Indeed-style text export, 'Month YYYY to Present'",
    name="Jolene Marie Haskins",
    txt_name_upper=False,
    contact_lines=["Omaha, NE 68137", "jhaskins42@indeedmail.example", "+1 402 555 0199", ""],
    headline="Claims Processor II - Medical claims adjudication",
    txt_hstyle="plain", order="dateline", orgsep=" - ", dstyle="month", present="Present", dsep=" to ",
    bullet="-",
    summary="Detail-oriented claims processor with 7+ years in health insurance. Strong with CPT/ICD-10, "
            "coordination of benefits and high-volume adjudication.",
    blocks=[
        ("exp", "Work Experience", [
            E("Claims Processor II", "Platte River Health Plans", "Omaha, NE", "2021-09", "present", "affecting",
              None, [
                  "Adjudicate 120+ professional and facility claims per day in Facets with 99% financial accuracy",
                  "Work pended claims for COB, eligibility and authorization edits",
                  "Process provider reconsiderations sent in by the appeals team",
              ]),
            E("Claims Processor I", "Platte River Health Plans", "Omaha, NE", "2019-03", "2021-08", "affecting", None,
              [
                  "Keyed and adjudicated paper claims and corrected claims",
                  "Researched duplicate claim edits",
              ]),
            E("Member Services Representative", "Heartland Benefit Administrators", "Lincoln, NE", "2017-06",
              "2019-02", "facing", "contact_center", [
                  "Answered calls from plan members about benefits, claims status, ID cards and finding a provider",
                  "Set up callbacks and documented every call in the CRM",
              ]),
            E("Crew Member", "Prairie Grill", "Lincoln, NE", "2015-05", "2017-05", "affecting", None, [
                  "Grill and fryer station on the kitchen line; prepped vegetables and cleaned the kitchen at close",
              ]),
        ]),
        ("lines", "Education", [
            "Associate in Medical Office Administration",
            "Metro Plains Community College - Omaha, NE",
            "August 2015 to May 2017",
        ]),
        ("list", "Skills", ["Facets (5 years)", "CPT/ICD-10 coding (4 years)", "Microsoft Excel",
                            "Coordination of benefits"]),
        ("lines", "Certifications and Licenses", ["Certified Professional Biller (CPB)", "March 2020 to Present"]),
    ],
))

# --------------------------------------------------------------------------- w015
add(dict(
    file="w015.html", fmt="html",
    family="South African private banker with branch, teller and bookkeeping history and youth mentoring, HTML table with dates in the left column",
    name="Nomvula Mbeki-Daniels",
    contact=["Milnerton, Cape Town", "082 555 0136", "nomvula.md@capemail.example"],
    html_mode="table", order="title_org", org_style="i", orgsep=" — ", dstyle="yyyy/mm", present="Present",
    dsep=" – ",
    css="body{font-family:Georgia,serif;margin:30px;max-width:820px}td.when{width:150px;vertical-align:top;"
        "color:#666;padding-right:12px}h2{color:#7a1f3d}",
    summary="Private banker with eleven years in retail and private banking in the Western Cape.",
    blocks=[
        ("exp", "Career", [
            E("Private Banker", "Table Bay Private Bank", "Cape Town", "2022-03", "present", "facing",
              "sales_account", [
                  "Look after 140 professional and high-net-worth clients: lending, investments, forex and everyday banking",
                  "Meet clients at their offices and homes; quarterly reviews with the wealth team",
              ]),
            E("Service Consultant", "Fynbos Mutual Bank", "Bellville", "2018-01", "2022-02", "facing",
              "in_person_service", [
                  "Opened accounts, replaced cards and handled queries and complaints in the branch",
                  "FICA verification and updating client records",
              ]),
            E("Teller", "Fynbos Mutual Bank", "Paarl", "2015-06", "2017-12", "facing", "in_person_service", []),
            E("Junior Bookkeeper", "Boland Accounting Services CC", "Paarl", "2014-02", "2015-05", "affecting", None,
              [
                  "Wrote up cashbooks and VAT201 returns for small-business clients of the practice",
              ]),
        ]),
        ("exp", "Community", [
            E("Volunteer Youth Mentor", "Mbekweni Youth Hub", "Paarl", "2019", "present", "facing", "volunteering", [
                  "Mentor matric learners on study plans, bursary applications and first bank accounts",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Qualifications", [
            "BCom (Financial Management), Boland University of Technology — 2013",
            "RE1 and RE5 regulatory exams — 2021",
            "FAIS Class of Business: Long-term Insurance Category A — 2022",
        ]),
    ],
))
