"""Résumés w001–w015 (wild70: students and the gig economy)."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w001
R({
    "file": "w001.pdf", "renderer": "reportlab",
    "family": "US college sophomore with overlapping part-time and gig jobs, Word-to-PDF single column, title line with right-aligned dates",
    "layout": "reportlab, plain/title_org, mon / 'Present'",
    "name": "Jordan T. Ellery",
    "contact": ["412 Birchmont Ave, Apt 3, Carrow, OH 43999  |  (614) 555-0187  |  jordan.ellery@mailbox.net"],
    "ds": "mon", "pw": "Present", "hdr": "title_org", "bul": "•",
    "opts": {"layout": "plain"},
    "sections": [
        ("Education", ["Carrow State University, B.S. Health Sciences (expected May 2028), GPA 3.4",
                       "Dean's List, Fall 2025"], {"bullets": False}),
        ("Experience", [
            E("Circulation Desk Assistant", "Harlan Library, Carrow State University", "Carrow, OH", "2025-08", "present",
              "facing", "in_person_service",
              ["Check out and renew books, laptops and study-room keys for students at the front desk",
               "Answer walk-up and phone questions about hours, printing and fines",
               "Shelve returns and shift the periodicals collection during quiet hours"], et="paid"),
            E("Delivery Driver (Independent Contractor)", "DashDrop", "Carrow, OH", "2024-10", "present", "affecting", None,
              ["Deliver restaurant and grocery orders around campus and the north side, 15-20 hrs/week",
               "Almost all drops are contactless leave-at-door; photo confirmation on every order",
               "Plan routes to stack two orders at a time without late deliveries"], et="freelance"),
            E("Dish Room Attendant", "Carrow State Dining Services", "Carrow, OH", "2024-08", "2025-05", "affecting", None,
              ["Ran the conveyor dish machine during lunch and dinner rush in the Maple Commons kitchen",
               "Sanitized trays and restocked clean plates to the serving lines"]),
            E("Babysitter", "Self-employed", "Millbrook, OH", "2021-06", "2024-08", "facing", "healthcare_care",
              ["Regular after-school care for two families (four kids aged 4-10): snacks, homework, bedtime",
               "Drove kids to soccer practice and kept parents updated by text"], et="freelance"),
            E("Camp Counselor", "Camp Tall Birches", "Lorain County, OH", "2023-06", "2023-08", "facing", "education",
              ["Led a cabin of ten 9-year-olds; taught canoeing and archery basics"], dt="Summer 2023"),
        ]),
        ("Skills", ["Bilingual English / Spanish (conversational)", "Microsoft Office, Google Workspace, Canva",
                    "CPR & First Aid (American Red Cross, exp. 2027)"]),
    ],
})

# ------------------------------------------------------------------ w002
R({
    "file": "w002.docx",
    "family": "UK undergraduate CV, Word heading styles and list bullets, right tab-stop dates, bar work and a delivery-rider job",
    "layout": "docx, styles/title_org, mon / 'Present'",
    "name": "Priya Ramsden",
    "contact": ["Flat 2, 19 Quarry Lane, Kingsmere KM4 2PX", "07700 900418 · priya.ramsden@mailbox.co.uk"],
    "ds": "mon", "pw": "Present", "hdr": "title_org",
    "opts": {"layout": "styles"},
    "sections": [
        ("Profile", "Second-year Sociology student at the University of Kingsmere looking for a part-time "
                    "customer-facing role alongside my studies (available 16 hours a week in term, full time in holidays)."),
        ("Work Experience", [
            E("Bar Staff", "The Wheatsheaf", "Kingsmere", "2025-01", "present", "facing", "in_person_service",
              ["Serve drinks and food orders on busy Friday and Saturday shifts",
               "Check ID under Challenge 25 and handle card and cash payments",
               "Clean down the bar and restock fridges at close"]),
            E("Student Ambassador", "University of Kingsmere", "Kingsmere", "2025-10", "present", "facing", "other_facing",
              ["Give campus tours to prospective students and their parents on open days",
               "Answer questions about accommodation and student life at the info stand"], section="other"),
            E("Delivery Rider", "Munchr (self-employed)", "Kingsmere", "2024-09", "2025-06", "facing", "in_person_service",
              ["Collected orders from restaurants by e-bike and handed them over at the door, including student halls",
               "Sorted out wrong or missing items with customers on the doorstep and reported them in the app"],
              et="freelance"),
            E("Christmas Temp - Retail Assistant", "Hollins & Rowe", "Ashby Market", "2023-11", "2024-01", "facing",
              "in_person_service", []),
        ]),
        ("Volunteering", [
            E("Food Bank Volunteer", "Ashby Market Food Bank", "Ashby Market", "2022-04", "2023-08", "facing", "volunteering",
              ["Welcomed clients at Saturday distribution and helped them choose items from the shelves"],
              section="volunteer", et="volunteer"),
        ]),
        ("Education", ["University of Kingsmere, BA (Hons) Sociology, 2024 - 2027",
                       "Ashby Market Sixth Form: A levels Sociology (A), English Literature (B), Psychology (B)"]),
        ("Interests", "Netball (university 3rd team), film photography, baking."),
        ("References", "Available on request."),
    ],
})

# ------------------------------------------------------------------ w003
R({
    "file": "w003.pdf", "renderer": "fpdf2",
    "family": "Philippine college working student, fpdf2 with shaded left sidebar, online freelancer and data annotator",
    "layout": "fpdf2, sidebar/title_org, month / 'Present'",
    "name": "Kristine Mae D. Soriano",
    "contact": ["Blk 7 Lot 12 Sampaguita St.", "Brgy. San Roque, Tanauan Heights", "0917 555 2281",
                "kmsoriano@mailbox.ph"], "contact_side": True,
    "ds": "month", "pw": "Present", "hdr": "title_org", "bul": "•",
    "opts": {"layout": "sidebar", "accent": (120, 40, 90), "side_rgb": (246, 232, 240)},
    "sections": [
        ("Skills", ["Adobe Illustrator", "Canva Pro", "Photoshop", "Google Sheets", "Typing 65 wpm"], {"side": True}),
        ("Languages", ["Filipino", "English", "Bisaya (basic)"], {"side": True}),
        ("Education", ["BS Multimedia Arts (3rd year)", "Colegio de Santa Rosalia", "2023 - present"],
         {"side": True, "bullets": False}),
        ("Objective", "Hardworking working student seeking a part-time or project-based design or support role. "
                      "I can manage my time between school and work."),
        ("Work Experience", [
            E("Freelance Graphic Designer", "Self-employed (Fiverr)", "Remote", "2024-02", "present", "facing",
              "entrepreneurial_freelance",
              ["Design logos, menus and social media templates for small businesses in the US, UK and Australia",
               "Chat with clients to agree the brief, send first drafts and handle revision requests",
               "Maintain a 4.9-star rating across 70+ completed orders"], et="freelance"),
            E("Data Annotator (part-time, WFH)", "LabelHive Solutions", "Remote", "2023-07", "2024-06", "none", None,
              ["Drew bounding boxes and tagged street images for computer-vision datasets",
               "Kept weekly accuracy above 98% on QA audits"]),
            E("Service Crew", "Kusina Express - Tanauan Heights branch", "Tanauan Heights", "2022-04", "2023-05", "facing",
              "in_person_service",
              ["Took orders at the counter and the drive-thru, served food trays to dine-in guests",
               "Cleaned the dining area and restrooms every hour"]),
            E("Home Tutor", None, "Tanauan Heights", "2021-06", "2022-03", "facing", "education",
              ["Tutored two Grade 4 pupils in Math and English during modular (online) classes"], et="freelance"),
        ]),
        ("Character References", "Available upon request."),
    ],
})

# ------------------------------------------------------------------ w004
R({
    "file": "w004.txt",
    "family": "Indian college student résumé pasted as text, job-portal labelled blocks, tele-calling and quick-commerce delivery",
    "layout": "txt, plain/labelled, mon / 'till date'",
    "name": "RAHUL VINAYAK PATIL",
    "contact": ["Mobile: +91 98220 55173", "Email: rahulpatil.v@mailbox.in",
                "Address: Flat 12, Sai Krupa Apts, Gokhale Nagar, Devgiri - 411999"],
    "ds": "mon", "pw": "till date", "sep": " - ", "hdr": "labelled", "bul": "-",
    "opts": {"head": "equals", "width": 80},
    "sections": [
        ("Career Objective", "To work in a challenging environment where I can use my communication skills and "
                             "learn new things while completing my B.Com."),
        ("Academic Qualification", ["B.Com (Second Year) - Devgiri Arts, Commerce & Science College - pursuing",
                                    "HSC - Maharashtra Board - 2024 - 71.20%",
                                    "SSC - Maharashtra Board - 2022 - 83.40%"]),
        ("Work Experience", [
            E("Part-time Tele-caller", "Sunrise EduTech Pvt Ltd", "Devgiri", "2025-06", "present", "facing", "contact_center",
              ["Calling parents and students who enquired about CET coaching batches",
               "Explaining fee structure and batch timings in Marathi, Hindi and English",
               "Updating follow-up status in the CRM sheet daily"]),
            E("Delivery Partner", "QuickBasket", "Devgiri", "2024-11", "2025-05", "facing", "in_person_service",
              ["Delivered grocery orders on my bike within 10-minute zone",
               "Handed over orders to customers and collected cash on delivery, handled UPI payment issues"],
              et="freelance"),
            E("Content Writing Intern", "WordNest Media", "Work from home", "2024-05", "2024-07", "affecting", None,
              ["Wrote 25 SEO blog articles for client websites (travel and home decor)",
               "Edited articles as per feedback from senior editor"], et="internship"),
        ]),
        ("Extra-curricular / Volunteer", [
            E("Registration Desk Volunteer", "Udaan 2024 - Devgiri College Annual Fest", "Devgiri", "2024-01", "2024-02",
              "facing", "volunteering",
              ["Registered outside participants and guided visitors to event venues"], section="volunteer", et="volunteer"),
        ]),
        ("Skills", ["MS-Excel, Tally ERP 9 (basic)", "Languages known: Marathi, Hindi, English"]),
        ("Personal Details", ["Date of Birth: 14/03/2006", "Gender: Male", "Nationality: Indian"], {"bullets": False}),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge.\n"
                        "Place: Devgiri                                   (Rahul Patil)"),
    ],
})

# ------------------------------------------------------------------ w005
R({
    "file": "w005.md",
    "family": "Canadian Grade 12 student in Markdown, h3 titles with italic dates, lifeguard, grocery clerk and a snow-shovelling business",
    "layout": "md, h3/title_org, month / 'Present'",
    "name": "Liam Beauchesne-Ward",
    "contact": ["Port Alder, NS · 902-555-0144 · liam.bward@mailbox.ca"],
    "ds": "month", "pw": "Present", "hdr": "title_org", "bul": "-",
    "opts": {"row": "h3"},
    "sections": [
        ("About me", "Grade 12 student at Port Alder Regional High School. Reliable, good with kids, and I have my "
                     "own transportation. Available evenings and weekends."),
        ("Jobs", [
            E("Lifeguard / Swim Instructor", "City of Port Alder Recreation", "Port Alder, NS", "2025-06", "present",
              "facing", "education",
              ["Teach Red Cross Swim levels to kids aged 4 to 12, 3 classes per week",
               "Guard public swims and enforce pool rules"]),
            E("Grocery Clerk", "Harbourside Foods", "Port Alder, NS", "2024-09", "present", "facing", "in_person_service",
              ["Bag groceries at checkout and carry large orders out to customers' cars",
               "Collect carts from the lot, face shelves at close"]),
            E("Snow Shovelling & Lawn Care", "Self-employed", "Port Alder, NS", "2022-11", "2024-04", "facing",
              "entrepreneurial_freelance",
              ["Cleared driveways for 8 regular neighbours each winter and mowed lawns in summer",
               "Set my own prices, booked the jobs and collected payment from each household"], et="freelance"),
            E("Farm Hand", "Beaulieu Berry Farm", "Annapolis Vale, NS", "2023-06", "2023-08", "none", None,
              ["Picked strawberries and blueberries, weeded rows and loaded flats onto the truck"], dt="Summer 2023"),
        ]),
        ("Volunteer", [
            E("Reading Buddy", "Port Alder Public Library", "Port Alder, NS", "2023-10", "2024-06", "facing", "volunteering",
              ["Read one-on-one with Grade 2 students every Tuesday after school"], section="volunteer", et="volunteer"),
        ]),
        ("Certificates", ["National Lifeguard (NL Pool)", "Standard First Aid & CPR-C", "Food Handler (2024)"]),
    ],
})

# ------------------------------------------------------------------ w006
R({
    "file": "w006.html",
    "family": "Nigerian undergraduate CV as an HTML page, POS kiosk, online clothes shop and SIWES placement",
    "layout": "html, plain/title_org, mon / 'Date'",
    "name": "Adaeze Chioma Nwankwo",
    "contact": ["No. 8 Ogunleye Close, Ebute-Oro, Lagos State", "+234 803 555 7712 | adaeze.nwankwo@mailbox.ng"],
    "ds": "mon", "pw": "Date", "hdr": "title_org",
    "opts": {},
    "sections": [
        ("Personal Profile", "A 400-level Accounting student of Lagoon City University with hands-on experience in "
                             "running small businesses, handling cash and dealing with customers."),
        ("Education", ["B.Sc. Accounting, Lagoon City University (2022 - in view)",
                       "WAEC SSCE, Grace Heights College, 2021"]),
        ("Work Experience", [
            E("POS Agent (Own business)", "Self-employed", "Ebute-Oro", "2024-03", "present", "facing",
              "entrepreneurial_freelance",
              ["Run a roadside POS kiosk for cash withdrawals, transfers and airtime for walk-in customers",
               "Reconcile float with the agent banking app every evening"], et="freelance"),
            E("Online Seller", "Adaeze's Closet (Instagram & WhatsApp store)", "Lagos", "2023-01", "present", "facing",
              "entrepreneurial_freelance",
              ["Source thrift clothes from Yaba market, photograph and post them on Instagram",
               "Answer buyers on WhatsApp, confirm payments and arrange dispatch riders"], et="freelance"),
            E("SIWES Industrial Trainee", "Coastline Microfinance Bank", "Ikotun Road branch", "2025-01", "2025-06",
              "facing", "in_person_service",
              ["Posted deposits and filed account-opening documents in the back office",
               "Helped customers in the banking hall to fill forms during peak days"], et="internship"),
            E("Lesson Teacher (Mathematics)", "Bright Minds Tutorial Centre", "Ebute-Oro", "2022-02", "2022-12", "facing",
              "education", ["Taught JSS and SS2 students Mathematics on weekday evenings"]),
        ]),
        ("Skills", ["Microsoft Excel", "Bookkeeping", "Customer relations", "Social media selling"]),
        ("Referees", "Available on request."),
    ],
})
# present word "Date" is printed as "to Date"
RESUMES[-1]["sep"] = " to "

# ------------------------------------------------------------------ w007
R({
    "file": "w007.pdf", "renderer": "reportlab",
    "family": "US community-college student, reportlab with shaded left sidebar, rideshare driver, coffee shift lead and TaskRabbit-style tasker",
    "layout": "reportlab, sidebar/title_org, 'yy / 'Now'",
    "name": "Marcus D. Whitfield",
    "contact": ["Brookhaven, GA", "(470) 555-0122", "mwhitfield@mailbox.com"], "contact_side": True,
    "ds": "'yy", "pw": "Now", "hdr": "title_org", "bul": "•", "sep": " - ",
    "opts": {"layout": "sidebar", "side_rgb": (0.88, 0.93, 0.90)},
    "sections": [
        ("Skills", ["Clean driving record", "Espresso & latte art", "Square POS", "Furniture assembly",
                    "Scheduling / time mgmt"], {"side": True}),
        ("Education", ["A.A.S. Business Mgmt", "Brookhaven Community", "College (2025 - )"], {"side": True, "bullets": False}),
        ("Summary", "Student and working parent's son who has held 2-3 jobs at once since high school. Friendly, "
                    "on time, used to juggling school with work."),
        ("Work Experience", [
            E("Rideshare Driver", "RideLoop (independent contractor)", "Brookhaven, GA", "2023-05", "present", "facing",
              "in_person_service",
              ["Drive passengers on evening and airport trips, 4.95 rating over 2,100 rides",
               "Keep the car clean and help riders with luggage"], et="freelance"),
            E("Shift Lead", "Copper Kettle Coffee", "Brookhaven, GA", "2024-02", "present", "facing", "in_person_service",
              ["Open the store, run bar and register, and deal with customer complaints on my shift",
               "Train new baristas and count the drawer at close"]),
            E("Orientation Leader", "Brookhaven Community College", "Brookhaven, GA", "2024-06", "2024-08", "facing",
              "other_facing", ["Led groups of 20 new students through campus tours and registration sessions"],
              section="other", dt="Summer '24"),
            E("Warehouse Associate (Seasonal)", "PackRight Fulfillment", "Lithonia, GA", "2022-10", "2023-01", "affecting",
              None, ["Picked and packed online orders, 120+ units/hr"]),
            E("Tasker", "Self-employed", "Metro Atlanta", "2022-03", "2023-04", "facing", "entrepreneurial_freelance",
              ["Booked jobs through a task app: furniture assembly, TV mounting and moving help in clients' homes",
               "Confirmed the job details with each client and walked them through the finished work"],
              et="freelance"),
        ]),
    ],
})

# ------------------------------------------------------------------ w008
R({
    "file": "w008.docx",
    "family": "German university student's English CV, Word with a borderless table per job, working-student support job and HiWi",
    "layout": "docx, table/title_org, mm.yyyy / 'now'",
    "name": "Lena Marie Hoffsteder",
    "contact": ["Am Kirchberg 14, 38991 Neuhausen", "+49 151 5550 2231 · lena.hoffsteder@mailbox.de",
                "Date of birth: 02.07.2004"],
    "ds": "mm.yyyy", "pw": "now", "hdr": "title_org",
    "opts": {"layout": "table"},
    "sections": [
        ("Education", ["since 10.2023  B.Sc. Materials Science, Technische Universität Brennstadt",
                       "06.2023  Abitur, Gymnasium am Wall, Neuhausen (grade 1.7)"], {"bullets": False}),
        ("Work Experience", [
            E("Working Student Customer Support", "Velotrax GmbH", "Brennstadt", "2025-04", "present", "facing",
              "digital_service",
              ["Answer customer tickets and live chat for the bike-sharing app in German and English",
               "Refund trips, unlock stuck bikes remotely and log bugs for the app team"]),
            E("Student Assistant (HiWi)", "Institute of Materials Science, TU Brennstadt", "Brennstadt", "2024-10",
              "present", "none", None,
              ["Prepare samples and run hardness tests for a PhD project", "Literature research and data tables"],
              section="other"),
            E("Waitress (Minijob)", "Gasthaus Zum Lindenhof", "Neuhausen", "2023-06", "2024-09", "facing",
              "in_person_service", ["Served guests in the beer garden and restaurant, up to 60 covers per shift"]),
            E("Private Tutor Maths and English", "Self-employed", "Neuhausen", "2022-01", "2023-12", "facing", "education",
              ["Weekly tutoring for pupils in classes 6-9"], et="freelance"),
            E("Vacation Job - Production Helper", "Kessler Automotive Parts", "Neuhausen", "2021-07", "2021-08", "none",
              None, ["Sorting and packing injection-moulded parts on the line"]),
        ]),
        ("Languages", ["German (native)", "English (C1)", "French (B1)"]),
        ("IT Skills", ["MS Office, Python (basic), Zendesk"]),
    ],
})

# ------------------------------------------------------------------ w009
R({
    "file": "w009.docx",
    "family": "UK sixth-former's first CV typed in Word without styles, typed hyphen bullets, Saturday job and dog walking",
    "layout": "docx, plain/dash, mon / 'Present'",
    "name": "Ellie Trevarthen",
    "contact": ["Penhallow, Cornwall", "Mob: 07700 900533", "Email: ellie.trev@mailbox.co.uk"],
    "ds": "mon", "pw": "Present", "hdr": "dash", "bul": "-",
    "opts": {"layout": "plain", "list_bullets": False, "caps_heads": False},
    "sections": [
        ("Personal Statement", "I am a Year 13 student studying A levels in Biology, Chemistry and PE. I am hoping to "
                               "study Veterinary Nursing and I would like a weekend job working with animals or "
                               "the public."),
        ("Experience", [
            E("Sales Assistant (Saturday job)", "Penhallow Pets", "Penhallow", "2025-09", "present", "facing",
              "in_person_service",
              ["Advise customers on food and bedding for small animals", "Use the till and take deliveries"]),
            E("Dog Walker & Pet Sitter", "Self-employed", "Penhallow", "2024-05", "present", "facing",
              "entrepreneurial_freelance",
              ["Walk four dogs for neighbours after school",
               "Feed cats and water plants while families are away",
               "Agree times and prices with the owners"], et="freelance"),
            E("Kitchen Porter", "The Anchor Inn", "Penhallow", "2024-12", "2025-08", "affecting", None,
              ["Washing up, pots and pans", "Basic veg prep for the chefs"]),
            E("Work Experience", "Tregarth Veterinary Surgery", "Tregarth", "2024-06", "2024-06", "none", None,
              ["One week shadowing vets and nurses", "Cleaned kennels and restocked consulting rooms"],
              et="internship"),
        ]),
        ("Education", ["Penhallow Community College Sixth Form, A levels 2024-2026 (predicted B, B, A)",
                       "GCSEs: 9 GCSEs at grades 9-5 including Maths (7) and English (6)"]),
        ("Hobbies", "Horse riding, netball, Young Farmers club."),
        ("References", "Mrs J Polglase, Head of Sixth Form - details on request"),
    ],
})

# ------------------------------------------------------------------ w010
R({
    "file": "w010.pdf", "renderer": "fpdf2",
    "family": "Indian engineering student, fpdf2 centred header, pipe title/employer/town lines, Upwork web freelancing and a TA job",
    "layout": "fpdf2, centred/pipe, mon / 'Present'",
    "name": "Aditya Raghavan",
    "contact": ["Coimbalur, Tamil Nadu | +91 90030 55821 | aditya.raghavan@mailbox.in | github.com/adi-rag"],
    "ds": "mon", "pw": "Present", "hdr": "pipe", "bul": "▪",
    "opts": {"layout": "centred", "accent": (20, 20, 20)},
    "sections": [
        ("Education", ["B.Tech Computer Science, Rajpath Institute of Technology, Coimbalur - 2022-2026 - CGPA 8.31"],
         {"bullets": False}),
        ("Experience", [
            E("Freelance Web Developer", "Self-employed", "Remote", "2024-01", "present", "facing",
              "entrepreneurial_freelance",
              ["Built Shopify storefronts and landing pages for 14 clients in the US and Australia through Upwork",
               "Scope each job on calls with the client, give weekly demos and handle change requests"],
              et="freelance"),
            E("Summer Intern - Software", "Kavera Systems Pvt Ltd", "Bengaluru", "2025-05", "2025-07", "none", None,
              ["Wrote unit tests and fixed bugs in an internal HR admin dashboard (React, Node)"], et="internship"),
            E("Teaching Assistant (Data Structures Lab)", "Department of CSE, Rajpath Institute of Technology",
              "Coimbalur", "2024-08", "2024-12", "facing", "education",
              ["Ran weekly lab sessions for 60 second-year students", "Graded assignments and held doubt-clearing hours"],
              section="other"),
            E("Research Intern", "Machine Learning Lab, Rajpath Institute of Technology", "Coimbalur", "2025-01",
              "2025-04", "none", None,
              ["Cleaned and labelled a Tamil speech dataset and trained baseline models for a faculty paper"],
              section="other", et="internship"),
            E("Campus Ambassador", "LearnLoop EdTech", "Coimbalur", "2023-09", "2024-03", "facing", "sales_account",
              ["Promoted coding bootcamps on campus, ran info sessions and signed up 80 students"]),
        ]),
        ("Projects", ["HostelMess - meal feedback web app used by 400 students", "Price tracker bot (Python)"]),
        ("Technical Skills", ["JavaScript, React, Node.js, Python, SQL, Shopify Liquid, Git"]),
    ],
})

# ------------------------------------------------------------------ w011
R({
    "file": "w011.docx",
    "family": "Canadian undergraduate résumé, Word two-column layout table with shaded sidebar, RA, athletics desk and an Etsy vintage shop",
    "layout": "docx, sidebar/title_org, mon / 'Present'",
    "name": "Sophie Tremblay-Okoro",
    "contact": ["Northbridge, ON", "613-555-0175", "sophie.to@mailbox.ca"], "contact_side": True,
    "ds": "mon", "pw": "Present", "hdr": "title_org",
    "opts": {"layout": "sidebar", "side_fill": "E8E1F0"},
    "sections": [
        ("Education", ["BA Psychology (3rd year)", "University of Northbridge", "Dean's Honour List 2024-25"],
         {"side": True, "bullets": False}),
        ("Skills", ["Conflict resolution", "Mental Health First Aid", "Photography", "Excel, Canva"], {"side": True}),
        ("Languages", ["English, French"], {"side": True}),
        ("Campus Leadership", [
            E("Residence Assistant (RA)", "Maplecrest Hall, University of Northbridge", "Northbridge, ON", "2025-09",
              "present", "facing", "other_facing",
              ["Support 38 first-year residents on my floor; hold one-on-one check-ins",
               "Mediate roommate conflicts and respond to after-hours incidents on duty rotation",
               "Plan monthly floor events"], section="other"),
        ]),
        ("Work Experience", [
            E("Front Desk Attendant", "Northbridge Athletics Centre", "Northbridge, ON", "2024-09", "2025-04", "facing",
              "in_person_service", ["Checked in members, sold day passes and booked courts"]),
            E("Shop Owner", "Second Stitch Vintage", "Online (Etsy)", "2023-03", "present", "facing",
              "entrepreneurial_freelance",
              ["Source, photograph and list vintage knitwear; 450+ sales",
               "Answer buyer messages and handle returns and custom requests"], et="freelance"),
            E("Camp Counsellor", "Camp Loon Lake", "Haliburton Hills, ON", "2023-07", "2023-08", "facing", "education",
              ["Cabin counsellor for 8 campers, ran the arts & crafts program"]),
            E("Counsellor-in-Training", "Camp Loon Lake", "Haliburton Hills, ON", "2022-07", "2022-08", "facing",
              "education", [], et="volunteer"),
        ]),
    ],
})

# ------------------------------------------------------------------ w012
R({
    "file": "w012.md",
    "family": "Nigerian gaming streamer and video editor in Markdown, bold title lines with dates after a dash",
    "layout": "md, bold/dash, month / 'Present'",
    "name": "Folarin 'Fola' Adebayo-Cole",
    "contact": ["Ibadan-Ring Road, Oyo State, Nigeria", "+234 809 555 3340 · fola.plays@mailbox.ng"],
    "ds": "month", "pw": "Present", "hdr": "dash", "bul": "*",
    "opts": {},
    "sections": [
        ("Summary", "Final-year Mass Communication student and content creator. I build communities online, edit "
                    "fast and know how brands want to be seen."),
        ("Experience", [
            E("Content Creator & Streamer", "FolaPlays (YouTube & Twitch)", None, "2022-06", "present", "facing",
              "entrepreneurial_freelance",
              ["Stream mobile and console games three nights a week to 12k subscribers",
               "Reply to live chat while streaming and moderate the community Discord",
               "Negotiate and deliver brand deals with two game sponsors"], et="freelance"),
            E("Video Editor (freelance)", None, None, "2023-02", "2024-10", "affecting", None,
              ["Edited weekly YouTube videos for three creators from raw footage sent via Google Drive",
               "Delivered thumbnails and cuts to their upload schedule"], et="freelance"),
            E("Social Media Assistant (part-time)", "Tangerine Bites Restaurant", "Ibadan", "2021-09", "2022-05",
              "facing", "digital_service",
              ["Planned and posted Instagram content",
               "Replied to customers' DMs and comments and took reservation enquiries"]),
            E("Sales Boy", "Ola Phones & Accessories", "Ibadan", "2019-12", "2021-08", "facing", "in_person_service",
              ["Attended to walk-in customers, demonstrated phones and sold accessories"]),
        ]),
        ("Education", ["B.Sc. Mass Communication, Ibadan-Ring Polytechnic University (2022 - 2026)"]),
        ("Tools", ["Premiere Pro, CapCut, OBS Studio, Canva, Discord bots"]),
    ],
})

# ------------------------------------------------------------------ w013
R({
    "file": "w013.pdf", "renderer": "reportlab",
    "family": "US graduate student with six overlapping jobs, 2-page reportlab résumé with two-column header and page footer",
    "layout": "reportlab, twocol/title_org, mon / 'present'",
    "name": "Hannah Lindqvist",
    "contact": ["Westbury, VT 05999", "(802) 555-0164", "hlindqvist@mailbox.org"],
    "ds": "mon", "pw": "present", "hdr": "title_org", "bul": "–",
    "opts": {"layout": "twocol", "font": "Times-Roman", "footer": "Hannah Lindqvist  ·  page {page} of 2"},
    "sections": [
        ("Education", ["M.S. Ecology, Westbury University (expected 2027)",
                       "B.A. Environmental Studies, Greyhaven College, 2022 (cum laude)"], {"bullets": False}),
        ("University Positions", [
            E("Graduate Research Assistant", "Department of Ecology, Westbury University", "Westbury, VT", "2025-08",
              "present", "none", None,
              ["Collect stream invertebrate samples at 14 field sites; sort and identify under microscope",
               "Clean and analyse sampling data in R for my advisor's NSF-funded project"], section="other"),
            E("Teaching Assistant, BIO 101", "Westbury University", "Westbury, VT", "2025-08", "present", "facing",
              "education",
              ["Teach two weekly lab sections of 24 undergraduates", "Hold office hours and grade lab reports"],
              section="other"),
        ]),
        ("Other Employment", [
            E("Full-Service Shopper", "CartRunner", "Westbury, VT", "2024-01", "present", "facing", "in_person_service",
              ["Shop customers' grocery orders and message them in the app about replacements",
               "Deliver to the door and hand heavy orders over in person"], et="freelance"),
            E("Barista", "Grindhouse Coffee Co.", "Greyhaven, NY", "2022-09", "2024-05", "facing", "in_person_service",
              ["Made drinks and took orders on a busy college-town bar", "Closed the café three nights a week"]),
            E("Lab Technician (summer)", "Aquagen Testing Labs", "Greyhaven, NY", "2022-06", "2022-08", "affecting", None,
              ["Ran coliform and nitrate tests on drinking-water samples sent in by town water systems",
               "Logged results into the LIMS for report sign-off"]),
            E("Pet Sitter", "PawPal (app)", "Greyhaven, NY", "2021-05", "2023-12", "facing", "entrepreneurial_freelance",
              ["Overnight house-sits and drop-in visits for cats and dogs",
               "Meet-and-greets with owners before every new booking"], et="freelance"),
        ]),
        ("Publications & Presentations", [
            "Lindqvist H., Okafor J. (2026). Macroinvertebrate recovery after culvert replacement. Poster, "
            "Northeast Natural History Conference.",
            "Lindqvist H. (2022). Senior thesis: Road salt and vernal pools in the Greyhaven watershed."],
         {"newpage": True}),
        ("Skills", ["R (tidyverse, lme4), QGIS, Excel", "Wilderness First Responder (2025)",
                    "Driver's license, own car"]),
        ("Service", ["Graduate Student Senate representative, 2025-2026",
                     "Volunteer judge, Westbury middle-school science fair (2025)"]),
        ("References", "Dr. J. Okafor (advisor) and Ms. R. Benetti (Grindhouse Coffee Co.), contacts on request."),
    ],
})

# ------------------------------------------------------------------ w014
R({
    "file": "w014.docx",
    "family": "Indian undergraduate's CV with name and contact in the Word page header, employer line first, night-shift BPO and contactless delivery",
    "layout": "docx, header/org_title, mon / 'Till date'",
    "name": "Mohammed Faizan Shaikh",
    "contact": ["+91 88060 55219  |  faizan.shaikh@mailbox.in  |  Rahmat Nagar, Nashikpur"],
    "ds": "mon", "pw": "Till date", "sep": " - ", "hdr": "org_title",
    "opts": {"layout": "header", "heading_styles": True, "hstyle": "Heading 2"},
    "sections": [
        ("Objective", "BBA final year student seeking a full-time customer support role after graduation."),
        ("Work Experience", [
            E("Customer Support Associate (part-time, night shift)", "Veritas Global Services", "Nashikpur", "2025-02",
              "present", "facing", "contact_center",
              ["Handle inbound calls from US telecom customers on billing and plan changes",
               "Average handle time 6:10, CSAT 91%"]),
            E("Delivery Partner", "FoodFleet", "Nashikpur", "2024-06", "2025-01", "affecting", None,
              ["Picked up orders from restaurants and dropped them at gated society security gates (contactless)",
               "Completed 1,100+ deliveries with 0 damage complaints"], et="freelance"),
            E("Retail Store Trainee (festive season)", "StyleBazaar", "City Centre Mall, Nashikpur", "2023-10",
              "2024-01", "facing", "in_person_service",
              ["Billing counter and helping customers with sizes in the menswear section"]),
        ]),
        ("Volunteer Work", [
            E("NSS Volunteer", "National Service Scheme Unit, Devgiri College", "Nashikpur", "2022-08", "2024-03",
              "facing", "volunteering",
              ["Organised a blood donation camp and ran health awareness drives in 3 villages, speaking with residents"],
              section="volunteer", et="volunteer"),
        ]),
        ("Education", ["BBA, Devgiri College, Nashikpur (2023-2026) - 7.6 CGPA", "HSC 2023 - 68%"]),
        ("Languages", "English, Hindi, Urdu, Marathi"),
    ],
})

# ------------------------------------------------------------------ w015
R({
    "file": "w015.txt",
    "family": "Scottish student CV as plain text, dates first on each line (mm/yyyy), many short casual jobs",
    "layout": "txt, plain/datefirst, mm/yyyy / 'Present'",
    "name": "Niamh Farquharson",
    "contact": ["22/4 Wellpark Court, Calderbank CB3 1QT", "07700 900672  niamh.farq@mailbox.co.uk"],
    "ds": "mm/yyyy", "pw": "Present", "sep": " - ", "hdr": "datefirst", "bul": "*",
    "opts": {"head": "underline"},
    "sections": [
        ("Education", ["2023 - now   MA (Hons) History, University of Calderbank",
                       "2017 - 2023  Dunmore Academy: Highers in History (A), English (A), Modern Studies (B), Maths (C)"],
         {"bullets": False}),
        ("Employment", [
            E("Library Assistant (part-time)", "Calderbank University Library", "Calderbank", "2025-09", "present",
              "facing", "in_person_service",
              ["Staff the enquiry desk on evening shifts",
               "Help students with printing, self-issue machines and finding books"]),
            E("Events Steward (casual)", "Clydeview Arena Events", "Calderbank", "2024-10", "present", "facing",
              "other_facing", ["Scan tickets, direct crowds and help with accessibility requests at concerts"]),
            E("Picker - Christmas temp", "Northlink Logistics", "Dunmore", "2024-11", "2024-12", "affecting", None,
              ["Picked online orders with a handheld scanner"]),
            E("Waitress", "Café Lúnasa", "Dunmore", "2024-06", "2024-09", "facing", "in_person_service", []),
            E("Leaflet Distributor", "Dunmore Print & Post", "Dunmore", "2024-03", "2024-05", "affecting", None,
              ["Delivered takeaway menus and estate agent leaflets door to door on set rounds"]),
        ]),
        ("Volunteering", [
            E("Brownie Leader (unit helper)", "1st Calderbank Brownies", "Calderbank", "2022-09", "2024-06", "facing",
              "volunteering", ["Ran weekly activities for 20 girls aged 7-10"], section="volunteer", et="volunteer"),
        ]),
        ("Other", ["Full clean UK driving licence", "PVG scheme member", "Gaelic (conversational)"]),
    ],
})
