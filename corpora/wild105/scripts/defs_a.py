"""wild105 résumés w001-w015 (fictional people and employers)."""
from lib import E


def R(file, family, renderer, layout, hdr, ds, present, name, contact, sections, **kw):
    d = dict(file=file, family=family, renderer=renderer, layout=layout, hdr=hdr, ds=ds,
             present=present, name=name, contact=contact, sections=sections)
    d.update(kw)
    return d


RESUMES = [
# ------------------------------------------------------------------ w001
R("w001.pdf", "US science graduate, QC lab job with a pharmacy till job and camp summer behind it, Word-to-PDF single column",
  "rl", "plain", "title_org", "mon", "Present", "Kayla Brennan",
  ["Marlow Falls, OH", "(419) 555-0172", "kayla.brennan@mailbox.net"],
  [("Summary", "para", "Chemistry graduate working in food quality control. Looking for a move into a "
    "customer support role where accuracy and clear explanations matter."),
   ("Experience", "entries", [
     E("Quality Control Lab Technician", "Harmon Creek Foods", "Kessler Mills, OH", "2024-06", "present", "affecting", None, [
       "Test incoming ingredients and finished sauces for pH, viscosity and salt content",
       "Place lots on hold when results fall outside spec and write up the deviation",
       "Keep batch records ready for customer and retailer audits"]),
     E("Undergraduate Research Assistant", "Maumee Valley University, Dept. of Chemistry", "Marlow Falls, OH", "2022-01", "2023-05", "none", None, [
       "Ran HPLC samples for a soil chemistry project and cleaned the data in Excel",
       "Maintained the lab notebook and chemical inventory"], section="other"),
     E("Pharmacy Cashier", "Lakeshore Drug", "Marlow Falls, OH", "2022-09", "2023-05", "facing", "in_person_service", [
       "Rang up prescriptions and front-store items; checked ID for restricted products",
       "Answered the pharmacy phone line and took refill requests for the pharmacist"], etype="paid"),
     E("Camp Counselor", "Camp Wapakee", "Auglin, OH", "2021-06", "2021-08", "facing", "education", [
       "Led a cabin of ten 9-year-olds through daily swim, archery and craft sessions",
       "Updated parents at pick-up and handled homesick campers"], dates="Summer 2021")]),
   ("Education", "lines", ["B.S. Chemistry, Maumee Valley University, 2023"]),
   ("Skills", "list", ["HPLC, titration, GMP documentation", "Microsoft Excel, LIMS", "Spanish (conversational)"])],
  paper="letter", fs=10),

# ------------------------------------------------------------------ w002
R("w002.docx", "UK warehouse operative with an overlapping Saturday job at a DIY store, Word heading styles and list bullets, right tab-stop dates",
  "docx", "styles", "title_org", "mon", "Present", "Owen Pritchard",
  ["Aberllyn", "07700 900418", "owen.pritchard@mailbox.co.uk"],
  [("Profile", "para", "Reliable warehouse operative (5 years) who also works weekends on a shop floor. I want a full-time "
    "customer service role with set hours."),
   ("Employment History", "entries", [
     E("Customer Service Assistant (Saturdays)", "Baycroft DIY", "Aberllyn", "2026-05", "present", "facing", "in_person_service", [
       "Help customers in the paint and timber aisles and cut timber to size",
       "Cover the returns desk and the click-and-collect counter at busy times"]),
     E("Warehouse Operative", "Dunmore Logistics", "Pentrefoel", "2023-06", "present", "affecting", None, [
       "Pick and pack online orders for a homeware retailer using RF scanners (avg 140 lines/hour)",
       "Check returned items and grade them for resale",
       "Counterbalance forklift licence (2024)"]),
     E("Kitchen Porter", "The Harbour Inn", "Porth Ardu", "2021-07", "2023-05", "affecting", None, [
       "Washing up, veg prep and keeping the kitchen clean for a 70-cover pub restaurant"]),
     E("Volunteer – Welcome Desk", "Tawe Community Larder", "Aberllyn", "2022-01", "2022-04", "facing", "volunteering", [
       "Signed visitors in on Thursday evenings, explained how the larder works and offered a cuppa"],
       section="volunteer", etype="volunteer")]),
   ("Education", "lines", ["Gower Coast College – Level 2 Certificate in Warehousing (2021)", "GCSEs (6) including English and Maths"]),
   ("Other", "list", ["Full UK driving licence", "Welsh speaker (basic)"])]),

# ------------------------------------------------------------------ w003
R("w003.txt", "Canadian restaurant worker promoted from dishwasher to server, now in insurance data entry, plain text with caps headings",
  "txt", "plain", "dash", "mm/yyyy", "Present", "Danielle Okafor",
  ["Red Willow, MB", "204-555-0139 | d.okafor@mailbox.ca"],
  [("Objective", "para", "Seeking a call centre or front counter role. Bilingual English/Igbo."),
   ("Work Experience", "entries", [
     E("Data Entry Clerk", "Prairie Mutual Insurance", "Red Willow, MB", "2024-01", "present", "affecting", None, [
       "Key policyholder claim forms and address changes into the claims system",
       "Scan and index supporting documents so adjusters can process claims",
       "Meet daily accuracy targets (99.2% in last audit)"]),
     E("Seasonal Sales Associate", "Northgate Outfitters", "Red Willow, MB", "2023-11", "2023-12", "facing", "in_person_service", [
       "Holiday season floor staff: fitting room, gift wrapping, restocking"]),
     E("Server", "Red River Grill", "Red Willow, MB", "2022-06", "2023-10", "facing", "in_person_service", [
       "Served a 12-table section on evening and weekend shifts",
       "Took orders, explained specials and allergens, handled bill splitting"]),
     E("Dishwasher", "Red River Grill", "Red Willow, MB", "2021-09", "2022-05", "affecting", None, [])]),
   ("Education", "lines", ["High School Diploma – Red Willow Collegiate, 2021", "Smart Serve / Food Handler certificate"]),
   ("Skills", "list", ["Typing 60 wpm", "Excel and Google Sheets", "Cash handling", "English, Igbo"])],
  txt_head="caps", bullet="-", txtjoin="   "),

# ------------------------------------------------------------------ w004
R("w004.pdf", "Australian uni student with a casual retail job, a supermarket night-fill job and a Christmas temp stint, fpdf2 left header",
  "fpdf", "left", "title_org", "month", "Current", "Jayden Moretti",
  ["Elmhurst VIC", "0412 555 807", "jayden.moretti@mailbox.com.au"],
  [("About Me", "para", "Second-year Bachelor of Business student at Eastvale University, available 20 hours a week."),
   ("Work History", "entries", [
     E("Night Fill Team Member", "FreshWay Supermarkets", "Elmhurst VIC", "2024-03", "present", "affecting", None, [
       "Unload deliveries and fill grocery aisles from 10pm to 6am while the store is closed",
       "Rotate stock and remove out-of-date product"]),
     E("Christmas Casual – Sales", "Kingsway Toys", "Warrandale VIC", "2023-11", "2024-01", "facing", "in_person_service", [
       "Helped parents choose gifts, processed lay-bys and ran the gift-wrap table"]),
     E("Retail Assistant (Casual)", "Surf & Sole", "Elmhurst VIC", "2022-04", "2023-02", "facing", "in_person_service", [
       "Served customers, fitted shoes and processed sales and returns",
       "Set up weekly promotional displays"])]),
   ("Education", "lines", ["Bachelor of Business (Marketing), Eastvale University – 2024 to current", "VCE, Elmhurst Secondary College, 2021 (ATAR 78.4)"]),
   ("Skills", "list", ["Cash handling and EFTPOS", "Forklift licence (LF)", "Working with Children Check"])],
  fs=10),

# ------------------------------------------------------------------ w005
R("w005.docx", "Irish lab assistant with a café job and a short hotel internship, Word tab-stop dates with bold titles",
  "docx", "tabs", "title_org", "mon", "Present", "Aoife Kennelly",
  ["Carrigduff, Co. Cork", "087 555 2291", "aoife.kennelly@mailbox.ie"],
  [("Personal Statement", "para", "Science graduate with some hospitality experience. Friendly, organised and keen to work with the public."),
   ("Work Experience", "entries", [
     E("Laboratory Assistant", "Lee Valley Dairy Co-op", "Kilbrogan, Co. Cork", "2024-09", "present", "affecting", None, [
       "Sample milk intake and run butterfat and bacteria tests before release",
       "Record results on the QA system and flag failed batches to the shift manager"]),
     E("Barista", "The Quay Coffee House", "Lee Harbour", "2023-06", "2024-08", "facing", "in_person_service", [
       "Made coffees and served customers at the counter in a busy city-centre café",
       "Opened the shop on Saturdays and did the cash-up"]),
     E("Front Office Intern", "Glenmore House Hotel", "Kilcrane, Co. Cork", "2022-06", "2022-08", "facing", "in_person_service", [
       "Checked guests in and out on Opera PMS under supervision",
       "Answered phone reservations and emails"], etype="internship"),
     E("Lab Demonstrator (part-time)", "University College Munster", "Lee Harbour", "2023-01", "2023-05", "facing", "education", [
       "Supervised first-year chemistry practicals and helped students with lab write-ups"],
       section="other")]),
   ("Education", "lines", ["BSc Biological and Chemical Sciences, University College Munster (2.1), 2023", "Leaving Certificate 2019, 495 points"]),
   ("Interests", "para", "Camogie, sea swimming and baking.")],
  bullet="•"),

# ------------------------------------------------------------------ w006
R("w006.md", "US long-time warehouse worker with a short gig delivery stint and a hardware counter job, Markdown with h3 titles",
  "md", "h3", "title_org", "month", "Present", "Marcus Delgado",
  ["Saguaro Springs, AZ", "(520) 555-0104", "marcus.delgado@mailbox.com"],
  [("Experience", "entries", [
     E("Inventory Control Associate", "Sonoran Auto Parts Distribution", "Saguaro Springs, AZ", "2023-02", "present", "affecting", None, [
       "Cycle counts and bin audits across a 200,000 sq ft distribution centre",
       "Research order shortages so store orders ship complete"]),
     E("Delivery Driver (app-based)", "Self-employed", "Saguaro Springs, AZ", "2022-09", "2023-01", "affecting", None, [
       "Picked up restaurant orders and dropped them at the door (contactless drop-off)",
       "Kept a 4.9 rating over 900+ deliveries"], etype="freelance"),
     E("Counter Sales Associate", "Mesa Hardware & Supply", "Saguaro Springs, AZ", "2021-10", "2022-08", "facing", "in_person_service", [
       "Served contractors and homeowners at the pro counter, looked up parts and rang up sales",
       "Cut keys and mixed paint"]),
     E("Material Handler", "Cactus Packaging Inc.", "Saguaro Springs, AZ", "2018-05", "2021-09", "none", None, [
       "Fed corrugated board into the die-cutter and moved finished pallets to staging",
       "Forklift certified"])]),
   ("Education", "lines", ["Pima Valley Community College – coursework in Business Administration", "Palo Verde Ridge High School, diploma"]),
   ("Skills", "list", ["Forklift / reach truck", "SAP inventory transactions", "Bilingual English/Spanish"])],
  md="h3", bullet="-"),

# ------------------------------------------------------------------ w007
R("w007.pdf", "UK school leaver with a Saturday café job, a summer holiday camp and a factory packing job, reportlab shaded sidebar",
  "rl", "sidebar", "pipe", "mon", "Present", "Ellie Whitcombe",
  ["Sevenbridge", "07700 900 563", "ellie.w@mailbox.co.uk"],
  [("Personal Profile", "para", "Hard-working 19-year-old looking for a full-time customer service apprenticeship."),
   ("Experience", "entries", [
     E("Production Operative", "Severnside Bakeries Ltd", "Sevenbridge", "2024-09", "present", "affecting", None, [
       "Packing and labelling sandwiches and wraps for supermarket customers on the early shift",
       "Metal-detector and label checks every 30 minutes"]),
     E("Activity Leader", "Brightsparks Holiday Club", "Lydcombe", "2024-07", "2024-08", "facing", "education", [
       "Ran games, crafts and sports for children aged 5–11 over the summer holidays"], dates="Jul – Aug 2024"),
     E("Café Assistant (Saturdays)", "The Pantry on Westgate", "Sevenbridge", "2023-10", "2024-06", "facing", "in_person_service", [
       "Took orders at the counter, made drinks and cleared tables"])]),
   ("Education", "lines", ["Sevenbridge Vale Academy – 2024", "GCSEs: English 5, Maths 4, Food Tech 6 + 4 others"])],
  side=[("Skills", ["Till and card payments", "Food Hygiene Level 2", "Teamwork"]),
        ("Interests", ["Netball", "Baking"]),
        ("References", "Available on request")], fs=10),

# ------------------------------------------------------------------ w008
R("w008.docx", "Canadian nursing-home cook's helper moving into patient transport, Word borderless table per job",
  "docx", "table", "title_org", "month", "Present", "Tomasz Kowalczyk",
  ["Bayfield Heights, ON", "905-555-0188", "tkowalczyk@mailbox.ca"],
  [("Summary", "para", "Dependable worker with four years in long-term care kitchens and a recent move to patient-facing work."),
   ("Employment", "entries", [
     E("Patient Transport Attendant (casual)", "Escarpment Health Partners", "Bayfield Heights, ON", "2025-08", "present", "facing", "healthcare_care", [
       "Move patients by wheelchair and stretcher between wards, imaging and clinics",
       "Reassure patients and families and report changes in condition to nursing staff"]),
     E("Dietary Aide", "Maplecrest Long-Term Care", "Bayfield Heights, ON", "2021-03", "2025-07", "affecting", None, [
       "Prepared texture-modified meals to each resident's diet card",
       "Plated trays and loaded carts for the nursing team to deliver"]),
     E("Snow Removal Labourer", "Bayfront Property Services", "Bayfield Heights, ON", "2020-12", "2021-02", "none", None, [
       "Shovelled and salted commercial lots on overnight call-outs"], dates="Winter 2020–21")]),
   ("Education & Training", "lines", ["Personal Support Worker certificate (in progress), Niagara Ridge College",
                                      "Safe Food Handling certificate", "WHMIS, First Aid/CPR-C"])],
  bullet="•"),

# ------------------------------------------------------------------ w009
R("w009.html", "Australian backpacker-style résumé with farm, fruit-packing and hostel work, HTML page with a table layout",
  "html", "table", "dash", "mon", "Present", "Lucy Fairbairn",
  ["Marlin Heads QLD", "0423 555 116", "lucy.fairbairn@mailbox.com.au"],
  [("Profile", "para", "Outgoing and practical, looking for a guest services or tour desk role in Marlin Heads."),
   ("Work Experience", "entries", [
     E("Hostel Reception (work-for-stay)", "Reef Lodge Backpackers", "Marlin Heads QLD", "2026-04", "present", "facing", "in_person_service", [
       "Check guests in, sell tour bookings and answer questions about the area",
       "Handle noise complaints and late arrivals on the evening shift"], etype="unknown"),
     E("Fruit Packer", "Tablelands Fresh Packing", "Barron Flats QLD", "2025-10", "2026-03", "affecting", None, [
       "Graded and packed mangoes to supermarket specifications on the packing line"]),
     E("Farmhand", "Boyd Family Cattle Co.", "Gidgee Downs QLD", "2024-02", "2025-06", "none", None, [
       "Fencing, water runs, mustering and general station maintenance"]),
     E("Swim Instructor", "Aquadome Leisure Centre", "Range View QLD", "2023", "2023", "facing", "education", [
       "Taught learn-to-swim classes for children aged 3–10 on weekends"])]),
   ("Certificates", "list", ["RSA (Responsible Service of Alcohol)", "First Aid and CPR", "AUSTSWIM Teacher of Swimming"])],
  html="table", bullet="•"),

# ------------------------------------------------------------------ w010
R("w010.pdf", "US community-college student with overlapping part-time jobs (tutoring centre, grocery delivery picker, movie theater), fpdf2 centred header",
  "fpdf", "centred", "org_title", "m/yyyy", "Present", "Brianna Tolliver",
  ["Briar Hollow, KY", "(859) 555-0147", "bri.tolliver@mailbox.com"],
  [("Education", "lines", ["A.A. in General Studies (expected May 2027) – Bluegrass Ridge Community College, GPA 3.6"]),
   ("Work Experience", "entries", [
     E("Personal Shopper", "Kroll's Grocery (online orders)", "Briar Hollow, KY", "2025-05", "present", "affecting", None, [
       "Pick and bag online grocery orders and choose substitutions against the customer's notes",
       "Stage orders in the cooler for curbside pickup"]),
     E("Peer Tutor – Math Lab", "Bluegrass Ridge Community College", "Briar Hollow, KY", "2026-02", "present", "facing", "education", [
       "Drop-in tutoring for algebra and statistics students, 8 hrs/week"], etype="paid", section="other"),
     E("Concessions & Usher", "Starlite Cinemas 10", "Briar Hollow, KY", "2024-06", "2024-08", "facing", "in_person_service", [
       "Sold concessions, checked tickets and cleaned auditoriums between showings"], dates="Summer 2024")]),
   ("Skills", "list", ["Google Workspace", "Cash register", "CPR certified"]),
   ("Activities", "lines", ["Phi Theta Kappa member", "Church youth band (keys)"])],
  fs=10, paper="letter", sep=" - "),

# ------------------------------------------------------------------ w011
R("w011.docx", "Irish career changer from a meat plant and forklift work to a retail job, Word two-column layout table with shaded sidebar",
  "docx", "sidebar", "title_org", "mm/yyyy", "to date", "Ciarán Duggan",
  ["Ardlahan, Co. Westmeath", "086 555 4470", "ciaran.duggan@mailbox.ie"],
  [("Career Summary", "para", "Eight years in food production and warehousing, now working in retail and looking to build on it."),
   ("Career History", "entries", [
     E("Sales Assistant", "Shannonside Homestore", "Ardlahan", "2025-12", "present", "facing", "in_person_service", [
       "Advising customers on furniture and flooring, taking orders and arranging delivery dates",
       "Following up on late deliveries by phone"]),
     E("Forklift Driver", "Midland Cold Stores", "Ardlahan", "2020-04", "2025-11", "affecting", None, [
       "Loading and unloading chilled trailers for supermarket deliveries; dispatch paperwork"]),
     E("General Operative", "Ballykeeran Meats", "Ballyderrig", "2017-03", "2020-03", "none", None, [
       "Boning hall and packing line work; cleaning down at end of shift"])])],
  side=[("Skills", ["Forklift (counterbalance & reach)", "Manual Handling", "Safe Pass", "Full B licence"]),
        ("Education", ["Leaving Certificate Applied, 2016"]),
        ("Hobbies", ["GAA (club treasurer)", "Fishing"])], bullet="-"),

# ------------------------------------------------------------------ w012
R("w012.txt", "UK graduate with a two-month retail Christmas temp job, a university library job and a QA internship, plain text with underlined headings and dates first",
  "txt", "plain", "datesfirst", "mon", "Present", "Harriet Osei",
  ["Airebridge", "07700 900 771 | harriet.osei@mailbox.co.uk"],
  [("Education", "lines", ["BSc Computer Science (2:1), University of West Riding, 2022–2025"]),
   ("Experience", "entries", [
     E("Software Test Analyst", "Cobble Lane Software", "Airebridge", "2025-09", "present", "affecting", None, [
       "Write and run test cases for a booking app used by independent gyms",
       "Log defects in Jira and retest fixes before each release"]),
     E("Christmas Temp – Sales Adviser", "Hartley & Lowe Department Store", "Airebridge", "2024-11", "2024-12", "facing", "in_person_service", [
       "Served customers on the fragrance counter and wrapped gifts"]),
     E("Library Assistant (part-time)", "University of West Riding Library", "Airebridge", "2024-10", "2025-06", "facing", "in_person_service", [
       "Staffed the help desk on evening shifts: borrowing queries, room bookings and printing problems",
       "Shelving and returns processing"], section="other"),
     E("QA Intern", "Pennine Games Studio", "Colnebury", "2024-06", "2024-09", "affecting", None, [
       "Played pre-release builds and reported bugs with reproduction steps"], etype="internship")]),
   ("Skills", "list", ["Python, SQL, Selenium", "Jira, TestRail"]),
   ("References", "para", "Available on request.")],
  txt_head="underline", bullet="*"),

# ------------------------------------------------------------------ w013
R("w013.pdf", "Canadian newcomer with survival jobs (cleaner, warehouse, call centre) and earlier overseas lab work, two-page reportlab with page footer",
  "rl", "plain", "title_org", "mon", "Present", "Rahul Venkatesan",
  ["Etobrook, ON", "647-555-0163", "rahul.venkat@mailbox.ca"],
  [("Professional Summary", "para", "Microbiology graduate with four years of laboratory experience and Canadian experience in "
    "warehouse and contact-centre work. Permanent resident since 2024. Seeking an entry-level lab or customer support role "
    "in the GTA. Strong attention to detail, reliable, and comfortable with shift work."),
   ("Canadian Work Experience", "entries", [
     E("Warehouse Associate", "Peel Fulfilment Centre", "Etobrook, ON", "2025-03", "present", "affecting", None, [
       "Pick, pack and ship e-commerce orders; resolve mis-picks flagged by customer service",
       "Trained new hires on scanner use and safety"]),
     E("Customer Care Agent (contract)", "NorthReach Contact Solutions", "Credit Landing, ON", "2024-07", "2024-11", "facing", "contact_center", [
       "Answered inbound calls for a telecom client: billing questions, plan changes and payment arrangements",
       "Averaged 55 calls per shift with a 4.6/5 customer satisfaction score"]),
     E("Commercial Cleaner (evenings)", "Brightline Janitorial", "Etobrook, ON", "2024-03", "2024-10", "none", None, [
       "Cleaned offices after hours; floors, washrooms, garbage and recycling"])]),
   ("International Experience", "entries", [
     E("Microbiology Technician", "Devgiri Diagnostics Pvt. Ltd.", "Devgiri, India", "2019-08", "2023-11", "affecting", None, [
       "Processed blood and urine cultures and reported sensitivity results to physicians via the LIS",
       "Maintained internal QC records for NABL accreditation",
       "Prepared media and calibrated incubators and autoclaves"]),
     E("Trainee Lab Technician", "Devgiri Diagnostics Pvt. Ltd.", "Devgiri, India", "2019-02", "2019-07", "none", None, [
       "Six-month industrial training in sample accessioning, staining and media preparation"], etype="internship")]),
   ("Education", "lines", ["M.Sc. Microbiology, Deccan Valley University, 2019", "B.Sc. Microbiology, Deccan Valley University, 2017",
                           "WES credential evaluation (2024)"]),
   ("Skills", "list", ["Aseptic technique, Gram staining, culture and sensitivity", "LIS data entry, Excel",
                       "Avaya phone system, Salesforce Service Cloud", "English, Hindi, Tamil, Marathi"]),
   ("References", "lines", ["Sunita Rao, Lab Manager – available on request", "Jason Meyers, Team Lead – available on request"])],
  footer="Rahul Venkatesan – Page {n}", fs=11.5, paper="letter"),

# ------------------------------------------------------------------ w014
R("w014.docx", "Australian aged-care cleaner with a short hospital ward-clerk contract and a pool lifeguard job, name and contact in the Word page header",
  "docx", "header", "org_title", "mon", "Current", "Shannon Pike",
  ["Goldfields Creek VIC", "0438 555 302", "shannon.pike@mailbox.com.au"],
  [("Career Objective", "para", "Looking for a permanent reception or admin role in health."),
   ("Employment History", "entries", [
     E("Cleaner / Environmental Services", "Wattle Grove Aged Care", "Goldfields Creek VIC", "2023-05", "present", "affecting", None, [
       "Clean residents' rooms, bathrooms and common areas to infection control standards",
       "Terminal cleans after outbreaks"]),
     E("Ward Clerk (6-month contract)", "Goldfields West Private Hospital", "Goldfields Creek VIC", "2022-09", "2023-02", "facing", "in_person_service", [
       "Greeted patients and visitors at the ward desk and directed them",
       "Booked follow-up appointments and answered ward phone calls from families",
       "Kept medical records and admission paperwork in order"]),
     E("Lifeguard (casual)", "Goldfields Creek Aquatic Centre", "Goldfields Creek VIC", "2021-10", "2022-03", "facing", "other_facing", [
       "Supervised the outdoor pool and enforced pool rules", "Gave first aid for minor injuries"],
       dates="Summer season 2021–22")]),
   ("Training", "list", ["Infection Control (2023)", "Cert III Health Administration (2022)", "Pool Lifeguard, Royal Life Saving"])],
  bullet="•", footer="References available on request"),

# ------------------------------------------------------------------ w015
R("w015.md", "US lab-animal caretaker with a vet-clinic reception job and dog-walking gig, Markdown with bold title lines and italic dates",
  "md", "bold", "dash", "iso", "Present", "Natalie Sorensen",
  ["Lakemont, WI · (608) 555-0129 · natalie.sorensen@mailbox.org"],
  [("Experience", "entries", [
     E("Animal Care Technician", "Badger State University Research Animal Resources", "Lakemont, WI", "2024-04", "present", "none", None, [
       "Daily husbandry for rodent colonies: cage changes, feeding, health checks",
       "Record observations in the colony database for research staff"]),
     E("Veterinary Receptionist", "Lakeview Animal Hospital", "Fenwick, WI", "2023-05", "2024-03", "facing", "in_person_service", [
       "Checked in pets and owners, booked appointments and took payments",
       "Called owners with lab results and reminder notices"]),
     E("Dog Walker", "Self-employed", "Lakemont, WI", "2022-09", "2023-04", "facing", "entrepreneurial_freelance", [
       "Walked dogs for 8 regular clients; met new owners for meet-and-greets and handled scheduling and invoicing by text"],
       etype="freelance"),
     E("Kennel Assistant", "Happy Tails Boarding", "Lakemont, WI", "2021-06", "2022-08", "affecting", None, [
       "Fed and exercised boarding dogs, cleaned runs and gave medication per owner instructions"])]),
   ("Education", "lines", ["B.S. Animal Science, Badger State University, 2021"]),
   ("Certifications", "list", ["AALAS Assistant Laboratory Animal Technician (ALAT)", "Fear Free Certified Professional"])],
  md="bold", bullet="-", sep=" to "),
]
