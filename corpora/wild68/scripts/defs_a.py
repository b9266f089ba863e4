"""wild68 résumés w001–w015 (fictional). Each dict renders the file and its gold line."""
from lib import E

RES = []

# ------------------------------------------------------------------ w001
RES.append(dict(
    id="w001", engine="reportlab", layout="plain", order="title_org", dstyle="mon", present="Present",
    family="UK primary teacher, Word-to-PDF single column, title line with right-aligned dates, invigilation on the side",
    code="reportlab, plain/title_org, mon / 'Present'",
    name="Harriet Okonedo-Blake",
    head=["14 Mayfield Close, Leicester LE4 7QP  ·  07700 914 226  ·  h.okonedoblake@mailbox.co.uk"],
    blocks=[
        ("Profile", "Qualified primary teacher (QTS, 2021) with five years in Leicester primary schools, first as a "
                    "teaching assistant and now as a KS2 class teacher. Calm, organised, and happiest when a child "
                    "who 'hates reading' asks for the next book."),
        ("Teaching Experience", [
            E("Class Teacher (Year 4)", "Hollybrook Primary School", "Leicester", "2021-09", "present", "facing", "education", [
                "Plan and teach the full Year 4 curriculum to a class of 29, including 6 pupils with EAL",
                "Lead phonics interventions for a small group of lower-attaining readers three mornings a week",
                "Hold parent consultations each term and write annual reports",
                "Subject lead for geography since 2023: audited resources and rewrote the KS2 long-term plan"]),
            E("Teaching Assistant", "Hollybrook Primary School", "Leicester", "2019-01", "2021-07", "facing", "education", [
                "Supported a Year 2 class, running guided reading groups and 1:1 maths catch-up",
                "Covered PPA time using the class teacher's plans"]),
        ]),
        ("Other Experience", [
            E("Lunchtime Supervisor", "St Aldric's C of E Primary School", "Loughborough", "2017-09", "2018-12", "facing", "education"),
            E("Exam Invigilator (casual)", "Carrbrook Sixth Form College", "Leicester", "2018-05", "2018-06", "facing", "other_facing", [
                "Set up exam rooms, read out instructions and supervised candidates during A-level papers",
                "Collected and sealed scripts; recorded late arrivals and incidents"], etype="paid"),
        ]),
        ("Education", ["PGCE Primary with QTS, University of Charnwood, 2020–2021",
                       "BA (Hons) Childhood Studies, De Lacy University, 2014–2017"]),
        ("Skills", ["Read Write Inc. trained · Google Classroom · Arbor MIS · First Aid at Work (2024) · DBS on the Update Service"]),
    ]))

# ------------------------------------------------------------------ w002
RES.append(dict(
    id="w002", engine="docx", layout="styles", order="title_org", dstyle="month", present="Present", bullet="list",
    family="US math teacher moved into ed-tech content, Word heading styles, list bullets, right tab-stop dates",
    code="docx, styles/title_org, month / 'Present'",
    name="Marcus T. Delacroix",
    head=["Boise, ID 83702 | (208) 555-0147 | marcus.delacroix@mailbox.net | linkedin.com/in/mdelacroix-math"],
    blocks=[
        ("Summary", "Former high-school math teacher (8 years) now writing K-12 math content. I know what a "
                    "worked example needs to look like at 7:50 a.m. in front of thirty sixteen-year-olds."),
        ("Professional Experience", [
            E("Math Content Developer", "Quillpoint Learning", "Remote", "2024-03", "present", "affecting", None, [
                "Write practice items, hints and worked solutions for the Algebra 1 and Geometry courses (~1,400 items to date)",
                "Align items to state standards and revise them after psychometric review",
                "Work with designers and engineers on interactive graphing tools; file bugs found in QA passes"]),
            E("Mathematics Teacher", "Ridgeline High School", "Boise, ID", "2016-08", "2024-02", "facing", "education", [
                "Taught Algebra 1, Geometry and AP Statistics, five sections per year",
                "Ran after-school math help twice a week and coached the math team",
                "Met with parents and case managers to adjust plans for students with IEPs and 504s"]),
            E("Test Item Reviewer (contract)", "Cascade Assessment Partners", "Remote", "2022-06", "2022-09", "affecting", None, [
                "Reviewed state assessment items for accuracy, clarity and bias before field testing"], etype="freelance"),
            E("Math Tutor", "Self-employed", "Boise, ID", "2019-01", "2023-06", "facing", "education", [
                "Tutored middle and high school students in evenings and weekends, in homes and at the public library"],
              etype="freelance"),
        ]),
        ("Teaching While in Graduate School", [
            E("Graduate Teaching Assistant", "Westbrook State University", "Pocatello, ID", "2014-08", "2016-05", "facing", "education", [
                "Led three recitation sections of College Algebra per semester and held weekly office hours",
                "Graded exams and homework for 120+ students"]),
        ]),
        ("Education", ["M.S. Mathematics, Westbrook State University, 2016", "B.S. Mathematics Education, Westbrook State University, 2014"]),
        ("Certifications & Tools", ["Idaho Standard Secondary Certificate (Mathematics 6-12)", "Desmos, GeoGebra, LaTeX, Jira, Google Workspace"]),
    ]))

# ------------------------------------------------------------------ w003
RES.append(dict(
    id="w003", engine="txt", layout="plain", order="dash", dstyle="yyyy.mm", present="Now", sep=" - ",
    bullet="-", txt_join="   ", caps_heads=True,
    family="British ALT in Japan, plain text pasted from an email, 'Title – Employer, Town' with yyyy.mm dates and 'Now'",
    code="txt, plain/dash, yyyy.mm / 'Now'",
    name="Tom Ashworth-Reyes",
    head=["Hamamatsu, Shizuoka, Japan", "tel 080-5521-7730 / email tom.ashreyes@mailbox.jp",
          "Visa: Instructor (valid to 2028)"],
    blocks=[
        ("Work history", [
            E("Assistant Language Teacher", "Hoshimi City Board of Education", "Shizuoka", "2019-04", "present", "facing", "education", [
                "Team-teach English at two junior high schools and one elementary school (approx. 450 students)",
                "Plan the English club and coach students for the prefectural speech contest",
                "Run speaking tests for 2nd and 3rd year students"]),
            E("English Conversation Instructor", "Kotoba Eikaiwa School", "Hamamatsu", "2017-10", "2019-03", "facing", "education", [
                "Taught group and private lessons to adults and children, 26-28 lessons a week",
                "Did trial lessons with prospective students and helped reception sign them up"]),
            E("Retail Assistant", "Fernhill Books", "Bristol", "2015-06", "2017-08", "facing", "in_person_service", [
                "Tills, orders for customers, children's section story time on Saturdays"]),
        ]),
        ("Volunteering", [
            E("Volunteer Reading Helper", "Eastgate Community Library", "Bristol", "2016-01", "2017-06", "facing", "volunteering", [
                "Listened to primary-age children read once a week during the summer reading challenge and term time"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["BA English Literature (2:1), University of Avonmouth, 2015", "CELTA (Pass B), 2018",
                            "JLPT N3 (2022)"]),
        ("Other", ["Full UK and Japanese driving licences. References available on request."]),
    ]))

# ------------------------------------------------------------------ w004
RES.append(dict(
    id="w004", engine="fpdf", layout="centred", order="org_title", dstyle="mm/yyyy", present="Present",
    family="American hagwon teacher in Korea, fpdf2 centred header, employer line with dates then title",
    code="fpdf2, centred/org_title, mm/yyyy / 'Present'",
    name="Danielle Kowalczyk",
    head=["Daegu, South Korea  |  +82 10-4417-2093  |  dani.kowalczyk@mailbox.com"],
    blocks=[
        ("Objective", "Experienced EFL teacher looking for a university or international-school position in Korea for 2027."),
        ("Experience", [
            E("Native English Teacher", "Haneul Language Institute", "Daegu, South Korea", "2023-03", "present", "facing", "education", [
                "Teach phonics, reading and debate classes to elementary and middle school students (6–12 per class)",
                "Write monthly progress reports for parents and present at the twice-yearly open class",
                "Mentor new foreign teachers during their first month"]),
            E("English Instructor (Kindergarten & Elementary)", "Jeonju Global Prep", "Jeonju, South Korea", "2021-02", "2023-01", "facing", "education", [
                "Homeroom teacher for a class of 5-year-olds; taught afternoon elementary classes",
                "Prepared students for the annual English musical"]),
            E("Substitute Teacher", "Marlow County Public Schools", "Frederick, MD", "2019-09", "2020-12", "facing", "education"),
            E("Barista", "Copperleaf Coffee", "Frederick, MD", "2017-06", "2019-08", "facing", "in_person_service", [
                "Made drinks, ran the register and opened the store on weekends"]),
        ]),
        ("Education", ["B.A. Elementary Education, Potomac Valley University, 2019", "120-hour TEFL Certificate, 2020"]),
        ("Skills", ["Classroom management for young learners · Google Slides / Canva · Basic Korean (TOPIK 2)"]),
    ]))

# ------------------------------------------------------------------ w005
RES.append(dict(
    id="w005", engine="docx", layout="tabs", order="title_org", dstyle="mon", present="Present", bullet="•",
    family="UK school bursar, Word with right tab-stop dates, bold title and italic school line, parent governor year-only",
    code="docx, tabs/title_org, mon / 'Present'",
    name="Gillian Marsh-Pennock",
    head=["Norwich, Norfolk  •  07812 330 581  •  gill.marshpennock@mailbox.co.uk"],
    blocks=[
        ("Personal Statement", "AAT-qualified school finance professional with over ten years in education. I look after the money "
                               "so that heads and teachers don't have to."),
        ("Employment", [
            E("School Bursar", "Kingsmead Academy Trust", "Norwich", "2019-04", "present", "none", None, [
                "Prepare and monitor the annual budget (£6.2m) for two academies and report monthly to the trustees",
                "Run payroll inputs, pension returns and the year-end audit with the external auditors",
                "Procure catering, cleaning and ICT contracts; manage the premises team"]),
            E("Finance & Lettings Officer", "Thornfield High School", "Norwich", "2015-09", "2019-03", "facing", "in_person_service", [
                "Processed purchase orders and invoices on PS Financials",
                "Took bookings from clubs and community groups hiring the sports hall and showed new hirers round in the evenings",
                "Chased unpaid lettings invoices"]),
            E("Accounts Assistant", "Brindle & Cole Accountants", "Norwich", "2012-06", "2015-08", "affecting", None, [
                "Kept the books and prepared VAT returns for a portfolio of small client businesses",
                "Prepared draft year-end accounts for the partners to review"]),
        ]),
        ("Voluntary", [
            E("Parent Governor", "Otterbrook Primary School", "Norwich", "2017", "2021", "none", None, [
                "Member of the finance and resources committee"], section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Qualifications", ["AAT Level 4 Diploma in Professional Accounting (2014)", "CSBM (Certificate of School Business Management), 2018"]),
        ("References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w006
RES.append(dict(
    id="w006", engine="md", layout="md", order="title_org", dstyle="mon", present="Present", md_bold=True, bullet="-",
    family="English teacher in Vietnam after a Spanish language-assistant year, Markdown with bold titles and italic dates",
    code="md, bold/title_org, mon / 'Present'",
    name="Priya Hallworth",
    head=["Ho Chi Minh City, Vietnam · +84 90 318 4471 · priya.hallworth@mailbox.org"],
    blocks=[
        ("About me", "Friendly, adaptable TEFL teacher (CELTA) with experience teaching teens and adults in Spain and Vietnam."),
        ("Teaching", [
            E("English Teacher", "Lotus Bridge Language Centre", "Ho Chi Minh City", "2024-02", "present", "facing", "education", [
                "Teach IELTS preparation and general English to classes of up to 20 students",
                "Give speaking feedback in one-to-one tutorials and help students choose the right course level"]),
            E("Auxiliar de Conversación (Language Assistant)", "IES Río Tormes", "Salamanca, Spain", "2022-10", "2023-05", "facing", "education", [
                "Supported English and bilingual science classes (12–16 year olds), 16 hours a week",
                "Prepared students for Cambridge B1 and B2 speaking exams"]),
            E("Private English Tutor", "Self-employed", "Salamanca", "2022-11", "2023-06", "facing", "education", [
                "Weekly conversation classes for four adult learners and two secondary students"], etype="freelance"),
        ]),
        ("Other work", [
            E("Front of House", "The Crooked Spoon", "Leeds", "2020-07", "2022-08", "facing", "in_person_service", [
                "Seated guests, took orders and handled bookings on the phone"]),
            E("Research Assistant (part-time)", "Airedale University, School of Education", "Leeds", "2021-01", "2022-06", "none", None, [
                "Transcribed and coded interview data for a study on teacher workload"], section="other"),
        ]),
        ("Education", ["BA (Hons) Spanish and Linguistics, Airedale University, 2022", "Cambridge CELTA, 2023"]),
        ("Languages", ["English (native), Spanish (C1), Vietnamese (beginner)"]),
    ]))

# ------------------------------------------------------------------ w007
RES.append(dict(
    id="w007", engine="reportlab", layout="sidebar", order="title_org", dstyle="mm/yyyy", present="Current",
    family="UK early-years practitioner, reportlab with shaded left sidebar (contact, qualifications, skills)",
    code="reportlab, sidebar/title_org, mm/yyyy / 'Current'",
    name="Chantelle Birtwistle",
    head=["Stockport SK3", "07958 662 014", "chantelle.b@mailbox.co.uk"],
    side=[
        ("Qualifications", ["CACHE Level 3 Diploma for the Early Years Workforce (2020)", "Paediatric First Aid (renewed 2025)",
                            "Level 2 Food Hygiene"]),
        ("Skills", ["EYFS planning", "Learning journals (Tapestry)", "Key person role", "Makaton signs"]),
    ],
    blocks=[
        ("Profile", "Caring early years practitioner with six years' nursery experience, including two years as the nursery cook "
                    "before I qualified. Key person to eight children in the pre-school room."),
        ("Experience", [
            E("Early Years Practitioner (Level 3)", "Little Acorns Day Nursery", "Stockport", "2020-06", "present", "facing", "education", [
                "Key person for eight pre-school children: observations, next steps and Tapestry updates",
                "Plan messy play, outdoor learning and phonics sessions",
                "Give parents feedback at pick-up and run the termly parents' evening for my key children"]),
            E("Nursery Assistant", "Bumblebee Corner Nursery", "Stockport", "2018-09", "2020-05", "facing", "education", [
                "Worked in the baby room: feeds, nappy changes, sleep checks and sensory play"]),
            E("Nursery Cook", "Bumblebee Corner Nursery", "Stockport", "2017-03", "2018-08", "affecting", None, [
                "Cooked breakfast, lunch and tea for 60 children from a four-week rotating menu",
                "Managed allergy and dietary plans and kept kitchen records for inspections"]),
            E("Sales Assistant", "Kidzone Toys", "Stockport", "2015-04", "2017-02", "facing", "in_person_service", [
                "Served customers, gift-wrapped and helped at the Christmas grotto"]),
        ]),
        ("Interests", ["Baking, forest school, volunteering at my daughter's Rainbows group"]),
    ]))

# ------------------------------------------------------------------ w008
RES.append(dict(
    id="w008", engine="docx", layout="table", order="title_org", dstyle="year", present="present", sep="–",
    bullet="–",
    family="Australian education academic CV, Word with a borderless table per position, year-only dates, publications",
    code="docx, table/title_org, year / 'present'",
    name="Dr Eleanor Vance-Murugan",
    head=["School of Education, Eastwater University, Brisbane QLD", "eleanor.vm@mailbox.edu.au | 0412 880 519 | ORCID 0000-0002-0000-1111"],
    blocks=[
        ("Academic Appointments", [
            E("Senior Lecturer in Education", "Eastwater University", "Brisbane", "2019", "present", "facing", "education", [
                "Coordinate and teach EDU2104 Teaching Literacy in the Middle Years (420 students, on campus and online)",
                "Supervise 5 PhD and 3 Masters by Research candidates",
                "Academic lead for professional experience placements in partner schools"], prec="year"),
            E("Lecturer", "Eastwater University", "Brisbane", "2015", "2018", "facing", "education", [
                "Taught undergraduate and graduate literacy education units; convened the Master of Teaching capstone"],
              prec="year"),
            E("Postdoctoral Research Fellow", "Institute for Learning Sciences, Kelvin Grove University", "Brisbane", "2012", "2014", "none", None, [
                "Research fellow on an ARC Linkage project on adolescent reading engagement; data analysis and reporting"],
              prec="year"),
            E("Sessional Tutor", "Kelvin Grove University", "Brisbane", "2009", "2011", "facing", "education", [
                "Tutorials and marking for first-year education units while completing my PhD"], prec="year"),
        ]),
        ("School Teaching", [
            E("Secondary Teacher (English and Science)", "Maroon Creek State High School", "Ipswich QLD", "2005", "2008", "facing", "education",
              [], prec="year"),
        ]),
        ("Selected Publications", [
            "Vance-Murugan, E. (2024). Reading for pleasure in the middle years: a mixed-methods study. Australian Journal of Literacy Inquiry, 47(2), 88–104.",
            "Vance-Murugan, E., & Tolliver, S. (2021). Pre-service teachers' talk about struggling readers. Teaching and Teacher Review, 33, 1–17.",
            "Vance-Murugan, E. (2016). Boys, books and belonging. Brisbane: Eastwater Press."]),
        ("Grants", ["ARC Discovery Project (CI), 2023–2026, $412,000", "Eastwater Teaching Innovation Grant, 2020"]),
        ("Qualifications", ["PhD (Education), Kelvin Grove University, 2012", "Grad. Dip. Education (Secondary), 2004",
                            "BSc (Biology), 2003"]),
    ]))

# ------------------------------------------------------------------ w009
RES.append(dict(
    id="w009", engine="html", layout="html", order="pipe", dstyle="month", present="Present",
    family="US school front-office manager, HTML résumé saved from a builder, pipe title/school/town line with dates",
    code="html, plain/pipe, month / 'Present'",
    name="Rosalind Achebe-Whitfield",
    head=["Tacoma, WA 98405 · (253) 555-0192 · roz.whitfield@mailbox.com"],
    blocks=[
        ("Summary", "School office professional with 12 years in K-12 settings; calm under pressure, fluent in Skyward and "
                    "Synergy, bilingual English/Igbo."),
        ("Work Experience", [
            E("Front Office Manager", "Pinecrest Elementary School", "Tacoma, WA", "2021-08", "present", "facing", "in_person_service", [
                "Greet and sign in visitors, volunteers and parents; first point of contact for families",
                "Supervise two office assistants and coordinate the substitute teacher schedule",
                "Handle enrollment paperwork with new families and arrange translation when needed"]),
            E("Attendance Clerk", "Harbor View Middle School", "Tacoma, WA", "2018-09", "2021-07", "facing", "in_person_service", [
                "Checked late students in at the attendance window and issued passes",
                "Recorded absences in the SIS and phoned families after three unexcused absences"]),
            E("Payroll Specialist", "Narrows Bay School District", "Tacoma, WA", "2014-05", "2018-08", "none", None, [
                "Processed semi-monthly payroll for 900 certificated and classified staff",
                "Reconciled benefit deductions and prepared quarterly tax filings"]),
        ]),
        ("Volunteer", [
            E("PTA Treasurer", "Pinecrest Elementary PTA", "Tacoma, WA", "2019", "2022", "none", None, [
                "Kept PTA accounts, prepared the annual budget and filed the 990-N"],
              section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Education", ["A.A.S. Accounting, Puget Crest Community College"]),
    ]))

# ------------------------------------------------------------------ w010
RES.append(dict(
    id="w010", engine="fpdf", layout="left", order="dateline", dstyle="mon", present="till date",
    family="Indian maths tutor on online tutoring platforms, fpdf2 left header, title, company and dates on separate lines",
    code="fpdf2, left/dateline, mon / 'till date'",
    name="Sneha Raghunathan",
    head=["Pune, Maharashtra · +91 98220 41736 · sneha.raghu@mailbox.in"],
    blocks=[
        ("Career Objective", "To work as a mathematics educator where I can use my experience of online and home tuition "
                             "for classes 8–12 and JEE foundation."),
        ("Work Experience", [
            E("Online Maths Tutor", "VidyaSetu Live", "Remote", "2022-07", "present", "facing", "education", [
                "Take 1:1 live sessions for CBSE class 9–12 students, 25–30 hours per week",
                "Rated 4.9/5 by students; speak with parents monthly about progress"], etype="freelance"),
            E("Subject Matter Expert (Mathematics)", "Questory EdTech Pvt. Ltd.", "Bengaluru", "2020-01", "2022-06", "affecting", None, [
                "Wrote step-by-step solutions for the question bank (NCERT and JEE Main level)",
                "Reviewed solutions written by other SMEs for errors and formatting"]),
            E("Doubt Solving Expert (part-time)", "AskKaro Learning", "Remote", "2019-03", "2019-12", "facing", "education", [
                "Solved students' maths doubts over in-app chat within 15 minutes"], etype="freelance"),
            E("Home Tutor", None, "Pune", "2016-06", "2019-12", "facing", "education", [
                "Taught maths and science to school students at their homes"], etype="freelance"),
            E("Trainee Teacher (B.Ed. internship)", "Shree Ganesh Vidyalaya", "Pune", "2018-07", "2018-10", "facing", "education", [
                "Taught 40 lessons to classes 7 and 8 under supervision"], etype="internship"),
        ]),
        ("Education", ["B.Ed., Savitribai College of Education, 2019", "M.Sc. Mathematics, 2017", "B.Sc. Mathematics, 2015"]),
        ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge."]),
    ]))

# ------------------------------------------------------------------ w011
RES.append(dict(
    id="w011", engine="docx", layout="sidebar", order="title_org", dstyle="mon", present="Present", bullet="•",
    family="UK SEN teaching assistant, Word two-column layout table with shaded sidebar",
    code="docx, sidebar/title_org, mon / 'Present'",
    name="Kieran Moss",
    head=["Bolton BL1", "07733 419 207", "kieran.moss@mailbox.co.uk"],
    side=[
        ("Training", ["Team Teach (Level 2)", "Makaton Level 1", "Autism awareness (2023)", "Safeguarding Level 2"]),
        ("Skills", ["De-escalation", "Visual timetables", "Personal care", "Zones of Regulation"]),
    ],
    blocks=[
        ("Profile", "Patient and steady SEN teaching assistant. I have supported children with autism, ADHD and SEMH needs "
                    "in mainstream and alternative provision."),
        ("Work experience", [
            E("SEN Teaching Assistant (1:1)", "Brookfield Community School", "Bolton", "2022-01", "present", "facing", "education", [
                "1:1 support for a Year 8 pupil with autism across the timetable",
                "Adapt worksheets and run sensory breaks; contribute to EHCP reviews"]),
            E("Learning Support Assistant", "Ashgrove Learning Centre (PRU)", "Bolton", "2019-09", "2021-12", "facing", "education", [
                "Supported small groups of KS3/KS4 students excluded from mainstream school",
                "Ran the breakfast club and lunchtime football"]),
            E("Residential Support Worker", "Maple Lodge Children's Home", "Wigan", "2017-02", "2019-08", "facing", "healthcare_care", [
                "Shift work caring for four young people aged 11–17; key worker for two"]),
            E("Warehouse Operative", "Parcelink", "Bolton", "2015-05", "2017-01", "affecting", None, [
                "Sorted and loaded parcels for next-day home delivery"]),
        ]),
        ("Education", ["NCFE Level 3 Certificate in Supporting Teaching and Learning (2020)", "GCSEs incl. English and Maths"]),
    ]))

# ------------------------------------------------------------------ w012
RES.append(dict(
    id="w012", engine="txt", layout="caps", order="datesfirst", dstyle="mon", present="present", sep="–", bullet="",
    family="UK history lecturer's academic CV as plain text, caps headings, dates first, publications and teaching sections",
    code="txt, caps/datesfirst, mon / 'present'",
    name="Dr Owain Pritchard-Lowe",
    head=["Department of History, University of Hartwell", "o.pritchardlowe@mailbox.ac.uk  |  01632 960 448"],
    blocks=[
        ("Employment", [
            E("Lecturer in Modern History", "University of Hartwell", None, "2020-09", "present", "facing", "education", [
                "Convene second-year module 'Cities and Empire, 1850-1950' (140 students) and teach first-year survey seminars.",
                "Personal tutor to 22 undergraduates; supervise 10-12 final-year dissertations a year."]),
            E("Teaching Fellow", "University of Hartwell", None, "2018-09", "2020-08", "facing", "education", [
                "Taught seminars and lectures across the first-year programme (12 contact hours a week)."]),
            E("Graduate Teaching Assistant", "Castlemere University", None, "2014-10", "2018-06", "facing", "education", [
                "Led weekly seminars for 'Europe since 1789' and marked essays."]),
        ]),
        ("Other research and academic work", [
            E("Archive Research Assistant (part-time)", "Castlemere University Special Collections", None, "2015-01", "2016-12", "none", None, [
                "Catalogued the Ellerby family papers (c. 3,000 letters) and wrote item descriptions for the online catalogue."],
              section="other"),
            E("External Examiner's Marker", "Northgate Examinations Board", None, "2017", "2019", "affecting", None, [
                "Marked A-level History coursework samples each summer for moderation."], etype="freelance", prec="year"),
        ]),
        ("Education", ["PhD History, Castlemere University (2019). Thesis: 'Water, Sewers and Civic Pride in Welsh Towns, 1860-1914'",
                       "MA Modern History, Castlemere University (2014)", "BA History, University of Hartwell (2013)"]),
        ("Publications", ["'Pipes and Pride: municipal water in Merthyr and Swansea', Urban History Quarterly 51 (2024)",
                          "'The civic gospel in small towns', in R. Ames (ed.), Victorian Localities (Hartwell UP, 2022)"]),
        ("Teaching qualifications", ["Fellow of the Higher Education Academy (FHEA), 2019"]),
        ("Referees", ["Prof. Helen Starkey, University of Hartwell; Dr Idris Maddox, Castlemere University"]),
    ]))

# ------------------------------------------------------------------ w013
RES.append(dict(
    id="w013", engine="reportlab", layout="twocol", order="title_org", dstyle="mon", present="Present",
    footer="Joanna Fairley-Soto – CV – page {page}", font="dejavu",
    family="Director of Studies at a Spanish language academy, 2-page reportlab CV with two-column header and page footer",
    code="reportlab, twocol/title_org, mon / 'Present'",
    name="Joanna Fairley-Soto",
    head=["Calle de Colón 18, 46004 Valencia", "+34 611 920 347", "jo.fairleysoto@mailbox.es", "DELTA · CELTA · Cambridge examiner"],
    blocks=[
        ("Profile", "English language teaching professional with thirteen years in Spain, the last seven in academic management. "
                    "I look after a team of 14 teachers and about 600 students a year, and I still teach eight hours a week "
                    "because I think a Director of Studies who doesn't teach loses touch with the classroom."),
        ("Career History", [
            E("Director of Studies", "Academia Puente Azul", "Valencia", "2019-09", "present", "facing", "education", [
                "Recruit, induct and observe teachers; run the weekly teacher development sessions",
                "Build the timetable and course offer each term, and place new students after a level test and short interview",
                "Meet parents of young learners who are unhappy with progress and agree a plan with the class teacher",
                "Teach two adult C1 groups (8 hours a week)",
                "Raised Cambridge exam pass rates from 81% to 92% over four years"]),
            E("Senior Teacher", "Academia Puente Azul", "Valencia", "2016-09", "2019-08", "facing", "education", [
                "Full teaching timetable (young learners, teens, adults), plus the exam-preparation courses",
                "Mentored new teachers and wrote the in-house B1 Preliminary course"]),
            E("EFL Teacher", "Lingua Viva Language School", "Málaga", "2013-10", "2016-07", "facing", "education", [
                "Taught general English and business English, including in-company classes at local firms"]),
            E("Speaking Examiner (freelance)", "Costa Exams Centre", "Málaga", "2014-05", "2019-06", "facing", "education", [
                "Examined candidates for Cambridge A2–C1 speaking tests during exam sessions, usually weekends"],
              etype="freelance"),
            E("Au Pair", None, "Madrid", "2012-09", "2013-06", "facing", "education", [
                "Looked after two children aged 4 and 7, school runs and English at home"]),
            E("Office Junior", "Hemsley Print & Copy", "Reading", "2010-07", "2012-08", "facing", "in_person_service", [
                "Served customers at the print counter, took orders by phone and kept the job board up to date",
                "Filing, post and stationery orders"]),
        ]),
        ("Qualifications", ["Cambridge DELTA (Modules 1–3), 2018", "Cambridge CELTA, 2012",
                            "BA (Hons) French and Spanish, University of Kennet, 2010"]),
        ("Languages", ["English (native), Spanish (C2), French (B2), Valencian (A2)"]),
        ("Professional Development", ["IATEFL conference speaker, 2022: 'Placement interviews that actually place'",
                                      "Safeguarding for language schools, 2024"]),
        ("Teacher Training Delivered", [
            "Monthly in-house workshops (2019–present): lesson staging for teens, feedback on writing, using the coursebook less",
            "Observation cycle for all teachers twice a year, with a follow-up development plan",
            "Cambridge Teaching Framework self-assessment introduced across the academy (2021)",
            "Induction week for new teachers each September: placement testing, school systems, safeguarding",
            "Peer-observation scheme and a shared bank of lesson plans on the school drive"]),
        ("Courses Taught", [
            "Young learners: Cambridge Starters, Movers, Flyers (ages 7–12)",
            "Teens: B1 Preliminary, B2 First, C1 Advanced exam preparation",
            "Adults: general English A2–C2, business English in-company, IELTS Academic",
            "Short summer intensives for university students preparing Erasmus years"]),
        ("Interests", ["Running (Valencia half marathon 2023, 2024), Valencian cooking, choir, reading crime novels in Spanish"]),
        ("References", [
            "Sr. Andrés Llorente Ibáñez, Owner and Managing Director, Academia Puente Azul, Valencia — andres.llorente@mailbox.es",
            "Ms Catriona Whelan, former Director of Studies, Lingua Viva Language School, Málaga — cwhelan@mailbox.es"]),
    ]))

# ------------------------------------------------------------------ w014
RES.append(dict(
    id="w014", engine="docx", layout="header", order="title_org", dstyle="mm/yyyy", present="Present", bullet="-",
    family="UK exams officer and school data manager, name and contact in the Word page header, career break listed",
    code="docx, header/title_org, mm/yyyy / 'Present'",
    name="Nadia Farouk",
    head=["Swindon, Wiltshire | 07824 115 903 | nadia.farouk@mailbox.co.uk"],
    blocks=[
        ("Career Summary", "Examinations officer with ten years in secondary schools (exams, data and invigilation)."),
        ("Employment History", [
            E("Examinations Officer", "Fernbrook Academy", "Swindon", "2020-01", "present", "facing", "other_facing", [
                "Manage GCSE and A-level entries, access arrangements and the invigilator team (18 invigilators)",
                "Run results days: hand results to students and talk them and their parents through re-marks and appeals",
                "JCQ inspection ready every year since 2021"]),
            E("Data Manager", "Fernbrook Academy", "Swindon", "2016-04", "2019-12", "none", None, [
                "Maintained SIMS, built assessment reports for heads of department and submitted the school census"]),
            E("Exam Invigilator", "Fernbrook Academy", "Swindon", "2014-05", "2016-03", "facing", "other_facing", []),
            E("Receptionist", "Castle Dental Practice", "Swindon", "2011-02", "2014-04", "facing", "in_person_service", [
                "Booked appointments, took payments and handled patient queries"]),
            E("Career break – raising young children", None, None, "2009-06", "2011-01", "none", None, [], etype="unknown"),
        ]),
        ("Education & Training", ["AAT Level 2 (2015)", "Exams Officer Training Level 2, 2020", "GCSEs and A-levels, Swindon"]),
    ]))

# ------------------------------------------------------------------ w015
RES.append(dict(
    id="w015", engine="md", layout="md", order="dash", dstyle="mon", present="Present", bullet="*",
    family="Canadian French-immersion teacher turned instructional designer, Markdown h3 'Title – Employer' lines",
    code="md, h3/dash, mon / 'Present'",
    name="Geneviève Ostrowski",
    head=["Toronto, ON · 416-555-0173 · gen.ostrowski@mailbox.ca · portfolio: genostrowski.design"],
    blocks=[
        ("Experience", [
            E("Instructional Designer", "Northlake Learning Labs", "Toronto, ON", "2021-05", "present", "affecting", None, [
                "Design self-paced K-8 science units for a learning app used by 300+ schools",
                "Run needs-analysis interviews with teachers and turn findings into storyboards",
                "Write scripts for animated explainers and brief the voice-over artists"]),
            E("Learning Experience Writer (contract)", "Pathwise Kids", "Remote", "2020-01", "2021-04", "affecting", None, [
                "Wrote bilingual reading passages and comprehension questions for grades 2–5"], etype="freelance"),
            E("Elementary French Immersion Teacher", "Grey Birch District School Board", "Barrie, ON", "2013-09", "2019-12", "facing", "education", [
                "Grade 2 and grade 3 French immersion homeroom teacher",
                "Ran the school's reading buddies program"]),
            E("Camp Counsellor", "Camp Tall Cedars", "Huntsville, ON", "2012-06", "2012-08", "facing", "education", [
                "Cabin counsellor for eight 9-year-olds; led canoe and nature programs"], dtext="Summer 2012"),
        ]),
        ("Education", ["B.Ed., Lakehead Shores University, 2013", "Certificate in Instructional Design, Metro Polytechnic, 2020"]),
        ("Tools", ["Articulate Storyline, Rise, Figma, Canva, H5P"]),
    ]))
