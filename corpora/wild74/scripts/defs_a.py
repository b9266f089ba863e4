"""wild74 résumés w001–w015 (fictional people, employers and towns)."""
from lib import E

RESUMES = []
add = RESUMES.append

# ---------------------------------------------------------------- w001
add(dict(
    id="w001", fmt="pdf", r="rl", layout="plain", hdr="title_org", ds="mon", pw="Present",
    family="Nigerian-trained staff nurse in an English acute trust, Word-to-PDF single column, title line with right-aligned dates",
    name="Oluwaseun Adebanjo-Kerr, RN",
    contact=["14 Threlkeld Close, Ashbridge AB4 7QT  |  07700 918 442  |  seun.adebanjo@mailbox.co.uk",
             "NMC PIN: 22K0417O  |  Right to work: Health and Care Worker visa"],
    sections=[
        ("Personal Statement",
         "Compassionate registered nurse with nine years' post-registration experience in acute and general "
         "medicine in Nigeria and the UK. Calm in a busy AMU, confident with deteriorating patients (NEWS2, "
         "sepsis six) and proud of the feedback I get from patients and families."),
        ("Employment History", [
            E("Staff Nurse (Band 5), Acute Medical Unit", "Ashbridge & Marlow Vale Hospitals NHS Foundation Trust",
              "Ashbridge", "2023-03", "present",
              ["Admit, assess and care for up to 8 acutely unwell patients per shift; IV therapy, bloods, cannulation",
               "Escalate deteriorating patients using NEWS2 and complete sepsis screening",
               "Explain plans and discharge medication to patients and relatives; complete EDNs",
               "Nurse in charge on nights (x2 per rota) since June 2025"], "facing", "healthcare_care"),
            E("Healthcare Assistant (pending NMC PIN)", "Ashbridge & Marlow Vale Hospitals NHS Foundation Trust",
              "Ashbridge", "2022-12", "2023-02",
              ["Personal care, observations and meal assistance on a 28-bed respiratory ward while my OSCE result was processed"],
              "facing", "healthcare_care"),
            E("Registered Nurse, Female Medical Ward", "St. Columba Specialist Hospital", "Akinmade, Ogun State",
              "2017-06", "2022-11",
              ["Provided holistic nursing care to 30-bed female medical ward (diabetes, stroke, CKD)",
               "Administered medications and maintained fluid balance charts",
               "Health education for patients and caregivers before discharge",
               "Mentored student nurses on clinical posting"], "facing", "healthcare_care"),
            E("Intern Nurse", "Ososa General Hospital", "Ososa", "2016-05", "2017-04",
              ["Rotated through A&E, paediatrics, maternity and surgical wards under supervision"],
              "facing", "healthcare_care", et="internship"),
            E("Health Talk Volunteer", "Bright Hope Women's Outreach", "Akinmade", "2015-01", "2016-03",
              ["Gave weekly talks on hypertension, ante-natal care and hand hygiene to women traders at Oja-Tuntun market",
               "Took blood pressure readings and referred high readings to the PHC"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("Education & Registration",
         "BNSc Nursing Science (Second Class Upper) – Obafemi Ladoke College of Health Sciences, 2015\n"
         "NMC registration via CBT and OSCE, February 2023\n"
         "Registered Nurse & Midwife, Nursing and Midwifery Council of Nigeria, 2015"),
        ("Mandatory Training", ["ILS (Resus Council UK), 2025", "Safeguarding Adults & Children Level 2",
                                "Blood transfusion competency; IV & cannulation competency"]),
        ("References", "Available on request."),
    ]))

# ---------------------------------------------------------------- w002
add(dict(
    id="w002", fmt="docx", r="docx", layout="styles", hdr="title_org", ds="month", pw="Present", sep=" – ",
    listbul=True, paper="letter",
    family="US pharmacy technician (retail counter, central fill, IV room), Word heading styles and list bullets, right tab-stop dates",
    name="Brianna L. Kowalczyk, CPhT",
    contact=["Maple Ridge, OH 45390", "(937) 555-0184", "bkowalczyk.rx@mailbox.com"],
    sections=[
        ("Summary",
         "PTCB-certified pharmacy technician with 8 years in retail and hospital pharmacy. USP <797> trained, "
         "fast and accurate, comfortable with Pyxis, Omnicell and EPIC Willow."),
        ("Experience", [
            E("IV Room Pharmacy Technician", "St. Anselm Regional Medical Center", "Maple Ridge, OH",
              "2024-02", "present",
              ["Compound sterile preparations (IV antibiotics, TPN, pediatric syringes) in ISO 5 hoods under USP <797>",
               "Perform gloved fingertip and media-fill testing; keep cleaning and temperature logs",
               "Deliver first doses to nursing units and restock automated dispensing cabinets"],
              "affecting"),
            E("Certified Pharmacy Technician", "Hollins Drug & Wellness #2214", "Carverton, OH", "2021-05", "2024-01",
              ["Took in new prescriptions at drop-off and answered patient questions at pickup and the drive-thru",
               "Resolved insurance rejections and prior-authorization problems, explaining options to patients",
               "Counted, filled and labeled ~300 scripts per day; managed will-call bins and returns to stock",
               "Gave flu and COVID vaccines after immunization certification (2022)"],
              "facing", "healthcare_care"),
            E("Central Fill Pharmacy Technician", "Hollins Drug Central Fill Facility", "Dayfield, OH",
              "2020-01", "2021-04",
              ["Ran automated vial filler and fixed jams; checked totes for accuracy before shipping to 60 stores",
               "Processed manual fills for unit-of-use and controlled substances"], "affecting"),
            E("Front Store Associate", "Penny Lane Pharmacy", "Maple Ridge, OH", "2018-06", "2019-12",
              ["Cashier and photo counter; helped shoppers find OTC and seasonal items"],
              "facing", "in_person_service"),
        ]),
        ("Certifications", ["CPhT – Pharmacy Technician Certification Board (2020, renewed 2024)",
                            "Sterile Compounding certificate (CSPT), 2024", "APhA Immunization Training, 2022",
                            "BLS – American Heart Association"]),
        ("Education", "Associate of Applied Science, Pharmacy Technology – Miami Fork Community College, 2019"),
    ]))

# ---------------------------------------------------------------- w003
add(dict(
    id="w003", fmt="txt", r="txt", hdr="labelled", ds="mon", pw="Till Date", sep=" to ", bullet="*",
    txt={"hstyle": "underline", "capsname": True},
    family="Indian medical coder (former GNM staff nurse), job-portal style text, labelled Position / Employer / Duration blocks",
    name="Revathi Sundaramoorthy",
    contact=["Mobile: +91 98401 55207", "Email: revathi.s.coder@mailbox.in",
             "Address: 7/112 Kamaraj 2nd Street, Kovalpuram, Tamil Nadu - 600 119"],
    sections=[
        ("CAREER OBJECTIVE",
         "To work in a challenging environment as a certified medical coder where I can use my clinical knowledge "
         "and coding skills for the growth of the organization."),
        ("PROFESSIONAL SUMMARY", [
            "Total 12 years of experience: 2.5 years clinical nursing + 9 years US healthcare revenue cycle",
            "CPC certified (AAPC) with ED facility and E/M profee coding, 95%+ audit accuracy",
            "Well versed in ICD-10-CM, CPT, HCPCS and modifiers; EncoderPro, 3M and Epic"]),
        ("WORK EXPERIENCE", [
            E("Senior Medical Coder - ED / E&M", "Sarvagna Health Informatics Pvt. Ltd.", "Kovalpuram",
              "2022-01", "present",
              ["Coding ED facility and professional charts for US hospital clients, 110 charts per day",
               "Second-level review of new coders and feedback on audit errors",
               "Preparing coding tips document for the team"], "affecting"),
            E("Medical Coder", "Medisphere RCM Solutions", "Ambattur Nagar", "2018-09", "2021-12",
              ["Assigning ICD-10-CM and CPT codes for radiology and E/M charts",
               "Raising queries to client for incomplete documentation"], "affecting"),
            E("AR Caller", "Medisphere RCM Solutions", "Ambattur Nagar", "2017-03", "2018-08",
              ["Calling US insurance companies to follow up on unpaid and denied claims (night shift)",
               "Documenting call outcome in client billing software and re-submitting corrected claims"],
              "affecting"),
            E("Staff Nurse", "Sri Lakshmi Multispeciality Hospital", "Kovalpuram", "2014-07", "2016-12",
              ["Patient care in general ward and post-operative ward",
               "Medication administration, vitals monitoring, wound dressing",
               "Shift handover and nursing documentation"], "facing", "healthcare_care"),
        ]),
        ("EDUCATIONAL QUALIFICATION", [
            "B.Sc. (Life Sciences) - Madras Open University - 2017 (distance)",
            "Diploma in General Nursing and Midwifery (GNM) - Sri Lakshmi School of Nursing - 2014",
            "HSC - 72% - 2011"]),
        ("CERTIFICATION", ["Certified Professional Coder (CPC), AAPC - 2018", "CEDC (Emergency Department) - 2023"]),
        ("PERSONAL DETAILS",
         "Date of Birth : 14-02-1993\nMarital Status : Married\nLanguages Known : Tamil, English, Telugu"),
        ("DECLARATION",
         "I hereby declare that the above information is true to the best of my knowledge.\n\n"
         "Place: Kovalpuram                                              (REVATHI S)"),
    ]))

# ---------------------------------------------------------------- w004
add(dict(
    id="w004", fmt="pdf", r="fpdf", layout="centred", hdr="title_org", ds="mm/yyyy", pw="Present", sep=" - ",
    bullet="-", paper="letter",
    family="Filipino caregiver in Canada, fpdf2 centred header, title then employer line, mm/yyyy dates, OJT in the history",
    name="Maricel D. Villanueva",
    contact=["Unit 304 - 1180 Cedar Lane, Port Alder, BC  V3N 2K8", "(604) 555-0127  •  maricel.villanueva@mailbox.ca"],
    sections=[
        ("PROFILE",
         "Caregiver and home support worker with 10 years of experience caring for seniors and persons with "
         "disabilities in the Philippines and Canada. Patient, dependable and gentle. Fluent in English, Tagalog and Cebuano."),
        ("WORK EXPERIENCE", [
            E("Home Support Worker", "Evergreen Home Care Services", "Port Alder, BC", "2022-04", "present",
              ["Visit 6-8 clients a day in their homes: bathing, dressing, toileting, mobility and transfers with Hoyer lift",
               "Prepare light meals and remind clients to take medications as per care plan",
               "Report changes in condition to the case manager and chat with families at visits"],
              "facing", "healthcare_care"),
            E("Live-in Caregiver", "Private Employer", "Westbrook, BC", "2019-09", "2022-03",
              ["Full-time care of an elderly gentleman with Parkinson's disease: personal care, exercises, walks",
               "Accompanied him to appointments and kept a daily log for his family"], "facing", "healthcare_care"),
            E("Caregiver", "Golden Years Elderly Care", "San Isidro Norte, Laguna", "2016-01", "2019-06",
              ["Cared for residents of a 20-bed home for the aged: feeding, bathing, turning, vital signs",
               "Led afternoon activities (singing, bingo) and helped during family visits"], "facing", "healthcare_care"),
            E("Nursing Aide (OJT)", "Mater Dolorosa Hospital", "Sta. Rosa Viejo, Laguna", "2015-06", "2015-10",
              ["On-the-job training for Caregiving NC II, medical and surgical wards"],
              "facing", "healthcare_care", sec="other", et="internship"),
        ]),
        ("EDUCATION & TRAINING", [
            "Caregiving NC II - TESDA accredited, Laguna Skills Academy, 2015",
            "Bachelor of Science in Hotel & Restaurant Management (2 years completed), 2011-2013",
            "Health Care Assistant certificate (in progress) - Fraserlake Community College"]),
        ("CERTIFICATES", ["Standard First Aid & CPR Level C (2025)", "FoodSafe Level 1", "Dementia care (P.I.E.C.E.S. intro)"]),
        ("REFERENCES", "Available upon request"),
    ]))

# ---------------------------------------------------------------- w005
add(dict(
    id="w005", fmt="docx", r="docx", layout="tabs", hdr="title_org", ds="mon", pw="Present", sep=" - ",
    bullet="-",
    family="UK porter moving into patient transport, Word tab-stop dates, plain bold headings, factory job earlier",
    name="Darren Pritchard",
    contact=["Flat 2, 9 Ravenhill Road, Fenwick, FN3 8DJ", "Mobile 07711 304 958 – darren.pritchard83@mailbox.co.uk"],
    sections=[
        ("Profile",
         "Reliable and friendly, with six years working in a busy hospital. Full UK driving licence (C1). "
         "Happy to work shifts, weekends and bank holidays."),
        ("Work History", [
            E("Ambulance Care Assistant (Patient Transport Service)", "Northvale Ambulance Service NHS Trust",
              "Fenwick", "2023-09", "present",
              ["Drive and crew non-emergency vehicles taking patients to dialysis, outpatients and home from the ward",
               "Assist patients with mobility, wheelchairs and carry chairs safely",
               "Daily vehicle checks and infection control cleaning of the vehicle"], "facing", "healthcare_care"),
            E("Hospital Porter", "Fenwick General Hospital", "Fenwick", "2020-02", "2023-08",
              ["Moved patients on beds, trolleys and wheelchairs between wards, theatres, X-ray and discharge lounge",
               "Took deceased patients to the mortuary with dignity",
               "Covered the main reception desk on some weekend shifts"], "facing", "healthcare_care"),
            E("Logistics Porter", "Fenwick General Hospital", "Fenwick", "2019-03", "2020-01",
              ["Collected clinical and domestic waste from wards and took it to the compound",
               "Delivered linen cages, post and gas cylinders on a set round"], "affecting"),
            E("Production Operative", "Castleway Foods Ltd", "Braxton Industrial Estate", "2016-05", "2019-02",
              ["Worked on the pie line – loading, weighing and packing", "Forklift (counterbalance) licence holder"],
              "none"),
        ]),
        ("Training", ["Manual handling & patient moving", "Level 2 Certificate in Patient Transport (IHCD)",
                      "Basic Life Support, Conflict Resolution", "C1 licence (2023)"]),
        ("Interests", "Five-a-side football, fishing, helping at my son's rugby club."),
        ("References", "Available on request."),
    ]))

# ---------------------------------------------------------------- w006
add(dict(
    id="w006", fmt="md", r="md", hdr="title_org", ds="mon", pw="Present", sep=" – ", bullet="-",
    md={"h3": True},
    family="Irish healthcare assistant in Markdown, h3 titles with italic dates, multi-task attendant and hospice shop volunteering",
    name="Aoife Ní Bhriain",
    contact=["Castlemoyne, Co. Kerry", "087 555 3190", "aoife.nibhriain@mailbox.ie"],
    sections=[
        ("About me",
         "QQI Level 5 Healthcare Support graduate, currently working as a HCA in a nursing home and hoping to start "
         "my nursing degree next September. I love working with older people."),
        ("Experience", [
            E("Healthcare Assistant", "Ardmore House Nursing Home", "Castlemoyne", "2022-10", "present",
              ["Person-centred care for 12 residents per shift, many living with dementia",
               "Assisting with washing, dressing, continence care and mealtimes",
               "Recording food and fluid charts and reporting to the nurse in charge"], "facing", "healthcare_care"),
            E("Multi-Task Attendant", "St. Brigid's Community Hospital", "Lisdrum", "2020-06", "2022-09",
              ["Served breakfasts, dinners and teas to patients from the ward trolley and helped them fill in menus",
               "Cleaning of wards, bathrooms and isolation rooms to HSE standards",
               "Portering of samples and post"], "facing", "in_person_service"),
            E("Lounge Staff", "Quinlan's Bar", "Castlemoyne", "2017-05", "2019-08",
              ["Serving food and drinks, weekends and summer"], "facing", "in_person_service"),
        ]),
        ("Volunteering", [
            E("Shop Volunteer", "Ardlough Hospice Charity Shop", "Castlemoyne", "2018-09", "2020-05",
              ["Saturday mornings on the till and sorting donations"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("Education", ["QQI Level 5 Healthcare Support – Tralee Road College of Further Education, 2020",
                       "Leaving Certificate, Coláiste Bríde, 2019"]),
        ("Other", ["Manual handling, Hand hygiene, Patient Moving and Handling (HSELanD)", "Full clean B licence",
                   "Irish (fluent), English"]),
    ]))

# ---------------------------------------------------------------- w007
add(dict(
    id="w007", fmt="pdf", r="rl", layout="sidebar", hdr="org_title", ds="mm/yyyy", pw="Present", sep=" – ",
    paper="letter", sgrey=0.88,
    family="US paramedic and Army medic veteran, reportlab with shaded left sidebar, employer line first with dates right",
    name="Marcus T. Okafor",
    contact=["Gable Springs, TX", "(512) 555-0143", "marcus.okafor.medic", "@mailbox.com"],
    headline="Licensed Paramedic  •  Army 68W veteran",
    sidebar=[
        ("Licenses", ["TX Licensed Paramedic", "NREMT-P (2021)", "ACLS / PALS / PHTLS", "TCCC instructor"]),
        ("Skills", ["12-lead ECG interpretation", "RSI assist, IO access", "Spanish (conversational)", "ImageTrend ePCR"]),
        ("Education", "A.A.S. Paramedicine\nBexar Hills College, 2021\n\nAMEDD 68W course\nFort Sam Houston, 2012"),
    ],
    sections=[
        ("Professional Experience", [
            E("Paramedic", "Tri-County EMS Authority", "Gable Springs, TX", "2021-08", "present",
              ["Lead ALS provider on a 24/48 truck averaging 9 calls per shift",
               "Assess, treat and transport patients; talk families through what happens next",
               "Precept paramedic students on ride-alongs"], "facing", "healthcare_care"),
            E("EMT-Basic", "Bluebonnet Ambulance Co.", "Harlan Crossing, TX", "2018-03", "2021-07",
              ["Interfacility and 911 transports; patient care and vitals en route",
               "Kept the unit stocked and checked at shift change"], "facing", "healthcare_care"),
            E("Emergency Medical Dispatcher", "Gable Springs 911 Communications", "Gable Springs, TX",
              "2016-10", "2018-02",
              ["Answered 911 and non-emergency lines, gave pre-arrival CPR and childbirth instructions",
               "Dispatched fire and EMS units using CAD"], "facing", "contact_center"),
            E("Combat Medic Specialist (68W)", "U.S. Army", "Fort Halloway, KY", "2012-06", "2016-06",
              ["Provided point-of-injury and sick-call care for a battalion of 600 soldiers",
               "Ran the battalion aid station's sick call, immunizations and medical readiness records",
               "Deployed 9 months; trained 40 soldiers as combat lifesavers"], "facing", "healthcare_care",
              et="military"),
            E("Volunteer Firefighter / EMR", "Cedar Hollow Volunteer Fire Department", "Cedar Hollow, TX",
              "2019-01", "present",
              ["Respond to medical and fire calls in our rural district; community CPR days"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
    ]))

# ---------------------------------------------------------------- w008
add(dict(
    id="w008", fmt="docx", r="docx", layout="table", hdr="title_org", ds="month", pw="Present", sep=" – ",
    family="Nigerian pharmacist (community, hospital, QC, internship, NYSC), Word with a borderless table per job",
    name="Pharm. Chidinma Grace Okonkwo-Bello",
    contact=["No. 5 Adeyemo Crescent, Ilupeju-Oke, Lagos State", "+234 803 555 2716 | chidinma.okonkwo@mailbox.com.ng"],
    contact_join=True, bullet="•", center=True,
    sections=[
        ("CAREER OBJECTIVE",
         "A registered pharmacist seeking to apply my experience in patient counselling, pharmaceutical care and "
         "quality systems in a reputable community or hospital pharmacy."),
        ("WORK EXPERIENCE", [
            E("Superintendent Pharmacist", "Greenleaf Pharmacy Ltd", "Ilupeju-Oke, Lagos", "2023-05", "present",
              ["Counsel patients on prescriptions, OTC products and chronic disease management",
               "Run free blood pressure and blood sugar checks every Saturday",
               "Supervise two pharmacy technicians and manage stock, NAFDAC compliance and PCN inspection"],
              "facing", "healthcare_care"),
            E("Quality Control Pharmacist", "Adebayo-Ross Pharmaceuticals Ltd", "Agbara", "2021-02", "2023-04",
              ["Analysed raw materials and finished products (HPLC, dissolution) and released batches",
               "Prepared certificates of analysis and investigated out-of-specification results"], "affecting"),
            E("Pharmacist", "Ogunmola Specialist Hospital", "Ikenne-Ayo, Ogun State", "2019-11", "2021-01",
              ["Dispensed at the outpatient and NHIS windows and counselled patients",
               "Ward rounds with the medical team; drug information for doctors and nurses"],
              "facing", "healthcare_care"),
            E("Corps Member Pharmacist (NYSC)", "Comprehensive Health Centre", "Ebute-Ise", "2018-11", "2019-10",
              ["Ran the health centre pharmacy: dispensing, counselling, inventory",
               "CDS: community drug abuse awareness campaigns in secondary schools"], "facing", "healthcare_care",
              et="internship"),
            E("Intern Pharmacist", "Ogunmola Specialist Hospital", "Ikenne-Ayo, Ogun State", "2017-11", "2018-10",
              ["One-year internship rotating through dispensary, store, drug information and production units"],
              "facing", "healthcare_care", et="internship"),
        ]),
        ("EDUCATION", ["B.Pharm – University of Ekiti Highlands, 2017", "WAEC – 2011"]),
        ("PROFESSIONAL MEMBERSHIP", ["Pharmaceutical Society of Nigeria (PSN)", "Registered with the PCN, Reg. No. 0342XX"]),
        ("HOBBIES", "Reading, choir, volunteering at church health fairs"),
        ("REFEREES", "Pharm. (Mrs.) F. Adesanya – Chief Pharmacist, Ogunmola Specialist Hospital – 0805 555 1882\n"
                     "Dr. K. Uchenna – Head of Department, University of Ekiti Highlands – 0703 555 4210"),
    ]))

# ---------------------------------------------------------------- w009
add(dict(
    id="w009", fmt="html", r="html", hdr="title_org", ds="month", pw="to date", sep=" – ",
    family="UK ward clerk and medical secretary, HTML page (online CV builder export) with flex rows, 'to date'",
    name="Jasmine Whitcombe",
    contact=["Hartsfield, West Lanmoor", "07802 556 719", "jas.whitcombe@mailbox.co.uk"],
    sections=[
        ("Profile",
         "Organised and approachable NHS administrator with AMSPAR medical secretary diploma and ten years in "
         "front-line and back-office roles in general practice and hospital."),
        ("Key skills", ["Lorenzo and SystmOne", "Audio typing 70 wpm", "Managing consultant diaries and waiting lists",
                        "Calm with upset visitors"]),
        ("Career history", [
            E("Ward Clerk", "Hartsfield Royal Infirmary", "Hartsfield", "2021-06", "present",
              ["First point of contact on a 32-bed orthopaedic ward: greet visitors, answer the ward telephone and relay messages from relatives",
               "Admit, transfer and discharge patients on the PAS; prepare notes for ward rounds",
               "Order stationery and keep the bed board up to date"], "facing", "in_person_service"),
            E("Medical Secretary – Cardiology", "Hartsfield Royal Infirmary", "Hartsfield", "2018-05", "2021-05",
              ["Typed clinic letters and discharge summaries from digital dictation for two consultants",
               "Managed consultant diaries and the echo waiting list; liaised with GP surgeries about referrals"],
              "affecting"),
            E("GP Receptionist", "Mill Lane Surgery", "Cotterby", "2015-05", "2018-04",
              ["Booked appointments at the desk and on the phone, processed repeat prescription requests",
               "Handled difficult conversations about appointment availability"], "facing", "in_person_service"),
            E("Sales Assistant", "Fairbridge Bakery", "Cotterby", "2013-09", "2015-04", [],
              "facing", "in_person_service"),
        ]),
        ("Education", ["AMSPAR Level 3 Diploma for Medical Secretaries (2018)", "4 A-levels, Cotterby Sixth Form (2013)"]),
        ("References", "Available from my current line manager on request."),
    ]))

# ---------------------------------------------------------------- w010
add(dict(
    id="w010", fmt="pdf", r="fpdf", layout="plain", hdr="title_org", ds="mon", pw="Present", sep=" - ",
    footer="{name}  ·  page {p} of {n}", bullet="•",
    family="Canadian RN and nurse educator, fpdf2 two pages with page footer, PSW and RPN earlier, overlapping telehealth job",
    name="Genevieve Tremblay-Holt, RN, BScN",
    contact=["Ridgemont, ON  ·  (705) 555-0196  ·  g.tremblayholt@mailbox.ca"],
    headline="Registered Nurse | Clinical Nurse Educator | Emergency & Long-Term Care",
    sections=[
        ("Summary of Qualifications", [
            "15+ years in Ontario health care: PSW to RPN to RN, now educator for 120 nursing staff",
            "CNA certification in Emergency Nursing (ENC(C)); CTAS instructor",
            "Bilingual English / French"]),
        ("Professional Experience", [
            E("Clinical Nurse Educator", "Ridgemont Regional Health Centre", "Ridgemont, ON", "2022-01", "present",
              ["Plan and deliver orientation for new graduate nurses and internationally educated nurses",
               "Run simulation days and skills labs (IV pumps, code blue, CTAS triage)",
               "Coach staff at the bedside after incidents; audit documentation and falls prevention practice"],
              "facing", "education"),
            E("Registered Nurse, Emergency Department", "Ridgemont Regional Health Centre", "Ridgemont, ON",
              "2016-05", "2021-12",
              ["Triage nurse (CTAS) in a 28-bed ED with 45,000 visits a year",
               "Resuscitation, trauma and acute care; charge nurse on nights from 2019",
               "Supported patients and families through difficult news and long waits"],
              "facing", "healthcare_care"),
            E("Telehealth Registered Nurse (part-time)", "Northshore Telehealth Services", "Remote",
              "2019-01", "2021-06",
              ["Evening and weekend shifts on the provincial nurse advice line: assessed callers' symptoms with decision-support protocols",
               "Directed callers to self-care, clinics or 911 and documented in the call record"],
              "facing", "healthcare_care"),
            E("Registered Practical Nurse", "Pinecrest Long-Term Care", "Sudbury Heights, ON", "2012-09", "2016-04",
              ["Medication passes and treatments for a 32-resident home area",
               "Care planning with residents and families"], "facing", "healthcare_care"),
            E("Personal Support Worker", "Pinecrest Long-Term Care", "Sudbury Heights, ON", "2010-06", "2012-08",
              ["Personal care, feeding and mobility for residents while completing my PN diploma"],
              "facing", "healthcare_care"),
        ]),
        ("PAGEBREAK", None),
        ("Education", [
            "Bachelor of Science in Nursing (RPN-to-BScN bridge) – Laurentian Shore University, 2016",
            "Practical Nursing Diploma – Cambrian Ridge College, 2012",
            "Personal Support Worker Certificate – 2010"]),
        ("Certifications", ["ENC(C) – 2019, renewed 2024", "ACLS, PALS, TNCC", "CTAS Provider & Instructor",
                            "Gentle Persuasive Approaches (GPA) coach"]),
        ("Professional Development & Committees", [
            "Nursing Practice Council, co-chair (2023 – present)",
            "Presented 'Sepsis recognition in the rural ED' at the regional nursing conference, 2024"]),
        ("Languages", "English and French (fluent)"),
        ("References", "Available upon request."),
    ]))

# ---------------------------------------------------------------- w011
add(dict(
    id="w011", fmt="docx", r="docx", layout="sidebar", hdr="title_org", ds="mon", pw="Present", sep=" – ",
    sfill="E2EFD9",
    family="Filipino radiologic technologist with a BPO stint, Word two-column layout table with shaded sidebar",
    name="Jerome P. Sarmiento, RRT",
    contact=["Purok 3, Brgy. Malinis, Tagum Heights, Davao del Norte", "+63 917 555 4402",
             "jerome.sarmiento@mailbox.ph"],
    sidebar=[
        ("LICENSE", ["Registered Radiologic Technologist (PRC), 2017"]),
        ("SKILLS", ["General radiography", "CT (Siemens, GE)", "Contrast administration", "PACS / RIS", "Patient safety"]),
        ("LANGUAGES", ["English, Filipino, Bisaya"]),
        ("CHARACTER REFERENCES", "Dr. Ana Liza Montemayor\nChief Radiologist, St. Raphael Diagnostic Center\n0918 555 2201"),
    ],
    sections=[
        ("OBJECTIVE", "To obtain a position as Radiologic Technologist where I can use my skills in CT and general radiography."),
        ("WORK EXPERIENCE", [
            E("Senior Radiologic Technologist (CT)", "St. Raphael Diagnostic Center", "Tagum Heights",
              "2020-08", "present",
              ["Performs CT scans incl. contrast studies, positioning and monitoring patients",
               "Screens patients for contrast allergy and explains the procedure",
               "Trains junior technologists and interns"], "facing", "healthcare_care"),
            E("Radiologic Technologist", "Holy Cross Medical Center", "Baliwag Norte", "2017-10", "2020-07",
              ["Routine and portable X-ray for ER, OPD and wards", "Quality control of CR equipment"],
              "facing", "healthcare_care"),
            E("Customer Service Representative", "Stellar Connect BPO Inc.", "Davao Sur Business Park",
              "2016-05", "2017-09",
              ["Inbound calls for a US telecom account – billing and plan inquiries", "Met AHT and CSAT targets"],
              "facing", "contact_center"),
            E("Radiologic Technology Intern", "Davao Medical Mission Hospital", "Matina Alto",
              "2015-06", "2016-03",
              ["12-month clinical internship in X-ray, CT, ultrasound and MRI sections"],
              "facing", "healthcare_care", sec="other", et="internship"),
        ]),
        ("EDUCATION", "BS Radiologic Technology – Mindanao Allied Health Colleges, 2016\n"
                      "Passed Radiologic Technologist Licensure Exam, June 2017"),
    ]))

# ---------------------------------------------------------------- w012
add(dict(
    id="w012", fmt="txt", r="txt", hdr="dateline", ds="month", pw="Present", sep=" to ", bullet="-",
    txt={"hstyle": "plain", "jobgap": True},
    family="US medical biller and coder, Indeed-style export pasted as text, title / company / dates lines, 'Month YYYY to Present'",
    name="Tamika R. Delacroix",
    contact=["Riverbend, GA 30512", "tamika.delacroix@mailbox.com", "+1 706 555 0131"],
    sections=[
        ("Work Experience", [
            E("Medical Billing Specialist", "Keystone Physician Billing LLC", "Remote", "2022-03", "present",
              ["Charge entry and claim submission for 14 physician practices",
               "Work denials and appeals with Medicare, Medicaid and commercial payers",
               "Answer the patient billing line, explain statements and set up payment plans"],
              "facing", "contact_center"),
            E("Medical Coder", "Riverside Orthopedic Associates", "Riverbend, GA", "2020-01", "2022-02",
              ["Coded office visits, injections and operative notes (CPT, ICD-10, modifiers)",
               "Kept coding accuracy above 96% on quarterly audits"], "affecting"),
            E("Patient Access Representative", "Mercy Vale Hospital", "Riverbend, GA", "2017-07", "2019-12",
              ["Registered patients in the emergency department and outpatient lab",
               "Verified insurance, collected copays and scanned IDs and consents"],
              "facing", "in_person_service"),
            E("Medical Scribe", "ScribeRight Partners", "Riverbend, GA", "2016-01", "2017-06",
              ["Documented ED physician encounters in real time in Epic",
               "Pulled labs and imaging results for the physician and prepared discharge paperwork"],
              "affecting"),
        ]),
        ("Education", "Associate in Medical Billing and Coding\nPiedmont Trail Technical College - Riverbend, GA\n2019"),
        ("Skills", ["Epic, athenahealth, Kareo", "ICD-10-CM, CPT, HCPCS", "Claims, denials and appeals", "HIPAA"]),
        ("Certifications and Licenses", "CPC\nJanuary 2020 to Present\n\nCBCS\nMay 2021 to Present"),
    ]))

# ---------------------------------------------------------------- w013
add(dict(
    id="w013", fmt="pdf", r="rl", layout="twocol", hdr="title_org", ds="mon", pw="Present", sep=" – ",
    footer="Page {p} of {n}", font="Helvetica",
    family="UK biomedical scientist with phlebotomy past, reportlab two pages with two-column header and page numbers, summer research",
    name="Priya Ramdhanie-Scott",
    headline="HCPC registered Biomedical Scientist (BS71204)",
    contact=["Wexley, WX2 5RN", "07946 555 118", "priya.rscott@mailbox.co.uk", "linkedin.com/in/priya-rs-bms"],
    sections=[
        ("Profile",
         "Biomedical scientist in blood sciences with IBMS specialist portfolio in haematology and transfusion. "
         "Earlier worked as a phlebotomist, so I understand the patient side of the sample journey."),
        ("Experience", [
            E("Biomedical Scientist (Band 6), Blood Sciences", "Wexley & District Pathology Partnership", "Wexley",
              "2020-04", "present",
              ["Validate and authorise haematology and coagulation results; blood film review",
               "Crossmatch and issue blood products, including major haemorrhage protocol on call",
               "Lead on UKAS ISO 15189 document control and internal audits for the section",
               "Phone critical results to wards and GP surgeries"], "affecting"),
            E("Trainee Biomedical Scientist (Band 5)", "Wexley & District Pathology Partnership", "Wexley",
              "2018-10", "2020-03",
              ["Completed IBMS registration portfolio across biochemistry and haematology",
               "Sample reception, analyser maintenance and QC"], "affecting"),
            E("Phlebotomist", "Wexley General Hospital", "Wexley", "2016-02", "2018-09",
              ["Venepuncture for outpatients, wards and paediatric clinic (approx. 60 patients a day)",
               "Reassured anxious and needle-phobic patients; labelled and sent samples"],
              "facing", "healthcare_care"),
            E("Laboratory Assistant", "Aquatest Environmental Laboratories", "Penhallow", "2014-07", "2016-01",
              ["Prepared media and ran coliform tests on drinking water samples", "Logged samples on the LIMS"],
              "none"),
            E("Summer Research Student", "Department of Biosciences, University of Penhallow", "Penhallow",
              "2013-06", "2013-08", ["Cloned and expressed a bacterial enzyme for a PhD project"],
              "none", sec="other", et="internship", dt="Summer 2013"),
        ]),
        ("PAGEBREAK", None),
        ("Education", ["BSc (Hons) Biomedical Science (IBMS accredited), University of Penhallow – 2:1, 2014",
                       "IBMS Specialist Portfolio – Haematology with Transfusion, 2023"]),
        ("Training & CPD", ["BBTS transfusion science day 2025", "Leading an effective team (in-house, 2024)",
                            "Internal auditor ISO 15189"]),
        ("Interests", "Parkrun volunteer, baking, and I sing alto in the Wexley Community Choir."),
        ("Referees", "Mrs L. Harcourt, Blood Sciences Manager, WDPP\nMr T. Oyelaran, Phlebotomy Lead, Wexley General Hospital"),
    ]))

# ---------------------------------------------------------------- w014
add(dict(
    id="w014", fmt="docx", r="docx", layout="header", hdr="org_title", ds="mm/yyyy", pw="date", sep=" – ",
    bullet="-", bstyle="para",
    family="Irish decontamination technician, name and contact in the Word page header, employer line first then title, duties as a paragraph, mm/yyyy",
    name="Ciarán Doherty",
    contact=["Kilbarran, Co. Mayo  |  086 555 7321  |  ciaran.doherty.kb@mailbox.ie"],
    sections=[
        ("Employment", [
            E("Decontamination Technician (HSSD)", "Kilbarran University Hospital", "Kilbarran",
              "2021-09", "present",
              ["Reprocess surgical instruments: manual clean, washer-disinfectors, inspection, assembly of trays and sterilisation",
               "Track sets on the T-DOC system and record autoclave cycles",
               "Part of the team that passed the HIQA decontamination review 2024"], "affecting"),
            E("Household Services Operative", "Kilbarran University Hospital", "Kilbarran", "2019-05", "2021-08",
              ["Discharge and terminal cleans of isolation rooms using chlorine and UV",
               "Cleaning theatres between lists and at end of day"], "affecting"),
            E("Deli Counter Assistant", "Corrib Foods Supermarket", "Ballinacree", "2016-03", "2019-04",
              ["Made rolls and served hot food at the deli counter, lunchtime rush",
               "Cleaning down, HACCP temperature checks"], "facing", "in_person_service"),
        ]),
        ("Volunteering", [
            E("Underage Football Coach", "Ballinacree GAA Club", "Ballinacree", "2015", "present",
              ["Coach the U10 and U12 teams two evenings a week"], "facing", "volunteering",
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Education & Training", ["Certificate in Decontamination Practice (Level 6), 2022",
                                  "Safe Pass; Manual Handling; Hand Hygiene", "Leaving Certificate, 2015"]),
        ("Interests", "Football, hill walking, I restore old bikes."),
    ]))

# ---------------------------------------------------------------- w015
add(dict(
    id="w015", fmt="md", r="md", hdr="dash", ds="mon.", pw="Date", sep=" – ", bullet="*",
    family="Nigerian community health extension worker in Markdown, bold 'Title – Employer, Town' line with dates, 'Date' for present",
    name="Abdulrahman Yusuf Bello",
    contact=["Oke-Ilewo Quarters, Abeokun, Ogun State", "0806 555 9043", "abdulyusufbello@mailbox.com.ng"],
    md={"cjoin": " · "},
    sections=[
        ("Profile",
         "Community Health Extension Worker (CHEW) registered with the CHPRBN, 8 years in primary health care, "
         "immunization and maternal health outreach. Speaks Yoruba, Hausa and English."),
        ("Work Experience", [
            E("Community Health Extension Worker", "Oke-Ilewo Primary Health Care Centre", "Abeokun",
              "2019-01", "present",
              ["House-to-house visits for immunization defaulter tracing and ante-natal follow-up",
               "Health talks at the clinic on family planning, nutrition and ORS",
               "Treat minor ailments per standing orders and refer complicated cases"],
              "facing", "healthcare_care"),
            E("Data Officer", "Abeokun South LGA Health Department", "Abeokun", "2017-06", "2018-12",
              ["Entered monthly facility immunization and malaria data into DHIS2",
               "Checked reports from 14 facilities for completeness before the deadline"], "none"),
            E("Sales Attendant", "Sunrise Patent Medicine Store", "Abeokun", "2014-03", "2016-08",
              ["Sold drugs and provisions, advised customers on common medicines"],
              "facing", "in_person_service"),
        ]),
        ("Voluntary Work", [
            E("Polio Campaign Volunteer (Vaccinator)", "State Primary Health Care Board", "Abeokun",
              "2016-09", "2017-12",
              ["Gave oral polio vaccine door-to-door during national immunization days",
               "Mobilised mothers through community and religious leaders"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("Education", ["Diploma in Community Health (CHEW), School of Health Technology, Ilaro-Odo, 2016",
                       "SSCE (WAEC), 2012"]),
        ("Referees", "Available on request"),
    ]))
