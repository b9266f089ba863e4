"""wild118 definitions w016–w030 (hospitality, food, personal services, trades)."""
from lib import E

R = []

R.append(dict(
    file="w016.md", r="md", mdh="bold", hdr="inline", dfmt="mon", present="present", bullet="*",
    family="Australian removalist in the family business, Markdown bold 'Title, Employer, Town, dates' lines, one title-only job",
    layout="md, bold/inline, mon / 'present'",
    name="Brodie Ellison", contact=["Brisbane QLD", "0431 555 207", "brodie.ellison@mailbox.com.au"],
    body=[
        ("Experience", [
            E("Removalist – Team Leader", "Ellison Family Removals", "Brisbane QLD", "2019-01", "present", "facing",
              "in_person_service", bullets=["Lead a 3-person crew on house and office moves",
                                            "Walk through the house with the customer before loading and do on-site quotes",
                                            "Pack fragile items, dismantle and reassemble furniture"]),
            E("Removalist Offsider", "Coastline Movers", "Gold Coast QLD", "2016-07", "2018-12", "facing",
              "in_person_service"),
            E("Storage Warehouse Hand", "Coastline Movers", "Gold Coast QLD", "2015-09", "2016-06", "affecting",
              bullets=["Container storage, forklift, inventory of stored goods"]),
        ]),
        ("Licences & tickets", ["MR truck licence", "Forklift (LF)", "First aid"]),
        ("Interests", ["Rugby league, fishing"]),
    ]))

R.append(dict(
    file="w017.docx", r="docx", variant="tabs", hdr="title_org", dfmt="mon", present="Present", bullet="-",
    family="Irish head chef, Word tab-stop dates, chef's table with diners, family B&B with year-only dates",
    layout="docx, tabs/title_org, mon / 'Present'",
    name="Declan Fitzmaurice", contact=["Kilkenny", "086 555 3327 | declan.fitzmaurice@mailbox.ie"],
    body=[
        ("Career Summary", "Head chef with fifteen years in hotel and pub kitchens. Strong on stocks, sauces and local suppliers."),
        ("Employment History", [
            E("Head Chef", "The Tholsel Bar & Kitchen", "Kilkenny", "2021-03", "present", "facing", "in_person_service",
              bullets=["Menus, ordering, HACCP and a brigade of five",
                       "Cook the Friday chef's table myself, talking diners through each course"]),
            E("Sous Chef", "Nore Valley Hotel", "Thomastown", "2017-06", "2021-02", "affecting",
              bullets=["Banqueting for weddings up to 250", "Ran the kitchen on the head chef's days off"]),
            E("Commis Chef", "Nore Valley Hotel", "Thomastown", "2015-09", "2017-05", "affecting", bullets=[]),
            E("Breakfast Chef", "Fitzmaurice's B&B", "Castlecomer", "2012", "2015", "facing", "in_person_service",
              prec="year", bullets=["Family B&B: cooked breakfasts, took bookings and checked guests in"]),
            E("Kitchen Porter", "The Riverside Café", "Kilkenny", "2011-06", "2012-08", "affecting",
              bullets=["Wash-up, veg prep, bins"]),
        ]),
        ("Education", ["Level 6 Culinary Arts, Waterford ETB, 2015"]),
        ("References", ["Available on request"]),
    ]))

R.append(dict(
    file="w018.pdf", r="rl", page="twocol", hdr="title_org", dfmt="mm/yyyy", present="Present", bullet="•",
    family="London courier and driver, reportlab two-column header, same-day courier with signatures vs mostly safe-place drops",
    layout="reportlab, twocol/title_org, mm/yyyy / 'Present'",
    name="Femi Adeyemi", tagline="Courier · multi-drop · private hire",
    contact=["Croydon, London CR0", "07700 900 884", "femi.adeyemi@mailbox.co.uk"],
    body=[
        ("Experience", [
            E("Same-Day Courier", "Self-employed", "London", "2023-02", "present", "facing", "entrepreneurial_freelance",
              etype="freelance", bullets=["Documents and lab samples for dental labs and solicitors",
                                          "Collect from reception desks and get signatures on delivery",
                                          "Won two regular accounts by going in and asking"]),
            E("Multi-drop Delivery Driver", "ParcelPoint Logistics", "Purley", "2020-06", "2023-01", "affecting",
              bullets=["Loaded the van at 6 a.m. in route order",
                       "130+ drops a day, mostly safe-place and parcel locker drops", "Van checks and fuel logs"]),
            E("Warehouse Operative", "ParcelPoint Logistics", "Purley", "2019-01", "2020-05", "affecting",
              bullets=["Sorting parcels to routes on the night shift"]),
            E("Minicab Driver", "Croydon Cars", "Croydon", "2016-04", "2018-12", "facing", "in_person_service"),
        ]),
        ("Licences", ["Full UK licence (C1)", "TfL PCO licence (expired 2019)"]),
        ("Education", ["BTEC Level 2 Business, Croydon College"]),
    ]))

R.append(dict(
    file="w019.html", r="html", hdr="title_org", dfmt="apos", present="Current", bullet="•",
    family="US barista and family-bakery baker, HTML page, dietary aide serving residents",
    layout="html, h3/title_org, mon 'yy / 'Current'",
    name="Sofia Marchetti", contact=["Providence, RI 02906", "(401) 555-0152", "sofia.marchetti@mailbox.us"],
    body=[
        ("About", "Coffee bar supervisor who grew up in her family's bakery."),
        ("Experience", [
            E("Shift Supervisor", "Wickenden Coffee Bar", "Providence, RI", "2023-08", "present", "facing",
              "in_person_service", bullets=["Open the store, run the floor and handle customer issues",
                                            "Cash-up and deposits; train new baristas"]),
            E("Barista", "Wickenden Coffee Bar", "Providence, RI", "2022-05", "2023-07", "facing", "in_person_service",
              bullets=["Espresso bar and register"]),
            E("Baker", "Marchetti's Bakery", "Cranston, RI", "2018-06", "2022-04", "affecting",
              bullets=["Early shift on the ovens: bread, cannoli shells, sfogliatelle",
                       "Weekends filled orders for wholesale accounts"]),
            E("Dietary Aide", "St. Brendan's Senior Living", "Warwick, RI", "2017-09", "2018-05", "facing",
              "in_person_service", bullets=["Plated and delivered meal trays to residents' rooms",
                                            "Took residents' meal choices for the next day"]),
        ]),
        ("Skills", ["Espresso & latte art", "Scheduling", "Food safety"]),
    ]))

R.append(dict(
    file="w020.docx", r="docx", variant="styles", hdr="title_org", dfmt="mon", present="Present", bullet="List Bullet",
    family="Canadian barbershop owner, Word heading styles with tab dates in the role heading, part-time instructor",
    layout="docx, styles/title_org, mon / 'Present'",
    name="Andre Morrison", contact=["Halifax, NS", "902-555-0135 · andre.morrison@mailbox.ca"],
    body=[
        ("Experience", [
            E("Owner / Barber", "Fade Theory Barbershop", "Halifax, NS", "2019-09", "present", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Opened a two-chair shop; cut 30-40 clients a week myself", "Hire and schedule two barbers"]),
            E("Barbering Instructor (part-time)", "Maritime Academy of Barbering", "Dartmouth, NS", "2021-01",
              "2023-06", "facing", "education", bullets=["Taught clipper and fade technique to evening students"]),
            E("Barber", "Spring Garden Cuts", "Halifax, NS", "2015-04", "2019-08", "facing", "in_person_service",
              bullets=["Walk-ins and regulars; beard work and hot towel shaves"]),
            E("Line Cook", "Harbourfront Fish & Chips", "Halifax, NS", "2012-05", "2015-03", "affecting",
              bullets=["Fryer and grill through busy summer patio service"]),
        ]),
        ("Certification", ["Nova Scotia Barber Licence"]),
    ]))

R.append(dict(
    file="w021.pdf", r="fpdf", page="left", hdr="orgfirst", dfmt="m/yyyy", present="Present", bullet="-",
    family="English guest-house manager, fpdf2 left header, employer heading with roles beneath, family business",
    layout="fpdf2, left/orgfirst, m/yyyy / 'Present'",
    name="Gemma Halloran", contact=["Whitby, North Yorkshire", "07700 900 257", "gemma.halloran@mailbox.co.uk"],
    body=[
        ("Profile", "Hands-on hospitality all-rounder from a family guest house, now managing it."),
        ("Employment", [
            E("Assistant Manager", "The Anchor Guest House", "Whitby", "2020-03", "present", "facing",
              "in_person_service", bullets=["Front of house, bookings and check-in", "Serve breakfast and deal with reviews"]),
            E("Housekeeper", "The Anchor Guest House", "Whitby", "2017-06", "2020-02", "affecting",
              bullets=["Turned rooms between stays; laundry"]),
            E("Kitchen Assistant (Saturdays)", "The Anchor Guest House", "Whitby", "2011-05", "2013-09", "affecting",
              bullets=["Cooked breakfasts with my mum and washed up"]),
            E("Housekeeping Supervisor", "Esk Valley Holiday Parks", "Sleights", "2015-03", "2017-05", "affecting",
              bullets=["Led a team cleaning 60 caravans on changeover Saturdays",
                       "Inspected every van before arrivals and logged maintenance"]),
            E("Night Porter", "Harbourside Hotel", "Scarborough", "2013-10", "2015-02", "facing", "in_person_service",
              bullets=["Overnight reception, late arrivals and the residents' bar", "Security rounds"]),
        ]),
        ("Education", ["Level 2 Food Hygiene", "BTEC Hospitality, Scarborough TEC"]),
    ]))

R.append(dict(
    file="w022.txt", r="txt", hdr="labelled", dfmt="mon", present="to date", hstyle="equals", bullet="-",
    family="US home-cleaning business owner, plain text with labelled Position / Employer / Dates blocks",
    layout="txt, plain/labelled, mon / 'to date'",
    name="Luz Marina Ortega", contact=["Houston, TX 77036", "(713) 555-0181", "luzmarina.ortega@mailbox.us"],
    body=[
        ("Experience", [
            E("Owner", "Sparkle Nest Home Cleaning", "Houston, TX", "2020-01", "present", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Run a 4-person residential cleaning business",
                       "Give estimates at clients' homes, schedule and handle complaints"]),
            E("Team Leader", "Gulf Coast Maids", "Houston, TX", "2017-02", "2019-12", "facing", "in_person_service",
              bullets=["Drove a team of 3 to 5-6 homes a day", "Walk-through with the homeowner at the end of each clean"]),
            E("Janitor (night shift)", "Pinnacle Facility Services", "Houston, TX", "2014-08", "2017-01", "none",
              bullets=["Office tower floors 20-28 after hours: trash, vacuum, restrooms"]),
            E("Laundry Attendant", "Galleria Suites Hotel", "Houston, TX", "2013-03", "2014-07", "affecting",
              bullets=["Washed, folded and delivered linen to floor closets"]),
            E("Housekeeper", "Private residence", "Houston, TX", "2011-05", "2013-02", "facing", "in_person_service",
              bullets=["Cleaning, laundry and cooking for a family of five", "School pick-ups and homework help"]),
        ]),
        ("Languages", ["Spanish (native), English (good)"]),
        ("References", ["Mrs. D. Alvarez, former client — phone on request"]),
    ]))

R.append(dict(
    file="w023.docx", r="docx", variant="table", hdr="title_org", dfmt="mon", present="Present", bullet="•",
    family="Australian electrician, Word table per job, residential call-outs vs FIFO mine maintenance",
    layout="docx, table/title_org, mon / 'Present'",
    name="Mitchell Tran", contact=["Perth WA 6061 | 0408 555 391 | mitchell.tran@mailbox.com.au"],
    body=[
        ("Summary", "A-grade electrician back in the city after five years FIFO."),
        ("Employment", [
            E("Electrician", "Swan Valley Electrical", "Midland WA", "2022-02", "present", "facing", "other_facing",
              bullets=["Residential call-outs: switchboard upgrades, ceiling fans, fault finding",
                       "Quote on site and talk the owner through options"]),
            E("FIFO Electrician", "Pilbara Iron Operations", "Port Hedland WA", "2017-05", "2022-01", "none",
              bullets=["Maintenance on conveyors, crushers and HV switchgear on a 2-and-1 roster"]),
            E("Apprentice Electrician", "Swan Valley Electrical", "Midland WA", "2013-02", "2017-04", "none",
              etype="internship", bullets=["Mostly new-home wiring for builders, some commercial fit-outs"]),
            E("Trade Counter Assistant", "Westside Electrical Wholesalers", "Osborne Park WA", "2011-11", "2013-01",
              "facing", "in_person_service", bullets=["Served sparkies at the counter, phone orders"]),
        ]),
        ("Licences", ["WA Electrician's Licence", "Restricted Electrical Licence", "HR licence"]),
    ]))

R.append(dict(
    file="w024.pdf", r="rl", page="sidebar", hdr="pipe", dfmt="mon", present="Present", bullet="•",
    side_rgb=(0.85, 0.91, 0.92), accent=(0.1, 0.4, 0.45),
    family="Irish hotel front office manager, reportlab coloured sidebar, pipe title/employer/town lines, a season",
    layout="reportlab, sidebar/pipe, mon / 'Present'",
    name="Siobhán Darcy", contact=["Killarney, Co. Kerry", "085 555 6021", "siobhan.darcy@mailbox.ie"],
    side=[("Languages", ["English, Irish, German (B1)"]), ("Systems", ["Opera PMS", "SiteMinder", "Excel"])],
    body=[
        ("Experience", [
            E("Front Office Manager", "Lakeview Grand Hotel", "Killarney", "2022-05", "present", "facing",
              "in_person_service", bullets=["Roster and budget for 14 reception and concierge staff",
                                            "Deal with escalated guest complaints in person; VIP arrivals"]),
            E("Night Manager", "Lakeview Grand Hotel", "Killarney", "2019-09", "2022-04", "facing",
              "in_person_service", bullets=["In charge of the hotel overnight: night audit, security, late arrivals and guests' issues"]),
            E("Revenue Assistant", "Kerry Coast Hotels Group", "Tralee", "2017-03", "2019-08", "affecting",
              bullets=["Loaded rates and restrictions in the channel manager",
                       "Pickup reports and competitor rate shopping for four hotels"]),
            E("Reservations Agent", "Kerry Coast Hotels Group", "Tralee", "2016-09", "2017-02", "facing",
              "contact_center", bullets=["Central reservations line for four hotels: phone and email bookings, amendments"]),
            E("Receptionist (seasonal)", "Muckross Road Hostel", "Killarney", "2016-06", "2016-08", "facing",
              "in_person_service", datetext="Summer 2016"),
            E("Bar Staff", "The Lake Tavern", "Killarney", "2014-09", "2016-05", "facing", "in_person_service"),
        ]),
        ("Education", ["BA Hospitality Management, Munster Technological University, 2017"]),
    ]))

R.append(dict(
    file="w025.md", r="md", hdr="title_org", dfmt="iso", present="Present", sep=" to ", bullet="-",
    family="US lawn-care crew lead and landscape estimator, Markdown h3 titles, year-only golf course job",
    layout="md, h3/title_org, yyyy-mm / 'Present'",
    name="Cody Brandvold", contact=["Fargo, ND", "701-555-0144", "cody.brandvold@mailbox.us"],
    body=[
        ("Work Experience", [
            E("Crew Lead", "Red River Lawn & Snow", "Fargo, ND", "2021-04", "present", "affecting",
              bullets=["Lead a 3-person mowing crew on commercial properties", "Overnight snow removal in winter"]),
            E("Landscape Estimator", "Prairie Rose Landscaping", "West Fargo, ND", "2018-03", "2021-03", "facing",
              "sales_account", bullets=["Met homeowners on site to measure and design patios and plantings",
                                        "Wrote estimates and followed up until signed"]),
            E("Groundskeeper", "Bison Ridge Golf Club", "Moorhead, MN", "2015", "2017", "affecting", prec="year",
              bullets=["Mowed greens before opening, raked bunkers, irrigation repairs"]),
            E("Courtesy Clerk", "Northland Foods", "Fargo, ND", "2013-06", "2014-12", "facing", "in_person_service"),
        ]),
        ("Education", ["NDSCS — Landscape Management coursework"]),
        ("Certifications", ["ND pesticide applicator", "Class A CDL"]),
    ]))

R.append(dict(
    file="w026.docx", r="docx", variant="header", hdr="org_title", dfmt="month", present="Present", bullet="•",
    footer="References available on request",
    family="English dog groomer, name and contact in the Word page header and footer, employer line first",
    layout="docx, header/org_title, month / 'Present'",
    name="Kayleigh Dunmore", contact=["Swindon SN2", "07700 900 641", "kayleigh.dunmore@mailbox.co.uk"],
    body=[
        ("Profile", "City & Guilds qualified dog groomer running my own mobile grooming van."),
        ("Work Experience", [
            E("Dog Groomer", "Pawfection Grooming", "Swindon", "2021-06", "present", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Groom 5-7 dogs a day from a converted van outside owners' homes",
                       "Talk owners through coat condition and book repeat visits"]),
            E("Dog Groomer", "Happy Hounds Salon", "Swindon", "2018-03", "2021-05", "affecting",
              bullets=["Bathing, clipping and hand-stripping; nails and ears",
                       "Grooming room only - the reception team dealt with owners"]),
            E("Kennel Assistant", "Ridgeway Boarding Kennels", "Wroughton", "2016-09", "2018-02", "affecting",
              bullets=["Feeding, cleaning runs, exercising boarders"]),
            E("Sales Assistant", "Wagtail Pet Supplies", "Swindon", "2015-01", "2016-08", "facing",
              "in_person_service", bullets=["Tills, advice on food and toys, stock"]),
        ]),
        ("Qualifications", ["City & Guilds Level 3 Dog Grooming", "Pet first aid"]),
    ]))

R.append(dict(
    file="w027.pdf", r="fpdf", page="left", hdr="title_org", dfmt="mon", present="Till date", bullet="•",
    footer="Maria Santos-Reyes | Page {n}", break_before=("Education",), caps_h=True,
    family="Filipino housekeeping supervisor in Australia, 2-page fpdf2 résumé with page footer, public-area attendant",
    layout="fpdf2, twopage/title_org, mon / 'Till date'",
    name="Maria Santos-Reyes", contact=["Cairns QLD 4870", "0447 555 918", "maria.santosreyes@mailbox.com.au"],
    body=[
        ("Career Objective", "Experienced housekeeping supervisor seeking an executive housekeeper role in a resort."),
        ("Work Experience", [
            E("Housekeeping Supervisor", "Reef Esplanade Resort", "Cairns QLD", "2021-07", "present", "facing",
              "in_person_service", bullets=["Allocate rooms to 12 attendants and inspect before release",
                                            "Handle guest requests and lost property at the housekeeping desk"]),
            E("Room Attendant", "Reef Esplanade Resort", "Cairns QLD", "2019-02", "2021-06", "affecting",
              bullets=["Serviced 14 rooms a day; reported maintenance issues"]),
            E("Laundry Supervisor", "Tropic Linen Services", "Cairns QLD", "2017-04", "2019-01", "affecting",
              bullets=["Ran a shift of 8 on commercial washers and ironers for hotel linen"]),
            E("Housekeeping Attendant (Public Areas)", "Manila Bay Pavilion Hotel", "Manila, Philippines",
              "2012-06", "2016-12", "affecting",
              bullets=["Cleaned the lobby, restrooms and function rooms during events",
                       "Polished brass and glass in the main entrance"]),
        ]),
        ("Volunteer Work", [
            E("Kitchen Volunteer", "St Monica's Community Kitchen", "Cairns QLD", "2023", "present", "facing",
              "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Cook and serve Tuesday meals for about 60 guests; wash up"]),
        ]),
        ("Education", ["Bachelor of Science in Hotel and Restaurant Management, 2012"]),
        ("Referees", ["Ms. Janine Holt, Executive Housekeeper — contact on request"]),
    ]))

R.append(dict(
    file="w028.txt", r="txt", hdr="title_org", dfmt="mon", present="Present", hstyle="caps", txtdate="paren",
    bullet="*", family="Canadian heavy-duty technician, plain text with caps headings and dates in brackets, a season",
    layout="txt, plain/title_org, mon / 'Present'",
    name="DYLAN KOWALCHUK", contact=["Saskatoon, SK  |  306-555-0127  |  dylan.kowalchuk@mailbox.ca"],
    body=[
        ("Experience", [
            E("Heavy Duty Technician (Journeyperson)", "Prairie Fleet Services", "Saskatoon, SK", "2020-09", "present",
              "none", bullets=["Maintain the company's own 70 trucks and trailers", "CVIP inspections, PM schedules"]),
            E("Tire Technician (seasonal)", "Northern Tire & Auto", "Saskatoon, SK", "2019-09", "2019-11",
              "affecting", datetext="Fall 2019", bullets=["Seasonal changeovers, balancing, TPMS"]),
            E("Apprentice Heavy Duty Technician", "Prairie Fleet Services", "Saskatoon, SK", "2016-09", "2020-08",
              "none", etype="internship", bullets=[]),
            E("Parts Counter Person", "Bridge City Auto Parts", "Saskatoon, SK", "2014-05", "2016-08", "facing",
              "in_person_service", bullets=["Served walk-in DIYers and mechanics; looked up parts"]),
        ]),
        ("Education", ["Saskatchewan Polytechnic - Heavy Equipment & Truck and Transport Technician"]),
        ("Tickets", ["Red Seal HET", "Class 1A"]),
    ]))

R.append(dict(
    file="w029.docx", r="docx", variant="sidebar", hdr="dash", dfmt="mon", present="Present", bullet="•",
    side_hex="F2E6D9", tagline="Banquets · bartending · events",
    family="US banquet captain, Word layout table with shaded sidebar, 'Title – Employer, Town' lines, a gig year",
    layout="docx, sidebar/dash, mon / 'Present'",
    name="Imani Caldwell", contact=["Atlanta, GA", "(404) 555-0196", "imani.caldwell@mailbox.us"],
    side=[("Skills", ["Banquet service", "Bartending", "Team leading"]), ("Certs", ["ServSafe Alcohol"])],
    body=[
        ("Experience", [
            E("Banquet Captain", "Linden Hall Events", "Atlanta, GA", "2022-03", "present", "facing",
              "in_person_service", bullets=["Run service for weddings and galas up to 350 guests",
                                            "Point of contact for the host on the night"]),
            E("Catering Server/Bartender", "Magnolia Table Catering", "Decatur, GA", "2019-05", "2022-02", "facing",
              "in_person_service", bullets=["Passed appetizers, ran buffet and bar at off-site events"]),
            E("Brand Ambassador", "Peachtree Promotions", "Atlanta, GA", "2018", "2019", "facing", "sales_account",
              prec="year", etype="freelance",
              bullets=["Product sampling at grocery stores and festivals"]),
            E("Event Setup Crew", "Southern Star Rentals", "Marietta, GA", "2017-08", "2019-04", "affecting",
              bullets=["Delivered and set up tents, tables and linens before events; strike after"]),
            E("Dishwasher", "Sweet Auburn Grill", "Atlanta, GA", "2016-01", "2017-07", "affecting",
              bullets=["Dish pit and pot wash; helped prep on weekends"]),
        ]),
        ("Education", ["Georgia State University — coursework in Hospitality"]),
    ]))

R.append(dict(
    file="w030.html", r="html", hdr="datesfirst", dfmt="mon", present="Now", bullet="•",
    family="Polish handyman in Bristol, HTML page with dates before titles, housing repairs in tenants' homes vs voids",
    layout="html, plain/datesfirst, mon / 'Now'",
    name="Tomasz Wiśniewski", contact=["Bristol BS5", "07700 900 372", "tomasz.wisniewski@mailbox.co.uk"],
    body=[
        ("Work experience", [
            E("Handyman", "Self-employed", "Bristol", "2020-10", "present", "facing", "entrepreneurial_freelance",
              etype="freelance", bullets=["Small jobs for homeowners and landlords found through a local trades app",
                                          "Quote from photos and on site; flat-pack, shelves, taps, silicone"]),
            E("Maintenance Operative", "Severnside Housing", "Bristol", "2016-05", "2020-09", "facing",
              "other_facing", bullets=["Responsive repairs in tenants' homes",
                                       "Arranged access with tenants and explained the repair"]),
            E("Voids Operative", "Severnside Housing", "Bristol", "2014-01", "2016-04", "affecting",
              bullets=["Repairs in empty properties between lets"]),
            E("Construction Labourer", "Budmax Sp. z o.o.", "Kraków", "2009", "2013", "none", prec="year"),
        ]),
        ("Languages", ["Polish (native), English (good)"]),
        ("Hobbies", ["Cycling, woodwork"]),
    ]))
