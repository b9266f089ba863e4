"""wild32 résumés w016–w030 (one dict per résumé; entries are lib.E)."""
from lib import E

F, A, N = "facing", "affecting", "none"
HC, IPS, CC, EDU, VOL, IS, SA, EF = ("healthcare_care", "in_person_service", "contact_center", "education",
                                     "volunteering", "internal_support", "sales_account", "entrepreneurial_freelance")

RESUMES = []


def add(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w016
add(
    file="w016.txt", renderer="txt", fields=[("Position", "title"), ("Company", "org"), ("Address", "loc"),
                                            ("Inclusive Dates", "dates")],
    duties_label="Duties and Responsibilities:", dstyle="month", present="Present", sep=" - ", bullet="•",
    txt_head="colon", newline="\r\n",
    family="Filipino nurse turned healthcare BPO agent, transcriptionist and clinical data coordinator, plain "
           "text with 'Position / Company / Inclusive Dates' fields, CRLF line ends",
    code="txt, fields (Position/Company/Inclusive Dates), month / 'Present'",
    name="KRISTINE JOY R. MANALASTAS",
    pre=["KRISTINE JOY R. MANALASTAS, RN", "Blk 7 Lot 12 Sampaguita St., Villa Esperanza Subd., San Teodoro City",
         "Mobile: 0917 552 8834", "Email: kjmanalastas@mailbox.ph"],
    blocks=[
        ("para", "Objective",
         "To obtain a position as Clinical Data Associate II in a global CRO where I can apply my nursing "
         "background and data management experience."),
        ("jobs", "Work Experience", [
            E("Clinical Data Coordinator", "Verity Clinical Research Services, Inc.", "San Teodoro City", "2021-06",
              "present",
              bullets=["Review eCRF data for oncology and vaccine studies; raise and close data queries with site "
                       "staff in the EDC",
                       "Reconcile SAE data between the safety and clinical databases",
                       "UAT of edit checks and listings before database lock"],
              cs=N),
            E("Customer Service Representative - Healthcare Account", "Apex Global Contact Solutions",
              "San Teodoro City", "2018-04", "2021-05",
              bullets=["Inbound calls from US health plan members about eligibility, claims status and finding "
                       "in-network doctors",
                       "60-70 calls per shift, AHT 7 mins, CSAT 92%",
                       "Nesting buddy for new hires"],
              cs=F, kind=CC),
            E("Medical Transcriptionist", "Scribewell Transcription Services", "San Teodoro City", "2016-08",
              "2018-03",
              bullets=["Transcribed and edited US physicians' dictations (H&P, op notes, discharge summaries) at "
                       "98% accuracy"],
              cs=A),
            E("Staff Nurse", "San Teodoro Doctors Hospital", "San Teodoro City", "2014-09", "2016-07",
              bullets=["Pedia ward, 1:12 ratio on night shift",
                       "Assisted in admission and discharge; health teaching to mothers"],
              cs=F, kind=HC),
        ]),
        ("jobs", "Volunteer Experience", [
            E("Volunteer Nurse, Typhoon Relief Medical Mission", "Sagip Kalinga Foundation", "Eastern Samar",
              "2013-11", "2013-11", section="volunteer", etype="volunteer", dtext="November 2013",
              bullets=["Two weeks of triage and wound dressing at evacuation centres"],
              cs=F, kind=VOL),
        ]),
        ("lines", "Educational Background", ["Tertiary: Bachelor of Science in Nursing",
                                             "          San Teodoro Colleges, 2009 - 2013",
                                             "Secondary: San Teodoro National High School, 2009"]),
        ("lines", "Eligibility", ["Nurse Licensure Examination - Passed, July 2014 (PRC)"]),
        ("lines", "Character References", ["Ms. Liza Cabrera, Clinical Data Manager, Verity Clinical Research "
                                           "Services, Inc. - 0918 220 4471"]),
    ],
)

# ------------------------------------------------------------------ w017
add(
    file="w017.pdf", renderer="pdf_fp", layout="left", order="dateline", dstyle="month", present="Now",
    sep=" – ", bullet="–", accent_rgb=(120, 40, 90),
    family="Australian dental nurse now practice coordinator (sterilisation-room job, pharmacy assistant), "
           "fpdf2 left header, title, employer and dates each on their own line, 'Now'",
    code="fpdf2, left/dateline, month / 'Now'",
    name="Brooke Tannahill", tagline="Practice Coordinator | Cert IV Dental Assisting",
    contact=["Wattle Bay NSW 2539  ·  0438 902 117  ·  brooke.tannahill@mailbox.com.au"],
    blocks=[
        ("para", "About",
         "Eight years in dentistry, chairside and at the desk. Patients tell me I make the dentist less scary."),
        ("jobs", "Work History", [
            E("Practice Coordinator", "Harbourlight Dental Studio", "Wattle Bay, NSW", "2023-03", "present",
              bullets=["Run the front desk and appointment book for 4 dentists and a hygienist",
                       "Go through treatment plans, health fund quotes and payment plans with patients",
                       "Chase recalls and fill cancellations"],
              cs=F, kind=IPS),
            E("Dental Nurse", "Harbourlight Dental Studio", "Wattle Bay, NSW", "2019-07", "2023-02",
              bullets=["Chairside for general and implant surgery, four-handed",
                       "Take OPGs and bitewings under licence",
                       "Settle nervous patients and give post-op instructions"],
              cs=F, kind=HC),
            E("Dental Assistant – Sterilisation", "Ironbark Dental Group", "Ironbark, NSW", "2018-02", "2019-06",
              bullets=["Reprocessed instruments for 9 surgeries: wash, pack, autoclave, track cycles",
                       "Restocked surgeries between sessions; weekly spore tests and monthly waterline testing"],
              cs=A),
            E("Pharmacy Assistant", "Gumleaf Pharmacy", "Ironbark, NSW", "2015-11", "2018-01",
              bullets=["Weekend and after-school shifts while finishing Year 12"],
              cs=F, kind=IPS),
        ]),
        ("list", "Qualifications", ["Certificate IV in Dental Assisting (Radiography) – 2021",
                                    "Certificate III in Dental Assisting – 2019",
                                    "First Aid & CPR – current", "Radiation use licence (NSW)"]),
    ],
)

# ------------------------------------------------------------------ w018
add(
    file="w018.docx", renderer="docx", layout="sidebar", nested=True, order="title_org", dstyle="mon",
    present="present", sep=" - ", side_fill="E2EFDA",
    family="English sterile services technician (hospital porter, hospital kitchen, warehouse nights, hospital "
           "radio volunteer), Word shaded two-column layout table with a nested table per job",
    code="docx, sidebar (nested tables)/title_org, mon / 'present'",
    name="Darren Mulholland", tagline="Decontamination Technician",
    contact=["Fairhurst, Staffs", "07812 664 091", "darren.mulholland@mailbox.co.uk"],
    side=[
        ("list", "Skills", ["Washer-disinfectors and autoclaves", "Instrument tracking systems", "Manual handling",
                            "Forklift (counterbalance)"]),
        ("lines", "Education", ["NVQ Level 2 Decontamination (2021)", "GCSEs – Fairhurst Academy"]),
        ("lines", "Interests", ["Five-a-side, fishing, hospital radio"]),
    ],
    blocks=[
        ("para", "About me",
         "Been at Fairhurst since 2014 in three different departments so I know how the hospital fits together. "
         "Looking to move up to a Band 4 supervisor role in sterile services."),
        ("jobs", "Work Experience", [
            E("Decontamination Technician (Band 3)", "Fairhurst Hospitals NHS Trust", "Fairhurst", "2019-10",
              "present",
              bullets=["Wash, inspect, assemble and sterilise surgical trays for 11 theatres and the day unit",
                       "Run the washer-disinfectors and autoclaves and record batch tracking",
                       "Train new starters on tray lists"],
              cs=A),
            E("Hospital Porter", "Fairhurst Hospitals NHS Trust", "Fairhurst", "2016-06", "2019-09",
              bullets=["Moving patients by bed and wheelchair between wards, X-ray and theatres",
                       "Specimens, deliveries, oxygen cylinders and mortuary runs"],
              cs=F, kind=HC),
            E("Kitchen Assistant", "Fairhurst Hospitals NHS Trust", "Fairhurst", "2014-03", "2016-05",
              bullets=["Plated patient meals on the tray line and loaded the ward trolleys",
                       "Pot wash and cleaning rota"],
              cs=A),
            E("Warehouse Operative", "Tollbridge Distribution Ltd", "Tollbridge", "2011-08", "2014-02",
              bullets=["Picking and loading chilled orders for supermarket stores, nights"],
              cs=A),
        ]),
        ("jobs", "Volunteering", [
            E("Presenter / Ward Request Collector", "Fairhurst Hospital Radio", "Fairhurst", "2017-01", "present",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Go round the wards on Sunday evenings collecting requests and chatting to patients, then "
                       "present the request show"],
              cs=F, kind=VOL),
        ]),
    ],
)

# ------------------------------------------------------------------ w019
add(
    file="w019.docx", renderer="docx", layout="styles", order="orgfirst", dstyle="MON", present="PRESENT",
    sep=" - ", docx_bullets="List Bullet",
    family="Nigerian pharmacy technician turned medical representative (sales attendant in the same pharmacy, SIWES "
           "attachment in a hospital store), Word heading styles, employer heading with roles beneath, capital "
           "month abbreviations",
    code="docx, styles/orgfirst, MON / 'PRESENT'",
    name="Chukwuemeka Obinna Eze", tagline="Medical Sales Representative",
    contact=["No 5 Ugwu-Nkwo Street, Umuaga, Enugu State", "08069 330 218  |  emeka.eze@mailbox.ng"],
    blocks=[
        ("para", "Profile",
         "Result-oriented pharmacy technician with 4 years in retail pharmacy and 4+ years in pharmaceutical "
         "sales. Good relationship with prescribers across Enugu and Anambra."),
        ("jobs", "Work Experience", [
            E("Medical Representative", "Zenvita Pharma Nigeria Ltd", "Umuaga, Enugu State", "2022-01", "present",
              bullets=["Detail antibiotics and antihypertensives to doctors and pharmacists in 40+ hospitals and "
                       "pharmacies",
                       "Organise clinical meetings and product presentations for hospital departments",
                       "Achieved 118% of 2024 sales target"],
              cs=F, kind=SA),
            E("Pharmacy Technician", "Goodhealth Pharmacy & Stores", "Umuaga", "2018-03", "2021-12",
              bullets=["Dispensing and counselling patients on proper use of drugs",
                       "Stock control with the superintendent pharmacist"],
              cs=F, kind=HC),
            E("Sales Attendant", "Goodhealth Pharmacy & Stores", "Umuaga", "2016-09", "2018-02",
              bullets=["Attended to customers in the cosmetics and provisions section"],
              cs=F, kind=IPS),
        ]),
        ("jobs", "Industrial Attachment", [
            E("Industrial Trainee (SIWES)", "Ogbete General Hospital", "Ogbete, Enugu State", "2015-06", "2015-11",
              section="other", etype="internship",
              bullets=["Six months in the hospital bulk store – receiving, stock cards, issuing to the dispensary "
                       "and wards"],
              cs=A),
        ]),
        ("lines", "Education", ["National Diploma, Pharmacy Technician – Enugu State College of Health "
                                "Technology, 2014 – 2016"]),
        ("lines", "Referees", ["Pharm. Ifeoma Nwankwo – Superintendent Pharmacist, Goodhealth Pharmacy & Stores",
                               "Mr. Tobechukwu Okafor – Area Manager, Zenvita Pharma Nigeria Ltd"]),
    ],
)

# ------------------------------------------------------------------ w020
add(
    file="w020.pdf", renderer="pdf_rl", layout="plain", order="title_org", dstyle="m/yyyy", present="Present",
    sep=" - ", paper="letter", footer="Kelsey M. Brandt, BSN, RN, CCRN  —  Page {page} of 2", centre_head=True,
    family="US ICU travel nurse (charge nurse, step-down, summer nurse externship, phlebotomist, Army Reserve "
           "medic overlapping), 2-page reportlab résumé with centred header and page footer, m/yyyy dates",
    code="reportlab, 2-page+footer/title_org, m/yyyy / 'Present'",
    name="Kelsey M. Brandt, BSN, RN, CCRN", tagline="Critical Care Registered Nurse – Travel",
    contact=["Coldwater, MI  |  (517) 555-0163  |  kelsey.brandt@mailbox.com",
             "Compact RN license (MI) – multistate"],
    blocks=[
        ("para", "Professional Summary",
         "CCRN with 13 years of nursing, 9 in critical care. Charge nurse, preceptor and rapid response "
         "experience; adapts fast to a new unit, charting system and team."),
        ("jobs", "Experience", [
            E("Travel Registered Nurse – ICU", "Meridian Nurse Staffing", "Nationwide", "2023-06", "present",
              bullets=["13-week contracts in MICU/SICU at 6 hospitals; extended at 4",
                       "Float to CVICU and step-down as needed; 1:2 assignments including CRRT and proning",
                       "Oriented to Epic, Cerner and Meditech within the first shift"],
              cs=F, kind=HC),
            E("Charge Nurse – MICU", "St. Aldhelm Medical Center", "Coldwater, MI", "2018-02", "2023-05",
              bullets=["Charge three shifts a fortnight on a 24-bed MICU: assignments, admissions and throughput "
                       "with the house supervisor",
                       "Rapid response team nurse",
                       "Family meetings with palliative care for goals-of-care conversations"],
              cs=F, kind=HC),
            E("Staff RN – Progressive Care", "St. Aldhelm Medical Center", "Coldwater, MI", "2013-08", "2018-01",
              bullets=["Telemetry and step-down patients, drips, post-cath and post-op",
                       "Preceptor for new graduates"],
              cs=F, kind=HC),
            E("Nurse Extern", "St. Aldhelm Medical Center", "Coldwater, MI", "2012-06", "2012-08",
              dtext="Summer 2012", etype="internship",
              bullets=["Paid summer externship on the surgical floor paired with an RN preceptor"],
              cs=F, kind=HC),
            E("Phlebotomist", "Coretest Laboratories", "Coldwater, MI", "2010-09", "2013-07",
              bullets=["Venipuncture and capillary draws for 60+ outpatients a day at a patient service center",
                       "Drug screen collections under chain of custody"],
              cs=F, kind=HC),
            E("Combat Medic (68W)", "U.S. Army Reserve", "Coldwater, MI", "2008-05", "2014-05", etype="military",
              bullets=["Drilled with a reserve medical company; ran sick call and treated soldiers at annual "
                       "training",
                       "Maintained NREMT-B and trauma skills"],
              cs=F, kind=HC),
        ]),
        ("break",),
        ("lines", "Education", ["Bachelor of Science in Nursing – Coldwater University, 2009 – 2013",
                                "Phlebotomy Technician Certificate – 2010"]),
        ("list", "Certifications", ["CCRN – AACN, 2017 (renewed 2026)", "ACLS, PALS, BLS – current",
                                    "NIH Stroke Scale – 2025", "TNCC – 2024"]),
        ("list", "Clinical Skills", ["CRRT, arterial lines, central lines, Swan-Ganz", "Vasoactive titration",
                                     "Targeted temperature management", "Proning and ECMO-support patients"]),
        ("list", "Travel Assignments (Meridian Nurse Staffing)", [
            "MICU – Regional medical center, TX (26 weeks)", "SICU – Academic medical center, AZ (13 weeks)",
            "MICU/CVICU float – Community hospital, NM (39 weeks)", "ICU – Level II trauma center, CO (current)"]),
        ("para", "Awards", "DAISY Award nominee, 2021 and 2022."),
    ],
)

# ------------------------------------------------------------------ w021
add(
    file="w021.docx", renderer="docx", layout="tabs", order="dash", dash=" – ", dstyle="mon", present="Ongoing",
    sep=" – ", caps_headings=False, docx_font="Arial", fs=10,
    family="Australian mental health support worker (peer work overlapping, disability support, barista, crisis "
           "line volunteer), Word tab-stop dates with 'Title – Employer, Town' lines, prose duties",
    code="docx, tabs/dash, mon / 'Ongoing'",
    name="Ellie Marchetti", tagline="Mental Health Support Worker",
    contact=["Bellbird Creek QLD 4556", "0401 776 238 | ellie.marchetti@mailbox.com.au"],
    blocks=[
        ("para", "A little about me",
         "I have lived experience of mental ill-health and recovery and I bring that into my work. I'm warm, "
         "organised, and very good at helping people get to the appointments that matter."),
        ("jobs", "Where I've worked", [
            E("Mental Health Support Worker", "Pathways Recovery Services", "Bellbird Creek", "2022-04", "present",
              prose=True,
              bullets=["I work alongside 8–10 participants living with psychosocial disability, mostly in their "
                       "own homes.",
                       "Together we work on recovery plans, appointments, shopping and getting back into study or "
                       "work.",
                       "I write case notes and NDIS progress reports and attend team case reviews."],
              cs=F, kind=HC),
            E("Peer Support Worker (casual)", "Clearwater Youth Hub", "Bellbird Creek", "2021-09", "2023-06",
              bullets=["Drop-in and phone support for young people aged 12–25, using my own lived experience",
                       "Co-facilitated a weekly art group"],
              cs=F, kind=HC),
            E("Disability Support Worker", "Kinfolk Community Care", "Tallong Heads", "2019-05", "2021-08",
              bullets=["Shared living support in a four-resident house: personal care, meals, community access"],
              cs=F, kind=HC),
            E("Barista", "The Grind House", "Tallong Heads", "2017-01", "2019-04", cs=F, kind=IPS),
        ]),
        ("jobs", "Volunteering", [
            E("Crisis Support Volunteer", "Nightline Crisis Support", "Bellbird Creek", "2020-02", "2022-12",
              section="volunteer", etype="volunteer",
              bullets=["Overnight crisis calls and web chats, one 4-hour shift a fortnight"],
              cs=F, kind=VOL),
        ]),
        ("list", "Qualifications", ["Certificate IV in Mental Health (2021)",
                                    "Certificate IV in Mental Health Peer Work (2022)",
                                    "NDIS Worker Screening, Blue Card, First Aid, driver's licence + own car"]),
    ],
)

# ------------------------------------------------------------------ w022
add(
    file="w022.txt", renderer="txt", fields=[("Company Name", "org"), ("Location", "loc"), ("Designation", "title"),
                                            ("Duration", "dates")],
    duties_label="Job Profile:", dstyle="mon-yyyy", present="To date", sep=" - ", bullet="*", txt_indent="  ",
    txt_head="stars",
    family="Indian senior medical coder (AR caller to US payers, pharmacy counter, tele-caller), job-portal text "
           "with 'Company Name / Designation / Duration' fields, 'Mon-YYYY - To date'",
    code="txt, fields (Company Name/Designation/Duration), mon-yyyy / 'To date'",
    name="KARTHIKEYAN SUBRAMANI",
    pre=["RESUME", "", "KARTHIKEYAN SUBRAMANI", "Plot 22, Kamarajar Street, Anbur Nagar - 635 8xx, Tamil Nadu",
         "Mobile : 97890 41652", "E-Mail : karthi.coder@mailbox.in"],
    blocks=[
        ("para", "Career Objective",
         "Seeking a Senior Medical Coder / QA position in a reputed RCM organisation to utilise my coding "
         "knowledge and grow with the company."),
        ("list", "Professional Summary", ["Total experience 9+ years, including 5.5 years in medical coding",
                                          "CPC certified (AAPC) - 2021",
                                          "Good knowledge in ED, E/M and surgery coding"]),
        ("jobs", "Work Experience", [
            E("Senior Medical Coder", "Medlink Revenue Solutions Pvt Ltd", "Anbur Nagar", "2021-05", "present",
              bullets=["Coding of ED and E/M charts for US clients (ICD-10-CM, CPT)",
                       "Maintaining 96% quality with daily target of 180 charts",
                       "Handling feedback from QA team and updating coding tips document for the team"],
              cs=A),
            E("AR Caller", "Vantage RCM Services", "Anbur Nagar", "2019-02", "2021-04",
              bullets=["Calling US insurance companies to get claim status for denied and no-response claims",
                       "Working denials (CO-16, CO-197 etc.) and updating the practice management software",
                       "Night shift - US process"],
              cs=A),
            E("Pharmacy Assistant", "Sri Lakshmi Medicals", "Anbur Nagar", "2017-06", "2018-12",
              bullets=["Billing and giving medicines to customers at the counter as per doctor prescription",
                       "Arranging stock by expiry"],
              cs=F, kind=IPS),
            E("Tele-caller (Part Time)", "Sunrise Diagnostics", "Anbur Nagar", "2016-06", "2017-05",
              bullets=["Called patients to remind about master health check-up packages and booked home sample "
                       "collection"],
              cs=F, kind=CC),
        ]),
        ("lines", "Educational Qualification", ["B.Sc (Zoology) - Anbur Arts and Science College - 2016 - 68%",
                                                "HSC - 2013 - 74%", "SSLC - 2011 - 81%"]),
        ("lines", "Personal Profile", ["Date of Birth  : 19.07.1995", "Gender         : Male",
                                       "Languages      : Tamil, English", "Notice Period  : 30 days"]),
        ("para", "Declaration", "I hereby declare that the above details are true to the best of my knowledge."),
        ("lines", None, ["", "Place : Anbur Nagar", "Date  :                                   "
                                                         "(KARTHIKEYAN S)"]),
    ],
)

# ------------------------------------------------------------------ w023
add(
    file="w023.md", renderer="md", md_style="orgh3", order="orgfirst", dstyle="mon", present="present",
    sep=" – ",
    family="English school nurse (district nursing before, a career break with return to practice, paediatric "
           "staff nurse, parent governor), Markdown employer headings with roles beneath",
    code="md, orgh3/orgfirst, mon / 'present'",
    name="Helen Stirling", tagline="School Nurse (SCPHN) – RN Child",
    contact=["Ashby Vale, Derbyshire", "07734 220 918", "helen.stirling@mailbox.co.uk"],
    blocks=[
        ("para", "Profile",
         "Children's nurse for twenty years, now a Specialist Community Public Health Nurse in schools. I came back "
         "to nursing through Return to Practice after time at home with my family."),
        ("jobs", "Employment", [
            E("School Nurse (Band 6)", "Ashby Vale Community Healthcare", "Ashby Vale", "2021-01", "present",
              bullets=["Caseload of two secondary schools and nine primaries",
                       "Weekly drop-in for pupils – emotional health, sexual health, stopping smoking",
                       "Review health assessments for looked-after children; attend safeguarding conferences",
                       "Deliver the Year 6 puberty sessions"],
              cs=F, kind=HC),
            E("Community Staff Nurse (Band 5)", "Ashby Vale Community Healthcare", "Ashby Vale", "2016-04",
              "2020-12",
              bullets=["District nursing visits: wound care, insulin, catheters and end-of-life care at home"],
              cs=F, kind=HC),
            E("Career break", None, None, "2012-07", "2016-03", etype="unknown",
              bullets=["Full-time with my three children; Return to Practice programme completed March 2016"],
              cs=N),
            E("Staff Nurse – Paediatrics", "Corran Royal Infirmary", "Corran", "2006-09", "2012-06",
              bullets=["Children's surgical ward, then the paediatric assessment unit"],
              cs=F, kind=HC),
        ]),
        ("jobs", "Voluntary", [
            E("Parent Governor", "Hollins Brook Primary School", "Ashby Vale", "2018-01", "2022-12", prec="year",
              section="volunteer", etype="volunteer",
              bullets=["Resources committee – budget monitoring and premises",
                       "Link governor for SEND, meeting the SENCo each term"],
              cs=N),
        ]),
        ("list", "Qualifications", ["PG Dip Specialist Community Public Health Nursing (School Nursing), 2022",
                                    "Return to Practice (Child), 2016", "Diploma in Nursing (Child), 2006",
                                    "NMC registration: RN Child, SCPHN"]),
    ],
)

# ------------------------------------------------------------------ w024
add(
    file="w024.pdf", renderer="pdf_fp", layout="left", order="org_title", dstyle="month", present="Present",
    sep=" to ", fp_serif=True, footer="Niamh Fitzgerald  |  Curriculum Vitae  |  Page {page}",
    accent_rgb=(20, 90, 60),
    family="Irish pharmacy technician (counter assistant, hospital aseptic unit, shop job at school, Tidy Towns), "
           "2-page fpdf2 serif CV with page footer, employer line first, 'Month YYYY to Present'",
    code="fpdf2, 2-page+footer/org_title, month / 'Present'",
    name="Niamh Fitzgerald", tagline="Pharmacy Technician (APTI)",
    contact=["Ballyconnor, Co. Galway  |  086 330 1927  |  niamh.fitz@mailbox.ie"],
    blocks=[
        ("para", "Personal Profile",
         "Pharmacy technician with nine years in community and hospital pharmacy. I enjoy the counter as much as "
         "the dispensary and I am the person my pharmacist trusts with the nursing-home packs."),
        ("jobs", "Work Experience", [
            E("Pharmacy Technician", "Corrib Way Pharmacy", "Ballyconnor, Co. Galway", "2020-09", "present",
              bullets=["Dispensing under the pharmacist's supervision, 350+ items a day",
                       "Serve patients at the counter: prescriptions, OTC queries referred to the pharmacist, "
                       "supervised methadone",
                       "Prepare weekly blister packs for three nursing homes",
                       "Monthly GMS and DPS claims"],
              cs=F, kind=HC),
            E("Pharmacy Counter Assistant", "Quinlan's Pharmacy", "Tobarbeg, Co. Galway", "2017-06", "2020-08",
              bullets=["Advised on skincare, baby products and OTC medicines within protocol",
                       "Till, lodgements and window displays"],
              cs=F, kind=IPS),
            E("Aseptic Unit Technician", "St. Enda's University Hospital", "Carrigmore", "2015-09", "2017-05",
              bullets=["Compounded chemotherapy and TPN in isolators under GMP",
                       "Environmental monitoring and batch documentation"],
              cs=A),
            E("Sales Assistant", "Daly's Foodstore", "Tobarbeg, Co. Galway", "2011-01", "2015-12", prec="year",
              bullets=["Deli counter and till at weekends through school and college"],
              cs=F, kind=IPS),
        ]),
        ("break",),
        ("jobs", "Volunteering", [
            E("Committee Volunteer", "Ballyconnor Tidy Towns", "Ballyconnor", "2019-01", "present", prec="year",
              section="volunteer", etype="volunteer",
              bullets=["Saturday litter picks and planting the village flower beds"],
              cs=N),
        ]),
        ("lines", "Education", ["Higher Certificate in Science (Pharmacy Technician Studies) – Carrigmore "
                                "Institute of Technology, 2013 – 2015",
                                "Leaving Certificate – Scoil Bhríde, Tobarbeg, 2013"]),
        ("list", "Training", ["Manual Handling (2024)", "Safeguarding (HSE e-learning, 2023)",
                              "Methadone Treatment Protocol training (2021)"]),
        ("lines", "Referees", ["Mr. Declan Moran MPSI, Supervising Pharmacist, Corrib Way Pharmacy",
                               "Ms. Aoife Quinlan MPSI, Proprietor, Quinlan's Pharmacy"]),
    ],
)

# ------------------------------------------------------------------ w025
add(
    file="w025.docx", renderer="docx", layout="table", order="org_title", dstyle="mon", present="Present",
    sep=" - ",
    family="Zimbabwean midwife in England (community midwife, rotational Band 5, bank maternity care assistant "
           "while a student, relocation break), Word borderless table per job with employer first",
    code="docx, table/org_title, mon / 'Present'",
    name="Rutendo Chiwashira", tagline="Community Midwife",
    contact=["Southmere, Hampshire", "07459 118 720", "rutendo.chiwashira@mailbox.com"],
    blocks=[
        ("para", "Personal Statement",
         "Midwife for over fifteen years across two health systems, from a rural mission hospital to an NHS "
         "community team. Passionate about continuity of carer and about women who do not speak English being "
         "heard."),
        ("jobs", "Professional Experience", [
            E("Community Midwife (Band 6)", "Southmere Hospitals NHS Trust", "Southmere", "2020-10", "present",
              bullets=["Antenatal clinics in two GP surgeries and a family hub",
                       "Postnatal home visits and newborn examinations",
                       "On call for home births"],
              cs=F, kind=HC),
            E("Rotational Midwife (Band 5)", "Southmere Hospitals NHS Trust", "Southmere", "2018-10", "2020-09",
              bullets=["Preceptorship rotating through labour ward, the birth centre and the postnatal ward"],
              cs=F, kind=HC),
            E("Maternity Care Assistant (Bank)", "Southmere Hospitals NHS Trust", "Southmere", "2016-01",
              "2018-09",
              bullets=["Bank shifts on the postnatal ward during my degree – breastfeeding support, observations, "
                       "newborn hearing screens"],
              cs=F, kind=HC),
            E("Relocation to the UK", None, None, "2015-01", "2015-09", etype="unknown", cs=N),
            E("Registered Midwife", "Tandara Mission Hospital", "Tandara, Zimbabwe", "2009-02", "2014-12",
              bullets=["Sole midwife on nights for a 20-bed maternity unit; referred complicated labours by "
                       "ambulance to the provincial hospital",
                       "Outreach antenatal clinics at rural health centres"],
              cs=F, kind=HC),
        ]),
        ("lines", "Education", ["BSc (Hons) Midwifery (shortened programme) – University of Southmere, 2015 – 2018",
                                "Diploma in Midwifery – Tandara School of Midwifery, 2008",
                                "General Nursing Diploma – 2004 – 2007"]),
        ("list", "Additional Training", ["NIPE newborn examination (2021)", "PROMPT (annual)",
                                         "Safeguarding children Level 3"]),
        ("para", "References", "Available on request."),
    ],
)

# ------------------------------------------------------------------ w026
add(
    file="w026.pdf", renderer="pdf_fp", layout="sidebar", order="pipe", dstyle="mon", present="Present",
    sep=" – ", side_rgb=(232, 238, 246), accent_rgb=(40, 70, 130),
    family="New Zealand dispensing optician (optical lab glazing, optical assistant doing pre-tests, checkout "
           "operator), fpdf2 shaded left sidebar, 'Title | Employer | Town' lines with right dates",
    code="fpdf2, sidebar/pipe, mon / 'Present'",
    name="Georgia Pennington", tagline="Dispensing Optician",
    contact=["Harakeke Bay", "New Zealand", "027 661 4420", "georgia.p@mailbox.co.nz"],
    side=[
        ("lines", "Registration", ["Dispensing Optician –", "ADONZ member"]),
        ("list", "Strengths", ["Frame styling", "Progressive lens fitting", "Kids' eyewear", "Low-vision aids"]),
        ("lines", "Education", ["Diploma in Optical", "Dispensing (2020)", "", "NCEA Level 3 (2013)"]),
    ],
    blocks=[
        ("para", "Profile",
         "Dispensing optician with a lab background, so I understand what happens to a job after it leaves the "
         "practice. Calm with kids and with patients who hate choosing frames."),
        ("jobs", "Experience", [
            E("Dispensing Optician", "Clearview Eyecare", "Harakeke Bay", "2021-02", "present",
              bullets=["Frame styling, measurements and lens advice for around 20 patients a day, including "
                       "children and low-vision clients",
                       "Fit and adjust collections and handle remakes"],
              cs=F, kind=HC),
            E("Optical Lab Technician", "Lenscraft Laboratories", "Ōtaraia", "2018-05", "2021-01",
              bullets=["Edged and fitted single-vision and progressive lenses on automated edgers",
                       "Final QC with the lensmeter before jobs went back to practices"],
              cs=A),
            E("Optical Assistant", "Clearview Eyecare", "Harakeke Bay", "2016-03", "2018-04",
              bullets=["Reception, bookings and pre-testing (auto-refraction, tonometry, visual fields) before the "
                       "optometrist",
                       "Helped patients choose frames"],
              cs=F, kind=HC),
            E("Checkout Operator", "Harbourside Fresh Market", "Harakeke Bay", "2014-01", "2016-02",
              cs=F, kind=IPS),
        ]),
    ],
)

# ------------------------------------------------------------------ w027
add(
    file="w027.html", renderer="html", html_style="dl", order="title_org", dstyle="mon", present="present",
    sep=" – ",
    family="Canadian dental receptionist (parental leave listed, medical office assistant, health care aide, "
           "hospital housekeeping), HTML definition list from a résumé builder",
    code="html, dl/title_org, mon / 'present'",
    name="Gurleen Kaur Sandhu", tagline="Dental Receptionist | Medical Office Assistant",
    contact=["Ferndale Crossing, BC", "604-555-0177", "gurleen.sandhu@mailbox.ca"],
    css="body{font-family:'Segoe UI',sans-serif;margin:40px;max-width:720px}dt{margin-top:14px}"
        "dd.when{margin:0;color:#777;font-size:.9em}h2{color:#6a1b9a;font-size:1em;letter-spacing:.1em}",
    blocks=[
        ("para", "Summary",
         "Friendly, organised front-desk professional with eight years in healthcare settings. Punjabi, Hindi "
         "and English."),
        ("jobs", "Experience", [
            E("Dental Receptionist", "Northshore Family Dentistry", "Ferndale Crossing, BC", "2022-09", "present",
              bullets=["Check patients in and out, take payments and send insurance claims electronically",
                       "Book recalls and fill cancellations",
                       "Calm anxious patients and explain treatment estimates"],
              cs=F, kind=IPS),
            E("Parental Leave", None, None, "2021-08", "2022-08", etype="unknown", cs=N),
            E("Medical Office Assistant", "Clover Hill Medical Clinic", "Ferndale Crossing, BC", "2018-03",
              "2021-07",
              bullets=["Front desk for 6 family physicians and a walk-in clinic",
                       "Phones, faxes, referrals and MSP billing"],
              cs=F, kind=IPS),
            E("Health Care Aide", "Prairie Rose Lodge", "Willow Flats, AB", "2015-06", "2018-02",
              bullets=["Personal care, mobility and meals for residents in a 60-bed continuing care home"],
              cs=F, kind=HC),
            E("Housekeeping Aide (casual)", "Willow Flats Health Centre", "Willow Flats, AB", "2013-09", "2015-05",
              bullets=["Cleaned patient rooms, washrooms and isolation rooms to IPAC standards; terminal cleans "
                       "after discharge"],
              cs=A),
        ]),
        ("lines", "Education", ["Medical Office Assistant Certificate – Ferndale Career College, 2018",
                                "Health Care Aide Certificate – 2015"]),
        ("list", "Skills", ["Dentrix, OSCAR EMR, MSP Teleplan billing", "First Aid & CPR-C"]),
    ],
)

# ------------------------------------------------------------------ w028
add(
    file="w028.pdf", renderer="pdf_rl", layout="plain", order="org_title", dstyle="month", present="Present",
    sep=" - ", rl_font="Times", caps_headings=False, accent="#000000",
    family="Kenyan research data manager (research coordinator consenting participants, survey field interviewer, "
           "lab technologist), reportlab Times single column, employer line with dates first and title below",
    code="reportlab, plain/org_title, month / 'Present', Times",
    name="Faith Njeri Mwangi", tagline="Research Data Manager | MSc Epidemiology",
    contact=["P.O. Box 2207, Kilima, Kenya  ·  +254 733 915 006  ·  faith.mwangi@mailbox.co.ke"],
    blocks=[
        ("para", "Profile",
         "Laboratory scientist turned research data manager. Ten years in public health research and hospital "
         "laboratories in Kenya; R, Stata, REDCap and ODK."),
        ("jobs", "Professional Experience", [
            E("Data Manager", "Kilima Health Research Programme", "Kilima", "2022-01", "present",
              bullets=["Design REDCap databases and ODK forms for three birth-cohort studies",
                       "Weekly data-cleaning scripts in R and Stata; monthly reports to the DSMB",
                       "Supervise four data clerks"],
              cs=N),
            E("Clinical Research Coordinator", "Kilima Health Research Programme", "Kilima", "2019-03", "2021-12",
              bullets=["Screened and consented participants (mothers and infants) in English, Kiswahili and Kikuyu",
                       "Scheduled follow-up visits and traced participants who missed them by phone",
                       "Kept the regulatory binders and prepared for monitoring visits"],
              cs=F, kind=HC),
            E("Field Interviewer", "Taifa Survey Associates", "Kilima", "2018-06", "2018-12",
              bullets=["Administered a household health questionnaire on tablets in 20 villages, about 8 "
                       "interviews a day"],
              cs=A),
            E("Medical Laboratory Technologist", "Mto Mweupe Sub-County Hospital", "Mto Mweupe", "2015-01",
              "2018-05",
              bullets=["Haematology, parasitology and TB microscopy bench",
                       "Monthly laboratory returns to the county"],
              cs=A),
        ]),
        ("lines", "Education", ["MSc Epidemiology – Kilima University, 2020 – 2022",
                                "BSc Medical Laboratory Science – 2010 – 2014"]),
        ("list", "Training", ["Good Clinical Practice (renewed 2025)", "Human subjects protection",
                              "REDCap administrator"]),
        ("lines", "Publications", ["Co-author, 3 peer-reviewed papers on maternal anaemia (list on request)"]),
    ],
)

# ------------------------------------------------------------------ w029
add(
    file="w029.docx", renderer="docx", layout="header", order="title_org", dstyle="mon", present="Present",
    sep=" - ", paper="letter", docx_font="Cambria",
    family="US hospital food and nutrition supervisor (patient dining host, cook, diner dishwasher), Word page "
           "header with name and contact, tab-stop dates",
    code="docx, header/title_org, mon / 'Present'",
    name="Latoya Simmons", tagline="Food & Nutrition Services Supervisor",
    contact=["Greer Valley, SC 29xxx  |  (864) 555-0148  |  latoya.simmons@mailbox.com"],
    blocks=[
        ("para", "Summary",
         "Worked my way up from the dish room to supervisor. ServSafe Manager certified, strong on food safety, "
         "scheduling and keeping patients happy with their meals."),
        ("jobs", "Experience", [
            E("Food & Nutrition Services Supervisor", "Greer Valley Hospital", "Greer Valley, SC", "2021-11",
              "present",
              bullets=["Supervise 22 staff across the tray line, cafe and dish room; schedules and payroll edits",
                       "Temperature logs, sanitation audits and health-department readiness",
                       "Round on the units with the dietitian and visit patients who are unhappy with their meals"],
              cs=F, kind=IPS),
            E("Patient Dining Host", "Greer Valley Hospital", "Greer Valley, SC", "2019-02", "2021-10",
              bullets=["Took meal orders at the bedside on the menu tablet, checking diet orders and allergies",
                       "Delivered and picked up trays on three floors"],
              cs=F, kind=IPS),
            E("Cook", "Greer Valley Hospital", "Greer Valley, SC", "2016-08", "2019-01",
              bullets=["Cooked for the patient tray line and cafeteria, including therapeutic and "
                       "texture-modified diets"],
              cs=A),
            E("Dishwasher", "Smitty's Family Diner", "Pelham Cross, SC", "2014-05", "2016-07", cs=A),
        ]),
        ("list", "Certifications", ["ServSafe Food Protection Manager (2024)", "Certified Dietary Manager – in "
                                    "progress"]),
        ("lines", "Education", ["High School Diploma – Pelham Cross High School, 2014"]),
    ],
)

# ------------------------------------------------------------------ w030
add(
    file="w030.docx", renderer="docx", layout="styles", order="dateline", dstyle="month", present="date",
    sep=" to ", docx_bullets="List Bullet 2",
    family="English GP care navigator (NHS 111 health advisor, medical secretary, a year travelling, leisure "
           "centre receptionist), Word heading styles with title, employer and dates on separate lines, "
           "'March 2022 to date'",
    code="docx, styles/dateline, month / 'date'",
    name="Gemma Rowbotham", tagline="Care Navigator / Senior Receptionist",
    contact=["Hexley, Lancashire", "07930 552 180", "gemma.rowbotham@mailbox.co.uk"],
    blocks=[
        ("para", "Personal Profile",
         "Friendly and unflappable, with ten years in front-line and admin roles in the NHS and before. I know the "
         "difference between a worried patient and an urgent one."),
        ("jobs", "Employment History", [
            E("Care Navigator / Senior Receptionist", "Fernbank Medical Practice", "Hexley", "2022-03", "present",
              bullets=["First point of contact for 14,000 patients at the desk and on the phones",
                       "Signpost patients to the practice pharmacist, physio or social prescriber using practice "
                       "protocols",
                       "Lead on the online consultation inbox"],
              cs=F, kind=IPS),
            E("NHS 111 Health Advisor", "Pennine Urgent Care CIC", "Hexley", "2019-01", "2022-02",
              bullets=["Took calls from the public and assessed symptoms with NHS Pathways, booking clinical "
                       "call-backs or sending ambulances",
                       "Evenings, weekends and bank holidays"],
              cs=F, kind=CC),
            E("Medical Secretary", "Hexley General Hospital", "Hexley", "2016-05", "2018-12",
              bullets=["Typed clinic letters for two orthopaedic consultants from digital dictation",
                       "Managed their diaries and theatre lists and validated the waiting list"],
              cs=A),
            E("Travelling (Australia and South-East Asia)", None, None, "2015-06", "2016-04", etype="unknown",
              cs=N),
            E("Receptionist", "Hexley Leisure Centre", "Hexley", "2012-01", "2014-12", prec="year", cs=F,
              kind=IPS),
        ]),
        ("lines", "Education & Training", ["AMSPAR Diploma for Medical Secretaries (2016)",
                                           "NHS Pathways licensed user (2019 – 2022)",
                                           "Care Navigation training – Lancashire ICB (2022)",
                                           "A levels: English, Sociology, Biology (2012)"]),
        ("para", "References", "Happy to supply references from my current practice manager."),
    ],
)
