# -*- coding: utf-8 -*-
"""wild24 résumés w001–w015 (one dict each; see render.py for the block format)."""
from lib import E

R = []

# --------------------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf",
    family="UK GP-surgery receptionist, Word-to-PDF single column, title line with right-aligned dates",
    renderer="reportlab", layout="plain", order="title_org", dates="mon", present="Present",
    name="Gemma Whitlow",
    contact=["14 Cowslip Lane, Harrowby HB4 7QT  |  07700 914552  |  gemma.whitlow@mailbox.co.uk"],
    body=[
        ("h", "Profile"),
        ("p", "Medical receptionist with five years on a busy GP front desk. I am used to the 8am phone "
              "queue, worried patients at the window and a clinical team who need things done now. I would "
              "like to bring my booking and care-navigation experience to a hospital outpatient setting and "
              "keep learning."),
        ("h", "Experience"),
        ("jobs", [
            E("Senior Receptionist", "Larchfield Medical Practice", "Harrowby", "2023-06", "present", [
                "Run the front desk and phones for a 9,400-patient practice, usually with two other receptionists",
                "Book, move and cancel appointments across GP, nurse and HCA clinics on EMIS Web",
                "Signpost patients to the community pharmacy, minor injuries unit or NHS 111 using the practice care-navigation script",
                "Deal with complaints at the desk first and pass them on to the practice manager when they need to go further",
                "Train new reception staff and keep the desk rota up to date",
            ], "facing", "in_person_service"),
            E("Receptionist", "Larchfield Medical Practice", "Harrowby", "2021-03", "2023-05", [
                "Answered 100+ calls a morning during the flu clinic season",
                "Registered new patients and scanned hospital letters into the record for GPs to action",
                "Took repeat prescription requests and chased missing scripts with the pharmacy",
            ], "facing", "in_person_service"),
            E("Healthcare Counter Assistant", "Kellaway Pharmacy", "Dunmore", "2018-09", "2021-02", [
                "Served on the healthcare counter and handed out prescriptions after checking name and address",
                "Asked the WWHAM questions before selling pharmacy medicines and referred to the pharmacist",
                "Put away the wholesaler order every afternoon and did monthly date checks",
            ], "facing", "in_person_service"),
            E("Sales Assistant (Saturdays and school holidays)", "Pennant Shoes", "Harrowby", "2016-01", "2018-12", [
                "Measured and fitted children's school shoes, including during the August rush",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Tea Bar Volunteer", "League of Friends, Harrowby Community Hospital", None, "2019-10", "2020-03", [
                "Served teas and cakes to outpatients and visitors on Sunday afternoons and took the money to the office",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education & Training"),
        ("ul", ["Level 3 Diploma in Business Administration, Harrowby College (2016 - 2018)",
                "AMSPAR Level 2 Certificate in Medical Terminology (2022)",
                "Care Navigation training, Harrowby Primary Care Network (2023)",
                "GCSEs: 9 including English (6) and Maths (5)"]),
        ("h", "Skills"),
        ("p", "EMIS Web, Docman, AccuRx, Microsoft Word and Excel, chaperone trained, basic life support "
              "(renewed 2025), full UK driving licence."),
        ("p", "References available on request.", "i"),
    ],
    desc="reportlab, plain/title_org, mon / 'Present'",
))

# --------------------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx",
    family="UK energy call-centre adviser, Word heading styles and list bullets, right tab-stop dates",
    renderer="docx", layout="styles", order="title_org", dates="month", present="present",
    sep=" - ", docx_title_style=False,
    name="Connor Mallinson",
    contact=["Brackenford, West Yorkshire", "07812 330 416 | c.mallinson92@mailbox.com"],
    body=[
        ("h", "About me"),
        ("p", "I have spent the last seven years on the phones, most recently on an energy supplier's "
              "vulnerable customers team where a lot of my calls are from people who are frightened about "
              "money or looking after someone who is ill. I'm good at slowing a call down and getting to what "
              "the person actually needs. I'm applying because I want to do that work face to face and in "
              "healthcare, which is where my mum worked for thirty years."),
        ("h", "Employment History"),
        ("jobs", [
            E("Customer Service Adviser \u2013 Vulnerable Customers Team", "Northmoor Energy", "Brackenford",
              "2022-02", "present", [
                "Take inbound calls from customers in financial difficulty and agree affordable payment plans",
                "Add Priority Services Register flags for customers who rely on medical equipment at home",
                "Speak regularly with carers, social workers and debt advisers acting for customers (with authority on file)",
                "Quality scores above 90% for the last six quarters; buddy for two new starters",
            ], "facing", "contact_center"),
            E("Customer Service Adviser", "Northmoor Energy", "Brackenford", "2019-08", "2022-01", [
                "Billing and meter-reading calls plus webchat, around 60 contacts a shift",
                "Moved to home working during lockdown and kept my handling time on target",
            ], "facing", "contact_center"),
            E("Claims Processor", "Ashby & Lyle Insurance", "Leeds Road, Brackenford", "2018-01", "2019-07", [
                "Checked home insurance claim forms against the policy wording and set up new claims on the system",
                "Requested missing photos, invoices and reports from loss adjusters by email",
                "Cleared 40+ claim files a day with a low rework rate",
            ], "affecting"),
            E("Kitchen Porter", "The Weighbridge Inn", "Oxley", "2016-01", "2017-12", [], "affecting",
              prec="year"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Telephone Befriender", "Silver Thread Network", None, "2020-03", "present", [
                "A weekly half-hour call with two older people who live alone; flag any worries to the coordinator",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "Brackenford Sixth Form College - A Levels in Sociology (B), Psychology (C), Business (C), 2014 - 2016"),
        ("h", "Training"),
        ("ul", ["Mental Health First Aider (MHFA England, 2023)",
                "Supporting Customers in Vulnerable Circumstances, in-house, 2022",
                "Level 2 Food Hygiene (2016)"]),
        ("h", "Other"),
        ("p", "Full driving licence. Happy to work shifts including weekends."),
    ],
    desc="docx, styles/title_org, month / 'present'",
))

# --------------------------------------------------------------------------- w003
R.append(dict(
    file="w003.txt",
    family="Philippine résumé pasted as text: personal data, seminars, character references and certification",
    renderer="txt", layout="ph", order="dateline", dates="month", present="Present",
    txt_head="caps", txt_head_gap=True, bullet="\u2022", txt_kvw=18, txt_kvsep=": ",
    name="MARIA CRISTINA D. VILLANUEVA",
    contact=["Blk 7 Lot 12 Sampaguita St., Brgy. Malinis, San Vicente, Rizal 1870",
             "Mobile No.: 0917 552 0184",
             "Email: mcvillanueva.hrm@mailbox.ph"],
    body=[
        ("h", "Objective"),
        ("p", "To obtain a position as Patient Services Coordinator where I can use my skills in guest "
              "relations and healthcare account customer service, and to grow professionally with a "
              "reputable hospital group."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Guest Service Agent (Front Office)", "The Verdana Suites", "Makati City", "2022-06", "present", [
                "Handles check-in and check-out of guests, room assignment and key cards",
                "Attends to guest requests and concerns and coordinates with Housekeeping and Engineering",
                "Performs cashiering: folio settlement, credit card and e-wallet payments",
                "Endorses VIP arrivals and special requests to the incoming shift thru the logbook",
            ], "facing", "in_person_service"),
            E("Customer Service Representative (US Healthcare Voice Account)", "Pinnacle Contact Solutions Inc.",
              "Ortigas Center, Pasig City", "2019-08", "2022-05", [
                "Took inbound calls from members of a US health plan regarding benefits, eligibility and claims status",
                "Assisted providers' offices with prior authorization follow-ups",
                "Maintained HIPAA compliance and an average CSAT of 92%",
                "Awarded Top Agent of the Month 3 times (2020-2021)",
            ], "facing", "contact_center"),
            E("Non-Voice Associate (Claims Processing)", "DataBridge Outsourcing Corp.", "Eastwood, Quezon City",
              "2018-11", "2019-07", [
                "Encoded medical claim forms into the client's adjudication system",
                "Checked scanned documents for completeness and tagged incomplete claims for return",
            ], "affecting"),
            E("On-the-Job Trainee - Front Office", "Casa Lirio Resort", "Tagaytay City", "2018-03", "2018-05", [
                "Greeted and assisted walk-in guests, answered phone reservations and prepared registration cards",
            ], "facing", "in_person_service", etype="internship"),
        ]),
        ("h", "Educational Background"),
        ("kv", [("Tertiary", "Bachelor of Science in Hospitality Management"),
                ("", "Rizal Polytechnic College, Antipolo Campus  (2014 - 2018)"),
                ("Secondary", "San Vicente National High School  (2010 - 2014)")]),
        ("h", "Seminars and Trainings Attended"),
        ("ul", ["Basic Life Support and First Aid - San Vicente Municipal Health Office, 2023",
                "Front Office Operations NC II - TESDA, 2018",
                "HIPAA Awareness and Medical Terminology - Pinnacle Contact Solutions, 2019"]),
        ("h", "Personal Data"),
        ("kv", [("Age", "29 years old"), ("Date of Birth", "March 14, 1997"),
                ("Place of Birth", "San Vicente, Rizal"), ("Sex", "Female"), ("Civil Status", "Single"),
                ("Religion", "Roman Catholic"), ("Height", "5'2\""), ("Weight", "52 kg"),
                ("Citizenship", "Filipino"), ("Languages", "English, Filipino")]),
        ("h", "Character References"),
        ("p", "Ms. Rowena T. Abad - Front Office Manager, The Verdana Suites - 0918 442 7710"),
        ("p", "Mr. Jerome P. Castillo - Team Leader, Pinnacle Contact Solutions Inc. - 0927 118 6093"),
        ("p", "Dr. Lilia M. Santos - Dean, College of Hospitality Management, Rizal Polytechnic College"),
        ("sp",),
        ("p", "I hereby certify that the above information is true and correct to the best of my "
              "knowledge and belief."),
        ("sp",),
        ("p", "MARIA CRISTINA D. VILLANUEVA"),
        ("p", "Applicant"),
    ],
    desc="txt, ph/dateline, month / 'Present'",
))

# --------------------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf",
    family="Indian laboratory technician CV, fpdf2 with shaded left sidebar (personal details, languages), declaration",
    renderer="fpdf2", layout="sidebar", order="title_org", dates="mon", present="Till date",
    sep=" to ", fp_size=9, side_rgb=(226, 236, 244), accent_rgb=(20, 70, 110),
    name="Deepthi Kurian",
    contact=["Kuzhiyil House, Vellamkulam P.O.", "Kottaram Dist., Kerala 686 617",
             "+91 94470 31852", "deepthi.kurian@mailbox.in"],
    side=[
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "22/07/1998"), ("Father's Name", "K. T. Kurian"),
                ("Gender", "Female"), ("Marital Status", "Single"), ("Nationality", "Indian"),
                ("Passport", "Available")]),
        ("h", "Languages Known"),
        ("p", "English, Malayalam, Hindi, Tamil (speak only)"),
        ("h", "Technical Skills"),
        ("ul", ["Haematology & biochemistry analysers", "Microscopy, staining", "Phlebotomy (adult & paediatric)",
                "LIS - CrelioHealth", "MS Office"]),
    ],
    body=[
        ("h", "Career Objective"),
        ("p", "Seeking a challenging position in a reputed healthcare organisation where I can utilise my "
              "laboratory and patient handling experience and contribute to the growth of the organisation."),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Laboratory Technician", "Sreedhar Diagnostics & Research Centre", "Vellamkulam", "2021-07", "present", [
                "Processing blood, urine and body fluid samples on automated haematology and biochemistry analysers",
                "Running daily internal QC and calibration, maintaining Levey-Jennings charts",
                "Informing critical values to the duty pathologist as per SOP",
                "Assisting in NABL documentation and internal audits",
            ], "affecting"),
            E("Sample Collection Technician", "Medline Collection Centre", "Kottaram", "2020-01", "2021-06", [
                "Collected blood samples from walk-in patients and on home visits, including children and elderly",
                "Registered patients in LIS and explained fasting and urine collection instructions",
                "Handled report dispatch and billing queries at the counter",
            ], "facing", "healthcare_care"),
            E("Trainee Lab Technician", "Government Taluk Hospital", "Perinad", "2019-06", "2019-12", [
                "Six-month internship in clinical biochemistry and microbiology labs",
                "Media preparation, Gram staining, sample sorting and centrifuging",
            ], "affecting", etype="internship"),
            E("Data Entry Operator (Part-time)", "Lakshmi Computers & DTP", "Vellamkulam", "2016-01", "2017-12", [
                "Typing and data entry of household survey forms for a local NGO project during college",
            ], "none", prec="year"),
        ]),
        ("h", "Educational Qualification"),
        ("ul", ["B.Sc. Medical Laboratory Technology - Kerala University of Health Sciences (2016-2019), 71%",
                "Higher Secondary (Biology Science) - St. Mary's HSS, Vellamkulam (2016), 84%",
                "SSLC - Govt. HS Vellamkulam (2014), 92%"]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above mentioned information is correct to the best of my knowledge "
              "and I bear the responsibility for the correctness of the above mentioned particulars."),
        ("sp",),
        ("p", "Place: Vellamkulam"),
        ("p", "Date:            (DEEPTHI KURIAN)"),
    ],
    desc="fpdf2, sidebar/title_org, mon / 'to Till date'",
))

# --------------------------------------------------------------------------- w005
R.append(dict(
    file="w005.html",
    family="UK new graduate (Health and Social Care) in HTML, part-time jobs, research placement, ward volunteering",
    renderer="html", layout="classic", css="classic", order="org_title", dates="mon", present="Present",
    name="Aisha Kamara-Bell",
    contact=["Flat 2, 41 Quarry Road, Wexmoor WX2 5LF", "07944 208 731", "aisha.kb@mailbox.co.uk",
             "linkedin.com/in/aisha-kamara-bell"],
    body=[
        ("h", "Personal statement"),
        ("p", "Recent first-class graduate in Health and Social Care. During my degree I worked on the "
              "checkouts, volunteered on a care-of-the-elderly ward and spent a summer on a research project "
              "about hospital discharge, which is what made me want a job on the administrative side of "
              "patient care: getting people to the right appointment, with the right information, first time."),
        ("h", "Education"),
        ("sub", "University of Wexmoor", "2022 \u2013 2026", "b"),
        ("p", "BSc (Hons) Health and Social Care, First Class. Dissertation: Older patients' experience of "
              "being discharged from hospital at weekends.", "i"),
        ("sub", "Kingsgate Academy Sixth Form", "2020 \u2013 2022", "b"),
        ("p", "A Levels: Biology A, Sociology A, English Literature B"),
        ("h", "Experience"),
        ("jobs", [
            E("Customer Assistant (part-time, 16 hrs)", "FreshWay Supermarkets", "Wexmoor", "2022-09", "present", [
                "Checkouts, self-scan and the click & collect desk",
                "Deal with refunds and price queries and keep the queue moving on Saturday mornings",
            ], "facing", "in_person_service"),
            E("Research Assistant (summer placement)", "Wexmoor Centre for Ageing Studies", "University of Wexmoor",
              None, None, [
                "Recruited and interviewed twelve older adults about their discharge from hospital for a funded study",
                "Transcribed the interviews and coded them in NVivo with the project lead",
                "Co-wrote the plain-English summary sent to participants",
            ], "affecting", section="other", etype="internship", date_text="Summer 2025"),
            E("Student Ambassador", "University of Wexmoor", None, "2023-10", "2026-06", [
                "Led campus tours for prospective students and their parents on open days",
                "Staffed the university stand at UCAS fairs and answered questions about courses and accommodation",
            ], "facing", "other_facing", section="other"),
            E("Waitress", "The Copper Kettle Tearoom", "Ashby Magna", None, None, [
                "Seasonal job serving cream teas in a busy tourist village",
            ], "facing", "in_person_service", date_text="Summer 2022"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Ward Volunteer, Care of the Elderly", "Wexmoor General Hospital", None, "2024-01", "2024-12", [
                "Chatted with patients, helped with menu cards and mealtimes, and walked visitors to the ward",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Skills"),
        ("ul", ["Microsoft 365, NVivo, SPSS (basic)", "British Sign Language Level 1",
                "Dementia Friends champion", "Full UK driving licence"]),
    ],
    desc="html, classic/org_title, mon / 'Present', seasons",
))

# --------------------------------------------------------------------------- w006
R.append(dict(
    file="w006.docx",
    family="Nigerian CV, Word with a bordered table per job, personal data, NYSC, SIWES and referees",
    renderer="docx", layout="table", order="title_org", dates="month", present="Date",
    docx_table_style="Table Grid", docx_font="Times New Roman", docx_size=11, docx_centre=True,
    docx_rule=True, accent_hex="000000",
    name="CHIAMAKA BLESSING EZE",
    contact=["No. 14 Obiora Close, Off Market Road, Amaku, Anambra State",
             "Phone: 0803 417 2286, 0812 950 3341 | E-mail: chiamakaeze.b@mailbox.com.ng"],
    body=[
        ("h", "CAREER OBJECTIVE"),
        ("p", "To work in a result-oriented organisation where my skills in customer service, patient "
              "registration and front desk management will be fully utilised for the achievement of "
              "organisational goals, while I continue to grow in knowledge and experience."),
        ("h", "PERSONAL DATA"),
        ("kv", [("Date of Birth", "23rd August, 1994"), ("Sex", "Female"), ("Marital Status", "Married"),
                ("State of Origin", "Anambra State"), ("L.G.A", "Idemili South"),
                ("Nationality", "Nigerian"), ("Religion", "Christianity")]),
        ("h", "EDUCATIONAL QUALIFICATIONS WITH DATES"),
        ("kv", [("B.Sc. Sociology (Second Class Upper)", "Chukwuemeka Odili University, Ukpo, 2012 - 2016"),
                ("Senior School Certificate (WASSCE)", "Community Girls Secondary School, Amaku, 2011"),
                ("First School Leaving Certificate", "Hilltop Nursery & Primary School, Amaku, 2005")]),
        ("h", "WORK EXPERIENCE"),
        ("jobs", [
            E("Customer Service Officer", "Heritage Crest Bank Plc", "Amaku Branch", "2021-03", "present", [
                "Attending to walk-in customers' enquiries and complaints and resolving them within SLA",
                "Account opening, reactivation of dormant accounts and BVN/NIN linkage",
                "Issuance of ATM cards, cheque books and token devices",
                "Cross-selling of bank products (savings, loans, insurance) to customers",
            ], "facing", "in_person_service"),
            E("Front Desk Officer", "St. Jude's Specialist Hospital", "Nkpor", "2018-01", "2021-02", [
                "Registering new patients and retrieving folders for consultation",
                "Collection of consultation fees and issuance of receipts",
                "Booking of appointments for specialist clinics (O&G, Paediatrics, Surgery)",
                "Verification of HMO enrollees and obtaining authorisation codes",
            ], "facing", "in_person_service",
              extra=["Reason for leaving: Relocation of spouse"]),
            E("NYSC Corps Member (Economics Teacher)", "Community Secondary School", "Ugbodu, Delta State",
              "2016-11", "2017-10", [
                "Taught Economics and Civic Education to SS1 and SS2 students",
                "Organised the school's first Health Club under the CDS programme",
            ], "facing", "education", etype="internship"),
            E("SIWES Industrial Trainee (Admin Dept.)", "Obiora Plastics Ltd", "Nnewi", "2015-06", "2015-11", [
                "Filing of correspondence, updating of dispatch book and typing of memos",
            ], "none", etype="internship"),
        ]),
        ("h", "SKILLS"),
        ("ul", ["Good communication and interpersonal skills", "Proficient in Microsoft Word, Excel and Finacle",
                "Ability to work under pressure and meet targets", "Fluent in English and Igbo"]),
        ("h", "HOBBIES"),
        ("p", "Reading, cooking and meeting people."),
        ("h", "REFEREES"),
        ("p", "1. Mr. Ifeanyi O. Nwankwo, Branch Manager, Heritage Crest Bank Plc, Amaku. 0803 662 1904"),
        ("p", "2. Dr. (Mrs.) Ngozi Achebe-Okafor, Medical Director, St. Jude's Specialist Hospital, Nkpor. 0806 219 4450"),
    ],
    desc="docx, table/title_org, month / 'Date'",
))

# --------------------------------------------------------------------------- w007
R.append(dict(
    file="w007.md",
    family="Scottish healthcare assistant CV in Markdown, care home to hospital bank, overlapping jobs",
    renderer="md", layout="h3", order="title_org", dates="mon", present="present", md_job="h3",
    locsep=", ", bullet="*",
    name="Kirsty Ballantyne",
    contact=["Dunmarsh, Fife", "07731 480 265", "kirsty.ballantyne@mailbox.co.uk",
             "PVG scheme member | Full driving licence"],
    body=[
        ("h", "About"),
        ("p", "HCA with nine years in care, the last three on hospital wards through the bank. I know how "
              "much of a patient's day depends on what happens at the desk: whether their appointment letter "
              "was right, whether anyone told their family. I'd like to move to a patient services role and "
              "still be around patients every day."),
        ("h", "Work history"),
        ("jobs", [
            E("Healthcare Assistant (Bank)", "Rowanbank Hospital", "Dunmarsh", "2023-11", "present", [
                "Shifts across acute medicine, surgical and care of the elderly wards",
                "Personal care, observations and NEWS2, food and fluid charts, pressure area care",
                "Escort patients to X-ray and clinics and help families find their way around",
            ], "facing", "healthcare_care"),
            E("Senior Care Assistant", "Heatherlea Care Home", "Dunmarsh", "2019-06", "2024-03", [
                "Led a shift of five carers on the dementia unit",
                "Medication rounds (eMAR), care plan reviews and GP liaison",
                "Regular point of contact for relatives, including difficult end-of-life conversations",
            ], "facing", "healthcare_care"),
            E("Care Assistant", "Heatherlea Care Home", "Dunmarsh", "2017-01", "2019-05", [
                "Washing, dressing, feeding and moving residents safely with hoists",
            ], "facing", "healthcare_care"),
            E("Domestic", "Heatherlea Care Home", "Dunmarsh", "2016-06", "2016-12", [
                "Cleaned bedrooms, bathrooms and the lounges to the home's schedule",
                "Laundry and linen rotation",
            ], "affecting"),
        ]),
        ("h", "Qualifications"),
        ("p", "SVQ Social Services and Healthcare SCQF Level 7 (2020) · SVQ Level 6 (2018) · "
              "Moving & Handling, Infection Control, Adult Support and Protection (all current)"),
        ("h", "References"),
        ("p", "From Heatherlea Care Home and the Rowanbank nurse bank office on request."),
    ],
    desc="md, h3/title_org, mon / 'present'",
))

# --------------------------------------------------------------------------- w008
R.append(dict(
    file="w008.pdf",
    family="UK paramedic redeployed after injury, 2-page reportlab CV with two-column header and page footer, army medic",
    renderer="reportlab", layout="twocol", order="dateline", dates="month", present="Present",
    footer="Lee Sandercock  \u2013  Curriculum Vitae  \u2013  page {page} of {pages}", rl_family="Times",
    rl_size=10.5, accent="#7a1f1f",
    name="Lee Sandercock", tagline="Registered Paramedic (HCPC PA0418822)",
    contact=["7 Tanner's Row, Westmarch WM3 8JD", "07860 115 903", "lee.sandercock@mailbox.net"],
    body=[
        ("h", "Personal Profile"),
        ("p", "Twenty-three years in emergency and primary care: five in the Army, two on the 999 lines and "
              "fifteen on the road. A back injury in 2024 means I can no longer lift, and since spring 2025 I "
              "have been working in the Trust's clinical audit team. I am looking for a permanent role where "
              "I still deal with patients and families directly. What I bring: calm, clear communication with "
              "people on the worst day of their lives, an eye for detail in records, and no fear of a "
              "complaint."),
        ("h", "Career History"),
        ("jobs", [
            E("Clinical Audit Support Officer (redeployment)", "Westmarch Ambulance Service NHS Trust",
              "Trust HQ, Westmarch", "2025-04", "present", [
                "Audit electronic patient care records against JRCALC and local guidelines (cardiac arrest, stroke, falls)",
                "Prepare monthly compliance figures for the clinical governance group",
                "Give written feedback to crews on documentation standards",
            ], "affecting"),
            E("Paramedic", "Westmarch Ambulance Service NHS Trust", "Westmarch and Lowfield stations",
              "2012-09", "2025-03", [
                "Assessed and treated patients of all ages at home, in public places and at road traffic collisions",
                "Made decisions on conveyance or referral to community services, and explained them to patients and families",
                "Handed over at ED and completed safeguarding referrals",
                "Practice educator for student paramedics from Westmarch University (2018-2024)",
            ], "facing", "healthcare_care"),
            E("Emergency Care Assistant", "Westmarch Ambulance Service NHS Trust", None, "2010-03", "2012-08", [
                "Crewed an emergency ambulance with a paramedic; blue-light driving (C1)",
                "Moved and cared for patients, took observations and supported relatives at the scene",
            ], "facing", "healthcare_care"),
            E("Emergency Medical Dispatcher", "Westmarch Ambulance Service NHS Trust",
              "Emergency Operations Centre", "2008-06", "2010-02", [
                "Answered 999 calls, triaged using AMPDS and gave pre-arrival instructions including telephone CPR",
                "Kept callers on the line and calm until the crew arrived",
            ], "facing", "contact_center"),
            E("Combat Medical Technician", "British Army", "UK and overseas", "2003-01", "2008-12", [
                "Ran sick parade and treated soldiers at the regimental medical centre",
                "Trauma care on exercise and one operational tour; casualty evacuation",
            ], "facing", "healthcare_care", etype="military", prec="year"),
        ]),
        ("h", "Education and Qualifications"),
        ("ul", ["FdSc Paramedic Science, Westmarch University (2012)",
                "IHCD Ambulance Technician (2010)",
                "Class 2 Combat Medical Technician (2003)",
                "Practice Educator Award (2018)"]),
        ("h", "Additional Information"),
        ("p", "Full licence with C1. Comfortable with Word, Excel and the Trust's ePCR and Datix systems. "
              "Union workplace rep 2019-2023. Happy to travel between sites."),
        ("h", "References"),
        ("p", "Available on request; my current line manager is aware of this application."),
    ],
    desc="reportlab, twocol 2 pages + footer/dateline, month / 'Present', year-only army dates",
))

# --------------------------------------------------------------------------- w009
R.append(dict(
    file="w009.docx",
    family="Irish dental nurse CV, name and contact in the Word page header, tab-stop dates",
    renderer="docx", layout="header", order="title_org", dates="mon", present="Present",
    docx_hlevel=2, docx_font="Arial", docx_size=10,
    name="Niamh Corcoran",
    contact=["Apt 6, Castle Mews, Ballyfern, Co. Kildare  \u2022  087 412 6630  \u2022  niamhcorcoran@mailbox.ie"],
    body=[
        ("h", "Summary"),
        ("p", "Registered dental nurse (Dental Council of Ireland) with six years chairside. Most of my job is "
              "looking after the person in the chair: nervous adults, kids, people who haven't been to a "
              "dentist in years. I also run the front desk when we're short and I'm ready to do that side of "
              "things full time."),
        ("h", "Experience"),
        ("jobs", [
            E("Dental Nurse", "Kilbride Dental Clinic", "Ballyfern", "2020-05", "present", [
                "Chairside assisting for two dentists and a hygienist, including implant and sedation lists",
                "Reassure anxious patients and explain aftercare instructions",
                "Decontamination room, autoclave logs and stock ordering",
                "Cover reception: booking recalls, taking payments, PRSI and medical card claims",
            ], "facing", "healthcare_care"),
            E("Trainee Dental Nurse", "Harbour View Dental", "Ballyfern", "2018-09", "2020-04", [
                "Trained on the job while studying for the Certificate in Dental Nursing",
            ], "facing", "healthcare_care"),
            E("Shop Assistant", "Daly's Daybreak", "Ballyfern", "2015-01", "2018-12", [
                "Deli counter, lotto terminal and tills; opened up on Sunday mornings",
            ], "facing", "in_person_service", prec="year"),
            E("Childcare Assistant", "Little Acorns Cr\u00e8che", "Naas Road, Ballyfern", "2014-06", "2014-12", [
                "Helped in the toddler room: meals, nappies, outdoor play and daily notes for parents",
            ], "facing", "education"),
        ]),
        ("h", "Education"),
        ("p", "Certificate in Dental Nursing, Dublin Institute of Oral Health (2020)"),
        ("p", "QQI Level 5 Healthcare Support (2017)"),
        ("p", "Leaving Certificate, Scoil Bríd, Ballyfern (2014)"),
        ("h", "Other"),
        ("p", "Garda vetted. Irish and English. References available."),
    ],
    desc="docx, header/title_org, mon / 'Present'",
))

# --------------------------------------------------------------------------- w010
R.append(dict(
    file="w010.txt",
    family="Polish CV pasted as text, dates first (mm.yyyy), personal data and GDPR consent clause",
    renderer="txt", layout="pl", order="datefirst", dates="mm.yyyy", present="now", sep=" - ",
    txt_head="underscore", txt_width=72, bullet="-", txt_kvw=16, txt_kvsep=": ",
    name="CURRICULUM VITAE",
    contact=[""],
    body=[
        ("h", "Personal data"),
        ("kv", [("Name", "Magdalena Zawistowska"), ("Date of birth", "04.11.1990"),
                ("Address", "Flat 3, 27 Gorse Road, Kettleby KB6 2NW, United Kingdom"),
                ("Phone", "+44 7455 218 903"), ("E-mail", "m.zawistowska@mailbox.pl"),
                ("Nationality", "Polish (settled status in UK)")]),
        ("h", "Professional experience"),
        ("jobs", [
            E("Care Assistant", "Kettleby Grange Nursing Home", "Kettleby, UK", "2021-11", "present", [
                "personal care of residents - washing, dressing, feeding",
                "helping residents with mobility, using hoist and stand aid",
                "talking with residents and their families, taking part in activities",
                "writing daily notes in care system (Nourish)",
            ], "facing", "healthcare_care"),
            E("Room Attendant", "Riverside Lodge Hotel", "Kettleby, UK", "2019-03", "2021-10", [
                "cleaning 14-16 rooms per shift after check-out, changing linen",
                "reporting damages and lost property to supervisor",
            ], "affecting"),
            E("Order Picker", "LogiPol Sp. z o.o.", "Brzezinka Dolna, Poland", "2015-06", "2018-12", [
                "picking orders for internet shop with hand scanner",
                "packing and labelling parcels for courier",
            ], "affecting"),
            E("Production Worker", "Mebelex S.A.", "Brzezinka Dolna, Poland", "2011-01", "2015-12", [
                "assembling furniture elements on production line, quality control of own work",
            ], "none", prec="year"),
        ]),
        ("h", "Education"),
        ("p", "2006 - 2010  Technical School of Economics, Brzezinka Dolna - technician of economics"),
        ("h", "Courses"),
        ("ul", ["Care Certificate (2022)", "NVQ Level 2 Health and Social Care (2023)",
                "English course B2, Kettleby Adult College (2020)"]),
        ("h", "Languages"),
        ("p", "Polish - native, English - good (B2), Russian - basic"),
        ("h", "Interests"),
        ("p", "cooking, Nordic walking, crime novels"),
        ("sp",),
        ("p", "I hereby agree to the processing of my personal data included in this document for the "
              "purposes of the recruitment process in accordance with Regulation (EU) 2016/679 (GDPR) and "
              "the UK Data Protection Act 2018."),
    ],
    desc="txt, pl/datefirst, mm.yyyy / 'now'",
))

# --------------------------------------------------------------------------- w011
R.append(dict(
    file="w011.pdf",
    family="Brazilian CV in English, fpdf2 centred header, Company/Position/Period blocks, au pair year",
    renderer="fpdf2", layout="centred", order="kv", dates="mm/yyyy", present="current", sep=" to ",
    kv_labels=("Company", "Position", "Period", "Main activities:"), fp_size=8.8,
    fp_font="DejaVuSerif", accent_rgb=(0, 90, 60), fp_kv_width=20,
    name="Larissa Fonseca Prado",
    contact=["Rua das Palmeiras, 118 - Jardim Primavera - São Benedito do Sul - PR - Brazil",
             "+55 (41) 99812-4470  |  larissa.fprado@mailbox.com.br",
             "Brazilian, 31 years old, single"],
    body=[
        ("h", "OBJECTIVE"),
        ("p", "Patient Services Coordinator"),
        ("h", "SUMMARY OF QUALIFICATIONS"),
        ("ul", ["Five years in reception and guest service, three of them in healthcare",
                "Fluent English (lived two years in the USA), native Portuguese, intermediate Spanish",
                "Experience with health insurance authorizations, scheduling systems and WhatsApp Business"]),
        ("h", "PROFESSIONAL EXPERIENCE"),
        ("jobs", [
            E("Receptionist", "Clínica Vida Plena - Diagnostic Imaging", "São Benedito do Sul, PR",
              "2022-02", "present", [
                "Reception of patients for MRI, CT and ultrasound exams; check-in and document conference.",
                "Scheduling of exams by phone and WhatsApp, including preparation instructions.",
                "Requesting authorizations from health plans and checking coverage.",
                "Support to patients with mobility difficulties and their companions.",
            ], "facing", "in_person_service"),
            E("Au Pair", None, "Maple Hollow, Connecticut, USA", "2019-08", "2021-07", [
                "Care of three children (2, 5 and 8 years): school drop-off and pick-up, meals, homework, activities.",
                "Communication with teachers and the host parents about the children's routine.",
            ], "facing", "other_facing"),
            E("Hotel Receptionist", "Pousada Mar Azul", "Praia do Sossego, SC", "2017-03", "2019-06", [
                "Check-in and check-out, reservations by phone, e-mail and Booking extranet.",
                "Attendance to Argentine and Uruguayan tourists in Spanish.",
                "Closing of the cash register and daily reports to the owner.",
            ], "facing", "in_person_service"),
            E("Finance Intern (Estágio)", "Cooperativa Agrícola Vale Verde", "São Benedito do Sul, PR",
              "2015-08", "2016-12", [
                "Accounts payable, bank reconciliation and filing of invoices.",
            ], "none", etype="internship"),
        ]),
        ("h", "EDUCATION"),
        ("p", "Technologist in Hospital Management - Faculdade Integrada do Sul (2022 - 2024)"),
        ("p", "Technical Course in Administration - Colégio Estadual Dom Pedro (2014 - 2016)"),
        ("h", "LANGUAGES"),
        ("p", "Portuguese - native | English - fluent (TOEFL iBT 98, 2021) | Spanish - intermediate"),
        ("h", "ADDITIONAL INFORMATION"),
        ("p", "Available for relocation. Portuguese passport in process (Portuguese grandfather)."),
    ],
    desc="fpdf2, centred/kv (Company, Position, Period), mm/yyyy / 'to current'",
))

# --------------------------------------------------------------------------- w012
R.append(dict(
    file="w012.docx",
    family="UK optical assistant CV, Word tab-stop dates with bold title and italic employer, undated volunteering",
    renderer="docx", layout="tabs", order="title_org", dates="mon", present="Present", sep=" \u2013 ",
    docx_rule=True, accent_hex="5B2C6F", docx_font="Calibri", docx_right_i=False,
    name="Jasmin Bansal",
    contact=["Calderbridge  |  07456 771 092  |  jasmin.bansal@mailbox.co.uk"],
    body=[
        ("h", "PROFILE"),
        ("p", "Optical assistant who likes the bit where a patient walks out happy. I do pre-screening, "
              "dispensing support and collections, and before that I spent nearly three years in a lens lab, "
              "so I know what happens to a job after it leaves the practice."),
        ("h", "WORK EXPERIENCE"),
        ("jobs", [
            E("Optical Assistant", "ClearSight Opticians", "Calderbridge", "2021-10", "present", [
                "Pre-screening before the eye test: autorefractor, non-contact tonometer, visual fields and OCT",
                "Help patients choose frames, take measurements and explain lens options within their budget",
                "Collections and adjustments; phone patients when their glasses are ready",
                "Book appointments and recalls on Optix",
            ], "facing", "in_person_service"),
            E("Glazing Technician", "Lenscraft Laboratories", "Calderbridge", "2019-01", "2021-09", [
                "Edged and fitted lenses into full-rim, supra and rimless frames",
                "Checked finished jobs against the prescription on the focimeter before dispatch",
                "Hit a daily target of 90 jobs with under 2% remakes",
            ], "affecting"),
            E("Retail Assistant", "Bargain Barn", "Calderbridge", "2017-06", "2018-12", [
                "Tills, shelf filling and the weekly delivery",
            ], "facing", "in_person_service"),
        ]),
        ("h", "VOLUNTEERING"),
        ("jobs", [
            E("Volunteer Shop Assistant", "St Aldhelm's Hospice Shop", "Calderbridge", None, None, [
                "Saturday mornings on the till and sorting donations",
            ], "facing", "volunteering", section="volunteer", etype="volunteer", date_text="Ongoing"),
        ]),
        ("h", "QUALIFICATIONS"),
        ("ul", ["ABDO Level 3 Certificate for Optical Assistants (2023)",
                "BTEC Level 3 Extended Diploma in Applied Science, Calderbridge College (2017)",
                "Mandatory training: safeguarding, GDPR, fire safety"]),
        ("h", "LANGUAGES"),
        ("p", "English, Punjabi, some Hindi"),
    ],
    desc="docx, tabs/title_org, mon / 'Present', one undated entry",
))

# --------------------------------------------------------------------------- w013
R.append(dict(
    file="w013.html",
    family="South African CV as HTML, personal details table, matric, medical-aid call centre, undated church volunteering",
    renderer="html", layout="table", css="table", order="dash", dates="month", present="Present",
    sep=" - ", dash=" - ",
    name="Thandeka Mahlangu",
    contact=["Curriculum Vitae", "Cell: 072 481 6603 | Email: thandeka.mahlangu@mailbox.co.za"],
    body=[
        ("h", "Personal Details"),
        ("kv", [("Surname", "Mahlangu"), ("First Names", "Thandeka Precious"),
                ("Identity Number", "960512 0842 08X"), ("Gender", "Female"), ("Nationality", "South African"),
                ("Home Language", "isiZulu"), ("Other Languages", "English, Afrikaans, Sesotho"),
                ("Driver's Licence", "Code 10 (EB)"), ("Health", "Excellent"), ("Criminal Record", "None"),
                ("Residential Address", "2417 Mokoena Street, Tshwelopele Ext 3, Kwaggasrand, 0183")]),
        ("h", "Educational Background"),
        ("kv", [("Highest Grade Passed", "Grade 12 (Matric), 2014 - Thuto-Pele Secondary School"),
                ("Subjects", "English HL, isiZulu FAL, Mathematical Literacy, Life Sciences, Business Studies, Life Orientation"),
                ("Tertiary", "National Certificate: Contact Centre Operations NQF 2 (2020)")]),
        ("h", "Employment History"),
        ("jobs", [
            E("Inbound Call Centre Agent", "Umhlaba Medical Scheme", "Centurion", "2021-02", "present", [
                "Answering calls from members about claims, benefits and hospital pre-authorisations",
                "Registering chronic medication applications and following up with doctors' rooms",
                "Escalating complaints to the team leader and logging all calls on the CRM",
            ], "facing", "contact_center"),
            E("Data Capturer (Learnership)", "Rietfontein Community Clinic", "Kwaggasrand", "2020-03", "2021-01", [
                "Captured patient visit data on TIER.Net and filed patient folders",
                "Helped compile the monthly statistics for the sub-district office",
            ], "affecting", etype="internship"),
            E("Cashier", "SaveMor Hypermarket", "Kwaggasrand Mall", "2015-01", "2019-12", [
                "Operated till, handled cash and card payments, cashed up at end of shift",
                "Assisted customers with lay-bys and airtime purchases",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("h", "Community Involvement"),
        ("jobs", [
            E("Volunteer", "Grace Fellowship Church Soup Kitchen", "Kwaggasrand", None, None, [
                "Serve meals to homeless people on Sundays",
            ], "facing", "volunteering", section="volunteer", etype="volunteer", date_text=""),
        ]),
        ("h", "References"),
        ("kv", [("Ms. L. van Wyk", "Team Leader, Umhlaba Medical Scheme - 012 664 9031"),
                ("Mr. S. Nkosi", "Store Manager, SaveMor Hypermarket - 012 803 5517"),
                ("Sister M. Dlamini", "Operational Manager, Rietfontein Community Clinic - 012 807 4420")]),
    ],
    desc="html, table css/dash, month / 'Present', year-only cashier, undated volunteering",
))

# --------------------------------------------------------------------------- w014
R.append(dict(
    file="w014.pdf",
    family="English retail customer-service supervisor, reportlab with shaded left sidebar, pipe title line",
    renderer="reportlab", layout="sidebar", order="pipe", dates="mm/yyyy", present="Present", sep=" - ",
    rl_size=9.2, side_bg="#e9e4f0", accent="#4b2c6f",
    name="Dean Hollis",
    contact=["Ledgebury, Staffs", "07922 604 118", "deanhollis@mailbox.co.uk"],
    side=[
        ("h", "Key skills"),
        ("ul", ["Complaint handling", "Rotas & team briefings", "Refunds & till audits",
                "Mobile contracts & credit checks", "Stock control"]),
        ("h", "Education"),
        ("p", "Ledgebury High School - GCSEs incl. English & Maths"),
        ("p", "Level 3 Team Leading (2023)"),
        ("h", "Interests"),
        ("p", "Five-a-side, coaching my son's U9s, cooking"),
    ],
    body=[
        ("h", "Profile"),
        ("p", "Customer service supervisor with nine years in retail. I run a customer service desk that "
              "sees everything from a broken kettle to a customer in tears, and I am the person the "
              "team calls when a conversation is going wrong. Looking for a first role in healthcare."),
        ("h", "Career history"),
        ("jobs", [
            E("Customer Service Supervisor", "Hartwell's Department Store", "Ledgebury", "2022-04", "present", [
                "Run the customer service desk and click & collect point, supervising 12 staff",
                "Handle escalated complaints face to face and by phone, with authority for goodwill gestures",
                "Build weekly rotas around a £4k budget; run the morning huddle",
            ], "facing", "in_person_service"),
            E("Sales Advisor", "Conexa Mobile", "Ledgebury", "2019-07", "2022-03", [
                "Sold pay-monthly contracts, upgrades and broadband, regularly 110%+ of target",
                "Set up handsets and transferred data for customers who were not confident with technology",
            ], "facing", "sales_account"),
            E("Night Replenishment Assistant", "Grocer's Choice", "Ledgebury", "2017-10", "2019-06", [
                "Worked 10pm-6am with the store closed: unloaded cages, filled ambient aisles, rotated stock",
            ], "affecting"),
            E("Bar Staff", "The Fox & Lantern", "Ashcombe", None, None, [], "facing", "in_person_service",
              date_text="Summer 2017"),
        ]),
    ],
    desc="reportlab, sidebar/pipe, mm/yyyy / 'Present', season",
))

# --------------------------------------------------------------------------- w015
R.append(dict(
    file="w015.docx",
    family="Kenyan CV, Word two-column layout table with shaded sidebar, personal details, attachment and referees",
    renderer="docx", layout="sidebar", order="title_org", dates="month,", present="To Date", sep=" \u2013 ",
    side_hex="E2EFDA", accent_hex="375623", docx_size=10, docx_font="Cambria",
    name="FAITH WAMBUI NJOROGE",
    contact=["P.O. Box 1142-00219", "Kiserian Heights", "+254 722 318 907", "faithwambui.n@mailbox.co.ke"],
    side=[
        ("h", "PERSONAL DETAILS"),
        ("kv", [("Date of Birth", "9th June 1995"), ("ID No.", "31884207"), ("Nationality", "Kenyan"),
                ("Marital Status", "Single"), ("Religion", "Christian")]),
        ("h", "LANGUAGES"),
        ("p", "English, Kiswahili, Kikuyu"),
        ("h", "COMPUTER SKILLS"),
        ("p", "MS Office, Salesforce Service Cloud, KenyaEMR basics"),
        ("h", "HOBBIES"),
        ("p", "Netball, reading, volunteering with the youth group"),
    ],
    body=[
        ("h", "PROFESSIONAL PROFILE"),
        ("p", "A self-driven and customer-oriented Health Records professional with over seven years' "
              "experience in health records and customer care. Hardworking, honest and able to work with "
              "minimal supervision."),
        ("h", "WORK EXPERIENCE"),
        ("jobs", [
            E("Customer Care Executive", "Jambo Mobile Ltd", "Upper Kiserian", "2021-03", "present", [
                "Handling inbound calls and social media queries (X, Facebook) on mobile money reversals and line issues",
                "Resolving customer complaints at first contact and escalating where necessary",
                "Achieved 94% first-call resolution in Q2 2024",
            ], "facing", "contact_center"),
            E("Medical Records Clerk", "Mercy Hope Mission Hospital", "Kiserian Heights", "2019-01", "2021-02", [
                "Retrieving and filing patients' files for outpatient clinics",
                "Coding diagnoses using ICD-10 and preparing NHIF claim documents",
                "Compiling monthly morbidity returns for the county",
            ], "affecting"),
            E("Front Office Attach\u00e9", "Kiambaa Sub-County Hospital", "Kiambaa", "2018-05", "2018-07", [
                "Registering patients at the OPD triage desk and directing them to the relevant clinics",
            ], "facing", "in_person_service", etype="internship",
              extra=["Industrial attachment (3 months)"]),
            E("Mobile Money Agent Assistant", "Tumaini Agencies", "Kiserian Heights", "2016-01", "2017-12", [
                "Deposits, withdrawals and airtime for customers at the kiosk; daily float reconciliation",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("h", "EDUCATION"),
        ("p", "2016 \u2013 2018: Diploma in Health Records and Information Technology, Kiserian Medical Training College"),
        ("p", "2010 \u2013 2013: Kenya Certificate of Secondary Education (KCSE), Nyakinyua Girls High School, Mean Grade B-"),
        ("h", "REFEREES"),
        ("p", "1. Mr. Peter Kamau Gitau, Team Leader, Jambo Mobile Ltd. Tel: +254 733 410 226"),
        ("p", "2. Mrs. Lucy Wairimu Ndungu, Health Records Officer, Mercy Hope Mission Hospital. Tel: +254 711 092 354"),
        ("p", "3. Rev. Samuel Mwangi, PCEA Kiserian Heights Parish. Tel: +254 720 668 145"),
    ],
    desc="docx, sidebar/title_org, 'Month, YYYY' / 'to date'",
))
