"""Résumés w001–w015."""
from lib import E

DEFS = []

# w001 — Mexico, reportlab single column
DEFS.append(dict(
    file="w001.pdf", renderer="rl", layout="plain", hdr="title_org", ds="mm/yyyy", present="Actual",
    family="Mexican bilingual call-centre agent, reportlab single column, 'Labour Experience', false-friend 'Actual' for present",
    name="Ana Lucía Treviño Garza",
    contact=["Col. Mitras Centro, Monterrey, N.L., México", "Cel. +52 81 5530 2291  |  ana.trevino.g@mailbox.mx"],
    sections=[
        ("Objective", ["Obtain a position in the area of client attention in a bilingual company where I can develop "
                       "my abilities and grow professionally."]),
        ("Labour Experience", [
            E("Executive of Client Attention", "Conecta Contact Center S.A. de C.V.", "Monterrey, N.L.",
              "2022-03", "present", "facing", "contact_center", [
                  "Attention of inbound calls of clients of a telephone company in English and Spanish",
                  "Registration of complaints in the CRM and follow until the solution",
                  "Achievement of 92% in the quality evaluations of the month"]),
            E("Cashier", "Supermercados La Económica", "Monterrey, N.L.", "2020-06", "2022-02", "facing",
              "in_person_service", [
                  "Charge of products, handle of cash, cards and vouchers",
                  "Cut of box at the end of the turn",
                  "Orientation to clients about promotions of the week"]),
            E("Auxiliary of Warehouse", "Distribuidora Farmacéutica del Norte", "Apodaca, N.L.", "2018-08", "2020-05",
              "affecting", None, [
                  "Preparation of orders of medicines for pharmacies of the region",
                  "Verification of lot and expiry date before the shipment",
                  "Inventory cycles with hand scanner"]),
            E("Social Service (student)", "Instituto Municipal de la Mujer", "Monterrey, N.L.", "2017-08", "2018-02",
              "facing", "other_facing", [
                  "Attention to women who arrive to the office, giving information of the support programs",
                  "Capture of data in Excel"], section="other", etype="internship"),
            E("Operator of Production", "Ensambles Automotrices del Norte", "Santa Catarina, N.L.", "2016-01",
              "2017-07", "none", None, [
                  "Assembly of wire harness for cars in the line of production",
                  "Visual inspection and report of defects"]),
        ]),
        ("Academic Formation", ["Bachelor in International Commerce (pasante), Universidad Regional del Noreste, 2014 – 2018",
                                "High school: Preparatoria No. 9, 2011 – 2014"]),
        ("Languages", ["Spanish – native", "English – 85% (TOEFL ITP 540)"]),
        ("Computer", ["Office (Word, Excel, PowerPoint), SAP basic, Salesforce"]),
    ]))

# w002 — Poland, docx heading styles
DEFS.append(dict(
    file="w002.docx", renderer="docx", docx=("styles", "listbullet", "title"), hdr="dash", ds="mm.yyyy", present="now",
    family="Polish CV in English, Word heading styles, 'Work places', personal data block and GDPR consent clause",
    name="Katarzyna Wójcik",
    contact=["ul. Kasztanowa 14/3, 56-400 Oleśnica", "tel. +48 601 284 993", "e-mail: k.wojcik88@mailbox.pl"],
    sections=[
        ("Personal data", ["Date of birth: 14.05.1996", "Nationality: Polish", "Driving licence: cat. B"]),
        ("Work places", [
            E("Specialist for Customer Service with German language", "Nordlicht Logistik Sp. z o.o.", "Wrocław",
              "2021-09", "present", "facing", "contact_center", [
                  "Handling of e-mails and phone calls from German clients about the shipments",
                  "Registration of complaints and damages, contact with the drivers",
                  "Preparing of weekly reports for the team leader"]),
            E("Seller-cashier", "Sklep Spożywczy „Pod Lipą”", "Oleśnica", "2019-06", "2021-08", "facing",
              "in_person_service", [
                  "Service of clients at the cash desk and at the delicatessen counter",
                  "Receiving of goods and checking of expiry dates"]),
            E("Production worker", "Fabryka Mebli Dębowy Dwór", "Oleśnica", "2017-10", "2019-05", "none", None, [
                "Assembling of wardrobe fronts on the production line",
                "Control of quality of surfaces before packing"]),
            E("Seasonal worker – strawberry picking", "Aardbeienteelt Van Dijk", "Breda (Netherlands)", "2017-06",
              "2017-08", "none", None, [], dtext="summer 2017"),
        ]),
        ("Education", ["2015 – 2018  Wyższa Szkoła Handlowa, Wrocław – Logistics (licencjat)",
                       "2011 – 2015  Technikum Ekonomiczne, Oleśnica"]),
        ("Languages", ["German – B2 (Goethe-Zertifikat B2)", "English – B1", "Polish – native"]),
        ("Interests", ["Cycling, cooking, Scandinavian crime novels"]),
        ("Clause", ["I hereby agree for processing of my personal data included in my application for the needs of "
                    "the recruitment process in accordance with the GDPR."]),
    ]))

# w003 — Ukrainian in Poland, fpdf2 centred, employer line first
DEFS.append(dict(
    file="w003.pdf", renderer="fpdf", layout="centred", hdr="org_title", ds="yyyy.mm", present="till now", sep=" - ",
    family="Ukrainian engineer now in Poland, fpdf2 centred header, employer line first, 2019.03 dates",
    name="Oleksandr Kovalenko",
    contact=["Kraków, Poland (from Kharkiv, Ukraine)", "+48 733 091 556", "o.kovalenko.ua@mailbox.com"],
    sections=[
        ("About me", ["Responsible, communicative, I learn fast. Since 2022 in Poland, have a work permit (karta pobytu)."]),
        ("Work experience", [
            E("Administrator of hotel", "Hotel Kamienica Pod Orłem", "Kraków", "2023-02", "present", "facing",
              "in_person_service", [
                  "Check-in and check-out of guests, work with reservations in Booking and own system",
                  "Answering of guests' questions in English, Ukrainian, Russian and Polish",
                  "Control of payments and cash report of the shift"]),
            E("Warehouse worker", "Logisto Park Sp. z o.o.", "Stryków", "2022-04", "2023-01", "affecting", None, [
                "Picking of orders for online shop with scanner",
                "Packing and labelling of parcels"]),
            E("Manager of client department", "TOV Smart Service Ukraine", "Kharkiv", "2019-03", "2022-02", "facing",
              "in_person_service", [
                  "Consultation of clients in the service center about repair of phones and laptops",
                  "Acceptance of devices for repair and giving back to the clients",
                  "Solving of conflict situations"]),
            E("Engineer-technologist", "Kharkiv Plant of Electrical Equipment", "Kharkiv", "2016-07", "2019-02",
              "none", None, [
                  "Development of technological maps for assembling of transformers",
                  "Control of production process in the workshop"]),
        ]),
        ("Education", ["2011 – 2016  National Technical University “KhPI”, Master of Electrical Engineering"]),
        ("Languages", ["Ukrainian, Russian – native; Polish – B1; English – B2"]),
    ]))

# w004 — Peru, plain text
DEFS.append(dict(
    file="w004.txt", renderer="txt", hstyle="caps", hdr="datesfirst", ds="month", present="to the date",
    sep=" - ", bul="*",
    family="Peruvian call-centre résumé pasted as plain text, 'Laboral Experience', dates first, 'to the date'",
    name="JHONATAN QUISPE HUAMÁN",
    contact=["Av. Los Próceres 1420, San Juan de Lurigancho, Lima", "Cellphone: 987 221 604",
             "Email: jhonatan.quispe@mailbox.pe", "DNI: 70112834"],
    sections=[
        ("Profile", ["Young person proactive, with experience in sales by telephone and attention to the public. "
                     "I have facility of words and I work under pressure."]),
        ("Laboral Experience", [
            E("Telemarketing Advisor", "Atenza BPO Perú S.A.C.", "Lima", "2021-01", "present", "facing",
              "contact_center", [
                  "Outbound sale of insurance of cards for a bank",
                  "Management of objections and closing of the sale by telephone",
                  "Fulfilment of the goal of sales in 10 of 12 months"]),
            E("Mototaxi Driver (independent)", None, "San Juan de Lurigancho", "2019-04", "2020-12", "facing",
              "in_person_service", [
                  "Transport of passengers in the district, charge of the fare"], etype="freelance"),
            E("Operator of Production", "Textil San Cristóbal S.A.", "Ate, Lima", "2017-03", "2019-03", "none", None, [
                "Operation of circular knitting machines",
                "Cleaning and order of the work area (5S)"]),
            E("Waiter (weekends)", "Pollería El Rey del Pollo", "Lima", "2015-10", "2017-02", "facing",
              "in_person_service", []),
            E("Helper of Kitchen", "Chifa Gran Dragón", "Lima", "2014-01", "2015-09", "affecting", None, []),
        ]),
        ("Studies", ["Technical: Business Administration – Instituto Superior Tecnológico Cibertec Norte (incomplete)",
                     "Secondary: I.E. José Carlos Mariátegui (completed)"]),
        ("Other knowledges", ["Office user level, English basic"]),
    ]))

# w005 — Egypt, reportlab sidebar
DEFS.append(dict(
    file="w005.pdf", renderer="rl", layout="sidebar", hdr="pipe", ds="mon", present="Till now",
    family="Egyptian hotel front-office CV, reportlab left sidebar with military status, pipe header line",
    name="Mohamed Adel Abdelrahman",
    contact=["Hurghada, Red Sea, Egypt", "Mob: +20 102 774 3318", "m.adel.abdelrahman@mailbox.com"],
    side=[("Personal", ["Date of birth: 02/09/1995", "Marital status: Single", "Military status: Completed"]),
          ("Languages", ["Arabic: mother tongue", "English: very good", "German: good", "Russian: basic"]),
          ("Skills", ["Opera PMS", "Fidelio", "MS Office", "Handling complaints"])],
    sections=[
        ("Career Objective", ["Seeking a challenging position in a 5-stars hotel where I can use my experience in "
                              "front office and guest relation."]),
        ("Career History", [
            E("Front Office Agent", "Sunrise Bay Resort & Spa", "Hurghada", "2021-05", "present", "facing",
              "in_person_service", [
                  "Check in and check out of guests, upgrades and room moves",
                  "Handling guest complaints and follow up with housekeeping and maintenance",
                  "Night shift cashier duties and closing of the day"]),
            E("Guest Relation Officer", "Coral Sands Hotel", "Sharm El Sheikh", "2019-03", "2021-04", "facing",
              "in_person_service", [
                  "Welcoming VIP and repeater guests, courtesy calls",
                  "Organizing birthday and honeymoon surprises"]),
            E("Conscript – Logistics Unit", "Egyptian Armed Forces", None, "2017-12", "2019-02", "none", None, [
                "Inventory of supplies in the unit store"], etype="military"),
            E("Call Center Agent (part time)", "Nile Connect Outsourcing", "Cairo", "2016-06", "2017-09", "facing",
              "contact_center", [
                  "Answering customers of an internet provider, basic troubleshooting of routers"]),
        ]),
        ("Education", ["Bachelor of Tourism and Hotels, Helwan University, 2013 – 2017, grade: Good"]),
        ("Courses", ["Hotel Front Office course – Egyptian Hotel Association, 2018"]),
    ]))

# w006 — Colombia, docx tab-stop dates
DEFS.append(dict(
    file="w006.docx", renderer="docx", docx=("tabs",), hdr="title_org", ds="mon.", present="Currently",
    family="Colombian nurse CV, Word bold titles with right tab-stop dates, mandatory social service year, claims audit",
    name="Daniela Restrepo Ospina",
    contact=["Nurse – Professional Card No. 05-48213", "Medellín, Antioquia · +57 310 482 7710 · daniela.restrepo.o@mailbox.co"],
    sections=[
        ("Professional Profile", ["Professional in Nursing with 9 years of experience in hospitalization, "
                                  "audit of medical accounts and community health. Humanized attention to the patient."]),
        ("Working Experience", [
            E("Chief Nurse (Jefe de Enfermería)", "Clínica Santa Bárbara IPS", "Medellín", "2020-02", "present",
              "facing", "healthcare_care", [
                  "Coordination of the nursing team of the hospitalization floor (12 auxiliaries)",
                  "Attention to patients and their families, education at the discharge",
                  "Administration of medicines and control of the kardex"]),
            E("Nurse", "E.S.E. Hospital La Misericordia", "Caldas, Antioquia", "2017-01", "2020-01", "facing",
              "healthcare_care", [
                  "Care of patients in emergency service, triage",
                  "Vaccination and promotion and prevention programs"]),
            E("Nurse – Mandatory Social Service (SSO)", "Puesto de Salud Vereda El Retiro", "Yarumal, Antioquia",
              "2016-01", "2016-12", "facing", "healthcare_care", [
                  "Attention of consultations of growth and development of children",
                  "Home visits to pregnant women in the rural zone"]),
            E("Auditor of Medical Accounts", "Nueva Vida EPS S.A.", "Medellín", "2015-02", "2015-12", "affecting",
              None, [
                  "Review of clinical records and invoices of the IPS before the payment",
                  "Elaboration of glosas (objections) and answers to the providers"]),
        ]),
        ("Academic Studies", ["Nursing – Universidad Pontificia del Valle de Aburrá, 2010 – 2014",
                              "Specialization in Audit of Health Services, 2018"]),
        ("Languages", ["Spanish (native), English (intermediate B1)"]),
        ("Personal References", ["Available at request"]),
    ]))

# w007 — China → Canada, fpdf2 left, dateline
DEFS.append(dict(
    file="w007.pdf", renderer="fpdf", layout="left", hdr="dateline", ds="yyyy.mm", present="Now", sep="-",
    family="Chinese trade professional now in Canada, fpdf2 left header, title / company / 2019.03-2021.06 lines",
    name="Li Wenjing (Jessica)", contact_inline=True,
    contact=["Richmond, BC", "604-555-0187", "jessica.li.wj@mailbox.ca", "Open work permit"],
    sections=[
        ("Summary", ["Bilingual (Mandarin/English) with 8 years in sales and trading. Good at communication with "
                     "customers, careful and patient."]),
        ("Working Experience", [
            E("Cashier (part-time)", "Golden Maple Supermarket", "Richmond, BC", "2022-09", "present", "facing",
              "in_person_service", [
                  "Serve customers at checkout in English, Mandarin and Cantonese",
                  "Handle returns and answer questions about products"]),
            E("Merchandiser", "Shenzhen Yuxiang Garment Factory", "Shenzhen", "2019-09", "2021-12", "affecting", None, [
                "Follow production schedule with the workshop to make sure delivery on time",
                "Check the samples and arrange the inspection before shipment",
                "Prepare packing list and shipping documents"]),
            E("Foreign Trade Salesman", "Foshan Hengda Ceramics Co., Ltd.", "Foshan", "2016-03", "2019-08", "facing",
              "sales_account", [
                  "Develop overseas customers through Alibaba platform and Canton Fair",
                  "Follow orders from quotation to shipment, visit customers in Middle East",
                  "Yearly sales about USD 1.2 million"]),
            E("Sales Assistant", "Guangzhou Meilin Cosmetics Co., Ltd.", "Guangzhou", "2014-07", "2016-02", "facing",
              "in_person_service", [
                  "Introduce skin care products to customers in the shopping mall counter"]),
        ]),
        ("Volunteer", [
            E("Volunteer Interpreter (Mandarin-English)", "Richmond Newcomers Hub", "Richmond, BC", "2023-01",
              "2024-06", "facing", "volunteering", [
                  "Interpreted for Chinese seniors at appointments in the community office"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Bachelor of English (Business English), Guangdong Foreign Studies College, 2010.09-2014.06"]),
        ("Certificate", ["TEM-8 (Test for English Majors Band 8)", "Food Safe Level 1"]),
    ]))

# w008 — Romania, Markdown Europass-like
DEFS.append(dict(
    file="w008.md", renderer="md", mdeh="bold", hdr="datesfirst", ds="mm/yyyy", present="CURRENT",
    family="Romanian Europass-style CV converted to Markdown, dates first with day/month/year, 'CURRENT'",
    name="Andreea-Maria Pop",
    contact=["Address: Str. Observatorului 112, Cluj-Napoca, Romania", "Phone: (+40) 742 118 604",
             "Email: andreea.pop.cj@mailbox.ro", "Nationality: Romanian"],
    sections=[
        ("Work experience", [
            E("Customer Support Agent with French", "Transilvania Outsourcing Services SRL", "Cluj-Napoca",
              "2019-10", "present", "facing", "digital_service", [
                  "Answering chats and emails of customers of a French online shop (orders, returns, refunds)",
                  "Creating tickets for the logistics team",
                  "Mentor for 3 new colleagues"], dtext="01/10/2019 – CURRENT"),
            E("Receptionist", "Pensiunea Casa Bunicii", "Sibiu", "2018-06", "2019-09", "facing",
              "in_person_service", [
                  "Welcoming tourists, check-in and check-out",
                  "Recommending restaurants and excursions"], dtext="15/06/2018 – 30/09/2019"),
            E("Waitress (Work and Travel USA)", "Seaside Grill & Tap", "Ocean City, Maryland", "2017-06", "2017-09",
              "facing", "in_person_service", [], dtext="10/06/2017 – 15/09/2017"),
        ]),
        ("Education and training", ["01/10/2015 – 30/06/2018 Bachelor in Letters (French – English), "
                                    "Babeș-Bolyai University, Cluj-Napoca"]),
        ("Volunteering", [
            E("Volunteer", "Asociația Zâmbet pentru Bătrâni", "Cluj-Napoca", "2016-10", "2018-05", "facing",
              "volunteering", [
                  "Visiting elderly people in a care home, reading and walking with them"],
              section="volunteer", etype="volunteer", dtext="10/2016 – 05/2018"),
        ]),
        ("Language skills", ["Mother tongue: Romanian", "French C1, English C1, Italian A2"]),
        ("Digital skills", ["Zendesk | Microsoft Office | Google Workspace"]),
        ("Driving licence", ["Driving Licence: B"]),
    ]))

# w009 — Turkey, reportlab 2 pages, two-column header, footer
DEFS.append(dict(
    file="w009.pdf", renderer="rl", layout="twocol", font="DejaVu", hdr="title_org", ds="yyyy/mm",
    present="Continuing", footer="Emre Yıldırım – Curriculum Vitae – {p}",
    family="Turkish bank and utility customer representative, reportlab 2 pages, two-column header, 'Continuing' for present",
    name="Emre Yıldırım", tagline="Customer Representative",
    contact=["Ataşehir / İstanbul", "+90 532 418 77 09", "emre.yildirim@mailbox.com.tr", "Birth: 1992, Military: Done"],
    sections=[
        ("Summary", ["I am a customer representative with 8 years experience in banking and energy sector. I like "
                     "to solve problems of customers and I am patient and smiling person. I am ready to work in "
                     "shifts and weekends. My English is good for daily communication and I continue to improve it "
                     "with online courses."]),
        ("Work Experiences", [
            E("Customer Representative", "Marmara Doğalgaz Dağıtım A.Ş.", "İstanbul", "2021-09", "present",
              "facing", "in_person_service", [
                  "Meeting subscribers at the customer center for new subscription, meter and invoice problems",
                  "Explaining the debt and installment options to the customers",
                  "Entering the applications to SAP system and following until result",
                  "Taking care of elderly and disabled customers with priority",
                  "Reaching 4.7/5 customer satisfaction score in 2024"]),
            E("Bank Teller (Gişe Yetkilisi)", "Anadolu Katılım Bankası", "Kadıköy Branch, İstanbul", "2018-02",
              "2021-08", "facing", "in_person_service", [
                  "Cash deposit and withdrawal, money transfers, foreign exchange",
                  "Selling credit cards and insurance products to customers at the counter",
                  "Day-end cash control and reporting",
                  "Helping customers to use ATM and internet banking"]),
            E("Accounting Staff", "Yıldız Tekstil San. ve Tic. Ltd. Şti.", "Bursa", "2015-07", "2018-01", "none",
              None, [
                  "Entering of purchase invoices to Logo accounting software",
                  "Bank reconciliations and current account follow-up",
                  "Preparing documents for the monthly VAT declaration"]),
            E("Intern (Compulsory Internship)", "Özdemir Muhasebe Bürosu", "Bursa", "2014-07", "2014-08",
              "affecting", None, [
                  "Filing of clients' invoices and preparing their ledgers"], section="other", etype="internship"),
            E("Animator", "Club Alara Beach Hotel", "Alanya", "2013-06", "2013-08", "facing", "in_person_service", [
                "Organising daytime activities and mini-disco for the guests' children",
                "Evening shows with the animation team"], dtext="Summer 2013"),
        ]),
        ("Education", ["2010 – 2014  Uludağ University, Faculty of Economics and Administrative Sciences, Business "
                       "Administration (GPA 2.87/4)", "2006 – 2010  Bursa Anatolian Commerce High School"]),
        ("Certificates", ["SPK Level 1 License (Capital Markets Board)", "Effective Communication and Customer "
                          "Satisfaction seminar, 2019", "Advanced Excel (online), 2022"]),
        ("Computer Skills", ["MS Office (Word, Excel, Outlook) – very good", "SAP IS-U – good",
                             "Logo Tiger – good"]),
        ("Languages", ["Turkish – native", "English – intermediate (B1+)", "German – beginner"]),
        ("Hobbies", ["Football, photography, travelling to Black Sea villages"]),
        ("References", ["Available upon request."]),
    ]))

# w010 — Korea, docx table per job, org first, tilde dates
DEFS.append(dict(
    file="w010.docx", renderer="docx", docx=("table", "listbullet"), hdr="org_title", ds="yyyy.mm", present="Present",
    sep=" ~ ",
    family="Korean retail career, Word borderless table per job, employer line first, 2019.03 ~ 2021.02 dates, military service",
    name="PARK JI-HOON",
    contact=["Suwon-si, Gyeonggi-do, Korea", "010-4821-3307 / jihoon.park.kr@mailbox.kr"],
    sections=[
        ("Career", [
            E("Assistant Manager, Store Operation Team", "Hanbit Mart Co., Ltd.", "Seoul", "2020-01", "present",
              "facing", "in_person_service", [
                  "Managing sales and stock of 3 branches in Gangnam area",
                  "Training of new cashiers and part-time staff",
                  "Handling customer complaints (VOC) escalated from stores, meeting customers when needed"]),
            E("Staff, Customer Service Center", "Hanbit Mart Co., Ltd.", "Seoul", "2017-03", "2019-12", "facing",
              "contact_center", [
                  "Answering customer calls about delivery, refund and membership points"]),
            E("Sergeant (Mandatory Military Service)", "Republic of Korea Army", None, "2014-02", "2015-11", "none",
              None, ["Administrative clerk of battalion"], etype="military"),
            E("Part-time Staff", "Hana24 Convenience Store", "Suwon", "2012-03", "2014-01", "facing",
              "in_person_service", []),
        ]),
        ("Academic Background", ["2012.03 ~ 2017.02  Kyunggi National University, Business Administration (B.A.)"]),
        ("Qualification", ["TOEIC 850 (2016.11)", "Computer Specialist in Spreadsheet & Database Level 2"]),
    ]))

# w011 — Brazil, plain text, labelled blocks
DEFS.append(dict(
    file="w011.txt", renderer="txt", hstyle="equals", hdr="labelled", ds="mm/yyyy", present="current", sep=" to ",
    labels=("Position", "Company", "Period", "City", "Main activities"), bul="-",
    family="Brazilian CV pasted as text, labelled Position / Company / Period blocks, 'Professional Experiences'",
    name="THIAGO HENRIQUE FERREIRA DOS SANTOS",
    contact=["Brazilian, 29 years, married", "Rua Itapetininga, 230 – Vila Galvão – Guarulhos/SP",
             "Phone: (11) 98412-3390 – E-mail: thiago.hfs@mailbox.com.br"],
    sections=[
        ("Professional Objective", ["Customer service / Logistics"]),
        ("Professional Experiences", [
            E("Delivery courier (motorcycle) – autonomous", None, "São Paulo", "2020-08", "present", "facing",
              "in_person_service", [
                  "Delivery of orders of restaurants and markets to the clients through apps",
                  "Charging in cash or card machine when necessary"], etype="freelance"),
            E("Operator of Telemarketing", "VoxTel Atendimento S/A", "São Paulo", "2018-12", "2020-07", "facing",
              "contact_center", [
                  "Receptive service of a credit card bank: unlocking of cards, explaining invoices",
                  "Registration of the attendances in the system"]),
            E("Stock Assistant", "Lojas Popular Casa & Cia", "São Paulo", "2016-06", "2018-11", "affecting", None, [
                "Receiving of goods and conference with the invoice",
                "Organization of the stock and separation of products for the store"]),
            E("Attendant of Gas Station", "Auto Posto Bandeirantes Ltda.", "Guarulhos – SP", "2014-02", "2016-05",
              "facing", "in_person_service", [
                  "Fueling of vehicles, checking of oil and calibration of tires for the clients",
                  "Receiving of payments"]),
            E("Helper in construction (servente de obra)", "Construtora Irmãos Lima", "Guarulhos – SP", "2012-01",
              "2013-12", "none", None, [], prec="year"),
        ]),
        ("Schooling", ["High School complete – E.E. Prof. Horácio Quaresma (2012)",
                       "Technical course in Logistics – ETEC Guarulhos (2017)"]),
        ("Complementary Courses", ["Excel Intermediate – SENAC (40h)", "English basic"]),
    ]))

# w012 — Syria / UAE, fpdf2 2 pages with footer
DEFS.append(dict(
    file="w012.pdf", renderer="fpdf", layout="left", hdr="dash", ds="mon", present="Till Date", sep=" – ",
    footer="Rami Al-Khatib – CV – Page {p}",
    family="Syrian pharmacist in Dubai, fpdf2 two pages with page footer, 'Title – Employer, Town' lines, 'Till Date'",
    name="Dr. Rami Al-Khatib",
    contact=["Pharmacist (DHA licensed)", "Al Qusais, Dubai, UAE", "+971 55 204 6631", "rami.khatib.pharm@mailbox.ae",
             "Nationality: Syrian | Visa: Employment"],
    sections=[
        ("Professional Summary", ["Licensed pharmacist with more than 12 years of experience in community pharmacy, "
                                  "medical promotion and quality control. Strong knowledge of insurance approvals "
                                  "in UAE, patient counselling and inventory management. Fluent in Arabic and "
                                  "English, good French."]),
        ("Key Skills", ["- Patient counselling and OTC recommendation", "- Insurance e-claims (DHPO, Shafafiya)",
                        "- Inventory and expiry control", "- Cold chain management", "- Team leadership"]),
        ("Work Experience", [
            E("Pharmacist", "Al Noor Pharmacy LLC", "Dubai", "2020-10", "present", "facing", "healthcare_care", [
                "Dispensing prescriptions and counselling patients on the use of medicines",
                "Handling insurance approvals and rejections with the insurance companies",
                "Supervising 2 pharmacy assistants and the monthly stock count",
                "Recommending OTC and supplements according to the patient's complaint"]),
            E("Medical Representative", "Levant Pharma Distribution", "Damascus", "2016-04", "2020-06", "facing",
              "sales_account", [
                  "Visiting doctors and pharmacies in my area to promote the company products",
                  "Achieving 110% of the target in 2018 and 2019",
                  "Organizing scientific meetings for doctors"]),
            E("Quality Control Pharmacist", "Ugarit Pharmaceutical Industries", "Hama", "2014-09", "2016-03",
              "affecting", None, [
                  "Analysis of raw materials and finished products by HPLC and UV",
                  "Writing of batch release reports",
                  "Calibration of the lab instruments"]),
            E("Volunteer Pharmacist", "Dar Al Rahma Charity Clinic", "Damascus", "2013-01", "2014-08", "facing",
              "volunteering", [
                  "Giving free medicines to displaced families and explaining the doses"],
              section="volunteer", etype="volunteer"),
            E("Summer Training", "Al Shifa Pharmacy", "Damascus", "2012-06", "2012-08", "facing", "healthcare_care", [
                "Serving customers at the counter under supervision of the pharmacist"],
              etype="internship", dtext="Summer 2012"),
        ]),
        ("Education", ["Bachelor of Pharmacy and Pharmaceutical Chemistry, Damascus University, 2008 – 2013",
                       "DHA Pharmacist License, 2020"]),
        ("Trainings & Workshops", ["- Diabetes management for pharmacists (2022)",
                                   "- Basic Life Support (BLS), valid until 2027",
                                   "- Good Manufacturing Practice (GMP) workshop (2015)"]),
        ("Languages", ["Arabic: native", "English: fluent", "French: good"]),
        ("Personal Information", ["Date of Birth: 11/03/1990", "Marital Status: Married",
                                  "Driving License: UAE valid"]),
        ("References", ["Will be furnished upon request."]),
    ]))

# w013 — Vietnam, docx layout table with sidebar
DEFS.append(dict(
    file="w013.docx", renderer="docx", docx=("sidebar", "tabs"), hdr="title_org", ds="mm/yyyy", present="Now",
    sep=" - ", bul="•", sidecol="F2E6D9",
    family="Vietnamese interpreter and online seller, Word two-column layout table with shaded sidebar, tab-stop dates",
    name="Nguyễn Thị Thu Hà",
    contact=["Thủ Đức City, Ho Chi Minh City", "(+84) 903 118 427", "thuha.nguyen@mailbox.vn"],
    side=[("Languages", ["Vietnamese – native", "Japanese – JLPT N3", "English – IELTS 6.5"]),
          ("Skills", ["Interpretation", "Canva", "Shopee seller center", "Excel"]),
          ("Hobbies", ["Reading manga", "Making bracelets"])],
    sections=[
        ("Career Objective", ["To become a professional interpreter and customer service staff in a Japanese company."]),
        ("Work Experience", [
            E("Japanese Interpreter cum Production Assistant",
              "Công ty TNHH Điện tử Sakura Việt Nam (Sakura Electronics Vietnam Co., Ltd.)", "Biên Hòa, Đồng Nai",
              "2019-03", "present", "facing", "internal_support", [
                  "Interpreting between Japanese managers and Vietnamese workers in meetings and on the line",
                  "Translating work instructions and safety notices",
                  "Supporting Japanese experts with daily life problems (housing, hospital, visa)"]),
            E("Online Shop Owner – handmade accessories", None, None, "2019-01", "present", "facing",
              "entrepreneurial_freelance", [
                  "Answering customers' messages on Facebook and Shopee",
                  "Packing and sending orders, about 200 orders per month"], etype="freelance"),
            E("Receptionist", "Lotus Boutique Hotel", "District 1, Ho Chi Minh City", "2017-05", "2018-12", "facing",
              "in_person_service", [
                  "Check-in / check-out, booking tours for guests"]),
            E("Teacher of English (part-time)", "Trung tâm Anh ngữ Ánh Dương", "Thủ Đức", "2015-09", "2017-04",
              "facing", "education", [
                  "Teaching English to children 6–10 years old, 3 classes per week"]),
        ]),
        ("Education", ["2013 – 2017  University of Social Sciences and Humanities, Japanese Studies"]),
    ]))

# w014 — Jordan, HTML with sidebar table, labelled blocks, some year-only
DEFS.append(dict(
    file="w014.html", renderer="html", hdr="labelled", ds="mm/yyyy", present="present",
    labels=("Job title", "Employer", "Duration", "Location", "Duties"),
    family="Jordanian customer-care CV as an HTML page with side panel, labelled blocks, 'since 09/2022' and year-only ranges",
    name="Lina Haddad",
    contact=["Amman – Jordan, Tla' Al-Ali", "Mobile: 00962 79 551 4082", "E-mail: lina.haddad@mailbox.jo"],
    side=[("Personal Info", ["Nationality: Jordanian", "Birth: 1993", "Status: Married"]),
          ("Languages", ["Arabic: Mother Tongue", "English: Very Good"]),
          ("Computer", ["ICDL certificate", "MS Office"])],
    sections=[
        ("Objective", ["To work in a respected company in the field of customer care and to develop my skills."]),
        ("Experience", [
            E("Customer Care Officer", "Petra Mobile Telecom", "Amman", "2022-09", "present", "facing",
              "in_person_service", [
                  "Serving customers at the showroom: new lines, bill payments and complaints",
                  "Selling devices with installment plans"], dtext="since 09/2022"),
            E("Secretary", "Al-Hussein Private School", "Amman", "2018-01", "2022-12", "facing", "in_person_service", [
                "Receiving parents and answering phone inquiries about registration and fees",
                "Preparing student files and certificates"], prec="year"),
            E("Data Entry Clerk", "Al Yarmouk Insurance Co.", "Amman", "2016-01", "2017-12", "affecting", None, [
                "Entering medical claims data into the system",
                "Scanning and archiving of policy documents"], prec="year"),
            E("Volunteer Tutor", "Hand in Hand Youth Initiative", "Irbid", "2014-01", "2016-12", "facing",
              "volunteering", [
                  "Tutoring refugee children in English and maths twice a week"], prec="year",
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["B.A. English Language and Literature, Yarmouk University, 2011 – 2015"]),
        ("Courses", ["Customer Service Excellence – 30 hours, 2019", "Call Center Skills – 2022"]),
    ]))

# w015 — Argentina, reportlab centred, year-only ranges, 'dates: Title (Employer, Town)'
DEFS.append(dict(
    file="w015.pdf", renderer="rl", layout="centred", hdr="paren", ds="year", present="present", sep="-",
    family="Argentine café shift manager, reportlab centred header, 'years: Title (Employer, Town)' lines, year-only dates",
    name="Martín Ezequiel Sosa",
    contact=["Villa Crespo, CABA, Buenos Aires", "Cel: 11 5832-0417", "martin.e.sosa@mailbox.com.ar"],
    sections=[
        ("Labor History", [
            E("Encargado de turno / Shift Manager", "Café La Esquina de Palermo", "CABA", "2021-01", "present",
              "facing", "in_person_service", [
                  "Opening and closing of the café, control of the cash",
                  "Coordination of 6 waiters and baristas",
                  "Attending customers in the counter at peak hours and resolving complaints"], prec="year"),
            E("Barista", "Café La Esquina de Palermo", "CABA", "2019-01", "2020-12", "facing", "in_person_service", [],
              prec="year"),
            E("Shelf Stocker (Repositor)", "Autoservicio Los Hermanos", "Avellaneda", "2017-01", "2018-12", "facing",
              "in_person_service", [
                  "Restocking of shelves and refrigerators during opening hours",
                  "Answering customers' questions about where are the products"], prec="year"),
            E("Maintenance Assistant", "Club Atlético Villa Sarmiento", "Avellaneda", "2015-01", "2016-12",
              "affecting", None, [
                  "Cleaning of the pool and the locker rooms",
                  "Small repairs of painting and plumbing"], prec="year"),
        ]),
        ("Studies", ["Secondary complete – Escuela Técnica N° 5, Avellaneda (2014)",
                     "Barista course – Escuela de Café Buenos Aires (2019)"]),
        ("Languages", ["Spanish native, English intermediate, Italian basic (I have Italian passport)"]),
    ]))
