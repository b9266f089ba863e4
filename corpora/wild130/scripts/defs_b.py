"""wild130 résumés w016–w030 (health and social care). All people and employers are invented."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file="w016.pdf",
    family="US Army veteran patient care technician (dialysis, telemetry), fpdf2 two-column header, pipe "
           "title | employer | place line with right dates, volunteer EMT",
    desc="fpdf2, twohead/pipe, mon / 'Present'",
    renderer="fpdf",
    fp=dict(layout="twohead", page="Letter", font="Cond", size=10, accent=(25, 55, 95), caps_heads=True, margin=16),
    name="Marcus T. Ellery",
    tagline="Patient Care Technician · Army Medic (68W) · NREMT",
    contact=["Columbus, GA 31904", "(706) 555-0135", "m.ellery.pct@mailspace.com", "Veteran – Honorable discharge"],
    dates=dict(style="mon", sep=" – ", present="Present"),
    hdr=[("h1", "{title} | {org} | {loc}", "{dates}")],
    body=[
        ("text", "Summary", [
            "Ten years of hands-on patient care, from battalion aid stations to a dialysis chair-side. Calm under "
            "pressure, strong with cannulation and vitals, and at ease with patients who are scared or in pain."]),
        ("exp", "Experience", [
            E("Patient Care Technician", "Riverbend Kidney Center", "Columbus, GA", "2022-01", "present", [
                "Cannulate fistulas and grafts, start and end hemodialysis for 12 patients per shift",
                "Monitor blood pressure and fluid removal; respond to cramping and hypotension",
                "Reassure first-time patients and explain what will happen during treatment"],
              kind="healthcare_care"),
            E("Patient Care Technician – Telemetry", "Chattahoochee Valley Medical Center", "Columbus, GA",
              "2019-11", "2021-12", [
                  "12-lead EKGs, vital signs, blood draws and bedside glucose on a 32-bed telemetry unit",
                  "Bathing, ambulation and intake/output for assigned patients"],
              kind="healthcare_care"),
            E("Combat Medic Specialist (68W)", "U.S. Army", "Fort Moore, GA", "2015-06", "2019-10", [
                "Gave point-of-injury and sick-call care to a battalion of about 600 soldiers",
                "Ran the aid station during field exercises and trained 40 soldiers as Combat Lifesavers",
                "Deployed to Poland (2018) with the battalion's medical platoon"],
              kind="healthcare_care", et="military"),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer EMT-Basic", "Harris Creek Volunteer Ambulance Corps", "Harris Creek, GA", "2020-03",
              "present", [
                  "Weekend 12-hour shifts on the ambulance: assess, treat and transport patients to the ED"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Education & Certifications", [
            "A.A.S. Health Sciences — Columbus Valley Technical College, 2021",
            "NREMT – Emergency Medical Technician, 2020 (current)",
            "Certified Clinical Hemodialysis Technician (CCHT), 2023",
            "BLS and ACLS, American Heart Association — renewed 2025"]),
    ],
))

# ------------------------------------------------------------------ w017
R.append(dict(
    file="w017.docx",
    family="Polish-born senior carer in an English care home, Word heading styles, right tab-stop dates, "
           "activities coordinator, domestic and school kitchen jobs, befriending volunteer",
    desc="docx, styles/title_org, mon / 'Present'",
    renderer="docx",
    dx=dict(mode="styles", page="A4", font="Calibri", size=11, accent="5B2C6F", h1_style="Heading 2",
            margin=2.0, head_style="Heading 1"),
    name="Paulina Wiśniewska",
    contact=["Flat 4, 19 Station Road, Hexley, HX3 8PL", "07700 900 377 | paulina.wisniewska@postmail.co.uk",
             "Settled status · Full UK driving licence"],
    dates=dict(style="mon", sep=" - ", present="Present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Profile", [
            "Senior care worker with eight years in residential and nursing homes. I lead night shifts, give "
            "medication and support people with dementia and at the end of life. Warm, patient and organised."]),
        ("exp", "Work History", [
            E("Senior Care Worker (Nights)", "Rowan Lodge Care Home", "Hexley", "2022-07", "present", [
                "Lead a team of three carers on nights for 38 residents, many living with dementia",
                "Give medication from the e-MAR and do controlled drug checks with a second signature",
                "Respond to call bells and falls, give end-of-life care and keep families informed",
                "Write handover notes and update care plans on Nourish"],
              kind="healthcare_care"),
            E("Activities Coordinator", "Willowmead Nursing Home", "Hexley", "2020-02", "2022-06", [
                "Planned a weekly programme of music, reminiscence, gardening and baking for residents",
                "Ran one-to-one sessions for residents nursed in bed",
                "Organised outings and the summer fete together with families"],
              kind="healthcare_care"),
            E("Domestic Assistant", "Willowmead Nursing Home", "Hexley", "2018-10", "2020-01", [
                "Cleaned bedrooms, bathrooms and lounges to the infection-control schedule",
                "Worked in the laundry: washing, ironing and labelling residents' clothes"],
              cs="affecting"),
            E("Kitchen Assistant", "Hexley Primary School", "Hexley", "2017-09", "2018-09", [
                "Prepared vegetables and washed up in the school kitchen"],
              cs="affecting"),
        ]),
        ("exp", "Volunteering", [
            E("Befriending Volunteer", "Silver Threads Befriending", "Hexley", "2019", "2021", [
                "Weekly phone calls and a monthly visit to an isolated older gentleman"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Education and Training", [
            "Level 3 Diploma in Adult Care\t2023",
            "Safe Handling of Medicines; Dementia Awareness (Tier 2); End of Life Care\t2022 - 2025",
            "Level 2 Food Hygiene\t2017",
            "Master's degree in Pedagogy, Higher School of Humanities, Łódź (recognised by ENIC)\t2012 - 2017"]),
        ("text", "Languages", ["Polish (native), English (fluent), Russian (basic)"]),
    ],
))

# ------------------------------------------------------------------ w018
R.append(dict(
    file="w018.pdf",
    family="US patient access and unit coordinator, reportlab two-column header with section headings in a left "
           "column, title line with right mm/yyyy dates, insurance verification back office",
    desc="reportlab, leftheads/title_org, mm/yyyy / 'Present'",
    renderer="rl",
    rl=dict(layout="leftheads", page="letter", font="Helvetica", size=9.5, accent="#1d5c63", head_w=105,
            margin=46),
    name="Jasmine Morrow",
    tagline="Patient Access · Unit Coordination · Scheduling",
    contact=["Roanoke, VA 24014", "540-555-0196", "jasmine.morrow@postbox.us", "CHAA #2021-44817"],
    dates=dict(style="mm/yyyy", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org} • {loc}", "")],
    body=[
        ("text", "Summary", [
            "Nine years in hospital and imaging access: registration in the emergency department, unit "
            "coordination, central scheduling and insurance verification. Epic Cadence/Prelude super-user."]),
        ("exp", "Experience", [
            E("Patient Access Representative – Emergency Department", "Hollins Memorial Hospital", "Roanoke, VA",
              "2023-02", "present", [
                  "Register ED patients at the bedside once they are stable: confirm demographics and insurance, "
                  "scan IDs and cards",
                  "Explain consent and financial forms and collect co-pays",
                  "Work rotating nights and weekends"],
              kind="in_person_service"),
            E("Health Unit Coordinator", "Hollins Memorial Hospital", "Roanoke, VA", "2020-05", "2023-01", [
                "Entered provider orders, kept the unit census and paged consultants",
                "Greeted families at the nurses' station and answered call lights"],
              kind="in_person_service"),
            E("Insurance Verification Specialist", "Blue Ridge Imaging Partners", "Salem, VA", "2018-07",
              "2020-04", [
                  "Verified eligibility and benefits for scheduled MRI and CT exams through payer portals",
                  "Requested prior authorizations from payers and flagged exams that had to be rescheduled"],
              cs="affecting"),
            E("Central Scheduling Representative", "Blue Ridge Imaging Partners", "Salem, VA", "2017-01",
              "2018-06", [
                  "Scheduled imaging exams for patients calling in and from physician referrals, 70+ calls a day",
                  "Gave prep instructions (fasting, contrast) over the phone"],
              kind="contact_center"),
            E("Payroll Assistant", "Star City Staffing Group", "Roanoke, VA", "2015-06", "2016-12", [
                "Keyed timesheets for about 300 temporary workers and ran the weekly payroll reports",
                "Reconciled hours against client invoices before month-end"],
              cs="none"),
        ]),
        ("text", "Education", [
            "Associate of Applied Science, Business Administration – Roanoke Valley Community College, 2016"]),
        ("text", "Certifications", ["Certified Healthcare Access Associate (CHAA), NAHAM – 2021",
                                    "Epic Prelude and Cadence proficiency – 2020"]),
        ("text", "Skills", ["Epic Prelude/Cadence/ADT · payer portals (Availity, NaviNet) · medical terminology · "
                            "de-escalation · 60 wpm"]),
    ],
))

# ------------------------------------------------------------------ w019
R.append(dict(
    file="w019.md",
    family="US remote medical coder in Markdown, bold title line with employer and ISO dates, former ED scribe "
           "and retail pharmacy technician",
    desc="md, bold/title_org, yyyy-mm / 'present'",
    renderer="md",
    md=dict(h1="**{l}**{r}", r1=" — {r}", h2="{l}{r}", glyph="*", head_fmt="## {h}", name_fmt="# {name}, CCS, CPC"),
    name="Priya Cole",
    contact=["Sacramento, CA · remote", "priya.cole.coding@mailbox.dev · (916) 555-0158"],
    dates=dict(style="yyyy-mm", sep=" – ", present="present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "*{org}* · {loc}", "")],
    body=[
        ("text", "Summary", [
            "Outpatient and ED coder, now auditing, with a clinical background from the scribe side and the "
            "pharmacy counter. 98% accuracy, comfortable with 3M, Epic and Optum CAC."]),
        ("exp", "Experience", [
            E("Coding Quality Auditor", "Halcyon Revenue Partners", "Remote", "2024-01", "present", [
                "Audit about 30 charts a week per coder and write feedback reports",
                "Lead a monthly guideline-update huddle for the coding team"],
              cs="affecting"),
            E("Outpatient Coder II", "Halcyon Revenue Partners", "Remote", "2022-04", "2023-12", [
                "Coded ED, radiology and outpatient surgery charts (ICD-10-CM/PCS, CPT) at 98% accuracy",
                "Sent documentation queries to physicians through the EHR when notes were unclear"],
              cs="affecting"),
            E("Emergency Department Scribe", "Meridian Scribe Services", "Sacramento, CA", "2019-06", "2021-08", [
                "Followed emergency physicians into exam rooms and documented HPI, exam and MDM in Epic in real time",
                "Tracked pending labs and imaging and reminded providers about re-evaluations"],
              cs="affecting"),
            E("Pharmacy Technician", "Valley Oak Pharmacy", "Elk Grove, CA", "2017-02", "2019-05", [
                "Worked the drop-off and pick-up windows, answered patients' questions and sorted out insurance "
                "rejections",
                "Counted, filled and labeled prescriptions"],
              kind="healthcare_care"),
        ]),
        ("text", "Credentials", [
            "* CCS (AHIMA) — 2022", "* CPC (AAPC) — 2021", "* CRC (AAPC) — 2025",
            "* California Pharmacy Technician license — 2017 (inactive)"]),
        ("text", "Education", ["B.S. Health Science, Capitol Valley State University — 2019"]),
    ],
))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020.docx",
    family="Indian US-healthcare BPO professional (AR calling, patient scheduling voice process, medical "
           "transcription), Word with bold caps headings, right tab-stop dates in Mon'YY form",
    desc="docx, tabs/title_org, mon_apos / 'Present'",
    renderer="docx",
    dx=dict(mode="tabs", page="A4", font="Arial", size=10, accent="1A5276", caps_heads=True, glyph="➢",
            date_bold=True),
    name="Karthik Subramanian",
    contact=["Plot 22, 3rd Cross Street, Velachery, Chennai – 600042",
             "+91 98400 55 672  |  karthik.subbu.rcm@mailhub.in"],
    dates=dict(style="mon_apos", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Professional Summary", [
            "8+ years in US healthcare revenue-cycle and patient-access processes (voice and non-voice). Strong "
            "in denial management, payer follow-up and appointment scheduling. CPC certified."]),
        ("exp", "Experience Details", [
            E("Senior AR Analyst – Revenue Cycle Management", "Vantix Health Solutions Pvt. Ltd.", "Chennai",
              "2022-03", "present", [
                  "Call US insurance companies to follow up unpaid and denied claims for a multi-specialty client",
                  "Analyse denials, correct coding or demographic errors and resubmit through the clearinghouse",
                  "Meet daily productivity of 45 claims; mentor four new joiners"],
              cs="affecting"),
            E("Patient Scheduling Executive (Voice Process)", "Cardinal Voice BPO Services", "Chennai",
              "2019-11", "2022-02", [
                  "Took inbound calls from US patients to book, reschedule and cancel clinic appointments",
                  "Verified patient demographics and insurance details on the call",
                  "Handled the morning rush for three clinics in the Central time zone"],
              kind="contact_center"),
            E("Medical Transcriptionist", "Scriptline Medical Services", "Coimbatore", "2017-06", "2019-10", [
                "Transcribed dictated discharge summaries, op notes and radiology reports for US hospitals",
                "Maintained 98.5% accuracy in QA"],
              cs="affecting"),
            E("Trainee – Medical Coding", "Scriptline Medical Services", "Coimbatore", "2017-01", "2017-05", [
                "Classroom and on-the-job training in anatomy, medical terminology and ICD-10"],
              cs="none", et="internship"),
        ]),
        ("text", "Academic Qualification", [
            "B.Sc. Microbiology – Sri Ranga Arts and Science College, Coimbatore\t2013 – 2016",
            "HSC – State Board\t2013"]),
        ("text", "Certification", ["CPC – AAPC\tAug'23", "Six Sigma Yellow Belt (internal)\t2021"]),
        ("text", "Personal Profile", ["Date of Birth: 04.06.1995", "Languages: English, Tamil, Hindi",
                                      "Notice period: 30 days"]),
    ],
))

# ------------------------------------------------------------------ w021
R.append(dict(
    file="w021.pdf",
    family="English phlebotomist, fpdf2 left-aligned header, dates in a left column (month and year-only "
           "mixed), two pages with footer, specimen reception back office and first-aid volunteering",
    desc="fpdf2, left/datecol, mon + yyyy / 'present'",
    renderer="fpdf",
    fp=dict(layout="left", page="A4", font="Sans", size=10, accent=(150, 30, 40), dcw=38, caps_heads=False,
            footer="{name} — page {page}/{total}", footer_align="R", top=18),
    name="Aisha Rahman",
    contact=["52 Northcote Road, Eastmere EM2 9DS", "07700 900 815  ·  aisha.rahman.phleb@postmail.co.uk"],
    dates=dict(style="mon", sep=" – ", present="present"),
    hdr=[("dc", "{dates}", "{title}"), ("h2", "{org_loc}", "")],
    body=[
        ("text", "Personal statement", [
            "I am an experienced phlebotomist who has taken blood from thousands of adults and children in "
            "outpatient clinics and on the wards. Before that I worked in pathology specimen reception and in a GP "
            "practice, so I understand what happens to a sample after it leaves the patient. I am applying for the "
            "Senior Phlebotomist (Band 3/4) role to help train new staff and run the paediatric list. I am a "
            "patient, friendly person and I make a point of explaining what I am doing, especially to people who are "
            "frightened of needles."]),
        ("exp", "Employment", [
            E("Phlebotomist (Band 3)", "Eastmere University Hospitals NHS Trust", "Eastmere", "2021-10", "present", [
                "Take blood from adults and children in the outpatient blood test centre – 70 to 90 patients a day",
                "Early-morning ward rounds including isolation rooms and the acute medical unit",
                "Look after needle-phobic and distressed patients calmly and adapt my technique to them"],
              kind="healthcare_care"),
            E("Specimen Reception Assistant", "Eastmere University Hospitals NHS Trust", "Eastmere", "2019-03",
              "2021-09", [
                  "Booked in samples from GP surgeries and wards on the LIMS, then sorted and centrifuged them for "
                  "the labs",
                  "Rejected unlabelled samples and logged incidents on Datix"],
              cs="affecting"),
            E("Healthcare Support Worker", "Millbrook Medical Practice", "Eastmere", "2017", "2019", [
                "Ran ECG, blood pressure and new-patient health check clinics",
                "Took bloods and did simple dressings under the practice nurse"],
              kind="healthcare_care"),
            E("Retail Assistant", "Hallam's Chemist", "Eastmere", "2014", "2016", [
                "Served customers at the medicines counter and the till"],
              kind="in_person_service"),
        ]),
        ("exp", "Volunteering", [
            E("First Aid Volunteer", "Northern Cross First Aid Volunteers", "Eastmere", "2016", "present", [
                "Cover football matches, fun runs and concerts, treating minor injuries and calling for "
                "ambulances when needed"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("break",),
        ("text", "Qualifications & training", [
            "Level 3 Certificate in Phlebotomy (accredited)\t2021",
            "Level 2 Certificate in Healthcare Support Services\t2018",
            "Paediatric phlebotomy competency (in-house)\t2023",
            "BTEC Level 3 Extended Diploma in Health and Social Care – Eastmere College\t2012 – 2014"]),
        ("text", "Skills", [
            "* Venepuncture with vacutainer, butterfly and syringe; capillary sampling",
            "* Order communications and positive patient identification",
            "* Infection prevention and control, sharps safety",
            "* Bengali and Urdu (spoken)"]),
        ("text", "Referees", [
            "Mrs Carol Denton, Phlebotomy Services Manager, Eastmere University Hospitals NHS Trust",
            "Dr S. Iqbal, GP Partner, Millbrook Medical Practice"]),
    ],
))

# ------------------------------------------------------------------ w022
R.append(dict(
    file="w022.html",
    family="US histology aide and former specimen accessioner and lab courier, HTML résumé with floated dates, "
           "a student teaching-lab job and a summer lifeguard season",
    desc="html, divs/title_org, mon / 'Present'",
    renderer="html",
    ht=dict(mode="divs", css="body{font-family:Georgia,serif;max-width:760px;margin:30px auto}"
                             "h3{margin:12px 0 0 0;font-size:15px}.r{float:right;font-weight:normal;color:#555}"
                             ".sub{color:#333}h2{color:#2a4d69;font-size:16px;border-bottom:2px solid #2a4d69}"),
    name="Tyler Brandt",
    contact=["Omaha, NE 68106 · (402) 555-0170 · tyler.brandt.histo@lablink-mail.com"],
    dates=dict(style="mon", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Objective", [
            "Histology aide working toward HT(ASCP) certification, looking for a histotechnician trainee position."]),
        ("exp", "Laboratory Experience", [
            E("Histology Aide", "Crescent Pathology Group", "Omaha, NE", "2022-08", "present", [
                "Embed tissue cassettes, cut paraffin blocks on the microtome and load the stainer",
                "File slides and blocks and pull archived cases for the pathologists"],
              cs="affecting"),
            E("Specimen Accessioner", "Crescent Pathology Group", "Omaha, NE", "2021-01", "2022-07", [
                "Accessioned biopsies and cytology specimens from 60 client clinics into the LIS",
                "Matched requisitions to containers and printed cassette labels"],
              cs="affecting"),
            E("Lab Courier", "Crescent Pathology Group", "Omaha, NE", "2020-02", "2020-12", [
                "Drove a daily route collecting specimen lockboxes from clinics and hospitals",
                "Kept chain-of-custody logs and temperature records"],
              cs="affecting"),
        ]),
        ("exp", "Other Experience", [
            E("Teaching Lab Assistant", "University of the Plains – Biology Department", "Kearney, NE", "2017-08",
              "2019-05", [
                  "Set up microscopes and reagents for the intro biology labs",
                  "Helped students during lab sections and graded their lab worksheets"],
              kind="education", sec="other"),
            E("Lifeguard", "Papio Hills Aquatic Center", "Papillion, NE", "2018-06", "2018-08", [
                "Guarded the lap and leisure pools, enforced pool rules and gave first aid"],
              kind="other_facing", dtext="Summer 2018"),
        ]),
        ("text", "Education", ["B.S. Biology, University of the Plains, Kearney, NE — May 2019",
                               "Histotechnician program coursework (online) — 2025 – present"]),
        ("text", "Certifications", ["American Red Cross Lifeguarding/First Aid/CPR — 2018 (expired)",
                                    "OSHA Bloodborne Pathogens — 2026"]),
    ],
))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023.docx",
    family="US hospital food and nutrition worker (diet technician, diet office, tray line, assisted-living cook), "
           "Word with a table per job and the duties in a merged second row, name in the page header",
    desc="docx, table+header/title_org, month / 'present'",
    renderer="docx",
    dx=dict(mode="table", page="Letter", font="Calibri", size=10.5, accent="7E5109", header=True, centred=True,
            bullets_in_table=True, head_fill="F4ECE1", caps_heads=True, name_size=18),
    name="Gloria E. Ruiz",
    contact=["Lubbock, TX 79413 · 806-555-0142 · gloria.ruiz.cdm@netmail.com"],
    dates=dict(style="month", sep=" – ", present="present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Profile", [
            "Certified Dietary Manager with eleven years in food and nutrition services, from the tray line to "
            "patient meal rounds. Safe food, the right diet and a friendly face at the bedside."]),
        ("exp", "Work Experience", [
            E("Diet Technician", "St. Columba Regional Medical Center", "Lubbock, TX", "2021-07", "present", [
                "Visit patients each morning to take their meal choices and explain their prescribed diets",
                "Screen new admissions for food allergies and swallowing precautions and flag them to the dietitian",
                "Deliver calorie counts and supplements to the units"],
              kind="healthcare_care"),
            E("Diet Office Clerk", "St. Columba Regional Medical Center", "Lubbock, TX", "2019-04", "2021-06", [
                "Entered diet orders in CBORD and printed tray tickets for each meal period",
                "Reconciled late trays and census changes with the kitchen"],
              cs="affecting"),
            E("Food Service Worker – Tray Line", "St. Columba Regional Medical Center", "Lubbock, TX", "2017-10",
              "2019-03", [
                  "Plated hot and cold items on the tray line to each ticket",
                  "Washed carts and kept temperature logs"],
              cs="affecting"),
            E("Cook", "Prairie Rose Assisted Living", "Lubbock, TX", "2015-05", "2017-09", [
                "Cooked breakfast and lunch for 60 residents from a four-week cycle menu",
                "Prepared pureed and mechanical-soft textures"],
              cs="affecting"),
            E("Host", "Sunny Side Pancake House", "Lubbock, TX", "2013-06", "2015-04", [],
              kind="in_person_service"),
        ]),
        ("text", "Certifications", ["Certified Dietary Manager, Certified Food Protection Professional (CDM, CFPP) — 2023",
                                    "ServSafe Manager — 2022"]),
        ("text", "Education", ["Dietary Manager Certificate Program — South Plains Technical College, 2022",
                               "High School Diploma — Monterey Heights High School, 2013"]),
    ],
))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024.pdf",
    family="Filipino nurse now a Band 5 staff nurse in England after Saudi Arabia, reportlab Word-export single "
           "column, title, hospital and dates each on their own line, company nurse in an export zone",
    desc="reportlab, plain/dateline, mon / 'Present'",
    renderer="rl",
    rl=dict(layout="plain", page="A4", font="Helvetica", size=10, accent="#234e70", rules=True, caps_heads=True,
            glyph="–"),
    name="Jerome P. Dimaculangan, RN",
    contact=["12 Larch Court, Fenwick FW4 1BE  |  07700 900 904  |  jerome.dimaculangan.rn@mailpost.co.uk",
             "NMC PIN 24C1234O (registered February 2024)"],
    dates=dict(style="mon", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", ""), ("h2", "{org}, {loc}", ""), ("h2", "{dates}", "")],
    body=[
        ("text", "Professional Summary", [
            "Registered nurse with ten years' experience in the Philippines, Saudi Arabia and the UK across "
            "medical, surgical, respiratory and occupational health settings."]),
        ("exp", "Work Experience", [
            E("Staff Nurse (Band 5) – Respiratory Ward", "Fenwick Moor NHS Foundation Trust", "Fenwick", "2024-03",
              "present", [
                  "Manage a bay of six patients including NIV and tracheostomy care",
                  "Give IV antibiotics and complete NEWS2 observations",
                  "Teach patients inhaler technique and home oxygen safety before discharge"],
              kind="healthcare_care"),
            E("Healthcare Assistant (awaiting NMC PIN)", "Fenwick Moor NHS Foundation Trust", "Fenwick", "2023-10",
              "2024-02", ["Personal care and observations on the respiratory ward while preparing for the OSCE"],
              kind="healthcare_care"),
            E("Staff Nurse – Medical/Surgical", "Al Noor Specialist Hospital", "Riyadh, Saudi Arabia", "2018-02",
              "2023-08", [
                  "Cared for medical and post-surgical patients in a JCI-accredited hospital",
                  "Used basic Arabic and interpreters to explain procedures to patients and families",
                  "Preceptor for newly hired nurses"],
              kind="healthcare_care"),
            E("Company Nurse", "Mactan Precision Electronics Inc.", "Lapu-Lapu City, Cebu", "2016-01", "2018-01", [
                "Ran the factory clinic for 1,200 employees: first aid, consultations with the company physician "
                "and pre-employment medicals",
                "Kept health records and monthly reports for the labour office"],
              kind="healthcare_care"),
        ]),
        ("text", "Licences", [
            "* NMC (UK) Registered Nurse – Adult, 2024",
            "* Saudi Commission for Health Specialties – Nurse Specialist, 2018 – 2023",
            "* Philippine Professional Regulation Commission – Registered Nurse, 2015"]),
        ("text", "Education", [
            "Bachelor of Science in Nursing – Mandaue Riverside College of Nursing, 2011 – 2015",
            "IELTS Academic 7.0 (2022); OSCE passed January 2024"]),
    ],
))

# ------------------------------------------------------------------ w025
R.append(dict(
    file="w025.txt",
    family="Nigerian health records officer, plain text with underlined headings, title - employer, town line "
           "with dates at the end, 'Date' for present, SIWES attachment and a roadside POS job",
    desc="txt, underline/dash, month / 'Date'",
    renderer="txt",
    tx=dict(head="underline", glyph="*", join="  ...  ", entry_blank=True, wrap=92),
    name="IFEOMA GRACE OKONKWO",
    contact=["12 Ogui Road, Enugu, Enugu State", "Tel: 0803 555 7710 / 0706 555 2201", "E-mail: ifeomagrace.ok@mailng.com"],
    dates=dict(style="month", sep=" - ", present="Date"),
    hdr=[("h1", "{title} - {org}, {loc}", "{dates}")],
    body=[
        ("text", "Career Objective", [
            "To put my training in health information management to work in an organisation that values accurate "
            "records and good service to patients."]),
        ("exp", "Work Experience", [
            E("Health Records Officer", "Adaeze Memorial Specialist Hospital", "Enugu", "2020-01", "present", [
                "Register new patients at the records counter, open folders and issue hospital cards",
                "Retrieve folders for GOPD and specialist clinics and direct patients to the right clinic",
                "Code diagnoses with ICD-10 for monthly returns to the State Ministry of Health"],
              kind="in_person_service"),
            E("Medical Records Clerk", "Adaeze Memorial Specialist Hospital", "Enugu", "2017-06", "2019-12", [
                "Filed and retrieved case notes in the central archive",
                "Weeded inactive files according to the retention schedule"],
              cs="affecting"),
            E("Claims Data Entry Clerk", "Eastgate Health Maintenance Ltd", "Enugu", "2016-02", "2017-05", [
                "Keyed provider claims into the HMO system and checked them against the tariff",
                "Prepared batch summaries for vetting"],
              cs="affecting"),
            E("SIWES Industrial Trainee (Health Records)", "St. Anthony's Mission Hospital", "Nsukka", "2015-05",
              "2015-10", ["Six-month industrial attachment in the medical records department: filing, retrieval "
                          "and daily census returns"],
              cs="affecting", et="internship"),
            E("POS Operator (Part-time)", "Ugochi Ventures", "Nsukka", "2014-03", "2016-01", [
                "Cash withdrawals, transfers and airtime for customers at a roadside POS stand"],
              kind="in_person_service"),
        ]),
        ("text", "Educational Qualifications", [
            "Higher National Diploma (HND) Health Information Management - Enugu State College of Health "
            "Technology, 2014 - 2016",
            "National Diploma (ND) Health Information Management - same college, 2011 - 2013",
            "WASSC (WAEC) - Girls' Secondary School, Nsukka, 2010"]),
        ("text", "Professional Membership", [
            "Registered Health Records Officer, Health Records Officers Registration Board of Nigeria - 2018"]),
        ("text", "Referees", [
            "Mr. Chidi Okafor, Head of Health Records, Adaeze Memorial Specialist Hospital, Enugu",
            "Rev. Sr. Mary Eze, Administrator, St. Anthony's Mission Hospital, Nsukka"]),
    ],
))

# ------------------------------------------------------------------ w026
R.append(dict(
    file="w026.docx",
    family="English support worker and domiciliary carer, Word heading styles with contact in the page header "
           "and a page-number footer, care coordinator, warehouse nights and a volunteer driver",
    desc="docx, styles+header/title_org, mm/yyyy / 'Current'",
    renderer="docx",
    dx=dict(mode="styles", page="A4", font="Segoe UI", size=10, accent="145A32", header=True, centred=False,
            footer="{name} | CV | Page {PAGE}", h1_style="Heading 3", glyph="•", name_size=16),
    name="Dwayne Bennett",
    contact=["Castlebridge · 07700 900 462 · dwayne.bennett.care@postmail.co.uk · Full licence and own car"],
    dates=dict(style="mm/yyyy", sep=" – ", present="Current"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "About Me", [
            "Support worker with eight years in social care – home care, coordinating a care branch and now "
            "supported living for adults with learning disabilities and autism. I believe in helping people do "
            "things for themselves rather than doing things for them."]),
        ("exp", "Employment", [
            E("Support Worker – Supported Living", "Brightpath Support Services", "Castlebridge", "2022-05",
              "present", [
                  "Support three adults with learning disabilities and autism in their own tenancy to cook, budget, "
                  "shop and get out into the community",
                  "Follow positive behaviour support plans and record incidents on Log my Care",
                  "Give medication and go with tenants to health appointments"],
              kind="healthcare_care"),
            E("Care Coordinator", "Kestrel Home Care", "Castlebridge", "2020-09", "2022-04", [
                "Built weekly rotas for 45 care workers and 120 clients on CareLineLive",
                "Rang clients and families to explain changes to visit times and listened to their concerns",
                "Covered care calls myself when a carer went off sick"],
              kind="healthcare_care"),
            E("Domiciliary Care Worker", "Kestrel Home Care", "Castlebridge", "2018-03", "2020-08", [
                "Visited 10–14 clients a day for personal care, meals and medication prompts",
                "Noticed changes in health and reported them to the office and the district nurses"],
              kind="healthcare_care"),
            E("Warehouse Operative (Nights)", "Northgate Distribution", "Castlebridge", "2015-01", "2018-02", [
                "Picked and wrapped store orders", "Counted stock for quarterly audits"],
              cs="affecting"),
        ]),
        ("exp", "Volunteering", [
            E("Volunteer Driver", "Castlebridge Community Car Scheme", "Castlebridge", "2016-04", "2018-02", [
                "Drove older residents to hospital and GP appointments and waited with them"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Training", [
            "Level 3 Diploma in Health and Social Care\t2021",
            "Oliver McGowan Mandatory Training (Tier 2)\t2024",
            "Positive Behaviour Support; Epilepsy and Buccal Midazolam; Medication Level 3\t2022 – 2025"]),
        ("text", "References", ["Available on request from Brightpath Support Services and Kestrel Home Care."]),
    ],
))

# ------------------------------------------------------------------ w027
R.append(dict(
    file="w027.pdf",
    family="US pharmacy technician, fpdf2 left-aligned header, employer heading with roles and m/yyyy dates "
           "beneath, retail counter versus mail-order and central-fill back rooms, hospital information-desk "
           "volunteer",
    desc="fpdf2, left/orgfirst, m/yyyy / 'Present'",
    renderer="fpdf",
    fp=dict(layout="left", page="Letter", font="Serif", size=10, accent=(90, 40, 0), caps_heads=True,
            glyph="–", date_style="I"),
    name="Heather Lynn Caudill, CPhT",
    contact=["Lexington, KY 40503 · 859-555-0121 · heather.caudill.cpht@mailnest.com"],
    dates=dict(style="m/yyyy", sep=" – ", present="Present"),
    orgfirst=True,
    org_hdr=[("h1", "{org} — {loc}", "")],
    role_hdr=[("h2", "{title}", "{dates}")],
    body=[
        ("text", "Summary", [
            "Nationally certified pharmacy technician with 12 years in retail, mail-order and central-fill pharmacy. "
            "Lead tech for the last six years; strong with insurance problems and with people at the counter."]),
        ("exp", "Professional Experience", [
            E("Lead Pharmacy Technician", "Halvorsen Drug", "Lexington, KY", "2020-06", "present", [
                "Schedule six technicians and train new hires on the register and drive-thru",
                "Resolve insurance rejections and prior-authorization holds with patients at the counter",
                "Run controlled-substance counts and the weekly order"],
              kind="healthcare_care"),
            E("Pharmacy Technician", "Halvorsen Drug", "Lexington, KY", "2018-01", "2020-05", [
                "Took in prescriptions at drop-off, counted and labeled, and rang up at pick-up",
                "Answered the pharmacy phone for refill requests"],
              kind="healthcare_care"),
            E("Pharmacy Technician – Mail Order", "ScriptDirect Fulfillment", "Louisville, KY", "2015-08",
              "2017-12", [
                  "Filled and packaged 90-day mail-order prescriptions on an automated line",
                  "Performed visual checks of vial fills before pharmacist verification"],
              cs="affecting"),
            E("Central Fill Technician", "ScriptDirect Fulfillment", "Louisville, KY", "2014-03", "2015-07", [
                "Restocked automated counting cells and packed totes for store delivery"],
              cs="affecting"),
        ]),
        ("exp", "Volunteer Work", [
            E("Information Desk Volunteer", "Fayette Memorial Hospital", "Lexington, KY", "2019", "present", [
                "Direct visitors and patients, look up room numbers and deliver flowers on Saturday mornings"],
              kind="volunteering", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Certifications & Education", [
            "CPhT, Pharmacy Technician Certification Board — 2014 (renewed 2024)",
            "Kentucky Board of Pharmacy technician registration — current",
            "Pharmacy Technician Certificate — Bluegrass Career College, 2013"]),
    ],
))

# ------------------------------------------------------------------ w028
R.append(dict(
    file="w028.md",
    family="Scottish career changer from accounts into hospice care, Markdown h3 title with employer and italic "
           "dates line, career break caring for a parent, hospice bereavement and stock-room volunteering",
    desc="md, h3/title_org, month / 'present'",
    renderer="md",
    md=dict(h1="### {l}", h2="{l}{r}", r2="  \n*{r}*", glyph="-", head_fmt="## {h}"),
    name="Fiona Reid",
    contact=["Pelham Cross", "fiona.reid.care@mailbox.scot", "07700 900 326"],
    dates=dict(style="month", sep=" – ", present="present"),
    hdr=[("h1", "{title}", ""), ("h2", "{org}, {loc}", "{dates}")],
    body=[
        ("text", "Summary", [
            "I came to care late, after nine years in accounts and a year looking after my dad at home. I now work "
            "on a hospice inpatient unit and would like to move into a community palliative care support role."]),
        ("exp", "Employment", [
            E("Healthcare Assistant – Inpatient Unit", "St Brannock's Hospice", "Pelham Cross", "2021-11", "present", [
                "Give personal and comfort care to people in the last weeks of life on a 14-bed unit",
                "Sit with patients who are frightened or alone, and support relatives at the bedside and after a death",
                "Carry out last offices with dignity and care"],
              kind="healthcare_care"),
            E("Career break – full-time carer for my father", None, None, "2019-03", "2020-08", [],
              cs="none", et="unknown", hdr=[("h1", "{title}", ""), ("h2", "*{dates}*", "")]),
            E("Accounts Payable Assistant", "Delamere Logistics Ltd", "Pelham Cross", "2010-04", "2019-02", [
                "Processed about 400 supplier invoices a month on Sage 200",
                "Ran the weekly BACS payment run and reconciled supplier statements"],
              cs="none"),
        ]),
        ("exp", "Volunteering", [
            E("Bereavement Support Volunteer", "St Brannock's Hospice", "Pelham Cross", "2020-09", "2021-10", [
                "Trained listener: made follow-up calls to bereaved families and co-facilitated a monthly drop-in "
                "group"],
              kind="volunteering", sec="volunteer", et="volunteer"),
            E("Stock Room Volunteer", "St Brannock's Hospice Shop", "Pelham Cross", "2019-06", "2020-03", [
                "Sorted donated bags, steamed and tagged clothes and rotated stock out to the shop floor"],
              cs="affecting", sec="volunteer", et="volunteer"),
        ]),
        ("text", "Qualifications", [
            "* SVQ Social Services and Healthcare, SCQF Level 6 — 2023",
            "* Palliative care essentials (hospice in-house) — 2022",
            "* AAT Level 3 Diploma in Accounting — 2012",
            "* Registered with the SSSC (Healthcare Support Worker) — 2022"]),
    ],
))

# ------------------------------------------------------------------ w029
R.append(dict(
    file="w029.html",
    family="Filipino medical technologist applying to the US, HTML résumé with a table per job, extraction rounds "
           "versus processing-only lab work, part-time freelance virtual assistant for a dental office, internship",
    desc="html, table/title_org, mm/yyyy / 'Present'",
    renderer="html",
    ht=dict(mode="table", css="body{font-family:Tahoma,sans-serif;font-size:13px;margin:25px}"
                              "h1{color:#0b3d91}h2{font-size:14px;color:#fff;background:#0b3d91;padding:3px 6px}"),
    name="Kristine Joy Manalo, RMT",
    contact=["Parañaque City, Metro Manila, Philippines", "+63 917 555 4420 · kjmanalo.rmt@mailbox.ph"],
    dates=dict(style="mm/yyyy", sep=" – ", present="Present"),
    hdr=[("h1", "{title}", "{dates}"), ("h2", "{org} — {loc}", "")],
    body=[
        ("text", "Professional Summary", [
            "Registered Medical Technologist (ASCPi) with six years in hospital and diagnostic laboratories: "
            "hematology, chemistry, blood bank and phlebotomy."]),
        ("exp", "Work Experience", [
            E("Medical Technologist", "Healthwise Diagnostic Center", "Makati City", "2024-07", "present", [
                "Processing section only: centrifuge, run chemistry and serology batches and release results in "
                "the LIS",
                "Daily QC and calibration; keep Levey-Jennings charts"],
              cs="affecting"),
            E("Medical Technologist", "Our Lady of Peace General Hospital", "Parañaque City", "2020-07", "2024-06", [
                "Ran hematology, clinical chemistry and urinalysis on Sysmex and Cobas analyzers",
                "Did the 5 a.m. extraction rounds on the wards and in the ER, including pediatric patients",
                "Crossmatched and released blood units in the blood bank"],
              kind="healthcare_care"),
            E("Virtual Assistant – Dental Office (part-time)", "Self-employed", "Remote", "2022-01", "2024-05", [
                "Called patients of a US dental clinic for recall and appointment confirmation and rebooked "
                "no-shows",
                "Answered the clinic's web chat and voicemails after hours"],
              kind="contact_center", et="freelance"),
            E("Medical Technology Intern", "Our Lady of Peace General Hospital", "Parañaque City", "2018-06",
              "2019-05", [
                  "12-month internship rotating through hematology, microbiology, blood bank, chemistry and "
                  "phlebotomy",
                  "Extracted blood from outpatients and ward patients under supervision"],
              kind="healthcare_care", et="internship"),
        ]),
        ("text", "Licenses", ["* Registered Medical Technologist, PRC — passed August 2019 board exam",
                              "* MLS(ASCPi) — certified March 2025"]),
        ("text", "Education", ["Bachelor of Science in Medical Technology — Baclaran Science University, 2015 – 2019"]),
    ],
))

# ------------------------------------------------------------------ w030
R.append(dict(
    file="w030.docx",
    family="English hospital administrator who started as a porter, Word with dates first in a left tab column "
           "then title, hospital on the next line, pathway coordinator, outpatient reception and switchboard",
    desc="docx, tabs/datecol, mon + yyyy / 'Present'",
    renderer="docx",
    dx=dict(mode="tabs", page="A4", font="Calibri", size=10.5, accent="2C3E50", caps_heads=False, head_rule=True,
            dcw=3.8, h2_italic=True, centred=True),
    name="Kelly-Anne Marsh",
    contact=["Norbridge · 07700 900 190 · kellyanne.marsh@postmail.co.uk"],
    dates=dict(style="mon", sep=" – ", present="Present"),
    hdr=[("dc", "{dates}", "{title}"), ("h2", "{org}, {loc}", "")],
    body=[
        ("text", "Personal Profile", [
            "Ten years at Brackley Vale – from portering to switchboard, outpatients and now pathway coordination. "
            "I know the hospital inside out and I am looking for a Band 5 waiting-list or access manager post."]),
        ("exp", "Employment History", [
            E("Patient Pathway Coordinator (Band 4)", "Brackley Vale Hospitals NHS Trust", "Norbridge", "2022-09",
              "present", [
                  "Validate referral-to-treatment pathways on PAS and close episodes that have ended",
                  "Build weekly PTL reports for the general surgery directorate",
                  "Liaise with consultants' secretaries and the booking team to list long-waiters"],
              cs="affecting"),
            E("Outpatient Receptionist (Band 2)", "Brackley Vale Hospitals NHS Trust", "Norbridge", "2020-01",
              "2022-08", [
                  "Booked patients in on arrival, updated their details and collected outcome forms",
                  "Kept the clinic waiting-time board current and apologised when clinics ran late"],
              kind="in_person_service"),
            E("Switchboard Operator (Band 2)", "Brackley Vale Hospitals NHS Trust", "Norbridge", "2018-05",
              "2019-12", [
                  "Answered around 300 internal and external calls a shift and put callers through to wards and "
                  "departments",
                  "Handled cardiac arrest and major incident bleeps following the emergency protocol"],
              kind="contact_center"),
            E("Hospital Porter", "Brackley Vale Hospitals NHS Trust", "Norbridge", "2016-03", "2018-04", [
                "Moved patients in beds and wheelchairs between wards, theatres and X-ray",
                "Collected specimens and delivered medical gas cylinders"],
              kind="healthcare_care"),
            E("Checkout Operator", "Dunmore Foods", "Norbridge", "2014", "2016", [], kind="in_person_service"),
        ]),
        ("text", "Education & Training", [
            "Level 3 Certificate in Health Informatics (in-house)\t2023",
            "RTT Rules and Validation – NHS training programme\t2022",
            "GCSEs (7) including English and Maths – Norbridge Academy\t2009 – 2014"]),
        ("text", "References", ["Mr T. Whitaker, Head of Access, Brackley Vale Hospitals NHS Trust – on request"]),
    ],
))
