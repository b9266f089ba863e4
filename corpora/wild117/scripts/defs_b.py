"""wild117 résumés w016–w030. Every person, employer, town, phone number and e-mail is invented."""
from lib import E

DOCS = []


def bl(items, ch="•"):
    return [("b", t, ch) for t in items]


# ------------------------------------------------------------------ w016 Kenyan secondary teacher, fpdf2 centred header
w16 = [
    E("Teacher of English and Literature", "Nyanduma Girls' Secondary School", "Nyanduma", "2019-01", "present", "facing", "education", [
        "Teach English and Literature to Form 2-4 classes of about 45 students each",
        "Class teacher of Form 3 West; handle parents' meetings and academic clinics",
        "Patron of the Drama Club - national drama festival finalists 2023",
    ], day=(7, None)),
    E("Curriculum Content Developer (part-time)", "Elimu Digital Ltd", "Kisoko", "2021-02", "2022-06", "affecting", None, [
        "Wrote CBC-aligned English lessons, quizzes and marking guides for a learning app",
        "Reviewed recorded video lessons for accuracy before publishing",
    ], day=(1, 30)),
    E("BOM Teacher", "Kisoko Mixed Day Secondary School", "Kisoko", "2017-05", "2018-12", "facing", "education", [
        "Employed by the Board of Management to teach English in Forms 1 and 2",
    ], day=(2, 14)),
    E("Student Teacher (Teaching Practice)", "Kiranja Boys High School", "Kiranja", "2016-01", "2016-04", "facing", "education", [
        "Prepared schemes of work and lesson plans; taught English to Form 1 and 2 under supervision",
    ], etype="internship", day=(11, 8)),
    E("Sunday School Teacher", "St. Mark's ACK Church", "Nyanduma", "2012-01", "present", "facing", "volunteering", [
        "Teach the 9-12 age group every Sunday and organise the children's Christmas programme",
    ], prec="year", section="volunteer", etype="volunteer"),
]
DOCS.append({
    "id": "w016", "r": "fpdf", "family": "Kenyan secondary-school teacher, fpdf2 centred header, dd/mm/yyyy dates and 'to date', teaching practice and church volunteering",
    "layout": "fpdf2, centred/title_org, dd/mm/yyyy / 'to date'", "author": "Mercy Kiprono", "title": "Curriculum Vitae",
    "opts": {"center": True, "size": 9.8, "hcaps": True},
    "body": [
        ("name", "MERCY CHEPKOECH KIPRONO"),
        ("c", "P.O. Box 302-20320, Nyanduma  •  0724 887 315  •  mercy.kiprono@mailbox.co.ke"),
        ("c", "TSC No. 884213"),
        ("h", "Personal Profile"),
        ("p", "A dedicated and disciplined teacher of English and Literature with nine years' experience in public and private schools. Registered with the Teachers Service Commission and trained in the Competency Based Curriculum."),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "dmy", "pw": "to date", "sep": " - ",
                     "labels_at": {0: "Duties and responsibilities"}}) for e in w16[:4]] + [
        ("h", "Community Service"),
        ("job", w16[4], {"hs": "title_org", "ds": "dmy", "pw": "to date", "sep": " - "}),
        ("h", "Education Background"),
        ("t", "2012 - 2016   Bachelor of Education (Arts), English/Literature - Kisoko University (Second Class Upper)", ""),
        ("t", "2008 - 2011   KCSE - Nyanduma Girls' Secondary School, A-", ""),
        ("h", "Hobbies"),
        ("p", "Reading, drama, volunteering."),
        ("h", "Referees"),
        ("p", "1. Mrs. Ruth Wangari, Principal, Nyanduma Girls' Secondary School, 0722 118 406"),
        ("p", "2. Mr. Samuel Kipchumba, Deputy Principal, Kisoko Mixed Day Secondary School, 0733 904 212"),
    ],
})

# ------------------------------------------------------------------ w017 Philippine hotel résumé, docx heading styles
w17 = [
    E("Guest Service Agent", "Casa Marisol Beach Resort", "Pilarosa", "2022-10", "present", "facing", "in_person_service", [
        "Check guests in and out, arrange island-hopping tours and airport transfers",
        "Handle walk-in bookings and guest concerns at the front desk; upsell room upgrades",
    ]),
    E("Food and Beverage Attendant", "Hotel Lunaville", "Lunaville", "2020-12", "2022-09", "facing", "in_person_service", [
        "Took orders, served a la carte and buffet guests and processed bills",
        "Served VIP functions in the ballroom",
    ]),
    E("Banquet Houseman", "Hotel Lunaville", "Lunaville", "2019-08", "2020-11", "affecting", None, [
        "Set up and dismantled function rooms: tables, chairs, stages and buffet stations, per the event order",
        "Cleaned and stored banquet equipment and maintained the inventory of linens",
    ]),
    E("On-the-Job Trainee - Front Office", "Grand Mabuhay Hotel", "Mabuhay City", "2019-01", "2019-04", "facing", "in_person_service", [
        "Assisted front desk agents with check-ins, answered guest calls and helped at the concierge desk",
    ], etype="internship"),
    E("Production Operator", "Lunaville Precision Electronics Inc.", "Lunaville", "2017-05", "2018-10", "none", None, [
        "Operated wire-bonding machines on the assembly line and recorded yield per shift",
    ]),
]
DOCS.append({
    "id": "w017", "r": "docx", "family": "Philippine hotel résumé, Word heading styles with job titles as Heading 2 and right tab-stop dates, OJT",
    "layout": "docx, styles-h2/title_org, month / 'Present'", "author": "John Carlo Mendoza", "title": "Resume",
    "opts": {"mode": "tabs", "hlevel": 1, "h2jobs": True, "font": "Calibri", "size": 10.5},
    "body": [
        ("name", "JOHN CARLO R. MENDOZA"),
        ("c", "Purok 3, Brgy. Malinao, Pilarosa  |  0998 401 2273  |  jc.mendoza@mailbox.ph"),
        ("h", "Objective"),
        ("p", "To be part of a five-star hotel's front office team and grow into a supervisory role."),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "month", "pw": "Present", "sep": " - "}) for e in w17] + [
        ("h", "Education"),
        ("p", "Bachelor of Science in Hospitality Management - Lunaville State University, 2019"),
        ("h", "Skills"),
        ("p", "Opera PMS, cashiering, telephone etiquette, upselling, basic Korean"),
        ("h", "Personal Data"),
        ("p", "Date of Birth: October 2, 1998 | Sex: Male | Civil Status: Single | Height: 5'8\""),
        ("h", "Character References"),
        ("p", "Available upon request."),
    ],
})

# ------------------------------------------------------------------ w018 Indian hotel-management fresher, plain text
w18 = [
    E("Guest Relations Executive", "The Amber Court Hotel", "Devgarh City", "2024-02", "present", "facing", "in_person_service", [
        "Welcoming in-house and VIP guests, handling feedback during lobby rounds",
        "Coordinating with housekeeping and F&B for special requests",
    ]),
    E("Industrial Trainee", "Hotel Sapphire Residency", "Kesarpur", "2022-07", "2022-12", "facing", "in_person_service", [
        "22 weeks of training in Front Office, F&B Service, Housekeeping and F&B Production",
        "Served guests in the coffee shop and banquets; handled check-ins under supervision",
    ], etype="internship"),
    E("Banquet Steward (part time)", "Royal Orchid Banquets & Lawns", "Amrapali Nagar", "2021-10", "2023-03", "facing", "in_person_service", [
        "Served food and beverages at weddings and corporate events on weekends",
    ]),
    E("Tele-caller", "Smartlearn Edutech", "Amrapali Nagar", "2020-05", "2020-09", "facing", "contact_center", [
        "Called leads from the website and explained online course fees and batches to students and parents",
    ]),
]
DOCS.append({
    "id": "w018", "r": "txt", "family": "Indian hotel-management fresher CV pasted as text, 'Title - Employer, Town' lines with Mon 'yy dates, industrial training, declaration",
    "layout": "txt, plain/dash, Mon 'yy / 'Till Date'",
    "opts": {"h": "underline", "bind": "  ", "kvw": 18},
    "body": [
        ("name", "ANKIT RAWAT"),
        ("c", "Mob: 98710 44325 | Email: ankit.rawat@mailbox.in"),
        ("c", "Add: H.No. 117, Gali No. 4, Amrapali Nagar"),
        ("h", "OBJECTIVE"),
        ("p", "Looking for a job in the hospitality industry where I can use my skills and knowledge for the growth of the organisation."),
        ("h", "ACADEMIC QUALIFICATIONS"),
        ("t", "* B.Sc. Hospitality & Hotel Administration - Institute of Hotel Management, Kesarpur (2020-2023)", ""),
        ("t", "* 12th - CBSE (2020) - 71%", ""),
        ("t", "* 10th - CBSE (2018) - 78%", ""),
        ("h", "WORK EXPERIENCE"),
    ] + [("job", e, {"hs": "dash", "ds": "apos", "pw": "Till Date", "sep": " - ", "bc": ">"}) for e in w18] + [
        ("h", "STRENGTHS"),
        ("t", "* Positive attitude  * Team player  * Good communication", ""),
        ("h", "PERSONAL DETAILS"),
        ("kv", "Father's Name", "Sh. Mahender Singh Rawat"),
        ("kv", "D.O.B", "05.01.2002"),
        ("kv", "Languages", "Hindi, English, Garhwali"),
        ("kv", "Marital Status", "Unmarried"),
        ("h", "DECLARATION"),
        ("p", "I hereby declare that all the information given above is true and correct to the best of my knowledge."),
        ("t", "Date:                                             ANKIT RAWAT", ""),
        ("t", "Place: Devgarh City", ""),
    ],
})

# ------------------------------------------------------------------ w019 South African nurse, reportlab two pages with footer
w19 = [
    E("Professional Nurse - Maternity Ward", "Brakkloof District Hospital", "Brakkloof", "2021-01", "present", "facing", "healthcare_care", [
        "Manage women in labour and the postnatal period; conduct normal deliveries and refer complications",
        "Counsel mothers on breastfeeding, family planning and PMTCT",
        "Supervise student nurses and enrolled nurses on the ward",
    ], day=(1, None)),
    E("Acting Infection Prevention and Control Nurse", "Brakkloof District Hospital", "Brakkloof", "2023-04", "2023-12", "affecting", None, [
        "Conducted monthly hand-hygiene and environmental audits across 11 wards",
        "Compiled surveillance data and outbreak reports for the district office",
        "Gave IPC in-service training to nursing and cleaning staff",
    ], day=(3, 31)),
    E("Community Service Nurse", "Emthonjeni Community Health Centre", "Emthonjeni", "2020-01", "2020-12", "facing", "healthcare_care", [
        "Worked in the chronic and immunisation streams; initiated patients on ART and did home visits",
    ], day=(1, 31)),
    E("Enrolled Nursing Auxiliary", "Sunhaven Frail Care Centre", "Ravenspoort", "2014-03", "2016-12", "facing", "healthcare_care", [
        "Basic nursing care of frail elderly residents: hygiene, feeding, positioning and vital signs",
    ], day=(10, 15)),
    E("Cashier", "Brakkloof Pharmacy", "Brakkloof", "2013-01", "2014-02", "facing", "in_person_service", [
        "Rang up scripts and front-shop purchases and helped customers find products",
    ], day=(14, 28)),
]
DOCS.append({
    "id": "w019", "r": "rl", "family": "South African professional nurse, reportlab two pages with page footer, dd.mm.yyyy dates and 'Current', acting IPC post overlapping, long personal details",
    "layout": "reportlab, plain/title_org, dd.mm.yyyy / 'Current'", "author": "Lerato Khumalo", "title": "CV Lerato Khumalo",
    "footer": "Lerato D. Khumalo  |  Curriculum Vitae  |  Page %d",
    "opts": {"size": 10.5, "hcaps": True, "name_size": 19},
    "body": [
        ("name", "LERATO DINEO KHUMALO"),
        ("c", "Professional Nurse (SANC registered) | 068 220 7419 | lerato.khumalo@mailbox.co.za"),
        ("h", "Personal Details"),
        ("kv", "Surname", "Khumalo"),
        ("kv", "First names", "Lerato Dineo"),
        ("kv", "Date of birth", "19.08.1993"),
        ("kv", "Nationality", "South African"),
        ("kv", "Marital status", "Married"),
        ("kv", "Dependants", "Two"),
        ("kv", "Home language", "Setswana"),
        ("kv", "Other languages", "English, Sesotho, isiZulu"),
        ("kv", "Health", "Excellent"),
        ("kv", "Driver's licence", "Code B"),
        ("kv", "Residential address", "17 Protea Crescent, Brakkloof, 2790"),
        ("h", "Professional Registration"),
        ("p", "South African Nursing Council: Professional Nurse and Midwife (registration number on request), annual practising certificate 2026 paid."),
        ("h", "Educational Qualifications"),
        ("kv", "2016 - 2019", "Bachelor of Nursing (R425) - Brakkloof College of Nursing"),
        ("kv", "2013", "Enrolled Nursing Auxiliary certificate"),
        ("kv", "2012", "National Senior Certificate - Brakkloof High School"),
        ("h", "Short Courses"),
    ] + bl(["Basic Antenatal Care Plus (BANC+), 2022", "Helping Babies Breathe, 2021",
            "Nurse Initiated Management of ART (NIMART), 2020", "Basic Life Support, renewed 2025"], "•") + [
        ("h", "Employment History"),
    ] + [("job", e, {"hs": "title_org", "ds": "dmy.", "pw": "Current", "sep": " - ",
                     "labels_at": {0: "Duties and responsibilities:"}}) for e in w19] + [
        ("h", "Achievements"),
    ] + bl(["Ward nurse of the year, Brakkloof District Hospital, 2022",
            "Helped the maternity ward reach Baby-Friendly re-accreditation in 2024"], "•") + [
        ("h", "References"),
        ("kv", "Sr. M. Nkuna", "Operational Manager, Maternity, Brakkloof District Hospital - 016 940 3301"),
        ("kv", "Mrs. T. Zwane", "Facility Manager, Emthonjeni CHC - 016 812 0044"),
        ("kv", "Ms. R. Botha", "Matron, Sunhaven Frail Care Centre - 011 904 7712"),
    ],
})

# ------------------------------------------------------------------ w020 UK retail manager, docx dates-first tab layout
w20 = [
    E("Store Manager", "Halden & Co. Home Stores", "Ashbury Vale", "2022-05", "present", "affecting", None, [
        "Full P&L responsibility for a GBP 4.2m store with 26 colleagues",
        "Recruitment, rotas, performance reviews and payroll sign-off",
        "Cut stock loss from 2.1% to 1.3% through better receiving and counting routines",
        "Store standards and health & safety compliance; hosting regional visits",
    ]),
    E("Deputy Store Manager", "Halden & Co. Home Stores", "Kettlewick", "2019-09", "2022-04", "facing", "in_person_service", [
        "Ran the shop floor on busy weekends, dealing with complaints and authorising refunds over GBP 100",
        "Managed deliveries, merchandising and the click-and-collect desk",
    ]),
    E("Foodbank Volunteer - Welcome Desk", "Marrowby Foodbank", "Marrowby", "2020-03", "2021-06", "facing", "volunteering", [
        "Welcomed clients, checked vouchers and sat with them over a cup of tea while parcels were packed",
    ], section="volunteer", etype="volunteer"),
    E("Customer Service Assistant", "Greyfield Supermarkets", "Kettlewick", "2016-02", "2019-08", "facing", "in_person_service", [
        "Tills, customer service desk, lottery and tobacco kiosk",
    ]),
    E("Night Replenishment Colleague", "Greyfield Supermarkets", "Kettlewick", "2014-10", "2016-01", "affecting", None, [
        "Filled shelves overnight with the store closed and built the morning deliveries into the warehouse",
    ]),
]
DOCS.append({
    "id": "w020", "r": "docx", "family": "UK retail store manager, Word with dates in a left column (tab) before title and employer, volunteering inside the history, no customer line for the current post",
    "layout": "docx, tabs/datecol, mm/yyyy / 'date'", "author": "Gareth Owusu", "title": "Gareth Owusu CV",
    "opts": {"mode": "tabs", "hstyle": False, "hcaps": True, "font": "Arial", "size": 10, "kvcm": 4.2, "kvnocolon": True,
             "listbullets": False, "gaps": True},
    "body": [
        ("name", "Gareth Owusu"),
        ("c", "Ashbury Vale  |  07384 226 915  |  gareth.owusu@mailbox.co.uk  |  Full driving licence"),
        ("h", "Profile"),
        ("p", "Retail manager with twelve years in food and home retail, from nights to running my own store. I like numbers, tidy processes and growing people."),
        ("h", "Career History"),
    ] + [("job", e, {"hs": "datecol", "ds": "mm/yyyy", "pw": "date", "sep": " - ", "bc": "-"}) for e in w20] + [
        ("h", "Qualifications"),
        ("p", "Level 5 Diploma in Retail Management (apprenticeship), 2021"),
        ("p", "A Levels: Business (B), Geography (C), ICT (C), 2014"),
        ("h", "Interests"),
        ("p", "Sunday league football (club treasurer), cooking, cycling."),
        ("h", "References"),
        ("p", "Available on request."),
    ],
})

# ------------------------------------------------------------------ w021 Nigerian hospitality, HTML
w21 = [
    E("Front Desk Officer", "Okeoma Grand Suites", "Okeoma", "2022-09", "present", "facing", "in_person_service", [
        "Check-in/check-out of guests, reservations by phone and WhatsApp, and cashiering",
        "Attending to guest complaints and escalating maintenance issues",
    ]),
    E("Restaurant Supervisor", "Palmview Lounge & Grill", "Ekpotown", "2020-03", "2022-08", "facing", "in_person_service", [
        "Supervised eight waiters, took orders at VIP tables and handled customer complaints",
        "Prepared the daily sales report and end-of-day reconciliation",
    ]),
    E("Storekeeper", "Palmview Lounge & Grill", "Ekpotown", "2018-06", "2020-02", "affecting", None, [
        "Received supplies, kept bin cards and issued drinks and foodstuffs to the bar and kitchen",
        "Monthly stock-taking and reorder requests",
    ]),
    E("POS Operator (self-employed)", "Aisha POS & Business Centre", "Ekpotown", "2016-01", "2018-05", "facing", "entrepreneurial_freelance", [
        "Ran a POS cash-withdrawal, transfer and bill-payment stand; also sold recharge cards and did photocopies",
    ], etype="freelance"),
]
DOCS.append({
    "id": "w021", "r": "html", "family": "Nigerian hospitality CV as HTML, title, employer and 'Month, YYYY - Date' on separate lines, own POS business",
    "layout": "html, dateline, month / 'Date'", "title": "Curriculum Vitae - Aisha Bello Usman",
    "opts": {},
    "body": [
        ("name", "AISHA BELLO USMAN"),
        ("c", "No. 5 Alhaji Sule Street, Ekpotown | 0816 442 9031 | aisha.bello@mailbox.ng"),
        ("h", "Personal Data"),
        ("kv", "Date of Birth", "02/02/1995"),
        ("kv", "State of Origin", "Kano"),
        ("kv", "Local Government Area", "Ekpotown North"),
        ("kv", "Marital Status", "Married"),
        ("kv", "Religion", "Islam"),
        ("h", "Objective"),
        ("p", "To work in a hospitable environment that rewards hard work and good customer relations."),
        ("h", "Working Experience"),
    ] + [("job", e, {"hs": "dateline", "ds": "month", "pw": "Date", "sep": " - "}) for e in w21] + [
        ("h", "Educational Background"),
        ("kv", "2013 - 2015", "National Diploma, Hospitality Management - Ekpotown Polytechnic"),
        ("kv", "2007 - 2013", "Government Girls' Secondary School, Ekpotown (SSCE)"),
        ("h", "Skills"),
        ("p", "Customer care, cash handling, stock control, Microsoft Word and Excel, Hausa and English."),
        ("h", "Referees"),
        ("p", "Alhaji Musa Danjuma, Manager, Okeoma Grand Suites, 0803 118 2290"),
        ("p", "Mrs. Funke Adebayo, Proprietor, Palmview Lounge & Grill, 0805 331 0048"),
    ],
})

# ------------------------------------------------------------------ w022 Indian telecom franchise, fpdf2 left-aligned
w22 = [
    E("Store Manager (Franchise)", "Jyoti Telelink", "Chandanpur", "2021-11", "present", "facing", "in_person_service", [
        "Handle walk-in customers for new connections, port-ins, SIM swaps and bill complaints",
        "Manage 4 staff, daily cash deposit and monthly activation targets",
    ]),
    E("Field Sales Executive - FTTH", "VoxBharat Telecom Ltd", "Chandanpur", "2019-06", "2021-10", "facing", "sales_account", [
        "Door-to-door selling of home broadband plans in new housing societies",
        "Collected KYC documents and scheduled installation appointments",
    ]),
    E("Installation Technician", "Fibrelink Networks", "Kesarpur", "2017-08", "2019-05", "facing", "other_facing", [
        "Installed fibre connections and routers in customers' homes and showed them how to set up Wi-Fi",
    ]),
    E("MIS Executive", "VoxBharat Telecom Ltd", "Kesarpur", "2016-04", "2017-07", "none", None, [
        "Prepared daily activation and churn dashboards in Excel for the circle office",
        "Maintained the dealer master data",
    ]),
]
DOCS.append({
    "id": "w022", "r": "fpdf", "family": "Indian telecom franchise store manager, fpdf2 left-aligned, 'Org, Town' line first with title below, Mon-yy dates and 'Till Date'",
    "layout": "fpdf2, left/org_title, Mon-yy / 'Till Date'", "author": "Mohammed Irfan Shaikh", "title": "Resume",
    "opts": {"size": 10, "family": "cond", "hrule": False, "hcaps": True},
    "body": [
        ("name", "MOHAMMED IRFAN SHAIKH"),
        ("c", "Chandanpur  |  +91 93250 11847  |  irfan.shaikh@mailbox.in"),
        ("h", "Summary"),
        ("p", "10 years in telecom: MIS, installation, field sales and now running a franchise store."),
        ("h", "Experience"),
    ] + [("job", e, {"hs": "org_title", "ds": "monapos", "pw": "Till Date", "sep": " to ", "bc": "-"}) for e in w22] + [
        ("h", "Education"),
        ("p", "Diploma in Electronics & Telecommunication - Govt. Polytechnic, Kesarpur (2016)"),
        ("h", "Languages"),
        ("p", "Hindi, Urdu, Marathi, English"),
        ("h", "Declaration"),
        ("p", "I declare that the above details are true."),
    ],
})

# ------------------------------------------------------------------ w023 Singapore polyclinic, docx table per job
w23 = [
    E("Patient Service Associate", "Eastvale Polyclinic", "Singapore", "2021-04", "present", "facing", "in_person_service", [
        "Register patients, collect payments and book follow-up appointments at the counter",
        "Answer enquiries on subsidies and MediSave claims",
    ]),
    E("Healthcare Assistant", "Harbourside General Hospital", "Singapore", "2018-07", "2021-03", "facing", "healthcare_care", [
        "Assisted nurses with bathing, feeding and turning of patients on a geriatric ward",
        "Took vital signs and blood glucose readings",
    ]),
    E("Medical Records Assistant", "Harbourside General Hospital", "Singapore", "2017-01", "2018-06", "affecting", None, [
        "Retrieved and tracked case notes for clinics and scanned discharged records into the EMR",
        "Processed medical report requests for the doctors' completion",
    ]),
    E("Sales Promoter (temp)", "Orchid Lane Roadshows", "Singapore", "2016-06", "2016-12", "facing", "sales_account", [
        "Promoted kitchen appliances at mall roadshows and closed sales with shoppers",
    ]),
]
DOCS.append({
    "id": "w023", "r": "docx", "family": "Singaporean polyclinic patient service associate, Word borderless table per job, 'Mon YYYY - Current'",
    "layout": "docx, table/title_org, mon / 'Current'", "author": "Nur Aisyah Kamal", "title": "Resume",
    "opts": {"mode": "tables", "hlevel": 1, "font": "Segoe UI", "size": 10},
    "body": [
        ("name", "Nur Aisyah binte Kamal"),
        ("c", "+65 9688 1204 | nuraisyah.k@mailbox.sg | Singapore"),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "mon", "pw": "Current", "sep": " - "}) for e in w23] + [
        ("h", "Education"),
        ("p", "Nitec in Healthcare Services, 2016"),
        ("h", "Skills & Languages"),
        ("p", "Patient registration systems, cash handling, MS Office. English, Malay, basic Mandarin."),
    ],
})

# ------------------------------------------------------------------ w024 UK outsourced contact centre, Markdown
w24 = [
    E("Complaints Handler", "Northgate Customer Solutions Ltd", "Dunmere", "2023-01", "present", "facing", "contact_center", [
        "Investigate energy-billing complaints for a utility client and call customers to agree a resolution",
        "Write final response letters within regulatory timescales",
    ]),
    E("Customer Service Advisor - Webchat", "Northgate Customer Solutions Ltd", "Dunmere", "2021-06", "2022-12", "facing", "digital_service", [
        "Handled up to three live chats at once on billing, meter readings and moving home",
    ]),
    E("Back Office Administrator", "Northgate Customer Solutions Ltd", "Dunmere", "2020-02", "2021-05", "affecting", None, [
        "Processed direct debit changes, bill corrections and refunds raised by front-line advisers",
        "No customer contact; worked to daily work-queue targets",
    ]),
    E("Warehouse Operative", "Brightline Logistics", "Kettlewick", "2018-08", "2020-01", "affecting", None, [
        "Picked and packed online fashion orders with an RF scanner",
    ]),
    E("Sales Assistant (summer job)", "Dunmere Sports", "Dunmere", "2017-06", "2017-08", "facing", "in_person_service", [
        "Helped customers with trainers and football kit, tills and fitting room",
    ], dates="Summer 2017"),
]
DOCS.append({
    "id": "w024", "r": "md", "family": "UK outsourced contact-centre complaints handler in Markdown, '### Title' with employer and dates beneath, webchat, back office, a summer job",
    "layout": "md, h3/title_org, mm/yyyy / 'present'",
    "opts": {"h": 2, "lr": "h3"},
    "body": [
        ("name", "Daniel Mensah-Clarke"),
        ("c", "Dunmere · 07912 448 603 · daniel.mc@mailbox.co.uk"),
        ("h", "About me"),
        ("p", "Complaints handler in an outsourced contact centre. I have worked chat, back office and now complaints, so I know what happens to a case after the customer hangs up."),
        ("h", "Work history"),
    ] + [("job", e, {"hs": "title_org", "ds": "mm/yyyy", "pw": "present", "sep": " – "}) for e in w24] + [
        ("h", "Education"),
        ("p", "BTEC Level 3 Extended Diploma in Business, Dunmere College, 2018"),
        ("h", "Skills"),
        ("p", "Complaint investigation, letter writing, webchat multitasking, Salesforce, Excel"),
    ],
})

# ------------------------------------------------------------------ w025 Kenyan banking, reportlab single column
w25 = [
    E("Branch Operations Supervisor", "Tausi Bank Kenya Ltd", "Kiranja", "2022-04", "present", "facing", "in_person_service", [
        "Supervise five tellers and the vault; authorise large cash transactions and reversals",
        "Resolve escalated customer complaints in the banking hall",
        "Ensure compliance with AML and operational risk procedures",
    ], day=(1, None)),
    E("Teller", "Tausi Bank Kenya Ltd", "Kiranja", "2019-02", "2022-03", "facing", "in_person_service", [
        "Cash deposits and withdrawals, cheque encashment and foreign exchange for walk-in customers",
    ], day=(4, 31)),
    E("Credit Officer - Agribusiness", "Mavuno Microfinance", "Mwembeni", "2017-01", "2019-01", "facing", "sales_account", [
        "Recruited and visited farmer groups to appraise loan applications on their farms",
        "Disbursed loans, followed up repayments in the field and trained groups on record keeping",
    ], day=(9, 31)),
    E("Industrial Attachee - Finance Department", "Kiranja County Water Company", "Kiranja", "2016-05", "2016-08", "none", None, [
        "Posted supplier invoices and prepared bank reconciliations",
    ], etype="internship", day=(3, 12)),
]
DOCS.append({
    "id": "w025", "r": "rl", "family": "Kenyan bank operations supervisor, reportlab single column, 'Title | Employer | Town' with right-aligned dd/mm/yyyy dates, attachment",
    "layout": "reportlab, plain/pipe, dd/mm/yyyy / 'To date'", "author": "Kevin Musyoka", "title": "CV - Kevin Mutua Musyoka",
    "opts": {"size": 9.8, "hcaps": True, "center": True},
    "body": [
        ("name", "KEVIN MUTUA MUSYOKA"),
        ("c", "P.O. Box 77-10230 Kiranja | 0729 551 804 | kevin.musyoka@mailbox.co.ke"),
        ("h", "Professional Summary"),
        ("p", "Banker with nine years in branch operations and microfinance credit. Strong on cash controls, customer service and field lending."),
        ("h", "Employment Record"),
    ] + [("job", e, {"hs": "pipe", "ds": "dmy", "pw": "To date", "sep": " - "}) for e in w25] + [
        ("h", "Academic Qualifications"),
        ("p", "Bachelor of Commerce (Finance) - Kiranja University, 2016 (Second Class Upper)"),
        ("p", "CPA Part II, KASNEB, 2018"),
        ("h", "Personal Details"),
        ("p", "Date of birth: 30/06/1993 | Nationality: Kenyan | ID: available on request | Languages: English, Kiswahili, Kikamba"),
        ("h", "Referees"),
        ("p", "Mr. Joseph Wekesa, Branch Manager, Tausi Bank Kiranja - 0722 001 915"),
        ("p", "Ms. Lucy Nduta, Credit Manager, Mavuno Microfinance - 0710 442 867"),
    ],
})

# ------------------------------------------------------------------ w026 Indian medical-coding KPO, docx labelled blocks
w26 = [
    E("Senior Medical Coder (CPC)", "Healix Revenue Cycle Services Pvt Ltd", "Suryanagar", "2021-09", "present", "affecting", None, [
        "Code E&M, radiology and surgery charts for US physician groups using ICD-10-CM and CPT",
        "Maintain 96%+ coding accuracy; audit juniors' charts and share feedback",
    ]),
    E("AR Caller", "Healix Revenue Cycle Services Pvt Ltd", "Suryanagar", "2019-10", "2021-08", "affecting", None, [
        "Called US insurance companies to check the status of unpaid claims and get denials reprocessed",
        "Documented call outcomes and next actions in the practice-management system",
    ]),
    E("Medical Transcriptionist", "Sanjivani Transcription Services", "Suryanagar", "2018-03", "2019-09", "affecting", None, [
        "Transcribed and proof-read dictated discharge summaries and clinic letters",
    ]),
    E("Staff Nurse", "Suryanagar Multispeciality Hospital", "Suryanagar", "2016-08", "2018-02", "facing", "healthcare_care", [
        "Patient care in the surgical ward: medication, dressings, pre- and post-operative care",
    ]),
    E("Accounts Assistant", "Suryanagar Multispeciality Hospital", "Suryanagar", "2015-06", "2016-07", "none", None, [
        "Posted vendor bills and prepared staff salary sheets in Tally",
    ]),
]
DOCS.append({
    "id": "w026", "r": "docx", "family": "Indian medical-coding KPO CV, Word labelled blocks (Organization / Designation / Tenure) with tab stops, Key Result Areas, nurse turned coder",
    "layout": "docx, labelled, mon / 'Till Date'", "author": "Deepika Nair", "title": "Resume - Deepika Nair",
    "opts": {"mode": "tabs", "hlevel": 1, "font": "Calibri", "size": 10.5, "kvcm": 3.5},
    "body": [
        ("name", "DEEPIKA NAIR"),
        ("c", "Suryanagar | +91 88970 33126 | deepika.nair@mailbox.in"),
        ("h", "Profile"),
        ("p", "Certified Professional Coder with 7+ years in US healthcare revenue cycle (coding, AR follow-up, transcription) and a background in clinical nursing."),
        ("h", "Professional Experience"),
    ] + [("job", e, {"hs": "labelled", "ds": "mon", "pw": "Till Date", "sep": " - ",
                     "labels": ("Organization", "Designation", "Tenure"),
                     "labels_at": {0: "Key Result Areas:"}}) for e in w26] + [
        ("h", "Education & Certification"),
        ("p", "B.Sc. Nursing - Suryanagar College of Nursing, 2015"),
        ("p", "CPC - AAPC, 2020"),
        ("h", "Personal Profile"),
        ("p", "Date of Birth: 14/11/1994 | Languages: English, Malayalam, Tamil, Hindi"),
        ("h", "Declaration"),
        ("p", "I hereby declare that the details furnished above are true and correct to the best of my knowledge."),
        ("p", "Deepika Nair"),
    ],
})

# ------------------------------------------------------------------ w027 Philippine teacher, plain text
w27 = [
    E("ESL Online Tutor (home-based)", "Bluebird English Academy", None, "2021-07", "present", "facing", "education", [
        "Teach English conversation by video to Japanese and Korean students, kids to adults, 30-40 classes a week",
    ], etype="freelance"),
    E("Teacher I", "San Isidro de Tala National High School", "San Isidro de Tala", "2017-06", "2021-06", "facing", "education", [
        "Taught Grade 8 and Grade 9 English, advisory class of 42 learners",
        "Prepared modules and home visits during modular distance learning",
    ]),
    E("Content Moderator", "ClearView Digital Services Inc.", "Mabuhay City", "2016-03", "2017-05", "affecting", None, [
        "Reviewed flagged posts, images and videos against a social-media client's community guidelines",
        "Met 98% accuracy and the hourly handling target",
    ]),
    E("Saleslady", "Pilarosa Department Store", "Pilarosa", "2014-04", "2015-03", "facing", "in_person_service", [
    ]),
    E("Encoder (Job Order)", "Municipal Assessor's Office", "Pilarosa", "2015-04", "2016-02", "none", None, [
        "Encoded tax declarations and property records into the assessment database",
    ]),
]
DOCS.append({
    "id": "w027", "r": "txt", "family": "Philippine public-school teacher turned online ESL tutor, plain text with caps headings, 'Title, Employer, Town, dates' lines, certification",
    "layout": "txt, inline/title_org, month / 'Present'",
    "opts": {"h": "stars", "bind": "    "},
    "body": [
        ("name", "LOVELY GRACE A. PASCUAL"),
        ("c", "Zone 2, Brgy. Sto. Rosario, San Isidro de Tala"),
        ("c", "0935 662 1408 / lovelygrace.pascual@mailbox.ph"),
        ("h", "Objective"),
        ("p", "To obtain a teaching or training position in a company that values patience and clear communication."),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "inline", "ds": "month", "pw": "Present", "sep": " - ", "bc": "-"}) for e in w27] + [
        ("h", "Eligibility"),
        ("p", "Licensed Professional Teacher (LET passer, 2016)"),
        ("h", "Education"),
        ("p", "Bachelor of Secondary Education, Major in English - Pilarosa State College (2012 - 2016)"),
        ("h", "Personal Information"),
        ("p", "Date of Birth: June 14, 1995 | Civil Status: Single | Religion: Born Again Christian"),
        ("gap",),
        ("p", "I hereby certify that the above information is true and correct."),
        ("p", "LOVELY GRACE A. PASCUAL"),
    ],
})

# ------------------------------------------------------------------ w028 Nigerian retail, fpdf2 sidebar
w28 = [
    E("Store Supervisor", "Everyday Mart Nigeria Ltd", "Ubanze", "2021-05", "present", "facing", "in_person_service", [
        "Supervise cashiers and sales attendants on the floor and resolve customers' complaints and returns",
        "Daily sales reconciliation and lodgement",
    ], day=(10, None)),
    E("Sales Representative", "Glamour Touch Cosmetics", "Ubanze", "2019-01", "2021-04", "facing", "in_person_service", [
        "Advised customers on skincare and make-up at the counter and did skin-tone matching",
    ], day=(7, 30)),
    E("Inventory Officer", "Everyday Mart Nigeria Ltd", "Ubanze", "2017-10", "2018-12", "affecting", None, [
        "Cycle counts, goods received notes and shrinkage reports for the store",
        "Checked price labels against the system before promotions",
    ], day=(2, 21)),
    E("Cashier (NYSC)", "Ekpotown Microfinance Bank Ltd", "Ekpotown", "2016-09", "2017-08", "facing", "in_person_service", [
        "Received deposits and paid withdrawals to market traders during my service year",
    ], day=(5, 17)),
]
DOCS.append({
    "id": "w028", "r": "fpdf", "family": "Nigerian retail supervisor, fpdf2 with coloured left sidebar (personal data, skills), dd/mm/yyyy and 'Till Date', NYSC cashier",
    "layout": "fpdf2, sidebar/title_org, dd/mm/yyyy / 'Till Date'", "author": "Chiamaka Okafor", "title": "CV",
    "opts": {"size": 9.3, "side_w": 168, "side_rgb": (226, 240, 228)},
    "side": [
        ("t", "PERSONAL DATA", "b"),
        ("c", "Date of Birth: 08/12/1993"),
        ("c", "Sex: Female"),
        ("c", "State of Origin: Anambra"),
        ("c", "Marital Status: Single"),
        ("gap",),
        ("t", "CONTACT", "b"),
        ("c", "0817 330 6625"),
        ("c", "chiamaka.okafor@mailbox.ng"),
        ("c", "14 Nnewi Road, Ubanze"),
        ("gap",),
        ("t", "SKILLS", "b"),
        ("c", "Customer service"),
        ("c", "Cash management"),
        ("c", "Stock control"),
        ("c", "Microsoft Excel"),
        ("gap",),
        ("t", "HOBBIES", "b"),
        ("c", "Cooking, reading, travelling"),
    ],
    "body": [
        ("name", "CHIAMAKA NGOZI OKAFOR"),
        ("t", "Retail Supervisor", "i"),
        ("h", "Career Objective"),
        ("p", "To grow into a retail store manager role in a customer-focused organisation."),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "dmy", "pw": "Till Date", "sep": " - ",
                     "labels_at": {0: "Duties:"}}) for e in w28] + [
        ("h", "Education"),
        ("p", "B.Sc. Marketing - Ubanze State University (2011 - 2015)"),
        ("p", "WAEC/SSCE - Girls' Secondary School, Ubanze (2010)"),
        ("h", "Referees"),
        ("p", "Available on request."),
    ],
})

# ------------------------------------------------------------------ w029 South African hospitality, docx name in header
w29 = [
    E("Waiter", "The Olive Terrace", "Brakkloof", "2023-02", "present", "facing", "in_person_service", [
        "Take orders, recommend wine pairings and serve a 90-seat restaurant",
        "Handle card payments and split bills",
    ]),
    E("Barista", "Roaster's Corner", "Brakkloof", "2021-11", "2023-01", "facing", "in_person_service", [
    ]),
    E("Kitchen Assistant", "Kwa-Themba Family Diner", "Kwa-Themba", "2020-03", "2021-10", "affecting", None, [
        "Washed dishes, prepped vegetables and kept the cold room clean",
    ]),
    E("Security Officer (Grade C)", "Ironshield Security Services", "Ravenspoort", "2018-05", "2020-02", "facing", "other_facing", [
        "Posted at a shopping centre: access control at the entrance, assisted shoppers with directions and lost children",
        "Patrols and occurrence book entries",
    ]),
    E("General Worker (EPWP)", "Brakkloof Local Municipality", "Brakkloof", "2017-01", "2017-12", "none", None, [
        "Grass cutting, clearing storm-water drains and litter picking along main roads",
    ], prec="year"),
]
DOCS.append({
    "id": "w029", "r": "docx", "family": "South African waiter, Word with name and contact in the page header, 'Title - Employer, Town' lines with dates after, public works programme year-only",
    "layout": "docx, header/dash, mon / 'Present'", "author": "Sipho Dlamini", "title": "CV",
    "header": ["SIPHO ANDILE DLAMINI", "071 226 9014  |  sipho.dlamini@mailbox.co.za  |  Brakkloof"],
    "opts": {"mode": "tabs", "hlevel": 2, "font": "Calibri", "size": 10.5, "center": True},
    "body": [
        ("h", "Summary"),
        ("p", "Friendly and reliable waiter with barista and security experience. Available for shifts, weekends and public holidays."),
        ("h", "Experience"),
    ] + [("job", e, {"hs": "dash", "ds": "mon", "pw": "Present", "sep": " - ", "dpos": "after"}) for e in w29] + [
        ("h", "Education"),
        ("p", "Grade 12 (NSC) - Brakkloof Secondary School, 2016"),
        ("h", "Personal Details"),
        ("p", "Nationality: South African | Languages: isiZulu, English, Afrikaans | Driver's licence: none | Health: good"),
        ("h", "References"),
        ("p", "Mr. Pieter Venter, Owner, The Olive Terrace - 082 440 1173"),
        ("p", "Ms. Zanele Ntuli, Manager, Roaster's Corner - 083 915 2260"),
    ],
})

# ------------------------------------------------------------------ w030 IT service desk, Singapore / India, HTML
w30 = [
    E("IT Service Desk Analyst (L1)", "Quayside Shared Services Pte Ltd", "Singapore", "2022-11", "present", "facing", "internal_support", [
        "First point of contact for 3,000 staff by phone, chat and walk-in: password resets, VPN, laptop issues",
        "Log and triage incidents in ServiceNow and write knowledge-base articles",
    ]),
    E("Digital Literacy Trainer (Volunteer)", "Serene Vale Community Club", "Singapore", "2023-03", "present", "facing", "volunteering", [
        "Teach seniors to use smartphones, e-payments and government apps at weekend clinics",
    ], section="volunteer", etype="volunteer"),
    E("Desktop Support Engineer", "Infinitum Tech Solutions", "Kesarpur", "2019-03", "2022-09", "facing", "internal_support", [
        "Deskside support for 600 users at a client's office: hardware, Windows, Outlook and printers",
        "Imaged and deployed new laptops and handled asset records",
    ]),
    E("Server & Backup Administrator", "Infinitum Tech Solutions", "Kesarpur", "2017-06", "2019-02", "none", None, [
    ]),
    E("Counter Sales & Service Technician", "Kesarpur Computer Bazaar", "Kesarpur", "2015-07", "2017-05", "facing", "in_person_service", [
        "Sold PCs and accessories at the counter and booked in repairs for walk-in customers",
    ]),
]
DOCS.append({
    "id": "w030", "r": "html", "family": "Indian IT support engineer now in Singapore, HTML with 'Title – Employer, Town' lines and floated dates, community volunteering in the history",
    "layout": "html, dash, month / 'Now'", "title": "Rajesh Kumar Pillai - Resume",
    "opts": {},
    "body": [
        ("name", "Rajesh Kumar Pillai"),
        ("c", "Singapore (Employment Pass holder) | +65 8102 7736 | rajesh.pillai@mailbox.sg"),
        ("h", "Career Summary"),
        ("p", "IT support professional with over ten years from a computer shop counter to an enterprise service desk. ITIL 4 certified."),
        ("h", "Key Skills"),
        ("p", "ServiceNow, Active Directory, Microsoft 365, Windows 10/11, SCCM imaging, basic networking"),
        ("h", "Professional Experience"),
    ] + [("job", e, {"hs": "dash", "ds": "month", "pw": "Now", "sep": " – "}) for e in w30] + [
        ("h", "Education"),
        ("p", "B.Sc. Computer Science - Kesarpur University, 2015"),
        ("h", "Certifications"),
        ("p", "ITIL 4 Foundation (2021); CompTIA A+ (2018)"),
        ("h", "Personal Details"),
        ("p", "Date of Birth: 22.10.1993 | Languages: English, Malayalam, Tamil, Hindi | Notice period: 1 month"),
    ],
})
