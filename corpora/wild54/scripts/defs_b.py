"""Résumés w016–w030 (wild54)."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w016
R(dict(
    file="w016.docx", family="UK hotel housekeeping supervisor (Polish-born), Word heading styles, laundry and care-home domestic before",
    renderer="docx", layout="styles", order="title_org", dates="month", present="Present", sep=" – ",
    docx_head="Heading 1", name="Agnieszka Nowak",
    contact=["Windlestone", "07402 336 915", "a.nowak.housekeeping@mailbox.co.uk"],
    blocks=[
        ("h", "About Me"),
        ("p", "Hard working and organised housekeeping supervisor. I have worked in hotels, laundry and care home. "
              "I speak English, Polish and some Russian."),
        ("h", "Work History"),
        ("entries", [
            E("Housekeeping Supervisor", "The Windlestone Hotel & Spa", "Windlestone", "2022-05", "present", "facing",
              "in_person_service", [
                  "Allocate rooms to 9 room attendants and check every room before release to reception",
                  "Answer guest requests on the radio (extra towels, cots, late check-out) and take them up to the room myself",
                  "Lost property, linen orders, rotas"]),
            E("Room Attendant", "The Windlestone Hotel & Spa", "Windlestone", "2019-03", "2022-04", "affecting", None, [
                "Cleaning 14-16 departures or stayovers a day to hotel standard", "Deep cleans in quiet season"]),
            E("Laundry Assistant", "CleanFold Laundry Services", "Windlestone", "2017-08", "2019-02", "affecting", None, [
                "Feeding ironer and folding hotel linen, 3 hotels and 2 restaurants"]),
            E("Domestic Assistant", "Meadowbank Care Home", "Windlestone", "2016-01", "2017-07", "facing", "in_person_service", [
                "Cleaning residents' rooms and lounges, always stopping for a chat",
                "Afternoon tea trolley round for 30 residents"]),
        ]),
        ("h", "Training"),
        ("list", ["Level 2 Food Hygiene", "COSHH", "Supervisor course — Windlestone Hotel Group (2022)"]),
    ]))

# ------------------------------------------------------------------ w017
R(dict(
    file="w017.txt", family="Indian facility executive at a tech park, text résumé with mon'yy dates and 'till date', hotel front office and training",
    renderer="txt", order="pipe", txt_right="nextline", txt_head="colon", dates="mon'yy", present="till date", sep=" to ",
    bullet="➢",
    name="PRADEEP KUMAR YADAV",
    contact=["Mobile: 98220 55714 | E-mail: pradeep.yadav.fm@mailbox.in", "Nandgaon, Maharashtra"],
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Hotel management graduate with 10 years in front office, housekeeping and integrated facility management. "
              "Presently handling soft services for a 1,200 seat IT campus."),
        ("h", "Professional Experience"),
        ("entries", [
            E("Facility Executive", "Trident Integrated Facility Services Pvt. Ltd.", "Shivneri Tech Park, Nandgaon",
              "2022-04", "present", "facing", "internal_support", [
                  "Handling employee complaints through helpdesk and walk-ins for 1,200 seat campus (AC, washroom, pantry, seating)",
                  "Daily walk-round with client admin team and closing of snag points",
                  "Vendor billing, attendance and training of 60 housekeeping staff"]),
            E("Housekeeping Supervisor", "Trident Integrated Facility Services Pvt. Ltd.", "Shivneri Tech Park, Nandgaon",
              "2019-06", "2022-03", "affecting", None, [
                  "Supervising 25 housekeeping staff shift-wise as per checklist",
                  "Chemical and consumable stock, machine maintenance, deep cleaning schedule"]),
            E("Front Office Executive", "Hotel Sai Residency", "Nandgaon", "2016-08", "2019-05", "facing", "in_person_service", [
                "Check-in / check-out of guests, room allotment and billing", "Handling guest complaints and travel desk"]),
            E("Industrial Trainee", "The Orchid Bay Hotel", "Alibaug", "2015-12", "2016-05", "facing", "in_person_service", [
                "Six month training with rotation in F&B service, housekeeping and front office"], etype="internship"),
        ]),
        ("h", "Education"),
        ("list", ["B.Sc. Hospitality & Hotel Administration, 2016", "HSC 2012, SSC 2010"]),
        ("h", "Strengths"),
        ("list", ["Team handling", "Client coordination", "MS Excel"]),
        ("h", "Personal Details"),
        ("p", "DOB: 02/11/1994 | Languages: Hindi, Marathi, English | Notice period: 30 days"),
    ]))

# ------------------------------------------------------------------ w018
R(dict(
    file="w018.docx", family="Canadian parts advisor, Word tab-stop dates under employer headings, parts driver and shipper/receiver",
    renderer="docx", layout="tabs", order="orgfirst", dates="mon.", present="Present", sep=" – ",
    name="Tyler Szabo",
    contact=["Red Willow, AB", "403-555-0179", "tszabo@mailbox.ca"],
    blocks=[
        ("h", "Work Experience"),
        ("entries", [
            E("Parts Advisor", "Prairie Crest Motors", "Red Willow, AB", "2020-03", "present", "facing", "in_person_service", [
                "Serve retail and wholesale customers at the parts counter and on the phone",
                "Quote, order and special-order parts; handle warranty returns and cores",
                "Back up the service writers on Saturdays"]),
            E("Parts Driver", "Prairie Crest Motors", "Red Willow, AB", "2018-08", "2020-02", "facing", "in_person_service", [
                "Delivered wholesale orders to 30+ independent shops across the county",
                "Picked up cores and returns and got signatures on every invoice"]),
            E("Shipper/Receiver", "Red Willow Co-op", "Red Willow, AB", "2016-05", "2018-07", "affecting", None, [
                "Received and checked freight for the home centre and grocery", "Built store orders for the two rural branches"]),
            E("Apprentice Heavy Equipment Technician (1st period)", "Boreal Iron Works", "Grande Marais, AB", "2015-09",
              "2016-04", "none", None, ["Left after first period; hours logged with AIT"], etype="internship"),
        ]),
        ("h", "Education & Tickets"),
        ("list", ["Parts Technician Apprenticeship — 2nd period (in progress)", "Class 5 licence, WHMIS, TDG"]),
    ]))

# ------------------------------------------------------------------ w019
R(dict(
    file="w019.pdf", family="Australian senior property manager, fpdf2 left header, title, agency and dates on separate lines",
    renderer="fpdf", layout="left", order="dateline", dates="mon", present="Current", sep=" – ",
    name="Kirsty Dolan",
    contact=["Tallowood Heads NSW 2450", "0423 771 046", "kirsty.dolan@mailbox.com.au"],
    blocks=[
        ("p", "Licensed property manager (Class 2) with 10+ years in real estate. Known for low arrears and landlords who stay."),
        ("h", "Employment History"),
        ("entries", [
            E("Senior Property Manager", "Bellbird Realty", "Tallowood Heads", "2021-07", "present", "facing", "sales_account", [
                "Portfolio of 210 rentals; landlords' main point of contact",
                "Routine inspections, ingoing and outgoing condition reports, arrears negotiations with tenants",
                "Represent landlords at NCAT"]),
            E("Leasing Consultant", "Bellbird Realty", "Tallowood Heads", "2019-02", "2021-06", "facing", "sales_account", [
                "Saturday open homes, 10–15 groups each", "Processed applications and signed up new tenants"]),
            E("Strata Assistant", "Harbourline Strata Management", "Merridale NSW", "2016-03", "2019-01", "affecting", None, [
                "AGM minutes, levy notices, building insurance claims", "Work orders for common-property repairs"]),
            E("Receptionist", "Coastline Real Estate", "Merridale NSW", "2014-01", "2016-02", "facing", "in_person_service", []),
        ]),
        ("h", "Licences"),
        ("p", "Class 2 Agent's Licence (NSW Fair Trading); Certificate IV in Property Services"),
    ]))

# ------------------------------------------------------------------ w020
R(dict(
    file="w020.md", family="US apartment maintenance technician with make-ready and porter past, Markdown h3 titles, food-delivery side gig",
    renderer="md", md_head="h3", order="title_org", dates="mon", present="Present", sep=" – ", bullet="*",
    name="Luis Ortega-Pruitt",
    contact=["Alder Springs, AZ", "(520) 555-0158", "luis.ortegapruitt@mailbox.com"],
    blocks=[
        ("h", "Experience"),
        ("entries", [
            E("Maintenance Technician", "Saguaro Ridge Apartments", "Alder Springs, AZ", "2022-03", "present", "facing",
              "other_facing", [
                  "Work orders in occupied units: plumbing, appliances, HVAC, garbage disposals",
                  "Tell the resident what I fixed, or leave a door hanger if they're out",
                  "On-call rotation one week in four"]),
            E("Make-Ready Technician", "Saguaro Ridge Apartments", "Alder Springs, AZ", "2020-01", "2022-02", "affecting", None, [
                "Turned vacant units between move-out and move-in: paint, patch, blinds, fixtures", "Averaged 5-day turns"]),
            E("Porter / Groundskeeper", "Mesa Vista Townhomes", "Alder Springs, AZ", "2018-06", "2019-12", "affecting", None, [
                "Trash runs, pool chemicals, irrigation and landscaping"]),
            E("Delivery Partner (evenings)", "Self-employed", "Alder Springs, AZ", "2023-01", "present", "affecting", None, [
                "Food delivery through two apps, 10-15 hrs/week — almost all leave-at-door orders"], prec="year",
              etype="freelance"),
        ]),
        ("h", "Certifications"),
        ("list", ["EPA 608 Universal", "CPO (Certified Pool Operator)"]),
        ("h", "Tools"),
        ("p", "Own hand tools and truck. Yardi Voyager work orders on the phone app."),
    ]))

# ------------------------------------------------------------------ w021
R(dict(
    file="w021.docx", family="UK fleet coordinator for a utility's vans, Word shaded two-column layout table with nested contact table",
    renderer="docx", layout="sidebar", order="title_org", dates="mm/yyyy", present="Present", sep=" – ", bullet="–",
    name="Hannah Bright", side_hex="E8EEE4",
    contact=["Castlebridge", "07734 620 118", "hannah.bright@mailbox.co.uk"],
    side=[("h", "Skills"), ("list", ["Fleetwave", "Excel (pivots, lookups)", "DVLA licence checks", "PCN appeals"]),
          ("h", "Education"), ("list", ["Castlebridge College — Level 3 Business (2016)"])],
    blocks=[
        ("h", "Experience"),
        ("entries", [
            E("Fleet Coordinator", "Corran Utilities Ltd", "Castlebridge", "2021-10", "present", "facing", "internal_support", [
                "Look after 340 vans and their drivers: defects, tyres, replacement hires",
                "Engineers ring or call into the office with damage, fines and fuel-card problems and I sort them out",
                "Track servicing and MOTs so no van goes out of date"]),
            E("Fleet Administrator", "Corran Utilities Ltd", "Castlebridge", "2019-04", "2021-09", "none", None, [
                "Processed PCNs and speeding notices, ran licence checks, prepared insurance claim packs"]),
            E("Rental Counter Agent", "SwiftWay Van Rental", "Castlebridge", "2016-06", "2019-03", "facing", "in_person_service", [
                "Rented vans to trades and house-movers, walk-round checks with the customer at pick-up and return"]),
            E("Vehicle Damage Inspector (temp)", "Northway Remarketing", "Brantham", "2016-01", "2016-05", "affecting", None, [
                "Inspected and photographed ex-lease cars at the auction site for condition reports"]),
        ]),
    ]))

# ------------------------------------------------------------------ w022
R(dict(
    file="w022.pdf", family="New Zealand mobile patrol officer back after a caring break, reportlab centred header, undated volunteer brigade",
    renderer="rl", layout="plain", centre=True, order="org_title", dates="month", present="Present", sep=" – ",
    dejavu=True, bullet="–",
    name="Rewi Parata",
    contact=["Kawhaki 3120", "021 555 804", "rewi.parata@mailbox.co.nz"],
    blocks=[
        ("h", "Work history"),
        ("entries", [
            E("Mobile Patrol Officer", "Kaitiaki Security Ltd", "Kawhaki", "2023-02", "present", "affecting", None, [
                "Night runs across 40 commercial client sites: lock-ups, unlocks and alarm responses",
                "Incident reports to clients by 7am with photos"]),
            E("Career break – caring for my father", None, None, "2021-03", "2023-01", "none", None, [], etype="unknown"),
            E("Event Security Supervisor", "Crowdsafe Events NZ", "Kawhaki", "2017-10", "2021-02", "facing", "other_facing", [
                "Gate searches and crowd control at concerts and rugby; supervised up to 20 guards",
                "Dealt with intoxicated patrons and lost kids with the first-aid team"]),
            E("Concierge Security", "The Quay Apartments", "Kawhaki", "2015-03", "2017-09", "facing", "in_person_service", [
                "Lobby desk for 120 apartments: visitors, keys, couriers, residents' issues after hours"]),
        ]),
        ("h", "Community"),
        ("entries", [
            E("Volunteer Firefighter", "Kawhaki Volunteer Fire Brigade", "Kawhaki", None, None, "facing", "volunteering", [
                "Callouts to fires, crashes and medical calls; school visits"], prec=None, section="volunteer",
              etype="volunteer"),
        ]),
        ("h", "Licences"),
        ("p", "Certificate of Approval (security), Class 1 & 2 licence, Level 3 first aid"),
    ]))

# ------------------------------------------------------------------ w023
R(dict(
    file="w023.html", family="US cleaning-business owner with carpet and rental-turnover background, HTML with pipe title lines",
    renderer="html", order="pipe", dates="mon", present="Present", sep=" - ",
    name="Tasha Greenlee",
    contact=["Brookhaven Falls, GA", "(706) 555-0121", "tasha@mailbox.biz"],
    blocks=[
        ("h", "Summary"),
        ("p", "Started cleaning houses on my own in 2018 and now run a crew of seven. Looking to step into an "
              "operations or housekeeping manager role with a larger company."),
        ("h", "Experience"),
        ("entries", [
            E("Owner/Operator", "Greenlee Clean Co. LLC", "Brookhaven Falls, GA", "2018-01", "present", "facing",
              "entrepreneurial_freelance", [
                  "Grew from just me to a crew of 7 doing residential cleans and short-term rental turnovers",
                  "Do the walkthroughs and quotes with homeowners and property managers myself",
                  "Scheduling, payroll, supplies and complaints"], prec="year", etype="freelance"),
            E("Turnover Cleaner", "Peachstate Vacation Rentals", "Blue Ridge Hollow, GA", "2016-03", "2017-12", "affecting", None, [
                "Cleaned and restocked cabins between guests on same-day turnovers", "Reported damage with photos to the office"]),
            E("Carpet Cleaning Technician", "StainAway Carpet Care", "Brookhaven Falls, GA", "2013-06", "2016-02", "facing",
              "in_person_service", [
                  "In-home carpet and upholstery cleaning, 4-6 homes a day",
                  "Pre-inspection with the homeowner to point out stains that may not come out; sold protectant"]),
            E("Night Custodian", "Brookhaven Falls Middle School", "Brookhaven Falls, GA", "2010-08", "2013-05", "affecting", None, [
                "Classrooms, halls and restrooms after dismissal; buffed floors over the summer"]),
        ]),
        ("h", "Volunteer"),
        ("entries", [
            E("Nursery Volunteer", "Greater Hope Baptist Church", "Brookhaven Falls, GA", "2019-01", "present", "facing",
              "volunteering", [], prec="year", section="volunteer", etype="volunteer"),
        ]),
    ]))

# ------------------------------------------------------------------ w024
R(dict(
    file="w024.docx", family="Nigerian estate facility officer, Word table per job, NYSC teaching and SIWES placement, 'to date'",
    renderer="docx", layout="table", order="title_org", dates="month", present="Date", sep=" to ",
    name="Oluwaseun Adebayo-Cole", font="Times New Roman",
    contact=["14 Adeola Crescent, Orile-Ayo, Lagos State", "0803 555 2716", "seun.adebayocole@mailbox.ng"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "A dedicated facility officer seeking to apply technical and people skills in a reputable facility management firm."),
        ("h", "Work Experience"),
        ("entries", [
            E("Facility Officer", "Greenbay Estate Management Ltd", "Ocean Crest Towers, Orile-Ayo", "2021-01", "present",
              "facing", "other_facing", [
                  "Supervise generator runs, diesel supply, water treatment plant and lift maintenance vendors",
                  "Attend to residents' complaints at the facility office and follow through with the technicians",
                  "Prepare monthly service charge expenditure reports"]),
            E("Maintenance Technician", "Greenbay Estate Management Ltd", "Orile-Ayo", "2018-01", "2020-12", "facing",
              "other_facing", ["Electrical and plumbing repairs in residents' flats", "Servicing of split AC units"],
              prec="year"),
            E("NYSC Corps Member (Physics Teacher)", "Community Secondary School, Ilado", "Ilado, Kwara State", "2016-07",
              "2017-06", "facing", "education", [
                  "Taught Physics to SS1–SS3 students and ran the science club"], section="other", etype="unknown"),
            E("SIWES Industrial Trainee", "Bright Volt Engineering Ltd", "Ibadan", "2014-06", "2014-11", "none", None, [
                "Assisted in transformer maintenance and panel wiring"], etype="internship"),
        ]),
        ("h", "Education"),
        ("list", ["B.Eng. Electrical/Electronic Engineering, Federal University of Technology, 2016 (Second Class Upper)",
                  "WAEC 2010"]),
        ("h", "Referees"),
        ("p", "Available on request."),
    ]))

# ------------------------------------------------------------------ w025
R(dict(
    file="w025.txt", family="UK service receptionist from MOT tester, plain text with 'Title, Employer (dates)' lines and weekend valeting",
    renderer="txt", order="inline", txt_head="caps", dates="mm/yyyy", present="present", sep=" - ", bullet="•",
    name="Jay Redfern",
    contact=["Kelsby | 07950 402 613 | jayredfern@mailbox.co.uk"],
    blocks=[
        ("p", "Ex-technician now on the service desk. I can explain a VHC in plain English because I used to write them."),
        ("h", "Employment"),
        ("entries", [
            E("Service Receptionist", "Priory Motors (Kelsby) Ltd", "Kelsby", "2023-09", "present", "facing", "in_person_service", [
                "Booking cars in on the 8am rush, explaining the work and the cost, taking payment on collection",
                "Ringing customers with health-check findings and getting authorisation"]),
            E("MOT Tester / Vehicle Technician", "Priory Motors (Kelsby) Ltd", "Kelsby", "2016-04", "2023-08", "affecting", None, [
                "Class 4 MOTs, servicing and diagnostics on the group's franchise and used cars"]),
            E("Mobile Valeter (weekends)", "Redfern Valeting", "Kelsby", "2019-01", "present", "facing",
              "entrepreneurial_freelance", [
                  "Valets on customers' driveways; bookings and quotes through Facebook and WhatsApp"], prec="year",
              etype="freelance"),
            E("Tyre Fitter", "Tread Right Tyres", "Kelsby", "2014-01", "2016-03", "facing", "in_person_service", [
                "Fitting, balancing and puncture repairs", "Ran the front desk on Saturdays when the manager was off"]),
        ]),
        ("h", "Qualifications"),
        ("p", "IMI Level 3 Light Vehicle Maintenance, MOT Tester Class 4 (lapsed 2024)"),
    ]))

# ------------------------------------------------------------------ w026
R(dict(
    file="w026.pdf", family="US car-rental branch manager from management trainee, fpdf2 centred header, airport shuttle and intramural refereeing",
    renderer="fpdf", layout="centred", order="title_org", dates="mon", present="Present", sep=" – ", letter=True,
    caps_head=True, bullet="▪",
    name="Brianna Holloway",
    contact=["Westgate, MO", "(816) 555-0187", "bholloway@mailbox.com"],
    blocks=[
        ("h", "Experience"),
        ("entries", [
            E("Branch Manager", "Tristar Rent A Car", "Westgate, MO", "2023-01", "present", "facing", "in_person_service", [
                "P&L for a 120-car home-city branch; #2 in the region for customer satisfaction in 2025",
                "Work the counter at peak and take escalated customer complaints myself",
                "Hire, train and coach six employees"]),
            E("Assistant Branch Manager", "Tristar Rent A Car", "Westgate, MO", "2021-05", "2022-12", "facing", "sales_account", [
                "Managed fleet mix and inter-branch transfers",
                "Weekly sales calls to body shops and insurance adjusters for replacement rentals"]),
            E("Management Trainee", "Tristar Rent A Car", "Westgate, MO", "2020-06", "2021-04", "facing", "in_person_service", [
                "Counter, customer pick-ups in the branch car, washing and prepping cars"]),
            E("Shuttle Driver (part-time)", "SkyPark Westgate", "Westgate, MO", "2017-08", "2020-05", "facing", "in_person_service", [
                "Lot-to-terminal shuttle; loaded bags"]),
        ]),
        ("h", "Campus Involvement"),
        ("entries", [
            E("Intramural Referee", "Westgate State University", "Westgate, MO", "2018-01", "2020-12", "facing", "other_facing", [
                "Refereed flag football and basketball leagues"], prec="year", section="other", etype="paid"),
        ]),
        ("h", "Education"),
        ("p", "B.S. Business Administration, Westgate State University, May 2020"),
    ]))

# ------------------------------------------------------------------ w027
R(dict(
    file="w027.docx", family="UK residential building manager from concierge and security, contact in the Word header, undated night-shelter volunteering",
    renderer="docx", layout="header", order="dash", dates="mon", present="Present", sep=" – ",
    name="Samuel Adjei",
    contact=["Harrowfield", "07588 213 907", "samuel.adjei@mailbox.co.uk"],
    blocks=[
        ("h", "Career History"),
        ("entries", [
            E("Building Manager", "Fenwick & Orme Residential Management", "Wharfside Court, Harrowfield", "2022-01", "present",
              "facing", "other_facing", [
                  "Run a 280-flat block with two concierges and a cleaner",
                  "Residents' first contact for leaks, noise and access; chair the quarterly residents' meeting",
                  "Service-charge budget input, fire risk actions, contractor permits"]),
            E("Concierge", "Fenwick & Orme Residential Management", "Wharfside Court, Harrowfield", "2019-03", "2021-12",
              "facing", "in_person_service", ["Front desk 7–7: parcels, keys, visitors and contractors"]),
            E("Front of House Security Officer", "Guardian Forte Security", "Harrowfield", "2016-08", "2019-02", "facing",
              "in_person_service", ["Reception at a barristers' chambers: visitor passes, post, meeting rooms"]),
            E("Store Detective", "Guardian Forte Security", "Harrowfield", "2015-01", "2016-07", "none", None, [
                "Plain-clothes loss prevention in two department stores; evidence packs for police"]),
        ]),
        ("h", "Volunteering"),
        ("entries", [
            E("Overnight Volunteer", "Harrowfield Night Shelter", "Harrowfield", None, None, "facing", "volunteering", [
                "Make up beds, serve breakfast and sit and talk with guests"], prec=None, section="volunteer", etype="volunteer"),
        ]),
        ("h", "Training"),
        ("list", ["IRPM Associate", "SIA Security Guard licence", "Fire Marshal"]),
    ]))

# ------------------------------------------------------------------ w028
R(dict(
    file="w028.md", family="Australian alarm-monitoring operator with rental-cleaning and dog-walking side jobs, Markdown dash title lines",
    renderer="md", order="dash", dates="month", present="Current", sep=" – ", bullet="-",
    name="Mei Lin Tran",
    contact=["Bindaree VIC 3805", "0431 208 559", "meilin.tran@mailbox.com.au"],
    blocks=[
        ("h", "Employment"),
        ("entries", [
            E("Monitoring Centre Operator", "SecureNet Monitoring", "Bindaree VIC", "2021-06", "present", "facing",
              "contact_center", [
                  "Handle alarm signals for about 3,000 client sites and dispatch patrols",
                  "Phone keyholders and clients at 3am to verify alarms and talk them through what happens next",
                  "Answer the after-hours line for three security companies"]),
            E("Short-stay Cleaner (casual)", "Self-employed", "Bindaree VIC", "2023-01", "present", "affecting", None, [
                "Turnovers for three hosts: clean, laundry, restock, photos of damage"], etype="freelance"),
            E("Dog Walker", "Bindaree Paws", "Bindaree VIC", "2022-01", "present", "facing", "entrepreneurial_freelance", [
                "Walk four to six dogs on weekdays; meet owners for key hand-over and updates"], prec="year", etype="freelance"),
            E("Customer Service Officer", "Bindaree Aquatic Centre", "Bindaree VIC", "2018-02", "2021-05", "facing",
              "in_person_service", ["Reception, memberships and swim school enrolments"]),
        ]),
        ("h", "Education"),
        ("p", "Certificate III in Security Operations (2021); VCE (2017)"),
    ]))

# ------------------------------------------------------------------ w029
R(dict(
    file="w029.pdf", family="Canadian head custodian with arena and snow-clearing work, reportlab coloured left sidebar, seasonal dates",
    renderer="rl", layout="sidebar", side_rgb=(0.86, 0.90, 0.84), order="title_org", dates="month", present="Present",
    sep=" to ", bullet="-", letter=True,
    name="Bernard Tremblay",
    contact=["Gresham Falls, ON", "613-555-0104", "b.tremblay@mailbox.ca"],
    side=[("h", "Certificates"), ("list", ["Class 4 Refrigeration Operator", "WHMIS 2015", "Standard First Aid"]),
          ("h", "Languages"), ("list", ["English, French"])],
    blocks=[
        ("h", "Employment"),
        ("entries", [
            E("Head Custodian", "Gresham Falls District School Board", "Maple Ridge Secondary", "2019-09", "present", "facing",
              "internal_support", [
                  "Lead four evening custodians; boiler checks, snow clearing, set-ups for assemblies",
                  "Daytime requests from the principal and teachers: moving furniture, spills, heat complaints, keys"]),
            E("Custodian (evenings)", "Gresham Falls District School Board", "Gresham Falls, ON", "2014-02", "2019-08",
              "affecting", None, ["Cleaned classrooms, gym and washrooms after dismissal; summer floor stripping"]),
            E("Arena Attendant", "Gresham Falls Memorial Arena", "Gresham Falls, ON", "2012-10", "2013-03", "facing",
              "in_person_service", [
                  "Flooded the ice, opened dressing rooms for visiting teams and worked the public-skate gate"]),
            E("Snow Removal", "Tremblay Snow Services", "Gresham Falls, ON", "2015-01", "present", "affecting", None, [
                "Clear 22 residential driveways each storm on seasonal contracts"], prec="year", etype="freelance"),
            E("Groundskeeper (summer student)", "Gresham Falls Parks Department", "Gresham Falls, ON", "2011-06", "2011-08",
              "affecting", None, [], datetext="Summer 2011"),
        ]),
        ("h", "Education"),
        ("p", "OSSD, Gresham Falls District Secondary School, 2011"),
    ]))

# ------------------------------------------------------------------ w030
R(dict(
    file="w030.docx", family="Irish hospital FM helpdesk coordinator from porter, Word heading styles, shop and summer hotel work, Tidy Towns",
    renderer="docx", layout="styles", order="dateline", dates="MON", present="PRESENT", sep=" - ", title_style=True,
    docx_head="Heading 1",
    name="Siobhán Kearney",
    contact=["Castlemoy, Co. Galway", "086 555 3391", "siobhan.kearney@mailbox.ie"],
    blocks=[
        ("h", "Profile"),
        ("p", "Helpdesk coordinator in hospital facilities management. Eight years on site, four on the floor as a "
              "porter, so I know what a 'priority 1' looks like on the ward."),
        ("h", "Employment"),
        ("entries", [
            E("Helpdesk Coordinator (CAFM)", "Brennan Facilities Management", "Castlemoy University Hospital", "2022-02",
              "present", "facing", "internal_support", [
                  "Log and dispatch around 900 jobs a month from wards and departments on Maximo",
                  "Ward managers and department staff ring or email the helpdesk; I triage and give them realistic ETAs",
                  "Monthly KPI pack for the client"]),
            E("Hospital Porter", "Brennan Facilities Management", "Castlemoy University Hospital", "2018-06", "2022-01",
              "facing", "healthcare_care", [
                  "Transferring patients by bed and wheelchair to theatre, X-ray and wards",
                  "Specimen runs, medical gas cylinders and deliveries"]),
            E("Retail Assistant", "Daly's Foodstore", "Castlemoy", "2015-01", "2018-12", "facing", "in_person_service", [],
              prec="year"),
            E("Housekeeping (summer)", "Castlemoy House Hotel", "Castlemoy", "2014-06", "2014-08", "affecting", None, [],
              datetext="Summer 2014"),
        ]),
        ("h", "Volunteering"),
        ("entries", [
            E("Committee Member", "Castlemoy Tidy Towns", "Castlemoy", "2016-01", "present", "none", None, [
                "Litter picks, planting and the annual competition entry"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "QQI Level 5 Healthcare Support (2018); Leaving Certificate (2014)"),
    ]))
