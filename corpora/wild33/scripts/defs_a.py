"""wild33 résumés w001–w015. One dict per résumé; entries are lib.E (gold is derived from them)."""
from lib import E

R = []

# --------------------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf",
    family="US Army logistics veteran now in clinic IT support, Word-to-PDF single column, title line with right-aligned dates",
    layout="reportlab, single/title_org, mon / 'Present'",
    render="reportlab",
    o=dict(tpl="title_org", ds="mon", present="Present", page="letter", hcase="upper", bullet="•"),
    name="Darnell O. Whitacre",
    contact=["Ridgefell, NC 28311", "(910) 555-0147", "darnell.whitacre@mailbox.us", "linkedin.com/in/darnellwhitacre"],
    blocks=[
        ("h", "Summary"),
        ("p", "Army logistics veteran (8 years) now working clinic IT support. CompTIA A+ and Network+. Calm on the "
              "phone, good with people who hate computers, and I document tickets so the next tech isn't guessing."),
        ("h", "Experience"),
        E("IT Support Technician", "Harlow Ridge Medical Group", "Ridgefell, NC", "2023-02", "present",
          "facing", "internal_support", [
              "Close 25–30 tickets a shift for roughly 340 clinic staff: password resets, printer mapping, EHR login lockouts",
              "Stand at the nurses' station during go-lives so staff can grab me instead of calling the queue",
              "Image, tag and deploy laptops and label printers; keep the asset sheet current",
              "Wrote 40+ knowledge-base articles that cut repeat calls about the badge-tap login"]),
        E("Supply Sergeant", "U.S. Army", "Fort Calder, KY", "2019-08", "2022-12", "affecting", None, [
            "Property book holder for a 120-soldier company, $14M in equipment; zero loss at change-of-command inventory",
            "Ordered and tracked repair parts in GCSS-Army; cut open deadline items from 19 to 6",
            "Trained and supervised four junior supply specialists"], etype="military"),
        E("Automated Logistical Specialist", "U.S. Army", "Camp Dorran, Republic of Korea", "2015-06", "2019-07",
          "facing", "internal_support", [
              "Received, stored and shipped Class IX repair parts in a 30,000-line supply support activity",
              "Worked the SSA customer window for six months, issuing parts and sorting out document errors with unit clerks",
              "Licensed on the 10K forklift; cycle counts at 99.6% accuracy"], etype="military"),
        ("h", "Volunteer"),
        E("Volunteer Driver", "Sandhill Veterans Ride Line", "Ridgefell, NC", "2023-01", "2024-06",
          "facing", "volunteering", [
              "Drove older veterans to VA clinic appointments twice a month and waited to bring them home"],
          section="volunteer", etype="volunteer"),
        ("h", "Education & Certifications"),
        ("ul", ["A.A.S. Information Technology — Sandhill Community College, 2024",
                "CompTIA A+ (2022), CompTIA Network+ (2023)",
                "Secret clearance (inactive)"]),
        ("h", "Skills"),
        ("p", "ServiceNow · Active Directory · Intune · Windows 10/11 · basic PowerShell · EHR user provisioning · "
              "label printer and badge reader setup"),
    ]))

# --------------------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx",
    family="UK English teacher turned learning designer, Word heading styles and list bullets",
    layout="docx, styles/title_org, month / 'Present'",
    render="docx",
    o=dict(mode="styles", ds="month", present="Present", title_style=True, docx_sep=", "),
    name="Harriet Ashdown-Mills",
    contact=["Wetherby Green, West Yorkshire", "07700 900318", "h.ashdownmills@mailbox.co.uk"],
    blocks=[
        ("h", "Profile"),
        ("p", "Former secondary English teacher, eight years in the classroom, now designing digital learning in "
              "financial services. I turn what subject experts know into short, usable courses and I care a great "
              "deal about plain English."),
        ("h", "Career History"),
        E("Learning Designer", "Corvale Insurance Services", "Kirkhallam", "2023-09", "present", "affecting", None, [
            "Build e-learning modules in Articulate Rise and Storyline for the claims and complaints teams",
            "Interview subject-matter experts to storyboard courses, and rewrite policy documents as plain-English job aids",
            "Review completion and quiz data each month and rework the modules people struggle with",
            "Rebuilt the vulnerable-customers module after the firm's Consumer Duty review"]),
        E("Teacher of English", "Hollinsby Academy", "Castleroyd", "2015-09", "2023-07", "facing", "education", [
            "Taught English language and literature across KS3–KS5, 22 periods a week, mixed-ability and top sets",
            "Year 9 form tutor and first point of contact for parents on attendance and pastoral concerns",
            "Led the Year 11 intervention programme; grade 4+ rose from 71% to 80% over two years",
            "Second in department 2020–2023: schemes of work, moderation, mentoring two early-career teachers"]),
        E("Graduate Teaching Assistant", "Brindle Road Primary School", "Castleroyd", "2014-09", "2015-07",
          "facing", "education", [
              "Ran phonics catch-up groups in Year 4 and supported a pupil with an EHCP one-to-one"]),
        E("Bar Staff", "The Wheatsheaf", "Kellowfield", "2011-10", "2014-06", "facing", "in_person_service", []),
        ("h", "Education"),
        ("ul", ["PGCE Secondary English (QTS) — University of Castleroyd, 2015",
                "BA (Hons) English Literature, 2:1 — Kellowfield University, 2014"]),
        ("h", "Skills and Tools"),
        ("p", "Articulate 360 (Rise, Storyline), Vyond, Canva, SharePoint, Moodle; ADDIE and action mapping; "
              "WCAG 2.2 accessibility checks; writing for readability."),
        ("h", "References"),
        ("p", "Available on request."),
    ]))

# --------------------------------------------------------------------------- w003
R.append(dict(
    file="w003.txt",
    family="Indian backend engineer (BFSI), job-portal text with 'Designation : / Organisation : / Duration :' blocks, 'till date'",
    layout="txt, plain/designation, mon / 'till date'",
    render="txt",
    o=dict(tpl="designation", ds="mon", sep=" to ", present="till date", bullet="➢", indent="   ",
           hstyle="under", contact_lines=True, resp_label="Roles & Responsibilities:"),
    name="SANKET VILAS DESHMUKH",
    contact=["Mobile: +91 98220 41735", "Email: sanket.deshmukh@mailbox.in", "Address: Flat 12, Sai Vishwa Apts, Sadashivwadi, Maharashtra"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To work in a challenging environment where I can use my skills in Java backend development and grow "
              "with the organisation."),
        ("h", "Professional Summary"),
        ("ul", ["7.5+ years of experience in Java / Spring Boot backend development in BFSI domain.",
                "Hands on experience in Microservices, Kafka, Oracle, PostgreSQL, Docker, Jenkins.",
                "Good exposure to Agile Scrum methodology and onsite client interaction."]),
        ("h", "Work Experience"),
        E("Senior Software Engineer", "Quadrivium Fintech Pvt. Ltd.", "Sadashivwadi", "2022-03", "present",
          "affecting", None, [
              "Developing payment reconciliation microservices (Java 17, Spring Boot, Kafka) used by 40+ bank customers.",
              "Analysing customer reported defects escalated by the L3 support team, doing RCA and delivering hotfixes.",
              "Code reviews and mentoring of 3 junior developers.",
              "Participating in sprint planning and estimation with Product Owner."]),
        E("Part-time Faculty (Weekend Batches)", "Nimbus Coding Academy", "Sadashivwadi", "2023-08", "2024-03",
          "facing", "education", [
              "Taught Data Structures & Algorithms to working professionals on Saturdays and Sundays (batch of 35).",
              "Cleared doubts on WhatsApp group and evaluated weekly assignments."]),
        E("Software Engineer", "Sarvagya Infotech Solutions Ltd.", "Gachibanda, Telangana", "2019-07", "2022-02",
          "facing", "other_facing", [
              "Developed policy servicing modules (surrender, revival, loans) for life insurance policy admin product.",
              "Travelled onsite to client location in Middle East for 4 months for UAT and go-live support; daily calls "
              "with client business users to triage and explain issues.",
              "Prepared technical design documents and unit test cases."]),
        E("Graduate Engineer Trainee", "Sarvagya Infotech Solutions Ltd.", "Gachibanda, Telangana", "2019-01", "2019-06",
          "none", None, [
              "Completed 12 weeks classroom training in Core Java, SQL and Spring.",
              "Wrote JUnit test cases for claims module."]),
        ("h", "Technical Skills"),
        ("kv", [("Languages", "Java 8/11/17, SQL, Python (basic)"),
                ("Frameworks", "Spring Boot, Spring Batch, Hibernate, JUnit, Mockito"),
                ("Tools", "Kafka, Docker, Jenkins, Git, JIRA, Postman"),
                ("Databases", "Oracle 19c, PostgreSQL")]),
        ("h", "Education"),
        ("kv", [("B.E. (Computer Engineering)", "Sant Dnyaneshwar College of Engineering, 2018 — 7.9 CGPA"),
                ("HSC", "2014 — 81.20%"), ("SSC", "2012 — 88.60%")]),
        ("h", "Academic Project"),
        ("p", "Smart Parking System using Arduino and Android (team of 4), final year."),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "14/02/1996"), ("Gender", "Male"), ("Marital Status", "Married"),
                ("Languages Known", "English, Hindi, Marathi"), ("Notice Period", "60 days")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above information is true to the best of my knowledge."),
        ("p", "Place: Sadashivwadi                                        (Sanket Deshmukh)"),
    ]))

# --------------------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf",
    family="Kenyan registered nurse, fpdf2 with shaded left sidebar (contact, skills, languages, referees)",
    layout="fpdf2, sidebar/title_org, mm/yyyy / 'Present'",
    render="fpdf",
    o=dict(layout="sidebar", tpl="title_org", ds="mm/yyyy", present="Present", hcase="upper", side_w=64,
           accent=(0, 105, 92), side_bg=(225, 240, 236)),
    name="Achieng Mercy Otieno",
    tagline="Registered Nurse (KRCHN)",
    contact=["+254 722 555 318", "achieng.otieno@mailbox.co.ke", "P.O. Box 4471-80109", "Kikambala Heights, Kilifi County"],
    side=[
        ("h", "Licence"),
        ("p", "Nursing Council of Kenya, licence current to 12/2027"),
        ("h", "Clinical skills"),
        ("ul", ["IV cannulation", "Triage & vital signs", "Wound care", "Diabetes education", "BLS (2025)"]),
        ("h", "Languages"),
        ("p", "English, Kiswahili, Dholuo"),
        ("h", "Referees"),
        ("p", "Mrs. Rehema Chai, Nursing Officer in Charge, Shanzu Bay Hospital, +254 733 555 901"),
        ("p", "Dr. Juma Karisa, Medical Officer, +254 711 555 442"),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Registered nurse with five years on acute medical wards and an internship across maternity, "
              "paediatrics, surgery and casualty. Looking to join a private hospital where I can grow into a "
              "nurse educator role."),
        ("h", "Work Experience"),
        E("Registered Nurse – Medical Ward", "Shanzu Bay Hospital", "Kikambala Heights", "2021-02", "present",
          "facing", "healthcare_care", [
              "Care for up to 8 acute medical patients a shift: admissions, medication rounds, wound care, discharge teaching",
              "Educate diabetic and hypertensive patients and their relatives before discharge",
              "Charge nurse on night duty twice a week; liaise with the on-call medical officer"]),
        E("Field Data Collector", "Pwani Health Research Collaborative", "Kilifi County", "2020-09", "2021-01",
          "affecting", None, [
              "Administered household questionnaires on maternal health in rural villages, about 25 households a week",
              "Entered and synced data daily on ODK; flagged incomplete forms to the field supervisor"]),
        E("Intern Nurse", "Mazeras County Referral Hospital", None, "2019-08", "2020-07",
          "facing", "healthcare_care", [
              "12-month internship rotating through maternity, paediatrics, surgical ward and casualty",
              "Conducted normal deliveries under supervision and gave health talks to mothers at the antenatal clinic"],
          etype="internship"),
        ("h", "Volunteer Work"),
        E("Volunteer First Aider", "Coast Community First Aid Volunteers", None, "2016", "2019",
          "facing", "volunteering", [
              "First aid cover at football tournaments, church crusades and school sports days"],
          section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("p", "Diploma in Kenya Registered Community Health Nursing — Pwani Medical Training College, 2019"),
        ("p", "KCSE, Mean Grade B — Mazeras Girls' High School, 2015"),
    ]))

# --------------------------------------------------------------------------- w005
R.append(dict(
    file="w005.docx",
    family="Canadian Red Seal electrician, Word right tab-stop dates with italic employer line, volunteer firefighter",
    layout="docx, tabs/title_org, mon. / 'present'",
    render="docx",
    o=dict(mode="tabs", tpl="title_org", ds="mon.", present="present", font="Arial", size=10, hcase="upper"),
    name="Brent Kowalchuk",
    tagline="Red Seal Electrician (309A)",
    contact=["Ryder Lake, ON", "807-555-0196", "brent.kowalchuk@mailbox.ca"],
    blocks=[
        ("h", "Summary of Qualifications"),
        ("ul", ["Licensed 309A with 7 years on residential and light-commercial service",
                "Comfortable working in occupied homes and explaining the job to owners",
                "Clean driving record, own tools, G licence"]),
        ("h", "Work History"),
        E("Journeyperson Electrician", "Nipigon Shore Power & Controls Ltd.", "Ryder Lake, ON", "2019-04", "present",
          "facing", "other_facing", [
              "Residential and light-commercial service calls: troubleshooting, panel upgrades, EV charger installs, knob-and-tube replacement",
              "Walk the homeowner through the quote and the ESA permit before starting; answer their questions at sign-off",
              "Mentor two apprentices and sign off their hours"]),
        E("Electrical Apprentice", "Nipigon Shore Power & Controls Ltd.", "Ryder Lake, ON", "2015-05", "2019-03",
          "none", None, [
              "Rough-in and finish on new subdivisions in Ryder Lake and Fort Vance",
              "Conduit bending and wire pulls on commercial fit-outs; read prints under the journeyperson"],
          etype="internship"),
        E("Labourer", "Dorion Creek Builders", "Fort Vance, ON", "2013-06", "2015-04", "none", None, []),
        ("h", "Community"),
        E("Volunteer Firefighter", "Township of Whitefish Narrows", None, "2016", "present",
          "facing", "volunteering", [
              "Respond to structure fires, MVCs and medical assist calls; pump operator since 2020"],
          section="volunteer", etype="volunteer"),
        ("h", "Tickets & Training"),
        ("p", "309A Certificate of Qualification (2019) · Working at Heights · WHMIS · Standard First Aid/CPR-C · "
              "NFPA 1001 Firefighter I"),
        ("h", "Education"),
        ("p", "Electrical Techniques certificate, Lakehead Regional College, 2015"),
    ]))

# --------------------------------------------------------------------------- w006
R.append(dict(
    file="w006.html",
    family="Indian hotel general manager in the UAE, HTML résumé, five hotel roles, managers decided by duties",
    layout="html, single/title_org, month / 'Present'",
    render="html",
    o=dict(tpl="title_org", ds="month", present="Present"),
    name="Rohan Mathew Kurian",
    tagline="General Manager — Hospitality",
    contact=["Al Mirqab Gardens, Dubai, UAE", "+971 50 555 2718", "rohan.kurian@mailbox.ae"],
    blocks=[
        ("h", "Executive Summary"),
        ("p", "Hotelier with 19 years across India, Oman and the UAE, the last nine in general and hotel management. "
              "Pre-opening experience, strong owner relationships, and a record of lifting guest scores and GOP at the same time."),
        ("h", "Professional Experience"),
        E("General Manager", "Al Sadeem Creek Hotel & Suites", "Al Mirqab Gardens, Dubai", "2021-01", "present",
          "facing", "in_person_service", [
              "Full P&L for a 312-key upscale hotel with four F&B outlets; GOP up 6.4 points in 2024",
              "Lead 280 colleagues across nine departments and chair the daily morning briefing",
              "Personally host key corporate accounts and airline-crew contract holders; meet VIP arrivals and take escalated guest complaints myself"]),
        E("Hotel Manager", "Sahil Pearl Resort", "Khor Qurm, Ras Al Khaimah", "2017-03", "2020-12", "affecting", None, [
            "Oversaw rooms division, F&B and spa for a 220-room beach resort",
            "Budgets, forecasts and monthly owner reporting; brought labour cost down to 28% of revenue",
            "Moved the resort from #14 to #3 on TripAdvisor in the emirate through a service-standards training programme"]),
        E("Director of Rooms", "Qurayyat Bay Hotel", "Bandar Mahra, Oman", "2013-06", "2017-02",
          "facing", "in_person_service", [
              "Front office, housekeeping, reservations and guest relations: 140 staff",
              "Did guest-contact rounds in the lobby every morning at check-out peak and again at evening arrivals",
              "Pre-opening team member: hired and trained 60 front-of-house staff"]),
        E("Front Office Manager", "Hotel Amberline", "Vaduthala, Kerala", "2009-04", "2013-05",
          "facing", "in_person_service", [
              "Managed 24 front desk, concierge and bell staff",
              "Led the move from a legacy system to Opera PMS"]),
        E("Management Trainee", "Hotel Amberline", "Vaduthala, Kerala", "2007-07", "2009-03",
          "facing", "in_person_service", [
              "Rotation through F&B service, front office, housekeeping and sales before a permanent front desk role"]),
        ("h", "Education"),
        ("ul", ["BSc Hospitality & Hotel Administration, 2007", "Certificate in Hotel Revenue Management, 2016"]),
        ("h", "Languages"),
        ("p", "English, Malayalam, Hindi, conversational Arabic"),
    ]))

# --------------------------------------------------------------------------- w007
R.append(dict(
    file="w007.pdf",
    family="Nigerian banker turned fintech product analyst, reportlab two-column header, NYSC year",
    layout="reportlab, twocol/title_org, month / 'Date'",
    render="reportlab",
    o=dict(layout="twocol", tpl="title_org", ds="month", present="Date", accent=(0.0, 0.35, 0.2), bullet="▪"),
    name="Oluwaseun Adebayo-Cole",
    tagline="Product Analyst · ex-Relationship Manager",
    contact=["Ogombo Gardens, Lagos State", "+234 803 555 0192", "seun.adebayocole@mailbox.ng"],
    blocks=[
        ("h", "Profile"),
        ("p", "Eight years in retail banking, the last five managing high-net-worth relationships, before moving into "
              "product. I know what customers actually do with a banking app because I used to take their calls about it."),
        ("h", "Experience"),
        E("Product Analyst", "Kudipay Technologies Ltd", "Ogombo Gardens, Lagos", "2023-06", "present", "affecting", None, [
            "Analyse onboarding funnel drop-off in Mixpanel and write PRDs for the KYC and BVN verification flow",
            "Sit in on user interviews run by the research team and turn the findings into backlog items",
            "Cut tier-1 onboarding time from 11 to 4 minutes with the mobile squad"]),
        E("Relationship Manager, Retail Banking", "Crestfield Bank Plc", "Onikan Quays, Lagos", "2018-02", "2023-05",
          "facing", "sales_account", [
              "Managed a portfolio of 450 high-net-worth customers with a ₦6.2bn deposit book",
              "Visited customers at home and in their offices for account reviews, KYC updates and loan documentation",
              "Top relationship manager in the region for deposit mobilisation, 2021"]),
        E("Customer Service Officer", "Crestfield Bank Plc", "Adekunle Junction branch", "2015-11", "2018-01",
          "facing", "in_person_service", [
              "Account opening, card issuance and complaint resolution in the banking hall"]),
        E("NYSC Corps Member (Mathematics Teacher)", "Community Secondary School, Ibusa-Okwe", "Delta State",
          "2014-08", "2015-07", "facing", "education", [
              "Taught mathematics to SS1 and SS2 classes and ran an after-school WAEC preparation club"],
          etype="internship"),
        ("h", "Education"),
        ("p", "B.Sc. Economics (Second Class Upper) — University of Ogombo, 2013"),
        ("h", "Certifications"),
        ("p", "Product Management certificate (2023) · SQL for Data Analysis (2022) · CIBN Associate (2019)"),
        ("h", "Tools"),
        ("p", "Mixpanel, SQL (BigQuery), Figma (reading), Jira, Notion, Excel"),
    ]))

# --------------------------------------------------------------------------- w008
R.append(dict(
    file="w008.docx",
    family="South African diesel mechanic turned truck service advisor, Word with a borderless table per job, year-only older dates",
    layout="docx, jobtable/title_org, mm/yyyy / 'Present'",
    render="docx",
    o=dict(mode="jobtable", ds="mm/yyyy", present="Present", font="Calibri", size=10.5, hcase="upper", bullet="•"),
    name="Thabo Johannes Mokoena",
    contact=["Kgaswane Park, North West", "072 555 0184", "thabo.mokoena@mailbox.co.za"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Qualified diesel mechanic now working as a service advisor. I want to keep growing on the customer side "
              "of a truck dealership and move into a workshop manager role."),
        ("h", "Personal Details"),
        ("kv", [("Driver's licence", "Code EC (Code 14) with PrDP"), ("Languages", "Setswana, English, Afrikaans"),
                ("Nationality", "South African")]),
        ("h", "Work Experience"),
        ("jobs", [
            E("Service Advisor", "Bakwena Truck Centre (Pty) Ltd", "Kgaswane Park", "2022-03", "present",
              "facing", "in_person_service", [
                  "Book in customer trucks, open job cards and explain the work and the quote to fleet owners and drivers",
                  "Chase parts with suppliers and keep customers updated on WhatsApp until the truck is released",
                  "Handle warranty claims with the OEM"]),
            E("Diesel Mechanic", "Bakwena Truck Centre (Pty) Ltd", "Kgaswane Park", "2016-01", "2022-02",
              "affecting", None, [
                  "Services, overhauls and fault-finding on Mercedes-Benz Actros, UD and MAN trucks",
                  "Roadside breakdown call-outs on the N4 and at the mines",
                  "Trade tested 2016"]),
            E("Apprentice Diesel Mechanic", "Bojanala Earthmoving CC", "Lethabong", "2012", "2015", "none", None, [
                "Four-year apprenticeship servicing the company's own yellow-metal fleet (CAT, Bell)"],
              etype="internship"),
            E("Petrol Attendant", "Lethabong Motors", "Lethabong", "2010", "2011", "facing", "in_person_service", []),
        ]),
        ("h", "Qualifications"),
        ("ul", ["Trade Test: Diesel Mechanic (Red Seal), 2016", "N3 Motor Diesel Mechanics, 2012", "Grade 12, 2009"]),
        ("h", "References"),
        ("kv", [("Mr. P. van Wyk", "Workshop Manager, Bakwena Truck Centre — 014 555 0291"),
                ("Mr. K. Molefe", "Foreman, Bojanala Earthmoving — 082 555 7734")]),
    ]))

# --------------------------------------------------------------------------- w009
R.append(dict(
    file="w009.md",
    family="Filipino freelance graphic designer with BPO, chat-support and promodiser past, Markdown h3 titles with bold employer, overlapping jobs",
    layout="md, h3/title_org, mon / 'Present'",
    render="md",
    o=dict(tpl="title_org", ds="mon", present="Present", bullet="-"),
    name="Maria Krisanta \"Kris\" Dela Peña",
    tagline="Graphic Designer · Social Media & Pitch Decks",
    contact=["San Isidro Norte, Laguna", "+63 917 555 2290", "kris.delapena@mailbox.ph", "behance.net/krisdp"],
    blocks=[
        ("h", "About"),
        ("p", "I design social content and decks for small businesses and I like working straight with the owner. "
              "Before design I did two years in a call center, so I don't panic when a client is upset."),
        ("h", "Experience"),
        E("Freelance Graphic Designer", "Self-employed", "Remote", "2021-04", "present",
          "facing", "entrepreneurial_freelance", [
              "Design social posts, pitch decks and menu boards for 30+ small-business clients in the US and Australia",
              "Take briefs on Zoom, send moodboards and handle revisions directly with each client",
              "100% job success score across 74 contracts on Upwork"], etype="freelance"),
        E("Social Media Content Designer", "Lumio Creative Studio", "Kalayaan Heights, Metro Manila", "2019-06", "2021-03",
          "affecting", None, [
              "Produced 60+ static and motion assets a month for the agency's F&B and pharma accounts",
              "Worked from briefs passed on by the account managers; revisions came back through Asana"]),
        E("Chat Support Specialist (part-time, remote)", "Glasshouse Skin PH", "Remote", "2020-09", "2021-06",
          "facing", "digital_service", [
              "Answered Facebook and Instagram messages for an online skincare shop after office hours: order tracking, wrong items, refunds",
              "Replied to product reviews and tagged complaints for the owner"]),
        E("Customer Service Representative", "Vantage Contact Solutions Inc.", "Kalayaan Heights, Metro Manila",
          "2017-08", "2019-05", "facing", "contact_center", [
              "Inbound calls for a US telco account: billing disputes, plan changes, device troubleshooting",
              "80+ calls a day at 92% CSAT; moved to the retention queue after eight months"]),
        E("Promodiser", "Glowbelle Cosmetics", "Calumpang Town Center, Laguna", "2016-04", "2017-05",
          "facing", "in_person_service", []),
        ("h", "Tools"),
        ("p", "Figma, Adobe Illustrator, Photoshop, After Effects, Canva Pro, Google Slides, Trello"),
        ("h", "Education"),
        ("p", "BS Multimedia Arts (undergraduate units, 2014–2016) — Laguna Polytechnic College"),
    ]))

# --------------------------------------------------------------------------- w010
R.append(dict(
    file="w010.pdf",
    family="UK emergency-care matron, two-page fpdf2 CV with page footer, six roles incl. an overlapping audit secondment",
    layout="fpdf2, single/title_org, mon / 'present' (2 pages, footer)",
    render="fpdf",
    o=dict(tpl="title_org", ds="mon", present="present", footer="{name} — Curriculum Vitae — Page {page} of {total}",
           accent=(80, 30, 110), size=9.8),
    name="Siobhan Clare Redfern RN, MSc",
    contact=["Ashby Cross, Derbyshire", "07700 900 412", "siobhan.redfern@mailbox.co.uk", "NMC PIN available on request"],
    blocks=[
        ("h", "Personal Statement"),
        ("p", "I am an emergency and acute medicine nurse with seventeen years in the NHS, five of them leading "
              "teams, and I am applying for the Head of Nursing post because I want to shape how urgent care feels "
              "for patients across the whole trust rather than one department. I still work on the floor every "
              "day I can. The work I am proudest of is unglamorous: a preceptorship that keeps newly qualified "
              "nurses, a complaints process where families get a phone call before they get a letter, and a "
              "sepsis pathway that people actually follow at three in the morning."),
        ("p", "I am comfortable with operational pressure, finance and workforce planning, and I have led teams "
              "through two CQC inspections, the COVID-19 waves and the move to a new ED build."),
        ("h", "Employment History"),
        E("Matron, Urgent and Emergency Care", "Eastmoor Hospitals NHS Foundation Trust", "Ashby Cross",
          "2021-10", "present", "facing", "healthcare_care", [
              "Operational and professional lead for the Emergency Department and Acute Medical Unit (190 WTE, £11m pay budget)",
              "Visible on the shop floor daily; meet complainants and families with the ward managers and resolve complaints locally where I can",
              "Chair the weekly patient-safety huddle and lead 12-hour breach reviews",
              "Brought the ED nursing vacancy rate from 18% to 6% through international recruitment and a redesigned preceptorship"]),
        E("Ward Manager, Acute Medical Unit", "Eastmoor Hospitals NHS Foundation Trust", "Ashby Cross",
          "2017-04", "2021-09", "facing", "healthcare_care", [
              "Managed a 36-bed AMU and a team of 64 registered nurses and HCAs",
              "Worked clinically one shift in five, usually as nurse in charge",
              "Led the unit through the first two COVID-19 waves, including the conversion to a red admissions area"]),
        E("Clinical Audit Facilitator (secondment, 0.4 WTE)", "Eastmoor Hospitals NHS Foundation Trust", "Ashby Cross",
          "2019-01", "2019-12", "affecting", None, [
              "Ran the trust-wide sepsis audit: pulled notes, analysed screening and antibiotic timings, presented to divisional board"]),
        E("Senior Staff Nurse (Band 6), Emergency Department", "Wrexford General Hospital", "Wrexford",
          "2012-06", "2017-03", "facing", "healthcare_care", [
              "Shift coordinator in a 90,000-attendance ED: triage, resus and majors",
              "Mentored student nurses and newly qualified staff; link nurse for safeguarding"]),
        E("Staff Nurse (Band 5)", "Wrexford General Hospital", "Wrexford", "2009-09", "2012-05",
          "facing", "healthcare_care", []),
        E("Healthcare Assistant (Bank)", "Wrexford General Hospital", "Wrexford", "2006-01", "2009-08",
          "facing", "healthcare_care", []),
        ("h", "Education"),
        ("ul", ["MSc Advanced Clinical Practice — University of Ashby Cross, 2016",
                "BSc (Hons) Adult Nursing — Wrexford University, 2009"]),
        ("h", "Professional Development"),
        ("ul", ["ALS and ETC provider (renewed 2024)", "NHS Leadership Academy Mary Seacole Programme, 2018",
                "Level 3 Safeguarding Adults and Children", "Practice assessor and supervisor"]),
        ("h", "Achievements"),
        ("ul", ["Trust Nursing Leader of the Year, 2023",
                "Co-author of the regional ED sepsis screening tool, adopted by four trusts",
                "Speaker at the regional urgent care conference, 2024 (\"Nobody leaves in their first year\")"]),
        ("h", "Memberships"),
        ("p", "Royal College of Nursing; Royal College of Emergency Medicine nursing faculty (associate)."),
        ("h", "References"),
        ("p", "Available on request from the Director of Nursing and the ED Clinical Lead."),
    ]))

# --------------------------------------------------------------------------- w011
R.append(dict(
    file="w011.docx",
    family="Irish gig worker holding overlapping jobs (night warehouse, app deliveries), contact in the Word page header",
    layout="docx, header/title_org, month / 'present'",
    render="docx",
    o=dict(mode="tabs", tpl="title_org_below", ds="month", present="present", header_contact=True, font="Calibri",
           hrule=False, bullet="-"),
    name="Ciarán Ó Dálaigh",
    contact=["Knockbarra, Co. Galway", "087 555 0163", "ciaran.odalaigh@mailbox.ie"],
    blocks=[
        ("h", "About me"),
        ("p", "Hard-working and reliable, used to nights and weekends. I'm looking for a full-time day job with a "
              "proper rota so I can finish my commerce degree part-time."),
        ("h", "Experience"),
        E("Warehouse Operative (Nights)", "Clarinbridge Fulfilment Ltd", "Ballinacourty Business Park",
          "2023-03", "present", "affecting", None, [
              "Pick and pack online orders with an RF gun, 180+ units an hour, Sunday to Wednesday nights",
              "Returns processing and re-labelling; trained four new starters on the packing bench"]),
        E("Delivery Rider", "Self-employed", "Knockbarra", "2021-09", "present", "facing", "in_person_service", [
            "Deliver food orders by e-bike for two delivery apps, mostly evenings and weekends",
            "Hand orders over at the door and sort out wrong or missing items with the customer and the restaurant there and then"],
          etype="freelance"),
        E("Data Annotator (remote contract)", "Clearlabel Data Services", "Remote", "2022-01", "2023-02", "none", None, [
            "Drew bounding boxes and polygons on street-scene images for a self-driving dataset, 97% QA pass rate"],
          etype="freelance"),
        E("Barista", "The Long Room Café", "Knockbarra", "2020-06", "2021-12", "facing", "in_person_service", [
            "Busy city-centre café: coffee, till, and closing on my own on Sundays"]),
        ("h", "Education"),
        ("p", "Leaving Certificate, 2020 (475 points). First year BComm, University of Knockbarra (deferred)."),
        ("h", "Other"),
        ("p", "Full clean driving licence (B). Safe Pass. Manual Handling (2023). Referees available."),
    ]))

# --------------------------------------------------------------------------- w012
R.append(dict(
    file="w012.txt",
    family="Australian senior network engineer, plain text with employer in capitals above the role, numeric dates",
    layout="txt, rule headings/orgfirst, mm/yyyy / 'Current'",
    render="txt",
    o=dict(tpl="role", ds="mm/yyyy", present="Current", bullet="*", indent="  ", hstyle="equals", right_pad=True),
    name="LIAM TRAN-FITZGERALD",
    tagline="Senior Network Engineer | CCNP | JNCIS-SP",
    contact=["Corio Bay North VIC 3214", "0412 555 087", "liam.tranfitz@mailbox.com.au"],
    blocks=[
        ("h", "Profile"),
        ("p", "Network engineer with 13 years from school help desk to carrier core. I like designs that the on-call "
              "person can understand at 3 am."),
        ("h", "Experience"),
        ("org", "BELLARINE TELCO PTY LTD, Corio Bay North VIC"),
        E("Senior Network Engineer", "BELLARINE TELCO PTY LTD", "Corio Bay North VIC", "2020-08", "present",
          "facing", "other_facing", [
              "Design and run the MPLS core carrying service for ~60k residential and 900 business customers",
              "Third-line escalation for enterprise outages: when a P1 is raised I join the bridge call with the "
              "customer's IT team and stay on until it's restored",
              "Automated config backups and compliance checks with Python/Netmiko"]),
        ("org", "KARDINIA DATA CENTRES, Westgate Flats VIC"),
        E("Network Engineer", "KARDINIA DATA CENTRES", "Westgate Flats VIC", "2016-02", "2020-07", "affecting", None, [
            "Rack, cable and configure Juniper/Arista for colocation customers' cross-connects and IP transit",
            "Capacity planning and change windows; on-call one week in four"]),
        ("org", "LEOPOLD HILL GRAMMAR SCHOOL, Leopold Hill VIC"),
        E("IT Support Officer", "LEOPOLD HILL GRAMMAR SCHOOL", "Leopold Hill VIC", "2013-01", "2016-01",
          "facing", "internal_support", [
              "Help desk for 900 students and 120 staff: laptops, Wi-Fi, printing, the student portal",
              "Ran the laptop program handover days for Year 7 families each January"]),
        ("org", "SOUNDWORKS HI-FI, Corio Bay North VIC"),
        E("Sales Assistant (Casual)", "SOUNDWORKS HI-FI", "Corio Bay North VIC", "2010", "2012",
          "facing", "in_person_service", []),
        ("h", "Certifications"),
        ("ul", ["CCNP Enterprise (2019)", "JNCIS-SP (2021)", "AWS Advanced Networking – Specialty (2023)"]),
        ("h", "Education"),
        ("p", "Bachelor of Information Technology (Networking), Corio Institute of Technology, 2012"),
        ("h", "Referees"),
        ("p", "Available on request"),
    ]))

# --------------------------------------------------------------------------- w013
R.append(dict(
    file="w013.pdf",
    family="Malaysian ageing researcher in Singapore, reportlab with coloured left sidebar, pipe title/institute/place line with dates below",
    layout="reportlab, sidebar/pipe, month / 'Present'",
    render="reportlab",
    o=dict(layout="sidebar", tpl="pipe", ds="month", present="Present", side_w=175, accent=(0.45, 0.12, 0.25),
           side_bg=(0.96, 0.92, 0.93), size=9.4, font="serif", hrule=False),
    name="Dr Nur Aisyah binti Kamaruddin",
    tagline="Social gerontologist",
    contact=["Seletar Rise, Singapore", "+65 8555 3021", "nuraisyah.k@mailbox.sg", "ORCID 0000-0002-5555-0147"],
    side=[
        ("h", "Methods"),
        ("ul", ["In-depth interviewing", "Mixed methods", "Survival analysis", "R, Stata, NVivo"]),
        ("h", "Languages"),
        ("p", "English, Malay (native), Mandarin (basic)"),
        ("h", "Awards"),
        ("p", "Early Career Researcher Award, Asian Ageing Network, 2024"),
        ("h", "Education"),
        ("p", "PhD Social Statistics, Peninsula University, 2019"),
        ("p", "MSc Applied Statistics, 2014"),
        ("p", "BSc Mathematics, 2012"),
    ],
    blocks=[
        ("h", "Research Experience"),
        E("Research Fellow", "Straits Institute of Ageing Research", "Singapore", "2022-01", "present", "affecting", None, [
            "Lead a three-year mixed-methods study of loneliness among older residents of public rental flats (S$1.2m grant)",
            "Conduct and supervise in-depth interviews with older adults and family caregivers in their homes",
            "Write policy briefs for the national ageing-in-place programme; supervise two research assistants"]),
        E("Postdoctoral Researcher", "Kalvebod University", "Kalvebod, Denmark", "2019-09", "2021-12", "none", None, [
            "Statistical modelling of Danish register data on retirement timing and health; four first-author papers"]),
        ("h", "Teaching"),
        E("Graduate Teaching Assistant", "Peninsula University", "Bukit Seraya, Selangor", "2015-08", "2019-06",
          "facing", "education", [
              "Ran weekly tutorials in introductory statistics for about 60 first-year students; marking and office hours"],
          section="other"),
        ("h", "Volunteering"),
        E("Volunteer Befriender", "Silver Threads Befriending Network", "Singapore", "2022-06", "present",
          "facing", "volunteering", [
              "Visit an 84-year-old man who lives alone every Saturday morning and help him keep his clinic appointments"],
          section="volunteer", etype="volunteer"),
        ("h", "Selected Publications"),
        ("ul", ["Kamaruddin NA, Lau W. (2025) Thin networks: loneliness in public rental housing. Ageing & Society.",
                "Kamaruddin NA, Holm S. (2021) Retirement timing and hospitalisation. J Gerontol B.",
                "Kamaruddin NA. (2020) Living alone in later life in Malaysia. Asian Popul Stud."]),
    ]))

# --------------------------------------------------------------------------- w014
R.append(dict(
    file="w014.docx",
    family="Malaysian contact-centre team leader, Word two-column layout table with shaded sidebar, overlapping student jobs",
    layout="docx, sidebar/title_org_below, mon / 'Current'",
    render="docx",
    o=dict(mode="sidebar", tpl="title_org_below", ds="mon", sep=" - ", present="Current", font="Segoe UI", size=10,
           side_fill="DDEBF0", hrule=True),
    name="Tan Mei Ling (Michelle)",
    tagline="Customer Care Team Leader",
    contact=["Bandar Seri Merbau, Selangor", "+60 12-555 4821", "michelle.tan@mailbox.my"],
    side=[
        ("h", "Languages"),
        ("ul", ["English", "Bahasa Malaysia", "Mandarin", "Cantonese"]),
        ("h", "Skills"),
        ("ul", ["Genesys Cloud", "Salesforce Service Cloud", "QA calibration", "WFM rostering", "Coaching"]),
        ("h", "Education"),
        ("p", "Diploma in Business Studies, Kolej Seri Merbau (2018)"),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Team leader on a telco billing queue. Seven years on the phones and the floor; I still take the hard calls myself."),
        ("h", "Work Experience"),
        E("Team Leader, Customer Care", "Merbok Telecommunications Sdn Bhd", "Bandar Seri Merbau", "2022-03", "present",
          "facing", "contact_center", [
              "Lead 14 agents on the postpaid billing queue in English, BM and Cantonese",
              "Take level-2 escalations myself when customers ask for a supervisor, about ten calls a day",
              "Weekly coaching and QA calibration; build the team roster in the WFM tool"]),
        E("Customer Service Executive", "Merbok Telecommunications Sdn Bhd", "Bandar Seri Merbau", "2019-01", "2022-02",
          "facing", "contact_center", [
              "Inbound calls and live chat on billing, roaming and contract renewals; AHT 5:40 against a 6:30 target",
              "Best CSAT on the floor in Q3 2021"]),
        E("Admin Clerk (Internship)", "Hartanah Jaya Properties Sdn Bhd", "Bandar Seri Merbau", "2018-09", "2018-12",
          "none", None, ["Filed tenancy agreements and keyed rental collections into the property system"],
          etype="internship"),
        E("Sales Promoter (part-time)", "Sinar Elektrik Sdn Bhd", "Bandar Seri Merbau", "2017-05", "2018-12",
          "facing", "in_person_service", [
              "Weekend promoter for air-conditioners and washing machines at hypermarket roadshows"]),
    ]))

# --------------------------------------------------------------------------- w015
R.append(dict(
    file="w015.html",
    family="Polish truck driver turned transport planner in the Netherlands, HTML with a date line before each title, European numeric dates",
    layout="html, single/dateline, mm.yyyy / 'present'",
    render="html",
    o=dict(tpl="dateline", ds="mm.yyyy", present="present",
           css="body{font-family:Arial,Helvetica,sans-serif;max-width:820px;margin:24px auto;font-size:14px}"
               "h2{background:#e9eef3;padding:3px 6px;font-size:15px}.dates-line{color:#555;margin:10px 0 0}"
               ".job p{margin:2px 0}"),
    name="Tomasz Wierzbicki",
    tagline="Transport Planner | Driving licence C+E, Code 95",
    contact=["Veenhoven, Netherlands", "+31 6 5550 2847", "t.wierzbicki@mailbox.nl"],
    blocks=[
        ("h", "Profile"),
        ("p", "Seven years driving international full loads, now four years planning them. Because I drove the routes "
              "myself, drivers trust my plans and shippers trust my ETAs."),
        ("h", "Work experience"),
        E("Transport Planner", "Van Heerden Logistiek B.V.", "Veenhoven", "2021-09", "present",
          "facing", "contact_center", [
              "Plan 45 trucks a day for groupage across Benelux and western Germany in the TMS",
              "First point of contact for about 20 shipper customers: bookings, ETA changes and damage claims by phone and e-mail",
              "Plan drivers' hours within tachograph rules; cut empty kilometres by 9% in 2023"]),
        E("International Truck Driver (C+E)", "Trans-Wisła Sp. z o.o.", "Brzozów Wielki, Poland", "2014-04", "2021-08",
          "affecting", None, [
              "Full loads between Poland, the Netherlands and Germany, about 12,000 km a month",
              "Supervised loading and unloading at shippers' and receivers' distribution centres; CMR paperwork and pallet exchange"]),
        E("Forklift Operator", "Mleczarnia Zalesie Sp. z o.o.", "Brzozów Wielki, Poland", "2011-03", "2014-03",
          "none", None, ["Moved pallets between the packing hall and the cold store and loaded trucks"]),
        ("h", "Volunteering"),
        E("Volunteer", "Voedselbank Veenhoven", "Veenhoven", "2022", "present", "facing", "volunteering", [
            "Saturday distribution: hand out food parcels to registered families and help newcomers who speak Polish or Russian"],
          section="volunteer", etype="volunteer"),
        ("h", "Languages"),
        ("kv", [("Polish", "native"), ("English", "fluent"), ("Dutch", "B1"), ("Russian", "good"), ("German", "A2")]),
        ("h", "Education and licences"),
        ("ul", ["Technikum Logistyczne, Brzozów Wielki (logistics technician), 2011",
                "Driving licence C+E, Code 95, ADR basic", "VCA Basis (2022)"]),
    ]))
