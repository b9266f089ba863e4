"""Résumés w001–w015 (travel, transport, leisure, events)."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001", ext="pdf", renderer="reportlab", layout="plain", order="title_org", dstyle="month",
    present="Present", sep=" – ", family="UK cabin crew member who came up through check-in and a holiday-rep season, Word-to-PDF single column",
    name="Chloe Brannigan", contact=["Wrexley, Cheshire", "07700 914 336", "chloe.brannigan@mailbox.co.uk"],
    headline="Cabin crew with four years' flying and two on the check-in desks before that. Looking for a long-haul position.",
    sections=[
        ("Experience", [
            E("Cabin Crew Member", "Skyvale Airways", "Wrexley Airport base", "2022-03", "present", F, "in_person_service", [
                "Onboard service on short and medium-haul routes, up to four sectors a day",
                "Safety demos, pre-flight cabin checks, door operation as No. 3 / No. 4",
                "Run the bar and duty-free trolley - top seller on base Q2 2024",
                "Look after unaccompanied minors and passengers who've booked assistance"]),
            E("Customer Service Agent (Check-in & Gate)", "Northway Aviation Services", "Wrexley Airport", "2020-07", "2022-02", F, "in_person_service", [
                "Checked in passengers for three client airlines and took excess baggage payments",
                "Boarded flights to time, ran standby lists and offloads",
                "Kept things calm at the desks during the 2021 travel-document rules, which meant a lot of very unhappy people at 5am"]),
            E("Holiday Representative", "Sunward Holidays", "Playa Tamarí, Lanzarote", "2019-05", "2019-10", F, "in_person_service", [
                "Welcome meetings, excursion sales and daily hotel visits across four hotels",
                "Airport transfers on arrival and departure days, 40+ guests per coach"], dt="May – October 2019 (summer season)"),
            E("Sales Assistant", "Haddon & Pryce", "Stockport Road, Wrexley", "2017-09", "2019-04", F, "in_person_service", [
                "Part-time while at college, fragrance and accessories counters",
                "Till, gift wrapping, store card sign-ups"]),
        ]),
        ("Education", ["BTEC Level 3 Extended Diploma in Travel and Tourism (Merit), Wrexley College, 2017–2019"]),
        ("Training & Certificates", ["Cabin crew attestation (EASA), 2022", "Dangerous goods awareness, recurrent 2025", "First aid (airline), recurrent 2025"]),
        ("Languages", ["English (native), Spanish (conversational, B1)"]),
        ("References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002", ext="docx", renderer="docx", layout="styles", order="title_org", dstyle="mon",
    present="Present", sep=" – ", family="Irish ramp agent promoted to ramp team leader and load controller, Word heading styles with list bullets",
    name="Darragh Keaveney", contact=["Ballyfarran, Co. Meath", "087 615 2290", "dkeaveney@mailbox.ie"],
    headline=None,
    sections=[
        ("Profile", ["Eight years airside with one handling agent. Load control qualified on A320 family and B737-800, IATA AHM-trained, holding a full airside driving permit (manoeuvring area). Happy on shifts."]),
        ("Employment History", [
            E("Load Controller", "Aerlinn Ground Handling", "Dublin Airport", "2023-04", "present", N, None, [
                "Produce loadsheets and trim sheets for up to 40 turnarounds a shift for four client airlines",
                "Issue loading instructions to the ramp and amend them for late bags, cargo and fuel changes",
                "Send LDM/CPM messages to outstations and agree final figures with the flight deck by radio",
                "Part of the team that took over centralised load control for two regional outstations in 2025"]),
            E("Ramp Team Leader", "Aerlinn Ground Handling", "Dublin Airport", "2021-05", "2023-03", A, None, [
                "Led a crew of five on A320 and B737 turnarounds; hold loading to the LIR and sign-off",
                "Pushback and headset, marshalling, chocks and cones",
                "Trained new starters on ULD handling and the baggage reconciliation scanners"]),
            E("Ramp Agent", "Aerlinn Ground Handling", "Dublin Airport", "2019-03", "2021-04", A, None, [
                "Loading and offloading bags and cargo, bulk and ULD",
                "Temporary lay-off Apr–Sep 2020, returned with the first rehire group"]),
            E("Baggage Handler (seasonal)", "Swiftbag Handling Ltd", "Dublin Airport", "2018-06", "2018-08", A, None, [
                "Make-up area in the baggage hall: sorting outbound bags by flight onto carts and into containers"], dt="Summer 2018"),
            E("Warehouse Operative", "Kilbride Distribution", "Navanstown", "2016-09", "2019-02", A, None, [
                "Picking and wrapping mixed pallets for supermarket store deliveries, RF scanner, 160+ cases/hr"]),
        ]),
        ("Qualifications", ["Load control (A320/B737) – Aerlinn in-house, 2023", "Airside Driving Permit (manoeuvring area)", "Leaving Certificate, St. Fintan's Community School, 2016"]),
        ("Interests", ["GAA (club junior B team), five-a-side, fishing"]),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003", ext="txt", renderer="txt", layout="portal", order="dash", dstyle="mon-yy",
    present="till date", sep=" to ", rsep="   :   ", family="Indian travel consultant with ticketing back-office years and a holiday tele-sales start, job-portal text with 'till date'",
    name="HARPREET KAUR SANDHU", contact=["Mobile: +91 98150 43177", "E-mail: harpreet.sandhu88@mailbox.in", "Address: H.No. 212, Model Colony, Navgarh (Punjab)"],
    headline="Career Objective: To work in a reputed travel organisation where I can use my ticketing and holiday sales experience and grow with the company.",
    bullet="*",
    sections=[
        ("Work Experience", [
            E("Senior Travel Consultant", "Yatrika Holidays Pvt. Ltd.", "Navgarh", "2021-08", "present", F, "sales_account", [
                "Handling walk-in and phone enquiries for domestic and international holiday packages (Dubai, Thailand, Europe, Kashmir)",
                "Preparing itineraries and quotations, follow up with clients till booking and final payment",
                "Achieving monthly sales target of Rs. 12 lakh; best consultant award Q3 2023",
                "Guiding clients on visa documents for Schengen, UK and Canada visitor visa"]),
            E("Ticketing Executive", "Skybridge Tours & Travels", "Navgarh", "2018-06", "2021-07", A, None, [
                "Issuing domestic and international air tickets on Galileo and Amadeus",
                "Reissue, refund and void of tickets, ADM handling",
                "Coordination with airline back office for group bookings",
                "Preparing invoices and monthly statements for corporate accounts"]),
            E("Tele Sales Executive", "Wanderlane Travel Solutions", "Sahibpur", "2017-01", "2018-05", F, "contact_center", [
                "Outbound calling to leads for holiday packages, 120-150 calls per day",
                "Transferring interested customers to the senior sales team, updating CRM"]),
            E("Front Office Trainee", "Hotel Royal Crest", "Navgarh", "2016-06", "2016-07", F, "in_person_service", [
                "Six weeks summer training at reception: guest check-in, registration, telephone"], etype="internship"),
        ]),
        ("Educational Qualification", ["B.Com, Punjabi University (regular), 2016 - 61%", "IATA Foundation in Travel and Tourism, 2017", "12th (Commerce), PSEB, 2013"]),
        ("Computer Skills", ["Galileo, Amadeus, MS Office, Tally"]),
        ("Personal Details", ["Father's Name: S. Gurmeet Singh", "Date of Birth: 14-03-1995", "Languages Known: Punjabi, Hindi, English", "Marital Status: Married"]),
        ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.", "Place: Navgarh                                   (Harpreet Kaur)"]),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004", ext="pdf", renderer="fpdf2", layout="left", order="title_org", dstyle="mon",
    present="Present", sep=" – ", orgsep=" | ", family="Australian tour guide with a Japanese ski season and a Canadian orchard job on a working holiday, fpdf2 left header",
    name="Mackenzie Doyle", contact=["Carrabeen QLD 4873", "0412 558 019", "kenzie.doyle@mailbox.com.au"],
    headline="Tour guide and driver. HR licence, Senior First Aid, happiest outdoors with a group.",
    sections=[
        ("Work history", [
            E("Tour Guide / Driver", "Redgum Trails", "Carrabeen QLD", "2023-09", "present", F, "in_person_service", [
                "Lead 1-day and 3-day 4WD tours for up to 21 guests (HR licence)",
                "Commentary on the rainforest, local history and wildlife; cultural sites visited with Traditional Owner guides",
                "Cook camp dinners and manage dietaries, first aid, river-crossing briefings"]),
            E("Ski Instructor (Level 2)", "Yukiyama Snow School", "Shirakane, Japan", "2022-12", "2023-03", F, "education", [
                "Group and private lessons for kids and adults, mostly beginners, in English and rusty Japanese",
                "Ran the kids' club afternoon program twice a week"]),
            E("Orchard Worker", "Sunhollow Orchards", "Kelbrook BC, Canada", "2022-06", "2022-10", N, None, [
                "Thinning and picking cherries and apples on a working holiday visa; ladder work, bin counts"]),
            E("Barista", "The Pelican Café", "Carrabeen QLD", "2019-02", "2022-04", F, "in_person_service", [
                "Coffee for 300+ a morning, opening shifts, tills and the odd catering job"]),
        ]),
        ("Tickets & licences", ["HR driver licence, Driver Authority (QLD)", "Senior First Aid + CPR (2025)", "CSIA Level 2 ski instructor", "Advanced 4WD"]),
        ("Education", ["Cert III Tourism, TAFE, 2019"]),
        ("Referees", ["Gus Whitlam – Operations, Redgum Trails – 0400 221 843", "Second referee on request"]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005", ext="md", renderer="md", layout="h3", order="title_org", dstyle="mon",
    present="Present", sep=" – ", orgsep=" — ", family="Filipino cruise-ship waiter listing each ship contract separately, galley utility first contract, Markdown h3",
    name="Rodel B. Macaraeg", contact=["Brgy. San Roque, Lipacan, Batangas", "+63 917 402 8831", "rodel.macaraeg@mailbox.ph"],
    headline="Assistant Waiter with 3 contracts at sea. Seaman's book, US C1/D visa valid to 2029, STCW basic training.",
    sections=[
        ("Sea Service", [
            E("Assistant Waiter", "Meridian Cruise Line", "M/V Coral Meridian (Caribbean)", "2024-11", "2025-07", F, "in_person_service", [
                "Main dining room, 2 sittings nightly, station of 8 tables with my head waiter",
                "Serve bread, water, wine pairing pour, clear and reset between courses",
                "Know the guests' allergies and preferences by the 2nd night, many returning cruisers"]),
            E("Assistant Waiter", "Meridian Cruise Line", "M/V Aurora Meridian (Mediterranean)", "2023-10", "2024-06", F, "in_person_service", [
                "Buffet and main dining, promoted from galley after first contract",
                "Breakfast room service runs when short of staff"]),
            E("Galley Utility", "Meridian Cruise Line", "M/V Aurora Meridian (Mediterranean)", "2022-09", "2023-05", A, None, [
                "Pot wash and dish machine, garbage segregation per MARPOL",
                "Helped cold kitchen with mise en place"]),
        ]),
        ("Land-based Experience", [
            E("Waiter", "Casa Verano Resort & Spa", "Lipacan, Batangas", "2019-04", "2022-06", F, "in_person_service", [
                "Restaurant and poolside bar, weddings and events on weekends",
                "Took orders, served, handled billing at the POS"]),
        ]),
        ("Training", ["STCW Basic Safety Training (2022)", "Crowd Management & Crisis Management", "Food Safety Level 2 (VSP)"]),
        ("Education", ["BS Hospitality Management, 2nd year (not completed) — Batangas Polytechnic College"]),
        ("Documents", ["Passport (valid 2031) · Seaman's Book · C1/D visa · Yellow fever"]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006", ext="docx", renderer="docx", layout="tabs", order="org_title", dstyle="mon",
    present="Present", sep=" – ", family="Polish head concierge in an English city hotel, night auditor who covered the desk, Word tab-stop dates, employer line first",
    name="Tomasz Wierzbicki", contact=["Kingsbrook KB4 2RP", "07412 330 981", "t.wierzbicki@mailbox.co.uk"],
    headline="Head Concierge. Les Clefs-style service, ten years in five-star and boutique hotels in Kingsbrook.",
    sections=[
        ("Career", [
            E("Head Concierge", "The Albury Grand Hotel", "Kingsbrook", "2021-02", "present", F, "in_person_service", [
                "Lead a team of six concierges and doormen across three shifts",
                "Theatre, restaurant, chauffeur and private-tour bookings, often last-minute for repeat VIP guests",
                "Keep our black book of suppliers and negotiate commission",
                "Member of the national concierge association since 2023"]),
            E("Night Auditor", "Kingsbrook Riverside Hotel", "Kingsbrook", "2018-05", "2021-01", F, "in_person_service", [
                "Ran the night audit and end of day in Opera, balanced cashiers' floats",
                "Only person on reception from 23:00 – late check-ins, wake-up calls, noise complaints, taxis",
                "Daily revenue and occupancy report for the GM"]),
            E("Porter / Doorman", "The Albury Grand Hotel", "Kingsbrook", "2016-07", "2018-04", F, "in_person_service", [
                "Luggage, valet hand-over, directions and the famous umbrella"]),
            E("Kitchen Porter", "The Mill House Inn", "Ashby Lane, Kingsbrook", "2015-10", "2016-06", A, None, [
                "Washing up, deep cleans, unloading deliveries. My first job in England - learned English here."]),
        ]),
        ("Languages", ["Polish (native), English (fluent), Russian (basic), German (basic)"]),
        ("Education", ["Technikum Hotelarskie (hotel technical school), Poland, 2014"]),
        ("Other", ["Full UK driving licence", "Personal licence holder (alcohol)"]),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007", ext="txt", renderer="txt", layout="indeed", order="dateline", dstyle="month",
    present="Present", sep=" to ", family="US personal trainer and group fitness instructor with overlapping part-time jobs and a medical leave, Indeed-style text export",
    name="Dana Whitcomb", contact=["Alder Springs, CO 80931", "(719) 555-0148", "dwhitcomb.fit@mailbox.com"],
    headline="NASM-CPT and group fitness instructor. Strength, mobility, and getting people who hate gyms to come back.",
    sections=[
        ("Work Experience", [
            E("Personal Trainer (Independent Contractor)", "Peak Form Athletic Club", "Alder Springs, CO", "2022-01", "present", F, "entrepreneurial_freelance", [
                "Built my own book of about 25 clients, sessions billed through the club",
                "Movement assessments, 12-week programs, check-ins by text between sessions",
                "Run a 6-week 'Strong at 60' small group twice a year"], etype="freelance"),
            E("Group Fitness Instructor", "Rivermark Community Recreation Center", "Alder Springs, CO", "2021-03", "present", F, "in_person_service", [
                "Teach 4 classes a week (cycle, bootcamp, senior strength), 10-30 participants",
                "Cover other instructors' classes on short notice"]),
            E("Front Desk Associate", "Peak Form Athletic Club", "Alder Springs, CO", "2019-08", "2021-12", F, "in_person_service", [
                "Member check-in, guest passes, tours for prospects, freezing and cancelling memberships",
                "Kept the towel service and the smoothie bar going on weekends"]),
            E("Medical leave", None, None, "2019-01", "2019-07", N, None, [
                "ACL reconstruction and rehab; finished my CPT coursework during recovery"], etype="unknown"),
            E("Lifeguard", "City of Alder Springs Aquatics", "Alder Springs, CO", "2018-06", "2018-08", F, "other_facing", [
                "Outdoor pool, rotations, swim tests for kids, two rescues"], dt="Summer 2018"),
        ]),
        ("Education", ["Colorado Front Range Community College - Exercise Science coursework (24 credits), 2017 to 2018"]),
        ("Certifications", ["NASM Certified Personal Trainer - 2019", "AFAA Group Fitness - 2021", "CPR/AED - current"]),
        ("Skills", ["Program design, kettlebells, TRX, Mindbody scheduling, Spanish (basic)"]),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008", ext="pdf", renderer="reportlab", layout="sidebar", order="title_org", dstyle="mon",
    present="Present", sep=" – ", side=["Skills", "Competences"], accent="#6b1d2a", side_bg="#f1e9e6",
    family="UK rail worker: station assistant and senior conductor who moved into a signal box, heritage-railway volunteer guard, reportlab shaded sidebar",
    name="Marcus Oyelaran", contact=["Ashcombe, Wessex", "07931 204 776", "marcus.oyelaran@mailbox.co.uk"],
    headline="Signaller, ex-conductor",
    sections=[
        ("Skills", ["Rule Book & PTS", "Train regulation", "Possession management", "Customer handling", "Calm in disruption"]),
        ("Competences", ["Signaller L5 (panel)", "Conductor – route and traction knowledge (lapsed 2022)", "PTS (current)"]),
        ("Summary", ["I spent six years looking after passengers on trains and platforms before moving into signalling. I now run a busy panel box and I know what a delay means at the other end of the line."]),
        ("Employment", [
            E("Signaller", "Westmarch Rail Infrastructure", "Ashcombe Panel Box", "2022-06", "present", N, None, [
                "Operate the Ashcombe panel: route setting, train regulation and the level crossings on the branch",
                "Manage possessions, line blockages and T3 handbacks with engineering teams",
                "Six months' training, passed competence December 2022"]),
            E("Senior Conductor", "Southline Trains", "Ashcombe depot", "2018-03", "2022-05", F, "in_person_service", [
                "Safe dispatch and door operation on 4 and 8-car units",
                "Ticket checks and sales on board, penalty fares when needed",
                "Ramps and assistance for passengers with reduced mobility; disruption announcements"]),
            E("Station Assistant", "Southline Trains", "Kelbury station", "2016-01", "2018-02", F, "in_person_service", [
                "Ticket office cover, gateline, platform duties and passenger assistance"]),
        ]),
        ("Volunteering", [
            E("Volunteer Guard", "Ashcombe Valley Heritage Railway", "Ashcombe", "2014", "present", F, "volunteering", [
                "Guard on steam services most summer weekends; tickets, commentary, lots of families"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["GCSEs (8) incl. Maths and English, Kelbury Academy"]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009", ext="html", renderer="html", layout="table", order="title_org", dstyle="mon",
    present="Present", sep=" – ", family="US high-school/college student with theme-park summers, a cinema job and a dishwashing start, HTML table with dates left",
    name="Isabella Montoya-Reyes", contact=["Palmetto Creek, FL", "(352) 555-0192", "izzy.montoyareyes@mailbox.com"],
    headline="Hospitality management freshman looking for part-time guest service work.",
    sections=[
        ("Experience", [
            E("Attractions Lead", "Lost Harbor Adventure Park", "Palmetto Creek, FL", "2025-06", "2025-08", F, "in_person_service", [
                "Ran the Buccaneer Drop and the splash pad crew (7 hosts)",
                "Height checks, loading and dispatch, ride-closure announcements"], dt="Summer 2025"),
            E("Attractions Host", "Lost Harbor Adventure Park", "Palmetto Creek, FL", "2024-06", "2024-08", F, "in_person_service", [
                "Greeted and loaded guests; managed single-rider line; rotated through four rides"], dt="Summer 2024"),
            E("Cinema Team Member", "Starlite Cinemas 12", "Palmetto Creek, FL", "2023-10", "present", F, "in_person_service", [
                "Box office, concessions and ushering",
                "Clean auditoriums between shows"]),
            E("Dishwasher", "Gulfway Seafood Shack", "Cedar Key Rd, Palmetto Creek, FL", "2022-06", "2023-08", A, None, [
                "Dish pit, bussing carts back from the floor, prep help on weekends"]),
        ]),
        ("Education", ["Palmetto State College – A.S. Hospitality & Tourism Management (in progress)", "Palmetto Creek High School, diploma 2025"]),
        ("Skills", ["Bilingual English/Spanish", "Food Handler certificate", "CPR"]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010", ext="docx", renderer="docx", layout="table", order="title_org", dstyle="month",
    present="Present", sep=" - ", family="South African golf club pro-shop assistant who started as a caddie and greenkeeping hand, Word borderless table per job, year-only early dates",
    name="Lwazi Ndlovu", contact=["12 Mdoni Road, Umhlanzi, KwaZulu-Natal", "072 418 3306", "lwazi.ndlovu@mailbox.co.za"],
    headline=None,
    sections=[
        ("Personal Profile", ["Golf is my life since I was 14 carrying bags. I know the game, I know the members, and I can sell. Seeking a position as assistant professional or golf operations."]),
        ("Work Experience", [
            E("Pro Shop Assistant", "Umhlanzi Country Club", "Umhlanzi", "2022-02", "present", F, "in_person_service", [
                "Tee-time bookings at the counter and on the phone, competition entries",
                "Selling equipment and apparel; club fitting with the pro",
                "Cart and club hire, cashing up"]),
            E("Caddie Master", "Umhlanzi Country Club", "Umhlanzi", "2019-07", "2022-01", F, "in_person_service", [
                "Allocated caddies to members and visitors every morning at the bag room",
                "Trained new caddies in etiquette and reading greens"]),
            E("Caddie", "Umhlanzi Country Club", "Umhlanzi", "2016", "2019", F, "in_person_service", []),
            E("Greenkeeping Assistant", "Seaview Links Golf Estate", "Umhlanzi", "2014", "2015", A, None, [
                "Mowing greens and fairways, raking bunkers, changing holes before the first tee-off"]),
        ]),
        ("Community", [
            E("Junior Golf Coach (Volunteer)", "Umhlanzi Township Golf Development Programme", "Umhlanzi", "2021-03", "present", F, "education", [
                "Saturday clinics for 20 learners aged 9-16"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Matric (Grade 12), Umhlanzi High School, 2015", "PGA of SA Level 1 Coaching, 2023"]),
        ("References", ["Mr P. Govender, Club Manager, Umhlanzi Country Club - 031 555 0192", "Mr S. Dube, Head Professional - 083 555 7241"]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011", ext="pdf", renderer="fpdf2", layout="centred", order="title_org", dstyle="mm/yyyy",
    present="Present", sep=" – ", family="Welsh festival production coordinator (freelance) who started on box office, stewarding and site crew, fpdf2 centred header, undated volunteer entry",
    name="Rhiannon Pryce-Evans", contact=["Caerwen", "07833 102 664", "rhiannon.pe@mailbox.co.uk"],
    headline="Event production coordinator – outdoor festivals, 3k to 15k capacity.",
    sections=[
        ("Production", [
            E("Production Coordinator", "Freelance", None, "2022-04", "present", A, None, [
                "Advance suppliers, power, staging, sanitation and crew schedules for outdoor festivals",
                "Run the production office through build, show days and derig; crew catering and accommodation",
                "Production budgets of £40-120k; site plans in Vectorworks for licensing submissions"], etype="freelance"),
            E("Festival Site Crew", "Greenfield Event Structures Ltd", "Caerwen", "2019-04", "2019-09", A, None, [
                "Stage, fencing and marquee build and derig at six summer festivals; telehandler ticket"], dt="04/2019 – 09/2019 (seasonal)"),
        ]),
        ("Other Work", [
            E("Box Office Assistant", "Caerwen Arts Centre", "Caerwen", "2017-09", "2020-03", F, "in_person_service", [
                "Part-time. Ticket sales in person and by phone, access bookings, front-of-house cover"]),
            E("Event Steward", "Shield Crowd Management", None, "2016-06", "2019-08", F, "other_facing", [
                "Casual: ticket and wristband checks, crowd pit, car parks, lost property"]),
        ]),
        ("Volunteering", [
            E("Information Tent Volunteer", "Caerwen Food Festival", None, None, None, F, "volunteering", [
                "Every August: information point and lost children tent"], section="volunteer", etype="volunteer", dt="(annually)"),
        ]),
        ("Qualifications", ["BA (Hons) Events Management, Caerwen Metropolitan University — 2:1, 2018", "SIA Door Supervisor (expired)", "IPAF 3a/3b, Telehandler (CPCS)", "Welsh speaker (fluent)"]),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012", ext="docx", renderer="docx", layout="header", order="org_title", dstyle="mm/yyyy",
    present="Present", sep=" - ", footer="Derek Amankwah – CV",
    family="English bus driver moved into the depot's scheduling office, earlier European coach tours and parcel van, contact in the Word page header",
    name="Derek Amankwah", contact=["Brackenfield", "07577 031 428", "derek.amankwah@mailbox.co.uk"],
    headline=None,
    sections=[
        ("About me", ["PCV driver for nine years, now in the scheduling office. I know what a schedule looks like from the cab, which is why my drivers don't hate my duties."]),
        ("Work history", [
            E("Scheduling Officer", "Brackenfield Citylink Buses", "Brackenfield", "2024-03", "present", A, None, [
                "Build vehicle and duty schedules for 14 town and school routes",
                "Produce public timetables for service changes and registration with the traffic commissioner",
                "Run-time analysis from ticket machine and GPS data"]),
            E("Bus Driver", "Brackenfield Citylink Buses", "Brackenfield", "2017-05", "2024-02", F, "in_person_service", [
                "Town, inter-urban and school services",
                "Selling tickets, checking passes, helping wheelchair users and buggies on board",
                "Dealing with incidents and reporting defects, mentor driver from 2021"]),
            E("Coach Driver (seasonal)", "Evergreen Coach Holidays", "tours to France, Italy, Austria", "2015-04", "2016-10", F, "in_person_service", [
                "Extended tours of 7-14 days, driving hours and tachograph rules, luggage, looking after the group with the tour manager"]),
            E("Multi-drop Van Driver", "Parcelwise Logistics", "Brackenfield", "2013-02", "2015-03", A, None, [
                "Loaded own van at the depot, 120+ parcels a day, left in safe places with photo proof"]),
        ]),
        ("Licences & training", ["D, D1, C1 + CPC (current)", "Digital tachograph card", "Disability awareness, conflict resolution (2022)"]),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013", ext="md", renderer="md", layout="bold", order="title_org", dstyle="mon",
    present="Present", sep=" – ", orgsep=", ", bullet="*",
    family="English seasonaire: chalet host, watersports instructor, ski technician, bar job and lift operator, Markdown bold title lines with season dates",
    name="Ollie Fairweather", contact=["Dunmere, Cornwall", "07488 219 050", "olliefairweather@mailbox.co.uk"],
    headline="Three years of back-to-back seasons. Looking for a summer 2027 resort role (or anything with a boat).",
    sections=[
        ("Seasons", [
            E("Lift Operator", "Valmorin Remontées", "Valmorin, France", "2025-12", "2026-04", F, "other_facing", [
                "Loading skiers and boarders onto the Grand Col six-seater, slowing/stopping for kids and nervous ones",
                "Shovelling, a lot of shovelling"], dt="Dec 2025 – Apr 2026"),
            E("Bar Staff", "The Anchor", "Dunmere", "2025-05", "2025-10", F, "in_person_service", []),
            E("Ski Technician", "Snowline Rentals", "Valmorin, France", "2024-12", "2025-04", F, "in_person_service", [
                "Boot fitting and ski set-up for hire customers, DIN settings, wax and edges overnight"], dt="Winter 2024/25"),
            E("Watersports Instructor", "Blue Cove Activity Holidays", "Kalithéa, Greece", "2024-05", "2024-10", F, "education", [
                "Taught dinghy sailing, windsurf and SUP to guests, kids' club sessions in the mornings",
                "Rescue boat cover"]),
            E("Chalet Host", "Alpine Hearth Chalets", "Valmorin, France", "2023-12", "2024-04", F, "in_person_service", [
                "Cooked breakfast, afternoon tea and three-course dinners for 12 guests, six days a week",
                "Cleaned the chalet, airport runs, ski-pass chaos on Sunday mornings"], dt="Winter 2023/24"),
        ]),
        ("Quals", ["RYA Dinghy Instructor, RYA Powerboat Level 2, Windsurf Start Instructor", "Food Hygiene Level 2", "A levels: Geography, PE, Biology (Dunmere Sixth Form, 2023)"]),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014", ext="pdf", renderer="reportlab", layout="twocol", order="title_org", dstyle="month",
    present="Present", sep=" – ", paper="letter", footer="Geneviève Tremblay-Ouellet  ·  page {n}",
    family="Canadian airport terminal duty manager, airside operations and ramp supervision between, 2-page reportlab with two-column header and footer",
    name="Geneviève Tremblay-Ouellet", contact=["Lakehurst, ON", "(705) 555-0139", "g.tremblayouellet@mailbox.ca", "Bilingual EN / FR"],
    headline="Airport operations leader — terminal, airside and ground handling",
    sections=[
        ("Summary", ["Nineteen years in airport and airline operations, the last seven running the terminal as a duty manager. Comfortable in a busy irregular-operations day, with airlines, agencies and passengers all wanting something from me at the same time. Fully bilingual."]),
        ("Professional Experience", [
            E("Terminal Duty Manager", "Lakehurst International Airport Authority", "Lakehurst, ON", "2019-06", "present", F, "in_person_service", [
                "Accountable 24/7 (rotating) for the passenger terminal: staffing of contractors, queue management, facilities faults and emergencies",
                "Lead the airport's response in irregular operations: diversions, de-icing holds, overnight passengers, cots and vouchers",
                "Meet passengers who escalate at the information desk or through the airport's feedback line; handle complaints involving several airlines or agencies",
                "Chair the daily terminal coordination call with airlines, CBSA, screening and ground handlers",
                "Rewrote the terminal's winter storm plan after the 2022 event; accessible-travel lead since 2023"]),
            E("Airside Operations Officer", "Lakehurst International Airport Authority", "Lakehurst, ON", "2014-03", "2019-05", N, None, [
                "Runway and taxiway inspections, friction testing, FOD and wildlife control",
                "Issue NOTAMs and coordinate works-in-progress with ATC and contractors",
                "Airside vehicle operator permit testing for tenant staff",
                "Emergency response coordination on the airfield, annual full-scale exercises"]),
            E("Ground Handling Supervisor", "Boreal Aviation Services", "Lakehurst, ON", "2010-08", "2014-02", A, None, [
                "Supervised ramp crews of up to 12 on narrow- and wide-body turnarounds",
                "Baggage and cargo loading to load plan, delay coding and turnaround reports",
                "De-icing coordination in winter operations"]),
            E("Customer Service Agent", "Boreal Aviation Services", "Lakehurst, ON", "2007-05", "2010-07", F, "in_person_service", [
                "Check-in, gate and arrivals for four client airlines, in English and French",
                "Baggage irregularity desk during peak summers"]),
        ]),
        ("Community", [
            E("Board Member (Treasurer)", "Lakehurst Minor Hockey Association", "Lakehurst, ON", "2018", "present", N, None, [
                "Budget, registration fees and ice-time contracts for 600 players"], section="volunteer", etype="volunteer"),
        ]),
        ("Education & Training", ["Airport Operations Diploma (IAOP), 2016", "College diploma, Aviation Management – Collège de la Baie, 2007", "Emergency Management certificate, 2020", "Airside Vehicle Operator's Permit (D)"]),
        ("Languages", ["French (native), English (fluent), Spanish (basic)"]),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015", ext="docx", renderer="docx", layout="header", order="title_org", dstyle="month",
    present="Current", sep=" – ", footer="Siobhán Carolan · CV",
    family="Irish leisure centre supervisor back after a caring break; swim teacher, lifeguard and golf-club receptionist before, contact in the Word page header",
    name="Siobhán Carolan", contact=["Kilrooney, Co. Clare", "086 402 7781", "siobhancarolan@mailbox.ie"],
    headline=None,
    sections=[
        ("Experience", [
            E("Leisure Centre Supervisor", "Kilrooney Leisure & Aquatic Centre", "Kilrooney", "2022-09", "present", F, "in_person_service", [
                "Duty supervisor on shift for gym, pool and reception, 8-12 staff",
                "First point of escalation for member complaints at reception and on the pool deck",
                "Daily pool plant checks and the swim-school timetable"]),
            E("Career break – caring for my father", None, None, "2020-11", "2022-08", N, None, [], etype="unknown"),
            E("Swimming Teacher (part-time)", "Kilrooney Swim School", "Kilrooney", "2015-04", "2020-10", F, "education", [
                "Lessons for babies to adults, Swim Ireland levels 1-10; parent updates poolside"]),
            E("Receptionist (weekends)", "Glenmore Golf & Leisure Club", "Glenmore", "2016-01", "2019-06", F, "in_person_service", [
                "Bookings, member queries, green fees"]),
            E("Lifeguard", "Kilrooney Leisure & Aquatic Centre", "Kilrooney", "2013-06", "2015-03", F, "other_facing", [
                "Pool supervision and public sessions"]),
        ]),
        ("Qualifications", ["National Pool Lifeguard (IWS), renewed 2025", "Swim Teacher Level 2", "Pool Plant Operator", "Leaving Cert, 2013"]),
    ]))
