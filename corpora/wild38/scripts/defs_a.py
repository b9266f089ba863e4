"""wild38 résumés w001–w015 (each dict renders the file and its gold line)."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.pdf", renderer="reportlab", layout="plain", font="Helvetica", size=10,
    family="UK primary teacher retiring after 34 years, now tutoring; single column, 'Earlier career' one-liners, Brownie leader",
    layout_code="plain/title_org + oneline", dstyle="month", sep=" – ", present="Present", bul="•",
    name="Gillian Ashworth", hdr_align="center",
    contact=["14 Millrace Close, Wexcombe, Dunmorton DN7 4QH", "07700 900 362  ·  gill.ashworth@mailbox.co.uk"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Profile"),
        ("p", "Primary teacher with thirty-four years in the classroom, the last twenty-one at Brackenfield Primary, "
              "where I taught upper Key Stage 2 and led maths. I retired from full-time teaching in July 2026 and am "
              "looking for a part-time role helping children with maths – intervention groups, tutoring or learning "
              "mentor work – in or near Wexcombe. Enhanced DBS on the update service."),
        ("h", "Teaching Experience"),
        E("Private Maths Tutor", "Self-employed", "Wexcombe", "2026-09", "present", "month", "facing", "education",
          etype="freelance",
          bullets=["Weekly one-to-one sessions for six pupils in Years 5 to 7, four at home and two online",
                   "Mostly arithmetic fluency and confidence – several are anxious about starting secondary maths"]),
        E("Class Teacher (Upper KS2) and Maths Subject Leader", "Brackenfield Primary School", "Wexcombe",
          "2005-09", "2026-07", "month", "facing", "education",
          bullets=["Taught Year 5 and Year 6 classes of up to 32; permanent Year 6 teacher from 2014, which meant eleven "
                   "sets of KS2 SATs",
                   "Maths lead from 2011: rewrote the calculation policy, brought in mastery-style lessons and ran two "
                   "INSET sessions a year for staff",
                   "Ran a Thursday maths club and small catch-up groups for pupils working below the expected standard",
                   "Parents' evenings each term, plus extra meetings when a child was struggling or worried about "
                   "moving up to secondary",
                   "Mentored nine trainee and early career teachers"]),
        ("sub", "Earlier career"),
        E("Class Teacher (Years 3 and 4)", "St Aidan’s C of E Primary School", "Crossgate", "1999-01", "2005-12",
          "year", "facing", "education", hdr=[("{d}    {t}, {ol}", None, "n")]),
        E("Class Teacher", "Rowan Lane Infant School", "Crossgate", "1992-01", "1998-12", "year", "facing", "education",
          hdr=[("{d}    {t}, {ol} (Reception and Year 1; maternity leave 1996)", None, "n")]),
        ("h", "Other Work"),
        E("KS2 Reading Marker (seasonal)", "National Test Marking Services", None, "2015-01", "2019-12", "year",
          "affecting", hdr=[("{t}, {o}", "{d}", "b")],
          bullets=["Marked Key Stage 2 reading papers online against the mark scheme each May and June"]),
        ("h", "Volunteering"),
        E("Unit Leader", "1st Wexcombe Brownies", "Wexcombe", "2008-01", "present", "year", "facing", "volunteering",
          section="volunteer", etype="volunteer",
          hdr=[("{t} (“Brown Owl”), {o}", "{d}", "b")],
          bullets=["Plan and run Tuesday evening meetings for 24 girls aged 7–10 with two other leaders",
                   "Take the unit away on a pack holiday every other summer; I hold the residential licence"]),
        ("h", "Education and Training"),
        ("lines", ["PGCE (Primary), Northbridge College of Education, 1991",
                   "BA (Hons) History, University of Dunmorton, 1990",
                   "Primary mathematics specialist programme, 2012–2014",
                   "Safeguarding (Level 2) and paediatric first aid, renewed 2025"]),
        ("h", "Interests"),
        ("p", "Fell walking, the church choir, and – I am told – an unhealthy interest in times tables."),
    ],
))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.docx", renderer="docx", docx="styles", page="letter", font="Cambria", size=10.5,
    family="US high-school social studies teacher (30 years) now tutoring and a museum docent, Word heading styles and right tab-stop dates",
    layout_code="styles/title_org", dstyle="mon", sep=" – ", present="Present",
    name="Robert J. Kessler", dname="title",
    contact=["Marshfield, IN 46950  |  (765) 555-0148  |  rkessler56@mailbox.com"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Summary"),
        ("p", "Retired social studies teacher (30 years, AP U.S. History and Government) looking for a part-time "
              "education role – museum education, adult ed or tutoring. Comfortable with teenagers, parents and "
              "fourth-graders on a field trip, in roughly that order."),
        ("h", "Professional Experience"),
        E("Part-Time Tutor", "BrightPath Learning Center", "Marshfield, IN", "2023-09", "present", "month",
          "facing", "education", td="Part-Time Tutor – SAT/ACT Reading & U.S. History",
          bullets=["Tutor high school students one-on-one and in groups of three, 12–15 hours a week",
                   "Write practice sets aimed at each student's weak spots and send a short progress note to "
                   "parents after every session"]),
        E("Social Studies Teacher & Department Chair", "Lakeview Consolidated High School", "Marshfield, IN",
          "1993-08", "2023-06", "month", "facing", "education",
          bullets=["Taught AP U.S. History, U.S. Government and Economics, grades 10–12 (five sections a day, "
                   "24–31 students each)",
                   "Department chair from 2007 for nine teachers: course requests for the master schedule, "
                   "department meetings, $14,000 materials budget",
                   "Supervised 11 student teachers from Hoosier Valley University",
                   "Sponsored the Academic Bowl team – state finals in 2011 and 2016"]),
        E("Assistant Varsity Baseball Coach", "Lakeview Consolidated High School", None, "1995-01", "2010-12", "year",
          "facing", "education", bullets=["Pitchers and catchers; stipend position, spring seasons"]),
        ("h", "Earlier Experience"),
        E("Claims Processor", "Midstate Mutual Insurance Co.", "Fort Calloway, IN", "1987-01", "1991-12", "year",
          "affecting",
          bullets=["Keyed and checked auto claims, matched body-shop estimates to adjuster reports and prepared "
                   "the payment files"]),
        ("h", "Community Involvement"),
        E("Volunteer Docent", "Harlan County Historical Museum", "Marshfield, IN", "2023-10", "present", "month",
          "facing", "volunteering", section="volunteer", etype="volunteer",
          bullets=["Lead 4th-grade field-trip groups through the pioneer and canal galleries",
                   "Cover the front desk on second Saturdays"]),
        ("h", "Education & Licensure"),
        ("lines", ["M.A.T., Secondary Social Studies – Hoosier Valley University, 1993",
                   "B.A., History – Hoosier Valley University, 1986",
                   "Indiana teaching license, Social Studies 5–12 (lifetime, retired status)"]),
    ],
))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.txt", renderer="txt", width=78, hcaps=True, hunder="-", bul="*", bindent="    ",
    family="Irish returner after a 14-year career break (children, then carer), now an SNA; plain-text CV, dates first on each line",
    layout_code="plain/datefirst", dstyle="mon", sep=" - ", present="Present",
    name="CURRICULUM VITAE", pre=["CURRICULUM VITAE", "", "Siobhán Cullinane"],
    contact=["Knockbrack, Co. Tipperary", "Mobile: 087 555 0192", "Email: siobhancullinane@mailbox.ie"],
    ehdr=[("{d}      {t}, {ol}", None, "n")],
    body=[
        ("h", "Profile"),
        ("p", "I am returning to paid work after fourteen years at home with my three children and, for the last "
              "four of those, caring for my father. Since September 2024 I have been working as a Special Needs "
              "Assistant on a temporary contract and I would love a permanent post. I am patient, organised and "
              "good with people, and I have kept my office skills up to date."),
        ("h", "Work History"),
        E("Special Needs Assistant", "St. Colman's National School", "Knockbrack", "2024-09", "present", "month",
          "facing", "education",
          bullets=["Supporting two boys in 3rd class with autism, one full-time and one for the morning",
                   "Help with toileting, break-time and settling back in after yard",
                   "Keep the communication notebook with home every day"]),
        E("Career break", None, None, "2010-01", "2024-12", "year", "none", etype="unknown",
          hdr=[("{d}      {t} - home duties, and from 2020 full-time carer for my father", None, "n")]),
        E("School Secretary", "Scoil Naomh Eoin", "Knockbrack", "2002-03", "2010-08", "month", "facing",
          "in_person_service",
          bullets=["First person parents met at the school - phones, callers to the office, late arrivals and "
                   "sick children waiting to be collected",
                   "Attendance returns, enrolment records, ordering and petty cash",
                   "Typed the principal's letters and did the monthly newsletter"]),
        E("Receptionist/Typist", "Fennelly & Daly Solicitors", "Clonmore", "1998-01", "2002-02", "month", "facing",
          "in_person_service",
          bullets=["Reception and switchboard, audio typing for two solicitors, diary and post"]),
        ("h", "Voluntary Work"),
        E("Treasurer", "Knockbrack Camogie Club", None, "2016-01", "2023-12", "year", "none",
          section="volunteer", etype="volunteer",
          bullets=["Kept the club accounts and lodged the gate money and lotto takings",
                   "Prepared the annual accounts for the AGM and filled in the grant applications"]),
        ("h", "Education"),
        ("lines", ["2024      QQI Level 5 Special Needs Assisting (distinction)",
                   "2024      Computer skills refresher - Word, Excel, Outlook (Knockbrack ETB evening course)",
                   "1996-97   Secretarial course (typing, bookkeeping), Clonmore College of Further Education",
                   "1995      Leaving Certificate"]),
        ("h", "Other"),
        ("p", "Full clean driving licence. Garda vetted (2024). Fluent Irish. References available on request."),
    ],
))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.pdf", renderer="fpdf2", layout="left", font="sans", size=9.5, accent=(20, 60, 110),
    family="Australian mechanic of 35 years who became a driving instructor at 52; fpdf2 left header, title then employer, right-aligned dates",
    layout_code="left/title_org", dstyle="mon", sep=" – ", present="Present", bul="•",
    name="Darren Whitlock", tagline="Accredited Driving Instructor  |  Cert IV Motor Vehicle Driver Training",
    contact=["Mount Carrick VIC 3364  ·  0412 555 087  ·  darren.whitlock@mailbox.com.au"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("p", "Driving instructor since 2021, after 35 years on the tools and running a dealership workshop. "
              "Calm in the passenger seat and I can explain what the car is doing and why. Looking for contract "
              "work with a larger driving school, or more heavy vehicle instructing."),
        ("h", "Employment"),
        E("Driving Instructor", "Whitlock Driver Training", "Mount Carrick VIC", "2021-06", "present", "month",
          "facing", "education", etype="freelance", td="Driving Instructor (owner-operator)",
          bullets=["Lessons for L-platers in a dual-control Corolla, 25–30 lessons a week",
                   "Most of my learners are anxious drivers or mature-age people going for their licence for "
                   "the first time",
                   "Mock tests before the drive test, and log-book advice for parents doing the supervised hours",
                   "Bookings, invoicing, BAS and car maintenance all done myself"]),
        E("Casual HR/MR Driving Instructor", "Carrick Truck & Bus Training", "Carrick Flats VIC", "2023-02",
          "present", "month", "facing", "education",
          bullets=["Weekends and Mondays – range work and on-road training for HR and MR licence candidates"]),
        E("Workshop Foreman", "Bayliss Motors", "Mount Carrick VIC", "2004-03", "2021-05", "month", "facing",
          "in_person_service",
          bullets=["Ran a six-bay workshop, five technicians and two apprentices",
                   "Diagnostics, warranty claims and the final check before cars went back out",
                   "Jumped on the service desk on busy mornings – explaining quotes and repairs to customers "
                   "at drop-off and pick-up",
                   "Took four apprentices through to their trade papers"]),
        E("Motor Mechanic", "various workshops", "Port Halloran and Mount Carrick", "1990-01", "2004-12", "year",
          "affecting", hdr=[("{t} – {o}, {l}", "{d}", "b")]),
        E("Apprentice Motor Mechanic", "Carrick Auto Repairs", "Mount Carrick VIC", "1986-01", "1989-12", "year",
          "affecting", etype="internship", hdr=[("{t} – {o}", "{d}", "b")]),
        ("h", "Community"),
        E("Junior Football Coach (Under 12s)", "Mount Carrick Football Netball Club", None, "2008-01", "2015-12",
          "year", "facing", "volunteering", section="volunteer", etype="volunteer",
          bullets=["Coached my son's age group for seven seasons; Level 1 community coaching accreditation"]),
        ("h", "Licences & Qualifications"),
        ("ul", ["Cert IV in Motor Vehicle Driver Training (2021)",
                "Driving instructor authority; Working with Children Check (current)",
                "HC licence; forklift licence",
                "Cert III Light Vehicle Mechanical Technology (1990)"]),
        ("h", "Referees"),
        ("p", "Available on request – including my former dealer principal at Bayliss Motors."),
    ],
))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.html", renderer="html",
    family="Canadian public librarian (30 years: bookseller, college library technician, cataloguer, branch head), HTML page with floated dates",
    layout_code="page/title_org", dstyle="mon", sep=" – ", present="present",
    name="Priya Raman-Doucette", tagline="Librarian, MLIS",
    contact=["Port Aubrey, Nova Scotia", "902-555-0137 · priya.rd@mailbox.ca"],
    pdf_title="Priya Raman-Doucette | Résumé",
    css="""
body { font-family: 'Segoe UI', Arial, sans-serif; max-width: 760px; margin: 30px auto; color: #1d1d1d; font-size: 15px; }
header h1 { font-weight: 600; letter-spacing: .02em; margin: 0; } .tag { margin: 2px 0 6px; color: #6b2d5c; }
h2 { color: #6b2d5c; font-size: 16px; border-bottom: 2px solid #e6d4e0; padding-bottom: 3px; }
h3 { font-size: 15px; margin: 10px 0 0; } .when { float: right; font-weight: normal; color: #555; }
.org { margin: 0; font-style: italic; } ul { margin-top: 4px; }
""",
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Profile"),
        ("p", "Public librarian who has worked on both sides of the desk – cataloguing for eight years, and "
              "running a busy branch for fourteen. I care about libraries being the first warm, free place "
              "newcomers find. Seeking a branch or community services role in the Halvorsen region."),
        ("h", "Professional Experience"),
        E("Branch Head", "Port Aubrey Public Library", "Port Aubrey, NS", "2012-01", "present",
          "month", "facing", "in_person_service", od="Port Aubrey Public Library – Eastfield Branch",
          bullets=["Manage a branch of 7 staff and about 40 volunteers; roughly 19,000 active cardholders",
                   "Two reference-desk shifts a week – readers' advisory, job-search help, printing, forms, "
                   "whatever walks in",
                   "Started the Tuesday English conversation circle for newcomers in 2013; it now runs three groups",
                   "Branch budget, staff schedule, facilities and incident reports"]),
        E("Cataloguing Librarian", "Port Aubrey Public Library", "Port Aubrey, NS", "2003-06", "2011-12",
          "month", "affecting", od="Port Aubrey Public Library, Technical Services",
          bullets=["Original and copy cataloguing in MARC 21 for print, AV and French-language material",
                   "Authority control and record clean-up after the 2008 ILS migration",
                   "Wrote the local cataloguing manual later adopted by the regional consortium"]),
        E("Library Technician", "Nova Shore Community College Library", "Lunenport, NS", "1996-01", "2003-12",
          "year", "facing", "in_person_service", prose=True,
          bullets=["Circulation and reserve desk, evenings and weekends.",
                   "Showed students how to find articles in the databases and handled interlibrary loans."]),
        ("h", "Earlier Experience"),
        E("Bookseller (part-time)", "Harbourside Books", "Port Aubrey", "1991-01", "1996-12", "year", "facing",
          "in_person_service", hdr=[("{t}, {ol}", "{d}", "n")]),
        ("h", "Community"),
        E("Volunteer Coordinator, Reading Buddies", "Eastfield Family Resource Centre", None, "2015-01", "present",
          "year", "facing", "volunteering", section="volunteer", etype="volunteer",
          bullets=["Match teen volunteers with Grade 2–3 readers and run the Saturday session myself twice a month"]),
        ("h", "Education"),
        ("lines", ["MLIS, Atlantic Coast University (part-time), 2003",
                   "Diploma, Library and Information Technology, Nova Shore Community College, 1996",
                   "BA, English and French, Atlantic Coast University, 1991"]),
        ("h", "Languages"),
        ("p", "English, French (good working), Tamil (spoken)."),
    ],
))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.docx", renderer="docx", docx="table", font="Arial", size=10, dhead="caps",
    family="South African maths teacher (22 years) turned school bursar, church society treasurer; Word table per job",
    layout_code="table/title_org", dstyle="month", sep=" – ", present="Present",
    name="THANDEKA MOKOENA", dname="plain", dalign="center",
    contact=["12 Kiaat Street, Rietvallei, Gauteng  •  072 555 4418  •  thandeka.mokoena@mailbox.co.za"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Personal Details"),
        ("kv", [("Nationality", "South African"), ("Driver's licence", "Code B (EB)"),
                ("Languages", "English, isiZulu, Sesotho, Afrikaans"), ("Health", "Excellent")]),
        ("h", "Career Summary"),
        ("p", "Twenty-two years as a mathematics educator and HOD, and since 2014 bursar of a fee-paying public "
              "high school. I know both the classroom and the finance office, and I am looking for a finance "
              "or business manager post at an independent school."),
        ("h", "Career History"),
        E("School Bursar", "Kloofsig High School", "Rietvallei, Gauteng", "2014-01", "present", "month", "affecting",
          bullets=["Draw up the annual budget with the SGB finance committee and report monthly to the SGB",
                   "Issue monthly school-fee statements for 1,140 learners; hand long-outstanding accounts to "
                   "the school's attorneys",
                   "Process fee exemption applications against the regulations and prepare the schedules for "
                   "the SGB",
                   "Run payroll for 23 SGB-paid educators and support staff on Pastel; EMP201 and IRP5s",
                   "Prepare the books for the annual audit – unqualified audit every year since 2014"]),
        E("Head of Department: Mathematics", "Rietvallei Secondary School", "Rietvallei", "2006-01", "2013-12",
          "month", "facing", "education",
          bullets=["Taught Mathematics Grade 11 and 12; 2013 matric Maths pass rate 87%",
                   "Moderated school-based assessment and set the departmental exam papers"]),
        E("Mathematics Educator", "Rietvallei Secondary School", "Rietvallei", "1998-01", "2005-12", "month",
          "facing", "education",
          bullets=["Maths and Maths Literacy Grade 8–10, class teacher, netball coach"]),
        E("Mathematics Educator", "Lesedi Comprehensive School", "Lesedi Park", "1992-01", "1997-12", "month",
          "facing", "education"),
        ("h", "Community"),
        E("Society Treasurer", "Rietvallei Methodist Church", None, "2010-01", "present", "year", "none",
          section="volunteer", etype="volunteer",
          bullets=["Count and bank the Sunday offering with two stewards",
                   "Pay the church's accounts and report at the quarterly leaders' meeting"]),
        ("h", "Qualifications"),
        ("lines", ["BCom (Accounting) – Southern Africa Distance University, 2012 (part-time)",
                   "Secondary Teachers' Diploma (Mathematics) – Thabong College of Education, 1991",
                   "Pastel Payroll & Accounting certificates, 2014"]),
        ("h", "References"),
        ("lines", ["Mr D. Pretorius, Principal, Kloofsig High School – 011 555 0290",
                   "Mrs N. Khumalo, Chairperson SGB Finance Committee – 082 555 7713"]),
    ],
))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007.md", renderer="md", md_h="##", bul="-", rjoin=" | ",
    family="New Zealand PE teacher and sports coordinator, rugby development officer, club secretary; Markdown with h3 titles",
    layout_code="h3 title/org_dates", dstyle="month", sep=" – ", present="present",
    name="Tama Rangihuna",
    contact=["Rākau Bay, Hawke's Coast", "021 555 3306 · tama.rangihuna@mailbox.co.nz"],
    contact_join=" · ",
    ehdr=[("{t}", None, "h3"), ("{ol}", "{d}", "b")],
    body=[
        ("p", "Kia ora. I've spent thirty-odd years getting kids into sport – as a development officer, a PE "
              "teacher and now running sport at Te Awa College. After twelve seasons with the 1st XV I'm keen "
              "on a regional role that supports school sport more widely."),
        ("h", "Mahi / Work"),
        E("Sports Coordinator", "Te Awa College", "Rākau Bay", "2015-01", "present", "month", "facing", "education",
          bullets=["Run the sports programme for about 900 students: 24 codes, around 60 teams, draws, transport "
                   "and uniforms",
                   "Coach the 1st XV – Tuesday and Thursday trainings, Saturday games",
                   "Recruit, vet and look after 70-odd parent and staff coaches",
                   "Sports budget and fundraising with the student sports council"]),
        E("PE & Health Teacher", "Kōwhai Grove Intermediate", "Rākau Bay", "2001-01", "2014-12", "year", "facing",
          "education",
          bullets=["Year 7 and 8 PE and health, including the puberty and drug education units",
                   "Ran the lunchtime leagues and the annual athletics day"]),
        E("Rugby Development Officer", "Eastern Bays Rugby Union", None, "1995-01", "2000-12", "year", "facing",
          "education",
          bullets=["Coaching clinics in thirty-odd primary and intermediate schools each year",
                   "Weeknight courses for club coaches and referees"]),
        ("h", "Volunteering"),
        E("Club Secretary", "Rākau Bay Rugby & Sports Club", None, "2003-01", "2019-12", "year", "facing",
          "volunteering", section="volunteer", etype="volunteer",
          bullets=["Minutes, correspondence, player registrations and union returns",
                   "Ran registration day every February – the first face new players and their parents met"]),
        ("h", "Before all that"),
        E("Seasonal Labourer", "Rākau Bay Meats", None, "1990-01", "1994-12", "year", "none",
          hdr=[("{t}, {o} (freezing works, killing season)", "{d}", "n")]),
        ("h", "Qualifications"),
        ("lines", ["Graduate Diploma of Teaching (Secondary) – 2000",
                   "BSpExSc – 1995",
                   "Rugby coaching Level 3; first aid (current)"]),
    ],
))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.pdf", renderer="reportlab", layout="sidebar", font="DejaVu", size=9.5, accent=(0.35, 0.2, 0.45),
    side_rgb=(0.93, 0.90, 0.95), hstyle="plain",
    family="UK teaching assistant returning after a 13-year break, skills-based CV with the dates in a short list at the end; reportlab sidebar",
    layout_code="sidebar/functional, dated list at end", dstyle="month", sep=" – ", present="present", bul="•",
    name="Joanne Pickersgill", tagline="Teaching Assistant",
    contact=["Hebden Cross, West Ridings", "07700 900 517", "jo.pickersgill@", "mailbox.co.uk"],
    ehdr=[("{d}    {t}, {ol}", None, "n")],
    side=[
        ("h", "Key skills"),
        ("ul", ["Phonics and reading support", "1:1 and small groups", "SEN – Down's syndrome, ASD",
                "Calm behaviour support", "Paediatric first aid"]),
        ("h", "Training"),
        ("lines", ["Paediatric First Aid, 2024", "Safeguarding Level 1, 2025", "Level 2 Certificate,",
                   "Supporting Teaching and", "Learning in Schools, 2004"]),
        ("h", "Interests"),
        ("lines", ["Crochet, the allotment,", "and my two grandchildren"]),
    ],
    body=[
        ("h", "Personal statement"),
        ("p", "I worked in schools for ten years before leaving to look after my family and, later, my mum. "
              "She passed away in 2023 and I am now ready to go back to the job I loved. Since 2024 I have "
              "been volunteering at the library's storytime to get back into the swing of working with "
              "children. I am reliable, kind and not easily flustered."),
        ("h", "Skills and experience"),
        ("sub", "Supporting children's learning"),
        ("ul", ["Worked one-to-one for three years with a boy with Down's syndrome, from Year 3 to Year 5, "
                "adapting work with the class teacher",
                "Ran daily phonics and reading catch-up groups of four or five children",
                "Heard readers every day and kept reading records up to date"]),
        ("sub", "Working with families"),
        ("ul", ["Spoke to parents at the classroom door most days and passed on messages to the teacher",
                "Helped at parents' workshops on reading at home"]),
        ("sub", "Organisation and reliability"),
        ("ul", ["Prepared resources and displays, set up the hall for assemblies",
                "Never late in ten years (I did check)"]),
        ("h", "Employment history"),
        E("Storytime Volunteer", "Hebden Cross Library", None, "2024-01", "present", "year", "facing",
          "volunteering", section="volunteer", etype="volunteer"),
        E("Career break", None, None, "2011-01", "2024-12", "year", "none", etype="unknown",
          hdr=[("{d}    {t} – family, then caring for my mum", None, "n")]),
        E("Teaching Assistant", "Oakleigh Junior School", "Hebden Cross", "2003-01", "2011-12", "year", "facing",
          "education"),
        E("Lunchtime Supervisor", "Oakleigh Junior School", None, "2001-01", "2003-12", "year", "facing",
          "education"),
        E("Checkout Operator", "Fairway Foods", "Hebden Cross", "1996-01", "2001-12", "year", "facing",
          "in_person_service"),
        ("sp",),
        ("p", "References from Oakleigh Junior School and Hebden Cross Library are available."),
    ],
))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.docx", renderer="docx", docx="header", page="letter", font="Garamond", size=11, dhead="style",
    hlevel=2,
    family="US English teacher and instructional coach now adjunct instructor and freelance curriculum writer; contact in the Word page header",
    layout_code="header/title_org", dstyle="mondot", sep=" – ", present="Present",
    name="Denise Albright-Mora",
    contact=["Calderon Springs, CA  •  (559) 555-0176  •  dalbrightmora@mailbox.net"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Summary"),
        ("p", "Educator with 35 years in secondary English – classroom teacher, district instructional coach, "
              "community college adjunct – and, since 2019, a contract writer of published middle-school ELA "
              "curriculum. Seeking a full-time curriculum or instructional design position."),
        ("h", "Experience"),
        E("Freelance Curriculum Writer", "Keystone Learning Press", "Remote", "2019-03", "present", "month",
          "affecting", etype="freelance", od="Keystone Learning Press (contract)",
          bullets=["Write grade 6–8 ELA units for a published core curriculum – anchor texts, lesson plans, "
                   "rubrics; 14 units to date",
                   "Draft teacher guides and student practice sets; revise after editorial and bias/sensitivity review",
                   "Align every lesson to state standards and tag items for the publisher's assessment bank"]),
        E("Adjunct Instructor, English", "Tri-Valley Community College", "Calderon Springs, CA", "2016-08",
          "present", "month", "facing", "education",
          bullets=["Teach ENG 101 and ENG 090 (developmental writing), two or three evening sections a semester",
                   "Hold weekly office hours and a one-on-one draft conference with every student"]),
        E("Instructional Coach, Secondary ELA", "Bellamy Unified School District", "Calderon Springs, CA",
          "2008-08", "2016-06", "month", "facing", "education",
          bullets=["Coached 30+ middle and high school English teachers through observation-feedback cycles",
                   "Modeled lessons in teachers' classrooms and co-taught units with new hires",
                   "Led PLC meetings and the district's summer writing institute"]),
        E("English Teacher", "Bellamy High School", "Calderon Springs, CA", "1991-01", "2008-12", "year",
          "facing", "education",
          bullets=["English 9 and 11, AP Language and Composition; yearbook adviser 1996–2004"]),
        ("h", "Additional Experience"),
        E("Essay Scorer (seasonal)", "Mid-Atlantic Testing Services", "Remote", "2012-01", "2019-12", "year",
          "affecting",
          bullets=["Scored timed essays online against the rubric during the June window each year; daily "
                   "calibration sets"]),
        ("h", "Education"),
        ("lines", ["M.A., Education (Curriculum & Instruction) – Central Valley State University, 2007",
                   "B.A., English – Central Valley State University, 1990"]),
        ("h", "Credentials"),
        ("lines", ["Single Subject Teaching Credential, English (clear)"]),
    ],
))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.txt", renderer="txt", width=80, hcaps=True, hfmt="{t}", hunder="=", bul="➢", bindent="   ",
    family="Indian maths teacher (30 years) now school examination in-charge; job-portal style text with Organisation/Designation/Period blocks, 'till date'",
    layout_code="plain/kv blocks", dstyle="mon", sep=" to ", present="till date",
    name="LAKSHMI KRISHNAMURTHY", pre=["                              CURRICULUM VITAE", "",
                                       "LAKSHMI KRISHNAMURTHY"],
    contact=["No. 7, Second Cross Street, Gandhi Nagar, Thirumalaipuram - 631 554",
             "Mobile : 98455 50213    E-mail : lakshmi.k72@mailbox.in"],
    ehdr=[("Organisation   : {ol}", None, "n"), ("Designation    : {t}", None, "n"),
          ("Period         : {d}", None, "n")],
    body=[
        ("h", "Career Objective"),
        ("p", "To work in a reputed CBSE / Matriculation institution as Examination Controller or Academic "
              "Coordinator where my 30 years of teaching and examination experience will be utilised."),
        ("h", "Professional Experience  (30 years)"),
        E("Examination In-charge", "Sri Venkateswara Matriculation Hr. Sec. School", "Thirumalaipuram",
          "2014-06", "present", "month", "affecting",
          bullets=["Board examination registration of Class X and XII candidates through the board portal",
                   "Preparation of hall tickets, seating plan and room allotment for internal and board exams",
                   "Custody of question paper bundles and despatch of answer scripts as per board norms",
                   "Invigilation duty chart for 64 teachers and relieving orders",
                   "Subject-wise and teacher-wise result analysis for management review"]),
        E("P.G. Assistant (Mathematics)", "Sri Venkateswara Matriculation Hr. Sec. School", "Thirumalaipuram",
          "2004-06", "2014-05", "month", "facing", "education",
          bullets=["Handled Mathematics for Class XI and XII (State Board); 100% results for six consecutive years",
                   "Class teacher of XII-A, conducted parent-teacher meeting every term"]),
        E("B.T. Assistant (Mathematics)", "Kalaimagal Vidyalaya", "Kottaivilai", "1996-06", "2004-05", "month",
          "facing", "education", bullets=["Taught Mathematics for Classes VI to X"]),
        E("Tuition Teacher (Mathematics)", "Self", "Thirumalaipuram", "1997-01", "2012-12", "year", "facing",
          "education", etype="freelance",
          hdr=[("Organisation   : Self (evening tuition at residence), {l}", None, "n"),
               ("Designation    : {t}", None, "n"), ("Period         : {d}", None, "n")],
          bullets=["Coached batches of 10-12 students of Class X and XII in the evenings"]),
        E("Accounts Assistant", "Sri Murugan Textiles", "Thirumalaipuram", "1993-07", "1995-05", "month", "none",
          bullets=["Maintained day book, ledger and sales tax returns"]),
        ("h", "Educational Qualification"),
        ("lines", ["M.Sc. Mathematics      - Tamil Valley Open University, 2001   - First Class",
                   "B.Ed.                  - Govt. College of Education, Kottaivilai, 1996  - First Class",
                   "B.Sc. Mathematics      - Arignar Arts College, Thirumalaipuram, 1993 - 78%"]),
        ("h", "Computer Knowledge"),
        ("p", "MS Office, board examination portal, EMIS data entry, Google Forms."),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth     ", "14-03-1972"), ("Husband's Name    ", "Mr. R. Krishnamurthy"),
                ("Marital Status    ", "Married"), ("Languages Known   ", "Tamil, English, Telugu (speak)"),
                ("Nationality       ", "Indian")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above particulars are true to the best of my knowledge and belief."),
        ("lines", ["Place : Thirumalaipuram", "Date  :", "                                                  "
                   "(LAKSHMI KRISHNAMURTHY)"]),
    ],
    kvsep=": ", blabel="Responsibilities :",
))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.pdf", renderer="fpdf2", layout="centred", font="serif", size=10, accent=(40, 70, 60),
    footer="Fraser McInally – CV – page {n}",
    family="Scottish youth and community worker, 40 years from shipyard labourer to CLD worker, Scout leader and credit-union board; fpdf2 two pages with footer",
    layout_code="centred/title_org, footer", dstyle="monuk", sep=" to ", present="date",
    name="Fraser McInally", contact=["Drumcairn, Glenmorven  ·  07700 900 733  ·  fraser.mcinally@mailbox.scot"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Personal Profile"),
        ("p", "I left school at sixteen for the yard at Clydeholm and came into youth work through volunteering "
              "with the Scouts. Thirty years later I am a qualified Community Learning and Development worker "
              "with experience of street-based youth work, adult literacy and supporting community groups. I am "
              "applying for senior practitioner posts where I can bring that experience to a new team."),
        ("h", "Career History"),
        E("Community Learning & Development Worker", "Glenmorven Council", "Drumcairn", "2009-08", "present",
          "month", "facing", "education",
          bullets=["Plan and deliver youth work across three secondary catchments: drop-ins, youth award groups, "
                   "summer programmes and the youth forum",
                   "Run adult literacy and numeracy groups and support learners one to one, many of them referred "
                   "by the jobcentre",
                   "Support community councils and tenants' groups with funding bids, constitutions and AGMs",
                   "Line-manage four sessional workers and a team of around a dozen volunteers",
                   "Lead on the area's youth work self-evaluation ahead of inspection (2018, 2024)"]),
        E("Detached Youth Worker", "Drumcairn Youth Project", "Drumcairn", "1998-01", "2009-12", "year", "facing",
          "other_facing",
          bullets=["Street-based work with young people aged 12–21 on Friday and Saturday nights across the north "
                   "of the town",
                   "Referrals to housing, addiction and employability services, and went along to appointments "
                   "when a young person asked",
                   "Co-wrote the project's funding bids and end-of-grant reports"]),
        E("Sessional Youth Worker", "Drumcairn Community Centre", "Drumcairn", "1994-01", "1998-12", "year",
          "facing", "other_facing",
          bullets=["Two evenings a week in the junior and senior youth clubs while I studied Community Education "
                   "part-time at college"]),
        ("h", "Earlier Employment"),
        E("Labourer, later Storeman", "Clydeholm Engineering", "Drumcairn", "1984-01", "1993-12", "year", "none",
          prose=True,
          bullets=["Started at sixteen on the shop floor.",
                   "Ran the stores for the last five years – goods-in, stock counts and the reorder system."]),
        ("h", "Voluntary Roles"),
        E("Group Scout Leader", "14th Glenmorven Scout Group", None, "1990-01", "present", "year", "facing",
          "volunteering", section="volunteer", etype="volunteer",
          bullets=["Cub leader from 1990, Group Scout Leader since 2004",
                   "Weekly meetings, camps, the Remembrance parade and recruiting new leaders"]),
        E("Board Member", "Drumcairn Credit Union", None, "2015-01", "2022-12", "year", "none",
          section="volunteer", etype="volunteer",
          bullets=["Sat on the board and audit committee; approved policies and the annual return to the regulator"]),
        ("h", "Training and Qualifications"),
        ("ul", ["BA Community Education – Strathmorven University (part-time), 1998",
                "PDA Youth Work (SCQF 7), 1995",
                "ASIST suicide intervention; Mental Health First Aid (Scotland), 2023",
                "PVG scheme member; full driving licence and D1 minibus"]),
        ("h", "Other Information"),
        ("p", "I can speak to groups comfortably, I am at ease with young people who don't trust adults, and I "
              "know my way around funding applications. I am happy to work evenings and weekends, which comes "
              "with the job."),
        ("h", "Referees"),
        ("lines", ["Ms Agnes Doig, Team Leader CLD, Glenmorven Council – on request",
                   "Rev. Colin Rattray, Chair, Drumcairn Youth Project – on request"]),
    ],
))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012.docx", renderer="docx", docx="tabs", font="Calibri", size=10.5, dhead="caps", dname="plain",
    family="UK council payroll officer (35 years) moving into charity work; churchwarden, guild treasurer, an undated Street Pastor role; Word tab-stop dates",
    layout_code="tabs/title_org", dstyle="mon", sep=" – ", present="Present",
    name="Ruth Eversley",
    contact=["Wrenfield, Marlshire  |  07700 900 245  |  ruth.eversley@mailbox.co.uk"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "n")],
    body=[
        ("h", "About me"),
        ("p", "After 35 years at Wrenfield County Council, most of them in payroll, I took voluntary redundancy "
              "in 2023. I now coordinate volunteers at a community larder and would like a full-time role in "
              "the voluntary sector. Accurate, calm, and good at making new volunteers feel at home."),
        ("h", "Work experience"),
        E("Volunteer Coordinator (part-time)", "St Barnabas Community Larder", "Wrenfield", "2024-02", "present",
          "month", "facing", "in_person_service",
          bullets=["Recruit, induct and rota about 45 volunteers across three distribution days",
                   "Run the welcome desk on Thursdays – signing people in, checking referrals and pointing them "
                   "to the advice table",
                   "Keep volunteer records and DBS checks up to date",
                   "Monthly report to the trustees"]),
        E("Payroll Officer", "Wrenfield County Council", "Wrenfield", "1995-01", "2023-12", "year",
          "facing", "internal_support", od="Wrenfield County Council, County Hall",
          bullets=["Monthly payroll for around 2,400 staff including schools",
                   "Pension deductions, attachments of earnings, tax code changes",
                   "Answered staff pay queries on the payroll helpline and by email – 30 to 40 a day after payday",
                   "Trained new starters in the team"]),
        E("Clerical Assistant", "Wrenfield County Council", "Wrenfield", "1988-01", "1994-12", "year",
          "none", od="Wrenfield County Council – Highways Department", bullets=["Filing, typing, ordering and processing contractors' invoices"]),
        ("h", "Voluntary work"),
        E("Churchwarden", "St Barnabas Church", "Wrenfield", "2012-01", "present", "year", "facing",
          "volunteering", section="volunteer", etype="volunteer",
          bullets=["Responsible with the vicar for the church building, insurance and faculty applications",
                   "On the welcome rota at Sunday services and at funerals, looking after families and visitors"]),
        E("Treasurer", "Wrenfield Townswomen's Guild", None, "2005-01", "2016-12", "year", "none",
          section="volunteer", etype="volunteer",
          bullets=["Kept the books, banked subscriptions, paid the hall hire and prepared the accounts for the "
                   "independent examiner"]),
        E("Street Pastor", "Wrenfield Street Pastors", None, None, None, None, "facing", "volunteering",
          section="volunteer", etype="volunteer", prose=True,
          hdr=[("I also go out with {o} as a {t} on occasional Friday nights:", None, "i")],
          bullets=["Listening, handing out water and flip-flops, and helping people get home safely."]),
        ("h", "Skills"),
        ("ul", ["Payroll and pensions (iTrent, Excel to a good standard)",
                "Safeguarding training (Level 2), food hygiene Level 2",
                "Minute-taking and report writing"]),
        ("h", "Education"),
        ("p", "O levels (7) including English and Maths; AAT Level 3 (2001)."),
    ],
))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013.html", renderer="html",
    family="US retired police sergeant (30 years, army MP before) now school crossing guard and volunteer JV football coach; HTML, 'Month YYYY to Present'",
    layout_code="page/title_org", dstyle="month", sep=" to ", present="Present",
    name="Raymond T. Castellano",
    contact=["Fairmont Township, NJ 08722", "(732) 555-0119", "ray.castellano@mailbox.com"],
    pdf_title="Ray Castellano resume",
    css="""
body { font-family: Verdana, Geneva, sans-serif; font-size: 13px; margin: 24px 48px; }
h1 { font-size: 24px; color: #1b3a5c; } h2 { background: #1b3a5c; color: #fff; padding: 3px 8px; font-size: 14px; }
h3 { margin-bottom: 0; font-size: 14px; } .when { float: right; } .org { margin-top: 0; color: #444; }
""",
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Summary"),
        ("p", "Retired patrol sergeant, 30 years on the job including seven as a school resource officer. These "
              "days I'm a crossing guard and a JV football coach, and I'd like to work in a school full time – "
              "paraprofessional, attendance officer or campus safety."),
        ("h", "Current"),
        E("School Crossing Guard", "Fairmont Township Police Department", "Fairmont Township, NJ", "2022-09",
          "present", "month", "facing", "other_facing",
          bullets=["Morning and afternoon post at Route 9 and Linden Ave for Fairmont Elementary",
                   "Walk 150+ kids across a day, know most of them by name, and report near-misses to the "
                   "traffic unit"]),
        E("Head Coach, JV Football", "St. Brendan Catholic High School", "Lakewood Park, NJ", "2019-08", "present",
          "month", "facing", "volunteering", section="volunteer", etype="volunteer",
          td="Head Coach, JV Football (volunteer)",
          bullets=["Run practice four afternoons a week for 35 freshmen and sophomores",
                   "Keep parents in the loop with a weekly email and a pre-season meeting"]),
        ("h", "Law Enforcement Career"),
        E("Campus Security Officer (part-time)", "Northgate Community College", "Fairmont Township, NJ", "2018-01",
          "2022-12", "year", "facing", "other_facing",
          bullets=["Evening patrols and lock-up; staffed the library building desk until 11 pm – directions, "
                   "lost property, getting stranded students a ride"]),
        E("Police Officer / Patrol Sergeant", "Brookhaven Heights Police Department", "Brookhaven Heights, NJ",
          "1988-01", "2018-12", "year", "facing", "other_facing",
          od="City of Brookhaven Heights Police Department",
          bullets=["Patrol officer 1988–2004, sergeant from 2004",
                   "School resource officer at Brookhaven Heights High 2005–2012: mentoring, safety talks, "
                   "working alongside the guidance counselors",
                   "Supervised a squad of eight on the midnight shift"]),
        ("h", "Military Service"),
        E("Military Police Specialist", "U.S. Army", "Fort Carrow", "1984-01", "1987-12", "year", "facing",
          "other_facing", etype="military",
          bullets=["Gate access control, traffic enforcement and patrol"]),
        ("h", "Education & Training"),
        ("ul", ["B.S. Criminal Justice (evenings), Shore County College, 1996",
                "Working toward the ParaPro assessment (spring 2027)",
                "CPR/AED, Stop the Bleed instructor"]),
    ],
))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.pdf", renderer="reportlab", layout="twocol", font="Times", size=10.5, accent=(0.1, 0.3, 0.15),
    family="Nigerian polytechnic principal lecturer (mass communication, 30 years: NYSC teacher, reporter, lecturer, chief examiner); reportlab two-column header",
    layout_code="twocol/title_org", dstyle="month", sep=" – ", present="Date", bul="•", hstyle="rule",
    name="Dr. Adaeze Nwachukwu-Bello", tagline="Principal Lecturer, Mass Communication",
    contact=["Staff Quarters, Ikenga Polytechnic, Umuode", "0803 555 2719", "adaeze.nb@mailbox.ng"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Personal Data"),
        ("kv", [("Date of Birth", "9th May 1970"), ("State of Origin", "Anambra"),
                ("Marital Status", "Married with three children")]),
        ("h", "Work Experience"),
        E("Principal Lecturer", "Ikenga Polytechnic", "Umuode", "2008-10",
          "present", "month", "facing", "education", od="Department of Mass Communication, Ikenga Polytechnic",
          bullets=["Senior Lecturer 2008, Principal Lecturer 2015",
                   "Teach News Writing, Media Law and Research Methods to ND and HND students; supervise 15–20 "
                   "HND projects a year",
                   "Head of Department 2016–2020",
                   "Chairman, departmental examinations committee"]),
        E("Lecturer II / Lecturer I", "Ikenga Polytechnic", "Umuode", "1999-10", "2008-09", "month", "facing",
          "education",
          bullets=["Taught Introduction to Mass Communication and Reporting I & II; level adviser to ND I students"]),
        E("Reporter", "The Morning Clarion", "Ogbete", "1995-11", "1999-09", "month", "affecting",
          bullets=["Covered the education and local government beats; features for the Sunday edition"]),
        ("h", "Other Professional Engagements"),
        E("Chief Examiner, Mass Communication", "Eastern Examinations Council", "Ogbete", "2012-01", "2020-12",
          "year", "affecting",
          bullets=["Set and moderated question papers; coordinated 40 markers at the marking centre; wrote the "
                   "chief examiner's report"]),
        ("h", "National Service"),
        E("Corps Member (Teacher, English Language)", "Government Girls Secondary School", "Kaura-Dambo",
          "1994-01", "1995-12", "year", "facing", "education", prose=True,
          bullets=["Served my NYSC year teaching English to SS1 and SS2 classes."]),
        ("h", "Education"),
        ("lines", ["Ph.D. Mass Communication, University of Ogbete, 2011",
                   "M.Sc. Mass Communication, University of Ogbete, 2002",
                   "B.A. (Hons) English, University of Ogbete, 1993"]),
        ("h", "Publications (selected)"),
        ("ul", ["Nwachukwu-Bello, A. (2019). Radio and rural literacy in the South-East. Journal of Media Studies, 8(2).",
                "Nwachukwu-Bello, A. & Eze, C. (2014). Teaching news writing with mobile phones. Nigerian "
                "Journal of Communication Education, 3(1)."]),
        ("h", "Referees"),
        ("lines", ["Prof. C. O. Okafor, University of Ogbete",
                   "Mrs. F. Adeyemi, Registrar, Ikenga Polytechnic"]),
    ],
))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015.docx", renderer="docx", docx="styles", font="Georgia", size=10.5, dentry="h3", dhead="style",
    family="Welsh retired bank branch manager (41 years), chair of governors, bowls club treasurer, money-advice volunteer; Word heading styles, Heading 3 titles",
    layout_code="styles/h3 title_org", dstyle="month", sep=" - ", present="present",
    name="Gareth Pryce-Lewis",
    contact=["Llanfair-y-Bryn, Powys  ·  01686 555 301  ·  gareth.prycelewis@mailbox.cymru"],
    ehdr=[("{t}", "{d}", "b"), ("{ol}", None, "i")],
    body=[
        ("h", "Profile"),
        ("p", "Retired bank manager (41 years with Cambrian Counties Bank) and chair of governors at our village "
              "school. I would like a part-time school business manager or finance officer post. Welsh speaker."),
        ("h", "Current roles (voluntary)"),
        E("Chair of Governors", "Ysgol Gynradd Pen-y-Garth", "Llanfair-y-Bryn", "2017-01", "present", "year",
          "none", section="volunteer", etype="volunteer",
          bullets=["Chair the full governing body (14 governors) and the finance and staffing committee",
                   "Lead the headteacher's performance management with an external adviser",
                   "Sat on two headteacher appointment panels; set the budget each spring with the head"]),
        E("Club Treasurer", "Pen-y-Garth Bowls Club", None, "2019-01", "present", "year", "facing", "volunteering",
          section="volunteer", etype="volunteer",
          bullets=["Collect subscriptions and green fees at the clubhouse on match afternoons and answer "
                   "members' questions about fees and fixtures",
                   "Keep the accounts on a spreadsheet and present them at the AGM",
                   "Won a community grant towards the new mower"]),
        ("h", "Banking career"),
        E("Branch Manager", "Cambrian Counties Bank", "Aberhydref", "2001-01", "2018-12", "year", "facing",
          "sales_account",
          bullets=["Ran a branch of nine staff with lending authority up to £250k",
                   "Interviewed personal and small-business customers for loans, mortgages and overdrafts",
                   "Dealt with the complaints the counter couldn't resolve",
                   "Took the branch through two restructures without compulsory redundancies"]),
        E("Various roles: cashier, securities clerk, assistant manager (lending)", "Cambrian Counties Bank",
          "branches in mid Wales", "1977-01", "2000-12", "year", "facing", "in_person_service"),
        ("h", "Earlier voluntary work"),
        E("Money Advice Volunteer", "Aberhydref Advice Centre", None, "2018-01", "2021-12", "year", "facing",
          "volunteering", section="volunteer", etype="volunteer",
          bullets=["Face-to-face budgeting and benefit-check sessions with clients, two days a week",
                   "Wrote up case notes for the supervising adviser"]),
        ("h", "Qualifications"),
        ("lines", ["Associate of the Institute of Bankers (ACIB), 1984",
                   "Governor training: finance, safeguarding, data (2017–2024)",
                   "DBS (enhanced), 2024"]),
    ],
))
