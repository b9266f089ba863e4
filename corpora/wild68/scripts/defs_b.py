"""wild68 résumés w016–w030 (fictional). Each dict renders the file and its gold line."""
from lib import E

RES = []

# ------------------------------------------------------------------ w016
RES.append(dict(
    id="w016", engine="fpdf", layout="sidebar", order="title_org", dstyle="month", present="Current",
    family="Australian early-childhood room leader, fpdf2 with shaded left sidebar, toy-library volunteering year-only",
    code="fpdf2, sidebar/title_org, month / 'Current'",
    name="Kayla Montgomery-Nguyen",
    head=["Geelong VIC 3220", "0431 226 870", "kayla.mn@mailbox.com.au"],
    side=[
        ("Qualifications", ["Diploma of Early Childhood Education and Care (2020)", "Certificate III in ECEC (2018)",
                            "Working with Children Check", "HLTAID012 First Aid in an education and care setting"]),
        ("Strengths", ["Room programming (EYLF)", "Toilet training routines", "Calm transitions", "Family partnerships"]),
    ],
    blocks=[
        ("Career Objective", "Experienced room leader looking for an educational leader role in a community-based centre."),
        ("Employment", [
            E("Room Leader (Toddlers)", "Gumnut Grove Early Learning", "Geelong", "2021-02", "present", "facing", "education", [
                "Lead a team of three educators in a 16-place toddler room",
                "Write the weekly program and documentation against the EYLF outcomes",
                "Settle new families during orientation visits and talk with parents at drop-off and pick-up"]),
            E("Early Childhood Educator", "Gumnut Grove Early Learning", "Geelong", "2019-01", "2021-01", "facing", "education", [
                "Worked across the nursery and kinder rooms"]),
            E("Outside School Hours Care Assistant", "Kardinia Kids OSHC", "Geelong", "2017-03", "2018-12", "facing", "education", [
                "Before- and after-school care for primary students: games, homework club and afternoon tea"]),
            E("Kitchen Hand", "Surf Coast Bistro", "Torquay", "2015-11", "2017-02", "affecting", None, [
                "Dishwashing, prep and cleaning down at close"]),
        ]),
        ("Volunteering", [
            E("Volunteer", "Geelong West Toy Library", "Geelong", "2018", "2020", "affecting", None, [
                "Cleaned, checked and repaired returned toys on Tuesday evenings"],
              section="volunteer", etype="volunteer", prec="year"),
        ]),
    ]))

# ------------------------------------------------------------------ w017
RES.append(dict(
    id="w017", engine="docx", layout="styles", order="org_title", dstyle="apos", present="Present", bullet="list",
    head_level=2,
    family="US chemistry PhD student's CV, Word heading styles, employer line first, abbreviated 'Aug '21' dates",
    code="docx, styles/org_title, apos / 'Present'",
    name="Tobias Reinholt-Amadi",
    head=["Columbus, OH · (614) 555-0110 · t.reinholt@mailbox.edu"],
    blocks=[
        ("Education", ["Ph.D. candidate, Chemistry, Belmont Ridge University (expected May 2027)",
                       "B.S. Chemistry, Ostrander College, 2021, summa cum laude"]),
        ("Teaching Experience", [
            E("Graduate Teaching Assistant", "Belmont Ridge University", "Columbus, OH", "2021-08", "present", "facing", "education", [
                "Teach two General Chemistry lab sections (24 students each) per semester",
                "Hold office hours and run exam review sessions; grade lab reports"]),
            E("Undergraduate Learning Assistant", "Ostrander College", "Westerville, OH", "2019-01", "2021-05", "facing", "education", [
                "Facilitated small-group problem solving in Organic Chemistry I and II lectures"]),
        ]),
        ("Research Experience", [
            E("Graduate Research Assistant, Hale Lab", "Belmont Ridge University", "Columbus, OH", "2022-05", "present", "none", None, [
                "Synthesize and characterize metal–organic frameworks for CO2 capture",
                "Maintain the lab's powder XRD and train new group members on it"], section="other"),
            E("Summer Lab Technician", "Meridian Polymers", "Dayton, OH", "2020-06", "2020-08", "none", None, [
                "Ran QC tests (GPC, DSC) on polymer batches"], dtext="Summer 2020"),
        ]),
        ("Publications", ["Reinholt-Amadi, T.; Hale, J. K. 'Amine-grafted MOFs for humid CO2 capture.' J. Porous Mater. Chem. 2025, 12, 301–310."]),
        ("Awards", ["Departmental Outstanding TA Award, 2023"]),
    ]))

# ------------------------------------------------------------------ w018
RES.append(dict(
    id="w018", engine="html", layout="html", order="labelled", dstyle="month", present="to date",
    org_label="Company", date_label="Period",
    family="South African school bursar, HTML CV with labelled Position / Company / Period blocks, 'to date'",
    code="html, plain/labelled, month / 'to date'",
    name="Thandiwe Mokoena",
    head=["Pretoria, Gauteng", "Cell: 072 418 5521 | E-mail: thandi.mokoena@mailbox.co.za",
          "Nationality: South African | Driver's licence: Code B"],
    blocks=[
        ("Career Summary", "Bursar with 12 years in school finance. Known by parents as the person who will sit down and sort out "
                           "their account."),
        ("Employment History", [
            E("Bursar", "Protea Heights High School", "Pretoria", "2018-01", "present", "facing", "in_person_service", [
                "Manage school fee collection for 1,100 learners and the bursary office staff",
                "Attend to parents at the bursary window about statements, exemptions and payment arrangements",
                "Prepare the budget for the SGB finance committee and liaise with the auditors"]),
            E("Debtors Clerk", "Protea Heights High School", "Pretoria", "2014-02", "2017-12", "affecting", None, [
                "Captured fee payments on Pastel and ran monthly statements for posting and e-mail",
                "Prepared the debtors age analysis and handover files for collections"]),
            E("Admin Clerk", "Tshwane Edu-Supplies (Pty) Ltd", "Centurion", "2011-03", "2014-01", "affecting", None, [
                "Captured stationery orders from schools and checked them against stock before dispatch"]),
        ]),
        ("Community", [
            E("Sunday School Teacher", "Grace Fellowship Church", "Pretoria", "2010", "present", "facing", "volunteering", [
                "Teach the 8–10 year-old class every second Sunday"], section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Qualifications", ["National Diploma: Cost and Management Accounting, Tshwane Polytechnic (2010)", "Pastel Partner certificate"]),
        ("References", ["Mr J. van der Walt, Principal, Protea Heights High School — 012 000 4411"]),
    ]))

# ------------------------------------------------------------------ w019
RES.append(dict(
    id="w019", engine="reportlab", layout="centred", order="title_org", dstyle="month", present="Present",
    family="Irish secondary science teacher and head of department, reportlab centred header, grinds year-only",
    code="reportlab, centred/title_org, month / 'Present'",
    name="Ciarán Mac Giolla Rua",
    head=["Newcastle West, Co. Limerick  ·  087 441 2096  ·  ciaran.mgr@mailbox.ie", "Teaching Council registration: Route 2 (Post-Primary)"],
    blocks=[
        ("Profile", "Post-primary science and biology teacher, eleven years in the classroom, three as Head of Science. "
                    "Before teaching I worked as a laboratory analyst in the dairy industry."),
        ("Teaching Experience", [
            E("Head of Science / Science & Biology Teacher", "Knockrue Community College", "Co. Limerick", "2020-09", "present", "facing", "education", [
                "Teach Junior Cycle science and Leaving Cert biology (20 hours a week)",
                "Lead a department of seven teachers: schemes of work, lab safety and ordering",
                "Organised the school's first BT Young Scientist entries (two commended projects)"]),
            E("Science Teacher", "St. Fintan's College", "Cork", "2014-09", "2020-08", "facing", "education", [
                "Taught science, biology and agricultural science; year head for 2nd years (2018–2020)"]),
            E("Substitute Teacher", None, "Cork", "2013-09", "2014-06", "facing", "education", [
                "Subbing in several Cork secondary schools while completing the PME"]),
            E("Leaving Cert Grinds Tutor", "Self-employed", "Cork", "2015", "2019", "facing", "education", [
                "Biology grinds for small groups of 6th years, Saturday mornings"], etype="freelance", prec="year"),
        ]),
        ("Previous Employment", [
            E("Laboratory Analyst", "Lee Valley Dairies", "Mitchelstown", "2010-06", "2013-08", "none", None, [
                "Microbiological and compositional testing of milk and cheese samples; ISO 17025 documentation"]),
        ]),
        ("Education", ["Professional Master of Education (PME), 2015", "BSc Biological Sciences, 2010"]),
        ("Interests", ["GAA coaching (U12 hurling), hill walking"]),
    ]))

# ------------------------------------------------------------------ w020
RES.append(dict(
    id="w020", engine="docx", layout="tabs", order="title_org", dstyle="mon.", present="Present", bullet="•",
    date_italic=True,
    family="Scottish ESL teacher in Korea and Japan now tutoring online, Word tab-stop dates, travel break listed",
    code="docx, tabs/title_org, mon. / 'Present'",
    name="Fiona Strachan",
    head=["Glasgow / currently in Da Nang, Vietnam", "+44 7700 900 512 • fiona.strachan@mailbox.co.uk"],
    blocks=[
        ("Experience", [
            E("Online English Tutor", "Kanta Talk", "Remote", "2024-01", "present", "facing", "education", [
                "1:1 video lessons for Japanese adult learners (about 30 lessons a week) on the Kanta Talk platform",
                "Conversation, business English and TOEIC preparation"], etype="freelance"),
            E("Career break – travelling in South-East Asia", None, None, "2023-04", "2023-12", "none", None, [], etype="unknown"),
            E("Homeroom English Teacher", "Little Maple English Kindergarten", "Busan, South Korea", "2020-03", "2023-02", "facing", "education", [
                "Homeroom teacher for a class of 14 six-year-olds; phonics, songs, show-and-tell",
                "Wrote daily notes to parents in the class app"]),
            E("Assistant Language Teacher", "Kiboh Dispatch Co.", "Osaka, Japan", "2017-08", "2020-01", "facing", "education", [
                "Placed in three Osaka elementary schools; team-taught with homeroom teachers"]),
            E("Library Assistant", "Marsden Public Library", "Glasgow", "2015-06", "2017-06", "facing", "in_person_service", [
                "Issued and returned books, helped people on the public computers, ran Bookbug rhyme sessions"]),
        ]),
        ("Education", ["MA (Hons) English Language, University of the Clyde, 2015", "TEFL Level 5 (168 hours), 2017"]),
        ("Languages", ["English (native), Japanese (conversational), Korean (basic)"]),
    ]))

# ------------------------------------------------------------------ w021
RES.append(dict(
    id="w021", engine="txt", layout="plain", order="inline", dstyle="mon", present="Present", sep=" to ", bullet="",
    underline=True,
    family="Retired UK English teacher's short plain-text CV for invigilation work, one line per job with dates after a comma",
    code="txt, plain/inline, mon / 'Present'",
    name="Margaret (Peggy) Holroyd",
    head=["Oldham OL8 | 0161 496 0233 | peggy.holroyd@mailbox.co.uk"],
    blocks=[
        ("Current roles", [
            E("Exam Invigilator", "Hollins Park High School", "Oldham", "2019-04", "present", "facing", "other_facing", []),
            E("GCSE English Examiner (script marking)", "Crestmoor Assessment", "home-based", "2018-05", "present", "affecting", None, [
                "Mark about 600 Paper 2 scripts online each summer."], etype="freelance"),
            E("Reading Volunteer", "Oldham Reads", "Oldham", "2019-01", "present", "facing", "volunteering", [
                "Hear Year 2 children read at a local primary, Wednesday mornings."], section="volunteer", etype="volunteer"),
        ]),
        ("Teaching career", [
            E("Head of English", "Moorside Academy", "Rochdale", "2004-09", "2018-08", "facing", "education", [
                "Led a department of 11; taught GCSE and A-level English Literature until retirement."]),
            E("English Teacher", "Moorside Academy", "Rochdale", "1995-09", "2004-08", "facing", "education", []),
        ]),
        ("Qualifications", ["BA English (Hons), PGCE — both from Pennine University"]),
        ("Availability", ["Free Monday to Friday during exam seasons. Enhanced DBS held."]),
    ]))

# ------------------------------------------------------------------ w022
RES.append(dict(
    id="w022", engine="fpdf", layout="left", order="orgfirst", dstyle="m/yyyy", present="Present",
    footer="Alana Pierce-Whitlock  |  page {page}",
    family="US kindergarten teacher turned ed-tech curriculum writer, 2-page fpdf2 résumé, employer headings with roles beneath",
    code="fpdf2, left/orgfirst, m/yyyy / 'Present'",
    name="Alana Pierce-Whitlock",
    head=["Sacramento, CA 95818  |  (916) 555-0128  |  alana.pw@mailbox.com"],
    blocks=[
        ("Summary", "Curriculum writer and former kindergarten teacher with 16 years in early literacy. I write lessons teachers "
                    "can pick up and teach the same day, and I have spent enough time in classrooms to know when a lesson won't work. "
                    "Comfortable with standards alignment, Spanish-language adaptation, accessibility reviews and working to "
                    "publishing deadlines alongside designers, editors and engineers."),
        ("Professional Experience", [
            E("Senior Curriculum Writer", "Brightloom Education", "Remote", "2022-03", "present", "affecting", None, [
                "Write and revise K-2 foundational literacy lessons, decodable texts and teacher guides for the Brightloom app",
                "Lead a team of four freelance writers: assign units, review drafts, hold the style guide",
                "Review pilot data and teacher survey results with the product team and rewrite weak lessons",
                "Work with accessibility reviewers on alt text and dyslexia-friendly formatting"]),
            E("Curriculum Writer", "Brightloom Education", "Remote", "2019-06", "2022-02", "affecting", None, [
                "Wrote 180+ phonics lessons and the Spanish-language family letters",
                "Checked lessons against Common Core and California ELA/ELD frameworks"]),
            E("Implementation Specialist", "Brightloom Education", "Sacramento, CA", "2017-08", "2019-05", "facing", "other_facing", [
                "Trained teachers and principals at partner schools to use the platform (on-site PD days and webinars)",
                "Visited classrooms after launch, answered teachers' questions and reported bugs to support",
                "Managed rollout for 35 schools in Northern California"]),
            E("Kindergarten Teacher", "Millbrook Unified School District", "Elk Grove, CA", "2010-08", "2017-06", "facing", "education", [
                "Taught full-day kindergarten (22–26 students), including a Spanish dual-immersion class for three years",
                "Grade-level lead for two years; mentored student teachers from the state university",
                "Ran family literacy nights each semester"]),
            E("Instructional Aide", "Millbrook Unified School District", "Elk Grove, CA", "2008-09", "2010-06", "facing", "education", [
                "Small-group reading support in first and second grade while finishing my credential"]),
        ]),
        ("Education", ["M.A. Education (Curriculum & Instruction), Capitol Valley State University, 2014",
                       "Multiple Subject Teaching Credential with BCLAD (Spanish), 2010", "B.A. Liberal Studies, 2008"]),
        ("Skills", ["Curriculum design (K-2 literacy, Science of Reading) · Google Workspace · Articulate Rise · Jira · Spanish (fluent)"]),
        ("Presentations", ["'Decodables that don't bore five-year-olds', California Literacy Forum, 2023",
                           "'From classroom to content team', EdTech Writers Meetup, 2021"]),
        ("Selected Projects", [
            "Brightloom Foundations K-2 (2022–present): 540 lessons, 120 decodable readers, teacher guides and family letters in English and Spanish",
            "Summer Bridge (2021): a 6-week at-home literacy program for rising first graders, printed and app versions",
            "Pilot redesign (2023): rewrote 60 lessons after classroom pilot data showed low completion in blending practice",
            "Accessibility pass (2024): reviewed the full K-1 library for dyslexia-friendly layout and screen-reader support",
            "Style guide (2022): wrote the writers' style guide and review checklist now used by all freelance writers"]),
        ("Professional Development", [
            "LETRS Units 1–8 (2021–2023)", "Universal Design for Learning practitioner course (2022)",
            "Reading Recovery training, Millbrook USD (2013)", "Google Certified Educator Level 1 (2016)"]),
        ("Languages", ["English (native), Spanish (professional working proficiency)"]),
        ("References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w023
RES.append(dict(
    id="w023", engine="docx", layout="table", order="title_org", dstyle="month", present="Present", bullet="•",
    family="UK teaching assistant who also cleaned at a school, Word borderless table per job",
    code="docx, table/title_org, month / 'Present'",
    name="Donna Kaczmarek",
    head=["Kettering, Northants  |  07402 118 660  |  donna.kacz@mailbox.co.uk"],
    blocks=[
        ("About Me", "Hard-working mum of three who moved from retail into schools. I'm now a Level 2 TA and studying for Level 3."),
        ("Work History", [
            E("Teaching Assistant (Level 2)", "Elm Street Infant School", "Kettering", "2022-09", "present", "facing", "education", [
                "Support a Reception class: phonics groups, reading with children, snack and outdoor play",
                "Help children with toileting and changing when needed"]),
            E("Midday Supervisor", "Elm Street Infant School", "Kettering", "2020-01", "2022-08", "facing", "education", [
                "Looked after children in the hall and playground at lunchtime"]),
            E("Cleaning Operative", "Spotless Facilities Ltd", "Kettering", "2019-02", "2020-12", "none", None, [
                "Evening cleaning of classrooms, toilets and corridors at two schools after the children had gone"]),
            E("Cashier", "Fenway Foodstore", "Kettering", "2014-03", "2019-01", "facing", "in_person_service", []),
        ]),
        ("Training", ["Level 2 Certificate in Supporting Teaching and Learning (2023)", "Paediatric First Aid", "Safeguarding (annual)"]),
    ]))

# ------------------------------------------------------------------ w024
RES.append(dict(
    id="w024", engine="md", layout="md", order="title_org", dstyle="mon", present="till date", bullet="-",
    family="Indian English assistant professor's academic CV in Markdown, h3 titles, JRF and publications, 'till date'",
    code="md, h3/title_org, mon / 'till date'",
    name="Dr. Kavitha Sundaramoorthy",
    head=["Coimbatore, Tamil Nadu", "Mobile: +91 94430 27715", "Email: kavitha.sundar@mailbox.in"],
    blocks=[
        ("Academic Qualifications", ["Ph.D. English, Nilgiri University (2017)", "M.Phil. English (2012)", "M.A. English (2011)",
                                     "UGC-NET (JRF), June 2013"]),
        ("Teaching Experience", [
            E("Assistant Professor, Department of English", "Sri Venkatesa College of Arts and Science", "Coimbatore", "2018-06", "present",
              "facing", "education", [
                "Handle Part II English and B.A. English Literature papers (Indian Writing in English, Literary Criticism)",
                "Class advisor for II B.A.; mentor 20 students",
                "Coordinator, Communicative English lab"]),
            E("Guest Lecturer", "Kongu Nadu Government Arts College", "Tiruppur", "2016-07", "2018-04", "facing", "education", []),
        ]),
        ("Research Experience", [
            E("Junior Research Fellow (UGC)", "Nilgiri University", "Ooty", "2013-07", "2016-06", "none", None, [
                "Doctoral research on Dalit autobiography in Tamil and English translation"], section="other"),
        ]),
        ("Other Experience", [
            E("Content Writer", "ScribeNest Solutions", "Chennai", "2012-01", "2013-06", "affecting", None, [
                "Wrote e-learning modules on English grammar for a US K-12 client; revised after client review comments"]),
        ]),
        ("Publications", ["'Testimony and translation: reading Bama in English', Journal of Indian Literary Studies 14.2 (2021)",
                          "'The classroom as contact zone', Literary Horizons 9 (2019)"]),
        ("Papers Presented", ["National Seminar on Subaltern Voices, Madurai, 2022", "International Conference on ELT, Chennai, 2019"]),
    ]))

# ------------------------------------------------------------------ w025
RES.append(dict(
    id="w025", engine="reportlab", layout="plain", order="dash", dstyle="mon", present="Present", paper="letter",
    family="Australian ESL teacher in Vietnam with IELTS coaching on the side, reportlab 'Title – Employer, Town' lines",
    code="reportlab, plain/dash, mon / 'Present'",
    name="Jack Trevallion",
    head=["Hanoi, Vietnam  /  jack.trevallion@mailbox.com.au  /  Zalo +84 912 004 387"],
    blocks=[
        ("Work Experience", [
            E("ESL Teacher", "Red River English Academy", "Hanoi", "2023-09", "present", "facing", "education", [
                "Teach young learners and teenagers (Cambridge Movers to B1 Preliminary), 25 contact hours a week",
                "Parent-teacher meetings with a Vietnamese teaching assistant translating"]),
            E("IELTS Speaking Coach (part-time)", "Saigon Bright Minds", "Online", "2024-01", "present", "facing", "education", [
                "Evening mock speaking tests and feedback over Zoom"], etype="freelance"),
            E("Bartender", "The Salty Anchor", "Cairns, QLD", "2019-04", "2022-12", "facing", "in_person_service", [
                "Served drinks, took payments, closed the bar and did the weekly stock order"]),
            E("Farmhand", "Tully Banana Co.", "Tully, QLD", "2018-06", "2019-03", "none", None, [
                "Harvesting, packing shed work and irrigation checks (88-day regional work)"]),
        ]),
        ("Education & Certificates", ["Bachelor of Arts (History), Coral Coast University, 2018", "CELTA, 2023", "RSA certificate"]),
        ("Hobbies", ["Surfing, motorbike trips, learning Vietnamese badly"]),
    ]))

# ------------------------------------------------------------------ w026
RES.append(dict(
    id="w026", engine="docx", layout="header", order="org_title", dstyle="mm/yyyy", present="Present", bullet="-",
    family="UK maths teacher who set up a tutoring business, name in the Word page header, employer line first",
    code="docx, header/org_title, mm/yyyy / 'Present'",
    name="Rahul Desai-Franklin",
    head=["Reading, Berkshire · 07971 602 338 · rahul@brightside-tutoring.mailbox.co.uk"],
    blocks=[
        ("Profile", "Maths teacher and founder of a small tutoring company. Former actuarial analyst."),
        ("Experience", [
            E("Owner & Lead Tutor", "Brightside Tutoring", "Reading", "2018-09", "present", "facing", "entrepreneurial_freelance", [
                "Set up and run a tutoring business with six tutors (GCSE and A-level maths and physics)",
                "Tutor 15 students a week myself and hold progress calls with parents",
                "Handle marketing, bookings, invoicing and tutor recruitment"], etype="freelance"),
            E("Teacher of Mathematics", "Caversham Park Academy", "Reading", "2012-09", "2018-07", "facing", "education", [
                "Taught KS3–KS5 maths; ran the UKMT challenge club"]),
            E("PGCE Trainee Teacher", "University of Westmere", "Reading", "2011-09", "2012-06", "facing", "education", [
                "Placements at two Berkshire secondary schools"], etype="internship"),
            E("Actuarial Analyst", "Thameside Life plc", "London", "2008-09", "2011-07", "none", None, [
                "Reserving models and quarterly valuation reports"]),
        ]),
        ("Education", ["PGCE Secondary Mathematics (2012)", "BSc Mathematics, First, University of Westmere (2008)"]),
    ]))

# ------------------------------------------------------------------ w027
RES.append(dict(
    id="w027", engine="txt", layout="plain", order="title_org", dstyle="month", present="Present", bullet="•",
    caps_heads=True, txt_join=" | ",
    family="Filipina teacher turned home-based online ESL tutor, plain text with BPO years, title then employer line",
    code="txt, plain/title_org, month / 'Present'",
    name="Maricel D. Villanueva",
    head=["Marikina City, Metro Manila", "0917 552 8140 | maricel.villanueva@mailbox.ph"],
    blocks=[
        ("Objective", "To obtain a full-time online ESL teaching position where I can use my LET license and seven years of teaching experience."),
        ("Work Experience", [
            E("Online ESL Tutor", "Nihongo-Eigo Connect", "home-based", "2021-05", "present", "facing", "education", [
                "Conduct 25-minute one-on-one English lessons for Japanese kids and adults, 40+ lessons a day",
                "Write lesson feedback for students after every class"], etype="freelance"),
            E("Customer Service Representative", "Luzon Peak Solutions", "Pasig City", "2018-03", "2021-04", "facing", "contact_center", [
                "Handled inbound calls for a US telecom account: billing questions and plan changes"]),
            E("Elementary Teacher I", "Sampaguita Elementary School", "Marikina City", "2015-06", "2018-02", "facing", "education", [
                "Grade 3 adviser, 42 pupils; taught English and Araling Panlipunan"]),
            E("Practice Teacher", "Tumana National High School", "Marikina City", "2014-11", "2015-03", "facing", "education", [
                "Student teaching in Grade 8 English under a cooperating teacher"], etype="internship"),
        ]),
        ("Education", ["Bachelor of Elementary Education, Eastwood Teachers College (2015)", "Licensed Professional Teacher (LET 2015)"]),
        ("Skills", ["Typing 55 wpm, TESOL 120 hrs, Zoom / Skype / ClassIn"]),
        ("Character References", ["Available upon request"]),
    ]))

# ------------------------------------------------------------------ w028
RES.append(dict(
    id="w028", engine="fpdf", layout="centred", order="pipe", dstyle="mon", present="Current",
    family="US school-district instructional technology coach, fpdf2 centred header, pipe title/employer/town line with dates",
    code="fpdf2, centred/pipe, mon / 'Current'",
    name="Derek Olumide-Harrington",
    head=["Spokane, WA · (509) 555-0163 · derek.oh@mailbox.net"],
    blocks=[
        ("Professional Summary", "Ed-tech coach with a network engineering background; I help teachers actually use the tools we buy."),
        ("Experience", [
            E("Instructional Technology Coach", "Silver Lake School District", "Spokane, WA", "2020-08", "present", "facing", "internal_support", [
                "Coach 140 teachers on Canvas, Chromebooks and assistive technology; model lessons in classrooms",
                "Run after-school PD sessions and a drop-in help desk for staff",
                "Evaluate new software for privacy compliance"]),
            E("Network Technician", "Silver Lake School District", "Spokane, WA", "2016-03", "2020-07", "none", None, [
                "Configured switches and firewalls across 18 sites; rolled out district-wide Wi-Fi 6"]),
            E("IT Support Technician", "Columbia Valley College", "Spokane, WA", "2013-06", "2016-02", "facing", "internal_support", [
                "Answered help desk tickets and walk-ups from students and faculty: passwords, printing, LMS access"]),
            E("Computer Lab Monitor (work-study)", "Columbia Valley College", "Spokane, WA", "2011-09", "2013-05", "facing", "in_person_service", [],
              section="other"),
        ]),
        ("Education", ["B.S. Information Systems, Inland Northwest University, 2013", "ISTE Certified Educator (2022)"]),
    ]))

# ------------------------------------------------------------------ w029
RES.append(dict(
    id="w029", engine="docx", layout="sidebar", order="title_org", dstyle="month", present="Present", bullet="•",
    side_fill="F2E6D9",
    family="Jamaican early-childhood practitioner, Word layout table with shaded sidebar, school office role",
    code="docx, sidebar/title_org, month / 'Present'",
    name="Shanice Campbell-Reid",
    head=["Spanish Town, St Catherine", "876-555-0294", "shanice.cr@mailbox.com.jm"],
    side=[
        ("Education", ["Diploma in Early Childhood Education, Moneague Hills Teachers' College (2019)", "CSEC: 7 subjects"]),
        ("Skills", ["Lesson planning", "Storytelling and songs", "Parent communication", "Microsoft Office"]),
        ("Referees", ["Mrs. P. Lindo, Principal, Little Hummingbird Basic School", "Mr. A. Gayle, Blossom Prep School"]),
    ],
    blocks=[
        ("Profile", "Early childhood practitioner who loves watching three- and four-year-olds discover reading."),
        ("Work Experience", [
            E("Early Childhood Practitioner", "Little Hummingbird Basic School", "Spanish Town", "2019-09", "present", "facing", "education", [
                "Class teacher for 20 four-year-olds; plan themes, centres and daily devotion",
                "Conduct developmental screening and share results with parents"]),
            E("Teacher's Aide", "Blossom Prep School", "Kingston", "2016-09", "2019-07", "facing", "education", [
                "Assisted the grade 1 teacher, took reading groups, supervised break time"]),
            E("Administrative Assistant", "Blossom Prep School", "Kingston", "2015-01", "2016-08", "facing", "in_person_service", [
                "Registered new students with their parents at the front office and collected fees",
                "Typed letters and kept student files"]),
            E("Data Entry Clerk", "CaribLink Insurance", "Kingston", "2012-06", "2014-12", "affecting", None, [
                "Entered new motor policy applications and claim forms into the system"]),
        ]),
    ]))

# ------------------------------------------------------------------ w030
RES.append(dict(
    id="w030", engine="html", layout="html", order="title_org", dstyle="mon", present="Present",
    family="New Zealand primary principal, HTML CV, year-only older posts and a curriculum-writing secondment",
    code="html, plain/title_org, mon+year / 'Present'",
    name="Aroha Whitcombe",
    head=["Tauranga · 021 447 8302 · aroha.whitcombe@mailbox.co.nz"],
    blocks=[
        ("Kōrero mō au / About me", "Primary principal with twenty years in Bay of Plenty and Auckland schools. Still happiest "
                                   "with a reading group of six-year-olds."),
        ("Career", [
            E("Principal", "Kowhai Bay School", "Tauranga", "2019-01", "present", "facing", "education", [
                "Lead a 340-student school and 28 staff; report to the school board",
                "Meet with whānau about learning and behaviour concerns and run community hui each term",
                "Take a Year 2 reading group twice a week"]),
            E("Deputy Principal", "Harbourside Primary", "Auckland", "2013", "2018", "facing", "education", [
                "Led literacy across the school and taught a Year 5/6 class half-time"], prec="year"),
            E("Curriculum Writer (secondment)", "Kōrero Resources Trust", "Wellington", "2016", "2016", "affecting", None, [
                "Six-month secondment: wrote teacher notes and reading activities for a junior bilingual book series"], prec="year", dtext="2016"),
            E("Classroom Teacher", "Harbourside Primary", "Auckland", "2006", "2012", "facing", "education", [], prec="year"),
        ]),
        ("Qualifications", ["Master of Educational Leadership, 2017", "Graduate Diploma of Teaching (Primary), 2005"]),
    ]))
