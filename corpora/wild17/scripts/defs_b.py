"""wild17 résumés w016–w030. One dict per résumé renders both the file and its gold line."""
from lib import E

RESUMES = []

# ---------------------------------------------------------------- w016
RESUMES.append(dict(
    file="w016.txt", renderer="txt", page="plain", order="dash", dstyle="mon", present="Present",
    bullet="- ",
    family="US community-college student with two overlapping part-time jobs, plain text with caps headings, "
           "'Title – Employer, Town   dates' lines, contact-free app delivery, peer tutor, projects section",
    layout="txt, plain/dash, mon / 'Present'",
    name="DESTINY CALLOWAY",
    contact=["Rosedale Junction, TX 76544 | (254) 555-0129 | destiny.calloway@lonestarmail.com"],
    summary_head="Summary",
    summary="Business student at Rosedale Community College working two part-time jobs. Looking for a "
            "customer service or front desk role with daytime hours.",
    sections=[
        ("Work Experience", [
            E("Weekend Host", "Lone Oak Smokehouse", "Rosedale Junction, TX", "2026-01", "present", "facing",
              "in_person_service",
              bullets=["Greet and seat guests, manage the waitlist app on busy Saturday nights",
                       "Answer the phone for call-ahead seating and to-go orders"]),
            E("Overnight Stocker", "ValuMax Supercenter", "Rosedale Junction, TX", "2025-08", "present", "affecting",
              bullets=["Work the 10pm–7am freight crew in grocery; unload, stock and zone aisles",
                       "Rotate dairy and check dates"]),
            E("Delivery Driver (independent contractor)", "Rushly", "Rosedale Junction, TX", "2025-03", "2025-07",
              "affecting", etype="freelance",
              bullets=["Picked up restaurant orders through the Rushly app and left them at customers' doors (contact-free)",
                       "Kept a 98% on-time rating"]),
            E("Peer Tutor", "Rosedale Community College Tutoring Center", "Rosedale Junction, TX", "2024-09",
              "2024-12", "facing", "education", section="other",
              bullets=["Walked classmates through college algebra problems in drop-in sessions"]),
        ]),
        ("Projects", ["Inventory tracker (BUSI 1301) – built an Excel workbook with lookups and a dashboard",
                      "Team marketing plan for a local food truck – presented to the owner"]),
        ("Education", ["Associate of Applied Science, Business Management – Rosedale Community College, "
                       "expected May 2027"]),
        ("Skills", ["Toast POS, OpenTable, Excel, bilingual English/Spanish"]),
    ]))

# ---------------------------------------------------------------- w017
RESUMES.append(dict(
    file="w017.pdf", renderer="rl", page="plain", head="left", order="title_org", dstyle="mm/yy",
    present="Present", caps=True,
    family="Irish student with several short jobs, reportlab left-aligned header, title line with right-aligned "
           "mm/yy dates, Christmas retail, deli counter overlapping a summer lifeguard job, hotel kitchen porter",
    layout="reportlab, plain/title_org, mm/yy / 'Present'",
    name="Ciarán Doolan",
    contact=["Kilbarrow, Co. Limerick", "086 555 4471", "ciaran.doolan@studentmail.ie"],
    summary="Second-year Commerce student at Shannonside University. Looking for part-time work around lectures.",
    sections=[
        ("Experience", [
            E("Retail Assistant (Christmas)", "Donnellan's Toys", "Kilbarrow", "2025-11", "2026-01", "facing",
              "in_person_service",
              bullets=["Helped parents find presents and checked stock on the handheld",
                       "Worked the tills and gift-wrapping table on late-night shopping evenings"]),
            E("Lifeguard", "Kilbarrow Leisure Centre", "Kilbarrow", "2025-06", "2025-08", "facing", "other_facing",
              bullets=["Supervised public swims and kids' lessons; enforced pool rules",
                       "Did water tests and poolside cleaning"]),
            E("Deli Counter Assistant (part-time)", "Gleeson's Foodstore", "Kilbarrow", "2025-01", "2025-06",
              "facing", "in_person_service",
              bullets=["Made rolls and served the lunchtime queue", "Cleaned down the deli and slicer at close"]),
            E("Kitchen Porter", "Kilbarrow Arms Hotel", "Kilbarrow", "2024-06", "2024-08", "affecting",
              bullets=["Washed pots and kept the kitchen clean during weddings and Sunday carvery"]),
        ]),
        ("Education", ["B|Shannonside University — Bachelor of Commerce (2024 – 2028)",
                       "Leaving Certificate 2024 — 498 points"]),
        ("Activities", ["- Kilbarrow GAA minor hurling captain (2023)", "- Member, Enactus Shannonside"]),
    ]))

# ---------------------------------------------------------------- w018
RESUMES.append(dict(
    file="w018.docx", renderer="docx", page="styles", order="title_org", dstyle="month", present="Present",
    family="Australian apprentice carpenter changing careers into customer service, Word heading styles and "
           "tab-stop dates, trade counter, night fill and community-transport volunteer driving",
    layout="docx, styles/title_org, month / 'Present'",
    name="Brodie Kellerman",
    contact=["Banksia Flats SA 5271", "0431 555 902", "brodie.kellerman@outback.net.au"],
    summary_head="Career Objective",
    summary="Former apprentice carpenter (back injury, 2024) now studying Certificate IV in Customer "
            "Engagement at TAFE. Looking for a full-time customer service role.",
    sections=[
        ("Work History", [
            E("Night Fill (casual)", "Foodtown Banksia", "Banksia Flats SA", "2025-04", "present", "affecting",
              bullets=["Fill grocery shelves overnight after the store closes",
                       "Break down pallets and take out the cardboard"]),
            E("Trade Counter Assistant (casual)", "Ironbark Hardware", "Banksia Flats SA", "2024-07", "2025-03",
              "facing", "in_person_service",
              bullets=["Served builders and DIY customers at the trade counter and quoted timber orders",
                       "Loaded orders into customers' utes"]),
            E("Apprentice Carpenter", "Kellerman & Sons Building", "Banksia Flats SA", "2021-02", "2024-06",
              "none", etype="internship",
              bullets=["Framing, formwork and fit-off on new houses",
                       "Completed Cert III in Carpentry (off-the-job training)"]),
        ]),
        ("Volunteering", [
            E("Volunteer Driver", "Banksia Flats Community Transport", "Banksia Flats SA", "2025-07", "2025-11",
              "facing", "volunteering", section="volunteer", etype="volunteer",
              bullets=["Drove older residents to medical appointments and helped them in and out of the car"]),
        ]),
        ("Education and Training", ["Certificate IV in Customer Engagement (current), TAFE SA",
                                    "Certificate III in Carpentry, 2024", "White Card, RSA, Forklift licence"]),
    ]))

# ---------------------------------------------------------------- w019
RESUMES.append(dict(
    file="w019.pdf", renderer="fp", page="plain", order="org_title", dstyle="month", present="ongoing",
    family="Scottish career returner after caring for a parent, fpdf2 centred header, employer line first with "
           "right-aligned month dates, 'ongoing', hospital ward volunteer, dental reception cover, lunchtime supervisor",
    layout="fpdf2, centred/org_title, month / 'ongoing'",
    name="Fiona MacAskill-Reid",
    contact=["Inverlochan, Highland", "07700 900388", "fiona.mreid@glenmail.co.uk"],
    summary_head="Profile",
    summary="Returning to work after nearly four years caring for my father. Payroll background, recent "
            "reception and volunteering experience; looking for a customer service adviser post.",
    sections=[
        ("Employment", [
            E("Lunchtime Supervisor", "Inverlochan Primary School", "Inverlochan", "2026-08", "present", "facing",
              "education", note="Part-time, 10 hours a week",
              bullets=["Supervise P1–P3 pupils in the dinner hall and playground",
                       "Sort out fallings-out and pass concerns to class teachers"]),
            E("Receptionist (part-time, maternity cover)", "Glenbrae Dental Practice", "Inverlochan", "2025-10",
              "2026-04", "facing", "in_person_service",
              bullets=["Booked appointments, took payments and checked patients in",
                       "Chased unpaid invoices by phone"]),
            E("Career break – caring for my father", None, None, "2021-06", "2025-02", "none", etype="unknown",
              bullets=[]),
            E("Payroll Administrator", "Strathmoor Joinery Ltd", "Inverlochan", "2016-08", "2021-05", "none",
              bullets=["Ran the weekly payroll for 60 staff on Sage and filed RTI submissions",
                       "Processed holiday and sick pay"]),
        ]),
        ("Volunteering", [
            E("Ward Companion Volunteer", "Inverlochan Community Hospital", "Inverlochan", "2025-03", "2025-05",
              "facing", "volunteering", section="volunteer", etype="volunteer",
              bullets=["Sat with older patients, helped at mealtimes and ran the book trolley"]),
        ]),
        ("Training", ["SVQ Business Administration Level 2 (2016)", "Basic Life Support (2025)"]),
    ]))

# ---------------------------------------------------------------- w020
RESUMES.append(dict(
    file="w020.html", renderer="html", page="divs", dstyle="mon", present="Present",
    family="Canadian international student from India, HTML personal page with floated dates, counter crew "
           "job, weekend warehouse, college IT help-desk co-op, telecom store job back home",
    layout="html, divs/title_org, mon / 'Present'",
    name="Simran Bhatoa",
    contact=["Maple Ridge Heights, ON", "647-555-0193", "simran.bhatoa@northmail.ca"],
    summary_head="About me",
    summary="Computer Systems Technician student (co-op) with counter and help-desk experience.",
    sections=[
        ("Canadian Work Experience", [
            E("Crew Member (part-time)", "Timberline Donuts", "Maple Ridge Heights, ON", "2026-06", "present",
              "facing", "in_person_service",
              bullets=["Take orders at the front counter and drive-thru window",
                       "Make beverages and keep the lobby clean"]),
            E("Weekend Warehouse Associate", "ParcelNorth", "Maple Ridge Heights, ON", "2025-10", "2026-01",
              "affecting",
              bullets=["Sorted parcels by postal route and loaded delivery vans"]),
            E("IT Help Desk Co-op Student", "Brennan College IT Services", "Maple Ridge Heights, ON", "2025-05",
              "2025-08", "facing", "internal_support", etype="internship",
              bullets=["Reset passwords and set up MFA for students and staff at the walk-up desk",
                       "Imaged classroom laptops over the summer"]),
        ]),
        ("International Work Experience", [
            E("Customer Care Executive", "Vodaline Telecom", "Rajgarh Kalan, Punjab", "2023-11", "2024-03",
              "facing", "in_person_service",
              bullets=["Handled SIM activations, recharges and bill queries at the store counter"]),
        ]),
        ("Education", ["Computer Systems Technician diploma, Brennan College (2024 – 2026)",
                       "B.A., Guru Nanak Girls College, 2023"]),
    ]))

# ---------------------------------------------------------------- w021
RESUMES.append(dict(
    file="w021.pdf", renderer="fp", page="twocol", order="title_org", dstyle="mm/yyyy", present="present",
    family="UK customer-service apprentice, fpdf2 two-column with shaded sidebar, mm/yyyy dates with "
           "lowercase 'present', pub kitchen job, Year 10 library work experience, hospice shop till volunteer",
    layout="fpdf2, twocol/title_org, mm/yyyy / 'present'",
    name="Kieran Ashdown-Bell",
    tagline="Customer Service Apprentice (Level 2)",
    contact=["Wexley Green", "07700 900742", "kieran.ab@wexmail.co.uk"],
    side=[
        ("Skills", ["- Phone and email handling", "- Microsoft 365", "- Team player"]),
        ("Education", ["Wexley Green Academy, 2019 – 2024", "9 GCSEs incl. English (6) and Maths (5)"]),
        ("Hobbies", ["Five-a-side football, gaming, cooking"]),
    ],
    sections=[
        ("Experience", [
            E("Customer Service Apprentice", "Wexley Green Borough Council – Contact Centre", "Wexley Green",
              "2026-06", "present", "facing", "contact_center", etype="internship",
              bullets=["Answer residents' calls about bins, parking permits and council tax",
                       "Log service requests and book bulky-waste collections"]),
            E("Kitchen Assistant", "The Fat Badger", "Wexley Green", "2024-03", "2025-12", "affecting",
              bullets=["Pot wash, basic prep and cleaning the kitchen down at close"]),
            E("Charity Shop Volunteer", "Wexley Hospice Shop", "Wexley Green", "2024-06", "2024-09", "facing",
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Served customers at the till on Saturday mornings and steamed donated clothes"]),
            E("Work Experience (Year 10)", "Wexley Green Library", "Wexley Green", "2023-07", "2023-07", "facing",
              "in_person_service", etype="internship", dates="07/2023 (one week)",
              bullets=["Helped at the issue desk and signed children up for the summer reading challenge"]),
        ]),
    ]))

# ---------------------------------------------------------------- w022
RESUMES.append(dict(
    file="w022.docx", renderer="docx", page="table", order="title_org", dstyle="mon.", present="Present",
    family="Indian hotel-management student, Word borderless table per job, 'Jan.' style dates, industrial "
           "training through F&B service and front office, banquet steward, youth-festival volunteer, family shop",
    layout="docx, table/title_org, mon. / 'Present'",
    name="Aditya Menonparambil",
    contact=["Thirumalai Beach, Kerala", "+91 94470 55283", "aditya.menon@hmail.in"],
    summary_head="Career Objective",
    summary="Final-year BHM student seeking a guest relations or front office associate role.",
    sections=[
        ("Industrial Exposure & Work Experience", [
            E("Industrial Training Trainee", "The Coral Crest Hotel", "Thirumalai Beach", "2025-07", "2025-10",
              "facing", "in_person_service", etype="internship", note="17 weeks",
              bullets=["Rotated through F&B service, front office, housekeeping and the kitchen",
                       "Took orders and served guests in the coffee shop; assisted with check-ins at the lobby"]),
            E("Banquet Steward (part-time)", "Sapphire Convention Centre", "Kochupuram", "2024-12", "2025-03",
              "facing", "in_person_service",
              bullets=["Served buffet and plated meals at weddings and conferences"]),
            E("Stores Assistant (vacation)", "Menon Provision Stores", "Kochupuram", "2023-04", "2023-05",
              "affecting",
              bullets=["Kept the stock register and arranged goods received from wholesalers"]),
        ]),
        ("Volunteering", [
            E("Registration Desk Volunteer", "State Youth Festival 2024", "Kochupuram", "2024-01", "2024-01",
              "facing", "volunteering", section="volunteer", etype="volunteer",
              bullets=["Registered participants and answered queries about venues and timings"]),
        ]),
        ("Education", ["Bachelor of Hotel Management, Malabar Institute of Hospitality (2023 – 2027)",
                       "Higher Secondary (Commerce), 2023"]),
        ("Co-curricular", ["Captain, college cricket team (2025)", "Organised the department food festival"]),
    ]))

# ---------------------------------------------------------------- w023
RESUMES.append(dict(
    file="w023.txt", renderer="txt", page="form", dstyle="mm/yyyy", present="Present",
    family="South African matriculant applying for a call-centre post, plain text pasted from an online form, "
           "store general assistant with one customer line, call-centre learnership, evening office cleaning",
    layout="txt, form/fields, mm/yyyy / 'Present'",
    name="Sibusiso Ngcobo-Dlamini",
    contact=["eMkhondo Heights, Mpumalanga", "Cell: 071 555 0462", "Email: sibu.ngcobo@webpost.co.za"],
    sections=[
        ("Work Experience", [
            E("Call Centre Agent (Learnership)", "Ubuntu Connect BPO", "Mbombela North", "2025-07", "2025-12",
              "facing", "contact_center", etype="internship",
              bullets=["Took inbound calls for a short-term insurance client",
                       "Captured claims and updated contact details on the system",
                       "Completed NQF 2 Contact Centre Operations"]),
            E("General Assistant", "FreshLink Supermarket", "eMkhondo Heights", "2024-01", "2024-06", "facing",
              "in_person_service",
              bullets=["Packed shelves and cleaned the store",
                       "Helped customers find items when asked"]),
            E("Office Cleaner (contract)", "Bright Office Cleaning", "eMkhondo Heights", "2023-08", "2023-12",
              "none",
              bullets=["Cleaned offices in the evening after staff had left"]),
            E("Grounds Worker (holiday job)", "GreenThumb Landscaping", "eMkhondo Heights", "2022-12", "2023-01",
              "none", bullets=["Cut grass and cleared verges on a municipal maintenance contract"]),
        ]),
        ("Education", ["Matric (NSC), Sizanani Secondary School, 2022"]),
        ("Languages", ["isiZulu, siSwati, English"]),
    ]))

# ---------------------------------------------------------------- w024
RESUMES.append(dict(
    file="w024.md", renderer="md", md="orgh3", dstyle="month", present="Present",
    family="US parent returning to work, Markdown with employer h3 headings and bold title lines, food-shelf "
           "intake volunteer, holiday retail, stay-at-home years and PTA treasurer listed with year-only dates",
    layout="md, orgh3/orgfirst, month + year-only / 'Present'",
    name="Rachel Dunleavy",
    contact=["Birch Hollow, MN 56031", "(507) 555-0166", "rdunleavy@northwoodsmail.com"],
    summary_head="Summary",
    summary="Detail-minded former accounts payable clerk returning to work; recent volunteer and seasonal "
            "retail experience serving the public.",
    sections=[
        ("Recent Experience", [
            E("Client Intake Volunteer", "Birch Hollow Food Shelf", "Birch Hollow, MN", "2026-01", "present",
              "facing", "volunteering", section="volunteer", etype="volunteer",
              bullets=["Check in shoppers, explain the visit rules and help first-time clients fill out the form",
                       "Point families to SNAP and energy-assistance resources"]),
            E("Seasonal Sales Associate", "Pine & Thistle Gifts", "Birch Hollow, MN", "2025-11", "2025-12",
              "facing", "in_person_service",
              bullets=["Helped holiday shoppers, ran the register and gift-wrapped purchases"]),
            E("PTA Treasurer", "Lakeside Elementary PTA", "Birch Hollow, MN", "2023-01", "2025-12", "none",
              section="volunteer", etype="volunteer", prec="year",
              bullets=["Kept the books, prepared the annual budget and reconciled fundraiser deposits"]),
            E("Stay-at-home parent", None, None, "2018-01", "2025-12", "none", etype="unknown", prec="year",
              bullets=[]),
        ]),
        ("Earlier Experience", [
            E("Accounts Payable Clerk", "Halvorsen Dairy Co-op", "Lake Ardell, MN", "2012-05", "2018-07", "none",
              bullets=["Matched invoices to purchase orders and ran the weekly check run",
                       "Set up new vendors in the ERP"]),
        ]),
        ("Education", ["A.A.S. Accounting, Southern Prairie Technical College"]),
    ]))

# ---------------------------------------------------------------- w025
RESUMES.append(dict(
    file="w025.pdf", renderer="rl", page="canva", order="title_org", dstyle="mon", present="Present",
    accent="#1d6f6a",
    family="Philippine nursing graduate moving to a healthcare BPO account, Canva-like builder PDF (teal banner, "
           "sidebar with skill bars), clinical duty, Philippine 'Summer 2023 (April – May)' job, BPO trainee",
    layout="reportlab, canva/title_org, mon + PH summer / 'Present'",
    name="Jericho Manalastas",
    tagline="Registered Nurse · Healthcare Account Trainee",
    contact=["San Roque Norte, Tarlac", "0918 555 0677", "jericho.manalastas@inbox.ph"],
    side=[
        ("Skills", ["- Patient communication", "- Medical terminology", "- Typing 50 wpm", "- EHR charting"]),
        ("License", ["Registered Nurse (PRC), 2026"]),
        ("Education", ["BS Nursing, San Roque College of Health Sciences, 2021 – 2025"]),
    ],
    sections=[
        ("Experience", [
            E("Healthcare Account Trainee", "MedAxis Global Solutions", "Bayani Heights", "2026-09", "present",
              "facing", "contact_center",
              bullets=["In 8-week training for a US health-insurance voice account: benefits, claims and HIPAA",
                       "Mock calls with trainers; go-live scheduled for December"]),
            E("Student Nurse – Related Learning Experience", "San Roque Medical Center", "San Roque Norte",
              "2024-06", "2025-03", "facing", "healthcare_care", etype="internship", section="other",
              bullets=["Clinical duty in medical, surgical and pediatric wards under clinical instructors",
                       "Took vital signs, gave health teaching to patients and their families"]),
            E("Sales Clerk (summer job)", "Bagong Araw Bookstore", "San Roque Norte", "2023-04", "2023-05",
              "facing", "in_person_service", dates="Summer 2023 (April – May)",
              bullets=["Assisted students and parents with school supplies during enrolment season"]),
            E("Encoder (part-time)", "Barangay Health Office", "San Roque Norte", "2022-01", "2022-06",
              "affecting",
              bullets=["Encoded immunization and prenatal records into the health information system"]),
        ]),
    ]))

# ---------------------------------------------------------------- w026
RESUMES.append(dict(
    file="w026.docx", renderer="docx", page="header", order="title_org", dstyle="mmm-yy", present="Present",
    family="Indian commerce fresher, name and contact in the Word page header, 'Jan-26' dates, two-wheeler "
           "showroom customer relationship trainee, supermarket billing, CA-firm articled internship",
    layout="docx, header/title_org, mmm-yy / 'Present'",
    name="Karthika Subramani",
    contact=["Sembakkam Nagar, Tamil Nadu", "+91 90030 55172", "karthika.subramani@postmail.in"],
    footer_text="Declaration: I hereby declare that the details furnished above are true to my knowledge.",
    summary_head="Career Objective",
    summary="B.Com graduate looking for a customer support role in a growing organisation.",
    sections=[
        ("Work Experience", [
            E("Customer Relationship Executive (Trainee)", "Maxilon Two-Wheelers", "Sembakkam Nagar", "2026-01",
              "2026-08", "facing", "sales_account",
              bullets=["Attended walk-in customers and explained models, on-road prices and EMI schemes",
                       "Called customers with service reminders and booked their slots"]),
            E("Billing Executive", "Thangam Supermarket", "Sembakkam Nagar", "2025-10", "2025-12", "facing",
              "in_person_service",
              bullets=["Billing counter: scanning, cash and UPI payments, handling returns"]),
            E("Intern – Accounts", "R. K. Ganesan & Associates, Chartered Accountants", "Sembakkam Nagar",
              "2025-01", "2025-04", "none", etype="internship",
              bullets=["Vouching and ledger scrutiny for statutory audits", "Prepared GST return workings"]),
            E("Data Entry Operator (part-time)", "Sri Balaji Xerox & Computers", "Sembakkam Nagar", "2023-06",
              "2023-12", "none", bullets=[]),
        ]),
        ("Co-curricular Activities", ["Student placement coordinator, Dept. of Commerce (2024–25)",
                                      "NCC 'B' certificate"]),
        ("Education", ["B.Com, Sri Meenakshi Arts and Science College, 2022 – 2025 (81%)"]),
    ]))

# ---------------------------------------------------------------- w027
RESUMES.append(dict(
    file="w027.txt", renderer="txt", page="plain", order="dash", dstyle="mon", present="Present",
    bullet="* ",
    family="UK lab technician changing careers via a weekend receptionist job, plain text 'Title – Employer, "
           "Town  dates', year-only lab job, 'Other Experience' as one-line listings (post sorting, summer bar "
           "job, canal volunteering)",
    layout="txt, plain/dash + oneline, mon + year-only + season / 'Present'",
    name="Grant Pilkington",
    contact=["Halvern, Worcestershire | 07700 900815 | grant.pilkington@fastmail.uk"],
    summary_head="Profile",
    summary="Seven years as a laboratory technician; since January working weekends on a leisure-centre "
            "reception and now looking to move into customer service full time.",
    sections=[
        ("Work History", [
            E("Weekend Receptionist", "Oakhurst Leisure Centre", "Halvern", "2026-01", "present", "facing",
              "in_person_service",
              bullets=["Check members in, sell day passes and book badminton courts",
                       "Deal with membership queries and complaints at the desk"]),
            E("Laboratory Technician", "Halvern Analytical Services", "Halvern", "2019-01", "2025-12", "none",
              prec="year",
              bullets=["Prepared soil and water samples for metals analysis",
                       "Ran the ICP-OES and kept instrument logs for UKAS audits"]),
        ]),
        ("Other Experience", [
            E("Christmas Post Sorter", "Britpost Mail Centre", "Halvern", "2024-12", "2024-12", "affecting",
              style="oneline"),
            E("Towpath Volunteer", "Halvern Canal Trust", None, "2023-01", "2024-12", "none", section="volunteer",
              etype="volunteer", prec="year", style="oneline", note=None),
            E("Barman", "The Stag's Head", "Ledbridge", "2015-06", "2015-08", "facing", "in_person_service",
              dates="Summer 2015", style="oneline"),
        ]),
        ("Education", ["BSc Environmental Science, University of Ledbridge (2012 – 2015)"]),
    ]))

# ---------------------------------------------------------------- w028
RESUMES.append(dict(
    file="w028.html", renderer="html", page="table", dstyle="month", present="Present",
    family="Nigerian polytechnic graduate, HTML table layout, SIWES at a bank enquiry desk, POS attendant, "
           "inter-branch dispatch rider, vacation lab job, undated church usher volunteering",
    layout="html, table/title_org, month + undated / 'Present'",
    name="Tobiloba Adeyemi-Okoro",
    contact=["Ikota Gardens, Lagos State", "0809 555 3147", "tobi.adeyemi@naijamail.ng"],
    summary_head="Career Objective",
    summary="HND Business Administration graduate looking for a customer service officer role.",
    sections=[
        ("Work Experience", [
            E("Dispatch Rider", "Swiftlane Logistics", "Ikota Gardens", "2025-03", "present", "none",
              bullets=["Carry documents and cheque books between bank branches and the head office"]),
            E("POS Attendant (part-time)", "Mama Tobi Ventures", "Ikota Gardens", "2024-08", "2024-12", "facing",
              "in_person_service",
              bullets=["Attended to customers making cash withdrawals and transfers on the POS terminal",
                       "Kept the daily transaction book"]),
            E("Customer Service Intern (SIWES)", "Prudent Trust Bank Plc", "Ikota Gardens", "2024-02", "2024-07",
              "facing", "in_person_service", etype="internship",
              bullets=["Attended to customers at the enquiry desk and issued ATM cards",
                       "Helped customers fill account-opening forms"]),
            E("Vacation Laboratory Assistant", "Crestfield Polytechnic, Department of Science Laboratory Technology",
              "Ilara-Oke", "2023-06", "2023-08", "none",
              bullets=["Prepared reagents and washed glassware for practical classes"]),
        ]),
        ("Volunteering", [
            E("Volunteer Usher", "Living Waters Assembly", "Ikota Gardens", None, None, "facing", "volunteering",
              section="volunteer", etype="volunteer", prec=None,
              bullets=["Welcome and seat worshippers and visitors at Sunday services"]),
        ]),
        ("Education", ["HND Business Administration, Crestfield Polytechnic (2021 – 2025), Upper Credit"]),
        ("Referees", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w029
RESUMES.append(dict(
    file="w029.pdf", renderer="rl", page="plain", order="oneline", dstyle="mon", present="Present",
    paper="letter", footer=True,
    family="US psychology graduate, functional skills-first résumé (reportlab, one page with page footer): "
           "skills grouped by theme first, then 'Employment' as one-line listings without bullets",
    layout="reportlab, plain/oneline (functional), mon + season / 'Present'",
    name="Alexis Brandt-Moreno",
    contact=["Ridgeway, OR 97388", "(541) 555-0102", "alexis.brandtmoreno@ridgemail.com"],
    summary_head="Profile",
    summary="Recent psychology graduate with front-desk, camp and delivery experience, applying for a "
            "member services representative role.",
    sections=[
        ("Relevant Skills", [
            "B|Customer service",
            "- Greeted 300+ gym members a shift at a busy recreation-center front desk; handled guest passes and complaints",
            "- Kept shoppers updated by app messages about substitutions on grocery orders",
            "B|Communication",
            "- Explained camp rules and daily plans to children aged 8–12 and their parents",
            "- Presented survey findings at the Ridgeway undergraduate research symposium",
            "B|Organization",
            "- Coded and cleaned survey data for a faculty study; kept a 40-page codebook",
            "- Balanced coursework with two part-time jobs",
            "B|Technical",
            "- Excel, SPSS, Qualtrics, Google Workspace, Mindbody front-desk software",
            "- Typing 60 wpm",
        ]),
        ("Employment", [
            E("Grocery Shopper & Delivery Driver", "Cartwheel (independent contractor)", "Ridgeway, OR", "2026-06",
              "present", "facing", "in_person_service", etype="freelance"),
            E("Research Assistant", "Ridgeway University Psychology Department", "Ridgeway, OR", "2025-01",
              "2025-12", "none", section="other"),
            E("Front Desk Assistant", "Ridgeway University Recreation Center", "Ridgeway, OR", "2025-01",
              "2025-05", "facing", "in_person_service"),
            E("Camp Counselor", "Camp Whistlepine", "Sisters Creek, OR", "2023-06", "2023-08", "facing",
              "education", dates="Summer 2023"),
        ]),
        ("Education", ["B.S. Psychology, Ridgeway University, June 2026 — minor in Spanish"]),
        ("Honors", ["Dean's List (four terms); Psi Chi member"]),
    ]))

# ---------------------------------------------------------------- w030
RESUMES.append(dict(
    file="w030.docx", renderer="docx", page="styles", order="title_org", dstyle="mon", present="Current",
    family="Australian uni student, Word heading styles and tab-stop dates, 'Current', cinema casual, semester "
           "PASS leader, campus IT service desk, casual data entry, 'Leadership & Activities' with a society role",
    layout="docx, styles/title_org, mon + semester / 'Current'",
    name="Jasmine Truong",
    contact=["Kookaburra Heights VIC 3197", "0423 555 618", "jasmine.truong@eastbank.edu.au"],
    sections=[
        ("Relevant Experience", [
            E("Cinema Attendant (casual)", "Starlight Cinemas Kookaburra Heights", "Kookaburra Heights VIC",
              "2026-10", "present", "facing", "in_person_service",
              bullets=["Sell tickets and snacks at the candy bar", "Clean cinemas between sessions"]),
            E("IT Service Desk Assistant (casual)", "Eastbank University IT Services", "Kookaburra Heights VIC",
              "2025-08", "2025-12", "facing", "internal_support",
              bullets=["Answered staff and student calls, logged tickets and talked people through VPN set-up"]),
            E("PASS Leader", "Eastbank University", "Kookaburra Heights VIC", "2025-03", "2025-06", "facing",
              "education", section="other", dates="Semester 1, 2025 (Mar – Jun)",
              bullets=["Ran weekly peer-assisted study sessions for first-year statistics"]),
        ]),
        ("Other Experience", [
            E("Data Entry Assistant (casual)", "Greenfield Survey Co.", "Kookaburra Heights VIC", "2024-01",
              "2024-02", "none",
              bullets=["Entered paper survey responses into spreadsheets over the summer break"]),
        ]),
        ("Leadership & Activities", ["- Treasurer, Eastbank Vietnamese Students' Association (2025)",
                                     "- Team project: redesigned the student club booking website (UX course)"]),
        ("Education", ["Bachelor of Information Technology, Eastbank University (2024 – current), WAM 74"]),
    ]))
