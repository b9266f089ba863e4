"""Résumés w016–w030 (6 DOCX, 6 TXT, 3 MD). One dict per résumé renders the file and its gold line."""
from lib import E

R = []

# ---------------------------------------------------------------- w016 DOCX two pages, header contact, footer page x of y
R.append(dict(
    file="w016.docx", render="docx_twopage",
    family="Irish patient liaison officer (ex-healthcare assistant, hospital stores porter, lab aide), two-page Word CV with contact in the page header and 'Name – CV | Page x of y' field footer",
    layout="docx, header_footer/title_org, mon / 'Present'",
    name="Declan Furlong",
    contact=["Blackpool, Cork T23 XK50", "087 555 2146", "declan.furlong@eircom.example"],
    dstyle="mon", present="Present",
    summary=("Profile", "Patient liaison officer with ten years in Cork hospitals and nursing homes, from the stores to the "
             "bedside to the complaints office. I listen first, fix what can be fixed on the ward, and keep families informed "
             "until it is closed. Looking to bring these skills to a member or customer services team."),
    key_skills=["Complaint handling and de-escalation", "Dementia-friendly communication", "Accurate record keeping (complaints system, care notes)",
                "Working with ward managers, nurses and consultants", "Volunteer coordination"],
    exp_heading="Work Experience",
    entries=[
        E("Patient Liaison Officer", "St. Finbarr's Regional Hospital", "Cork", "2022-09", "present", "facing", "healthcare_care", [
            "First point of contact for patients and families with concerns or complaints: I meet them on the wards or in the liaison office, listen, and work with ward managers to resolve issues locally",
            "Log and track 300+ concerns a year on the complaints system, draft responses for the Director of Nursing and keep families updated",
            "Run the rota for the Patient Experience Survey volunteers",
        ]),
        E("Healthcare Assistant", "Ardmore House Nursing Home", "Ballincollig, Co. Cork", "2019-02", "2022-08", "facing", "healthcare_care", [
            "Personal care, mobility and meals for 28 residents, many living with dementia",
            "Ran the activities programme twice a week and talked families through their relative's day",
        ]),
        E("Stores Porter", "St. Finbarr's Regional Hospital", "Cork", "2017-05", "2019-01", "affecting", None, [
            "Delivered supplies and linen to wards and theatres, collected clinical waste and kept the central stores stocked",
        ]),
        E("Medical Laboratory Aide", "Lee Valley Diagnostics Ltd", "Little Island, Cork", "2015-03", "2017-04", "none", None, [
            "Centrifuged, aliquoted and logged blood samples; restocked reagents and cleaned the analysers",
        ]),
        E("Sales Assistant", "Lee Street Menswear", "Cork", "2012-06", "2015-02", "facing", "in_person_service", [
            "Fitted suits for weddings and debs, tills and stockroom",
        ], suffix=" (part-time)"),
        E("Volunteer", "Shandon Street Soup Run", "Cork", "2016-01", "2019-12", "facing", "volunteering", [
            "Tuesday night soup run: serving food and chatting with people sleeping rough in the city centre",
        ], prec="year", section="volunteer", etype="volunteer"),
    ],
    vol_heading="Volunteering",
    after=[
        ("Education", ["QQI Level 5 Certificate in Healthcare Support – Mahon Point College of Further Education, 2018",
                       "Certificate in Patient Advocacy (evening course) – Munster Institute of Health Studies, 2023",
                       "Leaving Certificate – Glen Valley Community School, 2012"]),
        ("Training", ["Manual handling and patient moving (renewed 2025)", "Safeguarding Vulnerable Persons at Risk of Abuse",
                      "Open Disclosure: Communicating with Service Users", "Hand hygiene and infection control", "Basic Life Support"]),
        ("Interests", ["Hurling (coach the under-12s at the local club), sea swimming, local history."]),
        ("References", ["Máire Twomey – Patient Services Manager, St. Finbarr's Regional Hospital – 021 555 0911",
                        "Gerard Lynch – Director of Care, Ardmore House Nursing Home – 021 555 7342"]),
    ],
))

# ---------------------------------------------------------------- w017 DOCX temp-agency placements, UK
R.append(dict(
    file="w017.docx", render="docx_agency",
    family="UK housing-association customer service advisor hired after temp placements, Word tab-stop dates, agency block with 'assigned to' client placements beneath, weekend bar job overlapping",
    layout="docx, agency_block/title_org, mon / 'Present'",
    name="Jordan Ashby",
    contact=["Sneinton, Nottingham NG2", "07700 900 815", "jordan.ashby@hotmail.example"],
    dstyle="mon", present="Present",
    summary=("Personal Statement", "Friendly and reliable customer service advisor. I started at Castlegate on a temp "
             "assignment and was offered a permanent job. I have also done warehouse and office temp work, so I know how "
             "the back office connects to the customer."),
    exp_heading="Work History",
    groups={"Castlegate Housing Association": {"loc": "Nottingham", "dates": "Jan 2021 – Present"},
            "Brightstaff Recruitment": {"loc": "Nottingham", "dates": "Jan 2019 – Dec 2020", "label": "temporary assignments"},
            "The Lace Market Tavern": {"loc": "Nottingham", "dates": "Sep 2018 – Mar 2022"}},
    entries=[
        E("Customer Service Advisor", "Castlegate Housing Association", "Nottingham", "2021-01", "present", "facing", "contact_center", [
            "Answer 50–70 calls a day on the repairs and rent line",
            "Book repairs, set up payment plans for tenants in arrears and log anti-social behaviour reports",
            "Webchat cover two days a week",
        ], group="Castlegate Housing Association", note="Taken on permanently after my temp assignment."),
        E("Lettings Receptionist", "Brightstaff Recruitment", "Nottingham", "2020-03", "2020-12", "facing", "in_person_service", [
            "Covered the tenant reception desk: phone queries, repair reports and key collections by appointment",
            "Booked viewings for new tenants and carried out ID checks",
        ], group="Brightstaff Recruitment", client="Castlegate Housing Association"),
        E("Data Entry Clerk", "Brightstaff Recruitment", "Nottingham", "2019-07", "2020-02", "affecting", None, [
            "Keyed council tax direct debit mandates and change-of-address forms; 98% accuracy on audit",
        ], group="Brightstaff Recruitment", client="Trentside Borough Council, Revenues"),
        E("Warehouse Picker", "Brightstaff Recruitment", "Nottingham", "2019-01", "2019-06", "affecting", None, [
            "Picked and packed online orders on nights with a hand scanner, 120 units an hour",
        ], group="Brightstaff Recruitment", client="Vale Parcels, Colwick hub"),
        E("Bar Staff", "The Lace Market Tavern", "Nottingham", "2018-09", "2022-03", "facing", "in_person_service", [
            "Weekend bar shifts alongside my day jobs; cellar changes and cash-up",
        ], group="The Lace Market Tavern", suffix=" (weekends)"),
    ],
    after=[
        ("Education", ["Sneinton Park Academy – 8 GCSEs grades 9–4 including English and Maths (2018)"]),
        ("Skills", ["Housing management system (Civica), Microsoft 365, webchat, cash handling, personal licence holder"]),
        ("References", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------- w018 DOCX Kenyan CV, personal details table, long bullets
R.append(dict(
    file="w018.docx", render="docx_kenya",
    family="Kenyan customer care executive, Word CV with a personal-details table, 'Organization / Position / Period / Duties' blocks with very long bullets, family M-Pesa shop, attachment and referees",
    layout="docx, labelled_block/org_title, month / 'To date'",
    name="Brian Otieno Ouma",
    personal=[("Name", "Brian Otieno Ouma"), ("Date of Birth", "14th August 1998"), ("Nationality", "Kenyan"),
              ("ID No.", "3415XXXX"), ("Marital Status", "Single"), ("Languages", "English, Kiswahili, Dholuo"),
              ("Telephone", "+254 712 555 093"), ("Email", "brian.ouma98@gmail.example"), ("Address", "P.O. Box 5521-00100, Nairobi")],
    objective="To work in a dynamic organization where I can utilize my customer service and communication skills for the growth of the company and my personal career development.",
    dstyle="month", present="To date", sep=" – ",
    entries=[
        E("Customer Care Executive", "Safiri Mobile Networks Ltd", "Nairobi", "2022-01", "present", "facing", "contact_center", [
            "Handling an average of 90 inbound calls per shift from prepaid and postpaid subscribers regarding airtime, data bundles, mobile money reversals and SIM replacement, ensuring that each query is resolved at first contact wherever possible and escalated through the correct channel where it is not",
            "Carrying out customer identity verification in line with the company's Know-Your-Customer procedures before effecting any changes on a subscriber's account, thereby protecting customers against SIM-swap fraud and loss of funds",
            "Responding to customers on the company's social media pages and WhatsApp line during weekend shifts and recording all interactions in the CRM for follow-up by the back office",
        ]),
        E("Stores Clerk", "Mombasa Road Hardware Ltd", "Nairobi", "2021-06", "2021-12", "affecting", None, [
            "Receiving goods from suppliers, checking them against delivery notes, issuing stock to the sales counter against requisitions and updating the bin cards and stock ledger at the end of each day",
        ]),
        E("Shop Attendant", "Ouma Family Shop", "Kisumu", "2018-01", "2020-12", "facing", "in_person_service", [
            "Serving customers with mobile money deposits and withdrawals, airtime and household goods in our family shop, and reconciling the cash and e-float at the end of each day, which taught me accuracy and honesty in handling money for the whole community",
        ], prec="year", orgsuffix=" (M-Pesa & Airtime Agent)"),
        E("Industrial Attachee", "Lakeside Land Registry Services Ltd", "Kisumu", "2019-05", "2019-08", "none", None, [
            "Filing and retrieval of land files, data entry of search records into the registry database and general office duties as assigned by the supervisor",
        ], etype="internship"),
        E("Volunteer Computer Trainer", "Mashimoni Digital Skills Hub", "Nairobi", "2020-03", "2021-12", "facing", "volunteering", [
            "Teaching basic computer skills, email and online job applications to groups of 15–20 young people every Saturday, and helping them to prepare their first CVs",
        ], section="volunteer", etype="volunteer"),
    ],
    education=[("2017 – 2019", "Diploma in Business Information Technology", "Lakeside Technical Training Institute, Kisumu", "Credit"),
               ("2013 – 2016", "Kenya Certificate of Secondary Education (KCSE)", "Sondu River Boys' High School", "Mean grade B-")],
    skills=["Computer literate: MS Office, CRM systems, internet", "Good communication and interpersonal skills", "Ability to work under pressure and in shifts"],
    hobbies="Football, reading, community work",
    referees=[("Mr. Peter Kamau", "Team Leader, Safiri Mobile Networks Ltd", "+254 722 555 418"),
              ("Ms. Grace Achieng", "Coordinator, Mashimoni Digital Skills Hub", "+254 733 555 206"),
              ("Mr. Joseph Wanyama", "Lecturer, Lakeside Technical Training Institute", "+254 710 555 377")],
))

# ---------------------------------------------------------------- w019 DOCX Indian CV with career summary table
R.append(dict(
    file="w019.docx", render="docx_india",
    family="Indian software developer moved to L2 technical support, Word CV with a career-summary table (organisation / designation / duration), 'Roles & Responsibilities', freelance tutoring, declaration",
    layout="docx, summary_table/title_org, month / 'Till date'",
    name="Aniket Deshmukh",
    contact=["Kothrud, Pune – 411038", "+91 98220 55517", "aniket.deshmukh@rediffmail.example"],
    dstyle="month", present="Till date", sep=" – ",
    objective="Technical support engineer with 6+ years in IT (3.5 years as Java developer) seeking a Customer Success / Technical Account role where I can combine product knowledge with customer handling.",
    entries=[
        E("Technical Support Engineer", "Cloudnexa Technologies Pvt. Ltd.", "Pune", "2023-04", "present", "facing", "digital_service", [
            "Handling escalated tickets from enterprise customers of our cloud backup product through email and Zoom screen-sharing sessions",
            "Reproducing issues in lab setup, analysing logs and coordinating with engineering for hotfixes",
            "Maintaining SLA compliance of 97% for P1/P2 tickets",
        ], suffix=" (L2)"),
        E("Software Developer", "Vyomtech Solutions Pvt. Ltd.", "Pune", "2020-07", "2023-03", "none", None, [
            "Developed REST APIs in Java Spring Boot for the order management module",
            "Wrote JUnit test cases and fixed defects raised by QA team",
            "Participated in code reviews and sprint planning",
        ]),
        E("Graduate Engineer Trainee", "Vyomtech Solutions Pvt. Ltd.", "Pune", "2020-01", "2020-06", "none", None, [
            "Completed 3-month training in Java, SQL and Agile, then shadowed the OMS development team",
        ]),
        E("Subject Matter Expert – Computer Science", "StudyBuddy Online", "Remote", "2021-01", "2022-12", "facing", "education", [
            "Answered 600+ questions posted by college students on data structures and DBMS with step-by-step explanations",
        ], prec="year", etype="freelance", suffix=" (Freelance, part-time)"),
        E("Software Testing Intern", "QualiSoft Labs", "Pune", "2019-01", "2019-05", "affecting", None, [
            "Wrote manual test cases and executed regression suites for a retail banking web application",
        ], etype="internship"),
        E("IT Helpdesk Intern", "Mula-Mutha College of Engineering", "Pune", "2018-06", "2018-08", "facing", "internal_support", [
            "Attended to complaints of students and faculty regarding lab PCs, network and printer issues",
        ], etype="internship", orgsuffix=", Computer Centre"),
    ],
    education=[("B.E. (Computer Engineering)", "Mula-Mutha College of Engineering, Pune", "2019", "7.8 CGPA"),
               ("HSC", "Shivajinagar Junior College, Pune", "2015", "82%"),
               ("SSC", "Krishna Valley English School, Satara", "2013", "89%")],
    skills=["Java, Spring Boot, SQL, Linux, REST APIs", "Jira Service Management, Freshdesk, Zoom", "Log analysis (Kibana), Postman"],
    personal=[("Date of Birth", "21/09/1997"), ("Languages Known", "English, Hindi, Marathi"), ("Marital Status", "Single")],
))

# ---------------------------------------------------------------- w020 DOCX US student, concurrent part-time jobs
R.append(dict(
    file="w020.docx", render="docx_student",
    family="US community-college student with concurrent part-time jobs (tutor, work-study, boba shop), Word Harvard-style (bold employer + location right, italic title + dates right), volunteer Discord moderator, summer camp",
    layout="docx, harvard/org_title, mon / 'Present'",
    name="Emily Tran",
    contact=["Seattle, WA 98118", "(206) 555-0175", "emily.tran.wa@gmail.example"],
    dstyle="mon", present="Present",
    education=[("Cascade Sound College", "Seattle, WA", "Associate of Arts (Direct Transfer), GPA 3.8", "Expected June 2027")],
    exp_heading="Experience",
    entries=[
        E("Math & Writing Tutor", "Eastlake Learning Center", "Bellevue, WA", "2025-09", "present", "facing", "education", [
            "Tutor 10–12 middle-school students a week in pre-algebra and essay writing, one-on-one and in pairs",
            "Send short progress notes to parents after each session",
        ]),
        E("Office Assistant", "Cascade Sound College Facilities Department", "Seattle, WA", "2025-09", "present", "none", None, [
            "Enter work orders into the maintenance system and file vendor invoices, 10 hours a week",
        ], suffix=" (Work-Study)"),
        E("Crew Member", "Boba Bliss Tea House", "Seattle, WA", "2024-06", "2025-08", "facing", "in_person_service", [
            "Took orders at the counter and the drive-up window, made drinks and handled cash",
        ]),
        E("Shelver", "North Sound Public Library", "Seattle, WA", "2023-09", "2024-05", "affecting", None, [
            "Shelved returned items and shelf-read the young adult collection",
        ]),
        E("Camp Counselor", "Camp Tahoma Pines", "Enumclaw, WA", "2023-06", "2023-08", "facing", "education", [
            "Led a cabin of eight 9–11-year-olds and ran canoeing and arts sessions",
        ], dates="Summer 2023"),
        E("Community Moderator", "Pixel Harbor Studios", "Remote", "2024-01", "present", "facing", "volunteering", [
            "Welcome new members, answer questions about updates and events, enforce server rules and pass bug reports to the dev team for a 25,000-member game community",
        ], section="volunteer", etype="volunteer", orgsuffix=" (Discord community)"),
    ],
    vol_heading="Volunteer & Leadership",
    after=[
        ("Skills & Interests", ["Languages: English, Vietnamese (fluent)", "Technical: Google Workspace, Canva, Discord bots (basic)",
                                "Interests: bouldering, pho taste-testing, indie games"]),
    ],
))

# ---------------------------------------------------------------- w021 DOCX Canadian newcomer PSW, prose paragraphs
R.append(dict(
    file="w021.docx", render="docx_prose",
    family="Peruvian-born health care aide in Winnipeg, Word CV with 'Canadian Work Experience' / 'International Work Experience' headings and duties written as prose paragraphs, concurrent casual kitchen job",
    layout="docx, prose/title_org, month / 'Present'",
    name="Marisol Quispe Huamán",
    contact=["Winnipeg, MB R3E 2K9", "(204) 555-0139", "marisol.quispe@gmail.example"],
    dstyle="month", present="Present", sep=" – ",
    summary=("Summary", "Health care aide with four years of care experience in Canada and six years as a nursing technician in Peru. "
             "Bilingual English/Spanish. Patient, gentle and reliable."),
    sections=[("Canadian Work Experience", [0, 1, 2, 3]), ("International Work Experience", [4, 5])],
    entries=[
        E("Health Care Aide", "Assiniboine Personal Care Home", "Winnipeg, MB", "2023-01", "present", "facing", "healthcare_care", [
            "I provide daily care for 12 residents on a secure dementia unit: bathing, dressing, toileting, feeding and safe "
            "transfers with mechanical lifts. I chart care in PointClickCare, report changes to the nurse, and take time to talk "
            "with residents and their families, in English and Spanish.",
        ]),
        E("Dietary Aide", "Assiniboine Personal Care Home", "Winnipeg, MB", "2022-09", "2023-03", "affecting", None, [
            "Casual shifts in the central kitchen: preparing texture-modified trays to the dietitian's list, running the dish "
            "machine and cleaning. Trays were taken to the units by the care staff.",
        ], suffix=" (casual)"),
        E("Home Support Worker", "CareWell Home Health Services", "Winnipeg, MB", "2021-06", "2022-12", "facing", "healthcare_care", [
            "Visited six to eight clients a day in their homes for personal care, medication reminders, light housekeeping and "
            "meal preparation. Drove between visits and kept visit notes for the coordinator.",
        ]),
        E("Room Attendant", "Portage Inn & Suites", "Winnipeg, MB", "2020-11", "2021-05", "affecting", None, [
            "My first job in Canada. Cleaned 14 to 16 checked-out rooms per shift to the hotel standard.",
        ]),
        E("Nursing Technician", "Clínica San Gabriel", "Lima, Peru", "2014-01", "2019-12", "facing", "healthcare_care", [
            "Assisted registered nurses on the surgical ward: vital signs, wound dressings under supervision, patient hygiene "
            "and preparing patients for surgery.",
        ], prec="year"),
        E("Cashier", "Minimarket Doña Rosa", "Lima, Peru", "2010-01", "2013-12", "facing", "in_person_service", [
            "Helped in my family's neighbourhood store after school: cash, serving customers and receiving deliveries.",
        ], prec="year", orgsuffix=" (family business)"),
    ],
    after=[
        ("Education", ["Health Care Aide Certificate – Prairie Gate College, Winnipeg, 2022",
                       "Técnico en Enfermería (Nursing Technician diploma) – Instituto Superior Tecnológico Santa Luisa, Lima, 2013"]),
        ("Certifications", ["Standard First Aid & CPR Level C (2026)", "Food Handler Certificate (2022)", "Non-Violent Crisis Intervention (2023)"]),
        ("Languages", ["Spanish – native; English – CLB 7"]),
        ("References", ["Available upon request"]),
    ],
))

# ---------------------------------------------------------------- w022 TXT Montana seasonal worker
R.append(dict(
    file="w022.txt", render="txt_seasonal",
    family="Montana ski-resort guest services coordinator, plain text pasted from a job board: repeated summer and winter seasons, a family-ranch job given only as a duration",
    layout="txt, plain/pipe, mon / 'Present'",
    name="Tyler Brandvold",
    contact=["Bozeman, MT 59715", "(406) 555-0127", "tbrandvold@outlook.example"],
    dstyle="mon", present="Present", sep=" – ",
    summary=("SUMMARY", "Outdoor-industry guest services lead with eight seasons on the river and the mountain. Good in a crisis, "
             "better with a crowd. Looking for a year-round guest experience role."),
    exp_heading="EXPERIENCE",
    entries=[
        E("Guest Services Coordinator", "Big Timber Mountain Resort", "Big Sky, MT", "2024-05", "present", "facing", "in_person_service", [
            "Run the lift-ticket window and phone reservations for lessons and rentals; first stop for guest complaints",
            "Schedule 14 ticket-window staff and train new hires on the POS",
        ]),
        E("Ski Lift Operator", "Big Timber Mountain Resort", "Big Sky, MT", "2021-12", "2024-04", "facing", "other_facing", [
            "Loaded and unloaded guests on a high-speed quad, helped kids and first-timers, answered questions about runs",
            "Shoveled ramps and set up the lift-line maze",
        ], dates="Winter seasons 2021/22 – 2023/24 (Dec – Apr)"),
        E("River Guide", "Gallatin Whitewater Co.", "Gallatin Gateway, MT", "2019-06", "2023-08", "facing", "other_facing", [
            "Guided half-day and full-day rafting trips for groups of up to 8; safety talks and swiftwater rescue",
        ], dates="Summers 2019 – 2023"),
        E("Line Cook", "Copper Kettle Taproom", "Bozeman, MT", "2017-04", "2019-05", "affecting", None, [
            "Grill and fryer on a 6-person line, prep and close-down cleaning",
        ]),
        E("Ranch Hand", "Brandvold Family Ranch", "Big Timber, MT", None, None, "none", None, [
            "Calving, fencing, haying and running equipment",
        ], prec=None, etype="unknown", dates="3 years (after high school)"),
    ],
    after=[
        ("CERTIFICATIONS", ["Swiftwater Rescue Technician (2023)", "Wilderness First Responder (2024)", "ServSafe Food Handler (2017)"]),
        ("EDUCATION", ["Bridger Range College - coursework in Hospitality Management (2016-2017)", "Boulder River High School, diploma (2013)"]),
    ],
))

# ---------------------------------------------------------------- w023 TXT Filipino OFW, durations only
R.append(dict(
    file="w023.txt", render="txt_ofw",
    family="Filipino overseas worker back in Manila, plain-text biodata-style résumé with 'Position / Company / Duration' blocks: two jobs given only as durations, year-only ranges, non-native phrasing",
    layout="txt, labelled_block/title_org, month / yyyy / duration / 'Present'",
    name="Ramil D. Bautista",
    dstyle="month", present="Present", sep=" – ",
    entries=[
        E("Call Center Agent", "Bayanihan Global Contact Inc.", "Makati City", "2024-06", "present", "facing", "contact_center", [
            "Calling the US credit card customers with past due account to make the payment arrangement",
            "Explain the fees and settle the dispute about the charges, comply to the compliance script",
        ], suffix=" (Collections)"),
        E("Customer Service Agent", "Gulf Horizon Ground Handling LLC", "Dubai, United Arab Emirates", "2019-01", "2023-12", "facing", "in_person_service", [
            "Doing the check-in of passengers and the boarding at the gate",
            "Assist for the wheelchair passengers and unaccompanied minor",
            "Handle the complain of passenger about excess baggage and delayed flight, give the meal voucher and hotel voucher",
        ], prec="year", suffix=" (Airport Services)"),
        E("Waiter", "Palm Crescent Hotel", "Riyadh, Kingdom of Saudi Arabia", None, None, "facing", "in_person_service", [
            "Serving the guest in the all-day dining restaurant, room service orders, set-up of banquet",
        ], prec=None, dates="2 years and 6 months"),
        E("Warehouse Checker", "Batangas Port Logistics Corp.", "Batangas City", None, None, "affecting", None, [
            "Checking the container cargo versus the manifest and delivery receipt, report the damage and shortage",
        ], prec=None, dates="18 months"),
    ],
))

# ---------------------------------------------------------------- w024 TXT gig worker, London
R.append(dict(
    file="w024.txt", render="txt_gig",
    family="London freelance designer with overlapping gig-platform work (task app, food delivery, data annotation), plain text with '====' section rules and 'Title | Org | Dates' lines",
    layout="txt, rules/pipe, mon / 'present'",
    name="Kwame Asante-Boateng",
    contact=["Croydon, London CR0", "07700 900 624", "kwame@kab-designs.example", "Portfolio: behance.net/kwameab"],
    dstyle="mon", present="present", sep=" - ",
    summary=("PROFILE", "Self-employed designer who has kept several gigs going at once. Used to working straight with clients, "
             "hitting deadlines and sorting my own admin. Looking for a client-facing role with a steady team."),
    exp_heading="EXPERIENCE",
    entries=[
        E("Freelance Graphic Designer", "Self-employed", "Remote", "2020-03", "present", "facing", "entrepreneurial_freelance", [
            "Logos, menus and social media packs for 140+ small-business clients; 4.9/5 average over 210 reviews",
            "Brief calls with clients on Zoom, send concepts and handle up to three rounds of revisions",
            "Quote, invoice and chase payments myself",
        ], etype="freelance", orgsuffix=" (Upwork and Fiverr)"),
        E("Task Worker", "TaskRabbit", "South London", "2021-04", "2022-10", "facing", "other_facing", [
            "Assembled flat-pack furniture and mounted TVs and shelves in clients' homes, 3-5 jobs a week",
        ], etype="freelance", suffix=" (furniture assembly & mounting)"),
        E("Food Delivery Rider", "Deliveroo / Uber Eats", "London", "2019-06", "2023-12", "affecting", None, [
            "Collected orders from restaurants and delivered them by e-bike; mostly contactless drops left at the door with a photo",
        ], etype="freelance"),
        E("Data Annotator", "LabelForge Ltd", "Remote", "2022-11", "2024-02", "none", None, [
            "Drew bounding boxes and labelled street-scene images for self-driving datasets, 98% QA pass rate",
        ], etype="freelance", suffix=" (remote contract)"),
        E("Retail Assistant", "Gadget Hub Electronics", "Croydon", "2017-09", "2020-02", "facing", "in_person_service", [
            "Helped customers choose laptops and phones, set up devices at the counter and sold warranties",
        ]),
    ],
    after=[
        ("EDUCATION", ["BTEC Level 3 Extended Diploma in Art & Design (D*DD) - Purley Vale College, 2017"]),
        ("SKILLS", ["Adobe Illustrator, Photoshop, InDesign, Figma, Canva", "Client briefs, quoting, invoicing (FreeAgent)", "Full UK driving licence"]),
    ],
))

# ---------------------------------------------------------------- w025 TXT US Army veteran
R.append(dict(
    file="w025.txt", render="txt_veteran",
    family="US Army veteran (HR specialist running the S1 counter, earlier truck driver) now in an insurance call center, plain text with caps headings and '=====' rules, employer line with overall range and roles beneath",
    layout="txt, caps/orgfirst, mm/yyyy / 'Present'",
    name="Andre L. Whitaker",
    contact=["Fayetteville, NC 28314", "(910) 555-0139", "andre.whitaker@email.example"],
    dstyle="mm/yyyy", present="Present", sep=" - ",
    summary=("SUMMARY", "Veteran and customer service representative. Ten years in the Army, the last seven running a "
             "personnel service counter for 600 soldiers and their families. Calm on the phone, accurate on paperwork."),
    exp_heading="PROFESSIONAL EXPERIENCE",
    groups={"U.S. Army": {"loc": "Fort Bragg, NC and overseas", "dates": "06/2013 - 01/2023"}},
    entries=[
        E("Customer Service Representative", "Cape Fear Mutual Insurance", "Fayetteville, NC", "2023-02", "present", "facing", "contact_center", [
            "Answer 55+ inbound calls daily from policyholders on billing, coverage questions and first notice of loss",
            "Take payments, process policy changes and document every call in Guidewire",
        ]),
        E("Human Resources Specialist", "U.S. Army", "Fort Bragg, NC", "2015-08", "2023-01", "facing", "internal_support", [
            "Ran the battalion S1 customer service counter for 600 soldiers and family members: ID cards, leave, pay inquiries and promotion packets",
            "Processed 1,200+ personnel actions a year with zero suspense misses",
        ], etype="military", group="U.S. Army", suffix=" (42A), Sergeant"),
        E("Motor Transport Operator", "U.S. Army", "Fort Bragg, NC", "2013-06", "2015-07", "none", None, [
            "Drove M1083 trucks on supply runs and convoys; performed PMCS on assigned vehicles",
        ], etype="military", group="U.S. Army", suffix=" (88M), Private First Class"),
        E("Night Stocker", "Sandhill Harvest Foods", "Fayetteville, NC", "2011-09", "2013-05", "affecting", None, [
            "Unloaded trucks and stocked grocery aisles overnight while the store was closed",
        ]),
        E("Volunteer Greeter", "Fayetteville Veterans Welcome Center", "Fayetteville, NC", "2024-01", "present", "facing", "volunteering", [
            "Greet veterans and families on Saturdays, help them find benefits information and sign up for events",
        ], prec="year", section="volunteer", etype="volunteer"),
    ],
    vol_heading="VOLUNTEER",
    after=[
        ("MILITARY AWARDS", ["Army Commendation Medal (2)", "Army Achievement Medal (3)", "Good Conduct Medal (3)"]),
        ("EDUCATION & TRAINING", ["A.A.S. Business Administration - Longleaf Pines Community College (2024, GPA 3.5)",
                                  "Army Basic Leader Course (2016); Human Resources Specialist Course (2015)"]),
        ("SECURITY CLEARANCE", ["Secret (inactive)"]),
    ],
))

# ---------------------------------------------------------------- w026 TXT LinkedIn profile copied from the browser
R.append(dict(
    file="w026.txt", render="txt_linkedin_web",
    family="US retail store manager turned customer success manager, LinkedIn profile copied from the web page as text ('Jan 2023 - Present · 3 yrs 11 mos', grouped company roles, volunteering)",
    layout="txt, linkedin_web/title_org, mon (duration) / 'Present'",
    name="Dana Whitcomb", headline="Customer Success Manager | Retail operator turned SaaS CSM",
    place="Austin, Texas, United States",
    about="Twelve years in retail, from the stockroom to running a $6M store, and now three years in SaaS customer success. "
          "I speak store-ops because I lived it.",
    groups={"Northwind Home & Living": {"type": "Full-time", "loc": "Austin, Texas Area"},
            "Canopy Department Stores": {"type": "", "loc": "Round Rock, Texas"}},
    entries=[
        E("Customer Success Manager", "Brightloom Analytics", "Austin, Texas, United States", "2023-01", "present", "facing", "sales_account", [
            "I own a book of 45 mid-market retail accounts (about $3.1M ARR): onboarding calls, quarterly business reviews with "
            "store-ops leaders and renewal conversations. Gross retention 96% in 2025.",
        ], wtype="Full-time", wloc="Austin, Texas, United States · Remote", skills="Customer Success · Account Management · +3 skills"),
        E("Store Manager", "Northwind Home & Living", "Austin, Texas Area", "2019-03", "2022-12", "facing", "in_person_service", [
            "Ran a $6M home-furnishings store with 22 team members. Hiring, scheduling, P&L and visual standards, and the "
            "floor: I took the escalated customer issues, delivery problems and big design consultations myself.",
        ], group="Northwind Home & Living", skills="Retail Operations · Team Leadership"),
        E("Assistant Store Manager", "Northwind Home & Living", "Austin, Texas Area", "2016-11", "2019-02", "affecting", None, [
            "Owned the back of house: weekly schedules, payroll approval, receiving and inventory accuracy (shrink down from "
            "2.1% to 1.3%) and loss-prevention audits.",
        ], group="Northwind Home & Living"),
        E("Visual Merchandiser", "Canopy Department Stores", "Round Rock, Texas", "2014-06", "2016-10", "affecting", None, [
            "Set seasonal floor sets and window displays before opening; planogram resets for home and apparel.",
        ], group="Canopy Department Stores"),
        E("Stockroom Associate", "Canopy Department Stores", "Round Rock, Texas", "2013-08", "2014-05", "affecting", None, [
            "Processed incoming shipments in the stockroom and replenished the floor.",
        ], group="Canopy Department Stores", wtype="Part-time"),
        E("Adoption Counselor", "Hill Country Animal Rescue", "Austin, Texas", "2018-01", "2020-12", "facing", "volunteering", [
            "Met potential adopters at weekend events, matched them with dogs and walked them through the adoption paperwork.",
        ], section="volunteer", etype="volunteer", cause="Animal Welfare"),
    ],
    education=[("Texas Hill Country University", "Bachelor of Business Administration - BBA, Marketing", "2009 - 2013")],
))

# ---------------------------------------------------------------- w027 TXT South African CV with reasons for leaving
R.append(dict(
    file="w027.txt", render="txt_sa",
    family="South African call-centre agent, CV pasted as plain text with personal details, 'Company / Position / Period / Duties / Reason for leaving' blocks, learnership, year-only construction job",
    layout="txt, labelled_block/org_title, month / 'Present'",
    name="Thandeka Mokoena",
    dstyle="month", present="Present", sep=" - ",
    personal=[("Surname", "Mokoena"), ("First Names", "Thandeka Precious"), ("ID Number", "980315 XXXX 08X"), ("Gender", "Female"),
              ("Nationality", "South African"), ("Home Language", "isiZulu"), ("Other Languages", "English, Sesotho, isiXhosa"),
              ("Driver's Licence", "Code 8 (B)"), ("Criminal Record", "None"), ("Health", "Excellent"),
              ("Address", "2241 Vilakazi Street Ext., Orlando West, Soweto, 1804"), ("Cell", "072 555 0193"),
              ("Email", "thandekamokoena98@gmail.example")],
    education=[("Highest Grade Passed", "Grade 12 (Matric), 2016"), ("School", "Dube Ridge Secondary School"),
               ("Subjects", "English, isiZulu, Mathematical Literacy, Business Studies, Accounting, Life Orientation"),
               ("Tertiary", "National Certificate: Business Administration Services NQF 4 (Learnership), 2019")],
    entries=[
        E("Call Centre Agent", "Ubuntu Direct Insurance Brokers", "Johannesburg", "2022-01", "present", "facing", "contact_center", [
            "Inbound and outbound calls to clients regarding funeral and car insurance policies",
            "Policy amendments, premium collections and query resolution",
            "Upselling additional cover",
        ], reason="Currently employed - seeking growth"),
        E("Cashier", "Kasi Value Supermarket", "Soweto", "2019-03", "2021-12", "facing", "in_person_service", [
            "Operating the till and cashing up",
            "Assisting customers with queries and price checks",
            "Packing shelves when quiet",
        ], reason="Contract ended"),
        E("Business Administration Learner", "Sizwe Logistics (Pty) Ltd", "Johannesburg", "2018-02", "2019-01", "affecting", None, [
            "Capturing invoices and delivery notes on Pastel",
            "Filing, scanning PODs and ordering stationery",
        ], etype="internship", reason="Learnership completed", suffix=" (NQF 4 Learnership)"),
        E("General Worker", "Mzansi Build Contractors", "Soweto", "2017-01", "2017-12", "none", None, [
            "Mixing cement, carrying bricks and cleaning the site",
        ], prec="year", reason="Project ended"),
        E("Volunteer Cook & Server", "Orlando East Community Kitchen", "Soweto", "2016-01", "2018-12", "facing", "volunteering", [
            "Cooking and serving lunch to the elderly and children twice a week",
        ], prec="year", section="volunteer", etype="volunteer"),
    ],
    referees=[("Mr S. Dlamini", "Team Leader, Ubuntu Direct Insurance Brokers", "011 555 0472"),
              ("Mrs N. Khumalo", "Store Manager, Kasi Value Supermarket", "011 555 0813")],
))

# ---------------------------------------------------------------- w028 MD developer -> developer support
R.append(dict(
    file="w028.md", render="md_dev",
    family="Berlin backend developer moved into developer support, GitHub-README-style Markdown résumé (h3 'Title — Employer', italic place · dates), freelance web work, open-source maintainer role, projects",
    layout="md, h3/title_org, mon / 'present'",
    name="Tomás Ferreira-Lund",
    contact=["Berlin, Germany", "tomas@ferreiralund.example", "github.com/tferreiralund", "+49 1512 5550 384"],
    dstyle="mon", present="present", sep=" – ",
    summary=("About", "Backend developer turned developer support engineer. I like the moment a stuck integration starts working "
             "on a call with a customer's team. Looking for a developer relations or technical account role."),
    exp_heading="Experience",
    entries=[
        E("Developer Support Engineer", "Quillstack GmbH", "Berlin (hybrid)", "2024-05", "present", "facing", "digital_service", [
            "Answer developers' questions about our payments SDK in GitHub issues, the community forum and the partner Slack (~120 threads a month)",
            "Join integration calls with customers' engineering teams to debug webhooks and 3-D Secure flows",
            "Turn recurring questions into docs and sample apps; median time to first response down from 19 h to 4 h",
        ]),
        E("Backend Developer", "Quillstack GmbH", "Berlin", "2021-09", "2024-04", "none", None, [
            "Built the ledger and payout services in Go (Kafka, PostgreSQL)",
            "On-call for payment infrastructure; wrote the incident runbooks",
        ]),
        E("Junior Software Developer", "Atlântico Systems, Lda.", "Porto, Portugal", "2019-02", "2021-08", "none", None, [
            "Implemented batch jobs and database migrations for a logistics ERP, working from tickets written by the product owner",
        ]),
        E("Freelance Web Developer", None, "Porto, Portugal", "2017-01", "2019-12", "facing", "entrepreneurial_freelance", [
            "Built websites for restaurants and small shops; met the owners to agree scope and trained them to edit their own menus and opening hours",
        ], prec="year", etype="freelance"),
        E("Maintainer", "tidyrequest", "Remote", "2020-01", "present", "facing", "volunteering", [
            "Co-maintain a Python HTTP client library (2.3k stars): triage issues, answer users' questions, review pull requests and cut releases",
        ], prec="year", section="volunteer", etype="volunteer", suffix=" (volunteer)"),
    ],
    vol_heading="Open source",
    after=[
        ("Projects", ["**webhook-replay** — CLI that records and replays payment webhooks for local testing (Go)",
                      "**iban-check** — tiny IBAN validation library with 40 country formats (Rust, Python bindings)"]),
        ("Skills", ["Go, Python, TypeScript, SQL · PostgreSQL, Kafka, Docker, Kubernetes · technical writing · running customer calls"]),
        ("Education", ["M.Sc. Informatics — Universidade do Vale do Douro, 2018", "B.Sc. Computer Engineering — Universidade do Vale do Douro, 2016"]),
        ("Languages", ["Portuguese (native), English (C2), German (B2), Swedish (A2)"]),
    ],
))

# ---------------------------------------------------------------- w029 MD Indian experience table + details
R.append(dict(
    file="w029.md", render="md_india",
    family="Hyderabad voice-process associate with hotel front-office and pharmacy-counter history, Markdown résumé with an experience summary table followed by detailed sections, industrial training, declaration",
    layout="md, table_then_h3/title_org, mon / 'Present'",
    name="Fatima Sheikh",
    contact=["Tolichowki, Hyderabad – 500008", "+91 90000 55521", "fatima.sheikh.hyd@gmail.example"],
    dstyle="mon", present="Present", sep=" – ",
    objective="To work as a Customer Support Executive in an esteemed organisation where I can use my hospitality and voice process experience and grow with the company.",
    entries=[
        E("Process Associate – Voice", "Deccan Global Services Pvt. Ltd.", "Hyderabad", "2023-08", "present", "facing", "contact_center", [
            "Handling inbound calls of US customers for a telecom client regarding bill queries, plan changes and payment arrangements",
            "Maintaining AHT below 420 seconds and quality score above 90%",
        ], suffix=" (International Process)"),
        E("Front Office Associate", "Hotel Golconda Crest", "Hyderabad", "2021-07", "2023-07", "facing", "in_person_service", [
            "Check-in and check-out of guests, handling reservations on phone and OTA extranet, resolving guest complaints",
        ]),
        E("Pharmacy Assistant", "Rahmath Medical & General Stores", "Hyderabad", "2019-05", "2021-06", "facing", "healthcare_care", [
            "Dispensing medicines at the counter against prescriptions under the pharmacist's supervision",
            "Explaining dosage timings to patients, billing and maintaining the stock register",
        ]),
        E("Data Entry Operator", "Zenith Back Office Solutions", "Secunderabad", "2018-06", "2019-04", "affecting", None, [
            "Typing details from scanned insurance claim forms into the client's system with 99% accuracy",
        ]),
        E("Industrial Trainee", "Hotel Krishnaveni Grand", "Vijayawada", "2016-12", "2017-05", "affecting", None, [
            "Six-month training in the kitchen, housekeeping and laundry departments",
        ], etype="internship"),
    ],
    education=[("Diploma in Hotel Management & Catering Technology", "Institute of Hospitality Studies, Vijayawada", "2018"),
               ("Intermediate (MPC)", "Golconda Junior College, Hyderabad", "2015")],
    strengths=["Good communication in English, Hindi, Urdu and Telugu", "Patient listener, calm with irate customers", "Punctual and disciplined"],
))

# ---------------------------------------------------------------- w030 MD Ghana airline promotions
R.append(dict(
    file="w030.md", render="md_ghana",
    family="Ghanaian airline customer relations supervisor, Notion-style Markdown export: bold employer line with overall range and roles as bullets with their own ranges, national service teaching, QC and accounts jobs",
    layout="md, employer_block/org_title, month / 'Present'",
    name="Akosua Mensah-Bonsu",
    contact=["East Legon, Accra, Ghana", "+233 24 555 0190", "akosua.mensahbonsu@gmail.example"],
    dstyle="month", present="Present", sep=" – ",
    summary=("Profile", "Airline customer relations supervisor with eight years at Volta Star, from the cabin to the ticket "
             "office to leading the complaints team."),
    groups={"Volta Star Airlines": {"loc": "Accra", "dates": "March 2018 – Present"}},
    entries=[
        E("Customer Relations Supervisor", "Volta Star Airlines", "Accra", "2023-01", "present", "facing", "contact_center", [
            "Supervise a team of 9 handling complaints by phone, email and at the airport customer desk",
            "Personally handle escalated cases: lost baggage compensation, denied boarding and refunds",
        ], group="Volta Star Airlines"),
        E("Ticketing Agent", "Volta Star Airlines", "Accra", "2020-06", "2022-12", "facing", "in_person_service", [
            "Issued and reissued tickets, collected fees and rebooked passengers during disruptions at the airport ticket office",
        ], group="Volta Star Airlines", suffix=", Airport Ticket Office"),
        E("Cabin Crew Member", "Volta Star Airlines", "Accra", "2018-03", "2020-05", "facing", "other_facing", [
            "Safety and service on regional routes; purser-qualified from 2019",
        ], group="Volta Star Airlines"),
        E("Quality Control Assistant", "Akwaaba Springs Beverages Ltd", "Tema", "2016-01", "2017-12", "affecting", None, [
            "Sampled bottling-line output for Brix, CO2 and fill levels; logged results and held non-conforming batches",
        ]),
        E("Accounts Clerk", "Adenta Microfinance Ltd", "Accra", "2015-09", "2015-12", "none", None, [
            "Posted loan repayments to the ledger and reconciled the cash book",
        ]),
        E("National Service Personnel – ICT Teacher", "Madina Cluster Junior High School", "Accra", "2014-09", "2015-08", "facing", "education", [
            "Taught ICT to JHS 1–3 classes of 40–50 pupils and ran the after-school computer club",
        ], etype="internship"),
    ],
    after=[
        ("Education", ["BSc Biochemistry — Coastal Ridge University, Cape Coast, 2014", "IATA/UFTAA Foundation in Travel and Tourism, 2020"]),
        ("Skills", ["Amadeus, complaint handling, team scheduling, first aid, safety procedures"]),
        ("Languages", ["English, Twi, Ga, basic French"]),
    ],
))
