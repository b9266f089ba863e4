"""Résumé definitions v001-v015 (fictional people and small businesses)."""
from lib import E, S, R

F, A, N = "facing", "affecting", "none"

DEFS = []

# ------------------------------------------------------------------ v001
DEFS.append(R(
    file="v001.pdf", family="US nurse → nurse educator (reportlab, dates right-aligned)",
    renderer="rl_classic", tmpl="A", dfmt="mon", present="Present", sep=" – ", bullets="dot", heads="caps",
    letter=True, center_name=True,
    name="Danielle M. Okafor, MSN, RN",
    contact=["Columbus, OH 43215", "(614) 555-0182", "dokafor.rn@example.com"],
    summary="Registered nurse with eight years of acute-care experience, now focused on onboarding and "
            "clinical education for new-graduate nurses. BLS, ACLS and PALS certified.",
    summary_head="Professional Summary",
    sections=[
        S("Professional Experience", [
            E("Clinical Nurse Educator", "St. Brendan Regional Medical Center", "Columbus, OH", "2022-08", "present", F, "education",
              ["Design and teach the 12-week nurse residency program for 40+ new graduates a year",
               "Run skills-lab sessions on IV insertion, wound care and sepsis recognition",
               "Precept residents at the bedside on the medical-surgical units",
               "Track competency validation in the learning management system"]),
            E("Registered Nurse, Medical-Surgical Unit", "St. Brendan Regional Medical Center", "Columbus, OH", "2018-06", "2022-07", F, "healthcare_care",
              ["Provided direct care for a 5-6 patient assignment on a 32-bed unit",
               "Educated patients and families on discharge plans and new medications",
               "Charge nurse on rotating night shifts"]),
            E("Patient Care Technician", "Mercy Hollow Hospital", "Newark, OH", "2016-09", "2018-05", F, "healthcare_care",
              ["Took vital signs, assisted patients with bathing, feeding and mobility",
               "Worked 12-hour weekend shifts while completing BSN"]),
            E("Sterile Processing Technician", "Mercy Hollow Hospital", "Newark, OH", "2014-10", "2016-08", A, None,
              ["Decontaminated, inspected and assembled surgical instrument trays",
               "Operated steam and low-temperature sterilizers; kept load records for infection control audits"]),
        ]),
        S("Education", lines=["MSN, Nursing Education — Ohio Valley State University, 2022",
                              "BSN — Ohio Valley State University, 2018"]),
        S("Licenses & Certifications", lines=["Registered Nurse, Ohio (active)  •  ACLS  •  PALS  •  CPN"]),
    ]))

# ------------------------------------------------------------------ v002
DEFS.append(R(
    file="v002.docx", family="UK chef CV (docx dates-column table, header/footer)",
    renderer="docx_table", tmpl="B", dfmt="mm/yyyy", present="Present", sep=" - ", bullets="dash", heads="shaded",
    docx_header="Curriculum Vitae — Callum Reid", docx_footer="References available on request",
    name="Callum Reid",
    contact=["Keswick, Cumbria", "07700 900431", "callum.reid.chef@example.co.uk"],
    summary="Head chef with ten years in busy pub and hotel kitchens. Seasonal Cumbrian menus, "
            "weddings and private dining. Level 3 Food Hygiene, allergen trained.",
    sections=[
        S("Employment History", [
            E("Head Chef", "The Tollgate Inn", "Keswick", "2021-03", "present", F, "in_person_service",
              ["Write the seasonal menus and cost every dish to a 30% GP target",
               "Meet wedding couples and private-dining hosts for tasting sessions and talk them through menu choices",
               "Lead a brigade of six and keep the kitchen 5-star food hygiene rated"]),
            E("Sous Chef", "Harbour Street Brasserie", "Whitby", "2017-05", "2021-02", A, None,
              ["Ran the pass on the chef's days off, up to 180 covers",
               "Ordering, stock rotation and weekly deep-clean schedule",
               "Trained commis chefs on the grill and larder sections"]),
            E("Kitchen Porter / Trainee Chef", "Old Mill Country Hotel", "Pickering", "2015-01", "2017-04", A, None,
              ["Washed pots, cleaned down and did veg prep for breakfast and banqueting",
               "Moved onto the cold starters section in my second year"]),
        ]),
        S("Volunteering", [
            E("Volunteer Cook", "Keswick Saturday Soup Run", "Keswick", "2022-01", "present", F, "volunteering",
              ["Cook a hot meal once a month and serve it from the van to rough sleepers and anyone who turns up",
               "Chat with regulars and pass on details of the drop-in health clinic"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Qualifications", lines=["NVQ Level 3 Professional Cookery — Scarborough TEC, 2016",
                                   "Level 3 Food Safety and Hygiene; Level 2 Allergen Awareness"]),
    ]))

# ------------------------------------------------------------------ v003
DEFS.append(R(
    file="v003.txt", family="Indian CV / IT service desk (key : value, apostrophe years, till date)",
    renderer="txt", tmpl="F", dfmt="apos", present="Till date", sep=" to ", bullets="star", heads="caps_rule",
    name="RESUME\n\nPRASHANT VILAS KULKARNI",
    contact=["Mobile : +91 98220 45117", "Email  : prashant.kulkarni88@example.in",
             "Address: Flat 12, Sai Residency, Hadapsar, Pune - 411028"],
    summary="Seeking a challenging position in IT infrastructure support where I can use my technical "
            "skills and grow with the organisation. 7+ years in desktop support and service desk.",
    summary_head="Career Objective",
    sections=[
        S("Work Experience", [
            E("Senior Service Desk Analyst", "Infovance Technologies Pvt. Ltd.", "Pune", "2022-01", "present", F, "internal_support",
              ["Attending calls and chats from employees across 3 offices for laptop, VPN and Outlook issues",
               "Resolving L1/L2 tickets in ServiceNow within SLA, escalating to resolver groups",
               "Onboarding new joiners - account creation, laptop handover and basic training",
               "Preparing weekly SLA report for the service delivery manager"]),
            E("Desktop Support Engineer", "Kaveri Systems & Services", "Pune", "2019-07", "2021-12", F, "internal_support",
              ["Visiting user desks to troubleshoot hardware, printer and network issues",
               "OS imaging and patching of 400+ desktops",
               "Maintaining IT asset register"]),
            E("Trainee Engineer - NOC", "Sahyadri Netlink Pvt. Ltd.", "Nashik", "2018-08", "2019-06", N, None,
              ["Monitoring WAN links and switches on PRTG dashboard",
               "Logging outages and informing the shift lead",
               "Taking configuration backups of routers"]),
        ]),
        S("Educational Qualification", lines=[
            "B.E. (Electronics & Telecommunication), Savitribai Phule Pune University - 2018 - 64.2%",
            "HSC - Maharashtra Board - 2014 - 71%", "SSC - Maharashtra Board - 2012 - 83%"]),
        S("Technical Skills", lines=["Windows 10/11, Active Directory, O365 Admin, ServiceNow, SCCM, basic CCNA"]),
        S("Personal Details", lines=["Date of Birth : 14-03-1996", "Languages : English, Hindi, Marathi",
                                     "Marital Status : Single"]),
    ],
    footer=["", "Declaration:", "I hereby declare that the above information is true to the best of my knowledge.",
            "", "Place: Pune                                             (Prashant Kulkarni)"]))

# ------------------------------------------------------------------ v004
DEFS.append(R(
    file="v004.pdf", family="Filipino BPO résumé (fpdf2 two-column sidebar, yyyy.mm)",
    renderer="fp_twocol", tmpl="G", dfmt="dot", present="Present", sep=" - ", bullets="dot", heads="caps",
    name="Maria Lourdes B. Santiago",
    contact=["Pasig City, Metro Manila", "+63 917 555 0264", "lourdes.santiago@example.ph"],
    sidebar=[("Skills", ["Zendesk, Salesforce Service Cloud", "QA calibration", "Coaching & PIP", "Typing 65 wpm"]),
             ("Languages", ["English, Filipino, Waray"]),
             ("Education", ["BS Tourism Management", "Leyte Normal University, 2017"])],
    summary="Customer care professional with 7 years in voice and non-voice accounts for US clients, "
            "currently leading a chat and email support team.",
    summary_head="Objective",
    sections=[
        S("Work Experience", [
            E("Team Leader - Chat & Email Support", "Pacific Crest Outsourcing Inc.", "Pasig City", "2023-02", "present", F, "digital_service",
              ["Lead a team of 14 chat agents on a US e-commerce account",
               "Take over escalated chats and emails from irate customers",
               "Run daily huddles, side-by-side coaching and weekly QA calibration"]),
            E("Chat Support Associate", "Pacific Crest Outsourcing Inc.", "Pasig City", "2021-05", "2023-01", F, "digital_service",
              ["Handled 3-4 concurrent chats on order tracking, returns and refunds",
               "Maintained 94% CSAT and consistent top-10 ranking"]),
            E("Customer Service Representative", "Bluewave Contact Solutions", "Cebu City", "2019-06", "2021-04", F, "contact_center",
              ["Inbound calls for a US telecom client: billing disputes, plan changes and troubleshooting",
               "Met AHT and FCR targets"]),
            E("Inventory Clerk", "Mabuhay Mart Supermarket", "Tacloban City", "2017-06", "2019-04", A, None,
              ["Encoded deliveries and stock transfers in the inventory system",
               "Did monthly cycle counts and reported expiring items to the purchasing head"]),
        ]),
    ]))

# ------------------------------------------------------------------ v005
DEFS.append(R(
    file="v005.md", family="Kenyan freelance web developer (Markdown, ISO dates)",
    renderer="md", tmpl="C", dfmt="iso", present="now", sep=" → ", bullets="dash", heads="h2",
    name="Wanjiru Kamau",
    contact=["Nairobi, Kenya", "+254 722 555 910", "wanjiru@example.co.ke", "github.com/wkamau-dev"],
    summary="Full-stack developer (Django, React) running my own small web studio. I build booking and "
            "payment sites for Kenyan SMEs and integrate M-Pesa.",
    sections=[
        S("Experience", [
            E("Freelance Web Developer", "Self-employed", "Nairobi", "2020-03", "present", F, "entrepreneurial_freelance",
              ["Find and win clients (salons, tour operators, schools); run discovery meetings and quote projects",
               "Build and host sites; train client staff to update content",
               "Handle invoicing and monthly support retainers for 11 clients"]),
            E("Junior Software Developer", "Savannah Code Works Ltd", "Nairobi", "2018-01", "2020-02", N, None,
              ["Wrote REST APIs in Django for a logistics platform",
               "Added unit tests and set up GitLab CI"]),
        ]),
        S("Volunteer", [
            E("Coding Mentor", "Kibera Girls Code Club", "Nairobi", "2019", "present", F, "volunteering",
              ["Teach HTML/CSS and Scratch to girls aged 12-17 on Saturday mornings",
               "Help organise the end-of-term demo day for parents"],
              section="volunteer", etype="volunteer", dtext="2019 → now"),
        ]),
        S("Education", lines=["BSc Computer Science, Jomo Kenyatta University of Agriculture and Technology (2017)"]),
    ]))

# ------------------------------------------------------------------ v006
DEFS.append(R(
    file="v006.docx", family="South African CV (docx Word heading styles, Current)",
    renderer="docx_plain", tmpl="A", dfmt="mon", present="Current", sep=" – ", bullets="dot", heads="style",
    name="Thandeka Mokoena",
    contact=["Soweto, Johannesburg", "072 555 3381", "thandeka.mokoena@example.co.za"],
    summary="Friendly and target-driven client service consultant with banking and insurance experience. "
            "Matric, FAIS RE5 qualified, own transport.",
    summary_head="Personal Profile",
    sections=[
        S("Work History", [
            E("Retention Consultant", "Ubuntu Cover Insurance Brokers", "Johannesburg", "2022-02", "present", F, "contact_center",
              ["Take inbound calls from clients who want to cancel funeral and car policies",
               "Offer premium reductions and alternative cover; save rate 38%",
               "Capture call notes and disposition codes on the CRM"]),
            E("Teller", "Mzansi Mutual Bank", "Soweto", "2019-03", "2022-01", F, "in_person_service",
              ["Cash deposits, withdrawals and account enquiries for walk-in clients",
               "Balanced the cash drawer at the end of each shift"]),
            E("Merchandiser", "FreshPick Foods (Pty) Ltd", "Gauteng South", "2017-08", "2019-02", A, None,
              ["Packed shelves and built promotional displays in 9 supermarkets on my route",
               "Checked expiry dates and reported out-of-stocks to the rep"]),
            E("Learner - IT End User Computing (NQF 3)", "Siyakhula Skills Academy", "Johannesburg", "2016-02", "2017-01", N, None,
              ["Classroom and practical modules on PC hardware and Windows"],
              etype="internship"),
        ]),
        S("Education", lines=["Matric (NSC) — Morris Isaacson High School, 2015", "FAIS Regulatory Exam RE5, 2022"]),
        S("References", lines=["Mr S. Dlamini, Branch Manager, Mzansi Mutual Bank — 011 555 0192"]),
    ]))

# ------------------------------------------------------------------ v007
DEFS.append(R(
    file="v007.pdf", family="Singapore/Malaysia product manager (reportlab sidebar two-column)",
    renderer="rl_sidebar", tmpl="H", dfmt="mon", present="Present", sep=" – ", bullets="dash", heads="caps",
    name="Lim Wei Jie (Jay)",
    contact=["Singapore", "+65 8555 2174", "jay.lim@example.sg", "linkedin.com/in/jaylimwj"],
    sidebar=[("Skills", ["Product discovery", "SQL, Amplitude, Looker", "A/B testing", "PRDs & roadmaps"]),
             ("Education", ["BBA (Marketing), Universiti Sains Malaysia, 2015"]),
             ("Languages", ["English, Mandarin, Malay, Hokkien"])],
    summary="Product manager for payments and merchant tools in Southeast Asia. Moved into product from "
            "merchant sales, so I know what merchants actually need.",
    sections=[
        S("Experience", [
            E("Senior Product Manager", "Lumora Pay Pte. Ltd.", "Singapore", "2021-04", "present", A, None,
              ["Own the merchant dashboard roadmap used by 60k SMEs across SG, MY and PH",
               "Ran discovery interviews with merchants and turned them into PRDs",
               "Shipped instant settlement; reduced payout-related support tickets by 31%"]),
            E("Product Analyst", "Kedai Digital Sdn. Bhd.", "Kuala Lumpur", "2018-08", "2021-03", A, None,
              ["Built checkout funnel dashboards and ran A/B tests on the mobile app",
               "Analysed app-store reviews and churn to size product problems"]),
            E("Merchant Account Executive", "Tanjung Logistics Sdn. Bhd.", "Penang", "2016-01", "2018-07", F, "sales_account",
              ["Visited 20-25 merchants a week to sign them up for last-mile delivery",
               "Managed a book of 140 accounts: renewals, pricing and complaints"]),
            E("Business Analyst Intern", "Penang Investment Promotion Office", "George Town", "2015-05", "2015-08", N, None,
              ["Compiled industry data for investor briefing packs"], etype="internship"),
        ]),
    ]))

# ------------------------------------------------------------------ v008
DEFS.append(R(
    file="v008.txt", family="US military veteran → HVAC field technician (plain text, mm/yyyy, grouped)",
    renderer="txt", tmpl="A", dfmt="mm/yyyy", present="Present", sep=" - ", bullets="dash", heads="eq",
    name="MARCUS T. ALVARADO",
    contact=["San Antonio, TX 78249 | 210-555-0147 | m.alvarado.hvac@example.com",
             "EPA 608 Universal | Texas ACR Technician License | Honorable Discharge"],
    summary="U.S. Air Force veteran (8 yrs, aircraft maintenance) now working as a residential HVAC "
            "service technician. Strong troubleshooting, safety and training background.",
    summary_head="Summary",
    sections=[
        S("Civilian Experience", [
            E("Field Service Technician", "Arcline Heating & Air", "San Antonio, TX", "2021-06", "present", F, "in_person_service",
              ["Diagnose and repair AC and furnace units in customers' homes, 6-8 calls per day",
               "Explain repair options and maintenance plans to homeowners before starting work",
               "Keep the service van stocked and complete work orders on the tablet"]),
            E("Warehouse Parts Clerk", "Arcline Heating & Air", "San Antonio, TX", "2021-01", "2021-05", A, None,
              ["Pulled and staged parts for technicians' next-day routes",
               "Received vendor shipments and updated stock counts"]),
        ], grouped=True),
        S("Military Experience", [
            E("Maintenance Training Instructor", "U.S. Air Force", "Joint Base San Antonio-Randolph, TX", "2019-01", "2020-12", F, "education",
              ["Taught classroom and hands-on courses to new maintenance airmen",
               "Evaluated students on task qualification and wrote training records"], etype="military"),
            E("Aircraft Maintenance Technician (SSgt)", "U.S. Air Force", "Joint Base San Antonio-Randolph, TX", "2013-05", "2018-12", N, None,
              ["Inspected, troubleshot and repaired T-6 trainer aircraft systems",
               "Supervised a crew of five on the flight line"], etype="military"),
        ], grouped=True),
        S("Education & Training", lines=["HVAC Technician Certificate, Alamo Trade Institute, 2021",
                                         "CCAF Associate in Aviation Maintenance Technology, 2017"]),
    ]))

# ------------------------------------------------------------------ v009
DEFS.append(R(
    file="v009.docx", family="German Lebenslauf-style CV in English (docx grid table, mm/yyyy, 'today')",
    renderer="docx_grid", tmpl="A", dfmt="mm/yyyy", present="today", sep=" – ", bullets="dash", heads="underline",
    name="Dipl.-Ing. (FH) Jonas Brenner",
    contact=["Königstraße 41, 70173 Stuttgart", "+49 711 5550 3392", "jonas.brenner@example.de"],
    summary=None,
    sections=[
        S("Professional Experience", [
            E("Application Engineer", "Rheinfeld Antriebstechnik GmbH", "Stuttgart", "2020-07", "present", F, "other_facing",
              ["Commissioning of servo drive systems at customer plants in DACH and Italy",
               "Technical consultation with customers' design engineers during the quotation phase",
               "Two-day product trainings for customers' maintenance technicians"]),
            E("Design Engineer", "Kessler Fahrzeugteile AG", "Ulm", "2016-10", "2020-06", N, None,
              ["3D design of gearbox housings in CATIA V5",
               "Tolerance analysis and drawing release in SAP PLM"]),
            E("Working Student Quality Assurance", "Hemmler Kunststofftechnik GmbH", "Reutlingen", "2014-04", "2016-09", A, None,
              ["Incoming goods inspection and first-article measurement reports",
               "Support for 8D reports on customer complaints"], etype="internship"),
        ]),
        S("Education", lines=["10/2011 – 09/2016  Mechanical Engineering (Dipl.-Ing. FH), Hochschule Reutlingen"]),
        S("Languages", lines=["German (native), English (C1), Italian (B1)", "", "Stuttgart, November 2026"]),
    ]))

# ------------------------------------------------------------------ v010
DEFS.append(R(
    file="v010.txt", family="Nigerian CV (banking, NYSC teaching, full months, 'Date')",
    renderer="txt", tmpl="E", dfmt="month", present="Date", sep=" – ", bullets="o", heads="brk",
    name="CURRICULUM VITAE\nADEBAYO OLUWASEUN FOLARIN",
    contact=["No. 7 Aminu Kano Crescent, Wuse II, Abuja", "Phone: 0803 555 2716   Email: seun.folarin@example.ng"],
    summary="A result-oriented banker with over six years of experience in retail and SME banking, "
            "seeking to contribute to the growth of a forward-looking financial institution.",
    summary_head="Career Objective",
    sections=[
        S("Personal Data", lines=["State of Origin: Oyo", "Nationality: Nigerian", "Sex: Male"]),
        S("Work Experience", [
            E("Relationship Manager, SME Banking", "Crestfield Bank Plc", "Wuse II Branch, Abuja", "2022-03", "present", F, "sales_account",
              ["Manage a portfolio of 85 SME customers with deposits above N2.1bn",
               "Visit customers' business premises to understand their cash-flow needs and sell loan products",
               "Prepare credit memos for approval"]),
            E("Customer Service Officer", "Crestfield Bank Plc", "Garki Branch, Abuja", "2019-11", "2022-02", F, "in_person_service",
              ["Account opening, ATM card issuance and resolution of customer complaints at the banking hall",
               "Cross-sold mobile banking to walk-in customers"]),
            E("Corps Member (Mathematics Teacher)", "Government Secondary School, Keffi", "Nasarawa State", "2018-10", "2019-09", F, "education",
              ["Taught Mathematics to SS1 and SS2 students (about 120 students)",
               "Organised extra lessons for WAEC candidates"]),
            E("Industrial Trainee (SIWES)", "Obiora & Sons Engineering Ltd", "Onitsha", "2016-05", "2016-10", N, None,
              ["Assisted in preparing bills of quantities and site reports"], etype="internship"),
        ]),
        S("Education", lines=["B.Sc. Mathematics (Second Class Upper) — University of Nigeria, Nsukka, 2017",
                              "WASSCE — Federal Government College, Ogbomoso, 2012"]),
        S("Referees", lines=["Available on request."]),
    ]))

# ------------------------------------------------------------------ v011
DEFS.append(R(
    file="v011.pdf", family="Australian teacher résumé (fpdf2, dates right, year-only older roles)",
    renderer="fp_right", tmpl="A", dfmt="mon", present="Present", sep=" - ", bullets="dot", heads="caps",
    name="Sophie Nguyen",
    contact=["Ballarat VIC 3350", "0412 555 098", "sophie.nguyen.teach@example.com.au"],
    summary="VIT-registered primary teacher with seven years of classroom and casual relief experience. "
            "Passionate about literacy intervention and inclusive classrooms.",
    summary_head="Career Objective",
    sections=[
        S("Teaching Experience", [
            E("Classroom Teacher (Years 3/4)", "Wattle Creek Primary School", "Ballarat VIC", "2019-01", "present", F, "education",
              ["Plan and teach the Victorian Curriculum to a class of 26 students",
               "Run small-group reading intervention using the Science of Reading approach",
               "Hold parent-teacher interviews and write semester reports"]),
            E("Casual Relief Teacher", "Central Highlands Relief Teaching Agency", "Ballarat region", "2017-02", "2018-12", F, "education",
              ["Took classes from Prep to Year 6 across 14 schools at short notice"]),
        ]),
        S("Other Employment", [
            E("Swim Instructor", "AquaFit Leisure Centre", "Ballarat VIC", "2014", "2017", F, "education",
              ["Taught Learn to Swim classes for children aged 3-10"]),
            E("Retail Assistant", "Bunyip Books", "Bendigo VIC", "2012", "2014", F, "in_person_service", []),
        ]),
        S("Qualifications", lines=["Bachelor of Education (Primary), Federation University Australia, 2016",
                                   "VIT Full Registration  |  Working with Children Check  |  First Aid (HLTAID012)"]),
        S("Referees", lines=["Mrs Karen Doyle, Principal, Wattle Creek Primary School - 03 5555 0142"]),
    ]))

# ------------------------------------------------------------------ v012
DEFS.append(R(
    file="v012.md", family="UK bookkeeper CV (Markdown headings per role, employer-first)",
    renderer="md", tmpl="I", dfmt="mon", present="present", sep=" – ", bullets="dash", heads="h3", md_style="heading",
    name="Rachel Ashworth AAT",
    contact=["Bristol BS6", "07700 900 612", "rachel@ledgerlight.example.co.uk"],
    summary="AAT-qualified bookkeeper running a small practice for sole traders and limited companies. "
            "Xero and QuickBooks certified.",
    summary_head="About me",
    sections=[
        S("Career History", [
            E("Owner & Bookkeeper", "Ledgerlight Bookkeeping", "Bristol", "2019-04", "present", F, "entrepreneurial_freelance",
              ["Bookkeeping, VAT returns and payroll for 22 small-business clients",
               "Meet each client monthly (in person or on Zoom) to go through their figures and cash flow",
               "Won most clients through local networking groups and referrals"]),
            E("Accounts Assistant", "Harbourside Estates Ltd", "Bristol", "2016-01", "2019-03", N, None,
              ["Purchase ledger for 300+ suppliers, supplier statement reconciliations",
               "Bank reconciliations and month-end accruals",
               "Prepared payroll journals for the finance manager"]),
        ]),
        S("Volunteer Roles", [
            E("Treasurer", "Redland Green Tennis Club", "Bristol", "2020", "present", N, None,
              ["Keep the club accounts and present the annual financial statements at the AGM"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Qualifications", lines=["- AAT Level 4 Diploma in Professional Accounting (2018)",
                                   "- Xero Advisor Certified; QuickBooks ProAdvisor"]),
    ]))

# ------------------------------------------------------------------ v013
DEFS.append(R(
    file="v013.docx", family="Irish CV / pharmacy & healthcare (docx, header/footer, full months)",
    renderer="docx_plain", tmpl="C", dfmt="month", present="Present", sep=" – ", bullets="dot", heads="caps",
    docx_header="Aoife Ní Bhriain — CV", docx_footer="Aoife Ní Bhriain | 087 555 2841 | Page 1",
    name="Aoife Ní Bhriain",
    contact=["Knocknacarra, Galway", "087 555 2841", "aoife.nibhriain@example.ie"],
    summary="Qualified pharmacy technician with a background in elder care. Calm, caring and accurate.",
    sections=[
        S("Employment", [
            E("Pharmacy Technician", "Corrib Pharmacy", "Galway", "2021-09", "present", F, "healthcare_care",
              ["Dispense prescriptions and counsel patients at the counter on how to take their medicines",
               "Handle Drugs Payment Scheme and medical card claims",
               "Deal with queries from GPs' surgeries on the phone"]),
            E("Dispensary Assistant (Compliance Packs)", "Corrib Pharmacy", "Galway", "2020-09", "2021-08", A, None,
              ["Prepared weekly blister packs for four nursing homes in the back dispensary",
               "Checked stock and expiry dates; cleaned and maintained the dispensing area"]),
            E("Healthcare Assistant", "St. Enda's Nursing Home", "Oranmore", "2018-01", "2020-08", F, "healthcare_care",
              ["Personal care for residents with dementia: washing, dressing, feeding and mobility",
               "Recorded fluid and food charts and reported changes to the nurse in charge"]),
            E("Sales Assistant", "Claddagh Gifts", "Galway", "2016-06", "2017-12", F, "in_person_service",
              ["Served tourists, worked the till and kept the shop floor tidy"]),
        ]),
        S("Education & Training", lines=["Pharmacy Technician Diploma (QQI Level 6), GTI Galway, 2021",
                                         "QQI Level 5 Healthcare Support, 2017", "Leaving Certificate, 2016"]),
        S("Interests", lines=["Sea swimming, camogie, GAA club volunteer"]),
    ]))

# ------------------------------------------------------------------ v014
DEFS.append(R(
    file="v014.pdf", family="Dutch CV in English (reportlab date column, mm.yyyy)",
    renderer="rl_datecol", tmpl="A", dfmt="mmdot", present="present", sep=" – ", bullets="dash", heads="plain",
    name="Daan de Vries",
    contact=["Rotterdam, the Netherlands", "+31 6 5550 8142", "daan.devries@example.nl"],
    summary="Supply chain planner with a warehouse and customer service background. Dutch, English and "
            "German. Lean Six Sigma Green Belt.",
    sections=[
        S("Work experience", [
            E("Supply Chain Planner", "Van der Meulen Logistics B.V.", "Rotterdam", "2020-01", "present", A, None,
              ["Plan inbound container flows for three retail clients",
               "Book carriers and monitor on-time delivery KPIs",
               "Improved delivery reliability to stores from 91% to 97%"]),
            E("Warehouse Team Leader", "Zuidhaven Distributie B.V.", "Barendrecht", "2016-03", "2019-12", A, None,
              ["Led a team of 18 order pickers in a two-shift operation",
               "Responsible for pick accuracy and outbound loading"]),
            E("Customer Service Agent (German desk)", "Nordlicht Webshop GmbH", "Venlo", "2014-09", "2016-02", F, "contact_center",
              ["Answered phone calls and e-mails from German customers about orders and returns",
               "Arranged replacements for damaged goods"]),
        ]),
        S("Volunteer work", [
            E("Volunteer", "Voedselbank Rotterdam-Zuid", "Rotterdam", "2018", "2022", F, "volunteering",
              ["Handed out weekly food parcels to families at the distribution point"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Education", lines=["2010 – 2014  HBO Logistics Management, Hogeschool Rotterdam"]),
    ]))

# ------------------------------------------------------------------ v015
DEFS.append(R(
    file="v015.txt", family="US gig worker (plain text, dates in brackets, Now)",
    renderer="txt", tmpl="E", dfmt="mon", present="Now", sep=" - ", bullets="dash", heads="colon",
    name="Tyrone Baptiste",
    contact=["Atlanta, GA  |  404-555-0193  |  tbaptiste.work@example.com"],
    summary="Reliable, self-motivated worker with 6+ years on delivery and driving apps. Clean driving "
            "record, own vehicle and tools. Looking for a full-time role with steady hours.",
    summary_head="About",
    sections=[
        S("Work History", [
            E("Rideshare Driver", "Uber", "Atlanta, GA", "2020-03", "present", F, "in_person_service",
              ["4.96 rating over 7,800 trips", "Airport runs and late-night pickups; help riders with luggage"],
              etype="freelance"),
            E("Handyman (furniture assembly, TV mounting)", "Self-employed", "Atlanta metro", "2022-06", "present", F, "entrepreneurial_freelance",
              ["Book jobs through a task app and word of mouth; agree price with the customer before starting",
               "Go to customers' homes to assemble furniture and mount TVs and shelves"],
              etype="freelance"),
            E("Grocery Shopper", "FetchCart", "Atlanta, GA", "2021", "2023", F, "digital_service",
              ["Shopped orders in store and texted customers through the app about substitutions",
               "Delivered to the door"], etype="freelance"),
            E("Warehouse Associate", "Peachtree Fulfillment Center", "Union City, GA", "2018-06", "2020-02", A, None,
              ["Picked and packed online orders with RF scanner", "Loaded outbound trailers"]),
        ]),
        S("Education", lines=["Carver High School, Diploma, 2016", "OSHA 10 card"]),
    ]))
