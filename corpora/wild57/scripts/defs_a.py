"""wild57 résumés w001–w015."""
from lib import E

RESUMES = [
# ---------------------------------------------------------------- w001
dict(fmt="pdf_rl", layout="plain", order="title_org", dstyle="month", present="Present",
     family="UK hotel duty manager, reportlab single column, title line with right-aligned dates",
     desc="reportlab, plain/title_org, month / 'Present'",
     name="Harriet Oduya-Blake", headline="Duty Manager – Four-Star and Boutique Hotels",
     contact=["Kelsford, North Yorkshire", "07700 914 362", "h.oduyablake@mailbox.co.uk"],
     profile_head="Personal Profile",
     profile=("Calm, visible duty manager with nine years in front office and food & beverage. Happiest on the floor "
              "at 7pm on a Saturday with a wedding in the ballroom, a coach party checking in and the lift out of order."),
     sections=[("Employment History", [
        E("Duty Manager", "The Ashgrove Hotel & Spa", "Kelsford", "2022-03", "present", "facing", "in_person_service", [
            "Responsible for the hotel (112 bedrooms, spa, two restaurants) on late and night rotas; key holder and fire marshal",
            "First point of escalation for guest complaints – authorise compensation up to £250 and follow up in writing",
            "Cash-up and banking, shift handover log, weekly rota for 14 front-of-house staff",
            "Walk the floor during events; liaise with the conference & banqueting team on timings"]),
        E("Front Office Supervisor", "The Ashgrove Hotel & Spa", "Kelsford", "2019-09", "2022-02", "facing", "in_person_service", [
            "Check-ins, check-outs and group arrivals on Opera; trained new receptionists",
            "Took over night audit one week a month when the auditor was on leave"]),
        E("Food & Beverage Assistant", "Millstone Inn", "Harrowby Bridge", "2017-05", "2019-08", "facing", "in_person_service", [
            "Served breakfast and dinner in a 60-cover restaurant; ran the bar on quiet nights",
            "Set up function room for funerals, christenings and darts league"]),
        E("Kitchen Porter", "Millstone Inn", "Harrowby Bridge", "2016-06", "2017-04", "affecting", None, [
            "Pot wash, deliveries, basic veg prep. Part-time alongside A-levels"]),
     ])],
     extras=[("Education & Training", ["Level 3 Diploma in Hospitality Supervision and Leadership (2020)",
                                       "Personal Licence Holder (APLH) · Emergency First Aid at Work",
                                       "A-levels: Business, English Language, Geography – Harrowby Sixth Form"]),
             ("References", ["Available on request"])]),
# ---------------------------------------------------------------- w002
dict(fmt="docx", layout="styles", order="org_title", dstyle="mon", present="Present",
     family="South African cruise purser, Word heading styles, ship/company line first with tab-stop dates, contracts summarised in bullets",
     desc="docx, styles/org_title, mon / 'Present'",
     name="Nomvula Khanyile", headline="Crew Purser | Guest Services | STCW 2010 | Valid C1/D visa",
     contact=["Durbanville, Cape Town, South Africa", "+27 82 441 0937", "nomvula.khanyile@mailbox.co.za", "Seaman's book: SA 0047712"],
     profile_head="Summary",
     profile=("Seven years at sea with two cruise lines, moving from the guest services desk to the crew office. "
              "I know both sides of the purser's office: the guest queue on embarkation day and the crew who need "
              "their sign-on papers, payslips and visas sorted before the next port."),
     sections=[("Sea-going Experience", [
        E("Crew Purser", "Azurine Cruises – MS Azurine Solstice", None, "2024-02", "present", "facing", "internal_support", [
            "Crew office for 740 crew of 52 nationalities: sign-on/sign-off, contracts, crew IDs and cabin allocation",
            "Answer crew payroll and allotment queries at the crew office window and by ticket; 30–60 a day",
            "Prepare crew lists, visas and port clearance documents for immigration at each call",
            "Contracts: Feb–Sep 2024, Nov 2024–Jun 2025, Aug 2025 to date"]),
        E("Guest Services Associate", "Azurine Cruises – MS Azurine Solstice", None, "2021-10", "2023-12", "facing", "in_person_service", [
            "Front desk on a 2,100-guest ship: accounts, cabin changes, lost property, complaints",
            "Embarkation day check-in at the terminal in Southampton and Barcelona",
            "Three contracts of 7–8 months"]),
        E("Guest Services Associate", "Meridian Blue Line", "Cape Town / Mediterranean", "2019-11", "2020-03", "facing", "in_person_service", [
            "First contract, ended early when guest operations paused in March 2020"]),
        ]),
        ("Shore-side Experience", [
        E("Reservations Consultant", "Bayview Lodges Group", "Cape Town", "2017-01", "2019-09", "facing", "contact_center", [
            "Handled phone and e-mail bookings for five lodges on the Garden Route",
            "Upsold game drives and transfers; monthly target met 27 of 33 months"]),
     ])],
     extras=[("Qualifications", ["National Diploma: Tourism Management, Western Cape Institute of Tourism (2016)",
                                 "STCW Basic Safety Training; Crowd Management; Security Awareness",
                                 "ENG1-equivalent seafarer medical, valid to 2027"]),
             ("Languages", ["English, isiZulu, Afrikaans (good), Spanish (basic)"])]),
# ---------------------------------------------------------------- w003
dict(fmt="txt", layout="plain", order="dash", dstyle="mon", present="Present", dash=" - ",
     family="British superyacht stewardess, plain text yachting CV, 'Title – Yacht, Cruising area' with dates, seasons",
     desc="txt, plain/dash, mon / 'Present' + 'Summer 2021'",
     name="Freya Lockwood", headline="Second Stewardess  |  STCW, ENG1, Food Safety L2, PDSD  |  Non-smoker, no visible tattoos",
     contact=["Currently: Antibes, France", "+44 7911 208 566 / +33 6 12 77 40 18", "freya.lockwood@mailbox.uk"],
     contact_lines=True, bullet="-", rule="=",
     profile_head="About me",
     profile=("Second stew with three seasons on private and charter motor yachts between 45m and 62m. Strong on "
              "silver service, laundry and flower arranging, and comfortable running the interior on the night watch."),
     sections=[("Yachting Experience", [
        E("Second Stewardess", "M/Y Calliope Rose (58m, charter)", "West Med / Caribbean", "2024-04", "present", "facing", "in_person_service", [
            "Service for up to 12 charter guests: breakfast to late-night drinks, themed dinners",
            "Looked after guests' laundry and pressing, cabin turndowns twice daily",
            "Inventory of interior stores and wine cellar with Chief Stew; provisioning in Antibes and St Maarten",
            "Crossed the Atlantic twice (delivery, no guests on board)"]),
        E("Third Stewardess / Laundry", "M/Y Aquila (47m, private)", "Balearics", "2022-05", "2023-10", "affecting", None, [
            "Main role was laundry and crew mess: guest and crew laundry, ironing, crew cabins",
            "Detailing of guest areas before owner's arrival; occasional help with service at large lunches"]),
        E("Stewardess (Dayworker)", None, "Antibes / Palma", "2021-06", "2021-08", "affecting", None, [
            "Daywork on several yachts during refit and pre-season: detailing, polishing, inventories"],
            etype="freelance", dtext="Summer 2021"),
        ]),
        ("Land-based Experience", [
        E("Waitress / Barista", "The Old Customs House", "Brixham, Devon", "2018-09", "2022-03", "facing", "in_person_service", [
            "Busy harbourside cafe-restaurant, 80 covers; took orders, made coffee, cashed up",
            "Trained Saturday staff"]),
     ])],
     extras=[("Certificates", ["STCW Basic (2021)  |  ENG1 valid to 03/2027  |  PDSD  |  Level 2 Food Hygiene",
                               "WSET Level 2 Wines  |  RYA Powerboat Level 2"]),
             ("Interests", ["Paddleboarding, flower arranging, open-water swimming"]),
             ("References", ["Chief Stew, M/Y Calliope Rose – contact details on request",
                             "Captain, M/Y Aquila – contact details on request"])]),
# ---------------------------------------------------------------- w004
dict(fmt="pdf_fp", layout="centred", order="org_title", dstyle="mm.yyyy", present="heute / today", caps_heads=True,
     family="French/German sommelier, fpdf2 centred header, employer line with dotted numeric dates, European CV habits",
     desc="fpdf2, centred/org_title, mm.yyyy / 'today'",
     name="Mathis Kerbrat-Vogel", headline="Head Sommelier · WSET Diploma · Court of Master Sommeliers (Certified)",
     contact=["Bergstraße 14, 79102 Freiburg", "+49 170 552 8813", "m.kerbrat@mailbox.de", "born 1991, French / German"],
     profile=None, bullet="›",
     sections=[("Professional Experience", [
        E("Head Sommelier", "Hotel Waldeck Residenz *****", "Baden-Baden", "2021-04", "present", "facing", "in_person_service", [
            "Wine list of 1,100 references for the gourmet restaurant (2 Michelin stars) and hotel bar",
            "Advising guests at table every evening; pairing menus and private tastings for hotel guests",
            "Purchasing, cellar management and stock valuation (€640k); team of 3 sommeliers",
            "Supplier negotiations with Burgundy and German growers"]),
        E("Sommelier", "Restaurant Le Chalutier", "Saint-Malo", "2017-09", "2021-03", "facing", "in_person_service", [
            "Service of wine and digestifs in a 45-cover seafood restaurant; wine-by-the-glass programme",
            "Wrote the tasting notes for the new list in French and English"]),
        E("Commis Sommelier", "Grand Hôtel des Sources", "Vichy", "2015-10", "2017-08", "facing", "in_person_service", [
            "Decanting, glassware, cellar rotation; served wine at banquets up to 300 guests"]),
        E("Vineyard and cellar worker (harvest)", "Domaine Perrault-Simon", "Beaune", "2014-09", "2014-10", "none", None, [
            "Grape picking and sorting table, pressing and cleaning of vats"], etype="paid"),
     ])],
     extras=[("Education", ["2013–2015  Mention Complémentaire Sommellerie, Lycée hôtelier de la Rance",
                            "2010–2013  Bac Pro Commercialisation et Services en Restauration"]),
             ("Languages", ["French (native), German (native), English (C1), Italian (B1)"]),
             ("Competitions", ["2023 – finalist, Trophée des Sommeliers du Rhin"])]),
# ---------------------------------------------------------------- w005
dict(fmt="docx", layout="table", order="title_org", dstyle="month", present="Present",
     family="South African spa therapist, Word with a borderless table per job, month dates",
     desc="docx, table/title_org, month / 'Present'",
     name="Chanté van der Merwe", headline=None,
     contact=["Somerset West, Western Cape", "072 309 6641", "chantevdm@mailbox.co.za", "Own transport · Code 08 licence"],
     profile_head="Career Objective",
     profile=("Qualified somatologist (CIDESCO) looking for a senior therapist or spa supervisor position at a "
              "five-star spa, on land or on board."),
     sections=[("Work Experience", [
        E("Senior Spa Therapist", "Fynbos Ridge Wellness Spa", "Stellenbosch", "2022-07", "present", "facing", "in_person_service", [
            "Full-body massages, hot stone, facials and wraps; 6–7 treatments a day",
            "Consultation forms and contra-indication checks before every treatment",
            "Retail of skincare products after treatments – top seller Q3 2024",
            "Open and close the spa, stock orders of oils and linen"]),
        E("Spa Therapist", "Ocean Crown Spa (concession on cruise ships)", "At sea – various ships", "2019-03", "2022-05", "facing", "in_person_service", [
            "Two 9-month contracts, with a long lay-off during 2020",
            "Treatments and seminars for guests; daily sales targets on board"]),
        E("Beauty Therapist", "Lush Lashes & Beauty", "Bellville", "2017-01", "2019-01", "facing", "in_person_service", [
            "Manicures, pedicures, waxing and lash extensions; booked my own clients"]),
        E("Student Therapist (practical)", "Cape College of Somatology", "Cape Town", "2015-02", "2016-11", "facing", "in_person_service", [
            "Clinic hours treating members of the public at the college salon as part of the diploma"],
            section="other", etype="internship"),
     ])],
     extras=[("Qualifications", ["CIDESCO Diploma (2016)", "Diploma in Somatology, Cape College of Somatology (2016)",
                                 "Matric – Hoërskool Strandfontein-Oos (2014)"]),
             ("References", ["Ms R. Fourie, Spa Manager, Fynbos Ridge – 021 555 0190",
                             "Mr J. Adonis, Spa Manager, Ocean Crown – jadonis@mailbox.com"])]),
# ---------------------------------------------------------------- w006
dict(fmt="md", order="title_org", dstyle="mon", present="present", md_h3=False,
     family="British ski and summer seasonnaire in Markdown, winters in the Alps and New Zealand, seasons written out",
     desc="md, bold/title_org, mon / 'present' + seasons",
     name="Callum Ferris-Ndlovu", headline="Seasonal hospitality – chalet host, lift ops, resort reps",
     contact=["callum.fn@mailbox.com", "+44 7459 330 102", "UK & NZ working holiday visa"],
     bullet="*",
     profile=None,
     sections=[("Seasons worked", [
        E("Chalet Host", "Piste Perfect Chalets", "Méribel, France", "2025-12", "present", "facing", "in_person_service", [
            "Run a 12-bed catered chalet on my own: breakfast, afternoon cake, three-course dinner six nights a week",
            "Look after the guests all week, sort ski hire and lift passes, transfers on Saturdays"],
            dtext="Winter 2025/26 – present"),
        E("Lift Operator", "Coronet Heights Ski Area", "Queenstown area, NZ", "2025-06", "2025-10", "facing", "other_facing", [
            "Loaded skiers and snowboarders on a six-seater chair, slowed the lift for kids and first-timers",
            "Morning checks and shovelling before opening"]),
        E("Chalet Host", "Piste Perfect Chalets", "Val Thorens, France", "2024-12", "2025-04", "facing", "in_person_service", [],
            dtext="Dec 24 – Apr 25"),
        E("Campsite Courier", "SunTrail Camping Holidays", "Vendée, France", "2024-05", "2024-09", "facing", "in_person_service", [
            "Welcome meetings, mobile-home cleans between guests, kids' club twice a week"]),
        E("Bar Staff", "The Crooked Billet", "Keswick", "2023-03", "2024-04", "facing", "in_person_service", [
            "Pub and restaurant bar, cellar work, lock-up"]),
     ])],
     extras=[("Other", ["Full UK driving licence, BASI Level 1 ski instructor (not used yet)",
                        "Food Hygiene Level 2", "Happy to do a double season"])]),
# ---------------------------------------------------------------- w007
dict(fmt="pdf_rl", layout="sidebar", order="title_org", dstyle="mon", present="Current", font="dejavu",
     side_colour="#efe8dc", accent="#5a3e1f",
     family="British butler and house manager, reportlab with a warm left sidebar, private households and a hotel",
     desc="reportlab, sidebar/title_org, mon / 'Current'",
     name="Desmond Achterberg", headline=None,
     contact=["Chipping Norton, Oxfordshire", "07812 556 093", "d.achterberg@mailbox.co.uk", "Full clean licence",
              "DBS checked"],
     side=[("Skills", ["Silver service & wine", "Wardrobe and valeting", "Household inventories", "Staff training",
                       "Security & discretion", "Event planning"]),
           ("Training", ["Guild of Household Service, Diploma", "WSET Level 3", "Paediatric First Aid"])],
     profile_head="Profile",
     profile=("Butler and house manager with seventeen years in private service and hotels. Trained in the "
              "traditional way; equally at ease running a Cotswold estate or looking after guests on a Gulf villa rotation."),
     sections=[("Career History", [
        E("House Manager", "Private Residence (UHNW family)", "Oxfordshire", "2019-05", "present", "facing", "in_person_service", [
            "Run a 22-room country house and its staff of nine (housekeeping, chef, gardeners, chauffeur)",
            "Personal service to the principals and their guests: wardrobe, travel packing, dinners for up to 40",
            "Budgets, contractor management and the house's security systems"]),
        E("Butler", "Kingsmere Park Hotel", "Warwickshire", "2014-02", "2019-04", "facing", "in_person_service", [
            "Butler to the hotel's eight suites: arrival unpacking, pressing, in-suite dining, reservations",
            "Kept guest preference notes for returning families"]),
        E("Footman / Second Butler", "Private Estate", "Perthshire", "2010-09", "2014-01", "facing", "in_person_service", [
            "Table service, shooting-party lunches, silver and glass care, valeting for house guests"]),
        E("Silver Service Waiter (agency)", "Cavendish Events Staffing", "London", "2009-01", "2010-08", "facing", "in_person_service", [
            "Banquets, livery-company dinners, weddings"], etype="paid"),
     ])],
     extras=[("References", ["Supplied by Ashcombe & Mayfair Domestic Agency on request"])]),
# ---------------------------------------------------------------- w008
dict(fmt="html", order="title_org", dstyle="mon", present="Present",
     family="British casino dealer to pit boss, HTML résumé page, employer line below title, one undated early entry",
     desc="html, title_org, mon / 'Present' + undated",
     name="Priya Raman-Holt", headline="Pit Boss · Inspector · Multi-game Dealer",
     contact=["Birmingham B15", "07700 118 442", "priya.rh@mailbox.co.uk"],
     profile_head="Summary",
     profile=("Fourteen years on the gaming floor: dealt every table game we run, then inspector and pit boss. "
              "I keep the game honest and the players happy, and I still deal a busy roulette table when the rota is short."),
     sections=[("Experience", [
        E("Pit Boss", "Quayside Grand Casino", "Birmingham", "2021-01", "present", "facing", "in_person_service", [
            "Run a pit of 8–12 tables on nights; rotate dealers, approve fills and credits",
            "Deal with player disputes and high-value customers at the table; refuse play where needed",
            "Spot suspicious play and report to surveillance and the AML officer"]),
        E("Inspector", "Quayside Grand Casino", "Birmingham", "2017-06", "2020-12", "facing", "in_person_service", [
            "Supervised two to four tables, checked payouts, logged rated players"]),
        E("Croupier", "Lucky Horseshoe Casino", "Wolverhampton", "2012-04", "2017-05", "facing", "in_person_service", [
            "American roulette, blackjack, three-card poker, punto banco"]),
        E("Trainee Dealer", "Lucky Horseshoe Casino", "Wolverhampton", "2012-01", "2012-03", "none", None, [
            "Eight-week dealing school; passed roulette and blackjack auditions"], etype="internship"),
        E("Bar and glass collecting jobs while at college", None, None, None, None, "facing", "in_person_service", []),
     ])],
     extras=[("Licences", ["Gambling Commission Personal Functional Licence (PFL)", "Level 2 Award in Safer Gambling"]),
             ("Education", ["BTEC National Diploma, Travel & Tourism – Edgbaston Hall College"])]),
# ---------------------------------------------------------------- w009
dict(fmt="docx", layout="tabs", order="title_org", dstyle="mon.", present="to date", dash=" – ",
     family="Scottish golf club staff CV, Word bold caps headings, tab-stop dates, greenkeeping to clubhouse",
     desc="docx, tabs/title_org, mon. / 'to date'",
     name="Euan MacCrimmon", headline="Golf Operations Assistant", centre_head=True,
     contact=["Carnwick, Fife", "07388 201 774", "euan.maccrimmon@mailbox.scot"],
     profile=("Grew up on the links and have worked on both sides of the course: greenkeeping in the mornings "
              "and the starter's hut and pro shop later on. Looking for a full-time operations role at a members' club."),
     profile_head="Personal Statement",
     sections=[("Work Experience", [
        E("Golf Operations Assistant", "Carnwick Links Golf Club", "Carnwick, Fife", "2023-03", "present", "facing", "in_person_service", [
            "Starter and ranger on the championship course: tee times, visitor green fees, pace of play",
            "Pro shop till, buggy and trolley hire, club rental for visiting groups (many from the US)",
            "Tee-sheet management in BRS; helped run members' medals and open competitions"]),
        E("Assistant Greenkeeper", "Carnwick Links Golf Club", "Carnwick, Fife", "2019-04", "2023-02", "affecting", None, [
            "Cutting greens, tees and fairways from 5am; hole changing, bunker raking, divoting",
            "Machinery checks and basic servicing; winter drainage and revetting projects"]),
        E("Seasonal Caddie", "Kilrenny Bay Golf Links", "Fife", "2017-05", "2018-09", "facing", "in_person_service", [
            "Caddied for visiting golfers; club selection, reading greens, course history"],
            etype="freelance"),
        E("Volunteer Marshal", "Scottish Seniors' Open", "St Andrews", "2018-07", "2018-07", "facing", "volunteering", [
            "Crowd control on the 17th, quiet please boards, ball spotting"], section="volunteer", etype="volunteer"),
     ])],
     extras=[("Qualifications", ["SVQ Level 2 Sports Turf Maintenance (2021)", "PA1/PA6 spraying certificates",
                                 "Highers: PE, English, Geography"]),
             ("Golf", ["Handicap 3.4 · Club junior champion 2016"])]),
# ---------------------------------------------------------------- w010
dict(fmt="pdf_fp", layout="left", order="dateline", dstyle="mm/yyyy", present="present", caps_heads=False,
     fill=(225, 238, 245), bullet="•",
     family="Croatian cruise cabin steward, fpdf2 left header, title/ship/dates each on own line, contracts as separate entries",
     desc="fpdf2, left/dateline, mm/yyyy / 'present'",
     name="Ivan Perković", headline="Cabin Steward / Room Steward",
     contact=["Ul. Kralja Tomislava 22, 21000 Split, Croatia", "Mob: +385 91 660 4417", "E-mail: ivan.perkovic@mailbox.hr",
              "Date of birth: 14.06.1994 · Marital status: single"],
     profile=None,
     sections=[("Work experience on board", [
        E("Cabin Steward", "Nordvik Ocean Cruises – MV Nordvik Aurora", None, "2025-09", "present", "facing", "in_person_service", [
            "Responsible for 16 suites: daily make-up, evening turndown, minibar, guests' special requests",
            "Learn guests' names and habits on the first day; deliver room service in the suites"]),
        E("Cabin Steward", "Nordvik Ocean Cruises – MV Nordvik Aurora", None, "2024-10", "2025-05", "facing", "in_person_service", [
            "Contract 8 months, Caribbean and transatlantic"]),
        E("Assistant Cabin Steward", "Nordvik Ocean Cruises – MV Nordvik Star", None, "2023-06", "2024-01", "affecting", None, [
            "Cleaning of cabins and corridors after guests left for the day, linen and vacuuming",
            "Deep cleaning on turnaround days; work with the Cabin Steward, not with guests"]),
        ]),
        ("Work experience on land", [
        E("Room Attendant (seasonal)", "Hotel Galeb Riviera", "Podstrana", "2019-05", "2022-10", "affecting", None, [
            "Seasonal May–October, cleaning of guest rooms after check-out, 14–16 rooms per shift"],
            dtext="05/2019 – 10/2022 (seasons only)"),
     ])],
     extras=[("Education", ["2009–2013  Secondary school of tourism and hospitality, Split – Hotel-tourism technician"]),
             ("Languages", ["Croatian – mother tongue; English – very good; German – good; Italian – basic"]),
             ("Certificates", ["STCW Basic Safety Training, Crowd management, Seafarer's medical (valid)",
                               "US C1/D visa valid to 2029"])]),
# ---------------------------------------------------------------- w011
dict(fmt="txt", layout="plain", order="org_title", dstyle="mon", present="Present", caps_name=True, bullet="•", rule="~",
     rsep="  |  ",
     family="South African cruise galley cook, plain text, ship/company line first with dates after a bar, kitchen roles",
     desc="txt, plain/org_title, mon / 'Present'",
     name="Thabo Mokoena", headline="Chef de Partie (Galley) – open to contracts",
     contact=["Mitchells Plain, Cape Town", "Cell: 061 778 2093", "Email: thabo.mokoena@mailbox.co.za", "Passport: valid 2031",
              "STCW, Food Safety Level 3, HACCP"], contact_lines=True,
     profile=None,
     sections=[("Work History", [
        E("Chef de Partie – Garde Manger", "Solara Cruise Line (MS Solara Grace)", "Worldwide", "2023-05", "present", "affecting", None, [
            "Cold kitchen for the main dining room: starters, salads, cold buffet pieces for 2,500 guests",
            "Run a section of 4 cooks on rotating shifts; HACCP logs and USPH inspections"]),
        E("Demi Chef de Partie", "Solara Cruise Line (MS Solara Grace)", "Worldwide", "2021-11", "2023-02", "affecting", None, [
            "Hot line and buffet production; two 7-month contracts"]),
        E("Commis Cook / Galley Utility", "Atlantic Star Cruises", "Cape Town – Walvis Bay – Mauritius", "2019-10", "2020-03", "affecting", None, [
            "Pot wash, prep, galley cleaning at night"]),
        E("Cook", "Longhorn Grill House (franchise)", "Claremont", "2016-04", "2019-08", "affecting", None, [
            "Grill and fryer; did the kids' party cake orders"]),
        E("Live Cooking Station Chef", "Solara Cruise Line (MS Solara Grace)", "Worldwide", "2024-06", "2024-06", "facing", "in_person_service", [
            "Covered the omelette and pasta station on the Lido deck for a month while the station chef was on leave – cooked to order in front of guests and chatted with them"],
            dtext="Jun 2024 (cover)"),
     ])],
     extras=[("Education", ["Certificate in Professional Cookery, Cape Culinary Academy, Rondebosch (2015)",
                            "Grade 12 (Matric), Westridge Park Secondary"]),
             ("References", ["Executive Chef M. Rossi, MS Solara Grace – via crew office"])]),
# ---------------------------------------------------------------- w012
dict(fmt="docx", layout="header", order="title_org", dstyle="month", present="Present",
     family="London hotel head concierge, Word with name and contact in the page header, heading styles, concierge association membership",
     desc="docx, header/title_org, month / 'Present'",
     name="Giancarlo Ferreira-Watts", headline="Head Concierge · Golden Keys member",
     contact=["Clapham, London SW4", "07946 775 210", "gferreira.watts@mailbox.co.uk", "linkedin.com/in/gfwconcierge"],
     profile_head="Profile",
     profile=("Concierge for fifteen years in London luxury hotels. The team I run gets guests into sold-out "
              "restaurants, finds lost passports on Sunday afternoons and remembers how every returning guest takes their car."),
     sections=[("Professional Experience", [
        E("Head Concierge", "The Marlowe Mayfair", "London", "2020-09", "present", "facing", "in_person_service", [
            "Lead a team of 11 concierges, doormen and luggage porters across three shifts",
            "Personal requests for suite guests and VIPs: theatre, restaurants, private viewings, helicopters",
            "Built the supplier network and commission agreements; budget holder for the desk"]),
        E("Assistant Head Concierge", "Halloran House Hotel", "London", "2016-03", "2020-08", "facing", "in_person_service", [
            "Desk lead on lates; trained new concierges on Opera and our in-house request log"]),
        E("Concierge", "Halloran House Hotel", "London", "2013-05", "2016-02", "facing", "in_person_service", []),
        E("Night Porter", "The Bellingham", "Bath", "2011-01", "2013-04", "facing", "in_person_service", [
            "Late arrivals, night room service, security rounds, shoe cleaning"]),
     ])],
     extras=[("Memberships & Training", ["Golden Keys concierge association (GB), full member since 2018",
                                         "Institute of Hospitality Certificate in Hospitality Management"]),
             ("Languages", ["English, Portuguese, Italian, conversational French"])]),
# ---------------------------------------------------------------- w013
dict(fmt="pdf_rl", layout="twocol", order="title_org", dstyle="mm/yyyy", present="today",
     footer="Katrin Oberhauser · Curriculum Vitae · Page {page}", break_before="Education", accent="#2b4a3a",
     family="Austrian/German hotel general manager, 2-page reportlab CV with two-column header and page footer, long career",
     desc="reportlab, twocol/title_org, mm/yyyy / 'today'",
     name="Katrin Oberhauser", headline="General Manager · Luxury Resorts & City Hotels",
     contact=["Salzburger Str. 8, 5020 Salzburg", "+43 664 208 5531", "k.oberhauser@mailbox.at", "Austrian, born 1976"],
     profile_head="Profile",
     profile=("Hotelier with 27 years in five-star resort and city hotels in Austria, Switzerland and the Maldives, "
              "nine as General Manager. Known for opening hotels, rebuilding teams and keeping the owners' numbers and "
              "the guests' reviews moving in the same direction."),
     sections=[("Professional Experience", [
        E("General Manager", "Seehotel Almblick Resort & Spa", "Zell am See", "2018-01", "present", "facing", "in_person_service", [
            "Full P&L responsibility for a 140-room resort (EUR 24m revenue), 210 employees in high season",
            "Greet arriving VIP guests personally and host the weekly manager's cocktail for returning guests",
            "Repositioning and renovation (EUR 18m) in 2021–2022 while remaining open",
            "Reporting to the owning family and their asset manager"]),
        E("Hotel Manager", "Kandoo Island Resort", "Maldives", "2013-03", "2017-11", "none", None, [
            "Second in command of a 90-villa island resort; rooms division, F&B and HR reporting to me",
            "Cost control, labour planning and staff housing for 320 employees from 20 nations",
            "Pre-opening of the overwater spa in 2015"]),
        E("Director of Rooms", "Grand Hotel Lindenhof", "Zürich", "2008-06", "2013-02", "none", None, [
            "Front office, housekeeping, reservations and concierge departments (85 employees)",
            "Revenue strategy with the revenue manager; budgets and forecasts"]),
        E("Front Office Manager", "Hotel Kärntnerhof Residenz", "Vienna", "2003-04", "2008-05", "facing", "in_person_service", [
            "Led front desk and guest relations; handled VIP arrivals and complaints personally"]),
        E("Receptionist, later Assistant Front Office Manager", "Alpenrose Grandhotel", "Kitzbühel", "1999-01", "2003-03", "facing", "in_person_service", [
            "Winter and summer seasons, year-round from 2001"]),
     ])],
     extras=[("Education", ["1994–1998  Hotel Management School, Tourismusschule Wolfgangsee – Matura",
                            "2011  Alpine Hospitality Institute, General Managers Programme"]),
             ("Languages", ["German (native), English (fluent), Italian (good), French (basic)"]),
             ("Interests", ["Ski touring, choir singing, Austrian wine"])]),
# ---------------------------------------------------------------- w014
dict(fmt="md", order="title_org", dstyle="mon", present="Present", md_h3=True,
     family="South African superyacht deckhand in Markdown, h3 titles with dates, yard work and guest trips",
     desc="md, h3/title_org, mon / 'Present'",
     name="Ruan Steenkamp", headline="Lead Deckhand · Yachtmaster Offshore (commercially endorsed)",
     contact=["ruan.steenkamp@mailbox.co.za", "+27 71 334 9080 / +34 622 118 540", "Based: Palma de Mallorca"],
     bullet="-",
     profile_head="Profile",
     profile="Lead deckhand on 50–70m motor yachts, tender driver and watersports lead. Happy outdoors, handy in a yard period.",
     sections=[("Yacht Experience", [
        E("Lead Deckhand", "M/Y Sereia (65m)", "Med / Caribbean, charter", "2023-11", "present", "facing", "in_person_service", [
            "Drive the 10m limo tender for guest runs ashore; meet and help guests on and off at every landing",
            "Run the watersports programme: jet skis, seabobs, foils – safety briefing and teaching guests",
            "Lead a team of three deckhands on exterior detailing and mooring"]),
        E("Deckhand", "M/Y Blue Kestrel (52m)", "Palma – refit", "2023-01", "2023-09", "none", None, [
            "Eight-month refit in the yard: sanding, varnishing, teak work and antifouling",
            "Sat the Yachtmaster Offshore during the refit"]),
        E("Junior Deckhand", "M/Y Tamarisk (48m, private)", "West Med", "2021-05", "2022-11", "facing", "in_person_service", [
            "Tender driving and lines; beach set-ups for the owner's family and guests"]),
        E("Sailing Instructor", "False Bay Sailing Academy", "Simon's Town", "2018-10", "2021-03", "facing", "education", [
            "Taught dinghy and keelboat courses to adults and school groups"]),
     ])],
     extras=[("Tickets", ["STCW 2010 · ENG1 · Yachtmaster Offshore (CoC) · PWC Instructor · Powerboat Level 2 · Efficient Deckhand"]),
             ("Languages", ["English, Afrikaans, some Spanish"])]),
# ---------------------------------------------------------------- w015
dict(fmt="html", order="title_org", dstyle="mon", present="Present",
     family="Irish spa receptionist, HTML page from a website builder, part-time student job alongside",
     desc="html, title_org, mon / 'Present'",
     name="Aoife Ní Bhriain", headline="Spa Receptionist",
     contact=["Killarney, Co. Kerry", "087 441 2098", "aoife.nibhriain@mailbox.ie"],
     profile_head="About Me",
     profile=("Friendly and organised spa receptionist who likes a full diary. Looking to step up to spa coordinator "
              "in a resort hotel."),
     sections=[("Work Experience", [
        E("Spa Receptionist", "Glenmara Hotel & Spa", "Killarney", "2023-04", "present", "facing", "in_person_service", [
            "Welcome spa guests, show them around the thermal suite and hand them over to therapists",
            "Book treatments by phone, email and walk-in on Book4Time; take payments and sell vouchers",
            "Tidy relaxation room and changing areas between bookings"]),
        E("Leisure Centre Attendant", "Glenmara Hotel & Spa", "Killarney", "2022-01", "2023-03", "facing", "in_person_service", [
            "Pool lifeguard shifts and gym floor; members' inductions"]),
        E("Retail Assistant (part-time)", "Leane Crafts & Woollens", "Killarney", "2019-06", "2021-12", "facing", "in_person_service", [
            "Tourist shop on the Ring of Kerry route; till, tax-free forms, stock"]),
        E("Events Volunteer", "Killarney Summerfest", "Killarney", "2021-06", "2021-06", "facing", "volunteering", [
            "Wristband desk and information point"], section="volunteer", etype="volunteer"),
     ])],
     extras=[("Education", ["Higher Certificate in Arts in Tourism & Hospitality, Munster Technological University (2021)",
                            "Leaving Certificate, Presentation Secondary School (2019)"]),
             ("Skills", ["Book4Time, Opera, Microsoft Office", "Irish (fluent), English, French (basic)"])]),
]
