"""Résumés w016–w030 (written by hand; one dict per résumé)."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    id="w016", ext="html", renderer="html", opts={},
    family="Australian instrumental music teacher, HTML résumé, self-employed studio alongside school contracts, prose duties",
    layout="html, h3/dash, month / 'Current'",
    name="Eleanor Fitzgibbon",
    contact=["Toowong QLD 4066", "0433 081 227", "eleanor@mailbox.com.au", "Blue Card holder"],
    summary_head="About",
    summary=("Pianist and piano/theory teacher (AMusA, BMus) with a full private studio and two school contracts. "
             "Students from age five to adult, AMEB exams to HSC/QCE performance."),
    st=dict(entry="dash", dates="month", sep=" – ", present="Current"),
    sections=[
        ("Teaching", [
            E("Piano & Theory Teacher", "Fitzgibbon Piano Studio", "Toowong QLD", "2016-02", "present", "facing", "education", [
                "I teach 32 weekly students from my home studio and prepare them for AMEB exams and eisteddfods.",
                "I also handle enrolments, term invoices and the end-of-year concert."], etype="freelance", prose=True),
            E("Instrumental Music Tutor (Piano)", "St Brendan's College", "Indooroopilly QLD", "2019-01", "present", "facing", "education", [
                "Thursday and Friday lessons in school time for about 18 students, with a written report each semester",
                "Accompany the junior choir at assemblies"]),
            E("Staff Accompanist (casual)", "Queensland Conservatorium Preparatory Program", "South Brisbane QLD", "2014-03", "2016-11", "facing", "education", [
                "Rehearsed with and accompanied instrumentalists and singers in exams and recitals"]),
        ]),
        ("Other employment", [
            E("Sales Assistant – Print Music & Pianos", "Allans Keys & Strings", "Brisbane QLD", "2012-06", "2015-12", "facing", "in_person_service", [
                "Helped teachers and parents find exam books and advised on digital pianos; ran the sheet-music counter on Saturdays"]),
        ]),
        ("Qualifications", ["Bachelor of Music (Performance), 2013", "AMusA Piano, 2009", "Working with Children Check (Blue Card)"]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    id="w017", ext="txt", renderer="txt", opts=dict(caps=True, capsname=True, contact_lines=True, bindent="   "),
    family="South African youth worker CV pasted as text, caps headings, employer in capitals with roles beneath, year-only volunteer role",
    layout="txt, plain/orgfirst, month / year / 'Present'",
    name="Sipho Mabaso",
    contact=["Cell: 083 555 6612", "E-mail: siphomabaso@mailbox.co.za", "Khayelitsha, Cape Town", "ID: available on request"],
    summary_head="Career Objective",
    summary="To grow in youth development and make a difference in the lives of young people in my community.",
    st=dict(entry="orgfirst", orgcaps=True, dates="month", sep=" - ", present="Present", bullet="•"),
    sections=[
        ("Employment History", [
            E("Youth Development Facilitator", "Ikhwezi Youth Futures NPC", "Khayelitsha", "2022-03", "present", "facing", "education", [
                "Facilitate life skills and job readiness workshops for groups of 15-25 young people (18-30)",
                "One-on-one mentoring and follow-up calls after placements",
                "Capture attendance and outcomes on the funder's system"]),
            E("Programme Assistant", "Ikhwezi Youth Futures NPC", "Khayelitsha", "2020-02", "2022-02", "affecting", None, [
                "Prepared workshop venues and materials, printed certificates",
                "Captured registration forms and compiled monthly reports for funders"]),
            E("Data Capturer (contract)", "Western Cape Dept of Social Development – Metro East Office", "Cape Town", "2018-05", "2019-10", "none", None, [
                "Captured beneficiary records from paper files", "Scanning and filing"]),
        ]),
        ("Community Involvement", [
            E("Volunteer Sports Coach", "Lingelethu Junior Football Club", "Khayelitsha", "2016", "present", "facing", "volunteering", [
                "Coach U13 team twice a week and on Saturdays"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["National Certificate: Youth Development (NQF 4), 2019", "Matric, Esangweni Secondary, 2015"]),
        ("Skills", ["Facilitation", "MS Office", "Driver's licence (Code 08)", "isiXhosa, English, Afrikaans"]),
        ("References", ["Ms N. Jacobs - Programme Manager, Ikhwezi Youth Futures - 021 555 0877"]),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    id="w018", ext="pdf", renderer="pdf-rl", opts=dict(layout="twocolhead", letter=True, accent=(0.1, 0.35, 0.3)),
    family="US community-college student services advisor, reportlab two-column header (name left, contact right)",
    layout="reportlab, twocolhead/title_org, mm/yyyy / 'Present'",
    name="Alicia Ramírez-Dunn", headline="Student Services | Advising | Enrollment",
    contact=["Tucson, AZ 85705", "(520) 555-0163", "a.ramirezdunn@mailbox.com", "Bilingual English / Spanish"],
    summary=None,
    st=dict(entry="title_org", dates="mm/yyyy", sep=" – ", present="Present", bullet="•"),
    sections=[
        ("Professional Experience", [
            E("Student Services Advisor", "Sonoran Valley Community College", "Tucson, AZ", "2022-01", "present", "facing", "in_person_service", [
                "Advise walk-in and appointment students on admission steps, placement, registration holds and course selection",
                "Run new-student orientation sessions in English and Spanish",
                "Refer students to tutoring, counseling and basic-needs resources; document contacts in the CRM"]),
            E("Admissions Processor", "Sonoran Valley Community College", "Tucson, AZ", "2019-08", "2021-12", "affecting", None, [
                "Processed online applications and residency documents, evaluated transcripts",
                "Cleared duplicate records and batch-loaded high-school dual-enrollment files"]),
            E("Financial Aid Call Center Representative", "Desert Mesa University", "Tucson, AZ", "2017-05", "2019-07", "facing", "contact_center", [
                "Answered 60–80 calls a day on FAFSA status, verification and disbursement",
                "Escalated appeals to counselors; met call-quality standards"]),
            E("Resident Assistant", "Desert Mesa University Housing", "Tucson, AZ", "2015-08", "2017-05", "facing", "other_facing", [
                "RA for a floor of 48 first-year students; programs, roommate mediation, on-call duty"], section="other"),
        ]),
        ("Education", ["B.A. Sociology, Desert Mesa University, 2017"]),
        ("Skills", ["Ellucian Banner", "Salesforce Education Cloud", "FERPA", "Bilingual advising"]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    id="w019", ext="docx", renderer="docx", opts=dict(layout="sidebar", sidefill="E8E4F0", after=1),
    family="UK semi-retired office manager now an exam invigilator and midday supervisor, Word two-column layout table with shaded sidebar",
    layout="docx, sidebar/dateline, mon / 'Present'",
    name="Margaret Ellison", headline="Exam invigilation and school support – term-time, flexible",
    contact=["Burnside, Kendlemere", "01632 960 417", "07700 900 283", "maggie.ellison@mailbox.co.uk"],
    side=[("Skills", ["Calm under pressure", "JCQ regulations", "Word, Excel, Outlook", "First aid (EFAW)"]),
          ("Interests", ["Bridge club", "Grandchildren", "Parish council (co-opted member)"])],
    summary=None,
    st=dict(entry="dateline", dates="mon", sep=" - ", present="Present", bullet="–"),
    sections=[
        ("Recent work", [
            E("Exam Invigilator (casual)", "Kendlemere High School", "Kendlemere", "2021-05", "present", "facing", "education", [
                "Invigilate GCSE and A level sessions for up to 180 candidates in the sports hall",
                "Check candidates in, seat them, read the start instructions and deal with emergencies or suspected malpractice",
                "Access arrangements rooms: reader and prompter for candidates with extra time"], etype="paid"),
            E("Midday Supervisor", "Burnside Infant & Nursery School", "Burnside", "2020-01", "present", "facing", "education", [
                "Lunchtimes five days a week, dinner hall and playground"]),
        ]),
        ("Earlier career", [
            E("Office Manager", "Pritchard & Lowe Solicitors", "Kendlemere", "2003-02", "2019-12", "none", None, [
                "Ran the office for a practice of nine fee earners: staffing, rotas, suppliers and IT contracts",
                "Payroll input, petty cash, purchase ledger", "Archive and file retention policy"]),
            E("Legal Secretary", "Pritchard & Lowe Solicitors", "Kendlemere", "1996-09", "2003-01", "affecting", None, [
                "Audio typing of conveyancing and probate correspondence and completion statements"]),
        ]),
        ("Training", ["JCQ invigilator training (annual)", "Safeguarding in schools, Level 1"]),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    id="w020", ext="md", renderer="md", opts=dict(eh="bold", bullet="-"),
    family="Canadian nanny and early childhood assistant in Markdown, bold title line with employer and italic dates, numeric dates",
    layout="md, bold/dash, yyyy-mm / 'present'",
    name="Mariel Santos",
    contact=["Surrey, BC", "604-555-0129", "mariel.santos@mailbox.ca"],
    summary_head="Profile",
    summary=("Early Childhood Assistant (ECE Assistant certificate, BC). Six years as a live-out nanny and daycare "
             "assistant. Infant/toddler experience, First Aid with CPR level C, criminal record check cleared."),
    st=dict(entry="dash", dates="yyyy-mm", sep=" to ", present="present"),
    sections=[
        ("Work Experience", [
            E("Early Childhood Assistant", "Sunnybrook Little Learners Daycare", "Surrey, BC", "2024-03", "present", "facing", "education", [
                "Infant/toddler room (up to 36 months), ratio 1:4",
                "Diapering, bottle feeds, nap routines, sensory play",
                "Daily reports to parents on the HiMama app and at pick-up"]),
            E("Nanny (live-out)", "Private family (Whitfield)", "Vancouver, BC", "2020-06", "2024-02", "facing", "education", [
                "Cared for a newborn through preschool, then his baby sister",
                "Meal prep, outings to library story time, toilet training, kept the family's schedule",
                "Light housekeeping related to the children"]),
            E("Cashier", "Shoppers Drug Mart Guildford", "Surrey, BC", "2019-02", "2020-05", "facing", "in_person_service", []),
            E("Kitchen Helper", "Golden Lotus Restaurant", "Surrey, BC", "2018-06", "2019-01", "affecting", None, [
                "Dishwashing and prep, part-time evenings"]),
        ]),
        ("Education", ["ECE Assistant Certificate – Fraser Crossing College, 2023",
                       "BS Psychology (2016) – University of the Visayas, Philippines (assessed by ICES)"]),
        ("References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    id="w021", ext="pdf", renderer="pdf-fpdf", opts=dict(layout="left", capsheads=True, dotcontact=True),
    family="UK student with holiday camp and leisure jobs, fpdf2 left-aligned header, seasons and short overlapping jobs",
    layout="fpdf2, left/pipe, season / mon / 'Present'",
    name="Callum Reid",
    contact=["Harrowgate Road, Elmsfield", "07822 113 905", "callum.reid04@mailbox.co.uk"],
    summary_head="About me",
    summary=("Sports Science student (2nd year) at Elmsfield University. Looking for holiday camp and leisure work "
             "for Easter and summer 2027. NPLQ lifeguard, FA Playmaker, DBS checked."),
    st=dict(entry="pipe", dates="mon", sep=" – ", present="Present", bullet="-"),
    sections=[
        ("Experience", [
            E("Camp Coordinator", "Kidzone Holiday Camps", "Elmsfield", "2026-07", "2026-08", "facing", "education", [
                "Ran a site of 90 children aged 5–12 and a team of 11 staff",
                "Parent sign-in and collection, incidents and accident forms, phone calls home",
                "Daily staff briefing and activity timetable"], text="Summer 2026"),
            E("Activity Instructor", "Kidzone Holiday Camps", "Elmsfield", "2025-07", "2025-08", "facing", "education", [
                "Led multi-sports, dodgeball and team games for groups of 15"], text="Summer 2025"),
            E("Lifeguard (casual)", "Elmsfield Leisure Centre", "Elmsfield", "2024-10", "present", "facing", "other_facing", [
                "Poolside supervision in public swims and school lessons, rescue and first aid cover"]),
            E("Bar Staff", "The Plough & Harrow", "Elmsfield", "2023-12", "2024-09", "facing", "in_person_service", [
                "Served drinks and ran food out on busy Friday and Saturday nights"]),
        ]),
        ("Education", ["BSc Sports Science (Year 2), Elmsfield University", "A levels: PE (A), Biology (B), Psychology (B)"]),
        ("Certificates", ["NPLQ (2024)", "FA Playmaker", "Outdoor First Aid"]),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    id="w022", ext="docx", renderer="docx", opts=dict(layout="styles", italic_dates=True),
    family="US school secretary with a long district career, Word heading styles and list bullets, right tab-stop dates",
    layout="docx, styles/org_title, m/yyyy / 'Current'",
    name="Patricia A. Lindqvist",
    contact=["Eau Claire, WI 54701", "715-555-0151", "patti.lindqvist@mailbox.com"],
    summary_head="Professional Profile",
    summary=("School secretary with 22 years in K-12 districts. Front office, attendance, enrollment and a few years "
             "behind the scenes in district payroll. I know most families by name and can run an office on a snow day."),
    st=dict(entry="org_title", dates="m/yyyy", sep=" – ", present="Current"),
    sections=[
        ("Work History", [
            E("Building Secretary", "Chippewa Bluffs Middle School, Eau Claire Area Schools", "Eau Claire, WI", "2015-08", "present",
              "facing", "in_person_service", [
                  "Front desk for a 700-student school: visitors, parents, late passes, lost lunches and phone lines",
                  "Enrollment and withdrawal paperwork, records requests, Skyward updates",
                  "Principal's calendar, staff absences and substitute placement"]),
            E("Payroll Clerk", "Eau Claire Area Schools – District Office", "Eau Claire, WI", "2011-01", "2015-07", "none", None, [
                "Bi-weekly payroll for 1,100 employees; time entry audits, leave balances, W-2 reconciliation"]),
            E("Attendance Clerk", "Memorial High School", "Eau Claire, WI", "2004-08", "2010-12", "facing", "contact_center", [
                "Took the absence line every morning and called home on unexcused absences",
                "Issued passes to students at the attendance window"]),
            E("Receptionist", "Lakeside Family Dental", "Altoona, WI", "2000-05", "2004-07", "facing", "in_person_service", [
                "Checked patients in and out, scheduled appointments, verified insurance"]),
        ]),
        ("Education", ["Associate Degree, Administrative Professional – Chippewa Valley Technical College"]),
        ("Skills", ["Skyward SIS", "Infinite Campus", "Microsoft 365", "Notary Public (WI)"]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    id="w023", ext="txt", renderer="txt", opts=dict(caps=False, underline="~", contact_lines=True),
    family="Australian OSHC coordinator résumé as plain text, 'to Current', NDIS support work, undated volunteering",
    layout="txt, plain/inline, month / 'Current' / undated",
    name="Jessica McAllister",
    contact=["Mob: 0401 555 771", "Email: jess.mcallister@mailbox.com.au", "Mackay QLD 4740"],
    summary_head="Career Summary",
    summary=("Outside School Hours Care coordinator with 7 years in OSHC and vacation care. Diploma of School Age "
             "Education and Care. Also do weekend NDIS support work."),
    st=dict(entry="inline", dates="month", sep=" to ", present="Current", bullet="-"),
    sections=[
        ("Employment", [
            E("OSHC Coordinator", "Camp Australia Frankston Rd site", "Mackay QLD", "2022-01", "present", "facing", "education", [
                "Run before and after school care and vacation care for up to 60 children",
                "Rostering of 6 educators, programming, NQS and regulatory compliance",
                "First contact for families on bookings, fees and behaviour concerns"]),
            E("OSHC Educator", "Camp Australia Frankston Rd site", "Mackay QLD", "2019-07", "2021-12", "facing", "education", []),
            E("Disability Support Worker (casual)", "Pioneer Community Supports", "Mackay QLD", "2021-03", "present", "facing", "healthcare_care", [
                "Weekend community access and personal care for two NDIS participants",
                "Case notes and shift reports in ShiftCare"]),
            E("Crew Member", "Hungry Jack's Mt Pleasant", "Mackay QLD", "2016-10", "2019-06", "facing", "in_person_service", [
                "Front counter and drive-thru, closing shifts"]),
            E("Parent helper - reading", "Andergrove State School", "Mackay QLD", None, None, "facing", "volunteering", [
                "Listen to Prep and Year 1 readers one morning a week"], section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["Diploma of School Age Education and Care", "Blue Card (Working with Children)",
                            "NDIS Worker Screening Check", "HLTAID012 Provide First Aid in an education and care setting"]),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    id="w024", ext="pdf", renderer="pdf-rl", opts=dict(layout="single", letter=True, centre=True, italic_sub=True, capsheads=False),
    family="US aquatics coordinator, Word-to-PDF letter size, centred header, org line first then title, pool plant role",
    layout="reportlab, single/org_title, MON / 'Present'",
    name="Tyler J. Brandt",
    contact=["Boise, ID 83706", "208-555-0117", "tylerbrandt.swim@mailbox.com"],
    summary=None,
    st=dict(entry="org_title", dates="MON", sep=" – ", present="PRESENT", bullet="•"),
    sections=[
        ("Experience", [
            E("Aquatics Coordinator", "Treasure Valley YMCA – Westside Branch", "Boise, ID", "2022-04", "present", "facing", "education", [
                "Schedule 40 swim instructors and lifeguards; run lifeguard certification courses",
                "Teach adult learn-to-swim and a Wednesday stroke clinic",
                "Handle parent questions and complaints about lesson placement"]),
            E("Pool Operator", "Treasure Valley YMCA – Westside Branch", "Boise, ID", "2020-09", "2022-03", "none", None, [
                "Chemical testing and balancing, filter backwash, pump room logs",
                "Early-morning shifts before opening; winter shutdown maintenance"]),
            E("Swim Instructor", "Riverside Swim School", "Boise, ID", "2017-06", "2020-08", "facing", "education", [
                "Group and private lessons ages 3 to adult"]),
            E("Lifeguard", "City of Boise Parks & Recreation", "Boise, ID", "2015-06", "2017-08", "facing", "other_facing", []),
        ]),
        ("Certifications", ["Lifeguard Instructor, Water Safety Instructor", "Certified Pool/Spa Operator (CPO)", "CPR/AED for Professional Rescuers"]),
        ("Education", ["B.S. Kinesiology, Boise Plains State University, 2019"]),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    id="w025", ext="html", renderer="html", opts={},
    family="Indian Montessori teacher résumé as HTML, title-company-place line with dates, back-office and home tuition roles",
    layout="html, h3/pipe, mon / 'to date'",
    name="Farheen Qureshi",
    contact=["Banjara Hills, Hyderabad - 500034", "+91 90000 41 772", "farheen.q@mailbox.in"],
    summary_head="Objective",
    summary=("Trained Montessori directress seeking a position as pre-primary teacher or daycare coordinator in a "
             "reputed school."),
    st=dict(entry="pipe", dates="mon", sep=" - ", present="to date"),
    sections=[
        ("Experience", [
            E("Daycare Coordinator", "Little Petals Preschool & Daycare", "Hyderabad", "2023-04", "present", "facing", "education", [
                "In-charge of the daycare wing (40 children, 1.5 to 10 years) after school hours",
                "Parent orientation, daily diary and fee follow-up; supervising 4 caregivers and 2 ayahs",
                "Planning activities, hygiene and meal schedule"]),
            E("Montessori Directress", "Little Petals Preschool & Daycare", "Hyderabad", "2019-06", "2023-03", "facing", "education", [
                "Class teacher for Casa (3-6 years) with 22 children",
                "Presentations in practical life, sensorial and language areas; observation records"]),
            E("Home Tutor", None, "Hyderabad", "2017-01", "2019-05", "facing", "education", [
                "Tuitions for Class 1-5 students, all subjects, at home"], etype="freelance"),
            E("Process Associate (Non-Voice)", "Deccan Infoserve Pvt Ltd", "Hyderabad", "2015-07", "2016-12", "affecting", None, [
                "Insurance claims data processing for a US client", "Met accuracy and turnaround targets"]),
        ]),
        ("Qualification", ["International Montessori Teacher Training (Diploma), 2019", "B.Sc (MPC), Osmania University, 2015"]),
        ("Languages", ["English, Urdu, Hindi, Telugu"]),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    id="w026", ext="docx", renderer="docx", opts=dict(layout="table", head_style=True),
    family="Australian library officer, Word with a table per job, cataloguing back-room role and home-library volunteering",
    layout="docx, table/title_org, mm/yyyy / 'Current'",
    name="Graham Teo",
    contact=["Ballarat North VIC 3350", "0422 190 633", "graham.teo@mailbox.com.au"],
    summary_head="Career Objective",
    summary="Library technician seeking a permanent Library Officer role in a public or school library.",
    st=dict(entry="title_org", dates="mm/yyyy", sep=" – ", present="Current"),
    sections=[
        ("Employment History", [
            E("Library Officer", "Goldfields Regional Library – Wendouree Branch", "Wendouree VIC", "2023-02", "present", "facing", "in_person_service", [
                "Customer service desk: loans, memberships, reservations, printing and scanning help",
                "Run Rhyme Time for babies and toddlers each Tuesday",
                "Weekly Tech Help drop-in for seniors"]),
            E("Library Technician – Cataloguing", "Federation Uni Library Services", "Ballarat VIC", "2018-08", "2023-01", "affecting", None, [
                "Copy and original cataloguing in Alma; RDA and Dewey",
                "Processed new acquisitions and repaired damaged stock",
                "Kept the discovery layer records clean (duplicate and broken links)"]),
            E("Administration Assistant", "Sovereign Hill Plumbing Pty Ltd", "Ballarat VIC", "2015-03", "2018-07", "affecting", None, [
                "Invoicing in MYOB, supplier accounts and filing"]),
        ]),
        ("Volunteering", [
            E("Home Library Service Volunteer", "Goldfields Regional Library", "Ballarat VIC", "2019-05", "2022-12", "facing", "volunteering", [
                "Delivered books and audiobooks fortnightly to housebound members and chatted about what they'd like next"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Diploma of Library and Information Services, Federation TAFE (2018)"]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    id="w027", ext="pdf", renderer="pdf-fpdf", opts=dict(layout="sidebar", sidecol=(240, 232, 222), italic_sub=True),
    family="Irish crèche manager, fpdf2 shaded left sidebar, title line with dates and italic employer line, waitressing start",
    layout="fpdf2, sidebar/title_org, month / 'Present'",
    name="Orla Donnellan",
    contact=["Naas, Co. Kildare", "085 555 3090", "orla.donnellan@mailbox.ie"],
    side=[("Qualifications", ["QQI Level 8 BA Early Childhood Education", "QQI Level 6 Supervision in Childcare",
                              "AMI Montessori 3–6 (2012)", "Paediatric First Aid (2025)", "Garda vetted"]),
          ("Key skills", ["Tusla inspections", "Síolta & Aistear", "ECCE/NCS administration", "Staff supervision"])],
    summary=None,
    st=dict(entry="title_org", dates="month", sep=" – ", present="Present", bullet="•"),
    sections=[
        ("Experience", [
            E("Crèche Manager", "Cúl na Coille Childcare", "Naas", "2020-01", "present", "facing", "education", [
                "Manage a 72-place crèche, 16 staff, rosters and ratios",
                "Meet new families for show-rounds and settling-in plans; deal with parent concerns",
                "Tusla inspection readiness, policies and the NCS/ECCE funding returns",
                "Step into rooms to cover breaks most days"]),
            E("Montessori Teacher (ECCE room)", "Cúl na Coille Childcare", "Naas", "2014-09", "2019-12", "facing", "education", [
                "Led the ECCE preschool room of 22 children; planning, learning stories, parent meetings"]),
            E("Childcare Assistant", "Happy Days Crèche", "Newbridge", "2011-02", "2014-08", "facing", "education", []),
            E("Waitress", "The Millhouse Hotel", "Newbridge", "2008-06", "2011-01", "facing", "in_person_service", [
                "Restaurant, functions and weddings"]),
        ]),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    id="w028", ext="docx", renderer="docx", opts=dict(layout="tabs", head_style=False, list_style=False, italic_sub=False),
    family="Canadian newcomer from India, Word tab-stop dates with typed dash bullets, 'Canadian' and 'International' experience, year-only teaching",
    layout="docx, tabs/title_org, mon / year / 'Present'",
    name="Harpreet Kaur Gill",
    contact=["Brampton, ON L6Z", "647-555-0184", "harpreet.gill.ece@mailbox.ca"],
    summary_head="Summary of Qualifications",
    summary=("Registered Early Childhood Educator (RECE applicant) with 7 years' teaching in India and 2 years in "
             "Canadian child care. Fluent in English, Punjabi and Hindi."),
    st=dict(entry="title_org", dates="mon", sep=" - ", present="Present", bullet="-"),
    sections=[
        ("Canadian Experience", [
            E("ECE Assistant", "Little Maple Montessori & Child Care", "Brampton, ON", "2025-01", "present", "facing", "education", [
                "Preschool room (2.5–5 yrs); program planning with the RECE, observations, hygiene routines",
                "Greet families at drop-off and share updates on the HiMama app"]),
            E("Cook (part-time)", "Little Maple Montessori & Child Care", "Brampton, ON", "2024-06", "2024-12", "affecting", None, [
                "Prepared snacks and hot lunch for 60 children following the Canada's Food Guide menu and allergy list"]),
            E("Warehouse Associate", "Kestrel Logistics (through Staffmax Agency)", "Mississauga, ON", "2023-11", "2024-05", "affecting", None, [
                "Picking and packing e-commerce orders, RF scanner"]),
        ]),
        ("International Experience", [
            E("Primary Teacher (Grades 1–3)", "Guru Harkrishan Public School", "Ludhiana, Punjab, India", "2016", "2023", "facing", "education", [
                "Taught English, EVS and Maths; class teacher; parent–teacher meetings"]),
            E("Computer Teacher", "Sunrise Academy", "Ludhiana, Punjab, India", "2014", "2016", "facing", "education", []),
        ]),
        ("Education", ["ECE Diploma (in progress, part-time) – Humber Ridge College",
                       "B.Ed., Punjab University (2014) – WES evaluated", "B.C.A., Punjab University (2012)"]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    id="w029", ext="docx", renderer="docx", opts=dict(layout="header", italic_sub=True),
    family="UK university student support officer, contact in Word page header, admissions back office and contact-centre start",
    layout="docx, header/title_org, month / 'Present'",
    name="Dr Naomi Adeyemi-Clarke",
    contact=["Castlebridge", "07466 281 950", "naomi.ac@mailbox.co.uk"],
    summary_head="Profile",
    summary=("Student services professional with a PhD in education policy. I enjoy the part of the job where a "
             "student arrives panicking and leaves with a plan."),
    st=dict(entry="title_org", dates="month", sep=" – ", present="Present", bullet="•"),
    sections=[
        ("Experience", [
            E("Student Support Officer", "University of Castlebridge – Student Hub", "Castlebridge", "2023-03", "present",
              "facing", "in_person_service", [
                  "Triage students at the Hub desk and by online chat: extenuating circumstances, interruptions, funding worries",
                  "Case work for students at risk of withdrawal, liaising with academic departments and wellbeing",
                  "Deliver the Study Well talks to first years"]),
            E("Admissions Officer", "University of Castlebridge", "Castlebridge", "2020-09", "2023-02", "affecting", None, [
                "Assessed UCAS and direct applications against entry criteria and made decisions in SITS",
                "Confirmation and clearing processing; document and qualification checks"]),
            E("Widening Participation Student Ambassador", "University of Castlebridge", "Castlebridge", "2016-10", "2020-06", "facing", "other_facing", [
                "Campus tours and mentoring sessions for Year 12 pupils from local schools"], section="other"),
            E("Customer Service Advisor", "Northgate Building Society", "Castlebridge", "2014-08", "2016-09", "facing", "contact_center", [
                "Inbound calls on savings accounts, ISAs and mortgage payments"]),
        ]),
        ("Education", ["PhD Education Policy, University of Castlebridge (2021)", "MA Education (2016)", "BA Sociology (2014)"]),
        ("Memberships", ["AMOSSHE member", "Mental Health First Aider"]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    id="w030", ext="docx", renderer="docx", opts=dict(layout="tabs", title_style=False, italic_sub=True),
    family="US youth program director with after-school and recreation roles, Word tab-stop dates, mixed volunteer and work, 'to date'",
    layout="docx, tabs/datefirst, mon. / year / 'Present'",
    name="DeShawn Whitaker",
    contact=["Columbus, OH 43206", "614-555-0102", "dwhitaker.youth@mailbox.org"],
    summary_head="Profile",
    summary=("Youth program director who started as a rec aide at 16. Strong on staff development, family engagement "
             "and keeping teens coming back."),
    st=dict(entry="datefirst", dates="mon.", sep=" – ", present="Present"),
    sections=[
        ("Experience", [
            E("Youth Program Director", "Southside Boys & Girls Hub", "Columbus, OH", "2020-08", "present", "facing", "education", [
                "Lead after-school and summer programming for 150 youth ages 6–18 across two sites",
                "Supervise 3 site coordinators and 20 part-time staff; grant reporting and budgets",
                "Run monthly family nights and meet one-on-one with teens on college and job plans"]),
            E("After-School Site Supervisor", "Columbus Metro Schools – Extended Day Program", "Columbus, OH", "2016-09", "2020-07", "facing", "education", [
                "Supervised homework help, enrichment clubs and dismissal for 80 K–5 students",
                "Parent check-out, incident reports and staff scheduling"]),
            E("Recreation Aide", "Columbus Recreation & Parks – Barnett Center", "Columbus, OH", "2011-06", "2016-08", "facing", "other_facing", [
                "Gym and front desk supervision, open-gym check-in, youth basketball league scorekeeping"]),
        ]),
        ("Volunteer", [
            E("Mentor", "Big Sibs of Central Ohio", "Columbus, OH", "2014", "2019", "facing", "volunteering", [
                "Matched with a middle-school mentee for five years"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["B.S. Human Development & Family Science, Olentangy State University, 2016",
                       "Youth Program Quality Assessment (YPQA) external assessor"]),
    ]))
