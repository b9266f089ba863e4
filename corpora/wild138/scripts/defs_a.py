"""wild138 résumés w001–w015: one dict per résumé renders the file and its gold line."""
from lib import E

RESUMES = []


def add(**kw):
    RESUMES.append(kw)


# --------------------------------------------------------------------------- w001
add(
    file="w001.pdf",
    family="US flight attendant (ORD base), regional then mainline, Word-to-PDF single column, title line with right-aligned dates",
    r="rl", layout="plain", hdr="title_org", ds="mon", present="Present", paper="letter", bullet="•",
    name="Danielle R. Okafor-Banks",
    contact=["Chicago, IL 60629", "(773) 555-0148", "danielle.okaforbanks@inboxly.co"],
    headline="Flight Attendant  |  8 years in the cabin  |  English / Igbo / basic Spanish",
    blocks=[
        ("Summary", "text",
         "Calm, warm flight attendant who has worked everything from 50-seat regional turns to four-leg days on the "
         "A320 family. I like a full cabin, a tight turn and a passenger who leaves happier than they boarded. "
         "Looking for an international line with a Chicago base."),
        ("Experience", "entries", [
            E("Flight Attendant", "Lakeshore Airways", "Chicago, IL (ORD base)", "2021-03", "present", "facing",
              "in_person_service",
              ["Deliver safety demos and exit-row briefings on up to four sectors a day",
               "Run galley and cart service for 150–180 passengers, including buy-on-board sales and special meals",
               "Settle and re-seat passengers during irregular ops; write up disruptive-passenger reports for the captain",
               "Walk unaccompanied minors and wheelchair passengers through boarding and deplaning"],
              note="A319 / A320 / A321, B737-800  ·  reserve 2021–22, line holder since 2023"),
            E("Flight Attendant", "Prairie Connection", "Minneapolis, MN (MSP)", "2018-05", "2021-02", "facing",
              "in_person_service",
              ["Solo and two-person cabins on CRJ-700 and E175 aircraft",
               "Managed an in-flight medical event (diabetic passenger) with ground medical link until landing",
               "Cabin security searches and cross-checks before every departure"]),
            E("Server", "Harbor Light Grill", "Milwaukee, WI", "2015-08", "2018-04", "facing", "in_person_service",
              ["Six-table section on weekends, 120+ covers a night",
               "Trained four new servers on the menu and the POS"]),
            E("Banquet Prep Cook", "Northshore Conference Center", "Milwaukee, WI", "2014-05", "2015-07",
              "affecting", None,
              ["Prepped cold platters, salads and desserts for events of up to 400",
               "Kept walk-in coolers rotated and labeled"]),
        ]),
        ("Volunteer", "entries", [
            E("Airport Ambassador (volunteer)", "Mitchell Field Welcome Program", "Milwaukee, WI", "2016-01",
              "2018-03", "facing", "volunteering",
              ["Staffed the arrivals information desk two evenings a month; wayfinding, ground transport and lost-and-found questions"],
              sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [("B.A., Communication — Lakefront State University, Milwaukee, WI", "2016")]),
        ("Certifications & Training", "lines", [
            "FAA Certificate of Demonstrated Proficiency – Flight Attendant (2018)",
            "Annual recurrent: emergency procedures, CRM, security – completed Jan 2026",
            "CPR / AED / First Aid – current through 06/2027",
        ]),
        ("Languages", "text", "English (native), Igbo (conversational), Spanish (basic)"),
    ],
)

# --------------------------------------------------------------------------- w002
add(
    file="w002.docx",
    family="UK check-in and gate agent at LHR for a ground handler, Word heading styles, 'Title – Employer' line with right tab-stop dates, roster note",
    r="docx", layout="styles", hdr="dash", ds="month", present="Present", sep=" – ", dash=" – ",
    name="Priya Kaur Sandhu",
    contact=["Hounslow, Middlesex TW4", "07700 900418", "priya.k.sandhu@postbox-uk.net"],
    blocks=[
        ("Profile", "text",
         "Customer service agent with nearly five years at Heathrow Terminal 3 on long-haul check-in and gates, plus rail "
         "and airport retail before that. Comfortable on 04:00 starts, Altéa DCS and a queue that goes out of the door. "
         "Punjabi and Hindi speaker."),
        ("Employment History", "entries", [
            E("Customer Service Agent (Check-in & Gate)", "Meridian Aviation Services", "London Heathrow (LHR)",
              "2022-01", "present", "facing", "in_person_service",
              ["Check in passengers and bags for three long-haul client airlines on Altéa DCS, with travel-document checks for US and India routes",
               "Board flights to time at T3 gates: standby lists, upgrades, offloading bags for no-shows",
               "Rebook and reroute disrupted passengers; issue meal and hotel vouchers under UK261",
               "Cover as gate supervisor since June 2024"],
              note="Roster: 5 earlies, 3 off – 04:00 starts"),
            E("Retail Sales Assistant", "Horizon Travel Retail", "Heathrow Terminal 5", "2019-06", "2021-12",
              "facing", "in_person_service",
              ["Served departing passengers on fragrance and liquor; scanned boarding passes at the till for allowance checks",
               "Furloughed April–August 2020; returned on reduced hours"]),
            E("Customer Host", "Thames Valley Rail", "Slough station", "2017-09", "2019-05", "facing",
              "in_person_service",
              ["Gateline and ticket-machine help, platform announcements",
               "Met Passenger Assist bookings with ramps at the train door"]),
            E("Catering Assistant", "Westway Inflight Kitchens", "Hayes, Middlesex", "2017-02", "2017-08",
              "affecting", None,
              ["Assembled meal trays and bar carts to airline load plans on the early shift",
               "Checked special-meal labels against flight lists"]),
            E("Langar Sevadar (volunteer)", "Singh Sabha Gurdwara", "Hounslow West", "2015", "present", "facing",
              "volunteering",
              ["Serve meals to 400–600 visitors on Sundays; set up and clear the dining hall"],
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [("BTEC Level 3 Extended Diploma in Travel & Tourism (DMM), Brentside College",
                                 "2015 – 2017")]),
        ("Training", "lines", [
            "Airside Driving Permit (ADP) – 2023",
            "Dangerous Goods Awareness, Cat 9 – renewed February 2025",
            "General Security Awareness Training – 2022",
        ]),
        ("Languages", "text", "English, Punjabi (fluent), Hindi (good)"),
    ],
)

# --------------------------------------------------------------------------- w003
add(
    file="w003.pdf",
    family="Philippine airline reservations (voice) agent, fpdf2 left header, 'Title | Company | City' line with right-aligned mm/yyyy dates, character references",
    r="fpdf", layout="left", hdr="pipe", ds="mm/yyyy", present="Present", sep=" - ", font="cond", bullet="▸", align="J",
    accent="#0b5a7a",
    name="Ma. Cristina D. Villanueva",
    contact=["Blk 12 Lot 4, Camarin Rd., Caloocan City", "+63 917 555 0192", "tin.villanueva@postmail.ph"],
    blocks=[
        ("Objective", "text",
         "To grow as an airline customer service professional in a company that values accuracy, patience and "
         "teamwork, using seven years of voice and counter experience in ticketing and reservations."),
        ("Work Experience", "entries", [
            E("Reservations Sales Agent (Voice)", "Archipelago Air Contact Center", "Pasay City", "2021-08",
              "present", "facing", "contact_center",
              ["Handle 70–90 inbound calls per shift for domestic and international bookings on the airline's Navitaire-based system",
               "Process refunds, travel-fund conversions and name corrections following fare rules",
               "Offer add-ons such as baggage, seats and travel insurance — 112% of ancillary target for 2025",
               "Night queue for callers from the US and Guam"]),
            E("Ticketing Agent", "Archipelago Air City Ticket Office", "Makati City", "2019-02", "2021-07",
              "facing", "in_person_service",
              ["Issued and reissued tickets for walk-in customers, cash and card",
               "Explained fare differences, rebooking fees and baggage rules",
               "End-of-day sales report and cash remittance"]),
            E("Customer Service Representative", "Bayside Connect BPO", "Quezon City", "2017-06", "2019-01",
              "facing", "contact_center",
              ["Postpaid billing inquiries for a US telco account", "Consistent 90%+ QA scores"]),
            E("OJT – Front Office", "Manila Bay Pavilion Hotel", "Manila", "2017-01", "2017-04", "facing",
              "in_person_service",
              ["Assisted guests at check-in and check-out, answered the concierge phone"],
              et="internship"),
            E("Encoder (contractual)", "Tala Rice Mill Corp.", "Caloocan City", "2016-05", "2016-08", "none", None,
              ["Encoded delivery receipts and production tallies into the inventory system"]),
        ]),
        ("Education", "pairs", [("BS Tourism Management – Colegio de San Lorenzo Ruiz", "2013 - 2017")]),
        ("Seminars & Trainings", "lines", [
            "Fares and Ticketing Foundation course – 2019",
            "Airline Customer Service and Grooming – 2018",
            "Basic Life Support – 2024",
        ]),
        ("Character References", "plain", [
            "Engr. Ramon T. Aquino – Team Manager, Bayside Connect BPO – 0918 555 3321",
            "Ms. Liza P. Cortez – Station Supervisor, Archipelago Air City Ticket Office – 0927 555 0846",
        ]),
    ],
)

# --------------------------------------------------------------------------- w004
add(
    file="w004.txt",
    family="Indian airport ground-handling CV pasted from a job portal: key-value blocks per job, 'Jun 2022 to till date', declaration",
    r="txt", layout="portal", hdr="title_org", ds="mon", present="till date", sep=" to ", bullet="*",
    name="Rahul Kumar Yadav",
    contact=["Mobile : +91 98110 55432", "Email  : rahulkyadav.del@mailbox.in",
             "Address: H.No. 214, Sector 7, Dwarka, New Delhi - 110075"],
    portal_keys=("Organisation", "Designation", "Duration", "Location"),
    blocks=[
        ("Career Objective", "text",
         "Seeking a challenging position in airport passenger services where I can utilise my experience of check-in, "
         "baggage services and ramp operations for the growth of the organisation."),
        ("Work Experience", "entries", [
            E("Senior Customer Service Agent", "Indus Skyport Handling Pvt. Ltd.", "IGI Airport T3, New Delhi (DEL)",
              "2022-06", "present", "facing", "in_person_service",
              ["Check-in and boarding of client airline flights (A320, B787, A350)",
               "Handling of wheelchair (WCHR/WCHC) and unaccompanied minor (UMNR) passengers at counter and gate",
               "Flight close-out, PNL/ADL reconciliation and passenger manifests",
               "Handling irate passengers during delays and denied boarding"]),
            E("Baggage Services Agent (Lost & Found)", "Indus Skyport Handling Pvt. Ltd.", "IGI Airport T3, New Delhi (DEL)",
              "2020-08", "2022-05", "facing", "in_person_service",
              ["Registered mishandled baggage reports (PIR) in WorldTracer for arriving passengers at the baggage services counter",
               "Called passengers to arrange delivery of delayed bags",
               "Processed interim expense claims as per airline policy"]),
            E("Loader / Ramp Agent", "Deccan Ground Aviation Services", "Hyderabad (HYD)", "2019-01", "2020-07",
              "affecting", None,
              ["Loading and unloading of baggage and cargo as per Loading Instruction Report (LIR)",
               "Operating belt loader and towing baggage trolleys",
               "Securing of bulk hold before door closure"]),
            E("Industrial Trainee", "Hotel Sai Residency", "Hyderabad", "2018-06", "2018-11", "facing",
              "in_person_service",
              ["Six-month training in Front Office and F&B Service departments",
               "Guest check-in, room allotment and restaurant table service"],
              et="internship"),
        ]),
        ("Educational Qualification", "plain", [
            "B.Sc. Aviation & Hospitality - Deccan Institute of Aviation Studies, Hyderabad - 2018 - 68%",
            "12th (CBSE) - Kendriya Vidyalaya No. 2, Rewari - 2015 - 74%",
            "10th (CBSE) - 2013 - 8.2 CGPA",
        ]),
        ("Certifications", "lines", [
            "Amadeus DCS (Check-in & Boarding) - 2021",
            "AVSEC Awareness (BCAS approved) - 2022",
            "Dangerous Goods Regulations Cat-9 - valid till 03/2027",
        ]),
        ("Personal Details", "plain", [
            "Father's Name  : Sh. Ramesh Yadav",
            "Date of Birth  : 14/09/1997",
            "Languages Known: Hindi, English, Haryanvi",
            "Marital Status : Single",
        ]),
        ("Declaration", "text",
         "I hereby declare that the above information is true to the best of my knowledge and belief. "
         "Place: New Delhi   Date: ____________   (RAHUL KUMAR YADAV)"),
    ],
)

# --------------------------------------------------------------------------- w005
add(
    file="w005.docx",
    family="Irish cabin crew based in Dubai (DXB), Word borderless table per job with dates right, fleet/roster notes, personal details with height and arm reach",
    r="docx", layout="table", hdr="title_org", ds="month", present="Present", sep=" – ", font="Georgia",
    accent="8A1538", center=True,
    name="Aoife Brennan",
    contact=["Al Qusais 2, Dubai, UAE", "+971 50 555 2817", "aoife.brennan.crew@inboxly.co"],
    headline="Senior Flight Attendant – Business Class",
    blocks=[
        ("About me", "text",
         "Seven years flying long-haul out of Dubai on the A380 and B777 after two years looking after premium "
         "guests in an airport lounge at home in Ireland. Calm in a busy cabin, good with complaints, happiest on "
         "a full business cabin with a demanding service."),
        ("Flying Experience", "entries", [
            E("Senior Flight Attendant (Business Class)", "Falcon Gulf Airways", "Dubai (DXB)", "2022-09",
              "present", "facing", "in_person_service",
              ["Run the business cabin of up to 76 seats: dine-on-demand, wine presentation, onboard lounge on the A380",
               "Resolve complaints in the air and complete voyage reports for customer affairs follow-up",
               "Acting purser on GCC and Indian subcontinent turnarounds",
               "First aid on board, including a suspected stroke managed with ground medical support"],
              note="Fleet: A380-800, B777-300ER  ·  roster ≈ 85–90 block hours a month"),
            E("Flight Attendant (Economy)", "Falcon Gulf Airways", "Dubai (DXB)", "2019-03", "2022-08", "facing",
              "in_person_service",
              ["Meal and bar service, duty-free sales and PA announcements in English and Irish",
               "Reduced roster April – September 2020; flew repatriation charters"]),
        ]),
        ("Previous Experience", "entries", [
            E("Lounge Host", "Aerlinn Premium Lounges", "Dublin Airport (DUB)", "2017-05", "2019-01", "facing",
              "in_person_service",
              ["Welcomed guests, checked boarding passes and membership eligibility at reception",
               "Kept the buffet and bar stocked and tables cleared in a 240-seat lounge"]),
            E("Bartender (part-time)", "The Quayside Tavern", "Galway", "2015-09", "2017-04", "facing",
              "in_person_service",
              ["Weekend bar shifts through college; served food and drinks, cashed up and closed"],
              prose=True),
            E("Warehouse Operative (Christmas temp)", "Atlantic Parcel Hub", "Oranmore, Co. Galway", "2014-11",
              "2015-01", "affecting", None, ["Scanned, sorted and loaded parcels for next-day delivery routes"]),
        ]),
        ("Education & Training", "pairs", [
            ("BA Hospitality Management, Corrib Institute of Technology", "2013 – 2017"),
            ("Initial Cabin Crew Training (8 weeks), Falcon Gulf Training College", "February 2019"),
            ("WSET Level 2 Award in Wines", "2023"),
        ]),
        ("Personal Details", "plain", [
            "Nationality: Irish  ·  Height: 168 cm  ·  Arm reach: 212 cm",
            "Languages: English, Irish (fluent), French (intermediate)",
        ]),
    ],
)

# --------------------------------------------------------------------------- w006
add(
    file="w006.pdf",
    family="Singapore airport passenger-service officer (special assistance, transfer desk), reportlab shaded left sidebar, employer line then title, National Service",
    r="rl", layout="sidebar", hdr="org_title", ds="mon", present="Present", sep=" – ", font="dejavu", size=9.5,
    accent="#7a1f2b", side_color="#f1e9e4", bullet="–",
    name="Marcus Tan Wei Jie",
    headline="Passenger Services – Changi",
    contact=["Tampines St 45, Singapore 520412", "+65 9555 1738", "marcus.tanwj@mailhub.sg"],
    side=[
        ("Languages", "lines", ["English", "Mandarin", "Hokkien (spoken)", "Bahasa Melayu (basic)"]),
        ("Systems", "lines", ["Altéa DCS", "WorldTracer", "PRM job app", "MS Office"]),
        ("Certificates", "lines", ["Airport Pass & AVSEC briefing (2020)", "WSQ Service Excellence (2019)",
                                   "Standard First Aid + AED (2024)"]),
        ("Education", "plain", ["Diploma in Hospitality & Tourism Management", "Kallang Polytechnic, 2013–2016"]),
    ],
    blocks=[
        ("Profile", "text",
         "Passenger service officer with six years around Changi Terminal 3 – transfer desk, special assistance "
         "and a transit hotel before that. Patient with elderly and first-time travellers; steady under a wave of "
         "misconnections."),
        ("Experience", "entries", [
            E("Passenger Service Officer – Special Assistance", "Apex Skyport Services", "Changi Airport T3",
              "2023-04", "present", "facing", "in_person_service",
              ["Meet and assist passengers with reduced mobility (WCHR, WCHS, WCHC), blind and deaf travellers from aircraft door to arrival hall or connecting gate",
               "Book ambulift and buggy support with ramp control",
               "Brief cabin crew on special-assistance passengers at the door handover"]),
            E("Passenger Service Agent (Transfer Desk)", "Apex Skyport Services", "Changi Airport T3", "2020-11",
              "2023-03", "facing", "in_person_service",
              ["Reissue boarding passes for short-connection passengers",
               "Rebook misconnected passengers and arrange transit hotel rooms and meal vouchers"]),
            E("Guest Service Associate", "Skygarden Transit Hotel", "Changi Airport", "2018-06", "2020-10",
              "facing", "in_person_service",
              ["Front desk for transit guests booking rooms by the hour; check-in, billing, wake-up calls"]),
            E("Section Commander", "Army (Full-time National Service)", "Singapore", "2016-03", "2018-02", "none",
              None,
              ["Led a section of seven through field exercises and live-firing", "Kept section stores and vehicle movement logs"],
              et="military"),
            E("Event Crew (part-time)", "Marina Bay Events Pte Ltd", "Singapore", "2014-06", "2015-12", "facing",
              "other_facing",
              ["Scanned tickets, checked bags and directed crowds at concerts and the year-end countdown"]),
        ]),
    ],
)

# --------------------------------------------------------------------------- w007
add(
    file="w007.html",
    family="Canadian rail and ferry worker, personal-site HTML page, title with floated dates and employer line, a season and a single month",
    r="html", layout="semantic", hdr="title_org", ds="month", present="present", sep=" – ", accent="#2d5016",
    name="Mathieu Lavoie-Grant",
    headline="On-board service · Stations · Ferries — bilingual EN / FR",
    contact=["North Vancouver, BC", "604-555-0193", "mathieu.lg@coastmail.ca"],
    doc_title="Mathieu Lavoie-Grant — résumé",
    blocks=[
        ("About", "text",
         "I have spent most of my working life moving people along the coast and across the mountains: selling "
         "ferry tickets at Horseshoe Bay, running a sleeper car through the Rockies and everything in between."),
        ("Work", "entries", [
            E("Train Service Attendant", "Pacific Transcontinental Rail", "Vancouver, BC", "2022-05", "present",
              "facing", "in_person_service",
              ["Look after up to 24 sleeper-class passengers per car on the four-night transcontinental run",
               "Serve meals in the dining car and make up berths each evening",
               "Announcements and tours of the dome car in English and French",
               "Help passengers on and off at stops, including those needing the step-box or a wheelchair lift"]),
            E("Station Agent (seasonal)", "Pacific Transcontinental Rail", "Jasper, AB", "2021-05", "2021-10",
              "facing", "in_person_service",
              ["Ticket sales, checked baggage and boarding for the summer tourist trains"]),
            E("Ticket Agent", "Coastline Ferries Corporation", "Horseshoe Bay terminal, West Vancouver", "2018-04",
              "2021-03", "facing", "in_person_service",
              ["Sold tickets from the toll booth to 2,000+ vehicles a day in summer",
               "Checked reservations, assigned lanes and explained sailing waits to drivers",
               "Cashed out the booth and reported variances"]),
            E("Deckhand (summer relief)", "Coastline Ferries Corporation", "Horseshoe Bay, BC", "2017-06",
              "2017-08", "affecting", None,
              ["Mooring lines and gangway at arrival and departure",
               "Deck maintenance, painting and weekly fire and boat drills"],
              dt="Summer 2017"),
        ]),
        ("Volunteering", "entries", [
            E("Guest Services Volunteer", "Sea-to-Sky Folk Festival", "Squamish, BC", "2019-07", "2019-07",
              "facing", "volunteering",
              ["Info tent and wristband exchange for festival-goers over the three-day weekend"],
              sec="volunteer", et="volunteer", dt="July 2019"),
        ]),
        ("Education", "pairs", [("Diploma, Tourism Management — North Shore College", "2016")]),
        ("Tickets & certificates", "lines", [
            "Marine Emergency Duties (MED A1) — 2017",
            "FoodSafe Level 1 — 2022",
            "Standard First Aid & CPR-C — renewed 2024",
        ]),
    ],
)

# --------------------------------------------------------------------------- w008
add(
    file="w008.docx",
    family="Irish airport security screener and lounge host, Word right tab-stop dates, bold title and italic employer, '4 on 4 off' roster, referee naming an employer",
    r="docx", layout="tabs", hdr="title_org", ds="mon", present="Present", sep=" – ", bullet_mode="glyph",
    bullet="•", font="Arial", size=10, accent="00594F",
    name="Ciaran Murphy-Doyle",
    contact=["Swords, Co. Dublin", "087 555 3104", "ciaranmd@postbox.ie"],
    blocks=[
        ("Personal Statement", "text",
         "Certified airport security screener at Dublin Airport with a background in lounge hospitality and "
         "shuttle driving. I keep a queue moving without losing my manners, and I like a job where no two shifts "
         "are the same."),
        ("Work Experience", "entries", [
            E("Security Screening Officer", "Leinster Airports plc", "Dublin Airport (DUB)", "2023-02", "present",
              "facing", "other_facing",
              ["Screen passengers and cabin bags at central search; hand searches and ETD swabs done courteously and quickly",
               "Explain the liquids rules and restricted items; deal with upset passengers when items are surrendered",
               "Rotate through staff search and the vehicle checkpoint",
               "Certified X-ray image interpreter (2023)"],
              note="Roster: 4 on 4 off, 12-hour shifts"),
            E("Lounge Host (part-time)", "Harcourt Hospitality Services", "Terminal 2, Dublin Airport", "2021-06",
              "2023-01", "facing", "in_person_service",
              ["Reception desk of a 180-seat contract lounge: boarding-pass checks, walk-in sales, flight calls",
               "Bar and buffet service at peaks"]),
            E("Car Park Shuttle Driver", "Parkway Express Ltd", "Cloghran, Co. Dublin", "2019-03", "2021-05",
              "facing", "in_person_service",
              ["Drove the 16-seat shuttle between the long-stay car park and both terminals",
               "Helped customers with luggage and answered questions about bookings and pick-up points"]),
            E("Night Cleaner", "Brightstone Facility Services", "Dublin Airport", "2018-01", "2019-02",
              "affecting", None,
              ["Ride-on scrubber and washroom cleaning in the terminal between 23:00 and 07:00",
               "Restocked soap and paper and logged defects to the facilities desk"]),
        ]),
        ("Volunteering", "entries", [
            E("Underage Hurling Coach", "Naomh Fionnbarra GAA Club", "Swords", "2020", "present", "facing",
              "volunteering",
              ["Coach the U-12s twice a week and on match days; Garda vetted"],
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Education & Training", "pairs", [
            ("Leaving Certificate – Coláiste Bríde Swords", "2017"),
            ("EU Aviation Security Screener Certification", "Mar 2023"),
            ("Manual Handling; Patient & Passenger Lifting", "2024"),
        ]),
        ("Referee", "plain", [
            "Gráinne Keogh, Duty Manager, Harcourt Hospitality Services – 01 555 7720",
        ]),
    ],
)

# --------------------------------------------------------------------------- w009
add(
    file="w009.pdf",
    family="UK train conductor (guard), fpdf2 centred header, employer line first with dates right and title below, mm/yyyy dates, track work earlier",
    r="fpdf", layout="centred", hdr="org_title", ds="mm/yyyy", present="Present", sep=" – ", font="sans",
    bullet="•", accent="#5b2c6f", footer="G. Lewis-Hughes – CV – page {page}",
    name="Gareth Lewis-Hughes",
    contact=["Caerphilly CF83", "07700 900637", "gareth.lh@railmail.co.uk"],
    headline="Conductor (Guard) – safety-critical, customer-first",
    blocks=[
        ("Profile", "text",
         "Conductor with seven years on the Valleys and Cardiff routes, before that revenue protection and station "
         "work, and two years on the track. I know the railway from the ballast up and I enjoy the passengers most."),
        ("Career History", "entries", [
            E("Conductor (Guard)", "Valleys & Cambrian Trains Ltd", "Cardiff Central", "2019-06", "present",
              "facing", "in_person_service",
              ["Safe door operation and train dispatch on Class 150 and 197 units",
               "Sell and check tickets on board with a handheld machine; advise on fares and connections",
               "Announcements in English and Welsh; deploy the ramp for wheelchair users",
               "Lead on the train during failures, evacuations and incidents"]),
            E("Revenue Protection Inspector", "Valleys & Cambrian Trains Ltd", "Cardiff Central", "2017-09",
              "2019-05", "facing", "other_facing",
              ["Checked tickets on trains and at barriers, issued penalty fares and wrote prosecution reports",
               "Talked down confrontations and worked with BTP on problem services"]),
            E("Station Assistant", "Severnside Station Services", "Newport", "2015-03", "2017-08", "facing",
              "in_person_service",
              ["Gateline, help points, train dispatch and ticket office cover"]),
            E("Track Operative (agency)", "Railforce Recruitment", "South Wales", "2013-01", "2015-02", "none",
              None,
              ["Night possessions: ballast, sleepers, clip and pad renewals", "Lookout duties under a COSS"]),
        ]),
        ("Qualifications", "pairs", [
            ("NVQ Level 2 Diploma in Rail Services", "2016"),
            ("Personal Track Safety (PTS) – lapsed", "2013 – 2019"),
            ("Conflict resolution & de-escalation", "2018"),
        ]),
        ("Interests", "text", "Cycling the Taff Trail, Welsh-language choir, fixing up old bikes."),
    ],
)

# --------------------------------------------------------------------------- w010
add(
    file="w010.md",
    family="Indian lounge host in Doha (DOH) in Markdown, h3 title — employer with italic place and dates, hotels in Kerala, a one-month volunteer role",
    r="md", layout="h3", hdr="title_org", ds="mon", present="Present", sep=" – ", bullet="-",
    name="Sanjana Pillai",
    headline="Lounge & guest relations · Hamad International Airport",
    contact=["Al Sadd, Doha, Qatar", "+974 5555 3182", "sanjana.pillai@mailbox.in"],
    blocks=[
        ("Summary", "text",
         "Guest-relations professional with nine years in hotels and a premium airport lounge. I read guests "
         "quickly, remember names and fix problems before they become complaints."),
        ("Experience", "entries", [
            E("Lounge Hostess – First & Business Lounge", "Doha Gateway Airport Services",
              "Hamad International Airport (DOH)", "2022-02", "present", "facing", "in_person_service",
              ["Welcome premium passengers and check access against boarding pass and tier status",
               "Book shower suites and quiet rooms and arrange buggy transfers to the gate",
               "Make personal boarding calls for guests who lose track of time",
               "Handle lounge feedback cards and pass service issues to the duty manager"]),
            E("Guest Relations Executive", "The Corniche Grand Hotel", "Doha", "2019-10", "2022-01", "facing",
              "in_person_service",
              ["Met VIP arrivals, handled complaints and set up airport pick-ups"]),
            E("Front Office Associate", "Backwater Bay Resort", "Kumarakom, Kerala", "2017-06", "2019-08",
              "facing", "in_person_service",
              ["Check-in and check-out, houseboat bookings and foreign-exchange counter"]),
            E("Reservations Assistant (back office)", "Backwater Bay Resort", "Kumarakom, Kerala", "2017-01",
              "2017-05", "affecting", None,
              ["Loaded rates and allotments into the channel manager and reconciled online-agency bookings"]),
            E("Sales Associate", "Tharavad Textiles", "Kochi", "2016-06", "2016-12", "facing", "in_person_service"),
        ]),
        ("Volunteering", "entries", [
            E("Visitor Information Volunteer", "Doha International Book Fair", "Doha", "2023-01", "2023-01",
              "facing", "volunteering", ["Ran the information desk and guided school groups"],
              sec="volunteer", et="volunteer", dt="Jan 2023"),
        ]),
        ("Education", "pairs", [
            ("BHM (Bachelor of Hotel Management), Malabar Institute of Hotel Studies", "2013 – 2017"),
        ]),
        ("Certificates", "lines", [
            "Qatar Airport Pass & Security Awareness — 2022",
            "Food Safety Level 2 — 2024",
            "Languages: English, Malayalam, Hindi, Arabic (basic)",
        ]),
    ],
)

# --------------------------------------------------------------------------- w011
add(
    file="w011.docx",
    family="US airport screening lead and Air Force veteran (passenger terminal), Word with name and contact in the page header, employer line first, footer",
    r="docx", layout="header", hdr="org_title", ds="mm/yyyy", present="Present", sep=" – ", orgsep=" — ",
    font="Calibri", size=10.5, accent="1F3864", bullet_mode="style",
    footer="References available upon request",
    name="Andre L. Whitfield",
    contact=["San Bruno, CA 94066", "(650) 555-0171", "andre.whitfield@inboxly.co"],
    blocks=[
        ("Summary", "text",
         "Screening lead at SFO and U.S. Air Force veteran with five years in an air mobility passenger terminal. "
         "I run a calm checkpoint, explain the rules without lecturing and keep my team sharp."),
        ("Professional Experience", "entries", [
            E("Lead Screening Officer", "Bayline Screening Services", "San Francisco International (SFO)",
              "2022-04", "present", "facing", "other_facing",
              ["Lead a lane team of six: positions, rotations and the daily threat-item brief",
               "Resolve traveler complaints at the checkpoint and escalate to the supervisor when needed",
               "Explain screening to travelers with medical devices, prosthetics or special items"]),
            E("Screening Officer", "Bayline Screening Services", "San Francisco International (SFO)", "2019-09",
              "2022-03", "facing", "other_facing",
              ["X-ray operator, walk-through metal detector, bag search and exit-lane positions",
               "Pat-downs conducted with respect for privacy"]),
            E("Air Transportation Journeyman (2T2X1)", "U.S. Air Force", "Travis AFB, CA", "2014-06", "2019-06",
              "facing", "in_person_service",
              ["Processed and manifested up to 300 passengers a day at the AMC passenger terminal: ID checks, baggage weigh-in, boarding",
               "Briefed Space-A travelers on seat release and rules",
               "Built cargo pallets and completed load plans for C-17 and C-5 missions"],
              et="military"),
            E("Shuttle Driver", "Gateway Park & Fly", "Millbrae, CA", "2012-08", "2014-04", "facing",
              "in_person_service",
              ["Drove airport shuttle runs and loaded customers' luggage"]),
        ]),
        ("Volunteer", "entries", [
            E("Peer Mentor", "Bay Area Veterans Resource Hub", "Daly City, CA", "2020", "2024", "facing",
              "volunteering",
              ["Met transitioning service members monthly to help with résumés, interviews and benefits paperwork"],
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [("A.A.S., Transportation & Logistics — Solano Valley Community College", "2018")]),
        ("Certifications", "lines", [
            "Screener certification — initial 2019, annual recertification current",
            "Hazmat awareness (49 CFR) — 2021",
            "Honorable discharge, DD-214 available",
        ]),
    ],
)

# --------------------------------------------------------------------------- w012
add(
    file="w012.pdf",
    family="UK airline customer-relations head with a long career, 2-page reportlab CV with 'Page n of m' footer, 'Title – Employer' lines with right dates, 'to date', year-only oldest job",
    r="rl", layout="plain", hdr="dash", ds="mon", present="to date", sep=" – ", font="times", size=11.5, margin=62,
    accent="#222222", footer="Helen M. Ashworth  –  Page {page} of {pages}", name_align="center",
    contact_join="   ·   ", bullet="•",
    name="Helen Margaret Ashworth",
    contact=["Three Bridges, Crawley RH10", "07700 900255", "helen.ashworth@postbox-uk.net"],
    headline=None,
    blocks=[
        ("Profile", "text",
         "Customer relations leader with more than twenty years in aviation, from the cabin and the check-in desk "
         "to running an airline's complaints and compensation function. I have built teams that resolve things "
         "first time, cut regulator referrals by half and turned complaint data into fixes on the ground. Fluent "
         "French and Spanish. Looking for a senior customer-experience role in travel or transport."),
        ("Key Achievements", "lines", [
            "Halved ADR referrals in two years (2021–2023) by rewriting final-response letters in plain English",
            "Cleared a 38,000-case compensation backlog after the summer 2022 disruption within five months",
            "Built a vulnerable-customer handling standard now used across the group's three airlines",
            "Trained 140 agents and 12 team leaders in complaint de-escalation and empathy",
        ]),
        ("Core Skills", "text",
         "Complaint and compensation handling (UK261) · service recovery · team leadership · CX metrics (CSAT, NPS, "
         "FCR) · regulator and ADR liaison · root-cause analysis · budget ownership · French and Spanish"),
        ("Career History", "entries", [
            E("Head of Customer Relations", "Albion Skies", "Crawley, West Sussex", "2019-10", "present",
              "affecting", None,
              ["Lead a 60-strong team handling complaints, compensation claims and ADR referrals",
               "Set complaint-handling policy, budgets and compensation authority levels",
               "Report monthly CSAT, NPS and root causes to the executive board; sponsor fixes with ground operations",
               "Led the move to a single case-management platform (Salesforce Service Cloud) in 2021"]),
            E("Customer Relations Manager", "Albion Skies", "Crawley, West Sussex", "2015-04", "2019-09",
              "facing", "contact_center",
              ["Managed 25 advisers on phone, email and letter queues",
               "Personally handled escalated complaints from premium and vulnerable customers by phone and letter",
               "Introduced a callback-first approach that lifted first-contact resolution from 61% to 78%"]),
            E("Baggage Services Supervisor", "Southdown Handling Ltd", "Gatwick Airport (LGW)", "2010-06",
              "2015-03", "facing", "in_person_service",
              ["Supervised the arrivals baggage desk for eleven airlines",
               "Stepped in at the counter at peaks, dealing with passengers whose bags had not arrived",
               "Cut the backlog of unmatched delayed bags by 40% through daily WorldTracer reviews"]),
            E("Check-in Agent", "Southdown Handling Ltd", "Gatwick Airport (LGW)", "2007-03", "2010-05", "facing",
              "in_person_service",
              ["Check-in, ticket desk and boarding for charter and scheduled carriers"]),
            E("Cabin Crew Member", "Sunseeker Charter Airways", "Manchester (MAN) base", "2003-04", "2006-10",
              "facing", "in_person_service",
              ["Seasonal contracts on Boeing 757 and 767 charters to the Mediterranean, Caribbean and Florida",
               "Bar, meal and duty-free service; safety demonstrations; galley operator from 2005"]),
            E("Holiday Representative", "Sol y Mar Holidays", "Tenerife & Crete", "2001", "2002", "facing",
              "in_person_service",
              ["Two summer seasons meeting guests at the airport, running welcome meetings, selling excursions and sorting out hotel problems"],
              prec="year", prose=True),
        ]),
        ("Education", "pairs", [
            ("BA (Hons) Modern Languages (French and Spanish), University of Westmarch", "1997 – 2000"),
        ]),
        ("Professional Development", "lines", [
            "CMI Level 5 Certificate in Management and Leadership – 2016",
            "ISO 10002 complaints-handling practitioner course – 2018",
            "Mental Health First Aider – 2022",
        ]),
        ("References", "text",
         "Mr David Penrose, Chief Operating Officer, Albion Skies, and Ms Jo Hartigan, Station Manager, "
         "Southdown Handling Ltd – contact details on request."),
    ],
)

# --------------------------------------------------------------------------- w013
add(
    file="w013.txt",
    family="Philippine cruise-ship guest services officer pasted as text, caps headings, inline 'Title, Employer, Place (dates)' lines, contract notes, career break",
    r="txt", layout="ruled", hdr="inline", ds="MON", present="PRESENT", sep=" - ", caps=True, underline=None,
    bullet="-", width=80,
    name="Jericho B. Manalastas",
    contact=["Purok 3, Brgy. Kumintang Ibaba, Batangas City 4200", "Mobile: +63 926 555 7741",
             "Email: jerichom.sea@postmail.ph"],
    blocks=[
        ("Objective", "text",
         "To obtain a position as Guest Services Officer or Purser on a cruise or ferry line where I can use my "
         "eight years of onboard and terminal guest service."),
        ("Work Experience", "entries", [
            E("Guest Services Officer", "Azure Horizon Cruise Line", "MS Azure Meridian, Caribbean itineraries",
              "2022-03", "present", "facing", "in_person_service",
              ["Front desk on a 2,900-guest ship: onboard account queries, onboard credit, currency exchange",
               "Handle guest complaints and cabin moves together with housekeeping",
               "Embarkation-day check-in at the Port Everglades cruise terminal"],
              note="Contracts: 7 months on / 2 months off"),
            E("Career break - family and awaiting redeployment", None, None, "2020-04", "2022-02", "none", None,
              ["Returned home after the industry shutdown; cared for my father"], et="unknown"),
            E("Assistant Waiter", "Azure Horizon Cruise Line", "MS Azure Serenade", "2018-10", "2020-03", "facing",
              "in_person_service",
              ["Main dining room, 2 sections with the head waiter; buffet and room-service relief"]),
            E("Passenger Terminal Attendant", "Batangas Port Ferry Terminal Services Inc.", "Batangas City",
              "2016-05", "2018-08", "facing", "in_person_service",
              ["Assisted passengers at ticket validation and the boarding gates",
               "Crowd management at Holy Week and Christmas peaks"]),
            E("Cargo Checker", "Southern Luzon Shipping Lines", "Batangas Port", "2015-01", "2016-04", "affecting",
              None,
              ["Checked rolling cargo and tallied it against the manifest", "Prepared tally sheets for the purser"]),
        ]),
        ("Education", "plain", ["BS Hotel and Restaurant Management - Batangas Coastal College - 2014"]),
        ("Trainings / Licenses", "lines", [
            "Basic Safety Training (STCW) - 2018, refreshed 2023",
            "Crowd Management and Crisis Management - 2022",
            "Seaman's Book and US C1/D visa - valid",
        ]),
        ("Character References", "plain", [
            "Mr. Alvin S. Dimaculangan - Chief Purser, Azure Horizon Cruise Line - +1 954 555 0119",
            "Mrs. Nenita R. Macalalad - Terminal Manager, Batangas Port Ferry Terminal Services Inc. - 0917 555 2204",
        ]),
    ],
)

# --------------------------------------------------------------------------- w014
add(
    file="w014.docx",
    family="Indian air-cargo load controller and acceptance executive, Word two-column layout table with shaded sidebar and a nested table per job, 'Jan-2023' dates",
    r="docx", layout="sidebar", entry_mode="table", hdr="title_org", ds="mon-yyyy", present="Present", sep=" to ",
    font="Cambria", size=10, accent="2F5496", side_fill="E2EAF4", bullet_mode="glyph", bullet="■",
    name="Vikram Shenoy",
    contact=["Yelahanka New Town, Bengaluru 560064", "+91 99005 55871", "vikram.shenoy@mailbox.in"],
    headline="Air cargo operations · load control · export acceptance",
    side=[
        ("Skills", "lines", ["Load control (AHM 560)", "Cargo acceptance & DG checks", "Cargospot, ICEGATE",
                             "Excel (pivot, lookups)"]),
        ("Education", "plain", ["MBA Logistics & SCM, Coastal Institute of Management, 2018",
                                "B.Com, Mangalore Arts & Commerce College, 2016"]),
        ("Certificates", "plain", ["IATA DGR Cat 6 – valid to Aug 2027", "Load Control (A320/B737) – 2022",
                                   "Customs Broker exam (CBLR Reg. 6) – cleared 2019"]),
        ("Languages", "plain", ["English, Kannada, Konkani, Hindi, Tulu"]),
    ],
    blocks=[
        ("Career Summary", "text",
         "Air cargo professional with eight years across export documentation, acceptance and centralised load "
         "control at BLR. Accurate with numbers, firm on dangerous-goods rules."),
        ("Professional Experience", "entries", [
            E("Load Controller", "Garuda Aviation Services Pvt Ltd", "Kempegowda International Airport, Bengaluru",
              "2023-01", "present", "affecting", None,
              ["Prepare load sheets and trim sheets for A320neo and B737 flights from the central load control office",
               "Send LDM/CPM messages and NOTOC for dangerous goods",
               "Coordinate last-minute changes with ramp leads and the flight deck by radio"]),
            E("Cargo Acceptance Executive", "Garuda Aviation Services Pvt Ltd", "Bengaluru (BLR)", "2020-07",
              "2022-12", "facing", "in_person_service",
              ["Accepted export shipments at the acceptance counter from freight forwarders and agents: AWB, dimensions, weights, screening certificates",
               "Explained rejections and DG non-compliance to agents' staff and arranged re-packing",
               "Raised FWB/FHL discrepancies with the documentation desk"]),
            E("Export Documentation Assistant", "Konkan Freight Forwarders", "Mumbai", "2018-08", "2020-06",
              "affecting", None,
              ["Prepared shipping bills, airway bills and commercial invoices", "Filed declarations on ICEGATE"]),
            E("Summer Intern – Operations", "Western Ports Logistics", "Mumbai", "2017-05", "2017-06", "none",
              None, ["Studied container-yard operations and wrote a report on dwell time"], et="internship"),
        ]),
    ],
)

# --------------------------------------------------------------------------- w015
add(
    file="w015.pdf",
    family="Canadian into-plane fueller and GSE mechanic at YYZ, fpdf2 left header, title, employer and dates each on their own line, licences as distractors",
    r="fpdf", layout="left", hdr="dateline", ds="mon.", present="Present", sep=" – ", font="sans", bullet="–",
    accent="#8b4000", head_fill=True,
    name="Harpreet (Harry) Gill",
    contact=["Brampton, ON L6R", "905-555-0162", "harry.gill.fuel@coastmail.ca"],
    blocks=[
        ("Summary", "text",
         "Ten years on the airfield and in the shop: into-plane fuelling, fuel-farm quality control and ground "
         "support equipment repair. Licensed mechanic, D-licence airside driver, clean safety record."),
        ("Experience", "entries", [
            E("Into-Plane Fueller (Lead Hand)", "NorthStar Aviation Fuels", "Toronto Pearson (YYZ)", "2021-09",
              "present", "affecting", None,
              ["Fuel narrow- and wide-body aircraft from hydrant dispensers and refuellers to the uplift on the fuel order",
               "Enter uplifts in the handheld so delivery tickets go straight to the airline's operations",
               "Daily water and particulate checks on dispenser filters",
               "Train new fuellers on bonding, deadman control and spill response"]),
            E("Fuel Farm Operator", "NorthStar Aviation Fuels", "Toronto Pearson (YYZ)", "2019-04", "2021-08",
              "affecting", None,
              ["Received jet fuel by pipeline, sumped tanks and ran quality-control tests before release",
               "Kept the tank gauging and QC records for audits"]),
            E("Ground Support Equipment Mechanic", "Maple Leaf Ground Equipment Ltd", "Mississauga, ON", "2016-05",
              "2019-03", "none", None,
              ["Diagnosed and repaired diesel tugs, belt loaders and GPUs in the workshop",
               "Scheduled preventive maintenance and kept the parts log"]),
            E("Automotive Service Technician Apprentice", "Bramalea Auto Centre", "Brampton, ON", "2014-06",
              "2016-04", "none", None,
              ["Oil changes, brake jobs and seasonal tire changes under a licensed technician"], et="internship"),
        ]),
        ("Volunteer", "entries", [
            E("Volunteer Driver", "Peel Seniors Ride Program", "Brampton, ON", "2018", "2020", "facing",
              "volunteering",
              ["Drove seniors to medical appointments and helped them in and out of the car"],
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [("Motive Power Technician diploma, Credit Valley College", "2016")]),
        ("Licences & Tickets", "lines", [
            "Airside Vehicle Operator's Permit (AVOP) – D licence, 2019",
            "Truck & Coach Technician 310T – Certificate of Qualification, 2018",
            "TDG certification – renewed 05/2025",
            "Counterbalance forklift – 2020",
        ]),
    ],
)
