"""wild120 résumés w016–w030 (fictional)."""
from lib import E

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    file="w016.pdf", family="US freelance iOS developer, fpdf2 left-aligned header, title, employer and dates each on their own line",
    lay="fpdf2, left/dateline, month / 'Present'", engine="fpdf", page="Letter", ds="month", present="Present",
    hdr="dateline", mark="•",
    name="Owen Szymanski", headline="iOS Developer · Swift / SwiftUI · Freelance",
    contact=["Pittsburgh, PA", "(412) 555-0106", "owen.szy@mailbox.com", "upwork.com/freelancers/owenszy"],
    sections=[
        ("text", "Summary", ["iOS developer who has shipped 20+ apps for startups and small businesses. I like short feedback loops: "
                             "weekly builds, honest estimates, clear messages."]),
        ("exp", "Experience", [
            E("Freelance iOS Developer", "Upwork (self-employed)", "Remote", "2022-01", "present", "facing", "entrepreneurial_freelance", [
                "Scope features with clients on video calls and write fixed-price proposals",
                "Send weekly TestFlight builds, walk clients through them and handle revision requests",
                "100% Job Success, 41 contracts"], etype="freelance"),
            E("Indie Developer, Tidepool Timer", "Self-published (App Store)", None, "2020-06", "present", "facing", "entrepreneurial_freelance", [
                "Built and maintain a focus-timer app with 35k downloads",
                "Reply to App Store reviews and the support inbox myself"], etype="freelance"),
            E("Mobile Developer", "Pebblecast Inc.", "Pittsburgh, PA", "2019-09", "2021-12", "affecting", None, [
                "Built the podcast player, downloads and CarPlay features in Swift",
                "Fixed crashes reported through Crashlytics and the support team"]),
            E("IT Intern", "Allegheny Riverside Hospital", "Pittsburgh, PA", "2018-06", "2018-08", "facing", "internal_support", [
                "Set up laptops for new starters and answered staff help-desk tickets"],
                etype="internship", dtext="Summer 2018"),
            E("Teaching Assistant, Intro to Programming", "Duquesne Ridge University", "Pittsburgh, PA", "2018-09", "2019-05", "facing", "education", [
                "Ran weekly lab sections and office hours for 40 first-year students"], section="other"),
        ]),
        ("lines", "Education", ["B.S. Computer Science, Duquesne Ridge University, 2019"]),
        ("list", "Skills", ["Swift, SwiftUI, UIKit, Combine", "Firebase, CoreData, REST", "Figma handoff, App Store Connect"]),
    ]))

# ---------------------------------------------------------------- w017
R.append(dict(
    file="w017.docx", family="Dutch technical account manager writing in English, Word heading styles with dates in the heading line",
    lay="docx, styles/title_org, mon / 'present'", dmode="styles", ds="mon", present="present", hdr="title_org", mark="•",
    name="Sanne de Vries-Okafor", headline="Technical Account Manager – observability & cloud",
    contact=["Utrecht, NL", "+31 6 5550 1843", "sanne.dvo@mailbox.nl"],
    sections=[
        ("text", "Profile", ["Engineer turned technical account manager. I keep enterprise customers successful on our platform "
                             "and bring their problems back to engineering."]),
        ("exp", "Work experience", [
            E("Technical Account Manager", "Northwind Observability B.V.", "Amsterdam", "2023-06", "present", "facing", "sales_account", [
                "Trusted technical advisor for 9 enterprise accounts; weekly calls and on-site health checks",
                "Lead incident reviews with customers after major outages",
                "Plan renewals and expansions together with the account executive"]),
            E("Support Engineer", "Northwind Observability B.V.", "Amsterdam", "2021-02", "2023-05", "facing", "digital_service", [
                "Solved customer tickets on agents, dashboards and alerting; Zoom sessions for complex cases",
                "Wrote 70+ help-centre articles"]),
            E("Site Reliability Engineer", "Graafschap Hosting", "Enschede", "2018-10", "2021-01", "none", None, [
                "Kept the Kubernetes platform and CI pipelines running; on-call rota",
                "Automated backups and capacity reports"]),
            E("Graduate Software Developer", "Veldkamp Retail Systems", "Zwolle", "2017-09", "2018-09", "affecting", None, [
                "Built features for the point-of-sale software used at shop tills"]),
        ]),
        ("lines", "Education", ["BSc Technische Informatica, Hogeschool Windesheim, 2017"]),
        ("lines", "Languages", ["Dutch (native), English (C2), German (B2)"]),
    ]))

# ---------------------------------------------------------------- w018
R.append(dict(
    file="w018.txt", family="Indian IT services engineer, job-portal plain text with labelled Designation / Company / Duration blocks and declaration",
    lay="txt, plain/labelled, mon / 'Till date'", ds="mon", present="Till date", sep=" to ", hdr="labelled",
    mark="*", caps=True, underline="=",
    name="PRANAV DESHMUKH", headline="Senior Software Engineer (Java / Spring Boot) - 8.9 years",
    contact=["Mobile: +91 98555 01762", "E-mail: pranav.deshmukh@mailbox.in", "Current location: Dallas, TX (onsite)"],
    sections=[
        ("text", "Career Objective", ["Seeking a challenging position in a reputed organization where I can use my technical "
                                      "and client-handling skills for the growth of the organization."]),
        ("list", "Technical Skills", ["Languages: Java 17, SQL, JavaScript", "Frameworks: Spring Boot, Hibernate, Angular",
                                      "Tools: Jenkins, Git, JIRA, Splunk", "Cloud: AWS (EC2, S3, Lambda)"]),
        ("exp", "Professional Experience", [
            E("Senior Software Engineer", "Kaveri Infotech Solutions Pvt. Ltd.", "Dallas, TX (client site)", "2023-04", "present", "facing", "other_facing", [
                "Working onsite at client (US retail chain) with the client product owner",
                "Daily stand-ups and requirement clarification with client business users",
                "Conduct UAT demos for client stakeholders and coordinate with offshore team"]),
            E("Software Engineer", "Kaveri Infotech Solutions Pvt. Ltd.", "Pune", "2020-07", "2023-03", "affecting", None, [
                "Developed REST APIs for the client's order management system",
                "Fixed production defects raised through the client's ticketing tool"]),
            E("Application Support Analyst", "Sahyadri Co-operative Bank Ltd.", "Pune", "2018-06", "2020-06", "facing", "internal_support", [
                "L2 support for branch staff on the core banking application",
                "Resolved tickets and phone calls from branch users, ran month-end batch checks"]),
            E("Graduate Engineer Trainee", "Deccan Softech Pvt. Ltd.", "Pune", "2017-08", "2018-05", "none", None, [
                "Classroom training in Java and SQL, then an internal leave-management project"], etype="internship"),
        ]),
        ("lines", "Education", ["B.E. (Computer Engineering), Savitribai Phule Pune University, 2017 - 71.4%",
                                "HSC - 2013 - 82%", "SSC - 2011 - 88%"]),
        ("lines", "Personal Details", ["Date of Birth: 14-Mar-1995", "Languages Known: English, Hindi, Marathi",
                                       "Passport: Available"]),
        ("lines", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                                  "Place: Dallas                                   Pranav Deshmukh"]),
    ]))

# ---------------------------------------------------------------- w019
R.append(dict(
    file="w019.pdf", family="UK head of customer support (moved from South Africa), 2-page reportlab CV with page footer, career break listed",
    lay="reportlab, twopage/title_org, mm/yyyy / 'Present'", ds="mm/yyyy", present="Present", sep=" – ", hdr="title_org",
    mark="•", footer="Nomvula Hartley  ·  CV  ·  Page {n} of 2", fs=10.5, center=True, hcol=(0.45, 0.1, 0.2),
    name="Nomvula Hartley", headline="Head of Customer Support",
    contact=["Leeds, West Yorkshire", "07700 900 264", "nomvula.hartley@mailbox.co.uk"],
    sections=[
        ("text", "Profile", ["Support leader with twelve years in telecoms and fintech, from the phones to running a 40-person "
                             "multichannel team. I still take the hardest calls myself. Moved to the UK in 2022 with full right to work."]),
        ("list", "Key Achievements", ["Raised CSAT from 78% to 91% in 18 months at Brightnest",
                                      "Cut average handle time 22% by rebuilding the knowledge base",
                                      "Launched 24/7 chat at Kudu Mobile with no extra headcount"]),
        ("exp", "Employment", [
            E("Head of Customer Support", "Brightnest Home Insurance", "Leeds", "2022-10", "present", "facing", "contact_center", [
                "Lead 40 advisers and 4 team leads across phone, chat and email",
                "Take escalated complaints personally and call customers back before they reach the ombudsman",
                "Own support budget, hiring and workforce planning"]),
            E("Career break – relocation to the UK", None, None, "2022-01", "2022-09", "none", None, [], etype="unknown"),
            E("Support Operations Manager", "Kudu Mobile", "Cape Town", "2018-03", "2021-12", "affecting", None, [
                "Ran workforce management, QA scoring and the Zendesk set-up for 120 agents",
                "Designed the macros and routing rules customers experienced; no queue work"]),
        ]),
        ("pagebreak", None, None),
        ("exp", "Employment (continued)", [
            E("Chat Support Team Lead", "Kudu Mobile", "Cape Town", "2016-01", "2018-02", "facing", "digital_service", [
                "Coached 12 chat agents and took chats myself during peaks",
                "Handled escalations from unhappy subscribers"]),
            E("Call Centre Agent", "Fynbos Telecoms", "Cape Town", "2013-05", "2015-12", "facing", "contact_center", [
                "Inbound billing and fault calls for prepaid and contract customers"]),
        ]),
        ("lines", "Education & Training", ["BCom Business Management, UNISA, 2015", "COPC Customer Experience Standard training, 2019",
                                           "CIPD Level 5 People Management (in progress)"]),
        ("lines", "Interests", ["Trail running, community choir, cooking for too many people"]),
        ("lines", "References", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx", family="US UX researcher and designer, Word borderless table per job, year-only dates for freelance years",
    lay="docx, table/title_org, mon / 'Present' + year", dmode="table", ds="mon", present="Present", hdr="title_org",
    mark="•", dfont="Arial", fs=10,
    name="Lucía Ferraro-Hughes", headline="Senior UX Researcher",
    contact=["Raleigh, NC", "(919) 555-0183", "lucia.fh@mailbox.com", "luciaresearch.example"],
    sections=[
        ("exp", "Experience", [
            E("Senior UX Researcher", "Bluefin Health Technologies", "Raleigh, NC (remote)", "2022-05", "present", "affecting", None, [
                "Plan and run interviews and diary studies with patients and nurses for the remote-monitoring app",
                "Synthesize findings into journey maps; partner with PMs on roadmap bets",
                "Built the research ops process (recruiting panel, consent, repository)"]),
            E("Product Designer", "Corvid Labs", "Durham, NC", "2019-09", "2022-04", "affecting", None, [
                "Designed onboarding and billing flows; ran A/B tests with the growth team"]),
            E("Freelance Graphic Designer", "Self-employed", "Raleigh, NC", "2016", "2019", "facing", "entrepreneurial_freelance", [
                "Met small-business owners to brief logos, menus and signage; presented concepts and revisions",
                "Quoted, invoiced and managed 60+ client projects"], etype="freelance", prec="year"),
            E("Visual Merchandiser", "Hollis & Crane Department Store", "Raleigh, NC", "2015-06", "2017-12", "affecting", None, [
                "Built window and floor displays before opening and updated planograms for each season"]),
        ]),
        ("lines", "Education", ["MS Human-Computer Interaction, Carolina Tech, 2019", "BFA Graphic Design, 2015"]),
        ("list", "Methods", ["Interviews, usability testing, diary studies, surveys, card sorting", "Dovetail, Maze, Figma, Qualtrics"]),
    ]))

# ---------------------------------------------------------------- w021
R.append(dict(
    file="w021.md", family="UK e-commerce founder and marketplace seller in Markdown, h3 titles with dates in brackets",
    lay="md, h3/title_org, month / 'present' + year", ds="month", present="present", hdr="title_org",
    name="Imogen Castellane", headline="E-commerce manager · Amazon & Shopify · own brand since 2021",
    contact=["Cambridge, UK", "07700 900 617", "imogen@mailbox.co.uk"],
    sections=[
        ("text", "About me", ["I run a small kitchenware brand and know the marketplace side inside out: listings, PPC, "
                              "stock, margins. Looking to bring that to an in-house e-commerce team."]),
        ("exp", "Experience", [
            E("Founder", "Kettle & Crumb (online store)", "Cambridge", "2021-09", "present", "affecting", None, [
                "Source products from two UK potteries; write Amazon and Shopify listings",
                "Run Amazon PPC and manage FBA stock; £180k sales in 2025",
                "Customer emails and reviews are handled by a part-time VA I manage"], etype="freelance"),
            E("E-commerce Executive", "Harbour & Hearth Ltd", "Ely", "2019-04", "2021-08", "affecting", None, [
                "Uploaded new ranges to the Shopify store, wrote product copy, set up promotions",
                "Weekly trading reports for the buying team"]),
            E("Customer Service Advisor (email & live chat)", "Threadbare Fashion Online", "Peterborough", "2017-02", "2019-03", "facing", "digital_service", [
                "Answered order, delivery and returns queries by email and live chat (~90 contacts a day)"]),
            E("Market Trader (weekends)", "Self-employed", "Cambridge Market", "2015", "2019", "facing", "entrepreneurial_freelance", [
                "Ran my own vintage homeware stall on Saturdays: buying, pricing and selling to the public"],
                etype="freelance", prec="year"),
        ]),
        ("lines", "Education", ["BA (Hons) Business Management, Anglia Ruskin University, 2016"]),
        ("list", "Skills", ["Amazon Seller Central & FBA", "Shopify", "Google Ads / Amazon PPC", "Excel (pivot tables, XLOOKUP)"]),
    ]))

# ---------------------------------------------------------------- w022
R.append(dict(
    file="w022.pdf", family="Canadian MSP service desk analyst, fpdf2 centred header, one line per job with dates after a comma, season",
    lay="fpdf2, centred/inline, mon. / 'Present'", engine="fpdf", center=True, page="Letter", ds="mon.", present="Present",
    sep=" – ", hdr="inline", mark="-",
    name="Liam Beauchesne-Kerr", headline="IT Service Desk Analyst",
    contact=["Thunder Bay, ON", "807-555-0125", "liam.bk@mailbox.ca"],
    sections=[
        ("list", "Highlights", ["CompTIA A+ and Network+", "Microsoft 365, Intune, ConnectWise, N-able",
                                "Bilingual English / French"]),
        ("exp", "Work History", [
            E("Service Desk Analyst", "Tamarack Managed IT", "Thunder Bay", "2023-03", "present", "facing", "contact_center", [
                "Phone and ticket support for the staff of 70 client businesses (clinics, law firms, municipalities)",
                "Onboard and offboard client users, fix email, VPN and printer issues remotely"]),
            E("Field IT Technician", "Northern Lights Computer Services", "Thunder Bay", "2021-06", "2023-02", "facing", "other_facing", [
                "Visited client offices to set up workstations, Wi-Fi and phones",
                "Explained fixes and quotes to office managers on site"]),
            E("Help Desk Student Assistant", "Lakehead College IT Services", "Thunder Bay", "2019-09", "2021-04", "facing", "internal_support", [
                "Walk-up and phone help for students and faculty (accounts, Wi-Fi, printing)"], section="other"),
            E("Warehouse Associate", "Boreal Supply Co.", "Thunder Bay", "2020-06", "2020-08", "affecting", None, [
                "Picked and packed customer orders for next-day delivery"], dtext="Summer 2020"),
        ]),
        ("lines", "Education", ["Diploma, Computer Systems Technician – Lakehead College, 2021"]),
    ]))

# ---------------------------------------------------------------- w023
R.append(dict(
    file="w023.docx", family="Kenyan data scientist, Word right tab-stop dates, 'Title – Employer, Town' lines, dotted month dates",
    lay="docx, tabs/dash, mm.yyyy / 'Present'", dmode="tabs", ds="mm.yyyy", present="Present", sep=" – ", hdr="dash",
    mark="–", listbul=False, hcaps=False, hrule_col="1F4E79",
    name="Wanjiru Kamau-Otieno", headline="Data Scientist | Credit risk & analytics consulting",
    contact=["Nairobi, Kenya", "+254 722 555 419", "wanjiru.ko@mailbox.co.ke"],
    sections=[
        ("text", "Summary", ["Data scientist with consulting experience. I build credit and fraud models and explain them to people "
                             "who have to live with the decisions."]),
        ("exp", "Professional Experience", [
            E("Senior Data Scientist", "Savanna Mobile Money Ltd", "Nairobi", "2022-01", "present", "affecting", None, [
                "Built and monitor the credit-scoring model that sets loan limits for 3M app users",
                "Work with product and risk teams on limit policies; present to the credit committee"]),
            E("Data Consultant", "Acacia Insights Ltd", "Nairobi", "2019-06", "2021-12", "facing", "other_facing", [
                "Ran requirements workshops with client teams at banks and NGOs",
                "Presented findings and dashboards to client leadership; managed client expectations on timelines"]),
            E("Data Analyst", "Acacia Insights Ltd", "Nairobi", "2018-01", "2019-05", "none", None, [
                "Cleaned household survey data and built dashboards for the consultants"]),
            E("Graduate Teaching Assistant (Statistics)", "University of Nairobi", "Nairobi", "2016-09", "2017-12", "facing", "education", [
                "Taught tutorials and marked assignments for second-year statistics students"], section="other"),
            E("Mobile Money Agent Attendant", "Baraka Agencies", "Kibera, Nairobi", "2014-01", "2016-06", "facing", "in_person_service", [
                "Served customers at the kiosk: deposits, withdrawals, SIM registration"]),
        ]),
        ("lines", "Education", ["MSc Statistics, University of Nairobi, 2017", "BSc Mathematics & Computer Science, JKUAT, 2013"]),
        ("lines", "Referees", ["Dr. P. Mwangi – Senior Lecturer, University of Nairobi", "Ms. A. Njoroge – Partner, Acacia Insights"]),
    ]))

# ---------------------------------------------------------------- w024
R.append(dict(
    file="w024.html", family="Nigerian social media manager and virtual assistant, HTML page with a left sidebar, overlapping freelance work",
    lay="html, sidebar/title_org, mon / 'to date'", ds="mon", present="date", sep=" to ", hdr="title_org",
    name="Adaeze Okonkwo-Bello", headline="Social Media Manager & Virtual Assistant",
    contact=["Lagos, Nigeria", "+234 803 555 0731", "adaeze.ob@mailbox.ng"],
    sidebar=[("Tools", ["Meta Business Suite", "Canva, CapCut", "Google Workspace", "Notion, Trello", "Hootsuite"]),
             ("Languages", ["English", "Igbo", "Yoruba"])],
    sections=[
        ("exp", "Experience", [
            E("Social Media Manager", "Ofada Kitchen Group", "Lagos", "2023-01", "present", "facing", "digital_service", [
                "Reply to comments, DMs and Google reviews for six restaurant branches",
                "Resolve order complaints from DMs together with the branch managers",
                "Plan content and run paid campaigns"]),
            E("Virtual Assistant (freelance)", "Upwork", None, "2021-05", "present", "facing", "entrepreneurial_freelance", [
                "Manage inboxes, calendars and client bookings for three coaching businesses",
                "Weekly check-in calls with each client"], etype="freelance"),
            E("Social Media Content Assistant", "Bluewave Digital Agency", "Lagos", "2020-02", "2022-12", "affecting", None, [
                "Drafted captions and designed Canva graphics for the agency's clients",
                "Account managers handled all client communication"]),
            E("Front Desk Receptionist", "Ikoyi Family Dental Clinic", "Lagos", "2018-03", "2020-01", "facing", "in_person_service", [
                "Welcomed patients, booked appointments and took payments"]),
        ]),
        ("lines", "Education", ["B.Sc. Mass Communication, University of Lagos, 2017", "Google Digital Marketing Certificate, 2020"]),
    ]))

# ---------------------------------------------------------------- w025
R.append(dict(
    file="w025.pdf", family="US support specialist promoted through several roles at one SaaS employer, reportlab, employer heading with roles beneath",
    lay="reportlab, plain/orgfirst, m/yyyy / 'Present'", page="letter", ds="m/yyyy", present="Present", sep=" – ",
    hdr="orgfirst", mark="•", olsep=" — ",
    name="Kendra Vasquez-Moll", headline="Support & Product Operations",
    contact=["Denver, CO", "720-555-0150", "kendra.vm@mailbox.com"],
    sections=[
        ("text", "Summary", ["Six years at one fast-growing SaaS company, from the support queue to product operations."]),
        ("exp", "Experience", [
            E("Product Operations Analyst", "Nimbus Ledger Inc.", "Denver, CO", "2024-02", "present", "none", None, [
                "Run the release calendar, internal status reporting and tool-access audits",
                "Maintain the product team's Jira and Confluence spaces"]),
            E("Knowledge Base Specialist", "Nimbus Ledger Inc.", "Denver, CO", "2022-08", "2024-01", "affecting", None, [
                "Rewrote 300 help-center articles and in-app guides customers use to self-serve",
                "Worked from ticket trends; no queue time"]),
            E("Support Team Lead", "Nimbus Ledger Inc.", "Denver, CO", "2021-03", "2022-07", "facing", "digital_service", [
                "Led 8 agents on the chat and email queue; handled escalations from account owners"]),
            E("Support Specialist", "Nimbus Ledger Inc.", "Denver, CO", "2019-06", "2021-02", "facing", "contact_center", [
                "Phone and chat support for small-business bookkeeping customers"]),
            E("Guest Services Host", "Rialto Cinemas", "Boulder, CO", "2017-05", "2019-05", "facing", "in_person_service", []),
        ]),
        ("lines", "Education", ["B.A. Sociology, University of Colorado Boulder, 2019"]),
    ]))

# ---------------------------------------------------------------- w026
R.append(dict(
    file="w026.docx", family="Irish trust & safety analyst, name and contact in the Word page header, employer line then title",
    lay="docx, header/org_title, month / 'Present'", dmode="tabs", dheader=True, ds="month", present="Present",
    hdr="org_title", mark="•", listbul=True,
    name="Niamh Ó Dálaigh", headline="Trust & Safety Analyst",
    contact=["Dublin 8", "085 555 0392", "niamh.odalaigh@mailbox.ie"],
    sections=[
        ("text", "Profile", ["Trust & safety analyst with moderation and customer care behind me. Fluent Irish and French."]),
        ("exp", "Employment", [
            E("Trust & Safety Analyst", "Liffeyside Technologies", "Dublin", "2023-09", "present", "affecting", None, [
                "Investigate coordinated fake-account networks and take enforcement action",
                "Draft enforcement guidelines for the moderation vendor; no direct user contact"]),
            E("Content Reviewer", "Halcyon Outsourcing", "Dublin", "2021-11", "2023-08", "affecting", None, [
                "Reviewed reported posts and ads in English, Irish and French against platform policy"]),
            E("Live Chat Agent", "Brú Energy", "Dublin", "2020-01", "2021-10", "facing", "digital_service", [
                "Helped customers with bills, meter readings and switching via web chat"]),
            E("Customer Care Agent", "Clontarf Telecom", "Dublin", "2018-06", "2019-12", "facing", "contact_center", [
                "Inbound calls on broadband faults and billing"]),
        ]),
        ("lines", "Education", ["BA French and Irish, Maynooth University, 2018"]),
        ("lines", "Interests", ["Sea swimming, sean-nós dancing, Irish-language podcasts"]),
    ]))

# ---------------------------------------------------------------- w027
R.append(dict(
    file="w027.txt", family="Québec games QA tester, ATS plain text, 'Title - Employer, Town (dates)' on one line, overlapping part-time job",
    lay="txt, plain/dash_end, month / 'Current'", ds="month", present="Current", sep=" to ", hdr="dash_end",
    mark="•", caps=True,
    name="Félix Arseneault", headline="QA Analyst (games)",
    contact=["Montréal, QC  |  438-555-0117  |  felix.arseneault@mailbox.ca"],
    sections=[
        ("exp", "Experience", [
            E("QA Analyst II", "Pinecone Games", "Montréal", "2022-03", "present", "affecting", None, [
                "Own the test plan for the console certification pass",
                "Write clear repro steps and verify fixes; triage bugs reported by players"]),
            E("Game Tester", "Pinecone Games", "Montréal", "2021-01", "2022-02", "affecting", None, [
                "Contract tester on three titles: regression, compatibility and localization checks"]),
            E("Player Support Agent", "Aurora Play Studios", "Montréal", "2019-06", "2020-12", "facing", "digital_service", [
                "Answered player tickets in English and French (account recovery, purchases, bans)"]),
            E("Cashier (part-time)", "GameVault", "Laval", "2018-09", "2021-06", "facing", "in_person_service", []),
        ]),
        ("list", "Skills", ["JIRA, TestRail, DevTest consoles", "Bilingual English / French", "Basic Python scripting"]),
        ("lines", "Education", ["DEC Computer Science Technology, Collège Montmorency, 2020"]),
    ]))

# ---------------------------------------------------------------- w028
R.append(dict(
    file="w028.pdf", family="US principal solutions consultant with a long career, fpdf2 sidebar, two pages with footer, pipe lines, year-only early job",
    lay="fpdf2, sidebar/pipe, yyyy-mm / 'Present' + year", engine="fpdf", layout="sidebar", page="Letter",
    ds="yyyy-mm", present="Present", sep=" – ", hdr="pipe", mark="•", footer="Rashad Pemberton — page {n}",
    sidecol=(30, 70, 90),
    name="Rashad Pemberton", headline="Principal Solutions Consultant", contact=[],
    sidebar=[("Contact", ["Chicago, IL", "(312) 555-0177", "rashad.p@mailbox.com"]),
             ("Expertise", ["Solution design", "Technical demos", "RFPs", "Integration architecture", "SQL, Python, REST"]),
             ("Certifications", ["AWS Solutions Architect – Associate", "Salesforce Admin"])],
    sections=[
        ("text", "Summary", ["Fifteen years in software, the last ten in pre-sales. I translate between buyers and engineers."]),
        ("exp", "Experience", [
            E("Principal Solutions Consultant", "Meridian Grid Software", "Chicago, IL", "2020-01", "present", "facing", "sales_account", [
                "Lead technical discovery and demos for utility and logistics prospects ($250k+ deals)",
                "Run proof-of-concept workshops on customer sites; answer security questionnaires",
                "Coach six solutions consultants"]),
            E("Pre-Sales Engineer", "Alder Creek Systems", "Naperville, IL", "2015-04", "2019-12", "facing", "sales_account", [
                "Delivered demos to prospects with account executives; scoped integrations"]),
            E("Software Developer", "Alder Creek Systems", "Naperville, IL", "2011-06", "2015-03", "affecting", None, [
                "Built the scheduling module used by customers' dispatchers",
                "Fixed defects escalated from support"]),
            E("Network Technician", "Calumet Data Centers", "Hammond, IN", "2008", "2011", "none", None, [
                "Cabling, switch configuration and monitoring in two data centers"], prec="year"),
        ]),
        ("pagebreak", None, None),
        ("exp", "Volunteer", [
            E("Volunteer IT Support", "Southside Community Food Pantry", "Chicago, IL", "2016-01", "present", "facing", "volunteering", [
                "Fix laptops and set up accounts for pantry staff and volunteers; two Saturdays a month"],
                section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["B.S. Information Systems, Northern Illinois University, 2008"]),
        ("lines", "Awards", ["President's Club 2021, 2023 (Meridian Grid)"]),
    ]))

# ---------------------------------------------------------------- w029
R.append(dict(
    file="w029.docx", family="US marketplace product manager, Word two-column layout table with shaded sidebar, season-dated internship",
    lay="docx, sidebar/title_org, mon / 'Present'", dmode="sidebar", ds="mon", present="Present", hdr="title_org",
    mark="•", sidefill="E8EEE4",
    name="Grace Nakamura-Holt", headline="Product Manager – seller tools",
    contact=["Seattle, WA", "206-555-0162", "grace.nh@mailbox.com"],
    sidebar=[("Skills", ["Roadmapping", "SQL, Looker", "A/B testing", "Figma", "Jira"]),
             ("Education", ["BA Economics, University of Washington, 2020"])],
    sections=[
        ("exp", "Experience", [
            E("Product Manager, Seller Tools", "Harborline Marketplace", "Seattle, WA", "2023-01", "present", "affecting", None, [
                "Own bulk-listing and pricing tools used by 40k sellers",
                "Prioritise from seller-support tickets and usage data; ship with a team of 7 engineers"]),
            E("Associate Product Manager", "Harborline Marketplace", "Seattle, WA", "2021-07", "2022-12", "affecting", None, [
                "Wrote specs for the seller payouts dashboard; ran beta with support feedback"]),
            E("Seller Support Associate", "Harborline Marketplace", "Seattle, WA", "2019-10", "2021-06", "facing", "contact_center", [
                "Phone and email support for sellers with listings, payouts and account holds"]),
            E("Operations Intern", "Cascadia Freight", "Tacoma, WA", "2019-06", "2019-08", "none", None, [
                "Built carrier cost reports in Excel for the operations manager"], etype="internship", dtext="Summer 2019"),
        ]),
    ]))

# ---------------------------------------------------------------- w030
R.append(dict(
    file="w030.html", family="UK contract developer and platform freelancer, HTML page, 'Title – Employer, Town' with right dates",
    lay="html, plain/dash, mm/yyyy / 'Now'", ds="mm/yyyy", present="Now", sep=" – ", hdr="dash",
    name="Ravi Chandran-Lowe", headline="Contract Developer – Python, Django, WordPress",
    contact=["Bradford, West Yorkshire", "07700 900 845", "ravi.cl@mailbox.co.uk"],
    sections=[
        ("text", "Profile", ["Outside IR35 contractor. I build practical internal tools and small websites, and I like meeting the people who will use them."]),
        ("exp", "Experience", [
            E("Contract Software Developer (via Apex Talent)", "Northgate Distribution Ltd", "Wakefield", "2024-01", "present", "facing", "other_facing", [
                "Built a tablet pick-list app for the warehouse in Django and HTMX",
                "Shadowed pickers on the floor to gather requirements and ran training sessions for shift leads"],
                etype="freelance"),
            E("Freelance WordPress Developer", "Gigstall (freelance marketplace)", None, "2020-03", "2023-12", "facing", "entrepreneurial_freelance", [
                "Agreed scope with buyers by message and call; 180 completed orders, Level 2 seller",
                "Handled revision requests and after-launch fixes"], etype="freelance"),
            E("IT Technician Apprentice", "St Aidan's Academy", "Bradford", "2018-09", "2020-02", "facing", "internal_support", [
                "Helped teachers and office staff with laptops, projectors and logins"], etype="internship"),
            E("Kitchen Porter (part-time)", "The Corn Exchange Bistro", "Bradford", "2017-06", "2018-08", "affecting", None, [
                "Washed up, prepped veg and kept the kitchen clean"]),
        ]),
        ("lines", "Education", ["Level 3 Apprenticeship, Infrastructure Technician, 2020", "A Levels: Computer Science, Maths, Physics"]),
    ]))
