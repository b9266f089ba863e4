"""wild138 résumés w016–w030: one dict per résumé renders the file and its gold line."""
from lib import E

RESUMES = []


def add(**kw):
    RESUMES.append(kw)


# --------------------------------------------------------------------------- w016
add(
    file="w016.html",
    family="Indian customs broker in Dubai (Jebel Ali), HTML table layout with a date column, employer rows with roles beneath, 'Till Date'",
    r="html", layout="table", hdr="orgfirst", ds="mm/yyyy", present="Till Date", sep=" – ",
    name="Mohammed Irfan Sheikh",
    contact=["Discovery Gardens, Dubai, UAE", "+971 55 555 9024", "irfan.sheikh.cb@inboxly.co"],
    doc_title="CV - Mohammed Irfan Sheikh - Customs Broker",
    blocks=[
        ("Profile", "text",
         "Licensed customs broker with thirteen years in shipping documentation, sea-freight customer service and "
         "customs clearance in Mumbai and Jebel Ali. Strong on HS classification, GCC origin rules and keeping "
         "importers' goods moving."),
        ("Professional Experience", "entries", [
            E("Senior Customs Broker", "Al Marsa Customs Brokerage LLC", "Jebel Ali Free Zone, Dubai", "2021-04",
              "present", "facing", "other_facing",
              ["Advise importers and exporters on HS classification, duty rates, exemptions and GCC origin rules",
               "Meet key clients monthly to review clearance times and sort out holds and inspections",
               "Submit and amend declarations on the Dubai Trade portal; appeal penalties"]),
            E("Customs Clearance Executive", "Al Marsa Customs Brokerage LLC", "Jebel Ali Free Zone, Dubai",
              "2018-02", "2021-03", "affecting", None,
              ["Prepared import, export and transit declarations from invoices and packing lists",
               "Followed up inspections with customs officers at the port and the free-zone gate"]),
            E("Customer Service Executive – Sea Freight", "Gulf Link Freight Services", "Dubai", "2015-09",
              "2018-01", "facing", "contact_center",
              ["First point of contact for shippers and consignees by phone and email: bookings, rates, tracking and arrival notices",
               "Settled demurrage and detention disputes with consignees"]),
            E("Documentation Assistant", "Raj Shipping Agencies", "Mumbai, India", "2013-06", "2015-08",
              "affecting", None,
              ["Bills of lading, import manifests (IGM) and delivery orders for container lines"]),
        ]),
        ("Education", "pairs", [("B.Com — Mumbai Metropolitan College of Commerce", "2013")]),
        ("Licences & Certificates", "lines", [
            "Customs Broker Card — issued 2019, renewed 01/2025",
            "Diploma in International Freight Forwarding — 2017",
            "UAE driving licence",
        ]),
    ],
)

# --------------------------------------------------------------------------- w017
add(
    file="w017.docx",
    family="Irish ferry-port agent with several short jobs, Word tab-stop dates, a season on board, some entries without bullets",
    r="docx", layout="tabs", hdr="title_org", ds="mon", present="Present", sep=" – ", font="Calibri", size=11,
    accent="1B5E20", head_mode="para", bullet_mode="style", caps=True,
    name="Shauna Kinsella",
    contact=["Tagoat, Co. Wexford", "086 555 4419", "shaunakinsella01@postbox.ie"],
    blocks=[
        ("Profile", "text",
         "Friendly, reliable and used to busy sailings. I have worked the check-in booths at Rosslare and a summer "
         "on board, and I am looking for a permanent passenger-services role."),
        ("Experience", "entries", [
            E("Port Passenger Services Agent", "Celtic Link Ferries", "Rosslare Europort", "2024-03", "present",
              "facing", "in_person_service",
              ["Check-in booths for cars and freight drivers, foot-passenger desk and boarding lanes",
               "Check pet passports and travel documents for France and Wales sailings",
               "Look after passengers during cancellations – rebooking, refunds and accommodation"]),
            E("Restaurant Steward (seasonal)", "Celtic Link Ferries", "MV Saoirse, Rosslare–Cherbourg", "2023-06",
              "2023-08", "facing", "in_person_service", dt="Summer 2023"),
            E("Sales Assistant", "Daly's Corner Shop", "Wexford", "2022-09", "2024-02", "facing",
              "in_person_service"),
            E("Kitchen Porter", "The Harbour Inn", "Kilmore Quay", "2022-05", "2022-08", "affecting", None,
              ["Washing up, veg prep and keeping the kitchen clean"]),
            E("Festival Steward", "Rosslare Strand Summer Fest", "Rosslare Strand", "2021-07", "2021-08",
              "facing", "other_facing",
              ["Gate checks, wristbands and directing crowds"]),
            E("Charity Shop Volunteer", "Slaney Hospice Charity Shop", "Enniscorthy", "2020-01", "2021-06",
              "facing", "volunteering",
              ["Served customers at the till and sorted donations"], sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [
            ("QQI Level 5 Tourism with Business – Wexford Further Education College", "2023"),
            ("Leaving Certificate Applied", "2021"),
        ]),
        ("Training", "lines", ["Manual Handling (2024)", "Safe food handling – Primary Course (2022)",
                               "Full clean B driving licence"]),
    ],
)

# --------------------------------------------------------------------------- w018
add(
    file="w018.txt",
    family="US airport worker, Indeed-style text export: title, 'Employer - City, ST' and 'Month YYYY to Present' on separate lines, cleaner to gate agent",
    r="txt", layout="ruled", hdr="dateline", ds="month", present="Present", sep=" to ", orgsep=" - ", bullet="-",
    underline=None, blank_after_head=False,
    name="Marisol Gutierrez-Reyes",
    contact=["Humble, TX 77338", "marisol.gr@inboxly.co", "+1 832 555 0147"],
    blocks=[
        ("Summary", "text",
         "Bilingual (English/Spanish) airport employee with 6 years at IAH, from cleaning cabins to running a gate. "
         "Dependable, flexible with shifts and good with people who are stressed about their flight."),
        ("Work Experience", "entries", [
            E("Gate Agent", "Lone Star Airport Services", "Houston, TX", "2023-05", "present", "facing",
              "in_person_service",
              ["Board domestic and Latin America flights: gate announcements, seat changes, standby and upgrade lists",
               "Coordinate wheelchairs and pre-boarding for passengers who need it",
               "Rebook passengers at the gate when flights cancel"]),
            E("Wheelchair Attendant", "Lone Star Airport Services", "Houston, TX", "2022-02", "2023-05", "facing",
              "in_person_service",
              ["Pushed wheelchair passengers from curb to gate and from the aircraft door to baggage claim",
               "Took passengers through the security checkpoint and translated for Spanish speakers"]),
            E("Aircraft Cabin Cleaner", "JetClean Aviation Services", "Houston, TX", "2020-08", "2022-01",
              "affecting", None,
              ["Cleaned cabins during 30-45 minute turns: seat pockets, lavatories, galleys",
               "Overnight deep cleans and disinfection fogging"]),
            E("Cashier", "Taqueria El Paisano", "Pasadena, TX", "2018-06", "2020-07", "facing",
              "in_person_service",
              ["Took orders at the counter and drive-thru window, handled cash and cards"]),
            E("Warehouse Associate (seasonal)", "Gulf Coast Fulfillment", "Baytown, TX", "2019-11", "2020-01",
              "affecting", None, ["Picked and packed online orders on the holiday peak night shift"]),
        ]),
        ("Education", "plain", ["High school diploma", "South Channel High School - Houston, TX", "2018"]),
        ("Certifications", "plain", ["SIDA badge (Security Identification Display Area) - 2022",
                                     "Passenger Service Agent training (DCS, boarding) - 2023"]),
        ("Languages", "plain", ["Spanish - Fluent", "English - Fluent"]),
    ],
)

# --------------------------------------------------------------------------- w019
add(
    file="w019.pdf",
    family="Singapore cabin crew turned instructor and corporate-travel account manager, reportlab coloured banner header, pipe title/employer/place line with right dates, 'Current', page footer",
    r="rl", layout="banner", hdr="pipe", ds="mon", present="Current", sep=" – ", font="dejavu", size=9.5,
    accent="#0f4c5c", bullet="▪", head_style="plain", footer="Nurul Ain Rahman · CV · {page}/{pages}",
    footer_align="right",
    name="Nurul Ain Rahman",
    headline="Corporate travel · cabin crew training",
    contact=["Pasir Ris, Singapore", "+65 8555 2093", "nurulain.r@mailhub.sg"],
    blocks=[
        ("Summary", "text",
         "Twelve years with a Singapore airline, first in the cabin and then training new crew, now looking after "
         "corporate travel accounts. I understand what travellers need because I have served them at 38,000 feet."),
        ("Experience", "entries", [
            E("Key Account Manager, Corporate Travel", "Lion City Travel Management", "Singapore", "2023-06",
              "present", "facing", "sales_account",
              ["Manage 25 corporate accounts in pharma and energy with a combined air spend of about S$18m",
               "Run quarterly business reviews with clients' travel managers; negotiate airline and hotel deals",
               "Personally handle VIP traveller escalations and disruption for account holders"]),
            E("Cabin Crew Instructor", "Straits Orient Airlines", "Singapore (SIN)", "2019-01", "2023-05",
              "facing", "education",
              ["Taught safety and emergency procedures and service standards to new-hire classes of 24",
               "Assessed trainees on door drills, ditching, firefighting and first aid",
               "Wrote lesson plans for the A350 conversion course"]),
            E("Leading Cabin Crew", "Straits Orient Airlines", "Singapore (SIN)", "2015-03", "2018-12", "facing",
              "in_person_service",
              ["Led a zone of four crew in economy and premium economy",
               "Resolved in-flight complaints and logged them for service recovery"],
              note="B777-300ER · A350-900 · A380-800"),
            E("Cabin Crew", "Straits Orient Airlines", "Singapore (SIN)", "2011-08", "2015-02", "facing",
              "in_person_service",
              ["Economy and business class service on regional and long-haul flights"]),
            E("Customer Service Ambassador (part-time)", "Harbourfront Retail Mall", "Singapore", "2009-12",
              "2011-06", "facing", "in_person_service",
              ["Concierge counter: directions, gift vouchers, lost and found, wheelchair loans"]),
        ]),
        ("Education & Certificates", "pairs", [
            ("Diploma in Tourism & Resort Management, Kallang Polytechnic", "2011"),
            ("Advanced Certificate in Training and Assessment (ACTA)", "2019"),
            ("Safety & Emergency Procedures – annual recurrent", "2011 – 2023"),
        ]),
        ("Languages", "text", "English, Malay, conversational Mandarin"),
    ],
)

# --------------------------------------------------------------------------- w020
add(
    file="w020.docx",
    family="Nepali ramp team leader in Doha (DOH), Word heading styles, dates line first then 'Title, Employer, Place', mm.yyyy dates, year-only oldest job",
    r="docx", layout="styles", hdr="datefirst", ds="mm.yyyy", present="Present", sep=" - ", font="Calibri",
    accent="C00000", bullet_mode="style",
    name="Bishal Thapa Magar",
    contact=["Al Wakrah, Doha, Qatar", "+974 3355 5810", "bishal.thapa.magar@inboxly.co"],
    headline="Ramp Team Leader — wide-body turnarounds",
    blocks=[
        ("Profile", "text",
         "Hard-working ramp team leader with ten years in baggage and ramp handling in Kathmandu and Doha. "
         "Safety first, on-time second, always both."),
        ("Work Experience", "entries", [
            E("Ramp Team Leader", "Qatari Aviation Ground Services W.L.L.", "Hamad International Airport (DOH)",
              "2022-03", "present", "affecting", None,
              ["Lead a team of 8 loaders on A350 and B777 turnarounds",
               "Check loading against the LIR and sign off with load control",
               "Brief the team on safety, FOD walks and high-loader operation"]),
            E("Ramp Service Agent (Loader)", "Qatari Aviation Ground Services W.L.L.",
              "Hamad International Airport (DOH)", "2018-06", "2022-02", "affecting", None,
              ["Loaded and unloaded baggage and ULDs; operated high loaders and tugs"]),
            E("Baggage Handler (Make-up Area)", "Everest Air Handling Pvt. Ltd.", "Kathmandu (KTM)", "2016-01",
              "2018-04", "affecting", None,
              ["Sorted bags by flight in the make-up area", "Loaded trolleys and reconciled bag counts"]),
            E("Security Guard", "Safeguard Nepal Security Services", "Kathmandu", "2013", "2015", "facing",
              "other_facing",
              ["Guarded a bank branch entrance, checked visitors' bags and directed customers to the counters"],
              prec="year"),
        ]),
        ("Education", "pairs", [("SEE (School Leaving), Shree Janapriya Secondary School, Gorkha", "2012")]),
        ("Trainings", "lines", [
            "Airside Driving Permit (ADP) — 2019, renewed 2024",
            "Ramp Safety & Aircraft Handling — 2021",
            "Dangerous Goods Awareness — 2023",
        ]),
        ("Personal Information", "plain", [
            "Nationality: Nepali", "Visa: Employment visa (transferable)", "Languages: Nepali, Hindi, English, basic Arabic",
        ]),
    ],
)

# --------------------------------------------------------------------------- w021
add(
    file="w021.md",
    family="UK student with airport part-time jobs in Markdown, bold title with employer and italic dates, a season, paid student ambassador",
    r="md", layout="bold", hdr="title_org", ds="mon", present="present", sep=" – ", bullet="*",
    name="Olivia Mensah-Clarke",
    contact=["Salford M6", "07700 900772", "olivia.mensahclarke@postbox-uk.net"],
    blocks=[
        ("Profile", "text",
         "Final-year Tourism Management student (four-year course with a placement year) who works at Manchester Airport around lectures. I like helping "
         "people who find airports hard, and I would like a graduate role in airport operations."),
        ("Experience", "entries", [
            E("Special Assistance Agent (part-time)", "Northern Skies Assist Ltd", "Manchester Airport (MAN)",
              "2024-09", "present", "facing", "in_person_service",
              ["Help passengers with reduced mobility through the airport: wheelchair pushes, ambulift boarding, sighted guiding",
               "Log each job on the assistance app and hand over to cabin crew at the aircraft door"]),
            E("Summer Ground Host", "Sunbound Holidays", "Manchester Airport", "2024-06", "2024-08", "facing",
              "in_person_service",
              ["Welcomed package-holiday customers at check-in and answered questions about transfers and luggage"],
              dt="Summer 2024"),
            E("Aircraft Groomer (agency, nights)", "Skyline Cabin Services", "Manchester Airport", "2024-01",
              "2024-05", "affecting", None,
              ["Overnight cabin cleaning on parked aircraft: seat pockets, toilets, galleys",
               "Restocked blankets, headsets and safety cards before the first wave"]),
            E("Student Ambassador", "Irwell University", "Salford", "2023-10", "present", "facing", "other_facing",
              ["Campus tours on open days and answering questions from applicants and parents"], sec="other"),
            E("Retail Assistant", "Chorlton Sports & Leisure", "Manchester", "2022-06", "2023-08", "facing",
              "in_person_service", ["Till, fitting shoes and restocking"]),
        ]),
        ("Education", "pairs", [
            ("BA (Hons) Tourism Management with Placement, Irwell University", "2023 – 2027 (expected)"),
            ("A Levels: Geography (B), Business (B), Spanish (C)", "2023"),
        ]),
        ("Skills", "lines", ["Disability awareness and sighted guiding (trained 2024)", "Spanish (conversational)",
                             "Microsoft Office, Canva"]),
        ("References", "text", "Tom Radley, Team Leader, Northern Skies Assist Ltd — details on request."),
    ],
)

# --------------------------------------------------------------------------- w022
add(
    file="w022.pdf",
    family="Philippine airline social-media and chat support agent, fpdf2 coloured banner header, title line with right-aligned dates and employer below, full month names",
    r="fpdf", layout="banner", hdr="title_org", ds="month", present="Present", sep=" – ", font="sans",
    bullet="–", accent="#c2185b", head_style="plain",
    name="Kristine Joy Santos-Ocampo",
    headline="Digital customer care · chat · social media · airport ops background",
    contact=["Pasig City, Metro Manila", "+63 917 555 3380", "kjsantos.ocampo@postmail.ph"],
    blocks=[
        ("Summary", "text",
         "Customer care specialist who moved from the NAIA check-in counter to an airline's social-media team. "
         "Quick, careful writer in English and Filipino; calm when the timeline is on fire."),
        ("Experience", "entries", [
            E("Social Media Customer Care Specialist", "Island Hopper Airways", "Pasay City (hybrid)", "2023-01",
              "present", "facing", "digital_service",
              ["Answer passengers' DMs and public comments on Facebook, X and Instagram in English and Filipino",
               "Rebook and refund passengers over chat during typhoon cancellations",
               "Tag sentiment and escalate safety, legal and media mentions to the duty manager"]),
            E("Live Chat Agent", "Nimbus Outsourcing Solutions", "Ortigas, Pasig City", "2021-03", "2022-12",
              "facing", "digital_service",
              ["Chat support for a US online travel agency, three chats at a time, 92% CSAT"]),
            E("Check-in Agent", "Manila Airport Ground Services Corp.", "NAIA Terminal 3 (MNL)", "2018-11",
              "2021-02", "facing", "in_person_service",
              ["Check-in, baggage acceptance and document checks for international flights",
               "Processed repatriation flights in 2020"]),
            E("Crew Scheduling Assistant", "Manila Airport Ground Services Corp.", "NAIA Terminal 3 (MNL)",
              "2017-06", "2018-10", "none", None,
              ["Encoded daily rosters for check-in staff", "Tracked overtime and leave in Excel for payroll"]),
        ]),
        ("Education", "pairs", [("BA Communication, Marikina Valley College", "2013 – 2017")]),
        ("Certifications", "lines", [
            "Zendesk Support for agents — 2023",
            "Civil Service Eligibility (Professional) — 2016",
            "Airport Customer Service Course — 2018",
        ]),
    ],
)

# --------------------------------------------------------------------------- w023
add(
    file="w023.docx",
    family="US passenger-rail conductor who started in freight and track work, Word bordered table per job with dates in the right cell, year-only volunteer role",
    r="docx", layout="table", hdr="title_org", ds="mon", present="Present", sep=" – ", grid=True,
    font="Times New Roman", size=11, accent="000000", bullet_mode="glyph", bullet="●",
    name="Travis D. McAllister",
    contact=["Mechanicsburg, PA 17055", "(717) 555-0129", "tdmcallister@inboxly.co"],
    blocks=[
        ("Summary", "text",
         "Passenger conductor with 15 years on the railroad: track gang, freight yard and road service, then "
         "passenger trains since 2017. Safety record clean; rules-qualified on two territories."),
        ("Railroad Experience", "entries", [
            E("Conductor", "Keystone Corridor Passenger Rail", "Harrisburg, PA", "2020-08", "present", "facing",
              "in_person_service",
              ["In charge of the train crew and passengers on Harrisburg–Philadelphia corridor trains",
               "Lift tickets, sell fares on board and answer connection questions",
               "Coordinate with the engineer and dispatcher during delays and keep passengers informed",
               "Deploy bridge plates and help passengers with disabilities on and off"]),
            E("Assistant Conductor", "Keystone Corridor Passenger Rail", "Harrisburg, PA", "2017-05", "2020-07",
              "facing", "in_person_service",
              ["Ticket collection, door control at stations and platform safety"]),
            E("Freight Conductor", "Allegheny Western Railroad", "Altoona, PA", "2013-03", "2017-04", "affecting",
              None,
              ["Built and broke down trains in the yard; hand brakes and air-brake tests",
               "Set out and picked up cars at industry customers' sidings per the switch list"]),
            E("Track Laborer", "Allegheny Western Railroad", "Altoona, PA", "2011-06", "2013-02", "none", None,
              ["Tie and rail replacement with the tie gang"]),
        ]),
        ("Community", "entries", [
            E("Volunteer Firefighter", "Dauphin Township Volunteer Fire Co.", "Dauphin, PA", "2014", "present",
              "facing", "volunteering",
              ["Respond to fires and road accidents; give fire-safety talks at schools"],
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Certifications", "pairs", [
            ("Federal conductor certification — recertified", "2024"),
            ("Operating rules exam (annual)", "Jan 2026"),
            ("High school diploma, Central Dauphin East", "2010"),
        ]),
    ],
)

# --------------------------------------------------------------------------- w024
add(
    file="w024.html",
    family="Canadian bilingual airline customer-relations specialist, profile-site HTML export (cards, title/employer/dates/place lines), freelance guiding",
    r="html", layout="profile", hdr="title_org", ds="mon", present="Present", sep=" - ",
    etype_suffix={"volunteer": " · Volunteer"},
    name="Émilie Tremblay-Nguyen",
    headline="Customer Relations Specialist at Laurentian Airways | Bilingual (FR/EN)",
    contact=["Montréal, Quebec, Canada", "emilie.tn@coastmail.ca"],
    doc_title="Émilie Tremblay-Nguyen | Profile",
    blocks=[
        ("About", "text",
         "Bilingual airline customer-care professional. I have checked you in, rebooked you by phone and answered "
         "your complaint letter — and I still love this industry."),
        ("Experience", "entries", [
            E("Customer Relations Specialist", "Laurentian Airways", "Montréal, Quebec, Canada", "2022-02",
              "present", "facing", "contact_center",
              ["Investigate written complaints and compensation claims under the passenger protection regulations",
               "Call customers back to explain decisions and settle claims in French or English"]),
            E("Reservations Agent (bilingual)", "Laurentian Airways", "Montréal, Quebec, Canada", "2019-06",
              "2022-01", "facing", "contact_center",
              ["Inbound sales and service calls in French and English; refunds and future-travel credits during the pandemic"]),
            E("Customer Service Agent – Airport", "Aéroservices Dorval Inc.", "Montréal-Trudeau (YUL)", "2017-05",
              "2019-05", "facing", "in_person_service",
              ["Check-in, boarding and baggage-service desk for two European carriers"]),
            E("Tour Guide", "Self-employed", "Old Montréal", "2018-06", "2018-08", "facing",
              "entrepreneurial_freelance",
              ["Ran my own walking tours for cruise passengers; bookings through a tour marketplace"],
              et="freelance", dt="Summer 2018"),
            E("Barista", "Café Saint-Laurent", "Montréal", "2015-09", "2017-04", "facing", "in_person_service"),
            E("Newcomer Support Volunteer", "Réseau Accueil Montréal", "Montréal", "2018-01", "2020-03", "facing",
              "volunteering",
              ["Helped newly arrived families fill in forms and find services"], sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [("DEC, Tourism Techniques — Cégep de la Rive-Nord", "2014 - 2017")]),
        ("Licenses & certifications", "lines", ["Sabre reservations — basic (2019)",
                                                 "Accessible transportation awareness (2022)"]),
        ("Languages", "text", "French (native) · English (full professional) · Vietnamese (conversational)"),
    ],
)

# --------------------------------------------------------------------------- w025
add(
    file="w025.pdf",
    family="Indian airline airport-services executive, reportlab date column on the left of each job, mm/yyyy with 'Till Date', personal details, NSS volunteering",
    r="rl", layout="datecol", hdr="title_org", ds="mm/yyyy", present="Till Date", sep=" – ", font="helv",
    size=9.5, bullet="-", accent="#004d40", caps=True,
    name="Ananya Krishnan",
    contact=["Velachery, Chennai 600042", "+91 94440 55218", "ananya.krish@mailbox.in"],
    headline="Airport Services Executive | Lounge | Reservations",
    blocks=[
        ("Career Objective", "text",
         "To work as a Customer Service Supervisor with a reputed airline, bringing ten years of airport, "
         "lounge and reservations experience and a real commitment to passengers."),
        ("Professional Experience", "entries", [
            E("Airport Services Executive", "Coromandel Airlines Ltd.", "Chennai International Airport (MAA)",
              "2021-04", "present", "facing", "in_person_service",
              ["Check-in, boarding and arrival services for domestic and Gulf flights",
               "Handle denied boarding and delay compensation at the counter as per DGCA CAR",
               "Coordinate special meals, wheelchairs and UMNR handovers"]),
            E("Lounge Executive", "Coromandel Airlines Ltd.", "Chennai (MAA)", "2019-08", "2021-03", "facing",
              "in_person_service",
              ["Received business-class and frequent-flyer guests at the lounge; announced flights and managed buffet service"]),
            E("Reservations Executive (Call Centre)", "Sapphire Travel Contact Services", "Chennai", "2017-06",
              "2019-07", "facing", "contact_center",
              ["Booking, cancellation and date-change calls for an airline client; Tamil, Hindi and English queues"]),
            E("Airline Security Assistant", "Coastal Guard Security Solutions", "Chennai Airport", "2016-01",
              "2017-05", "facing", "other_facing",
              ["Verified passengers' boarding passes and ID at the airline's secondary check at the aircraft steps",
               "Guarded aircraft during turnarounds and searched catering trolleys"]),
            E("Refunds Processing Associate (non-voice)", "Sapphire Travel Contact Services", "Chennai", "2015-06",
              "2015-12", "affecting", None,
              ["Processed airline ticket refunds and credit notes from the agents' queue; no customer calls"]),
        ]),
        ("Volunteer Work", "entries", [
            E("NSS Volunteer", "Adyar Women's College NSS Unit", "Chennai", "2013", "2015", "facing", "volunteering",
              ["Blood-donation camps and village literacy drives"], prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [
            ("B.A. English Literature — Adyar Women's College", "2015"),
            ("Diploma in Airline & Airport Management", "2016"),
        ]),
        ("Certifications", "lines", [
            "Foundation in Travel & Tourism — 2016",
            "Basic AVSEC Awareness — 2021 (valid till 2026)",
            "Fire Fighting & First Aid — 2022",
        ]),
        ("Personal Details", "plain", [
            "Date of Birth: 03-11-1994    Marital Status: Married",
            "Languages: Tamil, English, Hindi, Malayalam",
        ]),
    ],
)

# --------------------------------------------------------------------------- w026
add(
    file="w026.docx",
    family="UK cruise-terminal duty manager, Word with contact in the page header and a footer, employer headings in capitals with roles beneath, 'Current'",
    r="docx", layout="header", hdr="orgfirst", ds="month", present="Current", sep=" – ", org_caps=True,
    font="Arial", size=10, accent="003366", bullet_mode="tab", bullet="–",
    footer="References available on request",
    name="Kerry-Ann Whitlock",
    contact=["Shirley, Southampton SO15", "07700 900318", "kerryann.whitlock@postbox-uk.net"],
    blocks=[
        ("Profile", "text",
         "Port and cruise operations manager with fifteen years in Southampton, from the baggage hall to running "
         "turnaround days for the largest ships afloat."),
        ("Career History", "entries", [
            E("Terminal Duty Manager", "Solent Cruise Terminals Ltd", "Southampton", "2021-03", "present",
              "facing", "in_person_service",
              ["Run turnaround days for ships of up to 6,500 guests: check-in hall, baggage hall, security and embarkation flow",
               "Deal with escalated guest problems on the check-in floor – missing documents, mobility needs, late arrivals",
               "Plan and manage 120 casual staff and agency porters"]),
            E("Check-in Supervisor", "Solent Cruise Terminals Ltd", "Southampton", "2018-04", "2021-02", "facing",
              "in_person_service",
              ["Supervised 30 check-in agents and handled document problems at the supervisor desk"]),
            E("Passenger Host (casual)", "Solent Cruise Terminals Ltd", "Southampton", "2016-05", "2018-03",
              "facing", "in_person_service",
              ["Greeted guests off coaches and directed them to check-in; assisted wheelchair users"]),
            E("Freight Booking Clerk", "Wight Channel Freight", "Southampton", "2012-09", "2016-04", "facing",
              "contact_center",
              ["Took hauliers' bookings for freight deck space by phone and the online portal",
               "Prepared freight manifests for each sailing"]),
            E("Baggage Hall Operative", "Portside Logistics", "Southampton", "2011-05", "2012-08", "affecting",
              None,
              ["Moved guests' luggage between ship cages and the baggage hall; scanned tags"]),
        ]),
        ("Qualifications & Training", "pairs", [
            ("BTEC National Diploma in Travel & Tourism", "2010"),
            ("IOSH Managing Safely", "2022"),
            ("Port Facility Security Awareness (ISPS)", "2021"),
            ("First Aid at Work — expires", "2027"),
        ]),
    ],
)

# --------------------------------------------------------------------------- w027
add(
    file="w027.txt",
    family="Filipino metro customer-service officer in Dubai, CV pasted from an e-mail body (CRLF, unwrapped long lines, '*' bullets), 'Title, Employer, City (Mon YYYY – to date)'",
    r="txt", layout="ruled", hdr="inline", ds="mon", present="to date", sep=" – ", bullet="*", wrap=False,
    crlf=True, underline="-", contact_join=" / ",
    name="Rowena Mae Bautista",
    contact=["Al Barsha 1, Dubai", "+971 52 555 6630", "rowena.bautista@inboxly.co"],
    blocks=[
        ("Objective", "text",
         "Customer service officer with 7 years in metro operations in Dubai, looking for a supervisor role in rail or airport customer service."),
        ("Employment History", "entries", [
            E("Customer Service Officer", "Desert Line Metro Operations", "Dubai", "2021-02", "present", "facing",
              "in_person_service",
              ["Customer service centre at a busy interchange station: fare card top-ups, refunds, replacement cards and lost property",
               "Help passengers with ticket machines, routes and accessibility lifts",
               "Crowd control and queue management on event days and New Year's Eve"]),
            E("Train Attendant", "Desert Line Metro Operations", "Dubai", "2019-06", "2021-01", "facing",
              "in_person_service",
              ["Rode trains as the on-board attendant: checked Gold Class tickets, assisted passengers and reported incidents to the control centre"]),
            E("Sales Associate", "Bellissima Fashion LLC", "Dubai", "2017-03", "2019-05", "facing",
              "in_person_service", ["Styling advice, fitting room, cashiering"]),
            E("Service Crew", "Kusina Grill", "Dasmariñas, Cavite", "2015-04", "2016-12", "facing",
              "in_person_service"),
            E("Production Operator", "Laguna Microelectronics Inc.", "Cavite Economic Zone, Rosario", "2013-03",
              "2015-03", "none", None,
              ["Wire-bonding machine operator on 12-hour rotating shifts",
               "Visual inspection of finished units under the microscope"]),
        ]),
        ("Education", "plain", ["BS Business Administration (2 years completed) - Cavite Southern University, 2011-2013"]),
        ("Trainings", "lines", ["Customer Service Excellence - 2022", "Station evacuation & emergency response - 2023",
                                "First Aid / CPR - 2024"]),
    ],
)

# --------------------------------------------------------------------------- w028
add(
    file="w028.pdf",
    family="US airline operations (dispatch, crew scheduling, load planning, ramp), fpdf2 shaded right sidebar, ISO dates, a summer internship overlapping a job",
    r="fpdf", layout="sidebar", hdr="title_org", ds="iso", present="present", sep=" → ", font="sans",
    bullet="·", side_bullet="·", accent="#1a237e", side_w=60, size=9,
    name="Kenji Alvarez-Morita",
    headline="Airline operations — dispatch · crew scheduling · load planning",
    contact=["Euless, TX 76039", "(817) 555-0186", "kenji.am@inboxly.co"],
    side=[
        ("Licences", "lines", ["FAA Aircraft Dispatcher Certificate (2019)", "Airside driving — DFW AOA badge"]),
        ("Education", "plain", ["B.S. Aviation Management", "North Texas Aeronautical University, 2017"]),
        ("Tools", "lines", ["Flight planning systems", "Crew tracking", "Weight & balance", "SQL, Tableau"]),
        ("Knows", "lines", ["FAR Part 121 / 117", "MEL / CDL", "NOTAMs, METAR/TAF"]),
    ],
    blocks=[
        ("Summary", "text",
         "Twelve years in airline operations, from the ramp to the dispatch desk. Comfortable with weather days, "
         "crew legality puzzles and load numbers that must be right the first time."),
        ("Experience", "entries", [
            E("Flight Dispatcher", "Red River Airlines", "Irving, TX (DFW)", "2022-07", "present", "none", None,
              ["Plan flights: fuel, alternates, MEL items and weather; joint operational control with captains",
               "Watch flights en route and re-plan around convective weather and ATC programs"]),
            E("Crew Scheduler", "Red River Airlines", "Irving, TX (DFW)", "2019-09", "2022-06", "facing",
              "internal_support",
              ["Answered crew members' calls about trip trades, sick calls, hotel and deadhead problems",
               "Covered open trips by calling out reserve pilots and flight attendants; checked FAR 117 legality"]),
            E("Load Planner", "Red River Airlines", "Irving, TX (DFW)", "2017-03", "2019-08", "affecting", None,
              ["Weight and balance for E175 and A321 flights: load plans, trim and ACARS closeout"]),
            E("Operations Intern", "Red River Airlines", "Irving, TX (DFW)", "2016-06", "2016-08", "none", None,
              ["Shadowed the operations control center and built a delay-code dashboard"], et="internship",
              dt="Summer 2016"),
            E("Ramp Agent", "Trinity Ground Handling", "DFW Airport, TX", "2014-05", "2017-02", "affecting", None,
              ["Loaded bags and cargo, marshalled aircraft and drove the pushback tug"]),
        ]),
    ],
)

# --------------------------------------------------------------------------- w029
add(
    file="w029.docx",
    family="Singapore ferry and cruise-terminal officer, Word tab-stop dates with employer line first and italic title, dash bullets, year-only befriending",
    r="docx", layout="tabs", hdr="org_title", ds="month", present="Present", sep=" – ", font="Calibri", size=10.5,
    accent="0E6655", bullet_mode="glyph", bullet="–", date_italic=True,
    name="Farhana Osman",
    contact=["Bedok North, Singapore 460123", "+65 9555 4172", "farhana.osman@mailhub.sg"],
    blocks=[
        ("Profile", "text",
         "Customer service executive with nine years at Singapore's ferry and cruise terminals. I enjoy the rush "
         "of a ship day and the regulars on the morning ferry alike."),
        ("Work Experience", "entries", [
            E("Customer Service Executive", "Marina Cove Cruise Terminal Pte Ltd", "Singapore", "2022-08",
              "present", "facing", "in_person_service",
              ["Run the terminal information counter on ship days",
               "Handle guests' lost items, wheelchair requests and transport questions",
               "Coordinate with immigration and ship's staff on late-boarding guests"]),
            E("Ticketing Officer", "Harbourline Ferries Pte Ltd", "Singapore", "2019-03", "2022-07", "facing",
              "in_person_service",
              ["Sold and reissued tickets for Batam and Bintan ferries", "Check-in counter and baggage tagging"]),
            E("Passenger Service Assistant", "Harbourline Ferries Pte Ltd", "Singapore", "2017-07", "2019-02",
              "facing", "in_person_service",
              ["Boarding gate, announcements and help for elderly passengers on the gangway"]),
            E("Kitchen Assistant", "Coastal Marine Catering Pte Ltd", "Singapore", "2016-01", "2017-06",
              "affecting", None,
              ["Packed snack boxes and meals for the ferry fleet in the central kitchen"]),
        ]),
        ("Volunteer", "entries", [
            E("Befriender", "Silver Hearts Eldercare Centre", "Bedok", "2018", "2022", "facing", "volunteering",
              ["Visited lonely seniors at home every fortnight and accompanied them to clinic appointments"],
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Education", "pairs", [("Higher Nitec in Hospitality Operations, ITE College East", "2015")]),
        ("Certificates", "lines", ["WSQ Provide Go-the-Extra-Mile Service (2019)", "Standard First Aid (2024)"]),
    ],
)

# --------------------------------------------------------------------------- w030
add(
    file="w030.md",
    family="Indian nurse at Doha airport medical centre in Markdown, summary table of roles then details per role, freelance aeromedical escorts overlapping",
    r="md", layout="table", hdr="title_org", ds="mon", present="Present", sep=" – ", bullet="-",
    name="Reena Mary Joseph, RN",
    headline="Registered Nurse — airport medical services and aeromedical escort",
    contact=["Old Airport Area, Doha, Qatar", "+974 6655 5247", "reena.joseph.rn@mailbox.in"],
    blocks=[
        ("Profile", "text",
         "Emergency-trained registered nurse with eleven years of practice, the last five at the medical centre of a "
         "major hub airport. Used to treating travellers who are far from home, tired and frightened."),
        ("Nursing Experience", "entries", [
            E("Staff Nurse – Airport Medical Centre", "Pearl Gulf Healthcare", "Hamad International Airport (DOH)",
              "2021-05", "present", "facing", "healthcare_care",
              ["Triage and treat passengers and airport staff at the terminal clinic",
               "Attend in-terminal medical calls with the emergency response team",
               "Carry out fitness-to-fly checks for passengers referred by airlines"]),
            E("Aeromedical Escort Nurse (freelance)", "Skycare Medical Escorts", "Doha / worldwide", "2022-01",
              "2024-12", "facing", "healthcare_care",
              ["Escorted stable patients on commercial flights for repatriation",
               "Managed in-flight oxygen, medication and handover to receiving hospitals"],
              et="freelance"),
            E("Staff Nurse – Emergency Department", "St. Gregorios Mission Hospital", "Kottayam, Kerala",
              "2016-03", "2021-03", "facing", "healthcare_care",
              ["Triage, resuscitation and trauma care in a 40-bed emergency department"]),
            E("Nursing Intern", "Medicity General Hospital", "Kochi, Kerala", "2015-03", "2016-02", "facing",
              "healthcare_care",
              ["One-year compulsory internship rotating through medical, surgical and ICU wards"], et="internship"),
        ]),
        ("Other Work", "entries", [
            E("Medical Records Coder (part-time, remote)", "Kerala MedScribe Solutions", "Kochi (remote)", "2020-06",
              "2021-03", "affecting", None,
              ["Coded discharge summaries (ICD-10) for insurance claims from home on weekday evenings"]),
        ]),
        ("Education", "pairs", [("B.Sc. Nursing — Mar Baselios College of Nursing, Kerala", "2011 – 2015")]),
        ("Licences & Certificates", "lines", [
            "Registered Nurse licence, Qatar — 2021 (renewed 2025)",
            "Kerala Nurses and Midwives Council registration — 2015",
            "BLS / ACLS — valid until 2027",
            "Flight nursing course (aviation physiology) — 2022",
        ]),
        ("Languages", "text", "English, Malayalam, Hindi, Tamil"),
    ],
)
