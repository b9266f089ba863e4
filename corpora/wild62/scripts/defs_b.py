"""w016–w030."""
from lib import E

R = []

R.append(dict(
    file="w016", renderer="md", layout="h3paren", head="title_org", dates="mon", present="Current", sep=" – ",
    family="Australian SaaS onboarding specialist in Markdown, h3 title with dates in brackets, hospitality and a caring break",
    name="Brooke Lindqvist", tagline="Customer Onboarding · Support · Hospitality background",
    contact=["Brisbane QLD", "0433 555 610", "brooke.lindqvist@mailbox.com.au"],
    blocks=[
        ("para", "About me", "I've spent my whole working life making people feel looked after, first across a bar and now over Zoom. Currently getting new clinics up and running on our booking software."),
        ("jobs", "Work history", [
            E("Onboarding Specialist", "Clinicly", "Brisbane (hybrid)", "2024-02", "present", "facing", "other_facing", [
                "Take new physio and dental clinics from signed contract to first online booking, usually in 3 weeks",
                "Run setup calls with practice managers, import their patient lists, train front-desk staff"]),
            E("Customer Support Officer", "Clinicly", "Brisbane", "2022-08", "2024-01", "facing", "digital_service", [
                "Live chat and email support for clinic staff, 60–80 conversations a day",
                "Flagged recurring bugs to the product team"]),
            E("Carer for my father", None, None, "2021-05", "2022-07", "none", None, [], etype="unknown"),
            E("Venue Supervisor", "The Saltbox Hotel", "Fortitude Valley", "2017-03", "2021-04", "facing", "in_person_service", [
                "Ran the floor on Friday and Saturday nights, 12 staff", "RSA marshal; dealt with complaints and incidents", "Rosters and stock orders"]),
        ]),
        ("para", "Education", "Certificate IV in Hospitality (2017); currently studying Diploma of IT (part-time, TAFE Queensland)"),
        ("para", "Tools", "Intercom, HubSpot, Notion, Loom, Xero (basic)"),
    ]))

R.append(dict(
    file="w017", renderer="fpdf2", layout="twopage", head="dash", dates="mon-yy", present="Till date", sep=" to ",
    family="Indian Salesforce professional, 2-page fpdf2 CV with page footer, 'Title – Company, City' lines, Mon-YY dates",
    name="Ananya Kulkarni", tagline="Salesforce Consultant | Service Cloud | 4x Certified",
    contact=["Pune, Maharashtra", "+91 99220 55418", "ananya.kulkarni@mailbox.in"],
    blocks=[
        ("para", "Professional Summary", "7+ years on the Salesforce platform, mainly Service Cloud. Experience of full implementation lifecycle from requirement gathering to hypercare with clients in UK, US and Australia."),
        ("jobs", "Professional Experience", [
            E("Senior Salesforce Consultant", "Trivikram Cloud Consulting", "Pune", "2022-01", "present", "facing", "other_facing", [
                "Lead consultant for 5 Service Cloud implementations for insurance and telecom clients",
                "Conduct requirement workshops with client business users (onsite in Sydney for 3 months in 2023)",
                "Prepare solution design, user stories, and demo each sprint to client product owners",
                "Conduct UAT sessions and end user training"]),
            E("Salesforce Developer", "Rathi Infosystems Pvt. Ltd.", "Pune", "2019-06", "2021-12", "affecting", None, [
                "Developed case management flows, Omni-Channel routing and knowledge base for a bank's contact centre",
                "Apex triggers, LWC components, test classes with 85% coverage"]),
            E("Associate Software Engineer", "Rathi Infosystems Pvt. Ltd.", "Pune", "2018-01", "2019-05", "none", None, [
                "Batch Apex jobs for data migration and nightly reconciliation with SAP"]),
            E("Project Intern", "Deccan Automation Labs", "Pune", "2017-01", "2017-06", "none", None, [
                "Final year project: IoT dashboard for factory machine temperature monitoring"], etype="internship"),
        ]),
        ("list", "Key Projects", [
            "Claims service console for an Australian general insurer (Service Cloud, Omni-Channel, CTI with Amazon Connect) – 450 agents, went live in 7 months; my role: lead consultant and solution designer",
            "Customer self-service portal on Experience Cloud for a UK broadband provider – case deflection 18% in first quarter",
            "Field service scheduling pilot for a US HVAC company – requirement gathering, data model, UAT",
            "Knowledge migration of 6,000 articles from legacy KB to Salesforce Knowledge with translation workflow",
            "Entitlements and milestone-based SLA tracking for a telecom's enterprise support desk",
            "Omni-Channel skills-based routing for a bank's contact centre (while at Rathi Infosystems)",
            "Einstein Bots pilot for password-reset and order-status enquiries",
            "Email-to-Case consolidation of 23 mailboxes for a logistics client"]),
        ("list", "Technical Skills", ["Service Cloud, Experience Cloud, Field Service, Omni-Channel, Knowledge",
                                      "Apex, LWC, SOQL, Flows, Process Builder (legacy), Data Loader, Copado, Git",
                                      "Jira, Confluence, Azure DevOps, Miro",
                                      "Agile Scrum, SAFe basics"]),
        ("para", "Strengths", "Client communication, requirement analysis, documentation, mentoring juniors, calm in hypercare."),
        ("list", "Certifications", ["Salesforce Certified Service Cloud Consultant", "Platform Developer I", "Administrator", "Platform App Builder"]),
        ("list", "Education", ["B.E. Computer Engineering, Sahyadri Institute of Technology, Pune – 2017 – CGPA 8.4"]),
        ("list", "Personal Details", ["Languages: English, Hindi, Marathi", "Passport: Valid"]),
    ]))

R.append(dict(
    file="w018", renderer="docx", layout="sidebar", head="title_org", dates="mm.yyyy", present="now", sep=" – ",
    family="Polish QA engineer applying in English, Word two-column layout table with shaded sidebar and a nested stack table, mm.yyyy dates",
    name="Katarzyna Wójcik", contact=["Wrocław, Poland", "+48 605 555 182", "k.wojcik@mailbox.pl"],
    tagline="QA Engineer · manual & automated testing · ISTQB",
    side=[("lines", "Tech stack", ["Cypress", "Postman / Newman", "SQL", "Jira, Xray", "BrowserStack"]),
          ("lines", "Languages", ["Polish – native", "English – C1", "German – B1"]),
          ("lines", "Education", ["MA English Philology", "University of Lower Silesia, 2016"])],
    blocks=[
        ("jobs", "Experience", [
            E("QA Engineer", "Kestrelbyte Sp. z o.o.", "Wrocław", "2022-03", "present", "affecting", None, [
                "Test the mobile banking app for a Scandinavian client – iOS and Android",
                "Automated API regression in Postman/Newman, E2E in Cypress",
                "Join refinement to clarify acceptance criteria"]),
            E("Manual Tester", "Kestrelbyte Sp. z o.o.", "Wrocław", "2020-01", "2022-02", "affecting", None, [
                "Exploratory and regression testing of e-commerce web shops", "Bug reports with video and logs"]),
            E("Customer Support Specialist (English/German)", "Travelnook", "Kraków", "2017-05", "2019-12", "facing", "digital_service", [
                "Handled booking changes and refund requests from travellers by email and chat",
                "Mentored new joiners on the German queue"]),
            E("English Teacher", "Lingua Bridge Language School", "Opole", "2016-09", "2017-04", "facing", "education", []),
        ]),
    ]))

R.append(dict(
    file="w019", renderer="txt", layout="caps", head="title_org", dates="month", present="Present", sep=" to ",
    bullet="+", txt_right="pad",
    family="US site-reliability engineer as plain text, caps headings, right-padded dates, university help desk start",
    name="Devin Park", contact=["Raleigh, NC", "919.555.0166", "devin.park@mailbox.io"],
    blocks=[
        ("jobs", "Experience", [
            E("Site Reliability Engineer", "Tidewater Logistics Cloud", "Remote", "2022-01", "present", "none", None, [
                "Own SLOs and alerting for the routing API; cut paging noise by 60%",
                "Incident commander rotation; write blameless postmortems",
                "Terraform modules and Kubernetes operators for the platform team"]),
            E("DevOps Engineer", "Brightmast", "Durham, NC", "2019-04", "2021-12", "none", None, [
                "CI/CD pipelines in Jenkins then GitHub Actions", "Migrated 40 services from VMs to ECS"]),
            E("Systems Administrator", "Piedmont State University – College of Engineering", "Raleigh, NC", "2016-07", "2019-03", "facing", "internal_support", [
                "Ran the department's Linux labs and research clusters",
                "Worked the IT ticket queue for faculty and grad students; set up their workstations and VPN"]),
            E("Student Help Desk Consultant", "Piedmont State University – OIT", "Raleigh, NC", "2013-08", "2016-05", "facing", "internal_support", [
                "Walk-up and phone help for students: Wi-Fi, email, malware removal"], section="other"),
        ]),
        ("lines", "Education", ["B.S. Computer Engineering, Piedmont State University, 2016"]),
        ("lines", "Skills", ["Kubernetes, Terraform, AWS, Prometheus, Grafana, Go, Python, Bash"]),
    ]))

R.append(dict(
    file="w020", renderer="html", layout="web", head="pipe", dates="mon", present="present", sep=" – ",
    family="UK developer-relations and docs person's HTML CV, pipe title lines, support engineering and Code Club volunteering",
    name="Priyanka Mistry", tagline="Developer Experience · Docs · Community",
    contact=["Leicester, UK", "priyanka.mistry@mailbox.co.uk", "07700 900 477"],
    blocks=[
        ("para", "Hello", "I make APIs easier to use, mostly by writing things down and listening to the people who get stuck."),
        ("jobs", "Experience", [
            E("Developer Relations Engineer", "Sendlark", "Remote, UK", "2024-05", "present", "facing", "other_facing", [
                "Run office-hours calls and workshops for customers' developers integrating our messaging API",
                "Speak at meetups; maintain sample apps in Python, Node and PHP",
                "Collect integration feedback for the API team"]),
            E("Technical Writer", "Sendlark", "Remote, UK", "2022-02", "2024-04", "affecting", None, [
                "Rewrote the API reference and getting-started guides; docs-as-code with MkDocs and GitHub",
                "Worked with engineers to document new endpoints before launch"]),
            E("Support Engineer", "Vantora Hosting", "Nottingham", "2019-09", "2022-01", "facing", "digital_service", [
                "Ticket and live-chat support for developers on shared and VPS hosting: DNS, SSL, PHP errors",
                "Wrote knowledge-base articles"]),
            E("Volunteer Mentor", "Code Club at Belgrave Library", "Leicester", "2019-10", "2023-07", "facing", "volunteering", [
                "Helped 9–13 year olds with Scratch and Python projects on Saturday mornings"], section="volunteer", etype="volunteer"),
        ]),
        ("para", "Education", "BSc Computing, Soar Valley University, 2019"),
    ]))

R.append(dict(
    file="w021", renderer="reportlab", layout="twocol", head="title_org", dates="month", present="Present", sep=" – ",
    accent="#6B2D5C",
    family="Singapore pre-sales consultant and product manager, reportlab two-column header, user-research trap",
    name="Lim Wei Ling", tagline="Pre-sales & Product | Fintech | Regional APAC",
    contact=["Singapore 238801", "+65 9555 3021", "weiling.lim@mailbox.sg"],
    blocks=[
        ("jobs", "Career", [
            E("Pre-sales Consultant", "Arcturus Ledger Pte Ltd", "Singapore", "2023-04", "present", "facing", "sales_account", [
                "Run product demos and solution workshops for banks and payment firms across SEA",
                "Scope integrations with prospects' architects and write the technical sections of proposals",
                "Support account managers at renewal meetings"]),
            E("Product Manager, Merchant Onboarding", "Paysinga", "Singapore", "2020-07", "2023-03", "affecting", None, [
                "Owned the merchant sign-up and KYC flow; cut median onboarding time from 6 days to 2",
                "Interviewed merchants and watched session recordings to find drop-off points",
                "Wrote PRDs and prioritised the backlog with engineering and compliance"]),
            E("Business Analyst", "Tembusu Consulting", "Singapore", "2017-08", "2020-06", "affecting", None, [
                "Requirements and process maps for a bank's loan-origination system rebuild",
                "Test planning and UAT coordination"]),
            E("Management Associate", "Orchard Crest Bank", "Singapore", "2016-07", "2017-07", "facing", "in_person_service", [
                "Rotations through retail branch (serving customers at the counter), operations and credit risk"]),
        ]),
        ("para", "Education", "B.Comp. Information Systems, Straits National University, 2016"),
        ("para", "Languages", "English, Mandarin, Bahasa Melayu (conversational)"),
    ]))

R.append(dict(
    file="w022", renderer="docx", layout="styles", head="title_org", dates="month", present="Present", sep=" – ",
    bullet=None,
    family="Canadian customer-education manager (ex-teacher), Word heading styles, tab-stop dates, LMS admin and instructional design",
    name="Nadia Ferreira-Boucher", contact=["Ottawa, ON", "613-555-0190", "nadia.fb@mailbox.ca"],
    blocks=[
        ("para", "Profile", "Former high-school teacher who now builds customer training programs for software companies. I teach live whenever I can."),
        ("jobs", "Work Experience", [
            E("Customer Education Manager", "Northlight Scheduling", "Ottawa, ON", "2023-06", "present", "facing", "education", [
                "Lead a team of 3 trainers; run live admin-certification classes for customers every month",
                "Built the customer academy (42 courses); 11,000 learners in year one"]),
            E("LMS Administrator", "Northlight Scheduling", "Ottawa, ON", "2022-01", "2023-05", "affecting", None, [
                "Configured the customer academy LMS, SSO and course reporting", "Published and versioned course content"]),
            E("Instructional Designer (contract)", "Bytewise Learning", "Remote", "2020-09", "2021-12", "affecting", None, [
                "Designed e-learning modules for a bank's new CRM rollout in Articulate Storyline"], etype="freelance"),
            E("Science Teacher", "Rideau Valley Catholic School Board", "Ottawa, ON", "2012", "2020", "facing", "education", [
                "Taught Grade 9–12 science and chemistry; coached the robotics team"], prec="year"),
        ]),
        ("list", "Education", ["B.Ed., Université d'Outaouais, 2012", "B.Sc. Chemistry, Carleton Heights University, 2011"]),
    ]))

R.append(dict(
    file="w023", renderer="md", layout="h3", head="orgfirst", dates="mon", present="Present", sep=" – ",
    family="US freelance WordPress developer in Markdown, employer headings with roles beneath, an undated volunteer role",
    name="Ray Castellano", tagline="WordPress & WooCommerce developer for small businesses",
    contact=["Providence, RI", "401-555-0123", "ray@mailbox.work"],
    blocks=[
        ("jobs", "Work", [
            E("Owner / Developer", "Castellano Web Works", "Providence, RI", "2021-04", "present", "facing", "entrepreneurial_freelance", [
                "One-person studio: sites and online shops for ~35 local businesses",
                "I do the sales calls, the quotes, the build and the 'my site is down' phone calls"], etype="freelance"),
            E("Web Developer", "Harborlight Creative", "Pawtucket, RI", "2018-03", "2021-03", "affecting", None, [
                "Built WordPress themes from designers' Figma files; account managers dealt with clients",
                "Site speed and accessibility fixes"]),
            E("Junior Web Developer", "Harborlight Creative", "Pawtucket, RI", "2016-09", "2018-02", "affecting", None, [
                "HTML email templates and landing pages for client campaigns"]),
            E("Counter Associate", "QuickPrint Express", "Cranston, RI", "2014-05", "2016-08", "facing", "in_person_service", [
                "Took print orders at the counter, helped customers fix their files"]),
        ]),
        ("jobs", "Volunteer", [
            E("Volunteer IT helper", "St. Brendan's Community Pantry", "Providence, RI", None, None, "facing", "volunteering", [
                "Keep the pantry's laptops and Wi-Fi working and help volunteers with the intake software"], section="volunteer", etype="volunteer"),
        ]),
        ("para", "Skills", "PHP, WordPress, WooCommerce, JavaScript, Figma, Cloudflare, Google Analytics"),
    ]))

R.append(dict(
    file="w024", renderer="fpdf2", layout="left", head="title_org", dates="month", present="Present", sep=" - ",
    family="Philippine non-voice BPO and data-annotation résumé, fpdf2 left header, title then company line",
    name="Mark Anthony Villanueva", contact=["Dasmariñas, Cavite", "0928 555 3410", "markvillanueva@mailbox.ph"],
    tagline="Chat & Email Support | Data Annotation | Work-from-home ready",
    blocks=[
        ("para", "Objective", "To work as a chat or email support specialist in a company where I can use my experience and grow."),
        ("jobs", "Work Experience", [
            E("Data Annotator (Work from Home)", "Labelbridge Data Services", "Remote", "2024-03", "present", "none", None, [
                "Draw bounding boxes and polygons on street images for self-driving datasets",
                "Review other annotators' work; 98% accuracy score"], etype="freelance"),
            E("Chat Support Associate", "Bayleaf Outsourcing Inc.", "Alabang, Muntinlupa", "2021-09", "2024-02", "facing", "digital_service", [
                "Handled 3 chats at a time for a US food delivery app: missing items, refunds, rider issues",
                "Consistent 92% CSAT, Top Agent Q3 2022"]),
            E("Email Support Representative (Non-Voice)", "Bayleaf Outsourcing Inc.", "Alabang, Muntinlupa", "2020-01", "2021-08", "facing", "digital_service", [
                "Answered customer emails for an online retailer: order status, returns, promo codes"]),
            E("Service Crew", "Kainan Express, Aguinaldo Hi-way branch", "Dasmariñas", "2018-04", "2019-10", "facing", "in_person_service", []),
        ]),
        ("para", "Education", "Bachelor of Science in Information Technology (undergraduate, 3rd year), Cavite Southern College"),
        ("para", "Skills", "Typing 65 wpm, Zendesk, Freshdesk, Google Workspace, CVAT"),
    ]))

R.append(dict(
    file="w025", renderer="docx", layout="table", head="title_org", dates="mon", present="Present", sep=" – ",
    family="Irish technical account manager, Word borderless table per job, support engineer and NOC, retail start",
    name="Cian Ó Dubhghaill", contact=["Cork", "086 555 0442", "cian.odubhghaill@mailbox.ie"],
    blocks=[
        ("jobs", "Career History", [
            E("Technical Account Manager", "Hollowpeak Software", "Cork", "2023-02", "present", "facing", "sales_account", [
                "Trusted technical adviser to 12 strategic EMEA customers; monthly service reviews",
                "Coordinate fixes across engineering for customer-critical bugs and keep customers updated"]),
            E("Senior Customer Support Engineer", "Hollowpeak Software", "Cork", "2020-05", "2023-01", "facing", "digital_service", [
                "Tier 3 support for the on-prem product: log analysis, database performance, upgrade planning",
                "Customer calls and remote sessions on P1 cases"]),
            E("Network Operations Engineer", "Atlantic Fibre Ltd", "Cork", "2017-09", "2020-04", "none", None, [
                "Core network changes during maintenance windows; capacity planning"]),
            E("Sales Assistant", "Wavelength Electronics", "Mahon Point", "2015-06", "2017-08", "facing", "in_person_service", [
                "Advised customers on laptops and phones; set up devices at the tech bar"]),
        ]),
        ("list", "Education", ["BSc (Hons) Computer Systems, Munster Institute of Technology, 2017"]),
        ("list", "Interests", ["GAA (hurling), sea swimming"]),
    ]))

R.append(dict(
    file="w026", renderer="docx", layout="styles", head="org_title", dates="month", present="Present", sep=" - ",
    bullet="»",
    family="UK schools IT technician and sysadmin, Word heading styles, employer line first then title, apprenticeship",
    name="Liam Sutcliffe", contact=["Doncaster", "07700 900 733", "liam.sutcliffe@mailbox.co.uk"],
    blocks=[
        ("para", "Profile", "IT technician with seven years in schools. I know my way round a server room but most days I'm in a classroom fixing a projector while 30 Year 8s watch."),
        ("jobs", "Work History", [
            E("Network Manager", "Don Valley Learning Trust", "Doncaster", "2023-09", "present", "none", None, [
                "Manage servers, firewall, Wi-Fi and backups for four academies", "Intune and Google Workspace administration; cyber-security policy for the trust board"]),
            E("IT Support Technician", "Don Valley Learning Trust", "Doncaster", "2020-07", "2023-08", "facing", "internal_support", [
                "Helpdesk for 300 staff across two schools", "Classroom AV and laptop trolleys; set up exam-room laptops"]),
            E("IT Apprentice", "Balby Academy", "Doncaster", "2018-09", "2020-06", "facing", "internal_support", [
                "Logged and fixed helpdesk jobs from teachers; imaged and repaired pupil laptops"], etype="internship"),
            E("Shop Floor Colleague (Saturdays)", "Thorne Home & DIY", "Doncaster", "2017-03", "2018-08", "facing", "in_person_service", []),
        ]),
        ("list", "Qualifications", ["Level 3 Infrastructure Technician Apprenticeship (Distinction)", "CompTIA Network+", "A-levels: IT (B), Maths (C)"]),
    ]))

R.append(dict(
    file="w027", renderer="reportlab", layout="plain", head="at", dates="m/yyyy", present="Present", sep=" - ",
    centre=True, paper="letter",
    family="US data analyst with internal office hours for sales reps, reportlab centred header, 'Title at Company' lines, m/yyyy",
    name="Tasha Greenberg-Moore", contact=["Chicago, IL", "312-555-0171", "tasha.gm@mailbox.com"],
    blocks=[
        ("para", "Summary", "Analyst who likes the boring parts: clean models, clear definitions, dashboards people trust."),
        ("jobs", "Experience", [
            E("Analytics Engineer", "Westloop Freight", "Chicago, IL", "2024-01", "present", "none", None, [
                "dbt models for shipment costs and carrier performance; data tests and docs",
                "Migrated 120 Looker explores to the new semantic layer"]),
            E("Sales Reporting Analyst", "Kinzie Medical Supply", "Chicago, IL", "2021-03", "2023-12", "facing", "internal_support", [
                "Built territory and commission dashboards in Tableau",
                "Ran weekly office hours for 80 sales reps and answered their reporting questions on Slack and by phone",
                "Fixed CRM data issues raised by reps"]),
            E("Data Analyst", "Kinzie Medical Supply", "Chicago, IL", "2019-06", "2021-02", "none", None, [
                "Inventory and purchasing reports; SQL Server and Excel"]),
            E("Barista", "Ground Floor Coffee", "Evanston, IL", "2016-09", "2019-05", "facing", "in_person_service", [
                "Opened the store 3 days a week, trained new baristas"]),
        ]),
        ("para", "Education", "B.A. Economics, Lakeshore University, 2019"),
        ("para", "Skills", "SQL, dbt, Python, Tableau, Looker, Salesforce reports"),
    ]))

R.append(dict(
    file="w028", renderer="html", layout="web", head="dateline", dates="MON", present="till date", sep=" to ",
    family="Indian ERP consultant now in Dubai, HTML CV, title / company / dates on separate lines, outsourced service desk start",
    name="Mohammed Irfan Shaikh", tagline="SAP S/4HANA Implementation Consultant (SD/MM)",
    contact=["Dubai, UAE", "+971 50 555 8821", "irfan.shaikh@mailbox.ae", "Nationality: Indian · Visa: Employment"],
    blocks=[
        ("jobs", "Professional Experience", [
            E("SAP Implementation Consultant", "Gulfsands ERP Solutions FZ-LLC", "Dubai", "2022-08", "present", "facing", "other_facing", [
                "Lead SD/MM workstream for S/4HANA rollouts at trading and FMCG clients in UAE and Oman",
                "Run blueprint workshops with client users on site, configure, and support go-live",
                "Key-user training and hypercare"]),
            E("SAP ABAP Developer", "Prabhat Technologies Ltd", "Hyderabad", "2018-06", "2022-07", "none", None, [
                "Reports, BAPIs, IDocs and smartforms for offshore projects", "Code reviews and unit testing"]),
            E("Service Desk Analyst", "Prabhat Technologies Ltd", "Hyderabad", "2016-07", "2018-05", "facing", "contact_center", [
                "Voice service desk for a US insurance client's employees: password resets, Outlook, VPN",
                "Logged tickets in ServiceNow; 85% first-call resolution"]),
        ]),
        ("para", "Education", "B.Tech (Information Technology), Osmania Institute of Engineering, 2016"),
        ("para", "Personal", "Date of Birth: 02/03/1994 · Languages: English, Hindi, Urdu, Arabic (basic) · Driving licence: UAE"),
    ]))

R.append(dict(
    file="w029", renderer="docx", layout="tabs", head="title_org", dates="mon", present="Present", sep=" – ",
    family="US start-up founding engineer with a failed co-founded company, Word tab-stop dates, electronics-store tech start",
    name="Eli Brandt", contact=["Oakland, CA", "510-555-0104", "eli@mailbox.so", "elibrandt.dev"],
    blocks=[
        ("para", "About", "Full-stack engineer, two-time early employee, one-time founder. I like shipping the first version and talking to the people who use it."),
        ("jobs", "Experience", [
            E("Founding Engineer", "Gridnote", "San Francisco, CA", "2024-03", "present", "facing", "other_facing", [
                "Engineer #1; built the app, API and billing (TypeScript, Next.js, Postgres)",
                "Did onboarding calls for our first 30 customers and still take a customer call most weeks",
                "Hiring the next four engineers"]),
            E("Co-founder & CTO", "Parsnip Labs", "Oakland, CA", "2022-06", "2024-01", "facing", "entrepreneurial_freelance", [
                "Co-founded a meal-planning app; ran 60+ customer discovery interviews and sold pilots to two gyms",
                "Wound the company down after the seed ran out"], etype="freelance"),
            E("Full-Stack Developer", "Cobalt Harbor", "San Francisco, CA", "2019-02", "2022-05", "affecting", None, [
                "Built the self-serve signup and account settings pages; React, Rails",
                "Fixed bugs escalated by the support team"]),
            E("Tech Specialist", "Brightbyte Electronics", "Emeryville, CA", "2016-11", "2019-01", "facing", "in_person_service", [
                "Set up and repaired customers' laptops and phones at the service bar"]),
        ]),
        ("para", "Education", "B.S. Cognitive Science, Bayshore State University, 2016"),
    ]))

R.append(dict(
    file="w030", renderer="fpdf2", layout="centred", head="org_title", dates="mm/yyyy", present="Current", sep=" - ",
    caps_heads=True,
    family="South African managed-services career (learnership to service delivery manager), fpdf2 centred header, employer line first",
    name="Thandeka Nkosi", tagline="Service Delivery Manager | ITIL 4 | Managed IT Services",
    contact=["Umhlanga, Durban", "+27 71 555 9036", "thandeka.nkosi@mailbox.co.za"],
    blocks=[
        ("jobs", "Employment History", [
            E("Service Delivery Manager", "Coastline ICT Solutions", "Durban", "2023-04", "present", "facing", "sales_account", [
                "Accountable for SLAs on 25 managed-service client contracts",
                "Monthly service review meetings with client IT and finance heads; handle escalations and contract renewals",
                "Manage service desk and field team leads"]),
            E("Service Desk Analyst", "Coastline ICT Solutions", "Durban", "2019-11", "2023-03", "facing", "contact_center", [
                "Answered calls and emails from client end users; logged and resolved incidents in Freshservice",
                "Escalated to field technicians when a site visit was needed"]),
            E("Field Technician", "Izwe Computer Services", "Pietermaritzburg", "2017-02", "2019-10", "facing", "other_facing", [
                "Repairs and installations at customer offices and schools; printer and network callouts"]),
            E("IT Learnership", "eThekwini Regional Municipality", "Durban", "2016-02", "2017-01", "facing", "internal_support", [
                "Helped municipal staff with desktop issues and new user setups"], etype="internship"),
        ]),
        ("para", "Qualifications", "ITIL 4 Foundation; N+ ; Diploma in IT Support Services, Umgeni FET College (2015)"),
        ("para", "References", "Available on request"),
    ]))
