"""Résumé definitions w001–w015 (wild46)."""
from lib import E

R = []

# w001 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w001", ext="pdf", renderer="reportlab", layout="plain", order="title_org", dates="month", present="Present",
    family="Indian inbound voice agent to SME, Bengaluru, Word-to-PDF single column, title line with right-aligned dates",
    name="Kavya Ramaswamy", contact=["Bengaluru, Karnataka", "+91 98450 11427", "kavya.ramaswamy@mailbox.in"],
    headings={"work": "Professional Experience"},
    before=[("Career Objective", ["Customer support professional with 7+ years in international inbound voice processes "
             "(US telecom and UK utilities LOBs). Looking for a Team Leader / Quality role where I can use my floor "
             "experience and process knowledge."])],
    entries=[
        E("Subject Matter Expert (SME) – Inbound Voice", "Sterlane Global Services Pvt. Ltd.", "Bengaluru", "2023-06", "present",
          "facing", "contact_center", [
              "Floor support for a 22-seat US wireless billing LOB; clear agents' doubts on hold so AHT stays under 420 sec",
              "Take supervisor calls when the TL is in huddles – mostly bill-shock and port-out disputes",
              "Share call snippets and process updates in morning huddle; prepared the new-hire FAQ deck",
              "Part of the CSAT improvement circle (CSAT went 71% → 79% in two quarters)"]),
        E("Senior Customer Support Executive", "Sterlane Global Services Pvt. Ltd.", "Bengaluru", "2021-02", "2023-05",
          "facing", "contact_center", [
              "Handled 80–90 inbound calls/day from US postpaid customers: billing, plan changes, device EMI queries",
              "Consistently in top quartile on FCR; 'Star of the Month' 4 times",
              "Cross-skilled on the retention queue during Q4 peak"]),
        E("Customer Care Executive (Inbound Voice)", "Nuvex Teleservices", "Mysuru", "2019-07", "2021-01",
          "facing", "contact_center", [
              "UK energy supplier account – meter reading queries, direct debit set-up, moving-home requests",
              "Worked night shift (UK hours) and moved to work-from-home during lockdown without missing SLA"]),
        E("Tele-caller (Part-time)", "Vidya Coaching Academy", "Mysuru", "2018-06", "2019-03",
          "facing", "contact_center", [
              "Called enquiries from newspaper ads and fixed demo-class appointments for parents",
              "Maintained the enquiry register and follow-up sheet in Excel"]),
    ],
    after=[("Education", ["B.Com, University of Mysore – 2018", "PUC (Commerce), Sri Sharada PU College – 2015"]),
           ("Skills", ["Avaya, Salesforce Service Cloud, Genesys Cloud, MS Excel (VLOOKUP, pivots)",
                       "Languages: English, Kannada, Hindi, Tamil"]),
           ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                            "Place: Bengaluru                                   (Kavya R.)"])],
))

# w002 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w002", ext="docx", layout="styles", order="title_org", dates="month", present="Present", sep=" - ",
    family="Philippine non-voice to technical support résumé, Cebu, Word heading styles and list bullets, right tab-stop dates",
    name="Mary Grace D. Villaruel", contact=["Lapu-Lapu City, Cebu", "0917 553 2081", "mgvillaruel@mailbox.ph"],
    headings={"work": "Work Experience"},
    before=[("Objective", ["To obtain a position as Technical Support Representative / Team Leader in a company where I can share my skills in troubleshooting and customer handling."])],
    entries=[
        E("Technical Support Representative (Tier 2)", "Brightharbor CX Solutions Inc.", "Cebu IT Park, Cebu City", "2023-09", "present",
          "facing", "contact_center", [
              "Troubleshoot home router, mesh Wi-Fi and ONT issues over the phone for a US internet provider",
              "Do remote sessions with callers and schedule technician visits when the line is down",
              "Handle transfers from Tier 1 and callbacks for repeat issues",
              "Maintain 85%+ first contact resolution and average handle time of 14 minutes"]),
        E("Chat Support Associate", "Brightharbor CX Solutions Inc.", "Cebu IT Park, Cebu City", "2022-03", "2023-08",
          "facing", "contact_center", [
              "Handled up to 3 concurrent chats with subscribers about billing and outages",
              "Top 5 in CSAT for the whole account, June–December 2022",
              "Promoted to Tier 2 voice after 17 months"]),
        E("Email Support Associate (Non-Voice)", "Orion Peak Outsourcing Corp.", "Mandaue City", "2020-11", "2022-02",
          "facing", "contact_center", [
              "Answered customer emails for a US online furniture store – order status, damaged items, refunds",
              "Used Zendesk macros but personalized every reply; 98% QA average"]),
        E("Service Crew", "Kusina ni Lola Fastfood", "Lapu-Lapu City", "2018-04", "2019-10",
          "facing", "in_person_service", [
              "Cashier and counter, sometimes dining area",
              "Prepared orders during rush hour and did closing inventory"]),
    ],
    after=[("Education", ["Bachelor of Science in Information Technology (undergraduate, 3rd year) – University of Southern Mactan, 2017–2020"]),
           ("Trainings & Seminars", ["CompTIA A+ review class, 2023", "Customer Service Excellence Workshop, Brightharbor, 2022"]),
           ("Character References", ["Available upon request"])],
))

# w003 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w003", ext="txt", order="kv", dates="mon-yyyy", present="till date", sep=" to ", caps_headings=True, underline="-",
    family="Indian job-portal résumé pasted as text, Noida collections and telesales, key : value blocks, 'till date'",
    name="Rohit Kumar Chauhan", contact=["Mobile: 9811042275", "Email: rohitchauhan.90@mailbox.co.in", "Address: Sector 62, Noida (U.P.)"],
    headings={"work": "Work Experience"}, bullet="*",
    before=[("Profile Summary", ["Having 6+ years of experience in BPO (Collections, Telesales) and back office.",
                                 "Good knowledge of dialler (C-Zentrix, Ameyo), PTP follow-up, bucket wise allocation.",
                                 "Target oriented, ready to work in rotational shifts."])],
    entries=[
        E("Collection Executive (Early Bucket, Personal Loans)", "Rivaan Financial Process Services Pvt. Ltd.", "Noida", "2022-03", "present",
          "facing", "contact_center", [
              "Calling customers in X and 30+ bucket for EMI payment and taking PTP (promise to pay)",
              "Explaining bounce charges and sending payment link through SMS / WhatsApp",
              "Achieved 108% resolution target in FY 2024-25",
              "Following RBI fair practice code on every call"]),
        E("Telesales Executive - Credit Card Campaign", "Apex Dialtone BPO", "Gurgaon", "2020-08", "2022-02",
          "facing", "contact_center", [
              "Outbound calling on pre-approved data for lifetime free credit card",
              "Lead punching in CRM and coordination with field team for document pickup"]),
        E("Data Entry Operator", "Shree Balaji Documentation Services", "Ghaziabad", "2019-01", "2020-07",
          "none", None, [
              "Typing of scanned land record registers in Hindi and English (Krutidev / Unicode)",
              "8,000+ KPH speed with 98% accuracy"]),
        E("Recovery Agent (Field)", "Shiv Shakti Associates", "Ghaziabad", "2018-03", "2018-12",
          "facing", "other_facing", [
              "Visiting defaulter customers at home and shop for two-wheeler loan EMI collection",
              "Receipt issue and daily deposit of cash at agency office"]),
    ],
    after=[("Educational Qualification", ["B.A. from CCS University, Meerut - 2017", "12th from U.P. Board - 2014", "10th from U.P. Board - 2012"]),
           ("Personal Details", ["Father's Name : Sh. Rajbir Singh Chauhan", "Date of Birth : 14-08-1995", "Marital Status : Married",
                                 "Languages Known : Hindi, English"]),
           ("Declaration", ["I hereby declare that all the information given above is true and correct.", "", "Date :", "Place : Noida                                        (ROHIT KUMAR CHAUHAN)"])],
))

# w004 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w004", ext="html", order="title_org", dates="mon", present="Present", sep=" – ",
    family="US technical support tiers 1–3, Tulsa, HTML résumé with floated dates; Tier 3 works only escalated tickets",
    name="Derek Halvorsen", contact=["Broken Arrow, OK 74012", "(918) 555-0174", "derek.halvorsen@mailbox.com", "linkedin.com/in/dhalvorsen-support"],
    headings={"work": "Experience", "volunteer": "Community"},
    before=[("Summary", ["Support engineer who came up through the phones. Six years across Tier 1, Tier 2 and Tier 3 for B2B SaaS and consumer electronics accounts. Comfortable in logs, SQL and Jira; happiest when a repeat issue stops repeating."])],
    entries=[
        E("Tier 3 Support Engineer", "Calloway Cloudworks", "Tulsa, OK", "2024-02", "present", "affecting", None, [
            "Own the escalation queue from Tier 2 for the payroll SaaS account; all customer communication on these tickets stays with the Tier 2 owner",
            "Reproduce defects in staging, pull logs and database records, and file Jira bugs with clear repro steps for the client's developers",
            "Write and retire knowledge-base articles; cut repeat escalations on the tax-form module by about a third",
            "Run the weekly 'stump the engineer' session for Tier 2"]),
        E("Technical Support Specialist II", "Calloway Cloudworks", "Tulsa, OK", "2022-05", "2024-01", "facing", "contact_center", [
            "Phone and screen-share support for HR and payroll admins at small businesses",
            "Walked admins through integrations, SSO setup and failed payroll runs, often on deadline day",
            "Mentored two new hires through nesting"]),
        E("Tier 1 Support Agent", "Ridgeway Contact Solutions", "Broken Arrow, OK", "2020-08", "2022-04", "facing", "contact_center", [
            "Inbound calls and chats for a smart-home camera brand: setup, connectivity, warranty claims",
            "Averaged 55 contacts a day; 4.7/5 post-contact survey"]),
        E("Sales Associate", "Pinecrest Electronics", "Tulsa, OK", "2018-06", "2020-07", "facing", "in_person_service", [
            "Sold laptops, TVs and protection plans; handled the returns counter on weekends"]),
        E("Volunteer Tech Tutor", "Tulsa Senior Connect Center", "Tulsa, OK", "2019-01", "2020-12", "facing", "volunteering", [
            "Taught older adults to use smartphones, video calls and patient portals, one-on-one on Saturday mornings"],
          section="volunteer", etype="volunteer", prec="year"),
    ],
    after=[("Certifications", ["CompTIA A+ (2021)", "ITIL 4 Foundation (2023)"]),
           ("Tools", ["Zendesk, Salesforce Service Cloud, Jira, Postman, SQL (read-only), Splunk"]),
           ("Education", ["Tulsa Community College – coursework toward A.A.S. Network Administration"])],
))

# w005 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w005", ext="md", md="bold", order="title_org", dates="mon", present="present", sep=" – ",
    family="UK quality analyst who only listens to recordings, Sunderland, Markdown with bold title lines and italic employer",
    name="Gemma Pattinson", contact=["Sunderland SR4", "07700 900318", "gemma.pattinson@mailbox.co.uk"],
    headings={"work": "Employment History"},
    before=[("Personal Statement", ["I've been in contact centres for nine years, the last few in quality. I know what a good call sounds like because I took thousands of them. I'm looking for a Senior QA or QA Lead role in financial services or utilities."])],
    entries=[
        E("Quality Analyst", "Northfield Response Ltd", "Sunderland", "2022-03", "present", "affecting", None, [
            "Score 40–50 recorded calls and webchats a week against the client's QA form (energy and water accounts)",
            "Flag vulnerable-customer and complaint-handling breaches to the compliance team",
            "Run fortnightly calibration sessions with team leaders and the client's QA lead",
            "Write up the themes behind low scores for the training team to build refreshers"]),
        E("Customer Service Advisor – Energy", "Northfield Response Ltd", "Sunderland", "2019-06", "2022-02", "facing", "contact_center", [
            "Inbound calls on billing, meter readings, smart meter bookings and payment plans",
            "Dealt with a lot of customers in debt – trained in vulnerability and affordability conversations",
            "Acted as buddy for new starters"]),
        E("Retentions Adviser", "Wearside Telecom Direct", "Washington, Tyne and Wear", "2017-09", "2019-05", "facing", "contact_center", [
            "Took calls from broadband and TV customers wanting to leave and offered deals within my authority",
            "Save rate usually 45–50%"]),
        E("Bar Staff", "The Crown & Anchor", "Sunderland", "2015-01", "2017-12", "facing", "in_person_service", [
            "Part-time while at college; bar, glass collecting, cashing up"], prec="year"),
    ],
    after=[("Education", ["Sunderland College – Level 3 Diploma in Business (2016)", "GCSEs incl. Maths and English"]),
           ("Interests", ["Parkrun, Sunderland AFC season ticket, baking"]),
           ("References", ["On request"])],
))

# w006 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w006", ext="pdf", renderer="fpdf2", layout="centred", order="title_org", dates="month", present="Present", sep=" – ",
    family="South African contact-centre team leader, Umhlanga, fpdf2 centred header, learnership with call-floor placement",
    name="Sibusiso Mthembu", headline="Team Leader | Inbound Insurance | Customer Experience",
    contact=["Umhlanga, KwaZulu-Natal", "072 418 9920", "sibu.mthembu@mailbox.co.za", "Own transport, driver's licence (Code 08)"],
    headings={"work": "Career History"},
    before=[("Profile", ["Team Leader with a strong inbound insurance background. I lead by example on the floor, keep my team's adherence and quality up, and I am the person agents send the difficult policyholder to."])],
    entries=[
        E("Team Leader – Inbound Insurance", "Coastline CX Holdings", "Umhlanga", "2023-01", "present", "facing", "contact_center", [
            "Lead a team of 14 agents on the UK home-insurance claims line",
            "Take over escalated calls from upset policyholders and approve goodwill within mandate",
            "Daily huddles, side-by-sides, monthly performance reviews and attendance management",
            "Team moved from 7th to 2nd on the floor scorecard in 2024"]),
        E("Senior Agent / Floor Support", "Coastline CX Holdings", "Umhlanga", "2021-04", "2022-12", "facing", "contact_center", [
            "Took first notice of loss calls and helped new agents on the floor with system queries",
            "Stood in for the team leader during leave"]),
        E("Inbound Sales Agent – Funeral Cover", "Msinga Direct", "Durban", "2019-02", "2021-03", "facing", "contact_center", [
            "Sold funeral and hospital cash plans to callers responding to radio adverts",
            "Did needs analysis and read the FAIS disclosures word for word"]),
        E("Contact Centre Learnership (NQF Level 2)", "Thekwini Skills Academy", "Durban", "2018-03", "2019-01", "facing", "contact_center", [
            "Classroom modules on call handling, then a 3-month placement answering the switchboard at a medical aid scheme"],
          etype="internship"),
    ],
    after=[("Qualifications", ["National Certificate: Contact Centre Operations NQF 2 (2019)", "Matric – Umlazi Comtech High School (2017)",
                               "RE5 – Representative Examination (2020)"]),
           ("Computer Skills", ["MS Office, Avaya CMS, Genesys, Guidewire ClaimCenter"]),
           ("References", ["Mrs N. Dlamini – Operations Manager, Coastline CX Holdings – 031 555 0182"])],
))

# w007 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w007", ext="docx", layout="tabs", order="title_org", dates="mon", present="Present", sep=" – ",
    family="Irish workforce-planning analyst, Cork, Word tab-stop dates, started as a German-language agent",
    name="Niamh Ó Súilleabháin", contact=["Ballincollig, Co. Cork", "087 123 4598", "niamh.osuilleabhain@mailbox.ie"],
    headings={"work": "Experience"},
    before=[("Profile", ["Workforce planning analyst with a front-line background in multilingual customer service. Strong Excel and NICE IEX; I like turning a messy forecast into a rota people can actually live with."])],
    entries=[
        E("Workforce Planning Analyst", "Lismore Contact Services", "Cork", "2023-04", "present", "none", None, [
            "Long-range and weekly forecasting of call, chat and email volumes for four client accounts",
            "Build schedules in NICE IEX for ~320 agents, including shift-swap and annual leave allowances",
            "Model the headcount impact of AHT and shrinkage changes for the finance team"]),
        E("Real-Time Analyst", "Lismore Contact Services", "Cork", "2021-08", "2023-03", "none", None, [
            "Monitored queues against service level and moved agents between skills during spikes",
            "Approved breaks, lunches and off-phone time and logged intraday variance"]),
        E("Customer Service Agent (German Market)", "Shannonside Global Support", "Limerick", "2018-11", "2021-07", "facing", "contact_center", [
            "Phone and email support in German and English for a consumer electronics brand",
            "Warranty claims and returns; escalations to Tier 2 via Salesforce"]),
        E("Retail Assistant (part-time)", "Kilbride Pharmacy", "Limerick", "2016-06", "2018-08", "facing", "in_person_service", [
            "Till, front-of-shop beauty counter and stock", "Worked around my degree at University of Limerick"]),
    ],
    after=[("Education", ["BA Applied Languages (German & French), University of Limerick, 2018"]),
           ("Skills", ["NICE IEX, Excel (Power Query, pivots), Power BI basics, Erlang C", "Irish (fluent), German (C1), French (B2)"])],
))

# w008 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w008", ext="pdf", renderer="reportlab", layout="sidebar", order="title_org", dates="mon", present="Present", sep=" - ",
    font="dejavu", bullet="➢",
    family="Philippine process trainer for a US healthcare account, Makati, reportlab dark sidebar (contact, skills), ➢ bullets",
    name="Jerome P. Castillo", side_rgb=(0.13, 0.32, 0.30),
    contact=["Brgy. Pio del Pilar, Makati City", "0928 611 7453", "jerome.castillo@mailbox.ph"],
    sidebar=[("Skills", ["Training needs analysis", "Nesting & OJT", "US healthcare (HIPAA, claims, EOB)", "Avaya, Genesys, Salesforce", "PowerPoint & Canva"]),
             ("Certifications", ["Certified Training Professional (in-house), 2022", "HIPAA awareness, 2019"])],
    headings={"work": "Work Experience"},
    before=[("Summary", ["Process Trainer with 3 years of classroom and nesting experience on a US healthcare account, and 5 years before that on the phones. I speak the agent's language because I was one."])],
    entries=[
        E("Process Trainer – Healthcare Account", "Archipelago Contact Partners Inc.", "Makati City", "2022-07", "present", "facing", "education", [
            "Deliver 6-week new hire training to batches of 15–25 agents: product, systems, call flow, soft skills",
            "Run nesting on the floor and certify agents on mock calls before they go live",
            "Design refresher modules when the client changes a plan benefit",
            "Batch throughput 88% average (account target 80%)"]),
        E("Customer Service Representative (Voice)", "Archipelago Contact Partners Inc.", "Makati City", "2019-10", "2022-06", "facing", "contact_center", [
            "Took calls from US health plan members about claims, deductibles and finding in-network doctors",
            "Consistent 'Exceeds' rating; chosen as SME before moving to training"]),
        E("Customer Service Representative", "Lumina Outsourcing Services", "Pasig City", "2018-01", "2019-09", "facing", "contact_center", [
            "Inbound billing for an Australian telco account"]),
        E("Promodiser", "Rainbow Mall Supermarket", "Marikina City", "2016-04", "2017-12", "facing", "in_person_service", [
            "Promoted a coffee brand in the supermarket aisle, gave samples and kept the display stocked"]),
    ],
    after=[("Education", ["Bachelor of Arts in Communication – Marikina Polytechnic College, 2016"]),
           ("Character Reference", ["Ms. Liza Manansala – Training Manager, Archipelago Contact Partners Inc."])],
))

# w009 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w009", ext="txt", order="dash", dash=" - ", dates="mm/yyyy", present="Present", sep=" - ", bullet="-",
    family="US card-services fraud analyst with cardholder calls, Tempe, plain text pasted from Word, 'Title - Employer, Town' with dates",
    name="Alyssa Moreno-Whitaker", contact=["Mesa, AZ 85203 | (480) 555-0139 | alyssa.mw@mailbox.net"],
    headings={"work": "WORK HISTORY"},
    before=[("PROFESSIONAL SUMMARY", ["Fraud and escalations professional with 7 years in card services and collections. Calm on hard calls, fast in a queue, good at spotting patterns."])],
    entries=[
        E("Fraud Analyst", "Desert Sky Card Services", "Tempe, AZ", "2023-05", "present", "facing", "contact_center", [
            "Work the fraud alert queue: review flagged transactions, decline or release, and place blocks",
            "Call cardholders to verify suspicious activity and walk them through card reissue",
            "Document cases for chargeback and law-enforcement requests"]),
        E("Escalations Specialist", "Desert Sky Card Services", "Tempe, AZ", "2021-06", "2023-04", "facing", "contact_center", [
            "Took complaints escalated from the front line and regulator/BBB complaints",
            "Called customers back with resolutions and issued credits up to $500",
            "Helped rewrite the complaint-closure letter templates"]),
        E("Collections Representative", "Mesa Recovery Group", "Mesa, AZ", "2019-01", "2021-05", "facing", "contact_center", [
            "Outbound and inbound calls on medical and utility accounts, FDCPA compliant",
            "Set up payment plans; collected 112% of monthly goal on average"]),
        E("Cashier", "QuikFuel", "Chandler, AZ", "2017-03", "2018-12", "facing", "in_person_service", []),
    ],
    after=[("EDUCATION", ["Mesa Community College - Associate in Business, 2018"]),
           ("SKILLS", ["FICO Falcon, TSYS, Salesforce, Five9, Excel", "Bilingual English/Spanish"])],
))

# w010 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w010", ext="docx", layout="plain", job_table=True, order="title_org", dates="month", present="Present", sep=" – ",
    family="South African KYC analyst (back office), Cape Town, Word with a borderless table per job (role and company left, dates right), year-only volunteer",
    name="Thandeka Jacobs", contact=["Kuils River, Cape Town", "082 774 3016", "thandeka.jacobs@mailbox.co.za"],
    headings={"work": "Work Experience", "volunteer": "Volunteer Work"},
    before=[("Personal Profile", ["Detail-oriented KYC analyst with 6 years in FICA and client onboarding operations for a financial services group. I started in the call centre and moved into back office compliance."])],
    entries=[
        E("KYC Analyst", "Tafelberg Financial Operations (Pty) Ltd", "Cape Town", "2022-10", "present", "affecting", None, [
            "Verify ID, proof of address and source-of-funds documents for new investment accounts",
            "Run sanctions and PEP screening and escalate true matches to Compliance",
            "Remediate high-risk files in the periodic review cycle; email relationship managers for missing documents",
            "Average 35 files a day at 99% quality"]),
        E("FICA Back Office Administrator", "Tafelberg Financial Operations (Pty) Ltd", "Cape Town", "2020-05", "2022-09", "affecting", None, [
            "Indexed and checked FICA documents received from branches and brokers",
            "Updated client records on the core system and returned incomplete packs"]),
        E("Inbound Call Centre Agent", "Karoo Connect", "Bellville", "2018-08", "2020-04", "facing", "contact_center", [
            "Answered calls for a retail store card: balances, statements, card replacements, account closures",
            "Handled 70+ calls per shift"]),
        E("Volunteer Reading Assistant", "Mfuleni Community Library", "Mfuleni", "2016-01", "2018-12", "facing", "volunteering", [
            "Read with Grade 2–4 learners every Saturday and helped with homework"],
          section="volunteer", etype="volunteer", prec="year"),
    ],
    after=[("Education", ["Higher Certificate in Financial Planning – Boland College (2019)", "National Senior Certificate – Kuils River High School (2015)"]),
           ("Skills", ["World-Check, LexisNexis Bridger, Excel, Outlook", "Languages: English, Afrikaans, isiXhosa"]),
           ("References", ["Available on request"])],
))

# w011 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w011", ext="pdf", renderer="fpdf2", layout="left", order="org_title", dates="mon", present="Present", sep=" – ",
    bullet="▪",
    family="Indian MIS analyst, Hyderabad, fpdf2 left header, employer line first with dates right, summer internship in a bank",
    name="Srinivas Rao Kodali", headline="MIS Analyst | Advanced Excel | Power BI | SQL",
    contact=["Kukatpally, Hyderabad – 500072", "+91 90001 38264", "srinivas.kodali@mailbox.in"],
    headings={"work": "Work Experience"},
    before=[("Profile Summary", ["8+ years in BPO operations support – MIS reporting, dashboards and automation for voice and non-voice processes. Built the AHT / CSAT / attrition dashboards used by the site leadership."])],
    entries=[
        E("MIS Analyst", "Kovida Business Services Pvt Ltd", "Hyderabad", "2021-04", "present", "none", None, [
            "Daily, weekly and monthly reports on AHT, CSAT, FCR, adherence and shrinkage for 6 LOBs",
            "Automated 14 manual reports with VBA and Power Query – saved ~30 hours a week",
            "Power BI dashboards for the client's monthly business review deck"]),
        E("MIS Executive", "Trivani Outsourcing Solutions", "Hyderabad", "2018-06", "2021-03", "none", None, [
            "Prepared hourly interval reports and agent scorecards from dialler and ACD data",
            "Attendance and billing-hours reconciliation for the client invoice"]),
        E("Process Associate (Non-Voice)", "Trivani Outsourcing Solutions", "Hyderabad", "2017-01", "2018-05", "affecting", None, [
            "Processed US property & casualty insurance claim forms – data capture, coverage checks and indexing",
            "Maintained 99.2% accuracy against the 98% SLA"]),
        E("Summer Intern", "Godavari Co-operative Urban Bank", "Rajahmundry", "2015-05", "2015-06", "facing", "in_person_service", [
            "Sat at the enquiry counter and helped customers fill deposit, withdrawal and account-opening forms",
            "Project report: 'Customer satisfaction in co-operative banks'"], etype="internship"),
    ],
    after=[("Education", ["MBA (Finance), Osmania University – 2016", "B.Com (Computers), Andhra University – 2014"]),
           ("Technical Skills", ["Advanced Excel, VBA, Power Query, Power BI, SQL Server, Avaya CMS reports"])],
))

# w012 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w012", ext="md", md="h3", order="title_org", dates="month", present="Present", sep=" to ",
    family="Philippine content moderator and chat agent, Davao, Markdown h3 titles, career break to care for a parent",
    name="Rhea Mae Sarmiento", contact=["Buhangin, Davao City", "0995 207 3384", "rheamae.sarmiento@mailbox.ph"],
    headings={"work": "Work Experience"}, bullet="*",
    before=[("About Me", ["Hardworking and patient. I have experience in chat support and content moderation and I am willing to work on night shift and on holidays."])],
    entries=[
        E("Content Moderator", "Bluewave Digital Services", "Davao City", "2023-05", "present", "affecting", None, [
            "Review user posts, photos and short videos flagged by the system for a social media client",
            "Apply the client's community guidelines and remove or age-restrict content",
            "Keep accuracy above 95% while meeting the hourly quota",
            "Join wellness sessions required for moderators"]),
        E("Chat Support Agent - Food Delivery Account", "Bluewave Digital Services", "Davao City", "2021-09", "2023-04", "facing", "contact_center", [
            "Chatted with customers about late or wrong orders and processed refunds or vouchers",
            "Also handled rider concerns on the rider chat queue"]),
        E("Data Encoder", "Mindanao Records Solutions", "Davao City", "2020-02", "2021-08", "none", None, [
            "Encoded scanned survey forms for a market research client",
            "Checked double entries and prepared daily batch report"]),
        E("Career Break - caring for my father after his stroke", None, None, "2019-06", "2020-01", "none", None, [], etype="unknown"),
        E("Cashier", "Tagum Grocery Mart", "Tagum City", "2017-05", "2019-05", "facing", "in_person_service", [
            "Cashier and bagger; balanced my drawer every end of shift"]),
    ],
    after=[("Education", ["Bachelor of Secondary Education (Major in English) - University of Mindanao, Tagum, 2017"]),
           ("Skills", ["Typing speed 55 wpm", "Zendesk, Freshdesk, Google Sheets"]),
           ("References", ["Mr. Ariel Tan - Team Leader, Bluewave Digital Services - 0917 555 2290"])],
))

# w013 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w013", ext="docx", layout="header", order="title_org", dates="mon", present="Present", sep=" – ",
    family="UK collections and telesales agent, Glasgow, name and contact in the Word page header, phone befriending volunteer",
    name="Callum McAuley", contact=["Paisley PA1", "07911 234 780", "callum.mcauley@mailbox.co.uk"],
    headings={"work": "Work History", "volunteer": "Volunteering"},
    before=[("About me", ["Outbound and collections agent, 7 years on the phones. Good with people who don't want to talk to me. Looking for a debt advice or vulnerable-customer team."])],
    entries=[
        E("Collections Agent – Utilities", "Clydeview Customer Solutions", "Glasgow", "2022-02", "present", "facing", "contact_center", [
            "Call customers in arrears on gas and electricity accounts and agree affordable payment plans",
            "Complete income and expenditure assessments and refer to debt charities where needed",
            "Spot and record vulnerability – top adviser for correct Priority Services referrals in 2024"]),
        E("Outbound Telesales Executive", "Meridian Direct Marketing", "Paisley", "2019-07", "2022-01", "facing", "contact_center", [
            "Sold broadband and boiler cover on warm-lead campaigns",
            "Regular top 3 on the leaderboard; moved to the upgrades campaign after 6 months"]),
        E("Telephone Befriender", "Age Link Glasgow", "Glasgow", "2020-04", "2021-03", "facing", "volunteering", [
            "Weekly calls to older people living alone during lockdown"], section="volunteer", etype="volunteer"),
        E("Kitchen Assistant", "The Pavilion Café", "Paisley", "2018-01", "2019-06", "affecting", None, [
            "Prep, dishwasher and deep clean at close"]),
    ],
    after=[("Education", ["Glasgow Clyde College – NC Business (2017)", "Standard Grades / Nat 5s – Castlehead High"]),
           ("Skills", ["Debt Manager, Salesforce, Noble dialler", "CSCS card (expired)"])],
))

# w014 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w014", ext="pdf", renderer="reportlab", layout="twocol", order="title_org", dates="mon", present="Present", sep=" – ",
    paper="letter", footer="Brandon K. Whitfield  ·  Résumé  ·  Page {page}", break_after="Team Leader",
    family="US contact-centre operations manager, Columbus, 2-page reportlab résumé with two-column header and page footer, National Guard overlap",
    name="Brandon K. Whitfield", headline="Contact Center Operations | Member Services | Client Management",
    contact=["Westerville, OH 43081", "(614) 555-0122", "bk.whitfield@mailbox.com", "linkedin.com/in/bkwhitfield"],
    headings={"work": "Professional Experience", "other": "Military Service"},
    before=[("Summary", ["Operations leader with 16 years in outsourced contact centers, from the phones to running a 300-seat member services operation for three health and financial-services clients. Known for steady SLA performance, low attrition and honest client relationships."])],
    entries=[
        E("Operations Manager – Member Services", "Buckeye Contact Group", "Columbus, OH", "2021-03", "present", "facing", "sales_account", [
            "Run three client programs (~300 FTE, 9 team managers) with full P&L responsibility",
            "Client's main point of contact: weekly ops calls, monthly reviews and quarterly business reviews with the client's VP of Member Experience",
            "Negotiated SOW changes and a 2-year renewal worth $14M",
            "Cut 90-day attrition from 41% to 26% with a revised nesting model"]),
        E("Senior Team Manager", "Buckeye Contact Group", "Columbus, OH", "2017-08", "2021-02", "affecting", None, [
            "Managed 5 team leaders and ~75 agents on a Medicare Advantage line",
            "Chaired the weekly complaints review panel and signed off goodwill credits and process fixes",
            "Owned the AEP readiness plan: hiring, training calendar, overtime",
            "Budgets, staffing models and people reviews"]),
        E("Team Leader", "Lakeshore Teleservices", "Toledo, OH", "2013-05", "2017-07", "facing", "contact_center", [
            "Led 16 agents on an inbound banking line",
            "Took escalated calls from customers and handled supervisor callbacks",
            "Coached with call recordings, weekly one-on-ones"]),
        E("Customer Service Representative", "Lakeshore Teleservices", "Toledo, OH", "2010-09", "2013-04", "facing", "contact_center", [
            "Inbound card and checking account calls; promoted to team leader after 2.5 years"]),
        E("Supply Specialist (92Y), Ohio Army National Guard", None, "Toledo, OH", "2006-01", "2012-12", "affecting", None, [
            "Drill weekends and annual training; unit supply room, hand receipts, equipment accountability"],
          section="other", etype="military", prec="year"),
    ],
    after=[("Education", ["B.S. Business Administration – Franklin Park University (online), 2016"]),
           ("Certifications", ["COPC Registered Coordinator (2019)", "Lean Six Sigma Green Belt (2020)"]),
           ("Systems", ["NICE, Genesys Cloud, Salesforce Health Cloud, Power BI"])],
))

# w015 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w015", ext="txt", order="title_org", right_first=True, dates="mon", present="to date", sep=" – ", caps_headings=True,
    bullet="•", underline="=",
    family="Indian voice-to-non-voice process associate, Chennai, caps headings with underlines, trainee period on live calls",
    name="Priyadharshini Senthilkumar", contact=["Velachery, Chennai - 600042", "Ph: 94440 27715", "priya.senthil93@mailbox.in"],
    headings={"work": "Experience Details"},
    before=[("Objective", ["Seeking a challenging role in order management / customer support where I can grow along with the organisation."])],
    entries=[
        E("Senior Process Associate – Order Management (Non-Voice)", "Cauvery Global Solutions", "Chennai", "2021-09", "present", "affecting", None, [
            "Processing purchase orders, price changes and credit notes in SAP for a European FMCG client",
            "Resolving order blocks and raising tickets to the onshore customer service team",
            "Preparing the daily backlog report and SOP updates"]),
        E("Process Associate – Voice (UK Telecom)", "Marina Teleservices Pvt. Ltd.", "Chennai", "2019-02", "2021-08", "facing", "contact_center", [
            "Handled inbound calls from UK mobile customers for billing and roaming queries",
            "Achieved 'A' band for 5 consecutive quarters"]),
        E("Trainee – Customer Support (Inbound)", "Marina Teleservices Pvt. Ltd.", "Chennai", "2018-11", "2019-01", "facing", "contact_center", [
            "3 weeks classroom + OJT on live calls with a buddy (voice and accent, product, CRM)"], etype="internship"),
        E("Accounts Assistant", "Sri Lakshmi Traders", "Tambaram", "2016-06", "2018-09", "none", None, [
            "Tally entries, GST filing support and bank reconciliation"]),
    ],
    after=[("Academic Profile", ["B.Com – Madras Christian College, 2016 (68%)", "HSC – 2013 (82%)"]),
           ("Software", ["SAP SD (order to cash), Tally ERP 9, MS Office"]),
           ("Personal Details", ["DOB : 09.03.1995", "Languages : Tamil, English, Hindi (speak)"])],
))
