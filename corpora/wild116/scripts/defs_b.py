"""wild116 résumés w016–w030."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w016
R(dict(
    id="w016", r="fpdf", layout="left", caps_heads=True, footer="Hollis Abara-Kingsley · CV",
    family="Telecom customer operations director, two-page fpdf2 CV with page footer, employer headings with several roles beneath",
    name="Hollis Abara-Kingsley", tagline="Director of Customer Operations",
    contact=["Manchester M1", "07700 900 188", "hollis.ak@mailbox.co.uk", "linkedin.com/in/hollisak"],
    hs="orgfirst", ds="mon", pw="Present",
    sections=[
        ("p", "Profile", [
            "Customer operations leader with 21 years in telecoms, from answering broadband faults on a headset to "
            "running a 1,400-seat operation across four sites and two outsourcing partners. I have run in-house and "
            "offshore models, closed a site with dignity and opened two. My teams are measured on resolution, not "
            "handle time. I'm at my best when a service is under strain and needs calm, visible leadership.",
            "I now want to take what I've learned into a Chief Customer Officer role in utilities, water or "
            "financial services, where vulnerability, regulation and cost pressure all meet."]),
        ("l", "Key achievements", [
            "First-contact resolution up from 61% to 78% in three years while cost per contact fell 14%",
            "Led the transfer of 400 roles to a BPO partner in Cape Town with no fall in satisfaction",
            "Designed the vulnerable-customer model adopted group-wide in 2022",
            "Board sponsor for the contact-centre apprenticeship (85 apprentices qualified)"]),
        ("x", "Career history", [
            E("Director of Customer Operations", "Northline Telecom", "Manchester", "2020-10", "present", "affecting",
              None, [
                  "Accountable for 1,400 advisers across Manchester, Sunderland and two BPO partners",
                  "Own the £48m operating budget, workforce planning, quality and vendor performance",
                  "Set the service strategy with the CCO; chair the weekly operational risk forum",
                  "Sponsor the contact-centre apprenticeship and the site leadership academy"]),
            E("Senior Operations Manager – Complaints & Retention", "Northline Telecom", "Manchester", "2016-05",
              "2020-09", "facing", "contact_center", [
                  "Ran executive complaints and the retention desks (220 advisers)",
                  "Handled CEO-office complaints personally and spoke to customers before Ombudsman referral",
                  "Introduced a no-quibble goodwill budget for front-line advisers"]),
            E("Workforce Planning Manager", "Northline Telecom", "Sunderland", "2013-02", "2016-04", "affecting", None, [
                "Forecasting and scheduling for 900 seats; intraday management",
                "Built the shrinkage model still used today"]),
            E("Team Leader, Broadband Technical Support", "Pennant Communications", "Salford", "2008-03", "2013-01",
              "facing", "contact_center", [
                  "Led 15 technical advisers; took escalated fault calls and ran call-listening sessions"]),
            E("Technical Support Adviser", "Pennant Communications", "Salford", "2005-06", "2008-02", "facing",
              "contact_center", []),
            E("Advisory Board Member", "Voxly (CX analytics start-up)", "Leeds", "2022-06", "present", "none", None, [
                "Quarterly sessions advising the founders on product direction and pricing for contact-centre buyers"],
              sec="volunteer", et="volunteer"),
        ]),
        ("p", "Education", ["MBA, Pennine Business School (part-time), 2015",
                            "BA (Hons) History, 2004",
                            "COPC Implementation Leader; CCMA Leadership Programme"]),
        ("p", "Interests", ["Fell running, Manchester City season ticket, school governor at my children's primary."]),
    ]))

# ------------------------------------------------------------------ w017
R(dict(
    id="w017", r="docx", layout="styles", h2=False,
    family="UK GP practice manager who returned after a caring break, Word heading styles, tab-stop dates, career break listed",
    name="Beverley Tamsin Crouch", tagline="Practice Manager (Primary Care)",
    contact=["Norwich NR2", "07700 900 443", "bev.crouch@mailbox.co.uk"],
    hs="title_org", ds="mon", pw="present",
    sections=[
        ("p", "Personal profile", [
            "Practice manager with twelve years in primary care and a background in dental reception. I returned to "
            "work in 2021 after two years caring for my mother. Organised, patient-focused and not afraid of CQC."]),
        ("x", "Employment", [
            E("Practice Manager", "Wensum Valley Medical Practice", "Norwich", "2021-05", "present", "facing",
              "in_person_service", [
                  "Manage 34 staff at a 14,000-patient practice; rotas, HR, finance and contracts",
                  "Meet patients and families about complaints and run the Patient Participation Group",
                  "Led the move to total triage and the new online consultation system"]),
            E("Career break – caring for a parent", None, None, "2019-04", "2021-04", "none", None, [
                "Full-time carer for my mother after a stroke"], et="unknown"),
            E("Assistant Practice Manager", "Yare Bridge Surgery", "Norwich", "2014-09", "2019-03", "none", None, [
                "Payroll, staff rotas, premises and the CQC evidence folders",
                "Claims for enhanced services and QOF data"]),
            E("Dental Receptionist / Treatment Coordinator", "Bright Smile Dental Studio", "Norwich", "2010-02",
              "2014-08", "facing", "in_person_service", [
                  "Booked appointments, took payments and talked patients through treatment plans and finance"]),
        ]),
        ("p", "Training", ["AMSPAR Diploma in Primary Care Management (2016)", "Level 3 Safeguarding Adults & Children",
                           "Conflict resolution"]),
        ("p", "References", ["Dr A. Halloran, senior partner — contact details on request"]),
    ]))

# ------------------------------------------------------------------ w018
R(dict(
    id="w018", r="html",
    family="Architect turned UX researcher, HTML résumé, overlapping sessional teaching, user research labelled affecting",
    name="Oksana Delacroix-Byrne", tagline="UX Research Lead · former architect (ARB)",
    contact=["London E8", "07700 900 702", "oksana.db@mailbox.design", "portfolio: oksana-db.mailbox.design"],
    hs="title_org", ds="yyyy-mm", pw="now", sep=" — ",
    sections=[
        ("p", "Summary", [
            "I spent nine years designing buildings before moving into digital product design in 2018. Both jobs are "
            "about understanding how people use a space. I now lead research for a fintech app: planning studies, "
            "interviewing users and turning what we learn into decisions product teams act on."]),
        ("x", "Experience", [
            E("UX Research Lead", "Penny Jar Money", "London", "2022-04", "present", "affecting", None, [
                "Lead a team of four researchers across savings, lending and onboarding squads",
                "Run interview and usability studies with app users; synthesise findings for product managers",
                "Built the research repository and the quarterly insights review"]),
            E("Product Designer", "Shoreditch Digital Studio", "London", "2018-09", "2022-03", "affecting", None, [
                "Designed flows and prototypes for banking and retail client apps",
                "Worked from briefs handed over by the studio's account leads"]),
            E("Project Architect", "Hale & Pimm Architects", "Bristol", "2013-01", "2018-08", "facing", "other_facing", [
                "Led residential extensions and small schools from brief to completion",
                "Met homeowners and school governors at every design stage and walked them round site"]),
            E("Architectural Assistant", "Hale & Pimm Architects", "Bristol", "2009-09", "2012-12", "affecting", None, [
                "Drawings, planning packages and 3D models for the project architects"]),
            E("Visiting Design Tutor (sessional)", "Eastbank School of Architecture", "London", "2019-10", "2023-06",
              "facing", "education", [
                  "Ran weekly design studio crits for second-year undergraduates"], et="freelance"),
        ]),
        ("l", "Tools", ["Dovetail, Figma, Maze, Miro, Optimal Workshop", "Revit and SketchUp (rusty)"]),
        ("p", "Education", ["Part 3 / ARB registration 2013", "MArch, 2011", "Google UX certificate, 2018"]),
    ]))

# ------------------------------------------------------------------ w019
R(dict(
    id="w019", r="rl", layout="plain", centre=False, accent="#333333",
    family="Indian supply-chain manager, reportlab single column, title, company and dates each on their own line, 'Till date'",
    name="Venkatesh Raghunathan Iyer", tagline="Supply Chain & Logistics Head",
    contact=["Pune, Maharashtra", "+91 98555 01234", "venkatesh.iyer@mailbox.in"],
    hs="dateline", ds="mon", pw="Till date", sep=" to ",
    sections=[
        ("p", "Career Objective", [
            "Seeking a senior supply chain leadership position in FMCG or auto components where I can use 18 years "
            "of experience in logistics, warehousing, export order management and vendor development."]),
        ("p", "Profile Summary", [
            "Presently heading supply chain for an auto-components manufacturer with four plants. Strong in S&OP, "
            "3PL management, export documentation and cost reduction. Handled export customer service desk for "
            "five years, dealing directly with overseas distributors."]),
        ("x", "Work Experience", [
            E("Head – Supply Chain", "Sahyadri Auto Components Pvt. Ltd.", "Pune", "2019-07", "present", "affecting",
              None, [
                  "Responsible for planning, warehousing and outbound logistics for 4 plants",
                  "Achieved 97% OTIF to OEM customers; reduced freight cost by 11%",
                  "Managing team of 38 including planners and warehouse in-charges"]),
            E("Regional Logistics Manager", "Deccan Consumer Products Ltd.", "Pune", "2014-04", "2019-06", "affecting",
              None, ["Managed 6 C&F agents and 3PL transporters for Western region distribution"]),
            E("Manager – Export Customer Service", "Konkan Textiles Ltd.", "Mumbai", "2009-01", "2014-03", "facing",
              "sales_account", [
                  "Handled order booking and queries from distributors in the Gulf and East Africa by phone and email",
                  "Visited key distributors annually with the export sales head",
                  "Resolved shipment delay and quality claims directly with customers"]),
            E("Management Trainee", "Konkan Textiles Ltd.", "Bhiwandi", "2007-07", "2008-12", "none", None, [
                "Rotations in production planning, stores and dispatch"], et="internship"),
        ]),
        ("p", "Education", ["MBA (Operations), 2007", "B.E. (Mechanical), 2005"]),
        ("p", "Personal Details", ["Date of Birth: 14-02-1983  |  Languages: English, Hindi, Marathi, Tamil"]),
        ("p", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge."]),
    ]))

# ------------------------------------------------------------------ w020
R(dict(
    id="w020", r="docx", layout="tabs", bul="•",
    family="South African bank branch manager moved into compliance, Word tab-stop dates, typed bullets, a year-only early role",
    name="Thandiwe Mokoena-Pillay", tagline="Compliance Manager | former Branch Manager",
    contact=["Durban, KZN", "+27 82 555 0417", "thandi.mp@mailbox.co.za"],
    hs="title_org", ds="month", pw="Present", sep=" - ",
    sections=[
        ("p", "Profile", [
            "Banker with 19 years' experience: ten in branches, from teller to branch manager, and the rest in "
            "anti-money-laundering and compliance. I know what a control looks like at the counter and in the "
            "policy document, and I try to make sure they match."]),
        ("x", "Experience", [
            E("Compliance Manager", "Umhlanga Mutual Bank", "Durban", "2020-02", "present", "none", None, [
                "Own the compliance monitoring plan for retail banking; report to the Head of Compliance",
                "Review new products for FICA and conduct risk before launch"]),
            E("AML Investigations Manager", "Umhlanga Mutual Bank", "Durban", "2016-07", "2020-01", "none", None, [
                "Led a team of 9 investigators reviewing suspicious transaction alerts",
                "Filed STRs with the regulator and briefed the MLRO"]),
            E("Branch Manager", "Zululand Commercial Bank", "Pietermaritzburg", "2011-03", "2016-06", "facing",
              "in_person_service", [
                  "Ran a branch of 16 staff; met business and personal clients for credit applications",
                  "Resolved escalated complaints in the branch"]),
            E("Personal Banker", "Zululand Commercial Bank", "Pietermaritzburg", "2009-01", "2011-02", "facing",
              "sales_account", ["Opened accounts and sold credit products to walk-in and referred clients"]),
            E("Teller", "Zululand Commercial Bank", "Richards Bay", "2006-01", "2008-12", "facing",
              "in_person_service", [], prec="year"),
        ]),
        ("p", "Qualifications", ["BCom (Banking), 2005", "Postgraduate Diploma in Compliance Management, 2017"]),
        ("p", "References", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w021
R(dict(
    id="w021", r="txt", th="plain", bul="-",
    family="US Army officer turned civilian project manager, Indeed-style plain text, 'Title, Employer, Town, dates' on one line",
    name="Jerome T. Castellanos", tagline="Project Manager, PMP | U.S. Army veteran",
    contact=["Fayetteville, NC 28301", "(910) 555-0126", "jerome.castellanos@mailbox.us"],
    hs="inline", ds="month", pw="Present", sep=" to ",
    sections=[
        ("p", "Summary", [
            "Project manager with 6 years in civilian construction and infrastructure after 14 years as an Army "
            "logistics officer and recruiter. PMP since 2020. Comfortable with budgets over $40M, difficult "
            "stakeholders and schedules that slip."]),
        ("x", "Work Experience", [
            E("Senior Project Manager", "Longleaf Civil Constructors", "Raleigh, NC", "2022-08", "present", "facing",
              "other_facing", [
                  "Manage highway and drainage projects for the state DOT ($12M-$41M)",
                  "Lead schedule, cost and subcontractor coordination; run weekly owner progress meetings",
                  "Prepare change orders and monthly pay applications"]),
            E("Project Manager", "Cape Fear Utility Services", "Fayetteville, NC", "2020-01", "2022-07", "none",
              None, ["Water-main replacement projects; managed crews and submittals"]),
            E("Army Recruiting Station Commander", "U.S. Army Recruiting Command", "Goldsboro, NC", "2016-06",
              "2019-12", "facing", "other_facing", [
                  "Led a station of 6 recruiters; met applicants and parents at the station and at high schools",
                  "Guided applicants through testing, medical and enlistment"], et="military"),
            E("Logistics Officer (Captain)", "U.S. Army", "Fort Liberty, NC", "2006-05", "2016-05", "none", None, [
                "Planned supply and transport for a 3,800-soldier brigade, including two deployments",
                "Accountable for $60M of equipment"], et="military"),
            E("Volunteer Youth Baseball Coach", "Haymount Little League", "Fayetteville, NC", "2018-03",
              "present", "facing", "volunteering", [], sec="volunteer", et="volunteer"),
        ]),
        ("p", "Education", ["B.S. Civil Engineering, Carolina Piedmont University, 2006", "PMP, 2020"]),
        ("p", "Skills", ["Primavera P6, MS Project, Procore, earned value, contract administration"]),
    ]))

# ------------------------------------------------------------------ w022
R(dict(
    id="w022", r="fpdf", layout="centred", caps_heads=False,
    family="Head of IT infrastructure with service-desk past, fpdf2 centred header, title line with right dates and employer below, 'Current'",
    name="Fionnuala Strachan", tagline="Head of IT Infrastructure & Service",
    contact=["Glasgow G12", "07700 900 954", "fionnuala.s@mailbox.scot"],
    hs="title_org", ds="mon", pw="Current",
    sections=[
        ("p", "Profile", [
            "IT leader with 18 years in higher education and the public sector. Started on the service desk, "
            "moved through desktop and network engineering, and now run infrastructure for a university of "
            "24,000 students. I still think the service desk is the front door of IT."]),
        ("x", "Experience", [
            E("Head of IT Infrastructure", "University of the Clyde Valley", "Glasgow", "2021-08", "present", "none",
              None, [
                  "Lead networks, data centre, cloud and identity teams (42 staff, £6m budget)",
                  "Delivered the campus-wide Wi-Fi refresh and the move of 300 servers to Azure",
                  "Own disaster recovery and cyber-resilience plans"]),
            E("IT Service Desk Manager", "University of the Clyde Valley", "Glasgow", "2016-03", "2021-07", "facing",
              "internal_support", [
                  "Ran the student and staff service desk (18 analysts, 90,000 tickets a year)",
                  "Took escalated calls from academics and set up walk-in support at freshers' week"]),
            E("Network Engineer (contract)", "Strathkelvin Council", "Kirkintilloch", "2013-05", "2016-02", "none",
              None, ["Core switching and firewall upgrades across 60 council sites"], et="freelance"),
            E("Desktop Support Analyst", "Strathkelvin Council", "Kirkintilloch", "2008-09", "2013-04", "facing",
              "internal_support", []),
            E("Trustee (IT lead)", "Govanhill Community Larder", "Glasgow", "2019-01", "present", "none", None, [
                "Look after the charity's laptops, Microsoft 365 and data protection"],
              sec="volunteer", et="volunteer"),
        ]),
        ("p", "Certifications", ["ITIL 4 Managing Professional · CCNP Enterprise · Azure Solutions Architect"]),
        ("p", "Education", ["BSc (Hons) Computing, 2008"]),
    ]))

# ------------------------------------------------------------------ w023
R(dict(
    id="w023", r="docx", layout="table", ds="mm/yyyy", pw="Present",
    family="Social worker who became a team manager and then an independent consultant, Word borderless table per job, mm/yyyy",
    name="Eleanor Bassey-Whitcombe", tagline="Registered Social Worker (SWE) | Practice Consultant",
    contact=["Nottingham", "07700 900 217", "eleanor.bw@mailbox.co.uk"],
    sections=[
        ("p", "Professional profile", [
            "Social worker for 17 years, nine of them managing children's safeguarding teams. Since 2022 I work "
            "independently: practice audits, training and some direct assessment work for local authorities and "
            "courts. I also sit on an adoption panel."]),
        ("x", "Professional experience", [
            E("Independent Social Worker", "Bassey-Whitcombe Practice Ltd", "Nottingham", "2022-04", "present",
              "facing", "entrepreneurial_freelance", [
                  "Court-directed parenting assessments: home visits, interviews with parents and children",
                  "Case-file audits and practice training for three local authorities"], et="freelance"),
            E("Team Manager – Children's Safeguarding", "Trentside County Council", "Nottingham", "2013-10", "2022-03",
              "facing", "other_facing", [
                  "Managed 9 social workers; chaired strategy meetings and child-protection conferences with families",
                  "Quality assured assessments and court statements"]),
            E("Senior Social Worker", "Trentside County Council", "Mansfield", "2010-01", "2013-09", "facing",
              "other_facing", ["Complex child-protection caseload; direct work with children and parents"]),
            E("Family Support Worker", "Sherwood Families Trust", "Mansfield", "2006-09", "2009-12", "facing",
              "other_facing", ["Home visits supporting parents with routines, budgeting and school attendance"]),
            E("Independent Adoption Panel Member", "Midshires Regional Adoption Agency", "Derby", "2020-01",
              "present", "none", None, ["Read reports and recommend approval of prospective adopters at monthly panel"],
              sec="volunteer", et="freelance"),
        ]),
        ("p", "Qualifications", ["MA Social Work, 2009", "Practice Educator Stage 2", "Social Work England registered"]),
    ]))

# ------------------------------------------------------------------ w024
R(dict(
    id="w024", r="md", mh="h3", bul="-",
    family="Newspaper journalist turned communications director, Markdown h3 titles, a season-dated summer placement",
    name="Callum Achterberg", tagline="Director of Communications",
    contact=["Cardiff", "07700 900 385", "callum.a@mailbox.wales"], cjoin=" · ",
    hs="title_org", ds="month", pw="present", sep=" – ",
    sections=[
        ("p", "Summary", [
            "Twelve years as a reporter and news editor, then eight running communications for public bodies. I "
            "write fast, I know what journalists need and I can explain a complicated policy to the people it "
            "affects. Welsh speaker."]),
        ("x", "Experience", [
            E("Director of Communications", "Taf Valley Health Board", "Cardiff", "2021-11", "present", "affecting", None, [
                "Lead a 14-person team covering media, digital, internal comms and public campaigns",
                "Sign off patient letters, website content and winter-pressures campaigns",
                "Adviser to the chief executive and board during major incidents"]),
            E("Press & Public Affairs Manager", "Cardiff Bay Transport Authority", "Cardiff", "2018-03", "2021-10",
              "facing", "other_facing", [
                  "Ran the press office and handled media enquiries on the phone, including out of hours",
                  "Fronted drop-in consultation events where residents asked about the new bus routes"]),
            E("News Editor", "The Valleys Chronicle", "Pontypridd", "2012-06", "2018-02", "affecting", None, [
                "Ran the newsdesk, planned the paper and edited reporters' copy"]),
            E("Reporter", "The Valleys Chronicle", "Pontypridd", "2006-09", "2012-05", "affecting", None, [
                "Covered courts, councils and community news; wrote 10-15 stories a week"]),
            E("Editorial Intern", "Western Morning Mail", "Swansea", "2005-06", "2005-08", "affecting", None, [
                "Researched and wrote short news items for the weekend edition"], sec="other", et="internship",
              text="Summer 2005"),
        ]),
        ("p", "Education", ["BA Journalism, 2006", "NCTJ Diploma, 2006"]),
        ("l", "Languages", ["English and Welsh (fluent)"]),
    ]))

# ------------------------------------------------------------------ w025
R(dict(
    id="w025", r="rl", layout="sidebar", accent="#0B6E6E", side_bg="#E3F1F1",
    family="Physiotherapist clinic owner with an NHS past and a sports-club volunteer role, reportlab with coloured sidebar, pipe lines",
    name="Rhiannon O'Sullivan-Park", tagline="Clinical Director & MSK Physiotherapist",
    contact=["Brighton BN1", "07700 900 612", "rhiannon@mailbox.physio"],
    sidebar=[("Registration", ["HCPC PH000000", "MCSP"]),
             ("Skills", ["MSK assessment", "Injection therapy", "Clinic management", "Mentoring"]),
             ("Education", ["MSc Advanced MSK Practice (2014)", "BSc Physiotherapy (2007)"])],
    hs="pipe", ds="mon", pw="Present",
    sections=[
        ("p", "Profile", [
            "Physiotherapist of 19 years. I spent a decade in the NHS, then opened my own clinic in 2017; it now has "
            "three sites and eleven clinicians. I still treat patients three days a week and run the business the "
            "other two. Advisory board member for a digital rehab start-up."]),
        ("x", "Experience", [
            E("Clinical Director & Physiotherapist", "Seafront Physio & Sports Clinic", "Brighton", "2017-04",
              "present", "facing", "healthcare_care", [
                  "Treat a caseload of MSK and sports-injury patients three days a week",
                  "Run the business: staffing, finance, marketing and insurer contracts"], et="freelance"),
            E("Clinical Lead Physiotherapist – Outpatients", "Downs & Weald NHS Trust", "Haywards Heath", "2013-02",
              "2017-03", "facing", "healthcare_care", [
                  "Led a team of 12 physiotherapists and kept a half-time clinical caseload"]),
            E("Senior Physiotherapist (Band 6)", "Downs & Weald NHS Trust", "Haywards Heath", "2009-08", "2013-01",
              "facing", "healthcare_care", []),
            E("Clinical Advisory Board Member", "Flexa Health (digital rehab app)", "London", "2023-01", "present",
              "affecting", None, ["Review exercise programmes and clinical content before they go into the app"],
              sec="volunteer", et="freelance"),
            E("Volunteer Club Physiotherapist", "Hove Harriers Athletics Club", "Hove", "2010-03", "2019-09", "facing",
              "volunteering", ["Pitch-side first aid and injury clinics for club athletes on Sunday mornings"],
              sec="volunteer", et="volunteer"),
        ]),
    ]))

# ------------------------------------------------------------------ w026
R(dict(
    id="w026", r="docx", layout="header", bul="-",
    family="Construction project manager moving client-side, name and contact in the Word page header, employer line first then title",
    name="Declan Mbeki-Rourke", tagline="Development & Project Manager (MCIOB)",
    contact=["Auckland 1010", "021 555 0738", "declan.mr@mailbox.co.nz"],
    hs="org_title", ds="mm/yyyy", pw="Present", sep=" - ",
    sections=[
        ("p", "Summary", [
            "Eighteen years in construction: site management, contracting-side project management, a spell running "
            "residential renovations where the client was a family living in the house, and now client-side "
            "development management for a housing provider. I understand every side of the table."]),
        ("x", "Experience", [
            E("Development Manager", "Tāmaki Community Housing Trust", "Auckland", "2022-02", "present", "none",
              None, [
                  "Lead feasibility, consenting and delivery of 3 apartment developments (214 homes)",
                  "Manage design consultants and main contractors under NZS 3910 contracts",
                  "Report to the development committee of the board"]),
            E("Renovations Project Manager", "Harbourview Home Renovations", "Auckland", "2017-09", "2022-01",
              "facing", "other_facing", [
                  "Ran 10-15 home renovations a year; met homeowners weekly on site and walked them through variations",
                  "Handled snag lists and post-completion callbacks with clients"]),
            E("Senior Project Manager", "Kauri Construction Ltd", "Wellington", "2012-04", "2017-08", "none", None, [
                "Commercial fit-outs and a 6-storey office build ($28m); subcontractor procurement and programme"]),
            E("Site Manager", "Kauri Construction Ltd", "Wellington", "2007-01", "2012-03", "none", None, []),
        ]),
        ("p", "Qualifications", ["BCM (Construction Management), 2006", "MCIOB, Site Safe Gold"]),
        ("p", "Referees", ["On request"]),
    ]))

# ------------------------------------------------------------------ w027
R(dict(
    id="w027", r="html",
    family="Primary teacher turned instructional designer and L&D manager, HTML résumé, overlapping freelance tutoring, 'Present'",
    name="Marisol Ekwueme-Grant", tagline="Learning & Development Manager",
    contact=["Calgary, AB", "(403) 555-0199", "marisol.eg@mailbox.ca"],
    hs="dash", ds="mon", pw="Present",
    sections=[
        ("p", "Summary", [
            "Former elementary teacher (9 years) who moved into corporate learning in 2017. I design programs and I "
            "stand in front of rooms of adults and teach them — both halves matter to me."]),
        ("x", "Professional Experience", [
            E("Learning & Development Manager", "Bowridge Energy Services", "Calgary, AB", "2021-05", "present",
              "facing", "internal_support", [
                  "Lead a team of 5 building onboarding and leadership programs for 2,600 employees",
                  "Facilitate the new-manager program myself (8 cohorts a year) and coach managers one to one"]),
            E("Instructional Designer", "Bowridge Energy Services", "Calgary, AB", "2017-08", "2021-04", "affecting",
              None, [
                  "Designed e-learning modules and job aids from subject-matter-expert interviews",
                  "Built courses in Articulate Storyline and maintained the LMS catalogue"]),
            E("Grade 3 Teacher", "Foothills Public School Board", "Calgary, AB", "2008-09", "2017-06", "facing",
              "education", ["Taught a class of 24-28; parent-teacher conferences and IEP meetings"]),
            E("Reading Tutor (self-employed)", None, "Calgary, AB", "2012-09", "2019-06", "facing", "education", [
                "After-school literacy tutoring for children in their homes"], et="freelance"),
        ]),
        ("p", "Education", ["M.Ed. Adult Learning, 2019", "B.Ed. Elementary, 2008", "CPTD (ATD), 2022"]),
    ]))

# ------------------------------------------------------------------ w028
R(dict(
    id="w028", r="rl", layout="twocol", accent="#22395B", footer="Natasha Vidal-Mbatha — Curriculum Vitae",
    family="Airline cabin crew to cabin-services manager, two-page reportlab CV with two-column header and page footer, year-only early roles",
    name="Natasha Vidal-Mbatha", tagline="Head of Cabin Service Standards",
    contact=["Johannesburg", "+27 83 555 0645", "natasha.vm@mailbox.co.za", "Open to relocation"],
    hs="title_org", ds="mon", pw="Present",
    sections=[
        ("p", "Professional summary", [
            "Twenty-two years in airlines. I flew for fourteen of them, on regional and long-haul fleets, finishing as "
            "an inflight purser, then moved to the office to run the service product. I now set the cabin "
            "standards for 1,800 crew: what gets served, how, and how we train for it. I still fly a familiarisation "
            "sector each quarter, but as an observer rather than crew.",
            "Looking for a senior customer-experience or service-design role in travel or hospitality. I bring "
            "detailed knowledge of premium service design, crew training, catering contracts and complaint "
            "analysis, and a habit of asking crew what actually works."]),
        ("x", "Career history", [
            E("Head of Cabin Service Standards", "Springbok Skyways", "Johannesburg", "2020-09", "present",
              "affecting", None, [
                  "Own the onboard service product for economy and business class across 52 aircraft",
                  "Set service procedures, write the cabin-crew service manual and approve menus with catering partners",
                  "Analyse complaints and survey scores and brief the training academy on changes",
                  "Manage a team of 6 service designers and standards auditors"]),
            E("Cabin Services Manager", "Springbok Skyways", "Johannesburg", "2018-02", "2020-08", "affecting", None, [
                "Office-based role overseeing onboard catering, amenity kits and service audits",
                "Ran the crew feedback programme and the pilot of pre-order meals",
                "Worked with the finance team on the R180m onboard catering budget",
                "Wrote monthly service-quality reports for the Chief Operating Officer"]),
            E("Inflight Purser", "Springbok Skyways", "Johannesburg", "2012-04", "2018-01", "facing",
              "in_person_service", [
                  "In charge of cabin crew and service on long-haul flights; handled passenger complaints on board",
                  "Looked after premium passengers and medical or disruptive situations in the cabin"]),
            E("Senior Flight Attendant", "Springbok Skyways", "Johannesburg", "2008-06", "2012-03", "facing",
              "in_person_service", []),
            E("Flight Attendant", "Karoo Regional Airlines", "Cape Town", "2004-01", "2008-12", "facing",
              "in_person_service", ["Regional jet crew; safety demonstrations and onboard sales"], prec="year"),
        ]),
        ("l", "Selected projects", [
            "Redesigned business-class dining (2022): complaint rate on meals down 41%",
            "Co-wrote the disability assistance standard with passenger representative groups",
            "Introduced tablet-based service reporting for pursers",
            "Rebuilt the recurrent service training day for 1,800 crew with the academy",
            "Negotiated a new amenity-kit contract, saving R14m over three years",
            "Launched a crew ideas scheme; 37 suggestions adopted in the first year"]),
        ("l", "Skills", [
            "Service design and onboard product", "Catering and supplier management",
            "Complaint and survey analysis", "Crew training design", "Premium passenger service",
            "Budget management", "Audit and standards"]),
        ("p", "Education & Training", ["BA Hospitality Management (UNISA, part-time), 2016",
                                       "Instructor certificate, cabin service training (2019)",
                                       "Wine & Spirit Education Trust Level 2"]),
        ("p", "Languages", ["English, Afrikaans, isiZulu, Portuguese (conversational)"]),
        ("p", "Interests", ["Trail running, amateur photography, mentoring young women entering aviation."]),
    ]))

# ------------------------------------------------------------------ w029
R(dict(
    id="w029", r="docx", layout="sidebar", side_hex="F3E7D3",
    family="Nonprofit executive director with a fundraising background, Word two-column layout table with shaded sidebar, month dates",
    name="Adaeze Lindqvist", tagline="Executive Director | Nonprofit Leadership",
    contact=["Minneapolis, MN", "(612) 555-0174", "adaeze.l@mailbox.org"],
    sidebar=[("Skills", ["Major gifts", "Board development", "Program design", "Grant compliance"]),
             ("Education", ["MPA, 2012", "B.A. Sociology, 2006"]),
             ("Languages", ["English, Igbo, Swedish (basic)"])],
    hs="title_org", ds="month", pw="Present",
    sections=[
        ("p", "Summary", [
            "Nonprofit leader with 18 years in food security and youth programs. I raise money, I run programs "
            "and I answer to a board. I grew our annual budget from $2.1M to $5.4M."]),
        ("x", "Experience", [
            E("Executive Director", "Northstar Community Food Network", "Minneapolis, MN", "2020-01", "present",
              "facing", "sales_account", [
                  "Lead 46 staff and 900 volunteers across six food shelves",
                  "Personally steward 40 major donors and foundation partners; host site visits and asks"]),
            E("Director of Development", "Northstar Community Food Network", "Minneapolis, MN", "2015-04",
              "2019-12", "facing", "sales_account", [
                  "Built the major-gifts program; met donors and closed gifts of $10k-$250k"]),
            E("Grants Manager", "Twin Rivers Youth Alliance", "St. Paul, MN", "2011-06", "2015-03", "none", None, [
                "Wrote federal and foundation grant applications and compliance reports"]),
            E("Program Coordinator", "Twin Rivers Youth Alliance", "St. Paul, MN", "2007-08", "2011-05", "facing",
              "other_facing", ["Ran after-school drop-in programs and met with young people and their families"]),
        ]),
        ("x", "Board service", [
            E("Board Secretary", "Minnesota Hunger Coalition", "St. Paul, MN", "2021-01", "present", "none", None, [],
              sec="volunteer", et="volunteer", prec="year"),
        ]),
    ]))

# ------------------------------------------------------------------ w030
R(dict(
    id="w030", r="txt", th="colon", bul="", width=80, org_caps=False, tj=" | ",
    family="Retail area manager turned franchise business consultant, plain text, pipe-joined dates, abbreviated years, unbulleted duty lines",
    name="Grant Whitlock-Nair", tagline="Franchise Business Consultant",
    contact=["Perth WA 6000 | 0438 555 221 | grant.wn@mailbox.com.au"],
    hs="title_org", ds="mon'yy", pw="Now", sep=" - ",
    sections=[
        ("x", "Work history", [
            E("Franchise Business Consultant", "Crust & Co Bakery Cafes", "Perth", "2021-03", "present", "facing",
              "other_facing", [
                  "Support 18 franchisees across WA; monthly visits to each store owner to review sales and standards",
                  "Coach franchisees through rostering, food cost and local marketing",
                  "First contact for franchisee issues with suppliers and head office"]),
            E("Area Manager", "Sunset Outdoor Stores", "Perth", "2016-08", "2021-02", "affecting", None, [
                "Managed 7 stores and their managers; sales, stock loss and visual standards",
                "Ran mystery-shop programme and acted on the results with store teams"]),
            E("Store Manager", "Sunset Outdoor Stores", "Fremantle", "2012-05", "2016-07", "facing",
              "in_person_service", [
                  "Ran a $6m store with 22 staff; worked the floor and registers at weekends",
                  "Dealt with customer complaints and returns"]),
            E("Assistant Store Manager", "Bushline Camping", "Bunbury", "2009-02", "2012-04", "facing",
              "in_person_service", []),
        ]),
        ("p", "Education", ["Cert IV Retail Management, 2011", "Diploma of Leadership & Management, 2018"]),
        ("p", "Referees", ["Kylie Marsh, State Manager, Crust & Co — 0400 555 777",
                           "Paul Dang, former Regional Manager, Sunset Outdoor — 0400 555 888"]),
    ]))
