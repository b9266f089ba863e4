"""Résumés w016–w030 (Australia, New Zealand, Ireland).  One dict per file."""
from lib import E

R = []

# ----------------------------------------------------------------------- w016
R.append(dict(
    file="w016.pdf", r="fpdf", layout_name="right", order="dash",
    family="Seasonal worker in Queenstown and Wanaka (ski hire, lift, bar, kayak guiding, bike workshop), "
           "fpdf2 right-aligned header, 'Title – Employer, Town' lines with dates right",
    name="Sam Hadley",
    contact=["Wanaka 9305, New Zealand", "+64 27 555 0144", "samhadley@example.com"],
    dstyle="mon_yy", present="Current", sep=" – ", hdr="right", hstyle="under", bullet="›", accent=(120, 40, 40),
    blocks=[
        ("para", "Profile", "Outdoorsy all-rounder chasing the seasons between Wanaka and Queenstown. "
                            "Looking for a year-round role in guest services or rentals."),
        ("jobs", "Work Experience", [
            E("Bike Mechanic", "Lakeside Cycles", "Wanaka", "2025-11", "present", "affecting",
              bullets=["Workshop servicing and repairs of e-bikes and mountain bikes",
                       "Build-ups of new stock and warranty paperwork for the front-of-house team"]),
            E("Ski Hire Technician", "Alpine Edge Rentals", "Queenstown", "2025-06", "2025-10",
              "facing", "in_person_service",
              bullets=["Fitted boots and set bindings for customers at the rental counter",
                       "Tuned and waxed the rental fleet after close"]),
            E("Kayak Guide", "Lakeside Paddle Co.", "Wanaka", "2024-11", "2025-04", "facing", "other_facing",
              bullets=["Led three-hour guided kayak trips for groups of up to 12",
                       "Safety briefings, rescue practice and photos for guests"]),
            E("Lift Operator", "Mt Aspen Ski Area", "Wanaka", "2024-06", "2024-10", "facing", "other_facing",
              bullets=["Loaded the chairlift, scanned passes and helped kids and beginners on and off"]),
            E("Bartender", "Snowline Lodge Bar", "Wanaka", "2024-06", "2024-10", "facing", "in_person_service",
              note="evenings",
              bullets=["Après-ski bar service, tabs and closing cash-up four nights a week"]),
        ]),
        ("list", "Certificates", ["NZ Outdoor Instructors – Kayak Guide Level 1 (2024)",
                                  "Outdoor First Aid (2025)", "LCQ (Licence Controller Qualification) 2024"]),
        ("lines", "Education", ["Diploma in Outdoor Recreation – Southern Alps Polytechnic\t2021 – 2023"]),
        ("para", "Referees", "Kate Rooney, Rental Manager, Alpine Edge Rentals – 03 555 0171; "
                             "Ben Tuck, Owner, Lakeside Paddle Co. – 027 555 0112"),
    ]))

# ----------------------------------------------------------------------- w017
R.append(dict(
    file="w017.docx", r="docx", layout_name="styles", layout="styles", order="title_org",
    family="Perth bank employee from branch teller to complaints resolution, Word heading styles and list bullets, "
           "right tab-stop dates, Key responsibilities / Achievements",
    name="Rebecca Tan",
    contact=["Joondalup WA 6027", "0491 577 426", "rebecca.tan@example.com.au"],
    dstyle="month", present="Present", sep=" – ", hstyle="h1", dfont="Calibri", contact_inline=True,
    subheads=("Key responsibilities:", "Achievements:"),
    blocks=[
        ("para", "Career Summary",
         "Ten years with one bank across branch, contact centre, fraud operations and complaints. I like "
         "untangling a messy complaint and getting the customer a straight answer."),
        ("jobs", "Employment History", [
            E("Complaints Resolution Officer", "Swan River Bank", "Perth WA", "2023-03", "present",
              "facing", "contact_center",
              bullets=["Own complaints escalated from branches and the contact centre through to resolution, "
                       "calling customers directly",
                       "Write final response letters within the 30-day timeframe",
                       "Identify root causes and feed them back to product teams"],
              ach=["Cut average resolution time from 21 to 12 days in my first year",
                   "Recognised in the bank's Customer Champion awards 2024"]),
            E("Fraud Operations Analyst", "Swan River Bank", "Perth WA", "2021-05", "2023-02", "affecting",
              bullets=["Reviewed transaction-monitoring alerts, blocked compromised cards and raised chargebacks",
                       "Wrote procedures for the overnight team"]),
            E("Contact Centre Consultant", "Swan River Bank", "Perth WA", "2019-02", "2021-04",
              "facing", "contact_center",
              prose=True,
              bullets=["Moved from the branch into the Perth contact centre, answering 80+ inbound calls a day "
                       "on accounts, cards and internet banking, and joined the small-business queue in 2020."]),
            E("Customer Service Consultant", "Swan River Bank", "Joondalup WA", "2016-08", "2019-01",
              "facing", "in_person_service",
              bullets=["Teller transactions, account openings and appointment bookings for lenders"]),
            E("Shop Assistant", "Hillarys Hot Bread", "Hillarys WA", "2013-03", "2016-07",
              "facing", "in_person_service", note="Saturdays", bullets=[]),
        ]),
        ("lines", "Education", [
            "Diploma of Financial Services – Perth Central Institute\t2018",
            "Certificate IV in Fraud Control\t2022"]),
        ("referees", "Referees", [
            ["Michelle Yeo", "Head of Customer Resolution, Swan River Bank", "0491 578 957"],
            ["David Kerr", "Fraud Operations Manager, Swan River Bank", "0491 578 148"]]),
    ]))

# ----------------------------------------------------------------------- w018
R.append(dict(
    file="w018.txt", r="txt", layout_name="labelled", order="labelled", ttab=" ",
    family="Polish-born contact-centre agent in Limerick, plain text with 'Position: / Company: / Duration:' "
           "blocks, mm/yyyy dates, an au pair year",
    name="Karolina Nowak",
    contact=["Castletroy, Limerick", "083 555 0126", "karolina.nowak@example.com"],
    dstyle="mm/yyyy", present="present", sep=" – ", thead="caps", bullet="•", head_blank=True,
    blocks=[
        ("para", "Personal Profile",
         "Bilingual (Polish/English) customer care agent with six years in broadband and telecoms support. "
         "Calm, patient, and good with people who are not good with technology."),
        ("jobs", "Employment History", [
            E("Customer Care Agent (Polish/English)", "Shannon Broadband Ltd", "Limerick", "2022-04", "present",
              "facing", "contact_center",
              bullets=["Inbound calls and webchat from Polish- and English-speaking customers",
                       "Billing queries, upgrades and retention offers",
                       "Mentor two new starters on the Polish queue"]),
            E("Technical Support Agent", "Tellus Connect Ireland", "Shannon", "2020-01", "2022-03",
              "facing", "contact_center",
              bullets=["Troubleshot routers and TV boxes over the phone and booked engineer visits"]),
            E("Stock Controller", "Castletroy Home Store", "Limerick", "2017-05", "2019-12", "affecting",
              bullets=["Stock counts, goods-received notes and weekly replenishment orders"]),
            E("Sales Assistant", "Castletroy Home Store", "Limerick", "2016-02", "2017-04",
              "facing", "in_person_service", bullets=[]),
            E("Au Pair", "Private family", "Ennis, Co. Clare", "2015-06", "2016-01", "facing", "other_facing",
              bullets=["Looked after two children (4 and 7): school runs, homework, meals"]),
        ]),
        ("list", "Education", ["Licencjat (BA) in English Philology - University of Łódź Region, 2011-2014",
                               "QQI Level 5 Customer Service, 2019"]),
        ("list", "Languages", ["Polish - native", "English - fluent (C1)", "Russian - basic"]),
        ("para", "References", "Available on request from Shannon Broadband Ltd and Tellus Connect Ireland."),
    ]))

# ----------------------------------------------------------------------- w019
R.append(dict(
    file="w019.pdf", r="rl", layout_name="plain", order="title_org_dl", font="Times",
    family="New Zealand district council customer services advisor, reportlab single column in Times, title "
           "line then employer line with dates right, year-only volunteering",
    name="Mereana Hohaia",
    contact=["Blenheim 7201", "027 555 0163", "mereana.hohaia@example.co.nz"],
    dstyle="month", present="Current", sep=" – ", hdr="left", hstyle="under", bullet="•", size=10.5,
    blocks=[
        ("para", "Personal Statement",
         "Warm and practical customer services advisor with council and visitor-centre experience in "
         "Marlborough. Te reo Māori speaker; I enjoy helping people find their way through council processes."),
        ("jobs", "Employment History", [
            E("Customer Services Advisor", "Awatere District Council", "Blenheim", "2022-03", "present",
              "facing", "in_person_service",
              bullets=["Front counter and 0800 line for rates, dog registration, water leaks and building enquiries",
                       "Receipt payments and book inspections",
                       "Help walk-in customers fill in LIM and consent forms"]),
            E("Building Consents Administrator", "Awatere District Council", "Blenheim", "2020-02", "2022-02",
              "affecting",
              bullets=["Vetted building consent applications for completeness and entered them into the "
                       "consenting system",
                       "Issued code compliance certificates and maintained property files"]),
            E("Visitor Information Consultant", "Picton Visitor Centre", "Picton", "2017-10", "2020-01",
              "facing", "in_person_service",
              bullets=["Sold ferry, tour and accommodation bookings to walk-in visitors",
                       "Handled cruise-ship days with up to 2,000 passengers ashore"]),
            E("Cellar Door Host", "Rapaura Hills Wines", "Renwick", "2016-11", "2017-04",
              "facing", "in_person_service", note="seasonal", bullets=[]),
        ]),
        ("jobs", "Voluntary Work", [
            E("Reading Volunteer", "Taylor River School", None, "2023-01", "present", "facing", "volunteering",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Listen to junior pupils read one morning a week"]),
        ]),
        ("lines", "Education", [
            "New Zealand Certificate in Business (Level 4) – Top of the South Institute\t2019",
            "Te Reo Māori Level 5 – Te Wānanga o Waiharakeke\t2021"]),
        ("referees", "Referees", [
            ["Lisa Fenton – Customer Services Team Leader, Awatere District Council – 03 555 0102"],
            ["Rawiri Te Hau – Manager, Picton Visitor Centre – 03 555 0185"]]),
    ]))

# ----------------------------------------------------------------------- w020
R.append(dict(
    file="w020.md", r="md", layout_name="bold", order="org_title", mdstyle="bold",
    family="Melbourne pharmacy assistant with dispensary and online-warehouse jobs, Markdown with bold "
           "employer lines and italic titles, mm/yyyy dates",
    name="Anh Pham",
    contact=["Footscray VIC 3011", "0491 578 888", "anh.pham@example.com"],
    dstyle="mm/yyyy", present="Current", sep=" – ", bullet="*", md_contact_join=" | ",
    blocks=[
        ("para", "Summary",
         "Pharmacy assistant with dispensary and retail experience. Vietnamese and English speaker; "
         "I often help older Vietnamese customers at our pharmacy."),
        ("jobs", "Employment History", [
            E("Pharmacy Assistant", "Barkly Street Chemist", "Footscray VIC", "2022-01", "present",
              "facing", "in_person_service",
              bullets=["Advise customers on over-the-counter products and refer to the pharmacist",
                       "Hand out scripts at the front counter, take payments and explain dosage labels in Vietnamese",
                       "Order stock and check expiry dates"]),
            E("Dispensary Technician", "Westgate Compounding Pharmacy", "Altona North VIC", "2019-08", "2021-12",
              "affecting",
              bullets=["Compounded creams and capsules in the lab under pharmacist supervision",
                       "Packed dose administration aids for aged-care homes"]),
            E("Beauty Advisor", "Marigold Department Store", "Maribyrnong VIC", "2018-03", "2019-07",
              "facing", "in_person_service", note="casual",
              bullets=["Skin consultations and make-up at the counter; monthly sales targets"]),
            E("Online Order Picker", "ChemDirect Online", "Laverton VIC", "2017-06", "2018-02", "affecting",
              bullets=["Picked and packed online pharmacy orders; scanned and manifested parcels"]),
            E("Packing Line Operator", "Sunshine Noodle Factory", "Sunshine VIC", "2016-01", "2017-05", "none",
              bullets=["Ran the bagging machine and stacked cartons for dispatch"]),
        ]),
        ("lines", "Education", ["Certificate III in Community Pharmacy – 2020",
                                "Certificate IV in Hospital/Health Services Pharmacy Support – 2021"]),
        ("para", "Referees", "Peter Lam, Pharmacist in Charge, Barkly Street Chemist – 0491 579 212"),
    ]))

# ----------------------------------------------------------------------- w021
R.append(dict(
    file="w021.docx", r="docx", layout_name="gridtable", layout="table", order="labelled", grid=True,
    family="Punjabi-born aged-care worker in Tasmania, Word with a bordered Position / Company / Duration table "
           "per job, durations in brackets, a family carer period",
    name="Ravinder Kaur",
    contact=["Newnham TAS 7248", "0491 579 760", "ravinder.kaur@example.com"],
    dstyle="month", present="Current", sep=" to ", duration=True, hstyle="border", dfont="Arial", dsize=10,
    label_shade="DDE8F0",
    blocks=[
        ("para", "Career Objective",
         "Dedicated Assistant in Nursing seeking permanent part-time work in aged care. Kind, patient, "
         "and never too busy to sit with a resident."),
        ("jobs", "Employment History", [
            E("Assistant in Nursing", "Tamar Gardens Aged Care", "Launceston TAS", "2021-06", "present",
              "facing", "healthcare_care",
              bullets=["Personal care, pressure-area care and meal assistance for high-care residents",
                       "Blood glucose and vital signs; report to the RN",
                       "Handover notes in the care system"]),
            E("Leisure & Lifestyle Assistant", "Tamar Gardens Aged Care", "Launceston TAS", "2019-09",
              "2021-05", "facing", "healthcare_care",
              bullets=["Ran bingo, music sessions and bus outings",
                       "One-to-one visits for residents receiving palliative care"]),
            E("Cleaner", "Sparkle Commercial Cleaning", "Launceston TAS", "2018-02", "2019-08", "none",
              prose=True,
              bullets=["Evening contract cleaning of offices and a medical centre after they had closed, "
                       "working alone from a checklist."]),
            E("Full-time Carer (family)", None, None, "2016-05", "2018-01", "none", etype="unknown",
              bullets=["Cared for my father after his stroke until he moved into residential care"]),
            E("Sales Assistant", "Kaur Garments", "Phagwara, Punjab, India", "2012-04", "2015-12",
              "facing", "in_person_service", bullets=[]),
        ]),
        ("lines", "Education", [
            "Certificate III in Individual Support (Ageing) – Northern Tasmania Training\t2019",
            "Bachelor of Arts – Doaba Valley Girls College, Punjab\t2009 – 2012"]),
        ("referees", "Referees", [
            ["Sister Margaret O'Leary", "Clinical Nurse Manager, Tamar Gardens Aged Care", "0491 570 006"],
            ["Neil Bramich", "Supervisor, Sparkle Commercial Cleaning", "0491 570 156"]]),
    ]))

# ----------------------------------------------------------------------- w022
R.append(dict(
    file="w022.txt", r="txt", layout_name="inline", order="inline", wrap=72,
    family="Irish working-holiday maker in New Zealand, plain text wrapped at 72 columns as sent by e-mail, "
           "'Title, Employer, Town, dates' lines, kiwifruit packhouse and WWOOF",
    name="Eoin Fitzgerald",
    contact=["Rotorua, NZ (Working Holiday visa until Oct 2026 - extension applied for)",
             "Ph 022 555 0188 / eoin.fitz@example.ie"],
    dstyle="mon", present="Present", sep=" - ", thead="box", bullet="o", bind="  ",
    blocks=[
        ("para", "Profile",
         "Irish, 27. Three years behind the bar at home, then a year and a half working around New Zealand "
         "in hostels, cafes and the kiwifruit season. Hard working and easy going."),
        ("jobs", "Experience", [
            E("Night Manager", "Kiwi Nest Backpackers", "Rotorua", "2025-12", "present",
              "facing", "in_person_service",
              bullets=["Run reception from 6pm to 2am: check-ins, bookings for geothermal and rafting tours, "
                       "keeping the peace in the common room",
                       "Cash-up and night audit"]),
            E("Packhouse Worker", "Bay Gold Kiwifruit Packhouse", "Te Puke", "2025-04", "2025-07", "affecting",
              bullets=["Grading and packing kiwifruit trays on the line, night shift",
                       "Labelling pallets for export"]),
            E("Cafe All-rounder", "Flat White Corner", "Wellington", "2024-11", "2025-03",
              "facing", "in_person_service",
              bullets=["Coffee, till and tables in a busy CBD cafe"]),
            E("Barman", "Hanlon's Bar", "Listowel, Co. Kerry", "2021-06", "2024-08",
              "facing", "in_person_service", bullets=[]),
        ]),
        ("jobs", "Volunteering", [
            E("WWOOF Volunteer", "Tui Creek Farm", "Golden Bay", "2024-09", "2024-10", "none",
              section="volunteer", etype="volunteer",
              bullets=["Weeding, feeding animals and fencing in exchange for board"]),
        ]),
        ("lines", "Education", ["BSc Computing - Kingdom Institute of Technology (2017 - 2021)"]),
        ("para", "Referees", "Aroha (Manager), Kiwi Nest Backpackers - 07 555 0124. "
                             "Tom Hanlon, Owner, Hanlon's Bar - +353 68 555 0117."),
    ]))

# ----------------------------------------------------------------------- w023
R.append(dict(
    file="w023.pdf", r="fpdf", layout_name="twopage", order="title_org",
    family="Irish hotel front office manager in Killarney, two-page fpdf2 CV in serif with page footers, "
           "Key Responsibilities / Key Achievements, 'May – Sept 2015' seasonal guiding",
    name="Deirdre Hanafin",
    contact=["Muckross Road, Killarney, Co. Kerry", "087 555 0193  •  deirdre.hanafin@example.ie"],
    dstyle="month", present="Present", sep=" – ", hdr="centre", hstyle="shade", bullet="•",
    ffam="Serif", size=10, falign="J", footer="Deirdre Hanafin – Curriculum Vitae\tPage {p} of {n}", accent=(70, 30, 90),
    shade_rgb=(236, 228, 242), duration=False,
    subheads=("Key Responsibilities:", "Key Achievements:"),
    blocks=[
        ("para", "Personal Profile",
         "Hotel professional with thirteen years in Killarney hotels, from work placement to front office "
         "manager. Guest-focused, calm under pressure and experienced in revenue and reservations. Seeking a "
         "rooms division or guest experience management role."),
        ("list", "Core Skills", ["Opera PMS, channel manager and revenue tools", "Team leadership and rostering",
                                 "Complaint handling and service recovery", "Group and tour operator bookings",
                                 "Fluent French"]),
        ("jobs", "Career History", [
            E("Front Office Manager", "The Lakeshore Hotel Killarney", "Co. Kerry", "2021-03", "present",
              "facing", "in_person_service",
              bullets=["Lead a team of 11 receptionists, concierge and night porters across 142 bedrooms",
                       "Handle guest escalations and VIP arrivals personally",
                       "Weekly rosters, payroll hours and training plans"],
              ach=["Raised the front office review score from 8.6 to 9.2",
                   "Introduced mobile check-in with the Opera PMS upgrade"]),
            E("Revenue & Reservations Manager", "Torc View Hotel", "Killarney", "2018-05", "2021-02", "affecting",
              bullets=["Set room rates and restrictions across booking channels",
                       "Forecasting, pick-up reports and the annual rooms budget",
                       "Managed a reservations team of three"],
              ach=["RevPAR up 14% in 2019 against a flat market"]),
            E("Reservations Agent", "Torc View Hotel", "Killarney", "2016-04", "2018-04", "facing", "contact_center",
              bullets=["Phone and e-mail reservations, group quotes and tour-operator allocations"]),
            E("Night Porter", "Flesk Lodge Hotel", "Killarney", "2013-10", "2016-03", "facing", "in_person_service",
              bullets=["Overnight desk cover, late check-ins, security rounds and breakfast set-up"]),
            E("Tour Guide", "Kingdom Coach Tours", "Killarney", "2015-05", "2015-09", "facing", "other_facing",
              dt="May – Sept 2015", note="seasonal, days off from the Lodge",
              bullets=["Ring of Kerry day tours: commentary, stops and passenger care for coaches of 50"]),
            E("Front Office Trainee (work placement)", "Ardfert Bay Hotel", "Tralee", "2013-02", "2013-05",
              "facing", "in_person_service", etype="internship",
              bullets=["Check-in and check-out, switchboard and guest requests as part of my degree"]),
        ]),
        ("lines", "Education", [
            "BA (Hons) Hospitality Management – Kerry College of Hotel Studies\t2010 – 2013",
            "Professional Diploma in Hotel Revenue Management\t2019"]),
        ("referees", "Referees", [
            ["Conor Fleming", "General Manager, The Lakeshore Hotel Killarney", "064 555 0130"],
            ["Marie O'Sullivan", "Owner, Torc View Hotel", "064 555 0165"]]),
    ]))

# ----------------------------------------------------------------------- w024
R.append(dict(
    file="w024.docx", r="docx", layout_name="header+tabs", layout="styles", order="org_title",
    in_header=True, footer="Stephen Papadakis – Résumé",
    family="Darwin ex-Army public servant at a licensing centre and court registry, Word with contact in the "
           "page header and footer, employer line with right tab dates then title",
    name="Stephen Papadakis",
    contact=["Nightcliff NT 0810", "0491 579 455", "s.papadakis@example.com.au"],
    dstyle="mon", present="Current", sep=" - ", hstyle="caps", dfont="Georgia", dsize=10, bullet="•",
    blocks=[
        ("para", "Profile",
         "Former cavalry soldier, now eight years in Territory public-facing roles. Calm with difficult "
         "situations and meticulous with records."),
        ("jobs", "Employment History", [
            E("Client Service Officer", "Top End Licensing Centre", "Darwin NT", "2022-09", "present",
              "facing", "in_person_service",
              bullets=["Licence tests, registration renewals and transfers at the counter",
                       "Conduct knowledge tests and eyesight checks",
                       "Balance the till and reconcile daily takings"]),
            E("Court Registry Officer", "Casuarina Magistrates Court Registry", "Darwin NT", "2019-07", "2022-08",
              "facing", "in_person_service",
              bullets=["Accepted filings and fees at the registry counter",
                       "Helped self-represented parties with forms (no legal advice)"]),
            E("Jury Administration Officer", "Casuarina Magistrates Court Registry", "Darwin NT", "2018-01",
              "2019-06", "affecting",
              bullets=["Prepared jury panels, mailed summonses and processed juror payments"]),
            E("Cavalry Crewman (Trooper)", "Australian Army", "Robertson Barracks, NT", "2011-02", "2017-12",
              "none", etype="military",
              bullets=["ASLAV crew: vehicle maintenance, convoy and reconnaissance operations",
                       "Deployed overseas 2014"]),
        ]),
        ("jobs", "Volunteering", [
            E("Canteen Volunteer", "Nightcliff Crocs Football Club", None, "2019-01", "2023-12",
              "facing", "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Served food and drinks at the canteen on home-game days"]),
        ]),
        ("lines", "Training", ["Certificate IV in Government (Court Services)\t2020",
                               "Certificate II in Security Operations\t2018",
                               "Provide First Aid\t2025"]),
        ("referees", "Referees", [
            ["Nadia Costa", "Registry Manager, Casuarina Magistrates Court Registry", "08 5550 1190"],
            ["WO2 Pete Holloway (ret.)", "Former Squadron Sergeant Major, Australian Army", "0491 570 158"]]),
    ]))

# ----------------------------------------------------------------------- w025
R.append(dict(
    file="w025.html", r="html", layout_name="pipe", order="pipe",
    family="Barossa cellar door supervisor with vineyard and vintage work, HTML page with 'Title | Employer | "
           "Town' lines and dates, a 'Vintage 2021' job and a one-month festival role",
    name="Isabella Rossi",
    contact=["Tanunda SA 5352", "0491 570 159", "bella.rossi@example.com"],
    dstyle="mon", present="Present", sep=" – ",
    blocks=[
        ("para", "About Me",
         "Cellar door supervisor who grew up on a vineyard and has worked every part of the wine year, "
         "from pruning to pouring."),
        ("jobs", "Employment History", [
            E("Cellar Door Supervisor", "Kalimna Ridge Estate", "Tanunda SA", "2022-08", "present",
              "facing", "in_person_service",
              bullets=["Host tastings for walk-ins and pre-booked groups; sign up wine club members",
                       "Supervise five casual staff and set the weekend roster"]),
            E("Function Coordinator", "Kalimna Ridge Estate", "Tanunda SA", "2021-01", "2022-07",
              "facing", "sales_account",
              bullets=["Met couples and corporate clients to plan weddings and long lunches",
                       "Quoted, booked suppliers and ran the event on the day"]),
            E("Cellar Hand", "Moppa Creek Vineyards", "Moppa SA", "2021-02", "2021-05", "none",
              dt="Vintage 2021 (Feb – May)",
              bullets=["Crushing, pump-overs, barrel work and cleaning tanks on 12-hour shifts"]),
            E("Vineyard Hand", "Moppa Creek Vineyards", "Moppa SA", "2019-01", "2020-12", "none", prec="year",
              bullets=["Pruning, shoot thinning, irrigation checks and hand picking"]),
        ]),
        ("jobs", "Volunteering", [
            E("Festival Volunteer", "Valley Vintage Festival", "Barossa Valley", "2019-04", "2019-04",
              "facing", "volunteering", dt="April 2019", section="volunteer", etype="volunteer",
              bullets=["Ticketing and the information tent; directed visitors to shuttle buses"]),
        ]),
        ("lines", "Education", ["Bachelor of Wine Business – Fleurieu Institute of Agribusiness\t2016 – 2018",
                                "WSET Level 2 Award in Wines\t2022"]),
        ("referees", "Referees", [
            ["Tom Heinrich", "General Manager, Kalimna Ridge Estate", "0491 570 110"],
            ["Greta Lange", "Vineyard Manager, Moppa Creek Vineyards", "0491 570 313"]]),
    ]))

# ----------------------------------------------------------------------- w026
R.append(dict(
    file="w026.pdf", r="rl", layout_name="plain", order="dateline",
    family="Brisbane ex-Army driver turned building concierge, reportlab single column, title, employer and "
           "dates each on their own line, dash bullets",
    name="Michael 'Mick' Dorrington",
    contact=["Kangaroo Point QLD 4169  •  0491 571 266  •  mick.dorrington@example.com"],
    dstyle="mm/yyyy", present="Present", sep=" – ", hdr="left", hstyle="caps", bullet="-", size=10,
    creator="Microsoft® Word for Microsoft 365",
    blocks=[
        ("para", "Summary",
         "Reliable, presentable ex-serviceman with security and concierge experience. Holds a current "
         "Queensland security licence and a clean driving record."),
        ("jobs", "Work History", [
            E("Building Concierge", "Quay Towers Body Corporate", "Kangaroo Point QLD", "2023-02", "present",
              "facing", "in_person_service",
              bullets=["Welcome residents and visitors, sign in contractors and hold parcels",
                       "Monitor CCTV and respond to alarms after hours"]),
            E("Security Officer", "Sentinel Guard Services", "Brisbane QLD", "2019-03", "2023-01", "none",
              bullets=["Static and mobile patrols of construction sites and depots overnight",
                       "Alarm responses and incident reports"]),
            E("Transport Operator (Driver)", "Australian Army", "Enoggera QLD", "2011-06", "2019-02",
              "affecting", etype="military",
              bullets=["Drove heavy vehicles delivering rations, fuel and stores to field units",
                       "Convoy commander on exercises; vehicle inspections"]),
            E("Storeman", "Coopers Plains Trade Supplies", "Coopers Plains QLD", "2008-01", "2011-05",
              "facing", "in_person_service",
              bullets=["Forklift, goods in and dispatch",
                       "Served trade customers at the counter when it was short-staffed"]),
        ]),
        ("list", "Licences", ["Security Licence – Class 1A (QLD)", "HR truck licence",
                              "Forklift (LF)", "Provide First Aid – 2025"]),
        ("lines", "Training", ["Certificate II in Security Operations\t2019",
                               "Certificate III in Transport & Logistics (Army)\t2013"]),
        ("referees", "Referees", [
            ["Sharon Pike", "Chair, Quay Towers Body Corporate Committee", "0491 571 491"],
            ["Craig Munro", "Operations Supervisor, Sentinel Guard Services", "0491 571 804"]]),
    ]))

# ----------------------------------------------------------------------- w027
R.append(dict(
    file="w027.docx", r="docx", layout_name="sidebar", layout="sidebar", order="title_org_dl", job_table=True,
    family="Christchurch bank branch manager with rural lending background, Word shaded sidebar layout table, "
           "nested job tables, school board trustee role",
    name="Fiona McKenzie",
    contact=["Riccarton, Christchurch 8041", "021 555 0146", "fiona.mckenzie@example.co.nz"],
    dstyle="mon", present="Present", sep=" – ", hstyle="caps", side_hex="DCE6F1", dfont="Calibri",
    side=[
        ("list", "Key Skills", ["Branch leadership & coaching", "Rural and business lending",
                                "Credit assessment", "Customer remediation"]),
        ("list", "Qualifications", ["BCom (Agricultural Economics), 2009", "Diploma in Banking, 2014"]),
        ("referees", "Referees", [
            ["Hugh Prendeville", "Regional Manager,", "Canterbury Plains Bank", "03 555 0136"],
            ["Ana Latu", "Former Area Manager,", "Southland Rural Finance", "03 555 0179"]]),
    ],
    blocks=[
        ("para", "Career Summary",
         "Retail and rural banker with sixteen years across teller, relationship, credit and branch "
         "management roles. Still happiest on the branch floor."),
        ("jobs", "Employment History", [
            E("Branch Manager", "Canterbury Plains Bank", "Riccarton", "2020-08", "present",
              "facing", "in_person_service",
              bullets=["Lead a branch team of nine: coaching, sales performance, risk and compliance",
                       "Step in on complex complaints and hardship conversations with customers"]),
            E("Credit Analyst", "Canterbury Plains Bank", "Christchurch", "2017-02", "2020-07", "affecting",
              bullets=["Assessed business lending applications and wrote credit papers for approval"]),
            E("Relationship Manager – Rural", "Southland Rural Finance", "Gore", "2013-04", "2017-01",
              "facing", "sales_account",
              prose=True,
              bullets=["Looked after a portfolio of 85 farming clients across Southland, visiting them on farm for "
                       "annual reviews, seasonal finance and lending for land and herd purchases."]),
            E("Teller", "Southland Rural Finance", "Gore", "2010-01", "2013-03",
              "facing", "in_person_service", bullets=[]),
        ]),
        ("jobs", "Community Roles", [
            E("Board Trustee (Finance)", "Riccarton Primary School Board", None, "2022-01", "present", "none",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Finance portfolio; monthly board meetings and budget approval"]),
        ]),
    ]))

# ----------------------------------------------------------------------- w028
R.append(dict(
    file="w028.txt", r="txt", layout_name="orgfirst", order="orgfirst", org_caps=True, rdates=True, twidth=80,
    family="Newcastle carpenter moving to a hardware store, plain text with employer headings in capitals and "
           "roles beneath, 'July 2024 to current' dates, year-only apprenticeship",
    name="Jarrod Whitlam",
    contact=["Rutherford NSW 2320", "0491 572 549", "jwhitlam.carpentry@example.com"],
    dstyle="month", present="current", sep=" to ", thead="colon", bullet="-", name_caps=True,
    blocks=[
        ("para", "Career Objective",
         "Qualified carpenter with 16 years' experience, now looking to build a career in hardware and "
         "building-supplies sales."),
        ("jobs", "Employment History", [
            E("Hardware Sales Assistant", "Hunter Timber & Hardware", "Maitland NSW", "2024-07", "present",
              "facing", "in_person_service",
              bullets=["Advise builders and DIYers on timber, fixings and paint",
                       "Tint paint, cut keys and load utes in the timber yard"]),
            E("Carpenter / Owner", "Whitlam Carpentry", "Lower Hunter", "2017-03", "2024-06",
              "facing", "entrepreneurial_freelance", etype="freelance",
              bullets=["Decks, pergolas and renovations for home owners - quoting, scheduling and working "
                       "around families in their own homes",
                       "Bookkeeping, BAS and insurance for the business"]),
            E("Carpenter", "Coastal Homes Pty Ltd", "Newcastle NSW", "2012-01", "2017-02", "none",
              bullets=["Framing, lock-up and fix-out on new project homes"]),
            E("Apprentice Carpenter", "Coastal Homes Pty Ltd", "Newcastle NSW", "2008-01", "2011-12", "none",
              prec="year", etype="internship", bullets=[]),
        ]),
        ("jobs", "Volunteer", [
            E("Volunteer", "Mayfield Community Shed", None, "2020-01", "present", "facing", "volunteering",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Repair furniture for local charities and teach basic woodwork to new members"]),
        ]),
        ("lines", "Licences / Tickets", ["Contractor Licence (Carpentry) NSW - current",
                                         "Certificate III in Carpentry - 2011", "White Card", "Forklift LF"]),
        ("referees", "Referees", [
            ["Dale Prentice - Store Manager, Hunter Timber & Hardware - 0491 572 665"],
            ["Rob & Kylie Anders - renovation clients, East Maitland - 0491 572 983"]]),
    ]))

# ----------------------------------------------------------------------- w029
R.append(dict(
    file="w029.pdf", r="fpdf", layout_name="left", order="title_org_dl",
    family="Irish social care worker in Tipperary with relief care, SNA and community employment scheme jobs, "
           "fpdf2 left header with contact on one line, 'Summer 2017' camp",
    name="Orla Gleeson",
    contact=["Thurles, Co. Tipperary", "087 555 0158", "orla.gleeson@example.ie"],
    contact_inline=True, dstyle="mm/yyyy", present="Present", sep=" – ", hdr="left", hstyle="rule",
    bullet="–", accent=(90, 40, 120), size=9.5,
    blocks=[
        ("para", "Personal Statement",
         "CORU-registered social care worker with eight years supporting children and adults with "
         "disabilities. Person-centred, steady in a crisis and good at building trust with families."),
        ("jobs", "Work Experience", [
            E("Social Care Worker", "Brookfield Residential Services", "Thurles", "2021-09", "present",
              "facing", "healthcare_care",
              bullets=["Key worker for three adults with intellectual disabilities in a community house",
                       "Person-centred plans, outings and keeping in touch with families",
                       "Medication administration (SAMS trained) and HIQA documentation"]),
            E("Relief Care Assistant", "St. Aidan's Respite House", "Cashel", "2019-10", "2023-06",
              "facing", "healthcare_care", note="weekends & nights",
              bullets=["Weekend and overnight respite shifts supporting children with complex needs"]),
            E("Special Needs Assistant", "Scoil Naomh Bríd", "Holycross", "2018-09", "2021-06",
              "facing", "education",
              bullets=["Supported two pupils with autism in a mainstream third class",
                       "Break-time supervision and sensory room sessions"]),
            E("Receptionist (CE Scheme)", "Thurles Family Resource Centre", "Thurles", "2016-09", "2017-05",
              "facing", "in_person_service",
              bullets=["Reception, phones and room bookings for community groups"]),
            E("Summer Camp Leader", "Tipp Active Summer Camps", "Thurles", "2017-06", "2017-08",
              "facing", "education", dt="Summer 2017",
              bullets=["Led games and crafts for groups of 15 children aged 6–10"]),
        ]),
        ("lines", "Education", [
            "BA (Hons) Applied Social Studies in Social Care – Midwest Institute of Technology\t2016 – 2020",
            "QQI Level 5 Special Needs Assisting\t2018"]),
        ("list", "Training", ["Children First (Tusla) – 2025", "Safety Intervention – 2024",
                              "Manual Handling – 2024"]),
        ("referees", "Referees", [
            ["Maura Dwyer – Person in Charge, Brookfield Residential Services – 0504 555 0120"],
            ["Liam Ryan – Principal, Scoil Naomh Bríd – 0504 555 0177"]]),
    ]))

# ----------------------------------------------------------------------- w030
R.append(dict(
    file="w030.docx", r="docx", layout_name="styles+summary", layout="styles", order="title_org",
    footer="Tania Rewi  |  CV  |  Auckland",
    family="Auckland energy-retailer contact-centre team leader, Word heading styles with a Career Summary list "
           "of roles repeated in the Employment History, footer, market-research phone interviewing",
    name="Tania Rewi",
    contact=["Māngere Bridge, Auckland 2022", "021 555 0114", "tania.rewi@example.co.nz"],
    dstyle="mon", present="Present", sep=" – ", hstyle="h2", dfont="Calibri", dsize=10.5,
    subheads=("Key responsibilities:", "Achievements:"),
    blocks=[
        ("lines", "Career Summary", [
            "Team Leader – Customer Contact, Kauri Energy Ltd\t2022 – Present",
            "Workforce Planning Analyst, Kauri Energy Ltd\t2020 – 2022",
            "Customer Service Representative, Kauri Energy Ltd\t2018 – 2020",
            "Telephone Interviewer, Pacific Research Panel Ltd\t2016 – 2018",
            "Retail Sales Assistant, Newmarket Shoe Co.\t2014 – 2016"]),
        ("jobs", "Employment History", [
            E("Team Leader – Customer Contact", "Kauri Energy Ltd", "Auckland", "2022-05", "present",
              "facing", "contact_center",
              bullets=["Coach 14 consultants through call listening, side-by-sides and monthly 1:1s",
                       "Take escalated calls and call back customers who have complained"],
              ach=["Team NPS up from +21 to +38 in 18 months",
                   "Lowest attrition of the six teams in FY25"]),
            E("Workforce Planning Analyst", "Kauri Energy Ltd", "Auckland", "2020-09", "2022-04", "affecting",
              bullets=["Forecast call and chat volumes and built rosters to hit service levels",
                       "Intraday monitoring and break scheduling"]),
            E("Customer Service Representative", "Kauri Energy Ltd", "Auckland", "2018-02", "2020-08",
              "facing", "contact_center",
              bullets=["Inbound calls on bills, moving house and payment arrangements"]),
            E("Telephone Interviewer", "Pacific Research Panel Ltd", "Auckland", "2016-06", "2018-01",
              "facing", "contact_center", note="part-time",
              bullets=["Called members of the public to run 15-minute opinion and brand surveys"]),
            E("Retail Sales Assistant", "Newmarket Shoe Co.", "Newmarket", "2014-11", "2016-05",
              "facing", "in_person_service", bullets=[]),
        ]),
        ("jobs", "Volunteer Work", [
            E("Volunteer Adviser", "Māngere Community Advice Centre", None, "2019-01", "2021-12",
              "facing", "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Answered walk-in questions about tenancy, benefits and consumer rights"]),
        ]),
        ("lines", "Education", ["Diploma in Business (Level 5) – Manukau Institute of Business\t2017",
                                "NCEA Level 3 – Ōtāhuhu Heights College\t2013"]),
        ("referees", "Referees", [
            ["Paula Henare", "Contact Centre Manager, Kauri Energy Ltd", "09 555 0192"],
            ["Steve Wu", "Field Supervisor, Pacific Research Panel Ltd", "09 555 0141"]]),
    ]))
