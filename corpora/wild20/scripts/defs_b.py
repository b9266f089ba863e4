"""wild20 résumé definitions w016-w030."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file="w016.docx",
    family="UK returner after an eight-year career break, Word CV typed by hand (bold headings, manual bullets, tab-stop dates), break and school volunteering listed",
    layout="docx, plain/title_org, month / 'present'",
    name="Helen Marsh",
    contact=["7 Orchard Rise, Ashcombe Vale, AV3 9LP", "07700 555 246 · helen.marsh@mailbox.co.uk"],
    opts=dict(entry="tabs", heads="bold", caps_heads=False, hdr="title_org", ds="month", pw="present",
              bullets="manual", font="Georgia"),
    sections=[
        ("Profile", "Organised and friendly administrator returning to full-time work after raising my children. "
                    "Before my break I spent six years at the front desk of a busy estate agency, and since September "
                    "2025 I have been back at work as a part-time dental receptionist."),
        ("Work History", [
            E("Part-time Receptionist", "Ashcombe Vale Dental Practice", "Ashcombe Vale", "2025-09", "present", [
                "Greet patients, book and move appointments and take payments",
                "Answer the phone and the practice inbox; chase unpaid invoices",
            ], F, "in_person_service"),
            E("Career break – raising my two children", None, None, "2017-04", "2025-08", [], N, etype="unknown"),
            E("Office Administrator", "Harcourt & Pell Estate Agents", "Ashcombe Vale", "2011-06", "2017-03", [
                "Booked viewings for buyers and tenants over the phone and at the front desk",
                "Prepared tenancy paperwork, chased references and kept the lettings database up to date",
            ], F, "in_person_service"),
            E("Payroll Clerk", "Whitcombe Engineering Ltd", "Ashcombe Vale", "2007-09", "2011-05", [
                "Processed weekly payroll for 240 hourly-paid staff",
                "Answered staff questions about payslips, overtime and holiday pay",
            ], F, "internal_support"),
        ]),
        ("Volunteering", [
            E("Reading Volunteer", "Ashcombe Vale Primary School", "Ashcombe Vale", "2023-01", "present", [
                "Listen to Year 2 children read twice a week and note their progress in reading records",
            ], F, "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Education and Training", ["AAT Level 2 Certificate in Accounting (2009)",
                                    "A-levels: English, History, Sociology – Ashcombe Vale College (2005)",
                                    "Return to Work Skills course (online, 2025)"]),
        ("Skills", ["Microsoft 365, dental booking software (SOE Exact), Sage Payroll",
                    "Confident on the phone and face to face"]),
    ],
))

# ------------------------------------------------------------------ w017
R.append(dict(
    file="w017.html",
    family="South African retail CV saved as HTML: cellphone store sales, supermarket cashier then stock controller, merchandiser, soup-kitchen volunteering with year dates",
    layout="html, div/title_org, month / 'Present'",
    name="Lerato Khumalo",
    contact=["Ekhaya Heights, Mooirivier Park", "Cell: 073 555 2290", "lerato.khumalo@mailbox.co.za"],
    opts=dict(html_mode="div", hdr="title_org", ds="month", pw="Present"),
    sections=[
        ("Profile", "Energetic retail professional with seven years in stores. I enjoy helping customers and I "
                    "learn new systems quickly."),
        ("Work Experience", [
            E("Sales Consultant", "CellPoint Connect", "Mooirivier Park Mall", "2023-03", "present", [
                "Help customers choose contracts and prepaid bundles, run credit checks and do RICA registrations",
                "Handle upgrade and device repair queries",
                "Top sales consultant for the region in July 2024",
            ], F, "in_person_service"),
            E("Stock Controller", "FreshWay Supermarket", "Ekhaya Heights", "2021-01", "2023-02", [
                "Received deliveries, checked invoices and did weekly stock counts",
                "Captured variances and reported shrinkage to the branch manager",
            ], A),
            E("Cashier", "FreshWay Supermarket", "Ekhaya Heights", "2019-06", "2020-12", [
                "Served customers on the till, did refunds and sold airtime and electricity",
            ], F, "in_person_service"),
            E("Merchandiser (Part-time)", "Sizwe Merchandising Services", "Mooirivier Park", "2018-02", "2019-05", [
                "Packed shelves and built promotional displays for a snack brand in six stores",
            ], A),
        ]),
        ("Volunteer Work", [
            E("Volunteer", "Ekhaya Community Kitchen", "Ekhaya Heights", "2017", "2019", [
                "Served meals to homeless people on Saturdays",
            ], F, "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["National Senior Certificate, Mooirivier High School, 2017"]),
        ("Skills", ["Point-of-sale systems", "Stock control", "Customer service", "Languages: English, isiZulu, Setswana"]),
        ("References", ["Mr T. Dube – Store Manager, CellPoint Connect – 071 555 8801",
                        "Mrs A. Pillay – Branch Manager, FreshWay Supermarket – 011 555 2307"]),
    ],
))

# ------------------------------------------------------------------ w018
R.append(dict(
    file="w018.pdf", renderer="fpdf",
    family="UK domiciliary care worker (Zimbabwean-born), fpdf2 with a coloured banner header, care jobs, night cleaning, phone befriending",
    layout="fpdf2, banner/title_org, mon / 'Present'",
    name="Precious Mutasa",
    contact=["Marbeck, MB5 · 07700 555 672 · precious.mutasa@mailbox.co.uk"],
    opts=dict(layout="banner", hdr="title_org", ds="mon", pw="Present", accent=(120, 40, 90)),
    sections=[
        ("Personal Statement", "Compassionate senior care worker with eight years in the UK care sector. I listen, "
                               "stay calm and always follow through, and I would like to bring these qualities to "
                               "a customer service team."),
        ("Employment History", [
            E("Senior Domiciliary Care Worker", "Kindred Home Care Ltd", "Marbeck", "2021-01", "present", [
                "Visit 10 to 12 clients a day in their homes for personal care, medication and meal preparation",
                "Talk with families, update care plans and report changes to the care coordinator",
                "Shadow and sign off new carers",
            ], F, "healthcare_care"),
            E("Support Worker", "Ridgeway Supported Living", "Marbeck", "2018-08", "2020-12", [
                "Supported adults with learning disabilities with shopping, cooking, budgeting and appointments",
            ], F, "healthcare_care"),
            E("Night Cleaner", "Brightstar Cleaning Contractors", "Marbeck", "2017-02", "2018-07", [
                "Cleaned offices and washrooms after hours on my own",
            ], N),
        ]),
        ("Volunteering", [
            E("Telephone Befriender", "Marbeck Silver Friends", "Marbeck", "2019-03", "present", [
                "Weekly phone calls with an isolated older person; flag any worries to the coordinator",
            ], F, "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["Level 3 Diploma in Adult Care (2022)", "Care Certificate (2018)",
                            "Medication administration, Moving & Handling, Safeguarding"]),
        ("Other", ["Full UK driving licence and own car", "Right to work in the UK (settled status)"]),
    ],
))

# ------------------------------------------------------------------ w019
R.append(dict(
    file="w019.docx",
    family="UK primary teacher leaving teaching, Word two-column layout table with a shaded sidebar, supply work, invigilating and a summer camp",
    layout="docx, sidebar/title_org, mon / 'Present'",
    name="Gareth Llewellyn",
    contact=["Castlebridge CB2", "07700 555 134", "gareth.llewellyn@mailbox.co.uk"],
    opts=dict(layout="sidebar", entry="plain", heads="bold", hdr="title_org", ds="mon", pw="Present", bullets="manual"),
    side=[
        ("Skills", ["Explaining things clearly", "Handling difficult conversations with parents", "Organisation and planning",
                    "Google Classroom, Microsoft 365, Arbor MIS"]),
        ("Qualifications", ["PGCE Primary with QTS, 2016", "BA (Hons) History, 2014"]),
    ],
    sections=[
        ("Profile", "Primary teacher with ten years in the classroom looking to move into customer service, where "
                    "my patience, clear communication and experience with parents will be useful."),
        ("Experience", [
            E("Supply Teacher", "Apex Education Agency", "Castlebridge", "2026-09", "present", [
                "Day-to-day cover in primary schools across Castlebridge",
            ], F, "education"),
            E("Year 4 Class Teacher", "Penhallow Primary School", "Castlebridge", "2016-09", "2026-07", [
                "Planned and taught all subjects to classes of 30 pupils",
                "Held parents' evenings and regular meetings with parents about progress and behaviour",
                "History subject lead from 2020",
            ], F, "education"),
            E("Exam Invigilator (part-time)", "Castlebridge Sixth Form College", "Castlebridge", "2015-04", "2016-06", [
                "Supervised students during GCSE and A-level exams",
            ], F, "education"),
            E("Teaching Assistant", "St Brannoc's C of E Primary School", "Kettlewick", "2014-09", "2015-07", [
                "Supported small reading and phonics groups in Year 1",
            ], F, "education"),
            E("Activity Leader", "KidzQuest Holiday Camps", "Kettlewick", "2014-06", "2014-08", [
                "Ran sports and craft sessions for children aged 6-12",
            ], F, "education", datetext="Summer 2014"),
        ]),
        ("Interests", "Local history society, cycling, coaching junior rugby."),
    ],
))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020.txt",
    family="UK gas engineer leaving the trade, plain text with capital headings, 'Title - Employer, Town' lines with dates at the end",
    layout="txt, caps/dash, mon / 'Present'",
    name="Wayne Foxley",
    contact=["Harlow Moor, HM7", "Mobile 07700 555 783", "wayne.foxley@mailbox.co.uk"],
    opts=dict(hdr="dash", ds="mon", pw="Present", sep=" - ", txt_heads="caps", txt_right="sep", txt_join="    ",
              bullet="* ", caps_name=True),
    sections=[
        ("Profile", "Gas Safe registered engineer with 18 years in plumbing and heating, the last 9 self-employed. "
                    "My knees have had enough of the trade and I want to move into a customer service or technical "
                    "support role where I can use what I know about boilers and dealing with homeowners."),
        ("Experience", [
            E("Gas Engineer (Self-employed)", "Foxley Heating & Plumbing", "Harlow Moor", "2017-06", "present", [
                "Boiler installs, servicing and breakdown repairs in customers' homes",
                "Quote jobs, explain options and costs to homeowners and take payment",
                "Keep my own books and order parts from merchants",
            ], F, "entrepreneurial_freelance", etype="freelance"),
            E("Service Engineer", "Calderwarm Boilers Ltd", "Harlow Moor", "2012-03", "2017-05", [
                "Attended warranty call-outs in customers' homes across the region (6-8 calls a day)",
                "Diagnosed faults, fitted parts and explained the repair to the customer",
            ], F, "other_facing"),
            E("Apprentice Plumber", "J. Thwaite & Sons Building Ltd", "Harlow Moor", "2008-09", "2012-02", [
                "First and second fix plumbing on new-build housing sites",
            ], N, etype="internship"),
            E("General Labourer", "J. Thwaite & Sons Building Ltd", "Harlow Moor", "2007-06", "2008-08", [], N),
        ]),
        ("Qualifications", ["Gas Safe Register (CCN1, CENWAT, CKR1, HTR1)", "NVQ Level 3 Plumbing and Heating",
                            "Unvented hot water, Water regulations"]),
        ("Other", ["Full clean driving licence", "Good with Excel and invoicing software"]),
    ],
))

# ------------------------------------------------------------------ w021
R.append(dict(
    file="w021.pdf", renderer="rl",
    family="US new graduate résumé, reportlab centred header (Times, letter), employer line first then title, RA job, help desk, summer internship",
    layout="reportlab, centred/org_title, mon / 'Present'",
    name="Brianna K. Osei",
    contact=["Lakemont, VT 05699  |  (802) 555-0176  |  brianna.osei@mailbox.edu"],
    opts=dict(layout="centred", font="Times", letter=True, fs=10.5, hdr="org_title", ds="mon", pw="Present",
              accent="#1A1A1A"),
    sections=[
        ("Education", ["Lakemont State University - B.A. Communication, minor in Psychology, May 2026 - GPA 3.5/4.0",
                       "Dean's List: Fall 2023, Spring 2025"]),
        ("Experience", [
            E("Marketing Intern", "Pinecrest Outdoor Co.", "Burlington Falls, VT", "2025-06", "2025-08", [
                "Wrote weekly email newsletters and product descriptions for the online store",
                "Analyzed campaign click-through data and presented findings to the marketing manager",
            ], A, etype="internship", datetext="Summer 2025"),
            E("IT Help Desk Assistant", "Lakemont State University, Information Technology Services", "Lakemont, VT", "2023-01", "2024-05", [
                "Answered walk-in and phone questions from students and faculty on Wi-Fi, passwords and printing",
                "Logged and routed tickets in ServiceNow",
            ], F, "internal_support"),
            E("Server", "The Copper Kettle Diner", "Lakemont, VT", "2021-05", "2022-08", [
                "Served up to 8 tables during weekend brunch and handled payments",
            ], F, "in_person_service"),
        ]),
        ("Campus Involvement", [
            E("Resident Assistant", "Lakemont State University, Residence Life", "Lakemont, VT", "2024-08", "2026-05", [
                "Supported 40 first-year residents, ran floor events and mediated roommate conflicts",
                "Staffed the residence hall front desk 6 hours a week",
            ], F, "other_facing", section="other"),
            E("Undergraduate Research Assistant", "Department of Psychology, Lakemont State University", "Lakemont, VT", "2024-09", "2024-12", [
                "Coded interview transcripts and cleaned survey data in SPSS",
            ], N, section="other"),
        ]),
        ("Skills", ["Microsoft Office, Google Workspace, Canva, ServiceNow, basic SPSS", "Spanish (intermediate)"]),
    ],
))

# ------------------------------------------------------------------ w022
R.append(dict(
    file="w022.docx",
    family="Irish hospitality worker moving to customer service, Word heading styles with right tab-stop dates, hotel night porter, chef, bar staff without bullets",
    layout="docx, styles/title_org, mon / 'Present'",
    name="Declan Fitzmaurice",
    contact=["Carrickmoyle, Co. Clare | 086 555 4417 | declanfitz@mailbox.ie"],
    opts=dict(entry="tabs", heads="styles", hdr="title_org", ds="mon", pw="Present"),
    sections=[
        ("Profile", "Hospitality all-rounder with 12 years in bars, kitchens and hotels. I've dealt with every kind of "
                    "guest and now want a customer service role with daytime hours."),
        ("Employment", [
            E("Restaurant Supervisor", "The Harbour Lights Hotel", "Carrickmoyle", "2022-05", "present", [
                "Run the floor for breakfast and dinner service (up to 120 covers), dealing with guest complaints and allergy queries",
                "Roster 11 staff and train new servers",
            ], F, "in_person_service"),
            E("Night Porter", "The Harbour Lights Hotel", "Carrickmoyle", "2020-10", "2022-04", [
                "Covered reception overnight: late check-ins, wake-up calls and guest requests",
                "Ran the night audit and set up the breakfast room",
            ], F, "in_person_service"),
            E("Chef de Partie", "Brennan's Bistro", "Carrickmoyle", "2017-02", "2020-09", [
                "Ran the sauce and grill sections for a 70-seat bistro",
                "Ordering, stock rotation and HACCP records",
            ], A),
            E("Bar Staff", "Fogarty's Bar", "Kilbrack", "2014-06", "2017-01", [], F, "in_person_service"),
        ]),
        ("Education & Training", ["Certificate in Culinary Skills, Limerick Road Training Centre, 2016",
                                  "Leaving Certificate, Kilbrack Community School, 2013", "Manual Handling, Responsible Serving of Alcohol"]),
        ("Interests", "Hurling (still play junior B), sea swimming."),
    ],
))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023.md",
    family="UK IT career changer in Markdown: service desk, junior developer, data-centre technician, self-employed web design with year dates",
    layout="md, h3/title_org, mon / 'Present'",
    name="Owen Pritchard",
    contact=["Marbeck", "07700 555 059", "owen@pritchard.dev", "github.com/owenpritchard"],
    opts=dict(md_entry="h3", hdr="title_org", ds="mon", pw="Present"),
    sections=[
        ("Summary", "IT generalist who has done infrastructure, development and first-line support, and found that "
                    "the part I like best is helping people. Looking for a customer service advisor role with a view "
                    "to technical support."),
        ("Experience", [
            E("IT Service Desk Analyst", "Brookvale Housing Trust", "Marbeck", "2023-11", "present", [
                "First-line support for 600 staff by phone, Teams and walk-up",
                "Reset passwords, set up laptops for new starters and write knowledge-base articles",
            ], F, "internal_support"),
            E("Junior Software Developer", "Codewell Digital Ltd", "Marbeck", "2021-07", "2023-10", [
                "Built features for clients' booking websites in React and Node.js",
                "Fixed bugs raised by the QA team and wrote unit tests",
            ], A),
            E("Data Centre Technician", "Ferrovale Hosting Ltd", "Harlow Moor", "2019-01", "2021-06", [
                "Racked servers, replaced failed drives and ran structured cabling",
                "Kept the asset register and shipping logs up to date",
            ], N),
            E("Freelance Web Designer", "Self-employed", None, "2017", "2018", [
                "Designed websites for local cafés and tradespeople; met each owner to agree the design and content",
            ], F, "entrepreneurial_freelance", etype="freelance"),
        ]),
        ("Education", ["BSc (Hons) Computing, University of Marbeck, 2018", "CompTIA A+ (2023), ITIL 4 Foundation (2024)"]),
        ("Skills", ["Windows 11, Microsoft 365 admin, Intune, Active Directory", "JavaScript, React, SQL",
                    "Clear written communication (200+ KB articles)"]),
    ],
))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024.pdf", renderer="rl",
    family="Indian BPO résumé, reportlab with shaded left sidebar (personal details, languages), voice and non-voice process, tele-calling and back office, Mon'yy dates",
    layout="reportlab, sidebar/dateline, mon'yy / 'Present'",
    name="Priyanka Sharma",
    contact=["Sector 14, Navi Kalyanpur", "+91 97555 31420", "priyanka.sharma.cs@mailbox.in"],
    opts=dict(layout="sidebar", font="DejaVu", hdr="dateline", ds="mon'yy", pw="Present", accent="#8A2B0E",
              side_bg="#FBEDE3"),
    side=[
        ("Personal Details", [("DOB", "09 Jan 1997"), ("Marital Status", "Unmarried"), ("Languages", "English, Hindi, Marathi")]),
        ("Key Skills", ["Inbound voice support", "Email & chat support", "CRM: Salesforce, Freshdesk", "Typing 45 wpm"]),
    ],
    sections=[
        ("Profile Summary", "Customer support professional with 8+ years in international and domestic BPO processes, "
                            "voice and non-voice. Consistent quality scores and experience mentoring new joiners."),
        ("Work Experience", [
            E("Senior Customer Support Executive – Voice", "Trinetra Global Services Pvt. Ltd.", "Navi Kalyanpur", "2022-08", "present", [
                "Handle inbound calls from UK broadband customers on billing, faults and home moves",
                "Mentor new joiners on the floor during their first month",
                "Quality score consistently above 92%",
            ], F, "contact_center"),
            E("Customer Support Associate – Non-Voice", "Sparkwave BPO Solutions", "Navi Kalyanpur", "2020-01", "2022-07", [
                "Resolved customer e-mails and chats for an online travel portal: refunds, cancellations and date changes",
            ], F, "digital_service"),
            E("Tele-caller", "Ankur Finvest Pvt. Ltd.", "Kalyanpur", "2018-06", "2019-12", [
                "Made outbound calls to leads for personal loans and fixed appointments for the sales team",
            ], F, "contact_center"),
            E("Back Office Executive", "Dhruv Document Services", "Kalyanpur", "2017-06", "2018-05", [
                "Scanned, indexed and quality-checked insurance claim documents",
            ], A),
        ]),
        ("Education", ["B.Com, Kalyanpur University, 2017", "HSC (Commerce), 2014"]),
        ("Declaration", "I hereby declare that all the information given above is true and correct to the best of my knowledge."),
    ],
))

# ------------------------------------------------------------------ w025
R.append(dict(
    file="w025.docx",
    family="UK admin career changer, Word CV with a borderless table per job (title and employer left, dates right), housing association, accounts payable, law-firm reception",
    layout="docx, table/title_org, mon / 'Present'",
    name="Samira Haddad",
    contact=["Kettlewick KW2  |  07700 555 380  |  samira.haddad@mailbox.co.uk"],
    opts=dict(entry="table", heads="styles", hdr="title_org", ds="mon", pw="Present"),
    sections=[
        ("Personal Profile", "Experienced administrator with a mix of front-desk, finance and tenant-facing work. "
                             "Accurate, calm and good at keeping people informed."),
        ("Career History", [
            E("Tenant Services Administrator", "Larchfield Homes", "Kettlewick", "2022-02", "present", [
                "Answer calls from tenants reporting repairs and book jobs with contractors",
                "Process new tenancy sign-ups and rent account changes",
            ], F, "contact_center"),
            E("Accounts Payable Clerk", "Aldmere Components Ltd", "Kettlewick", "2018-05", "2022-01", [
                "Matched supplier invoices to purchase orders and ran the weekly payment run",
                "Dealt with supplier statement queries by email and phone",
            ], N),
            E("Receptionist / Administrator", "Kingsley & Vane Solicitors", "Kettlewick", "2015-07", "2018-04", [
                "Greeted clients, managed the meeting rooms and ran the switchboard",
                "Typed letters and opened new client files",
            ], F, "in_person_service"),
            E("Office Junior", "Kingsley & Vane Solicitors", "Kettlewick", "2014-09", "2015-06", [], N),
        ]),
        ("Education", ["AAT Level 3 Diploma in Accounting (2020)", "A-levels: Business, Maths, Arabic (2014)"]),
        ("Skills", ["Microsoft 365, Sage 200, Orchard Housing", "Languages: English, Arabic"]),
    ],
))

# ------------------------------------------------------------------ w026
R.append(dict(
    file="w026.txt",
    family="Irish school leaver, short plain-text CV with underlined headings: cinema weekend job, Transition Year work experience, babysitting with year dates, volunteer coaching",
    layout="txt, underline/title_org, mon / 'Present'",
    name="Ella Brophy",
    contact=["Carrickmoyle, Co. Clare", "Phone: 085 555 2716", "Email: ellabrophy2008@mailbox.ie"],
    opts=dict(hdr="title_org", ds="mon", pw="Present", txt_heads="underline", bullet="- "),
    sections=[
        ("About Me", "I am 18 and finished my Leaving Cert in June 2026. I am friendly, reliable and I like talking "
                     "to people. I am looking for full-time work before I decide about college."),
        ("Education", ["Leaving Certificate 2026, Scoil Mhuire Carrickmoyle (H3 English, H4 Business, O2 Maths)",
                       "Junior Cycle 2023"]),
        ("Work Experience", [
            E("Cinema Host (weekends)", "Starlight Cinemas", "Carrickmoyle", "2025-10", "present", [
                "Tickets, concessions and cleaning screens between showings",
            ], F, "in_person_service"),
            E("Transition Year Work Experience", "Carrickmoyle Credit Union", "Carrickmoyle", "2024-02", "2024-02", [
                "Helped at the front counter and filed membership forms",
            ], F, "in_person_service", etype="internship", datetext="2 weeks, Feb 2024"),
            E("Babysitter", None, None, "2023", "present", [
                "Regular babysitting for three families in my area",
            ], F, "entrepreneurial_freelance", etype="freelance"),
        ]),
        ("Volunteering", [
            E("Under-10s Football Coach", "Carrickmoyle Celtic FC", "Carrickmoyle", "2024-09", "present", [
                "Help run Saturday training and matches for 16 kids",
            ], F, "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Skills", ["Cash handling", "Snapchat, Instagram, Word, PowerPoint", "Garda vetted"]),
        ("Referees", "Available on request"),
    ],
))

# ------------------------------------------------------------------ w027
R.append(dict(
    file="w027.pdf", renderer="fpdf",
    family="UK retail store manager, fpdf2 two-page CV with page footer, employer heading with roles beneath, manager roles facing only where the duties show customers",
    layout="fpdf2, left/orgfirst, month / 'Present'",
    name="Stephen Ogunleye",
    contact=["Castlebridge, CB4  ·  07700 555 611  ·  stephen.ogunleye@mailbox.co.uk"],
    opts=dict(layout="left", hdr="orgfirst", ds="month", pw="Present", accent=(60, 60, 60), fs=10,
              footer="Stephen Ogunleye – CV – page {page}"),
    sections=[
        ("Profile",
         "Retail manager with over twenty years in stores, from the shop floor to running a £6m home and living "
         "store. I still spend most of my day on the shop floor and I want my next role to be one where looking "
         "after customers is the whole job: I am applying to step into a senior customer service advisor position "
         "and grow into a team leader role.\nI am practical, approachable and good at calming down difficult "
         "situations, and I have a long record of developing colleagues who have gone on to run their own stores."),
        ("Key Achievements", [
            "Store of the Year (south region) 2022 and 2024 for customer satisfaction scores",
            "Cut stock loss from 2.1% to 1.2% in two years at Ashcombe Vale",
            "Opened the Castlebridge store on time and on budget in March 2019",
            "Promoted five colleagues into supervisor and deputy roles",
            "Introduced a customer-callback log that halved repeat complaints",
        ]),
        ("Career History", [
            E("Store Manager", "Hartleys Home & Living", "Castlebridge", "2019-03", "present", [
                "Lead a team of 28 colleagues in a £6m store, including two deputies and four supervisors",
                "Handle escalated customer complaints in person on the shop floor and by phone",
                "Responsible for P&L, payroll budget, rotas and visual standards",
                "Work with the area manager on seasonal ranges and store layouts",
            ], F, "in_person_service"),
            E("Deputy Store Manager", "Hartleys Home & Living", "Ashcombe Vale", "2015-01", "2019-02", [
                "Ran the store in the manager's absence",
                "Owned rotas, payroll hours, stock loss and audit results",
                "Led the Christmas trading plan and delivery scheduling",
            ], A),
            E("Department Manager – Homewares", "Pemberton's Department Store", "Kettlewick", "2010-06", "2014-12", [
                "Managed the homewares floor and a team of nine",
                "Served customers, took special orders and handled refunds at the department till",
            ], F, "in_person_service"),
            E("Sales Supervisor", "Pemberton's Department Store", "Kettlewick", "2007-08", "2010-05", [
                "Supervised the checkout team and dealt with customer queries and complaints",
            ], F, "in_person_service"),
            E("Sales Assistant", "Pemberton's Department Store", "Kettlewick", "2004-09", "2007-07", [], F, "in_person_service"),
        ]),
        ("Training", ["ILM Level 5 Certificate in Leadership and Management (2018)",
                      "Hartleys Future Leaders programme (2016)", "Emergency First Aid at Work (renewed 2025)",
                      "Personal licence holder (alcohol)"]),
        ("Education", ["BTEC National Diploma in Business, Kettlewick College (2004)",
                       "8 GCSEs including English and Maths"]),
        ("Interests", "Coaching youth cricket, cooking for large numbers, and walking the dog."),
        ("References", "References from my current area manager and a former store manager are available on request."),
    ],
))

# ------------------------------------------------------------------ w028
R.append(dict(
    file="w028.html",
    family="Philippine applicant, HTML CV built as one table (dates in the left column), promodiser and fast-food crew before a BPO job, personal information",
    layout="html, table/dates-left, mon / 'Present'",
    name="Jonalyn R. Bautista",
    contact=["Purok 3, Brgy. Malinaw, Sta. Veronica, Laguna", "0926 555 8830 | jonalyn.bautista@mailbox.ph"],
    opts=dict(html_mode="table", ds="mon", pw="Present", sep=" - ", html_title="Resume"),
    sections=[
        ("Objective", "To be part of a company where I can use my customer service experience and grow as a professional."),
        ("Work Experience", [
            E("Customer Service Representative", "Northpeak Outsourcing Inc.", "Sta. Veronica, Laguna", "2023-03", "present", [
                "Take inbound calls from US health insurance members about claims, benefits and ID cards",
                "Document calls accurately and meet schedule adherence of 95%",
            ], F, "contact_center"),
            E("Promodiser", "Luntian Foods Corp. (assigned at SaveMart Supermarket)", "Sta. Veronica, Laguna", "2021-06", "2023-02", [
                "Promoted canned goods to shoppers and gave product samples",
                "Maintained shelf displays and reported stock levels to the agency",
            ], F, "in_person_service"),
            E("Service Crew", "Kainan Express", "Sta. Veronica, Laguna", "2019-04", "2021-05", [
                "Took orders at the counter, assembled orders and cleaned the dining area",
            ], F, "in_person_service"),
            E("Inventory Clerk", "Luzon Star Hardware Depot", "San Pablo Heights, Laguna", "2018-01", "2019-03", [
                "Encoded deliveries and did monthly stock counts in the warehouse",
            ], A),
        ]),
        ("Education", ["Senior High School (ABM Strand), Sta. Veronica National High School, 2017"]),
        ("Skills", ["Good communication skills in English and Filipino", "Basic computer skills (MS Office, Google Sheets)",
                    "Willing to work on shifting schedules"]),
        ("Personal Information", [("Age", "27"), ("Birthday", "July 14, 1999"), ("Civil Status", "Single"),
                                  ("Religion", "Roman Catholic")]),
        ("Character References", ["Mr. Ariel Mendoza – Team Leader, Northpeak Outsourcing Inc. – 0919 555 4412"]),
    ],
))

# ------------------------------------------------------------------ w029
R.append(dict(
    file="w029.docx",
    family="Nigerian experienced customer service executive, Word CV with contact in the page header, heading styles and tab-stop dates, 'Date' for present, NYSC admin year",
    layout="docx, header/title_org, month / 'Date'",
    name="Ngozi Chiamaka Eze",
    contact=["14B Unity Close, Ikorinde", "+234 803 555 7742 | ngozi.eze@mailbox.ng"],
    opts=dict(header_contact=True, entry="tabs", heads="styles", hdr="title_org", ds="month", pw="Date", sep=" – "),
    sections=[
        ("Professional Summary", "Customer service executive with over ten years in aviation, healthcare and FMCG. "
                                 "Skilled at handling complaints, reservations and walk-in customers."),
        ("Work Experience", [
            E("Customer Service Executive", "SkyHarmattan Airlines Ltd, Ticketing Office", "Ikorinde", "2021-01", "present", [
                "Issue and re-issue tickets and handle date changes and refunds for walk-in passengers",
                "Resolve complaints about delayed and cancelled flights",
            ], F, "in_person_service"),
            E("Front Desk Officer", "Goodhope Specialist Hospital", "Ikorinde", "2017-06", "2020-12", [
                "Registered patients, booked consultations and answered HMO enquiries",
            ], F, "in_person_service"),
            E("Sales Representative", "Unity Beverages Nigeria Ltd", "Ikorinde", "2015-03", "2017-05", [
                "Visited retailers and supermarkets in my territory to take orders and resolve supply issues",
                "Grew territory volume by 18% in 2016",
            ], F, "sales_account"),
            E("Stores Officer", "Unity Beverages Nigeria Ltd", "Ikorinde", "2013-11", "2015-02", [
                "Issued stock to sales vans and kept bin cards and stock ledgers",
            ], A),
            E("Corps Member – Administrative Assistant", "Ikorinde Local Government Secretariat", "Ikorinde", "2012-11", "2013-10", [
                "Filed correspondence and typed memos for the Head of Administration",
            ], N, etype="internship"),
        ]),
        ("Education", ["B.Sc. Mass Communication, Ikorinde State University, 2012", "WASSCE, 2007"]),
        ("Skills", ["Amadeus reservations", "Microsoft Office", "Complaint handling", "Languages: English, Igbo, Yoruba"]),
        ("Referees", "Available on request"),
    ],
))

# ------------------------------------------------------------------ w030
R.append(dict(
    file="w030.md",
    family="UK warehouse team leader and machine operator in Markdown, employer heading with roles beneath, no customer-facing jobs",
    layout="md, bold/orgfirst, month / 'present'",
    name="Shaun Treadwell",
    contact=["Castlebridge", "07700 555 447", "shaun.treadwell@mailbox.co.uk"],
    opts=dict(md_entry="bold", hdr="orgfirst", ds="month", pw="present"),
    sections=[
        ("About me", "Warehouse team leader on nights for six years. I want to come off nights and I'm told I'm good on "
                     "the phone with drivers and stores, so I'm applying for customer service."),
        ("Work history", [
            E("Warehouse Team Leader (nights)", "Redwing Distribution", "Castlebridge", "2020-08", "present", [
                "Lead 12 pickers fulfilling online grocery orders on the night shift",
                "99.7% pick accuracy across the team in 2025",
                "Brief the shift, allocate work and do return-to-work interviews",
            ], A),
            E("Returns Processor", "Redwing Distribution", "Castlebridge", "2019-02", "2020-07", [
                "Checked returned items, graded them and booked them back into stock",
            ], A),
            E("Machine Operator", "Castlebridge Corrugated Ltd", "Castlebridge", "2013-03", "2019-01", [
                "Ran and set up the corrugator and the die-cutter",
                "Did first-off checks and kept machine logs",
            ], N),
            E("Forklift Driver (agency)", "Primeforce Recruitment", "Harlow Moor", "2011-06", "2013-02", [
                "Loaded trailers for store deliveries at a supermarket depot",
            ], A),
        ]),
        ("Tickets & training", ["Counterbalance and reach truck licences", "IOSH Managing Safely (2022)", "First aid at work"]),
        ("Other", ["Full driving licence", "Available to start with one week's notice"]),
    ],
))
