"""wild75 résumés w001–w015 (fictional)."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    id="w001", ext="pdf", r="rl", layout="plain", hdr="title_org", ds="mon", present="Present",
    family="UK bank cashier turned personal banker, Word-to-PDF single column, title line with right-aligned dates",
    name="Harriet Olawale-Brook", contact=["Kettleby, Leics", "07700 914 352", "harriet.ob@mailbox.co.uk"],
    blocks=[
        ("Profile", ["Personal banker with eight years in high-street branches, CeMAP 1 and 2 passed, looking for a "
                     "mortgage adviser trainee role."]),
        ("Experience", [
            E("Personal Banker", "Fenmarsh Building Society", "Melton Mowbray", "2022-03", "present", [
                "Book and hold current account, savings and ISA appointments in branch and by video",
                "Refer mortgage leads to the society's adviser; 41 completions from my referrals in 2025",
                "Support vulnerable customers with power of attorney and bereavement paperwork",
            ], "facing", "in_person_service"),
            E("Customer Service Assistant (Cashier)", "Fenmarsh Building Society", "Oakham", "2019-06", "2022-02", [
                "Counter transactions, cheque deposits and foreign currency orders",
                "Balanced the till and the branch ATM; Scam awareness champion for the branch",
            ], "facing", "in_person_service"),
            E("Cash Centre Processor", "Regis Secure Logistics", "Leicester", "2017-09", "2019-05", [
                "Counted and sorted bulk notes returned from retail clients' cash bags",
                "Reconciled discrepancies to client statements and raised variance reports",
                "Night shifts, secure unit, no public access",
            ], "affecting"),
            E("Sales Assistant (weekends)", "Greaves & Daughter Outfitters", "Melton Mowbray", "2015-10", "2017-08", [
                "Fitting room, tills and the school-uniform rush in August",
            ], "facing", "in_person_service"),
        ]),
        ("Qualifications", ["CeMAP Modules 1 & 2 (2025)", "BTEC Level 3 Business, Brooksby College (2017)"]),
        ("Interests", ["Park run volunteer marshal, crochet, Leicester Tigers season ticket"]),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    id="w002", ext="docx", r="docx", layout="styles", hdr="title_org", ds="month", present="Present",
    family="US auto claims: phone first-notice-of-loss handler then desk claims adjuster, Word heading styles and list bullets",
    name="Marisol Quintanilla-Reyes", contact=["Mesa Verde, AZ 85219", "(480) 555-0163", "mquintanilla@mailbox.net"],
    blocks=[
        ("Summary", ["Licensed property & casualty adjuster (AZ, NM) with six years in personal auto claims."]),
        ("Professional Experience", [
            E("Desk Claims Adjuster II", "Saguaro Mutual Insurance Group", "Tempe, AZ", "2023-01", "present", [
                "Evaluate liability and damages on a caseload of 120+ open auto files from photos, estimates and police reports",
                "Set and adjust reserves; prepare settlement authority requests for files above $25k",
                "Negotiate bodily injury settlements by phone with claimants' attorneys and explain coverage decisions to our insureds",
            ], "facing", "contact_center"),
            E("Claims File Reviewer", "Saguaro Mutual Insurance Group", "Tempe, AZ", "2021-04", "2022-12", [
                "Audited closed files for coverage, reserve and payment accuracy against state regulations",
                "Flagged leakage and wrote monthly findings for the claims VP",
            ], "affecting"),
            E("First Notice of Loss Representative", "Copperline Insurance Services", "Phoenix, AZ", "2019-02", "2021-03", [
                "Took 60–80 inbound calls a day from policyholders reporting accidents, thefts and glass damage",
                "Arranged rental cars and tow-ins, set expectations on next steps",
                "Spanish-speaking queue lead on weekends",
            ], "facing", "contact_center"),
            E("Loan Document Scanner", "Desert Sun Title & Escrow", "Chandler, AZ", "2018-05", "2019-01", [
                "Prepped, scanned and indexed closing packages into the imaging system",
            ], "affecting"),
        ]),
        ("Licenses", ["Arizona P&C Adjuster License #", "New Mexico Non-Resident Adjuster License"]),
        ("Education", ["A.A.S. Business Administration, Mesa Verde Community College, 2018"]),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    id="w003", ext="txt", r="txt", hdr="labelled", ds="mon", present="till date", txthead="rule", bul="*",
    family="Indian KYC/AML analyst CV pasted from a job portal, Designation/Organisation/Duration blocks, 'till date'",
    name="Pranitha Venkataraman", contact=["Mobile: +91 98450 27716", "Email: pranitha.v@mailbox.in",
                                          "Address: 14/2 Gandhi Nagar, Tiruppur, Tamil Nadu"], contact_lines=True,
    tagline="Career Objective: To work in a challenging AML environment where I can use my knowledge of KYC norms.",
    blocks=[
        ("Professional Experience", [
            E("Senior Analyst - KYC Remediation", "Kaveri Global Services Pvt. Ltd.", "Chennai", "2023-08", "present", [
                "Periodic review of high-risk corporate client files for a European bank client (CDD/EDD)",
                "Identify ultimate beneficial owners from registry extracts and ownership charts",
                "Screen names on World-Check and disposition hits with rationale",
                "Quality check of 15 files per day for junior analysts",
            ], "affecting"),
            E("Analyst - Transaction Monitoring", "Kaveri Global Services Pvt. Ltd.", "Chennai", "2021-11", "2023-07", [
                "Level 1 review of system alerts on retail accounts; escalated suspicious cases to L2",
                "Wrote case narratives as per procedure",
            ], "affecting"),
            E("Customer Relationship Officer", "Tiruppur Urban Co-operative Bank", "Tiruppur", "2019-07", "2021-10", [
                "Opened savings and current accounts at the branch and collected KYC documents from customers",
                "Attended walk-in customers for passbook, cheque book and ATM card queries",
                "Cross sold RD and FD products",
            ], "facing", "in_person_service"),
            E("Intern", "Sree Lakshmi Chit Funds", "Tiruppur", "2019-01", "2019-04", [
                "Data entry of subscriber ledgers and auction register",
            ], "none", etype="internship"),
        ]),
        ("Educational Qualification", ["M.Com (Finance) - Kongu Arts College, 2019 - 72%", "B.Com - 2017 - 68%"]),
        ("Certifications", ["- ACAMS Foundations (2022)", "- NISM Series VI (pursuing)"]),
        ("Personal Details", ["Date of Birth: 12.03.1997", "Languages Known: Tamil, English, Hindi (speak)"]),
        ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                         "Place: Chennai                                        (PRANITHA V)"]),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    id="w004", ext="pdf", r="fp", layout="sidebar", hdr="title_org", ds="mon", present="Present",
    family="Singapore SME relationship manager, fpdf2 with dark left sidebar (contact, skills, languages)",
    name="Darren Koh Wei Ming", contact=["+65 9123 4408", "darren.koh@mailbox.sg", "Tampines, Singapore"],
    tagline="Relationship Manager, Business Banking",
    side=[("Skills", ["- Credit structuring", "- Trade & working capital", "- Portfolio management", "- Salesforce CRM"]),
          ("Languages", ["English, Mandarin, Hokkien (spoken)"])],
    blocks=[
        ("Experience", [
            E("Relationship Manager, SME Banking", "Straits Harbour Bank", "Singapore", "2021-05", "present", [
                "Manage a portfolio of 85 SME clients (S$ 160m lending) in F&B, logistics and trading",
                "Visit clients on site for annual reviews, new facilities and succession conversations",
                "Grew fee income 22% in 2025 through FX hedging and trade lines",
            ], "facing", "sales_account"),
            E("Credit Analyst, Business Banking", "Straits Harbour Bank", "Singapore", "2018-07", "2021-04", [
                "Spread financial statements and wrote credit papers for RMs' new and renewal applications",
                "Ran covenant monitoring and early-warning watchlists",
            ], "affecting"),
            E("Management Associate", "Lion Gate Finance", "Singapore", "2017-01", "2018-06", [
                "Rotations in operations, credit and hire-purchase sales; manned the car-loan counter at dealer showrooms on weekends",
            ], "facing", "sales_account", etype="internship"),
            E("National Service – Signals Specialist", "Singapore Armed Forces", None, "2014-03", "2016-01", [],
              "none", etype="military"),
        ]),
        ("Education", ["B.Bus (Banking & Finance), Nanyang Business School, 2016", "IBF Certified Credit Professional"]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    id="w005", ext="docx", r="docx", layout="tabs", hdr="title_org", ds="mon", present="Current", bul="•", bultab=True,
    family="South African collections agent moving into team leading, Word tab-stop dates, typed bullets",
    name="Nokuthula Mabaso", contact=["Soshanguve, Pretoria", "072 418 9930", "nokuthula.mabaso@mailbox.co.za"],
    blocks=[
        ("Career Summary", ["Six years in collections and recoveries, NQF 4 Contact Centre, registered debt collector (CoCT)."]),
        ("Work Experience", [
            E("Team Leader – Early Collections", "Ubuntu Recoveries (Pty) Ltd", "Centurion", "2024-02", "present", [
                "Lead 14 agents on the 1–30 days arrears book for a retail bank client",
                "Take escalated calls from customers disputing arrangements; approve settlement discounts",
                "Daily floor huddles, call coaching and PTP tracking",
            ], "facing", "contact_center"),
            E("Collections Agent", "Ubuntu Recoveries (Pty) Ltd", "Centurion", "2020-09", "2024-01", [
                "Outbound calls on personal loan and credit card arrears; negotiated promises to pay",
                "Updated debtor contact details and loaded debit orders",
                "Top collector Q3 2022 (R2.1m)",
            ], "facing", "contact_center"),
            E("Skip Tracer", "Tracefind Data Solutions", "Pretoria", "2019-03", "2020-08", [
                "Traced absconded debtors using bureau data, deeds office searches and social media",
                "Loaded new numbers and addresses for the call centre clients",
            ], "affecting"),
            E("Cashier", "Shoprite Hyper (franchise) – Mabopane", "Mabopane", "2017-06", "2019-02", [],
              "facing", "in_person_service"),
        ]),
        ("Education & Training", ["Matric, Soshanguve High School (2016)", "NQF 4 Contact Centre Operations (2021)"]),
        ("References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    id="w006", ext="md", r="md", mdh="h3", hdr="title_org", ds="month", present="Present",
    family="Australian mortgage broker in Markdown, h3 titles with italic dates, credit assessor background",
    name="Callum Petrakis", contact=["Newcastle NSW", "0412 556 087", "callum.petrakis@mailbox.com.au"],
    blocks=[
        ("About me", ["Mortgage broker (Cert IV Finance & Mortgage Broking, Dip FMBM) and former bank credit assessor. "
                      "I know what a clean application looks like from both sides."]),
        ("Work history", [
            E("Mortgage Broker (Credit Representative)", "Harbourline Home Loans", "Newcastle NSW", "2022-08", "present", [
                "Meet borrowers at home or in the office, run fact finds and explain loan options in plain English",
                "Lodge and manage applications with 30+ lenders through to settlement",
                "Annual check-ins with past clients for refinance reviews",
            ], "facing", "sales_account"),
            E("Credit Assessor, Home Lending", "Bank of the Hunter", "Newcastle NSW", "2018-03", "2022-07", [
                "Assessed broker-submitted home loan applications against serviceability and LVR policy",
                "Requested supporting documents from brokers and verified payslips and tax returns",
                "Held a level 3 credit approval authority from 2020",
            ], "affecting", para=True),
            E("Lending Support Officer", "Bank of the Hunter", "Maitland NSW", "2016-02", "2018-02", [
                "Prepared loan documents and settlement figures for the branch lending team",
                "Booked settlements with solicitors and conveyancers",
            ], "affecting"),
            E("Customer Service Officer", "Bank of the Hunter", "Maitland NSW", "2014-01", "2016-01", [
                "Teller and enquiries desk in a busy regional branch",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["Bachelor of Commerce, University of Newcastle (2013)"]),
        ("Memberships", ["MFAA member", "AFCA member via licensee"]),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    id="w007", ext="pdf", r="rl", layout="sidebar", hdr="org_title", ds="mm/yyyy", present="Present",
    sidecol=(0.88, 0.93, 0.90),
    family="UAE retail branch manager, reportlab shaded sidebar, employer line first with dates right, title below",
    name="Faisal Rahman Siddiqui", contact=["Al Nahda, Dubai", "+971 50 482 1173", "faisal.siddiqui@mailbox.ae",
                                             "UAE driving licence"],
    tagline="Branch Manager – Retail Banking",
    side=[("Core skills", ["- Branch P&L", "- Sales management", "- Service quality (mystery shop 94%)", "- AML / CBUAE compliance"]),
          ("Languages", ["English, Urdu, Hindi, Arabic (basic)"]),
          ("Education", ["MBA Finance, Mohali Institute of Management (2010)", "B.Com, University of the Punjab"])],
    blocks=[
        ("Professional Experience", [
            E("Branch Manager", "Gulf Crescent Bank PJSC", "Dubai", "2019-04", "present", [
                "Run a 16-staff branch with AED 900m deposits; monthly sales and service targets",
                "Personally handle priority customer complaints and sit with high-net-worth clients on account reviews",
                "Branch audit rating 'Satisfactory' three years running",
            ], "facing", "in_person_service"),
            E("Assistant Branch Manager", "Gulf Crescent Bank PJSC", "Sharjah", "2015-09", "2019-03", [
                "Supervised tellers and customer service desk; approved cash limits and overrides",
                "Branch operations controls, vault dual custody, daily call-over",
            ], "facing", "in_person_service"),
            E("Operations Officer – Central Clearing", "Emirates Arabian Finance", "Dubai", "2012-06", "2015-08", [
                "Processed inward and outward cheque clearing and returned cheques",
                "Reconciled nostro entries and handled branch queries on rejected items",
            ], "affecting"),
            E("Sales Officer – Credit Cards", "Emirates Arabian Finance", "Dubai", "2010-11", "2012-05", [
                "Direct sales at malls and corporate activations; met applicants and collected documents",
            ], "facing", "sales_account"),
        ]),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    id="w008", ext="docx", r="docx", layout="table", hdr="title_org", ds="mon", present="Present",
    family="UK commercial property underwriter, Word with a borderless table per job (role/company left, dates right)",
    name="Oliver Fairweather-Nash", contact=["Chelmsford, Essex", "07811 302 559", "o.fairweather@mailbox.co.uk"],
    blocks=[
        ("Profile", ["ACII-qualified commercial lines underwriter. Broker-facing, technical, comfortable with referrals "
                     "up to £5m TIV."]),
        ("Career History", [
            E("Senior Underwriter – Commercial Property", "Blackwater Specialty Insurance Ltd", "London EC3", "2021-10", "present", [
                "Underwrite mid-market property risks placed by a panel of 40 regional brokers",
                "Visit broker offices and run trading meetings; present the appetite at broker roadshows",
                "Mentor two assistant underwriters",
            ], "facing", "sales_account"),
            E("Underwriter", "Colne Valley Insurance plc", "Colchester", "2017-05", "2021-09", [
                "Priced and referred renewals and new business from the underwriting workstation",
                "Reviewed survey reports and set risk improvement requirements",
                "Wrote the internal guide to flood accumulation for the team",
            ], "affecting"),
            E("Underwriting Assistant", "Colne Valley Insurance plc", "Colchester", "2015-08", "2017-04", [
                "Issued policy documents and endorsements; checked broker submissions were complete",
                "Chased missing information from brokers by email",
            ], "affecting"),
            E("Graduate Trainee", "Colne Valley Insurance plc", "Colchester", "2014-09", "2015-07", [
                "Rotations through claims, underwriting and broker services",
            ], "none", etype="internship"),
        ]),
        ("Qualifications", ["ACII (Chartered Insurer), 2020", "BA (Hons) Geography, University of Leeds, 2014"]),
        ("Interests", ["Sailing on the Blackwater, cricket umpire (club level)"]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    id="w009", ext="pdf", r="fp", layout="centred", hdr="org_title", ds="mon", present="Present",
    family="US bank fraud investigator, fpdf2 centred header, employer line with right dates then title",
    name="Terrence J. Holloway", contact=["Columbus, OH", "(614) 555-0128", "tj.holloway@mailbox.com"],
    tagline="Fraud & Financial Crimes Investigator | CFE",
    blocks=[
        ("Experience", [
            E("Senior Fraud Investigator", "Buckeye National Bank", "Columbus, OH", "2022-06", "present", [
                "Investigate elder financial exploitation, check kiting and account takeover cases referred by the branches",
                "Interview customers and branch staff; prepare SAR narratives and law-enforcement referrals",
                "Testify in two county prosecutions (2024, 2025)",
            ], "facing", "other_facing"),
            E("Fraud Analyst – Card Alerts", "Buckeye National Bank", "Columbus, OH", "2019-01", "2022-05", [
                "Worked real-time card fraud alerts and blocked compromised cards",
                "Tuned detection rules with the data science team; cut false positives 18%",
            ], "affecting"),
            E("Fraud Prevention Specialist (Inbound)", "Great Lakes Card Services", "Westerville, OH", "2016-08", "2018-12", [
                "Answered cardholders calling about declined transactions and verified suspicious activity",
                "Reissued cards and filed disputes on the call",
            ], "facing", "contact_center"),
            E("Loss Prevention Officer", "Northgate Shopping Center", "Columbus, OH", "2014-05", "2016-07", [
                "CCTV monitoring from the control room; incident reports for store tenants",
            ], "none"),
        ]),
        ("Education & Certifications", ["B.S. Criminal Justice, Franklin Ridge University (2014)",
                                        "Certified Fraud Examiner (2021)"]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    id="w010", ext="html", r="html", hdr="pipe", ds="mon", present="Now",
    family="Singapore payments operations specialist, HTML export from an online CV builder, pipe title lines",
    name="Nur Aisyah binte Rahmat", contact=["Woodlands, Singapore", "+65 8276 0391", "aisyah.rahmat@mailbox.sg"],
    tagline="Payments Operations | SWIFT, FAST, GIRO",
    blocks=[
        ("Skills", ["SWIFT MT103/MT202, ISO 20022 (MX), sanctions screening, Excel macros, process improvement"]),
        ("Work Experience", [
            E("Payments Operations Specialist", "Meridian Pacific Bank Ltd", "Singapore", "2022-02", "present", [
                "Repair and release outward SWIFT payments queued for manual handling",
                "Investigate returned and unapplied payments; send MT199 queries to correspondent banks",
                "Led migration test scripts for ISO 20022",
            ], "affecting"),
            E("Payments Service Desk Officer", "Meridian Pacific Bank Ltd", "Singapore", "2019-09", "2022-01", [
                "Hotline for corporate clients' treasury teams on payment status, cut-off times and returns",
                "Logged cases and chased the processing teams until resolved",
            ], "facing", "contact_center"),
            E("Cash Management Operations Executive", "Temasek Lane Securities", "Singapore", "2017-07", "2019-08", [
                "Daily cash reconciliation, GIRO file uploads and breaks investigation",
            ], "none"),
            E("Part-time Customer Service Ambassador", "SingLink Telco Shop", "Causeway Point", "2016-01", "2017-06", [
                "Served walk-in customers on bill payments and SIM activations during my diploma",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["Diploma in Banking & Finance, Republic Northshore Polytechnic (2017)"]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    id="w011", ext="docx", r="docx", layout="header", hdr="org_title", ds="mon", present="Present", bul="-",
    family="Australian financial planner, name and contact in the Word page header, employer line first then title",
    name="Georgina Whitlock-Tan", contact=["Toowong QLD 4066", "0438 204 915", "g.whitlocktan@mailbox.com.au"],
    tagline="Financial Planner (RG146, FASEA exam passed) — retirement, super and insurance advice",
    blocks=[
        ("Employment", [
            E("Senior Financial Planner", "Riverbend Wealth Partners", "Brisbane QLD", "2020-07", "present", [
                "Own a book of 140 retiree and pre-retiree client households; annual review meetings in person or by Teams",
                "Prepare and present Statements of Advice; implement super, pension and insurance recommendations",
            ], "facing", "sales_account"),
            E("Paraplanner", "Riverbend Wealth Partners", "Brisbane QLD", "2017-02", "2020-06", [
                "Researched strategies and wrote Statements of Advice for the planners",
                "Built cash-flow models and product comparisons",
            ], "affecting"),
            E("Client Services Officer", "Coral Coast Super", "Brisbane QLD", "2014-03", "2017-01", [
                "Member phone line for contributions, rollovers and insurance claims",
                "Helped members complete hardship and early release forms",
            ], "facing", "contact_center"),
            E("Career break – travel (South America)", None, None, "2013-03", "2014-02", [], "none", etype="unknown"),
        ]),
        ("Education", ["Graduate Diploma of Financial Planning, Kaplan (2018)", "B.Bus (Economics), QUT (2012)"]),
        ("Referees", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    id="w012", ext="pdf", r="rl", layout="twocol", hdr="title_org", ds="mon", present="Present", font="Times-Roman",
    footer="Graham Ashcroft – Curriculum Vitae – page {n}",
    family="UK commercial insurance broker, 2-page reportlab CV with two-column header and page footer, six roles",
    name="Graham Ashcroft", contact=["Stockport, SK4", "07966 411 208", "graham.ashcroft@mailbox.co.uk",
                                     "linkedin.com/in/graham-ashcroft-cert-cii"],
    tagline="Account Executive – Commercial Insurance Broking",
    blocks=[
        ("Personal statement", ["Commercial broker with more than twenty years in the industry, having started in a "
                                "high-street personal lines office. I look after SME and mid-market clients in "
                                "manufacturing, construction and hospitality and place business across a panel of insurers. "
                                "I would like to move into a development role with a regional broker."]),
        ("Key achievements", [
            "- Retained 96% of my book by premium through the hard market of 2021–2023",
            "- Won 31 new commercial accounts in 2025, mostly through accountant and solicitor referrals",
            "- Built the firm's hospitality scheme with one insurer, now 70 pubs and restaurants",
            "- Chartered status for the firm's Manchester office: led the CPD log project",
            "- Trained four apprentices who all passed their Cert CII",
        ]),
        ("Employment", [
            E("Account Executive", "Pennine Risk Partners LLP", "Manchester", "2019-01", "present", [
                "Manage a £2.4m commission book of 180 commercial clients; visit clients for renewals and risk reviews",
                "Market risks to insurers and negotiate terms with underwriters",
                "Support clients through large claims, including a £1.1m factory fire in 2023",
            ], "facing", "sales_account"),
            E("Account Handler", "Pennine Risk Partners LLP", "Manchester", "2014-06", "2018-12", [
                "Prepared renewal presentations and market submissions for the account executives",
                "Processed mid-term adjustments and issued documentation",
            ], "affecting"),
            E("Claims Advocate", "Tameside Insurance Brokers Ltd", "Ashton-under-Lyne", "2011-02", "2014-05", [
                "Took clients' claim notifications by phone and kept them updated",
                "Chased insurers and loss adjusters on clients' behalf",
            ], "facing", "contact_center"),
            E("Sales Consultant – Personal Lines", "Hearthside Insurance Shop", "Stockport", "2007-09", "2011-01", [
                "Quoted and sold motor and home policies to walk-in and telephone customers",
            ], "facing", "sales_account"),
            E("Motor Trader (self-employed)", "Ashcroft Motors", "Stockport", "2004-03", "2007-08", [
                "Bought and sold used cars from a small forecourt",
            ], "facing", "entrepreneurial_freelance", etype="freelance"),
            E("Warehouse Operative", "Northfold Distribution", "Trafford Park", "2003-01", "2004-02", [
                "Pick and pack, forklift (counterbalance licence)",
            ], "affecting"),
        ]),
        ("Qualifications", ["Cert CII (2009), Dip CII (2016)", "5 GCSEs, Reddish Vale School"]),
        ("Training", ["Insurance Conduct of Business Sourcebook (ICOBS) refresher, 2025",
                      "Consumer Duty for brokers, BIBA, 2023", "Business interruption masterclass, CII, 2022",
                      "Construction all risks, Manchester Insurance Institute, 2019",
                      "Negotiation skills, two-day course, 2017", "Excel for brokers, 2015"]),
        ("Outside work", ["Treasurer of Heaton Mersey Cricket Club", "Fell running"]),
        ("References", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    id="w013", ext="txt", r="txt", hdr="dash", ds="month", present="to date", txthead="under", bul="-", pad=True, width=96,
    family="South African teller to branch consultant, plain text with 'Title – Employer, Town' lines and padded dates",
    name="Thabiso Mokoena", contact=["Cell: 083 557 2091", "E-mail: thabiso.mokoena@mailbox.co.za",
                                     "Address: 22 Mabaleng St, Welkom, Free State"], contact_lines=True, namecase=str.title,
    blocks=[
        ("Personal Profile", ["I am a hard working and friendly person who enjoys helping people with their money. "
                              "I have a valid code 8 licence and own transport."]),
        ("Employment History", [
            E("Service Consultant", "Thaba Capital Bank, Welkom Goldfields Branch", "Welkom", "2023-04", "present", [
                "Open accounts, replace cards and help clients set up the banking app",
                "Assist elderly clients in the queue on SASSA pay days",
                "Meet monthly product targets",
            ], "facing", "in_person_service"),
            E("Teller", "Thaba Capital Bank", "Virginia", "2020-10", "2023-03", [
                "Cash deposits and withdrawals, foreign notes, balancing at end of day",
            ], "facing", "in_person_service"),
            E("Back Office Clerk", "Goldfields Funeral Assurance", "Welkom", "2018-02", "2020-09", [
                "Captured new policies and premium receipts on the system",
                "Filed claim documents and prepared payment requisitions for approval",
            ], "affecting"),
            E("Volunteer Treasurer", "Matjhabeng Youth Soccer Club", "Welkom", "2016-01", "2020-12", [
                "Kept the club's books and banked subs",
            ], "none", section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Grade 12 (2015) - Welkom Technical High", "Higher Certificate in Banking, Unisa (2019)"]),
        ("Languages", ["Sesotho, English, Afrikaans, isiZulu"]),
        ("References", ["Mr K. Ramokhoase - Branch Manager - 057 555 0192", "Mrs L. Botha - Ops Supervisor - 057 555 0117"]),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    id="w014", ext="docx", r="docx", layout="sidebar", hdr="title_org", ds="mon.", present="Present", shade="E8E2F0",
    family="Indian retail bank relationship manager, Word two-column layout table with shaded sidebar",
    name="Rohan Deshpande", contact=["Kothrud, Pune 411038", "+91 99220 41785", "rohan.deshpande@mailbox.in"],
    tagline="Relationship Manager – Retail Liabilities, 9 years",
    side=[("Key skills", ["- CASA acquisition", "- Third-party products (MF, insurance)", "- Finacle", "- Team handling"]),
          ("Certifications", ["AMFI / NISM V-A", "IRDAI Life Insurance Agent"]),
          ("Languages", ["Marathi, Hindi, English"])],
    blocks=[
        ("Work Experience", [
            E("Relationship Manager – Privilege Banking", "Sahyadri Bank Ltd.", "Pune", "2021-04", "present", [
                "Manage 350 high-value savings customers; quarterly portfolio meetings at branch and at clients' homes",
                "Cross-sell mutual funds, insurance and home loans; FY25 achievement 128%",
            ], "facing", "sales_account"),
            E("Deputy Manager – Branch Operations", "Sahyadri Bank Ltd.", "Nashik", "2018-06", "2021-03", [
                "Managed cash, clearing and account opening maker-checker in the branch",
                "Resolved customer complaints on the service desk and handled locker operations",
            ], "facing", "in_person_service"),
            E("Officer – Centralised Processing Unit", "Konkan Finance Corporation", "Mumbai", "2016-01", "2018-05", [
                "Verified account opening forms and KYC documents received from branches",
                "Rejected and returned incomplete forms with discrepancy notes",
            ], "affecting"),
            E("Management Trainee", "Konkan Finance Corporation", "Mumbai", "2015-07", "2015-12", [
                "Induction training and branch attachment", 
            ], "none", etype="internship"),
        ]),
        ("Education", ["MBA (Finance), Symbiosis-affiliated institute, 2015", "B.Com, Pune University, 2013"]),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    id="w015", ext="pdf", r="fp", layout="left", hdr="dateline", ds="mm/yyyy", present="Present", bul="-",
    family="US collections and loss-mitigation specialist, fpdf2 left header, title, employer and dates on separate lines",
    name="Keisha Renee Dupree", contact=["Charlotte, NC 28215", "(704) 555-0191", "keisha.dupree@mailbox.com"],
    blocks=[
        ("Skills", ["FDCPA / Reg F compliance · skip tracing · loss mitigation · bilingual (English/Spanish) · 40 WPM typing"]),
        ("Work History", [
            E("Loss Mitigation Specialist", "Piedmont Home Servicing LLC", "Charlotte, NC", "2023-03", "present", [
                "Review hardship packages and calculate loan modification and forbearance options",
                "Call homeowners to explain workout options and missing documents",
                "Caseload of ~180 delinquent mortgages",
            ], "facing", "contact_center"),
            E("Collections Representative", "Carolina Auto Finance", "Matthews, NC", "2020-11", "2023-02", [
                "Outbound calls to past-due borrowers, payment arrangements, repossession avoidance",
            ], "facing", "contact_center"),
            E("Repossession Coordinator", "Carolina Auto Finance", "Matthews, NC", "2019-08", "2020-10", [
                "Assigned repossession orders to vendors and tracked vehicles to auction",
                "Mailed state-required notices and updated account status",
            ], "affecting"),
            E("Payment Processor", "Queen City Utilities District", "Charlotte, NC", "2018-01", "2019-07", [
                "Keyed mailed checks and lockbox payments; researched unidentified payments",
            ], "affecting"),
        ]),
        ("Education", ["Diploma, West Mecklenburg High School", "Coursework in Accounting, Central Piedmont Community College"]),
    ]))
