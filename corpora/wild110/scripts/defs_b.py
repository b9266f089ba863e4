"""Résumé definitions w016–w030."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w016
R(file="w016.docx", r="docx", docx=["headings"], order="title_org", dates="month", present="Present", bullet="list",
  hcaps=False,
  family="Scottish bank healthcare support worker with a weekend supermarket job at the same time, a caring break and zero-hours phone interviewing; Word heading styles and list bullets",
  layout="docx, styles/title_org, month / 'Present'",
  name="Fraser McAlinden", contact=["Dennistoun, Glasgow G31", "07832 555 049", "fraser.mcalinden@mailbox.scot"],
  sections=[
      ("Profile", ["Caring and steady. I currently work bank shifts on the wards and weekends in a supermarket and "
                   "would like a permanent post with set hours."]),
      ("Employment History", [
          E("Healthcare Support Worker (Bank)", "Clyde Valley Health Board Staff Bank", "Glasgow", "2022-08", "present",
            "facing", "healthcare_care", [
              "Bank shifts on medical and care-of-the-elderly wards: personal care, observations, mealtimes",
              "Sitting with confused patients at night (1:1 enhanced observation)"]),
          E("Customer Assistant (weekends)", "Kelvin Foods", "Glasgow", "2021-03", "present", "facing",
            "in_person_service", []),
          E("Online Grocery Picker", "Kelvin Foods", "Glasgow", "2019-10", "2021-02", "affecting", None, [
              "Picked home-delivery orders from 6am and chose substitutions by the store rules"]),
          E("Caring for a family member", None, None, "2018-01", "2019-09", "none", None, [
              "Full-time carer for my father after his stroke"], etype="unknown"),
          E("Telephone Interviewer (zero-hours)", "Fieldview Research", "Glasgow", "2016-06", "2017-12", "facing",
            "contact_center", ["Phoned members of the public for political and consumer surveys, evening shifts"]),
      ]),
      ("Education and Training", ["SVQ Level 2 Social Services and Healthcare (2023)", "Highers: English, Modern Studies, Biology"]),
      ("Other", ["PVG scheme member · Manual handling · Basic Life Support"]),
  ])

# ------------------------------------------------------------------ w017
R(file="w017.pdf", r="fp", style="sidebar", order="orgfirst", dates="mon", present="Present", hstyle="caps",
  bullet="•", gcaps=False,
  family="US temp with three assignments under one agency heading and a self-employed short-let co-hosting business; fpdf2 shaded sidebar, employer headings with roles beneath",
  layout="fpdf2, sidebar/orgfirst, mon / 'Present'",
  name="Hannah Lindqvist", tagline="Office support & hospitality",
  contact=["Seattle, WA 98117", "(206) 555-0124", "hannah.lindqvist@mailbox.com", "linkedin.com/in/hlindqvist-demo"],
  side=[("Skills", ["Front desk & scheduling", "ADP payroll", "Guest messaging", "Excel, Google Sheets", "Calm under pressure"]),
        ("Education", ["B.A. Communication", "Western Washington University, 2020"])],
  sections=[
      ("Experience", [
          E("Front Desk Coordinator", "Evergreen Temporary Staffing", "Seattle, WA", "2024-08", "2025-03", "facing",
            "in_person_service", ["Checked in patients, scheduled visits and took copays for a busy PT clinic"],
            group_line="Evergreen Temporary Staffing — temp assignments, Seattle, WA", group_dates="Jan 2023 – Mar 2025",
            sub="Assignment: Sound Physical Therapy"),
          E("Payroll Clerk", "Evergreen Temporary Staffing", "Seattle, WA", "2023-11", "2024-07", "none", None, [
              "Entered timecards for 140 hourly staff and fixed exceptions in ADP"], sub="Assignment: Cascade Tile Supply"),
          E("Mailroom Clerk", "Evergreen Temporary Staffing", "Seattle, WA", "2023-01", "2023-10", "affecting", None, [
              "Opened and scanned incoming customer claim forms and matched them to claim files"],
            sub="Assignment: Rainier Mutual Insurance"),
          E("Short-Let Co-Host", "Self-employed", "Seattle, WA", "2022-04", "present", "facing", "entrepreneurial_freelance", [
              "Co-host five apartments for their owners: guest messaging, in-person check-ins and reviews",
              "Schedule cleaners and restock supplies between stays"], etype="freelance",
            group_line="Self-employed, Seattle, WA"),
          E("Turnover Cleaner", "Sparkle Turnover Co.", "Seattle, WA", "2021-06", "2022-03", "affecting", None, [
              "Cleaned and staged short-let apartments between guests to a photo checklist"],
            group_line="Sparkle Turnover Co., Seattle, WA"),
      ]),
  ])

# ------------------------------------------------------------------ w018
R(file="w018.html", r="html", htmlstyle="table", order="title_org", dates="m/yyyy", present="Now", dsep=" – ",
  family="Canadian former international student: app delivery driver now, earlier on-call security, phone store and a teaching assistantship; HTML with a dates column table",
  layout="html, table/title_org, m/yyyy / 'Now'",
  name="Arjun Dhillon", contact=["Surrey, BC", "604-555-0186", "arjun.dhillon@mailbox.ca"],
  sections=[
      ("Work Experience", [
          E("Delivery Driver (Independent)", "SkipBite", "Vancouver, BC", "2023-02", "present", "facing",
            "in_person_service", [
              "Evening and weekend food deliveries across Vancouver and Burnaby",
              "Call customers from the lobby to be buzzed in and hand orders over in person"], etype="freelance"),
          E("Security Guard (on-call)", "Coastline Protective Services", "Burnaby, BC", "2022-05", "2023-09", "none", None, [
              "Night patrols of construction sites and empty warehouses; hourly reports"]),
          E("Sales Associate", "Granville Mobile", "Vancouver, BC", "2021-01", "2022-04", "facing", "sales_account", [
              "Sold phones and plans in store and met monthly activation targets",
              "Set up devices and transferred data for customers"]),
          E("Teaching Assistant (part-time)", "Fraser College", "New Westminster, BC", "2019-09", "2020-12", "facing",
            "education", ["Ran weekly tutorials for first-year accounting students and marked quizzes"],
            section="other"),
      ]),
      ("Education", ["Post-Degree Diploma in Accounting, Fraser College, 2021",
                     "B.Com, Guru Nanak Dev University, 2018"]),
      ("Licences", ["BC Class 5 driver's licence · BC Security Worker Licence (expired 2024)"]),
  ])

# ------------------------------------------------------------------ w019
R(file="w019.docx", r="docx", docx=["tabs", "footer"], order="dash", dates="mon", present="Present", bullet="para",
  footer="Mereana Tautahi – CV",
  family="New Zealand casual support worker with app-booked home cleaning overlapping, earlier kitchen and checkout jobs; Word tab-stop dates and page footer",
  layout="docx, tabs/dash, mon / 'Present'",
  name="Mereana Tautahi", contact=["Ōtāhuhu, Auckland", "021 555 3382", "mereana.tautahi@mailbox.co.nz"],
  sections=[
      ("About Me", ["Kind and hard-working mum of two. I've worked casual and zero-hours jobs around my whānau and I'm "
                    "ready for more hours."]),
      ("Work Experience", [
          E("Support Worker (casual)", "Kōwhai Community Care", "Auckland", "2023-10", "present", "facing",
            "healthcare_care", [
              "Home visits for older clients: showering, meals, medication prompts and company",
              "Flexible zero-hours roster, often short-notice cover"]),
          E("Home Cleaner (app bookings)", "Tidyly", "Auckland", "2023-01", "2024-06", "affecting", None, [
              "Cleaned homes booked through the app, usually while the clients were out at work",
              "Left notes and photos in the app when the job was done"], etype="freelance"),
          E("Kitchenhand", "Harbourside Fish Co.", "Auckland", "2021-11", "2022-12", "affecting", None, [
              "Dishes, prep and cleaning down for a busy fish and chip shop"]),
          E("Checkout Operator", "ValueMart Manukau", "Auckland", "2019-02", "2021-10", "facing", "in_person_service", [
              "Served customers on checkouts and self-scan", "Helped at the service desk with returns"]),
      ]),
      ("Qualifications", ["NZ Certificate in Health and Wellbeing (Level 3), 2024", "First Aid (Level 2)"]),
      ("Referees", ["Available on request"]),
  ])

# ------------------------------------------------------------------ w020
R(file="w020.docx", r="docx", docx=["tabs"], order="orgfirst", dates="mon", present="Present", bullet="•",
  family="London supply teaching assistant through an agency with an invigilation placement, earlier private hire driving and warehouse 'various employers'; Word tab-stop dates, employer headings",
  layout="docx, tabs/orgfirst, mon / 'Present'",
  name="Olusegun Adeyemi", contact=["Peckham, London SE15", "07404 555 619", "segun.adeyemi@mailbox.co.uk"],
  sections=[
      ("Personal Profile", ["Patient and positive supply TA working towards a permanent school post. Former private hire "
                            "driver with a great record of customer care."]),
      ("Career History", [
          E("Supply Teaching Assistant", "Capital Education Recruitment", "London", "2023-09", "present", "facing",
            "education", [
              "Day-to-day and long-term cover in eight primary schools in Lewisham and Southwark",
              "Small-group phonics and maths support; 1:1 support for pupils with EHCPs"],
            group_line="Capital Education Recruitment (supply agency), London",
            sub="Day-to-day cover across primary schools"),
          E("Exam Invigilator", "Capital Education Recruitment", "London", "2023-05", "2023-06", "facing", "education", [
              "Set up exam halls, read the rules to candidates and supervised GCSE papers"],
            sub="Placed at Hollins Park Academy", text="May – Jun 2023"),
          E("Private Hire Driver", "Self-employed", "London", "2020-02", "2023-08", "facing", "in_person_service", [
              "App-based and account work; airport transfers and school runs for a care company",
              "4.95 rating over 9,000 trips"], etype="freelance", group_line="Self-employed, London"),
          E("Warehouse Operative (nights)", "Various employers", "Dartford and Thurrock", "2018-03", "2020-01",
            "affecting", None, ["Agency night shifts picking, packing and loading for supermarket distribution centres"],
            group_line="Various employers (agency shifts), Dartford and Thurrock"),
          E("Youth Worker (volunteer)", "Peckham Rye Community Church", "London", "2019-01", "present", "facing",
            "volunteering", ["Run Friday youth club for 11–16s and help with homework club"], section="volunteer",
            etype="volunteer", group_line="Peckham Rye Community Church, London"),
      ]),
      ("Education & Training", ["Level 3 Certificate in Supporting Teaching and Learning, 2024",
                                "Enhanced DBS on the Update Service · Safeguarding Level 1 · Paediatric First Aid"]),
  ])

# ------------------------------------------------------------------ w021
R(file="w021.pdf", r="rl", style="plain", order="datesfirst", dates="mm/yyyy", present="Present", hstyle="rule",
  paper="letter", bullet="•",
  family="US college student with three things at once (café, lab job, scooter charging) and summer jobs; reportlab centred header, dates first",
  layout="reportlab, plain/datesfirst, mm/yyyy / 'Present'",
  name="Brooke Halvorsen", contact=["Austin, TX 78705", "(512) 555-0163", "brooke.halvorsen@mailbox.edu"],
  sections=[
      ("Education", ["Hill Country University – B.S. Psychology, expected May 2027 (GPA 3.6)"]),
      ("Experience", [
          E("Barista (part-time)", "Drip Theory Coffee", "Austin, TX", "2024-08", "present", "facing", "in_person_service", [
              "Take orders and make drinks for 300+ customers on weekend shifts", "Open and close the register"]),
          E("Research Assistant", "Hill Country University Memory Lab", "Austin, TX", "2025-01", "present", "none", None, [
              "Code eye-tracking video and clean data in R for two graduate studies"], section="other"),
          E("Scooter Charger", "Zipp Scooters", "Austin, TX", "2023-09", "2024-05", "affecting", None, [
              "Collected low-battery e-scooters at night, charged them at home and redeployed them to hubs by 7am"],
            etype="freelance"),
          E("Camp Counselor", "Pedernales Day Camp", "Dripping Springs, TX", "2024-06", "2024-08", "facing", "education", [
              "Led a group of ten 8-year-olds through swim, crafts and nature activities"], text="Summer 2024"),
          E("Lifeguard", "Brushy Creek Aquatic Center", "Round Rock, TX", "2022-06", "2023-08", "facing", "other_facing", [
              "Guarded the main pool and enforced safety rules; taught water safety to kids"]),
      ]),
      ("Skills", ["R, SPSS, Excel · Square POS · CPR/AED · Spanish (conversational)"]),
  ])

# ------------------------------------------------------------------ w022
R(file="w022.md", r="md", mdstyle="h3", order="title_org", dates="mon", present="Present", bullet="*",
  family="Nigerian freelance designer and remote chat-support contractor, earlier POS kiosk, moderation and NYSC teaching; Markdown",
  layout="md, h3/title_org, mon / 'Present'",
  name="Chidinma Eze", tagline="Designer & customer support",
  contact=["Ikeja, Lagos", "+234 803 555 2217", "chidinma.eze@mailbox.ng"],
  sections=[
      ("Summary", ["Freelance designer with 5 years on Fiverr and Upwork and two years of remote customer support for a fintech app."]),
      ("Experience", [
          E("Freelance Graphic Designer", "Self-employed", "Lagos", "2021-03", "present", "facing",
            "entrepreneurial_freelance", [
              "Logo and brand packs for small businesses, found through Fiverr and Upwork",
              "Discovery calls with clients, present drafts and handle revisions until sign-off"], etype="freelance"),
          E("Customer Support Agent (remote contract)", "Paylite Technologies", "Remote", "2023-01", "2024-10", "facing",
            "digital_service", [
              "Live chat and email support for app users: failed transfers, card issues, account verification",
              "Escalated suspected fraud to the risk team"]),
          E("Content Moderator (contract)", "Veritas Trust Services", "Lagos", "2020-11", "2021-06", "affecting", None, [
              "Reviewed flagged posts and images for a social media platform against its community rules"]),
          E("POS Agent", "Eze POS Kiosk", "Ikeja", "2019-06", "2021-02", "facing", "in_person_service", [
              "Ran my own agent-banking kiosk: cash withdrawals, transfers and airtime for walk-in customers"],
            etype="freelance"),
          E("Corps Member – Teacher", "Government Secondary School", "Ilorin", "2018-03", "2019-02", "facing", "education", [
              "Taught Basic Technology to JSS 2 classes during NYSC service year"], section="other", etype="unknown"),
      ]),
      ("Education", ["B.Sc. Industrial Design, Federal University of Technology Akure, 2017"]),
      ("Tools", ["Figma, Illustrator, Photoshop, Canva · Freshdesk, Intercom"]),
  ])

# ------------------------------------------------------------------ w023
R(file="w023.docx", r="docx", docx=["table"], order="title_org", dates="mon.", present="Present", bullet="-",
  family="US overnight stocker who drives rideshare by day (two jobs at once), earlier forklift and day-labour 'various employers'; Word table per job",
  layout="docx, table/title_org, mon. / 'Present'",
  name="Dwayne Pruitt", contact=["Columbus, OH 43207", "(614) 555-0135", "dwayne.pruitt@mailbox.com"],
  sections=[
      ("Objective", ["Hard worker looking for a full-time day position with benefits."]),
      ("Work Experience", [
          E("Overnight Stocker", "Scioto Supercenter", "Columbus, OH", "2023-03", "present", "affecting", None, [
              "Unload the truck and stock grocery and household aisles 10pm–7am while the store is closed",
              "Zone shelves and pull backstock"]),
          E("Rideshare Driver", "Rydely", "Columbus, OH", "2023-07", "present", "facing", "in_person_service", [
              ], etype="freelance"),
          E("Forklift Operator", "Buckeye Paper Co.", "Groveport, OH", "2021-10", "2023-02", "none", None, [
              "Moved raw paper rolls and finished skids between production and shipping",
              "Hired on from temp through PeopleFirst Staffing"]),
          E("General Laborer", "Various employers", "Columbus area", "2019-01", "2021-09", "none", None, [
              "Day-labor tickets through local agencies: construction clean-up, demolition, landscaping"]),
      ]),
      ("Certifications", ["OSHA 10 · Forklift certified (sit-down, stand-up)"]),
      ("Education", ["GED, 2018"]),
  ])

# ------------------------------------------------------------------ w024
R(file="w024.pdf", r="fp", style="twocol", order="title_org", dates="month", present="Present", hstyle="rule",
  bullet="•", footer="Gwen Pritchard-Hale – CV – page {n}", pagebreak="Qualifications",
  family="Welsh freelance virtual assistant after transcription homeworking, maternity cover, a travel break and office management; 2-page fpdf2 CV with two-column header and footer",
  layout="fpdf2, twocol/title_org, month / 'Present'",
  name="Gwen Pritchard-Hale", tagline="Freelance Virtual Assistant",
  contact=["Llandaff, Cardiff CF5", "07866 555 140", "gwen@mailbox.wales"],
  sections=[
      ("Profile", ["Organised, calm and discreet. Fifteen years in offices, now running my own VA business for "
                   "consultants and small firms."]),
      ("Experience", [
          E("Freelance Virtual Assistant", "GP Admin Support", "Cardiff", "2022-01", "present", "facing", "contact_center", [
              "Diary management, invoicing and travel booking for four consultants",
              "Take calls for two of them and book their clients' appointments"], etype="freelance"),
          E("Transcription Typist (homeworking)", "Clearword Transcripts", "Remote", "2021-03", "2022-06", "affecting", None, [
              "Typed legal and medical dictation paid per audio minute"], etype="freelance"),
          E("Receptionist (maternity cover)", "Llandaff Vets", "Cardiff", "2020-02", "2020-12", "facing", "in_person_service", [
              "Booked appointments, checked in pets and owners, took payments"]),
          E("Career break – travelling", None, None, "2019-03", "2020-01", "none", None, [], etype="unknown"),
          E("Office Manager", "Pritchard & Lewis Surveyors", "Cardiff", "2012-09", "2019-02", "none", None, [
              "Ran the office: payroll, supplier contracts, IT and facilities",
              "Managed two administrators"]),
          E("Temporary Administrator", "Taff Recruitment", "Cardiff", "2010", "2012", "none", None, [
              "Short assignments: filing, post room and data entry"]),
      ]),
      ("Qualifications", ["ILM Level 3 Certificate in Leadership and Management, 2016",
                          "BA (Hons) History, Cardiff University, 2009"]),
      ("Tools", ["Google Workspace · Microsoft 365 · Calendly · Xero · Express Scribe"]),
      ("Languages", ["English, Welsh (conversational)"]),
  ])

# ------------------------------------------------------------------ w025
R(file="w025.html", r="html", order="title_org", dates="mon", present="present", dsep=" to ",
  family="US Etsy print seller with a part-time café job and usability testing gigs, earlier substitute library assistant; HTML page",
  layout="html, plain/title_org, mon / 'present'",
  name="Sam Okonkwo-Reyes", contact=["Portland, OR 97214", "(503) 555-0178", "sam.okr@mailbox.art"],
  sections=[
      ("Experience", [
          E("Shop Owner (online, Etsy)", "Fern & Fiddle Prints", "Portland, OR", "2020-10", "present", "affecting", None, [
              "Design and print botanical art; pack and ship 60-100 orders a month",
              "Photograph listings and write product descriptions and tags"], etype="freelance"),
          E("Barista (part-time)", "Burnside Bean", "Portland, OR", "2022-03", "present", "facing", "in_person_service", [
              "Morning bar and register three days a week"]),
          E("Usability Tester (freelance)", "TestLoop", "Remote", "2021-01", "2022-12", "affecting", None, [
              "Recorded think-aloud tests of websites and apps for product teams, with written feedback"],
            etype="freelance"),
          E("Library Assistant (on-call substitute)", "Willamette County Library", "Portland, OR", "2018-06", "2020-09",
            "facing", "in_person_service", ["Covered the checkout desk and helped patrons with holds, printing and cards"]),
      ]),
      ("Skills", ["• Adobe Illustrator & Procreate", "• Risograph and giclée printing", "• Square, Shopify, Etsy"]),
      ("Education", ["BFA Illustration, Pacific Northwest College of Art, 2018"]),
  ])

# ------------------------------------------------------------------ w026
R(file="w026.docx", r="docx", docx=["header"], order="org_title", dates="mm/yyyy", present="Present", bullet="•",
  family="Indian beautician taking at-home bookings through an app after salon work, weekend online tutoring; name in Word page header, employer line first",
  layout="docx, header/org_title, mm/yyyy / 'Present'",
  name="Sneha Kulkarni", contact=["Kothrud, Pune 411038", "+91 98220 55532", "sneha.kulkarni@mailbox.in"],
  sections=[
      ("Professional Experience", [
          E("Beautician (at-home services)", "UrbanFix Home Services", "Pune", "2022-08", "present", "facing",
            "in_person_service", [
              "Waxing, threading, facials and bridal make-up at customers' homes, booked through the app",
              "4.85 rating; carry own kit and hygiene supplies"], etype="freelance"),
          E("Online Hindi Tutor (weekends)", "Self-employed", "Pune", "2020-04", "2021-12", "facing", "education", [
              "Video lessons for NRI children in the UK and US"], etype="freelance"),
          E("Beauty Therapist", "Glow Studio Salon", "Pune", "2019-06", "2022-07", "facing", "in_person_service", [
              "Skin and hair treatments, client consultations, product sales"]),
          E("Trainee Beautician", "Glow Studio Salon", "Pune", "2018-06", "2019-05", "facing", "in_person_service", [
              "Assisted senior therapists and attended clients for threading and manicures"], etype="internship"),
      ]),
      ("Education", ["Diploma in Cosmetology, VLCC Institute, 2018", "B.A. (Hindi), Pune University, 2017"]),
      ("Languages", ["Marathi, Hindi, English"]),
  ])

# ------------------------------------------------------------------ w027
R(file="w027.pdf", r="rl", style="left", order="dash", dates="mon", present="Now", hstyle="caps", bullet="-",
  serif=True,
  family="Newcastle zero-hours match-day steward with night parcel sorting, a pizza kitchen job with phone orders, Christmas post and food bank volunteering; reportlab left-aligned serif",
  layout="reportlab, left/dash, mon / 'Now'",
  name="Kieran Doyle", contact=["Walker, Newcastle upon Tyne", "07588 555 207", "kieran.doyle@mailbox.uk"],
  sections=[
      ("Jobs", [
          E("Steward (zero-hours)", "St James Events Staffing", "Newcastle", "2022-08", "present", "facing", "other_facing", [
              "Match days and concerts: turnstiles, searches, directing fans and dealing with ejections",
              "SIA door supervisor licence since 2023"]),
          E("Parcel Sorter (nights)", "Tyne Parcel Hub", "Gateshead", "2023-01", "2024-02", "affecting", None, [
              "Sorted parcels to delivery routes on the night belt"]),
          E("Kitchen Assistant", "Quayside Pizza Co.", "Newcastle", "2021-04", "2022-07", "facing", "in_person_service", [
              "Made dough and prepped toppings",
              "Took phone orders and served collection customers when the counter was busy"]),
          E("Christmas Casual Postal Worker", "NorthPost", "Newcastle", "2020-11", "2020-12", "affecting", None, [
              "Sorting cards and parcels in the delivery office"], text="Christmas 2020 (Nov – Dec)"),
          E("Volunteer", "Walker Foodbank", "Newcastle", "2020-04", "2021-03", "facing", "volunteering", [
              "Welcomed clients at the door, made tea and chatted while their parcels were packed"],
            section="volunteer", etype="volunteer"),
      ]),
      ("Other", ["SIA Door Supervisor licence · Emergency First Aid at Work · CSCS card",
                 "Interests: five-a-side football, cooking, fishing"]),
  ])

# ------------------------------------------------------------------ w028
R(file="w028.txt", r="txt", order="pipe", dates="m.yyyy", present="Current", dsep=" - ", hstyle="underline",
  bullet="", txtdate="paren", stack=False,
  family="South African e-hailing driver and online tutor at once, earlier cashier, merchandising for various employers and debt-collection calls; plain text with pipe headers and m.yyyy dates",
  layout="txt, plain/pipe, m.yyyy / 'Current'",
  name="Lerato Dlamini", contact=["Soweto, Johannesburg", "071 555 4829", "lerato.dlamini@mailbox.co.za"],
  sections=[
      ("Work History", [
          E("E-hailing Driver", "Self-employed", "Johannesburg", "2022-05", "present", "facing", "in_person_service", [
              "Drive on two e-hailing apps, mostly airport and Sandton trips", "4.9 rating, 6,000+ trips"],
            etype="freelance"),
          E("Online Maths & Science Tutor", "ClassConnect Online", "Remote", "2023-02", "present", "facing", "education", [
              "Evening sessions for Grade 10-12 learners"], etype="freelance"),
          E("Cashier", "Jozi Hyper", "Soweto", "2019-03", "2022-04", "facing", "in_person_service", [
              "Till, cash-up and helping customers with returns"]),
          E("Merchandiser", "Various employers", "Gauteng", "2017-01", "2019-02", "affecting", None, [
              "Packed shelves and built displays in supermarkets for suppliers, checked stock and prices"]),
          E("Call Centre Agent (Debt Collections)", "Highveld Recoveries", "Randburg", "2015-06", "2016-12", "facing",
            "contact_center", ["Outbound calls to customers in arrears, arranged payment plans"]),
      ]),
      ("Education", ["Matric (2014), Morris Isaacson High School", "Short course: Customer Service (NQF 2), 2016"]),
      ("Other", ["Code B/EB licence with PrDP", "Languages: Sesotho, isiZulu, English"]),
  ])

# ------------------------------------------------------------------ w029
R(file="w029.docx", r="docx", docx=["sidebar"], order="title_org", dates="month", present="Present", bullet="•",
  family="Filipino online ESL teacher with freelance product-listing work, earlier BPO agent who rode food delivery on the side; Word layout table with shaded sidebar",
  layout="docx, sidebar/title_org, month / 'Present'",
  name="Rowena Bautista", contact=["Pasig City, Metro Manila", "+63 918 555 2046", "rowena.bautista@mailbox.ph"],
  side=[("Skills", ["Teaching young learners", "Voice & accent", "Seller Central listings", "Canva, Photoshop"]),
        ("Education", ["BSEd English, PUP Manila, 2017", "TESOL 120 hrs, 2021"])],
  sections=[
      ("Work Experience", [
          E("ESL Online Teacher", "Bridgewords Online English", "Home-based", "2021-05", "present", "facing", "education", [
              "Teach Japanese and Korean kids and adults on the platform, 6 hours a night",
              "Consistent 5-star parent reviews"], etype="freelance"),
          E("Product Listing Assistant (freelance)", "Northstar Seller Services", "Home-based", "2022-09", "2024-01",
            "affecting", None, [
              "Uploaded product listings, edited photos and tracked stock for an online seller's store"],
            etype="freelance"),
          E("Food Delivery Rider", "FoodRush PH", "Metro Manila", "2020-04", "2021-08", "affecting", None, [],
            etype="freelance"),
          E("Customer Service Representative", "Metro BPO Solutions Inc.", "Pasig City", "2017-08", "2021-04", "facing",
            "contact_center", [
              "Inbound calls for a US telecom account: billing, plan changes and technical troubleshooting",
              "Top agent for first-call resolution, Q3 2019"]),
      ]),
  ])

# ------------------------------------------------------------------ w030
R(file="w030.pdf", r="fp", style="plain", order="title_org", dates="apos", present="Present", hstyle="rule",
  bullet="*", paper="letter",
  family="New York dog walker and hostess at the same time, earlier freelance brand ambassador, nanny and seasonal retail; fpdf2 centred header, abbreviated years",
  layout="fpdf2, plain/title_org, apos / 'Present'",
  name="Tess Marchetti", contact=["Astoria, NY 11103", "(718) 555-0142", "tess.marchetti@mailbox.nyc"],
  sections=[
      ("Experience", [
          E("Hostess", "Ferro Trattoria", "Astoria, NY", "2023-01", "present", "facing", "in_person_service", [
              "Greet guests, manage the waitlist and seat a 120-cover dining room", "Answer phones and take reservations"]),
          E("Dog Walker", "Wagly", "Queens, NY", "2023-09", "present", "facing", "entrepreneurial_freelance", [
              "Walk 6-8 dogs a day in Astoria and Long Island City",
              "Send owners updates and photos after every walk and handle their booking requests"], etype="freelance"),
          E("Brand Ambassador (freelance)", "PopShift Promotions", "New York, NY", "2022-05", "2022-12", "facing",
            "sales_account", ["Product demos and sampling at stores and street events; signed up customers for subscriptions"],
            etype="freelance"),
          E("Nanny (part-time)", "Private family", "Brooklyn, NY", "2020-09", "2022-06", "facing", "education", [
              "After-school care for two children: pick-ups, homework, activities"]),
          E("Seasonal Sales Associate", "Marlowe & Finch", "New York, NY", "2019-11", "2020-01", "facing",
            "in_person_service", []),
      ]),
      ("Education", ["A.A. Liberal Arts, LaGuardia Community College, 2021"]),
      ("Skills", ["Toast & OpenTable · Pet CPR · Spanish and Italian (conversational)"]),
  ])
