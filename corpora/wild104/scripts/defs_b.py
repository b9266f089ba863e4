"""wild104 résumés w016–w030 (fictional newcomers; one dict renders file and gold line)."""
from lib import E

F, A, N = "facing", "affecting", "none"

RESUMES = []

# ------------------------------------------------------------------ w016
RESUMES.append(dict(
    file="w016.html", family="Argentine in Calgary, call centre and sales, HTML résumé from a website builder, title with dates on the right",
    renderer="html", order="title_org", dates="mon", present="Present",
    name="Martín Ezequiel Sosa",
    contact=["Calgary, AB T2E 3K7", "403-555-0155", "martin.sosa@mailbox.ca", "Permanent Resident"],
    blocks=[
        ("text", "Summary", ["Bilingual (Spanish/English) sales and service agent with 8 years in contact centres in Buenos Aires and Calgary. "
                             "Results driven, calm with upset customers, quick with systems."]),
        ("exp", "Canadian Work Experience", [
            E("Bilingual Sales Representative (Inbound)", "PrairieLink Mobile", "Calgary, AB", "2024-04", "present", F, "contact_center",
              ["Take inbound calls from new and existing customers, sell plans, devices and add-ons",
               "Handle Spanish-language queue for Western Canada, 55–65 calls per day",
               "118% of monthly sales target on average in 2025"]),
            E("Material Handler (temp, through agency)", "Chinook Distribution Centre", "Balzac, AB", "2023-09", "2024-03", A, None,
              ["Sorting and scanning parcels on the outbound line for next-day delivery",
               "Building pallets and wrapping them for the carriers"]),
        ]),
        ("exp", "International Work Experience", [
            E("Supervisor de Cobranzas (Collections Supervisor)", "Recupero Plus S.R.L.", "Buenos Aires, Argentina", "2020-01", "2023-06", F, "contact_center",
              ["Supervised a team of 14 collection agents for a credit card company",
               "Took the escalated calls of clients who wanted a payment plan and negotiated the agreement",
               "Daily reporting of recovery versus objectives to the account manager"]),
            E("Operador Telefónico de Cobranzas (Collections Agent)", "Recupero Plus S.R.L.", "Buenos Aires, Argentina", "2017-03", "2019-12", F, "contact_center",
              ["Outbound calls to debtors in early delinquency, registered payment promises"]),
            E("Repositor Externo (Merchandiser)", "Lácteos Don Aurelio S.A.", "Buenos Aires, Argentina", "2015-10", "2017-02", A, None,
              ["Visited 12 supermarkets per day to refill the dairy fridges and check prices and expiry dates",
               "Made the planogram of the brand and reported the stock to the supervisor"]),
        ]),
        ("text", "Education", ["Licenciatura en Administración (incomplete, 3 years) – Universidad Nacional de La Matanza",
                               "Canadian Workplace Communication – Calgary Immigrant Hub, 2023"]),
        ("text", "Interests", ["Football, cooking asado for friends, hiking in Kananaskis"]),
    ]))

# ------------------------------------------------------------------ w017
RESUMES.append(dict(
    file="w017.docx", family="Cameroonian francophone in Ottawa, security and warehouse, Word heading styles, French titles and employers",
    renderer="docx", layout="styles", order="dash", dates="mm/yyyy", present="Present",
    name="Hervé Mbarga Essomba",
    contact=["Ottawa (Vanier), ON K1L 5A4 — 613-555-0199 — herve.mbarga@mailbox.ca"],
    blocks=[
        ("text", "Profil", ["Security guard licensed in Ontario, bilingual French–English. Experience in security, logistics and sales in Cameroon and in Canada."]),
        ("exp", "Expérience professionnelle / Work Experience", [
            E("Security Guard (Concierge Desk)", "Capital Watch Security Inc.", "Ottawa, ON", "2024-05", "present", F, "in_person_service",
              ["Lobby desk of a government office building: visitor sign-in, badges and directions in French and English",
               "Patrols of the parking every two hours, incident reports"]),
            E("Security Guard – Construction Site (nights)", "Capital Watch Security Inc.", "Kanata, ON", "2023-10", "2024-04", N, None,
              ["Night patrols of a closed construction site, checking fences and equipment",
               "Logged hourly rounds in the guard tour app"]),
            E("Manutentionnaire / Warehouse Associate", "Entrepôt Rideau Logistique", "Gatineau, QC", "2023-01", "2023-09", A, None,
              ["Loading and unloading of trucks, picking orders for pharmacies in Quebec"]),
            E("Commercial Terrain (Field Sales Representative)", "Brasseries du Littoral S.A.", "Douala, Cameroun", "2017-02", "2022-08", F, "sales_account",
              ["Visited 25 bars and shops per day to take orders and negotiate the promotions",
               "Followed the payments of clients on credit and solved the delivery problems"]),
            E("Agent de Sécurité (Security Agent)", "Sécurité Wouri SARL", "Douala, Cameroun", "2014-06", "2017-01", N, None,
              ["Guarding of a port warehouse at night, control of containers leaving the site"]),
        ]),
        ("text", "Formation / Education", ["Ontario Security Guard Licence (2023) · Standard First Aid & CPR-C",
                                           "Licence en Gestion (Bachelor in Management) – Université de Douala, 2014"]),
        ("text", "Langues", ["Français (langue maternelle) · English (CLB 8) · Ewondo"]),
    ]))

# ------------------------------------------------------------------ w018
RESUMES.append(dict(
    file="w018.pdf", family="Polish builder and handyman in Manchester, reportlab single column, dates-first lines, Polish employers",
    renderer="reportlab", layout="plain", order="datesfirst", dates="m.yyyy", present="till date", bullet="-", sep="–",
    name="Krzysztof Domański",
    contact=["Salford M6 — 07700 900 826 — krzysztof.domanski@mailbox.co.uk", "CSCS Gold Card — own van and tools — full UK driving licence"],
    blocks=[
        ("text", "About", ["Multi-trade builder with 18 years experience: tiling, plastering, kitchens and bathrooms. Tidy, honest, I respect the home of the client."]),
        ("exp", "Work history", [
            E("Self-employed Handyman / Kitchen & Bathroom Fitter", "KD Home Improvements", "Greater Manchester", "2019-04", "present", F, "entrepreneurial_freelance",
              ["Full bathroom and kitchen refits in occupied homes, from survey to handover",
               "Visit clients, measure, give written quote and agree the design and tiles with them",
               "Most work from recommendations – 5.0 on a local trades website (60+ reviews)"],
              etype="freelance"),
            E("Plasterer", "Northbridge Construction Ltd", "Manchester", "2016-09", "2019-03", N, None,
              ["Plastering and boarding in new-build apartment blocks (up to 12 floors)",
               "Worked in a gang of 3, price work"]),
            E("Murarz-Tynkarz (Bricklayer / Plasterer)", "Zakład Budowlany Jan Kowalczyk", "Rzeszów, Poland", "2010-03", "2016-07", N, None,
              ["Building family houses from foundations to roof, brickwork and plaster",
               "Reading of technical drawings, training two apprentices"]),
            E("Sprzedawca w markecie budowlanym (Building Store Salesman)", "Market Budowlany Cegiełka", "Rzeszów, Poland", "2008-05", "2010-02", F, "in_person_service",
              ["Advised clients in the tiles and paints department, mixing of colours",
               "Took orders for transport of materials to the client's house"]),
        ]),
        ("text", "Qualifications", ["Technikum Budowlane (Construction Technical School), Rzeszów, 2008 · NVQ Level 2 Plastering (2017) · Asbestos Awareness · PASMA"]),
        ("text", "Languages", ["Polish – native; English – good, daily with clients"]),
    ]))

# ------------------------------------------------------------------ w019
RESUMES.append(dict(
    file="w019.txt", family="Peruvian in New Jersey, restaurant kitchen to front of house, plain text labelled blocks (Position / Employer / Period)",
    renderer="txt", hstyle="colon", order="labelled", dates="month", present="Current", bullet="",
    name="Rosa Elvira Quispe Huamán",
    contact=["Paterson, NJ 07501", "Tel: 973-555-0108", "E-mail: rosa.quispe@mailbox.us"],
    blocks=[
        ("text", "Objective", ["To get a position as server or host in a family restaurant where I can use my English and Spanish."]),
        ("exp", "Employment", [
            E("Server", "La Casa de los Andes Restaurant", "Paterson, NJ", "2024-07", "present", F, "in_person_service",
              ["Take orders and serve food in a 60-seat Peruvian restaurant",
               "Explain the dishes to American customers, recommend ceviche and lomo saltado",
               "Cash out my tables and split tips with the busser"]),
            E("Line Cook / Prep Cook", "La Casa de los Andes Restaurant", "Paterson, NJ", "2022-03", "2024-06", A, None,
              ["Prepared the sauces and marinades, cooked the grill station on weekends",
               "Received the fish delivery and checked freshness"]),
            E("Dishwasher", "Garden State Diner", "Clifton, NJ", "2021-05", "2022-02", A, None, []),
            E("Cocinera (Cook) – Comedor Popular (community kitchen)", "Comedor Popular Virgen de Fátima", "Villa El Salvador, Lima, Peru", "2016-01", "2021-02", F, "volunteering",
              ["Cooked daily lunch for 150 families of the neighbourhood with other mothers",
               "Served the food at the window and registered the families in the book",
               "Organized the buying of ingredients with the municipal donation"],
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["Secondary school, I.E. 6068 Villa El Salvador, 2006 · ESL classes, Passaic County Community College, 2022–2023"]),
        ("text", "Languages", ["Spanish (native), Quechua (speak), English (intermediate)"]),
    ]))

# ------------------------------------------------------------------ w020
RESUMES.append(dict(
    file="w020.docx", family="German hotel professional in Queensland, Word tab-stop dates, employer line first then title, several roles",
    renderer="docx", layout="tabs", order="org_title", dates="mon", present="Present", date_italic=True,
    name="Jonas Friedrich Brandt",
    contact=["Surfers Paradise QLD 4217 · 0421 555 604 · jonas.brandt@mailbox.com.au", "Permanent resident (189) since 2024"],
    blocks=[
        ("text", "Career summary", ["Hotel front office and revenue professional trained in Germany (Hotelfachmann). "
                                    "Strong with systems (Opera Cloud, Protel), guest relations and German-speaking groups."]),
        ("exp", "Career history", [
            E("Front Office Supervisor", "Pacific Crest Resort & Spa", "Surfers Paradise QLD", "2024-06", "present", F, "in_person_service",
              ["Lead the front desk team on morning shifts, 320-room resort",
               "Handle VIP arrivals, room moves and guest complaints at the desk",
               "Check the daily rate audit and group rooming lists"]),
            E("Revenue & Reservations Coordinator", "Pacific Crest Resort & Spa", "Surfers Paradise QLD", "2023-02", "2024-05", A, None,
              ["Loaded rates and restrictions into the channel manager and booking engine",
               "Prepared pick-up and forecast reports for the weekly revenue meeting",
               "Built group blocks from contracts signed by the sales team"]),
            E("Empfangsmitarbeiter / Rezeption (Front Desk Agent)", "Hotel Zum Goldenen Hirsch", "Heidelberg, Germany", "2019-09", "2022-12", F, "in_person_service",
              ["Check-in and check-out of international guests, cashier and foreign exchange",
               "Answered reservation enquiries by phone and e-mail, booked restaurant tables and tours"]),
            E("Auszubildender Hotelfachmann (Hotel Management Apprentice)", "Hotel Zum Goldenen Hirsch", "Heidelberg, Germany", "2016-09", "2019-07", F, "in_person_service",
              ["Three-year apprenticeship rotating through restaurant service, housekeeping, kitchen and reception",
               "Served breakfast and à la carte dinner to guests during restaurant rotation"],
              etype="internship"),
        ]),
        ("text", "Education", ["IHK Abschlussprüfung Hotelfachmann, 2019 · Berufsschule Heidelberg",
                               "Certificate IV in Hospitality (RPL) – 2024"]),
        ("text", "Languages", ["German (native) · English (fluent) · Dutch (basic)"]),
    ]))

# ------------------------------------------------------------------ w021
RESUMES.append(dict(
    file="w021.md", family="Filipino BPO agent in Brisbane, Markdown with h3 titles and italic dates, Tagalog and English employers",
    renderer="md", order="pipe", dates="mon", present="Present", mdentry="h3", mdbullet="*",
    name="Kristine Joy Manalastas",
    contact=["Sunnybank QLD 4109", "0478 555 219", "kristinejoy.m@mailbox.ph"],
    blocks=[
        ("text", "Career Objective", ["Customer service professional with 9 years in the BPO industry, seeking a team leader or senior role in a contact centre in Brisbane."]),
        ("exp", "Work Experience", [
            E("Customer Service Officer", "Moreton Energy Retail", "Brisbane QLD", "2024-02", "present", F, "contact_center",
              ["Answer calls from residential customers about bills, moving house and payment extensions",
               "Identify vulnerable customers and refer them to the hardship program",
               "Consistently meet AHT and quality targets"]),
            E("Aged Care Worker (casual, weekends)", "Bayside Uniting Care Home", "Wynnum QLD", "2023-03", "2024-01", F, "healthcare_care",
              ["Personal care, meals and companionship for residents while studying Cert III"]),
            E("Team Leader – Voice Account", "Pacific Bridge Outsourcing Inc.", "Pasig City, Philippines", "2019-05", "2022-12", F, "contact_center",
              ["Led 16 agents on a US telecom account, daily huddles and coaching",
               "Took supervisor calls from irate customers and approved credits",
               "Ran floor walks and monitored real-time adherence"]),
            E("Customer Service Representative", "Pacific Bridge Outsourcing Inc.", "Pasig City, Philippines", "2016-08", "2019-04", F, "contact_center",
              ["Inbound billing and technical support calls for US mobile subscribers"]),
            E("Tindera (Sales Clerk)", "Manalastas Sari-Sari Store", "Lucena City, Philippines", "2013-04", "2016-06", F, "in_person_service", porg="Manalastas Sari-Sari Store (family business)", bullets=
              ["Served customers in our family variety store, gave load and cash-in for e-wallets",
               "Kept the utang (credit) list of regular customers and the daily sales"]),
        ]),
        ("text", "Education", ["Bachelor of Science in Business Administration – Manuel S. Enverga University Foundation, 2016",
                               "Certificate III in Individual Support (Ageing) – Brisbane, 2023"]),
    ]))

# ------------------------------------------------------------------ w022
RESUMES.append(dict(
    file="w022.pdf", family="Polish nurse aide in Winnipeg, fpdf2 left header, labelled Position / Employer / Period blocks",
    renderer="fpdf2", layout="left", order="labelled", dates="mm.yyyy", present="Present", bullet="*", sep=" – ",
    name="Małgorzata Kwiatkowska",
    contact=["Winnipeg, MB R2W 3L6  |  204-555-0147  |  m.kwiatkowska@mailbox.ca"],
    blocks=[
        ("text", "Languages", ["Polish (native), English (CLB 7), Ukrainian (good), Russian (basic)"]),
        ("exp", "Work Experience", [
            E("Health Care Aide", "Red River Personal Care Home", "Winnipeg, MB", "2023-11", "present", F, "healthcare_care",
              ["Personal care of 12 residents on the evening shift, feeding assistance and transfers with mechanical lift",
               "Help Polish and Ukrainian-speaking residents and families to communicate with the nurse"]),
            E("Dietary Aide", "Red River Personal Care Home", "Winnipeg, MB", "2023-02", "2023-10", A, None,
              ["Portioned the meals on trays according to diet list (minced, pureed, diabetic)",
               "Dishwashing and cleaning of the servery"]),
            E("Opiekunka Osób Starszych (Elderly Caregiver) – agency placements", "Agencja Opieki \u201eDobre Ręce\u201d", "Germany (Bavaria)", "2018-04", "2022-09", F, "healthcare_care",
              ["Live-in care of elderly people in their homes in Germany, 3-month rotations",
               "Hygiene, cooking, medication reminders and company, contact with the family and the doctor"]),
            E("Pracownik Produkcji (Production Worker)", "Zakłady Mięsne Bystrzyca Sp. z o.o.", "Lublin, Poland", "2012-06", "2018-02", N, None,
              ["Work on the packing line of the meat factory, weighing and labelling the products",
               "Cleaning of the machines at end of shift"]),
        ]),
        ("text", "Education", ["Health Care Aide Certificate – Manitoba Institute of Trades and Technology, 2023",
                               "Szkoła Zawodowa (Vocational School), Lublin – 2012"]),
    ]))

# ------------------------------------------------------------------ w023
RESUMES.append(dict(
    file="w023.docx", family="Italian barista and shop assistant in London, Word borderless table per job with right dates, Italian employers",
    renderer="docx", layout="table", order="title_org", dates="month", present="Present", bullet="•",
    name="Giulia Ferraresi",
    contact=["Hackney, London E8  ·  07700 900 994  ·  giulia.ferraresi@mailbox.it"],
    blocks=[
        ("exp", "Experience", [
            E("Assistant Store Manager", "Pastificio Moretti London (Italian deli)", "Broadway Market, London", "2024-08", "present", F, "in_person_service",
              ["Run the counter and the shop floor with the manager, 6 staff",
               "Advise customers about cheeses, fresh pasta and wine pairing; tastings on Saturdays",
               "Cash-up, rota and stock ordering"]),
            E("Barista", "Grind & Co.", "Shoreditch, London", "2023-01", "2024-07", F, "in_person_service", []),
            E("Addetta alle Vendite (Sales Assistant)", "Boutique Le Sorelle", "Bologna, Italy", "2019-03", "2022-11", F, "in_person_service",
              ["Welcomed clients, helped with the choice of clothes and accessories",
               "Visual merchandising of the windows every two weeks"]),
            E("Addetta Inventario (Stock Counter)", "InvenTeam S.r.l.", "Bologna, Italy", "2018-01", "2019-02", A, None,
              ["Counting of stock with handheld terminals in supermarkets and shops, before opening or after closing"],
              etype="paid"),
        ]),
        ("text", "Education", ["Diploma di Liceo Linguistico (Languages high school), Bologna, 2017"]),
        ("text", "Skills", ["Latte art, Square POS, Lightspeed, food hygiene Level 2 · Italian native, English fluent, French B1"]),
    ]))

# ------------------------------------------------------------------ w024
RESUMES.append(dict(
    file="w024.html", family="Brazilian nanny and preschool teacher in Massachusetts, HTML résumé, employer first, seasons and year-only older dates",
    renderer="html", order="org_title", dates="month", present="present",
    name="Juliana Castro Nogueira",
    contact=["Framingham, MA 01702", "(508) 555-0172", "juliana.nogueira@mailbox.us"],
    blocks=[
        ("text", "Objective", ["Caring and creative early-childhood educator looking for a lead or assistant teacher position in a licensed childcare center."]),
        ("exp", "Experience", [
            E("Assistant Teacher – Toddler Room", "Little Acorns Early Learning Center", "Framingham, MA", "2024-09", "present", F, "education",
              ["Plan and lead circle time, art and outdoor play for 9 toddlers",
               "Daily reports to parents at pick-up and through the Brightwheel app",
               "Support Portuguese-speaking families at enrollment"]),
            E("Nanny (live-out)", "Private family", "Newton, MA", "2022-06", "2024-08", F, "education",
              ["Full-time care of two children (1 and 4 years): meals, naps, reading, playground and pre-K drop-off",
               "Taught basic Portuguese and kept a daily log for the parents"]),
            E("Camp Counselor", "Sudbury Valley Day Camp", "Sudbury, MA", "2022-06", "2022-08", F, "education",
              ["Led a group of 12 campers aged 6–7 in swimming, crafts and games"],
              dtext="Summer 2022"),
            E("Professora de Educação Infantil (Preschool Teacher)", "Escola Municipal Pequeno Príncipe", "Governador Valadares, MG, Brazil", "2014-01", "2021-12", F, "education",
              ["Teacher of a class of 20 children aged 4–5 in a public school",
               "Planned activities of literacy, music and motor development; meetings with the families every bimester"],
              prec="year"),
            E("Auxiliar Administrativa (Administrative Assistant)", "Cartório do 2º Ofício de Notas", "Governador Valadares, MG, Brazil", "2011-01", "2013-12", F, "in_person_service",
              ["Attended the public at the counter for authentication of signatures and copies",
               "Typed deeds and organized the archive of books"],
              prec="year"),
        ]),
        ("text", "Education", ["Licenciatura em Pedagogia (Bachelor in Pedagogy) – UNIVALE, 2013 · evaluated as U.S. Bachelor's in Early Childhood Education",
                               "EEC Lead Teacher qualification in progress · CPR/First Aid (2025)"]),
        ("text", "Languages", ["Portuguese (native), English (advanced), Spanish (intermediate)"]),
    ]))

# ------------------------------------------------------------------ w025
RESUMES.append(dict(
    file="w025.pdf", family="Spanish hospitality worker and English teacher in Galway, reportlab coloured left sidebar, 'Title | Employer | Town' lines",
    renderer="reportlab", layout="sidebar", order="pipe", dates="mon", present="Present", sidecolor=(0.86, 0.93, 0.90),
    name="Alejandro Gil Navarro",
    contact=["Galway city (H91)", "+353 83 555 0614", "alejandro.gil@mailbox.es"],
    headline="Hospitality · Tour guiding · Spanish teaching",
    side=[("Languages", ["Spanish – native", "English – C1", "Galician – fluent", "Portuguese – B1"]),
          ("Skills", ["Opera PMS", "Lightspeed POS", "Tour commentary", "Canva"]),
          ("Interests", ["Trad music (bodhrán)", "Sea swimming"])],
    blocks=[
        ("exp", "Experience", [
            E("Spanish Tutor (online and in person)", "Self-employed", "Galway", "2024-01", "present", F, "education",
              ["Private Spanish classes for adults and Leaving Cert students, 8–10 hours per week",
               "Prepare materials and mock oral exams"],
              etype="freelance"),
            E("Tour Guide – Spanish groups", "Wild Atlantic Coach Tours", "Galway", "2024-04", "2025-10", F, "other_facing",
              ["Guided day tours to Connemara and the Cliffs of Moher in Spanish and English",
               "Looked after the group on the coach, solved problems with tickets and lunch"],
              ),
            E("Night Porter", "The Claddagh Quay Hotel", "Galway", "2023-02", "2024-03", F, "in_person_service",
              ["Reception at night: late check-ins, guest requests and calls, security rounds",
               "Night audit and preparing the breakfast room"]),
            E("Camarero de Barra (Bartender)", "Taberna O Recuncho", "Santiago de Compostela, Spain", "2018-06", "2022-12", F, "in_person_service",
              ["Served drinks and tapas at the bar for pilgrims and locals",
               "Opened and closed the bar, cash and stock of drinks"]),
            E("Monitor de Campamento de Verano (Summer Camp Leader)", "Campamentos Rías Baixas", "Pontevedra, Spain", "2017-07", "2017-08", F, "education",
              ["Summer 2017: activities and supervision of children 8–12, 24 hours in the camp"],
              dtext="Jul–Aug 2017"),
        ]),
        ("text", "Education", ["Grado en Turismo (Bachelor in Tourism) – Universidade de Santiago de Compostela, 2018",
                               "CELTA-style TEFL certificate (120 h), 2023"]),
    ]))

# ------------------------------------------------------------------ w026
RESUMES.append(dict(
    file="w026.docx", family="Filipino nurse working as a care worker in Birmingham, name and contact in Word page header, Tagalog employer names",
    renderer="docx", layout="header", order="title_org", dates="mon", present="Present",
    name="Rowena Bautista Dimaculangan",
    contact=["Birmingham B29", "07700 900 453", "rowena.dimaculangan@mailbox.co.uk"],
    blocks=[
        ("text", "Professional Profile", ["Registered Nurse in the Philippines (PRC) with 7 years of hospital experience, currently a Senior Carer in the UK "
                                         "on the Health and Care Worker visa and preparing for the NMC OSCE."]),
        ("exp", "Employment History", [
            E("Senior Carer (Domiciliary)", "Kingsway Home Care Services", "Birmingham", "2023-07", "present", F, "healthcare_care",
              ["Visit 10–12 service users a day in their own homes: personal care, medication prompts, meals",
               "Update care plans in the app and call the office and GP when a service user is unwell",
               "Shadow and sign off new carers"]),
            E("Staff Nurse – Medical Ward", "Ospital ng Lungsod ng Batangas (Batangas City Hospital)", "Batangas City, Philippines", "2018-03", "2023-03", F, "healthcare_care",
              ["Handled 15–20 patients per shift, medication administration, IV therapy and wound care",
               "Health teaching to patients and relatives before discharge"],
              porg="Ospital ng Lungsod ng Batangas (Batangas City Hospital)"),
            E("Nurse Volunteer (Job Order)", "Rural Health Unit – Bayan ng Ibaan", "Ibaan, Batangas", "2016-08", "2018-02", F, "healthcare_care",
              ["Assisted in vaccination, prenatal check-ups and TB DOTS program in the municipality",
               "Encoded the patients' records in the iClinicSys"],
              etype="volunteer", section="volunteer"),
            E("Medical Transcriptionist (night shift)", "Lipa Data Solutions", "Lipa City, Batangas", "2015-06", "2016-07", A, None,
              ["Transcribed dictations of US doctors into patient reports, 98% accuracy"]),
        ]),
        ("text", "Education", ["Bachelor of Science in Nursing – Lyceum of Batangas, 2015 · Philippine Nurse Licensure Exam, 2016",
                               "NMC CBT passed (2025) · IELTS 7.0"]),
        ("text", "References", ["Available upon request"]),
    ]))

# ------------------------------------------------------------------ w027
RESUMES.append(dict(
    file="w027.txt", family="French backpacker on a working holiday in Western Australia, plain text pasted from an email, dates first, year-only and 'to date'",
    renderer="txt", hstyle="stars", order="datesfirst", dates="mm/yyyy", present="now", bullet="•", sep=" to ",
    name="Théo Marchand",
    contact=["Perth WA 6000 · 0451 555 882 · theo.marchand@mailbox.fr", "Working Holiday Visa 417 (2nd year), available 7 days"],
    blocks=[
        ("exp", "Experience", [
            E("Kitchen Hand / Dishie", "The Salty Pelican", "Fremantle WA", "2025-11", "present", A, None,
              ["Dishes, cleaning, and help the chefs with prep on busy days"]),
            E("Fruit Picker", "Carnarvon Banana Co.", "Carnarvon WA", "2025-05", "2025-10", N, None, []),
            E("Serveur (Waiter)", "Brasserie du Vieux Port", "Marseille, France", "2021-04", "2024-12", F, "in_person_service",
              ["Service in a busy brasserie with terrace, up to 40 tables per shift",
               "Took orders, advised on wines and explained the menu to tourists in English"]),
            E("Employé Polyvalent (Crew Member)", "Burger Minute (fast food)", "Aix-en-Provence, France", "2018-01", "2020-12", F, "in_person_service",
              ["Orders at the counter and drive, kitchen when needed, cleaning of the restaurant"],
              prec="year"),
        ]),
        ("text", "Education", ["BTS Management en Hôtellerie-Restauration, Lycée hôtelier de Marseille, 2021"]),
        ("text", "Languages", ["French native, English good, Italian some"]),
    ]))

# ------------------------------------------------------------------ w028
RESUMES.append(dict(
    file="w028.pdf", family="Mexican call-centre agent and warehouse lead in Mississauga, fpdf2 centred header, pipe lines, right-aligned dates",
    renderer="fpdf2", layout="centred", order="pipe", dates="mon", present="Present", bullet="•",
    name="Ximena Guadalupe Ortiz Salas",
    contact=["Mississauga, ON L5B 2C9  ·  (905) 555-0128  ·  ximena.ortiz@mailbox.ca"],
    blocks=[
        ("text", "Summary", ["Trilingual (Spanish / English / basic French) customer service and logistics professional. "
                             "Canadian experience in fulfilment; 6 years in contact centres in Mexico."]),
        ("exp", "Professional Experience", [
            E("Shift Lead – Outbound", "Peel Fulfilment Partners", "Mississauga, ON", "2024-05", "present", A, None,
              ["Lead 20 associates on the outbound dock so e-commerce orders ship the same day",
               "Resolve mis-picks and short shipments reported by the customer service team",
               "Daily KPI report: units per hour, on-time shipping, accuracy"]),
            E("Order Picker", "Peel Fulfilment Partners", "Mississauga, ON", "2023-03", "2024-04", A, None,
              ["Picked e-commerce orders with voice picking, 99.7% accuracy"]),
            E("Ejecutiva de Atención a Clientes (Customer Service Executive)", "Telcom-Norte Servicios de Contacto", "Guadalajara, Jalisco, Mexico", "2019-01", "2022-10", F, "contact_center",
              ["Inbound calls and chat of mobile clients: billing, portability, equipment warranty",
               "Retention offers to clients who wanted to cancel"],
              ptitle="Ejecutiva de Atención a Clientes (Customer Service Executive)"),
            E("Agente Bilingüe de Soporte (Bilingual Support Agent)", "Nexo Contact Center", "Guadalajara, Jalisco, Mexico", "2016-08", "2018-12", F, "contact_center",
              ["English support line for a US airline: changes of flights, baggage claims, refunds"]),
        ]),
        ("text", "Education", ["Licenciatura en Relaciones Internacionales – Universidad de Guadalajara, 2016 (WES evaluated)"]),
        ("text", "Languages", ["Spanish native · English C1 (IELTS 7.5) · French A2"]),
    ]))

# ------------------------------------------------------------------ w029
RESUMES.append(dict(
    file="w029.docx", family="Chilean newcomer in Vancouver, Word heading styles, employer heading with several roles beneath, Spanish employer",
    renderer="docx", layout="styles", order="orgfirst", dates="mon", present="Present", tabdates=True,
    name="Ignacio Tomás Valdebenito",
    contact=["Burnaby, BC V5H 2A1 · 778-555-0165 · ignacio.valdebenito@mailbox.ca"],
    blocks=[
        ("text", "Highlights", ["Retail and pharmacy retail experience in Chile and Canada · Spanish / English · Cash, inventory, customer service"]),
        ("exp", "Work Experience", [
            E("Pharmacy Assistant", "Coastline Drug Mart", "Burnaby, BC", "2025-03", "present", F, "healthcare_care",
              ["Receive prescriptions at the counter, enter them in Kroll and hand over to the pharmacist",
               "Answer customer calls about refills and ready prescriptions"]),
            E("Front Store Clerk", "Coastline Drug Mart", "Burnaby, BC", "2024-06", "2025-02", F, "in_person_service",
              ["Cashier and cosmetics counter, help customers find OTC products"]),
            E("Reponedor (Shelf Stocker)", "Supermercados Del Pacífico S.A.", "Viña del Mar, Chile", "2021-03", "2023-12", A, None,
              ["Stocked the shelves and cold rooms in the early morning before opening",
               "Checked expiry dates and made the price labels"]),
            E("Cajero (Cashier)", "Supermercados Del Pacífico S.A.", "Viña del Mar, Chile", "2019-01", "2021-02", F, "in_person_service",
              ["Attended clients at the checkout, card and cash payments, donation rounding campaign"]),
            E("Promotor de Ventas (Sales Promoter)", "Bebidas Andinas Ltda.", "Valparaíso, Chile", "2018-01", "2018-03", F, "sales_account",
              ["Summer contract: gave product tastings to shoppers in supermarkets and offered the promotion packs"],
              dtext="Summer 2018 (Jan–Mar)"),
        ]),
        ("text", "Education", ["Técnico de Nivel Superior en Administración – INACAP, 2019", "Pharmacy Assistant Certificate (online, in progress) – 2025"]),
    ]))

# ------------------------------------------------------------------ w030
RESUMES.append(dict(
    file="w030.md", family="German IT support technician in Denver, Markdown with bold title lines, employer in italics, 'Mon YYYY' dates",
    renderer="md", order="title_org", dates="mon", present="Present", mdsep=" | ",
    name="Lukas Hartmann",
    contact=["Aurora, CO 80012", "(720) 555-0131", "lukas.hartmann@mailbox.us", "Green card holder"],
    blocks=[
        ("text", "Profile", ["IT support technician with German apprenticeship training (Fachinformatiker). 10 years of hands-on support and systems work in Germany and the US."]),
        ("exp", "Experience", [
            E("IT Support Specialist", "Front Range Dental Partners", "Denver, CO", "2023-10", "present", F, "internal_support",
              ["Tier 1/2 support for 140 staff in 9 dental offices: phones, imaging PCs, printers, Microsoft 365",
               "Visit offices to set up new workstations and train front-desk staff on the practice software"]),
            E("Systems Administrator (contract)", "Aspen Ridge Logistics", "Commerce City, CO", "2022-06", "2023-09", N, None,
              ["Maintained VMware hosts, backups and firewall rules", "Migrated file servers to SharePoint, scripted user provisioning in PowerShell"]),
            E("Fachinformatiker Systemintegration (IT Systems Technician)", "Stadtwerke Lindenau GmbH", "Kassel, Germany", "2017-02", "2022-03", F, "internal_support",
              ["Second-level support for 600 users of the municipal utility, on site and by ticket",
               "Rolled out Windows 10 to all workplaces, explained changes to users in short trainings"]),
            E("Zivildienst (Civilian Service) – Rettungsdienst", "Deutsches Hilfswerk Kreisverband Kassel", "Kassel, Germany", "2010-07", "2011-06", F, "healthcare_care",
              ["Alternative civilian service in patient transport: drove and accompanied patients to dialysis and hospital appointments"],
              etype="paid"),
        ]),
        ("text", "Certifications", ["CompTIA A+ (2023) · ITIL 4 Foundation · Microsoft 365 Certified: Modern Desktop Administrator Associate"]),
        ("text", "Education", ["IHK apprenticeship Fachinformatiker für Systemintegration, 2017 · Abitur, 2010"]),
    ]))
