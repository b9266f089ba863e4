from lib import E

F, A, N = "facing", "affecting", "none"
IP, CC, DS, SA, HC, ED, VO, EF, IS, OF = ("in_person_service", "contact_center", "digital_service", "sales_account",
                                          "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
                                          "internal_support", "other_facing")

R = []

R.append(dict(
    id="w001", fmt="pdf", renderer="reportlab", layout="plain", hdr="title_org", dates="mon", present="Present",
    family="UK supermarket customer assistant with agency warehouse work, Word-to-PDF single column, right-aligned dates",
    name="Leah Marsden", contact=["14 Calder View, Ossett WF5 9QT", "07700 912 448  |  leah.marsden@mailbox.co.uk"],
    blocks=[
        ("Personal Statement", "Friendly and reliable, currently working on the tills and the customer service desk. I am looking "
         "for a full-time role in a contact centre where I can use my experience of dealing with customers and queries."),
        ("Employment", [
            E("Customer Assistant", "Pennyfield Foods", "Wakefield", "2026-01", "present", F, IP, [
                "Serving customers on the checkouts and self-scan area",
                "Covering the customer service desk: refunds, lottery, parcel collections",
                "Dealing with complaints calmly and passing on to the duty manager when needed"]),
            E("Warehouse Operative (via Staffline Direct)", "Stanbury Logistics", "Normanton", "2024-02", "2025-12", A, None, [
                "Picking and packing online orders for home delivery using a handheld scanner",
                "Checking orders for damages before despatch, hitting pick rate targets"]),
            E("Christmas Sales Assistant", "Hallam & Rowe", "Leeds", "2023-11", "2024-01", F, IP, [
                "Helping customers on a busy shop floor and wrapping gifts at the till"]),
            E("Kitchen Porter", "The Drovers Rest", "Ossett", "2022-05", "2023-08", A, None, [
                "Washing up, keeping the kitchen clean, basic veg prep for the chefs"]),
            E("Car Valeter (Saturdays)", "Calder Motors", "Dewsbury", "2021-06", "2022-04", A, None, [
                "Valeting used cars ready for handover to buyers"]),
        ]),
        ("Education", ["Horbury Academy – GCSEs incl. English (5) and Maths (4), 2022"]),
        ("Skills", ["Cash handling, Microsoft Word and Excel (basic), full UK driving licence"]),
        ("References", "Available on request."),
    ]))

R.append(dict(
    id="w002", fmt="docx", renderer="docx", layout="styles", hdr="title_org", dates="month", present="Current",
    family="Irish healthcare assistant with overlapping home-care job, Word heading styles and list bullets",
    name="Siobhan Keary", contact=["Tralee, Co. Kerry", "087 114 2290", "siobhan.keary@mailbox.ie"],
    blocks=[
        ("Profile", "Caring, patient and a good listener. Four years working with the public in care and retail. "
         "Seeking a move to a customer support role with regular hours."),
        ("Work Experience", [
            E("Healthcare Assistant", "Ardmore Lodge Nursing Home", "Tralee", "2025-03", "present", F, HC, [
                "Personal care for residents with dementia, mealtimes and mobility",
                "Talking with families at visiting time and on the phone about how their relative is doing",
                "Recording care notes on the Epicare system"]),
            E("Home Support Worker (part-time)", "Kerry Homecare Partners", "Listowel", "2024-06", "2025-05", F, HC, [
                "Evening and weekend calls to older clients in their own homes",
                "Help with meals, medication prompts and companionship"]),
            E("Retail Assistant", "Kilbride Pharmacy", "Tralee", "2023-01", "2024-05", F, IP, [
                "Served customers at the counter and took in prescriptions",
                "Advised on skincare and baby products, handled stock deliveries"]),
            E("Stock Room Volunteer", "Second Chance Charity Shop", "Tralee", "2022-09", "2022-12", A, None, [
                "Sorting, steaming and pricing donated clothes in the back room"], section="volunteer", etype="volunteer"),
        ]),
        ("Education & Training", ["* QQI Level 5 Healthcare Support, Kerry College (2024)", "* Leaving Certificate, 2022",
                                  "* Manual Handling, Patient Moving & Handling, Hand Hygiene"]),
        ("Interests", "Gaelic football (coach the U10 girls on Saturdays), baking, sea swimming."),
    ]))

R.append(dict(
    id="w003", fmt="txt", renderer="txt", layout="plain", hdr="dash", dates="mm/yyyy", present="Present", txt_head="caps",
    bullet="-", txt_right="pad", width=80,
    family="US delivery driver and grocery picker, plain text pasted from a phone, 'Title – Employer, Town' with padded dates",
    name="MARCUS D. ELLERBY", contact=["Columbus, OH 43207", "(614) 555-0182", "marcus.ellerby@mailbox.com"],
    blocks=[
        ("Objective", "Looking to get off the road and into a stable call center / customer service position. Good with "
         "people, dependable, can type 45 wpm."),
        ("Work History", [
            E("Delivery Driver", "Swiftlane Courier Services", "Columbus, OH", "2025-05", "present", A, None, [
                "Deliver 140-180 packages a day on an assigned route",
                "Scan and photograph packages at the door, most drops are contactless",
                "Pre-trip inspections, keep van clean and loaded in stop order"]),
            E("Personal Shopper", "FreshCart Grocery", "Grove City, OH", "2024-08", "2025-04", F, IP, [
                "Picked online grocery orders in store during opening hours",
                "Answered shoppers' questions on the floor and helped them find items",
                "Called customers about substitutions before checkout"]),
            E("Line Cook", "Buckeye Smokehouse", "Columbus, OH", "2022-03", "2024-07", A, None, [
                "Grill and fry stations, prepped for dinner rush, kept line stocked"]),
            E("Dishwasher", "Buckeye Smokehouse", "Columbus, OH", "2021-06", "2022-02", A, None, []),
        ]),
        ("Education", ["South Ridge High School, Diploma 2021"]),
        ("Other", ["Valid OH driver license, clean record", "Available nights and weekends"]),
    ]))

R.append(dict(
    id="w004", fmt="pdf", renderer="fpdf2", layout="left", hdr="org_title", dates="month", present="Present",
    family="Australian hospitality worker with seasonal jobs, fpdf2 left-aligned, employer line first with dates right",
    name="Jayden Okafor-Reid", contact=["Cairns QLD 4870  ·  0412 550 987  ·  jayden.or@mailbox.com.au"],
    blocks=[
        ("About me", "Hospitality all-rounder with a bit over a year of front-of-house experience, happy working rotating "
         "shifts and weekends. Keen to move into a phone-based customer service team."),
        ("Experience", [
            E("Food & Beverage Attendant", "Reef Terrace Hotel", "Cairns", "2025-12", "present", F, IP, [
                "Serving guests at the pool bar and breakfast buffet",
                "Taking room-charge payments and dealing with guest requests"]),
            E("Barista", "Esplanade Roasters", "Cairns", "2025-09", "2025-11", F, IP, [
                "Coffee for 200+ customers on a weekend morning, till and EFTPOS"]),
            E("Fruit Picker", "Mareeba Highlands Farms", "Mareeba", "2024-11", "2025-03", N, None, [
                "Picking and grading mangoes, seasonal contract"]),
            E("Housekeeping Attendant", "Palm Cove Holiday Apartments", "Palm Cove", "2024-04", "2024-10", A, None, [
                "Cleaning and restocking apartments between guest stays"]),
        ]),
        ("Certificates", ["RSA (QLD), Food Safety Supervisor, First Aid HLTAID011"]),
        ("Referees", "Provided on request"),
    ]))

R.append(dict(
    id="w005", fmt="docx", renderer="docx", layout="tabs", hdr="title_org", dates="mon", present="Present", bullet="•",
    family="UK returner after caring for a parent, Word tab-stop dates, career gap listed as an entry",
    name="Gillian Astley", contact=["Stockport, SK4  |  07911 203 664  |  g.astley@mailbox.co.uk"],
    blocks=[
        ("Summary", "Returning to work after three years caring for my mother. Previously office and reception work. "
         "Confident on the phone and with computers; have kept up my skills with an online course."),
        ("Career History", [
            E("Full-time Carer (family)", None, None, "2023-06", "2026-08", N, None, [
                "Cared for my mother at home until she moved into residential care"], etype="unknown"),
            E("Office Administrator", "Bramhall Lettings & Property", "Bramhall", "2021-02", "2023-05", A, None, [
                "Prepared tenancy agreements and inventories, chased references",
                "Logged repair requests onto the system and booked contractors",
                "Rent reconciliations and landlord statements"]),
            E("Receptionist (maternity cover)", "Heaton Moor Physiotherapy", "Stockport", "2020-03", "2020-12", F, IP, [
                "Greeted patients, booked and rescheduled appointments by phone",
                "Took payments and processed insurance details"]),
            E("Payroll Clerk", "Mersey Valley Fabrications Ltd", "Stockport", "2016-09", "2020-02", N, None, [
                "Weekly payroll for 85 hourly staff, timesheets, HMRC submissions"]),
            E("Accounts Assistant", "Mersey Valley Fabrications Ltd", "Stockport", "2012", "2016", N, None, [
                "Purchase ledger, supplier statements, month-end filing"]),
        ]),
        ("Training", ["Google IT Support basics (online, 2026)", "ECDL"]),
        ("Hobbies", "Walking group, book club."),
    ]))

R.append(dict(
    id="w006", fmt="md", renderer="md", layout="h3", hdr="title_org", dates="apos", present="Now", sep=" - ",
    family="Canadian student with short overlapping part-time jobs, Markdown with h3 titles and apostrophe years",
    name="Priya Raghunathan", contact=["Hamilton, ON", "905-555-0147 · priya.r@mailbox.ca"],
    blocks=[
        ("Education", ["**Mohawk Valley College** — Business Administration diploma (2nd year), expected 2027"]),
        ("Experience", [
            E("Cashier", "Northend Hardware", "Hamilton, ON", "2026-05", "present", F, IP, [
                "Ring up sales, returns and rain checks",
                "Help contractors and walk-in customers find the right parts"]),
            E("Tutor (Math & English)", "BrightPath Learning Centre", "Hamilton, ON", "2025-09", "2026-04", F, ED, [
                "Small-group tutoring for grades 5-8 twice a week, progress notes for parents"], etype="paid"),
            E("Campus Tour Guide", "Mohawk Valley College", "Hamilton, ON", "2025-09", "2025-11", F, OF, [
                "Led prospective students and families on campus tours during fall open house"], section="other"),
            E("Shelver", "Hamilton Public Library – Westdale Branch", "Hamilton, ON", "2024-07", "2025-08", A, None, [
                "Shelved returns, shifted collections, pulled holds for the front desk"]),
        ]),
        ("Skills", ["- Bilingual English / Tamil", "- MS Office, Google Workspace, basic Canva"]),
    ]))

R.append(dict(
    id="w007", fmt="pdf", renderer="reportlab", layout="sidebar", hdr="pipe", dates="mon", present="Current", sep=" - ",
    family="NZ retail supervisor and telesales, reportlab shaded left sidebar, pipe title/employer/town line",
    name="Tama Whaanga", contact=[], side_title="Work History",
    side=[("Contact", ["Hamilton East", "021 555 7703", "tama.whaanga@mailbox.co.nz"]),
          ("Skills", ["Calm under pressure", "EFTPOS & POS systems", "Salesforce (basic)", "Typing 50 wpm"]),
          ("Languages", ["English, Te Reo Maori (conversational)"]),
          ("Availability", ["Full time, rotating shifts OK"])],
    blocks=[
        (None, [
            E("Retail Supervisor", "Outdoor Gear Depot", "Hamilton", "2026-02", "present", F, IP, [
                "Run the floor on weekends, sort out returns and customer complaints",
                "Train new staff on the till and lay-by process"]),
            E("Telesales Representative", "KiwiPower Energy", "Hamilton", "2025-10", "2026-01", F, CC, [
                "Outbound calls to households offering power and broadband bundles",
                "Logged calls in Salesforce, 15% above sign-up target in December"]),
            E("Forklift Driver", "Waikato Timber Products", "Te Rapa", "2023-02", "2025-09", N, None, [
                "Moved timber packs between the mill, kilns and treatment plant",
                "Daily forklift checks, kept yard tidy"]),
            E("Nightfill Team Member", "Valu Mart Supermarket", "Hamilton", "2022-03", "2023-01", A, None, [
                "Stocked shelves after closing, faced up aisles for the morning"]),
        ]),
        ("Education", ["Fraser High School, NCEA Level 2"]),
    ]))

R.append(dict(
    id="w008", fmt="docx", renderer="docx", layout="table", hdr="title_org", dates="mm/yyyy", present="Present",
    family="South African call-centre applicant with learnership and retail, Word borderless table per job",
    name="Nomvula Dlamini", contact=["Soweto, Johannesburg", "072 555 1934", "nomvula.dlamini@mailbox.co.za"],
    blocks=[
        ("Personal Details", ["ID: available on request   Driver's licence: Code B   Languages: English, isiZulu, Sesotho"]),
        ("Career Objective", "To join a busy contact centre where I can grow and use my experience with customers."),
        ("Work Experience", [
            E("Cashier", "Sunrise Cash & Carry", "Soweto", "2025-09", "present", F, IP, [
                "Process customer purchases, cash and card, airtime and electricity vouchers",
                "Cash-up at end of shift, pack shelves when the store is quiet"]),
            E("Learner – Contact Centre NQF 2", "Ubuntu Skills Academy", "Johannesburg", "2024-08", "2025-07", F, CC, [
                "Classroom training plus practical on the inbound line of a municipal billing helpdesk",
                "Answered account queries from residents under supervision"], etype="internship"),
            E("General Worker", "Rand Packaging Solutions", "Germiston", "2023-01", "2024-06", N, None, [
                "Machine feeding and stacking boxes on the production floor"]),
        ]),
        ("Education", ["Matric (Grade 12), Dlamini Secondary School, 2022", "NQF Level 2 Contact Centre Operations (2025)"]),
        ("References", ["Mr S. Khumalo – Store Manager, Sunrise Cash & Carry – 011 555 0192"]),
    ]))

R.append(dict(
    id="w009", fmt="html", renderer="html", layout="web", hdr="dates_first", dates="iso", present="present", sep=" to ",
    family="Irish hospitality worker, HTML export from an online CV builder, dates first, ISO months",
    name="Ciaran Mulvihill", contact=["Galway city", "083 555 2871", "ciaran.mulvihill@mailbox.ie"],
    blocks=[
        ("Profile", "Bar and restaurant experience in busy venues, now looking for a customer service agent role with "
         "day shifts."),
        ("Experience", [
            E("Bartender", "The Long Walk Tavern", "Galway", "2025-04", "present", F, IP, [
                "Serving drinks and food orders, taking payments, keeping the bar clean and stocked",
                "Dealing with customer complaints and refusing service where needed"]),
            E("Commis Chef", "Salthill Bay Hotel", "Galway", "2023-09", "2025-03", A, None, [
                "Cold section and breakfasts, HACCP records, prep lists"]),
            E("Festival Steward", "Eyre Square Events Ltd", "Galway", "2023-07", "2023-07", F, OF, [
                "Bag checks and directions for the public at the summer arts festival"], dtext="July 2023"),
            E("Sorting Operative (Christmas)", "An Post Mails Centre", "Athenry", "2022-11", "2022-12", A, None, [
                "Sorting letters and parcels by route during the Christmas peak"]),
        ]),
        ("Education", ["Leaving Certificate, Coláiste Bhride, 2022"]),
        ("Interests", "Hurling, music."),
    ]))

R.append(dict(
    id="w010", fmt="pdf", renderer="fpdf2", layout="center", align="center", hdr="title_org", dates="month",
    present="Present", bullet="–",
    family="Philippine BPO returner with overseas domestic work, fpdf2 centred header, long month names",
    name="Maricel D. Saguinsin", contact=["Brgy. San Isidro, Antipolo City, Rizal", "0917 555 4410 | maricel.saguinsin@mailbox.ph"],
    blocks=[
        ("Objective", "To be part of your company as a Customer Service Representative and to use my previous BPO experience."),
        ("Work Experience", [
            E("Domestic Helper", None, "Hong Kong", "2022-02", "2026-01", F, OF, [
                "Household cleaning, cooking and laundry for a private family", "Took care of the family's two children"],
                etype="paid"),
            E("Customer Service Representative", "TeleAxis Global Solutions Inc.", "Pasig City", "2020-11", "2021-09", F, CC, [
                "Handled inbound calls for a US telecom account (billing and plan changes)",
                "Maintained AHT and CSAT targets, documented calls in the CRM"]),
            E("Sales Clerk", "Mega Savers Department Store", "Antipolo City", "2019-04", "2020-08", F, IP, [
                "Assisted shoppers in the ladies' wear section, handled fitting room"]),
            E("Service Crew", "Kainan Express Foods", "Cainta, Rizal", "2018-06", "2019-03", F, IP, [
                "Took orders at the counter, served food, cleaned the dining area"]),
        ]),
        ("Education", ["Bachelor of Science in Office Administration (undergraduate, 3rd year), Rizal Polytechnic College"]),
        ("Skills", ["English and Filipino, typing 40 wpm, MS Office"]),
        ("Character References", ["Available upon request"]),
    ]))

R.append(dict(
    id="w011", fmt="docx", renderer="docx", layout="layout", hdr="title_org", dates="mon", present="Present",
    side_hex="E4EDE4", side_title="Employment",
    family="UK warehouse team leader with a help-desk stint, Word two-column layout table with shaded sidebar",
    name="Dariusz Kowalczyk", contact=["Northampton", "07455 661 208", "d.kowalczyk@mailbox.co.uk"],
    side=[("Key skills", ["Team leading", "WMS / SAP", "Counterbalance & reach licence", "Polish (native)"]),
          ("Education", ["Technikum Logistyczne, Poznan (2012)", "NVQ L2 Team Leading (2021)"])],
    blocks=[
        (None, [
            E("Warehouse Team Leader", "Brackmills Fulfilment Centre", "Northampton", "2021-04", "present", A, None, [
                "Lead a team of 14 pickers and packers for an online fashion retailer",
                "Resolve mis-picks and returns flagged by the customer care team",
                "Daily KPIs, rotas, inductions for agency staff"]),
            E("IT Service Desk Agent (temp)", "Nene Valley Housing Trust", "Wellingborough", "2020-07", "2021-03", F, IS, [
                "First-line support by phone for 300 staff: passwords, printers, Outlook",
                "Logged and escalated tickets in ServiceNow"]),
            E("Warehouse Operative", "Brackmills Fulfilment Centre", "Northampton", "2016-05", "2020-06", A, None, [
                "Picking, packing and goods-in, trained new starters"]),
            E("Production Operator", "Wielkopolska Furniture Works", "Poznan", "2012", "2015", N, None, [
                "Assembly line, edge-banding machine"]),
        ]),
        ("Hobbies", "Five-a-side football, fixing old bikes."),
    ]))

R.append(dict(
    id="w012", fmt="txt", renderer="txt", layout="indeed", hdr="dateline", dates="month", present="Present",
    sep=" to ", txt_head="plain", bullet="",
    family="US job-board export pasted as text, retail and movie theater, title/company/dates on separate lines",
    name="Kayla Brooks", contact=["Tulsa, OK 74112", "kaylabrooks22@mailbox.com", "+1 918 555 0136"],
    blocks=[
        ("Work Experience", [
            E("Crew Member", "Marquee 12 Cinemas", "Tulsa, OK", "2025-12", "present", F, IP, [
                "Sell tickets and concessions, check tickets at the door",
                "Clean theaters between showings"]),
            E("Stocker", "Dollar Depot", "Tulsa, OK", "2025-03", "2025-11", A, None, [
                "Unloaded freight and stocked shelves, mostly before opening"]),
            E("Server", "Route 66 Pancake House", "Sapulpa, OK", "2024-10", "2025-02", F, IP, [
                "Took orders and served tables, handled checks and split payments"]),
            E("Babysitter", None, "Tulsa, OK", "2023-06", "2024-08", F, OF, [
                "Regular after-school and weekend care for two families' children"], etype="freelance"),
        ]),
        ("Education", ["High school diploma", "Memorial High School - Tulsa, OK", "2024"]),
        ("Skills", ["Cash handling (2 years)", "Customer service (1 year)", "Microsoft Excel"]),
        ("Certifications and Licenses", ["Food Handler Certificate", "CPR"]),
    ]))

R.append(dict(
    id="w013", fmt="pdf", renderer="reportlab", layout="twocol", hdr="at", dates="mm/yyyy", present="Present",
    sep=" - ", letter=True, caps_heads=False,
    family="US office admin moving to support, reportlab two-column header, 'Title at Employer' with right dates",
    name="Denise Alvarado", contact=["El Paso, TX 79912", "915-555-0120", "denise.alvarado@mailbox.com",
                                      "Bilingual English/Spanish"],
    blocks=[
        ("Summary", "Detail-oriented administrative professional, bilingual, with experience answering phones and "
         "handling billing questions. Seeking a Spanish-speaking customer care role."),
        ("Professional Experience", [
            E("Billing Specialist", "Franklin Mountain Medical Group", "El Paso, TX", "2023-05", "present", A, None, [
                "Post insurance payments and adjustments, work denials and resubmit claims",
                "Prepare patient statements and refunds for the front office to mail"]),
            E("Front Desk Coordinator", "Sunland Dental Care", "El Paso, TX", "2022-06", "2023-04", F, IP, [
                "Checked patients in and out, verified insurance, collected copays",
                "Answered a multi-line phone in English and Spanish"]),
            E("Data Entry Clerk (temp)", "Rio Grande Title Co.", "El Paso, TX", "2021-09", "2022-05", N, None, [
                "Keyed deeds and title records into the county database"]),
            E("Inventory Counter (seasonal)", "Sun City Inventory Services", "El Paso, TX", "2020-11", "2021-01", A, None, [
                "Overnight stock counts in retail stores for year-end inventory"]),
        ]),
        ("Education", ["A.A.S. Office Administration, El Paso Valley Community College, 2021"]),
        ("Software", ["Dentrix, Kareo, QuickBooks, Microsoft 365"]),
    ]))

R.append(dict(
    id="w014", fmt="docx", renderer="docx", layout="header", hdr="org_title", dates="mon", present="Till date",
    bullet="-", sep=" - ",
    family="Indian graduate with chat-support internship and family shop, Word name and contact in the page header",
    name="Rohit Sharma Naik", contact=["Pune 411014", "+91 98220 55716", "rohit.naik@mailbox.in"],
    blocks=[
        ("Career Objective", "A commerce graduate looking for a Customer Support Executive (voice / non-voice) role to "
         "build a career in service."),
        ("Academic Qualification", ["B.Com, Savitribai Phule Pune University, 2024 – 62%", "HSC 2021 – 71%, SSC 2019 – 78%"]),
        ("Work Experience", [
            E("Non-Voice Process Associate", "Quickserve Digital Pvt. Ltd.", "Pune", "2025-08", "present", F, DS, [
                "Resolve customer queries on chat and e-mail for a food-delivery app (refunds, late orders)",
                "Maintain FRT and CSAT scores, tag tickets in Freshdesk"]),
            E("Content Moderation Intern", "Quickserve Digital Pvt. Ltd.", "Pune", "2025-02", "2025-07", A, None, [
                "Reviewed restaurant menu photos and customer reviews against guidelines"], etype="internship"),
            E("Counter Assistant (family business)", "Naik General Stores", "Pune", "2019-06", "2024-12", F, IP, [
                "Helped at the counter on evenings and weekends while studying"], etype="unknown"),
            E("Home Tutor", None, "Pune", "2022", "2024", F, ED, [
                "Taught Maths and Accounts to Class 9-10 students at their homes"], etype="freelance"),
        ]),
        ("Skills", ["MS-Excel, typing 35 wpm, Hindi, Marathi, English"]),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
    ]))

R.append(dict(
    id="w015", fmt="md", renderer="md", layout="bold", hdr="title_org", dates="mon", present="Present", md_entry="**",
    family="Scottish student with a bookshop job and seasonal summer jobs, Markdown with bold titles",
    name="Eilidh Fraser", contact=["Aberdeen", "eilidh.fraser@mailbox.co.uk | 07388 554 120"],
    blocks=[
        ("About", "Second-year psychology student looking for part-time evening and weekend work in a contact centre."),
        ("Jobs", [
            E("Sales Assistant", "Union Street Books", "Aberdeen", "2025-10", "present", F, IP, [
                "Till, recommendations, ordering books in for customers", "Helping at author events"]),
            E("Activity Instructor", "Deeside Adventure Camp", "Banchory", "2025-06", "2025-08", F, OF, [
                "Ran kayaking and climbing sessions for groups of children and families"], dtext="Summer 2025"),
            E("Ice Cream Kiosk Assistant", "Beach Boulevard Kiosks", "Aberdeen", "2024-06", "2024-08", F, IP, [
                "Serving customers, cash and card, cleaning the kiosk"], dtext="Summer 2024"),
            E("Peer Mentor", "University of the North East", "Aberdeen", "2024-09", "2025-04", F, ED, [
                "Weekly drop-in sessions helping first-years with study skills"], section="other", etype="volunteer"),
        ]),
        ("Education", ["BSc Psychology (in progress), University of the North East", "Highers: English A, Psychology A, Maths B"]),
    ]))
