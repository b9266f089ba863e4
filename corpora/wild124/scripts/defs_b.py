"""Résumés w016–w030."""
from lib import E

DEFS = []

# w016 — Moldova / Italy, docx name in page header, tab-stop dates
DEFS.append(dict(
    file="w016.docx", renderer="docx", docx=("header", "tabs"), hdr="title_org", ds="mm.yyyy", present="present",
    family="Moldovan caregiver and hotel receptionist, Word page header with name, 'Work places', tab-stop 04.2019 dates",
    name="Ion Cebotari",
    contact=["Chișinău, str. Alba Iulia 75", "+373 69 221 845", "ion.cebotari@mailbox.md"],
    sections=[
        ("Work places", [
            E("Hotel Receptionist", "Hotel Codru Plaza", "Chișinău", "2023-09", "present", "facing",
              "in_person_service", [
                  "Registration of the guests, work with Booking and Expedia",
                  "Informing tourists about the city and wine tours",
                  "Receiving payments and doing the report of the shift"]),
            E("Home Caregiver for Elderly Person", "Private family", "Bologna (Italy)", "2019-04", "2023-06",
              "facing", "healthcare_care", [
                  "Personal care of a 87-years old lady: hygiene, medicines, walking",
                  "Cooking and cleaning of the house, accompanying to the doctor"]),
            E("Waiter (seasonal)", "Ristorante Da Gino", "Rimini (Italy)", "2018-05", "2018-09", "facing",
              "in_person_service", []),
            E("Loader", "Moldcargo Trans SRL", "Chișinău", "2015-03", "2018-03", "affecting", None, [
                "Loading and unloading of trucks with goods for shops",
                "Checking the quantity according to the waybill"]),
            E("Grape harvester (seasonal)", "Vinăria Dealul Verde SRL", "Cricova", "2014-09", "2014-10", "none", None,
              [], dtext="09.2014 – 10.2014"),
        ]),
        ("Studies", ["2011 – 2014  Colegiul de Comerț din Chișinău – Merchandising"]),
        ("Languages", ["Romanian – native", "Russian – fluent", "Italian – fluent (B2)", "English – B1"]),
        ("Other", ["Driving licence B. I am honest, punctual and I don't smoke."]),
    ]))

# w017 — Serbia, plain text, underlined headings
DEFS.append(dict(
    file="w017.txt", renderer="txt", hstyle="underline", hdr="org_title", ds="mon", present="today", sep=" - ",
    bul="-",
    family="Serbian teacher moving to a call centre, plain text with underlined 'Labour experience', employer line first, 'today'",
    name="Milica Jovanović",
    contact=["Novi Sad, Serbia", "tel: +381 64 219 0372", "milica.jovanovic.ns@mailbox.rs"],
    sections=[
        ("Labour experience", [
            E("Call Centre Operator for German market", "Danube Connect d.o.o.", "Novi Sad", "2021-03", "present",
              "facing", "contact_center", [
                  "Inbound calls from German customers of an energy supplier",
                  "Changes of tariffs, meter readings, payment plans"]),
            E("Primary School Teacher of English", "OŠ „Jovan Popović“", "Novi Sad", "2016-09", "2021-02", "facing",
              "education", [
                  "Teaching English to pupils from 1st to 8th grade",
                  "Preparing pupils for municipal competitions",
                  "Parent meetings each quarter"]),
            E("Tourist guide (seasonal)", "Petrovaradin Tours", "Novi Sad", "2015-06", "2015-09", "facing",
              "other_facing", [
                  "Guided tours of the fortress in English and German for groups up to 30 people"]),
            E("Hostess at agricultural fair", "Expo Vojvodina", "Novi Sad", "2014-05", "2014-05", "facing",
              "other_facing", [
                  "Welcoming visitors at the stand of a tractor producer and giving catalogues"], dtext="05/2014"),
            E("Translator (freelance)", None, None, "2014-01", "2016-08", "affecting", None, [
                "Translation of technical documentation and websites from English to Serbian for agencies"],
              etype="freelance"),
            E("Waitress (student job)", "Kafana Stari Most", "Novi Sad", "2012-06", "2013-09", "facing",
              "in_person_service", []),
        ]),
        ("Education", ["Faculty of Philosophy, University of Novi Sad – English Language and Literature (2010–2015)"]),
        ("Languages", ["Serbian (mother tongue), English (C2), German (B2)"]),
        ("Computer skills", ["MS Office, Google Classroom, SAP CRM (basic)"]),
    ]))

# w018 — Japan, fpdf2 left, dates first
DEFS.append(dict(
    file="w018.pdf", renderer="fpdf", layout="left", hdr="datesfirst", ds="yyyy/mm", present="present", sep=" – ",
    family="Japanese résumé in English, fpdf2 left header, dates first 2019/04 style, working-holiday kitchen job",
    name="Yuki Takahashi",
    contact=["Suita-shi, Osaka, Japan", "+81 90-4471-2280", "yuki.takahashi.jp@mailbox.jp"],
    sections=[
        ("Work History", [
            E("Office Staff (General Affairs)", "Nishida Precision Parts Co., Ltd.", "Osaka", "2022-11", "present",
              "facing", "in_person_service", [
                  "Managing office supplies and company car reservations",
                  "Preparing documents for employee social insurance",
                  "Receiving visitors at the reception and serving tea to guests"]),
            E("Working Holiday – Kitchen Hand", "Little Tokyo Sushi Bar", "Melbourne, Australia", "2021-10",
              "2022-09", "affecting", None, [
                  "Preparing sushi rice and vegetables, washing dishes"]),
            E("Front Desk Clerk", "Hotel Kotobuki Kyoto", "Kyoto", "2019-04", "2021-09", "facing",
              "in_person_service", [
                  "Check-in / check-out for domestic and foreign guests",
                  "Answering phone reservations in Japanese and English"]),
            E("Sales Staff, Home Appliances Floor", "Sakuraya Electric Co., Ltd.", "Osaka", "2016-04", "2019-03",
              "facing", "in_person_service", [
                  "Explaining washing machines and refrigerators to customers",
                  "Arranging delivery and installation"]),
            E("Newspaper Delivery (part-time, student)", "Suita Shinbun Hanbaiten", "Suita", "2012-04", "2015-03",
              "affecting", None, ["Delivering morning newspapers to houses before 6 a.m. by motorbike"]),
        ]),
        ("Education", ["2012/04 – 2016/03  Kansai Gakuin University, Faculty of Sociology (Graduated)"]),
        ("Licenses / Qualifications", ["TOEIC 780 (2021/03)", "Ordinary driver's license (2014/08)"]),
        ("Self PR", ["I am a person who can make people relax. In the hotel I received thank-you letters from guests "
                     "four times."]),
    ]))

# w019 — Lebanon, docx heading styles, pipe header, dates in brackets
DEFS.append(dict(
    file="w019.docx", renderer="docx", docx=("styles", "listbullet"), hlevel=2, hdr="pipe", ds="mon",
    present="Current", sep=" - ",
    family="Lebanese hospitality and social-media CV, Word Heading 2 styles, 'Title | Employer | Town' with dates in brackets",
    name="Nour Khalil",
    contact=["Achrafieh, Beirut – Lebanon", "+961 71 440 218 | nour.khalil@mailbox.com.lb"],
    sections=[
        ("Profile", ["Trilingual (Arabic, French, English) hospitality person, friendly, creative and organised."]),
        ("Professional Experience", [
            E("Guest Service Agent", "Le Phénicien Boutique Hotel", "Beirut", "2020-10", "present", "facing",
              "in_person_service", [
                  "Welcoming guests, check-in and check-out on Opera",
                  "Arranging transfers, tours and restaurant reservations"]),
            E("Social Media Coordinator", "Zaatar & Co. Bakery", "Beirut", "2019-01", "2020-09", "facing",
              "digital_service", [
                  "Creating posts and stories for Instagram and Facebook",
                  "Replying to customer messages and comments, taking orders by WhatsApp"]),
            E("Graphic Designer (freelance)", None, "Beirut", "2017-09", "2018-12", "affecting", None, [
                "Designing menus, logos and flyers for small restaurants in Beirut"], etype="freelance"),
            E("Cashier", "Mini Market Abou Elias", "Achrafieh", "2015-07", "2017-06", "facing", "in_person_service",
              []),
        ]),
        ("Education", ["Lebanese University – BA in Graphic Design (2014 – 2018)",
                       "Lebanese Baccalaureate – Sociology & Economics (2014)"]),
        ("Languages", ["Arabic: native · French: fluent · English: fluent"]),
    ]))

# w020 — Kazakhstan, Markdown h3 entries, 'Labor activity'
DEFS.append(dict(
    file="w020.md", renderer="md", mdh="##", hdr="title_org", ds="mm.yyyy", present="present time", sep=" – ",
    family="Kazakh bank-branch specialist, Markdown h3 titles, 'Labor activity', 09.2019 – present time",
    name="Bekova Aigerim Nurlanovna",
    contact=["Almaty, Kazakhstan", "+7 (701) 448-20-91", "aigerim.bekova@mailbox.kz"],
    sections=[
        ("Labor activity", [
            E("Leading specialist of client service department", "JSC Altyn Kredit Bank", "Almaty", "2019-09",
              "present", "facing", "in_person_service", [
                  "Consulting of clients in the branch on deposits, cards and money transfers",
                  "Opening and closing of accounts, work in the electronic queue system",
                  "Cross-selling of bank products"]),
            E("Economist", "LLP «Dastarkhan Food»", "Almaty", "2016-07", "2019-08", "none", None, [
                "Calculation of cost price of production",
                "Preparation of monthly reports for the head office"]),
            E("Operator of 1C (order entry)", "LLP «Dastarkhan Food»", "Almaty", "2015-09", "2016-06", "affecting",
              None, [
                  "Entering of orders from shops into 1C, printing of invoices for the drivers"]),
            E("Seller-consultant", "«Elektron Mir» electronics shop", "Karaganda", "2014-06", "2016-06", "facing",
              "in_person_service", [
                  "Consulting buyers on mobile phones and accessories",
                  "Arranging of credit for purchases"]),
            E("Counsellor in children's summer camp", "«Zhuldyzai» children's camp", "Almaty region", "2013-06",
              "2013-08", "facing", "education", [
                  "Responsible for a group of 25 children 9–11 years, sport and creative activities"]),
        ]),
        ("Education", ["2010–2014 Karaganda Economic University, specialty «Finance», bachelor"]),
        ("Additional information", ["Languages: Kazakh, Russian – native; English – Intermediate",
                                    "PC: MS Office, 1C: Enterprise, Colvir",
                                    "Personal qualities: responsible, stress-resistant, communicable"]),
    ]))

# w021 — Iraq (Kurdistan), docx table per job
DEFS.append(dict(
    file="w021.docx", renderer="docx", docx=("table",), bul="-", hdr="title_org", ds="mon", present="Present",
    sep=" - ",
    family="Kurdish NGO field officer, Word borderless table per job, 'Employment Record', one year-only older job",
    name="Rebaz Omar Ahmed",
    contact=["Erbil, Kurdistan Region – Iraq", "Phone: +964 750 318 2246", "Email: rebaz.omar@mailbox.com"],
    sections=[
        ("Employment Record", [
            E("Field Officer (Protection)", "Hope Bridge Organization", "Erbil", "2020-09", "present", "facing",
              "other_facing", [
                  "Conducting household visits to IDP families and referring cases to services",
                  "Data collection with KoBo and weekly reporting"],
              show_org="NGO – Hope Bridge Organization"),
            E("Registration Assistant", "Zagros Charity Clinic", "Duhok", "2018-03", "2020-08", "facing",
              "in_person_service", [
                  "Registering patients at the reception, booking appointments with doctors",
                  "Explaining the clinic procedures to patients in Kurdish and Arabic"]),
            E("Data Entry Clerk", "Hawler Telecom Services", "Erbil", "2016-05", "2018-02", "affecting", None, [
                "Entering SIM card registration forms into the database",
                "Checking the forms for missing documents and returning them to shops"]),
            E("Construction Worker", "Shaqlawa Building Company", "Shaqlawa", "2013-01", "2015-12", "none", None, [],
              prec="year"),
        ]),
        ("Education", ["Salahaddin University – Erbil, B.A. Sociology, 2011 – 2015"]),
        ("Trainings", ["Psychological First Aid (PFA), 2021", "Case Management basics, 2020"]),
        ("Languages", ["Kurdish (Sorani, Badini): mother tongue", "Arabic: very good", "English: good"]),
        ("References", ["Mr. Karwan Salih – Project Manager, Hope Bridge Organization – +964 750 000 1123"]),
    ]))

# w022 — Ukrainian in Czechia, reportlab sidebar (DejaVu), employer first, 'since 05/2023'
DEFS.append(dict(
    file="w022.pdf", renderer="rl", layout="sidebar", font="DejaVu", hdr="org_title", ds="mm/yyyy",
    present="present", sidecol=(0.87, 0.93, 0.88),
    family="Ukrainian kindergarten teacher now in Prague, reportlab sidebar, employer line first, 'since 05/2023'",
    name="Tetiana Melnyk",
    contact=["Praha 9 – Vysočany", "+420 771 204 986", "tetiana.melnyk@mailbox.cz", "Temporary protection (CZ)"],
    side=[("Languages", ["Ukrainian – native", "Russian – fluent", "Czech – B1", "English – B2"]),
          ("Skills", ["Work with children", "Cash register", "Patience, punctuality"]),
          ("Other", ["Driving licence B"])],
    sections=[
        ("Work experience", [
            E("Room Maid (pokojská)", "Hotel Zlatá Hvězda Praha", "Praha", "2023-05", "present", "affecting", None, [
                "Cleaning of rooms after departure of guests",
                "Changing of bed linen, refilling minibar and amenities"], dtext="since 05/2023"),
            E("Warehouse packer", "Agentura Práce Plus s.r.o.", "Kladno", "2022-04", "2023-04", "affecting", None, [
                "Packing of cosmetics orders for e-shop customers, 600–800 parcels per shift"]),
            E("Educator in Kindergarten", "Preschool Educational Institution No. 17 «Sonechko»", "Vinnytsia",
              "2018-09", "2022-02", "facing", "education", [
                  "Conducting of classes and games with children 4–5 years",
                  "Consultations with parents about development of children"]),
            E("Cashier-operator", "Supermarket «Rodynnyi Koshyk»", "Vinnytsia", "2016-06", "2018-08", "facing",
              "in_person_service", [
                  "Service of buyers at the cash register, work with loyalty cards"]),
        ]),
        ("Education", ["Vinnytsia State Pedagogical University, Preschool Education, 2012 – 2016"]),
    ]))

# w023 — Chile, plain text, 'Work Background', mixed month and year dates
DEFS.append(dict(
    file="w023.txt", renderer="txt", hstyle="star", hdr="dash", ds="month", present="to date", sep=" - ", bul="•",
    rsep="  /  ",
    family="Chilean health-insurer agent, plain text 'Work Background', 'Title – Employer, Town / dates', year-only older jobs",
    name="Camila Fernanda Rojas Muñoz",
    contact=["RUT: 18.442.107-3", "Pasaje Los Aromos 882, Maipú, Santiago", "+56 9 7731 2048 - camila.rojas.m@mailbox.cl"],
    sections=[
        ("Work Background", [
            E("Executive of Attention to Client", "Isapre Vida Plena", "Santiago", "2021-03", "present", "facing",
              "in_person_service", [
                  "Attention of affiliates in branch office and by telephone about health plans and reimbursements",
                  "Reception of medical licenses and reimbursement requests"]),
            E("Administrative Assistant", "Constructora Andes Sur Ltda.", "Santiago", "2018-01", "2020-12", "none",
              None, [
                  "Preparation of purchase orders and control of invoices of suppliers",
                  "Filing of documents of the works (obras)"], prec="year"),
            E("Teleoperator", "Fonocontacto Chile S.A.", "Santiago", "2016-01", "2017-12", "facing", "contact_center",
              ["Outbound sales of credit cards of a retail store"], prec="year"),
            E("Sales Promoter (impulsadora)", "Promociones Activa Ltda.", "Rancagua", "2015-04", "2015-12", "facing",
              "sales_account", [
                  "Tasting of yogurt products for customers in supermarkets and promotion of the brand",
                  "Daily report of units sold"]),
            E("Seasonal Packer", "Frutícola Valle Central S.A.", "Rancagua", "2015-01", "2015-03", "none", None, [
                "Selection and packing of cherries for export"], dtext="January - March 2015"),
        ]),
        ("Academic Background", ["Technician in Business Administration – INACAP (2013 – 2015)",
                                 "Secondary Education – Liceo Industrial A-22, Rancagua"]),
        ("Knowledges", ["Excel intermediate, SAP (user), English intermediate"]),
        ("Availability", ["Immediate, full-time"]),
    ]))

# w024 — China, docx name in page header, dash lines with tab-stop dates
DEFS.append(dict(
    file="w024.docx", renderer="docx", docx=("header", "tabs", "listbullet"), hdr="dash", ds="yyyy.mm", present="Now",
    sep="-",
    family="Chinese after-sales engineer, Word page header with name, 'Title – Employer, Town' with tab-stop 2018.07-Now dates, student union",
    name="Wang Lei (Leo)",
    contact=["Minhang District, Shanghai", "+86 138 1742 6093", "leo.wanglei@mailbox.cn"],
    sections=[
        ("Working Experiences", [
            E("After-sales Service Engineer", "Shanghai Huaxin Medical Equipment Co., Ltd.", "Shanghai", "2018-07",
              "present", "facing", "other_facing", [
                  "Installing and repairing ultrasound machines at hospitals in East China",
                  "Training doctors and nurses to use the machines after installation",
                  "Writing service reports in CRM"]),
            E("Customer Service Specialist", "Lele Home Store (Taobao)", "Hangzhou", "2016-08", "2018-06", "facing",
              "digital_service", [
                  "Replying buyers' questions on Aliwangwang chat",
                  "Handling refunds and negative reviews"]),
            E("Production Line Worker (summer job)", "Suzhou Ruida Electronics Factory", "Suzhou", "2015-07",
              "2015-08", "none", None, [], dtext="2015.07-2015.08"),
            E("Minister of Publicity Department, Student Union", "East China Institute of Technology", "Nanchang",
              "2013-09", "2015-06", "affecting", None, [
                  "Designing posters and WeChat articles for campus events"], section="other", etype="volunteer"),
        ]),
        ("Education", ["2012.09-2016.06  East China Institute of Technology, B.Eng. Biomedical Engineering"]),
        ("Certificates", ["CET-6", "Driver's License C1"]),
    ]))

# w025 — Venezuelan in Colombia, HTML with side panel, 'Since 2021'
DEFS.append(dict(
    file="w025.html", renderer="html", hdr="org_title", ds="mon", present="Present", sep=" – ",
    family="Venezuelan teacher working in a Bogotá drugstore, HTML page with side panel, employer line first, 'Since 2021'",
    name="María Gabriela Pérez Rondón",
    contact=["Kennedy, Bogotá D.C. – Colombia", "Cel: 321 448 9017", "mariagabriela.perez@mailbox.com.co",
             "PPT (Permiso por Protección Temporal)"],
    side=[("Languages", ["Spanish – native", "English – advanced"]),
          ("Strengths", ["Patience with children and adults", "Responsibility", "Sales"])],
    sections=[
        ("Work Experience", [
            E("Cashier and Customer Attention", "Droguería Farmavida", "Bogotá", "2021-01", "present", "facing",
              "in_person_service", [
                  "Sale of medicines and products of personal care, orientation to the clients",
                  "Opening and closing of the box"], prec="year", dtext="Since 2021"),
            E("Nail technician (independent)", None, "Bogotá", "2018-10", "2020-12", "facing",
              "entrepreneurial_freelance", [
                  "Manicure and pedicure services at the clients' homes"], etype="freelance"),
            E("Bilingual Teacher of Preschool", "Colegio Bilingüe Los Samanes", "Valencia, Venezuela", "2014-09",
              "2018-07", "facing", "education", [
                  "Teaching in English to children of 4 and 5 years",
                  "Meetings with parents and reports of evaluation"]),
        ]),
        ("Other experiences", [
            E("Volunteer in soup kitchen", "Comedor Comunitario Manos Unidas", "Bogotá", "2019-03", "2020-02",
              "facing", "volunteering", ["Serving lunches to migrant families"], section="volunteer",
              etype="volunteer"),
        ]),
        ("Studies", ["Licenciada en Educación Preescolar (Degree in Preschool Education), Universidad de Carabobo, 2014"]),
    ]))

# w026 — Armenia, fpdf2 centred
DEFS.append(dict(
    file="w026.pdf", renderer="fpdf", layout="centred", hdr="title_org", ds="mm/yyyy", present="until now", sep=" – ",
    bul="-",
    family="Armenian multilingual support operator, fpdf2 centred header, title with right-aligned 06/2021 dates, 'until now'",
    name="Anahit Grigoryan",
    contact=["Yerevan, Armenia · +374 94 128 560 · anahit.grigoryan@mailbox.am"],
    sections=[
        ("Work experience", [
            E("Customer Service Operator (Russian, English)", "Yerevan Connect LLC", "Yerevan", "2021-06", "present",
              "facing", "contact_center", [
                  "Answering calls and chats of customers and couriers of a food delivery app",
                  "Compensations and refunds according to the rules"]),
            E("Junior Accountant", "Ararat Valley Foods CJSC", "Yerevan", "2018-09", "2021-05", "none", None, [
                "Primary documents, invoices, reconciliation with suppliers"]),
            E("Laboratory Assistant", "Medical Centre «Arabkir Diagnostics»", "Yerevan", "2016-10", "2018-08",
              "facing", "healthcare_care", [
                  "Taking blood samples from patients",
                  "Registration and labelling of the samples"]),
            E("Guide-interpreter", "Noyan Travel Agency", "Yerevan", "2015-06", "2015-08", "facing", "other_facing", [
                "Tours to Garni, Geghard and Lake Sevan for Russian-speaking groups"], dtext="Summer 2015"),
        ]),
        ("Education", ["Armenian State University of Economics – Accounting and Audit (2012 – 2016)"]),
        ("Languages", ["Armenian – native, Russian – fluent, English – upper-intermediate"]),
    ]))

# w027 — Taiwan, docx sidebar + tabs
DEFS.append(dict(
    file="w027.docx", renderer="docx", docx=("sidebar", "tabs"), hdr="title_org", ds="mon", present="Present",
    sep=" – ", bul="-",
    family="Taiwanese bubble-tea supervisor, Word layout table with shaded sidebar, tab-stop dates, expo volunteer",
    name="Chen Yi-Ting (Tina)",
    contact=["Taichung City, Taiwan", "0912-448-203", "tina.chen.yt@mailbox.tw"],
    side=[("Languages", ["Mandarin (native)", "Taiwanese Hokkien", "English (TOEIC 720)", "Japanese (N4)"]),
          ("Skills", ["POS system", "Staff scheduling", "Food hygiene"])],
    sections=[
        ("Work Experience", [
            E("Store Supervisor", "Minglu Bubble Tea", "Taichung", "2021-04", "present", "affecting", None, [
                "Scheduling 10 part-timers and ordering ingredients",
                "Checking hygiene and the quality of drinks",
                "Training new staff on recipes and POS"]),
            E("Barista / Cashier", "Minglu Bubble Tea", "Taichung", "2019-06", "2021-03", "facing",
              "in_person_service", []),
            E("Assembly Operator", "Taichung Precision Bicycle Parts Co.", "Taichung", "2017-07", "2019-05", "none",
              None, ["Assembling derailleurs, checking torque"]),
            E("Volunteer Guide", "Taichung Flower Expo Volunteer Team", "Taichung", "2018-11", "2019-04", "facing",
              "volunteering", [
                  "Guiding visitors and answering questions in English and Japanese"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Hsiuping University of Science and Technology – Department of Applied Japanese (2013 – 2017)"]),
    ]))

# w028 — Iran, plain text, dates first with yyyy/mm
DEFS.append(dict(
    file="w028.txt", renderer="txt", hstyle="colon", hdr="datesfirst", ds="yyyy/mm", present="Now", sep=" to ",
    bul="",
    family="Iranian English teacher and clinic receptionist, plain text, dates first 2019/01 to Now, no bullet marks, overlapping jobs, three entries",
    name="Sara Moradi",
    contact=["Shiraz, Fars, Iran", "Mobile: +98 917 305 4412", "Email: sara.moradi.sh@mailbox.ir"],
    sections=[
        ("Employment history", [
            E("English Teacher (part-time)", "Pardis Language Institute", "Shiraz", "2017-09", "present", "facing",
              "education", [
                  "Teaching general English to teenagers and adults, levels A1–B2",
                  "Preparing students for IELTS speaking"]),
            E("Clinic Receptionist", "Dr. Rahimi Dental Clinic", "Shiraz", "2019-01", "2022-06", "facing",
              "in_person_service", [
                  "Giving appointments to patients by phone and in person",
                  "Receiving payments and insurance forms"]),
            E("Translator", "Avaye Danesh Publishing", "Tehran", "2014-10", "2017-06", "affecting", None, [
                "Translating children's books from English to Persian",
                "Editing translations of other colleagues"]),
        ]),
        ("Education", ["B.A. English Translation, Allameh Tabataba'i University, Tehran (2010–2014)"]),
        ("Languages", ["Persian (native), English (IELTS 7.5), Arabic (reading)"]),
    ]))

# w029 — Guatemala, docx heading styles + tabs, several roles under one employer
DEFS.append(dict(
    file="w029.docx", renderer="docx", docx=("styles", "tabs", "listbullet"), hdr="orgfirst", ds="mon",
    present="Current", sep=" – ",
    family="Guatemalan bilingual call-centre team leader, Word heading styles, employer heading with roles beneath, coffee co-op technician",
    name="José Armando Cifuentes López",
    contact=["Zona 11, Guatemala City", "+502 5518 3307 · jose.cifuentes.l@mailbox.gt"],
    sections=[
        ("Summary", ["Bilingual (English/Spanish) professional with 4 years in call center, lived 6 years in "
                     "Los Angeles, CA. Natural English accent."]),
        ("Work Experiences", [
            E("Team Leader", "Maya Connect Solutions", "Guatemala City", "2024-05", "present", "facing",
              "contact_center", [
                  "Leading a team of 15 agents, coaching and monitoring of calls",
                  "Taking escalated calls from upset customers of a US telecom"]),
            E("Bilingual Customer Service Representative", "Maya Connect Solutions", "Guatemala City", "2022-02",
              "2024-04", "facing", "contact_center", [
                  "Inbound calls of US customers about billing and technical issues"]),
            E("Bell Boy", "Hotel Colonial Antigua", "Antigua Guatemala", "2019-11", "2021-12", "facing",
              "in_person_service", [
                  "Carrying luggage of guests, showing the rooms and facilities"]),
            E("Agricultural Technician", "Cooperativa Cafetalera San Marcos R.L.", "San Marcos", "2017-01", "2019-10",
              "facing", "other_facing", [
                  "Visiting coffee farms of the associates to give technical assistance about pests and fertilization",
                  "Registration of the harvest of each associate"]),
        ]),
        ("Education", ["Perito Agrónomo – Escuela Nacional Central de Agricultura (2016)"]),
        ("Languages", ["English – fluent (C1)", "Spanish – native"]),
    ]))

# w030 — Palestinian in Qatar, Markdown, labelled blocks
DEFS.append(dict(
    file="w030.md", renderer="md", mdh="##", hdr="labelled", ds="mm/yyyy", present="Till now", sep=" – ",
    labels=("Job Title", "Company", "Period", "Location", "Responsibilities"),
    family="Palestinian car-showroom salesman in Qatar, Markdown labelled Job Title / Company / Period blocks, 'Practical Experience'",
    name="Yousef Abu Hamdan",
    contact=["Doha, Qatar (transferable visa)", "+974 5531 7720", "yousef.abuhamdan@mailbox.qa"],
    sections=[
        ("Practical Experience", [
            E("Sales Executive (Showroom)", "Doha Star Auto Trading W.L.L.", "Doha", "2019-08", "present", "facing",
              "sales_account", [
                  "Receiving customers in the showroom, arranging test drives and bank finance",
                  "Follow up of leads by phone and WhatsApp"]),
            E("Storekeeper", "Gulf Horizon Contracting W.L.L.", "Doha", "2016-03", "2019-07", "none", None, [
                "Issuing materials to site foremen and keeping the store records",
                "Monthly stock count"]),
            E("Cashier", "Al Quds Supermarket", "Nablus", "2013-05", "2016-01", "facing", "in_person_service", []),
            E("Night Receptionist", "Hotel Al Yasmeen", "Nablus", "2011-09", "2013-04", "facing", "in_person_service", [
                "Check in of late guests, answering the telephone, preparing the night report"]),
            E("Volunteer First Aider", "Nablus Youth Scouts Group", "Nablus", "2011-01", "2013-12", "facing",
              "volunteering", [
                  "First aid tent at public events, helping injured people"], prec="year",
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Diploma in Business Administration – An-Najah College (2013)"]),
        ("Languages", ["Arabic (native), English (good), Hebrew (basic)"]),
        ("Driving License", ["Qatari driving license – light vehicle"]),
    ]))
