"""wild119 résumés w001–w015 (fictional people, employers and towns)."""
from lib import E


def X(h, entries, **kw):
    return dict(t="exp", h=h, entries=entries, **kw)


def T(h, body):
    return dict(t="text", h=h, body=body)


def L(h, items, **kw):
    return dict(t="list", h=h, items=items, **kw)


RESUMES = []

# w001 — UK staff nurse, reportlab single column
RESUMES.append(dict(
    file="w001.pdf", engine="rl", layout="plain",
    family="UK staff nurse with bank shifts, Word-to-PDF single column, title line with right-aligned dates",
    code="reportlab, plain/title_org, mon / 'Present'",
    name="Bethan Aldcroft RGN", contact=["14 Quarry Lane, Hollinsbrook HB4 2QT", "07700 900418 · bethan.aldcroft@mailbox.co.uk",
                                         "NMC PIN 09X1234E"],
    blocks=[
        T("Profile", "Registered adult nurse with nine years on acute medical and respiratory wards. Calm in a busy "
                     "ward, good with families, and I still pick up bank shifts on the discharge lounge."),
        X("Employment", [
            E("Staff Nurse (Band 5)", "Hollinsbrook General Hospital", "Ward 22, Respiratory", "2019-03", "present", "facing",
              "healthcare_care", ["Lead nurse for a bay of six patients on NIV and high-flow oxygen",
                                  "Admit, assess and discharge patients; explain care plans to relatives",
                                  "Mentor student nurses on placement and sign off proficiencies"]),
            E("Infection Prevention Audit Nurse (secondment)", "Hollinsbrook General Hospital", None, "2023-01", "2023-06",
              "affecting", None, ["Hand hygiene, commode and central-line audits on 14 wards",
                                  "Fed results back to ward managers and wrote the monthly dashboard"]),
            E("Bank Staff Nurse", "Hollinsbrook Hospitals NHS Trust Staff Bank", None, "2020-06", "present", "facing",
              "healthcare_care", ["Ad hoc shifts in the discharge lounge and on the frailty unit"]),
            E("Staff Nurse", "St Edwin's Hospital", "Marlow Vale", "2017-08", "2019-02", "facing", "healthcare_care",
              ["Acute medical admissions unit, 28 beds", "IV therapy, cannulation and venepuncture"]),
            E("Healthcare Assistant", "Brookhaven Care Home", "Marlow Vale", "2013-09", "2014-08", "facing", "healthcare_care",
              ["Personal care, mealtimes and activities for residents living with dementia"]),
        ], style="title_org", dates="mon"),
        X("During training", [
            E("Student Nurse – clinical placements", "University of Marlow Vale", None, "2014-09", "2017-07", "facing",
              "healthcare_care", ["Placements on surgical, community and paediatric wards (2,300 hours)"],
              section="other", etype="internship"),
        ], style="title_org", dates="mon"),
        T("Education", "BSc (Hons) Adult Nursing, University of Marlow Vale, 2017"),
        L("Courses", ["ILS (Resus Council) 2025", "Non-invasive ventilation competencies", "Mentorship / practice assessor"],
          bullet="•"),
        T("References", "Available on request."),
    ]))

# w002 — docx heading styles, teaching assistant
RESUMES.append(dict(
    file="w002.docx", layout="styles",
    family="UK teaching assistant returning after a caring break, Word heading styles with list bullets, right tab-stop dates",
    code="docx, styles/title_org, month / 'Present'",
    name="Joanne Pilkeston", contact=["Thornbury Rise, Edgecombe", "07700 900226", "jo.pilkeston@mailbox.co.uk"],
    blocks=[
        T("Personal statement", "Level 3 teaching assistant who loves phonics and small-group work. I took four years "
                                "out to care for my dad and have kept my hand in as a volunteer reader."),
        X("Work History", [
            E("Teaching Assistant (Level 3)", "Rookwood Primary School", "Edgecombe", "2024-01", "present", "facing",
              "education", ["Run Read Write Inc. phonics groups for Year 1 and 2",
                            "Support two pupils with EHC plans 1:1 in the mornings",
                            "Lunchtime supervision and first aid"]),
            E("Volunteer Reader", "Edgecombe Library", None, "2022-03", "2023-12", "facing", "volunteering",
              ["Listened to children read at the Saturday reading club"], section="volunteer", etype="volunteer"),
            E("Career break – caring for a parent", None, None, "2019-11", "2023-12", "none", None,
              ["Full-time carer for my father after his stroke"], etype="unknown"),
            E("Teaching Assistant", "St Mildred's C of E Primary", "Edgecombe", "2012-09", "2019-10", "facing", "education",
              ["Year 3 class TA; guided reading and maths interventions", "Prepared resources and displays"]),
            E("Midday Supervisor", "St Mildred's C of E Primary", "Edgecombe", "2009-04", "2012-07", "facing", "education",
              ["Playground and dining hall supervision"]),
        ], style="title_org", dates="month", bullet="list"),
        L("Qualifications", ["NVQ Level 3 Supporting Teaching and Learning", "Paediatric First Aid (2025)",
                             "GCSE English and Maths"], bullet="list"),
        T("Interests", "Allotment, choir, crochet."),
    ]))

# w003 — fpdf2 sidebar, HCA/home carer Australia
RESUMES.append(dict(
    file="w003.pdf", engine="fpdf", layout="sidebar",
    family="Australian aged-care and disability support worker, fpdf2 shaded left sidebar, dates first line",
    code="fpdf2, sidebar/datesfirst, mm/yyyy / 'Current'",
    name="Mele Tupou-Harris", contact=["Wattle Downs VIC", "0491 570 156", "mele.th@mailbox.com.au"],
    side=[L("Tickets", ["Cert III Individual Support (Ageing, Disability)", "NDIS Worker Screening", "First Aid & CPR",
                        "Manual handling", "Full licence + own car"], bullet="•"),
          L("Languages", ["English", "Tongan"], bullet="•")],
    blocks=[
        T("About me", "Support worker who enjoys helping people stay independent at home."),
        X("Experience", [
            E("Disability Support Worker (casual)", "Kinfield Community Care", "Wattle Downs", "2022-07", "present",
              "facing", "healthcare_care",
              ["Community access and shopping trips with NDIS participants",
               "Medication prompts, meal prep and personal care in participants' homes",
               "Write progress notes in the client app after every shift"]),
            E("Aged Care Worker", "Banksia Gardens Residential Aged Care", "Pinecliff", "2019-02", "2022-06", "facing",
              "healthcare_care", ["Showering, dressing and feeding residents on a 30-bed wing",
                                  "Night shifts: two-hourly checks and repositioning"]),
            E("Laundry Assistant", "Banksia Gardens Residential Aged Care", "Pinecliff", "2018-03", "2019-01",
              "affecting", None, ["Washed, dried and labelled residents' clothing and linen",
                                  "Returned clothing to rooms on the morning round"]),
            E("Checkout Operator", "FreshWay Supermarkets", "Pinecliff", "2016-11", "2018-02", "facing",
              "in_person_service", []),
        ], style="datesfirst", dates="mm/yyyy", present="Current", sep=" - ", bullet="–"),
    ]))

# w004 — txt, US paramedic / EMT
RESUMES.append(dict(
    file="w004.txt",
    family="US paramedic moving to a 911 dispatch supervisor post, plain text with caps headings and 'Title | Employer | Town' lines",
    code="txt, caps/pipe, mm/yyyy / 'Present'",
    name="DARNELL OKAFOR-REESE, NRP", contact=["Cedar Hollow, OH 45xxx", "(555) 014-2287", "d.okafor.reese@mailbox.net"],
    hstyle="dashes", tsep="   ",
    blocks=[
        X("Professional Experience", [
            E("Paramedic / Field Training Officer", "Marrow County EMS", "Cedar Hollow, OH", "2018-05", "present", "facing",
              "healthcare_care", ["ALS assessment and treatment on 911 calls, 12-14 calls per 24-hr shift",
                                  "Precept new-hire paramedics through 12-week field training",
                                  "Community CPR classes at schools and churches"]),
            E("Emergency Dispatcher (part-time)", "Marrow County Emergency Communications", "Cedar Hollow, OH", "2021-01",
              "2023-06", "facing", "contact_center",
              ["Answered 911 and non-emergency lines; gave pre-arrival CPR instructions to callers",
               "Dispatched fire and EMS units via CAD"]),
            E("EMT-Basic", "Lakeshore Ambulance Service", "Port Avery, OH", "2014-03", "2018-04", "facing", "healthcare_care",
              ["Interfacility transports and dialysis runs", "Restocked and checked rig at start of shift"]),
            E("Equipment & Supply Technician", "Lakeshore Ambulance Service", "Port Avery, OH", "2013-01", "2014-02",
              "affecting", None, ["Cleaned and decontaminated stretchers and airway kits between calls",
                                  "Ordered and restocked drug boxes for 9 ambulances"]),
        ], style="pipe", dates="mm/yyyy", sep=" - ", bullet="*"),
        L("Certifications", ["NRP, ACLS, PALS, PHTLS", "EMD (emergency medical dispatch)"], bullet="*"),
        T("Education", "AAS Paramedicine, Marrow County Community College (2016)"),
    ]))

# w005 — docx tabs, lecturer / FE tutor
RESUMES.append(dict(
    file="w005.docx", layout="tabs",
    family="Irish further-education lecturer with part-time tutoring and a board seat, Word tab-stop dates, employer line first",
    code="docx, tabs/org_title, mon / 'to date'",
    name="Ciarán Mac Giolla Rua", contact=["Ballyroan Cross, Co. Kilmoran", "085 110 2378", "ciaran.mgr@mailbox.ie"],
    blocks=[
        T("Summary", "Lecturer in health and social care (QQI Levels 5 and 6) with a background in community "
                     "development. Interested in apprenticeship design and learner support."),
        X("Career", [
            E("Lecturer – Health & Social Care", "Kilmoran College of Further Education", "Ballyroan", "2016-09", "present",
              "facing", "education", ["Teach Care Skills, Safety & Health at Work and Work Experience modules",
                                      "Place and visit learners on work placements in nursing homes",
                                      "Programme coordinator for the Healthcare Support course (60 learners)"]),
            E("Adult Literacy Tutor (evenings)", "Kilmoran Education and Training Board", "Ballyroan", "2013-01", "2018-06",
              "facing", "education", ["One-to-one and small-group literacy for adults returning to learning"]),
            E("Community Development Worker", "Dunree Family Resource Centre", "Dunree", "2010-03", "2016-08", "facing",
              "other_facing", ["Ran parent-and-toddler groups and a men's shed",
                               "Signposted families to welfare and housing services",
                               "Wrote funding reports for the county council"]),
            E("Board Member (voluntary)", "Dunree Credit Union", "Dunree", "2019-01", "present", "none", None,
              ["Sit on the credit and audit committees", "Approve lending policy and annual accounts"],
              section="volunteer", etype="volunteer"),
        ], style="org_title", dates="mon", present="to date", osep=" — ", bullet="-"),
        T("Education", ["M.Ed. Adult & Further Education, 2015", "BA Applied Social Studies, 2009"]),
    ]))

# w006 — reportlab sidebar, pharmacy
RESUMES.append(dict(
    file="w006.pdf", engine="rl", layout="sidebar", sidecolor=(0.88, 0.93, 0.9),
    family="Canadian pharmacy assistant and technician, reportlab shaded left sidebar (contact, skills, languages)",
    code="reportlab, sidebar/title_org, mon / 'Present'",
    name="Priya Ramanathan", contact=["Elm Crossing, ON", "(555) 013-8841", "priya.ram@mailbox.ca"],
    side=[L("Skills", ["Kroll dispensing software", "Blister packing", "Narcotic counts", "Insurance adjudication"],
            bullet="•"),
          L("Languages", ["English", "Tamil", "Basic French"], bullet="•")],
    blocks=[
        X("Work Experience", [
            E("Registered Pharmacy Technician", "Northgate Long-Term Care Pharmacy", "Elm Crossing, ON", "2023-02",
              "present", "affecting", None,
              ["Final technical check of weekly blister packs for 14 nursing homes",
               "Process new orders faxed in by the homes and flag interactions for the pharmacist",
               "Maintain the central fill robot and narcotic register"]),
            E("Pharmacy Assistant", "Maple & Main Drugs", "Elm Crossing, ON", "2019-06", "2023-01", "facing",
              "healthcare_care", ["Took in prescriptions at the dispensary counter and handed out filled ones",
                                  "Answered the pharmacy phone line about refills and coverage",
                                  "Counted and labelled prescriptions under pharmacist supervision"]),
            E("Cosmetics Counter Associate (part-time)", "Maple & Main Drugs", "Elm Crossing, ON", "2017-09", "2019-05",
              "facing", "in_person_service", ["Colour matching and skincare advice", "Daily cash-out"]),
            E("Hospital Volunteer – Gift Shop", "Elm Crossing Regional Hospital Auxiliary", None, "2016-01", "2017-08",
              "facing", "volunteering", [], section="volunteer", etype="volunteer"),
        ], style="title_org", dates="mon", sep=" – "),
        T("Education", ["Pharmacy Technician Diploma, Lakeridge College, 2022", "OCPT registration 2023"]),
    ]))

# w007 — md, youth worker / chaplain
RESUMES.append(dict(
    file="w007.md",
    family="Scottish youth worker and part-time hospital chaplain in Markdown, bold title line with employer and dates",
    code="md, bold/dash, month / 'Present'",
    name="Rev. Alasdair Kinloch", contact=["Strathcarrow", "07700 900573", "a.kinloch@mailbox.scot"],
    mdt="bold",
    blocks=[
        T("About", "Ordained minister, youth worker by trade, and a firm believer that sitting with someone is often "
                   "the whole job."),
        X("Roles", [
            E("Healthcare Chaplain (0.4 WTE)", "Strathcarrow Royal Infirmary", "Strathcarrow", "2021-10", "present", "facing",
              "healthcare_care", ["Spiritual and pastoral care for patients, families and staff of all faiths and none",
                                  "On-call rota for end-of-life and bereavement visits",
                                  "Facilitate the monthly staff reflective practice group"]),
            E("Parish Minister", "Glenbrae Parish Church", "Glenbrae", "2015-08", "2021-09", "facing", "other_facing",
              ["Led worship, weddings and funerals; home and hospital visits to parishioners",
               "Chaired the kirk session and managed the hall lettings budget"]),
            E("Detached Youth Worker", "Strathcarrow Youth Link", "Strathcarrow", "2009-05", "2013-06", "facing", "other_facing",
              ["Street-based work with young people aged 12-21 on Friday and Saturday nights",
               "Ran a drop-in with the sexual health nurse"]),
            E("Trustee", "Carrow Valley Foodbank", None, "2017-04", "2023-03", "none", None,
              ["Governance, safeguarding lead on the board", "Signed off the annual return"],
              section="volunteer", etype="volunteer"),
        ], style="dash", dates="month", sep=" – ", bullet="-"),
        T("Education", "BD (Hons) Divinity, 2015 · BA Community Education, 2009"),
    ]))

# w008 — docx table per job, dental
RESUMES.append(dict(
    file="w008.docx", layout="table",
    family="New Zealand dental assistant and sterilisation tech, Word borderless table per job (role/practice left, dates right)",
    code="docx, table/title_org, mon / 'Now'",
    name="Keira Te Whata", contact=["Kōwhai Bay", "021 555 0347", "keira.tw@mailbox.co.nz"],
    blocks=[
        T("Profile", "Dental assistant with six years chairside and in the steri room. Gentle with nervous patients."),
        X("Experience", [
            E("Dental Assistant", "Smileworks Kōwhai Bay", "Kōwhai Bay", "2021-04", "present", "facing", "healthcare_care",
              ["Chairside assisting for two dentists, four-handed dentistry",
               "Reassure anxious patients and go through post-op instructions",
               "X-rays, charting and recalls"]),
            E("Sterilisation Technician", "Harbourside Dental Group", "Port Tarrant", "2019-08", "2021-03", "affecting", None,
              ["Decontaminated, packed and autoclaved instruments for 8 surgeries",
               "Logged cycles and ran daily Bowie-Dick and spore tests"]),
            E("Dental Receptionist (part-time)", "Harbourside Dental Group", "Port Tarrant", "2018-01", "2019-07", "facing",
              "in_person_service", ["Booked appointments and took payments"]),
            E("Barista", "Drift Café", "Port Tarrant", "2016-02", "2017-12", "facing", "in_person_service",
              ["Coffee, counter service and closing"]),
        ], dates="mon", present="Now", sep=" – "),
        T("Qualifications", "NZ Certificate in Health and Wellbeing (Dental Assisting) Level 4"),
    ]))

# w009 — fpdf2 centred, sterile services & lab
RESUMES.append(dict(
    file="w009.pdf", engine="fpdf", layout="centred",
    family="UK sterile-services and pathology lab worker, fpdf2 centred header, employer line first with dates right, title below",
    code="fpdf2, centred/org_title, mm/yyyy / 'Present'",
    name="Gary Holroyd", contact=["Tenterden Road, Ashby Cray", "07700 900911", "garyholroyd@mailbox.co.uk"],
    blocks=[
        T("Personal Profile", "Reliable decontamination technician with twelve years in hospital support services, "
                              "moving towards a trainee associate practitioner role."),
        X("Employment History", [
            E("Senior Sterile Services Technician", "Ashby Cray NHS Foundation Trust", "Ashby Cray", "2020-01", "present",
              "affecting", None, ["Wash, inspect, assemble and sterilise surgical instrument trays for 11 theatres",
                                  "Track trays through the tracking system and resolve missing items with theatre staff",
                                  "Train new starters on the washer-disinfectors"]),
            E("Medical Laboratory Assistant", "Ashby Cray NHS Foundation Trust", "Ashby Cray", "2016-05", "2019-12",
              "affecting", None, ["Booked in and centrifuged blood samples in pathology reception",
                                  "Loaded analysers and filed request forms"]),
            E("Phlebotomist (bank)", "Ashby Cray NHS Foundation Trust", "Ashby Cray", "2017-03", "2019-12", "facing",
              "healthcare_care", ["Outpatient blood clinic two evenings a week, up to 40 patients a session"]),
            E("Warehouse Operative", "Cray Valley Distribution", "Ashby Cray", "2012-09", "2016-04", "none", None,
              ["Forklift and pallet truck, goods in for a building-supplies depot"]),
        ], style="org_title", dates="mm/yyyy", sep=" - ", bullet="•"),
        L("Training", ["Level 3 Diploma in Decontamination", "Venepuncture certificate"], bullet="•"),
    ]))

# w010 — txt, US school librarian / teacher
RESUMES.append(dict(
    file="w010.txt",
    family="US school librarian, plain text with underlined headings, 'Title, Employer, Town, dates' lines and season dates",
    code="txt, underline/inline, month / 'Present'",
    name="Margaret (Maggie) Ellery, MLIS", contact=["418 Juniper Ct, Redmond Falls, WA", "555-017-3320",
                                                     "maggie.ellery@mailbox.org"],
    hstyle="underline",
    blocks=[
        T("Summary", "School librarian and former middle-school English teacher. I run a busy library, co-teach "
                     "research skills and keep the book club going."),
        X("Experience", [
            E("Teacher-Librarian", "Redmond Falls Middle School", "Redmond Falls, WA", "2017-08", "present", "facing",
              "education", ["Co-teach research and media-literacy units with grade 6-8 teachers",
                            "Manage a 14,000-title collection and the circulation desk",
                            "Advise the student book club and run the spring book fair"]),
            E("Summer Reading Program Assistant", "Redmond Falls Public Library", "Redmond Falls, WA", "2019-06", "2019-08",
              "facing", "in_person_service", ["Signed up families and ran weekly story times"], etype="paid",
              dtext="Summer 2019"),
            E("English Language Arts Teacher", "Cascade View Middle School", "Orting Flats, WA", "2009-08", "2017-06",
              "facing", "education", ["Taught 7th grade ELA, five sections", "Parent conferences and IEP meetings"]),
            E("Cataloging Assistant (graduate)", "Pacific Crest University Libraries", "Seattle Heights, WA", "2007-09",
              "2009-06", "affecting", None, ["Copy cataloging of new acquisitions in OCLC",
                                             "Processed and labelled books for the shelves"],
              section="other", etype="paid"),
        ], style="inline", dates="month", sep=" to ", bullet="-"),
        T("Education", ["MLIS, Pacific Crest University, 2009", "BA English, 2006"]),
        T("Certification", "Washington Teacher Certificate, Library Media endorsement"),
    ]))

# w011 — docx header, clinical coder
RESUMES.append(dict(
    file="w011.docx", layout="header",
    family="UK clinical coder who started as a ward clerk, name and contact in the Word page header, heading styles",
    code="docx, header/title_org, mm/yyyy / 'Present'",
    name="Sunita Mahal", contact=["Bridgeford", "07700 900654", "s.mahal@mailbox.co.uk"],
    blocks=[
        T("Profile", "ACC-accredited clinical coder (ICD-10, OPCS-4) with a front-line background on the wards."),
        X("Employment", [
            E("Senior Clinical Coder", "Bridgeford Teaching Hospitals", "Bridgeford", "2021-07", "present", "affecting", None,
              ["Code inpatient and day-case episodes from case notes and discharge letters",
               "Query consultants about unclear diagnoses before the monthly freeze",
               "Audit junior coders' work"]),
            E("Clinical Coder", "Bridgeford Teaching Hospitals", "Bridgeford", "2018-02", "2021-06", "affecting", None,
              ["Coded surgical and orthopaedic activity", "Worked towards ACC"]),
            E("Ward Clerk", "Bridgeford Teaching Hospitals", "Bridgeford", "2014-10", "2018-01", "facing", "in_person_service",
              ["First point of contact for visitors and patients arriving on the ward",
               "Answered ward phone and booked transport for discharges", "Kept notes trolleys tidy"]),
            E("Charity Shop Volunteer", "Hearts & Hands Hospice Shop", "Bridgeford", "2012-05", "2014-09", "facing",
              "volunteering", ["Till, sorting and steaming donations on Saturdays"], section="volunteer", etype="volunteer"),
            E("Payroll Assistant", "Bridgeford Borough Council", "Bridgeford", "2011-01", "2014-09", "none", None,
              ["Input timesheets and overtime for 900 staff", "Reconciled BACS runs and pension deductions"]),
        ], style="title_org", dates="mm/yyyy", sep=" – ", bullet="list"),
        L("Skills", ["Medicode encoder", "PAS", "Excel"], inline=True, join=" · "),
    ]))

# w012 — reportlab twocol, 2 pages, physio assistant + coach
RESUMES.append(dict(
    file="w012.pdf", engine="rl", layout="twocol", letter=True, footer="Cassidy Moreau – Résumé – page {p}",
    family="US physical therapy aide and swim coach, 2-page reportlab résumé with two-column header and page footer",
    code="reportlab, twocol/title_org, apos / 'Current'",
    name="Cassidy Moreau", contact=["Fairholm, CO", "(555) 019-4402", "cassidy.moreau@mailbox.com", "linkedin.example/cmoreau"],
    blocks=[
        T("Objective", "Physical therapy aide applying to PTA school. Eight years coaching swimmers, four years in "
                       "outpatient rehab, and a lot of early mornings."),
        X("Clinical Experience", [
            E("Physical Therapy Aide", "Front Range Sports & Spine PT", "Fairholm, CO", "2022-09", "present", "facing",
              "healthcare_care", ["Set up patients on home-exercise programs and correct form under PT direction",
                                  "Apply hot/cold packs and e-stim; clean tables and linens between patients",
                                  "Check patients in on busy Mondays when the front desk is short"]),
            E("Rehab Tech (per diem)", "St. Agnes Medical Center", "Fairholm, CO", "2021-03", "2022-08", "facing",
              "healthcare_care", ["Helped PTs with gait training and transfers on the ortho floor"]),
        ], style="title_org", dates="apos", present="Current", sep=" – ", bullet="•"),
        X("Coaching", [
            E("Head Age-Group Swim Coach", "Fairholm Flyers Aquatic Club", "Fairholm, CO", "2018-01", "present", "facing",
              "education", ["Plan and coach practices for 60 swimmers aged 8-14, five evenings a week",
                            "Meet parents each season to review goals; run the meet volunteer sign-ups"]),
            E("Lifeguard / Swim Instructor", "Fairholm Parks & Recreation", "Fairholm, CO", "2015-05", "2017-08", "facing",
              "other_facing", ["Guarded the outdoor pool and taught Level 1-3 lessons in summer"]),
        ], style="title_org", dates="apos", present="Current", sep=" – ", bullet="•"),
        X("Other Experience", [
            E("Exam Proctor (part-time)", "Fairholm Testing Center", "Fairholm, CO", "2019-01", "2020-12", "facing",
              "other_facing", ["Checked candidate IDs and invigilated computer-based licensing exams"]),
        ], style="title_org", dates="apos", present="Current", sep=" – ", bullet="•"),
        dict(T("Education", ["B.S. Exercise Science, Colorado Front Range University (2021)",
                        "Prerequisites for PTA program complete, GPA 3.6"]), newpage=True),
        L("Certifications", ["BLS for Healthcare Providers", "USA Swimming Coach Level 2", "Red Cross Lifeguard (lapsed)"],
          bullet="•"),
        L("Volunteer & Interests", ["Special Olympics swim meets (timing)", "Trail running", "Sourdough"], bullet="•"),
        T("References", ["Dr. R. Alvarez, DPT – clinic director (on request)",
                         "K. Lindqvist – club head coach (on request)"]),
    ]))

# w013 — html, fundraising / charity
RESUMES.append(dict(
    file="w013.html",
    family="UK charity fundraiser's CV saved as HTML, employer headings with roles beneath, year-only older dates",
    code="html, h3/orgfirst, mon / 'Present'",
    name="Tamsin Okonjo-Blake", contact=["Wexley, Hartshire", "07700 900182", "tamsin.ob@mailbox.org.uk"],
    blocks=[
        T("Profile", "Fundraiser with experience of community, events and trusts income at local and national charities."),
        X("Experience", [
            E("Trusts & Grants Officer", "Hartshire Mind", "Wexley", "2023-05", "present", "none", None,
              ["Research trusts and write applications of £5k-£60k", "Compile monitoring reports from project data",
               "Keep the pipeline in Beacon CRM"]),
            E("Community Fundraiser", "Hartshire Mind", "Wexley", "2020-09", "2023-04", "facing", "sales_account",
              ["Supported schools, clubs and businesses raising money for us; gave talks and collected cheques",
               "Recruited and looked after 200 runners for the Wexley 10k"]),
            E("Face-to-Face Fundraiser", "Streetwise Fundraising Ltd", "Wexley", "2017", "2019", "facing", "sales_account",
              ["Signed up regular givers on the high street for children's and animal charities"], prec="year"),
            E("Events Volunteer", "Wexley Hospice", "Wexley", "2015", "2017", "facing", "volunteering",
              ["Stewarded the Midnight Walk and ran the tombola at summer fair"], prec="year",
              section="volunteer", etype="volunteer"),
        ], style="orgfirst", dates="mon", sep=" – ", bullet="•"),
        T("Education", "BA Sociology, University of Carrow, 2016"),
        T("Interests", "Netball (club treasurer), baking, open-water swimming."),
    ]))

# w014 — docx sidebar, home care
RESUMES.append(dict(
    file="w014.docx", layout="sidebar", sidefill="E8E0F0",
    family="UK home carer moving into care coordination, Word two-column layout table with shaded sidebar",
    code="docx, sidebar/title_org, month / 'Present'",
    name="Lorraine Bickerstaff", contact=["Coldwater Heath", "07700 900730", "lorraine.b@mailbox.co.uk"],
    side=[L("Key skills", ["Rota planning (CareFor)", "Medication (MAR) training", "Moving & handling",
                           "Full UK licence"], bullet="–"),
          L("Qualifications", ["Level 3 Diploma in Adult Care", "Care Certificate"], bullet="–")],
    blocks=[
        T(None, "Experienced carer, now planning the rounds instead of driving them."),
        X("Work experience", [
            E("Care Coordinator", "Heathside Home Care Ltd", "Coldwater Heath", "2023-03", "present", "facing",
              "healthcare_care", ["Plan weekly rotas for 45 carers covering 120 clients",
                                  "Ring clients and their families about changes to call times and new packages",
                                  "Do first assessment visits in clients' homes with the registered manager"]),
            E("Senior Home Carer", "Heathside Home Care Ltd", "Coldwater Heath", "2019-08", "2023-02", "facing",
              "healthcare_care", ["Double-up calls, hoist transfers, catheter and stoma care",
                                  "Spot checks and shadowing for new carers"]),
            E("Home Carer", "Bluebell Domiciliary Services", "Coldwater Heath", "2016-04", "2019-07", "facing",
              "healthcare_care", []),
            E("Kitchen Assistant", "Coldwater Heath Primary School", "Coldwater Heath", "2012-09", "2016-03", "affecting",
              None, ["Prepared and cooked school dinners for 220 children", "Deep clean in the holidays"]),
        ], style="title_org", dates="month", sep=" – ", bullet="•"),
    ]))

# w015 — txt, labelled blocks, New Zealand / Aussie teacher relief
RESUMES.append(dict(
    file="w015.txt",
    family="Australian relief (supply) teacher with tutoring and a career break, plain text with labelled blocks",
    code="txt, colon/labelled, yyyy-mm / 'Present'",
    name="Hamish Otway-Greene", contact=["Unit 3, 27 Corella Street, Saltbush Ridge NSW", "0412 555 093",
                                         "hamish.og@mailbox.com.au"],
    hstyle="colon",
    blocks=[
        T("Career objective", "Primary-trained teacher seeking a permanent K-2 position after three years relief teaching."),
        X("Employment", [
            E("Casual Relief Teacher", "Saltbush Ridge Public School and other Tablelands schools", "Saltbush Ridge", "2023-07",
              "present", "facing", "education",
              ["Day-to-day and block relief K-6, usually 3-4 days a week", "Follow class teachers' programs and leave notes"]),
            E("Tutor (self-employed)", "Self-employed", None, "2022-02", "present", "facing", "education",
              ["Reading and maths tutoring for Years 1-6 in families' homes", "Progress notes to parents each term"],
              etype="freelance"),
            E("Stay-at-home parent", None, None, "2020-01", "2022-01", "none", None, [], etype="unknown"),
            E("Classroom Teacher (Year 1)", "St Brigid's Primary", "Wirrallee NSW", "2015-01", "2019-12", "facing",
              "education", ["Literacy and numeracy in a Year 1 class of 26", "Stage 1 coordinator in 2019"]),
        ], style="labelled", dates="yyyy-mm", sep=" to ", bullet="-"),
        T("Education", "Bachelor of Education (Primary), Tablelands University, 2014"),
        T("Accreditation", "NESA Proficient Teacher; Working With Children Check current"),
        T("Referees", "Supplied on request"),
    ]))
