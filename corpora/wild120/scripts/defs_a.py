"""wild120 résumés w001–w015 (fictional)."""
from lib import E

R = []

# ---------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf", family="US backend engineer who never meets users, Word-to-PDF single column, title line with right-aligned dates",
    lay="reportlab, plain/title_org, mon / 'Present'", page="letter", fake_word=True,
    name="Devika Ramanathan", headline="Backend Software Engineer",
    contact=["Columbus, OH", "(614) 555-0172", "devika.ram@mailbox.net", "github.com/dramanathan-dev"],
    ds="mon", present="Present",
    sections=[
        ("text", "Summary", ["Backend engineer with seven years building payment and logistics services in Go and Python. "
                             "Comfortable owning a service end to end: design docs, on-call, postmortems."]),
        ("exp", "Experience", [
            E("Senior Backend Engineer", "Larkspur Payments", "Remote", "2023-03", "present", "affecting", None, [
                "Own the ledger and payout services that move merchant funds (~$40M/day)",
                "Cut failed payout retries by 38% by redesigning the idempotency layer",
                "Primary on-call one week in five; write postmortems and follow-up tickets",
                "Mentor two mid-level engineers; run the team's design review"]),
            E("Software Engineer", "Brindle Freight Systems", "Columbus, OH", "2019-08", "2023-02", "none", None, [
                "Built nightly batch jobs loading carrier rate files into the internal data warehouse",
                "Migrated 60+ cron jobs to Airflow; wrote the runbooks",
                "Maintained internal admin tools used by the finance team"]),
            E("Junior Web Developer", "Tallow & Finch Digital", "Dayton, OH", "2018-01", "2019-07", "affecting", None, [
                "Built WordPress and Shopify themes for agency clients from approved designs",
                "Fixed bugs logged by the account managers; never client-facing"]),
        ]),
        ("exp", "Open Source", [
            E("Maintainer, ledgerlite", "GitHub (open source)", None, "2021-05", "present", "facing", "digital_service", [
                "Triage issues and answer usage questions from users in GitHub Discussions",
                "Review community pull requests and cut monthly releases"], section="other", etype="volunteer"),
        ]),
        ("list", "Skills", ["Go, Python, PostgreSQL, Kafka, Airflow, AWS (ECS, SQS, RDS), Terraform",
                            "Observability: Grafana, Prometheus, OpenTelemetry"]),
        ("lines", "Education", ["B.S. Computer Science, Wright State University, 2017"]),
    ]))

# ---------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx", family="UK IT service desk analyst supporting staff, Word heading styles and list bullets, right tab-stop dates",
    lay="docx, styles/title_org, month / 'Present'", dmode="styles",
    name="Callum Whitty", contact=["Leicester", "07700 900 418", "callum.whitty@mailbox.co.uk"],
    ds="month", present="Present", hdr="title_org",
    sections=[
        ("text", "Profile", ["First- and second-line IT support analyst with a background in retail tech sales. "
                             "ITIL 4 Foundation. Calm on the phone, good at explaining things without jargon."]),
        ("exp", "Employment History", [
            E("IT Service Desk Analyst", "Harrowby Building Society", "Leicester", "2022-06", "present", "facing", "internal_support", [
                "Take calls, chats and tickets from 900 branch and head-office staff",
                "Reset passwords and MFA, set up new starters and leavers in Entra ID",
                "Remote onto user laptops to fix Outlook, VPN and printer issues",
                "Write knowledge-base articles for recurring faults"]),
            E("Desktop Support Technician", "Corbel Facilities Group", "Loughborough", "2020-09", "2022-05", "facing", "internal_support", [
                "Deskside support for office staff across three sites",
                "Imaged and deployed 400 laptops during the Windows 10 refresh"]),
            E("Data Centre Technician (contract)", "Ironvale Hosting", "Nottingham", "2019-11", "2020-08", "none", None, [
                "Racked and cabled servers, swapped failed drives, ran hardware audits",
                "Worked night shifts in the data hall; ticket work only"]),
            E("Tech Sales Advisor", "Voltstream Electronics", "Leicester", "2017-03", "2019-10", "facing", "in_person_service", [
                "Advised customers on laptops, phones and broadband in store",
                "Set up devices at the counter and transferred customers' data"]),
        ]),
        ("exp", "Volunteering", [
            E("Digital Champion", "Aylestone Community Library", "Leicester", "2021-01", "present", "facing", "volunteering", [
                "Saturday drop-in helping older residents use tablets, video calls and online banking"],
                section="volunteer", etype="volunteer"),
        ]),
        ("list", "Certifications", ["ITIL 4 Foundation (2021)", "CompTIA A+ (2019)", "Microsoft 365 Modern Desktop Administrator (2023)"]),
        ("lines", "Education", ["BTEC Level 3 Extended Diploma in IT – Leicester College, 2016"]),
    ]))

# ---------------------------------------------------------------- w003
R.append(dict(
    file="w003.txt", family="US customer success manager, ATS plain-text export, caps headings, 'Title | Employer | Town' with dates",
    lay="txt, plain/pipe, mm/yyyy / 'Present'", ds="mm/yyyy", present="Present", sep=" - ", hdr="pipe",
    mark="-", caps=True, rsep="    ",
    name="MARISOL QUINTERO-BLAKE", headline="Customer Success Manager | SaaS | Renewals & Onboarding",
    contact=["Austin, TX 78745 | 512-555-0139 | marisol.qb@mailbox.com"],
    sections=[
        ("text", "Summary", ["Customer success manager with 6+ years in B2B SaaS. Manage a book of mid-market accounts, "
                             "drive adoption and renewals, and partner with Sales and Product. Previously frontline support."]),
        ("list", "Core Skills", ["Gainsight, Salesforce, Zendesk, Intercom, Looker", "QBRs, renewals, churn risk playbooks",
                                 "Onboarding and training (Zoom, in person)"]),
        ("exp", "Professional Experience", [
            E("Customer Success Manager", "Quillhaven Software", "Austin, TX", "2022-01", "present", "facing", "sales_account", [
                "Own 58 mid-market accounts (~$3.1M ARR); 94% gross retention in FY25",
                "Run quarterly business reviews with customer stakeholders and exec sponsors",
                "Identify expansion opportunities and hand to Account Executives"]),
            E("Onboarding Specialist", "Quillhaven Software", "Austin, TX", "2020-04", "2021-12", "facing", "digital_service", [
                "Led kickoff and configuration calls for 120+ new customers over Zoom",
                "Built the onboarding checklist template still used by the team"]),
            E("Customer Support Representative", "Padgett Home Warranty", "Round Rock, TX", "2018-06", "2020-03", "facing", "contact_center", [
                "Answered 60-80 inbound calls a day from homeowners about claims",
                "Scheduled contractor visits and followed up on open claims"]),
            E("Barista", "Lantern Coffee Co.", "Austin, TX", "2016-08", "2018-05", "facing", "in_person_service", []),
        ]),
        ("lines", "Education", ["B.A. Communication Studies - Texas State University - 2018"]),
    ]))

# ---------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf", family="Irish data engineer, fpdf2 with dark left sidebar (contact, skills), employer line first then title",
    lay="fpdf2, sidebar/org_title, mon / 'Present'", engine="fpdf", layout="sidebar", ds="mon", present="Present",
    hdr="org_title", mark="•",
    name="Ciarán Moloney", headline="Data Engineer",
    contact=[], sidebar=[("Contact", ["Galway, Ireland", "+353 87 555 2041", "c.moloney@mailbox.ie"]),
                         ("Skills", ["Python, SQL, dbt", "Spark, Databricks", "Airflow, Dagster", "Azure, GCP", "Power BI"]),
                         ("Languages", ["English (native)", "Irish (fluent)", "Spanish (B1)"])],
    sections=[
        ("text", "Profile", ["I build reliable data pipelines and tidy data models so analysts don't have to fight their data. "
                             "Happy working fully remote."]),
        ("exp", "Work Experience", [
            E("Data Engineer", "Corrib Analytics Ltd", "Galway (remote)", "2023-02", "present", "none", None, [
                "Design and maintain ELT pipelines in dbt and Databricks for the internal finance and risk teams",
                "Reduced nightly load time from 4h to 55min",
                "Set up data-quality tests and alerting"]),
            E("Analytics Engineer", "Shannonside Energy", "Limerick", "2020-10", "2023-01", "none", None, [
                "Modelled smart-meter data for the pricing and forecasting teams",
                "Built Power BI dashboards for management reporting"]),
            E("Data Analyst (Intern)", "Shannonside Energy", "Limerick", "2020-01", "2020-09", "none", None, [
                "Churn analysis on the residential customer base to inform retention campaigns",
                "Cleaned CRM exports and documented data definitions"], etype="internship"),
            E("Maths Grinds Tutor", None, "Galway", "2017-09", "2021-06", "facing", "education", [
                "Weekly one-to-one Leaving Cert maths grinds for secondary students, in person and online"],
                etype="freelance"),
        ]),
        ("lines", "Education", ["MSc Data Analytics, University of Galway, 2020", "BSc Mathematics, University of Limerick, 2019"]),
    ]))

# ---------------------------------------------------------------- w005
R.append(dict(
    file="w005.docx", family="Canadian product manager, Word bold title lines with right tab-stop dates and italic employer line",
    lay="docx, tabs/title_org, mon. / 'Present'", dmode="tabs", ds="mon.", present="Present", hdr="title_org",
    mark="•", listbul=False, dfont="Georgia",
    name="Rohan Bakshi-Tremblay", headline="Product Manager — B2B workflow software",
    contact=["Toronto, ON", "416-555-0193", "rohan.bt@mailbox.ca", "linkedin.com/in/rohanbt"],
    sections=[
        ("exp", "Experience", [
            E("Senior Product Manager", "Fathom Ridge Software", "Toronto, ON", "2022-08", "present", "facing", "sales_account", [
                "Own the approvals module roadmap (12 engineers, 2 designers)",
                "Join enterprise customers' escalation calls and run the quarterly customer advisory board",
                "Present the roadmap to prospects in late-stage deals alongside Sales"]),
            E("Product Manager", "Loomwell Inc.", "Toronto, ON", "2019-05", "2022-07", "affecting", None, [
                "Wrote specs and prioritised the backlog for the mobile timesheet app",
                "Analysed usage data and support-ticket themes to shape releases",
                "Worked with UX research on user interviews; reviewed recordings and synthesised findings"]),
            E("Business Analyst", "Northbay Insurance Group", "Mississauga, ON", "2016-09", "2019-04", "none", None, [
                "Gathered requirements from underwriting and finance for the policy admin replacement",
                "Documented process maps and user stories"]),
            E("Customer Support Specialist", "Northbay Insurance Group", "Mississauga, ON", "2015-01", "2016-08", "facing", "contact_center", [
                "Handled inbound calls and emails from policyholders about billing and coverage"]),
        ]),
        ("lines", "Education", ["BCom, Toronto Metropolitan University, 2014", "Pragmatic Institute — PMC Level III"]),
        ("list", "Tools", ["Jira, Productboard, Amplitude, Figma, SQL (basic)"]),
    ]))

# ---------------------------------------------------------------- w006
R.append(dict(
    file="w006.md", family="Australian freelance UX researcher in Markdown, h3 title with dates and employer line, paragraphs for older jobs",
    lay="md, h3/title_org, mon / 'now'", ds="mon", present="now", hdr="title_org",
    name="Tamsin Oyelaran", headline="UX Researcher (freelance & in-house)",
    contact=["Brisbane QLD", "0412 555 903", "tamsin.o@mailbox.com.au", "Portfolio: tamsinresearch.example"],
    sections=[
        ("text", "About", ["Mixed-methods researcher. I plan studies, talk to users, and turn what I hear into decisions teams can act on."]),
        ("exp", "Work", [
            E("Freelance UX Researcher", "Self-employed (Upwork and direct clients)", "Brisbane / remote", "2023-07", "present", "facing", "entrepreneurial_freelance", [
                "Scope projects with founders and product leads on discovery calls; write proposals and quotes",
                "Run interviews and usability tests, then present findings in workshops with the client team",
                "Top Rated on Upwork, 23 completed contracts"], etype="freelance"),
            E("UX Researcher", "Gumleaf Health", "Brisbane QLD", "2020-03", "2023-06", "affecting", None, [
                "Interviewed patients and clinicians for the booking app redesign",
                "Ran unmoderated tests and maintained the research repository",
                "Partnered with designers and PMs on journey maps"]),
            E("Usability Lab Assistant", "Queensland Institute of Technology", "Brisbane QLD", "2018-02", "2019-11", "affecting", None, [
                "Recruited participants, set up eye-tracking sessions and cleaned session data for staff researchers."],
                section="other", para=True),
            E("Sales Assistant", "Paperbark Books", "Brisbane QLD", "2015-06", "2018-01", "facing", "in_person_service", [
                "Weekend and holiday shifts on the floor and till; ran the children's story hour."], para=True),
        ]),
        ("lines", "Education", ["Master of Interaction Design, QIT, 2019", "BA Psychology, University of Southern Queensland, 2016"]),
    ]))

# ---------------------------------------------------------------- w007
R.append(dict(
    file="w007.pdf", family="Indian-born support engineer in Singapore, reportlab with shaded left sidebar, pipe title/company/place line with right dates",
    lay="reportlab, sidebar/pipe, yyyy-mm / 'Present'", layout="sidebar", ds="yyyy-mm", present="Present", sep=" to ",
    hdr="pipe", mark="•", sidecol=(0.88, 0.93, 0.9), hcol=(0.1, 0.35, 0.25),
    name="Arvind Kesavan", headline="Technical Support Engineer (L2/L3)", contact=[],
    sidebar=[("Contact", ["Singapore", "+65 8555 3307", "arvind.k@mailbox.sg"]),
             ("Technical", ["Linux, Bash, SQL", "REST APIs, Postman", "Kubernetes basics", "Jira Service Mgmt", "Zendesk, Salesforce"]),
             ("Languages", ["English, Tamil, Hindi", "Basic Mandarin"])],
    sections=[
        ("exp", "Experience", [
            E("Senior Support Engineer", "Tidemark Cloud Pte Ltd", "Singapore", "2022-04", "present", "facing", "digital_service", [
                "L3 owner for enterprise tickets on the API gateway product; 45-50 tickets a month",
                "Screen-share with customers' admins to reproduce bugs and walk them through fixes",
                "Write bug reports for engineering and publish KB articles"]),
            E("Technical Support Engineer", "Orbitel Networks", "Chennai", "2019-01", "2022-03", "facing", "contact_center", [
                "Phone support for ISP business customers on router and VPN issues, 24x7 rotation",
                "Escalated outages to NOC and updated customers until closure"]),
            E("QA Tester", "Sundaram Infotech", "Chennai", "2017-07", "2018-12", "affecting", None, [
                "Manual regression testing of a banking web portal; wrote 600+ test cases",
                "Logged defects in Jira and verified fixes"]),
            E("Service Technician", "QuickFix Laptop Care", "Chennai", "2016-06", "2017-06", "facing", "in_person_service", [
                "Diagnosed laptops brought to the counter, explained repair options and costs"]),
        ]),
        ("lines", "Education", ["B.E. Electronics & Communication, Anna University, 2016"]),
        ("list", "Certifications", ["AWS Cloud Practitioner (2023)", "CCNA (2019)"]),
    ]))

# ---------------------------------------------------------------- w008
R.append(dict(
    file="w008.docx", family="UK online seller and marketplace operations, Word borderless table per job (role/company left, dates right)",
    lay="docx, table/title_org, mon / 'Present'", dmode="table", ds="mon", present="Present", hdr="title_org", mark="•",
    name="Bethany Greaves", headline="E-commerce & Marketplace Operations",
    contact=["Stockport, Greater Manchester", "07700 900 552", "bethgreaves@mailbox.co.uk"],
    sections=[
        ("text", "Personal Statement", ["I've run my own online print shop for five years alongside full-time marketplace work, "
                                        "so I know both sides: the seller's inbox and the platform's catalogue rules."]),
        ("exp", "Work Experience", [
            E("Owner", "Fernleaf Prints (online shop)", "Stockport", "2021-04", "present", "facing", "entrepreneurial_freelance", [
                "Sell botanical art prints on Etsy and my own Shopify site (2,900+ orders, 4.9 stars)",
                "Answer buyer messages, sort out lost parcels and returns, handle custom commissions",
                "Photograph, list, pack and post every order"], etype="freelance"),
            E("Marketplace Operations Associate", "Tradewell Marketplace Ltd", "Manchester (hybrid)", "2022-09", "present", "affecting", None, [
                "Review new seller listings against catalogue and prohibited-items policy",
                "Fix product categorisation and bulk-edit attributes for search",
                "Weekly reporting on listing quality"]),
            E("Fulfilment Associate", "Parcelhaus Logistics", "Trafford Park", "2019-10", "2022-08", "affecting", None, [
                "Picked, packed and despatched online orders for fashion brands",
                "Processed returns and graded returned stock"]),
            E("Sales Advisor", "Maple & Moss Homeware", "Stockport", "2017-05", "2019-09", "facing", "in_person_service", []),
        ]),
        ("lines", "Education", ["A Levels: Art (A), English Literature (B), Business (C) – Aquinas College, 2017"]),
        ("lines", "Interests", ["Printmaking, fell walking, car-boot sales"]),
    ]))

# ---------------------------------------------------------------- w009
R.append(dict(
    file="w009.html", family="Filipino content moderator and trust & safety résumé as a simple HTML page, dates first",
    lay="html, plain/datesfirst, mon / 'Present'", ds="mon", present="Present", hdr="datesfirst",
    name="Jericho Dela Paz", headline="Trust & Safety | Content Moderation | Community Support",
    contact=["Quezon City, Metro Manila", "+63 917 555 0284", "jericho.dp@mailbox.ph"],
    sections=[
        ("text", "Career Objective", ["To grow in a trust & safety role where I can protect users and help communities stay healthy."]),
        ("exp", "Work Experience", [
            E("Trust & Safety Specialist", "Lumina Outsourcing Inc. (account: social video app)", "Quezon City", "2024-02", "present", "facing", "digital_service", [
                "Handle user appeals on removed videos and banned accounts; reply to users by email and in-app",
                "Escalate credible threats to the law-enforcement response team",
                "Maintain 97% QA score"]),
            E("Content Moderator", "Lumina Outsourcing Inc.", "Quezon City", "2022-01", "2024-01", "affecting", None, [
                "Reviewed 1,200+ flagged posts per shift against community guidelines",
                "Labelled violations (hate speech, graphic content, spam) in the review tool",
                "Night shift, work-from-home after 2023"]),
            E("Community Moderator (part-time)", "Kapihan Gaming Discord", None, "2021-03", "2023-12", "facing", "digital_service", [
                "Answered members' questions, ran weekly game nights and settled disputes in chat"], etype="freelance"),
            E("Data Annotator", "TaskGrid (app-based)", None, "2020-06", "2021-12", "none", None, [
                "Drew bounding boxes and tagged images for machine-learning datasets, paid per task"], etype="freelance"),
        ]),
        ("lines", "Education", ["Bachelor of Arts in Psychology, Polytechnic University of the Philippines, 2021"]),
        ("list", "Skills", ["Policy interpretation", "Typing 65 wpm", "Google Workspace", "Filipino and English"]),
    ]))

# ---------------------------------------------------------------- w010
R.append(dict(
    file="w010.pdf", family="UK solutions consultant, two-page fpdf2 CV with page footer, title with right dates then employer",
    lay="fpdf2, twopage/title_org, MON / 'Current'", engine="fpdf", ds="MON", present="Current", hdr="title_org",
    mark="–", footer="Gareth Pennock – CV – page {n}", fs=10.5,
    name="Gareth Pennock", headline="Solutions Consultant | Pre-sales | Implementation",
    contact=["Reading, Berkshire", "07700 900 731", "gareth.pennock@mailbox.co.uk"],
    sections=[
        ("text", "Profile", ["Solutions consultant with a technical background in networks and field engineering. I run demos, "
                             "scope solutions and stay with customers through go-live. Equally happy in a boardroom or a comms room."]),
        ("list", "Key Skills", ["Discovery workshops and solution design", "Product demonstrations and proofs of concept",
                                "RFP / RFI responses", "Networking (Cisco, Meraki), Microsoft 365, Azure AD",
                                "Training end users and administrators"]),
        ("exp", "Career History", [
            E("Solutions Consultant", "Kestrel Workplace Technologies", "Reading", "2021-11", "present", "facing", "sales_account", [
                "Run discovery sessions and tailored demos for prospective customers (mid-market and public sector)",
                "Build proofs of concept and answer technical sections of tenders",
                "Support account managers on renewals with existing customers"]),
            E("Implementation Consultant", "Kestrel Workplace Technologies", "Reading", "2019-06", "2021-10", "facing", "other_facing", [
                "Led on-site deployments at customer offices and trained their staff on the new system",
                "Ran weekly progress calls with customer project leads"]),
            E("Systems Engineer", "Harwell Data Services", "Didcot", "2016-03", "2019-05", "none", None, [
                "Maintained core switching, firewalls and VMware clusters",
                "Planned and executed overnight change windows"]),
        ]),
        ("pagebreak", None, None),
        ("exp", "Earlier Career", [
            E("Field Service Engineer", "Brightline Office Systems", "Swindon", "2012-09", "2016-02", "facing", "other_facing", [
                "Installed and repaired network printers and phone systems at customers' offices",
                "Explained faults and costs to office managers"]),
            E("IT Apprentice", "Swindon Borough Council", "Swindon", "2010-09", "2012-08", "facing", "internal_support", [
                "Helped council staff with logins, printers and phones; answered the internal IT line"], etype="internship"),
        ]),
        ("exp", "Volunteering", [
            E("Code Club Volunteer", "Caversham Primary School", "Reading", "2018-09", "2020-03", "facing", "volunteering", [
                "Ran a weekly Scratch coding club for Year 5 and 6 pupils"], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education & Certifications", ["HND Computing, Swindon College, 2012", "CCNA (2015), Azure Fundamentals (2021)"]),
        ("lines", "References", ["Available on request."]),
    ]))

# ---------------------------------------------------------------- w011
R.append(dict(
    file="w011.docx", family="South African QA tester, name and contact in the Word page header, employer line first then title",
    lay="docx, header/org_title, mm/yyyy / 'to date'", dmode="tabs", dheader=True, ds="mm/yyyy", present="date", sep=" to ",
    hdr="org_title", mark="•", listbul=True, dfooter="Curriculum Vitae – Thandeka Mokoena",
    name="Thandeka Mokoena", headline="Software Test Analyst",
    contact=["Johannesburg, Gauteng", "+27 82 555 0146", "thandeka.m@mailbox.co.za"],
    sections=[
        ("list", "Key Skills", ["Manual and exploratory testing", "Selenium, Postman, basic Python", "ISTQB Foundation Level",
                                "Test planning and defect triage"]),
        ("exp", "Career History", [
            E("QA Engineer", "Umoya Fintech (Pty) Ltd", "Johannesburg", "2023-01", "present", "affecting", None, [
                "Write and maintain automated regression suites for the mobile banking app",
                "Test releases before they reach customers; sign off go/no-go",
                "Reproduce customer-reported defects from support tickets"]),
            E("Test Analyst (contract)", "Vela Consulting", "Sandton", "2021-03", "2022-12", "affecting", None, [
                "Manual testing of an insurer's claims portal; wrote test scripts and logged defects",
                "Coordinated UAT sessions with the insurer's claims staff and tracked their sign-off"]),
            E("Crowd Tester", "Testdrift (app-based platform)", None, "2020-02", "2021-02", "affecting", None, [
                "Paid per bug for exploratory testing of apps and websites on my own devices"], etype="freelance"),
            E("Teller", "Ubuntu Mutual Bank", "Soweto", "2016-04", "2020-01", "facing", "in_person_service", [
                "Cash deposits, withdrawals and account queries for branch customers"]),
        ]),
        ("lines", "Education", ["National Diploma: Information Technology, University of Johannesburg, 2015"]),
        ("lines", "References", ["Mr S. Dlamini, QA Lead, Umoya Fintech – 011 555 0190"]),
    ]))

# ---------------------------------------------------------------- w012
R.append(dict(
    file="w012.txt", family="US community manager, LinkedIn 'Save to PDF' style pasted as text, durations in brackets and location lines",
    lay="txt, linkedin/linkedin, month / 'Present'", ds="month", present="Present", sep=" - ", hdr="linkedin",
    mark="", caps=False,
    name="Jonah Whitlock-Reyes", headline="Community Manager at Starfall Interactive | Discord, Reddit, live events",
    contact=["Portland, Oregon, United States", "jonah.wr@mailbox.com", "www.linkedin.com/in/jonahwr (LinkedIn)"],
    sections=[
        ("list", "Top Skills", ["Community Management", "Discord", "Event Planning"]),
        ("text", "Summary", ["I look after player communities: I'm in the Discord and on the forums every day, "
                             "and I bring what players tell me back to the dev team."]),
        ("exp", "Experience", [
            E("Community Manager", "Starfall Interactive", "Portland, Oregon", "2023-05", "present", "facing", "digital_service", [
                "Moderate and answer players daily across Discord (210k members), Reddit and Steam forums",
                "Host monthly dev livestreams and in-person meetups at conventions",
                "Write the weekly community sentiment report for the studio"]),
            E("Social Media Manager", "Cascade Outdoor Co.", "Bend, Oregon", "2020-08", "2023-04", "affecting", None, [
                "Planned the content calendar and wrote posts for Instagram, TikTok and Facebook",
                "Briefed photographers and reported on campaign performance; DMs went to the customer care team"]),
            E("Freelance Content Writer", "Wordloom (freelance platform)", None, "2019-01", "2021-06", "affecting", None, [
                "Wrote blog posts and product descriptions for small e-commerce brands from the platform's briefs"],
                etype="freelance"),
            E("Volunteer Event Organizer", "Rose City Indie Game Meetup", "Portland, Oregon", "2018-03", "2023-04", "facing", "volunteering", [
                "Ran a monthly meetup: welcomed attendees, booked speakers, managed the sign-in table"],
                section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["Portland State University", "Bachelor of Arts - BA, English (2014 - 2018)"]),
    ]))

# ---------------------------------------------------------------- w013
R.append(dict(
    file="w013.pdf", family="Australian key account manager in SaaS, reportlab two-column header (name left, contact right), 'Title – Employer, Town' with right dates",
    lay="reportlab, twocol/dash, m.yyyy / 'Present'", layout="twocol", ds="m.yyyy", present="Present", hdr="dash",
    mark="•", font="Times", fs=10.5,
    name="Hamish Ferreira", headline="Key Account Manager — SaaS",
    contact=["Melbourne VIC", "0433 555 217", "hamish.ferreira@mailbox.com.au"],
    sections=[
        ("exp", "Professional Experience", [
            E("Key Account Manager", "Wattlebird Software", "Melbourne", "2022-07", "present", "facing", "sales_account", [
                "Manage 14 enterprise customers (A$6.2M ARR); 118% net revenue retention",
                "Quarterly on-site reviews with customer executives; first call for escalations",
                "Negotiate multi-year renewals with procurement teams"]),
            E("Account Executive", "Parrotfish HR Pty Ltd", "Melbourne", "2019-02", "2022-06", "facing", "sales_account", [
                "Closed new business with SMB prospects via demos over Zoom and in person",
                "Exceeded quota 9 of 13 quarters"]),
            E("Sales Development Representative", "Parrotfish HR Pty Ltd", "Melbourne", "2017-11", "2019-01", "facing", "sales_account", [
                "Cold-called and emailed HR managers to book demos (60+ dials/day)"]),
            E("Marketing Coordinator", "Coastline Events Group", "Geelong", "2016-01", "2017-10", "affecting", None, [
                "Built email campaigns and landing pages; managed the events website",
                "Prepared attendee packs and signage"]),
        ]),
        ("lines", "Education", ["Bachelor of Business (Marketing), Deakin University, 2015"]),
        ("lines", "Referees", ["Provided on request"]),
    ]))

# ---------------------------------------------------------------- w014
R.append(dict(
    file="w014.docx", family="New Zealand school and hospital IT support technician, Word two-column layout table with shaded sidebar",
    lay="docx, sidebar/title_org, mon / 'Current'", dmode="sidebar", ds="mon", present="Current", hdr="title_org", mark="•",
    name="Mereana Tūhoe-Walsh", headline="IT Support Technician",
    contact=["Hamilton, Waikato", "021 555 0867", "mereana.tw@mailbox.co.nz"],
    sidebar=[("Skills", ["Windows 11, Intune", "Google Workspace for Education", "Active Directory", "Chromebook fleet management",
                         "Basic networking"]),
             ("Certifications", ["CompTIA A+", "Microsoft 365 Fundamentals"]),
             ("Languages", ["English, te reo Māori"])],
    sections=[
        ("exp", "Experience", [
            E("IT Support Technician", "Kōwhai Valley College", "Hamilton", "2023-01", "present", "facing", "internal_support", [
                "First point of contact for 120 staff and 1,100 students with IT issues",
                "Run the Chromebook repair desk at lunchtimes",
                "Set up classroom AV and help teachers with Google Classroom"]),
            E("Junior Network Administrator", "Waikato Freight Co-op", "Hamilton", "2021-05", "2022-12", "none", None, [
                "Patched servers, managed backups and monitored the WAN links",
                "Documented the network and retired legacy switches"]),
            E("Service Desk Analyst", "Te Awa District Health", "Hamilton", "2019-03", "2021-04", "facing", "internal_support", [
                "Phone and ticket support for clinical and admin staff, including night cover on the wards' devices"]),
            E("Computer Lab Assistant", "Wintec", "Hamilton", "2017-02", "2018-11", "facing", "internal_support", [
                "Helped students with logins, printing and software in the open-access labs (part-time while studying)"],
                section="other"),
        ]),
        ("lines", "Education", ["Diploma in Information Technology, Wintec, 2018"]),
    ]))

# ---------------------------------------------------------------- w015
R.append(dict(
    file="w015.md", family="US gig and app-platform worker in Markdown, several concurrent gigs, bold title lines with dates",
    lay="md, bold/dash, apos / 'Now'", ds="apos", mdh="bold", present="Now", hdr="dash", sep=" – ",
    name="Desmond Achterberg", headline="Independent contractor – home tasks, driving, online tutoring",
    contact=["Phoenix, AZ", "(602) 555-0148", "des.achterberg@mailbox.com"],
    sections=[
        ("text", "Summary", ["Since 2021 I've worked for myself through several apps at once. Reliable, 4.9-rated, "
                             "comfortable in people's homes and on video. Looking for a steady support role."]),
        ("exp", "What I've been doing", [
            E("Tasker (furniture assembly, mounting, small repairs)", "Handyly app", "Phoenix, AZ", "2022-03", "present", "facing", "entrepreneurial_freelance", [
                "Book and quote jobs through the app, then work in clients' homes; 640+ tasks, 4.9 stars",
                "Talk clients through options when the furniture doesn't match the plan"], etype="freelance"),
            E("Rideshare Driver", "Independent", "Phoenix, AZ", "2021-02", "2023-08", "facing", "in_person_service", [
                "3,100+ trips; airport runs and evening shifts"], etype="freelance"),
            E("Delivery Courier", "Dashline (app)", "Phoenix, AZ", "2021-02", "2022-02", "affecting", None, [
                "Picked up restaurant orders and left them at the door (contactless) for most drops"], etype="freelance"),
            E("Online English Tutor", "Brightpath Tutors (app)", None, "2023-09", "present", "facing", "education", [
                "Evening video lessons for adult learners in Brazil and Japan"], etype="freelance"),
            E("Shift Lead, Produce", "Saguaro Fresh Markets", "Tempe, AZ", "2016-05", "2021-01", "affecting", None, [
                "Ran the early produce crew: receiving, culling, building displays before opening",
                "Trained new starters and did the ordering"]),
        ]),
        ("lines", "Education", ["Associate of Applied Science, General Studies – Mesa Community College, 2015"]),
    ]))
