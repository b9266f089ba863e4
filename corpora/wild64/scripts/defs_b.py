"""Résumés w016–w030."""
from lib import E

RESUMES = []
add = RESUMES.append

# ---------------------------------------------------------------- w016
add(dict(
    id="w016", r="fpdf2", lay="tabular", hdr="title_org", ds="dot", pres="until today", bul="•",
    family="Czech hotel receptionist, fpdf2 tabular CV with photo box and M.YYYY dates, 'brigáda' student jobs",
    name="Tereza Dvořáková", photo=True,
    contact=["Hrádek u Lesa, Czech Republic", "+420 731 552 908", "tereza.dvorakova@mailbox.cz"],
    sections=[
        ("kv", "Personal information", [("Date of birth", "30. 8. 1997"), ("Nationality", "Czech"),
                                        ("Driving licence", "B")]),
        ("exp", "Work experience", [
            E("Receptionist – Shift Leader", "Hotel Zlatá Hvězda", "Hrádek u Lesa", "2021-04", "present",
              ["Running the reception shift, check-in/out, groups and complaints",
               "Training new receptionists", "Cooperation with housekeeping and restaurant"],
              "facing", "in_person_service"),
            E("Museum Guide (part-time)", "Městské muzeum Hrádek", "Hrádek u Lesa", "2019-05", "2021-03",
              ["Guided tours for school classes and tourists in Czech, German and English"],
              "facing", "other_facing"),
            E("Room Attendant (summer brigáda)", "Alpenhof Seewinkl", "Seewinkl, Austria", "2018-07", "2018-09",
              ["Cleaning rooms after departure, changing linen"],
              "affecting"),
            E("Barista (student brigáda)", "Kavárna U Tří Lip", "Hrádek u Lesa", "2016-09", "2019-04",
              [], "facing", "in_person_service"),
            E("Assembly Worker (summer brigáda)", "Elektro Hrádek a.s.", "Hrádek u Lesa", "2016-07", "2016-08",
              ["Assembling switch boxes on the line"], "none"),
        ]),
        ("kv", "Education", [("2016 – 2020", "College of Tourism, Hrádek u Lesa (Bc.)")]),
        ("kv", "Languages", [("Czech", "mother tongue"), ("German", "B2"), ("English", "B2")]),
    ]))

# ---------------------------------------------------------------- w017
add(dict(
    id="w017", r="docx", lay="tabs", hdr="title_org", ds="mon.", pres="present", bul="•", in_header=True,
    foot="Autorizzo il trattamento dei dati personali ai sensi del GDPR 2016/679.",
    family="Italian service desk analyst, name and contact in the Word page header, tab-stop dates",
    name="Francesca Orsini",
    contact=["Padusa (RO)", "+39 320 118 4426", "francesca.orsini@mailbox.it"],
    sections=[
        ("txt", "Profile", ["IT support analyst with eight years between shop floor, network operations and "
                            "the internal service desk of an insurance group."]),
        ("exp", "Work Experience", [
            E("Service Desk Analyst", "Assicurazioni Laguna SpA", "Padusa", "2021-09", "present",
              ["First and second level support for 1,100 employees by phone, Teams and tickets",
               "Remote sessions, software deployment, account management",
               "Knowledge base articles"],
              "facing", "internal_support"),
            E("Technical Support Specialist (English/Italian)", "Softwave Europe Srl", "Remote", "2019-02", "2021-08",
              ["Chat and e-mail support for users of an accounting software",
               "Reproducing bugs and writing tickets for developers"],
              "facing", "digital_service"),
            E("Junior Network Technician", "Telecom Pianura Srl", "Rovigo Nord", "2017-01", "2019-01",
              ["Configuring routers and switches in the NOC", "Monitoring links and opening tickets with carriers"],
              "none"),
            E("Shop Assistant – Electronics", "Elettromondo", "Padusa", "2014-10", "2016-12",
              [], "facing", "in_person_service"),
        ]),
        ("txt", "Education & Certifications", ["Diploma Perito Informatico, ITIS Padusa (2014)",
                                               "ITIL 4 Foundation (2022), CCNA (2018)"]),
        ("txt", "Languages", ["Italian (native), English (C1)"]),
    ]))

# ---------------------------------------------------------------- w018
add(dict(
    id="w018", r="txt", hdr="orgfirst", ds="mm/yyyy", pres="today", bul="*", caps=True, under="",
    tfmt="{l}   |   {r}",
    family="German dispatcher, plain text with employer headings and roles beneath, Ausbildung and year-only dates",
    name="Dennis Krawczyk",
    contact=["Birkenweg 3, 04319 Lindenau", "0171 / 290 44 81", "dennis.krawczyk@mailbox.de",
             "born 07.09.1991 in Lindenau"],
    sections=[
        ("exp", "Berufserfahrung / Work experience", [
            E("Dispatcher (Disponent)", "Spedition Hollweg GmbH & Co. KG", "Lindenau", "2022-03", "present",
              ["Route and tour planning for 25 trucks (general cargo)",
               "Contact with drivers by phone and telematics, driving and rest times",
               "Settlement of tours, toll and diesel reports"],
              "affecting", dtext="since 03/2022"),
            E("Truck Driver (C/CE)", "Spedition Hollweg GmbH & Co. KG", "Lindenau", "2018-01", "2021-12",
              ["National long-distance transport between depots, loading and securing cargo"],
              "affecting", prec="year"),
            E("Apprenticeship Warehouse Logistics Specialist (Fachkraft für Lagerlogistik)",
              "Gebr. Stollmann Metallbau GmbH", "Lindenau", "2010-09", "2013-07",
              ["Goods receipt, storage, commissioning and shipping of steel parts"],
              "affecting", etype="internship"),
            E("Cashier / shelf filler (Minijob)", "Getränkemarkt Kaiser", "Lindenau", "2013-08", "2017-12",
              ["Till and empties return, carrying crates to customers' cars"],
              "facing", "in_person_service"),
            E("Basic military service (Grundwehrdienst)", "Logistikbataillon 172", "Lindenau", "2008-10", "2009-06",
              ["Driver and warehouse duties in the supply company"],
              "none", etype="military"),
        ]),
        ("txt", "Schule / Education", ["2001 – 2008 Oberschule Lindenau, Realschulabschluss"]),
        ("txt", "Kenntnisse / Skills", ["Forklift licence, driving licence C/CE with code 95",
                                        "Transport management software, MS Office", "English basic"]),
    ]))

# ---------------------------------------------------------------- w019
add(dict(
    id="w019", r="reportlab", lay="sidebar", hdr="title_org", ds="mm/yyyy", pres="Present", bul="•",
    family="Portuguese school assistant and care worker, reportlab shaded sidebar, food-bank volunteering",
    name="Rui Alexandre Pestana", sub="School assistant",
    contact=["Vale Formoso, Portugal", "+351 936 210 447", "rui.pestana@mailbox.pt"],
    side=[("txt", "Languages", ["Portuguese – native", "English – B1", "Spanish – B1"]),
          ("txt", "Skills", ["First aid certificate", "Working with children with special needs",
                             "Basic cooking"]),
          ("txt", "Personal", ["Born 12/12/1988", "Driving licence B"])],
    sections=[
        ("exp", "Professional Experience", [
            E("School Assistant (Auxiliar de Ação Educativa)", "Agrupamento de Escolas de Vale Formoso",
              "Vale Formoso", "2019-09", "present",
              ["Supervising pupils during breaks and in the canteen",
               "Accompanying two pupils with special needs in class",
               "Opening the school gate and welcoming parents in the morning"],
              "facing", "education"),
            E("Care Worker", "Lar Santa Clara", "Vale Formoso", "2014-02", "2019-08",
              ["Hygiene, meals and mobility support for 40 elderly residents",
               "Accompanying residents to medical appointments"],
              "facing", "healthcare_care"),
            E("Kitchen Assistant", "Cantina Social Bom Pastor", "Vale Formoso", "2011-05", "2014-01",
              ["Preparing vegetables, portioning meals for take-away boxes, cleaning"],
              "affecting"),
            E("Factory Worker", "Corticeira Vale Formoso Lda", "Vale Formoso", "2007-09", "2011-04",
              ["Punching and sorting cork stoppers, machine cleaning"],
              "none"),
        ]),
        ("exp", "Volunteering", [
            E("Volunteer", "Banco Alimentar de Vale Formoso", "Vale Formoso", "2016-01", "present",
              ["Saturday distribution of food baskets to families at the collection point"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("txt", "Education", ["12th grade, Escola Secundária de Vale Formoso (2007)",
                              "Course: Geriatric Assistant, 300 h (2013)"]),
    ]))

# ---------------------------------------------------------------- w020
add(dict(
    id="w020", r="docx", lay="styles", hdr="title_org", ds="dot", pres="now", bul="style",
    tstyle="Heading 3", family="Czech automotive operator moving to IT help desk, Word heading styles, M.YYYY dates",
    name="Jakub Novotný",
    contact=["Bělá nad Jizerkou · +420 604 771 385 · jakub.novotny@mailbox.cz"],
    sections=[
        ("txt", "Objective", ["I want to continue in IT support. Since 2024 I work on the internal help desk of "
                              "my employer after years in production and quality."]),
        ("exp", "Employment", [
            E("IT Helpdesk Agent (internal)", "Auto-Komponenty Bělá s.r.o.", "Bělá nad Jizerkou", "2024-02", "present",
              ["Phone and ticket support for office and shop-floor employees",
               "Setting up scanners and terminals on the production lines",
               "User accounts in Active Directory"],
              "facing", "internal_support"),
            E("Team Leader Quality", "Auto-Komponenty Bělá s.r.o.", "Bělá nad Jizerkou", "2019-06", "2024-01",
              ["Final inspection of wiring harnesses, 8D reports for complaints from the car maker",
               "Leading 6 inspectors on two shifts"],
              "affecting"),
            E("Production Line Operator", "Auto-Komponenty Bělá s.r.o.", "Bělá nad Jizerkou", "2015-09", "2019-05",
              ["Assembly of cable harnesses, work according to instructions and takt time"],
              "none"),
            E("Call Centre Agent (student job)", "Pulsar Research s.r.o.", "Mladá Lípa", "2013-10", "2015-06",
              ["Phoning households for market research surveys, evening shifts"],
              "facing", "contact_center"),
        ]),
        ("txt", "Education", ["Secondary technical school of electrical engineering, Mladá Lípa (2015, maturita)"]),
        ("txt", "Courses", ["CompTIA A+ (2023)", "Microsoft 365 administration – online course"]),
        ("txt", "Languages", ["Czech native, English B2, German A2"]),
    ]))

# ---------------------------------------------------------------- w021
add(dict(
    id="w021", r="html", lay="plain", hdr="title_org", ds="month", pres="present", bul="•",
    family="Dutch primary-school teacher, simple HTML page, teaching placement, after-school care and cashier job",
    name="Lotte Verhoeven", sub="Primary school teacher (leerkracht basisonderwijs)",
    contact=["Zuidveen, the Netherlands", "06-37 48 22 10", "lotte.verhoeven@mailbox.nl"],
    sections=[
        ("exp", "Work experience", [
            E("Primary School Teacher (group 5)", "Basisschool De Regenboog", "Zuidveen", "2021-08", "present",
              ["Teaching 27 pupils aged 8–9, all subjects", "Parent meetings and reports twice a year",
               "Coordinator of the reading programme"],
              "facing", "education"),
            E("Teacher Trainee (LIO internship)", "Basisschool De Regenboog", "Zuidveen", "2020-09", "2021-06",
              ["Taking over group 4 for four days a week under supervision of the mentor"],
              "facing", "education", etype="internship"),
            E("Pedagogical Assistant, After-school Care", "Kinderopvang Het Kwetternest", "Zuidveen",
              "2018-01", "2020-08",
              ["Activities and homework help for children aged 4–12 after school"],
              "facing", "education"),
        ]),
        ("txt", "Education", ["Pabo (teacher training college), Hogeschool Zuidveen, 2017 – 2021"]),
        ("txt", "Languages", ["Dutch – native", "English – good", "German – reasonable"]),
        ("txt", "Hobbies", ["Choir, field hockey (youth trainer)"]),
    ]))

# ---------------------------------------------------------------- w022
add(dict(
    id="w022", r="fpdf2", lay="plain", hdr="title_org", ds="mm.yyyy", pres="today", bul="-",
    footer="Stefan Brückner · Lebenslauf · Seite {n}", brk="Weiterbildung / Training",
    family="German public-transport employee, two-page fpdf2 CV with footer, tram driver, Zivildienst and Ausbildung",
    name="Stefan Brückner", sub="Customer service public transport",
    contact=["Am Wasserturm 19, 37124 Hollerbach", "Telefon 0551 / 7730 418", "stefan.brueckner@mailbox.de",
             "geb. 23.01.1979 in Hollerbach, verheiratet, 2 Kinder"],
    sections=[
        ("exp", "Beruflicher Werdegang / Work experience", [
            E("Customer Service Employee, Travel Centre", "Verkehrsbetriebe Hollerbach (VBH)", "Hollerbach",
              "2019-04", "present",
              ["Advice on tickets, subscriptions and timetables at the counter",
               "Complaints, fare evasion cases and lost property",
               "Sale of tickets for events"],
              "facing", "in_person_service"),
            E("Tram Driver", "Verkehrsbetriebe Hollerbach (VBH)", "Hollerbach", "2009-03", "2019-03",
              ["Driving trams on lines 2, 4 and 7 in shift service",
               "Vehicle checks before departure, reporting faults and incidents to the control centre",
               "Keeping to the timetable"],
              "affecting"),
            E("Ticket Inspector", "VBH Sicherheits- und Servicedienst GmbH", "Hollerbach", "2005-10", "2009-02",
              ["Ticket checks on buses and trams, information for passengers",
               "Issuing penalty fares, de-escalation"],
              "facing", "other_facing"),
            E("Taxi Driver (part-time)", "Funktaxi Hollerbach eG", "Hollerbach", "2003-02", "2005-09",
              [], "facing", "in_person_service"),
            E("Apprenticeship as Automotive Mechatronics Technician", "Autohaus Lenz GmbH", "Hollerbach",
              "1999-09", "2003-01",
              ["Servicing and repairing cars in the workshop", "Journeyman's certificate 2003"],
              "affecting", etype="internship"),
            E("Zivildienst – Patient Transport Service", "Kreiskrankenhaus Hollerbach", "Hollerbach",
              "1998-08", "1999-08",
              ["Bringing patients in beds and wheelchairs to X-ray, OR and wards"],
              "facing", "healthcare_care", etype="unknown"),
        ]),
        ("txt", "Weiterbildung / Training", ["2021  Complaint management in public transport (VDV seminar)",
                                             "2009  Tram driver licence (BOStrab)", "2006  De-escalation training"]),
        ("txt", "Schulbildung / School", ["1989 – 1998  Gymnasium am Wall, Hollerbach (Fachhochschulreife)"]),
        ("txt", "Sprachen / Languages", ["German native, English good, Turkish basic"]),
        ("txt", "Hobbies", ["Football coach U12, cycling"]),
    ]))

# ---------------------------------------------------------------- w023
add(dict(
    id="w023", r="docx", lay="lebenslauf", hdr="title_org", ds="mm.yyyy", pres="heute", bul="–",
    family="Swiss bank relationship manager, Word Lebenslauf table, KV-Lehre at a municipal office",
    name="Nadine Gerber", hstyle=True, hs="Heading 2",
    contact=["Seestrasse 40, 3261 Oberlindach", "079 441 28 90", "nadine.gerber@mailbox.ch",
             "Jahrgang 1996, Swiss, ledig"],
    sections=[
        ("exp", "Berufserfahrung", [
            E("Relationship Manager Private Clients", "Bank Seeland Aare AG", "Oberlindach", "2022-01", "present",
              ["Portfolio of 280 private clients: investments, pension planning (3a), mortgages",
               "Client meetings in the branch and by phone, acquisition of new clients"],
              "facing", "sales_account", dtext="seit 01.2022"),
            E("Customer Service Advisor, Telephone Banking", "Bank Seeland Aare AG", "Biel area",
              "2018-08", "2021-12",
              ["Inbound calls about cards, e-banking and payments", "Blocking cards, changing limits"],
              "facing", "contact_center"),
            E("Commercial apprenticeship (KV-Lehre, profile E)", "Gemeindeverwaltung Oberlindach", "Oberlindach",
              "2015-08", "2018-07",
              ["Residents' registration counter: moving in/out, ID applications",
               "Tax office and building department (filing, letters)"],
              "facing", "in_person_service", etype="internship"),
            E("Sales Assistant (Saturday job)", "Bäckerei-Konditorei Moser", "Oberlindach", "2012-03", "2015-07",
              [], "facing", "in_person_service"),
        ]),
        ("kv", "Aus- und Weiterbildung", [("2020 – 2021", "Certified Bank Customer Advisor (SAQ)"),
                                           ("2015 – 2018", "Berufsmaturität, KV Biel")]),
        ("kv", "Sprachen", [("Deutsch", "Muttersprache"), ("Französisch", "B2"), ("Englisch", "B2")]),
        ("txt", "Referenzen", ["Auf Anfrage."]),
    ]))

# ---------------------------------------------------------------- w024
add(dict(
    id="w024", r="md", hdr="title_org", ds="iso", pres="now", bul="-",
    family="Slovak housekeeping supervisor in Markdown, ISO month dates, au pair year",
    name="Martina Horváthová",
    contact=["Jedľový Vrch, Slovakia", "+421 905 338 712", "martina.horvathova@mailbox.sk"],
    sections=[
        ("txt", "Work experience", []),
        ("exp", "Hotels", [
            E("Housekeeping Supervisor", "Horský hotel Jedľový Vrch", "Jedľový Vrch", "2022-11", "present",
              ["Inspecting 64 rooms daily and releasing them to reception",
               "Training and scheduling 9 room attendants",
               "Ordering linen and cleaning materials"],
              "affecting"),
            E("Room Attendant", "Horský hotel Jedľový Vrch", "Jedľový Vrch", "2019-05", "2022-10",
              ["Cleaning 14–16 rooms per shift, minibar check"],
              "affecting"),
            E("Waitress", "Penzión Pod Skalou", "Štrbské Lúky", "2017-06", "2019-04",
              ["Breakfast buffet and à-la-carte dinners, payments at the table"],
              "facing", "in_person_service"),
        ]),
        ("exp", "Abroad", [
            E("Au Pair", None, "Kassel, Germany", "2016-08", "2017-05",
              ["Looking after two children (3 and 6), taking them to kindergarten and school",
               "Language course B1 in the mornings"],
              "facing", "education"),
        ]),
        ("txt", "Education", ["2012 – 2016 Hotel Academy Štrbské Lúky (maturita)"]),
        ("txt", "Languages", ["Slovak, Czech – native; German – B2; English – A2"]),
    ]))

# ---------------------------------------------------------------- w025
add(dict(
    id="w025", r="reportlab", lay="plain", hdr="dash", ds="month", pres="Current", bul="•",
    family="Spanish supermarket cashier, reportlab single column, 'Title – Employer, Town' lines, e-commerce 'customer service' without contact",
    name="Lucía Fernández Ortega",
    contact=["C/ Mayor 5, 2ºA · 28990 Torrebaja de la Sierra (Madrid)", "612 448 309 · lucia.fernandez@mailbox.es"],
    sections=[
        ("txt", "Profile", ["Friendly and organised, with experience in supermarkets, promotions and e-commerce."]),
        ("exp", "Work Experience", [
            E("Shop Assistant / Cashier", "Supermercados El Olivar", "Torrebaja de la Sierra", "2023-02", "present",
              ["Tills and self-checkout, fresh counter (charcuterie) at weekends",
               "Cash count and opening of the shop"],
              "facing", "in_person_service"),
            E("Stock Replenisher (night shift)", "Supermercados El Olivar", "Torrebaja de la Sierra",
              "2022-03", "2023-01",
              ["Unloading deliveries and filling shelves between 22:00 and 6:00, store closed"],
              "affecting"),
            E("Customer Service Specialist", "Modaclick Online S.L.", "Alcobendas Norte", "2020-09", "2022-02",
              ["Processing returns and exchanges in the warehouse system",
               "Updating order status and coordinating pickups with couriers",
               "Weekly returns report for the buying team"],
              "affecting"),
            E("Brand Promoter", "Promo Ibérica", "Madrid region", "2019-04", "2020-08",
              ["Tastings and product promotions in hypermarkets at weekends"],
              "facing", "in_person_service"),
            E("Homework Support Volunteer", "Asociación Vecinal Barrio Alto", "Torrebaja de la Sierra",
              "2018-10", "2020-06",
              ["Two afternoons a week helping primary pupils with homework"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("txt", "Education", ["Technician in Commercial Activities (CFGM), IES Sierra Baja, 2016 – 2018"]),
        ("txt", "Languages", ["Spanish (native), English (B1)"]),
        ("txt", "Other", ["Food handler certificate. Driving licence B."]),
    ]))

# ---------------------------------------------------------------- w026
add(dict(
    id="w026", r="docx", lay="table", hdr="org_title", ds="mm/yyyy", pres="Present", bul="style",
    family="Portuguese contact-centre team leader, Word borderless table per job with employer first, workforce planning",
    name="Tiago Moreira",
    contact=["Póvoa do Norte, Portugal · +351 915 602 831 · tiago.moreira@mailbox.pt"],
    sections=[
        ("txt", "Summary", ["Contact centre professional (Portuguese, Spanish, English) with seven years in "
                            "outsourcing: agent, planner and team leader."]),
        ("exp", "Experience", [
            E("Team Leader", "Lusocontact S.A.", "Póvoa do Norte", "2023-01", "present",
              ["Coaching a team of 16 agents on a Spanish telecom account",
               "Taking escalated calls from customers and approving goodwill credits",
               "Daily KPI reviews (AHT, FCR, NPS)"],
              "facing", "contact_center"),
            E("Workforce Planner", "Lusocontact S.A.", "Póvoa do Norte", "2021-03", "2022-12",
              ["Forecasting call volumes and building agent schedules",
               "Intraday management of breaks and overtime to keep service level"],
              "affecting"),
            E("Customer Service Agent (Spanish & English)", "Lusocontact S.A.", "Póvoa do Norte",
              "2019-05", "2021-02",
              ["Inbound calls for an airline: changes, baggage claims and refunds"],
              "facing", "contact_center"),
            E("Bartender (student job)", "Bar Académico", "Coimbrã", "2016-10", "2019-04",
              [], "facing", "in_person_service"),
            E("Summer Internship – Translation Office", "Traduções Mondego Lda", "Coimbrã", "2018-07", "2018-08",
              ["Translating technical manuals from Spanish and English into Portuguese"],
              "none", etype="internship"),
        ]),
        ("txt", "Education", ["Degree in Modern Languages, Universidade de Coimbrã (2015 – 2019)"]),
        ("txt", "Tools", ["Genesys, Salesforce Service Cloud, Excel (advanced)"]),
    ]))

# ---------------------------------------------------------------- w027
add(dict(
    id="w027", r="txt", hdr="dash", ds="mm/yyyy", pres="Currently", bul="-", caps=True, under="-",
    tfmt="{l} ({r})", family="Spanish head receptionist, plain text 'Title – Employer, Town (dates)', revenue internship and kitchen helper",
    name="Javier Ortiz Calvo",
    contact=["Alcaraví de Mar (Alicante) – +34 622 018 734 – javier.ortiz@mailbox.es"],
    sections=[
        ("txt", "Languages", ["Spanish and Catalan (native), English (C1), German (B1)"]),
        ("exp", "Professional experience", [
            E("Head Receptionist", "Hotel Costa Serena", "Alcaraví de Mar", "2021-03", "present",
              ["Coordination of 6 receptionists, guest complaints, group arrivals",
               "Daily meeting with housekeeping and F&B"],
              "facing", "in_person_service"),
            E("Night Porter", "Hostal La Palmera", "Alcaraví de Mar", "2018-06", "2021-02",
              ["Night reception, late check-ins, security rounds, breakfast set-up"],
              "facing", "in_person_service"),
            E("Hotel Management Internship (Prácticas)", "Hotel Costa Serena", "Alcaraví de Mar",
              "2018-01", "2018-05",
              ["Revenue department: rate loading in the channel manager, competitor price checks",
               "Preparing weekly pick-up reports"],
              "affecting", etype="internship"),
            E("Kitchen Helper", "Restaurante Casa Paco", "Alcaraví de Mar", "2015-06", "2017-09",
              ["Cold starters, paella prep, dishwashing in summer seasons"],
              "affecting"),
            E("Lifeguard", "Ayuntamiento de Alcaraví de Mar", "Alcaraví de Mar", "2014-07", "2014-08",
              ["Beach surveillance, first aid, information to bathers"],
              "facing", "other_facing"),
        ]),
        ("txt", "Education", ["Degree in Tourism, Universidad de Alicante Sur (2014 – 2018)"]),
    ]))

# ---------------------------------------------------------------- w028
add(dict(
    id="w028", r="fpdf2", lay="twocol", hdr="pipe", ds="mon", pres="Present", bul="•",
    family="Danish supermarket store manager, fpdf2 two-column header, 'Title | Employer | Town' lines",
    name="Mette Kjærgaard", sub="Store manager, grocery retail",
    contact=["Havnby, Denmark", "+45 28 71 40 66", "mette.kjaergaard@mailbox.dk"],
    sections=[
        ("txt", "Profile", ["Hands-on store manager. I still like standing at the till on a busy Friday."]),
        ("exp", "Career", [
            E("Store Manager", "Nærkøb Havnby", "Havnby", "2020-06", "present",
              ["Responsible for P&L, 22 employees and 4 apprentices",
               "Serving at the till during peak hours and handling customer complaints",
               "Local events and sponsorships"],
              "facing", "in_person_service"),
            E("Department Manager, Fruit & Vegetables", "Nærkøb Havnby", "Havnby", "2016-02", "2020-05",
              ["Ordering, waste control and staff rota for the department", "Planograms and price changes"],
              "affecting"),
            E("Parental leave (barselsorlov)", None, None, "2018-03", "2018-12", [], "none", etype="unknown"),
            E("Warehouse Worker (student job)", "Dansk Lagerlogistik ApS", "Vestrup", "2013-09", "2016-01",
              ["Picking and packing orders for web shops, evening shifts"],
              "affecting"),
            E("Postal Worker", "Bybud Havnby", "Havnby", "2011-08", "2013-08",
              ["Letter route by bike, 600 addresses"],
              "affecting"),
        ]),
        ("txt", "Education", ["Retail trainee (elev) programme, 2014 – 2016", "HHX business high school, 2008 – 2011"]),
        ("txt", "Languages", ["Danish, English, some German"]),
    ]))

# ---------------------------------------------------------------- w029
add(dict(
    id="w029", r="docx", lay="sidebar", hdr="title_org", ds="dot", pres="continues", bul="-",
    family="Finnish practical nurse, Word shaded sidebar layout table, M.YYYY dates, office cleaning",
    name="Aino Heikkilä",
    contact=["Kuusela, Finland", "040 771 2035", "aino.heikkila@mailbox.fi"],
    side=[("txt", "Languages", ["Finnish – native", "Swedish – satisfactory", "English – good"]),
          ("txt", "Cards", ["Hygiene passport", "Medication permit (LOVE)", "First aid 1"]),
          ("txt", "Hobbies", ["Cross-country skiing, knitting"])],
    sections=[
        ("exp", "Work experience", [
            E("Practical Nurse", "Palvelukoti Kuusela", "Kuusela", "2021-01", "present",
              ["Care of residents in a 24-hour assisted living unit", "Medication, wound care, care plans",
               "Working with relatives and the home's doctor"],
              "facing", "healthcare_care"),
            E("Home Care Worker", "Kotihoito Aamurusko Oy", "Kuusela", "2018-03", "2020-12",
              ["Visiting 10–12 elderly clients a day in their homes: morning care, meals, medicines"],
              "facing", "healthcare_care"),
            E("Office Cleaner (evenings)", "Siivouspalvelu Kirkas Oy", "Kuusela", "2015-08", "2018-02",
              ["Cleaning offices after working hours"],
              "none"),
        ]),
        ("txt", "Education", ["Vocational qualification in social and health care (practical nurse), 2020",
                              "Upper secondary school, 2014"]),
    ]))

# ---------------------------------------------------------------- w030
add(dict(
    id="w030", r="html", lay="europass", hdr="title_org", ds="mm/yyyy", pres="today", bul="•",
    family="Austrian student's Europass-style HTML CV, Werkstudentin chat support, HR internship, FSJ",
    name="Magdalena Huber", sub="Curriculum Vitae (Europass)",
    contact=["Ennsfeld, Austria", "+43 660 512 3904", "magdalena.huber@mailbox.at", "Date of birth 03/04/2001"],
    sections=[
        ("exp", "Work experience", [
            E("Customer Service (Werkstudentin, 15 h/week)", "Bergsport Direkt GmbH", "Ennsfeld", "2023-10",
              "present",
              ["Live chat and e-mail support for online shop customers: orders, sizes, returns",
               "Answering product reviews and questions on the shop page"],
              "facing", "digital_service"),
            E("Internship (Praktikum) HR Department", "Stahlwerk Ennsfeld AG", "Ennsfeld", "2023-07", "2023-09",
              ["Maintaining personnel files, preparing employment contracts",
               "Entering working time data for payroll"],
              "none", etype="internship"),
            E("Sales Assistant (mini-job)", "Bäckerei Gruber", "Ennsfeld", "2020-11", "2023-06",
              ["Selling bread and pastries on Saturdays, making coffee, till"],
              "facing", "in_person_service"),
            E("Voluntary Social Year (FSJ)", "Lebenshilfe Werkstätten Ennstal", "Ennsfeld", "2019-09", "2020-08",
              ["Supporting adults with disabilities in a sheltered workshop and on outings"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("kv", "Education and training", [("10/2020 – today", "BA Business Administration, FH Ennsfeld"),
                                          ("2011 – 2019", "BRG Ennsfeld, Matura")]),
        ("kv", "Languages", [("Mother tongue", "German"), ("English", "C1"), ("Spanish", "B1")]),
    ]))
