"""Résumés w001–w015."""
from lib import E

RESUMES = []
add = RESUMES.append

# ---------------------------------------------------------------- w001
add(dict(
    id="w001", r="reportlab", lay="tabular", hdr="title_org", ds="dd.mm.yyyy", pres="until today", bul="–",
    family="German hotel receptionist, tabular Lebenslauf with photo box, birth date and DD.MM.YYYY dates",
    name="Jana Hoffmeister", sub="Lebenslauf / Curriculum Vitae", photo=True,
    contact=["Lindenstraße 14, 37129 Hollerbach", "Tel. +49 1523 4471902", "jana.hoffmeister@mailbox.de"],
    sections=[
        ("kv", "Personal details", [("Date of birth", "14.03.1998"), ("Place of birth", "Weilersbach"),
                                    ("Nationality", "German"), ("Marital status", "single")]),
        ("exp", "Work experience", [
            E("Receptionist", "Hotel Lindenhof am Markt", "Hollerbach", "2020-08", "present",
              ["Check-in and check-out of guests, key cards, invoices and payment",
               "Answering phone and e-mail booking requests in German and English",
               "Cash-up at the end of the early shift"],
              "facing", "in_person_service"),
            E("Apprenticeship as Hotel Management Assistant (Ausbildung zur Hotelfachfrau)",
              "Parkhotel Sonnenhang", "Weilersbach", "2017-08", "2020-07",
              ["Rotation through housekeeping, restaurant, banqueting and front office",
               "Breakfast and à-la-carte service for up to 90 guests",
               "Final exam IHK with grade 2,1"],
              "facing", "in_person_service", etype="internship"),
            E("Service Assistant (Minijob)", "Café Holler", "Hollerbach", "2016-10", "2017-07",
              ["Serving coffee and cakes at weekends", "Taking orders and payment at the table"],
              "facing", "in_person_service"),
            E("Production Helper (holiday job)", "Brenner Kunststofftechnik GmbH", "Weilersbach",
              "2016-07", "2016-08",
              ["Packing injection-moulded parts at the end of the line", "Visual check of parts for defects"],
              "none"),
        ]),
        ("kv", "School education", [("2008 – 2016", "Realschule am Stadtpark, Hollerbach – Mittlere Reife")]),
        ("kv", "Languages", [("German", "native"), ("English", "good (B2)"), ("French", "basic")]),
        ("kv", "IT", [("Software", "Protel PMS, MS Office")]),
        ("txt", "", ["Hollerbach, 02.10.2026        Jana Hoffmeister"]),
    ]))

# ---------------------------------------------------------------- w002
add(dict(
    id="w002", r="docx", lay="lebenslauf", hdr="title_org", ds="mm/yyyy", pres="today", bul="•",
    family="Austrian bank customer adviser, Word Lebenslauf table with date column, Zivildienst and Lehre",
    name="Lukas Pernegger", hstyle=False,
    contact=["Kirchgasse 7, 4861 Steintal, Austria", "+43 664 3810 229", "lukas.pernegger@mailbox.at",
             "born 22 May 1999 in Steintal, Austrian citizen"],
    sections=[
        ("txt", "Profile", ["Customer adviser with a bank apprenticeship and three years at the branch counter. "
                            "Calm, reliable, good with numbers and with people."]),
        ("exp", "Professional experience", [
            E("Customer Adviser (Kundenberater)", "Alpenland Regionalbank eGen", "Steintal", "2022-09", "present",
              ["Advising private customers on accounts, cards, savings and consumer loans",
               "Opening accounts incl. identity checks, managing my own appointment diary",
               "Back-up at the cash desk during holidays"],
              "facing", "in_person_service", dtext="since 09/2022"),
            E("Apprenticeship as Bank Clerk (Lehre zum Bankkaufmann)", "Alpenland Regionalbank eGen", "Steintal",
              "2019-09", "2022-08",
              ["Cash desk and self-service area in the branch, helping customers with transfers",
               "Three months in the loan back office (checking documents, filing)",
               "Vocational school in Linzach, passed with distinction"],
              "facing", "in_person_service", etype="internship"),
            E("Civilian service (Zivildienst) – Paramedic assistant", "Samariterdienst Bezirk Steintal", "Steintal",
              "2018-10", "2019-06",
              ["Patient transport and ambulance shifts with the paramedic team",
               "First aid, looking after patients during transport"],
              "facing", "healthcare_care", etype="unknown"),
            E("Summer internship (Ferialpraktikum) – Accounting", "Steintaler Holzwerke GmbH", "Steintal",
              "2017-07", "2017-08",
              ["Booking supplier invoices, filing, reconciling the cash book"],
              "none", etype="internship"),
        ]),
        ("kv", "Education", [("09/2013 – 06/2018", "HAK Steintal (commercial academy), Matura"),
                             ("09/2009 – 07/2013", "Mittelschule Steintal")]),
        ("kv", "Languages", [("German", "native"), ("English", "B2"), ("Italian", "A2")]),
        ("txt", "Hobbies", ["Volunteer fire brigade, mountain biking, choir"]),
    ]))

# ---------------------------------------------------------------- w003
add(dict(
    id="w003", r="txt", hdr="datesfirst", ds="iso", pres="now", bul="-", caps=True, under="=",
    family="Polish call-centre agent, plain text pasted from a portal, dates first then title, ISO month dates",
    name="KATARZYNA WRÓBLEWSKA",
    contact=["ul. Klonowa 18/4, 52-210 Lesznów, Poland", "tel. +48 604 218 977",
             "k.wroblewska@mailbox.pl", "Date of birth: 03.11.1996"],
    sections=[
        ("txt", "About me", ["Fluent German (C1) and English (B2). 5 years in customer service and back office."]),
        ("exp", "Professional experience", [
            E("Senior Customer Service Agent (German market)", "Nordtel Services Sp. z o.o.", "Lesznów",
              "2021-03", "present",
              ["inbound calls and e-mails from German energy customers (billing, moving house, meter readings)",
               "mentoring 4 new agents, side-by-side listening",
               "average CSAT 4.7/5 in 2025"],
              "facing", "contact_center"),
            E("Back Office Specialist", "Kalmar Travel Solutions", "Lesznów", "2019-06", "2021-02",
              ["processing refund claims for cancelled flights in SAP",
               "checking documents and vouchers, preparing payment files",
               "reporting to the team lead in Stockholm"],
              "affecting"),
            E("Cashier (student job)", "Market Pod Lipą", "Lesznów", "2017-10", "2019-05",
              ["till, cigarettes and lottery, weekends and evenings"],
              "facing", "in_person_service"),
            E("Seasonal Harvest Worker", "Tuinderij Van Os", "Zuidveen (NL)", "2016-07", "2016-09",
              ["picking and sorting strawberries in greenhouses"],
              "none"),
        ]),
        ("txt", "Education", ["2015-2019  University of Lesznów, BA German Philology"]),
        ("txt", "Skills", ["MS Office, SAP (basic), Genesys, Zendesk", "Driving licence cat. B"]),
        ("txt", "", ["I agree to the processing of my personal data for the purposes of recruitment (GDPR)."]),
    ]))

# ---------------------------------------------------------------- w004
add(dict(
    id="w004", r="fpdf2", lay="sidebar", hdr="title_org", ds="mon", pres="present", bul="•",
    family="Dutch bookshop assistant manager, fpdf2 with grey sidebar (personal details, languages, skills)",
    name="Sanne de Vries-Kooistra", sub="Retail | Books | Events",
    contact=["Rijnsveld, NL", "+31 6 4182 0573", "sanne.devries@mailbox.nl", "Born 09-07-1995"],
    side=[("txt", "Languages", ["Dutch – native", "English – fluent", "German – good"]),
          ("txt", "Skills", ["Cash register & Wallet POS", "Stock management", "Event planning",
                             "Social media for shops"]),
          ("txt", "Hobbies", ["Reading, korfball, cycling"])],
    sections=[
        ("txt", "Profile", ["Bookshop all-rounder who likes to recommend the right book. Looking for a shop "
                            "or library job with more responsibility."]),
        ("exp", "Work experience", [
            E("Assistant Store Manager", "Boekhandel De Leeswolf", "Rijnsveld", "2022-01", "present",
              ["Making the staff rota and opening/closing the shop",
               "Special orders and school book lists for customers",
               "Organising author evenings (up to 60 visitors)"],
              "facing", "in_person_service"),
            E("Sales Assistant (side job next to study)", "Warenhuis Vlinder", "Rijnsveld", "2018-09", "2021-12",
              ["Till, gift wrapping, helping customers in the household department", "Restocking and price changes"],
              "facing", "in_person_service"),
            E("Visual Merchandising Intern", "Modehuis Kaatje", "Zuidveen", "2018-02", "2018-06",
              ["Dressing windows and mannequins before opening time",
               "Planning the seasonal layout with the visual merchandiser"],
              "affecting", etype="internship"),
            E("Newspaper Delivery", "Dagblad Rijnsveld", "Rijnsveld", "2011-09", "2013-06",
              ["Early-morning round of 180 addresses, six days a week"],
              "affecting"),
        ]),
        ("txt", "Education", ["2014 – 2018  Hogeschool Rijnsveld – Bachelor Small Business & Retail Management",
                              "2008 – 2014  Het Stedelijk Lyceum – HAVO"]),
    ]))

# ---------------------------------------------------------------- w005
add(dict(
    id="w005", r="docx", lay="styles", hdr="title_org", ds="month", pres="Present", bul="style",
    dright="paren", family="Dutch IT service-desk employee, Word heading styles and list bullets",
    name="Thijs Bosman",
    contact=["Westerkamp · +31 6 2255 9130 · thijs.bosman@mailbox.nl · linkedin.com/in/thijsbosman-example"],
    sections=[
        ("txt", "Summary", ["First-line IT support with a municipal service desk, HBO ICT student background "
                            "and an internship in system administration."]),
        ("txt", "Skills", ["* TOPdesk, Active Directory, Intune, Microsoft 365",
                           "* Windows 11, basic PowerShell", "* Dutch (native), English (C1)"]),
        ("exp", "Experience", [
            E("IT Service Desk Employee (1st line)", "Gemeente Westerkamp", "Westerkamp", "2023-04", "present",
              ["Answering calls and tickets from 600 municipal employees",
               "Password resets, MFA problems, printer issues",
               "Preparing and handing out laptops to new colleagues"],
              "facing", "internal_support"),
            E("Helpdesk Assistant (student job)", "Hogeschool Rijnsveld", "Rijnsveld", "2020-09", "2023-02",
              ["Walk-in IT desk for students and lecturers: Wi-Fi, e-mail, printing credit",
               "12 hours per week next to my study"],
              "facing", "internal_support"),
            E("Internship System Administration", "Datacentrum Oost BV", "Deventerbroek", "2022-02", "2022-06",
              ["Automating backup checks with PowerShell",
               "Updating virtual servers in the test environment",
               "Writing technical documentation"],
              "none", etype="internship"),
            E("Order Picker (via temp agency)", "Distributiecentrum Kroonveld", "Kroonveld", "2019-06", "2019-08",
              ["Picking orders for supermarkets with a hand scanner, evening shifts"],
              "affecting"),
        ]),
        ("txt", "Education", ["HBO-ICT, Hogeschool Rijnsveld (2019 – 2023)", "MBO-4 ICT Beheer, ROC Westerkamp (2016 – 2019)"]),
    ]))

# ---------------------------------------------------------------- w006
add(dict(
    id="w006", r="md", hdr="title_org", ds="mon", pres="ongoing", bul="-",
    family="Swedish assistant nurse in Markdown, h3 title lines, care home, school assistant and shop",
    name="Elin Sundqvist",
    contact=["Norrvik, Sweden", "070-388 12 64", "elin.sundqvist@mailbox.se"],
    sections=[
        ("txt", "Profile", ["Trained assistant nurse (undersköterska) with six years in elderly care. "
                            "Looking for a permanent position in a care home or home care."]),
        ("exp", "Work experience", [
            E("Assistant Nurse", "Solgläntans äldreboende", "Norrvik", "2020-08", "present",
              ["Personal care, medication handling by delegation and documentation",
               "Contact person for four residents and their families",
               "Night shifts every third week"],
              "facing", "healthcare_care"),
            E("Summer Substitute, Kitchen", "Solgläntans äldreboende", "Norrvik", "2019-06", "2019-08",
              ["Preparing lunch and puréed meals according to diet lists", "Dishwashing and cleaning the kitchen"],
              "affecting", dtext="Summer 2019"),
            E("Pupil Assistant (elevassistent)", "Björkåsens skola", "Norrvik", "2017-08", "2019-05",
              ["Supported two pupils with special needs in class 4", "Break supervision and school trips"],
              "facing", "education"),
            E("Cashier (weekends)", "Norrviks Livs", "Norrvik", "2015-09", "2017-06",
              [], "facing", "in_person_service"),
        ]),
        ("txt", "Education", ["- Vård- och omsorgsprogrammet, Komvux Norrvik, 2019–2020",
                              "- Upper secondary school, Social Science Programme, 2013–2016"]),
        ("txt", "Languages", ["Swedish (native), English (good), Finnish (basic)"]),
        ("txt", "Other", ["Driving licence B. References on request."]),
    ]))

# ---------------------------------------------------------------- w007
add(dict(
    id="w007", r="reportlab", lay="plain", hdr="title_org", ds="mm.yyyy", pres="present", bul="•",
    footer="Michał Zawadzki – Curriculum Vitae – page {n}", brk="Education",
    family="Polish logistics coordinator, two-page reportlab CV with page footer and GDPR clause",
    name="Michał Zawadzki", sub="Logistics coordinator",
    contact=["Opolin, Poland  |  +48 512 660 314  |  m.zawadzki@mailbox.pl"],
    sections=[
        ("txt", "Summary", ["Logistics coordinator with warehouse and driving background. I know the job from "
                            "the forklift to the phone with an angry customer."]),
        ("exp", "Professional experience", [
            E("Logistics Coordinator (Dispatcher)", "TransKarp Logistyka Sp. z o.o.", "Opolin", "2022-05", "present",
              ["Planning daily routes for 14 vans and 3 trucks",
               "Phoning customers with delivery windows and handling complaints about delays",
               "Working with the warehouse on loading order"],
              "facing", "other_facing"),
            E("Warehouse Team Leader", "TransKarp Logistyka Sp. z o.o.", "Opolin", "2019-09", "2022-04",
              ["Shift plans for 12 warehouse workers",
               "Stock accuracy and cycle counts, goods receipt",
               "Health & safety briefings"],
              "affecting"),
            E("Courier (B2C parcels)", "Szybka Paczka S.A.", "Opolin", "2017-03", "2019-08",
              ["Delivering 120 parcels per day to homes and shops",
               "Handing over parcels, collecting cash-on-delivery payments"],
              "facing", "in_person_service"),
            E("Forklift Operator", "Fabryka Mebli Dębina S.A.", "Dębina", "2014-06", "2017-02",
              ["Moving board and pallets between production halls", "Loading trucks for export"],
              "none"),
            E("Production Worker (agency)", "Flexwerk Uitzendbureau", "Zuidveen (NL)", "2013-10", "2014-05",
              ["Night shifts in a meat-packing plant: vacuum packing and labelling"],
              "none"),
            E("Intern – Customer Service (praktyka)", "Bank Spółdzielczy w Opolinie", "Opolin",
              "2013-07", "2013-08",
              ["Helping clients fill in transfer forms at the counter", "Sorting post and scanning documents"],
              "facing", "in_person_service", etype="internship"),
        ]),
        ("txt", "Education", ["2010 – 2014  Technical School of Economics, Opolin – logistics technician",
                              "2016  Forklift licence UDT", "2018  Driving licence category C"]),
        ("txt", "Skills", ["* SAP WM, Excel (pivot tables), route planning software",
                           "* Polish (native), English (B1), German (A2)"]),
        ("txt", "Interests", ["Football (amateur club referee), motorcycles"]),
        ("txt", "", ["I hereby consent to my personal data being processed for the purpose of recruitment "
                     "for the position I am applying for."]),
    ]))

# ---------------------------------------------------------------- w008
add(dict(
    id="w008", r="docx", lay="tabs", hdr="title_org", ds="mm/yyyy", pres="to date", bul="–",
    family="Norwegian bus driver, Word right tab-stop dates, travel centre, traffic control, ferry summer job",
    name="Ingrid Haugland", hstyle=False,
    contact=["Bergvik, Norway", "Mob. +47 918 40 227", "ingrid.haugland@mailbox.no"],
    sections=[
        ("exp", "Work experience", [
            E("Bus Driver", "Fjordbuss AS", "Bergvik", "2021-02", "present",
              ["City and regional routes, ticket sales on board",
               "Helping passengers with wheelchairs, prams and information about connections"],
              "facing", "in_person_service"),
            E("Traffic Controller", "Vestnett Kollektiv", "Bergvik", "2018-11", "2021-01",
              ["Monitoring buses in real time and contacting drivers by radio",
               "Setting up replacement buses and diversions during disruptions",
               "Publishing disruption notices in the journey planner"],
              "affecting"),
            E("Customer Centre Adviser", "Vestnett Kollektiv", "Bergvik", "2016-03", "2018-10",
              ["Phone and chat enquiries about tickets, fares, lost property and refunds",
               "Registering complaints in the case system"],
              "facing", "contact_center"),
            E("Ferry Deckhand (summer job)", "Fjordsambandet AS", "Lysøy", "2015-06", "2015-08",
              ["Mooring, directing cars on board and answering passengers' questions"],
              "facing", "other_facing"),
            E("Conscript (førstegangstjeneste) – Driver", "Fjordland Garrison, Transport Company", "Skarnes",
              "2015-09", "2016-02",
              ["Driving heavy military vehicles and maintaining them in the motor pool"],
              "none", etype="military"),
        ]),
        ("txt", "Education", ["Vocational certificate, passenger transport (2016)",
                              "Upper secondary school, general studies (2012 – 2015)"]),
        ("txt", "Driving licences", ["B, D, D1 — professional competence (YSK)"]),
        ("txt", "Languages", ["Norwegian, English"]),
        ("txt", "References", ["Available on request."]),
    ]))

# ---------------------------------------------------------------- w009
add(dict(
    id="w009", r="html", lay="europass", hdr="title_org", ds="mm/yyyy", pres="Present", bul="•",
    family="Portuguese front office agent, Europass-style HTML table with date column, summer season job",
    name="Beatriz Carvalho Nunes", sub="Europass Curriculum Vitae",
    contact=["Rua das Flores 22, 2°Esq., 2640-118 Vila Nova de Arinhos, Portugal", "(+351) 912 477 306",
             "beatriz.nunes@mailbox.pt", "Date of birth: 17/01/1997 | Nationality: Portuguese"],
    sections=[
        ("exp", "Work experience", [
            E("Front Office Agent", "Hotel Miradouro Arinhos", "Vila Nova de Arinhos", "2022-05", "present",
              ["Check-in/check-out, reservations and upselling of rooms",
               "Information to guests about transport, restaurants and excursions",
               "Night shifts with cash control"],
              "facing", "in_person_service"),
            E("Customer Support Agent (French market)", "Atlântida Contact Services", "Lisbon area",
              "2020-02", "2022-04",
              ["Answering calls and e-mails from French-speaking telecom customers",
               "Technical troubleshooting of routers and TV boxes"],
              "facing", "contact_center"),
            E("Internship – Events Department", "Câmara Municipal de Arinhos", "Vila Nova de Arinhos",
              "2019-10", "2020-01",
              ["Planning the Christmas market: stands, suppliers, permits",
               "Preparing posters and posts for the municipality's social media"],
              "affecting", etype="internship"),
            E("Waitress (summer season)", "Restaurante O Pescador", "Praia do Sargaço", "2019-06", "2019-08",
              [], "facing", "in_person_service", dtext="Summer 2019"),
        ]),
        ("kv", "Education and training", [("2016 – 2019", "Licenciatura in Tourism, Escola Superior de Hotelaria de Arinhos")]),
        ("kv", "Personal skills", [("Mother tongue", "Portuguese"), ("Other languages", "French C1, English C1, Spanish B2"),
                                   ("Digital skills", "Opera PMS, Microsoft Office")]),
    ]))

# ---------------------------------------------------------------- w010
add(dict(
    id="w010", r="fpdf2", lay="centred", hdr="org_title", ds="mm/yyyy", pres="to date", bul="-",
    family="Italian shoe-shop and perfumery CV, fpdf2 centred header, employer line first, manager without service duties",
    name="Giulia Ferraresi",
    contact=["Via Garibaldi 41, 43017 Borgoleone (PR)", "+39 347 218 5590 · giulia.ferraresi@mailbox.it",
             "Born 28/06/1992 · Italian"],
    sections=[
        ("txt", "Profile", ["Retail professional with ten years in shops, looking for a store or area role. "
                            "Authorisation to process personal data under Reg. EU 2016/679."]),
        ("exp", "Work Experience", [
            E("Store Manager", "Profumeria Ginestra", "Borgoleone", "2022-03", "present",
              ["Monthly budget, sales KPIs and reporting to the area manager",
               "Staff rota and training for 5 employees",
               "Stock orders, inventory and visual merchandising guidelines"],
              "affecting"),
            E("Sales Assistant", "Calzature Marzocchi", "Borgoleone", "2016-09", "2022-02",
              ["Advising customers on shoes and bags, fitting children's shoes",
               "Cash desk and end-of-day closing", "Window displays each season"],
              "facing", "in_person_service"),
            E("Quality Control Operator", "Ceramiche Valdarda SpA", "Fiorenzuola Alta", "2013-01", "2016-07",
              ["Visual inspection of tiles at the end of the kiln line",
               "Sorting by grade and recording defects"],
              "affecting"),
            E("Packaging Operator (temporary contract)", "Pastificio Val di Leone Srl", "Borgoleone",
              "2012-10", "2012-12", [], "none"),
            E("Internship (stage) – Tourist Information Office", "Pro Loco Borgoleone", "Borgoleone",
              "2012-05", "2012-09",
              ["Information to tourists in Italian, English and German", "Selling tickets for local events"],
              "facing", "in_person_service", etype="internship"),
        ]),
        ("txt", "Education", ["2006 – 2011  Istituto Tecnico per il Turismo, Borgoleone – Diploma"]),
        ("txt", "Languages", ["Italian mother tongue · English B2 · German B1"]),
    ]))

# ---------------------------------------------------------------- w011
add(dict(
    id="w011", r="docx", lay="table", hdr="title_org", ds="mon", pres="Current", bul="•",
    family="Spanish IT support technician, Word with a borderless table per job and dates in the right cell",
    name="Alejandro Ruiz Montalbán",
    contact=["C/ San Vicente 12, 3ºB – 46980 Villalba del Río (Valencia)",
             "Tel. 655 204 118 – alejandro.ruiz@mailbox.es", "DNI on request · Born 1994"],
    sections=[
        ("txt", "Professional profile", ["IT support technician (N1/N2) with experience on the phone and on site. "
                                         "CFGS in Microcomputer Systems and Networks."]),
        ("exp", "Professional experience", [
            E("IT Support Technician (N2)", "Grupo Meridiano Servicios", "Valencia", "2022-06", "present",
              ["On-site visits to client offices to fix PCs, printers and network points for their staff",
               "Installing and configuring equipment for new users",
               "Escalated tickets from the N1 team"],
              "facing", "in_person_service"),
            E("Helpdesk Agent (N1)", "Teleasistencia Levante S.L.", "Valencia", "2019-10", "2022-05",
              ["Inbound calls from bank customers with problems in online banking and the app",
               "Unlocking users, guiding through the app step by step"],
              "facing", "contact_center"),
            E("Telemarketing Agent (outbound)", "Energía Clara Comercial", "Villalba del Río", "2018-03", "2019-08",
              ["Outbound calls offering electricity and gas contracts to households",
               "Monthly sales target, best month 41 contracts"],
              "facing", "sales_account"),
            E("Freelance PC Technician", "Self-employed (autónomo)", "Villalba del Río", "2017-07", "2018-02",
              ["Home visits to repair and set up computers and Wi-Fi for private customers and small shops"],
              "facing", "entrepreneurial_freelance", etype="freelance"),
            E("Paid Internship (beca) – Data Entry", "Ayuntamiento de Villalba del Río", "Villalba del Río",
              "2017-03", "2017-06",
              ["Digitising the municipal register archive", "Data quality checks in Access"],
              "none", etype="internship"),
        ]),
        ("txt", "Education", ["CFGS Sistemas Microinformáticos y Redes – IES Río Turia (2015 – 2017)"]),
        ("txt", "Languages", ["Spanish and Valencian (native), English B1"]),
        ("txt", "Others", ["Driving licence B and own car. Immediate availability."]),
    ]))

# ---------------------------------------------------------------- w012
add(dict(
    id="w012", r="txt", hdr="labelled", ds="dd.mm.yyyy", pres="today", bul="", caps=False, under="-",
    sep=" - ",
    family="Flemish production operator, plain text with labelled Position / Employer / Period blocks",
    name="Pieter Claeys",
    contact=["Kerkstraat 88, 9170 Zwijnveld (Belgium)", "GSM: 0478 31 22 90", "E-mail: pieter.claeys@mailbox.be",
             "Born: 11/04/1990"],
    sections=[
        ("exp", "Work experience", [
            E("Shift Leader (ploegleider)", "Vanhaecke Verpakkingen NV", "Zwijnveld", "2019-01", "present",
              ["Leading a team of 9 operators on the night shift",
               "Line changeovers, production reports, safety rounds"],
              "none"),
            E("Production Operator", "Vanhaecke Verpakkingen NV", "Zwijnveld", "2012-10", "2018-12",
              ["Operating the flexo printing and bag-making machines", "First-level maintenance"],
              "none"),
            E("Reach Truck Driver (interim)", "Logistiek Centrum Schelde-Oost", "Zwijnveld", "2010-09", "2012-09",
              ["Picking orders for 80 DIY stores, loading trailers"],
              "affecting"),
            E("Ice Cream Seller (student job)", "IJssalon Vanille", "Knokkebrugge", "2008-07", "2008-08",
              [], "facing", "in_person_service"),
        ]),
        ("txt", "Education", ["2006 - 2009  TSO Electromechanics, Technisch Instituut Sint-Jozef, Zwijnveld"]),
        ("txt", "Certificates", ["VCA basic safety, forklift and reach truck certificate"]),
        ("txt", "Languages", ["Dutch: mother tongue / French: good / English: reasonable"]),
    ]))

# ---------------------------------------------------------------- w013
add(dict(
    id="w013", r="reportlab", lay="twocol", hdr="title_org", ds="mon", pres="Present", bul="•",
    family="Swedish front office manager, reportlab two-column header, hotel career and a dishwasher start",
    name="Oskar Lindahl", sub="Front Office Manager",
    contact=["Kristinelund, Sweden", "+46 73 551 20 84", "oskar.lindahl@mailbox.se"],
    sections=[
        ("exp", "Experience", [
            E("Front Office Manager", "Hotell Strandgården", "Kristinelund", "2021-05", "present",
              ["Leading a reception team of 8, rotas and recruitment",
               "Revenue meetings and rate strategy with the GM",
               "Handling guest complaints and VIP arrivals personally"],
              "facing", "in_person_service"),
            E("Receptionist", "Hotell Strandgården", "Kristinelund", "2017-04", "2021-04",
              ["Check-in/out, bookings by phone and e-mail, night audit twice a month"],
              "facing", "in_person_service"),
            E("Conference Host", "Skogsbrynet Konferens", "Ekby", "2015-01", "2017-03",
              ["Setting up meeting rooms and AV", "Welcoming conference groups and serving fika"],
              "facing", "in_person_service"),
            E("Dishwasher / Kitchen Assistant", "Restaurang Bryggan", "Kristinelund", "2014-01", "2014-12",
              [], "affecting"),
            E("Conscript – Field Cook", "Ekby Coastal Battalion", "Ekby", "2013-07", "2013-12",
              ["Cooking for 150 soldiers in the field kitchen during exercises"],
              "affecting", etype="military"),
        ]),
        ("txt", "Education", ["Hotel and Tourism Programme, Kristinelunds gymnasium, 2010 – 2013",
                              "Leadership in hospitality, 7.5 credits, distance course, 2022"]),
        ("txt", "Languages", ["Swedish (native) · English (fluent) · German (good)"]),
        ("txt", "References", ["Given on request."]),
    ]))

# ---------------------------------------------------------------- w014
add(dict(
    id="w014", r="docx", lay="sidebar", hdr="title_org", ds="mm/yyyy", pres="present", bul="•",
    family="Polish care assistant working in Germany, Word shaded two-column layout table",
    name="Agnieszka Kowalczyk-Brandt",
    contact=["Westerfeld (DE)", "+49 176 8842 1190", "a.kowalczyk@mailbox.de", "born 05.02.1985 in Kłodnica (PL)"],
    side=[("txt", "Languages", ["Polish – native", "German – B2", "English – A2"]),
          ("txt", "Strengths", ["Patience", "Dementia care", "Reliable in night shifts"]),
          ("txt", "Driving licence", ["B"])],
    sections=[
        ("exp", "Work experience", [
            E("Care Assistant (Pflegehelferin)", "Seniorenresidenz Am Mühlbach", "Westerfeld", "2020-03", "present",
              ["Basic care, washing, dressing and meals for residents with dementia",
               "Activities with residents: singing, memory games, walks",
               "Documentation in the care software"],
              "facing", "healthcare_care"),
            E("Laundry Worker", "Seniorenresidenz Am Mühlbach", "Westerfeld", "2018-10", "2020-02",
              ["Washing, ironing and labelling residents' clothes"],
              "affecting"),
            E("Live-in Carer (24h care)", "Opieka Plus Agencja", "Austria", "2015-04", "2018-08",
              ["Rotations of 4–6 weeks in private households", "Care and household for elderly people after stroke"],
              "facing", "healthcare_care"),
            E("Nursery School Assistant", "Przedszkole Słoneczko", "Kłodnica", "2008-09", "2015-03",
              ["Helping the teacher with a group of 25 children aged 3–5", "Meals, washing, outdoor play"],
              "facing", "education"),
            E("Seamstress", "Zakłady Odzieżowe Kłodnica", "Kłodnica", "2004-09", "2008-08",
              ["Sewing work clothes on industrial machines, piecework"],
              "none"),
        ]),
        ("txt", "Training", ["2019 – Pflegebasiskurs (200 h), Bildungswerk Westerfeld",
                             "2021 – Betreuungskraft §53c (160 h)"]),
    ]))

# ---------------------------------------------------------------- w015
add(dict(
    id="w015", r="md", hdr="title_org", ds="month", pres="present", bul="-", h3=False,
    family="Italian bank teller in Markdown, bold title lines, back office, call centre and Servizio Civile",
    name="Matteo Lombardini",
    contact=["Valsorda (VR)", "+39 333 904 1177", "matteo.lombardini@mailbox.it"],
    sections=[
        ("txt", "About me", ["Bank teller with seven years in the branch network and a start in a call centre. "
                             "I like solving practical problems for people."]),
        ("txt", "Skills", ["- Cash handling, foreign currency, SEPA payments", "- Mortgages back office",
                           "- Italian (native), English B2, Spanish B1"]),
        ("exp", "Experience", [
            E("Bank Teller (Cassiere)", "Banca Popolare di Valsorda", "Valsorda", "2021-01", "present",
              ["Deposits, withdrawals, payments and foreign currency at the counter",
               "Explaining the app and online banking to older customers"],
              "facing", "in_person_service"),
            E("Back Office Operator – Mortgages", "Banca Popolare di Valsorda", "Verona area", "2018-02", "2020-12",
              ["Checking mortgage files and land registry documents",
               "Preparing contracts for the notary, loading data into the core system"],
              "affecting"),
            E("Inbound Operator", "Call&Co Srl", "Verona area", "2016-05", "2018-01",
              ["Customer care for a gas and electricity supplier: bills, readings, contract changes"],
              "facing", "contact_center"),
            E("Civil Service Volunteer (Servizio Civile)", "Biblioteca Comunale di Valsorda", "Valsorda",
              "2015-03", "2016-02",
              ["Loan desk, reading afternoons for children, help for elderly users with the PCs"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("txt", "Education", ["Laurea triennale in Economics, Università di Verona-Est (2011 – 2015)"]),
    ]))
