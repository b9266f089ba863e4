"""wild145 definitions w011-w020."""
from lib import E, Group, Item, P, L

DOCS = []

# ------------------------------------------------------------------ w011
DOCS.append(dict(
    file="w011.docx", renderer="docx", variant="styles", hdr="title_org", ds="month", present="Current",
    family="Australian casual disability support worker for two providers at once, Word heading styles and list bullets, 'Concurrent casual roles' group, referees from the same employers",
    name="Jacinta Moloney",
    contact=["Logan Central QLD 4114", "0491 570 159", "jacinta.moloney@example.com"],
    sections=[
        ("Career Objective", P("Experienced casual support worker looking for a permanent part-time role with one "
                               "provider instead of three apps and two rosters.")),
        ("Employment History", [
            Group("Concurrent casual roles", [
                E("Disability Support Worker", "Sunhaven Community Care", "Brisbane QLD", "2022-07", "present", "facing",
                  "healthcare_care", note="Casual, 20–30 hrs/week",
                  bullets=["Support NDIS participants in their homes with personal care, meals and medication prompts",
                           "Take clients to appointments, shopping and community activities",
                           "Write shift notes and incident reports in the client app"]),
                E("Support Worker", "Riverbend Supports", "Logan QLD", "2023-01", "present", "facing", "healthcare_care",
                  note="Casual, weekend sleepovers",
                  bullets=["Weekend sleepover and active-night shifts in a three-person supported home"]),
            ]),
            E("Rideshare Driver", "Self-employed", "Brisbane QLD", "2021-03", "2022-06", "facing", "in_person_service",
              etype="freelance",
              bullets=["Drove on two rideshare apps around my studies – 3,000+ trips, 4.95 rating",
                       "Airport runs and late-night pickups; helped passengers with bags and mobility aids"]),
            E("Storeperson", "Moreton Hardware Distribution", "Eagle Farm QLD", "2018-01", "2021-02", "affecting",
              bullets=["Picked and packed trade orders for delivery to hardware stores",
                       "Loaded trucks and did cycle counts"]),
        ]),
        ("Volunteer Work", [
            E("Volunteer Driver", "Meals Together Brisbane", "Brisbane QLD", "2019-01", "2020-12", "facing",
              "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Delivered hot meals to older clients on a weekly round, checked they were OK and reported concerns to the coordinator"]),
        ]),
        ("Qualifications", [
            Item("Certificate IV in Disability", "2022", "Logan Skills Institute"),
            Item("Certificate III in Individual Support", "2021", "Logan Skills Institute"),
        ]),
        ("Checks & Tickets", L(["NDIS Worker Screening Check – current", "Blue Card (QLD)",
                                "First Aid & CPR – renewed March 2026", "Manual handling",
                                "Open manual licence, own car with comprehensive insurance"])),
        ("Referees", [
            Item("Leanne Caruso – Team Leader, Sunhaven Community Care", None, "0491 570 313"),
            Item("Mick Dorrington – Warehouse Supervisor, Moreton Hardware Distribution", None, "07 5550 1234"),
        ]),
    ]))

# ------------------------------------------------------------------ w012
DOCS.append(dict(
    file="w012.txt", renderer="txt", hdr="oneline", ds="mon", present="Present", txt_dates="pad", txt_h="eq",
    txt_name_caps=True,
    family="UK forklift driver with weekend bar and matchday stewarding, functional plain-text CV (skills first, one-line dated job list after), overlapping side jobs near the 12-month line",
    name="Gary Pilkington",
    contact=["Eccles, Salford M30", "07700 900388", "garypilk@example.com"],
    sections=[
        ("Profile", P("Hard-working forklift driver with nine years in manufacturing and distribution. I started bar and "
                      "stewarding work on top of my day job last year and found I really enjoy dealing with people, so I "
                      "am looking for a customer-facing role.")),
        ("Key Skills", [
            Item("Customer care", bullets=["Served a busy bar on Friday and Saturday nights and stayed calm with impatient customers",
                                           "Directed fans and answered questions at the turnstiles on matchdays"]),
            Item("Safety & compliance", bullets=["Counterbalance and reach truck licences, no incidents in five years",
                                                 "Trained new starters in PPE and pedestrian safety"]),
            Item("Teamwork", bullets=["Covered extra shifts at peak and helped the night team hit dispatch targets"]),
        ]),
        ("Employment History", [
            E("Matchday Steward", "Irwell Stadium Events", "Manchester", "2025-08", "2025-11", "facing", "other_facing",
              note="(casual, home games)"),
            E("Bar Staff", "The Weaver's Rest", "Salford", "2025-02", "2025-09", "facing", "in_person_service",
              dt="Feb-Sep 2025", note="(Fri/Sat nights)"),
            E("Forklift Driver", "Redline Recruitment", "Trafford Park", "2022-03", "present", "affecting",
              note="(agency placement at a supermarket distribution centre, loading store deliveries)"),
            E("Machine Operator", "Pennine Plastics Ltd", "Oldham", "2017-01", "2022-12", "none", prec="year"),
        ]),
        ("Education & Training", L(["Counterbalance & Reach Truck – 2022", "Level 2 Award in Spectator Safety – 2025",
                                    "GCSEs – Barton Moss High School, 2012"])),
        ("Hobbies", P("Five-a-side, fishing, my two kids.")),
    ]))

# ------------------------------------------------------------------ w013
DOCS.append(dict(
    file="w013.pdf", renderer="fpdf", variant="leftcol", hdr="title_org", ds="mm/yyyy", present="Present",
    family="Canadian on-call event worker and promo staff, fpdf2 with dates in a left column, agency heading with two roles beneath",
    name="Nadia Kowalczyk",
    contact=["Calgary, AB T2E", "403-555-0126", "nadia.k@example.net"],
    sections=[
        ("Summary", P("Event and retail worker who likes a busy crowd. Five years on call with an event agency while also "
                      "working retail and promo shifts.")),
        ("Experience", [
            Group("Prairie Crew Staffing, Calgary AB", [
                E("Event Staff", "Prairie Crew Staffing", "Calgary, AB", "2021-05", "present", "facing", "other_facing",
                  note="On call, paid per shift",
                  bullets=["Scan tickets, fit wristbands and answer questions at summer festivals and concerts",
                           "Work the accessibility and lost-and-found tents at large outdoor events"]),
                E("Load-in Crew", "Prairie Crew Staffing", "Calgary, AB", "2022-06", "present", "affecting",
                  bullets=["Build and strike stages, barricades and vendor tents before gates open and after close"]),
            ], mode="org"),
            E("Brand Ambassador", "Gleam Promotions", "Calgary, AB", "2022-06", "2024-08", "facing", "in_person_service",
              bullets=["Ran product sampling tables in grocery stores on weekends",
                       "Talked shoppers through new products, handed out coupons and reported sell-through to the client"]),
            E("Cashier", "Bowfort Grocery Co-op", "Calgary, AB", "2018-09", "2021-04", "facing", "in_person_service",
              bullets=["Express lane and the customer service desk: returns, lottery and bottle refunds"]),
            E("Grounds Crew", "Parkhill Property Services", "Calgary, AB", "2017-04", "2018-08", "none",
              bullets=["Mowing, trimming and snow clearing on commercial properties"]),
        ]),
        ("Education", [Item("Diploma, Hospitality & Tourism Management (part-time, in progress)", "2024 – Present",
                            "Elbow River Polytechnic")]),
        ("Certificates", L(["ProServe Liquor Staff", "Emergency First Aid (2023)", "Class 5 licence"])),
        ("Languages", P("English, Polish (fluent)")),
    ]))

# ------------------------------------------------------------------ w014
DOCS.append(dict(
    file="w014.docx", renderer="docx", variant="tabs", hdr="title_org", ds="month", present="Present",
    family="US per-diem substitute teacher who tutored online and lifeguarded summers, Word tab-stop dates, text in page header and footer, 'Teaching' and 'Other' sections",
    name="Olivia Banks-Ferreira",
    contact=["Evanston, IL 60202  |  (847) 555-0112  |  obanksferreira@example.org"],
    docx_header="Illinois PEL, Elementary 1–6  ·  Available for long-term assignments",
    docx_footer="Olivia Banks-Ferreira · Résumé",
    sections=[
        ("Teaching Experience", [
            E("Substitute Teacher", "Lakeview Unified School District 58", "Evanston, IL", "2024-01", "present", "facing",
              "education", note="Per diem, 4–5 days a week",
              bullets=["Cover K–8 classrooms across 11 schools, including long stretches in special education",
                       "Follow lesson plans, manage transitions and leave clear notes for the classroom teacher"]),
            E("Online ESL Tutor", "LinguaBridge", "Remote", "2022-09", "2024-06", "facing", "education",
              etype="freelance",
              bullets=["One-to-one video lessons with children in Asia and South America, early mornings before class"]),
            E("Student Teacher", "Hollis Elementary School", "Chicago, IL", "2023-01", "2023-05", "facing", "education",
              etype="internship",
              bullets=["Taught a 2nd-grade class for 16 weeks under a cooperating teacher; led two full weeks solo"]),
        ]),
        ("Other Experience", [
            E("Server", "Marrow & Vine", "Chicago, IL", "2019-06", "2022-08", "facing", "in_person_service",
              bullets=["Served a 90-seat neighborhood restaurant; took large-party and allergy orders"]),
            E("Lifeguard", "Ridgemoor Park District", "Niles, IL", "2016-06", "2019-08", "facing", "other_facing",
              dt="Summers 2016–2019",
              bullets=["Guarded outdoor pools, enforced rules and ran swim tests for kids"]),
        ]),
        ("Education", [Item("B.S. Elementary Education", "May 2023", "Northbrook State University, Chicago, IL")]),
        ("Licensure", L(["Illinois Professional Educator License, Elementary 1–6 (2023)",
                         "ESL endorsement – in progress", "CPR/AED (2024)"])),
        ("Skills", P("Classroom management · Google Classroom · Seesaw · Spanish (intermediate)")),
    ]))

# ------------------------------------------------------------------ w015
DOCS.append(dict(
    file="w015.md", renderer="md", md="h3", hdr="title_org", ds="mon", present="Present",
    family="Australian self-employed bookkeeper who started hosting two short-stay apartments, Markdown h3 titles, year-only older dates, near the 12-month line",
    name="Sunita Raghavan",
    contact=["Fremantle WA 6160", "0491 570 157", "sunita.r@example.com"],
    sections=[
        ("Summary", P("Bookkeeper with twelve years in construction and small-business accounts. Since late 2025 I have also "
                      "run two short-stay apartments, so I deal with guests every week. I'd like a property or guest-services "
                      "admin role that uses both.")),
        ("Experience", [
            E("Bookkeeper", "Self-employed", "Perth WA", "2019-01", "present", "affecting", prec="year",
              etype="freelance",
              bullets=["Keep the books for nine sole traders and small builders in Xero: bank recs, payroll, BAS",
                       "Prepare year-end packs for their tax accountant"]),
            E("Short-Stay Host", "Self-managed", "Fremantle WA", "2025-11", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", note="Two apartments",
              bullets=["Handle guest enquiries, check-ins and reviews (4.92 average)",
                       "Meet guests at the door for late check-ins and sort out problems during their stay",
                       "Book cleaners and tradespeople between stays"]),
            E("Accounts Assistant", "Swan Coast Builders Pty Ltd", "Perth WA", "2014-02", "2018-12", "none",
              bullets=["Accounts payable and subcontractor payments for a residential builder",
                       "Job costing reports for the construction manager"]),
            E("Office Cleaner", "Sparkwell Cleaning Co.", "Perth WA", "2012-01", "2013-12", "none", prec="year",
              note="Evenings, while studying", bullets=["Cleaned offices after hours"]),
        ]),
        ("Qualifications", [
            Item("Diploma of Accounting", "2013", "Swan Coastal Institute"),
            Item("Registered BAS Agent", "2019 – Present"),
        ]),
        ("Software", L(["Xero", "MYOB", "Short-stay platform host tools", "Excel (pivot tables, lookups)"])),
    ]))

# ------------------------------------------------------------------ w016
DOCS.append(dict(
    file="w016.pdf", renderer="rl", variant="single", hdr="at", ds="mon", present="Present", font="Times", fs=10.5,
    footer="Kenji Albrecht-Morales  —  page {n}", caps_h=False,
    family="US backend engineer who fixes bikes on weekends, two-page reportlab résumé in Times with page footer, 'Title at Employer' lines, 'Freelance & Side Work' and 'University' sections",
    name="Kenji Albrecht-Morales",
    contact=["Seattle, WA 98118  ·  (206) 555-0164  ·  kenji.am@example.com"],
    sections=[
        ("Summary", P("Backend engineer who also works a bike shop counter on weekends and used to build websites for "
                      "local businesses. I like work where I can see the people who use what I build.")),
        ("Experience", [
            E("Software Engineer II", "Cascadia Freight Systems", "Seattle, WA", "2021-08", "present", "none",
              bullets=["Build Go services that price and route LTL freight shipments (about 2M quotes a day)",
                       "Own the carrier-rate ingestion pipeline and its on-call rotation",
                       "Cut p99 quote latency from 900 ms to 180 ms by reworking the cache layer",
                       "Review designs and mentor two junior engineers"]),
        ]),
        ("Freelance & Side Work", [
            E("Bike Mechanic", "Spoke & Sprocket", "Seattle, WA", "2024-04", "present", "facing", "in_person_service",
              note="Saturdays and Sundays",
              bullets=["Check bikes in at the service counter, diagnose with the customer and write up estimates",
                       "Tune-ups, wheel builds and hydraulic brake bleeds"]),
            E("Freelance Web Developer", "Self-employed", "Seattle, WA", "2019-01", "2021-12", "facing",
              "entrepreneurial_freelance", prec="year", etype="freelance", hdr="dash",
              bullets=["Built websites for six small businesses (a bakery, two salons, a climbing gym, a tax preparer, a florist)",
                       "Met owners to gather requirements and trained their staff to update the CMS"]),
        ]),
        ("University", [
            E("Teaching Assistant", "Northgate State University", "Seattle, WA", "2019-09", "2021-06", "facing",
              "education", section="other", note="CSE 143, part-time",
              bullets=["Ran two weekly lab sections of 25 students and held office hours",
                       "Graded assignments and answered the class discussion board"]),
            E("IT Support Intern", "Elliott Bay Clinics", "Seattle, WA", "2020-06", "2020-08", "facing",
              "internal_support", etype="internship",
              bullets=["Answered the staff help-desk line, reset passwords and set up laptops and printers for clinic staff"]),
        ]),
        ("Volunteer", [
            E("Coding Club Mentor", "Rainier Vista Library Teen Code Club", "Seattle, WA", "2022-01", "2023-12",
              "facing", "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Mentored teens every other Thursday evening through their first Python and web projects"]),
        ]),
        ("Projects", [
            Item("TransitTally – open-source bus arrival board", "2023",
                 bullets=["Raspberry Pi display for my building lobby; about 40 stars on GitHub"]),
            Item("Service-queue booking page", "2024",
                 bullets=["Small scheduling page for the bike shop's repair queue, built on a weekend"]),
        ]),
        ("Education", [Item("B.S. Computer Science", "2017 – 2021", "Northgate State University, Seattle, WA")]),
        ("Technical Skills", P("Go, Python, PostgreSQL, Kafka, Terraform, AWS, Docker. Bench work: wheel truing, "
                               "hydraulic brakes, drivetrain fitting.")),
        ("References", P("Available on request.")),
    ]))

# ------------------------------------------------------------------ w017
DOCS.append(dict(
    file="w017.docx", renderer="docx", variant="table_all", hdr="title_org", ds="mon", present="Present",
    table_cols=["When", "Job", "What I did"],
    family="Scottish shop worker with August festival jobs, delivery riding and a winter call-centre temp, Word grid table for the whole work history, single-month festival entries",
    name="Callum Drysdale",
    contact=["Leith, Edinburgh EH6", "07700 900532", "callum.drysdale@example.org"],
    sections=[
        ("Profile", P("I've worked in shops, on a bike, on the phones and every August at the festival. I'm after a "
                      "permanent customer service job with set hours.")),
        ("Work history", [
            E("Sales Adviser", "Thistle & Bramble Outdoor", "Edinburgh", "2023-10", "present", "facing",
              "in_person_service", note="16-hour contract",
              bullets=["Fit walking boots and advise on kit for hill walkers",
                       "Process click-and-collect orders and returns"]),
            Group("Festival work (August only)", [
                E("Venue Technician", "Canongate Festival Venues", "Edinburgh", "2025-08", "2025-08", "affecting",
                  bullets=["Rigged and ran lights and sound for six shows a day in a 120-seat room"]),
                E("Box Office Assistant", "Canongate Festival Venues", "Edinburgh", "2024-08", "2024-08", "facing",
                  "in_person_service",
                  bullets=["Sold and printed tickets and handled refunds when shows were cancelled"]),
            ]),
            E("Delivery Rider", "Forkful", "Edinburgh", "2023-01", "2023-09", "facing", "in_person_service",
              etype="freelance",
              bullets=["Delivered takeaway orders by e-bike, handing them over at the door and sorting out missing items with customers"]),
            E("Call Centre Agent", "Forthlight Energy", "Edinburgh", "2022-11", "2023-01", "facing", "contact_center",
              note="Winter temp contract",
              bullets=["Took inbound calls about bills and meter readings and set up payment plans"]),
        ]),
        ("Education", [
            Item("HNC Business", "2021 – 2022", "Edinburgh Northern College"),
            Item("Highers: English, Business Management, Modern Studies", "2020", "Seafield High School"),
        ], {"table": False}),
        ("Other", L(["Full UK driving licence", "PVG scheme member", "Mental Health First Aider (2024)"])),
        ("References", P("From my current manager and the festival venue, on request.")),
    ]))

# ------------------------------------------------------------------ w018
DOCS.append(dict(
    file="w018.html", renderer="html", html="nested", hdr="title_org", ds="mon", present="Present",
    doc_title="CV",
    family="Irish commis chef with agency event-catering nights, HTML page with the two current jobs nested in a 'Current (two jobs)' list, contactless delivery riding, near the 12-month line",
    name="Tadhg Ó Murchú",
    contact=["Phibsborough, Dublin 7", "085 555 0121", "tadhg.omurchu@example.net"],
    sections=[
        ("Profile", P("Commis chef working towards a chef de partie role. I also do event nights through an agency.")),
        ("Experience", [
            Group("Current (two jobs)", [
                E("Commis Chef", "The Liffey Room", "Dublin 2", "2022-03", "present", "affecting",
                  bullets=["Larder and pastry sections for a 70-cover restaurant",
                           "Prep, mise en place and the deep clean at close"]),
                E("Catering Assistant", "Emerald Event Staffing", "Dublin", "2025-10", "present", "facing",
                  "in_person_service", note="Agency shifts, one or two nights a week",
                  bullets=["Serve canapés and drinks at corporate events and weddings and look after guests at the bar"]),
            ]),
            E("Food Courier", "Bitebox", "Dublin", "2021-01", "2022-02", "affecting", etype="freelance",
              bullets=["Collected orders from restaurants by bike and left them at the door (contactless during restrictions)",
                       "Reported missing items through the app"]),
            E("Kitchen Porter", "Ballsbridge Grand Hotel", "Dublin 4", "2019-09", "2020-12", "affecting",
              bullets=["Pot wash and banqueting clear-down for a 200-bedroom hotel"]),
        ]),
        ("Volunteering", [
            E("Kitchen Volunteer", "Capel Street Community Kitchen", "Dublin 1", "2023-01", "2023-12", "affecting",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Cooked batch meals in the back kitchen for the Thursday dinner service"]),
        ]),
        ("Education & training", [
            Item("Certificate in Culinary Arts (Level 6)", "2019 – 2021", "Dublin Docklands Institute"),
            Item("HACCP Level 2", "2022"),
        ]),
        ("Languages", L(["Irish (fluent)", "English (native)", "Spanish (A2)"])),
    ]))

# ------------------------------------------------------------------ w019
DOCS.append(dict(
    file="w019.pdf", renderer="fpdf", variant="twocol", hdr="title_org", ds="mon", present="Current",
    family="Australian psychology student with a newsagency job, tutoring and summer lifeguarding, fpdf2 two-column with shaded sidebar, southern-hemisphere summer seasons",
    name="Mia Thanh Nguyen",
    contact=["Marrickville NSW 2204", "0491 570 158", "mia.t.nguyen@example.com"],
    sections=[
        ("Skills", L(["Cash handling & POS", "First aid and CPR", "R and SPSS", "Explaining maths simply"]),
         {"side": True}),
        ("Languages", L(["English", "Vietnamese (native)"]), {"side": True}),
        ("Tickets", L(["Bronze Medallion", "Pool Lifeguard award", "Working With Children Check (NSW)"]),
         {"side": True}),
        ("Profile", P("Third-year psychology student juggling a casual retail job, tutoring and research work. Reliable, "
                      "patient and used to busy weekends.")),
        ("Work experience", [
            E("Retail Assistant", "Koala Lane Newsagency", "Newtown NSW", "2023-02", "present", "facing",
              "in_person_service", note="Casual, 2–3 shifts a week",
              bullets=["Serve customers, sell lottery and transport cards and handle parcel pick-ups"]),
            E("Private Tutor", "Self-employed", "Inner West, Sydney", "2024-01", "present", "facing", "education",
              prec="year", etype="freelance",
              bullets=["HSC Maths Advanced tutoring for five students, with monthly catch-ups with parents"]),
            E("Pool Lifeguard", "Inner West Aquatic Centre", "Leichhardt NSW", "2022-12", "2024-02", "facing",
              "other_facing", dt="Summer seasons 2022/23 & 2023/24",
              bullets=["Supervised the outdoor 50 m pool and splash park, enforced rules and gave first aid"]),
            E("Food Delivery Rider", "Bitebox", "Sydney", "2022-03", "2022-12", "affecting", etype="freelance",
              bullets=["Delivered by e-bike; almost all drop-offs were leave-at-door",
                       "Kept the bag clean and hit 95% on-time"]),
        ]),
        ("University", [
            E("Research Assistant", "University of Harbourside", "Sydney", "2025-07", "present", "none",
              section="other", note="Casual, School of Psychology, 6 hrs/week",
              bullets=["Clean and code survey data in R for a sleep study and book lab rooms"]),
        ]),
        ("Education", [Item("Bachelor of Psychological Science (3rd year)", "2023 – 2026", "University of Harbourside")]),
        ("Referees", P("Available on request")),
    ]))

# ------------------------------------------------------------------ w020
DOCS.append(dict(
    file="w020.docx", renderer="docx", variant="tabs", hdr="org_title", ds="mon", present="Present",
    bullet_style=None, bullet="–", name_in_header=True,
    family="Canadian relief youth worker who also works as a library page, Word with contact in the page header, employer line first with tab-stop dates, hand-typed dash bullets",
    name="Siobhan MacIsaac",
    contact=["Dartmouth, NS B2Y", "902-555-0173", "smacisaac@example.net"],
    sections=[
        ("Summary", P("Child and youth care graduate working relief shifts in group homes alongside a steady part-time "
                      "library job. Looking for a full-time youth worker position.")),
        ("Employment", [
            Group("Casual and part-time (held at the same time)", [
                E("Relief Residential Counsellor", "Harbourlight Youth Homes", "Halifax, NS", "2022-10", "present",
                  "facing", "healthcare_care", note="Casual/relief, evenings and overnights",
                  bullets=["Cover shifts at two group homes for youth aged 12–17",
                           "Support daily routines, de-escalate conflicts and help with homework and life skills",
                           "Log incidents and medication in the home's records"]),
                E("Library Page", "Bedford Basin Public Library", "Bedford, NS", "2021-09", "present", "affecting",
                  note="Part-time, 12 hrs/week",
                  bullets=["Shelve returns, pull holds and shift collections; keep the stacks in order"]),
            ]),
            E("Door-to-door Canvasser", "Atlantic Solar Co-op", "Halifax, NS", "2021-06", "2021-08", "facing",
              "sales_account", dt="Summer 2021",
              bullets=["Knocked on doors to explain the co-op's rooftop solar program and book home assessments"]),
            E("Dishwasher", "Schooner's Fish House", "Halifax, NS", "2019-06", "2020-08", "affecting",
              bullets=["Dish pit and basic prep on the busiest nights"]),
        ]),
        ("Volunteer", [
            E("Conversation Circle Facilitator", "Halifax Newcomer Welcome Centre", "Halifax, NS", "2023-01", "2024-12",
              "facing", "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Led a weekly English conversation group for newcomer adults"]),
        ]),
        ("Education", [Item("Diploma, Child & Youth Care", "2020 – 2022", "Eastern Shore Community College")]),
        ("Certifications", L(["Non-violent crisis intervention (2023)", "Standard First Aid + CPR C",
                              "Child abuse registry and vulnerable sector check – clear"])),
        ("Interests", P("Fiddle, kayaking, thrift flips.")),
    ]))
