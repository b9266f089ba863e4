"""Résumés w016–w030 (wild131: tech and SaaS people)."""
from lib import E

R = []

# ---------------------------------------------------------------------------- w016
R.append(dict(
    file="w016.docx",
    family="Indian service-desk team lead at an IT services company, Word heading styles with tab-stop 'Apr-23' "
           "dates and 'Till Date', NSS volunteering, personal details and declaration",
    layout="docx, styles/title_org, mon-yy / 'Till Date'",
    render="docx", opts=dict(mode="styles", order="title_org", hstyle="Heading 2", font="Cambria", size=10.5,
                             a4=True, title_style=True),
    name="Venkata Sai Prasad Gorantla",
    headline="Service Desk Team Lead | ITIL v4 | ServiceNow | 9+ years in IT support",
    contact=["Kondapur, Hyderabad – 500084", "+91 98490 00615", "vsp.gorantla@example.in"],
    date=("mon-yy", "Till Date", " – "),
    body=[
        ("para", "Career Objective",
         "To lead a service desk team where user satisfaction and SLA discipline go together, and to grow into "
         "IT service management."),
        ("list", "Professional Summary", [
            "9+ years of experience in L1/L2 IT support and service desk operations.",
            "Hands-on with ServiceNow, SCCM, Active Directory, O365 and Cisco AnyConnect.",
            "Experience handling 24x7 shift operations and major incident bridges.",
        ]),
        ("exp", "Work Experience", [
            E("Service Desk Team Lead", "Nilgiri InfoServices Pvt. Ltd.", "Hyderabad", "2023-04", "present",
              "facing", "internal_support", [
                  "Leading a 14-member 24x7 service desk supporting 12,000 internal employees across 6 locations.",
                  "Handling VIP/executive user escalations personally and running bridge calls for major incidents.",
                  "Preparing SLA and CSAT reports for the monthly service review.",
              ]),
            E("Service Desk Analyst", "Nilgiri InfoServices Pvt. Ltd.", "Hyderabad", "2019-07", "2023-03",
              "facing", "internal_support", [
                  "Attending calls, chats and tickets from employees for password reset, VPN, Outlook and laptop "
                  "issues in ServiceNow.",
                  "Remote troubleshooting through SCCM remote control.",
              ]),
            E("Technical Support Associate (Voice)", "Globeserve BPO Solutions", "Hyderabad", "2017-01", "2019-06",
              "facing", "contact_center", [
                  "Inbound calls from US customers of a printer brand – installation, drivers, Wi-Fi setup.",
                  "Processing warranty replacements.",
              ]),
            E("Data Entry Operator", "Sri Lakshmi Computers", "Guntur", "2016-06", "2016-12", "none", None, []),
        ]),
        ("exp", "Extra-Curricular Activities", [
            E("NSS Volunteer", "Krishna Degree College NSS Unit", "Guntur", "2014", "2016", "facing", "volunteering", [
                "Weekend adult-literacy classes in the adopted village.",
                "Organised blood donation camps on campus.",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", [
            "BCA – Krishna Degree College, Guntur (2013 – 2016) – 71%",
            "Intermediate (MPC) – Sri Chaitanya Junior College (2011 – 2013) – 82%",
        ]),
        ("list", "Certifications", [
            "ITIL v4 Foundation – 2021",
            "ServiceNow Certified System Administrator – 2022",
        ]),
        ("lines", "Personal Details", [
            "Date of Birth: 14-02-1995",
            "Languages Known: Telugu, English, Hindi",
            "Marital Status: Married",
        ]),
        ("lines", "Declaration", [
            "I hereby declare that the above information is true to the best of my knowledge.",
            "Place: Hyderabad                                                    (G. V. S. Prasad)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w017
R.append(dict(
    file="w017.pdf",
    family="UK technical writer from a telecom contact centre, fpdf2 two-column serif with sidebar (tools, "
           "education, training), title / employer / dates each on their own line, page footer",
    layout="fpdf2, twocol/dateline, mon / 'Present'",
    render="fpdf", opts=dict(twocol=True, header="dateline", bullet="–", family="serif", accent=(70, 40, 90),
                             caps=False, fs=9.4, footer="Siobhan Prentice · CV · page {n}", side_w=56,
                             side_fill=(243, 238, 246)),
    name="Siobhan Prentice",
    headline="Technical Writer — API docs, help centres, docs-as-code",
    contact=["Manchester M20", "07700 900742", "siobhan.prentice@example.co.uk"],
    side=[
        ("Contact", ["Manchester M20", "07700 900742", "siobhan.prentice@example.co.uk", "siobhanwrites.example"]),
        ("Tools", ["Markdown, Git, Docusaurus", "OpenAPI / Swagger", "MadCap Flare", "Confluence, Jira",
                   "Zendesk Guide"]),
        ("Education", ["BA (Hons) English Language", "University of the Pennines", "2012 – 2015"]),
        ("Training", ["ISTC Foundation Certificate in Technical Communication, 2021",
                      "API documentation course, 2022"]),
    ],
    date=("mon", "Present", " – "),
    body=[
        ("para", "Profile",
         "I write documentation people can follow at 2 a.m. with a production issue. Started on the phones at a "
         "telecom company, moved into the knowledge base, and have been a technical writer since 2022."),
        ("exp", "Experience", [
            E("Technical Writer", "Quillon Systems", "Manchester", "2022-01", "present", "affecting", None, [
                "Write and maintain the developer docs and API reference for a payments-orchestration platform "
                "(docs-as-code with Markdown, Git and OpenAPI)",
                "Fortnightly release notes; own the style guide",
                "Work with engineers and product managers to get features documented before launch",
            ]),
            E("Knowledge Base Specialist", "Fairway Telecom", "Salford", "2019-03", "2021-12", "affecting", None, [
                "Rewrote 300+ help-centre articles using ticket and search data",
                "Built the internal adviser wiki used by 400 call-centre staff",
            ]),
            E("Customer Service Adviser", "Fairway Telecom", "Salford", "2016-02", "2019-02", "facing",
              "contact_center", [
                  "Broadband and landline calls: faults, bills, moving home",
                  "Booked engineer visits and followed up until the fault was fixed",
              ]),
            E("Bookseller (Saturdays & holidays)", "Pageturner Books", "Altrincham", "2012", "2015", "facing",
              "in_person_service", [
                  "Till, shelving and book recommendations;",
                  "ran the children's story hour in the school holidays.",
              ], prose=True),
            E("Library Assistant (term-time)", "University of the Pennines Library", "Preston", "2013-10", "2015-05",
              "facing", "in_person_service", [
                  "Issue desk and enquiries; helped students find, renew and reserve books",
              ]),
        ]),
        ("exp", "Volunteering", [
            E("Festival Steward", "Didsbury Words Festival", "Manchester", "2019", "2023", "facing", "volunteering", [
                "Scanned tickets, showed people to venues and answered visitors' questions over the festival weekend",
            ], section="volunteer", etype="volunteer"),
        ]),
    ],
))

# ---------------------------------------------------------------------------- w018
R.append(dict(
    file="w018.md",
    family="US restaurant server turned bootcamp TA and junior agency developer, GitHub Markdown README-style "
           "résumé with badges, contact list, '### Title · Company' and italic dates, projects with years",
    layout="md, h3/title_org, mon / 'present'",
    render="md", opts=dict(style="h3", contact_list=True, bullet="*", badges=[
        "[![Portfolio](https://img.shields.io/badge/portfolio-kbr.dev-orange)](https://kbr.example.dev)",
        "![Open to work](https://img.shields.io/badge/open%20to-work-brightgreen)",
    ], footer="_References from Marigold Digital and Launchpad Code Academy available on request._"),
    name="Kayla Brennan-Ruiz",
    headline="Junior full-stack developer (React, Next.js, Node) — ex-server, still good with people",
    contact=["Chicago, IL", "kayla.br@example.com", "github.com/kaylabr", "(312) 555-0164"],
    date=("mon", "present", " – "),
    body=[
        ("exp", "Experience", [
            E("Junior Full-Stack Developer", "Marigold Digital", "Chicago, IL (hybrid)", "2025-02", "present",
              "facing", "other_facing", [
                  "Build client websites and small web apps in Next.js, Node and Postgres",
                  "Join weekly calls with client stakeholders to demo sprint work and take their feedback",
                  "Fix bugs that come in through the client support inbox",
              ]),
            E("Teaching Assistant", "Launchpad Code Academy", "Chicago, IL (remote)", "2024-06", "2025-01",
              "facing", "education", [
                  "Held office hours for a cohort of 28 part-time students and debugged their code over Zoom",
                  "Reviewed pull requests on the weekly projects",
              ]),
            E("Server", "The Copper Kettle", "Evanston, IL", "2019-03", "2024-05", "facing", "in_person_service", [
                "Dinner service, 5–6 tables a section; wine pairings and allergy questions",
                "Trained new servers on the POS and the menu",
            ]),
            E("Host", "The Copper Kettle", "Evanston, IL", "2018-06", "2019-02", "facing", "in_person_service", []),
            E("Prep Cook", "Lakeshore Community College Dining Services", "Chicago, IL", "2016-09", "2018-05",
              "affecting", None, [
                  "Prepped salads, sauces and the grill line for the campus cafeteria, early shifts",
              ]),
        ]),
        ("list", "Projects", [
            "**PantryPal** (2024) — meal planner with a shared shopping list · React, Firebase",
            "**tip-split** (2023) — the app I wished we had at the end of a shift · Svelte",
        ]),
        ("list", "Education", [
            "Launchpad Code Academy — Full-Stack Web Development certificate (Jan – May 2024)",
            "Lakeshore Community College — A.A. General Studies (2016 – 2018)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w019
R.append(dict(
    file="w019.pdf",
    family="Serbian site reliability engineer who came through L3 support, two-page reportlab CV (DejaVu), "
           "'Title, Employer' lines with right-aligned ISO dates, page footer, talks and certifications",
    layout="reportlab, plain/comma, yyyy-mm / 'present'",
    render="rl_plain", opts=dict(fonts="dv", bullet="–", footer="Miloš Đorđević · CV · October 2026"),
    name="Miloš Đorđević",
    headline="Site Reliability Engineer · Kubernetes, AWS, incident management",
    contact=["Belgrade, Serbia · +381 64 000 3318", "milos.djordjevic@example.rs · github.com/mdjordjevic"],
    date=("yyyy-mm", "present", " – "),
    body=[
        ("para", "Summary",
         "SRE with nine years across Linux administration, customer-facing L3 support and reliability "
         "engineering. I have been on both ends of an incident: on the bridge with an angry customer, and "
         "in the cluster fixing it. I care about clear runbooks, honest postmortems and error budgets that "
         "product managers actually read. Looking for a senior SRE or platform role with a remote-friendly team."),
        ("skills", "Core skills", [
            "Kubernetes (EKS), Helm, ArgoCD · Terraform, AWS (EC2, RDS, IAM, VPC) · Prometheus, Grafana, Loki · "
            "Go and Python for tooling · PostgreSQL · incident command and postmortems",
        ]),
        ("exp", "Experience", [
            E("Site Reliability Engineer", "Nebulon d.o.o.", "Belgrade, Serbia", "2023-01", "present",
              "affecting", None, [
                  "Keep the multi-tenant SaaS platform (Kubernetes on AWS, ~1,800 customer workspaces) inside its "
                  "99.95% availability SLO",
                  "Incident commander on the on-call rotation; write the public status-page updates and the "
                  "blameless postmortems",
                  "Everything in Terraform and ArgoCD; cut cloud spend by 18% in 2024 through rightsizing and "
                  "spot node pools",
                  "Built the synthetic checks that now catch most login and webhook failures before customers do",
              ]),
            E("Support Engineer (L3)", "Nebulon d.o.o.", "Belgrade, Serbia", "2020-06", "2022-12",
              "facing", "digital_service", [
                  "Took escalations from the L2 team on the hardest customer tickets (SSO, webhooks, data imports)",
                  "Joined customer bridge calls during major incidents and explained root cause to their engineers",
                  "Wrote internal log-search and tenant-inspection tools in Python",
              ]),
            E("Linux Administrator", "Drina Telecom", "Novi Sad, Serbia", "2017-03", "2020-05", "none", None, [
                "Patched and monitored 250 RHEL servers behind the billing and CRM systems",
                "Night maintenance windows, Ansible playbooks, backup restores",
            ]),
        ]),
        ("exp", "During studies", [
            E("Student Assistant, Computer Labs", "Faculty of Applied Informatics", "Novi Sad", "2015-10", "2017-02",
              "facing", "internal_support", [
                  "Helped students and professors in the faculty labs with log-ins, printing and software installs",
                  "Reimaged lab PCs before exam sessions",
              ], section="other"),
        ]),
        ("list", "Certifications", [
            "CKA — Certified Kubernetes Administrator (2022)",
            "AWS Certified Solutions Architect – Associate (2021)",
        ]),
        ("list", "Talks", [
            "'Postmortems people actually read' — DevOps Belgrade meetup, March 2024",
            "'From L3 support to SRE' — Novi Sad Tech Days, 2025",
        ]),
        ("lines", "Education", [
            "BSc Applied Informatics, Faculty of Applied Informatics, Novi Sad — 2013 – 2017",
        ]),
        ("lines", "Languages", ["Serbian (native), English (C1), German (A2)"]),
    ],
))

# ---------------------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx",
    family="US customer education specialist from payroll support and a credit union, Word layout table with shaded "
           "sidebar and nested skills table, mm/yyyy dates, PTA treasurer as volunteer work",
    layout="docx, sidebar/title_org, mm/yyyy / 'Present'",
    render="docx", opts=dict(mode="sidebar", order="title_org", hstyle="Heading 3", font="Calibri", size=10,
                             nested_skills=True, side_fill="F2E6DA", margin=1.4),
    name="Brianna Castellanos",
    headline="Customer Education & Onboarding · SaaS · I make new customers successful faster",
    contact=["Denver, CO 80211", "(720) 555-0152", "bri.castellanos@example.com"],
    side=[
        ("Skills", ["Skilljar", "Articulate Rise", "Loom", "Zoom Webinar", "Gainsight", "Salesforce", "Zendesk",
                    "SQL basics"]),
        ("Certifications", ["Skilljar Course Builder (2024)", "Gainsight CS Essentials (2022)"]),
        ("Education", ["B.A. Psychology", "University of the Northern Plains", "2012 – 2016"]),
    ],
    date=("mm/yyyy", "Present", " - "),
    body=[
        ("exp", "Professional Experience", [
            E("Customer Education Specialist", "Fielddeck", "Denver, CO", "2024-03", "present", "facing", "education", [
                "Build self-paced courses in the Fielddeck Academy for dispatchers and admins",
                "Host weekly live onboarding webinars for new customers and answer their questions in the chat",
                "Track course completion against ticket deflection",
            ]),
            E("Onboarding Manager", "Fielddeck", "Denver, CO", "2022-01", "2024-02", "facing", "digital_service", [
                "Guided 120+ field-service companies through a six-week onboarding: kickoff, data import, go-live",
                "Weekly calls with each customer's project lead",
            ]),
            E("Support Specialist", "Tallgrass Payroll", "Boulder, CO", "2019-04", "2021-12", "facing",
              "contact_center", [
                  "Phone, chat and e-mail support for small-business owners running payroll",
                  "Worked the quarter-end and W-2 season surge queues",
              ]),
            E("Member Service Representative", "Front Range Credit Union", "Aurora, CO", "2016-06", "2019-03",
              "facing", "in_person_service", [
                  "Teller line and new-account desk; deposits, withdrawals, card disputes",
              ]),
        ]),
        ("exp", "Community", [
            E("PTA Treasurer", "Meadowlark Elementary PTA", "Denver, CO", "2021", "present", "none", None, [
                "Keep the books, draft the annual budget and file the 990-N",
            ], section="volunteer", etype="volunteer"),
        ]),
    ],
))

# ---------------------------------------------------------------------------- w021
R.append(dict(
    file="w021.txt",
    family="Indian fresher in non-voice technical support, job-portal plain text with 'Organisation : / "
           "Designation : / Duration :' blocks, Aug'24 – Till date, academic project and declaration",
    layout="txt, naukri/kv, mon'yy / 'Till date'",
    render="txt", opts=dict(style="naukri", bullet="➢", crlf=True),
    name="Rohan Shinde",
    headline="Technical Support Associate (Non-Voice)",
    contact=["Mobile: +91 90110 00428", "Email: rohan.shinde24@example.in", "Address: Pimpri, Pune - 411018"],
    date=("mon'yy", "Till date", " – "),
    body=[
        ("para", "Career Objective",
         "Seeking a challenging position in technical support / QA where I can use my skills and grow with "
         "the organisation."),
        ("exp", "Work Experience", [
            E("Associate – Technical Support (Non-Voice)", "Sahyadri Cloudworks Pvt Ltd", "Pune", "2024-08", "present",
              "facing", "digital_service", [
                  "Resolving email and chat tickets from customers of GST billing software on Freshdesk.",
                  "Guiding users on invoice setup, e-way bill generation and data backup.",
                  "Maintaining 95% SLA adherence.",
              ]),
            E("QA Trainee (Internship)", "Indrayani Tech Labs", "Pune", "2024-01", "2024-07", "affecting", None, [
                "Executed manual test cases for a web portal.",
                "Logged defects in Jira.",
                "Learned basics of Selenium with Java.",
            ], etype="internship"),
            E("Student Coordinator – Training & Placement Cell", "Pimpri Institute of Computer Studies", "Pune",
              "2022-07", "2023-06", "facing", "other_facing", [
                  "Coordinated campus drives: liaised with visiting company HR teams, arranged rooms and schedules.",
                  "Guided students on the day of the drive.",
              ], section="other", etype="volunteer"),
        ]),
        ("list", "Academic Project", [
            "Hostel Complaint Portal (Jan'23 – Apr'23) – PHP, MySQL – team of 3",
        ]),
        ("lines", "Educational Qualification", [
            "BCA      | Pimpri Institute of Computer Studies | 2020-2023 | 7.9 CGPA",
            "HSC      | Maharashtra State Board               | 2020      | 68%",
            "SSC      | Maharashtra State Board               | 2018      | 81%",
        ]),
        ("list", "Technical Skills", [
            "Freshdesk, Jira, MS Excel, basic SQL, Selenium (basic)",
        ]),
        ("lines", "Personal Details", [
            "Date of Birth : 03/09/2002",
            "Languages     : Marathi, Hindi, English",
        ]),
        ("lines", "Declaration", [
            "I hereby declare that the information furnished above is true to the best of my knowledge.",
            "Place: Pune",
            "(Rohan Shinde)",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w022
R.append(dict(
    file="w022.docx",
    family="Argentine freelance full-stack developer, Word with bold caps headings, 'Title, Employer' line with "
           "tab-stop year ranges, '2021 – to date', a university teaching-assistant role",
    layout="docx, tabs/comma, yyyy / 'to date'",
    render="docx", opts=dict(mode="tabs", order="comma", hstyle="bold", font="Verdana", size=9.5, a4=True,
                             glyph="•", glyph_tab=True),
    name="Tomás Ezequiel Benedetti",
    headline="Full-stack developer (React, Django) — freelance, working in English and Spanish",
    contact=["Buenos Aires, Argentina", "+54 9 11 0000 3347", "tomas.benedetti@example.com.ar",
             "github.com/tbenedetti"],
    date=("mon", "to date", " – "),
    body=[
        ("para", "Profile",
         "Developer with 8+ years of experience. Since 2021 I work directly with small businesses as a "
         "freelancer: I scope the work, build it, and stay around after launch."),
        ("exp", "Experience", [
            E("Freelance Full-Stack Developer", "Self-employed", "Buenos Aires / remote", "2021", "present", "facing",
              "entrepreneurial_freelance", [
                  "Scope, quote and build web apps for small businesses in Argentina, Spain and the US (React, Django)",
                  "Discovery calls and weekly demos with clients; handle their support requests after launch",
                  "Long-term clients: a dental clinic chain, a wine exporter, two online shops",
              ], etype="freelance"),
            E("Backend Developer", "Pampa Logística S.A.", "Buenos Aires", "2018", "2021", "affecting", None, [
                "Route-optimisation and delivery-tracking services (Python, PostGIS)",
                "Built the SMS notifications that tell recipients when their parcel is close",
            ]),
            E("Help Desk Technician", "Instituto Técnico Río de la Plata", "Buenos Aires", "2016", "2018", "facing",
              "internal_support", [
                  "Supported teachers, admin staff and 1,500 students: accounts, lab PCs, projectors",
                  "Staffed the help-desk window in the main building",
              ]),
            E("Ayudante de Cátedra – Programming I", "Universidad del Río Sur", "Buenos Aires", "2015", "2017", "facing",
              "education", [
                  "Led practical sessions for first-year students and marked assignments",
              ], section="other"),
        ]),
        ("lines", "Education", [
            "Licenciatura en Sistemas — Universidad del Río Sur, 2013 – 2019",
        ]),
        ("lines", "Languages", ["Spanish (native) · English (C1, Cambridge CAE 2017) · Italian (A2)"]),
    ],
))

# ---------------------------------------------------------------------------- w023
R.append(dict(
    file="w023.docx",
    family="UK head of IT at a schools trust, ex-council IT manager and Royal Signals, Word heading styles with the "
           "job title as Heading 2 and employer line with tab-stop dates, year-only older roles",
    layout="docx, styles/h2title, mon / 'Present'",
    render="docx", opts=dict(mode="styles", entry_heading=True, hstyle="Heading 1", font="Calibri", size=10.5,
                             a4=True),
    name="Graham Thistlewood",
    headline="Head of IT Services · education and public sector · ITIL, PRINCE2",
    contact=["Wakefield WF1", "07700 900807", "g.thistlewood@example.org.uk"],
    date=("mon", "Present", " – "),
    body=[
        ("para", "Personal statement",
         "IT leader with twenty years in the Army, local government and education. I build service teams people "
         "are glad to ring, and I keep a tight grip on budgets and contracts."),
        ("exp", "Career history", [
            E("Head of IT Services", "Marchmont Schools Trust", "Wakefield", "2021-09", "present", "none", None, [
                "Set IT strategy and a £1.4m annual budget for 11 academies",
                "Manage a team of 9 technicians and the outsourced network provider",
                "Negotiated the trust-wide Microsoft licensing and device-refresh contracts",
                "Cyber Essentials Plus across all sites",
            ]),
            E("IT Services Manager", "Alder Vale Council", "Alderbridge", "2016-07", "2021-08", "facing",
              "internal_support", [
                  "Ran the in-house service desk and desktop team (14 staff) for 2,300 council employees",
                  "Personally handled complaints and escalations from heads of service; chaired the monthly IT "
                  "user forum",
                  "Led the Windows 10 and Office 365 rollout",
              ]),
            E("Desktop Support Analyst", "Alder Vale Council", "Alderbridge", "2012", "2016", "facing",
              "internal_support", [
                  "Desk-side support for staff in the civic centre and three depots",
                  "PC builds and the printer fleet",
              ]),
            E("Communication Systems Operator", "Royal Corps of Signals, British Army", None, "2006", "2012",
              "none", None, [
                  "Set up and ran radio and satellite detachments on exercise and on two operational tours",
                  "Promoted to Lance Corporal in 2009",
              ], etype="military"),
        ]),
        ("list", "Qualifications", [
            "BSc (Hons) Computing & IT (part-time) — Northern Open College, 2010 – 2015",
            "ITIL v3 Expert — 2014",
            "PRINCE2 Practitioner — 2018",
        ]),
        ("lines", "References", ["Available on request."]),
    ],
))

# ---------------------------------------------------------------------------- w024
R.append(dict(
    file="w024.pdf",
    family="US insurance call-centre rep promoted into Salesforce administration, LinkedIn profile printed from the "
           "browser, three positions under one employer, cinema crew job with no description",
    layout="reportlab, liweb/orgfirst, mon / 'Present'",
    render="rl_liweb", opts=dict(fonts="helv", url="https://www.linkedin.com/in/deshawn-pruitt-sfadmin/",
                                 print_stamp="10/14/26, 9:30 AM", logo="#b0763a"),
    name="Deshawn Pruitt",
    headline="Salesforce Administrator | 2x Salesforce Certified | From the phones to the platform",
    location="Columbus, Ohio, United States",
    contact=["deshawn.pruitt@example.com"],
    date=("mon", "Present", " - "),
    body=[
        ("para", "About",
         "I spent three and a half years answering policyholder calls before moving into Salesforce admin at the "
         "same company. I still think like the rep on the other side of the screen."),
        ("exp", "Experience", [
            E("Salesforce Administrator", "Brookhollow Insurance", "Columbus, Ohio, United States", "2023-02",
              "present", "facing", "internal_support", [
                  "Support 350 Salesforce users in sales and service: access, page layouts, reports, dashboards",
                  "Run new-user training and lunch-and-learns whenever we release features",
                  "Build Flows and validation rules; manage sandboxes and change sets",
              ], extra=dict(emp="Full-time", skills=["Salesforce Flow", "User Training"])),
            E("Customer Service Representative II", "Brookhollow Insurance", "Columbus, Ohio, United States",
              "2020-06", "2023-01", "facing", "contact_center", [
                  "Took escalated policyholder calls: billing disputes, cancellations, claim status",
                  "Side-by-side coaching for new reps",
              ]),
            E("Customer Service Representative", "Brookhollow Insurance", "Columbus, Ohio, United States",
              "2019-08", "2020-05", "facing", "contact_center", [
                  "Inbound calls from policyholders about payments, ID cards and coverage changes.",
                  "55–65 calls a day.",
              ], prose=True),
            E("Crew Member", "Sunset Cinemas", "Westerville, Ohio, United States", "2016", "2019", "facing",
              "in_person_service", [], extra=dict(emp="Part-time")),
            E("Warehouse Associate", "Buckeye Fulfillment", "Groveport, Ohio, United States", "2015-05", "2015-12",
              "affecting", None, [
                  "Picked, packed and shipped e-commerce orders; hit 120 units/hour pick rate",
              ], extra=dict(emp="Seasonal")),
        ]),
        ("lines", "Education", [
            "Buckeye Valley Community College",
            "Associate of Applied Science - AAS, Business Management",
            "2015 - 2017",
        ]),
        ("lines", "Licenses & certifications", [
            "Salesforce Certified Administrator · Issued Nov 2022",
            "Salesforce Certified Platform App Builder · Issued Jun 2024",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w025
R.append(dict(
    file="w025.md",
    family="Czech product designer and UX researcher who began in e-shop support, Markdown with a role summary "
           "table and '**Title**, Company, City — _dates_' lines, a summer hostel job",
    layout="md, bold/comma, mon / 'present'",
    render="md", opts=dict(style="bold", summary_table=True, bullet="-", hlevel="##"),
    name="Tereza Horáková",
    headline="Product designer · research-led · mobile apps",
    contact=["Prague, Czechia", "tereza.horakova@example.cz", "portfolio: terezahorakova.example"],
    date=("mon", "present", " – "),
    body=[
        ("para", "Hello",
         "Product designer with a research habit. I like small teams, real users and shipping often."),
        ("exp", "Work", [
            E("Product Designer", "Květina Apps s.r.o.", "Prague", "2022-05", "present", "affecting", None, [
                "Design the flows for a plant-care subscription app in Figma; keep our design system (120 "
                "components) tidy",
                "Plan and run moderated usability tests with app users every sprint",
                "Pair with the iOS and Android developers on implementation details",
            ]),
            E("UX Researcher (contract)", "Vltavská spořitelna", "Prague", "2020-03", "2022-04", "affecting", None, [
                "Interviewed 60+ retail banking customers about mobile app onboarding; card sorts and diary studies",
                "Turned findings into journey maps for the product teams",
            ], etype="freelance"),
            E("Customer Support Agent (EN/CZ)", "Sklenka.cz", "Brno", "2018-09", "2020-02", "facing",
              "digital_service", [
                  "E-mail and chat support for a glassware e-shop: orders, breakages in transit, returns",
              ]),
            E("Front Desk Receptionist", "Hostel Zlatý Klíč", "Prague", "Summer 2017", None, "facing",
              "in_person_service", [
                  "Check-ins, late-night arrivals, city tips for backpackers",
              ]),
            E("Graphic Design Intern", "Studio Modrá", "Ostrava", "2016-07", "2016-09", "affecting", None, [
                "Made social-media banners and packaging mock-ups for the studio's retail clients",
            ], etype="internship"),
        ]),
        ("list", "Education", [
            "MgA. Interaction Design — Ostrava Institute of Design (2016 – 2021)",
            "UX Research certificate, online course (2021)",
        ]),
        ("list", "Tools", ["Figma, FigJam, Maze, Dovetail, Notion"]),
    ],
))

# ---------------------------------------------------------------------------- w026
R.append(dict(
    file="w026.docx",
    family="US point-of-sale field service technician from an electronics store tech bar and a phone-repair back "
           "room, Word with employer line first and m/yyyy tab-stop dates, typed bullets, 'Current'",
    layout="docx, tabs/org_title, m/yyyy / 'Current'",
    render="docx", opts=dict(mode="tabs", order="org_title", hstyle="bold", font="Arial", size=10, glyph="–",
                             center=True),
    name="Luis Alberto Fonseca",
    headline="Field Service Technician · POS hardware, networking, on-site training",
    contact=["Baltimore, MD 21224", "(410) 555-0178", "luis.a.fonseca@example.com"],
    date=("m/yyyy", "Current", " – "),
    body=[
        ("exp", "Work Experience", [
            E("Field Service Technician", "Keystone POS Services", "Baltimore, MD", "2023-03", "present", "facing",
              "other_facing", [
                  "Install, repair and swap POS terminals, kitchen printers and card readers at restaurants and shops "
                  "across four counties",
                  "Walk owners and managers through the new setup and train their staff at go-live",
                  "Around six on-site calls a day; close tickets from the van on a tablet",
              ]),
            E("Technical Specialist", "Circuit Avenue", "Towson, MD", "2020-08", "2023-02", "facing",
              "in_person_service", [
                  "Diagnosed laptops, phones and tablets at the tech bar by appointment",
                  "Explained repair options and data-backup choices to customers",
              ]),
            E("Repair Technician", "QuickMend Phone Repair", "Baltimore, MD", "2018-05", "2020-07", "affecting", None, [
                "Screen, battery and charge-port repairs in the back workshop; microsoldering",
                "Worked from the repair queue - the front-counter staff dealt with customers",
            ]),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Mentor", "Civic Code Chesapeake", "Baltimore, MD", "2022-01", "present", "facing",
              "volunteering", [
                  "Mentor teen teams at two hackathons a year; help them debug and rehearse their demos",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Certifications", ["CompTIA A+ (2019)", "OSHA 10-Hour General Industry (2023)"]),
        ("lines", "Education", ["Patapsco Technical High School — Diploma, Computer Repair pathway, 2017"]),
        ("lines", "References", [
            "Dana Whitlock, Service Manager, Keystone POS Services — (410) 555-0143",
            "Greg Ames, Store Leader, Circuit Avenue Towson — (410) 555-0190",
        ]),
    ],
))

# ---------------------------------------------------------------------------- w027
R.append(dict(
    file="w027.pdf",
    family="Indian enterprise customer success manager for an HRMS, ex-implementation consultant and payroll "
           "executive, fpdf2 centred header, title line with right-aligned 'Jun. 2023' dates, MBA summer internship",
    layout="fpdf2, centred/title_org, mon. / 'Present'",
    render="fpdf", opts=dict(head="centred", header="title_org", bullet="›", family="sans", accent=(20, 70, 110),
                             fs=9.5, caps=True),
    name="Divya Ramakrishnan",
    headline="Customer Success Manager – Enterprise | HR Tech SaaS | MBA (HR)",
    contact=["Chennai, Tamil Nadu", "+91 94440 00871", "divya.ramakrishnan@example.in"],
    date=("mon.", "Present", " – "),
    body=[
        ("para", "Profile",
         "HR-tech professional with 8 years across payroll operations, HRMS implementation and enterprise "
         "customer success. Known for steady renewals and for getting payroll go-lives over the line."),
        ("exp", "Professional Experience", [
            E("Customer Success Manager – Enterprise", "Talentrix HR Cloud", "Chennai", "2023-06", "present",
              "facing", "sales_account", [
                  "Manage 22 enterprise accounts (2,000–15,000 employees) on the HRMS and payroll suite",
                  "Quarterly business reviews with CHROs and HR operations heads; renewal and upsell discussions "
                  "alongside the account executive",
                  "Coordinate fixes with product and support when a customer's payroll run is at risk",
              ]),
            E("Implementation Consultant", "Talentrix HR Cloud", "Chennai", "2021-01", "2023-05", "facing",
              "other_facing", [
                  "Gathered requirements from client HR and payroll teams and configured leave, attendance and "
                  "payroll rules",
                  "Conducted UAT and end-user training sessions at client offices",
              ]),
            E("Payroll Executive", "Marina Facilities Management Pvt. Ltd.", "Chennai", "2018-07", "2020-12",
              "none", None, [
                  "Processed monthly payroll for 900 housekeeping and security staff; PF, ESI and TDS filings",
                  "Reconciled attendance data from 40 client sites",
              ]),
            E("Summer Intern – HR", "Tamil Coast Cooperative Bank", "Chennai", "2017-05", "2017-06", "none", None, [
                "Digitised employee records and built an attendance tracker in Excel",
            ], etype="internship"),
        ]),
        ("list", "Education", [
            "MBA (Human Resources) — Chennai School of Management Studies, 2016 – 2018",
            "B.Com — Guindy Arts & Science College, 2013 – 2016",
        ]),
        ("list", "Certifications", ["Certified Payroll Professional — 2019", "Gainsight CSM Level 1 — 2024"]),
    ],
))

# ---------------------------------------------------------------------------- w028
R.append(dict(
    file="w028.txt",
    family="Bulgarian billing support specialist from an Italian-language call centre, plain text with caps "
           "headings and the dates in front of each title, 'to date', a summer waiter job",
    layout="txt, caps/date_title, mon / 'to date'",
    render="txt", opts=dict(style="caps", bullet="•"),
    name="Kalina Dimitrova",
    headline="Billing Support Specialist | SaaS payments | BG / EN / IT",
    contact=["Sofia, Bulgaria", "+359 88 000 4412", "kalina.dimitrova@example.bg"],
    date=("mon", "to date", " – "),
    body=[
        ("para", "Profile",
         "Billing and payments support with a call-centre background. Patient with upset customers, precise with "
         "numbers."),
        ("exp", "Experience", [
            E("Billing Support Specialist", "Ardent Ledger EOOD", "Sofia", "2024-03", "present", "facing",
              "digital_service", [
                  "Answer billing tickets and chats from customers in English and Italian: invoices, refunds, failed "
                  "card payments, VAT questions",
                  "Explain dunning e-mails and help customers update their payment details",
                  "Flag recurring billing bugs to the payments team",
              ]),
            E("Payments Operations Analyst", "Ardent Ledger EOOD", "Sofia", "2022-04", "2024-02", "affecting", None, [
                "Reconciled daily payouts with the payment providers; investigated failed and duplicate payments",
                "Processed refund batches approved by support",
            ]),
            E("Customer Service Agent – Italian Market", "Balkan Voice Solutions", "Sofia", "2019-09", "2022-03",
              "facing", "contact_center", [
                  "Inbound calls for an Italian energy supplier: bills, meter readings, contract switches",
                  "Best quality score on the Italian team in Q3 2021",
              ]),
            E("Waiter (seasonal)", "Hotel Morska Zvezda", "Sozopol", "Summer 2018", None, "facing",
              "in_person_service", [
                  "Breakfast and à la carte service on the terrace for German, English and Russian-speaking guests",
              ]),
            E("Private Italian Tutor (freelance)", None, "Sofia", "2016", "2019", "facing", "education", [
                "Taught Italian to secondary-school students preparing for their language exams",
            ], etype="freelance"),
        ]),
        ("lines", "Education", [
            "BA Applied Linguistics (Italian and English) - Balkan University of Languages, 2015 - 2019",
        ]),
        ("lines", "Courses", ["Excel for Finance (2022)", "Subscription billing fundamentals, online (2024)"]),
        ("lines", "Languages", ["Bulgarian - native; English - C1; Italian - C1; German - A2"]),
    ],
))

# ---------------------------------------------------------------------------- w029
R.append(dict(
    file="w029.pdf",
    family="Colombian SaaS account executive from SDR and a bilingual call centre, reportlab two-column with the "
           "sidebar on the right, 'Title | Company | City' lines with the dates below",
    layout="reportlab, twocol-right/pipe, month / 'Present'",
    render="rl_twocol", opts=dict(side="right", accent="#8a2d1e", light="#f6ebe7", header="pipe", bullet="·",
                                  caps=False, a4=True),
    name="Santiago Ospina Vélez",
    headline="Account Executive · B2B SaaS · LATAM mid-market",
    contact=["Medellín, Colombia", "+57 300 000 5521", "santiago.ospina@example.co"],
    side=[
        ("Contacto / Contact", ["Medellín, Colombia", "+57 300 000 5521", "santiago.ospina@example.co"]),
        ("Tools", ["HubSpot", "Salesforce", "Gong", "Apollo", "Google Sheets"]),
        ("Languages", ["Spanish — native", "English — C1", "Portuguese — A2"]),
        ("Education", ["Administración de Empresas", "Universidad del Valle de Aburrá", "2014 – 2019"]),
        ("Awards", ["President's Club 2025 (Rumbo CRM)"]),
    ],
    date=("month", "Present", " – "),
    body=[
        ("exp", "Experience", [
            E("Account Executive", "Rumbo CRM", "Medellín", "2024-02", "present", "facing", "sales_account", [
                "Close new business with SMB and mid-market companies in Colombia, Peru and Chile — 118% of quota "
                "in 2025",
                "Run demos and negotiate contracts with owners and sales directors",
            ]),
            E("Sales Development Representative", "Rumbo CRM", "Medellín", "2022-01", "2024-01", "facing",
              "sales_account", [
                  "Prospected by phone, e-mail and LinkedIn; booked 25+ qualified meetings a month",
                  "Qualified inbound demo requests the same day",
              ]),
            E("Bilingual Call Center Agent", "Conecta Andina BPO", "Medellín", "2019-03", "2021-12", "facing",
              "contact_center", [
                  "Customer service calls in English and Spanish for a US home-insurance company",
              ]),
            E("Brand Promoter (weekends)", "Activa Promociones", "Medellín", "2016-06", "2017-12", "facing",
              "in_person_service", [
                  "Ran tastings and sampling stands for a dairy brand in supermarkets",
              ]),
            E("English Conversation Volunteer", "Casa de la Cultura La Floresta", "Medellín", "2018-02", "2018-11",
              "facing", "volunteering", [
                  "Ran free English conversation clubs for teenagers and adults twice a week",
              ], section="volunteer", etype="volunteer"),
        ]),
    ],
))

# ---------------------------------------------------------------------------- w030
R.append(dict(
    file="w030.docx",
    family="US senior data analyst (churn and retention) who was a pharmacy technician, contact in the Word page "
           "header, page-number footer, tab-stop dates, VITA tax-season volunteering with a 'Jan – Apr 2024' range",
    layout="docx, header/title_org, month / 'Present'",
    render="docx", opts=dict(mode="tabs", order="title_org", hstyle="Heading 2", header_contact=True,
                             footer="Hannah Okafor-Price | page", footer_page=True, font="Garamond", size=11,
                             glyph="•"),
    name="Hannah Okafor-Price",
    headline="Senior Data Analyst · retention analytics · SQL, dbt, Python, Tableau",
    contact=["Raleigh, NC", "(919) 555-0136", "hannah.okaforprice@example.com"],
    date=("month", "Present", " – "),
    body=[
        ("para", "Summary",
         "Analyst with six years in data and four before that behind a pharmacy counter. I build models and "
         "dashboards that change what teams do, not just what they look at."),
        ("exp", "Experience", [
            E("Senior Data Analyst", "Parcelle Subscriptions", "Raleigh, NC", "2023-04", "present", "affecting", None, [
                "Built the churn-risk model and the retention dashboard the CX and lifecycle-marketing teams use "
                "daily",
                "Designed and analysed A/B tests of the cancellation flow and win-back offers",
                "Own the customer data model in dbt and Snowflake",
            ]),
            E("Data Analyst", "Greyfield Health System", "Durham, NC", "2020-09", "2023-03", "none", None, [
                "Finance and supply-chain reporting in Tableau",
                "Automated the month-end variance reports",
            ]),
            E("Certified Pharmacy Technician", "CareRite Pharmacy", "Cary, NC", "2016-06", "2020-08", "facing",
              "healthcare_care", [
                  "Filled prescriptions and worked the pickup and drive-thru windows",
                  "Sorted out insurance rejections with patients and prescribers' offices",
              ]),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Tax Preparer (VITA)", "Triangle Free Tax Clinic", "Raleigh, NC", "2024-01", "2024-04",
              "facing", "volunteering", [
                  "Prepared and e-filed returns for low-income families, sitting with each client to go through "
                  "their documents",
              ], section="volunteer", etype="volunteer", dates="Jan – Apr 2024"),
        ]),
        ("exp", "Campus employment", [
            E("Undergraduate Lab Assistant", "Department of Biology, Tar River State University", "Greenville, NC",
              "2014-08", "2016-05", "none", None, [
                  "Prepared media and cleaned glassware for the teaching labs",
              ], section="other"),
        ]),
        ("list", "Education", [
            "M.S. Business Analytics — Tar River State University, 2018 – 2020",
            "B.S. Biology — Tar River State University, 2012 – 2016",
        ]),
        ("list", "Certifications", ["Tableau Desktop Specialist (2021)", "NC Pharmacy Technician registration (2016)"]),
    ],
))
