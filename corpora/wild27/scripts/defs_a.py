"""Résumés w001–w015 (wild27).  All people, employers and towns are invented."""
from lib import DateFmt, E

F, A, N = "facing", "affecting", "none"
IPS, CC, DS, SA, HC, ED, VOL, ENT, IS, OF = ("in_person_service", "contact_center", "digital_service", "sales_account",
                                             "healthcare_care", "education", "volunteering",
                                             "entrepreneurial_freelance", "internal_support", "other_facing")

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.pdf", render="rl", layout="plain", hdr="title_org", font="helv", size=10, margin=50,
    family="US line cook promoted to sous chef who hosts a chef's counter, Word-to-PDF single column",
    code="reportlab, plain/title_org, mon / 'Present'",
    df=DateFmt("mon", "Present", " – "), bullet="•", accent=(0.15, 0.15, 0.15),
    name="Devon Whitcombe",
    contact=["Cedar Hollow, OR 97399 · (541) 555-0187 · devon.whitcombe@mailbox.net"],
    sections=[
        ("text", "Summary",
         "Cook with seven years on busy lines, now second in command of a scratch kitchen. I like a clean station, "
         "a tight prep list and feeding people who care about where their food comes from."),
        ("entries", "Experience", [
            E("Sous Chef", "Ember & Oak", "Cedar Hollow, OR", "2023-03", "present", [
                "Run the line five nights a week for a 140-seat dining room and expedite on Fridays and Saturdays",
                "Write the weekly prep lists and place produce, meat and dairy orders with four local suppliers",
                "Host the Thursday chef's counter: cook and plate seven courses for 12 guests at the pass and talk "
                "them through each dish and the farm it came from",
                "Brought food cost down from 34% to 29% by reworking how we break down whole animals",
            ], F, IPS),
            E("Line Cook", "Ember & Oak", "Cedar Hollow, OR", "2021-05", "2023-02", [
                "Grill, sauté and garde manger; 200+ covers on weekend nights",
                "Trained three new cooks on the grill station and on our temperature-log routine",
            ], A),
            E("Prep Cook", "Little Basil Kitchen", "Fairmont Ridge, OR", "2019-08", "2021-04", [
                "Morning prep for a Thai-fusion menu: curry pastes, stocks, proteins portioned for service",
                "Kept the walk-in organized and FIFO; checked deliveries against invoices",
            ], A),
            E("Dishwasher", "Tall Pines Lodge", "Tallowood, OR", "2018-06", "2018-08", [], A, dt="Summer 2018"),
        ]),
        ("entries", "Volunteer", [
            E("Volunteer Cook", "Cedar Hollow Community Supper", "Cedar Hollow, OR", "2022-01", "present", [
                "Cook the Tuesday hot meal for 60–80 neighbors and serve plates at the hatch with the rest of the crew",
            ], F, VOL, section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education & Certifications", [
            "Culinary Arts Certificate — Fairmont Ridge Community College, 2019",
            "Oregon Food Handler Card (current) · ServSafe Manager, 2023",
        ]),
        ("text", "Skills",
         "Whole-animal butchery · fermentation · menu costing · inventory & ordering · expo · bilingual kitchen Spanish"),
    ],
))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.docx", render="docx", layout="styles", hdr="dash", heading_style=True, heading_level=1,
    entry_heading_level=2, font="Calibri", size=10.5, bullet=None,
    family="UK hotel housekeeping career moving to front office, Word heading styles and list bullets",
    code="docx, styles/dash, mon / 'Present'",
    df=DateFmt("mon", "Present", " – "),
    name="Joanna Kowalik",
    contact=["14 Orchard Close, Harrowmere, Wiltshire SN9 4TT", "07700 900 318 · joanna.kowalik@mailbox.co.uk"],
    sections=[
        ("text", "Personal Statement",
         "Reliable and hard-working hotel professional with six years at Pennick House, from room attendant "
         "to supervisor and now on the front desk. Fluent in Polish and English. Looking for a Front Office "
         "Supervisor role where my housekeeping background helps the two departments work together."),
        ("entries", "Employment History", [
            E("Front Office Agent", "Pennick House Hotel", "Harrowmere", "2024-10", "present", [
                "Check guests in and out on Opera PMS, take payments and pre-authorisations",
                "Deal with room moves, late checkouts and complaints at the desk",
                "Cover the switchboard and the reservations inbox at weekends",
            ], F, IPS),
            E("Housekeeping Supervisor", "Pennick House Hotel", "Harrowmere", "2022-04", "2024-09", [
                "Allocated rooms to a team of nine attendants and checked every departure before releasing it",
                "Spoke to guests in person about housekeeping complaints and arranged room changes or "
                "compensation with reception",
                "Ordered chemicals and linen, kept COSHH records up to date",
            ], F, IPS),
            E("Room Attendant", "Pennick House Hotel", "Harrowmere", "2020-06", "2022-03", [
                "Cleaned and serviced up to 14 rooms per shift to brand standard",
                "Restocked minibars and reported maintenance faults to the engineer",
            ], A),
            E("Laundry Assistant", "Brightwell Linen Services", "Harrowmere", "2019-02", "2020-05", [
                "Fed sheets and towels through the ironers and folders for hotel and care-home contracts",
            ], A),
            E("Kitchen Porter", "The Drovers Arms", "Stelbury", "2018-08", "2019-01", [], A),
        ]),
        ("list", "Training & Qualifications", [
            "Level 2 Award in Food Safety in Catering (2023)",
            "Level 2 Principles of Customer Service (2024)",
            "Internal Opera PMS training (front desk module)",
        ]),
        ("kv", "Other", [("Languages", "Polish (native), English (fluent)"),
                         ("Driving", "Full UK licence"), ("References", "Available on request")]),
    ],
))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.txt", render="txt", txt_mode=None, hdr="title_org", width=84, wrap=False, bullet="*",
    family="Philippine seafarer CV pasted as text: sea service record table with sign-on/sign-off days, land-based jobs below",
    code="txt, seafarer table + title_org, dd-Mon-yyyy (sea) / month",
    df=DateFmt("month", "Present", " - "),
    name="JOMAR REYES VILLAFLOR",
    top=["CURRICULUM VITAE", "", "JOMAR REYES VILLAFLOR",
         "Purok 3, Brgy. San Roque, Hinablan, Leyte 6512",
         "Mobile: 0917 555 0142 / 0998 555 3310",
         "Email: jomar.villaflor@mailbox.ph",
         "", "Position applied for: ASSISTANT WAITER / WAITER"],
    sections=[
        ("kv", "Personal Data", [("Date of Birth", "September 9, 1997"), ("Civil Status", "Single"),
                                  ("Height / Weight", "5'7\" / 63 kg"), ("Religion", "Roman Catholic"),
                                  ("Seaman's Book (SIRB)", "C1480027"), ("Passport", "P4402918B")]),
        ("text", "Objective",
         "To be part of your company as Assistant Waiter or Waiter where I can use my experience on board "
         "and my skills in food and beverage service."),
        ("sea", "Sea Service Record", [
            E("Assistant Waiter", "Solenne Cruise Line", None, "2025-01", "2025-09", [
                "Served breakfast, lunch and dinner in the main dining room, 2 sittings, station of 8 tables with "
                "my head waiter",
                "Took drink orders and explained menu items to guests including allergy information",
                "Set up and cleared side stations, polished silverware and glassware",
            ], F, IPS, dt=("10-Jan-2025", "02-Sep-2025"), extra="MV Sea Lantern"),
            E("Assistant Waiter", "Solenne Cruise Line", None, "2024-03", "2024-10", [
                "Main dining room and Lido buffet service, helped guests with trays and special requests",
            ], F, IPS, dt=("14-Mar-2024", "22-Oct-2024"), extra="MV Coral Vesper"),
            E("Galley Utility", "Solenne Cruise Line", None, "2023-05", "2024-01", [
                "Washed pots and kitchen equipment, operated the dishwashing machine",
                "Segregated garbage for incinerator and recycling as per environmental procedure",
                "Transferred provisions from the stores to the galley",
            ], A, dt=("20-May-2023", "18-Jan-2024"), extra="MV Coral Vesper"),
        ]),
        ("entries", "Land-Based Experience", [
            E("Service Crew", "Mang Tonyo's Chicken Inasal", "Hinablan, Leyte", "2019-06", "2023-02", [
                "Took orders at the counter and served food to the tables",
                "Cashiering during rush hours",
                "Cleaning of dining area and comfort rooms",
            ], F, IPS),
            E("On-the-Job Trainee (F&B Service)", "Hotel Primavera Bay", "Sta. Leonora City, Iloilo",
              "2019-01", "2019-04", [
                "Banquet service for weddings and seminars",
                "Room service order taking and delivery to guest rooms",
            ], F, IPS, etype="internship", extra="300 hours, BSHM practicum"),
        ]),
        ("entries", "School Activities", [
            E("Working Student (Canteen)", "Leyte Southern Colleges", "Hinablan, Leyte", "2016", "2018", [
                "Served meals to students and faculty at the canteen counter in exchange for a tuition discount",
            ], F, IPS, section="other"),
        ]),
        ("lines", "Trainings / Certificates", [
            "Basic Safety Training (STCW) - 2023",
            "Security Awareness Training - 2023",
            "Crowd Management / Crisis Management - 2023",
            "Food Safety and Sanitation (TESDA NC II Food and Beverage Services) - 2019",
        ]),
        ("lines", "Education", [
            "Bachelor of Science in Hospitality Management",
            "Leyte Southern Colleges, Hinablan, Leyte - 2015 to 2019",
        ]),
    ],
    tail=["", "I hereby certify that the above information is true and correct to the best of my knowledge.",
          "", "JOMAR R. VILLAFLOR"],
    sea_cols=["Vessel", "Position", "Company", "Sign On", "Sign Off"],
    underline="=",
))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.html", render="html", layout="gdoc",
    family="Irish bar worker back from a working holiday in Australia and NZ, Google Docs HTML export",
    code="html, gdoc/'Title, Employer, Town' + dates on one line, mon / 'Present'",
    df=DateFmt("mon", "Present", " – "),
    name="Ciara Mulhern",
    contact=["Kilcarrow, Co. Clare · 087 555 2290 · ciara.mulhern@mailbox.ie"],
    html_title="Ciara Mulhern CV 2026",
    css="""
.lst-kix_list_1-0>li:before{content:"\\25cf   "}
ul.lst-kix_list_1-0{list-style-type:none}
.c0{padding:0;margin:0}
.c1{font-weight:700;font-size:11pt;font-family:"Arial"}
.c2{font-weight:400;font-size:10pt;font-family:"Arial"}
.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}
.c4{padding-top:8pt;padding-bottom:2pt;line-height:1.15}
.c5{color:#1c4587;font-weight:700;font-size:12pt;font-family:"Arial"}
.c6{font-style:italic;font-size:10pt;color:#666666}
.c7{font-weight:700;font-size:22pt;font-family:"Arial"}
.c8{font-style:italic;font-size:9pt}
.c9{padding-top:14pt;border-bottom:1px solid #1c4587}
.c12{padding-bottom:4pt}
""",
    sections=[
        ("text", "About me",
         "I've worked in pubs and hotel bars since I was 17 and spent 2023–2024 travelling and working in New "
         "Zealand and Australia. Home in Clare now and running the bar at the Gallows Tree. Easy-going, quick "
         "on a busy bar and good with people."),
        ("entries", "Work experience", [
            E("Bar Supervisor", "The Gallows Tree", "Kilcarrow, Co. Clare", "2025-03", "present", [
                "Run the bar on busy weekend nights with a team of 4–6, plus the Thursday trad session",
                "Serve and look after locals and tourists, deal with complaints and anyone who's had enough",
                "Cash up, do the stock order and clean the lines every Monday",
            ], F, IPS),
            E("Barista", "Saltbox Coffee", "Tarrant Heads, NSW, Australia", "2024-01", "2024-12", [
                "300+ coffees a morning on a two-group machine, latte art, every milk you can think of",
                "Took orders and got to know a lot of regulars from the surf club",
            ], F, IPS),
            E("Fruit Picker & Packer", "Greenhill Orchards", "Mirrabook, QLD, Australia", "2023-10", "2023-12", [
                "Picked mangoes and packed trays in the shed for my 88 days of regional work",
            ], N),
            E("Housekeeper", "Alpine Crest Lodge", "Glenarvon, New Zealand", "2023-06", "2023-08", [
                "Cleaned chalets and shared bathrooms between ski weeks and did laundry for 40 beds",
            ], A, dt="Winter 2023"),
            E("Bar & Lounge Staff", "Mulcahy's Hotel", "Kilcarrow, Co. Clare", "2019-06", "2023-02", [
                "Pulled pints, served food in the lounge and worked weddings and funerals in the function room.",
                "Part-time during college and full-time in the summers.",
            ], F, IPS, prose=True),
        ]),
        ("list", "Certs", ["RSA (NSW) – 2024", "Manual Handling – 2025", "Allergen awareness (FSAI online) – 2025"]),
        ("text", "Education",
         "Leaving Certificate, Scoil Bhríde, Kilcarrow (2019). 1st year Arts at Carrowbeg Institute — didn't finish."),
        ("text", "References", "Available on request."),
    ],
))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.pdf", render="fpdf", layout="left", hdr="orgfirst", font="dejavu", size=9.5, margin=17,
    paper="letter",
    family="Canadian banquet captain promoted through one hotel, fpdf2 left header, employer heading with roles beneath",
    code="fpdf2, left/orgfirst, mon. / 'Present'",
    df=DateFmt("mon.", "Present", " – "), bullet="–", accent=(120, 30, 40),
    name="Priya Ramnarine",
    headline="Banquet & Events Service Leader",
    contact_join="   |   ",
    contact=["Port Alderley, ON", "289-555-0134", "priya.ramnarine@mailbox.ca"],
    sections=[
        ("text", "Profile",
         "Banquet captain with five years in a 320-room convention hotel. Calm on the floor at 400-guest "
         "weddings, strong with floor plans and timing, and the person planners ask for by name."),
        ("entries", "Experience", [
            E("Banquet Captain", "Harbourview Grand Hotel", "Port Alderley, ON", "2023-05", "present", [
                "Lead service teams of 10–25 for weddings, galas and corporate banquets of up to 420 guests",
                "Meet the couple or event planner on arrival and act as their contact for timings, speeches and "
                "any changes during the night",
                "Draw floor plans and side-station checklists; brief servers before doors open",
            ], F, IPS),
            E("Banquet Server", "Harbourview Grand Hotel", "Port Alderley, ON", "2021-06", "2023-04", [
                "Plated, family-style and French service; wine service and bar support at receptions",
            ], F, IPS),
            E("Banquet Houseperson", "Harbourview Grand Hotel", "Port Alderley, ON", "2020-09", "2021-05", [
                "Set and flipped ballrooms overnight: tables, staging, dance floor and linens",
                "Moved AV equipment and chairs between meeting rooms for the next day's events",
            ], A),
            E("Host", "Kettle & Pike Bistro", "Port Alderley, ON", "2019-04", "2020-03", [
                "Greeted guests, ran the reservation book and waitlist, and answered the phone",
            ], F, IPS),
            E("Catering Assistant (Co-op Placement)", "Lakeshore Polytechnic – Culinary Commons",
              "Port Alderley, ON", "2019-01", "2019-04", [
                "Assembled sandwich platters and hot trays for on-campus catering orders in the commissary kitchen",
            ], A, etype="internship"),
        ]),
        ("lines", "Education", [
            "Hospitality – Hotel and Restaurant Operations Management (Ontario College Diploma), "
            "Lakeshore Polytechnic, 2019",
        ]),
        ("kv", "Certifications", [("Smart Serve", "Ontario, current"), ("Food Handler", "2022"),
                                  ("First Aid / CPR C", "2024")]),
    ],
))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.docx", render="docx", layout="tabs", hdr="datefirst", font="Arial", size=10,
    family="Spanish hospitality CV in English, Europass-like: dates first, seasonal Mallorca contracts, year-only older job",
    code="docx, tabs/datefirst, mm/yyyy / 'currently'",
    df=DateFmt("mm/yyyy", "currently", " – "), bullet="▪", accent=(0x2E, 0x5E, 0x8C), headcase="upper",
    name="Lucía Ferrán Quiroga",
    contact=["C/ del Pozo 7, 2ºB · 33719 Villanueva del Cerro (Asturias), Spain",
             "+34 655 501 284 · lucia.ferran@mailbox.es", "Nationality: Spanish · Date of birth: 03/02/1998"],
    sections=[
        ("entries", "Work Experience", [
            E("Kitchen Assistant", "Casa Ferrán (family restaurant)", "Villanueva del Cerro, Asturias",
              "2024-11", "present", [
                "Preparation of the menú del día with my mother: stews, fabada, tortillas; plating and kitchen cleaning",
                "Ordering from suppliers and stock rotation",
            ], A),
            E("Room Attendant (Camarera de Pisos)", "Hotel Cala Morisca", "Port d'Alcanet, Mallorca",
              "2024-05", "2024-10", [
                "Cleaning of 16–18 rooms daily, making of beds and replacement of amenities",
                "Communication with the governess about rooms out of order",
            ], A, extra="Seasonal contract (fijo discontinuo)"),
            E("Bartender – Pool Bar", "Hotel Cala Morisca", "Port d'Alcanet, Mallorca", "2023-05", "2023-10", [
                "Preparation of cocktails, smoothies and snacks for the hotel clients at the pool",
                "Attention to clients in Spanish, English and basic German",
                "Charges to room and cash closing",
            ], F, IPS, extra="Seasonal contract"),
            E("Waitress", "Bar Restaurante El Faro Viejo", "Villanueva del Cerro, Asturias", "2020", "2022", [
                "Table and terrace service, taking orders, pouring cider in the traditional way (escanciar)",
            ], F, IPS),
            E("Receptionist (internship)", "Hostal Mirador de Arán", "Estanyol d'Aran, Lleida", "2019-03", "2019-06", [
                "Check-in and check-out of guests, reservations by phone and booking platforms",
                "Information to guests about excursions and ski slopes",
            ], F, IPS, etype="internship"),
        ]),
        ("lines", "Education and Training", [
            "2017 – 2019\tTécnico Superior en Gestión de Alojamientos Turísticos (Higher Technician in Tourist "
            "Accommodation Management), IES Punta Galea, Villanueva del Cerro",
            "2022\tFood handler certificate (manipulador de alimentos)",
        ]),
        ("kv", "Languages", [("Spanish", "native"), ("English", "B2"), ("German", "A2"), ("Asturian", "spoken")]),
        ("kv", "Digital skills", [("Software", "Office, PMS for hotels, TPV/POS")]),
    ],
))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007.md", render="md", layout="h3", hmark="##",
    family="US barista and contactless delivery driver (two jobs at once), fast-food crew to shift lead, Markdown",
    code="md, h3/title_org, mon / 'Present'",
    df=DateFmt("mon", "Present", " – "), bullet="-",
    name="Jaylen Okafor",
    headline="Barista · shift lead · reliable open-to-close",
    contact=["Marlow Creek, GA", "(470) 555-0163", "jaylen.okafor@mailbox.com"],
    sections=[
        ("entries", "Work Experience", [
            E("Barista", "Greenmarket Roasters", "Marlow Creek, GA", "2023-06", "present", [
                "Opening shift 3x a week: dial in espresso, bake off pastries, open the register",
                "Ring up and make drinks for a line that goes out the door at 8am",
                "Training two new hires on bar flow",
            ], F, IPS),
            E("Delivery Driver (independent contractor)", "Self-employed", "Marlow Creek, GA", "2022-03",
              "present", [
                "Pick up restaurant orders and drop them at the door — contactless, with a photo confirmation in the app",
                "4.9 rating over 3,800 deliveries; keep insulated bags clean and orders sealed",
            ], A, etype="freelance", extra="Forkly and RunnerBee apps, evenings and weekends"),
            E("Shift Lead", "Clucksworth Chicken #214", "Marlow Creek, GA", "2020-01", "2022-02", [
                "Ran closing shifts with 6–8 crew; counted drawers and did the night deposit",
                "Worked the drive-thru headset at rush and took care of customer complaints and refunds",
            ], F, IPS),
            E("Crew Member", "Clucksworth Chicken #214", "Marlow Creek, GA", "2018-09", "2019-12", [
                "Breading and fryer station; kept the warming cabinet stocked to hold times",
                "Cleaned hoods and filtered oil at close",
            ], A),
        ]),
        ("list", "Education", ["Marlow Creek High School — diploma, 2018",
                               "Some coursework, Business Admin, Okefield Technical College (2019)"]),
        ("list", "Certifications", ["ServSafe Food Handler", "Georgia driver's license, clean record"]),
        ("text", "Availability", "Mornings and weekends; can do 30+ hrs."),
    ],
))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.pdf", render="rl", layout="sidebar", hdr="pipe", font="dejavu", size=9.5, paper="A4",
    name_in_sidebar=True, sidebar_w=175, sidebar_rgb=(0.86, 0.93, 0.92), accent=(0.0, 0.38, 0.40),
    family="Thai resort guest-relations officer, reportlab with shaded left sidebar, pipe title/employer/place line",
    code="reportlab, sidebar/pipe, mon / 'till date'",
    df=DateFmt("mon", "till date", " – "), bullet="•", headcase="upper",
    name="Natthaporn Srisuk",
    headline="Guest Relations · Resort Operations",
    contact=[],
    sidebar=[
        ("lines", "Contact", ["+66 81 555 0419", "natthaporn.srisuk@mailbox.co.th", "Koh Samran, Surat Thani"]),
        ("lines", "Languages", ["Thai – native", "English – fluent", "Mandarin – basic"]),
        ("list", "Skills", ["Opera PMS", "Guest recovery", "Event set-ups", "Boat & sea safety"]),
        ("lines", "Certificates", ["Divemaster (2021)", "First Aid & CPR (2024)"]),
    ],
    sections=[
        ("text", "Profile",
         "Warm and organised guest relations officer. Six years on Koh Samran in resort hotels and a dive centre, "
         "plus kitchen training. I enjoy making guests' holidays personal."),
        ("entries", "Work Experience", [
            E("Guest Relations Officer", "The Sand Pearl Resort & Spa", "Koh Samran, Surat Thani", "2022-11",
              "present", [
                "Welcome VIP and repeat guests, escort them to villas and explain the resort facilities",
                "Handle guest feedback face to face and in the resort app chat, follow up with departments",
                "Arrange birthday and honeymoon set-ups and private dinners on the beach",
            ], F, IPS),
            E("Dive Centre Receptionist & Boat Host", "Blue Lagoon Divers", "Koh Samran", "2020-10", "2022-10", [
                "Sold fun-dive and course packages to walk-in customers, checked certification cards and medical forms",
                "Hosted guests on the boat: briefings, snacks, seasickness, head count before leaving each site",
            ], F, IPS),
            E("Farm Helper (family orchard)", None, "Chanthaburi", "2020-04", "2020-09", [
                "Harvest and packing of durian and rambutan while the resort was closed for COVID",
            ], N, etype="unknown"),
            E("Commis II – Thai Kitchen", "The Sand Pearl Resort & Spa", "Koh Samran", "2019-05", "2020-03", [
                "Prepared curry pastes, salads and stir-fry mise en place for the à la carte restaurant",
                "Followed HACCP temperature and labelling standards",
            ], A),
            E("Food & Beverage Trainee", "Chantara Riverside Hotel", "Ban Khlong Rua, Nonthaburi", "2018-06",
              "2018-10", [
                "Rotation in room service, banquet and lobby lounge; took orders and served guests",
            ], F, IPS, etype="internship"),
        ]),
        ("lines", "Education", ["B.A. Hotel and Tourism Management, Suan Thong Rajabhat University (2018)"]),
    ],
))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.txt", render="txt", hdr="title_org_dl", wrap=False, bullet="-", txt_right="paren",
    headcase="upper", underline="-",
    family="UK kitchen porter turned commis chef, casual plain-text CV, lower-case bullets, Christmas temp job",
    code="txt, plain/title_org_dl, mon / 'present'",
    df=DateFmt("mon", "present", " - "),
    name="Kieran Ashby",
    top=["Kieran Ashby", "Bramwick St Giles", "07700 900 455", "kieranashby04@mailbox.co.uk"],
    sections=[
        ("text", "About me",
         "im 22 and ive been in kitchens since school. currently commis at the old tannery and want to keep "
         "learning, ideally somewhere with a bigger brigade. hard worker, never late, can drive."),
        ("entries", "Work history", [
            E("Commis Chef", "The Old Tannery", "Bramwick St Giles", "2024-03", "present", [
                "mostly on larder, starters and desserts, help on the pass for sunday lunch (250+ covers)",
                "started my level 3 through work in september",
            ], A),
            E("Kitchen Porter", "The Old Tannery", "Bramwick St Giles", "2023-06", "2024-02", [
                "washing up, deep cleans, veg prep when the chefs needed a hand. got moved up to commis",
            ], A),
            E("Pot Wash/KP", "Fernley Golf Club", "Fernley", "2022-04", "2023-05", [
                "washing up and cleaning down the kitchen after functions",
                "on sundays i ran the halfway hut on my own serving golfers bacon rolls, hot drinks and cans "
                "and taking card payments",
            ], F, IPS),
            E("Christmas Temp (Food Hall)", "Hollins & Wray", "Bramwick St Giles", "2021-12", "2022-01", [
                "cheese and deli counter, gift hampers, tills",
            ], F, IPS, dt="Dec 2021 - Jan 2022"),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer (DofE)", "Helping Hands Hospice Shop", "Bramwick St Giles", "2020-09", "2021-06", [
                "sorting donations and steaming clothes in the back room, on the till saturdays",
            ], F, VOL, section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Qualifications", ["Level 2 Food Hygiene", "Level 2 Diploma Professional Cookery (Bramwick College) 2022",
                                     "GCSEs x6 incl maths and english"]),
        ("lines", "Other", ["full driving licence", "references from head chef at the tannery if needed"]),
    ],
))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.docx", render="docx", layout="table", hdr="title_org", font="Garamond", size=11, bullet="–",
    accent=(0x6B, 0x3A, 0x1E),
    family="Italian chef and agriturismo co-owner who teaches guests, Word with a borderless table per job, mixed year/month dates",
    code="docx, table/title_org, mm/yyyy and year / 'present'",
    df=DateFmt("mm/yyyy", "present", " – "),
    name="Giulia Bernasconi",
    headline="Chef · Cucina toscana · Cooking classes",
    contact=["Podere Le Tre Querce, 53027 Montevalle (SI), Italy", "+39 347 555 0822 · giulia.bernasconi@mailbox.it"],
    sections=[
        ("text", "Profile",
         "Chef from a family of cooks, fifteen years between trattorie, a lake hotel and a good restaurant in "
         "Castelmarino. Since 2019 my partner and I run our own agriturismo. I cook what grows around us and I love "
         "to teach."),
        ("entries", "Professional experience", [
            E("Chef & Co-owner", "Agriturismo Le Tre Querce", "Montevalle (SI)", "2019", "present", [
                "Run the kitchen of a nine-room farm stay with a 40-cover restaurant, open April to November",
                "Teach a pasta and tiramisù class to our guests twice a week at the long table in the kitchen",
                "Buy from neighbouring farms, make our own salumi and preserves; food costs and HACCP plan",
            ], F, ENT, etype="freelance"),
            E("Cooking Instructor (freelance)", "Scuola di Cucina Pomodoro e Basilico", "Castelmarino (FI)", "2016",
              "2018", [
                "Weekend classes for groups of tourists, up to 12 people, in English and German",
            ], F, ED, etype="freelance"),
            E("Sous Chef", "Ristorante Il Vecchio Mulino", "Castelmarino (FI)", "2015", "2018", [
                "Second to the chef in a 60-cover restaurant listed in the main Italian guides",
                "Fresh pasta section, staff rota, orders",
            ], A),
            E("Chef de Partie", "Hotel Bellavista sul Lago", "Lago di Sereno (BS)", "2013-04", "2014-10", [
                "Hot starters and primi for 180 half-board guests and the à la carte room",
            ], A, extra="Two summer seasons"),
            E("Commis di Cucina", "Trattoria da Nino", "Montevalle (SI)", "2011-09", "2013-03", [], A),
        ]),
        ("lines", "Education", ["Diploma, Istituto Alberghiero 'G. Moretti', Castelmarino — 2011",
                                "HACCP responsabile (2019, renewed 2024)"]),
        ("kv", "Languages", [("Italian", "mother tongue"), ("English", "good"), ("German", "good")]),
    ],
))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.pdf", render="fpdf", layout="centred", hdr="title_org_dl", font="dvserif", size=9.5, margin=18,
    family="Mexican resort concierge (entertainment host, timeshare sales, bell attendant, lockdown courier), fpdf2 centred header",
    code="fpdf2, centred/title_org_dl, month / 'Present'",
    df=DateFmt("month", "Present", " – "), bullet="•", accent=(10, 80, 120),
    name="Alejandro Treviño Garza",
    headline="Concierge | Guest Experience | Spanish · English · French",
    contact=["Playa Coralina, Quintana Roo, México · +52 998 555 0173 · alejandro.trevino@mailbox.mx"],
    sections=[
        ("text", "Summary",
         "Nine years in Riviera resorts, always in front of guests: bell desk, entertainment team, vacation-club "
         "sales and now concierge at a 480-room all-inclusive."),
        ("entries", "Professional Experience", [
            E("Concierge", "Grand Arrecife Resort & Spa", "Playa Coralina, Q. Roo", "2023-02", "present", [
                "Book tours, restaurant reservations, transfers and special occasions for guests in Spanish, "
                "English and French",
                "Solve guest problems at the lobby desk and keep our recommendations binder up to date",
            ], F, IPS),
            E("Entertainment Host (Animador)", "Hotel Sol de Ixtal", "Playa Coralina, Q. Roo", "2020-11", "2023-01", [
                "Ran the day programme: water polo, aqua aerobics, bingo and Spanish lessons at the pool",
                "Evening shows and theme nights, inviting guests to take part",
            ], F, OF),
            E("Delivery Courier (own motorbike)", "RapiMoto", "Playa Coralina, Q. Roo", "2020-04", "2020-10", [
                "Delivered restaurant orders during the lockdown and collected cash payments at the door",
            ], F, IPS, etype="freelance"),
            E("Membership Sales Executive", "Club Vacacional Marea Alta", "Playa Coralina, Q. Roo", "2019-03",
              "2020-03", [
                "Presented vacation-club memberships to resort guests after a breakfast tour; closed 11% of presentations",
            ], F, SA),
            E("Bell Attendant", "Hotel Sol de Ixtal", "Playa Coralina, Q. Roo", "2017-06", "2019-02", [
                "Luggage, room orientation for arriving guests and golf-cart transfers around the property",
            ], F, IPS),
        ]),
        ("lines", "Education", ["Licenciatura en Turismo (Tourism), Universidad del Caribe Maya — 2017"]),
        ("kv", "Languages", [("Spanish", "native"), ("English", "C1"), ("French", "B2")]),
    ],
))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012.html", render="html", layout="site",
    family="New Zealand seasonal worker (ski lifts, rental shop, snowmaking, cruise guide, pub kitchen, vineyard), personal-site HTML, season dates",
    code="html, site/h3 title + employer·town·dates line, seasons and mon / 'now'",
    df=DateFmt("mon", "now", " – "),
    name="Nikau Brennan",
    headline="Mountain & outdoors seasonal worker — Tarawhiti Junction, Aotearoa",
    contact=["021 555 0847", "nikau.brennan@mailbox.co.nz", "Full licence · own car"],
    html_title="Nikau Brennan — CV",
    css="""
body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;color:#1d2b36;line-height:1.45}
header h1{margin-bottom:.2rem} .tagline{color:#4a6272;margin:0}
h2{border-bottom:2px solid #2f7d6d;padding-bottom:.2rem;margin-top:2rem}
article.job{margin-bottom:1.2rem} article.job h3{margin:.1rem 0}
.meta{color:#556;font-size:.92rem;margin:.1rem 0 .4rem} .note{font-style:italic}
""",
    sections=[
        ("text", "Kia ora",
         "Three winters on the mountain and summers on the water. Happy outdoors in any weather and "
         "used to looking after big groups of people who are a bit out of their comfort zone."),
        ("entries", "Seasons", [
            E("Lift Operator", "Mt Kererū Ski Area", "Kererū Valley", "2026-06", "2026-08", [
                "Loaded and unloaded the quad chair, slowed and stopped it for kids and first-timers",
                "Checked passes at the lift maze and answered a hundred questions a day about conditions",
            ], F, OF, dt="Winter 2026"),
            E("Tour Guide", "Kea Sound Cruises", "Tarawhiti Junction", "2025-12", "2026-02", [
                "Commentary on 2.5-hour nature cruises for 60–140 passengers, wildlife spotting, deck safety",
            ], F, OF, dt="Summer 2025/26"),
            E("Rental Technician", "Mt Kererū Ski Area", "Kererū Valley", "2025-06", "2025-08", [
                "Fitted boots and set bindings for hire customers and showed them how to get the gear on",
            ], F, IPS, dt="Winter 2025"),
            E("Kitchen Hand (part-time)", "The Junction Tavern", "Tarawhiti Junction", "2023-11", "2025-04", [
                "Dishes, fryer and prep between seasons",
            ], A),
            E("Snowmaker (night shift)", "Mt Kererū Ski Area", "Kererū Valley", "2024-05", "2024-07", [
                "Ran fan guns and hydrants overnight, moved hoses and logged wet-bulb temperatures for the "
                "mountain manager",
            ], A, dt="May – Jul 2024"),
            E("Vineyard Pruner", "Kōwhai Ridge Vineyards", "Tarawhiti Junction", "2023-08", "2023-10", [
                "Winter pruning and wrapping canes on contract rates",
            ], N, dt="Aug – Oct 2023"),
        ]),
        ("list", "Tickets", ["First Aid (Level 2) 2025", "Day Skipper course 2025", "Chairlift operator training (internal)", "Food safety (basic)"]),
        ("text", "Education", "NCEA Level 2, Tarawhiti College (2022)."),
    ],
    html_footer="Referees: available on request",
))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013.md", render="md", layout="bold", hmark="##", md_dates="dash",
    family="Québec café owner who sold the business and moved into purchasing, Markdown bold title lines, prose duties",
    code="md, bold/title_org, mon / 'present' and year",
    df=DateFmt("mon", "present", "–"), bullet="*",
    name="Marie-Ève Lavoie",
    headline="Purchasing · Food service · Former café owner",
    contact=["Val-Rochon, QC", "819 555-0127", "marieeve.lavoie@mailbox.ca"],
    sections=[
        ("text", "Profile",
         "Pastry cook by training, café owner for seven years, now buying for a twelve-restaurant group. I know what "
         "a late delivery does to a Saturday brunch, and I negotiate like it."),
        ("entries", "Experience", [
            E("Purchasing Coordinator", "Northwind Foodservice Group", "Val-Rochon, QC", "2024-10", "present", [
                "Source produce, dairy and dry goods for 12 restaurants and two commissary kitchens; negotiate quarterly "
                "pricing with 30+ suppliers",
                "Set par levels with each kitchen and chase short deliveries before service",
                "Cut spoilage 18% by moving dairy to twice-weekly drops",
            ], A),
            E("Owner-Operator", "Le Petit Moulin Café", "Sainte-Agathe-des-Pins, QC", "2017-05", "2024-08", [
                "Opened and ran a 30-seat café and bakery on the main street.",
                "Behind the counter most mornings: coffee, pastries, chatting with regulars and cottage-season tourists.",
                "Hiring (up to 7 staff), payroll, ordering and the books.",
                "Sold the business in 2024.",
            ], F, ENT, etype="freelance", prose=True),
            E("Market Vendor", "Val-Rochon Farmers' Market", "Val-Rochon, QC", "2015", "2017", [
                "Sold my own croissants and tourtières from a stall every Saturday, June to October",
            ], F, ENT, etype="freelance"),
            E("Pastry Cook", "Hôtel Rivière-Blanche", "Val-Rochon, QC", "2012-06", "2017-04", [
                "Viennoiseries, plated desserts and the Sunday brunch pastry table for a 90-room hotel",
            ], A),
            E("Apprentice Pastry Cook (stage)", "Pâtisserie Goulet", "Saint-Rémi-du-Lac, QC", "2012-01", "2012-05", [],
              A, etype="internship"),
        ]),
        ("list", "Education", ["DEP Pâtisserie — École de pâtisserie de Val-Rochon, 2012",
                               "Attestation, Gestion d'une petite entreprise (small business management), 2016"]),
        ("text", "Languages", "French (native), English (professional)"),
    ],
))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.pdf", render="rl", layout="twocol", hdr="title_org", font="times", size=10.5, margin=54,
    footer="Danielle Okonkwo-Harris  ·  Page {n} of 2", accent=(0.12, 0.22, 0.38), headcase="upper",
    family="US hotel general manager, polished 2-page reportlab résumé with two-column header and page footer",
    code="reportlab, twocol+footer/title_org, month / 'Present' and year",
    df=DateFmt("month", "Present", " – "), bullet="•",
    name="Danielle Okonkwo-Harris",
    headline="General Manager · Independent & Boutique Hotels",
    contact=["Brookhaven Falls, VT 05899", "(802) 555-0196", "d.okonkwoharris@mailbox.com", "linkedin.com/in/dokonkwoharris"],
    sections=[
        ("text", "Executive Summary",
         "Hotel leader with seventeen years in rooms and general management, from the night audit desk of a "
         "roadside motor lodge to running a 64-room independent inn with a destination restaurant. Known for "
         "steady teams, clean numbers and a guest-first culture that shows up in the reviews. Comfortable with "
         "owners, lenders and the people who make the beds."),
        ("text", "Core Competencies",
         "P&L ownership · Pre-opening and re-opening · Revenue strategy with RMS · Labor modeling · Group and "
         "wedding sales · Guest recovery · Team development · Capital projects · Vendor negotiation"),
        ("entries", "Professional Experience", [
            E("General Manager", "The Linden Arms Hotel", "Brookhaven Falls, VT", "2020-01", "present", [
                "Lead a 64-room independent inn with a 90-seat restaurant and three event spaces; 58 employees and "
                "$7.4M annual revenue",
                "Rebuilt operations after the 2020 closure and regained 2019 occupancy within 18 months",
                "Walk the lobby and dining room every morning and host the Friday guest wine reception",
                "Personally handle escalated guest complaints and negotiate every group and wedding contract over $40K",
                "Raised the online guest rating from 4.1 to 4.7 across the main review sites",
                "Led a $2.1M rooms renovation on time while keeping 80% of inventory open",
            ], F, IPS),
            E("Director of Rooms", "Waterstone Inn & Suites", "Port Kennet, NH", "2015-06", "2019-12", [
                "Oversaw front office, housekeeping, laundry and maintenance for a 210-room conference hotel with 70 staff",
                "Owned the rooms P&L, labor scheduling and forecasting with the revenue manager",
                "Introduced a room-inspection app that cut 'room not ready' complaints by 40%",
                "Coached department managers; four were promoted internally",
            ], A),
            E("Front Office Manager", "Waterstone Inn & Suites", "Port Kennet, NH", "2012-03", "2015-05", [
                "Managed 14 agents and night auditors; covered the desk at peak arrivals",
                "Greeted VIP and group arrivals and resolved guest billing disputes",
                "Rewrote the front desk training manual and upsell program (+$118K room revenue in year one)",
            ], F, IPS),
            E("Night Auditor", "Maple Lantern Motor Lodge", "Ashby Crossing, VT", "2009-08", "2012-02", [
                "Ran the night audit, balanced the day's revenue and prepared reports for the GM",
                "Worked the front desk alone from 11 pm to 7 am: late check-ins, wake-up calls and noise complaints",
            ], F, IPS),
        ]),
        ("entries", "Community", [
            E("Board Member", "Brookhaven Falls Area Chamber of Commerce", "Brookhaven Falls, VT", "2021", "present", [
                "Chair the tourism committee and co-organize the fall foliage festival",
            ], N, section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "B.S. Hospitality & Tourism Management — Northfield State University, 2009",
            "Certificate in Hotel Revenue Management (online), 2016",
        ]),
        ("list", "Certifications & Awards", [
            "Certified Hotel Administrator (2018)",
            "ServSafe Manager and alcohol service certification (current)",
            "Vermont Innkeepers' Association — Innkeeper of the Year, 2023",
        ]),
        ("text", "References", "Provided on request."),
    ],
))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015.docx", render="docx", layout="tabs", hdr="org_title", header_contact=True, font="Cambria",
    size=10.5, bullet=None, accent=(0x23, 0x5A, 0x3C), headcase="title",
    family="Irish food-safety and quality manager (self-employed consultant spell, lab and QA roles), contact in the Word page header",
    code="docx, header+tabs/org_title, mon / 'Present' and year",
    df=DateFmt("mon", "Present", " – "),
    name="Niamh Gallagher",
    contact=["Ballykerrin, Co. Meath", "086 555 7714", "niamh.gallagher@mailbox.ie"],
    headline="Food Safety & Quality Manager — HACCP, BRCGS, retailer audits",
    sections=[
        ("text", "Profile",
         "Food scientist with twelve years in food safety across a contract lab, a bakery, my own consultancy and "
         "a chilled ready-meals plant. I like a calm audit and a plant floor that doesn't need one."),
        ("entries", "Career History", [
            E("Food Safety & Quality Manager", "Brannock Foods Ltd", "Ballykerrin, Co. Meath", "2022-01", "present", [
                "Own the HACCP system and lead BRCGS and retailer audits (AA grade two years running)",
                "Manage a QA team of five across two shifts in a chilled ready-meals plant",
                "Trend consumer complaints and run root-cause investigations with production",
            ], A),
            E("Food Safety Consultant (self-employed)", "Gallagher Food Safety", "Co. Meath", "2019-05", "2021-12", [
                "Wrote HACCP plans and allergen matrices for cafés, delis and food trucks",
                "Visited clients' kitchens to train their staff and walked owners through their EHO inspection reports",
                "Most clients came through the local enterprise office's mentoring panel",
            ], F, ENT, etype="freelance"),
            E("QA Technician", "Slaney Bakehouse Ltd", "Castledrum, Co. Wexford", "2016-03", "2019-04", [
                "Line checks, metal detector verification, labelling and date-code checks",
                "Environmental swabbing and pest-control records",
            ], A),
            E("Laboratory Analyst", "Corravale Analytical Services", "Corravale, Co. Kildare", "2014-09", "2016-02", [
                "Microbiology testing of food and water samples sent in by manufacturers; wrote up certificates of analysis",
            ], A),
            E("Deli Counter Assistant (part-time)", "Mangan's Foodstore", "Ballykerrin, Co. Meath", "2010", "2014", [
                "Served on the hot deli and sandwich counter evenings and Saturdays while at college",
            ], F, IPS),
        ]),
        ("lines", "Education", ["BSc Food Science — University College Kilbrennan, 2014",
                                "Level 6 Certificate in HACCP, 2017 · Lead Auditor course, 2023"]),
        ("text", "Interests", "Sea swimming, GAA coaching (U12 girls), sourdough."),
    ],
))
