"""wild74 résumés w016–w030 (fictional people, employers and towns)."""
from lib import E

RESUMES = []
add = RESUMES.append

# ---------------------------------------------------------------- w016
add(dict(
    id="w016", fmt="pdf", r="fpdf", layout="sidebar", hdr="orgfirst", ds="m/yyyy", pw="Present", sep=" - ",
    paper="letter", sgrey=0.86, bullet="•",
    family="US home health aide and CNA, fpdf2 with grey left sidebar, employer heading with roles beneath, m/yyyy dates",
    name="Shonda M. Pettaway",
    contact=["Elm Hollow, PA 17032", "(717) 555-0158", "shonda.pettaway", "@mailbox.com"],
    headline="Home Health Aide / CNA",
    sidebar=[
        ("Certifications", ["PA Certified Nurse Aide (Registry active)", "CPR/AED – American Red Cross",
                            "Dementia Care Specialist (2023)"]),
        ("Skills", ["ADLs & transfers", "Vital signs", "Hoyer lift", "Catheter & ostomy care", "PointClickCare"]),
        ("Availability", "Days, evenings, every other weekend. Own car."),
    ],
    sections=[
        ("Work History", [
            E("Home Health Aide", "BrightPath Home Health", "Elm Hollow, PA", "2023-01", "present",
              ["Visit 5-7 clients daily for bathing, grooming, light housekeeping and meal prep",
               "Observe and report skin changes and falls to the RN case manager",
               "Keep clients company – many live alone and look forward to the visit"],
              "facing", "healthcare_care"),
            E("Certified Nursing Assistant", "Willow Bend Rehabilitation Center", "Harmon, PA", "2019-04", "2022-12",
              ["Cared for 10-14 short-term rehab and long-term residents per shift",
               "Vitals, weights, intake and output, repositioning every 2 hours",
               "Helped residents to therapy and activities"], "facing", "healthcare_care"),
            E("Dietary Aide", "Willow Bend Rehabilitation Center", "Harmon, PA", "2017-08", "2019-03",
              ["Plated meals following diet cards (mechanical soft, renal, diabetic) in the main kitchen",
               "Loaded tray carts for the nursing staff and ran the dish machine"], "affecting"),
            E("Cashier", "Dollar Barn", "Harmon, PA", "2016-05", "2017-07", [], "facing", "in_person_service"),
        ]),
        ("Education", "Harmon Area High School, Diploma, 2016\nNurse Aide Training Program – Keystone Valley Vo-Tech, 2019"),
    ]))

# ---------------------------------------------------------------- w017
add(dict(
    id="w017", fmt="docx", r="docx", layout="styles", hdr="title_org", ds="month", pw="Present", sep=" – ",
    listbul=True, hlevel=2,
    family="UK dental nurse, Word heading styles and list bullets, right tab-stop dates, vaccination-centre volunteering overlapping",
    name="Chloe Marsden",
    contact=["Ashcombe, Devonshire Vale  ·  07855 555 264  ·  chloe.marsden.dn@mailbox.co.uk"],
    sections=[
        ("Profile",
         "GDC-registered dental nurse (GDC no. 301774) with five years in NHS and private practice, "
         "experienced with nervous patients, implants and orthodontics. Looking to train in oral health education."),
        ("Work Experience", [
            E("Dental Nurse", "Bramblegate Dental Practice", "Ashcombe", "2021-01", "present",
              ["Chairside support for two dentists and a hygienist, including implant and sedation sessions",
               "Look after nervous patients before and during treatment",
               "Decontamination of instruments in the LDU and surgery set-up"], "facing", "healthcare_care"),
            E("Trainee Dental Nurse", "Smileworks Ashcombe", "Ashcombe", "2019-09", "2020-12",
              ["Assisted with check-ups, fillings and extractions while studying for the NEBDN diploma",
               "Charting, suction, mixing materials"], "facing", "healthcare_care"),
            E("Dental Receptionist", "Smileworks Ashcombe", "Ashcombe", "2018-11", "2019-08",
              ["Meet and greet, booking and payments, recalls"], "facing", "in_person_service"),
            E("Waitress", "The Copper Kettle Tea Rooms", "Ashcombe", "2016-06", "2018-10", [],
              "facing", "in_person_service"),
        ]),
        ("Volunteering", [
            E("Vaccination Centre Volunteer Marshal", "Ashcombe Community Vaccination Hub", "Ashcombe",
              "2021-02", "2021-07",
              ["Welcomed people arriving for their jab, checked appointments and helped those with mobility problems"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("Qualifications", ["NEBDN National Diploma in Dental Nursing (2020)", "Certificate in Dental Sedation Nursing (2023)",
                            "Radiography certificate (in progress)", "GCSEs: 8 including English and Maths"]),
        ("Hobbies", "Open-water swimming and amateur dramatics."),
    ]))

# ---------------------------------------------------------------- w018
add(dict(
    id="w018", fmt="txt", r="txt", hdr="dash", ds="mm/yyyy", pw="Present", sep=" to ", bullet="➢",
    txt={"hstyle": "colon", "row": "paren", "capsname": False},
    family="Indian staff nurse applying abroad, plain text with colon headings, 'Title – Hospital, Town (mm/yyyy to mm/yyyy)'",
    name="Ms. Anjali Mariam Thomas",
    contact=["Kunnathettu House, Kottamala P.O., Kerala – 686 611", "Ph: +91 94470 55812",
             "E-mail: anjalimthomas@mailbox.in", "Passport No.: available on request"],
    sections=[
        ("OBJECTIVE",
         "Seeking a Registered Nurse position in a reputed hospital abroad where I can utilise my critical care skills."),
        ("PROFESSIONAL EXPERIENCE (7+ YEARS)", [
            E("Staff Nurse – Cardiac ICU", "Sree Narayana Heart Institute", "Kottamala", "2021-04", "present",
              ["Caring for post-CABG and post-PTCA patients on ventilators and inotropes (1:2 ratio)",
               "Arterial line and central line care, ABG analysis, defibrillation",
               "Patient and family teaching prior to discharge"], "facing", "healthcare_care"),
            E("Staff Nurse – Medical Ward", "St. Alphonsa Mission Hospital", "Pala Nagar", "2018-06", "2021-03",
              ["Admission, medication and documentation for 25 patients",
               "COVID ward duty for 9 months (2020)"], "facing", "healthcare_care"),
            E("Clinical Instructor", "Carmel College of Nursing", "Pala Nagar", "2017-07", "2018-05",
              ["Supervised 2nd year B.Sc. Nursing students in wards and taught nursing foundations classes"],
              "facing", "education"),
            E("Home Nurse", None, "Kottamala", "2016-08", "2017-06",
              ["Private duty nursing of a bedridden stroke patient at home: feeding, Ryle's tube, bed sore care, physiotherapy exercises"],
              "facing", "healthcare_care", et="freelance"),
        ]),
        ("EDUCATIONAL QUALIFICATIONS", ["B.Sc. Nursing – Carmel College of Nursing (KUHS), 2016 – 74%",
                                        "Plus Two – Kerala State Board, 2012 – 88%"]),
        ("REGISTRATION & LICENCES", ["Kerala Nurses and Midwives Council, Reg. No. KL-0412XX",
                                     "Prometric (DHA) passed – 2024", "BLS & ACLS (AHA) valid till 03/2027"]),
        ("PERSONAL PROFILE", "Date of Birth : 12/08/1994\nReligion : Christian\nNationality : Indian\n"
                             "Languages : English, Malayalam, Hindi"),
        ("DECLARATION", "I hereby declare that all the details furnished above are true to the best of my knowledge.\n\n"
                        "ANJALI MARIAM THOMAS"),
    ]))

# ---------------------------------------------------------------- w019
add(dict(
    id="w019", fmt="pdf", r="rl", layout="centred", hdr="org_title", ds="month", pw="Present", sep=" – ",
    font="Times", paper="letter", bullet="-",
    family="US clinical research coordinator (CRO monitoring and data roles before), reportlab centred Times header, employer line first",
    name="Daniel J. Abernathy-Cho",
    contact=["Hollowell, MN  |  (612) 555-0177  |  dabernathycho@mailbox.com", "ACRP-CP  •  GCP certified"],
    sections=[
        ("Summary",
         "Clinical research professional with 8 years across site and CRO settings in oncology trials. I enjoy the "
         "patient side of research and know what monitors and sponsors need from a site."),
        ("Experience", [
            E("Clinical Research Coordinator II", "Hollowell Cancer Institute", "Hollowell, MN", "2022-06", "present",
              ["Screen, consent and enroll patients in phase II/III oncology trials (14 active studies)",
               "Run study visits: vitals, ECGs, PRO questionnaires, sample processing and shipping",
               "Coordinate with investigators, pharmacy and sponsors; host monitoring visits"],
              "facing", "healthcare_care"),
            E("Clinical Research Associate", "Veridian Clinical Research", "Minneapolis-St. Ansgar, MN",
              "2019-09", "2022-05",
              ["Conducted site qualification, initiation, interim and close-out visits for 9 sites",
               "Source data verification, protocol deviation tracking and visit reports within 5 days"], "none"),
            E("Clinical Data Coordinator", "Veridian Clinical Research", "Minneapolis-St. Ansgar, MN",
              "2018-01", "2019-08",
              ["Data entry checks and query management in Medidata Rave", "Reconciled SAE and lab data"], "none"),
            E("Undergraduate Research Assistant", "Memory & Aging Lab, Northfield State University", "Northfield, MN",
              "2016-09", "2017-12",
              ["Ran participants through memory tasks and scored neuropsychological tests",
               "Entered and cleaned study data"], "affecting", sec="other", et="paid"),
        ]),
        ("Education", "B.S. Psychology, minor in Biology – Northfield State University, 2017"),
        ("Certifications", ["ACRP Certified Professional (ACRP-CP), 2023", "CITI GCP and Human Subjects Protection",
                            "IATA Dangerous Goods shipping"]),
    ]))

# ---------------------------------------------------------------- w020
add(dict(
    id="w020", fmt="docx", r="docx", layout="table", hdr="title_org", ds="mon", pw="Present", sep=" – ",
    bullet="•", paper="letter",
    family="Canadian medical office assistant (pharmacy assistant, freelance transcription, summer camp), Word with a borderless table per job",
    name="Hannah Beaulieu-MacIsaac",
    contact=["Westbury, NS  B4N 1R2", "902-555-0139", "hannah.bmacisaac@mailbox.ca"],
    sections=[
        ("Highlights", ["Medical Office Assistant diploma with honours", "Accuro and Med Access EMR",
                        "Medical terminology, transcription 85 wpm", "Warm, patient manner on the phone and at the desk"]),
        ("Employment", [
            E("Medical Office Assistant", "Lakeshore Family Health Team", "Westbury, NS", "2022-09", "present",
              ["Check in patients, book and confirm appointments for 6 physicians and a nurse practitioner",
               "Answer a busy phone line and triage requests to the right clinician",
               "Process MSI billing and scan referral letters into the EMR"], "facing", "in_person_service"),
            E("Pharmacy Assistant", "Harbourview Pharmacy", "Westbury, NS", "2019-05", "2022-08",
              ["Front counter and cash, answered questions on OTC products and directed clinical questions to the pharmacist",
               "Prepared blister packs and phoned doctors' offices for refill authorizations"],
              "facing", "in_person_service"),
            E("Medical Transcriptionist (contract)", "ClearScript Transcription", "Remote", "2018-01", "2019-04",
              ["Transcribed radiology and consult reports from audio files for clinics in three provinces"],
              "affecting", et="freelance"),
            E("Camp Counsellor", "Camp Tamarack Lake", "Tamarack Lake, NS", "2017-06", "2017-08",
              ["Responsible for a cabin of eight 9-year-olds; led canoe and craft sessions"],
              "facing", "education", dt="Summer 2017"),
        ]),
        ("Education", "Medical Office Administration Diploma – Nova Coastal Community College, 2019"),
        ("Volunteer & Interests", "Curling, trail running. Choir at St. Brendan's."),
    ]))

# ---------------------------------------------------------------- w021
add(dict(
    id="w021", fmt="html", r="html", hdr="dash", ds="mon", pw="present", sep=" - ",
    family="UK hospital domestic assistant (office cleaning, kitchen porter, years caring for mother), simple HTML CV",
    name="Bogdan Wiśniewski",
    contact=["Greyfriars, Northumbria Vale", "Tel 07423 555 908", "bogdan.wisniewski@mailbox.co.uk"],
    html={},
    sections=[
        ("About me",
         "Hard-working and careful domestic assistant, settled in the UK since 2010. I like a clean ward and I am "
         "proud when the infection control audit comes back 98%. Looking for a permanent Band 2 post."),
        ("Work experience", [
            E("Domestic Assistant", "Greyfriars Community Hospital", "Greyfriars", "2022-03", "present",
              ["Daily and discharge cleaning of bays, side rooms, toilets and the day room using colour-coded equipment",
               "Deep cleans after infection outbreaks (C. diff, norovirus) with the HPV team",
               "Filling the cleaning schedule and reporting faults to estates"], "affecting"),
            E("Night Cleaner", "Parkway Office Centre", "Greyfriars", "2019-04", "2022-02",
              ["Cleaning of offices, kitchens and toilets 10pm-6am when the building is empty"], "none"),
            E("Kitchen Porter", "The Old Forge Inn", "Hexley", "2017-05", "2019-03",
              ["Washing up, pots, keeping kitchen clean, veg prep"], "affecting"),
            E("Full-time carer for my mother", None, None, "2014-01", "2017-04",
              ["Looked after my mother at home after her stroke until she moved into a care home"],
              "none", et="unknown"),
        ]),
        ("Training", ["Level 2 Certificate in Cleaning Principles", "COSHH, Infection Prevention & Control",
                      "Food Hygiene Level 2"]),
        ("Languages", "Polish (native), English (good)"),
        ("References", "Mrs Karen Dolby, Domestic Services Supervisor, Greyfriars Community Hospital"),
    ]))

# ---------------------------------------------------------------- w022
add(dict(
    id="w022", fmt="pdf", r="fpdf", layout="plain", hdr="pipe", ds="m.yyyy", pw="Present", sep=" - ",
    font="Serif", bullet="•",
    family="Indian Pharm.D (pharmacovigilance, clinical pharmacist, internship, retail), fpdf2 serif single column, 'Title | Employer | Town' line, m.yyyy dates",
    name="Dr. Siddharth Vinayak Kulkarni, Pharm.D",
    contact=["Navapur, Maharashtra  |  +91 98220 55431  |  siddharth.kulkarni.pharmd@mailbox.in"],
    sections=[
        ("Professional Summary",
         "Pharm.D with 4+ years in drug safety and 2 years as clinical pharmacist in a 300-bed tertiary hospital. "
         "Skilled in ICSR processing, MedDRA coding, Argus Safety and patient counselling."),
        ("Experience", [
            E("Drug Safety Associate", "Medrion Lifesciences Pvt. Ltd.", "Navapur", "2022-07", "present",
              ["Case processing of spontaneous, literature and clinical trial ICSRs in Argus Safety",
               "MedDRA coding, narrative writing and seriousness assessment",
               "Peer QC of cases; 99.2% quality score"], "none"),
            E("Clinical Pharmacist", "Jeevan Jyoti Hospital", "Navapur", "2020-09", "2022-06",
              ["Ward rounds in medicine and ICU, medication chart review and interventions",
               "Discharge counselling for patients on anticoagulants and insulin",
               "Reported ADRs to the PvPI monitoring centre"], "facing", "healthcare_care"),
            E("Pharm.D Intern", "Jeevan Jyoti Hospital", "Navapur", "2019-07", "2020-06",
              ["Sixth-year internship in general medicine, paediatrics, surgery and psychiatry departments"],
              "facing", "healthcare_care", sec="other", et="internship"),
            E("Pharmacist (part-time)", "Sai Krupa Medical & General Stores", "Navapur", "2017-06", "2019-05",
              ["Weekend dispensing of prescriptions and advising customers on dosage"], "facing", "healthcare_care"),
        ]),
        ("Education", ["Pharm.D – Deccan Plateau College of Pharmacy (MUHS), 2020, 8.1 CGPA",
                       "HSC – 2014, 84%"]),
        ("Publications", ["Kulkarni S. et al. Drug-related problems in an Indian ICU: a prospective study. "
                          "J Clin Pharm Pract 2021."]),
        ("Personal Details", "DOB: 03-11-1996  |  Languages: Marathi, Hindi, English"),
    ]))

# ---------------------------------------------------------------- w023
add(dict(
    id="w023", fmt="docx", r="docx", layout="tabs", hdr="title_org", ds="month", pw="Date", sep=" – ",
    bullet="●",
    family="Nigerian medical laboratory scientist (walk-in diagnostics, NYSC, internship, lesson teacher), Word tab-stop dates, education before experience, 'Date' for present",
    name="Emeka Chukwudi Nwachukwu, AMLSCN",
    contact=["12 Oyelaran Street, Oke-Afa, Lagos", "08035559127  |  emeka.nwachukwu.mls@mailbox.com.ng"],
    sections=[
        ("PERSONAL PROFILE",
         "A dedicated and result-oriented Medical Laboratory Scientist with good knowledge of haematology, clinical "
         "chemistry and microbiology, seeking to contribute to a reputable diagnostic centre."),
        ("EDUCATIONAL BACKGROUND", ["B.MLS – Ekiti Highlands University, 2017", "WASSCE – 2010"]),
        ("PROFESSIONAL QUALIFICATION", ["Licensed by the Medical Laboratory Science Council of Nigeria (MLSCN)"]),
        ("WORK EXPERIENCE", [
            E("Medical Laboratory Scientist", "Lifecare Diagnostics Ltd", "Oke-Afa, Lagos", "2020-03", "present",
              ["Sample collection (phlebotomy) for walk-in and corporate clients at the reception lab",
               "Analysis on Mindray and Cobas analysers; daily QC and Westgard rules",
               "Release of results and explaining sample requirements to clients"], "facing", "healthcare_care"),
            E("Medical Laboratory Scientist (NYSC)", "General Hospital Ikenne-Ayo", "Ikenne-Ayo, Ogun State",
              "2019-02", "2020-01",
              ["Bench work in haematology and blood bank: FBC, grouping and crossmatching",
               "Maintained reagent inventory"], "affecting", et="internship"),
            E("Intern Medical Laboratory Scientist", "Ekiti Highlands University Teaching Hospital", "Ado-Oke",
              "2017-09", "2018-08",
              ["Rotated through chemical pathology, microbiology, histopathology and haematology benches"],
              "affecting", et="internship"),
            E("Lesson Teacher", "Self-employed", "Ado-Oke", "2015-01", "2016-12",
              ["Taught Chemistry and Biology to SS2 and SS3 students at their homes for WAEC and JAMB"],
              "facing", "education", et="freelance"),
        ]),
        ("HOBBIES", "Football, reading, travelling"),
        ("REFEREES", "Available on request"),
    ]))

# ---------------------------------------------------------------- w024
add(dict(
    id="w024", fmt="md", r="md", hdr="org_title", ds="mon", pw="Present", sep=" – ", bullet="-",
    md={"cjoin": " | "},
    family="Irish retail manager moving into hospital admin with hospice day-care volunteering, Markdown, employer first, year-only older dates",
    name="Siobhán Kehoe",
    contact=["Ballinmore, Co. Wexford", "083 555 0472", "siobhan.kehoe@mailbox.ie"],
    sections=[
        ("Summary",
         "Twenty years in retail management, now moving into healthcare administration. I volunteer weekly at my "
         "local hospice day unit and recently temped in an outpatients booking office."),
        ("Recent experience", [
            E("Day Hospice Volunteer", "St. Fintan's Hospice", "Ballinmore", "2023-04", "present",
              ["Sit with patients, serve tea and lunch, help with art and reminiscence sessions",
               "Volunteer driver bringing patients to and from the day unit"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
            E("Administrative Assistant (temporary, via Kestrel Recruitment)", "Ballinmore Regional Hospital",
              "Ballinmore", "2023-03", "2023-09",
              ["Outpatients booking office: phoned patients to offer and confirm appointments",
               "Validated the waiting list and updated the PAS"], "facing", "contact_center"),
        ]),
        ("Retail career", [
            E("Store Manager", "ValuePlus Retail", "Gorey Bridge", "2013-02", "2023-01",
              ["Full P&L responsibility for a €6m store with 38 staff",
               "Rosters, recruitment, training and performance reviews",
               "Stock control, merchandising to head office planograms and audits"], "affecting"),
            E("Assistant Manager", "ValuePlus Retail", "Gorey Bridge", "2008", "2012",
              ["Ran the shop floor on my shifts and dealt with customer complaints at the service desk"],
              "facing", "in_person_service", prec="year"),
            E("Sales Assistant / Supervisor", "Murtagh's Drapery", "Ballinmore", "2003", "2007", [],
              "facing", "in_person_service", prec="year"),
        ]),
        ("Education", ["QQI Level 6 Healthcare Administration (2024, part-time)", "Leaving Certificate, 2002"]),
        ("Referees", "Available on request"),
    ]))

# ---------------------------------------------------------------- w025
add(dict(
    id="w025", fmt="pdf", r="rl", layout="plain", hdr="title_org", ds="apos", pw="Now", sep=" – ",
    bullet="*", paper="letter",
    family="US surgical technologist (sterile processing, supply chain, line cook), reportlab single column, abbreviated 'Oct '21 – Now' dates",
    name="Luis Alberto Carranza",
    contact=["Granite Peaks, CO 80819  ·  (719) 555-0166  ·  luis.carranza.cst@mailbox.com"],
    sections=[
        ("Profile",
         "CST with 5 years in the OR and 3 in sterile processing. I know the instruments from both sides of the wall."),
        ("Skills", ["Ortho, general, GYN and ENT cases", "Instrument sets & counts", "Sterile field management",
                    "Censitrac", "Bilingual English/Spanish"]),
        ("Experience", [
            E("Certified Surgical Technologist", "Granite Peaks Surgical Center", "Granite Peaks, CO", "2021-10", "present",
              ["Scrub for 6-8 cases a day: set up back table, pass instruments, maintain the sterile field and counts",
               "Help the circulating RN transfer and position patients and stay at the bedside during induction",
               "Turn over rooms and prepare preference cards"], "facing", "healthcare_care"),
            E("Sterile Processing Technician", "Granite Peaks Medical Center", "Granite Peaks, CO", "2018-05", "2021-09",
              ["Decontaminated, inspected and assembled surgical trays; ran steam and low-temp sterilizers",
               "Tracked loaner sets and flash logs"], "affecting"),
            E("Supply Chain Technician", "Granite Peaks Medical Center", "Granite Peaks, CO", "2016-08", "2018-04",
              ["Restocked supply rooms and Pyxis par levels on 9 nursing units", "Received and put away deliveries"],
              "affecting"),
            E("Line Cook", "Rosie's Grill", "Alder Springs, CO", "2014-03", "2016-07", ["Grill and fry station"],
              "affecting"),
        ]),
        ("Education & Certification", "Surgical Technology Certificate – Front Range Allied Health Institute, 2021\n"
                                      "CST (NBSTSA) 2021   •   CRCST (HSPA) 2018"),
    ]))

# ---------------------------------------------------------------- w026
add(dict(
    id="w026", fmt="docx", r="docx", layout="header", hdr="datesfirst", ds="mon", pw="Current", sep=" – ",
    bullet="–",
    family="UK emergency care assistant (NHS 111, event first aid, lifeguard, labourer), name in the Word page header, dates first then title line",
    name="Kieran Osei-Mensah",
    contact=["Harrowdene  •  07900 555 381  •  kieran.oseimensah@mailbox.co.uk"],
    sections=[
        ("Personal statement",
         "Emergency Care Assistant applying for the Paramedic Science degree apprenticeship. Four years in urgent "
         "and emergency care, calm under pressure and good at putting people at ease."),
        ("Employment", [
            E("Emergency Care Assistant", "Harrowdene Ambulance Service NHS Trust", "Harrowdene", "2022-05", "present",
              ["Crew member on a double-crewed emergency ambulance supporting paramedics",
               "Patient observations, ECG set-up, splinting, moving and handling, driving under blue lights",
               "Reassure patients and family members on scene and during transport"], "facing", "healthcare_care"),
            E("NHS 111 Health Adviser", "Medicall 111 Services Ltd", "Harrowdene", "2020-02", "2022-04",
              ["Took 111 calls from the public and worked through NHS Pathways assessments",
               "Booked callers into urgent treatment centres and passed calls to clinicians"], "facing", "contact_center"),
            E("Lifeguard", "Ashbury Leisure Centre", "Ashbury", "2017-06", "2020-01",
              ["Pool supervision, first aid, swimming lessons cover"], "facing", "other_facing"),
            E("Labourer", "K & T Groundworks Ltd", "Ashbury", "2016-04", "2017-05",
              ["General labouring on new-build housing sites: drainage, kerbs, loading out"], "none"),
        ]),
        ("Volunteering", [
            E("Event First Aider", "Red Kite First Aid Volunteers", "Harrowdene", "2019", "2022",
              ["First aid cover at football matches, concerts and fun runs"], "facing", "volunteering",
              prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Qualifications", ["FREC 4 (2022)", "C1 driving licence; IHCD emergency driving", "BTEC Level 3 Sport (DMM), 2017"]),
    ]))

# ---------------------------------------------------------------- w027
add(dict(
    id="w027", fmt="txt", r="txt", hdr="inline", ds="mon", pw="Present", sep=" - ", bullet="•", caps=True,
    txt={"hstyle": "dashes"},
    family="Filipino nurse turned medical virtual assistant, plain text with caps headings, 'Title, Employer, Town (dates)' line",
    name="Kristine Joy B. Dela Paz, RN",
    contact=["Dapitan Norte, Zamboanga del Norte, Philippines", "+63 926 555 7710 | kjdelapaz.va@mailbox.ph",
             "Available: US hours (EST/PST), own backup power and internet"],
    sections=[
        ("Summary",
         "Registered nurse with 3 years hospital experience and 4+ years as a medical virtual assistant for US clinics. "
         "HIPAA trained. Tools: Open Dental, Dentrix, Kareo, RingCentral, Google Workspace."),
        ("Work Experience", [
            E("Medical Virtual Assistant", "Self-employed", "Remote", "2022-02", "present",
              ["Answer patient calls and voicemails for two US dental offices and a chiropractic clinic",
               "Schedule and confirm appointments, send recall texts and verify insurance eligibility",
               "Update patient charts and prepare the daily huddle sheet"], "facing", "contact_center", et="freelance"),
            E("Insurance Verification Specialist", "Apex Health Outsourcing Inc.", "Zamboanga Sur IT Park",
              "2019-11", "2022-01",
              ["Verified dental and medical benefits through payer portals and calls to insurance reps",
               "Entered benefit breakdowns in client PMS before patient appointments"], "affecting"),
            E("Staff Nurse", "San Lorenzo District Hospital", "Dapitan Norte", "2016-06", "2019-10",
              ["Medical-surgical ward, 1:12 nurse to patient ratio", "Assisted in ER during surge"],
              "facing", "healthcare_care"),
            E("Volunteer Nurse", "Barangay Poblacion Health Station", "Dapitan Norte", "2015-06", "2016-05",
              ["Assisted midwife in prenatal check-ups and immunization days while waiting for board exam results"],
              "facing", "volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("Education", "BS Nursing - Western Peninsula State College, 2015\nPhilippine Nurse Licensure Exam - passed Nov 2015"),
        ("Skills", ["Medical terminology", "Insurance verification", "Patient scheduling", "Typing 60 wpm"]),
    ]))

# ---------------------------------------------------------------- w028
add(dict(
    id="w028", fmt="pdf", r="fpdf", layout="twocol", hdr="dateline", ds="iso", pw="present", sep=" to ",
    bullet="-", paper="letter",
    family="Canadian hospital unit clerk (environmental services, clinic registration, diner), fpdf2 two-column header, ISO dates on own line",
    name="Tyler Kwasniewski",
    headline="Unit Clerk  ·  Health Records",
    contact=["Coldwater, SK", "306-555-0119", "tyler.kwas@mailbox.ca"],
    sections=[
        ("Experience", [
            E("Unit Clerk, Surgical Inpatients", "Prairie Rose Regional Hospital", "Coldwater, SK", "2021-03", "present",
              ["Transcribe physician orders and book tests with lab, diagnostic imaging and other departments",
               "Assemble and maintain patient charts; track beds on the bed board",
               "Order unit supplies and process admission and discharge paperwork"], "affecting"),
            E("Environmental Services Aide", "Prairie Rose Regional Hospital", "Coldwater, SK", "2018-09", "2021-02",
              ["Cleaned and disinfected patient rooms after discharge and OR suites overnight"], "affecting"),
            E("Patient Registration Clerk", "Coldwater Medical Clinic", "Coldwater, SK", "2016-11", "2018-08",
              ["Registered walk-in patients, checked health cards and answered questions about wait times"],
              "facing", "in_person_service"),
            E("Server", "Harvest Moon Diner", "Coldwater, SK", "2014-05", "2016-10", [],
              "facing", "in_person_service"),
        ]),
        ("Education", ["Health Unit Clerk Certificate – Saskatoon Plains Polytechnic, 2021",
                       "Grade 12 – Coldwater Composite High School, 2014"]),
        ("Skills", ["Sunrise Clinical Manager", "Medical terminology", "Typing 55 wpm", "WHMIS"]),
    ]))

# ---------------------------------------------------------------- w029
add(dict(
    id="w029", fmt="docx", r="docx", layout="sidebar", hdr="pipe", ds="mon", pw="Current", sep=" – ",
    bullet="•", sfill="F2F2F2",
    family="Indian patient care coordinator (GDA, ward boy, pharmacy delivery, food-factory packer), Word two-column layout table with shaded sidebar, pipe header line",
    name="Rohit Kumar Saini",
    contact=["H.No. 218, Ward 7, Rampur Kalan, Haryana", "+91 98120 55376", "rohitsaini.pcc@mailbox.in"],
    sidebar=[
        ("Key Skills", ["Patient handling", "Bed-side care", "Admission & discharge", "Hindi, English, Punjabi", "MS Office"]),
        ("Education", "B.A. (Correspondence), 2020\nGDA Certificate (NSDC), 2019\n12th – HBSE, 2014"),
        ("Personal", "DOB: 05 June 1996\nFather's Name: Sh. Rajpal Saini"),
    ],
    sections=[
        ("Career Objective",
         "Looking for a growth-oriented role in hospital patient services where my bedside and front desk experience can help patients."),
        ("Work Experience", [
            E("Patient Care Coordinator", "Arogya Superspeciality Hospital", "Rampur Kalan", "2022-01", "present",
              ["Guide patients and attendants at the help desk, explain packages and admission process",
               "Coordinate admissions, bed allotment and discharge with billing and nursing",
               "Handle patient feedback and complaints and report to the PRO"], "facing", "in_person_service"),
            E("General Duty Assistant", "Arogya Superspeciality Hospital", "Rampur Kalan", "2019-04", "2021-12",
              ["Bathing, feeding and shifting of patients to OT, radiology and ICU",
               "Checking vitals and maintaining intake-output chart under nurse supervision"],
              "facing", "healthcare_care"),
            E("Ward Boy", "City Care Nursing Home", "Rampur Kalan", "2017-01", "2019-03",
              ["Patient shifting, bed making, assisting nurses in ward"], "facing", "healthcare_care"),
            E("Delivery Boy", "QuickMed Pharmacy", "Rampur Kalan", "2015-04", "2016-12",
              ["Home delivery of medicines on bike, collecting cash and explaining bills to customers"],
              "facing", "in_person_service"),
            E("Packing Helper", "Haryana Agro Foods Pvt. Ltd.", "Sonepat Road Industrial Area", "2014-06", "2015-03",
              ["Packing and sealing of namkeen pouches on the production line, loading cartons"], "none"),
        ]),
        ("Declaration", "I hereby declare that the information given above is true.\nDate: ____    Place: Rampur Kalan"),
    ]))

# ---------------------------------------------------------------- w030
add(dict(
    id="w030", fmt="html", r="html", hdr="orgfirst", ds="mon", pw="Present", sep=" – ",
    family="US healthcare IT (EHR analyst, service desk, records scanning, hospital information-desk volunteer), HTML with employer heading and roles beneath",
    name="Naomi E. Fairweather",
    contact=["Summit Ridge, CO", "(970) 555-0123", "naomi.fairweather@mailbox.com"],
    sections=[
        ("Summary",
         "Epic-certified clinical applications analyst who started in health information management and the IT "
         "service desk. Known for patient, plain-English training for nurses and physicians."),
        ("Experience", [
            E("Clinical Applications Analyst (Epic ClinDoc)", "Summit Ridge Health System", "Summit Ridge, CO",
              "2021-07", "present",
              ["Build and test flowsheets, order sets and upgrades for inpatient nursing",
               "Classroom training and at-the-elbow support for nurses and physicians at go-lives",
               "Work tickets escalated from the service desk with end users"], "facing", "internal_support"),
            E("IT Service Desk Analyst", "Summit Ridge Health System", "Summit Ridge, CO", "2018-10", "2021-06",
              ["Phone and walk-up support for 6,000 staff: password resets, printers, Epic access"],
              "facing", "internal_support"),
            E("HIM Scanning & Indexing Clerk", "Summit Ridge Health System", "Summit Ridge, CO", "2016-08", "2018-09",
              ["Scanned and indexed paper records into the EHR; quality checked other clerks' batches"], "affecting"),
            E("Information Desk Volunteer", "Mount Clement Hospital", "Mount Clement, CO", "2013", "2016",
              ["Greeted visitors, gave directions and delivered flowers to patients"],
              "facing", "volunteering", prec="year", sec="volunteer", et="volunteer"),
        ]),
        ("Certifications", ["Epic ClinDoc Inpatient certification (2022)", "CompTIA A+ (2018)", "RHIT (2017)"]),
        ("Education", "A.A.S. Health Information Technology – Red Butte Community College, 2016"),
    ]))
