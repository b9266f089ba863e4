"""wild52 résumés w016–w030."""
from lib import E

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    file="w016.md", family="US returning father in Markdown: restaurant GM, stay-at-home years, substitute para; titles with dates in brackets",
    renderer="md", layout="paren", order="title_org", dates="mon", present="Present", sep="–", bullet="*",
    name="Marcus Delacroix-Feeney",
    contact=["Wicklow Park, NJ", "201-555-0182", "marcus.feeney@mailbox.com"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Ran a 140-seat restaurant for six years; stepped away in 2019 to be home with my kids",
            "ServSafe Manager, TIPS certified, NJ substitute credential",
            "Good in a crisis, better with a schedule",
        ])]),
        ("Recent Experience", [
            E("Substitute Paraprofessional", "Wicklow Park Public Schools", "Wicklow Park, NJ", "2024-09", "present", [
                "Support students with IEPs in general-ed classrooms 3-4 days a week, K-5",
                "Cover lunch and recess duty when called",
            ], cs="facing", kind="education"),
            E("Stay-at-home parent", None, None, "2019-01", "2024-12", [
                "Home with two kids; PTA hospitality chair 2022-2024",
            ], cs="none", etype="unknown", prec="year"),
        ]),
        ("Restaurant Experience", [
            E("General Manager", "Copper Kettle Bistro", "Hoboken Heights, NJ", "2013-04", "2019-02", [
                "Full P&L for a $3.2M restaurant; food cost down from 33% to 29%",
                "Hired, scheduled and trained a staff of 45",
                "Worked the floor Friday and Saturday nights, handled guest complaints and large-party bookings",
            ], cs="facing", kind="in_person_service"),
            E("Line Cook", "Copper Kettle Bistro", "Hoboken Heights, NJ", "2010-08", "2013-03", [
                "Grill and sauté stations, 250 covers on a Saturday",
            ], cs="affecting"),
        ]),
        ("Education", [("kv", "A.O.S. Culinary Arts, Garden State Culinary Institute", "2010")]),
    ],
))

# ---------------------------------------------------------------- w017
R.append(dict(
    file="w017.docx", family="US Army Reserve culinary specialist and civilian kitchen manager, Word two-column layout table with shaded sidebar",
    renderer="docx", layout="sidebar", order="title_org", dates="mon", present="Current", sep=" - ", bullet_style="char", bullet="➢",
    name="Luis A. Benavides",
    contact=["Port Arnold, TX", "(361) 555-0150", "luis.benavides@mailbox.net"],
    side=[
        ("Certifications", [("line", "ServSafe Manager (exp. 2027)"), ("line", "Food Handler Trainer"), ("line", "Advanced Culinary Skills, Army")]),
        ("Skills", [("line", "Menu costing"), ("line", "Inventory & ordering"), ("line", "High-volume production"), ("line", "Bilingual EN/ES")]),
    ],
    blocks=[
        ("Summary of Qualifications", [
            "Kitchen manager and Army Reserve culinary NCO. I feed 300 people on a field stove or 180 covers on a Tuesday, and I keep the costs where they should be.",
        ]),
        ("Experience", [
            E("Kitchen Manager", "Harvest Table Café", "Port Arnold, TX", "2022-02", "present", [
                "Order from four vendors, cost the menu and hold food cost at 30%",
                "Run a six-cook line and prep team; write the prep lists and schedule",
                "Passed every health inspection with no critical violations",
            ], cs="affecting"),
            E("Culinary Specialist (92G), SSG", "U.S. Army Reserve, 490th Quartermaster Company", "Corpus Lago, TX", "2016-09", "2024-08", [
                "Led a 6-Soldier field kitchen team serving up to 300 meals per sitting during annual training",
                "Requested rations and accounted for subsistence within 1% variance",
            ], cs="affecting", etype="military"),
            E("Banquet Server", "Grand Oak Hotel & Conference Center", "Port Arnold, TX", "2014-05", "2016-08", [
                "Served plated and buffet events for up to 600 guests; set and broke down ballrooms",
            ], cs="facing", kind="in_person_service"),
            E("Dishwasher", "Gulf Breeze Seafood House", "Port Arnold, TX", "2013-06", "2013-08", [], cs="affecting", dt="Summer 2013"),
        ]),
        ("Education", [("line", "Port Arnold High School, 2014")]),
    ],
))

# ---------------------------------------------------------------- w018
R.append(dict(
    file="w018.pdf", family="US second-career math teacher (former staff accountant), 2-page reportlab résumé with page footer, VITA volunteering",
    renderer="pdf_rl", layout="plain", center=True, order="title_org", dates="month", present="Present", sep=" – ", bullet="•",
    footer="Anneliese Kowalczyk  —  page {n} of 2", break_before=("Accounting Career",),
    name="Anneliese Kowalczyk",
    contact=["Lindale, TX 75771", "903-555-0108", "a.kowalczyk@mailbox.org"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Texas-certified Mathematics teacher (Grades 7-12) through an alternative certification program, 2021",
            "Eleven years as a staff and senior accountant before teaching",
            "I teach middle schoolers that fractions are money, because they are",
        ])]),
        ("Teaching Experience", [
            E("Mathematics Teacher, Grade 8", "Lindale Middle School", "Lindale, TX", "2021-08", "present", [
                "Teach five sections of 8th grade math and one section of Algebra I for advanced students",
                "Raised the share of my students meeting grade level on the state test from 52% to 67% in two years",
                "Run the after-school math club and call parents every grading period",
            ], cs="facing", kind="education"),
            E("Long-Term Substitute Teacher", "Tyler Creek ISD", "Tyler Creek, TX", "2021-01", "2021-06", [
                "Covered a 7th grade math maternity leave for a full semester",
            ], cs="facing", kind="education"),
        ]),
        ("Accounting Career", [
            E("Senior Staff Accountant", "Brightwater Foods, Inc.", "Tyler Creek, TX", "2015-03", "2020-12", [
                "Owned month-end close for three plants: accruals, reconciliations and variance analysis",
                "Prepared audit schedules and supported the external auditors each spring",
                "Built the fixed-asset tracker in Excel that replaced a paper ledger",
            ], cs="none"),
            E("Staff Accountant", "Hendry & Lusk CPAs", "Tyler Creek, TX", "2009-07", "2015-02", [
                "Bookkeeping, payroll and quarterly filings for about 40 small-business clients",
                "Prepared individual and partnership returns during tax season",
            ], cs="affecting"),
        ]),
        ("Volunteer Experience", [
            E("VITA Volunteer Tax Preparer", "United Way of Smith County", "Tyler Creek, TX", "2016-01", "2020-12", [
                "Prepared free returns for low-income families face to face at a library site on Saturdays during tax season",
            ], cs="facing", kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Education & Certification", [("kv", "Texas Educator Certificate, Mathematics 7-12", "2021"),
                                       ("kv", "B.B.A. Accounting, East Piney University", "2009")]),
    ],
))

# ---------------------------------------------------------------- w019
R.append(dict(
    file="w019.txt", family="Canadian second-career insurance advisor (former oil-sands equipment operator), plain-text résumé, year ranges, 'to date'",
    renderer="txt", layout="eq", order="inline", dates="mon", present="to date", sep=" to ", bullet="•",
    name="Brent Ostrowski",
    contact=["Lac Verdun, AB", "587 555 0164 / brent.ostrowski@mailbox.ca"],
    blocks=[
        ("Profile", [
            "Licensed general insurance advisor (AIC Level 2) who spent ten years in the oil sands running heavy equipment. "
            "I know what a contractor needs covered because I was one.",
        ]),
        ("Work Experience", [
            E("Insurance Advisor", "Prairie Shield Insurance Brokers", "Lac Verdun, AB", "2024-01", "present", [
                "Quote and place home, auto and farm policies for walk-in and phone clients",
                "Handle renewals and mid-term changes for a book of about 600 households",
                "Cross-sell umbrella and tenant policies; 112% of new-business target in 2025",
            ], cs="facing", kind="sales_account"),
            E("Heavy Equipment Operator", "Athabasca North Contracting", "Fort Lindsay, AB", "2014-01", "2023-12", [
                "Ran 797 haul trucks, dozers and graders on a 14-on/7-off rotation",
                "Zero lost-time incidents; trained new operators on the haul road",
            ], cs="none", prec="year"),
            E("Camp Attendant", "Boreal Lodge Workforce Accommodations", "Fort Lindsay, AB", "2012-01", "2013-12", [
                "Cleaned and made up 40 worker rooms a day while crews were on shift; laundry and restocking",
            ], cs="affecting", prec="year"),
        ]),
        ("Volunteer", [
            E("Assistant Coach, U11 Hockey", "Lac Verdun Minor Hockey Association", "Lac Verdun, AB", "2020-01", "present", [],
              cs="facing", kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Licences", [("line", "Alberta General Insurance Level 2 (2024) · CAIB 1 and 2 · Class 1 driver's licence")]),
    ],
))

# ---------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx", family="US Coast Guard boatswain's mate now in harbor operations, Word heading styles, right tab-stop dates, volunteer instructor",
    renderer="docx", layout="styles", order="title_org", dates="mon", present="Present", sep=" – ",
    name="Gideon R. Falkenrath",
    contact=["Calder Bay, OR 97365", "541-555-0127", "g.falkenrath@mailbox.com"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Nine years of Coast Guard small-boat operations, search and rescue and boarding duty",
            "USCG 100-Ton Master license; TWIC; VHF radio operator",
            "Coordinates vessels, pilots, agents and longshore crews without losing the thread",
        ])]),
        ("Professional Experience", [
            E("Harbor Operations Coordinator", "Port of Calder Bay", "Calder Bay, OR", "2021-06", "present", [
                "Assign berths and schedule 300+ commercial vessel calls a year",
                "Take calls from ship agents and fishing-fleet owners about berth windows, moorage and fees",
                "Log arrivals and departures and coordinate with pilots and the harbor patrol by VHF",
            ], cs="facing", kind="other_facing"),
            E("Boatswain's Mate Second Class (BM2)", "U.S. Coast Guard, Station Tillamook Point", "Tillamook Point, OR", "2012-05", "2021-05", [
                "Coxswain on 47-foot motor lifeboat crews for search and rescue cases",
                "Boarding officer for recreational and commercial fishing vessel safety and law enforcement boardings",
                "Qualified 20 crew members as boat crew",
            ], cs="facing", kind="other_facing", etype="military"),
            E("Deckhand", "Whidbey Crossing Ferry Co.", "Clinton Sound, WA", "2011-06", "2011-08", [
                "Directed cars on and off the ferry, handled lines and helped foot passengers with bikes and luggage",
            ], cs="facing", kind="in_person_service", dt="Summer 2011"),
        ]),
        ("Volunteer", [
            E("Boating Safety Instructor", "Coast Guard Auxiliary Flotilla 64", "Calder Bay, OR", "2022-03", "present", [
                "Teach the eight-hour About Boating Safely class to the public four times a year",
            ], cs="facing", kind="volunteering", section="volunteer", etype="volunteer"),
        ]),
    ],
))

# ---------------------------------------------------------------- w021
R.append(dict(
    file="w021.pdf", family="US functional résumé of a stay-at-home mother returning to office work, fpdf2 left header, bare work history with an undated volunteer entry",
    renderer="pdf_fp", layout="left", order="dash", dates="year", present="Present", sep=" – ", bullet="-",
    name="Tamara J. Whitlock",
    contact=["88 Birchwood Ct, Greer Hollow, SC 29651", "864-555-0177", "tamarawhitlock@mailbox.net"],
    blocks=[
        ("Summary of Qualifications", [
            "Dependable, friendly office professional with six years in a medical office and seven years running a household "
            "of five and most of our church's front office. Quick on Microsoft 365, Google Workspace and Planning Center.",
        ]),
        ("Skills & Accomplishments", [
            ("sub", "Front Office & Reception"),
            ("bl", ["Greeted visitors and answered a four-line phone at the church office three mornings a week",
                    "Kept the weekly bulletin, room bookings and volunteer schedule for a 600-member congregation"]),
            ("sub", "Records & Compliance"),
            ("bl", ["Processed 80-100 medical records requests a week with HIPAA-compliant release logs",
                    "Scanned and indexed ten years of paper charts during the EHR conversion"]),
            ("sub", "Organization"),
            ("bl", ["Coordinated the food pantry's Thursday distribution schedule for 30 volunteers"]),
        ]),
        ("Work History", [
            E("Receptionist / Office Assistant (part-time)", "Grace Fellowship Church", "Greer Hollow, SC", "2022-01", "present", [],
              cs="facing", kind="in_person_service", prec="year"),
            E("Full-time parent", None, None, "2015-01", "2021-12", [], cs="none", etype="unknown", prec="year"),
            E("Medical Records Clerk", "Bayside Orthopedic Associates", "Spartan Falls, SC", "2009-01", "2015-12", [],
              cs="none", prec="year"),
            E("Food Pantry Volunteer", "Hope Street Food Pantry", "Greer Hollow, SC", None, None, [],
              cs="facing", kind="volunteering", section="volunteer", etype="volunteer", prec=None),
        ]),
        ("Education", [("line", "Greer Hollow Technical College – Medical Office Administration Certificate")]),
    ],
))

# ---------------------------------------------------------------- w022
R.append(dict(
    file="w022.html", family="US Army religious affairs specialist now a shelter case manager, HTML résumé, org line first",
    renderer="html", order="org_title", dates="mm/yyyy", present="Present", sep=" - ",
    css="body{font-family:Arial,sans-serif;margin:30px 60px;font-size:14px}h1{margin-bottom:0}h2{background:#e8eef4;padding:3px 6px;font-size:15px}"
        "h3{margin:10px 0 0;font-size:14px}.d{float:right;font-weight:normal}.o{font-weight:bold}",
    name="Keisha N. Abernathy",
    contact=["Fort Harmon, KS 66442", "785-555-0191", "keisha.abernathy@mailbox.org"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Seven years supporting Army chaplains with Soldiers and families in crisis, now a case manager at a family shelter",
            "Mental Health First Aid, ASIST suicide intervention, trauma-informed care training",
            "Comfortable with HMIS, Excel and keeping confidential files confidential",
        ])]),
        ("Relevant Experience", [
            E("Case Manager", "Harbor Light Family Shelter", "Topeka Springs, KS", "2022-09", "present", [
                "Carry a caseload of 14-18 families; intake interviews, housing plans and weekly check-ins",
                "Connect families with childcare, benefits and landlord partners",
                "Enter case notes and outcomes in HMIS",
            ], cs="facing", kind="healthcare_care"),
            E("Religious Affairs Specialist (56M), SPC/SGT", "U.S. Army, 1st Sustainment Brigade", "Fort Harmon, KS", "2015-06", "2022-08", [
                "First point of contact in the chaplain's office for Soldiers and family members asking for help; scheduled counseling",
                "Set up field services and prayer breakfasts, and managed the chapel fund",
                "Provided security for the chaplain on deployment",
            ], cs="facing", kind="other_facing", etype="military"),
        ]),
        ("Additional Experience", [
            E("Youth Program Aide (part-time)", "Boys & Girls Club of Geary Valley", "Junction Falls, KS", "2013-09", "2015-05", [
                "Homework help and gym games for 6-12 year olds after school",
            ], cs="facing", kind="education"),
            E("Data Entry Clerk", "Prairie Mutual Claims Center", "Junction Falls, KS", "2012-06", "2013-08", [],
              cs="none"),
        ]),
        ("Education", [("kv", "B.S. Human Services (online), Western Plains University", "2023")]),
    ],
))

# ---------------------------------------------------------------- w023
R.append(dict(
    file="w023.md", family="US college student and Army Reservist in Markdown: seasonal and campus jobs, research assistant",
    renderer="md", order="org_title", dates="mon", present="Present", sep=" - ", bullet="-",
    name="Caleb Ortiz-Lindgren",
    contact=["Deer Lodge Falls, MT", "406-555-0137", "cortizlindgren@mailbox.edu"],
    blocks=[
        ("Summary", [
            "Junior in Geography at Big Timber State, Army Reserve Soldier, and the guy who will actually show up at 5 a.m. "
            "Looking for a GIS internship for summer 2027.",
        ]),
        ("Experience", [
            E("Front Desk Attendant", "Big Timber State University Campus Recreation", "Deer Lodge Falls, MT", "2024-08", "present", [
                "Check in members, sell day passes and handle equipment checkout",
                "Open the building on weekends",
            ], cs="facing", kind="in_person_service"),
            E("Signal Support Systems Specialist (25U)", "U.S. Army Reserve, 652nd Signal Company", "Helena Bend, MT", "2023-03", "present", [
                "Install, program and troubleshoot tactical radios and antennas for the company",
            ], cs="none", etype="military"),
            E("Grounds Crew", "Maple Hollow Golf Club", "Deer Lodge Falls, MT", "2023-05", "2023-08", [
                "Mowed greens and fairways, raked bunkers and moved pins before the first tee time",
            ], cs="affecting", dt="May - Aug 2023"),
            E("Sales Associate", "Big Sky Sporting Goods", "Deer Lodge Falls, MT", "2024-06", "2024-08", [
                "Fitted hiking boots, sold fishing licenses and ran the register",
            ], cs="facing", kind="in_person_service", dt="Summer 2024"),
            E("Undergraduate Research Assistant", "Dept. of Geography, Big Timber State University", "Deer Lodge Falls, MT", "2025-01", "2025-05", [
                "Digitized 1950s aerial photos and cleaned GPS transect data in ArcGIS Pro",
            ], cs="none", section="other"),
        ]),
        ("Education", [("kv", "B.S. Geography (GIS minor), Big Timber State University, expected May 2028", "")]),
    ],
))

# ---------------------------------------------------------------- w024
R.append(dict(
    file="w024.pdf", family="Canadian second-career HVAC apprentice (former chef), reportlab single column, year-only ranges",
    renderer="pdf_rl", layout="plain", order="org_title", dates="year", present="Present", sep=" – ", bullet="-", font="DejaVu",
    name="Rémi Castonguay",
    contact=["Ashby Falls, ON", "705-555-0146", "remi.castonguay@mailbox.ca"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "2nd-period 313A Refrigeration and Air Conditioning Systems Mechanic apprentice",
            "Gas Technician 3 (TSSA); G2 in progress; WHMIS, Working at Heights",
            "Twelve years in professional kitchens: I already know commercial refrigeration from the user side",
        ])]),
        ("Trade Experience", [
            E("HVAC Apprentice", "Northern Comfort Heating & Cooling", "Ashby Falls, ON", "2024-01", "present", [
                "Furnace, heat pump and A/C installs and service calls in occupied homes with a licensed mechanic",
                "Explain maintenance plans and thermostat settings to homeowners at the end of each call",
            ], cs="facing", kind="other_facing", etype="internship", prec="year"),
        ]),
        ("Culinary Experience", [
            E("Private Chef (self-employed)", None, "Ashby Falls, ON", "2020-01", "2023-12", [
                "Planned menus with hosts and cooked dinner parties of 8-20 in their homes",
            ], cs="facing", kind="entrepreneurial_freelance", etype="freelance", prec="year"),
            E("Sous Chef", "The Larch Room", "Muskoka Landing, ON", "2016-01", "2023-12", [
                "Ran the line on chef's nights off; ordering, prep lists and food cost for a 90-seat dining room",
            ], cs="affecting", prec="year"),
            E("Line Cook", "The Larch Room", "Muskoka Landing, ON", "2012-01", "2015-12", [],
              cs="affecting", prec="year"),
        ]),
        ("Education", [("kv", "Culinary Management diploma, Georgian Shores College", "2011")]),
    ],
))

# ---------------------------------------------------------------- w025
R.append(dict(
    file="w025.docx", family="US Navy logistics specialist now a procurement buyer, Word table per job, numeric dates",
    renderer="docx", layout="tables", order="org_title", dates="m/yyyy", present="Present", sep=" – ",
    name="Andre M. Villaseñor",
    contact=["Silverdale Point, WA 98383", "360.555.0159", "andre.villasenor@mailbox.com"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Buyer with four years in aerospace/marine procurement after seven years as a Navy Logistics Specialist",
            "CPSM candidate; Oracle SCM, NAVSUP R-Supply",
            "Negotiated $2.3M in supplier savings since 2022",
        ])]),
        ("Experience", [
            E("Buyer II", "Cascade Marine Systems", "Silverdale Point, WA", "2021-07", "present", [
                "Source and place POs for machined parts and electrical components, about $9M a year",
                "Negotiate pricing and lead times with 60 suppliers; run quarterly supplier scorecards",
                "Expedite late orders to keep the production schedule",
            ], cs="none"),
            E("Logistics Specialist Second Class (LS2)", "U.S. Navy, USS Tamarack (DDG-131)", "Everett Harbor, WA", "2014-03", "2021-06", [
                "Received, stowed and issued repair parts for 40 work centers; 99.6% inventory validity",
                "Ordered parts and tracked requisitions in R-Supply",
                "Collateral duty: ran the ship's post office, selling stamps and money orders to the crew and handling registered mail",
            ], cs="facing", kind="in_person_service", etype="military"),
            E("Parts Counter Associate", "Redline Auto Parts", "Bremerton Heights, WA", "2011-05", "2014-02", [
                "Looked up and sold parts to walk-in DIY customers and shop accounts",
            ], cs="facing", kind="in_person_service"),
        ]),
        ("Volunteer", [
            E("Post Treasurer", "American Veterans Post 112", "Silverdale Point, WA", "2022-01", "present", [
                "Keep the post's books and file the annual 990-N",
            ], cs="none", section="volunteer", etype="volunteer"),
        ]),
    ],
))

# ---------------------------------------------------------------- w026
R.append(dict(
    file="w026.docx", family="US nurse re-entering practice after a long family break, contact in Word page header, refresher practicum",
    renderer="docx", layout="header", order="dateline", dates="month", present="Present", sep=" – ",
    name="Heather A. McKinnon-Diaz, RN",
    contact=["Brook Ferry, PA 19380", "(610) 555-0162", "hmckinnondiaz@mailbox.net"],
    blocks=[
        ("Summary of Qualifications", [
            "Pediatric RN with eight years of bedside experience, returning after nine years caring for my children and then my father. "
            "Completed an RN refresher program in 2026 and working per diem in phone triage.",
        ]),
        ("Nursing Experience", [
            E("Telephone Triage Nurse (per diem, remote)", "KinderCare Pediatrics Network", "Brook Ferry, PA", "2026-05", "present", [
                "Take after-hours calls from parents and use Schmitt-Thompson protocols to advise home care, office visit or ED",
            ], cs="facing", kind="healthcare_care"),
            E("RN Refresher Clinical Practicum", "Mercy Hill Hospital", "Brook Ferry, PA", "2026-01", "2026-04", [
                "160 precepted hours on a pediatric med-surg unit",
            ], cs="facing", kind="healthcare_care", section="other", etype="internship"),
            E("Camp Nurse", "Camp Tamarack Lake", "Pocono Ridge, PA", "2024-06", "2024-08", [
                "Sick call, medication passes and first aid for 220 campers",
            ], cs="facing", kind="healthcare_care", dt="Summer 2024"),
            E("Family leave – stay-at-home parent and caregiver for my father", None, None, "2016-06", "2025-08", [],
              cs="none", etype="unknown"),
            E("Staff Nurse, Pediatric Unit", "Mercy Hill Children's Pavilion", "Brook Ferry, PA", "2008-06", "2016-05", [
                "Cared for 4-5 pediatric patients per shift; family teaching at discharge",
                "Charge nurse two nights a week from 2013",
            ], cs="facing", kind="healthcare_care"),
        ]),
        ("Licenses & Education", [("line", "RN, Pennsylvania (active) · PALS, BLS"), ("line", "B.S.N., Keystone Valley University, 2008")]),
    ],
))

# ---------------------------------------------------------------- w027
R.append(dict(
    file="w027.pdf", family="US Air National Guard cyber technician and school IT support specialist, fpdf2 left header, dateline entries, m/yyyy",
    renderer="pdf_fp", layout="left", order="dateline", dates="m/yyyy", present="Present", sep=" - ", bullet="›",
    name="Nathaniel Ekwueme",
    contact=["Meridian Falls, WV 25801", "304-555-0119", "nate.ekwueme@mailbox.com"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "CompTIA A+, Network+, Security+; 10 years of hands-on IT in uniform and out",
            "Active Secret clearance (Air National Guard)",
        ])]),
        ("Experience", [
            E("IT Support Specialist", "Meridian County Schools", "Meridian Falls, WV", "2021-08", "present", [
                "Resolve 60-80 tickets a week from teachers and office staff across four schools",
                "Visit classrooms to fix projectors, Chromebooks and printers between periods",
                "Image and deploy 1,200 Chromebooks each August",
            ], cs="facing", kind="internal_support"),
            E("Cyber Transport Systems (1D7X1), TSgt", "West Virginia Air National Guard, 130th Communications Flight", "Charleston Heights, WV", "2016-04", "present", [
                "Maintain the wing's switches, routers and encrypted circuits",
                "Patch and document network infrastructure to STIG standards",
            ], cs="none", etype="military"),
            E("Field Installation Technician (contract)", "Bluefield Telecom", "Princeton Gap, WV", "2019-03", "2021-07", [
                "Installed fiber and Wi-Fi in customers' homes and small businesses and showed them how to use the equipment",
            ], cs="facing", kind="other_facing", etype="freelance"),
            E("Bench Technician", "Geek Haven Computer Repair", "Meridian Falls, WV", "2014-06", "2016-03", [
                "Diagnosed and repaired laptops and desktops in the back shop; virus removal and data recovery",
            ], cs="affecting"),
        ]),
        ("Education", [("kv", "A.A.S. Information Systems Technology, Community College of the Air Force", "2020")]),
    ],
))

# ---------------------------------------------------------------- w028
R.append(dict(
    file="w028.docx", family="US second-career dental sales rep (former hygienist), Word tab-stop dates, undated volunteer clinic entry",
    renderer="docx", layout="tabs", order="title_org", dates="mon", present="Present", sep=" - ",
    name="Courtney B. Halvorsen, RDH",
    contact=["Lake Tamsin, WI 53593", "608-555-0185", "courtney.halvorsen@mailbox.org"],
    blocks=[
        ("Summary of Qualifications", [
            "Registered dental hygienist for twelve years who now sells hygiene products to the offices I used to work in. "
            "Clinicians trust me because I have held the scaler.",
        ]),
        ("Relevant Experience", [
            E("Territory Sales Representative", "Arclight Dental Supply", "Lake Tamsin, WI", "2023-02", "present", [
                "Call on 140 dental offices across southern Wisconsin; grew territory sales 18% in 2025",
                "Run lunch-and-learn in-services for hygiene teams on new ultrasonic and polishing products",
            ], cs="facing", kind="sales_account"),
            E("Registered Dental Hygienist", "Brightsmile Family Dentistry", "Lake Tamsin, WI", "2011-01", "2023-01", [
                "Prophylaxis, scaling and root planing, radiographs and patient education for 8-9 patients a day",
                "Led the practice's switch to a perio charting program",
            ], cs="facing", kind="healthcare_care"),
        ]),
        ("Additional Experience", [
            E("Sterilization Assistant", "Brightsmile Family Dentistry", "Lake Tamsin, WI", "2008-09", "2010-12", [
                "Processed and sterilized instruments and restocked operatories between patients",
            ], cs="affecting"),
            E("Volunteer Hygienist", "Wisconsin Mission of Mercy Free Dental Clinic", None, None, None, [
                "Cleanings for uninsured adults at the two-day annual clinic",
            ], cs="facing", kind="volunteering", section="volunteer", etype="volunteer", prec=None),
        ]),
        ("Education", [("line", "A.A.S. Dental Hygiene, Madison Area Technical Institute, 2010")]),
    ],
))

# ---------------------------------------------------------------- w029
R.append(dict(
    file="w029.html", family="US Navy yeoman now a legal assistant, HTML résumé with relevant and additional experience",
    renderer="html", order="title_org", dates="MON", present="PRESENT", sep=" – ",
    name="Brianna L. Castellanos",
    contact=["Norfolk Landing, VA 23511", "757-555-0124", "brianna.castellanos@mailbox.net"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Seven years as a Navy Yeoman, four of them in a legal service office; now a litigation legal assistant",
            "Notary Public (VA); Clio, NetDocuments, PACER e-filing",
        ])]),
        ("Relevant Experience", [
            E("Legal Assistant", "Ferris & Okonkwo LLP", "Norfolk Landing, VA", "2022-04", "present", [
                "Draft discovery, pleadings and correspondence for two litigation partners",
                "Schedule client intake calls and walk clients through document requests",
                "Manage the court calendar and e-file in state and federal court",
            ], cs="facing", kind="other_facing"),
            E("Yeoman Second Class (YN2)", "U.S. Navy, Region Legal Service Office Mid-Atlantic", "Norfolk Landing, VA", "2018-03", "2022-03", [
                "Ran the legal assistance front desk, where sailors and families came in for wills and powers of attorney",
                "Prepared records of trial and tracked 120+ open cases",
            ], cs="facing", kind="other_facing", etype="military"),
            E("Yeoman (YNSN/YN3)", "U.S. Navy, USS Chesapeake Bay (LPD-31)", "Norfolk Landing, VA", "2015-01", "2018-02", [
                "Processed evaluations, awards and correspondence for the ship's admin office",
            ], cs="none", etype="military"),
        ]),
        ("Additional Experience", [
            E("Barista", "Driftwood Coffee Co.", "Hampton Shore, VA", "2012-09", "2014-12", [], cs="facing", kind="in_person_service"),
        ]),
        ("Education", [("kv", "Paralegal Certificate, Tidewater Community College", "2022")]),
    ],
))

# ---------------------------------------------------------------- w030
R.append(dict(
    file="w030.pdf", family="Canadian Army Reserve infantry soldier moving into outdoor education, reportlab left sidebar, mixed seasonal dates",
    renderer="pdf_rl", layout="sidebar", order="title_org", dates="mm/yyyy", present="Present", sep=" – ", bullet="•",
    name="Owen MacAskill-Paquette",
    contact=["Thunder Narrows, ON", "807-555-0172", "owen.macaskill@mailbox.ca"],
    side=[
        ("Certifications", [("bl", ["Wilderness First Responder (80 h)", "ORCKA Flatwater Canoe Instructor", "NLS Lifeguard", "Class G licence"])]),
        ("Skills", [("bl", ["Group leadership", "Navigation / map & compass", "Risk management", "French (intermediate)"])]),
    ],
    blocks=[
        ("Summary of Qualifications", [
            "Army Reserve infantry soldier with five years of field training and two seasons in parks. "
            "I like teaching kids to paddle and I know how to keep a group safe in bad weather.",
        ]),
        ("Relevant Experience", [
            E("Outdoor Education Instructor", "Northwind Outdoor Centre", "Thunder Narrows, ON", "2025-04", "present", [
                "Lead canoeing, orienteering and shelter-building programs for visiting school groups (grades 4-8)",
                "Run evening campfire programs and debrief with teachers",
            ], cs="facing", kind="education"),
            E("Visitor Services Attendant", "Silverwater Provincial Park", "Silverwater, ON", "2024-05", "2024-09", [
                "Registered campers at the gatehouse, sold firewood and permits, and gave trail advice",
            ], cs="facing", kind="in_person_service", dt="May–Sept 2024"),
        ]),
        ("Additional Experience", [
            E("Infantry Soldier (Rifleman), Cpl", "Canadian Army Reserve – The Lakehead Rifles", "Thunder Narrows, ON", "2019-09", "2024-08", [
                "Section 2IC on field exercises; navigation and winter warfare training",
                "Taught map and compass to new recruits",
            ], cs="none", etype="military"),
            E("Park Maintenance Worker", "Township of Ashby Falls", "Ashby Falls, ON", "2022-05", "2022-10", [
                "Mowed, cleaned washrooms and emptied bins at municipal parks and the beach",
            ], cs="affecting"),
        ]),
        ("Education", [("line", "Outdoor Recreation diploma, Lakehead Sault College, 2025")]),
    ],
))
