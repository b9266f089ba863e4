"""wild119 résumés w016–w030 (fictional people, employers and towns)."""
from lib import E
from defs_a import X, T, L

RESUMES = []

# w016 — fpdf2 left, two pages, footer; Irish mental-health nurse
RESUMES.append(dict(
    file="w016.pdf", engine="fpdf", layout="left", footer="Aoife Brannigan · CV · {p}",
    family="Irish mental-health nurse with helpline volunteering, 2-page fpdf2 CV with page footer, dates on their own line",
    code="fpdf2, left/dateline, m.yyyy / 'Present'",
    name="Aoife Brannigan RPN", contact=["Carrigmore, Co. Wexlow", "087 555 2210", "aoife.brannigan@mailbox.ie",
                                         "NMBI 1234567"],
    blocks=[
        T("Personal statement", ["Registered psychiatric nurse with community and acute experience. I want to move into "
                                 "a clinical nurse specialist post in perinatal mental health.",
                                 "Comfortable with risk assessment, depot clinics and working with families."]),
        X("Nursing Experience", [
            E("Community Mental Health Nurse", "Wexlow Community Mental Health Team", "Carrigmore", "2021-05", "present",
              "facing", "healthcare_care",
              ["Caseload of 32 service users: home visits, care planning and relapse prevention",
               "Run the Tuesday depot clinic", "Liaise with GPs, housing officers and family members"]),
            E("Staff Nurse, Acute Admissions Unit", "St Fintan's Psychiatric Hospital", "Carrigmore", "2016-09", "2021-04",
              "facing", "healthcare_care", ["Admissions, observations and de-escalation on a 24-bed unit",
                                            "Nurse in charge on nights from 2019"]),
            E("Clinical Trials Data Coordinator", "Wexlow Research Institute", "Carrigmore", "2009-03", "2012-08", "none", None,
              ["Entered trial data into the eCRF and resolved queries from the sponsor",
               "Maintained site files for three depression trials"]),
        ], style="dateline", dates="m.yyyy", sep=" – ", bullet="•"),
        X("Voluntary", [
            E("Helpline Volunteer", "Listening Post Ireland", "Carrigmore branch", "2013-10", "2016-06", "facing",
              "volunteering", ["One overnight shift a month answering calls and texts from people in distress"],
              section="volunteer", etype="volunteer"),
            E("Student Nurse (internship year)", "St Fintan's Psychiatric Hospital", "Carrigmore", "2015-09", "2016-08",
              "facing", "healthcare_care", ["36-week paid internship, rostered on acute and rehab wards"],
              section="other", etype="internship"),
        ], style="dateline", dates="m.yyyy", sep=" – ", bullet="•"),
        T("Education", ["BSc Psychiatric Nursing, Wexlow Institute of Technology, 2016",
                        "Cert. Perinatal Mental Health (Level 9), 2024"]),
        L("Training", ["Therapeutic Management of Aggression & Violence (TMAV)", "Suicide risk assessment (STORM)",
                       "BLS", "Medication management"], bullet="•"),
        L("Interests", ["Sea swimming", "Camogie (coach, under-12s)", "Podcasts on the commute"], bullet="•"),
        T("Referees", ["Ms N. Halloran, CNM2, Wexlow CMHT — details on request",
                       "Mr P. Deasy, Director of Nursing, St Fintan's — details on request"]),
    ]))

# w017 — docx styles, UK support worker
RESUMES.append(dict(
    file="w017.docx", layout="styles",
    family="UK support worker in supported living and a children's home, Word heading styles, tab-stop dates, some entries without bullets",
    code="docx, styles/title_org, MON / 'Current'",
    name="Kwame Asante-Doyle", contact=["Fenwick Moor", "07700 900384", "kwame.ad@mailbox.co.uk"],
    blocks=[
        X("Experience", [
            E("Waking Night Support Worker", "Oakleaf Supported Living", "Fenwick Moor", "2023-06", "present", "facing",
              "healthcare_care", ["Night support for four young men with learning disabilities and autism",
                                  "Hourly checks, PRN medication, and breakfast routines before day staff arrive"]),
            E("Residential Support Worker", "Brightwater Children's Homes", "Fenwick Moor", "2020-02", "2023-05", "facing",
              "healthcare_care", ["Key worker to two young people aged 13-16; school runs and contact visits",
                                  "Daily logs and incident reports"]),
            E("Relief Support Worker", "Brightwater Children's Homes", "Fenwick Moor", "2019-05", "2020-01", "facing",
              "healthcare_care", []),
            E("Trustee", "Fenwick Moor Community Centre", None, "2022-01", "present", "none", None,
              ["Board meetings, safeguarding policy review"], section="volunteer", etype="volunteer"),
            E("Night Shelf Filler", "Valumart", "Fenwick Moor", "2017-03", "2019-04", "affecting", None,
              ["Filled chilled and frozen aisles overnight after close"]),
        ], style="title_org", dates="MON", present="Current", sep=" – ", bullet="list"),
        L("Training", ["Level 3 Diploma in Residential Childcare", "Team Teach", "Medication administration"],
          bullet="list"),
    ]))

# w018 — md, Canadian early childhood educator
RESUMES.append(dict(
    file="w018.md",
    family="Canadian early childhood educator in Markdown, h3 title with employer line and dates, seasons",
    code="md, h3/title_org, month / 'Present'",
    name="Geneviève Tremblay-Park, RECE", contact=["Birchmount, ON", "(555) 010-7719", "gen.tp@mailbox.ca"],
    blocks=[
        T("Profile", "Registered Early Childhood Educator. Bilingual (French/English), play-based, and good at noticing the quiet kids."),
        X("Work Experience", [
            E("Registered Early Childhood Educator", "Little Acorns Child Care Centre", "Birchmount, ON", "2020-08", "present",
              "facing", "education", ["Lead educator in a preschool room of 16 children aged 2.5-4",
                                      "Daily updates and documentation for families via the HiMama app",
                                      "Plan emergent curriculum with the room team"]),
            E("Cook", "Little Acorns Child Care Centre", "Birchmount, ON", "2019-01", "2020-07", "affecting", None,
              ["Cooked lunches and snacks for 70 children, allergy-aware menus"]),
            E("Camp Counsellor", "Camp Tamarack", "Lake Wendigo, ON", "2018-06", "2018-08", "facing", "education",
              ["Cabin counsellor for 10 campers aged 9-11; canoe and craft programs"], dtext="Summer 2018"),
            E("Library Page", "Birchmount Public Library", "Birchmount, ON", "2016-09", "2018-05", "affecting", None,
              ["Shelved returns and read shelves", "Pulled holds lists each morning"]),
        ], style="title_org", dates="month", sep=" – ", bullet="-"),
        X("Volunteer", [
            E("Reading Buddy", "Birchmount Public Library", "Birchmount, ON", "2017-01", "2018-04", "facing", "volunteering",
              ["Read one-on-one with a grade 2 child every Saturday"], section="volunteer", etype="volunteer"),
        ], style="title_org", dates="month", sep=" – ", bullet="-"),
        T("Education", "ECE Diploma, Lakeshore College (2020)"),
    ]))

# w019 — reportlab centred, US hospital support roles
RESUMES.append(dict(
    file="w019.pdf", engine="rl", layout="centred", letter=True,
    family="US hospital support worker (transport, EVS, CNA) applying to nursing school, reportlab centred header, 'Title – Employer, Town' lines",
    code="reportlab, centred/dash, mon / 'Present'",
    name="Luis Echeverría", contact=["Bayard Springs, TX", "(555) 016-2031", "luis.echeverria@mailbox.com"],
    blocks=[
        X("Experience", [
            E("Certified Nursing Assistant", "Bayard Springs Medical Center", "Bayard Springs, TX", "2023-04", "present",
              "facing", "healthcare_care", ["Vitals, bathing, ambulation and I&Os for 10-12 patients on med-surg",
                                            "Sitter for fall-risk and confused patients"]),
            E("Patient Transporter", "Bayard Springs Medical Center", "Bayard Springs, TX", "2021-09", "2023-03", "facing",
              "healthcare_care", ["Moved patients by wheelchair and stretcher to imaging and procedures"]),
            E("Environmental Services Technician", "Bayard Springs Medical Center", "Bayard Springs, TX", "2020-02", "2021-08",
              "affecting", None, ["Terminal cleans of discharged and isolation rooms",
                                  "Turned over OR suites between cases"]),
            E("Central Supply Tech", "Gulf Plains Surgical Hospital", "Harlan Bend, TX", "2018-10", "2020-01", "affecting",
              None, ["Stocked Pyxis and supply rooms for 4 units", "Delivered case carts to the OR"]),
            E("Dishwasher", "Bayou Grill & Oyster Bar", "Harlan Bend, TX", "2016-06", "2018-09", "affecting", None, []),
        ], style="dash", dates="mon", sep=" – ", bullet="•"),
        T("Education", ["Pre-nursing, Bayard Springs College (prerequisites complete)", "CNA, Texas, 2023"]),
        L("Skills", ["Bilingual English/Spanish", "Epic", "Hoyer lift", "BLS"], inline=True, join=" | "),
    ]))

# w020 — docx table per job, Australian academic
RESUMES.append(dict(
    file="w020.docx", layout="table",
    family="Australian nursing lecturer with sessional, research and marking work, Word borderless table per job",
    code="docx, table/title_org, month / 'Present'",
    name="Dr Fiona Castellanos", contact=["Mandalong QLD", "0400 555 871", "f.castellanos@mailbox.edu.au"],
    blocks=[
        T("Summary", "Nurse academic (PhD, RN) teaching clinical skills and evidence-based practice."),
        X("Academic Appointments", [
            E("Lecturer in Nursing", "Coral Coast University", "Mandalong QLD", "2021-02", "present", "facing", "education",
              ["Convene two undergraduate units (450 students) and teach clinical simulation labs",
               "Academic advisor to first-year students; consult times twice a week"]),
            E("Sessional Tutor", "Coral Coast University", "Mandalong QLD", "2016-07", "2020-12", "facing", "education",
              ["Tutorials and lab classes in Semester 1 and 2"]),
            E("Research Officer (casual)", "Coral Coast University – Centre for Rural Health", "Mandalong QLD", "2018-03",
              "2020-12", "none", None, ["Literature reviews, ethics applications and NVivo coding of interview data"],
              section="other"),
            E("External Examiner / Marker", "Pacific Nursing Board", None, "2022-01", "present", "affecting", None,
              ["Mark written components of the overseas-qualified nurse exam, two rounds a year"], etype="freelance"),
            E("Registered Nurse", "Mandalong Base Hospital", "Mandalong QLD", "2009-01", "2016-06", "facing",
              "healthcare_care", ["Emergency department, triage-trained from 2012"]),
        ], dates="month", sep=" – "),
        T("Qualifications", ["PhD (Nursing), Coral Coast University, 2021", "Graduate Certificate in Tertiary Teaching"]),
    ]))

# w021 — txt Indeed-style, US home health aide
RESUMES.append(dict(
    file="w021.txt",
    family="US home health aide, Indeed-style plain-text export, 'Month YYYY to Present', private caregiving and a dietary aide job",
    code="txt, plain/title_org, month / 'Present'",
    name="Tanisha Holloway", contact=["Greenbriar, GA", "tanisha.holloway@mailbox.com", "555-012-6640"],
    hstyle="plain", tsep="\n",
    blocks=[
        X("Work Experience", [
            E("Home Health Aide", "Comfort Keepers of Greenbriar", "Greenbriar, GA", "2022-01", "present", "facing",
              "healthcare_care", ["Bathing, toileting and light housekeeping for 4-5 clients a day",
                                  "Report changes in condition to the RN case manager"]),
            E("Private Caregiver", None, "Greenbriar, GA", "2019-06", "2021-12", "facing", "healthcare_care",
              ["Live-out caregiver for an elderly gentleman with Parkinson's, paid by the family",
               "Drove him to appointments and managed his pill organizer"], etype="freelance"),
            E("Dietary Aide", "Magnolia Terrace Nursing & Rehab", "Greenbriar, GA", "2017-03", "2019-05", "facing",
              "in_person_service", ["Took residents' meal choices at the bedside and passed trays",
                                    "Washed dishes and set up the dining room"]),
            E("Meals on Wheels Volunteer Driver", "Greenbriar Senior Services", "Greenbriar, GA", "2020-03", "2021-06",
              "facing", "volunteering", ["Delivered hot meals and did a quick wellness check at each door"],
              section="volunteer", etype="volunteer"),
        ], style="title_org", dates="month", sep=" to ", bullet=""),
        T("Education", "High school diploma, Greenbriar High School"),
        T("Certifications and Licenses", ["CNA, Georgia - expires 2027", "CPR/First Aid"]),
    ]))

# w022 — fpdf2 left, UK pharmacy
RESUMES.append(dict(
    file="w022.pdf", engine="fpdf", layout="left",
    family="UK pharmacy dispenser and foundation trainee pharmacist, fpdf2 left-aligned header, title with right-aligned dates",
    code="fpdf2, left/title_org, mon / 'Present'",
    name="Imran Choudhury MPharm", contact=["Lyndhurst Grove, Castlebrook", "07700 900467", "imran.choudhury@mailbox.co.uk"],
    blocks=[
        T("Profile", "MPharm graduate finishing my foundation year, with five years behind the counter and in the dispensary."),
        X("Experience", [
            E("Foundation Trainee Pharmacist", "Castlebrook Community Pharmacy", "Castlebrook", "2025-07", "present",
              "facing", "healthcare_care", ["New Medicine Service and Pharmacy First consultations in the consultation room",
                                            "Clinical checks and accuracy checks of prescriptions"],
              etype="internship"),
            E("Dispenser", "MedHub Central Fulfilment", "Castlebrook", "2022-09", "2025-06", "affecting", None,
              ["Hub-and-spoke dispensing: labelled and assembled repeat prescriptions for 40 branches",
               "Resolved owings and stock queries with branch teams by email"]),
            E("Medicines Counter Assistant (weekends)", "Castlebrook Community Pharmacy", "Castlebrook", "2020-01",
              "2022-08", "facing", "healthcare_care", ["WWHAM questions for over-the-counter sales; referred to the pharmacist",
                                                        "Handed out prescriptions and took payments"]),
            E("Pharmacy Delivery Driver", "Castlebrook Community Pharmacy", "Castlebrook", "2019-06", "2019-12", "facing",
              "in_person_service", ["Delivered medicines to housebound patients and got signatures for controlled drugs"]),
            E("Summer Placement Student – Quality Control Lab", "Pharmaforge Ltd", "Castlebrook", "2023-06", "2023-08",
              "none", None, ["Stability testing of tablet batches by HPLC and dissolution", "Wrote up results in the LIMS"],
              section="other", etype="internship", dtext="Summer 2023"),
        ], style="title_org", dates="mon", sep=" – ", bullet="•"),
        T("Education", "MPharm (Hons) 2:1, University of Castlebrook, 2025"),
        L("Languages", ["English", "Bengali (Sylheti)", "Urdu"], inline=True),
    ]))

# w023 — docx header, Canadian social worker
RESUMES.append(dict(
    file="w023.docx", layout="header",
    family="Canadian child-protection social worker, name and contact in the Word page header, employer line first then title",
    code="docx, header/org_title, yyyy-mm / 'Present'",
    name="Harpreet Sandhu-Wilcox, MSW, RSW", contact=["Cranberry Flats, BC", "(555) 018-5527", "h.sandhu.wilcox@mailbox.ca"],
    blocks=[
        X("Professional Experience", [
            E("Child Protection Social Worker", "Fraserview Child & Family Services", "Cranberry Flats, BC", "2019-11",
              "present", "facing", "healthcare_care",
              ["Investigate reports and complete safety assessments in family homes",
               "Court reports and case conferences", "Caseload of 18-22 families"]),
            E("After-Hours Intake Worker (casual)", "Fraserview Child & Family Services", "Cranberry Flats, BC", "2018-04",
              "2019-10", "facing", "contact_center", ["Took after-hours reports by phone from police, schools and the public"]),
            E("Youth Worker", "Harbour Lights Youth Drop-In", "Port Selkirk, BC", "2014-05", "2018-03", "facing",
              "other_facing", ["Drop-in, outreach and life-skills groups for street-involved youth"]),
            E("Bookkeeper (part-time)", "Harbour Lights Youth Drop-In", "Port Selkirk, BC", "2016-01", "2018-03", "none",
              None, ["Weekly bookkeeping in QuickBooks and grant expense claims"]),
            E("Policy Analyst (co-op)", "BC Ministry of Children – regional office", "Port Selkirk, BC", "2013-01", "2013-08",
              "none", None, ["Drafted briefing notes and summarised legislation changes"], section="other",
              etype="internship"),
        ], style="org_title", dates="yyyy-mm", sep=" — ", osep=" | ", bullet="-"),
        T("Education", ["MSW, University of the Fraser Valley Coast, 2019", "BSW, 2013"]),
    ]))

# w024 — md, Irish SNA
RESUMES.append(dict(
    file="w024.md",
    family="Irish special needs assistant and GAA coach in Markdown, bold title line with employer and dates, school-year dates",
    code="md, bold/title_org, mon / 'Present'",
    name="Siobhán Ní Bhriain", contact=["Ardnacrusha Upper, Co. Kilmoran", "086 555 4017", "siobhan.nb@mailbox.ie"],
    mdt="bold",
    blocks=[
        X("Employment", [
            E("Special Needs Assistant", "Scoil Naomh Bríd", "Ardnacrusha Upper", "2018-09", "present", "facing", "education",
              ["Care needs of three children in an autism class: toileting, feeding, movement breaks",
               "Bus escort on the school run"]),
            E("School Secretary (job share)", "Scoil Naomh Bríd", "Ardnacrusha Upper", "2016-09", "2018-06", "facing",
              "in_person_service", ["Front office: parents, visitors, phones and Aladdin attendance"]),
            E("Exam Superintendent", "State Examinations Commission", None, "2024-06", "2024-06", "facing", "other_facing",
              ["Supervised a Leaving Cert exam centre"], dtext="June 2024"),
            E("Accounts Clerk", "Kilmoran Co-op Mart", "Kilmoran", "2009-03", "2016-08", "none", None,
              ["Purchase ledger, supplier statements and VAT returns"]),
        ], style="title_org", dates="mon", sep=" – ", bullet="-"),
        X("Volunteering", [
            E("Underage Coach", "Ardnacrusha Gaels GAA", None, "2015", "present", "facing", "volunteering",
              ["Coach the U-10 girls' football team two evenings a week"], prec="year", section="volunteer",
              etype="volunteer"),
        ], style="title_org", dates="mon", sep=" – ", bullet="-"),
        T("Training", "QQI Level 5 Special Needs Assisting; Children First; Manual handling"),
    ]))

# w025 — reportlab twocol, US college student services
RESUMES.append(dict(
    file="w025.pdf", engine="rl", layout="twocol", letter=True,
    family="US community-college student-services professional, reportlab two-column header, employer heading with roles beneath",
    code="reportlab, twocol/orgfirst, mon / 'Present'",
    name="Jordan Whitlock-Abara", contact=["Pine Harbor, MI", "(555) 011-9094", "jwhitlock.abara@mailbox.com"],
    blocks=[
        T("Summary", "Seven years in community-college student services: advising, financial aid and tutoring. "
                     "First-generation graduate myself."),
        X("Experience", [
            E("Academic Advisor", "Lakeview Community College", "Pine Harbor, MI", "2022-08", "present", "facing", "education",
              ["Caseload of 350 first-year and returning adult students; degree plans and registration holds",
               "Walk-in advising during the first two weeks of each semester"]),
            E("Financial Aid Processor", "Lakeview Community College", "Pine Harbor, MI", "2019-10", "2022-07", "affecting",
              None, ["Verified FAFSA documents and packaged aid awards", "Processed Satisfactory Academic Progress appeals"]),
            E("Tutoring Center Coordinator", "Great Lakes Literacy Council", "Pine Harbor, MI", "2017-06", "2019-09",
              "facing", "education", ["Scheduled 40 volunteer tutors and matched them with adult learners",
                                      "Ran intake interviews and reading assessments with new learners"]),
            E("Resident Assistant", "Northwoods State University", "Marquette Ridge, MI", "2015-08", "2017-05", "facing",
              "other_facing", ["Lived on a floor of 42 first-year students; floor programs and on-call duty"],
              section="other"),
            E("Data Entry Clerk (temp)", "Pine Harbor Staffing", "Pine Harbor, MI", "2015-05", "2015-08", "none", None, []),
        ], style="orgfirst", dates="mon", sep=" – ", bullet="•"),
        T("Education", ["M.A. Higher Education Administration, Northwoods State University (2019)",
                        "B.A. Psychology (2017)"]),
        L("Skills", ["Banner", "Navigate", "PowerFAIDS", "Spanish (conversational)"], inline=True),
    ]))

# w026 — docx sidebar, South African community health
RESUMES.append(dict(
    file="w026.docx", layout="sidebar", sidefill="E2EFDA",
    family="South African community health worker and lay counsellor, Word two-column layout table with shaded sidebar, 'till date'",
    code="docx, sidebar/title_org, month / 'till date'",
    name="Nomvula Dlamini", contact=["Ext 4, Kwa-Thembalethu", "072 555 0918", "nomvula.dlamini@mailbox.co.za"],
    side=[L("Personal details", ["ID: available on request", "Driver's licence: Code 08", "Languages: isiZulu, English, Sesotho"],
            bullet=""),
          L("Skills", ["HIV testing services", "TB screening", "Tier.Net data capture", "Home visits"], bullet="•")],
    blocks=[
        T("Career objective", "To grow as a community health professional and study towards nursing."),
        X("Work experience", [
            E("Community Health Worker", "Thembalethu Ward-Based Outreach Team", "Kwa-Thembalethu", "2021-04", "present",
              "facing", "healthcare_care", ["Door-to-door household visits: screening, referrals and adherence support",
                                            "Follow up mothers and babies after delivery"]),
            E("HIV Lay Counsellor", "Ikhaya Lethemba NGO", "Kwa-Thembalethu", "2018-02", "2021-03", "facing", "healthcare_care",
              ["Pre- and post-test counselling at the clinic and mobile unit"]),
            E("Data Capturer", "Thembalethu Community Health Centre", "Kwa-Thembalethu", "2016-06", "2018-01", "affecting",
              None, ["Captured patient visits and lab results into Tier.Net", "Filed patient folders"]),
            E("Learnership – Health Promotion Officer", "Department of Health (District office)", None, "2015-02", "2016-01",
              "none", None, ["NQF 5 learnership; classroom and office-based assignments"], etype="internship"),
        ], style="title_org", dates="month", present="till date", sep=" – ", bullet="•"),
        T("Education", "Matric 2014, Thembalethu Secondary School"),
        T("References", ["Sr. P. Mokoena, Outreach Team Leader — 072 555 0102"]),
    ]))

# w027 — txt, UK activities / sport, caps employer headings
RESUMES.append(dict(
    file="w027.txt",
    family="UK sports coach and care-home activities coordinator, plain text with caps employer headings and roles beneath, year-only dates",
    code="txt, caps/orgfirst, yyyy / 'Present'",
    name="Ryan Fairclough", contact=["Mossley Bridge", "07700 900299", "ryanfairclough@mailbox.co.uk"],
    hstyle="caps", tsep=" ... ",
    blocks=[
        T("About me", "Sports coaching graduate. I've coached kids, run a charity shop and now plan activities for "
                      "older people, and I'm looking for a wellbeing role in the NHS."),
        X("Employment", [
            E("Activities Coordinator", "WILLOWBANK CARE HOME", "Mossley Bridge", "2023", "present", "facing",
              "healthcare_care", ["Plan and lead daily activities, chair exercise and outings for 48 residents",
                                  "One-to-one sessions with residents who stay in their rooms"], prec="year"),
            E("Assistant Shop Manager", "KINDRED HEARTS CHARITY SHOP", "Mossley Bridge", "2021", "2022", "facing",
              "in_person_service", ["Ran the till and shop floor with a team of 12 volunteers", "Gift Aid sign-ups"],
              prec="year"),
            E("Community Sports Coach", "MOSSLEY BRIDGE FOOTBALL IN THE COMMUNITY", "Mossley Bridge", "2018", "2020",
              "facing", "education", ["After-school football and multi-sports in 9 primary schools", "Holiday camps"],
              prec="year"),
            E("Match-day Steward", "MOSSLEY BRIDGE FOOTBALL IN THE COMMUNITY", "Mossley Bridge", "2016", "2018", "facing",
              "other_facing", [], prec="year", etype="paid"),
            E("Warehouse Picker", "PARCELPOINT FULFILMENT", "Mossley Bridge", "2014", "2016", "affecting", None,
              ["Picked and packed online orders on nights", "Scanner picking, 120 lines an hour"], prec="year"),
        ], style="orgfirst", dates="year", sep=" - ", bullet="-"),
        T("Qualifications", ["BSc Sports Coaching, 2018", "FA Level 2 Coaching", "DBS (enhanced)"]),
    ]))

# w028 — fpdf2 sidebar, UK libraries
RESUMES.append(dict(
    file="w028.pdf", engine="fpdf", layout="sidebar", sidecolor=(236, 228, 214), hcolor=(110, 60, 20),
    family="UK public-library supervisor with cataloguing and archive volunteering, fpdf2 shaded left sidebar",
    code="fpdf2, sidebar/title_org, month / 'Present'",
    name="Eleanor Vasquez-Pryce", contact=["Harrowdene", "07700 900745", "eleanor.vp@mailbox.co.uk"],
    side=[L("Skills", ["Spydus LMS", "Reader development", "Code clubs", "Rhyme time"], bullet="•"),
          L("Education", ["MA Library & Information Studies (2012)", "BA History (2010)"], bullet="")],
    blocks=[
        T("Profile", "Library supervisor who likes busy buildings: code clubs, job clubs, rhyme time and the odd "
                     "difficult conversation at the desk."),
        X("Experience", [
            E("Library Supervisor", "Harrowdene Libraries", "Central Library", "2019-04", "present", "facing",
              "in_person_service", ["Run the customer desk rota and deal with complaints and incidents",
                                    "Lead the weekly job club and digital help sessions"]),
            E("Library Assistant", "Harrowdene Libraries", "Southgate Branch", "2014-02", "2019-03", "facing",
              "in_person_service", ["Issues and returns, reservations, public PCs", "Delivered rhyme time twice a week"]),
            E("Stock & Cataloguing Assistant", "Harrowdene Libraries", "Bibliographic Services", "2012-09", "2014-01",
              "affecting", None, ["Catalogued and processed new stock in a back-office team",
                                  "Prepared stock rotation boxes for 14 branches"]),
            E("Archive Volunteer", "Harrowdene Local Studies Archive", None, "2010-10", "2012-08", "affecting", None,
              ["Listed and repackaged parish records for the online catalogue"], section="volunteer", etype="volunteer"),
            E("Home Library Service Volunteer", "Harrowdene Libraries", None, "2021-01", "present", "facing", "volunteering",
              ["Deliver books monthly to four housebound readers and choose titles with them"], section="volunteer",
              etype="volunteer"),
        ], style="title_org", dates="month", sep=" – ", bullet="▪"),
    ]))

# w029 — docx tabs, US medical laboratory
RESUMES.append(dict(
    file="w029.docx", layout="tabs",
    family="US medical laboratory technician with blood-donor work, Word tab-stop dates, title line then lab line, '20-style dates",
    code="docx, tabs/title_org, apos / 'Present'",
    name="Aaliyah Brandt, MLT(ASCP)", contact=["Coopersville, IN", "(555) 015-3368", "aaliyah.brandt@mailbox.com"],
    blocks=[
        T("Summary", "MLT(ASCP) with hematology and blood bank experience in a 200-bed hospital and a donor center."),
        X("Experience", [
            E("Medical Laboratory Technician", "Coopersville Regional Hospital Laboratory", "Coopersville, IN", "2021-06",
              "present", "affecting", None, ["Run CBCs, coags and urinalysis on the evening shift",
                                             "Crossmatch and issue blood products; call critical values to nurses"]),
            E("Donor Care Specialist", "Heartland Blood Center", "Coopersville, IN", "2019-02", "2021-05", "facing",
              "healthcare_care", ["Screened donors, checked hemoglobin and performed venipuncture",
                                  "Watched donors in recovery and handled reactions"]),
            E("Histology Aide", "Wabash Valley Pathology Associates", "Terre Glen, IN", "2017-08", "2019-01", "affecting",
              None, ["Grossing support, embedding and slide filing"]),
            E("Research Technician", "Indiana Prairie University – Dept. of Biology", "Terre Glen, IN", "2016-01", "2017-07",
              "none", None, ["Maintained mouse colonies and ran PCR genotyping"]),
        ], style="title_org", dates="apos", sep=" – ", bullet="•"),
        T("Education", "A.S. Medical Laboratory Technology, Coopersville Community College, 2016"),
    ]))

# w030 — html, NZ school support staff
RESUMES.append(dict(
    file="w030.html",
    family="New Zealand school support staff CV saved as HTML, 'Title | Employer | Town' lines, teacher aide to school office",
    code="html, h2/pipe, mon / 'Present'",
    name="Rangi Whaanga-Scott", contact=["Tōtara Flat", "027 555 6612", "rangi.ws@mailbox.co.nz"],
    blocks=[
        T("Profile", "School support staff member of 11 years: classroom, office and IT. Happy to help anyone with anything."),
        X("Work History", [
            E("ICT Technician", "Tōtara Flat College", "Tōtara Flat", "2022-02", "present", "facing", "internal_support",
              ["Helpdesk for 60 staff: laptops, printers, Google Workspace accounts",
               "Set up devices for new students at the start of each term"]),
            E("School Business Manager", "Tōtara Flat Primary", "Tōtara Flat", "2018-01", "2022-01", "none", None,
              ["Budgets, payroll (EdPay) and board of trustees finance reports", "Property and maintenance contracts"]),
            E("School Office Administrator", "Tōtara Flat Primary", "Tōtara Flat", "2015-07", "2017-12", "facing",
              "in_person_service", ["Reception for parents and visitors, sick bay, absences line"]),
            E("Teacher Aide", "Kererū Valley School", "Kererū Valley", "2013-02", "2015-06", "facing", "education",
              ["Supported ORS-funded students in class", "Reading Recovery support groups"]),
            E("Science Technician (part-time)", "Tōtara Flat College", "Tōtara Flat", "2011-02", "2013-01", "affecting",
              None, ["Prepared practicals and chemicals for junior and senior science classes"]),
        ], style="pipe", dates="mon", sep=" – ", bullet="•"),
        T("Qualifications", "NZ Certificate in Information Technology Essentials (L4); First Aid"),
    ]))
