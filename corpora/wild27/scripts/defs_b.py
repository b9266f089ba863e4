"""Résumés w016–w030 (wild27).  All people, employers and towns are invented."""
from lib import DateFmt, E

F, A, N = "facing", "affecting", "none"
IPS, CC, DS, SA, HC, ED, VOL, ENT, IS, OF = ("in_person_service", "contact_center", "digital_service", "sales_account",
                                             "healthcare_care", "education", "volunteering",
                                             "entrepreneurial_freelance", "internal_support", "other_facing")

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file="w016.txt", render="txt", hdr="dateline", wrap=False, bullet="-", headcase="title", orgsep=" - ",
    family="US bartender and server holding two jobs at once (split shifts), barback before, job-board export pasted as text",
    code="txt, indeed/dateline, month ' to ' / 'Present'",
    df=DateFmt("month", "Present", " to "),
    name="Brianna Kowalczyk",
    top=["Brianna Kowalczyk", "Millbrook Springs, TX 76999", "bree.kowalczyk@mailbox.com - (254) 555-0172"],
    sections=[
        ("text", "Summary", "Fast, friendly bartender who knows her beer. TABC certified. Looking for full-time "
                            "bar hours, open to lead/bar manager track."),
        ("entries", "Work Experience", [
            E("Bartender", "The Rusty Lantern Taproom", "Millbrook Springs, TX", "2022-08", "present", [
                "Craft beer bar with 32 taps; pour, recommend and run tabs on a busy bar top",
                "Check IDs and cut guests off when needed",
            ], F, IPS),
            E("Server", "Casa Verde Cantina", "Millbrook Springs, TX", "2022-08", "2024-05", [
                "Lunch shifts Tuesday to Friday before heading to the taproom at night",
                "Averaged 22% in tips; trained new servers on the POS",
            ], F, IPS),
            E("Barback", "The Rusty Lantern Taproom", "Millbrook Springs, TX", "2021-01", "2022-07", [
                "Changed kegs in the walk-in, ran ice and glassware, cleaned the beer lines weekly",
                "Restocked coolers and took out trash and recycling",
            ], A),
            E("Banquet Bartender (on-call)", "Ridgeview Country Club", "Millbrook Springs, TX", "2021-04", "2022-07", [
                "Worked weddings and member events, mostly beer and wine plus a signature cocktail",
            ], F, IPS),
            E("Host", "Sunnyside Pancake House", "Millbrook Springs, TX", "2019-06", "2020-12", [
                "Greeted and seated guests and ran the weekend waitlist",
                "Answered the phone for to-go orders",
            ], F, IPS),
        ]),
        ("lines", "Education", ["High school diploma", "Millbrook Springs High School - Millbrook Springs, TX", "2015 to 2019"]),
        ("lines", "Licenses & Certifications", ["TABC Seller-Server Certification", "Food Handler Certificate"]),
        ("lines", "Skills", ["Craft beer (5 years)", "POS (4 years)", "Cash handling", "Bilingual: English and Polish"]),
    ],
))

# ------------------------------------------------------------------ w017
R.append(dict(
    file="w017.docx", render="docx", layout="sidebar", nested=True, hdr="title_org", font="Calibri", size=10,
    bullet="•", sidebar_hex="DCE8F2", accent=(0x1B, 0x4F, 0x72), sidebar_frac=0.32,
    family="Philippine hotel front desk agent (reservations, home-based chat support for a food app), Word layout table with shaded sidebar and nested job tables",
    code="docx, sidebar+nested/title_org, mon / 'to date'",
    df=DateFmt("mon", "to date", " - "),
    name="Kristine Joy Dela Paz",
    contact=["Blk 4 Lot 12, Villa Rosario Subd., San Bartolome City, Batangas", "0917 555 2841",
             "kristinejoy.delapaz@mailbox.ph"],
    sidebar=[
        ("list", "Skills", ["Opera PMS / Cloudbeds", "Phone & e-mail reservations", "Live chat (Zendesk)",
                            "Cashiering and night audit basics"]),
        ("lines", "Languages", ["English, Filipino, Tagalog-Batangueño"]),
        ("lines", "Education", ["BS Hospitality Management", "Colegio de San Bartolome, 2019"]),
    ],
    headline="Front Office professional with reservations and chat support background",
    sections=[
        ("text", "Career Objective",
         "To grow as a Front Office Supervisor in a hotel that values warm Filipino hospitality."),
        ("entries", "Work Experience", [
            E("Front Desk Agent", "Alta Vista Suites", "San Bartolome City", "2023-08", "present", [
                "Check-in/check-out of guests, room assignment and settlement of bills",
                "Attend to guest concerns and requests and coordinate with housekeeping and engineering",
            ], F, IPS),
            E("Reservations Agent", "Alta Vista Suites", "San Bartolome City", "2022-02", "2023-07", [
                "Answered reservation calls and e-mails, handled online travel agency bookings and group blocks",
                "Upsold room upgrades and breakfast packages over the phone",
            ], F, CC),
            E("Live Chat Support Representative", "Telesky Solutions Inc.", "Work from home", "2021-03", "2022-01", [
                "Handled chat concerns of app customers: late orders, missing items, refunds",
                "Maintained 92% CSAT and 40-second first response time",
            ], F, DS, extra="Account: FoodHop food delivery app"),
            E("Food and Beverage Attendant", "Casa Marcela Restaurant", "San Bartolome City", "2019-06", "2021-02", [
                "Took orders, served food and beverages, recommended best sellers",
                "Bussing and table set-up; cashiering during rush",
            ], F, IPS),
            E("OJT – Housekeeping Department", "Grand Maharlika Hotel", "Sto. Rosendo City", "2019-01", "2019-04", [
                "Room cleaning, linen inventory and public area cleaning (500 hours)",
            ], A, etype="internship"),
        ]),
        ("lines", "Character References", ["Available upon request."]),
    ],
))

# ------------------------------------------------------------------ w018
R.append(dict(
    file="w018.pdf", render="fpdf", layout="sidebar", hdr="dateline", font="dvcond", size=9.5, margin=14,
    sidebar_w=60, sidebar_rgb=(40, 44, 52), accent=(196, 90, 34), bullet="›",
    family="Australian chef who owns a BBQ food truck after catering sales and a pub kitchen, fpdf2 dark sidebar, title/employer/dates on separate lines",
    code="fpdf2, sidebar/dateline, mon / 'Now'",
    df=DateFmt("mon", "Now", " – "),
    name="Lachlan Brierley",
    headline="Chef · Food truck owner · Event catering",
    contact=["Yarrandale NSW 2399 · 0412 555 906 · lachlan@mailbox.com.au"],
    sidebar=[
        ("lines", "Contact", ["0412 555 906", "lachlan@mailbox.com.au", "Yarrandale NSW"]),
        ("list", "Tickets", ["Food Safety Supervisor (NSW)", "Cert III Commercial Cookery", "Cert IV Kitchen Mgmt",
                             "RSA", "Forklift LF"]),
        ("list", "Good at", ["Low & slow BBQ", "Quoting events", "Running a small crew", "Market logistics"]),
    ],
    sections=[
        ("text", "About",
         "Trade-qualified chef, 14 years in kitchens and events. Since 2021 I've run my own smokehouse food truck. "
         "Keen to get back into a head chef or catering manager role with a steady roster."),
        ("entries", "Experience", [
            E("Owner / Head Chef", "Smoke & Sons BBQ", "Yarrandale, NSW", "2021-09", "present", [
                "Run a food truck doing markets, festivals and private events around the region",
                "Cook and serve out the window on market days; take bookings and deal directly with wedding and "
                "corporate clients",
                "Hold all council permits and the food safety supervisor certificate; do my own books and BAS",
            ], F, ENT, etype="freelance"),
            E("Catering Consultant", "Bellbird Events Catering", "Yarrandale, NSW", "2019-02", "2021-08", [
                "Met couples and corporate clients to plan menus, wrote quotes and ran the monthly tasting evenings",
                "Handed each event over to the kitchen and floor team with run sheets",
            ], F, SA),
            E("Chef de Partie", "The Ironbark Hotel", "Kurrabin Creek, NSW", "2016-03", "2019-01", [
                "Grill and larder in a pub kitchen doing 300 covers on Sundays",
            ], A),
            E("Apprentice Chef", "Coolabah Golf Club", "Kurrabin Creek, NSW", "2012-02", "2016-02", [
                "Four-year apprenticeship in the club bistro and function kitchen",
            ], A, etype="internship"),
            E("Kitchen Hand (casual)", "The Fish Shack", "Merrin Heads, NSW", "2011-12", "2012-02", [], A,
              dt="Summer 2011–12"),
        ]),
        ("text", "Referees", "Available on request — happy to give numbers for Bellbird and the Ironbark."),
    ],
))

# ------------------------------------------------------------------ w019
R.append(dict(
    file="w019.html", render="html", layout="table", orgsep=" — ",
    family="UK restaurant-group career from waiter to area operations manager, old-style HTML table CV with dates column",
    code="html, table/title_org, mon / 'present'",
    df=DateFmt("mon", "present", " – "),
    name="Oluwaseun Adeyemi",
    headline="Area Operations Manager — casual dining",
    contact=["Ellesworth", "07700 900 672", "seun.adeyemi@mailbox.co.uk"],
    html_title="CV | Oluwaseun (Seun) Adeyemi",
    css="""
body{font-family:Georgia,serif;margin:30px;color:#222}
h1{font-size:26px;margin:0} .tagline{font-style:italic;margin:2px 0}
h2{font-size:16px;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #999;margin-top:24px}
table.jobs{border-collapse:collapse;width:100%} table.jobs td{vertical-align:top;padding:6px 8px}
td.when{width:150px;color:#555;white-space:nowrap}
""",
    sections=[
        ("text", "Profile",
         "Ten years with one restaurant group, from waiting tables to running six sites. I believe good restaurants "
         "are run from the floor, by people who started on it."),
        ("entries", "Career", [
            E("Area Operations Manager", "Marigold Dining Group", "Ellesworth and district (6 sites)", "2024-01",
              "present", [
                "Responsible for six restaurants, £9.2m turnover and 210 team members",
                "Monthly P&L reviews, labour targets and food safety audits with each General Manager",
                "Recruited and developed four new GMs; led the opening of the Harbour Quay site",
                "Track guest scores (mystery diner and online reviews) and agree action plans with GMs",
            ], A),
            E("General Manager", "Marigold Dining Group", "Canal Basin, Ellesworth", "2021-03", "2023-12", [
                "On the floor for every Friday and Saturday service, visiting tables and sorting complaints out there and then",
                "Took the site from third to first in the group on guest satisfaction",
            ], F, IPS),
            E("Assistant Manager", "Marigold Dining Group", "Market Street, Ellesworth", "2019-05", "2021-02", [
                "Ran shifts, looked after bookings and large parties, cashed up",
            ], F, IPS),
            E("Floor Supervisor", "Marigold Dining Group", "Market Street, Ellesworth", "2017-08", "2019-04", [], F, IPS),
            E("Waiter", "Marigold Dining Group", "Market Street, Ellesworth", "2016-06", "2017-07", [], F, IPS),
        ]),
        ("lines", "Qualifications", ["Level 3 Award in Supervising Food Safety", "Personal Licence holder",
                                     "BA (Hons) Business Studies, Ellesworth Metropolitan University, 2017"]),
    ],
))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020.docx", render="docx", layout="tabs", hdr="title_org", font="Arial", size=10, bullet=None,
    accent=(0x0B, 0x6E, 0x4F), headcase="title",
    family="Australian hospital food-services assistant from an aged-care kitchen, Word tab-stop dates, an undated volunteer entry",
    code="docx, tabs/title_org, month / 'Current'",
    df=DateFmt("month", "Current", " – "),
    name="Mele Fifita",
    contact=["Carrowdale QLD 4899", "0438 555 217", "mele.fifita@mailbox.com.au"],
    sections=[
        ("text", "Career Objective",
         "Caring food services assistant seeking a permanent part-time position in a hospital or aged-care "
         "setting. Current Blue Card, police check and flu vaccination."),
        ("entries", "Employment History", [
            E("Food Services Assistant", "Riverbend Private Hospital", "Carrowdale, QLD", "2022-02", "present", [
                "Take patients' meal orders at the bedside on a tablet and check them against diet codes and allergies",
                "Deliver and collect meal trays on the surgical and maternity wards",
                "Tray line and dishwashing in the main kitchen when rostered",
            ], F, HC),
            E("Cook", "Jacaranda Gardens Aged Care", "Carrowdale, QLD", "2019-07", "2022-01", [
                "Cooked for 96 residents including minced-moist and pureed diets",
                "Followed the dietitian's four-week menu cycle and kept temperature logs",
            ], A),
            E("Kitchen Hand", "Jacaranda Gardens Aged Care", "Carrowdale, QLD", "2018-03", "2019-06", [], A),
            E("Café All-Rounder", "Mango Tree Café", "Bellamy Heads, QLD", "2016-10", "2018-02", [
                "Coffee, counter and table service, sandwiches and closing clean",
            ], F, IPS),
        ]),
        ("entries", "Volunteering", [
            E("Canteen Volunteer", "Carrowdale Rugby League Club", None, None, None, [
                "Serve at the junior footy canteen most Saturdays in season",
            ], F, VOL, section="volunteer", etype="volunteer"),
        ]),
        ("list", "Qualifications", ["Certificate III in Commercial Cookery (2019)", "Food Safety Supervisor (2020)",
                                    "Certificate III in Health Services Assistance – in progress"]),
        ("text", "Referees", "Tina Ma'afu, Catering Manager, Riverbend Private Hospital — 07 5555 0190"),
    ],
))

# ------------------------------------------------------------------ w021
R.append(dict(
    file="w021.pdf", render="rl", layout="plain", hdr="dateline", font="helv", size=10.5, margin=60,
    family="US hotel housekeeping supervisor (Spanish/English) promoted from public areas, plain one-page reportlab, title, employer and dates on separate lines",
    code="reportlab, plain/dateline, mm/yyyy / 'Present' and year",
    df=DateFmt("mm/yyyy", "Present", " - "), bullet="-", centre=True,
    name="Rosa Itzel Ramírez",
    contact=["Bayport Landing, FL · (727) 555-0148 · rosa.ramirez@mailbox.com"],
    sections=[
        ("text", "Objective", "Housekeeping supervisor looking for an Assistant Executive Housekeeper position."),
        ("entries", "Work Experience", [
            E("Housekeeping Supervisor", "Coral Tide Resort", "Bayport Landing, FL", "2021-04", "present", [
                "Inspect 80+ rooms per shift and release them to the front desk",
                "Assign room boards and train new room attendants in English and Spanish",
                "Keep the lost and found log and linen par counts",
            ], A),
            E("Room Attendant", "Coral Tide Resort", "Bayport Landing, FL", "2016-09", "2021-03", [
                "Cleaned 15-17 rooms per day, deep cleaning in slow season",
            ], A),
            E("Public Area Attendant", "Coral Tide Resort", "Bayport Landing, FL", "2015-02", "2016-08", [
                "Cleaned lobby, restrooms, pool deck and fitness center",
            ], A),
            E("Laundry Attendant", "SunCoast Commercial Laundry", "Bayport Landing, FL", "2013-06", "2015-01", [], A),
            E("Cook and Counter Help", "Fonda Doña Chayo", "Tlalixco, Puebla, México", "2008", "2013", [
                "Cooked breakfast and comida corrida in my aunt's fonda",
                "Took orders and payments at the counter when we were busy",
            ], F, IPS),
        ]),
        ("lines", "Skills", ["Bilingual English/Spanish · Room inspection software · Chemical safety · Training new staff"]),
        ("lines", "Education", ["GED, Bayport Landing Adult Education Center, 2014"]),
    ],
))

# ------------------------------------------------------------------ w022
R.append(dict(
    file="w022.docx", render="docx", layout="tabs", hdr="dash", dashsep=" – ", header_contact=True,
    font="Georgia", size=10.5, bullet="–", accent=(0x33, 0x33, 0x33), headcase="upper",
    footer="Declan Furlong – CV",
    family="Irish concierge (night porter, cash-and-carry driver, family pub, travel break), contact in Word header, 'Title – Employer' with tab dates",
    code="docx, header+tabs/dash, mon / 'Present' and year",
    df=DateFmt("mon", "Present", " – "),
    name="Declan Furlong",
    contact=["Carrigmore, Co. Waterford", "085 555 3390", "declan.furlong@mailbox.ie"],
    sections=[
        ("text", "Profile",
         "Concierge at a five-star country house hotel, grew up in the family pub and have been looking after "
         "people ever since. Member of the Irish concierge association, full clean licence."),
        ("entries", "Experience", [
            E("Concierge", "Kilronan House Hotel", "Carrigmore, Co. Waterford", "2021-09", "present", [
                "Golf tee times, restaurant bookings, taxis and tours for guests of a 5-star country house",
                "Look after luggage and parking, and know every guest by name by day two",
            ], F, IPS),
            E("Night Porter", "Kilronan House Hotel", "Carrigmore, Co. Waterford", "2019-03", "2021-08", [
                "Security rounds, night bar service for residents, late arrivals and early breakfasts for golfers",
            ], F, IPS),
            E("Delivery Driver", "Carrigmore Cash & Carry", "Carrigmore", "2018-10", "2019-02", [
                "Delivered to pubs, restaurants and shops across West Waterford, unloaded into their stores and got "
                "dockets signed by the owner or manager",
                "Took back returns and empty kegs",
            ], F, IPS),
            E("Career Break – Travelling", None, "Australia & South-East Asia", "2017-10", "2018-09", [], N,
              etype="unknown"),
            E("Bar Staff", "Furlong's Bar", "Carrigmore", "2011", "2017", [
                "Family pub. Collected glasses from 15, behind the bar from 18, ran the Sunday session",
            ], F, IPS),
        ]),
        ("list", "Training", ["Manual Handling", "Responsible Serving of Alcohol", "Occupational First Aid (2024)",
                              "C1 licence"]),
        ("text", "Education", "Leaving Certificate, Carrigmore Community School, 2015"),
    ],
))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023.docx", render="docx", layout="styles", hdr="title_org", heading_style=True, heading_level=1,
    entry_heading_level=2, font="Calibri", size=11, bullet=None,
    family="UK pastry chef turned wedding-cake business owner and evening cookery tutor, Word heading styles",
    code="docx, styles/title_org, month / 'present' and year",
    df=DateFmt("month", "present", " – "),
    name="Harriet Ellingham",
    contact=["Wexley Bridge, North Yorkshire · 07700 900 815 · harriet@mailbox.co.uk"],
    sections=[
        ("text", "Profile",
         "Pastry chef with a decade in hotel and restaurant kitchens who now runs her own wedding cake studio. "
         "Looking for a head pastry role or teaching post alongside the business."),
        ("entries", "Career History", [
            E("Owner & Cake Designer", "Crumb & Lace Cakes", "Wexley Bridge", "2020-06", "present", [
                "Design and bake wedding and celebration cakes — 60 to 80 weddings a year",
                "Run consultations and tasting sessions with couples at my studio, then deliver and set up on the "
                "day at the venue",
                "Handle every enquiry, quote and social media post myself",
            ], F, ENT, etype="freelance"),
            E("Cookery Tutor (part-time)", "Wexley Bridge Adult Learning Centre", "Wexley Bridge", "2022-09", "present", [
                "Teach a 10-week evening course in baking and patisserie to adult learners",
            ], F, ED),
            E("Pastry Chef", "The Grange at Wexley Bridge", "Wexley Bridge", "2016-04", "2020-05", [
                "Ran pastry for a 40-bedroom country-house hotel: plated desserts, afternoon tea for up to 120 and "
                "wedding desserts",
                "Managed one commis and all pastry ordering",
            ], A),
            E("Pastry Chef de Partie", "Belvoir & Finch", "Nether Thrimby", "2013-09", "2016-03", [], A),
            E("Saturday Assistant", "Pettifer's Bakery", "Wexley Bridge", "2009", "2012", [
                "Served customers on the bread and cake counter",
            ], F, IPS),
        ]),
        ("list", "Qualifications", ["Level 3 Diploma in Professional Patisserie and Confectionery (2013)",
                                    "Level 3 Award in Education and Training (2022)",
                                    "Level 2 Food Hygiene and Allergen Awareness"]),
    ],
))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024.pdf", render="fpdf", layout="left", hdr="title_org_dl", font="dejavu", size=10, margin=20,
    paper="letter", footer="Tomás Echeverría-Lind — page {n}", accent=(110, 20, 50), bullet="•",
    family="Canadian head sommelier (wine importer sales, tasting room, harvest cellar hand), fpdf2 two pages with footer",
    code="fpdf2, left+footer/title_org_dl, mon / 'Present' and year",
    df=DateFmt("mon", "Present", " – "),
    name="Tomás Echeverría-Lind",
    headline="Head Sommelier · Beverage Director candidate",
    contact=["Silver Bench, BC", "250-555-0153", "tomas.el@mailbox.ca"],
    contact_join="  ·  ",
    sections=[
        ("text", "Summary",
         "Sommelier with fourteen years in wine: restaurant floors, a tasting room, a harvest in the cellar and "
         "three years selling imports across the Interior. I build lists that sell and teams that can talk about "
         "them. Chilean-born, Canadian since 2009, fluent Spanish."),
        ("text", "Highlights",
         "Grew Larchmont's beverage revenue 38% in two years while cutting cellar dead stock by half. Built the "
         "staff wine program that three of my servers used to pass their first sommelier certificates. Opened 22 "
         "new restaurant accounts for Benchland in 2020, during the worst year anyone can remember."),
        ("entries", "Experience", [
            E("Head Sommelier", "Larchmont Restaurant", "Silver Bench, BC", "2022-04", "present", [
                "Run a 600-label list for a 110-seat dining room and am on the floor every service",
                "Pair the tasting menu and guide guests through the list at the table",
                "Train servers weekly; manage cellar inventory and the buying budget",
                "Host the quarterly winemaker dinners and introduce each wine to the room",
            ], F, IPS),
            E("Wine Sales Representative", "Benchland Wine Imports", "Kelsey Ridge, BC", "2019-01", "2022-03", [
                "Managed 85 restaurant and private liquor store accounts; visited buyers and led staff tastings",
                "Grew territory sales 31% in two years",
                "Built allocation plans for scarce Burgundy and Barolo across key accounts",
            ], F, SA),
            E("Tasting Room Associate", "Red Shale Estate Winery", "Silver Bench, BC", "2016-05", "2018-12", [
                "Led tastings for walk-in visitors and tour groups; signed up wine club members",
                "Ran the patio bar on summer weekends",
            ], F, IPS),
            E("Server", "The Lakeshore Grill", "Kelsey Ridge, BC", "2012", "2016", [
                "Fine-dining server; took over the wine list in my last year and started studying seriously",
            ], F, IPS),
        ]),
        ("entries", "Other Experience", [
            E("Cellar Hand (Harvest)", "Red Shale Estate Winery", "Silver Bench, BC", "2015-09", "2015-11", [
                "Punch-downs, pump-overs, barrel cleaning and sanitation during crush",
            ], N),
        ]),
        ("lines", "Education & Certification", [
            "Certified Sommelier, 2017 · Advanced wine certificate (Level 3), 2015",
            "Diploma, Culinary Arts — Okanagan Bench College, 2011",
            "Serving It Right (BC) — current",
        ]),
        ("kv", "Languages", [("English", "fluent"), ("Spanish", "native"), ("French", "conversational")]),
        ("text", "Professional Development",
         "Judge, Interior Wine Awards (2023, 2024, 2025). Guest lecturer on wine service at Okanagan Bench "
         "College's hospitality diploma, two sessions a year since 2023. Visits to producers in Mendoza, "
         "the Douro and the Mosel on importer trips."),
        ("text", "References", "From Larchmont's owner and Benchland's sales director, on request."),
    ],
))

# ------------------------------------------------------------------ w025
R.append(dict(
    file="w025.md", render="md", layout="table", hmark="##",
    family="Australian barista turned dive instructor in Thailand, back home as functions coordinator; Markdown summary table then details, travel break",
    code="md, table + bold details, mon / 'now'",
    df=DateFmt("mon", "now", " – "), bullet="-",
    name="Jess Tarrant",
    headline="Functions · hospitality · ex dive instructor",
    contact=["Pelican Reach NSW", "0401 555 628", "jess.tarrant@mailbox.com.au"],
    sections=[
        ("text", "Hi, I'm Jess",
         "Three years in Thailand teaching diving and running a hostel bar, and before that a lot of coffee. Now "
         "home and loving functions — the planning and the night itself."),
        ("entries", "Work", [
            E("Functions Coordinator", "Harbourside Rowing Club", "Pelican Reach, NSW", "2025-06", "present", [
                "Take function enquiries, show clients through the rooms and build quotes and run sheets for "
                "weddings, wakes and 21sts",
                "On the floor running the event on the night",
            ], F, SA),
            E("Dive Instructor", "Turtle Rock Divers", "Koh Phanom Noi, Thailand", "2023-11", "2025-04", [
                "Taught Open Water and Advanced courses in English and basic German — about 140 certifications",
                "Led fun dives for up to four divers and did the boat briefings",
            ], F, ED),
            E("Bartender & Events", "Lucky Gecko Hostel", "Koh Phanom Noi, Thailand", "2023-01", "2023-10", [
                "Ran the bar and the Wednesday pub crawl, and made sure everyone got home",
            ], F, IPS),
            E("Travelling", None, "South-East Asia", "2022-07", "2022-12", [], N, etype="unknown"),
            E("Barista", "Bluebird Espresso", "Pelican Reach, NSW", "2019-03", "2022-06", [
                "Morning rush on a three-group machine, cash and EFTPOS, catering orders for the council offices",
            ], F, IPS),
        ], "table"),
        ("list", "Certs", ["Dive instructor rating (2023), EFR instructor", "RSA NSW", "First Aid HLTAID011",
                           "Working with Children Check"]),
    ],
))

# ------------------------------------------------------------------ w026
R.append(dict(
    file="w026.txt", render="txt", txt_mode="labels", wrap=False, bullet="-", headcase="upper", underline=None,
    family="Philippine fast-food and delivery worker (kitchen crew, pizza hotline, coffee shop, rider, dishwasher), 'Position / Company / Inclusive Dates' blocks",
    code="txt, labels blocks, month / 'up to present'",
    df=DateFmt("month", "up to present", " - "),
    labels=("Position", "Company", "Address", "Inclusive Dates", "Duties and Responsibilities"),
    name="MARK ANTHONY D. SORIANO",
    top=["RESUME", "", "MARK ANTHONY D. SORIANO", "Address: 22 Mabini St., Brgy. Maligaya, Sta. Brigida City, Pampanga",
         "Contact No.: 0915 555 7730", "Email: markanthony.soriano@mailbox.ph"],
    sections=[
        ("text", "Objective", "To obtain a position as Kitchen Staff or Service Crew where I can apply my skills and "
                              "experience and help the company grow."),
        ("entries", "Work Experience", [
            E("Kitchen Crew", "Manok Mania (Sta. Brigida branch)", "Sta. Brigida City", "2023-05", "present", [
                "Grill and fryer station, marinating of chicken, follow holding times",
                "Receiving of deliveries and FIFO",
            ], A),
            E("Hotline Agent", "Sorrento Pizza Phils. Inc.", "Sta. Brigida City", "2022-01", "2023-04", [
                "Took delivery orders by phone, upsold combo meals",
                "Followed up late deliveries with riders and stores and called back customers",
            ], F, CC),
            E("Service Crew", "Kape Kalye Coffee", "Sta. Brigida City", "2021-06", "2021-12", [
                "Cashier and barista, served customers, cleaned the dining area",
            ], F, IPS),
            E("Food Delivery Rider", "Padala Express", "Sta. Brigida City", "2020-07", "2021-05", [
                "Pick up and deliver food orders using own motorcycle",
                "Receive COD payments from customers",
            ], F, IPS, etype="freelance", extra="Freelance rider"),
            E("Dishwasher", "Lola Ising's Restaurant", "Sta. Brigida City", "2019-01", "2020-06", [], A),
        ]),
        ("lines", "Educational Attainment", ["Tertiary: 2 years, BS Hotel and Restaurant Management, "
                                             "Sta. Brigida Polytechnic College (2016-2018)",
                                             "Secondary: Maligaya National High School (2016)"]),
        ("lines", "Seminars / Trainings", ["Food Safety Seminar, City Health Office (2023)",
                                           "NC II Cookery, TESDA (2022)"]),
        ("kv", "Personal Information", [("Age", "26"), ("Sex", "Male"), ("Civil Status", "Single"),
                                        ("Citizenship", "Filipino")]),
        ("lines", "Character Reference", ["Ms. Liza Manalo, Store Manager, Manok Mania - 0917 555 4410"]),
    ],
))

# ------------------------------------------------------------------ w027
R.append(dict(
    file="w027.docx", render="docx", layout="table", hdr="title_org", font="Calibri", size=10.5, bullet=None,
    accent=(0x00, 0x5F, 0x73), centre=True, contact_join=" | ",
    family="Hawaii event-staffing worker (on-call event staff, catering delivery with set-up, banquet setup, ballpark concessions, host), Word table per job",
    code="docx, table/title_org, mon / 'Present' and seasonal months",
    df=DateFmt("mon", "Present", " – "),
    name="Tyler Nakamura-Bell",
    contact=["Kealoha Bay, HI 96999", "(808) 555-0139", "tyler.nb@mailbox.com"],
    sections=[
        ("text", "Summary", "Flexible events and hospitality worker, happy with nights, weekends and 5 a.m. call "
                            "times. Looking for a full-time banquet or events position."),
        ("entries", "Experience", [
            E("Event Staff (on-call)", "ShiftPro Event Staffing", "Kealoha Bay, HI", "2023-03", "present", [
                "Pick up shifts through the app: ushering at concerts, ticket scanning and beer stands at the arena",
                "Wristband checks and crowd direction at festival gates",
            ], F, OF),
            E("Catering Delivery Driver", "Mesa Catering Co.", "Kealoha Bay, HI", "2024-01", "present", [
                "Deliver and set up corporate lunch buffets in clients' offices; walk the office manager through the "
                "setup, get the sign-off and collect chafers later",
            ], F, IPS, extra="Part-time, weekday mornings"),
            E("Banquet Setup Crew", "Harbor Point Convention Center", "Kealoha Bay, HI", "2022-05", "2023-02", [
                "Set rounds, classroom and theater layouts; staged pipe-and-drape and linens before doors opened",
            ], A),
            E("Concession Stand Attendant", "Makai Park Stadium", "Kealoha Bay, HI", "2021-04", "2021-09", [
                "Register and food at the main concourse stand during home games",
            ], F, IPS, dt="Apr – Sep 2021 (season)"),
            E("Host", "Sakura House Teppanyaki", "Kealoha Bay, HI", "2019-08", "2021-03", [
                "Greeted guests, managed reservations and seated parties at the grill tables",
            ], F, IPS),
        ]),
        ("list", "Certifications", ["Food Handler (Hawaii DOH)", "Alcohol server card", "Clean driving record"]),
        ("text", "Education", "Kealoha Bay High School, 2019"),
    ],
))

# ------------------------------------------------------------------ w028
R.append(dict(
    file="w028.docx", render="docx", layout="tabs", hdr="inline", font="Book Antiqua", size=11, bullet="•",
    accent=(0x4B, 0x2E, 0x5A), headcase="title", rule=False,
    family="Scottish guest-house proprietor with holiday-let cleaning, hotel reception and tearoom years, Word with one line per job and year-only dates",
    code="docx, plain/inline 'Title, Employer, Town, dates', year / 'present'",
    df=DateFmt("mon", "present", " – "),
    name="Morag Strachan",
    contact=["Rowan Brae, Kinlochary, Argyll PA99 4QR", "01599 555 214 · morag@mailbox.scot"],
    sections=[
        ("text", "About Me",
         "Twenty years in Highland hospitality, the last ten running my own guest house. Now looking for a winter "
         "post (November to March) in hotel reception or reservations."),
        ("entries", "Work Experience", [
            E("Proprietor", "Rowan Brae Guest House", "Kinlochary", "2015", "present", [
                "Run a six-room guest house April to October: bookings, cooked breakfasts, rooms, laundry and accounts",
                "Welcome every guest myself and help them plan their days in the glens over breakfast",
            ], F, ENT, etype="freelance"),
            E("Holiday Let Changeover Cleaner", "Self-employed", "Kinlochary", "2013", "2015", [
                "Cleaned and turned round eleven holiday cottages between Saturday changeovers",
            ], A, etype="freelance"),
            E("Hotel Receptionist", "Loch Aird Hotel", "Port Aird", "2008", "2013", [
                "Reception, reservations and tour bookings for a 28-bedroom hotel busy with coach tours",
            ], F, IPS),
            E("Waitress", "The Coach House Tearoom", "Kinlochary", "2005", "2008", [], F, IPS),
        ]),
        ("entries", "Voluntary", [
            E("Committee Member", "Kinlochary & District Tourism Association", "Kinlochary", "2018", "present", [
                "Edit the annual visitor guide and keep the membership list",
            ], N, section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Qualifications", ["SVQ Level 2 Hospitality (2007)", "REHIS Elementary Food Hygiene",
                                     "Four-star guest house grading, VisitScotland scheme (2016–2025)"]),
    ],
))

# ------------------------------------------------------------------ w029
R.append(dict(
    file="w029.pdf", render="rl", layout="twocol", hdr="title_org", font="dejavu", size=9.5, margin=48,
    paper="A4", accent=(0.2, 0.35, 0.25), headcase="title",
    family="New Zealand central-kitchen manager (purchasing, live-station breakfast cook, storeperson, sauce demonstrator), reportlab two-column header",
    code="reportlab, twocol/title_org, mon / 'Present'",
    df=DateFmt("mon", "Present", " – "), bullet="■",
    name="Priyanka Naidu",
    headline="Kitchen Manager · Production & Purchasing",
    contact=["Tawhero Bay", "022 555 4471", "priyanka.naidu@mailbox.co.nz"],
    sections=[
        ("text", "Profile",
         "Kitchen manager who came up through stores, breakfasts and purchasing. I run a tidy, costed production "
         "kitchen and I know what every box in the chiller cost."),
        ("entries", "Experience", [
            E("Kitchen Manager", "Harbourline Eateries Central Kitchen", "Tawhero Bay", "2022-08", "present", [
                "Manage a central production kitchen supplying five cafés: 14 staff, rosters, food cost and the food "
                "control plan",
                "Set production schedules from café orders and plan the chilled van runs",
            ], A),
            E("Purchasing & Stores Officer", "Kōwhai Lodge & Spa", "Tawhero Bay", "2020-03", "2022-07", [
                "Purchasing for the restaurant, bars and spa: quotes, orders and invoice matching in the stock system",
                "Ran the receiving dock and monthly stocktakes",
            ], A),
            E("Breakfast Cook", "Kōwhai Lodge & Spa", "Tawhero Bay", "2018-01", "2020-02", [
                "Cooked eggs and omelettes to order for guests at the live station on the breakfast buffet",
                "Prepped and replenished the hot buffet, 60–150 covers a morning",
            ], F, IPS),
            E("Food Demonstrator (weekends)", "Harakeke Sauce Co.", "Tawhero Bay", "2017-02", "2017-11", [
                "Cooked and handed out samples of the company's sauces in supermarkets and told shoppers about the range",
            ], F, IPS, etype="paid"),
            E("Storeperson", "Pacific Fresh Distributors", "Tawhero Bay", "2016-06", "2017-12", [
                "Picked and packed chilled orders for restaurants and cafés; forklift (F endorsement)",
            ], A),
        ]),
        ("lines", "Qualifications", ["NZ Certificate in Cookery (Level 4), 2019",
                                     "Food safety — unit standard 167 and 168", "Forklift F endorsement"]),
    ],
))

# ------------------------------------------------------------------ w030
R.append(dict(
    file="w030.pdf", render="fpdf", layout="left", hdr="datefirst", font="dejavu", size=9.5, margin=20,
    accent=(20, 60, 120), bullet="·", headcase="upper",
    family="Italian hotel-school graduate doing winter and summer seasons in the Dolomites, fpdf2 Europass-like dates-first entries",
    code="fpdf2, left/datefirst, mm/yyyy / 'present' and season",
    df=DateFmt("mm/yyyy", "present", " – "),
    name="Matteo Zanella",
    headline="Front office · Food & beverage service",
    contact=["Via dei Larici 14, 38099 Valdorena (TN), Italy", "+39 340 555 1928 · matteo.zanella@mailbox.it"],
    sections=[
        ("entries", "Work experience", [
            E("Front Office Agent", "Hotel Stella Alpina", "Passo Cervina, Valdorena (TN)", "2025-05", "present", [
                "Check-in/out, reservations by phone and e-mail, information on lifts, trails and restaurants",
                "Guests mostly German, Italian and English-speaking",
            ], F, IPS),
            E("Waiter (winter season)", "Hotel Stella Alpina", "Passo Cervina, Valdorena (TN)", "2024-12", "2025-04", [
                "Half-board dining room service for 120 guests, wine service",
            ], F, IPS),
            E("Kids Club Animator (summer season)", "Family Hotel Larice", "Valdorena (TN)", "2024-06", "2024-08", [
                "Games, crafts and mini-disco for children aged 4–10; met parents at drop-off and pick-up",
            ], F, OF, dt="Summer 2024"),
            E("Waiter (winter season)", "Hotel Stella Alpina", "Passo Cervina, Valdorena (TN)", "2023-12", "2024-04", [],
              F, IPS),
            E("Reception Intern (stage)", "Hotel Lago Verde", "Sant'Ilario di Lagoverde (TN)", "2023-06", "2023-09", [
                "Curricular internship from hotel school: front desk, welcome drinks and luggage",
            ], F, IPS, etype="internship"),
        ]),
        ("lines", "Education and training", [
            "2018 – 2023  Diploma, Istituto Professionale Alberghiero 'Dolomiti', Valdorena — accommodation services",
            "2024  HACCP certificate",
        ]),
        ("kv", "Languages", [("Italian", "mother tongue"), ("German", "B2"), ("English", "B2")]),
        ("text", "Driving licence", "B"),
    ],
))
