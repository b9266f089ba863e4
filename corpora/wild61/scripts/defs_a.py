"""wild61 résumés w001–w015. All people, employers and towns are invented."""
from lib import E

F, A, N = "facing", "affecting", None
R = []

R.append(dict(
    id="w001", ext="pdf", renderer="rl", layout="plain", order="title_org", dfmt="month", present="Present",
    sep=" – ", paper="letter",
    family="US credit-union collections rep, Word-to-PDF single column, title line with right-aligned dates",
    name="Tanisha R. Booker",
    contact=["Millbrook, OH 45391", "(937) 555-0148", "tanisha.booker@mailbox.com"],
    summary="Collections and member-service rep with seven years on the phones in consumer lending. Calm on hard "
            "calls, solid on Reg F and FDCPA, and used to working a dialer queue all day.",
    summary_head="Summary",
    sections=[("Experience", [
        E("Collections Representative II", "Buckeye Valley Federal Credit Union", "Millbrook, OH", "2022-09", "present", F, "contact_center", [
            "Work 180–220 accounts a day in the 31–90 day delinquency queue, outbound and inbound",
            "Set up promise-to-pay arrangements, skip-a-pay and hardship extensions; kept-promise rate around 71%",
            "Document every contact in Symitar per FDCPA and Reg F call-frequency rules",
            "Sit with new hires for their first two weeks on the phones"]),
        E("Payment Processing Clerk", "Buckeye Valley Federal Credit Union", "Millbrook, OH", "2021-03", "2022-08", A, N, [
            "Keyed mailed-in loan payments and worked lockbox exceptions",
            "Researched misapplied payments and moved them to the right loan before late fees hit",
            "Balanced daily batch totals to the GL"]),
        E("Customer Service Representative", "Ridgeline Auto Finance", "Fairbury, OH", "2019-05", "2021-02", F, "contact_center", [
            "Inbound calls on payoff quotes, title releases and due-date changes (70–90 calls/day)",
            "Took payments by phone and set up ACH authorizations"]),
        E("Cashier / Front End", "Hometown Fresh Market", "Millbrook, OH", "2017-08", "2019-04", F, "in_person_service", [
            "Register, WIC and EBT transactions, customer service desk on Sundays"]),
    ])],
    post=[("Education", ["Clarion County Community College — coursework toward A.A.B., Business Management (2018–2019)",
                         "Millbrook High School — Diploma, 2017"]),
          ("Skills", ["Symitar · LiveVox dialer · Excel · 52 wpm · Spanish (conversational)"])],
))

R.append(dict(
    id="w002", ext="docx", renderer="docx", layout="styles", order="title_org", dfmt="mon", present="Present",
    sep=" - ",
    family="UK building-society written-complaints handler, Word heading styles and list bullets, right tab-stop dates",
    name="Gemma Halliwell",
    contact=["14 Orchard Rise, Ashcombe AS7 2LN", "07700 900412", "gemma.halliwell@mailbox.co.uk"],
    summary="Complaints handler who writes for a living. I like untangling a member's complaint and explaining "
            "the answer in a letter they can actually follow, and I pick up the phone when a letter won't do.",
    summary_head="Personal Statement",
    sections=[("Career History", [
        E("Complaints Case Handler (Written Correspondence)", "Northgate Mutual Building Society", "Ashcombe", "2023-02", "present", F, "contact_center", [
            "Own complaints from receipt to final response – mostly by post, as a lot of our members are older and prefer a letter",
            "Draft final response letters in plain English, setting out Financial Ombudsman referral rights",
            "Ring the member when a letter alone won't settle it (roughly one case in five)",
            "Calculate redress including 8% simple interest on delayed payments"]),
        E("Customer Correspondence Administrator", "Northgate Mutual Building Society", "Ashcombe", "2021-06", "2023-01", A, N, [
            "Scanned and indexed incoming post for the savings and mortgage teams",
            "Prepared rate-change notices and maturity packs from templates for handlers to check and sign",
            "Kept the complaints log up to date for the weekly MI pack"]),
        E("Sales Assistant", "Pennyfield Home Store", "Ashcombe", "2019-09", "2021-05", F, "in_person_service", [
            "Till and returns desk; helped customers measure up for curtains and blinds",
            "Worked through the 2020 reopening with one-way systems and click & collect"]),
        E("Telephone Befriender", "Silver Threads Friendship Line", "Ashcombe", "2020-04", "2021-12", F, "volunteering", [
            "Weekly calls with two isolated older people during and after lockdown"], section="volunteer", etype="volunteer"),
    ])],
    post=[("Education", ["Ashcombe College – Level 3 Diploma in Business (2019)", "CII Award in Financial Services (2022)"]),
          ("Skills", ["Letter writing and plain English", "Complaints handling (DISP)", "Microsoft Office, Aptean Respond"])],
))

R.append(dict(
    id="w003", ext="pdf", renderer="fpdf", layout="centred", order="title_org", dfmt="mon", present="Present",
    sep=" - ", caps=True,
    family="Philippine BPO collections and retention agent, fpdf2 centred header, title then company line, right-aligned dates",
    name="Ma. Kristine D. Villanueva",
    contact=["Blk 9 Lot 14 Sampaguita St., Pasong Bato, Calaraan City", "0917 555 0193", "kristine.villanueva@mailbox.ph"],
    summary="To be part of a growing organization where I can use my 6 years of BPO experience in collections and "
            "customer retention and grow as a future team leader.",
    summary_head="Objective",
    sections=[("Work Experience", [
        E("Collections Specialist (Voice) - US Telecom Account", "Vireo Contact Solutions Inc.", "Calaraan City", "2023-07", "present", F, "contact_center", [
            "Handling inbound and outbound calls for past-due postpaid wireless accounts of US customers",
            "Negotiating payment arrangements and explaining suspension and reconnection of service",
            "Consistently at 105-110% of dollars-collected target",
            "Top 3 agent in QA scores for Q2 2025"]),
        E("Customer Retention Representative", "Vireo Contact Solutions Inc.", "Calaraan City", "2021-11", "2023-06", F, "contact_center", [
            "Saves desk for cable and internet customers calling to cancel",
            "Offered retention promos within my authority, processed downgrades and disconnections",
            "Average save rate 42%"]),
        E("Non-Voice Account Verification Associate", "Lakandula Outsourcing Corp.", "Calaraan City", "2020-02", "2021-10", A, N, [
            "Reviewed uploaded IDs and selfies for a UK e-money client (KYC)",
            "Flagged mismatched or edited documents for escalation",
            "60 cases per hour at 99% accuracy"]),
        E("Service Crew", "Kusina Express", "Pasong Bato, Calaraan City", "2018-04", "2019-12", F, "in_person_service", [
            "Counter and drive-thru orders, cash handling (part-time while in college)"]),
    ])],
    post=[("Educational Attainment", ["Bachelor of Science in Business Administration, Calaraan City College, 2020"]),
          ("Skills", ["Typing 45 wpm", "Salesforce, Avaya, Five9", "Good in English communication"]),
          ("Character References", ["Available upon request"])],
))

R.append(dict(
    id="w004", ext="txt", renderer="txt", layout="indeed", order="dateline", join=" - ", dfmt="month",
    present="Present", sep=" to ", hstyle="plain", bullet="-",
    family="US door-to-door energy sales rep, Indeed-style export pasted as text, 'Month YYYY to Present'",
    name="Cody Marsh",
    contact=["Loma Verde, TX 79412", "cody.marsh@mailbox.com", "+1 806 555 0177"],
    summary="Outgoing, self-motivated sales rep. Not afraid of a door. Looking for a base-plus-commission role.",
    summary_head="Summary",
    sections=[("Work Experience", [
        E("Energy Sales Representative (Door-to-Door)", "Lone Mesa Power & Light Retail", "Loma Verde, TX", "2024-03", "present", F, "sales_account", [
            "Knock 60-90 doors a day in assigned neighborhoods explaining fixed-rate electricity plans",
            "Enroll customers on the tablet, verify ID, walk them through the Electricity Facts Label",
            "Ranked #2 of 14 reps for enrollments in Q1 2025",
            "Follow up on cancels inside the 3-day rescission window"]),
        E("Solar Canvasser", "BrightRidge Solar", "Loma Verde, TX", "2023-05", "2024-02", F, "sales_account", [
            "Talked to homeowners about their power bills and set appointments for the closers",
            "Logged every door in the canvassing app"]),
        E("Meter Reader (Contract)", "Citywide Utility Services", "Harlan Springs, TX", "2021-08", "2023-04", A, N, [
            "Read 400+ residential meters a day on a walking route, mostly back yards and alleys",
            "Reported damaged meters, tampering and dog hazards through the handheld",
            "Kept read accuracy above 99.8% so bills went out on actuals"]),
        E("Warehouse Associate", "Dorado Distribution", "Harlan Springs, TX", "2019-10", "2021-07", A, N, [
            "Picked and packed store orders, loaded trailers, RF scanner"]),
    ])],
    post=[("Education", ["High school diploma", "Harlan Springs High School - Harlan Springs, TX", "2019"]),
          ("Skills", ["Door-to-door sales (2 years)", "Customer service", "Bilingual English/Spanish", "Forklift"])],
))

R.append(dict(
    id="w005", ext="docx", renderer="docx", layout="tabs", order="title_org", dfmt="mon", present="Present",
    sep=" – ", prose={0},
    family="Irish mortgage processor, Word tab-stop dates, prose duties for the current role, summer J1 job",
    name="Aoife Brennan",
    contact=["Ballyrinn, Co. Westmeath", "087 555 2231", "aoife.brennan@mailbox.ie"],
    sections=[("Employment History", [
        E("Mortgage Processor", "Shannonside Bank", "Lending Centre, Ballyrinn", "2022-01", "present", A, N, [
            "I assess mortgage applications against credit policy and prepare them for underwriter sign-off.",
            "This means going through payslips, bank statements and Revenue documents line by line for affordability and spending patterns.",
            "I issue Approval in Principle and Letters of Offer through the system and work with solicitors' offices on loan cheque requests before drawdown."]),
        E("Mortgage Support Executive", "Shannonside Bank", "Ballyrinn", "2019-06", "2021-12", F, "contact_center", [
            "First point of contact by phone for applicants once their application was submitted",
            "Explained outstanding documents and timelines to first-time buyers, many of them anxious",
            "Booked appointments with mortgage advisers"]),
        E("Bank Official", "Shannonside Bank", "Kilbarra Branch", "2016-09", "2019-05", F, "in_person_service", [
            "Counter and enquiries desk in a busy town branch – lodgements, foreign exchange, account opening",
            "Helped older customers move to online and app banking when the counter hours were cut"]),
        E("Retail Assistant (part-time)", "Moran's Foodhall", "Kilbarra", "2013-06", "2016-08", F, "in_person_service", [
            "Checkouts and the deli counter at weekends"]),
        E("Server Assistant (J1 Visa)", "Harbor Lights Clam Shack", "Oyster Point, MA, USA", "2015-06", "2015-08", F, "in_person_service", [
            "Cleared and reset tables, ran food, refilled drinks in a 120-cover seafood restaurant"], datetext="Summer 2015"),
    ])],
    post=[("Education & Qualifications", ["QFA – Qualified Financial Adviser (2021)",
                                          "B.Comm, Midlands Technological University (2016)"]),
          ("Interests", ["Camogie, sea swimming, local drama group"])],
))

R.append(dict(
    id="w006", ext="pdf", renderer="rl", layout="sidebar", order="title_org", dfmt="mon", present="Current",
    sep=" – ",
    family="Australian home-insurance claims consultant, reportlab with shaded left sidebar (contact, skills, referees)",
    name="Brooke Nguyen",
    contact=["Carrawong NSW 2761", "0412 555 308", "brooke.nguyen@mailbox.com.au"],
    pre=[("Skills", ["Guidewire ClaimCenter", "Storm and catastrophe events", "Settlement delegation $15k",
                     "Vietnamese (fluent)"]),
         ("Referees", ["Available on request"])],
    summary="Claims consultant who has been on both sides of the desk – assessing claims and talking customers through them.",
    sections=[("Work Experience", [
        E("Claims Consultant – Home & Contents", "Southern Cross Mutual Insurance", "Carrawong NSW", "2023-04", "present", F, "contact_center", [
            "Lodge new claims over the phone, often on the day of a storm or a break-in",
            "Set expectations on excess, assessor visits and timeframes",
            "Manage a portfolio of around 90 open claims, keeping customers updated by phone and email",
            "Approve settlements within my $15k delegation"]),
        E("Claims Assessor (Desk)", "Southern Cross Mutual Insurance", "Carrawong NSW", "2021-08", "2023-03", A, N, [
            "Reviewed builder quotes, photos and assessor reports to decide cover under the PDS",
            "Wrote decision rationales on declined claims for the consultant team to communicate",
            "Referred suspect claims to the investigations unit"]),
        E("Recoveries Officer", "Tasman Motor Insurance", "Carrawong NSW", "2019-11", "2021-07", F, "contact_center", [
            "Pursued at-fault drivers and their insurers for repair costs",
            "Phoned uninsured at-fault drivers to negotiate repayment plans, and issued letters of demand"]),
        E("Retail Assistant", "Bargain Barn", "Carrawong NSW", "2017-02", "2019-10", F, "in_person_service", [
            "Checkouts, lay-by and the service desk; casual then permanent part-time"]),
    ])],
    post=[("Education", ["Certificate III in General Insurance (2021)", "HSC, Carrawong High School (2016)"])],
))

R.append(dict(
    id="w007", ext="txt", renderer="txt", layout="portal", order="labelled", labels=("Company", "Designation", "Duration"),
    dfmt="mon-yy", present="till date", sep=" to ", hstyle="caps", bullet="*",
    family="Indian KYC and onboarding executive, job-portal style text, labelled Company/Designation/Duration lines",
    name="Pradeep Kumar Sahu",
    contact=["Mobile: +91 94370 55214", "Email: pradeep.sahu@mailbox.in", "Address: Plot 112, Sundarpur, Odisha"],
    summary="Seeking a challenging position in banking operations where I can utilize my skills for the growth of the organization.",
    summary_head="Career Objective",
    sections=[("Professional Experience", [
        E("Senior Executive - KYC Operations", "Vaishnavi Finserv Pvt. Ltd.", "Sundarpur", "2023-01", "present", A, N, [
            "Verification of KYC documents (Aadhaar, PAN, bank statement) for two-wheeler loan files",
            "Audit of recorded video KYC sessions and marking of discrepancies",
            "Handling team of 6 executives for TAT and quality"]),
        E("Customer Onboarding Executive", "Vaishnavi Finserv Pvt. Ltd.", "Sundarpur", "2021-04", "2022-12", F, "contact_center", [
            "Welcome calling to new loan customers in Odia, Hindi and English",
            "Explaining EMI date, NACH mandate and foreclosure charges",
            "Resolving customer queries regarding disbursement status"]),
        E("Tele-caller (Collections)", "Rudra Recovery Services", "Sundarpur", "2019-08", "2021-03", F, "contact_center", [
            "Calling bucket 1 and bucket 2 customers for EMI payment",
            "Updating PTP and dispositions in dialler"]),
        E("Data Entry Operator", "Shree Jagannath Computers", "Sundarpur", "2018-06", "2019-07", "none", N, [
            "Typing and data entry of survey forms for a market research agency"]),
    ])],
    post=[("Academic Qualification", ["B.Com - Utkal Sundarpur College - 2018 - 61%", "12th (CHSE) - 2015 - 58%",
                                      "10th (BSE) - 2013 - 72%"]),
          ("Computer Knowledge", ["MS Office, Tally ERP 9, Internet"]),
          ("Personal Details", ["Father's Name : Sri Ramesh Chandra Sahu", "Date of Birth : 12-03-1997",
                                "Languages Known : Odia, Hindi, English", "Marital Status : Unmarried"]),
          ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                           "Place: Sundarpur                                   (PRADEEP KUMAR SAHU)"])],
))

R.append(dict(
    id="w008", ext="docx", renderer="docx", layout="table", order="title_org", dfmt="month", present="Present",
    sep=" - ",
    family="South African card-fraud analyst, Word with a borderless table per job (role left, dates right)",
    name="Nomvula Dlamini",
    contact=["Thornhill Heights, 4051", "072 555 8841", "nomvula.dlamini@mailbox.co.za"],
    summary="Banking professional (8 years) moving through the call centre, the branch and card fraud. Looking for a "
            "senior fraud or disputes role.",
    summary_head="Profile",
    sections=[("Work Experience", [
        E("Fraud Analyst – Card Fraud Detection", "Amandla Commercial Bank", "Thornhill Heights", "2023-05", "present", F, "contact_center", [
            "Work real-time alerts on card transactions and decide whether to block, release or refer",
            "Phone clients to confirm suspicious transactions and talk them through card replacement",
            "Log confirmed fraud and open disputes for the chargeback team"]),
        E("Card Disputes Consultant", "Amandla Commercial Bank", "Thornhill Heights", "2021-02", "2023-04", A, N, [
            "Processed chargebacks under Visa and Mastercard rules within the dispute timeframes",
            "Prepared evidence packs and pre-arbitration documents",
            "Updated branch and call-centre staff on dispute outcomes through the case system"]),
        E("Teller", "Amandla Commercial Bank", "Pietersrus Branch", "2018-03", "2021-01", F, "in_person_service", [
            "Cash deposits, withdrawals and foreign notes; balanced my till daily",
            "Assisted SASSA grant recipients at month-end with patience and care"]),
        E("Call Centre Agent", "Ubuntu Cellular", "Thornhill Heights", "2016-07", "2018-02", F, "contact_center", [
            "Prepaid airtime, data bundle and RICA queries in isiZulu and English"]),
    ])],
    post=[("Education", ["National Senior Certificate (Matric), Thornhill Secondary School – 2015",
                         "National Certificate: Banking (NQF 5) – 2019"]),
          ("References", ["Mr S. Pillay – Branch Manager, Amandla Commercial Bank – 031 555 0119"])],
))

R.append(dict(
    id="w009", ext="pdf", renderer="fpdf", layout="left", order="title_org", dfmt="mm/yyyy", present="Present",
    sep=" - ",
    family="UK meter reader and ex doorstep energy seller, fpdf2 left-aligned header, mm/yyyy dates, career break",
    name="Darren Oakley",
    contact=["Kelsall Moor, West Yorkshire", "07700 900 655", "darren.oakley@mailbox.co.uk", "Full UK driving licence"],
    summary="Reliable, on my feet all day, good with people on the doorstep. Looking for a field role with a utility.",
    summary_head="About me",
    sections=[("Employment", [
        E("Meter Reader", "Pennine Meter Services", "Kelsall Moor", "2021-10", "present", F, "other_facing", [
            "Walk round of 250–300 homes a day reading gas and electric meters for Yorwest Energy",
            "Most meters are indoors, so I knock, show my ID, explain why I'm there and get let in",
            "Pass customers' questions about bills and smart meter bookings on to the supplier",
            "Deal calmly with the odd householder who's had a big bill and wants to take it out on someone"]),
        E("Career break", None, None, "2021-04", "2021-09", "none", N, [
            "Recovering from knee surgery"], etype="unknown"),
        E("Door-to-Door Energy Sales Advisor (self-employed)", "Fairshare Energy Direct", "Kelsall Moor and Bradwell", "2019-03", "2021-03", F, "sales_account", [
            "Signed households up to dual-fuel tariffs on the doorstep, commission only",
            "Completed the compliance checklist with every customer before leaving the house"], etype="freelance"),
        E("Multi-drop Driver", "Swiftdrop Couriers", "Kelsall Moor", "2016-05", "2019-02", F, "in_person_service", [
            "110+ parcels a day, signatures, safe places and card-throughs",
            "Customers knew me by name on the rural round"]),
    ]), ("Volunteering", [
        E("Matchday Steward", "Kelsall Moor Rugby League Club", "Kelsall Moor", "2015-01", "present", F, "volunteering", [
            "Turnstiles, directing fans and first point of contact for any problems in the stand"],
            prec="year", section="volunteer", etype="volunteer"),
    ])],
    post=[("Qualifications", ["GCSEs incl. Maths and English, Kelsall Moor Academy", "Level 2 Award in Gas Meter Safety"])],
))

R.append(dict(
    id="w010", ext="md", renderer="md", layout="h3", order="pipe", dfmt="mon", present="Present", sep=" – ",
    family="Canadian payment-operations analyst in Markdown, h3 pipe-separated title, employer and town with italic dates",
    name="Marc-André Tremblay",
    contact=["Harwood Falls, ON", "613-555-0126", "ma.tremblay@mailbox.ca"],
    sections=[("Experience", [
        E("Payment Operations Analyst", "Northshield Trust Company", "Harwood Falls, ON", "2023-06", "present", A, N, [
            "Release and repair outgoing wires and EFT files; investigate rejects and returns",
            "Work the Interac e-Transfer exception queue and reverse duplicates",
            "Reconcile the settlement account daily with Treasury"]),
        E("Wire Room Clerk", "Northshield Trust Company", "Harwood Falls, ON", "2021-09", "2023-05", F, "contact_center", [
            "Keyed and verified incoming SWIFT instructions",
            "Did call-back verification with commercial clients on every wire over $50k, and walked them through why we were holding it"]),
        E("Financial Services Representative", "Lakeland Credit Union", "Harwood Falls, ON", "2019-05", "2021-08", F, "in_person_service", [
            "Teller line and member enquiries, bilingual service in French and English",
            "Referred members to advisors for GICs and RRSPs"]),
        E("Reconciliation Clerk (Co-op)", "Harwood Falls Municipal Finance Department", "Harwood Falls, ON", "2018-05", "2018-08", "none", N, [
            "Matched bank statements to the general ledger and cleared old outstanding items"], etype="internship"),
    ]), ("Volunteer", [
        E("Tax Clinic Volunteer", "Harwood Falls Community Tax Clinic", None, "2020-03", "2020-04", F, "volunteering", [
            "Prepared simple returns face to face for seniors and newcomers on low incomes"], section="volunteer", etype="volunteer"),
    ])],
    post=[("Education", ["**B.Com., Finance** — Université de Harwood, 2019", "Canadian Securities Course (2022)"])],
))

R.append(dict(
    id="w011", ext="docx", renderer="docx", layout="header", order="org_title", dfmt="mm/yyyy", present="Present",
    sep=" – ",
    family="US wireless retention and win-back specialist, name and contact in the Word page header, employer line first",
    name="Marcus Delgado",
    contact=["Vista Hermosa, AZ", "(520) 555-0183", "marcus.delgado@mailbox.com", "linkedin.com/in/marcusdelgado-az"],
    sections=[("Professional Experience", [
        E("Win-Back Specialist", "Saguaro Wireless", "Vista Hermosa, AZ (remote)", "2024-01", "present", F, "contact_center", [
            "Outbound calls to customers who ported out in the last 90 days",
            "Build the offer around why they left—coverage, price, a bad store visit—instead of reading a script",
            "Win-back rate 18% vs. team average 12% (2025)"]),
        E("Retention Specialist – Loyalty Team", "Saguaro Wireless", "Vista Hermosa, AZ (remote)", "2021-07", "2023-12", F, "contact_center", [
            "Inbound cancellation line; save offers, plan reviews, device payoff explanations",
            "Trained 9 new hires on the save path"]),
        E("Retail Sales Consultant", "Saguaro Wireless", "Mesa Rosa, AZ", "2019-02", "2021-06", F, "in_person_service", [
            "Activations, upgrades, accessories and trade-ins; 3x Top Rep of the Month"]),
        E("Assistant Store Manager", "Cactus Flats Mobile", "Mesa Rosa, AZ", "2017-04", "2019-01", F, "in_person_service", [
            "Opened and closed the store, cash handling, schedules for 6 reps",
            "Handled customer escalations on the floor"]),
    ])],
    post=[("Education", ["Pima Valley Community College — Business coursework"]),
          ("Certifications", ["CXPA Customer Experience Fundamentals (2023)"])],
))

R.append(dict(
    id="w012", ext="pdf", renderer="rl", layout="twocol", order="title_org", dfmt="mon", present="Present",
    sep=" – ",
    family="UK water-utility billing disputes team leader, 2-page reportlab CV with two-column header and page footer, year-only early role",
    name="Shaun Mercer",
    contact=["Brackley Cross, West Midlands", "07700 900 318", "shaun.mercer@mailbox.co.uk"],
    summary="Fourteen years in utility billing, debt and complaints, from the back office to leading a disputes team. "
            "I know how a bill gets built, which is why I can usually tell a customer what went wrong with theirs.",
    pre=[("Key skills", ["Billing disputes, back-billing rules and meter-read challenges",
                         "Vulnerable customers and the Priority Services Register",
                         "Complaints handling to Ombudsman standard; deadlock and final response letters",
                         "Coaching, call listening and one-to-ones",
                         "SAP IS-U billing, Excel (macros, pivot tables), Power BI",
                         "Root-cause reporting to billing and metering teams"])],
    sections=[("Employment", [
        E("Billing Disputes Team Leader", "Midshire Water", "Brackley Cross", "2022-03", "present", F, "contact_center", [
            "Lead 11 advisers handling disputed bills, back-billing and meter-read challenges",
            "Take level-2 escalations by phone myself, including customers on the Priority Services Register",
            "Sign off goodwill payments and account adjustments up to £500",
            "Brought average dispute age down from 34 to 19 days"]),
        E("Billing Exceptions Analyst", "Midshire Water", "Brackley Cross", "2019-08", "2022-02", A, N, [
            "Worked system exceptions – estimated reads, zero consumption, reversed meters – before bills went out",
            "Raised meter exchange jobs for the field teams",
            "Wrote the Excel macro that cleared 2,000 duplicate accounts after the billing migration"]),
        E("Customer Service Advisor", "Midshire Water", "Brackley Cross", "2017-05", "2019-07", F, "contact_center", [
            "Billing and payment calls, direct debit set-ups, moving home"]),
        E("Complaints Resolution Specialist", "Lumen Energy Supply", "Brackley Cross", "2014-10", "2017-04", F, "contact_center", [
            "Investigated complaints heading for the Ombudsman and called customers to agree a resolution",
            "Wrote deadlock and final response letters"]),
        E("Debt Recovery Administrator", "Lumen Energy Supply", "Brackley Cross", "2012-06", "2014-09", A, N, [
            "Prepared warrant applications and court bundles ahead of prepayment meter installs",
            "Updated accounts after field visits and set up the agreed repayment rates"]),
    ]), ("Earlier roles", [
        E("Sales Assistant", "Catalogue Direct", "Brackley Cross", "2009-01", "2012-12", F, "in_person_service", [], prec="year"),
    ])],
    post=[("Qualifications", ["ILM Level 3 Certificate in Leadership and Management (2022)",
                              "BTEC National Diploma in Business, Brackley College (2009)"]),
          ("Interests", ["Coaching under-11s football; Sunday league goalkeeper (retired, knees)"])],
))

R.append(dict(
    id="w013", ext="txt", renderer="txt", layout="caps", order="inline", dfmt="month", present="To Date",
    sep=" - ", hstyle="caps", bullet="•",
    family="Nigerian bank customer service officer, CV pasted as text, caps headings, 'Title, Employer, Town, dates' lines, NYSC",
    name="Chiamaka Okafor",
    contact=["No. 7 Adewale Close, Ikenne Estate, Amaku", "08035550147", "chiamaka.okafor@mailbox.com.ng"],
    summary="A result-oriented banker with over six years experience in retail banking operations and customer service, "
            "seeking to contribute to a customer-focused institution.",
    summary_head="Career Objective",
    sections=[("Work Experience", [
        E("Customer Service Officer", "Zenmark Bank Plc", "Amaku Branch", "2022-08", "present", F, "in_person_service", [
            "Attend to walk-in customers on account opening, BVN linking, card issuance and token requests",
            "Resolve complaints on failed transfers and ATM dispense errors",
            "Cross-sell savings, fixed deposit and salary loan products"]),
        E("Funds Transfer Officer", "Zenmark Bank Plc", "Head Office, Amaku", "2020-11", "2022-07", A, N, [
            "Processed NIP and RTGS transfers for corporate accounts",
            "Treated failed transfer reversals and reconciled suspense accounts"]),
        E("Teller (Contract Staff)", "Zenmark Bank Plc", "Oja-Tuntun Branch", "2018-10", "2020-10", F, "in_person_service", [
            "Cash and cheque deposits, withdrawals and balancing of till",
            "Attended to an average of 150 customers daily"]),
        E("Corps Member (NYSC) - Mathematics Teacher", "Government Secondary School Ebute-Oru", "Ebute-Oru", "2017-07", "2018-06", F, "education", [
            "Taught Mathematics to JSS 2 and JSS 3 students",
            "Organised extra lessons for WAEC candidates"]),
    ])],
    post=[("Educational Qualifications With Dates", ["B.Sc. Accounting, Amaku State University - 2016",
                                                     "West African Senior School Certificate - 2011"]),
          ("Personal Data", ["State of Origin: Amaku State", "Marital Status: Single"]),
          ("Referees", ["Available on request"])],
))

R.append(dict(
    id="w014", ext="docx", renderer="docx", layout="styles", order="title_org", dfmt="mon.", present="Present",
    sep=" – ", docx_bullets="manual", bullet="➢",
    family="Indian health-insurance claims executive, Word heading styles with manual arrow bullets, tab dates",
    name="Sneha Kulkarni",
    contact=["Flat 4, Gokul Apartments, Shivapur – 411 058", "+91 98220 55631", "sneha.kulkarni@mailbox.in"],
    summary="B.Sc. graduate with 7 years in health insurance claims – hospital desk, telecalling and claims processing.",
    summary_head="Profile Summary",
    sections=[("Work Experience", [
        E("Claims Processing Executive – Health", "Suraksha General Insurance Co. Ltd.", "Shivapur", "2023-03", "present", A, N, [
            "Adjudicate reimbursement claims as per policy terms, room-rent sub-limits and exclusions",
            "Raise queries for missing documents through the TPA portal",
            "Average 45 claims per day with 97% TAT compliance"]),
        E("Hospital Desk Executive", "MediLink Health TPA Pvt. Ltd.", "Sanjeevani Multispeciality Hospital, Shivapur", "2021-01", "2023-02", F, "in_person_service", [
            "Ran the insurance help desk for cashless admissions; guided patients' relatives on pre-authorisation documents",
            "Coordinated between hospital billing and TPA for discharge approvals"]),
        E("Telecaller", "Sai Motors Insurance Services", "Shivapur", "2019-06", "2020-12", F, "contact_center", [
            "Renewal reminder calls to two-wheeler and car policyholders",
            "Converted around 30% of due renewals"]),
        E("Summer Intern", "Shivapur Urban Co-operative Bank Ltd.", "Shivapur", "2018-05", "2018-06", "none", N, [
            "Studied the loan recovery process and submitted a project report"], etype="internship"),
    ])],
    post=[("Education", ["B.Sc. (Microbiology), Shivapur University – 2018 – First Class"]),
          ("Technical Skills", ["MS Excel, claims software (Health-Suite), typing 35 wpm"]),
          ("Personal Details", ["Date of Birth: 04/11/1996", "Languages: Marathi, Hindi, English"]),
          ("Declaration", ["I hereby declare that the details furnished above are true and correct."])],
))

R.append(dict(
    id="w015", ext="pdf", renderer="fpdf", layout="dateline", order="dateline", join=" | ", dfmt="m/yyyy",
    present="Current", sep=" - ", paper="letter", bullet="–",
    family="US bank fraud analyst, fpdf2, title, employer and dates each on their own line, undated volunteer entry",
    name="Kayla Brunson",
    contact=["Tullis Creek, GA", "(706) 555-0162", "kayla.brunson@mailbox.com"],
    summary="Fraud and disputes professional. I have worked the phones, the alerts queue and the claims inbox, "
            "and I still think the best fraud control is a customer who knows what a scam looks like.",
    summary_head="Summary",
    sections=[("Experience", [
        E("Fraud Analyst II", "Peach Ridge Bank", "Tullis Creek, GA", "2023-10", "present", A, N, [
            "Review ACH and wire alerts from the monitoring system and decide holds and releases",
            "Investigate account-takeover cases using login, device and IP data",
            "Refer cases to the BSA team for SAR review",
            "Help the fraud strategy team tune rules that were blocking too many good payments"]),
        E("Fraud Prevention Specialist", "Peach Ridge Bank", "Tullis Creek, GA", "2021-12", "2023-09", F, "contact_center", [
            "Took inbound calls from customers whose debit cards were blocked and verified the flagged transactions",
            "Called customers on high-risk alerts and coached elderly customers through gift-card and romance scams"]),
        E("Dispute Resolution Specialist", "Magnolia Card Services", "Tullis Creek, GA", "2019-06", "2021-11", A, N, [
            "Worked Reg E claims from intake to provisional credit and final decision letters",
            "Built chargeback submissions and represented cases within network deadlines"]),
        E("Teller", "Peach Ridge Bank", "Hollins Mill, GA", "2017-09", "2019-05", F, "in_person_service", [
            "Drive-thru and lobby teller; cash advances, cashier's checks, new-account referrals"]),
    ]), ("Volunteer", [
        E("VITA Site Volunteer", "Tullis Creek Public Library", None, None, None, F, "volunteering", [
            "Prepared free tax returns for working families every spring"], section="volunteer", etype="volunteer"),
    ])],
    post=[("Education", ["B.B.A., Finance — Tullis Creek State College"]),
          ("Skills", ["Actimize · Verafin · FIS · Reg E / Reg J · Excel"])],
))
