"""wild78 résumés w001–w015 (one dict each renders the file and its gold line)."""
from lib import E

DEFS = []

# ---------------------------------------------------------------- w001 Nigeria, bank, reportlab plain
DEFS.append(dict(
    id="w001", ext="pdf", r="reportlab", layout="plain", hdr="title_org", ds="month", pw="Date", sep=" – ",
    footer="Curriculum Vitae: Chiamaka A. Okonkwo                                                                    Page {p} of 2",
    family="Nigerian banker, long CV with personal data and objective, reportlab single column over two pages with footer, 'Responsibilities:' blocks, NYSC and SIWES",
    name="Chiamaka Adaeze Okonkwo",
    contact=["No. 14 Adeniyi Jones Close, Ikeja, Lagos State", "Tel: 0803 418 2290 | E-mail: chiamaka.okonkwo@mailbox.ng"],
    pre=[("PERSONAL DATA", ["Date of Birth: 12th August, 1995", "State of Origin: Anambra", "L.G.A.: Njikoka",
                            "Marital Status: Single", "Nationality: Nigerian"]),
         ("CAREER OBJECTIVE", ["To work in a dynamic banking environment where my interpersonal skills and knowledge of "
                               "retail operations will add value to the organisation and its customers."])],
    exp="WORK EXPERIENCE",
    entries=[
        E("Customer Service Officer", "Crestfield Bank Plc", "Allen Avenue Branch, Ikeja", "2021-03", "present", "facing", "in_person_service", [
            "Attend to walk-in customers in the banking hall and resolve account enquiries",
            "Open individual and corporate accounts and complete KYC documentation",
            "Log and follow up complaints on ATM dispense errors until closure",
            "Issue debit cards, cheque books and token devices to customers"], resp="Responsibilities:"),
        E("Teller (Contract Staff)", "Crestfield Bank Plc", "Oregun Branch, Lagos", "2019-06", "2021-02", "facing", "in_person_service", [
            "Received cash and cheque deposits and paid withdrawals across the counter",
            "Balanced till at close of business and reported overages and shortages",
            "Referred customers to sales officers for loans and savings products"], resp="Responsibilities:"),
        E("Mathematics Teacher (NYSC Corps Member)", "Government Secondary School, Ankpa", "Kogi State", "2018-03", "2019-02", "facing", "education", [
            "Taught Mathematics to SS1 and SS2 classes of about 60 students",
            "Organised free evening WAEC revision lessons as my Community Development Service"], resp="Responsibilities:"),
        E("Industrial Trainee (SIWES)", "Benue Valley Microfinance Bank", "Makurdi", "2016-07", "2016-12", "affecting", None, [
            "Posted deposit and withdrawal vouchers into the core banking application",
            "Filed account opening forms and scanned mandates for the operations unit",
            "Assisted with daily reconciliation of the suspense account"], etype="internship", resp="Responsibilities:"),
    ],
    post=[("EDUCATIONAL QUALIFICATIONS", ["B.Sc. Banking and Finance (Second Class Upper) – Benue State University, 2017",
                                         "West African Senior School Certificate (WASSCE) – 2011",
                                         "First School Leaving Certificate – 2005"]),
          ("SKILLS", ["Customer relationship management, Finacle, Microsoft Office, cash handling, fluent English and Igbo"]),
          ("HOBBIES", ["Reading, travelling, meeting people"]),
          ("REFEREES", ["Mr. Emeka Nwosu, Branch Service Manager, Crestfield Bank Plc – 0805 331 7720",
                        "Dr. (Mrs.) Ngozi Ukah, Senior Lecturer, Benue State University – 0703 119 4452"]),
          ("DECLARATION", ["I hereby declare that the information given above is true to the best of my knowledge."])],
))

# ---------------------------------------------------------------- w002 Ghana telecom, docx heading styles
DEFS.append(dict(
    id="w002", ext="docx", r="docx", layout="styles", hdr="title_org", ds="mon", pw="Present", sep=" - ", bul="style",
    family="Ghanaian telecom customer-care CV, Word heading styles and list bullets, national service at a regional office",
    name="Kwabena Ofori-Atta Mensah",
    contact=["P. O. Box KN 2281, Kaneshie, Accra", "+233 24 551 8093  •  kofori.mensah@mailbox.com.gh"],
    pre=[("Objective", ["Hardworking and patient customer care professional seeking a team leader role in a contact centre."]),
         ("Personal Details", ["Date of birth: 03/04/1996", "Hometown: Akropong-Akuapem", "Languages: English, Twi, Ga, Ewe (basic)"])],
    exp="Working Experience",
    entries=[
        E("Customer Care Executive", "AsanteLink Telecommunications Ltd", "Accra", "2022-01", "present", "facing", "contact_center", [
            "Handle an average of 90 inbound calls a day on data bundles, billing and SIM swaps",
            "Resolve mobile money reversal requests and escalate fraud cases to the risk desk",
            "Update customer records on Siebel and close tickets within agreed SLA"]),
        E("Customer Service Attendant", "AsanteLink Telecommunications Ltd", "Accra Mall Service Centre", "2020-05", "2021-12", "facing", "in_person_service", [
            "Served walk-in customers with SIM registration, replacements and device set-up",
            "Explained tariff plans and sold data bundles and accessories"]),
        E("Mobile Money Vendor", "Self-employed", "Kasoa", "2019-10", "2020-04", "facing", "entrepreneurial_freelance", etype="freelance", bullets=[
            "Ran my own mobile money and airtime kiosk by the lorry station",
            "Performed cash-in and cash-out transactions for customers and kept float records"]),
        E("National Service Personnel", "Eastern Regional Coordinating Council", "Koforidua", "2018-09", "2019-08", "none", None, [
            "Typed letters and minutes of management meetings",
            "Kept the incoming and outgoing correspondence register and filed memos"]),
    ],
    post=[("Education", ["BA Sociology with Political Science, University of Cape Coast (2014 – 2018)",
                         "WASSCE, Presbyterian Boys' Senior High School (2011 – 2014)"]),
          ("Skills", ["Siebel CRM, MS Word and Excel, conflict resolution, cash handling"]),
          ("Referees", ["Mrs. Abena Darko, Contact Centre Supervisor, AsanteLink Telecommunications Ltd, 024 771 0394",
                        "Rev. Samuel Tetteh, Presbyterian Church of Ghana, Kaneshie, 020 883 1256"])],
))

# ---------------------------------------------------------------- w003 Kenya NGO, fpdf2 left
DEFS.append(dict(
    id="w003", ext="pdf", r="fpdf2", hdr="org_title", ds="mm/yyyy", pw="to date", sep=" - ", bul="•",
    family="Kenyan NGO community-health CV, fpdf2 left-aligned header, employer line first with dates then title, industrial attachment",
    name="Akinyi Grace Odhiambo",
    tagline="Community Health | Monitoring & Evaluation",
    contact=["P.O. Box 3312-40100, Kisumu  ·  0722 604 918  ·  akinyi.odhiambo@mailbox.co.ke",
             "ID No. 29XXXX81  ·  Nationality: Kenyan  ·  Marital status: Married"],
    pre=[("PROFILE", ["Public health graduate with seven years with community-based organisations in Nyanza, working with "
                      "community health volunteers (CHVs), households and county health teams."])],
    exp="EMPLOYMENT HISTORY",
    entries=[
        E("Programme Officer – Community Health", "Tumaini Health Initiative", "Kisumu", "2022-02", "present", "facing", "healthcare_care", [
            "Supervise 45 CHVs and accompany them on household visits to screen under-fives for malnutrition",
            "Hold monthly health education sessions with mothers' groups at dispensaries",
            "Prepare quarterly donor reports and budget reviews"]),
        E("Monitoring & Evaluation Assistant", "Tumaini Health Initiative", "Kisumu", "2019-07", "2022-01", "affecting", None, [
            "Designed and administered beneficiary feedback surveys in 12 villages and analysed the results",
            "Cleaned programme data and uploaded monthly indicators to DHIS2",
            "Drafted learning briefs that changed how home visits were scheduled"]),
        E("Field Enumerator (contract)", "Savanna Insights Ltd", "Siaya & Homa Bay", "2018-09", "2019-03", "none", None, [
            "Administered a household expenditure questionnaire on tablets for a national study",
            "Synced completed interviews daily and reported refusals to the field supervisor"]),
        E("Industrial Attachment – Health Records", "Kisumu County Referral Hospital", "Kisumu", "2017-05", "2017-08", "affecting", None, [
            "Retrieved and filed patient files for outpatient clinics",
            "Coded discharge summaries using ICD-10 under supervision"], etype="internship"),
        E("Youth Volunteer", "Lakeside Youth Volunteers", "Nyalenda", "2016-01", "2017-04", "facing", "volunteering", [
            "Distributed food and hygiene kits to flood-affected families at the camp",
            "Registered families and answered their questions at the help table"], section="volunteer", etype="volunteer",
          head="VOLUNTEER WORK"),
    ],
    post=[("EDUCATION", ["BSc Public Health, Maseno University, 2013–2017", "KCSE (B+), Kisumu Girls High School, 2012"]),
          ("PROFESSIONAL TRAINING", ["Data Quality Assessment for Health Programmes (2021)", "First Aid & Basic Life Support (2020)"]),
          ("REFEREES", ["Dr. Otieno Were, Executive Director, Tumaini Health Initiative – 0733 119 508",
                        "Ms. Lilian Chebet, Health Records Officer, Kisumu County Referral Hospital – 0711 402 775",
                        "Mr. Peter Kamau, Field Manager, Savanna Insights Ltd – 0720 551 330"])],
))

# ---------------------------------------------------------------- w004 South Africa, txt
DEFS.append(dict(
    id="w004", ext="txt", r="txt", hdr="labelled", ds="month", pw="Present", sep=" to ", bul="-", ul="-",
    labels=("Position", "Company", "Area", "Period"), capsname=True,
    family="South African call-centre CV pasted as text, labelled Position/Company/Period blocks, learnership and retail",
    name="Nomvula Precious Dlamini",
    contact=["Cell: 071 448 2093 / 063 102 7715", "Email: nomvula.dlamini@mailbox.co.za",
             "Address: 22 Mkhize Road, KwaMashu, Durban, 4360"],
    pre=[("PERSONAL INFORMATION", ["Surname: Dlamini", "First names: Nomvula Precious", "ID number: 96XXXXXXXX08X",
                                   "Gender: Female", "Home language: isiZulu", "Other languages: English, isiXhosa",
                                   "Driver's licence: Code 08", "Health: Excellent", "Criminal record: None"]),
         ("CAREER OBJECTIVE", ["I am a self-motivated person who wants to grow in the contact centre industry."])],
    exp="EMPLOYMENT HISTORY",
    entries=[
        E("Call Centre Agent (Collections)", "Umhlanga Credit Solutions", "Umhlanga Ridge", "2023-02", "present", "facing", "contact_center", [
            "Making outbound calls to customers in arrears and negotiating payment arrangements",
            "Handling inbound queries about statements and settlement letters",
            "Meeting daily PTP (promise to pay) targets"], resp="Duties:", note="Reason for leaving: n/a (currently employed)"),
        E("Learner – Contact Centre Learnership (NQF 4)", "Ikhwezi Skills Academy", "Durban", "2022-02", "2023-01", "facing", "contact_center", [
            "Classroom training on call handling, POPIA and customer service",
            "Workplace placement taking calls on the municipal water and electricity fault line"],
          etype="internship", resp="Duties:", note="Reason for leaving: Learnership completed"),
        E("Cashier", "SaveMore Hyper", "Pinetown", "2020-03", "2022-01", "facing", "in_person_service", [
            "Scanning items, taking cash and card payments and cashing up",
            "Selling airtime, electricity and lotto at the till"], resp="Duties:", note="Reason for leaving: to join learnership"),
        E("General Assistant (Receiving)", "SaveMore Hyper", "Pinetown", "2019-01", "2020-02", "affecting", None, [
            "Offloading delivery trucks at the back door and checking stock against invoices",
            "Packing stock into the storeroom and reporting damages to the receiving clerk"], resp="Duties:",
          note="Reason for leaving: promoted to cashier"),
    ],
    post=[("EDUCATIONAL BACKGROUND", ["Highest grade passed: Grade 12 (Matric), Ziphathe High School, 2017",
                                     "Subjects: English, isiZulu, Business Studies, Accounting, Life Orientation, Mathematical Literacy"]),
          ("COMPUTER LITERACY", ["MS Word, Excel, Outlook, dialler systems"]),
          ("REFERENCES", ["Mr S. Naidoo – Team Leader, Umhlanga Credit Solutions – 031 566 2290",
                          "Mrs T. Mthembu – Front End Manager, SaveMore Hyper Pinetown – 031 702 4418"])],
))

# ---------------------------------------------------------------- w005 Uganda hotel, reportlab sidebar
DEFS.append(dict(
    id="w005", ext="pdf", r="reportlab", layout="sidebar", hdr="pipe", ds="mon", pw="Present", sep=" – ", bul="•",
    family="Ugandan hotel front-office CV, reportlab with shaded left sidebar (personal data, languages, referees), pipe title line",
    name="Brenda Nakato Ssempijja", tagline="Front Office Supervisor",
    contact=["Plot 7, Main Street, Jinja", "+256 772 418 903"],
    side=[("CONTACT", ["Plot 7, Main Street, Jinja", "+256 772 418 903", "brenda.nakato@mailbox.ug"]),
          ("PERSONAL DATA", ["Date of birth: 21 Feb 1993", "Nationality: Ugandan", "Marital status: Single", "Religion: Catholic"]),
          ("LANGUAGES", ["English – fluent", "Luganda – native", "Kiswahili – good", "French – basic"]),
          ("SKILLS", ["Opera PMS, Fidelio", "Cash handling", "Guest complaint handling", "Group check-in"]),
          ("REFEREES", ["Mr. Ronald Okello, General Manager, Nile Crest Hotel, +256 701 552 118",
                        "Ms. Sarah Atim, Tutor, Crested Hospitality Institute, +256 782 310 664"])],
    pre=[("PROFILE", ["Warm and organised hotel professional with 10 years in front office, reservations and food & "
                      "beverage service at lakeside and upcountry hotels."])],
    exp="WORK EXPERIENCE",
    entries=[
        E("Front Office Supervisor", "Nile Crest Hotel", "Jinja", "2021-09", "present", "facing", "in_person_service", [
            "Supervise 8 receptionists and porters across three shifts",
            "Check in tour groups and handle guest complaints and room moves",
            "Approve cashier floats and audit the night report"]),
        E("Reservations Assistant", "Nile Crest Hotel", "Jinja", "2019-04", "2021-08", "facing", "contact_center", [
            "Answered reservation calls and e-mails from guests and tour operators",
            "Quoted rates, confirmed bookings and sent pro-forma invoices"]),
        E("Receptionist", "Kabale Hills Lodge", "Kabale", "2016-06", "2019-03", "facing", "in_person_service", [
            "Welcomed guests, allocated rooms and settled bills",
            "Booked gorilla-trekking transfers for guests"]),
        E("Industrial Training (Hotel Attachment)", "Speke Rise Hotel", "Kampala", "2015-06", "2015-09", "facing", "in_person_service", [
            "Rotated through restaurant service, bar and front desk",
            "Served breakfast buffet and took room service orders"], etype="internship"),
    ],
    post=[("EDUCATION", ["Diploma in Hotel & Institutional Catering, Crested Hospitality Institute, Kampala, 2014–2016",
                         "Uganda Advanced Certificate of Education (UACE), Mt. St. Mary's Namagunga, 2013"]),
          ("DECLARATION", ["I, Brenda Nakato, certify that the above information is correct."])],
))

# ---------------------------------------------------------------- w006 Egypt BPO, docx tab stops
DEFS.append(dict(
    id="w006", ext="docx", r="docx", layout="tabs", hdr="title_org", ds="mm/yyyy", pw="Present", sep=" – ", bul="•",
    family="Egyptian BPO CV, Word right tab-stop dates, several roles at one outsourcer, military service listed",
    name="Ahmed Samir Abdel-Fattah", tagline="Customer Experience & Workforce Management",
    contact=["Nasr City, Cairo, Egypt  |  +20 100 448 2719  |  ahmed.abdelfattah@mailbox.eg",
             "Date of birth: 14/09/1994  |  Military status: Completed  |  Marital status: Married"],
    pre=[("Summary", ["Seven years in a multilingual contact centre serving European telecom and internet customers, "
                      "from agent to team leader, now in workforce planning."]),
         ("Languages", ["Arabic (native), English (C1), German (B1)"])],
    exp="Professional Experience",
    entries=[
        E("Workforce Planning Analyst", "Nileline Outsourcing S.A.E.", "Smart Village, Giza", "2024-03", "present", "affecting", None, [
            "Forecast weekly call and chat volumes for two German ISP accounts",
            "Build agent schedules and adjust breaks intraday to protect the service level",
            "Report adherence and shrinkage to operations managers"]),
        E("Team Leader – Technical Support", "Nileline Outsourcing S.A.E.", "Smart Village, Giza", "2021-08", "2024-02", "facing", "contact_center", [
            "Led a team of 14 agents on an English-language broadband support line",
            "Took over escalated calls from dissatisfied customers and called back repeat callers",
            "Ran daily huddles and coached agents on first-call resolution"]),
        E("Technical Support Agent (English/German)", "Nileline Outsourcing S.A.E.", "Smart Village, Giza", "2019-06", "2021-07", "facing", "contact_center", [
            "Troubleshot router, Wi-Fi and line faults for residential customers by phone",
            "Booked engineer visits and documented cases in Salesforce"]),
        E("Conscript – Administrative Clerk", "Armed Forces (Compulsory Military Service)", "Alexandria", "2017-10", "2019-01", "none", None, [
            "Kept personnel leave records and typed daily orders for the unit commander"], etype="military"),
    ],
    post=[("Education", ["Bachelor of Commerce (English Section), Ain Shams University, 2016 – Grade: Good"]),
          ("Certifications", ["COPC Customer Experience Standard – Awareness (2022)", "ITIL 4 Foundation (2023)"]),
          ("Computer Skills", ["Excel (pivot tables, Power Query), NICE IEX, Salesforce, Genesys"])],
))

# ---------------------------------------------------------------- w007 Saudi hospital, markdown
DEFS.append(dict(
    id="w007", ext="md", r="md", hdr="title_org", ds="mon", pw="Present", sep=" - ", bul="-", mdh="###",
    family="Saudi hospital patient-services CV in Markdown, h3 titles with dates, co-op training at the pharmacy store",
    name="Reem Abdullah Al-Qahtani",
    contact=["Riyadh, Kingdom of Saudi Arabia", "Mobile: +966 55 418 2076", "Email: reem.alqahtani@mailbox.sa",
             "Nationality: Saudi | Date of Birth: 1996 | Iqama/ID: available on request"],
    pre=[("Career Objective", ["Seeking a patient experience role in a leading healthcare provider where I can use my "
                               "bilingual communication skills and knowledge of insurance processes."])],
    exp="Work Experience",
    entries=[
        E("Patient Relations Officer", "Al Wafa Medical City", "Riyadh", "2023-05", "present", "facing", "in_person_service", [
            "Receive patient and family complaints at the Patient Relations office and in the wards",
            "Investigate complaints with department heads and reply within 72 hours",
            "Run the monthly patient satisfaction survey and present results"]),
        E("Insurance Approval Coordinator", "Al Wafa Medical City", "Riyadh", "2021-02", "2023-04", "facing", "in_person_service", [
            "Submitted pre-authorisation requests to insurance companies through the TPA portals",
            "Explained approval status and rejected items to patients at the approvals desk",
            "Followed up pending approvals by phone with insurers"]),
        E("Medical Coder", "Dar Al Salam Polyclinic", "Riyadh", "2019-09", "2021-01", "affecting", None, [
            "Coded outpatient visits with ICD-10-AM and CPT for insurance claims",
            "Corrected coding errors returned by the billing team to reduce claim rejections"]),
        E("Co-op Trainee – Pharmacy Store", "King Fahad Road Hospital", "Riyadh", "2019-01", "2019-06", "affecting", None, [
            "Received medicines from suppliers and checked expiry dates",
            "Prepared ward requisitions and updated stock cards"], etype="internship"),
    ],
    post=[("Education", ["Bachelor of Health Information Management – Princess Noura College of Health Sciences (2018)"]),
          ("Certificates", ["CPC-A (AAPC) – 2020", "Basic Life Support – 2023"]),
          ("Languages", ["Arabic: native", "English: very good"])],
))

# ---------------------------------------------------------------- w008 Nigeria oil & gas, fpdf2 centred, 2 pages, footer
DEFS.append(dict(
    id="w008", ext="pdf", r="fpdf2", centre=True, hdr="dash", ds="mon", pw="Till Date", sep=" - ", bul="»",
    footer="Curriculum Vitae – Tamunotonye Briggs – Page {p}",
    family="Nigerian oil-and-gas CV, fpdf2 centred header, two pages with footer, 'Title – Employer, Town' with right dates",
    name="Tamunotonye Ibiso Briggs",
    contact=["Plot 33, Trans-Amadi Layout, Port Harcourt, Rivers State", "08093 417 226, 07062 188 440  |  tonye.briggs@mailbox.ng"],
    pre=[("PERSONAL DETAILS", ["Sex: Male", "Date of Birth: 2nd June, 1990", "State of Origin: Rivers State",
                               "Local Government Area: Okrika", "Marital Status: Married", "Religion: Christianity"]),
         ("CAREER OBJECTIVE", ["To build a career in health, safety, environment and logistics in the oil and gas "
                               "industry, contributing to zero-incident operations."]),
         ("EDUCATIONAL BACKGROUND", ["Rivers State University of Science and Technology – B.Tech. Chemical Engineering (2:1), 2014",
                                    "Government Secondary School, Okrika – SSCE, 2008"]),
         ("PROFESSIONAL CERTIFICATIONS", ["NEBOSH International General Certificate (2018)", "OPITO BOSIET with CA-EBS (2022)",
                                         "ISO 45001 Lead Auditor (2023)"])],
    exp="WORKING EXPERIENCE",
    entries=[
        E("HSE Officer", "Deltaport Energy Services Ltd", "Port Harcourt", "2020-01", "present", "none", None, [
            "Issue permits to work and conduct toolbox talks on fabrication and offshore jobs",
            "Investigate incidents and near misses and track corrective actions",
            "Prepare monthly HSE statistics for the client and management"], resp="Job Responsibilities:"),
        E("Front Desk / Client Services Officer", "Rivers Marine Logistics Ltd", "Onne", "2017-04", "2019-12", "facing", "in_person_service", [
            "Received vessel agents and cargo owners at the front desk and processed berth and storage bookings",
            "Answered client enquiries on charges and cargo status and issued invoices",
            "Handled client complaints on demurrage and escalated disputes"], resp="Job Responsibilities:"),
        E("Procurement Assistant", "Rivers Marine Logistics Ltd", "Onne", "2016-03", "2017-03", "none", None, [
            "Raised purchase orders and obtained three quotations from vendors",
            "Updated the approved vendor list and tracked deliveries to the yard"], resp="Job Responsibilities:"),
        E("Admin Assistant (NYSC)", "Ministry of Budget and Planning", "Yenagoa", "2015-02", "2016-01", "none", None, [
            "Drafted memos and kept the file registry of the planning department",
            "Took minutes at weekly directorate meetings"], resp="Job Responsibilities:"),
        E("Industrial Trainee (SIWES)", "Onne Fabrication Yard", "Onne", "2012-06", "2012-11", "none", None, [
            "Assisted QA/QC inspectors with weld visual inspection and NDT records",
            "Compiled material traceability records for piping spools"], etype="internship", resp="Job Responsibilities:"),
    ],
    post=[("SKILLS AND COMPETENCIES", ["Incident investigation (ICAM), risk assessment, permit-to-work, MS Office, SAP MM"]),
          ("HOBBIES", ["Football, reading, community service"]),
          ("REFEREES", ["Engr. Sokari Georgewill, Operations Manager, Deltaport Energy Services Ltd, 0803 551 2204",
                        "Mrs. Ibinabo Harry, Head of Admin, Rivers Marine Logistics Ltd, 0805 772 3190",
                        "Dr. Ebiere Alabo, Department of Chemical Engineering, RSUST, 0802 114 9087"])],
))

# ---------------------------------------------------------------- w009 Kenya bank, docx table per job
DEFS.append(dict(
    id="w009", ext="docx", r="docx", layout="table", hdr="title_org", ds="month", pw="Present", sep=" – ", bul="–",
    family="Kenyan banking CV, Word with a borderless table per job (title/employer left, dates right), county attachment",
    name="Wanjiru Mercy Kariuki",
    contact=["P.O. Box 1047 – 20100, Nakuru", "Mobile: 0712 338 905  Email: wanjiru.kariuki@mailbox.co.ke"],
    pre=[("Personal Statement", ["A results-driven credit professional with eight years in microfinance and SME banking "
                                 "in the Rift Valley, passionate about financial inclusion."])],
    exp="Work Experience",
    entries=[
        E("Relationship Officer – SME Banking", "Jamii Trust Bank", "Nakuru Branch", "2022-06", "present", "facing", "sales_account", [
            "Manage a portfolio of 120 SME customers and visit their businesses monthly",
            "Recruit new customers and cross-sell asset finance and insurance",
            "Handle customer queries on facilities and coordinate renewals"]),
        E("Credit Analyst", "Jamii Trust Bank", "Regional Office, Nakuru", "2020-09", "2022-05", "affecting", None, [
            "Analysed loan applications and financial statements forwarded by branches",
            "Prepared credit papers for the credit committee and monitored covenants"]),
        E("Loan Officer", "Pamoja Microfinance Ltd", "Naivasha", "2018-01", "2020-08", "facing", "sales_account", [
            "Trained and registered women's groups for group loans",
            "Attended weekly group meetings to collect repayments and follow up defaulters"]),
        E("Intern – Finance Department", "County Government of Nakuru", "Nakuru", "2017-05", "2017-10", "none", None, [
            "Prepared payment vouchers and captured them in IFMIS",
            "Reconciled imprest accounts"], etype="internship"),
    ],
    post=[("Education", ["Bachelor of Commerce (Finance), Egerton University, 2013 – 2017",
                         "Kenya Certificate of Secondary Education, Bahati Girls Secondary School, 2012 – Grade B"]),
          ("Professional Courses", ["CPA Section 4 (KASNEB)", "Credit Risk Management – Kenya School of Banking (2021)"]),
          ("Hobbies", ["Hiking, mentoring girls in secondary schools"]),
          ("Referees", ["1. Mr. John Mwangi, Branch Manager, Jamii Trust Bank, Nakuru – 0722 441 908",
                        "2. Ms. Faith Chepkoech, Operations Manager, Pamoja Microfinance – 0733 120 761"])],
))

# ---------------------------------------------------------------- w010 Jordan hospitality, html
DEFS.append(dict(
    id="w010", ext="html", r="html", hdr="title_org", ds="mon", pw="Present", sep=" – ",
    family="Jordanian hospitality and tourism CV as a web page, h3 titles with floated dates, volunteer tutoring",
    name="Lina Khaled Haddad",
    contact=["Amman – Jordan", "+962 79 551 2083", "lina.haddad@mailbox.jo", "Nationality: Jordanian | Marital status: Single | Driving licence: yes"],
    pre=[("Objective", ["To join a five-star property as Guest Relations Manager."]),
         ("Languages", ["Arabic – mother tongue; English – excellent; Italian – intermediate"])],
    exp="Experience",
    entries=[
        E("Guest Relations Agent", "Zara Shores Resort & Spa", "Dead Sea", "2022-10", "present", "facing", "in_person_service", [
            "Welcome VIP and repeat guests and escort them to their rooms",
            "Handle guest requests and complaints during their stay and follow up courtesy calls",
            "Organise birthday and honeymoon amenities with housekeeping and F&B"]),
        E("Sales Coordinator", "Zara Shores Resort & Spa", "Dead Sea", "2021-03", "2022-09", "affecting", None, [
            "Prepared contracts and rate sheets for tour operators",
            "Loaded rates and allotments into the channel manager and extranets",
            "Compiled monthly production reports for the Director of Sales"]),
        E("Licensed Tour Guide", "Petra Trails Tours", "Wadi Musa", "2018-04", "2021-02", "facing", "in_person_service", [
            "Guided groups of up to 30 visitors through Petra and Wadi Rum in English and Italian",
            "Looked after guests' needs on multi-day tours"]),
        E("Volunteer English Tutor", "Jabal Amman Youth Hub", "Amman", "2016-09", "2018-03", "facing", "volunteering", [
            "Taught conversational English to refugee and local teenagers on Saturdays"],
          section="volunteer", etype="volunteer", head="Volunteering"),
    ],
    post=[("Education", ["BA in Tourism and Hospitality Management, University of Jordan, 2017"]),
          ("Training", ["Tour Guiding Licence course, Ministry of Tourism and Antiquities, 2018", "Forbes-style service standards workshop, 2023"]),
          ("References", ["Available upon request."])],
))

# ---------------------------------------------------------------- w011 South Africa municipality, reportlab twocol 2 pages
DEFS.append(dict(
    id="w011", ext="pdf", r="reportlab", layout="twocol", hdr="datesfirst", ds="mon", pw="Current", sep=" - ", bul="*",
    footer="Sipho Mahlangu  |  CV  |  page {p}",
    family="South African municipal CV, reportlab two-column header, two pages with footer, dates first then title and employer, EPWP",
    name="Sipho Jabulani Mahlangu", tagline="Revenue & Customer Care Administrator",
    contact=["Stand 4412, Extension 9, Tembisa, 1632", "Cell: 082 556 1094", "sipho.mahlangu@mailbox.co.za",
             "ID: 88XXXXXXXX08X  |  Code 10 licence"],
    pre=[("CAREER SUMMARY", ["Public servant with eleven years in local government, from an EPWP general worker to senior "
                             "administration clerk at the revenue enquiries counter. Known for patience with angry ratepayers "
                             "and for clearing account backlogs."]),
         ("PERSONAL DETAILS", ["Gender: Male", "Nationality: South African", "Marital status: Married",
                               "Languages: isiZulu, Sepedi, English, Afrikaans (fair)"])],
    exp="CAREER HISTORY",
    entries=[
        E("Senior Administration Clerk – Revenue Enquiries", "Mogale Bay Local Municipality", "Civic Centre", "2021-07", "present", "facing", "in_person_service", [
            "Attend to ratepayers at the enquiries counter on accounts, rates and meter readings",
            "Process payment arrangements and indigent applications",
            "Supervise two clerks and resolve escalated billing disputes"]),
        E("Data Capturer", "Mogale Bay Local Municipality", "Revenue Department", "2018-02", "2021-06", "affecting", None, [
            "Captured indigent subsidy applications and meter readings on the billing system",
            "Corrected account errors flagged by the billing supervisor before statements run"]),
        E("Community Development Worker (contract)", "Gauteng Department of Social Development", "Tembisa", "2015-04", "2018-01", "facing", "other_facing", [
            "Went door to door identifying households needing social grants and ID documents",
            "Referred families to SASSA and clinics and followed up on their cases"]),
        E("General Worker (EPWP)", "Mogale Bay Local Municipality", "Parks Section", "2013-06", "2015-03", "none", None, [
            "Cleared illegal dumping sites, cut grass and cleaned storm-water drains"]),
        E("Home-Based Carer (volunteer)", "Ithemba Lethu Community Care", "Tembisa", "2010-01", "2013-05", "facing", "volunteering", [
            "Visited bedridden patients at home, bathed them and reminded them to take medication"],
          section="volunteer", etype="volunteer", head="VOLUNTEER WORK"),
    ],
    post=[("QUALIFICATIONS", ["National Certificate: Municipal Finance and Administration (NQF 5), 2019",
                              "Matric (Grade 12), Tembisa Secondary School, 2007"]),
          ("SHORT COURSES", ["Batho Pele customer care, 2016", "Basic Excel, 2018"]),
          ("REFERENCES", ["Ms P. Khoza, Revenue Manager, Mogale Bay Local Municipality, 011 339 4420",
                          "Mr T. Maluleke, Supervisor, Department of Social Development, 011 722 0098",
                          "Pastor J. Nkosi, Ithemba Lethu Community Care, 072 449 1180"])],
))

# ---------------------------------------------------------------- w012 Egypt resort F&B, docx sidebar layout table
DEFS.append(dict(
    id="w012", ext="docx", r="docx", layout="sidebar", hdr="title_org", ds="mon", pw="Present", sep=" – ", bul="•",
    family="Egyptian Red Sea resort F&B CV, Word two-column layout table with shaded sidebar, kitchen and stores roles",
    name="Mostafa Hany El-Sayed",
    contact=["Hurghada, Red Sea, Egypt", "+20 122 904 3318", "mostafa.elsayed@mailbox.eg"],
    side=[("Personal", ["Born: 1991", "Nationality: Egyptian", "Military service: Exempted"]),
          ("Languages", ["Arabic", "English", "Russian (working)"]),
          ("Skills", ["Micros POS", "HACCP", "Upselling", "Staff rostering"])],
    tagline="Restaurant Supervisor – 5★ all-inclusive resorts",
    exp="WORK EXPERIENCE",
    entries=[
        E("Restaurant Supervisor", "Marsa Zahra Resort", "Hurghada", "2022-11", "present", "facing", "in_person_service", [
            "Run the à la carte Italian restaurant floor of 120 covers",
            "Take care of guest feedback and complaints at the table",
            "Train waiters on service sequence and upselling wines"]),
        E("Waiter", "Marsa Zahra Resort", "Hurghada", "2020-05", "2022-10", "facing", "in_person_service", [
            "Served breakfast, lunch and dinner buffets and à la carte guests"]),
        E("Room Service Order Taker", "Sahel Palace Hotel", "El Alamein", "2018-06", "2020-04", "facing", "contact_center", [
            "Took in-room dining orders from guests by telephone and suggested specials",
            "Passed orders to the kitchen and tracked delivery times"]),
        E("Commis I – Pastry", "Sahel Palace Hotel", "El Alamein", "2016-05", "2018-05", "affecting", None, [
            "Prepared desserts and breakfast pastries for buffets",
            "Kept the pastry section clean and labelled according to HACCP"]),
        E("F&B Storekeeper", "Sahel Palace Hotel", "El Alamein", "2015-03", "2016-04", "affecting", None, [
            "Received food deliveries, checked quality and weights and issued stock to outlets"]),
    ],
    post=[("EDUCATION", ["Diploma of Hotel Services (3 years), Technical Hotel Institute, Ismailia, 2013"]),
          ("CERTIFICATES", ["HACCP Level 2 (2019)", "Supervisory Skills – Resort Academy (2023)"])],
))

# ---------------------------------------------------------------- w013 Nigeria teacher, txt
DEFS.append(dict(
    id="w013", ext="txt", r="txt", hdr="inline", ds="month", pw="Date", sep=" - ", bul="*", ul="=",
    family="Nigerian teacher CV pasted as text, 'Title, Employer, Town (dates)' lines, school bursar and medical sales",
    name="Oluwaseun Temitope Adebayo",
    contact=["Address: Block 12, Flat 3, Lugbe FHA Estate, Abuja (FCT)", "Phone: 0816 390 2217",
             "E-mail: seun.adebayo@mailbox.ng", "Sex: Female | Marital Status: Married | State of Origin: Ogun State"],
    pre=[("OBJECTIVE", ["Seeking a challenging position in customer relations where my ten years of dealing with "
                        "pupils, parents and clients will be fully utilised."])],
    exp="WORK EXPERIENCE",
    entries=[
        E("Medical Sales Representative", "Halcyon Pharmaceuticals Ltd", "Abuja", "2023-04", "present", "facing", "sales_account", [
            "Visit hospitals, clinics and community pharmacies in Abuja to detail our antibiotics range",
            "Take orders from pharmacies and follow up payments",
            "Organise clinical meetings for doctors"]),
        E("School Bursar", "Greenfield Model Schools", "Gwarinpa, Abuja", "2020-09", "2023-03", "facing", "in_person_service", [
            "Collected school fees from parents at the bursary window and issued receipts",
            "Explained fee schedules and instalment plans to parents",
            "Prepared the termly fee-defaulters list for the proprietress"]),
        E("Class Teacher (Primary 4)", "Greenfield Model Schools", "Gwarinpa, Abuja", "2016-09", "2020-08", "facing", "education", [
            "Taught all subjects to a class of 28 pupils and wrote termly report cards",
            "Held parent-teacher meetings each term"]),
        E("Student Teacher (Teaching Practice)", "Government Day Secondary School", "Karu", "2014-05", "2014-08", "facing", "education", [
            "Taught Basic Science to JSS 2 under supervision of the subject teacher"], etype="internship"),
    ],
    post=[("EDUCATIONAL QUALIFICATIONS WITH DATES", ["2011 - 2015  B.Sc.(Ed) Biology, University of Abuja",
                                                     "2004 - 2010  SSCE, Federal Government Girls College, Bwari"]),
          ("CERTIFICATIONS", ["Teachers Registration Council of Nigeria (TRCN) certified, 2017"]),
          ("REFEREES", ["1. Mrs. Funmi Oladipo, Proprietress, Greenfield Model Schools - 0803 221 4419",
                        "2. Mr. Yakubu Danladi, Area Sales Manager, Halcyon Pharmaceuticals - 0806 117 3320"]),
          ("DECLARATION", ["I hereby declare that all information provided above is correct.", "Signature: ______   Date: ______"])],
))

# ---------------------------------------------------------------- w014 Ghana nurse, fpdf2 left
DEFS.append(dict(
    id="w014", ext="pdf", r="fpdf2", hdr="dateline", ds="yyyy-mm", pw="Present", sep=" to ", bul="-",
    family="Ghanaian nurse CV, fpdf2 left-aligned header, title, employer and dates each on their own line, IPC focal role",
    name="Efua Ampofo Boateng (RGN)",
    tagline="Registered General Nurse | Infection Prevention & Control",
    contact=["Tema Community 18, Greater Accra  •  +233 20 447 9912  •  efua.boateng@mailbox.com.gh",
             "NMC PIN: RGN 0XX41  •  Date of birth: 5th March 1992"],
    pre=[("PROFESSIONAL SUMMARY", ["Registered General Nurse with nine years of ward experience in medical and surgical "
                                   "units, and three years leading infection prevention and control activities."])],
    exp="PROFESSIONAL EXPERIENCE",
    entries=[
        E("Infection Prevention & Control (IPC) Focal Nurse", "Osu Ridge Municipal Hospital", "Accra", "2023-08", "present", "affecting", None, [
            "Conduct monthly hand-hygiene and waste-segregation audits on all wards",
            "Train nurses and cleaners on IPC procedures and outbreak protocols",
            "Compile surveillance data on hospital-acquired infections for management"]),
        E("Senior Staff Nurse – Surgical Ward", "Osu Ridge Municipal Hospital", "Accra", "2019-01", "2023-07", "facing", "healthcare_care", [
            "Provided pre- and post-operative care to up to 30 patients per shift",
            "Educated patients and relatives on wound care before discharge"]),
        E("Rotation Nurse (National Service)", "Tema General Hospital", "Tema", "2017-10", "2018-12", "facing", "healthcare_care", [
            "Rotated through medical, paediatric and emergency units giving bedside care"]),
        E("Student Nurse (Clinical Attachment)", "Ho Teaching Hospital", "Ho", "2016-06", "2016-09", "facing", "healthcare_care", [
            "Took vital signs, assisted with bathing and feeding patients under supervision"], etype="internship"),
    ],
    post=[("EDUCATION", ["BSc Nursing, University of Health and Allied Sciences, Ho (2013 – 2017)"]),
          ("LICENCE & TRAINING", ["Nursing and Midwifery Council of Ghana – licensed 2017", "IPC Champions course, 2023", "BLS, 2024"]),
          ("REFEREES", ["Mrs. Gifty Asare, Deputy Director of Nursing Services, Osu Ridge Municipal Hospital (024 331 8876)",
                        "Mr. Kofi Agyeman, Nurse Manager, Tema General Hospital (027 509 1142)"])],
))

# ---------------------------------------------------------------- w015 Uganda NGO finance, docx header
DEFS.append(dict(
    id="w015", ext="docx", r="docx", layout="header", hdr="org_title", ds="m.yyyy", pw="to date", sep=" – ", bul="-",
    footer="Referees and academic documents available on request",
    family="Ugandan NGO finance CV, name and contact in the Word page header, employer line first with dates, audit internship",
    name="Daniel Mugisha Tumusiime",
    contact=["Fort Portal City, Uganda   |   +256 755 310 884   |   daniel.tumusiime@mailbox.ug"],
    pre=[("PERSONAL PROFILE", ["A CPA (U) finalist with eight years in NGO finance, grants compliance and treasury."]),
         ("EDUCATION", ["Bachelor of Business Administration (Accounting), Mbarara University of Science and Technology, 2016",
                        "CPA (Uganda) – final level, ICPAU"])],
    exp="EMPLOYMENT RECORD",
    entries=[
        E("Finance Officer", "Rwenzori Community Development Trust", "Fort Portal", "2021-04", "present", "none", None, [
            "Prepare monthly management accounts and donor financial reports",
            "Review budgets against expenditure and advise programme managers",
            "Coordinate the annual external audit"]),
        E("Cashier", "Rwenzori Community Development Trust", "Fort Portal", "2018-11", "2021-03", "facing", "internal_support", [
            "Paid field staff per diems and activity advances at the cash office",
            "Helped staff to account for advances and retired them in the system",
            "Maintained the petty cash book and bank deposits"]),
        E("Accounts Assistant", "Kyenjojo Farmers' Cooperative Society", "Kyenjojo", "2016-09", "2018-10", "none", None, [
            "Posted receipts and payments in QuickBooks and reconciled bank accounts"]),
        E("Audit Intern", "Mugisha & Partners Certified Public Accountants", "Mbarara", "2015-06", "2015-08", "affecting", None, [
            "Vouched expenditure and tested controls for client audit files",
            "Prepared working papers under the audit senior"], etype="internship"),
    ],
    post=[("SKILLS", ["QuickBooks, Sage, Navision, MS Excel (advanced)"]),
          ("LANGUAGES", ["English, Rutooro, Runyankore, Luganda"]),
          ("DECLARATION", ["I declare that the information given here is true and complete."])],
))
