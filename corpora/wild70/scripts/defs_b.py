"""Résumés w016–w030 (wild70: students and the gig economy)."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w016
R({
    "file": "w016.pdf", "renderer": "fpdf2",
    "family": "Philippine working student and Upwork virtual assistant, 2-page fpdf2 CV with page footer, year-only family-store dates",
    "layout": "fpdf2, left/title_org, mon / 'Present'",
    "name": "Jerome A. Villanueva",
    "contact": ["Purok 3, Brgy. Mabini, Sta. Lucia, Batangas Norte · 0998 555 4410 · jerome.villanueva@mailbox.ph"],
    "ds": "mon", "pw": "Present", "hdr": "title_org", "bul": "•",
    "opts": {"layout": "left", "footer": "Curriculum Vitae of Jerome A. Villanueva - Page {page}"},
    "sections": [
        ("Career Objective", "To obtain a remote support or virtual assistant position where I can apply my "
                             "experience with international clients while finishing my degree."),
        ("Work Experience", [
            E("Virtual Assistant (part-time)", "Self-employed / Upwork clients", "Remote", "2024-04", "present",
              "facing", "entrepreneurial_freelance",
              ["Manage inbox and calendar for a US real-estate agent",
               "Call buyers and sellers to schedule property viewings and send reminders",
               "Update listings and CRM notes daily"], et="freelance"),
            E("Chat Support Agent (project-based)", "Bluewave Outsourcing Inc.", "Lipa Heights", "2023-08", "2024-03",
              "facing", "digital_service",
              ["Answered live chat for an Australian online furniture store: order status, returns, delivery dates",
               "Handled 60-80 chats per shift with 93% QA score"]),
            E("Working Student - Library Aide", "Colegio de Santa Rosalia", "Sta. Lucia", "2022-06", "2023-03",
              "affecting", None,
              ["Catalogued new acquisitions and repaired damaged books in the technical section",
               "Shelved returned books before opening"], section="other"),
            E("Online Seller", "Lumi Crafts PH (Shopee)", "Sta. Lucia", "2021-03", "2022-12", "facing",
              "entrepreneurial_freelance",
              ["Made and sold handmade resin keychains and phone charms",
               "Answered buyer chats, packed and shipped orders"], et="freelance"),
            E("Store Helper", "Villanueva Sari-Sari Store (family business)", "Sta. Lucia", "2019-01", "2023-12",
              "facing", "in_person_service",
              ["Tended the store after class: sold goods to neighbours, gave change, recorded credit (utang) in the "
               "notebook"], prec="year"),
        ]),
        ("Education", ["Bachelor of Science in Information Technology, Colegio de Santa Rosalia, 2021 - 2026 (graduating)",
                       "Senior High School (ICT Strand), Sta. Lucia National High School, 2021"], {"newpage": True}),
        ("Trainings / Seminars", ["TESDA Contact Center Services NC II (2023)", "Google Digital Garage - Fundamentals "
                                  "of Digital Marketing (2024)", "Basic Bookkeeping for Small Business, DTI Negosyo "
                                  "Center (2022)"]),
        ("Skills", ["Google Workspace, Trello, Canva, Zoho CRM", "Typing speed 58 wpm", "English and Filipino"]),
        ("Character References", ["Ms. Liza M. Reyes - Team Leader, Bluewave Outsourcing Inc. - 0917 555 0093",
                                  "Mr. Ramon D. Cruz - Librarian, Colegio de Santa Rosalia - 0920 555 7741"]),
    ],
})

# ------------------------------------------------------------------ w017
R({
    "file": "w017.docx",
    "family": "US high-school senior's résumé, Word tab-stop dates, drive-thru crew, babysitting without bullets, youth soccer referee",
    "layout": "docx, tabs/title_org, month / 'Present'",
    "name": "Ava Castellanos",
    "contact": ["Alder Springs, NJ 07999 · (973) 555-0139 · ava.castellanos@mailbox.com"],
    "ds": "month", "pw": "Present", "hdr": "title_org",
    "opts": {"layout": "tabs", "centre_name": True},
    "sections": [
        ("Objective", "Senior at Alder Springs High School (Class of 2027) looking for summer and weekend work."),
        ("Work Experience", [
            E("Crew Member", "Dune Burger", "Alder Springs, NJ", "2025-03", "present", "facing", "in_person_service",
              ["Take orders at the drive-thru window and front counter", "Keep the lobby and drink station clean"]),
            E("Babysitter", None, "Alder Springs, NJ", "2023-06", "present", "facing", "healthcare_care", [],
              et="freelance"),
            E("Referee (U8-U12)", "Alder Springs Youth Soccer League", "Alder Springs, NJ", "2022-09", "2024-11",
              "facing", "other_facing",
              ["Officiated 60+ recreational games a season and explained calls to coaches and parents"]),
            E("Junior Camp Counselor", "Alder Springs Day Camp", "Alder Springs, NJ", "2024-06", "2024-08", "facing",
              "education", ["Helped run games and swim time for a group of 15 six-year-olds"], dt="Summer 2024"),
        ]),
        ("Volunteer", [
            E("Shelter Volunteer", "Alder Springs Animal Shelter", "Alder Springs, NJ", "2022-09", "2024-05",
              "affecting", None, ["Cleaned kennels, walked dogs and socialized the cats before adoption events"],
              section="volunteer", et="volunteer"),
        ]),
        ("Activities & Awards", ["Varsity soccer (captain 2025)", "National Honor Society", "Spanish Club"]),
    ],
})

# ------------------------------------------------------------------ w018
R({
    "file": "w018.pdf", "renderer": "reportlab",
    "family": "Canadian university student, reportlab single column, short 'yy dates, bike courier, cashier and a psychology research assistant",
    "layout": "reportlab, plain/title_org, 'yy / 'current'",
    "name": "Daniel Mensah-Corbeil",
    "contact": ["Lakeview, ON  ·  416-555-0108  ·  dmensahc@mailbox.ca  ·  linkedin.com/in/dmc-psych"],
    "ds": "'yy", "pw": "current", "hdr": "title_org", "bul": "-",
    "opts": {"layout": "plain", "a4": False, "caps_heads": False},
    "sections": [
        ("Highlights of Qualifications", ["3 years of part-time work while studying full-time",
                                          "Comfortable with data entry, SPSS and Qualtrics",
                                          "Fluent in English and French"]),
        ("Work Experience", [
            E("Food Courier (bike)", "Forkful Delivery", "Lakeview, ON", "2024-05", "present", "affecting", None,
              ["Contactless drop-offs at condo lobbies and doors, photo proof of delivery",
               "Average 25 orders per evening shift in all weather"], et="freelance"),
            E("Cashier", "ValuMart", "Lakeview, ON", "2023-09", "present", "facing", "in_person_service", []),
            E("Research Assistant (part-time)", "Department of Psychology, Lakeview University", "Lakeview, ON",
              "2025-01", "2025-08", "none", None,
              ["Ran participants through 45-minute memory study sessions: consent, instructions, debrief",
               "Entered and cleaned session data for the lab's analyses"], section="other"),
            E("Tutor", "Brightpath Learning Centre", "Lakeview, ON", "2022-10", "2023-06", "facing", "education",
              ["Math and reading tutoring for students in grades 3-8"]),
        ]),
        ("Education", ["Honours BA Psychology, Lakeview University, 2023-2027 (expected)"]),
    ],
})

# ------------------------------------------------------------------ w019
R({
    "file": "w019.txt",
    "family": "German student's English CV as plain text, one inline line per job with m.yyyy dates, bike courier with hand-over and online-shop working student",
    "layout": "txt, plain/inline, m.yyyy / 'now'",
    "name": "Jonas Brettschneider",
    "contact": ["Hafenstrasse 7, 21999 Elbstedt", "Tel. +49 176 5550 9913", "jonas.brettschneider@mailbox.de"],
    "ds": "m.yyyy", "pw": "now", "sep": " - ", "hdr": "inline", "bul": "-",
    "opts": {"head": "colon"},
    "sections": [
        ("Study", ["since 10.2022  B.A. Business Administration, Hochschule Elbstedt"], {"bullets": False}),
        ("Jobs", [
            E("Bike Courier (Minijob)", "Radflitz GmbH", "Elbstedt", "2025-03", "present", "facing", "in_person_service",
              ["Deliver meals from partner restaurants by cargo bike",
               "Hand orders to customers at the door and take cash payments"]),
            E("Working Student Online Shop", "Nordlicht Naturkosmetik GmbH", "Elbstedt", "2024-10", "present",
              "facing", "digital_service",
              ["Maintain product listings in Shopify",
               "Process returns and answer customer e-mails in German and English"]),
            E("Student Assistant Library", "University of Elbstedt", "Elbstedt", "2023-04", "2024-09", "facing",
              "in_person_service", ["Lending desk: issuing library cards and helping users find literature"],
              section="other"),
            E("Harvest Helper", "Obsthof Behrens", "Altes Land", "2022-08", "2022-09", "none", None,
              ["Apple picking and sorting in the packing shed"]),
            E("Babysitting", None, "Elbstedt", "2021-01", "2023-12", "facing", "healthcare_care",
              ["Regular babysitting for two families in the neighbourhood"], et="freelance", prec="year"),
        ]),
        ("Languages", ["German native, English C1, Danish A2"]),
        ("Skills", ["Shopify, MS Office, SAP basics (university course)", "Driving licence class B"]),
    ],
})

# ------------------------------------------------------------------ w020
R({
    "file": "w020.html",
    "family": "US Etsy and eBay seller's résumé as an HTML page with a table sidebar, own shop and reselling",
    "layout": "html, sidebar/title_org, month / 'Present'",
    "name": "Rachel Bauerman",
    "contact": ["Fernwood, PA", "(267) 555-0191", "rachel@mailbox.com"], "contact_side": True,
    "ds": "month", "pw": "Present", "hdr": "title_org",
    "opts": {"row": "table", "css": "body{font-family:Georgia,serif} td.side{background:#f3efe6;width:30%;padding:12px}"
                                    " td.main{padding:12px} table.job{width:100%} td.d{text-align:right}"},
    "sections": [
        ("Skills", ["Product photography", "Etsy & eBay Seller Hub", "Shopify", "Sewing / embroidery machine",
                    "Inventory spreadsheets"], {"side": True}),
        ("Education", ["Fernwood Community College, coursework in Small Business Management (2020-2021)",
                       "Fernwood Area High School, 2018"], {"side": True, "bullets": False}),
        ("Experience", [
            E("Owner / Maker", "Thistle & Thread", "Fernwood, PA (Etsy shop)", "2021-04", "present", "facing",
              "entrepreneurial_freelance",
              ["Design and sew embroidered patches and hats; 2,300+ sales, 4.9 stars",
               "Answer custom-order requests and sort out lost or damaged parcels with buyers by message"],
              et="freelance"),
            E("eBay Reseller", "Self-employed", "Fernwood, PA", "2019-06", "2021-03", "affecting", None,
              ["Sourced vintage electronics at estate sales; tested, photographed and listed them",
               "Packed and shipped 600+ orders"], et="freelance"),
            E("Fulfillment Associate (seasonal)", "Boxline Fulfillment", "Easton Ridge, PA", "2020-10", "2021-02",
              "affecting", None, ["Packed and labelled e-commerce orders on a 10-hour night shift"]),
            E("Sales Associate", "Crafters' Corner", "Fernwood, PA", "2018-03", "2019-05", "facing", "in_person_service",
              ["Cut fabric at the counter and helped customers plan projects", "Ran the register"]),
        ]),
    ],
})

# ------------------------------------------------------------------ w021
R({
    "file": "w021.docx",
    "family": "UK gap-year and first-year student CV, Word heading styles, holiday-park entertainer, online tutor and a back-room charity-shop volunteer",
    "layout": "docx, styles/title_org, month / 'present'",
    "name": "Callum Pryce-Jenkins",
    "contact": ["Aberhafod, Ceredigion", "07700 900257 | callum.pj@mailbox.co.uk"],
    "ds": "month", "pw": "present", "hdr": "title_org",
    "opts": {"layout": "styles"},
    "sections": [
        ("Employment History", [
            E("Online Maths Tutor", "TutorNest", "Remote", "2024-10", "present", "facing", "education",
              ["GCSE maths tutoring over video call for 6 regular pupils", "Send progress notes to parents after sessions"],
              et="freelance"),
            E("Holiday Park Entertainer", "Sandymere Holiday Park", "Sandymere", "2025-06", "2025-08", "facing",
              "other_facing", ["Ran the kids' club by day and hosted bingo and quiz nights for guests"],
              dt="Summer 2025"),
            E("Customer Assistant", "Castleway Supermarkets", "Aberhafod", "2023-06", "2025-05", "facing",
              "in_person_service", ["Worked tills and self-checkouts", "Filled shelves and did date checks"]),
            E("Glass Collector", "The Drover's Arms", "Aberhafod", "2022-10", "2023-05", "affecting", None,
              ["Collected glasses and cleared tables on Friday and Saturday nights", "Ran the glass washer"]),
        ]),
        ("Volunteering", [
            E("Charity Shop Volunteer", "Hearts for Hospice", "Aberhafod", "2021-09", "2022-06", "affecting", None,
              ["Sorted and steamed donations in the back room", "Priced stock for the rails (Duke of Edinburgh Silver)"],
              section="volunteer", et="volunteer"),
        ]),
        ("Education", ["Aberhafod University, BSc Mathematics (Year 1)", "Ysgol Glan y Môr: A levels Maths A*, "
                                                                         "Further Maths A, Physics B"]),
        ("Skills", ["Welsh and English (fluent)", "DBS checked (enhanced, 2024)"]),
    ],
})

# ------------------------------------------------------------------ w022
R({
    "file": "w022.pdf", "renderer": "reportlab",
    "family": "Nigerian polytechnic student CV, reportlab centred header, employer line first with capital-month dates",
    "layout": "reportlab, centred/org_title, MON / 'DATE'",
    "name": "Oluwaseun Ibrahim Bankole",
    "contact": ["Block C4, Ogbomere Polytechnic Hostels, Ogbomere, Ogun State",
                "08035557124  |  seun.bankole@mailbox.ng"],
    "ds": "MON", "pw": "DATE", "sep": " - ", "hdr": "org_title", "bul": "•",
    "opts": {"layout": "centred", "a4": True},
    "sections": [
        ("Career Objective", "A hardworking HND II student of Business Administration seeking a role in sales or "
                             "customer relations."),
        ("Work Experience", [
            E("Campus Brand Ambassador", "Zest Energy Drinks", "Ogbomere", "2025-02", "present", "facing",
              "sales_account",
              ["Run sampling stands at campus events and sign up kiosks and provision stores around the hostels",
               "Visit retailers weekly to take repeat orders"]),
            E("Ride-hailing Driver (weekends)", "Movaride", "Abeokuta Road", "2024-01", "present", "facing",
              "in_person_service", ["Drive passengers safely, 4.8 rating", "Handle cash and card payments"],
              et="freelance"),
            E("Student Research Assistant", "Department of Agricultural Economics, Ogbomere Polytechnic", "Ogbomere",
              "2024-07", "2024-10", "none", None,
              ["Administered household survey questionnaires to farmers in four villages",
               "Entered the returns into SPSS for the lecturer's study"], section="other"),
            E("Cyber Café Attendant", "Kinetic Cyber Café", "Ogbomere", "2022-06", "2023-12", "facing",
              "in_person_service",
              ["Helped customers with printing, scanning and online JAMB and NYSC registrations",
               "Collected payments and kept the daily sales book"]),
            E("Poultry Farm Hand", "Green Acre Poultry", "Ogbomere", "2021-01", "2022-05", "none", None,
              ["Fed the birds, collected and graded eggs, cleaned the pens"]),
        ]),
        ("Education", ["HND Business Administration, Ogbomere Polytechnic (in view)",
                       "OND Business Administration, Ogbomere Polytechnic, 2023 (Upper Credit)"]),
        ("Referees", "Available on request"),
    ],
})

# ------------------------------------------------------------------ w023
R({
    "file": "w023.txt",
    "family": "Philippine fast-food crew résumé as plain text, employer in capitals with two roles beneath, Facebook Marketplace selling",
    "layout": "txt, plain/orgfirst, month / 'Present'",
    "name": "Bea Rose L. Manalastas",
    "contact": ["Address: 45 Mabuhay St., Brgy. Malinis, Cabantian Heights", "Cellphone: 0966 555 1830",
                "Email: bearose.manalastas@mailbox.ph"],
    "ds": "month", "pw": "Present", "sep": " - ", "hdr": "orgfirst", "bul": "-",
    "opts": {"head": "caps", "org_caps": True, "width": 76},
    "sections": [
        ("Objective", "To be part of a company where I can grow and use my skills in customer service."),
        ("Work Experience", [
            E("Crew Trainer", "KAINAN EXPRESS - CABANTIAN BRANCH", "Cabantian Heights", "2025-05", "present", "facing",
              "in_person_service",
              ["Train new service crew on the counter and drive-thru", "Take over the counter during lunch rush"]),
            E("Service Crew", "KAINAN EXPRESS - CABANTIAN BRANCH", "Cabantian Heights", "2024-03", "2025-04", "facing",
              "in_person_service", ["Cashier, food assembly, dining area"]),
            E("Online Seller", "TINDAHAN NI BEA (FACEBOOK MARKETPLACE)", None, "2023-01", "present", "facing",
              "entrepreneurial_freelance",
              ["Sell preloved clothes and snacks; answer inquiries on Messenger and meet buyers for COD"],
              et="freelance"),
        ]),
        ("Volunteer Experience", [
            E("Youth Volunteer", "Sangguniang Kabataan - Barangay Malinis", "Cabantian Heights", "2022-05", "2023-12",
              "affecting", None, ["Encoded beneficiary lists and packed relief goods for distribution days"],
              section="volunteer", et="volunteer"),
        ], {"hdr": "title_org"}),
        ("Educational Background", ["Tertiary: BS Hospitality Management (2nd year), Cabantian Community College",
                                    "Secondary: Cabantian National High School, 2023"]),
        ("Skills", ["Cash handling", "Food safety", "Canva", "MS Word"]),
    ],
})

# ------------------------------------------------------------------ w024
R({
    "file": "w024.docx",
    "family": "Canadian undergraduate résumé, Word with a borderless table per job, dining hall, summer research award and a very short orientation role",
    "layout": "docx, table/title_org, mon / 'Present'",
    "name": "Émilie Gagnon-Fraser",
    "contact": ["Port Cullen, NS B3X 9Z9 · 902-555-0116 · emilie.gf@mailbox.ca"],
    "ds": "mon", "pw": "Present", "hdr": "title_org",
    "opts": {"layout": "table", "caps_heads": False},
    "sections": [
        ("Education", ["BSc Chemistry (Honours), Kellard University, 2023-2027",
                       "Entrance Scholarship; Dean's List 2024, 2025"], {"bullets": False}),
        ("Relevant Experience", [
            E("Undergraduate Student Research Award (USRA) holder", "Kellard University, Dept. of Chemistry",
              "Port Cullen, NS", "2025-05", "2025-08", "none", None,
              ["Synthesised and characterised copper complexes (NMR, IR)", "Presented a poster at the summer symposium"],
              section="other"),
            E("Orientation Leader", "Kellard Students' Union", "Port Cullen, NS", "2024-08", "2024-09", "facing",
              "other_facing", ["Led a group of 25 first-years through O-Week and answered their questions"],
              section="other", et="volunteer"),
        ]),
        ("Other Work", [
            E("Cashier / Server", "Campus Eats - Kellard University", "Port Cullen, NS", "2025-09", "present", "facing",
              "in_person_service", ["Swipe meal cards and serve the hot line at the dining hall", "Restock the salad bar"]),
            E("Ice Cream Scooper", "Moo's Dairy Bar", "Lunenhaven, NS", "2023-06", "2023-09", "facing",
              "in_person_service", []),
        ]),
        ("Skills & Certifications", ["WHMIS 2015", "Standard First Aid", "English / French (bilingual)"]),
    ],
})

# ------------------------------------------------------------------ w025
R({
    "file": "w025.docx",
    "family": "Indian student freelancer's CV, Word two-column layout table with sidebar, voice-over gigs, home tuition and an ops internship",
    "layout": "docx, sidebar/title_org, mon / 'Till date'",
    "name": "Ishita Banerjee",
    "contact": ["Salt Lake Sector IX, Kolpur", "+91 98310 55467", "ishita.voice@mailbox.in"], "contact_side": True,
    "ds": "mon", "pw": "Till date", "sep": " - ", "hdr": "title_org",
    "opts": {"layout": "sidebar", "side_fill": "F4E3D7"},
    "sections": [
        ("Languages", ["Bengali", "Hindi", "English"], {"side": True}),
        ("Software", ["Audacity", "Adobe Audition", "Google Sheets"], {"side": True}),
        ("Education", ["BBA (3rd year)", "Kolpur Institute of Management", "2024 - 2027"], {"side": True, "bullets": False}),
        ("Profile", "Bilingual voice artist and BBA student. Comfortable on the mic, with kids and with deadlines."),
        ("Experience", [
            E("Freelance Voice-over Artist", "Self-employed", "Remote", "2023-05", "present", "affecting", None,
              ["Recorded Hindi and English voice-overs for explainer videos and e-learning modules; 180+ orders",
               "Delivered edited files to each order's script and format spec"], et="freelance"),
            E("Home Tutor", None, "Kolpur", "2022-04", "present", "facing", "education",
              ["English and Maths for three Class 6-8 students at their homes, 4 evenings a week"], et="freelance"),
            E("Operations Intern", "Tiffinbox Foods Pvt Ltd", "Kolpur", "2024-12", "2025-02", "affecting", None,
              ["Tracked late orders across the cloud kitchens and coordinated with delivery partners",
               "Compiled daily complaint reports for the operations head"], et="internship"),
            E("Event Anchor", "Self-employed", "Kolpur", "2023-01", "2024-12", "facing", "entrepreneurial_freelance",
              ["Hosted weddings, sangeet nights and college fests in Bengali, Hindi and English",
               "Met families beforehand to plan the running order and announcements"], et="freelance"),
        ]),
    ],
})

# ------------------------------------------------------------------ w026
R({
    "file": "w026.pdf", "renderer": "fpdf2",
    "family": "German student CV in English, fpdf2 with shaded left sidebar, Minijob in a drugstore, parcel sorting and a voluntary social year in a care home",
    "layout": "fpdf2, sidebar/title_org, mm/yyyy / 'to date'",
    "name": "Merve Yildirim-Kraus",
    "contact": ["Lindenallee 31", "52999 Hallbrück", "+49 160 5551 7702", "merve.yk@mailbox.de"], "contact_side": True,
    "ds": "mm/yyyy", "pw": "to date", "sep": " – ", "hdr": "title_org", "bul": "•",
    "opts": {"layout": "sidebar", "accent": (20, 90, 90), "side_rgb": (225, 240, 238)},
    "sections": [
        ("Languages", ["German (native)", "Turkish (native)", "English (C1)"], {"side": True}),
        ("Skills", ["MS Office", "MATLAB (basic)", "Cash register systems", "Driving licence B"], {"side": True}),
        ("Education", ["since 10/2023", "B.Sc. Mechanical Engineering", "TU Hallbrück", "",
                       "07/2022 Abitur", "Gesamtschule Nord"], {"side": True, "bullets": False}),
        ("Professional Experience", [
            E("Sales Assistant (Minijob)", "Drogerie Sonnbichler", "Hallbrück", "2024-11", "present", "facing",
              "in_person_service", ["Cashier and shelf filling", "Advise customers on skincare products"]),
            E("Student Tutor Mathematics I", "TU Hallbrück", "Hallbrück", "2024-10", "2025-03", "facing", "education",
              ["Led two weekly exercise groups for first-semester engineering students"], section="other"),
            E("Warehouse Helper (holiday job)", "Paketblitz Logistik GmbH", "Hallbrück", "2024-07", "2024-09",
              "affecting", None, ["Night-shift parcel sorting and loading of delivery vans"]),
            E("Production Helper (holiday job)", "Brauerei Hallbrück GmbH", "Hallbrück", "2023-09", "2023-10", "none",
              None, ["Bottling line: loading crates, checking labels, palletising"]),
        ]),
        ("Voluntary Service", [
            E("Voluntary Social Year (FSJ)", "Seniorenzentrum St. Anna", "Hallbrück", "2022-09", "2023-08", "facing",
              "volunteering",
              ["Accompanied residents on walks and to appointments", "Helped at mealtimes and organised games afternoons"],
              section="volunteer", et="volunteer"),
        ]),
    ],
})

# ------------------------------------------------------------------ w027
R({
    "file": "w027.html",
    "family": "US gig worker and part-time streamer's résumé as an HTML page, dates first (yyyy-mm), TaskRabbit-style tasker and hardware delivery driver",
    "layout": "html, plain/datefirst, yyyy-mm / 'Now'",
    "name": "Nathan Okonkwo-Reyes",
    "contact": ["Greenfield, MA 01999 · 413-555-0150 · nate.or@mailbox.net"],
    "ds": "yyyy-mm", "pw": "Now", "sep": " to ", "hdr": "datefirst",
    "opts": {},
    "sections": [
        ("What I do", "Handy, reliable and good with people's homes. Part-time student (A.S. Computer Information "
                      "Systems) who runs a small speedrunning channel on the side."),
        ("Experience", [
            E("Tasker - furniture assembly, mounting, moving help", "Self-employed", "Greenfield, MA", "2023-02",
              "present", "facing", "entrepreneurial_freelance",
              ["Book jobs through the app and confirm details with each client by phone",
               "Assemble furniture and mount TVs and shelves in clients' homes"], et="freelance"),
            E("Streamer (Twitch Affiliate)", None, None, "2022-08", "present", "affecting", None,
              ["Stream speedruns three nights a week", "Edit highlight videos for YouTube"], et="freelance"),
            E("Delivery Driver", "Benton Hardware & Lumber", "Greenfield, MA", "2021-06", "2023-01", "facing",
              "in_person_service",
              ["Delivered lumber and appliances to contractors and homeowners, unloaded on site and got signatures",
               "Loaded the truck in the yard each morning"]),
            E("Student Worker - IT Help Desk", "Greenfield Community College", "Greenfield, MA", "2020-01", "2021-05",
              "facing", "internal_support",
              ["Reset passwords and fixed laptop and Wi-Fi problems for students and staff at the walk-in desk"],
              section="other"),
        ]),
        ("Education", ["Greenfield Community College - A.S. Computer Information Systems (part-time, 2019 - )"]),
        ("Certifications", ["CompTIA A+ (2021)", "OSHA 10"]),
    ],
})

# ------------------------------------------------------------------ w028
R({
    "file": "w028.txt",
    "family": "UK student driver's CV as plain text, 'Title - Employer, Town' lines with dates at the end, parcel blocks, private hire and students' union bar",
    "layout": "txt, plain/dash, mon / 'Present'",
    "name": "Tariq Hussain",
    "contact": ["Eastmoor, West Riding  |  07700 900781  |  tariq.hussain@mailbox.co.uk"],
    "ds": "mon", "pw": "Present", "hdr": "dash", "bul": "•",
    "opts": {"head": "caps", "row": "pipe"},
    "sections": [
        ("Profile", "Final-year Business student at Eastmoor University with a clean licence and four years of "
                    "driving and hospitality work. Looking for a graduate role in operations or customer service."),
        ("Work History", [
            E("Delivery Driver", "ParcelGo Flex (self-employed)", "Eastmoor", "2025-02", "present", "affecting", None,
              ["Deliver 30-45 parcels per block in my own car, mostly safe-place drops with photo on delivery",
               "Plan routes with the app and return undeliverables to the station"], et="freelance"),
            E("Private Hire Driver", "Bluebell Cars", "Eastmoor", "2023-08", "2025-01", "facing", "in_person_service",
              ["School runs, hospital appointments and late-night pickups for regular customers"]),
            E("Bar Supervisor", "Eastmoor Students' Union", "Eastmoor", "2022-09", "2023-06", "facing",
              "in_person_service", ["Ran bar shifts of 6 staff, served customers and cashed up at close"]),
            E("Peer Mentor", "Eastmoor University", "Eastmoor", "2021-10", "2022-06", "facing", "other_facing",
              ["Met a group of five first-year students weekly to help them settle in"], section="other",
              et="volunteer"),
        ]),
        ("Education", ["Eastmoor University, BA Business Management (2021-2026, placement year included)"]),
        ("Additional", ["Full UK licence, 0 points", "PHV licence (Eastmoor Council)", "Urdu, Punjabi"]),
    ],
})

# ------------------------------------------------------------------ w029
R({
    "file": "w029.docx",
    "family": "International student in Canada, name and contact in the Word page header, employer line first, condo concierge security and langar volunteering",
    "layout": "docx, header/org_title, month / 'Present'",
    "name": "Harpreet Kaur Sandhu",
    "contact": ["Maple Ridge, ON L6X 9Z9 | 647-555-0129 | harpreet.sandhu@mailbox.ca"],
    "ds": "month", "pw": "Present", "hdr": "org_title",
    "opts": {"layout": "header", "footer": "References available upon request"},
    "sections": [
        ("Summary of Skills", ["Two years of Canadian work experience in security, food service and banking",
                               "Punjabi, Hindi and English", "Ontario Security Guard Licence, Smart Serve"]),
        ("Canadian Work Experience", [
            E("Security Guard (part-time)", "Vigilant Shield Security", "Maple Ridge, ON", "2025-01", "present",
              "facing", "in_person_service",
              ["Staff the concierge desk of a 300-unit condo: sign in visitors and contractors, accept parcels for "
               "residents", "Patrol the building and write incident reports"]),
            E("Kitchen Helper", "Tandoori Nights", "Maple Ridge, ON", "2024-05", "2024-12", "affecting", None,
              ["Prepped vegetables and marinades, washed dishes, cleaned the tandoor area"]),
            E("Member Service Representative (Co-op)", "Greenvale Credit Union", "Maple Ridge, ON", "2024-01",
              "2024-04", "facing", "contact_center",
              ["Answered member phone enquiries about accounts, cards and online banking"], et="internship"),
        ]),
        ("Work Experience - India", [
            E("Accounts Assistant", "Sandhu Traders", "Ludhar, Punjab", "2021-06", "2022-12", "none", None,
              ["Maintained stock registers and GST records in Tally for the family's hardware trading firm"]),
        ]),
        ("Community Involvement", [
            E("Langar Sewa Volunteer", "Gurdwara Sahib Maple Ridge", "Maple Ridge, ON", "2023-09", "present", "facing",
              "volunteering", ["Cook and serve langar to 300+ visitors on weekends"], section="volunteer",
              et="volunteer"),
        ]),
        ("Education", ["Post-Graduate Certificate, Business Analytics - Lakeshore College, Maple Ridge (2023-2024)",
                       "B.Com - Guru Nanak Girls College, Ludhar, Punjab, India (2019-2022)"]),
    ],
})

# ------------------------------------------------------------------ w030
R({
    "file": "w030.pdf", "renderer": "fpdf2",
    "family": "Philippine student résumé, fpdf2 centred header, dates on their own line, motorcycle-taxi rider, short call-centre stint and content moderation",
    "layout": "fpdf2, centred/dateline, mon / 'Present'",
    "name": "Mark Anthony P. Dimaculangan",
    "contact": ["Sitio Ilaya, Brgy. Bagong Silang, San Pedro Norte  •  0927 555 6614  •  markdima@mailbox.ph"],
    "ds": "mon", "pw": "Present", "hdr": "dateline", "bul": "-",
    "opts": {"layout": "centred", "accent": (0, 70, 140)},
    "sections": [
        ("Objective", "Criminology student looking for a part-time or weekend position. Flexible and trainable."),
        ("Employment", [
            E("Motorcycle Taxi Rider", "SakayMoto (partner rider)", "San Pedro Norte", "2024-08", "present", "facing",
              "in_person_service", ["Ferry passengers around the city on weekends and after class, 4.9 rating"],
              et="freelance"),
            E("Tutor", "Aral Plus Learning Center", "San Pedro Norte", "2023-06", "2024-07", "facing", "education",
              ["Reading and Math tutorials for Grade 1-3 pupils"]),
            E("Call Center Agent (Trainee)", "Apex Contact Solutions", "Sta. Rosa Heights", "2023-02", "2023-04",
              "facing", "contact_center",
              ["Completed product training and nesting on an inbound US health-insurance account",
               "Took live member calls during nesting before resigning for school"]),
            E("Content Moderator (part-time)", "Clearview Trust & Safety Services", "Work from home", "2022-05",
              "2023-01", "affecting", None,
              ["Reviewed flagged posts and comments against the platform's community guidelines",
               "Escalated threats and self-harm content to the priority queue"]),
            E("Construction Helper", "JRD Builders", "San Pedro Norte", "2022-04", "2022-05", "none", None, []),
        ]),
        ("Education", ["BS Criminology (3rd year), Colegio de San Pedro Norte, 2023 - present"]),
        ("Seminars Attended", ["Basic Life Support, Philippine Red Cross (2024)"]),
    ],
})
