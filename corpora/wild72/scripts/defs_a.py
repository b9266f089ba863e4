"""Résumés w001–w015 (fictional people, employers, towns, numbers)."""
from lib import E

RES = []

# ------------------------------------------------------------------ w001
RES.append(dict(
    file="w001.pdf", renderer="reportlab", layout="plain", hdr="title_org", dstyle="mon", present="Present",
    paper="letter",
    family="US sous chef, line cook background, Word-to-PDF single column, title line with right-aligned dates",
    name="Travis Nolan Beaulieu",
    contact=["Portland, ME 04101", "(207) 555-0148", "travis.beaulieu@mailbox.com"],
    sections=[
        ("Summary", "p", "Sous chef with eight years on the line in busy seafood kitchens. Calm at the pass, "
         "organized with prep and ordering, and good at bringing new cooks up to speed."),
        ("Experience", "jobs", [
            E("Sous Chef", "Harbor & Pine Kitchen", "Portland, ME", "2023-03", "present", "affecting", bullets=[
                "Run the line on 180-cover nights and expedite at the pass",
                "Write daily prep lists; order fish, produce and dry goods within weekly budget",
                "Train and schedule a team of six line cooks and two dishwashers",
                "Keep HACCP logs and walk-in rotation; passed every health inspection"]),
            E("Line Cook (Grill)", "Harbor & Pine Kitchen", "Portland, ME", "2021-05", "2023-02", "affecting", bullets=[
                "Grill and plancha station: steaks, whole fish, lobster",
                "Broke down halibut and swordfish for the week"]),
            E("Line Cook", "Brickyard Tavern", "Biddeford, ME", "2019-08", "2021-04", "affecting", bullets=[
                "Fry and sauté stations, 120+ tickets a night in summer",
                "Made the soups and the Friday chowder from scratch"]),
            E("Camp Cook", "Camp Winnequa", "Raymond, ME", "2018-06", "2018-08", "facing", "in_person_service",
              datetext="Summer 2018", bullets=[
                "Cooked three meals a day for 200 campers and staff",
                "Served the breakfast line and kept a close eye on campers with food allergies"]),
            E("Dishwasher / Prep", "Sal's Clam Shack", "Old Orchard Beach, ME", "2017-05", "2017-09", "affecting",
              bullets=["Dish pit, shucking and breading clams, cleaning fryers at close"]),
        ]),
        ("Education", "lines", ["Culinary Arts Certificate — Casco Bay Community College, 2019",
                                "ServSafe Food Protection Manager (exp. 2027)"]),
        ("Skills", "p", "Butchery and fish fabrication · ordering and inventory · menu costing · Toast POS / KDS · "
         "bilingual English / French (Québécois)"),
    ]))

# ------------------------------------------------------------------ w002
RES.append(dict(
    file="w002.docx", renderer="docx", layout="styles", hdr="title_org", dstyle="month", present="Present",
    family="UK restaurant supervisor, Word heading styles and list bullets, right tab-stop dates, food-bank volunteering",
    name="Chloe Ann Pritchard",
    contact=["14 Heworth Green, York YO31", "07700 900 418", "chloe.pritchard@mailbox.co.uk"],
    sections=[
        ("Personal Statement", "p", "Friendly, hard-working front-of-house supervisor who enjoys making a busy "
         "Saturday feel easy for guests. Looking for an assistant manager role in York."),
        ("Employment History", "jobs", [
            E("Restaurant Supervisor", "The Copper Kettle Brasserie", "York", "2022-09", "present", "facing",
              "in_person_service", bullets=[
                "Run the floor for lunch and dinner, seating walk-ins and managing the booking diary",
                "Handle guest complaints and allergen questions at the table",
                "Cash up, complete the shift report and lock up",
                "Train new waiting staff on our steps of service"]),
            E("Waitress", "The Copper Kettle Brasserie", "York", "2021-04", "2022-08", "facing", "in_person_service",
              bullets=["Served a section of 6 tables, took orders and recommended specials",
                       "Top upseller on desserts three months running"]),
            E("Barista", "Beanstalk Coffee House", "Leeds", "2019-10", "2021-03", "facing", "in_person_service",
              bullets=["Made espresso drinks and took payments at the counter",
                       "Opened the shop at 7am, baked off pastries and set up the counter"]),
            E("Kitchen Porter", "Marlowe's Hotel", "Harrogate", "2018-06", "2019-09", "affecting",
              bullets=["Washing up, pots and pans, kept the kitchen clean",
                       "Helped with veg prep and put away deliveries"]),
        ]),
        ("Volunteering", "jobs", [
            E("Volunteer", "Ripon Community Larder", "Ripon", "2017-03", "2018-05", "facing", "volunteering",
              section="volunteer", etype="volunteer", bullets=[
                "Saturday mornings: welcomed visitors and helped them choose items from the shelves",
                "Sorted donations and checked dates"]),
        ]),
        ("Education", "lines", ["Harrogate Grammar School — A Levels: English, Business, Food Technology (2017)"]),
        ("Skills", "list", ["Personal Licence holder (2023)", "Level 2 Food Hygiene and Allergen Awareness",
                            "ResDiary, Lightspeed POS"]),
        ("References", "p", "Available on request."),
    ]))

# ------------------------------------------------------------------ w003
RES.append(dict(
    file="w003.txt", renderer="txt", hdr="title_org", dstyle="month", present="Till date", txt_head="caps",
    txt_join="pad", bullet="*", caps_name=True,
    family="Ghanaian chop-bar owner and hotel cook, plain text CV with personal details, 'Till date'",
    name="Esi Ampofo Mensah",
    contact=["P. O. Box CC 214, Cape Coast, Central Region", "Tel: 024 555 0193 / 020 555 7741",
             "Email: esiampofo.mensah@mailbox.com.gh"],
    sections=[
        ("Personal Details", "lines", ["Date of Birth: 12th May 1994", "Nationality: Ghanaian",
                                       "Marital Status: Married", "Languages: Fante, Twi, English"]),
        ("Career Objective", "p", "To use my cooking and business experience to serve customers well in a "
         "reputable hotel or catering company."),
        ("Working Experience", "jobs", [
            E("Owner / Head Cook", "Auntie Esi's Chop Bar", "Cape Coast", "2021-02", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", para=True, bullets=[
                "Cook fufu, light soup, banku and tilapia daily for about 80 customers",
                "Serve customers at the counter and take payments including MoMo",
                "Take catering orders for funerals and weddings by phone and agree menus with the families",
                "Supervise two helpers and buy foodstuff from Kotokuraba market"]),
            E("Commis Chef", "Coastal Palm Hotel", "Elmina", "2018-03", "2021-01", "facing", "in_person_service",
              bullets=[
                "Cooked omelettes and pancakes to order for guests at the breakfast buffet egg station",
                "Prepared continental and local dishes for the a la carte menu",
                "Cleaned and sanitised the kitchen at end of shift"]),
            E("Catering Assistant (National Service)", "Akrofu Senior High School", "Akrofu", "2017-09", "2018-08",
              "affecting", bullets=[
                "Cooked in bulk for 600 boarding students with the kitchen staff",
                "Kept store records of rice, oil and gari issued"]),
            E("Sales Assistant", "Mama Yaa Provisions Store", "Cape Coast", "2014-01", "2016-12", "facing",
              "in_person_service", prec="year", bullets=[
                "Sold provisions to customers and gave change", "Arranged goods on shelves"]),
        ]),
        ("Education", "lines", ["Cape Coast Technical University — HND Hospitality Management (2017)",
                                "WASSCE — Aggrey Memorial A.M.E. Zion SHS (2013)"]),
        ("Referees", "lines", ["Mr. Kojo Asante-Bekoe, Executive Chef, Coastal Palm Hotel — 024 555 0420",
                               "Rev. Grace Owusu, Methodist Church Cape Coast — 020 555 3318"]),
    ]))

# ------------------------------------------------------------------ w004
RES.append(dict(
    file="w004.pdf", renderer="reportlab", layout="sidebar", hdr="pipe", dstyle="mon", present="Present",
    side=["Languages", "Skills", "Education"],
    family="Thai resort guest relations and bartender, reportlab shaded left sidebar, pipe title/company/place line",
    name="Kanokwan Srisuk (Ploy)",
    contact=["Ao Nang, Krabi 81000", "+66 81 555 2736", "ploy.srisuk@mailbox.co.th", "Line: ploy.krabi"],
    sections=[
        ("Languages", "list", ["Thai – native", "English – fluent", "Mandarin – basic"]),
        ("Skills", "list", ["Guest relations", "Cocktails & mocktails", "Opera PMS", "Micros POS", "Complaint handling"]),
        ("Education", "lines", ["B.A. Hotel & Tourism Management", "Chiang Mai Rajabhat University, 2018"]),
        ("Profile", "p", "Warm, organised hospitality professional with six years in Thai resorts and hotels, "
         "from banquets and bars to guest relations. Comfortable with Chinese and European guests."),
        ("Work Experience", "jobs", [
            E("Guest Relations Officer", "Andaman Cove Resort", "Krabi", "2023-06", "present", "facing",
              "in_person_service", bullets=[
                "Welcome VIP and returning guests, escort them to villas and explain resort facilities",
                "Follow up guest feedback during the stay and resolve issues with housekeeping and F&B",
                "Arrange birthday and honeymoon set-ups and island tour bookings"]),
            E("Bartender", "Riverside Lantern Hotel", "Bangkok", "2021-01", "2023-05", "facing", "in_person_service",
              bullets=["Mixed cocktails at the riverside bar for up to 150 guests a night",
                       "Created two signature drinks for the Songkran menu"]),
            E("Banquet Waiter", "Riverside Lantern Hotel", "Bangkok", "2019-07", "2020-12", "facing",
              "in_person_service", bullets=["Served weddings, seminars and gala dinners up to 400 pax"]),
            E("Cook Helper", "Baan Suan Thai Kitchen", "Chiang Mai", "2018-04", "2019-06", "affecting",
              bullets=["Prepared curry pastes, vegetables and herbs for the kitchen",
                       "Washed dishes and cleaned the kitchen after service"]),
            E("F&B Trainee", "Golden Teak Hotel", "Chiang Mai", "2017-06", "2017-11", "facing",
              "in_person_service", etype="internship", bullets=[
                "Rotated through the coffee shop and room service; took orders and served guests"]),
        ]),
    ]))

# ------------------------------------------------------------------ w005
RES.append(dict(
    file="w005.md", renderer="md", hdr="title_org", dstyle="mon", present="Present", md_job="h3", bullet="-",
    family="Australian food-truck owner, ex-Army cook, Markdown with h3 titles and employer/date lines",
    name="Liam Costa-Whitfield",
    contact=["Geelong VIC", "0412 555 087", "liam@mailbox.com.au"],
    sections=[
        ("About", "p", "Chef and small-business owner. Twelve years cooking — army kitchens, a busy waterfront "
         "restaurant and now my own taco truck."),
        ("Work history", "jobs", [
            E("Owner-Operator", "Smokestack Tacos (food truck)", "Geelong VIC", "2022-10", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                "Run the truck at markets, festivals and footy games — cooking and working the window",
                "Take private event bookings and meet clients to plan menus and numbers",
                "Handle council permits, stock, two casual staff and the Instagram page"]),
            E("Chef de Partie", "The Wharf Shed", "Geelong VIC", "2019-02", "2022-09", "affecting", bullets=[
                "Ran the wood-fire grill section", "Trained apprentices on grill and larder"]),
            E("Cook", "Australian Army Reserve, 9th Field Catering Platoon", None, "2014-01", "2018-12", "affecting",
              prec="year", etype="military", bullets=[
                "Field and garrison catering for up to 400 personnel",
                "Menu planning with the catering sergeant; stores and ration accounting"]),
            E("Apprentice Chef", "Bellarine Bistro", "Drysdale VIC", "2011-02", "2013-12", "affecting",
              etype="internship", bullets=["Four-year apprenticeship completed on the job and at TAFE",
                                           "Prep, pastry and cold larder"]),
        ]),
        ("Qualifications", "list", ["Certificate III in Commercial Cookery", "Food Safety Supervisor (current)",
                                    "Manual driver licence, HR licence"]),
    ]))

# ------------------------------------------------------------------ w006
RES.append(dict(
    file="w006.pdf", renderer="fpdf2", layout="left", hdr="org_title", dstyle="mm/yyyy", present="to date",
    family="French sommelier, fpdf2 left-aligned header, employer line first with dates right, title below",
    name="Mathilde Garnier-Roux",
    contact=["Lyon 7e, France", "+33 6 55 41 28 09", "m.garnierroux@mailbox.fr"],
    sections=[
        ("Professional experience", "jobs", [
            E("Head Sommelier", "Le Comptoir des Vignes", "Lyon", "2022-01", "present", "facing",
              "in_person_service", bullets=[
                "Guide guests through the list (420 references) and propose pairings for the tasting menu",
                "Buy from growers, manage the cellar and stock counts",
                "Train waiters on wine service"]),
            E("Caviste (Wine Shop Assistant)", "Maison Roussel", "Lyon", "2019-09", "2021-12", "facing",
              "in_person_service", bullets=["Advised customers in the shop and ran Saturday tastings",
                                            "Prepared orders for restaurant clients"]),
            E("Commis de Rang", "Brasserie Saint-Fiacre", "Paris", "2017-05", "2019-08", "facing",
              "in_person_service", bullets=["Served a section on the terrace, 250 covers a day"]),
            E("Harvest Worker", "Domaine des Trois Chênes", "Beaune", "2016-09", "2016-10", "none",
              datetext="Sept.–Oct. 2016", bullets=["Grape picking and sorting for the harvest"]),
        ]),
        ("Education", "lines", ["WSET Level 3 Award in Wines (Distinction), 2020",
                                "Mention Complémentaire Sommellerie — Lycée hôtelier de Tain, 2016",
                                "Bac Pro Commercialisation et Services en Restauration, 2015"]),
        ("Languages", "p", "French (native), English (fluent), Italian (good)"),
    ]))

# ------------------------------------------------------------------ w007
RES.append(dict(
    file="w007.docx", renderer="docx", layout="table", hdr="title_org", dstyle="month", present="Present",
    family="US catering sales manager and banquet captain, Word with a borderless table per job",
    name="Danielle R. Whitaker",
    contact=["Savannah, GA 31401", "(912) 555-0176", "dwhitaker@mailbox.net"],
    sections=[
        ("Professional Summary", "p", "Event professional with ten years in banquets and catering sales. I turn "
         "a couple's first call into a wedding day that runs to the minute."),
        ("Experience", "jobs", [
            E("Catering Sales Manager", "Magnolia Table Events", "Savannah, GA", "2021-08", "present", "facing",
              "sales_account", bullets=[
                "Meet couples and corporate planners, run menu tastings and write proposals",
                "Book $1.3M in catering revenue in 2025 (118% of goal)",
                "Hand events over to operations with detailed BEOs"]),
            E("Banquet Captain", "The Oglethorpe Grand Hotel", "Savannah, GA", "2018-04", "2021-07", "facing",
              "in_person_service", bullets=[
                "Led teams of up to 30 servers for weddings and conferences",
                "Main point of contact for the event host on the day"]),
            E("Banquet Server", "The Oglethorpe Grand Hotel", "Savannah, GA", "2016-09", "2018-03", "facing",
              "in_person_service", bullets=[]),
            E("Banquet Set-Up Attendant", "Riverfront Convention Center", "Savannah, GA", "2015-05", "2016-08",
              "affecting", bullets=["Set meeting rooms and ballrooms overnight to floor plans",
                                    "Moved staging, tables and dance floors; broke down after events"]),
            E("Administrative Assistant", "Lowcountry Title & Escrow", "Savannah, GA", "2014-06", "2015-04", "none",
              bullets=["Scanned and indexed closing files, data entry into the title system"]),
        ]),
        ("Education", "lines", ["B.S. Hospitality Management, Coastal Georgia State University, 2016"]),
        ("Certifications", "lines", ["Certified Special Events Professional (CSEP) candidate", "ServSafe Alcohol"]),
    ]))

# ------------------------------------------------------------------ w008
RES.append(dict(
    file="w008.pdf", renderer="reportlab", layout="twocol", hdr="title_org", dstyle="mon", present="Present",
    footer="Daniel Okafor-Reid  |  CV  |  page {n}", break_before="Education & Training", caps_head=True,
    family="UK hotel F&B manager, 2-page reportlab CV with two-column header and page footer, long career",
    name="Daniel Okafor-Reid",
    contact=["Widcombe, Bath BA2", "07700 900 662", "d.okaforreid@mailbox.co.uk", "linkedin: /in/dokaforreid"],
    sections=[
        ("Profile", "p", "Food and beverage manager with fifteen years in UK hotels, bars and conference venues. "
         "Commercially minded: I have taken a hotel restaurant and bar operation from a loss to a 14% departmental "
         "profit in two years. Comfortable with budgets, licensing, rotas and supplier negotiation, and still at "
         "my best on a busy Saturday on the floor."),
        ("Key Achievements", "list", [
            "Grew F&B revenue at The Pennington from £1.6m to £2.4m (2021–2025)",
            "Cut food waste by 30% with the head chef through menu engineering and par levels",
            "Restaurant Manager of the Year, Westcountry Hospitality Awards 2019"]),
        ("Career History", "jobs", [
            E("Food & Beverage Manager", "The Pennington Hotel", "Bath", "2021-03", "present", "affecting", bullets=[
                "Own the F&B P&L (£2.4m): forecasting, monthly reporting and labour cost",
                "Set menus, pricing and drinks lists with the head chef and bar manager",
                "Negotiate supplier contracts for wine, beer and dry goods",
                "Write rotas and lead recruitment for a team of 38",
                "Designated premises supervisor; licensing and health & safety audits"]),
            E("Restaurant Manager", "The Pennington Hotel", "Bath", "2018-06", "2021-02", "facing",
              "in_person_service", bullets=[
                "Ran the 90-cover restaurant and terrace, greeting VIP and returning guests",
                "Dealt with complaints in person and replied to TripAdvisor reviews",
                "Raised the restaurant's review score from 4.1 to 4.6"]),
            E("Assistant Restaurant Manager", "Cavendish Rooms", "Bristol", "2015-09", "2018-05", "facing",
              "in_person_service", bullets=[
                "Shift lead for breakfast, lunch and private dining",
                "Took large-party bookings and planned set menus with organisers"]),
            E("Bar Supervisor", "The Old Malt House", "Bristol", "2013-01", "2015-08", "facing", "in_person_service",
              bullets=["Ran the bar on busy nights, cellar management, cash-up",
                       "Trained new bar staff on cocktails and Challenge 25"]),
            E("Bar Back", "The Old Malt House", "Bristol", "2012-03", "2012-12", "affecting", bullets=[
                "Restocked fridges and changed barrels in the cellar",
                "Washed and polished glassware and kept the back bar stocked"]),
            E("Placement Student – Conference & Events", "Wexcombe University Conference Centre", "Wexcombe",
              "2010-07", "2011-06", "facing", "in_person_service", etype="internship", bullets=[
                "Staffed the delegate registration desk and looked after conference organisers on the day",
                "Helped plan room set-ups and catering numbers"]),
        ]),
        ("Education & Training", "lines", [
            "BA (Hons) International Hospitality Management, Wexcombe University, 2008–2012",
            "WSET Level 2 Award in Wines", "Personal Licence Holder (APLH)", "Level 3 Food Safety",
            "First Aid at Work (2024)"]),
        ("Interests", "p", "Open-water swimming, cooking West African food for far too many friends, Bath Rugby."),
        ("References", "p", "References available from current and previous employers."),
    ]))

# ------------------------------------------------------------------ w009
RES.append(dict(
    file="w009.html", renderer="html", hdr="title_org", dstyle="mm/yyyy", present="Now",
    family="Mexican chef-owner, taquero and cooking-class teacher, HTML page with h3 titles and floated dates",
    name="Guadalupe Hernández Ruiz",
    contact=["Barrio de Jalatlaco, Oaxaca de Juárez, Oax.", "+52 951 555 3820", "lupe.hernandez@mailbox.mx"],
    sections=[
        ("Sobre mí / About me", "p", "Cook from Oaxaca with fifteen years between street stands, hotel kitchens "
         "and my own small restaurant. I teach traditional moles and salsas to visitors on weekends."),
        ("Experience", "jobs", [
            E("Chef-Owner", "Cocina Doña Lupe", "Oaxaca", "2020-03", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                "Own and run a 28-seat restaurant: menu, buying at the Abastos market, staff of five",
                "Host the Friday chef's table: cook at the counter and talk guests through each course",
                "Moles and tortillas made in house every day"]),
            E("Cooking Class Instructor (weekends)", "Escuela de Sabores", "Oaxaca", "2021-01", "present", "facing",
              "education", etype="freelance", bullets=[
                "Teach groups of up to 10 visitors to make mole negro, tamales and salsas",
                "Lead the market walk before class in Spanish and English"]),
            E("Taquero", "Taquería El Güero", "Ciudad de México", "2016-05", "2020-02", "facing",
              "in_person_service", bullets=["Ran the al pastor trompo at the street counter and served customers",
                                            "Took orders and cash on busy night shifts"]),
            E("Food Tour Guide (weekends)", "Sabores del Centro Tours", "Ciudad de México", "2018-03", "2019-12",
              "facing", "other_facing", etype="freelance", bullets=[
                "Walked groups of 8 visitors through markets and street stands in the Centro Histórico",
                "Explained the history of each dish in English and Spanish"]),
            E("Line Cook", "Hotel Casa Jacaranda", "Ciudad de México", "2013-08", "2016-04", "affecting",
              bullets=["Hot line for the hotel restaurant and room service", "Breakfast prep from 5 am"]),
        ]),
        ("Education", "lines", ["Técnico en Gastronomía — CECATI 45, Ciudad de México (2013)"]),
        ("Languages", "lines", ["Spanish (native), English (intermediate), Zapotec (basic)"]),
    ]))

# ------------------------------------------------------------------ w010
RES.append(dict(
    file="w010.docx", renderer="docx", layout="header", hdr="title_org", dstyle="m.yyyy", present="Current",
    family="Italian pastry chef and night baker, name and contact in the Word page header, 1.2020 dates",
    name="Giulia Bellandi",
    contact=["Via dei Serragli 41, 50124 Firenze", "+39 347 555 2190", "giulia.bellandi@mailbox.it"],
    sections=[
        ("Esperienza / Experience", "jobs", [
            E("Pastry Chef", "Pasticceria Bellandi", "Firenze", "2022-02", "present", "facing", "in_person_service",
              bullets=[
                "Laminated doughs, tarts and celebration cakes for the family shop",
                "Meet couples for wedding-cake consultations and tastings",
                "Plan the seasonal range and order ingredients"]),
            E("Baker (night shift)", "Forno San Frediano", "Firenze", "2019-09", "2022-01", "affecting", bullets=[
                "Mixed, shaped and baked bread and schiacciata from 2 a.m.",
                "Finished the bake and cleaned down before the shop opened at 7"]),
            E("Commis Pâtissier", "Hotel Villa Aurelia", "Roma", "2017-10", "2019-08", "affecting", bullets=[
                "Breakfast viennoiserie and plated desserts for the restaurant",
                "Petit fours for banquets"]),
            E("Stage – Pastry Section", "Ristorante La Meridiana", "Bologna", "2017-03", "2017-08", "affecting",
              etype="internship", bullets=["Six-month unpaid stage in the pastry section"]),
        ]),
        ("Formazione / Education", "lines", ["Diploma IPSSAR — Enogastronomia, Firenze (2016)",
                                             "Corso di Pasticceria Professionale, Scuola Arte Bianca Bologna (2017)"]),
        ("Lingue / Languages", "p", "Italiano (madrelingua), English B2, Français A2"),
        ("Privacy", "p", "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR."),
    ]))

# ------------------------------------------------------------------ w011
RES.append(dict(
    file="w011.txt", renderer="txt", hdr="inline", dstyle="apos", present="Present", txt_head="underline",
    bullet="-",
    family="US hospital food service worker, plain text with underlined headings, title/employer/dates on one line",
    name="Marcus J. Tillman",
    contact=["Toledo, OH 43607 | (419) 555-0132 | marcus.tillman@mailbox.com"],
    sections=[
        ("Objective", "p", "Dependable food service worker looking for a full-time diet aide or cook position "
         "at a hospital."),
        ("Work Experience", "jobs", [
            E("Patient Food Service Ambassador", "St. Brendan Regional Medical Center", "Toledo, OH", "2022-05",
              "present", "facing", "healthcare_care", bullets=[
                "Visit patients on 4 units to take meal orders on a tablet",
                "Check diet orders and allergies with nursing before trays go out",
                "Deliver trays and pick them up, note what patients did not eat"]),
            E("Tray Line Cook", "St. Brendan Regional Medical Center", "Toledo, OH", "2020-11", "2022-04",
              "affecting", bullets=["Cooked for the patient tray line incl. renal, cardiac and pureed diets",
                                    "Temped and logged all hot food"]),
            E("Fry Cook", "Lucky Clover Diner", "Sylvania, OH", "2018-06", "2020-10", "affecting",
              bullets=["Fryer and flat top, breakfast rush", "Reduced hours during the 2020 shutdown"]),
            E("Delivery Driver", "Self-employed", "Toledo area", "2020-04", "2020-10", "affecting", etype="freelance",
              bullets=["Food delivery through two apps during the shutdown",
                       "Contactless drop-offs only - left orders at the door and sent a photo"]),
        ]),
        ("Education", "lines", ["Whitmer High School, Toledo OH - Diploma 2018",
                                "ServSafe Food Handler"]),
        ("Skills", "p", "Therapeutic diets, tray line, tablet ordering (CBORD), food temps, teamwork"),
    ]))

# ------------------------------------------------------------------ w012
RES.append(dict(
    file="w012.pdf", renderer="fpdf2", layout="centred", hdr="title_org", dstyle="mon", present="Present",
    footer="Nathan Kerridge — Curriculum Vitae — {n}", caps_head=True,
    family="Australian executive chef, 2-page fpdf2 CV with centred header, page footer and referees",
    name="Nathan Kerridge",
    contact=["New Farm QLD 4005", "0438 555 219", "nathan.kerridge@mailbox.com.au"],
    sections=[
        ("Career Profile", "p", "Executive chef with seventeen years in Australian kitchens, from hotel brigades "
         "in Sydney to running three Brisbane venues. I build kitchens that are calm, profitable and proud of "
         "what they send out: clear systems, honest costings, strong sous chefs and menus built around Queensland "
         "producers. I have opened two restaurants from a bare shell, rewritten food-safety programs after a poor "
         "audit and mentored four apprentices through to head-chef roles. Outside the kitchen I enjoy teaching "
         "and have taught commercial cookery part-time."),
        ("Key Skills", "list", [
            "Menu development and recipe costing (food cost held at 28–30%)",
            "Kitchen design and venue openings", "Recruitment, rostering under the Restaurant Industry Award",
            "Food safety programs and council audits", "Supplier relationships with local growers and fishers",
            "Training and assessing apprentices"]),
        ("Professional Experience", "jobs", [
            E("Executive Chef", "Saltbush Dining Group", "Brisbane QLD", "2020-07", "present", "facing",
              "in_person_service", bullets=[
                "Oversee the kitchens of three venues (420 seats) and a function space",
                "Write seasonal menus and cost every dish with the head chefs",
                "Meet wedding and function clients for menu tastings before their events",
                "Hire and develop head chefs; run monthly kitchen audits"]),
            E("Head Chef", "The Lantern Room", "Brisbane QLD", "2016-03", "2020-06", "affecting", bullets=[
                "Opened the restaurant from fit-out; team of 14", "Built the ordering and prep systems",
                "Two Chef Hats in the regional guide 2018 and 2019"]),
            E("Casual Commercial Cookery Teacher", "Northgate College of Hospitality", "Brisbane QLD", "2018-02",
              "2019-11", "facing", "education", bullets=[
                "Taught Certificate III practical classes two evenings a week",
                "Assessed apprentices' competency units"]),
            E("Sous Chef", "Cove Street Dining", "Sydney NSW", "2012-08", "2016-02", "affecting", bullets=[
                "Second in charge of a 12-cook brigade", "Ran the pass four nights a week"]),
            E("Chef de Partie", "Harbourlight Hotel", "Sydney NSW", "2009-01", "2012-12", "affecting", prec="year",
              bullets=["Sauce and larder sections for the hotel restaurant and banquets"]),
        ]),
        ("Qualifications", "list", ["Certificate IV in Kitchen Management", "Certificate IV in Training and Assessment",
                                    "Food Safety Supervisor", "Responsible Service of Alcohol (QLD)"]),
        ("Referees", "lines", ["Sandra Mollison, Operations Director, Saltbush Dining Group — 0417 555 308",
                               "Peter Ngata, former owner, The Lantern Room — 0409 555 771"]),
    ]))

# ------------------------------------------------------------------ w013
RES.append(dict(
    file="w013.docx", renderer="docx", layout="tabs", hdr="title_org", dstyle="mon", present="to date",
    bullet="•",
    family="UK school cook returning after a career break, Word tab-stop dates, typed bullets, factory job",
    name="Sharon Mistry",
    contact=["Evington, Leicester LE5", "07700 900 305", "sharon.mistry@mailbox.co.uk"],
    sections=[
        ("Profile", "p", "School cook who loves feeding children properly. Level 3 food hygiene, allergen trained "
         "and used to running a small kitchen on my own."),
        ("Work Experience", "jobs", [
            E("Cook in Charge", "Fairfield Catering Services", "Leicester", "2021-09", "present", "facing",
              "in_person_service", bullets=[
                "Run the kitchen at Greenacre Primary School: about 280 hot lunches a day",
                "Serve at the hatch with my assistant and know every child with an allergy by name",
                "Order food, keep temperature and allergen records, deep clean schedule"]),
            E("Kitchen Assistant", "Fairfield Catering Services", "Leicester", "2018-01", "2021-08", "facing",
              "in_person_service", bullets=["Prep, washing up and serving lunches to pupils at the counter"]),
            E("Lunchtime Supervisor", "Brookside Junior School", "Leicester", "2016-01", "2017-12", "facing",
              "education", prec="year", bullets=["Looked after children in the dining hall and on the playground"]),
            E("Career break", None, None, "2012-06", "2015-12", "none", etype="unknown",
              bullets=["At home raising my two children"]),
            E("Production Operative", "Kingsway Bakeries", "Leicester", "2008-03", "2012-05", "none", bullets=[
                "Sandwich and pastry production line, 6-2 and 2-10 shifts",
                "Packing, labelling and line cleaning"]),
        ]),
        ("Training", "lines", ["Level 3 Food Safety in Catering (2022)", "Allergen Awareness (2024)",
                               "Paediatric First Aid"]),
        ("Hobbies", "p", "Baking with my daughters, walking, church choir."),
    ]))

# ------------------------------------------------------------------ w014
RES.append(dict(
    file="w014.pdf", renderer="fpdf2", layout="sidebar", hdr="title_org", dstyle="mon", present="Now",
    side=["Core Skills", "Education", "Referees"],
    family="Ghanaian hotel F&B supervisor, fpdf2 sidebar, room-service order taker and kitchen steward",
    name="Kwabena Osei-Tutu",
    contact=["East Legon, Accra", "+233 24 555 6617", "kwabena.ot@mailbox.com.gh"],
    sections=[
        ("Core Skills", "list", ["Restaurant & bar service", "Micros POS", "Team supervision", "Upselling",
                                 "Food safety (HACCP)"]),
        ("Education", "lines", ["HND Hotel, Catering & Institutional Management", "Accra Technical University, 2016"]),
        ("Referees", "lines", ["Available upon request"]),
        ("Professional Summary", "p", "F&B supervisor with eight years in Ghanaian hotels and beach resorts. I keep "
         "service smooth, guests happy and my waiters motivated."),
        ("Work Experience", "jobs", [
            E("Food & Beverage Supervisor", "Osu Palms Hotel", "Accra", "2022-04", "present", "facing",
              "in_person_service", bullets=[
                "Supervise the all-day restaurant and pool bar, 12 staff per shift",
                "Attend to guest complaints and special requests",
                "Prepare duty rosters and month-end stock counts"]),
            E("Room Service Order Taker", "Osu Palms Hotel", "Accra", "2020-08", "2022-03", "facing",
              "contact_center", bullets=[
                "Took in-room dining orders from guests by phone, recommended dishes and confirmed delivery times",
                "Keyed orders into Micros and chased the kitchen on late orders"]),
            E("Waiter", "Kokrobite Tides Beach Resort", "Kokrobite", "2018-05", "2020-07", "facing",
              "in_person_service", bullets=["Served guests in the restaurant and on the beach"]),
            E("Steward (Kitchen Stewarding)", "Kokrobite Tides Beach Resort", "Kokrobite", "2017-01", "2018-04",
              "affecting", bullets=["Washed pots and crockery, cleaned the kitchen and stores",
                                    "Received and counted crockery and cutlery after functions"]),
        ]),
        ("Volunteer", "jobs", [
            E("Volunteer Cook", "Bread of Life Soup Kitchen", "Accra", "2019-01", "2019-12", "affecting",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Cooked jollof and stew in the church kitchen on Sunday mornings"]),
        ]),
    ]))

# ------------------------------------------------------------------ w015
RES.append(dict(
    file="w015.md", renderer="md", hdr="title_org", dstyle="month", present="Now", md_job="bold", bullet="*",
    family="Thai private chef and former chef de cuisine, Markdown with bold title lines and dates after a dash",
    name="Somchai Rattanakorn",
    contact=["Rawai, Phuket 83130", "+66 89 555 4410", "chef.somchai@mailbox.co.th"],
    sections=[
        ("Summary", "p", "Thai and modern Asian chef. After years running restaurant kitchens in Bangkok I now "
         "cook privately for villa guests in Phuket."),
        ("Experience", "jobs", [
            E("Private Chef", "Self-employed", "Phuket", "2023-01", "present", "facing", "entrepreneurial_freelance",
              etype="freelance", bullets=[
                "Plan menus with villa guests when they arrive and adapt to allergies and children",
                "Shop at the local markets and cook in the guests' villa kitchens",
                "Serve and explain each dish at the table; private cooking lessons on request"]),
            E("Chef de Cuisine", "Baan Rim Nam Restaurant", "Bangkok", "2019-05", "2022-12", "affecting", bullets=[
                "Led a kitchen of 14 cooks for a 120-seat riverside restaurant",
                "Created the menu and costings; food cost from 38% to 31%"]),
            E("Sous Chef", "The Saffron Verandah", "Bangkok", "2016-01", "2019-04", "affecting", bullets=[]),
            E("Cooking Instructor", "Silom Spice Cooking School", "Bangkok", "2014-03", "2015-12", "facing",
              "education", bullets=["Taught half-day Thai cooking classes for up to 12 tourists",
                                    "Led the morning market tour"]),
            E("Commis Cook", "Andaman Sands Resort", "Khao Lak", "2012-01", "2013-12", "affecting", prec="year",
              bullets=[]),
        ]),
        ("Education", "lines", ["Diploma in Culinary Arts, Dusit Hospitality College (2011)"]),
        ("Languages", "lines", ["Thai (native), English (good)"]),
    ]))
