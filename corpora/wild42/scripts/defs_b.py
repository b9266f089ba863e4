"""Résumés w016–w030 (travel, transport, leisure, events)."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file="w016", ext="txt", renderer="txt", layout="caps", order="inline", dstyle="MON",
    present="PRESENT", sep=" - ", bullet="•",
    family="Filipino airport passenger service agent, lost-and-found desk, airline reservations call centre and a ticketing office, caps text with inline dates",
    name="Maria Kristine Dela Paz", contact=["Blk 4 Lot 12, Sampaguita St., San Felipe Norte, Pampanga", "0926 551 0847 | tin.delapaz@mailbox.ph"],
    headline="Objective: To obtain a Passenger Service or Station Supervisor position with a growing airline.",
    sections=[
        ("Work Experience", [
            E("Passenger Service Agent", "PhilStar Ground Services, Inc.", "Clarkfield International Airport", "2021-05", "present", F, "in_person_service", [
                "Check-in, boarding and arrival services for 3 foreign carriers",
                "Handles special service requests: wheelchair, unaccompanied minors, pets in cabin",
                "Acting shift lead during peak season (Dec-Jan)"]),
            E("Baggage Services Agent", "PhilStar Ground Services, Inc.", "Clarkfield International Airport", "2019-08", "2021-04", F, "in_person_service", [
                "Lost & found counter: recorded mishandled bags in WorldTracer and updated passengers",
                "Processed interim expense and damage claims"]),
            E("Reservations Agent", "Islandhop Airways", "Reservations Center, Angeles Valley", "2017-06", "2019-07", F, "contact_center", [
                "Inbound calls for bookings, rebooking and refunds, AHT 6 min",
                "Upsold seats and baggage allowance"]),
            E("Ticketing Staff", "Luzviair Travel & Tours", "San Felipe Norte", "2016-01", "2017-05", F, "in_person_service", [
                "Walk-in clients: fare quotation, booking and payment"]),
        ]),
        ("Education", ["Bachelor of Science in Tourism Management - Holy Angel Valley College, 2015"]),
        ("Trainings / Seminars", ["Dangerous Goods Regulations Cat. 9 (2024)", "WorldTracer (2019)", "Customer Service Excellence (2018)"]),
        ("Character References", ["Available upon request"]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    file="w017", ext="pdf", renderer="reportlab", layout="plain", order="dateline", dstyle="mon.",
    present="Present", sep=" – ", centre=True, paper="letter", serif=True,
    family="US hotel night auditor with a back-office audit (separate night desk agent), front desk and valet before, reportlab centred single column, dates on own line",
    name="Travis McAllen", contact=["Cedar Hollow, TN 37411", "(423) 555-0177", "travis.mcallen@mailbox.com"],
    headline="Hotel accounting and night audit — looking to move into a hotel accounting or revenue role.",
    sections=[
        ("Experience", [
            E("Night Auditor", "Riverbend Suites Hotel", "Cedar Hollow, TN", "2022-07", "present", A, None, [
                "Run end of day in the PMS: folio review, room and tax posting, city ledger and credit card batch reconciliation",
                "Daily flash report, rate audit and no-show billing for the GM and revenue manager",
                "Audit office only; the front desk overnight is covered by a separate night agent"]),
            E("Front Desk Agent", "Parkway Inn & Conference Center", "Cedar Hollow, TN", "2020-03", "2022-06", F, "in_person_service", [
                "Check-in/out, group blocks for conferences, phones",
                "Handled billing disputes at checkout"]),
            E("Accounts Payable Clerk", "Hollister Hospitality Group", "Cedar Hollow, TN", "2018-01", "2020-02", N, None, [
                "Vendor invoices for 6 properties, 3-way match, weekly check runs, 1099s"]),
            E("Valet Attendant", "The Magnolia Hotel", "Cedar Hollow, TN", "2016-05", "2017-12", F, "in_person_service", []),
        ]),
        ("Education", ["A.A.S. Accounting, Volunteer Valley Community College, 2018"]),
        ("Skills", ["Opera PMS, OnQ, QuickBooks, Excel (pivot tables, VLOOKUP)"]),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    file="w018", ext="docx", renderer="docx", layout="tabs", order="title_org", dstyle="mon",
    present="Present", sep=" – ",
    family="English event logistics coordinator: accreditation desk, festival bar, kit-hire warehouse and a ticketing live-chat job, Word tab-stop dates, undated volunteer entry",
    name="Hannah Lockwood", contact=["Marlowbridge", "07821 660 193", "hannah.lockwood@mailbox.co.uk"],
    headline="Event logistics and operations. I like a good spreadsheet and a muddy field.",
    sections=[
        ("Work Experience", [
            E("Event Logistics Coordinator", "Brightfield Live Ltd", "Marlowbridge", "2023-01", "present", A, None, [
                "Plan deliveries, plant hire and traffic management for ~25 events a year (food festivals, 10Ks, two green-field music events)",
                "Build and derig schedules, supplier bookings, waste and water",
                "Site plans and logistics sections of event management plans for safety advisory groups"]),
            E("Event Operations Assistant", "Brightfield Live Ltd", "Marlowbridge", "2021-06", "2022-12", F, "other_facing", [
                "Ran the accreditation desk on show days: wristbands and passes for traders, crew and guests, and their queries",
                "Radios, signage, toilet checks – the glamorous side"]),
            E("Warehouse Assistant", "Stagecraft Hire", "Marlowbridge", "2019-10", "2021-05", A, None, [
                "Prepped and tested lighting and sound kit for hire orders, loaded trucks, checked returns back in"]),
            E("Ticketing Support Assistant", "Tixway", "remote", "2018-10", "2019-05", F, "digital_service", [
                "Answered buyers' emails and live chat about tickets, transfers and refunds (Zendesk)",
                "Resent e-tickets and fixed name changes for festival entry"]),
            E("Bar Supervisor", "Hopfield Festival Bars", "various UK festivals", "2019-06", "2019-09", F, "in_person_service", [
                "Ran a 12-till bar at three festivals, stock counts and cash-up"], dt="Jun – Sep 2019"),
        ]),
        ("Volunteering", [
            E("Volunteer Marshal", "Marlowbridge 10K", None, None, None, F, "volunteering", [], section="volunteer", etype="volunteer", dt="every year since school"),
        ]),
        ("Education & Training", ["BA (Hons) Geography, University of Marlowbridge, 2018", "Event Safety Passport; IOSH Managing Safely", "Full UK driving licence, 7.5t"]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    file="w019", ext="html", renderer="html", layout="div", order="orgfirst", dstyle="month",
    present="present", sep=" – ",
    family="English cinema duty manager: team member, projectionist then duty manager at one cinema, student ambassador at university, HTML employer heading with roles beneath",
    name="Aisha Rahman", contact=["Cotterham", "07960 144 372", "aisha.rahman@mailbox.co.uk"],
    headline="Duty manager at a 9-screen cinema. Film graduate who ended up loving the operations side.",
    sections=[
        ("Employment", [
            E("Cinema Duty Manager", "Reelhouse Cinemas", "Cotterham", "2024-02", "present", F, "in_person_service", [
                "Run the building on shift: opening and closing, cash, staffing and breaks, health and safety walks",
                "Deal with complaints and refunds at the box office and on the floor, including the accessible-screening regulars"]),
            E("Projectionist / Cinema Technician", "Reelhouse Cinemas", "Cotterham", "2022-09", "2024-01", A, None, [
                "Built show playlists, ingested DCPs and keys, scheduled the week's shows on the TMS",
                "First-line maintenance of projectors and sound processors"]),
            E("Cinema Team Member", "Reelhouse Cinemas", "Cotterham", "2021-07", "2022-08", F, "in_person_service", [
                "Part-time during my degree: box office, kiosk, screen checks"]),
            E("Student Ambassador", "University of Cotterham", "Cotterham", "2021-10", "2023-06", F, "other_facing", [
                "Paid, casual: open-day campus tours and Q&A panels for applicants and parents"], section="other"),
        ]),
        ("Education", ["BA (Hons) Film Studies, University of Cotterham, 2023 (2:1)"]),
        ("Certificates", ["Personal licence (alcohol)", "Emergency First Aid at Work"]),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020", ext="pdf", renderer="fpdf2", layout="left", order="dateline", dstyle="mm/yyyy",
    present="Present", sep=" to ",
    family="Indian ramp service agent working in a Gulf airport on contract; baggage handler, airport screener and hotel bell boy in Kerala before, fpdf2 left header, dates on own line",
    name="Mohammed Shafeeq K.", contact=["Kunnathu House, P.O. Chembakara, Malappuram Dist., Kerala", "+971 55 481 2093 / +91 94470 33821", "shafeeq.k@mailbox.in"],
    headline="Ramp Service Agent — 10 years aviation ground handling. Valid UAE driving licence and airside permit.",
    sections=[
        ("Professional Experience", [
            E("Ramp Service Agent", "Al Noor Aviation Services", "Al Safwa International Airport, UAE", "2019-03", "present", A, None, [
                "Loading and unloading of baggage, cargo and mail for narrow and wide body aircraft",
                "Operating belt loader, tow tractor and high loader; ULD build-up as per loading instruction",
                "Bag reconciliation scanning and transfer bag runs"]),
            E("Baggage Handler", "Gulf Crest Ground Handling", "Al Safwa International Airport, UAE", "2016-09", "2019-02", A, None, [
                "Baggage make-up and breakdown in the sorting hall, 2-year contract renewed once"]),
            E("Security Screener", "Keralam Security Services", "Chembakara International Airport", "2014-01", "2016-06", F, "other_facing", [
                "Passenger and hand baggage screening at departure checkpoint",
                "Frisking, X-ray operation and ETD checks"]),
            E("Bell Boy", "Hotel Sea Pearl", "Chembakara", "2012-06", "2013-11", F, "in_person_service", [
                "Guest luggage, room escort and errands"]),
        ]),
        ("Education", ["Diploma in Airport Management, 2013", "Plus Two (Higher Secondary), Kerala State Board, 2011"]),
        ("Personal Information", ["Nationality: Indian", "Passport No.: on request", "Languages: Malayalam, English, Hindi, Arabic (basic)"]),
        ("Declaration", ["I hereby declare that all the details furnished above are true to the best of my knowledge."]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    file="w021", ext="txt", renderer="txt", layout="plain", order="dash", dstyle="mon",
    present="Current", sep=" - ", rsep="  |  ", bullet="-",
    family="Australian aquatic operations coordinator: lifeguard and swim teacher before, surf life saving volunteer, plain text 'Title – Employer' with dates after a bar",
    name="Brodie Kealy", contact=["Wattle Bay NSW 2539", "0433 905 612", "brodie.kealy@mailbox.com.au"],
    headline=None,
    sections=[
        ("EMPLOYMENT", [
            E("Aquatic Operations Coordinator", "Wattle Bay Aquatic Centre", "Wattle Bay", "2023-07", "present", A, None, [
                "Pool plant: water testing every 2 hours, chemical dosing, backwashing, log books for council audit",
                "Roster 22 lifeguards and manage their in-service training",
                "Incident reports and WHS inspections"]),
            E("Pool Lifeguard", "Wattle Bay Aquatic Centre", "Wattle Bay", "2019-11", "2023-06", F, "other_facing", [
                "Supervision of 50m outdoor pool, program pool and the splash park",
                "First aid, lost kids, enforcing pool rules without ruining anyone's day"]),
            E("Swim Teacher", "Little Dolphins Swim School", "Wattle Bay", "2018-02", "2021-12", F, "education", [
                "Part time, babies to school squads, progress reports for parents"]),
        ]),
        ("VOLUNTEER", [
            E("Patrol Member / Patrol Captain", "Wattle Bay Surf Life Saving Club", "Wattle Bay", "2016", "present", F, "volunteering", [
                "Sunday patrols on the beach, preventative actions and rescues, Nippers age manager 2022-24"], section="volunteer", etype="volunteer"),
        ]),
        ("QUALIFICATIONS", ["Pool Lifeguard, Pool Operations (PTC), Swim Teacher (AUSTSWIM)", "Advanced Resuscitation", "Bronze Medallion, IRB Driver"]),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    file="w022", ext="docx", renderer="docx", layout="sidebar", order="title_org", dstyle="mon",
    present="Present", sep=" – ", side=["Skills", "Education"],
    family="US theme-park guest relations coordinator who was a character performer and costume attendant, Word two-column layout table with shaded sidebar",
    name="Jordan Whitlock", contact=["Cypress Landing, FL", "(407) 555-0163", "jordan.whitlock@mailbox.com"],
    headline="Guest relations, entertainment and costuming at a regional theme park.",
    sections=[
        ("Skills", ["VIP tours", "Service recovery", "ASL (conversational)", "Sewing & fittings", "ServSafe"]),
        ("Education", ["B.F.A. Theatre (incomplete), Gulf Coast State University", "Cypress Landing HS, 2017"]),
        ("Experience", [
            E("Guest Relations Coordinator", "Wonderwood Parks & Resorts", "Cypress Landing, FL", "2023-04", "present", F, "in_person_service", [
                "Guest relations window at the front gate: ticket problems, lost items, accessibility passes",
                "Service recovery and complaint letters follow-up; VIP tour hosting",
                "Train new guest relations hosts"]),
            E("Character Performer", "Wonderwood Parks & Resorts", "Cypress Landing, FL", "2021-03", "2023-03", F, "other_facing", [
                "Meet-and-greets, parade and stage show performer, part-time"]),
            E("Costume Attendant", "Wonderwood Parks & Resorts", "Cypress Landing, FL", "2020-01", "2021-02", F, "internal_support", [
                "Issued costumes to 300+ cast members at the wardrobe window and did fittings and size swaps",
                "Laundry, pressing and minor repairs overnight"]),
            E("Line Cook", "Bayou Belle Kitchen", "Cypress Landing, FL", "2018-06", "2019-12", A, None, [
                "Grill and fry stations, prep"]),
        ]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023", ext="pdf", renderer="reportlab", layout="sidebar", order="pipe", dstyle="mon",
    present="Present", sep=" – ", side=["Languages", "Systems"], accent="#0b5e57", side_bg="#e4f1ef",
    family="English tour-operator overseas operations executive: resort rep and team leader abroad, high-street travel consultant, career break, reportlab sidebar with pipe title lines",
    name="Francesca Moretti-Hale", contact=["Pelham Cross", "07702 558 310", "fran.morettihale@mailbox.co.uk"],
    headline="Overseas Operations – resort and head office",
    sections=[
        ("Languages", ["Italian (fluent)", "Spanish (good)", "Greek (holiday)"]),
        ("Systems", ["TravelCube-style contracting", "Dolphin", "Excel"]),
        ("Profile", ["From a high-street travel shop to the resorts to head office – I know how a holiday looks from every side."]),
        ("Experience", [
            E("Overseas Operations Executive", "Horizonway Holidays", "Pelham Cross", "2022-05", "present", A, None, [
                "Load hotel allocations and contract changes for 40 Greek and Spanish properties",
                "Manage transfer suppliers and re-plan transfers when flight schedules change",
                "Work through resort issues with hotels before departure so they never reach the customer"]),
            E("Resort Team Leader", "Horizonway Holidays", "Agios Lefteris, Greece", "2021-04", "2021-10", F, "in_person_service", [
                "Team of 4 reps, guest problems at the hotels, welcome meetings"], dt="Apr – Oct 2021"),
            E("Career break (travelling, then the pandemic)", None, None, "2019-11", "2021-03", N, None, [], etype="unknown"),
            E("Overseas Representative", "Horizonway Holidays", "Puerto Alcanar, Spain", "2018-04", "2019-10", F, "in_person_service", [
                "Summer in the Costa, winter season in Tenerife; hotel desk duty, excursions, transfers, the occasional hospital visit with a guest"]),
            E("Travel Consultant", "Sunpath Travel", "Pelham Cross", "2015-09", "2018-03", F, "sales_account", [
                "High-street shop: holidays, cruises and flights, sales targets, brochure racking"]),
        ]),
        ("Education", ["Level 3 Diploma in Travel & Tourism, 2015"]),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024", ext="html", renderer="html", layout="table", order="title_org", dstyle="mm.yyyy",
    present="to date", sep=" – ",
    family="German rail dispatcher (Fahrdienstleiter) who was a train conductor and travel-centre agent after a railway apprenticeship and a voluntary social year, English CV in German tabular style",
    name="Lukas Brenninger", contact=["Lindenstraße 14, 34590 Altenmoor, Germany", "+49 170 5521 084", "lukas.brenninger@mailbox.de"],
    headline="Curriculum Vitae",
    sections=[
        ("Professional Experience", [
            E("Train Dispatcher (Fahrdienstleiter)", "Südbahn Netz GmbH", "Altenmoor signal box", "2021-03", "present", N, None, [
                "Train movements on an electronic interlocking, crossings, shunting permissions",
                "Written orders and working during failures, track possessions"]),
            E("Train Conductor (Zugbegleiter)", "Regiobahn Altenmoor GmbH", "Altenmoor", "2016-09", "2021-02", F, "in_person_service", [
                "Ticket inspection and sale on regional trains, information for passengers during delays",
                "Door closing and departure procedure, help for passengers with wheelchairs"]),
            E("Ticket Sales Agent", "Regiobahn Altenmoor GmbH", "Altenmoor travel centre", "2014-08", "2016-08", F, "in_person_service", [
                "Advice and ticket sales in the travel centre, season tickets, seat reservations"]),
            E("Apprentice Railway Service Specialist", "Regiobahn Altenmoor GmbH", "Altenmoor", "2011-09", "2014-07", F, "in_person_service", [
                "Dual apprenticeship: vocational school plus rotations in the travel centre, on board and in the service centre"], etype="internship"),
        ]),
        ("Voluntary Service", [
            E("Federal Volunteer Service", "Seniorenheim St. Anna", "Altenmoor", "2010-09", "2011-08", F, "healthcare_care", [
                "Help with meals, walks and activities for residents of a care home"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["07.2010 Realschulabschluss (secondary school certificate), Altenmoor"]),
        ("Languages", ["German (native), English (B2), French (A2)"]),
        ("Interests", ["Model railways (yes, really), cycling"]),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    file="w025", ext="docx", renderer="docx", layout="tabs", order="orgfirst", dstyle="m/yyyy",
    present="Present", sep=" - ",
    family="US assistant golf course superintendent who started at the bag drop and as a banquet server, Word tab-stop dates, employer heading with roles beneath",
    name="Cody Ramirez", contact=["Pinecrest Valley, AZ 85377", "(480) 555-0126", "cody.ramirez@mailbox.com"],
    headline="Turfgrass professional. 9 years at one club, from cart barn to assistant superintendent.",
    sections=[
        ("Professional Experience", [
            E("Assistant Golf Course Superintendent", "Saguaro Ridge Country Club", "Pinecrest Valley, AZ", "2021-01", "present", A, None, [
                "Direct a crew of 14 on daily course setup: mowing patterns, hole locations, bunker prep before the first tee time",
                "Spray and fertility programs, overseeding in the fall",
                "Equipment and labor scheduling around member events and tournaments"]),
            E("Irrigation Technician", "Saguaro Ridge Country Club", "Pinecrest Valley, AZ", "2019-01", "2020-12", A, None, [
                "Heads, valves and the central control system; night watering programs"]),
            E("Outside Services Attendant", "Saguaro Ridge Country Club", "Pinecrest Valley, AZ", "2017-03", "2018-12", F, "in_person_service", [
                "Bag drop: greeted members and guests, loaded clubs on carts, cleaned clubs after the round",
                "Range and cart barn"]),
            E("Banquet Server", "Desert Willow Resort", "Pinecrest Valley, AZ", "2016-05", "2017-02", F, "in_person_service", []),
        ]),
        ("Education", ["Turfgrass Management Certificate, Sonoran Desert Community College, 2020"]),
        ("Licenses", ["Arizona Qualified Applicator License", "GCSAA member"]),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    file="w026", ext="pdf", renderer="fpdf2", layout="centred", order="title_org", dstyle="month",
    present="Present", sep=" – ", footer="Charmaine van der Berg – Curriculum Vitae – Page {n}", break_before="Education",
    family="South African cruise guest services manager, shore excursions and crew purser before, hotel front office start, fpdf2 centred header, two pages with footer",
    name="Charmaine van der Berg", contact=["Port Elandia, Eastern Cape", "+27 82 555 3190", "charmaine.vdberg@mailbox.co.za"],
    headline="Guest Services Manager at sea. Eleven years in front office, at sea and ashore.",
    sections=[
        ("Profile", ["I have worked on four ships and in one very busy beachfront hotel. I run a guest services desk that is open 24 hours a day for up to 2,400 guests, and I have also done the less visible jobs that keep a ship going: crew documents, payroll and port clearance. I am calm, organised and I like people. Currently on contract with Oceanic Star Cruises, with the option to move ashore."]),
        ("Career History", [
            E("Guest Services Manager", "Oceanic Star Cruises", "MS Oceanic Dawn", "2022-01", "present", F, "in_person_service", [
                "Lead a 14-person guest services desk on a 2,400-guest ship, 4-month contracts",
                "Personally handle escalated complaints, compensation and medical disembarkations with guests and families",
                "Onboard revenue reconciliation with the chief purser; disembarkation and immigration planning",
                "Train new guest services associates; weekly service scores top three in the fleet in 2024"]),
            E("Shore Excursions Staff", "Oceanic Star Cruises", "MS Oceanic Breeze", "2019-05", "2021-12", F, "in_person_service", [
                "Sold and explained tours at the excursions desk and at port talks",
                "Dispatched guests to buses on the pier and escorted tours",
                "Contract paused 03/2020 - 08/2021 during the pause in sailing; crew on minimum manning"]),
            E("Crew Purser", "Oceanic Star Cruises", "MS Oceanic Breeze", "2017-03", "2019-04", N, None, [
                "Crew payroll, sign-on and sign-off documents and visa applications for 900 crew",
                "Port clearance paperwork for immigration and customs at each port",
                "Crew lists and manifests for the master and the agents"]),
            E("Front Office Agent", "The Elandia Bay Hotel", "Port Elandia", "2013-02", "2017-01", F, "in_person_service", [
                "Reception, reservations, cashiering, concierge cover",
                "Handled group arrivals of up to 60 guests"]),
        ]),
        ("Education", ["National Diploma: Hospitality Management, Eastern Cape University of Technology, 2012"]),
        ("Certificates", ["STCW Basic Safety Training, Crowd & Crisis Management (2025)", "Fidelio / Opera PMS, Seaware", "Medical certificate (ENG1 equivalent) valid to 2027"]),
        ("Languages", ["English, Afrikaans (native), isiXhosa (conversational), German (basic)"]),
        ("References", ["Mr D. Lindqvist, Hotel Director, MS Oceanic Dawn – contact via the company", "Ms R. Naidoo, Front Office Manager, The Elandia Bay Hotel – +27 41 555 0116"]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    file="w027", ext="md", renderer="md", layout="h3", order="pipe", dstyle="mon",
    present="Present", sep=" – ",
    family="Canadian wedding and event planner (self-employed) after production-assistant contracts, a festival contract and box office, Markdown h3 with pipe title lines",
    name="Noémie Lavigne", contact=["Port Ardale, NS", "902-555-0184", "noemie@mailbox.ca"],
    headline="Weddings, small festivals and corporate events on the South Shore.",
    sections=[
        ("Experience", [
            E("Wedding & Event Planner", "Lavigne Events", "Port Ardale, NS", "2021-04", "present", F, "entrepreneurial_freelance", [
                "Own business: 15-20 weddings a year plus corporate retreats",
                "Meet couples from first consult to day-of coordination; budgets, vendor contracts, timelines",
                "Run the day itself – ceremony cues, family wrangling, the rain plan"], etype="freelance"),
            E("Festival Volunteer Coordinator", "Port Ardale Folk Festival", "Port Ardale, NS", "2022-06", "2022-08", F, "other_facing", [
                "Contract role: recruited and scheduled 200 volunteers, ran the volunteer tent on festival weekend and answered their questions"], dt="Summer 2022"),
            E("Event Production Assistant", "Northlight Productions", "Halbrook, NS", "2019-05", "2021-03", A, None, [
                "Run-of-show documents, cue sheets and vendor schedules for corporate conferences",
                "Backstage: green room, speaker mics and cue calling with the stage manager"], etype="paid"),
            E("Box Office Clerk", "Ardale Playhouse", "Port Ardale, NS", "2017-09", "2019-04", F, "in_person_service", [
                "Part-time, ticket sales window and phone, subscriptions"]),
        ]),
        ("Education", ["Diploma, Event Management – Nova Coastal Community College, 2019"]),
        ("Other", ["Bilingual (French/English)", "Smart Serve / Responsible Beverage Service"]),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    file="w028", ext="docx", renderer="docx", layout="styles", order="title_org", dstyle="mon",
    present="Present", sep=" – ",
    family="English airline crew controller and flight dispatcher who began in reservations and at the gate, Word heading styles",
    name="Samira Haddad", contact=["Fenwick Green", "07864 772 015", "samira.haddad@mailbox.co.uk"],
    headline=None,
    sections=[
        ("Profile", ["Airline operations controller with nine years in an OCC, previously passenger-facing at the airport and on the phones. Looking for a senior controller or duty manager role."]),
        ("Experience", [
            E("Crew Controller", "Albion Regional Airways", "Operations Control Centre, Fenwick Green", "2021-09", "present", N, None, [
                "Monitor crew duty and rest against FTL limits; fix the roster on the day of operation",
                "Call out standby crew and re-plan pairings during disruption",
                "Book crew hotels and taxis when crews are out of base"]),
            E("Flight Dispatcher", "Albion Regional Airways", "Operations Control Centre, Fenwick Green", "2019-04", "2021-08", N, None, [
                "Flight plans, fuel figures, weather and NOTAM briefings for ATR and Embraer flights",
                "Slot management with Eurocontrol"]),
            E("Customer Service Agent", "Fenwick Green Airport Services", "Fenwick Green Airport", "2016-05", "2019-03", F, "in_person_service", [
                "Check-in, gate and ticket desk; disruption rebooking at the desk"]),
            E("Reservations Sales Agent", "Albion Regional Airways", "Fenwick Green", "2014-09", "2016-04", F, "contact_center", [
                "Inbound calls: bookings, changes, group quotes"]),
        ]),
        ("Education and training", ["Flight Dispatcher licence course (ICAO), 2019", "A levels: Maths, Geography, French"]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    file="w029", ext="docx", renderer="docx", layout="table", order="dateline", dstyle="month",
    present="Present", sep=" – ",
    family="New Zealand visitor centre consultant: coach driver-guide, hostel night manager, a summer kitchen job and a travel break, Word borderless table per job",
    name="Liam Kowhai-Grant", contact=["Pukewai 3885", "021 448 0962", "liam.kowhaigrant@mailbox.co.nz"],
    headline=None,
    sections=[
        ("Experience", [
            E("Visitor Information Consultant", "Pukewai Visitor Centre", "Pukewai", "2022-10", "present", F, "in_person_service", [
                "Help visitors plan their time here: walks, tours, accommodation and bus bookings",
                "Sell tickets on commission, handle phone and email enquiries"]),
            E("Travel", None, None, "2022-04", "2022-09", N, None, ["Six months in South America"], etype="unknown"),
            E("Coach Driver-Guide", "Kiwi Horizons Coachlines", "Pukewai", "2018-09", "2022-03", F, "in_person_service", [
                "Multi-day tours with commentary for groups of up to 45; day trips in the off season"]),
            E("Hostel Night Manager", "Backpackers at The Wharf", "Pukewai", "2016-04", "2018-08", F, "in_person_service", [
                "Night reception, late check-ins, security rounds and noise calls"]),
            E("Kitchen Hand", "Lakeview Lodge", "Tarewa Lakes", "2015-12", "2016-02", A, None, [], dt="Dec 2015 – Feb 2016"),
        ]),
        ("Licences", ["Class 2 and P endorsement", "First Aid certificate (2025)"]),
        ("Education", ["NCEA Level 3, Pukewai College, 2015"]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    file="w030", ext="pdf", renderer="reportlab", layout="twocol", order="title_org", dstyle="mon",
    present="Current", sep=" – ", footer="Rebecca Szabo – Résumé – {n}", accent="#3d2a6b", break_before="Qualifications",
    family="Australian health club manager who was a gym instructor, casual facilities technician and sports retail assistant, 2-page reportlab with two-column header and footer",
    name="Rebecca Szabo", contact=["Marrabool VIC 3350", "0421 773 509", "rebecca.szabo@mailbox.com.au"],
    headline="Health club manager — people, membership growth and safe facilities",
    sections=[
        ("Career summary", ["Health club manager with ten years in fitness, from the gym floor and the plant room to running a 2,400-member club. I still take two classes a week because it keeps me close to the members and I enjoy it. Strong on membership sales, retention, rostering and WHS; comfortable with a P&L and the awkward conversations."]),
        ("Employment history", [
            E("Health Club Manager", "Evolve Health Clubs", "Marrabool VIC", "2021-02", "present", F, "in_person_service", [
                "Lead a team of 26 staff and contractors across gym, group fitness, swim and reception",
                "Own the club P&L, membership sales targets and retention plan (churn down 18% in 2024)",
                "On the floor at peak times; meet members with complaints or cancellation requests myself",
                "Teach two group strength classes a week",
                "WHS, rosters, contractor management, and the 2023 gym floor refurbishment"]),
            E("Gym Instructor / Personal Trainer", "Evolve Health Clubs", "Marrabool VIC", "2017-06", "2021-01", F, "in_person_service", [
                "Member inductions, programs and floor supervision",
                "Personal training clients in my own time slots",
                "Club sales lead for two years"]),
            E("Facilities Technician (casual)", "Marrabool Regional Aquatic & Leisure Centre", "Marrabool VIC", "2015-08", "2017-05", A, None, [
                "Early-morning maintenance of gym equipment and pool plant before opening",
                "Air-handling filters, minor plumbing and electrical call-outs to contractors"]),
            E("Retail Assistant", "SportsZone", "Marrabool VIC", "2012", "2015", F, "in_person_service", [
                "Footwear fitting and sales while studying"]),
        ]),
        ("Qualifications", ["Diploma of Leadership and Management, 2022", "Certificate IV in Fitness, 2017", "Certificate III in Fitness, 2016", "First Aid, CPR, Pool Lifeguard"]),
        ("Referees", ["Provided on request"]),
    ]))
