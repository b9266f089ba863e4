"""wild78 résumés w016–w030 (one dict each renders the file and its gold line)."""
from lib import E

DEFS = []

# ---------------------------------------------------------------- w016 Saudi retail/sales, html
DEFS.append(dict(
    id="w016", ext="html", r="html", hdr="pipe", ds="mm/yyyy", pw="Now", sep=" - ",
    family="Saudi sales and customer-service CV as a web page, 'Title | Employer | Town' headings, warehouse supervisor",
    name="Faisal Mohammed Al-Harbi",
    contact=["Riyadh 12271, Saudi Arabia", "Mobile: 0556 218 904", "E-mail: faisal.alharbi@mailbox.sa",
             "Nationality: Saudi • Date of birth: 22/07/1993 • Marital status: Married • Driving licence: valid"],
    pre=[("Objective", ["Looking for a showroom or key-account role with a growing automotive or retail group."]),
         ("Education", ["Diploma in Marketing, Riyadh College of Technology, 2014"])],
    exp="Work Experience",
    entries=[
        E("Showroom Sales Executive", "Najd Auto Trading Co.", "Riyadh", "2022-01", "present", "facing", "sales_account", [
            "Welcome walk-in customers, present models and arrange test drives",
            "Prepare quotations and bank finance applications and close deals",
            "Follow up customers after delivery for the first service"]),
        E("Warehouse Supervisor", "Najd Auto Trading Co.", "Riyadh – Spare Parts DC", "2019-08", "2021-12", "affecting", None, [
            "Supervised receiving, binning and dispatch of spare parts to branches and workshops",
            "Ran cycle counts and kept picking accuracy above 99%"]),
        E("Customer Service Representative", "Rawabi Mobile", "Riyadh Call Centre", "2017-03", "2019-07", "facing", "contact_center", [
            "Answered customers' calls in Arabic and English about bills, packages and roaming",
            "Activated services and raised complaints in the CRM"]),
        E("Cashier", "Al Khair Hypermarket", "Riyadh", "2015-01", "2017-02", "facing", "in_person_service", [
            "Operated the checkout and handled cash, mada and credit card payments"]),
    ],
    post=[("Courses", ["Professional Selling Skills (2022)", "Excel for Inventory Control (2020)"]),
          ("Languages", ["Arabic – native", "English – very good"]),
          ("References", ["Available on request"])],
))

# ---------------------------------------------------------------- w017 Jordan IT, reportlab plain centred
DEFS.append(dict(
    id="w017", ext="pdf", r="reportlab", layout="plain", centre=True, hdr="title_org", ds="mon", pw="Present", sep=" – ", bul="•",
    family="Jordanian IT support CV, reportlab centred header, title with right-aligned dates, network admin and freelance web work",
    name="Omar Yousef Al-Masri",
    contact=["Irbid, Jordan  •  +962 78 330 1146  •  omar.almasri@mailbox.jo", "Nationality: Jordanian  •  Born 1995  •  Single"],
    pre=[("SUMMARY", ["IT support specialist with banking and e-commerce experience, comfortable with end users, servers and "
                      "small business clients."]),
         ("TECHNICAL SKILLS", ["Windows Server & Active Directory, Office 365, Cisco CCNA, ServiceNow, WordPress, PHP, MySQL"])],
    exp="EXPERIENCE",
    entries=[
        E("IT Help Desk Officer", "Amman Union Bank", "Head Office, Amman", "2023-02", "present", "facing", "internal_support", [
            "Resolve staff tickets on passwords, printers, Outlook and the core banking client",
            "Visit branches to set up workstations and support tellers on site",
            "Maintain the knowledge base of common fixes"]),
        E("Network Administrator", "Amman Union Bank", "Data Centre, Amman", "2021-06", "2023-01", "none", None, [
            "Configured switches, firewalls and VPN tunnels for 38 branches",
            "Monitored servers and applied patches during night maintenance windows"]),
        E("Customer Support Agent (Live Chat)", "Souqly", "Amman (remote)", "2019-09", "2021-05", "facing", "digital_service", [
            "Answered shoppers on live chat and WhatsApp about orders, refunds and deliveries",
            "Raised tickets with couriers for lost parcels and kept customers updated"]),
        E("Freelance Web Developer", "Self-employed", "Irbid", "2018-01", "2019-08", "facing", "entrepreneurial_freelance", [
            "Met shop owners to agree requirements and built WordPress sites for them",
            "Trained clients to update their own content"], etype="freelance"),
        E("Field Training Student", "Petra Telecom", "Irbid", "2017-06", "2017-08", "none", None, [
            "Assisted engineers with fibre splicing records and site surveys"], etype="internship", section="other",
          head="INDUSTRIAL TRAINING"),
    ],
    post=[("EDUCATION", ["B.Sc. Computer Information Systems, Yarmouk University, 2018"]),
          ("LANGUAGES", ["Arabic (native), English (very good)"]),
          ("REFERENCES", ["Furnished upon request"])],
))

# ---------------------------------------------------------------- w018 Nigeria FMCG, docx tabs
DEFS.append(dict(
    id="w018", ext="docx", r="docx", layout="tabs", hdr="org_title", ds="mon-yy", pw="Date", sep=" – ", bul="➢",
    family="Nigerian FMCG sales CV, Word tab-stop dates, employer line first then title, POS business and NYSC",
    name="Ibrahim Olamide Yusuf",
    contact=["No. 5 Ring Road, Ibadan, Oyo State  |  0809 227 5510  |  ibrahim.yusuf@mailbox.ng"],
    pre=[("Personal Information", ["Date of Birth: 18/11/1994", "State of Origin: Kwara", "LGA: Ilorin West",
                                   "Sex: Male", "Marital Status: Single", "Religion: Islam"]),
         ("Career Objective", ["To grow with a reputable FMCG company as a key account executive."])],
    exp="Work Experience",
    entries=[
        E("Sales Representative (Van Sales)", "Ekoland Beverages Ltd", "Ibadan Depot", "2022-05", "present", "facing", "sales_account", [
            "Cover a route of 140 retail outlets and open new outlets in Bodija and Ojoo",
            "Take orders, deliver from the van and collect cash from customers",
            "Set up coolers and point-of-sale materials in shops"], resp="Responsibilities:"),
        E("Dispatch Officer", "Ekoland Beverages Ltd", "Ibadan Depot", "2020-09", "2022-04", "affecting", None, [
            "Planned truck loading against distributor orders and prepared waybills",
            "Reconciled returned empties and breakages"], resp="Responsibilities:"),
        E("POS Operator / Business Owner", "Olamide Ventures", "Ojoo, Ibadan", "2019-12", "2020-08", "facing", "entrepreneurial_freelance", [
            "Ran a POS cash-out and bill-payment stand serving market traders and students"], etype="freelance"),
        E("Corps Member – Local Government Secretariat", "Iseyin Local Government", "Iseyin", "2018-11", "2019-10", "none", None, [
            "Assisted in the personnel department with staff files and nominal roll"]),
    ],
    post=[("Education", ["B.Sc. Economics, University of Ilorin, 2017", "NYSC Discharge Certificate, 2019"]),
          ("Skills", ["Route planning, negotiation, MS Excel, SAP (sales order)"]),
          ("Referees", ["Mr. Adewale Ogunleye, Area Sales Manager, Ekoland Beverages – 0803 778 2201",
                        "Alhaji Musa Bello, Head of Personnel, Iseyin Local Government – 0805 440 1132"])],
))

# ---------------------------------------------------------------- w019 Kenya aviation/hospitality, markdown
DEFS.append(dict(
    id="w019", ext="md", r="md", hdr="datescolon", ds="yy", pw="Present", sep=" – ", bul="*", mdh="",
    family="Kenyan airport ground-handling CV in Markdown, 'dates: title' lines, load control and a ticketing attachment",
    name="Brian Kiprotich Rotich",
    contact=["Embakasi, Nairobi", "0725 660 914 · brian.rotich@mailbox.co.ke", "DOB: 09/1997 · ID: 33XXXX09 · Good Conduct: valid"],
    pre=[("Career Objective", ["To advance in airline passenger services and later in station management."]),
         ("Education", ["Diploma in Airline Operations & Travel, Nairobi Aviation Institute (2016 – 2018)",
                        "KCSE, Kapsabet Boys High School (2015), C+"])],
    exp="Employment History",
    entries=[
        E("Ground Services Agent (Check-in & Gate)", "Simba Aviation Handling", "JKIA, Nairobi", "2022-03", "present", "facing", "in_person_service", [
            "Check in passengers for four foreign carriers and handle excess baggage payments",
            "Board flights at the gate and assist passengers with special needs",
            "Rebook passengers after delays and cancellations"]),
        E("Load Control Officer", "Simba Aviation Handling", "JKIA, Nairobi", "2020-07", "2022-02", "none", None, [
            "Prepared load sheets and weight-and-balance calculations for narrow-body flights",
            "Sent load messages (LDM, CPM) to destination stations"]),
        E("Waiter", "Kahawa Corner Café", "Westlands", "2018-11", "2020-06", "facing", "in_person_service", [
            "Took orders, served customers and handled M-Pesa payments"]),
        E("Attachee – Ticketing Office", "Coastline Bus Services", "Nairobi CBD", "2018-05", "2018-08", "facing", "in_person_service", [
            "Sold tickets to travellers at the booking office and answered route enquiries"], etype="internship"),
    ],
    post=[("Skills", ["Amadeus Altéa DCS, IATA dangerous goods awareness, customer care"]),
          ("Hobbies", ["Athletics, travel"]),
          ("Referees", ["1. Mr. Daniel Wekesa, Duty Manager, Simba Aviation Handling – 0711 300 208",
                        "2. Mrs. Joyce Kamande, Owner, Kahawa Corner Café – 0722 881 450"])],
))

# ---------------------------------------------------------------- w020 South Africa insurance, reportlab sidebar
DEFS.append(dict(
    id="w020", ext="pdf", r="reportlab", layout="sidebar", shade=(0.93, 0.9, 0.84), hdr="title_org", ds="MON", pw="PRESENT", sep=" - ", bul="-",
    family="South African insurance CV, reportlab with coloured left sidebar, capital-letter month dates, graduate programme",
    name="Thandeka Zanele Khumalo", tagline="Claims & Client Service",
    contact=[],
    side=[("CONTACT", ["17 Jacaranda Street, Randburg", "073 551 8047", "thandeka.khumalo@mailbox.co.za"]),
          ("PERSONAL DETAILS", ["ID: 95XXXXXXXX08X", "Gender: Female", "Citizenship: South African", "Licence: Code B, own car"]),
          ("LANGUAGES", ["English", "isiZulu", "Sesotho"]),
          ("COMPETENCIES", ["Claims assessment", "FAIS & TCF", "Excel", "Guidewire"])],
    pre=[("PROFILE", ["BCom Actuarial Science graduate now working in short-term insurance claims, with client-service "
                      "and sales experience."])],
    exp="EXPERIENCE",
    entries=[
        E("Claims Assessor – Motor", "Protea Mutual Insurance", "Johannesburg", "2023-01", "present", "affecting", None, [
            "Assess motor claims against policy wording and approve repair quotes",
            "Appoint panel beaters and assessors and review fraud indicators",
            "Prepare repudiation letters for the client service team"]),
        E("Client Service Consultant", "Protea Mutual Insurance", "Johannesburg", "2021-03", "2022-12", "facing", "contact_center", [
            "Answered policyholders' calls about cover, premiums and claim status",
            "Processed policy amendments and cancellations"]),
        E("Graduate Intern – Actuarial", "Protea Mutual Insurance", "Johannesburg", "2020-02", "2021-02", "none", None, [
            "Ran reserving models and data checks for quarterly reporting"], etype="internship"),
        E("Funeral Policy Sales Agent", "Ubuntu Life Brokers", "Soweto", "2018-06", "2019-12", "facing", "sales_account", [
            "Sold funeral cover to walk-in clients at the Maponya branch and at community events",
            "Explained policy benefits and completed applications"], etype="paid"),
        E("Maths Tutor (volunteer)", "Grace Fellowship Church", "Soweto", "2016-02", "2018-05", "facing", "volunteering", [
            "Helped Grade 10–12 learners with Maths on Saturday mornings"], section="volunteer", etype="volunteer",
          head="COMMUNITY INVOLVEMENT"),
    ],
    post=[("EDUCATION", ["BCom Actuarial Science, University of the Witwatersrand, 2019", "Matric, Morris Isaacson High School, 2014"]),
          ("REFERENCES", ["Mr K. Pillay, Claims Manager, Protea Mutual – 011 880 2213",
                          "Ms L. Molefe, Branch Manager, Ubuntu Life Brokers – 011 938 4402"])],
))

# ---------------------------------------------------------------- w021 Egypt pharmacy, docx heading styles
DEFS.append(dict(
    id="w021", ext="docx", r="docx", layout="styles", hdr="title_org", ds="month", pw="Present", sep=" – ", bul="style",
    family="Egyptian pharmacist CV, Word heading styles with list bullets, summer training coded as a season",
    name="Dr. Nourhan Adel Farouk",
    contact=["Smouha, Alexandria, Egypt", "+20 111 602 4489 | nourhan.farouk@mailbox.eg",
             "Date of birth: 2 May 1996 | Nationality: Egyptian | Syndicate ID: available"],
    pre=[("Career Objective", ["Community pharmacist looking to join a pharmacy chain in the Gulf as a senior pharmacist."])],
    exp="Experience",
    entries=[
        E("Community Pharmacist", "Shifa Pharmacies", "Smouha branch, Alexandria", "2022-07", "present", "facing", "healthcare_care", [
            "Dispense prescriptions and counsel patients on dosage and side effects",
            "Recommend OTC products and measure blood pressure and glucose",
            "Handle insurance prescriptions and monthly stock orders"]),
        E("Medical Representative", "Nilecare Pharma", "Alexandria", "2020-10", "2022-06", "facing", "sales_account", [
            "Visited physicians and pharmacies to promote cardiovascular products",
            "Achieved 112% of the 2021 sales target"]),
        E("Inpatient Pharmacist (Unit-Dose)", "Alexandria Sea View Hospital", "Alexandria", "2019-03", "2020-09", "affecting", None, [
            "Prepared unit-dose medication carts for the wards from physicians' orders",
            "Checked IV admixtures prepared by technicians",
            "Reviewed orders for interactions and contacted prescribers"]),
        E("Summer Trainee – Quality Control", "Delta Pharma Industries", "Tanta", "2017-06", "2017-08", "none", None, [
            "Performed dissolution and assay tests on tablets under supervision"], etype="internship", section="other",
          dt="Summer 2017"),
    ],
    post=[("Education", ["Bachelor of Pharmaceutical Sciences, Alexandria University – Very Good with honours (2018)"]),
          ("Skills", ["Clinical counselling, insurance claims, inventory, MS Office"]),
          ("Languages", ["Arabic (native), English (fluent), French (basic)"])],
))

# ---------------------------------------------------------------- w022 Ghana utility, txt
DEFS.append(dict(
    id="w022", ext="txt", r="txt", hdr="dash", ds="m/yyyy", pw="Till date", sep=" - ", bul="", width=92, rpad=False,
    family="Ghanaian utility CV pasted as text, 'Title – Employer, Town | dates', no bullet marks, meter reader and forecourt job",
    name="Yaw Boakye Asamoah",
    contact=["House No. 41, Anaji Estate, Takoradi", "Mobile: 054 288 1307", "Email: yaw.asamoah@mailbox.com.gh",
             "Date of Birth: 10th October 1994 | Hometown: Nkawkaw | Marital status: Single"],
    pre=[("OBJECTIVE", ["To serve customers of a utility or financial institution with diligence and integrity."]),
         ("EDUCATIONAL BACKGROUND", ["2013 - 2017  Takoradi Technical University - HND Marketing",
                                    "2009 - 2012  Mfantsipim School - WASSCE"])],
    exp="WORK EXPERIENCE",
    entries=[
        E("Customer Service Officer", "Southern Power Distribution Co.", "Takoradi District Office", "2021-05", "present", "facing", "in_person_service", [
            "Attend to customers at the district office on bills, new connections and prepaid meter problems",
            "Register complaints and dispatch fault teams",
            "Vend prepaid credit and reconcile daily sales"]),
        E("Meter Reader", "Southern Power Distribution Co.", "Takoradi", "2019-02", "2021-04", "affecting", None, [
            "Read postpaid meters on a route of about 1,200 premises each month",
            "Reported broken seals and suspected illegal connections to revenue protection"]),
        E("Forecourt Attendant", "Tema Fuel Services", "Takoradi", "2017-11", "2019-01", "facing", "in_person_service", [
            "Fuelled customers' vehicles, checked tyre pressure and collected payment"]),
        E("Teaching Assistant (National Service)", "Sekondi Senior High School", "Sekondi", "2017-09", "2018-08", "facing", "education", [
            "Taught Core English to Form 1 students and marked exercises"], note="(served alongside weekend fuel station job)"),
    ],
    post=[("SKILLS", ["Customer care, cash handling, MS Office, Twi, Fante, English"]),
          ("REFEREES", ["Mr. Kweku Arthur - District Manager, Southern Power Distribution Co. - 024 551 0089",
                        "Mrs. Esi Quansah - Headmistress, Sekondi SHS - 020 331 7742"])],
))

# ---------------------------------------------------------------- w023 Uganda telecom, fpdf2 centred
DEFS.append(dict(
    id="w023", ext="pdf", r="fpdf2", centre=True, hdr="title_org", ds="month", pw="Present", sep=" – ", bul="■",
    family="Ugandan telecom and mobile-money CV, fpdf2 centred header, title with right dates and employer below",
    name="Patience Auma Okello",
    tagline="Mobile Money & Customer Operations",
    contact=["Ntinda, Kampala  |  +256 704 338 120  |  patience.okello@mailbox.ug",
             "Date of birth: 1995  |  Nationality: Ugandan  |  Marital status: Single"],
    pre=[("CAREER OBJECTIVE", ["To contribute to a customer-obsessed telecom team while growing into channel management."])],
    exp="WORK EXPERIENCE",
    entries=[
        E("Agent Network Supervisor", "PearlTel Uganda Ltd", "Kampala North", "2023-01", "present", "facing", "sales_account", [
            "Recruit, train and visit 160 mobile money agents in my territory",
            "Resolve agents' float and commission complaints on site",
            "Track agent activity and deactivate dormant agents"], resp="Key responsibilities:"),
        E("Billing Officer", "PearlTel Uganda Ltd", "Head Office", "2021-04", "2022-12", "affecting", None, [
            "Ran monthly postpaid bill cycles and investigated billing exceptions",
            "Corrected tariff set-up errors before bills were sent"], resp="Key responsibilities:"),
        E("Customer Care Representative", "PearlTel Uganda Ltd", "Kampala Road Service Centre", "2019-02", "2021-03", "facing", "in_person_service", [
            "Served walk-in customers on SIM swaps, mobile money reversals and data issues"], resp="Key responsibilities:"),
        E("SIM Registration Promoter", "Bright Channels Ltd", "Kampala", "2018-03", "2019-01", "facing", "in_person_service", [
            "Registered new SIM cards for customers at roadside kiosks and markets"]),
    ],
    post=[("EDUCATION", ["Bachelor of Business Administration, Makerere University Business School, 2017",
                         "UACE, Gayaza High School, 2013"]),
          ("REFEREES", ["Mr. Joseph Ssali, Channel Manager, PearlTel Uganda Ltd, +256 772 401 880",
                        "Ms. Harriet Namutebi, Billing Manager, PearlTel Uganda Ltd, +256 752 664 019"])],
))

# ---------------------------------------------------------------- w024 Saudi petrochemical, docx table per job
DEFS.append(dict(
    id="w024", ext="docx", r="docx", layout="table", hdr="title_org", ds="mon.", pw="Present", sep=" – ", bul="•",
    family="Saudi petrochemical technician CV, Word borderless table per job, field service engineer at client plants, apprenticeship",
    name="Abdulrahman Saleh Al-Dossary",
    contact=["Al Jubail Industrial City, Eastern Province, KSA", "Mob: +966 50 338 1927  |  abdulrahman.dossary@mailbox.sa",
             "Nationality: Saudi  |  DOB: 04/1990  |  Marital status: Married (3 children)"],
    pre=[("Career Objective", ["Instrumentation professional seeking a senior field service or maintenance position."])],
    exp="Employment History",
    entries=[
        E("Field Service Engineer", "Gulf Process Controls Co.", "Dammam", "2021-01", "present", "facing", "other_facing", [
            "Commission and troubleshoot analysers and control valves at customers' plants",
            "Train customers' operators on new equipment and explain service reports to plant managers",
            "Handle warranty claims raised by customers"]),
        E("Maintenance Planner", "Eastern Gulf Petrochemical Co.", "Jubail", "2017-09", "2020-12", "none", None, [
            "Planned preventive maintenance work orders in SAP PM for the polymer unit",
            "Scheduled shutdown jobs and spare parts"]),
        E("Instrumentation Technician", "Eastern Gulf Petrochemical Co.", "Jubail", "2012-03", "2017-08", "none", None, [
            "Calibrated transmitters and maintained DCS field instruments"]),
        E("Apprentice (Industrial Training Programme)", "Jubail Technical Institute", "Jubail", "2010-09", "2012-02", "none", None, [],
          etype="internship"),
    ],
    post=[("Education", ["Diploma in Instrumentation & Control, Jubail Technical Institute, 2012"]),
          ("Certifications", ["Yokogawa CENTUM VP Operation & Maintenance", "H2S & Confined Space Entry"]),
          ("Languages", ["Arabic, English"])],
))

# ---------------------------------------------------------------- w025 Nigeria hospital lab, html
DEFS.append(dict(
    id="w025", ext="html", r="html", hdr="dash", ds="yyyy-mm", pw="Present", sep=" to ",
    family="Nigerian medical laboratory scientist CV as a web page, 'Title – Employer' headings, NYSC at a primary health centre",
    name="Blessing Chioma Eze",
    contact=["12 Bode Thomas Street, Surulere, Lagos", "Phone: 0706 113 4408", "E-mail: blessing.eze@mailbox.ng",
             "Date of Birth: 25/01/1994 | State of Origin: Enugu | Sex: Female"],
    pre=[("Objective", ["To deliver accurate laboratory results and compassionate patient care in a reputable hospital."])],
    exp="Work Experience",
    entries=[
        E("Medical Laboratory Scientist", "Lagoon View Hospital", "Surulere", "2021-09", "present", "affecting", None, [
            "Run haematology and clinical chemistry analysers and validate results",
            "Perform internal quality control and calibration",
            "Phone critical results to the wards"]),
        E("Sample Collection Officer", "Lagoon View Hospital", "Surulere", "2020-08", "2021-08", "facing", "healthcare_care", [
            "Collected blood samples from outpatients and children at the phlebotomy room",
            "Explained fasting and sample instructions to patients"]),
        E("Corps Member – Laboratory Unit (NYSC)", "Primary Health Centre, Oworonshoki", "Lagos", "2019-07", "2020-06", "facing", "healthcare_care", [
            "Carried out malaria and HIV rapid tests for clinic patients",
            "Gave health talks to pregnant women at antenatal clinic"]),
        E("Intern Medical Laboratory Scientist", "University of Nigeria Teaching Hospital", "Enugu", "2018-06", "2019-05", "affecting", None, [
            "Rotated through microbiology, haematology and histopathology benches",
            "Processed specimens and prepared slides"], etype="internship"),
    ],
    post=[("Education", ["B.MLS, University of Nigeria, Nsukka, 2017", "Licensed by the Medical Laboratory Science Council of Nigeria"]),
          ("Referees", ["Dr. Funke Adeyemi, Head of Laboratory, Lagoon View Hospital – 0802 330 1176",
                        "Mr. Chinedu Obi, Chief Medical Laboratory Scientist – 0803 447 2290"])],
))

# ---------------------------------------------------------------- w026 Egypt banking, docx header
DEFS.append(dict(
    id="w026", ext="docx", r="docx", layout="header", hdr="orgfirst", ds="mm/yyyy", pw="Present", sep=" - ", bul="•",
    family="Egyptian banker CV, name and contact in the Word page header, employer heading with several roles beneath",
    name="Karim Tarek Mansour",
    contact=["Heliopolis, Cairo | +20 109 771 2035 | karim.mansour@mailbox.eg"],
    pre=[("Profile", ["Banker with nine years across retail branches, the call center and AML monitoring."])],
    exp="Work Experience",
    entries=[
        E("AML Transaction Monitoring Analyst", "Misr Crescent Bank", "Head Office, New Cairo", "2023-06", "present", "none", None, [
            "Review alerts from the monitoring system and escalate suspicious transactions",
            "Write case narratives for the MLRO"]),
        E("Personal Banker", "Misr Crescent Bank", "Heliopolis Branch", "2020-04", "2023-05", "facing", "in_person_service", [
            "Served walk-in customers with account opening, cards and certificates of deposit",
            "Resolved customers' complaints and cross-sold credit cards"]),
        E("Branch Operations Officer (Back Office)", "Misr Crescent Bank", "Heliopolis Branch", "2018-01", "2020-03", "affecting", None, [
            "Processed transfers, standing orders and cheque clearing for the branch",
            "Verified signatures and account documentation"]),
        E("Call Center Agent", "Delta Commercial Bank", "Cairo", "2016-02", "2017-12", "facing", "contact_center", [
            "Answered cardholders' calls on balances, disputes and card blocking"]),
    ],
    post=[("Education", ["Bachelor of Commerce – Accounting, Cairo University, 2015"]),
          ("Certificates", ["Certified AML Specialist (CAMS) – 2024", "Egyptian Banking Institute – Branch Banking Diploma"]),
          ("Military Status", ["Exempted"])],
))

# ---------------------------------------------------------------- w027 Kenya teacher, reportlab twocol 2 pages
DEFS.append(dict(
    id="w027", ext="pdf", r="reportlab", layout="twocol", hdr="title_org", ds="year", pw="To date", sep=" – ", bul="•",
    footer="Curriculum Vitae of Jane Moraa Nyakundi — page {p}",
    family="Kenyan secondary teacher CV, reportlab two-column header, two pages with footer, year-only dates, exam marking and BOM teacher",
    name="Jane Moraa Nyakundi", tagline="TSC No. 5XXXX7 · Chemistry/Biology",
    contact=["P.O. Box 442 – 40200, Kisii", "0721 503 688", "jane.nyakundi@mailbox.co.ke", "ID: 24XXXX61 · Married"],
    pre=[("CAREER OBJECTIVE", ["To nurture learners' curiosity in science and to contribute to school leadership and "
                               "curriculum implementation under the CBC."]),
         ("PERSONAL DETAILS", ["Date of birth: 1987", "Nationality: Kenyan", "Religion: Christian (SDA)",
                               "Languages: English, Kiswahili, Ekegusii"])],
    exp="WORK EXPERIENCE",
    entries=[
        E("Deputy Principal (Academics)", "Kisii Hills Girls' Secondary School", "Kisii", "2021", "present", "facing", "education", [
            "Prepare the school timetable and supervise syllabus coverage",
            "Teach Chemistry to two Form 3 streams",
            "Chair academic clinics with parents after each exam"], prec="year", resp="Duties and responsibilities:"),
        E("Teacher of Chemistry & Biology", "Kisii Hills Girls' Secondary School", "Kisii", "2014", "2020", "facing", "education", [
            "Taught Chemistry and Biology to Forms 1–4 and ran practical sessions",
            "Patron of the Science Congress club"], prec="year", resp="Duties and responsibilities:"),
        E("Contracted Examiner – Chemistry Paper 2", "National Examinations Marking Centre", "Nairobi", "2016", "2019", "affecting", None, [
            "Marked KCSE Chemistry scripts during the December marking exercise each year",
            "Checked marks entry and moderated samples for the chief examiner"], prec="year", etype="freelance",
          resp="Duties and responsibilities:"),
        E("B.O.M. Teacher", "Nyamache Mixed Day Secondary School", "Nyamache", "2012", "2013", "facing", "education", [], prec="year"),
        E("Student Teacher (Teaching Practice)", "Kereri Boys High School", "Kisii", "2011-05", "2011-08", "facing", "education", [
            "Taught Biology to Form 2 under the supervision of the HOD Science"], etype="internship",
          dt="May – Aug 2011"),
    ],
    post=[("ACADEMIC QUALIFICATIONS", ["2008 – 2012  Bachelor of Education (Science), Kenyatta University — Second Class Upper",
                                      "2004 – 2007  KCSE, Kisii Girls High School — A-"]),
          ("PROFESSIONAL DEVELOPMENT", ["CBC training for secondary teachers (2023)", "SMASSE in-service training (2015)",
                                       "Guidance and counselling certificate (2018)"]),
          ("AWARDS", ["Best Chemistry teacher, Kisii County (2019)"]),
          ("HOBBIES AND INTERESTS", ["Reading, gardening, choir"]),
          ("REFEREES", ["Mr. Josphat Onyancha, Principal, Kisii Hills Girls' Secondary School, 0733 508 122",
                        "Dr. Mary Kerubo, Lecturer, Kenyatta University, 0722 870 415",
                        "Mrs. Rose Nyaboke, Chairperson BOM, Nyamache Mixed Day Secondary, 0710 338 906"])],
))

# ---------------------------------------------------------------- w028 South Africa casino/security, txt
DEFS.append(dict(
    id="w028", ext="txt", r="txt", hdr="title_org", ds="mm/yyyy", pw="current", sep=" - ", bul="•", ul="", crlf=True, width=80,
    family="South African casino and security CV pasted as text with CRLF line ends, title line with padded dates and employer below",
    name="Lwazi Tebogo Molefe",
    contact=["Cell: 076 220 4519 | Email: lwazi.molefe@mailbox.co.za", "Address: 9 Protea Crescent, Rustenburg, 0299"],
    pre=[("PERSONAL DETAILS", ["ID Number: 90XXXXXXXX08X", "Nationality: South African", "Languages: Setswana, English, Afrikaans",
                               "PSIRA Grade: C (registered)", "Driver's licence: Code 10"]),
         ("CAREER OBJECTIVE", ["To work in guest-facing casino operations and grow into a pit boss role."])],
    exp="WORK HISTORY",
    entries=[
        E("Gaming Dealer (Croupier)", "Marula Sun Casino", "Rustenburg", "2022-08", "present", "facing", "in_person_service", [
            "Deal blackjack, roulette and poker to players and explain game rules to new guests",
            "Handle chip exchanges and payouts accurately",
            "Report suspicious play to surveillance"]),
        E("Slots Technician", "Marula Sun Casino", "Rustenburg", "2021-03", "2022-07", "affecting", None, [
            "Repaired and serviced slot machines in the workshop and cleared machine faults"]),
        E("CCTV Control Room Operator", "Sentinel Guarding Services", "Rustenburg", "2019-05", "2021-02", "none", None, [
            "Monitored CCTV cameras at a platinum mine and logged incidents",
            "Dispatched reaction officers by radio"]),
        E("Security Officer", "Sentinel Guarding Services", "Waterfall Mall, Rustenburg", "2017-01", "2019-04", "facing", "other_facing", [
            "Controlled access at mall entrances and assisted shoppers with directions and lost children",
            "Responded to incidents and wrote occurrence book entries"]),
    ],
    post=[("EDUCATION", ["Matric (Grade 12) - Bafokeng High School - 2008",
                         "Gaming Dealer Course (Blackjack, Roulette) - Marula Sun Academy - 2022"]),
          ("REFERENCES", ["Mr D. van Wyk - Table Games Manager - Marula Sun Casino - 014 552 9910",
                          "Mrs N. Sithole - Site Supervisor - Sentinel Guarding Services - 014 597 2231"])],
))

# ---------------------------------------------------------------- w029 Jordan humanitarian NGO, docx sidebar
DEFS.append(dict(
    id="w029", ext="docx", r="docx", layout="sidebar", fill="E8EFE3", hdr="dash", ds="mon", pw="Present", sep=" – ", bul="•",
    family="Jordanian humanitarian NGO CV, Word shaded two-column layout table, 'Title – Employer' lines, hotline and freelance translation",
    name="Hala Mahmoud Al-Zoubi",
    contact=["Mafraq – Jordan", "+962 77 409 5531", "hala.zoubi@mailbox.jo"],
    side=[("Personal", ["Nationality: Jordanian", "Born: 1994", "Status: Single"]),
          ("Languages", ["Arabic – native", "English – fluent"]),
          ("Skills", ["Case management", "KoBo Toolbox", "Referral pathways", "PSEA"])],
    pre=[("Profile", ["Humanitarian worker with eight years in refugee response in northern Jordan."])],
    exp="Experience",
    entries=[
        E("Protection Assistant", "Hope Bridges International", "Mafraq", "2022-04", "present", "facing", "other_facing", [
            "Conduct intake interviews with refugee families at the community centre and home visits",
            "Refer cases to legal, health and cash partners and follow up"]),
        E("Cash Assistance Hotline Operator", "Hope Bridges International", "Mafraq", "2020-06", "2022-03", "facing", "contact_center", [
            "Answered beneficiaries' calls on eligibility and payment dates",
            "Logged complaints and feedback in the CFM database"]),
        E("Logistics Assistant", "Levant Relief Alliance", "Zarqa", "2018-09", "2020-05", "affecting", None, [
            "Procured and tracked food and hygiene kits for distributions",
            "Prepared waybills and warehouse stock reports"]),
        E("Freelance Translator (Arabic–English)", "Self-employed", "Irbid", "2017-01", "2018-08", "affecting", None, [
            "Translated assessment reports and training materials for NGOs, delivered by e-mail"], etype="freelance"),
    ],
    post=[("Education", ["BA English Language and Literature, Al al-Bayt University, 2016"]),
          ("Trainings", ["Psychological First Aid (2021)", "Safe Referrals (2022)"]),
          ("References", ["Available upon request"])],
))

# ---------------------------------------------------------------- w030 Ghana ministry, markdown
DEFS.append(dict(
    id="w030", ext="md", r="md", hdr="labelled", ds="month", pw="Present", sep=" – ", bul="-",
    labels=("Position", "Institution", "Station", "Duration"),
    family="Ghanaian civil-service CV in Markdown, labelled Position/Institution/Duration blocks, client service unit and protocol",
    name="Akosua Serwaa Owusu",
    contact=["Sunyani, Bono Region, Ghana", "Tel: 0244 710 983 / 0501 338 220", "Email: akosua.owusu@mailbox.com.gh"],
    pre=[("Personal Data", ["Date of Birth: 14th January, 1991", "Place of Birth: Techiman", "Nationality: Ghanaian",
                            "Marital Status: Married", "Religion: Christian"]),
         ("Objective", ["To apply my knowledge of public administration and client service in a progressive institution."])],
    exp="Work Experience",
    entries=[
        E("Client Service Unit Officer", "Ministry of Local Government, Regional Office", "Sunyani", "2022-03", "present", "facing", "in_person_service", [
            "Handle walk-in enquiries and complaints from the public and direct them to the right units",
            "Keep the complaints register and report monthly on response times"], resp="Schedule of duties:"),
        E("Protocol Officer", "Bono Regional Coordinating Council", "Sunyani", "2019-08", "2022-02", "facing", "other_facing", [
            "Received and escorted visiting dignitaries and delegations",
            "Arranged seating and programmes for official ceremonies"], resp="Schedule of duties:"),
        E("Executive Officer (Registry)", "Bono Regional Coordinating Council", "Sunyani", "2016-01", "2019-07", "none", None, [
            "Opened, recorded and routed incoming letters and files",
            "Maintained the confidential registry"], resp="Schedule of duties:"),
        E("National Service Personnel – Front Desk", "Techiman Municipal Assembly", "Techiman", "2014-09", "2015-08", "facing", "in_person_service", [
            "Received visitors at the front desk and helped them fill business permit forms"]),
    ],
    post=[("Education", ["MA Public Administration, GIMPA (2020)", "BA Political Science, University of Ghana (2014)"]),
          ("Referees", ["Mr. Kwame Adjei, Regional Coordinating Director – 0208 113 477",
                        "Mrs. Comfort Boadu, Head of Registry – 0244 520 981"]),
          ("Declaration", ["I declare that the particulars given above are true."])],
))
