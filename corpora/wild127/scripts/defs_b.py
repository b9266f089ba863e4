"""wild127 résumés w016–w030 (supervisors, team leaders, managers and owners)."""
from lib import E

RESUMES = []

# --------------------------------------------------------------------------- w016
RESUMES.append(dict(
    file="w016.md",
    family="US dry-cleaning shop owner at the front counter, earlier industrial-laundry plant supervisor, "
           "linen route sales rep and Army supply sergeant; Markdown with h3 titles",
    layout="md, h3/title_org, mon / 'Present'",
    renderer="md",
    name="Curtis Mabry",
    contact=["Raleigh, NC", "919-555-0148", "curtis@pressedandproper.example"],
    fmt=dict(style="mon", present="Present", sep=" – "),
    order="title_org",
    opts=dict(olsep=" · "),
    md=dict(row="h3", hlevel=2, bullet="*"),
    blocks=[
        ("summary", "Summary",
         "Veteran and small-business owner. Twenty years of running operations that customers depend "
         "on, from an Army supply room to a linen plant to my own shop. Looking to return to a "
         "regional operations role."),
        ("entries", "Experience", [
            E("Owner", "Pressed & Proper Dry Cleaners", "Raleigh, NC", "2019-08", "present",
              "facing", "entrepreneurial_freelance", [
                  "Work the front counter six mornings a week: drop-offs, pick-ups, alteration fittings",
                  "Settle lost or damaged garment claims with customers directly",
                  "Payroll, supplies and equipment maintenance for a staff of 5",
              ], etype="freelance"),
            E("Plant Operations Supervisor", "Carolina Linen Services", "Durham, NC", "2014-05", "2019-07",
              "affecting", None, [
                  "Supervised 40 production workers on wash, dry, fold and pack lines for hospital and hotel linen",
                  "Held on-time delivery at 98.5%; cut rewash rate in half",
              ]),
            E("Route Sales Representative", "Carolina Linen Services", "Durham, NC", "2011-09", "2014-04",
              "facing", "sales_account", [
                  "Delivered linen and uniforms to 60 restaurant and clinic accounts; met managers to adjust orders and sign up new services",
              ]),
            E("Supply Sergeant (92Y)", "U.S. Army", "Fort Liberty, NC", "2004-06", "2011-08",
              "affecting", None, [
                  "Ran the company supply room: property books, hand receipts and equipment inventories worth $4M",
              ], etype="military"),
        ]),
        ("list", "Education & Training", [
            "A.A.S. Business Administration, Wake Technical Community College — 2013",
            "Army Basic Leader Course — 2008",
            "Lean Six Sigma Yellow Belt — 2017",
        ]),
    ],
))

# --------------------------------------------------------------------------- w017
RESUMES.append(dict(
    file="w017.docx",
    family="UK energy-supplier quality & compliance manager (call sampling, audits) after complaints team "
           "leader and telecom team leader/adviser roles taking escalated calls; student tearoom job; "
           "Word tab-stop dates, mm/yyyy",
    layout="docx, tabs/title_org, mm/yyyy / 'Present'",
    renderer="docx",
    name="Harriet Okonjo-Pearce",
    contact=["Leeds LS6", "07700 900 612", "harriet.op@gmail.example"],
    fmt=dict(style="mm/yyyy", present="Present", sep=" – "),
    order="title_org",
    docx=dict(mode="tabs", headings="rule", size=10.5, font="Arial", bullet="-", center=True, date_italic=True),
    blocks=[
        ("summary", "Profile",
         "Customer operations professional with 13 years in regulated contact centres. I moved from "
         "the phones to quality and compliance because I wanted to fix the causes of complaints, not "
         "just the complaints."),
        ("entries", "Employment", [
            E("Quality & Compliance Manager", "Redbrook Energy", "Leeds", "2022-06", "present",
              "affecting", None, [
                  "Lead a team of 6 quality analysts sampling 1,200 calls and emails a month",
                  "Run complaint root-cause analysis and present fixes to the operations board",
                  "Prepare evidence for Ofgem and Ombudsman audits; zero upheld breaches since 2023",
              ]),
            E("Complaints Team Leader", "Redbrook Energy", "Leeds", "2019-02", "2022-05",
              "facing", "contact_center", [
                  "Led 11 complaint handlers",
                  "Took over escalated calls and rang back customers at deadlock stage",
                  "Signed off final response letters",
              ]),
            E("Customer Service Team Leader", "Calder Telecom", "Bradford", "2016-03", "2019-01",
              "facing", "contact_center", ["Team of 14 on broadband support; handled supervisor calls"]),
            E("Customer Service Adviser", "Calder Telecom", "Bradford", "2013-07", "2016-02",
              "facing", "contact_center", []),
            E("Waitress (term-time)", "Brown's Tearoom", "York", "2011-10", "2013-06",
              "facing", "in_person_service", []),
        ]),
        ("rows", "Education", [
            ("BA (Hons) History, University of York", "2013", ""),
            ("ILM Level 3 Certificate in Leadership and Management", "2018", ""),
        ]),
        ("text", "References", "Available from Redbrook Energy HR on request."),
    ],
))

# --------------------------------------------------------------------------- w018
RESUMES.append(dict(
    file="w018.pdf",
    family="Philippine courier branch manager dealing with walk-in shippers, earlier hub operations "
           "supervisor, truck dispatcher and factory inventory clerk; fpdf2, title/company/date lines",
    layout="fpdf2, left/dateline, MON / 'PRESENT'",
    renderer="fpdf",
    name="Jerome B. Abellana",
    contact=["Lapu-Lapu City, Cebu", "0917 555 0384", "jerome.abellana@gmail.example"],
    fmt=dict(style="MON", present="PRESENT", sep=" – "),
    order="dateline",
    pdf=dict(header="L", size=10, bullet="●", head_caps=True, head_fill=(225, 232, 240), accent=(30, 50, 90),
             condensed=True, contact_lines=True),
    blocks=[
        ("summary", "Objective",
         "A results-driven logistics supervisor seeking a branch or area management role where I can "
         "use my experience in customer service and operations."),
        ("entries", "Employment Background", [
            E("Branch Manager", "SwiftKargo Express Corp.", "Mandaue City, Cebu", "2021-06", "present",
              "facing", "in_person_service", [
                  "Handle walk-in shippers and SME accounts at the counter",
                  "Resolve lost and damaged parcel claims face to face with customers",
                  "Supervise 9 counter staff and 14 riders; achieved 97% first-attempt delivery",
              ]),
            E("Hub Operations Supervisor", "SwiftKargo Express Corp.", "Mactan Hub, Lapu-Lapu City", "2018-03", "2021-05",
              "affecting", None, [
                  "Supervised sorting of 18,000 parcels per night and line-haul dispatch to 11 branches",
                  "Manpower planning and safety briefings",
              ]),
            E("Dispatcher", "Visayan Freight Lines Inc.", "Cebu City", "2015-07", "2018-02",
              "affecting", None, ["Assigned trucks and drivers; tracked trip tickets and fuel logs"]),
            E("Inventory Clerk", "Solartek Components Phils.", "MEPZ 1, Lapu-Lapu City", "2013-05", "2015-06",
              "none", None, ["Raw-material cycle counts and SAP stock postings for the production floor"]),
        ]),
        ("rows", "Educational Attainment", [
            ("BS Industrial Engineering", "2013", "b", "University of San Jose–Recoletos"),
        ]),
        ("list", "Seminars Attended", [
            "Road Safety & Defensive Driving Seminar – DOTr, 2019",
            "Basic Occupational Safety and Health – 2018",
        ]),
        ("text", "Character References",
         "Engr. Paulo Tan – Area Manager, SwiftKargo Express Corp. – 0918 555 0211"),
    ],
))

# --------------------------------------------------------------------------- w019
RESUMES.append(dict(
    file="w019.html",
    family="US hotel director of catering (site visits and tastings with clients) after banquet manager "
           "and captain roles and a back-office catering coordinator job; meal-delivery volunteer; "
           "HTML page with a table per job",
    layout="html, table/title_org, month / 'Present'",
    renderer="html",
    name="Simone Delacroix-Hart",
    tagline="Catering & Events Leadership",
    contact=["Baltimore, MD 21230", "(410) 555-0125", "simone.dh@events.example"],
    fmt=dict(style="month", present="Present", sep=" – "),
    order="title_org",
    html=dict(rows="table", doc_title="Resume"),
    blocks=[
        ("summary", "Profile",
         "Hotel catering leader with 14 years in banquets and events. Detail-obsessed, calm on event "
         "day, and the person clients ask for by name."),
        ("entries", "Experience", [
            E("Director of Catering & Events", "Harborview Conference Hotel", "Baltimore, MD", "2021-04", "present",
              "facing", "sales_account", [
                  "Lead site visits and menu tastings with wedding couples, association planners and corporate clients",
                  "Own a $7.8M catering revenue goal; 112% of goal in 2025",
                  "Walk the floor at every event over 200 guests and check in with the host",
              ]),
            E("Banquet Manager", "Harborview Conference Hotel", "Baltimore, MD", "2017-02", "2021-03",
              "facing", "in_person_service", [
                  "Ran banquet service for events of up to 900 guests; point of contact for the host on the day",
                  "Scheduled 45 banquet servers and housemen",
              ]),
            E("Banquet Captain", "Chesapeake Inn & Marina", "Annapolis, MD", "2014-05", "2017-01",
              "facing", "in_person_service", []),
            E("Catering Coordinator", "Chesapeake Inn & Marina", "Annapolis, MD", "2012-03", "2014-04",
              "affecting", None, [
                  "Typed banquet event orders, filed contracts and sent final counts to the kitchen",
              ]),
        ]),
        ("entries", "Volunteer", [
            E("Meal Delivery Driver", "Baltimore Neighbors Meals", "Baltimore, MD", "2019-09", "present",
              "facing", "volunteering", ["Deliver hot meals to homebound seniors every other Sunday and check they are okay"],
              section="volunteer", etype="volunteer"),
        ]),
        ("rows", "Education", [
            ("B.S. Hospitality Management – Morgan State University", "2012", "b"),
            ("Certified Meeting Professional (CMP)", "2019", ""),
        ]),
    ],
))

# --------------------------------------------------------------------------- w020
RESUMES.append(dict(
    file="w020.docx",
    family="Kenyan supermarket operations manager (stock, procurement, rosters across branches) after "
           "branch manager and cashier supervisor roles; accounts attachment; Word table per job",
    layout="docx, table/title_org, monuk / 'Date'",
    renderer="docx",
    name="Wanjiru Kamau Njoroge",
    contact=["P.O. Box 4471-00100, Nairobi", "+254 722 555 318", "wanjiru.njoroge@gmail.example"],
    fmt=dict(style="monuk", present="Date", sep=" – "),
    order="title_org",
    docx=dict(mode="table", headings="bold", size=10.5, font="Cambria", bullet="➢", center=True),
    blocks=[
        ("summary", "Professional Profile",
         "A dedicated retail manager with over 12 years' experience in supermarket operations, customer "
         "service and stock control. Honest, hardworking and a team player."),
        ("entries", "Work Experience", [
            E("Operations Manager", "Mwangaza Supermarkets Ltd", "Head Office, Nairobi", "2020-08", "present",
              "affecting", None, [
                  "Oversee stock, procurement and shrinkage for 4 branches",
                  "Approve duty rosters and overtime for 180 staff",
                  "Carry out monthly stock-take and cash audits with the finance team",
              ]),
            E("Branch Manager", "Mwangaza Supermarkets Ltd", "Thika", "2016-04", "2020-07",
              "facing", "in_person_service", [
                  "Handled customer complaints at the service desk and on the shop floor",
                  "Grew branch sales by 22% through loyalty-card sign-ups and weekend promotions",
              ]),
            E("Cashier Supervisor", "Mwangaza Supermarkets Ltd", "Thika", "2013-01", "2016-03",
              "facing", "in_person_service", ["Supervised 12 cashiers; voids, refunds and M-Pesa queries at the tills"]),
            E("Industrial Attachment – Accounts", "Tana Millers Ltd", "Ruiru", "2012-05", "2012-08",
              "none", None, ["Posted invoices and prepared bank reconciliations"], etype="internship"),
        ]),
        ("rows", "Education", [
            ("Bachelor of Commerce (Marketing), Kenyatta University", "2012", "b"),
            ("KCSE – Loreto High School Limuru, Mean Grade B+", "2007", ""),
        ]),
        ("text", "Referees", [
            "1. Mr. Peter Otieno, General Manager, Mwangaza Supermarkets Ltd – 0733 555 120",
            "2. Mrs. Grace Wambui, Lecturer, Kenyatta University – 0722 555 881",
        ]),
    ],
))

# --------------------------------------------------------------------------- w021
RESUMES.append(dict(
    file="w021.pdf",
    family="US regional dental practice manager (KPIs, payroll, credentialing) with an investor-only "
           "smoothie franchise on the side, earlier front-desk office manager, insurance coordinator and "
           "dental assistant; reportlab, employer line first",
    layout="reportlab, plain/org_title, mon 'yy / 'Present'",
    renderer="rl",
    name="Kristen Alvarado",
    contact=["Lakewood, CO 80226", "720.555.0173", "kristen.alvarado@icloud.example"],
    fmt=dict(style="mon'yy", present="Present", sep=" — "),
    order="org_title",
    opts=dict(olsep=" • "),
    pdf=dict(layout="plain", font="Helvetica", size=10, header="left", bullet="·", accent="#2b4d2b",
             contact_sep="  •  ", sub_style="b"),
    blocks=[
        ("summary", None,
         "Dental operations leader with 13 years in private practice and DSO settings. Started chairside, "
         "ran a front desk, now support six offices."),
        ("entries", "Experience", [
            E("Regional Practice Manager", "BrightArc Dental Partners", "Denver, CO", "2023-01", "present",
              "affecting", None, [
                  "Support 6 offices with KPIs, production goals and hygiene schedule templates",
                  "Process payroll and credential new providers with insurance carriers",
                  "Negotiate supply and lab contracts",
              ]),
            E("Investor / Franchise Owner", "Mile High Smoothie Co.", "Littleton, CO", "2022-05", "present",
              "none", None, [
                  "Hold the franchise agreement and lease; a hired general manager runs the store",
                  "Review the weekly P&L and approve capital spending",
              ], etype="freelance"),
            E("Office Manager", "BrightArc Dental – Lakewood", "Lakewood, CO", "2019-03", "2022-12",
              "facing", "in_person_service", [
                  "Greeted patients, explained treatment plans and financing options, settled billing disputes at the desk",
                  "Managed 5 front-office and 4 clinical support staff",
              ]),
            E("Insurance Coordinator", "BrightArc Dental – Lakewood", "Lakewood, CO", "2017-06", "2019-02",
              "affecting", None, ["Verified benefits, submitted claims and wrote appeals for denied procedures"]),
            E("Dental Assistant", "Front Range Family Dentistry", "Arvada, CO", "2013-08", "2017-05",
              "facing", "healthcare_care", ["Chairside assisting, radiographs and post-op instructions for patients"]),
        ]),
        ("rows", "Education & Credentials", [
            ("Certified Dental Assistant (DANB)", "2014", ""),
            ("Dental Assisting Certificate, Emily Griffith Technical College", "2013", ""),
            ("Fellowship coursework, American Association of Dental Office Management", "2021", ""),
        ]),
    ],
))

# --------------------------------------------------------------------------- w022
RESUMES.append(dict(
    file="w022.txt",
    family="Australian freight depot manager (fleet, safety, KPIs) after customer service manager role on "
           "key-account calls, linehaul coordinator and forklift driver; Army Reserve overlapping; "
           "plain text with caps headings and year-only dates",
    layout="txt, caps/dash, year / 'Current'",
    renderer="txt",
    name="Shane Whitford",
    contact=["Narre Warren VIC 3805", "M: 0407 555 214", "E: shane.whitford@optusnet.example"],
    fmt=dict(style="year", present="Current", sep=" - "),
    order="dash",
    opts=dict(dash="-"),
    txt=dict(heading="caps", bullet="  * ", rows="sep", sepstr="   ", contact_lines=False, contact_sep="  |  ",
             name_caps=True, width=76),
    blocks=[
        ("summary", "Summary",
         "Transport and logistics manager, 16 years in the industry. Good with people, good with numbers. "
         "MC licence, forklift licence, Chain of Responsibility trained."),
        ("entries", "Work History", [
            E("Depot Manager", "Southern Cross Freightways", "Dandenong South VIC", "2021-01", "present",
              "affecting", None, [
                  "Run a cross-dock depot with 48 drivers and 22 dock staff, 65 prime movers and rigids",
                  "Safety, CoR compliance, fleet maintenance schedule and depot budget",
                  "Weekly KPI review with the state manager",
              ], prec="year"),
            E("Customer Service Manager", "Southern Cross Freightways", "Dandenong South VIC", "2017-01", "2020-12",
              "facing", "contact_center", [
                  "Led 9 customer service reps on the phones and email",
                  "Took the calls from key accounts when freight went missing and ran the claims process with them",
              ], prec="year"),
            E("Linehaul Coordinator", "Murray Valley Transport", "Shepparton VIC", "2013-01", "2016-12",
              "affecting", None, ["Booked linehaul trailers Melbourne-Sydney-Brisbane, driver fatigue records"], prec="year"),
            E("Forklift Driver", "Murray Valley Transport", "Shepparton VIC", "2010-01", "2012-12",
              "affecting", None, [], prec="year"),
        ]),
        ("entries", "Defence", [
            E("Rifleman (Reserve)", "Australian Army Reserve", "8th/7th Battalion", "2008-01", "2012-12",
              "none", None, ["Part-time service; weekend training and annual field exercises"],
              prec="year", etype="military"),
        ]),
        ("text", "Licences and Tickets", [
            "MC truck licence | LF forklift licence | White Card | First Aid (2024)",
        ]),
        ("text", "Education", ["Cert IV Transport and Logistics (Operations) - Chisholm Institute - 2016"]),
        ("text", "Referees", ["Available on request"]),
    ],
))

# --------------------------------------------------------------------------- w023
RESUMES.append(dict(
    file="w023.docx",
    family="Irish hotel guest relations manager after executive housekeeper, housekeeping supervisor and "
           "room attendant (back of house), first job in a medical-device plant; Word headings with prose "
           "paragraphs instead of bullets",
    layout="docx, styles/title_org prose, month / 'present'",
    renderer="docx",
    name="Agnieszka Wójcik",
    contact=["Salthill, Galway", "085 555 4412", "a.wojcik.galway@gmail.example"],
    fmt=dict(style="month", present="present", sep=" to "),
    order="title_org",
    opts=dict(prose=True),
    docx=dict(mode="tabs", headings="styles", hlevel=2, size=11, font="Cambria", center=True),
    blocks=[
        ("summary", "Personal Statement",
         "Hotel professional originally from Kraków, living in Galway since 2010. I moved from "
         "housekeeping to guest relations, and I bring a housekeeper's eye for detail to every VIP "
         "arrival."),
        ("entries", "Experience", [
            E("Guest Relations Manager", "Corrib Bay Hotel", "Galway", "2022-03", "present",
              "facing", "in_person_service", [
                  "I welcome VIP and returning guests, look after special occasions and handle complaints at the desk or in the room.",
                  "I also review online feedback daily and reply to guests personally.",
              ]),
            E("Executive Housekeeper", "Corrib Bay Hotel", "Galway", "2018-01", "2022-02",
              "affecting", None, [
                  "Responsible for a team of 28 room attendants, porters and laundry staff in a 190-bedroom hotel.",
                  "Managed the linen and chemicals budget, room inspections and deep-clean programme.",
              ]),
            E("Housekeeping Supervisor", "Lough Inagh Lodge", "Recess, Co. Galway", "2014-04", "2017-12",
              "affecting", None, [
                  "Checked rooms before release, allocated sections and trained new room attendants.",
              ]),
            E("Room Attendant", "Lough Inagh Lodge", "Recess, Co. Galway", "2011-06", "2014-03",
              "affecting", None, ["Cleaned and serviced 14–16 rooms a day after departures."]),
            E("Production Operative", "Galway Precision Devices", "Parkmore, Galway", "2010-09", "2011-05",
              "none", None, ["Cleanroom assembly and visual inspection of catheter components on a day shift."]),
        ]),
        ("list", "Education and Training", [
            "QQI Level 6 Supervisory Management, GMIT (2016)",
            "Magister in Tourism, Jagiellonian University (2010)",
            "Manual Handling and HACCP Level 2 – refreshed 2024",
        ], "lines"),
        ("list", "Languages", ["Polish (native)", "English (fluent)", "German (conversational)"], "comma"),
    ],
))

# --------------------------------------------------------------------------- w024
RESUMES.append(dict(
    file="w024.pdf",
    family="South African BPO operations manager who owns the UK client relationship, earlier team leader "
           "on escalations, quality assessor and telecom agent; waitron and maths-club tutor; two-page "
           "fpdf2 CV with page footer",
    layout="fpdf2, centred/pipe, mon / 'Present'",
    renderer="fpdf",
    name="Thabo Mokoena",
    contact=["Observatory, Cape Town", "071 555 0907", "thabo.mokoena@outlook.example"],
    fmt=dict(style="mon", present="Present", sep=" – "),
    order="pipe",
    pdf=dict(header="C", size=10.5, bullet="►", head_caps=False, accent=(150, 60, 0), paper="A4",
             footer="Thabo Mokoena  ·  Curriculum Vitae  ·  Page {n}", margin=20),
    blocks=[
        ("summary", "Profile",
         ["Contact-centre operations manager with twelve years in the Cape Town BPO industry, mostly on UK "
          "retail and telecom accounts. I have sat on every seat: agent, quality, team leader and "
          "operations.",
          "Strong on client governance, SLA management and building team leaders."]),
        ("entries", "Career History", [
            E("Operations Manager", "Table Bay Connect (Pty) Ltd", "Cape Town", "2022-04", "present",
              "facing", "sales_account", [
                  "Run a 120-seat customer-service programme for a UK fashion retailer (voice, chat, email)",
                  "Own the client relationship: weekly calls with the client's CX director, monthly business reviews and quarterly on-site visits",
                  "Manage 7 team leaders, a QA lead and an R14m annual programme budget",
                  "Took the programme from red to green on all contractual SLAs within six months",
              ]),
            E("Team Leader", "Table Bay Connect (Pty) Ltd", "Cape Town", "2019-01", "2022-03",
              "facing", "contact_center", [
                  "Coached a team of 15 agents on a UK telecom account",
                  "Handled escalated customers on the phone and took ownership of complaint cases to closure",
              ]),
            E("Quality Assessor", "Table Bay Connect (Pty) Ltd", "Cape Town", "2017-02", "2018-12",
              "affecting", None, ["Scored calls and emails against the client scorecard; ran weekly calibration sessions with team leaders"]),
            E("Agent – Sales & Service", "Seaboard Telecoms", "Century City", "2014-03", "2017-01",
              "facing", "contact_center", ["Upgrades, billing queries and retention offers for contract customers"]),
            E("Waitron", "The Dune Grill", "Muizenberg", "2012-11", "2014-02",
              "facing", "in_person_service", []),
        ]),
        ("entries", "Community Involvement", [
            E("Volunteer Maths Tutor", "Khayelitsha Saturday Maths Club", "Khayelitsha", "2015-01", "2018-12",
              "facing", "volunteering", ["Saturday sessions with Grade 10–12 learners"],
              prec="year", section="volunteer", etype="volunteer"),
        ], dict(order="title_org")),
        ("rows", "Qualifications", [
            ("National Diploma: Call Centre Management – CPUT", "2016", "b"),
            ("National Senior Certificate – Harold Cressy High School", "2011", ""),
        ]),
        ("list", "Systems", ["Genesys Cloud", "Salesforce Service Cloud", "Zendesk", "Power BI", "Excel"], "inline"),
        ("text", "References",
         "Ms L. van Wyk – Head of Client Services, Table Bay Connect – 021 555 0333\n"),
    ],
))

# --------------------------------------------------------------------------- w025
RESUMES.append(dict(
    file="w025.md",
    family="Canadian coffee-franchise partner still on bar, earlier area coach (labour, audits) and a "
           "long run of promotions at one doughnut chain; Markdown, employer headings with roles beneath",
    layout="md, h3/orgfirst, mon / 'Present'",
    renderer="md",
    name="Jordan Maki-Fontaine",
    contact=["Winnipeg, MB", "204-555-0136", "jordan@mapleandmortar.example"],
    fmt=dict(style="mon", present="Present", sep=" to "),
    order="orgfirst",
    md=dict(row="h4", hlevel=2, bullet="-", contact_list=True),
    blocks=[
        ("summary", "Summary",
         "Twenty years in quick-service restaurants and coffee. Franchise partner, former area coach. "
         "I started behind a counter and I still like it there best."),
        ("entries", "Work experience", [
            E("Franchise Partner", "Maple & Mortar Coffee", "Winnipeg, MB", "2020-02", "present",
              "facing", "entrepreneurial_freelance", [
                  "Co-own two cafés (19 staff) under a regional franchise",
                  "On bar most mornings; know our regulars by name and their orders by heart",
                  "Handle hiring, scheduling, ordering and bookkeeping",
              ], etype="freelance"),
            E("Area Coach", "Prairie Doughnut Co.", "Winnipeg, MB", "2015-06", "2020-01",
              "affecting", None, [
                  "Supported 6 restaurant managers on labour scheduling, food-safety audits and hiring",
                  "Visited each restaurant weekly with a checklist; drove drive-thru times down 20 seconds",
              ]),
            E("Restaurant Manager", "Prairie Doughnut Co.", "Winnipeg, MB", "2011-04", "2015-05",
              "facing", "in_person_service", ["Ran the front counter and drive-thru at the morning rush"]),
            E("Shift Supervisor", "Prairie Doughnut Co.", "Winnipeg, MB", "2008-03", "2011-03",
              "facing", "in_person_service", []),
            E("Crew Member", "Prairie Doughnut Co.", "Brandon, MB", "2006-05", "2008-02",
              "facing", "in_person_service", []),
        ]),
        ("list", "Education", ["Red River College — Business Administration Certificate (2010)",
                               "Food Handler Certificate, Manitoba (2024)"]),
    ],
))

# --------------------------------------------------------------------------- w026
RESUMES.append(dict(
    file="w026.docx",
    family="US 3PL customer operations manager (primary contact for retail clients) after second-shift "
           "manager and inventory supervisor, corrugated-board plant handler and Navy logistics specialist; Word "
           "layout table with shaded sidebar and nested job tables",
    layout="docx, sidebar+nested/title_org, mon / 'Present'",
    renderer="docx",
    name="Marcus T. Ebbeson",
    contact=["Allentown, PA 18104", "610-555-0152", "marcus.ebbeson@gmail.example", "LinkedIn: /in/marcus-ebbeson-demo"],
    fmt=dict(style="mon", present="Present", sep=" – "),
    order="title_org",
    docx=dict(mode="sidebar", nested=True, headings="rule", size=10, font="Calibri", bullet="•",
              side_frac=0.3, side_fill="EDEDED"),
    sidebar=[
        ("list", "Core skills", ["Client account management", "WMS (Manhattan, Körber)", "Lean / 5S",
                                 "Labor planning", "OSHA compliance"]),
        ("list", "Education", ["B.S. Supply Chain Management, Penn State Lehigh Valley, 2015"], "lines"),
        ("list", "Certifications", ["APICS CSCP – 2020", "OSHA 30 – 2019"], "lines"),
    ],
    blocks=[
        ("summary", "Profile",
         "Logistics manager with a decade in third-party warehousing. Comfortable on a dock at 2 a.m. and "
         "in a client's quarterly business review."),
        ("entries", "Experience", [
            E("Customer Operations Manager", "Keystone 3PL Logistics", "Allentown, PA", "2022-03", "present",
              "facing", "sales_account", [
                  "Primary contact for 14 retail and e-commerce clients: weekly calls, QBRs and on-site visits",
                  "Resolve client escalations on late shipments and inventory discrepancies",
                  "Onboard new clients and write SOPs with the warehouse teams",
              ]),
            E("Second Shift Manager", "Keystone 3PL Logistics", "Allentown, PA", "2018-05", "2022-02",
              "affecting", None, ["Led 60 associates and 3 supervisors in outbound; 99.8% ship accuracy"]),
            E("Inventory Control Supervisor", "Keystone 3PL Logistics", "Allentown, PA", "2015-06", "2018-04",
              "affecting", None, ["Cycle counts, adjustments and root-cause on client inventory variances"]),
            E("Material Handler", "Bethlehem Corrugated Co.", "Bethlehem, PA", "2012-07", "2015-05",
              "none", None, ["Fed paper rolls to the corrugator and moved finished board to the warehouse"]),
            E("Logistics Specialist (LS2)", "U.S. Navy", "USS Carney", "2008-06", "2012-06",
              "affecting", None, ["Received, stored and issued repair parts; maintained supply records"],
              etype="military"),
        ]),
        ("text", "References", "Furnished upon request."),
    ],
))

# --------------------------------------------------------------------------- w027
RESUMES.append(dict(
    file="w027.pdf",
    family="Indian banquet chef running menu tastings with wedding families, after kitchen-only sous chef, "
           "chef de partie, commis and hotel industrial training; reportlab with right-hand sidebar",
    layout="reportlab, sidebar-right/title_org, mon / 'Present'",
    renderer="rl",
    name="Sebastian Joseph Tharakan",
    tagline="Banquet Chef",
    contact=["Kakkanad, Kochi – 682030", "+91 94470 55521", "chef.sebastian.t@gmail.example"],
    fmt=dict(style="mon", present="Present", sep=" – "),
    order="title_org",
    pdf=dict(layout="sidebar", side_right=True, font="Helvetica", size=9.5, header="left", bullet="»",
             side_fill="#f3ece1", accent="#8a4b08", paper="a4", sidebar_w=165, rule=True),
    sidebar=[
        ("list", "Cuisines", ["Kerala & South Indian", "North Indian tandoor", "Continental", "Live counters"]),
        ("list", "Education", ["B.Sc. Hospitality & Hotel Administration, IHM Kovalam – 2013",
                               "HACCP Level 3 – 2020"], "lines"),
        ("list", "Personal", ["DOB: 03-09-1991", "Languages: Malayalam, English, Hindi, Tamil"], "lines"),
    ],
    blocks=[
        ("summary", "Profile",
         "Chef with 13 years in 5-star hotel kitchens. Now heading banquets for weddings and conferences "
         "of up to 1,500 covers."),
        ("entries", "Professional Experience", [
            E("Banquet Chef", "Nilgiri Crest Hotels", "Kochi", "2021-07", "present",
              "facing", "in_person_service", [
                  "Conduct menu tastings with wedding families and corporate event planners; adapt menus to their requests",
                  "Run live counters at events and speak with hosts about timing and service",
                  "Lead 18 cooks in the banquet kitchen",
              ]),
            E("Sous Chef", "Nilgiri Crest Hotels", "Kochi", "2018-04", "2021-06",
              "affecting", None, [
                  "Kitchen-only role: indenting, menu costing, HACCP records and staff duty roster",
              ]),
            E("Chef de Partie", "Coromandel Spice Hotel", "Chennai", "2015-08", "2018-03",
              "affecting", None, ["In charge of the tandoor and Indian curry section"]),
            E("Commis I", "Coromandel Spice Hotel", "Chennai", "2013-09", "2015-07",
              "affecting", None, [], oneline=True),
            E("Industrial Trainee – Kitchen", "Bayview Residency", "Kovalam", "2012-06", "2012-11",
              "affecting", None, [], etype="internship", oneline=True),
        ], dict(oneline="{title} – {org}, {loc} ({dates})")),
        ("text", "Declaration", "I declare that the details furnished above are true and correct."),
    ],
))

# --------------------------------------------------------------------------- w028
RESUMES.append(dict(
    file="w028.txt",
    family="UK veterinary practice manager (payroll, HR, accounts only) after head receptionist, kennel "
           "care assistant and pet-shop sales; rescue dog-walking volunteer; plain text, "
           "'Title - Employer, Town' with dates",
    layout="txt, plain/dash, monuk / 'Present'",
    renderer="txt",
    name="Rebecca Thornley",
    contact=["Shrewsbury SY3", "07700 900 845", "becky.thornley@hotmail.example"],
    fmt=dict(style="monuk", present="Present", sep=" - "),
    order="dash",
    opts=dict(dash="-"),
    txt=dict(heading="underline", ul="~", bullet="• ", rows="sep", sepstr=", ", contact_lines=False, contact_sep=" / "),
    blocks=[
        ("summary", "Personal profile",
         "Practice manager with a background on the front desk. Good with numbers, better with people, "
         "and passionate about customer service in veterinary care."),
        ("entries", "Work history", [
            E("Practice Manager", "Oakbarrow Veterinary Centre", "Shrewsbury", "2020-09", "present",
              "none", None, [
                  "Payroll, HR and contracts for 22 staff",
                  "Month-end accounts, VAT returns and supplier invoices",
                  "Health and safety policies, fire risk assessments and insurance renewals",
              ]),
            E("Head Receptionist", "Oakbarrow Veterinary Centre", "Shrewsbury", "2016-04", "2020-08",
              "facing", "in_person_service", [
                  "Ran reception and phones, booked consults and took payments",
                  "Supported clients at euthanasia appointments and with insurance claims",
              ]),
            E("Veterinary Care Assistant", "Severnside Animal Hospital", "Telford", "2013-02", "2016-03",
              "affecting", None, ["Kennel care, cleaning, feeding and restraint for in-patients"]),
            E("Sales Assistant", "Pawprint Pet Supplies", "Telford", "2011-05", "2013-01",
              "facing", "in_person_service", []),
        ]),
        ("entries", "Volunteering", [
            E("Dog Walker (volunteer)", "Telford Animal Rescue", "Telford", "2014-01", "2018-12",
              "affecting", None, ["Walked and socialised kennel dogs at weekends"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("text", "Qualifications", [
            "Certificate in Veterinary Practice Management (VMG) - 2021",
            "Level 2 Animal Care (City & Guilds) - 2012",
            "GCSEs x 8 including English and Maths",
        ]),
        ("text", "Referees", "Available on request"),
    ],
))

# --------------------------------------------------------------------------- w029
RESUMES.append(dict(
    file="w029.docx",
    family="US bank AVP/branch manager meeting clients, earlier back-office fraud operations supervisor, "
           "personal banker and credit-union lead teller; VITA tax volunteer; name and contact in the "
           "Word header, iso dates",
    layout="docx, header/org_title, iso / 'Present'",
    renderer="docx",
    name="Kelsey Nakamura-Ruiz",
    contact=["Spokane, WA 99203", "509-555-0197", "kelsey.nr@gmail.example"],
    fmt=dict(style="iso", present="Present", sep=" to "),
    order="org_title",
    opts=dict(olsep=" — "),
    docx=dict(mode="tabs", headings="styles", hlevel=1, size=10.5, font="Georgia", bullet=None,
              contact_in_header=True, header_right=True, footer="{name} | Résumé"),
    blocks=[
        ("summary", "Summary",
         "Retail banking leader with 14 years of experience in branches, fraud operations and member "
         "service. Skilled at building teams that take care of customers and protect them."),
        ("entries", "Experience", [
            E("AVP, Branch Manager", "First Cascade Bank", "Spokane Valley, WA", "2021-06", "present",
              "facing", "in_person_service", [
                  "Meet clients for account reviews, lending conversations and problem resolution",
                  "Lead 9 bankers and tellers; branch deposits up 17%",
                  "Partner with business bankers on local small-business relationships",
              ]),
            E("Fraud Operations Supervisor", "First Cascade Bank", "Spokane, WA", "2018-02", "2021-05",
              "affecting", None, [
                  "Supervised 8 analysts reviewing card and ACH fraud alerts",
                  "Tuned alert rules with the vendor and cut false positives by a third",
              ]),
            E("Personal Banker", "First Cascade Bank", "Spokane, WA", "2015-01", "2018-01",
              "facing", "in_person_service", ["Opened accounts and consumer loans; referred clients to mortgage and investment partners"]),
            E("Lead Teller", "Inland Northwest Credit Union", "Cheney, WA", "2012-04", "2014-12",
              "facing", "in_person_service", []),
        ]),
        ("entries", "Volunteer", [
            E("VITA Volunteer Tax Preparer", "Spokane Free Tax Coalition", "Spokane, WA", "2016-01", "2019-04",
              "facing", "volunteering", ["Prepared returns with low-income filers at Saturday clinics during tax season"],
              section="volunteer", etype="volunteer"),
        ]),
        ("rows", "Education", [
            ("B.A. Economics — Eastern Washington University", "2012", ""),
            ("Pacific Coast Banking School (graduate)", "2023", ""),
        ]),
    ],
))

# --------------------------------------------------------------------------- w030
RESUMES.append(dict(
    file="w030.html",
    family="New Zealand removals company owner who quotes in customers' homes and is on the truck, after "
           "warehouse manager and storeperson years, a London bar job and a travel gap; HTML with sidebar",
    layout="html, sidebar/pipe, mon / 'Now'",
    renderer="html",
    name="Hemi Walker-Ngata",
    contact=["Christchurch 8023", "021 555 0742", "hemi@kiwishift.example"],
    fmt=dict(style="mon", present="Now", sep=" – "),
    order="pipe",
    html=dict(sidebar=True, rows="h3",
              css="body{font-family:Arial,sans-serif;margin:0;color:#1d1d1d}.wrap{display:flex}"
                  "aside{width:28%;background:#1f4e5a;color:#fff;padding:18px}main{width:68%;padding:18px}"
                  "h2{font-size:15px;color:#1f4e5a;border-bottom:2px solid #1f4e5a}aside h2{color:#fff}"
                  "h3{font-size:13px;margin:10px 0 0}.date{margin:0;color:#666;font-size:12px}"),
    sidebar=[
        ("list", "Licences", ["Class 2 & 4 heavy vehicle", "Forklift F endorsement", "Site Safe passport"]),
        ("list", "Education", ["NZ Certificate in Supply Chain Operations (Level 4), Ara Institute, 2014"], "lines"),
    ],
    blocks=[
        ("summary", "About",
         "Owner-operator of a Christchurch removals firm with a background in warehousing and freight. "
         "Customers remember the crew that turned up on time and didn't scratch the piano."),
        ("entries", "Work", [
            E("Owner / Director", "Kiwi Shift Removals Ltd", "Christchurch", "2018-04", "present",
              "facing", "entrepreneurial_freelance", [
                  "Quote every job in the customer's home and explain packing, insurance and timing",
                  "On the truck for most local moves; 4 staff and 2 trucks",
                  "Accounts, marketing and Google reviews (4.9 from 300+)",
              ], etype="freelance"),
            E("Warehouse Manager", "Canterbury Freight Services", "Hornby, Christchurch", "2013-05", "2018-03",
              "affecting", None, ["Ran a 9,000 m² bonded warehouse; 18 staff; stock accuracy 99.7%"]),
            E("Storeperson", "Canterbury Freight Services", "Hornby, Christchurch", "2010-02", "2013-04",
              "affecting", None, []),
            E("Travel", None, "Asia & Europe", "2009-07", "2010-01",
              "none", None, ["Backpacking after my OE"], etype="unknown"),
            E("Bar Staff", "The Crown & Anchor", "Clapham, London", "2008-03", "2009-06",
              "facing", "in_person_service", ["Pulling pints and serving a busy Sunday carvery"]),
        ]),
        ("text", "Referees", "Available on request."),
    ],
))
