"""w001–w015. One dict per résumé; the jobs blocks hold lib.E entries that give both file text and gold."""
from lib import E

R = []

R.append(dict(
    file="w001", renderer="reportlab", layout="plain", head="title_org", dates="month", present="Present",
    paper="letter", family="US customer success manager who came up through tier-2 support and QA, single column, title line with right-aligned dates",
    name="Maya Okafor-Lind", tagline="Customer Success Manager | B2B SaaS | Renewals & Adoption",
    contact=["Columbus, OH", "(614) 555-0182", "maya.okaforlind@mailbox.org", "linkedin.com/in/mayaol"],
    blocks=[
        ("para", "Summary", "Six years in B2B SaaS, the last three owning a mid-market book of business. I came into customer success from the support queue, so I still read tickets before every QBR."),
        ("jobs", "Experience", [
            E("Customer Success Manager", "Tallyfield", "Remote", "2023-05", "present", "facing", "sales_account", [
                "Own 48 mid-market accounts (~$2.1M ARR); run onboarding kickoffs, QBRs and renewal calls with admins and exec sponsors",
                "Cut logo churn in my segment from 11% to 6% by building health scores in Gainsight and calling red accounts within 48 hours",
                "Partner with Sales on expansion; sourced $310K in upsell pipeline in FY25"]),
            E("Technical Support Specialist II", "Tallyfield", "Columbus, OH", "2021-02", "2023-04", "facing", "digital_service", [
                "Worked escalated tickets and live chats on SSO, SCIM provisioning and API rate limits",
                "Screen-shared with customer admins to reproduce bugs, then wrote Jira reports engineering could act on",
                "Wrote 40+ help-center articles; top article deflected ~900 tickets a quarter"]),
            E("QA Tester (Contract)", "Brickline Digital", "Columbus, OH", "2019-09", "2021-01", "affecting", None, [
                "Manual regression testing of client e-commerce sites before each release; logged defects in Jira",
                "Maintained test cases in TestRail for checkout and account flows"], etype="freelance"),
        ]),
        ("jobs", "Volunteer", [
            E("Club Facilitator", "Girls Who Code – Linden Library Club", "Columbus, OH", "2022-09", "2024-05", "facing", "volunteering", [
                "Ran weekly Python sessions for 12 middle-schoolers and met parents at showcase nights"], section="volunteer", etype="volunteer"),
        ]),
        ("para", "Education", "B.A. Communication, Ohio Valley State University, 2019"),
        ("para", "Tools", "Gainsight, Salesforce, Zendesk, Jira, Looker, Postman, SQL (basic)"),
    ]))

R.append(dict(
    file="w002", renderer="docx", layout="styles", head="title_org", dates="mon", present="Present", sep=" – ",
    family="UK backend engineer, Word heading styles and list bullets, tab-stop dates, agency job with client workshops and a travel break",
    name="Tom Haverley", contact=["Bristol", "07700 900 341", "tom.haverley@mailbox.co.uk", "github.com/thaverley"],
    tagline="Backend engineer – Python, Go, Postgres. Happiest deep in a data pipeline.",
    blocks=[
        ("jobs", "Employment", [
            E("Senior Backend Engineer", "Quillmoor Analytics Ltd", "Bristol (hybrid)", "2022-10", "present", "none", None, [
                "Lead engineer on the internal event-ingestion platform (Go, Kafka, Postgres) – ~40k events/sec",
                "Moved batch jobs from cron boxes to Airflow on Kubernetes; cut nightly run time from 5h to 70 min",
                "Mentor two mid-level engineers; run the backend guild's fortnightly design review"],
                stack="Go · Kafka · Postgres · Airflow · Terraform · GCP"),
            E("Career break – travelling", None, None, "2022-01", "2022-09", "none", None, [
                "Travelled South-East Asia; finished the Designing Data-Intensive Applications reading group online"], etype="unknown"),
            E("Software Engineer", "Fenwright & Dole (digital agency)", "Bath", "2019-03", "2021-12", "facing", "other_facing", [
                "Built Django and Wagtail sites for charity and university clients",
                "Ran discovery workshops with client teams and demoed each sprint to their stakeholders",
                "Took the agency's out-of-hours support phone one week in six"]),
            E("Graduate Developer", "Parcelbright", "Swindon", "2017-09", "2019-02", "affecting", None, [
                "Worked on the customer tracking page and delivery-slot booking flow (Python, React)",
                "Fixed bugs raised by the support team from customer complaints"]),
        ]),
        ("list", "Education", ["BSc Computer Science (2:1), University of Wessex, 2014–2017"]),
        ("para", "Interests", "Fell running, homebrew, occasional talks at Bristol Python meetup."),
    ]))

R.append(dict(
    file="w003", renderer="txt", layout="caps", head="dash", dates="MON", present="Till Date", sep=" - ",
    txt_right=" | ", bullet="*",
    family="Indian job-portal style résumé pasted as text, support engineer and sysadmin, caps headings, 'Till Date'",
    name="Venkatesh Raghunathan", contact=["Mobile: +91 98450 12763", "Email: venkat.r88@mailbox.in", "Location: Bengaluru, Karnataka"],
    blocks=[
        ("para", "Career Objective", "Seeking a challenging position as Technical Support Engineer / System Administrator where I can utilise my 9+ years experience in Linux, Windows server and customer handling for growth of organisation."),
        ("jobs", "Professional Experience", [
            E("Technical Support Engineer - L2", "Nimbuscore Software Pvt Ltd", "Bengaluru", "2021-06", "present", "facing", "contact_center", [
                "Handling inbound calls and WebEx sessions from enterprise customers in US and APAC regions for backup appliance product",
                "Troubleshooting replication failures, storage issues, log analysis and raising bugs to engineering",
                "Maintaining SLA of 4 hrs first response for P1 cases; CSAT 4.7/5 for FY 2024-25",
                "Night shift rotation for US customers"]),
            E("System Administrator", "Karvant Infotech Solutions", "Chennai", "2017-03", "2021-05", "none", None, [
                "Administration of 120+ RHEL and CentOS servers, patching, user management, cron jobs",
                "Backup using Veeam and tape library, DR drills every quarter",
                "Nagios monitoring and shell scripting for automation"]),
            E("Desktop Support Engineer", "Sri Lakshmi Textiles Ltd", "Coimbatore", "2015-01", "2017-02", "facing", "internal_support", [
                "Attending to calls from employees for desktop, printer, Outlook and network problems",
                "Installation of OS and software for new joinees, asset register maintenance"]),
            E("NOC Trainee", "Karvant Infotech Solutions", "Chennai", "2014-07", "2014-12", "none", None, [
                "24x7 monitoring of network links and escalation of alerts to L2 team"], etype="internship"),
        ]),
        ("lines", "Technical Skills", ["OS : RHEL 7/8, CentOS, Windows Server 2016/2019", "Tools : ServiceNow, Salesforce Service Cloud, Nagios, Veeam, Wireshark", "Certifications : RHCSA, ITIL v4 Foundation"]),
        ("lines", "Education", ["B.E. (Electronics & Communication) - Anna Vidyapeeth Engineering College, 2014 - 68%"]),
        ("lines", "Personal Details", ["Date of Birth : 14-08-1992", "Languages Known : English, Tamil, Kannada, Hindi", "Notice Period : 60 days"]),
        ("para", "Declaration", "I hereby declare that the above information is true to the best of my knowledge. Place: Bengaluru"),
    ]))

R.append(dict(
    file="w004", renderer="fpdf2", layout="left", head="at", dates="mon", present="Current", sep=" – ",
    family="Australian implementation consultant (payroll software) who started in payroll, fpdf2 left header, LinkedIn-style 'Title at Company' lines",
    name="Priya Castellanos", tagline="Implementation Consultant · HR & Payroll SaaS",
    contact=["Parramatta NSW 2150", "0412 555 927", "priya.castellanos@mailbox.com.au"],
    blocks=[
        ("para", "Profile", "I help mid-sized employers move their payroll onto cloud software without missing a pay run. Before that I ran payroll myself, which is why clients trust me with their award interpretations."),
        ("jobs", "Career History", [
            E("Senior Implementation Consultant", "Payloft", "Sydney", "2023-08", "present", "facing", "other_facing", [
                "Lead 6–8 concurrent implementations for employers of 50–800 staff, from kickoff call to first live pay run",
                "Run configuration workshops with client HR and finance teams over Teams and on site",
                "Build award and EBA pay rules; reconcile parallel runs against the client's legacy system",
                "Train client payroll officers before go-live and hand over to Support"]),
            E("Implementation Consultant", "Payloft", "Sydney", "2021-11", "2023-07", "facing", "other_facing", [
                "Delivered 31 small-business implementations; data migration from MYOB and Excel",
                "Weekly status calls with each client"]),
            E("Payroll Officer", "Hallmere Group", "Penrith", "2018-02", "2021-10", "none", None, [
                "Fortnightly payroll for 640 employees across four sites",
                "STP reporting, super reconciliations, termination pays",
                "Month-end journals and payroll tax returns"]),
            E("Business Analyst (contract)", "NSW Housing Services", "Parramatta", "2021-03", "2021-09", "affecting", None, [
                "Documented requirements for the tenant rent-statement redesign with the product team",
                "Wrote UAT scripts and triaged defects before release"], etype="freelance"),
            E("Casual Team Member", "Kmart Westfield", "Parramatta", "2015-11", "2018-01", "facing", "in_person_service", [
                "Checkouts, lay-by and fitting rooms; weekends and late nights while studying"]),
        ]),
        ("para", "Education", "Bachelor of Business (Accounting), Western Sydney College of Business, 2017"),
        ("para", "Skills", "Payroll configuration, data migration, SQL, Excel (Power Query), award interpretation, stakeholder workshops"),
    ]))

R.append(dict(
    file="w005", renderer="html", layout="web", head="title_org", dates="mon", present="now", sep=" → ",
    family="US developer advocate's HTML résumé page, SDK engineer before that, TA during degree and meetup organiser",
    name="Jordan Ellery-Vance", tagline="Developer Relations · APIs · Rust & TypeScript",
    contact=["Portland, OR", "jordan@mailbox.dev", "@jellery on most places"],
    blocks=[
        ("jobs", "Where I've worked", [
            E("Senior Developer Advocate", "Ferrowave", "Remote (US)", "2023-03", "present", "facing", "other_facing", [
                "Give 10–15 conference talks and workshops a year on our edge-compute API; run hands-on labs for 30–200 developers",
                "Hang out in the community Discord and GitHub Discussions answering integration questions",
                "Turn what I hear from developers into a monthly friction report for the product team",
                "Wrote the quickstarts that now start ~60% of sign-ups"]),
            E("Software Engineer, SDKs", "Ferrowave", "Portland, OR", "2020-08", "2023-02", "affecting", None, [
                "Built and maintained the TypeScript and Rust client SDKs used by customers' developers",
                "Owned the API reference docs generator and the changelog",
                "Triaged GitHub issues filed against the SDKs"]),
            E("Backend Developer", "Glimmerpath", "Portland, OR", "2018-06", "2020-07", "none", None, [
                "Internal billing reconciliation jobs in Node.js; on-call for the data warehouse loaders"]),
            E("Undergraduate Teaching Assistant, CS 161", "Cascade State University", "Corvallis, OR", "2016-09", "2018-06", "facing", "education", [
                "Held weekly lab sections and office hours for intro programming students; graded projects"], section="other", etype="paid"),
            E("Co-organizer", "PDX Rust Meetup", "Portland, OR", "2019-01", "present", "facing", "volunteering", [
                "Book speakers and venues, emcee the monthly meetup, welcome first-timers"], section="volunteer", etype="volunteer"),
        ]),
        ("para", "Education", "B.S. Computer Science, Cascade State University, 2018"),
        ("para", "Stack", "Rust, TypeScript, Go, OpenAPI, Docusaurus, Cloudflare-style edge runtimes, Postgres"),
    ]))

R.append(dict(
    file="w006", renderer="docx", layout="table", head="title_org", dates="month", present="Present", sep=" - ",
    family="South African Linux engineer who started in a call centre, Word borderless table per job, month dates",
    name="Sipho Mthembu", contact=["Randburg, Johannesburg", "+27 82 555 4410", "sipho.mthembu@mailbox.co.za"],
    blocks=[
        ("para", "Profile", "Linux and network engineer with 10 years in ISPs and managed services. Comfortable on a CLI at 3am, also comfortable in a client's server room explaining why their UPS died."),
        ("jobs", "Work Experience", [
            E("Linux Systems Engineer", "Veldnet Communications", "Johannesburg", "2022-04", "present", "none", None, [
                "Maintain 300+ Ubuntu and Debian servers behind the ISP's mail, DNS and RADIUS platforms",
                "Ansible playbooks for patching; Prometheus and Grafana for monitoring",
                "Third-line escalations from the NOC; root-cause reports"]),
            E("NOC Engineer", "Veldnet Communications", "Johannesburg", "2019-07", "2022-03", "affecting", None, [
                "Monitored fibre and wireless links for 60 000 home and business subscribers",
                "Logged outages and worked with field teams to restore service; updated the status page"]),
            E("IT Field Technician", "Bluekrans Managed IT", "Pretoria", "2016-02", "2019-06", "facing", "other_facing", [
                "On-site support at client offices (law firms, clinics, small manufacturers): desktops, printers, networks",
                "Explained quotes and upgrade options to office managers",
                "Installed and configured firewalls and Wi-Fi"]),
            E("Call Centre Agent – Technical Helpdesk", "Clearwave Telecoms", "Midrand", "2014-05", "2016-01", "facing", "contact_center", [
                "Inbound calls from ADSL customers, line tests and router setup over the phone"]),
        ]),
        ("list", "Qualifications", ["National Diploma: Information Technology, Tshwane College of Technology (2013)", "CompTIA Linux+, Cisco CCNA"]),
        ("list", "References", ["Available on request"]),
    ]))

R.append(dict(
    file="w007", renderer="md", layout="h3", head="title_org", dates="mon.", present="present", sep=" – ",
    family="Canadian data analyst (finance, product, customer insights) in Markdown, bank teller during university",
    name="Hélène Tremblay-Nakamura", tagline="Data Analyst — SQL, dbt, Python, Tableau",
    contact=["Montréal, QC", "514-555-0139", "htremblay@mailbox.ca"],
    blocks=[
        ("jobs", "Experience", [
            E("Senior Data Analyst, Finance", "Lumivent Inc.", "Montréal, QC", "2024-01", "present", "none", None, [
                "Own the revenue and cash forecast models used by the CFO's office",
                "Rebuilt month-end reporting in dbt + Snowflake; close pack now ready on day 3 instead of day 8"]),
            E("Customer Insights Analyst", "Lumivent Inc.", "Montréal, QC", "2021-09", "2023-12", "affecting", None, [
                "Built churn and NPS dashboards; coded 14 000 survey verbatims into themes for the product team",
                "Analysis led to a redesigned onboarding email series that lifted 30-day activation by 9 pts"]),
            E("Product Analyst", "Pivotal Crumb", "Toronto, ON", "2019-05", "2021-08", "affecting", None, [
                "A/B test design and readouts for the checkout and search teams of a food delivery app",
                "Mixpanel and SQL funnels; weekly metrics review with PMs"]),
            E("Customer Service Representative / Teller", "Banque Populaire des Érables", "Sherbrooke, QC", "2015-06", "2019-04", "facing", "in_person_service", [
                "Part-time during my degree: deposits, withdrawals, bill payments and account questions in French and English"]),
        ]),
        ("para", "Education", "B.Sc. Mathematics & Economics, Université de l'Estrie, 2019"),
        ("para", "Skills", "SQL (Snowflake, BigQuery) · dbt · Python (pandas) · Tableau · Mixpanel · French/English"),
    ]))

R.append(dict(
    file="w008", renderer="reportlab", layout="sidebar", head="pipe", dates="mon", present="Present", sep=" - ",
    font="dejavu", side_colour="#E4ECE7", accent="#2E5E4E", bullet="▪",
    family="Philippine BPO tech-support career (agent, team leader, QA, workforce), reportlab with coloured sidebar, pipe title line",
    name="Kristine Joy Dimaculangan", contact=["Pasig City, Metro Manila", "+63 917 555 2208", "kjdimaculangan@mailbox.ph"],
    side=[("lines", "Skills", ["Call calibration", "Coaching & feedback", "Avaya, NICE, Zendesk", "Excel pivot / lookups", "Erlang C scheduling"]),
          ("lines", "Education", ["BS Information Technology", "Pamantasan ng Rizal, 2013"]),
          ("lines", "Languages", ["English, Filipino, Bisaya"])],
    blocks=[
        ("para", "Objective", "BPO professional with 12 years in technical support accounts looking for a Workforce or Quality role in a shared services center."),
        ("jobs", "Work Experience", [
            E("Workforce Analyst", "Bayview Global Solutions", "Ortigas", "2023-02", "present", "none", None, [
                "Forecast call volumes and build weekly schedules for 420 agents on two US telco accounts",
                "Real-time monitoring of adherence; approve overtime and VTO",
                "Interval reports to client and site management"]),
            E("Quality Analyst", "Bayview Global Solutions", "Ortigas", "2020-06", "2023-01", "affecting", None, [
                "Scored 60+ recorded calls a week against the client's scorecard",
                "Ran calibration sessions with the client QA team; root-cause on low CSAT surveys"]),
            E("Team Leader - Technical Support", "Sunport Contact Solutions", "Cebu City", "2017-04", "2020-05", "facing", "contact_center", [
                "Led 18 agents on an internet-service tech support account",
                "Took supervisor calls and escalations from irate customers",
                "Daily huddles, coaching logs, attendance"]),
            E("Technical Support Representative", "Sunport Contact Solutions", "Cebu City", "2014-01", "2017-03", "facing", "contact_center", [
                "Inbound calls from US subscribers: modem resets, Wi-Fi setup, email settings",
                "Average AHT 9:40, top 10% CSAT in 2016"]),
        ]),
    ]))

R.append(dict(
    file="w009", renderer="txt", layout="rule", head="dateline", dates="mm/yyyy", present="present", sep=" - ",
    family="UK contract test automation engineer as plain text, underlined headings, title / company / dates on separate lines",
    name="Daniel Kowalczyk", contact=["Leeds, West Yorkshire", "07700 900 615", "dan.kowalczyk@mailbox.co.uk"], bullet="-",
    blocks=[
        ("para", "Profile", "Contract QA / SDET. 8 years testing web and mobile products for fintech and retail. Outside IR35, available from January."),
        ("jobs", "Contracts & Employment", [
            E("QA Automation Engineer (contract)", "Orrin Pay Ltd", "Remote", "2024-04", "present", "affecting", None, [
                "Playwright + TypeScript suite for the card-issuing web app, runs in GitHub Actions on every PR",
                "Contract testing between mobile app and APIs with Pact", "Release sign-off for fortnightly app store releases"], etype="freelance"),
            E("QA Automation Engineer (contract)", "Hartsgill Retail Group", "Leeds", "2022-09", "2024-03", "affecting", None, [
                "Selenium/Java framework for the online grocery checkout, 900 regression tests",
                "Performance testing with k6 ahead of Christmas peak"], etype="freelance"),
            E("Test Analyst", "Tessellate Software", "Sheffield", "2019-01", "2022-08", "affecting", None, [
                "Manual and exploratory testing of a practice-management system used by vets",
                "Wrote test plans from user stories; reproduced issues reported by customers via Support"]),
            E("Support Analyst (2nd line)", "Tessellate Software", "Sheffield", "2017-06", "2018-12", "facing", "digital_service", [
                "Worked the support queue for vet practices: emails, portal tickets and the occasional phone call",
                "Remote sessions into practice PCs to fix database and printer issues"]),
            E("Warehouse Operative", "Northline Distribution", "Wakefield", "2015-10", "2017-05", "affecting", None, [
                "Picking and packing online orders, RF scanner, night shifts"]),
        ]),
        ("lines", "Skills", ["Playwright, Selenium, Cypress, Pact, k6, Postman", "TypeScript, Java, SQL", "ISTQB Foundation"]),
        ("lines", "Education", ["BTEC Level 3 Extended Diploma in IT, Calder College, 2015"]),
    ]))

R.append(dict(
    file="w010", renderer="docx", layout="tabs", head="org_title", dates="mon", present="Present", sep=" – ",
    family="US Army veteran turned sales engineer, Word tab-stop dates, employer line first then title",
    name="Marcus D. Whitfield", contact=["San Antonio, TX", "(210) 555-0147", "mwhitfield@mailbox.net", "Secret clearance (inactive)"],
    blocks=[
        ("para", "Summary", "Sales engineer for network security products. Former Army signal NCO; I translate firewall features into what a county IT director actually needs."),
        ("jobs", "Professional Experience", [
            E("Senior Sales Engineer", "Cordant Shield", "San Antonio, TX", "2022-06", "present", "facing", "sales_account", [
                "Technical lead for public-sector deals in TX/OK/NM; run discovery calls, demos and proof-of-value installs",
                "Answer RFP security questionnaires; closed $6.8M in FY25 with two account executives",
                "Present at customer roadshows and partner trainings"]),
            E("Sales Engineer", "Ridgepine Networks", "Austin, TX", "2019-08", "2022-05", "facing", "sales_account", [
                "Pre-sales support for SMB and mid-market firewall and SD-WAN deals",
                "Built lab demos and ran customer POCs"]),
            E("Network Engineer", "Ridgepine Networks", "Austin, TX", "2017-10", "2019-07", "none", None, [
                "Maintained internal lab and corporate WAN; wrote configuration templates for the product team"]),
            E("Signal Support Systems Specialist (25U), Sergeant", "U.S. Army", "Fort Hood, TX", "2011-06", "2017-09", "none", None, [
                "Installed and maintained tactical radio and network systems for a brigade HQ",
                "Supervised and trained six soldiers"], etype="military"),
        ]),
        ("para", "Education", "B.S. Information Technology, Lone Star Polytechnic (online), 2018 · CCNP Security · CISSP"),
    ]))

R.append(dict(
    file="w011", renderer="fpdf2", layout="centred", head="title_org", dates="mon", present="Present", sep=" – ",
    caps_heads=True, bullet="–",
    family="Irish games community manager, fpdf2 centred header, localisation QA and player support, bar work",
    name="Aoife Brennan-Walsh", tagline="Community Manager · Games",
    contact=["Galway", "087 555 3391", "aoife.bw@mailbox.ie"],
    blocks=[
        ("para", "About", "Five years in games, all of them close to players. I can moderate a Discord of 200k people, write a patch note people actually read, and test a Polish build for string overflows."),
        ("jobs", "Experience", [
            E("Community Manager", "Brackenlight Games", "Galway (remote-first)", "2023-01", "present", "facing", "digital_service", [
                "Run our official Discord (210k members), subreddit and Steam forums; answer player questions every day",
                "Host monthly dev livestreams and AMAs", "Weekly sentiment report to the live-ops team",
                "Recruited and manage 14 volunteer moderators"]),
            E("Player Support Specialist", "Brackenlight Games", "Galway", "2021-04", "2022-12", "facing", "digital_service", [
                "Zendesk tickets and in-game chat: account recovery, purchases, bans and refunds",
                "Macros and FAQ articles in English and Irish"]),
            E("Localisation QA Tester (Polish/English)", "Lingoforge Testing", "Dublin", "2019-10", "2021-03", "affecting", None, [
                "Checked Polish text in console builds for truncation, grammar and context errors", "Logged bugs in Jira with repro steps and screenshots"]),
            E("Bar Staff", "Tigh Uí Chonaill", "Galway", "2017-06", "2019-09", "facing", "in_person_service", []),
        ]),
        ("para", "Education", "BA Digital Media & Polish, National University of the West, 2019"),
        ("para", "Languages", "English, Irish (fluent), Polish (C1)"),
    ]))

R.append(dict(
    file="w012", renderer="html", layout="web", head="linkedin", dates="month", present="Present", sep=" - ",
    family="Dutch technical account manager's HTML CV in LinkedIn-export style (company, title, dates with duration), parental leave listed",
    name="Joost van der Heijden", tagline="Technical Account Manager | AWS | Kubernetes",
    contact=["Utrecht, Netherlands", "+31 6 5555 2871", "joost.vdheijden@mailbox.nl"],
    blocks=[
        ("para", "Summary", "Engineer first, account manager second. I look after a handful of large customers running on our platform: architecture reviews, incident bridges, roadmaps."),
        ("jobs", "Experience", [
            E("Technical Account Manager", "Stratocirrus B.V.", "Amsterdam, Netherlands", "2023-09", "present", "facing", "sales_account", [
                "Named TAM for five enterprise customers (banks, a telco and a retailer)",
                "Run weekly ops calls and quarterly architecture reviews with their platform teams",
                "Join customer incident bridges for P1s and own the follow-up report"]),
            E("Parental leave", None, None, "2023-03", "2023-08", "none", None, [], etype="unknown"),
            E("Cloud Engineer", "Stratocirrus B.V.", "Amsterdam, Netherlands", "2020-02", "2023-02", "none", None, [
                "Built the internal Kubernetes platform (EKS, ArgoCD, Terraform)", "On-call for production infrastructure"]),
            E("Werkstudent IT-Support", "Hogeschool Domstad", "Utrecht, Netherlands", "2017-09", "2020-01", "facing", "internal_support", [
                "Helped staff and students at the IT service point with laptops, eduroam and printing"], etype="paid"),
        ]),
        ("para", "Education", "BSc HBO-ICT, Hogeschool Domstad, 2020"),
        ("para", "Certifications", "AWS Solutions Architect – Professional; CKA"),
    ]))

R.append(dict(
    file="w013", renderer="docx", layout="header", head="title_org", dates="month", present="to date", sep=" – ",
    family="UK IT trainer in the NHS-supplier world, name and contact in the Word page header, heading styles, 'to date'",
    name="Gillian Ashworth", contact=["Stockport", "07700 900 208", "gill.ashworth@mailbox.co.uk"],
    blocks=[
        ("para", "Personal Statement", "Patient and practical IT trainer. I have taught hundreds of receptionists, nurses and GPs to use clinical systems, and I still remember what it was like to be the one at the back who didn't get it."),
        ("jobs", "Employment History", [
            E("Clinical Systems Trainer", "Medivale Software Ltd", "Manchester", "2021-05", "present", "facing", "education", [
                "Deliver classroom and Teams training on our GP clinical system to practice staff across the North West",
                "Go-live floorwalking at practices switching systems",
                "Write training guides and short how-to videos"]),
            E("Application Support Analyst", "Pennine Community Health Trust", "Oldham", "2017-08", "2021-04", "facing", "internal_support", [
                "First point of contact for community nurses and admin staff with problems on the patient records system",
                "Smartcard issues, password resets, access requests",
                "Tested system upgrades before rollout"]),
            E("Admin Assistant", "Pennine Community Health Trust", "Oldham", "2014-02", "2017-07", "none", None, [
                "Data entry of referral forms and scanning of paper records",
                "Typed minutes and kept the team's leave spreadsheet"]),
            E("Career break", None, None, "2010-09", "2014-01", "none", None, [
                "Full-time mum to two children; treasurer of the school PTA"], etype="unknown"),
        ]),
        ("list", "Qualifications", ["Level 3 Certificate in Learning and Development (2020)", "ECDL Advanced", "GCSEs x 8 including Maths and English"]),
    ]))

R.append(dict(
    file="w014", renderer="reportlab", layout="twopage", head="title_org", dates="mon", present="Present", sep=" – ",
    paper="letter", font="dejavu",
    family="US customer-success director with a long support career, 2-page reportlab résumé with page footer, year-only early job",
    name="Renata Silva-Hughes", tagline="Customer Success & Support Leader — 16 years in SaaS",
    contact=["Denver, CO", "(720) 555-0115", "renata.silvahughes@mailbox.com"],
    blocks=[
        ("para", "Professional Summary", "Built and scaled support and customer success teams from 4 to 70 people at three SaaS companies. I still take escalation calls from our biggest customers and I think every leader should."),
        ("jobs", "Professional Experience", [
            E("Director of Customer Success", "Pinecrest Cloudworks", "Denver, CO", "2022-03", "present", "facing", "sales_account", [
                "Lead 34 CSMs and onboarding specialists covering $58M ARR; gross retention 93%",
                "Executive sponsor for our top 20 accounts; attend their QBRs and renewal negotiations",
                "Built the customer health model with RevOps and tied CSM comp to net retention",
                "Hire, coach and promote managers; run the CS budget"]),
            E("Support Operations Manager", "Pinecrest Cloudworks", "Denver, CO", "2019-07", "2022-02", "affecting", None, [
                "Owned Zendesk configuration, routing, macros and the help-center platform",
                "Built support dashboards and SLA reporting; ran the quarterly staffing model",
                "Led the migration from Desk.com to Zendesk for 60 agents"]),
            E("Support Team Lead", "Hatchmark Software", "Boulder, CO", "2015-04", "2019-06", "facing", "digital_service", [
                "Led a team of 9 on email and chat support; handled escalated tickets from enterprise admins",
                "Weekly bug triage with engineering", "Grew CSAT from 84% to 95%"]),
            E("Customer Support Specialist", "Hatchmark Software", "Boulder, CO", "2012-09", "2015-03", "facing", "digital_service", [
                "Email, chat and phone support for a project-management tool; ~70 tickets a day"]),
            E("IT Help Desk Technician", "Front Range Community College", "Westminster, CO", "2008", "2012", "facing", "internal_support", [
                "Supported faculty and staff with laptops, classroom AV and Blackboard"], prec="year"),
        ]),
        ("list", "Education", ["B.A. Psychology, University of Northern Plains, 2011"]),
        ("list", "Skills & Tools", ["Gainsight, Zendesk, Salesforce, Looker, Intercom, Jira",
                                    "Team building, retention strategy, escalation management, forecasting",
                                    "Bilingual English/Portuguese"]),
        ("list", "Selected Achievements", [
            "Launched a pooled 'digital CSM' program covering 1,900 small accounts with webinars and lifecycle email; SMB churn down 4 pts",
            "Designed the escalation process now used company-wide: named exec owner, 24-hour customer update cadence, written RCA",
            "Cut first-response time from 19 hours to 2.5 hours at Hatchmark by introducing tiered queues and follow-the-sun coverage",
            "Hired and developed 11 people who went on to become managers, three of them directors elsewhere",
            "Partnered with Product on a customer advisory board of 14 enterprise admins that meets twice a year",
            "Rolled out Gainsight across three teams, including health scoring, playbooks and renewal forecasting",
            "Wrote the onboarding curriculum for new support hires (2 weeks, shadowing plus certification quiz)"]),
        ("list", "Leadership & Community", [
            "Mentor, Women in Customer Success (Denver chapter), 2020 – present",
            "Advisory board, Front Range Community College IT program, 2021 – present",
            "Judge, Colorado Tech Challenge student competition, 2022 and 2024"]),
        ("para", "Speaking", "SupportDriven Leadership Summit 2023 — 'Your support queue is a churn forecast'."),
    ]))

R.append(dict(
    file="w015", renderer="txt", layout="oneline", head="inline", dates="mon", present="Present", sep=" - ",
    bullet="•",
    family="Nigerian frontend developer pasted as text, remote contract for a US start-up, freelance web work, NYSC teaching",
    name="Chukwuemeka Adeyemi-Obi", contact=["Lagos, Nigeria", "+234 803 555 1274", "emeka.obi@mailbox.ng", "github.com/emekaobi"],
    tagline="Frontend Developer (React, Next.js, TypeScript) — open to remote roles",
    blocks=[
        ("jobs", "WORK EXPERIENCE", [
            E("Frontend Developer (Contract)", "Lumo Health Inc. (US, remote)", None, "2023-07", "present", "affecting", None, [
                "Building the patient booking and video-visit screens in Next.js and Tailwind",
                "Fix accessibility issues flagged in audits; maintain Storybook component library",
                "Daily standups with the US team across 6-hour time difference"], etype="freelance"),
            E("Freelance Web Developer", "Self-employed", "Lagos", "2020-03", "2023-06", "facing", "entrepreneurial_freelance", [
                "Designed and built websites for 20+ small businesses — schools, restaurants, a law firm",
                "Met clients to agree scope and price, trained their staff to update content, handled support after launch"], etype="freelance"),
            E("IT Officer", "Harbourgate Microfinance Bank", "Ikeja, Lagos", "2018-11", "2020-02", "facing", "internal_support", [
                "Supported staff in 6 branches with PCs, printers, the core banking application and network",
                "Managed user accounts and daily backups"]),
            E("NYSC Corps Member — Computer Studies Teacher", "Government Secondary School, Lafia", "Nasarawa State", "2017-10", "2018-09", "facing", "education", [
                "Taught JSS2 and SS1 computer studies; started an after-school coding club"]),
        ]),
        ("lines", "EDUCATION", ["B.Sc. Computer Science, Federal University of Technology Owerri-West, 2016 (Second Class Upper)"]),
        ("lines", "SKILLS", ["React, Next.js, TypeScript, Tailwind, Storybook, Jest, Figma, WordPress, Git"]),
        ("lines", "REFEREES", ["Available on request"]),
    ]))
