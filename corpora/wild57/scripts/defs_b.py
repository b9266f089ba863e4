"""wild57 résumés w016–w030."""
from lib import E

RESUMES = [
# ---------------------------------------------------------------- w016
dict(fmt="docx", layout="sidebar", order="title_org", dstyle="month", present="Present", side_fill="E4DDF0",
     family="British cruise entertainment host, Word two-column layout table with shaded sidebar, youth staff and holiday park",
     desc="docx, sidebar/title_org, month / 'Present'",
     name="Jodie-Mae Pritchard",
     contact=["Rhyl, Denbighshire", "07826 330 471", "jodiemae.p@mailbox.co.uk"],
     side=[("Skills", ["Microphone & stage hosting", "Games, quizzes, bingo", "Kids' activities", "Dance (street, commercial)"]),
           ("Certificates", ["STCW Basic Safety", "Enhanced DBS", "Paediatric First Aid"])],
     profile_head="About me",
     profile="Bubbly, loud when it's needed and good with a microphone. Four years hosting on ships and in holiday parks.",
     sections=[("Experience", [
        E("Entertainment Host", "Carnelian Cruises", "Northern Europe & Canaries", "2024-03", "present", "facing", "other_facing", [
            "Host quizzes, deck parties, bingo and the nightly game show for 1,800 guests",
            "Meet and greet at the theatre doors, escort the guest talent show, hand out prizes",
            "Cabaret rehearsals in the afternoon; 6-month contracts with 8 weeks' leave"]),
        E("Youth Staff – Kids Club", "Carnelian Cruises", "Mediterranean", "2022-05", "2023-11", "facing", "education", [
            "Ran arts & crafts, scavenger hunts and pirate nights for ages 3–12",
            "Signed children in and out with parents; kept to the ratios"]),
        E("Redcoat-style Entertainer", "Sandybay Holiday Village", "Prestatyn", "2021-04", "2021-10", "facing", "other_facing", [
            "Daytime kids' show, evening cabaret and bingo; character suit on Saturdays"]),
        E("Dance Teacher (Saturdays)", "StepOut Dance Academy", "Rhyl", "2019-09", "2022-04", "facing", "education", [
            "Taught street dance classes for 6–14s"], etype="paid"),
     ])],
     extras=[("Education", ["BTEC Level 3 Extended Diploma in Performing Arts (Dance), Clwyd Coast College, 2021"])]),
# ---------------------------------------------------------------- w017
dict(fmt="pdf_fp", layout="left", order="title_org", dstyle="mon", present="Present", caps_heads=True,
     footer="Gareth Lowthian – CV – page {page}", break_before="Qualifications", bullet="▪",
     family="English holiday park general manager, fpdf2 two pages with footer, long career from lifeguard",
     desc="fpdf2, left/title_org, mon / 'Present' (2 pages)",
     name="Gareth Lowthian", headline="Holiday Park General Manager",
     contact=["Skegby Lane, Cleethorpes DN35", "07731 902 554", "gareth.lowthian@mailbox.co.uk"],
     profile_head="Profile",
     profile=("Holiday park manager with twenty years in caravan and lodge parks on the east coast. I've done every "
              "job on a park from the pool to the sales office, so I run mine from the reception floor and the clubhouse, "
              "not from behind a desk. Strong on holiday home sales, owner relations and seasonal recruitment."),
     sections=[("Career History", [
        E("General Manager", "Humber Sands Holiday Park", "Cleethorpes", "2019-02", "present", "facing", "sales_account", [
            "Run a 620-pitch park with 410 privately owned holiday homes, 60 hire fleet caravans, pool and clubhouse",
            "Meet owners at the owners' forum each quarter and handle their escalated complaints and pitch-fee queries",
            "Holiday home sales (£6.1m in 2024) with a sales team of four; I close the bigger part-exchanges myself",
            "Seasonal recruitment of 90 staff each March; health & safety and licensing"]),
        E("Holiday Home Sales Manager", "Lindmarsh Coast Parks", "Mablethorpe", "2013-01", "2019-01", "facing", "sales_account", [
            "Viewings, part-exchanges and finance for new and pre-owned caravans and lodges",
            "Handover of new homes to owners and follow-up visits"]),
        E("Guest Services Supervisor", "Lindmarsh Coast Parks", "Mablethorpe", "2009-03", "2012-12", "facing", "in_person_service", [
            "Reception, bookings, arrivals and lost keys; supervised reception and security staff"]),
        E("Pool Lifeguard / Leisure Assistant", "Wolds Edge Leisure Park", "Skegness", "2005", "2008", "facing", "other_facing", [
            "NPLQ lifeguard, swimming lessons in the off season"], prec="year"),
        E("Seasonal Bar Staff", "Wolds Edge Leisure Park", "Skegness", "2004-06", "2004-08", "facing", "in_person_service", [],
            dtext="Summer 2004"),
     ])],
     extras=[("Qualifications", ["NEBOSH National General Certificate (2017)", "ILM Level 5 Leadership and Management (2015)",
                                 "Personal Licence Holder", "BH&HPA Park Operator training"]),
             ("Interests", ["Grimsby Town season ticket, coarse fishing, running the park's charity fun run"])]),
# ---------------------------------------------------------------- w018
dict(fmt="txt", layout="plain", order="orgfirst", dstyle="month", present="Current", caps_name=False, bullet="-", underline=False,
     family="South African casino croupier and pit supervisor, plain text, employer in capitals with roles beneath, year-only older dates",
     desc="txt, plain/orgfirst, month / 'Current' + year-only",
     name="Lerato Maseko", headline="CURRICULUM VITAE",
     contact=["ID No: available on request", "Tembisa, Gauteng", "Cell: 076 220 1984", "E-mail: lerato.maseko@mailbox.co.za",
              "Drivers licence: Code 08"], contact_lines=True,
     profile_head="Personal Profile",
     profile=("I am a hard working and honest person who can work under pressure. I have been in the gaming industry "
              "since 2010 and hold a valid Gauteng Gambling Board licence."),
     sections=[("Employment History", [
        E("Pit Supervisor", "HIGHVELD SUN CASINO & ENTERTAINMENT WORLD", "Kempton Park", "2022-08", "present", "facing", "in_person_service", [
            "Supervising tables in the main pit and Salon Privé",
            "Resolving disputes with players and ensuring game protection",
            "Completing shift reports and dealer appraisals"]),
        E("Croupier (Grade A)", "HIGHVELD SUN CASINO & ENTERTAINMENT WORLD", "Kempton Park", "2015-01", "2022-07", "facing", "in_person_service", [
            "Dealing roulette, blackjack and poker to players",
            "Promoted Grade B to Grade A in 2017"]),
        E("Cage Cashier", "GOLDEN REEF CASINO", "Boksburg", "2011", "2014", "facing", "in_person_service", [
            "Exchanging cash and chips for patrons at the cage window, FICA checks"], prec="year"),
        E("Count Room Clerk", "GOLDEN REEF CASINO", "Boksburg", "2010", "2010", "none", None, [
            "Counting slot drop and table drop boxes under camera, balancing count sheets"], prec="year"),
     ])],
     extras=[("Education", ["Matric – Thembalethu Secondary School, 2009", "Dealer Training Course, 2014 (roulette, blackjack, poker)"]),
             ("Languages", ["English, Sepedi, isiZulu, Setswana"]),
             ("References", ["Mr T. Nkosi – Shift Manager – 011 555 7820", "Mrs A. Pillay – Cage Manager (former) – 011 555 4471"])]),
# ---------------------------------------------------------------- w019
dict(fmt="pdf_rl", layout="plain", header="centre", order="pipe", dstyle="mm/yyyy", present="present", font="dejavu",
     accent="#7a1f2b", bullet="–",
     family="Swiss front office manager, reportlab centred header, pipe title/hotel/town line with right numeric dates",
     desc="reportlab, plain/pipe, mm/yyyy / 'present'",
     name="Léa Dubois-Hürlimann", headline="Front Office Manager",
     contact=["Rue du Lac 31, 1820 Montreux", "+41 79 448 12 07", "lea.dubois@mailbox.ch", "Permit C"],
     profile=None,
     sections=[("Professional experience", [
        E("Front Office Manager", "Grand Hôtel du Léman", "Montreux", "2022-05", "present", "facing", "in_person_service", [
            "Leading reception, guest relations, concierge and night team (26 people), 5* Swiss Deluxe hotel",
            "Present in the lobby at peak arrivals; welcome of long-stay and VIP guests, complaint handling",
            "Upselling programme with the revenue team: +14% room upgrade revenue in 2023"]),
        E("Guest Relations Manager", "Palace Hotel Titlisblick", "Engelberg", "2019-12", "2022-04", "facing", "in_person_service", [
            "Pre-arrival contact, amenities and in-stay follow-up for returning guests and VIPs"]),
        E("Night Auditor", "Palace Hotel Titlisblick", "Engelberg", "2018-11", "2019-11", "affecting", None, [
            "Night audit, revenue reports, credit card settlements, rate checks and no-show charges"]),
        E("Management Trainee (rotation)", "Hotel Seeblick am Quai", "Zürich", "2017-02", "2018-08", "facing", "in_person_service", [
            "Rotation through reception, restaurant, housekeeping and sales; longest block at the front desk"],
            etype="internship"),
     ])],
     extras=[("Education", ["2014–2017  Bachelor in International Hospitality Management, Institut Hôtelier de Vevey-Corsier"]),
             ("Languages", ["French (mother tongue), German (C1), English (C1), Italian (A2)"]),
             ("Software", ["Opera Cloud, Protel, Medallia, Salesforce (basic)"])]),
# ---------------------------------------------------------------- w020
dict(fmt="docx", layout="styles", order="title_org", dstyle="mon", present="Present", dash=" – ",
     family="British chief stewardess, Word heading styles and list bullets, tab-stop dates, career break listed between yachts",
     desc="docx, styles/title_org, mon / 'Present' + career break",
     name="Imogen Tresize", headline="Chief Stewardess / Purser – Motor Yachts 50–80m",
     contact=["Falmouth, Cornwall / Antibes", "+44 7700 661 294", "imogen.tresize@mailbox.co.uk"],
     profile_head="Profile",
     profile=("Chief stew with nine years in yachting, the last four running interiors of up to seven crew. Owner and charter "
              "experience, strong on budgets and accounts, calm with demanding guests."),
     sections=[("Yachting Career", [
        E("Chief Stewardess / Purser", "M/Y Elara Bay (74m)", "Worldwide, private & charter", "2023-03", "present", "facing", "in_person_service", [
            "Run the interior team of seven; guest service plans and preference sheets for every charter",
            "Personal contact point for the principal's family and charter guests during trips",
            "Ship's accounts, crew payroll in Xero, provisioning budgets of €60k a month"]),
        E("Career break – travel and TEFL course", None, "South East Asia", "2022-05", "2023-01", "none", None, [],
            etype="unknown"),
        E("Chief Stewardess", "M/Y Westwind (55m)", "Med & Bahamas", "2020-06", "2022-04", "facing", "in_person_service", [
            "Team of four; silver service, table styling, guest trips ashore"]),
        E("Second Stewardess", "S/Y Marisol (44m, sailing)", "Caribbean charter", "2017-11", "2020-05", "facing", "in_person_service", []),
        E("Guest Services Agent", "The Harbourside Hotel", "Falmouth", "2015-03", "2017-09", "facing", "in_person_service", [
            "Reception and reservations for a 90-room seaside hotel"]),
     ])],
     extras=[("Certificates", ["STCW 2010 (updated 2022) · ENG1 · HELM (O) · Food Safety Level 3 · WSET 3 · GUEST Chief Stew Level 3"]),
             ("References", ["Available from the yachts' captains on request"])]),
# ---------------------------------------------------------------- w021
dict(fmt="md", order="at", dstyle="monyy", present="now", md_h3=True,
     family="Dutch bartender with cruise and ski-resort jobs in Markdown, 'Title at Employer (dates)' headings, abbreviated years",
     desc="md, h3/at, monyy / 'now'",
     name="Sem de Groot", headline=None,
     contact=["Utrecht, NL", "+31 6 4129 7730", "sem.degroot@mailbox.nl"],
     bullet="+",
     profile_head="Hi!",
     profile=("Bartender, 29, Dutch. Cocktail bars, a cruise ship and two ski winters. Looking for head bartender or bar supervisor."),
     sections=[("Where I've worked", [
        E("Head Bartender", "Bar Vondelkade", "Amsterdam", "2024-09", "present", "facing", "in_person_service", [
            "Run the bar of a 120-seat cocktail bar; create the seasonal menu, train four bartenders",
            "Talk guests through the menu, make recommendations, the usual"]),
        E("Bar Waiter", "Crown Horizon Cruises", "Caribbean / Alaska", "2022-10", "2024-06", "facing", "in_person_service", [
            "Pool deck and atrium bar; took orders and sold drinks packages, $1.2k monthly sales target",
            "Two 8-month contracts, shore leave in between"]),
        E("Bartender / Après-ski", "Hotel Bergkristall", "Ischgl, Austria", "2021-12", "2022-04", "facing", "in_person_service", [
            "Après-ski bar with 400 people at 4pm, yes really"]),
        E("Ski Lift Attendant", "Paznaun Höhenbahnen (seasonal)", "Ischgl, Austria", "2020-12", "2021-03", "none", None, [
            "Mostly snow clearing and fence work on the pistes – lifts were closed to the public that winter"]),
     ])],
     extras=[("Bits & pieces", ["SVH Barkeeper diploma · English fluent, German good · Driving licence B"])]),
# ---------------------------------------------------------------- w022
dict(fmt="pdf_fp", layout="centred", order="title_org", dstyle="month", present="Present", caps_heads=True, bullet="•",
     fill=(230, 240, 228),
     family="English PGA golf professional, fpdf2 centred header, title with right-aligned dates and club below",
     desc="fpdf2, centred/title_org, month / 'Present'",
     name="Oliver Strachan-Day", headline="PGA Professional · Director of Golf",
     contact=["Alderbury, Hampshire", "07551 338 907", "oliver.sd@mailbox.co.uk", "PGA Member No. available"],
     profile_head="Profile",
     profile=("PGA professional with fifteen years in members' clubs and a resort in the Algarve. I coach every week "
              "and run the golf operation as a business – retail, competitions, junior academy and visitor income."),
     sections=[("Career", [
        E("Director of Golf", "Wessex Downs Golf & Country Club", "Hampshire", "2021-01", "present", "facing", "education", [
            "Coach members and visitors: 12–15 individual lessons a week, junior academy on Saturdays",
            "Lead the pro shop, starter team and golf events; golf income £1.4m",
            "Work with the greens committee and course manager on course presentation"]),
        E("Head Professional", "Quinta das Laranjeiras Golf Resort", "Algarve, Portugal", "2016-02", "2020-12", "facing", "education", [
            "Lessons and clinics for resort guests, many of them beginners on holiday",
            "Ran the golf shop and club hire; organised resort tournaments"]),
        E("Assistant Professional (PGA Trainee)", "Harewood Vale Golf Club", "Leeds", "2011-09", "2016-01", "facing", "in_person_service", [
            "Shop counter, club repairs and custom fitting, junior coaching with the head pro"], etype="internship"),
        E("Bag Room and Driving Range Assistant", "Harewood Vale Golf Club", "Leeds", "2009-04", "2011-08", "affecting", None, [
            "Ball picking, cleaning and storing members' bags and buggies"]),
     ])],
     extras=[("Qualifications", ["PGA Foundation Degree in Professional Golf (2014)",
                                 "TPI Level 2, TrackMan Level 2"]),
             ("Playing", ["Hampshire PGA Championship winner 2019"])]),
# ---------------------------------------------------------------- w023
dict(fmt="docx", layout="tabs", order="title_org", dstyle="mon", present="Present", dash=" to ", dash_bullets=True,
     family="Polish executive housekeeper in the UK, Word bold caps headings, tab-stop dates with 'to', hyphen bullets typed by hand",
     desc="docx, tabs/title_org, mon / 'Present', ' to '",
     name="Agnieszka Wróblewska", headline=None,
     contact=["Canterbury, Kent", "07480 227 615", "a.wroblewska@mailbox.co.uk"],
     profile_head="Summary",
     profile=("Executive housekeeper with twelve years in UK hotels. Started as a room attendant in my first week in "
              "England and worked up. Strong standards, fair rotas, good with contractors and budgets."),
     sections=[("Employment", [
        E("Executive Housekeeper", "Cathedral Gate Hotel", "Canterbury", "2020-10", "present", "affecting", None, [
            "Department of 28: room attendants, public area cleaners, laundry",
            "Room inspections, deep-clean programme, linen par levels and the laundry contract",
            "Budget of £740k; scheduling on Fourth; recruitment and training"]),
        E("Housekeeping Supervisor", "The Stour Valley Hotel", "Ashford", "2016-05", "2020-09", "facing", "in_person_service", [
            "Checked rooms and released them to reception",
            "Went to guests' rooms personally for housekeeping complaints and extra requests"]),
        E("Room Attendant", "The Stour Valley Hotel", "Ashford", "2013-03", "2016-04", "affecting", None, [
            "Serviced 15 rooms a day after departure and stay-over"]),
        E("Waitress", "Restauracja Pod Lipami", "Kraków, Poland", "2010-06", "2013-01", "facing", "in_person_service", []),
     ])],
     extras=[("Training", ["BICSc Level 2", "IOSH Managing Safely", "ESOL Level 2 (2014)"]),
             ("Languages", ["Polish (native), English (fluent), Russian (basic)"])]),
# ---------------------------------------------------------------- w024
dict(fmt="html", order="org_title", dstyle="mon", present="Present",
     family="South African wine estate tasting-room and cellar CV, HTML, estate line first then title, harvest seasons",
     desc="html, org_title, mon / 'Present'",
     name="Zinhle Petersen", headline="Wine Tourism & Cellar Door",
     contact=["Franschhoek, Western Cape", "083 661 2047", "zinhle.petersen@mailbox.co.za"],
     profile_head="Profile",
     profile=("Boland Wine Academy graduate with five years at two estates. I've worked the harvest in the cellar and "
              "the tasting room in summer, so I can tell visitors how the wine in the glass was made."),
     sections=[("Experience", [
        E("Tasting Room Supervisor", "Klein Dassenberg Wine Estate", "Franschhoek", "2023-08", "present", "facing", "in_person_service", [
            "Lead tastings for up to 60 visitors at a time; wine club sign-ups and online orders",
            "Supervise 5 tasting-room hosts; cellar tours in English, Afrikaans and isiXhosa"]),
        E("Harvest Cellar Hand", "Klein Dassenberg Wine Estate", "Franschhoek", "2023-01", "2023-04", "none", None, [
            "Punch-downs, pump-overs, cleaning tanks and barrels, sampling for the winemaker"]),
        E("Wine Club & Dispatch Assistant", "Rooiberg Vale Vineyards", "Robertson", "2021-03", "2022-12", "affecting", None, [
            "Packed and sent wine club orders, labels and courier bookings",
            "Updated member records after orders"]),
        E("Waitron", "The Olive Press Bistro", "Paarl", "2019-02", "2021-02", "facing", "in_person_service", [
            "Served tables, recommended wines, cash-up"]),
     ])],
     extras=[("Education", ["Boland Wine Academy Diploma (2022) · Wine Service Certificate (2020)",
                            "Matric – Drakenstein High School (2018)"])]),
# ---------------------------------------------------------------- w025
dict(fmt="pdf_rl", layout="sidebar", order="dash", dstyle="mon", present="Present", side_colour="#dbe7f0",
     family="Dutch cruise shore-excursions and guest services, reportlab sidebar, 'Title – Employer, Place' with dates",
     desc="reportlab, sidebar/dash, mon / 'Present'",
     name="Maartje Veldhuizen",
     contact=["Rotterdam, the Netherlands", "+31 6 2218 4470", "maartje.v@mailbox.nl"],
     side=[("Languages", ["Dutch – native", "English – fluent", "German – fluent", "Spanish – good"]),
           ("Systems", ["Fidelio Cruise", "Seaware", "MS Office"]),
           ("Certificates", ["STCW Basic", "Crowd & crisis mgmt", "Tour guide licence (NL)"])],
     profile_head="Profile",
     profile=("Six years with two cruise lines, mostly in shore excursions. I sell tours, guide them when needed and "
              "deal with what goes wrong on the pier."),
     sections=[("Work Experience", [
        E("Shore Excursions Manager", "Holland Meridian Line – MS Zuiderkruis", None, "2023-09", "present", "facing", "in_person_service", [
            "Lead the shore excursions desk (4 staff): tour sales, port presentations in the theatre, tour dispatch on the pier",
            "Contract and check local tour operators; refunds and complaints after tours"]),
        E("Shore Excursions Staff", "Holland Meridian Line – MS Zuiderkruis", None, "2021-04", "2023-06", "facing", "in_person_service", [
            "Sold tours at the desk and escorted groups ashore as tour escort"]),
        E("Guest Services Officer", "Rhine Pearl River Cruises", "Basel – Amsterdam", "2019-03", "2020-11", "facing", "in_person_service", [
            "Reception on a 180-guest river ship; billing, guest requests, bike rentals"]),
        E("Tour Guide (weekends)", "Rotterdam Water Taxi & Tours", "Rotterdam", "2017-05", "2019-02", "facing", "in_person_service", [
            "Harbour tours in Dutch, English and German"], etype="paid"),
     ])],
     extras=[("Education", ["BSc Tourism Management, Hogeschool Zeeland-Delta, Vlissingen (2019)"])]),
# ---------------------------------------------------------------- w026
dict(fmt="txt", layout="plain", order="title_org", dstyle="mon", present="till date", bullet="", rule="-",
     family="Older English hotel night and hall porter, plain text with prose duties, 'till date', year-only early job",
     desc="txt, plain/title_org, mon / 'till date', prose",
     name="Raymond Chillingworth", headline=None,
     contact=["14 Orchard Close, Leamington Spa CV32", "Tel 01926 554 018 / 07790 118 262", "ray.chillingworth@mailbox.co.uk"],
     profile_head="Personal statement",
     profile=("I have worked in hotels for over thirty years, mainly as a porter. I am reliable, smart in appearance and "
              "have never had a day off sick in the last ten years. I would like a day position as a hall porter."),
     sections=[("Employment", [
        E("Night Porter", "The Regency Spa Hotel, Leamington Spa", None, "2014-06", "present", "facing", "in_person_service", [],
            prose=("I look after the hotel from 11pm to 7am. This includes checking in late arrivals, serving drinks and "
                   "light meals to residents, answering the telephone, security patrols, and getting the breakfast room "
                   "ready. I also deal with any problems that guests have during the night.")),
        E("Hall Porter", "Warwick Arms Hotel, Warwick", None, "2001-03", "2014-05", "facing", "in_person_service", [],
            prose=("Carrying luggage, parking guests' cars, booking taxis and giving directions to the castle. "
                   "I was also in charge of the cloakroom at functions.")),
        E("Cellarman", "Warwick Arms Hotel, Warwick", None, "1998-01", "2001-02", "affecting", None, [],
            prose="Looking after the beer cellar, changing barrels and cleaning lines for the two bars."),
        E("Storeman", "Midland Castings Ltd, Coventry", None, "1988", "1997", "none", None, [], prec="year"),
     ])],
     extras=[("Education", ["Foleshill Road Secondary School, Coventry. CSEs in English, Maths and Woodwork."]),
             ("Referees", ["Available on request"])]),
# ---------------------------------------------------------------- w027
dict(fmt="docx", layout="table", order="title_org", dstyle="yyyy-mm", present="atual / current",
     family="Portuguese reservations and revenue CV, Word borderless table per job, ISO-like dates",
     desc="docx, table/title_org, yyyy-mm / 'current'",
     name="Beatriz Sampaio Lourenço", headline="Revenue & Reservations – Resorts",
     contact=["Lagos, Algarve, Portugal", "+351 912 558 074", "beatriz.lourenco@mailbox.pt"],
     profile_head="Professional summary",
     profile=("Eight years in reservations and revenue for Algarve resorts. Moved from selling rooms on the phone to "
              "setting the prices, with the same goal: the right guest in the right room at the right rate."),
     sections=[("Professional experience", [
        E("Revenue Manager", "Praia Dourada Resort & Villas", "Lagos", "2022-02", "present", "affecting", None, [
            "Pricing and restrictions across 240 rooms and villas in IDeaS and the channel manager",
            "Weekly pick-up and forecast reports to the GM and owners; OTA contracts and promotions",
            "Rate parity checks and content on booking channels"]),
        E("Reservations Supervisor", "Praia Dourada Resort & Villas", "Lagos", "2019-04", "2022-01", "facing", "contact_center", [
            "Team of 6 agents on phone, e-mail and chat; took calls myself at peak",
            "Group bookings for weddings and golf groups"]),
        E("Reservations Agent", "Hotel Miradouro Atlântico", "Albufeira", "2017-03", "2019-03", "facing", "contact_center", [
            "Inbound calls and e-mails from guests and tour operators in PT, EN, ES"]),
        E("Summer Receptionist", "Aldeamento Turístico Vila Sol-Mar", "Portimão", "2016-06", "2016-09", "facing", "in_person_service", []),
     ])],
     extras=[("Education", ["Licenciatura em Gestão Hoteleira, Instituto de Hotelaria do Barlavento (2016)"]),
             ("Languages", ["Portuguese (native), English (C1), Spanish (C1), French (B1)"])]),
# ---------------------------------------------------------------- w028
dict(fmt="pdf_fp", layout="left", order="org_title", dstyle="month", present="Present", caps_heads=False, bullet="–",
     fill=(238, 230, 240),
     family="South African spa manager, fpdf2 left header, spa line first then title, one volunteer role",
     desc="fpdf2, left/org_title, month / 'Present'",
     name="Nadia Abrahams-Cupido", headline="Spa Manager",
     contact=["Constantia, Cape Town", "Mobile: 079 402 1186", "Email: nadia.ac@mailbox.co.za"],
     profile_head="Professional Profile",
     profile=("Spa manager and former therapist with a background in resort spas in Cape Town and Mauritius. I "
              "manage to a treatment-room occupancy target but still treat a few regular guests each week."),
     sections=[("Work Experience", [
        E("Spa Manager", "Constantia Glen Retreat Spa", "Cape Town", "2021-06", "present", "facing", "in_person_service", [
            "Manage 14 therapists and 3 receptionists; rosters, payroll inputs and training",
            "Still treat regular in-house guests two afternoons a week; handle guest complaints at reception",
            "Treatment menu, product house contracts and monthly P&L"]),
        E("Assistant Spa Manager", "Le Morne Shores Resort", "Mauritius", "2018-02", "2021-04", "facing", "in_person_service", [
            "Ran the spa reception and guest consultations; therapist when the book was full"]),
        E("Spa Therapist", "Le Morne Shores Resort", "Mauritius", "2016-01", "2018-01", "facing", "in_person_service", []),
        E("Spa Trainer", "Serenity Spa Academy", "Cape Town", "2013-03", "2015-11", "facing", "education", [
            "Practical massage and facial modules for diploma students"]),
        E("Volunteer Massage Therapist", "Cape Peninsula Marathon Medical Tent", "Cape Town", "2014-04", "2014-04", "facing", "volunteering", [
            "Post-race sports massage for runners"], section="volunteer", etype="volunteer"),
     ])],
     extras=[("Qualifications", ["CIDESCO Diploma · ITEC Diploma in Holistic Massage · Diploma in Spa Management (2019)"])]),
# ---------------------------------------------------------------- w029
dict(fmt="docx", layout="header", order="title_org", dstyle="month", present="Present",
     family="British holiday rep and kids' club CV, Word contact in page header, summer and winter seasons, gap year entry",
     desc="docx, header/title_org, month / 'Present' + seasons",
     name="Bethany Olawale-Hughes", headline="Resort Representative / Guest Experience",
     contact=["Swindon, Wiltshire", "07395 601 228", "bethany.oh@mailbox.co.uk"],
     profile_head="Personal Profile",
     profile=("Outgoing resort rep with four summers and two winters abroad. I enjoy fixing problems for guests at "
              "8am on a transfer coach as much as running a welcome meeting."),
     sections=[("Work Experience", [
        E("Guest Experience Coordinator", "Sunvista Holidays", "Swindon (UK office)", "2025-01", "present", "facing", "contact_center", [
            "Help customers abroad by phone and WhatsApp with complaints, medical issues and missed transfers",
            "Liaise with hotels and reps in resort; write up cases for the claims team"]),
        E("Resort Representative", "Sunvista Holidays", "Lanzarote & Tenerife", "2022-04", "2024-10", "facing", "in_person_service", [
            "Hotel visits, welcome meetings, excursion sales, transfers and 24-hour duty phone",
            "Summer and winter seasons back to back"]),
        E("Ski Kids' Club Assistant", "Snowtrail Family Holidays", "Les Arcs, France", "2021-12", "2022-02", "facing", "education", [
            "Looked after 3–6 year olds in the snow club; ski school drop-off and pick-up"],
            dtext="Winter 2021/22"),
        E("Gap year – travelling (Australia and South America)", None, None, "2020-09", "2021-09", "none", None, [],
            etype="unknown"),
        E("Kids' Club Host", "Costa Luz Family Resorts", "Algarve, Portugal", "2019-05", "2019-09", "facing", "education", [
            "Mini club for 4–11 year olds: games, pool activities, mini-disco"]),
     ])],
     extras=[("Education", ["A-levels: Travel & Tourism (Distinction*), English, Drama – Kingsdown Sixth Form College (2019)"]),
             ("Other", ["Spanish B1 · Full driving licence · Enhanced DBS"])]),
# ---------------------------------------------------------------- w030
dict(fmt="docx", layout="sidebar", order="org_title", dstyle="mon", present="Present", side_fill="EDE3D0",
     family="Polish cruise suite butler, Word two-column sidebar table, ship line first then title, night watch entry",
     desc="docx, sidebar/org_title, mon / 'Present'",
     name="Tomasz Wiśniewski",
     contact=["Gdynia, Poland", "+48 601 223 918", "t.wisniewski@mailbox.pl"],
     side=[("Languages", ["Polish", "English", "Italian (basic)"]),
           ("Certificates", ["STCW 2010", "Butler Academy Diploma", "Seafarer medical"])],
     profile_head="Profile",
     profile="Suite butler with luxury and expedition cruise lines; formerly restaurant waiter in Gdańsk hotels.",
     sections=[("Experience", [
        E("Suite Butler", "Regal Seas Expedition – MV Regal Fjord", "Antarctica / Norway", "2023-10", "present", "facing", "in_person_service", [
            "Personal service for 10 suites: unpacking, afternoon canapés, in-suite dining, laundry",
            "Polar season in the southern summer, Norway in the northern summer"]),
        E("Butler", "Regal Seas Expedition – MV Regal Fjord", "Antarctica / Norway", "2022-02", "2023-05", "facing", "in_person_service", []),
        E("Pantry Attendant", "Baltic Sun Cruises", "Baltic", "2020-06", "2021-08", "affecting", None, [
            "Prepared canapés, fruit plates and room-service trays in the butler pantry"]),
        E("Waiter", "Hotel Motława", "Gdańsk", "2016-04", "2020-03", "facing", "in_person_service", [
            "Restaurant and banquet service; à la carte and breakfast"]),
     ])],
     extras=[]),
]
