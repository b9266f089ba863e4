"""wild21 résumés w001-w015.  One dict per résumé; `blocks` hold the body, ('jobs', [E...])
blocks make the gold entries in file order."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    id="w001", ext="pdf", renderer="rl", layout="plain", order="title_org", page="letter",
    family="US medical biller who has tended bar at the same taphouse on weekends for seven years "
           "(barback first), reportlab single column, title line with right-aligned dates",
    ds=dict(style="mon", present="Present", dash=" – "), font="helv", accent=(30, 60, 110),
    name="Danielle Kowalczyk",
    contact=["Quarry Bend, OK 74099", "(918) 555-0147", "dani.kowalczyk@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "Medical biller by day and bartender on weekends for the last seven years. I like the "
              "certainty of a clean claim and the noise of a full bar about equally. Looking for a "
              "patient-accounts or billing team lead role where both halves of that are useful."),
        ("h", "Experience"),
        ("jobs", [
            E("Medical Billing Specialist", "Crestline Orthopedic Group", "Quarry Bend, OK",
              "2021-03..present", "affecting", None, [
                  "Submit 180-220 professional claims a day through the clearinghouse portal and clear the edits the same afternoon",
                  "Work the denial queue for workers' comp and auto claims; fix modifier and diagnosis pairing before resubmitting",
                  "Post ERA and paper EOB payments and reconcile the daily deposit",
                  "Brought the 90+ day A/R bucket down from 31% to 17% in my first year"]),
            E("Bartender (Fri/Sat nights)", "The Rusty Spoke Taphouse", "Ashby Falls, OK",
              "2019-05..present", "facing", "in_person_service", [
                  "Run the main well on our two busiest nights, often 150+ covers",
                  "Know the 24 taps well enough to talk regulars into something new",
                  "Card anyone who looks under 35 and cut people off politely when it's time",
                  "Cash out and tip-out for the closing crew"]),
            E("Barback", "The Rusty Spoke Taphouse", "Ashby Falls, OK", "2018-09..2019-04",
              "affecting", None, [
                  "Kept ice, glassware, garnish and bottled beer stocked for three bartenders",
                  "Changed kegs and helped the bar manager clean lines every other Monday"]),
            E("Billing Clerk", "Sandmark Physical Therapy", "Ashby Falls, OK", "2018-01..2021-02",
              "facing", "in_person_service", [
                  "Entered charges from the therapists' daily sheets and sent claims out every afternoon",
                  "Covered the front window over lunch - checked patients in and took copays",
                  "Called insurance companies on anything unpaid after 45 days"]),
            E("Cashier", "Cimarron Fuel & Deli", "Ashby Falls, OK", "2016-06..2017-12",
              "facing", "in_person_service", []),
        ]),
        ("h", "Education"),
        ("edu", [("A.A.S., Health Information Technology", "2020",
                  "Cimarron Valley Community College, Quarry Bend, OK")]),
        ("h", "Certifications"),
        ("lines", ["Certified Professional Coder (CPC), 2021", "State alcohol server permit, current"]),
        ("h", "Skills"),
        ("p", "EHR billing modules · clearinghouse portals · ICD-10-CM / CPT / HCPCS · denial management · "
              "Excel (pivots, XLOOKUP) · bar POS · cash handling"),
    ],
))

# ------------------------------------------------------------------ w002
R.append(dict(
    id="w002", ext="docx", renderer="docx", layout="styles", order="title_org", page="a4",
    family="UK staff nurse on a fixed-term contract with bank shifts at a second trust, agency work "
           "before it and bank HCA shifts during the degree, Word heading styles, list bullets, right tab-stop dates",
    ds=dict(style="month", present="Present", dash=" – "), font="Calibri", hstyle="styles",
    name="Abena Osei-Mensah",
    contact=["Kettleborough, West Riding", "07700 900418", "abena.om@mailbox.co.uk", "NMC PIN 23A1187E"],
    blocks=[
        ("h", "Personal Profile"),
        ("p", "Adult nurse, registered in 2023, currently on a 12-month fixed-term contract on AMU and picking "
              "up bank shifts most months. Comfortable with acutely unwell patients, confident with IV therapy "
              "and NEWS2 escalation, and happiest when a discharge is planned properly with the family in the room."),
        ("h", "Employment History"),
        ("jobs", [
            E("Staff Nurse (Band 5)", "Kettleborough General Hospital", "Kettleborough",
              "2023-09..present", "facing", "healthcare_care", [
                  "Care for up to eight patients a shift on a 36-bed assessment unit, many admitted straight from ED",
                  "Admission assessments, falls and pressure-area risk scores, NEWS2 observations and escalation to the medical team",
                  "Give IV antibiotics and fluids; PICC line and cannula care",
                  "Plan discharges with patients and their families, including teaching on new medicines and arranging district nurse follow-up",
                  "Help supervise first-year student nurses on placement"],
              note="Acute Medical Unit · fixed-term contract, 37.5 hours"),
            E("Bank Staff Nurse", "Northvale Healthcare NHS Trust – Staff Bank", "Northvale",
              "2024-02..present", "facing", "healthcare_care", [
                  "Two to four long days a month across surgical, frailty and orthopaedic wards",
                  "Take handover on wards I don't know and get up to speed quickly with their patients and routines"]),
            E("Agency Nurse", "MediRota Staffing Ltd", "Kettleborough", "2023-01..2023-08",
              "facing", "healthcare_care", [
                  "Shifts in nursing homes and a community hospital while I waited for a substantive post",
                  "Medication rounds for up to 30 residents, wound care and liaising with GP surgeries"]),
            E("Healthcare Assistant (Bank)", "Kettleborough General Hospital", "Kettleborough",
              "2019-10..2022-12", "facing", "healthcare_care", [
                  "Personal care, observations, bloods and ECGs, fitted around my degree timetable",
                  "Mostly elderly care - I became a regular on Ward 12"]),
            E("Kitchen Assistant (Saturdays)", "The Old Mill Tearooms", "Braxby", "2016-06..2019-08",
              "affecting", None, []),
        ]),
        ("h", "Education"),
        ("edu", [("BSc (Hons) Adult Nursing, 2:1", "2019 – 2022",
                  "University of Kettleborough – placements on respiratory, community nursing, theatres and a hospice"),
                 ("A levels: Biology (B), Psychology (B), Sociology (C)", "2018", "Braxby Sixth Form College")]),
        ("h", "Registration and Training"),
        ("list", ["NMC registered (PIN above)", "Immediate Life Support, 2025",
                  "IV therapy and cannulation competencies signed off, 2024", "Preceptorship programme completed, 2024"]),
        ("h", "References"),
        ("p", "Available on request."),
    ],
))

# ------------------------------------------------------------------ w003
R.append(dict(
    id="w003", ext="txt", renderer="txt", layout="caps", order="dateline", orgsep=" – ",
    family="Philippine college student whose fast-food crew job and online ESL tutoring overlapped (about "
           "a year of customer contact), now a part-time data annotator, plain text with caps headings",
    ds=dict(style="month", present="Present", dash=" – "), hstyle="caps", bullet="•", hblank=True,
    name="Kristine Joy M. Bautista",
    contact=[],
    top=["KRISTINE JOY M. BAUTISTA",
         "Blk 7 Lot 12 Phase 2, Villa Consuelo Subd., Brgy. San Isidro, Sta. Veronica, Cavite",
         "Mobile: 0917 555 0142  |  Email: kjbautista@mailbox.ph"],
    blocks=[
        ("h", "Objective"),
        ("p", "To be part of a company where I can use my communication skills and patience with people, "
              "preferably as a customer service representative, while finishing my last year in college."),
        ("h", "Personal Information"),
        ("kv", [("Age", "21"), ("Civil Status", "Single"), ("Citizenship", "Filipino"),
                ("Languages", "Filipino, English")]),
        ("h", "Work Experience"),
        ("jobs", [
            E("Data Annotator (Part-time, WFH)", "Lumen Labelworks Inc.", None, "2026-01..present",
              "none", None, [
                  "Draw bounding boxes and tag objects in street-scene images for a foreign client's AI project",
                  "Transcribe and time-stamp short Tagalog and English audio clips",
                  "Keep accuracy above 97% in the weekly QA audit"]),
            E("Online ESL Tutor", "TalkBridge Online Academy", None, "2025-09..2026-02",
              "facing", "education", [
                  "Taught 25-minute one-on-one English lessons to Japanese and Korean students, mostly adults and kids aged 8-12",
                  "Followed the academy textbook but adjusted the pace and topics to each student",
                  "Around 30 lessons a week, evenings after class"], etype="freelance"),
            E("Service Crew", "Bida Burger", "Sta. Veronica Town Center Branch", "2025-04..2025-10",
              "facing", "in_person_service", [
                  "Took orders at the counter and drive-thru, handled cash and e-wallet payments",
                  "Helped at the fries station during lunch rush",
                  "Kept the dining area clean and restocked condiments"]),
            E("Student Assistant", "Colegio de Sta. Veronica Library", None, "2024-08..2025-05",
              "affecting", None, [
                  "Encoded new books into the library system and printed spine labels",
                  "Shelved returned books and did the monthly shelf reading"],
              section="other", note="Student Assistantship Program (tuition discount)"),
        ]),
        ("h", "Educational Attainment"),
        ("lines", ["Tertiary:   Bachelor of Science in Business Administration, Major in Marketing",
                   "            Colegio de Sta. Veronica, 2023 – Present (4th year)",
                   "Secondary:  Sta. Veronica National High School (Senior High, ABM strand), 2021 – 2023"]),
        ("h", "Skills"),
        ("list", ["Typing speed 55 wpm", "MS Word, Excel, Google Sheets", "Canva", "Good English communication"]),
        ("h", "Character References"),
        ("lines", ["Ms. Lorna P. Castillo – Store Manager, Bida Burger – 0918 555 0190",
                   "Mr. Ramon D. Aquino – Head Librarian, Colegio de Sta. Veronica – 0917 555 0133"]),
    ],
))

# ------------------------------------------------------------------ w004
R.append(dict(
    id="w004", ext="pdf", renderer="fpdf", layout="plain", order="title_org", page="letter",
    family="Canadian geotechnical technologist with an evening tutoring job and a pandemic delivery gig "
           "(contactless only), fpdf2 left-aligned header, title then employer line, right-aligned dates",
    ds=dict(style="m/yyyy", present="Present", dash=" – "), font="dejavu", accent=(0, 90, 60),
    hstyle="caps_rule", size=9.5, bullet="–",
    name="Harpreet Sandhu", headline="Civil Engineering Technologist (C.E.T. candidate)",
    contact=["Millbrook Falls, ON", "905-555-0176", "harpreet.sandhu@mailbox.ca", "linkedin.com/in/hsandhu-cet"],
    blocks=[
        ("h", "Profile"),
        ("p", "Seven years in a soils and materials lab and on construction sites, plus five years teaching "
              "math and science to teenagers in the evenings. Careful with data, patient with people, and "
              "comfortable explaining technical results in plain words."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Geotechnical Technologist", "Halden Geotechnical Ltd.", "Millbrook Falls, ON",
              "2019-05..present", "affecting", None, [
                  "Run Proctor, sieve, hydrometer and Atterberg limit tests in a CCIL-certified soils lab",
                  "Nuclear densometer testing on subdivision and road-base jobs; log results in the field app",
                  "Write up daily field reports for the project engineer to review and sign",
                  "Calibrate and maintain lab equipment and keep the sample store organised"]),
            E("Math & Science Tutor (evenings)", "Bright Path Learning Centre", "Millbrook Falls, ON",
              "2021-09..present", "facing", "education", [
                  "Tuesday and Thursday evenings plus Saturday mornings: small groups of Grade 7-12 students",
                  "Mostly functions, trigonometry and chemistry; a couple of students preparing for first-year calculus",
                  "Write short progress notes for parents each month and meet them when they ask"]),
            E("Delivery Courier (independent contractor)", "SkipCart", "Millbrook Falls, ON",
              "2020-03..2021-06", "affecting", None, [
                  "Evening and weekend restaurant and grocery deliveries in my own car",
                  "Contactless drop-offs only during the pandemic, with a photo at the door for every order",
                  "Kept a 98% on-time rate over roughly 2,300 trips"], etype="freelance"),
            E("Engineering Co-op Student", "Town of Larchmont – Public Works", "Larchmont, ON",
              "2017-05..2017-08", "none", None, [
                  "Inspected culverts and ditches and recorded condition ratings for the asset database",
                  "Helped the survey crew with stakeout for a sidewalk replacement"], etype="internship"),
            E("Day Camp Counsellor", "Millbrook Falls Community Centre", "Millbrook Falls, ON",
              "2016-06..2016-08", "facing", "education", [
                  "Ran activities for a group of twelve 7-9 year olds and did sign-out with parents at pickup"],
              dt="Summer 2016"),
        ]),
        ("h", "Education"),
        ("edu", [("Civil Engineering Technology (Advanced Diploma, Co-op)", "2016 – 2019",
                  "Northshore College, Millbrook Falls, ON")]),
        ("h", "Certifications"),
        ("list", ["CCIL Type 1 Field Concrete Testing", "Nuclear gauge safety and transportation (TDG Class 7)",
                  "WHMIS 2015 · Working at Heights · Standard First Aid"]),
    ],
))

# ------------------------------------------------------------------ w005
R.append(dict(
    id="w005", ext="docx", renderer="docx", layout="tabs", order="org_title", page="a4",
    family="Irish payroll administrator with a maternity leave listed in the history, weekend pharmacy "
           "shifts that ran alongside an accounts job, Word tab-stop dates, employer line first",
    ds=dict(style="mon", present="Present", dash=" - "), font="Cambria", hstyle="rule", accent="7B2C3B",
    dbullet="•", centre=False, size=10.5,
    name="Aoife Gallagher",
    contact=["Knockroe, Kilcarrow, Co. Mayo", "085 555 0193", "aoife.gallagher@mailbox.ie"],
    blocks=[
        ("h", "Profile"),
        ("p", "Payroll administrator with eight years at a 240-person freight company and a background in "
              "small-practice accounts. Known in the office as the person who can explain a payslip. "
              "Looking for a payroll or HR-operations role with a hybrid pattern."),
        ("h", "Career History"),
        ("jobs", [
            E("Payroll Administrator", "Corrib Freight Services Ltd", "Kilcarrow, Co. Mayo",
              "2018-02..present", "facing", "internal_support", [
                  "Weekly and monthly payroll for about 240 drivers, warehouse and office staff, start to finish",
                  "Pay queries from staff by phone, email and at the payroll hatch on Thursday mornings – mostly overtime, shift premiums and emergency tax",
                  "Revenue submissions under PAYE Modernisation and the year-end reconciliation",
                  "New starters and leavers, sick-pay and annual-leave records"]),
            E("Maternity Leave", None, None, "2022-05..2023-01", "none", None, [
                "Returned to the same role at Corrib Freight in February 2023"], etype="unknown"),
            E("Sales Assistant (weekends)", "Quinlan's Pharmacy", "Kilcarrow", "2016-09..2019-12",
              "facing", "in_person_service", [
                  "Saturdays and Sundays on the front counter and the cosmetics stand",
                  "Took in prescriptions and called the pharmacist whenever a customer had a question about a medicine"]),
            E("Accounts Assistant", "Harte & Moloney Chartered Accountants", "Ballyfinn, Co. Mayo",
              "2015-06..2018-01", "affecting", None, [
                  "Kept the books for around 40 small clients – sole traders, farmers and two pubs – from bank statements and shoeboxes of receipts",
                  "Prepared VAT3 returns and draft year-end accounts for the partners to review",
                  "Ran payroll for eight of the smaller clients, which is how I ended up in payroll"]),
            E("Tour Guide (seasonal)", "Kilcarrow Abbey Heritage Centre", "Kilcarrow", "2014-06..2014-08",
              "facing", "other_facing", [
                  "Guided groups of up to 25 around the abbey ruins and visitor centre, four tours a day"],
              dt="Summer 2014"),
        ]),
        ("h", "Education & Training"),
        ("edu", [("Payroll Technician Certificate", "2017", "Evening course, Ballyfinn"),
                 ("BA Accounting & Finance", "2012 - 2015", "Ballyfinn Institute of Technology")]),
        ("h", "Interests"),
        ("p", "Under-12 camogie coach; sea swimming all year round; slowly learning the fiddle."),
        ("h", "Referees"),
        ("p", "Available on request."),
    ],
))

# ------------------------------------------------------------------ w006
R.append(dict(
    id="w006", ext="html", renderer="html", htmlstyle="grid", layout="grid", order="title_org",
    family="Australian uni student juggling casual retail, swim teaching, a kitchen job and a Christmas "
           "warehouse job (about a year of customer contact), HTML one-pager with flex-row dates",
    ds=dict(style="mon", present="Current", dash=" – "),
    css=("body{font-family:'Segoe UI',Arial,sans-serif;max-width:780px;margin:30px auto;color:#222}"
         "h1{margin:0;font-size:28px}h2{border-bottom:2px solid #0a7;font-size:15px;text-transform:uppercase;"
         "letter-spacing:1px;margin-top:22px}.role,.where{display:flex;justify-content:space-between}"
         ".role span:first-child{font-weight:600}.where{color:#555;font-style:italic}.note{color:#777;"
         "font-size:13px;margin:2px 0}.dates{color:#0a7}ul{margin:4px 0 12px 18px}"),
    name="Lachlan Pereira", headline="Exercise Science student · casual retail & swim teaching",
    contact=["Corella Bay QLD 4899", "0491 570 006", "lachie.pereira@mailbox.com.au"],
    blocks=[
        ("h", "About me"),
        ("p", "Second-year Exercise Science student. I've worked since I was 17 and I'm after more hours in "
              "retail or a front-desk role at a gym or physio over the summer break."),
        ("h", "Work experience"),
        ("jobs", [
            E("Retail Assistant (Casual)", "Gumleaf Books & Games", "Corella Bay QLD", "2026-03..present",
              "facing", "in_person_service", [
                  "Serve at the counter, handle lay-bys and special orders",
                  "Help run Friday board-game nights – explaining rules to first-timers is half the job",
                  "Unpack stock and rebuild the front table displays each week"]),
            E("Swim Teacher", "Corella Bay Aquatic Centre", "Corella Bay QLD", "2025-11..2026-04",
              "facing", "education", [
                  "Taught learn-to-swim levels 1–4, classes of four to six kids",
                  "Gave parents a quick progress update after the last lesson of each block"],
              note="Casual, summer season"),
            E("Christmas Casual – Warehouse Picker", "Parcelbird", "Lorikeet Park QLD", "2025-11..2026-01",
              "affecting", None, [
                  "Picked and packed online orders with an RF scanner on 6-hour shifts",
                  "Hit 110% of the pick rate in peak week"]),
            E("Kitchen Hand", "Salt & Ember Café", "Corella Bay QLD", "2025-03..2026-05", "affecting", None, [
                "Dishes, prep (salads, slaw, portioning brisket) and the closing clean-down",
                "Weekend brunch shifts, usually 7am–3pm"]),
        ]),
        ("h", "Education"),
        ("edu", [("Bachelor of Exercise Science", "2025 – current", "Corella Coast University"),
                 ("QCE", "2024", "Corella Bay State High School")]),
        ("h", "Skills & tickets"),
        ("list", ["Working with Children Check (blue card)", "Swim teacher accreditation + CPR / First Aid (HLTAID011)",
                  "RSA", "Square POS, Shopify POS"]),
        ("h", "Availability"),
        ("p", "Mon & Wed after 2pm, Fri all day, weekends. Full-time over Dec–Feb."),
    ],
))

# ------------------------------------------------------------------ w007
R.append(dict(
    id="w007", ext="pdf", renderer="rl", layout="sidebar", order="title_org", page="a4",
    family="Kenyan registered nurse on contract with weekend locum shifts, internship and community "
           "health volunteering that overlapped, reportlab shaded left sidebar, 'Month YYYY – To date'",
    ds=dict(style="month", present="To date", dash=" – "), font="helv", accent=(120, 20, 60),
    hstyle="color", size=9.5, sidew=150, sidebg=(243, 232, 236),
    name="Faith Wanjiru Mwangi", headline="Registered Community Health Nurse",
    contact=["Kiboroni, Nakuru County", "+254 712 555 457", "faithwanjiru@mailbox.co.ke"],
    side=[
        ("h", "Skills"),
        ("list", ["Maternal & child health", "Triage", "Immunisation", "IV therapy", "Health education",
                  "Infection prevention", "Kiswahili, English, Kikuyu"]),
        ("h", "Registration"),
        ("lines", ["Licensed nurse,", "licence renewed 2026"]),
        ("h", "Hobbies"),
        ("lines", ["Choir, netball, baking"]),
    ],
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Nurse with five years in hospital and community settings, strong in maternity and child "
              "welfare. Works a full contract and weekend locum shifts, and still finds time for the "
              "community health unit that started it all."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Registered Nurse (Contract)", "Mwangaza Mission Hospital", "Kiboroni, Nakuru County",
              "2022-01..present", "facing", "healthcare_care", [
                  "Bedside care on a 40-bed medical ward and, on rotation, the maternity unit",
                  "Admit patients, take vitals, give medication and keep nursing notes up to date",
                  "Health talks for mothers on breastfeeding, family planning and immunisation schedules",
                  "Member of the ward infection prevention team"]),
            E("Locum Nurse (Weekends)", "Afya Bora Medical Centre", "Kiboroni", "2022-06..present",
              "facing", "healthcare_care", [
                  "Triage walk-in patients on Saturdays and Sundays",
                  "Run the Saturday child welfare clinic: weighing, immunisations and growth monitoring"]),
            E("Intern Nurse", "Kiboroni County Referral Hospital", "Kiboroni", "2020-10..2021-09",
              "facing", "healthcare_care", [
                  "Rotated through casualty, paediatrics, surgical ward and the renal unit",
                  "Assisted with more than 60 deliveries during the maternity rotation"], etype="internship"),
            E("Shop Attendant (school holidays)", "Mama Njeri General Shop", "Kiboroni", "2015..2018",
              "facing", "in_person_service", []),
        ]),
        ("h", "Voluntary Work"),
        ("jobs", [
            E("Community Health Volunteer", "Kiboroni Community Health Unit", "Kiboroni Ward",
              "2019-03..2021-12", "facing", "volunteering", [
                  "Visited 50 households a month to screen children for malnutrition and refer the sick",
                  "Mobilised mothers for immunisation days"], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("edu", [("Diploma in Community Health Nursing", "2017 – 2020", "Kiboroni Medical Training College"),
                 ("KCSE – Mean Grade B", "2016", "Kiboroni Girls' High School")]),
        ("h", "Referees"),
        ("lines", ["Sr. Agnes Chebet, Nursing Officer in Charge, Mwangaza Mission Hospital – 0722 555 301",
                   "Dr. Peter Kamau, Medical Director, Afya Bora Medical Centre – 0733 555 118"]),
    ],
))

# ------------------------------------------------------------------ w008
R.append(dict(
    id="w008", ext="docx", renderer="docx", layout="table", order="title_org", page="a4", jobtable=True,
    family="Indian senior software engineer with a freelance web-design business running alongside "
           "since 2017 and a listed career break, Word borderless table per job, Mon'YY dates",
    ds=dict(style="mon'yy", present="Present", dash=" – "), font="Arial", hstyle="rule", accent="1F4E79",
    size=10, dbullet="style",
    name="Aniket Deshmukh", headline="Senior Software Engineer | Java · Spring Boot · Kafka",
    contact=["Devgiri, Maharashtra", "+91 98220 55517", "aniket.deshmukh@mailbox.in"],
    blocks=[
        ("h", "Profile Summary"),
        ("p", "Backend engineer with 9+ years in product companies (payments, hospital software). Also run a "
              "small web-design practice for local businesses on weekends. Open to lead roles in Devgiri or remote."),
        ("h", "Technical Skills"),
        ("kv", [("Languages", "Java, SQL, JavaScript, PHP"), ("Frameworks", "Spring Boot, React, Laravel"),
                ("Data & infra", "PostgreSQL, Kafka, Redis, AWS (EC2, RDS, S3), Docker")]),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Senior Software Engineer", "Vantiq Softlabs Pvt. Ltd.", "Devgiri", "2021-01..present", "none", None, [
                "Own two Spring Boot microservices in the internal payments reconciliation platform used by our finance operations team (Java 17, Kafka, PostgreSQL)",
                "Cut nightly batch time from 3 h 40 min to 55 min by moving matching logic into SQL window functions",
                "Review PRs for a team of six and run the monthly on-call rota",
                "Write design docs and ADRs"]),
            E("Career Break", None, None, "2020-01..2020-12", "none", None, [
                "Cared for my father after his cardiac surgery",
                "Completed AWS Solutions Architect – Associate and a React course during this time"],
              etype="unknown"),
            E("Software Engineer", "Kalpataru Infotech Pvt. Ltd.", "Devgiri", "2016-07..2019-12", "affecting", None, [
                "Built REST APIs and MIS reports for a hospital management product sold to 40+ hospitals",
                "Fixed L3 bugs that hospitals reported through the support team"]),
            E("IT Support Intern", "Sai Shraddha Hospital", "Devgiri", "2016-01..2016-06", "facing",
              "internal_support", [
                  "Handled the help desk for 300+ hospital staff: printer, email and HIS login problems",
                  "Set up PCs and barcode printers at the new OPD counters"], etype="internship"),
        ]),
        ("h", "Freelance Work"),
        ("jobs", [
            E("Freelance Web Developer", "Self-employed", "Devgiri", "2017..present", "facing",
              "entrepreneurial_freelance", [
                  "Built and maintain websites for 30+ local businesses – clinics, a sweet shop, two CA firms and a driving school",
                  "Meet owners at their shop to understand what they want, then show them how to update the site themselves",
                  "Handle hosting, domains and WhatsApp catalogue set-up; most new work comes through referrals"],
              etype="freelance"),
        ]),
        ("h", "Education"),
        ("edu", [("B.E. Computer Engineering – 7.9 CGPA", "2012 – 2016", "Devgiri College of Engineering"),
                 ("HSC – 84%", "2012", "Maharashtra State Board")]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "14 Aug 1994"), ("Languages", "Marathi, Hindi, English"),
                ("Notice Period", "60 days")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the information furnished above is true to the best of my knowledge."),
    ],
))

# ------------------------------------------------------------------ w009
R.append(dict(
    id="w009", ext="md", renderer="md", layout="bold", mdstyle="bold", order="title_org",
    family="UK marketing coordinator with a Sunday-market candle business, Friday bar shifts and a "
           "redundancy gap listed, Markdown with bold title lines and italic dates",
    ds=dict(style="mon", present="present", dash=" – "), bullet="-", h2md="_",
    name="Bethany Rourke", headline="Marketing coordinator · email, social and product copy",
    contact=["Saltbridge", "07700 900672", "beth.rourke@mailbox.co.uk", "wickandwillow.shop"],
    blocks=[
        ("h", "Profile"),
        ("p", "Ten years in small marketing teams, mostly email and product copy, and eight years running my "
              "own candle business at the weekend. I know what it takes to sell something to a stranger "
              "because I do it most Sundays."),
        ("h", "Experience"),
        ("jobs", [
            E("Marketing Coordinator", "Fennick & Hale Homewares", "Saltbridge", "2020-10..present", "affecting", None, [
                "Plan and write the fortnightly newsletter (38k subscribers) and all new product copy",
                "Run paid social on a £4k/month budget and report on it every Monday",
                "Brief photographers and our freelance designer for the seasonal lookbooks",
                "Took the abandoned-basket flow from 2 emails to 4; recovered revenue up 60%"]),
            E("Owner / Maker", "Wick & Willow Candles", "Saltbridge", "2018-04..present", "facing",
              "entrepreneurial_freelance", [
                  "Pour and sell soy candles and wax melts – a stall at Saltbridge Makers' Market most Sundays, plus an online shop",
                  "Most custom wedding-favour orders start with a chat at the stall; I handle them from first message to delivery",
                  "Do my own product photos and bookkeeping"], etype="freelance"),
            E("Bar Staff (Friday nights)", "The Ferryman's Arms", "Saltbridge", "2019-01..present", "facing",
              "in_person_service", ["Serving, cellar changes and cashing up; now and then I run the quiz"]),
            E("Career break", None, None, "2020-03..2020-09", "none", None, [
                "Made redundant when Corbel Print closed its studio at the start of lockdown; used the time to grow the candle business and finish a CIM certificate"],
              etype="unknown"),
            E("Marketing Assistant", "Corbel Print Ltd", "Saltbridge", "2016-09..2020-02", "affecting", None, [
                "Wrote case studies for the website, mostly from phone interviews with customers",
                "Looked after the mailing lists and trade-show stand logistics",
                "Updated the price list and product sheets every quarter"]),
        ]),
        ("h", "Education"),
        ("edu", [("CIM Certificate in Professional Marketing", "2020", None),
                 ("BA (Hons) English Language", "2013 – 2016", "University of Saltbridge")]),
        ("h", "Skills"),
        ("p", "Klaviyo · Mailchimp · Meta Ads Manager · Shopify · GA4 · Canva · copywriting · basic HTML email"),
    ],
))

# ------------------------------------------------------------------ w010
R.append(dict(
    id="w010", ext="pdf", renderer="fpdf", layout="centred", order="title_org", page="letter",
    family="Philippine BPO agent promoted to SME on the same account, with an online shop on the side and a "
           "Christmas promodiser stint, fpdf2 centred header, two pages with page footer",
    ds=dict(style="month", present="Present", dash=" – "), font="dejavu", accent=(10, 40, 120),
    hstyle="band", band=(222, 230, 245), size=10.5, jobgap=9, bullet="•",
    footer="Mark Anthony R. Villanueva  —  Page {n} of {total}",
    name="MARK ANTHONY R. VILLANUEVA",
    contact=["Purok 4, Brgy. Sta. Lucia, Marahuyo City, Pampanga", "0927 555 0188", "markvillanueva@mailbox.ph"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Customer service professional with four years on a US telecom account, currently a Subject "
              "Matter Expert. Seeking a Team Leader or Quality Analyst position where I can coach agents and "
              "help improve customer experience."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Subject Matter Expert", "Telvista Global Solutions Inc.", "Marahuyo City, Pampanga",
              "2024-08..present", "facing", "internal_support", [
                  "Floor support for 18 agents on a US telecom account: answer their policy and system questions on the floor and in the team chat",
                  "Walk new agents through tricky billing adjustments before they go back to the caller",
                  "Run the 15-minute huddle at the start of shift with the day's advisories",
                  "Join calibration sessions with QA and the client"]),
            E("Customer Service Representative", "Telvista Global Solutions Inc.", "Marahuyo City, Pampanga",
              "2022-03..2024-07", "facing", "contact_center", [
                  "Handled 60–70 inbound calls per night shift: bill explanations, plan changes, payment arrangements",
                  "Basic troubleshooting for home internet and mobile data",
                  "Top 10 in CSAT for 5 straight months in 2023; Rookie of the Quarter, Q3 2022"]),
            E("Online Seller (Owner)", "MAV Gadget Hub", "Marahuyo City", "2021-06..present", "facing",
              "entrepreneurial_freelance", [
                  "Sell phone accessories and small gadgets on two online marketplaces, about 300 orders a month",
                  "Answer buyer chats every morning after my shift and settle returns and wrong-item complaints",
                  "Do the sourcing, listings, packing and courier drop-off myself; my brother helps on weekends"],
              etype="freelance"),
            E("Promodiser (Christmas season)", "Kaisa Appliance Center", "Marahuyo City", "2022-11..2022-12",
              "facing", "in_person_service", [
                  "Demonstrated air fryers and rice cookers to shoppers on my rest days during the holiday rush",
                  "2nd highest sales among 9 promodisers for the brand"]),
            E("Data Encoder (project-based, home-based)", "Digitize Asia Outsourcing", None, "2021-03..2022-01",
              "affecting", None, [
                  "Encoded scanned insurance claim forms into the client's system at 98% accuracy",
                  "Flagged unreadable or incomplete forms for the team leader"], etype="freelance"),
            E("Pharmacy Assistant", "Botika Marahuyo", "Marahuyo City", "2019-06..2021-02", "facing",
              "in_person_service", [
                  "Served customers at the counter and read prescriptions back to the pharmacist",
                  "Checked expiry dates and helped with the monthly inventory"]),
        ]),
        ("h", "Skills"),
        ("list", ["Call handling and de-escalation", "Billing systems and CRM", "Typing 60 wpm",
                  "Coaching new agents", "Marketplace seller centre, inventory spreadsheets"]),
        ("h", "Education"),
        ("edu", [("Bachelor of Science in Information Technology (3rd year, not completed)", "2016 – 2019",
                  "Marahuyo City College"),
                 ("Secondary", "2016", "Sta. Lucia National High School")]),
        ("h", "Trainings & Seminars Attended"),
        ("list", ["Customer Experience Excellence Workshop – Telvista Academy, 2023",
                  "Coaching for Performance – Telvista Academy, 2024",
                  "Basic Life Support – Philippine Red Cross, 2020"]),
        ("h", "Personal Information"),
        ("kv", [("Date of Birth", "March 3, 1998"), ("Civil Status", "Single"), ("Religion", "Roman Catholic")]),
        ("h", "Character References"),
        ("lines", ["Ms. Jennifer S. Ocampo – Operations Manager, Telvista Global Solutions – 0917 555 0102",
                   "Mr. Rolando G. Mercado – Pharmacist-in-Charge, Botika Marahuyo – 0928 555 0175"]),
        ("p", "I hereby certify that the above information is true and correct."),
    ],
))

# ------------------------------------------------------------------ w011
R.append(dict(
    id="w011", ext="docx", renderer="docx", layout="header", order="org_title", page="letter",
    family="US returner: eight years as a stay-at-home parent between a bank teller job and a school lunch "
           "aide job, plus one tax season, name and contact in the Word page header",
    ds=dict(style="mm/yyyy", present="Present", dash=" – "), font="Garamond", hstyle="styles", size=11,
    dbullet="style", ritalic=False, rbold=True, h2italic=True,
    name="Kimberly A. Dunleavy",
    contact=["412 Laurel Run Rd, Pine Hollow, PA 17099", "(570) 555-0123", "kim.dunleavy@mailbox.net"],
    headline="Dependable, organized and good with both kids and numbers",
    blocks=[
        ("h", "Experience"),
        ("jobs", [
            E("Lunch & Recess Aide", "Pine Hollow Area School District – Maple Street Elementary",
              "Pine Hollow, PA", "2022-08..present", "facing", "education", [
                  "Supervise about 220 K-4 students at lunch and on the playground, 11:00-1:30 every school day",
                  "Open milk cartons, settle four-square disputes and walk kids who need the nurse to the office",
                  "Know most of the children by name and which ones need a quiet check-in"]),
            E("Seasonal Tax Preparer", "TaxPoint Services", "Pine Hollow, PA", "2025-01..2025-04", "facing",
              "in_person_service", [
                  "Prepared about 140 individual returns – mostly W-2 households with childcare credits, some Schedule C",
                  "Interviewed walk-in and appointment clients and explained their refund or balance due"],
              note="January–April 2025 tax season"),
            E("Stay-at-home Parent", None, None, "2014-06..2022-07", "none", None, [
                "Raised three children full time",
                "PTO treasurer at Maple Street Elementary, 2019-2022 (kept the books for a $30k budget)"],
              etype="unknown"),
            E("Teller II", "First Keystone Savings Bank", "Pine Hollow, PA", "2009-03..2014-05", "facing",
              "in_person_service", [
                  "Deposits, withdrawals, cashier's checks and a lot of coin orders for local businesses",
                  "Balanced my drawer to the penny most days; vault teller on Fridays",
                  "Referred customers to the personal bankers for CDs and home equity lines"]),
            E("Holiday Stock Associate (overnight)", "Hartleigh's Department Store", "Pine Hollow, PA",
              "2007-11..2008-01", "affecting", None, []),
        ]),
        ("h", "Education"),
        ("edu", [("Associate in Business Administration", "2008", "Susquenango County Community College")]),
        ("h", "Skills"),
        ("list", ["Cash handling and balancing", "Tax software (individual returns)", "Microsoft Excel and Word",
                  "Calm with children and upset adults alike"]),
        ("h", "Clearances"),
        ("p", "PA Child Abuse History, PA State Police and FBI fingerprint clearances current (2025)."),
    ],
))

# ------------------------------------------------------------------ w012
R.append(dict(
    id="w012", ext="txt", renderer="txt", layout="kenya", order="datefirst",
    family="Kenyan BOM secondary teacher with a weekend mobile-money job, holiday tuition and an undated "
           "church youth role, plain-text CV with personal details, referees and 'to date'",
    ds=dict(style="mon", present="to date", dash=" - "), hstyle="underline", uchar="-", bullet="*",
    kvpad=True, hblank=False,
    name="Brian Otieno Ochieng", contact=[],
    top=["CURRICULUM VITAE", "", "BRIAN OTIENO OCHIENG", "P.O. Box 118-40309, Kisiriri",
         "Tel: 0722 555 318", "Email: b.otieno@mailbox.co.ke"],
    blocks=[
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "12th June 1997"), ("Gender", "Male"), ("Nationality", "Kenyan"),
                ("Marital Status", "Single"), ("Languages", "English, Kiswahili, Dholuo")]),
        ("h", "Career Objective"),
        ("p", "A trained and registered teacher of Mathematics and Chemistry seeking a permanent post where I "
              "can help learners love the sciences and grow as a professional."),
        ("h", "Education Background"),
        ("lines", ["2017 - 2021  Bachelor of Education (Science), Mathematics & Chemistry - Lake Basin University",
                   "             Second Class Honours (Upper Division)",
                   "2012 - 2015  Kenya Certificate of Secondary Education - Kisiriri Boys High School, Mean Grade A-"]),
        ("h", "Work Experience"),
        ("jobs", [
            E("Teacher of Mathematics and Chemistry (BOM)", "Kisiriri Mixed Secondary School", "Homa Bay County",
              "2023-01..present", "facing", "education", [
                  "Teaching Mathematics in Form 2 and 3 and Chemistry in Form 4 (about 190 learners)",
                  "Class teacher, Form 3 East",
                  "Patron of the Science Club; our project reached the county science fair in 2024"]),
            E("Mobile Money Agent Attendant (weekends)", "Nyawita Mobile Money Shop", "Kisiriri Market",
              "2021-03..present", "facing", "in_person_service", [
                  "Deposits and withdrawals for customers, float management and daily reconciliation",
                  "SIM card registration and replacement"]),
            E("KCSE Mathematics Examiner", "National Examinations Board – Lake Region Marking Centre", "Kisiriri",
              "2024-12..2024-12", "affecting", None, [
                  "Marked Mathematics Paper 2 scripts over a two-week residential marking exercise",
                  "Checked by a team leader; moderation rate within the allowed range"]),
            E("Teaching Practice (Student Teacher)", "Ngere Boys High School", "Ngere", "2021-05..2021-08",
              "facing", "education", [
                  "Taught Mathematics to Form 1 and 2 under the Head of Department",
                  "Assessed twice by university supervisors"], etype="internship"),
            E("Cyber Cafe Attendant", "Kisiriri Cyber Point", "Kisiriri", "2018..2019", "facing",
              "in_person_service", [
                  "Typing, printing and photocopying for customers",
                  "Helped customers with online applications for tax PINs, student loans and university placement"]),
        ]),
        ("h", "Other Activities"),
        ("jobs", [
            E("Youth Leader (volunteer)", "St. Monica Catholic Church", "Kisiriri", None, "facing", "volunteering", [
                "Organise Sunday youth meetings and the annual youth camp"], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Skills"),
        ("list", ["Computer literate (MS Office, Excel for mark analysis)", "Good communication and guidance",
                  "Football coaching"]),
        ("h", "Hobbies"),
        ("p", "Reading, football, chess."),
        ("h", "Referees"),
        ("lines", ["1. Mr. Joseph Omondi, Principal, Kisiriri Mixed Secondary School, Tel: 0711 555 204",
                   "2. Dr. Lilian Achieng, Lecturer, Lake Basin University, Tel: 0720 555 911",
                   "3. Fr. Martin Okoth, Parish Priest, St. Monica Catholic Church, Tel: 0733 555 640"]),
    ],
))

# ------------------------------------------------------------------ w013
R.append(dict(
    id="w013", ext="pdf", renderer="rl", layout="twocol", order="pipe", page="a4",
    family="Australian support worker on three overlapping arrangements (provider casual, own ABN clients, "
           "hospital AIN) after evening office cleaning, reportlab two-column header, pipe title lines",
    ds=dict(style="mon", present="Current", dash=" – "), font="helv", accent=(90, 40, 120),
    hstyle="caps_rule", size=9.5,
    name="Tayla Whitcombe", headline="Support Worker · Assistant in Nursing",
    contact=["Bilbarra NSW 2899", "0491 570 159", "tayla.whitcombe@mailbox.com.au", "NDIS Worker Screening: cleared"],
    blocks=[
        ("h", "Profile"),
        ("p", "Five years in disability support and two in an acute hospital. I work well on my own in someone's "
              "home and as part of a ward team. Have my own car and am happy to travel across the shire."),
        ("h", "Employment"),
        ("jobs", [
            E("Assistant in Nursing (Part-time)", "Bilbarra Private Hospital", "Bilbarra NSW", "2024-07..present",
              "facing", "healthcare_care", [
                  "Three 8-hour shifts a week on the surgical ward under RN direction",
                  "Showering, mobilising and feeding post-op patients; vital signs and fluid balance charts",
                  "1:1 specialling of patients with delirium overnight when needed"]),
            E("Independent Support Worker (ABN)", "Self-employed via CareMatch", "Bilbarra NSW",
              "2023-01..present", "facing", "healthcare_care", [
                  "Regular weekly clients found through the CareMatch platform: a young man with cerebral palsy and an older woman with MS",
                  "Community access, shopping, appointments and personal care; I set my own rates and invoice through the platform"],
              etype="freelance"),
            E("Disability Support Worker (Casual)", "Kinfolk Community Care", "Bilbarra NSW", "2021-02..present",
              "facing", "healthcare_care", [
                  "Shifts in two supported independent living houses with four residents each",
                  "Medication prompts, meal prep, personal care and following behaviour support plans",
                  "Shift notes and incident reports in the client system"]),
            E("Office Cleaner (evenings)", "Sparkline Commercial Cleaning", "Bilbarra NSW", "2019-04..2021-01",
              "none", None, ["Cleaned three office buildings after hours, 5.30–9.30pm"]),
            E("Night Fill Team Member", "FreshWay Supermarkets", "Bilbarra NSW", "2016..2019", "affecting",
              None, []),
        ]),
        ("h", "Qualifications"),
        ("edu", [("Certificate III in Individual Support (Disability)", "2021", "Bilbarra TAFE campus"),
                 ("Certificate IV in Disability", "2023", None)]),
        ("h", "Checks & Clearances"),
        ("list", ["NDIS Worker Screening Check", "Working with Children Check", "First Aid & CPR (2026)",
                  "Full driver licence, comprehensive insurance"]),
        ("h", "Referees"),
        ("p", "Available on request."),
    ],
))

# ------------------------------------------------------------------ w014
R.append(dict(
    id="w014", ext="docx", renderer="docx", layout="sidebar", order="title_org", page="a4",
    family="Indian B.Com student with home tuitions, an evening non-voice chat process and a marketing "
           "internship (about a year of customer contact), undated NSS role, Word two-column layout table "
           "with shaded sidebar and a nested software table",
    ds=dict(style="mon", present="Present", dash=" – "), font="Calibri", hstyle="rule", accent="5B2C6F",
    size=10, sidebg="EADCF0", dbullet="➢",
    name="Sneha Iyer", headline="B.Com (Final Year)",
    contact=["Vellarai, Tamil Nadu", "+91 94440 55128", "sneha.iyer@mailbox.in"],
    side=[
        ("h", "Skills"),
        ("list", ["Chat & email support", "Typing 50 wpm", "Accounting basics", "Teaching & explaining"]),
        ("h", "Languages"),
        ("lines", ["Tamil, English, Hindi"]),
    ],
    side_table=("Software", [("MS Excel", "Advanced"), ("Canva", "Good"), ("Tally Prime", "Basic")]),
    blocks=[
        ("h", "Career Objective"),
        ("p", "Final-year commerce student looking for a full-time customer support or operations role from "
              "June 2027. Comfortable with chat tools, deadlines and upset customers."),
        ("h", "Experience"),
        ("jobs", [
            E("Customer Support Associate – Non-Voice", "Zenvia BPO Services Pvt. Ltd.", "Vellarai",
              "2025-07..2026-01", "facing", "digital_service", [
                  "Handled chat and email queries for a food-delivery app: refunds, late orders, missing items",
                  "Around 9 chats an hour with 92% CSAT",
                  "Left to focus on final-year exams"], note="Part-time, 4-hour evening shift"),
            E("Digital Marketing Intern", "Kaveri Silks", "Vellarai", "2025-12..2026-02", "affecting", None, [
                "Scheduled Instagram posts and wrote captions for the new saree collection",
                "Tracked reach and saves in a weekly Excel report for the owner"], etype="internship"),
            E("Home Tutor (Part-time)", "Self-employed", "Vellarai", "2025-03..2025-08", "facing", "education", [
                "Taught Maths and Accountancy to four Class 9–11 students at their homes, three evenings a week",
                "Prepared them for quarterly and half-yearly exams; all four went up at least one grade"],
              etype="freelance"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("NSS Volunteer", "National Service Scheme, Sri Vellarai College", None, None, "facing",
              "volunteering", [
                  "Ran the donor registration desk at two blood donation camps",
                  "Took part in a 7-day special camp in a nearby village (household survey and cleanliness drive)"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("edu", [("B.Com (General) – 8.4 CGPA so far", "2024 – 2027", "Sri Vellarai College"),
                 ("Class XII (Commerce) – 91%", "2024", "Vellarai Matriculation Hr. Sec. School")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the details above are correct to the best of my knowledge.   Place: Vellarai"),
    ],
))

# ------------------------------------------------------------------ w015
R.append(dict(
    id="w015", ext="html", renderer="html", htmlstyle="table", layout="table", order="orgfirst",
    family="Canadian accounts payable clerk with two weekend ski-instructor seasons, and a summer front-desk "
           "job inside an earlier part-time call-centre job, HTML tables, employer heading with roles beneath, ISO dates",
    ds=dict(style="iso", present="present", dash=" to "),
    css=("body{font:14px Georgia,serif;margin:40px;max-width:760px}h1{font-size:26px;margin-bottom:0}"
         "h2{font-size:16px;color:#7a1f1f;border-bottom:1px solid #ccc;margin-top:24px}table.job{width:100%;"
         "border-collapse:collapse;margin-bottom:10px}td.when{text-align:right;white-space:nowrap;color:#555}"
         "td.duty{padding-left:14px}td.note{font-size:12px;color:#666}"),
    name="Émilie Thibodeau", headline="Accounts payable · bilingual (French / English)",
    contact=["Pointe-aux-Hérons, NB", "506-555-0134", "emilie.thibodeau@mailbox.ca"],
    blocks=[
        ("h", "Summary"),
        ("p", "Nine years in accounts payable for a trucking company, fully bilingual, with a past in call "
              "centres and hotels and a CSIA Level 2 ski-instructor certification I use most winter weekends."),
        ("h", "Work history"),
        ("jobs", [
            E("Accounts Payable Clerk", "Thibault Transport Ltée", "Pointe-aux-Hérons, NB", "2017-04..present",
              "none", None, [
                  "Match carrier and fuel invoices to POs and fuel-card data, about 900 invoices a month",
                  "Weekly cheque and EFT runs, month-end accruals and the vendor aging report",
                  "Cleaned up 300+ duplicate vendor records when we moved to a new ERP in 2022"]),
            E("Ski Instructor – Level 2", "Mont Aster Ski Hill", "Saint-Aster, NB", "2024-12..2025-03", "facing",
              "education", [
                  "Group and private lessons, mostly children's programs and adult first-timers",
                  "Ran the Saturday 'Snow Cubs' group for 5–7 year olds"], note="Weekends and March break"),
            E("Ski Instructor – Level 1", "Mont Aster Ski Hill", "Saint-Aster, NB", "2023-12..2024-03", "facing",
              "education", ["Beginner lessons on the learning hill, in French and English"]),
            E("Bilingual Customer Care Agent (part-time)", "Atlantic Connect Solutions", "Pointe-aux-Hérons, NB",
              "2014-10..2017-03", "facing", "contact_center", [
                  "Inbound calls in French and English for a regional power utility: billing, moves and outage reports",
                  "Set up payment arrangements within policy"]),
            E("Front Desk Agent (summer)", "Auberge du Havre", "Pointe-aux-Hérons, NB", "2016-06..2016-09",
              "facing", "in_person_service", [
                  "Check-ins, phone and email reservations, and a lot of restaurant and whale-watching tips"]),
        ]),
        ("h", "Education"),
        ("edu", [("Business Administration – Accounting (diploma)", "2012 to 2014", "Collège communautaire de l'Est"),
                 ("CSIA Level 2 Ski Instructor", "2024", None)]),
        ("h", "Languages"),
        ("p", "French (native), English (fluent)."),
    ],
))
