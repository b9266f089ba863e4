"""wild87 résumés w016–w030 (one dict per résumé: renders both the file and its gold line)."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    id="w016", ext="docx", renderer="docx", layout_kind="styles",
    family="UK energy switching analyst turned self-employed domestic energy assessor, Word heading styles and list bullets",
    layout="docx, styles/title_org, mm/yyyy / 'Present'",
    name="Sunita Kaur Bains",
    contact=["Wednesfold, West Midlands", "07700 900 251", "sunita.bains@mailbox.co.uk"],
    hdr="title_org", dstyle="mm/yyyy", present="Present", sep=" – ", bullet="list", hlevel=2,
    sections=[
        ("p", "Profile", ["Energy industry all-rounder: contact centre, registrations back office and now "
                          "home energy assessments. Looking to return to a supplier in a vulnerability or "
                          "energy-efficiency role."]),
        ("exp", "Work Experience", [
            E("Domestic Energy Assessor", "Self-employed", "West Midlands", "2023-05", "present", [
                "Carry out EPC surveys in owner-occupied and rented homes, around 12 a week",
                "Talk householders through the results and their eligibility for insulation and heat pump grants",
                "Lodge certificates and invoice letting agents monthly",
            ], "facing", "entrepreneurial_freelance", etype="freelance"),
            E("Switching & Registrations Analyst", "Mercia Home Energy", "Wednesfold", "2020-02", "2023-04", [
                "Resolved failed and erroneous transfers in the industry registration systems",
                "Worked objections, duplicate MPANs and crossed meters",
                "Liaised with other suppliers' data teams by e-mail to agree read disputes",
            ], "affecting"),
            E("Customer Service Adviser – Moving Home Team", "Mercia Home Energy", "Wednesfold", "2018-03",
              "2020-01", [
                "Took calls from home movers to open and close accounts and agree move-in readings",
                "Explained final bills and refunds of credit balances",
            ], "facing", "contact_center"),
            E("Lunchtime Supervisor", "Oakfield Primary School", "Wednesfold", "2015-09", "2018-02", [
                "Looked after pupils in the dining hall and playground, first aid for grazes and bumps",
            ], "facing", "education"),
        ]),
        ("list", "Qualifications", ["Level 3 Diploma in Domestic Energy Assessment (2023)",
                                    "AAT Level 2 Certificate in Accounting (2017)"]),
        ("p", "Interests", ["Volunteer with a local cycling club; Punjabi cooking."]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    id="w017", ext="md", renderer="md", md_entry="h3",
    family="Omani telecom enterprise account manager who came up through the retail shop, Markdown h3 titles",
    layout="md, h3/title_org, mon / 'Present'",
    name="Ahmed Salim Al-Balushi",
    contact=["Bandar Shams, Sultanate of Oman", "+968 9555 4172", "ahmed.albalushi@mailbox.om"],
    hdr="title_org", dstyle="mon", present="Present",
    sections=[
        ("p", "Summary", ["Ten years with one operator, from the shop floor to enterprise sales. Arabic and English."]),
        ("exp", "Experience", [
            E("Enterprise Account Manager", "Sahil Telecom SAOG", "Bandar Shams", "2022-09", "present", [
                "Manage 60 SME and corporate accounts for mobile, fixed broadband and cloud services",
                "Visit customers to renew contracts and present new bundles",
                "Resolve billing escalations with the finance and provisioning teams",
            ], "facing", "sales_account"),
            E("Retail Shop Supervisor", "Sahil Telecom SAOG", "Wadi Nakhal", "2019-01", "2022-08", [
                "Ran an 8-person shop; covered the counter at peak times",
                "Handled customer complaints and device returns",
                "Weekly stock counts and cash deposits",
            ], "facing", "in_person_service"),
            E("Sales Consultant", "Sahil Telecom SAOG", "Wadi Nakhal", "2016-03", "2018-12", [
                "Advised walk-in customers on plans and devices, activated new lines",
                "Achieved monthly postpaid targets",
            ], "facing", "in_person_service"),
            E("On-the-job Trainee", "Rusayl Cable Industries", "Bandar Shams", "2015-06", "2016-02", [
                "Production planning office: filing, data entry and stock counts",
            ], "none", etype="internship"),
        ]),
        ("list", "Education", ["Diploma in Business Studies, Bandar Shams College of Technology, 2015"]),
        ("list", "Languages", ["Arabic (native)", "English (very good)"]),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    id="w018", ext="pdf", renderer="reportlab", layout_kind="plain", serif=True,
    family="South African revenue protection officer and electrician, reportlab serif single column, pipe title line",
    layout="reportlab, plain/pipe, mon / 'Present'",
    name="Sipho Dlamini",
    contact=["Port Natalia, KwaZulu-Natal", "Cell 083 555 0162  ·  sipho.dlamini@mailbox.co.za"],
    hdr="pipe", dstyle="mon", present="Present", bullet="-", fs=10.5,
    sections=[
        ("exp", "Employment Record", [
            E("Revenue Protection Officer", "Umgeni Metro Electricity", "Port Natalia", "2021-08", "present", [
                "Audit prepaid meters at homes and businesses for tampering and bypasses",
                "Explain findings and tamper fines to occupants, issue notices and arrange reconnection",
                "Compile evidence packs for prosecutions",
            ], "facing", "other_facing"),
            E("Electrician", "Khanyisa Electrical Contractors", "Kloofwood", "2017-02", "2021-07", [
                "House wiring and DB boards on new low-cost housing projects",
                "Certificates of compliance on completed units",
            ], "none"),
            E("Electrical Apprentice", "Khanyisa Electrical Contractors", "Kloofwood", "2014-01", "2017-01", [
                "Trade test passed 2016",
            ], "none", etype="internship"),
            E("Forecourt Attendant", "Berea Road Fuel Stop", "Port Natalia", "2012-01", "2013-12", [],
              "facing", "in_person_service", prec="year"),
        ]),
        ("lines", "Qualifications", ["Red Seal Electrician (Trade Test), 2016", "Wireman's Licence",
                                     "Code 10 driver's licence"]),
        ("lines", "Languages", ["isiZulu, English"]),
        ("lines", "Referees", ["Mr T. Govender — Khanyisa Electrical — 031 555 0144"]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    id="w019", ext="docx", renderer="docx", layout_kind="tabs",
    family="Indian ISP network operations engineer who started as a broadband field technician, Word tab-stop dates",
    layout="docx, tabs/title_org, month / 'Present'",
    name="Mohammed Irfan Shaikh",
    contact=["Sagarpur, Maharashtra", "+91 98670 33418", "irfan.shaikh@mailbox.in"],
    hdr="title_org", dstyle="month", present="Present", bullet="-",
    sections=[
        ("p", "Career Summary", ["Around 10 years in broadband: helpline, field installation and NOC."]),
        ("list", "Technical Skills", ["GPON OLT/ONT, MikroTik, Cisco switching", "Zabbix, Grafana",
                                      "Ticketing (Freshdesk)", "RCA reports"]),
        ("exp", "Work Experience", [
            E("Network Operations Centre Engineer", "Aarohan Fibernet Pvt. Ltd.", "New Sagarpur", "2021-03",
              "present", [
                "Monitor OLTs, core switches and upstream links; coordinate field teams for fibre cuts",
                "Publish outage notices on the customer status page and app banner",
                "Prepare RCA reports for major incidents",
            ], "affecting"),
            E("Broadband Field Technician", "Aarohan Fibernet Pvt. Ltd.", "Sagarpur", "2018-06", "2021-02", [
                "New FTTH connections at subscribers' flats, router configuration",
                "Explained Wi-Fi setup to customers and collected installation charges",
            ], "facing", "other_facing"),
            E("Customer Care Executive (Voice)", "Konnect BPO Services", "Ulhaspuri", "2016-07", "2018-05", [
                "Inbound ISP helpline: login issues, slow speed, billing complaints",
            ], "facing", "contact_center"),
            E("Computer Teacher (part-time)", "Al-Huda Coaching Classes", "Sagarpur", "2014-01", "2016-12", [
                "Taught MS-CIT and basic Excel to evening batches",
            ], "facing", "education", prec="year"),
        ]),
        ("lines", "Education", ["Diploma in Electronics & Telecommunication, 2014"]),
        ("lines", "Personal Details", ["Languages: Hindi, Urdu, Marathi, English", "Notice period: 30 days"]),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    id="w020", ext="txt", renderer="txt",
    family="US utility contact-centre workforce analyst and former supervisor, plain text with caps headings and padded dates",
    layout="txt, caps/title_org, mon / 'Present'",
    name="Jennifer Kowalczyk",
    contact=["Lakeport, WI | (414) 555-0133 | jen.kowalczyk@mailbox.com"],
    hdr="title_org", dstyle="mon", present="Present", txt_h="caps", txt_row="pad", bullet="-",
    caps_name=True,
    sections=[
        ("p", "Summary", ["13 years in a utility contact center: rep, supervisor, now workforce management."]),
        ("exp", "Professional Experience", [
            E("Workforce Management Analyst", "Lakeshore Gas & Electric", "Lakeport, WI", "2021-10", "present", [
                "Forecast call, chat and e-mail volumes by half hour",
                "Build agent schedules and make intraday adjustments to hit service level",
                "Report adherence and occupancy to operations managers",
            ], "affecting"),
            E("Customer Care Supervisor", "Lakeshore Gas & Electric", "Lakeport, WI", "2017-01", "2021-09", [
                "Supervised a team of 14 reps: coaching, call monitoring, attendance",
                "Took escalated customer calls, including disconnect-for-nonpayment appeals",
            ], "facing", "contact_center"),
            E("Customer Care Representative", "Lakeshore Gas & Electric", "Lakeport, WI", "2013-06", "2016-12", [
                "Start, stop and transfer service; payment arrangements; energy assistance referrals",
            ], "facing", "contact_center"),
            E("Server", "Kozy Korner Supper Club", "Fox Prairie, WI", "2010-01", "2013-12", [],
              "facing", "in_person_service", prec="year"),
        ]),
        ("list", "Skills", ["NICE IEX WFM", "Excel (advanced)", "Power BI", "Genesys Cloud"]),
        ("lines", "Education", ["B.A. Communication, 2012"]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    id="w021", ext="pdf", renderer="fpdf", layout_kind="left",
    family="Scottish telecoms field engineer, 2-page fpdf2 CV with page footer, 'Title – Employer, Town' with right dates",
    layout="fpdf2, left/dash, mm/yyyy / 'Present'",
    name="Colin Ferguson",
    contact=["Clydemuir, Scotland", "07700 900 418", "colin.ferguson@mailbox.co.uk"],
    footer="Colin Ferguson — Page {page}",
    hdr="dash", dstyle="mm/yyyy", present="Present", sep=" – ", bullet="•", fs=11.5,
    sections=[
        ("p", "Personal Profile", [
            "Telecoms engineer with seventeen years in the industry, from jointing and network build to "
            "customer-premises installs and repairs. Safe, tidy and good with customers. I hold a full "
            "driving licence and I am happy to work overtime and weekends on the repair rota. I am looking for "
            "a field team leader position or a move into engineer training.",
            "Away from work I am a community first responder and a keen hillwalker; I have completed most of "
            "the Munros over the past ten years and still help out with the local responders' group."]),
        ("list", "Core Skills", [
            "Copper and FTTP fault-finding from exchange to master socket",
            "Working at height (poles, ladders), confined spaces, chapter 8 traffic management",
            "Customer premises installs: ONT, router, Wi-Fi optimisation",
            "Coaching apprentices and buddying new starts",
        ]),
        ("exp", "Work Experience", [
            E("Field Engineer", "Clydelink Networks", "Clydemuir", "2018-04", "present", [
                "Install and repair broadband and phone lines at customers' homes and small businesses",
                "Fault-find from the exchange and street cabinet through to the master socket",
                "Explain what was fixed and check the service is working with the customer before leaving",
                "Buddy apprentices in their first six months",
            ], "facing", "other_facing"),
            E("Network Build Engineer (Poles & Underground)", "Clydelink Networks", "Clydemuir", "2014-06",
              "2018-03", [
                "Cabling, pole erection and duct rodding for the fibre rollout",
                "Cabinet and joint installation in the footway",
            ], "none"),
            E("Cable Jointer", "Strathkelvin Cabling Ltd", "Renbridge", "2009-03", "2014-05", [
                "Copper and fibre jointing in footway boxes and manholes",
            ], "none"),
            E("Counter Assistant", "Partick Trade Electrical Supplies", "Clydemuir", "2006-08", "2009-02", [
                "Served trade customers at the counter and took phone orders",
                "Goods-in and stock checks",
            ], "facing", "in_person_service"),
        ]),
        ("exp", "Volunteering", [
            E("Community First Responder", "Bearsden Community Responders", "Drumbarra", "2012-01", "2015-12", [
                "Attended emergency calls in the local area until the ambulance arrived",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Achievements", [
            "Engineer of the quarter (West Scotland patch), Q3 2021 and Q1 2024",
            "Lowest repeat-fault rate in my team for three years running",
            "Helped write the local induction workbook for apprentice engineers",
        ]),
        ("list", "Training Courses", [
            "FTTP installation and splicing (in-house, 2018)", "Customer service for field engineers (2019)",
            "Asbestos awareness (annual)", "Manual handling", "Safe working near overhead power lines",
            "Coaching skills for buddies (2022)",
        ]),
        ("lines", "Qualifications", [
            "SVQ Level 3 Telecommunications", "CSCS, IPAF 1b/3b, Street Works (NRSWA) operative card",
            "First Aid at Work", "Full UK driving licence",
        ]),
        ("lines", "References", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    id="w022", ext="docx", renderer="docx", layout_kind="table",
    family="South African cellular retentions and collections agent, Word with a borderless table per job",
    layout="docx, table/title_org, mon / 'Current'",
    name="Lerato Nkosi",
    contact=["Apiesrivier, Gauteng", "071 555 0128 | lerato.nkosi@mailbox.co.za"],
    hdr="title_org", dstyle="mon", present="Current",
    sections=[
        ("p", "Profile", ["Energetic contact centre agent with retentions and collections experience. "
                          "Bilingual, target driven, and I stay calm with difficult customers."]),
        ("exp", "Work Experience", [
            E("Retentions Agent", "Vukani Mobile (Pty) Ltd", "Hennopsdal", "2023-06", "present", [
                "Handle port-out and cancellation requests from contract customers",
                "Offer upgrades, retention deals and plan changes; log every offer",
            ], "facing", "contact_center"),
            E("Collections Agent", "Thuthuka Debt Solutions", "Apiesrivier", "2021-02", "2023-05", [
                "Outbound calls to cellphone and retail accounts in arrears",
                "Negotiated arrangements within the mandate and captured promises to pay",
            ], "facing", "contact_center"),
            E("Back Office Administrator (Debit Orders)", "Thuthuka Debt Solutions", "Apiesrivier", "2019-08",
              "2021-01", [
                "Loaded debit orders and reconciled returned payments",
                "Updated payment arrangements on the system after agents captured them",
            ], "affecting"),
            E("Promoter", "Imbali Promotions", "Apiesrivier", "2018-01", "2018-07", [
                "In-store promotions and tastings at supermarkets on weekends",
            ], "facing", "in_person_service"),
        ]),
        ("lines", "Education", ["Matric, 2017", "Higher Certificate in Contact Centre Management (in progress)"]),
        ("lines", "Languages", ["Setswana, isiZulu, English"]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    id="w023", ext="html", renderer="html",
    family="Egyptian customer-happiness executive at a UAE utility service centre, HTML CV with title, company and dates on separate lines",
    layout="html, plain/dateline, mm/yyyy / 'Till now'",
    name="Omar Khaled Mansour",
    contact=["Madinat Zayan, UAE", "+971 55 555 9034", "omar.mansour@mailbox.ae"],
    hdr="dateline", dstyle="mm/yyyy", present="Till now", sep=" - ",
    sections=[
        ("p", "Objective", ["Seeking a senior customer service or team leader role in utilities or government "
                            "services in the UAE."]),
        ("exp", "Work Experience", [
            E("Customer Happiness Executive", "Sadeem Utilities Services Centre", "Madinat Zayan", "2021-11",
              "present", [
                "Serve walk-in customers for move-in and move-out, security deposits and bill disputes",
                "Guide customers to use the self-service kiosks and smart app",
                "Handle VIP and people-of-determination appointments",
            ], "facing", "in_person_service"),
            E("Call Centre Agent (Arabic/English)", "Tawasul Contact Solutions", "Madinat Zayan", "2019-03",
              "2021-10", [
                "Inbound calls for a government services client; complaints and enquiries",
            ], "facing", "contact_center"),
            E("Credit Control Officer", "Delta Nile Trading", "Kafr El Nour, Egypt", "2016-01", "2019-02", [
                "Prepared customer statements and posted collections in the ERP",
                "Monthly age analysis; blocked over-limit accounts as instructed by the finance manager",
            ], "affecting"),
            E("Audit Trainee", "Gharib & Partners", "Kafr El Nour, Egypt", "2015-07", "2015-12", [
                "Vouching and bank reconciliations for audit clients",
            ], "none", etype="internship"),
        ]),
        ("lines", "Education", ["Bachelor of Commerce (Accounting), Cairo, 2015"]),
        ("lines", "Languages", ["Arabic (native), English (fluent)"]),
        ("lines", "Personal", ["Nationality: Egyptian", "Visa status: employment visa, transferable"]),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    id="w024", ext="pdf", renderer="reportlab", layout_kind="twocol", page="letter",
    family="US solar installation lead and weatherization crew member, reportlab two-column header, title line with right dates",
    layout="reportlab, twocol/title_org, mon / 'Current'",
    name="Brandon Oyelaran",
    contact=["Desert Palms, AZ", "(602) 555-0191", "b.oyelaran@mailbox.com"],
    hdr="title_org", dstyle="mon", present="Current", sep=" – ", bullet="•",
    sections=[
        ("exp", "Experience", [
            E("Solar Installation Lead", "Sonoran Sun Solar", "Desert Palms, AZ", "2022-03", "present", [
                "Lead 3-person crews installing rooftop PV on homes",
                "Walk homeowners through their system on install day and answer their questions",
                "Commission inverters and set up the monitoring app",
            ], "facing", "other_facing"),
            E("Solar Installer", "Sonoran Sun Solar", "Desert Palms, AZ", "2020-01", "2022-02", [
                "Mounted racking and panels, ran conduit and wire",
                "Cleaned up job sites and loaded the truck",
            ], "affecting"),
            E("Weatherization Crew Member", "Valley Home Energy Program", "Superstition Vale, AZ", "2018-06", "2019-12", [
                "Scheduled visits with residents and explained what work would be done in their home",
                "Air-sealed attics and installed duct insulation; blower-door tests before and after",
            ], "facing", "other_facing"),
            E("Crew Member", "Saguaro Car Wash", "Papago Wells, AZ", "2016-05", "2018-05", [
                "Guided cars onto the tunnel, sold wash packages at the pay station, towel dry",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Certifications", ["NABCEP PV Associate", "OSHA 30", "Fall protection"]),
        ("lines", "Education", ["Desert Palms High School — Diploma, 2016"]),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    id="w025", ext="txt", renderer="txt",
    family="Indian spot-billing meter reader and bill-collection counter operator, plain text with dashed headings and dates first",
    layout="txt, dashes/datesfirst, mon / 'Till Date'",
    name="Ramesh Kumar Yadav",
    contact=["Vill. & Post Devgarh Khurd, Awadhpur (U.P.)", "Mob: 94150 55827", "E-mail: rameshyadav.lko@mailbox.in"],
    hdr="datesfirst", dstyle="mon", present="Till Date", sep=" to ", txt_h="dashes", bullet=">",
    sections=[
        ("p", "Objective", ["Seeking a job of field executive / customer service in power or telecom sector."]),
        ("lines", "Academic Qualification", ["Intermediate (U.P. Board) 2011", "High School (U.P. Board) 2009",
                                             "CCC computer course"]),
        ("exp", "Work Experience", [
            E("Spot Billing Meter Reader", "Awadh Billing Services Pvt Ltd", "Awadhpur", "2020-09", "present", [
                "Visit consumer premises to read meters and generate bill on spot with hand-held machine",
                "Hand over the bill to consumer and explain amount and due date",
                "Note complaints about faulty or burnt meters and report to sub-division",
            ], "facing", "other_facing"),
            E("Cash Counter Operator", "Jan Suvidha Kendra", "Awadhpur", "2017-03", "2020-08", [
                "Accept electricity and water bill payments from public, issue receipts",
                "Daily cash tally and deposit",
            ], "facing", "in_person_service"),
            E("Computer Operator", "Yadav Cyber Cafe", "Devgarh Khurd", "2014-01", "2017-12", [
                "DTP, printing and online form filling for customers",
            ], "facing", "in_person_service", prec="year"),
            E("Lineman (Contract)", "Barabanki Electricity Sub-division", "Devgarh Khurd", "2012-01", "2014-12", [
                "Attended breakdowns on 11 kV feeders and replaced fuses on distribution transformers",
            ], "none", prec="year"),
        ]),
        ("lines", "Personal Details", ["Father's Name: Sri Ram Prakash Yadav", "Languages: Hindi, English",
                                       "Marital Status: Married"]),
        ("p", "Declaration", ["I hereby declare that all the information given above is true."]),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    id="w026", ext="docx", renderer="docx", layout_kind="header",
    family="Northern Irish water affordability officer, contact in the Word page header, 'Title – Employer, Town' with dates",
    layout="docx, header/dash, month / 'Present'",
    name="Joanne McAllister",
    contact=["Lagansford, Co. Antrim", "07700 900 583", "joanne.mcallister@mailbox.co.uk"],
    hdr="dash", dstyle="month", present="Present", sep=" to ", bullet="•",
    sections=[
        ("p", "Personal Profile", ["Ten years helping people with money on the phone and at the counter. "
                                    "I've worked both sides of debt — recovery and affordability — and I know "
                                    "which one gets better results."]),
        ("exp", "Employment History", [
            E("Vulnerability & Affordability Officer", "Lagan Water Services", "Lagansford", "2022-02", "present", [
                "Call customers flagged as struggling and enrol them on social tariffs and payment breaks",
                "Join the field team on home visits for customers who cannot use the phone",
                "Maintain the priority services register",
            ], "facing", "contact_center"),
            E("Debt Recovery Administrator", "Lagan Water Services", "Lagansford", "2019-05", "2022-01", [
                "Prepared small-claims court paperwork and updated accounts after judgments",
                "Reconciled payments from debt collection agencies",
            ], "affecting"),
            E("Member Services Assistant", "Antrim Road Credit Union", "Lagansford", "2016-06", "2019-04", [
                "Served members at the counter with deposits, withdrawals and loan repayments",
                "Helped members fill in loan applications",
            ], "facing", "in_person_service"),
            E("Bar Staff", "The Linen Mill Bar", "Lagansford", "2013-01", "2016-12", [], "facing", "in_person_service",
              prec="year"),
        ]),
        ("lines", "Education", ["Level 3 Certificate in Money and Debt Advice (2021)",
                                "A-levels: Business, English, History"]),
        ("lines", "References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    id="w027", ext="md", renderer="md", md_entry="table",
    family="US retail energy inside-sales advisor and former door-to-door rep, Markdown with a one-row table per job, a season",
    layout="md, table/title_org, mon / 'Present'",
    name="Kayla Brooks",
    contact=["Scioto Falls, OH", "(614) 555-0175", "kayla.brooks@mailbox.com"],
    hdr="title_org", dstyle="mon", present="Present", md_bullet="*",
    sections=[
        ("exp", "Work History", [
            E("Energy Advisor (Inside Sales)", "Buckeye Choice Energy", "Scioto Falls, OH", "2023-02", "present", [
                "Outbound calls to small businesses comparing their supply rate with fixed-price offers",
                "Close contracts over the phone and by e-signature; 112% of quota in 2025",
            ], "facing", "sales_account"),
            E("Data Analyst Intern", "Buckeye Choice Energy", "Scioto Falls, OH", "2022-06", "2022-08", [
                "Built a churn dashboard from account data for the retention team",
                "Cleaned enrollment data and documented the queries",
            ], "affecting", etype="internship", text="Summer 2022"),
            E("Door-to-Door Energy Sales Rep", "Heartland Power Choice", "Miami Fork, OH", "2021-05", "2022-04", [
                "Knocked doors in assigned neighborhoods offering fixed-rate electricity plans",
                "Explained the contract terms and completed enrollments on a tablet",
            ], "facing", "sales_account"),
            E("Cashier", "Scioto Market", "Scioto Falls, OH", "2018-08", "2021-04", [
                "Register, customer service desk and lottery",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Education", ["B.S. Business Analytics, Ohio Valley State University (2023)"]),
        ("list", "Skills", ["Salesforce", "Excel and Power BI", "Cold calling"]),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    id="w028", ext="pdf", renderer="fpdf", layout_kind="centred",
    family="Indian electrician turned smart-meter installation supervisor in Saudi Arabia, fpdf2 centred header, title line with right dates",
    layout="fpdf2, centred/title_org, mon / 'Present'",
    name="Anand Krishnan Pillai",
    contact=["Al Rimal, KSA", "+966 55 555 3710", "anand.pillai@mailbox.sa"],
    hdr="title_org", dstyle="mon", present="Present", sep=" – ", bullet="•", caps_h=True,
    sections=[
        ("p", "Professional Summary", ["Electrician with 12 years of experience in India and Saudi Arabia, "
                                        "currently supervising smart metering installation teams."]),
        ("exp", "Employment Details", [
            E("Smart Meter Installation Supervisor", "Najd Metering Contractors", "Al Rimal", "2021-10", "present", [
                "Supervise 12 installation teams replacing electromechanical meters with smart meters in villas "
                "and compounds",
                "Daily job allocation, quality audits of completed installations and safety compliance",
                "Weekly progress reporting to the utility's project office",
            ], "affecting"),
            E("Meter Installation Technician", "Najd Metering Contractors", "Al Rimal", "2019-02", "2021-09", [
                "Replaced meters at villas and apartment buildings",
                "Informed residents before switching off the supply and checked their supply after restoring",
            ], "facing", "other_facing"),
            E("Electrician", "Al Sahel Maintenance Co.", "Ras Tanwir", "2015-01", "2019-01", [
                "Attended maintenance requests in tenants' flats: AC, lighting, sockets",
                "Preventive maintenance of compound substations and pumps",
            ], "facing", "other_facing"),
            E("Apprentice Electrician", "Malabar Electricals", "Malabarpuram", "2012-06", "2014-05", [
                "Industrial wiring under supervision (ITI apprenticeship)",
            ], "none", etype="internship"),
        ]),
        ("lines", "Education", ["ITI Electrician (NCVT), 2012"]),
        ("lines", "Personal Data", ["Nationality: Indian", "Iqama: transferable", "Saudi driving licence"]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    id="w029", ext="docx", renderer="docx", layout_kind="sidebar",
    family="English billing operations analyst with a mobile-operator graduate scheme, Word shaded sidebar, pipe title line",
    layout="docx, sidebar/pipe, mon / 'Present'",
    name="Seun Adebayo",
    contact=["Eastwick Green, London", "07700 900 736", "seun.adebayo@mailbox.co.uk"],
    side=[("Skills", ["SQL, Excel, Power BI", "Billing systems (SAP, Junifer)", "Root cause analysis",
                      "Stakeholder reporting"]),
          ("Education", ["BSc Economics, Kingsmead University, 2019"]),
          ("Interests", ["Five-a-side football", "Church choir"])],
    tagline="Billing and data analyst",
    hdr="pipe", dstyle="mon", present="Present", bullet="–",
    sections=[
        ("exp", "Experience", [
            E("Billing Operations Analyst", "Thameside Water & Energy Ltd", "Eastwick Green", "2022-07", "present", [
                "Monitor bill-run exceptions and fix root causes of billing errors",
                "Write SQL checks on tariff and meter data before each run",
                "Work with IT on tariff configuration changes",
            ], "affecting"),
            E("Customer Insight Analyst", "Kestrel Mobile UK", "Kennetbury", "2020-09", "2022-06", [
                "Monthly KPI packs for the executive team",
                "NPS survey analysis and market sizing",
            ], "none"),
            E("Graduate Customer Service Adviser", "Kestrel Mobile UK", "Kennetbury", "2019-09", "2020-08", [
                "Graduate scheme phone rotation: bills, roaming charges and upgrades",
            ], "facing", "contact_center"),
            E("Student Ambassador", "Kingsmead University", "Kennetbury", "2016-10", "2019-06", [
                "Open days and campus tours for prospective students and parents",
            ], "facing", "other_facing", section="other"),
        ]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    id="w030", ext="txt", renderer="txt",
    family="Montana journeyman lineman, plain text with caps employer headings and roles beneath, ISO dates",
    layout="txt, underline/orgfirst, yyyy-mm / 'Current'",
    name="Cody Ray Hutchins",
    contact=["Clarks Crossing, MT", "406-555-0152", "codyhutchins@mailbox.net"],
    hdr="orgfirst", dstyle="iso", present="Current", sep=" to ", txt_h="underline", txt_row="comma", bullet="-",
    sections=[
        ("exp", "Work Experience", [
            E("Journeyman Lineman", "BIG SKY RURAL ELECTRIC COOPERATIVE", "Rimrock, MT", "2019-05", "present", [
                "Build and maintain overhead and underground distribution lines",
                "Storm restoration and on-call rotation",
            ], "none"),
            E("Apprentice Lineman", "BIG SKY RURAL ELECTRIC COOPERATIVE", "Rimrock, MT", "2015-04", "2019-04", [
                "4-year apprenticeship, topped out April 2019",
            ], "none", etype="internship"),
            E("Meter Technician", "BIG SKY RURAL ELECTRIC COOPERATIVE", "Rimrock, MT", "2014-01", "2015-03", [
                "Connects and disconnects, meter change-outs",
                "Talked with members about their bills when doing disconnects and took payments in the field",
            ], "facing", "other_facing"),
            E("Yard Hand", "YELLOWSTONE VALLEY FEED & RANCH SUPPLY", "Clarks Crossing, MT", "2011-06", "2013-12", [
                "Loaded feed, fencing and salt into customers' trucks",
            ], "facing", "in_person_service"),
        ]),
        ("lines", "Certifications", ["CDL Class A", "First Aid / CPR", "Pole top and bucket rescue"]),
    ]))
