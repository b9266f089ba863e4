"""wild75 résumés w016–w030 (fictional)."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    id="w016", ext="md", r="md", mdh="bold", hdr="dash", ds="iso", present="Present",
    family="UK financial-crime analyst in Markdown, bold 'Title – Employer, Town' lines with ISO dates, volunteer money adviser",
    name="Priya Chaudhry-Lowe", contact=["Reading, Berkshire", "07459 226 013", "priya.cl@mailbox.co.uk"],
    blocks=[
        ("Profile", ["Financial crime analyst (ICA Certificate in AML) who started on the phones. "
                     "Fluent in Punjabi and Urdu."]),
        ("Employment history", [
            E("Financial Crime Analyst", "Thornbury & Kennet Bank", "Reading", "2023-05", "present", [
                "Investigate transaction monitoring alerts on personal and small business accounts",
                "Write internal suspicion reports and recommend exits to the MLRO team",
                "Second-line QA of Level 1 decisions",
            ], "affecting"),
            E("Complaints Handler", "Thornbury & Kennet Bank", "Reading", "2021-02", "2023-04", [
                "Owned complaints end to end: called customers to understand the issue and agree a resolution",
                "Wrote final response letters with FOS referral rights",
                "Average 28 cases open; 91% closed within 8 weeks",
            ], "facing", "contact_center"),
            E("Customer Service Adviser", "Fairway Energy Supply", "Bracknell", "2019-09", "2021-01", [
                "Billing and meter queries by phone and web chat",
            ], "facing", "contact_center"),
            E("Bar Staff (part-time)", "The Jolly Angler", "Reading", "2017-10", "2019-08", [],
              "facing", "in_person_service"),
        ]),
        ("Volunteering", [
            E("Volunteer Debt Adviser", "Kennet Valley Advice Centre", "Reading", "2022-01", "present", [
                "Thursday evening drop-in: help clients build budgets and prioritise debts",
                "Write to creditors for breathing-space holds",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["BSc Economics, University of Reading (2019)", "ICA Certificate in AML (2023)"]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    id="w017", ext="docx", r="docx", layout="styles", hdr="title_org", ds="month", present="Present",
    family="US finance student with credit-union teller jobs, Word heading styles, seasons and 'other' campus roles",
    name="Brianna Kowalczyk", contact=["Bloomington, IN", "(812) 555-0147", "bkowalczyk@mailbox.edu"],
    blocks=[
        ("Education", ["B.S. Finance, Hoosier Hills State University — expected May 2027, GPA 3.6"]),
        ("Experience", [
            E("Universal Banker (part-time)", "Limestone Federal Credit Union", "Bloomington, IN", "2025-05", "present", [
                "Handle teller transactions, open share and checking accounts and help members with online banking",
                "Cross-trained on the drive-up window and safe deposit boxes",
            ], "facing", "in_person_service"),
            E("Teller", "Limestone Federal Credit Union", "Bloomington, IN", "2024-01", "2025-04", [
                "Cash handling for 150+ members a shift; balanced drawer daily",
            ], "facing", "in_person_service"),
            E("Loan Operations Intern", "Wabash Heritage Bank", "Terre Haute, IN", "2023-06", "2023-08", [
                "Booked consumer loans into the core system and scanned closing documents",
                "Built a checklist that cut booking errors in half",
            ], "affecting", etype="internship", dtext="Summer 2023"),
        ]),
        ("Campus Involvement", [
            E("Peer Money Coach", "HHSU Financial Wellness Center", "Bloomington, IN", "2024-08", "present", [
                "One-on-one budgeting and student-loan sessions with other students, 4 hours a week",
            ], "facing", "other_facing", section="other"),
            E("Undergraduate Research Assistant", "Department of Economics", "Bloomington, IN", "2024-09", "2025-05", [
                "Cleaned county-level credit data in Stata for a faculty project",
            ], "none", section="other"),
        ]),
        ("Skills", ["Excel (pivot tables, XLOOKUP), Bloomberg Market Concepts, Spanish (conversational)"]),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    id="w018", ext="pdf", r="rl", layout="plain", hdr="pipe", ds="mon.", present="Till date", center=False,
    family="UAE motor insurance claims CV, reportlab left-aligned header, pipe title/company/place lines with right dates",
    name="Joseph Varghese Mathew", contact=["Al Qusais, Dubai, UAE", "Mob: +971 55 903 4412", "joseph.vm@mailbox.ae",
                                           "Visa: Employment, transferable"],
    blocks=[
        ("Professional Summary", ["Motor claims professional with 10+ years in UAE insurance; desk assessment, survey "
                                  "centre and sales. Valid UAE driving licence."]),
        ("Employment Record", [
            E("Senior Motor Claims Assessor", "Al Rimal National Insurance", "Dubai", "2021-09", "present", [
                "Assess garage and agency repair estimates against photos and survey reports",
                "Approve parts and labour up to AED 40,000; refer total losses",
                "Monthly leakage review with the claims manager",
            ], "affecting"),
            E("Motor Surveyor", "Al Rimal National Insurance", "Sharjah", "2017-03", "2021-08", [
                "Inspected accident vehicles brought to the survey centre and explained the claim steps to the owner",
                "Took statements, police report and licence copies at the counter",
            ], "facing", "in_person_service"),
            E("Insurance Sales Executive", "Desert Shield Brokers LLC", "Dubai", "2014-06", "2017-02", [
                "Sold motor and health policies at car dealerships and over the phone",
                "Renewals follow-up; monthly target AED 250k GWP",
            ], "facing", "sales_account"),
            E("Service Advisor", "Kochi Motors Pvt. Ltd.", "Kochi, India", "2012-01", "2014-05", [
                "Received customers' vehicles for service, prepared job cards and explained estimates",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["Diploma in Automobile Engineering, Kerala (2011)", "Certificate in General Insurance, Insurance Institute (2016)"]),
        ("Personal Details", ["Nationality: Indian", "Date of Birth: 04 Feb 1991", "Marital Status: Married"]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    id="w019", ext="txt", r="txt", hdr="orgfirst", ds="mon", present="Till date", txthead="caps", bul="->",
    tsep="   :   ", orgcase=str.upper,
    family="Indian rural bank officer, plain text, employer in capitals with roles beneath, year-only older dates",
    name="Suresh Kumar Naik", contact=["H.No. 3-41, Main Road, Sirsi, Uttara Kannada - 581401",
                                       "Mob: 94480 61275 | suresh.naik@mailbox.in"], contact_lines=True,
    blocks=[
        ("Objective", ["Seeking a Branch Head position in a scheduled commercial bank."]),
        ("Work Experience", [
            E("Branch Manager (Scale II)", "Sahyadri Grameena Bank", "Sirsi", "2022-04", "present", [
                "Heading rural branch with 6 staff, 9,000 accounts, Rs. 64 crore business",
                "Meet farmers and SHG groups at the branch and in villages for KCC and gold loans",
                "Conducted financial literacy camps in 12 villages",
            ], "facing", "in_person_service"),
            E("Field Officer (Agriculture)", "Sahyadri Grameena Bank", "Yellapur", "2016", "2021", [
                "Field inspection of crops and land before sanction of agri loans",
                "Recovery visits to NPA borrowers",
            ], "facing", "in_person_service", prec="year"),
            E("Clerk-cum-Cashier", "Sahyadri Grameena Bank", "Mundgod", "2012", "2015", [
                "Cash counter, passbook printing, pension payments",
            ], "facing", "in_person_service", prec="year"),
            E("Tele-caller - Personal Loans", "Shree Durga Finserv (DSA)", "Hubballi", "2010", "2011", [],
              "facing", "contact_center", prec="year"),
        ]),
        ("Qualification", ["B.Sc (Agriculture), UAS Dharwad - 2009", "JAIIB, CAIIB"]),
        ("Languages", ["Kannada, Konkani, Hindi, English"]),
        ("Declaration", ["I hereby declare that the particulars given above are true.", "Date:            Place: Sirsi"]),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    id="w020", ext="docx", r="docx", layout="tabs", hdr="org_title", ds="apos", present="Current", bul="-",
    dates_italic=True,
    family="Australian claims career, Word tab-stop dates with two-digit years, employer line first then title",
    name="Jessamy Oduya", contact=["Parramatta NSW", "0421 087 663", "jess.oduya@mailbox.com.au"],
    blocks=[
        ("Career Overview", ["Seven years in personal injury and general insurance claims. Diploma of Insurance Broking "
                             "(in progress)."]),
        ("Work Experience", [
            E("Case Manager – Workers Compensation", "Southern Cross Claims Management", "Parramatta NSW", "2022-07", "present", [
                "Manage 75 open claims for injured workers: first contact within 3 days, regular phone check-ins",
                "Run case conferences with GPs, employers and rehab providers to agree return-to-work plans",
                "Make liability decisions within the legislated timeframes",
            ], "facing", "other_facing"),
            E("Claims Assessor – Income Protection", "Aurora Life Australia", "Sydney NSW", "2020-01", "2022-06", [
                "Assessed claims on the papers: medical reports, IME opinions and financial statements",
                "Wrote decision summaries for the claims manager to sign off",
            ], "affecting"),
            E("Claims Consultant – Home & Motor", "Wattle Insurance", "North Sydney NSW", "2018-02", "2019-12", [
                "Lodged claims over the phone after storms and accidents; arranged builders and temporary accommodation",
                "Catastrophe team during the 2019 hail events",
            ], "facing", "contact_center"),
            E("Barista", "Bean Theory Café", "Parramatta NSW", "2016-03", "2018-01", [], "facing", "in_person_service"),
        ]),
        ("Education", ["Bachelor of Psychology (Pass), Western Parramatta University, 2017"]),
        ("Referees", ["Provided on request"]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    id="w021", ext="pdf", r="fp", layout="sidebar", hdr="title_org", ds="month", present="Present", sidecol=(90, 40, 50),
    family="South African financial adviser, fpdf2 with maroon sidebar, title then employer line with right dates",
    name="Lerato Dlamini-Fourie", contact=["Durbanville, Cape Town", "082 665 1049", "lerato.df@mailbox.co.za"],
    tagline="Financial Adviser | RE5 | FAIS Fit & Proper",
    side=[("Strengths", ["- Needs analysis", "- Risk & retirement products", "- Client retention", "- isiXhosa, English, Afrikaans"]),
          ("Education", ["BCom Financial Planning, 2016", "RE5 (2017)", "Matric 2012"])],
    blocks=[
        ("Work Experience", [
            E("Financial Adviser", "Karoo Life Assurance", "Bellville", "2020-06", "present", [
                "Advise individuals and small business owners on life, disability and retirement cover",
                "Meet clients at home or work for needs analysis and annual reviews",
                "Top 10 adviser in the Western Cape region, 2024",
            ], "facing", "sales_account", para=True),
            E("Practice Administrator", "Fourie & Naidoo Financial Services", "Durbanville", "2017-03", "2020-05", [
                "Prepared quotes and application packs for the three advisers",
                "Submitted new business to the product houses and followed up outstanding requirements",
                "Kept FICA documents and the FAIS record of advice files in order",
            ], "affecting"),
            E("Telesales Agent – Funeral Cover", "Table Bay Direct", "Cape Town", "2015-02", "2017-02", [
                "Outbound calls to warm leads; closed funeral and accident policies on recorded lines",
            ], "facing", "contact_center"),
            E("Pharmacy Cashier", "Vredekloof Pharmacy", "Brackenfell", "2013-01", "2015-01", [],
              "facing", "in_person_service"),
        ]),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    id="w022", ext="html", r="html", hdr="datesfirst", ds="m/yyyy", present="Current", nobul=True,
    family="US card disputes and payments résumé, HTML export, dates line first, m/yyyy",
    name="Devon M. Alvarado", contact=["San Antonio, TX 78249", "(210) 555-0184", "devon.alvarado@mailbox.com"],
    tagline="Disputes, chargebacks and payment operations — Reg E / Reg Z",
    blocks=[
        ("Professional Experience", [
            E("Chargeback Analyst II", "Lone Star Merchant Services", "San Antonio, TX", "2023-04", "present", [
                "Build representment cases for merchants from transaction logs, receipts and delivery proof",
                "Submit and track cases in the Visa and Mastercard dispute portals",
                "Maintain reason-code playbooks for the team",
            ], "affecting"),
            E("Dispute Resolution Specialist", "Alamo Heights Bank", "San Antonio, TX", "2020-08", "2023-03", [
                "Took cardholder calls to file disputes, explained provisional credit and next steps",
                "Reg E and Reg Z timelines; 98% QA score",
            ], "facing", "contact_center"),
            E("General Ledger Reconciliation Specialist", "Alamo Heights Bank", "San Antonio, TX", "2019-02", "2020-07", [
                "Reconciled suspense and clearing GL accounts; cleared aged items",
            ], "none"),
            E("Teller", "Mission Valley Savings", "San Antonio, TX", "2017-05", "2019-01", [
                "Drive-through and lobby teller; notary public for customers",
            ], "facing", "in_person_service"),
        ]),
        ("Education", ["B.B.A. Accounting (in progress), Alamo Metro University"]),
        ("Certifications", ["Accredited Payments Risk Professional (AAP-R), 2024"]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    id="w023", ext="docx", r="docx", layout="table", hdr="title_org", ds="MON", present="PRESENT",
    family="Singapore insurance agent and life underwriter, Word table per job, capitalised month dates",
    name="Tan Hui Min Valerie", contact=["Bukit Batok, Singapore 650213", "+65 9735 2210", "valerie.tanhm@mailbox.sg"],
    blocks=[
        ("Summary", ["Insurance professional with underwriting and advisory experience. M5, M9, M9A, HI, RES5 certified."]),
        ("Working Experience", [
            E("Financial Services Consultant", "Merlion Assurance Agency (tied representative)", "Singapore", "2022-09", "present", [
                "Commission-based representative: prospect, meet and advise clients on protection and savings plans",
                "Servicing 210 policyholders including claims submissions and policy reviews",
            ], "facing", "sales_account", etype="freelance"),
            E("Underwriting Executive (Life)", "Orchid Pacific Life Insurance", "Singapore", "2018-04", "2022-08", [
                "Underwrite new business proposals: medical reports, financial questionnaires and reinsurer referrals",
                "Issue counter-offers and exclusions; respond to advisers' underwriting queries by email",
            ], "affecting"),
            E("Customer Service Executive", "Orchid Pacific Life Insurance", "Singapore", "2016-07", "2018-03", [
                "Customer service centre counter: policy changes, premium payments and claims forms for walk-in policyholders",
            ], "facing", "in_person_service"),
            E("Intern, Claims Department", "Orchid Pacific Life Insurance", "Singapore", "2015-03", "2015-08", [
                "Indexed claim documents and prepared payment vouchers",
            ], "affecting", etype="internship"),
        ]),
        ("Education", ["Diploma in Banking & Financial Services, 2016"]),
        ("Languages", ["English, Mandarin, Cantonese (spoken)"]),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    id="w024", ext="pdf", r="rl", layout="twocol", hdr="datesfirst", ds="mon", present="Present",
    family="Australian bank fraud and complaints career, reportlab two-column header, dates line above each title",
    name="Matthew Liang", contact=["Box Hill VIC 3128", "0447 310 925", "matt.liang@mailbox.com.au"],
    tagline="Scams & Fraud | Customer Remediation",
    blocks=[
        ("Experience", [
            E("Scam Intelligence Analyst", "Yarra Mutual Bank", "Melbourne VIC", "2024-03", "present", [
                "Link mule accounts and scam networks from payment data and case notes",
                "Publish weekly typology bulletins and feed new rules to the detection team",
            ], "affecting"),
            E("Fraud Operations Specialist", "Yarra Mutual Bank", "Melbourne VIC", "2022-01", "2024-02", [
                "Called customers to verify high-risk payments and talk them out of investment and romance scams",
                "Placed holds, recalled funds and lodged cases with receiving banks",
            ], "facing", "contact_center"),
            E("Complaints Resolution Specialist", "Yarra Mutual Bank", "Melbourne VIC", "2020-05", "2021-12", [
                "Investigated escalated complaints from the files and system records",
                "Drafted IDR response letters for the team leader to review",
                "Prepared AFCA submissions",
            ], "affecting"),
            E("Contact Centre Consultant", "Eastlink Telecommunications", "Ringwood VIC", "2018-09", "2020-04", [
                "Inbound sales and service calls, 70 a day",
            ], "facing", "contact_center"),
            E("Kitchen Hand", "Golden Lotus Restaurant", "Box Hill VIC", "2016-11", "2018-08", [],
              "affecting"),
        ]),
        ("Education", ["Bachelor of Commerce, Deakin Plains University (2019)"]),
        ("Languages", ["English, Cantonese, Mandarin"]),
        ("Referees", ["Available upon request"]),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    id="w025", ext="txt", r="txt", hdr="inline", ds="mm/yyyy", present="Present", txthead="colon", bul="•",
    family="UK mortgage adviser at an estate agent, plain text, title, employer, town and dates on one line, career break",
    name="Shauna McGillivray", contact=["Falkirk FK2", "07732 118 450", "shauna.mcg@mailbox.co.uk"], namecase=str.title,
    blocks=[
        ("Profile", ["CeMAP-qualified mortgage and protection adviser. Whole-of-market since 2023."]),
        ("Experience", [
            E("Mortgage & Protection Adviser", "Carron Homes Estate Agents", "Falkirk", "2023-02", "present", [
                "Fact-find appointments with buyers in the branch and by video; recommend mortgage and protection",
                "Average 14 completions a month",
            ], "facing", "sales_account"),
            E("Mortgage Administrator", "Carron Homes Estate Agents", "Falkirk", "2020-08", "2023-01", [
                "Packaged cases for submission and chased valuations and solicitors",
                "Kept the compliance file checklist for the advisers",
            ], "affecting"),
            E("Career break – caring for my mother", None, None, "2019-03", "2020-07", [], "none", etype="unknown"),
            E("Sales Negotiator", "Ochil View Property", "Stirling", "2016-05", "2019-02", [
                "Booked and conducted viewings; negotiated offers between buyers and sellers",
            ], "facing", "sales_account"),
            E("Dental Receptionist", "Grahamston Dental Practice", "Falkirk", "2014-01", "2016-04", [],
              "facing", "in_person_service"),
        ]),
        ("Qualifications", ["CeMAP (2020)", "CertCII (MP)", "Highers: English, Business, Maths"]),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    id="w026", ext="docx", r="docx", layout="header", hdr="org_title", ds="mon", present="Present", headstyle=True, hlevel=2,
    family="UAE trade finance CV, name in the Word page header, heading styles, employer line first then title",
    name="Hina Qureshi", contact=["Bur Dubai, UAE", "+971 52 640 1187", "hina.qureshi@mailbox.ae"],
    tagline="Transaction banking professional — trade finance operations and client service",
    blocks=[
        ("Professional Experience", [
            E("Client Service Manager – Transaction Banking", "Falcon Gulf Bank", "Dubai", "2021-10", "present", [
                "Single point of contact for 60 corporate clients on trade, payments and cash management",
                "Onboarding visits to clients' finance teams; resolve escalations with operations",
            ], "facing", "sales_account"),
            E("Trade Finance Officer", "Falcon Gulf Bank", "Dubai", "2017-01", "2021-09", [
                "Issued import LCs and guarantees; examined export documents against UCP 600",
                "Checked sanctions and dual-use goods; prepared discrepancy notices",
            ], "affecting"),
            E("Cashier", "Al Wasl Exchange House", "Karama, Dubai", "2014-05", "2016-12", [
                "Remittances and currency exchange at the counter",
            ], "facing", "in_person_service"),
            E("Accounts Assistant", "Noor Trading LLC", "Deira, Dubai", "2013-02", "2014-04", [
                "Supplier invoices, petty cash and bank reconciliations",
            ], "none"),
        ]),
        ("Education", ["B.Com, University of Karachi (2012)", "Certified Documentary Credit Specialist (CDCS), 2019"]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    id="w027", ext="pdf", r="fp", layout="left", hdr="title_org", ds="m.yyyy", present="Present",
    footer="Anjali Thomas | CV | Page {n}",
    family="Indian health-insurance claims CV, fpdf2 left header, two pages with page footer, nurse turned adjudicator",
    name="Anjali Thomas", contact=["Kakkanad, Kochi, Kerala", "+91 90370 45218", "anjali.thomas@mailbox.in"],
    tagline="Medical claims professional — adjudication, TPA and hospital insurance desk",
    blocks=[
        ("Profile", ["B.Sc Nursing graduate with eleven years across bedside nursing, hospital insurance desks and "
                     "health-insurance claims. Currently leading a non-voice adjudication team of 12 for a US payer "
                     "process. Looking for a quality or training role."]),
        ("Key Skills", ["- Medical claims adjudication (ICD-10, CPT)", "- Pre-authorisation and cashless process",
                        "- Team handling and quality audits", "- Excel reports, SLA tracking",
                        "- Malayalam, English, Hindi, Tamil"]),
        ("Experience", [
            E("Team Lead – Claims Adjudication", "Vembanad Health Solutions Pvt Ltd", "Kochi", "2023-01", "present", [
                "Lead 12 adjudicators on a non-voice US health-payer process; allocate queues and track SLA",
                "Audit samples, run calibration sessions and coach new joiners",
            ], "affecting"),
            E("Medical Claims Adjudicator", "Vembanad Health Solutions Pvt Ltd", "Kochi", "2019-08", "2022-12", [
                "Adjudicated hospital and physician claims against plan benefits and medical policy",
                "Priced claims and flagged duplicate billing",
            ], "affecting"),
            E("Insurance Desk Coordinator (TPA Desk)", "Lourdes Mission Hospital", "Ernakulam", "2017-04", "2019-07", [
                "Helped admitted patients and families with cashless approvals and documents",
                "Coordinated with TPAs on pre-authorisation queries and final bill approval",
            ], "facing", "in_person_service"),
            E("Customer Care Executive – Voice", "Malabar Health Insurance Co. Ltd.", "Kochi", "2016-02", "2017-03", [
                "Inbound helpline for policyholders on claim status, network hospitals and renewals",
            ], "facing", "contact_center"),
            E("Staff Nurse", "Lourdes Mission Hospital", "Ernakulam", "2014-09", "2016-01", [
                "Medical ward, 30 beds; patient care, medication rounds and discharge education",
            ], "facing", "healthcare_care"),
        ]),
        ("Education", ["B.Sc Nursing, Government College of Nursing, Kottayam (2014)",
                       "Certified Professional Coder (CPC), 2020"]),
        ("Achievements", ["- Best TL, Q2 2024", "- 99.2% financial accuracy for 18 consecutive months as adjudicator"]),
        ("Personal Details", ["Date of Birth: 21 June 1992", "Marital Status: Married",
                              "Notice period: 60 days", "Passport: Available"]),
        ("Declaration", ["I hereby declare that all the details furnished above are true to the best of my knowledge "
                         "and belief.", "Place: Kochi", "Anjali Thomas"]),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    id="w028", ext="md", r="md", mdh="h3", mdinline=True, hdr="title_org", ds="month", present="Present", bul="*",
    family="Singapore KYC career in Markdown, h3 titles with dates in brackets, front-office KYC helpdesk",
    name="Ravi Shankar Pillai", contact=["Sengkang, Singapore", "+65 9016 7734", "ravi.pillai@mailbox.sg"],
    blocks=[
        ("Profile", ["KYC and onboarding professional. Comfortable explaining MAS Notice 626 requirements to "
                     "bankers who just want their client onboarded yesterday."]),
        ("Experience", [
            E("KYC Advisory Officer, Front Office Support", "Temasek Bay Private Bank", "Singapore", "2023-06", "present", [
                "Run the KYC helpdesk for 200 relationship managers and assistants: calls, Teams chats and walk-ups",
                "Train new RMs on onboarding documentation; monthly refresher sessions",
            ], "facing", "internal_support"),
            E("KYC Analyst", "Temasek Bay Private Bank", "Singapore", "2020-03", "2023-05", [
                "Reviewed onboarding and periodic review files for private clients and trusts",
                "Source-of-wealth corroboration and adverse media screening",
            ], "affecting"),
            E("Remittance Counter Officer", "Serangoon Money Transfer Pte Ltd", "Singapore", "2017-11", "2020-02", [
                "Served walk-in customers sending money to India, Bangladesh and Sri Lanka; checked IDs and purpose of transfer",
            ], "facing", "in_person_service"),
            E("Private Maths Tutor", None, "Singapore", "2016-01", "2017-10", [
                "Home tuition for O-level students, four students a week",
            ], "facing", "education", etype="freelance"),
        ]),
        ("Education", ["BBA, Singapore Metro University (2017)", "ICA Advanced Certificate in AML (2021)"]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    id="w029", ext="docx", r="docx", layout="sidebar", hdr="dash", ds="mon", present="Present", shade="F2E6D9",
    family="South African debt counsellor, Word shaded layout table, 'Title – Employer, Town' lines with dates right",
    name="Zanele Khumalo", contact=["Pietermaritzburg, KZN", "073 902 5514", "zanele.khumalo@mailbox.co.za"],
    tagline="NCR-registered Debt Counsellor",
    side=[("Skills", ["- Debt review process (NCA s86)", "- Budget restructuring", "- Creditor negotiation", "- isiZulu, English"]),
          ("Education", ["Debt Counselling Course (NCR accredited), 2021", "Matric, Pietermaritzburg Girls' High, 2012"])],
    blocks=[
        ("Work experience", [
            E("Debt Counsellor", "Umsunduzi Debt Solutions", "Pietermaritzburg", "2021-08", "present", [
                "Interview over-indebted consumers, assess affordability and explain the debt review process",
                "Negotiate restructured repayments with credit providers and appear for consent orders",
            ], "facing", "other_facing"),
            E("Debt Review Administrator", "Umsunduzi Debt Solutions", "Pietermaritzburg", "2018-04", "2021-07", [
                "Captured client budgets and creditor balances; sent proposals to credit providers",
                "Reconciled the payment distribution agency schedules",
            ], "affecting"),
            E("Collections Agent (Inbound & Outbound)", "Midlands Retail Credit", "Pietermaritzburg", "2014-02", "2018-03", [
                "Phoned store-card customers in arrears and took payments on the phone",
            ], "facing", "contact_center"),
            E("Soup Kitchen Volunteer", "Imbali Methodist Outreach", "Imbali", "2013-01", "2015-12", [
                "Served meals on Saturdays to about 150 people",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    id="w030", ext="pdf", r="rl", layout="plain", hdr="orgfirst", ds="mon", present="Present", letter=True,
    orgcase=str.upper,
    family="US credit-union career, reportlab letter page, employer heading with roles beneath, year-only early jobs",
    name="Deborah Lynn Castellano", contact=["Spokane Valley, WA", "(509) 555-0172", "deb.castellano@mailbox.com"],
    tagline="Member Service Manager | 17 years in credit unions and insurance",
    blocks=[
        ("Work History", [
            E("Member Service Manager", "Evergreen Valley Credit Union", "Spokane Valley, WA", "2019-09", "present", [
                "Manage 11 member service representatives and tellers across two branches",
                "Resolve member escalations at the branch; approve fee refunds and overrides",
            ], "facing", "in_person_service"),
            E("Consumer Loan Officer", "Evergreen Valley Credit Union", "Spokane Valley, WA", "2014-04", "2019-08", [
                "Met members to take auto, RV and personal loan applications; explained terms at closing",
            ], "facing", "sales_account"),
            E("Member Service Representative", "Evergreen Valley Credit Union", "Spokane, WA", "2011-06", "2014-03", [],
              "facing", "in_person_service"),
            E("Customer Service Representative", "Inland Northwest Insurance Agency", "Spokane, WA", "2008", "2011", [
                "Answered policyholder calls, processed endorsements and took payments at the front desk",
            ], "facing", "contact_center", prec="year"),
            E("Policy Processor", "Inland Northwest Insurance Agency", "Spokane, WA", "2006", "2007", [
                "Data entry of applications and renewals",
            ], "affecting", prec="year"),
        ]),
        ("Education", ["A.A. Business, Spokane River Community College"]),
        ("Certifications", ["CUNA Credit Union Consumer Lending certificate", "Washington P&C license (inactive)"]),
    ]))
