"""wild56 résumés w016–w030."""
from lib import E
from defs_a import S, T, L

R = []

R.append(dict(
    file="w016.html", family="US fulfillment-center picker now delivering and installing appliances, HTML with a table per job",
    renderer="html", layout="table", order="title_org", dfmt="mon.", sep=" – ", present="Present",
    name="Dwayne Hollis", contact=["Cedar Point, MI", "313-555-0162", "dwayne.hollis@mailbox.com"],
    blocks=[
        T("Summary", ["Dependable worker with warehouse and delivery background. Good with people, never miss "
                      "a shift. Looking to get into a call center or service desk job."]),
        S("Work Experience", [
            E("Delivery & Install Helper", "Hometown Appliance & Mattress", "Cedar Point, MI", "2024-09", "present",
              "facing", "in_person_service",
              ["Deliver and install washers, dryers and fridges in customers' homes",
               "Haul away old units and walk customers through the hookup before we leave"]),
            E("Order Picker", "Northstar Fulfillment", "Romulus Park, MI", "2021-10", "2024-08", "affecting", None,
              ["Picked 180+ units/hr with RF scanner",
               "Packed and taped customer orders, applied shipping labels"]),
            E("Seasonal Sorter", "RedLine Parcel Hub", "Romulus Park, MI", "2020-11", "2021-01", "affecting", None,
              ["Sorted packages to routes on the night belt"]),
            E("Dishwasher", "Lucky Star Diner", "Cedar Point, MI", "2019-03", "2020-10", "affecting", None,
              ["Dishes, took out trash, mopped the kitchen at close"]),
        ]),
        T("Education", ["Cedar Point High School – Diploma, 2019"]),
        L("Skills", ["RF scanners", "Pallet jack", "Customer service", "Valid driver's license"]),
    ]))

R.append(dict(
    file="w017.docx", family="English self-employed plasterer with Saturday shifts in a bathroom showroom, Word tab-stop dates",
    renderer="docx", layout="tabs", order="title_org", dfmt="mon", sep=" - ", present="Present",
    name="Lee Fairbrother", contact=["Castlegate, Lincs", "07790 551 203", "leefairbrother.plastering@mailbox.co.uk"],
    blocks=[
        T("Profile", ["Plasterer for 17 years, the last ten running my own jobs. My knees are telling me to "
                      "slow down, so I'm looking for a showroom or trade sales role where my trade knowledge "
                      "helps customers."]),
        S("Work Experience", [
            E("Saturday Showroom Assistant", "Aqualine Bathrooms", "Castlegate", "2025-06", "present", "facing",
              "in_person_service",
              ["Show customers round the displays and book design appointments",
               "Saturdays only, alongside my own work"]),
            E("Self-employed Plasterer", "L. Fairbrother Plastering", "Castlegate & surrounding villages",
              "2015-04", "present", "facing", "entrepreneurial_freelance",
              ["Skimming, rendering and boarding for homeowners and small builders",
               "Pricing jobs – meet customers to measure up and go through quotes",
               "Keep customers updated when a job runs over"], etype="freelance"),
            E("Plasterer", "Castlegate Interiors Ltd", "Castlegate", "2010-09", "2015-03", "none", None,
              ["Dry lining and plastering on new-build estates and commercial fit-outs"]),
            E("Apprentice Plasterer", "Castlegate Interiors Ltd", "Castlegate", "2008-09", "2010-08", "none", None,
              [], etype="internship", note="NVQ Level 2 Plastering completed through the apprenticeship"),
        ]),
        T("Qualifications", ["NVQ Level 2 Plastering", "CSCS Blue Card"]),
        T("References", ["On request"]),
    ]))

R.append(dict(
    file="w018.pdf", family="Alberta ex-rig floorhand now on an equipment-rental counter, reportlab two-column header, employer headings",
    renderer="reportlab", layout="twocol", order="orgfirst", dfmt="mon", sep=" – ", present="Present",
    page="letter", name="Tyler Boychuk", contact=["Lac Verdon, AB", "780-555-0119", "tboychuk@mailbox.ca"],
    accent=(0.55, 0.2, 0.1),
    blocks=[
        T("Summary", ["Rental counter rep with a rig and yard background, so I know what the customers are doing "
                      "with the equipment. Looking for a customer service lead or branch role."]),
        S("Employment", [
            E("Counter Sales Rep", "Kodiak Rentals & Supply", "Lac Verdon, AB", "2020-06", "present", "facing",
              "in_person_service",
              ["Book rentals at the counter and by phone for contractors and homeowners",
               "Write up contracts, damage waivers and deposits",
               "Chase late returns"]),
            E("Yard Hand", "Kodiak Rentals & Supply", "Lac Verdon, AB", "2017-01", "2020-05", "facing",
              "in_person_service",
              ["Checked in returned equipment, washed and serviced units",
               "Loaded rentals onto customer trailers and showed them how to run the machine"]),
            E("Laid off (oil downturn) – upgrading courses", None, None, "2016-04", "2016-12", "none", None, [],
              etype="unknown"),
            E("Floorhand / Leasehand", "Prairie Ridge Drilling", "Lac Verdon, AB", "2012-01", "2016-03", "none",
              None,
              ["Tripping pipe, mixing mud, rig moves", "Leasehand first winter, floorhand from 2013"]),
        ]),
        L("Tickets", ["H2S Alive, Standard First Aid", "Class 3 with air brakes", "Telehandler and skid steer"]),
        T("Education", ["Lac Verdon Composite High School, 2011", "Business Communications 1 (online), 2016"]),
    ]))

R.append(dict(
    file="w019.txt", family="London agency home-delivery driver with courier and cold-store work, caps text with underlined headings",
    renderer="txt", layout="caps", order="title_org", dfmt="mon-yy", sep=" – ", present="Present", bullet=">",
    name="Kelvin Asante", contact=["Brayford, East London", "07598 220 641", "kelvin.asante@mailbox.co.uk"],
    blocks=[
        T("About", ["Driver with 8 yrs experience. Polite, on time. Looking for customer service / "
                    "transport office job."]),
        S("Employment History", [
            E("Delivery Driver (agency)", "RouteOne Driver Agency", "Brayford", "2024-02", "present", "facing",
              "in_person_service",
              ["Placed on supermarket home delivery – 14 to 18 drops a shift",
               "Carry crates into customers' kitchens, go through substitutions, take back returns"]),
            E("Same-day Courier (own van)", "Self-employed", "London & South East", "2021-05", "2024-01",
              "affecting", None,
              ["Pallet and parcel runs between industrial units",
               "Paperwork signed off by goods-in, tail-lift and pump truck"], etype="freelance"),
            E("Warehouse Operative", "Parkside Cold Store", "Brayford", "2018-08", "2021-04", "affecting", None,
              ["Chilled picking and loading", "Temperature checks on inbound loads"]),
            E("Car Wash Attendant", "Sparkle Hand Car Wash", "Brayford", "2016-05", "2018-06", "facing",
              "in_person_service",
              ["Washing and valeting, taking payment from customers"]),
        ]),
        T("Licences", ["Full UK licence (C1), 3 points", "Forklift (counterbalance)"]),
        T("Education", ["Brayford Academy – GCSEs 2015"]),
    ]))

R.append(dict(
    file="w020.docx", family="Texas ranch hand and feedyard pen rider now at a feed-store counter, Word heading styles",
    renderer="docx", layout="styles", order="title_org", dfmt="month", sep=" – ", present="Present",
    name="Luis Ortega", contact=["Mesquite Flats, TX", "(806) 555-0131", "luis.ortega.tx@mailbox.com"],
    blocks=[
        T("Objective", ["Looking for a full-time counter or customer service job in ag retail where I can use "
                        "what I know about livestock and feed."]),
        S("Experience", [
            E("Counter Clerk", "Bar-T Feed & Farm Supply", "Mesquite Flats, TX", "2022-08", "present", "facing",
              "in_person_service",
              ["Ring up feed, vet supplies and tack for ranchers and horse owners",
               "Special-order items and call customers when they come in",
               "Load feed into trucks"]),
            E("Pen Rider", "High Plains Feeders", "Caprock, TX", "2019-02", "2022-07", "none", None,
              ["Rode pens checking for sick cattle, pulled and doctored them",
               "Worked cattle through the processing barn"]),
            E("Ranch Hand", "Circle J Cattle Co.", "Mesquite Flats, TX", "2013-01", "2019-12", "none", None,
              ["Fed cattle, fixed fence and windmills, worked the chute at branding"], prec="year"),
        ]),
        S("Volunteer", [
            E("4-H Livestock Leader", "Mesquite County 4-H", "Mesquite Flats, TX", "2018-09", "present", "facing",
              "volunteering",
              ["Coach kids showing steers and lambs and help families through weigh-ins at the county show"],
              section="volunteer", etype="volunteer"),
        ]),
        L("Skills", ["Bilingual Spanish/English", "Horseback, cattle handling", "POS and special orders",
                     "Class A CDL (permit)"]),
    ]))

R.append(dict(
    file="w021.pdf", family="South Australian vineyard hand and ex-prawn deckie now on a cellar door, fpdf2 two-column header, employer headings",
    renderer="fpdf", layout="twocol", order="orgfirst", dfmt="mon", sep=" - ", present="Current", bullet="–",
    name="Jess McAuliffe", contact=["Blackwood Ridge SA 5277", "0447 190 338", "jessmcauliffe@mailbox.com.au"],
    blocks=[
        T("About Me", ["Outdoor worker (vineyard, fishing, harvest) who has found she loves the cellar door. "
                       "Seeking a hospitality or tourism role with more customer contact."]),
        S("Work History", [
            E("Cellar Door Assistant (casual)", "Blackwood Ridge Wines", "Blackwood Ridge SA", "2025-10", "present",
              "facing", "in_person_service",
              ["Run tastings for visitors and talk them through the range",
               "Process sales and wine club sign-ups"]),
            E("Vineyard Hand", "Blackwood Ridge Wines", "Blackwood Ridge SA", "2023-05", "2025-09", "none", None,
              ["Pruning, shoot thinning, netting, vintage picking"]),
            E("Deckhand", "Gulf Star Seafoods", "Port Wirrina SA", "2020-03", "2022-11", "none", None,
              ["Sorting and packing prawns at sea on 8-week trips", "Net repairs and galley duty"]),
            E("Fruit Picker", "Hill's Orchard", "Tarrawonga SA", "2019-12", "2020-02", "none", None,
              ["Cherries and apricots, paid by the bin"]),
        ]),
        T("Education", ["Cert III Wine Industry Operations (in progress)", "Year 12, Port Wirrina Area School"]),
        L("Licences", ["RSA (SA)", "Coxswain Grade 2 (NC)", "Forklift"]),
    ]))

R.append(dict(
    file="w022.md", family="Nigerian bottling-line machine operator now a dispatch rider, Markdown with bold title lines",
    renderer="md", layout="bold", order="title_org", dfmt="mon.", sep=" – ", present="Date", bullet="-",
    name="Chukwuemeka Obi", contact=["12 Adeyemi Close, Ikorodu-Oke, Lagos State", "0803 555 2914",
                                     "emeka.obi@mailbox.com.ng"],
    blocks=[
        T("Career Objective", ["To secure a customer service position in a growing organisation where I can apply "
                               "my experience of meeting customers every day and my discipline from factory work."]),
        S("Work Experience", [
            E("Dispatch Rider", "QuickDrop Logistics Ltd", "Ikorodu-Oke", "2022-01", "present", "facing",
              "in_person_service",
              ["Deliver parcels and documents to customers across the city; confirm identity and collect signatures",
               "Collect payment on delivery and reconcile with the office daily"]),
            E("Machine Operator", "Golden Spring Beverages Plc", "Agbado Industrial Estate", "2016-03", "2021-10",
              "none", None,
              ["Operated filling and capping machine on the PET line",
               "Line changeovers and CIP"]),
            E("Production Trainee (SIWES)", "Nkem Flour Mills Ltd", "Agbado", "2014-06", "2014-11", "none", None,
              ["Industrial attachment in the packing and bagging section"], etype="internship"),
            E("Sales Attendant", "Obi & Sons Building Materials", "Ikorodu-Oke", "2012-01", "2013-12", "facing",
              "in_person_service",
              ["Attended to customers buying cement, rods and roofing sheets",
               "Kept the sales book"], prec="year"),
        ]),
        T("Education", ["OND Mechanical Engineering, Lagos Oke Polytechnic (2015)", "WAEC/SSCE (2011)"]),
        T("Referees", ["Available on request"]),
    ]))

R.append(dict(
    file="w023.docx", family="Northern Irish council grounds operative with casual leisure-centre shifts, Word borderless table per job",
    renderer="docx", layout="table", order="org_title", dfmt="mm/yyyy", sep=" - ", present="Present",
    name="Paul Quigley", contact=["Lisnagar, Co. Tyrone", "07731 402 880", "paulquigley@mailbox.co.uk"],
    blocks=[
        T("Personal Statement", ["Practical and good-humoured. Outdoors for most of my working life, now looking to "
                                 "move indoors to a leisure or customer service post."]),
        S("Employment", [
            E("Leisure Centre Attendant (casual)", "Lisnagar Leisure Centre", "Lisnagar", "2024-01", "present",
              "facing", "other_facing",
              ["Poolside supervision during public sessions",
               "Set up halls for classes and cover reception when it gets busy"]),
            E("Grounds Maintenance Operative", "Lisnagar District Council", "Lisnagar", "2018-04", "present",
              "affecting", None,
              ["Grass cutting, hedge trimming, winter gritting",
               "Cemetery maintenance and preparing graves"]),
            E("Caretaker", "St Brigid's Primary School", "Drumcoole", "2012-09", "2018-03", "affecting", None,
              ["Opening and locking up, heating, minor repairs",
               "Cleaning and setting up the hall for events",
               "Letting in contractors and delivery drivers"]),
            E("Labourer", "McCrory Brothers Construction", "Lisnagar", "2009-01", "2012-12", "none", None, [],
              prec="year"),
        ]),
        T("Qualifications", ["National Pool Lifeguard Qualification (2023)", "Tractor and mower tickets, PA1/PA6"]),
    ]))

R.append(dict(
    file="w024.pdf", family="US poultry-plant worker turned dollar-store assistant manager, reportlab coloured sidebar",
    renderer="reportlab", layout="sidebar", order="pipe", dfmt="m/yyyy", sep=" - ", present="Present",
    page="letter", name="Brandy Tuttle", contact=[], accent=(0.5, 0.1, 0.3), side_rgb=(0.95, 0.88, 0.92),
    side=[("Contact", ["Harlan Gap, AR", "(870) 555-0184", "brandy.tuttle@mailbox.com"]),
          ("Skills", ["Cash office", "Scheduling", "Truck unload", "Customer complaints", "ServSafe (expired)"])],
    blocks=[
        S("Work History", [
            E("Assistant Store Manager", "Dollar Depot", "Harlan Gap, AR", "2023-04", "present", "facing",
              "in_person_service",
              ["Open and close, count the safe and cash office",
               "Schedule 8 associates",
               "Handle customer returns and complaints at the front"]),
            E("Cashier/Stocker", "Quik-Fill Gas & Go", "Harlan Gap, AR", "2021-01", "2023-03", "facing",
              "in_person_service",
              ["Ran register, lottery and tobacco sales, checked IDs"]),
            E("Sanitation Crew (3rd shift)", "Tri-State Poultry", "Piney Ford, AR", "2019-06", "2020-12", "none",
              None,
              ["Cleaned and sanitized processing equipment overnight before USDA inspection"]),
            E("Deboning Line Worker", "Tri-State Poultry", "Piney Ford, AR", "2015-01", "2019-05", "none", None,
              ["Deboned and trimmed breast meat on a fast line"]),
        ]),
        T("Education", ["GED, 2014"]),
    ]))

R.append(dict(
    file="w025.txt", family="Filipino returning OFW mason, tricycle driver and sari-sari store owner, plain text with caps dates",
    renderer="txt", layout="plain", order="title_org", dfmt="MON", sep=" - ", present="PRESENT", bullet="-",
    caps_heads=True, txt_dates="newline",
    name="JOMAR D. DELA CRUZ", contact=["Brgy. Malinao, San Isidro Norte", "Cel. No. 0928 331 5072",
                                        "jomar.delacruz@mailbox.ph"],
    blocks=[
        T("Objective", ["To be part of your company as Customer Service Representative and grow with your "
                        "company."]),
        S("Work Experience", [
            E("Sari-sari Store Owner", None, "Brgy. Malinao", "2022-05", "present", "facing",
              "entrepreneurial_freelance",
              ["Running a small store in front of our house - selling, restocking from the palengke",
               "Keeping the credit list (utang) of neighbors and collecting on payday"], etype="freelance"),
            E("Tricycle Driver (own unit)", None, "San Isidro Norte", "2019-06", "2022-04", "facing",
              "in_person_service",
              ["Transport passengers around the poblacion and barangays, collect fares"], etype="freelance"),
            E("Mason", "Al Waha Contracting W.L.L.", "Al Sadriya, Qatar", "2015-03", "2019-02", "none", None,
              ["Blockwork and plastering on villa projects", "2 contracts, 4 years"]),
            E("Construction Helper", "JDC Builders", "San Isidro Norte", "2012-01", "2015-12", "none", None,
              ["Mixing cement, carrying hollow blocks, rebar tying"], prec="year"),
        ]),
        T("Educational Background", ["Secondary: San Isidro Norte National High School, 2011",
                                     "TESDA NC II Masonry, 2014"]),
        T("Personal Information", ["Age: 33", "Civil Status: Married", "Citizenship: Filipino"]),
    ]))

R.append(dict(
    file="w026.docx", family="Ontario auto-seating assembler back from parental leave, custodian then grocery clerk, contact in Word header",
    renderer="docx", layout="header", order="title_org", dfmt="mon.", sep=" – ", present="Present",
    name="Danielle Fortier", contact=["Norcan Falls, ON", "905-555-0172", "dfortier@mailbox.ca"],
    footer="Danielle Fortier – Résumé", list_style=True,
    blocks=[
        T("Profile", ["Nine years on an assembly line, then part-time jobs that fit around my kids. I would like a "
                      "full-time customer service role, days."]),
        S("Work Experience", [
            E("Grocery Clerk – Produce (part-time)", "Greenway Foods", "Norcan Falls, ON", "2024-07", "present",
              "facing", "in_person_service",
              ["Cull and stock produce, build displays",
               "Help customers find items and cut fruit trays to order"]),
            E("Custodian (part-time)", "Beacon Hill Community Centre", "Norcan Falls, ON", "2021-09", "2024-06",
              "facing", "other_facing",
              ["Set up rooms for bookings, cleaning, snow clearing",
               "Unlock for renters in the evening and show them where everything is"]),
            E("Parental leave / stay-at-home parent", None, None, "2020-04", "2021-08", "none", None, [],
              etype="unknown"),
            E("Assembler", "Norcan Automotive Seating", "Norcan Falls, ON", "2011-08", "2020-03", "none", None,
              ["Assembled seat frames on a moving line, 400 units per shift",
               "Rotated through the audit station checking finished seats"]),
        ]),
        T("Education", ["OSSD, Norcan Falls Secondary School (2011)", "Smart Serve, WHMIS, Food Handler"]),
    ]))

R.append(dict(
    file="w027.pdf", family="Irish meat-plant packer and evening office cleaner with a pharmacy counter job, fpdf2 left header",
    renderer="fpdf", layout="left", order="title_org", dfmt="mm/yyyy", sep=" – ", present="Present", bullet="•",
    name="Martina Keane", contact=["Moyvalley, Co. Kildare", "086 229 4410", "martinakeane@mailbox.ie"],
    blocks=[
        T("Profile", ["Mother of two, back working since 2012. I currently have two part-time jobs and want one "
                      "full-time job dealing with customers."]),
        S("Employment History", [
            E("Sales Assistant (part-time)", "Moyvalley Pharmacy", "Moyvalley", "2021-03", "present", "facing",
              "in_person_service",
              ["Serve customers at the counter, take in prescriptions and hand them out with the pharmacist",
               "Stock and window displays"]),
            E("Cleaner (evenings)", "Clean Sweep Contract Services", "Ardnagh Business Park", "2019-09", "present",
              "none", None,
              ["Offices and canteen at Ardnagh Business Park after staff have left, 17:30–20:30"]),
            E("Production Operative", "Kilbrack Meats Ltd", "Kilbrack", "2012-02", "2019-08", "none", None,
              ["Packing and labelling on the mince and burger line", "HACCP temperature checks"]),
            E("Full-time carer for my mother", None, None, "2010-06", "2012-01", "none", None, [], etype="unknown",
              dfmt="mon"),
        ]),
        T("Education", ["Leaving Certificate, Moyvalley Community College (2004)", "QQI Level 5 Retail Practice (2022)"]),
    ]))

R.append(dict(
    file="w028.html", family="Jamaican sugar-factory boiler attendant and banana packer now a tour bus driver, HTML page",
    renderer="html", layout="simple", order="dash", dfmt="month", sep=" to ", present="present",
    css="body{font-family:Georgia,serif;margin:40px;max-width:700px}h1{margin-bottom:0}"
        "h2{color:#2a6;font-size:16px;margin-top:24px}h3{font-size:14px;margin-bottom:2px}.d{color:#666;font-weight:normal}",
    name="Devon Campbell", contact=["Bay View District, St. Elizabeth", "876-555-0148", "devoncampbell@mailbox.com.jm"],
    blocks=[
        T("Profile", ["Licensed tour driver, friendly and safety minded. Looking for a guest services position "
                      "with a hotel or attraction."]),
        S("Work Experience", [
            E("Tour Bus Driver", "Island Breeze Tours Ltd", "Port Seville", "2021-11", "present", "facing",
              "in_person_service",
              ["Drive guests from the cruise pier and hotels to attractions",
               "Give commentary along the route and help guests on and off the bus"]),
            E("Boiler Attendant", "Golden Grove Sugar Factory", "Golden Grove", "2014-01", "2020-12", "none", None,
              ["Fed and monitored bagasse boilers during crop", "Maintenance work out of crop"], prec="year"),
            E("Banana Packer", "Eastfield Estates", "Eastfield", "2011-01", "2013-12", "none", None,
              ["Dehanding, washing and boxing bananas for export"], dfmt="mm/yyyy"),
        ]),
        S("Community", [
            E("Youth Football Coach (volunteer)", "Bay View Youth Club", "Bay View", "2016-03", "present", "facing",
              "volunteering",
              ["Coach the under-13 and under-15 boys twice a week and on match days"],
              section="volunteer", etype="volunteer"),
        ]),
        T("Education", ["Bay View High School – CSEC English, Mathematics, Principles of Business"]),
        L("Licences", ["General licence (PPV)", "TPDCo Tour Guide Training certificate"]),
    ]))

R.append(dict(
    file="w029.docx", family="Scottish island ferry deckhand and ex-salmon-farm technician, Word sidebar table with a nested skills table",
    renderer="docx", layout="sidebar", order="title_org", dfmt="mon", sep=" – ", present="Present",
    nested_side=True, side_hex="DCE8EF",
    name="Fraser McLean", contact=["Kinloch, Isle of Caraig", "07780 332 195", "fraser.mclean@mailbox.co.uk"],
    tagline="Deckhand looking for a shore-based customer service role on the island",
    side=[("Certificates", ["STCW Basic Safety", "Proficiency in Crowd Management", "Boatmaster's (Tier 2)",
                            "First Aid at Work"]),
          ("Skills", ["Ticketing handheld", "Gaelic (conversational)", "Small boat handling"])],
    blocks=[
        S("Experience", [
            E("Ferry Deckhand", "Caolas Ferries Ltd", "Kinloch", "2020-04", "present", "facing",
              "in_person_service",
              ["Loading vehicles, directing cars on and off the car deck",
               "Selling tickets on board, answering passengers' questions and helping with wheelchairs"]),
            E("Fish Farm Technician", "Atlantic Glen Salmon Ltd", "Loch Caraig", "2014-05", "2020-03", "none",
              None,
              ["Feeding, net checks and mort collection from the workboat", "Sea lice counts and records"]),
            E("Summer Porter", "Kinloch Arms Hotel", "Kinloch", "2013-06", "2013-08", "facing", "in_person_service",
              ["Carried luggage, showed guests to rooms, helped behind the bar"], datetext="Summer 2013"),
        ]),
        S("Volunteering", [
            E("Coastguard Rescue Officer (volunteer)", "Caraig Coastguard Rescue Team", "Kinloch", "2017-09",
              "present", "facing", "volunteering",
              ["Cliff and shoreline searches and call-outs", "Water safety talks at the primary school"],
              section="volunteer", etype="volunteer"),
        ]),
        T("Education", ["Caraig High School, Highers 2013"]),
    ]))

R.append(dict(
    file="w030.md", family="Appalachian ex-coal-miner, propane driver, now hospital patient transporter, Markdown h3 titles",
    renderer="md", layout="h3", order="title_org", dfmt="mon.", sep=" - ", present="current", bullet="-",
    name="Carl Mullins", contact=["Pikeview, KY", "(606) 555-0155", "carl.mullins@mailbox.com"],
    blocks=[
        T("Summary", ["Coal miner for eight years, then a CDL driver; now working in a hospital and want to stay in "
                      "patient services (patient access or unit secretary)."]),
        S("Work History", [
            E("Patient Transporter", "Pikeview Regional Hospital", "Pikeview, KY", "2022-08", "present", "facing",
              "healthcare_care",
              ["Transport patients by wheelchair and stretcher between units and imaging",
               "Help nurses reposition patients; keep them comfortable and talk to them on the way"]),
            E("Propane Delivery Driver", "Tri-County Propane", "Pikeview, KY", "2017-01", "2022-06", "facing",
              "in_person_service",
              ["Filled residential tanks on route and left delivery tickets on the door",
               "Talked homeowners through tank gauges and safety checks when they were home"]),
            E("Laid off - mine idled; finished GED and CDL", None, None, "2016-02", "2016-12", "none", None, [],
              etype="unknown"),
            E("Roof Bolter", "Black Fork Coal Co.", "Black Fork, KY", "2008-05", "2016-01", "none", None,
              ["Bolted roof on continuous miner sections, underground", "MSHA certified"]),
        ]),
        T("Education & Certifications", ["GED (2016)", "CDL Class A with hazmat (2016)", "BLS (2023)"]),
    ]))
