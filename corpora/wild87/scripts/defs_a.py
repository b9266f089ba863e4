"""wild87 résumés w001–w015 (one dict per résumé: renders both the file and its gold line)."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    id="w001", ext="pdf", renderer="reportlab", layout_kind="plain",
    family="UK energy billing and collections adviser, Word-to-PDF single column, title line with right-aligned dates",
    layout="reportlab, plain/title_org, month / 'Present'",
    name="Kerry-Ann Holloway",
    contact=["14 Birchfield Road, Brinsford", "07700 914228  |  kerryann.holloway@mailbox.co.uk"],
    hdr="title_org", dstyle="month", present="Present",
    sections=[
        ("p", "Profile", ["Friendly and patient adviser with five years on the phones for an energy supplier, "
                          "mostly billing and arrears. I like sorting out a bill properly the first time so the "
                          "customer does not have to ring back. Looking for a team leader or complaints role."]),
        ("exp", "Employment History", [
            E("Billing Adviser", "Northvale Energy", "Brinsford", "2022-03", "present", [
                "Handle inbound calls and webchats about bills, estimated reads and payment plans",
                "Set up direct debits and explain tariff and price cap changes to customers",
                "Raise meter read disputes with the back office and call the customer back with the outcome",
            ], "facing", "contact_center"),
            E("Collections Adviser", "Northvale Energy", "Brinsford", "2020-08", "2022-02", [
                "Outbound calls to customers in arrears, agreeing affordable repayment plans",
                "Referred customers in vulnerable circumstances to the Priority Services team",
                "Hit my collection target in 9 of 12 months",
            ], "facing", "contact_center"),
            E("Counter Assistant", "Heaton Chemist", "Brinsford", "2018-06", "2020-07", [
                "Served customers at the counter and handed out prescriptions after ID checks",
                "Till, stock rotation and putting away the wholesaler delivery",
            ], "facing", "in_person_service"),
            E("Warehouse Operative (agency)", "Pennine Parcel Hub", "Hollinmoor", "2017-09", "2018-05", [
                "Picked and packed online orders to handheld scanner targets",
            ], "affecting"),
        ]),
        ("list", "Skills", ["Gentrack and SAP billing screens, Genesys softphone", "Payment plans and Ability to Pay checks",
                            "Calm with upset callers", "Microsoft Word and Excel"]),
        ("lines", "Education", ["Brinsford College — Level 3 Diploma in Business (2017)",
                                "GCSEs: 8 including English and Maths"]),
        ("lines", "References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    id="w002", ext="docx", renderer="docx", layout_kind="styles",
    family="US telecom retention specialist, Word heading styles, 'Title | Company | Town' with tab-stop dates",
    layout="docx, styles/pipe, mm/yyyy / 'Current'",
    name="Darnell Whitaker",
    contact=["Redbud City, OK", "(918) 555-0147", "d.whitaker@mailbox.net"],
    hdr="pipe", dstyle="mm/yyyy", present="Current", sep=" – ", bullet="list",
    sections=[
        ("p", "Summary", ["Retention and tech support rep with 7+ years in cable and internet. Good at finding out "
                          "why someone really wants to leave and fixing that instead of just throwing a discount at it."]),
        ("exp", "Experience", [
            E("Retention Specialist", "Crestline Communications", "Redbud City, OK", "2021-04", "present", [
                "Take transferred calls from customers asking to cancel cable, internet or phone service",
                "Find the reason and offer plan changes, account credits or equipment swaps",
                "Saved 38% of disconnect requests in 2024 (site average 29%)",
                "Document every save offer in account notes for audit",
            ], "facing", "contact_center"),
            E("Technical Support Representative", "Crestline Communications", "Redbud City, OK", "2019-06", "2021-03", [
                "Troubleshot modems and set-top boxes with customers over the phone",
                "Scheduled technician visits when a truck roll was needed",
            ], "facing", "contact_center"),
            E("Installer Helper", "Green Country Satellite", "Cimarron Bend, OK", "2017-05", "2019-05", [
                "Rode with the lead installer to customer homes; ran coax and mounted dishes",
                "Showed the customer how to use the remote and guide before we left",
            ], "facing", "other_facing"),
            E("Groundman", "Red Fork Line Services", "Osage Flats, OK", "2016-03", "2017-04", [
                "Ground crew on overhead distribution line rebuilds",
                "Framed poles, rigged material for the bucket trucks and flagged traffic",
            ], "none"),
        ]),
        ("list", "Skills", ["Retention offers and save scripts", "CSG billing system", "Bilingual: English / basic Spanish",
                            "Valid Oklahoma driver's license"]),
        ("lines", "Education", ["Redbud Community College — coursework in Business Administration",
                                "Eastside High School, Redbud City — Diploma"]),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    id="w003", ext="pdf", renderer="fpdf", layout_kind="left",
    family="Indian BPO collections executive, job-portal style CV with labelled Designation / Organisation / Duration blocks",
    layout="fpdf2, left/labelled, mon / 'Till date'",
    name="Snehal Pawar",
    contact=["Flat 12, Shivneri Apartments, Indrayani Nagar", "Mobile: +91 98220 41736",
             "Email: snehal.pawar92@mailbox.in"],
    hdr="labelled", dstyle="mon", present="Till date", bullet="•",
    sections=[
        ("p", "Career Objective", ["To work in a challenging environment where I can use my communication and "
                                   "negotiation skills for the growth of the organisation and myself."]),
        ("lines", "Educational Qualification", ["B.Com, Indrayani Commerce College, 2018 — 61%",
                                                "HSC (Maharashtra Board), 2015 — 68%"]),
        ("exp", "Work Experience", [
            E("Senior Collection Executive", "Vantix Global Services Pvt. Ltd.", "Indrayani Nagar", "2022-01", "present", [
                "Calling US telecom customers with overdue balances (30–60 days bucket) on behalf of the client",
                "Negotiating payment arrangements and taking card payments over the phone as per compliance script",
                "Handling disputes and transferring billing errors to the client's billing team",
                "Mentoring new joiners on call floor",
            ], "facing", "contact_center"),
            E("Collection Executive", "Vantix Global Services Pvt. Ltd.", "Indrayani Nagar", "2020-06", "2021-12", [
                "Outbound dialing on predictive dialer, 180+ calls per shift",
                "Maintained right-party-contact and promise-to-pay targets",
            ], "facing", "contact_center"),
            E("Data Entry Operator", "Shreeram Electricals Distributors", "Indrayani Nagar", "2018-08", "2020-05", [
                "Entering dealer sale bills and credit notes in Tally",
                "Maintaining stock register and dispatch challans",
            ], "affecting"),
            E("Summer Trainee", "Sahyadri Power Distribution Co.", "Indrayani Nagar", "2017-05", "2017-06", [
                "Studied consumer billing cycle as part of college project",
                "Assisted staff at the bill collection centre counter with walk-in consumers",
            ], "facing", "in_person_service", etype="internship"),
        ]),
        ("list", "Skills", ["MS Office, Tally ERP 9", "Avaya dialer, CRM", "Typing speed 35 wpm"]),
        ("lines", "Personal Details", ["Date of Birth: 14/03/1997", "Languages Known: English, Hindi, Marathi",
                                       "Marital Status: Single"]),
        ("p", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge."]),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    id="w004", ext="docx", renderer="docx", layout_kind="tabs",
    family="South African municipal-utility walk-in consultant and former meter reader, Word tab-stop dates",
    layout="docx, tabs/title_org, month / 'Present'",
    name="Thandeka Mokoena",
    contact=["Thembisile Park, Gauteng", "Cell: 072 555 0193", "thandeka.mokoena@mailbox.co.za"],
    hdr="title_org", dstyle="month", present="Present", bullet="•",
    sections=[
        ("lines", "Personal Information", ["ID: available on request", "Driver's licence: Code 08 (B)",
                                           "Languages: isiZulu, Sesotho, English"]),
        ("exp", "Work Experience", [
            E("Customer Care Consultant", "Eskara Utilities (Pty) Ltd", "Rietspruit", "2021-03", "present", [
                "Attend to walk-in customers at the Midrand customer centre with billing queries, account "
                "consolidations and clearance figures",
                "Process prepaid meter token re-issues and tamper queries",
                "Log faults on the system and follow up until closed",
            ], "facing", "in_person_service"),
            E("Meter Reader", "Ubuntu Metering Solutions", "Thembisile Park", "2018-06", "2021-02", [
                "Read conventional water and electricity meters on a route of 350+ properties a day",
                "Spoke to residents to get access to yards and explained the reason for the visit",
                "Captured readings on the handheld and photographed each meter",
                "Reported broken, buried or tampered meters",
            ], "facing", "other_facing"),
            E("Cashier", "Sizwe Cash & Carry", "Thembisile Park", "2016-01", "2018-05", [
                "Operated till, sold prepaid electricity and airtime vouchers",
                "Cashed up at end of shift",
            ], "facing", "in_person_service"),
        ]),
        ("exp", "Community Involvement", [
            E("Learner Support Volunteer", "Ikageng Homework Club", "Thembisile Park", "2014-01", "2015-12", [
                "Helped Grade 4–7 learners with homework and reading after school",
            ], "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("lines", "Education", ["National Senior Certificate (Matric), Thembisile Secondary, 2013",
                                "N4 Public Management — in progress"]),
        ("lines", "References", ["Mr S. Ndlovu, Team Leader, Eskara Utilities — 011 555 0120",
                                 "Ms P. Khumalo, Supervisor, Ubuntu Metering — 010 555 0188"]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    id="w005", ext="pdf", renderer="reportlab", layout_kind="sidebar",
    family="UAE telecom NOC engineer, reportlab shaded left sidebar, title / company / dates on separate lines",
    layout="reportlab, sidebar/dateline, mm/yyyy / 'Present'",
    name="Faisal Rahman Qureshi",
    contact=["Ras Samar, UAE", "+971 50 555 2841", "faisal.qureshi@mailbox.ae"],
    side=[("Contact", ["Ras Samar, UAE", "+971 50 555 2841", "faisal.qureshi@mailbox.ae", "UAE driving licence"]),
          ("Technical", ["IP/MPLS, GPON/FTTH", "Microwave & radio links", "NMS dashboards, ITIL incident mgmt",
                         "Linux, basic Python"]),
          ("Certifications", ["CCNA Routing & Switching", "ITIL 4 Foundation"]),
          ("Languages", ["English, Urdu, Arabic (basic)"])],
    hdr="dateline", dstyle="mm/yyyy", present="Present", sep=" – ", bullet="•", fs=9.5,
    sections=[
        ("p", "Profile", ["Network operations engineer with 9 years in fixed and mobile networks across "
                          "the UAE and Pakistan. Calm under pressure on major incidents."]),
        ("exp", "Experience", [
            E("NOC Engineer (L2)", "Gulfwave Telecom", "Ras Samar", "2022-02", "present", [
                "Monitor the IP/MPLS core and FTTH aggregation network 24x7 from NMS dashboards",
                "Raise and drive incidents with field teams and vendors until service is restored",
                "Join bridge calls with enterprise customers' IT managers during major outages and "
                "give them restoration updates",
            ], "facing", "other_facing"),
            E("NOC Engineer (L1)", "Sabkha Networks LLC", "Khor Dhiyab", "2019-08", "2022-01", [
                "Alarm monitoring and ticket logging for the radio access network",
                "First-level troubleshooting of microwave links; escalation to L2",
                "Shift handover reports",
            ], "none"),
            E("Transmission Field Engineer", "Indus Towercom", "Shalimarpur, Pakistan", "2016-07", "2019-06", [
                "Installation, alignment and commissioning of microwave links at tower sites",
                "Preventive maintenance visits",
            ], "none"),
            E("Internee", "Ravi Telecom Exchange", "Shalimarpur", "2015-06", "2015-08", [
                "Observed exchange operations and cable records",
            ], "none", etype="internship"),
        ]),
        ("lines", "Education", ["B.Sc. Electrical (Telecom) Engineering, 2016"]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    id="w006", ext="txt", renderer="txt",
    family="Welsh smart-meter engineer and former meter reader, plain text with underlined headings, 'Title – Employer, Town' and padded dates",
    layout="txt, underline/dash, mon / 'Present'",
    name="Gareth Pryce",
    contact=["Cwmderyn, South Wales", "07700 900 612", "gareth.pryce@mailbox.co.uk"],
    hdr="dash", dstyle="mon", present="Present", txt_h="underline", txt_row="pad", bullet="-",
    sections=[
        ("exp", "Work History", [
            E("Smart Meter Engineer (Dual Fuel)", "Cardew Metering Services", "South Wales", "2021-09", "present", [
                "Install and commission gas and electric smart meters in customers' homes, 5-6 jobs a day",
                "Explain the in-home display and answer questions before leaving",
                "Safety checks on gas and electric installations, report at-risk situations",
            ], "facing", "other_facing"),
            E("Meter Reader", "Severnside Utility Services", "Cwmderyn", "2017-03", "2021-08", [
                "Read up to 250 meters a day, mostly in external boxes and communal cupboards in flats",
                "Left a card where there was no access",
                "Uploaded reads and no-access codes from the handheld at end of shift",
            ], "affecting"),
            E("Delivery Driver", "Brecon Bakes", "Cwmderyn", "2014-06", "2017-02", [
                "Early morning bread and cake deliveries to shops and cafes; got signatures from the manager",
                "Took next-day orders from shop staff",
            ], "facing", "in_person_service"),
            E("Labourer", "T. Morgan Groundworks", "Llanfarrow", "2012-01", "2014-12", [
            ], "none", prec="year"),
        ]),
        ("list", "Qualifications", ["Dual Fuel Smart Metering NVQ Level 2 (2021)", "CSCS card", "Full clean driving licence"]),
        ("p", "Interests", ["Rugby (coach under-12s on Saturdays), fishing."]),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    id="w007", ext="docx", renderer="docx", layout_kind="table",
    family="Indian telecom complaints nodal officer, Word with a borderless table per job (role/company left, dates right)",
    layout="docx, table/title_org, mon. / 'till date'",
    name="Arvind Subramaniam",
    contact=["No. 7, 3rd Cross Street, Adyarpet", "+91 94440 17265 | arvind.s@mailbox.in"],
    hdr="title_org", dstyle="mon.", present="till date",
    sections=[
        ("p", "Professional Summary", ["12 years in telecom customer operations: store, billing and "
                                        "regulatory complaint handling. Known for closing escalations within TAT."]),
        ("exp", "Professional Experience", [
            E("Nodal Officer – Customer Complaints", "Tarang Telecom Ltd", "Adyarpet", "2021-04", "present", [
                "Handle escalated consumer complaints on billing, porting and service received through the "
                "regulator's portal and the appellate authority",
                "Call complainants, investigate with network and billing teams and issue written resolutions "
                "within 30 days",
                "Monthly MIS on complaint trends for the circle head",
            ], "facing", "contact_center"),
            E("Customer Relationship Officer", "Tarang Telecom Ltd", "Adyarpet", "2017-06", "2021-03", [
                "Company-owned store: SIM activation, KYC, bill payments and plan changes for walk-in customers",
                "Handled store escalations and postpaid retention",
            ], "facing", "in_person_service"),
            E("Billing Executive", "Kaveri Broadband Services", "Kovaipettai", "2014-08", "2017-05", [
                "Generated monthly invoices and handled bill-run exceptions",
                "Posted adjustments and waivers approved by the customer care team",
            ], "affecting"),
            E("Apprentice Trainee", "Nilgiri Cables Pvt Ltd", "Kovaipettai", "2013-07", "2014-07", [
                "Routine and type testing of PVC copper cables in the QC lab",
            ], "none", etype="internship"),
        ]),
        ("lines", "Education", ["MBA (Marketing), 2013", "B.Sc. Physics, 2011"]),
        ("lines", "Languages", ["Tamil, English, Hindi"]),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    id="w008", ext="pdf", renderer="fpdf", layout_kind="centred", page="letter",
    family="US gas utility field service technician, fpdf2 centred header, employer line first then title, m/yyyy dates",
    layout="fpdf2, centred/org_title, m/yyyy / 'Present'",
    name="Maria Elena Castillo",
    contact=["Mesquite Hollow, TX", "(210) 555-0182", "mecastillo@mailbox.com"],
    hdr="org_title", dstyle="m/yyyy", present="Present", sep=" - ", bullet="-",
    sections=[
        ("exp", "Work Experience", [
            E("Field Service Technician II", "Bexar Valley Gas Co.", "Mesquite Hollow, TX", "2020-03", "present", [
                "Respond to customer calls for gas odor, pilot relights and turn-ons at homes and businesses",
                "Leak surveys on service lines and appliance safety checks",
                "Explain red-tag shutoffs to homeowners and landlords and what they need to fix",
            ], "facing", "other_facing"),
            E("Meter Reader", "Bexar Valley Gas Co.", "Mesquite Hollow, TX", "2017-08", "2020-02", [
                "Read 500+ meters per day on foot routes and AMR drive-by",
                "Flagged zero-consumption and possible theft for revenue protection",
            ], "affecting"),
            E("Service Dispatcher", "Alamo Home Comfort", "Mesquite Hollow, TX", "2015-01", "2017-07", [
                "Booked AC and heating service calls from homeowners by phone and gave arrival windows",
                "Dispatched techs by radio and rescheduled when jobs ran over",
            ], "facing", "contact_center"),
            E("Line Clearance Groundsman", "Lone Star Tree Services", "Guadalupe Bend, TX", "2013-05", "2014-12", [
                "Cleared brush and limbs from power line right-of-way behind the climbers",
            ], "none"),
        ]),
        ("list", "Licenses & Training", ["Operator Qualification (OQ) tasks current", "OSHA 10",
                                         "Class C driver license, clean record"]),
        ("lines", "Education", ["Mission Trail College — Associate of Applied Science, HVAC (2013)"]),
        ("lines", "Languages", ["English and Spanish (fluent)"]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    id="w009", ext="md", renderer="md", md_entry="bold",
    family="South African credit controller for an electricity trader, Markdown with bold title line and italic dates",
    layout="md, bold/title_org, mon / 'Current'",
    name="Riaan van der Merwe",
    contact=["Tafelbaai, Western Cape", "082 555 0174", "riaan.vdmerwe@mailbox.co.za"],
    hdr="title_org", dstyle="mon", present="Current",
    sections=[
        ("p", "About me", ["Credit controller with a finance background. Firm but fair on the phone, and I keep "
                           "my debtors book clean."]),
        ("exp", "Experience", [
            E("Credit Controller", "Swartland Power Trading (Pty) Ltd", "Tafelbaai", "2022-02", "present", [
                "Manage a book of about 180 commercial and industrial electricity accounts",
                "Phone and email customers' finance departments about overdue invoices and agree payment arrangements",
                "Issue letters of demand and hand over to attorneys where needed",
                "Monthly debtors reconciliation and provision for bad debt",
            ], "facing", "sales_account"),
            E("Debtors Clerk", "Boland Fresh Produce", "Bergrivier", "2019-03", "2022-01", [
                "Posted receipts and allocated payments on Pastel",
                "Ran the age analysis for the credit manager and did month-end recons",
            ], "affecting"),
            E("Teller", "Cape Mutual Bank", "Tygerdal", "2016-01", "2019-02", [], "facing", "in_person_service"),
            E("Vacation Work – Debtors", "Swartland Power Trading (Pty) Ltd", "Tafelbaai", "2014-12", "2015-01", [
                "Filed statements and captured remittances during the December holidays",
            ], "affecting", etype="internship"),
        ]),
        ("list", "Education", ["BCom Accounting (distance learning), 2018", "Matric, Hoërskool Tafelberg-Noord, 2013"]),
        ("list", "Skills", ["Sage Pastel, SAP FI-AR", "Excel (pivots, VLOOKUP)", "Afrikaans and English"]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    id="w010", ext="docx", renderer="docx", layout_kind="sidebar",
    family="Filipina utility call-centre agent in Qatar, Word two-column layout table with shaded sidebar",
    layout="docx, sidebar/title_org, month / 'Present'",
    name="Jocelyn Dizon Ramirez",
    contact=["Umm Sidra, Qatar", "+974 5555 1623", "jocelyn.ramirez@mailbox.qa"],
    side=[("Languages", ["English – fluent", "Tagalog – native", "Arabic – basic"]),
          ("Skills", ["Inbound calls and e-mail", "Billing and complaint logging", "MS Office", "Typing 45 wpm"]),
          ("Personal", ["Nationality: Filipino", "Visa: family sponsorship (transferable)", "Qatar driving licence"])],
    tagline="Customer service professional – utilities and hospitality",
    hdr="title_org", dstyle="month", present="Present", bullet="•",
    sections=[
        ("exp", "Work Experience", [
            E("Customer Service Agent (English/Tagalog)", "Sarraf Business Services", "Umm Sidra", "2023-01", "present", [
                "Answer calls from residents about water and electricity bills, new connections and outages",
                "Register complaints and follow up with the field teams until resolved",
                "Reply to customer e-mails within the 24-hour target",
            ], "facing", "contact_center"),
            E("Front Desk Receptionist", "Pearl Marina Hotel Apartments", "Umm Sidra", "2020-05", "2022-12", [
                "Check-in and check-out of long-stay guests, key cards, deposits",
                "Handled maintenance requests and guest complaints",
            ], "facing", "in_person_service"),
            E("Chat Support Agent (work from home, night shift)", "Brightlane Outsourcing Inc.",
              "Davao del Norte, Philippines", "2018-09", "2020-03", [
                "Answered chat and e-mail tickets from customers of a US online retailer: orders, refunds, tracking",
                "Part-time alongside my day job",
            ], "facing", "digital_service", note="Part-time, 20 hours a week"),
            E("Billing Clerk", "Tagum Valley Water District", "Davao del Norte, Philippines", "2016-06", "2020-03", [
                "Prepared monthly water bills from the meter readers' sheets",
                "Corrected billing errors as instructed by the commercial supervisor",
            ], "affecting"),
        ]),
        ("lines", "Education", ["Bachelor of Science in Business Administration, 2016"]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    id="w011", ext="pdf", renderer="reportlab", layout_kind="twocol",
    family="UK energy complaints and ombudsman case handler, 2-page reportlab CV with two-column header and page footer",
    layout="reportlab, twocol/title_org, mon / 'Present'",
    name="Rebecca Ashworth-Lyle",
    contact=["Kirkwold, West Yorkshire", "07700 900 377", "becky.ashworthlyle@mailbox.co.uk",
             "linkedin: /in/becky-al"],
    tagline="Complaints and dispute resolution specialist — energy, water and telecoms",
    footer="Rebecca Ashworth-Lyle – CV – page {page}",
    hdr="title_org", dstyle="mon", present="Present", bullet="•", fs=10.5,
    sections=[
        ("p", "Personal Statement", [
            "I have spent ten years resolving complaints in regulated utilities, on both sides of the table: "
            "first at a water company's contact centre, then investigating disputes for an independent redress "
            "scheme, and now handling the hardest cases for an energy supplier. I write clear final responses, "
            "I know what the ombudsman will expect to see, and I am at my best on the phone with someone who has "
            "been let down more than once. I am looking for a complaints team manager role.",
            "Outside work I volunteer with a listening service and I am training for my first half marathon."]),
        ("list", "Key Skills", [
            "Complaint investigation, root cause and remedy (goodwill, redress, apology letters)",
            "Ombudsman case files and implementation of final decisions",
            "Vulnerable customers: Priority Services Register, affordability, third-party authorities",
            "Coaching and quality checking new case handlers",
            "Salesforce, Gentrack, Microsoft 365",
        ]),
        ("exp", "Career History", [
            E("Senior Complaints Case Handler", "Airedale Energy Supply Ltd", "Kirkwold", "2022-06", "present", [
                "Own deadlocked and ombudsman-referred complaints end to end, typically 25 live cases",
                "Phone customers to understand what went wrong, agree remedies and write final response letters",
                "Prepare case files for the energy ombudsman and make sure decisions are implemented on time",
                "Coach newer handlers and quality-check their letters",
                "Feed recurring root causes (estimated bills, smart meter commissioning) into monthly reviews",
            ], "facing", "contact_center"),
            E("Investigation Officer", "The Utilities Dispute Service", "Kirkwold", "2019-03", "2022-05", [
                "Investigated disputes between consumers and energy, water and telecoms providers",
                "Spoke to consumers by phone to understand their complaint and explained outcomes in plain English",
                "Requested evidence from providers and wrote proposed decisions",
                "Averaged 38 closed cases a month with a low challenge rate",
            ], "facing", "other_facing"),
            E("Customer Service Adviser", "Wharfedale Water", "Thornbeck", "2015-08", "2019-02", [
                "Inbound calls on bills, meter applications, leaks and supply interruptions",
                "Moved to the complaints queue in 2017; first-stage complaint letters",
                "Set up WaterSure and social tariff applications",
            ], "facing", "contact_center"),
            E("Career Break – travelling and family", None, None, "2014-09", "2015-07", [
                "Six months travelling in South America, then home to help my father after an operation",
            ], "none", etype="unknown"),
            E("Sales Assistant", "Briggate Books", "Kirkwold", "2011-10", "2014-08", [
                "Bookshop tills, customer orders and recommendations",
                "Ran the children's story hour on Saturdays",
            ], "facing", "in_person_service"),
        ]),
        ("exp", "Volunteering", [
            E("Nightline Listener", "Northfield University Nightline", "Kirkwold", "2010-01", "2012-12", [
                "Overnight listening phone line for students; confidential and non-judgemental support",
            ], "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("lines", "Education & Training", [
            "BA (Hons) English Language, Northfield University, 2013",
            "CMI Level 3 Certificate in Principles of Management and Leadership, 2023",
            "Ombudsman Association complaint handling course, 2020",
        ]),
        ("lines", "References", ["Happy to provide on request."]),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    id="w012", ext="html", renderer="html",
    family="US power trading and load forecasting analyst, HTML résumé from a personal site, mm/yyyy with 'Now'",
    layout="html, plain/title_org, mm/yyyy / 'Now'",
    name="Priya Venkataraman",
    contact=["Bayport Landing, TX", "(713) 555-0129", "priya.venkat@mailbox.io"],
    hdr="title_org", dstyle="mm/yyyy", present="Now", sep=" - ",
    sections=[
        ("p", "Summary", ["Quantitative analyst in wholesale power: load and price forecasting, position "
                          "reporting and rate analysis. Python, SQL, time-series modelling."]),
        ("exp", "Experience", [
            E("Power Trading Analyst", "Meridian Gulf Energy Marketing", "Bayport Landing, TX", "2021-07", "present", [
                "Build day-ahead and real-time load and price forecasts for the Texas market",
                "Support the trading desk with daily position and P&L reports",
                "Automated bid file preparation, cutting morning prep from 2 hours to 20 minutes",
            ], "none"),
            E("Load Forecasting Analyst", "Brazos Plains Electric Cooperative", "Brazos Falls, TX", "2018-06", "2021-06", [
                "Short-term and annual load forecasts, weather normalization of sales",
                "Prepared member bill impact analysis for the new residential rate classes",
                "Supported the rate case team with cost-of-service models",
            ], "affecting"),
            E("Graduate Research Assistant", "Bayport State University, Department of Economics",
              "Bayport Landing, TX", "2016-08", "2018-05", [
                "Econometric work on electricity demand elasticity for a faculty project",
            ], "none", section="other"),
            E("Member Services Representative (part-time)", "Brazos Plains Electric Cooperative", "Brazos Falls, TX",
              "2014-05", "2016-07", [
                "Took member calls about outages, bills and new service while finishing my BBA",
            ], "facing", "contact_center"),
        ]),
        ("lines", "Education", ["M.S. Applied Economics, Bayport State University, 2018",
                                "BBA Finance, 2016"]),
        ("list", "Tools", ["Python (pandas, statsmodels, scikit-learn)", "SQL Server", "Excel/VBA", "Tableau"]),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    id="w013", ext="docx", renderer="docx", layout_kind="header",
    family="English overhead linesman with a customer-liaison secondment, name in the Word page header, employer heading with roles beneath",
    layout="docx, header/orgfirst, mon / 'to date'",
    name="Dean Mulholland",
    contact=["Garthwick, Cumbria", "07700 900 845", "dean.mulholland@mailbox.co.uk"],
    hdr="orgfirst", dstyle="mon", present="to date", sep=" – ", bullet="-",
    sections=[
        ("p", "Profile", ["Authorised overhead linesman, 11 years with the local network operator. Storm rota, "
                          "live-line trained. Did a six-month secondment on the customer side and enjoyed it."]),
        ("exp", "Employment", [
            E("Network Customer Liaison Officer (secondment)", "Northern Fells Distribution Network", "Garthwick",
              "2023-06", "2023-12", [
                "Knocked on doors ahead of planned outages and explained the work to residents and farmers",
                "Arranged generators and welfare calls for customers on the Priority Services Register",
                "Dealt with complaints about access across land and reinstatement",
            ], "facing", "other_facing"),
            E("Overhead Linesman (Authorised Person)", "Northern Fells Distribution Network", "Garthwick",
              "2019-01", "present", [
                "Construct and maintain 11kV and LV overhead lines and pole-mounted transformers",
                "Storm and fault response across North Cumbria",
            ], "none"),
            E("Apprentice Overhead Linesman", "Northern Fells Distribution Network", "Garthwick", "2015-09", "2018-12", [
                "Three-year apprenticeship: climbing, rigging, conductor stringing",
            ], "none", etype="internship"),
            E("Cable Jointer's Mate", "Border Utility Contractors Ltd", "Ullsby", "2013-03", "2015-08", [
                "Excavation, duct laying and assisting LV jointers",
            ], "none"),
            E("Farm Worker", "Low Garth Farm", "Ullsby", "2010-01", "2013-12", [], "none", prec="year"),
        ]),
        ("list", "Tickets", ["NVQ Level 3 Overhead Lines", "Live-line working (LV)", "Chainsaw CS30/31",
                             "Full driving licence C1"]),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    id="w014", ext="pdf", renderer="fpdf", layout_kind="sidebar",
    family="Indian back-office billing analyst for a UK water client, fpdf2 shaded sidebar, dates before the title",
    layout="fpdf2, sidebar/datesfirst, apostrophe year / 'Present'",
    name="Kavya Reddy",
    contact=["Musi Nagar, Telangana", "+91 90000 52813", "kavya.reddy@mailbox.in"],
    side=[("Contact", ["Musi Nagar, Telangana", "+91 90000 52813", "kavya.reddy@mailbox.in"]),
          ("Skills", ["SAP IS-U billing", "Excel, basic SQL", "SLA reporting", "Process documentation"]),
          ("Languages", ["English, Telugu, Hindi"]),
          ("Education", ["B.Com (Computers), 2017"])],
    hdr="datesfirst", dstyle="apos", present="Present", sep=" – ", bullet="•", caps_h=True,
    sections=[
        ("p", "Summary", ["Billing operations professional with 7+ years in voice and non-voice processes "
                          "for utility and telecom clients."]),
        ("exp", "Work Experience", [
            E("Senior Billing Analyst", "Stratus Business Solutions", "Musi Nagar", "2022-03", "present", [
                "Run daily bill cycles for a UK water client and clear bill-run exceptions",
                "Investigate high/low consumption and failed meter reads before bills go out",
                "Raise manual bills and credits; prepare SLA and accuracy reports",
            ], "affecting"),
            E("Process Associate – Billing (Non-voice)", "Stratus Business Solutions", "Musi Nagar", "2019-07",
              "2022-02", [
                "Validated meter reads and processed tariff changes requested by the client's call centre",
            ], "affecting"),
            E("Customer Support Associate (Voice)", "Helix Teleservices", "Musi Nagar", "2017-06", "2019-06", [
                "Inbound calls for a US wireless carrier: billing, plan changes, device activation",
            ], "facing", "contact_center"),
            E("Home Tuition Teacher", None, "Musi Nagar", "2015-01", "2017-12", [
                "Maths and accounts tuitions for Class 8–10 students at their homes",
            ], "facing", "education", etype="freelance", prec="year"),
        ]),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    id="w015", ext="txt", renderer="txt",
    family="US fiber installation technician, plain text with colon headings, 'Title, Employer, Town, dates' on one line, '*' bullets",
    layout="txt, colon/inline, month / 'Present'",
    name="Tyrell Jenkins",
    contact=["Piedmont Junction, NC", "704-555-0116", "tyrell.jenkins@mailbox.com"],
    hdr="inline", dstyle="month", present="Present", sep=" - ", txt_h="colon", bullet="*",
    sections=[
        ("exp", "Experience", [
            E("Fiber Installation Technician", "Piedmont FiberLink", "Piedmont Junction NC", "2022-04", "present", [
                "Install ONTs, routers and inside wiring in customer homes",
                "Test speeds with the customer and set up Wi-Fi on their devices before closing the job",
                "Keep van stock and complete job photos in the app",
            ], "facing", "other_facing"),
            E("Fiber Splicer", "Carolina Outside Plant Services", "Catawba Mills NC", "2020-02", "2022-03", [
                "Splice and test feeder and distribution fiber in handholes and cabinets (OTDR, power meter)",
            ], "none"),
            E("Cable Puller / Laborer", "Queen City Underground", "Piedmont Junction NC", "2018-06", "2020-01", [
                "Pulled cable through conduit, hand digging, traffic control",
            ], "none"),
            E("Crew Member", "Biscuit Barn", "Rocky Ford NC", "2016-01", "2018-12", [
                "Took orders at drive-thru and front counter",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("list", "Certifications", ["Fiber Optic Technician (CFOT)", "OSHA 10", "NC driver license"]),
        ("lines", "Education", ["Westbrook High School - Diploma 2016"]),
    ]))
