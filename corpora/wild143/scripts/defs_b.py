"""Résumés w016–w030 (one dict each; the renderer named in "render" prints it)."""
from lib import E

CVS = []
add = CVS.append

# ---------------------------------------------------------------- w016
add(dict(
    file="w016.pdf",
    family="Czech tourism/German student, classic Europass PDF with right-aligned field labels (fpdf2), au pair and tour guide",
    layout="fpdf2, europass labels/dateline, mm/yyyy / 'present'",
    render="fp_europass",
    name="Klára Dvořáčková",
    contact=[("Address", "Údolní 33, 602 00 Brno, Czech Republic"), ("Telephone", "+420 731 258 640"),
             ("E-mail", "klara.dvorackova@mbrana-student.cz"), ("Nationality", "Czech"),
             ("Date of birth", "21/07/2001")],
    o=dict(ds="mm/yyyy", sep=" – ", present="present"),
    sectors=["Higher education – international relations", "Tourism – guided city tours",
             "Agriculture – fruit growing", "Private household – childcare", "Sports event"],
    blocks=[
        ("entries", "Work experience", [
            E("Student Assistant – International Office", "Univerzita Moravská brána", "Brno", "2023-10",
              "2025-06", cs="facing", kind="in_person_service", bullets=[
                  "Answering e-mails and walk-in questions of incoming exchange students",
                  "Helping at the orientation week and with accommodation forms"]),
            E("Tour Guide (English/German)", "Kroky Praha s.r.o.", "Praha", "2023-07", "2023-08",
              cs="facing", kind="in_person_service", bullets=[
                  "Guided walking tours of the Old Town and Jewish Quarter for groups up to 25 people",
                  "Sold tickets for evening tours, collected feedback"]),
            E("Seasonal Fruit Picker", "Obsthof Meierling", "Kressbronn, Germany", "2022-07", "2022-08",
              cs="none", bullets=["Picking and sorting cherries and apricots"]),
            E("Au pair", None, "Galway, Ireland", "2021-09", "2022-06", cs="facing", kind="other_facing",
              bullets=["Looked after two children (4 and 7): school runs, homework, meals, bedtime"]),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer – Marathon Info Point", "Běh Vltavou", "Praha", "2024-05", "2024-05",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Handed out start packs and answered runners' questions at the info point"]),
        ]),
        ("edu", "Education and training", [
            ("09/2022 – present", "Bachelor: Tourism and German Studies", "Univerzita Moravská brána, Brno", None),
            ("09/2017 – 05/2021", "Maturita", "Gymnázium Vysočina-Západ", None),
        ]),
        ("kv", "Personal skills", [("Mother tongue", "Czech"), ("Other languages", "English C1, German B2+"),
                                   ("Certificates", "Goethe-Zertifikat B2 (2023); tour guide licence, Prague (06/2023)"),
                                   ("Driving licence", "B")]),
    ]))

# ---------------------------------------------------------------- w017
add(dict(
    file="w017.docx",
    family="German teacher-training (Lehramt) student, Lebenslauf-style DOCX with dates in a left tab column, name in page header, references in footer",
    layout="docx, header+footer/dates-left tab, mm/yyyy + SS / 'heute'",
    render="dx_header_footer",
    name="Moritz Eckhoff",
    contact=["Hammer Straße 212, 48153 Münster", "+49 160 9931 4408", "moritz.eckhoff@emshagen-uni.de"],
    headline="Student of English and History (Master of Education)",
    footer="References: Dr. Hanna Vogt, LernWerk Nachhilfeinstitut · StD Peter Kampmann, Gesamtschule Auf der Heide – "
           "contact details on request",
    o=dict(ds="mm/yyyy", sep=" – ", present="heute"),
    blocks=[
        ("entries", "Teaching experience", [
            E("Tutor (Nachhilfelehrer)", "LernWerk Nachhilfeinstitut", "Münster", "2023-04", "present",
              cs="facing", kind="education", bullets=[
                  "Small groups of 3–4 pupils (years 5–10) in English and maths",
                  "Short talks with parents about progress every term"]),
            E("School placement (Praxissemester)", "Gesamtschule Auf der Heide", "Münster", "2024-04", "2024-09",
              dt="SS 2024", etype="internship", cs="facing", kind="education", bullets=[
                  "Taught about 60 English and history lessons under supervision",
                  "Research project on feedback in year 8"]),
        ]),
        ("entries", "Other jobs", [
            E("Sales Assistant (Aushilfe)", "Getränke Hollmann", "Telgte", "2018-03", "2021-09", cs="facing",
              kind="in_person_service", bullets=[
                  "Till, empties return, carrying crates to customers' cars",
                  "Restocking the sales floor on Saturdays"]),
            E("Warehouse Picker (holiday job)", "Hafenlogistik Weser GmbH", "Bremen", "2020-07", "2020-09",
              cs="affecting", bullets=["Picking and packing online orders with a handheld scanner"]),
        ]),
        ("entries", "Volunteering", [
            E("Youth Football Coach (U11)", "SV Blau-Weiß Eckhofen 1921 e.V.", "Telgte", "2019-08", "present",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Two training sessions a week and matches on Saturdays, contact person for parents"]),
        ]),
        ("edu", "Education", [
            ("10/2024 – heute", "Master of Education (English, History)", "Universität Emshagen", None),
            ("10/2020 – 09/2024", "Bachelor (2-subject), English and History", "Universität Emshagen", None),
            ("06/2020", "Abitur", "Gymnasium am Emsufer, Telgte", None),
        ]),
        ("list", "Further training", ["DFB C-Licence (youth coach), 2021", "First aid course, 03/2023",
                                      "Semester abroad: University of Northmoor, UK (WS 2022/23)"]),
    ]))

# ---------------------------------------------------------------- w018
add(dict(
    file="w018.txt",
    family="Danish computer-science student with a studiejob in bus-company customer service, plain text with ISO dates after the title line",
    layout="txt, plain/title-comma-org, yyyy-mm / 'now'",
    render="tx_iso",
    name="Rasmus Holmgaard",
    contact=["Aarhus, Denmark", "+45 31 62 08 77", "rasmus.holmgaard@postkasse-dk.dk"],
    headline="BSc Computer Science student looking for a student job (15-20 h/week)",
    o=dict(ds="iso", sep=" – ", present="now"),
    blocks=[
        ("entries", "EXPERIENCE", [
            E("Customer Service Assistant (studiejob)", "Fjordbus A/S", "Aarhus", "2023-02", "present",
              cs="facing", kind="contact_center", bullets=[
                  "Phone and chat support for passengers: tickets, the travel card app, lost property",
                  "Handle compensation claims for delays according to the passenger guarantee",
                  "Evening and weekend shifts, around 15 hours a week"]),
            E("Teaching Assistant, Introduction to Programming", "Department of Computer Science, Østjysk Universitet",
              "Aarhus", "2022-09", "2023-01", cs="facing", kind="education", bullets=[
                  "Ran two exercise classes a week and graded hand-ins for 40 students"]),
            E("Bartender", "Bar Svanen", "Aarhus", "2021-10", "2023-06", cs="facing", kind="in_person_service",
              bullets=["Friday and Saturday nights, cocktails and draught beer, card and MobilePay payments"]),
            E("Data Annotator (freelance)", "Klarmærk ApS", "remote", "2022-02", "2022-08", etype="freelance",
              cs="none", bullets=["Labelled street images for a self-driving research dataset, 10 h/week from home"]),
            E("Conscript (værnepligt)", "Danish Army", "Holstebro", "2019-02", "2019-06", etype="military",
              cs="none", bullets=["Basic military training, guard duty, first aid"]),
        ]),
        ("edu", "EDUCATION", [
            ("2021-09 – now", "BSc Computer Science", "Østjysk Universitet, Aarhus", None),
            ("2016-08 – 2019-06", "STX (upper secondary)", "Hald Gymnasium", None),
        ]),
        ("list", "PROJECTS", ["2024 – Bachelor project: chatbot prototype for a municipality's citizen service (Python)",
                              "2023 – Hackathon: route app for cyclists"]),
        ("list", "LANGUAGES", ["Danish (native), English (fluent), German (school level)"]),
    ]))

# ---------------------------------------------------------------- w019
add(dict(
    file="w019.pdf",
    family="German business graduate applying for a bank customer-service traineeship, two-page PDF with page footer and employer-first headings",
    layout="reportlab, 2 pages/org_title, mm/yyyy / 'heute'",
    render="rl_twopage",
    name="Hannah Wolters",
    contact=["Am Wall 176, 28195 Bremen", "+49 151 2265 8804", "hannah.wolters@hansewald-mail.de"],
    headline="B.A. Business Administration · applying for the Trainee Programme Customer Service",
    o=dict(ds="mm/yyyy", sep=" – ", present="heute"),
    blocks=[
        ("text", "Profile",
         "Business graduate with two and a half years in a direct bank's customer service, a branch internship and "
         "two years of weekend work at a cinema. I enjoy explaining products simply and keeping calm when "
         "customers are upset. Available from January 2027."),
        ("entries", "Work experience", [
            E("Werkstudentin im Kundenservice", "Hanse Direktbank AG", "Bremen", "2024-04", "present",
              cs="facing", kind="contact_center", bullets=[
                  "Inbound calls on current accounts, card blocks, online-banking access and standing orders",
                  "Identity checks and fraud-suspicion cases following the four-eyes procedure",
                  "Average 35 calls per shift, customer satisfaction score 4.7/5"]),
            E("Werkstudentin Online-Marketing", "Kornblume Naturkost GmbH", "Bremen", "2022-10", "2024-03",
              cs="affecting", bullets=[
                  "Product descriptions and SEO texts for the online shop (about 400 products)",
                  "Monthly newsletter and A/B tests of subject lines"]),
            E("Praktikum Privatkundenberatung (branch internship)", "Kreissparkasse Moorland", "Worpswede",
              "2023-08", "2023-09", etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Served customers at the service counter: transfers, card orders, address changes",
                  "Sat in on account-opening appointments with the advisor"]),
            E("Cashier and Usher (Minijob)", "Lichtspielhaus Filmpalast", "Bremen", "2020-09", "2022-09",
              cs="facing", kind="in_person_service"),
        ]),
        ("entries", "Voluntary service", [
            E("Freiwilliges Soziales Jahr (FSJ)", "Seniorenzentrum Am Mühlbach", "Delmenhorst", "2019-08",
              "2020-07", section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Supported residents at mealtimes, on walks and in group activities",
                  "Accompanied residents to doctor's appointments"]),
        ]),
        ("edu", "Education", [
            ("10/2022 – 09/2026", "B.A. Business Administration (grade 1.9)", "Universität Hansewald, Bremen",
             "Bachelor thesis: 'Call-back promises and customer trust in direct banking'"),
            ("08/2011 – 06/2019", "Abitur", "Gymnasium an der Delme, Delmenhorst", None),
        ]),
        ("list", "Skills", ["German (native), English (C1), Spanish (B1)", "MS Office, SAP basics, Genesys Cloud",
                            "Certificate 'Sachkunde Bankprodukte' (IHK, 11/2024)"]),
        ("list", "Interests", ["Rowing (club team)", "Cooking", "Travel: six weeks in Chile (2022)"]),
    ]))

# ---------------------------------------------------------------- w020
add(dict(
    file="w020.html",
    family="Greek translation student with summer jobs on Crete and Halkidiki, Europass online CV exported as HTML ('[ dates ] title' blocks)",
    layout="html, europass 2020/dates-first, mm/yyyy / 'Current'",
    render="ht_europass",
    name="Danai Kourtidou",
    contact=[("Address", "Egnatia 118, 54630 Thessaloniki (Greece)"), ("Email", "danai.kourtidou@thermaikos-mail.gr"),
             ("Phone", "(+30) 694 551 2087"), ("Date of birth", "09/05/2002")],
    o=dict(ds="mm/yyyy", sep=" – ", present="Current"),
    blocks=[
        ("text", "About me",
         "Translation and interpreting student (English, German). Two summers in tourism. Looking for a seasonal "
         "front-office job for summer 2027."),
        ("entries", "Work experience", [
            E("Receptionist", "Aegean Blue Resort", "Hersonissos, Greece", "2024-06", "2024-09", cs="facing",
              kind="in_person_service", bullets=[
                  "Check-in and check-out of guests, mostly German and British families",
                  "Booked excursions and rental cars, dealt with room complaints"]),
            E("Translation Intern", "Logos Translation Bureau", "Thessaloniki, Greece", "2024-02", "2024-05",
              etype="internship", cs="affecting", bullets=[
                  "Translated technical manuals and certificates (EN/DE > EL) for the bureau's clients",
                  "Proofreading and terminology lists in Trados"]),
            E("Waitress", "Taverna O Glaros", "Kallithea, Halkidiki", "2023-06", "2023-09", cs="facing",
              kind="in_person_service", bullets=["Served 15 tables, took orders in four languages"]),
            E("Student Assistant – Library Digitisation", "University of Thermaikos Library", "Thessaloniki, Greece",
              "2021-11", "2023-01", cs="affecting", bullets=[
                  "Scanned old theses and added metadata for the open repository"]),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer Usher", "Northern Lights Film Week", "Thessaloniki, Greece", "2023-11", "2023-11",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Checked tickets, showed audience members to their seats, handed out ballots"]),
        ]),
        ("edu", "Education and training", [
            ("[ 09/2021 – Current ]", "BA Translation and Interpreting", "University of Thermaikos, Thessaloniki", None),
            ("[ 02/2023 – 07/2023 ]", "Erasmus+ semester", "Universität Südheide, Germany", None),
        ]),
        ("kv", "Language skills", [("Mother tongue(s)", "Greek"), ("Other language(s)", "English C2, German C1, Italian A2")]),
        ("list", "Digital skills", ["SDL Trados Studio", "MS Office", "Protel PMS (basic)"]),
    ]))

# ---------------------------------------------------------------- w021
add(dict(
    file="w021.docx",
    family="Spanish civil-engineering student with an Erasmus semester in Germany, Word heading styles, role as heading and 'employer · town · dates' line",
    layout="docx, styles/title-heading + org line, mon + SS / 'present'",
    render="dx_styles_h2",
    name="Javier Sancho Eguía",
    contact=["Bilbao, Spain", "+34 688 402 715", "javier.sancho@ehu-estudiante.eus"],
    headline="Civil Engineering student (final year)",
    o=dict(ds="mon", sep=" – ", present="present"),
    blocks=[
        ("entries", "Professional Experience", [
            E("Junior Engineering Intern (prácticas)", "Consultora Ingeniería Riberas S.L.", "Bilbao", "2024-09",
              "2025-02", etype="internship", cs="none", bullets=[
                  "Drew drainage and road details in AutoCAD Civil 3D",
                  "Quantity take-offs for two tenders"]),
        ]),
        ("entries", "Student Jobs & Seasonal Work", [
            E("Surf Instructor", "Escuela de Surf Olas Bravas", "Sopelana", "2024-06", "2024-08",
              dt="Summer 2024", cs="facing", kind="education", bullets=[
                  "Taught beginner groups and kids, safety briefings in Spanish and English"]),
            E("Kitchen Assistant (Küchenhilfe)", "Studierendenwerk Niederrhein", "Duisburg, Germany", "2023-04",
              "2023-09", dt="SS 2023 (Erasmus)", cs="affecting", bullets=[
                  "Vegetable prep and the dishwashing line in the Mensa Campus Nord",
                  "Refilled the salad bar before the doors opened"]),
            E("Hotel Entertainer (animador)", "Hotel Playa Serena", "Alcúdia, Mallorca", "2022-06", "2022-09",
              cs="facing", kind="in_person_service", bullets=[
                  "Ran the kids' club and daytime activities for guests, evening shows twice a week"]),
        ]),
        ("entries", "University Activities", [
            E("Chassis Team Member", "Bilbo Racing Team (Formula Student)", "Bilbao", "2021-10", "2023-02",
              section="other", etype="volunteer", cs="none", bullets=[
                  "Designed and welded the rear subframe, FEA in ANSYS"]),
        ]),
        ("edu", "Education", [
            ("Sep 2020 – present", "Grado en Ingeniería Civil", "Universidad del Nervión, Bilbao", None),
            ("SS 2023", "Erasmus+ exchange", "Hochschule Niederrhein-Ruhr, Duisburg", None),
        ]),
        ("list", "Skills", ["AutoCAD Civil 3D, Revit, ANSYS", "Spanish and Basque (native), English (B2), German (A2)",
                            "Surf instructor level 1 (federation course, 2023)"]),
    ]))

# ---------------------------------------------------------------- w022
add(dict(
    file="w022.txt",
    family="Dutch student's LinkedIn profile pasted as text ('Company · Part-time', 'Sep 2023 - Present · 3 yrs 3 mos')",
    layout="txt, linkedin/title_org, mon / 'Present'",
    render="tx_linkedin",
    name="Jesse Rozendaal",
    headline="Hospitality Management student | bar, events & promotions",
    contact=["Groningen, Groningen, Netherlands"],
    o=dict(ds="mon", sep=" - ", present="Present"),
    tags={0: "Part-time", 2: "Freelance", 3: "Seasonal"},
    blocks=[
        ("text", "About",
         "Third-year Hospitality Management student. Happiest behind a busy bar. Open to part-time work in "
         "hotels and events."),
        ("entries", "Experience", [
            E("Bar Staff", "Grand Café De Zwaan", "Groningen, Netherlands", "2023-09", "present", cs="facing",
              kind="in_person_service", bullets=[
                  "Bar and floor service on Thursday to Saturday nights",
                  "Train new colleagues on the cocktail menu"]),
            E("Open Day Host", "Hanzestad University of Applied Sciences", "Groningen, Netherlands", "2022-10",
              "2024-04", cs="facing", kind="other_facing", bullets=[
                  "Showed prospective students and their parents around campus and answered questions about the programme"]),
            E("Brand Promoter", "Fresh Promotions B.V.", "Groningen, Netherlands", "2023-01", "2023-06",
              etype="freelance", cs="facing", kind="sales_account", bullets=[
                  "Sampling days in supermarkets: talked shoppers into trying new drinks, sales targets per day"]),
            E("Parcel Sorter", "Sorteercentrum Noord B.V.", "Hoogezand, Netherlands", "2021-06", "2022-08",
              cs="affecting"),
        ]),
        ("edu", "Education", [
            ("2022 - 2026", "Bachelor's degree, Hospitality Management", "Hanzestad University of Applied Sciences", None),
            ("2016 - 2022", "HAVO", "Stadslyceum Martinikerk", None),
        ]),
        ("list", "Licenses & certifications", ["Sociale Hygiëne – SVH · Issued Mar 2024",
                                                "BHV (company first aid) · Issued Oct 2023"]),
    ]))

# ---------------------------------------------------------------- w023
add(dict(
    file="w023.pdf",
    family="French banking master's student, two-column fpdf2 PDF (left column profile/skills), dates on their own line under the title",
    layout="fpdf2, twocol/dateline, mon. / 'present'",
    render="fp_twocol",
    name="Louise Garnier-Petit",
    headline="Master 2 Banking & Finance – graduate job in retail banking",
    contact=["Toulouse, France", "+33 6 72 18 40 93", "louise.garnierpetit@igtl-etu.fr"],
    o=dict(ds="mon.", sep=" – ", present="present", glyph="›", accent=(20, 60, 120)),
    side=[
        ("Profile", ["Graduating in banking, with customer contact at a branch, on the phone and as a volunteer. "
                     "Looking for a client advisor position from January 2027."]),
        ("Languages", ["French – native", "English – C1 (TOEIC 915)", "Spanish – B2"]),
        ("Tools", ["Salesforce", "Excel (VBA basics)", "Core banking software (SAB)"]),
        ("Certificates", ["AMF certification (03/2025)", "Voltaire certificate, 2022"]),
    ],
    blocks=[
        ("entries", "Experience", [
            E("End-of-studies internship – Client Advisor Assistant", "Banque Aurore", "Toulouse", "2026-02",
              "2026-07", etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Welcomed walk-in clients at the branch reception, handled card orders and simple transfers",
                  "Prepared files for the account manager's client meetings and sat in on them"]),
            E("Call Centre Agent (student job, 15 h/week)", "Proxi Énergie", "Blagnac", "2023-09", "2024-06",
              cs="facing", kind="contact_center", bullets=[
                  "Outbound calls to households to offer a switch of electricity contract",
                  "Answered call-backs and registered new contracts"]),
            E("M1 Internship – Credit Analysis", "Crédit Garonnais", "Toulouse", "2025-04", "2025-08",
              etype="internship", cs="affecting", bullets=[
                  "Analysed loan applications of small businesses and wrote the credit notes for the committee",
                  "Checked the guarantees and updated the risk ratings in the core banking tool"]),
            E("Archive Intern", "Mairie de Montclar-d'Olt", "Aveyron", "2022-06", "2022-07",
              etype="internship", cs="none", bullets=[
                  "Sorted and digitised civil-status registers from 1900–1950 in the town hall's archive room"]),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer", "Les Paniers Solidaires", "Toulouse", "2021-11", "2023-06", section="volunteer",
              etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Served hot meals on Friday evenings and chatted with guests",
                  "Helped with the winter clothes collection"]),
        ]),
        ("edu", "Education", [
            ("Sept. 2024 – present", "Master Banking & Finance (M1–M2)",
             "Institut de Gestion de Toulouse-Lauragais", None),
            ("Sept. 2021 – June 2024", "Licence Economics & Management", "Université de Toulouse-Garonne", None),
        ]),
    ]))

# ---------------------------------------------------------------- w024
add(dict(
    file="w024.docx",
    family="German dual nursing student, DOCX two-column layout table with shaded sidebar, employer line first then role",
    layout="docx, sidebar/org_title, mm/yyyy / 'heute'",
    render="dx_sidebar",
    name="Mia Tannhäuser",
    headline="Dual study B.Sc. Nursing",
    contact=["Freiburg im Breisgau", "+49 176 2093 7751", "mia.tannhaeuser@dreisamtal-mail.de"],
    o=dict(ds="mm/yyyy", sep=" – ", present="heute", shade="F3E3E8", order="org_title"),
    side=[
        ("Languages", ["German – native", "English – B2", "Turkish – A2"]),
        ("Skills", ["Basic life support", "Documentation in the hospital system", "Calm under pressure"]),
        ("Certificates", ["Lifeguard badge silver (2020)", "Hygiene training (02/2024)"]),
    ],
    blocks=[
        ("entries", "Experience", [
            E("Dual Student Nursing (practical phases)", "Klinikum Lindenhöhe", "Freiburg", "2023-10", "present",
              etype="internship", cs="facing", kind="healthcare_care", bullets=[
                  "Basic care, vital signs and mobilisation of patients on internal medicine and surgery wards",
                  "Admission talks with patients and relatives under supervision"]),
            E("Service Staff (Minijob)", "Eiscafé Dolomiti", "Freiburg", "2021-04", "2023-09", cs="facing",
              kind="in_person_service", bullets=[
                  "Served ice cream and coffee on the terrace, took orders and payments"]),
            E("Holiday job – Central Sterile Supply", "Klinikum Lindenhöhe", "Freiburg", "2022-08", "2022-09",
              cs="affecting", bullets=[
                  "Cleaned, checked and packed surgical instruments for the operating theatres",
                  "Loaded the sterilisers and documented every batch"]),
            E("Newspaper Carrier", "Breisgauer Anzeiger", "Kirchzarten", "2019-05", "2021-03", cs="affecting",
              bullets=["Delivered about 120 newspapers to mailboxes before 6:00, six days a week"]),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer Lifeguard", "Wasserwacht Ortsgruppe Kirchzarten", "Kirchzarten", "2020-06", "present",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Weekend guard duty at the lake in summer, first aid for bathers"]),
        ]),
        ("edu", "Education", [
            ("10/2023 – heute", "B.Sc. Nursing (dual)", "Hochschule Dreisamtal, Freiburg", None),
            ("06/2021", "Abitur", "Gymnasium Dreisamtal-Süd, Kirchzarten", None),
        ]),
    ]))

# ---------------------------------------------------------------- w025
add(dict(
    file="w025.md",
    family="Italian law student with Erasmus in Lisbon and summer beach work, Markdown with employer headings and roles beneath",
    layout="md, orgfirst/h3 org + bold role, mon + season / 'present'",
    render="md_orgfirst",
    name="Tommaso Gallina",
    contact=["Padova, Italy", "+39 348 661 2093", "tommaso.gallina@valcerasa-studenti.it"],
    headline="Law student (LM, 5th year) – part-time and summer work",
    o=dict(ds="mon", sep=" – ", present="present"),
    blocks=[
        ("entries", "Experience", [
            E("Legal Trainee (tirocinio curriculare)", "Studio Legale Brambilla", "Padova", "2025-03", "2025-07",
              etype="internship", cs="affecting", bullets=[
                  "Drafted standard lease agreements for the firm's landlord clients",
                  "Case-law research for the partners"]),
            E("Bar Back", "Cervejaria Tasca do Rio", "Lisboa, Portugal", "2024-02", "2024-06",
              dt="Feb – Jun 2024 (Erasmus)", cs="affecting", bullets=[
                  "Restocked the fridges, changed kegs and ran the glass washer",
                  "Took out bins and bottles, kept the cellar tidy"]),
            E("Beach Attendant", "Lido Azzurro", "Jesolo", "2023-06", "2023-08", dt="Summer 2023", cs="facing",
              kind="in_person_service", bullets=[
                  "Set up umbrellas and sunbeds for guests, took drink orders at the loungers",
                  "Daily and weekly bookings at the kiosk"]),
            E("Private Tutor – Latin and Ancient Greek", "Self-employed", "Padova", "2020", "2023", prec="year",
              etype="freelance", cs="facing", kind="education", bullets=[
                  "Lessons for liceo classico pupils, up to 8 hours a week"]),
        ]),
        ("entries", "Activities", [
            E("Orientation Day Volunteer", "Università di Valcerasa", "Padova", "2024-10", "2024-11",
              section="other", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Answered questions of high-school students and parents at the law faculty stand"]),
        ]),
        ("edu", "Education", [
            ("Oct 2021 – present", "Laurea magistrale a ciclo unico in Giurisprudenza",
             "Università di Valcerasa, Padova", None),
            ("Feb – Jun 2024", "Erasmus+ semester", "Faculdade de Direito do Tejo, Lisboa", None),
        ]),
        ("list", "Languages", ["Italian (native)", "English (C1)", "Portuguese (B1)"]),
    ]))

# ---------------------------------------------------------------- w026
add(dict(
    file="w026.pdf",
    family="Swiss business-IT student, one-page PDF with photo box and 'Title | Employer | Town' lines with dates right, Recruit School listed",
    layout="reportlab, photo/pipe, mm.yyyy / 'today'",
    render="rl_photo",
    name="Lukas Hämmerle",
    headline="Business Information Technology (BSc) · student job in IT support or sales",
    contact=["Winterthur", "+41 79 442 18 05", "lukas.haemmerle@limmattal-hs.ch", "Swiss, born 2000"],
    o=dict(ds="mm.yyyy", sep=" – ", present="today", accent=(0.75, 0.10, 0.12)),
    blocks=[
        ("entries", "Experience", [
            E("Student Assistant IT Service Desk", "Hochschule Limmattal", "Winterthur", "2023-09", "present",
              cs="facing", kind="internal_support", bullets=[
                  "First point of contact for students and lecturers with Wi-Fi, Moodle and printing problems",
                  "Reset passwords and set up lecture-room equipment"]),
            E("Sales Advisor (student job)", "Velo-Zentrum Limmat AG", "Zürich", "2021-03", "2023-08",
              cs="facing", kind="in_person_service", bullets=[
                  "Advised customers on city and e-bikes, test rides and financing",
                  "Small repairs at the counter while the customer waited"]),
            E("Recruit School (infantry)", "Swiss Armed Forces", "Bière", "2020-07", "2020-11", etype="military",
              cs="none"),
            E("Temporary Logistics Worker", "Transporte Keller AG", "Dietikon", "2020-01", "2020-06",
              cs="affecting", bullets=["Loading trucks for retail deliveries and checking delivery notes"]),
        ]),
        ("entries", "Volunteering", [
            E("Bar Volunteer", "Openair Seebucht Festival", "Rapperswil", "2022-08", "2022-08",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Served drinks at the main bar during the three festival days"]),
        ]),
        ("edu", "Education", [
            ("09.2021 – today", "BSc Business Information Technology", "Hochschule Limmattal, Winterthur", None),
            ("08.2015 – 06.2019", "Federal VET diploma Commercial Employee (KV) with vocational baccalaureate",
             "Handelsschule Töss", None),
        ]),
        ("list", "Languages & Skills", ["German (native), English (C1), French (B1)",
                                        "Jira Service Management, M365 admin basics, SQL",
                                        "Cambridge C1 Advanced (2019)"]),
    ]))

# ---------------------------------------------------------------- w027
add(dict(
    file="w027.docx",
    family="Austrian tourism student, Google-Docs-style DOCX (plain paragraphs, italic date line, dash bullets typed as text)",
    layout="docx, gdocs/title_org dateline, month / 'present'",
    render="dx_gdocs",
    name="Valentina Pichler",
    headline="Tourism & Leisure Management student, FH Wienerwald",
    contact=["Wien, Austria", "+43 664 218 7730", "valentina.pichler@wienerwald-fh.at"],
    o=dict(ds="month", sep=" – ", present="present"),
    blocks=[
        ("entries", "Work experience", [
            E("Compulsory Internship (Pflichtpraktikum)", "Reisebüro Donauwelle", "Wien", "2024-07", "2024-09",
              etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Advised walk-in and phone customers on package holidays and city breaks",
                  "Booked flights and hotels in the reservation system and issued travel documents"]),
            E("Waitress (part-time)", "Café Zur Goldenen Waage", "Wien", "2022-09", "2024-06", cs="facing",
              kind="in_person_service", bullets=[
                  "Service in a traditional coffee house, 20 hours a week",
                  "Cash handling and end-of-day settlement"]),
            E("Sales Assistant, punch stand", "Punschhütte Familie Strobl", "Wien", "2023-11", "2023-12",
              dt="Nov – Dec 2023", cs="facing", kind="in_person_service", bullets=[
                  "Christmas market: sold punch and mulled wine, deposit mugs"]),
            E("Kitchen Help (Ferialjob)", "Gasthof Zum Schwarzen Adler", "Mariazell", "2021-07", "2021-08",
              cs="affecting", bullets=["Washing up, salad and dessert preparation for the à la carte kitchen"]),
        ]),
        ("entries", "Other", [
            E("Student Assistant – Data Entry", "Institut für Tourismusforschung, FH Wienerwald", "Wien",
              "2024-10", "2025-02", section="other", cs="none", bullets=[
                  "Entered and checked guest-survey data from Lower Austrian hotels"]),
        ]),
        ("edu", "Education", [
            ("September 2022 – present", "BA Tourism & Leisure Management", "FH Wienerwald, Wien", None),
            ("June 2022", "Matura", "Tourismusschule Höhenweg, Baden", None),
        ]),
        ("list", "Languages & skills", ["German (native), English (C1), Italian (B2)", "Amadeus basics, MS Office",
                                        "Barista course (2023)"]),
    ]))

# ---------------------------------------------------------------- w028
add(dict(
    file="w028.docx",
    family="German computer-science graduate applying for technical support, DOCX with contact in the page header and a borderless table per job",
    layout="docx, header+table per job/title_org, mm/yyyy + WS / 'present'",
    render="dx_borderless",
    name="Niklas Baumgärtner",
    contact=["Karlsruhe", "+49 152 0448 3167", "niklas.baumgaertner@tu-sandberg-mail.de", "github.com/nbaum"],
    headline="M.Sc. Computer Science – Technical Support / Customer Engineering",
    o=dict(ds="mm/yyyy", sep=" – ", present="present"),
    blocks=[
        ("entries", "Experience", [
            E("Working Student 2nd-Level Support", "Cloudwerk Systems GmbH", "Karlsruhe", "2024-04", "present",
              cs="facing", kind="contact_center", bullets=[
                  "Handle escalated tickets and calls from customers' IT admins (backup and sync product)",
                  "Reproduce bugs and hand them over to development with logs",
                  "Run screen-share sessions to fix configuration problems"]),
            E("Working Student Software Testing", "Cloudwerk Systems GmbH", "Karlsruhe", "2022-10", "2024-03",
              cs="affecting", bullets=["Manual and automated regression tests (Playwright) before each release"]),
            E("Tutor, Introduction to Computer Science", "Faculty of Computer Science, Technische Universität Sandberg",
              "Karlsruhe", "2021-10", "2022-03", dt="WS 2021/22", cs="facing", kind="education", bullets=[
                  "Weekly tutorial for 30 first-year students, correcting exercise sheets"]),
            E("Freelance Web Developer", "Self-employed", "Pforzheim", "2019", "2021", prec="year",
              etype="freelance", cs="facing", kind="entrepreneurial_freelance", bullets=[
                  "Met local shop owners to agree on content and design, built and maintained their websites"]),
            E("Dishwasher (summer job)", "Gasthaus Zur Linde", "Bretten", "2018-06", "2018-08", dt="Summer 2018",
              cs="affecting"),
        ]),
        ("edu", "Education", [
            ("10/2024 – present", "M.Sc. Computer Science", "Technische Universität Sandberg", None),
            ("10/2020 – 09/2024", "B.Sc. Computer Science", "Technische Universität Sandberg", None),
        ]),
        ("list", "Skills", ["Linux, Docker, Bash, Python, SQL", "Jira Service Management, Zendesk",
                            "German (native), English (C1)", "AWS Cloud Practitioner (2025)"]),
    ]))

# ---------------------------------------------------------------- w029
add(dict(
    file="w029.pdf",
    family="Dutch psychology master's student, academic-style fpdf2 PDF with 'Relevant / Other experience', employer in capitals first and prose descriptions",
    layout="fpdf2, academic/org_title prose, mon / 'present'",
    render="fp_academic",
    name="Marit Oosterbeek",
    headline="MSc Psychology (Consumer Behaviour)",
    contact=["Arnhem, the Netherlands", "+31 6 5521 0348", "marit.oosterbeek@veenstad-student.nl"],
    o=dict(ds="mon", sep=" – ", present="present"),
    blocks=[
        ("entries", "Relevant experience", [
            E("Research Intern", "Panelwijzer Marktonderzoek B.V.", "Arnhem", "2025-02", "2025-06",
              etype="internship", cs="affecting", prose=True, bullets=[
                  "Designed online questionnaires for client brands and cleaned the panel data.",
                  "Analysed results in SPSS and wrote the first drafts of the client reports."]),
            E("Student Assistant, Psychology Lab", "Universiteit Veenstad", "Nijmegen", "2023-09", "2025-01",
              cs="facing", kind="other_facing", prose=True, bullets=[
                  "Recruited participants on campus, welcomed them in the lab and explained the procedure.",
                  "Ran the experiment sessions and debriefed participants afterwards."]),
        ]),
        ("entries", "Other experience", [
            E("Sales Assistant", "Warenhuis Koster", "Arnhem", "2020-03", "2023-08", cs="facing",
              kind="in_person_service", prose=True, bullets=[
                  "Part-time job (bijbaan) in the household department: helping customers, till and gift wrapping."]),
            E("Office Cleaner", "Schoonmaakbedrijf Glans B.V.", "Arnhem", "2019-09", "2020-02", cs="none",
              prose=True, bullets=["Evening cleaning of empty offices, three times a week."]),
        ]),
        ("entries", "Volunteering", [
            E("Chat Volunteer", "Luisterlijn Jongeren", "online", "2022-10", "present", section="volunteer",
              etype="volunteer", cs="facing", kind="volunteering", prose=True, bullets=[
                  "Anonymous chat conversations with young people who want to talk, one evening shift per week."]),
        ]),
        ("edu", "Education", [
            ("Sep 2024 – present", "MSc Psychology, Consumer Behaviour track", "Universiteit Veenstad", None),
            ("Sep 2021 – Jul 2024", "BSc Psychology", "Universiteit Veenstad", None),
        ]),
        ("list", "Skills", ["SPSS, R, Qualtrics", "Dutch (native), English (C1), German (B1)"]),
        ("text", "References", "Dr. E. Smulders (supervisor, Psychology Lab) – available on request."),
    ]))

# ---------------------------------------------------------------- w030
add(dict(
    file="w030.docx",
    family="Romanian economics graduate, classic Europass DOCX (whole CV in a table with right-aligned labels), Work & Travel summer",
    layout="docx, europass classic labels/dateline, mm/yyyy / 'present'",
    render="dx_europass_classic",
    name="Ioana Bălănescu",
    contact=[("Address", "Str. Horea 61, 400174 Cluj-Napoca (Romania)"), ("Telephone", "+40 745 220 918"),
             ("E-mail", "ioana.balanescu@somes-alumni.ro"), ("Nationality", "Romanian"),
             ("Date of birth", "30/01/2002")],
    o=dict(ds="mm/yyyy", sep=" – ", present="present"),
    sectors=["Software – B2B analytics", "Travel agency", "Business process outsourcing – customer support",
             "Hospitality – hotel", "NGO – education"],
    blocks=[
        ("entries", "Work experience", [
            E("Junior Customer Success Associate", "Nimbo Analytics SRL", "Cluj-Napoca", "2025-09", "present",
              cs="facing", kind="sales_account", bullets=[
                  "Onboarding of new B2B clients, regular check-in calls, renewal preparation",
                  "Collecting client feedback for the product team"]),
            E("Travel Agency Intern", "Carpați Travel SRL", "Cluj-Napoca", "2024-07", "2024-08",
              etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Helped walk-in customers choose holiday packages and booked flights"]),
            E("Customer Support Agent (German)", "Transilvania Contact Solutions SRL", "Cluj-Napoca", "2022-10",
              "2024-06", cs="facing", kind="contact_center", bullets=[
                  "Phone and e-mail support in German for an online electronics retailer",
                  "Order tracking, returns and warranty cases"]),
            E("Housekeeping Attendant (Work & Travel USA)", "Blue Heron Inn", "Wildwood, New Jersey, USA",
              "2022-06", "2022-09", cs="affecting", bullets=[
                  "Cleaned and prepared 14–16 rooms per shift after check-out, laundry"]),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer English Teacher", "Asociația Zâmbet pentru Copii", "Turda", "2021-03", "2022-06",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Weekly English lessons for children from rural schools"]),
        ]),
        ("edu", "Education and training", [
            ("10/2021 – 07/2025", "Bachelor in Economics of Commerce, Tourism and Services",
             "Universitatea Someșul, Cluj-Napoca", None),
            ("09/2017 – 06/2021", "Baccalaureate", "Liceul Teoretic Feleacu-Nord, Cluj-Napoca", None),
        ]),
        ("kv", "Personal skills", [("Mother tongue", "Romanian"), ("Other languages", "German C1, English C1"),
                                   ("Computer skills", "HubSpot, Zendesk, MS Office"),
                                   ("Driving licence", "B")]),
    ]))
