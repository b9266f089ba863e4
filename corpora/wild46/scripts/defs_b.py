"""Résumé definitions w016–w030 (wild46)."""
from lib import E

R = []

# w016 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w016", ext="html", html="table", order="title_org", dates="mon", present="present", sep=" – ",
    family="Brazilian trust-and-safety specialist in Dublin, HTML résumé with a table per job, relocation gap and overlapping part-time job",
    name="Luana Ferreira Campos", contact=["Dublin 8", "+353 83 410 2276", "luana.campos@mailbox.ie", "Stamp 1G → Stamp 4"],
    headings={"work": "Work experience"},
    css="body{font-family:Georgia,serif;margin:40px} h1{color:#7a1f3d} td{vertical-align:top;padding:2px 6px} td.d{text-align:right;white-space:nowrap;color:#666}",
    before=[("About", ["Portuguese/English trust & safety specialist. Before Dublin I was an English teaching assistant in Belo Horizonte, and I still think moderation policy is a kind of teaching: being clear and fair with people who are upset."])],
    entries=[
        E("Trust & Safety Specialist (PT/EN)", "Liffeyside Digital Operations", "Dublin", "2023-10", "present", "facing", "digital_service", [
            "Investigate reported accounts and listings for fraud, harassment and counterfeit goods",
            "Reply to account holders' appeals in Portuguese and English and reinstate accounts where we got it wrong",
            "Feed policy gaps back to the client's policy team every month"]),
        E("Player Support Agent", "Liffeyside Digital Operations", "Dublin", "2021-11", "2023-09", "facing", "contact_center", [
            "Email and live chat support for players of a mobile game studio – purchases, bans, lost accounts",
            "Brazilian market specialist; wrote the PT-BR macros"]),
        E("Kitchen Porter (part-time)", "The Ha'penny Grill", "Dublin", "2021-03", "2021-10", "affecting", None, [
            "Washing up, prep and bins, evenings and weekends while I studied English"]),
        E("Relocation to Ireland & full-time English course", None, None, "2021-01", "2021-10", "none", None, [
            "Cambridge C1 Advanced, Dublin City Language School"], etype="unknown"),
        E("English Teaching Assistant", "Escola Horizonte", "Belo Horizonte, Brazil", "2018-02", "2020-12", "facing", "education", [
            "Supported the English teachers with classes of 30 teenagers; ran conversation clubs after school"]),
    ],
    after=[("Education", ["Licenciatura em Letras (Portuguese/English), Universidade Federal de Minas Gerais, 2019"]),
           ("Languages", ["Portuguese (native), English (C1), Spanish (B1)"])],
))

# w017 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w017", ext="pdf", renderer="fpdf2", layout="centred", order="pipe", dates="month", present="Current", sep=" – ",
    family="South African IT service desk analyst at a managed-services BPO, Midrand, fpdf2 centred header, pipe title/company/place line",
    name="Kagiso Molefe", headline="IT Service Desk Analyst (L2) · ITIL 4 · A+ · N+",
    contact=["Midrand, Gauteng", "071 660 4812", "kagiso.molefe@mailbox.co.za"],
    headings={"work": "Experience"},
    before=[("Profile", ["Service desk analyst with six years in IT support, four at a managed services provider supporting corporate clients' staff. Strong on Microsoft 365, Intune and Active Directory."])],
    entries=[
        E("Service Desk Analyst (Level 2)", "Highveld Managed Services", "Midrand", "2022-01", "present", "facing", "internal_support", [
            "Second-line support for 4,000 users at two client companies by phone, Teams and remote session",
            "Intune enrolment, mailbox and licence issues, VPN and MFA problems",
            "Escalations from Level 1 and VIP support for client executives",
            "SLA 96% met, 4.8/5 user satisfaction"]),
        E("Service Desk Agent (Level 1)", "Highveld Managed Services", "Midrand", "2020-03", "2021-12", "facing", "internal_support", [
            "Logged and resolved password resets, printer and Outlook calls",
            "First-call resolution around 72%"]),
        E("Desktop Support Intern", "Jozi Freight Logistics", "Germiston", "2019-02", "2020-01", "facing", "internal_support", [
            "Imaged laptops, patched network points and visited staff at their desks to swap hardware"], etype="internship"),
        E("Cashier", "Kwela Supermarket", "Tembisa", "2016-01", "2018-12", "facing", "in_person_service", [], prec="year"),
    ],
    after=[("Education", ["Diploma in Information Technology – Tshwane North TVET College (2019)"]),
           ("Certifications", ["ITIL 4 Foundation", "CompTIA A+ and Network+", "MS-900"])],
))

# w018 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w018", ext="docx", layout="styles", order="org_title", dates="mm/yyyy", present="Current", sep=" - ",
    family="US bilingual patient-access rep, El Paso, Word heading styles with employer line first, medical claims back office",
    name="Marisol Villanueva", contact=["El Paso, TX 79936", "915-555-0187", "marisol.villanueva@mailbox.com"],
    headings={"work": "Work Experience"},
    before=[("Summary", ["Bilingual (English/Spanish) healthcare contact center representative. I have worked both sides: the phones and the claims back office, so I can explain a denied claim in plain words."])],
    entries=[
        E("Bilingual Patient Access Representative", "Franklin Mountain Health Connect", "El Paso, TX", "2022-08", "present", "facing", "contact_center", [
            "Schedule, reschedule and cancel appointments for a 40-clinic network",
            "Verify insurance and explain copays and self-pay estimates in English and Spanish",
            "Route clinical questions to the nurse line per protocol"]),
        E("Medical Claims Processor", "Sunland Claims Services", "El Paso, TX", "2020-01", "2022-07", "affecting", None, [
            "Adjudicated professional and facility claims for a regional health plan",
            "Pended claims for missing information and worked the rework queue",
            "Accuracy 98.7%, 110 claims/day"]),
        E("Customer Service Representative (Spanish/English)", "Rio Grande Telecom Solutions", "El Paso, TX", "2017-05", "2019-12", "facing", "contact_center", [
            "Inbound calls for a prepaid wireless brand: activations, refills, phone unlocks"]),
        E("Crew Member", "Burrito Loco", "Horizon City, TX", "2015-06", "2017-04", "facing", "in_person_service", [
            "Drive-thru headset, register and making orders"]),
    ],
    after=[("Education", ["El Paso Community College – Medical Office Specialist certificate (2019)", "Montwood High School – Diploma (2015)"]),
           ("Skills", ["Epic Cadence & Prelude, Facets, Genesys, HIPAA", "Typing 60 WPM"])],
))

# w019 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w019", ext="txt", order="title_org", dates="month", present="present", sep=" to ", bullet="*",
    prose=True,
    family="UK contact-centre training facilitator, Salford, plain text with prose duties, quality coach before training",
    name="Joanne Birtwistle", contact=["Swinton, Salford M27", "Mobile 07723 118 406", "jo.birtwistle@mailbox.co.uk"],
    headings={"work": "Career history"},
    before=[("Profile", ["Training facilitator with twelve years in customer service, the last six helping new advisers find their feet. I have run inductions for broadband, energy and insurance accounts and I still sit in on calls every week so my examples are current."])],
    entries=[
        E("Training Facilitator", "Irwell Customer Management", "Salford", "2021-01", "present", "facing", "education", [
            "I deliver the four-week induction for new contact centre advisers, up to twenty learners at a time, face to face and on Teams.",
            "I also run upskilling for complaints handling and vulnerable customers and support learners through their first fortnight on the floor.",
            "Speed to competency has dropped from seven weeks to five since we redesigned the programme."]),
        E("Quality Coach", "Irwell Customer Management", "Salford", "2018-06", "2020-12", "affecting", None, [
            "I listened to advisers' recorded calls, scored them against the client scorecard and used the recordings in one-to-one coaching sessions with the advisers.",
            "I took part in monthly calibration with the client."]),
        E("Customer Service Adviser – Broadband", "Pennine Contact Ltd", "Oldham", "2015-03", "2018-05", "facing", "contact_center", [
            "Inbound calls about faults, bills and moving home for a broadband provider, with some outbound welcome calls."]),
        E("Sales Assistant", "Deansgate Shoe Co.", "Manchester", "2012-01", "2015-12", "facing", "in_person_service", [
            "Fitting, tills and stock in a busy city-centre shoe shop."], prec="year"),
    ],
    after=[("Qualifications", ["Level 3 Award in Education and Training (2020)", "Level 3 Certificate in Learning and Development (2022)",
                               "A levels – English, Psychology, Business (2011)"]),
           ("Referees", ["Available on request"])],
))

# w020 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w020", ext="pdf", renderer="reportlab", layout="plain", centre=True, order="dateline", dates="mm/yyyy", present="Present", sep=" - ",
    paper="letter",
    family="Philippine airline reservations agent, Iloilo, reportlab centred header, title, company and dates on separate lines, OJT",
    name="Kristine Joy Ledesma", contact=["Jaro, Iloilo City", "0917 204 6655", "kjledesma@mailbox.ph"],
    headings={"work": "Employment History"}, bullet="-",
    before=[("Career Objective", ["To be part of a company that values good service, where I can use my experience in voice account and back office work."])],
    entries=[
        E("Reservations Agent - Airline Account (Voice)", "Panay Shore BPO Inc.", "Iloilo City", "2022-06", "present", "facing", "contact_center", [
            "Book, rebook and cancel flights for US callers, compute fare differences",
            "Handle irregular operations calls during storms - long queue, upset passengers",
            "Upsell seats and bags; 2024 Q3 top seller in the LOB"]),
        E("Back Office Associate - Refunds", "Panay Shore BPO Inc.", "Iloilo City", "2020-09", "2022-05", "affecting", None, [
            "Processed refund and travel credit requests from the queue according to fare rules",
            "Audited refunds done by other associates"]),
        E("Front Desk Clerk", "Casa Molo Pension House", "Molo, Iloilo City", "2018-07", "2020-08", "facing", "in_person_service", [
            "Check-in and check-out, reservations over the phone and Facebook page"]),
        E("On-the-Job Trainee", "Iloilo Provincial Tourism Office", "Iloilo City", "2017-04", "2017-05", "facing", "in_person_service", [
            "Assisted walk-in tourists at the information desk, 200 hours"], etype="internship", datetext="April - May 2017"),
    ],
    after=[("Education", ["Bachelor of Science in Tourism Management - West Visayas Colleges, 2018"]),
           ("Skills", ["Amadeus, Sabre (basic), Salesforce", "English, Filipino, Hiligaynon"]),
           ("References", ["Available upon request"])],
))

# w021 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w021", ext="docx", layout="tabs", order="title_org", dates="mon.", present="Present", sep=" – ",
    family="Indian technical-support associate moving to an escalation desk, Pune, Word tab-stop dates, cyber café job",
    name="Aniket Bhosale", contact=["Hadapsar, Pune 411028", "+91 97654 30219", "aniket.bhosale@mailbox.in"],
    headings={"work": "Professional Experience"},
    before=[("Summary", ["7 years in international technical support (printer, antivirus, and home networking processes) and escalations. Good in de-escalation and root cause."])],
    entries=[
        E("Escalation Desk Executive", "Sahyadri CX Services Pvt. Ltd.", "Pune", "2022-11", "present", "facing", "contact_center", [
            "Own complaints escalated from voice, email and social media for a US printer brand",
            "Call customers back within 24 hours, arrange replacements and close the loop with the complaint owner",
            "Weekly RCA of escalations shared with process trainers and QA"]),
        E("Technical Support Associate – Tier 1 (Printer Process)", "Sahyadri CX Services Pvt. Ltd.", "Pune", "2020-07", "2022-10", "facing", "contact_center", [
            "Inbound calls for printer setup, driver installation, Wi-Fi connectivity",
            "AHT 9:30 min against target of 11 min"]),
        E("Technical Support Associate (US Antivirus Process)", "Deccan InfoConnect", "Pune", "2018-06", "2020-06", "facing", "contact_center", [
            "Removed malware over remote session and sold annual subscription renewals"]),
        E("Computer Operator", "Shivneri Xerox & Cyber Café", "Hadapsar, Pune", "2016-05", "2018-03", "facing", "in_person_service", [
            "Filled online forms (PAN, exam admissions) for walk-in customers, printing and DTP"]),
    ],
    after=[("Education", ["B.Sc. (Computer Science), Savitribai Phule Pune University – 2018", "HSC – 2015"]),
           ("Certifications", ["CCNA (2019)", "Microsoft 365 Fundamentals (2022)"])],
))

# w022 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w022", ext="html", order="title_org", dates="mon", present="Present", sep=" - ",
    family="US work-from-home contractor and credit-union contact-center rep, Jacksonville, HTML with floated dates, parenting break",
    name="Tanisha L. Greer", contact=["Jacksonville, FL 32210", "904-555-0196", "tanisha.greer@mailbox.com"],
    headings={"work": "Work History"},
    before=[("Summary", ["Remote-ready customer care professional. Banking contact center experience plus two years as an independent contractor on client programs. Quiet home office, hardwired internet."])],
    entries=[
        E("Work-from-Home Customer Care Agent (Independent Contractor)", "Arbor Crowd Network", "Remote", "2024-03", "present", "facing", "contact_center", [
            "Certified on 3 client programs: a pet-supply retailer, a travel insurer and a streaming service",
            "Handle inbound calls and chats on self-scheduled 30-minute slots",
            "Quality score 96% average"], etype="freelance"),
        E("Member Contact Center Representative", "Timucua Federal Credit Union", "Jacksonville, FL", "2021-01", "2024-02", "facing", "contact_center", [
            "Answered members' calls on accounts, debit card disputes, loan payments",
            "Verified identity and reset online banking; referred loan leads to lending"]),
        E("Scan Clerk", "Northside Document Imaging", "Jacksonville, FL", "2019-04", "2020-12", "none", None, [
            "Prepped, scanned and indexed boxes of archived records for storage contracts"]),
        E("Stay-at-home parent", None, None, "2016-08", "2019-03", "none", None, [], etype="unknown"),
        E("Teller", "Ortega Savings Bank", "Jacksonville, FL", "2013-05", "2016-07", "facing", "in_person_service", []),
    ],
    after=[("Education", ["Florida State College at Jacksonville – A.S. Business Administration (2013)"]),
           ("Skills", ["Symitar, Salesforce, Zendesk, LiveVox", "Typing 65 WPM"])],
))

# w023 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w023", ext="md", md="bold", order="org_title", dates="mon", present="Current", sep=" – ",
    family="South African debt-review consultant and telesales agent, Pretoria, Markdown employer-first lines, undated volunteer coach",
    name="Lerato Nkosi", contact=["Mamelodi East, Pretoria", "076 302 5571", "lerato.nkosi@mailbox.co.za"],
    headings={"work": "Working Experience", "volunteer": "Community Involvement"}, bullet="-",
    before=[("Summary", ["Telesales and debt review consultant. Registered with the NCR support programme. I like helping people get out of debt more than I liked selling insurance, but I was good at both."])],
    entries=[
        E("Debt Review Consultant", "Jacaranda Debt Solutions", "Pretoria", "2023-02", "present", "facing", "contact_center", [
            "Telephonic consultations with over-indebted consumers: budget, affordability and the debt review process",
            "Send Form 16 applications and follow up missing payslips",
            "Average 9 new applications a week"]),
        E("Telesales Agent – Short-Term Insurance", "Lowveld Direct Insurance Brokers", "Centurion", "2020-07", "2023-01", "facing", "contact_center", [
            "Outbound calls on lead lists for car and household insurance",
            "Quoted, closed and did the voice-logged sale"]),
        E("Sales Consultant", "Cell Corner", "Menlyn, Pretoria", "2018-01", "2020-12", "facing", "in_person_service", [
            "Contract upgrades, RICA and accessories in a mall store"], prec="year"),
        E("Volunteer Coach (U13)", "Mamelodi Youth Football Club", "Mamelodi", None, None, "facing", "volunteering", [
            "Weekend training and matches; I organise transport with the parents"], section="volunteer", etype="volunteer", prec=None),
    ],
    after=[("Education", ["National Senior Certificate – Mamelodi High School, 2017", "FAIS Class of Business – Short-term Personal Lines (2021)"]),
           ("Languages", ["English, Sepedi, isiZulu, Setswana"])],
))

# w024 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w024", ext="pdf", renderer="fpdf2", layout="left", order="title_org", dates="mon", present="Present", sep=" – ",
    footer="Aoife Keane – CV – page {page}", after_newpage=True,
    family="Irish head of quality and training, Galway, 2-page fpdf2 CV with page footer, QA auditor, summer tour guide",
    name="Aoife Keane", headline="Quality & Training Leader – Contact Centres",
    contact=["Oranmore, Co. Galway", "086 220 7134", "aoife.keane@mailbox.ie"],
    headings={"work": "Career History"},
    before=[("Profile", ["Sixteen years in contact centres in Galway, from first-line technical support to leading quality and training for a 500-seat site. I believe in scorecards that agents trust and training that sticks."]),
            ("Key skills", ["QA framework design · calibration · speech analytics · training design · coaching · COPC · stakeholder management"])],
    entries=[
        E("Head of Quality & Training", "Corrib Contact Solutions", "Galway", "2020-06", "present", "affecting", None, [
            "Lead 9 QA analysts and 6 trainers across five client programmes",
            "Redesigned the QA framework around customer outcomes; introduced speech analytics sampling",
            "Report quality trends and training plans into each client's governance pack",
            "Budget and hiring for the quality and training function"]),
        E("Quality Assurance Auditor", "Corrib Contact Solutions", "Galway", "2017-02", "2020-05", "affecting", None, [
            "Audited recorded calls and emails for a travel and a banking client",
            "Compliance checks on disclosures and data protection; weekly audit reports"]),
        E("Team Leader – Technical Support", "Atlantic Way Support Services", "Galway", "2013-09", "2017-01", "facing", "contact_center", [
            "Led 12 agents supporting a PC manufacturer's UK and Irish customers",
            "Handled escalated customer calls and complaints; approved out-of-warranty repairs"]),
        E("Technical Support Agent (Tier 1/2)", "Atlantic Way Support Services", "Galway", "2010-04", "2013-08", "facing", "contact_center", [
            "Phone support for laptops and desktops, hardware diagnostics, dispatch of engineers"]),
        E("Barista", "Claddagh Coffee House", "Galway", "2008-06", "2010-03", "facing", "in_person_service", []),
        E("Seasonal Tour Guide", "Aran Bike Hire & Tours", "Inis Mór", "2007-06", "2007-08", "facing", "other_facing", [
            "Led cycling groups around the island and did the bike hire desk"], datetext="Summer 2007"),
    ],
    after=[("Education", ["BComm, University of Galway, 2008", "Certificate in Training & Development (QQI Level 6), 2019"]),
           ("Interests", ["Sea swimming, camogie coaching (U12s)"])],
))

# w025 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w025", ext="txt", order="inline", dates="mon-yy", present="Present", sep=" – ", bullet="➤",
    family="Indian US-healthcare AR caller and e-mail support executive, Kolkata, plain text with dates after a comma, overlapping tele-calling and tuition",
    name="Sayantani Bhattacharya", contact=["Baguiati, Kolkata – 700059", "+91 83359 04127", "sayantani.b@mailbox.co.in"],
    headings={"work": "WORK EXPERIENCE"},
    before=[("CAREER SUMMARY", ["Around 6 years of experience in BPO – US healthcare revenue cycle (AR follow-up) and non-voice e-mail support. Seeking a Senior AR Caller / Team Coordinator position."])],
    entries=[
        E("AR Caller – US Healthcare (Medical Billing)", "Hooghly Health Process Pvt Ltd", "Kolkata", "2022-08", "present", "affecting", None, [
            "Calling US insurance companies (Medicare, Medicaid, commercial payers) to follow up on unpaid and denied claims",
            "Analysing denials (CO-16, CO-50, CO-197) and taking corrective action – corrected claims, appeals",
            "Working 35–40 accounts per day; documentation in the client's practice management system"]),
        E("Email Support Executive (Non-Voice)", "Bidhannagar Infotech Services", "Salt Lake, Kolkata", "2020-01", "2022-07", "facing", "contact_center", [
            "Replied to customer e-mails for an Australian online electronics retailer",
            "Order tracking, returns, warranty – 45 mails per shift at 97% quality"]),
        E("Telecaller", "Sunrise Real Estate Consultancy", "New Town, Kolkata", "2019-06", "2019-12", "facing", "contact_center", [
            "Called property enquiries and fixed site visits"]),
        E("Home Tutor", "Self-employed", "Kolkata", "2016-01", "2019-12", "facing", "education", [
            "Taught English and Geography to Class 8–10 students at their homes"], etype="freelance", prec="year"),
    ],
    after=[("EDUCATION", ["B.A. (Geography Hons.), University of Calcutta – 2018", "H.S. (WBCHSE) – 2015"]),
           ("TECHNICAL SKILLS", ["Athena, eClinicalWorks (basic), Freshdesk, MS Office"]),
           ("DECLARATION", ["I do hereby declare that the above particulars are true to the best of my knowledge and belief."])],
))

# w026 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w026", ext="docx", layout="sidebar", order="title_org", dates="month", present="Present", sep=" – ",
    family="Philippine quality auditor on a collections LOB, Clark, Word two-column layout table with shaded sidebar, ESL tutoring",
    name="Paolo Miguel Dizon", headline="Quality Auditor – Collections", side_fill="E4E9DD",
    contact=["Angeles City, Pampanga", "0966 481 2039", "paolo.dizon@mailbox.ph"],
    sidebar=[("Skills", ["Call auditing", "FDCPA / Reg F", "Calibration", "Excel & Google Sheets", "Coaching logs"]),
             ("Education", ["BS Accountancy (undergrad), Holy Angel University, 2013–2016"])],
    headings={"work": "Work Experience"},
    entries=[
        E("Quality Auditor – Collections LOB", "Pampanga Prime Outsourcing Corp.", "Clark Freeport Zone", "2023-01", "present", "affecting", None, [
            "Audit 8–10 recorded collection calls per agent per month for compliance (mini-Miranda, call time rules, dispute handling)",
            "Prepare weekly QA scorecards and trend reports for operations",
            "Join client calibration every other week"]),
        E("Collections Agent – Early Stage (Auto Loans)", "Pampanga Prime Outsourcing Corp.", "Clark Freeport Zone", "2020-08", "2022-12", "facing", "contact_center", [
            "Outbound and inbound calls to US borrowers 1–29 days past due",
            "Set payment arrangements and extensions; 118% of target in 2022"]),
        E("Customer Service Representative", "Angeles Tel-Service Inc.", "Angeles City", "2019-02", "2020-07", "facing", "contact_center", [
            "Inbound calls for a US satellite TV provider – billing and programming"]),
        E("Online ESL Tutor", "EnglishBridge Online", "Home-based", "2017-06", "2019-01", "facing", "education", [
            "1-on-1 video classes for Japanese and Korean adult learners"], etype="freelance"),
    ],
    after=[("Character References", ["Available upon request"])],
))

# w027 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w027", ext="pdf", renderer="reportlab", layout="sidebar", order="title_org", dates="mon", present="Present", sep=" – ",
    side_rgb=(0.35, 0.12, 0.22), bullet="•",
    family="Northern Irish fraud-operations analyst (no customer contact), Belfast, reportlab coloured sidebar, students' union shop",
    name="Ciarán Devlin", contact=["Belfast BT6", "07801 446 913", "ciaran.devlin@mailbox.co.uk"],
    sidebar=[("Skills", ["Transaction monitoring", "SAR drafting", "Excel / SQL basics", "Actimize", "Payments (Faster Payments, BACS, CHAPS)"]),
             ("Education", ["BSc Economics, Ulster Metropolitan University, 2017"])],
    headings={"work": "Experience"},
    before=[("Profile", ["Fraud operations analyst with a payments and contact-centre background. Methodical, fast in a queue, happy to be the person who finds the pattern."])],
    entries=[
        E("Fraud Operations Analyst", "Lagan Financial Services", "Belfast", "2022-09", "present", "affecting", None, [
            "Review transaction-monitoring alerts on current accounts and decide to close, hold or refer",
            "Refer confirmed cases to the Fraud Contact team, who make all outbound calls to customers",
            "Draft internal SARs and keep case notes audit-ready",
            "Tuned two rules with the analytics team, cutting false positives by 18%"]),
        E("Payments Processor (Back Office)", "Lagan Financial Services", "Belfast", "2020-03", "2022-08", "affecting", None, [
            "Processed CHAPS and international payment instructions and repaired rejected payments"]),
        E("Contact Centre Agent – Mobile", "Cavehill Telecom", "Belfast", "2017-10", "2020-02", "facing", "contact_center", [
            "Inbound calls on bills, upgrades and lost or stolen phones",
            "Moved onto the web-chat team for my last year"]),
        E("Shop Assistant (part-time)", "Ulster Metropolitan University Students' Union", "Coleraine", "2015-09", "2017-06", "facing", "in_person_service", []),
    ],
    after=[("Certifications", ["ICA Certificate in Fraud Prevention (2023)"]), ("References", ["Available on request"])],
))

# w028 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w028", ext="docx", layout="header", order="orgfirst", dates="m/yyyy", present="Present", sep=" – ",
    family="US workforce-management analyst, Charlotte, contact in the Word page header, employer headings with roles beneath, VITA volunteer",
    name="Jordan T. Ellison", contact=["Concord, NC 28027", "704-555-0153", "jordan.ellison@mailbox.com"],
    headings={"work": "Experience", "volunteer": "Volunteer"},
    before=[("Summary", ["WFM analyst with four years in forecasting, scheduling and real-time management for a multi-client contact center, and three years as an agent before that. Verint, Calabrio, Excel."])],
    entries=[
        E("Workforce Management Analyst", "Piedmont Interaction Services", "Charlotte, NC", "2022-06", "present", "none", None, [
            "Forecast volume and AHT by interval for 5 client lines; build weekly schedules in Verint",
            "Capacity plans for hiring classes and peak season",
            "Present forecast accuracy and service-level variance in the weekly ops review"]),
        E("Real-Time Adherence Analyst", "Piedmont Interaction Services", "Charlotte, NC", "2020-10", "2022-05", "none", None, [
            "Watched queues and adherence, called overtime and VTO, logged exceptions"]),
        E("Customer Care Professional – Utility Account", "Queen City Contact Center", "Charlotte, NC", "2017-03", "2020-09", "facing", "contact_center", [
            "Start/stop/transfer service, high-bill complaints, payment arrangements"]),
        E("Volunteer Tax Preparer (VITA)", "Cabarrus Community Action", "Concord, NC", "2019-01", "2019-04", "facing", "volunteering", [
            "Prepared returns in person for low-income filers during tax season"], section="volunteer", etype="volunteer"),
        E("Server", "Magnolia Diner", "Kannapolis, NC", "2014-05", "2017-02", "facing", "in_person_service", []),
    ],
    after=[("Education", ["UNC Charlotte – B.A. Communication Studies (2016)"]),
           ("Tools", ["Verint WFM, Calabrio, NICE CXone, Excel (Erlang C models), Power BI"])],
))

# w029 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w029", ext="md", md="h3", order="title_org", dates="mon", present="till date", sep=" – ",
    family="Indian assistant manager (operations) from inbound telecom sales, Gurugram, Markdown h3 titles, summer internship in a store",
    name="Manpreet Kaur Sandhu", contact=["DLF Phase 3, Gurugram", "+91 98711 60482", "manpreet.sandhu@mailbox.in"],
    headings={"work": "Professional Experience"}, bullet="-",
    before=[("Professional Summary", ["10 years in BPO – from inbound sales agent to Assistant Manager for a 120-seat telecom process. Strong in people management, shrinkage control and hiring."])],
    entries=[
        E("Assistant Manager – Operations", "Aravali Outsourcing Solutions", "Gurugram", "2023-01", "present", "none", None, [
            "Manage 4 Team Leaders and 110+ advisors on an inbound telecom sales process",
            "Own headcount, attrition, shrinkage and hiring plans; weekly MBR with site head",
            "Drive R&R, engagement activities and TL development plans"]),
        E("Team Leader – Inbound Sales (Telecom)", "Aravali Outsourcing Solutions", "Gurugram", "2019-04", "2022-12", "facing", "contact_center", [
            "Led team of 18 advisors on postpaid sales; conversion improved from 11% to 16%",
            "Took supervisor calls and callbacks for dissatisfied customers",
            "Daily huddles, call barging, feedback and PIP"]),
        E("Sales Executive – Inbound Voice", "Kalka Teleservices Pvt. Ltd.", "Gurugram", "2016-10", "2019-03", "facing", "contact_center", [
            "Converted inbound enquiry calls for DTH and broadband connections"]),
        E("Summer Intern", "Yamuna Retail Pvt. Ltd.", "New Delhi", "2015-06", "2015-07", "facing", "in_person_service", [
            "Conducted customer feedback survey on the store floor and helped with stock audit"], etype="internship"),
    ],
    after=[("Education", ["BBA – Guru Gobind Singh Indraprastha University, 2016"]),
           ("Achievements", ["Best TL – Q2 2021", "Six Sigma Yellow Belt"])],
))

# w030 ------------------------------------------------------------------------------------------
R.append(dict(
    id="w030", ext="pdf", renderer="fpdf2", layout="left", order="dash", dates="mon", present="Present", sep=" - ",
    caps_headings=False, head_rgb255=(0, 0, 0),
    family="South African offshore UK-account consultant, Gqeberha, fpdf2 left header, 'Title – Employer, Town' lines, job-seeking gap",
    name="Ayanda Qwabe", contact=["Motherwell, Gqeberha", "Cell: 078 551 0943", "Email: ayanda.qwabe@mailbox.co.za"],
    headings={"work": "Employment History"},
    before=[("Personal Summary", ["Young and energetic customer service consultant working on a UK retail account. I am punctual, I listen, and I want to grow into a quality or team leader role."])],
    entries=[
        E("Customer Service Consultant - UK Retail Account", "Nelson Bay Global Services", "Gqeberha", "2024-01", "present", "facing", "contact_center", [
            "Calls and webchats from UK customers about deliveries, returns and refunds",
            "Achieved 90%+ CSAT in six of the last eight months"]),
        E("Back Office Agent - Returns", "Nelson Bay Global Services", "Gqeberha", "2023-03", "2023-12", "affecting", None, [
            "Processed returns and refund cases in the queue and updated order records"]),
        E("Job seeking and short courses", None, None, "2022-05", "2023-02", "none", None, [
            "Completed a Microsoft Office course and the Harambee work-readiness programme"], etype="unknown"),
        E("Waitron", "Summerstrand Steakhouse", "Summerstrand", "2019-11", "2022-04", "facing", "in_person_service", [
            "Served tables, took orders, handled bills and card machines"]),
        E("Petrol Attendant", "Walmer Fuel Stop", "Walmer", "2018-01", "2019-12", "facing", "in_person_service", [], prec="year"),
    ],
    after=[("Education", ["National Senior Certificate - Ndzondelelo High School (2017)"]),
           ("References", ["Mr T. Booysen - Team Leader, Nelson Bay Global Services - 041 555 0177"])],
))
