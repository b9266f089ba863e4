"""wild130 résumés w001–w015 (health and social care). All people and employers are invented."""
from lib import E

TITLE_ORG = [("h1", "{title}", "{dates}"), ("h2", "{org_loc}", "")]

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.pdf",
    family="Welsh healthcare assistant (Band 2 bank to Band 3), NHS-style two-page CV, reportlab, centred header, "
           "title line with right-aligned dates, page footer 'Page n of N'",
    desc="reportlab, nhs/title_org, mon / 'Present'",
    renderer="rl",
    rl=dict(layout="nhs", page="A4", font="Helvetica", size=10, accent="#003087",
            footer="{name} – Curriculum Vitae          Page {page} of {total}", footer_rule=True),
    name="Shannon Pryce",
    contact=["14 Heol y Felin, Wrexford, LL19 4TQ", "07700 913 482  |  shannon.pryce@inboxmail.co.uk",
             "Full UK driving licence  ·  DBS (enhanced) on the update service"],
    dates=dict(style="mon", sep=" – ", present="Present"),
    hdr=TITLE_ORG,
    body=[
        ("text", "Personal Statement", [
            "I am a caring and reliable Healthcare Assistant with nine years in adult and older-person care, "
            "currently working substantively at Band 3 on a busy care-of-the-elderly ward. I enjoy the practical side "
            "of nursing care and the conversations that come with it, and I am proud of the way I support patients "
            "with dementia and delirium. I am now looking for a Band 3 Clinical Support Worker post in a community or "
            "intermediate care team, where I can use my venepuncture and observation competencies and continue "
            "towards the Nursing Associate apprenticeship."]),
        ("exp", "Employment History", [
            E("Healthcare Assistant (Band 3)", "Wrexford Valley University Health Board", "Ward 7, Wrexford",
              "2022-03", "present", [
                  "Deliver personal care to up to eight older patients a shift on a 28-bed care-of-the-elderly ward: "
                  "washing, dressing, continence care, pressure-area checks and repositioning",
                  "Record NEWS2 observations, fluid balance and food charts on the electronic system and escalate "
                  "rising scores to the nurse in charge straight away",
                  "Perform venepuncture and capillary blood glucose monitoring (health board competencies signed off 2023)",
                  "Sit with patients living with dementia at mealtimes and use 'This is Me' to learn their routines "
                  "and what settles them",
                  "Buddy new Band 2 starters through their first shifts and the Care Certificate workbook"],
              kind="healthcare_care"),
            E("Healthcare Support Worker (Band 2) – Bank", "Wrexford Valley University Health Board", "Wrexford",
              "2020-06", "2022-02", [
                  "Picked up shifts across medical, surgical and the COVID assessment unit, often at short notice",
                  "Helped patients to wash, use the toilet and mobilise; made beds and restocked bays",
                  "Joined safety huddles and gave handover on my patients to the oncoming shift"],
              kind="healthcare_care"),
            E("Care Assistant", "Meadowcroft House Residential Home", "Coed-y-Glyn", "2017-09", "2020-05", [
                "Supported 32 residents with getting up, personal care, meals and going to bed",
                "Ran afternoon activities such as bingo, seated exercise and sing-alongs",
                "Wrote daily notes and reported any change in skin, appetite or mood to the senior on shift"],
              kind="healthcare_care"),
        ]),
        ("exp", "Voluntary Work", [
            E("Day Hospice Volunteer", "St Aldhelm's Hospice", "Rhoswen", "2015", "2017", [
                "Served drinks and lunch to guests at the Thursday day-therapy group and chatted with them between "
                "sessions",
                "Helped out at craft afternoons and on the hospice stall at the Christmas fair"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("break",),
        ("text", "Education & Qualifications", [
            "Level 3 Diploma in Health and Social Care (Adults) – Coleg Dyffryn Alun\t2021",
            "All Wales Induction Framework for Health and Social Care / Care Certificate\t2020",
            "GCSEs: 8 at A*–C including English Language, Maths and Welsh – Ysgol Bryn Teg\t2010 – 2015",
        ]),
        ("text", "Mandatory Training (all in date)", [
            "* Manual Handling – practical update, Nov 2025",
            "* Basic Life Support – Mar 2026",
            "* Safeguarding Adults and Children Level 2 – Jan 2026",
            "* Infection Prevention & Control, Information Governance, Fire Safety – 2026",
        ]),
        ("text", "Skills", [
            "Venepuncture · capillary blood glucose · NEWS2 and fluid balance · dementia care · moving and handling "
            "with hoists and standing aids · end-of-life comfort care · Welsh (conversational)"]),
        ("text", "Interests", [
            "Walking with my dog on the Clwydian hills, choir, and baking for the ward on birthdays."]),
        ("text", "References", [
            "Sister Angharad Lewis, Ward Manager, Ward 7, Wrexford Valley University Health Board",
            "Mrs Pauline Rees, Registered Manager, Meadowcroft House Residential Home",
            "Contact details available on request."]),
    ],
))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.docx",
    family="US medical biller and coder, Word heading styles with list bullets and right tab-stop dates, "
           "summary, certifications with dates",
    desc="docx, styles/title_org, month / 'Present'",
    renderer="docx",
    dx=dict(mode="styles", page="Letter", font="Calibri", size=10.5, accent="2E4A62", h1_style="Heading 3",
            title_style=True, margin=2.2),
    name="Tamika J. Hollis",
    contact=["Lakewood, OH 44107  •  (216) 555-0148  •  tamika.hollis.cpc@fastmail.us",
             "linkedin.com/in/tamikahollis-cpc"],
    dates=dict(style="month", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org} — {loc}", "")],
    body=[
        ("text", "Summary", [
            "Certified Professional Coder with five years on the back end of the revenue cycle and three years "
            "answering patients' billing questions. Clean-claim rate above 97%, comfortable in athenaOne, Epic "
            "Resolute and Waystar."]),
        ("exp", "Professional Experience", [
            E("Medical Billing & Coding Specialist", "Lakeshore Orthopedic Associates", "Westlake, OH",
              "2021-05", "present", [
                  "Code office visits, joint injections and minor procedures from provider notes using ICD-10-CM, "
                  "CPT and HCPCS Level II",
                  "Scrub and submit roughly 180 claims a day through the Waystar clearinghouse; clear rejections "
                  "within 24 hours",
                  "Work the denial queue, write appeals with supporting documentation and track overturn rates",
                  "Post ERA/EOB payments and contractual adjustments in athenaOne"],
              cs="affecting"),
            E("Patient Account Representative", "Ridgeview Health System", "Parma, OH", "2018-03", "2021-04", [
                "Took inbound calls from patients confused by their statements and walked them through charges, "
                "insurance adjustments and what they still owed",
                "Set up payment plans and helped callers apply for financial assistance",
                "Documented every call in Epic and sent disputed accounts to the billing supervisor"],
              kind="contact_center"),
            E("Medical Records Clerk", "Ridgeview Health System", "Parma, OH", "2016-08", "2018-02", [
                "Scanned and indexed loose paper documents into the electronic chart",
                "Processed release-of-information requests from attorneys and insurance carriers",
                "Pulled and refiled charts for internal audits"],
              cs="affecting"),
            E("Cashier", "Pardee Family Grocers", "Lakewood, OH", "2014-06", "2016-07", [], kind="in_person_service"),
        ]),
        ("text", "Education", [
            "Associate of Applied Science, Health Information Technology\t2018",
            "Cuyahoga Valley Community College, Parma, OH",
        ]),
        ("text", "Certifications", [
            "* Certified Professional Coder (CPC), AAPC — 2019",
            "* Certified Billing & Coding Specialist (CBCS), NHA — 2021",
            "* HIPAA Privacy & Security training — renewed January 2026",
        ]),
        ("text", "Software", ["athenaOne · Epic Resolute PB · Waystar · Availity · Excel (pivot tables, VLOOKUP)"]),
    ],
))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.txt",
    family="Filipino staff nurse applying abroad, plain text with caps headings, title / employer / place / "
           "dates each on their own line, licences and seminars with dates, character references",
    desc="txt, caps/dateline, month / 'Present'",
    renderer="txt",
    tx=dict(head="eq", glyph="•", bind="   ", entry_blank=True, name_lines=["MARIA KRISTINA D. VILLANUEVA, RN"]),
    name="Maria Kristina D. Villanueva",
    contact=["Blk 12 Lot 7 Sampaguita St., Brgy. Commonwealth, Quezon City 1121",
             "Mobile: +63 917 555 2841 | Email: mkdvillanueva.rn@mailbox.ph", "Date of Birth: 14 March 1994"],
    dates=dict(style="month", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", ""), ("h2", "{org}", ""), ("h2", "{loc}", ""), ("h2", "{dates}", "")],
    body=[
        ("text", "Career Objective", [
            "To obtain a Registered Nurse position in a hospital abroad where my six years of medical-surgical and "
            "emergency experience can be of use, and to grow professionally."]),
        ("exp", "Work Experience", [
            E("STAFF NURSE – Medical-Surgical Ward", "St. Benedict Medical Center", "Quezon City", "2019-06",
              "present", [
                  "Handles 8–12 patients per shift in a 40-bed medical-surgical unit",
                  "Administers oral, IV and subcutaneous medications and watches for adverse reactions",
                  "Does admission assessments, wound care, NGT and Foley catheter insertion",
                  "Gives health teaching to patients and their watchers before discharge",
                  "Acts as charge nurse on night shift when assigned"],
              kind="healthcare_care"),
            E("STAFF NURSE (Contractual)", "Dr. Amado Reyes Memorial Hospital", "Malolos, Bulacan", "2017-08",
              "2019-05", [
                  "Assigned at the Emergency Room, then the Pediatric Ward",
                  "Triaged walk-in patients and assisted doctors during suturing and resuscitation",
                  "Monitored IV fluids and vital signs of pediatric patients"],
              kind="healthcare_care"),
            E("NURSE TRAINEE", "Dr. Amado Reyes Memorial Hospital", "Malolos, Bulacan", "2017-02", "2017-07", [
                "6-month hospital training program (no salary); rotated in OR/DR, wards and OPD",
                "Assisted in normal spontaneous deliveries and cared for post-partum mothers"],
              kind="healthcare_care", et="internship"),
            E("CUSTOMER SERVICE REPRESENTATIVE (Healthcare Account)", "Northpoint Global Solutions, Inc.",
              "Pasig City", "2016-05", "2016-12", [
                  "Answered calls from US health-plan members about benefits, claim status and in-network doctors",
                  "Met AHT and quality targets; commended for empathy in QA call reviews"],
              kind="contact_center"),
        ]),
        ("text", "Licenses and Examinations", [
            "* Philippine Nurse Licensure Examination – PASSED, November 2015 (PRC License No. 0XXXXXX)",
            "* NCLEX-RN – PASSED, March 2025",
            "* IELTS Academic – Overall Band 7.5, January 2025",
        ]),
        ("text", "Educational Background", [
            "Bachelor of Science in Nursing",
            "Colegio de San Lorenzo Ruiz, Valenzuela City",
            "2011 – 2015",
            "Related Learning Experience: Bulacan Provincial Hospital and community health rotations, 2013 – 2015",
        ]),
        ("text", "Trainings and Seminars Attended", [
            "* Basic Life Support and Advanced Cardiac Life Support – Philippine Heart Society, August 2024",
            "* IV Therapy Training – ANSAP, October 2017",
            "* Infection Control in the Hospital Setting – St. Benedict Medical Center, 2021",
        ]),
        ("text", "Character References", [
            "Ms. Liza M. Ocampo, RN, MAN – Chief Nurse, St. Benedict Medical Center – 0918 555 0102",
            "Dr. Ramon T. Cruz – ER Head, Dr. Amado Reyes Memorial Hospital – 0927 555 3319"]),
        ("text", None, [
            "I hereby certify that the above information is true and correct to the best of my knowledge."]),
    ],
))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.pdf",
    family="US state-tested nursing assistant, fpdf2 centred header, title with right-aligned dates and employer "
           "below, separate 'Clinical Experience' section with a season",
    desc="fpdf2, centred/title_org, mm/yyyy / 'Present'",
    renderer="fpdf",
    fp=dict(layout="centred", page="Letter", font="Sans", size=9.5, accent=(20, 70, 120), caps_heads=True),
    name="Brianna L. Whitcomb",
    contact=["Grove City, OH 43123  |  614-555-0187  |  bwhitcomb.stna@gmail-mail.com"],
    dates=dict(style="mm/yyyy", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Summary", [
            "Patient and dependable STNA with three years in long-term care. Known for keeping residents comfortable "
            "and for clear charting. Currently taking LPN prerequisites at night."]),
        ("text", "Certifications", [
            "* State Tested Nurse Aide (STNA), Ohio Nurse Aide Registry — 2021",
            "* BLS for Healthcare Providers, American Heart Association — exp. 08/2027",
        ]),
        ("exp", "Experience", [
            E("State Tested Nursing Assistant (STNA)", "Maple Crest Rehabilitation & Nursing", "Grove City, OH",
              "2023-04", "present", [
                  "Care for 12–14 residents on a long-term hall: bathing, dressing, toileting and help with meals",
                  "Use Hoyer lift and gait belt for safe transfers; turn and reposition every two hours",
                  "Chart ADLs and intake in PointClickCare and report changes to the charge nurse",
                  "Talk with families at visiting time and pass their questions to the nurse"],
              kind="healthcare_care"),
            E("Dietary Aide", "Maple Crest Rehabilitation & Nursing", "Grove City, OH", "2021-09", "2023-03", [
                "Portioned plates on the tray line to match diet cards (mechanical soft, renal, diabetic)",
                "Washed dishes, pots and carts; logged fridge and dish-machine temperatures",
                "Stocked the nourishment rooms on each hall"],
              cs="affecting"),
            E("Crew Member", "Buckeye Burger Co.", "Hilliard, OH", "2019-06", "2021-08", [
                "Took orders at the front counter and drive-thru window",
                "Handled cash and card payments and kept the lobby clean"],
              kind="in_person_service"),
        ]),
        ("exp", "Clinical Experience", [
            E("CNA Student – Clinical Rotation", "Greenbriar Senior Living", "Dublin, OH", "2021-06", "2021-08", [
                "Supervised clinical hours giving personal care, vital signs and feeding assistance to residents "
                "under the RN instructor"],
              kind="healthcare_care", sec="other", et="internship", dtext="Summer 2021"),
        ]),
        ("text", "Education", [
            "State-approved Nurse Aide Training Program — Franklin Heights Career Center, 2021",
            "High School Diploma — Westland Hills High School, 2019",
            "LPN prerequisites (Anatomy & Physiology I) — Columbus Area Community College, 2026 – present",
        ]),
    ],
))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.docx",
    family="English medical secretary and former ward clerk, Word with a borderless table per job "
           "(role and hospital left, dates right), 'to date'",
    desc="docx, table/title_org, mon / 'to date'",
    renderer="docx",
    dx=dict(mode="table", page="A4", font="Arial", size=10, accent="444444", centred=True, caps_heads=True,
            date_italic=False),
    name="Joanne Whitfield",
    contact=["27 Beckside Close, Kirkby Ashton, KA4 7RW", "Mobile 07700 900 731 · jo.whitfield@postbox.co.uk"],
    dates=dict(style="mon", sep=" to ", present="date"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Profile", [
            "Experienced NHS administrator with over ten years in hospital settings, including six years as a "
            "medical secretary in cardiology. Fast, accurate audio typist (75 wpm) with a calm telephone manner and "
            "a good grasp of medical terminology and 18-week rules."]),
        ("exp", "Career History", [
            E("Medical Secretary – Cardiology (Band 4)", "Harrowgate Park Hospital", "Kirkby Ashton", "2019-10",
              "present", [
                  "Audio-type clinic letters and discharge summaries for three consultants using digital dictation",
                  "Manage consultant diaries, clinic templates and on-call rotas",
                  "Take calls from patients and GPs about appointments, results and clinic changes, and cover the "
                  "department reception window when the clerk is on leave",
                  "Track 18-week pathways and chase outstanding test results"],
              kind="in_person_service"),
            E("Ward Clerk (Band 2)", "Harrowgate Park Hospital", "Kirkby Ashton", "2016-04", "2019-09", [
                "First point of contact on a busy acute medical unit – welcomed visitors and pointed them to the "
                "right bay",
                "Admitted, transferred and discharged patients on PAS and kept the bed board current",
                "Ordered stationery and kept patient notes in order"],
              kind="in_person_service"),
            E("Trainee Clinical Coder", "Harrowgate Park Hospital", "Kirkby Ashton", "2015-01", "2016-03", [
                "Assigned ICD-10 and OPCS-4 codes to inpatient episodes from case notes",
                "Worked to the monthly freeze date for activity submission"],
              cs="affecting"),
            E("Sales Assistant", "Bramleys of Kirkby", "Kirkby Ashton", "2012", "2014", [
                "Served customers in ladies' fashion and haberdashery",
                "Worked the till and processed refunds and exchanges"],
              kind="in_person_service"),
        ]),
        ("text", "Qualifications", [
            "AMSPAR Level 3 Diploma for Medical Secretaries\t2016",
            "Clinical Coding Standards Course (NHS Digital accredited)\t2015",
            "A levels: English Language (B), Psychology (C), Business (C)\t2012",
        ]),
        ("text", "IT Skills", ["Microsoft Word, Outlook and Excel; Lorenzo PAS; WinScribe digital dictation; e-Referrals"]),
        ("text", "References", [
            "Dr P. Kaur, Consultant Cardiologist, Harrowgate Park Hospital",
            "Mrs D. Holt, Medical Secretaries Team Leader, Harrowgate Park Hospital"]),
    ],
))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.pdf",
    family="US phlebotomist and former lab assistant, reportlab with shaded left sidebar (contact, certifications, "
           "skills, languages), title line with right dates, employer below",
    desc="reportlab, sidebar/title_org, mon / 'Current'",
    renderer="rl",
    rl=dict(layout="sidebar", page="letter", font="Helvetica", size=9.5, accent="#7a1f3d", side_fill="#f3e6ea",
            side_w=175, rules=True),
    name="Marisol Arce",
    tagline="Certified Phlebotomy Technician",
    contact=["Pasadena, TX 77506", "(713) 555-0162", "marisol.arce.cpt@webmail.com"],
    side=[
        ("Certifications", ["CPT – Certified Phlebotomy Technician (NHA), 2022", "BLS (AHA), renewed 2024"]),
        ("Skills", ["* Venipuncture & capillary", "* Pediatric and geriatric draws", "* Chain-of-custody UDS",
                    "* Centrifuge & aliquot", "* Epic Beaker / Sunquest"]),
        ("Languages", ["English, Spanish (native)"]),
    ],
    dates=dict(style="mon", sep=" – ", present="Current"),
    hdr=TITLE_ORG,
    body=[
        ("text", "Profile", [
            "Phlebotomist with four years at a busy patient service center and three years behind the scenes in a "
            "hospital core lab. I am good with nervous patients and careful with labels."]),
        ("exp", "Experience", [
            E("Phlebotomist", "Quadrant Diagnostic Laboratories", "Pasadena, TX", "2022-03", "present", [
                "Draw 45–60 patients a day by venipuncture and fingerstick, including children and hard sticks",
                "Check identity and orders, explain fasting and collection instructions and calm anxious patients",
                "Collect urine drug screens with chain-of-custody paperwork",
                "Process and package specimens for courier pickup"],
              kind="healthcare_care"),
            E("Laboratory Assistant – Specimen Processing", "Mercy Ridge Medical Center", "Houston, TX",
              "2019-08", "2022-02", [
                  "Received, accessioned and centrifuged specimens in the core lab",
                  "Aliquoted serum and plasma for send-out tests and sorted out mislabeled tubes with the "
                  "nursing units",
                  "Loaded chemistry and hematology analyzers and filed racks for storage"],
              cs="affecting"),
            E("Student Research Assistant", "Gulf Coast State University – Department of Biology", "Houston, TX",
              "2018-01", "2019-05", [
                  "Washed glassware, poured agar plates and made buffers for a microbiology research lab",
                  "Kept the freezer inventory and ordering log"],
              cs="none", sec="other"),
        ]),
        ("exp", "Volunteer", [
            E("Donor Ambassador", "Tri-County Blood Alliance", "Pasadena, TX", "2017", "2019", [
                "Welcomed donors at mobile blood drives, helped with sign-in and served snacks in the canteen "
                "while keeping an eye out for reactions"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Education", [
            "# Phlebotomy Technician Certificate\t2021", "Bayport Technical Institute, Pasadena, TX",
            "# B.S. Biology\t2019", "Gulf Coast State University, Houston, TX"]),
    ],
))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007.html",
    family="Indian ICU staff nurse applying to the UK, HTML résumé saved from a job portal, a table per job "
           "(designation / hospital / duration), personal details and declaration",
    desc="html, table/title_org, mon / 'Till Date'",
    renderer="html",
    ht=dict(mode="table", generator="ResumeMaker Online 3.2",
            css="body{font-family:Verdana,sans-serif;font-size:13px;margin:20px 60px}h2{background:#dde;"
                "padding:3px;font-size:14px}table.job{border-collapse:collapse;margin-top:8px}"),
    name="Anju Mariam Thomas",
    contact=["Puthenpurackal House, Edappally P.O., Kochi, Kerala – 682024",
             "Mobile: +91 94470 55512 | E-mail: anjumariam.t@mailhub.in", "Passport No: Z1234567 (valid till 2033)"],
    dates=dict(style="mon", sep=" – ", present="Till Date"),
    hdr=[("h1", "Designation: {title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Career Objective", [
            "Seeking a challenging position as a Registered Nurse in the NHS where I can apply my critical-care "
            "knowledge and skills for the betterment of patients."]),
        ("exp", "Professional Experience (8 years)", [
            E("Staff Nurse – Medical ICU", "Sree Narayana Multispeciality Hospital", "Kochi, Kerala", "2020-08",
              "present", [
                  "12-bedded MICU, nurse–patient ratio 1:2",
                  "Managing ventilated patients, central lines, arterial lines and inotrope infusions",
                  "Assisting in intubation, CVC insertion and bedside procedures",
                  "Counselling relatives during visiting hours and preparing patients for shifting to wards"],
              kind="healthcare_care"),
            E("Home Care Nurse (weekends)", "Carewell Home Health Services", "Kochi, Kerala", "2020-01", "2020-07", [
                "Visited bedridden elderly patients at home for NG feeds, catheter care and wound dressing"],
              kind="healthcare_care"),
            E("Staff Nurse", "Lakshmi Nursing Home", "Thrissur, Kerala", "2018-06", "2020-07", [
                "General ward and labour room duties",
                "Pre- and post-operative care, IV cannulation and drug administration"],
              kind="healthcare_care"),
            E("Intern Nurse (Compulsory Internship)", "St. Gregorios Medical Mission Hospital", "Kollamkode, Kerala",
              "2017-12", "2018-05", [
                  "Six months of rotatory internship in medicine, surgery, OBG, paediatrics and community health"],
              kind="healthcare_care", et="internship"),
        ]),
        ("text", "Educational Qualification", [
            "B.Sc. Nursing – St. Gregorios College of Nursing (Kerala University of Health Sciences), 2013 – 2017, "
            "First Class (71%)",
            "Higher Secondary (Biology Science) – Kerala State Board, 2013, 88%",
        ]),
        ("text", "Registration & Language", [
            "* Kerala Nurses and Midwives Council – Registered Nurse & Registered Midwife, 2018",
            "* OET Nursing – Grade B in all four sub-tests, 14 June 2025",
            "* NMC UK CBT – passed, September 2025"]),
        ("text", "Personal Details", [
            "Date of Birth: 02/05/1995 · Gender: Female · Marital Status: Married · Nationality: Indian",
            "Languages Known: English, Malayalam, Hindi, Tamil"]),
        ("text", "Declaration", [
            "I hereby declare that all the details furnished above are true to the best of my knowledge and belief.",
            "Place: Kochi                Anju Mariam Thomas"]),
    ],
))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.docx",
    family="Nigerian nurse-midwife preparing for NMC registration, Word two-column layout table with shaded "
           "sidebar (personal data, nested languages table, registration), year-only dates and 'Date'",
    desc="docx, sidebar/title_org, yyyy / 'Date'",
    renderer="docx",
    dx=dict(mode="sidebar", page="A4", font="Cambria", size=10, accent="0B5345", side_fill="D4EFDF", side_w=6.0,
            caps_heads=True, head_rule=False, margin=1.6),
    name="Chiamaka Blessing Eze",
    contact=["No. 8 Adebayo Close, Ikota, Lekki, Lagos", "+234 803 555 1927", "chiamaka.eze.rnrm@mail.ng"],
    side=[
        ("Personal Data", ["Date of Birth: 11th July 1992", "State of Origin: Anambra", "Marital Status: Single"]),
        ("Languages", [("table", [["English", "Fluent"], ["Igbo", "Native"], ["Yoruba", "Good"]])]),
        ("Registration", ["NMCN Registered Nurse (2016)", "NMCN Registered Midwife (2019)",
                          "NMC (UK) CBT – Passed, May 2025"]),
        ("Hobbies", ["Reading, singing in the church choir, travelling"]),
    ],
    dates=dict(style="month", sep=" – ", present="Date"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Career Objective", [
            "A compassionate nurse and midwife seeking to join a maternity team where safe, woman-centred care is "
            "valued, and to keep developing through continuous learning."]),
        ("exp", "Working Experience", [
            E("Staff Nurse / Midwife", "Lagoon Crest Specialist Hospital", "Lekki, Lagos", "2021", "present", [
                "Admit, assess and care for women in the antenatal, labour and postnatal wards",
                "Conduct normal deliveries and immediate newborn care; run the infant-welfare clinic on Tuesdays",
                "Health-educate mothers on breastfeeding, immunisation and family planning"],
              kind="healthcare_care"),
            E("Nursing Officer II", "Ogunmola General Hospital", "Abeokuta, Ogun State", "2018", "2020", [
                "Rotated through the male medical ward and accident & emergency",
                "Gave medications, dressed wounds and monitored vital signs",
                "Supervised student nurses on clinical posting"],
              kind="healthcare_care"),
            E("Corps Member – Nurse (NYSC)", "Primary Health Centre, Tudun Wada", "Gusau, Zamfara State", "2017",
              "2017", [
                  "Ran immunisation sessions and antenatal clinics for the community",
                  "Took part in house-to-house malaria prevention outreach"],
              kind="healthcare_care", et="internship"),
        ]),
        ("exp", "Voluntary Service", [
            E("Volunteer Health Educator", "Women Health Alive Initiative", "Ibadan, Oyo State", "2014", "2016", [
                "Gave talks on cervical screening and breast self-examination at markets and churches"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Educational Qualifications", [
            "Bachelor of Nursing Science (BNSc) – Ladoke Hills University, Ogbomoso\t2011 – 2016",
            "Post-Basic Midwifery – School of Midwifery, Lagos\t2018 – 2019",
            "West African Senior School Certificate (WASSCE)\t2010"]),
        ("text", "Referees", [
            "Matron F. Adeyemi, Chief Nursing Officer, Lagoon Crest Specialist Hospital, Lekki",
            "Dr. (Mrs) O. Balogun, Medical Director, Ogunmola General Hospital, Abeokuta"]),
    ],
))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.txt",
    family="US sterile processing technician, Indeed-style export pasted as text, 'Month YYYY to Present', "
           "one entry without bullets",
    desc="txt, indeed/dateline, month / 'Present'",
    renderer="txt",
    tx=dict(head="plain", glyph="-", entry_blank=True, blank_after_head=True),
    name="Derek Sandoval",
    contact=["Meridian, ID 83642", "derek.sandoval.spd@quickmail.com", "+1 208 555 0173"],
    dates=dict(style="month", sep=" to ", present="Present"),
    hdr=[("h1", "{title}", ""), ("h2", "{org} - {loc}", ""), ("h2", "{dates}", "")],
    body=[
        ("exp", "Work Experience", [
            E("Sterile Processing Technician II", "Summit Valley Surgical Hospital", "Boise, ID", "2022-03", "present", [
                "Decontaminate, inspect and assemble orthopedic and general surgery trays to count sheets",
                "Run steam and low-temperature sterilizers; record biological indicator and Bowie-Dick results",
                "Track instruments in SPM and build case carts for the next day's OR schedule"],
              cs="affecting"),
            E("Sterile Processing Technician I", "Summit Valley Surgical Hospital", "Boise, ID", "2020-10", "2022-02", [
                "Worked the decontamination side: manual cleaning, ultrasonic and washer-disinfectors",
                "Restocked sterile supply rooms"],
              cs="affecting"),
            E("Patient Transporter", "Summit Valley Surgical Hospital", "Boise, ID", "2019-05", "2020-09", [
                "Moved patients by wheelchair and stretcher between rooms, imaging and pre-op",
                "Checked wristbands and kept patients talking and at ease on the way"],
              kind="healthcare_care"),
            E("Production Line Operator", "Snake River Potato Processors", "Nampa, ID", "2017-08", "2019-04", [
                "Ran the blancher and fryer section of a frozen-fries line on 12-hour nights",
                "Cleared jams, logged oil temperatures and helped with the weekly sanitation shutdown"],
              cs="none"),
            E("Cashier", "QuickStop Fuel & Market", "Meridian, ID", "2016-05", "2017-07", [],
              kind="in_person_service"),
        ]),
        ("text", "Education", ["High school or equivalent", "GED", "2016"]),
        ("text", "Certifications and Licenses", [
            "CRCST (Certified Registered Central Service Technician)", "March 2021 to Present",
            "", "CHL (Certified Healthcare Leader)", "June 2024 to Present"]),
        ("text", "Skills", ["* Sterile processing (5 years)", "* Medical terminology (5 years)",
                            "* Surgical instruments (5 years)", "* Forklift (1 year)"]),
        ("text", "Additional Information", [
            "Open to nights and weekends. Looking for a lead tech or instrument coordinator role."]),
    ],
))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.md",
    family="UK student nurse in Markdown, clinical placements listed as their own section, bank HCA, barista "
           "and hospice charity-shop volunteering",
    desc="md, h3/title_org, mon / 'present'",
    renderer="md",
    md=dict(h1="### {l}", h2="**{l}**{r}", r2=" · *{r}*", glyph="-", head_fmt="## {h}"),
    name="Ellie-Mae Chaudhry",
    contact=["Brackenfield · 07700 900 552 · elliemae.chaudhry@studentmail.ac.uk",
             "Second-year BSc (Hons) Adult Nursing student"],
    dates=dict(style="mon", sep=" – ", present="present"),
    hdr=[("h1", "{title}", ""), ("h2", "{org_loc}", "{dates}")],
    body=[
        ("text", "About me", [
            "Second-year student nurse looking for a summer bank HCA contract or a spoke placement in community "
            "nursing. I have worked with people since I was sixteen and I like being busy."]),
        ("exp", "Clinical Placements", [
            E("Student Nurse – Community District Nursing Team", "Thornbury Vale Community Health NHS Trust",
              "Brackenfield", "2026-01", "2026-03", [
                  "Visited housebound patients with my practice supervisor for wound care, insulin and catheter reviews",
                  "Completed holistic assessments and signed off several proficiencies in my PAD"],
              kind="healthcare_care", sec="other", et="internship"),
            E("Student Nurse – Ward 22, Vascular Surgery", "Brackenfield Royal Infirmary", "Brackenfield",
              "2025-05", "2025-07", [
                  "Pre- and post-op care, observations and fluid balance",
                  "Supported a patient and his family through an amputation alongside the specialist nurse"],
              kind="healthcare_care", sec="other", et="internship"),
            E("Student Nurse – Hawthorn Ward (Older Adult Mental Health)", "Greystone Park Hospital", "Brackenfield",
              "2024-11", "2024-12", [], kind="healthcare_care", sec="other", et="internship"),
        ]),
        ("exp", "Work Experience", [
            E("Healthcare Assistant (Bank)", "Brackenfield Royal Infirmary", "Brackenfield", "2025-08", "present", [
                "Bank shifts in the holidays and at weekends on the surgical wards"],
              kind="healthcare_care"),
            E("Barista", "Bean & Bough Coffee", "Brackenfield", "2022-06", "2024-08", [
                "Made drinks and served customers on a busy high-street bar",
                "Showed new starters how to use the till and the espresso machine"],
              kind="in_person_service"),
        ]),
        ("exp", "Volunteering", [
            E("Shop Volunteer", "Hollybank Hospice Charity Shop", "Brackenfield", "2021-09", "2022-05", [
                "Served customers on the till on Saturdays and helped price donated stock"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Education", [
            "* **BSc (Hons) Adult Nursing**, University of Brackenfield — 2024 – 2027 (expected)",
            "* A levels: Biology B, Psychology B, Sociology A — Brackenfield Sixth Form College, 2022"]),
        ("text", "Certificates", ["* Immediate Life Support — Feb 2026", "* Care Certificate — 2025"]),
    ],
))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.pdf",
    family="English hospital pharmacy technician, fpdf2 with shaded heading bars and a date column on the left, "
           "ward-based, aseptic unit and community pharmacy counter",
    desc="fpdf2, bars/datecol, mm/yyyy / 'present'",
    renderer="fpdf",
    fp=dict(layout="bars", page="A4", font="Serif", size=9.5, accent=(60, 30, 90), bar_fill=(232, 226, 240),
            dcw=36, footer="{name} · CV · page {page} of {total}"),
    name="Rhys Baird",
    contact=["Coldwell, Northumbria  ·  07700 900 618  ·  rhys.baird.ptech@inboxmail.co.uk"],
    dates=dict(style="mm/yyyy", sep=" – ", present="present"),
    hdr=[("dc", "{dates}", "{title}"), ("h2", "{org_loc}", "")],
    body=[
        ("text", "Profile", [
            "GPhC-registered pharmacy technician with nine years in hospital pharmacy – dispensary, aseptics and, "
            "for the last five years, medicines optimisation on the wards. Accredited Checking Technician. Looking "
            "for a Band 6 lead technician post."]),
        ("exp", "Employment", [
            E("Senior Pharmacy Technician – Medicines Optimisation (Band 5)", "Hexham Road Hospitals NHS Trust",
              "Coldwell", "2021-09", "present", [
                  "Take drug histories from patients on admission and complete medicines reconciliation within 24 h",
                  "Counsel patients on new medicines, inhaler technique and compliance aids before discharge",
                  "Final accuracy check TTOs and support the ward pharmacist with patients' own drug assessments"],
              kind="healthcare_care"),
            E("Pharmacy Technician – Aseptic Services (Band 4)", "Hexham Road Hospitals NHS Trust", "Coldwell",
              "2019-02", "2021-08", [
                  "Compounded chemotherapy and parenteral nutrition in negative-pressure isolators",
                  "Carried out environmental monitoring, settle plates and glove-print testing",
                  "Completed worksheets and in-process checks under the unit's quality system"],
              cs="affecting"),
            E("Apprentice Pharmacy Technician", "Hexham Road Hospitals NHS Trust", "Coldwell", "2017-01", "2019-01", [
                "Labelled and assembled inpatient and outpatient prescriptions in the dispensary",
                "Topped up ward stock and booked in wholesaler deliveries",
                "Completed the Level 3 diploma and competence portfolio"],
              cs="affecting", et="internship"),
            E("Healthcare Assistant – Medicines Counter", "Hadley Road Pharmacy", "Coldwell", "2014-07", "2016-12", [
                "Sold over-the-counter medicines using WWHAM questioning and referred customers to the pharmacist",
                "Handed out prescriptions and took in repeat slips"],
              kind="healthcare_care"),
        ]),
        ("text", "Registration and Qualifications", [
            "GPhC Registered Pharmacy Technician (reg. 5XXXXXX)\t2019",
            "Accredited Checking Pharmacy Technician (NVQ-based programme)\t2022",
            "BTEC Level 3 Diploma in Pharmaceutical Science\t2018",
            "NVQ Level 3 Pharmacy Services\t2019"]),
        ("text", "References", ["Available from Mrs K. Armitage, Lead Pharmacist – Medicines Optimisation, "
                                "Hexham Road Hospitals NHS Trust, and on request."]),
    ],
))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012.docx",
    family="US certified medical assistant, Word with name and contact in the page header, employer | city line "
           "first with right tab-stop dates and title below, externship",
    desc="docx, header/org_title, m/yyyy / 'Present'",
    renderer="docx",
    dx=dict(mode="tabs", page="Letter", font="Calibri", size=11, accent="0E6655", header=True, header_table=True,
            footer="Kayla Reed — Resume — page {PAGE}", caps_heads=False, date_bold=True, glyph="▪"),
    name="Kayla Reed",
    tagline="CCMA · Bilingual clinical & front office",
    contact=["Tampa, FL 33612", "(813) 555-0129", "kaylareed.ccma@mailfast.com"],
    dates=dict(style="m/yyyy", sep=" – ", present="Present"),
    hdr=[("h1", "{org} | {loc}", "{dates}"), ("h2", "{title}", "")],
    body=[
        ("exp", "Work Experience", [
            E("Certified Medical Assistant", "Clearwater Family Medicine", "Tampa, FL", "2021-06", "present", [
                "Room patients, take vitals and histories, and update medication lists in eClinicalWorks",
                "Give injections and vaccines, perform EKGs, point-of-care tests and ear lavage",
                "Call patients with normal results and refill approvals as the providers direct"],
              kind="healthcare_care"),
            E("Front Desk Receptionist", "Bayside Pediatric Dentistry", "Clearwater, FL", "2019-09", "2021-05", [
                "Checked families in and out, verified insurance and collected co-pays",
                "Answered a six-line phone and booked six-month recall visits"],
              kind="in_person_service"),
            E("Medical Assistant Extern", "Sunrise Urgent Care", "St. Petersburg, FL", "2019-03", "2019-05", [
                "160-hour unpaid externship: vitals, specimen collection and patient intake"],
              kind="healthcare_care", et="internship"),
            E("Server", "Olive Grove Trattoria", "Tampa, FL", "2016-08", "2019-08", [
                "Served a six-table section, suggested wine pairings and handled split checks"],
              kind="in_person_service"),
        ]),
        ("text", "Education & Credentials", [
            "Medical Assistant Diploma — Gulfview Career Institute, Tampa, FL (2019)",
            "Certified Clinical Medical Assistant (CCMA), NHA — 2019, renewed 2025",
            "BLS for Healthcare Providers — 2026"]),
        ("text", "Skills", ["eClinicalWorks, Dentrix, insurance verification, venipuncture, EKG, Spanish (fluent)"]),
    ],
))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013.pdf",
    family="English medical secretary with a long career, two-page reportlab CV in Times with page footer, "
           "employer line first with right dates then title, career break listed, GP receptionist in the 2000s",
    desc="reportlab, plain/org_title, month / 'Present'",
    renderer="rl",
    rl=dict(layout="plain", page="A4", font="Times", size=11, accent="#000000", rules=True, caps_heads=False,
            footer="{name} – CV – page {page}", footer_align="right", centre_name=True),
    name="Linda Foulkes",
    contact=["3 Paddock Row, Ashworth, AW6 2JD", "Tel: 01632 960 418  ·  Mobile: 07700 900 244",
             "linda.foulkes61@homemail.co.uk"],
    dates=dict(style="month", sep=" – ", present="Present"),
    hdr=[("h1", "{org}, {loc}", "{dates}"), ("h2", "{title}", "")],
    body=[
        ("text", "Personal Profile", [
            "Conscientious and well-organised medical secretary with over twenty years in GP and hospital settings. "
            "I take pride in accurate, timely correspondence and in being the friendly, knowledgeable voice at the "
            "end of the phone for worried patients. I work well alone or as part of a team and I am used to "
            "juggling the demands of busy consultants."]),
        ("exp", "Employment History", [
            E("Medical Secretary (Band 4) – Trauma & Orthopaedics", "Calderbrook Hospitals NHS Trust", "Ashworth",
              "2016-02", "present", [
                  "Type clinic letters, operation notes and discharge summaries from digital dictation for two "
                  "consultants and their registrars",
                  "Run the consultants' diaries, waiting lists and theatre bookings",
                  "Speak with patients by telephone about appointment changes, admission dates and pre-operative "
                  "instructions, and pass urgent concerns to the clinical team",
                  "Line-manage one junior secretary and cover the team's leave"],
              kind="in_person_service"),
            E("Health Records Assistant", "Calderbrook Hospitals NHS Trust", "Ashworth", "2012-09", "2016-01", [
                "Prepared and pulled case notes for outpatient clinics, tracking every file on PAS",
                "Scanned returned notes into the electronic document system and filed loose correspondence"],
              cs="affecting"),
            E("Audio Typist (temporary assignments)", "Pennant Recruitment", "Ashworth", "2011-03", "2012-08", [
                "Typed letters, reports and witness statements for solicitors and an insurance firm on short "
                "assignments through the agency"],
              cs="affecting"),
            E("Career break – raising my family", None, None, "2006", "2010", [], cs="none", et="unknown",
              hdr=[("h1", "{title}", "{dates}")]),
            E("Receptionist", "Oakfield Lane Surgery", "Ashworth", "1999-04", "2005-12", [
                "Greeted patients, booked appointments and dealt with repeat prescription requests",
                "Answered the phone lines during the 8 am rush"],
              kind="in_person_service"),
        ]),
        ("break",),
        ("text", "Education and Training", [
            "AMSPAR Certificate in Medical Terminology\t2013",
            "RSA Text Processing Stage III, Ashworth College of Further Education\t1998",
            "6 GCSEs including English and Maths, Ashworth High School\t1995",
            "Trust mandatory training (information governance, safeguarding, fire) – up to date, 2026"]),
        ("text", "Computer Skills", [
            "Microsoft Office, Lorenzo and Medway PAS, EMIS Web, WinScribe and BigHand digital dictation, e-RS"]),
        ("text", "Other Information", [
            "I hold a full clean driving licence. In my spare time I enjoy gardening, rambling and volunteering "
            "with the local Women's Institute."]),
        ("text", "References", [
            "Mr A. Sandhu FRCS (Orth), Consultant Orthopaedic Surgeon, Calderbrook Hospitals NHS Trust",
            "Mrs J. Bickerstaff, Health Records Manager, Calderbrook Hospitals NHS Trust"]),
    ],
))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.html",
    family="Filipino caregiver in Hong Kong applying to Canada, HTML page, pipe title | employer | place line "
           "with floated dates, AP-style months ('Sept. 2019'), barangay health volunteer",
    desc="html, divs/pipe, mon. / 'Present'",
    renderer="html",
    ht=dict(mode="divs"),
    name="Rosalie M. Bautista",
    tagline="Caregiver · Nursing Aide · TESDA Caregiving NC II",
    contact=["Flat 12C, Block 3, Sha Tin, New Territories, Hong Kong", "WhatsApp +852 5555 0193",
             "rosalie.bautista.cg@emailbox.com"],
    dates=dict(style="mon.", sep=" – ", present="Present"),
    hdr=[("h1", "{title} | {org} | {loc}", "{dates}")],
    body=[
        ("text", "Objective", [
            "To work as a caregiver or personal support worker in Canada, giving elderly clients safe, patient and "
            "respectful care."]),
        ("exp", "Employment History", [
            E("Caregiver (Live-in)", "Private Household", "Sha Tin, Hong Kong", "2019-09", "present", [
                "Care for an 84-year-old lady with Parkinson's disease: bathing, feeding, medicine reminders and "
                "transfers",
                "Go with her to clinic appointments and physiotherapy",
                "Cook soft meals and keep the flat clean"],
              kind="healthcare_care"),
            E("Nursing Aide", "Holy Redeemer Hospital", "Cebu City", "2016-06", "2019-07", [
                "Helped the nurses with bed baths, turning and positioning, and specimen collection",
                "Took vital signs and reported them to the staff nurse",
                "Brought patients to X-ray and dialysis"],
              kind="healthcare_care"),
            E("Sales Clerk", "Sunstar Department Store", "Cebu City", "2012-04", "2013-12", [
                "Assisted shoppers in the children's wear section and counted stock on inventory days"],
              kind="in_person_service"),
            E("Sewing Machine Operator", "Mandaue Garments Export Corp.", "Mandaue City", "2010-06", "2012-02", [
                "Sewed side seams on a piece-rate line for export children's wear"],
              cs="none"),
        ]),
        ("exp", "Community Service", [
            E("Barangay Health Worker", "Barangay Lahug Health Center", "Cebu City", "2014-01", "2016-05", [
                "Volunteered at weekly prenatal and immunization days, weighing babies and recording them in the "
                "target client list",
                "Did house-to-house visits for TB case finding"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Training & Certificates", [
            "* Caregiving NC II – TESDA, passed March 2016",
            "* First Aid and CPR certificate – renewed 2024",
            "* Basic Cantonese for Domestic Helpers – 2020"]),
        ("text", "Education", [
            "Bachelor of Science in Midwifery (2 years completed) – Southern Cebu Polytechnic College, 2010 – 2012"]),
    ],
))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015.txt",
    family="Indian pharmacist (D.Pharm), job-portal style plain text, 'Organisation : / Designation : / "
           "Duration :' blocks, 'till date', personal details and declaration",
    desc="txt, portal/labelled, mon / 'till date'",
    renderer="txt",
    tx=dict(head="dashes", glyph=">", bind="  ", entry_blank=True, name_lines=["CURRICULUM VITAE", "",
                                                                              "MOHAMMED IRFAN SHAIKH"]),
    name="Mohammed Irfan Shaikh",
    contact=["Address : Flat 5, Gulmohar Apts, Kondhwa, Pune - 411048", "Mobile : +91 98220 55 431",
             "Email : irfan.shaikh.pharma@mailbox.in"],
    dates=dict(style="mon", sep=" - ", present="till date"),
    hdr=[("h2", "Organisation : {org}, {loc}", ""), ("h2", "Designation  : {title}", ""),
         ("h2", "Duration     : {dates}", ""), ("h2", "Job Responsibilities :", "")],
    body=[
        ("text", "Career Objective", [
            "To work in a reputed healthcare organisation where I can use my knowledge of pharmacy and patient "
            "counselling and grow with the organisation."]),
        ("exp", "Work Experience (Total 8+ years)", [
            E("Pharmacist", "CareWell Pharmacy (Retail Chain)", "Pune", "2021-06", "present", [
                "Dispensing prescriptions and counselling patients on dosage, timing and side effects",
                "Handling customer queries at the counter and suggesting suitable OTC products",
                "Maintaining Schedule H1 register and checking near-expiry stock"],
              kind="healthcare_care"),
            E("Medical Representative", "Arvik Lifesciences Pvt. Ltd.", "Nashik", "2019-01", "2021-05", [
                "Promoting cardiac and diabetic brands to doctors and chemists in Nashik HQ",
                "Achieved 112% of annual target in 2020"],
              kind="sales_account"),
            E("Trainee Chemist - Quality Control", "Zenlabs Pharmaceuticals Ltd.", "Aurangabad", "2018-01",
              "2018-12", [
                  "Dissolution, disintegration and hardness testing of tablets as per STP",
                  "Preparation of reagents and volumetric solutions; documentation as per GMP"],
              cs="affecting", et="internship"),
            E("Store Assistant - Hospital Pharmacy", "Shree Sai Charitable Hospital", "Ahmednagar", "2016-06",
              "2017-11", [
                  "Receiving supplies against purchase orders and making GRN entries",
                  "Monthly stock verification and return of near-expiry items to vendors"],
              cs="affecting"),
        ]),
        ("text", "Educational Qualification", [
            "* D.Pharm - Maharashtra State Board of Technical Education, 2014 - 2016 (First Class)",
            "* B.Pharm (Lateral Entry, part-time) - Savitribai College of Pharmacy, Pune, 2022 - 2025",
            "* HSC (Science) - 2014, SSC - 2012"]),
        ("text", "Registration", ["Registered Pharmacist, Maharashtra State Pharmacy Council - since 2016"]),
        ("text", "Computer Knowledge", ["MS Office, Marg ERP, Tally (basic)"]),
        ("text", "Personal Details", [
            "Father's Name : Abdul Rashid Shaikh", "Date of Birth : 21/09/1996",
            "Languages Known : English, Hindi, Marathi, Urdu", "Marital Status : Married"]),
        ("text", "Declaration", [
            "I hereby declare that the information furnished above is true to the best of my knowledge.",
            "Date :", "Place : Pune                                   (MOHAMMED IRFAN SHAIKH)"]),
    ],
))
