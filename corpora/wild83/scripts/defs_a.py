"""wild83 résumés w001–w015 (fictional). One dict per résumé renders the file and its gold line."""
from lib import E

RESUMES = []
A = RESUMES.append

# ------------------------------------------------------------------ w001
A(dict(
    id="w001", r="rl", lay="plain", hdr="title_org", ds="mon", pw="Present", paper="letter",
    fam="US IT support specialist at a credit union, Word-to-PDF single column, title line with right-aligned dates",
    name="Darnell K. Whitcombe", headline="IT Support Specialist | CompTIA A+ | Microsoft 365",
    contact=["Marlow Springs, OH", "(614) 555-0142", "d.whitcombe@mailbox.com"],
    body=[
        ("s", "Summary", ["IT support specialist with five years of hands-on troubleshooting for end users, from a repair counter "
                          "to a 240-person credit union. Calm on the phone, tidy with tickets, happiest when a problem stays fixed."]),
        ("e", "Experience", [
            E("IT Support Specialist", "Harrowgate Regional Credit Union", "Marlow Springs, OH", "2022-03", "present",
              "facing", "internal_support", [
                  "Tier 1/2 support for 240 staff across nine branches by phone, Teams and walk-up; about 35 tickets a day in ServiceNow",
                  "Set up laptops, phones and accounts for new hires and walk them through first-day logins",
                  "Reset MFA, unlock accounts and fix teller printer and cash-recycler connection issues"]),
            E("Desktop Technician (contract)", "Orrin County Schools", "Cedar Hollow, OH", "2021-06", "2022-02",
              "affecting", None, [
                  "Imaged and deployed 1,100 Chromebooks and laptops for the fall rollout from the district warehouse",
                  "Asset-tagged devices and kept the inventory spreadsheet current",
                  "Wiped and recycled retired equipment following district data policy"]),
            E("Computer Repair Technician", "Buckeye PC Clinic", "Marlow Springs, OH", "2019-08", "2021-05",
              "facing", "in_person_service", [
                  "Checked in customer laptops at the front counter, explained diagnosis and quotes",
                  "Removed malware, replaced screens and drives, recovered family photos",
                  "Called customers when repairs were ready and showed them what had been done"]),
            E("Student Computer Lab Assistant", "Franklin Ridge Community College", "Cedar Hollow, OH", "2018-01", "2019-05",
              "facing", "internal_support", [
                  "Helped students and faculty with logins, printing and Wi-Fi at the lab help desk"], sec="other"),
            E("Delivery Driver", "Nonna Rosa's Pizzeria", "Marlow Springs, OH", "2016-05", "2017-12", "facing", "in_person_service", [
                "Delivered orders and took payment at the door; answered the phone on quiet nights"]),
        ]),
        ("s", "Education", ["A.A.S. Computer Networking, Franklin Ridge Community College, 2019"]),
        ("s", "Certifications", ["CompTIA A+ (2019) · CompTIA Network+ (2022) · ITIL 4 Foundation (2023)"]),
        ("s", "Skills", ["Active Directory, Intune, Microsoft 365 admin, ServiceNow, Windows 10/11, macOS, basic PowerShell"]),
    ]))

# ------------------------------------------------------------------ w002
A(dict(
    id="w002", r="docx", lay="styles", hdr="title_org", ds="month", pw="Present", bul="style",
    fam="UK customer success manager at a SaaS firm, Word heading styles with list bullets, right tab-stop dates",
    name="Harriet Oyelaran-Moss", headline="Customer Success Manager",
    contact=["Kellsbridge, Greater Manchester", "07700 900418", "harriet.om@mailbox.co.uk"],
    body=[
        ("s", "Profile", ["Customer success manager who started on the support queue and moved through implementation, so I know "
                          "the product from the ticket up. I look after renewals, adoption and the awkward conversations."]),
        ("e", "Career History", [
            E("Customer Success Manager", "Quillfeather Software Ltd", "Kellsbridge", "2023-01", "present",
              "facing", "sales_account", [
                  "Own a book of 45 mid-market accounts worth £2.1m ARR; gross retention 94% in 2025",
                  "Run quarterly business reviews with customer finance and HR leads",
                  "Spot churn risk from usage data and agree recovery plans with the customer"]),
            E("Implementation Consultant", "Brindle HR Systems", "Thornleigh, West Yorkshire", "2020-09", "2022-12",
              "facing", "other_facing", [
                  "Configured payroll and absence modules for new clients from their requirement sheets",
                  "Delivered training webinars to client HR teams and ran go-live calls",
                  "Handed accounts over to customer success with a clean project log"]),
            E("Support Analyst", "Brindle HR Systems", "Thornleigh, West Yorkshire", "2019-02", "2020-08",
              "facing", "digital_service", [
                  "Answered customer tickets by email and live chat, 30+ a day",
                  "Wrote knowledge-base articles for the most common payroll errors"]),
            E("Sales Assistant (part-time)", "Holloway Electricals", "Brackenford", "2016-09", "2019-01",
              "facing", "in_person_service", [
                  "Advised customers on laptops and TVs, processed sales and returns"]),
        ]),
        ("s", "Education", ["BA (Hons) Business Management, University of Kellsbridge, 2018 – 2:1"]),
        ("s", "Skills", ["- Gainsight, HubSpot, Zendesk, Excel (pivot tables, XLOOKUP)",
                         "- Renewals and expansion, onboarding, training delivery"]),
        ("s", "Interests", ["Fell running, volunteer scorer for a local cricket club."]),
    ]))

# ------------------------------------------------------------------ w003
A(dict(
    id="w003", r="fpdf", lay="left", hdr="title_org", ds="mon.", pw="till date", bul="•",
    fam="Indian data engineer, fpdf2 left-aligned header, title then company line, right-aligned dates, no user contact",
    name="Pranav Subramaniam Iyer", headline="Senior Data Engineer — Spark · Airflow · AWS",
    contact=["Vasantpur, Karnataka", "+91 98450 01327", "pranav.iyer@mailbox.in"],
    body=[
        ("s", "Technical Skills", ["Python, PySpark, SQL, Scala (basic) | Airflow, dbt, Kafka | AWS (S3, EMR, Glue, Redshift) | Git, Jenkins"]),
        ("e", "Professional Experience", [
            E("Senior Data Engineer", "Vantrika Analytics Pvt Ltd", "Vasantpur", "2022-07", "present", "none", None, [
                "Designed batch and streaming pipelines (PySpark, Kafka) processing 2 TB/day into the data lake",
                "Cut Airflow DAG failures by 60% by adding data-quality checks and retries",
                "Mentor three junior engineers; review pull requests"]),
            E("Data Engineer", "Kesari Fintech Solutions", "Shirpali, Maharashtra", "2019-11", "2022-06", "none", None, [
                "Built ETL jobs for loan origination data and the risk data mart",
                "Coordinated with the risk analytics team on data definitions and SLAs",
                "Migrated on-prem SQL Server jobs to AWS Glue"]),
            E("Associate Software Engineer", "Trivane Technologies", "Kalyanpuram Nagar, Tamil Nadu", "2017-08", "2019-10", "none", None, [
                "Developed and maintained Java REST services for an internet-banking platform",
                "Fixed production defects and wrote unit tests (JUnit)"]),
            E("Project Trainee", "Indus Rail Software Centre", "Kalyanpuram Nagar, Tamil Nadu", "2017-01", "2017-06", "none", None, [
                "Final-year project: seat-availability caching module in Java"], et="internship"),
        ]),
        ("s", "Education", ["B.E. Computer Science, Sri Venkateswara Institute of Technology, 2017 — 8.1 CGPA"]),
        ("s", "Certifications", ["AWS Certified Data Engineer – Associate (2024)", "Databricks Certified Data Engineer Associate (2023)"]),
        ("s", "Personal Details", ["Date of Birth: 14-03-1995 | Languages: English, Tamil, Kannada, Hindi | Notice period: 60 days"]),
    ]))

# ------------------------------------------------------------------ w004
A(dict(
    id="w004", r="txt", hdr="dash", ds="month", pw="Present", sep=" to ", bul="-", hstyle="under", tsep=", ",
    fam="US field IT engineer at a managed-services provider, plain text pasted from a job board, 'Title – Employer, Town' with dates after a comma",
    name="Colton Reyes-Barker", headline="Field Services Engineer",
    contact=["Aspen Fork, CO 80517", "(720) 555-0196", "colton.rb@mailbox.net"], stack=True,
    body=[
        ("e", "Work Experience", [
            E("Field Services Engineer", "Northgate Managed IT", "Aspen Fork, CO", "2021-04", "present", "facing", "other_facing", [
                "Drive to client offices (dental practices, law firms, a vet chain) to install workstations and fix printers, Wi-Fi and phones",
                "Work through problems with office staff on site and explain what was changed",
                "Close tickets same day with notes and photos for the service desk"]),
            E("Network Technician", "Summit Ridge Cabling", "Pinecrest, CO", "2018-05", "2021-03", "none", None, [
                "Pulled and terminated Cat6 and fibre in new-build offices and warehouses before occupancy",
                "Installed racks, patch panels and UPS units; tested and labelled every drop"]),
            E("Help Desk Technician", "Larimer Valley College", "Pinecrest, CO", "2016-08", "2018-04", "facing", "internal_support", [
                "Answered the staff and faculty help line; password resets, Outlook, classroom projectors",
                "Visited offices to replace hardware and set up new staff"]),
            E("Sales Associate", "Peak Wireless", "Aspen Fork, CO", "2015-01", "2016-07", "facing", "in_person_service", [
                "Sold phone plans and accessories; transferred contacts and set up new phones for customers"]),
        ]),
        ("s", "Education", ["Associate of Applied Science, Information Technology", "Larimer Valley College - Pinecrest, CO"]),
        ("s", "Skills", ["Windows 11 / Windows Server, Meraki, UniFi, VoIP handsets, ConnectWise, Cat6/fibre termination, valid driver's license"]),
        ("s", "Certifications", ["CompTIA Network+", "Cisco CCNA (expired 2023)"]),
    ]))

# ------------------------------------------------------------------ w005
A(dict(
    id="w005", r="docx", lay="tabs", hdr="title_org", ds="mm/yyyy", pw="Present", bul="•",
    fam="Canadian technical account manager at a cloud firm, Word tab-stop dates, bold title and italic employer line, a co-op summer",
    name="Geneviève Tremblay-Ash", headline="Technical Account Manager · Cloud Infrastructure",
    contact=["Lakeport Heights, ON", "416-555-0177", "g.tremblayash@mailbox.ca"],
    body=[
        ("s", "Summary", ["Bilingual (EN/FR) technical account manager. Ten years in infrastructure, the last seven close to customers."]),
        ("e", "Professional Experience", [
            E("Technical Account Manager", "Lumenpath Cloud Inc.", "Lakeport Heights, ON", "2022-05", "present", "facing", "sales_account", [
                "Trusted technical adviser to 12 enterprise customers; weekly calls and quarterly architecture reviews",
                "Coordinate escalations across support and engineering and own the customer communication until closure",
                "Identified expansion opportunities worth $1.4M in 2025"]),
            E("Senior Support Engineer", "Lumenpath Cloud Inc.", "Lakeport Heights, ON", "2019-10", "2022-04", "facing", "digital_service", [
                "Worked tier-3 escalations on networking and storage tickets",
                "Joined customer bridge calls during P1 incidents and wrote the customer-facing RCA",
                "Reproduced bugs in lab environments for engineering"]),
            E("Systems Administrator", "Maplecrest Insurance", "Riverbend, ON", "2016-06", "2019-09", "none", None, [
                "Maintained 180 Windows and Linux servers, VMware cluster and Veeam backups",
                "Patching, monitoring and DR tests on a quarterly schedule"]),
            E("IT Co-op Student", "City of Brennan Falls", "Brennan Falls, ON", "2015-05", "2015-08", "facing", "internal_support", [
                "Set up PCs and helped municipal staff with Outlook and printer issues"], et="internship", dt="Summer 2015"),
        ]),
        ("s", "Education", ["B.Comp. Computer Science (Co-op), Lakeshore Polytechnic University, 2016"]),
        ("s", "Certifications", ["AWS Solutions Architect – Associate · CKA · ITIL 4"]),
        ("s", "Languages", ["English, French (native)"]),
    ]))

# ------------------------------------------------------------------ w006
A(dict(
    id="w006", r="rl", lay="sidebar", hdr="title_org", ds="mon", pw="Current", bul="•",
    fam="Australian QA analyst, reportlab shaded left sidebar (contact, skills, referees), earlier contact-centre and cinema jobs",
    name="Mei-Ling Cartwright", headline="QA Analyst / Test Automation",
    contact=["Wattle Bay QLD 4179", "0491 570 113", "meiling.c@mailbox.com.au"],
    body=[
        ("side", "Skills", ["- Playwright, Cypress", "- Postman, SQL", "- Jira, Xray, TestRail", "- ISTQB Foundation"]),
        ("side", "Referees", ["Available on request"]),
        ("s", "About me", ["Tester with an eye for what a real user will trip over. Five years in QA after three years answering the phones."]),
        ("e", "Employment", [
            E("QA Analyst", "Tidewater Digital", "Wattle Bay QLD", "2021-02", "present", "affecting", None, [
                "Write test plans and regression suites for a retail-banking mobile app",
                "Built a Playwright suite of 400 end-to-end tests running in CI",
                "Triage defects with developers and sign off releases"]),
            E("Software Tester (contract)", "Redgum Health Systems", "Coolabah Heads QLD", "2019-08", "2021-01", "affecting", None, [
                "Wrote and executed test cases for the e-prescribing module",
                "Ran UAT sessions on site with hospital pharmacy staff and logged their defects"]),
            E("Customer Service Officer", "Coral Coast Energy", "Wattle Bay QLD", "2016-03", "2019-07", "facing", "contact_center", [
                "Inbound calls on billing, connections and hardship plans; 60–70 calls a day",
                "Top quartile for first-call resolution in 2018"]),
            E("Crew Member", "Bayside Cinemas", "Wattle Bay QLD", "2014-11", "2016-02", "facing", "in_person_service", []),
            E("Casual Kitchen Hand", "Seabreeze Fish & Chips", "Wattle Bay QLD", "2013-02", "2014-10", "affecting", None, []),
        ]),
        ("s", "Education", ["Bachelor of Information Technology, Moreton Coast University (2020, part-time)"]),
    ]))

# ------------------------------------------------------------------ w007
A(dict(
    id="w007", r="md", hdr="title_org", ds="iso", pw="now", sep=" – ", bul="-",
    fam="Dutch DevOps engineer in Markdown, h3 titles with employer line and ISO dates, a hosting sysadmin job answering customer tickets",
    name="Joris van Aalsum", headline="DevOps / Platform Engineer",
    contact=["Zuiderveen, NL", "+31 6 1200 4471", "joris@mailbox.nl", "github.com/jvaalsum"],
    body=[
        ("s", "Skills", ["Kubernetes, Terraform, Ansible, GitLab CI, ArgoCD, Prometheus/Grafana, Go, Python, PostgreSQL"]),
        ("e", "Experience", [
            E("DevOps Engineer", "Kestrel Payments B.V.", "Zuiderveen", "2021-09", "present", "none", None, [
                "Run the Kubernetes platform (EKS, 40 services) and the Terraform estate",
                "Moved deployments to GitOps with ArgoCD; lead time from days to hours",
                "On-call rotation for infrastructure alerts"]),
            E("Platform Engineer", "Orlo Logistics", "Havenmond", "2019-03", "2021-08", "affecting", None, [
                "Incident commander for customer-impacting outages of the shipment-tracking portal",
                "Wrote the public status-page updates during incidents",
                "Built the CI templates used by 12 product teams"]),
            E("Linux System Administrator", "Hostbaai Webhosting", "Havenmond", "2016-01", "2019-02", "facing", "digital_service", [
                "Administered shared-hosting and VPS clusters (Debian, cPanel, Postfix)",
                "Answered customer tickets about DNS, e-mail and SSL certificates, roughly a third of the week",
                "Automated account provisioning with Ansible"]),
            E("Service Desk Assistant (part-time)", "Dommelstad University of Applied Sciences", "Dommelstad", "2013-09", "2015-12",
              "facing", "internal_support", ["Helped students and staff at the IT service point with accounts, Wi-Fi and printing"],
              sec="other"),
        ]),
        ("s", "Education", ["BSc Information Technology, Dommelstad University of Applied Sciences (2016)"]),
        ("s", "Languages", ["Dutch (native), English (C2), German (B1)"]),
    ]))

# ------------------------------------------------------------------ w008
A(dict(
    id="w008", r="docx", lay="table", hdr="title_org", ds="month", pw="Present", bul="•",
    fam="South African SaaS support specialist (chat and e-mail), Word borderless table per job, earlier telco call centre and web studio",
    name="Thandeka Mokoena", headline="Customer Support Specialist",
    contact=["Kloofwater, Western Cape", "072 555 0148", "thandeka.mokoena@mailbox.co.za"],
    body=[
        ("s", "Profile", ["Support specialist for a payments platform. Fast on chat, clear in writing, technical enough to read an API log."]),
        ("e", "Work Experience", [
            E("Customer Support Specialist", "Payfynd (Pty) Ltd", "Kloofwater", "2023-04", "present", "facing", "digital_service", [
                "Support merchants by live chat and e-mail on payouts, integrations and disputes (CSAT 96%)",
                "Read webhook and API logs to find integration errors before escalating",
                "Run the weekly feedback summary for the product team"]),
            E("Technical Support Agent (Inbound)", "Vuka Telecom", "Ntuthuko Bay", "2020-01", "2023-03", "facing", "contact_center", [
                "Took inbound calls from fibre and LTE customers; router set-up and fault logging",
                "Booked technician visits and followed up on open faults"]),
            E("Junior Web Developer", "Blouberg Creative Studio", "Kloofwater", "2018-06", "2019-12", "affecting", None, [
                "Built WordPress sites for the studio's clients from the designers' mock-ups",
                "Fixed layout bugs reported by the account managers"]),
            E("Waiter", "Harbour Lights Restaurant", "Kloofwater", "2017-02", "2018-05", "facing", "in_person_service", []),
        ]),
        ("s", "Education", ["National Diploma: Information Technology, Peninsula College of Technology (2017)"]),
        ("s", "Skills", ["Intercom, Zendesk, Jira, Postman, HTML/CSS, basic SQL | Languages: isiZulu, English, Afrikaans"]),
        ("s", "References", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w009
A(dict(
    id="w009", r="fpdf", lay="centred", hdr="org_title", ds="mm/yyyy", pw="Present", bul="–",
    fam="UK network engineer at a health trust, fpdf2 centred header, employer line first with dates right, NOC job taking outage calls",
    name="Owen Pritchard", headline="Network Engineer | CCNP Enterprise",
    contact=["Ryburn Vale, West Yorkshire", "07700 900266", "owen.pritchard@mailbox.co.uk"],
    body=[
        ("e", "Employment History", [
            E("Network Engineer", "Calderbrook Health Trust", "Ryburn Vale", "2020-06", "present", "none", None, [
                "Look after 600 Cisco switches, two data-centre cores and Palo Alto firewalls",
                "Carry out change-window upgrades overnight and wireless surveys of new wards",
                "Write firewall rule changes from approved requests"]),
            E("NOC Engineer", "Pennine Fibre Networks", "Holmcliffe", "2017-09", "2020-05", "facing", "contact_center", [
                "Monitored the core network and dispatched field engineers to faults",
                "Took calls from business customers reporting outages and kept them updated until fixed"]),
            E("1st Line Support Analyst", "Wharfe Valley Council", "Otterby", "2015-08", "2017-08", "facing", "internal_support", [
                "Logged and resolved calls from council staff; account, printer and laptop issues"]),
            E("Apprentice IT Technician", "Ryburn Computer Services", "Ryburn Vale", "2013-09", "2015-07", "facing", "other_facing", [
                "Repaired and rebuilt PCs in the workshop",
                "Carried out home visits to set up PCs and broadband for customers"], et="internship"),
        ]),
        ("s", "Qualifications", ["CCNP Enterprise (2022), CCNA (2016)", "Level 3 IT Apprenticeship (2015)", "BTEC National Diploma in IT"]),
        ("s", "Interests", ["Home lab, mountain biking, fixing old radios"]),
    ]))

# ------------------------------------------------------------------ w010
A(dict(
    id="w010", r="html", hdr="orgfirst", ds="mon", pw="Present", bul="•",
    fam="US solutions engineer, HTML résumé, employer heading with several roles beneath, earlier developer and teaching assistant",
    name="Rafael Domínguez-Hart", headline="Senior Solutions Engineer — Analytics & Data Platforms",
    contact=["Bluebonnet Crossing, TX", "(512) 555-0183", "rafa.dh@mailbox.com"],
    body=[
        ("s", "Summary", ["Engineer-turned-solutions engineer. I build the demo, answer the hard technical questions and stay on "
                          "the deal until the proof of concept is signed off."]),
        ("e", "Experience", [
            E("Senior Solutions Engineer", "Brightloom Analytics", "Bluebonnet Crossing, TX (remote)", "2022-01", "present",
              "facing", "sales_account", [
                  "Partner with account executives on 30+ enterprise deals a year; discovery calls, tailored demos and POCs",
                  "Answer security questionnaires and RFP technical sections",
                  "Win rate on deals with a POC: 58%"]),
            E("Sales Engineer", "Corvid Security Systems", "Mesquite Hollow, TX", "2019-04", "2021-12", "facing", "sales_account", [
                "Ran product demonstrations and pilot installs for prospective customers",
                "Trained channel partners on the product"]),
            E("Software Developer", "Corvid Security Systems", "Mesquite Hollow, TX", "2016-07", "2019-03", "affecting", None, [
                "Built features in the customer-facing admin console (React, TypeScript)",
                "Fixed bugs reported by customers through support"]),
            E("Graduate Teaching Assistant", "Lone Prairie State University", "Bluebonnet Crossing, TX", "2014-08", "2016-05",
              "facing", "education", ["Led lab sections for Intro to Programming (two sections of 30 students); office hours and grading"],
              sec="other"),
        ]),
        ("s", "Education", ["M.S. Computer Science, Lone Prairie State University, 2016", "B.S. Computer Engineering, 2014"]),
        ("s", "Skills", ["SQL, Python, Snowflake, dbt, Tableau, REST APIs, Salesforce, Gong, security reviews (SOC 2)"]),
    ]))

# ------------------------------------------------------------------ w011
A(dict(
    id="w011", r="docx", lay="header", hdr="title_org", ds="mon", pw="Present", bul="-",
    fam="Irish desktop support engineer, name and contact in the Word page header, school IT technician, phone repair bench job, coding club volunteer",
    name="Ciarán Mulvihill", headline="Desktop Support Engineer",
    contact=["Ballymoran Cross, Co. Meath", "087 555 0139", "ciaran.mulvihill@mailbox.ie"],
    body=[
        ("s", "Personal Statement", ["Desktop support engineer with eight years of hands-on support in pharma, education and repair. "
                                     "I like a good ticket queue and a user who leaves happier than they came."]),
        ("e", "Work Experience", [
            E("Desktop Support Engineer", "Liffeyside Pharma Ltd", "Rathmoyle Bridge, Co. Dublin", "2021-10", "present",
              "facing", "internal_support", [
                  "Second-line desk-side support for 900 users on site, including lab and production staff",
                  "Intune and Autopilot rollout of Windows 11; trained users at drop-in clinics",
                  "Look after meeting-room AV and the VIP support rota"]),
            E("IT Technician", "St. Declan's Community College", "Ballymoran Cross, Co. Meath", "2018-09", "2021-09",
              "facing", "internal_support", [
                  "Supported 70 teachers and 800 students: classroom projectors, laptops, exam-hall PCs",
                  "Ran the move to Teams during the 2020 closures and helped teachers set up online classes"]),
            E("Repair Technician", "FoneFix Dunmara", "Dunmara Quay, Co. Louth", "2016-05", "2018-08", "affecting", None, [
                "Replaced screens, batteries and charging ports at the bench",
                "Repairs were booked in and handed back by the counter staff"]),
            E("Code Club Mentor", "Ballymoran Library Coding Club", "Ballymoran Cross, Co. Meath", "2019-01", "2021-06",
              "facing", "volunteering", ["Saturday Scratch and Python sessions for 9–14 year olds"], sec="volunteer", et="volunteer"),
        ]),
        ("s", "Education & Training", ["Higher Certificate in Computing, Dunmara Institute of Technology (2016)",
                                       "Microsoft 365 Certified: Endpoint Administrator Associate (2023)"]),
        ("s", "References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w012
A(dict(
    id="w012", r="rl", lay="twocol", hdr="title_org", ds="month", pw="Present", bul="•", paper="letter", fs=10.5,
    footer="Lorraine Abernathy-Cole  |  Page {n} of 2",
    fam="US IT manager at a logistics firm, 2-page reportlab résumé with two-column header and page footer, year-only older jobs",
    name="Lorraine Abernathy-Cole", headline="IT Manager · Infrastructure & End-User Services",
    contact=["Tallow Creek, TN 38118", "(901) 555-0127", "lorraine.ac@mailbox.com", "linkedin.com/in/lorraineac"],
    body=[
        ("s", "Professional Summary", ["IT manager with almost twenty years in technology, from installing cable in living rooms to "
                                       "running infrastructure and end-user services for a 600-person logistics company. Budget owner, "
                                       "vendor negotiator, and still the person executives call when their laptop dies before a board meeting."]),
        ("s", "Core Competencies", ["- Team leadership and hiring (6 direct reports)", "- Vendor and contract management",
                                    "- Microsoft 365, Azure AD, VMware, Meraki", "- Budgeting ($2.3M annual)", "- ITIL incident and change"]),
        ("e", "Professional Experience", [
            E("IT Manager", "Greyhaven Logistics", "Tallow Creek, TN", "2019-03", "present", "facing", "internal_support", [
                "Lead a team of six covering service desk, infrastructure and warehouse scanning devices",
                "Own the IT budget and renegotiated the carrier and copier contracts (saving $180K a year)",
                "Personally handle VIP support for the executive team and escalations from warehouse supervisors",
                "Delivered the move of 14 sites to Microsoft 365 and Intune"]),
            E("Systems Engineer", "Greyhaven Logistics", "Tallow Creek, TN", "2015-06", "2019-02", "none", None, [
                "Built and maintained the VMware cluster, Active Directory and backup systems",
                "Rolled out Meraki networking to 14 distribution sites",
                "Wrote PowerShell automation for account provisioning"]),
            E("Help Desk Analyst", "Bluff City Medical Group", "Tallow Creek, TN", "2012-01", "2015-05", "facing", "internal_support", [
                "Phone and desk-side support for 400 clinic staff, including the EHR and label printers",
                "Trained front-office staff on the new scheduling system"]),
        ]),
        ("break",),
        ("e", "", [
            E("Computer Sales Associate", "Delta TechMart", "Southfork, MS", "2009-06", "2011-12", "facing", "in_person_service", [
                "Helped customers choose computers and printers; set up new machines at the service counter"]),
            E("Cable Installer", "Riverline Cable", "Southfork, MS", "2007", "2009", "facing", "other_facing", [
                "Installed cable TV and internet in customers' homes and showed them how to use the equipment"], prec="year"),
        ]),
        ("s", "Education", ["B.S. Information Systems, Mid-South Valley University (evening program), 2014",
                            "Certificate in Computer Technology, Southfork Technical Institute, 2007"]),
        ("s", "Certifications", ["ITIL 4 Foundation · Microsoft 365 Certified: Enterprise Administrator Expert · CompTIA Security+"]),
        ("s", "Professional Affiliations", ["Member, Tallow Creek Chapter of the Association of IT Professionals (2016 – Present)"]),
        ("s", "References", ["Professional references available upon request."]),
    ]))

# ------------------------------------------------------------------ w013
A(dict(
    id="w013", r="txt", hdr="orgfirst", ds="MON", pw="PRESENT", bul="*", hstyle="eq", pad=52,
    fam="Philippine BPO résumé pasted as text, employer headings in capitals with roles beneath, chat support then call-quality analyst",
    name="Kristine Joy B. Dimaculangan", headline="Technical Support / Quality Analyst (Non-Voice & Voice)",
    contact=["Brgy. Talisay Norte, San Lorenzo City", "0917 555 0164", "kjdimaculangan@mailbox.ph"], stack=True, upname=True,
    body=[
        ("s", "Career Objective", ["To grow as a quality and support professional in a company that values clear communication and customer experience."]),
        ("e", "Work Experience", [
            E("Quality Analyst", "HIRAYA OUTSOURCING INC.", "San Lorenzo City", "2024-06", "present", "affecting", None, [
                "Audit 60 chat and e-mail transactions a week for a US invoicing-software account",
                "Run calibration sessions with team leads and coach agents on their scores"]),
            E("Technical Support Representative (Chat/Email)", "HIRAYA OUTSOURCING INC.", "San Lorenzo City", "2022-08", "2024-05",
              "facing", "digital_service", [
                  "Handled 3 to 4 concurrent chats from small-business users of invoicing software",
                  "Troubleshot bank-feed and login issues; escalated bugs with screenshots and steps"]),
            E("Customer Service Representative", "BAYANIHAN CONTACT SOLUTIONS", "Mandaya City", "2020-02", "2022-07",
              "facing", "contact_center", [
                  "Inbound voice account for a US telecom: billing, plan changes and device troubleshooting",
                  "Average handle time within target 11 of 12 months"]),
            E("Data Encoder", "LUZVIMINDA TRADING", "San Lorenzo City", "2018-10", "2020-01", "none", None, [
                "Encoded delivery receipts and inventory counts into the system"]),
            E("Service Crew", "KUSINA NI LOLA RESTAURANT", "San Lorenzo City", "2016-06", "2018-09", "facing", "in_person_service", [
                "Took orders at the counter and served dine-in customers (part-time while studying)"]),
        ]),
        ("s", "Education", ["Bachelor of Science in Information Technology", "Visayan Coast State College, 2018"]),
        ("s", "Skills", ["* Zendesk, Freshdesk, Google Workspace", "* Typing speed 65 wpm", "* Excellent written English"]),
        ("s", "Character References", ["Ma. Cristina Lopez - Operations Manager, Hiraya Outsourcing Inc. - 0918 555 0101"]),
    ]))

# ------------------------------------------------------------------ w014
A(dict(
    id="w014", r="docx", lay="sidebar", hdr="title_org", ds="mon", pw="Current", bul="•", sidehex="E2EFDA",
    fam="Kenyan customer success associate, Word two-column layout table with shaded sidebar, SDR role, ICT internship, mobile-money agent",
    name="Wanjiru Kamau-Odhiambo", headline="Customer Success · SaaS for SMEs",
    contact=["Kiambaa Heights, Kenya", "+254 712 555 019", "wanjiru.ko@mailbox.co.ke"],
    body=[
        ("side", "Skills", ["- HubSpot CRM", "- WhatsApp Business", "- Excel / Google Sheets", "- Onboarding & training"]),
        ("side", "Languages", ["English, Kiswahili, Gikuyu"]),
        ("side", "Education", ["BSc Business Information Technology, Ngong Ridge University (2021)"]),
        ("s", "Profile", ["Customer success associate helping small businesses get real value from accounting software."]),
        ("e", "Work Experience", [
            E("Customer Success Associate", "Mavuno Cloud Ltd", "Kiambaa Heights", "2023-02", "present", "facing", "sales_account", [
                "Onboard 25–30 new SME customers a month by video call and WhatsApp",
                "Monitor usage and call at-risk accounts; reduced 90-day churn from 14% to 9%"]),
            E("Sales Development Representative", "Mavuno Cloud Ltd", "Kiambaa Heights", "2022-01", "2023-01", "facing", "sales_account", [
                "Called and qualified inbound leads, booked demos for account executives"]),
            E("ICT Intern", "Lake Basin Water Services Board", "Ndere Bay", "2021-05", "2021-11", "facing", "internal_support", [
                "Set up staff e-mail accounts and fixed printer and network issues for office staff"], et="internship"),
            E("Mobile Money Agent Assistant", "Baraka Agencies", "Kiambaa Heights", "2019-01", "2021-03", "facing", "in_person_service", [
                "Served customers depositing and withdrawing cash; kept the float book"]),
        ]),
        ("s", "Referees", ["Mr. Peter Njoroge, Head of Customer Success, Mavuno Cloud Ltd — 0722 555 071"]),
    ]))

# ------------------------------------------------------------------ w015
A(dict(
    id="w015", r="fpdf", lay="sidebar", hdr="dateline", ds="dot", pw="present", bul="·", sidecol=(232, 236, 244),
    fam="German backend developer in English, fpdf2 with shaded left sidebar, title / employer / dates on separate lines, freelance web work for local businesses",
    name="Jonas Krämer-Lindqvist", headline="Backend Developer (Kotlin, Go)",
    contact=["Elbhafen-Süd, Germany", "+49 151 5550 2281", "jonas.kl@mailbox.de"],
    body=[
        ("side", "Tech", ["Kotlin, Go, Java", "PostgreSQL, Kafka", "Docker, Kubernetes", "WordPress, PHP"]),
        ("side", "Languages", ["German (native)", "English (C1)", "Swedish (B2)"]),
        ("e", "Experience", [
            E("Backend Developer", "Nordlicht Mobility GmbH", "Elbhafen-Süd", "2022-04", "present", "none", None, [
                "Services for fleet telemetry ingestion in Kotlin and Go",
                "Reduced p95 latency of the trip API by 40%"]),
            E("Freelance Web Developer", "Self-employed", "Elbhafen-Süd", "2019-01", "2022-03", "facing", "entrepreneurial_freelance", [
                "Built and maintained websites for local businesses (a bakery, a physiotherapy practice, two architects)",
                "Met owners to scope the work and trained them on the CMS"], et="freelance"),
            E("Software Engineering Intern", "Kranich Logistik AG", "Elbhafen-Süd", "2018-03", "2018-08", "none", None, [
                "Wrote integration tests for the warehouse management system"], et="internship"),
            E("Working Student IT Support", "Elbwerft Versicherungen AG", "Elbhafen-Süd", "2017-10", "2018-12", "facing", "internal_support", [
                "Helped office staff with laptops, phones and software installs at the IT counter"], sec="other"),
        ]),
        ("s", "Education", ["B.Sc. Informatik, Hochschule Elbhafen (2019)"]),
    ]))
