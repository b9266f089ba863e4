"""wild43 résumés w001–w015 (one dict per résumé; entries are lib.E)."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w001
R(dict(file="w001", ext="pdf", renderer="rl", layout="plain", hdr="title_org", df="month", present="Present",
       family="UK executive assistant with a long career (PA, office manager, medical secretary, career break, "
              "solicitors' receptionist), Word-to-PDF single column",
       name="Gillian Ashworth-Pryce", tagline="Executive Assistant",
       contact=["Kelsby, Lincolnshire", "07700 900412", "gillian.ap@mailbox.co.uk"],
       summary="Organised, discreet and unflappable EA with twenty years in busy offices. I like to know what my "
               "director needs before they ask, and I keep a calm front door for visitors and staff alike.",
       sections=[
           ("Career History", [
               E("Executive Assistant to the Managing Director", "Fennimore Dale Logistics Ltd", "Kelsby",
                 "2019-03", "present", "facing", "internal_support", [
                     "Run the MD's diary, travel and expenses across three time zones",
                     "Prepare board packs and minute the monthly board and quarterly shareholder meetings",
                     "First point of contact for the MD's key customers and suppliers, on the phone and when they visit site",
                     "Screen incoming correspondence and draft replies for signature"]),
               E("Office Manager", "Fennimore Dale Logistics Ltd", "Kelsby", "2015-06", "2019-02", "facing",
                 "internal_support", [
                     "Ran the office for 45 staff: stationery, post, pool-car bookings and building maintenance",
                     "Looked after new starters on day one – passes, desks, IT set-up requests, fire walk-round",
                     "Cut courier spend by 18% after retendering the contract",
                     "Kept the first-aid and fire-warden registers"]),
               E("Medical Secretary (part-time)", "Thornbury Road Surgery", "Kelsby", "2011-09", "2015-05", "facing",
                 "in_person_service", [
                     "Audio-typed referral letters and reports from GP dictation",
                     "Chased hospital results and scanned them into the clinical system",
                     "Covered the reception desk over lunch and during staff holidays"]),
               E("Career break – raising a young family", None, None, "2008-04", "2011-08", "none", None, [],
                 etype="unknown"),
               E("Receptionist / Typist", "Marlow & Feather Solicitors", "Grantham Road, Kelsby", "2003-09", "2008-03",
                 "facing", "in_person_service", [
                     "Greeted clients, ran the switchboard and booked the meeting rooms",
                     "Typed wills, leases and conveyancing letters for two partners"]),
           ]),
           ("Education & Training", ["Level 3 Diploma in Business Administration – Kelsby College (2014)",
                                     "RSA Typing Stage III; 3 A-levels (English, History, French)"]),
           ("Skills", ["Microsoft 365 (Outlook power user, Excel, PowerPoint), minute taking, audio typing 70 wpm, "
                       "Sage 50 basics, full clean driving licence"]),
           ("References", ["Available on request."]),
       ]))

# ------------------------------------------------------------------ w002
R(dict(file="w002", ext="docx", renderer="docx", layout="styles", hdr="title_org", df="mon.", present="Present",
       family="US credit union teller who moved into payments operations and reconciliation, Word heading styles "
              "and list bullets",
       name="Marisol Quintero-Haynes", tagline="Payments & Reconciliation | Credit Union Operations",
       contact=["Ashby Falls, WI 54xxx", "(920) 555-0148", "marisol.qh@mailbox.com", "linkedin.com/in/marisolqh"],
       summary_h="Summary",
       summary="Ten years in credit union operations, from the teller line to the back office. Known for clean "
               "reconciliations, catching breaks early and writing procedures people actually use.",
       sections=[
           ("Professional Experience", [
               E("Reconciliation Analyst", "Great Meadows Credit Union", "Ashby Falls, WI", "2023-01", "present",
                 "none", None, [
                     "Reconcile 40+ general ledger, suspense and clearing accounts daily; research and clear breaks over $500",
                     "Prepare month-end variance reports and account certifications for the Controller",
                     "Automated the ACH exception log with Power Query, saving about 6 hours a week"]),
               E("Payments Operations Specialist", "Great Meadows Credit Union", "Ashby Falls, WI", "2020-06",
                 "2022-12", "affecting", None, [
                     "Processed incoming and outgoing domestic wires and ACH returns within Fed cut-off times",
                     "Verified callback documentation and OFAC screening results before releasing funds",
                     "Investigated misapplied member payments and corrected postings"]),
               E("Head Teller", "Great Meadows Credit Union – Lakeview Branch", "Ashby Falls, WI", "2018-04",
                 "2020-05", "facing", "in_person_service", [
                     "Balanced the vault and ordered cash shipments",
                     "Trained and scheduled a team of five tellers",
                     "Approved overrides, check holds and large cash withdrawals"]),
               E("Teller", "First Lakeshore Bank", "Sheboygan Point, WI", "2016-08", "2018-03", "facing",
                 "in_person_service", [
                     "Handled deposits, withdrawals, loan payments and cashier's checks for 120+ members a day",
                     "Referred customers to personal bankers for CDs and home-equity lines"]),
               E("Cashier (part-time)", "Pick'n'Go Foods", "Ashby Falls, WI", "2014-06", "2016-07", "facing",
                 "in_person_service", []),
           ]),
           ("Education", ["A.A.S. Accounting – Lakeshore Technical College, 2017"]),
           ("Skills", ["* Excel (XLOOKUP, pivots, Power Query)", "* Core banking: Symitar, wire and ACH platforms",
                       "* Bilingual English / Spanish"]),
       ]))

# ------------------------------------------------------------------ w003
R(dict(file="w003", ext="txt", renderer="txt", hdr="labelled", df="mon-yy", present="till date", sep=" to ",
       caps=True, underline="-", bch="*",
       family="Indian accounts executive (receivables, payables, CA articleship), job-portal text CV with "
              "Organisation/Designation/Duration blocks",
       name="Pradeep Kumar Venkataraman",
       contact=["Mobile: +91 98450 55xxx", "Email: pradeepkv87@mailbox.in",
                "Address: 14/2, Second Cross, Annai Nagar, Kottaipur - 635xxx, Tamil Nadu"],
       summary_h="Career Objective",
       summary="To secure a challenging position in Finance & Accounts where I can utilise my 10+ years experience in "
               "receivables, payables and audit for the growth of the organisation.",
       sections=[
           ("Professional Experience", [
               E("Senior Executive - Accounts Receivable", "Suryaprabha Auto Components Pvt. Ltd.", "Kottaipur",
                 "2021-06", "present", "facing", "sales_account", [
                     "Raising GST invoices and credit notes for OEM and aftermarket dealers",
                     "Daily follow up with dealers over phone for overdue payments and maintaining ageing report",
                     "Customer ledger reconciliation and half-yearly balance confirmation",
                     "Handling dealer queries regarding debit notes and rate differences"]),
               E("Executive - Accounts Payable", "Meenakshi Textiles Ltd.", "Erodai", "2017-03", "2021-05", "none",
                 None, [
                     "Vendor invoice booking in Tally ERP 9 with 3-way matching against GRN and PO",
                     "TDS deduction and monthly return filing",
                     "Preparation of weekly payment run and bank reconciliation"]),
               E("Articled Assistant", "R. Natarajan & Associates, Chartered Accountants", "Kottaipur", "2014-02",
                 "2017-01", "affecting", None, [
                     "Statutory audit of manufacturing and trading companies",
                     "Vouching, ledger scrutiny and preparation of audit working papers",
                     "Preparation of income tax returns for individual and partnership firm clients"],
                 etype="internship"),
               E("Accounts Assistant (Part time)", "Sri Balaji Medicals", "Kottaipur", "2012-06", "2014-01", "facing",
                 "in_person_service", [
                     "Maintained day book and cash book",
                     "Billing at the counter during evening rush hours"]),
           ]),
           ("Educational Qualification", ["B.Com (Computer Applications) - Govt. Arts College, Kottaipur - 2013 - 71%",
                                          "CA Intermediate (IPCC) - Group I cleared"]),
           ("Software Known", ["Tally ERP 9, SAP FICO (end user), MS Excel"]),
           ("Personal Details", ["Father's Name : K. Venkataraman", "Date of Birth : 11-08-1991",
                                 "Languages Known : Tamil, English, Hindi", "Marital Status : Married"]),
           ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                            "Place: Kottaipur                                            (PRADEEP KUMAR V)"]),
       ]))

# ------------------------------------------------------------------ w004
R(dict(file="w004", ext="pdf", renderer="fpdf", layout="left", hdr="org_title", df="mon", present="Present",
       family="Irish insurance claims technician (liability files only) who started on motor claims phones, fpdf2 "
              "left header, employer line first with dates right, travel break",
       name="Aoife Brannigan",
       contact=["Castlemoyne, Co. Laois", "087 555 0192", "aoife.brannigan@mailbox.ie"],
       summary_h="Profile",
       summary="Claims professional (CIP) with eight years at Corrib Mutual. Currently running a liability "
               "portfolio end to end; before that I spent three years on the motor FNOL phones.",
       sections=[
           ("Employment", [
               E("Senior Claims Technician – Public & Employers' Liability", "Corrib Mutual Insurance DAC",
                 "Ballyhale Business Park", "2022-02", "present", "affecting", None, [
                     "Manage a portfolio of c. 110 liability files from notification to settlement",
                     "Set and review reserves; instruct loss adjusters, engineers and defence solicitors",
                     "Negotiate settlements with claimant solicitors and prepare files for mediation",
                     "Peer-review technician files for the quarterly quality audit"]),
               E("Claims Handler – Motor FNOL", "Corrib Mutual Insurance DAC", "Ballyhale Business Park", "2018-09",
                 "2022-01", "facing", "contact_center", [
                     "Took first-notification calls from policyholders after accidents, often still at the roadside",
                     "Arranged recovery, replacement cars and repairer appointments",
                     "Kept claimants updated by phone and e-mail until the file passed to a technician"]),
               E("Career break – travelling South America", None, None, "2017-06", "2018-07", "none", None, [],
                 etype="unknown"),
               E("Customer Service Assistant", "Hanlon's Foodstore", "Castlemoyne", "2014-09", "2017-05", "facing",
                 "in_person_service", ["Tills, lotto and the deli counter, weekends and summers through college"]),
           ]),
           ("Education", ["Certified Insurance Practitioner (CIP), 2020", "BA Economics & Geography, 2017"]),
           ("Interests", ["Camogie (still playing, badly), sea swimming, my book club"]),
       ]))

# ------------------------------------------------------------------ w005
R(dict(file="w005", ext="docx", renderer="docx", layout="tabs", hdr="title_org", df="month", present="Present",
       page="letter", docx_bullets="char", bch="•",
       family="Canadian HR advisor from payroll, Word tab-stop dates with typed bullets, summer student job and "
              "volunteer treasurer",
       name="Jenna Kowalczyk",
       contact=["Port Ellery, ON", "519-555-0176", "jenna.kowalczyk@mailbox.ca"],
       sections=[
           ("Experience", [
               E("HR Advisor", "Tamarack Ridge Manufacturing Inc.", "Port Ellery, ON", "2022-09", "present", "facing",
                 "internal_support", [
                     "Advise managers and employees on leaves, accommodation and the collective agreement",
                     "Run the HR inbox and walk-in hours for 600 plant employees on two shifts",
                     "Lead respectful-workplace investigations and write the findings"]),
               E("Payroll Administrator", "Tamarack Ridge Manufacturing Inc.", "Port Ellery, ON", "2019-05", "2022-08",
                 "affecting", None, [
                     "Processed bi-weekly payroll for 580 unionized and salaried employees",
                     "Calculated retro pay, vacation accruals and ROEs",
                     "Reconciled source deductions and prepared year-end T4s"]),
               E("Payroll & Benefits Clerk", "Township of Elgin Shores", "Elgin Shores, ON", "2016-03", "2019-04",
                 "facing", "internal_support", [
                     "Entered timesheets for 140 municipal staff",
                     "Answered staff questions about pay stubs, benefits enrolment and pension buy-backs",
                     "Filed benefit claims with the carrier"]),
               E("Summer Student – Reception", "Township of Elgin Shores", "Elgin Shores, ON", "2015-06", "2015-08",
                 "facing", "in_person_service",
                 ["Front counter at the municipal office: dog tags, tax payments and burn permits"],
                 dt="Summer 2015"),
           ]),
           ("Volunteer", [
               E("Volunteer Treasurer", "Port Ellery Minor Hockey Association", "Port Ellery, ON", "2018-09", "present",
                 "none", None, ["Keep the books, pay referees and present the financial statements at the AGM"],
                 section="volunteer", etype="volunteer"),
           ]),
           ("Education", ["Payroll Compliance Practitioner (PCP) – 2018",
                          "Human Resources Management Certificate, Fanshawe-Ridge College – 2021"]),
       ]))

# ------------------------------------------------------------------ w006
R(dict(file="w006", ext="html", renderer="html", hdr="pipe", df="mon", present="Current",
       family="Australian IT service desk analyst who moved into facilities coordination, HTML résumé with pipe "
              "title lines",
       name="Lachlan Moretti", tagline="Service desk & facilities – Queensland",
       contact=["Wattle Creek QLD", "0412 555 017", "lachie.moretti@mailbox.com.au"],
       summary_h="About me",
       summary="I've spent the last six years looking after the people who keep a council running – first their "
               "laptops, now their buildings. Before that, rollouts and warehouse work.",
       sections=[
           ("Work history", [
               E("Facilities Coordinator", "Corella Bay Regional Council", "Wattle Creek", "2023-07", "present",
                 "facing", "internal_support", [
                     "Triage maintenance requests logged by 300+ staff across the admin centre and six depots",
                     "Book and supervise contractors for air-con, lifts and cleaning",
                     "Plan desk moves and fit-outs and keep affected staff in the loop"]),
               E("IT Service Desk Analyst (L1/L2)", "Corella Bay Regional Council", "Wattle Creek", "2020-02",
                 "2023-06", "facing", "internal_support", [
                     "Calls, emails and walk-ups from council staff – passwords, Outlook, printers, mobiles",
                     "Imaged and deployed laptops for new starters",
                     "Wrote and tidied knowledge-base articles"]),
               E("Desktop Support Technician (contract)", "Ironbark Mining Services", "Mount Carrow", "2018-08",
                 "2019-12", "none", None, [
                     "Windows 10 rollout to ~900 machines across site offices, mostly after hours",
                     "Rebuilt and re-imaged returned laptops in the workshop"]),
               E("Storeperson", "Bunya Hardware Distribution", "Wattle Creek", "2016-01", "2018-07", "affecting",
                 None, ["Picked and packed orders for trade stores", "LF forklift licence"]),
           ]),
           ("Quals", ["Cert IV Information Technology", "ITIL 4 Foundation", "White Card, First Aid"]),
       ]))

# ------------------------------------------------------------------ w007
R(dict(file="w007", ext="pdf", renderer="rl", layout="sidebar", font="dejavu", hdr="title_org", df="mm/yyyy",
       present="Present", side=["Skills", "Education"], bch="▪",
       family="UK family-law paralegal who was a conveyancing paralegal and legal secretary, reportlab shaded "
              "left sidebar, mm/yyyy dates",
       name="Bethan Rhys-Okafor",
       contact=["Llanfarren, South Wales", "07700 900 733", "bethan.ro@mailbox.co.uk"],
       summary_h="Personal Statement",
       summary="Paralegal (CILEx Level 6) with twelve years in high-street practice. Comfortable with distressed "
               "clients and tight court deadlines.",
       sections=[
           ("Skills", ["* Client interviews", "* Court bundles", "* Case management (Proclaim)", "* Welsh (fluent)"]),
           ("Education", ["CILEx Level 6 Diploma, 2021", "A-levels: Law, English, Welsh"]),
           ("Experience", [
               E("Family Paralegal", "Hollis Vaughan LLP", "Llanfarren", "2022-05", "present", "facing",
                 "other_facing", [
                     "Meet new clients for fact-finding and take instructions on divorce and child arrangements",
                     "Prepare Form E financial disclosure and court bundles",
                     "Attend hearings with counsel and support clients on the day"]),
               E("Conveyancing Paralegal", "Hollis Vaughan LLP", "Llanfarren", "2019-10", "2022-04", "affecting",
                 None, ["Drafted contracts and transfer deeds", "Raised pre-contract enquiries and ordered searches",
                        "Prepared completion statements and SDLT returns"]),
               E("Legal Secretary", "Pritchard Moss Solicitors", "Aberdyfan", "2014-02", "2019-09", "facing",
                 "in_person_service", [
                     "Audio typing for two private-client partners",
                     "Greeted clients in reception and witnessed wills",
                     "Kept partner diaries and ran the monthly billing"]),
               E("Volunteer Adviser", "Llanfarren Advice Centre", "Llanfarren", "2012-09", "2014-01", "facing",
                 "volunteering", ["Weekly drop-in helping people with benefit forms and debt letters"],
                 section="volunteer", etype="volunteer"),
           ]),
       ]))

# ------------------------------------------------------------------ w008
R(dict(file="w008", ext="docx", renderer="docx", layout="table", hdr="title_org", df="mon", present="Present",
       sep=" - ", caps=True,
       family="Indian general-insurance underwriter (retail health on files, then SME property with broker "
              "visits), Word borderless table per job",
       name="Shreya Nambiar",
       contact=["Navi Kalyan, Maharashtra", "+91 98201 4xxxx", "shreya.nambiar@mailbox.in"],
       summary_h="Profile Summary",
       summary="Licentiate (III) underwriter with 10 years across health and commercial property lines.",
       sections=[
           ("Work Experience", [
               E("Senior Underwriter – SME Property", "Vardhan General Insurance Co. Ltd.", "Navi Kalyan", "2021-04",
                 "present", "facing", "sales_account", [
                     "Underwrite fire and engineering proposals up to INR 50 crore sum insured",
                     "Visit brokers and corporate clients with the sales team to explain terms and negotiate deductibles",
                     "Review risk inspection reports and decide loadings and warranties"]),
               E("Underwriter – Retail Health", "Vardhan General Insurance Co. Ltd.", "Navi Kalyan", "2018-01",
                 "2021-03", "affecting", None, [
                     "Scrutinised proposal forms and medical reports against underwriting guidelines",
                     "Decided acceptance, loading or decline; referred borderline cases to the medical panel"]),
               E("Tele-Sales Executive", "Suvidha Insurance Brokers Pvt. Ltd.", "Thane West", "2016-07", "2017-12",
                 "facing", "contact_center", ["Outbound calls to leads for motor and health renewals, 60-80 calls a day"]),
               E("Summer Intern – Loans Department", "Kesari Sahakari Bank Ltd.", "Navi Kalyan", "2015-05", "2015-06",
                 "affecting", None, ["Loan file documentation and data entry"], etype="internship"),
           ]),
           ("Education", ["MBA (Insurance & Risk Management), 2016", "B.Com, 2014", "Licentiate, Insurance Institute"]),
       ]))

# ------------------------------------------------------------------ w009
R(dict(file="w009", ext="md", renderer="md", hdr="title_org", df="m/yyyy", present="Present", md_row="bold",
       md_b="*",
       family="US credit and collections specialist (commercial accounts) from AR and AP clerk roles, Markdown with "
              "bold title lines and m/yyyy dates",
       name="DeShawn Whitfield",
       contact=["Carverton, GA", "(478) 555-0163", "dwhitfield@mailbox.com"],
       summary_h="Summary",
       summary="Collections and AR professional. I keep DSO down without burning bridges with customers.",
       sections=[
           ("Experience", [
               E("Credit & Collections Specialist", "Pellman Industrial Supply", "Carverton, GA", "2021-10", "present",
                 "facing", "sales_account", [
                     "Own a book of 380 commercial accounts ($14M AR) in the Southeast region",
                     "Call customers' AP departments about past-due invoices and negotiate payment plans",
                     "Set credit limits from trade references and bureau reports",
                     "Work with sales reps to settle pricing disputes before they age"]),
               E("Accounts Receivable Clerk", "Pellman Industrial Supply", "Carverton, GA", "2019-03", "2021-09",
                 "affecting", None, ["Applied cash and lockbox receipts to open invoices",
                                     "Issued credit memos approved by sales", "Sent monthly statements"]),
               E("Accounts Payable Clerk", "Tri-County Plumbing Wholesale", "Macon Ridge, GA", "2017-01", "2019-02",
                 "none", None, ["Entered 600+ vendor invoices a month with three-way match",
                                "Prepared weekly check runs and year-end 1099s"]),
               E("Server", "Magnolia Table & Tap", "Carverton, GA", "2014-05", "2017-01", "facing",
                 "in_person_service", []),
           ]),
           ("Education", ["B.B.A. Finance, Middle Georgia Southern University, 2018 (evenings)"]),
       ]))

# ------------------------------------------------------------------ w010
R(dict(file="w010", ext="pdf", renderer="fpdf", layout="centred", hdr="title_org", df="month", present="Current",
       bch="–",
       family="Australian GP practice manager from medical reception, fpdf2 centred header, undated volunteer "
              "driver entry",
       name="Kirsty Paterson-Lowe",
       contact=["Mallee Springs VIC", "0427 555 301", "kirsty.pl@mailbox.com.au"],
       summary_h="Career Objective",
       summary="Experienced practice manager seeking a similar role in a larger multidisciplinary clinic.",
       sections=[
           ("Employment History", [
               E("Practice Manager", "Mallee Springs Family Medical", "Mallee Springs", "2021-03", "present", "facing",
                 "in_person_service", [
                     "Manage 14 staff, rosters and payroll for a six-GP practice",
                     "Handle patient complaints and feedback, meeting patients in person when needed",
                     "Accreditation, billing reconciliation and supplier contracts"]),
               E("Senior Medical Receptionist", "Mallee Springs Family Medical", "Mallee Springs", "2017-08",
                 "2021-02", "facing", "in_person_service", [
                     "Front desk for a busy GP clinic – bookings, check-ins and billing",
                     "Triaged phone calls using the practice's urgent appointment protocol"]),
               E("Medical Receptionist", "Kestrel Street Dental", "Mallee Springs", "2014-04", "2017-07", "facing",
                 "in_person_service", []),
               E("Retail Assistant", "Whitlow's Pharmacy", "Horsham Flat", "2011-11", "2014-03", "facing",
                 "in_person_service", ["Front-of-store sales and the cosmetics counter"]),
           ]),
           ("Community", [
               E("Volunteer Driver", "Mallee Springs Community Car Scheme", None, None, None, "facing", "volunteering",
                 ["Drive older residents to medical appointments, about once a fortnight"], section="volunteer",
                 etype="volunteer"),
           ]),
           ("Education & Certificates", ["Diploma of Practice Management", "Certificate III in Health Administration",
                                         "HLTAID011 Provide First Aid"]),
           ("Referees", ["Dr Anand Rao, Principal GP – details on request"]),
       ]))

# ------------------------------------------------------------------ w011
R(dict(file="w011", ext="docx", renderer="docx", layout="header", hdr="orgfirst", df="mon", present="to date",
       hlevel=2,
       family="UK building-society mortgage administrator who came up from the branch counter, name and contact in "
              "the Word page header, employer heading with roles beneath",
       name="Hamza Siddiqui",
       contact=["Thorneby, West Yorkshire", "07700 900 581", "hamza.siddiqui@mailbox.co.uk"],
       summary_h="Profile",
       summary="Mortgage administrator, CeMAP qualified, twelve years with one building society.",
       sections=[
           ("Employment", [
               E("Mortgage Administrator", "Weavers Mutual Building Society", "Thorneby", "2020-01", "present",
                 "facing", "contact_center", [
                     "Check mortgage applications from intermediaries against lending policy",
                     "Order valuations, chase title documents and issue offers",
                     "Phone applicants to clarify income evidence and explain what we still need from them"]),
               E("Completions Officer", "Weavers Mutual Building Society", "Thorneby", "2017-06", "2019-12",
                 "affecting", None, ["Released mortgage funds to conveyancers on completion day",
                                     "Reconciled the completions account daily",
                                     "Dealt with solicitors' requisitions on title"]),
               E("Customer Service Adviser (Branch)", "Weavers Mutual Building Society", "Thorneby", "2014-09",
                 "2017-05", "facing", "in_person_service",
                 ["Counter service for savers and borrowers: deposits, withdrawals, mortgage payments"]),
               E("Weekend Sales Assistant", "Pennine Sports", "Thorneby", "2012-03", "2014-08", "facing",
                 "in_person_service", []),
           ]),
           ("Qualifications", ["CeMAP (2019)", "BTEC Level 3 Business – Distinction*"]),
       ]))

# ------------------------------------------------------------------ w012
R(dict(file="w012", ext="txt", renderer="txt", hdr="title_org", df="Sept", present="Present", txt_row="pad",
       underline="=", bch="•",
       family="UK young front-of-house receptionist with a business-admin apprenticeship and Saturday job, plain "
              "text with padded right dates",
       name="Chloe Okonjo",
       contact=["Bramwell, Essex  |  07700 900 264  |  chloeokonjo@mailbox.co.uk"],
       summary_h="About Me",
       summary="Friendly, reliable receptionist, 22, looking for a front-of-house role with more responsibility.",
       sections=[
           ("Work Experience", [
               E("Front of House Receptionist", "Halcyon House Serviced Offices", "Bramwell", "2024-01", "present",
                 "facing", "in_person_service", [
                     "Meet and greet visitors for the 30 tenant companies in the building",
                     "Manage meeting-room bookings and catering orders",
                     "Sign for post and couriers"]),
               E("Apprentice Business Administrator", "Vantage Lettings Ltd", "Bramwell", "2022-09", "2023-12",
                 "facing", "in_person_service", [
                     "Processed tenancy paperwork and deposit registrations",
                     "Updated property listings on the portals",
                     "Answered the office phone, booked viewings and showed applicants round flats when the negotiators were out"],
                 etype="internship"),
               E("Saturday Assistant", "Bramwell Bakehouse", "Bramwell", "2020-05", "2022-08", "facing",
                 "in_person_service", ["Served customers, worked the till, cleaned down at close"]),
           ]),
           ("Volunteering", [
               E("Warehouse Volunteer", "Bramwell Food Bank", "Bramwell", "2021-01", "2022-06", "affecting", None,
                 ["Sorted donations and made up food parcels on Tuesday evenings"], section="volunteer",
                 etype="volunteer"),
           ]),
           ("Qualifications", ["Level 3 Business Administrator Apprenticeship (Merit)", "9 GCSEs incl. English and Maths"]),
       ]))

# ------------------------------------------------------------------ w013
R(dict(file="w013", ext="pdf", renderer="rl", layout="plain", hdr="dash", df="mon", present="Present", fs=10.5,
       footer="{name} – Curriculum Vitae – Page {page}", break_before="Certifications", dash=" — ",
       family="Indian compliance AVP (testing, transaction monitoring, KYC, BPO back office), two-page reportlab "
              "CV with page footer, personal details and declaration",
       name="Rohan Mehrotra", tagline="Compliance | AML / KYC | Controls Testing",
       contact=["Ravipuram, Haryana", "+91 98110 2xxxx", "rohan.mehrotra@mailbox.in"],
       summary_h="Professional Summary",
       summary="Compliance professional with over 14 years of experience in banking operations, KYC, AML transaction "
               "monitoring and compliance testing for UK and US retail banking clients. Certified anti-money "
               "laundering specialist. Strong stakeholder management and team leadership.",
       sections=[
           ("Professional Experience", [
               E("Assistant Vice President – Compliance Testing", "Orion Bay Capital Services (India) Pvt. Ltd.",
                 "Ravipuram", "2021-08", "present", "facing", "internal_support", [
                     "Lead a team of six testing KYC and sanctions controls for the UK retail bank",
                     "Present findings to first-line business owners and agree remediation dates",
                     "Run quarterly AML refresher sessions for 400 operations colleagues and answer their queries on the compliance helpline"]),
               E("Senior Analyst – Transaction Monitoring", "Orion Bay Capital Services (India) Pvt. Ltd.",
                 "Ravipuram", "2017-04", "2021-07", "none", None, [
                     "Investigated AML alerts and wrote case narratives",
                     "Escalated suspicious activity to the MLRO team with recommended actions",
                     "Quality-checked 10% of peers' closed alerts"]),
               E("KYC Analyst", "Tarangini Finserv Ltd.", "New Ravipuram", "2014-06", "2017-03", "facing",
                 "contact_center", [
                     "Verified onboarding documents and screened for PEP and adverse media",
                     "Called corporate customers' finance teams to collect missing KYC documents"]),
               E("Process Associate (Non-Voice)", "Sigma Transworld BPO", "Ravipuram", "2012-01", "2014-05",
                 "affecting", None, ["Back-office processing of US mortgage documents – indexing and data capture",
                                     "Consistently 99.5% accuracy"]),
           ]),
           ("Key Skills", ["AML/CFT, KYC/CDD/EDD, sanctions screening, controls testing, root-cause analysis, "
                           "stakeholder management, SQL (basic), Excel, Actimize case manager"]),
           ("Certifications", ["CAMS – 2019", "Certificate in Compliance – 2016"]),
           ("Education", ["MBA (Finance) – Institute of Management, Ravipuram, 2011",
                          "B.Com (Hons) – Kirori Lal College, 2009"]),
           ("Personal Details", ["Date of Birth: 04 March 1988", "Nationality: Indian",
                                 "Languages: English, Hindi, Punjabi", "Notice Period: 60 days"]),
           ("Declaration", ["I hereby declare that the information furnished above is true to the best of my "
                            "knowledge and belief.", "Date:            Place: Ravipuram"]),
       ]))

# ------------------------------------------------------------------ w014
R(dict(file="w014", ext="docx", renderer="docx", layout="styles", hdr="org_title", df="mon", present="Present",
       page="letter",
       family="Canadian bilingual law clerk (real estate closings with clients, litigation assistant on files, "
              "receptionist, freelance translator), Word heading styles, employer line first",
       name="Émilie Tremblay-Clarke", tagline="Law Clerk | Bilingual (FR/EN)",
       contact=["Kingsmere, ON", "613-555-0119", "emilie.tc@mailbox.ca"],
       sections=[
           ("Professional Experience", [
               E("Law Clerk – Real Estate", "Donnelly Bérubé LLP", "Kingsmere, ON", "2021-02", "present", "facing",
                 "other_facing", [
                     "Open purchase, sale and refinance files and run title and execution searches",
                     "Meet buyers and sellers in English or French to sign closing documents and explain what they are signing",
                     "Prepare statements of adjustments and close up to 25 deals a month"]),
               E("Legal Assistant – Litigation", "Donnelly Bérubé LLP", "Kingsmere, ON", "2017-09", "2021-01",
                 "affecting", None, [
                     "Drafted affidavits of documents, motion records and facta under lawyer supervision",
                     "E-filed and served court documents; managed limitation dates",
                     "Organized productions in the document review platform"]),
               E("Bilingual Receptionist", "Lavoie & Strand CPA", "Kingsmere, ON", "2015-05", "2017-08", "facing",
                 "in_person_service", ["Front desk for a 30-person accounting firm, busiest in tax season"]),
               E("Freelance Translator (FR–EN)", "Self-employed", "Kingsmere, ON", "2016-01", "2018-12", "affecting",
                 None, ["Translated contracts and corporate minute books for two law firms, working from files sent by e-mail"],
                 etype="freelance"),
           ]),
           ("Education", ["Law Clerk Diploma, Algonquin-Ridge College, 2017",
                          "B.A. Translation, Université du Nord, 2014"]),
           ("Languages", ["French (native), English (fluent)"]),
       ]))

# ------------------------------------------------------------------ w015
R(dict(file="w015", ext="html", renderer="html", hdr="dateline", df="month", present="Present", sep=" to ",
       css="body{font-family:Arial,sans-serif;margin:30px 60px;font-size:14px}h1{margin-bottom:0}"
           "h2{color:#1d4e89;font-size:16px;margin-top:22px}li{margin:2px 0}",
       family="US office manager / executive assistant with agency temping and a freelance virtual-assistant "
              "stint, HTML with title, employer and dates on separate lines",
       name="Tamsin Rourke-Bell",
       contact=["Cedar Hollow, OR", "503-555-0187", "tamsin.rb@mailbox.com"],
       sections=[
           ("Professional Experience", [
               E("Office Manager", "Harrow & Lind Architects", "Cedar Hollow, OR", "2022-04", "present", "none", None, [
                   "Negotiate and manage the office lease, insurance and vendor contracts",
                   "Process accounts payable and reconcile company credit cards in QuickBooks",
                   "Track the office budget and report variances to the partners"]),
               E("Executive Assistant to the CEO", "Willamette Hearth Foundation", "Portsmouth Bay, OR", "2018-02",
                 "2022-03", "facing", "internal_support", [
                     "Managed the CEO's calendar, travel and board correspondence",
                     "Prepared board books and took minutes for the board and finance committee",
                     "Served as the CEO's liaison to staff, fielding and prioritizing their requests"]),
               E("Virtual Assistant", "Self-employed", "Cedar Hollow, OR", "2015-09", "2018-01", "facing",
                 "entrepreneurial_freelance", [
                     "Managed inboxes, calendars and transaction files for three real estate agents",
                     "Weekly check-in calls with each agent to plan their listings and open houses"],
                 etype="freelance"),
               E("Administrative Assistant (temp)", "Beacon Staffing – assigned to Columbia Gorge Timber Co.",
                 "Hood Landing, OR", "2014-03", "2015-08", "none", None,
                 ["Filing, scanning and records retention project for the finance department"]),
           ]),
           ("Education", ["A.A. Business Administration, Cedar Hollow Community College"]),
           ("Skills", ["QuickBooks Online, Google Workspace, Microsoft 365, Asana, minute-taking, notary public (OR)"]),
       ]))
