"""wild145 definitions w001-w010. One dict per résumé: it renders the file and its gold line."""
from lib import E, Group, Item, P, L

DOCS = []

# ------------------------------------------------------------------ w001
DOCS.append(dict(
    file="w001.pdf", renderer="rl", variant="single", hdr="title_org", ds="mon", present="Present",
    family="US rideshare driver with a weekday stock job, reportlab single column, 'Concurrent roles' sub-heading with two app jobs nested, right-aligned dates",
    name="Darnell K. Whitlock",
    contact=["Mesa, AZ 85201  ·  (480) 555-0193  ·  dk.whitlock@example.com"],
    sections=[
        ("Summary", P("Reliable driver and stock associate who has kept two or three jobs going at once since 2021. "
                      "Looking for a full-time dispatch or customer service job with steady hours.")),
        ("Work Experience", [
            Group("Concurrent roles (2022 – present)", [
                E("Rideshare Driver", "RideLoop", "Phoenix Metro, AZ", "2022-03", "present", "facing", "in_person_service",
                  etype="freelance", note="Independent contractor, 25–35 hrs/week",
                  bullets=["Completed 4,100+ trips with a 4.96 rating; car kept clean and stocked with water and chargers",
                           "Helped riders with luggage, wheelchairs and car seats; rerouted around closures on request"]),
                E("Food Delivery Courier", "Forkful", "Phoenix Metro, AZ", "2022-03", "2023-12", "affecting",
                  etype="freelance",
                  bullets=["Picked up restaurant orders and left them at the door as contactless drop-offs with a photo",
                           "Batched two or three orders per run to keep delivery times under 30 minutes",
                           "Used insulated bags so hot and cold items arrived at the right temperature"]),
            ]),
            E("Inventory Associate", "Desert Bloom Home Goods", "Tempe, AZ", "2021-08", "2024-02", "affecting",
              note="Weekday mornings, 25 hrs/week",
              bullets=["Unloaded and received freight from 5 a.m. until the doors opened at 9",
                       "Scanned cartons into the handheld system and flagged shortages to the receiving lead",
                       "Set seasonal planograms and endcaps before big promotions"]),
            E("Front Desk Attendant", "Saguaro Fitness Club", "Mesa, AZ", "2019-08", "2021-07", "facing", "in_person_service",
              bullets=["Checked members in, sold day passes and signed up new members on the tablet",
                       "Handled freeze and cancellation requests and calmed billing complaints until a manager was free",
                       "Kept the towel service and smoothie bar stocked"]),
        ]),
        ("Volunteer", [
            E("Volunteer Driver", "Valley Senior Rides", "Mesa, AZ", "2020-01", "2020-12", "facing", "volunteering",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Drove seniors to medical appointments twice a week and waited with them when needed"]),
        ]),
        ("Education", [Item("Associate of Applied Science, Logistics & Supply Chain (coursework)", "2017 – 2019",
                            "East Valley Community College, Mesa, AZ")]),
        ("Certifications", L(["Arizona Class D license, clean record", "Adult CPR/AED – 2023",
                              "Sit-down forklift certification – 2021"])),
        ("Skills", P("Spanish (conversational) · GPS routing · cash handling · RF scanners · Excel")),
    ]))

# ------------------------------------------------------------------ w002
DOCS.append(dict(
    file="w002.docx", renderer="docx", variant="tabs", hdr="title_org", ds="mon", present="Present",
    family="UK bank healthcare assistant who also works a part-time accounts job, Word right tab-stop dates, name and contact in the page header, zero-hours stewarding",
    name="Bethany Rourke", name_in_header=True,
    contact=["Chapel Allerton, Leeds LS7", "07700 900461", "beth.rourke@example.org"],
    docx_footer="Bethany Rourke – CV – 2026",
    sections=[
        ("Personal Profile", P("Caring, level-headed and used to juggling rotas. I work a permanent part-time office job and "
                               "pick up bank shifts on the wards, and I would now like a full-time healthcare support role.")),
        ("Employment", [
            E("Bank Healthcare Assistant", "St Wilfrid's Community Hospital", "Leeds", "2023-06", "present", "facing",
              "healthcare_care", note="Staff bank – flexible hours",
              bullets=["Pick up two or three bank shifts a week across elderly care and stroke rehab wards",
                       "Personal care, repositioning and helping patients with meals and fluids",
                       "Record observations (NEWS2) and report changes to the nurse in charge"]),
            E("Accounts Payable Clerk", "Harrowgate Timber Supplies Ltd", "Wakefield", "2021-02", "present", "none",
              note="Part-time, Mon–Wed",
              bullets=["Process around 400 supplier invoices a month in Sage and match them to purchase orders",
                       "Prepare the weekly BACS payment run for the finance manager",
                       "Reconcile supplier statements and chase missing credit notes by email"]),
            E("Casual Event Steward", "Northgate Event Staffing", "Leeds", "2019-04", "2022-09", "facing", "other_facing",
              bullets=["Zero-hours contract working concerts, rugby league and cricket days",
                       "Searched bags, scanned tickets and directed crowds to the right stands",
                       "Looked after lost children and first-aid calls until the supervisor arrived"]),
            E("Kitchen Porter", "The Lamb & Lantern", "Otley", "2017-09", "2019-03", "affecting",
              bullets=["Washed pots and kept the kitchen clean during service",
                       "Prepped veg and put deliveries away for the chefs"]),
        ]),
        ("Voluntary", [
            E("Telephone Befriender", "Chapeltown Befriending Scheme", "Leeds", "2020-01", "2022-12", "facing",
              "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Weekly phone calls with three isolated older people through lockdown and after",
                       "Passed on any worries about health or money to the scheme coordinator"]),
        ]),
        ("Education & Training", [
            Item("NVQ Level 2 Diploma in Care", "2023 – 2024", "Aire Valley College, Leeds"),
            Item("8 GCSEs including English and Maths", "2012 – 2017", "Moorfield High School"),
        ]),
        ("Certificates", L(["Care Certificate (2023)", "Moving & Handling and Basic Life Support – updated 2025",
                            "Level 2 Award in Event Security (2019)"])),
        ("Interests", P("Netball on Tuesday nights, baking, walking in the Dales.")),
        ("References", P("Available on request.")),
    ]))

# ------------------------------------------------------------------ w003
DOCS.append(dict(
    file="w003.txt", renderer="txt", hdr="title_org", ds="mon", present="Present", txt_dates="pad", txt_h="caps_rule",
    family="Canadian occasional (supply) teacher with private tutoring, plain text, jobs split into 'Teaching & Tutoring' and 'Alongside my studies', repeated camp summers",
    name="Anjali Mehra-Dunn",
    contact=["Toronto, ON M6P  |  416-555-0131  |  anjali.md@example.net"],
    sections=[
        ("Profile", P("Ontario Certified Teacher working occasional days in elementary and middle school, with six years of "
                      "tutoring and camp work behind me. Looking for a long-term occasional (LTO) posting.")),
        ("Teaching & Tutoring", [
            E("Occasional Teacher", "Lakeshore District School Board", "Toronto, ON", "2023-09", "present", "facing",
              "education",
              bullets=["Called in 3–5 days a week to cover K–8 classes across 14 schools",
                       "Deliver the day plan, manage behaviour and leave detailed notes for the regular teacher",
                       "Regular call-back for two Grade 4 teachers"]),
            E("Private Tutor", "Self-employed", "Toronto, ON", "2021-01", "present", "facing", "education", prec="year",
              etype="freelance",
              bullets=["Math and reading tutoring for Grades 2–8 in students' homes and online",
                       "Meet parents monthly to go over progress and homework plans"]),
        ]),
        ("Alongside my studies", [
            E("Library Assistant", "Westvale University Library", "Toronto, ON", "2021-09", "2023-04", "facing",
              "in_person_service",
              bullets=["Worked the circulation desk 12 hrs/week: loans, holds, printing and study-room bookings",
                       "Helped first-years find course reserves and set up their library accounts"]),
            E("Research Assistant", "Westvale University, Faculty of Education", "Toronto, ON", "2022-05", "2022-08",
              "none", section="other",
              bullets=["Coded classroom observation transcripts in NVivo for a literacy study",
                       "Built reference lists and formatted tables for the final report"]),
            E("Camp Counsellor", "Camp Kinnear Lake", "Haliburton, ON", "2018-06", "2021-08", "facing", "education",
              dt="Summers 2018 – 2021",
              bullets=["Led a cabin of 8–10 campers aged 9–12 for four summers",
                       "Ran canoe skills and evening programs; wrote weekly letters home to parents"]),
        ]),
        ("Education", [
            Item("Bachelor of Education (Primary/Junior)", "2021 – 2023", "Westvale University, Toronto"),
            Item("Honours B.A., Child & Youth Studies", "2017 – 2021", "Westvale University, Toronto"),
        ]),
        ("Certifications", L(["Ontario College of Teachers – certified 2023", "Standard First Aid & CPR-C (2024)",
                              "Additional Qualification: English as a Second Language, Part 1 (2024)"])),
        ("References", P("Carla Ferreira, Principal, Dunmore Park P.S. – contact details on request")),
    ]))

# ------------------------------------------------------------------ w004
DOCS.append(dict(
    file="w004.pdf", renderer="rl", variant="single", hdr="pipe", ds="mon", present="Current", paper="A4",
    rule=False, bullet="–",
    family="Australian hospitality casual holding bar and café jobs at once, reportlab A4, pipe-separated title, venue and suburb line with right dates, harvest and Christmas casual work",
    name="Keely O'Donoghue",
    contact=["Brunswick East VIC 3057 | 0491 570 156 | keely.od@example.com"],
    sections=[
        ("About me", P("Hospitality all-rounder with RSA and barista experience. I work two casual jobs at the moment "
                       "(bar nights plus café weekends) and want more shifts.")),
        ("Work history", [
            E("Casual Bartender", "The Tinker's Arms Hotel", "Fitzroy VIC", "2024-02", "present", "facing",
              "in_person_service",
              bullets=["Pour beer, wine and cocktails at a 300-capacity pub on band nights",
                       "Check IDs and refuse service in line with RSA",
                       "Close out the till and change kegs in the cellar"]),
            E("Barista", "Little Oak Espresso", "Carlton VIC", "2023-06", "present", "facing", "in_person_service",
              note="Weekends only",
              bullets=["Saturday and Sunday on the machine – up to 400 coffees a shift",
                       "Take orders at the counter and look after the regulars' tabs"]),
            E("Fruit Picker", "Goulburn Orchards Pty Ltd", "Shepparton VIC", "2023-01", "2023-03", "none",
              dt="Jan–Mar 2023", bullets=["Picked and binned pears and apples on piece rates"]),
            E("Kitchen Hand", "Sabbia Trattoria", "Brunswick VIC", "2022-08", "2023-05", "affecting",
              bullets=["Dishwashing, prep (pasta dough, sauces) and the closing clean"]),
            E("Retail Assistant", "Harbourlane Department Store", "Melbourne CBD", "2021-11", "2022-01", "facing",
              "in_person_service", note="Christmas casual",
              bullets=["Worked the toy floor and gift-wrap desk through the Christmas rush",
                       "Processed sales, lay-bys and returns on the POS"]),
        ]),
        ("Licences & tickets", L(["RSA (Victoria) – current", "Food Handling Certificate – 2022",
                                  "Full driver's licence and own car"])),
        ("Education", [
            Item("Certificate III in Hospitality", "2021", "Merri Creek Institute"),
            Item("VCE", "2020", "Westgarth Secondary College"),
        ]),
        ("Availability", P("Mon–Thu days, any night except Friday.")),
        ("Referee", P("Tom Haralambous, Venue Manager – 0491 570 110")),
    ]))

# ------------------------------------------------------------------ w005
DOCS.append(dict(
    file="w005.docx", renderer="docx", variant="table_all", hdr="title_org", ds="mon", present="Present",
    table_cols=["Dates", "Role", "Details"],
    family="Irish designer with a print day job, freelance illustration and an Etsy shop, Word with the whole work history in one grid table",
    name="Clodagh Brennan",
    contact=["Knocknacarra, Galway", "087 555 0142", "clodagh@fernleafprints.example"],
    sections=[
        ("Profile", P("Designer and illustrator with a day job in print, a freelance illustration practice and a small "
                      "online shop. I want a role where I work directly with clients on brand and packaging projects.")),
        ("Experience", [
            E("Junior Graphic Designer", "Corrib Print & Design", "Galway", "2022-03", "present", "affecting",
              bullets=["Prepare print-ready artwork for brochures, menus and shop signage from the account manager's briefs",
                       "Check proofs and colour with the production team before press runs"]),
            E("Freelance Illustrator", "Self-employed", "Galway", "2020-01", "present", "facing",
              "entrepreneurial_freelance", prec="year", etype="freelance",
              bullets=["Commissions for cafés, breweries and couples (wedding stationery)",
                       "Run the first consultation by video call, send sketches and take clients through two rounds of changes"]),
            E("Shop Owner", "Fernleaf Prints", "Online (Etsy)", "2021-10", "present", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Sell art prints and custom house portraits – 1,200+ orders, 4.9★ average",
                       "Answer buyer messages within a day, agree custom-order details and send replacements for parcels damaged in the post"]),
            E("Sales Assistant", "Kilbride Books", "Galway", "2018-09", "2019-08", "facing", "in_person_service",
              note="Part-time during college",
              bullets=["Served customers at the till and ordered in books on request",
                       "Ran the children's story-time corner on Saturdays"]),
            E("Design Intern", "Atlantic Tide Marketing", "Galway", "2019-06", "2019-08", "affecting",
              etype="internship",
              bullets=["Made social media graphics and resized ad sets for client campaigns"]),
        ]),
        ("Education", [Item("BA (Hons) Design – Visual Communication", "2016 – 2020",
                            "Corrib Institute of Art & Design, Galway")]),
        ("Software", L(["Adobe Illustrator, InDesign, Photoshop", "Procreate", "Etsy and Shopify seller tools", "Canva"]),
         {"inline": True}),
        ("Exhibitions & awards", L(["Shortlisted, Galway Illustrators' Fair poster prize 2023",
                                    "Group show 'Salt Lines', Quay Lane Gallery, 2022"])),
    ]))

# ------------------------------------------------------------------ w006
DOCS.append(dict(
    file="w006.md", renderer="md", md="bold", hdr="title_org", ds="month", present="present",
    family="UK student with four flexible jobs at once, Markdown, 'Work alongside my degree' and 'Earlier jobs' sections, zero-hours bar work and app dog walking",
    name="Ellis Moorcroft",
    contact=["Bristol BS6", "07700 900217", "ellis.moorcroft@example.org"],
    sections=[
        ("About", P("Second-year Geography student at the University of Avonmere. I fit several flexible jobs around my "
                    "timetable and I'm looking for a summer placement in visitor services or customer support.")),
        ("Work alongside my degree", [
            E("Student Ambassador", "University of Avonmere", "Bristol", "2024-10", "present", "facing", "other_facing",
              section="other", note="Casual, paid hourly",
              bullets=["Lead campus tours for prospective students and their parents on open days",
                       "Answer questions on the applicant chat and at UCAS fairs"]),
            E("Bar Staff", "The Cornhill Tap", "Bristol", "2025-01", "present", "facing", "in_person_service",
              note="Zero-hours, usually Thu–Sat",
              bullets=["Serve a busy student bar, change barrels and cash up at close"]),
            E("Dog Walker", "Self-employed", "Bristol", "2024-06", "present", "facing", "entrepreneurial_freelance",
              etype="freelance", note="Bookings through the Wagly app",
              bullets=["Meet-and-greet with every new owner before the first walk",
                       "Walk up to four dogs at a time and send photo updates after each walk"]),
            E("Telephone Fundraiser", "University of Avonmere Development Office", "Bristol", "2025-02", "2025-05",
              "facing", "contact_center",
              bullets=["Called alumni in the evenings to update their details and ask for gifts to the hardship fund",
                       "Logged every call and pledge in Raiser's Edge"]),
        ]),
        ("Earlier jobs", [
            E("Warehouse Operative", "Brightfield Logistics", "Avonmouth", "2023-11", "2023-12", "affecting",
              note="Christmas temp through an agency",
              bullets=["Picked and packed online orders for a homeware brand to hit the same-day dispatch cut-off"]),
            E("Data Annotator", "Labelwise", "Remote", "2024-03", "2024-09", "none", etype="freelance",
              bullets=["Drew bounding boxes and tagged street images for a self-driving dataset, paid per task"]),
        ]),
        ("Education", [
            Item("BSc Geography, University of Avonmere", "2024 – 2027 (expected)"),
            Item("A levels: Geography A, Biology B, English Literature B", "2022 – 2024", "Kingswood Park Sixth Form"),
        ]),
        ("Skills", L(["Food hygiene Level 2", "Full UK driving licence", "Excel, QGIS, Canva", "Welsh (basic)"])),
        ("Interests", P("Climbing, open-water swimming, marshalling at the Saturday 5k when I'm not working.")),
    ]))

# ------------------------------------------------------------------ w007
DOCS.append(dict(
    file="w007.pdf", renderer="fpdf", variant="centred", hdr="title_org", ds="mon.", present="Present", paper="Letter",
    family="US night-shift warehouse associate with weekend handyman tasks from an app, fpdf2 centred header, title line with right-aligned dates, near the 12-month line",
    name="Travis Lindqvist",
    contact=["Reynoldsburg, OH 43068", "(614) 555-0177", "t.lindqvist@example.net"],
    sections=[
        ("Objective", P("Warehouse lead hand who does handyman jobs on weekends, looking to move into a field service or "
                        "install technician position.")),
        ("Experience", [
            E("Warehouse Associate", "Buckeye Fulfillment Center", "Groveport, OH", "2021-04", "present", "affecting",
              note="Night shift, 4x10s",
              bullets=["Pick, pack and ship customer orders for an online sporting goods retailer (180+ units/hr)",
                       "Train new hires on the RF scanner and pack-station standards",
                       "Audit outbound totes for mis-picks before they go on carrier trailers"]),
            E("Handyman", "HandyHive", "Columbus, OH", "2026-02", "present", "facing", "entrepreneurial_freelance",
              etype="freelance", note="Weekend tasks booked through the app",
              bullets=["Furniture assembly, TV mounting and small repairs in customers' homes",
                       "Walk through the job with the customer on arrival, agree the scope and clean up before leaving",
                       "4.9 average rating over 60+ tasks"]),
            E("Seasonal Package Handler", "ParcelStream", "Columbus, OH", "2019-10", "2020-01", "affecting",
              bullets=["Loaded and unloaded trailers and sorted parcels on the hub belt during peak"]),
            E("Line Cook", "Scioto Grill & Taproom", "Columbus, OH", "2018-03", "2021-03", "affecting",
              bullets=["Worked grill and fry stations; prepped for 250-cover weekends"]),
        ]),
        ("Volunteer", [
            E("Volunteer Usher", "Short North Community Theater", "Columbus, OH", "2022-09", "2022-12", "facing",
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Scanned tickets, showed patrons to their seats and handled late seating for the fall season"]),
        ]),
        ("Training", [
            Item("OSHA 10-Hour General Industry", "2022"),
            Item("Forklift / Order Picker Certification", "2021", "Buckeye Fulfillment Center"),
        ]),
        ("Education", [Item("High School Diploma", "2017", "Blacklick Valley High School, Columbus, OH")]),
        ("Tools", P("Cordless drills and drivers, stud finder, laser level, RF scanner, WMS")),
    ]))

# ------------------------------------------------------------------ w008
DOCS.append(dict(
    file="w008.docx", renderer="docx", variant="table_each", hdr="title_org", ds="month", present="Present",
    family="Canadian mountain-town worker with repeated ski-lift winters and tree-planting summers, Word borderless table per job, season ranges printed as text",
    name="Rowan Tremblay-Keough", center=True,
    contact=["Squamish, BC  ·  604-555-0148  ·  rowan.tk@example.net"],
    sections=[
        ("Summary", P("Mountain-town worker: winters on the lifts and five summers tree planting, now year-round at a café. "
                      "Fit, steady in bad weather and good with guests.")),
        ("Work Experience", [
            E("Barista", "Sea-to-Sky Coffee Co.", "Squamish, BC", "2024-05", "present", "facing", "in_person_service",
              bullets=["Opening barista at a busy highway café: espresso, pour-over and the breakfast counter",
                       "Train new baristas on milk and the POS"]),
            E("Front Desk Agent", "Squamish Valley Hostel", "Squamish, BC", "2024-06", "2024-09", "facing",
              "in_person_service", note="Summer, evenings alongside the café",
              bullets=["Checked in backpackers and families, took bookings by phone and sold trail maps and shuttle tickets"]),
            E("Lift Operator", "Mount Tessaly Resort", "Whistler, BC", "2019-12", "2024-04", "facing", "other_facing",
              dt="Winter seasons 2019/20 – 2023/24 (Dec–Apr)",
              bullets=["Loaded guests onto a high-speed quad, slowing or stopping the lift for kids and adaptive skiers",
                       "Scanned passes, answered questions about runs and conditions, kept the maze shovelled"]),
            E("Tree Planter", "Coastline Reforestation Ltd", "Northern BC", "2019-05", "2023-08", "none",
              dt="Summers 2019 – 2023 (May–Aug)",
              bullets=["Planted 2,000–3,500 seedlings a day on cut blocks; camp life for 10–12 weeks a season"]),
            E("Rental Technician", "Alpine Edge Rentals", "Whistler, BC", "2018-12", "2019-04", "affecting",
              bullets=["Tuned, waxed and repaired the rental fleet in the back workshop overnight",
                       "Mounted and tested bindings to the settings on each work order"]),
        ]),
        ("Certifications", L(["Occupational First Aid Level 1 (2024)", "Serving It Right (BC)",
                              "Chainsaw safety awareness (2021)"])),
        ("Education", [Item("Diploma, Outdoor Recreation Management", "2016 – 2018",
                            "Coast Range College, North Vancouver")]),
        ("Interests", P("Backcountry skiing, mountain biking, fixing up my van.")),
    ]))

# ------------------------------------------------------------------ w009
DOCS.append(dict(
    file="w009.html", renderer="html", html="linkedin", hdr="linkedin", ds="mon", present="Present", sep=" - ",
    li_paid="Full-time", doc_title="LinkedIn profile export",
    family="US UX researcher with a wedding-photography business, LinkedIn-style HTML profile export, 'Mon YYYY - Present · n yrs n mos' lines",
    name="Marisol Echeverría",
    headline="UX Researcher · Wedding & family photographer",
    contact=["Austin, Texas, United States", "marisol.echeverria@example.com"],
    sections=[
        ("About", P("Researcher by weekday, photographer by weekend. Before research I spent three years in customer "
                    "support, and I still like being the person who talks to the people on the other end.")),
        ("Experience", [
            E("UX Researcher", "Lumenfold Software", "Austin, Texas, United States", "2023-01", "present", "affecting",
              bullets=["Plan and run moderated usability tests and interviews with small-business users",
                       "Synthesize findings into journey maps and share readouts with product and design teams"]),
            E("Wedding & Family Photographer", "Marisol Echeverría Photography", "Austin, Texas", "2019-06", "present",
              "facing", "entrepreneurial_freelance", etype="freelance",
              bullets=["About 25 weddings a year; consultation calls with couples to plan timelines and shot lists",
                       "Direct families during sessions and deliver edited galleries within three weeks"]),
            E("Customer Support Specialist", "Tallgrass Apps", "Remote", "2020-03", "2022-12", "facing",
              "digital_service",
              bullets=["Answered chat and email tickets in Zendesk for a scheduling app (~60 a day, CSAT 96%)",
                       "Wrote help-center articles and flagged recurring bugs to engineering"]),
            E("Barista", "Cedar Park Grind", "Cedar Park, Texas", "2018-08", "2020-02", "facing", "in_person_service",
              tag="Part-time"),
        ]),
        ("Volunteering", [
            E("Adoption Counselor", "Hill Country Paws Rescue", "Austin, Texas", "2021-01", "2023-12", "facing",
              "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Met adopters at weekend events, matched them with dogs and walked them through the paperwork"]),
        ]),
        ("Education", [
            Item("Hill Country State University", "2020 - 2022", "M.S., Information Studies"),
            Item("Hill Country State University", "2014 - 2018", "B.A., Psychology"),
        ]),
        ("Licenses & certifications", [
            Item("Research Ops Foundations – Lumen Academy", "Issued Mar 2023"),
        ]),
        ("Skills", L(["Usability testing", "Interviewing", "Lightroom Classic", "Zendesk", "SQL (basic)"])),
    ]))

# ------------------------------------------------------------------ w010
DOCS.append(dict(
    file="w010.pdf", renderer="rl", variant="sidebar", hdr="title_org", ds="mon", present="Present", paper="A4",
    side_rgb=(0.90, 0.94, 0.91),
    family="Irish payroll administrator with a Saturday barista job and a Christmas temp job, reportlab shaded left sidebar, 'Part-time & seasonal' section, near the 12-month line",
    name="Declan Fitzgibbon",
    contact=["Ballincollig, Co. Cork", "086 555 0193", "declan.fitz@example.net", "Full clean B licence"],
    sections=[
        ("Skills", L(["Payroll (weekly/monthly)", "Revenue PAYE Modernisation", "Excel – lookups, pivots",
                      "Espresso bar and till", "Calm under pressure"]), {"side": True}),
        ("Languages", L(["English (native)", "Irish (Leaving Cert)", "French (basic)"]), {"side": True}),
        ("Interests", P("Junior B hurling, sea swimming, sourdough."), {"side": True}),
        ("Profile", P("Payroll administrator who has spent the last two years working weekends and Christmas on the shop "
                      "floor and behind a coffee bar. I'd like to move into a client-facing payroll or service desk role.")),
        ("Experience", [
            E("Payroll Administrator", "Lee Valley Accountancy Services", "Cork", "2020-06", "present", "affecting",
              bullets=["Run weekly and monthly payroll for 35 client companies (about 900 employees)",
                       "Process starters, leavers and Revenue submissions for each client",
                       "Reconcile payroll journals before month-end close"]),
            E("Records Clerk", "Shandon Insurance Brokers", "Cork", "2018-09", "2020-05", "none",
              bullets=["Scanned and indexed archived HR and finance files into the document system",
                       "Destroyed expired records under the retention schedule"]),
        ]),
        ("Part-time & seasonal", [
            E("Weekend Barista", "The Kiln Café", "Cork", "2025-03", "2025-11", "facing", "in_person_service",
              note="Saturdays", bullets=["Saturday coffee bar and counter at a bakery café"]),
            E("Sales Assistant", "Marlowe & Finch", "Cork", "2024-11", "2024-12", "facing", "in_person_service",
              note="Christmas temp", bullets=["Fitting rooms, tills and gift wrap through the December rush"]),
        ]),
        ("Education", [
            Item("Payroll Technician Certificate", "2021"),
            Item("BA Economics & Geography", "2014 – 2017", "Inishcarra University College"),
        ]),
        ("References", P("Available on request.")),
    ]))
