"""Résumés w001–w010."""
from lib import E

R = []

# -----------------------------------------------------------------------------
# w001 Nigerian bank customer service officer
# -----------------------------------------------------------------------------
R.append(dict(
    file="w001.pdf", render="rl",
    family="Nigerian bank customer service officer, 'PERSONAL DATA' first, date-and-employer line then 'Position:'",
    layout="reportlab, single column / date_org_pos, Mon. / 'till date'",
    author="Ogunleye Adeola", doc_title="CV - Ogunleye Adeola F",
    opts=dict(font="Times", size=10.5, head="underline", name_align="c", bchar="•", footer="Ogunleye A. F. — CV — page {n}"),
    blocks=[
        ("name", "CURRICULUM VITAE"),
        ("h", "Personal Data"),
        ("kv", [("Name", "OGUNLEYE Adeola Funmilayo (Mrs.)"),
                ("Date of Birth", "12th August, 1992"),
                ("Sex", "Female"),
                ("Marital Status", "Married"),
                ("State of Origin", "Ogun State"),
                ("L.G.A.", "Ijebu-Ode"),
                ("Nationality", "Nigerian"),
                ("Religion", "Christianity"),
                ("Contact Address", "14B Ogundana Close, off Allen Avenue, Ikeja, Lagos State"),
                ("Phone No.", "0803 555 0147, 0812 555 3390"),
                ("E-mail", "adeola.ogunleye92@mailbox.example")]),
        ("h", "Career Objective"),
        ("p", "To build a career in a customer-focused financial institution where my experience in "
              "front-office operations, cash handling and complaint resolution will add value to the "
              "organisation while I grow professionally."),
        ("h", "Work Experience with Dates"),
        ("jobs", [
            E("Customer Service Officer", "Crestline Trust Bank Plc", "Ikeja Branch, Lagos", "2020-02", "present",
              "facing", "in_person_service", [
                  "Attending to walk-in customers' enquiries and complaints and resolving them within the agreed turnaround time",
                  "Account opening (individual and SME), BVN/NIN linkage, debit card issuance and cheque book requests",
                  "Cross-selling savings plans, personal loans and the mobile app to customers",
                  "Daily balancing of the card and cheque registers and dormant account reactivation"]),
            E("Teller", "Crestline Trust Bank Plc", "Agege Branch, Lagos", "2017-06", "2020-01",
              "facing", "in_person_service", [
                  "Received cash and cheque lodgements and paid withdrawals to customers",
                  "Sorted and counted bulk cash from corporate customers and market associations",
                  "Balanced till at close of business; no cash shortage in two years"]),
            E("Corps Member – Economics Teacher", "Obi Hilltop Community Secondary School", "Obi, Nasarawa State", "2015-11", "2016-10",
              "facing", "education", [
                  "Taught Economics and Commerce to SS1–SS3 students (NYSC primary assignment)",
                  "Prepared SS3 students for WAEC and NECO examinations",
                  "Member of the Road Safety CDS group"], etype="internship"),
            E("Industrial Trainee (SIWES)", "Sagamu Bottling Company Ltd", "Sagamu, Ogun State", "2011-06", "2011-11",
              "none", None, [
                  "Filed payment vouchers and posted suppliers' invoices in the accounts department",
                  "Assisted the accountant with monthly bank reconciliation"], etype="internship"),
        ], dict(style="date_org_pos", ds=dict(style="Mon.", sep=" – ", present="till date"), duties="Responsibilities:")),
        ("h", "Voluntary Service"),
        ("jobs", [
            E("Head Usher", "Grace Covenant Assembly", "Ijebu-Ode", "2009", "2015",
              "facing", "volunteering", [
                  "Welcomed and seated worshippers and visitors at Sunday and midweek services",
                  "Coordinated a team of 12 ushers and handled first-timers' cards"],
              section="volunteer", etype="volunteer"),
        ], dict(style="date_org_pos", ds=dict(style="Mon.", sep=" – ", present="till date"), duties="Responsibilities:")),
        ("h", "Educational Background with Dates"),
        ("table", ["Institution", "Qualification", "Date"], [
            ["Adeyemi-Bello Polytechnic, Ilaro", "HND Banking and Finance (Upper Credit)", "2013 – 2015"],
            ["Adeyemi-Bello Polytechnic, Ilaro", "ND Banking and Finance", "2009 – 2011"],
            ["St. Anne's Comprehensive College, Ijebu-Ode", "WASSCE", "2003 – 2008"],
            ["Ebenezer Nursery and Primary School, Ijebu-Ode", "First School Leaving Certificate", "1997 – 2003"]],
         [2.4, 2.4, 1]),
        ("h", "Professional Certificates"),
        ("ul", ["Chartered Institute of Bankers of Nigeria (CIBN) – Part 1, 2019",
                "Certificate in Customer Service Excellence, Lagos Business Skills Centre, 2018",
                "Microsoft Office (Word, Excel, PowerPoint), 2012"]),
        ("h", "Skills and Competences"),
        ("ul", ["Good communication and interpersonal skills", "Cash handling and fraud detection",
                "Finacle core banking application", "Ability to work under pressure"]),
        ("h", "Hobbies"),
        ("p", "Reading, cooking and travelling."),
        ("h", "Referees"),
        ("refs", [
            ["Mr. Babatunde Olasunkanmi", "Branch Manager, Crestline Trust Bank Plc", "22 Alade Market Road, Ikeja, Lagos",
             "0805 555 2231"],
            ["Pastor (Mrs.) Folake Adenuga", "Grace Covenant Assembly", "3 Church Street, Ijebu-Ode, Ogun State",
             "0703 555 8812"]]),
    ]))

# -----------------------------------------------------------------------------
# w002 Ghanaian telecom customer care, docx Period table
# -----------------------------------------------------------------------------
R.append(dict(
    file="w002.docx", render="docx",
    family="Ghanaian telecom contact-centre executive, Word table 'Period | Organisation | Position | Responsibilities'",
    layout="docx, grid table / period table, Mon. / 'Date'",
    author="Abena Mensah", doc_title="Curriculum Vitae",
    opts=dict(font="Cambria", size=11, head="shaded", shade="DDEBF7", name_align="c", kv_tab_cm=4.2),
    blocks=[
        ("name", "ABENA SERWAA MENSAH", "Customer Care Executive"),
        ("contact", ["H/No. KS 114, Kasoa New Market Road, Central Region",
                     "024 555 0781 / 020 555 6613  •  abenaserwaa.mensah@post.example"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "3rd March, 1996"), ("Hometown", "Agona Swedru"), ("Region", "Central"),
                ("Ghana Card No.", "GHA-720455513-6"), ("Marital Status", "Single"),
                ("Languages", "English, Twi, Fante, Ga (basic)")]),
        ("h", "Career Objective"),
        ("p", "A patient and hardworking customer care professional seeking a position in a reputable "
              "organisation where I can use my experience in telecom and mobile money to give customers "
              "quick and accurate service."),
        ("h", "Work Experience"),
        ("ptable", [
            E("Customer Care Executive", "Lumora Telecom Ghana Ltd (Customer Contact Centre)", "Accra", "2021-03", "present",
              "facing", "contact_center", [
                  "Handle inbound calls on airtime, data bundles and mobile money reversals",
                  "Log and escalate network complaints in the Siebel CRM",
                  "Guide customers through PIN resets and SIM swaps in line with KYC rules",
                  "About 85 calls per shift with QA scores above 90%"]),
            E("Mobile Money Agent (Owner)", "Serwaa Mobile Money Enterprise", "Kasoa Old Market", "2019-01", "2021-02",
              "facing", "entrepreneurial_freelance", [
                  "Ran a mobile money kiosk: cash-in, cash-out, bill payments and school fees",
                  "Explained charges to customers and helped elderly customers register wallets",
                  "Kept a daily float book and e-cash balance"], etype="freelance"),
            E("National Service Personnel (Teaching)", "Nyanyano Sea View D/A JHS", "Awutu Senya East", "2017-09", "2018-08",
              "facing", "education", [
                  "Taught Mathematics and ICT to JHS 1 and JHS 2",
                  "Organised extra classes for BECE candidates",
                  "Assisted with sports and cultural activities"], etype="internship"),
            E("Vacation Worker – Warehouse", "Praso Beverages Distributors", "Winneba", "2016-06", "2016-08",
              "affecting", None, [
                  "Packed and labelled cartons for retailers' orders",
                  "Loaded delivery vans and checked waybills"]),
            E("Sunday School Teacher (Volunteer)", "Kasoa Calvary Methodist Church", "Kasoa", "2014", "present",
              "facing", "volunteering", [
                  "Teach the 9–12 years class every Sunday",
                  "Organise the children's Christmas programme"], section="volunteer", etype="volunteer"),
        ], dict(ds=dict(style="Mon.", sep=" – ", present="Date"), head_fill="BDD7EE", bchar="-",
                widths_cm=[2.6, 4.0, 3.4, 7.0])),
        ("h", "Educational Background"),
        ("table", ["Year", "Institution", "Qualification"], [
            ["2013 – 2017", "Central Coast University College, Winneba", "BSc. Information Technology (Second Class Lower)"],
            ["2010 – 2013", "Agona Nsaba Hill Senior High School", "WASSCE"],
            ["2007 – 2010", "Kwaman M/A JHS", "BECE"]]),
        ("h", "Certificates and Training"),
        ("ul", ["Customer Experience Foundations (in-house, Lumora Telecom Ghana), 2022",
                "Anti-Money Laundering Awareness for Mobile Money Agents, 2019",
                "First Aid Level 1, 2018"]),
        ("h", "Skills"),
        ("ul", ["Typing (45 wpm), MS Office, Siebel CRM", "Calm telephone manner; can explain technical issues simply",
                "Fluent in Twi and Fante"]),
        ("h", "Hobbies"),
        ("p", "Singing in the church choir, watching documentaries, netball."),
        ("h", "Referees"),
        ("refs", [
            ["Mr. Kwaku Boateng", "Team Leader, Lumora Telecom Ghana Ltd", "P. O. Box CT 5512, Cantonments, Accra", "Tel: 024 555 0190"],
            ["Mrs. Comfort Aidoo", "Headmistress, Nyanyano Sea View D/A JHS", "P. O. Box 41, Kasoa", "Tel: 027 555 4402"]]),
    ]))

# -----------------------------------------------------------------------------
# w003 Kenyan agent banking officer, plain text
# -----------------------------------------------------------------------------
R.append(dict(
    file="w003.txt", render="txt",
    family="Kenyan agent-banking officer pasted as plain text, caps period/employer lines then 'Position:'",
    layout="txt, caps block / caps_block, MON / 'TO DATE'",
    opts=dict(head="dash_rule", bullet="* ", width=76),
    blocks=[
        ("name", "PETER KAMAU NJOROGE", "CURRICULUM VITAE"),
        ("contact", ["P.O. Box 1042-20100, Nakuru", "Mobile: 0722 555 918", "Email: pkamau.njoroge@inbox.example"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "14/09/1993"), ("ID No.", "29555173"), ("Gender", "Male"),
                ("Nationality", "Kenyan"), ("Marital Status", "Married"),
                ("Languages", "English, Kiswahili, Kikuyu")]),
        ("h", "Professional Summary"),
        ("p", "Banking professional with six years in agency banking and mobile money. I build and look "
              "after agent networks, fix float and settlement problems quickly and keep agents compliant."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Agent Banking Officer", "BONDENI SAVINGS BANK LTD", "NAKURU", "2020-01", "present",
              "facing", "sales_account", [
                  "Recruit, vet and train new banking agents (shops, chemists and M-Pesa outlets) in Nakuru County",
                  "Visit agent outlets weekly to check float, branding and compliance",
                  "Handle complaints from agents and their customers on failed transactions and commissions",
                  "Grew active agents from 46 to 130 in two years"]),
            E("Mobile Money Attendant", "KIMANI CYBER & AGENCIES", "NAKURU", "2017-03", "2019-12",
              "facing", "in_person_service", [
                  "Served M-Pesa customers: deposits, withdrawals and float balancing",
                  "Registered new SIM lines and helped customers with PIN resets",
                  "Typing, printing and iTax returns for walk-in clients at the cyber"]),
            E("Attachee – Billing Section", "MENENGAI WATER & SANITATION CO.", "NAKURU", "2016-05", "2016-08",
              "affecting", None, [
                  "Captured meter readings into the billing system",
                  "Prepared monthly billing reports and reconciled payments"], etype="internship"),
        ], dict(style="caps_block", ds=dict(style="MON", sep=" - ", present="TO DATE"), duties="Duties:")),
        ("h", "Voluntary Work"),
        ("jobs", [
            E("Youth Mentor", "ST. KIZITO CATHOLIC PARISH", "BAHATI", "2015", "present",
              "facing", "volunteering", [
                  "Mentor teenage boys in the parish youth programme",
                  "Organise monthly career talks and the annual youth camp"], section="volunteer", etype="volunteer"),
        ], dict(style="caps_block", ds=dict(style="MON", sep=" - ", present="TO DATE"), duties="Duties:")),
        ("h", "Education"),
        ("raw", ["2012 - 2016   Bachelor of Commerce (Finance Option)",
                 "              Lanet Valley University College",
                 "2008 - 2011   Kenya Certificate of Secondary Education (KCSE) - Mean Grade B",
                 "              Mbaruk Hills Boys High School"]),
        ("h", "Professional Courses"),
        ("raw", ["2019   Certified Credit Professional (CCP) Part I",
                 "2017   Computer Packages (MS Office, Internet) - Nakuru Computer College"]),
        ("h", "Hobbies"),
        ("p", "Football, mentoring the youth, reading business magazines."),
        ("h", "Referees"),
        ("refs", [
            ["Mr. Joseph Mwangi", "Branch Manager, Bondeni Savings Bank Ltd", "P.O. Box 870-20100, Nakuru", "Tel: 0733 555 201"],
            ["Rev. Fr. Stephen Onyango", "St. Kizito Catholic Parish, Bahati", "P.O. Box 12-20113, Bahati", "Tel: 0720 555 664"],
            ["Ms. Lucy Wambui", "Proprietor, Kimani Cyber & Agencies", "Kenyatta Avenue, Nakuru", "Tel: 0711 555 039"]]),
    ]))

# -----------------------------------------------------------------------------
# w004 Jamaican BPO QA analyst, HTML
# -----------------------------------------------------------------------------
R.append(dict(
    file="w004.html", render="html",
    family="Jamaican BPO agent turned QA analyst, HTML résumé with title and right-floated dates, summer job",
    layout="html, clean css / title_org, Month / 'Present'",
    doc_title="Shanique Campbell - Resume",
    opts=dict(css="clean"),
    blocks=[
        ("name", "Shanique Tamara Campbell"),
        ("contact", ["Lot 27 Greenwood Close, Granville, St. James", "876-555-0182 | shanique.campbell@mail.example"]),
        ("h", "Profile"),
        ("p", "Customer service and quality professional with five years in a Montego Bay contact centre "
              "serving US clients and two years at a Negril resort front desk."),
        ("h", "Experience"),
        ("jobs", [
            E("Quality Assurance Analyst", "Bluewater Contact Solutions Ltd", "Montego Bay", "2023-06", "present",
              "affecting", None, [
                  "Monitor and score 40+ recorded calls and chats per week against the client scorecard",
                  "Run weekly calibration sessions with team leads",
                  "Prepare trend reports on compliance errors and coach agents on call flow"]),
            E("Customer Service Representative", "Bluewater Contact Solutions Ltd", "Montego Bay", "2021-03", "2023-05",
              "facing", "contact_center", [
                  "Handled inbound billing and technical support calls for a US cable provider",
                  "Troubleshot modems and set-top boxes over the phone",
                  "Took payments and explained bills; 4.7/5 average on post-call surveys"]),
            E("Front Desk Agent", "Seagrape Cove Resort & Spa", "Negril, Westmoreland", "2018-11", "2021-02",
              "facing", "in_person_service", [
                  "Checked guests in and out on Opera PMS",
                  "Handled guest requests and booked tours and airport transfers",
                  "Covered the night audit twice a week"]),
            E("Cashier (Summer Job)", "Mid-Island Value Mart", "Savanna-la-Mar", "2017-06", "2017-08",
              "facing", "in_person_service", [], dt="Summer 2017"),
        ], dict(style="title_org", ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Volunteer"),
        ("jobs", [
            E("Vacation Bible School Teacher", "Granville Gospel Chapel", "Granville, St. James", "2024-08", "2024-08",
              "facing", "volunteering", ["Led a class of 15 children for the one-week Bible school"], dt="August 2024",
              section="volunteer", etype="volunteer"),
        ], dict(style="title_org", ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("table", ["Years", "School", "Qualification"], [
            ["2016 – 2018", "Bluefields Community College", "Associate Degree, Business Administration"],
            ["2011 – 2016", "Petersfield Heights High School", "CSEC: 7 subjects incl. English A and Mathematics; CAPE Unit 1 Communication Studies"]]),
        ("h", "Training & Certificates"),
        ("ul", ["HEART/NSTA Trust – NVQ-J Level 2 Customer Service (2018)",
                "COPC Quality Fundamentals (2023)", "Food Handler's Permit (2017)"]),
        ("h", "Skills"),
        ("ul", ["Salesforce Service Cloud, Genesys, Opera PMS", "Call calibration and scorecards", "Excel pivot tables"]),
        ("h", "References"),
        ("refs", [["Mr. Dwayne Whyte – Operations Manager", "Bluewater Contact Solutions Ltd, Montego Bay Free Zone",
                   "876-555-0144"],
                  ["Mrs. Paulette Gordon – Front Office Manager", "Seagrape Cove Resort & Spa, Norman Manley Blvd, Negril",
                   "876-555-0173"]]),
    ]))

# -----------------------------------------------------------------------------
# w005 Trinidad doubles vendor, Markdown
# -----------------------------------------------------------------------------
R.append(dict(
    file="w005.md", render="md",
    family="Trinidadian food-stand owner and former hardware clerk, Markdown with bold title line and em-dash dates",
    layout="md, bold / dash, Mon / 'present'",
    opts=dict(hlevel="##"),
    blocks=[
        ("name", "Kevin Ramsaran", "Curriculum Vitae"),
        ("contact", ["#18 Mamoral Road, Chaguanas", "Cell: 1-868-555-0123", "kevin.ramsaran.tt@mail.example"]),
        ("h", "CAREER OBJECTIVE"),
        ("p", "Hard-working and friendly person who has served the public for ten years, looking for a "
              "supervisory position in retail or food service."),
        ("h", "WORK HISTORY"),
        ("jobs", [
            E("Owner / Operator", "Sunrise Doubles & Aloo Pie", "Chaguanas", "2020-01", "present",
              "facing", "entrepreneurial_freelance", [
                  "Run a roadside doubles stand six mornings a week, 300+ customers a day",
                  "Take orders and cash, keep the line moving and keep the regulars' credit book",
                  "Buy channa and flour wholesale, cook from 3 a.m., hire and pay two helpers"], etype="freelance"),
            E("Sales Clerk", "Ramdeen's Hardware & Lumber Ltd", "Chaguanas", "2016-05", "2019-12",
              "facing", "in_person_service", [
                  "Served contractors and walk-in customers at the hardware counter",
                  "Cut lumber and PVC to order and wrote up invoices",
                  "Helped with stock-taking every quarter"]),
            E("Stores Clerk (OJT)", "Couva Medical Supplies Ltd", "Couva", "2014-09", "2015-08",
              "affecting", None, [
                  "Received deliveries and checked them against purchase orders",
                  "Updated bin cards and the stock spreadsheet",
                  "Packed orders for pharmacies and clinics for dispatch"], etype="internship"),
            E("Counter Clerk (Christmas season)", "Chaguanas Food Mart", "Chaguanas", "2013-11", "2013-12",
              "facing", "in_person_service", [], dt="Nov – Dec 2013"),
        ], dict(style="dash", ds=dict(style="Mon", sep=" – ", present="present"))),
        ("h", "VOLUNTEER WORK"),
        ("jobs", [
            E("Steelpan Tutor", "Chaguanas Pan Stars Steel Orchestra", "Chaguanas", "2012", "present",
              "facing", "volunteering", [
                  "Teach the beginners' class (under-15s) every Saturday",
                  "Help with the junior band's arrangement for Junior Panorama"], section="volunteer", etype="volunteer"),
        ], dict(style="dash", ds=dict(style="Mon", sep=" – ", present="present"))),
        ("h", "EDUCATION"),
        ("ul", ["2019 — Certificate in Small Business Management, Central Trinidad Community College",
                "2009 – 2014 — Felicity Hill Secondary School: CSEC English A, Mathematics, Principles of Business, "
                "Food & Nutrition, Social Studies"]),
        ("h", "OTHER"),
        ("ul", ["Food Badge (Ministry of Health), renewed 2025", "Driver's Permit — light motor vehicle",
                "Interests: steelpan, cricket, cooking"]),
        ("h", "REFERENCES"),
        ("refs", [["Mr. Harry Ramdeen", "Managing Director, Ramdeen's Hardware & Lumber Ltd", "Southern Main Road, Chaguanas",
                   "1-868-555-0190"],
                  ["Ms. Candice Joseph", "Captain, Chaguanas Pan Stars Steel Orchestra", "1-868-555-0156"]]),
    ]))

# -----------------------------------------------------------------------------
# w006 South African cashier, fpdf2 with shaded sidebar
# -----------------------------------------------------------------------------
R.append(dict(
    file="w006.pdf", render="fpdf",
    family="South African cashier with a logistics learnership, fpdf2 shaded left sidebar, mm/yyyy dates",
    layout="fpdf2, sidebar / title_org, MM/YYYY / 'Current'",
    author="N P Dlamini", doc_title="Nomvula Dlamini CV",
    opts=dict(font="DejaVuSans", size=9.5, head="rule", accent=(40, 70, 110), side_fill=(232, 238, 246),
              side_full=True, side_w=150, name_align="l", name_size=15, bchar="•", ml=40, mr=40),
    top=[],
    side=[
        ("name", "Nomvula Precious Dlamini"),
        ("contact", ["17 Kingfisher Road", "Pinetown, 3610", "072 555 4410", "nomvuladlamini@webmail.example"]),
        ("h", "Personal Information"),
        ("raw", ["ID No: 980415 5555 08 7", "Gender: Female", "Nationality: South African",
                 "Driver's licence: Code 08", "Health: Excellent"]),
        ("h", "Languages"),
        ("raw", ["isiZulu (home language)", "English", "Afrikaans (basic)"]),
        ("h", "Skills"),
        ("ul", ["Cash handling", "Sage Pastel", "MS Excel", "Customer queries", "Stock counts"]),
        ("h", "Hobbies"),
        ("raw", ["Netball, baking, church choir"]),
    ],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Reliable and friendly cashier looking for a customer service or admin post where I can grow "
              "into a supervisor role."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Cashier", "Umgeni Fresh Market", "Pinetown", "2023-03", "present",
              "facing", "in_person_service", [
                  "Operate the till: cash, card, airtime and prepaid electricity sales",
                  "Assist customers with queries, refunds and lay-bys",
                  "Cash-up and hand over to the supervisor at end of shift"]),
            E("Business Administration Learner (NQF 4)", "Mhlathuze Logistics (Pty) Ltd", "Richards Bay", "2021-07", "2022-06",
              "affecting", None, [
                  "Captured proof-of-delivery notes and invoices on Pastel",
                  "Filed and scanned waybills for the transport office",
                  "Prepared the weekly fuel report for the transport manager"], etype="internship"),
            E("Brand Promoter (weekends)", "Sunvale Promotions", "Durban", "2019-01", "2021-06",
              "facing", "sales_account", [
                  "In-store tastings for a fruit juice brand in supermarkets around Durban",
                  "Spoke to shoppers, handed out samples and met weekend sales targets"]),
        ], dict(style="title_org", ds=dict(style="MM/YYYY", sep=" – ", present="Current"))),
        ("h", "Community Involvement"),
        ("jobs", [
            E("Soup Kitchen Volunteer", "Kingfisher Road Methodist Church", "Pinetown", "2017", "2018",
              "facing", "volunteering", ["Served meals to homeless people every Wednesday evening"],
              section="volunteer", etype="volunteer"),
        ], dict(style="title_org", ds=dict(style="MM/YYYY", sep=" – ", present="Current"))),
        ("h", "Education"),
        ("table", None, [
            ["2022", "Mhlathuze Logistics / Services SETA", "National Certificate: Business Administration NQF 4"],
            ["2016", "Kwadabeka Ridge Secondary School", "National Senior Certificate (Matric)"]], [0.5, 2.2, 3]),
        ("h", "References"),
        ("refs", [["Mrs. T. Naidoo", "Front-end Supervisor, Umgeni Fresh Market", "031 555 7012"],
                  ["Mr. S. Mthembu", "Transport Manager, Mhlathuze Logistics", "035 555 9903"]]),
    ]))

# -----------------------------------------------------------------------------
# w007 Ugandan enrolled nurse, docx with header/footer
# -----------------------------------------------------------------------------
R.append(dict(
    file="w007.docx", render="docx",
    family="Ugandan enrolled nurse, Word heading styles, contact in page header, clinical placement and VHT volunteering",
    layout="docx, styles + header/footer / title_org, Mon / 'To Date'",
    author="Sarah Kiwanuka", doc_title="CV Sarah Nakato Kiwanuka",
    opts=dict(font="Calibri", size=11, head="styles", hlevel=2, bul="style", rmode="tab",
              header=["SARAH NAKATO KIWANUKA", "Enrolled Nurse  |  Ntinda, Kampala  |  0772 555 318  |  snakato.kiwanuka@mail.example"],
              footer="Curriculum Vitae – Sarah Nakato Kiwanuka"),
    blocks=[
        ("h", "Personal Data"),
        ("kv", [("Date of birth", "2 February 1994"), ("Nationality", "Ugandan"), ("Marital status", "Single"),
                ("Registration", "Uganda Nurses and Midwives Council – Enrolled Nurse (active)")]),
        ("h", "Profile"),
        ("p", "Enrolled nurse with seven years in outpatient and maternal child health care at health centre "
              "level, before that records work in a private hospital. Seeking a nursing post in a busy facility."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Enrolled Nurse", "Bweyogerere East Health Centre IV", "Kampala", "2019-05", "present",
              "facing", "healthcare_care", [
                  "Triage and nursing care for 60–80 outpatients per day",
                  "Give immunisations and run the Tuesday antenatal clinic",
                  "Health education talks to mothers on nutrition and family planning"]),
            E("Records Assistant", "Seeta Hill Medical Centre", "Mukono", "2017-01", "2019-04",
              "affecting", None, [
                  "Retrieved and filed patient files for the clinics",
                  "Entered monthly HMIS data into DHIS2",
                  "Prepared the weekly disease surveillance report"]),
        ], dict(style="title_org", ds=dict(style="Mon", sep=" – ", present="To Date"))),
        ("h", "Clinical Placement During Training"),
        ("jobs", [
            E("Student Nurse (Clinical Placement)", "Ntinda District Hospital", "Kampala", "2016-01", "2016-06",
              "facing", "healthcare_care", [
                  "Rotated through maternity, paediatric and medical wards under supervision",
                  "Took vital signs, fed and bathed patients and assisted with deliveries"],
              section="other", etype="internship"),
        ], dict(style="title_org", ds=dict(style="Mon", sep=" – ", present="To Date"))),
        ("h", "Voluntary Work"),
        ("jobs", [
            E("Village Health Team (VHT) Member", "Kalagala Parish VHT Programme", "Luweero District", "2014", "2016",
              "facing", "volunteering", [
                  "Home visits to pregnant mothers and referral to the health centre",
                  "Distributed mosquito nets and ORS during campaigns"], section="volunteer", etype="volunteer"),
        ], dict(style="title_org", ds=dict(style="Mon", sep=" – ", present="To Date"))),
        ("h", "Education"),
        ("table", ["Period", "Institution", "Award"], [
            ["2014 – 2016", "Kisaasi Hill School of Nursing", "Certificate in Nursing"],
            ["2011 – 2012", "Kalagala Hill Secondary School", "UACE"],
            ["2007 – 2010", "Kalagala Hill Secondary School", "UCE"]]),
        ("h", "Short Courses"),
        ("ul", ["Integrated Management of Childhood Illness (IMCI), 2021", "Basic Life Support, 2023",
                "Infection Prevention and Control, 2020"]),
        ("h", "Languages"),
        ("p", "English (fluent), Luganda (native), Runyankole (fair)"),
        ("h", "Referees"),
        ("refs", [["Sr. Margaret Nalwoga", "In-charge, Bweyogerere East Health Centre IV", "P.O. Box 7055, Kampala", "0701 555 227"],
                  ["Mr. Ivan Mugisha", "Medical Records Officer, Seeta Hill Medical Centre", "P.O. Box 310, Mukono", "0752 555 904"]]),
    ]))

# -----------------------------------------------------------------------------
# w008 Zambian logistics officer, plain text labelled
# -----------------------------------------------------------------------------
R.append(dict(
    file="w008.txt", render="txt",
    family="Zambian logistics officer from the Copperbelt, plain text with 'Employer : / Position : / Period :' blocks",
    layout="txt, labelled / labelled, Month / 'Present'",
    opts=dict(head="caps_rule", bullet="* ", crlf=True),
    blocks=[
        ("name", "CURRICULUM VITAE"),
        ("h", "Personal Details"),
        ("kv", [("Full Name", "Mwansa Chileshe Bwalya"), ("Address", "House No. 2145, Chimwemwe Township, Kitwe"),
                ("Cell", "+260 977 555 402"), ("E-mail", "mwansa.bwalya@zmail.example"),
                ("NRC No", "555512/61/1"), ("Date of Birth", "21st June, 1994"), ("Sex", "Male"),
                ("Nationality", "Zambian"), ("Languages", "English, Bemba, Nyanja")]),
        ("h", "Career Objective"),
        ("p", "To contribute my logistics and stores experience to a growing transport or mining supply company."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Logistics Officer", "Chamboli Haulage Ltd", "Kitwe", "2020-04", "present",
              "facing", "other_facing", [
                  "Plan truck trips for copper cathode exports to Durban and Dar es Salaam",
                  "Prepare transit documents and customs entries with the clearing agents",
                  "Track the fleet on the GPS system and report delays",
                  "Phone and WhatsApp clients daily with truck positions, border waiting times and ETAs"]),
            E("Stores Clerk", "Nkana Engineering Supplies Ltd", "Kitwe", "2017-02", "2020-03",
              "affecting", None, [
                  "Received goods and raised GRNs",
                  "Conducted monthly stock counts",
                  "Posted receipts and issues in Sage"]),
            E("Part-time Mathematics Tutor", None, "Chimwemwe, Kitwe", "2015", "2017",
              "facing", "education", [
                  "Evening lessons for Grade 9 and Grade 12 pupils preparing for ECZ examinations"], etype="freelance"),
            E("General Worker", "Kapisha Brickworks", "Chingola", "2013", "2014",
              "none", None, ["Moulded and stacked bricks and loaded the kilns"]),
        ], dict(style="labelled", ds=dict(style="Month", sep=" - ", present="Present"), duties="Duties :")),
        ("h", "Education and Qualifications"),
        ("raw", ["2015 - 2017  Diploma in Purchasing and Supply, Copperbelt College of Commerce",
                 "2008 - 2012  Grade 12 School Certificate, Chawama Hills Day Secondary School"]),
        ("h", "Certificates"),
        ("raw", ["2018  Forklift operation (internal)", "2021  Introduction to Customs Procedures"]),
        ("h", "Interests"),
        ("p", "Football (Nkana supporter), chess, church youth work."),
        ("h", "Referees"),
        ("refs", [["Mr. Kelvin Mulenga", "Operations Manager, Chamboli Haulage Ltd", "Plot 88 Chibuluma Road, Kitwe", "Cell: 0966 555 710"],
                  ["Mrs. Agness Banda", "Stores Supervisor, Nkana Engineering Supplies Ltd", "P.O. Box 20417, Kitwe", "Cell: 0955 555 133"]]),
    ]))

# -----------------------------------------------------------------------------
# w009 Ghanaian hotel guest relations, reportlab dates in a left column
# -----------------------------------------------------------------------------
R.append(dict(
    file="w009.pdf", render="rl",
    family="Ghanaian hotel guest relations officer, dates in a left column, national service at a tourism office, kitchen attachment",
    layout="reportlab, single column / leftcol, Mon. / 'Present'",
    author="Efua Quaye", doc_title="EFUA QUAYE CV",
    opts=dict(font="Helvetica", size=9.5, head="shade", shade=(245, 226, 200), accent=(120, 60, 10),
              name_align="l", lcw=112, bchar="-", ml=46, mr=46),
    blocks=[
        ("name", "EFUA ADJOA QUAYE"),
        ("contact", ["House No. C12/45, Community 18, Tema  |  055 555 2047  |  efua.quaye@mail.example"]),
        ("h", "Personal Information"),
        ("kv", [("Date of Birth", "19/11/1995"), ("Nationality", "Ghanaian"), ("Hometown", "Elmina"),
                ("Languages", "English, Fante, Twi, French (basic)")]),
        ("h", "Profile"),
        ("p", "Warm, well-presented hospitality professional with eight years in hotels and restaurants, "
              "comfortable with VIP guests and complaints."),
        ("h", "Working Experience"),
        ("jobs", [
            E("Guest Relations Officer", "Sakumono Palms Hotel", "Tema", "2022-01", "present",
              "facing", "in_person_service", [
                  "Welcome VIP and returning guests, handle special requests and complaints",
                  "Make courtesy calls to rooms and collect guest feedback",
                  "Work with housekeeping and F&B to fix issues raised by guests"]),
            E("Waitress", "Osu Royal Lounge", "Accra", "2019-10", "2021-12",
              "facing", "in_person_service", [
                  "Took orders and served food and drinks in a 60-seat restaurant",
                  "Recommended dishes and presented bills"]),
            E("Room Attendant", "Aburi Mistletoe Lodge", "Aburi", "2018-10", "2019-09",
              "affecting", None, [
                  "Cleaned and prepared 14 rooms per shift after check-out",
                  "Restocked amenities and reported maintenance faults"]),
            E("National Service Personnel – Tourist Information Desk", "Ghana Tourism Authority", "Cape Coast", "2017-09", "2018-08",
              "facing", "in_person_service", [
                  "Gave visitors information on the castles, Kakum and accommodation",
                  "Kept the visitors' register and sold entry tickets"], etype="internship"),
        ], dict(style="leftcol", ds=dict(style="Mon.", sep=" – ", present="Present"))),
        ("h", "Industrial Attachment"),
        ("jobs", [
            E("Kitchen Attachment Student", "Anaji Harbourlight Hotel", "Takoradi", "2016-06", "2016-08",
              "affecting", None, ["Food preparation and cleaning in the main kitchen under the sous chef"],
              section="other", etype="internship"),
        ], dict(style="leftcol", ds=dict(style="Mon.", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("table", None, [
            ["2014 – 2017", "Western Coast Technical University", "HND Hotel, Catering and Institutional Management"],
            ["2010 – 2013", "Abura Heights Girls' Senior High, Cape Coast", "WASSCE"]], [1, 2.3, 3.2]),
        ("h", "Referees"),
        ("refs", [["Mr. Yaw Owusu-Ansah", "Front Office Manager", "Sakumono Palms Hotel, P. O. Box CO 998, Tema", "030 555 1188"],
                  ["Madam Gifty Arthur", "Regional Manager", "Ghana Tourism Authority, Cape Coast", "033 555 3201"]]),
    ]))

# -----------------------------------------------------------------------------
# w010 Nigerian primary teacher, docx tab-stop dates with year ranges
# -----------------------------------------------------------------------------
R.append(dict(
    file="w010.docx", render="docx",
    family="Nigerian primary school teacher, Word tab-stop dates, '2019 - Date', NYSC and CDS group, SIWES at a radio station",
    layout="docx, rule headings + tabs / title_org, year and Month / 'Date'",
    author="Chinonso Eze", doc_title="CV",
    opts=dict(font="Times New Roman", size=12, head="rule", bul="typed", bchar="➢", rmode="tab", name_align="c"),
    blocks=[
        ("name", "EZE CHINONSO GRACE"),
        ("contact", ["No. 7 Abakaliki Street, Independence Layout, Enugu", "08035550296  |  chinonsoeze.teach@mail.example"]),
        ("h", "Personal Data"),
        ("kv", [("Date of Birth", "4th May, 1991"), ("State of Origin", "Enugu"), ("L.G.A", "Nsukka"),
                ("Sex", "Female"), ("Marital Status", "Single"), ("Religion", "Christian")]),
        ("h", "Career Objective"),
        ("p", "To impart knowledge and build character in children in a school that values excellence."),
        ("h", "Working Experience"),
        ("jobs", [
            E("Class Teacher (Primary 4)", "Bright Stars Nursery & Primary School", "Enugu", "2019", "present",
              "facing", "education", [
                  "Teach all subjects to a class of 32 pupils",
                  "Prepare lesson notes, continuous assessment and report cards",
                  "Hold PTA meetings and one-on-one meetings with parents"]),
            E("Home Lesson Teacher", "Grace Home Lessons", "Enugu", "2016", "2019",
              "facing", "education", [
                  "Private lessons in English and Mathematics for primary and JSS pupils in their homes",
                  "Prepared pupils for the Common Entrance examination"], etype="freelance"),
            E("Corps Member (Admin Assistant)", "Kwara State Ministry of Works and Transport", "Ilorin", "2015-03", "2016-02",
              "none", None, [
                  "Typed memos and letters for the Director's office",
                  "Filed and retrieved correspondence in the registry",
                  "Kept the attendance register of casual workers"], etype="internship"),
            E("Industrial Trainee (SIWES)", "Udoka Voice FM", "Awka", "2012-06", "2012-11",
              "none", None, [
                  "Logged adverts and edited audio in Adobe Audition",
                  "Assisted in the studio during live programmes"], etype="internship", dt="June – November, 2012"),
        ], dict(style="title_org", ds=dict(style="Month", sep=" - ", present="Date"))),
        ("h", "Community Development Service (NYSC)"),
        ("jobs", [
            E("CDS Group Secretary – HIV/AIDS Awareness", "NYSC HIV/AIDS Awareness CDS Group", "Ilorin West", "2015-04", "2016-01",
              "facing", "volunteering", [
                  "Gave sensitisation talks in secondary schools and at Oja-Oba market",
                  "Took minutes at weekly CDS meetings"], section="volunteer", etype="volunteer"),
        ], dict(style="title_org", ds=dict(style="Month", sep=" - ", present="Date"))),
        ("h", "Educational Qualifications with Dates"),
        ("table", ["School Attended", "Certificate", "Year"], [
            ["Anambra Valley University, Awka", "B.Ed. English Language", "2010 – 2014"],
            ["Ogige Girls' Model Secondary School, Nsukka", "SSCE (WAEC)", "2004 – 2009"],
            ["Ihe-Owerre Community Primary School, Nsukka", "FSLC", "1998 – 2004"]]),
        ("h", "Other Certificates"),
        ("raw", ["Teachers Registration Council of Nigeria (TRCN) – Registered Teacher, 2019",
                 "Certificate in Montessori Methods, Enugu Early Years Institute, 2020"]),
        ("h", "Hobbies"),
        ("p", "Reading, storytelling, singing."),
        ("h", "Referees"),
        ("refs", [["Mrs. Ifeoma Okeke", "Head Teacher, Bright Stars Nursery & Primary School", "Independence Layout, Enugu", "0806 555 7731"],
                  ["Dr. Emeka Nnaji", "Department of Arts Education, Anambra Valley University, Awka", "0803 555 1180"]]),
    ]))
