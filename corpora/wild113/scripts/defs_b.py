"""wild113 résumés w016–w030 (fictional people and organisations)."""
from lib import E

RESUMES = []
A = RESUMES.append

# ------------------------------------------------------------------ w016
A(dict(
    id="w016", fmt="fp", layout="centred", hstyle="comma", dstyle="month",
    family="US live-events worker, fpdf2 centred header, 'Title, Employer, Town' lines with right-aligned dates, freelance sound work",
    name="Jordan Whitfield",
    contact=["Nashville, TN", "615-555-0142", "jordan.whitfield@mailbox.com"],
    main=[
        ("Experience", "entries", [
            E("Box Office Coordinator", "Cumberland Live Venues", "Nashville, TN", "2022-02", "present", "facing", "in_person_service",
              ["Run the box office window and will-call on show nights",
               "Answer the ticketing phone line and sort out refunds and seat moves",
               "Reconcile nightly ticket and cash reports"]),
            E("Event Security Staff", "Tri-Star Event Services", "Nashville, TN", "2020-05", "2022-01", "facing", "other_facing",
              ["Bag checks, wristbands and crowd control at arena and festival gates"]),
            E("Audio Technician (Freelance)", "Self-employed", "Nashville, TN", "2017-01", "2020-04", "facing", "entrepreneurial_freelance",
              ["Mixed live sound for bands, churches and corporate conferences",
               "Met clients before each gig to plan the tech rider and stage plot"], etype="freelance"),
            E("Merchandise Seller", "The Holloway Brothers (summer tour)", "Touring", "2019-06", "2019-08", "facing", "in_person_service",
              ["Ran the merch table at 38 shows: sales, card reader, nightly stock counts"], dtext="Summer 2019"),
            E("Warehouse Associate", "Music Row Distribution", "Nashville, TN", "2015-08", "2016-12", "affecting", None,
              ["Picked and packed vinyl and CD orders for record stores"]),
        ]),
        ("Skills", "text", "Ticketmaster Host, AXS, Square · Yamaha CL and Allen & Heath consoles · De-escalation"),
        ("Education", "text", "Audio Engineering Certificate — Music City Technical Institute, 2016"),
    ]))

# ------------------------------------------------------------------ w017
A(dict(
    id="w017", fmt="docx", layout="rowtable", hstyle="title_org", dstyle="mm/yyyy", present="Current",
    rowcols=("Period", "Position", "Organisation", "Responsibilities"),
    family="Australian early-childhood educator, Word with one grid table (a row per job), nanny and kitchen jobs",
    name="Sienna Marchetti",
    contact=["Norwood SA 5067", "0433 555 218", "sienna.marchetti@mailbox.com.au"],
    main=[
        ("Career Objective", "text", "Diploma-qualified educator seeking a room leader or assistant director role in a community centre."),
        ("Employment History", "entries", [
            E("Room Leader", "Little Wattles Early Learning", "Adelaide SA", "2021-07", "present", "facing", "education",
              ["Lead the 3–5 room and plan the program against the EYLF", "Daily handovers with families and parent-teacher meetings",
               "Mentor two trainee educators"]),
            E("Educator (Cert III)", "Little Wattles Early Learning", "Adelaide SA", "2019-01", "2021-06", "facing", "education",
              ["Supervised play, meals and rest time in the toddler room"]),
            E("Nanny", "Private family", "Norwood SA", "2017-03", "2018-12", "facing", "education",
              ["Cared for two children aged 1 and 4, school runs and activities"]),
            E("Pizza Maker", "Gouger St Pizzeria", "Adelaide SA", "2015-05", "2017-02", "affecting", None,
              ["Dough, toppings and wood-oven cooking on busy weekend shifts"]),
        ]),
        ("Qualifications", "text", "Diploma of Early Childhood Education and Care, 2020\nCertificate III in ECEC, 2018\nFirst Aid, Asthma & Anaphylaxis (current)"),
        ("Referees", "text", "Available on request"),
    ]))

# ------------------------------------------------------------------ w018
A(dict(
    id="w018", fmt="md", mdhead="h3", hstyle="pipe", dstyle="month",
    family="Philippine BPO team leader in Markdown, h3 'Title | Company | City' lines with dates in brackets, promotion within one account",
    name="Maria Angelica Reyes",
    contact=["Quezon City, Metro Manila", "+63 917 555 0342", "angelica.reyes@mailbox.ph"],
    main=[
        ("Objective", "text", "To obtain a position as Operations Supervisor where I can use my 8 years of BPO experience."),
        ("Work Experience", "entries", [
            E("Team Leader – Customer Care (Voice)", "Apex Harbor Global Solutions", "Pasig City", "2022-10", "present", "facing", "contact_center",
              ["Lead 16 agents on a US telecom account", "Take supervisor calls and escalations from irate customers",
               "Run coaching sessions and call calibrations"]),
            E("Customer Care Representative", "Apex Harbor Global Solutions", "Pasig City", "2020-02", "2022-09", "facing", "contact_center",
              ["Handled billing and technical inbound calls; consistently top 10 in CSAT"]),
            E("Chat Support Associate", "LuzonTech BPO Inc.", "Quezon City", "2018-07", "2020-01", "facing", "digital_service",
              ["Answered online-shop customers over chat and email about orders, returns and refunds"]),
            E("Encoder", "Mabini Printing Press", "Manila", "2016-06", "2018-05", "none", None,
              ["Typed and formatted manuscripts and yearbook pages for layout"]),
            E("Promodiser", "Northpoint Hypermart (via Alon Manpower Agency)", "Caloocan City", "2015-10", "2016-05", "facing", "sales_account",
              ["Demonstrated and sampled a 3-in-1 coffee brand to shoppers and met weekly sales quotas"]),
        ]),
        ("Education", "text", "Bachelor of Science in Business Administration, 2016"),
        ("Character References", "text", "Available upon request."),
    ]))

# ------------------------------------------------------------------ w019
A(dict(
    id="w019", fmt="rl", layout="sidebar", hstyle="datefirst", dstyle="yyyy-mm", present="present",
    family="Québec bilingual insurance agent, reportlab with shaded left sidebar, dates on their own line above the title, a winter-season job",
    name="Étienne Gagnon", headline=["Bilingual (FR/EN) client service · P&C insurance"],
    contact=["Montréal, QC", "514-555-0176", "etienne.gagnon@mailbox.ca"],
    side=[
        ("Languages", "text", "French — native\nEnglish — fluent"),
        ("Skills", "list", ["Guidewire ClaimCenter", "Genesys Cloud", "AMF licence in progress"]),
        ("Education", "text", "DEC, Sciences humaines — Cégep du Vieux-Port, 2016"),
    ],
    main=[
        ("Experience", "entries", [
            E("Bilingual Client Service Agent", "Laurentian Mutual Insurance", "Montréal, QC", "2021-01", "present", "facing", "contact_center",
              ["Answer policyholder calls in French and English about coverage, billing and changes",
               "Issue pink cards and process address and vehicle changes"]),
            E("Claims Assistant", "Laurentian Mutual Insurance", "Montréal, QC", "2019-05", "2020-12", "affecting", None,
              ["Set up claim files, ordered police and appraisal reports", "Issued payments once adjusters approved them"]),
            E("Ski Lift Operator", "Mont Sauvage Resort", "Saint-Sauveur, QC", "2017-12", "2018-03", "facing", "other_facing",
              ["Loaded skiers on the quad chair, answered trail questions and scanned passes"], dtext="Winter season 2017–18 (Dec–Mar)"),
            E("Stock Clerk", "Pharmacie Beaubien", "Montréal, QC", "2016-06", "2017-11", "affecting", None,
              ["Received deliveries, priced and faced shelves in the cosmetics aisles"]),
        ]),
    ]))

# ------------------------------------------------------------------ w020
A(dict(
    id="w020", fmt="docx", layout="styles", hstyle="orgfirst", dstyle="mon",
    family="UK supermarket manager promoted through one store group, Word heading styles, employer heading with three roles beneath",
    name="Hannah Whitlock",
    contact=["Norwich NR3", "07700 900245", "hannah.whitlock@mailbox.co.uk"],
    main=[
        ("Profile", "text", "Store manager with eight years in food retail, all with one business. Known for tidy stores, good availability and strong audits."),
        ("Career History", "entries", [
            E("Store Manager", "Greenhalgh's Supermarkets", "Norwich", "2023-03", "present", "affecting", None,
              ["Full P&L responsibility for a £14m store with 62 colleagues",
               "Walk the store each morning with department leads to check availability and standards",
               "Passed every food safety and compliance audit since appointment"]),
            E("Deputy Store Manager", "Greenhalgh's Supermarkets", "Norwich", "2020-06", "2023-02", "facing", "in_person_service",
              ["Led service on the shop floor and handled refunds and complaints at the kiosk",
               "Built rotas and ran the store on the manager's days off"]),
            E("Customer Service Assistant", "Greenhalgh's Supermarkets", "Norwich", "2018-01", "2020-05", "facing", "in_person_service", []),
            E("Night Replenishment Assistant", "Greenhalgh's Supermarkets", "Norwich", "2017-06", "2017-12", "affecting", None,
              ["Filled chilled and ambient aisles overnight while the store was closed"]),
            E("Waitress", "The Elm Tree Inn", "Wymondham", "2015-09", "2017-12", "facing", "in_person_service",
              ["Food service and bar, weddings and Sunday carvery"]),
        ]),
        ("Education & Training", "text", "Level 3 Food Safety; IOSH Managing Safely; A Levels 2015"),
        ("Interests", "text", "Parkrun, baking, volunteering at the Norwich food bank warehouse on Saturdays."),
    ]))

# ------------------------------------------------------------------ w021
A(dict(
    id="w021", fmt="txt", hstyle="form", dstyle="mm/yyyy", present="Present", txthead="caps", bchar="- ",
    labels=("Position:", "Employer:", "Location:", "Start date:", "End date:", "Responsibilities:"),
    family="Irish electrician's application pasted from a jobs-board form (Position / Employer / Start date / End date), apprenticeship listed",
    name="Ciarán Doyle",
    contact=["Ballincollig, Co. Cork", "Mobile: 086 555 1943", "ciaran.doyle@mailbox.ie"],
    main=[
        ("Employment", "entries", [
            E("Maintenance Technician", "Lee Valley Pharma Ltd", "Ringaskiddy, Co. Cork", "2021-03", "present", "none", None,
              ["PPM and breakdowns on packaging lines and HVAC", "Permit-to-work and GMP documentation"]),
            E("Electrician", "Doyle & Sons Electrical", "Cork", "2016-09", "2021-02", "facing", "other_facing",
              ["Rewires, fault-finding and EV chargers in occupied homes",
               "Priced jobs on site and explained the options to homeowners"]),
            E("Apprentice Electrician", "Doyle & Sons Electrical", "Cork", "2012-09", "2016-08", "none", None,
              ["First and second fix on new-build housing estates"], etype="internship"),
            E("Lounge Staff", "The Cornstore Bar", "Cork", "2010-06", "2012-08", "facing", "in_person_service", []),
        ]),
        ("Qualifications", "text", "QQI Level 6 Advanced Certificate Craft – Electrical, 2016\nSafe Pass, Manual Handling"),
        ("Additional information", "text", "Full clean driving licence. Own tools. Available to start in four weeks."),
    ]))

# ------------------------------------------------------------------ w022
A(dict(
    id="w022", fmt="rl", layout="twohead", paper="letter", hstyle="title_org", dstyle="month",
    footer="Victoria Osei-Bonsu  ·  page {p}", serif=True,
    family="US admissions director and former teacher, two-page reportlab résumé with two-column header and page footers, promotion at one institute",
    name="Victoria Osei-Bonsu",
    contact=["Decatur, GA 30030", "404-555-0113", "v.oseibonsu@mailbox.com", "linkedin.com/in/vosei-example"],
    headline=["Admissions and enrollment leader · former chemistry teacher"],
    main=[
        ("Professional Summary", "text", "Enrollment leader who spent six years in the classroom before moving into admissions. "
                                         "I build teams that treat every applicant like a future graduate, and I still interview students myself. "
                                         "Comfortable with CRM data, call campaigns, open houses and accreditation reviews."),
        ("Core Strengths", "list", ["Enrollment funnel management (Slate, Salesforce Education Cloud)",
                                    "Coaching and call monitoring for admissions teams",
                                    "Open houses, campus tours and high-school partnerships",
                                    "Compliance with Title IV and misrepresentation rules"]),
        ("Professional Experience", "entries", [
            E("Director of Admissions", "Peachtree Career Institute", "Atlanta, GA", "2021-08", "present", "facing", "sales_account",
              ["Lead a team of 9 admissions representatives across two campuses; start-date enrollment up 22%",
               "Meet prospective students and their families at open houses and interview applicants for the nursing program",
               "Set weekly call and appointment goals and review recorded calls for compliance",
               "Report enrollment forecasts to the campus president and finance"]),
            E("Admissions Representative", "Peachtree Career Institute", "Atlanta, GA", "2018-04", "2021-07", "facing", "sales_account",
              ["Called and emailed inquiries, booked campus visits and guided applicants through enrollment paperwork",
               "Gave campus tours and explained program costs and financial aid steps",
               "Top representative for starts in 2019 and 2020"]),
            E("High School Chemistry Teacher", "DeKalb Preparatory Academy", "Decatur, GA", "2012-08", "2018-05", "facing", "education",
              ["Taught Chemistry and AP Chemistry to grades 10–12, five sections a year",
               "Ran the science olympiad club and parent conferences each semester",
               "Wrote the department's lab safety manual"]),
            E("Literacy Tutor", "Literacy Atlanta Network", "Atlanta, GA", "2014-09", "2017-05", "facing", "education",
              ["Tutored adult learners preparing for the GED reading test, one evening a week"],
              section="volunteer", etype="volunteer"),
            E("Laboratory Technician", "Chattahoochee Analytical Labs", "Marietta, GA", "2010-01", "2012-06", "none", None,
              ["Ran ICP and wet-chemistry tests on water samples", "Calibrated instruments and kept chain-of-custody records"]),
        ]),
        ("Education", "text", "M.Ed., Educational Leadership — Piedmont State University, 2017\n"
                              "B.S., Chemistry — Piedmont State University, 2009\nGeorgia Teaching Certificate (Science 6–12), 2012–2022"),
        ("Professional Development", "list", ["NACAC Admissions Leadership Institute, 2023", "Mental Health First Aid, 2022",
                                              "Crucial Conversations, 2021"]),
        ("Community", "text", "Board member, Decatur STEM Girls. Usher at First Light Methodist."),
        ("References", "text", "Provided on request."),
    ]))

# ------------------------------------------------------------------ w023
A(dict(
    id="w023", fmt="docx", layout="tabs", hstyle="dateleft", dstyle="month", present="Present",
    family="South African security controller, Word with dates first on the title line, roles at one guarding company and a year-only early job",
    name="Sipho Ndlovu",
    contact=["Midrand, Gauteng", "072 555 6691", "sipho.ndlovu@mailbox.co.za", "PSIRA Grade B"],
    main=[
        ("Work Experience", "entries", [
            E("Control Room Operator", "Ubuntu Guarding Services", "Midrand", "2021-02", "present", "affecting", None,
              ["Monitor CCTV for 14 residential estates and dispatch armed response",
               "Log alarms and incidents and compile the morning report for clients"]),
            E("Access Control Officer", "Ubuntu Guarding Services", "Midrand", "2018-06", "2021-01", "facing", "other_facing",
              ["Signed in visitors and contractors at the estate gate", "Assisted residents with remotes, deliveries and queries"]),
            E("Cashier", "Jabulani Cash & Carry", "Soweto", "2015-03", "2018-05", "facing", "in_person_service",
              ["Served customers at the till and handled cash-ups"]),
            E("General Worker", "Rand Steel Fabricators", "Germiston", "2013", "2015", "none", None,
              ["Grinding, cutting and loading steel"]),
        ]),
        ("Qualifications", "text", "Matric, 2012 — Morris Isaacson High School\nPSIRA Grades C and B, 2018\nFirearm competency (handgun)"),
        ("Languages", "text", "isiZulu, English, Sesotho, Afrikaans (basic)"),
        ("References", "text", "Mr. T. Mokoena (Control Room Supervisor) — 011 555 0411"),
    ]))

# ------------------------------------------------------------------ w024
A(dict(
    id="w024", fmt="html", hstyle="linkedin", dstyle="mon", sep=" - ",
    family="Australian content designer, LinkedIn profile saved as HTML: employer with total tenure and two roles, tenure line per role",
    name="Chloe Nguyen",
    contact=["Senior Content Designer at Saltwater Digital", "Brisbane, Queensland, Australia"],
    main=[
        ("About", "text", "Content designer who started in hospitality and social media. I care about plain language and accessible products."),
        ("Experience", "entries", [
            E("Senior Content Designer", "Saltwater Digital", "Brisbane, Queensland, Australia", "2023-05", "present", "affecting", None,
              ["Rewrite help-centre articles and app error messages for a banking client with its CX team",
               "Plan and run usability tests and turn findings into content changes"]),
            E("Content Designer", "Saltwater Digital", "Brisbane, Queensland, Australia", "2021-09", "2023-04", "affecting", None,
              ["Wrote onboarding flows and notifications for utility and insurance apps"]),
            E("UX Research Assistant (Contract)", "Bramble Research Co.", "Brisbane, Queensland, Australia", "2021-03", "2021-08", "affecting", None,
              ["Recruited and interviewed app users for a telco's discovery research", "Wrote up findings and journey maps for the product team"], note="Contract"),
            E("Social Media Coordinator", "Coastal Bites Restaurant Group", "Gold Coast, Queensland, Australia", "2019-11", "2021-08", "facing", "digital_service",
              ["Replied to DMs, comments and Google reviews for six venues", "Took table bookings and function enquiries through Messenger"]),
            E("Barista", "Paddington Roasters", "Brisbane, Queensland, Australia", "2017-03", "2019-10", "facing", "in_person_service", []),
        ]),
        ("Education", "text", "Queensland Institute of Technology\nBachelor of Communication, Journalism · 2016 - 2019"),
        ("Skills", "text", "Content design · UX writing · Figma · Accessibility (WCAG)"),
    ]))

# ------------------------------------------------------------------ w025
A(dict(
    id="w025", fmt="fp", layout="twohead", hstyle="dash", dstyle="mon",
    family="UK optical assistant, fpdf2 two-column header (name left, contact right), 'Title – Employer, Town' lines with dates right",
    name="Imran Qureshi", headline=["Optical Assistant · ABDO Level 3 in progress"],
    contact=["Bradford BD8", "07700 900690", "imran.qureshi@mailbox.co.uk"],
    main=[
        ("Experience", "entries", [
            E("Optical Assistant", "ClearView Opticians", "Bradford", "2022-01", "present", "facing", "healthcare_care",
              ["Pre-screen patients (auto-refraction, pressures, fundus photos) before the optometrist",
               "Help patients choose frames, take measurements and collect glasses"]),
            E("Lab Technician (Glazing)", "Pennine Lens Lab Ltd", "Halifax", "2019-04", "2021-12", "affecting", None,
              ["Edged and fitted lenses into frames for 30+ practices", "Final QC against prescriptions"]),
            E("Delivery Driver", "Spice Route Takeaway", "Bradford", "2017-09", "2019-03", "facing", "in_person_service",
              ["Delivered orders to customers' doors and took card and cash payments"]),
            E("Call Centre Agent (Outbound)", "Aire Valley Energy", "Leeds", "2016-02", "2017-08", "facing", "contact_center",
              ["Outbound calls offering fixed-price energy deals to existing customers"]),
        ]),
        ("Education", "text", "BTEC Level 3 Applied Science, Bradford College, 2015"),
        ("Languages", "text", "English, Urdu, Punjabi"),
    ]))

# ------------------------------------------------------------------ w026
A(dict(
    id="w026", fmt="docx", layout="header", hstyle="org_title", dstyle="month",
    family="Scottish heritage visitor-services assistant, name in the Word page header, employer line then title, a seasonal guide job",
    name="Fiona MacLeod",
    contact=["Inverness IV2", "07700 900831", "fiona.macleod@mailbox.co.uk"],
    main=[
        ("Personal Profile", "text", "History graduate who enjoys sharing the Highlands with visitors. Gaelic speaker."),
        ("Work History", "entries", [
            E("Visitor Services Assistant", "Ness Valley Heritage Trust", "Inverness", "2022-04", "present", "facing", "in_person_service",
              ["Admissions, gift shop and membership sign-ups", "Give short talks to coach groups"]),
            E("Seasonal Tour Guide", "Glenmor Distillery", "Drumnadrochit", "2021-04", "2021-10", "facing", "other_facing",
              ["Led tours and tastings for up to 20 visitors, in English and Gaelic"], dtext="April – October 2021"),
            E("Archive Assistant", "Caledonian Archive Services", "Inverness", "2018-09", "2021-03", "none", None,
              ["Catalogued and digitised estate papers", "Re-boxed collections to conservation standard"]),
            E("Postgraduate Teaching Assistant", "Strathnairn University", "Aberdeen", "2016-09", "2018-06", "facing", "education",
              ["Led first-year history tutorials and marked essays"], section="other"),
        ]),
        ("Education", "text", "MLitt Scottish History, Strathnairn University, 2018\nMA (Hons) History, 2016"),
        ("Referees", "text", "Dr Ewan Munro and Mrs Kirsty Fraser — details on request"),
    ]))

# ------------------------------------------------------------------ w027
A(dict(
    id="w027", fmt="txt", hstyle="orgfirst", dstyle="month", present="to date", txthead="under", bchar="• ",
    family="Nigerian banker, plain-text CV with underlined headings, employer in capitals with three roles beneath, NYSC teaching year",
    name="CHINEDU OKONKWO",
    contact=["12 Adeniran Close, Surulere, Lagos", "0803 555 2176", "chinedu.okonkwo@mailbox.ng"],
    main=[
        ("Career Summary", "text", "A result-oriented banker with ten years' experience in cash, customer service and SME relationship management."),
        ("Work Experience", "entries", [
            E("Relationship Manager, SME Banking", "FIRSTGATE BANK PLC", "Lagos", "2021-01", "present", "facing", "sales_account",
              ["Manage a portfolio of 85 SME customers with deposits of N4.2bn",
               "Visit customers' businesses to review their needs and structure credit facilities",
               "Cross-sell POS terminals, trade and payroll products"]),
            E("Customer Service Officer", "FIRSTGATE BANK PLC", "Lagos", "2018-03", "2020-12", "facing", "in_person_service",
              ["Account opening, card issuance and complaints resolution at the branch"]),
            E("Cash Officer (Contract)", "FIRSTGATE BANK PLC", "Lagos", "2016-06", "2018-02", "facing", "in_person_service",
              ["Received deposits and paid withdrawals; balanced the till daily"]),
            E("NYSC Corps Member – Mathematics Teacher", "Government Secondary School, Bukuru", "Plateau State", "2015-03", "2016-02", "facing", "education",
              ["Taught SS1 and SS2 mathematics; organised extra lessons for WAEC candidates"], etype="unknown"),
        ]),
        ("Education", "text", "B.Sc. Economics (Second Class Upper), University of Jos, 2014\nWASSCE, 2009"),
        ("Personal Data", "text", "State of Origin: Anambra\nMarital Status: Married"),
        ("Referees", "text", "Available on request"),
    ]))

# ------------------------------------------------------------------ w028
A(dict(
    id="w028", fmt="fp", layout="left", hstyle="title_org", dstyle="year", present="Present", paper="letter",
    family="US diesel mechanic now at a parts counter, fpdf2 left-aligned header, year-only dates throughout, military service",
    name="Douglas Hale",
    contact=["Spokane, WA 99207", "509-555-0135", "doug.hale@mailbox.com"],
    main=[
        ("Summary", "text", "25 years around trucks and engines. Moved to the parts counter to stay off the creeper; I know what a mechanic needs before he finishes the sentence."),
        ("Work History", "entries", [
            E("Parts Counter Associate", "Inland Empire Auto Parts", "Spokane, WA", "2019", "present", "facing", "in_person_service",
              ["Look up and sell parts to DIY customers and shop accounts at the counter",
               "Take phone orders from repair shops and schedule deliveries"]),
            E("Diesel Mechanic", "Columbia Basin Trucking", "Moses Lake, WA", "2008", "2019", "none", None,
              ["Repaired and serviced a fleet of 60 tractors and reefer units", "DOT inspections and brake work"]),
            E("Service Writer", "Palouse Motors", "Pullman, WA", "2004", "2008", "facing", "in_person_service",
              ["Wrote up repair orders with customers, called them with estimates and went over invoices at pickup"]),
            E("Wheeled Vehicle Mechanic", "U.S. Army", None, "1999", "2003", "none", None,
              ["Maintained HMMWVs and 5-ton trucks for a transportation company"], etype="military"),
        ]),
        ("Certifications", "list", ["ASE Medium/Heavy Truck (T2, T4, T6)", "CDL Class A"]),
    ]))

# ------------------------------------------------------------------ w029
A(dict(
    id="w029", fmt="docx", layout="tablejob", hstyle="title_org", dstyle="mon'yy", present="Now",
    family="US customer success manager from support and QA, Word borderless table per job, short-year dates ('Jun '22 – Now')",
    name="Alyssa Park",
    contact=["Portland, OR", "503-555-0158", "alyssa.park@mailbox.com"],
    main=[
        ("Summary", "text", "Customer success manager for B2B SaaS who came up through support. Likes data, hates churn."),
        ("Experience", "entries", [
            E("Customer Success Manager", "Trellis Cloud Inc.", "Portland, OR", "2022-06", "present", "facing", "sales_account",
              ["Own renewals and expansion for 45 mid-market accounts ($3.1M ARR)",
               "Run quarterly business reviews and onboarding calls with customer admins"]),
            E("Support Engineer II", "Trellis Cloud Inc.", "Portland, OR", "2020-03", "2022-05", "facing", "digital_service",
              ["Solved API and SSO tickets and joined screen shares with customers' IT teams"]),
            E("QA Analyst", "Fernhill Interactive", "Beaverton, OR", "2018-01", "2020-02", "affecting", None,
              ["Manual and automated testing of mobile game releases", "Triaged player bug reports from the community forum into Jira"]),
            E("Marketing Analyst Intern", "Fernhill Interactive", "Beaverton, OR", "2017-06", "2017-08", "affecting", None,
              ["Built churn dashboards from player purchase data", "Segmented customer email lists for re-engagement campaigns"],
              etype="internship", dtext="Summer 2017"),
            E("Host", "Burnside Noodle Bar", "Portland, OR", "2016-05", "2017-12", "facing", "in_person_service", []),
        ]),
        ("Skills", "text", "Gainsight, Salesforce, Zendesk, SQL, Looker"),
        ("Education", "text", "B.A. English, Willamette Valley College, 2017"),
    ]))

# ------------------------------------------------------------------ w030
A(dict(
    id="w030", fmt="md", mdhead="h3", hstyle="linkedin", dstyle="mon", sep=" – ",
    family="Nova Scotia ferry purser in Markdown, LinkedIn-style export with employer tenure and roles, volunteer firefighter",
    name="Devon Mercer",
    contact=["Halifax, Nova Scotia", "902-555-0127", "devon.mercer@mailbox.ca"],
    main=[
        ("Experience", "entries", [
            E("Purser", "Fundy Coastal Ferries", "Digby, Nova Scotia", "2021-11", "present", "facing", "in_person_service",
              ["Sell tickets and cabin upgrades onboard, make passenger announcements",
               "Deal with passenger complaints and lost property; first aider on every crossing"]),
            E("Deckhand", "Fundy Coastal Ferries", "Digby, Nova Scotia", "2019-05", "2021-10", "affecting", None,
              ["Handled mooring lines and car-deck lashings", "Safety drills, painting and deck maintenance"]),
            E("Fish Plant Worker", "Eastern Shore Seafoods", "Sheet Harbour, Nova Scotia", "2016-04", "2019-04", "none", None,
              ["Lobster processing line and freezer work"]),
        ]),
        ("Volunteering", "entries", [
            E("Volunteer Firefighter", "Musquodoboit Harbour Fire Brigade", "Nova Scotia", "2017-01", "present", "facing", "volunteering",
              ["Respond to fires, road accidents and medical calls in the community", "Run fire-safety visits at the elementary school"],
              section="volunteer", etype="volunteer", note="Volunteer"),
        ]),
        ("Certifications", "text", "Marine Emergency Duties A1/A3 · Standard First Aid · Restricted Operator Certificate (Maritime)"),
    ]))
