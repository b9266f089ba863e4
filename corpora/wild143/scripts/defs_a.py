"""Résumés w001–w015 (one dict each; the renderer named in "render" prints it)."""
from lib import E

CVS = []
add = CVS.append

# ---------------------------------------------------------------- w001
add(dict(
    file="w001.pdf",
    family="German business student, Europass-style PDF with dates in a left column, Werkstudentin in a utility's customer service",
    layout="reportlab, europass/dates-left, mm/yyyy / 'Current'",
    render="rl_europass",
    name="Johanna Rehbein",
    contact=[("Address", "Weyerstraße 41, 50676 Köln, Germany"), ("Phone", "(+49) 176 4418 2093"),
             ("Email", "johanna.rehbein@posteo-mail.de"), ("Date of birth", "14/03/2002"),
             ("Nationality", "German")],
    o=dict(ds="mm/yyyy", sep=" – ", present="Current"),
    blocks=[
        ("text", "About me",
         "Business Administration student in my sixth semester, focus on marketing and service management. "
         "Three years of part-time work with customers on the phone and at the counter. I am looking for a "
         "Werkstudent position (up to 20 h/week) in customer service or customer operations."),
        ("entries", "Work experience", [
            E("Werkstudentin Customer Service", "Kaltwasser Energie GmbH", "Köln, Germany", "2023-10", "present",
              cs="facing", kind="contact_center", bullets=[
                  "Answering inbound calls and e-mails from household customers about meter readings, bills and tariff changes",
                  "Setting up instalment plans and correcting contract data in SAP IS-U",
                  "Writing call notes and passing complaints to the second-level team when needed"]),
            E("Student Assistant (Tutor), Chair of Financial Accounting", "Universität zu Rheinau", "Köln, Germany",
              "2023-04", "2023-09", cs="facing", kind="education", bullets=[
                  "Led two weekly tutorial groups of about 25 first-semester students",
                  "Explained the exercise solutions and offered a Q&A hour before the exam"]),
            E("Internship Marketing (Praktikum)", "Feldmann Sportartikel GmbH", "Bonn, Germany", "2022-08", "2022-10",
              etype="internship", cs="affecting", bullets=[
                  "Planned the Instagram content calendar for the autumn running collection",
                  "Wrote newsletter texts and product descriptions for the web shop",
                  "Prepared a competitor price comparison for the product team"]),
            E("Summer temp – Customer Data Maintenance", "Domstadt Versicherung AG", "Köln, Germany", "2021-06",
              "2021-08", dt="summer 2021", cs="affecting", bullets=[
                  "Updated customer addresses and bank details in SAP from incoming letters and forms",
                  "Scanned and indexed the daily post for the claims department"]),
            E("Sales Assistant (Minijob)", "Bäckerei Sonnleitner", "Köln, Germany", "2021-03", "2023-09",
              cs="facing", kind="in_person_service", bullets=[
                  "Served customers at the counter on Saturdays and Sundays, cash and card payment",
                  "Prepared rolls and sandwiches in the early morning, cleaned the shop after closing"]),
        ]),
        ("edu", "Education and training", [
            ("10/2021 – Current", "B.Sc. Business Administration", "Universität zu Rheinau, Köln",
             "Seminar paper: 'Complaint handling at German energy suppliers' (SS 2024, grade 1.3)"),
            ("08/2012 – 06/2021", "Abitur (final grade 1.8)", "Gymnasium Rheinbogen, Köln", None),
        ]),
        ("kv", "Language skills", [("Mother tongue", "German"), ("English", "C1 – TOEFL iBT 104 (05/2022)"),
                                   ("Spanish", "B1 (Volkshochschule course, 2023)")]),
        ("list", "Digital skills", ["SAP IS-U (basic)", "MS Excel and PowerPoint", "Zendesk", "Canva"]),
    ]))

# ---------------------------------------------------------------- w002
add(dict(
    file="w002.docx",
    family="Dutch business student with bijbaan jobs, DOCX in Europass-like two-column tables (dates left)",
    layout="docx, europass tables/dates-left, mon / 'present'",
    render="dx_europass_table",
    name="Sem Koolhoven",
    contact=["Thorbeckegracht 118, 8011 VN Zwolle, the Netherlands", "+31 6 2874 5519",
             "sem.koolhoven@zeeveld-student.nl", "linkedin.com/in/semkoolhoven"],
    o=dict(ds="mon", sep=" – ", present="present", glyph="▪"),
    blocks=[
        ("text", "Profile",
         "MSc Marketing student who likes solving problems for people, in Dutch, English or German. "
         "Looking for a part-time job (bijbaan) of 16–20 hours in customer support next to my studies."),
        ("entries", "Work experience", [
            E("Customer Support Agent (part-time)", "Fietsdeel B.V.", "Zwolle", "2024-09", "present",
              cs="facing", kind="digital_service", bullets=[
                  "Handle in-app chat and e-mail from riders in Dutch, English and German",
                  "Refund fare disputes and unlock bikes remotely when the app fails",
                  "Flag recurring app bugs to the product team in our weekly call"]),
            E("Front Office Intern", "Hotel Het Zoutpakhuis", "Deventer", "2024-02", "2024-07",
              etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Check-in and check-out of guests, room keys and city tax",
                  "Took phone reservations and sold room upgrades at arrival",
                  "Third-year internship (stage) of my bachelor programme, 32 hours a week"]),
            E("Back Office Employee Customer Service (temp)", "Verzekeringen Oosterhof", "Zwolle", "2023-07",
              "2023-08", cs="affecting", bullets=[
                  "Processed claim forms and changes of address that came in by post and web form",
                  "Scanned incoming mail and routed it to the right team in the workflow system",
                  "No phone duty – the front office took all calls"]),
            E("Delivery Rider", "Pizzeria Vesuvio", "Zwolle", "2021-09", "2023-12",
              cs="facing", kind="in_person_service", bullets=[
                  "Delivered orders by scooter and collected cash or PIN payments at the door",
                  "Helped folding boxes and cleaning the kitchen on quiet evenings"]),
            E("Shelf Stacker (vakkenvuller)", "Albers Supermarkt", "Kampen", "2019-06", "2021-08",
              cs="facing", kind="in_person_service", bullets=[
                  "Filled shelves and the dairy cooler during evening shifts",
                  "Checked best-before dates and faced products",
                  "Showed shoppers where to find products when they asked"]),
        ]),
        ("edu", "Education", [
            ("Sep 2025 – present", "MSc Marketing", "Universiteit Veenstad", None),
            ("Sep 2021 – Jul 2025", "BBA International Business", "Hogeschool Zeeveld, Zwolle",
             "Minor: Customer Experience Management (2024)"),
        ]),
        ("kv", "Languages", [("Dutch", "native"), ("English", "C1"), ("German", "B2")]),
        ("list", "Other", ["Driving licence AM and B", "Sociale Hygiëne certificate (2022)",
                           "Tools: Freshdesk, Excel, Canva"]),
    ]))

# ---------------------------------------------------------------- w003
add(dict(
    file="w003.txt",
    family="French tourism master's student looking for a job étudiant, plain text with caps headings and 'dates | title | employer' lines",
    layout="txt, caps/dates-pipe, mm/yyyy / 'Since'",
    render="tx_caps",
    name="Manon Thiébault",
    headline="Master's student in Tourism & Hospitality – available for a student job on weekends and holidays",
    contact=["12 rue des Faures, 33000 Bordeaux", "+33 6 41 27 90 58", "manon.thiebault@lavoisier-mail.fr"],
    o=dict(ds="mm/yyyy", sep=" - ", present="today", glyph="-"),
    blocks=[
        ("entries", "Work experience", [
            E("Welcome Hostess (trade fairs and congresses)", "Agence Hôtesses Plus", "Bordeaux", "2023-10", "present",
              dt="Since 10/2023", cs="facing", kind="in_person_service", bullets=[
                  "Welcome visitors at the entrance, print badges and run the cloakroom",
                  "Direct speakers and guests to the right rooms, answer questions in French, English and Spanish",
                  "About 2–4 events per month, mainly at the Parc des Expositions"]),
            E("Intern, Visitor Information Desk", "Office de Tourisme de Saint-Aurin", "Gironde", "2024-06", "2024-08",
              etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Informed tourists at the desk and by phone about wine tours, cycling routes and events",
                  "Sold tickets for guided visits and local products",
                  "Updated the events agenda on the website"]),
            E("Crew Member", "Croq'Express", "Mérignac", "2021-09", "2022-12",
              cs="facing", kind="in_person_service", bullets=[
                  "Took orders at the counter and the drive-thru, handled payments",
                  "Prepared orders in rush hours and kept the dining room clean"]),
            E("Data Entry Clerk (summer temp)", "Mutuelle Atlantique Santé", "Bordeaux", "2022-07", "2022-08",
              cs="affecting", bullets=[
                  "Keyed in paper reimbursement claims from members and checked the attached invoices",
                  "Sorted returned mail and unreadable forms for the claims officers"]),
            E("Stocktaking Assistant", "Inventaires Dufresne", "Bordeaux", "2022-11", "2022-12",
              cs="affecting", bullets=[
                  "Night stock counts in supermarkets and clothing shops after closing time, handheld scanner",
                  "Double-checked counting zones and reported gaps to the team leader"]),
        ]),
        ("edu", "Education", [
            ("2024 - 2026", "Master Tourism & Hospitality Management", "Université de Garonne, Bordeaux", None),
            ("2021 - 2024", "Licence (Bachelor) Languages, Literature & Foreign Civilisations – English/Spanish",
             "Université de Garonne", "Erasmus semester: Universidad del Duero, Spain (01/2023 - 06/2023)"),
            ("2021", "Baccalauréat général, mention bien", "Lycée Montaigne-Sud, Bordeaux", None),
        ]),
        ("list", "Certificates", ["BAFA – children's holiday leader certificate (2020)",
                                  "PSC1 first aid (2022)", "TOEIC 945/990 (2023)"]),
        ("list", "Languages", ["French: native", "English: C1", "Spanish: B2+", "Italian: A2"]),
        ("list", "Interests", ["Hiking in the Pyrenees, wine heritage, photography"]),
    ]))

# ---------------------------------------------------------------- w004
add(dict(
    file="w004.md",
    family="Spanish tourism student with summer hospitality work, Markdown with h3 titles, bold employer and italic dates/seasons",
    layout="md, h3/title_org, seasons + mon / 'now'",
    render="md_h3",
    name="Nerea Iturbe Salcedo",
    contact=["Santander, Spain", "+34 622 318 407", "nerea.iturbe@correo-norte.es"],
    headline="Tourism student · Spanish / English / French",
    o=dict(ds="mon", sep=" – ", present="now"),
    blocks=[
        ("text", "About me",
         "Final-year tourism student from Cantabria. I have worked three summers on the coast, in bars, restaurants "
         "and at a public pool, and I give English classes during the year. Looking for summer 2027 work in a "
         "hotel or tourist office."),
        ("entries", "Experience", [
            E("Waitress", "Restaurante El Faro", "Comillas (Cantabria)", "2024-06", "2024-08", dt="Summer 2024",
              cs="facing", kind="in_person_service", bullets=[
                  "Took orders on the terrace (up to 20 tables) in Spanish, English and French",
                  "Recommended local dishes and wines to tourists",
                  "Prepared bills and card payments, helped closing the terrace"]),
            E("Bar Staff", "Chiringuito Las Dunas", "Somo", "2023-07", "2023-09", dt="July – September 2023",
              cs="facing", kind="in_person_service", bullets=[
                  "Prepared drinks and cocktails and served at the bar and on the beach",
                  "Kept the bar stocked and clean during long shifts"]),
            E("Lifeguard (socorrista)", "Piscina Municipal La Cantera", "Santander", "2022-06", "2022-08",
              dt="Summer 2022", cs="facing", kind="other_facing", bullets=[
                  "Supervised swimmers and gave first aid in two minor incidents",
                  "Explained pool rules to visitors and helped children in the shallow pool"]),
            E("Private English Tutor", "Self-employed", "Santander", "2021", "present", prec="year",
              etype="freelance", cs="facing", kind="education", bullets=[
                  "Weekly classes for 4–6 secondary school pupils, preparation for B1/B2 exams",
                  "Prepare my own materials and send short progress notes to parents"]),
        ]),
        ("entries", "Volunteering", [
            E("Warehouse Volunteer", "Banco de Alimentos Costa Norte", "Santander", "2020-10", "2021-05",
              section="volunteer", etype="volunteer", cs="affecting", bullets=[
                  "Sorted donations and checked expiry dates",
                  "Loaded vans for the partner charities on Saturday mornings"]),
        ]),
        ("edu", "Education", [
            ("2022 – 2026", "Bachelor's Degree in Tourism (Grado en Turismo)",
             "Escuela Universitaria de Turismo Altamira, Santander", None),
            ("Feb 2025 – Jun 2025", "Erasmus+ exchange", "Haute École de Tourisme de Namur, Belgium", None),
        ]),
        ("list", "Certificates", ["Aquatic lifeguard certificate (2022)", "Food handler certificate (2023)",
                                  "Cambridge C1 Advanced (2021)"]),
    ]))

# ---------------------------------------------------------------- w005
add(dict(
    file="w005.pdf",
    family="Italian management graduate student, LaTeX-looking moderncv-style PDF with a left date column (fpdf2, serif)",
    layout="fpdf2, moderncv/dates-left, mm/yyyy / 'present'",
    render="fp_moderncv",
    name="Federica Lanzoni",
    headline="MSc Management student – customer care and hospitality",
    contact=["Via Mazzini 22, 23100 Sondrio, Italy", "+39 347 210 6633", "federica.lanzoni@studenti-valtellina.it"],
    o=dict(ds="mm/yyyy", sep="–", present="present", glyph="•"),
    blocks=[
        ("edu", "Education", [
            ("09/2023–present", "MSc in Management (LM-77)", "Università degli Studi di Valtellina, Sondrio",
             "Thesis (in progress): service recovery in insurance claims"),
            ("09/2020–07/2023", "BSc in Business Economics, 105/110", "Università degli Studi di Valtellina", None),
        ]),
        ("entries", "Work experience", [
            E("Customer Care Intern (tirocinio curriculare)", "Assicurazioni Porta Nuova S.p.A.", "Milano",
              "2024-03", "2024-08", etype="internship", cs="facing", kind="contact_center", bullets=[
                  "Handled inbound calls from policyholders about motor claims and payment deadlines",
                  "Opened claim files and sent documents requests by e-mail",
                  "Took part in weekly call-quality reviews with my tutor"]),
            E("Seasonal Receptionist", "Hotel Bellavista Lago", "Bellagio (CO)", "2023-06", "2023-09",
              cs="facing", kind="in_person_service", bullets=[
                  "Checked guests in and out, managed bookings in the PMS",
                  "Arranged boat tours and taxis, handled small complaints at the desk"]),
            E("Gelato Server", "Gelateria Il Cono d'Oro", "Como", "2022-06", "2022-08", dt="Summer 2022",
              cs="facing", kind="in_person_service"),
        ]),
        ("entries", "University positions", [
            E("Research Assistant, Department of Economics", "Università degli Studi di Valtellina", "Sondrio",
              "2024-10", "2025-02", section="other", cs="none", bullets=[
                  "Cleaned and merged firm-level export data in Stata",
                  "Drafted the literature table for a working paper on Alpine SMEs"]),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer – Info Point", "Festival Parole sul Lago", "Como", "2023-09", "2023-09",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Gave directions and programme information to visitors, scanned tickets at the main stage"]),
        ]),
        ("kv", "Languages", [("Italian", "mother tongue"), ("English", "C1 (IELTS 7.5, 2022)"),
                             ("German", "B1")]),
        ("kv", "Computer skills", [("Office", "Excel (pivot tables), PowerPoint"), ("Data", "Stata, basic R"),
                                   ("Other", "Salesforce (internship)")]),
    ]))

# ---------------------------------------------------------------- w006
add(dict(
    file="w006.docx",
    family="Austrian business-informatics student, DOCX layout table with shaded sidebar, Werkstudent IT support, Zivildienst",
    layout="docx, sidebar/title_org, mm/yyyy / 'heute'",
    render="dx_sidebar",
    name="Tobias Kernbichler",
    headline="Wirtschaftsinformatik (B.Sc.) · IT support",
    contact=["Landstraße 87, 4020 Linz, Austria", "+43 660 318 4472", "t.kernbichler@gmx-mail.at"],
    o=dict(ds="mm/yyyy", sep=" – ", present="heute", shade="DCE6F0", order="title_org"),
    side=[
        ("Skills", ["ServiceNow", "Windows 10/11, Intune", "Active Directory basics", "Python, SQL"]),
        ("Languages", ["German (native)", "English (C1)", "Italian (A2)"]),
        ("Certificates", ["CCNA: Introduction to Networks (2022)", "ITIL 4 Foundation (03/2024)"]),
        ("Driving licence", ["B"]),
    ],
    blocks=[
        ("text", "Profile",
         "Business informatics student (6th semester) with two years in a corporate help desk. Calm on the phone, "
         "patient with users who are not technical. Looking for a working student role in IT service management."),
        ("entries", "Experience", [
            E("Werkstudent IT-Support", "Alpenland Versicherung AG", "Linz", "2023-10", "present",
              cs="facing", kind="internal_support", bullets=[
                  "Resolving first-level tickets from about 600 employees (ServiceNow), by phone and at the desk",
                  "Setting up laptops and phones for new colleagues and walking them through the first login",
                  "Documenting fixes in the knowledge base"]),
            E("Werkstudent Software Development", "Nordlicht Logistik GmbH", "Wels", "2022-03", "2023-09",
              cs="none", bullets=[
                  "Built internal reporting scripts in Python and SQL for the controlling department",
                  "Migrated old Excel macros to a small web tool"]),
            E("Zivildienst (civilian service) – ambulance service", "Rettungsdienst Innviertel", "Ried im Innkreis",
              "2019-09", "2020-05", etype="unknown", cs="facing", kind="healthcare_care", bullets=[
                  "Patient transport together with a paramedic, helping patients in and out of the vehicle",
                  "Talked patients through the ride and handed them over at the hospital ward"]),
            E("Lift Attendant (winter weekends)", "Bergbahnen Gamsalm", "Spital am Pyhrn", "2018-12", "2019-03",
              cs="facing", kind="other_facing", bullets=[
                  "Checked ski passes at the turnstile",
                  "Helped children and beginners onto the chairlift",
                  "Cleared snow from the boarding area"]),
            E("Ferialpraktikum (holiday internship) – production", "Traunstahl Komponenten GmbH", "Steyr",
              "2018-07", "2018-08", etype="internship", cs="none", bullets=[
                  "Deburring and measuring turned parts at a CNC cell",
                  "Filled in the shift quality sheets"]),
        ]),
        ("edu", "Education", [
            ("10/2020 – heute", "Bachelor Wirtschaftsinformatik",
             "Technische Hochschule Traunviertel, Steyr", None),
            ("09/2014 – 06/2019", "Matura, HTL for Information Technology", "HTL Innkreis-Nord, Braunau", None),
        ]),
    ]))

# ---------------------------------------------------------------- w007
add(dict(
    file="w007.html",
    family="Portuguese communication student with an Erasmus semester in Prague (bar and hostel work), personal-site HTML CV",
    layout="html, site articles/title_org, mon + WS semester / 'present'",
    render="ht_site",
    name="Beatriz Gouveia",
    headline="Communication Sciences student · Porto",
    contact=["Rua de Cedofeita 410, 4050-174 Porto, Portugal", "+351 912 447 380", "beatriz.gouveia@atlnorte-mail.pt"],
    o=dict(ds="mon", sep=" – ", present="present"),
    blocks=[
        ("text", "Hi!",
         "I study Communication Sciences and I spent my Erasmus semester in Prague, where I worked in a bar and "
         "at a hostel reception. I am applying for part-time guest-service and communication jobs in Porto."),
        ("entries", "Experience", [
            E("Social Media Intern", "Agência Maré Digital", "Lisboa", "2025-03", "2025-07", etype="internship",
              cs="affecting", bullets=[
                  "Drafted posts and stories for four client brands (food, fitness, two hotels)",
                  "Scheduled content in Meta Business Suite",
                  "Compiled monthly reach and engagement reports for the account manager"]),
            E("Bartender", "Bar Kohoutek", "Prague", "2023-10", "2024-03", dt="WS 2023/24 (Erasmus semester)",
              cs="facing", kind="in_person_service", bullets=[
                  "Pulled beer and mixed drinks for a mostly international crowd",
                  "Took table orders in English and basic Czech",
                  "Closing shift: cash-up and cleaning"]),
            E("Hostel Receptionist (work exchange)", "Vltava Backpackers Hostel", "Prague", "2023-11", "2024-01",
              etype="volunteer", cs="facing", kind="in_person_service", bullets=[
                  "Checked guests in and out in exchange for a free bed (three shifts a week)",
                  "Answered questions about the city and sold walking-tour tickets"]),
            E("Seasonal Sales Assistant", "Livraria Tinta Azul", "Porto", "2022-12", "2022-12",
              cs="facing", kind="in_person_service", bullets=[
                  "Christmas season: advised customers on books, gift-wrapped purchases and worked the till"]),
        ]),
        ("entries", "Volunteering", [
            E("Buddy Programme Volunteer", "Associação Académica do Atlântico Norte", "Porto", "2024", "present",
              prec="year", section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Mentor for incoming Erasmus students: airport pick-up, first-week paperwork, city tours"]),
        ]),
        ("edu", "Education", [
            ("Sep 2022 – present", "BA Communication Sciences", "Universidade do Atlântico Norte, Porto", None),
            ("Oct 2023 – Feb 2024", "Erasmus+ semester", "Faculty of Arts, Vltava Institute of Media, Prague", None),
        ]),
        ("list", "Skills", ["Portuguese (native), English (C1), Spanish (B2), Czech (A1)",
                            "Canva, Adobe Premiere, Meta Business Suite", "Barista course, Porto Coffee Lab (2022)"]),
        ("text", "References",
         "Ana Lobo, Account Manager, Agência Maré Digital – contact details on request."),
    ]))

# ---------------------------------------------------------------- w008
add(dict(
    file="w008.pdf",
    family="German marketing master's student, one-page modern PDF with coloured left sidebar, working student in e-commerce customer experience",
    layout="reportlab, sidebar/title_org, mm.yyyy + 'since' / 'today'",
    render="rl_sidebar",
    name="Annika Brüggemann",
    headline="M.A. Marketing & Communication",
    contact=["Hamburg-Eimsbüttel", "+49 157 3390 1184", "annika.brueggemann@web-post.de", "born 1999"],
    o=dict(ds="mm.yyyy", sep=" – ", present="today", accent=(0.13, 0.35, 0.40)),
    side=[
        ("Skills", ["Zendesk, Shopify", "Google Analytics 4", "MS Office, Miro", "Canva"]),
        ("Languages", ["German – native", "English – C1", "French – B1", "Danish – A2"]),
        ("Certificates", ["Google Analytics Certification (2023)", "Cambridge CAE (2018)"]),
    ],
    blocks=[
        ("text", "Profile",
         "Master's student with four years of customer contact in e-commerce and retail. I like fixing problems "
         "for customers fast and turning complaints into better processes."),
        ("entries", "Experience", [
            E("Working Student Customer Experience", "Velora Mode GmbH", "Hamburg", "2022-09", "present",
              dt="since 09.2022", cs="facing", kind="contact_center", bullets=[
                  "Answer customer e-mails and live chat in German and English in Zendesk (about 60 contacts a shift)",
                  "Process returns, refunds and delivery complaints, escalate damaged-goods cases to the warehouse",
                  "Wrote 30 new macro texts and a returns FAQ for the help centre"]),
            E("Internship Event Management", "Messe Nordhafen GmbH", "Hamburg", "2022-03", "2022-08",
              etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Coordinated stand set-up schedules with exhibitors",
                  "Ran the exhibitor service counter during the fair days (badges, Wi-Fi codes, lost items)"]),
            E("Cashier (Minijob)", "Drogeriemarkt Lindner", "Lüneburg", "2019-10", "2022-02",
              cs="facing", kind="in_person_service", bullets=[
                  "Till, restocking, questions about cosmetics and the loyalty card"]),
        ]),
        ("edu", "Education", [
            ("10.2022 – today", "M.A. Marketing & Communication", "Hochschule Alstermarsch, Hamburg", None),
            ("10.2018 – 09.2022", "B.A. Business Studies", "Hochschule Ilmenau-Heide, Lüneburg", None),
        ]),
        ("entries", "Engagement", [
            E("Member, Student Council (Fachschaftsrat)", "Fachschaft Wirtschaft, Hochschule Alstermarsch",
              "Hamburg", "2022-10", "2024-09", section="volunteer", etype="volunteer", cs="facing",
              kind="volunteering", bullets=[
                  "Weekly office hour answering first-semester students' questions about exams and timetables",
                  "Organised the welcome week for 300 new students"]),
        ]),
    ]))

# ---------------------------------------------------------------- w009
add(dict(
    file="w009.docx",
    family="Dutch economics graduate applying for graduate jobs, Word heading styles with right tab-stop dates and list bullets",
    layout="docx, styles+tabs/title_org, mon / 'present'",
    render="dx_styles_tabs",
    name="Noor Bakkenes",
    contact=["Utrecht, the Netherlands", "+31 6 1940 2276", "noor.bakkenes@oostzand-alumni.nl"],
    o=dict(ds="mon", sep=" – ", present="present"),
    blocks=[
        ("text", "Summary",
         "MSc Economics graduate (July 2026) with three years of part-time customer service in the energy "
         "transition sector. Looking for a graduate traineeship in customer operations."),
        ("entries", "Work Experience", [
            E("Thesis Intern (afstudeerstage)", "Delta Haven Logistics B.V.", "Rotterdam", "2026-02", "2026-07",
              etype="internship", cs="none", bullets=[
                  "Built a Power BI dashboard for the finance team's transport cost reporting",
                  "Wrote my master's thesis on fuel surcharge models (grade 8.0)"]),
            E("Customer Service Representative", "Zonnestroom Direct", "Utrecht", "2022-10", "2026-01",
              cs="facing", kind="contact_center", bullets=[
                  "Answered calls from homeowners about installation dates, invoices and feed-in problems",
                  "Rescheduled installer visits in the planning system",
                  "Called customers back after complaints and logged the outcome in Salesforce"]),
            E("Student Assistant, Student Service Desk", "Faculty of Economics, Universiteit van Oostzand",
              "Utrecht", "2021-09", "2022-06", cs="facing", kind="in_person_service", bullets=[
                  "Front desk: helped students with enrolment questions, grade registration and room bookings"]),
        ]),
        ("entries", "Board Experience", [
            E("Treasurer", "Study Association Cobalt", "Utrecht", "2023", "2024", prec="year", section="other",
              etype="volunteer", cs="none", bullets=[
                  "Kept the books and prepared the annual budget (EUR 48,000)",
                  "Reconciled ticket sales of events and handled reimbursements"]),
        ]),
        ("edu", "Education", [
            ("Sep 2024 – Jul 2026", "MSc Economics", "Universiteit van Oostzand", None),
            ("Sep 2020 – Jul 2024", "BSc Economics and Business Economics", "Universiteit van Oostzand", None),
        ]),
        ("list", "Skills", ["Dutch (native), English (C2), German (B1)", "Excel, Power BI, Stata, Salesforce"]),
    ]))

# ---------------------------------------------------------------- w010
add(dict(
    file="w010.txt",
    family="Italian food-science student, Europass CV pasted as plain text with 'Dates / Occupation / Employer / Main activities' fields",
    layout="txt, europass fields/dateline, mm/yyyy / 'today'",
    render="tx_europass",
    name="Lorenzo Vaccari",
    contact=[("Address", "Via del Pratello 57, 40122 Bologna (Italy)"), ("Telephone", "+39 333 904 1172"),
             ("E-mail", "lorenzo.vaccari@rocca-studenti.it"), ("Nationality", "Italian"),
             ("Date of birth", "02/11/2001")],
    o=dict(ds="mm/yyyy", sep=" - ", present="today"),
    blocks=[
        ("text", "Desired employment / Occupational field",
         "Part-time job in customer contact (phone, shop or restaurant) during my master's degree"),
        ("entries", "Work experience", [
            E("Food delivery rider", "Sfreccia S.r.l.", "Bologna", "2025-01", "present", etype="freelance",
              cs="facing", kind="in_person_service", bullets=[
                  "collecting orders from partner restaurants and delivering them by e-bike",
                  "handing orders over at customers' doors, calling customers when the address is wrong",
                  "evening and weekend shifts"]),
            E("Telephone interviewer", "Demoskopea Ricerche S.r.l.", "Bologna", "2023-10", "2024-06",
              cs="facing", kind="contact_center", bullets=[
                  "phone surveys with members of the public for market and opinion research",
                  "entering answers in the CATI software",
                  "keeping the daily quota of completed interviews"]),
            E("Curricular internship – quality control laboratory", "Caseificio Valpadana Soc. Coop.",
              "Reggio Emilia", "2023-03", "2023-05", etype="internship", cs="affecting", bullets=[
                  "milk sampling at reception and fat/protein analysis",
                  "recording results for batch release of Parmigiano Reggiano",
                  "cleaning and calibrating lab instruments"]),
            E("Waiter", "Ristorante Da Nino", "Rimini", "2022-06", "2022-09", cs="facing",
              kind="in_person_service", bullets=[
                  "table service for 60 covers on the terrace",
                  "taking orders from German and English speaking tourists"]),
        ]),
        ("edu", "Education and training", [
            ("10/2024 - today", "Master's degree in Food Science and Technology",
             "Università degli Studi di Rocca Emilia, Bologna", None),
            ("09/2020 - 07/2024", "Bachelor's degree in Food Technology (100/110)",
             "Università degli Studi di Rocca Emilia", None),
            ("2015 - 2020", "Diploma di maturità (technical institute, chemistry)", "ITIS Reno Vecchio, Bologna", None),
        ]),
        ("kv", "Personal skills", [("Mother tongue", "Italian"), ("Other languages", "English B2, German A2"),
                                   ("Driving licence", "B"),
                                   ("Other", "HACCP certificate (2022); food-safety course, 03/2023")]),
    ]))

# ---------------------------------------------------------------- w011
add(dict(
    file="w011.pdf",
    family="German tourism student with a hotel apprenticeship, one-page fpdf2 template with coloured header band",
    layout="fpdf2, band/title_org, mon / 'heute'",
    render="fp_band",
    name="Katharina Obermaier",
    headline="Tourism Management (B.A.) · Hotelfachfrau",
    contact=["München", "+49 171 552 0936", "k.obermaier@isarwinkel-mail.de"],
    o=dict(ds="mon", sep=" – ", present="heute", glyph="▪", accent=(120, 30, 60)),
    blocks=[
        ("text", "Profile",
         "Trained hotel specialist (Hotelfachfrau) now studying tourism management. Six years in hotels, from "
         "housekeeping to guest relations; at the moment in revenue management. I miss the guests and would like "
         "to return to a front-of-house role."),
        ("entries", "Experience", [
            E("Werkstudentin Revenue Management", "Hotelgruppe Sternwarth", "München", "2025-01", "present",
              cs="affecting", bullets=[
                  "Loading rates and restrictions into the channel manager for three city hotels",
                  "Daily pick-up and forecast reports for the revenue manager",
                  "Competitor rate checks before trade fairs"]),
            E("Werkstudentin Guest Relations", "Parkhotel Am Ufer", "München", "2022-10", "2024-12",
              cs="facing", kind="in_person_service", bullets=[
                  "Welcomed VIP and repeat guests and arranged amenities",
                  "Handled guest complaints at the desk, compensation up to EUR 150",
                  "Reservations by phone and e-mail in Opera PMS"]),
            E("Apprenticeship Hotelfachfrau (Ausbildung)", "Hotel Zum Goldenen Hirsch", "Garmisch-Partenkirchen",
              "2019-09", "2022-07", etype="internship", cs="facing", kind="in_person_service", bullets=[
                  "Rotation through front desk, restaurant, housekeeping and kitchen",
                  "Front desk: check-in and check-out for 80 rooms, ski-pass sales",
                  "Final exam at the IHK with grade 'gut'"]),
        ]),
        ("entries", "Volunteering", [
            E("Volunteer, food distribution", "Münchner Tisch e.V.", "München", "2023-03", "present",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Hand out food at the Saturday distribution point and register new clients"]),
        ]),
        ("edu", "Education", [
            ("Oct 2022 – heute", "B.A. Tourism Management", "Hochschule Isarwinkel, München", None),
            ("Jul 2019", "Mittlere Reife", "Realschule am Staffelsee-Süd", None),
        ]),
        ("list", "Certificates & Skills", ["Opera PMS Fundamentals (2023)", "AEVO trainer aptitude certificate (IHK, 2022)",
                                           "English C1, Italian B1", "MS Office, Protel, Opera"]),
    ]))

# ---------------------------------------------------------------- w012
add(dict(
    file="w012.md",
    family="French engineering student, Markdown with inline 'title — employer, town · dates' lines, engineering internships and student jobs",
    layout="md, inline/title_org, mon / 'present'",
    render="md_inline",
    name="Théo Marchetti-Blanc",
    contact=["Grenoble, France", "+33 7 68 12 45 09", "theo.marchetti-blanc@esiv-etu.fr", "github.com/tmblanc"],
    headline="Mechanical engineering student (final year) – ESIV",
    o=dict(ds="mon", sep=" – ", present="present"),
    blocks=[
        ("entries", "Engineering internships", [
            E("Assistant Engineer Intern", "Hydralis Systèmes", "Grenoble", "2025-04", "2025-09",
              etype="internship", cs="none", bullets=[
                  "Ran efficiency tests on a pump test bench and automated the data logging in Python",
                  "Wrote the test reports for the design team"]),
            E("Production Operator (stage ouvrier)", "Papeteries du Rhône", "Voiron", "2023-06", "2023-07",
              etype="internship", cs="none", bullets=[
                  "Worked on the winding line of the paper machine in 3x8 shifts",
                  "Safety checks and roll labelling"]),
        ]),
        ("entries", "Student jobs", [
            E("Ski Rental Sales Assistant", "Glisse & Co Location", "Chamrousse", "2023-12", "2024-03",
              dt="Dec 2023 – Mar 2024 (weekends & school holidays)", cs="facing", kind="in_person_service",
              bullets=["Fitted boots and adjusted bindings for customers",
                       "Advised beginners and families on the right equipment",
                       "Took payments and deposits, checked returned gear"]),
            E("Maths & Physics Tutor", "Cap Réussite Soutien Scolaire", "Grenoble", "2022-09", "2024-06",
              cs="facing", kind="education", bullets=[
                  "Home tutoring for lycée pupils preparing the bac, 4–6 hours a week"]),
        ]),
        ("entries", "Student life", [
            E("Events Officer, Bureau des Élèves", "BDE ESIV", "Grenoble", "2023-09", "2024-06", section="other",
              etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Organised the winter gala (600 guests) and weekly afterworks",
                  "Ran the ticket desk and handled refund requests from students",
                  "Negotiated venue and catering contracts"]),
        ]),
        ("edu", "Education", [
            ("Sep 2022 – present", "Diplôme d'ingénieur, Mechanical Engineering",
             "École Supérieure d'Ingénieurs de Valmoreau (ESIV)", None),
            ("2020 – 2022", "Classes préparatoires (MPSI/MP)", "Lycée Vaucanson-Est, Grenoble", None),
        ]),
        ("list", "Projects", ["2024 – Design of a low-cost wind tunnel (team of 5)",
                              "2023 – Formula-style kart suspension redesign"]),
        ("list", "Skills", ["SolidWorks, CATIA, Python, MATLAB", "French (native), English (C1, TOEIC 965), Italian (B2)"]),
    ]))

# ---------------------------------------------------------------- w013
add(dict(
    file="w013.pdf",
    family="Catalan psychology master's graduate applying for customer-success roles, LaTeX-article-looking PDF (Times, centred header)",
    layout="reportlab, latex/title_org, mon. / 'Present'",
    render="rl_latex",
    name="Alba Roig Castells",
    contact=["Barcelona", "+34 655 204 918", "alba.roig@montnegre-alumni.cat", "linkedin.com/in/albaroigc"],
    o=dict(ds="mon.", sep=" – ", present="Present"),
    blocks=[
        ("edu", "Education", [
            ("Sep. 2023 – July 2025", "MSc Work and Organisational Psychology",
             "Universitat de Montnegre, Barcelona", "Master's thesis on onboarding and early churn in B2B software"),
            ("Sep. 2019 – June 2023", "BSc Psychology", "Universitat de Montnegre", None),
        ]),
        ("entries", "Professional Experience", [
            E("Customer Success Intern", "Trampolí Software S.L.", "Barcelona", "2025-02", "2025-07",
              etype="internship", cs="facing", kind="sales_account", bullets=[
                  "Ran onboarding video calls with new client companies and trained their HR users",
                  "Followed up accounts with low usage and flagged renewal risks to the account managers",
                  "Rewrote three help-centre articles in Spanish and Catalan"]),
            E("Psychology Practicum (Prácticas)", "Hospital de Sant Pere Màrtir", "Sabadell", "2023-10", "2024-05",
              etype="internship", cs="facing", kind="healthcare_care", bullets=[
                  "Administered neuropsychological screening tests to outpatients under supervision",
                  "Co-led a weekly relaxation group for patients with chronic pain"]),
        ]),
        ("entries", "Research", [
            E("Research Assistant, Social Psychology Lab", "Universitat de Montnegre", "Barcelona", "2023-01",
              "2023-06", section="other", cs="none", bullets=[
                  "Coded interview transcripts in ATLAS.ti and kept the codebook",
                  "Literature search for a review on remote-work wellbeing"]),
        ]),
        ("entries", "Other Work", [
            E("Summer Camp Monitor", "Colònies Els Pins", "Olot", "2022-06", "2022-08", dt="Summer 2022",
              cs="facing", kind="education", bullets=[
                  "Led a group of 12 children aged 8–10: workshops, hikes, night games"]),
            E("Sales Assistant (weekends)", "Tendes Roca", "Terrassa", "2019-09", "2021-06", cs="facing",
              kind="in_person_service"),
        ]),
        ("list", "Languages and Skills", ["Catalan, Spanish (native); English (C1, Cambridge Advanced 2021); French (B1)",
                                          "HubSpot, Intercom, Excel, SPSS, ATLAS.ti",
                                          "Monitor de lleure (leisure monitor) diploma, 2021"]),
    ]))

# ---------------------------------------------------------------- w014
add(dict(
    file="w014.docx",
    family="Polish finance student with an Erasmus semester in Valencia, DOCX with one bordered table per job (Period/Position/Employer rows)",
    layout="docx, table per job/labelled rows, mm/yyyy / 'present'",
    render="dx_table_per_job",
    name="Zofia Wróblewska",
    contact=["ul. Długa 54/7, 31-147 Kraków, Poland", "+48 604 771 230", "zofia.wroblewska@afw-student.pl"],
    headline="Finance & Accounting student (3rd year)",
    o=dict(ds="mm/yyyy", sep=" – ", present="present"),
    blocks=[
        ("entries", "Work experience", [
            E("Accounting Intern (praktyka)", "Biuro Rachunkowe Kalinowski", "Kraków", "2024-07", "2024-09",
              etype="internship", cs="affecting", bullets=[
                  "Entered purchase and sales invoices for small business clients",
                  "Prepared VAT summaries and bank reconciliations for the accountant's review"]),
            E("Night Receptionist", "Hostal Sol y Luna", "Valencia, Spain", "2024-02", "2024-06",
              cs="facing", kind="in_person_service", bullets=[
                  "Late check-ins, phone and e-mail enquiries, night audit of the cash",
                  "Helped guests with lost keys, taxis and pharmacies at night",
                  "Set up the breakfast room before 7:00"]),
            E("Barista", "Kawiarnia Pod Lipą", "Kraków", "2021-10", "2024-01", cs="facing",
              kind="in_person_service", bullets=[
                  "Coffee preparation, cash register, opening and closing shifts",
                  "Trained two new baristas"]),
            E("Mystery Shopper (freelance)", "ShopCheck Polska", "Kraków", "2023-03", "2023-12",
              etype="freelance", cs="affecting", bullets=[
                  "Visited clothing and phone shops as a normal shopper and rated the staff's service against a checklist",
                  "Wrote visit reports with photos of the shop floor for the retail chains"]),
        ]),
        ("entries", "Volunteering", [
            E("Buddy Volunteer", "International Students Club Kraków", "Kraków", "2022-10", "2023-06",
              section="volunteer", etype="volunteer", cs="facing", kind="volunteering", bullets=[
                  "Helped incoming exchange students with registration and accommodation, led city walks"]),
        ]),
        ("edu", "Education", [
            ("10/2022 – present", "Bachelor in Finance and Accounting", "Akademia Finansów Wiślanej, Kraków", None),
            ("02/2024 – 06/2024", "Erasmus+ semester (SS 2024)", "Universitat del Túria, Valencia", None),
        ]),
        ("list", "Certificates", ["ACCA Applied Knowledge – passed BT and MA (2025)", "IELTS 7.0 (2022)",
                                  "Spanish DELE B2 (2024)"]),
    ]))

# ---------------------------------------------------------------- w015
add(dict(
    file="w015.html",
    family="Belgian (Flemish) HR master's student with student jobs, HTML export from an online CV builder (date column left)",
    layout="html, builder grid/dates-left, mm/yyyy + season / 'present'",
    render="ht_builder",
    name="Elise Van Houtte",
    headline="Master HR Management student – recruitment & people",
    contact=["Gent, Belgium", "+32 478 21 90 46", "elise.vanhoutte@scheldeland-mail.be"],
    o=dict(ds="mm/yyyy", sep=" – ", present="present"),
    blocks=[
        ("text", "Profile",
         "Curious, organised and at ease with people. Student jobs since I was 17 (shop, museum, playground). "
         "Looking for a student job in recruitment or front office."),
        ("entries", "Work experience", [
            E("HR Intern (Recruitment)", "Bollaert Engineering NV", "Gent", "2025-02", "2025-05",
              etype="internship", cs="facing", kind="other_facing", bullets=[
                  "Phoned candidates to schedule interviews and answered their questions about the process",
                  "Screened CVs for technician vacancies",
                  "Kept the applicant tracking system up to date"]),
            E("Student job – Cashier", "Buurtsuper De Linde", "Destelbergen", "2021-09", "2024-06",
              cs="facing", kind="in_person_service", bullets=[
                  "Saturdays and holidays at the till and the bread counter"]),
            E("Museum Attendant", "Stedelijk Museum Kortveld", "Kortrijk", "2023-07", "2023-08",
              cs="facing", kind="other_facing", bullets=[
                  "Room supervision, answering visitors' questions, counting visitors"]),
            E("Playground Monitor (speelpleinwerking)", "Speelplein Zonnedauw", "Merelbeke", "2022-06",
              "2022-08", dt="Summer 2022", cs="facing", kind="education", bullets=[
                  "Planned and led games and crafts for children aged 6–12"]),
            E("Production Worker (holiday job)", "Ardenne Chocolaterie NV", "Aalst", "2021-07", "2021-07",
              cs="none", bullets=["Packaging pralines on the production line, quality checks of boxes"]),
        ]),
        ("edu", "Education", [
            ("09/2024 – present", "Master Human Resources Management", "Hogeschool Scheldeland, Gent", None),
            ("09/2021 – 06/2024", "Bachelor Applied Psychology", "Hogeschool Scheldeland, Gent", None),
        ]),
        ("list", "Languages", ["Dutch – native", "French – C1", "English – C1", "German – A2"]),
        ("list", "Courses", ["Animator certificate (2022)", "Recruiting with LinkedIn, online course (2024)"]),
    ]))
