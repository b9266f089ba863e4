"""Résumés w016–w030 (fictional people, employers, towns, numbers)."""
from lib import E

RES = []

# ------------------------------------------------------------------ w016
RES.append(dict(
    file="w016.pdf", renderer="reportlab", layout="centred", hdr="orgfirst", dstyle="mon", present="Present",
    paper="letter",
    family="US restaurant general manager, reportlab centred serif header, employer heading with roles beneath",
    name="Renée Thibodeaux",
    contact=["New Orleans, LA 70115", "(504) 555-0193", "renee.thibodeaux@mailbox.com"],
    sections=[
        ("Summary", "p", "Restaurant leader who came up through the host stand and the taproom. Eleven years in "
         "New Orleans hospitality; strong on guest recovery, hiring and training."),
        ("Professional Experience", "jobs", [
            E("General Manager", "Fenwick's Oyster House", "New Orleans, LA", "2021-02", "present", "facing",
              "in_person_service", bullets=[
                "Full P&L for a 160-seat restaurant and oyster bar ($5.8M sales)",
                "Do table touches every night and resolve guest complaints personally",
                "Hire, train and schedule 55 front- and back-of-house staff"]),
            E("Assistant General Manager", "Fenwick's Oyster House", "New Orleans, LA", "2018-09", "2021-01",
              "facing", "in_person_service", bullets=[
                "Floor manager on nights; took private-dining inquiries and walked parties through menus",
                "Reopened for takeout and patio service in 2020"]),
            E("Host", "Fenwick's Oyster House", "New Orleans, LA", "2017-04", "2018-08", "facing",
              "in_person_service", bullets=[]),
            E("Beertender", "Tchoupitoulas Brew Works", "New Orleans, LA", "2015-06", "2017-03", "facing",
              "in_person_service", bullets=["Poured and talked beer with guests in the taproom, ran brewery tours"]),
            E("Brewer's Assistant", "Tchoupitoulas Brew Works", "New Orleans, LA", "2014-03", "2015-05", "affecting",
              bullets=["Cleaned tanks and lines, kegged and canned", "Logged gravity and temperature readings"]),
        ]),
        ("Education", "lines", ["B.A. Communication, Loyola-Gulf University, 2013"]),
        ("Certifications", "lines", ["ServSafe Manager", "Certified Cicerone® Beer Server"]),
    ]))

# ------------------------------------------------------------------ w017
RES.append(dict(
    file="w017.docx", renderer="docx", layout="sidebar", hdr="title_org", dstyle="mon", present="Current",
    side=["Languages", "Skills"], bullet="-",
    family="French hotel chef de rang and night porter, Word two-column layout table with shaded sidebar, season",
    name="Yanis Benali",
    contact=["06 55 18 47 20", "yanis.benali@mailbox.fr", "Nice (06)"],
    tagline="Chef de rang — service en salle",
    sections=[
        ("Languages", "list", ["French – native", "Arabic – fluent", "English – B2", "Italian – A2"]),
        ("Skills", "list", ["Service à la française / à l'anglaise", "Cocktails", "Night audit basics", "Opera"]),
        ("Experience", "jobs", [
            E("Chef de Rang", "Hôtel Belle Rive Azur", "Nice", "2022-04", "present", "facing", "in_person_service",
              bullets=["Run a section of 24 covers in the gastronomic restaurant with a commis",
                       "Present the menu, carve and flambé at the table"]),
            E("Night Porter", "Hôtel Les Mimosas", "Antibes", "2020-10", "2022-03", "facing", "in_person_service",
              bullets=["Alone on the night shift: late check-ins, calls from rooms, taxis and breakfast set-up"]),
            E("Plongeur (Dishwasher)", "Restaurant Chez Fernand", "Marseille", "2019-06", "2020-09", "affecting",
              bullets=["Dishes, pots and kitchen cleaning; helped the commis with prep"]),
            E("Beach Waiter (seasonal)", "La Paillote Bleue", "Saint-Tropez", "2018-06", "2018-08", "facing",
              "in_person_service", datetext="Summer 2018", bullets=[]),
        ]),
        ("Education", "lines", ["CAP Commercialisation et Services en Hôtel-Café-Restaurant, Lycée Paul Augier, Nice (2018)"]),
    ]))

# ------------------------------------------------------------------ w018
RES.append(dict(
    file="w018.txt", renderer="txt", hdr="dash", dstyle="iso", present="to date", txt_head="dashes",
    txt_join="paren", bullet="•",
    family="Italian bar manager and barista, plain text with 'Title – Employer, Town (dates)' lines, ISO dates",
    name="Davide Ferraresi",
    contact=["Milano (MI) – Navigli", "Cell. +39 333 555 8142", "davide.ferraresi@mailbox.it"],
    sections=[
        ("Profilo", "p", "Barman and bar manager. I like a fast breakfast counter, good coffee and a team that "
         "laughs. Looking for a new challenge in Milan or abroad (London, Zurich)."),
        ("Esperienze lavorative", "jobs", [
            E("Bar Manager", "Caffè Moretti", "Milano", "2021-06", "present", "facing", "in_person_service",
              bullets=["Run the counter during the breakfast rush (600 coffees before 11)",
                       "Staff rota for 7, orders with suppliers, daily cash",
                       "Created the aperitivo menu; +22% evening sales"]),
            E("Barista", "Caffè Moretti", "Milano", "2019-03", "2021-05", "facing", "in_person_service",
              bullets=["Espresso bar, cash desk, table service in the dehors"]),
            E("Food Runner", "Trattoria dei Navigli", "Milano", "2018-04", "2019-02", "facing", "in_person_service",
              bullets=[]),
            E("Warehouse Operative", "Lombardia Bevande S.r.l.", "Sesto San Giovanni", "2016-09", "2018-03",
              "affecting", bullets=["Picked and packed drinks orders for bars and restaurants",
                                    "Loaded delivery vans, stock counts"]),
        ]),
        ("Istruzione", "lines", ["Diploma Istituto Alberghiero Carlo Porta, Milano (2016)",
                                 "Corso AIBES Barman 1° livello (2019)"]),
        ("Lingue", "lines", ["Italiano madrelingua - Inglese B1 - Spagnolo A2"]),
        ("Hobby", "p", "Calcio a 5, fotografia, viaggi."),
    ]))

# ------------------------------------------------------------------ w019
RES.append(dict(
    file="w019.pdf", renderer="fpdf2", layout="left", hdr="dateline", dstyle="mon", present="Present",
    family="UK hospital ward hostess and care-home cook, fpdf2 left header, title/employer/dates on separate lines",
    name="Tracey Lomax",
    contact=["Hillsborough, Sheffield S6", "07700 900 227", "tracey.lomax@mailbox.co.uk"],
    sections=[
        ("Personal Profile", "p", "Caring and cheerful catering worker with experience in hospital, care home "
         "and staff canteen catering. I know how much a good meal and a chat matters to someone in a hospital bed."),
        ("Work History", "jobs", [
            E("Ward Hostess", "Northgate Hospitals NHS Trust", "Sheffield", "2021-10", "present", "facing",
              "healthcare_care", bullets=[
                "Take patients' menu choices at the bedside and serve meals and drinks on two wards",
                "Help patients who need it to open packs and set up their tables",
                "Report poor food and fluid intake to the nurse in charge"]),
            E("Catering Assistant – Central Production Unit", "Northgate Hospitals NHS Trust", "Sheffield",
              "2019-03", "2021-09", "affecting", bullets=[
                "Cook-chill production of 1,500 meals a day", "Labelling, blast chilling and temperature records"]),
            E("Cook", "Willowbank Care Home", "Rotherham", "2016-07", "2019-02", "facing", "healthcare_care",
              bullets=["Cooked for 40 residents including pureed and diabetic diets",
                       "Sat down with residents every month to plan the menu and hear their requests",
                       "Ordering and kitchen hygiene (5-star rating)"]),
            E("Canteen Assistant", "Brightside Steel Works", "Sheffield", "2014-01", "2016-06", "facing",
              "in_person_service", bullets=["Served breakfasts and lunches to shift workers and ran the till"]),
        ]),
        ("Qualifications", "list", ["NVQ Level 2 Food Production and Cooking", "Level 2 Food Safety",
                                    "Dysphagia (IDDSI) awareness training, 2022"]),
        ("References", "p", "On request."),
    ]))

# ------------------------------------------------------------------ w020
RES.append(dict(
    file="w020.docx", renderer="docx", layout="styles", hdr="title_org", dstyle="month", present="Current",
    family="Australian cellar-door host, assistant winemaker and pub glassie, Word heading styles, tab-stop dates",
    name="Jessamy Price",
    contact=["Willunga SA 5172", "0421 555 930", "jess.price@mailbox.com.au"],
    sections=[
        ("Career Objective", "p", "Wine and hospitality all-rounder looking for a cellar door manager role in "
         "McLaren Vale or the Adelaide Hills."),
        ("Employment", "jobs", [
            E("Cellar Door Host", "Ridgeback Estate Wines", "McLaren Vale SA", "2023-09", "present", "facing",
              "in_person_service", bullets=[
                "Run seated and walk-in tastings for visitors, up to 200 on a long weekend",
                "Sign up wine club members and process orders"]),
            E("Assistant Winemaker", "Ridgeback Estate Wines", "McLaren Vale SA", "2021-02", "2023-08", "affecting",
              bullets=["Two vintages: ferment management, pump-overs, barrel work",
                       "Lab analysis and bottling runs"]),
            E("Bartender", "Larder & Vine Bar", "Adelaide SA", "2018-05", "2021-01", "facing", "in_person_service",
              bullets=["Cocktails and wine service for a 70-seat bar"]),
            E("Glassie", "The Royal Oak Hotel", "Norwood SA", "2016-11", "2018-04", "facing", "in_person_service",
              bullets=["Collected and washed glasses and restocked the fridges",
                       "Checked IDs at the door on Friday and Saturday nights"]),
        ]),
        ("Education", "lines", ["Bachelor of Viticulture and Oenology, University of the Southern Vales (2020)"]),
        ("Licences", "list", ["RSA (SA)", "Forklift licence", "Driver licence"]),
    ]))

# ------------------------------------------------------------------ w021
RES.append(dict(
    file="w021.html", renderer="html", hdr="title_org", dstyle="month", present="Present",
    family="Mexican resort guest experience coordinator and bartender, HTML page, restaurant reservations agent",
    name="Alejandro Cámara Pech",
    contact=["Supermanzana 15, Cancún, Q. Roo", "+52 998 555 1207", "alejandro.camara@mailbox.mx"],
    sections=[
        ("Professional Experience", "jobs", [
            E("Guest Experience Coordinator", "Hotel Arena Turquesa", "Cancún", "2022-07", "present", "facing",
              "in_person_service", bullets=[
                "Welcome arriving guests in the lobby lounge and follow up on their stay",
                "Handle restaurant reservations and special occasions for all-inclusive guests"]),
            E("Bartender / Mixologist", "Hotel Arena Turquesa", "Cancún", "2019-12", "2022-06", "facing",
              "in_person_service", bullets=["Swim-up bar and lobby bar, up to 300 drinks per shift"]),
            E("Reservations Agent (Restaurants)", "Grupo Caribe Mesa", "Cancún", "2018-02", "2019-11", "facing",
              "contact_center", bullets=["Phone and WhatsApp bookings for five restaurants in English and Spanish",
                                         "Called guests to confirm large groups"]),
            E("Waiter", "La Palapa de Chucho", "Playa del Carmen", "2015-01", "2017-12", "facing",
              "in_person_service", prec="year", bullets=[]),
        ]),
        ("Volunteer", "jobs", [
            E("Volunteer", "Comedor Comunitario Manos Unidas", "Cancún", "2020-04", "2021-03", "facing",
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Served hot meals to families during the pandemic and handed out food parcels"]),
        ]),
        ("Education", "lines", ["Licenciatura en Gastronomía (incomplete), Universidad del Caribe Maya, 2015–2017"]),
        ("Languages", "lines", ["Spanish (native), English (advanced, TOEIC 850), Maya (basic)"]),
    ]))

# ------------------------------------------------------------------ w022
RES.append(dict(
    file="w022.pdf", renderer="reportlab", layout="plain", hdr="dash", dstyle="mm/yyyy", present="Present",
    paper="letter",
    family="US café owner and former baker and bookkeeper, reportlab single column, 'Title – Employer, Town' lines",
    name="Hannah K. Lindqvist",
    contact=["Duluth, MN 55805 · (218) 555-0161 · hannah@mailbox.com"],
    sections=[
        ("Experience", "jobs", [
            E("Owner", "Second Shift Café", "Duluth, MN", "2020-09", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                "Opened a 30-seat café and bakery in a former bank branch",
                "Open at 6 and work the counter with my team most mornings",
                "Quote and deliver office catering; do the books and payroll"]),
            E("Bookkeeper (part-time)", "North Shore Restaurant Supply", "Duluth, MN", "2017-04", "2020-08", "none",
              bullets=["Accounts payable and receivable, bank reconciliations, payroll for 22 staff"]),
            E("Baker", "Good Grain Bakery", "Superior, WI", "2014-03", "2017-03", "facing", "in_person_service",
              bullets=["4 a.m. bake: sourdough, laminated pastry, cookies",
                       "Worked the counter on Saturday mornings"]),
            E("Barista", "Canal Park Coffee Co.", "Duluth, MN", "2012-06", "2014-02", "facing", "in_person_service",
              bullets=[]),
        ]),
        ("Education", "lines", ["A.A.S. Accounting, Arrowhead Technical College, 2016"]),
        ("Skills", "p", "QuickBooks, Square, wholesale ordering, sourdough, cake decorating"),
    ]))

# ------------------------------------------------------------------ w023
RES.append(dict(
    file="w023.docx", renderer="docx", layout="table", hdr="title_org", dstyle="mon.", present="Present",
    family="Thai rooftop-bar outlet manager, sommelier and cost controller, Word table per job, 'Jan.' dates",
    name="Pimchanok Wongsawat",
    contact=["Sathorn, Bangkok 10120", "+66 92 555 7318", "pim.wongsawat@mailbox.co.th"],
    sections=[
        ("Summary", "p", "Bar and wine professional, certified sommelier, with a background in beverage cost "
         "control. Fluent in Thai, English and French."),
        ("Work Experience", "jobs", [
            E("Outlet Manager – Rooftop Bar", "Chao Phraya Skyline Hotel", "Bangkok", "2022-01", "present", "facing",
              "in_person_service", bullets=["Lead a team of 22 on the 48th-floor bar; host VIP tables and events",
                                            "Beverage menu, targets and daily briefing"]),
            E("Beverage Cost Controller", "Chao Phraya Skyline Hotel", "Bangkok", "2019-08", "2021-12", "none",
              bullets=["Monthly inventory of all bars and cellars, pour-cost and variance reports",
                       "Costed cocktail recipes and checked supplier invoices"]),
            E("Sommelier", "Le Jardin Siam", "Bangkok", "2016-05", "2019-07", "facing", "in_person_service",
              bullets=["Wine service and pairing advice for a 60-seat French restaurant"]),
            E("Waiter", "Lumpini Garden Hotel", "Bangkok", "2014-01", "2016-12", "facing", "in_person_service",
              prec="year", bullets=[]),
        ]),
        ("Certifications", "list", ["Court-style Certified Sommelier (2017)", "WSET Level 3 Spirits"]),
        ("Education", "lines", ["B.B.A. Hospitality, Siam Riverside University (2013)"]),
    ]))

# ------------------------------------------------------------------ w024
RES.append(dict(
    file="w024.txt", renderer="txt", hdr="labelled", dstyle="month", present="Till date", txt_head="colon",
    bullet="-",
    family="Ghanaian caterer, plain text CV with labelled Position/Employer/Period blocks, year-only market trading",
    name="Adwoa Serwaa Boateng",
    contact=["Asokwa, Kumasi - Ashanti Region", "Mobile: 054 555 2278", "E-mail: adwoa.caters@mailbox.com.gh"],
    sections=[
        ("Profile", "p", "Experienced caterer and events cook who has grown a one-woman business into a catering "
         "company serving weddings, funerals and corporate functions across Ashanti."),
        ("Employment Record", "jobs", [
            E("Chief Executive Officer", "Adwoa's Kitchen & Events Catering", "Kumasi", "2019-01", "present",
              "facing", "entrepreneurial_freelance", etype="freelance", bullets=[
                "Meet brides, families and company secretaries to plan menus and budgets",
                "Organise tastings before weddings and big functions",
                "Supervise 12 staff at events and manage procurement"]),
            E("Cook", "Garden City Royal Lodge", "Kumasi", "2015-06", "2018-12", "affecting",
              bullets=["Prepared local and continental meals for the restaurant and conferences"]),
            E("Dining Hall Cook", "Ejisu Girls' Senior High School", "Ejisu", "2012-01", "2015-12", "affecting",
              prec="year", bullets=["Cooked breakfast, lunch and supper for boarding students"]),
            E("Foodstuff Trader", "Self-employed", "Kejetia Market, Kumasi", "2009-01", "2011-12", "facing",
              "entrepreneurial_freelance", prec="year", etype="freelance",
              bullets=["Sold yam, plantain and garden eggs from my own stall"]),
        ]),
        ("Education", "lines", ["Kumasi Technical University - Diploma in Catering (2014)", "SSSCE (2006)"]),
        ("Hobbies", "lines", ["Cooking, reading, church activities"]),
        ("Referees", "lines", ["Mrs. Akosua Frimpong, Manager, Garden City Royal Lodge - 020 555 1180"]),
    ]))

# ------------------------------------------------------------------ w025
RES.append(dict(
    file="w025.pdf", renderer="fpdf2", layout="centred", hdr="datesfirst", dstyle="MON", present="PRESENT",
    bullet="–",
    family="UK kitchen porter to chef de partie, fpdf2 centred header, dates first, delivery rider and volunteer",
    name="Callum Rhys Evans",
    contact=["Shrewsbury SY1", "07700 900 519", "callumevans@mailbox.co.uk"],
    sections=[
        ("About me", "p", "Chef de partie who started as a KP. Quick, tidy and always up for learning a new section."),
        ("Experience", "jobs", [
            E("Chef de Partie", "The Riverside Arms", "Shrewsbury", "2023-04", "present", "affecting",
              bullets=["Sauce and fish sections in a busy gastropub (AA Rosette)", "Run the kitchen on the head chef's days off"]),
            E("Commis Chef", "The Riverside Arms", "Shrewsbury", "2021-11", "2023-03", "affecting", bullets=[]),
            E("Kitchen Porter", "Hawthorne Hall Country Hotel", "Ludlow", "2020-02", "2021-10", "affecting",
              bullets=["Washing up and pots for weddings of up to 150", "Helped on breakfast prep"]),
            E("Food Delivery Rider", "Self-employed", "Shrewsbury", "2019-05", "2020-01", "facing",
              "in_person_service", etype="freelance",
              bullets=["Cycled deliveries for two apps and handed orders to customers at the door"]),
        ]),
        ("Volunteering", "jobs", [
            E("Volunteer Cook", "St Chad's Community Breakfast", "Shrewsbury", "2018-12", "2019-02", "facing",
              "volunteering", section="volunteer", etype="volunteer", datetext="Winter 2018/19",
              bullets=["Cooked porridge and bacon rolls for rough sleepers, served them and had a chat"]),
        ]),
        ("Education", "lines", ["Level 2 Diploma in Professional Cookery, Shrewsbury College (2021)"]),
    ]))

# ------------------------------------------------------------------ w026
RES.append(dict(
    file="w026.docx", renderer="docx", layout="tabs", hdr="orgfirst", dstyle="mon", present="Present",
    family="US hotel F&B director with in-room dining and cantina roles, Word tab-stop dates, employer heading with roles beneath",
    name="Marisol Ochoa-Brandt",
    contact=["San Diego, CA 92101", "(619) 555-0142", "marisol.ochoa@mailbox.com"],
    sections=[
        ("Summary", "p", "Food and beverage leader with 11 years in California hotels and restaurants."),
        ("Work Experience", "jobs", [
            E("Director of Food & Beverage", "Marigold Harbor Hotel", "San Diego, CA", "2022-03", "present", "facing",
              "sales_account", bullets=[
                "Lead restaurant, bar, in-room dining and banquets ($9M revenue)",
                "Sit in on menu tastings with wedding couples and corporate planners and close the details",
                "Budgets, union contracts, menu pricing"]),
            E("In-Room Dining Manager", "Marigold Harbor Hotel", "San Diego, CA", "2019-06", "2022-02", "affecting",
              bullets=["Managed 14 order-takers and servers; schedules and payroll",
                       "Cut average ticket time from 41 to 28 minutes", "Menu engineering and inventory"]),
            E("F&B Systems Coordinator", "Marigold Harbor Hotel", "San Diego, CA", "2018-06", "2019-05", "facing",
              "internal_support", bullets=[
                "Built menus and modifiers in Micros for five outlets",
                "First call for servers and managers with POS and printer problems during service",
                "Trained new hires on the POS"]),
            E("Server", "Paloma Verde Cantina", "Chula Vista, CA", "2016-04", "2018-05", "facing", "in_person_service",
              bullets=["Served a five-table section, margaritas and tableside guacamole"]),
            E("Busser", "Paloma Verde Cantina", "Chula Vista, CA", "2015-01", "2016-03", "facing",
              "in_person_service", bullets=["Cleared and reset tables, refilled water and chips"]),
        ]),
        ("Education", "lines", ["B.S. Hospitality & Tourism Management, Pacific Crest State University, 2018"]),
    ]))

# ------------------------------------------------------------------ w027
RES.append(dict(
    file="w027.md", renderer="md", hdr="title_org", dstyle="month", present="to date", md_job="h3", bullet="*",
    family="French culinary school chef instructor and meal-kit recipe developer, Markdown, Italian agriturismo",
    name="Étienne Marchal",
    contact=["Lyon (69003)", "+33 7 55 62 10 48", "etienne.marchal@mailbox.fr"],
    sections=[
        ("Compétences / Skills", "p", "French classical technique · recipe development and testing · teaching "
         "adults · HACCP · English and Italian"),
        ("Expérience", "jobs", [
            E("Chef Instructor", "École Culinaire du Rhône", "Lyon", "2020-09", "present", "facing", "education",
              para=True, bullets=["Teach knife skills, stocks and sauces to classes of 16 adult career-changers",
                       "Assess practical exams and coach students before their CAP"]),
            E("Recipe Developer", "Panier Frais", "Paris", "2018-01", "2020-08", "affecting",
              para=True, bullets=["Developed and tested 8 meal-kit recipes a week in the test kitchen",
                       "Wrote step-by-step recipe cards and worked on photo shoots"]),
            E("Junior Sous Chef", "Le Bouchon des Canuts", "Lyon", "2014-06", "2017-12", "affecting", bullets=[]),
            E("Cuoco (Cook)", "Agriturismo Il Poggio", "Montalcino, Italy", "2012-04", "2014-05", "affecting",
              bullets=["Cooked dinner for up to 30 agriturismo guests", "Helped in the olive harvest and the vegetable garden"]),
        ]),
        ("Formation", "lines", ["BTS Management en Hôtellerie-Restauration, Lycée hôtelier de Dijon (2012)"]),
    ]))

# ------------------------------------------------------------------ w028
RES.append(dict(
    file="w028.docx", renderer="docx", layout="header", hdr="title_org", dstyle="month", present="Now",
    family="Australian student casual hospitality worker, name and contact in the Word page header, volunteering",
    name="Mia Tran",
    contact=["Randwick NSW 2031", "0433 555 602", "mia.tran@mailbox.com.au"],
    sections=[
        ("Education", "lines", ["Bachelor of Nutrition (2nd year), Eastbridge University, Sydney",
                                "HSC 2022, Randwick Girls High School"]),
        ("Work Experience", "jobs", [
            E("Kitchen Hand", "Saltwater Kiosk", "Coogee NSW", "2024-11", "present", "facing", "in_person_service",
              bullets=["Washing up and prep for the fish & chip kiosk",
                       "Serve takeaway orders at the window when it gets busy"]),
            E("Food & Beverage Attendant", "Harbourside Stadium Hospitality", "Sydney", "2023-03", "2024-10",
              "facing", "in_person_service", bullets=["Casual on game days: served beers and pies at the kiosks"]),
            E("Sandwich Hand", "The Daily Loaf Café", "Newtown NSW", "2022-01", "2023-02", "affecting",
              bullets=["Made rolls, wraps and salads for the cabinet before the café opened"]),
        ]),
        ("University", "jobs", [
            E("Research Assistant (casual)", "Eastbridge University School of Nutrition", "Sydney", "2025-02",
              "2025-11", "none", section="other", bullets=[
                "Entered food-diary data for a dietary study and checked it against the nutrient database"]),
        ]),
        ("Volunteering", "jobs", [
            E("Food Rescue Volunteer", "Second Serve Sydney", "Sydney", "2021-06", "2021-12", "affecting",
              section="volunteer", etype="volunteer",
              bullets=["Collected surplus food from cafés and drove it to partner charities"]),
        ]),
        ("Skills", "list", ["RSA and Food Handler certificates", "Vietnamese (fluent)", "Square POS"]),
    ]))

# ------------------------------------------------------------------ w029
RES.append(dict(
    file="w029.docx", renderer="docx", layout="table", hdr="org_title", dstyle="m/yyyy", present="current",
    family="US school cafeteria manager, Word table per job with employer line first, m/yyyy dates, snack plant",
    name="Brenda L. Kowalczyk",
    contact=["Fort Wayne, IN 46805", "(260) 555-0127", "brendak@mailbox.net"],
    sections=[
        ("Experience", "jobs", [
            E("Cafeteria Manager", "Lakeview School District", "Fort Wayne, IN", "2019-08", "present", "facing",
              "in_person_service", bullets=[
                "Manage the kitchen at Maple Grove Elementary with 4 staff, 450 lunches and 200 breakfasts a day",
                "USDA meal pattern, ordering and production records",
                "Run the serving line and register when we are short-staffed and know the kids by name"]),
            E("Food Service Worker", "Lakeview School District", "Fort Wayne, IN", "2015-08", "2019-06", "facing",
              "in_person_service", bullets=["Breakfast prep and serving the lunch line"]),
            E("Prep Cook", "Allen County Senior Living", "New Haven, IN", "2012-03", "2015-07", "affecting",
              bullets=["Prepped and cooked for the dining room and tray service"]),
            E("Line Worker", "Hoosier Snack Foods", "Fort Wayne, IN", "2009-05", "2012-02", "none",
              bullets=["Packing line and sanitation crew at a pretzel plant"]),
        ]),
        ("Certifications", "list", ["ServSafe Manager", "Indiana School Nutrition Association Level 2"]),
    ]))

# ------------------------------------------------------------------ w030
RES.append(dict(
    file="w030.html", renderer="html", hdr="pipe", dstyle="mon", present="Present",
    family="Venetian hotel events and banqueting coordinator, HTML with pipe title/employer/town lines",
    name="Chiara Zanon",
    contact=["Cannaregio, 30121 Venezia", "+39 340 555 6623", "chiara.zanon@mailbox.it"],
    sections=[
        ("Profile", "p", "Events and banqueting professional in Venetian hotels, trilingual (IT/EN/DE)."),
        ("Work experience", "jobs", [
            E("Events & Banqueting Coordinator", "Palazzo Ca' Lunardi Hotel", "Venezia", "2021-04", "present",
              "facing", "sales_account", bullets=[
                "Meet clients to plan weddings and gala dinners: site visits, menu tastings, contracts",
                "On-site contact for the client on the event day"]),
            E("Banqueting Supervisor", "Hotel Laguna Serena", "Lido di Venezia", "2018-03", "2021-03", "facing",
              "in_person_service", bullets=["Led banquet service teams for up to 350 guests"]),
            E("Host", "Osteria alla Fondamenta", "Venezia", "2016-04", "2018-02", "facing", "in_person_service",
              bullets=["Bookings, seating and welcoming guests"]),
            E("Purchasing Assistant", "Gruppo Alberghiero Serenissima", "Mestre", "2015-05", "2016-03", "affecting",
              bullets=["Placed food and beverage orders with suppliers for three hotels",
                       "Compared prices and matched invoices to deliveries"]),
            E("Online Reservations Assistant (part-time)", "Tavola Laguna S.r.l.", "Venezia", "2014-06", "2015-04",
              "facing", "digital_service", bullets=[
                "Answered booking requests and guests' questions by e-mail and web chat for 40 partner restaurants",
                "Replied to online reviews in Italian, English and German"]),
        ]),
        ("Education", "lines", ["Laurea in Economia del Turismo, Università Ca' Foscari (2015)"]),
        ("Languages", "lines", ["Italian (native), English (C1), German (B2)"]),
    ]))
