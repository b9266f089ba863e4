"""Résumés w001–w015 (12 PDF, 3 DOCX). One dict per résumé renders the file and its gold line."""
from lib import E

R = []

# ---------------------------------------------------------------- w001 Jake's Resume look (LaTeX), US new grad
R.append(dict(
    file="w001.pdf", render="pdf_jake",
    family="US information-systems graduate in IT support, LaTeX 'Jake's Resume' look: bold title left with dates right, italic employer left with location right",
    layout="reportlab, latex_jake/title_org, mon. / 'Present'",
    name="Daniel Reyes-Whitfield",
    contact=["614-555-0187", "dreyes.whitfield@fastmail.example", "linkedin.com/in/dreyeswhitfield", "github.com/dreyesw"],
    dstyle="mon.", present="Present",
    before=[("Education", [("edu", "Scioto Valley University", "Columbus, OH",
                             "Bachelor of Science in Information Systems, Minor in Communication", "Aug. 2021 – May 2025")])],
    exp_heading="Experience",
    entries=[
        E("IT Support Technician", "Larkspur Health Partners", "Columbus, OH", "2025-07", "present", "facing", "internal_support", [
            "Resolve 25–30 tickets a day from 600+ clinic and office staff by phone, Teams chat and walk-up, keeping first-contact resolution at 78%",
            "Reset MFA and badge access and troubleshoot EHR printers and label scanners at nurses' stations",
            "Wrote 34 knowledge-base articles that cut repeat password tickets by 22% in one quarter",
        ]),
        E("Undergraduate Research Assistant", "Scioto Valley University HCI Lab", "Columbus, OH", "2024-09", "2025-05", "none", None, [
            "Cleaned and coded survey data (n=1,200) in R for a study of campus Wi-Fi use",
            "Co-authored a poster presented at the Midwest HCI Student Symposium",
        ], section="other"),
        E("Software Engineering Intern", "Brightfield Data Systems", "Cincinnati, OH", "2024-05", "2024-08", "none", None, [
            "Built a Python service that validates nightly vendor feeds before they load into Snowflake, cutting failed loads from 9 to 1 a month",
            "Wrote 140 pytest unit tests and moved the job from cron to GitHub Actions",
        ], etype="internship"),
        E("Student Help Desk Technician", "Scioto Valley University IT Services", "Columbus, OH", "2022-09", "2025-05", "facing", "internal_support", [
            "Staffed the walk-in and phone help desk for students, faculty and staff: Wi-Fi onboarding, MFA, Canvas and printing issues",
            "Logged and routed 3,000+ ServiceNow tickets; trained 6 new student techs on triage scripts",
        ]),
        E("Barista", "Third Street Coffee Co.", "Columbus, OH", "2023-01", "2024-04", "facing", "in_person_service", [
            "Took orders and made drinks through the 7–10 a.m. rush, 250+ customers a shift",
            "Handled cash and card payments and the closing cash-up",
        ], suffix=" (Part-time)"),
        E("Lifeguard", "Olentangy Aquatic Center", "Worthington, OH", "2019-06", "2021-08", "facing", "other_facing", [
            "Supervised swimmers at a 1,500-visitor outdoor pool, enforced pool rules and gave first aid",
            "Taught Saturday learn-to-swim classes for ages 5–8",
        ], dates="Summers 2019 – 2021"),
    ],
    after=[
        ("Projects", [("proj", "HelpDesk Triage Bot | Python, Flask, scikit-learn", "Jan. 2025 – Apr. 2025", [
            "Classified 8,000 anonymised help-desk tickets into 12 queues with 91% accuracy as a senior capstone",
            "Demoed to the IT Services leadership team; now used to pre-sort the shared inbox"]),
                      ("proj", "Campus Printer Status Page | JavaScript, Node.js", "Sept. 2023", [
            "Built a small page that shows which lab printers are out of paper or toner"])]),
        ("Technical Skills", [("kv", "Languages", "Python, SQL, Bash, PowerShell, JavaScript"),
                              ("kv", "Tools", "ServiceNow, Jira Service Management, Active Directory, Intune, Git"),
                              ("kv", "Certifications", "CompTIA A+ (2024), ITIL 4 Foundation (2025)")]),
    ],
))

# ---------------------------------------------------------------- w002 moderncv classic, Polish applicant in Dublin
R.append(dict(
    file="w002.pdf", render="pdf_moderncv", variant="classic",
    family="Polish multilingual support specialist in Dublin, LaTeX moderncv-classic look: dates in a left column, 'Title, Employer, City' on the right, year-only older jobs",
    layout="reportlab, latex_moderncv/dates_left, mon & yyyy / 'present'",
    name="Katarzyna Nowicka", headline="Multilingual Customer Support Specialist",
    contact=["Drumcondra, Dublin 9, Ireland", "+353 87 555 0142", "k.nowicka@posteo.example"],
    dstyle="mon", present="present", sep="–",
    summary=("Profile", "Customer support specialist with three years in software support and earlier experience in retail and "
             "order processing. I work every day in Polish, German and English and like to solve problems fully, not only close tickets."),
    exp_heading="Experience",
    entries=[
        E("Customer Support Specialist", "Lumenvale Software Ltd.", "Dublin", "2023-03", "present", "facing", "contact_center", [
            "First-line support by chat, e-mail and phone for small-business customers of our invoicing app, 40–50 conversations per day in Zendesk",
            "Explaining VAT settings and bank-feed errors in the customer's own language; CSAT 95% over the last four quarters",
            "Writing bug reports for the product team and translating help-centre articles to Polish and German",
        ], suffix=" (Polish & German markets)"),
        E("Community Moderator", "Northgale Games", "remote", "2021-06", "2023-02", "facing", "digital_service", [
            "Moderated the official Discord server and forums (90k members) in English and Polish and answered player questions about accounts and purchases",
            "Escalated bug reports and payment problems to player support with logs and screenshots",
        ], suffix=" (part-time)"),
        E("Data Entry Clerk", "Kestrel Insurance Services DAC", "Dublin", "2021-01", "2022-12", "none", None, [
            "Scanned and indexed archived HR and finance files into SharePoint, approx. 2 000 pages daily",
            "Checked metadata against the retention schedule",
        ]),
        E("Order Processing Clerk", "Fenwald Versand GmbH", "Leipzig, Germany", "2018-01", "2020-12", "affecting", None, [
            "Processed web-shop orders and returns in SAP and prepared delivery documents for the warehouse",
            "Corrected address errors before dispatch",
        ], prec="year"),
        E("Sales Assistant", "Delikatesy Pod Kopcem", "Krakow, Poland", "2015-01", "2017-12", "facing", "in_person_service", [
            "Served customers at the deli counter, cutting and weighing products, cash desk",
        ], prec="year"),
    ],
    after=[
        ("Education", [("cv", "2014–2017", "Bachelor in German Philology", "Krakow College of Applied Languages, Krakow", "Thesis on business correspondence in German and Polish")]),
        ("Languages", [("cvl", "Polish", "Mother tongue"), ("cvl", "German", "C1 – fluent, daily at work"),
                       ("cvl", "English", "C1 – fluent"), ("cvl", "Russian", "A2 – basic")]),
        ("Computer skills", [("cvl", "Support tools", "Zendesk, Intercom, Jira, Confluence"),
                             ("cvl", "Office", "SAP SD (basic), MS Office, Google Workspace")]),
        ("Interests", [("cvl", "", "Mountain hiking, board games, learning Irish")]),
    ],
))

# ---------------------------------------------------------------- w003 LinkedIn Save-to-PDF, Philippines
R.append(dict(
    file="w003.pdf", render="pdf_linkedin",
    family="Philippine BPO team leader, LinkedIn 'Save to PDF' profile export: sidebar with Contact/Top Skills/Languages, company then roles with durations, prose descriptions",
    layout="reportlab, linkedin/org_title, month (duration) / 'Present'",
    name="Kristine Joy Manalastas",
    headline="Team Leader at Solstice Contact Solutions | Customer Experience | Telco & E-commerce Accounts",
    place="Pasig, National Capital Region, Philippines",
    contact=["kristine.manalastas@ymail.example", "www.linkedin.com/in/kjmanalastas (LinkedIn)"],
    top_skills=["Customer Retention", "Team Leadership", "Quality Assurance"],
    languages=["Filipino (Native or Bilingual)", "English (Full Professional)"],
    certs=["Customer Experience Foundations", "Lean Six Sigma Yellow Belt"],
    summary=("Summary", "Five years in the BPO industry on US telco and e-commerce accounts, from the phones to quality to leading "
             "my own team. I enjoy coaching new agents and turning angry customers into loyal ones. Open to CX supervisor and "
             "training roles in Ortigas or hybrid."),
    groups={"Solstice Contact Solutions Inc.": {}},
    entries=[
        E("Team Leader", "Solstice Contact Solutions Inc.", "Pasig, National Capital Region, Philippines", "2023-08", "present", "facing", "contact_center", [
            "I lead a team of 16 customer service representatives on a US telecommunications account. I coach agents daily through "
            "call listening and side-by-side sessions, take supervisor calls from escalated customers and approve bill credits. "
            "Our team ranked #1 of 9 teams on NPS for six straight months in 2025.",
        ], group="Solstice Contact Solutions Inc."),
        E("Quality Analyst", "Solstice Contact Solutions Inc.", "Pasig, National Capital Region, Philippines", "2022-03", "2023-07", "affecting", None, [
            "Scored 60 recorded calls and chat transcripts a week against the client's quality form, ran weekly calibration "
            "sessions with the client's QA team and sent written feedback to team leaders.",
        ], group="Solstice Contact Solutions Inc."),
        E("Customer Service Representative", "Solstice Contact Solutions Inc.", "Pasig, National Capital Region, Philippines", "2021-07", "2022-02", "facing", "contact_center", [
            "Inbound calls from US postpaid mobile customers about bills, plan changes and device troubleshooting. "
            "Average of 60 calls a day with 88% CSAT.",
        ], group="Solstice Contact Solutions Inc."),
        E("Freelance Product Listing Assistant", "Upwork", "Remote", "2020-01", "2021-06", "affecting", None, [
            "Uploaded and edited product listings, photos and inventory counts for two US Shopify stores. Prepared weekly "
            "sales reports in Google Sheets.",
        ], etype="freelance"),
        E("Sales Associate", "Casa Lumina Home Center", "Marikina City", "2018-06", "2019-12", "facing", "in_person_service", [
            "Assisted walk-in customers in the appliances section, explained installment plans and processed delivery bookings.",
        ]),
    ],
    education=[("Eastern Rizal Polytechnic College", "Bachelor of Science in Tourism Management · (2014 - 2018)"),
               ("Sta. Monica Hills National High School", "High School Diploma · (2010 - 2014)")],
))

# ---------------------------------------------------------------- w004 Indeed résumé PDF, US warehouse / gig
R.append(dict(
    file="w004.pdf", render="pdf_indeed",
    family="US warehouse order picker with a delivery gig and a temp-agency placement, Indeed-generated résumé PDF ('Month YYYY to Present', skills with years)",
    layout="fpdf2, indeed/title_org, month / 'Present'",
    name="Jaylen M. Pruitt", place="Memphis, TN 38118",
    contact=["jaylenpruitt7@email.example", "+1 901 555 0163"],
    headline="Warehouse associate with 4 years of customer-facing work, looking for a customer service role",
    dstyle="month", present="Present", sep=" to ",
    entries=[
        E("Order Picker", "Ridgeway Fulfillment Center", "Memphis, TN", "2023-03", "present", "affecting", None, [
            "Pick and pack e-commerce orders using an RF scanner, 160+ units per hour",
            "Maintain 99.6% pick accuracy; train new hires on the scanner and safety rules",
            "Cycle count and replenish pick locations",
        ]),
        E("Delivery Driver", "DoorDash", "Memphis, TN", "2021-01", "present", "facing", "in_person_service", [
            "Pick up orders from restaurants and hand them to customers at the door, in apartments and offices",
            "Contact customers about missing items or wrong addresses; 4.9 rating over 2,300 deliveries",
        ], etype="freelance"),
        E("Production Associate", "PeopleFirst Staffing", "Olive Branch, MS", "2022-08", "2023-02", "none", None, [
            "Assigned to client: Delta Coil Manufacturing (HVAC parts plant)",
            "Assembled coil units on the line and ran the crimping press",
            "Met hourly production targets and kept 5S station standards",
        ]),
        E("Cashier/Stocker", "Dollar Dash Discount", "Memphis, TN", "2021-05", "2022-07", "facing", "in_person_service", [
            "Ran the register, handled cash and returns, helped customers find items",
            "Unloaded the weekly truck and stocked shelves",
        ]),
        E("Crew Member", "Blue Plate Burgers", "Memphis, TN", "2019-06", "2021-04", "affecting", None, [
            "Worked grill and fry stations and prepared food to order tickets",
            "Cleaned kitchen and equipment at close",
        ]),
    ],
    education=[("High school diploma", "Riverbend Academy High School - Memphis, TN", "August 2015 to May 2019")],
    skills=["Customer service (4 years)", "RF scanner (3 years)", "Forklift (1 year)", "Cash handling (1 year)", "Microsoft Excel (Less than 1 year)"],
    certs=[("Forklift Certification", "March 2023 to March 2026"), ("Driver's License", "")],
    additional="Available for any shift including weekends. Reliable transportation.",
))

# ---------------------------------------------------------------- w005 UK two-page CV with footer
R.append(dict(
    file="w005.pdf", render="pdf_uk2page",
    family="Welsh ex-soldier now funeral director's assistant, two-page Word-style CV with 'Page x of 2' and name in the footer, family butcher's and agency security",
    layout="reportlab, twopage_footer/title_org, month / 'Present'",
    name="Owain Pryce",
    contact=["Grangetown, Cardiff CF11", "07700 900318", "owain.pryce@btinternet.example", "Full UK licence: C+E, D1"],
    dstyle="month", present="Present",
    summary=("Personal Profile",
             "Calm, dependable and good with people at the worst moments of their lives. After eight years in the Army as a driver "
             "and section second-in-command, I moved into residential security and then into funeral service, where I have spent "
             "five years supporting bereaved families. I am looking for a role where that care for people is the main part of "
             "the job, such as a client services or patient liaison position."),
    key_skills=["Supporting people who are grieving, anxious or upset", "Clear, patient telephone manner, including out-of-hours calls",
                "Large-vehicle driving and route planning (C+E, D1)", "Working to strict procedures and paperwork standards",
                "Leading and rostering small teams", "Basic Welsh (conversational)"],
    exp_heading="Employment History",
    entries=[
        E("Funeral Director's Assistant", "Thomas Harcourt & Daughters Funeral Directors", "Cardiff", "2021-04", "present", "facing", "other_facing", [
            "Meet bereaved families at their homes and in the arrangement room alongside the funeral director, taking details for the service, the notices and the flowers",
            "Conduct and bear at around 180 funerals a year; drive the hearse and limousines and look after mourners on the day",
            "Care for the deceased in our mortuary, including collections from hospitals and homes at any hour",
            "Answer the 24-hour telephone line on rota — often the first voice a family hears after a death",
        ]),
        E("Concierge Security Officer", "Citadel Guarding Services Ltd", "Cardiff", "2018-09", "2021-03", "facing", "in_person_service", [
            "Ran the front desk for residents and visitors: parcels, keys, contractor sign-in and lost fobs",
            "CCTV monitoring and hourly patrols on nights; wrote incident reports for the managing agent",
        ], note="Contracted to Atlantic Wharf Apartments (312 flats)"),
        E("Lance Corporal – Driver", "British Army", "Catterick Garrison and Germany", "2010-06", "2018-08", "none", None, [
            "Drove and maintained 15-tonne and 6-tonne vehicles on convoys in the UK, Germany and on two overseas deployments",
            "Section second-in-command from 2015: vehicle checks, load plans and duty rosters for eight soldiers",
            "Taught Cat C driving to junior soldiers at the regiment's driver training wing",
        ], etype="military", orgsuffix=" (Royal Logistic Corps)"),
        E("Butcher's Assistant", "Pryce & Son Family Butchers", "Merthyr Tydfil", "2007-09", "2010-05", "affecting", None, [
            "Family business. Boned, cut and prepared meat in the back preparation room and made sausages and burgers to the family recipes",
            "Made up wholesale orders for local pubs and the school kitchen; cleaned down to food hygiene standard",
        ]),
        E("Groundworks Labourer", "Valleys Groundworks Ltd", "Merthyr Tydfil", "2006-06", "2007-08", "none", None, [
            "Dug footings, laid drainage and mixed concrete on housing sites",
        ]),
        E("Volunteer Driver", "Ely & Caerau Community Transport", "Cardiff", "2019-01", "present", "facing", "volunteering", [
            "Drive older and disabled passengers to hospital appointments and the day centre twice a month, helping them in and out of the minibus",
        ], section="volunteer", etype="volunteer"),
    ],
    vol_heading="Volunteering",
    after=[
        ("Education & Training", [("line", "Diploma in Funeral Service (in progress, final module 2027)"),
                                  ("line", "SIA Door Supervisor and CCTV (Public Space Surveillance) licences, 2018"),
                                  ("line", "Level 2 Award in Food Safety in Catering, 2008"),
                                  ("line", "Army: Class 1 Driver, Defensive Driving, Junior Non-Commissioned Officer cadre, 2015"),
                                  ("line", "Taff Vale Community School, Merthyr Tydfil – 6 GCSEs including English and Maths, 2006")]),
        ("Interests", [("para", "Rugby – I still play for a veterans' side and help with the club's Sunday juniors. Walking the Brecon Beacons with my dog. Learning Welsh.")]),
        ("References", [("para", "Available on request.")]),
    ],
))

# ---------------------------------------------------------------- w006 LaTeX article-class CV, Canada
R.append(dict(
    file="w006.pdf", render="pdf_latex_article",
    family="Canadian chemistry graduate moving from a lab to a pharmacy counter, LaTeX article-class look: small-caps ruled headings, 'Title, Employer \\hfill dates' with location below",
    layout="reportlab, latex_article/title_org, mon. / 'Present'",
    name="Priya Raghunathan",
    contact=["Hamilton, ON", "(905) 555-0114", "priya.raghu@protonmail.example"],
    dstyle="mon.", present="Present",
    summary=("Summary", "Chemistry graduate and certified pharmacy assistant. Two years of regulated lab work taught me accuracy; "
             "the pharmacy counter taught me that patients remember how you made them feel."),
    exp_heading="Experience",
    entries=[
        E("Pharmacy Assistant", "Dundurn Village Pharmacy", "Hamilton, ON", "2024-02", "present", "facing", "healthcare_care", [
            "Greet patients at the dispensary counter, take in new prescriptions and check health card and insurance details",
            "Process third-party insurance claims and fix rejections; call patients when refills are ready",
            "Refer over-the-counter and drug-interaction questions to the pharmacist; count and package medication under supervision",
        ]),
        E("Laboratory Technician", "Norvane Analytical Labs Inc.", "Burlington, ON", "2021-09", "2023-12", "none", None, [
            "Prepared and ran 40–60 environmental water samples a day on HPLC and ICP-MS",
            "Kept instrument logs and calibration records to ISO/IEC 17025 and entered results in LIMS",
            "Rewrote two sample-preparation SOPs, cutting turnaround from 5 to 3 days",
        ]),
        E("Chemistry & Biology Tutor", "Self-employed", "Hamilton, ON", "2020-01", "2024-12", "facing", "education", [
            "Tutored 6–8 high-school students a week in Grade 11–12 chemistry and biology, in person and online",
        ], prec="year", etype="freelance"),
        E("Undergraduate Research Assistant", "Lakeshore University", "Hamilton, ON", "2019-05", "2020-08", "none", None, [
            "Synthesised and characterised metal–organic frameworks; prepared NMR and XRD samples",
        ], section="other", orgsuffix=", Department of Chemistry"),
        E("Cashier", "GreenGrocer Fresh Market", "Hamilton, ON", "2017-06", "2019-08", "facing", "in_person_service", [
            "Cashier and produce-counter help on evenings and weekends while at university",
        ]),
    ],
    after=[
        ("Education", [("edu", "Lakeshore University", "Hamilton, ON", "B.Sc. (Hons.) Chemistry", "Sept. 2016 – Apr. 2020"),
                       ("edu", "Niagara Escarpment College", "Hamilton, ON", "Pharmacy Assistant Certificate", "2023")]),
        ("Skills", [("kv", "Pharmacy", "Kroll, third-party billing, blister packing, Standard First Aid & CPR-C"),
                    ("kv", "Laboratory", "HPLC, ICP-MS, LIMS, ISO/IEC 17025, GLP"),
                    ("kv", "Languages", "English (native), Tamil (fluent)")]),
    ],
))

# ---------------------------------------------------------------- w007 LinkedIn export, Quebec credit union promotions
R.append(dict(
    file="w007.pdf", render="pdf_linkedin",
    family="Quebec bilingual banker promoted three times at one credit union, LinkedIn 'Save to PDF' export: company with total duration and roles beneath, prose descriptions",
    layout="reportlab, linkedin/org_title, month (duration) / 'Present'",
    name="Mathieu Gagnon-Ouellet",
    headline="Branch Service Manager at Laurentide Savings Credit Union | Bilingual (FR/EN) | Member Experience",
    place="Laval, Quebec, Canada",
    contact=["mgagnon.ouellet@videotron.example", "www.linkedin.com/in/mathieu-gagnon-ouellet (LinkedIn)"],
    top_skills=["Member Experience", "Coaching", "Bilingual Communication"],
    languages=["French (Native or Bilingual)", "English (Full Professional)", "Spanish (Elementary)"],
    certs=["Mutual Fund Representative (IFSE)", "Conflict Resolution in Financial Services"],
    summary=("Summary", "Bilingual banker with seven years at a credit union, from the teller counter to running a branch. "
             "I care about members getting a straight answer the first time."),
    groups={"Laurentide Savings Credit Union": {}},
    entries=[
        E("Branch Service Manager", "Laurentide Savings Credit Union", "Laval, Quebec, Canada", "2024-04", "present", "facing", "in_person_service", [
            "I lead a team of seven member service representatives and two advisors at our Chomedey branch. I step in at the "
            "counter for escalated member complaints, fraud cases and large cash transactions, and I own scheduling, cash audits "
            "and our branch service scores (up from 78 to 89 in 2025).",
        ], group="Laurentide Savings Credit Union"),
        E("Personal Banking Advisor", "Laurentide Savings Credit Union", "Laval, Quebec, Canada", "2021-06", "2024-03", "facing", "sales_account", [
            "Looked after a portfolio of about 350 members: account openings, RRSP and TFSA contributions, mortgage renewals "
            "and personal loans. Met members by appointment in branch and by video.",
        ], group="Laurentide Savings Credit Union"),
        E("Member Service Representative", "Laurentide Savings Credit Union", "Laval, Quebec, Canada", "2019-03", "2021-05", "facing", "in_person_service", [
            "Teller and member service at the counter: deposits, withdrawals, drafts, bill payments and basic account "
            "questions, in French and English.",
        ], group="Laurentide Savings Credit Union"),
        E("Bilingual Customer Care Agent", "Telvion Communications", "Montreal, Quebec, Canada", "2017-09", "2019-02", "facing", "contact_center", [
            "Inbound calls for internet and TV customers in both languages: billing, moves and basic technical troubleshooting.",
        ]),
        E("Accounting Intern", "Groupe Veilleux CPA", "Longueuil, Quebec, Canada", "2017-05", "2017-08", "none", None, [
            "Bank reconciliations and data entry for small-business clients' year-end files.",
        ], etype="internship"),
        E("Warehouse Clerk", "Entrepôt Dumoulin", "Laval, Quebec, Canada", "2015-06", "2016-08", "affecting", None, [
            "Received deliveries, checked quantities against purchase orders and prepared store transfers. Summer and weekend job while studying.",
        ]),
    ],
    education=[("Université de la Rive-Nord", "Bachelor of Business Administration (BBA), Finance · (2015 - 2018)"),
               ("Cégep de l'Île-Jésus", "DEC, Social Sciences · (2013 - 2015)")],
))

# ---------------------------------------------------------------- w008 moderncv casual, Nigeria
R.append(dict(
    file="w008.pdf", render="pdf_moderncv", variant="casual",
    family="Nigerian bank customer experience officer, LaTeX moderncv-casual look (dates left, bold title and italic employer right), outsourced call-centre role, NYSC and SIWES placements",
    layout="reportlab, latex_moderncv/dates_left, mon & yyyy / 'Present'",
    name="Chiamaka Obi-Adeyemi", headline="Customer Experience Professional",
    contact=["Lekki Phase 1, Lagos, Nigeria", "+234 803 555 0176", "chiamaka.obiadeyemi@yahoo.example"],
    dstyle="mon", present="Present", sep=" – ",
    summary=("Professional Summary", "Customer-focused banker with over six years of experience in branch service and telecom call "
             "centre, known for patience, accuracy and resolving complaints within SLA. Seeking a customer experience role with growth."),
    exp_heading="Work Experience",
    entries=[
        E("Customer Experience Officer", "Meridian Trust Bank Plc", "Lagos", "2022-01", "present", "facing", "in_person_service", [
            "Attend to walk-in customers at the customer service desk: account opening, BVN linkage, card issuance and dispute logging",
            "Resolve complaints within the branch SLA; average of 45 customers daily",
            "Cross-sell savings and loan products; top-performing officer in the region for account opening, Q3 2024",
        ], orgsuffix=" (Lekki Phase 1 branch)"),
        E("Call Centre Agent", "Koral Telecom Nigeria Ltd", "Lagos", "2020-03", "2021-12", "facing", "contact_center", [
            "Handled 80–100 inbound calls daily on data bundles, SIM swap and airtime complaints",
            "Logged cases on Siebel CRM and escalated network faults to the NOC",
        ], note="Outsourced staff engaged through Pinnacle HR Outsourcing"),
        E("NYSC Corps Member – Records Officer", "Confluence Revenue Board", "Lokoja", "2018-11", "2019-10", "none", None, [
            "Filed and retrieved payment vouchers, updated the records register and typed memos",
        ], etype="internship"),
        E("Data Capture Clerk", "Delta Crest Properties Ltd", "Awka", "2017-06", "2017-11", "none", None, [
            "Captured tenancy records into Excel and scanned title documents",
        ], etype="internship", suffix=" (SIWES)"),
    ],
    after=[
        ("Education", [("cv", "2013–2017", "B.Sc. Accountancy (Second Class Upper)", "Eastern Federal University of Technology, Awka", ""),
                       ("cv", "2007–2013", "West African Senior School Certificate", "Niger Bridge Girls' Secondary School, Onitsha", "")]),
        ("Skills", [("cvl", "Banking", "Finacle, account opening & KYC, dispute resolution"),
                    ("cvl", "Software", "Siebel CRM, MS Excel, MS Word")]),
        ("Languages", [("cvl", "English", "Fluent"), ("cvl", "Igbo", "Native"), ("cvl", "Yoruba", "Good")]),
        ("Referees", [("cvl", "", "Available on request")]),
    ],
))

# ---------------------------------------------------------------- w009 fpdf2 two-page, Australia
R.append(dict(
    file="w009.pdf", render="pdf_au2page",
    family="Australian self-employed driving instructor (ex-bus driver, FIFO haul truck), fpdf2 two-page résumé with name and 'Page x of 2' footer, referees on page 2",
    layout="fpdf2, twopage_footer/title_org, mon / 'Present'",
    name="Shane Ellery",
    contact=["Corio, VIC 3214", "0412 555 908", "shane.ellery@bigpond.example"],
    dstyle="mon", present="Present",
    summary=("Career Objective", "Patient, safety-minded driving instructor with twenty years behind the wheel of everything from "
             "a hatchback to a 240-tonne haul truck. Looking for a customer service or training role with a transport or "
             "insurance company where I can use my people skills full-time."),
    key_skills=["Teaching adults and teenagers, including nervous learners", "Running a small business: bookings, invoicing, reviews",
                "Calm under pressure – incident and passenger management", "Heavy vehicles and forklift", "First Aid (HLTAID011)"],
    exp_heading="Work History",
    entries=[
        E("Driving Instructor & Owner", "Ellery Driver Training", "Geelong, VIC", "2019-03", "present", "facing", "education", [
            "Teach learner drivers aged 16 to 70 in one-on-one lessons, including nervous and overseas-licensed drivers",
            "Plan lessons around each learner's logbook and take them through the licence test routes",
            "Run the business: bookings, invoicing, a dual-control car and 4.9-star reviews from 210 learners",
        ], etype="freelance"),
        E("Bus Driver", "Bellarine Coachlines Pty Ltd", "Geelong, VIC", "2014-02", "2019-02", "facing", "other_facing", [
            "Drove route and school services; sold tickets, answered timetable questions and helped passengers with prams and wheelchairs",
            "Handled on-board incidents and reported them to the depot",
        ]),
        E("Haul Truck Operator", "Redstone Mining Services", "Newman, WA", "2010-05", "2013-12", "none", None, [
            "Operated 240-tonne haul trucks on a 2-week-on / 1-week-off FIFO roster",
            "Pre-start checks and radio procedures; zero lost-time injuries over three and a half years",
        ], suffix=" (FIFO)"),
        E("Storeperson", "Corio Timber & Hardware", "Geelong, VIC", "2007-01", "2010-04", "affecting", None, [
            "Received and racked timber and steel deliveries (LF forklift licence)",
            "Picked and loaded orders onto trucks for builders' site deliveries",
        ]),
        E("Process Worker", "Barwon Wool Scourers", "North Geelong, VIC", "2005-01", "2006-12", "none", None, [
            "Fed the wool-scouring line and stacked bales",
        ], prec="year"),
        E("Volunteer Member", "Corio Bay Rescue Squad", "Geelong, VIC", "2015-01", "present", "facing", "volunteering", [
            "Respond to storm and flood calls at residents' homes: tarping roofs, sandbagging and checking on elderly residents",
            "Run the squad's stall at community safety days",
        ], prec="year", section="volunteer", etype="volunteer"),
    ],
    vol_heading="Volunteering",
    after=[
        ("Licences & Certificates", ["Driving Instructor Authority (Victoria), current", "Certificate IV in Training and Assessment (TAE40122), 2019",
                                     "Heavy Rigid (HR) licence; LF forklift licence", "Provide First Aid (HLTAID011), renewed 2026",
                                     "Working with Children Check"]),
        ("Education", ["Year 12 (VCE), Lara Heights Secondary College, 2004"]),
        ("Referees", ["Mark Tolhurst – Depot Manager, Bellarine Coachlines – 0400 555 271",
                      "Leanne Fitzroy – Squad Controller, Corio Bay Rescue Squad – 0433 555 618"]),
    ],
))

# ---------------------------------------------------------------- w010 Indeed PDF, UK
R.append(dict(
    file="w010.pdf", render="pdf_indeed",
    family="UK customer service adviser with bank healthcare shifts and agency temp jobs, Indeed-generated résumé PDF, a year-only volunteer entry",
    layout="fpdf2, indeed/title_org, month / 'Present'",
    name="Aaliyah Hussain", place="Bradford BD8",
    contact=["aaliyah.hussain98@email.example", "07700 900452"],
    headline="Customer Service Advisor",
    dstyle="month", present="Present", sep=" to ",
    entries=[
        E("Customer Service Advisor", "Northbridge Energy Ltd", "Leeds", "2023-10", "present", "facing", "contact_center", [
            "Take 60–70 inbound calls a day about bills, meter readings, payment plans and complaints",
            "Register vulnerable customers for the Priority Services Register and arrange home visits",
            "Quality score 94% over 2025; buddy for two new starters",
        ]),
        E("Healthcare Assistant", "Calder Valley Hospitals NHS Trust", "Bradford", "2022-06", "2023-12", "facing", "healthcare_care", [
            "Bank shifts on elderly care and surgical wards: personal care, observations, feeding and mobilising patients",
            "Sat with patients living with dementia and kept families updated at visiting times",
        ], suffix=" (Bank)"),
        E("Packing Operative", "Key Recruitment Solutions", "Bradford", "2022-01", "2022-05", "none", None, [
            "Temporary assignment at Moorside Foods: packing frozen ready meals on the line, labelling and palletising",
        ]),
        E("Data Entry Clerk", "Key Recruitment Solutions", "Bradford", "2021-07", "2021-12", "affecting", None, [
            "Temporary assignment at a mail-order company: keyed customer orders and returns from paper forms, 11,000 keystrokes an hour",
        ]),
        E("Sales Assistant", "Bargain Barrow", "Bradford", "2019-09", "2021-06", "facing", "in_person_service", [
            "Tills, customer queries and refunds; Saturday and holiday shifts during college",
        ]),
        E("Volunteer Stock Sorter", "Hope Lane Hospice Shop", "Bradford", "2018-01", "2019-12", "affecting", None, [
            "Sorted and steamed donated clothes in the back room and priced stock for the shop floor",
        ], prec="year", section="volunteer", etype="volunteer"),
    ],
    education=[("Access to HE Diploma in Health Science", "Heaton Vale Sixth Form College - Bradford", "September 2019 to June 2021")],
    skills=["Customer service (6 years)", "Complaint handling (3 years)", "Patient care (1 year)", "Data entry (1 year)", "Microsoft Office (5 years)"],
    certs=[("Care Certificate", "August 2022 to Present"), ("Food Hygiene Level 2", "January 2022 to January 2025")],
    additional="Languages: English, Urdu, Punjabi (spoken).",
))

# ---------------------------------------------------------------- w011 Canva-style graphic résumé, New Zealand
R.append(dict(
    file="w011.pdf", render="pdf_canva",
    family="New Zealand hospitality worker, Canva-style graphic résumé with coloured sidebar (photo circle, skill bars, te reo Māori), repeated seasonal packhouse work",
    layout="reportlab (DejaVu), canva_sidebar/title_org, mon / 'Present'",
    name="Mereana Walker", headline="Guest Services | Hospitality",
    contact=["Rotorua 3010", "021 555 0344", "mereana.walker@xtra.example"],
    dstyle="mon", present="Present",
    summary=("About Me", "Kia ora! I'm a friendly, hard-working hospitality all-rounder who has done everything from dishes to "
             "front desk. I love helping manuhiri (guests) feel at home in Rotorua and I'm ready for a team leader role."),
    skills=[("Customer service", 0.95), ("Opera PMS", 0.75), ("Barista", 0.85), ("Cash handling", 0.8), ("Food safety", 0.7)],
    languages=["English – fluent", "Te reo Māori – conversational"],
    exp_heading="Work Experience",
    entries=[
        E("Guest Services Agent", "Kawaha Point Lodge", "Rotorua", "2023-10", "present", "facing", "in_person_service", [
            "Check-in and check-out for a 64-room lodge, bookings by phone and email, local tour bookings",
            "Handle guest complaints and room moves on the late shift",
        ]),
        E("Café All-rounder", "Flax & Fern Café", "Rotorua", "2022-02", "2023-09", "facing", "in_person_service", [
            "Barista (200+ coffees on weekend mornings), counter service and taking orders at the tables",
            "Kitchen prep and dishwashing when short-staffed",
        ]),
        E("Kitchen Hand", "The Wharf Kitchen", "Tauranga", "2021-01", "2022-01", "affecting", None, [
            "Dishes, salad and dessert prep, cleaning down and receiving deliveries",
        ]),
        E("Packhouse Grader", "Bay Gold Packers", "Te Puke", "2019-04", "2020-06", "affecting", None, [
            "Graded kiwifruit on the packing line for export quality and removed defects",
        ], dates="Seasonal, Apr – Jun 2019 & 2020"),
        E("Netball Coach", "Lakeside Heights Netball Club", "Rotorua", "2018-01", "present", "facing", "volunteering", [
            "Coach a Year 7–8 team, run Saturday trainings and keep parents in the loop",
        ], prec="year", section="volunteer", etype="volunteer", suffix=" (volunteer)"),
    ],
    after=[
        ("Education", ["NZ Certificate in Hospitality (Level 4), Rotorua Lakes Hospitality School, 2022", "NCEA Level 2, Lakeside Heights College, 2019"]),
        ("References", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------- w012 functional résumé, US returner
R.append(dict(
    file="w012.pdf", render="pdf_functional",
    family="US career returner with a functional résumé: skills grouped by theme up front, then a one-line work history with no duties, a 6-month contract and a family business",
    layout="reportlab, functional/oneline, yyyy & mon / 'Present'",
    name="Deborah L. Finch",
    contact=["Tucson, AZ 85716", "(520) 555-0148", "debfinch.az@gmail.example"],
    summary=("Summary of Qualifications", [
        "Twenty years of customer-facing and administrative work in dental, banking, education and insurance settings",
        "Calm, organized and friendly; comfortable with phones, chat and walk-in customers",
        "Skilled with scheduling systems, QuickBooks, Microsoft Office and Google Workspace"]),
    skill_groups=[
        ("Customer Service", ["Greeted and checked in up to 60 patients a day and managed a six-chair schedule",
                              "Resolved billing questions and payment plans with patients and families",
                              "Now answering home-warranty customers by live chat with a 97% satisfaction score"]),
        ("Administration & Accounts", ["Kept the books, payroll and quarterly taxes for a 14-person landscaping company",
                                       "Processed bi-weekly payroll for 300 temporary workers"]),
        ("Teaching & Communication", ["Substitute taught K–8 classes across the district on short notice",
                                      "Explained loan and account products clearly to members of all ages"]),
    ],
    exp_heading="Work History",
    entries=[
        E("Remote Chat Support Agent", "Helixa Home Warranty", "Remote", "2026-06", "present", "facing", "digital_service", [],
          dates="Jun 2026 – Present", suffix=" (Contract, 6 months)"),
        E("Front Desk Coordinator", "Saguaro Family Dental", "Tucson, AZ", "2019-01", "2025-12", "facing", "in_person_service", [], prec="year"),
        E("Bookkeeper", "Finch Landscaping LLC", "Tucson, AZ", "2008-01", "2019-12", "none", None, [], prec="year", orgsuffix=" (family business)"),
        E("Substitute Teacher", "Pima Valley Unified School District", "Tucson, AZ", "2012-01", "2016-12", "facing", "education", [], prec="year"),
        E("Payroll Clerk", "Sonoran Staffing Partners", "Tucson, AZ", "2006-01", "2008-12", "none", None, [], prec="year"),
        E("Bank Teller", "Desert Sun Federal Credit Union", "Tucson, AZ", "2003-01", "2006-12", "facing", "in_person_service", [], prec="year"),
        E("Claims Processor", "Copper State Insurance Co.", "Phoenix, AZ", "2000-01", "2003-12", "affecting", None, [], prec="year"),
    ],
    after=[
        ("Education", ["Associate of Applied Science, Accounting – Santa Rita Community College, Tucson, AZ"]),
        ("Certifications", ["Dental Front Office Certificate (2019)", "QuickBooks Certified User (2012)"]),
    ],
))

# ---------------------------------------------------------------- w013 DOCX, job header in a table, duties in paragraphs
R.append(dict(
    file="w013.docx", render="docx_tablehead",
    family="US patient access representative (ex-server), Word document with each job header in a borderless 2×2 text table and duties as ordinary paragraphs below, a 6-month contract",
    layout="docx, header_table/title_org, mon / 'Present'",
    name="Keisha Donnelly",
    contact=["Charlotte, NC 28205", "(704) 555-0192", "keisha.donnelly@outlook.example"],
    dstyle="mon", present="Present",
    summary=("Professional Summary", "Patient access representative with four years in hospital registration and insurance "
             "verification and three years as a restaurant server. Warm, fast and accurate under ED pressure."),
    exp_heading="Experience",
    entries=[
        E("Patient Access Representative", "Piedmont Crest Medical Center", "Charlotte, NC", "2022-05", "present", "facing", "in_person_service", [
            "Register 40–60 emergency department patients per shift, verify insurance and collect copays at the front desk",
            "Explain financial assistance forms to patients and families and answer the registration phone line",
            "Scan IDs and consent forms into Epic and fix registration errors flagged by billing",
        ]),
        E("Insurance Verification Specialist", "Queen City Orthopedics", "Charlotte, NC", "2021-10", "2022-03", "affecting", None, [
            "Verified benefits and obtained prior authorizations with payers by phone and portal for 120+ surgical cases a week",
            "Flagged cases without coverage to the surgery schedulers",
        ], suffix=" (Contract, 6 months)"),
        E("Server", "Magnolia & Rye Kitchen", "Charlotte, NC", "2018-03", "2021-09", "facing", "in_person_service", [
            "Full-time server in a 140-seat restaurant. Took orders, recommended wine pairings, looked after large parties and the "
            "occasional unhappy guest, and trained new servers on the POS.",
        ], prose=True),
        E("Stock Associate", "Queen City Outfitters", "Charlotte, NC", "2019-04", "2020-03", "affecting", None, [
            "Weekend overnight shifts unloading the truck, tagging and replenishing the sales floor before opening",
        ], suffix=" (weekends)"),
        E("Volunteer Crisis Counselor", "Hopeline Text Support", "Remote", "2020-06", "2022-06", "facing", "volunteering", [
            "Answered text conversations from people in crisis, four hours a week, using active listening and safety planning",
        ], section="volunteer", etype="volunteer"),
    ],
    after=[
        ("Education & Certifications", ["Certified Healthcare Access Associate (CHAA), 2023",
                                        "Associate in General Studies, Mecklenburg Valley College, 2019",
                                        "BLS for Healthcare Providers (current)"]),
        ("Skills", ["Epic Prelude/Cadence · insurance eligibility portals · cash handling · de-escalation · 60 wpm typing"]),
    ],
))

# ---------------------------------------------------------------- w014 Europass (old table format), Romanian in Oxford
R.append(dict(
    file="w014.docx", render="docx_europass",
    family="Romanian applicant in Oxford, classic Europass CV as a Word table (labels left: Dates / Occupation or position held / Main activities / Name and address of employer), nested language grid, repeated summer seasons",
    layout="docx, europass_table/labels_left, month / 'present'",
    name="Ioana-Maria Dumitrescu", surname="Dumitrescu", first="Ioana-Maria",
    address="Flat 3, 27 Magdalen Road, Oxford OX4 1RW, United Kingdom",
    phone="+44 7700 900 771", email="ioana.dumitrescu@gmail.example",
    nationality="Romanian", dob="12/04/1996", gender="Female",
    desired="Customer Service Adviser / Customer Support (French, English, Romanian)",
    dstyle="month", present="present", sep=" – ",
    entries=[
        E("Customer Service Assistant", "Whitfield's Supermarkets Ltd", "Oxford, United Kingdom", "2023-03", "present", "facing", "in_person_service", [
            "Serving customers at the tills and self-checkout",
            "Resolving the complaints and doing the refunds at the customer service desk",
            "Helping the elderly customers with the click & collect orders",
        ], address="Whitfield's Supermarkets Ltd, 14 Cowley Road, Oxford OX4 1HP, United Kingdom", sector="Retail (food)"),
        E("Production Line Operative", "Prime Force Recruitment Ltd", "Didcot, United Kingdom", "2021-09", "2023-02", "none", None, [
            "Packing sandwiches and salads on the production line",
            "Checking labels and use-by dates",
            "Cleaning of the line at end of the shift",
        ], suffix=" (agency worker)", address="Prime Force Recruitment Ltd, Didcot – placed at Greenmeadow Fresh Foods, Milton Park, Didcot, United Kingdom",
          sector="Food manufacturing"),
        E("Kitchen Porter", "Magdalen Bridge Brasserie", "Oxford, United Kingdom", "2021-03", "2021-08", "affecting", None, [
            "Washing pots and dishes, preparing vegetables",
            "Keeping the kitchen clean and receiving the deliveries",
        ], address="Magdalen Bridge Brasserie, 5 High Street, Oxford, United Kingdom", sector="Hospitality"),
        E("Customer Support Agent", "Transilvania Contact Services SRL", "Iași, Romania", "2018-10", "2021-01", "facing", "contact_center", [
            "Answering calls and e-mails from French customers of an online electronics shop about orders, delivery and the warranty",
            "Registering the returns in the CRM",
            "About 70 contacts per day, quality score over 90%",
        ], suffix=" (French language)", address="Transilvania Contact Services SRL, Str. Palat 3, 700032 Iași, Romania", sector="Call centre / outsourcing"),
        E("Waitress", "Hotel Golful Albastru", "Mamaia, Romania", "2015-06", "2017-09", "facing", "in_person_service", [
            "Serving the guests at the restaurant and the terrace of a 4-star hotel at the seaside",
            "Taking the orders in Romanian, English and French",
        ], dates="Summer seasons 2015, 2016 and 2017 (June – September)",
          address="Hotel Golful Albastru, Bd. Mamaia nr. 300, Mamaia, Constanța, Romania", sector="Hotels and restaurants (seasonal)"),
    ],
    education=[("2015 – 2018", "Bachelor in Modern Languages and Literatures (French – English)",
                "Translation, business correspondence, French and English literature", "Universitatea Moldova din Iași, Romania", "ISCED 6"),
               ("2011 – 2015", "Baccalaureate diploma", "Philology profile", "Liceul Teoretic Valea Siretului, Pașcani, Romania", "ISCED 3")],
    mother_tongue="Romanian",
    lang_grid=[("English", "C1", "C1", "B2", "C1", "B2"), ("French", "C2", "C2", "C1", "C1", "C1"), ("Italian", "B1", "B2", "A2", "A2", "A2")],
    personal=[("Social skills and competences", "Good communication skills gained as waitress and in the call centre; team spirit; I adapt quickly to multicultural environments."),
              ("Computer skills and competences", "MS Office (Word, Excel), CRM systems, e-mail ticketing"),
              ("Driving licence", "B")],
))

# ---------------------------------------------------------------- w015 DOCX promotions under one employer, Australia
R.append(dict(
    file="w015.docx", render="docx_promotions",
    family="Australian insurance contact-centre team leader promoted through five roles at one insurer, Word heading styles with employer line and overall range, roles with their own ranges beneath",
    layout="docx, employer_block/org_title, mon / 'Present'",
    name="Sophie Galloway",
    contact=["Chermside QLD 4032", "0421 555 730", "sophie.galloway@icloud.example", "linkedin.com/in/sophiegalloway"],
    dstyle="mon", present="Present",
    summary=("Profile", "Contact-centre leader with nine years at one insurer, promoted from consultant to team leader, and a "
             "hospitality background before that. I coach people to own the customer's problem end to end."),
    exp_heading="Career History",
    groups={"Coastline Mutual Insurance": {"loc": "Brisbane QLD", "dates": "Feb 2017 – Present"},
            "The Sunnybank Tavern": {"loc": "Sunnybank QLD", "dates": "Jun 2014 – Jan 2017"}},
    entries=[
        E("Customer Experience Team Leader", "Coastline Mutual Insurance", "Brisbane QLD", "2023-07", "present", "facing", "contact_center", [
            "Lead 12 consultants in the home and motor claims contact centre: daily huddles, call coaching and rosters",
            "Take escalated calls and call back customers with open complaints; 31% fewer complaints reached internal dispute resolution in FY25",
        ], group="Coastline Mutual Insurance"),
        E("Complaints Resolution Specialist", "Coastline Mutual Insurance", "Brisbane QLD", "2021-10", "2023-06", "facing", "contact_center", [
            "Owned 25–30 open complaints at a time, calling customers to understand the issue and agreeing outcomes within the 30-day standard",
            "Wrote final response letters and AFCA submissions",
        ], group="Coastline Mutual Insurance"),
        E("Quality Assurance Analyst", "Coastline Mutual Insurance", "Brisbane QLD", "2021-03", "2021-09", "affecting", None, [
            "Assessed 40 recorded calls a week against the conduct framework and reported trends to team leaders",
        ], group="Coastline Mutual Insurance", suffix=" (secondment)"),
        E("Claims Processing Officer", "Coastline Mutual Insurance", "Brisbane QLD", "2019-08", "2021-02", "affecting", None, [
            "Lodged and assessed home claims from broker submissions, appointed builders and assessors, and kept claim files up to date",
        ], group="Coastline Mutual Insurance"),
        E("Customer Service Consultant", "Coastline Mutual Insurance", "Brisbane QLD", "2017-02", "2019-07", "facing", "contact_center", [
            "Inbound calls for policy changes, renewals and payments, 70+ calls a day",
        ], group="Coastline Mutual Insurance"),
        E("Bar & Gaming Attendant", "The Sunnybank Tavern", "Sunnybank QLD", "2014-06", "2017-01", "facing", "in_person_service", [
            "Bar service, gaming room payouts and responsible service of alcohol and gambling",
        ], group="The Sunnybank Tavern"),
    ],
    after=[
        ("Education & Training", ["Certificate IV in Leadership and Management, 2022", "Bachelor of Business (Management), Brisbane Northside University, 2016",
                                  "RSA and RSG, 2014"]),
        ("Systems", ["Genesys Cloud, Guidewire ClaimCenter, Salesforce Service Cloud, Microsoft 365"]),
        ("Referees", ["Available on request"]),
    ],
))


def _one_paragraph(d):
    """Europass puts the activities in one cell paragraph: the gold keeps that paragraph as one duty line."""
    for e in d["entries"]:
        e.bullets = ["; ".join([e.bullets[0]] + [b[0].lower() + b[1:] for b in e.bullets[1:]])]


_one_paragraph(next(d for d in R if d["file"] == "w014.docx"))
