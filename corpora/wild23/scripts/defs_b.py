"""wild23 résumés w011–w020."""
from lib import E

RESUMES = []
R = RESUMES.append

# ---------------------------------------------------------------------------
R(dict(
    file="w011", renderer="fpdf2", layout="left", order="dateline", datefmt="mm/yyyy", present="Present", sep=" - ",
    fpfont="cond", accent_rgb=(20, 70, 120), bullet="•",
    family="Indian software engineer to technical architect, purely technical except an onsite spell at a UK client, fpdf2 left header, title/company/dates on separate lines",
    layout_note="left/dateline, mm/yyyy / 'Present'",
    name="Pranav Deshmukh",
    headline="Technical Architect – Java / Payments",
    contact=["Ambarwadi, Maharashtra", "+91 98220 45671", "pranav.deshmukh@mailbox.in", "github: pdeshmukh-dev"],
    blocks=[
        ("h", "Summary"),
        ("p", "15 years building and running banking back-end systems in Java. Comfortable owning architecture "
              "decisions end to end: design, code reviews, performance tuning and production incidents. "
              "Four years onsite in the UK as the bridge between the client's product owners and the offshore team."),
        ("h", "Technical Skills"),
        ("lines", ["Java 8–21, Spring Boot, Kafka, PostgreSQL, Oracle, Redis, Kubernetes, AWS (EKS, MSK), "
                   "Jenkins, Grafana, Kotlin for Android (earlier)"]),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Technical Architect", "Kaveri Infotech Pvt Ltd", "Ambarwadi", "2021-04", "present", "none", None, [
                "Designed the event-driven settlement and reconciliation engine used by the bank's operations team (Kafka, Java 17, PostgreSQL)",
                "Own the non-functional requirements: 4,000 TPS peak, RPO 5 min",
                "Run architecture review board for 6 squads; mentor 9 senior engineers",
                "Cut batch window from 5h 40m to 1h 50m by moving EOD jobs to streaming",
            ]),
            E("Onsite Technical Lead", "Kaveri Infotech Pvt Ltd", "Stourley, UK",
              "2017-08", "2021-03", "facing", "other_facing", [
                  "Onsite coordinator at Albion Mutual Bank's office: daily stand-ups with the client's product owners, sprint demos to their business users",
                  "Translated business change requests into technical stories for the 22-member offshore team",
                  "Handled P1 incident bridges with client operations during UK hours",
              ]),
            E("Senior Software Engineer", "Trishul Software Solutions", "Shivganga Nagar", "2013-06", "2017-07",
              "affecting", None, [
                  "Built screens and API integration for a retail mobile banking app (Android, Kotlin)",
                  "Fixed crash issues reported from the Play Store reviews; crash-free sessions 97% → 99.6%",
              ]),
            E("Software Engineer", "Trishul Software Solutions", "Shivganga Nagar", "2011-07", "2013-05", "none", None, [
                "Wrote PL/SQL and Java batch jobs for the internal MIS reporting system",
                "Unit testing and defect fixing",
            ]),
        ]),
        ("h", "Education"),
        ("lines", ["B.E. (Computer Engineering) – Government College of Engineering, Ambarwadi – 2011 – CGPA 8.1"]),
        ("h", "Certifications"),
        ("lines", ["AWS Certified Solutions Architect – Associate (2022)", "Oracle Certified Professional, Java SE 11"]),
        ("h", "Personal"),
        ("lines", ["Languages: English, Marathi, Hindi", "Passport: valid", "Notice period: 60 days"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w012", renderer="html", order="org_title", datefmt="mon", present="Current", sep=" – ",
    htmlvariant="table", cssfont="Verdana, sans-serif",
    family="Australian general-practice manager still handling patient complaints, HTML with table rows, physio clinic back office, career break and year-only bank job",
    layout_note="table rows/org_title, mon / 'Current'",
    name="Kerry-Anne Voss",
    contact=["Mallowpoint QLD 4571", "0491 570 313", "kerryanne.voss@mailbox.com.au"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Experienced practice manager (AAPM member) seeking a larger multidisciplinary clinic. I like a clinic "
              "where the systems just work – billing, rosters, accreditation – so the doctors can doctor and the "
              "front desk can look after people."),
        ("h", "Work History"),
        ("jobs", [
            E("Practice Manager", "Mallowpoint Family Medical", "Mallowpoint QLD", "2018-02", "present", "facing",
              "in_person_service", [
                  "Run a 9-GP clinic with 3 nurses and 6 reception staff; billing around $2.4m a year",
                  "Rosters, payroll, Medicare and DVA reconciliations, accreditation against the RACGP Standards",
                  "Still the person patients ask for when something has gone wrong – I handle complaints at the desk and on the phone",
                  "Moved the practice to online bookings and SMS recalls in 2019",
              ]),
            E("Practice Manager", "Bindawalla Physiotherapy & Sports Clinic", "Bindawalla QLD", "2013-07", "2018-01",
              "affecting", None, [
                  "Payroll, budgets and supplier contracts for a clinic of 7 physios and 2 exercise physiologists",
                  "Set up the online booking system and the health-fund claiming terminal",
                  "Wrote the clinic's newsletter and Facebook posts",
              ]),
            E("Senior Medical Receptionist", "Riverstone Medical Centre", "Bindawalla QLD", "2009-04", "2013-06",
              "facing", "in_person_service", [
                  "Front desk for a busy bulk-billing practice; trained new receptionists",
              ]),
            E("Career break (family)", None, None, "2007-03", "2009-03", "none", None, [], etype="unknown"),
            E("Bank Officer", "Sunstate Credit Union", "Mallowpoint QLD", "2001", "2007", "facing",
              "in_person_service", []),
        ]),
        ("h", "Qualifications"),
        ("ul", ["Diploma of Practice Management (2014)", "Certificate IV in Health Administration",
                "First Aid and CPR (current)"]),
        ("h", "Referees"),
        ("p", "Dr Paul Emeric, Principal GP, Mallowpoint Family Medical – details on request"),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w013", renderer="docx", layout="header", order="title_org", datefmt="month", present="Present",
    paper="letter", font="Calibri", fontsize=10.5, contactsep="  •  ", list_style="List Bullet",
    family="Canadian construction project manager chairing owner meetings vs buyout-only PM years, contact in the Word page header, co-op summer",
    layout_note="header/title_org, month / 'Present', season",
    name="Devon Kowalczyk, P.Eng., PMP",
    headline="Senior Project Manager – Institutional & Healthcare Construction",
    contact=["Red Alder, AB", "587-555-0134", "dkowalczyk@mailbox.ca"],
    blocks=[
        ("h", "Profile"),
        ("p", "Seventeen years with general contractors in central Alberta, the last eight leading institutional "
              "projects from preconstruction to turnover. Known for realistic schedules and for owners who come "
              "back to us for the next one."),
        ("h", "Experience"),
        ("jobs", [
            E("Senior Project Manager", "Tamarack Ridge Constructors Ltd.", "Red Alder, AB", "2018-05", "present",
              "facing", "other_facing", [
                  "Deliver institutional builds from $20M to $65M – two schools, a seniors' residence and a clinic expansion",
                  "Chair the bi-weekly owner-architect-contractor meetings and walk the site with the owner's representatives before each one",
                  "Lead a team of two PMs, three site superintendents and a project coordinator",
              ]),
            E("Project Manager", "Tamarack Ridge Constructors Ltd.", "Red Alder, AB", "2013-03", "2018-04", "none", None, [
                "Subtrade buyout, schedules and monthly cost-to-complete reports on $5M–$18M commercial projects",
                "Change-order pricing and negotiation with subcontractors",
                "Closed out 11 projects with no outstanding deficiencies after 60 days",
            ]),
            E("Project Coordinator / Field Engineer", "Fort Sayer Builders", "Fort Sayer, AB", "2009-06", "2013-02",
              "none", None, [
                  "Site layout, RFIs, submittals and daily logs",
                  "Concrete testing and pour coordination on a four-storey parkade",
              ]),
            E("Engineering Co-op Student", "Prairie Line Paving", "Fort Sayer, AB", "2008-06", "2008-08", "none", None, [
                "Asphalt quality-control testing and traffic-control set-up on highway overlay work",
            ], etype="internship", datetext="Summer 2008"),
        ]),
        ("h", "Education"),
        ("lines", ["B.Sc. Civil Engineering – University of the Parklands (2009)",
                   "Gold Seal Certification – Project Manager (2016)"]),
        ("h", "Professional"),
        ("lines", ["P.Eng. (APEGA), PMP (PMI)", "COR safety program – internal auditor"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w014", renderer="reportlab", layout="twocol", order="pipe", datefmt="mon", present="Present",
    accent="#8a1538", fontsize=9.6,
    family="Singapore logistics key-account manager, reportlab two-column header, pipe title/company/place lines, pricing desk before sales",
    layout_note="twocol/pipe, mon / 'Present'",
    name="Amanda Goh Hui Min",
    headline="Senior Key Account Manager – Contract Logistics",
    contact=["Singapore 460211", "+65 9812 3376", "amanda.goh@mailbox.sg", "Singapore Citizen"],
    blocks=[
        ("h", "Career Summary"),
        ("p", "Logistics professional with 16 years across freight forwarding and contract logistics, the last ten "
              "managing regional shipper accounts. I know the warehouse floor and the pricing sheet, which helps "
              "when a client asks why the rate went up."),
        ("h", "Key Achievements"),
        ("ul", ["Retained all 12 key accounts through the 2022 re-tender cycle; grew account revenue 27%",
                "Won a 5-year regional distribution contract for a consumer-electronics brand (S$9m/yr)",
                "Set up the account-management playbook now used by the ASEAN team"]),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Senior Key Account Manager", "Straits Meridian Logistics Pte Ltd", "Singapore", "2020-02", "present",
              "facing", "sales_account", [
                  "Own 12 regional shipper accounts worth S$31m revenue a year",
                  "Quarterly business reviews with clients' supply-chain heads, usually at their offices in Singapore, Jakarta and Bangkok",
                  "Lead contract renewals and rate negotiations; coordinate solutions design for new business",
              ]),
            E("Account Manager", "Straits Meridian Logistics Pte Ltd", "Singapore", "2016-01", "2020-01", "facing",
              "sales_account", [
                  "Day-to-day owner for 20 mid-size accounts; monthly service reviews and KPI reporting",
                  "Handled client escalations on missed deliveries with the operations team",
              ]),
            E("Customer Service Supervisor", "Pacific Junction Freight Pte Ltd", "Singapore", "2012-06", "2015-12",
              "facing", "contact_center", [
                  "Led 8 customer service executives handling shipper bookings and tracking queries by phone and email",
                  "Took escalated calls on delayed and damaged shipments",
              ]),
            E("Pricing Analyst", "Pacific Junction Freight Pte Ltd", "Singapore", "2010-03", "2012-05", "affecting",
              None, [
                  "Built rate quotations for the sales team from carrier contracts and tariffs",
                  "Maintained the ocean and air rate database",
              ]),
            E("Operations Executive (Import)", "Harbourgate Forwarding", "Singapore", "2008", "2010", "affecting",
              None, []),
        ]),
        ("h", "Education"),
        ("lines", ["Bachelor of Business (Logistics & Supply Chain) – Merlion Institute of Technology, 2008",
                   "Specialist Diploma in Supply Chain Management (2013)"]),
        ("h", "Languages & Skills"),
        ("lines", ["English, Mandarin (fluent), Bahasa Indonesia (basic)",
                   "Salesforce, SAP TM, Power BI, tender management"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w015", renderer="md", order="title_org", datefmt="month", present="Present", sep=" to ",
    mdhead="bold", bullet="*", mddatesep="|",
    family="US HR leader from payroll through plant HR generalist and HR business partner to people-operations director, Markdown with bold title lines",
    layout_note="bold/title_org, month 'to' / 'Present'",
    name="LaToya Brennan-Price, SHRM-SCP",
    contact=["Oakhurst Crossing, GA", "(706) 555-0185", "latoya.bprice@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "HR leader who started in payroll and never lost the attention to detail. Seventeen years in "
              "manufacturing and home health, from the plant floor's walk-in HR office to running people "
              "operations for 1,400 employees. I like HR that is visible and boring in the best way."),
        ("h", "Experience"),
        ("jobs", [
            E("Director, People Operations", "Verdant Path Home Health", "Oakhurst Crossing, GA", "2021-06", "present",
              "none", None, [
                  "Lead HR for 1,400 employees across 11 branches: benefits renewal, compensation bands, HRIS and policy",
                  "Moved the company from spreadsheets to a single HRIS (2022) and cut time-to-hire from 41 to 26 days",
                  "Present workforce metrics and turnover analysis to the CEO and board quarterly",
              ]),
            E("HR Business Partner", "Verdant Path Home Health", "Oakhurst Crossing, GA", "2017-09", "2021-05",
              "facing", "internal_support", [
                  "Partnered with six branch directors on employee relations cases, investigations and performance plans",
                  "Ran quarterly listening sessions with field nurses and aides at each branch",
              ]),
            E("HR Generalist", "Braytonville Mills Manufacturing", "Braytonville, GA", "2012-03", "2017-08", "facing",
              "internal_support", [
                  "Ran the walk-in HR office for 600 plant employees on three shifts – benefits, FMLA, pay questions",
                  "Onboarding and orientation for new hires every Monday",
              ]),
            E("Payroll & Benefits Specialist", "Braytonville Mills Manufacturing", "Braytonville, GA", "2009-01", "2012-02",
              "none", None, [
                  "Processed biweekly payroll for 600 hourly employees and monthly salaried payroll",
                  "401(k) and benefits-carrier reconciliations",
              ]),
        ]),
        ("h", "Volunteer"),
        ("jobs", [
            E("Volunteer Career Coach", "Next Chapter Reentry Program", "Oakhurst Crossing, GA", "2019-03", "present",
              "facing", "volunteering", [
                  "Mock interviews and résumé help for people coming home from incarceration, two evenings a month",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education & Certifications"),
        ("lines", ["* B.S., Business Administration (HR concentration) – Piedmont Ridge State University, 2008",
                   "* SHRM-SCP (2019); Certified Payroll Professional (2011, lapsed)"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w016", renderer="txt", order="title_org", datefmt="mon", present="Present", sep=" - ",
    hstyle="caps", join="bar", bullet="o", width=80,
    family="South African consulting civil engineer with municipal client and community liaison, plain text, design-only years, candidate-engineer rotation and vacation work",
    layout_note="caps headings/title_org, bar-joined dates, mon / 'Present'",
    name="Johan Steenkamp Pr.Eng",
    contact=["Doringfontein, Free State", "083 555 0140", "johan.steenkamp@mailbox.co.za"],
    blocks=[
        ("h", "Profile"),
        ("p", "Registered professional engineer (ECSA) with 19 years in water and sanitation. I've worked on both "
              "sides of the table - at a municipality and at a consulting firm - and I'm most useful on projects "
              "where the technical answer also has to make sense to a council and to the people in the ward."),
        ("h", "Career"),
        ("jobs", [
            E("Associate", "Kwena Infrastructure Consulting (Pty) Ltd", "Doringfontein", "2017-02", "present", "facing",
              "other_facing", [
                  "Project leader on municipal water and sanitation upgrades between R15m and R180m",
                  "Client liaison with municipal technical directors; chair technical committee and monthly progress meetings",
                  "Attend community liaison meetings with ward councillors and residents before construction starts",
                  "Sign off designs and reports as responsible engineer",
              ]),
            E("Senior Engineer", "Kwena Infrastructure Consulting (Pty) Ltd", "Doringfontein", "2012-01", "2017-01",
              "affecting", None, [
                  "Design of bulk water pipelines, pump stations and reservoirs",
                  "Hydraulic modelling (WaterCAD, SewerCAD) and tender documentation",
              ]),
            E("Engineer: Water Services", "Doringfontein Local Municipality", "Doringfontein", "2009-07", "2011-12",
              "facing", "other_facing", [
                  "Supervised maintenance teams on reticulation and pump stations",
                  "Went out to residents' complaints about outages and pressure, on site with the team",
                  "Compiled the Water Services Development Plan update",
              ]),
            E("Candidate Engineer", "Doringfontein Local Municipality", "Doringfontein", "2007-01", "2009-06", "none",
              None, [
                  "Rotation through the design office, roads depot and water treatment works",
                  "Materials lab testing and as-built drawings",
              ]),
            E("Vacation Student", "Ikhwezi Civils", "Kransdal", "2004-12", "2005-01", "none", None, [
                "Setting out and survey assistance on a township roads contract",
            ], etype="internship"),
        ]),
        ("h", "Qualifications"),
        ("lines", ["BEng (Civil) - University of the Highveld, 2006",
                   "Pr.Eng (ECSA) 2011; GCC (Government Certificate of Competency) - not held"]),
        ("h", "Memberships"),
        ("lines", ["SAICE member; WISA member"]),
        ("h", "Languages"),
        ("lines", ["Afrikaans, English, some Sesotho"]),
        ("h", "References"),
        ("lines", ["Mr T. Ramokgopa, Director Technical Services, Doringfontein LM - 051 555 0123",
                   "Ms L. Naidoo, Managing Director, Kwena Infrastructure Consulting - on request"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w017", renderer="docx", layout="sidebar", order="org_title", datefmt="monuk", present="Present",
    font="Calibri", fontsize=10, side_hex="DDE5EC", accent_hex="2F4F6F",
    family="UK distribution-centre general manager with client contract reviews, Word two-column layout table with shaded sidebar, agency FLT years and retained firefighter",
    layout_note="sidebar table/org_title, mon (Sept) / 'Present'",
    name="Craig Mallinson",
    contact=["Thurlbeck, North Yorkshire", "07700 900 560", "craig.mallinson@mailbox.co.uk"],
    side=[
        ("h", "Key skills"),
        ("lines", ["Site P&L", "Labour planning", "Lean / 5S", "WMS (Manhattan)", "H&S – NEBOSH General",
                   "Client contract management", "Union consultation"]),
        ("h", "Education"),
        ("lines", ["NEBOSH General Certificate (2012)", "ILM Level 5 Leadership (2016)", "BTEC National, Engineering – Eastholme College"]),
        ("h", "Licences"),
        ("lines", ["Counterbalance & reach FLT", "Full UK driving licence"]),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Warehouse operator turned general manager. Twenty years in ambient and chilled distribution with "
              "a contract logistics provider, most of it on nights. I run sites by the numbers, but I walk "
              "the floor every shift."),
        ("h", "Employment History"),
        ("jobs", [
            E("Site General Manager", "Northwold Logistics", "Thurlbeck", "2019-11", "present", "facing",
              "sales_account", [
                  "Full P&L for a 420,000 sq ft ambient DC serving a national supermarket client; 380 colleagues over three shifts",
                  "Monthly contract reviews with the client's supply chain director and weekly calls with their store-replenishment team – I present our KPIs and agree recovery plans",
                  "Cost per case down 11% in two years; zero RIDDORs in 2024",
              ]),
            E("Operations Manager (Nights)", "Northwold Logistics", "Eastholme", "2015-04", "2019-10", "affecting", None, [
                "Ran night picking, loading and the transport planning interface for 120 stores",
                "OTIF 99.2% against a 98.5% contract target",
            ]),
            E("Shift Manager", "Northwold Logistics", "Eastholme", "2011-08", "2015-03", "affecting", None, [
                "Managed a 70-strong shift in chilled picking and despatch",
            ]),
            E("Team Leader (Goods In)", "Halcyon Foods Distribution", "Eastholme", "2006", "2011", "affecting", None, [
                "Booked in supplier deliveries and ran the goods-in team of 12",
            ]),
            E("FLT Driver", "Brightstaff Recruitment", None, "2003", "2006", "affecting", None, [],
              line="FLT Driver – agency assignments through Brightstaff Recruitment at food and parcel warehouses, 2003 – 2006"),
            E("Retained Firefighter", "Dales & Wolds Fire and Rescue Service", "Eastholme", "2008-05", "2014-08",
              "facing", "other_facing", [
                  "On-call crew member at Eastholme station: road traffic collisions, house fires and community safety visits to elderly residents",
              ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w018", renderer="fpdf2", layout="left", order="title_org", datefmt="month", present="Present", sep=" – ",
    fpfont="serif", accent_rgb=(90, 40, 90), hcase="title", fontsize=10,
    footer="Annabel Kositcin – Curriculum Vitae – page {n}",
    family="Australian high-school principal who still teaches a class, two-page fpdf2 executive CV with key achievements and page footer, overlapping secondment",
    layout_note="left/title_org two pages + footer, month / 'Present'",
    name="Annabel Kositcin",
    headline="Principal | Secondary Education Leader",
    contact=["Gidgee Creek NSW 2830", "0491 570 902", "annabel.kositcin@mailbox.com.au"],
    blocks=[
        ("h", "Leadership Profile"),
        ("p", "A public-school principal with 26 years in NSW secondary schools, eight of them in the principal's "
              "chair. I lead with data and with relationships: the first tells me where a student is, the second "
              "gets them somewhere better. My schools have improved HSC results and attendance while keeping the "
              "wellbeing work that rural communities rely on."),
        ("h", "Key Achievements"),
        ("ul", ["HSC students in the top two bands up from 18% to 29% at Gidgee Creek High School (2019–2025)",
                "Attendance above 90% improved from 61% to 74% of students after a whole-school attendance strategy",
                "Established a trade training partnership with two local employers and the regional TAFE",
                "Co-designed the directorate's induction for first-time principals"]),
        ("h", "Career History"),
        ("jobs", [
            E("Principal", "Gidgee Creek High School", "Gidgee Creek NSW", "2019-01", "present", "facing", "education", [
                "Lead a comprehensive high school of 940 students and 85 teaching and support staff",
                "Responsible for the strategic improvement plan, an $11m budget and facilities",
                "Still teach one Year 12 Legal Studies class and interview every Year 7 family at enrolment",
                "Chair of the Gidgee Creek community of schools (six primaries and one high school)",
            ]),
            E("Relieving Director, Educational Leadership", "Coastal Ranges Education Directorate", "Yarrawin Heads NSW",
              "2017-04", "2017-09", "facing", "internal_support", [
                  "Six-month secondment supporting 14 principals with school planning, budgets and difficult staffing matters",
                  "Ran the principals' network meetings and visited every school at least twice",
              ]),
            E("Deputy Principal", "Yarrawin Heads High School", "Yarrawin Heads NSW", "2013-01", "2018-12", "facing",
              "education", [
                  "Timetable, staffing and the learning support and wellbeing teams",
                  "Student discipline and suspension meetings with parents and carers",
                  "Taught Year 11 and 12 Legal Studies",
              ]),
            E("Head Teacher HSIE", "Yarrawin Heads High School", "Yarrawin Heads NSW", "2008-01", "2012-12", "facing",
              "education", [
                  "Led a faculty of eleven History, Geography, Legal Studies and Business teachers",
                  "Full teaching load less head-teacher relief",
              ]),
            E("Classroom Teacher – History & Legal Studies", "Mallee Plains Central School", "Mallee Plains NSW",
              "2000", "2007", "facing", "education", []),
        ]),
        ("h", "Qualifications"),
        ("lines", ["Master of Educational Leadership – University of the Tablelands (2012)",
                   "Bachelor of Arts / Diploma of Education – Eastern Coast University (1999)",
                   "Principal Preparation Program (2016)"]),
        ("h", "Professional Learning & Memberships"),
        ("lines", ["NSW Secondary Principals' Council; Australian Council for Educational Leaders",
                   "Working With Children Check current; Mandatory reporting and child protection training annually"]),
        ("h", "Referees"),
        ("lines", ["Director, Educational Leadership, Coastal Ranges – (02) 5550 1182",
                   "President, Gidgee Creek High School P&C – (02) 5550 1419"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w019", renderer="html", order="title_org", datefmt="mon", present="present", sep=" – ",
    htmlvariant="h3", cssfont="Helvetica, Arial, sans-serif", h2transform="uppercase",
    family="UK energy-company head of customer insight who began on the phones, HTML with h3 job titles, research with customers that stays affecting, helpline volunteering",
    layout_note="h3/title_org, mon / 'present'",
    name="Priya Ramasamy-Clarke",
    headline="Head of Customer Insight",
    contact=["Wexhampton", "07700 900 871", "priya.rc@mailbox.co.uk"],
    blocks=[
        ("h", "Profile"),
        ("p", "Insight leader with 14 years in energy and insurance. I started on the phones, which is why I still "
              "read verbatims before I read dashboards. I build teams that mix analysts and researchers, and I care "
              "about whether the work changes anything."),
        ("h", "Experience"),
        ("jobs", [
            E("Head of Customer Insight", "Larkspur Energy", "Wexhampton", "2022-03", "present", "affecting", None, [
                "Lead 7 analysts and 2 researchers: churn model, NPS driver analysis, vulnerable-customer flags",
                "Sponsor the complaints root-cause programme with operations; three process fixes cut billing complaints by a fifth",
                "Present the quarterly customer report to the executive committee",
            ]),
            E("Senior Insight Analyst", "Larkspur Energy", "Wexhampton", "2018-06", "2022-02", "affecting", None, [
                "Ran the online customer panel (4,000 members) and wrote the surveys",
                "Sat in on in-home research interviews with prepayment customers and turned them into personas",
                "Built the first churn propensity model in Python",
            ]),
            E("Data Analyst", "Fairmile Insurance Services", "Wexhampton", "2014-09", "2018-05", "none", None, [
                "Monthly MI packs for finance and the reserving team (SQL, SAS, Excel)",
                "Automated the bordereaux reconciliation",
            ]),
            E("Customer Service Adviser", "Fairmile Insurance Services", "Wexhampton", "2012-09", "2014-08", "facing",
              "contact_center", [
                  "Renewal and mid-term adjustment calls on home and pet policies",
                  "Moved into the retention team after a year",
              ]),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Listening Volunteer", "Wexhampton Listening Line", "Wexhampton", "2016-01", "2020-03", "facing",
              "volunteering", [
                  "One overnight shift a month answering calls from people in distress",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("ul", ["MSc Applied Statistics – University of Wexhampton (part-time, 2017)",
                "BA (Hons) Geography – Lowmoor University (2012)", "MRS Advanced Certificate in Market & Social Research"]),
        ("h", "Skills"),
        ("p", "SQL, Python (pandas, scikit-learn), Tableau, survey design, qualitative analysis, stakeholder storytelling"),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w020", renderer="docx", layout="styles", order="org_title", datefmt="mon'yy", present="till date",
    sep=" – ", font="Cambria", fontsize=10.5, titlestyle=True, h2jobs=True,
    family="Indian hotel general manager, executive Word CV with key achievements, employer-first headings, front-office career and management-trainee rotation",
    layout_note="styles/org_title, mon'yy / 'till date'",
    name="Vikram Singh Rathore",
    headline="General Manager – Hotels & Resorts | 19 years in luxury and upscale hospitality",
    contact=["Kesarimer, Rajasthan", "+91 94140 22190", "vikram.rathore@mailbox.in"],
    blocks=[
        ("h", "Executive Profile"),
        ("p", "Hotelier with a front-office background and 19 years across palace and business hotels. As GM I run "
              "the P&L and owner relations, but I believe a general manager should be seen in the lobby, and "
              "I am."),
        ("h", "Key Achievements"),
        ("ul", ["GOP improved from 31% to 38% in FY 2023-24 at Saffron Courtyard Kesarimer",
                "TripAdvisor ranking moved from #14 to #3 in the city within 18 months",
                "Opened Saffron Courtyard Ratanvas on schedule as pre-opening EAM (2017)"]),
        ("h", "Professional Experience"),
        ("jobs", [
            E("General Manager", "Saffron Courtyard Kesarimer", "Kesarimer", "2020-10", "present", "facing",
              "in_person_service", [
                  "Heads a 210-key business hotel with 3 F&B outlets and 18,000 sq ft of banqueting",
                  "P&L responsibility and owner relations with the promoter group; monthly owners' meeting",
                  "Meets in-house VIP and long-stay guests personally and replies to every online review rated below 4",
              ]),
            E("Executive Assistant Manager", "Saffron Courtyard Ratanvas", "Ratanvas", "2017-04", "2020-09", "facing",
              "in_person_service", [
                  "Pre-opening and first three years of operations for rooms and F&B",
                  "Manager on Duty two nights a week: guest complaints, late arrivals, walk-in rate decisions",
              ]),
            E("Front Office Manager", "Rajmahal Palace Hotels & Resorts", "Chandrakot", "2012-06", "2017-03", "facing",
              "in_person_service", [
                  "Front office, concierge and butler service for a 96-room palace hotel",
                  "Personally handled arrivals of heads of state and wedding parties",
              ]),
            E("Front Office Supervisor", "Rajmahal Palace Hotels & Resorts", "Chandrakot", "2009-01", "2012-05", "facing",
              "in_person_service", [
                  "Shift supervisor for check-in, check-out and guest relations",
              ]),
            E("Management Trainee – Rooms Division", "Rajmahal Palace Hotels & Resorts", "Chandrakot", "2007-07",
              "2008-12", "facing", "in_person_service", [
                  "18-month programme rotating through front desk, housekeeping, F&B service and night audit",
              ]),
        ]),
        ("h", "Education"),
        ("lines", ["B.Sc. Hospitality & Hotel Administration – Institute of Hotel Management, Kesarimer (2007)",
                   "Executive Certificate in Revenue Management (online, 2019)"]),
        ("h", "Personal Details"),
        ("lines", ["Date of Birth: 04 August 1985 | Languages: English, Hindi, Rajasthani, basic French",
                   "Passport: Yes | Willing to relocate: Yes"]),
    ],
))
