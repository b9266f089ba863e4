"""wild28 résumés w001–w015 (students and recent graduates)."""
from lib import E


def B(h, items, sec="work", **kw):
    return dict(h=h, items=items, sec=sec, **kw)


def ol(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


RESUMES = []

# ---------------------------------------------------------------- w001 US, reportlab single column
RESUMES.append(dict(
    id="w001", ext="pdf", renderer="reportlab", layout="plain", hdr="title_org", page="letter", font="helv",
    family="US CIS junior, campus IT tech bar and dining hall jobs, Word-to-PDF single column, title line with right-aligned dates",
    ds=dict(fmt="mon", sep=" – ", present="Present"),
    name="Marisol Ochoa-Reyes",
    contact=["Larkfield, NM 88231", "(575) 555-0148", "marisol.ochoareyes@mailbox.com", "linkedin.com/in/marisol-ochoa-reyes"],
    blocks=[
        B("Education", [
            ("h", "Western Ridge State University, Larkfield, NM", "Expected May 2027"),
            ("i", "B.S. Computer Information Systems, minor in Spanish  |  GPA 3.58/4.00  |  Dean's List, four semesters"),
            ("kv", "Relevant coursework", "Networking Fundamentals, Database Design, Systems Analysis, Business Communication"),
        ]),
        B("Experience", [
            E("Student Technology Assistant", "WRSU Office of Information Technology", "Larkfield, NM", "2024-08", "present",
              "facing", "internal_support", [
                  "Staff the Tech Bar walk-up counter in the Student Union 12–15 hrs/week for students, faculty and staff; most visits are password lockouts, Duo re-enrollment and getting new devices on Wi-Fi",
                  "Answer the IT phone line during finals week, when call volume roughly doubles",
                  "Log every contact in TeamDynamix and escalate hardware and account problems to Tier 2 with notes they don't have to re-ask",
                  "Re-image loaner laptops and keep the checkout spreadsheet honest",
              ]),
            E("Dining Services Worker", "WRSU Dining – Hollins Commons", "Larkfield, NM", "2023-09", "2024-05",
              "facing", "in_person_service", [
                  "Worked the grill and deli stations at lunch, building 200+ orders an hour to spec while keeping the line moving",
                  "Covered the front entrance on weekends, swiping meal cards and sorting out guest passes",
                  "Closed Thursday nights: breakdown, sanitizing, and the dish room when we were short",
              ]),
            E("Seasonal Sales Associate", "Dunmore Outfitters", "Larkfield, NM", "2023-11", "2024-01",
              "facing", "in_person_service", [
                  "Holiday hire on the footwear wall; fitted shoes, ran the register and processed gift returns in January",
              ]),
            E("Camp Counselor", "Camp Piñon Ridge", "Ruidera, NM", "2023-06", "2023-08", "facing", "education", [
                "Lived in a cabin with ten girls aged 9–11 for four two-week sessions",
                "Led archery and the Tuesday campfire program; wrote a short note home to each camper's parents every week",
            ], dt="Summer 2023"),
        ]),
        B("Projects", [
            ("h", "Bus Buddy – HackWRSU 2024 (2nd place)", "Feb 2024"),
            ("b", "Built a real-time campus shuttle tracker with three teammates in 36 hours (React Native, Firebase)"),
            ("h", "Inventory database for the Larkfield Food Co-op (Database Design class project)", "Fall 2024"),
            ("b", "Designed a normalized MySQL schema and a simple PHP front end the co-op still uses for bulk bins"),
        ]),
        B("Skills", [
            ("kv", "Technical", "Windows/macOS support, Active Directory basics, SQL, Python, Excel (pivot tables, XLOOKUP)"),
            ("kv", "Languages", "English and Spanish (fluent)"),
        ]),
    ]))

# ---------------------------------------------------------------- w002 UK, docx heading styles
RESUMES.append(dict(
    id="w002", ext="docx", renderer="docx", layout="styles", hdr="title_org", docx_head="h1", font="Calibri",
    family="UK history undergraduate, university library desk and telephone campaign, Word heading styles with list bullets",
    ds=dict(fmt="month", sep=" – ", present="present"),
    name="Eleanor Pritchard",
    contact=["Flat 3, 14 Mardale Road, Ashcombe AS4 7JQ", "07700 900614", "nell.pritchard@mailbox.co.uk"],
    blocks=[
        B("Education", [
            ("h", "University of Ashcombe", "2024 – 2027"),
            "BA (Hons) History – currently on track for a 2:1. Second-year modules include Early Modern Print Culture and the Digital Humanities Lab.",
            ("h", "Hollinbury Sixth Form College", "2022 – 2024"),
            "A levels: History (A*), English Literature (A), Politics (B)",
        ]),
        B("Work Experience", [
            E("Library Assistant (part-time)", "University of Ashcombe Library", "Ashcombe", "2024-10", "present",
              "facing", "in_person_service", [
                  "Evening and weekend shifts on the main Help Desk – renewals, fines, lost cards and pointing people to the right floor",
                  "Look after the self-issue area in the January exam rush and show first-years how the machines work",
                  "Reshelving and shelf-tidying (a lot of reshelving)",
              ]),
            E("Student Caller", "Ashcombe Telephone Campaign, Alumni Relations Office", "Ashcombe", "2025-02", "2025-03",
              "facing", "contact_center", [
                  "Phoned graduates in the evenings to update their details, tell them what has changed on campus and ask for a regular gift",
                  "Raised £11,400 in pledges over the five-week campaign; best single night £1,250",
              ]),
            E("Team Member", "Crumb & Co. Bakery", "Hollinbury", "2022-07", "2024-09", "facing", "in_person_service", [
                "Served on the counter and the coffee machine, usually on my own for the first hour after opening",
                "Cashed up at close and checked date codes in the chiller",
            ], note="Saturdays and school holidays"),
        ]),
        B("Volunteering", [
            E("Volunteer", "Hollinbury Foodbank", None, "2021-01", "2023-12", "facing", "volunteering", [
                "Sorted donations in the warehouse on Saturday mornings",
                "From 2022 also on the welcome table at the Tuesday centre – making tea and talking with clients while their parcels were packed",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
        B("Positions of Responsibility", [
            E("Social Secretary", "Ashcombe History Society", None, None, None, "none", None, [
                "Plan the termly socials and the spring field trip; book venues and keep track of ticket money",
            ], etype="volunteer"),
        ], sec="other"),
        B("Skills and Interests", [
            ("b", "Confident with Excel, Zotero and the library's Alma system; basic Welsh"),
            ("b", "Play second violin in the University Sinfonia; enjoy long-distance walking"),
        ]),
    ]))

# ---------------------------------------------------------------- w003 India, plain text fresher format
W003_HDR = lambda e: [(f"Organisation : {ol(e)}", None, "B"), (f"Designation  : {e.title}", None, ""),
                      (f"Duration     : {e.dates}", None, "")]
RESUMES.append(dict(
    id="w003", ext="txt", renderer="txt", layout="plain", hdr="dash", hdr_code="kv",
    family="Indian B.Tech (E&TC) final-year fresher résumé pasted as text, 'Organisation : / Designation :' blocks, declaration",
    ds=dict(fmt="mon'yy", sep=" – ", present="till date"),
    bullet="*", txt=dict(head="caps_eq", right="paren", width=80),
    name="HARSHVARDHAN S. KULKARNI",
    contact=["Mobile: +91 98220 41735 | E-mail: harsh.kulkarni02@mailbox.in",
             "Address: Flat 12, Shreeyash Apartments, Ganeshpeth, Nandgiri - 413 512, Maharashtra"],
    blocks=[
        B("Career Objective", [
            "To work in a challenging environment in the field of industrial automation where I can use my technical knowledge and grow along with the organisation.",
        ]),
        B("Academic Qualifications", [
            ("b", "B.Tech (Electronics & Telecommunication), Deccan Institute of Technology, Nandgiri – 2023-27 (pursuing), CGPA 8.12 (upto Sem VI)"),
            ("b", "HSC, Sant Dnyaneshwar Junior College, Nandgiri – Maharashtra State Board – 2023 – 84.50%"),
            ("b", "SSC, Vidya Niketan English Medium School – Maharashtra State Board – 2021 – 92.40%"),
        ]),
        B("Internship / Industrial Training", [
            E("Summer Intern", "Varadkar Automation Pvt. Ltd.", "Nandgiri MIDC", "2026-06", "2026-07", "none", None, [
                "Worked with the controls team on wiring and testing of PLC panels for a bottling line",
                "Wrote ladder logic for conveyor start/stop interlocks and tested it on simulator before FAT",
                "Prepared I/O list and as-built drawings in AutoCAD Electrical",
            ], etype="internship"),
            E("In-plant Trainee", "Sahyadri Power Distribution Co. Ltd.", "132/33 kV Substation, Wadgaon", "2025-12", "2026-01",
              "none", None, [
                  "Observed operation of power transformers, CT/PT, circuit breakers and relay panels",
                  "Studied the single line diagram of the substation and maintenance of daily log sheets",
              ], etype="internship"),
        ], hdr=W003_HDR),
        B("Positions of Responsibility", [
            E("Technical Head", "E&TC Students' Association (ETSA), DIT", None, "2026-08", "present", "facing", "education", [
                "Conducting weekend Arduino and IoT workshops for first and second year students (approx. 120 participants so far)",
                "Coordinating 'Circuitron 2026' - national level technical event, 14 colleges participating",
            ], etype="volunteer"),
        ], sec="other"),
        B("Extra-Curricular Activities", [
            E("NSS Volunteer", "National Service Scheme Unit, DIT", None, "2023-01", "2025-12", "facing", "volunteering", [
                "Participated in 7 day residential camp at Khandgaon village - door to door survey on sanitation and awareness about government schemes",
                "Helped to organise two blood donation camps in college (230+ donors registered)",
            ], prec="year", etype="volunteer"),
            ("b", "Secured 2nd prize in inter-college project competition 'Techno-Vision 2025'"),
            ("b", "Member of college cricket team (2023-24)"),
        ], sec="other"),
        B("Other Experience", [
            E("Home Tutor (Maths & Science, Std. 8-10)", "Self", "Nandgiri", "2023-06", "present", "facing", "education", [
                "Taking evening tuitions for 6 students of SSC board at my home; two of them scored above 90% in Maths in 2025 boards",
            ], etype="freelance"),
        ]),
        B("Academic Projects", [
            ("b", "Final Year Project: IoT based smart energy meter with theft detection using ESP32 and GSM module (ongoing)"),
            ("b", "Mini Project: Automatic street light control using LDR and relay (TY, Sem V)"),
        ]),
        B("Technical Skills", [
            ("kv", "Programming", "C, Embedded C, Python (basic)"),
            ("kv", "Tools", "Keil uVision, Proteus, AutoCAD Electrical, Arduino IDE, MATLAB"),
            ("kv", "PLC", "Delta DVP, Siemens S7-1200 (basic)"),
        ]),
        B("Personal Details", [
            ("kv", "Date of Birth", "14th March 2005"),
            ("kv", "Languages Known", "English, Hindi, Marathi"),
            ("kv", "Hobbies", "Cricket, reading Marathi novels"),
        ]),
        B("Declaration", [
            "I hereby declare that the information furnished above is true to the best of my knowledge.",
            "Place: Nandgiri",
            "Date:                                          (HARSHVARDHAN S. KULKARNI)",
        ]),
    ]))

# ---------------------------------------------------------------- w004 Canada, fpdf2 centred
RESUMES.append(dict(
    id="w004", ext="pdf", renderer="fpdf2", layout="centred", hdr="title_org", page="letter", font="sans",
    family="Canadian mechanical engineering co-op student, fpdf2 centred header, co-op terms, campus involvement with a TA term",
    ds=dict(fmt="mon", sep=" – ", present="Present", short_same_year=True),
    name="Owen Tremblay-Nakamura",
    contact=["Kestrel Falls, ON", "226-555-0193", "owen.tn@mailbox.ca", "github.com/owentn"],
    blocks=[
        B("Education", [
            ("h", "University of Lakeshore – Bachelor of Applied Science, Mechanical Engineering (Co-op)", "Sept 2022 – Apr 2027"),
            ("i", "Cumulative average 81%; Dean's Honours List 2023, 2025"),
        ]),
        B("Co-op Work Terms", [
            E("Mechanical Design Co-op", "Norvale Pump Systems Inc.", "Kestrel Falls, ON", "2025-01", "2025-04", "none", None, [
                "Redesigned a motor mounting bracket in SolidWorks to fit two frame sizes, removing one part number and about $3.10 per unit",
                "Produced 40+ detail drawings to ASME Y14.5 and took them through the ECN process",
                "Ran FEA checks on baseplate revisions and summarized the results for the senior designer",
            ], etype="internship"),
            E("Quality Assurance Co-op", "Halbrook Foods Ltd.", "Brantmoor, ON", "2024-05", "2024-08", "affecting", None, [
                "Completed daily GMP audits and HACCP record verification on two snack lines",
                "Investigated foreign-material complaints forwarded by consumer affairs; traced two to a worn sifter screen and wrote the CAPA",
                "Rewrote 18 sanitation SOPs after the spring audit",
            ], etype="internship"),
        ]),
        B("Campus Involvement", [
            E("Teaching Assistant – MECH 101 Engineering Graphics", "University of Lakeshore", None, "2025-09", "2025-12",
              "facing", "education", [
                  "Ran two weekly CAD lab sections of about 40 first-year students and held drop-in help before project deadlines",
                  "Marked sketching assignments against the course rubric",
              ], dt="Fall 2025"),
            E("Suspension Lead", "Lakeshore Formula Racing (FSAE)", None, "2023-09", "present", "none", None, [
                "Lead a sub-team of six designing the 2026 car's pushrod suspension; own the kinematics model and upright design",
                "Machined uprights and bell cranks in the student shop",
            ], etype="volunteer"),
        ], sec="other"),
        B("Other Work Experience", [
            E("Lifeguard / Swim Instructor", "City of Kestrel Falls – Aquatics", "Kestrel Falls, ON", "2021-05", "2023-09",
              "facing", "education", [
                  "Most of my hours were teaching: learn-to-swim levels 1–6 on weekday evenings and Saturday mornings, plus private lessons for adults",
                  "Guarded public and lane swims; three rescues, all ended with everyone fine",
              ]),
        ]),
        B("Technical Skills", [
            ("kv", "Design", "SolidWorks (CSWA), AutoCAD, GD&T, ANSYS Mechanical"),
            ("kv", "Programming", "MATLAB, Python (NumPy, pandas)"),
            ("kv", "Shop", "Manual mill and lathe, MIG welding, 3D printing"),
        ]),
    ]))

# ---------------------------------------------------------------- w005 Singapore, docx table per job
RESUMES.append(dict(
    id="w005", ext="docx", renderer="docx", layout="table", hdr="title_org", font="Arial", size=10,
    family="Singapore business analytics graduate, Word borderless table per job, internships, National Service, CCA",
    ds=dict(fmt="mon", sep=" – ", present="Present"),
    name="TAN WEI JIE, RYAN", caps_heads=True,
    contact=["+65 9123 4478", "ryan.tanwj@mailbox.sg", "linkedin.com/in/ryantanwj"],
    blocks=[
        B("Education", [
            ("h", "Kallang Bay University – Bachelor of Science (Business Analytics), Honours (Distinction)", "Aug 2022 – May 2026"),
            ("b", "Relevant modules: Data Visualisation, Operations Research, Marketing Analytics, Financial Modelling"),
            ("b", "Exchange semester at Lindqvist School of Economics, Sweden (Spring 2025)"),
        ]),
        B("Work Experience", [
            E("Relationship Management Intern", "Kiara Capital Bank – Private Clients", "Singapore", "2024-12", "2025-02",
              "facing", "sales_account", [
                  "Prepared quarterly portfolio review packs for 3 Relationship Managers covering about 70 clients",
                  "Sat in on client review meetings and drafted follow-up emails for RM sign-off",
                  "Covered the client service line during lunch hours, taking instructions for fund transfers and passing them to operations",
              ], etype="internship"),
            E("Business Analytics Intern", "Meranti Logistics Pte Ltd", "Singapore", "2024-05", "2024-08", "affecting", None, [
                "Built a Power BI dashboard on last-mile lateness across 4 hubs, refreshed daily from the TMS",
                "Text-mined 9,000 customer complaint tickets to find the top causes of failed deliveries; my address-validation proposal was adopted by the East hub",
            ], etype="internship"),
            E("Student Assistant, Office of Admissions", "Kallang Bay University", "Singapore", "2023-08", "2025-04",
              "facing", "other_facing", [
                  "Led campus tours for prospective students and parents, incl. Open House weekends (up to 6 tours a day)",
                  "Answered walk-in and email enquiries on course requirements and aptitude-based admission",
              ], note="Part-time, 8–10 hrs/week"),
        ]),
        B("National Service", [
            E("Signal Specialist (3SG)", "42nd Battalion, Signals Formation", None, "2020-01", "2021-11", "none", None, [
                "Section 2IC of a 6-man radio-relay detachment; kept equipment ready for field exercises",
                "Best Specialist of cohort, Specialist Cadet School",
            ], etype="military"),
        ]),
        B("Co-Curricular Activities", [
            E("Vice-President", "KBU Dragon Boat Club", None, "2023-08", "2024-07", "none", None, [
                "Ran training logistics and the club budget (~S$18k); organised the inter-faculty regatta",
            ], etype="volunteer"),
        ], sec="other"),
        B("Skills", [
            ("kv", "Technical", "Python, SQL, Power BI, Tableau, Excel VBA"),
            ("kv", "Languages", "English, Mandarin (written and spoken)"),
        ]),
    ]))

# ---------------------------------------------------------------- w006 Nigeria, Markdown
W006_HDR = lambda e: [(e.title, None, "B"), (ol(e), None, "B"), (e.dates, None, "I")]
RESUMES.append(dict(
    id="w006", ext="md", renderer="md", layout="md", hdr=W006_HDR, hdr_code="dateline",
    family="Nigerian microbiology graduate in Markdown, NYSC teaching year, SIWES in a diagnostic lab, POS kiosk",
    ds=dict(fmt="month", sep=" – ", present="Date"),
    md=dict(h="##", entry="h3"), bullet="*",
    name="Adaeze Nwankwo-Bello",
    contact=["No. 7 Obinna Close, Nkwo-Amaeze, Enugu State", "0803 555 2917", "adaeze.nwankwobello@mailbox.ng"],
    blocks=[
        B("Personal Profile", [
            "Microbiology graduate (Second Class Upper) who has taught, run a small business and worked in a diagnostic laboratory. Looking for an entry-level role in a hospital laboratory or public health programme.",
        ]),
        B("Educational Qualifications", [
            ("h", "Federal University of Science, Nkwo-Amaeze", "2019 – 2024"),
            ("i", "B.Sc. Microbiology – Second Class Upper Division (3.91/5.00)"),
            ("h", "Queen of Peace Girls' Secondary School, Nkwo-Amaeze", "2013 – 2019"),
            ("i", "West African Senior School Certificate (WASSCE) – 7 credits"),
        ]),
        B("National Youth Service", [
            E("Corps Member – Biology & Basic Science Teacher", "Community Secondary School, Umuokpara", "Enugu State",
              "2024-11", "2025-10", "facing", "education", [
                  "Taught Biology to SS1 and SS2 (four arms, about 160 students) and Basic Science to JSS2",
                  "Ran free evening lessons for WAEC candidates twice a week; 31 of the 38 who attended got a credit in Biology",
                  "Started a school garden with the Agricultural Science teacher as my CDS project",
              ], etype="internship"),
        ]),
        B("Work Experience", [
            E("POS Agent / Owner", "AdaCash POS Point", "Nkwo-Amaeze", "2023-01", "2024-09", "facing", "entrepreneurial_freelance", [
                "Ran a POS and mobile-money kiosk beside the school gate: withdrawals, transfers, airtime and bill payments for students and traders",
                "Handled about 60 transactions a day and settled failed-transfer disputes through the bank's agent support line",
                "Kept daily float records; made a profit every month after the third",
            ], etype="freelance"),
        ]),
        B("Industrial Training (SIWES)", [
            E("Industrial Trainee", "Ekwueme Diagnostics Laboratory", "Nkwo-Amaeze", "2022-06", "2022-11", "affecting", None, [
                "Prepared culture media and carried out Gram staining, MCS and sensitivity tests on urine, stool and wound swabs under supervision",
                "Recorded results in the lab register and LIS for the scientist to verify and release",
                "Autoclaving, disposal of biohazard waste and weekly QC checks on incubators",
            ], etype="internship"),
        ]),
        B("Volunteer Experience", [
            E("Outreach Volunteer", "Hope Springs Health Foundation", None, "2023-01", "2023-12", "facing", "volunteering", [
                "Manned the registration table and the blood sugar/BP screening queue at three rural medical outreaches (over 900 people seen)",
                "Explained to elderly women, mostly in Igbo, how to collect their free drugs from the pharmacy tent",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
        B("Positions Held", [
            E("Class Representative", "Microbiology Class of 2024", None, None, None, "none", None, [
                "Liaison between 94 classmates and the department on timetables, test dates and course registration problems",
            ], etype="volunteer"),
        ], sec="other"),
        B("Skills", [
            ("b", "Aseptic technique, microscopy, culture and sensitivity, basic ELISA"),
            ("b", "Microsoft Office, Google Forms, bookkeeping for small business"),
            ("b", "Languages: English, Igbo, working Yoruba"),
        ]),
        B("Referees", ["Available on request."]),
    ]))

# ---------------------------------------------------------------- w007 Germany, reportlab sidebar
RESUMES.append(dict(
    id="w007", ext="pdf", renderer="reportlab", layout="sidebar", hdr="title_org", font="dejavu", size=9.5,
    family="German computer science master's student, reportlab shaded sidebar, Werkstudent and HiWi jobs, WS tutor semester",
    ds=dict(fmt="mm/yyyy", sep=" – ", present="today"), rl_head="rule", accent=(0.12, 0.35, 0.30),
    name="Lukas Brandtner", tagline="M.Sc. Computer Science student",
    contact=["Lindenstraße 41", "74915 Kaltenbrück", "+49 1512 555 3821", "lukas.brandtner@mailbox.de", "born 02/2001"],
    blocks=[
        B("Skills", [("b", "Kotlin, Java, Python, Go"), ("b", "Spring Boot, PostgreSQL, Kafka"),
                     ("b", "Docker, Kubernetes, Ansible, Slurm"), ("b", "Git, CI/CD (GitLab)")], side=True),
        B("Languages", [("b", "German (native)"), ("b", "English (C1, TOEFL 104)"), ("b", "Spanish (A2)")], side=True),
        B("Interests", ["Handball, bouldering, old film cameras"], side=True),
        B("Education", [
            ("h", "M.Sc. Computer Science, TH Kaltenbrück", "10/2024 – today"),
            ("i", "Focus: distributed systems, security. Current average 1.6"),
            ("h", "B.Sc. Computer Science, TH Kaltenbrück", "10/2020 – 09/2024"),
            ("i", "Final grade 1.8. Thesis: Leader election under partial network partitions (1.3)"),
            ("h", "Abitur, Goethe-Gymnasium Kaltenbrück", "06/2020"),
        ]),
        B("Work Experience", [
            E("Working Student Software Development", "Helmrich Mobility GmbH", "Kaltenbrück", "2025-04", "present",
              "affecting", None, [
                  "Implemented seat reservation and the seat map in the passenger ticketing app (Kotlin/Spring backend, REST API)",
                  "Fixed bugs from the app-store review backlog that the support team had tagged as reproducible",
                  "Wrote integration tests; coverage of the booking service went from 41 % to 68 %",
              ], note="20 hrs/week alongside my Master's"),
            E("Student Research Assistant (HiWi)", "Chair of Distributed Systems, TH Kaltenbrück", None, "2023-10", "2025-03",
              "none", None, [
                  "Set up and ran simulation experiments on consensus protocols on the chair's 24-node cluster",
                  "Maintained the cluster (Ansible, Slurm) and helped PhD students get their jobs running",
              ]),
            E("Service Staff (mini-job)", "Café Lindgrün", "Kaltenbrück", "2019-01", "2022-12", "facing", "in_person_service", [
                "Waited tables at weekends, made the coffee drinks, cash handling including the daily close",
            ], prec="year"),
        ]),
        B("Teaching", [
            E("Tutor, Algorithms and Data Structures", "TH Kaltenbrück, Faculty of Computer Science", None, "2023-10", "2024-03",
              "facing", "education", [
                  "Ran two weekly exercise groups of about 25 students each and corrected the weekly exercise sheets",
                  "Offered an extra Q&A session before the exam, which became a fixed part of the module the following year",
              ], dt="WS 2023/24"),
        ], sec="other"),
        B("Volunteering", [
            E("Youth Handball Coach (U12)", "TSV Kaltenbrück 1898 e.V.", None, "2018-01", "present", "facing", "volunteering", [
                "Two training sessions a week plus weekend matches; parents' evening at the start of each season",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
        B("Awards & Hackathons", [
            ("h", "CodeNacht Hackathon – 2nd place (team of three)", "11/2024"),
            ("b", "Offline-first timetable app for regional buses, built overnight with Flutter"),
            ("h", "Deutschlandstipendium scholarship", "2022 – 2024"),
        ]),
    ]))

# ---------------------------------------------------------------- w008 Australia, docx tab stops
RESUMES.append(dict(
    id="w008", ext="docx", renderer="docx", layout="tabs", hdr="title_org", font="Calibri", size=10.5,
    family="Australian nursing student, Word right tab-stop dates, AIN job, clinical placements, supermarket checkout and night fill",
    ds=dict(fmt="month", sep=" – ", present="Current"),
    name="Jasmine Haddad", center_name=True,
    contact=["Tallowood NSW 2456", "0412 555 780", "jas.haddad@mailbox.com.au"],
    blocks=[
        B("Education", [
            ("h", "Bachelor of Nursing – Murrindale University", "2024 – 2026"),
            ("i", "Third year; GPA 6.2/7. Expected completion December 2026"),
            ("h", "Higher School Certificate – Tallowood High School", "2020"),
        ]),
        B("Clinical Placements", [
            E("Second-Year Clinical Placement – Surgical Ward", "Tallowood Base Hospital", "Tallowood NSW", "2025-09", "2025-10",
              "facing", "healthcare_care", [
                  "Four weeks with a preceptor RN caring for four post-operative patients a shift: observations, wound care, IV line checks, pain scores and discharge education",
              ], etype="internship"),
            E("First-Year Clinical Placement – Residential Aged Care", "Wattle House Care Community", "Murrindale NSW",
              "2024-10", "2024-11", "facing", "healthcare_care", [], etype="internship"),
        ], sec="other"),
        B("Employment History", [
            E("Assistant in Nursing (AIN)", "Banksia Grove Aged Care", "Tallowood NSW", "2025-03", "present",
              "facing", "healthcare_care", [
                  "Personal care for residents in the high-care wing – showering, toileting, pressure area care and repositioning",
                  "Help residents with meals and fluids and record intake on their charts",
                  "Report changes in skin integrity, mood or behaviour to the RN in charge",
              ], note="Casual, 2–3 shifts per fortnight"),
            E("Checkout Operator", "FreshWay Supermarkets", "Tallowood NSW", "2021-11", "2025-02", "facing", "in_person_service", [
                "Registers and self-serve supervision, including ID checks and sorting out the unexpected item in the bagging area",
                "Trained new starters on the registers",
            ]),
            E("Night Fill Team Member", "FreshWay Supermarkets", "Tallowood NSW", "2020-06", "2021-10", "affecting", None, [
                "Unloaded pallets and filled grocery aisles from 10 pm to 2 am after close",
            ]),
        ]),
        B("Volunteering", [
            E("Breakfast Van Volunteer", "Tallowood Community Pantry", None, "2022-01", "2023-12", "facing", "volunteering", [
                "Cooked and served breakfast from the van on Sunday mornings and sat with guests who wanted a chat",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
        B("Certifications", [
            ("b", "Provide First Aid (HLTAID011) – current"),
            ("b", "Working With Children Check – current"),
            ("b", "NDIS Worker Screening Check"),
        ]),
        B("Referees", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w009 US, HTML
RESUMES.append(dict(
    id="w009", ext="html", renderer="html", layout="simple", hdr="title_org",
    family="US psychology graduate (2026), saved HTML résumé, RA, phonathon and writing-center jobs, research for credit",
    ds=dict(fmt="mon.", sep=" – ", present="Present"),
    html=dict(css="body{font-family:Georgia,serif;max-width:760px;margin:30px auto;color:#222}"
                  "h1{margin-bottom:0}h2{border-bottom:1px solid #888;font-size:1.05em;text-transform:uppercase;letter-spacing:.06em}"
                  "h3{margin:10px 0 0;font-size:1em}.when{float:right;font-weight:normal;font-style:italic}"
                  ".sub{margin:0;font-style:italic}.note{margin:0;color:#555;font-size:.9em}ul{margin-top:4px}"),
    name="Theo Marchetti",
    contact=["Millbrook, VT 05741", "(802) 555-0172", "theo.marchetti@mailbox.com"],
    blocks=[
        B("Education", [
            ("h", "Hollis & Crane College, Millbrook, VT", "May 2026"),
            ("i", "B.A. Psychology, minor in Education Studies. GPA 3.71. Psi Chi."),
            ("kv", "Senior thesis", "Does testing protect memories from later interference? (advisor: Dr. Renata Okafor)"),
        ]),
        B("Campus Employment", [
            E("Resident Assistant", "Office of Residential Life, Hollis & Crane College", "Millbrook, VT", "2024-08", "2026-05",
              "facing", "other_facing", [
                  "Lived on, and looked after, a floor of 38 first-year students in Keane Hall.",
                  "I held monthly one-on-one check-ins, mediated roommate agreements and ran two community programs a month.",
                  "I also shared the building's on-call rotation: lockouts, noise complaints and, a few times, real emergencies handled alongside Campus Safety.",
              ], prose=True),
            E("Writing Center Peer Tutor", "Hollis & Crane Writing Center", None, "2023-09", "2024-05", "facing", "education", [
                "45-minute one-on-one sessions with writers at every stage of a paper, from blank page to final citations; covered the online slots for students studying abroad",
            ], dt="Fall 2023 – Spring 2024"),
            E("Phonathon Caller", "Hollis & Crane Annual Fund", None, "2022-09", "2023-05", "facing", "contact_center", [
                "Called alumni and parents four evenings a week to update their contact details and ask for a gift to the Annual Fund",
                "Top caller for new donors in the spring ($6,200 from 47 first-time donors)",
            ], dt="Sept. 2022 – May 2023 academic year"),
            E("Dish Room Attendant", "Hollis & Crane Dining Services", None, "2022-09", "2022-12", "affecting", None, [
                "First job on campus: ran the dish machine and the pot sink for the Commons dinner shift",
            ], dt="Fall 2022"),
        ]),
        B("Research Experience", [
            E("Research Assistant", "Cognition & Memory Lab (PI: Dr. Renata Okafor)", None, "2025-01", "2026-05", "none", None, [
                "Coded eye-tracking recordings and checked inter-rater reliability with a second coder",
                "Cleaned and merged session data in R; wrote the lab's how-to for the new tracker export",
                "Poster at the college's spring symposium on retrieval-induced forgetting",
            ], etype="unknown", note="For course credit (PSYC 398), about 10 hrs/week"),
        ], sec="other"),
        B("Other Work", [
            E("Barista", "Grindhouse Coffee Co.", "Millbrook, VT", "2026-06", "present", "facing", "in_person_service", []),
        ]),
        B("Activities", [
            ("b", "Hollis & Crane Ultimate (club team), four seasons"),
            ("b", "Big Siblings mentoring program, 2023 – 2025"),
        ]),
        B("Skills", [("kv", "Research", "R (tidyverse), SPSS, Qualtrics, PsychoPy, Tobii Pro Lab"),
                     ("kv", "Other", "Mental Health First Aid certified; conversational Italian")]),
    ]))

# ---------------------------------------------------------------- w010 UK, fpdf2 two-page academic CV
RESUMES.append(dict(
    id="w010", ext="pdf", renderer="fpdf2", layout="twopage", hdr="title_comma_org", font="serif", size=9.5,
    family="UK chemistry PhD candidate, fpdf2 two-page academic CV with page footer, teaching, outreach, year in industry",
    ds=dict(fmt="mon", sep=" – ", present="present"), footer="Priyanka Lal-Whitmore · Curriculum Vitae · page {n} of {N}",
    accent_rgb=(90, 20, 40),
    name="Priyanka Lal-Whitmore", tagline="Curriculum Vitae",
    contact_lines=["School of Chemistry, University of Marlcaster, Marlcaster MC2 9PL",
                   "p.lal-whitmore@mailbox.ac.uk · 07700 900388 · ORCID 0000-0002-5550-1193"],
    contact=["p.lal-whitmore@mailbox.ac.uk"],
    blocks=[
        B("Education", [
            ("h", "PhD Chemistry, University of Marlcaster", "Oct 2023 – present"),
            ("i", "Thesis: Defect engineering in zirconium metal–organic frameworks for humid CO2 capture. Supervisor: Prof. Alan Druce"),
            ("h", "MChem Chemistry with Industrial Experience, University of Marlcaster", "2018 – 2023"),
            ("i", "First Class Honours. Master's project: Post-synthetic modification of UiO-66 (78%)"),
        ]),
        B("Research Experience", [
            E("Summer Research Student", "Kelvin-Hart Materials Institute", "Orlbury", "2022-06", "2022-09", "none", None, [
                "Ten-week funded project synthesising Zr-based MOFs for CO2 capture, characterised by PXRD and BET",
                "Wrote the results up as an internal report that later became part of Lal-Whitmore et al. (2024)",
            ], etype="internship"),
            E("Industrial Placement Chemist", "Orridge Coatings Ltd", "Wrexford", "2021-07", "2022-06", "affecting", None, [
                "Quality-control testing of architectural paint batches (viscosity, opacity, gloss, colour match) before release",
                "Analysed retained samples when a customer complaint came in and wrote up the technical findings for the account manager",
                "Validated a quicker drying-time method that cut QC hold time by a day",
            ], etype="internship", note="MChem year in industry"),
        ], sec="other"),
        B("Teaching Experience", [
            E("Graduate Teaching Assistant", "School of Chemistry, University of Marlcaster", None, "2023-10", "present",
              "facing", "education", [
                  "Demonstrate in the first-year inorganic and physical laboratories, about six hours a week in term",
                  "Mark lab reports with written feedback; run the second-year spectroscopy problem-solving workshops",
                  "Completed the university's Introduction to Teaching in Higher Education course",
              ]),
        ], sec="other"),
        B("Publications", [
            ("b", "Lal-Whitmore, P.; Hesketh, R.; Druce, A. Missing-linker defects and water stability in UiO-66 analogues. Dalton Forum 2024, 53, 1120–1131."),
            ("b", "Hesketh, R.; Lal-Whitmore, P.; Ng, K. Y.; Druce, A. Humid CO2 breakthrough in defect-rich Zr MOFs. Materials Letters Europe 2025, 12, 44–52."),
        ]),
        B("Conference Presentations", [
            ("b", "Poster – Northern Inorganic Chemistry Meeting, Marlcaster, June 2024"),
            ("b", "Talk – Porous Materials Early Career Symposium, Orlbury, September 2025 (best talk prize)"),
        ]),
        B("Outreach and Engagement", [
            E("Outreach Ambassador (casual)", "Widening Participation Office, University of Marlcaster", None, "2023-01", "present",
              "facing", "education", [
                  "Run 'kitchen chemistry' demonstrations for Year 9–10 pupils visiting campus and at two school science fairs a year",
                  "Answer pupils' and parents' questions about applying to university during the summer school",
              ], prec="year"),
        ], sec="other", pagebreak=False),
        B("Other Employment", [
            E("Bar Staff", "The Kestrel Arms", "Marlcaster", "2018-01", "2020-12", "facing", "in_person_service", [], prec="year"),
        ]),
        B("Awards and Funding", [
            ("b", "Doctoral Training Partnership studentship, fully funded (2023–2027)"),
            ("b", "Departmental prize for best MChem industrial placement report (2022)"),
            ("b", "Society travel bursary to attend the Porous Materials Symposium (2025)"),
        ]),
        B("Technical Skills", [
            ("b", "PXRD, gas sorption (BET, isotherm fitting), TGA, solution and solid-state NMR, glovebox and Schlenk techniques"),
            ("b", "Python (pandas, lmfit), Origin, TOPAS (Rietveld, basic)"),
        ]),
        B("Referees", [
            ("b", "Prof. Alan Druce, School of Chemistry, University of Marlcaster – a.druce@mailbox.ac.uk"),
            ("b", "Dr Helen Ruddock, Technical Manager, Orridge Coatings Ltd – h.ruddock@mailbox.co.uk"),
        ]),
    ]))

# ---------------------------------------------------------------- w011 India, docx contact in header
RESUMES.append(dict(
    id="w011", ext="docx", renderer="docx", layout="header", hdr="title_org", font="Cambria", size=10.5,
    family="Indian MBA graduate (2026) with a PPO, Word contact in page header, BPO voice process before the MBA",
    ds=dict(fmt="mon", sep=" – ", present="Present"),
    name="Ananya Raghunathan",
    contact=["Velanagar, Tamil Nadu", "+91 94440 55213", "ananya.r@mailbox.in"],
    blocks=[
        B("Education", [
            ("h", "MBA (Marketing & Analytics), Institute of Management Studies, Velanagar", "2024 – 2026"),
            ("i", "CGPA 3.42/4.00"),
            ("h", "B.Com (Computer Applications), Sri Meenakshi College for Women, Velanagar", "2019 – 2022"),
            ("i", "First class with distinction, 86.3%"),
        ]),
        B("Work Experience", [
            E("Management Trainee – Sales", "Kaveri Consumer Products Ltd.", "Velanagar", "2026-06", "present",
              "facing", "sales_account", [
                  "Handling 3 distributors and around 280 retail outlets in Velanagar South territory along with 4 sales officers",
                  "Daily market visits – checking stock, visibility and schemes at outlets and collecting orders from key retailers",
                  "Weekly secondary-sales MIS to the Area Sales Manager",
              ], note="Pre-placement offer from summer internship"),
            E("Summer Intern – Marketing", "Kaveri Consumer Products Ltd.", "Velanagar", "2025-04", "2025-06",
              "facing", "sales_account", [
                  "Project: Retailer perception of Kaveri ready-to-cook range vs. competition – structured survey of 62 retailers",
                  "Pitched the new millet dosa mix to 40 kirana stores in two weeks; 18 placed trial orders",
                  "Presented findings and a revised trade scheme to the regional marketing head; scheme piloted in Q3",
              ], etype="internship"),
            E("Process Associate – Voice (US Healthcare)", "Telvia Global Services Pvt. Ltd.", "Velanagar", "2022-07", "2024-05",
              "facing", "contact_center", [
                  "Handled 70–80 inbound calls a shift from US health-plan members on claim status, deductibles and ID cards (night shift)",
                  "Maintained 92% QA score with AHT within target; Star of the Month twice",
              ]),
        ]),
        B("Positions of Responsibility", [
            E("Student Coordinator – Placement Committee", "IMS Velanagar", None, "2024-08", "2026-03", "facing", "other_facing", [
                "Point of contact for 12 recruiting companies – scheduling, shortlists and hosting HR teams on campus on interview days",
            ], etype="volunteer"),
        ], sec="other"),
        B("Volunteering", [
            E("Volunteer – Logistics Team", "Velanagar Literature Festival", None, "2023-01", "2023-01", "affecting", None, [
                "Packed 1,200 delegate kits and kept the hall-wise session schedule and volunteer roster updated over three days",
            ], etype="volunteer"),
        ], sec="volunteer"),
        B("Academic Projects", [
            ("b", "Live project, Sunbird Hotels (Oct–Dec 2024): analysed 3,000 online reviews and proposed a monsoon-season social campaign"),
            ("b", "Capstone: price elasticity of private-label staples using store scanner data"),
        ]),
        B("Skills & Certifications", [
            ("kv", "Tools", "Excel, Power BI, SPSS, Canva"),
            ("kv", "Certifications", "Google Analytics (2025); Digital Marketing Foundations"),
            ("kv", "Languages", "English, Tamil, Hindi"),
        ]),
    ]))

# ---------------------------------------------------------------- w012 Canada, plain text
W012_HDR = lambda e: [(" | ".join(x for x in (e.title, e.org, e.loc) if x), None, "B"), (e.dates, None, "")]
RESUMES.append(dict(
    id="w012", ext="txt", renderer="txt", layout="plain", hdr=W012_HDR, hdr_code="pipe/dateline",
    family="Canadian first-year college student as plain text, fast food, grocery clerk, day camp, residence front desk",
    ds=dict(fmt="month", sep=" to ", present="Present"),
    bullet="-", txt=dict(head="caps_rule", width=72, indent=""),
    name="Brianna Kowalczyk",
    contact=["Glenmoor, AB  |  587-555-0126  |  bri.kowalczyk@mailbox.ca"],
    blocks=[
        B("Education", [
            ("h", "Glenmoor College - Business Administration Diploma (year 1 of 2)", "September 2025 to Present"),
            ("h", "Sprucewood Composite High School - Alberta High School Diploma", "June 2025"),
        ]),
        B("Work Experience", [
            E("Front Desk Assistant", "Glenmoor College Residence Services", "Glenmoor, AB", "2025-09", "present",
              "facing", "in_person_service", [
                  "Evening desk shifts: check-ins, temporary key cards for lockouts, parcel pick-up",
                  "Call security or the on-call RA when something needs more than the desk",
              ]),
            E("Day Camp Leader", "Town of Sprucewood - Community Recreation", "Sprucewood, AB", "2024-07", "2024-08",
              "facing", "education", [
                  "Planned and led games, crafts and swim days for a group of 12 kids aged 6 to 8",
                  "Signed kids in and out with parents every day and kept the allergy binder up to date",
              ], dt="July to August 2024"),
            E("Grocery Clerk", "Sprucewood Co-op Food Centre", "Sprucewood, AB", "2023-07", "2024-08", "facing", "in_person_service", [
                "Stocked and faced shelves, built end-cap displays, rotated dairy",
                "Helped customers find things and did carry-outs for seniors on Tuesdays",
            ]),
            E("Crew Member", "Burger Barn #4412", "Sprucewood, AB", "2021-09", "2023-06", "facing", "in_person_service", [
                "Front counter and drive-thru headset on weekends",
                "Filled in on fries and the grill when the kitchen was short",
            ]),
        ]),
        B("Volunteer", [
            E("Scorekeeper / Timekeeper", "Sprucewood Minor Hockey Association", None, "2019-01", "2023-12", "none", None, [
                "Ran the clock and the game sheet from the box for U9 to U13 games",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
        B("Certificates", [
            ("b", "Standard First Aid with CPR Level C (2024)"),
            ("b", "Food Handler Certificate (2022)"),
        ]),
        B("Skills", [
            ("b", "Cash handling, POS, Microsoft Excel and Word"),
            ("b", "Polish (conversational)"),
        ]),
    ]))

# ---------------------------------------------------------------- w013 US, reportlab two-column header
W013_HDR = lambda e: [(e.org or "", e.loc, "B"), (e.title, e.dates, "I")]
RESUMES.append(dict(
    id="w013", ext="pdf", renderer="reportlab", layout="twocol", hdr=W013_HDR, hdr_code="org_title", page="letter",
    font="times", size=10.5, rl_head="rule", accent=(0, 0, 0),
    family="US industrial engineering graduate (2025), reportlab two-column header, analyst job, consulting and plant internships",
    ds=dict(fmt="mon", sep=" – ", present="Present"),
    name="Kevin Osei-Ampofo", tagline="B.S. Industrial Engineering, 2025",
    contact=["Halsey, GA 30188", "(470) 555-0133", "kevin.oseiampofo@mailbox.com", "linkedin.com/in/kosei-ampofo"],
    blocks=[
        B("Education", [
            ("h", "Ridgecrest Institute of Technology", "Ridgecrest, GA"),
            ("h", "Bachelor of Science in Industrial Engineering; minor in Economics", "May 2025"),
            ("i", "GPA 3.44. Senior design: re-slotting a distribution center pick face (sponsor: Brannock Freight Solutions)"),
        ]),
        B("Experience", [
            E("Operations Analyst", "Brannock Freight Solutions", "Halsey, GA", "2025-07", "present", "facing", "sales_account", [
                "Own the weekly on-time-in-full scorecard for 140 shipper accounts; automated the pull from the TMS in Python, saving ~6 hrs a week",
                "Built a lane-level volume forecast used for carrier capacity planning (MAPE 9%)",
                "Join the monthly business reviews with our two largest shipper accounts to walk their logistics teams through the scorecard and answer questions on late loads",
            ]),
            E("Consulting Intern", "Palisade Row Advisory", "Peachmoor, GA", "2024-06", "2024-08", "facing", "other_facing", [
                "Spent 8 weeks on site at a regional hospital client mapping the outpatient pharmacy refill process",
                "Interviewed 14 pharmacists and technicians, timed 300+ refills and built the current-state value stream map",
                "Presented the future-state recommendations to the client's COO and pharmacy director with my manager",
            ], etype="internship"),
            E("Manufacturing Engineering Intern", "Tolliver Cabinetry", "Dalton Springs, GA", "2023-05", "2023-08", "none", None, [
                "Ran time studies on the door assembly cell and rebalanced it from five operators to four without losing throughput",
                "Drew the new cell layout in AutoCAD and wrote the standard work sheets",
            ], etype="internship"),
            E("Campus Tour Guide", "Ridgecrest Tech Office of Undergraduate Admissions", "Ridgecrest, GA", "2022-01", "2025-05",
              "facing", "other_facing", [
                  "Gave 150+ walking tours to prospective students and families, walking backwards, in Georgia summer heat",
                  "Sat on student panels at admitted-student days",
              ]),
        ]),
        B("Leadership", [
            E("President", "Society of Industrial & Systems Engineering Students – Ridgecrest Chapter", "Ridgecrest, GA",
              "2023-08", "2024-05", "none", None, [
                  "Grew membership from 35 to 80; booked industry speakers and organized three plant tours",
                  "Managed a $4,000 budget from student government",
              ], etype="volunteer"),
        ], sec="other"),
        B("Projects & Competitions", [
            ("h", "Regional Supply Chain Case Competition – finalist", "Mar 2024"),
            ("h", "Peach State Night Hackathon – built a dock-door scheduling tool (Streamlit, OR-Tools)", "Oct 2023"),
        ]),
        B("Skills", [
            ("kv", "Analytics", "Python (pandas, OR-Tools), SQL, Power BI, Excel/VBA, Minitab"),
            ("kv", "Methods", "Lean Six Sigma Green Belt, simulation (Simio), time study, VSM"),
        ]),
    ]))

# ---------------------------------------------------------------- w014 Singapore, Markdown
W014_HDR = lambda e: [(" | ".join(x for x in (e.title, e.org) if x), e.dates, "B")]
RESUMES.append(dict(
    id="w014", ext="md", renderer="md", layout="md", hdr=W014_HDR, hdr_code="pipe",
    family="Singapore hospitality diploma graduate now at university, Markdown bold lines with title and employer split by a pipe, hotel internship, event crew, befriender",
    ds=dict(fmt="mon", sep=" - ", present="Present"),
    md=dict(h="##", entry="bold", pipe_dates=True), bullet="-",
    name="Nur Aisyah binte Rahmat",
    contact=["+65 8765 2210", "aisyah.rahmat@mailbox.sg", "Singapore"],
    blocks=[
        B("Education", [
            ("h", "Bachelor of Hospitality Business (part-time), Straits Metropolitan University", "2025 - Present"),
            ("h", "Diploma in Hotel & Hospitality Management, Tanjong Selasih Polytechnic", "2021 - 2024"),
            ("i", "Diploma with Merit; Director's List AY2022/23"),
        ]),
        B("Work Experience", [
            E("Banquet Server (part-time)", "Emerald Bay Convention Centre", None, "2025-01", "present", "facing",
              "in_person_service", ["Weddings and corporate dinners, 2 to 3 shifts a week while studying"]),
            E("Guest Service Officer Intern", "Hotel Amaryllis Marina", None, "2023-03", "2023-08", "facing",
              "in_person_service", [
                  "Front desk check-in and check-out for a 320-room hotel, up to 90 arrivals on peak days",
                  "Handled guest requests and complaints at the desk and on the phone, logged them in Opera",
                  "Shadowed the night auditor for two weeks",
              ], etype="internship"),
            E("Part-time Service Crew", "Kaya Toast House (Selasih Point outlet)", None, "2021-06", "2024-05", "facing",
              "in_person_service", [
                  "Took orders at the counter, made kopi and teh and served food during the breakfast rush",
                  "Opened the shop on weekends together with the supervisor",
              ]),
            E("Event Crew (ad hoc)", "Stagehand Events Pte Ltd", None, "2022-01", "2024-12", "facing", "other_facing", [
                "Ushering, bag checks and registration counters at concerts, conferences and a marathon expo",
                "Paid per event, roughly 2-3 events a month",
            ], prec="year", etype="freelance"),
        ]),
        B("Co-Curricular Activities", [
            E("Secretary", "TSP Malay Cultural Society", None, "2022-04", "2023-03", "none", None, [
                "Minutes, room bookings and the society's Instagram; helped run the Hari Raya celebration for 300 students",
            ], etype="volunteer"),
        ], sec="other"),
        B("Community Involvement", [
            E("Befriender", "Kampong Senja Senior Activity Centre", None, "2022-01", "present", "facing", "volunteering", [
                "Weekly visits to seniors living alone: chit-chat, bingo afternoons, and accompanying aunties to polyclinic appointments",
            ], prec="year", etype="volunteer", dt="2022 - ongoing"),
        ], sec="volunteer"),
        B("Skills", [
            ("b", "Opera PMS, Micros POS, Microsoft Office"),
            ("b", "English, Malay, basic Mandarin"),
            ("b", "WSQ Food Safety Course Level 1"),
        ]),
    ]))

# ---------------------------------------------------------------- w015 Nigeria, docx heading styles
RESUMES.append(dict(
    id="w015", ext="docx", renderer="docx", layout="styles", hdr="title_org", docx_head="h1", font="Times New Roman",
    size=11, docx_title=True,
    family="Nigerian computer science final-year student, Word heading styles, SIWES IT support, freelance web work, fintech campus ambassador",
    ds=dict(fmt="month", sep=" – ", present="Date"),
    name="Temitope Alabi",
    contact=["Block C, Room 14, Abiola Hall, IUT, Oke-Arin, Ondo State", "0706 555 8841", "temitope.alabi@mailbox.ng"],
    blocks=[
        B("Education", [
            ("h", "Ilesanmi University of Technology, Oke-Arin", "2021 – in view"),
            "B.Tech. Computer Science – CGPA 4.21/5.00 (expected graduation December 2026)",
            ("h", "Divine Favour College, Oke-Arin", "2015 – 2021"),
            "WASSCE and NECO – 8 credits including Mathematics and English",
        ]),
        B("Industrial Training (SIWES)", [
            E("SIWES Intern – IT Support", "Crestwave Microfinance Bank Ltd", "Oke-Arin, Ondo State", "2025-01", "2025-06",
              "facing", "internal_support", [
                  "Attended to staff IT complaints at the head office and 4 branches: printers, Outlook, network drops and core-banking password resets",
                  "Set up 23 new desktops for the Idi-Ogba branch opening",
                  "Kept the helpdesk log and wrote the weekly report for the IT officer",
              ], etype="internship"),
        ]),
        B("Work Experience", [
            E("Web Developer (Freelance)", "Self-employed", "Oke-Arin", "2023-01", "present", "facing", "entrepreneurial_freelance", [
                "Built and maintain websites for 5 small businesses in Oke-Arin (a pharmacy, two schools, a caterer and an event hall)",
                "Meet owners in person to gather requirements, show drafts and train their staff to update content",
            ], prec="year", etype="freelance"),
            E("Campus Ambassador", "Kudipal", None, "2023-09", "2024-08", "facing", "sales_account", [
                "Onboarded 400+ students onto the Kudipal app at stands during registration week and hostel drives",
                "Ran referral challenges across 6 hostels; top ambassador in the South-West zone for Q1 2024",
            ]),
            E("Lesson Teacher (Mathematics, part-time)", "Brainfield Tutorial Centre", "Oke-Arin", "2022-01", "2024-12",
              "facing", "education", ["Taught JAMB and post-UTME Mathematics to classes of 30–50 on Saturdays"], prec="year"),
        ]),
        B("Leadership", [
            E("General Secretary", "Association of Computing Students (ACS), IUT Chapter", None, "2024-10", "2025-09", "none", None, [
                "Kept minutes, handled correspondence with the department and organised the 2025 departmental tech week",
            ], etype="volunteer"),
        ], sec="other"),
        B("Projects and Hackathons", [
            ("b", "Hostel maintenance request app (Flutter + Firebase) – final-year project, supervised by Dr. O. Fashola"),
            ("b", "3rd place, Ondo Tech Hub Hackathon 2024 – bus-fare splitting USSD prototype"),
        ]),
        B("Skills", [
            ("b", "HTML, CSS, JavaScript, React, PHP/Laravel, MySQL, WordPress"),
            ("b", "Hardware troubleshooting, Windows Server basics, networking (CCNA coursework)"),
        ]),
        B("Referees", ["Available on request"]),
    ]))
