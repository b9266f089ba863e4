"""wild102 résumés w001–w015 (all people, employers, towns, phones and e-mails invented)."""
from lib import E

RESUMES = []

# ------------------------------------------------------------------ w001
RESUMES.append(dict(
    id="w001", renderer="reportlab", layout="plain", paper="letter", hdr="title_org", ds="mon",
    present="Present", bul="•",
    family="US credit-union teller moving up, Word-to-PDF single column, title line with right-aligned dates",
    name="Danielle R. Okafor", contact=["Madison, WI 53704", "(608) 555-0148", "dani.okafor@mailbox.us"],
    body=[
        ("text", "Summary", "Member-focused banker with six years at the counter and on the phone. Comfortable with "
                            "account opening, card disputes and cash handling; looking for a customer service role "
                            "with a hybrid schedule."),
        ("exp", "Experience", [
            E("Universal Banker", "Lakeshore Federal Credit Union", "Madison, WI", "2022-03", "present", [
                "Open checking, savings and share certificate accounts for walk-in members and by appointment",
                "Resolve debit card disputes and travel notices at the desk and over the branch phone line",
                "Refer members to mortgage and auto loan officers; top referrer in Q2 2024",
            ], "facing", "in_person_service"),
            E("Teller", "Lakeshore Federal Credit Union", "Madison, WI", "2020-06", "2022-02", [
                "Handled deposits, withdrawals and loan payments; balanced a $40k drawer daily",
                "Helped members set up online banking and the mobile app",
            ], "facing", "in_person_service"),
            E("Loan Processing Assistant", "Badger Valley Mortgage", "Middleton, WI", "2019-01", "2020-05", [
                "Assembled loan files, verified income and employment documents",
                "Ordered appraisals and title work and tracked conditions in Encompass",
            ], "affecting"),
            E("Line Cook", "The Copper Kettle", "Madison, WI", "2017-05", "2018-12", [
                "Grill and sauté stations, 150+ covers on weekend nights",
            ], "affecting"),
            E("Homework Help Tutor (volunteer)", "Madison Public Library", "Madison, WI", "2018-09", "2019-05", [
                "Tuesday evenings helping middle-school students with math and reading",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Madison Area Technical College — A.A.S. Finance, 2019"]),
        ("list", "Skills", ["Cash handling, Symitar, Encompass, MS Office", "Bilingual English / Igbo (conversational)"]),
    ]))

# ------------------------------------------------------------------ w002
RESUMES.append(dict(
    id="w002", renderer="docx", layout="styles", hdr="title_org", ds="month", present="Present",
    family="UK energy complaints handler, Word heading styles and list bullets, right tab-stop dates",
    name="Callum Ashworth", contact=["Headingley, Leeds LS6", "07700 900418", "callum.ashworth@mailbox.co.uk"],
    body=[
        ("text", "Personal Profile", "Complaints handler with a background in billing and warehouse work. I like "
                                     "getting to the bottom of a problem and explaining it in plain English."),
        ("exp", "Employment History", [
            E("Complaints Resolution Officer", "Northway Energy", "Leeds", "2023-01", "present", [
                "Own stage-two complaints end to end: investigate, call the customer, agree a fix and confirm in writing",
                "Prepare case files for the Energy Ombudsman and keep customers updated weekly",
                "Average 14 resolved cases a week against a target of 11",
            ], "facing", "contact_center"),
            E("Billing Analyst", "Northway Energy", "Leeds", "2021-04", "2022-12", [
                "Worked the billing exceptions queue: estimated reads, duplicate accounts, tariff errors",
                "Validated meter reads and re-billed accounts before statements went out",
            ], "affecting"),
            E("Warehouse Operative (agency)", "Kestrel Logistics", "Wakefield", "2019-08", "2021-03", [
                "Picked and packed online orders for two fashion retailers using RF scanners",
                "Processed returns back to stock",
            ], "affecting"),
            E("Barista", "Bean & Bramble", "Leeds", "2018-02", "2019-07", [
                "Made drinks and served at the counter in a busy student café",
                "Opened up on Saturdays and cashed up the till",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Education", ["Leeds City College — BTEC Level 3 Business (Merit)", "GCSEs: 8 including English and Maths"]),
        ("list", "Interests", ["Five-a-side football, fantasy football league admin, cooking"]),
        ("text", "References", "Available on request."),
    ]))

# ------------------------------------------------------------------ w003
RESUMES.append(dict(
    id="w003", renderer="fpdf2", layout="left", hdr="dateline", ds="month", present="Present", bul="•",
    family="Philippine BPO résumé, fpdf2 left header, title / company / dates each on its own line",
    name="Maricel D. Villanueva", contact=["Lapu-Lapu City, Cebu", "+63 917 555 0192", "maricel.villanueva@mailbox.ph"],
    body=[
        ("text", "Career Objective", "To obtain a Customer Service Representative position where I can use my "
                                     "voice and chat experience and grow with the company."),
        ("exp", "Work Experience", [
            E("Technical Support Representative", "Vantacore Solutions Inc.", "Cebu City", "2023-05", "present", [
                "Take inbound calls from US broadband subscribers and troubleshoot modem and Wi-Fi issues",
                "Schedule technician visits and document every call in the CRM",
                "Consistently met AHT and CSAT targets; Top Agent for March 2024",
            ], "facing", "contact_center"),
            E("Chat Support Associate", "Bluewave Outsourcing Corp.", "Mandaue City", "2021-09", "2023-04", [
                "Handled 3–4 concurrent chats and emails from online shoppers about orders, refunds and vouchers",
            ], "facing", "digital_service"),
            E("Content Moderator", "Bluewave Outsourcing Corp.", "Mandaue City", "2020-10", "2021-08", [
                "Reviewed flagged images, videos and comments against the client's community guidelines",
                "Escalated borderline content to the policy team; accuracy score 98%",
            ], "affecting"),
            E("Service Crew", "Kaon Sarap Food Corp.", "Cebu City", "2019-04", "2020-03", [
                "Took orders at the counter and drive-thru, served food and kept the dining area clean",
            ], "facing", "in_person_service"),
        ]),
        ("list", "Education", ["Bachelor of Science in Hospitality Management (undergraduate, 3rd year), 2019"]),
        ("list", "Skills", ["Typing speed 55 wpm", "Zendesk, Salesforce, Google Workspace", "English, Cebuano, Filipino"]),
        ("text", "Character References", "Available upon request."),
    ]))

# ------------------------------------------------------------------ w004
RESUMES.append(dict(
    id="w004", renderer="txt", hdr="labelled", ds="mon", present="Till date", sep=" to ", bul="-",
    caps=True, underline=False,
    family="Indian job-portal résumé pasted as text, labelled Designation / Company / Duration blocks, 'Till date'",
    name="Venkata Sai Kiran Reddy",
    contact=["Mobile: +91 98480 55123", "Email: saikiran.reddy@mailbox.in", "Address: Kukatpally, Hyderabad - 500072"],
    body=[
        ("text", "Career Objective", "Seeking a challenging position in a reputed organisation where I can utilise "
                                     "my skills for the growth of the organisation and myself."),
        ("text", "Total Experience", "7 years 9 months"),
        ("exp", "Professional Experience", [
            E("Customer Relationship Executive", "Sriven Motors Pvt. Ltd.", "Hyderabad", "2022-07", "present", [
                "Attending walk-in customers in showroom and explaining variants, on-road price and finance options",
                "Arranging test drives and following up enquiries till booking",
                "Coordinating vehicle delivery and post-delivery feedback calls",
            ], "facing", "sales_account"),
            E("Accounts Assistant", "Ramaiah Traders", "Secunderabad", "2020-02", "2022-06", [
                "Maintaining ledgers in Tally ERP 9, GST returns filing and vendor payments",
                "Bank reconciliation on monthly basis",
            ], "none"),
            E("Tele-caller", "Nexora Infoline Services", "Hyderabad", "2019-01", "2020-01", [
                "Outbound calling to leads for credit card and personal loan products",
            ], "facing", "contact_center"),
            E("Trainee - Quality Control", "Deccan Pharma Labs", "Jeedimetla", "2018-06", "2018-11", [
                "Assisted analysts in testing raw material samples as per SOP",
            ], "none", etype="internship"),
        ]),
        ("list", "Educational Qualification", ["B.Com (Computers) - Osmania University - 2018 - 68%",
                                               "Intermediate (MEC) - Board of Intermediate Education - 2015"]),
        ("list", "Technical Skills", ["Tally ERP 9, MS Excel, DMS (dealer management system)"]),
        ("text", "Personal Details", "Father's Name: R. Narasimha Reddy\nDate of Birth: 14-08-1996\n"
                                     "Languages Known: Telugu, Hindi, English\nMarital Status: Single"),
        ("text", "Declaration", "I hereby declare that the above information is true to the best of my knowledge.\n"
                                "Place: Hyderabad                                  (V. SAI KIRAN REDDY)"),
    ]))

# ------------------------------------------------------------------ w005
RESUMES.append(dict(
    id="w005", renderer="reportlab", layout="sidebar", hdr="title_org", ds="mon", present="Current", bul="-",
    accent="#2f5d50",
    family="Australian disability support worker, reportlab shaded left sidebar with contact, licences and referees",
    name="Jasmine Tuilagi", contact=["Corrimal NSW 2518", "0412 555 307", "jas.tuilagi@mailbox.com.au"],
    side=[("Licences & checks", ["NDIS Worker Screening", "First Aid & CPR (2025)", "Full driver licence, own car"]),
          ("Skills", ["Manual handling", "Medication assistance", "Behaviour support plans", "ShiftCare, Excel"]),
          ("Referees", ["Available on request"])],
    body=[
        ("exp", "Work history", [
            E("Disability Support Worker", "Harbourside Community Care", "Wollongong NSW", "2021-08", "present", [
                "Support adults with intellectual disability with personal care, meals and medication",
                "Take clients to appointments, shopping and community activities",
                "Write shift notes and incident reports",
            ], "facing", "healthcare_care"),
            E("Rostering Officer", "Harbourside Community Care", "Wollongong NSW", "2020-03", "2021-07", [
                "Built fortnightly rosters for about 80 support workers across 45 NDIS participants",
                "Matched workers to participants' plans and filled sick calls from the office",
                "Checked timesheets against rosters for payroll",
            ], "affecting"),
            E("Checkout Operator", "Freshway Supermarkets", "Shellharbour NSW", "2017-11", "2020-02", [
                "Registers and self-serve, price checks, lay-by and customer service desk cover",
            ], "facing", "in_person_service"),
            E("Fruit Picker (seasonal)", "Sunridge Orchards", "Batlow NSW", "2017-01", "2017-04", [
                "Apple picking and bin work on piece rates",
            ], "none"),
            E("Kennel Volunteer", "Illawarra Animal Rescue", "Albion Park NSW", "2016-06", "2017-10", [
                "Cleaned kennels, fed and exercised dogs on Saturday mornings",
            ], "none", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Certificate IV in Disability Support, TAFE NSW (2021)",
                               "HSC, Lake Illawarra High School (2016)"]),
    ]))

# ------------------------------------------------------------------ w006
RESUMES.append(dict(
    id="w006", renderer="docx", layout="tabs", hdr="org_title", ds="mon", present="Present", bul="•",
    family="Canadian newcomer from India, Word tab-stop dates, employer line first then title, Canadian and international headings",
    name="Harpreet Kaur Sandhu", contact=["Brampton, ON L6Y", "(437) 555-0173", "harpreet.sandhu@mailbox.ca"],
    body=[
        ("text", "Summary of Qualifications", "• Two years of Canadian pharmacy and delivery experience\n"
                                              "• Trained phlebotomist and lab technician (India)\n"
                                              "• Fluent in English, Punjabi and Hindi"),
        ("exp", "Canadian Work Experience", [
            E("Pharmacy Assistant", "Maplecrest Pharmacy", "Mississauga, ON", "2023-02", "present", [
                "Serve patients at the front counter and take in prescriptions",
                "Submit claims to drug plans and explain co-pays",
                "Count and package medications under pharmacist supervision",
            ], "facing", "healthcare_care"),
            E("Food Delivery Courier", "Independent contractor", "Toronto, ON", "2022-05", "2023-01", [
                "Picked up orders from restaurants and handed them to customers at the door",
            ], "facing", "in_person_service", etype="freelance"),
        ]),
        ("exp", "International Work Experience", [
            E("Laboratory Technician", "Sanjeevani Diagnostics", "Pune, India", "2018-07", "2022-03", [
                "Processed blood and urine samples on haematology and biochemistry analyzers",
                "Ran daily quality controls and maintained reagent stock",
            ], "affecting"),
            E("Sample Collection Trainee", "Sanjeevani Diagnostics", "Pune, India", "2018-01", "2018-06", [
                "Collected blood samples from patients at home-collection visits and at the centre",
            ], "facing", "healthcare_care", etype="internship"),
        ]),
        ("list", "Education", ["B.Sc. Medical Laboratory Technology, Savitribai Phule Pune University (WES assessed)",
                               "Pharmacy Assistant Certificate, Peel Career College (2023)"]),
    ]))

# ------------------------------------------------------------------ w007
RESUMES.append(dict(
    id="w007", renderer="md", md="bold", hdr="dash", ds="mon", present="Present",
    family="Irish commerce student in Markdown, bold 'Title – Employer, Town' lines with italic dates",
    name="Aoife Ní Bhriain", contact=["Knocknacarra, Galway", "087 555 2291", "aoife.nibhriain@mailbox.ie"],
    body=[
        ("list", "Education", ["BComm (Year 3), University of Galway, expected 2026",
                               "Leaving Certificate 2022, 521 points"]),
        ("exp", "Work Experience", [
            E("Front of House Supervisor", "The Salmon Weir Bistro", "Galway", "2024-05", "present", [
                "Run the floor on weekend shifts: seating, service timing and complaints",
                "Train new floor staff and cash up at close",
            ], "facing", "in_person_service"),
            E("Kitchen Porter", "Claddagh Bay Hotel", "Galway", "2023-06", "2024-04", [
                "Washed pots and dishes, cleaned the kitchen, helped with veg prep",
            ], "affecting"),
            E("Summer Camp Leader", "Sportsfield Camps", "Salthill", "2022-06", "2022-08", [
                "Led groups of 15 children aged 7–11 through sports and arts activities",
            ], "facing", "education", dt="Summer 2022"),
        ]),
        ("exp", "College Involvement", [
            E("Peer Mentor", "University of Galway", "Galway", "2023-09", "2024-05", [
                "Met a group of six first-year students weekly to help them settle into college",
            ], "facing", "education", section="other", etype="volunteer"),
        ]),
        ("list", "Skills", ["Irish (fluent), French (B1)", "Excel, Canva, EPOS systems", "Manual Handling cert"]),
    ]))

# ------------------------------------------------------------------ w008
RESUMES.append(dict(
    id="w008", renderer="fpdf2", layout="centred", hdr="org_title", ds="mm/yyyy", present="Present", bul="•",
    family="South African bank consultant CV, fpdf2 centred header, employer line with dates then title, year-only oldest job",
    name="Nokuthula Mkhize", contact=["Pinetown, Durban", "072 555 4410", "nokuthula.mkhize@mailbox.co.za"],
    body=[
        ("text", "Profile", "Reliable and friendly banking consultant with experience in collections and retail. "
                            "Own transport. Available immediately."),
        ("list", "Key Skills", ["Client service", "Cash handling", "FICA compliance", "Microsoft Office"]),
        ("exp", "Career History", [
            E("Branch Consultant", "Umnotho Bank", "Durban", "2022-01", "present", [
                "Assist clients in branch with account opening, card replacements and FICA updates",
                "Help clients register for the banking app and resolve transaction queries",
            ], "facing", "in_person_service"),
            E("Collections Agent", "Khanyisa Debt Solutions", "Pinetown", "2019-03", "2021-12", [
                "Phoned customers in arrears and negotiated payment arrangements",
                "Updated accounts and sent PTP confirmations",
            ], "facing", "contact_center"),
            E("Data Capturer", "eThekwini Motor Finance", "Durban", "2017-08", "2019-02", [
                "Captured vehicle finance applications and supporting documents onto the system",
                "Checked captured applications for errors before they went to credit",
            ], "affecting"),
            E("Cashier", "Savemore Supermarket", "Pinetown", "2015", "2017", [
                "Operated till, handled cash and card payments",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("list", "Education", ["National Certificate: Banking (NQF 5), 2019", "Matric (Grade 12), Pinetown Girls High, 2014"]),
        ("list", "References", ["Mr S. Naidoo, Branch Manager, Umnotho Bank — 031 555 0190",
                                "Mrs P. Dlamini, Team Leader, Khanyisa Debt Solutions — 031 555 0121"]),
    ]))

# ------------------------------------------------------------------ w009
RESUMES.append(dict(
    id="w009", renderer="docx", layout="table", hdr="title_org", ds="mon", present="Present", bul="•",
    family="US HVAC technician and Army veteran, Word with a borderless table per job (title/company left, dates right)",
    name="Marcus T. Delgado", contact=["Plano, TX 75023", "(972) 555-0136", "mdelgado.hvac@mailbox.us"],
    body=[
        ("text", "Professional Summary", "EPA 608 Universal certified HVAC technician with 8 years in residential "
                                         "service and installs, looking to move into a service advisor or dispatch role."),
        ("exp", "Work History", [
            E("HVAC Service Technician", "Comfort Pro Heating & Air", "Plano, TX", "2021-03", "present", [
                "Run 5–7 residential service calls a day in customers' homes",
                "Diagnose systems and walk homeowners through repair vs. replace options",
                "Sell maintenance agreements; highest agreement count in 2024",
            ], "facing", "other_facing"),
            E("HVAC Installer", "Lone Star Mechanical", "Dallas, TX", "2018-06", "2021-02", [
                "Installed split systems and ductwork in new-construction homes before closing",
                "Pressure tests, brazing, startups",
            ], "none"),
            E("Parts Counter Associate", "Ridgeway Supply Co.", "Garland, TX", "2016-09", "2018-05", [
                "Served contractors at the counter, looked up parts and quoted prices",
            ], "facing", "in_person_service"),
            E("Motor Transport Operator", "United States Army", "Killeen, TX", "2012-08", "2016-08", [
                "Drove and maintained tactical vehicles; convoy operations",
            ], "none", etype="military"),
        ]),
        ("list", "Certifications", ["EPA 608 Universal", "NATE Core", "OSHA 10"]),
        ("list", "Education", ["HVAC Technician Program, Collin College, 2018"]),
    ]))

# ------------------------------------------------------------------ w010
RESUMES.append(dict(
    id="w010", renderer="html", hdr="pipe", ds="month", present="Present", bul="•",
    family="Philippine hotel front-office résumé as HTML, 'Title | Employer | Town' with dates, OJT listed",
    name="John Paolo R. Santos", contact=["Pasay City, Metro Manila", "0928 555 6604", "jpsantos@mailbox.ph"],
    body=[
        ("exp", "Employment Record", [
            E("Guest Service Agent", "Bayfront Suites Manila", "Pasay City", "2023-08", "present", [
                "Check guests in and out, handle room changes and special requests",
                "Post charges and settle folios; handle walk-in bookings",
            ], "facing", "in_person_service"),
            E("Reservations Officer", "Bayfront Suites Manila", "Pasay City", "2022-03", "2023-07", [
                "Answered reservation calls and e-mails, quoted rates and upsold packages",
                "Managed OTA allotments in the channel manager",
            ], "facing", "contact_center"),
            E("Night Auditor", "Casa Ilaya Hotel", "Tagaytay", "2020-11", "2022-02", [
                "Ran the night audit, reconciled cashier reports and prepared the daily revenue report",
                "Covered the front desk alone after midnight: late arrivals, wake-up calls, guest requests",
            ], "facing", "in_person_service"),
            E("OJT Trainee – Housekeeping", "Casa Ilaya Hotel", "Tagaytay", "2019-06", "2019-09", [
                "Cleaned and set up vacant rooms, linen room and public area cleaning",
            ], "affecting", etype="internship"),
        ]),
        ("list", "Educational Attainment", ["BS Hotel and Restaurant Management, Batangas Lakeshore College, 2020"]),
        ("list", "Seminars Attended", ["Front Office Operations Seminar, 2019", "Basic Life Support, 2023"]),
        ("text", "Character References", "Ms. Liza Mercado, Front Office Manager — 0917 555 3321"),
    ]))

# ------------------------------------------------------------------ w011
RESUMES.append(dict(
    id="w011", renderer="reportlab", layout="twocol", hdr="title_org", ds="mm/yyyy", present="Present", bul="•",
    tagline="IT Support | Service Desk", accent="#4b2e83",
    family="UK IT service desk analyst, reportlab two-column header (name left, contact right), mm/yyyy dates",
    name="Priya Chauhan", contact=["Norwich NR2", "07700 900562", "priya.chauhan@mailbox.co.uk", "linkedin.com/in/priyachauhan-it"],
    body=[
        ("text", "Profile", "ITIL 4 certified service desk analyst. Calm on the phone, methodical with tickets, "
                            "and used to explaining tech to people who don't want to hear about tech."),
        ("exp", "Professional Experience", [
            E("IT Service Desk Analyst", "Carrow Housing Group", "Norwich", "2022-09", "present", [
                "First-line support for 600 staff by phone, Teams and walk-up desk",
                "Password resets, laptop builds, M365 and VPN issues; 78% first-contact fix",
                "Wrote 40+ knowledge-base articles",
            ], "facing", "internal_support"),
            E("Infrastructure Technician", "Carrow Housing Group", "Norwich", "2021-01", "2022-08", [
                "Monthly server patching, backup checks and switch replacements, mostly out of hours",
                "Kept the asset register and cabling documentation up to date",
            ], "none"),
            E("Data Entry Clerk (temp)", "Broadland District Council", "Norwich", "2020-07", "2020-09", [
                "Keyed paper planning records into the new document system",
            ], "none"),
            E("Sales Assistant (weekends)", "Pixel Planet", "Norwich", "2017-10", "2020-12", [
                "Advised customers on laptops and phones, set up devices at the till",
            ], "facing", "in_person_service"),
            E("Repair Café Volunteer", "Norwich Repair Café", "Norwich", "2019-01", "2020-03", [
                "Fixed laptops and phones alongside their owners, explaining what was wrong",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education & Certification", ["BSc Computing, Wensum University, 2020 (2:1)",
                                               "ITIL 4 Foundation, CompTIA A+"]),
    ]))

# ------------------------------------------------------------------ w012
RESUMES.append(dict(
    id="w012", renderer="docx", layout="sidebar", hdr="title_org", ds="mon", present="Present", bul="▪",
    shade="E2EFDA",
    family="Indian SaaS customer success manager, Word two-column layout table with shaded sidebar",
    name="Ananya Krishnan", contact=["Bengaluru, Karnataka", "+91 99000 55214", "ananya.k@mailbox.in"],
    side=[("Core Skills", ["Client onboarding", "QBRs & renewals", "Gainsight, HubSpot", "SQL (basic)"]),
          ("Languages", ["English, Tamil, Kannada, Hindi"]),
          ("Education", ["B.E. Computer Science, 2021", "Kongu Arts & Engineering College"])],
    body=[
        ("text", "About Me", "Customer success manager who started on the implementation side, so I know what "
                             "happens behind the onboarding call."),
        ("exp", "Experience", [
            E("Customer Success Manager", "Tarangi SaaS Pvt. Ltd.", "Bengaluru", "2023-04", "present", [
                "Own 35 mid-market accounts: onboarding calls, quarterly business reviews and renewals",
                "Run training webinars for client admins and handle escalations with support",
                "Net revenue retention 112% in FY25",
            ], "facing", "sales_account"),
            E("Implementation Engineer", "Tarangi SaaS Pvt. Ltd.", "Bengaluru", "2021-07", "2023-03", [
                "Configured client workspaces from the requirement documents prepared by CSMs",
                "Wrote data migration scripts and validated imported records",
            ], "affecting"),
            E("Software Engineer Intern", "Kovai Systems", "Coimbatore", "2021-01", "2021-06", [
                "Wrote unit tests and a small internal reporting tool in Python",
            ], "none", etype="internship"),
            E("NSS Volunteer", "National Service Scheme, Kongu Arts & Engineering College", "Erode", "2018-08", "2020-03", [
                "Ran weekend literacy classes for village women and registered patients at health camps",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
    ]))

# ------------------------------------------------------------------ w013
RESUMES.append(dict(
    id="w013", renderer="txt", hdr="datesfirst", ds="apos", present="now", sep=" - ", bul="*",
    caps=True, underline=True,
    family="US nursing assistant résumé as plain text, dates first, abbreviated years (Mar '21), caregiving gap listed",
    name="Rosa María Echeverría", contact=["Fresno, CA 93722 | (559) 555-0127 | rosa.echeverria@mailbox.us"],
    body=[
        ("list", "Certifications", ["CNA, California Dept. of Public Health — active", "BLS (AHA), exp. 2027", "HHA certificate"]),
        ("exp", "Experience", [
            E("Certified Nursing Assistant", "Willowbend Care Center", "Fresno, CA", "2021-03", "present", [
                "Provide ADLs, vitals and repositioning for 12–14 residents per shift",
                "Talk with families at visiting hours and report changes to the charge nurse",
            ], "facing", "healthcare_care"),
            E("Home Health Aide", "Golden Hands Home Care", "Fresno, CA", "2019-05", "2021-02", [
                "Bathing, meals, light housekeeping and medication reminders in clients' homes",
            ], "facing", "healthcare_care"),
            E("Sterile Processing Technician", "Valley Regional Medical Center", "Clovis, CA", "2017-09", "2019-04", [
                "Decontaminated, inspected and packaged surgical instruments",
                "Ran autoclave loads and kept sterilization logs",
            ], "affecting"),
            E("Family Caregiver", None, "Fresno, CA", "2016-01", "2017-08", [
                "Full-time care for my father after his stroke",
            ], "none", etype="unknown"),
        ]),
        ("list", "Languages", ["Spanish (native), English (fluent)"]),
    ]))

# ------------------------------------------------------------------ w014
RESUMES.append(dict(
    id="w014", renderer="fpdf2", layout="sidebar", hdr="title_org", ds="mon", present="Current", bul="•",
    family="Australian café and retail casual, fpdf2 shaded left sidebar, overlapping casual jobs",
    name="Chloe Nguyen", contact=["Brunswick VIC 3056", "0433 555 912", "chloe.nguyen@mailbox.com.au"],
    side=[("Availability", ["Weekdays after 2pm", "All weekends"]),
          ("Certificates", ["RSA (Victoria)", "Food Handling", "Working with Children Check", "AUSTSWIM"]),
          ("Referees", ["Ben Harris — Owner, Little Lane Espresso, 0400 555 118"])],
    body=[
        ("text", "About me", "Friendly, fast and reliable. Studying Nutrition at uni part-time."),
        ("exp", "Employment", [
            E("Barista & All-rounder", "Little Lane Espresso", "Fitzroy VIC", "2024-02", "present", [
                "Coffee machine on busy weekday mornings, register and table service",
            ], "facing", "in_person_service"),
            E("Sandwich Hand", "Bakehouse 44", "Richmond VIC", "2023-03", "2024-01", [
                "Prepped fillings and made up sandwiches and salads in the back kitchen before opening",
                "Labelled and dated stock for the front counter",
            ], "affecting"),
            E("Promotional Staff (casual)", "BrightSpark Promotions", "Melbourne VIC", "2022-09", "2023-02", [
                "Ran in-store tastings for snack brands and talked shoppers into trying new products",
            ], "facing", "sales_account"),
            E("Swim Teacher", "Aquafit Leisure Centre", "Brunswick VIC", "2021-10", "2023-06", [
                "Taught Learn-to-Swim classes for 4–10 year olds and gave parents progress updates",
            ], "facing", "education"),
            E("Op Shop Volunteer", "St Brigid's Op Shop", "Coburg VIC", "2020-01", "2021-09", [
                "Sorted donations and served at the counter on Saturdays",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Bachelor of Food and Nutrition (part-time), current", "VCE 2021"]),
    ]))

# ------------------------------------------------------------------ w015
RESUMES.append(dict(
    id="w015", renderer="docx", layout="header", hdr="orgfirst", ds="month", present="to date", bul="•",
    family="Irish retail manager CV, name in the Word page header, employer heading with several roles beneath",
    name="Siobhán Kavanagh", contact=["Athlone, Co. Westmeath", "086 555 7713", "siobhan.kavanagh@mailbox.ie"],
    body=[
        ("text", "Career Summary", "Retail manager with 13 years in one homewares business, moving towards an "
                                   "office-based customer service or operations role."),
        ("exp", "Career History", [
            E("Store Manager", "Corrib Home Stores", "Athlone", "2019-05", "present", [
                "Full P&L for a €3.1m store; weekly sales and margin reporting to the area manager",
                "Rosters, recruitment and training for 22 staff",
                "Visual merchandising standards, stock ordering and shrinkage control (down 0.6%)",
            ], "affecting"),
            E("Assistant Manager", "Corrib Home Stores", "Athlone", "2016-02", "2019-04", [
                "Ran the shop floor, covered tills and dealt with returns and complaints",
            ], "facing", "in_person_service"),
            E("Sales Assistant", "Corrib Home Stores", "Athlone", "2013-09", "2016-01", [
                "Helped customers choose furniture and soft furnishings, arranged deliveries",
            ], "facing", "in_person_service"),
            E("Administrator", "Shannonside Insurance Brokers", "Athlone", "2010-03", "2013-08", [
                "Prepared renewal packs and policy documents; filing and data entry",
            ], "affecting"),
        ]),
        ("list", "Education", ["Diploma in Retail Management, Midlands Institute of Retail Studies, 2017", "Leaving Certificate, 2009"]),
        ("list", "Interests", ["GAA club treasurer, sea swimming"]),
        ("text", "Referees", "Available on request"),
    ]))
