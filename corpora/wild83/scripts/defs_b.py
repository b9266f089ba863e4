"""wild83 résumés w016–w030 (fictional). One dict per résumé renders the file and its gold line."""
from lib import E

RESUMES = []
A = RESUMES.append

# ------------------------------------------------------------------ w016
A(dict(
    id="w016", r="md", hdr="title_org", ds="mon", pw="Present", bul="-", mdinline=True,
    fam="UK career changer from service desk to junior developer, Markdown with bootcamp and projects before experience",
    name="Bethan Llewellyn-Shaw", headline="Junior Software Developer (C#/.NET)",
    contact=["Kingsmead, Avonshire", "07700 900735", "bethan.ls@mailbox.co.uk", "github.com/bethanls"],
    body=[
        ("s", "About", ["Three years on an IT service desk taught me how software breaks for real people. Now I write it."]),
        ("s", "Training", ["Software Development Bootcamp (16 weeks, full-time), Harbourside Code Academy, 2024"]),
        ("s", "Projects", ["- Allotment plot booking app (ASP.NET Core, Blazor, Azure SQL)",
                           "- Small CLI that tidies ServiceNow exports into weekly reports"]),
        ("e", "Experience", [
            E("Junior Software Developer", "Tallyworth Accounting Software", "Kingsmead", "2024-09", "present", "affecting", None, [
                "Ship fixes and small features to the invoicing screens used by 8,000 small-business customers",
                "Pick up bugs raised by the support team and write regression tests"]),
            E("Service Desk Analyst", "Avonmere Housing Association", "Kingsmead", "2021-03", "2024-08", "facing", "internal_support", [
                "First and second-line support for 450 staff by phone, chat and walk-up",
                "Set up laptops and accounts for new starters; ran the leavers process"]),
            E("Customer Service Adviser", "Severnside Water", "Portwell Vale", "2018-06", "2021-02", "facing", "contact_center", [
                "Handled billing and supply calls; set up payment plans for customers in difficulty"]),
        ]),
        ("s", "Education", ["BA English Literature, University of Combe Regis (2016)"]),
    ]))

# ------------------------------------------------------------------ w017
A(dict(
    id="w017", r="docx", lay="styles", hdr="title_org", ds="month", pw="Present", bul="style",
    fam="US technical writer at a robotics firm, Word heading styles and list bullets, earlier support engineer and field service technician",
    name="Nathaniel Okonkwo-Price", headline="Technical Writer · Industrial Robotics",
    contact=["Millbeck Junction, PA", "(412) 555-0158", "nate.okprice@mailbox.com"],
    body=[
        ("e", "Work History", [
            E("Technical Writer", "Oakhurst Robotics", "Millbeck Junction, PA", "2021-07", "present", "affecting", None, [
                "Write and maintain installation, operator and service manuals for four robot families",
                "Turned the top 50 support questions into a searchable help center",
                "Work with engineering to document each firmware release"]),
            E("Support Engineer (Tier 2)", "Oakhurst Robotics", "Millbeck Junction, PA", "2019-05", "2021-06", "facing", "contact_center", [
                "Troubleshot robot faults with customers' plant technicians by phone and screen share",
                "Logged root causes and fed them back to engineering"]),
            E("Field Service Technician", "Allegheny Packaging Machines", "Harlow Falls, PA", "2016-02", "2019-04", "facing", "other_facing", [
                "Travelled to customer plants to install, repair and commission packaging lines",
                "Trained machine operators and maintenance staff at handover"]),
            E("Lab Technician (part-time)", "Ridgeback Technical College", "Harlow Falls, PA", "2014-09", "2016-01", "none", None, [
                "Maintained the robotics and PLC lab equipment and kept the parts inventory"], sec="other"),
        ]),
        ("s", "Education", ["A.S. Electro-Mechanical Technology, Ridgeback Technical College, 2016",
                            "Certificate in Technical Communication (online), 2021"]),
        ("s", "Tools", ["MadCap Flare, Oxygen XML (DITA), Snagit, SolidWorks Composer, Jira, Confluence"]),
    ]))

# ------------------------------------------------------------------ w018
A(dict(
    id="w018", r="rl", lay="plain", centre=True, hdr="labelled", ds="mon.", pw="Till date", bul="", fs=10,
    fam="Indian Salesforce administrator from a BPO background, reportlab centred header, labelled Designation / Company / Duration blocks",
    name="Sai Lakshmi Gorantla", headline="Salesforce Administrator (ADM-201)",
    contact=["Kondaveni Gardens, Telangana", "+91 90000 55521", "sailakshmi.g@mailbox.in"],
    body=[
        ("s", "Career Objective", ["Seeking a Salesforce admin / CRM analyst role where I can use my platform skills and support background."]),
        ("s", "Technical Skills", ["Salesforce Sales Cloud & Service Cloud, Flows, Reports & Dashboards, Data Loader, SOQL, Excel"]),
        ("e", "Work Experience", [
            E("Salesforce Administrator", "Ashvatth Consulting Pvt Ltd", "Kondaveni Gardens, Telangana", "2022-03", "present",
              "facing", "internal_support", [
                  "Resolve user tickets from 180 internal sales users: access, reports, data fixes",
                  "Build record-triggered flows and approval processes",
                  "Run new-joiner training on Sales Cloud every month"]),
            E("Technical Support Executive", "Zenthra BPO Services", "Sitanagar Lake, Telangana", "2019-06", "2022-02",
              "facing", "contact_center", [
                  "Handled inbound voice calls from US broadband customers; modem resets and outage checks",
                  "Maintained QA score above 92%"]),
            E("Trainee - Customer Support (Non-Voice)", "Zenthra BPO Services", "Sitanagar Lake, Telangana", "2019-01", "2019-05",
              "facing", "digital_service", ["Replied to customer e-mails on a live queue under supervision"], et="internship"),
            E("MIS Executive", "Suryodaya Textiles", "Ramgiri, Telangana", "2017-05", "2018-12", "none", None, [
                "Prepared daily production and dispatch reports in Excel for the plant manager"]),
        ]),
        ("s", "Educational Qualification", ["B.Com (Computers), Sri Ramgiri Degree College, 2017 — 71%"]),
        ("s", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge."]),
    ]))

# ------------------------------------------------------------------ w019
A(dict(
    id="w019", r="html", hdr="title_org", ds="apos", pw="Now", bul="•",
    fam="Canadian network engineer at a managed-network provider with client calls, HTML résumé, abbreviated 'Mon 'YY' dates, repair café volunteer",
    name="Mathieu Okafor-Lavoie", headline="Network Engineer — SD-WAN, Fortinet, Cisco",
    contact=["Kestrel Falls, ON", "613-555-0112", "m.okaforlavoie@mailbox.ca"],
    body=[
        ("e", "Work Experience", [
            E("Network Engineer", "Laurentide Managed Networks", "Kestrel Falls, ON", "2020-11", "present", "facing", "other_facing", [
                "Design SD-WAN and firewall changes for client sites (retail chains, a credit union)",
                "Lead cutover calls with client IT managers and present monthly network reports to three enterprise clients",
                "Third-line escalation for the NOC"]),
            E("Network Administrator", "Pinecrest District School Board", "Ashgrove, ON", "2016-08", "2020-10", "none", None, [
                "Ran switching, Wi-Fi and firewalls for 41 schools",
                "Replaced the core routers and rolled out 802.1X over one summer"]),
            E("Cable Technician", "Northline Communications", "Ashgrove, ON", "2014-04", "2016-07", "facing", "other_facing", [
                "Installed and repaired internet and TV service in customers' homes"]),
            E("Volunteer Fixer", "Kestrel Falls Repair Café", "Kestrel Falls, ON", "2018-03", "present", "facing", "volunteering", [
                "Once a month, help residents fix laptops, phones and small electronics and show them how to avoid the problem next time"],
              sec="volunteer", et="volunteer"),
        ]),
        ("s", "Certifications", ["Fortinet NSE 4 · Cisco CCNP Enterprise · CWNA"]),
        ("s", "Education", ["Diploma, Computer Systems Technology – Networking, Ashgrove College (2014)"]),
    ]))

# ------------------------------------------------------------------ w020
A(dict(
    id="w020", r="docx", lay="tabs", hdr="org_title", ds="mon", pw="Current", bul="•",
    fam="Australian account manager at a payroll SaaS, Word tab-stop dates, employer line first then title, bank branch and café jobs",
    name="Siobhan Nakamura-Reid", headline="Account Manager | SaaS",
    contact=["Banksia Reach NSW 2290", "0491 570 156", "siobhan.nr@mailbox.com.au"],
    body=[
        ("s", "Career Summary", ["Account manager who moved from onboarding into growing and keeping payroll customers."]),
        ("e", "Employment", [
            E("Account Manager", "Kookaburra Payroll Pty Ltd", "Banksia Reach NSW", "2021-06", "present", "facing", "sales_account", [
                "Manage 120 SMB and mid-market customers; renewals, upsell of time-and-attendance add-on",
                "Hit 112% of expansion target in FY25"]),
            E("Onboarding Specialist", "Kookaburra Payroll Pty Ltd", "Banksia Reach NSW", "2019-09", "2021-05", "facing", "sales_account", [
                "Ran onboarding video calls with new customers and migrated their employee data",
                "Got customers to their first pay run in under 21 days on average"]),
            E("Customer Service Officer", "Wattle Mutual Bank", "Tarrawong NSW", "2016-02", "2019-08", "facing", "in_person_service", [
                "Branch teller and enquiries: deposits, card issues, account opening"]),
            E("Barista", "Little Gum Café", "Tarrawong NSW", "2014-01", "2016-01", "facing", "in_person_service", []),
        ]),
        ("s", "Education", ["Bachelor of Business (Marketing), Hunter Coast University, 2016"]),
        ("s", "Referees", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w021
A(dict(
    id="w021", r="fpdf", lay="left", hdr="title_org", ds="m/yyyy", pw="Present", bul="•", fs=10,
    footer="Gregory Halvorsen — résumé — page {n}",
    fam="US principal software engineer, fpdf2 two pages with page footer, agency consultant role facing clients, m/yyyy dates",
    name="Gregory Halvorsen", headline="Principal Software Engineer",
    contact=["Glen Haven, MN", "(651) 555-0190", "greg.halvorsen@mailbox.com"],
    body=[
        ("s", "Summary", ["Software engineer with 18 years across insurance, games, a digital agency and health tech. I design systems "
                          "that survive contact with production and I like growing engineers."]),
        ("s", "Skills", ["Languages: Java, Kotlin, TypeScript, C#, a little COBOL", "Platforms: AWS, Kafka, PostgreSQL, Kubernetes",
                         "Practices: domain-driven design, event sourcing, incident reviews, mentoring"]),
        ("e", "Experience", [
            E("Principal Software Engineer", "Hollowell Health Technologies", "Glen Haven, MN", "2020-01", "present", "none", None, [
                "Technical lead for the claims adjudication platform (14 engineers across three teams)",
                "Led the move from a monolith to event-driven services on Kafka",
                "Run architecture reviews and the engineering mentoring program"]),
            E("Senior Consultant", "Redfern & Pike Digital", "Lakeside Park, MN", "2015-05", "2019-12", "facing", "other_facing", [
                "Led weekly sprint reviews with client product owners at a regional bank and a retailer",
                "Ran discovery workshops on client sites and turned them into delivery plans",
                "Hands-on lead developer for mobile and web builds"]),
        ]),
        ("break",),
        ("e", "Experience (continued)", [
            E("Software Engineer", "Tessellate Games", "Lakeside Park, MN", "2011-06", "2015-04", "affecting", None, [
                "Built the in-game store and player account screens",
                "Fixed crashes reported by players through the support forum"]),
            E("Junior Developer", "Cobalt Mutual Insurance", "Glen Haven, MN", "2008-07", "2011-05", "none", None, [
                "Maintained COBOL and Java batch jobs for policy renewals"]),
            E("Math Tutor", "North Star Community College", "Glen Haven, MN", "2005-09", "2008-05", "facing", "education", [
                "Tutored students in algebra and calculus at the drop-in learning center"], sec="other"),
        ]),
        ("s", "Education", ["B.S. Computer Science, North Star State University, 2008"]),
        ("s", "Talks", ["'Event sourcing without tears', Twin Lakes Dev Conference 2023"]),
    ]))

# ------------------------------------------------------------------ w022
A(dict(
    id="w022", r="txt", hdr="pipe", ds="mm/yyyy", pw="to date", bul="-", hstyle="caps", tsep="   ",
    fam="UK field engineer at an IT managed-services provider, plain text, 'Title | Employer | Town' lines with dates after, MM/YYYY",
    name="Kieran O'Donoghue", headline="",
    contact=["Ashby Langton, Leicestershire", "07700 900581", "kieran.od@mailbox.co.uk"],
    body=[
        ("s", "Profile", ["IT field engineer with a full UK licence. Schools, GP surgeries and small offices. I turn up, fix it and explain it."]),
        ("e", "Employment", [
            E("Field Engineer", "Trentside IT Solutions", "Ashby Langton", "2022-02", "present", "facing", "other_facing", [
                "Site visits to 30 client schools and GP surgeries: new PCs, printers, Wi-Fi and AV",
                "Work with practice managers and teachers to plan installs around surgeries and lessons"]),
            E("IT Service Desk Analyst", "Trentside IT Solutions", "Ashby Langton", "2020-05", "2022-01", "facing", "contact_center", [
                "Took phone calls and tickets from the staff of 60 client organisations",
                "Remote fixes for Microsoft 365, printers and VPN; escalated to 2nd line"]),
            E("IT Asset Technician", "Redlake Refurb Ltd", "Castle Drayford", "2018-09", "2020-04", "affecting", None, [
                "Data-wiped, tested and graded ex-corporate laptops for resale",
                "Fitted replacement parts and packed orders for online customers"]),
            E("Retail Assistant", "GameZone", "Castle Drayford", "2016-06", "2018-08", "facing", "in_person_service", []),
        ]),
        ("s", "Qualifications", ["CompTIA A+ | Level 3 Diploma in IT User Support | Full clean UK driving licence"]),
        ("s", "Hobbies", ["Five-a-side football, retro consoles"]),
    ]))

# ------------------------------------------------------------------ w023
A(dict(
    id="w023", r="docx", lay="table", hdr="title_org", ds="mon", pw="Present", bul="-",
    fam="Singaporean BI developer, Word borderless table per job, marketing analytics, telco shop job, year-only research assistant",
    name="Tan Wei Jie Marcus", headline="BI Developer / Data Analyst",
    contact=["Bukit Serangoon", "+65 8555 0132", "marcus.tanwj@mailbox.sg"],
    body=[
        ("s", "Summary", ["BI developer who builds dashboards and the data models underneath them."]),
        ("s", "Skills", ["Power BI (DAX), SQL Server, Python (pandas), Azure Data Factory, Excel"]),
        ("e", "Working Experience", [
            E("BI Developer", "Tanjong Harbour Logistics Pte Ltd", "Bukit Serangoon", "2021-08", "present", "none", None, [
                "Build Power BI dashboards and the SQL data model for warehouse and transport operations",
                "Automated the monthly KPI pack, saving two days of manual work"]),
            E("Data Analyst", "Kembang Retail Group", "Pasir Tenggara", "2018-07", "2021-07", "affecting", None, [
                "Analysed loyalty-card baskets to design member promotions and personalised offers",
                "Measured campaign uplift for the marketing team"]),
            E("Customer Service Executive", "Lion Bay Mobile", "Pasir Tenggara", "2016-01", "2018-06", "facing", "in_person_service", [
                "Served walk-in customers at the retail shop: plan sign-ups, phone set-up, billing questions"]),
            E("Research Assistant (part-time)", "Pasir Tenggara Institute of Technology", "Pasir Tenggara", "2015", "2015", "none", None, [
                "Cleaned survey data for a transport study"], prec="year", sec="other"),
        ]),
        ("s", "Education", ["B.Sc. Business Analytics, Pasir Tenggara Institute of Technology (2016)"]),
        ("s", "National Service", ["Completed full-time National Service (2011 – 2013)"]),
    ]))

# ------------------------------------------------------------------ w024
A(dict(
    id="w024", r="rl", lay="sidebar", hdr="pipe", ds="MON", pw="PRESENT", bul="•", sidecol=(0.86, 0.93, 0.90),
    fam="Philippine QA engineer, reportlab coloured left sidebar, pipe title/company/town line with right dates, earlier voice support",
    name="Angelo Mendoza Villafuerte", headline="QA Automation Engineer",
    contact=["Sta. Ines Heights, Laguna", "0927 555 0190", "angelo.villafuerte@mailbox.ph"],
    body=[
        ("side", "Tools", ["Selenium, Cypress", "Postman, JMeter", "Jira, Zephyr", "Git, Jenkins"]),
        ("side", "Education", ["BS Computer Engineering", "Laguna Bay Polytechnic College, 2017"]),
        ("side", "Certifications", ["ISTQB CTFL (2022)"]),
        ("e", "Experience", [
            E("QA Automation Engineer", "Dalisay Software Labs", "Sta. Ines Heights", "2023-01", "present", "affecting", None, [
                "Automate regression tests for a food-delivery customer app (Cypress, Appium)",
                "Run load tests before promo campaigns"]),
            E("Manual QA Tester", "Dalisay Software Labs", "Sta. Ines Heights", "2021-06", "2022-12", "affecting", None, [
                "Executed test cases, logged defects and verified fixes on Android and iOS builds"]),
            E("Technical Support Representative", "Sampaguita Global Services", "Malabanan Norte", "2019-03", "2021-05", "facing", "contact_center", [
                "Voice support for a US internet provider; troubleshooting routers and Wi-Fi with callers"]),
            E("Sales Clerk", "Tala PC Hub", "Malabanan Norte", "2017-06", "2019-02", "facing", "in_person_service", []),
        ]),
    ]))

# ------------------------------------------------------------------ w025
A(dict(
    id="w025", r="md", hdr="datesfirst", ds="mon", pw="Present", bul="*",
    fam="US sole IT generalist at a law firm, Markdown with dates before the title, contract web work, ISP call centre, library digital-skills volunteer",
    name="Tamsin Graves-Whitley", headline="IT Generalist",
    contact=["Harlan Mills, NC", "(919) 555-0124", "tamsin.gw@mailbox.com"],
    body=[
        ("e", "Experience", [
            E("IT Generalist", "Harlan & Voss LLP", "Harlan Mills, NC", "2021-01", "present", "facing", "internal_support", [
                "Sole IT person for 35 attorneys and staff: laptops, phones, document management, backups",
                "Train new attorneys on the dictation and document systems on their first day"]),
            E("Web Developer (contract)", "Eastfield Credit Union", "Riverside Crossing, NC", "2019-03", "2020-12", "affecting", None, [
                "Rebuilt the member-facing loan application pages and fixed accessibility issues",
                "Worked from tickets written by the marketing team"], et="freelance"),
            E("Technical Support Specialist", "Clearwave Broadband", "Riverside Crossing, NC", "2016-10", "2019-02", "facing", "contact_center", [
                "Inbound calls from residential internet customers; modem and Wi-Fi troubleshooting"]),
            E("Digital Skills Volunteer", "Millbrook Public Library", "Harlan Mills, NC", "2017-03", "2019-12", "facing", "volunteering", [
                "Helped older patrons set up phones, e-mail and video calls at weekly drop-ins"], sec="volunteer", et="volunteer"),
        ]),
        ("s", "Education", ["B.A. Communication, Piedmont Crest University, 2016"]),
        ("s", "Certifications", ["CompTIA A+, CompTIA Security+, Microsoft 365 Fundamentals"]),
    ]))

# ------------------------------------------------------------------ w026
A(dict(
    id="w026", r="docx", lay="header", hdr="dash", ds="mon", pw="till date", bul="•",
    fam="Indian ERP pre-sales consultant, name and contact in the Word page header, 'Title – Employer, Town' with tab dates, visiting faculty",
    name="Rohit Anand Deshpande", headline="Pre-Sales Consultant | ERP for Manufacturing",
    contact=["Shivneri Nagar, Maharashtra", "+91 98220 55514", "rohit.deshpande@mailbox.in"],
    body=[
        ("s", "Professional Summary", ["Eight years in ERP, first implementing it at client sites and now selling it with demos built around each plant's processes."]),
        ("e", "Work Experience", [
            E("Pre-Sales Consultant", "Nakshatra ERP Solutions", "Shivneri Nagar", "2021-04", "present", "facing", "sales_account", [
                "Run scripted and custom demos for mid-size manufacturers; respond to RFPs",
                "Visit prospect plants to map their processes before the proposal"]),
            E("Implementation Consultant", "Nakshatra ERP Solutions", "Shivneri Nagar", "2018-01", "2021-03", "facing", "other_facing", [
                "Led on-site go-lives at 11 client plants; trained key users in purchase, stores and production modules",
                "Handled post-go-live support calls from client users"]),
            E("Visiting Faculty – Computer Applications", "Shri Gajanan College of Commerce", "Shivneri Nagar", "2017-06", "2017-12",
              "facing", "education", ["Taught Tally and MS Office practicals to B.Com students"], et="freelance"),
            E("Software Trainee", "Sahyadri Infotech", "Shivneri Nagar", "2016-07", "2017-12", "none", None, [
                "Wrote and tested report modules in .NET and SQL Server"]),
        ]),
        ("s", "Education", ["MCA, Sahyadri Institute of Management & Computer Studies (2016)", "B.Sc. Computer Science (2013)"]),
        ("s", "Personal Details", ["Languages: English, Marathi, Hindi · Passport: Yes"]),
    ]))

# ------------------------------------------------------------------ w027
A(dict(
    id="w027", r="fpdf", lay="left", hdr="org_title", ds="month", pw="Present", bul="-", hcase=True, hcol=(80, 20, 60),
    fam="UK lead data engineer at a consultancy presenting to clients, fpdf2 left header, employer line first, self-employed tutoring",
    name="Aisha Rahman-Doyle", headline="Lead Data Engineer",
    contact=["Fenmarch, Cambridgeshire", "07700 900349", "aisha.rd@mailbox.co.uk"],
    body=[
        ("s", "Summary", ["Data engineer who now spends half her week with clients. Azure, Databricks, and a lot of whiteboards."]),
        ("e", "Professional Experience", [
            E("Lead Data Engineer", "Fenmarch Consulting", "Fenmarch", "2022-06", "present", "facing", "other_facing", [
                "Lead client engagements for insurers and housing associations, from discovery workshops to handover",
                "Present findings and roadmaps to client steering boards",
                "Manage a team of four engineers"]),
            E("Career Break", None, None, "2021-09", "2022-05", "none", None, [
                "Parental leave and a move to Fenmarch; completed the Databricks professional certification"], et="unknown"),
            E("Data Engineer", "Wrenfield Mutual", "Wrenfield", "2019-01", "2021-08", "none", None, [
                "Built Azure Data Factory and Databricks pipelines for claims and policy data",
                "Introduced automated testing for the data warehouse"]),
            E("Graduate Analyst", "Wrenfield Mutual", "Wrenfield", "2017-09", "2018-12", "none", None, [
                "Produced claims MI reports in SQL and Excel"]),
            E("Maths Tutor", "Self-employed", "Fenmarch", "2015-10", "2017-06", "facing", "education", [
                "GCSE and A-level maths tuition for eight regular students"], et="freelance"),
        ]),
        ("s", "Education", ["MMath Mathematics, University of Fenmarch (2017)"]),
        ("s", "Certifications", ["Databricks Data Engineer Professional; Azure Data Engineer Associate (DP-203)"]),
    ]))

# ------------------------------------------------------------------ w028
A(dict(
    id="w028", r="txt", hdr="inline", ds="mon", pw="Current", bul="", hstyle="colon",
    fam="Canadian cloud engineer, plain text with title line and dates in brackets, SaaS e-mail/chat support engineer, game QA, a summer camp",
    name="Priya Venkataraman", headline="Cloud Engineer (AWS) — Borealis Freight Systems",
    contact=["Cedarwick, BC", "604-555-0171", "priya.venk@mailbox.ca"], stack=True,
    body=[
        ("e", "Experience", [
            E("Cloud Engineer", "Borealis Freight Systems", "Cedarwick, BC", "2023-03", "present", "none", None, [
                "AWS landing zone, Terraform modules and cost reporting for 60 accounts",
                "Cut the monthly AWS bill by 22% with rightsizing and savings plans"]),
            E("Support Engineer II", "Quillon Labs", "Cedarwick, BC", "2020-07", "2023-02", "facing", "digital_service", [
                "Answered developer customers of our API platform by e-mail and in-app chat",
                "Wrote reproduction cases for engineering and kept customers updated until fixed"]),
            E("QA Tester", "Fathom Bay Studios", "Port Ellery, BC", "2018-05", "2020-06", "affecting", None, [
                "Playtested console builds, wrote bug reports and ran certification checklists"]),
            E("Camp Tech Instructor", "Cedarwick Youth Code Camp", "Cedarwick, BC", "2017-06", "2017-08", "facing", "education", [
                "Taught robotics and Scratch to campers aged 10 to 13"], dt="Summer 2017"),
        ]),
        ("s", "Education", ["B.Sc. Computing Science, Coast Mountain University, 2018"]),
        ("s", "Certifications", ["AWS Solutions Architect – Professional", "HashiCorp Terraform Associate"]),
    ]))

# ------------------------------------------------------------------ w029
A(dict(
    id="w029", r="docx", lay="sidebar", hdr="title_org", ds="mon", pw="Present", bul="•", sidehex="EDE7F6",
    fam="Irish IT service desk manager, Word two-column layout table with shaded sidebar, team lead and 2nd line before, year-only call-centre job",
    name="Róisín Fitzgerald", headline="IT Service Desk Manager",
    contact=["Ardmoy, Co. Galway", "085 555 0178", "roisin.fitz@mailbox.ie"],
    body=[
        ("side", "Key Skills", ["- ITIL 4 service management", "- ServiceNow reporting", "- Coaching and rotas", "- Supplier management"]),
        ("side", "Education", ["BSc Computing, Corrib Institute of Technology (2011)"]),
        ("side", "Interests", ["Sea swimming, camogie coaching"]),
        ("s", "Profile", ["Service desk manager who came up through the phones."]),
        ("e", "Employment History", [
            E("IT Service Desk Manager", "Ardmoy Foods plc", "Ardmoy, Co. Galway", "2020-09", "present", "affecting", None, [
                "Manage a team of 12 analysts across two shifts; rotas, hiring and 1:1s",
                "Own SLA reporting and monthly service reviews with the IT director",
                "Manage the outsourced out-of-hours supplier"]),
            E("Service Desk Team Lead", "Ardmoy Foods plc", "Ardmoy, Co. Galway", "2017-03", "2020-08", "facing", "internal_support", [
                "Led a team of five and still took calls at peak times",
                "Handled escalations and complaints from staff across the plants"]),
            E("2nd Line Support Engineer", "Glenmara Systems", "Clarinmore Quay", "2014-05", "2017-02", "facing", "internal_support", [
                "Desk-side and remote support for 300 staff; laptop builds and printer fleet"]),
            E("Customer Care Agent", "Shannonside Gas & Electric", "Clarinmore Quay", "2012", "2014", "facing", "contact_center", [
                "Billing and meter-reading calls from residential customers"], prec="year"),
            E("Warehouse Operative", "Connacht Parcel Services", "Clarinmore Quay", "2010-06", "2011-11", "affecting", None, [
                "Scanned, sorted and loaded parcels for next-day delivery routes"]),
            E("Sales Assistant (part-time)", "Corrib Books", "Ardmoy, Co. Galway", "2008-09", "2010-05", "facing", "in_person_service", []),
        ]),
    ]))

# ------------------------------------------------------------------ w030
A(dict(
    id="w030", r="html", hdr="title_org", ds="month", pw="Now", bul="•",
    fam="New Zealand frontend developer, HTML résumé, usability sessions with customers, bank digital-support job, electronics retail, seniors' tech club volunteer",
    name="Hana Whitmore-Ngata", headline="Frontend Developer (React)",
    contact=["Tōtara Point", "021 555 0186", "hana.wn@mailbox.co.nz"],
    body=[
        ("s", "Skills", ["React, TypeScript, Next.js, accessibility (WCAG 2.2), Figma, Jest, Playwright"]),
        ("e", "Experience", [
            E("Frontend Developer", "Raupō Digital Ltd", "Tōtara Point", "2022-10", "present", "affecting", None, [
                "Build the customer booking and payment flows for a ferry operator's website and app",
                "Sit in on usability sessions with customers and turn the findings into fixes"]),
            E("Digital Support Specialist", "Tōtara Savings Bank", "Tōtara Point", "2019-05", "2022-09", "facing", "contact_center", [
                "Helped customers with internet banking and the app by phone and secure messaging",
                "Walked older customers through setting up two-factor authentication"]),
            E("Volunteer Tech Tutor", "Greenhollow Seniors Tech Club", "Greenhollow", "2020-02", "2022-12", "facing", "volunteering", [
                "Weekly one-to-one help for seniors with tablets, scams awareness and online banking"], sec="volunteer", et="volunteer"),
            E("Retail Assistant", "Harbourview Electronics", "Greenhollow", "2017-01", "2019-04", "facing", "in_person_service", [
                "Sold laptops, TVs and phones; set up devices for customers at the counter"]),
        ]),
        ("s", "Education", ["Bachelor of Computer and Information Sciences, Pōhutukawa Bay University (2022, part-time)",
                            "Dev Academy web development bootcamp (2019)"]),
    ]))
