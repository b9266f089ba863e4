"""Résumés w001–w015 (wild131: tech and SaaS people)."""
from lib import E

R = []

# ---------------------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf",
    family="US customer success manager from electronics retail, LinkedIn 'Save to PDF' export with grey sidebar, "
           "company first with positions below and (n years n months) durations",
    layout="reportlab, linkedin/orgfirst, month / 'Present'",
    render="rl_linkedin", opts=dict(fonts="helv", bullet="-"),
    name="Courtney Lindqvist",
    headline="Senior Customer Success Manager at Lumenbright | SaaS onboarding, renewals & adoption | ex-retail",
    location="Austin, Texas, United States",
    contact=["www.linkedin.com/in/courtney-lindqvist-cs (LinkedIn)", "courtney.lindqvist@example.com"],
    side=[
        ("Contact", ["courtney.lindqvist@example.com", "www.linkedin.com/in/courtney-lindqvist-cs (LinkedIn)"]),
        ("Top Skills", ["Customer Onboarding", "Gainsight", "Renewal Management"]),
        ("Languages", ["Spanish (Limited Working)", "English (Native or Bilingual)"]),
        ("Certifications", ["Certified Customer Success Manager (CCSM) Level 1",
                            "Gainsight Admin Fundamentals", "Salesforce Certified Associate"]),
    ],
    date=("month", "Present", " - "),
    body=[
        ("para", "Summary",
         "I started out on a store floor selling phones, and I still think the best customer success work looks a "
         "lot like good retail: know the person, know what they came in for, and follow up. Seven years in "
         "customer-facing roles, the last five in B2B SaaS. I like messy onboarding projects and accounts that "
         "everyone else has written off."),
        ("exp", "Experience", [
            E("Senior Customer Success Manager", "Lumenbright Software", "Austin, Texas, United States",
              "2025-03", "present", "facing", "sales_account", [
                  "Own a book of 38 mid-market accounts (about $4.1M ARR) and run quarterly business reviews "
                  "with their operations leaders",
                  "Lead renewal conversations and hand expansion opportunities to the account executives",
                  "Wrote the health-score playbook the rest of the CS team now works from",
              ]),
            E("Customer Success Manager", "Lumenbright Software", "Austin, Texas, United States",
              "2023-07", "2025-02", "facing", "sales_account", [
                  "Looked after 60+ SMB customers once they finished onboarding.",
                  "Weekly check-in calls, adoption plans, and first stop for escalations before they went to "
                  "support.",
                  "Gross retention on my book: 94%.",
              ], prose=True),
            E("Onboarding Specialist", "Trellisdesk", "Remote",
              "2021-10", "2023-06", "facing", "digital_service", [
                  "Ran kickoff and configuration calls with new customers over Zoom",
                  "Moved customer data out of spreadsheets and legacy help desks into Trellisdesk",
                  "Averaged 21 days to go-live against a 30-day target",
              ]),
            E("Mobile Sales Lead", "Circuit & Co.", "Round Rock, Texas, United States",
              "2019-04", "2021-09", "facing", "in_person_service", [
                  "Sold phones, tablets and carrier plans; set up and transferred data on new devices for customers",
                  "Scheduled the mobile counter and coached four associates on attach rates",
              ]),
            E("Sales Associate", "Circuit & Co.", "Round Rock, Texas, United States",
              "2017-06", "2019-03", "facing", "in_person_service", []),
        ]),
        ("lines", "Education", [
            "Hill Country State University",
            "Bachelor of Arts - BA, Communication Studies · (2013 - 2017)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx",
    family="UK second-line IT support engineer from a supermarket, Word heading styles, List Bullet, right tab-stop "
           "dates, certifications and a named referee",
    layout="docx, styles/title_org, mon / 'Present'",
    render="docx", opts=dict(mode="styles", order="title_org", hstyle="Heading 1", font="Calibri", a4=True),
    name="Ryan Ashworth",
    headline="2nd Line Support Engineer – Microsoft 365, Intune, Active Directory",
    contact=["Leeds LS6", "07700 900418", "ryan.ashworth@example.co.uk", "linkedin.com/in/ryan-ashworth-it"],
    date=("mon", "Present", " – "),
    body=[
        ("para", "Profile",
         "Friendly, patient support engineer with four years on IT service desks after a few years on the tills. "
         "Happiest when I'm at someone's desk sorting the problem properly rather than closing the ticket. "
         "Working towards Azure Administrator."),
        ("exp", "Employment History", [
            E("2nd Line Support Engineer", "Kestrel Valley Housing Group", "Leeds", "2024-04", "present",
              "facing", "internal_support", [
                  "Pick up escalations from the service desk for 1,100 staff across head office and 14 estate offices",
                  "Desk-side and site visits to fix laptops, docks and printers, and talk people through what went "
                  "wrong so it doesn't come back",
                  "Intune/Autopilot builds for new starters; Active Directory and Exchange Online admin",
                  "Written 40+ knowledge articles in TOPdesk",
              ]),
            E("Service Desk Analyst", "Arkwright Managed IT", "Bradford", "2022-01", "2024-03",
              "facing", "contact_center", [
                  "First-line phone, email and portal support for 30 client businesses (solicitors, dental "
                  "practices, a builders' merchant)",
                  "Logged, triaged and resolved tickets in ConnectWise within SLA – passwords, MFA resets, Outlook, VPN",
                  "Analyst of the Quarter twice for CSAT",
              ]),
            E("Customer Assistant (part-time)", "Fairbrook's Supermarket", "Headingley, Leeds", "2019-09", "2021-12",
              "facing", "in_person_service", [
                  "Checkouts, customer service desk and home-delivery queries",
                  "Showed new starters how to use the tills",
              ]),
            E("Warehouse Picker (agency, nights)", "Aire Valley Distribution", "Leeds", "2018-10", "2019-08",
              "affecting", None, [
                  "Picked and packed online grocery orders for next-morning delivery",
              ]),
        ]),
        ("exp", "Volunteering", [
            E("Digital Buddy", "Headingley Community Library", "Leeds", "2023", "present",
              "facing", "volunteering", [
                  "Saturday drop-in helping older residents with tablets, email, the NHS App and spotting scam texts",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Certifications", [
            "CompTIA A+ (2021)",
            "ITIL 4 Foundation – June 2023",
            "Microsoft 365 Certified: Endpoint Administrator Associate – 2025",
        ]),
        ("lines", "Education", [
            "Leeds Northern College – BTEC Level 3 Extended Diploma in IT (2017 – 2019)",
        ]),
        ("lines", "References", [
            "Karen Doyle, Service Desk Manager, Arkwright Managed IT – details on request",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w003
R.append(dict(
    file="w003.md",
    family="Indian backend engineer in fintech, GitHub-flavoured Markdown with shields badges, summary table, "
           "'Title @ Company' headings and code-span dates; projects and a student TA role",
    layout="md, gfm/at, mon / 'Present'",
    render="md", opts=dict(style="at", summary_table=True, badges=[
        "![Java](https://img.shields.io/badge/Java-17-blue)",
        "![Spring Boot](https://img.shields.io/badge/Spring%20Boot-3-green)",
        "![Kafka](https://img.shields.io/badge/Kafka-ops-black)",
    ]),
    name="Karthik Raghunathan",
    headline="Backend engineer · payments & reconciliation · Bengaluru",
    contact=["karthik.r.dev@example.in", "+91 98450 00312", "github.com/karthik-r-dev", "Bengaluru, KA"],
    date=("mon", "Present", " - "),
    body=[
        ("para", "About",
         "6 years building backend services in Java and Python. I care about boring, correct money movement: "
         "idempotent APIs, reconciliation that finishes before the ops team logs in, and alerts that mean something."),
        ("exp", "Experience", [
            E("Senior Software Engineer", "Paysetu Technologies", "Bengaluru", "2023-01", "present",
              "affecting", None, [
                  "Own the settlement and reconciliation service (Java 17, Spring Boot, PostgreSQL) that matches "
                  "~2M UPI transactions a day for merchants",
                  "Cut nightly reconciliation from 3 h to 40 min by partitioning tables and batching writes",
                  "On-call one week in six; write the postmortems for P1 incidents",
                  "Mentor two SDE-1s and run the backend guild's monthly design review",
              ]),
            E("Software Engineer", "Quillbyte Labs", "Bengaluru", "2020-07", "2022-12", "affecting", None, [
                "Built shipment-tracking microservices for a logistics SaaS used by 300+ D2C brands",
                "Designed the Kafka-based webhook retry queue that pushes delivery status to brands' storefronts",
                "Raised integration-test coverage from 41% to 78%",
            ]),
            E("Software Engineering Intern", "Kaveri Analytics", "Chennai", "2020-01", "2020-06", "none", None, [
                "Python ETL jobs loading sales data into the internal reporting warehouse",
                "Automated a weekly Excel pack for the finance team",
            ], etype="internship"),
        ]),
        ("exp", "Positions of responsibility", [
            E("Teaching Assistant – Data Structures Lab", "Dept. of CSE, Nandi Hills Institute of Technology",
              "Bengaluru", "2018-08", "2019-12", "facing", "education", [
                  "Ran weekly lab sessions for 60 second-year students and cleared doubts in office hours (stipend)",
                  "Graded lab records and viva",
              ], section="other"),
        ]),
        ("list", "Projects", [
            "**ledgerlite** (2021) — double-entry bookkeeping CLI in Rust, 300 ⭐",
            "**upi-mock** (2023) — a fake UPI switch for load-testing settlement flows",
            "Contributed a pagination fix to an open-source Spring Data extension (2022)",
        ]),
        ("list", "Education & certifications", [
            "B.E. Computer Science & Engineering — Nandi Hills Institute of Technology, Bengaluru (2016 – 2020), "
            "CGPA 8.6/10",
            "AWS Certified Developer – Associate (2022)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf",
    family="Polish L2 technical support engineer from a German-language helpline, fpdf2 two-column with shaded "
           "left sidebar (contact, skills, languages, education), mm.yyyy dates, a summer café job",
    layout="fpdf2, twocol/title_org, mm.yyyy / 'present'",
    render="fpdf", opts=dict(twocol=True, header="title_org", bullet="•", family="sans", accent=(30, 80, 120),
                             caps=True, fs=9.2),
    name="Agnieszka Wróbel",
    headline="Technical Support Engineer (L2) · SaaS · English C2 / German B2",
    contact=["Kraków, Poland", "+48 512 000 347", "a.wrobel.support@example.pl"],
    side=[
        ("Contact", ["Kraków, Poland", "+48 512 000 347", "a.wrobel.support@example.pl",
                     "linkedin.com/in/awrobel-support"]),
        ("Skills", ["Jira Service Management", "Zendesk", "SQL (PostgreSQL)", "REST APIs, Postman", "Datadog, Kibana",
                    "Bug reproduction & reporting"]),
        ("Languages", ["Polish – native", "English – C2", "German – B2 (Goethe-Zertifikat, 2019)"]),
        ("Education", ["MA English Philology", "Małopolska University, Kraków", "2016 – 2018",
                       "BA German Studies, same, 2013 – 2016"]),
        ("Certificates", ["ITIL 4 Foundation (2022)", "Zendesk Support Admin (2021)"]),
    ],
    date=("mm.yyyy", "present", " – "),
    body=[
        ("para", "Profile",
         "Support engineer who likes the tickets nobody else wants. Five years helping customers on the phone, "
         "in chat and by e-mail, the last three on a technical queue where I read logs, query databases and write "
         "bug reports developers actually like."),
        ("exp", "Experience", [
            E("Technical Support Engineer (L2)", "Vantora Cloud sp. z o.o.", "Kraków (hybrid)", "2023-03", "present",
              "facing", "digital_service", [
                  "Work the L2 queue for a cloud invoicing platform: API errors, failed integrations, data "
                  "discrepancies",
                  "Reproduce issues in staging, check logs in Datadog and write clear bug reports for the dev team",
                  "Get on screen-share calls with customers' admins when a ticket gets complicated",
                  "Cover the live chat rota two afternoons a week",
              ]),
            E("Customer Support Specialist (German/English)", "Brightlane Business Services", "Kraków",
              "2020-09", "2023-02", "facing", "contact_center", [
                  "Inbound calls and e-mails from German-speaking customers of a consumer electronics brand",
                  "Warranty claims, RMA processing, order tracking",
                  "CSAT above 90% most months; buddy for new joiners",
              ]),
            E("Junior QA Tester", "Piksel Games", "Kraków", "2019-07", "2020-08", "affecting", None, [
                "Manual testing of mobile puzzle games on 30+ Android and iOS devices",
                "Logged bugs in Jira with repro steps and screen recordings",
                "Checked the German and Polish localisation strings before release",
            ]),
            E("Barista (seasonal)", "Kawiarnia Pod Zegarem", "Zakopane", "Summer 2017", None,
              "facing", "in_person_service", [
                  "Espresso drinks, cakes and the till in a busy café on the main street",
              ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------- w005
R.append(dict(
    file="w005.txt",
    family="US call-centre rep turned school-district IT technician, ATS plain text with pipe-separated job lines, "
           "National Guard service in its own section",
    layout="txt, ats/pipe, mm/yyyy / 'Present'",
    render="txt", opts=dict(style="ats", bullet="*"),
    name="Marcus Delgado",
    headline="IT Support Technician | CompTIA A+ | Bilingual English/Spanish",
    contact=["Tucson, AZ 85705", "(520) 555-0187", "marcus.delgado.it@example.com"],
    date=("mm/yyyy", "Present", " - "),
    body=[
        ("para", "Summary",
         "IT support technician with two years in K-12 and three years of phone support before that. Good at "
         "explaining tech to people who are in a hurry. Veteran, Arizona Army National Guard."),
        ("list", "Certifications", [
            "CompTIA A+ - 03/2024",
            "CompTIA Network+ - in progress, exam booked 01/2027",
        ]),
        ("exp", "Experience", [
            E("IT Support Technician", "Saguaro Valley School District", "Tucson, AZ", "2024-08", "present",
              "facing", "internal_support", [
                  "Resolve tickets from about 900 teachers and staff across 11 campuses in Incident IQ",
                  "Image and repair Chromebooks; run the student device swap table at the start of each term",
                  "Set up classroom projectors and document cameras and show teachers how to use them",
              ]),
            E("Customer Care Representative", "Northstar Wireless", "Tucson, AZ", "2021-05", "2024-07",
              "facing", "contact_center", [
                  "Handled 60-70 inbound calls a day: billing, plan changes, device troubleshooting",
                  "Walked customers through APN settings, SIM swaps and voicemail setup",
                  "Hit first-call-resolution goal 10 of 12 months in 2023",
              ]),
            E("Order Processing Clerk", "Desert Bloom Catalog Co.", "Tucson, AZ", "2019-02", "2021-04",
              "affecting", None, [
                  "Keyed mail and fax orders into the order system",
                  "Fixed address and payment errors before orders were released to the warehouse",
              ]),
            E("Cashier", "Fiesta Foods", "Tucson, AZ", "2015", "2018", "facing", "in_person_service", []),
        ]),
        ("exp", "Military Service", [
            E("Signal Support Systems Specialist (25U)", "Arizona Army National Guard", "Phoenix, AZ",
              "2014-06", "2020-06", "none", None, [
                  "Installed and maintained vehicle radios and COMSEC equipment for the battalion",
                  "Drilled one weekend a month and two weeks each summer; Honorable discharge, SPC",
              ], etype="military"),
        ]),
        ("lines", "Education", [
            "A.A.S. Information Technology - Pima Valley Community College - 2022 - 2024",
            "Tucson High Magnet School - Diploma - 2014",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w006
R.append(dict(
    file="w006.docx",
    family="Mexican bilingual customer success manager from a BPO, Word two-column layout table with shaded "
           "sidebar and a nested skills table, full month names",
    layout="docx, sidebar/title_org, month / 'Present'",
    render="docx", opts=dict(mode="sidebar", order="title_org", hstyle="Heading 2", font="Arial", size=10,
                             nested_skills=True, side_fill="E4EEF2", margin=1.5),
    name="Mariana Castañeda Ruiz",
    headline="Bilingual Customer Success Manager (ES/EN) · SaaS · Guadalajara, Mexico",
    contact=["Zapopan, Jalisco", "+52 33 0000 4127", "mariana.castaneda@example.mx"],
    side=[
        ("Tools", ["Gainsight", "HubSpot", "Zendesk", "Jira", "Looker", "Slack"]),
        ("Languages", ["Spanish – native", "English – C1 (TOEFL iBT 104, 2020)", "Portuguese – basic"]),
        ("Education", ["Lic. en Administración de Empresas", "Universidad Tapatía de Negocios", "2014 – 2018"]),
    ],
    date=("month", "Present", " – "),
    body=[
        ("exp", "Experience", [
            E("Customer Success Manager", "Nubefy Inc.", "Remote (US company)", "2024-02", "present",
              "facing", "sales_account", [
                  "Portfolio of 45 LATAM and US-Hispanic accounts on the Growth plan",
                  "Run onboarding, quarterly business reviews and renewal calls in Spanish and English",
                  "Brought churn in my book down from 11% to 6% with day-30/60/90 adoption check-ins",
              ]),
            E("Bilingual Technical Support Specialist", "Contacto Global BPO", "Guadalajara, Jal.",
              "2021-06", "2024-01", "facing", "contact_center", [
                  "Inbound calls and chats from US customers of an internet provider: modems, Wi-Fi, billing",
                  "Remote diagnostics and line tests; scheduled technician visits",
                  "Top 10% for quality and handle time on the Spanish queue",
              ]),
            E("Community Moderator (part-time)", "Pixelforja Studio", "Remote", "2020-01", "2021-05",
              "facing", "digital_service", [
                  "Moderated the Spanish-language Discord and forums for the studio's online card game (40k members)",
                  "Answered player questions about accounts and purchases and passed bugs to the developers",
                  "Ran the weekly community tournaments",
              ]),
            E("Sales Floor Associate", "Electrónica Tapatía", "Guadalajara, Jal.", "2017-07", "2019-12",
              "facing", "in_person_service", [
                  "Helped shoppers choose laptops, phones and TVs and explained extended warranties",
                  "Set up promo displays",
              ]),
            E("Data Entry Intern", "Grupo Nodo Logístico", "Tlaquepaque, Jal.", "2016-08", "2017-05", "none", None, [
                "Captured supplier invoices and freight documents into SAP",
            ], etype="internship"),
        ]),
        ("list", "Courses", [
            "Customer Success Fundamentals – online course (2023)",
            "SQL for Business Users (2022)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w007
R.append(dict(
    file="w007.pdf",
    family="Indian technical account manager, LinkedIn profile printed from the browser (logo squares, "
           "'Apr 2024 - Present · 2 yrs 8 mos', print header/footer), volunteering and licences sections",
    layout="reportlab, liweb/orgfirst, mon / 'Present'",
    render="rl_liweb", opts=dict(fonts="helv", url="https://www.linkedin.com/in/sneha-kulkarni-tam/",
                                 print_stamp="14/10/2026, 09:30", logo="#7a9cc6"),
    name="Sneha Kulkarni",
    headline="Technical Account Manager at Zentrix Cloud | Enterprise SaaS | ITIL | ex-Support Engineer",
    location="Pune, Maharashtra, India",
    contact=["sneha.kulkarni.tam@example.in"],
    date=("mon", "Present", " - "),
    body=[
        ("para", "About",
         "7+ years on the customer side of enterprise software: support engineer, senior support engineer, now "
         "TAM for banks and insurers. I translate between customer IT teams and our engineers and make sure "
         "nothing falls through the gaps."),
        ("exp", "Experience", [
            E("Technical Account Manager", "Zentrix Cloud Solutions", "Pune, Maharashtra, India",
              "2024-04", "present", "facing", "sales_account", [
                  "Trusted technical advisor for 9 enterprise customers (banks and insurers) on the Zentrix "
                  "observability platform",
                  "Monthly service reviews and quarterly roadmap sessions with customer IT heads",
                  "Own escalations end to end: pull in engineering, write the RCA and present it to the customer",
              ], extra=dict(emp="Full-time", mode="Hybrid",
                            skills=["Technical Account Management", "Stakeholder Management"])),
            E("Senior Support Engineer", "Zentrix Cloud Solutions", "Pune, Maharashtra, India",
              "2022-10", "2024-03", "facing", "digital_service", [
                  "P1/P2 tickets from enterprise customers over e-mail, the portal and Zoom bridges",
                  "Reviewed L1 tickets and coached 5 engineers",
              ], extra=dict(skills=["Zendesk", "Kubernetes"])),
            E("Support Engineer", "Infoloom Systems", "Mumbai, Maharashtra, India", "2019-06", "2022-09",
              "facing", "contact_center", [
                  "Phone and e-mail support for hospital IT teams using the Infoloom HMS",
                  "Installed patches at client hospitals during go-lives",
                  "Wrote SOPs for the L1 desk",
              ], extra=dict(emp="Full-time", mode="On-site")),
            E("Network Operations Trainee", "Konkan Telelink", "Navi Mumbai, Maharashtra, India", "2019-01",
              "2019-05", "none", None, [
                  "Monitored network alarms on the NOC dashboard and raised tickets for field teams",
              ], etype="internship", extra=dict(emp="Internship")),
        ]),
        ("exp", "Volunteering", [
            E("Volunteer Trainer", "Vidya Setu Trust", "Pune", "2021-01", "2022-12", "facing", "volunteering", [
                "Weekend computer-basics classes for women from self-help groups",
            ], section="volunteer", etype="volunteer", extra=dict(emp="Education")),
        ]),
        ("lines", "Education", [
            "Deccan Plateau Institute of Technology",
            "Bachelor of Engineering - BE, Information Technology",
            "2015 - 2019",
        ]),
        ("lines", "Licenses & certifications", [
            "ITIL® 4 Foundation — AXELOS · Issued Aug 2021",
            "AWS Certified Cloud Practitioner · Issued Jan 2023",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w008
R.append(dict(
    file="w008.docx",
    family="UK senior product manager in health tech, contact in the Word page header, page-number footer, "
           "'Title | Employer | Place' lines with tab-stop dates written 'June 2023 to present', placement year",
    layout="docx, header/pipe, month / 'present'",
    render="docx", opts=dict(mode="styles", order="pipe", hstyle="Heading 1", header_contact=True,
                             footer="Eleanor Mabey — CV — page", footer_page=True, font="Georgia", size=10, a4=True),
    name="Eleanor Mabey",
    headline="Senior Product Manager · digital health, fintech · discovery-led",
    contact=["London SE15", "07700 900233", "eleanor.mabey@example.co.uk"],
    date=("month", "present", " to "),
    body=[
        ("para", "Profile",
         "Product manager with nine years in product and analysis roles. I run discovery properly, write "
         "things down, and get teams shipping in small slices."),
        ("list", "Key skills", [
            "Discovery and usability testing; roadmapping and OKRs",
            "Jira, Productboard, Amplitude, Figma (reading, not drawing)",
            "Comfortable with SQL and APIs",
        ]),
        ("exp", "Career history", [
            E("Senior Product Manager", "Fernleigh Health", "London (hybrid)", "2023-06", "present",
              "affecting", None, [
                  "Lead the patient-booking product (web and NHS App integration) with two squads",
                  "Plan and run discovery: interviews with GP practice managers and usability tests with patients, "
                  "synthesised into the roadmap",
                  "Cut failed booking journeys by 23% after redesigning the slot finder",
                  "Write PRDs, prioritise the backlog and report OKRs to the leadership team",
              ]),
            E("Product Manager", "Ledgerline", "Bristol", "2020-09", "2023-05", "facing", "sales_account", [
                "Owned bank feeds and reconciliation for 40,000 small-business users",
                "Ran the customer advisory board (12 accounting firms) and joined renewal calls with our largest "
                "partner practices to deal with their feature escalations",
                "Shipped Open Banking feeds for eight UK banks",
            ]),
            E("Business Analyst", "Thornbury Mutual Insurance", "Bristol", "2017-08", "2020-08", "none", None, [
                "Mapped the claims process with handlers and team leaders; wrote user stories for the new "
                "claims platform",
                "UAT planning and defect triage",
            ]),
            E("Year in Industry – Marketing Assistant", "Calder Foods Ltd", "Halifax", "2015-07", "2016-06",
              "affecting", None, [
                  "Updated product pages and recipe content on the website",
                  "Pulled sales data together for brand reviews",
              ], etype="internship"),
            E("Barista (part-time)", "Cuppa Corner", "Huddersfield", "2013", "2015", "facing", "in_person_service", []),
        ]),
        ("lines", "Education", [
            "University of the North Pennines — BSc Business Management with placement year, 2013–2017 (2:1)",
        ]),
        ("list", "Certifications", [
            "BCS Foundation Certificate in Business Analysis (2018)",
            "Product Management Certificate, online (2021)",
        ]),
        ("lines", "Referees", [
            "Dr Hannah Greaves, Chief Product Officer, Fernleigh Health",
            "Owen Pratt, Head of Product, Ledgerline",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w009
R.append(dict(
    file="w009.pdf",
    family="US senior solutions engineer (pre-sales) from network administration, reportlab two-column with "
           "shaded left sidebar (contact, skills, certifications with years, education), abbreviated months",
    layout="reportlab, twocol/title_org, mon. / 'Present'",
    render="rl_twocol", opts=dict(side="left", accent="#2b4c3f", light="#e6efe9", header="title_org",
                                  bullet="•", name_in_side=True),
    name="Jordan Whitfield-Ames",
    headline="Senior Solutions Engineer — data platforms, security, technical pre-sales",
    contact=["Seattle, WA", "(206) 555-0129", "jordan.wa@example.com"],
    side=[
        ("Contact", ["Seattle, WA", "(206) 555-0129", "jordan.wa@example.com"]),
        ("Skills", ["Discovery & demo design", "Proof-of-concept scoping", "SQL, Python, Terraform",
                    "Security questionnaires & RFPs", "SSO/SAML, SCIM"]),
        ("Certifications", ["SnowPro Core — 2023", "CCNA — 2015 (lapsed)", "AWS Solutions Architect Assoc. — 2021"]),
        ("Education", ["B.S. Information Systems", "Cascade Pacific University", "2010 – 2014"]),
    ],
    date=("mon.", "Present", " – "),
    body=[
        ("exp", "Experience", [
            E("Senior Solutions Engineer", "Quarrystone Data", "Seattle, WA", "2023-01", "present",
              "facing", "sales_account", [
                  "Partner with four enterprise AEs; lead discovery, tailored demos and technical deep-dives with "
                  "prospects' data and security teams",
                  "Scope and run 30-day proofs of concept — 11 of 14 converted in FY25",
                  "Answer security questionnaires and RFPs",
                  "Bring field requirements back to product every quarter",
              ]),
            E("Sales Engineer", "Helixpoint Security", "Bellevue, WA", "2020-06", "2022-12",
              "facing", "sales_account", [
                  "Demoed the endpoint security suite to IT buyers at mid-market companies, on site and over Zoom",
                  "Built the demo environment the whole SE team reused",
              ]),
            E("Implementation Consultant", "Brightbarn HR Software", "Portland, OR", "2017-08", "2020-05",
              "facing", "other_facing", [
                  "Led 25 payroll and HRIS implementations from kickoff to go-live for customers with "
                  "200–2,000 employees",
                  "Ran configuration workshops and trained customers' HR and payroll admins on site",
                  "Converted legacy payroll data with SQL and Excel",
              ]),
            E("Network Administrator", "Marlow County Information Services", "Olympia, WA", "2014", "2017",
              "none", None, [
                  "Looked after the county's firewalls, switches and VPN concentrators.",
                  "Change windows at night; wrote the network runbooks.",
              ], prose=True),
            E("IT Help Desk Student Worker", "Cascade Pacific University", "Tacoma, WA", "2012-09", "2014-05",
              "facing", "internal_support", [
                  "Walk-up and phone support for students and faculty: Wi-Fi, e-mail, lab printers",
              ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------- w010
R.append(dict(
    file="w010.md",
    family="Brazilian QA engineer who started in e-commerce chat support, GitHub Markdown with a skills table, "
           "'### Title · Company' headings and italic mm/yyyy dates, volunteering",
    layout="md, h3/title_org, mm/yyyy / 'Current'",
    render="md", opts=dict(style="h3", skills_table=True, contact_list=True),
    name="Letícia Moura Fagundes",
    headline="QA Engineer — test automation (Cypress, Playwright), APIs, CI",
    contact=["São Paulo, SP — Brazil (open to remote)", "leticia.fagundes@example.com.br",
             "github.com/leticia-moura-qa"],
    date=("mm/yyyy", "Current", " – "),
    body=[
        ("skills", "Skills", [
            "Automation: Cypress, Playwright, Selenium WebDriver",
            "API: Postman, REST Assured, k6",
            "CI: GitHub Actions, Jenkins",
            "Languages: Portuguese (native), English (advanced), Spanish (intermediate)",
        ]),
        ("exp", "Experience", [
            E("QA Engineer", "Tucano Pay", "São Paulo (remote)", "2022-03", "present", "affecting", None, [
                "Own end-to-end test automation for the merchant dashboard (Cypress + TypeScript), ~900 tests in CI",
                "Write test plans with PMs and developers during refinement",
                "Chase flaky tests and keep the pipeline under 15 minutes",
            ]),
            E("QA Analyst", "Sertão Software", "Campinas", "2019-08", "2022-02", "affecting", None, [
                "Manual and exploratory testing of a clinic-management web app",
                "Reproduced bugs that came in through support tickets and added regression cases for them",
                "Started the team's first Selenium suite",
            ]),
            E("Customer Support Agent", "Feira Livre Online", "São Paulo", "2017-11", "2019-07",
              "facing", "digital_service", [
                  "Answered buyers and sellers by chat and e-mail about orders, refunds and deliveries",
                  "80+ tickets a day in Zendesk, 92% CSAT",
              ]),
        ]),
        ("exp", "Volunteering", [
            E("Volunteer Instructor", "Meninas.dev", "São Paulo", "2021", "2023", "facing", "volunteering", [
                "Taught Saturday intro-to-testing and HTML workshops for teenage girls from public schools",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education & certification", [
            "B.Sc. Information Systems — Centro Universitário Serra Azul (2015–2019)",
            "ISTQB® Certified Tester Foundation Level (CTFL) — 2020",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w011
R.append(dict(
    file="w011.pdf",
    family="Romanian system administrator who came up through desktop support and a French-language call centre, "
           "fpdf2 left-aligned header, employer line first with right-aligned mm/yyyy dates, volunteer IT for a shelter",
    layout="fpdf2, left/org_title, mm/yyyy / 'present'",
    render="fpdf", opts=dict(head="left", header="org_title", bullet="▪", family="sans", accent=(90, 30, 30),
                             fs=9.4, contact_sep="  ·  "),
    name="Andrei Mihăilescu",
    headline="System Administrator · Windows Server, VMware, Microsoft 365",
    contact=["Cluj-Napoca, Romania", "+40 744 000 582", "andrei.mihailescu@example.ro",
             "linkedin.com/in/andrei-mihailescu-sysadmin"],
    date=("mm/yyyy", "present", " – "),
    body=[
        ("exp", "Work experience", [
            E("System Administrator", "Carpathia Logistics SRL", "Cluj-Napoca", "2022-07", "present", "none", None, [
                "Run about 60 VMware VMs and the Windows Server estate for a 400-person logistics company",
                "Backups (Veeam), patching and Zabbix monitoring; after-hours maintenance windows",
                "Migrated the file shares to SharePoint Online",
            ]),
            E("Desktop Support Technician", "Carpathia Logistics SRL", "Cluj-Napoca", "2019-09", "2022-06",
              "facing", "internal_support", [
                  "Supported 400 office and warehouse staff: laptops, printers, handheld scanners, Outlook",
                  "Set up kit and accounts for new starters and showed them the basics on day one",
                  "Visited the three depots weekly for walk-up fixes",
              ]),
            E("Call Centre Agent – French line", "Danubia Contact Services", "Cluj-Napoca", "2016-03", "2019-08",
              "facing", "contact_center", [
                  "Calls and e-mails from French customers of an online travel agency",
                  "Changed bookings, processed refunds, helped travellers stuck at airports",
              ]),
            E("Field Technician Intern", "Someș Net", "Cluj-Napoca", "Summer 2015", None, "facing", "other_facing", [
                "Installed home internet and cable TV in customers' flats alongside a senior technician",
            ], etype="internship"),
        ]),
        ("exp", "Volunteering", [
            E("Volunteer IT Helper", "Asociația Lăbuțe Fericite (animal shelter)", "Florești", "2020", "2022",
              "affecting", None, [
                  "Set up refurbished laptops and the Wi-Fi in the shelter office",
                  "Kept the adoption website (WordPress) up to date with new animals",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", [
            "BSc Automation & Applied Informatics — Someș Technical University, 2012 – 2016",
        ]),
        ("list", "Certifications", [
            "Cisco CCNA — 2019",
            "Microsoft Certified: Azure Administrator Associate — 2023",
        ]),
        ("lines", "Languages", ["Romanian (native) · French (C1) · English (B2)"]),
    ],
))

# ---------------------------------------------------------------------------- w012
R.append(dict(
    file="w012.txt",
    family="UK retail supervisor retraining as an IT apprentice at a college help point, plain text with '====' "
           "underlined headings, employer line then title with dates, wrapped at 78 columns, named referee",
    layout="txt, plain/org_title, mon / 'Present'",
    render="txt", opts=dict(style="plain", width=78, bullet="-"),
    name="Jade Holloway",
    headline="IT Apprentice (Level 3 Infrastructure Technician) - moving from retail into IT support",
    contact=["Stockport SK4", "07700 900561", "jade.holloway@example.co.uk"],
    date=("mon", "Present", " - "),
    body=[
        ("para", "About me",
         "Nearly six years running a shop floor taught me how to stay calm with an unhappy customer and fix what "
         "can be fixed. I started an IT apprenticeship in 2025 and I love the mix of people and problem solving."),
        ("exp", "Work history", [
            E("IT Apprentice (Infrastructure Technician, Level 3)", "Brackenfield College", "Stockport",
              "2025-09", "present", "facing", "internal_support", [
                  "First point of contact at the IT help point in the library for students and staff: passwords, "
                  "Wi-Fi, printing credit",
                  "Set up and fix classroom AV before lessons start",
                  "Off-the-job training with a training provider one day a week",
              ], etype="internship"),
            E("Store Supervisor", "Haddon & Pryce", "Stockport", "2020-01", "2025-08", "facing", "in_person_service", [
                "Ran the shop floor on late shifts - rotas, breaks, till cash-up",
                "Dealt with the complaints and refunds the team couldn't sort out",
                "Looked after the click-and-collect desk",
            ]),
            E("Sales Assistant", "PhoneZone", "Manchester", "2017", "2019", "facing", "in_person_service", [
                "Phones, SIM-only deals and accessories; set up new handsets for customers in store",
            ]),
            E("Kitchen Porter", "The Plough Inn", "Heaton Moor", "2015-06", "2016-12", "affecting", None, [
                "Washing up, veg prep and keeping the kitchen clean on weekend shifts",
            ]),
        ]),
        ("exp", "Volunteering", [
            E("Tech Helper", "Silverlinks Community Centre", "Reddish", "2024-01", "present", "facing", "volunteering", [
                "Tuesday morning tech cafe for the over-60s - phones, video calls with family, online shopping",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Qualifications", [
            "Google IT Support Professional Certificate - 2024",
            "BTEC Level 3 Extended Diploma in Business - Stockport Sixth Form - 2015 - 2017",
            "GCSEs (9) including Maths and English - 2015",
        ]),
        ("lines", "Reference", [
            "Tom Barraclough, Store Manager, Haddon & Pryce Stockport - contact details on request",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w013
R.append(dict(
    file="w013.docx",
    family="Ukrainian customer support team lead from manual QA, Word with a borderless table per job (role and "
           "company left, ISO dates right), aid-hub volunteering in 2022",
    layout="docx, table/title_org, yyyy-mm / 'now'",
    render="docx", opts=dict(mode="table", order="title_org", hstyle="Heading 2", font="Segoe UI", size=9.5,
                             a4=True, center=True),
    name="Olena Kovalchuk",
    headline="Customer Support Team Lead · SaaS · EN / UA / RU",
    contact=["Lviv, Ukraine", "+380 67 000 2291", "olena.kovalchuk@example.com.ua", "Telegram @okovalchuk_cs"],
    date=("yyyy-mm", "now", " — "),
    body=[
        ("para", "Summary",
         "Support lead for a B2B SaaS with a QA background. I run a calm, fast chat team and still take the hardest "
         "conversations myself."),
        ("exp", "Experience", [
            E("Customer Support Team Lead", "Cobaltix", "Lviv / remote", "2023-06", "present", "facing",
              "digital_service", [
                  "Lead 8 agents covering live chat and e-mail 24/5 for a project-management SaaS",
                  "Take over escalated chats and angry e-mails myself; weekly QA on 5% of conversations",
                  "Built the macros and help-centre structure in Intercom",
              ]),
            E("Customer Support Specialist", "Cobaltix", "Lviv", "2021-02", "2023-05", "facing", "digital_service", [
                "Live chat and e-mail support in English, Ukrainian and Russian, around 60 conversations a day",
                "Tagged feature requests and bug reports for the product team",
            ]),
            E("Manual QA Engineer", "Stepwise Soft", "Lviv", "2019-09", "2021-01", "affecting", None, [
                "Tested a fitness-tracking mobile app; regression runs before each release",
                "Test cases in TestRail, bugs in Jira",
            ]),
            E("English Teacher (part-time)", "Speak Up Language School", "Lviv", "2017-09", "2019-06", "facing",
              "education", [
                  "Evening English classes for groups of 6–10 adults, intermediate level",
              ]),
        ]),
        ("exp", "Volunteer work", [
            E("Volunteer", "Warm Hands Aid Hub", "Lviv", "2022-03", "2022-08", "facing", "volunteering", [
                "Met displaced families at the railway-station aid point, registered them and handed out food "
                "and hygiene kits",
                "Night shifts sorting donations",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "Lviv Institute of Economics and Informatics — BSc Computer Science, 2015 – 2019",
        ]),
        ("list", "Courses", [
            "ISTQB Foundation Level (2020)",
            "Support leadership programme, online (2023)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w014
R.append(dict(
    file="w014.pdf",
    family="US forward deployed engineer who was a bank software engineer, LinkedIn 'Save to PDF' export, "
           "two employers each with two positions, a student research role, volunteer experience, two pages",
    layout="reportlab, linkedin/orgfirst, month / 'Present'",
    render="rl_linkedin", opts=dict(fonts="helv", bullet="•"),
    name="Nathaniel Osei",
    headline="Forward Deployed Engineer at Orchard Analytics",
    location="Philadelphia, Pennsylvania, United States",
    contact=["nate.osei@example.com"],
    side=[
        ("Contact", ["nate.osei@example.com", "www.linkedin.com/in/nathaniel-osei-fde (LinkedIn)",
                     "github.com/nosei (Portfolio)"]),
        ("Top Skills", ["Python", "Healthcare Data Integration", "SQL"]),
        ("Certifications", ["AWS Certified Solutions Architect – Associate"]),
        ("Honors-Awards", ["Pillarstone Hackathon 2021 – 1st place"]),
    ],
    date=("month", "Present", " - "),
    body=[
        ("para", "Summary",
         "Engineer who likes being close to the people using the software. Four years in a bank's risk "
         "technology group, then product engineering at a health-tech startup, now forward deployed with "
         "hospital customers."),
        ("exp", "Experience", [
            E("Forward Deployed Engineer", "Orchard Analytics", "Philadelphia, Pennsylvania, United States",
              "2024-08", "present", "facing", "other_facing", [
                  "Embedded two days a week with customer operations teams at hospital networks to get our "
                  "scheduling platform working on their data",
                  "Build and maintain data integrations from customer EHR exports",
                  "Run workshops with customer analysts and turn what I hear into tickets for core engineering",
              ]),
            E("Software Engineer II", "Orchard Analytics", "Philadelphia, Pennsylvania, United States",
              "2022-03", "2024-07", "affecting", None, [
                  "Backend for the forecasting service (Python, FastAPI, Postgres)",
                  "Owned the job-scheduler rewrite that cut p95 latency by 60%",
              ]),
            E("Software Engineer", "Pillarstone Bank", "Wilmington, Delaware, United States",
              "2019-06", "2022-02", "none", None, [
                  "Internal risk-reporting pipelines (Java, Spark) for the market risk team",
                  "Automated two regulatory reports that used to take a week of spreadsheet work",
              ]),
            E("Technology Analyst Intern", "Pillarstone Bank", "Wilmington, Delaware, United States",
              "2018-06", "2018-08", "affecting", None, [
                  "Wrote automated regression tests for the online banking login flow",
              ], etype="internship"),
            E("Undergraduate Research Assistant", "Delaware Valley Institute of Technology",
              "Philadelphia, Pennsylvania, United States", "2017-05", "2018-04", "none", None, [
                  "Cleaned and labelled traffic-sensor data for a graduate transportation study",
              ], section="other"),
        ]),
        ("exp", "Volunteer Experience", [
            E("Volunteer Tutor", "Philly STEM Saturdays", "Philadelphia, Pennsylvania, United States",
              "2019-09", "2021-06", "facing", "volunteering", [
                  "Saturday-morning coding and math help for middle-school students",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "Delaware Valley Institute of Technology",
            "Bachelor of Science - BS, Computer Science · (2015 - 2019)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w015
R.append(dict(
    file="w015.html",
    family="Colombian community manager for a game studio with moderation, airline social-media care and freelance "
           "translation, a personal-site HTML page with an aside, <time> elements and year-only older ranges",
    layout="html, site/title_org, mon / 'Present'",
    render="html", opts=dict(lang="en", footer="Last updated October 2026 · Bogotá"),
    name="Valentina Restrepo Gil",
    headline="Community & social support lead · games and consumer apps · ES/EN",
    contact=["Bogotá, Colombia", "vale.restrepo@example.co", "+57 310 000 7788"],
    side=[
        ("Tools", ["Discord (bots, AutoMod)", "Zendesk", "Sprout Social", "Jira", "Notion"]),
        ("Languages", ["Spanish — native", "English — C1", "Portuguese — B1"]),
        ("Education", ["Profesional en Lenguas Modernas, Universidad de los Cerros Orientales, 2014 – 2019"]),
        ("Courses", ["Trust & Safety Foundations (online), 2022", "Community Management Bootcamp, 2023"]),
    ],
    date=("mon", "Present", " – "),
    body=[
        ("para", "About",
         "I look after online communities: the people in them, the rules that keep them pleasant, and the bug "
         "reports hiding in the complaints."),
        ("exp", "Experience", [
            E("Community Manager", "Kinetica Games", "Bogotá (remote)", "2023-03", "present", "facing",
              "digital_service", [
                  "Run the official Discord (65k members) and Steam forums in Spanish and English",
                  "Answer player questions, calm launch-day frustration and turn bug reports into reproducible "
                  "Jira tickets",
                  "Host the monthly developer Q&A streams",
              ]),
            E("Content Moderator", "ClaraVista Outsourcing", "Bogotá", "2021", "2023", "affecting", None, [
                "Reviewed flagged posts, images and videos for a global social network against its community "
                "guidelines",
                "98% decision accuracy on 900+ items a shift",
                "Raised policy grey areas with the quality team",
            ]),
            E("Social Media Customer Care Agent", "Conexión Digital S.A.S.", "Bogotá", "2019-06", "2021-01",
              "facing", "digital_service", [
                  "Replied to passengers of a regional airline on Twitter, Facebook and WhatsApp: delays, lost "
                  "baggage, refunds",
                  "Moved public complaints into private messages and solved them there",
              ]),
            E("Freelance Translator (EN>ES)", "Self-employed", None, "2018", "present", "affecting", None, [
                "Localise game text, store pages and patch notes for small indie studios",
            ], etype="freelance"),
        ]),
    ],
))
