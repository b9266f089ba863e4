"""wild56 résumés w001–w015."""
from lib import E


def S(h, ents):
    return ("section", h, ents)


def T(h, lines):
    return ("text", h, lines)


def L(h, lines):
    return ("list", h, lines)


R = []

R.append(dict(
    file="w001.pdf", family="UK forklift driver with a part-time trade-counter job, Word-to-PDF single column",
    renderer="reportlab", layout="plain", order="title_org", dfmt="mon", sep=" – ", present="Present",
    name="Darren Whitlow", contact=["Kettleby, Northants", "07700 914 382", "d.whitlow@mailbox.co.uk"],
    blocks=[
        T("Profile", ["Reliable forklift driver (counterbalance and reach, licences in date) looking to move into a "
                      "customer service role. Since last year I have been doing Saturdays and two evenings on a "
                      "builders' merchant counter and I enjoy it more than the warehouse."]),
        S("Employment", [
            E("Trade Counter Assistant (part-time)", "Brackley Timber & Building Supplies", "Kettleby",
              "2025-09", "present", "facing", "in_person_service",
              ["Serve trade and DIY customers at the counter, take orders and card payments",
               "Check stock on the system and radio the yard to get orders loaded",
               "Answer the phone when the counter is quiet"]),
            E("Reach Truck / Counterbalance Driver", "Orwell Distribution Ltd", "Kettleby",
              "2019-03", "present", "affecting", None,
              ["Loading and unloading curtain-siders, 40+ trailers a shift",
               "Putting away to high racking (reach truck up to 10m)",
               "Daily truck checks and reporting defects to the shift manager"]),
            E("Warehouse Picker (agency)", "Keyline Recruitment", "Corby",
              "2017-10", "2019-02", "affecting", None,
              ["Voice picking chilled and frozen orders going out to stores",
               "Wrapping and labelling pallets for dispatch"]),
            E("Production Operative", "Fenmoor Plastics", "Kettleby",
              "2014-06", "2017-09", "none", None,
              ["Ran two injection moulding machines on 12-hour rotating shifts",
               "Boxed finished parts and filled in the QC sheets"]),
        ]),
        L("Licences & Training", ["RTITB counterbalance and reach truck", "Full UK driving licence",
                                  "Emergency First Aid at Work (2023)"]),
        T("Education", ["Kettleby Academy – GCSEs incl. Maths and English (2014)"]),
        T("References", ["Available on request"]),
    ]))

R.append(dict(
    file="w002.docx", family="Welsh quarry plant operator now a bus driver, Word heading styles and list bullets",
    renderer="docx", layout="styles", order="title_org", dfmt="month", sep=" to ", present="present",
    name="Gareth Pryce", contact=["14 Heol y Felin, Cwmllan", "07811 260 447", "garethpryce71@mailbox.co.uk"],
    blocks=[
        T("About me", ["I have spent most of my working life outdoors on plant. Three years ago I got my PCV licence "
                       "and started on the buses, and I am now looking for an office-based customer service job with "
                       "the bus company or the council."]),
        S("Work History", [
            E("Bus Driver", "Tawe Valley Buses", "Cwmllan", "2023-05", "present", "facing", "in_person_service",
              ["Driving service routes 3, 3A and 19 around Cwmllan and the valley villages",
               "Selling tickets, checking bus passes and helping passengers on with prams and wheelchairs",
               "Dealing calmly with the odd awkward passenger and reporting incidents to control"]),
            E("Plant Operator", "Celtic Aggregates Ltd", "Garth Ddu Quarry", "2012-04", "2023-03", "none", None,
              ["Loading shovel and 30 tonne dumper on the quarry face",
               "Kept the haul roads graded and watered",
               "Greasing and daily checks on the machines"]),
            E("Groundworks Labourer", "D. & M. Hughes Groundworks", "Cwmllan", "2009-08", "2012-03", "none", None,
              ["Drainage, kerbing and general labouring on housing sites"]),
        ]),
        S("Volunteering", [
            E("Volunteer Minibus Driver", "Cwmllan Community Transport", None, "2019-01", "2023-04", "facing",
              "volunteering",
              ["Took older residents to the shops and to hospital appointments one Saturday a month"],
              section="volunteer", etype="volunteer"),
        ]),
        L("Licences", ["PCV (D) licence, Driver CPC", "CPCS loading shovel and dumper cards (expired 2024)"]),
        T("Interests", ["Rugby (coach the under-12s), fishing"]),
    ]))

R.append(dict(
    file="w003.pdf", family="Filipino ex-deckhand and delivery rider now a resort utility worker, fpdf2 left header",
    renderer="fpdf", layout="left", order="title_org", dfmt="month", sep=" - ", present="Present",
    name="RODEL M. BAUTISTA", contact=["Purok 4, Brgy. Dagatan, Calinog Bay", "0917 554 2091",
                                       "rodel.bautista88@mailbox.ph"],
    blocks=[
        T("OBJECTIVE", ["To work as Bellman or Front Office Staff in a hotel or resort where I can use my "
                        "experience in dealing with people and my hardworking attitude."]),
        S("WORK EXPERIENCE", [
            E("Utility Worker", "Casa Marina Beach Resort", "Calinog Bay", "2024-01", "present", "facing",
              "in_person_service",
              ["Cleaning of pool area, beach front and public toilets",
               "Assist guests with their luggage when the bellmen are busy",
               "Watering of gardens and raking of leaves"]),
            E("Delivery Rider", "Sulong Express Logistics", "Calinog Bay", "2021-08", "2023-12", "facing",
              "in_person_service",
              ["Delivered parcels to homes and small stores, 60-80 drops daily",
               "Collected COD payments and let receivers sign for the parcels",
               "Remitted collections to the hub every evening"]),
            E("Stall Helper", "Bautista Fresh Fish Stall", "Dagatan Public Market", "2020-01", "2021-06", "facing",
              "in_person_service",
              ["Sold fresh fish to market customers, weighed and cleaned the fish on request",
               "Handled cash and gave change"]),
            E("Deckhand", "Santoyo Fishing Corporation", "Port Calinog", "2016-02", "2019-11", "none", None,
              ["Hauled and mended purse seine nets",
               "Sorted and iced the catch in the fish hold",
               "Night watch duty on the vessel"]),
        ]),
        T("EDUCATION", ["Calinog Bay National High School, 2005"]),
        T("PERSONAL DATA", ["Date of Birth: March 3, 1988", "Civil Status: Married", "Religion: Roman Catholic",
                            "Height: 5'6\""]),
        T("CHARACTER REFERENCES", ["Mr. Arnel Sy, Resort Supervisor, Casa Marina – 0920 118 4402"]),
    ]))

R.append(dict(
    file="w004.txt", family="US machine operator with a weekend pizza delivery job, Indeed-style export as text",
    renderer="txt", layout="indeed", order="dateline", dfmt="month", sep=" to ", present="Present",
    name="Travis Kolb", contact=["Marlow Springs, IN 47123", "travis.kolb@mailbox.com", "+1 812 555 0148"],
    blocks=[
        T("", ["Second-shift machine operator looking for a day-shift customer service or dispatch position."]),
        S("Work Experience", [
            E("Machine Operator", "Hartwell Die Casting", "Marlow Springs, IN", "2018-03", "present", "none", None,
              ["Run CNC lathes and trim presses on 2nd shift",
               "Measure parts with calipers and go/no-go gauges, log readings on the SPC chart",
               "Train new hires on lockout/tagout"]),
            E("Delivery Driver", "Gianni's Pizza Kitchen", "Marlow Springs, IN", "2022-06", "present", "facing",
              "in_person_service",
              ["Deliver orders to customers' homes on Friday and Saturday nights, collect payment",
               "Fold boxes and help with dishes when it's slow"]),
            E("Material Handler", "Peak Staffing Solutions", "Jeffersonburg, IN", "2016-09", "2018-02", "affecting",
              None,
              ["Assigned to Crossroads Logistics warehouse",
               "Unloaded inbound trailers, drove sit-down forklift and pallet jack",
               "Cycle counts"]),
            E("Lawn Care Crew Member", "Greenline Lawn & Landscape", "Marlow Springs, IN", "2014-04", "2016-08",
              "affecting", None,
              ["Mowing, edging and trimming at residential and commercial properties",
               "Spreading mulch and loading the trailer"]),
        ]),
        T("Education", ["High school diploma", "Marlow Springs High School - Marlow Springs, IN", "2010 to 2014"]),
        L("Skills", ["Forklift", "CNC", "Blueprint reading", "Cash handling"]),
    ]))

R.append(dict(
    file="w005.docx", family="Irish dairy farm worker with a part-time farm-shop job, Word tab-stop dates",
    renderer="docx", layout="tabs", order="title_org", dfmt="mon", sep=" – ", present="Present",
    name="Ciarán Mulvey", contact=["Ballyconnor, Co. Westmeath", "087 331 9024", "ciaranmulvey@mailbox.ie"],
    list_style=False, bullet="–",
    blocks=[
        T("Personal Statement", ["I grew up on the home farm and worked full-time on it for years. I now work in a "
                                 "farm shop and want a full-time job dealing with customers, e.g. in a co-op or "
                                 "agri store."]),
        S("Work Experience", [
            E("Farm Shop Assistant (part-time)", "Hollyfield Farm Shop & Café", "Ballyconnor", "2024-03", "present",
              "facing", "in_person_service",
              ["Serving at the counter and the deli, weighing and wrapping meat",
               "Taking Christmas turkey orders over the phone and in person",
               "Stocking shelves and cleaning down at closing"]),
            E("Dairy Farm Assistant", "Mulvey Dairy Farm", "Ballyconnor", "2016-01", "2024-12", "none", None,
              ["Milking 120 cows twice a day, herd health records",
               "Calving season, silage, fencing",
               "Tractor and teleporter work"], prec="year"),
            E("Relief Milker", None, "Westmeath & Longford", "2013-05", "2015-12", "affecting", None,
              ["Covered milking for neighbouring farmers at holidays and weekends"], etype="freelance",
              note="Self-employed"),
            E("Bar & Lounge Staff", "The Stag's Head", "Ballyconnor", "2014-06", "2014-08", "facing",
              "in_person_service",
              ["Pulled pints, served food and collected glasses at weddings"], datetext="Summer 2014"),
        ]),
        T("Education", ["Ballyconnor Community School – Leaving Certificate 2013",
                        "Green Cert (Level 6 Agriculture), Kilbrack Agricultural College 2016"]),
        T("Other", ["Full clean driving licence (B, W)", "Manual handling, Safepass"]),
    ]))

R.append(dict(
    file="w006.pdf", family="Australian golf-club groundsperson with weekend bar shifts, reportlab shaded sidebar",
    renderer="reportlab", layout="sidebar", order="title_org", dfmt="mon", sep=" – ", present="Current",
    name="Shannon Tipoki", contact=[], accent=(0.2, 0.4, 0.25), side_rgb=(0.88, 0.93, 0.88),
    side=[("Contact", ["0412 338 907", "shannon.tipoki@mailbox.com.au", "Wattle Creek NSW 2792"]),
          ("Tickets", ["RSA (NSW)", "Chemical Handling (ChemCert)", "Ride-on mower, tractor", "C class licence"]),
          ("Availability", ["Full time from January", "Weekends ok"])],
    blocks=[
        T("Career Summary", ["Twelve years working outdoors in parks and on golf courses. Friendly, turn up on "
                             "time, happy to learn. Looking for a customer service position with Council or "
                             "a club."]),
        S("Experience", [
            E("Groundsperson", "Wattle Creek Golf Club", "Wattle Creek NSW", "2019-07", "present", "affecting", None,
              ["Mowing greens and fairways before tee-off",
               "Bunker raking, irrigation repairs and top dressing",
               "Setting pin positions for competition days"]),
            E("Casual Bar Attendant (weekends)", "Wattle Creek Golf Club", "Wattle Creek NSW", "2021-02", "2023-06",
              "facing", "in_person_service",
              ["Served members and visitors in the clubhouse bar on Sunday comp days",
               "Cash and EFTPOS, cleaned down at close"]),
            E("Outdoor Worker – Parks & Gardens", "Yallambee Shire Council", "Yallambee NSW", "2014-03", "2019-06",
              "affecting", None,
              ["Mowing, whipper snipping and garden beds in town parks",
               "Weekly playground safety checks",
               "Litter runs and bin changeovers"]),
            E("Fencing Labourer", "Ridgeline Fencing", "Yallambee NSW", "2011-01", "2013-12", "none", None,
              ["Rural fencing, post-hole digging, strainer assemblies"], prec="year"),
        ]),
        T("Referees", ["Available on request"]),
    ]))

R.append(dict(
    file="w007.html", family="US school custodian and former hotel housekeeper, simple HTML page",
    renderer="html", layout="simple", order="title_org", dfmt="mm/yyyy", sep=" - ", present="Current",
    name="Marisol Pineda", contact=["Lakeshore, CA", "(559) 555-0193", "marisol.pineda@mailbox.com"],
    blocks=[
        T("Objective", ["Hard-working custodian, bilingual English/Spanish, looking for a front desk or "
                        "receptionist job with daytime hours."]),
        S("Experience", [
            E("Custodian", "Lakeshore Unified School District", "Lakeshore, CA", "2020-08", "present", "affecting",
              None,
              ["Clean 14 classrooms, restrooms and the cafeteria after school",
               "Strip and wax floors over summer and winter breaks",
               "Report broken fixtures to the head custodian"]),
            E("Housekeeper", "Bayside Inn & Suites", "Port Alameda, CA", "2017-05", "2020-07", "facing",
              "in_person_service",
              ["Cleaned 14-16 checkout and stayover rooms per shift",
               "Took towels, cribs and extra pillows up to guests who called the desk and asked",
               "Kept linen cart stocked"]),
            E("House Cleaner (self-employed)", None, "Lakeshore, CA", "2015-01", "2017-04", "facing",
              "entrepreneurial_freelance",
              ["Weekly cleaning for 6 regular clients",
               "Set schedules and prices with the homeowners, kept keys and alarm codes"], etype="freelance"),
            E("Packing Line Worker", "Pacific Crest Packing", "Selmaville, CA", "2012-06", "2014-11", "none", None,
              ["Sorted and packed apples and stone fruit on the packing line"]),
        ]),
        L("Skills", ["Bilingual English / Spanish", "Floor machines", "Cash handling", "Microsoft Word (basic)"]),
    ]))

R.append(dict(
    file="w008.docx", family="South African ex-miner with a career break, now hardware sales, Word table per job",
    renderer="docx", layout="table", order="title_org", dfmt="month", sep=" - ", present="Present",
    name="Sipho Ndlovu", contact=["Kwenadorp, North West", "072 441 9083", "siphondlovu@mailbox.co.za"],
    blocks=[
        T("PERSONAL DETAILS", ["ID: available on request", "Nationality: South African",
                               "Languages: Setswana, isiZulu, English, Afrikaans",
                               "Driver's licence: Code 10 (C1)"]),
        S("EMPLOYMENT HISTORY", [
            E("Sales Assistant", "Buildrite Hardware Kwenadorp", "Kwenadorp", "2023-06", "present", "facing",
              "in_person_service",
              ["Help customers choose paint, plumbing and building materials",
               "Operate the till and take lay-bye payments",
               "Receive stock from suppliers and check invoices"]),
            E("Security Officer", "Nala Guarding Services", "Kwenadorp", "2021-01", "2023-05", "facing",
              "other_facing",
              ["Access control at the mall entrance, searching bags and helping shoppers with directions",
               "Radio communication with the control room, occurrence book"]),
            E("Career break (retrenchment and caring for my late father)", None, None, "2019-10", "2020-12", "none",
              None, [], etype="unknown"),
            E("Underground Winch Operator", "Kgomo Platinum (Pty) Ltd", "Mooiplaats Shaft", "2010-02", "2019-09",
              "none", None,
              ["Operated scraper winches in the stopes",
               "Daily safety inspections and barring down",
               "Assisted the blaster with charging up"]),
        ]),
        T("EDUCATION", ["Grade 12, Kwenadorp Secondary School (2008)", "PSIRA Grade C (2020)"]),
        T("REFERENCES", ["Mr T. Mokoena, Branch Manager, Buildrite Hardware – 014 555 0192",
                         "Mrs L. van Wyk, Site Manager, Nala Guarding – 014 555 0317"]),
    ]))

R.append(dict(
    file="w009.pdf", family="Scottish HGV Class 1 driver with earlier multi-drop and bonded warehouse work, fpdf2 centred",
    renderer="fpdf", layout="centred", order="org_title", dfmt="mm/yyyy", sep=" – ", present="Present",
    name="Graeme Dunbar", contact=["Grangeburn, Falkirkshire", "07943 118 556", "g.dunbar@mailbox.co.uk"],
    blocks=[
        T("Personal Profile", ["Class 1 driver with 10 years' clean licence. After a back injury I want to come off "
                               "the road and use what I know about transport in a transport office or customer "
                               "service role."]),
        S("Career History", [
            E("HGV Class 1 Driver", "Forth Valley Freight Ltd", "Grangeburn", "2016-11", "present", "affecting", None,
              ["Trunking nights between Grangeburn and the Midlands hubs",
               "Tachograph and working time compliance, walkaround checks",
               "Delivering to supermarket RDCs and booking in with goods-in"]),
            E("Multi-drop Van Driver (self-employed)", "Swiftway Couriers", "Grangeburn", "2014-03", "2016-10",
              "facing", "in_person_service",
              ["120+ drops a day around Grangeburn and the villages",
               "Got signatures and used safe places, dealt with missed deliveries and complaints on the doorstep"],
              etype="freelance"),
            E("Forklift Driver", "Carronbank Bonded Warehouse", "Carronbank", "2010-05", "2014-02", "affecting",
              None,
              ["Moving casks around the bond", "Loading containers for export"]),
            E("Kitchen Porter", "The Anchor Hotel", "Grangeburn", "2008-06", "2010-04", "affecting", None,
              ["Washing up, pots, basic veg prep"]),
        ]),
        L("Licences", ["C+E, Driver CPC (valid to 2028)", "ADR packages", "Counterbalance FLT"]),
        T("Education", ["Grangeburn High School – Standard Grades"]),
    ]))

R.append(dict(
    file="w010.txt", family="Canadian (NB) lobster sternman and fish-plant worker, now a bilingual cashier, plain text",
    renderer="txt", layout="plain", order="dash", dfmt="mon", sep=" - ", present="present", bullet="*",
    txt_dates="paren",
    name="Jean-Luc Arsenault", contact=["Pointe-aux-Loups, NB", "506-555-0177", "jl.arsenault@mailbox.ca"],
    blocks=[
        T("SUMMARY", ["Bilingual (French/English). 8 years fishing and plant work, now cashier. Looking for a "
                      "full-time position in customer service, year-round."]),
        S("EXPERIENCE", [
            E("Cashier (part-time)", "Marché Leblanc", "Pointe-aux-Loups, NB", "2023-01", "present", "facing",
              "in_person_service",
              ["Cash, lottery and propane tank exchanges",
               "Serve customers in French and English",
               "Face shelves and stock the coolers"]),
            E("Processing Line Worker", "Hébert Seafood Processing", "Cap-Doré, NB", "2019-08", "2022-11", "none",
              None,
              ["Shucking and grading snow crab", "Sanitation at end of shift"], dfmt="mm/yyyy"),
            E("Sternman", "Boudreau Fisheries Ltd", "Pointe-aux-Loups, NB", "2016-01", "2022-12", "none", None,
              ["Spring lobster season every year", "Baiting and hauling traps",
               "Banding lobsters, measuring carapace for legal size"], prec="year"),
            E("Snow Removal Operator", "Self-employed", "Pointe-aux-Loups", None, None, "facing",
              "entrepreneurial_freelance",
              ["Plowed and sanded driveways for about 25 regular customers with my own truck",
               "Billed customers monthly and took their call-outs after storms"], etype="freelance"),
        ]),
        T("EDUCATION", ["Polyvalente Cap-Doré - high school diploma (2015)"]),
        T("LANGUAGES", ["French (native), English (fluent)"]),
    ]))

R.append(dict(
    file="w011.docx", family="US carpenter and roofer now on a lumber-yard pro desk, name and contact in the Word header",
    renderer="docx", layout="header", order="org_title", dfmt="m/yyyy", sep=" - ", present="Present",
    name="Ray Delgado", contact=["Alder Falls, OR", "(541) 555-0126", "raydelgado.build@mailbox.com"],
    footer="References available on request",
    blocks=[
        T("Summary", ["Carpenter with ten years in residential construction. Now working the pro desk and "
                      "looking for a full-time inside sales or customer service position."]),
        S("Experience", [
            E("Pro Desk Associate", "Tri-County Lumber & Supply", "Alder Falls, OR", "2025-02", "present", "facing",
              "in_person_service",
              ["Quote and write up orders for contractors at the pro desk and over the phone",
               "Schedule deliveries and will-call pickups",
               "Sort out billing questions on house accounts"]),
            E("Carpenter", "Ridgeback Builders LLC", "Alder Falls, OR", "2017-05", "2024-12", "none", None,
              ["Framing, sheathing and trim on new single-family homes",
               "Read plans and laid out walls",
               "Ran a 3-man crew on punch lists before closing"]),
            E("Roofing Laborer", "Summit Roofing", "Bend Crossing, OR", "2014-04", "2017-04", "affecting", None,
              ["Tear-offs and re-roofs on occupied houses",
               "Carried bundles up ladders, magnet-swept yards at end of day"]),
            E("Stocker/Bagger", "Alder Falls Grocery Outlet", "Alder Falls, OR", "2012-09", "2014-03", "facing",
              "in_person_service",
              ["Stocked shelves after school and bagged groceries at the registers during rush"]),
        ]),
        T("Education", ["Alder Falls High School, diploma 2013",
                        "OSHA 10, forklift certified"]),
    ]))

R.append(dict(
    file="w012.pdf", family="NZ dairy-factory operator, forester and shearer now on a rural supplies counter, 2-page reportlab with footer",
    renderer="reportlab", layout="twopage", order="title_org", dfmt="mon", sep=" – ", present="Present",
    name="Wiremu (Bill) Tane", contact=["Te Maunga 3882", "027 455 6120", "bill.tane@mailbox.co.nz"],
    accent=(0.3, 0.2, 0.1), caps_heads=True, rl_font="dejavu",
    blocks=[
        T("Profile", ["I am a practical, steady worker with nearly 20 years across shearing, forestry and dairy "
                      "processing. Four years ago I moved onto the counter at our local rural store and found I "
                      "like helping people sort out what they need. I am applying for the Customer Service "
                      "Team Leader role.",
                      "Known for turning up, keeping calm under pressure and knowing the district and most of the "
                      "farmers in it."]),
        S("Work History", [
            E("Counter & Yard Storeperson", "Kōwhai Rural Supplies", "Te Maunga", "2022-04", "present", "facing",
              "in_person_service",
              ["Serve farmers and lifestyle block owners at the counter: drench, fencing gear, calf feed",
               "Load customers' utes and trailers in the yard and check their orders off",
               "Monthly stocktake, receiving freight, keeping the yard tidy"]),
            E("Dryer Operator", "Southfield Dairy Co-operative", "Southfield", "2015-08", "2022-03", "none", None,
              ["Ran the evaporator and dryer on the milk powder plant",
               "CIP cleaning and recording test results",
               "12-hour rotating roster, 4 on 4 off"]),
            E("Forestry Crew", "Pukeroa Logging Ltd", "Pukeroa", "2011-02", "2015-07", "none", None,
              ["Breaking out and chainsaw felling on steep country",
               "Skid site work, first aid person for the crew"]),
            E("Shed Hand / Learner Shearer", "Tane Shearing Contractors", "Te Maunga district", "2007-01", "2011-12",
              "none", None,
              ["Rousie then learner shearer with my uncle's gang, main shearing and crutching runs"], prec="year"),
        ]),
        S("Community", [
            E("Volunteer Firefighter", "Te Maunga Volunteer Fire Brigade", "Te Maunga", "2016-03", "present",
              "facing", "volunteering",
              ["Turn out to call-outs: crashes, scrub fires, medical assists",
               "School visits for Fire Safety Week"], section="volunteer", etype="volunteer"),
        ]),
        L("Licences and certificates", ["Class 2 and forklift (F endorsement)", "Growsafe Standard",
                                        "First Aid (Workplace) – renewed 2025", "Chainsaw unit standards 6912, 6913"]),
        L("Skills", ["Stock systems (counter POS, stocktake scanners)", "Te reo Māori (conversational)",
                     "Machinery and vehicle maintenance", "Training new staff"]),
        T("Education", ["Te Maunga Area School – NCEA Level 1 (2006)"]),
        T("Referees", ["Hine Parata – Store Manager, Kōwhai Rural Supplies – 027 555 0142",
                       "Dave Ormsby – Shift Supervisor (retired), Southfield Dairy – 021 555 0937",
                       "Further referees available on request."]),
        T("Interests", ["Rugby league (coaching juniors), hunting, whānau, and fixing old motorbikes."]),
    ]))

R.append(dict(
    file="w013.md", family="Polish-born cleaning supervisor in England, former room attendant and food-factory packer, Markdown",
    renderer="md", layout="h3", order="title_org", dfmt="mm.yyyy", sep=" - ", present="now", bullet="*",
    name="Agnieszka Nowak", contact=["Leeford, West Yorkshire", "07412 093 551", "aga.nowak@mailbox.co.uk"],
    blocks=[
        T("Profile", ["Organised and reliable, 10 years in UK. I manage a small evening cleaning team and deal "
                      "with our clients. I want to move to a daytime job on reception or in customer service."]),
        S("Experience", [
            E("Cleaning Supervisor", "BrightPath Facilities Ltd", "Leeford", "2023-01", "present", "facing",
              "other_facing",
              ["Run an evening team of 6 cleaners across three office buildings",
               "Rotas, ordering supplies, training new starters",
               "Meet client site managers about complaints and arrange extra cleans for them"]),
            E("Room Attendant", "Kingsgate Hotel Leeford", "Leeford", "2019-04", "2022-12", "affecting", None,
              ["Servicing 15 rooms a day to brand standard",
               "Restocking trolleys and reporting maintenance"]),
            E("Packing Operative (agency)", "Northway Recruitment", "Leeford", "2016-09", "2019-03", "none", None,
              ["Packing ready meals on high-care lines", "Label and date code checks"]),
            E("Shop Assistant", "Sklep u Basi", "Kielnowo, Poland", "2013-06", "2016-06", "facing",
              "in_person_service",
              ["Served customers, cash register, ordered bread and dairy every morning"]),
        ]),
        T("Education", ["Technikum in Kielnowo (Poland) – secondary school, 2013",
                        "ESOL Entry 3, Leeford College"]),
        T("Languages", ["Polish (native), English (good), Russian (basic)"]),
    ]))

R.append(dict(
    file="w014.docx", family="Australian FIFO haul-truck operator returning from travel into retail, Word shaded sidebar table",
    renderer="docx", layout="sidebar", order="title_org", dfmt="month", sep=" – ", present="Current",
    name="Kylie Brennan", contact=["Port Kennet WA 6430", "0438 227 915", "kylie.brennan@mailbox.com.au"],
    tagline="Ex-mining operator, now casual in retail – looking for full-time customer service work",
    side=[("Tickets", ["HR licence", "Haul truck (CAT 793/789)", "White Card", "Senior First Aid"]),
          ("Skills", ["Radio communication", "Safety focused", "EFTPOS / POS", "Cash handling"])],
    blocks=[
        S("Work Experience", [
            E("Retail Assistant (casual)", "Reel Deal Tackle & Bait", "Port Kennet WA", "2026-02", "present",
              "facing", "in_person_service",
              ["Serving customers, rigging up rods and telling them where the fish are biting",
               "Till, phone orders and receiving stock"]),
            E("Career break – travelling around Australia", None, None, "2025-07", "2026-01", "none", None, [],
              etype="unknown"),
            E("Haul Truck Operator (FIFO 2/1)", "Red Gum Mining Services", "Pilbara WA", "2018-02", "2025-06",
              "none", None,
              ["CAT 793 haul truck in an open-cut iron ore pit",
               "Pre-start checks, radio comms with dispatch and the shovel operator"]),
            E("Camp Utility / Housekeeper", "Spinifex Camp Services", "Pilbara WA", "2016-05", "2018-01", "facing",
              "in_person_service",
              ["Cleaned 40 donga rooms per shift and did the laundry",
               "Helped serve the dinner line in the wet mess at crib time"]),
        ]),
        T("Education", ["Port Kennet Senior High School, WACE 2015"]),
    ]))

R.append(dict(
    file="w015.pdf", family="Indian CNC operator turned quick-commerce delivery partner, 2-page fpdf2 CV with footer and declaration",
    renderer="fpdf", layout="twopage", order="dateline", dfmt="mon", sep=" – ", present="till date",
    name="Ramesh Kumar Yadav", contact=["Plot 17, Shivaji Nagar, Nandgaon – 422 301", "Mobile: +91 98220 41763",
                                        "Email: rameshyadav.cnc@mailbox.in"],
    blocks=[
        T("CAREER OBJECTIVE", ["Seeking a position as Customer Support Executive in a reputed organisation where "
                               "I can utilise my communication skills and my field experience of dealing with "
                               "customers daily."]),
        S("WORK EXPERIENCE", [
            E("Delivery Partner", "FastBasket Quick Commerce", "Nandgaon", "2023-04", "present", "facing",
              "in_person_service",
              ["Delivering grocery orders to customers within 10–15 minutes of order",
               "Handling cash on delivery and UPI collection",
               "Solving wrong-item and missing-item complaints at the doorstep by calling the dark store"],
              etype="freelance"),
            E("CNC Operator", "Shree Ganesh Auto Components Pvt. Ltd.", "MIDC Nandgaon", "2017-07", "2023-03",
              "none", None,
              ["Operating VMC and CNC turning machines (Fanuc control)",
               "First-piece inspection and tool offset setting",
               "Following 5S and daily production report"]),
            E("Apprentice (Machinist)", "Deccan Forgings Ltd.", "Nandgaon", "2016-06", "2017-06", "none", None,
              ["One year apprenticeship under Apprentices Act after ITI"], etype="internship"),
            E("Shop Helper", "Yadav Kirana Store", "Nandgaon", "2013-01", "2016-12", "facing", "in_person_service",
              ["Helped my father in our shop after school – billing and serving customers"], prec="year",
              etype="unknown"),
        ]),
        T("EDUCATIONAL QUALIFICATION", ["ITI (Machinist) – Govt. ITI Nandgaon – 2016 – 78%",
                                        "SSC – Maharashtra State Board – 2013 – 64%"]),
        L("COMPUTER KNOWLEDGE", ["MS-CIT", "Basic MS Excel and Word", "Smartphone apps, UPI"]),
        L("STRENGTHS", ["Punctual and disciplined", "Good communication in Marathi, Hindi and basic English",
                        "Can work in shifts"]),
        T("PERSONAL DETAILS", ["Father's Name: Shri Kumar Yadav", "Date of Birth: 12/08/1997",
                               "Gender: Male", "Marital Status: Unmarried", "Languages Known: Marathi, Hindi, English",
                               "Hobbies: Cricket, listening to music"]),
        T("DECLARATION", ["I hereby declare that the above information is true to the best of my knowledge and "
                          "belief.", "Place: Nandgaon", "Date:", "(RAMESH KUMAR YADAV)"]),
    ]))
