"""wild11 résumés w001–w015: one dict per résumé (file + gold)."""
from lib import E

R = []

R.append(dict(
    file="w001.pdf", family="US retail associate moving to customer service, Word-to-PDF single column, title line with right-aligned dates",
    engine="rl", layout="plain", paper="letter", eh="title_org", ds="month", present="Present",
    name="Destiny R. Calloway", contact=["Dayton, OH 45402", "(937) 555-0148", "destiny.calloway@mailbox.test"],
    sections=[
        ("para", "Summary", "Friendly, dependable retail associate with five years of experience helping shoppers, running a register and keeping a busy sales floor in order. Looking for a full-time customer service role."),
        ("exp", "Work Experience", [
            E("Sales Associate", "Brightway Home & Garden", "Dayton, OH", "2022-04", "present", "facing", "in_person_service",
              ["Greet customers and help them find products across seasonal and garden departments",
               "Process returns and exchanges at the service desk, including damaged-item claims",
               "Open store credit card applications; consistently above store target"]),
            E("Cashier", "Kroft Street Market", "Kettering, OH", "2020-08", "2022-03", "facing", "in_person_service",
              ["Operated register and self-checkout area; balanced drawer at end of shift",
               "Bagged groceries and answered questions about weekly specials"]),
            E("Overnight Stocker", "Kroft Street Market", "Kettering, OH", "2019-10", "2020-07", "affecting", None,
              ["Unloaded truck and stocked dry grocery aisles while the store was closed",
               "Faced shelves and rotated dated product"]),
            E("Prep Cook", "Patty's Diner", "Dayton, OH", "2017-06", "2018-05", "affecting", None,
              ["Prepped vegetables and sauces and plated breakfast orders"]),
            E("Warehouse Volunteer", "Miami Valley Community Pantry", "Dayton, OH", "2018-06", "2019-08", "affecting", None,
              ["Sorted donated food and packed emergency boxes for Saturday distribution"],
              section="volunteer", et="volunteer"),
        ]),
        ("list", "Skills", ["POS systems, cash handling, returns processing", "Microsoft Word and Excel", "Bilingual: English / basic Spanish"]),
        ("line", "Education", ["High School Diploma – Belmont High School, Dayton, OH (2019)"]),
    ]))

R.append(dict(
    file="w002.docx", family="UK call-centre adviser, Word heading styles and list bullets, right tab-stop dates",
    layout="styles", eh="title_org", ds="mon", present="Present", sep=" – ",
    name="Kieran Ashworth", contact=["Bolton, BL3", "07700 900214", "kieran.ashworth@post.test"],
    sections=[
        ("para", "Profile", "Customer service adviser with four years on the phones in energy and telecoms. Calm with upset callers, quick on systems and happy to work shifts."),
        ("exp", "Employment History", [
            E("Customer Service Adviser", "Pennine Energy Direct", "Bolton", "2023-02", "present", "facing", "contact_center",
              ["Handle 60–80 inbound calls a day about bills, meter readings and payment plans",
               "Set up direct debits and arrange engineer visits for smart meter faults",
               "Consistently score 90%+ on call quality audits"]),
            E("Sales and Service Agent", "Wavecrest Mobile", "Salford", "2021-06", "2023-01", "facing", "contact_center",
              ["Took upgrade and retention calls; offered handset and tariff deals",
               "Logged network complaints and followed up by email"]),
            E("Bar Staff", "The Fleece Inn", "Bolton", "2019-09", "2021-05", "facing", "in_person_service",
              ["Served drinks and food orders on busy weekend shifts", "Cashed up the till at close"]),
            E("Kitchen Porter", "The Fleece Inn", "Bolton", "2018-07", "2019-08", "affecting", None,
              ["Washed up pots and plates, kept the kitchen clean and prepped veg for the chefs"]),
            E("Warehouse Picker (agency)", "Fortline Logistics", "Westhoughton", "2017-09", "2018-06", "affecting", None,
              ["Picked online grocery orders on nights using a voice-picking headset"]),
        ]),
        ("list", "Skills", ["Salesforce and SAP IS-U", "Complaint handling", "Typing 55 wpm"]),
        ("line", "Education", ["Bolton College – BTEC Level 3 Business (2018)", "GCSEs: 7 including English and Maths"]),
        ("para", "References", "Available on request."),
    ]))

R.append(dict(
    file="w003.pdf", family="Philippine BPO résumé, fpdf2, left-aligned header, title then company line, right-aligned dates",
    engine="fpdf", layout="left", eh="title_org", ds="month", present="Present", sep=" - ",
    name="Maria Cristina D. Valdez", contact=["Blk 12 Lot 4, San Isidro, Cainta, Rizal", "+63 917 555 0192", "mcvaldez@inbox.test"],
    sections=[
        ("para", "Career Objective", "To obtain a position as Customer Service Representative where I can use my skills in technical and chat support."),
        ("exp", "Work Experience", [
            E("Technical Support Representative", "Silverline Teleservices Inc.", "Pasig City", "2023-05", "present", "facing", "contact_center",
              ["Troubleshoot internet and cable issues for US subscribers over the phone",
               "Schedule technician visits and document each call in the CRM",
               "Average handle time under target for 8 straight months"]),
            E("Customer Service Representative (Chat)", "Accuvia Global Solutions", "Ortigas", "2021-09", "2023-04", "facing", "digital_service",
              ["Handled 3 concurrent chats for an online travel account", "Processed refunds and rebooking requests"]),
            E("Data Encoder", "Rizal Provincial Land Office", "Antipolo City", "2020-01", "2021-06", "none", None,
              ["Encoded land titles and survey plans into the records system"]),
            E("Kitchen Crew", "Jollimeal Foods Corp. (Cainta Branch)", "Cainta", "2018-04", "2019-12", "affecting", None, []),
        ]),
        ("list", "Skills", ["Typing speed 45 wpm", "Zendesk, Salesforce", "Good communication skills in English and Filipino"]),
        ("line", "Education", ["Bachelor of Science in Office Administration – University of Rizal System (2019)"]),
        ("line", "Character References", ["Ms. Liza Bautista, Team Leader, Silverline Teleservices – 0918 555 0111"]),
    ]))

R.append(dict(
    file="w004.txt", family="US Indeed-style export pasted as text, warehouse worker moving to service, 'Month YYYY to Present'",
    txt="indeed", ds="month", present="Present", sep=" to ",
    name="Marcus Tillery", contact=["Memphis, TN 38118", "marcus.tillery@mailbox.test", "+1 901 555 0177"], contact_lines=True,
    hupper=False,
    sections=[
        ("exp", "Work Experience", [
            E("Warehouse Associate", "Delta Crossing Distribution", "Memphis, TN", "2022-09", "present", "affecting", None,
              ["Pick and pack customer orders using RF scanner", "Check outgoing orders for accuracy before shipping",
               "Maintain 110% pick rate"]),
            E("Forklift Operator", "Riverbend Paper Products", "Southaven, MS", "2021-03", "2022-08", "none", None,
              ["Moved raw paper rolls from receiving to production lines", "Completed daily forklift safety checks"]),
            E("Delivery Driver / Installer", "HomeSquare Furniture", "Memphis, TN", "2019-05", "2021-02", "facing", "in_person_service",
              ["Delivered furniture and appliances to customers' homes and set them up",
               "Walked customers through product care and collected signatures"]),
            E("Cashier", "QuickFill Gas & Go", "Memphis, TN", "2017-11", "2019-04", "facing", "in_person_service", []),
            E("Lawn Care Crew Member", "GreenEdge Lawn Services", "Memphis, TN", "2016-04", "2017-10", "none", None,
              ["Mowing, edging and leaf cleanup on commercial properties"]),
        ]),
        ("line", "Education", ["High school diploma or GED", "Hamilton High School - Memphis, TN", "2017"]),
        ("list", "Skills", ["Forklift certified", "Customer service", "Inventory control", "Cash handling"]),
        ("line", "Certifications and Licenses", ["Forklift Certification", "Driver's License"]),
    ]))

R.append(dict(
    file="w005.docx", family="Canadian teacher leaving teaching, Word tab-stop dates, bold title and italic school line",
    layout="tabs", eh="title_org", ds="mon", present="Present", sep=" – ",
    name="Geneviève Morrissette", contact=["Ottawa, ON", "613-555-0139", "g.morrissette@courriel.test"],
    sections=[
        ("para", "Professional Summary", "Elementary teacher with ten years of experience explaining things clearly, calming upset people and keeping detailed records. Transitioning to a client service role in the public or private sector. Bilingual (English/French)."),
        ("exp", "Professional Experience", [
            E("Grade 4 Teacher", "Rideau Valley District School Board – Maplecrest Public School", "Ottawa, ON", "2016-09", "present", "facing", "education",
              ["Plan and deliver lessons for classes of 26 students in English and French",
               "Meet with parents at conferences and by phone to discuss progress and concerns",
               "Write report cards and individual education plans"]),
            E("Occasional Teacher", "Rideau Valley District School Board", "Ottawa, ON", "2014-09", "2016-06", "facing", "education",
              ["Covered classes from kindergarten to Grade 8 on short notice"]),
        ]),
        ("exp", "Other Experience", [
            E("Private Tutor (self-employed)", None, "Ottawa, ON", "2012-09", "2016-06", "facing", "education",
              ["Tutored high-school students in French and math in their homes"], et="freelance"),
            E("Library Page", "Ottawa Public Library – Alta Vista Branch", "Ottawa, ON", "2010-06", "2012-08", "affecting", None,
              ["Shelved returned books and read shelves for order", "Prepared holds for pickup"]),
            E("Research Assistant (part-time)", "University of Ottawa – Faculty of Education", "Ottawa, ON", "2013-01", "2014-04", "none", None,
              ["Coded classroom observation transcripts and ran literature searches"], section="other"),
        ]),
        ("line", "Education", ["B.Ed., University of Ottawa, 2014", "B.A. (French Studies), Carleton University, 2012"]),
        ("list", "Skills", ["Bilingual – English and French (written and spoken)", "Google Workspace, Microsoft 365", "Conflict resolution"]),
    ]))

R.append(dict(
    file="w006.pdf", family="Australian hospitality résumé, reportlab with shaded left sidebar (contact, skills, availability)",
    engine="rl", layout="sidebar", eh="title_org", ds="mon", present="Current", sep=" – ", side=("Skills", "Availability"),
    name="Jade Nguyen", contact=["Brunswick VIC 3056", "0412 555 078", "jade.nguyen@mail.test"],
    sections=[
        ("para", "About Me", "Hard-working hospitality all-rounder with RSA and barista experience, looking for a customer service position with more regular hours."),
        ("exp", "Experience", [
            E("Café All-rounder", "Little Kettle Espresso", "Brunswick VIC", "2023-03", "present", "facing", "in_person_service",
              ["Make coffee on a busy 2-group machine (300+ cups on weekends)", "Take orders, run food and handle payments",
               "Open and close the café on my own"]),
            E("Front Office Agent", "Harbourview Serviced Apartments", "Docklands VIC", "2021-11", "2023-02", "facing", "in_person_service",
              ["Checked guests in and out and answered phone and email enquiries", "Handled noise complaints and lost-key call-outs after hours"]),
            E("Housekeeping Attendant", "Harbourview Serviced Apartments", "Docklands VIC", "2021-02", "2021-10", "affecting", None,
              ["Cleaned and reset 14 apartments a shift after guests checked out", "Restocked linen and amenities trolleys"]),
            E("Bottle Shop Attendant (casual)", "Corner Cellars", "Coburg VIC", "2019-08", "2021-01", "facing", "in_person_service", []),
            E("Kitchen Hand", "Saigon Street Kitchen", "Richmond VIC", "2018-11", "2019-07", "affecting", None,
              ["Dishwashing, food prep and cleaning the cool room"]),
        ]),
        ("list", "Skills", ["RSA (VIC)", "Barista", "Square / Lightspeed POS", "Opera PMS", "Vietnamese (fluent)"]),
        ("list", "Availability", ["Weekdays and weekends", "Full-time or part-time"]),
        ("line", "Education", ["Certificate III in Hospitality – Kangan Institute (2020)", "VCE – Coburg High School (2019)"]),
        ("line", "References", ["Available on request"]),
    ]))

R.append(dict(
    file="w007.txt", family="Indian job-portal style résumé pasted as text, dashes and colons, 'till date'",
    txt="plain", eh="dash", ds="mon", present="till date", sep=" to ", underline="-",
    name="Rohit Kumar Sharma", contact=["Sector 62, Noida, Uttar Pradesh", "Mobile: +91 98110 55012", "Email: rohitks@inbox.test"], contact_lines=True,
    sections=[
        ("para", "Career Objective", "Seeking a challenging position in customer support where I can utilise my communication skills and grow with the organisation."),
        ("exp", "Work Experience", [
            E("Customer Care Executive", "Voxline Telecom Services Pvt. Ltd.", "Noida", "2023-01", "present", "facing", "contact_center",
              ["Handling inbound calls of prepaid and postpaid customers regarding recharge, billing and network issues",
               "Resolving queries within first call and escalating complaints as per process",
               "Awarded 'Star of the Month' twice for CSAT"]),
            E("Back Office Executive", "Nexa Finserv Pvt. Ltd.", "Ghaziabad", "2021-07", "2022-12", "affecting", None,
              ["Verification of KYC documents for loan applications", "Data entry of customer details in the loan system and MIS reporting"]),
            E("Sales Executive", "Digital Planet Electronics", "Ghaziabad", "2019-05", "2021-06", "facing", "sales_account",
              ["Explained mobile phones and accessories to walk-in customers and achieved monthly sales targets",
               "Handled EMI and exchange offers at the counter"]),
            E("Data Entry Operator", "Shree Ganesh Logistics", "Ghaziabad", "2018-06", "2019-04", "none", None,
              ["Entered consignment notes and vehicle trip sheets in Tally"]),
        ]),
        ("line", "Educational Qualification", ["B.Com - CCS University, Meerut (2019)", "12th - CBSE (2016)", "10th - CBSE (2014)"]),
        ("list", "Technical Skills", ["MS Office, Excel (VLOOKUP, Pivot)", "Typing speed 35 wpm"]),
        ("line", "Personal Details", ["Date of Birth: 14-08-1998", "Languages Known: Hindi, English", "Marital Status: Single"]),
        ("para", "Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
    ]))

R.append(dict(
    file="w008.docx", family="South African CV, Word with a borderless table per job (role/company left, dates right)",
    layout="table", eh="title_org", ds="month", present="Present", sep=" – ",
    name="Nomvula Dlamini", contact=["Soweto, Johannesburg", "072 555 0163", "nomvula.dlamini@post.test"],
    sections=[
        ("line", "Personal Details", ["ID Number: available on request", "Driver's licence: Code 8", "Languages: English, isiZulu, Sesotho"]),
        ("exp", "Work Experience", [
            E("Call Centre Agent", "Umoya Life Assurance", "Braamfontein", "2022-06", "present", "facing", "contact_center",
              ["Answer policyholder calls about premiums, claims status and beneficiary changes",
               "Capture policy amendments and send confirmation letters",
               "Meet monthly quality and call-handling targets"]),
            E("Cashier", "FreshSave Supermarket", "Soweto", "2020-03", "2022-05", "facing", "in_person_service",
              ["Served customers at the till and sold airtime, electricity and lotto", "Balanced cash-up at end of shift"]),
            E("Merchandiser", "Shelfline Merchandising Services", "Johannesburg South", "2018-11", "2020-02", "affecting", None,
              ["Packed shelves and built displays for a snacks supplier according to planograms", "Checked stock levels and expiry dates at 6 stores"]),
            E("Soup Kitchen Volunteer", "Kopanong Community Care", "Soweto", "2017-01", "2018-10", "facing", "volunteering",
              ["Served meals to elderly residents every Saturday"], section="volunteer", et="volunteer"),
        ]),
        ("line", "Education", ["Matric (Grade 12) – Morris Isaacson High School, 2016", "Certificate in Contact Centre Operations (NQF 2), 2022"]),
        ("list", "Skills", ["MS Office", "Telephone etiquette", "Cash handling"]),
        ("line", "References", ["Mr T. Mokoena – Team Leader, Umoya Life Assurance – 011 555 0190"]),
    ]))

R.append(dict(
    file="w009.pdf", family="UK healthcare assistant CV, fpdf2 centred header, employer line first with dates right, title below",
    engine="fpdf", eh="org_title", ds="mm/yyyy", present="Present", sep=" – ", hupper=True,
    name="Agnieszka Nowacka", contact=["Leicester LE2", "07700 900388", "a.nowacka@post.test"],
    sections=[
        ("para", "Personal Statement", "Caring and reliable healthcare assistant with experience on busy wards and in the community. I would like to use my patience and communication skills in a patient services or customer support team."),
        ("exp", "Work History", [
            E("Healthcare Assistant", "Leicester Royal Hospitals NHS Trust", "Leicester", "2022-01", "present", "facing", "healthcare_care",
              ["Personal care, observations and mobility support for up to 8 patients on an elderly care ward",
               "Talk with families at visiting time and pass concerns to the nurse in charge"]),
            E("Care Worker", "Brightlea Home Care Ltd", "Leicester", "2019-10", "2021-12", "facing", "healthcare_care",
              ["Visited clients in their own homes for personal care, meals and medication prompts"]),
            E("Domestic Assistant", "Leicester Royal Hospitals NHS Trust", "Leicester", "2018-05", "2019-09", "affecting", None,
              ["Cleaned wards, bathrooms and sluice rooms to the national cleaning standards", "Restocked linen cupboards"]),
            E("Waitress", "Café Lwów", "Leicester", "2016-08", "2018-04", "facing", "in_person_service", []),
            E("Production Operative", "Midlands Bakehouse Ltd", "Leicester", "2015-01", "2016-07", "none", None,
              ["Worked on the sandwich assembly line and packing area"]),
        ]),
        ("list", "Training", ["Care Certificate (2019)", "Basic Life Support (2025)", "Safeguarding Adults Level 2"]),
        ("line", "Education", ["NVQ Level 3 Health and Social Care – Leicester College (2021)"]),
        ("para", "References", "Available on request."),
    ]))

R.append(dict(
    file="w010.md", family="Irish student CV in Markdown, h3 titles with bold employer and dates, part-time jobs",
    md="h3", ds="mon", present="Present", sep=" – ",
    name="Ciara Ó Dálaigh", contact=["Galway", "087 555 0124", "ciara.odalaigh@student.test"],
    sections=[
        ("para", "Profile", "Third-year Commerce student at University of Galway looking for a part-time customer service role for weekends and summer."),
        ("line", "Education", ["**B.Comm (2024 – 2027)** – University of Galway", "**Leaving Certificate (2024)** – Coláiste Bhríde, 520 points"]),
        ("exp", "Work Experience", [
            E("Sales Assistant (part-time)", "Corrib Fashion House", "Galway", "2024-10", "present", "facing", "in_person_service",
              ["Help customers with sizes and fitting rooms", "Till, returns and click-and-collect orders"]),
            E("Lifeguard", "Salthill Leisure Centre", "Galway", "2023-06", "2024-08", "facing", "other_facing",
              ["Supervised public swim sessions and kids' lessons", "First aid for minor injuries"]),
            E("Farm Hand", "Kilcolgan Soft Fruit", "Kilcolgan", "2022-06", "2022-08", "none", None,
              ["Picked and packed strawberries"], dt="Summer 2022"),
            E("Student Ambassador", "University of Galway", "Galway", "2025-02", "present", "facing", "other_facing",
              ["Lead campus tours for prospective students and parents on open days"], section="other", et="paid"),
        ]),
        ("list", "Skills", ["Irish and English", "Excel, Canva", "Pool Lifeguard qualification (2023)"]),
    ]))

R.append(dict(
    file="w011.docx", family="US electrician turned service counter associate, name and contact in the Word page header",
    layout="header", eh="org_title", ds="mm/yyyy", present="Present", sep=" - ",
    name="Dale Ostrowski", contact=["Milwaukee, WI 53207", "(414) 555-0190", "dale.ostrowski@mailbox.test"],
    sections=[
        ("para", "Summary", "Licensed journeyman electrician with 12 years in residential service, now moving into a customer-facing role with daytime hours after a back injury."),
        ("exp", "Relevant Experience", [
            E("Service Counter Associate", "Lakeshore Hardware Supply", "Milwaukee, WI", "2025-05", "present", "facing", "in_person_service",
              ["Help contractors and homeowners find parts and fittings at the pro counter", "Cut keys, mix paint and take special orders"]),
            E("Residential Service Electrician", "Bay View Electric Co.", "Milwaukee, WI", "2017-03", "2025-03", "facing", "other_facing",
              ["Ran 5-7 service calls a day in occupied homes: troubleshooting, panel upgrades, EV chargers",
               "Explained options and quotes to homeowners and took payment on site"]),
        ]),
        ("exp", "Other Experience", [
            E("Apprentice Electrician", "Kettle Moraine Electrical Contractors", "Waukesha, WI", "2013-01", "2017-02", "none", None,
              ["Rough-in and trim-out on new construction subdivisions"], et="internship"),
            E("Warehouse Laborer", "Great Lakes Lumber Supply", "Milwaukee, WI", "2011-06", "2012-12", "affecting", None,
              ["Pulled and staged contractor lumber orders for next-day delivery"]),
            E("Volunteer", "Bay View Tool Library", "Milwaukee, WI", "2019-01", "2024-12", "affecting", None,
              ["Repaired and sharpened donated tools in the workshop before they went out on loan"],
              section="volunteer", et="volunteer"),
        ]),
        ("list", "Licenses & Skills", ["Wisconsin Journeyman Electrician license", "Point-of-sale, special orders", "Bilingual Polish/English"]),
        ("line", "Education", ["Milwaukee Area Technical College – Electrical Apprenticeship Program (2017)"]),
    ]))

R.append(dict(
    file="w012.pdf", family="US grocery store manager, 2-page reportlab résumé with page footer, title line with right dates",
    engine="rl", layout="twocol", paper="letter", eh="title_org", ds="mon", present="Present", sep=" – ", pagenum=True, leading=1.45,
    name="Theresa Vandermolen", contact=["Grand Rapids, MI", "(616) 555-0102", "tvandermolen@mailbox.test", "linkedin.com/in/tvandermolen"],
    sections=[
        ("para", "Professional Summary", "Retail manager with 18 years in grocery, from cashier to store manager of a $28M store. Known for strong teams, low turnover and high customer satisfaction scores. Seeking a customer experience management role."),
        ("exp", "Professional Experience", [
            E("Store Manager", "Harvest Table Markets", "Wyoming, MI", "2019-06", "present", "facing", "in_person_service",
              ["Lead a store of 95 team members and $28M annual sales",
               "Personally handle escalated customer complaints and respond to online reviews",
               "Raised customer satisfaction survey score from 78% to 89% in two years",
               "Build schedules and labor budgets; cut shrink 1.2 points"]),
            E("Assistant Store Manager", "Harvest Table Markets", "Kentwood, MI", "2015-02", "2019-05", "facing", "in_person_service",
              ["Ran the front end and customer service desk; trained cashiers on service standards",
               "Covered store manager duties on weekends",
               "Led the store's switch to online grocery pickup, including curbside hand-off standards",
               "Hired and onboarded 40+ seasonal associates each year"]),
            E("Inventory Control Specialist", "Harvest Table Markets", "Grand Rapids, MI", "2012-08", "2015-01", "affecting", None,
              ["Ran cycle counts and fixed out-of-stocks in the ordering system", "Audited shelf tags and pricing accuracy"]),
            E("Front End Supervisor", "Northpoint Foods", "Grand Rapids, MI", "2010-03", "2012-07", "facing", "in_person_service",
              ["Supervised 12 cashiers and baggers; approved voids and refunds", "Resolved customer complaints at the service desk",
               "Counted down tills and prepared bank deposits"]),
            E("Cashier", "Northpoint Foods", "Grand Rapids, MI", "2008-05", "2010-02", "facing", "in_person_service", []),
            E("Receiving Clerk", "Northpoint Foods", "Grand Rapids, MI", "2006-06", "2008-04", "affecting", None,
              ["Checked in vendor deliveries and reported shortages and damages"]),
        ]),
        ("list", "Core Skills", ["Customer experience and service recovery", "Team leadership and coaching", "P&L, labor and shrink control",
                                 "Scheduling (Kronos)", "Food safety (ServSafe Manager)"]),
        ("line", "Education", ["Associate of Applied Science, Business Management – Grand Rapids Community College (2011)"]),
        ("line", "Awards", ["District Store of the Year, 2023", "Harvest Table Service Star, 2017"]),
    ]))

R.append(dict(
    file="w013.txt", family="Philippine virtual assistant résumé pasted as text, caps headings, title line with dates after a comma",
    txt="inline", eh="title_org", ds="mon", present="Present", sep=" - ", underline="=",
    name="Jerome P. Bautista", contact=["Davao City, Philippines", "+63 998 555 0145", "jeromebautista.va@mail.test"],
    sections=[
        ("para", "Summary", "Reliable virtual assistant and former call center agent. Strong English, fast learner, with my own laptop, backup internet and a quiet workspace."),
        ("exp", "Work Experience", [
            E("Virtual Assistant (freelance)", "Self-employed", "Remote", "2023-08", "present", "facing", "entrepreneurial_freelance",
              ["Manage inbox, calendar and bookings for two US small-business clients",
               "Reply to their customers' emails and Facebook messages and update Shopify orders",
               "Weekly video calls with clients to report on tasks"], et="freelance"),
            E("Collections Agent", "PrimeAxis Contact Center", "Davao City", "2021-02", "2023-07", "facing", "contact_center",
              ["Made outbound calls to US credit card holders with overdue balances and set up payment arrangements"]),
            E("Sales Lady", "Gaisano Grand Mall (Toril)", "Davao City", "2019-06", "2021-01", "facing", "in_person_service",
              ["Assisted shoppers in the ladies' wear section and kept racks neat"]),
            E("Cashier", "Kusina ni Aling Nena Eatery", "Davao City", "2018-04", "2019-05", "facing", "in_person_service", []),
            E("Inventory Clerk (part-time)", "Mindanao Hardware Depot", "Davao City", "2017-06", "2018-03", "affecting", None,
              ["Counted stock and updated bin cards for the sales counter"]),
        ]),
        ("list", "Tools", ["Google Workspace", "Shopify", "Canva", "Trello", "Zoom"]),
        ("line", "Education", ["Bachelor of Science in Business Administration", "University of Mindanao, 2019"]),
    ]))

R.append(dict(
    file="w014.docx", family="Indian hotel-management CV, Word heading styles, tab-stop dates, industrial training",
    layout="styles", eh="title_org", ds="mon.", present="Present", sep=" – ",
    name="Ananya Iyer", contact=["Bengaluru, Karnataka", "+91 97400 55031", "ananya.iyer@inbox.test"],
    sections=[
        ("para", "Objective", "Hospitality graduate with front office and guest relations experience, seeking a customer experience role in a hotel or travel company."),
        ("exp", "Work Experience", [
            E("Guest Relations Executive", "The Cubbon Grand Hotel", "Bengaluru", "2024-03", "present", "facing", "in_person_service",
              ["Welcome VIP and repeat guests, handle special requests and feedback",
               "Coordinate with housekeeping and F&B to resolve guest complaints"]),
            E("Night Auditor", "Lotus Residency", "Bengaluru", "2023-04", "2024-02", "affecting", None,
              ["Ran night audit, reconciled guest folios and posted room charges", "Prepared daily revenue and occupancy reports"]),
            E("Front Office Associate", "Lotus Residency", "Bengaluru", "2022-07", "2023-03", "facing", "in_person_service",
              ["Check-in and check-out, reservations over phone and email", "Handled cash and card settlements"]),
            E("Industrial Trainee", "Sea Breeze Resort", "Goa", "2021-01", "2021-06", "affecting", None,
              ["Rotated through housekeeping, laundry and the main kitchen", "Prepared mise en place for the breakfast buffet"],
              et="internship"),
        ]),
        ("line", "Education", ["B.Sc. Hospitality and Hotel Administration – IHM Bengaluru (2022)"]),
        ("list", "Skills", ["Opera PMS, IDS Fortune", "English, Hindi, Tamil, Kannada", "Complaint handling"]),
        ("para", "Declaration", "I hereby declare that the information furnished above is true to the best of my knowledge."),
    ]))

R.append(dict(
    file="w015.pdf", family="Australian returner to work, fpdf2 left-aligned header, dates on their own line, career break listed",
    engine="fpdf", layout="left", eh="dateline", ds="mon", present="Present", sep=" – ",
    name="Rebecca Hollis", contact=["Ipswich QLD 4305", "0423 555 816", "bec.hollis@mail.test"],
    sections=[
        ("para", "Career Summary", "Organised and friendly administrator returning to the workforce after time at home with my children. Experience in medical reception, accounts and retail."),
        ("exp", "Employment History", [
            E("Retail Assistant (casual)", "Bundamba Newsagency", "Bundamba QLD", "2025-08", "present", "facing", "in_person_service",
              ["Serve customers at the counter, lotto and parcel pickups"]),
            E("Career Break – Full-time Parent", None, None, "2019-03", "2025-07", "none", None, [], et="unknown"),
            E("Medical Receptionist", "Brassall Family Practice", "Brassall QLD", "2015-06", "2019-02", "facing", "in_person_service",
              ["Booked appointments and greeted patients at the front desk",
               "Processed Medicare and private billing, answered a busy phone line"]),
            E("Accounts Payable Clerk", "Riverlink Transport Pty Ltd", "Wacol QLD", "2011-02", "2015-05", "none", None,
              ["Entered supplier invoices in MYOB and prepared weekly payment runs", "Reconciled fuel card statements"]),
            E("Payroll Officer", "Riverlink Transport Pty Ltd", "Wacol QLD", "2009-01", "2011-01", "none", None,
              ["Processed fortnightly pays for 140 drivers and yard staff"]),
        ]),
        ("line", "Education", ["Certificate IV in Business Administration (Medical) – TAFE Queensland (2015)"]),
        ("list", "Skills", ["Best Practice, MYOB, Xero", "Microsoft Office", "First Aid (current)"]),
        ("para", "Referees", "Available upon request"),
    ]))
