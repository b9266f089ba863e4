"""Résumés w001–w015 (Guest Services Agent applicant folder, week 1)."""
from lib import e

R = []

# ---------------------------------------------------------------- w001
R.append(dict(
    file="w001", ext="pdf", renderer="rl", layout="plain",
    family="UK hotel receptionist in the Lakes, Word-to-PDF single column, title line with right-aligned dates",
    order="title_org", datefmt="month", sep=" – ", present="Present",
    name="Bethany Clough",
    contact=["14 Sawmill Row, Kelderby, Cumbria CA12 9QT", "07700 914 382", "bethany.clough@mailbox.co.uk"],
    pdf=dict(layout="plain", accent=(0.25, 0.25, 0.25)),
    blocks=[
        ("Profile", "Friendly and reliable receptionist with over three years on a busy hotel front desk. "
                    "I enjoy the variety of the job and I'm used to working alone overnight. Looking for a "
                    "guest services role with a bigger group where I can keep learning."),
        ("Employment", [
            e("Front Office Receptionist", "Harrowgate Lodge Hotel", "Kelderby", "2023-03..present", "facing", "in_person_service", [
                "Check guests in and out (42 bedrooms, Opera PMS), take payments and deposits",
                "Answer the phone and website chat, take bookings for rooms and the restaurant",
                "Sort out problems on the spot – room moves, noisy neighbours, lost keys",
                "Train new starters on the desk and the end-of-day banking"]),
            e("Night Porter", "Harrowgate Lodge Hotel", "Kelderby", "2021-09..2023-02", "facing", "in_person_service", [
                "Looked after reception overnight: late arrivals, early departures and room service",
                "Security rounds, fire checks and the night audit sheet",
                "Set up the breakfast room for the morning team"]),
            e("Waitress", "The Old Bridge Inn", "Kelderby", "2020-05..2021-08", "facing", "in_person_service", [
                "Breakfast and evening service in a 60-cover dining room and beer garden",
                "Took orders on the EPOS, ran food and handled bills"]),
            e("Housekeeping Assistant", "Fellside Holiday Park", "Brackenthwaite", "summer 2019", "affecting", None, [
                "Turned round lodges between Saturday departures and arrivals",
                "Changing beds, cleaning kitchens and bathrooms, restocking welcome packs"]),
        ]),
        ("Education & Training", [
            "Level 2 Certificate in Hospitality Services – Kelderby College (2020)",
            "4 GCSEs including English and Maths – Fellside Academy",
            "Food Hygiene Level 2, First Aid at Work (2024)"]),
        ("Other", ["Full UK driving licence. Basic German. References available on request."]),
    ]))

# ---------------------------------------------------------------- w002
R.append(dict(
    file="w002", ext="docx", renderer="docx", layout="styles",
    family="Filipino resort guest-relations officer applying from abroad, Word heading styles, Heading 2 job titles with italic date line",
    order="title_org", datefmt="month", sep=" - ", present="Present",
    name="Maria Lourdes B. Dizon",
    contact=["Purok 4, Brgy. Taytay, Lumaban, Bohol 6300, Philippines", "+63 917 552 0418",
             "mlbdizon@mailbox.ph", "Skype: marialourdes.dizon"],
    docx=dict(layout="styles", h2_titles=True, title_style=True, font="Arial", size=10),
    blocks=[
        ("Career Objective", "To obtain a position as Guest Services Agent in an international hotel group where I can "
                             "use my 8 years of experience in front office and guest relations and contribute to excellent "
                             "guest satisfaction."),
        ("Work Experience", [
            e("Guest Relations Officer", "Bellavista Bay Resort & Spa", "Lumaban, Bohol", "2022-06..present", "facing", "in_person_service", [
                "Welcomes VIP and repeat guests upon arrival, conducts resort orientation and room escort",
                "Handles guest concerns and complaints and makes sure of service recovery within the shift",
                "Does courtesy calls and table visits during dinner, records guest preferences in the guest history",
                "Coordinates with Housekeeping and Engineering for special requests (honeymoon set-up, birthday cakes)"]),
            e("Front Desk Agent", "Hotel Casa Ilustre", "Sta. Rosario City, Cebu", "2019-08..2022-05", "facing", "in_person_service", [
                "Check-in and check-out of guests, room assignment, posting of charges",
                "Accepts walk-in reservations and upselling of room categories",
                "Prepares shift report and turnover of cash to General Cashier",
                "Served as COVID quarantine hotel desk agent 2020-2021 (health declaration, meal deliveries)"]),
            e("Reservations Agent", "Amihan Travel Corporation", "Quezon Hills, Metro Manila", "2018-07..2019-07", "facing", "contact_center", [
                "Handled inbound calls and e-mails from travellers for domestic hotel and tour packages",
                "Encoded bookings in the system and sent confirmation vouchers"]),
            e("On-the-Job Trainee – Food & Beverage", "Hotel Sierra Madre Grande", "Tanauan Heights, Batangas", "2017-10..2018-03", "facing", "in_person_service", [
                "Assisted in banquet set-up and mise en place for weddings and seminars",
                "Served guests at the coffee shop during breakfast buffet",
                "600 hours OJT, required for BS HRM"], etype="internship"),
        ]),
        ("Educational Background", [
            "Bachelor of Science in Hotel and Restaurant Management – Holy Rosary College of Lumaban, 2014-2018",
            "TESDA NC II Front Office Services"]),
        ("Skills", ["- Opera PMS, Micros, MS Office", "- English (fluent), Filipino, Cebuano",
                    "- Calm under pressure, good with difficult guests"]),
        ("Character References", ["Available upon request."]),
    ]))

# ---------------------------------------------------------------- w003
R.append(dict(
    file="w003", ext="txt", renderer="txt", layout="portal",
    family="Indian hotel-management diploma holder, job-portal CV pasted as text, Organisation/Designation/Duration lines, 'till date'",
    order="portal", datefmt="mon", sep=" to ", present="till date",
    name="CURRICULUM VITAE",
    contact=["", "ABHISHEK KUMAR RAWAT", "Mobile : +91 98370 44129", "Email : abhishekrawat.hm@mailbox.in",
             "Address : H.No. 212, Gandhi Nagar, Ranipur, Uttarakhand - 249403"],
    txt=dict(heading="colon", bullet="*", width=80),
    blocks=[
        ("Career Objective", "Seeking a challenging position in the Front Office department of a reputed hotel where I "
                             "can utilise my skills and knowledge for the growth of the organisation as well as myself."),
        ("Work Experience", [
            e("Guest Relation Executive", "Hotel Shivalik Residency", "Ranipur", "2023-06..present", "facing", "in_person_service", [
                "Greeting the guest at the lobby and escorting to the room",
                "Handling guest complaints and giving feedback to concerned department",
                "Making guest history card and arranging welcome amenities for VIPs",
                "Co-ordination with travel desk for sightseeing and taxi bookings"]),
            e("F&B Service Associate", "The Grand Orchid", "Navgarh", "2021-11..2023-05", "facing", "in_person_service", [
                "Taking order from the guest and suggestive selling",
                "Banquet service for marriages and conferences (up to 400 pax)",
                "Mise-en-place and closing duties of the restaurant"]),
            e("Commis III", "Hotel Saffron Court", "Navgarh", "2021-03..2021-10", "affecting", None, [
                "Preparation of Indian gravies and tandoor marination",
                "Maintaining FIFO and cleanliness of the cold room"]),
            e("Industrial Trainee", "The Lakeview Palace", "Bhimtal Kund", "2019-12..2020-05", "facing", "in_person_service", [
                "22 weeks training in all four core departments - Front Office, F&B Service, Housekeeping, F&B Production",
                "In Front Office assisted in check-in of guests and handled the lobby desk"], etype="internship"),
        ]),
        ("Educational Qualification", [
            "* 3 Yrs Diploma in Hotel Management & Catering Technology - State Institute of Hotel Management, Navgarh (2018-2021) - 71%",
            "* 12th (Commerce) - Uttarakhand Board - 2018 - 64%",
            "* 10th - Uttarakhand Board - 2016 - 68%"]),
        ("Computer Knowledge", ["IDS Fortune, MS Office, Internet"]),
        ("Strengths", ["* Positive attitude", "* Punctual and hard working", "* Good communication skill"]),
        ("Personal Details", [
            "Father's Name : Sh. Ramesh Singh Rawat", "Date of Birth : 14-08-2000", "Marital Status : Unmarried",
            "Languages Known : Hindi, English, Garhwali"]),
        ("Declaration", ["I hereby declare that all the information given above is true to the best of my knowledge.",
                         "", "Place : Ranipur                                   (ABHISHEK KUMAR RAWAT)"]),
    ]))

# ---------------------------------------------------------------- w004
R.append(dict(
    file="w004", ext="html", renderer="html", layout="table",
    family="Polish waitress in England, HTML page from a CV builder, dates first (mm.yyyy), 'now'",
    order="dates_first", datefmt="mm.yyyy", sep=" – ", present="now",
    name="Agnieszka Pawlak",
    contact=["Pellingham, Northamptonshire (UK)", "tel. 07412 660 519", "agnieszka.pawlak88@mailbox.com",
             "Right to work: EU Settled Status"],
    html=dict(style="table"),
    blocks=[
        ("About me", "Hard-working and smiling person. In UK since 2023. I like contact with people and I want to "
                     "develop in hotel industry. My English is good (B2) and I am improving every day."),
        ("Work experience", [
            e("Waitress", "Rosemary & Thyme Bistro", "Pellingham, UK", "2024-04..present", "facing", "in_person_service", [
                "serving guests, taking orders, recommending wines",
                "preparing coffees and desserts",
                "closing the till at end of shift"]),
            e("Warehouse Operative (agency)", "Northgate Distribution Ltd", "Pellingham, UK", "2023-02..2024-03", "affecting", None, [
                "picking and packing online orders with scanner",
                "checking quality of returned clothes"]),
            e("Shop Assistant", "Sklep Spożywczy „Pod Lipami”", "Wierzbnica, Poland", "2019-09..2022-12", "facing", "in_person_service", [
                "serving customers at deli counter and cash register",
                "receiving deliveries, controlling expiry dates",
                "opening and closing the shop alone on Saturdays"]),
            e("Production Worker", "Zakłady Mięsne Wierzbnica", "Wierzbnica, Poland", "2018-06..2019-08", "none", None, [
                "packing and labelling of meat products on production line",
                "work in cold conditions, 3 shifts"]),
        ]),
        ("Education", ["2014–2018 Technikum Ekonomiczne, Wierzbnica – technician of economics"]),
        ("Languages", ["Polish – native", "English – B2", "Russian – basic"]),
        ("Other", ["Food Hygiene Level 2 (2024). I consent to the processing of my personal data for recruitment purposes."]),
    ]))

# ---------------------------------------------------------------- w005
R.append(dict(
    file="w005", ext="md", renderer="md", layout="h3",
    family="English college student, first CV in Markdown, a year of weekend café work, paper round and work experience",
    order="title_org", datefmt="mon", sep=" – ", present="Now",
    name="Jake Thornhill",
    contact=["Ashcombe, Somerset", "07951 208 733", "jake.thornhill07@mailbox.co.uk"],
    md=dict(bullet="*", h3=True),
    blocks=[
        ("About Me", "I'm 18 and in my second year of a BTEC in Travel and Tourism at Ashcombe College. I'm looking "
                     "for weekend and holiday hours. I'm polite, turn up on time and I'm not afraid of hard work."),
        ("Experience", [
            e("Weekend Team Member", "Pickwell's Garden Centre Café", "Ashcombe", "2025-10..present", "facing", "in_person_service", [
                "Serving at the counter, making hot drinks and taking payment",
                "Clearing and wiping tables, washing up when it's quiet",
                "Helped out on the Christmas grotto weekends"]),
            e("Shop Volunteer", "Ashcombe Hospice Shop", "Ashcombe", "summer 2024", "facing", "volunteering", [
                "Sorted and steamed donated clothes",
                "Did the till on Saturday mornings"], section="volunteer", etype="volunteer"),
            e("Work Experience Placement", "Fenn & Marlow Solicitors", "Ashcombe", "2024-02..2024-02", "none", None, [
                "One week in Year 11: scanning old files, shredding and putting together document bundles",
                "Shadowed the receptionist for a morning"], section="other", etype="internship"),
            e("Paper Round", "Ashcombe News & Post", "Ashcombe", "2022..2024", "affecting", None, [
                "Delivered morning papers to about 60 houses, six days a week"]),
        ]),
        ("Education", ["BTEC Level 3 Extended Diploma in Travel & Tourism – Ashcombe College (2025 – 2027)",
                       "7 GCSEs grades 4–6 – Ashcombe Community School"]),
        ("Interests", "Football (I play for Ashcombe Rovers U19s), gaming and going to gigs."),
    ]))

# ---------------------------------------------------------------- w006
R.append(dict(
    file="w006", ext="pdf", renderer="fpdf", layout="centred",
    family="Nigerian telecom call-centre agent, fpdf2 centred header, title with right-aligned dates, 'Date' for present",
    order="title_org", datefmt="month", sep=" – ", present="Date",
    name="Chiamaka Obi-Nwosu",
    contact=["12 Adeniran Close, Okeluwa, Lagos State", "+234 803 441 9027", "chiamaka.obinwosu@mailbox.ng"],
    pdf=dict(layout="centred", shaded_heads=True, fill=(220, 232, 220)),
    blocks=[
        ("Professional Summary", "Customer care professional with over four years handling high call volumes for a "
                                 "mobile network, backed by a background in retail and small business. Resilient, "
                                 "target-driven and fluent in English, Igbo and Yoruba."),
        ("Work Experience", [
            e("Customer Care Representative", "Lintel Mobile Communications Ltd", "Okeluwa, Lagos", "2022-03..present", "facing", "contact_center", [
                "Handle an average of 85 inbound calls per day on billing, data bundles and SIM swap requests",
                "Resolve first-level complaints and escalate network faults through the CRM ticketing tool",
                "Consistently scored above 92% on call quality audits; Agent of the Month, August 2024",
                "Mentor new hires during their first two weeks on the floor"]),
            e("Corps Member (NYSC) – Class Teacher", "Community Secondary School, Ebiraku", "Ebiraku, Ondakari State", "2021-02..2022-01", "facing", "education", [
                "Taught English Language and Civic Education to JSS 2 and JSS 3 students",
                "Organised the school's first inter-house debate competition"], etype="internship"),
            e("POS Operator (self-employed)", None, "Ebiraku", "2019-09..2021-01", "facing", "entrepreneurial_freelance", [
                "Ran a POS cash withdrawal and transfer stand beside Ebiraku main market",
                "Served 40–60 traders and shoppers a day, kept daily float records"], etype="freelance"),
            e("Sales Girl", "Mama Tobi Provisions", "Ebiraku", "2016..2017", "facing", "in_person_service", [
                "Attended to customers, arranged goods and kept the sales book during holidays"]),
        ]),
        ("Education", ["B.Sc. Mass Communication – Ondakari State University (2015 – 2019), Second Class Upper",
                       "WASSCE – Ebiraku Girls' High School"]),
        ("Skills", ["MS Office, CRM ticketing, typing 45 wpm. Conflict resolution, active listening."]),
        ("Referees", ["Available on request."]),
    ]))

# ---------------------------------------------------------------- w007
R.append(dict(
    file="w007", ext="docx", renderer="docx", layout="tabs",
    family="UK army veteran now a security officer, Word bold title with right tab-stop dates and italic employer line",
    order="title_org", datefmt="mon", sep=" - ", present="Present",
    name="Craig Pemberton",
    contact=["Marrowgate, West Yorkshire", "07823 551 096", "craig.pemberton@mailbox.co.uk", "SIA Door Supervisor licence"],
    docx=dict(layout="tabs", font="Cambria", centre=True),
    blocks=[
        ("Personal Statement", "Ex-forces (10 years) and now working front-of-house security. Disciplined, good with "
                               "people and calm when things kick off. I would like to move into a hotel environment "
                               "where I can use my people skills more."),
        ("Employment History", [
            e("Security Officer", "Castlegate Security Services", "Marrowgate Business Centre", "2023-01..present", "facing", "in_person_service", [
                "Reception desk in a multi-tenant office building – signing in visitors and contractors, issuing passes",
                "First point of contact for tenants' enquiries and deliveries",
                "Patrols, CCTV monitoring, incident reports"]),
            e("Delivery Driver", "Parcelwise", "Marrowgate", "2022-04..2022-12", "affecting", None, [
                "Multi-drop van route, 110+ parcels a day",
                "Most drops left in safe place or with neighbours and photographed for proof of delivery"]),
            e("Lance Corporal – Supply Specialist", "2nd Battalion, The King's Border Regiment", None, "2015-05..2022-03", "affecting", None, [
                "Ran the company's equipment account (£1.2m) – stock checks, audits, demands",
                "Planned and loaded vehicle moves for exercises in the UK, Canada and Kenya",
                "Trained and supervised 3 junior storemen"], etype="military"),
            e("Rifleman", "2nd Battalion, The King's Border Regiment", None, "2012-09..2015-04", "none", None, [
                "Infantry section duties, one operational tour",
                "Section 2IC on exercises"], etype="military"),
        ]),
        ("Qualifications", ["- SIA Door Supervisor and CCTV licences", "- Level 3 Award in Emergency First Aid",
                            "- Cat C+E driving licence", "- Functional Skills English and Maths Level 2"]),
        ("Interests", ["Boxing coach at Marrowgate ABC on Tuesdays. Fell running."]),
    ]))

# ---------------------------------------------------------------- w008
R.append(dict(
    file="w008", ext="txt", renderer="txt", layout="equals",
    family="Brazilian ex-bank teller working as a barista in Ireland, plain text with ruled headings, 'Title – Employer, Town' and mm/yyyy dates",
    order="dash", datefmt="mm/yyyy", sep=" - ", present="current",
    name="THIAGO FERREIRA LIMA",
    contact=["Kilbrannagh, Co. Galway | +353 87 204 6613 | thiago.flima@mailbox.com",
             "Stamp 1G / Stamp 4 eligible"],
    txt=dict(heading="equals", bullet="•", width=86),
    blocks=[
        ("Summary", "Brazilian, living in Ireland since 2022. 5 years experience in bank agency attending clients, "
                    "now working in coffee shop. I am looking for opportunity in hotel reception to use my languages "
                    "(Portuguese, Spanish, English)."),
        ("Professional Experience", [
            e("Barista", "The Daily Grind Coffee Co.", "Kilbrannagh", "2023-09..present", "facing", "in_person_service", [
                "Preparing espresso drinks, serving customers in busy morning rush (200+ coffees)",
                "Opening the shop at 6:30, cash and card payments, cleaning the machine"]),
            e("Kitchen Porter", "Hotel Corrib Strand", "Kilbrannagh", "2022-10..2023-08", "affecting", None, [
                "Washing pots and dishes, helping chefs with prep of vegetables",
                "Keeping kitchen and storage area clean"]),
            e("Bank Teller (Caixa)", "Banco Cooperativo do Vale", "Santa Luzia do Campo, Brazil", "2017-02..2022-06", "facing", "in_person_service", [
                "Responsible for attend clients in the agency: deposits, withdrawals, bill payments",
                "Opening accounts and explaining products to new clients",
                "Closing of cash daily without differences"]),
            e("Administrative Assistant", "Imobiliária Horizonte", "Santa Luzia do Campo, Brazil", "2015-03..2017-01", "facing", "in_person_service", [
                "Attended clients at the front desk and scheduled visits to properties",
                "Filing of rental contracts and data entry"]),
        ]),
        ("Education", ["Bachelor in Business Administration - Faculdade Santa Luzia (2013-2017)",
                       "General English - Kilbrannagh School of English (2022)"]),
        ("Languages", ["Portuguese (native) / Spanish (advanced) / English (B2+)"]),
    ]))

# ---------------------------------------------------------------- w009
R.append(dict(
    file="w009", ext="pdf", renderer="rl", layout="sidebar",
    family="Spanish hostel receptionist with au pair and seasonal resort work, reportlab shaded left sidebar, pipe title/employer/town line",
    order="pipe", datefmt="mon", sep=" – ", present="Present",
    name="Lucía Fernández Ortega",
    contact=["Villaserena (Valencia), Spain", "+34 622 48 19 07", "lucia.fdez.ortega@mailbox.es", "Available to relocate"],
    sidebar=[("Languages", ["Spanish – native", "Valencian – native", "English – C1 (Cambridge Advanced)", "French – A2"]),
             ("Skills", ["Booking.com extranet", "Cloudbeds", "Excel", "Social media"]),
             ("Interests", ["Hiking, photography, learning Italian"])],
    pdf=dict(layout="sidebar", side_color=(0.93, 0.88, 0.84), accent=(0.55, 0.2, 0.15)),
    blocks=[
        ("About me", "Outgoing and organised receptionist with a degree in Tourism. I have lived in Ireland and worked "
                     "with guests of many nationalities. I would love to join an international hotel group."),
        ("Experience", [
            e("Receptionist", "Hostal Las Acacias", "Villaserena", "2022-04..2025-09", "facing", "in_person_service", [
                "Check-in/out in three languages, city tips and tour bookings for guests",
                "Managed reservations from Booking.com and Hostelworld, replied to reviews",
                "Night shifts alone on weekends"]),
            e("Au Pair", None, "Drumcarrow, Ireland", "2021-09..2022-03", "facing", "healthcare_care", [
                "Looked after two children (4 and 7): school runs, homework, dinners and bedtime",
                "Light housework for the host family"], etype="paid"),
            e("Animadora (Entertainment Team)", "Club Hotel Mar Azul", "Puerto Calderón", "summer 2021", "facing", "other_facing", [
                "Mini-club for children 4–12, pool games and evening shows for hotel guests"]),
            e("Tour Guide (freelance)", "Rutas Villaserena", "Villaserena", "2019..2021", "facing", "other_facing", [
                "Walking tours of the old town in Spanish and English for groups up to 25"], etype="freelance"),
        ]),
        ("Education", ["Degree in Tourism – Universidad de Levante Interior (2016 – 2020)",
                       "Erasmus semester – Dunmore Institute of Technology, Ireland (2019)"]),
    ]))

# ---------------------------------------------------------------- w010
R.append(dict(
    file="w010", ext="docx", renderer="docx", layout="table",
    family="UK practice nurse leaving nursing, Word borderless table per job (title left, dates right), career break listed",
    order="title_org", datefmt="mon", sep=" – ", present="Present",
    name="Sinéad Molloy RGN",
    contact=["3 Larch Avenue, Bramwick BW4 7HS", "07788 302 115", "sinead.molloy@mailbox.co.uk"],
    docx=dict(layout="table", font="Calibri", contact_lines=True),
    blocks=[
        ("Personal Profile", "Registered nurse with over twenty years' experience in hospital, nursing home and GP "
                             "settings. After a long and rewarding career I am looking for a change of direction into "
                             "a customer-focused role with regular hours, where my communication skills, calm manner "
                             "and attention to detail will be valued."),
        ("Career History", [
            e("Practice Nurse", "Orchard Lane Surgery", "Bramwick", "2016-04..present", "facing", "healthcare_care", [
                "Run chronic disease clinics (asthma, diabetes), immunisations and cervical screening",
                "Telephone triage and advice to patients; long-term condition reviews",
                "Practice lead for infection control"]),
            e("Staff Nurse – Surgical Ward", "Bramwick General Hospital", "Bramwick", "2008-09..2016-03", "facing", "healthcare_care", [
                "Care of pre- and post-operative patients on a 28-bed ward",
                "Admissions and discharges, liaising with families and community teams",
                "Mentor for student nurses"]),
            e("Career Break", None, None, "2004-01..2008-08", "none", None, [
                "Full-time parent to three young children"], etype="unknown"),
            e("Staff Nurse", "Holmwood Nursing Home", "Aldersley", "2001-10..2003-12", "facing", "healthcare_care", [
                "Nursing care for 40 elderly residents, medication rounds, care plans"]),
        ]),
        ("Education and Qualifications", [
            "Diploma in Higher Education – Adult Nursing, Aldersley School of Nursing (1998 – 2001)",
            "Practice Nurse Foundation Course (2016); Immunisation update (annual)"]),
        ("References", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w011
R.append(dict(
    file="w011", ext="html", renderer="html", layout="clean",
    family="UK energy contact-centre adviser, HTML résumé page, employer line first with floated dates, title below",
    order="org_title", datefmt="mon", sep=" – ", present="Present",
    name="Priya Desai",
    contact=["Rostholme, Greater Manchester", "07466 129 804 · priya.desai@mailbox.co.uk"],
    html=dict(style="clean"),
    blocks=[
        ("Summary", "Contact-centre adviser with five years on the phones in energy and credit. I like solving a "
                    "problem in one call and I am used to working to KPIs (AHT, FCR, NPS)."),
        ("Experience", [
            e("Customer Service Advisor", "Brightwater Energy", "Rostholme", "2023-05..present", "facing", "contact_center", [
                "Inbound calls and webchat on bills, meter readings, smart meter bookings and moving home",
                "Set up payment plans for customers in difficulty and refer vulnerable customers to the priority register",
                "NPS 71 over the last 12 months against a team average of 58"]),
            e("Collections Agent", "Carrick Credit Solutions", "Rostholme", "2021-08..2023-04", "facing", "contact_center", [
                "Outbound calls to customers in arrears on catalogue and loan accounts",
                "Agreed affordable repayment plans, following FCA guidelines on treating customers fairly"]),
            e("Returns Processor", "Stylebox Fulfilment", "Heywood Bridge", "2020-02..2021-07", "affecting", None, [
                "Checked and graded returned clothing, re-bagged and relabelled stock for resale",
                "Hit 140 units per hour"]),
            e("Sales Assistant (Christmas temp)", "Hallworth's Department Store", "Rostholme", "2019-11..2020-01", "facing", "in_person_service", [
                "Tills and gift wrapping on the fragrance floor"]),
        ]),
        ("Education", ["BTEC Level 3 Business – Rostholme Sixth Form College (2017 – 2019)"]),
        ("Skills", ["Salesforce, Genesys, MS Teams, Excel · typing 55 wpm · Gujarati (spoken)"]),
    ]))

# ---------------------------------------------------------------- w012
R.append(dict(
    file="w012", ext="pdf", renderer="fpdf", layout="left",
    family="English accounts clerk changing career, fpdf2 left-aligned header, title, employer and dates each on their own line",
    order="dateline", datefmt="mm/yyyy", sep=" - ", present="Present",
    name="Gillian Marsh",
    contact=["Corley Vale, Staffordshire", "Tel: 01782 940 316 / 07731 822 490", "Email: gill.marsh@mailbox.co.uk"],
    pdf=dict(layout="left", size=10),
    blocks=[
        ("Profile", "Accounts and payroll administrator with 15+ years in office roles. I have decided on a change "
                    "and want to get back to working with people face to face, which I enjoyed early in my career "
                    "on reception. Organised, accurate and unflappable."),
        ("Work History", [
            e("Accounts Payable Clerk", "Halden Freight Ltd", "Corley Vale", "2017-03..present", "none", None, [
                "Matching supplier invoices to purchase orders and GRNs in Sage 200",
                "Weekly BACS payment runs and month-end accruals",
                "Resolving supplier queries about remittances by email"]),
            e("Payroll Administrator", "Kestrel Care Group", "Stoke Halden", "2012-06..2017-02", "facing", "internal_support", [
                "Monthly payroll for 400 care staff across 9 homes",
                "Answered staff pay queries on the phone and in person at head office; held payslip drop-ins at the homes",
                "Starters, leavers, SSP and SMP calculations"]),
            e("Receptionist (temp)", "Corley Vale Borough Council", "Corley Vale", "2011-09..2012-05", "facing", "in_person_service", []),
            e("Office Junior", "Prentice & Lowe Estate Agents", "Corley Vale", "2009..2011", "affecting", None, [
                "Filing, post and photocopying",
                "Typing up property particulars and floor plans for the window and website"]),
        ]),
        ("Education", ["AAT Level 3 Diploma in Accounting (2014)", "CIPP Payroll Certificate (2013)",
                       "A levels: English, Business Studies – Corley Vale High School"]),
        ("IT", ["Sage 200, Sage Payroll, Excel (VLOOKUPs, pivot tables), Outlook"]),
        ("References", ["On request"]),
    ]))

# ---------------------------------------------------------------- w013
R.append(dict(
    file="w013", ext="docx", renderer="docx", layout="header",
    family="UK supermarket customer-service supervisor, name and contact in the Word page header, heading styles, 'to present'",
    order="title_org", datefmt="month", sep=" to ", present="present",
    name="Marcus Bennett-Cole",
    contact=["Dunmere, Lincolnshire", "07590 447 213", "marcus.bennettcole@mailbox.co.uk"],
    docx=dict(layout="header", font="Calibri", size=10.5),
    blocks=[
        ("Personal Profile", "I have spent ten years in supermarket retail, working my way up from checkouts to running "
                             "the customer service desk. I'm the person who gets sent for when a customer wants the "
                             "manager. I want to bring that experience into hospitality."),
        ("Work Experience", [
            e("Customer Service Supervisor", "Foxley's Supermarket", "Dunmere", "2022-02..present", "facing", "in_person_service", [
                "Run the customer service desk: refunds, complaints, click & collect, lottery and parcel point",
                "Supervise a team of 14 checkout and self-scan colleagues, plan breaks and cover",
                "Deal with escalated complaints on the shop floor and by phone; cut repeat complaints by a third",
                "Cash office cover and end-of-day reconciliations"]),
            e("Checkout Team Leader", "Foxley's Supermarket", "Dunmere", "2019-07..2022-01", "facing", "in_person_service", [
                "Led checkouts on evening and weekend shifts, authorised voids and age-restricted sales",
                "Coached new starters on tills and customer service"]),
            e("Checkout Assistant", "Foxley's Supermarket", "Dunmere", "2017-09..2019-06", "facing", "in_person_service", []),
            e("Sales Assistant", "Sole Mates Shoes", "Dunmere", "2016-04..2017-08", "facing", "in_person_service", [
                "Fitted children's shoes, measured feet and ran the stockroom on Mondays"]),
            e("Volunteer Steward", "Dunmere Food Festival", "Dunmere", "2018..2023", "facing", "volunteering", [
                "Every August weekend: gate, wristbands, directions and lost children point"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Training", ["Level 3 Team Leading (apprenticeship, 2021)", "Challenge 25 and conflict management",
                      "Emergency First Aid at Work"]),
        ("Education", ["Dunmere Academy – 6 GCSEs"]),
    ]))

# ---------------------------------------------------------------- w014
R.append(dict(
    file="w014", ext="txt", renderer="txt", layout="caps",
    family="English warehouse and factory worker with little customer contact, plain text in caps headings, 'Title – Employer, Town (dates)'",
    order="dash", datefmt="mon", sep=" - ", present="now",
    name="Lee Hargreaves",
    contact=["Heddon Bridge, Lancs", "07402 338 165", "leehargreaves1996@mailbox.co.uk"],
    txt=dict(heading="caps", bullet="-", date_join="paren", width=80),
    blocks=[
        ("About", "Hard worker, never late, looking for a change from warehouse work into something where I deal "
                  "with people. Happy to do shifts and weekends."),
        ("Work", [
            e("Warehouse Operative", "Marsh Lane Logistics", "Heddon Bridge", "2024-08..present", "affecting", None, [
                "reach truck and counterbalance (licensed)",
                "loading trailers for store deliveries, checking pallets against the manifest"]),
            e("Production Operative", "Pennine Plastics", "Heddon Bridge", "2021-01..2024-06", "none", None, [
                "running injection moulding machines on 12 hr shifts",
                "quality checks on parts, boxing and labelling"]),
            e("Car Wash Attendant", "Sparkle Hand Car Wash", "Colne Moor", "2019-05..2020-09", "facing", "in_person_service", [
                "took keys and payment off customers and explained the different valets",
                "washing and valeting cars"]),
            e("Labourer", "J. Moffat Building Contractors", "Colne Moor", "2018..2019", "none", None, []),
        ]),
        ("Education", ["Heddon Bridge High School - GCSEs English 4, Maths 4"]),
        ("Tickets", ["Counterbalance and reach (2024), CSCS card (expired)"]),
    ]))

# ---------------------------------------------------------------- w015
R.append(dict(
    file="w015", ext="docx", renderer="docx", layout="sidebar",
    family="English returner after a five-year break, Word two-column layout table with shaded sidebar, former travel consultant and cabin crew",
    order="title_org", datefmt="month", sep=" – ", present="Present",
    name="Helen Ashworth",
    contact=["Lowick Green, Cheshire", "07921 660 184", "helen.ashworth@mailbox.co.uk"],
    sidebar=[("Skills", ["Galileo / Amadeus (refresher 2024)", "Cash handling", "Microsoft 365", "Conversational French"]),
             ("Availability", ["School hours, some weekends", "Full driving licence"])],
    docx=dict(layout="sidebar", font="Calibri", size=10, side_fill="E8E2EE"),
    blocks=[
        ("Profile", "Friendly, well-organised customer service professional returning to full-time work after raising "
                    "my children. Eleven years with the public in the air and on the high street, and a part-time "
                    "school office role since 2024."),
        ("Experience", [
            e("School Office Assistant (part-time)", "St Brendan's Primary School", "Lowick Green", "2024-09..present", "facing", "in_person_service", [
                "First point of contact for parents and visitors at the office window and on the phone",
                "Morning attendance calls, dinner money and trip payments"]),
            e("Career Break – raising my family", None, None, "2019-04..2024-08", "none", None, [], etype="unknown"),
            e("Travel Consultant", "Sunseeker Travel", "Lowick", "2012-05..2019-03", "facing", "in_person_service", [
                "Booked package and tailor-made holidays for walk-in and phone customers",
                "Handled amendments, complaints and travel-insurance claims",
                "Top seller in the branch 2016 and 2018"]),
            e("Cabin Crew", "Skylark Airways", "Manningham Airport base", "2008-03..2012-04", "facing", "in_person_service", [
                "Safety and service on short-haul and charter flights, in-flight retail"]),
            e("PTA Volunteer", "St Brendan's PTA", "Lowick Green", "2021..2023", "facing", "volunteering", [
                "Ran the tombola and refreshment stall at summer and Christmas fairs"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["A levels – French, Geography, English (Lowick Sixth Form)", "ABTA Travel Consultant Level 2"]),
    ]))
