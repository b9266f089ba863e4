"""wild28 résumés w016–w030 (students and recent graduates)."""
from lib import E


def B(h, items, sec="work", **kw):
    return dict(h=h, items=items, sec=sec, **kw)


def ol(e, sep=", "):
    return sep.join(x for x in (e.org, e.loc) if x)


RESUMES = []

# ---------------------------------------------------------------- w016 Germany, HTML grid with sidebar
RESUMES.append(dict(
    id="w016", ext="html", renderer="html", layout="grid", hdr="title_org",
    family="German applied linguistics master's student, HTML CV with CSS sidebar, support Werkstudent job, au pair year abroad",
    ds=dict(fmt="mm/yyyy", sep=" – ", present="now"),
    html=dict(layout="grid", lang="en",
              css="body{font-family:'Source Sans Pro',Arial,sans-serif;margin:0;color:#1d1d1d}"
                  "header{background:#26465a;color:#fff;padding:18px 28px}header h1{margin:0;font-weight:600}"
                  ".wrap{display:flex}aside{width:30%;background:#eef2f5;padding:10px 18px}main{width:70%;padding:10px 26px}"
                  "h2{font-size:1em;color:#26465a;border-bottom:2px solid #26465a}h3{font-size:.98em;margin:10px 0 0}"
                  ".when{float:right;font-weight:400;color:#555}.sub{margin:0;color:#444}ul{margin:3px 0 8px 18px;padding:0}"),
    name="Sophie Marquardt", tagline="Applied Linguistics (M.A.) · English–German · Customer Support",
    contact=["Am Rabenberg 7, 35112 Rabenfels", "+49 176 5550 2284", "sophie.marquardt@mailbox.de"],
    blocks=[
        B("Languages", [("b", "German – native"), ("b", "English – C2"), ("b", "French – B1"), ("b", "Irish – a few polite phrases")], side=True),
        B("Tools", [("b", "Zendesk, Jira, Confluence"), ("b", "SDL Trados, memoQ"), ("b", "MS Office, Google Workspace")], side=True),
        B("Education", [
            ("h", "M.A. Applied Linguistics, Universität Rabenfels", "10/2023 – now"),
            ("i", "Focus: language technology and intercultural communication"),
            ("h", "B.A. English Studies and Romance Languages, Universität Rabenfels", "10/2020 – 09/2023"),
            ("i", "Final grade 1.7"),
        ]),
        B("Professional Experience", [
            E("Working Student Customer Support (English/German)", "Lumora Software GmbH", "Rabenfels", "2024-11", "present",
              "facing", "contact_center", [
                  "Answer support tickets from B2B customers (hotel groups) in Zendesk and take calls on the German hotline two afternoons a week",
                  "Reproduce booking-engine bugs and hand them to 2nd level with screenshots and logs",
                  "Translate and update help-centre articles into German",
              ]),
            E("Student Assistant, International Office", "Universität Rabenfels", "Rabenfels", "2023-04", "2024-10",
              "facing", "in_person_service", [
                  "Advised incoming exchange students at the service counter on enrolment, residence permits and housing",
                  "Matched around 140 students with local buddies each semester and helped run the welcome week",
              ]),
            E("Freelance Translator EN–DE", "Self-employed", None, "2022-01", "present", "affecting", None, [
                "Technical and marketing translations (manuals, app strings) for two agencies, delivered through their CAT portals",
                "Around 250,000 words so far, mostly household appliances and e-bikes",
            ], prec="year", etype="freelance"),
            E("Intern", "Sprachschule Nordlicht", "Rabenfels", "2022-02", "2022-03", "facing", "education", [
                "Sat in on German integration courses and led conversation practice with small groups of adult learners",
            ], etype="internship", note="Mandatory internship, B.A. programme"),
        ]),
        B("Stays Abroad", [
            E("Au pair", "Private household", "Dunmore, Ireland", "2019-09", "2020-08", "facing", "healthcare_care", [
                "Looked after three children aged 2, 5 and 8: school runs, homework, meals and bedtime",
                "Took my English from B2 to C1 (and learned to make a decent brown bread)",
            ]),
        ], sec="other"),
    ]))

# ---------------------------------------------------------------- w017 Australia, fpdf2 left, employer heading with roles beneath
RESUMES.append(dict(
    id="w017", ext="pdf", renderer="fpdf2", layout="left", hdr="orgfirst", font="cond", size=10,
    family="Australian exercise science student, fpdf2 left-aligned header, employer heading with two concurrent roles beneath, placement",
    ds=dict(fmt="mon", sep=" – ", present="Current"), accent_rgb=(0, 95, 115),
    name="Liam O'Sullivan-Tran",
    contact_lines=["Yarrabend VIC 3821  ·  0433 555 902  ·  liam.ost@mailbox.com.au"], contact=["liam.ost@mailbox.com.au"],
    blocks=[
        B("Education", [
            ("h", "Bachelor of Exercise and Sport Science, Yarrabend University", "2024 – 2026"),
            ("i", "Final year; WAM 74. Majors in exercise rehabilitation and strength and conditioning"),
        ]),
        B("Employment", [
            E("Swim Teacher", "Yarrabend Aquatic Centre", "Yarrabend VIC", "2023-03", "present", "facing", "education", [
                "Teach learn-to-swim classes for 4–10 year olds after school and on Saturdays (up to 6 kids per class)",
                "Give parents a quick progress update at the end of each term",
            ]),
            E("Lifeguard", "Yarrabend Aquatic Centre", "Yarrabend VIC", "2022-11", "present", "facing", "other_facing", [
                "Pool supervision across the 50 m pool, program pool and waterslide; first aid and incident reports",
                "Enforce pool rules, which mostly means asking teenagers nicely, then less nicely, not to run",
            ]),
            E("Kitchen Hand", "Salt & Ember Pizzeria", "Yarrabend VIC", "2020-01", "2022-12", "affecting", None, [
                "Dishes, pizza base prep and the closing clean on Friday and Saturday nights",
            ], prec="year"),
        ]),
        B("Professional Placement", [
            E("Exercise Science Student Placement", "Kinetic Allied Health", "Yarrabend VIC", "2025-08", "2025-10",
              "facing", "healthcare_care", [
                  "140-hour placement supervised by an Accredited Exercise Physiologist",
                  "Ran pre-exercise screening and supervised gym sessions for clients with type 2 diabetes and knee osteoarthritis",
                  "Wrote session notes in the clinic's practice software",
              ], etype="internship"),
        ], sec="other"),
        B("Volunteering", [
            E("Volunteer Junior Coach (U10s)", "Yarrabend Juniors Football Club", None, "2021-04", "2021-09", "facing", "volunteering", [
                "Ran Tuesday training and match-day warm-ups for the U10 girls' side",
            ], etype="volunteer"),
        ], sec="volunteer"),
        B("Certificates", [
            ("b", "Pool Lifeguard and Swim Teacher qualifications (current)"),
            ("b", "Provide First Aid, CPR, Working with Children Check"),
        ]),
    ]))

# ---------------------------------------------------------------- w018 US, docx nested tables, academic CV
RESUMES.append(dict(
    id="w018", ext="docx", renderer="docx", layout="nested", hdr="title_org", font="Garamond", size=11, side_frac=0.28,
    family="US sociology PhD student, Word academic CV in a layout table with nested tables per position, semesters, grader role",
    ds=dict(fmt="month", sep=" – ", present="present"), page="letter",
    name="Hannah Lindqvist", tagline="Curriculum Vitae",
    contact=["Department of Sociology", "Blackwater State University", "Dorrance, OH 45709", "h.lindqvist@mailbox.edu", "(740) 555-0119"],
    blocks=[
        B("Research Areas", [("b", "Rural health"), ("b", "Qualitative methods"), ("b", "Work and care")], side=True),
        B("Software", [("b", "NVivo, Atlas.ti"), ("b", "R, Stata"), ("b", "Qualtrics")], side=True),
        B("Education", [
            ("h", "Ph.D. Sociology, Blackwater State University", "2023 – present"),
            ("i", "Advisor: Dr. Maureen Castellano. Comprehensive exams passed with distinction, 2025"),
            ("h", "M.A. Sociology, Blackwater State University", "2021 – 2023"),
            ("h", "B.A. Sociology and Spanish, Lakemont College", "2015 – 2019"),
        ]),
        B("Research Experience", [
            E("Graduate Research Assistant", "Center for Rural Health Equity, Blackwater State University", None, "2023-08", "present",
              "affecting", None, [
                  "Conduct semi-structured interviews with rural clinic patients and staff (n = 40 so far) for a mixed-methods study of travel burdens",
                  "Transcribe and code interviews in NVivo; maintain the codebook with two other RAs",
                  "Co-author on two manuscripts in preparation",
              ]),
        ], sec="other"),
        B("Teaching Experience", [
            E("Instructor of Record, SOC 210 Social Problems", "Blackwater State University", None, "2025-09", "2026-05",
              "facing", "education", ["Designed and taught my own section, 42 students each term; mean course evaluation 4.7/5"],
              dt="Fall 2025, Spring 2026"),
            E("Teaching Assistant, SOC 101 Introduction to Sociology", "Blackwater State University", None, "2023-09", "2025-05",
              "facing", "education", ["Led two weekly discussion sections of 30, held office hours, graded essays and exams"],
              dt="Fall 2023 – Spring 2025"),
            E("Grader, SOC 300 Research Methods", "Blackwater State University", None, "2023-01", "2023-05", "affecting", None, [
                "Graded weekly problem sets and two exams for 85 undergraduates from the instructor's keys; no sections or office hours",
            ], dt="Spring 2023"),
        ], sec="other"),
        B("Publications", [
            ("b", "Castellano, M. and H. Lindqvist. 2025. \"Distance as a Cost: Appointment Travel in Appalachian Ohio.\" Journal of Rural Social Research 40(2): 77–98."),
        ]),
        B("Conference Presentations", [
            ("b", "\"Waiting Rooms: Time and Care in Rural Clinics.\" Midwest Sociological Society annual meeting, 2025."),
        ]),
        B("Professional Experience", [
            E("Intake Assistant", "Tri-County Legal Aid Society", "Dorrance, OH", "2019-06", "2021-07", "facing", "contact_center", [
                "Answered the intake hotline, screened callers for income and case-type eligibility and booked them with staff attorneys",
                "Covered the walk-in intake desk on Tuesdays",
            ]),
        ]),
        B("Honors", [("b", "Graduate Teaching Award, College of Arts and Sciences, 2026"), ("b", "Summer Dissertation Fellowship, 2025")]),
    ]))

# ---------------------------------------------------------------- w019 UK, plain text with a gap year
RESUMES.append(dict(
    id="w019", ext="txt", renderer="txt", layout="plain", hdr="dash",
    family="UK (Welsh) geography first-year as plain text, gap year listed with dates, volunteering abroad, tearoom and Christmas temp jobs",
    ds=dict(fmt="monsept", sep=" – ", present="present"),
    bullet="•", txt=dict(head="caps", right="rjust", width=92, indent="   "),
    name="Rhiannon Ellis-Mbeki",
    contact=["Caermoor / Llanfarren  •  07700 900257  •  rhiannon.em@mailbox.co.uk"],
    blocks=[
        B("Education", [
            ("h", "BSc Geography, University of Caermoor", "2024 – 2027"),
            ("h", "A levels: Geography A, Biology B, Welsh Baccalaureate A – Ysgol Bro Llanfarren", "2023"),
        ]),
        B("Experience", [
            E("Student Ambassador", "University of Caermoor", "Caermoor", "2024-11", "present", "facing", "other_facing", [
                "Open days, campus tours and the applicant Q&A stand; helped on two school visits",
            ]),
            E("Gap Year", None, None, "2023-09", "2024-08", "none", None, [
                "Worked until the new year, then travelled through Thailand, Laos and Vietnam for five months, including six weeks volunteering (below)",
            ], etype="unknown"),
            E("Christmas Temp – Sales Assistant", "Pryce's of Llanfarren", "Llanfarren", "2023-11", "2024-01",
              "facing", "in_person_service", ["Tills, the gift-wrapping desk and the toy department on the busiest weekends"]),
            E("Waitress", "The Copper Kettle Tearoom", "Llanfarren", "2021-06", "2023-08", "facing", "in_person_service", [
                "Weekend and summer shifts: took orders, served, made up the cream teas and cashed up",
            ]),
        ]),
        B("Volunteering", [
            E("Volunteer Teaching Assistant", "Ban Huai Lom Community School (through Teach Abroad Link)", "northern Thailand",
              "2024-02", "2024-03", "facing", "volunteering", [
                  "Helped the English teacher with classes of 8–11 year olds; ran phonics games and an after-school football club",
              ], etype="volunteer"),
        ], sec="volunteer"),
        B("Skills", [
            ("b", "Fluent Welsh and English"),
            ("b", "ArcGIS Pro and QGIS (first-year modules), Excel"),
            ("b", "Food Hygiene Level 2"),
        ]),
    ]))

# ---------------------------------------------------------------- w020 India, reportlab two-page academic CV with footer
RESUMES.append(dict(
    id="w020", ext="pdf", renderer="reportlab", layout="twopage", hdr="title_org", font="dejavuserif", size=10,
    family="Indian M.Sc. physics graduate applying for a PhD, reportlab two-page academic CV with page footer, guest lecturer, project assistant",
    ds=dict(fmt="month", sep=" – ", present="till date"), rl_head="bar", accent=(0.25, 0.2, 0.45),
    footer="Curriculum Vitae – Sreelakshmi Menon Pillai – Page {n} of {N}",
    name="Sreelakshmi Menon Pillai",
    contact_lines=["Thin Films Laboratory, Department of Physics, Sahyadri Central University, Kottavayal – 673 641, Kerala",
                   "+91 94470 55128  |  sreelakshmi.mp@mailbox.in"],
    contact=["sreelakshmi.mp@mailbox.in"],
    blocks=[
        B("Academic Qualifications", [
            ("h", "M.Sc. Physics (Specialisation: Condensed Matter), Sahyadri Central University", "2022 – 2024"),
            ("i", "CGPA 8.9/10. Dissertation: Optical band gap tuning in Sn-doped ZnO thin films"),
            ("h", "B.Sc. Physics, Government Arts and Science College, Kottavayal", "2019 – 2022"),
            ("i", "91.2%, First Rank in the University"),
        ]),
        B("National Level Examinations", [
            ("b", "CSIR-NET (JRF), Physical Sciences – December 2024, AIR 86"),
            ("b", "GATE Physics 2024 – score 612"),
        ]),
        B("Research Experience", [
            E("Project Assistant", "Thin Films Laboratory, Department of Physics, Sahyadri Central University", "Kottavayal",
              "2025-04", "present", "none", None, [
                  "Deposition of CsPbBr3 perovskite films by spin coating and thermal evaporation under a state-funded project",
                  "XRD, UV-Vis and PL characterisation; maintaining the glovebox log",
                  "Drafted the six-monthly progress report to the funding agency",
              ]),
            E("Summer Research Fellow", "Institute for Plasma and Fusion Studies", "Manivaram", "2023-05", "2023-07", "none", None, [
                "Eight-week project: Langmuir probe measurements in a DC glow discharge; report submitted to the Academy",
            ], etype="internship"),
        ], sec="other"),
        B("Teaching Experience", [
            E("Guest Lecturer in Physics", "St. Agnes College for Women", "Kottavayal", "2024-07", "2025-03", "facing", "education", [
                "Took theory classes in Mechanics and Electronics for I and II B.Sc. Physics (about 12 hours per week)",
                "In charge of one second-year practical batch; set internal examination papers and valued answer scripts",
            ]),
            E("Teaching Assistant (B.Sc. practicals)", "Department of Physics, Sahyadri Central University", None, "2023-08", "2024-03",
              "facing", "education", [
                  "Assisted faculty in undergraduate practical sessions – explaining experiments, checking readings and conducting viva",
              ]),
        ], sec="other"),
        B("Publications", [
            ("b", "S. Menon Pillai, R. Varghese, K. Thampi, \"Sn-induced band gap narrowing in sol-gel ZnO films\", Indian Journal of Thin Film Science 18 (2025) 211–219."),
            ("b", "R. Varghese, S. Menon Pillai, \"Low-temperature processed CsPbBr3 films for green LEDs\", under review."),
        ]),
        B("Conferences and Workshops", [
            ("b", "Oral presentation, National Conference on Functional Materials (NCFM-2025), Kottavayal, February 2025"),
            ("b", "Poster, State Science Congress (regional session), January 2024"),
            ("b", "Workshop on X-ray diffraction and Rietveld refinement, Manivaram, 5 days, 2023"),
        ], pagebreak=True),
        B("Extension Activities", [
            E("Volunteer", "Flood Relief Collection Centre, Kottavayal Panchayat", None, "2019-08", "2019-09", "affecting", None, [
                "Sorted donated materials and packed relief kits for distribution to the camps",
            ], etype="volunteer"),
        ], sec="volunteer"),
        B("Technical Skills", [
            ("kv", "Instruments", "XRD, UV-Vis spectrophotometer, PL, four-probe, spin coater, thermal evaporator"),
            ("kv", "Software", "Origin, Python (NumPy, SciPy), FullProf, LaTeX"),
        ]),
        B("Personal Details", [
            ("kv", "Date of birth", "22 May 2001"),
            ("kv", "Languages", "Malayalam, English, Hindi, Tamil (spoken)"),
        ]),
        B("References", [
            ("b", "Dr. Rajan Varghese, Professor, Department of Physics, Sahyadri Central University – r.varghese@mailbox.ac.in"),
            ("b", "Dr. Leena Thomas, Head, Department of Physics, St. Agnes College for Women – leena.thomas@mailbox.in"),
        ]),
        B("Declaration", ["I hereby declare that the above details are true and correct to the best of my knowledge and belief."]),
    ]))

# ---------------------------------------------------------------- w021 Canada, docx tab stops
RESUMES.append(dict(
    id="w021", ext="docx", renderer="docx", layout="tabs", hdr="title_org_plain", font="Calibri Light", size=10.5,
    family="Canadian biology graduate (2026), Word tab-stop dates, residence don, peer tutor, summer research, seasonal server, hospital volunteer",
    ds=dict(fmt="monsept", sep=" – ", present="present"), page="letter", dates_italic=True,
    name="Mei-Ling Fraser",
    contact_lines=["Fairhaven, NS  |  902-555-0141  |  meiling.fraser@mailbox.ca"], contact=["meiling.fraser@mailbox.ca"],
    blocks=[
        B("Education", [
            ("h", "BSc (Honours) Biology, Eastcove University", "Sept 2022 – May 2026"),
            "Honours thesis: Size structure of invasive green crab populations along the Eastcove shore. Dean's List, 2023–2026.",
        ]),
        B("Employment", [
            E("Research Technician (term)", "Fairhaven Coastal Research Station", "Fairhaven, NS", "2026-06", "present", "none", None, [
                "Eelgrass bed surveys and sediment coring from the station's boats; lab processing of the cores",
                "Data entry and QA in the station's R pipeline",
            ]),
            E("Residence Don", "Eastcove University Residence Life", "Eastcove, NS", "2024-09", "2026-04", "facing", "other_facing", [
                "Lived in and supported a floor of 42 first-year students: floor meetings, one-on-ones, referrals to counselling and accessibility services",
                "On-call rotation for Harbourview Hall, about one night a week",
                "Ran programs on sleep, budgeting and exam prep with the other dons",
            ]),
            E("Peer Tutor – Chemistry", "Eastcove Learning Commons", "Eastcove, NS", "2024-01", "2025-04", "facing", "education", [
                "Drop-in and booked tutoring for first- and second-year chemistry, 6 hours a week",
            ]),
            E("Server", "The Salt Marsh Grill", "Eastcove, NS", "2022-05", "2024-08", "facing", "in_person_service", [],
              note="Seasonal, May to Labour Day each summer"),
        ]),
        B("Research Experience", [
            E("Undergraduate Summer Research Assistant", "Marine Ecology Lab, Department of Biology, Eastcove University", None,
              "2025-05", "2025-08", "none", None, [
                  "Field sampling of green crab populations at six sites; measured and sexed about 3,000 crabs",
                  "Led the data cleaning for what became my honours thesis dataset",
              ]),
        ], sec="other"),
        B("Volunteer Experience", [
            E("Emergency Department Volunteer", "Eastcove Regional Hospital", None, "2023-09", "2024-04", "facing", "volunteering", [
                "Wayfinding, warm blankets and comfort rounds in the ED waiting room; restocked supply carts",
            ], etype="volunteer"),
        ], sec="volunteer"),
        B("Certifications & Skills", [
            ("b", "Small Vessel Operator Proficiency; Standard First Aid; Mental Health First Aid"),
            ("b", "R (tidyverse, lme4), ArcGIS, field sampling and dissection"),
        ]),
    ]))

# ---------------------------------------------------------------- w022 US, Markdown
RESUMES.append(dict(
    id="w022", ext="md", renderer="md", layout="md", hdr="title_org",
    family="US kinesiology student in Markdown, h3 title with dates, lifeguard, S&C internship, two summers at one camp, busser",
    ds=dict(fmt="mon", sep=" – ", present="Present"),
    md=dict(h="##", entry="h3", dates_in_h3=True, rule_after_name=True), bullet="-",
    name="Tyler Brennan",
    contact=["Pocatta, ID", "(208) 555-0164", "tyler.brennan@mailbox.com"],
    blocks=[
        B("Education", [
            ("h", "Sawtooth State University – B.S. Kinesiology (Exercise Science)", "Expected May 2027"),
            ("i", "GPA 3.3 · NSCA-CSCS exam planned for 2027 · Track & Field (400m hurdles), 2023–present"),
        ]),
        B("Experience", [
            E("Lifeguard", "Sawtooth State Campus Recreation", "Pocatta, ID", "2023-08", "present", "facing", "other_facing", [
                "Guard the rec center's lap and leisure pools about 12 hours a week; monthly in-service trainings",
            ]),
            E("Strength & Conditioning Intern", "Sawtooth State Athletics", "Pocatta, ID", "2025-01", "2025-05", "facing", "education", [
                "Coached lifts for women's soccer and volleyball under the head S&C coach",
                "Set up the weight room before sessions and logged 1RM testing",
            ], dt="Spring 2025", etype="internship"),
            E("Unit Leader", "Camp Tall Timbers", "Silver Fir Lake, ID", "2024-06", "2024-08", "facing", "education", [
                "Supervised 6 counselors and 48 campers in the 10–12 unit; ran Sunday check-in with parents",
            ], dt="Summer 2024"),
            E("Camp Counselor", "Camp Tall Timbers", "Silver Fir Lake, ID", "2023-06", "2023-08", "facing", "education", [],
              dt="Summer 2023"),
            E("Grounds Crew (seasonal)", "Sawtooth State Facilities Management", "Pocatta, ID", "2022-06", "2022-08", "none", None, [
                "Mowing, irrigation repairs and weeding the arboretum beds before orientation",
            ], dt="Summer 2022"),
            E("Busser", "Rusty Anchor Seafood House", "Pocatta, ID", "2021-06", "2021-08", "facing", "in_person_service", [
                "Cleared and reset tables, refilled waters, ran food when the kitchen got backed up",
            ], dt="Summer 2021"),
        ]),
        B("Certifications", [("b", "Lifeguard certification with CPR/AED and first aid (current)"), ("b", "Weightlifting Level 1 Coach (2025)")]),
        B("Skills", [("b", "Program design, velocity-based training, TeamBuildr, Excel")]),
    ]))

# ---------------------------------------------------------------- w023 Nigeria, fpdf2 sidebar
RESUMES.append(dict(
    id="w023", ext="pdf", renderer="fpdf2", layout="sidebar", hdr="title_org", font="sans", size=9.5,
    family="Nigerian civil engineering graduate, fpdf2 shaded sidebar, NYSC site engineer, SIWES, walk-in customer care during a strike",
    ds=dict(fmt="m/yyyy", sep=" - ", present="Present"), side_rgb=(226, 234, 222), accent_rgb=(40, 90, 40),
    name="Ibrahim Musa Danjuma", tagline="B.Eng. Civil Engineering",
    contact=["Gwanje, Niger State", "0813 555 4470", "ibrahim.danjuma@mailbox.ng"],
    blocks=[
        B("Skills", [("b", "AutoCAD, Revit, ProtaStructure"), ("b", "Bar bending schedules, BOQ"), ("b", "Levelling and setting out"),
                     ("b", "MS Project, Excel")], side=True),
        B("Languages", [("b", "Hausa (native)"), ("b", "English (fluent)"), ("b", "Nupe (spoken)")], side=True),
        B("Memberships", ["Student member, Nigerian Society of Engineers"], side=True),
        B("Profile", ["Civil engineering graduate with site experience on building and road projects, now completing NYSC. Calm under pressure and used to dealing with contractors and the public."]),
        B("Education", [
            ("h", "B.Eng. Civil Engineering, Federal University of Technology, Dabaru", "2018 - 2024"),
            ("i", "Second Class Upper (4.02/5.00). Project: Partial replacement of cement with rice husk ash in sandcrete blocks"),
        ]),
        B("Experience", [
            E("Site Engineer (NYSC Corps Member)", "Ardent Build Construction Ltd", "Gwanje, Niger State", "2025-03", "2026-02",
              "none", None, [
                  "Supervised blockwork, formwork and concrete pours on a two-storey school building",
                  "Prepared bar bending schedules and weekly progress reports for the project manager",
                  "Slump and cube tests on site",
              ], etype="internship"),
            E("SIWES Industrial Trainee", "Ministry of Works and Housing", "Dabaru", "2023-06", "2023-11", "none", None, [
                "Joined the inspection team on two township road projects: levelling, checking subbase compaction and recording measurements for valuation",
            ], etype="internship"),
            E("Customer Care Officer (temporary)", "Skylink Mobile", "Dabaru", "2022-03", "2022-10", "facing", "in_person_service", [
                "Attended to walk-in customers on SIM swaps, NIN-SIM linkage and data plan complaints",
                "Registered 20-30 new lines a day",
            ], note="During the 2022 university strike"),
            E("Mathematics Lesson Teacher", "Excel Academy Tutorial Centre", "Dabaru", "2020-01", "2021-12", "facing", "education", [],
              prec="year"),
        ]),
        B("Leadership", [
            E("Welfare Director", "Civil Engineering Students' Association (CESA), FUTD", None, "2022-09", "2023-08", "none", None, [
                "Organised the departmental dinner and sports week; managed the association's welfare fund",
            ], etype="volunteer"),
        ], sec="other"),
        B("Referees", ["Engr. Sadiq Bello, Project Manager, Ardent Build Construction Ltd – 0803 555 1192"]),
    ]))

# ---------------------------------------------------------------- w024 Singapore, HTML table layout
RESUMES.append(dict(
    id="w024", ext="html", renderer="html", layout="table", hdr="title_org",
    family="Singapore computer science undergraduate, old-style HTML tables, police NS, TA semester, IT help desk, SWE intern on support rotation",
    ds=dict(fmt="mon", sep=" – ", present="Present"),
    html=dict(layout="table",
              css="body{font:14px/1.35 Helvetica,Arial,sans-serif;width:800px;margin:20px auto}"
                  "h1{font-size:26px;margin:0}h2{font-size:15px;background:#e4e4e4;padding:3px 6px;margin:16px 0 6px}"
                  "table.row{width:100%;border-collapse:collapse}td.b{font-weight:bold}td.i{font-style:italic}"
                  "td.when{text-align:right;white-space:nowrap;width:200px}ul{margin:2px 0 8px}",
              footer="Last updated November 2026"),
    name="Arjun Pillai s/o Suresh",
    contact=["+65 9001 3382", "arjun.pillai@mailbox.sg", "github.com/arjunpillai-sg"],
    blocks=[
        B("Education", [
            ("h", "Harbourfront University of Technology (HUT) – B.Eng. (Hons) Computer Science", "Aug 2023 – May 2027 (expected)"),
            ("i", "CAP 4.52/5.00. Dean's List AY2023/24. Relevant: Data Structures, Software Engineering, Networks, HCI"),
        ]),
        B("Experience", [
            E("Software Engineering Intern", "Shophouse Labs Pte Ltd", None, "2025-05", "2025-08", "facing", "digital_service", [
                "Built the merchant onboarding flow (React, TypeScript) that replaced a six-page PDF form",
                "On the weekly support rotation: picked up L2 merchant tickets in Intercom and replied to merchants directly until the fix shipped",
                "Added Playwright tests for the checkout widget",
            ], etype="internship"),
            E("IT Helpdesk Student Assistant", "HUT IT Services", None, "2024-01", "2025-04", "facing", "internal_support", [
                "Manned the walk-in helpdesk for students and staff: laptop setup, Wi-Fi and printing issues, exam-laptop lockdown checks",
            ]),
        ]),
        B("Teaching", [
            E("Teaching Assistant, CS1010 Programming Methodology", "Harbourfront University of Technology", None, "2024-08", "2024-12",
              "facing", "education", ["Ran two weekly lab sessions of 20 students and graded programming assignments with written feedback"],
              dt="AY2024/25 Semester 1"),
        ], sec="other"),
        B("National Service", [
            E("Police Officer (NSF), Sergeant", "Sungei Tengah Neighbourhood Police Centre", None, "2021-03", "2023-01",
              "facing", "other_facing", [
                  "Front counter duty: took police reports from members of the public and handled lost-and-found",
                  "Patrols and first response with the Ops Room",
              ], etype="military"),
        ]),
        B("Co-Curricular", [
            E("Tech Lead", "HUT Code for Community", None, None, None, "none", None, [
                "Lead five students building open-source tools for the club's projects; run fortnightly code reviews",
            ], etype="volunteer"),
        ], sec="other"),
        B("Hackathons & Projects", [
            ("h", "Lion City Hackathon 2024 – Top 5 of 80 teams", "Jan 2024"),
            ("b", "Queue-time estimator for hawker centres from anonymised footfall data"),
            ("h", "Open-source: contributor to a Python library for SG public transport data", "2024 – Present"),
        ]),
        B("Skills", [("kv", "Languages", "TypeScript, Python, Java, C"), ("kv", "Tools", "React, Node, PostgreSQL, Docker, AWS"),
                     ("kv", "Spoken", "English, Tamil, Malay")]),
    ]))

# ---------------------------------------------------------------- w025 Germany, docx shaded sidebar table
RESUMES.append(dict(
    id="w025", ext="docx", renderer="docx", layout="sidebar", hdr="title_org", font="Arial", size=10, side_frac=0.31,
    side_hex="E2E8EE",
    family="German business administration student after a bank apprenticeship, Word two-column layout table with shaded sidebar, volunteer fire brigade",
    ds=dict(fmt="mm.yyyy", sep=" – ", present="now"),
    name="Jonas Albrecht-Yilmaz", tagline="Business Administration (B.A.) student",
    contact=["Kastanienweg 12", "82231 Eichenau", "+49 160 555 7790", "jonas.albrecht@mailbox.de"],
    blocks=[
        B("Languages", [("b", "German – native"), ("b", "Turkish – native"), ("b", "English – C1")], side=True),
        B("IT skills", [("b", "SAP CO/FI (user)"), ("b", "Excel incl. Power Query"), ("b", "Power BI basics")], side=True),
        B("Education", [
            ("h", "B.A. Business Administration (part-time), Hochschule Weidenbrück", "10.2023 – now"),
            ("h", "Fachhochschulreife, Berufliches Gymnasium Eichenau", "06.2019"),
        ]),
        B("Work Experience", [
            E("Working Student Controlling", "Stadtwerke Weidenbrück GmbH", "Weidenbrück", "2023-11", "present", "none", None, [
                "Monthly cost centre reports and variance analysis in SAP CO and Excel",
                "Prepared the data pack for the 2025 budget round",
            ]),
            E("Customer Advisor", "Raiffhorst Bank eG", "Eichenau", "2022-07", "2023-09", "facing", "sales_account", [
                "Advised private customers in the branch on current accounts, savings plans and consumer loans (about 8 appointments a day)",
                "Cash desk cover during the holidays",
            ]),
            E("Apprenticeship as Bank Clerk (Bankkaufmann)", "Raiffhorst Bank eG", "Eichenau", "2019-08", "2022-06",
              "facing", "in_person_service", [
                  "Rotations through cash desk, service counter, loans back office and the customer service centre (phone)",
                  "Final examination before the Chamber of Commerce: grade 1.9",
              ], etype="internship"),
            E("Store Assistant (mini-job)", "Getränke Hartl", "Eichenau", "2017-01", "2019-12", "facing", "in_person_service", [
                "Stocked drinks crates, took back empties at the returns counter and helped customers load their cars",
            ], prec="year"),
        ]),
        B("Volunteering", [
            E("Volunteer Firefighter", "Freiwillige Feuerwehr Eichenau", None, "2017-01", "present", "facing", "volunteering", [
                "Around 40 call-outs a year: fires, road accidents and storm damage",
                "Youth fire brigade supervisor since 2021",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
    ]))

# ---------------------------------------------------------------- w026 Australia, plain text, many short jobs
RESUMES.append(dict(
    id="w026", ext="txt", renderer="txt", layout="plain", hdr="title_comma_org",
    family="Australian communication student as plain text, six short jobs: café, peer mentor, agency social media intern, delivery rider, Christmas casual, op shop",
    ds=dict(fmt="mon", sep=" - ", present="Now"),
    bullet="•", txt=dict(head="stars", right="rjust", width=84, indent=" "),
    name="Mia Kovačević",
    contact=["Wattle Creek QLD 4814 | 0401 555 318 | mia.kovacevic@mailbox.com.au | Available weekends and Mon/Thu"],
    blocks=[
        B("Education", [
            ("h", "Bachelor of Communication (Public Relations), Coolabah University", "2024 - 2026"),
            ("h", "Queensland Certificate of Education, Wattle Creek State High School", "2023"),
        ]),
        B("Work History", [
            E("Barista", "Bean Dreamin' Café", "Wattle Creek QLD", "2025-02", "present", "facing", "in_person_service", []),
            E("Peer Mentor", "Coolabah University - First Year Transition Program", None, "2025-02", "2025-11", "facing", "other_facing", [
                "Met my group of 12 first-years weekly in O-Week and fortnightly after that, and pointed them to the right services when things got hard",
            ]),
            E("Social Media Intern", "Blue Heeler Creative", "Wattle Creek QLD", "2024-03", "2024-06", "affecting", None, [
                "Drafted posts and reels for four client accounts (a brewery, two real estate agents and a dentist) for the account manager to approve",
                "Scheduled content in Later and pulled the monthly engagement report",
            ], etype="internship"),
            E("Delivery Rider", "DashDrop", "Wattle Creek QLD", "2023-07", "2024-10", "affecting", None, [
                "Food delivery by e-bike around Wattle Creek, mostly evenings; nearly all drops were leave-at-door",
            ], etype="freelance", note="Self-employed contractor (own ABN)"),
            E("Christmas Casual - Retail Assistant", "Big Barn Variety", "Wattle Creek QLD", "2023-11", "2024-01",
              "facing", "in_person_service", ["Registers, the layby counter and restocking the toy aisle"]),
        ]),
        B("Volunteering", [
            E("Op Shop Volunteer", "Wattle Creek Community Op Shop", None, "2022-01", "2023-12", "affecting", None, [
                "Sorted, steamed and priced donated clothes in the back room on Saturday mornings",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
        B("Skills", [
            ("b", "Canva, CapCut, Later, Meta Business Suite"),
            ("b", "RSA, Food Safety Supervisor, Blue Card"),
        ]),
        B("References", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w027 UK, reportlab single column, employer line first
RESUMES.append(dict(
    id="w027", ext="pdf", renderer="reportlab", layout="plain", hdr="org_title", font="dejavu", size=9.5,
    family="UK economics graduate (2025) now a graduate audit associate, reportlab single column, employer line first then title",
    ds=dict(fmt="mon", sep=" – ", present="Present"), rl_head="plain", accent=(0.55, 0.1, 0.1),
    name="Tobias Okonjo-Grant",
    contact=["Wellbourne WB3 2RN", "07700 900731", "tobias.okonjogrant@mailbox.co.uk"],
    blocks=[
        B("Education", [
            ("h", "BSc Economics, University of Wellbourne", "Sep 2022 – Jun 2025"),
            ("i", "First Class Honours. Dissertation: Bus fares and labour market participation of young adults"),
            ("h", "Ashwick Grammar School – A levels: Maths A*, Economics A, Geography A", "2022"),
        ]),
        B("Employment", [
            E("Graduate Audit Associate", "Harcastle Lowe LLP", "Wellbourne", "2025-09", "present", "affecting", None, [
                "Testing revenue, payroll and fixed-asset samples for owner-managed and charity audit clients; drafting working papers for senior review",
                "Attended two year-end stock counts at client warehouses",
                "Studying for the ACA (Certificate Level passed, 4/4 first time)",
            ]),
            E("Summer Intern, Economic Research", "Alder Street Economics", "Wellbourne", "2024-06", "2024-08", "none", None, [
                "Cleaned and merged regional labour-market data for a report on commuting costs",
                "Wrote the data appendix for the final report",
            ], etype="internship"),
            E("Catering Assistant", "Wellbourne Hospitality Services", "Rowan Hall", "2022-09", "2023-06", "facing", "in_person_service", [
                "Served breakfast and evening meals in the Rowan Hall dining room",
                "Washing up and closing down the servery",
            ]),
            E("Saturday Bookseller", "Foyle & Bramley Books", "Ashwick", "2019-01", "2022-12", "facing", "in_person_service", [
                "Till, customer orders and the children's section; wrote shelf-talkers for new fiction",
            ], prec="year"),
        ]),
        B("University Roles", [
            E("PAL Leader (Economics)", "University of Wellbourne", None, "2023-10", "2025-03", "facing", "education", [
                "Ran weekly Peer Assisted Learning sessions for first-year micro and macro, groups of 10–25",
            ]),
        ], sec="other"),
        B("Skills", [
            ("b", "Stata, R, Excel; CaseWare and Inflo (audit)"),
            ("b", "Full UK driving licence"),
        ]),
    ]))

# ---------------------------------------------------------------- w028 US, docx heading styles and list bullets
RESUMES.append(dict(
    id="w028", ext="docx", renderer="docx", layout="styles", hdr="title_org", docx_head="h1", font="Calibri", size=11,
    family="US community-college transfer student in biology, Word heading styles and list bullets, pharmacy tech trainee, work-study, fast food",
    ds=dict(fmt="month", sep=" – ", present="Present"), page="letter",
    name="Destiny Alvarado",
    contact=["Copperline, AZ 85619", "(520) 555-0187", "destiny.alvarado@mailbox.com"],
    blocks=[
        B("Education", [
            ("h", "University of Cascade Falls – B.S. Biology (transfer, Fall 2024)", "Expected May 2027"),
            ("h", "Copperline Community College – Associate of Arts", "May 2024"),
            "Phi Theta Kappa; Transfer Scholars award",
        ]),
        B("Work Experience", [
            E("Pharmacy Technician Trainee", "CareWell Pharmacy #2290", "Copperline, AZ", "2024-06", "present", "facing", "healthcare_care", [
                "Type and fill prescriptions under the pharmacist's check; run insurance claims and fix rejections",
                "Work the pick-up window and drive-thru on weekends – verifying date of birth, ringing up, and flagging patients who need to talk to the pharmacist",
            ]),
            E("Student Worker – Financial Aid Office", "Copperline Community College", "Copperline, AZ", "2022-08", "2024-05",
              "facing", "in_person_service", [
                  "Front counter and phones: helped students with FAFSA questions, missing documents and payment plan sign-ups",
                  "Scanned and indexed verification documents",
              ], note="Federal Work-Study"),
            E("Crew Trainer", "Taco Loco #118", "Copperline, AZ", "2020-01", "2022-12", "facing", "in_person_service", [
                "Register, drive-thru and food prep; trained 10+ new crew members on the POS and food safety",
            ], prec="year"),
        ]),
        B("Research", [
            E("Research Intern", "Summer Bridge to Biology Program, University of Cascade Falls", "Cascade Falls, AZ", "2025-06", "2025-08",
              "none", None, [
                  "Ran PCR and gel electrophoresis to genotype zebrafish lines; presented a poster at the program symposium",
              ], dt="Summer 2025", etype="internship"),
        ], sec="other"),
        B("Volunteer", [
            E("Volunteer Tax Preparer", "Copperline Free Tax Clinic", None, "2024-01", "2024-04", "facing", "volunteering", [
                "Prepared basic federal and state returns with clients at the intake tables during tax season",
            ], etype="volunteer"),
        ], sec="volunteer"),
        B("Skills", [
            ("b", "Bilingual English/Spanish"),
            ("b", "Pharmacy software (Rx entry, claims), Microsoft Office, basic R"),
            ("b", "Arizona pharmacy technician trainee license"),
        ]),
    ]))

# ---------------------------------------------------------------- w029 Canada, fpdf2 two-column header
RESUMES.append(dict(
    id="w029", ext="pdf", renderer="fpdf2", layout="twocol", hdr="title_org", font="sans", size=9.5,
    family="Canadian commerce graduate (2025), fpdf2 two-column header, marketing coordinator, two roles at one credit union, interpreter volunteer",
    ds=dict(fmt="MON", sep=" – ", present="PRESENT"), accent_rgb=(120, 40, 90), page="letter",
    name="Harpreet Kaur Sandhu", tagline="Marketing · Member Experience",
    contact=["Fraserview, BC", "604-555-0177", "harpreet.sandhu@mailbox.ca", "linkedin.com/in/harpreetksandhu"],
    blocks=[
        B("Education", [
            ("h", "Bachelor of Commerce, Marketing – Fraserview University (Co-op)", "2021 – 2025"),
        ]),
        B("Experience", [
            E("Junior Marketing Coordinator", "Cedarline Outdoor Co.", "Fraserview, BC", "2025-09", "present", "affecting", None, [
                "Manage product listings and seasonal landing pages on the Shopify site",
                "Write the bi-weekly email newsletter (38k subscribers) and brief our agency on paid social",
                "Pull campaign results into a monthly dashboard for the marketing manager",
            ]),
            E("Member Service Representative (part-time)", "Tidewater Credit Union", "Fraserview, BC", "2024-09", "2025-04",
              "facing", "in_person_service", [
                  "Teller line and member enquiries at the Westgate branch: deposits, drafts and account updates",
                  "Referred members to advisors for mortgages and RRSPs",
              ]),
            E("Marketing Co-op Student", "Tidewater Credit Union", "Fraserview, BC", "2024-01", "2024-08", "facing", "sales_account", [
                "Two terms (Winter and Summer 2024) with the marketing team",
                "Staffed the booth at three community events and signed up 70+ new members for the youth savings promotion",
                "Wrote copy for branch posters and the spring newsletter",
            ], etype="internship"),
            E("Orientation Leader", "Fraserview University Student Life", None, "2022-08", "2022-09", "facing", "other_facing", [
                "Led a group of 25 incoming students through three days of orientation",
            ]),
        ]),
        B("Volunteer", [
            E("Volunteer Interpreter (Punjabi–English)", "Fraserview Newcomer Centre", None, "2021-01", "2023-12", "facing", "volunteering", [
                "Interpreted at settlement appointments for newly arrived seniors, mostly housing and health forms",
            ], prec="year", etype="volunteer"),
        ], sec="volunteer"),
        B("Skills", [
            ("kv", "Marketing", "Shopify, Klaviyo, Meta Ads Manager, GA4, Canva, Figma (basic)"),
            ("kv", "Languages", "English, Punjabi, Hindi"),
        ]),
    ]))

# ---------------------------------------------------------------- w030 India, docx borderless table per entry
RESUMES.append(dict(
    id="w030", ext="docx", renderer="docx", layout="table", hdr="title_org", font="Book Antiqua", size=10.5, dates_italic=True,
    family="Indian B.Com graduate in CA articleship, Word borderless table per entry, branch internship, tele-caller, fest sponsorship, NCC",
    ds=dict(fmt="month", sep=" to ", present="date"), center_name=True,
    name="Soumyadeep Chatterjee",
    contact_lines=["14/2 Netaji Pally, Kusumgram, West Bengal – 712 418", "Mob: +91 98300 55417 | soumyadeep.c@mailbox.in"],
    contact=["soumyadeep.c@mailbox.in"],
    blocks=[
        B("Educational Qualifications", [
            ("b", "CA Intermediate (both groups) – cleared May 2024"),
            ("b", "B.Com (Honours) in Accounting & Finance, Riverside College, Kusumgram – 2024 – 74%"),
            ("b", "Higher Secondary (WBCHSE), Kusumgram Hindu Vidyalaya – 2021 – 88%"),
        ]),
        B("Articleship", [
            E("Article Assistant", "S. Banerjee & Associates, Chartered Accountants", "Kusumgram", "2025-01", "present", "affecting", None, [
                "Statutory and tax audits for 6 clients (manufacturing, NGOs) – vouching, bank reconciliation, fixed asset verification",
                "GST return filing and ITR preparation for around 40 individual and firm clients",
                "Drafting audit working papers in the firm's templates",
            ], etype="internship"),
        ]),
        B("Internship & Work Experience", [
            E("Summer Intern – Branch Operations", "Purbasha Gramin Bank", "Kusumgram Branch", "2024-05", "2024-06",
              "facing", "in_person_service", [
                  "Sat at the branch help desk guiding account holders to fill KYC forms, pay-in slips and pension life certificates",
                  "Passbook updating and tallying the day's vouchers",
              ], etype="internship"),
            E("Tele-caller (part-time)", "EduSphere Coaching Institute", "Kusumgram", "2023-06", "2023-11", "facing", "contact_center", [
                "Called website enquiries and explained course batches and fee instalment plans to students and parents",
                "Updated the CRM sheet and fixed counselling appointments",
            ]),
        ]),
        B("Extra-Curricular Activities", [
            E("Event Head – Sponsorship", "Vanijya 2023, Annual Commerce Fest, Riverside College", None, "2023-12", "2023-12",
              "facing", "sales_account", [
                  "Pitched to 25 local businesses and closed ₹1.8 lakh in sponsorship – the highest in the fest's history",
              ], etype="volunteer"),
            E("Senior Under Officer", "NCC Unit, Riverside College", None, "2021-08", "2024-03", "none", None, [
                "Led the college NCC unit of 54 cadets; 'B' and 'C' certificates with Grade A",
            ], etype="volunteer"),
        ], sec="other"),
        B("Computer Skills", [("b", "Tally Prime, Excel (advanced), GST portal, Income Tax e-filing utility")]),
        B("Personal Details", [("kv", "Date of Birth", "09.02.2003"), ("kv", "Languages", "Bengali, English, Hindi")]),
        B("Declaration", ["I do hereby declare that the above information is true to the best of my knowledge.",
                          "Place: Kusumgram                                        Soumyadeep Chatterjee"]),
    ]))
