"""wild19 résumé definitions w016–w030. One dict per résumé renders both the file and its gold line."""
from lib import E

F, A, N = "facing", "affecting", "none"

RESUMES = [
# ------------------------------------------------------------------ w016
dict(file="w016.pdf", renderer="rl", rlstyle="twocol", order="title_org", dstyle="mon", present="Present",
     family="Scottish vet: small-animal consulting vs official veterinarian in an abattoir, reportlab two-column header",
     layout="reportlab, twocol/title_org, mon / 'Present'",
     name="Fiona Drummond-Keir", headline="BVMS MRCVS – small animal veterinary surgeon",
     contact=["Auchterlea, Perthshire", "07700 900 304", "fiona.dk@vetmail.test"],
     summary="Vet with six years in first-opinion small-animal practice and a spell in public health.",
     sections=[("Professional Experience", [
         E("Veterinary Surgeon", "Glenmuir Veterinary Group", "Auchterlea", "2022-03", "present", [
             "Run daily consult lists of dogs, cats and rabbits and talk owners through diagnoses, estimates and options",
             "Handle euthanasia appointments and follow-up calls with bereaved owners",
             "Routine neutering and soft-tissue surgery; out-of-hours rota 1 in 6",
         ], F, "healthcare_care"),
         E("Official Veterinarian", "Caledon Food Standards Agency", "Brechmoor", "2020-08", "2022-02", [
             "Ante- and post-mortem inspection at a red-meat abattoir",
             "Audited animal welfare and hygiene compliance; wrote enforcement reports",
         ], N),
         E("Locum Veterinary Surgeon", None, "Perthshire & Angus", "2019-07", "2020-07", [], F, "healthcare_care",
           etype="freelance"),
         E("Veterinary Care Assistant", "Ashgrove Animal Hospital", "Brechmoor", "2013-06", "2014-08", [
             "Cleaned kennels, fed and walked inpatients, restocked consulting rooms",
         ], A),
     ])],
     extra=[("Education", ["BVMS, Royal Caledon School of Veterinary Medicine, 2019"]),
            ("Memberships", ["MRCVS", "Small Animal Practitioners' Society"])]),

# ------------------------------------------------------------------ w017
dict(file="w017.txt", renderer="txt", txtstyle="plain", order="title_org", dstyle="month", present="Present",
     family="UK discount-grocery store manager whose duties are budgets and rosters only, plain text",
     layout="txt, plain/title_org, month / 'Present'",
     name="Gareth Pryce-Elwyn", contact=["Llanwerry, Gwent", "07700 900 275", "gareth.pryce@post.test"],
     summary="Results-driven retail manager. Strong on cost control, scheduling and compliance.",
     sections=[("Employment", [
         E("Area Manager", "ValuMart Stores UK", "South Wales", "2023-01", "present", [
             "Line manage nine store managers; monthly one-to-ones and performance reviews",
             "Recruit, onboard and develop new managers across the area",
             "Sign off capex requests and quarterly forecasts",
         ], N),
         E("Store Manager", "ValuMart Stores UK", "Llanwerry", "2018-04", "2022-12", [
             "Owned the store P&L and weekly labour budget (£1.1M sales turnover per quarter)",
             "Built weekly rotas for 42 colleagues and approved holidays and overtime",
             "Led stock-loss, food safety and health & safety audits; store achieved 96% compliance",
         ], A),
         E("Deputy Store Manager", "ValuMart Stores UK", "Cwmbrenin", "2015-09", "2018-03", [
             "Ran the shop floor on my shifts, dealt with customer complaints and authorised refunds",
             "Opened and closed the store and cashed up the tills",
         ], F, "in_person_service"),
         E("Customer Assistant", "Foxley's Supermarket", "Cwmbrenin", "2012-06", "2015-08", [], F,
           "in_person_service"),
     ])],
     extra=[("Education", ["BTEC National Diploma in Business, Gwent Valleys College"])]),

# ------------------------------------------------------------------ w018
dict(file="w018.md", renderer="md", mdstyle="h3", order="title_org", dstyle="mon", present="Present",
     family="Malaysian lecturer and corporate trainer, later an instructional designer, Markdown",
     layout="md, h3/title_org, mon / 'Present'",
     name="Nurul Ain binti Zakaria", headline="Learning & Development Specialist",
     contact=["Bukit Serai, Selangor", "+60 12-000 3381", "nurulain.z@mail.test"],
     summary="Educator with ten years across a private college and corporate training.",
     sections=[("Work Experience", [
         E("Instructional Designer", "Kenanga Digital Learning Sdn Bhd", "Bukit Serai", "2023-07", "present", [
             "Storyboard and build e-learning modules in Articulate Rise for banking clients' compliance courses",
             "Write assessment questions and update content from SME reviews",
         ], A),
         E("Corporate Trainer", "Serimas Telco Berhad", "Petaling Hilir", "2019-03", "2023-06", [
             "Delivered 4-week induction classes to new contact-centre staff and floor coaching after go-live",
             "Ran refresher workshops on complaint handling for 300+ agents a year",
         ], F, "education"),
         E("Lecturer, School of Business", "Kolej Antarabangsa Meranti", "Petaling Hilir", "2015-01", "2019-02", [
             "Taught Principles of Marketing and Business Communication to diploma students",
             "Academic advisor for 40 students; marked and moderated final exams",
         ], F, "education"),
         E("Graduate Teaching Assistant", "Universiti Tanjung Perdana", "Bukit Serai", "2013-02", "2014-12", [
             "Led tutorials for first-year management students during my master's",
         ], F, "education", section="other"),
     ])],
     extra=[("Education", ["MBA, Universiti Tanjung Perdana, 2014", "BBA (Hons) Marketing, 2012"]),
            ("Certifications", ["HRDC Certified Trainer (TTT)"])]),

# ------------------------------------------------------------------ w019
dict(file="w019.docx", renderer="docx", docxstyle="sidebar", order="title_org", dstyle="mm/yyyy", present="Present",
     family="Canadian gig and platform worker: rideshare, contactless food courier, handyperson app, microtasks, Word two-column table",
     layout="docx, sidebar/title_org, mm/yyyy / 'Present'",
     name="Marco Iannucci", contact=["Brackenfield, ON", "905-555-0163", "marco.iannucci@mail.test"],
     sections=[("Work Experience", [
         E("Handyperson (TaskNest app)", "Self-employed", "Brackenfield, ON", "2023-04", "present", [
             "Assemble furniture, mount TVs and do small repairs in clients' homes; 4.9 rating over 310 tasks",
             "Quote jobs and agree the scope with clients through the app before visiting",
         ], F, "entrepreneurial_freelance", etype="freelance"),
         E("Rideshare Driver", "Independent", "Greater Brackenfield", "2021-02", "2023-03", [
             "Completed 5,800+ trips; helped passengers with luggage and wheelchairs",
         ], F, "in_person_service", etype="freelance"),
         E("Food Delivery Courier", "Independent", "Greater Brackenfield", "2020-04", "2021-01", [
             "Picked up restaurant orders and made contactless drop-offs at the door during lockdown",
         ], A, etype="freelance"),
         E("Online Microtask Worker", "Clickwell Crowd", None, "2019-09", "2020-03", [
             "Transcribed receipts and tagged search results for pay per task",
         ], N, etype="freelance"),
         E("Warehouse Associate", "Norland Distribution", "Brackenfield, ON", "2016-05", "2019-08", [
             "Picked and packed online orders for a sporting-goods retailer; RF scanner",
         ], A),
     ])],
     extra=[("Education", ["OSSD, Brackenfield Secondary School"]),
            ("Skills", ["G licence, clean abstract", "Power tools", "Italian and English"])]),

# ------------------------------------------------------------------ w020
dict(file="w020.pdf", renderer="fpdf", fpdfstyle="left", order="dateline", dstyle="mon", present="Present",
     family="US Army veteran: infantry, supply, medic, recruiter, then a county veterans office, fpdf2 title/employer/date lines",
     layout="fpdf2, left/dateline, mon / 'Present'",
     name="Jamal T. Whitcombe", headline="U.S. Army Veteran | Benefits Specialist",
     contact=["Calloway Springs, TX", "(254) 555-0137", "jt.whitcombe@mail.test"], paper="letter",
     sections=[("Experience", [
         E("Veterans Service Officer", "Delmont County Veterans Office", "Calloway Springs, TX", "2022-09", "present", [
             "Meet walk-in veterans and widows to file disability and pension claims",
             "Represent claimants at informal hearings",
         ], F, "in_person_service"),
         E("Army Recruiter (SFC)", "U.S. Army Recruiting Command", "Brennan City, TX", "2019-06", "2022-08", [
             "Met high-school students, parents and counselors to explain enlistment options; 140% of mission",
         ], F, "other_facing", etype="military"),
         E("Combat Medic Specialist (68W)", "U.S. Army", "Fort Calloway, TX", "2014-01", "2019-05", [
             "Provided sick-call and emergency care to soldiers in garrison and on two deployments",
             "Taught combat lifesaver courses to platoon members",
         ], F, "healthcare_care", etype="military"),
         E("Unit Supply Specialist (92Y)", "U.S. Army", "Fort Calloway, TX", "2011-03", "2013-12", [
             "Managed property book for a 120-soldier company; issued and turned in equipment",
         ], A, etype="military"),
         E("Infantryman (11B)", "U.S. Army", "Fort Harlan, KY", "2008-07", "2011-02", [
             "Rifleman and team leader; one deployment",
         ], N, etype="military"),
     ])],
     extra=[("Education", ["B.S. Health Administration (online), Lonestar Pines University, 2021"]),
            ("Awards", ["Army Commendation Medal (2)"])]),

# ------------------------------------------------------------------ w021
dict(file="w021.html", renderer="html", htmlstyle="flex", order="title_org", dstyle="month", present="present",
     family="Irish finance officer with a long volunteer record: food-bank desk, befriending calls, treasurer, trustee, two-column HTML",
     layout="html, flex/title_org, month / 'present'",
     name="Siobhán Kearney-Doyle", headline="Finance Officer",
     contact=["Ballykerrin, Co. Meath", "086 000 7710", "siobhan.kd@mail.test"],
     sections=[("Employment", [
         E("Finance Officer", "Meath Rivers Credit Union", "Ballykerrin", "2017-02", "present", [
             "Month-end journals, bank reconciliations and Central Bank returns",
             "Prepared the board's quarterly management accounts",
         ], N),
         E("Accounts Assistant", "Colgan Agri Supplies", "Navanmore", "2013-09", "2017-01", [
             "Purchase ledger, supplier statements and payment runs",
         ], N),
     ]), ("Volunteering", [
         E("Client Services Volunteer", "Boyne Valley Food Bank", "Navanmore", "2020-03", "present", [
             "Welcome families at the Saturday hatch, check referrals and help them choose from the pantry",
         ], F, "volunteering", section="volunteer", etype="volunteer"),
         E("Treasurer", "Ballykerrin Tidy Towns Committee", "Ballykerrin", "2018-01", "present", [
             "Keep the accounts, lodge grants and present the annual financial statement",
         ], N, section="volunteer", etype="volunteer"),
         E("Board Trustee", "Meath Youth Theatre CLG", "Navanmore", "2015-05", "2019-12", [
             "Sat on the finance and audit subcommittee",
         ], N, section="volunteer", etype="volunteer"),
         E("Telephone Befriender", "Friendly Call Meath", None, None, None, [
             "Weekly chat calls with an older person living alone",
         ], F, "volunteering", section="volunteer", etype="volunteer"),
     ])],
     extra=[("Education", ["B.Comm., Leinster Western University, 2013", "QFA"])]),

# ------------------------------------------------------------------ w022
dict(file="w022.txt", renderer="txt", txtstyle="plain", order="dash", dstyle="mon", present="Present",
     family="US analyst: customer-churn analytics, finance reporting, a travel break and a summer marketing internship, text",
     layout="txt, plain/dash, mon / 'Present'",
     name="Hannah Cho-Lindqvist", contact=["Maple Harbor, MN", "(612) 555-0129", "hannah.cl@mail.test"],
     summary="Analyst who turns customer data into decisions. SQL, Python, Tableau.",
     sections=[("Experience", [
         E("Customer Insights Analyst", "Northlake Mutual Bank", "Maple Harbor, MN", "2023-03", "present", [
             "Analyzed customer churn and built retention segments used by the CRM team for save offers",
             "Own the monthly NPS dashboard and verbatim text-mining for product teams",
         ], A),
         E("Career Break – Travel", None, None, "2022-06", "2023-02", [
             "Backpacked through South America; volunteered on an organic farm",
         ], N, etype="unknown"),
         E("Financial Data Analyst", "Corvane Medical Devices", "Edenby, MN", "2019-07", "2022-05", [
             "Automated month-end variance reports for FP&A",
             "Maintained cost-center hierarchies in the data warehouse",
         ], N),
         E("Marketing Intern", "Loonwater Outfitters", "Edenby, MN", "2018-06", "2018-08", [
             "Drafted social posts and email campaigns; pulled A/B test results",
         ], A, etype="internship", datetext="Summer 2018"),
         E("Sales Associate (part-time)", "Loonwater Outfitters", "Edenby, MN", "2016-09", "2019-05", [
             "Fitted customers for hiking boots and sold camping gear",
         ], F, "in_person_service"),
     ])],
     extra=[("Education", ["B.S. Statistics, University of Northern Lakes, 2019"]),
            ("Skills", ["SQL, Python (pandas), Tableau, dbt, A/B testing"])]),

# ------------------------------------------------------------------ w023
dict(file="w023.docx", renderer="docx", docxstyle="tabs", order="title_org", dstyle="mon", present="Present",
     family="Irish hospitality all-rounder with terse entries (no or one bullet), Word tab-stop dates",
     layout="docx, tabs/title_org, mon / 'Present'",
     name="Ciarán Mulvey", contact=["Kilbrack, Co. Clare", "085 000 2290", "ciaran.mulvey@mail.test"],
     summary="Hard-working and reliable. Looking for full-time work in hospitality or retail.",
     sections=[("Work Experience", [
         E("Concierge", "The Lisdara Hotel", "Kilbrack", "2024-04", "present", [], F, "in_person_service"),
         E("Line Cook", "Quay Street Grill", "Kilbrack", "2022-10", "2024-03", [
             "Promoted to grill section after 4 months",
         ], A),
         E("Barista", "Bean There Coffee Co.", "Ennisford", "2021-06", "2022-09", [], F, "in_person_service"),
         E("Stock Controller", "Shannonside Cash & Carry", "Ennisford", "2020-01", "2021-05", [
             "Seasonal contract, extended twice",
         ], A),
         E("Data Entry Clerk", "Clare Coast Motor Tax Office", "Ennisford", "2019-02", "2019-12", [], N),
     ])],
     extra=[("Education", ["Leaving Certificate, Kilbrack Community School, 2018"]),
            ("Certificates", ["Manual handling", "HACCP Level 2", "Safe Pass"])]),

# ------------------------------------------------------------------ w024
dict(file="w024.pdf", renderer="rl", rlstyle="centred", paper="letter", order="orgfirst", dstyle="m/yyyy",
     present="Present",
     family="US IT technician: school-district help desk, cable installs in homes, NOC and network admin, reportlab employer headings",
     layout="reportlab, centred/orgfirst, m/yyyy / 'Present'",
     name="Rosalind Ebanks", contact=["Tillman Grove, GA", "(470) 555-0115", "r.ebanks@mail.test"],
     summary="IT generalist with 11 years in field, help-desk and network roles. CompTIA A+, Network+, CCNA.",
     sections=[("Work History", [
         E("Network Administrator", "Pinecrest County Schools", "Tillman Grove, GA", "2022-01", "present", [
             "Manage switching, Wi-Fi and firewalls for 24 campuses from the district data center",
             "Plan and run after-hours firmware upgrades",
         ], N),
         E("IT Support Technician", "Pinecrest County Schools", "Tillman Grove, GA", "2018-08", "2021-12", [
             "Visited classrooms to fix teachers' laptops, projectors and classroom audio",
             "Answered the staff help line and walked users through password and Google account issues",
         ], F, "internal_support"),
         E("NOC Technician", "Southlink Cable", "Redbud, GA", "2016-11", "2018-07", [
             "Monitored subscriber network alarms overnight and dispatched field crews to outages",
         ], A),
         E("Field Service Technician", "Southlink Cable", "Redbud, GA", "2014-03", "2016-10", [
             "Installed internet and TV service in homes; set up routers and showed customers how to use the remote and app",
         ], F, "in_person_service"),
         E("Bench Technician", "QuickFix PC Repair", "Redbud, GA", "2012-09", "2014-02", [
             "Diagnosed and repaired laptops in the back workshop; the front counter team handled drop-offs and pickups",
         ], A),
     ])],
     extra=[("Certifications", ["CompTIA A+, Network+", "Cisco CCNA"]),
            ("Education", ["A.A.S. Computer Networking, Altamaha Technical College"])]),

# ------------------------------------------------------------------ w025
dict(file="w025.md", renderer="md", mdstyle="bold", order="title_org", dstyle="mon", present="Present",
     family="UK career in a fintech: fulfilment, QA testing, UX research interviews, then customer support engineer, Markdown",
     layout="md, bold/title_org, mon / 'Present'",
     name="Tobias Oyelaran", contact=["Cressing Lea, Essex", "07700 900 388", "tobias.oyelaran@mail.test"],
     summary="Technical support engineer with a QA and research background.",
     sections=[("Experience", [
         E("Customer Support Engineer", "Pennybridge Payments", "Cressing Lea", "2024-02", "present", [
             "Resolve API and payout tickets from merchants and get on calls with their developers",
             "Write help-centre articles and reproduce bugs for engineering",
         ], F, "digital_service"),
         E("UX Research Assistant", "Pennybridge Payments", "Cressing Lea", "2022-09", "2024-01", [
             "Recruited and interviewed users for usability studies of the onboarding flow",
             "Synthesised findings into journey maps for product managers",
         ], A),
         E("QA Tester", "Orbital Apps Ltd", "Colnebury", "2020-05", "2022-08", [
             "Wrote and ran test cases for a mobile banking app; logged defects in Jira",
             "Regression testing before each fortnightly release",
         ], A),
         E("Fulfilment Associate", "Parcelry", "Colnebury", "2018-10", "2020-04", [
             "Picked, packed and dispatched online orders; handled returns processing",
         ], A),
     ])],
     extra=[("Education", ["BSc Computing, University of Colnebury, 2020"]),
            ("Tools", ["Jira, Postman, SQL, Zendesk, Dovetail"])]),

# ------------------------------------------------------------------ w026
dict(file="w026.docx", renderer="docx", docxstyle="table", order="org_title", dstyle="month", present="Present",
     family="Kenyan business owner and director: café at the counter, MD with investors, ops director with key accounts, Word table per job",
     layout="docx, table/org_title, month / 'Present'",
     name="Wanjiru Kamau-Otieno", headline="Entrepreneur and Operations Leader",
     contact=["Riverbend, Kiambu County", "+254 700 000 431", "wanjiru.ko@mail.test"],
     sections=[("Professional Experience", [
         E("Owner", "Kahawa Corner Café", "Riverbend", "2022-01", "present", [
             "Work the counter at breakfast and lunch, take orders and look after regulars",
             "Handle suppliers, staff wages and KRA returns",
         ], F, "entrepreneurial_freelance", etype="freelance"),
         E("Managing Director", "Tembo Agro Processors Ltd", "Mugumo Ridge", "2018-05", "2021-12", [
             "Set strategy and raised KES 90M from two impact investors",
             "Reported to the board monthly and led the executive team",
         ], N),
         E("Operations Director", "Mwangaza Packaging Ltd", "Mugumo Ridge", "2013-02", "2018-04", [
             "Ran production, logistics and procurement for three plants",
             "Met key supermarket and beverage accounts quarterly to review service levels and settle complaints",
         ], F, "sales_account"),
         E("Production Manager", "Mwangaza Packaging Ltd", "Mugumo Ridge", "2009-08", "2013-01", [
             "Led 140 operators on three shifts; cut waste from 7% to 3.5%",
         ], N),
     ])],
     extra=[("Education", ["MBA, Jacaranda Heights Business School, 2012", "BSc Chemical Engineering, 2008"])]),

# ------------------------------------------------------------------ w027
dict(file="w027.pdf", renderer="fpdf", fpdfstyle="centred", order="title_org", dstyle="mon", present="Present",
     footer=True,
     family="Indian hotel career: GM who handles guests, revenue manager, night auditor covering the desk, fpdf2 centred header with page footer",
     layout="fpdf2, centred/title_org, mon / 'Present'",
     name="Rohan Mascarenhas", headline="Hotel General Manager | 18 years in hospitality",
     contact=["Panjim Heights, Goa", "+91 98xxx 0x117", "rohan.m@mail.test"],
     summary="Hotelier who has worked up from the night desk to general manager of a 140-key resort. Known for "
             "guest satisfaction scores above 90 and for growing RevPAR in soft markets.",
     sections=[("Professional Experience", [
         E("General Manager", "Casa Marisol Resort & Spa", "Sirvoda Bay, Goa", "2021-10", "present", [
             "Meet VIP and repeat guests on arrival and handle escalated complaints personally in the lobby",
             "P&L ownership for rooms, F&B and spa (INR 62 crore)",
             "Lead 9 heads of department and a team of 210",
             "Raised TripAdvisor ranking from #38 to #6 in the region",
         ], F, "in_person_service"),
         E("Revenue Manager", "Seabreeze Hotels Pvt Ltd", "Konkan Vista", "2017-04", "2021-09", [
             "Set room rates and restrictions across 5 properties using a revenue-management system",
             "Forecast demand and built the annual pricing strategy with sales",
             "Managed channel manager and OTA content",
         ], A),
         E("Front Office Manager", "Seabreeze Beach Hotel", "Morvi Point, Goa", "2013-06", "2017-03", [
             "Ran reception, concierge and guest relations for a 220-room hotel",
             "Handled walk-in guest complaints and compensations",
         ], F, "in_person_service"),
         E("Night Auditor", "Hotel Pearl Residency", "Tolvada Town", "2010-01", "2013-05", [
             "Covered the front desk overnight: checked in late arrivals and answered guest calls",
             "Ran the night audit and posted room charges",
         ], F, "in_person_service"),
         E("Industrial Trainee", "Hotel Pearl Residency", "Tolvada Town", "2008-06", "2008-11", [
             "Rotations in housekeeping, F&B production and front office",
         ], F, "in_person_service", etype="internship", section="other"),
     ])],
     extra=[("Education", ["B.Sc. Hospitality & Hotel Administration, Konkan Institute of Hotel Management, 2009"]),
            ("Skills", ["Opera PMS, IDeaS RMS, budgeting, guest recovery, pre-opening"]),
            ("Languages", ["English, Hindi, Konkani, Portuguese (basic)"])]),

# ------------------------------------------------------------------ w028
dict(file="w028.txt", renderer="txt", txtstyle="caps", order="orgfirst", dstyle="month", present="Till Date",
     family="Nigerian teacher: classroom, examinations officer, NYSC, freelance lesson notes, buka kitchen; employer headings, year-only older dates",
     layout="txt, caps/orgfirst, month / 'Till Date'",
     name="Chiamaka Obiorah-Nwosu", headline="Graduate Teacher (TRCN registered)",
     contact=["Address: 14 Ogbuefi Close, Umuolu, Anambra State", "Phone: 0803 000 1154", "Email: chiamaka.on@mail.test"],
     summary="Dedicated secondary school teacher of Biology with eight years in private and public schools.",
     sections=[("Work Experience", [
         E("Examinations Officer", "Crestview Model College", "Umuolu", "2023-09", "present", [
             "Compile timetables, register candidates for WAEC/NECO and process internal results",
         ], A),
         E("Biology Teacher", "Crestview Model College", "Umuolu", "2019-01", "2023-08", [
             "Taught Biology to SS1–SS3 classes of 40 students; ran practical sessions in the lab",
             "Form teacher for JSS2; met parents at PTA meetings",
         ], F, "education"),
         E("Lesson Note Writer", "Self-employed", None, "2019", "2021", [
             "Wrote and sold scheme-of-work lesson notes to other schools",
         ], A, etype="freelance"),
         E("Corps Member (Teacher)", "Government Secondary School, Edu-Oke", "Kwara State", "2017", "2018", [
             "NYSC primary assignment: taught Integrated Science to JSS classes",
         ], F, "education", etype="internship"),
         E("Kitchen Assistant", "Mama Nkechi Buka", "Umuolu", "2014", "2016", [
             "Cooked soups and swallow in the back kitchen",
         ], A),
     ])],
     extra=[("Education", ["B.Sc.(Ed) Biology, Anambra Riverside University, 2016"]),
            ("Referees", ["Available on request"])]),

# ------------------------------------------------------------------ w029
dict(file="w029.html", renderer="html", htmlstyle="gdocs", order="org_title", dstyle="mon", present="Present",
     family="Canadian nurse: ward RN, telehealth line, clinical research consenting patients, chart review, Google Docs HTML export",
     layout="html, gdocs/org_title, mon / 'Present'",
     name="Jocelyn Abara-Thibault, RN", contact=["Hawthorne Bay, NS", "902-555-0144", "jocelyn.at@mail.test"],
     sections=[("Nursing Experience", [
         E("Clinical Documentation Specialist", "Atlantic Shore Health", "Hawthorne Bay, NS", "2024-01", "present", [
             "Review inpatient charts for coding completeness and query physicians on documentation gaps",
         ], N),
         E("Clinical Research Nurse", "Maritime Cardiac Research Unit", "Hawthorne Bay, NS", "2021-05", "2023-12", [
             "Screened and consented trial participants and did study visits, ECGs and blood draws",
             "Entered case report forms and answered monitor queries",
         ], F, "healthcare_care"),
         E("Telehealth Nurse", "CareLine Nova", "Remote", "2019-02", "2021-04", [
             "Triaged callers' symptoms by phone using decision-support protocols and advised on next steps",
         ], F, "healthcare_care"),
         E("Registered Nurse, Medicine", "Atlantic Shore Health", "Kingsport Landing, NS", "2015-06", "2019-01", [
             "Cared for 5–6 patients per shift on a 32-bed medical unit",
         ], F, "healthcare_care"),
         E("Personal Support Worker", "Seaview Home Care", "Kingsport Landing, NS", "2012-09", "2015-05", [], F,
           "healthcare_care"),
     ])],
     extra=[("Education", ["BScN, Eastern Tidewater University, 2015"]),
            ("Licensure", ["RN, NSCN"])]),

# ------------------------------------------------------------------ w030
dict(file="w030.pdf", renderer="rl", rlstyle="sidebar", order="pipe", dstyle="mon", present="Present",
     family="Indian civil engineer: site engineer liaising with residents and client vs design office and lab, reportlab sidebar, pipe lines",
     layout="reportlab, sidebar/pipe, mon / 'Present'",
     name="Aarav Deshpande", headline="Civil Engineer – urban roads and drainage",
     contact=["Sahyadri Nagar, Pune District", "+91 90xxx 2x846", "aarav.deshpande@mail.test"],
     sections=[("Work Experience", [
         E("Site Engineer", "Kesari Infra Projects Ltd", "Sahyadri Nagar", "2022-04", "present", [
             "Client's point of contact on a 6 km road-widening job; weekly site meetings with the municipal engineer",
             "Met shopkeepers and residents about diversions and access, and resolved their complaints on site",
             "Supervised contractors, measurement books and RA bills",
         ], F, "other_facing"),
         E("Design Engineer", "Vistar Consulting Engineers", "Deccan Vihar", "2019-07", "2022-03", [
             "Designed storm-water drains and culverts in Civil 3D and prepared BOQs",
         ], N),
         E("Graduate Engineer Trainee", "Vistar Consulting Engineers", "Deccan Vihar", "2018-07", "2019-06", [
             "Concrete cube and soil testing in the materials lab",
         ], N, etype="internship"),
     ])],
     extra=[("Education", ["B.E. Civil Engineering, Deccan Plateau College of Engineering, 2018"]),
            ("Software", ["AutoCAD", "Civil 3D", "STAAD.Pro", "MS Project"]),
            ("Languages", ["Marathi, Hindi, English"])]),
]
