"""wild114 résumés w016–w030 (fictional people, employers, towns)."""
from lib import E

RESUMES = []

# ------------------------------------------------------------------ w016
RESUMES.append(dict(
    file="w016.pdf", renderer="fpdf", layout="centred", order="title_org", dates="mon.", present="present",
    bullet="–",
    family="Canadian medical billing clerk, fpdf2 centred header, title with right-aligned abbreviated dates",
    name="Chantal Beaulieu-Ross",
    contact=["Port Kessel, ON", "613-555-0174", "chantal.br@mailbox.ca"],
    blocks=[
        ("Work Experience", [
            E("Medical Billing Clerk", "Lakeshore Family Health Team", "Port Kessel, ON", "2021-10", "present",
              "facing", "contact_center", [
                  "Submit provincial health plan claims daily and reconcile the monthly remittance",
                  "Follow up rejected and held claims and correct billing codes with the physicians",
                  "Call patients about invoices for uninsured services (sick notes, forms) and set up payment"]),
            E("Billing Coordinator", "Kessel Physiotherapy & Rehab", "Port Kessel, ON", "2019-02", "2021-09", "affecting", None, [
                "Billed extended-health insurers and the workers' compensation board; posted payments",
                "Prepared monthly aged-receivables reports for the clinic owner"]),
            E("Medical Office Assistant", "Northgate Walk-in Clinic", "Port Kessel, ON", "2017-01", "2019-01",
              "facing", "in_person_service", [
                  "Booked appointments, checked patients in and verified health cards",
                  "Answered phones, faxed prescriptions and scanned reports into the EMR"]),
            E("Patient Registration Clerk (summer student)", "Port Kessel General Hospital", "Port Kessel, ON", "2015-06", "2015-08",
              "facing", "in_person_service", [
                  "Registered patients at the emergency department desk and printed wristbands"], dtext="Summer 2015"),
            E("Cashier (part-time)", "Kessel Foodland", "Port Kessel, ON", "2014-06", "2016-12", "facing", "in_person_service", []),
        ]),
        ("Education", ["Medical Office Administration diploma, Lakehead Valley College, 2016",
                       "Medical terminology; billing codes course, 2019"]),
        ("Skills", ["EMR scheduling and billing modules · Excel · 60 wpm · English / French (bilingual)"]),
    ]))

# ------------------------------------------------------------------ w017
RESUMES.append(dict(
    file="w017.docx", renderer="docx", layout="styles", order="title_org", dates="mon", present="Present",
    family="UK chef's CV, Word heading styles and list bullets, tab-stop dates, community larder volunteer",
    name="Callum Reddish",
    contact=["Norbridge, NB7 2HE", "07700 900 339", "callum.reddish@mailbox.co.uk"],
    blocks=[
        ("Profile", ["Sous chef, nine years in kitchens from school dinners to a busy brasserie. Calm on the pass, "
                     "good with new starters, Level 3 food hygiene."]),
        ("Experience", [
            E("Sous Chef", "The Foundry Kitchen", "Norbridge", "2023-03", "present", "affecting", None, [
                "Run the pass on 180-cover weekend services",
                "Order stock, cost specials, write the kitchen rota",
                "Train commis and kitchen porters"]),
            E("Chef de Partie", "The Foundry Kitchen", "Norbridge", "2021-06", "2023-02", "affecting", None, [
                "Ran grill and sauce sections"]),
            E("Breakfast Chef", "Abbeygate Hotel", "Norbridge", "2019-04", "2021-05", "facing", "in_person_service", [
                "Cooked eggs and omelettes to order at the live station in the breakfast room, taking guests' orders and chatting while cooking",
                "Prepped the buffet and did the breakfast stock order"]),
            E("Kitchen Porter", "Abbeygate Hotel", "Norbridge", "2018-01", "2019-03", "affecting", None, []),
            E("Catering Assistant", "Cater-Right Ltd", "Castlefield Primary School, Norbridge", "2016-09", "2017-12",
              "facing", "in_person_service", [
                  "Served lunches to pupils on the counter and helped the little ones with trays",
                  "Prepped salads and washed up"]),
        ]),
        ("Volunteering", [
            E("Volunteer Cook", "Norbridge Community Larder", "Norbridge", "2020-04", "2021-03", "affecting", None, [
                "Batch-cooked meals in the church hall kitchen for the larder's delivery volunteers to drop at people's doors"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["NVQ Level 2 Professional Cookery", "Level 3 Food Safety and Hygiene", "Allergen awareness"]),
    ]))

# ------------------------------------------------------------------ w018
RESUMES.append(dict(
    file="w018.md", renderer="md", layout="h3", order="dash", dates="iso", present="now", sep=" → ",
    bullet="-",
    family="Australian dispatcher in Markdown, h3 'Title – Employer, Town' and italic ISO dates to 'now'",
    name="Jordan Feehan",
    contact=["Wirrandale VIC 3715 · 0401 555 662 · jfeehan@mailbox.com.au"],
    blocks=[
        ("About", ["Dispatcher and call-taker. I like the radio, the map and a phone that doesn't stop ringing."]),
        ("Jobs", [
            E("Emergency Call-Taker", "Southern Emergency Communications Centre", "Wirrandale VIC", "2022-08", "present",
              "facing", "contact_center", [
                  "Answer emergency calls, triage with structured protocols and dispatch ambulance and fire",
                  "Talk callers through CPR and childbirth until crews arrive"]),
            E("Fleet Dispatcher", "Wirrandale Waste Services", "Wirrandale VIC", "2019-05", "2022-07", "affecting", None, [
                "Allocated 30 bin trucks each morning and rerouted drivers around breakdowns by radio",
                "Logged missed-service jobs passed on from the council call centre and slotted them into routes"]),
            E("Tow Truck Dispatcher", "Kingsway Towing", "Barrack Flat VIC", "2017-02", "2019-04", "facing", "contact_center", [
                "Took calls from stranded motorists and the motoring club and dispatched tow trucks",
                "Quoted private tows and took card payments over the phone"]),
        ]),
        ("Certificates", ["Certificate IV in Public Safety (Communications)", "HR/forklift licence", "First Aid"]),
    ]))

# ------------------------------------------------------------------ w019
RESUMES.append(dict(
    file="w019.pdf", renderer="rl", layout="centred", order="datesfirst", dates="m/yyyy", present="Current",
    paper="letter",
    family="US hospital environmental services aide, reportlab centred header, dates first then title and employer",
    name="Rosa Ibarra-Klein",
    contact=["Millhaven, NJ", "(609) 555-0148", "rosa.ibarra@mailbox.com"],
    blocks=[
        ("Objective", ["To join the environmental services team at a hospital where patient safety comes first."]),
        ("Employment", [
            E("Environmental Services Aide", "St. Brendan Regional Medical Center", "Millhaven, NJ", "2020-11", "present",
              "facing", "healthcare_care", [
                  "Clean and disinfect occupied patient rooms on a 32-bed med-surg unit",
                  "Talk with patients and families while cleaning and pass their requests (water, blankets, the nurse) to the unit",
                  "Terminal cleans after discharge and isolation cleans with full PPE"]),
            E("Floor Technician (Nights)", "St. Brendan Regional Medical Center", "Millhaven, NJ", "2018-06", "2020-10", "affecting", None, [
                "Stripped, waxed and buffed corridor and lobby floors overnight"]),
            E("Housekeeper", "Millhaven Inn & Suites", "Millhaven, NJ", "2016-04", "2018-05", "affecting", None, [
                "Cleaned 14–16 guest rooms a day after check-out; restocked linen carts"]),
            E("Laundry Attendant", "Crestline Linen Service", "Tremont Ford, NJ", "2014-09", "2016-03", "none", None, [
                "Sorted soiled linen and fed ironers and folders for hotel and clinic accounts"]),
        ]),
        ("Volunteer", [
            E("Volunteer", "Millhaven Community Food Pantry", "Millhaven, NJ", "2019-03", "present", "facing", "volunteering", [
                "Saturday distribution: check in families, help them choose groceries, carry boxes to cars"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Certifications", ["CHEST-style EVS technician certificate, 2021", "Bloodborne pathogens, annual"]),
        ("Languages", ["English, Spanish"]),
    ]))

# ------------------------------------------------------------------ w020
RESUMES.append(dict(
    file="w020.docx", renderer="docx", layout="tabs", order="org_title", dates="mon", present="Present",
    oneline=True,
    family="Irish DevOps engineer who came from the service desk, Word tab-stop dates, employer line then title",
    name="Niamh O'Donoghue",
    contact=["Ballycarran, Co. Kildare", "086 555 2041", "niamh.odonoghue@mailbox.ie", "github.com/niamhod"],
    blocks=[
        ("Skills", ["Terraform, GitHub Actions, Kubernetes, Azure, Linux, PowerShell, ITIL v4 Foundation"]),
        ("Employment", [
            E("DevOps Engineer", "Clearwater Payments", "Dublin", "2023-01", "present", "none", None, [
                "Maintain Terraform modules and CI/CD pipelines for 40 services",
                "Share the production on-call rota; write post-incident reviews"]),
            E("Service Desk Analyst (2nd line)", "Clearwater Payments", "Dublin", "2020-05", "2022-12", "facing", "internal_support", [
                "Resolved escalated tickets from 600 staff: laptops, VPN, access requests",
                "Desk-side visits and new-starter setups"]),
            E("IT Technician", "Ballycarran Community College", "Ballycarran", "2018-09", "2020-04", "facing", "internal_support", [
                "Set up classroom projectors, fixed teachers' laptops and reset students' passwords"]),
            E("Technical Support Agent", "Orbit Broadband", "Naas Road, Dublin", "2017-03", "2018-08", "facing", "contact_center", [
                "Troubleshot customers' routers and Wi-Fi by phone and chat"]),
        ]),
        ("Volunteering", [
            E("Code Club Mentor", "Ballycarran Library Code Club", "Ballycarran", "2019-01", "2021-06", "facing", "volunteering", [
                "Helped 10–14 year olds with Scratch and Python on Saturday mornings"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["BSc Computing (part-time), Kildare Institute of Technology, 2022"]),
    ]))

# ------------------------------------------------------------------ w021
RESUMES.append(dict(
    file="w021.txt", renderer="txt", layout="inline", order="title_org", dates="mon", present="Current",
    bullet="•",
    family="US immigration paralegal pasted as text, title line with dates after a comma, employer below, freelance interpreting",
    name="Fatima Haddad-Ruiz",
    contact=["Orland Heights, IL", "(708) 555-0126 | fhaddadruiz@mailbox.com"],
    blocks=[
        ("Languages", ["English, Spanish, Arabic (all fluent)"]),
        ("Experience", [
            E("Immigration Paralegal", "Velasco & Pruitt Immigration Law", "Orland Heights, IL", "2021-03", "present",
              "facing", "other_facing", [
                  "Interview clients in English, Spanish and Arabic to complete intake questionnaires",
                  "Prepare family-based petitions and consular processing packets for attorney review",
                  "Track receipt notices and RFEs in the case management system"]),
            E("Legal Assistant", "Harmon Brandt LLP", "Chicago, IL", "2018-07", "2021-02", "affecting", None, [
                "Maintained corporate minute books and annual entity filings for client companies",
                "Cite-checked briefs and assembled closing binders"]),
            E("Records Clerk", "Orland County Circuit Court", "Orland Heights, IL", "2016-05", "2018-06", "none", None, [
                "Docketed filings and scanned closed case files into the records system"]),
            E("Freelance Interpreter", "Self-employed", None, "2015-01", "2021-12", "facing", "entrepreneurial_freelance", [
                "Interpreted Spanish and Arabic at clinic appointments, school meetings and depositions for agencies and families"],
              prec="year", etype="freelance"),
        ]),
        ("Education", ["Paralegal Certificate (ABA-approved program), 2018", "B.A. Political Science, 2016"]),
    ]))

# ------------------------------------------------------------------ w022
RESUMES.append(dict(
    file="w022.pdf", renderer="fpdf", layout="sidebar", order="title_org", dates="mon", present="Present",
    family="Canadian pharmacy technician, fpdf2 shaded sidebar (skills, licence), a summer lab job",
    name="Joanne Pelletier",
    contact=["Fort Alder, AB", "780-555-0139", "jo.pelletier@mailbox.ca"],
    side=[
        ("Licence", ["Registered Pharmacy Technician (Alberta college registration)"]),
        ("Skills", ["Blister packing", "Final product check", "Kroll-style dispensing software", "Insurance billing",
                    "Food Safe"]),
    ],
    blocks=[
        ("Experience", [
            E("Pharmacy Technician", "Fort Alder Long-Term Care Pharmacy Services", "Fort Alder, AB", "2022-06", "present",
              "facing", "other_facing", [
                  "Prepare and final-check blister packs and medication carts for 9 care homes",
                  "Phone the homes' nurses about missing orders, new admissions and delivery times; sort out their MAR questions",
                  "Process changes from physicians' orders"]),
            E("Pharmacy Assistant", "Alder Drug Mart", "Fort Alder, AB", "2019-04", "2022-05", "facing", "healthcare_care", [
                "Drop-off and pickup counter: took in prescriptions and sorted out insurance problems with patients",
                "Counted and packaged under pharmacist supervision"]),
            E("Cook", "Birchwood Lodge Seniors' Residence", "Fort Alder, AB", "2016-09", "2019-03", "affecting", None, [
                "Cooked lunch and supper for 80 residents, including minced and pureed diets"]),
            E("Lab Assistant", "Fort Alder Water Testing Lab", "Fort Alder, AB", "2016-06", "2016-08", "none", None, [
                "Ran coliform and turbidity tests on municipal and well-water samples"], dtext="Summer 2016"),
        ]),
        ("Education", ["Pharmacy Technician diploma, 2019", "Cook Apprenticeship, first period"]),
    ]))

# ------------------------------------------------------------------ w023
RESUMES.append(dict(
    file="w023.docx", renderer="docx", layout="table", order="title_org", dates="month", present="Current",
    family="Australian property manager, Word borderless table per job, sales admin who also answered reception",
    name="Mia Castellano",
    contact=["Bellbrae Heads VIC 3228", "0422 555 781", "mia.castellano@mailbox.com.au"],
    blocks=[
        ("Summary", ["Licensed agent's representative. Eight years in real estate admin and property management."]),
        ("Experience", [
            E("Property Manager", "Coastline Property Group", "Bellbrae Heads VIC", "2022-09", "present", "facing", "other_facing", [
                "Manage a rent roll of 180 properties: routine inspections with tenants, arrears, lease renewals",
                "Monthly reports and calls to landlords about rent reviews and repairs"]),
            E("Sales Administrator", "Coastline Property Group", "Bellbrae Heads VIC", "2020-02", "2022-08", "facing", "contact_center", [
                "Prepared contracts of sale and vendor statements, uploaded listings and managed agents' diaries",
                "Answered the reception phones and booked private inspections for buyers"]),
            E("Graphic Designer", "Bellbrae Print & Signs", "Torrington VIC", "2018-03", "2020-01", "affecting", None, [
                "Designed signboards, brochures and window cards for local real estate agencies"]),
            E("Waitress / Bar Attendant", "Bellbrae Surf Club Bistro", "Bellbrae Heads VIC", "2015-11", "2018-02",
              "facing", "in_person_service", []),
        ]),
        ("Education", ["Certificate IV in Property Services (Agency Representative), 2020",
                       "Bachelor of Design (incomplete), Torrington University"]),
        ("Referees", ["Supplied on request"]),
    ]))

# ------------------------------------------------------------------ w024
RESUMES.append(dict(
    file="w024.html", renderer="html", layout="aside", order="title_org", dates="mm/yyyy", present="Present",
    family="UK property claims handler, HTML page with aside (skills, interests), career break listed",
    name="Sunita Bhogal",
    contact=["Wrexford", "07700 900 561", "sunita.bhogal@mailbox.co.uk"],
    side=[
        ("Skills", ["Claims systems", "Reserving", "Vulnerable customers", "Complaints handling", "Excel"]),
        ("Interests", ["Bhangra dance classes, hiking, cooking for too many people"]),
    ],
    blocks=[
        ("Profile", ["Property claims handler, Cert CII, nine years in insurance and banking."]),
        ("Career History", [
            E("Claims Handler – Property", "Greyfriars Insurance Services", "Wrexford", "2021-11", "present",
              "facing", "contact_center", [
                  "Own a caseload of around 120 escape-of-water, storm and fire claims",
                  "Call policyholders with updates and explain decisions on cover",
                  "Appoint loss adjusters and contractors and approve reserves"]),
            E("Claims Technician (Large Loss)", "Aldwick Loss Adjusters", "Wrexford", "2019-08", "2021-10", "affecting", None, [
                "Prepared reserve reports and final reports for insurer clients",
                "Instructed drying contractors and reviewed their invoices"]),
            E("Motor Claims Administrator", "Kirkdale Accident Management", "Kirkdale", "2017-06", "2019-07", "affecting", None, [
                "Set up claims from web forms, chased garages for estimates and handled incoming post"]),
            E("Career break – travelling", None, None, "2016-07", "2017-05", "none", None, [], etype="unknown"),
            E("Customer Assistant", "Wrexford Building Society", "Wrexford", "2014-02", "2016-06", "facing", "in_person_service", [
                "Branch counter: deposits, withdrawals, ISA openings and account queries"]),
        ]),
        ("Qualifications", ["Cert CII (Insurance), 2020", "A levels: Maths, Business, Sociology"]),
    ]))

# ------------------------------------------------------------------ w025
RESUMES.append(dict(
    file="w025.pdf", renderer="rl", layout="twocol", order="org_title", dates="mon", present="Present",
    footer="Maricel Dizon-Tan – page {p} of 2", fs=10.5, caps_h=True,
    family="Philippine medical coding team lead, 2-page reportlab résumé with two-column header, employer line then title",
    name="Maricel Dizon-Tan",
    contact=["Santa Rosalia City, Laguna", "+63 917 555 0420", "maricel.dizontan@mailbox.ph"],
    blocks=[
        ("Professional Summary", ["Registered nurse turned healthcare BPO professional with ten years of experience: "
                                  "bedside nursing, US patient calls, accounts receivable follow-up and now outpatient coding. "
                                  "CPC-certified."]),
        ("Work Experience", [
            E("Medical Coder (Team Lead)", "Apex HealthClaims Solutions Inc.", "Santa Rosalia City", "2022-04", "present",
              "affecting", None, [
                  "Code outpatient E/M and radiology charts for US provider clients with 95%+ accuracy",
                  "Lead a team of 12 coders: daily allocation, audits and feedback sessions",
                  "Prepare weekly productivity reports for the operations manager"]),
            E("AR Caller / Denials Specialist", "Apex HealthClaims Solutions Inc.", "Santa Rosalia City", "2020-01", "2022-03",
              "affecting", None, [
                  "Called US insurance payers to follow up on unpaid and denied claims for physician-group clients",
                  "Filed appeals and corrected claims; worked 80-100 accounts a day"]),
            E("Patient Care Coordinator (Voice)", "MedLink Global Services", "Pasay Heights", "2018-06", "2019-12",
              "facing", "contact_center", [
                  "Took inbound calls from US patients to schedule appointments and verify insurance",
                  "Handled prescription refill requests and messages for clinic staff"]),
            E("Staff Nurse", "Santa Rosalia Doctors Hospital", "Santa Rosalia City", "2016-05", "2018-04", "facing", "healthcare_care", [
                "Medical-surgical ward nurse, 8-10 patients per shift", "Medication administration, wound care, discharge teaching"]),
        ]),
        ("PAGEBREAK", []),
        ("Licenses and Certifications", ["Registered Nurse (PRC), 2016", "Certified Professional Coder (CPC), 2021",
                                         "ICD-10-CM/PCS training, 2020"]),
        ("Education", ["Bachelor of Science in Nursing, Laguna Valley Colleges, 2015"]),
        ("Character References", ["Available upon request."]),
    ]))

# ------------------------------------------------------------------ w026
RESUMES.append(dict(
    file="w026.docx", renderer="docx", layout="header", order="orgfirst", dates="apos", present="Present",
    footer="References on request", bullet="▪",
    family="US fulfillment-center lead, name in the Word page header, employer heading with roles beneath, 'Mon 'YY dates",
    name="DeShawn Marlowe",
    contact=["Gresham Point, GA", "(470) 555-0117", "deshawn.marlowe@mailbox.com"],
    blocks=[
        ("Summary", ["Warehouse lead with eight years in e-commerce fulfillment and store support. Forklift and "
                     "WMS super-user; promoted twice at Peachline."]),
        ("Experience", [
            E("Warehouse Lead – Returns", "Peachline Outfitters Fulfillment Center", "Gresham Point, GA", "2021-08", "present",
              "affecting", None, [
                  "Lead 15 associates processing and grading customer returns",
                  "Decide restock, outlet or liquidation for returned items; report damage trends to buyers"]),
            E("Store Support Coordinator", "Peachline Outfitters Fulfillment Center", "Gresham Point, GA", "2019-10", "2021-07",
              "facing", "internal_support", [
                  "Ran the store support line for 60 stores: missing cartons, transfers and damaged goods",
                  "Answered store associates and managers by phone and email and tracked every case to closure"]),
            E("Order Picker", "Peachline Outfitters Fulfillment Center", "Gresham Point, GA", "2018-03", "2019-09", "affecting", None, [
                "Picked online orders with RF scanner, 99.8% accuracy"]),
            E("Stock Associate", "Hollis Shoe Co.", "Gresham Point, GA", "2016-06", "2018-02", "facing", "in_person_service", [
                "Unloaded trucks and kept the stockroom organized",
                "Helped customers on the floor and fetched sizes during busy weekends and sales events"]),
            E("Dishwasher", "Lucky's Diner", "Gresham Point, GA", "2015-06", "2016-05", "affecting", None, []),
        ]),
        ("Education", ["Gresham Point High School, 2016", "Forklift certified; OSHA 10"]),
    ]))

# ------------------------------------------------------------------ w027
RESUMES.append(dict(
    file="w027.md", renderer="md", layout="h3", order="org_title", dates="month", present="present", bullet="*",
    family="UK lettings negotiator CV in Markdown, h3 employer line with italic dates and title below",
    name="Laura Pennington",
    contact=["Sedgemoor Cross", "07700 900 884", "laura.pennington@mailbox.co.uk"],
    blocks=[
        ("Profile", ["Lettings negotiator with an admin and maintenance-desk background. ARLA Level 3."]),
        ("Employment", [
            E("Lettings Negotiator", "Hartwell & Moss Estate Agents", "Sedgemoor Cross", "2023-05", "present",
              "facing", "sales_account", [
                  "Conduct viewings with prospective tenants, negotiate offers and agree move-in dates",
                  "Valuation appointments with new landlords; 11 new instructions last quarter"]),
            E("Property Administrator", "Hartwell & Moss Estate Agents", "Sedgemoor Cross", "2021-02", "2023-04", "affecting", None, [
                "Prepared tenancy agreements, registered deposits and sent compliance certificates",
                "Updated listings on the property portals and kept the CRM tidy"]),
            E("Maintenance Coordinator", "Sedgemoor Property Lettings", "Sedgemoor Cross", "2019-06", "2021-01",
              "facing", "contact_center", [
                  "Took repair reports from tenants by phone and email and booked contractors",
                  "Kept landlords updated on quotes and got approval before works"]),
            E("Bar Staff", "The Plough at Withycombe", "Withycombe", "2017-09", "2019-05", "facing", "in_person_service", []),
        ]),
        ("Qualifications", ["ARLA Level 3 Certificate in Residential Letting and Property Management, 2022",
                            "GCSEs including English and Maths"]),
    ]))

# ------------------------------------------------------------------ w028
RESUMES.append(dict(
    file="w028.pdf", renderer="fpdf", layout="left", order="dateline", dates="iso", present="Present", sep=" – ",
    paper="letter", bullet="*",
    family="US MRI technologist, fpdf2 left-aligned header, title, employer and ISO dates each on their own line",
    name="Aaron Whitlock",
    contact=["Beaver Ridge, MN", "(218) 555-0165  ·  aaron.whitlock@mailbox.com"],
    blocks=[
        ("Licenses & Registry", ["ARRT (MR), ARRT (R) — BLS"]),
        ("Experience", [
            E("MRI Technologist", "Lakeside Imaging Center", "Beaver Ridge, MN", "2022-10", "present", "facing", "healthcare_care", [
                "Screen patients for implants and metal, position coils and run protocols",
                "Explain the scan and keep anxious and claustrophobic patients calm",
                "Start IVs for contrast studies"]),
            E("Histotechnician", "Northpoint Pathology Associates", "Beaver Ridge, MN", "2018-07", "2022-09", "affecting", None, [
                "Grossing support, embedding, sectioning and H&E / special stains for pathologist review",
                "Turnaround under 24 hours for 92% of biopsies"]),
            E("Phlebotomist", "Northpoint Pathology Patient Service Center", "Beaver Ridge, MN", "2016-05", "2018-06",
              "facing", "healthcare_care", []),
            E("Chemistry Lab Aide (work-study)", "Beaver Ridge Community College", "Beaver Ridge, MN", "2014-09", "2016-05",
              "none", None, [
                  "Prepared reagents for student labs and washed glassware"], section="other"),
        ]),
        ("Education", ["A.A.S. Radiologic Technology, 2022", "Histotechnician certificate program, 2018"]),
    ]))

# ------------------------------------------------------------------ w029
RESUMES.append(dict(
    file="w029.docx", renderer="docx", layout="layout", order="title_org", dates="dot", present="Till Date", shade="F2E6D9",
    family="Indian IT support / NOC engineer, Word two-column layout table with shaded sidebar, m.yyyy dates",
    name="Rahul Venkatesan",
    contact=["Hosakere, Karnataka", "+91 99001 55873", "rahul.venkatesan@mailbox.in"],
    side=[
        ("Technical Skills", ["• Cisco routing basics", "• Windows / Office 365", "• Ticketing (ServiceNow-style)",
                              "• Network monitoring tools"]),
        ("Certifications", ["CCNA", "ITIL Foundation"]),
        ("Languages", ["English, Tamil, Kannada, Hindi"]),
    ],
    blocks=[
        ("Objective", ["Seeking a network operations role where I can grow into network engineering."]),
        ("Professional Experience", [
            E("NOC Engineer", "Trivance Networks Pvt. Ltd.", "Bengaluru", "2022-01", "present", "affecting", None, [
                "Monitor WAN links and firewalls for 35 client companies on a 24x7 rota",
                "Raise and follow tickets with ISPs for link outages; execute planned change windows at night",
                "Prepare monthly uptime reports for account managers"]),
            E("Desktop Support Engineer", "Trivance Networks Pvt. Ltd.", "Client site, Bengaluru", "2019-06", "2021-12",
              "facing", "internal_support", [
                  "Deployed at a client bank's regional office: resolved users' laptop, Outlook and VPN issues at their desks",
                  "Asset tagging and new joiner setups"]),
            E("Technical Support Associate (Voice)", "Zentro BPO Services", "Hosakere", "2017-08", "2019-05",
              "facing", "contact_center", [
                  "Inbound calls from US customers for printer and home-network troubleshooting"]),
            E("Hardware Trainee", "Sri Lakshmi Computers", "Hosakere", "2016-06", "2017-07", "affecting", None, [
                "Assembled PCs and repaired printers and UPS units in the service room"], etype="internship"),
        ]),
        ("Education", ["B.Sc. Computer Science, Hosakere Government College, 2016"]),
    ]))

# ------------------------------------------------------------------ w030
RESUMES.append(dict(
    file="w030.txt", renderer="txt", layout="underline", order="dash", dates="mon", present="to date", sep=" to ", bullet="none",
    family="Scottish domestic assistant CV as plain text, underlined headings, 'Title – Employer, Town (dates)', no bullet marks",
    name="Shona McAlister",
    contact=["Kilbrennan Bay, Argyll", "Tel 07700 900 312", "shona.mcalister@mailbox.co.uk"],
    blocks=[
        ("Work history", [
            E("Domestic Assistant", "Kilbrennan Care Home", "Kilbrennan Bay", "2021-04", "present", "affecting", None, [
                "Clean residents' rooms, en-suites and the communal lounges to the infection control schedule",
                "Deep clean rooms after discharge, laundry and ironing for residents' clothes"]),
            E("Night Porter", "The Kilbrennan Arms Hotel", "Kilbrennan Bay", "2018-10", "2021-03", "facing", "in_person_service", [
                "Late check-ins, residents' bar, security rounds and breakfast set-up"]),
            E("Office Cleaner (evenings)", "Clyde & Forth Cleaning", "Ardlamont", "2016-02", "2018-09", "none", None, [
                "Cleaned council offices after 6pm once staff had gone home"]),
            E("Janitor", "Kilbrennan Primary School", "Kilbrennan Bay", "2012-01", "2016-12", "affecting", None, [
                "Opened the building, set up the dinner hall, minor repairs, gritted paths in winter"], prec="year"),
        ]),
        ("Training", ["SVQ 2 Cleaning and Support Services", "COSHH", "Food hygiene"]),
        ("Other", ["Full driving licence. Member of the Kilbrennan Bay lifeboat fundraising committee."]),
    ]))
