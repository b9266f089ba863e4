"""Résumés w016–w030 (wild115)."""
from lib import E

RES = []

# ---------------------------------------------------------------- w016
RES.append(dict(
    id="w016", renderer="md", md_style="bold", hstyle="title_org", dstyle="mon", present="present",
    family="UK school-leaver on a Level 3 apprenticeship at a housing association, Markdown bold title lines",
    name="Kieran Osei-Barlow",
    contact=["Thornfield, West Yorkshire", "07700 900682", "kieran.ob@mailbox.co.uk"],
    blocks=[
        ("summary", "About Me",
         "I left sixth form after Year 12 to start an apprenticeship. I'm patient on the phone and I like sorting "
         "problems out for people."),
        ("exp", "Experience", [
            E("Customer Services Apprentice (Level 3)", "Calderbrook Homes", "Thornfield", "2025-09", "present",
              "work", "internship", "facing", "contact_center",
              ["Answer tenants' calls about repairs, rent accounts and anti-social behaviour and book jobs for the trades",
               "Log every contact on the housing system and chase overdue repairs",
               "Day release to Thornfield College for the Customer Service Practitioner standard"]),
            E("Christmas Temp – Sales Assistant", "Toyland Direct", "Thornfield Retail Park", "2024-11", "2024-12",
              "work", "paid", "facing", "in_person_service",
              ["Helped parents find presents, ran the till and wrapped gifts on the busiest weekends"]),
            E("Matchday Steward", "Thornfield Rovers AFC", "Thornfield", "2023-08", "2025-05",
              "work", "paid", "facing", "other_facing",
              ["Checked tickets at the turnstiles and directed away fans to their stand",
               "Dealt with fans' questions and reported incidents to the safety officer"]),
            E("Volunteer", "Thornfield Community Food Bank", "Thornfield", "2023-01", "2024-06",
              "volunteer", "volunteer", "facing", "volunteering",
              ["Welcomed people on Tuesday sessions, made teas and handed out food parcels"]),
        ]),
        ("list", "Education", ["Thornfield Sixth Form, 2024–2025 (AS level Business)",
                               "Moorside Academy, 2019–2024 — 7 GCSEs incl. English 6, Maths 5"]),
        ("list", "Hobbies", ["Five-a-side, gaming, helping out at my uncle's garage"]),
    ]))

# ---------------------------------------------------------------- w017
RES.append(dict(
    id="w017", renderer="reportlab", layout="plain", page="letter", align="left", hstyle="title_org",
    dstyle="mon", present="Present", bullet="•", footer="Taylor Nakamura-Price  ·  Page {page}",
    break_before="Campus Involvement", accent=(0.2, 0.2, 0.2),
    family="US communications senior, 2-page reportlab résumé with page footer, many campus roles and short gigs",
    name="Taylor Nakamura-Price",
    contact=["Ashgrove, GA 30612", "(706) 555-0157", "tnprice@mailbox.com", "portfolio: tnprice.mailbox.site"],
    blocks=[
        ("summary", "Summary",
         "Communications major (PR concentration) graduating December 2026. Comfortable on camera, on the phone and "
         "behind a brand account."),
        ("list", "Education", ["Ashgrove State University — B.A. Communication, Dec 2026 (GPA 3.6)",
                               "Study abroad: Spring 2025, Ballyfane, Ireland"]),
        ("exp", "Experience", [
            E("Social Media Intern", "Ashgrove Foxes Baseball Club", "Ashgrove, GA", "2026-06", "2026-08",
              "work", "internship", "facing", "digital_service",
              ["Answered fans' DMs and comments about tickets, parking and giveaway nights during home stands",
               "Shot and edited game-day reels; grew Instagram followers 18% over the season"],
              dt="Summer 2026"),
            E("Server", "The Painted Porch", "Ashgrove, GA", "2023-08", "present",
              "work", "paid", "facing", "in_person_service",
              ["Serve a 12-table section on weekends, run the patio on game days", "Train new servers on the POS"]),
            E("Student Caller", "Ashgrove State University Foundation", "Ashgrove, GA", "2024-01", "2024-05",
              "work", "paid", "facing", "contact_center",
              ["Called alumni and parents for the Annual Fund and updated contact records"],
              dt="Spring 2024"),
            E("Event Setup Crew", "Ashgrove State University Conference Services", "Ashgrove, GA", "2022-09", "2023-05",
              "work", "paid", "affecting", None,
              ["Set up and broke down chairs, staging and AV for conferences and graduation events"]),
        ]),
        ("exp", "Campus Involvement", [
            E("Campus Tour Guide", "Ashgrove State University Office of Admissions", "Ashgrove, GA", "2024-08",
              "2026-05", "other", "paid", "facing", "other_facing",
              ["Led walking tours for prospective students and families and answered questions about campus life"]),
            E("Opinion Section Editor", "The Ashgrove Lantern (student newspaper)", "Ashgrove, GA", "2025-08", "2026-05",
              "other", "volunteer", "none", None,
              ["Assigned and edited weekly op-eds; managed a team of six student writers"]),
        ]),
        ("list", "Skills", ["Adobe Premiere, Canva, Hootsuite, AP Style", "Spanish (intermediate)"]),
    ]))

# ---------------------------------------------------------------- w018
RES.append(dict(
    id="w018", renderer="docx", layout="styles", hstyle="org_title", dstyle="mon", present="Present",
    family="NZ engineering student, Word heading styles, employer line first, overlapping part-time jobs, summer internship",
    name="Sione Havili-Ward",
    contact=["Kahikatea, Canterbury", "027 555 0432", "sione.hw@mailbox.co.nz"],
    blocks=[
        ("list", "Education", ["BE(Hons) Civil, Kahikatea University, 2023 – 2026 (final year)"]),
        ("exp", "Work Experience", [
            E("Summer Intern – Civil", "Rangi & Partners Consulting Engineers", "Kahikatea", "2025-12", "2026-02",
              "work", "internship", "none", None,
              ["Carried out site inspections of stormwater works and recorded defects",
               "Drafted drainage plans in Civil 3D for a subdivision"], dt="Summer 2025/26"),
            E("Swim Teacher", "Kahikatea Aquatic Centre", "Kahikatea", "2023-03", "present",
              "work", "paid", "facing", "education",
              ["Teach learn-to-swim classes for preschoolers and school groups; give parents progress updates"]),
            E("Delivery Driver", "Mama Rosa's Pizzeria", "Kahikatea", "2022-12", "2024-02",
              "work", "paid", "facing", "in_person_service",
              ["Delivered orders to the door and took cash and EFTPOS payments", "Folded boxes and prepped toppings on quiet nights"]),
            E("Sports Coordinator (volunteer)", "Rata Hall of Residence", "Kahikatea", "2023-03", "2023-10",
              "other", "volunteer", "facing", "other_facing",
              ["Organised inter-hall sports for 250 residents and signed people up for teams"]),
        ]),
        ("list", "Skills", ["AutoCAD Civil 3D, MATLAB", "Site Safe passport", "Full driver licence"]),
    ]))

# ---------------------------------------------------------------- w019
RES.append(dict(
    id="w019", renderer="txt", hstyle="dates_first", dstyle="yyyy-mm", present="Current", bullet="-",
    txt_head="colon", txt_gap=True,
    family="Australian uni student with night fill and delivery gigs, plain text with dates line first, yyyy-mm",
    name="Harrison Lee",
    contact=["Brolga Park VIC 3810", "0433 555 264", "harrison.lee@mailbox.com.au"],
    blocks=[
        ("summary", "Profile",
         "Second-year Bachelor of Commerce student. Looking for more hours in retail or customer service."),
        ("exp", "Employment", [
            E("Customer Service Officer", "Student Central, Riverbend University", "Brolga Park VIC", "2025-07",
              "present", "work", "paid", "facing", "in_person_service",
              ["Answer walk-in and phone enquiries about enrolment, fees and ID cards",
               "Print student cards and refer complex cases to faculty advisers"]),
            E("Night Fill Team Member", "Cornerstone Supermarkets", "Brolga Park VIC", "2024-03", "2025-06",
              "work", "paid", "affecting", None,
              ["Unloaded pallets and filled shelves 10pm – 6am after close", "Rotated stock and removed short-dated items"]),
            E("Delivery Rider", "Independent contractor (food delivery apps)", None, "2023-11", "2024-08",
              "work", "freelance", "affecting", None,
              ["Contactless food deliveries by e-bike, left at the door as requested in the app"]),
            E("Student Ambassador", "Riverbend University", "Brolga Park VIC", "2024-08", "2024-08",
              "other", "paid", "facing", "other_facing",
              ["Helped at Open Day: answered questions from Year 12s and parents and ran campus tours"]),
        ]),
        ("list", "Education", ["Bachelor of Commerce, Riverbend University, 2024 – current",
                               "VCE, Brolga Park Secondary College, 2023 (ATAR 81.4)"]),
    ]))

# ---------------------------------------------------------------- w020
RES.append(dict(
    id="w020", renderer="fpdf2", layout="left", hstyle="org_title", dstyle="month", present="Present",
    bullet="•", footer="Priyanka Sethi-Marsh — CV — page {page}", break_before="Other Experience",
    family="UK business graduate whose main experience is a placement year, 2-page fpdf2 CV with page footer",
    name="Priyanka Sethi-Marsh",
    contact=["Wexley, Leicestershire", "07700 900955", "priyanka.sm@mailbox.co.uk"],
    blocks=[
        ("summary", "Profile",
         "BSc Business Management with Professional Placement (First) graduate. My placement year in an HR shared "
         "service centre gave me a year of handling employee queries, and I am looking for a graduate HR role."),
        ("list", "Education", ["BSc (Hons) Business Management with Professional Placement — University of Wexley, "
                               "2021–2025, First Class", "A levels: Business A*, Economics A, Maths B"]),
        ("exp", "Placement Year", [
            E("HR Services Placement Student", "Brandwell Retail Group plc", "Wexley", "2023-07", "2024-06",
              "work", "internship", "facing", "internal_support",
              ["Answered store colleagues' questions on pay, holiday and sickness via the HR inbox and helpline",
               "Issued contracts and references and updated records in the HR system",
               "Produced a monthly absence report for area managers"]),
        ]),
        ("exp", "Other Experience", [
            E("Student Ambassador", "University of Wexley Outreach Team", "Wexley", "2022-10", "2025-05",
              "other", "paid", "facing", "education",
              ["Ran study-skills workshops for Year 10 pupils on campus visit days and talked to parents at UCAS fairs"]),
            E("Bar Staff", "The Hub, University of Wexley Students' Union", "Wexley", "2021-10", "2023-05",
              "work", "paid", "facing", "in_person_service", []),
            E("Warehouse Operative (Christmas temp)", "Parcelink Distribution", "Wexley", "2022-11", "2022-12",
              "work", "paid", "affecting", None,
              ["Scanned and sorted parcels for next-day delivery routes on the night shift"]),
            E("Course Representative", "University of Wexley Business School", "Wexley", "2024-09", "2025-05",
              "other", "volunteer", "facing", "other_facing",
              ["Collected feedback from 140 final-year students and raised it at staff–student committee"]),
        ]),
        ("list", "Skills", ["Excel (pivot tables, XLOOKUP), Workday, Power BI basics", "CIPD Level 3 (studying)"]),
        ("list", "References", ["Available on request."]),
    ]))

# ---------------------------------------------------------------- w021
RES.append(dict(
    id="w021", renderer="docx", layout="tabs", hstyle="title_org", dstyle="mon", present="Present",
    family="UK collegiate-university chemistry student, Word tab-stop dates, term and summer dates",
    name="Rosalind Achterberg",
    contact=["St Aldwyn's College, Fenmouth", "07700 900127", "rosalind.achterberg@mailbox.co.uk"],
    blocks=[
        ("list", "Education", ["MChem Chemistry, University of Fenmouth (St Aldwyn's College), 2023 – 2027",
                               "A levels: Chemistry A*, Biology A*, Maths A (Harrowgate Grammar School, 2023)"]),
        ("exp", "Experience", [
            E("Summer Research Intern", "Fenmouth Department of Chemistry (Hale Group)", "Fenmouth", "2025-07", "2025-09",
              "work", "internship", "none", None,
              ["Synthesised and characterised ligands for a copper catalysis project (NMR, HPLC)",
               "Presented a poster at the department's undergraduate research day"]),
            E("Punt Chauffeur", "Riverside Punting Co.", "Fenmouth", "2024-06", "2024-08",
              "work", "paid", "facing", "other_facing",
              ["Took tour groups along the river, giving a commentary on the colleges",
               "Sold tickets on the quayside"], dt="Summer 2024"),
            E("College Library Assistant", "St Aldwyn's College Library", "Fenmouth", "2023-10", "2023-12",
              "work", "paid", "facing", "in_person_service",
              ["Staffed the library desk in the evenings, issued books and helped students find texts"],
              dt="Michaelmas term 2023"),
            E("JCR Welfare Officer", "St Aldwyn's College JCR", "Fenmouth", "2024-01", "2024-12",
              "other", "volunteer", "facing", "other_facing",
              ["Ran weekly welfare teas and signposted students to college and university support",
               "Stocked and handed out welfare supplies"]),
        ]),
        ("list", "Skills & Interests", ["Python for data analysis, ChemDraw", "College rowing (2nd VIII), choir"]),
    ]))

# ---------------------------------------------------------------- w022
RES.append(dict(
    id="w022", renderer="html", hstyle="title_org", dstyle="month", present="Present",
    family="US high-school senior's first résumé as an HTML page, first job, lawn-care business, shelter volunteering",
    name="Owen Brightwater",
    contact=["Millbrook Falls, WI", "(715) 555-0163", "owen.brightwater@mailbox.com"],
    blocks=[
        ("summary", "Objective", "High school senior looking for a part-time job for summer and after school."),
        ("exp", "Experience", [
            E("Bagger / Carryout", "Lindqvist Family Foods", "Millbrook Falls, WI", "2025-06", "present",
              "work", "paid", "facing", "in_person_service",
              ["Bag groceries, carry orders out to customers' cars and return carts",
               "Help customers find items and do price checks for cashiers"]),
            E("Owner", "Owen's Lawn Care", "Millbrook Falls, WI", "2022", "2025",
              "work", "freelance", "facing", "entrepreneurial_freelance",
              ["Found 14 regular clients with door-to-door flyers and agreed weekly prices with each homeowner",
               "Mowed, edged and raked lawns; invoiced monthly through Venmo"]),
            E("Kennel Volunteer", "Northwoods Humane Society", "Millbrook Falls, WI", "2024-01", "2025-05",
              "volunteer", "volunteer", "affecting", None,
              ["Cleaned kennels, laundered bedding and walked dogs on Saturday mornings"]),
        ]),
        ("list", "Activities", ["Varsity cross country (captain, 2025)", "National Honor Society"]),
        ("list", "Education", ["Millbrook Falls High School, graduating June 2026, GPA 3.7"]),
    ]))

# ---------------------------------------------------------------- w023
RES.append(dict(
    id="w023", renderer="reportlab", layout="plain", align="left", hstyle="dateline", dstyle="mon", present="Present",
    bullet="-", accent=(0.1, 0.35, 0.2),
    family="Canadian environmental-science graduate, reportlab single column left header, title, employer and dates on separate lines",
    name="Maëlle Sutherland",
    contact=["Spruce Narrows, BC", "250-555-0189", "maelle.sutherland@mailbox.ca"],
    blocks=[
        ("summary", "Profile",
         "BSc Environmental Science (2026). Four summers outdoors with parks, research crews and tree planting."),
        ("exp", "Experience", [
            E("Park Interpreter (Summer Student)", "Spruce Narrows Provincial Parks", "Spruce Narrows, BC", "2025-05",
              "2025-08", "work", "paid", "facing", "other_facing",
              ["Led guided nature walks and evening campfire talks for campground visitors",
               "Staffed the visitor centre and answered questions about trails and bear safety"],
              dt="May – August 2025"),
            E("Field Research Assistant", "Coastal Watershed Research Lab, Northern Pacific University", "Tillicum Bay, BC",
              "2024-06", "2024-08", "work", "paid", "none", None,
              ["Collected stream invertebrate samples and water chemistry data at 30 sites"],
              dt="Summer 2024"),
            E("Tree Planter", "Ridgeback Reforestation Ltd.", "Northern BC", "2023-05", "2023-07",
              "work", "paid", "none", None, ["Planted 1,800+ seedlings a day on cutblocks (piece rate)"],
              dt="May – Jul 2023 (planting season)"),
            E("Arena Attendant", "District of Spruce Narrows Recreation Centre", "Spruce Narrows, BC", "2021-10", "2023-03",
              "work", "paid", "facing", "in_person_service",
              ["Rented skates and sold public-skate admissions at the counter",
               "Drove the ice resurfacer between sessions and cleaned dressing rooms"]),
        ]),
        ("list", "Education", ["BSc Environmental Science, Northern Pacific University, 2022 – 2026"]),
        ("list", "Certificates", ["Wilderness First Aid (40 hr)", "Class 5 driver's licence", "Bear aware training"]),
    ]))

# ---------------------------------------------------------------- w024
RES.append(dict(
    id="w024", renderer="docx", layout="table", hstyle="org_title", dstyle="m/yyyy", present="Present",
    family="US political-science student, Word borderless table per job, employer first, m/yyyy dates",
    name="Amara Okonkwo-Blake",
    contact=["Fairhaven Heights, NJ", "(732) 555-0115", "amara.ob@mailbox.com"],
    blocks=[
        ("summary", "Summary", "Junior in Political Science at Delmont University interested in public service."),
        ("exp", "Experience", [
            E("Constituent Services Intern", "Office of the Mayor, Township of Fairhaven Heights",
              "Fairhaven Heights, NJ", "2026-06", "2026-08", "work", "internship", "facing", "contact_center",
              ["Answered the mayor's office hotline and logged residents' complaints about potholes, trash and permits",
               "Followed up with callers once departments closed their cases"]),
            E("Host", "Marisol Cocina", "Fairhaven Heights, NJ", "2024-05", "present",
              "work", "paid", "facing", "in_person_service", []),
            E("Warehouse Associate", "Crestline Logistics", "Edgemoor Park, NJ", "2024-06", "2024-08",
              "work", "paid", "affecting", None,
              ["Picked, scanned and packed e-commerce orders; 10-hour shifts"]),
            E("Peer Mentor", "Delmont University First-Year Experience Program", "Delmont, NJ", "2025-08", "2026-05",
              "other", "paid", "facing", "education",
              ["Co-taught a weekly first-year seminar and met mentees one-on-one about study plans"]),
        ]),
        ("list", "Education", ["Delmont University — B.A. Political Science, expected 5/2028"]),
        ("list", "Languages", ["English, Igbo (heritage speaker), Spanish (conversational)"]),
    ]))

# ---------------------------------------------------------------- w025
RES.append(dict(
    id="w025", renderer="md", md_style="h3", hstyle="at", dstyle="mon", present="Current",
    family="Australian TAFE student in individual support after a gap year caring for family, Markdown 'Title at Employer'",
    name="Bree Van der Merwe",
    contact=["Ironbark Gully SA 5253", "0401 555 378", "bree.vdm@mailbox.com.au"],
    blocks=[
        ("summary", "Summary",
         "Finishing my Certificate III in Individual Support (Ageing & Disability) and already working casual shifts."),
        ("exp", "Work history", [
            E("Personal Care Worker (casual)", "Saltbush Aged Care", "Ironbark Gully SA", "2026-03", "present",
              "work", "paid", "facing", "healthcare_care",
              ["Showering, dressing and feeding residents in the memory support unit",
               "Documenting care notes and reporting skin changes to the RN"]),
            E("Work Placement (120 hrs)", "Riverlea Lodge", "Mount Sorrel SA", "2025-11", "2026-01",
              "work", "internship", "facing", "healthcare_care",
              ["Supported residents with personal care, mobility and leisure activities under supervision"]),
            E("Sandwich Hand", "Crusty Corner Bakery", "Ironbark Gully SA", "2024-03", "2025-10",
              "work", "paid", "affecting", None,
              ["Made rolls, wraps and salads in the back kitchen for the lunch rush and catering orders"]),
            E("Gap year – carer for my grandmother", None, "Ironbark Gully SA", "2023-01", "2023-12",
              "work", "unknown", "none", None,
              ["Lived with Nan after her stroke and managed her appointments and medications"]),
        ]),
        ("list", "Training", ["CHC33021 Certificate III in Individual Support — Ironbark TAFE campus (2025–2026)",
                              "NDIS Worker Screening Check, First Aid & CPR"]),
    ]))

# ---------------------------------------------------------------- w026
RES.append(dict(
    id="w026", renderer="docx", layout="sidebar", hstyle="title_org", dstyle="mm/yyyy", present="Present",
    side_hex="EFE8DC",
    family="Irish computer-science student, Word shaded layout table with sidebar, internship plus campus IT desk",
    name="Darragh Keaveney",
    contact=["Rathmoyle, Co. Galway", "083 555 0652", "darragh.k@mailbox.ie", "github.com/dkeaveney"],
    blocks=[
        ("side", "Tech", ["Java, Python, TypeScript", "Docker, GitHub Actions", "Linux, Jira"]),
        ("side", "Education", ["BSc Computer Science, Western Atlantic University, 2023–2027"]),
        ("side", "Interests", ["Hurling", "Board games", "Cycling"]),
        ("exp", "Experience", [
            E("Software Engineering Intern", "Clarebridge Analytics", "Rathmoyle", "2026-05", "2026-08",
              "work", "internship", "none", None,
              ["Built internal data-pipeline tooling in Python and added tests to the ETL jobs",
               "Took part in code reviews and sprint planning"]),
            E("IT Helpdesk Student Assistant", "Western Atlantic University, Information Services", "Rathmoyle",
              "2024-09", "present", "work", "paid", "facing", "internal_support",
              ["Help students and staff at the walk-in desk with Wi-Fi, Moodle and email set-up",
               "Re-image lab PCs over the summer"]),
            E("Deli Assistant", "Quinlan's Foodstore", "Rathmoyle", "2021-06", "2024-05",
              "work", "paid", "facing", "in_person_service",
              ["Served the hot-food and deli counter; sliced meats and cheese to order"]),
            E("Coding Club Mentor", "Rathmoyle Library Coding Club", "Rathmoyle", "2023-10", "present",
              "volunteer", "volunteer", "facing", "volunteering",
              ["Help 8–14 year olds with Scratch and Python projects on Saturday mornings"]),
        ]),
    ]))

# ---------------------------------------------------------------- w027
RES.append(dict(
    id="w027", renderer="fpdf2", layout="centred", hstyle="title_org", dstyle="mon", present="Present",
    bullet="•", accent_rgb=(120, 30, 50),
    family="Australian science student in wine country, fpdf2 centred header, vintage season and lab demonstrating",
    name="Isla McCrae-Tan",
    contact=["Shiraz Hill SA 5372", "0422 555 901", "isla.mct@mailbox.com.au"],
    blocks=[
        ("summary", "Career Summary",
         "Honours student in Oenology & Viticulture with practical winery, cellar door and teaching experience."),
        ("exp", "Employment", [
            E("Student Lab Demonstrator", "University of Southern Vale, School of Chemistry", "Wirrina Vale SA",
              "2025-02", "present", "work", "paid", "facing", "education",
              ["Run first-year chemistry practicals for groups of 24, explain techniques and mark lab reports"]),
            E("Cellar Door Assistant", "Kookaburra Ridge Wines", "Shiraz Hill SA", "2024-09", "2025-12",
              "work", "paid", "facing", "in_person_service",
              ["Hosted tastings, explained the range to visitors and processed wine club sign-ups"]),
            E("Vintage Cellar Hand", "Kookaburra Ridge Wines", "Shiraz Hill SA", "2025-02", "2025-04",
              "work", "paid", "none", None,
              ["Ran the press and crusher, did pump-overs and cleaned tanks on 12-hour night shifts"],
              dt="Vintage 2025 (Feb – Apr)"),
            E("Honours Research Project", "University of Southern Vale", "Wirrina Vale SA", "2026-02", "present",
              "other", "unknown", "none", None,
              ["Measuring smoke-taint compounds in Shiraz grapes by GC-MS"]),
            E("Christmas Casual – Sales", "Hattersley's Department Store", "Wirrina Vale SA", "2023-11", "2024-01",
              "work", "paid", "facing", "in_person_service", []),
        ]),
        ("list", "Education", ["Bachelor of Viticulture & Oenology, University of Southern Vale, 2022–2025",
                               "Honours (current), 2026"]),
    ]))

# ---------------------------------------------------------------- w028
RES.append(dict(
    id="w028", renderer="txt", hstyle="labelled", dstyle="month", present="Present", bullet="-",
    labels=("Position", "Company", "Location", "Dates"), txt_head="caps",
    family="US electrical apprentice, plain text with labelled Position/Company/Dates blocks, overnight and kitchen jobs",
    name="Tyler J. Moravec",
    contact=["Granite Ridge, PA 17032", "717-555-0108", "tjmoravec@mailbox.com"],
    blocks=[
        ("summary", "Objective", "First-year union electrical apprentice looking for weekend work to add to my hours."),
        ("exp", "Work Experience", [
            E("Electrical Apprentice (1st year)", "Keystone Commercial Electric", "Granite Ridge, PA", "2026-03",
              "present", "work", "internship", "none", None,
              ["Pull wire, bend conduit and mount boxes on new warehouse and school builds",
               "Attend union classroom training two nights a week"]),
            E("Pizza Delivery Driver", "Tony B's Pizza", "Granite Ridge, PA", "2024-08", "2026-02",
              "work", "paid", "facing", "in_person_service",
              ["Delivered orders, collected payment at the door and answered the phone when in store"]),
            E("Line Cook", "Ridgeview Diner", "Granite Ridge, PA", "2023-05", "2024-07",
              "work", "paid", "affecting", None, ["Grill and fryer station, breakfast and lunch rush"]),
            E("Overnight Stocker", "ThriftMart", "Harlan Mills, PA", "2022-10", "2023-04",
              "work", "paid", "affecting", None,
              ["Stocked grocery and household aisles overnight after the store closed"]),
        ]),
        ("list", "Education", ["Granite Ridge Area High School — Diploma, 2022 (Vo-Tech electrical program)"]),
        ("list", "Certifications", ["OSHA 10", "PA driver's license, clean record"]),
    ]))

# ---------------------------------------------------------------- w029
RES.append(dict(
    id="w029", renderer="docx", layout="header", hstyle="title_org", dstyle="mon", present="Till date",
    family="Australian physiotherapy student, name and contact in the Word page header, year-only dates, 'Till date'",
    name="Lachlan Papadakis",
    contact=["Coolibah Downs WA 6155", "0466 555 742", "lachlan.papadakis@mailbox.com.au"],
    blocks=[
        ("list", "Education", ["Bachelor of Physiotherapy (Hons), Swan Coast University, 2023 – 2026"]),
        ("exp", "Clinical Placements", [
            E("Student Physiotherapist – Musculoskeletal Placement", "Coolibah Downs Hospital Outpatients",
              "Coolibah Downs WA", "2026-07", "2026-08", "work", "internship", "facing", "healthcare_care",
              ["Assessed and treated outpatients with back, knee and shoulder problems under supervision",
               "Taught home exercise programs and wrote clinical notes"]),
        ]),
        ("exp", "Employment", [
            E("Gym Receptionist", "PeakForm Fitness", "Coolibah Downs WA", "2024", "present",
              "work", "paid", "facing", "in_person_service",
              ["Sign up new members, handle membership freezes and cancellations, answer the phone"]),
            E("Swim Instructor", "Coolibah Aquatic & Leisure", "Coolibah Downs WA", "2021", "2023",
              "work", "paid", "facing", "education", []),
            E("Research Assistant (casual)", "Swan Coast University, School of Allied Health", "Coolibah Downs WA",
              "2025", "2025", "other", "paid", "none", None,
              ["Entered and double-checked gait-lab data for a falls study"]),
        ]),
        ("list", "Registrations", ["AHPRA student registration", "Working With Children Check", "First Aid"]),
    ]))

# ---------------------------------------------------------------- w030
RES.append(dict(
    id="w030", renderer="html", hstyle="pipe", dstyle="mon.", present="Present",
    css="body{font-family:Arial,sans-serif;max-width:700px;margin:24px auto}h2{color:#3a5a40;font-size:16px}"
        "h3{font-size:14px;margin:10px 0 2px}.d{color:#666;font-size:13px;margin-left:8px}",
    family="Canadian first-year student's HTML résumé, pipe title lines, municipal summer job, canvassing, election day",
    name="Yusuf Haddad",
    contact=["Maple Coulee, MB", "204-555-0177", "yusuf.haddad@mailbox.ca"],
    blocks=[
        ("summary", "Profile", "First-year Arts student at Prairie Hollow University, part-time and summer jobs since 16."),
        ("exp", "Work Experience", [
            E("Summer Student – Parks Labourer", "City of Maple Coulee", "Maple Coulee, MB", "2025-05", "2025-08",
              "work", "paid", "none", None,
              ["Cut grass, trimmed trails and emptied bins in city parks on a three-person crew"]),
            E("Busser", "Olive & Ember Bistro", "Maple Coulee, MB", "2024-09", "present",
              "work", "paid", "facing", "in_person_service",
              ["Clear and reset tables, refill water and bread and help servers run food to guests"]),
            E("Street Fundraiser", "Prairie Heart Foundation (via Greenline Fundraising)", "Maple Coulee, MB",
              "2026-05", "2026-08", "work", "paid", "facing", "sales_account",
              ["Stopped people on the street and signed them up as monthly donors; hit weekly sign-up targets"]),
            E("Election Clerk", "Maple Coulee Returning Office", "Maple Coulee, MB", "2025-10", "2025-10",
              "work", "paid", "facing", "other_facing",
              ["Checked voters against the list, handed out ballots and explained how to vote"]),
        ]),
        ("list", "Education", ["Prairie Hollow University — BA (undeclared), 2025 – present"]),
        ("list", "Volunteering & Interests", ["Mosque youth soccer coach (informal)", "Arabic and English"]),
    ]))
