"""wild32 résumés w001–w015 (one dict per résumé; entries are lib.E)."""
from lib import E

F, A, N = "facing", "affecting", "none"
HC, IPS, CC, EDU, VOL, IS, SA, EF = ("healthcare_care", "in_person_service", "contact_center", "education",
                                     "volunteering", "internal_support", "sales_account", "entrepreneurial_freelance")

RESUMES = []


def add(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
add(
    file="w001.pdf", renderer="pdf_rl", layout="plain", order="title_org", dstyle="month", present="Present",
    family="UK ward manager (Band 5 to 7 on one acute trust, bank shifts alongside), Word-to-PDF single column, "
           "title line with right-aligned dates",
    code="reportlab, plain/title_org, month / 'Present'",
    name="Joanne Pilkington", tagline="Registered Nurse (Adult) – Ward Manager",
    contact=["14 Larch Close, Wexbury WX4 7JT", "07700 914 362  |  joanne.pilkington@mailbox.co.uk"],
    blocks=[
        ("para", "Personal Statement",
         "Adult nurse with thirteen years on acute medicine and elderly care, the last four running a busy acute "
         "medical unit. I like to lead from the floor, I know what a good handover looks like and I have a track "
         "record of keeping nurses. Looking for a matron post in unscheduled care."),
        ("jobs", "Employment History", [
            E("Ward Manager (Band 7)", "Kingsmere Hospitals NHS Foundation Trust", "Wexbury", "2022-03", "present",
              bullets=["Lead the 28-bed Acute Medical Unit with 46 WTE staff; set the roster in HealthRoster and "
                       "sign off bank and agency requests",
                       "Visible on the floor most shifts – daily board round, and I see any patient or relative who "
                       "has asked for the nurse in charge",
                       "Cut agency spend by 31% in 2024 by building our own pool of bank HCAs",
                       "Investigate incidents and write the ward's replies to PALS concerns and complaints, meeting "
                       "families face to face when they want to talk it through"],
              cs=F, kind=HC),
            E("Junior Sister (Band 6)", "Kingsmere Hospitals NHS Foundation Trust", "Wexbury", "2017-08", "2022-02",
              bullets=["Nurse in charge on days and nights, coordinating admissions from ED and the GP assessment area",
                       "Took my own bay of patients alongside charge duties when staffing was short",
                       "Sepsis link nurse – ran the NEWS2 refresher for new starters and internationally educated nurses"],
              cs=F, kind=HC),
            E("Staff Nurse (Band 5)", "Kingsmere Hospitals NHS Foundation Trust", "Wexbury", "2013-09", "2017-07",
              bullets=["Care of older adults on a 30-bed elderly care ward, many living with delirium or dementia",
                       "Discharge planning with social workers, therapists and families",
                       "Practice assessor for second- and third-year student nurses"],
              cs=F, kind=HC),
            E("Bank Staff Nurse", "Kingsmere Staff Bank", "Wexbury", "2014-01", "2019-12",
              bullets=["Two or three extra shifts a month across orthopaedics, respiratory and the discharge lounge"],
              cs=F, kind=HC),
            E("Healthcare Assistant", "Elmcroft Lodge Care Home", "Hatherby", "2010-06", "2013-08",
              bullets=["Personal care, meals and activities for 34 residents; weekends and holidays through my "
                       "nursing degree"],
              cs=F, kind=HC),
        ]),
        ("lines", "Education & Registration", [
            "BSc (Hons) Adult Nursing, University of Wexbury, 2010 – 2013 (2:1)",
            "NMC PIN 10I2784E – effective registration, revalidated March 2025",
            "Leading Change module (Level 7), 2023",
        ]),
        ("list", "Courses", ["ILS and Sepsis Champion training", "Mentorship / practice assessor preparation",
                             "Mental Capacity Act and DoLS for ward leaders"]),
        ("para", "References", "Available on request."),
    ],
)

# ------------------------------------------------------------------ w002
add(
    file="w002.docx", renderer="docx", layout="styles", order="title_org", dstyle="mon", present="Present",
    sep=" - ",
    family="Filipino theatre nurse recruited to the UK (OR nurse at home, HCA while awaiting the NMC PIN), Word "
           "heading styles, list bullets, right tab-stop dates",
    code="docx, styles/title_org, mon / 'Present'",
    name="Maricel D. Abad", tagline="Theatre Staff Nurse | NMC Registered | PRC Licensed",
    contact=["Flat 3, 22 Pellow Road, Ravensholt RV2 9QP", "+44 7700 900 418  •  maricel.abad@mailbox.com"],
    blocks=[
        ("para", "Profile",
         "Perioperative nurse with more than nine years in the operating room, five of them in a busy tertiary "
         "hospital in the Philippines. Calm in emergencies, good with counts and instruments, and always the one "
         "who talks to the patient before they go to sleep."),
        ("jobs", "Professional Experience", [
            E("Theatre Staff Nurse (Scrub/Anaesthetics)", "Ravensholt University Hospitals NHS Trust",
              "Ravensholt, UK", "2023-03", "present",
              bullets=["Scrub for general, colorectal and emergency lists, doing the counts with the circulating nurse",
                       "Receive patients into the anaesthetic room: check identity, consent and allergies and stay "
                       "with them through induction",
                       "Finished the theatre competency booklet and preceptorship in 9 months"],
              cs=F, kind=HC),
            E("Healthcare Support Worker", "Ravensholt University Hospitals NHS Trust", "Ravensholt, UK",
              "2022-09", "2023-02",
              bullets=["Surgical day unit while waiting for my OSCE result and NMC decision",
                       "Observations, pre-op checklists and walking patients down to theatre"],
              cs=F, kind=HC),
            E("OR Nurse", "St. Benedict Medical Center", "Malinao City, Philippines", "2017-06", "2022-07",
              bullets=["Scrub and circulating nurse in a 9-room OR complex (ortho, OB-Gyne, general surgery)",
                       "4–6 cases per shift including emergency CS and trauma cases",
                       "In charge of the suture and implant inventory for the ortho room"],
              cs=F, kind=HC),
            E("Staff Nurse - Medical Ward", "Mater Dolorosa General Hospital", "Dalisay City, Philippines",
              "2015-05", "2017-05",
              bullets=["10–15 patients per shift in a 40-bed ward",
                       "Health teaching to patients and watchers about home medicines before discharge"],
              cs=F, kind=HC),
        ]),
        ("jobs", "Volunteer Work", [
            E("Volunteer Nurse", "Barangay Maligaya Health Center", "Dalisay City", "2014-11", "2015-04",
              section="volunteer", etype="volunteer",
              bullets=["Helped the midwife with prenatal check-ups and the Monday immunisation clinic",
                       "Took blood pressures of senior citizens on home visits while reviewing for the board exam"],
              cs=F, kind=VOL),
        ]),
        ("list", "Licences", ["NMC PIN 22I0158O (Registered Nurse, Adult) – 2023",
                              "Philippine Nurse Licensure (PRC) – 2014", "BLS / ILS – valid to 2027"]),
        ("lines", "Education", ["Bachelor of Science in Nursing – Dalisay Colleges, 2010 – 2014"]),
    ],
)

# ------------------------------------------------------------------ w003
add(
    file="w003.txt", renderer="txt", order="dateline", ol_sep=" - ", dstyle="month", present="Present", sep=" to ",
    txt_head="plain", bullet="-",
    family="US CNA to LPN to RN in one nursing home then a hospital, Indeed-style export pasted as text, "
           "'Month YYYY to Present', some prose duties",
    code="txt, indeed/dateline, month / 'Present'",
    name="Tamika Bledsoe",
    pre=["Tamika Bledsoe", "Registered Nurse - Med/Surg", "Millbrook, TN 38302", "tbledsoe88@mailbox.com",
         "+1 731 555 0194", "", "Authorized to work in the US for any employer"],
    blocks=[
        ("jobs", "Work Experience", [
            E("Registered Nurse - Med/Surg", "Cedar Fork Regional Medical Center", "Millbrook, TN", "2023-07",
              "present", prose=True,
              bullets=["Primary nurse for 5-6 patients on a 32 bed med/surg floor, post-op and medical admissions.",
                       "Meds, blood, wound vacs, discharge teaching.",
                       "Weekend charge nurse since 2025."],
              cs=F, kind=HC),
            E("Licensed Practical Nurse", "Hollins Ridge Nursing & Rehabilitation", "Pruett, TN", "2019-02",
              "2023-06",
              bullets=["Med pass and treatments for 30 long term care residents",
                       "Admissions from the hospital, wound care, g-tube feeds",
                       "Called families and the doctor with changes in condition"],
              cs=F, kind=HC),
            E("Certified Nursing Assistant", "Hollins Ridge Nursing & Rehabilitation", "Pruett, TN", "2016-05",
              "2019-01", prose=True,
              bullets=["ADLs, vitals, feeding assistance, turning and repositioning.",
                       "Worked every other weekend and picked up doubles while in LPN school."],
              cs=F, kind=HC),
            E("Dietary Aide", "Hollins Ridge Nursing & Rehabilitation", "Pruett, TN", "2015-06", "2016-04",
              bullets=["Worked the tray line and dish room",
                       "Made up the nourishment carts for the nurses stations",
                       "Cleaned and sanitized the kitchen at close"],
              cs=A),
            E("Cashier", "Penny Lane Dollar Store", "Pruett, TN", "2013-08", "2015-05", cs=F, kind=IPS),
        ]),
        ("lines", "Education", ["", "Associate of Science in Nursing", "Pruett State Community College - Pruett, TN",
                                "August 2021 to May 2023", "", "Practical Nursing Diploma",
                                "Tennessee College of Applied Technology - Pruett, TN", "2017 to 2018"]),
        ("lines", "Certifications and Licenses", ["", "RN License", "June 2023 to Present", "", "BLS for Healthcare Providers",
                                                  "March 2025 to March 2027"]),
        ("lines", "Skills", ["", "* Med/surg (3 years)", "* Long-term care (7 years)", "* EHR (Cerner, PointClickCare)"]),
    ],
)

# ------------------------------------------------------------------ w004
add(
    file="w004.pdf", renderer="pdf_fp", layout="left", order="org_title", dstyle="mon'yy", present="Present",
    sep=" – ", bullet="➢",
    family="Indian medical lab technologist (home collection, DMLT internship, OP counter phlebotomy, lab bench), "
           "fpdf2 left header, employer line with dates right and designation below",
    code="fpdf2, left/org_title, mon'yy / 'Present'",
    name="SANTHOSH KUMAR M.", tagline="Medical Laboratory Technologist (DMLT, B.Sc MLT)",
    contact=["No. 41, 3rd Cross, Vinayaka Layout, Ranipura – 571 402, Karnataka",
             "Mob: +91 98450 31276  |  E-mail: santhoshkm.mlt@mailbox.in"],
    blocks=[
        ("para", "Career Objective",
         "To work in a NABL accredited laboratory where I can use my technical knowledge and grow along with the "
         "organisation."),
        ("para", "Professional Summary",
         "8+ years of experience in clinical laboratory – biochemistry, haematology, serology and blood bank."),
        ("jobs", "Work Experience", [
            E("Senior Lab Technologist", "Medisure Diagnostics Pvt. Ltd.", "Ranipura", "2021-04", "present",
              bullets=["Handling biochemistry section – fully automated analysers, daily IQC and monthly EQAS samples",
                       "Verification of results before release; critical values informed to the pathologist",
                       "Training 4 junior technicians on sample rejection criteria and NABL documentation",
                       "Maintaining reagent indent and stock register"],
              cs=A),
            E("Lab Technician", "Sri Venkateshwara Multispeciality Hospital", "Chinnapura", "2017-06", "2021-03",
              bullets=["Blood collection at OP sample counter (approx. 80–100 patients/day) including paediatric "
                       "and geriatric patients",
                       "Haematology and serology bench – CBC, ESR, Widal, Dengue NS1",
                       "Blood bank cross-matching during night duty"],
              cs=F, kind=HC),
            E("Trainee Lab Technician (Internship)", "Government District Hospital", "Kolanur", "2016-12", "2017-05",
              etype="internship",
              bullets=["Six months compulsory internship after DMLT with postings in haematology, microbiology, "
                       "biochemistry and histopathology",
                       "Media preparation, slide staining, assisting in blood bank"],
              cs=A),
            E("Home Collection Phlebotomist (Part-time)", "QuickDraw Home Labs", "Chinnapura", "2016-06", "2016-11",
              bullets=["Visited homes early morning for fasting samples and explained test preparation to patients",
                       "Transported samples to lab maintaining cold chain"],
              cs=F, kind=HC),
        ]),
        ("lines", "Educational Qualification", [
            "B.Sc in Medical Laboratory Technology (Distance) – Ranipura Health Sciences University, 2019 – 62%",
            "DMLT – Govt. Paramedical Board, 2016 – 71%",
            "PUC (Science) – 2014 – 58%",
        ]),
        ("list", "Technical Skills", ["Fully automated and semi-automated analysers", "Cell counters, ELISA reader",
                                      "LIS / hospital software", "Quality control – Levey-Jennings charts"]),
        ("lines", "Personal Details", ["Father's Name : Muniraju K.", "Date of Birth : 12-03-1996",
                                       "Languages Known : Kannada, English, Telugu, Hindi", "Marital Status : Single"]),
        ("para", "Declaration",
         "I hereby declare that the above information is true to the best of my knowledge.   Place: Ranipura"),
    ],
)

# ------------------------------------------------------------------ w005
add(
    file="w005.docx", renderer="docx", layout="table", order="title_org", dstyle="month", present="Date",
    sep=" – ",
    family="Nigerian nurse-midwife (internship year, NYSC, Nursing Officer grades), Word borderless table per job, "
           "'2021 – Date' style present word, referees listed",
    code="docx, table/title_org, month / 'Date'",
    name="Folasade Adebimpe Ogunleye", tagline="RN, RM – Nursing Officer I (Midwifery)",
    contact=["12, Adewale Close, Okeroko, Oyo State", "0803 417 2290 | folasade.ogunleye@mailbox.ng"],
    blocks=[
        ("para", "Career Objective",
         "A dedicated nurse-midwife seeking to contribute to safe motherhood in a reputable tertiary institution, "
         "with room for training and career progression."),
        ("jobs", "Working Experience", [
            E("Nursing Officer I (Midwifery)", "Okeroko State Specialist Hospital", "Okeroko, Oyo State", "2021-03",
              "present",
              bullets=["Conduct normal deliveries and manage the second stage in a labour ward averaging 180 births "
                       "a month",
                       "Run the Tuesday antenatal booking clinic – history taking, urinalysis and health talks to "
                       "groups of 40+ mothers",
                       "Initiate breastfeeding and kangaroo mother care; counsel families on danger signs before "
                       "discharge"],
              cs=F, kind=HC),
            E("Nursing Officer II", "Okeroko State Specialist Hospital", "Okeroko, Oyo State", "2018-09", "2021-02",
              bullets=["Posted to the female medical ward, later the post-natal ward",
                       "Shift leader on night duty for two years"],
              cs=F, kind=HC),
            E("Corps Member (Nurse) – NYSC", "Primary Health Care Centre, Tunga Dabo", "Gombe State", "2017-09",
              "2018-07", etype="internship",
              bullets=["Immunisation days, family planning counselling and health education in the surrounding "
                       "villages"],
              cs=F, kind=HC),
            E("Intern Nurse", "Ajilete University Teaching Hospital", "Ajilete, Osun State", "2016-09", "2017-08",
              etype="internship",
              bullets=["One-year internship rotating through paediatrics, surgical, A&E and theatre"],
              cs=F, kind=HC),
        ]),
        ("lines", "Educational Qualifications", [
            "B.N.Sc – Ajilete University, 2011 – 2016",
            "Registered Midwife (RM) – School of Midwifery, Okeroko, 2019 – 2020",
            "WASSCE – 2010",
        ]),
        ("list", "Professional Licences", ["Registered Nurse – Nursing and Midwifery Council of Nigeria (2016)",
                                           "Registered Midwife (2020)", "Current practising licence to 2027"]),
        ("lines", "Referees", [
            "Mrs. Adijat Lawal – Chief Nursing Officer, Okeroko State Specialist Hospital – 0805 221 7789",
            "Dr. Kunle Abiodun – Consultant Obstetrician, Okeroko State Specialist Hospital – 0802 998 1430",
        ]),
    ],
)

# ------------------------------------------------------------------ w006
add(
    file="w006.html", renderer="html", html_style="div", order="title_org", dstyle="mon", present="Present",
    sep=" - ",
    family="Kenyan pharmaceutical technologist (stores job, attachment, internship, community pharmacy, undated "
           "outreach volunteering), hand-written HTML with CSS, dates floated right",
    code="html, div/title_org, mon / 'Present'",
    name="Brian Otieno Ochieng", tagline="Pharmaceutical Technologist (Dip. Pharm) – registered with the PPB",
    contact=["P.O. Box 1184-20100, Mawingo", "+254 722 480 115", "brian.otieno@mailbox.co.ke"],
    css="body{font-family:Arial,Helvetica,sans-serif;max-width:760px;margin:24px auto;font-size:14px}"
        "h1{color:#0b5d3b;margin:0}h2{color:#0b5d3b;border-bottom:2px solid #0b5d3b;font-size:15px}"
        "h3{font-size:14px;margin:10px 0 0}.when{float:right;font-weight:normal}.org{color:#444}",
    blocks=[
        ("para", "Profile",
         "Hard-working pharmaceutical technologist with four years in community and hospital pharmacy. "
         "I enjoy talking to patients about their medicines and I keep a tidy dispensary."),
        ("jobs", "Work Experience", [
            E("Pharmaceutical Technologist", "Mwangaza Community Pharmacy", "Mawingo, Nakuru County", "2022-02",
              "present",
              bullets=["Dispense prescriptions and OTC medicines and counsel clients on dosage, side effects and "
                       "adherence",
                       "Saturday BP and blood sugar screening at the counter",
                       "Prepare the monthly order and reconcile stock with the owner"],
              cs=F, kind=HC),
            E("Pharmacy Intern", "Lakeview County Referral Hospital", "Ziwani, Kisumu County", "2021-01", "2021-12",
              etype="internship",
              bullets=["Dispensed at the outpatient window and the comprehensive care clinic",
                       "Ward rounds with the clinical pharmacist on the medical wards"],
              cs=F, kind=HC),
            E("Stores Assistant", "MedAfrica Distributors Ltd", "Mawingo", "2019-05", "2020-09",
              bullets=["Picked and packed orders for pharmacies and clinics",
                       "Received deliveries and checked batch numbers and expiry dates against invoices"],
              cs=A),
        ]),
        ("jobs", "Attachments", [
            E("Student on Attachment", "Ziwani Sub-County Hospital", "Ziwani", "2018-05", "2018-08",
              section="other", etype="internship",
              bullets=["Assisted in the bulk store and pre-packed tablets for the dispensary"],
              cs=A),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer", "Tumaini Youth Health Outreach", "Ziwani", None, None, section="volunteer",
              etype="volunteer",
              bullets=["Weekend outreach in Ziwani informal settlement – mobilising young people for HIV testing and "
                       "giving out condoms and information leaflets"],
              cs=F, kind=VOL),
        ]),
        ("lines", "Education", ["Diploma in Pharmacy – Mawingo Medical Training College (2017 – 2020)",
                                "KCSE – Mean grade B- (2016)"]),
        ("lines", "Referees", ["Available upon request"]),
    ],
)

# ------------------------------------------------------------------ w007
add(
    file="w007.md", renderer="md", md_style="h3", order="title_org", dstyle="mon", present="Present", sep="–",
    family="New Zealand physiotherapist (rotational hospital post, OE locums in the UK, private practice, "
           "self-employed massage while studying), Markdown h3 titles with bold employer line",
    code="md, h3/title_org, mon / 'Present', en dash",
    name="Aroha Whitcombe", tagline="Senior Physiotherapist – MSK & community rehab",
    contact=["Tawhiti Bay, NZ", "021 448 730", "aroha.w@mailbox.co.nz"],
    blocks=[
        ("para", "About me",
         "Physio for nine years across hospital, community and private practice, with two years of locum work in "
         "the UK. Happiest with a mixed MSK caseload and a group class to run."),
        ("jobs", "Experience", [
            E("Senior Physiotherapist", "Kōwhai Valley Physio & Rehab", "Tawhiti Bay", "2021-08", "present",
              bullets=["Own caseload of 9–11 clients a day – ACC injury rehab, post-op knees and shoulders, "
                       "persistent pain",
                       "Run the Wednesday falls-prevention class at the community hall",
                       "Supervise two new grads and sign off their treatment plans"],
              cs=F, kind=HC),
            E("Locum Physiotherapist", "Meridian Locums", "Lambridge, UK", "2019-05", "2021-03",
              bullets=["OE years – short contracts in NHS outpatient and community MSK teams",
                       "Longest booking 7 months with a community stroke team"],
              cs=F, kind=HC),
            E("Physiotherapist (Rotational)", "Te Matau District Hospital", "Matau", "2017-01", "2019-03",
              bullets=["Rotations through orthopaedics, respiratory/ICU with on-call, neuro rehab and outpatients"],
              cs=F, kind=HC),
            E("Sports Massage Therapist", "Self-employed", "Matau", "2014-01", "2016-12", prec="year",
              etype="freelance",
              bullets=["Massage for local rugby and netball clubs on match days, and from a room at home during "
                       "my degree"],
              cs=F, kind=HC),
        ]),
        ("list", "Qualifications", ["Bachelor of Physiotherapy, 2013–2016", "Registered with the Physiotherapy Board "
                                    "of NZ (APC current)", "HCPC registration (UK) 2019–2021"]),
        ("lines", "Referees", ["Supplied on request"]),
    ],
)

# ------------------------------------------------------------------ w008
add(
    file="w008.pdf", renderer="pdf_rl", layout="sidebar", order="title_org", dstyle="mon", present="Current",
    family="Australian intensive care paramedic (graduate year, dispatcher while studying, volunteer first aid), "
           "reportlab shaded left sidebar with registration and skills",
    code="reportlab, sidebar/title_org, mon / 'Current'",
    name="Lachlan Ferris", tagline="Intensive Care Paramedic",
    contact=["Yallambee VIC 3931", "0412 556 903", "lachlan.ferris@", "mailbox.com.au"],
    side=[
        ("lines", "Registration", ["Paramedic – AHPRA", "PAR0001872305"]),
        ("list", "Clinical", ["RSI & advanced airway", "Cardiac arrest management", "Paediatric & neonatal",
                              "Major trauma"]),
        ("lines", "Education", ["Grad Dip Intensive Care", "Paramedicine (2019)", "", "B. Paramedicine (2013)"]),
        ("lines", "Licences", ["HR licence", "Working with Children Check"]),
    ],
    blocks=[
        ("para", "Profile",
         "Twelve years in emergency ambulance work, six as a MICA paramedic in a mixed regional and outer-metro "
         "area. Known for steady scene leadership and for teaching."),
        ("jobs", "Experience", [
            E("Intensive Care Paramedic", "Coastal Districts Ambulance Service", "Yallambee, VIC", "2020-07",
              "present",
              bullets=["Respond to time-critical cases as a single MICA unit and back up general crews",
                       "Advanced airway, RSI and infusions; clinical handover in the trauma bay",
                       "Clinical support officer shifts mentoring graduate paramedics"],
              cs=F, kind=HC),
            E("Paramedic", "Coastal Districts Ambulance Service", "Corrandah, VIC", "2015-03", "2020-06",
              bullets=["Emergency and non-emergency cases on a dual-crewed unit in a rural branch with long "
                       "transport times"],
              cs=F, kind=HC),
            E("Graduate Paramedic", "Coastal Districts Ambulance Service", "Corrandah, VIC", "2014-02", "2015-02",
              cs=F, kind=HC),
            E("Emergency Medical Dispatcher", "Southern Emergency Communications Centre", "Dunmore, VIC", "2011-06",
              "2013-12",
              bullets=["Took triple zero calls, triaged with the structured call-taking protocol and talked callers "
                       "through CPR until crews arrived (part-time while at uni)"],
              cs=F, kind=CC),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer First Aider", "Riverbend Community First Aid", "Yallambee", "2009-01", "2014-12",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["First aid posts at footy finals, music festivals and the Easter show"],
              cs=F, kind=VOL),
        ]),
    ],
)

# ------------------------------------------------------------------ w009
add(
    file="w009.docx", renderer="docx", layout="header", order="org_title", dstyle="month", present="present",
    family="Irish Director of Nursing in a nursing home (CNM2, staff nurse at home and in the UK, career break), "
           "name and contact in the Word page header, employer line first",
    code="docx, header/org_title, month / 'present'",
    name="Siobhán Keaveney", tagline="Director of Nursing | RGN, MSc Gerontology",
    contact=["Ardcullen, Co. Kilkenny  ·  087 214 6630  ·  siobhan.keaveney@mailbox.ie"],
    blocks=[
        ("para", "Summary",
         "Registered general nurse with eighteen years' experience, six of them leading a nursing home as Person "
         "in Charge. Strong on governance and regulation, but I still know every resident by name."),
        ("jobs", "Career History", [
            E("Director of Nursing (Person in Charge)", "Glenmore House Nursing Home", "Ardcullen, Co. Kilkenny",
              "2020-01", "present",
              bullets=["Registered Person in Charge for a 62-bed home; accountable to the provider for HIQA "
                       "compliance, a €4.1m budget and a team of 85",
                       "Led the home through two unannounced inspections with no major non-compliance",
                       "Chair the residents' forum each quarter and meet families myself on any complaint that "
                       "reaches stage 2",
                       "Brought in electronic care planning and a new falls-prevention bundle"],
              cs=F, kind=HC),
            E("Clinical Nurse Manager 2", "Glenmore House Nursing Home", "Ardcullen, Co. Kilkenny", "2016-05",
              "2019-12",
              bullets=["Managed the 18-bed dementia-specific unit",
                       "Admissions and care plans with residents and their families",
                       "Rosters and supervision of nurses and HCAs"],
              cs=F, kind=HC),
            E("Career break", None, None, "2013-09", "2016-04", etype="unknown",
              bullets=["At home with two small children; completed the Certificate in Gerontology part-time online"],
              cs=N),
            E("Staff Nurse", "St. Colman's Community Hospital", "Kilbreena, Co. Longford", "2008-09", "2013-08",
              bullets=["Continuing care and respite beds for older people; palliative care link nurse"],
              cs=F, kind=HC),
            E("Staff Nurse", "Marlowe Hospital", "Hartsdown, UK", "2005-10", "2008-08",
              bullets=["Surgical ward after qualifying, including a six-month preceptorship"],
              cs=F, kind=HC),
        ]),
        ("lines", "Education", ["MSc Gerontological Nursing – 2019", "BSc General Nursing – 2001 – 2005",
                                "NMBI PIN 1184593"]),
        ("list", "Training", ["Safeguarding vulnerable adults (2025)", "Infection prevention & control lead (2023)",
                              "Open Disclosure (2022)"]),
        ("para", "References", "References from the registered provider and a former HIQA-nominated PPIM available."),
    ],
)

# ------------------------------------------------------------------ w010
add(
    file="w010.txt", renderer="txt", order="dash", dash=" - ", dstyle="mm/yyyy", present="Present", sep=" - ",
    txt_head="underline", bullet="*",
    family="Zimbabwean RGN working as a senior carer in England (domiciliary care, agency nights beside the "
           "contract), plain text 'Title - Employer, Town' with padded right dates, year-only older dates",
    code="txt, plain/dash, mm/yyyy / 'Present'",
    name="Tendai Chikwanha",
    pre=["TENDAI CHIKWANHA", "Dunsford, West Midlands | 07882 301 557 | tendai.chikwanha@mailbox.com",
         "Right to work: Skilled Worker visa (Senior Care Worker)"],
    blocks=[
        ("para", "Profile",
         "Qualified nurse from Zimbabwe (RGN, 9 years) now working in adult social care in the UK while I complete "
         "the NMC process. I am patient, reliable and I take pride in the small things that make a resident's day."),
        ("jobs", "Employment", [
            E("Senior Care Assistant", "Ashgrove Manor Care Home", "Dunsford", "2022-02", "present",
              bullets=["Lead a shift of 5 carers on the nursing floor (30 residents)",
                       "Give medication using eMAR after passing my competency",
                       "Handover to the nurse and keep care plans up to date"],
              cs=F, kind=HC),
            E("Care Worker (Agency, nights)", "Flexistaff Healthcare Recruitment", "Dunsford", "2022-06", "2023-12",
              bullets=["1-2 night shifts a week in nursing and residential homes around the area, on top of my "
                       "contract"],
              cs=F, kind=HC),
            E("Domiciliary Care Worker", "Homeward Care Services Ltd", "Brackley Vale", "2021-01", "2022-01",
              bullets=["Visits of 30-60 minutes to 12-15 clients a day: personal care, meals, medication prompts",
                       "Reported changes to the office and to families"],
              cs=F, kind=HC),
            E("Registered General Nurse", "Rukariro Provincial Hospital", "Rukariro, Zimbabwe", "2011-01",
              "2020-12", prec="year",
              bullets=["Staff nurse on male medical and TB wards",
                       "Acting sister-in-charge on nights 2016 - 2019"],
              cs=F, kind=HC),
        ]),
        ("list", "Training", ["Care Certificate (2021)", "Medication administration - Level 3 (2022)",
                              "Moving and handling (refreshed 05/2025)", "Dementia awareness"]),
        ("lines", "Education", ["Diploma in General Nursing - Rukariro School of Nursing, 2008 - 2011"]),
        ("lines", "References", ["Available on request"]),
    ],
)

# ------------------------------------------------------------------ w011
add(
    file="w011.pdf", renderer="pdf_fp", layout="centred", order="title_org", dstyle="mm/yyyy", present="Present",
    sep=" - ", paper="letter",
    family="US certified medical coder (billing specialist on the patient phone line, ER patient access, claims "
           "processing), fpdf2 centred header, title with right-aligned dates",
    code="fpdf2, centred/title_org, mm/yyyy / 'Present'",
    name="Dana K. Whitfield, CPC",
    contact=["Harlow Springs, OH  •  (419) 555-0187  •  dana.whitfield@mailbox.com"],
    blocks=[
        ("para", "Summary",
         "Certified Professional Coder with 5 years of remote outpatient coding and a background in billing, "
         "patient access and claims. Accurate, steady and comfortable with audits."),
        ("jobs", "Professional Experience", [
            E("Medical Coder II (Remote)", "Sableridge Health Partners", "Harlow Springs, OH", "2021-09", "present",
              bullets=["Code E/M visits, procedures and diagnoses for 14 outpatient specialties (ICD-10-CM, CPT, "
                       "HCPCS)",
                       "95%+ accuracy on quarterly audits at about 28 charts an hour",
                       "Send documentation queries to providers through the EHR inbox"],
              cs=A),
            E("Medical Billing Specialist", "Northgate Physician Billing LLC", "Tamsin, OH", "2018-04", "2021-08",
              bullets=["Worked denials and resubmitted claims for 6 client practices",
                       "Covered the patient billing line: explained statements, took card payments and set up "
                       "payment plans",
                       "Posted ERAs and patient payments"],
              cs=F, kind=CC),
            E("Patient Access Representative", "Ridgeline Memorial Hospital", "Tamsin, OH", "2015-06", "2018-03",
              bullets=["Registered patients at the ED front desk on 12-hour nights",
                       "Verified insurance, scanned IDs and collected co-pays",
                       "Kept families in the waiting room updated"],
              cs=F, kind=IPS),
            E("Claims Processor", "Greystone Mutual Insurance", "Tamsin, OH", "2013-02", "2015-05",
              bullets=["Keyed and adjudicated dental claims against plan rules",
                       "Pended claims for missing information and generated request letters"],
              cs=A),
        ]),
        ("lines", "Certifications", ["Certified Professional Coder (CPC) – 2019",
                                     "Certified Risk Adjustment Coder (CRC) – 2023"]),
        ("lines", "Education", ["Certificate, Medical Billing & Coding – Tamsin Community College, 2017"]),
        ("list", "Tools", ["Epic, athenaOne, 3M encoder", "Excel (pivot tables, VLOOKUP)"]),
    ],
)

# ------------------------------------------------------------------ w012
add(
    file="w012.md", renderer="md", md_style="bold", order="title_org", dstyle="mon", present="Present",
    sep=" – ",
    family="Kenyan nurse in Canada (RPN after PSW and a part-time dietary aide job in the same home), Markdown "
           "bold title lines, Canadian / International Experience headings",
    code="md, bold/title_org, mon / 'Present'",
    name="Wanjiru Kamau-Ndegwa", tagline="Registered Practical Nurse (CNO) | Internationally Educated Nurse",
    contact=["Kenmount, ON", "(705) 555-0142", "wanjiru.kn@mailbox.ca"],
    blocks=[
        ("para", "Summary",
         "Nurse with over eight years of experience in Kenya and Canada, in hospital, long-term care and the "
         "community. Fluent in English, Kiswahili and Kikuyu."),
        ("jobs", "Canadian Experience", [
            E("Registered Practical Nurse", "Birchwood Lodge Long-Term Care", "Kenmount, ON", "2024-05", "present",
              bullets=["Med pass and treatments for a 32-resident home area on days and evenings",
                       "Admission assessments and RAI-MDS quarterly reviews",
                       "Update families by phone after falls or a change in condition"],
              cs=F, kind=HC),
            E("Personal Support Worker", "CarePath Home Health", "Kenmount, ON", "2022-10", "2024-04",
              bullets=["Home visits for seniors and clients with disabilities: bathing, dressing, meal prep, light "
                       "housekeeping",
                       "Documented visits in the scheduling app and flagged concerns to the care coordinator"],
              cs=F, kind=HC),
            E("Dietary Aide (part-time)", "Birchwood Lodge Long-Term Care", "Kenmount, ON", "2022-11", "2023-08",
              bullets=["Served meals in the resident dining room and helped residents choose from the menu",
                       "Dish machine and cleaning after service"],
              cs=F, kind=IPS),
        ]),
        ("jobs", "International Experience", [
            E("Nursing Officer", "Kaberege Sub-County Hospital", "Kaberege, Kenya", "2016-03", "2022-06",
              bullets=["Maternal child health and family planning clinic, then in-charge of the male ward from 2019",
                       "Led the TB and HIV adherence counselling days"],
              cs=F, kind=HC),
        ]),
        ("list", "Education & Registration", [
            "RPN, College of Nurses of Ontario – 2024",
            "Practical Nursing bridging (IEN) – Kenmount College, 2023",
            "Diploma in Kenya Registered Community Health Nursing – 2012 – 2015",
        ]),
    ],
)

# ------------------------------------------------------------------ w013
add(
    file="w013.pdf", renderer="pdf_rl", layout="twocol", order="orgfirst", dstyle="Sept", present="Present",
    family="Welsh diagnostic radiographer (Band 5 to CT Band 6, bank work at a second trust, imaging assistant "
           "before training, clinical placements), reportlab two-column header, employer heading with roles beneath",
    code="reportlab, twocol/orgfirst, mon (Sept) / 'Present'",
    name="Owen Prytherch", tagline="Senior CT Radiographer",
    contact=["Llanferran, Ceredigion", "07961 338 205", "owen.prytherch@mailbox.co.uk", "HCPC RA084412"],
    blocks=[
        ("para", "Profile",
         "HCPC registered diagnostic radiographer with eight years' post-qualification experience in plain film "
         "and CT, including trauma, stroke and cardiac CT. Bilingual (Welsh/English)."),
        ("jobs", "Experience", [
            E("Senior CT Radiographer (Band 6)", "Hallam Vale University Health Board", "Llanferran", "2021-09",
              "present",
              bullets=["Lead radiographer on CT two days a week: cannulate, give contrast, run trauma and stroke "
                       "protocols",
                       "Sign off student competencies and deliver the department's IR(ME)R refresher"],
              cs=F, kind=HC),
            E("Diagnostic Radiographer (Band 5)", "Hallam Vale University Health Board", "Llanferran", "2018-08",
              "2021-08",
              bullets=["General rotation across ED, fluoroscopy, theatres and mobile imaging on the wards"],
              cs=F, kind=HC),
            E("Bank Radiographer", "Marcher Border Hospitals NHS Trust", "Ellesworth", "2019-03", "2023-10",
              bullets=["Out-of-hours plain film and CT shifts, roughly two weekends a month"],
              cs=F, kind=HC),
            E("Imaging Department Assistant", "Ellery General Hospital", "Ellesworth", "2014-06", "2015-08",
              bullets=["Got patients ready for their scans, chaperoned, and took them to and from the wards by "
                       "wheelchair or bed",
                       "Booked outpatient appointments"],
              cs=F, kind=HC),
        ]),
        ("jobs", "Clinical Placements", [
            E("Student Radiographer", "Ellery General Hospital", "Ellesworth", "2015-01", "2018-12", prec="year",
              section="other", etype="internship",
              bullets=["Placement blocks in every year of the BSc, about half of the course, in general, "
                       "fluoroscopy, CT and theatres"],
              cs=F, kind=HC),
        ]),
        ("lines", "Education", ["BSc (Hons) Diagnostic Radiography – Ellesworth University, 2015 – 2018",
                                "PgCert CT Imaging – 2022"]),
        ("list", "Memberships", ["Society of Radiographers", "Welsh Language Level 4"]),
    ],
)

# ------------------------------------------------------------------ w014
add(
    file="w014.docx", renderer="docx", layout="tabs", order="title_org", dstyle="mon", present="till date",
    sep=" to ", caps_headings=True, docx_font="Times New Roman",
    family="Indian cardiac ICU nurse (clinical instructor year, B.Sc internship), Word tab-stop dates, 'to till "
           "date', declaration and passport details",
    code="docx, tabs/title_org, mon / 'till date'",
    name="ANJU MARIAM VARGHESE", tagline="Staff Nurse – Cardiac ICU",
    contact=["Kallada Nagar, Kerala – 691 5xx", "Mobile: +91 94470 62318", "Email: anjumariam.v@mailbox.in"],
    blocks=[
        ("para", "Career Objective",
         "Seeking a challenging position as a critical care nurse in a reputed hospital where I can provide "
         "quality patient care and improve my skills."),
        ("jobs", "Professional Experience", [
            E("Staff Nurse – Cardiac ICU", "Amrithavarsham Heart Institute", "Kottaram, Kerala", "2020-08",
              "present",
              bullets=["Care of post-CABG and post-PTCA patients on ventilator and inotropes (1:1 / 1:2 ratio)",
                       "Assisting in TEE, IABP insertion and emergency defibrillation",
                       "Explaining procedures and visiting rules to bystanders"],
              cs=F, kind=HC),
            E("Staff Nurse – Medical Ward", "St. Gregorios Mission Hospital", "Kallada Nagar, Kerala", "2017-11",
              "2020-07",
              bullets=["40 bedded medical ward, 1:10 ratio in day and 1:20 in night",
                       "Admission, discharge, medication and IV therapy as per doctor's order"],
              cs=F, kind=HC),
            E("Clinical Instructor", "Carmel Hill College of Nursing", "Kallada Nagar, Kerala", "2016-06", "2017-10",
              bullets=["Supervised GNM and B.Sc students in medical-surgical postings",
                       "Took classes on fundamentals of nursing and evaluated care plans"],
              cs=F, kind=EDU),
            E("Nursing Intern", "Taluk Headquarters Hospital", "Ponmala, Kerala", "2015-10", "2016-03",
              etype="internship",
              bullets=["Compulsory internship after B.Sc with postings in casualty, labour room, paediatrics and "
                       "the community health centre"],
              cs=F, kind=HC),
        ]),
        ("lines", "Educational Qualification", ["B.Sc Nursing – Carmel Hill College of Nursing (2011 – 2015) – 74%",
                                                "Higher Secondary – 2011 – 88%"]),
        ("lines", "Registration", ["Kerala Nurses and Midwives Council – Reg. No. KL-48213",
                                   "Basic Life Support / ACLS – 2024"]),
        ("lines", "Personal Details", ["Date of Birth : 04/09/1993", "Passport No. : T 4xxxxx7 (valid till 2032)",
                                       "Languages : English, Malayalam, Hindi, Tamil"]),
        ("para", "Declaration",
         "I do hereby declare that the above furnished details are true and correct to the best of my knowledge "
         "and belief.                                   (ANJU MARIAM VARGHESE)"),
    ],
)

# ------------------------------------------------------------------ w015
add(
    file="w015.html", renderer="html", html_style="table", order="title_org", dstyle="mon", present="Current",
    sep="–",
    family="US health IT (unit clerk, service desk, interface analyst, EHR analyst with clinician tickets, "
           "library tech-tutor volunteer), old-style HTML table with the dates column on the left",
    code="html, table/title_org, mon / 'Current', dates left",
    name="Marcus Delgado-Reyes", tagline="EHR Application Analyst – Clinical Documentation",
    contact=["Port Alder, WA", "(360) 555-0119", "mdelgadoreyes@mailbox.com"],
    css="body{font-family:Verdana,sans-serif;font-size:13px;margin:30px}h2{background:#dde;padding:3px 6px;"
        "font-size:14px}td.when{color:#555;white-space:nowrap}",
    blocks=[
        ("para", "Summary",
         "Ten years in hospital IT, starting at the nurses' station and moving through the service desk and "
         "integration into EHR build. I speak both clinician and IT."),
        ("jobs", "Work History", [
            E("EHR Application Analyst – Clinical Documentation", "Harborline Health System", "Port Alder, WA",
              "2022-03", "present",
              bullets=["Build and test flowsheets, note templates and order panels for inpatient nursing",
                       "Work the analyst queue: tickets from nurses and providers, often with a call or a visit to "
                       "the unit to see the problem",
                       "At-the-elbow support and classroom training during upgrades"],
              cs=F, kind=IS),
            E("Interface Analyst", "Harborline Health System", "Port Alder, WA", "2019-07", "2022-02",
              bullets=["Maintained HL7 interfaces between the EHR, lab, radiology and billing systems in the "
                       "integration engine",
                       "On-call queue monitoring overnight; reprocessed failed messages",
                       "Wrote technical specs for new vendor feeds"],
              cs=N),
            E("IT Service Desk Technician", "Harborline Health System", "Port Alder, WA", "2016-05", "2019-06",
              bullets=["Tier 1 for 9,000 staff: passwords, badge access, printers, Citrix",
                       "Walked nurses and physicians through fixes over the phone on a 24/7 rotation"],
              cs=F, kind=IS),
            E("Unit Clerk", "Cascadia Orthopedic Hospital", "Port Alder, WA", "2014-01", "2016-04",
              bullets=["Answered phones and call lights at the nurses' station; greeted families and visitors",
                       "Transcribed orders and kept the census and bed board current"],
              cs=F, kind=IPS),
        ]),
        ("jobs", "Volunteer", [
            E("Tech Tutor", "Port Alder Public Library", "Port Alder, WA", "2018-01", "2020-12", prec="year",
              section="volunteer", etype="volunteer",
              bullets=["Saturday drop-in helping older patrons with phones, email and patient-portal sign-up"],
              cs=F, kind=VOL),
        ]),
        ("lines", "Certifications", ["Epic ClinDoc Certified (2022)", "CompTIA A+ (2016)"]),
        ("lines", "Education", ["B.S. Health Informatics – Western Cascade University, 2019 (evenings)"]),
    ],
)
