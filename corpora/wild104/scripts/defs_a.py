"""wild104 résumés w001–w015 (fictional newcomers; one dict renders file and gold line)."""
from lib import E

F, A, N = "facing", "affecting", "none"

RESUMES = []

# ------------------------------------------------------------------ w001
RESUMES.append(dict(
    file="w001.pdf", family="Colombian newcomer in Toronto, retail and grocery, Word-to-PDF single column, Spanish titles in brackets",
    renderer="reportlab", layout="plain", order="title_org", dates="mon", present="Present",
    name="Luisa Fernanda Ocampo Ríos",
    contact=["Toronto, ON  M6H 2K9", "(647) 555-0183  ·  luisa.ocampo@mailbox.ca", "Open work permit – available evenings and weekends"],
    blocks=[
        ("text", "Profile", ["Friendly and hard-working retail professional with 7 years of experience in Colombia and Canada. "
                             "Bilingual Spanish / English (CLB 7). Comfortable with cash, POS and helping customers from many cultures."]),
        ("exp", "Canadian Experience", [
            E("Cashier / Front End Associate", "FreshWay Market", "Toronto, ON", "2024-06", "present", F, "in_person_service",
              ["Process cash, debit and credit payments on a 6-lane front end; balance float at close",
               "Help Spanish-speaking customers with the PC-style loyalty card and flyer deals",
               "Bag orders, face the checkout area and refill impulse racks between customers"]),
            E("Night Stocker (part-time)", "FreshWay Market", "Toronto, ON", "2023-11", "2024-05", A, None,
              ["Unloaded the 2 a.m. truck and filled the dairy and frozen aisles before opening",
               "Rotated product by best-before date and removed damaged cases"]),
        ]),
        ("exp", "Experience in Colombia", [
            E("Jefe de Sección (Section Supervisor – Home & Textiles)", "Almacenes La Rivera S.A.", "Medellín, Colombia", "2019-02", "2023-07", F, "in_person_service",
              ["Supervised 6 sales advisors in the home and textiles floor, made the weekly schedule",
               "Attended customer claims and changes of merchandise when the advisor could not solve",
               "Controlled inventory of the section and made the orders to the central warehouse"],
              porg="Almacenes La Rivera S.A. (department store)"),
            E("Asesora Comercial (Sales Advisor)", "Almacenes La Rivera S.A.", "Medellín, Colombia", "2017-03", "2019-01", F, "in_person_service",
              ["Advised clients in the selection of bedding, curtains and small appliances",
               "Opened store credit cards and offered the extended guarantee"],
              porg="Almacenes La Rivera S.A. (department store)"),
            E("Auxiliar de Bodega (Stockroom Assistant)", "Distribuidora El Cóndor", "Itagüí, Colombia", "2015-08", "2016-12", A, None,
              ["Received merchandise from suppliers, verified against the invoice and stored in the racks",
               "Prepared the dispatches of orders for the shops of the zone"]),
        ]),
        ("text", "Education", ["Tecnólogo en Gestión Comercial (Commercial Management Technologist), SENA, Medellín – 2016",
                               "English for Newcomers, LINC Level 6, Toronto – 2024"]),
        ("text", "Skills", ["POS (Shopify POS, SAP retail) · cash handling · inventory counts · Spanish (native), English (good)"]),
    ]))

# ------------------------------------------------------------------ w002
RESUMES.append(dict(
    file="w002.docx", family="Polish warehouse worker in the UK applying for customer service, Word heading styles and list bullets, tab-stop dates",
    renderer="docx", layout="styles", order="title_org", dates="month", present="Present",
    name="Tomasz Wierzbicki",
    contact=["Flat 3, 41 Carrow Road, Peterborough PE1 4RT", "07700 900417 | tomasz.wierzbicki@mailbox.co.uk"],
    blocks=[
        ("text", "Personal Statement", ["I am reliable and punctual person with experience in logistics and customer contact in Poland and in the UK. "
                                        "I am looking for a position in customer service where I can use my Polish, English and basic Russian."]),
        ("exp", "Employment History", [
            E("Warehouse Operative (Picker/Packer)", "Fenland Fulfilment Ltd", "Peterborough", "2022-03", "present", A, None,
              ["Picking customer orders with RF scanner, average 160 units per hour",
               "Packing parcels for online shop, checking items are not damaged before dispatch",
               "Trained 4 new starters on the scanner and safety rules"]),
            E("Returns Processor", "Fenland Fulfilment Ltd", "Peterborough", "2021-05", "2022-02", A, None,
              ["Opening returned parcels, checking condition and grading the item for resale or refund",
               "Writing the reason for return in the system so customer gets refund"]),
            E("Konsultant ds. Obsługi Klienta / Customer Service Consultant", "Telkom-Serwis Sp. z o.o.", "Poznań, Poland", "2017-09", "2021-03", F, "contact_center",
              ["Answering inbound calls of clients of internet and TV provider, about 70 calls per day",
               "Solving problems with invoices, changing tariffs, arranging technician visit",
               "Keeping the calls in CRM and sending confirmation e-mail to the client"]),
            E("Sprzedawca (Shop Assistant)", "Sklep Spożywczy \u201eU Basi\u201d", "Gniezno, Poland", "2015-06", "2017-08", F, "in_person_service",
              ["Serving clients at the counter with meat and cheese, cutting and weighing",
               "Cash register and end of day cash report"]),
        ]),
        ("text", "Education", ["Technikum Logistyczne (Logistics Technical School), Gniezno – Technik Logistyk diploma, 2015",
                               "ESOL Entry 3, Peterborough College, 2021"]),
        ("bul", "Skills", ["Forklift licence (counterbalance, reach)", "MS Office, SAP WM", "Languages: Polish (native), English (B2), Russian (basic)"]),
        ("text", "References", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w003
RESUMES.append(dict(
    file="w003.txt", family="Filipino caregiver in Canada (Live-in Caregiver route), pasted plain text, Tagalog titles, caps headings",
    renderer="txt", hstyle="caps", order="inline", dates="mon", present="present", bullet="*",
    name="MARICEL DELA PAZ SANTOS",
    contact=["Surrey, BC V3W 1H5", "Mobile: 604-555-0142", "Email: maricel.santos@mailbox.ph"],
    blocks=[
        ("text", "Objective", ["To work as Personal Support Worker / Health Care Aide in a long term care home and give compassionate care to the residents."]),
        ("exp", "Work Experience", [
            E("Health Care Aide (Casual)", "Fraserview Seniors Lodge", "Surrey, BC", "2024-09", "present", F, "healthcare_care",
              ["Assist residents with bathing, dressing, toileting and feeding",
               "Reposition residents every 2 hours and record intake and output",
               "Report changes of condition to the LPN and talk with families during visits"]),
            E("Live-in Caregiver", "Private household (Mr. and Mrs. Whitlock)", "North Vancouver, BC", "2021-04", "2024-08", F, "healthcare_care",
              ["Took care of elderly employer with Parkinson's, medications reminder, exercises and walks",
               "Prepared soft meals, did laundry and light housekeeping",
               "Accompanied to doctor appointments and explained the instructions to the family"]),
            E("Domestic Helper", "Private household", "Kowloon, Hong Kong", "2016-06", "2021-02", F, "in_person_service",
              ["Cooked, cleaned and did the marketing for a family of five",
               "Brought the two children to school and helped them with homework"]),
            E("Barangay Health Worker (Volunteer)", "Barangay San Isidro Health Center", "Tarlac City, Philippines", "2014-01", "2016-03", F, "volunteering",
              ["Helped the midwife during immunization days, weighing babies and recording in the log book",
               "Made house to house visits to remind mothers of prenatal check ups"],
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["Health Care Assistant Certificate – Kwantlen Community Skills Institute, 2024",
                               "Caregiving NC II – TESDA, Tarlac City, 2015",
                               "Bachelor of Science in Psychology (2 years, undergraduate) – Tarlac Central College"]),
        ("text", "Certificates", ["First Aid & CPR Level C (2024)  *  Food Safe Level 1  *  Dementia Care (P.I.E.C.E.S. intro)"]),
        ("text", "Languages", ["English, Tagalog (Filipino), Kapampangan, basic Cantonese"]),
    ]))

# ------------------------------------------------------------------ w004
RESUMES.append(dict(
    file="w004.pdf", family="Brazilian in Dublin on a Stamp 2 then Stamp 1, hospitality and coffee, fpdf2 centred header, employer line first",
    renderer="fpdf2", layout="centred", order="org_title", dates="mm/yyyy", present="Present", bullet="-",
    name="Gabriel Henrique Moura",
    contact=["Dublin 7  |  +353 87 555 0291  |  gabriel.moura@mailbox.ie", "Stamp 1 – full working rights"],
    blocks=[
        ("text", "About me", ["Brazilian barista and waiter, 6 years in hospitality. I love coffee, people and busy shifts."]),
        ("exp", "Experience", [
            E("Head Barista", "Roast & Ritual Coffee", "Smithfield, Dublin", "2024-02", "present", F, "in_person_service",
              ["Run the bar on weekends, up to 400 coffees on a Saturday",
               "Dial in espresso every morning and train new baristas on latte art",
               "Take orders at the till and talk with regulars about the single origin of the week"]),
            E("Kitchen Porter", "The Ferryman's Table", "Dublin 2", "2022-09", "2024-01", A, None,
              ["Washing pots and dishes, keeping the kitchen clean for the chefs",
               "Prep of vegetables and salads for lunch service"]),
            E("Garçom (Waiter)", "Cantina Bela Vista", "Belo Horizonte, Brazil", "2019-03", "2022-06", F, "in_person_service",
              ["Attended tables in a 90-seat Italian-Brazilian restaurant",
               "Suggested the wines and the dishes of the day, closed the bill with the client"]),
            E("Auxiliar de Cozinha (Kitchen Assistant)", "Cantina Bela Vista", "Belo Horizonte, Brazil", "2018-01", "2019-02", A, None,
              ["Cut meats and prepared the mise en place", "Organised the cold room and controlled the validity of products"]),
        ]),
        ("text", "Education", ["Técnico em Gastronomia – SENAC Minas, 2018", "General English (B2) – Grafton English School, Dublin, 2022–2023"]),
        ("text", "Extra", ["Special Purpose Award in Food Safety (HACCP Level 2)  ·  Portuguese native, English fluent, Spanish good"]),
    ]))

# ------------------------------------------------------------------ w005
RESUMES.append(dict(
    file="w005.docx", family="French teacher retraining in the UK, Word tab-stop dates, bold title and italic school line, cover-style summary",
    renderer="docx", layout="tabs", order="title_org", dates="mon", present="to date", bullet="•",
    name="Claire Vasseur-Lemoine",
    contact=["Bristol BS6  ·  07700 900 652  ·  claire.vasseur@mailbox.co.uk", "French national – EU Settlement Scheme (settled status)"],
    blocks=[
        ("text", "Summary", ["Qualified primary teacher (Professeur des écoles) with ten years of classroom experience in France, "
                             "now working in UK schools as a teaching assistant while I obtain QTS. Patient, organised, bilingual."]),
        ("exp", "Professional Experience", [
            E("Teaching Assistant (Level 3) – Year 2", "St Aldhelm's CE Primary School", "Bristol", "2024-01", "present", F, "education",
              ["Support a class of 28 pupils in phonics and maths, run daily intervention groups",
               "One-to-one support for a pupil with EHCP (autism), following the SEND plan",
               "Run the after-school French club (Key Stage 2)"]),
            E("Cover Supervisor (supply)", "Brightpath Education (agency)", "Bristol", "2023-03", "2023-12", F, "education",
              ["Covered classes in 9 secondary schools, delivered the work set by the absent teacher",
               "Managed behaviour and registers, wrote a handover note for each lesson"]),
            E("Professeur des écoles (Primary School Teacher)", "École élémentaire Jules-Ferry", "Amiens, France", "2014-09", "2022-07", F, "education",
              ["Responsible of a CE1/CE2 class (age 7–9), 24 pupils, all subjects",
               "Parents' meetings each term and daily exchange with families through the liaison book",
               "Coordinated the school's English programme and the exchange with a school in Kent"]),
            E("Surveillante (Lunchtime and Study Supervisor)", "Collège Anatole-France", "Amiens, France", "2011-09", "2014-06", F, "education",
              ["Supervised pupils in the canteen, the playground and the study room while finishing my degree",
               "Checked attendance and called parents for absences"],
              etype="paid"),
        ]),
        ("text", "Qualifications", ["Master MEEF (teaching), Université de Picardie, 2014", "Licence in English Studies, 2012",
                                    "DBS enhanced (2023) · Safeguarding Level 2 · Team Teach"]),
        ("text", "Interests", ["Choir, cycling, reading with my two children"]),
    ]))

# ------------------------------------------------------------------ w006
RESUMES.append(dict(
    file="w006.html", family="Italian chef de partie and waiter in Melbourne, single HTML page exported from a CV builder, sidebar table",
    renderer="html", order="pipe", dates="mon", present="Current",
    name="Matteo Ruggiero",
    contact=["Brunswick VIC 3056", "0412 555 093", "matteo.ruggiero@mailbox.com.au"],
    side=[("Visa", ["Working Holiday (subclass 417), second year"]), ("Languages", ["Italian – native", "English – good", "Spanish – basic"]),
          ("Certificates", ["RSA (VIC)", "Food Handler", "Barista course"])],
    blocks=[
        ("exp", "Work experience", [
            E("Chef de Partie (Pasta section)", "Trattoria Nonna Pia", "Carlton VIC", "2025-03", "present", A, None,
              ["Run the pasta section: fresh pasta every morning, sauces and plating for 120 covers",
               "Order dry goods and check the deliveries for my section",
               "Train the commis and keep the HACCP temperature log"]),
            E("Food and Beverage Attendant", "Southbank Grand Hotel", "Southbank VIC", "2024-08", "2025-02", F, "in_person_service",
              ["Breakfast and room-service shifts, take orders and serve guests in the restaurant",
               "Set up function rooms for conferences and clear after the events"]),
            E("Farm Hand (88 days regional work)", "Goulburn Valley Orchards", "Shepparton VIC", "2024-02", "2024-06", N, None,
              ["Pear and apple picking, pruning and packing shed work"]),
            E("Cuoco capo partita (Line cook)", "Ristorante Il Gabbiano", "Salerno, Italy", "2020-04", "2023-10", A, None,
              ["Cooked the fish section in a seafood restaurant, 200 covers in summer",
               "Cleaned and portioned fresh fish, prepared the daily specials with the head chef"]),
            E("Cameriere stagionale (Seasonal waiter)", "Hotel Lido Azzurro", "Positano, Italy", "2017-05", "2019-09", F, "in_person_service",
              ["Seasonal contract May to September: served guests at the terrace restaurant and the beach bar",
               "Explained menu and wine list in Italian, English and Spanish"]),
        ]),
        ("text", "Education", ["Diploma di Istituto Alberghiero (Hospitality College diploma) – IPSSEOA Vietri sul Mare, 2017"]),
    ]))

# ------------------------------------------------------------------ w007
RESUMES.append(dict(
    file="w007.pdf", family="German office administrator in Chicago on a spouse visa, reportlab shaded left sidebar, labelled German titles",
    renderer="reportlab", layout="sidebar", order="title_org", dates="mm/yyyy", present="present", paper="letter",
    name="Katrin Oberländer",
    contact=["Evanston, IL 60201", "(224) 555-0177", "k.oberlaender@mailbox.us"],
    headline="Office Administrator · Accounts · Bilingual German / English",
    side=[("Skills", ["SAP FI (Basis)", "DATEV", "QuickBooks Online", "MS Excel (pivot, VLOOKUP)", "Touch typing 60 wpm"]),
          ("Languages", ["German – native", "English – fluent (C1)", "French – school"]),
          ("Work status", ["EAD card (H-4), valid until 2028"])],
    blocks=[
        ("exp", "Experience", [
            E("Office Administrator", "Lakeshore Physical Therapy Group", "Evanston, IL", "2024-05", "present", F, "in_person_service",
              ["Front desk for a 5-therapist clinic: check in patients, verify insurance and collect copays",
               "Schedule appointments by phone and in person, send reminders",
               "Prepare month-end reports for the owner"]),
            E("Accounts Payable Clerk (part-time)", "Midwest Tool & Die Supply", "Skokie, IL", "2023-06", "2024-04", N, None,
              ["Entered vendor invoices in QuickBooks and matched them to purchase orders",
               "Prepared the weekly check run for approval"]),
            E("Kauffrau für Büromanagement (Office Management Clerk)", "Heizungsbau Kessler GmbH", "Augsburg, Germany", "2015-08", "2023-03", F, "contact_center",
              ["Took customer calls for service appointments and emergencies of the heating technicians",
               "Wrote offers and invoices for the private customers, followed up open payments",
               "Planned the technicians' routes for the next day"]),
            E("Auszubildende (Apprentice Office Clerk)", "Heizungsbau Kessler GmbH", "Augsburg, Germany", "2012-09", "2015-07", N, None,
              ["Dual apprenticeship: filing, bookkeeping entries, purchase of materials", "IHK final exam 2015"],
              etype="internship"),
        ]),
        ("text", "Education", ["IHK certificate Kauffrau für Büromanagement, 2015", "Realschulabschluss, Augsburg, 2012"]),
    ]))

# ------------------------------------------------------------------ w008
RESUMES.append(dict(
    file="w008.docx", family="Mexican electrician in Texas, Word borderless table per job, dates right, Spanish job titles with English gloss",
    renderer="docx", layout="table", order="title_org", dates="mon", present="Present",
    name="José Armando Villaseñor",
    contact=["San Antonio, TX 78228  |  (210) 555-0136  |  jose.villasenor@mailbox.us"],
    blocks=[
        ("text", "Summary", ["Licensed Journeyman Electrician (TDLR) with 12 years in residential and commercial work in Mexico and Texas. Bilingual."]),
        ("exp", "Work History", [
            E("Journeyman Electrician – Service", "Alamo Spark Electric LLC", "San Antonio, TX", "2022-01", "present", F, "other_facing",
              ["Service calls in occupied homes: troubleshoot breakers, install ceiling fans, EV chargers and panels",
               "Explain the problem and the quote to homeowners, collect payment on the tablet",
               "Mentor one apprentice"]),
            E("Electrician Helper", "Bexar Commercial Builders", "San Antonio, TX", "2019-06", "2021-12", N, None,
              ["Pulled wire and installed conduit in new construction (schools, warehouses)",
               "Read plans with the foreman and kept the job box organized"]),
            E("Electricista de Obra (Site Electrician)", "Constructora Huerta y Asociados", "Monterrey, N.L., México", "2014-03", "2019-04", N, None,
              ["Electrical installation in housing developments of 200+ houses",
               "Coordinated a crew of 4 helpers, ordered materials to the warehouse"]),
            E("Vendedor de Mostrador (Counter Salesman)", "Ferretería y Material Eléctrico La Luz", "Monterrey, N.L., México", "2011-05", "2014-02", F, "in_person_service",
              ["Attended electricians and public at the counter, recommended cable, breakers and lamps",
               "Made quotations for contractors and received payments"]),
        ]),
        ("text", "Licenses & Training", ["Texas Journeyman Electrician License (2023) · OSHA 10 · NFPA 70E"]),
        ("text", "Languages", ["Spanish (native), English (conversational, improving)"]),
    ]))

# ------------------------------------------------------------------ w009
RESUMES.append(dict(
    file="w009.md", family="Portuguese care worker in England, Markdown with bold title lines and italic employer, career gap for relocation",
    renderer="md", order="title_org", dates="month", present="present", mdlines=True,
    name="Ana Rita Figueiredo",
    contact=["Leicester LE2", "07700 900 318", "anarita.figueiredo@mailbox.co.uk"],
    blocks=[
        ("text", "Profile", ["Senior care assistant, NVQ Level 3. Before coming to the UK I worked in a pharmacy and in a social care home in Portugal."]),
        ("exp", "Work Experience", [
            E("Senior Care Assistant", "Meadowbank Care Home", "Leicester", "2022-10", "present", F, "healthcare_care",
              ["Lead a team of 5 carers on day shift, give medication using eMAR",
               "Personal care, moving and handling with hoist, end of life care",
               "Talk to families and GP on the phone about residents' wellbeing"]),
            E("Care Assistant", "Meadowbank Care Home", "Leicester", "2021-03", "2022-09", F, "healthcare_care",
              ["Personal care and meals for 18 residents with dementia", "Activities in the afternoon (music, bingo)"]),
            E("Relocation to the UK / English course", None, None, "2020-06", "2021-02", N, None,
              ["Moved with my family, studied English full-time (ESOL Level 1)"], etype="unknown"),
            E("Ajudante de Lar (Care Home Helper)", "Lar Santa Casa de São Bento", "Viseu, Portugal", "2017-01", "2020-05", F, "healthcare_care",
              ["Helped the elderly with hygiene, dressing and meals", "Accompanied them to the medical consultations in the health centre"]),
            E("Técnica Auxiliar de Farmácia (Pharmacy Assistant)", "Farmácia Central do Rossio", "Viseu, Portugal", "2013-02", "2016-12", F, "healthcare_care",
              ["Dispensed prescriptions at the counter and advised clients on non-prescription medicines",
               "Controlled the stock and the expiry dates"]),
        ]),
        ("text", "Training", ["Care Certificate (2021) · NVQ Level 3 Health and Social Care (2023) · Medication Awareness · Moving & Handling"]),
        ("text", "Languages", ["Portuguese (mother tongue), English (intermediate-upper), Spanish (understand)"]),
    ]))

# ------------------------------------------------------------------ w010
RESUMES.append(dict(
    file="w010.pdf", family="Polish call-centre agent in Cork, fpdf2 coloured sidebar, pipe title/employer/town line with right dates",
    renderer="fpdf2", layout="sidebar", order="pipe", dates="yyyy-mm", present="now", bullet="•",
    name="Agnieszka Brzozowska",
    contact=["Ballincollig, Co. Cork", "+353 85 555 0417", "a.brzozowska@mailbox.ie"],
    side=[("Languages", ["Polish – native", "English – C1", "German – B1"]), ("Systems", ["Salesforce Service Cloud", "Genesys", "Zendesk", "SAP CRM"]),
          ("Interests", ["Hiking", "Baking", "Volunteering"])],
    sidecolor=(230, 236, 222),
    blocks=[
        ("exp", "Work experience", [
            E("Polish Speaking Customer Support Advisor", "Northwave Technologies EMEA", "Cork", "2023-04", "present", F, "contact_center",
              ["Handling calls, chats and e-mails from Polish and UK customers about orders of smart home devices",
               "Troubleshooting the devices step by step and arranging replacements",
               "CSAT 94% in 2025, mentor for two new hires"]),
            E("Quality Analyst (secondment)", "Northwave Technologies EMEA", "Cork", "2025-01", "2025-06", A, None,
              ["Scored 40 interactions per week against the quality form and gave feedback to agents",
               "Updated knowledge base articles used by the Polish team"]),
            E("Konsultantka Infolinii (Helpline Consultant)", "Bank Pomorski S.A.", "Gdańsk, Poland", "2019-09", "2023-02", F, "contact_center",
              ["Inbound helpline for private clients: card blocks, transfers, internet banking access",
               "Verification of identity and registration of complaints in the system"]),
            E("Wolontariuszka (Volunteer)", "Schronisko dla Zwierząt \u201ePromyk\u201d", "Gdańsk, Poland", "2017-03", "2019-06", A, None,
              ["Walking the dogs and cleaning the boxes on weekends", "Helped to prepare the animal adoption fair"],
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["Licencjat (BA) in Applied Linguistics – University of Gdańsk, 2019"]),
    ]))

# ------------------------------------------------------------------ w011
RESUMES.append(dict(
    file="w011.docx", family="Spanish nurse working as a healthcare assistant in the NHS while awaiting NMC PIN, name in Word page header, employer first",
    renderer="docx", layout="header", order="org_title", dates="mon", present="Present", bullet="-",
    name="Lucía Beltrán Ortega",
    contact=["Norwich NR4", "07700 900 771", "lucia.beltran@mailbox.co.uk"],
    blocks=[
        ("exp", "Experience", [
            E("Healthcare Assistant (Band 3)", "Norfolk & Waveney Community Hospital", "Norwich", "2024-03", "present", F, "healthcare_care",
              ["Vital signs, NEWS2 scores, blood glucose and ECGs on a 28-bed surgical ward",
               "Personal care and mobilising patients after surgery; admissions paperwork",
               "Reassure relatives at visiting time and escalate concerns to the nurse in charge"]),
            E("Enfermera (Registered Nurse) – Urgencias (A&E)", "Hospital Comarcal de la Vega", "Granada, Spain", "2018-06", "2023-12", F, "healthcare_care",
              ["Triage of patients in A&E with the Manchester system",
               "Administration of IV medication, wound care, blood extraction",
               "Health education to patients and families at discharge"]),
            E("Auxiliar Administrativa (Admissions Clerk) – summer contracts", "Hospital Comarcal de la Vega", "Granada, Spain", "2016-06", "2017-09", A, None,
              ["Registered the admissions and discharges in the hospital information system",
               "Archived clinical histories and prepared the files for the consultations"]),
            E("Voluntaria (Volunteer)", "Asociación Alhambra Solidaria", "Granada, Spain", "2014-10", "2018-05", F, "volunteering",
              ["Accompanied elderly people who live alone, weekly visits and phone calls",
               "Preventive health service at concerts and football matches"],
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["Grado en Enfermería (BSc Nursing) – Universidad de Granada, 2018",
                               "NMC registration: CBT passed 2024, OSCE booked January 2027", "IELTS Academic 7.0 (2024)"]),
        ("text", "Languages", ["Spanish (native) · English (C1) · Catalan (basic)"]),
    ]))

# ------------------------------------------------------------------ w012
RESUMES.append(dict(
    file="w012.txt", family="Venezuelan in Florida, retail and warehouse, plain text with underlined headings, 'Title – Employer, Town' with dates, seasons",
    renderer="txt", hstyle="underline", order="dash", dates="'yy", present="Now", bullet="-", rightpad=True, width=96,
    name="Daniel Alejandro Paredes",
    contact=["Doral, FL 33178", "305-555-0164 | daniel.paredes@mailbox.us", "Authorized to work in the U.S. (TPS/EAD)"],
    blocks=[
        ("text", "Summary", ["Bilingual worker with retail, warehouse and delivery experience. Fast learner, forklift certified, customer oriented."]),
        ("exp", "Experience", [
            E("Delivery Driver (Independent Contractor)", "Independent", "Miami-Dade, FL", "2025-02", "present", F, "in_person_service",
              ["Deliver restaurant and grocery orders through two delivery apps, about 25 orders a day",
               "Hand orders to customers at the door, call them when the address is not clear"],
              etype="freelance"),
            E("Forklift Operator", "Sunport Cold Storage", "Medley, FL", "2023-05", "2025-01", A, None,
              ["Move pallets of frozen product between dock and freezer racks",
               "Load outbound trucks according to the load plan and keep the cycle counts"]),
            E("Seasonal Sales Associate", "Kidz Korner", "Coastline Outlet Mall, Sweetwater, FL", "2022-11", "2023-01", F, "in_person_service",
              ["Helped parents find sizes, fitting rooms and gift receipts in the holiday season"],
              dtext="Holiday season '22"),
            E("Cajero / Vendedor (Cashier – Sales Clerk)", "Zapatería El Paso Firme", "Valencia, Venezuela", "2016-04", "2022-05", F, "in_person_service",
              ["Atendía a los clientes (attended customers) in a family shoe store",
               "Cash, card payments and daily closing, inventory of shoes every month"]),
            E("Ayudante de Almacén (Warehouse Helper)", "Distribuidora Carabobo C.A.", "Valencia, Venezuela", "2014-01", "2016-03", A, None,
              ["Prepared orders for the grocery stores of the region and loaded the trucks"]),
        ]),
        ("text", "Education", ["Bachiller en Ciencias (High school diploma), Valencia, 2013 – evaluated by JS&A as U.S. high school equivalent"]),
        ("text", "Certifications", ["OSHA Forklift (2023) · Florida Food Handler"]),
    ]))

# ------------------------------------------------------------------ w013
RESUMES.append(dict(
    file="w013.pdf", family="Filipino teacher on a J-1 visa in North Carolina, 2-page reportlab résumé with two-column header and page footer",
    renderer="reportlab", layout="twocol", order="title_org", dates="month", present="Present", paper="letter",
    footer="Jerome P. Villanueva – Page {n}", pagebreak_before="Education",
    name="Jerome P. Villanueva",
    headline="Licensed Professional Teacher – Mathematics (Secondary)",
    contact=["Greenville, NC 27858", "(252) 555-0122", "jerome.villanueva@mailbox.ph"],
    blocks=[
        ("text", "Professional Summary", [
            "Licensed Professional Teacher (PRC, Philippines) and North Carolina Residency License holder with 11 years of teaching "
            "mathematics to Grades 7–12. Experienced in differentiated instruction, large classes (45–50 learners) and the use of "
            "technology in the classroom. Currently on a J-1 cultural exchange program in Pitt County."]),
        ("exp", "Teaching Experience", [
            E("Mathematics Teacher (J-1 Exchange)", "Tar River High School", "Greenville, NC", "2023-08", "present", F, "education",
              ["Teach Math 1 and Math 3 to five sections of 25–30 students, including multilingual learners",
               "Communicate with parents through phone calls, PowerSchool messages and conferences",
               "Adviser of the Math Club; host a Filipino culture night every spring"]),
            E("Teacher III (Guro III) – Mathematics", "Dalubhasang Mataas na Paaralan ng San Roque (San Roque National High School)", "Legazpi City, Albay, Philippines", "2016-06", "2023-06", F, "education",
              ["Taught Grade 9 and Grade 10 Mathematics to classes of 45 learners",
               "Class adviser: home visits, parent-teacher conferences and report cards",
               "Coach of the division Math quiz bee team (2nd place 2019)"],
              porg="Dalubhasang Mataas na Paaralan ng San Roque (San Roque National High School)"),
            E("Teacher I (Guro I)", "Paaralang Sekondarya ng Bacacay", "Bacacay, Albay, Philippines", "2013-06", "2016-05", F, "education",
              ["Taught General Mathematics and Statistics, prepared learning activity sheets",
               "Conducted remedial classes on Saturdays"]),
            E("Encoder / Data Entry Clerk", "Bicol Pawnshop & Remittance Corp. – Main Office", "Legazpi City, Philippines", "2012-05", "2013-05", N, None, []),
        ]),
        ("text", "Education", ["Master of Arts in Education, Mathematics – Bicol University, 2019 (CAR)",
                               "Bachelor of Secondary Education, major in Mathematics – Bicol University, 2012 (cum laude)"]),
        ("text", "Licenses", ["Licensed Professional Teacher, PRC (2012) · North Carolina Initial Professional License, Mathematics 9–12 (2024)"]),
        ("text", "Trainings and Seminars", [
            "Culturally Responsive Teaching, NC DPI, 2024 · Division Training on Learning Action Cells, DepEd Albay, 2021 · "
            "Mental Health and Psychosocial Support in Schools, 2020 · Conference on Mathematics Education, Legazpi, 2018"]),
        ("text", "Character References", [
            "Dr. Lorna B. Esguerra – Principal IV, San Roque National High School – 0917 555 0141",
            "Mr. Calvin Whitfield – Assistant Principal, Tar River High School – (252) 555-0190"]),
    ]))

# ------------------------------------------------------------------ w014
RESUMES.append(dict(
    file="w014.docx", family="Brazilian cleaner and housekeeping supervisor in Sydney, Word two-column layout table with shaded sidebar",
    renderer="docx", layout="sidebar", order="title_org", dates="mon", present="Current", sidehex="E8DDEE",
    name="Fernanda Lacerda Prado",
    headline="Housekeeping and cleaning – reliable, detail oriented",
    contact=["Bondi Junction NSW 2022", "0433 555 281", "fernanda.prado@mailbox.com.au"],
    side=[("Visa", ["Student visa (subclass 500) – 48 hrs/fortnight", "Full availability in holidays"]),
          ("Languages", ["Portuguese – native", "English – intermediate (IELTS 6.0)", "Spanish – good"]),
          ("Certificates", ["White Card", "First Aid (HLTAID011)"])],
    blocks=[
        ("exp", "Experience", [
            E("Housekeeping Supervisor (casual)", "Harbour Lights Serviced Apartments", "Sydney NSW", "2025-01", "present", A, None,
              ["Allocate rooms to 8 room attendants and inspect every room before release to front desk",
               "Order linen and chemicals, report maintenance issues",
               "Train new attendants in the cleaning standard"]),
            E("Room Attendant", "Harbour Lights Serviced Apartments", "Sydney NSW", "2024-03", "2024-12", A, None,
              ["Cleaned 14–16 apartments per shift after check-out, made beds and restocked amenities"]),
            E("Commercial Cleaner (evenings)", "SparkleTeam Commercial Cleaning", "North Sydney NSW", "2023-08", "2024-06", N, None,
              ["Cleaned offices after hours: vacuum, bins, kitchens and bathrooms"]),
            E("Recepcionista (Receptionist)", "Pousada Mar de Dentro", "Florianópolis, Brazil", "2019-11", "2023-05", F, "in_person_service",
              ["Check-in and check-out of guests, reservations by WhatsApp and Booking extranet",
               "Gave tourist information, booked boat tours for the guests",
               "Closed the cash at the end of the shift"]),
        ]),
        ("text", "Education", ["Tecnólogo em Hotelaria (Hospitality Technologist) – IFSC Florianópolis, 2019",
                               "Certificate III in Commercial Cookery (studying) – Sydney, 2025–2026"]),
    ]))

# ------------------------------------------------------------------ w015
RESUMES.append(dict(
    file="w015.pdf", family="Italian office and bank worker in Dublin, 2-page fpdf2 CV with page footer, dates first then title, Italian employers",
    renderer="fpdf2", layout="left", order="datesfirst", dates="mm/yyyy", present="Present", bullet="–", sep=" - ",
    footer="Curriculum Vitae – Francesca Morandi – {n}",
    name="Francesca Morandi",
    contact=["Rathmines, Dublin 6", "Mob. +353 86 555 0738 – francesca.morandi@mailbox.it", "Nationality: Italian (EU)   Date of birth: 14/03/1988"],
    blocks=[
        ("text", "Personal profile", [
            "Experienced banking and administrative professional, 12 years in Italy and Ireland. I have worked both in the branch with "
            "clients and in back office, with strong attention to detail, knowledge of anti-money-laundering procedures and a "
            "very good level of English (C1). I am now looking for a role in customer operations or client onboarding."]),
        ("exp", "Work experience", [
            E("KYC Analyst – Client Onboarding", "Liffey Fund Services Ltd", "Dublin 2", "2023-09", "present", A, None,
              ["Review documentation of new corporate clients for the fund administration, screening against sanctions lists",
               "Raise outstanding items with the relationship managers, who contact the investor",
               "Maintain the client static data so statements and dividends are correct"]),
            E("Customer Operations Associate (Italian market)", "Emerald Payments Europe", "Dublin 1", "2021-11", "2023-08", F, "contact_center",
              ["Answered calls and emails from Italian merchants about payouts, chargebacks and terminal issues",
               "Logged cases in Salesforce and followed them to resolution",
               "Translated templates and help articles into Italian"]),
            E("Operatore di Sportello (Bank Teller)", "Banca Popolare dei Colli Euganei", "Padova, Italy", "2015-02", "2021-06", F, "in_person_service",
              ["Serving clients at the counter: deposits, withdrawals, payments of bills and taxes (F24), wire transfers",
               "Opening of current accounts and proposal of products (cards, insurance) to the clients",
               "Daily quadrature of the cash (balancing)"]),
            E("Impiegata Back Office (Back Office Clerk)", "Banca Popolare dei Colli Euganei", "Padova, Italy", "2013-06", "2015-01", A, None,
              ["Processed mortgage files and verified the documents before the signature at the notary",
               "Archive and scanning of contracts"]),
            E("Stage (Internship) – Ufficio Amministrazione", "Calzaturificio Brenta S.r.l.", "Stra, Italy", "2012-09", "2013-02", N, None,
              ["Registration of supplier invoices and bank reconciliations under supervision"],
              etype="internship"),
        ]),
        ("text", "Education and training", [
            "03/2012  Laurea in Economia e Commercio (Bachelor in Economics) – Università di Padova, 104/110",
            "2024  Certified KYC Associate (online course, ICA) · 2019  IVASS insurance intermediary training (60 h)"]),
        ("text", "Languages", ["Italian – mother tongue · English – C1 (Cambridge Advanced, 2020) · Spanish – A2"]),
        ("text", "Digital skills", ["MS Office, Salesforce, World-Check, internal banking systems (Sportello Evoluto)"]),
        ("text", "Other information", ["Full clean Irish driving licence. Hobbies: volleyball, cooking for friends, photography.",
                                       "I authorise the processing of my personal data according to GDPR (EU 2016/679)."]),
    ]))
