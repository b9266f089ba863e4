"""wild91 résumés w016–w030 (fictional people, employers, towns and contact details)."""
from lib import E

DEFS = []

# ------------------------------------------------------------------ w016
DEFS.append(dict(
    file="w016.html", family="Job-board profile saved as HTML (single column, employer first, abbreviated 'Jan '20' dates), US restaurant worker turned food-truck owner",
    code="html, plain/org_title, apos / 'Now'",
    renderer="html", hs="org_title", ds="apos", present="Now", sep=" - ", side_hex="#c0392b",
    name="Marisol Ybarra", headline="Food Service Professional — 10 years FOH & BOH",
    contact=["Las Piedritas, NM · 505-555-0139 · marisol.ybarra@mailbox.com"],
    sections=[
        ("text", "Summary", ["Cook, server and now small-business owner. ServSafe Manager certified. Bilingual."]),
        ("exp", "Experience", [
            E("Owner / Operator", "La Güerita Food Truck", "Las Piedritas, NM", "2023-04", "present", "facing",
              "entrepreneurial_freelance",
              ["Run the window at lunch and at weekend markets; cater private parties",
               "Menu, costing, permits, social media and two part-time staff"], etype="freelance"),
            E("Catering Coordinator", "Sandia Grill House", "Las Piedritas, NM", "2020-09", "2023-03", "facing",
              "sales_account",
              ["Met couples and companies for tastings, built event quotes and closed bookings",
               "Coordinated the kitchen and delivery team on event days"]),
            E("Line Cook", "Sandia Grill House", "Las Piedritas, NM", "2018-02", "2020-08", "affecting", None,
              ["Grill and sauté stations, 300 covers on weekends"]),
            E("Server", "Copper Kettle Diner", "Alamito, NM", "2016-05", "2018-01", "facing", "in_person_service", []),
        ]),
        ("text", "Certifications", ["ServSafe Food Protection Manager (exp. 2028)", "NM Alcohol Server Permit"]),
        ("text", "Languages", ["English, Spanish"]),
    ]))

# ------------------------------------------------------------------ w017
DEFS.append(dict(
    file="w017.pdf", family="LinkedIn 'Save to PDF' profile of a software engineer (dark sidebar), company then several titles, one role with customer escalation calls",
    code="reportlab, sidebar/linkedin, month / 'Present'",
    renderer="reportlab", layout="sidebar", hs="linkedin", ds="month", present="Present", sep=" - ",
    side_colour="#1d2733", accent="#0A66C2", name_in_side=False,
    name="Tobias Wen-Hargreave", headline="Senior Software Engineer at Corvid Payments · Go, Kotlin, distributed systems",
    contact=["Pellham Bridge, Ontario, Canada"],
    side=[("text", "Contact", ["tobias.wh@mailbox.dev", "www.linkedin.com/in/tobiaswenh (LinkedIn)", "github.com/twenh (Personal)"]),
          ("text", "Top Skills", ["Go (Programming Language)", "Kubernetes", "Payment Systems"]),
          ("text", "Honors-Awards", ["Hackathon winner 2021"])],
    sections=[
        ("text", "Summary", ["Backend engineer who likes boring, reliable payment systems. Ten years across QA, "
                             "product engineering and platform work."]),
        ("exp", "Experience", [
            E("Senior Software Engineer", "Corvid Payments", "Pellham Bridge, Ontario, Canada", "2022-10", "present",
              "none", None,
              ["Lead the ledger team's migration from a monolith to event-sourced services in Go",
               "Design reviews, on-call for the settlement pipeline, mentoring four engineers"]),
            E("Software Engineer II", "Maplewire Commerce", "Remote", "2019-03", "2022-09", "facing", "other_facing",
              ["Built checkout APIs used by 3,000 merchants",
               "Took part in the enterprise escalation rotation: joined calls with merchants' engineering teams to debug failed integrations and walked them through fixes"]),
            E("Software Engineer I", "Maplewire Commerce", "Remote", "2017-06", "2019-02", "none", None,
              ["Internal tooling for the fraud team in Kotlin"]),
            E("QA Analyst", "Northbeam Games", "Pellham Bridge, Ontario, Canada", "2015-05", "2017-05", "affecting",
              None, ["Wrote and ran test plans for two console titles; filed and verified bugs before release"]),
        ]),
        ("text", "Education", ["Lakehead Polytechnic University", "Bachelor of Computer Science · (2011 - 2015)"]),
    ]))

# ------------------------------------------------------------------ w018
DEFS.append(dict(
    file="w018.docx", family="AI-written HR résumé in Word (heading styles, list bullets, long keyword-stuffed bullets), internal support and recruitment roles",
    code="docx, styles/title_org, month / 'Present'",
    renderer="docx", layout="styles", hs="title_org", ds="month", present="Present",
    name="Samantha Oyelaran-Brooks", headline="Human Resources Business Partner | Employee Relations | Talent Acquisition | HRIS",
    contact=["Wendham Green, NJ | (732) 555-0158 | samantha.ob@mailbox.com"],
    sections=[
        ("text", "Professional Summary", [
            "Strategic, people-focused HR professional with 9+ years of experience partnering with business leaders to "
            "drive engagement, retention and organizational effectiveness. Skilled in employee relations, full-cycle "
            "recruitment, HRIS optimization and data-driven workforce planning."]),
        ("exp", "Professional Experience", [
            E("HR Business Partner", "Garrison Medical Devices", "Wendham Green, NJ", "2022-08", "present", "facing",
              "internal_support",
              ["Serve as trusted advisor to 350 employees and 28 people managers across manufacturing and R&D, guiding them through performance management, accommodations, and complex employee relations investigations",
               "Designed and delivered manager training on coaching conversations, improving engagement survey scores by 11 points"]),
            E("HRIS Analyst", "Garrison Medical Devices", "Wendham Green, NJ", "2020-11", "2022-07", "none", None,
              ["Configured Workday business processes, security groups and integrations with payroll and benefits vendors",
               "Built automated headcount, turnover and compliance dashboards for the executive team"]),
            E("Talent Acquisition Specialist", "Brightline Staffing Partners", "Rahway Mills, NJ", "2018-03", "2020-10",
              "facing", "other_facing",
              ["Managed full-cycle recruitment for 25+ open requisitions, screening candidates by phone, conducting interviews, and guiding finalists through offer and onboarding",
               "Partnered with client hiring managers to define role profiles and sourcing strategies"]),
            E("HR Assistant", "Brightline Staffing Partners", "Rahway Mills, NJ", "2016-09", "2018-02", "facing",
              "internal_support",
              ["Answered employee questions on benefits, time-off and pay at the HR help desk and maintained personnel files"]),
        ]),
        ("text", "Education", ["Bachelor of Science, Human Resource Management — Raritan State University, 2016",
                               "SHRM-CP, 2019"]),
        ("text", "Technical Skills", ["Workday HCM · ADP · Greenhouse · Excel (VLOOKUP, pivot tables) · Power BI"]),
    ]))

# ------------------------------------------------------------------ w019
DEFS.append(dict(
    file="w019.md", family="Australian gig-worker résumé written in Markdown from a builder export ('Title – Employer, Town' with ISO month dates), rideshare, delivery, removals and warehouse",
    code="md, bold/dash, yyyy-mm / 'present'",
    renderer="md", hs="dash", ds="yyyy-mm", present="present", sep=" to ", bullet="*",
    name="Jayden Kowalczyk", headline="Driver · Removalist · Warehouse",
    contact=["Tarrabool NSW · 0433 555 871 · jayden.k@mailbox.net.au"],
    sections=[
        ("text", "About", ["Reliable, physically fit and happy to work early starts. Clean licence (C and MR), "
                           "forklift licence (LF). Own ABN."]),
        ("exp", "Work history", [
            E("Rideshare Driver", "Self-employed (ABN)", "Tarrabool NSW", "2024-06", "present", "facing",
              "in_person_service",
              ["4.96 rating over 3,100 trips, airport runs and late-night pick-ups",
               "Keep the car clean and help passengers with luggage"], etype="freelance"),
            E("Food Delivery Rider", "Self-employed (ABN)", "Tarrabool NSW", "2023-02", "2024-05", "affecting", None,
              ["Collected orders from restaurants and delivered them, mostly leave-at-door",
               "Checked orders were complete and sealed before leaving the restaurant"], etype="freelance"),
            E("Removalist", "Two Brothers Removals", "Harlan Springs NSW", "2021-07", "2023-01", "facing",
              "other_facing",
              ["Packed, wrapped and carried furniture in clients' homes, talked customers through the move plan and took final payment"]),
            E("Warehouse Picker", "Eastgate Logistics", "Harlan Springs NSW", "2019-11", "2021-06", "affecting", None,
              ["RF-scanner picking of online orders, packing and labelling"]),
        ]),
        ("text", "Licences & tickets", ["* MR licence", "* LF forklift licence", "* White Card"]),
        ("text", "Referees", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w020
DEFS.append(dict(
    file="w020.pdf", family="German engineer's English CV (fpdf2, two pages with footer, title / employer / dates each on their own line, 'M.YYYY' dates, 'now')",
    code="fpdf2, left/dateline, m.yyyy / 'now'",
    renderer="fpdf", layout="left", hs="dateline", ds="m.yyyy", present="now", sep=" – ", footer="Lukas Brandauer · CV · page {page}",
    accent_rgb=(60, 60, 60), fs=10.5,
    name="Dipl.-Ing. (FH) Lukas Brandauer", headline="Field Service Engineer – Packaging Machinery",
    contact=["Feldkirchweg 12, 88317 Obermoosach, Germany", "+49 170 5550 1923 · lukas.brandauer@mailbox.de",
             "Date of birth: 14.02.1988 · Nationality: German"],
    sections=[
        ("text", "Profile", [
            "Mechatronics engineer with twelve years in packaging machinery: design, testing and, since 2019, service "
            "at customer plants in Europe and North America. Used to travelling 60% of the time, working with "
            "production teams on the night shift and explaining faults in German, English or a mix of both."]),
        ("exp", "Professional Experience", [
            E("Field Service Engineer", "Kessler Verpackungstechnik GmbH", "Obermoosach, Germany", "2019-04", "present",
              "facing", "other_facing",
              ["Commission and repair form-fill-seal machines at customer plants",
               "Train customer operators and maintenance staff on site",
               "Second-level hotline for customers' technicians"]),
            E("Test Engineer", "Kessler Verpackungstechnik GmbH", "Obermoosach, Germany", "2016-01", "2019-03",
              "affecting", None,
              ["Factory acceptance tests of finished machines before shipping; writing test reports and punch lists"]),
            E("Design Engineer", "Hartwig Antriebstechnik AG", "Lindenau, Germany", "2012-10", "2015-12", "none", None,
              ["3D design of gearbox housings in Creo, tolerance calculations, drawings for production"]),
            E("Working Student – Technical Hotline", "Hartwig Antriebstechnik AG", "Lindenau, Germany", "2010-10",
              "2012-09", "facing", "contact_center",
              ["Answered dealer and end-customer phone calls on drive faults, 15 hours a week during my studies"],
              section="other"),
        ]),
        ("text", None, [("pb",)]),
        ("text", "Education", ["10.2008 – 9.2012  Dipl.-Ing. (FH) Mechatronics, Hochschule Lindenau",
                               "9.2005 – 6.2008  Apprenticeship as Industrial Mechanic, Hartwig Antriebstechnik AG"]),
        ("text", "Languages", ["German (native), English (C1), Spanish (A2)"]),
        ("text", "IT Skills", ["Siemens TIA Portal, Creo, SAP PM, MS Office"]),
        ("text", "Hobbies", ["Mountain biking, volunteer fire brigade"]),
    ]))

# ------------------------------------------------------------------ w021
DEFS.append(dict(
    file="w021.docx", family="Indian job-portal résumé downloaded as Word (tab-stop dates, 'Title | Employer | City' lines, 'Till date'), banking relationship and credit roles",
    code="docx, tabs/pipe, mon / 'Till date'",
    renderer="docx", layout="tabs", hs="pipe", ds="mon", present="Till date", sep=" - ", docx_list=False, bullet="➢",
    name="Ananya Raghunathan", headline="Relationship Manager – Retail Banking",
    contact=["Mobile: +91 98450 55512 | Email: ananya.r@mailbox.in", "Address: 4th Cross, Malleshpura, Kaveripattana"],
    sections=[
        ("text", "Career Objective", ["Seeking a challenging role in wealth or retail banking where I can use my client relationship skills for the growth of the organisation."]),
        ("text", "Academic Qualifications", ["MBA (Finance) – Kaveri Institute of Management – 2017 – 72%",
                                             "B.Com – St. Philomena's College – 2015 – 78%"]),
        ("exp", "Professional Experience", [
            E("Relationship Manager", "Sahyog Bank Ltd.", "Kaveripattana", "2022-04", "present", "facing", "sales_account",
              ["Managing a portfolio of 180 HNI clients with AUM of ₹65 crore",
               "Regular client meetings for investment review, cross-sell of insurance and mutual funds"]),
            E("Credit Analyst", "Sahyog Bank Ltd.", "Kaveripattana", "2019-07", "2022-03", "affecting", None,
              ["Credit appraisal of retail and MSME loan proposals, CIBIL and financial statement analysis",
               "Preparing credit notes for the sanctioning committee"]),
            E("Branch Operations Executive", "Pragati Co-operative Bank", "Temple Road branch, Malleshpura", "2017-06",
              "2019-06", "facing", "in_person_service",
              ["Handled the cash counter and new account opening for walk-in customers", "KYC verification, cheque clearing"]),
        ]),
        ("text", "Personal Profile", ["Father's Name: R. Raghunathan", "Languages Known: English, Kannada, Tamil, Hindi",
                                      "Marital Status: Married"]),
        ("text", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                                 "Place: Kaveripattana                                        (Ananya Raghunathan)"]),
    ]))

# ------------------------------------------------------------------ w022
DEFS.append(dict(
    file="w022.txt", family="Canadian job-bank profile pasted as text with labelled blocks (Job Title / Company / Location / Dates), security and building services worker with a career break",
    code="txt, labelled/labelled, mm/yyyy / 'Current'",
    renderer="txt", hs="labelled", ds="mm/yyyy", present="Current", sep=" - ", caps_head=True, underline="=", bullet="*",
    name="Olumide Adeyemi-Grant",
    contact=["Brackwater, AB | 587-555-0193 | olumide.ag@mailbox.ca", "Licensed Security Professional (Alberta)"],
    sections=[
        ("text", "Summary of Qualifications", ["* 7 years in security and building services",
                                               "* Standard First Aid / CPR C, valid to 2027",
                                               "* Calm and professional with residents, visitors and contractors"]),
        ("exp", "Employment", [
            E("Concierge / Security Officer", "Westbrook Tower Condominiums", "Brackwater, AB", "2024-09", "present",
              "facing", "other_facing",
              ["Front desk of a 220-unit residential tower: greet residents and visitors, sign in guests and trades",
               "Accept parcels and answer residents' questions; monitor CCTV"]),
            E("Career break", None, None, "2023-10", "2024-08", "none", None,
              ["Relocated from Ontario with my family and completed the Alberta security licence"], etype="unknown"),
            E("Mobile Patrol Officer", "Sentinel Guard Services", "Ridgeport, ON", "2020-04", "2023-09", "none", None,
              ["Overnight patrols of vacant commercial lots and construction sites; alarm response and incident reports"]),
            E("Custodian", "Ridgeport District School Board", "Ridgeport, ON", "2017-08", "2020-03", "none", None,
              ["Evening cleaning of classrooms and gym after students left; minor repairs and snow clearing"]),
        ]),
        ("text", "Education", ["Ontario Secondary School Diploma – Ridgeport Collegiate, 2016"]),
        ("text", "Languages", ["English, Yoruba"]),
    ]))

# ------------------------------------------------------------------ w023
DEFS.append(dict(
    file="w023.pdf", family="Canva-style beauty résumé (reportlab, pink left sidebar with name, contact and skills), nail tech, lash business and salon reception",
    code="reportlab, sidebar/title_org, mon / 'Current'",
    renderer="reportlab", layout="sidebar", hs="title_org", ds="mon", present="Current", side_colour="#B5577A",
    accent="#B5577A", caps_head=True, paper="a4",
    name="Chloe Ann Pemberton", headline="Nail & Lash Technician",
    contact=["07700 900 318", "chloe.lashes@mailbox.co.uk", "Hadleigh Wick"],
    side=[("text", "Skills", [("li", "Gel-X & BIAB"), ("li", "Classic & volume lashes"), ("li", "Booking systems (Fresha)"),
                             ("li", "Instagram marketing")]),
          ("text", "Qualifications", ["NVQ Level 3 Nail Services", "Lash Extensions Diploma", "Level 2 Beauty Therapy"]),
          ("text", "Hobbies", ["Nail art comps, baking"])],
    sections=[
        ("text", "About me", ["Bubbly, creative nail and lash tech with a loyal client base. Looking for a senior tech role in a busy salon."]),
        ("exp", "Experience", [
            E("Nail Technician", "Polished Nail Lounge", "Hadleigh Wick", "2023-03", "present", "facing", "in_person_service",
              ["Gel, acrylic and BIAB sets for 8–10 clients a day", "Consultations and aftercare advice; rebooking clients"]),
            E("Lash Artist (self-employed)", None, "Hadleigh Wick", "2021-06", "2023-02", "facing", "entrepreneurial_freelance",
              ["Ran my own lash business from a home studio, managing bookings, client consultations and patch tests"],
              etype="freelance"),
            E("Salon Receptionist", "Mirabelle Hair & Beauty", "Hadleigh Wick", "2019-09", "2021-05", "facing", "in_person_service",
              ["Front desk, phones, bookings and payments"]),
            E("Apprentice Beauty Therapist", "Mirabelle Hair & Beauty", "Hadleigh Wick", "2018-09", "2019-08", "facing",
              "in_person_service", ["Manicures, waxing and facials under supervision while at college"], etype="internship"),
        ]),
    ]))

# ------------------------------------------------------------------ w024
DEFS.append(dict(
    file="w024.docx", family="UK public-sector application CV in Word with a table per job, benefits assessor, council contact centre, library and planning (title left, dates right)",
    code="docx, table/title_org, mon / 'Present'",
    renderer="docx", layout="table", hs="title_org", ds="mon", present="Present",
    name="Rhiannon Pryce-Davies", headline="",
    contact=["Llanfechan, Gwent Valley · 07700 900 744 · rhiannon.pd@mailbox.co.uk"],
    sections=[
        ("text", "Personal Statement", [
            "Public servant with ten years in local and central government. I have worked on the phones, behind the "
            "library counter and, more recently, behind the scenes deciding benefit claims. I want to return to a role "
            "where I help residents directly."]),
        ("exp", "Employment", [
            E("Benefits Assessor", "Department for Work Support – Valleys Benefit Centre", "Llanfechan", "2022-01",
              "present", "affecting", None,
              ["Decide new Universal Support claims from paper and online evidence, applying legislation and guidance",
               "Write decision notices and refer complex cases to the technical team"]),
            E("Contact Centre Adviser", "Gwent Valley County Council", "Pontwen", "2019-05", "2021-12", "facing",
              "contact_center",
              ["Took calls from residents about council tax, bins and housing repairs, 70+ calls a day",
               "Welsh-language line two days a week"]),
            E("Library Assistant", "Gwent Valley County Council", "Pontwen", "2016-10", "2019-04", "facing",
              "in_person_service", ["Issue desk, children's rhyme time, helping customers use the public PCs"]),
            E("Planning Technician (temporary)", "Gwent Valley County Council", "Pontwen", "2016-01", "2016-09",
              "none", None, ["Validated planning applications and updated the GIS layers"]),
        ]),
        ("text", "Qualifications", ["BA (Hons) Geography, Prifysgol Aberllyn, 2015", "Welsh – fluent (Level 4)"]),
        ("text", "References", ["Two references can be provided on request."]),
    ]))

# ------------------------------------------------------------------ w025
DEFS.append(dict(
    file="w025.html", family="Public LinkedIn profile page saved as HTML (company then titles, '· 2 yrs 3 mos'), US teacher turned corporate trainer and instructional designer",
    code="html, plain/linkedin_web, mon / 'Present'",
    renderer="html", hs="linkedin_web", ds="mon", present="Present", sep=" - ", side_hex="#0a66c2",
    name="Danielle Whitcombe, M.Ed.",
    headline="Instructional Designer | eLearning (Articulate 360) | Former Teacher",
    contact=["Greenfield Crossing, North Carolina, United States · Contact info", "dwhitcombe.ed@mailbox.com"],
    sections=[
        ("text", "About", [
            "Eight years in the classroom taught me how people learn; the last four years in corporate L&D taught me how "
            "businesses measure it. I design scenario-based eLearning and job aids for customer-facing teams, working "
            "from SME interviews and analytics. Let's connect if you are building onboarding that actually sticks."]),
        ("exp", "Experience", [
            E("Instructional Designer", "Tarheel Mutual Insurance", "Greenfield Crossing, North Carolina, United States",
              "2024-05", "present", "affecting", None,
              ["Design eLearning modules and job aids for claims and contact-center staff in Articulate Storyline",
               "Interview SMEs, storyboard, and review completion and assessment data with the L&D manager"]),
            E("Corporate Trainer", "Tarheel Mutual Insurance", "Greenfield Crossing, North Carolina, United States",
              "2022-08", "2024-04", "facing", "education",
              ["Delivered 6-week new-hire classes for call-center agents (groups of 15-20), ran nesting support on the floor"]),
            E("7th Grade ELA Teacher", "Pinecrest Middle School", "Halden, North Carolina, United States",
              "2016-08", "2022-06", "facing", "education",
              ["Taught five sections of English Language Arts; parent conferences; yearbook advisor"]),
            E("Substitute Teacher", "Halden County Schools", "Halden, North Carolina, United States",
              "2015-09", "2016-06", "facing", "education", []),
        ]),
        ("text", "Education", ["Appalachian Ridge University", "Master of Education - MEd, Instructional Technology",
                               "2019 - 2021"]),
        ("text", "Licenses & certifications", ["NC Professional Educator License – ELA 6-9"]),
    ]))

# ------------------------------------------------------------------ w026
DEFS.append(dict(
    file="w026.docx", family="Nigerian CV from a Word template with a shaded two-column layout table, FMCG sales rep, inventory and customer care, NYSC year",
    code="docx, sidebar/title_org, mon. / 'Present'",
    renderer="docx", layout="sidebar", hs="title_org", ds="mon.", present="Present", side_hex="E2EFDA",
    name="Chukwuemeka Obiora Nwankwo", headline="Sales & Distribution Professional",
    contact=["Plot 17, Ogbeta Close, Amanze, Enugu State", "0803 555 2714", "emeka.nwankwo@mailbox.ng"],
    side=[("text", "Key Skills", [("li", "Route-to-market"), ("li", "Trade marketing"), ("li", "SAP inventory"),
                                 ("li", "MS Excel")]),
          ("text", "Personal Data", ["State of origin: Anambra", "Sex: Male", "Marital status: Single"]),
          ("text", "Referees", ["Available on request"])],
    sections=[
        ("text", "Career Objective", ["To leverage my experience in sales and distribution to contribute to a leading FMCG company."]),
        ("exp", "Work Experience", [
            E("Sales Representative", "Golden Harvest Beverages Plc", "Amanze", "2022-03", "present", "facing", "sales_account",
              ["Visit 60 retailers and distributors weekly to take orders, resolve complaints and negotiate shelf space",
               "Exceeded volume targets in 7 of 8 quarters"]),
            E("Customer Care Officer", "Lumen Telecoms Nigeria Ltd", "Amanze", "2020-01", "2022-02", "facing", "contact_center",
              ["Handled inbound calls and social-media complaints from subscribers on data and billing issues"]),
            E("Inventory Officer", "Golden Harvest Beverages Plc", "Owerrinta", "2018-10", "2019-12", "affecting", None,
              ["Stock reconciliation in SAP, dispatch documentation for trucks to distributors"]),
            E("Corps Member (NYSC) – Mathematics Teacher", "Community Secondary School Okpuno", "Okpuno", "2017-09",
              "2018-08", "facing", "education", ["Taught SS1 and SS2 mathematics; organised extra lessons for WAEC candidates"]),
        ]),
        ("text", "Education", ["B.Sc. Marketing (Second Class Upper) — University of Amanze, 2017",
                               "WAEC SSCE, 2011"]),
    ]))

# ------------------------------------------------------------------ w027
DEFS.append(dict(
    file="w027.pdf", family="Canva-style airline résumé (fpdf2, teal sidebar), employer heading with several roles beneath, cabin crew with ramp and check-in",
    code="fpdf2, sidebar/orgfirst, mm/yyyy / 'Present'",
    renderer="fpdf", layout="sidebar", hs="orgfirst", ds="mm/yyyy", present="Present", side_rgb=(0, 110, 120),
    accent_rgb=(0, 110, 120), bullet="–", caps_head=True,
    name="Lucía Ferrándiz Moore", headline="Cabin Crew",
    contact=["+44 7700 900 529", "lucia.fm@mailbox.eu", "Eastholm, UK"],
    side=[("text", "Languages", ["Spanish – native", "English – fluent", "Italian – B1"]),
          ("text", "Certificates", ["EASA Cabin Crew Attestation", "First Aid at Work"]),
          ("text", "Details", ["Height 1.68 m", "Able to swim 100 m", "EU & UK right to work"])],
    sections=[
        ("text", "Profile", ["Warm, safety-first cabin crew member with short- and long-haul experience."]),
        ("exp", "Experience", [
            E("Senior Cabin Crew", "Skylark Atlantic Airways", "Eastholm Airport", "2023-04", "present", "facing",
              "in_person_service",
              ["Lead the cabin team on A321 flights, safety briefings and passenger service",
               "Deal with disruptive or unwell passengers and in-flight complaints"]),
            E("Cabin Crew", "Skylark Atlantic Airways", "Eastholm Airport", "2020-10", "2023-03", "facing",
              "in_person_service", []),
            E("Ramp Agent", "Aerobridge Ground Handling", "Eastholm Airport", "2019-05", "2020-09", "affecting", None,
              ["Loaded and unloaded baggage and cargo, pushback and de-icing support"]),
            E("Check-in Agent", "Aerobridge Ground Handling", "Eastholm Airport", "2018-03", "2019-04", "facing",
              "in_person_service", ["Checked in passengers, weighed bags, handled overbooking"]),
        ]),
        ("text", "Education", ["Grado en Turismo, Universidad de Valdeluna (2017)"]),
    ]))

# ------------------------------------------------------------------ w028
DEFS.append(dict(
    file="w028.txt", family="South African pharmacy CV pasted as plain text from a builder (caps headings, 'Title, Employer, Town (Month YYYY - to date)')",
    code="txt, plain/inline, month / 'to date'",
    renderer="txt", hs="inline", ds="month", present="to date", sep=" - ", caps_head=True, underline="-", bullet="-",
    name="THANDEKA MOLOI",
    contact=["Pharmacist's Assistant (Post-Basic)", "Cell: 083 555 6621 | Email: thandeka.moloi@mailbox.co.za",
             "Kwaggasdrift, Gauteng"],
    sections=[
        ("text", "Profile", ["SAPC registered Post-Basic Pharmacist's Assistant with 8 years in retail and hospital pharmacy."]),
        ("exp", "Employment History", [
            E("Pharmacist's Assistant (Post-Basic)", "MediPlus Pharmacy Kwaggasdrift Mall", "Kwaggasdrift",
              "2021-02", "present", "facing", "healthcare_care",
              ["Dispense scripts under supervision and counsel patients on how to take their medicine",
               "Chronic medication collections, medical aid claims at the counter"]),
            E("Dispensary Assistant", "Doornbosch Provincial Hospital", "Doornbosch", "2018-07", "2021-01", "affecting", None,
              ["Prepared ward stock trays and unit-dose packs in the back dispensary",
               "Checked expiry dates and packed orders for the wards"]),
            E("Stock Controller", "MediPlus Pharmacy Kwaggasdrift Mall", "Kwaggasdrift", "2017-01", "2018-06",
              "affecting", None, ["Ordering, receiving and stock counts for the front shop and dispensary"]),
            E("Cashier", "Thrifty Basket Supermarket", "Kwaggasdrift", "2015-03", "2016-12", "facing",
              "in_person_service", []),
        ]),
        ("text", "Qualifications", ["Post-Basic Pharmacist's Assistant, Gauteng Pharmacy Training Academy, 2020",
                                    "Grade 12 (NSC), Kwaggasdrift High School, 2014"]),
        ("text", "References", ["Ms. L. Botha (Responsible Pharmacist) 011 555 0177"]),
    ]))

# ------------------------------------------------------------------ w029
DEFS.append(dict(
    file="w029.docx", family="Australian childcare résumé from a Google Docs template, name and contact in the Word page header, employer line then title with tab dates",
    code="docx, header/org_title, mon / 'Current'",
    renderer="docx", layout="header", hs="org_title", ds="mon", present="Current", sep=" – ",
    name="Maddison Rae Tupou", headline="Diploma-qualified Early Childhood Educator",
    contact=["Wattle Flats QLD 4518 | 0455 555 102 | maddi.tupou@mailbox.com.au"],
    sections=[
        ("text", "Career Summary", ["Educator with seven years in long day care, a nanny year and a stint in the centre kitchen. "
                                    "Working With Children (Blue Card) current; First Aid, CPR, Anaphylaxis and Asthma."]),
        ("exp", "Employment History", [
            E("Early Childhood Educator (Room Leader)", "Little Gumnuts Early Learning", "Wattle Flats", "2022-07",
              "present", "facing", "education",
              ["Plan and run the program for 22 pre-kindy children; documentation in Storypark",
               "Talk with families at drop-off and pick-up and run parent catch-ups"]),
            E("Cook", "Little Gumnuts Early Learning", "Wattle Flats", "2021-08", "2022-06", "affecting", None,
              ["Cooked morning tea, lunch and afternoon tea for 90 children, allergy-aware menus"]),
            E("Nanny", "Private family", "Coral Point", "2020-06", "2021-07", "facing", "education",
              ["Full-time care for two children aged 1 and 4: school run, play, meals and bedtime"]),
            E("Assistant Educator", "Sunny Days Childcare Centre", "Coral Point", "2017-02", "2020-05", "facing",
              "education", ["Nursery room (0–2 years): nappy changes, bottles, sleep routines, play"]),
            E("Playgroup Volunteer", "Coral Point Community Church", "Coral Point", "2015-02", "2016-12", "facing",
              "volunteering", ["Helped run Tuesday playgroup for local parents and toddlers"],
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Qualifications", ["Diploma of Early Childhood Education and Care (2019)", "Certificate III in ECEC (2017)"]),
        ("text", "Referees", ["Jess Harland, Centre Director, Little Gumnuts — 0455 555 377"]),
    ]))

# ------------------------------------------------------------------ w030
DEFS.append(dict(
    file="w030.md", family="US college student résumé from a builder exported to Markdown (dates first, seasons and year-only ranges), research, tours, camp and dining hall",
    code="md, bold/dates_first, mon / 'Present' (seasons, years)",
    renderer="md", hs="dates_first", ds="mon", present="Present", sep=" – ", bullet="-",
    name="Isaiah Okonkwo-Baptiste", headline="B.S. Biology candidate, May 2027",
    contact=["Hollis Ridge, VT · isaiah.ob@mailbox.edu · (802) 555-0129"],
    sections=[
        ("text", "Education", ["**Green Hollow University** — B.S. Biology, minor in Chemistry, expected May 2027 · GPA 3.6"]),
        ("exp", "Experience", [
            E("Undergraduate Research Assistant", "Marsh Lab, Department of Biology, Green Hollow University", "Hollis Ridge, VT",
              "2025-09", "present", "none", None,
              ["Run PCR and gel electrophoresis for a salamander population-genetics study", "Maintain lab inventory"],
              section="other"),
            E("Campus Tour Guide", "Green Hollow University Admissions", "Hollis Ridge, VT", "2024-09", "present",
              "facing", "other_facing",
              ["Lead walking tours for prospective students and families, 3 tours a week; answer questions about student life"],
              section="other"),
            E("Camp Counselor", "Camp Tamarack Pines", "Lake Averill, VT", "2025-06", "2025-08", "facing", "education",
              ["Responsible for a cabin of 10 campers aged 9–11; taught canoeing"], date_text="Summer 2025"),
            E("Dishwasher / Dining Services Worker", "Green Hollow Dining Services", "Hollis Ridge, VT", "2023", "2024",
              "affecting", None, ["Dish room and prep in the main dining hall, 12 hrs/week"], prec="year"),
            E("Farm Stand Cashier", "Beecher Family Farm", "Fairleigh, VT", "2021", "2022", "facing",
              "in_person_service", ["Weekends in season"], prec="year"),
        ]),
        ("text", "Skills", ["PCR, microscopy, R (basic), Spanish (intermediate)"]),
    ]))
