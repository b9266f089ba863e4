"""Résumés w011–w020."""
from lib import E

R = []

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.docx", render="dx_cards",
    family="US IT help-desk specialist, builder DOCX with name and contact in the page header, company line "
           "with a right tab-stop date and the role in small caps beneath, builder watermark in the footer",
    layout="header-cards/org_title", fmt="mm/yyyy", present="Present", dash=" – ",
    name="Tomasz Reyes-Whitaker", headline="IT Support Specialist",
    contact=["Aurora, CO 80012", "(720) 555-0163", "t.reyeswhitaker@example.com"],
    footer="Created with ResumeForge  ·  page 1",
    profile="Help-desk and field tech who can explain a VPN to a charge nurse at 3 a.m. CompTIA A+ and "
            "Network+.",
    exp=[("Professional Experience", [
        E("IT Support Specialist", "Cobalt Ridge Health System", "Denver, CO", "2023-08", "present", "facing",
          "internal_support", [
              "Resolve 25–35 tickets a day from clinical and office staff: logins, printers, badge readers, Epic access",
              "Cover the walk-up tech bar and round on nursing units after go-lives"]),
        E("Help Desk Analyst", "Summit Peak Credit Union", "Lakewood, CO", "2021-04", "2023-07", "facing",
          "internal_support", [
              "First-line phone support for 300 employees across 14 branches",
              "Imaged and shipped laptops; kept asset records in ServiceNow"]),
        E("Network Technician", "Aspen Line Communications", "Aurora, CO", "2019-10", "2021-03", "facing",
          "other_facing", [
              "Installed fibre internet and Wi-Fi in customers' homes and showed them how to use the app",
              "Troubleshot outages on site and rescheduled visits with customers by phone"]),
        E("Data Center Technician", "Front Range Colocation", "Englewood, CO", "2018-06", "2019-09", "none", None, [
            "Racked servers, ran structured cabling and swapped failed drives on the night shift"]),
    ]), ("Volunteer", [
        E("Computer Refurbishing Volunteer", "Denver ReBoot Project", "Denver, CO", "2017-01", "2018-05",
          "affecting", None, ["Wiped, repaired and reimaged donated laptops for low-income families"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[],
    extra=[("Certifications", ["CompTIA A+ (2018)  ·  CompTIA Network+ (2020)  ·  ITIL 4 Foundation (2022)"]),
           ("Education", ["Platte Valley Technical College — A.A.S. Computer Networking, 2016 – 2018"]),
           ("Technical skills", ["Windows 10/11, Active Directory, Intune, ServiceNow, Epic security roles, "
                                 "Cisco IOS basics, PowerShell"])],
))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012.md", render="md_builder",
    family="Canadian contact-centre team lead, Markdown export from an online builder (h2 sections, company as "
           "h3 with dates in italics, position in bold below, an undated volunteer coach)",
    layout="md-h3/org_title", fmt="yyyy-mm", present="present", dash=" → ",
    name="Callum MacIsaac", headline="Customer Care Team Lead",
    contact=["Halifax, NS", "902-555-0114", "callum.macisaac@example.ca", "github.com/cmacisaac"],
    profile="Contact-centre lead who moved into workforce planning. Ten years of calls, queues and "
            "coaching.",
    exp=[("Work", [
        E("Workforce Scheduling Analyst", "Borealis Mobile", "Halifax, NS", "2025-04", "present", "affecting",
          None, ["Forecast call volumes and build agent schedules for a 180-seat centre",
                 "Move breaks and overtime intraday to protect service level"]),
        E("Team Lead, Customer Care", "Borealis Mobile", "Halifax, NS", "2022-01", "2025-03", "facing",
          "contact_center", ["Coached 14 agents; took escalated calls from customers asking for a supervisor",
                             "Ran daily huddles and monthly quality calibrations"]),
        E("Customer Care Representative", "Borealis Mobile", "Halifax, NS", "2019-05", "2021-12", "facing",
          "contact_center", ["Inbound billing and device calls; top-5 CSAT in 2020"]),
        E("Server", "Bluenose Fish House", "Lunenburg, NS", "2016-05", "2019-04", "facing", "in_person_service",
          ["Served a 60-seat dining room in tourist season; trained new servers"]),
        E("Line Cook", "Bluenose Fish House", "Lunenburg, NS", "2015-06", "2016-04", "affecting", None, []),
    ]), ("Volunteer", [
        E("Volunteer Coach", "Harbourside Youth Soccer Club", "Dartmouth, NS", None, None, "facing",
          "volunteering", ["Coach an under-10 house-league team and keep parents in the loop"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[],
    extra=[("Education", ["**Nova Coastal Community College** — Business Administration diploma _(2013 → 2015)_"]),
           ("Skills", ["Genesys Cloud · NICE IEX · Excel pivot tables · Coaching · De-escalation"]),
           ("Awards", ["Borealis 'Voice of the Customer' award, 2021"]),
           ("Interests", ["Curling, sea kayaking"])],
))

# ------------------------------------------------------------------ w013
_km = "Kingsmere Hospital NHS Foundation Trust"
R.append(dict(
    file="w013.pdf", render="rl_europass",
    family="Portuguese-trained staff nurse in England, Europass-style CV rendered with reportlab (dates "
           "right-aligned in a narrow left column, blue rule, language self-assessment grid)",
    layout="europass/title_org", fmt="mm/yyyy", present="CURRENT", dash=" – ",
    name="Inês Carvalho Moreira", headline="Staff Nurse (Band 5)",
    contact=["Address: 22 Wharfside Lane, Reading RG1 3QX (United Kingdom)", "Telephone: (+44) 7700 900371",
             "Email: ines.moreira@example.pt", "Nationality: Portuguese", "Date of birth: 14/02/1994"],
    profile="",
    exp=[("WORK EXPERIENCE", [
        E("Staff Nurse", _km, "Reading, United Kingdom", "2022-03", "present", "facing", "healthcare_care", [
            "Care for a bay of eight patients on an acute medical ward: assessments, medication rounds, IV therapy",
            "Explain discharge plans to patients and families and liaise with community teams"]),
        E("Bank Staff Nurse", "Thameside Nursing Agency", "Reading, United Kingdom", "2023-01", "2024-06",
          "facing", "healthcare_care", ["Extra shifts on surgical and elderly-care wards in local hospitals"]),
        E("Healthcare Assistant", "Kennetside Care Home", "Reading, United Kingdom", "2021-06", "2022-02",
          "facing", "healthcare_care", ["Personal care, meals and observations for 30 residents while my NMC "
                                        "registration was processed"]),
        E("Nurse", "Hospital da Ribeira Nova", "Coimbra, Portugal", "2018-10", "2021-04", "facing",
          "healthcare_care", []),
    ]), ("VOLUNTEERING", [
        E("Vaccination Centre Volunteer", "St Aldhelm's Community Vaccination Hub", "Reading, United Kingdom",
          "2021-06", "2021-09", "facing", "volunteering",
          ["Welcomed people at the door, checked appointments and ran the 15-minute observation area"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[],
    extra=[("EDUCATION AND TRAINING", [
        ("09/2014 – 07/2018", "Licenciatura em Enfermagem (Bachelor of Nursing)",
         "Escola Superior de Saúde do Mondego, Coimbra (Portugal)"),
        ("01/2021 – 03/2021", "OSCE preparation course", "Albion Clinical Skills Centre, London")]),
        ("LANGUAGE SKILLS", [("Mother tongue(s):", "Portuguese"),
                             ("English", "C1  C1  C1  C1  C1   (IELTS Academic 7.5, 2020)"),
                             ("Spanish", "B2  B2  B1  B1  B1")]),
        ("DIGITAL SKILLS", [("", "Cerner EPR  |  Datix  |  Microsoft Office  |  e-Rostering")]),
        ("PROFESSIONAL REGISTRATION", [("", "NMC PIN 21I4402P (registered 02/2022)")]),
    ],
))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.docx", render="dx_badges",
    family="Australian B2B account manager, builder DOCX with a table per job: a shaded initials badge in "
           "place of the company logo, company then role in small caps, dates right-aligned",
    layout="badge-table/org_title", fmt="mon", present="Now", dash=" – ",
    name="Lachlan Pereira", headline="Account Manager | SME & Mid-Market",
    contact=["Parramatta NSW 2150", "0491 570 313", "lachlan.pereira@example.com.au"],
    profile="Account manager who still likes picking up the phone. Grew a $2.1M book by 18% in FY25.",
    exp=[("Experience", [
        E("Account Manager", "Coastline Office Supplies", "Sydney NSW", "2023-02", "present", "facing",
          "sales_account", [
              "Manage 80 SME accounts: quarterly visits, reorders, pricing reviews and delivery problems",
              "Won 11 new accounts from referrals in FY25"]),
        E("Business Development Representative", "Tallwood Software", "Sydney NSW", "2021-08", "2023-01",
          "facing", "sales_account", ["Cold-called and emailed practice managers; booked 25 demos a month"]),
        E("Sales Operations Coordinator", "Tallwood Software", "Sydney NSW", "2020-07", "2021-07", "affecting",
          None, ["Built quotes and contracts in HubSpot for the sales team; cleaned CRM data; "
                 "ran commission reports"]),
        E("Retail Sales Assistant", "Voltage Electronics", "Penrith NSW", "2017-11", "2020-06", "facing",
          "in_person_service", ["Sold TVs, laptops and phones; set up extended warranties and lay-bys"]),
        E("Marketing Intern", "Tidepool Creative Agency", "Sydney NSW", "2016-12", "2017-02", "affecting", None,
          ["Drafted social posts and EDMs for client brands; pulled campaign reports"], et="internship"),
    ])],
    side=[],
    extra=[("Education", ["Bachelor of Business (Marketing) — Harbourside University, 2014 – 2017"]),
           ("Achievements", ["President's Club FY24 and FY25", "Top BDR, Q3 2022"]),
           ("Skills", ["HubSpot · Salesforce · Negotiation · Xero basics · Territory planning"])],
))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015.txt", render="txt_form",
    family="UK transport planner, plain-text export of an ATS application form (labelled fields, dd/mm/yyyy "
           "dates, 'Current role: Yes', reasons for leaving)",
    layout="ats-form/title_org", fmt="dd/mm/yyyy", present="", dash=" - ",
    name="Gareth Pennock", headline="",
    contact=["Daventry, Northamptonshire NN11", "07700 900612", "g.pennock@example.co.uk"],
    profile="",
    exp=[("Employment History", [
        E("Transport Planner", "Hollins Freight Ltd", "Daventry", "2022-05", "present", "affecting", None, [
            "Plan daily trunking and delivery routes for 40 vehicles in Paragon",
            "Book collection and delivery slots and keep drivers within hours rules"]),
        E("Customer Service Coordinator", "Hollins Freight Ltd", "Daventry", "2020-09", "2022-04", "facing",
          "contact_center", [
              "Handled calls and emails from retail customers chasing deliveries and reporting damage",
              "Raised claims and arranged redeliveries"]),
        E("Warehouse Operative", "Calderbrook Distribution", "Wakefield", "2018-03", "2020-08", "affecting", None, [
            "Picking, loading and goods-in for supermarket orders"]),
        E("Saturday Sales Assistant", "Marlow's Newsagents", "Wakefield", "2016-09", "2018-02", "facing",
          "in_person_service", ["Served customers, sold lottery tickets and sorted paper rounds"]),
        E("Volunteer Driver", "Borough Wheels Community Transport", "Daventry", "2019", "present", "facing",
          "volunteering", ["Drive older residents to hospital appointments one afternoon a fortnight"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[],
    extra=[],
))

# ------------------------------------------------------------------ w016
_la = "Fleuve Air"
R.append(dict(
    file="w016.pdf", render="fp_threecol",
    family="Canadian bilingual airline agent, fpdf2 three-column builder layout (left contact and skills, centre "
           "experience, right column with languages, certifications and interests), dates under the title",
    layout="three-column/title_org", fmt="MON", present="PRESENT", dash=" – ",
    name="Élodie Marchand-Singh", headline="Bilingual Customer Service Agent",
    contact=["Montréal, QC H2S", "514-555-0127", "elodie.ms@example.ca"],
    profile="Airline agent at ease in English and French, on the phone or at the gate.",
    exp=[("EXPERIENCE", [
        E("Bilingual Customer Service Agent", _la, "Montréal, QC", "2023-01", "present", "facing",
          "contact_center", ["Rebook passengers after cancellations and handle baggage claims by phone and chat, "
                             "EN/FR"]),
        E("Gate Agent", _la, "Montréal, QC", "2021-05", "2022-12", "facing", "in_person_service",
          ["Boarded flights, solved seat and upgrade problems and made announcements in both languages"]),
        E("Ramp Agent", _la, "Montréal, QC", "2019-06", "2021-04", "affecting", None,
          ["Loaded bags and cargo, marshalled aircraft and ran bags to the carousel"]),
        E("French Tutor", "Self-employed", "Montréal, QC", "2018-09", "2020-06", "facing", "education",
          ["Private lessons for six adult learners preparing for the TEF"], et="freelance"),
        E("Residence Don", "Collège des Érables", "Montréal, QC", "2017-09", "2019-04", "facing",
          "other_facing", ["Supported 40 students living in residence; first contact for conflicts and "
                           "emergencies"], sec="other"),
    ])],
    side=[("SKILLS", ["Sabre / Altéa", "Conflict resolution", "Baggage tracing", "Zendesk"]),
          ("LANGUAGES", ["French — native", "English — fluent", "Punjabi — conversational"]),
          ("CERTIFICATIONS", ["Dangerous Goods (2024)", "Airside Vehicle Operator Permit"]),
          ("INTERESTS", ["Cycling, podcasts"])],
    extra=[("EDUCATION", ["DEC Sciences humaines — Collège des Érables (2016 – 2018)",
                          "Certificate, Travel & Tourism — 2019"])],
))

# ------------------------------------------------------------------ w017
R.append(dict(
    file="w017.docx", render="dx_icons",
    family="Indian hotel front-office executive, builder DOCX with icon-led headings (unicode glyphs), right "
           "tab-stop dates in Mon'yy style with 'Till Date', skills as star ratings",
    layout="icon-headings/title_org", fmt="mon'yy", present="Till Date", dash=" – ",
    name="Rohan Shekhawat", headline="Front Office Executive | Guest Relations",
    contact=["C-14, Vaishali Nagar, Jaipur 302021", "+91 94140 58321", "rohan.shekhawat@example.in"],
    profile="Hotel professional with six years in front office and guest relations at heritage and business "
            "hotels.",
    exp=[("Work Experience", [
        E("Front Office Executive", "The Lotus Crest Hotel", "Jaipur", "2023-06", "present", "facing",
          "in_person_service", [
              "Check-in/check-out of 120 rooms on Opera PMS; handle room changes and guest complaints",
              "Coordinate airport pick-ups and city tours for guests"]),
        E("Guest Relations Associate", "Aravali Sands Resort", "Udaipur", "2021-11", "2023-05", "facing",
          "in_person_service", ["Welcomed VIP and wedding guests and followed up on their requests"]),
        E("Reservations Executive", "Aravali Sands Resort", "Udaipur", "2020-08", "2021-10", "facing",
          "contact_center", ["Handled booking calls and emails from guests and travel agents"]),
        E("F&B Service Trainee", "Hotel Sundarvan Inn", "Jaipur", "2019-12", "2020-05", "facing", "in_person_service",
          [], et="internship"),
        E("Counter Sales Assistant", "Neelkamal Crafts Emporium", "Jaipur", "2018-05", "2019-06", "facing",
          "in_person_service", ["Sold block-print textiles to tourists and packed orders for shipping abroad"]),
    ])],
    side=[],
    extra=[("Education", ["B.Sc. Hospitality & Hotel Administration — Chandpole Institute of Hotel Management  "
                          "(2016 – 2019)", "Class XII — Rajasthan Board, 2016"]),
           ("Skills", [("Opera PMS", 5), ("Guest complaint handling", 4), ("MS Excel", 3),
                       ("French (basic)", 2)]),
           ("Languages", ["English, Hindi, Rajasthani, basic French"]),
           ("Personal Details", ["Date of Birth: 11 March 1998", "Marital Status: Single"]),
           ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge."])],
))

# ------------------------------------------------------------------ w018
_mp = "Merlion Pacific Bank"
R.append(dict(
    file="w018.html", render="html_timeline",
    family="Singapore bank operations officer, online-builder HTML timeline (dates in <time> elements on a "
           "vertical line, role then company), National Service listed as a job",
    layout="html-timeline/title_org", fmt="month", present="Present", dash=" – ",
    name="Darren Goh Wei Ming", headline="Trade Finance Operations | Branch Banking",
    contact=["Singapore 560231", "+65 9820 3317", "darren.goh@example.sg"],
    profile="Banker who started at the counter and now checks trade documents. Looking to return to a "
            "client-facing role.",
    exp=[("Experience", [
        E("Operations Officer, Trade Finance", _mp, "Singapore", "2022-08", "present", "affecting", None, [
            "Check letters of credit and shipping documents for corporate clients against UCP 600",
            "Prepare discrepancy notices for relationship managers to send"]),
        E("Personal Banker", _mp, "Singapore", "2020-03", "2022-07", "facing", "sales_account", [
            "Opened accounts and advised walk-in customers on deposits, cards and insurance; met monthly targets"]),
        E("Customer Service Officer (Teller)", _mp, "Singapore", "2018-07", "2020-02", "facing",
          "in_person_service", ["Cash and cheque transactions at the branch counter"]),
        E("Retail Assistant", "Orchard Gadget Hub", "Singapore", "2017-01", "2018-06", "facing",
          "in_person_service", []),
        E("Logistics Specialist (National Service)", "Singapore Armed Forces", "Singapore", "2015-01", "2016-12",
          "none", None, ["Ran a battalion store: issued and accounted for equipment"], et="military"),
    ])],
    side=[("Skills", ["Trade documents (UCP 600)", "Account opening & KYC", "Cash handling", "MS Excel"]),
          ("Languages", ["English", "Mandarin", "Malay (basic)"])],
    extra=[("Education", ["Diploma in Banking & Finance — Kallang Polytechnic (2012 – 2015)"]),
           ("Certifications", ["Certificate in Trade Finance (2023)", "CMFAS M9 and M9A (2020)"])],
))

# ------------------------------------------------------------------ w019
_kl = "Kopi Lane Café"
R.append(dict(
    file="w019.pdf", render="rl_icons",
    family="Singapore F&B outlet manager, reportlab one-pager with icon-led headings (drawn circles holding a "
           "glyph) and company initials in coloured badges in place of logos, dates right-aligned",
    layout="icon-badges/title_org", fmt="mon", present="Present", dash=" – ",
    name="Nurul Aisyah Binte Rahman", headline="Outlet Manager · Food & Beverage",
    contact=["Jurong West, Singapore", "+65 8834 2190", "nurul.aisyah@example.sg"],
    profile="F&B manager who came up from service crew. Runs a 60-seat café with a team of twelve.",
    exp=[("Work Experience", [
        E("Outlet Manager", _kl, "Singapore", "2024-02", "present", "facing", "in_person_service", [
            "Manage rosters, ordering and the monthly P&L for a 60-seat café",
            "Step onto the floor at lunch peak and handle guest feedback and reviews personally"]),
        E("Assistant Outlet Manager", _kl, "Singapore", "2022-05", "2024-01", "facing", "in_person_service", [
            "Led shifts, cashed up and trained new crew on service standards"]),
        E("Service Crew", "Sambal & Co. Restaurant", "Singapore", "2020-06", "2022-04", "facing",
          "in_person_service", ["Took orders, served tables and ran the cashier"]),
        E("Central Kitchen Assistant", "Sambal & Co. Restaurant", "Singapore", "2019-03", "2020-05", "affecting",
          None, ["Batch-cooked sambal and curry pastes and packed them for the outlets"]),
        E("Delivery Partner", "GrabFood", "Singapore", "2018-06", "2019-02", "facing", "in_person_service", [
            "Collected orders from hawker stalls and handed them to customers at the door; messaged them when "
            "addresses were unclear"], et="freelance"),
    ])],
    side=[("Skills", ["Rostering", "Inventory & ordering", "Food safety (WSQ)", "Service recovery"]),
          ("Languages", ["English", "Malay", "Basic Mandarin"])],
    extra=[("Education", ["Higher Nitec in Hospitality Operations — Bukit Merah Institute of Hospitality (2016 – 2018)"]),
           ("Certificates", ["WSQ Food Safety Course Level 2 (2022)", "Basic First Aid (2023)"])],
))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020.docx", render="dx_threecell",
    family="UK support worker, builder DOCX with a three-cell header table (photo placeholder, name, contact) "
           "and a two-column body table, dots for skills and languages, a career break in the history",
    layout="header-table/title_org", fmt="month", present="Present", dash=" – ",
    name="Bethany Okonjo", headline="Support Worker",
    contact=["Norwich NR3", "07700 900844", "beth.okonjo@example.co.uk"],
    profile="Support worker with a retail background. I came back to work after caring for my mum and "
            "found I wanted to do it as a job.",
    exp=[("Experience", [
        E("Support Worker", "Beacon Lane Supported Living", "Norwich", "2023-09", "present", "facing",
          "healthcare_care", ["Support four adults with learning disabilities with cooking, money, "
                              "appointments and going out"]),
        E("Care Assistant (Domiciliary)", "HearthSide Home Care Ltd", "Norwich", "2022-01", "2023-08", "facing",
          "healthcare_care", ["Home visits: personal care, meds prompts and meals for up to 14 clients a day"]),
        E("Ward Housekeeper", "Wensum Valley Hospice", "Norwich", "2021-03", "2021-12", "facing",
          "in_person_service", ["Took patients' meal orders, served meals and drinks, and kept the ward clean"]),
        E("Career break — caring for a family member", None, None, "2019-06", "2021-02", "none", None, [],
          et="unknown"),
        E("Retail Assistant", "Yare Meadow Garden Centre", "Norwich", "2016-04", "2019-05", "facing",
          "in_person_service", ["Tills, plant advice and the Christmas grotto queue"]),
    ])],
    side=[("Skills", [("Personal care", 5), ("Medication (MAR)", 4), ("Report writing", 3),
                      ("Driving", 5)]),
          ("Languages", [("English", 5), ("Yoruba", 3)])],
    extra=[("Qualifications", ["Level 3 Diploma in Adult Care — in progress (2025 – )",
                               "Care Certificate — 2022", "GCSEs — Thorpe Marsh Academy, 2015"]),
           ("References", ["Available on request"])],
))
