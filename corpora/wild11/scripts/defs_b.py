"""wild11 résumés w016–w030: one dict per résumé (file + gold)."""
from lib import E

R = []

R.append(dict(
    file="w016.md", family="UK office administrator in Markdown, bold title line with employer and italic dates",
    md="bold", ds="month", present="present", sep=" – ",
    name="Priya Chauhan", contact=["Coventry", "07700 900561", "priya.chauhan@post.test"],
    sections=[
        ("para", "Profile", "Office administrator with reception and data experience, looking for a customer service team role."),
        ("exp", "Experience", [
            E("Office Administrator", "Arden Lettings Ltd", "Coventry", "2022-09", "present", "facing", "in_person_service",
              ["Greet tenants and landlords at reception and answer the main phone line",
               "Book viewings and log repair requests", "Keep tenancy files up to date"]),
            E("Data Entry Clerk", "Midshire Insurance Services", "Coventry", "2020-02", "2022-08", "none", None,
              ["Keyed paper claim forms into the claims system", "Scanned and indexed post"]),
            E("Receptionist (temp via Key Staffing)", "Warwick Business Park Ltd", "Warwick", "2019-07", "2020-01", "facing", "in_person_service", []),
            E("Stock Room Assistant (Saturday job)", "Broadgate Shoes", "Coventry", "2015-09", "2017-05", "affecting", None,
              ["Unpacked deliveries and kept the stock room in size order"]),
        ]),
        ("exp", "Volunteer Experience", [
            E("Shop Volunteer", "Hope Hospice Charity Shop", "Coventry", "2017-05", "2019-06", "facing", "volunteering",
              ["Served customers on the till and sorted donations"], section="volunteer", et="volunteer"),
        ]),
        ("list", "Skills", ["Microsoft Office", "Typing 60 wpm", "Punjabi and English"]),
        ("line", "Education", ["A-levels: Business, English, Sociology – Cardinal Newman School (2017)"]),
    ]))

R.append(dict(
    file="w017.docx", family="Irish CV with several short jobs, Word tab-stop dates, some entries without bullets",
    layout="tabs", eh="title_org", ds="mon", present="Present", sep=" – ",
    name="Seán Brennan", contact=["Cork", "086 555 0472", "sean.brennan@post.test"],
    sections=[
        ("para", "Personal Statement", "Hard-working, flexible and good with people. I have worked in food, events and warehousing and I am looking for a steady customer service job."),
        ("exp", "Work Experience", [
            E("Deli Assistant", "Douglas Village SuperValue", "Cork", "2025-06", "present", "facing", "in_person_service",
              ["Serve customers at the hot and cold deli counter", "Make up rolls and wraps to order, clean down at close"]),
            E("Event Steward", "Marina Park Events", "Cork", "2024-05", "2024-09", "facing", "other_facing",
              ["Checked tickets and directed crowds at summer concerts"]),
            E("Warehouse Operative (Christmas temp)", "ShipSmart Fulfilment", "Little Island, Cork", "2023-11", "2024-01", "affecting", None,
              ["Picked online orders and packed them for courier collection"]),
            E("Barista", "Bean There Café", "Cork", "2023-02", "2023-10", "facing", "in_person_service", []),
            E("Kitchen Porter", "The Anchor Bar & Grill", "Cobh", "2022-06", "2023-01", "affecting", None, []),
            E("Farm Labourer", "Glenbeg Farm", "Midleton, Co. Cork", "2021-06", "2021-08", "none", None,
              ["Silage season and general yard work"], dt="Summer 2021"),
        ]),
        ("line", "Education", ["Leaving Certificate – Coláiste an Phiarsaigh, Glanmire (2022)"]),
        ("list", "Skills", ["Manual Handling cert", "HACCP Level 1", "Full clean driving licence"]),
        ("para", "References", "Available on request."),
    ]))

R.append(dict(
    file="w018.pdf", family="Indian BPO résumé, reportlab single column, title, company and date each on their own line",
    engine="rl", layout="plain", eh="dateline", ds="mm/yyyy", present="Present", sep=" to ",
    name="Shaikh Imran Ali", contact=["Hyderabad, Telangana", "+91 90000 55067", "imran.ali@inbox.test"],
    sections=[
        ("para", "Profile Summary", "Over 3 years of experience in voice and non-voice customer support for international banking and e-commerce processes."),
        ("exp", "Professional Experience", [
            E("Senior Process Associate (Non-Voice)", "Cyberpark Business Services", "Hyderabad", "2023-06", "present", "facing", "digital_service",
              ["Respond to email and chat queries from US bank customers on card disputes and fees",
               "Maintain 98% accuracy in quality audits", "Mentor new joiners in their first month"]),
            E("Customer Support Executive (Voice)", "Telemark Connect Pvt Ltd", "Hyderabad", "2022-01", "2023-05", "facing", "contact_center",
              ["Inbound calls for an e-commerce client: order status, returns, refunds"]),
            E("HR Intern", "Deccan Auto Components", "Secunderabad", "2021-06", "2021-11", "none", None,
              ["Maintained employee attendance records and personnel files", "Prepared joining documentation"], et="internship"),
            E("Accounts Assistant", "Sri Balaji Traders", "Hyderabad", "2019-06", "2019-12", "none", None,
              ["GST invoices, ledger entries and bank reconciliation in Tally"]),
        ]),
        ("line", "Education", ["MBA (HR) – Osmania University (2021)", "B.Com – Osmania University (2019)"]),
        ("list", "Skills", ["Salesforce Service Cloud", "Freshdesk", "MS Excel", "Languages: English, Hindi, Urdu, Telugu"]),
        ("para", "Declaration", "I hereby declare that all the details given above are true to my knowledge."),
    ]))

R.append(dict(
    file="w019.txt", family="UK gig driver résumé as plain text, 'Title - Employer, Town' with dates at the end of the line",
    txt="plain", eh="dash", ds="mon", present="Present", sep=" - ",
    name="Tariq Mahmood", contact=["Bradford, BD8", "07700 900733", "tariq.mahmood@post.test"],
    sections=[
        ("para", "Profile", "Self-employed driver with six years on the road, good local knowledge and a clean licence. Looking for an employed customer service role."),
        ("exp", "Work History", [
            E("Multi-drop Delivery Driver (self-employed)", "Swiftdrop Logistics", "Bradford", "2023-04", "present", "facing", "in_person_service",
              ["Deliver 120+ parcels a day, hand them to customers and take signatures or photos",
               "Deal with missed deliveries and customer queries on the doorstep"], et="freelance"),
            E("Private Hire Driver (self-employed)", "Airedale Cars", "Bradford", "2020-09", "2023-03", "facing", "in_person_service",
              ["Drove customers to appointments, airports and events", "Helped elderly passengers with shopping and wheelchairs"], et="freelance"),
            E("Sorting Operative", "Northern Parcel Hub", "Leeds", "2019-01", "2020-08", "affecting", None,
              ["Sorted parcels by postcode for next-day routes on night shift"]),
            E("Kitchen Assistant", "Lister Mills Banqueting", "Bradford", "2016-01", "2017-05", "affecting", None, []),
            E("Stock Assistant", "Manningham Mobiles", "Bradford", "2017-06", "2018-12", "affecting", None, []),
        ]),
        ("list", "Skills", ["Full UK driving licence", "Taxi licence (Bradford MDC)", "Urdu, Punjabi, English"]),
        ("line", "Education", ["GCSEs – Belle Vue Boys' School (2017)"]),
    ]))

R.append(dict(
    file="w020.docx", family="South African CV, Word two-column layout table with shaded sidebar, month dates",
    layout="sidebar", eh="title_org", ds="month", present="Present", sep=" – ", side=("Skills", "Languages"),
    name="Thabo Nkosi", contact=["Pietermaritzburg, KZN", "082 555 0184", "thabo.nkosi@post.test"],
    sections=[
        ("para", "Career Objective", "Experienced bank teller and collections agent seeking a position in a customer service centre."),
        ("exp", "Work Experience", [
            E("Teller", "Ubuntu Community Bank", "Pietermaritzburg", "2021-08", "present", "facing", "in_person_service",
              ["Deposits, withdrawals and account queries for walk-in clients", "Balance cash and ATM float daily"]),
            E("Collections Agent", "Ridgeway Debt Recovery", "Durban", "2019-03", "2021-07", "facing", "contact_center",
              ["Phoned customers in arrears and negotiated payment plans"]),
            E("Administrative Clerk (Learnership)", "Msunduzi Municipal Offices", "Pietermaritzburg", "2017-02", "2019-02", "none", None,
              ["Filing, scanning and capturing council records"], et="internship"),
            E("Data Capturer (contract)", "KZN Census Support Project", "Pietermaritzburg", "2016-05", "2017-01", "none", None,
              ["Captured household survey forms into the database"]),
        ]),
        ("exp", "Volunteer Experience", [
            E("Youth Group Leader", "Imbali Methodist Church", "Pietermaritzburg", "2014", "present", "facing", "volunteering",
              ["Run Friday evening activities for 30 teenagers"], section="volunteer", et="volunteer"),
        ]),
        ("list", "Skills", ["Cash handling", "Negotiation", "MS Office"]),
        ("list", "Languages", ["English", "isiZulu", "Afrikaans (basic)"]),
        ("line", "Education", ["National Diploma: Financial Management – Durban University of Technology (2016)", "Matric – Edendale High (2013)"]),
    ]))

R.append(dict(
    file="w021.pdf", family="US college student résumé, reportlab centred header, org line first then title, seasons",
    engine="rl", layout="plain", paper="letter", eh="org_title", ds="mon", present="Present", sep=" – ",
    name="Emily Sorensen", contact=["Ames, IA", "(515) 555-0166", "esorensen@student.test"],
    sections=[
        ("line", "Education", ["Iowa Central State University – B.S. Communication Studies, expected May 2027", "GPA 3.5, Dean's List"]),
        ("exp", "Experience", [
            E("Crew Member", "Cyclone Burger", "Ames, IA", "2025-01", "present", "facing", "in_person_service",
              ["Take orders at counter and drive-thru, handle cash and cards", "Keep dining room clean during rush"]),
            E("Library Student Assistant", "Iowa Central State University Library", "Ames, IA", "2024-09", "present", "affecting", None,
              ["Shelve returned books and shift collections", "Process interlibrary loan paperwork in the back office"]),
            E("Camp Counselor", "Camp Willow Creek", "Boone, IA", "2024-06", "2024-08", "facing", "education",
              ["Led a cabin of 10 campers aged 9-11 and ran canoeing and crafts"], dt="Summer 2024"),
            E("Pet Sitter & Dog Walker", "Self-employed", "Ankeny, IA", "2022-05", "2024-08", "facing", "entrepreneurial_freelance",
              ["Met owners to agree routines and keys; walked and fed pets for 8 regular clients"], et="freelance"),
        ]),
        ("list", "Skills", ["Microsoft Office, Canva", "CPR/First Aid certified", "Conversational Spanish"]),
    ]))

R.append(dict(
    file="w022.pdf", family="Canadian contact-centre team lead, fpdf2 centred header, title with right-aligned dates and employer below",
    engine="fpdf", eh="title_org", ds="mon", present="Present", sep=" – ", hupper=True,
    name="Harpreet Gill", contact=["Brampton, ON", "905-555-0128", "harpreet.gill@mailbox.test"],
    sections=[
        ("para", "Summary", "Contact centre leader with 9 years in telecom and banking support. Coaches agents, handles escalations and improves first-contact resolution."),
        ("exp", "Professional Experience", [
            E("Team Lead, Customer Care", "Northlink Wireless", "Mississauga, ON", "2022-03", "present", "facing", "contact_center",
              ["Lead a team of 14 agents; daily huddles, coaching and monthly reviews",
               "Take escalated calls from customers and approve credits",
               "Improved first-contact resolution from 71% to 80%"]),
            E("Quality Assurance Analyst", "Northlink Wireless", "Mississauga, ON", "2020-01", "2022-02", "affecting", None,
              ["Scored recorded calls and chats against the quality form", "Wrote calibration notes and coaching tips for team leads"]),
            E("Customer Service Representative", "Maple Trust Bank – Telephone Banking", "Toronto, ON", "2017-05", "2019-12", "facing", "contact_center",
              ["Answered client calls on accounts, cards and online banking access"]),
            E("Retail Supervisor", "Urban Threads", "Brampton, ON", "2015-09", "2017-04", "facing", "in_person_service",
              ["Opened and closed the store, handled customer returns and complaints"]),
            E("IT Help Desk Co-op Student", "Sheridan College", "Brampton, ON", "2015-01", "2015-04", "facing", "internal_support",
              ["Answered staff and faculty tickets on passwords, printers and classroom projectors"], et="internship"),
        ]),
        ("list", "Skills", ["Genesys, Salesforce, NICE", "Coaching and performance management", "Punjabi, Hindi, English"]),
        ("line", "Education", ["Diploma, Business Administration – Sheridan College (2016)"]),
    ]))

R.append(dict(
    file="w023.docx", family="Australian aged-care worker, Word heading styles, tab-stop dates",
    layout="styles", eh="title_org", ds="month", present="Current", sep=" – ",
    name="Grace Tuilagi", contact=["Blacktown NSW 2148", "0433 555 290", "grace.tuilagi@mail.test"],
    sections=[
        ("para", "Career Objective", "Compassionate care worker seeking a customer service or client liaison role in health or community services."),
        ("exp", "Employment History", [
            E("Personal Care Assistant", "Wattle Grove Aged Care", "Blacktown NSW", "2021-04", "present", "facing", "healthcare_care",
              ["Assist residents with showering, dressing, meals and mobility", "Report changes in residents' condition to RNs",
               "Welcome families and answer their questions during visits"]),
            E("Disability Support Worker", "Horizons Community Support", "Penrith NSW", "2019-02", "2021-03", "facing", "healthcare_care",
              ["Supported clients to attend appointments, shop and join community activities"]),
            E("Laundry Hand", "Wattle Grove Aged Care", "Blacktown NSW", "2018-03", "2019-01", "affecting", None,
              ["Washed, dried and folded residents' clothing and linen", "Labelled clothing and returned it to rooms"]),
            E("Kitchen Hand", "Rooty Hill RSL Club", "Rooty Hill NSW", "2015-06", "2016-10", "affecting", None,
              ["Washing up, food prep and cleaning down the kitchen"]),
            E("Checkout Operator", "ValueMart", "Mount Druitt NSW", "2016-11", "2018-02", "facing", "in_person_service", []),
        ]),
        ("line", "Qualifications", ["Certificate III in Individual Support (Ageing) – TAFE NSW (2019)", "First Aid and CPR (current)", "NDIS Worker Screening Check"]),
        ("para", "Referees", "Available on request"),
    ]))

R.append(dict(
    file="w024.pdf", family="Philippine hotel résumé, reportlab with coloured left sidebar, pipe title/company/place line with right dates",
    engine="rl", layout="sidebar", eh="pipe", ds="mon", present="Present", sep=" - ", side=("Skills", "Seminars Attended"),
    sidecolor="#F3E9DC",
    name="Angelica Marie S. Ramos", contact=["Lapu-Lapu City, Cebu", "0927 555 0151", "angelicaramos@mail.test"],
    sections=[
        ("para", "Objective", "To work as a customer service representative and use my hotel front desk experience."),
        ("exp", "Work Experience", [
            E("Front Desk Officer", "Mactan Bay Resort Hotel", "Lapu-Lapu City", "2023-02", "present", "facing", "in_person_service",
              ["Check-in/check-out of foreign and local guests", "Handle guest concerns and coordinate with housekeeping"]),
            E("Reservations Agent", "Mactan Bay Resort Hotel", "Lapu-Lapu City", "2022-01", "2023-01", "facing", "contact_center",
              ["Answered booking calls and emails and encoded reservations"]),
            E("Room Attendant", "Cebu Midtown Inn", "Cebu City", "2020-10", "2021-12", "affecting", None,
              ["Cleaned and prepared vacant rooms for arriving guests"]),
            E("On-the-Job Trainee (Food & Beverage)", "Cebu Midtown Inn", "Cebu City", "2019-06", "2019-09", "facing", "in_person_service",
              ["Took orders and served guests at the coffee shop"], et="internship"),
            E("Production Operator (contractual)", "Mactan Precision Electronics", "Lapu-Lapu City", "2018-04", "2018-05", "none", None,
              ["Visual inspection of circuit boards on the assembly line"]),
        ]),
        ("list", "Skills", ["Opera PMS", "MS Office", "English, Filipino, Cebuano"]),
        ("list", "Seminars Attended", ["Customer Service Excellence (2023)", "Basic Food Safety (2019)"]),
        ("line", "Education", ["BS Hospitality Management – Cebu Technological College (2020)"]),
    ]))

R.append(dict(
    file="w025.txt", family="South African retail CV pasted as text, employer in capitals with roles beneath, year-only older dates",
    txt="plain", eh="orgfirst", ds="mon", present="Present", sep=" - ", underline="-",
    name="Lerato Mahlangu", contact=["Mamelodi, Pretoria", "Cell: 073 555 0129", "lerato.mahlangu@post.test"], contact_lines=True,
    sections=[
        ("para", "Profile", "Retail supervisor with 9 years at one supermarket group, from packer to front-end supervisor."),
        ("exp", "Employment History", [
            E("Front End Supervisor", "SHOPWELL SUPERMARKETS", "Mamelodi", "2022-03", "present", "facing", "in_person_service",
              ["Manage 18 cashiers and packers on shift", "Handle customer complaints, refunds and till overrides",
               "Cash-up and banking"]),
            E("Cashier", "SHOPWELL SUPERMARKETS", "Mamelodi", "2019", "2022", "facing", "in_person_service", [], dt="2019 - 2022"),
            E("Packer", "SHOPWELL SUPERMARKETS", "Mamelodi", "2017", "2018", "facing", "in_person_service",
              ["Packed customers' groceries at the tills and carried bags to cars"], dt="2017 - 2018"),
            E("General Worker", "PRETORIA PLASTICS CC", "Silverton", "2015", "2016", "none", None,
              ["Operated bag-sealing machine and packed boxes"], dt="2015 - 2016"),
            E("Security Officer", "Tshwane Guarding Services", "Pretoria East", "2013", "2014", "none", None,
              ["Night patrols of a construction site and gate log book"], dt="2013 - 2014"),
        ]),
        ("line", "Education", ["Grade 12 - Mamelodi High School (2014)"]),
        ("list", "Skills", ["Cash handling", "Staff supervision", "Customer service"]),
        ("line", "References", ["Mrs P. Venter - Store Manager - 012 555 0188"]),
    ]))

R.append(dict(
    file="w026.pdf", family="US healthcare résumé, fpdf2 left-aligned header, employer heading with roles beneath, m/yyyy dates",
    engine="fpdf", layout="left", paper="letter", eh="orgfirst", ds="m/yyyy", present="Present", sep=" - ",
    name="Jasmine Okafor", contact=["Houston, TX 77036", "(713) 555-0114", "jasmine.okafor@mailbox.test"],
    sections=[
        ("para", "Summary", "Patient care technician and pharmacy technician with a background in medical billing, seeking a patient access or member services role."),
        ("exp", "Experience", [
            E("Patient Care Technician", "Bayou Regional Medical Center", "Houston, TX", "2023-07", "present", "facing", "healthcare_care",
              ["Vital signs, blood draws and bathing for patients on a 32-bed telemetry unit", "Answer call lights and help patients to and from bed"]),
            E("Medical Billing Specialist", "Bayou Regional Medical Center", "Houston, TX", "2021-02", "2023-06", "affecting", None,
              ["Submitted claims and worked insurance denials", "Posted payments and corrected coding errors"]),
            E("Medical Records Clerk", "Bayou Regional Medical Center", "Houston, TX", "2020-06", "2021-01", "none", None,
              ["Scanned and indexed paper charts into the electronic record"]),
            E("Pharmacy Technician", "CareCorner Pharmacy", "Sugar Land, TX", "2018-09", "2021-01", "facing", "healthcare_care",
              ["Filled prescriptions and rang up customers at the pickup counter", "Called doctors' offices and insurers about refills"]),
        ]),
        ("exp", "Volunteer Experience", [
            E("Hospice Volunteer", "Gulf Coast Hospice", "Houston, TX", "2017-01", "2018-08", "facing", "volunteering",
              ["Visited patients for companionship and gave families short breaks"], section="volunteer", et="volunteer"),
        ]),
        ("list", "Certifications", ["Certified Patient Care Technician (CPCT)", "Texas Pharmacy Technician Registration", "BLS (AHA)"]),
        ("line", "Education", ["Medical Billing and Coding Certificate – Houston Community College (2020)"]),
    ]))

R.append(dict(
    file="w027.md", family="Indian teacher moving to customer service, Markdown h3 title with employer and dates line",
    md="h3", ds="mon", present="Present", sep=" – ",
    name="Kavitha Raghunathan", contact=["Chennai, Tamil Nadu", "+91 94440 55088", "kavitha.r@inbox.test"],
    sections=[
        ("para", "Profile", "Primary school teacher with 8 years of experience and strong English communication skills, moving into customer success / support."),
        ("exp", "Professional Experience", [
            E("Admissions Counsellor", "Brightpath International School", "Chennai", "2024-06", "present", "facing", "sales_account",
              ["Answer parents' enquiries about fees and curriculum by phone and in person", "Conduct campus tours and follow up leads to meet admission targets"]),
            E("Primary Teacher", "Brightpath International School", "Chennai", "2018-06", "2024-05", "facing", "education",
              ["Taught English and EVS to classes III and IV", "Parent-teacher meetings every term"]),
            E("Online Tutor (part-time)", "LearnLeaf Edtech", "Remote", "2020-04", "2022-03", "facing", "education",
              ["Live one-to-one spoken English classes for school children"], et="freelance"),
            E("Content Writer (intern)", "Inkwell Media Solutions", "Chennai", "2017-12", "2018-05", "none", None,
              ["Wrote SEO articles for travel and food websites"], et="internship"),
            E("Data Entry Operator (part-time)", "Sai Ram Typing Centre", "Chennai", "2016-06", "2017-05", "none", None, []),
        ]),
        ("line", "Education", ["B.Ed – Tamil Nadu Teachers Education University (2018)", "B.A. English – Stella Maris College (2017)"]),
        ("list", "Skills", ["MS Office, Google Classroom", "English, Tamil, Hindi", "Zoho Desk (self-learned)"]),
    ]))

R.append(dict(
    file="w028.docx", family="UK contact-centre manager, Word tab-stop dates, employer line first then title",
    layout="tabs", eh="org_title", ds="mon", present="Present", sep=" – ",
    name="Claire Donnelly", contact=["Newcastle upon Tyne", "07700 900820", "claire.donnelly@post.test", "linkedin.com/in/clairedonnelly"],
    sections=[
        ("para", "Professional Profile", "Contact centre manager with 15 years in banking and utilities. I lead large teams, own complaint handling and care about getting it right for customers."),
        ("exp", "Career History", [
            E("Contact Centre Manager", "Tyneside Water", "Newcastle", "2020-09", "present", "facing", "contact_center",
              ["Lead 120 advisers across billing and operations lines",
               "Own stage-2 complaints: call customers back personally and agree resolutions",
               "Cut complaint volumes by 30% through root-cause fixes"]),
            E("Operations Analyst", "Tyneside Water", "Newcastle", "2018-04", "2020-08", "none", None,
              ["Built weekly performance dashboards for senior managers", "Headcount and budget modelling"]),
            E("Complaints Handler", "Northumbria Building Society", "Gosforth", "2014-01", "2018-03", "facing", "contact_center",
              ["Investigated member complaints, phoned members and wrote final response letters"]),
            E("Customer Adviser", "Northumbria Building Society", "Newcastle", "2011-06", "2013-12", "facing", "in_person_service",
              ["Served members at the branch counter and opened savings accounts"]),
            E("Mortgage Processor", "Northumbria Building Society", "Gosforth", "2010-01", "2011-05", "affecting", None,
              ["Checked applications, ordered valuations and prepared offers for underwriters"]),
        ]),
        ("line", "Education", ["BA (Hons) Business Management – Northumbria University (2011)"]),
        ("list", "Skills", ["Complaint handling (FCA DISP)", "Workforce planning", "Coaching", "Power BI"]),
    ]))

R.append(dict(
    file="w029.txt", family="Canadian newcomer résumé as plain text, title line with dates after comma, rideshare and warehouse",
    txt="inline", eh="title_org", ds="mm/yyyy", present="Present", sep=" - ",
    name="Oluwaseun Adebayo", contact=["Winnipeg, MB", "204-555-0193", "seun.adebayo@mailbox.test"],
    sections=[
        ("para", "Summary", "Newcomer to Canada (2023) with 5 years of call centre experience in Lagos and current Canadian work experience. Open to all shifts."),
        ("exp", "Canadian Work Experience", [
            E("Warehouse Associate", "Prairie Fulfilment Centre", "Winnipeg, MB", "2024-02", "present", "affecting", None,
              ["Pick, pack and ship e-commerce orders", "Process returned items and update inventory"]),
            E("Rideshare Driver (self-employed)", "Independent", "Winnipeg, MB", "2023-08", "present", "facing", "in_person_service",
              ["Drive passengers across the city; 4.9 rating over 2,000 trips"], et="freelance"),
            E("Cashier", "Northgate Convenience", "Winnipeg, MB", "2023-05", "2024-01", "facing", "in_person_service", []),
            E("Office Cleaner (evenings)", "Spotless Prairie Janitorial", "Winnipeg, MB", "2023-04", "2024-01", "none", None,
              ["Cleaned offices after hours"]),
        ]),
        ("exp", "International Work Experience", [
            E("Customer Service Representative", "Lagoon Telecom Nigeria", "Lagos, Nigeria", "2018-03", "2023-03", "facing", "contact_center",
              ["Handled 90+ calls daily on data bundles, SIM swaps and billing", "Trained 6 new agents"]),
        ]),
        ("line", "Education", ["B.Sc. Economics - University of Ibadan (2017)"]),
        ("list", "Skills", ["Customer service", "MS Office", "Class 5 driver's licence"]),
    ]))

R.append(dict(
    file="w030.pdf", family="Australian education aide, 2-page reportlab résumé with two-column header and page numbers",
    engine="rl", layout="twocol", eh="title_org", ds="mon", present="Present", sep=" – ", pagenum=True, leading=1.5,
    name="Siobhan Kerr", contact=["Geelong VIC 3220", "0400 555 347", "siobhan.kerr@mail.test"],
    sections=[
        ("para", "Career Summary", "Patient and practical integration aide with a background in veterinary reception and manufacturing. Volunteer surf life saver. Looking for a customer service role with school-hours flexibility."),
        ("exp", "Work Experience", [
            E("Integration Aide", "Corio Bay Primary School", "Geelong VIC", "2021-01", "present", "facing", "education",
              ["Support two students with additional needs in class and in the playground",
               "Adapt worksheets and keep daily communication books with parents",
               "Run small-group reading sessions",
               "Supervise students at recess and lunch and on excursions",
               "Attend support group meetings with teachers, parents and therapists"]),
            E("Veterinary Receptionist", "Bellarine Animal Hospital", "Drysdale VIC", "2017-03", "2020-12", "facing", "in_person_service",
              ["Booked appointments, admitted patients and took payments",
               "Comforted owners and explained discharge instructions from the vets"]),
            E("Process Worker", "Geelong Wool Combing Pty Ltd", "North Geelong VIC", "2013-05", "2017-02", "none", None,
              ["Operated carding and combing machines on rotating shifts", "Quality checks on wool tops"]),
            E("Kitchen Hand (casual)", "Waterfront Fish & Chips", "Geelong VIC", "2011-01", "2013-04", "affecting", None, []),
        ]),
        ("exp", "Volunteer Experience", [
            E("Patrol Member", "Torquay Surf Life Saving Club", "Torquay VIC", "2016-10", "present", "facing", "volunteering",
              ["Patrol the beach on summer weekends, give safety advice to beachgoers and perform first aid"],
              section="volunteer", et="volunteer"),
        ]),
        ("list", "Skills", ["Working with Children Check", "Bronze Medallion", "First Aid Level 2", "Microsoft Office, Compass"]),
        ("line", "Education", ["Certificate IV in Education Support – The Gordon TAFE (2020)", "VCE – Belmont High School (2012)"]),
        ("line", "Referees", ["Ms Anne Pallister, Assistant Principal, Corio Bay Primary School – 03 5555 0101",
                              "Dr Mark Haines, Practice Owner, Bellarine Animal Hospital – 03 5555 0177"]),
    ]))
