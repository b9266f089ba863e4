"""Résumé definitions v016-v030 (fictional people and small businesses)."""
from lib import E, S, R

F, A, N = "facing", "affecting", "none"

DEFS = []

# ------------------------------------------------------------------ v016
DEFS.append(R(
    file="v016.docx", family="UAE hospitality CV (docx dates-column table, employer-first, 'To date')",
    renderer="docx_table", tmpl="B", dfmt="mon", present="To date", sep=" – ", bullets="dot", heads="caps",
    name="Rohan D'Souza",
    contact=["Al Barsha, Dubai, UAE", "+971 50 555 7723", "rohan.dsouza@example.ae",
             "Nationality: Indian | Visa: Employment (transferable) | Driving licence: UAE"],
    summary="Front office professional with 12 years in 4- and 5-star hotels in the UAE. Opera PMS, "
            "revenue-aware upselling, VIP and delegation handling.",
    summary_head="Profile Summary",
    sections=[
        S("Professional Experience", [
            E("Front Office Manager", "Al Noor Grand Hotel", "Dubai", "2019-05", "present", F, "in_person_service",
              ["Lead a front office team of 32 (reception, concierge, guest relations, bell desk)",
               "Personally greet VIP arrivals and resolve guest complaints escalated from the desk",
               "Raised TripAdvisor ranking from #84 to #31 in the city"]),
            E("Guest Relations Executive", "Pearl Bay Resort & Spa", "Abu Dhabi", "2016-02", "2019-04", F, "in_person_service",
              ["Welcomed in-house guests, handled courtesy calls and arranged special occasions",
               "Looked after long-stay and repeat guests"]),
            E("Night Auditor", "Desert Rose Hotel Apartments", "Sharjah", "2014-07", "2016-01", A, None,
              ["Ran the night audit and reconciled the day's revenue in Opera",
               "Prepared the daily flash report and checked room rates against contracts"]),
        ]),
        S("Education", lines=["Diploma in Hotel Management — IHM Goa, 2013"]),
        S("Personal Details", lines=["Date of birth: 02/08/1991", "Languages: English, Hindi, Konkani, basic Arabic"]),
    ]))

# ------------------------------------------------------------------ v017
DEFS.append(R(
    file="v017.pdf", family="Spanish candidate, tourism (fpdf2 grid table, mm/yyyy)",
    renderer="fp_grid", tmpl="A", dfmt="mm/yyyy", present="present", sep=" - ", bullets="dash", heads="caps",
    name="Lucía Fernández Morales",
    contact=["Sevilla, Spain", "+34 655 555 318", "lucia.fernandez.m@example.es"],
    summary="Official tourist guide of Andalusia. English C1, German B2, French B1. Looking for a guest "
            "experience role in an international hotel group.",
    summary_head="Personal statement",
    sections=[
        S("Work experience", [
            E("Tour Guide (English / German)", "Sendas Andaluzas S.L.", "Sevilla", "2021-04", "present", F, "in_person_service",
              ["Guide walking tours of the Cathedral, Alcázar and Santa Cruz for groups of up to 25",
               "Handle questions and small problems of tourists during full-day excursions"]),
            E("Hotel Receptionist", "Hostal Giralda Azul", "Sevilla", "2018-04", "2021-03", F, "in_person_service",
              ["Check-in and check-out, reservations by phone and e-mail", "Night shifts two weeks per month"]),
            E("Reservations Back Office Assistant", "Viajes Lumbre S.A.", "Madrid", "2016-09", "2018-03", A, None,
              ["Loaded hotel allotments and rates into the booking system",
               "Checked supplier invoices against confirmed bookings"]),
        ]),
        S("Education and training", lines=["Degree in Tourism, Universidad de Sevilla (2016)",
                                           "Official Tourist Guide licence, Junta de Andalucía (2020)"]),
    ]))

# ------------------------------------------------------------------ v018
DEFS.append(R(
    file="v018.md", family="US student résumé (Markdown, campus roles under one employer, leadership)",
    renderer="md", tmpl="A", dfmt="mon", present="Present", sep=" – ", bullets="dash", heads="h2",
    name="Priya Raman",
    contact=["Pittsburgh, PA", "412-555-0148", "praman@example.edu", "github.com/priyaraman"],
    summary=None,
    sections=[
        S("Education", lines=["**Allegheny State University** — B.S. Computer Science, expected May 2027  ",
                              "GPA 3.7 · Dean's List (4 semesters)"]),
        S("Experience", [
            E("Software Engineering Intern", "Northgate Robotics", "Pittsburgh, PA", "2026-06", "2026-08", N, None,
              ["Wrote a ROS 2 node to log lidar diagnostics; cut debugging time for the field team",
               "Added pytest coverage to the mapping package"], etype="internship"),
            E("IT Help Desk Student Assistant", "Allegheny State University", "Pittsburgh, PA", "2024-09", "present", F, "internal_support",
              ["Walk-up and phone support for students and faculty: Wi-Fi, password resets, Canvas access",
               "Write knowledge-base articles for common fixes"], etype="paid"),
            E("Undergraduate Teaching Assistant, CS 101", "Allegheny State University", "Pittsburgh, PA", "2025-01", "2025-05", F, "education",
              ["Held weekly office hours and graded labs for 60 students"]),
            E("Dining Hall Dishwasher", "Allegheny State University", "Pittsburgh, PA", "2023-09", "2024-05", A, None,
              ["Ran the dish machine and cleaned the back kitchen during dinner service"]),
        ], grouped=True),
        S("Leadership", [
            E("President", "Allegheny Robotics Club", "Pittsburgh, PA", "2024-08", "2025-05", N, None,
              ["Led a 30-member club; organized two regional competition trips and managed a $6k budget"],
              section="other", etype="volunteer"),
        ]),
        S("Skills", lines=["Python, C++, ROS 2, Git, Linux, SQL"]),
    ]))

# ------------------------------------------------------------------ v019
DEFS.append(R(
    file="v019.txt", family="UK executive CV (plain text, year-only dates first, paragraphs)",
    renderer="txt", tmpl="D", dfmt="mon", present="present", sep=" – ", bullets="para", heads="spaced",
    name="JONATHAN P. HALE",
    contact=["Sevenoaks, Kent  ·  07700 900 215  ·  jonathan.hale@example.co.uk"],
    summary="Chief operating officer in general insurance with 20+ years across claims, customer operations "
            "and transformation. Led 2,000+ people through two mergers; FCA SMF24 approved.",
    summary_head="Executive Profile",
    sections=[
        S("Career History", [
            E("Chief Operating Officer", "Halden & Rook Insurance Group", "London", "2019", "present", A, None,
              ["Accountable for claims, customer operations, IT and procurement (1,400 FTE, £96m cost base)",
               "Delivered a digital claims journey that lifted NPS by 22 points",
               "Member of the Executive Committee; SMF24 under the Senior Managers regime"]),
            E("Director of Customer Operations", "Halden & Rook Insurance Group", "London", "2014", "2018", F, "other_facing",
              ["Ran contact centres in Croydon and Belfast",
               "Personally met our top broker partners each quarter and handled the complaints referred back from the Financial Ombudsman"]),
            E("Head of Claims", "Marlowe Mutual", "Bristol", "2008", "2013", A, None,
              ["Led motor and home claims teams of 450",
               "Cut average settlement time from 41 to 19 days"]),
            E("Management Consultant", "Pryce Abernethy LLP", "London", "2003", "2007", F, "other_facing",
              ["Worked on site with retail banking and insurance clients, running workshops with their leadership teams",
               "Led operating-model reviews for four clients"]),
        ]),
        S("Education", lines=["MBA, Cranfield School of Management, 2006", "BA (Hons) Economics, University of York, 2002"]),
        S("Board & Non-Executive", lines=["Trustee, Kent Carers' Network (charity), since 2021"]),
    ]))

# ------------------------------------------------------------------ v020
DEFS.append(R(
    file="v020.docx", family="Canadian electrician résumé (docx, employer-first, underlined headings)",
    renderer="docx_plain", tmpl="B", dfmt="mon", present="Present", sep=" – ", bullets="dot", heads="underline",
    center_name=True,
    name="Kevin Lachance",
    contact=["Sudbury, ON", "705-555-0166", "kevin@northernspark.example.ca"],
    summary="Licensed 309A electrician and owner of a small residential and light-commercial contracting "
            "business. ESA Licensed Electrical Contractor.",
    summary_head="Summary of Qualifications",
    sections=[
        S("Work Experience", [
            E("Owner / Master Electrician", "Northern Spark Electric", "Sudbury, ON", "2020-05", "present", F, "entrepreneurial_freelance",
              ["Quote and carry out panel upgrades, EV charger installs and renovations for homeowners",
               "Walk customers through options and permits on site; handle billing and follow-up calls",
               "Supervise one apprentice"]),
            E("Electrical Apprentice", "Laurentian Power Contractors Ltd.", "Sudbury, ON", "2015-09", "2020-04", N, None,
              ["Rough-in and finishing on commercial new builds and mine-site buildings",
               "Conduit bending, cable tray and MCC terminations"]),
            E("Counter Sales Associate", "Nickel City Electrical Supply", "Sudbury, ON", "2013-06", "2015-08", F, "in_person_service",
              ["Served contractors and walk-in customers at the trade counter", "Looked up parts and pulled orders"]),
        ]),
        S("Certifications", lines=["309A Certificate of Qualification (2020)", "ESA LEC, WHMIS, Working at Heights"]),
        S("Education", lines=["Electrical Techniques Diploma, Cambrian College, 2015"]),
    ]))

# ------------------------------------------------------------------ v021
_pubs = [
    f"[{i}] Rao, A., et al. ({2017 + i // 3}). {t}. Journal of Materials Chemistry A, {10 + i}({i % 4 + 1}), {100 + 37 * i}-{112 + 37 * i}."
    for i, t in enumerate([
        "Sodium-ion cathodes from layered manganese oxides",
        "Operando XRD of phase transitions in P2-type cathodes",
        "Electrolyte additives for high-voltage cycling",
        "Hard carbon anodes from coconut shell precursors",
        "Machine-learned interatomic potentials for sodium diffusion",
        "Degradation pathways in prussian white cathodes",
        "Scalable sol-gel synthesis of doped layered oxides",
        "Interfacial stability of solid polymer electrolytes",
        "A critical review of sodium-ion full cells",
        "Surface coatings to suppress transition-metal dissolution",
        "In situ gas analysis during formation cycling",
        "Cost modelling of sodium-ion grid storage",
    ], start=1)]
DEFS.append(R(
    file="v021.pdf", family="Academic CV (reportlab serif, multi-page, header/footer, undated outreach entry)",
    renderer="rl_classic", tmpl="G", dfmt="mon", present="present", sep=" – ", bullets="dash", heads="plain",
    serif=True, pdf_header="Anjali Rao — Curriculum Vitae",
    name="Dr Anjali Rao",
    contact=["School of Chemistry, Northmoor University, UK", "a.rao@example.ac.uk", "ORCID 0000-0002-5555-0199"],
    summary="Materials chemist working on sodium-ion battery cathodes, from synthesis to operando "
            "characterisation. 18 peer-reviewed papers, h-index 11.",
    summary_head="Research Profile",
    sections=[
        S("Academic Appointments", [
            E("Postdoctoral Research Fellow", "Northmoor University", None, "2023-01", "present", N, None,
              ["EPSRC-funded project on low-cost sodium-ion cathodes",
               "Run the operando XRD facility; co-supervise two PhD students' lab work"]),
            E("PhD Researcher", "Northmoor University", None, "2019-10", "2022-12", N, None,
              ["Thesis: 'Structural evolution of layered oxide cathodes for sodium-ion batteries'"]),
            E("Graduate Teaching Assistant", "Northmoor University", None, "2019-10", "2022-12", F, "education",
              ["Led weekly first-year tutorials and inorganic chemistry lab classes",
               "Marked lab reports and gave one-to-one feedback to students"]),
            E("Research Assistant", "Deccan Institute of Science", "Hyderabad, India", "2017-07", "2019-08", N, None,
              ["Synthesised and characterised perovskite oxides for catalysis"]),
        ]),
        S("Outreach", [
            E("Science Festival Volunteer", "Northmoor Festival of Science", None, None, None, F, "volunteering",
              ["Ran hands-on battery demonstrations for school groups and families"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Education", lines=["PhD Chemistry, Northmoor University (2023)",
                              "M.Sc. Chemistry, University of Hyderabad (2017)", "B.Sc. Chemistry, Osmania University (2015)"]),
        S("Selected Publications", lines=_pubs),
        S("Grants and Awards", lines=["Royal Society of Chemistry Researcher Development Grant (£3,000), 2024",
                                      "Best Poster, UK Energy Storage Conference, 2022",
                                      "Commonwealth Scholarship, 2019–2022"]),
        S("Conference Talks", lines=[f"{2020 + i}: invited/contributed talk, {c}" for i, c in enumerate(
            ["Faraday Discussion, London", "ECS Meeting, Atlanta", "International Battery Association, Singapore",
             "UK Energy Storage Conference, Birmingham", "MRS Spring Meeting, Seattle", "Batteries Event, Lyon"])]),
        S("Teaching and Supervision", lines=["Co-supervision of 2 PhD and 6 MChem project students (2023–)",
                                             "Guest lectures in Year 3 Solid State Chemistry (2024, 2025)"]),
        S("Referees", lines=["Prof. Helen Marsh, Northmoor University", "Dr Vikram Sethi, Deccan Institute of Science"]),
    ]))

# ------------------------------------------------------------------ v022
DEFS.append(R(
    file="v022.txt", family="Indian career changer: call centre → MIS → data analyst (plain text, Mon-YYYY)",
    renderer="txt", tmpl="H", dfmt="mon-", present="Present", sep=" to ", bullets="num", heads="caps",
    name="Neha Sharma",
    contact=["Gurugram, Haryana | +91 99105 55213 | neha.sharma.analytics@example.in",
             "linkedin.com/in/nehasharma-data"],
    summary="Data analyst with 7+ years of experience (3 years in analytics) in retail and BPO. SQL, Python, "
            "Power BI. Moved from customer support to MIS and analytics.",
    summary_head="Professional Summary",
    sections=[
        S("Professional Experience", [
            E("Data Analyst", "Trivana Retail Analytics Pvt. Ltd.", "Gurugram", "2023-06", "present", N, None,
              ["Build sales forecasting models and Power BI dashboards for the finance team",
               "Automated weekly P&L data pulls with Python and SQL"]),
            E("MIS Executive", "Zenlex Global Services", "Noida", "2021-05", "2023-05", N, None,
              ["Prepared daily and monthly reports on call volumes, AHT and attendance for operations managers",
               "Maintained Excel trackers and macros"]),
            E("Customer Support Associate (International Voice)", "Zenlex Global Services", "Noida", "2019-02", "2021-04", F, "contact_center",
              ["Handled inbound calls from UK broadband customers for billing and fault queries",
               "Raised engineer visits and followed up on open complaints"]),
        ]),
        S("Education", lines=["B.Com, Delhi University (SOL), 2018", "Google Data Analytics Certificate, 2022"]),
        S("Technical Skills", lines=["SQL, Python (pandas), Power BI, Excel (VBA), Tableau basics"]),
    ]))

# ------------------------------------------------------------------ v023
DEFS.append(R(
    file="v023.pdf", family="US retail manager résumé (fpdf2, dates below title, full months)",
    renderer="fp_right", tmpl="C", dfmt="month", present="Present", sep=" - ", bullets="dot", heads="caps",
    center_name=True,
    name="Amanda Kowalski",
    contact=["Boise, ID", "(208) 555-0139", "amanda.kowalski@example.com"],
    summary="Retail leader with 12 years from overnight stocker to store manager. Known for turning around "
            "under-performing stores and developing staff.",
    summary_head="Summary",
    sections=[
        S("Relevant Experience", [
            E("Store Manager", "Pinecrest Outfitters", "Boise, ID", "2020-01", "present", F, "in_person_service",
              ["Run a $6.4M store with 28 associates; hire, schedule and coach",
               "Work the floor on weekends and handle customer escalations and returns personally",
               "Grew sales 14% year over year in 2024"]),
            E("Assistant Store Manager", "Pinecrest Outfitters", "Twin Falls, ID", "2017-04", "2019-12", F, "in_person_service",
              ["Opened and closed the store, supervised registers and the fitting room"]),
            E("Inside Sales Representative", "Snake River Office Supply", "Nampa, ID", "2014-08", "2017-03", F, "sales_account",
              ["Called small-business accounts to take reorders and sell new product lines",
               "Managed 200 accounts and hit quota 10 of 11 quarters"]),
            E("Overnight Stocker", "ValueWay Grocery", "Nampa, ID", "2012-05", "2014-07", A, None,
              ["Unloaded the truck and filled shelves overnight while the store was closed"]),
        ]),
        S("Education", lines=["Associate of Applied Science, Business Management — College of Western Idaho, 2014"]),
    ]))

# ------------------------------------------------------------------ v024
DEFS.append(R(
    file="v024.docx", family="Australian disability/aged-care worker (docx heading styles, numbered lists, Current)",
    renderer="docx_plain", tmpl="G", dfmt="mon", present="Current", sep=" – ", bullets="num", heads="style",
    name="Jarrah Wilson",
    contact=["Thirroul NSW 2515", "0433 555 271", "jarrah.wilson@example.com.au"],
    summary="Disability support worker with NDIS experience, previously in aged care and civil labouring. "
            "Cert IV Disability, manual handling, current NDIS Worker Screening.",
    summary_head="About Me",
    sections=[
        S("Employment History", [
            E("Disability Support Worker", "Coastal Care Collective", "Wollongong NSW", "2021-08", "present", F, "healthcare_care",
              ["Support NDIS participants with daily living, personal care and medication prompts",
               "Take clients to appointments, shopping and community activities",
               "Write shift notes and incident reports"]),
            E("Aged Care Assistant", "Banksia Gardens Aged Care", "Corrimal NSW", "2019-03", "2021-07", F, "healthcare_care",
              ["Showering, dressing and meal assistance for residents in the dementia wing"]),
            E("Civil Labourer", "Illawarra Civil Works Pty Ltd", "Port Kembla NSW", "2016-01", "2019-02", N, None,
              ["Pipe laying, traffic control and formwork on road projects"]),
        ]),
        S("Volunteer Experience", [
            E("Volunteer Patrol Member", "Thirroul Surf Life Saving Club", "Thirroul NSW", "2015", "present", F, "volunteering",
              ["Patrol the beach on summer weekends, give safety advice to swimmers and provide first aid"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Certificates", lines=["Certificate IV in Disability (CHC43115), TAFE NSW 2021",
                                 "Certificate III in Individual Support (Ageing), 2019", "Bronze Medallion, First Aid, CPR"]),
    ]))

# ------------------------------------------------------------------ v025
DEFS.append(R(
    file="v025.md", family="Canadian returning parent, volunteer-heavy (Markdown, numeric m/yyyy)",
    renderer="md", tmpl="G", dfmt="m/yyyy", present="present", sep=" – ", bullets="star", heads="h2",
    name="Marie-Claire Dubois",
    contact=["Winnipeg, MB", "204-555-0172", "mc.dubois@example.ca"],
    summary="Organised, warm and dependable. After several years raising my children and volunteering, I am "
            "returning to paid work in community services.",
    summary_head="Profile",
    sections=[
        S("Community & Work Experience", [
            E("Volunteer Coordinator (part-time)", "Riverbend Family Shelter", "Winnipeg, MB", "2022-09", "present", F, "in_person_service",
              ["Recruit, train and schedule about 60 volunteers",
               "Staff the front desk two mornings a week, greeting families arriving for intake"]),
            E("Overnight Shelter Volunteer", "Riverbend Family Shelter", "Winnipeg, MB", "2020-01", "2022-08", F, "volunteering",
              ["Checked guests in, made up beds and served breakfast",
               "Listened to residents and passed concerns on to staff"], section="volunteer", etype="volunteer"),
            E("Parent Council Treasurer", "Lord Selkirk Elementary School", "Winnipeg, MB", "2019-09", "2022-06", N, None,
              ["Kept the council's books and reported at monthly meetings"], section="volunteer", etype="volunteer"),
            E("Administrative Assistant", "Prairie Grain Cooperative", "Portage la Prairie, MB", "2010-04", "2015-11", A, None,
              ["Entered grain tickets and prepared member settlement statements",
               "Filed contracts and took minutes at board meetings"]),
        ]),
        S("Education", lines=["Office Administration Certificate, Red River College, 2010",
                              "Non-Violent Crisis Intervention (CPI), 2021"]),
    ]))

# ------------------------------------------------------------------ v026
DEFS.append(R(
    file="v026.pdf", family="Jordan/UAE marketing CV (reportlab grid table of roles)",
    renderer="rl_grid", tmpl="A", dfmt="mon", present="Present", sep=" – ", bullets="dot", heads="caps",
    name="Layla Haddad",
    contact=["Dubai Marina, UAE", "+971 55 555 4180", "layla.haddad@example.com"],
    summary="Digital marketer with 10 years across agency and in-house roles in Amman and Dubai. Arabic and "
            "English copy, paid social, SEO and community management.",
    summary_head="Profile",
    sections=[
        S("Experience", [
            E("Digital Marketing Manager", "Souq Alwaha Trading LLC", "Dubai", "2021-03", "present", A, None,
              ["Plan paid social and search campaigns (AED 3.2m annual budget)",
               "Run SEO and marketplace listings for 1,400 SKUs"]),
            E("Social Media Executive", "Mirage Media FZ-LLC", "Dubai", "2018-07", "2021-02", F, "digital_service",
              ["Answered customer DMs and comments on clients' brand pages within a 1-hour SLA",
               "Escalated complaints to client teams and followed up with the customer"]),
            E("Copywriter", "Levant Creative", "Amman, Jordan", "2016-01", "2018-06", A, None,
              ["Wrote Arabic and English campaign posts and web copy for agency clients"]),
            E("Architecture Intern", "Qasr Design Studio", "Amman, Jordan", "2015-06", "2015-09", N, None,
              ["Prepared 3D models and presentation boards"], etype="internship"),
        ]),
        S("Education", lines=["B.Arch, German Jordanian University, 2015", "Google Ads Search certification"]),
        S("Languages", lines=["Arabic (native), English (fluent), French (basic)"]),
    ]))

# ------------------------------------------------------------------ v027
DEFS.append(R(
    file="v027.txt", family="Berlin customer success manager (plain text, yyyy.mm, grouped employer)",
    renderer="txt", tmpl="A", dfmt="dot", present="now", sep=" - ", bullets="arrow", heads="caps_rule",
    name="Elif Yıldız",
    contact=["Berlin, Germany | +49 151 5550 2281 | elif.yildiz@example.de"],
    summary="Customer success manager for B2B SaaS. Previously technical writer and barista. German, "
            "English, Turkish.",
    sections=[
        S("Experience", [
            E("Customer Success Manager", "Flinkwerk GmbH", "Berlin", "2022-04", "present", F, "sales_account",
              ["Own 45 mid-market accounts: onboarding calls, quarterly business reviews and renewals",
               "Gross retention 94% in 2025"]),
            E("Technical Writer", "Flinkwerk GmbH", "Berlin", "2020-09", "2022-03", A, None,
              ["Wrote the help-centre articles and API docs for the scheduling product",
               "Worked with product managers on release notes"]),
            E("Barista", "Kaffeehaus Lindenblatt", "Berlin", "2018-08", "2020-08", F, "in_person_service", []),
            E("Fruit Picker (Working Holiday)", "Sunraysia Orchards", "Mildura, Australia", "2017-11", "2018-04", N, None,
              ["Picked and sorted citrus and table grapes"], etype="paid"),
        ], grouped=True),
        S("Education", lines=["B.A. English Studies, Freie Universität Berlin, 2017"]),
    ]))

# ------------------------------------------------------------------ v028
DEFS.append(R(
    file="v028.docx", family="Malaysian nurse → medical sales (docx sidebar table, Mon YYYY)",
    renderer="docx_sidebar", tmpl="A", dfmt="mon", present="Present", sep=" – ", bullets="dot", heads="caps",
    name="Nurul Aisyah binti Ismail",
    contact=["Petaling Jaya, Selangor", "+60 12-555 8841", "nurul.aisyah@example.my"],
    sidebar=[("Languages", ["Bahasa Malaysia", "English", "Mandarin (basic)"]),
             ("Education", ["Diploma in Nursing, Kolej Kejururawatan Cahaya (2014)"]),
             ("Licences", ["Malaysian Nursing Board (APC)", "Class D driving licence"])],
    summary="Registered nurse turned medical sales representative. I understand clinicians' day-to-day "
            "needs and build long-term relationships with clinics.",
    summary_head="Profile",
    sections=[
        S("Working Experience", [
            E("Medical Sales Representative", "Permata Pharma Sdn Bhd", "Klang Valley", "2020-06", "present", F, "sales_account",
              ["Visit GPs, pharmacists and hospital procurement teams to promote cardiovascular products",
               "Achieved 112% of sales target in 2024; run CME talks for doctors"]),
            E("Staff Nurse", "Seri Cahaya Specialist Hospital", "Shah Alam", "2015-01", "2020-05", F, "healthcare_care",
              ["Nursing care of patients in the surgical ward and day-care unit",
               "Pre-op preparation and post-op monitoring; patient education on wound care"]),
            E("Student Nurse (Clinical Attachment)", "Hospital Tengku Ampuan Rahimah", "Klang", "2014-01", "2014-06", F, "healthcare_care",
              [], etype="internship"),
        ]),
    ]))

# ------------------------------------------------------------------ v029
DEFS.append(R(
    file="v029.pdf", family="UK career changer: call centre → UX (fpdf2 two-column sidebar)",
    renderer="fp_twocol", tmpl="A", dfmt="mon", present="Present", sep=" - ", bullets="dot", heads="caps",
    name="Owen Pritchard",
    contact=["Manchester", "07700 900 784", "owen.p@example.co.uk", "pritchard-ux.example.co.uk"],
    sidebar=[("Tools", ["Figma", "Dovetail", "Maze", "Miro"]),
             ("Methods", ["Contextual inquiry", "Usability testing", "Service blueprints"]),
             ("Education", ["Google UX Certificate, 2018", "BA History, Keele, 2015"])],
    summary="UX researcher in digital health. Started my career on the phones in an energy call centre, "
            "which is where I learned what bad service design feels like.",
    summary_head="Profile",
    sections=[
        S("Experience", [
            E("UX Researcher", "Tallis Health Digital", "Manchester", "2021-01", "present", A, None,
              ["Plan and run interviews and usability tests with patients and GP staff",
               "Turn findings into journey maps and recommendations for product teams"]),
            E("UI Designer", "Brightpath Studio", "Salford", "2018-02", "2020-12", A, None,
              ["Designed app screens and design-system components for agency clients"]),
            E("Customer Adviser", "Pennine Energy Supply Ltd", "Leeds", "2015-08", "2017-12", F, "contact_center",
              ["Took 60-80 calls a day on bills, meter readings and payment plans",
               "Set up affordable repayment plans for customers in debt"]),
        ]),
    ]))

# ------------------------------------------------------------------ v030
DEFS.append(R(
    file="v030.md", family="Kenyan community health & NGO CV (Markdown, title line with brackets)",
    renderer="md", tmpl="E", dfmt="mon", present="to date", sep=" – ", bullets="num", heads="h3",
    name="Otieno Brian Ochieng",
    contact=["Kisumu, Kenya", "+254 711 555 402", "b.ochieng@example.org"],
    summary="Community health and M&E practitioner with 8 years in western Kenya. Registered Community "
            "Health Promoter; KoboToolbox and DHIS2 user.",
    summary_head="Profile",
    sections=[
        S("Work Experience", [
            E("Community Health Promoter", "Tumaini Health Initiative", "Kisumu", "2021-01", "present", F, "healthcare_care",
              ["Conduct home visits to 100 households: screening, referrals and maternal health follow-up",
               "Run monthly community health dialogues"]),
            E("Monitoring & Evaluation Assistant", "Nyanza Water Trust", "Siaya", "2018-06", "2020-12", A, None,
              ["Carried out household surveys on water use with KoboToolbox",
               "Cleaned data and prepared quarterly donor reports"]),
            E("Research Intern", "Lake Victoria Fisheries Institute", "Kisumu", "2017-09", "2018-02", N, None,
              ["Entered fish catch data and helped with lab sample labelling"], etype="internship"),
            E("M-Pesa Agent (own kiosk)", "Ochieng Mobile Money Point", "Kondele, Kisumu", "2015-03", "2017-08", F, "entrepreneurial_freelance",
              ["Ran my own kiosk serving customers with deposits, withdrawals and airtime"], etype="freelance"),
        ]),
        S("Education", lines=["Diploma in Community Health, Kenya Medical Training College, 2017"]),
        S("Referees", lines=["1. Dr. Achieng Omondi, Programme Lead, Tumaini Health Initiative",
                             "2. Mr. Peter Wafula, Nyanza Water Trust"]),
    ]))
