"""wild45 résumés w016–w030."""
from lib import E
from defs_a import F, A, N, IP, CC, HC, SA, ED, VO, EF, IS, OF

RESUMES = [
# ------------------------------------------------------------------ w016
dict(id="w016", renderer="docx", layout="sidebar", nested=True, order="title_org", dates="mon", present="Present",
     family="UK gift-shop key holder with pharmacy counter years, Word two-column layout table with shaded sidebar and a nested table per job",
     name="Amira Hussain", contact=["Eastbrook, West Yorkshire", "07931 550 214", "amira.hussain@mailbox.co.uk"],
     tagline="Key holder – retail and pharmacy counter", sidehex="EFE3D6",
     side=[("Skills", ["Cash handling & banking", "Opening / closing", "WWHAM questioning", "Visual displays",
                       "Urdu & Punjabi"]),
           ("Education", ["NVQ Level 2 Pharmacy Retail, 2020", "GCSEs (8), Eastbrook High"])],
     blocks=[
        ("Experience", [
            E("Key Holder", "Petal & Pine Gifts", "Eastbrook", "2022-04", "present", F, IP, [
                "Open and close the shop three days a week, cash up and bank",
                "Serve on the till, gift-wrap and take special orders",
                "Change the window every fortnight"]),
            E("Pharmacy Counter Assistant", "Kingsway Chemist", "Eastbrook", "2019-09", "2022-03", F, HC, [
                "Sold P medicines using WWHAM and referred to the pharmacist",
                "Handed out prescriptions and took in repeat slips",
                "Stock rotation and date checks in the front shop"]),
            E("Christmas Temp Sales Assistant", "Holloway's Department Store", "Leeds", "2018-11", "2018-12", F, IP, []),
            E("Retail Volunteer", "Eastbrook Hospice Shop", "Eastbrook", "2017-01", "2019-10", F, VO, [
                "Served on the till and sorted donations on Saturdays"], section="volunteer", etype="volunteer"),
        ]),
     ]),
# ------------------------------------------------------------------ w017
dict(id="w017", renderer="txt", order="dash", dates="mon", present="Present", rowjoin="  |  ", hstyle="dashes",
     bullet="•", dash=" - ",
     family="Irish twenty-something with short overlapping shop and warehouse jobs, plain text, 'Title - Employer, Town  dates' on one line",
     name="Cian Moloney", contact=["Glenmallow, Co. Cork  |  083 119 4470  |  cianmoloney@mailbox.ie"],
     blocks=[
        ("Experience", [
            E("Customer Assistant", "Kilbride's Supermarket", "Glenmallow", "2025-09", "present", F, IP, []),
            E("Online Order Picker", "Kilbride's Supermarket", "Glenmallow", "2025-03", "2025-08", A, None, [
                "Picked home-delivery orders on the scanner from 6am"]),
            E("Deli Counter Assistant", "The Pantry Deli", "Glenmallow", "2024-06", "2025-02", F, IP, [
                "Made rolls and wraps to order, hot food counter"]),
            E("Warehouse Operative (agency)", "Marlin Distribution", "Little Island", "2024-10", "2024-12", A, None, [
                "Christmas peak - picking store orders for a fashion retailer"]),
            E("Sales Assistant (Christmas)", "GameZone Glenmallow", None, "2023-11", "2024-01", F, IP, []),
            E("Car Park Attendant", "Glenmallow Shopping Centre", None, "2023-06", "2023-08", F, OF, [
                "Directed traffic on market days and answered shoppers' questions"], datetext="Summer 2023"),
        ]),
        ("Education", ["Leaving Cert 2021 - Glenmallow Community School", "Forklift (counterbalance) cert 2024"]),
        ("Other", ["Full B licence. Available immediately."]),
     ]),
# ------------------------------------------------------------------ w018
dict(id="w018", renderer="fpdf2", layout="left", footer=True, order="title_org", dates="month", present="Present",
     fs=10.5, rgb=(20, 90, 90), h_case="title",
     family="UK supermarket assistant store manager now an HR administrator, fpdf2 two pages with page footer",
     name="Rebecca Stanton", contact=["Ashby Moor, Leicestershire", "07522 816 390", "rebecca.stanton@mailbox.co.uk",
                                      "CIPD Level 3 (Associate Diploma in People Management, in progress)"],
     blocks=[
        ("Profile", ["HR administrator with a 13-year background in food retail, including six years as an assistant "
                     "store manager responsible for recruitment, inductions and absence management for a team of 90. "
                     "I moved into HR in 2022 because the people side was always the part of store management I "
                     "enjoyed most. Organised, discreet and used to a fast pace; strong with Excel and HR systems "
                     "(Cezanne, Sage People)."]),
        ("Employment History", [
            E("HR Administrator", "Caldwell Logistics Ltd", "Ashby Moor", "2023-01", "present", F, IS, [
                "First point of contact for managers' and employees' HR queries by phone, email and drop-in",
                "Issue offer letters and contracts and run right-to-work and DBS checks",
                "Prepare starter, leaver and change forms for payroll each month",
                "Book and minute investigation and absence meetings",
                "Produce the monthly absence and turnover report for the operations board"]),
            E("HR Assistant (fixed-term)", "Caldwell Logistics Ltd", "Ashby Moor", "2022-07", "2022-12", N, None, [
                "Scanned and indexed 600 personnel files for the move to a digital system",
                "Keyed absence and holiday data into the HRIS and cleaned up duplicate records"]),
            E("Assistant Store Manager", "Fieldfare Foods", "Ashby Moor", "2016-03", "2022-06", F, IP, [
                "Recruited, inducted and trained colleagues; ran return-to-work and absence meetings",
                "Duty manager on the shop floor: refunds, complaints and till floats",
                "Led the store through two stock-result audits with above-target scores",
                "Covered the store manager for holidays (c. 8 weeks a year)",
                "Built the weekly rota for 90 colleagues in the workforce planning system"]),
            E("Department Supervisor (Produce)", "Fieldfare Foods", "Ashby Moor", "2012-05", "2016-02", A, None, [
                "Ordering, waste and date rotation for fruit, veg and flowers",
                "Led a produce team of six on 5am starts",
                "Reduced known waste by 18% through better ordering and markdown timing"]),
            E("Customer Assistant", "Fieldfare Foods", "Ashby Moor", "2009", "2012", F, IP, [
                "Checkouts, kiosk and shelf filling"]),
            E("Saturday Assistant", "Bakewell's Butchers", "Ashby Moor", "2007", "2009", F, IP, []),
        ]),
        ("Education and Training", ["CIPD Level 3 Foundation Certificate in People Practice, 2023",
                                    "Mental Health First Aider (MHFA England), 2021",
                                    "A Levels: Business (B), Sociology (C), Psychology (C) – Ashby Moor College"]),
        ("Skills", ["Microsoft Excel (pivot tables, VLOOKUP), Word, Outlook, Teams", "Cezanne HR, Sage People, "
                    "workforce planning systems", "Minute-taking", "Full UK driving licence"]),
        ("Interests", ["Park run volunteer, netball (goal defence) for Ashby Moor Ladies, baking."]),
        ("References", ["Available on request."]),
     ]),
# ------------------------------------------------------------------ w019
dict(id="w019", renderer="docx", layout="styles", order="title_org", dates="mon", present="Present",
     family="Canadian bilingual grocery service-desk clerk now in an insurance contact centre, Word heading styles, tab-stop dates",
     name="Jean-Philippe Arsenault", contact=["Stonebridge, NB", "506-555-0174", "jp.arsenault@mailbox.ca"],
     blocks=[
        ("Profile", ["Bilingual (French/English) customer care agent. Seven years serving customers in person and "
                     "by phone; patient with upset callers and careful with policy details."]),
        ("Work Experience", [
            E("Bilingual Customer Care Agent", "Maritime Mutual Insurance", "Stonebridge, NB", "2023-02", "present", F, CC, [
                "Answer 60-70 calls a day in French and English about home and auto policies",
                "Process address changes, billing plan changes and pink card requests",
                "Quality score 94% over the past 12 months"]),
            E("Customer Service Desk Clerk", "Atlantic Foodland", "Stonebridge, NB", "2019-06", "2023-01", F, IP, [
                "Returns, bottle refunds, lottery and bill payments at the service desk",
                "Handled price-match and complaint questions for the front end"]),
            E("Grocery Clerk (Night Crew)", "Atlantic Foodland", "Stonebridge, NB", "2017-09", "2019-05", A, None, [
                "Worked the night crew stocking grocery and dairy after close; rotated dated product"]),
            E("Plant Worker (seasonal)", "Baie Verte Seafoods", "Cap-Rouge, NB", "2016-05", "2016-08", N, None, [
                "Lobster processing line: grading, packing and freezer work"]),
        ]),
        ("Volunteer Experience", [
            E("Food Bank Volunteer (Client Intake)", "Stonebridge Community Food Bank", "Stonebridge, NB", "2018", "2020", F, VO, [
                "Registered clients at intake and helped them choose items"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["NBCC – Business Administration certificate (part-time), 2022",
                       "École secondaire Stonebridge – Diploma, 2016"]),
     ]),
# ------------------------------------------------------------------ w020
dict(id="w020", renderer="html", order="orgfirst", dates="m/yyyy", present="current",
     family="US dollar-store assistant manager turned bank loan-servicing assistant, HTML from a résumé builder, employer headings with roles beneath",
     name="Tamika Reynolds", contact=["Cedar Hollow, GA 31516", "912-555-0131", "tamika.reynolds@mailbox.com"],
     css="body{font-family:'Segoe UI',sans-serif;max-width:800px;margin:auto}h1{letter-spacing:2px}"
         "h2{background:#eee;padding:3px 6px;font-size:14px}.row{display:flex;justify-content:space-between}",
     blocks=[
        ("Objective", ["To grow in banking operations, using my cash handling, retail management and back-office "
                       "experience."]),
        ("Work Experience", [
            E("Loan Servicing Assistant", "Cedar Hollow Savings Bank", "Cedar Hollow, GA", "2022-06", "present", A, None, [
                "Prepare payoff statements and process escrow changes for consumer and mortgage loans",
                "Upload and index loan documents in the imaging system",
                "Balance the daily loan payment batch"]),
            E("Teller", "Cedar Hollow Savings Bank", "Cedar Hollow, GA", "2021-03", "2022-05", F, IP, []),
            E("Mystery Shopper", "BrightLens Field Research", None, "2018", "2021", A, None, [
                "Evaluated service at banks, restaurants and apartment leasing offices; reports within 24 hours"],
              etype="freelance"),
            E("Assistant Store Manager", "Dollar Depot", "Cedar Hollow, GA", "2015-08", "2021-02", F, IP, [
                "Ran the register and opened or closed the store alone most nights",
                "Unloaded the weekly truck and worked freight",
                "Deposits, till counts and cash-office paperwork"]),
            E("Cashier", "Dollar Depot", "Cedar Hollow, GA", "2014-01", "2015-07", F, IP, []),
        ]),
        ("Education", ["Coastal Pines Technical College – Accounting coursework (24 credits)",
                       "Cedar Hollow High School – Diploma"]),
     ]),
# ------------------------------------------------------------------ w021
dict(id="w021", renderer="reportlab", layout="centred", order="org_title", dates="mon", present="Present",
     font="Times-Roman", fs=10.5, accent="#233d23",
     family="Irish supermarket assistant manager from night replenishment and bar work, reportlab centred header, employer first",
     name="Darragh Kinsella", contact=["Tullyvale, Co. Laois", "085 230 7719", "darragh.kinsella@mailbox.ie"],
     blocks=[
        ("Profile", ["Assistant manager in a busy family-owned supermarket. I know every department because I've "
                     "worked in most of them. Looking for a store manager role within an hour of Tullyvale."]),
        ("Experience", [
            E("Assistant Store Manager", "Greenway Foodstores", "Tullyvale", "2024-01", "present", F, IP, [
                "Rostering for 22 staff and weekly wage control",
                "Food safety audits, HACCP records and EHO visits",
                "Cover the customer service desk at weekends and handle refunds and complaints"]),
            E("Fresh Food Supervisor", "Greenway Foodstores", "Tullyvale", "2021-05", "2023-12", F, IP, [
                "Ran the deli, bakery and hot food counter: rota, ordering and temperature checks",
                "Served on the counter myself at lunchtime and trained new deli staff"]),
            E("Grocery Replenishment Assistant (nights)", "Greenway Foodstores", "Abbeyfield", "2018-08", "2021-04", A, None, [
                "Filled grocery aisles on the night shift and built promotional ends"]),
            E("Bar Person", "Kinsella's Bar", "Tullyvale", "2015", "2018", F, IP, []),
        ]),
        ("Volunteering", [
            E("Club Secretary", "Tullyvale Tidy Towns", None, "2020", "2023", N, None, [
                "Minutes, grant applications and the annual competition entry"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Certificate in Retail Management (QQI Level 6), 2022", "Leaving Certificate, 2015"]),
     ]),
# ------------------------------------------------------------------ w022
dict(id="w022", renderer="docx", layout="tabs", order="title_org", dates="month", present="Current", sep=" to ",
     family="Australian supermarket service-desk worker now an assistant in nursing, Word tab-stop dates",
     name="Kylie Matthews", contact=["Warrigal Heights NSW 2528", "0423 905 118", "kylie.matthews@mailbox.com.au"],
     fs=11, font="Calibri",
     blocks=[
        ("Career Objective", ["To continue working in aged care while completing my Diploma of Nursing."]),
        ("Employment History", [
            E("Assistant in Nursing (AIN)", "Banksia Lodge Aged Care", "Warrigal Heights NSW", "2023-03", "present", F, HC, [
                "Showering, dressing, continence care and pressure area care for 10-12 residents per shift",
                "Hoist and slide-sheet transfers (manual handling trained)",
                "Document care in the electronic care record"]),
            E("Lifestyle Assistant", "Banksia Lodge Aged Care", "Warrigal Heights NSW", "2022-07", "2023-02", F, HC, [
                "Ran bingo, music and gentle exercise sessions and one-on-one visits for residents"]),
            E("Service Desk Team Member", "Harvest Fresh Supermarkets", "Warrigal Heights NSW", "2017-02", "2022-06", F, IP, [
                "Refunds, tobacco and lotto sales, lay-by and parcel pick-up",
                "Helped on the registers when queues built up"]),
            E("Checkout Operator", "Harvest Fresh Supermarkets", "Warrigal Heights NSW", "2014", "2016", F, IP, [
                "School-based casual, Thursday nights and Saturdays"]),
        ]),
        ("Qualifications", ["Certificate III in Individual Support (Ageing), 2022", "Diploma of Nursing – studying, 2025-",
                            "First Aid & CPR (current); NDIS Worker Screening Check"]),
     ]),
# ------------------------------------------------------------------ w023
dict(id="w023", renderer="txt", order="title_org", dates="mon", present="Present", sep=" - ", rowjoin="pad",
     hstyle="caps", bullet="-", width=84,
     family="UK department-store stockroom assistant now a warehouse team leader, plain text with padded right dates",
     name="DEAN HOLLIS", contact=["Kirkham Lees, Lancashire  -  07788 413 960  -  dean.hollis@mailbox.co.uk"],
     blocks=[
        ("Profile", ["Hard-working team leader, happy on nights. Counterbalance and reach truck licences."]),
        ("Experience", [
            E("Warehouse Team Leader", "Brightline Fulfilment", "Kirkham Lees", "2021-10", "present", A, None, [
                "Run a night pick team of 15 sending online orders for three high street brands",
                "Hit 99.6% pick accuracy for 2024; daily KPI briefings",
                "Inductions and forklift refresher training for new starters"]),
            E("Stockroom Assistant", "Mayfield & Co", "Kirkham Lees", "2018-02", "2021-09", A, None, [
                "Unloaded deliveries, processed stock and filled the shop floor before opening",
                "Stock counts and returns to the DC"]),
            E("Sales Assistant", "Mayfield & Co", "Kirkham Lees", "2016-09", "2018-01", F, IP, [
                "Mostly on the menswear floor and fitting rooms"]),
            E("Trolley Operative", "Kirkham Lees Superstore", None, "2014", "2016", F, IP, [
                "Collected trolleys from the car park and helped older customers to their cars with heavy shopping"]),
        ]),
        ("Education & Licences", ["Kirkham Lees High School - GCSEs 2014",
                                  "Counterbalance (B1) and Reach (D1) licences"]),
        ("Hobbies", ["Five-a-side, fishing."]),
     ]),
# ------------------------------------------------------------------ w024
dict(id="w024", renderer="fpdf2", layout="left", order="dates_first", dates="month", present="current", sep=" – ",
     dash=" – ", gdocs=True, serif=True, rgb=(90, 30, 30),
     family="New Zealand checkout supervisor turned accounts payable officer, fpdf2 (Google Docs style), dates line above each job",
     name="Hannah Whitcombe", contact=["Kaiwhenua, Canterbury", "022 318 7720", "hannah.whitcombe@mailbox.co.nz"],
     blocks=[
        ("Summary", ["Accounts payable officer with a strong retail background. Xero and MYOB confident; "
                     "part way through a NZ Diploma in Business (Accounting)."]),
        ("Experience", [
            E("Accounts Payable Officer", "Southern Alps Freight Ltd", "Kaiwhenua", "2021-06", "present", N, None, [
                "Process 600+ supplier invoices a month in Xero and match them to purchase orders",
                "Prepare the weekly payment run for approval",
                "Reconcile supplier statements and answer suppliers' statement queries by phone and email"]),
            E("Office Junior / Receptionist", "Kaiwhenua Motors", "Kaiwhenua", "2019-03", "2021-05", F, IP, [
                "Greeted customers dropping off cars for servicing and took bookings over the phone",
                "Invoiced completed jobs and took payments"]),
            E("Checkout Supervisor", "ValueFresh Kaiwhenua", None, "2016-01", "2019-02", F, IP, [
                "Supervised 12 checkout operators, breaks and floats",
                "Authorised refunds and dealt with customer complaints"]),
            E("Checkout Operator", "ValueFresh Kaiwhenua", None, "2013", "2015", F, IP, []),
        ]),
        ("Education", ["NZ Diploma in Business (Accounting) – Ara Institute, in progress",
                       "NCEA Level 3, Kaiwhenua High School"]),
     ]),
# ------------------------------------------------------------------ w025
dict(id="w025", renderer="md", mdrow="h3", order="title_org", dates="mon", present="Present", sep="–",
     family="Canadian university student with outdoor-store and grocery jobs, Markdown, one undated volunteer entry",
     name="Emily Chow", contact=["Larchmont, AB", "780-555-0116 | emily.chow@mailbox.ca"],
     blocks=[
        ("Experience", [
            E("Sales Associate (part-time)", "Prairie Outdoor Co.", "Larchmont, AB", "2024-09", "present", F, IP, [
                "Fit hiking boots and help customers plan gear for backcountry trips",
                "Open/close the till, process rentals and returns"]),
            E("Online Order Fulfillment Associate", "Prairie Outdoor Co.", "Larchmont, AB", "2024-05", "2024-08", A, None, [
                "Picked and packed web orders in the back of the store and printed shipping labels",
                "Kept the ship-from-store area organised during the summer sale"]),
            E("Peer Mentor", "Campus Learning Commons, University of Larchmont", "Larchmont, AB", "2023-09", "2024-04", F, ED, [
                "Drop-in study skills sessions for first-year students"], section="other"),
            E("Cashier", "Larchmont Co-op Grocery", "Larchmont, AB", "2022-07", "2023-08", F, IP, []),
        ]),
        ("Volunteer", [
            E("Holiday Hamper Packer", "Larchmont Christmas Bureau", "Larchmont, AB", "2022-12", "2022-12", A, None, [
                "Packed food hampers in the warehouse for families on the delivery list"],
              section="volunteer", etype="volunteer"),
            E("Volunteer Usher", "Larchmont Folk Festival", None, None, None, F, VO, [
                "Scanned wristbands and showed audience members to the accessible seating"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["**University of Larchmont** — BCom, Marketing (expected 2027)",
                       "Dean's List 2024"]),
     ]),
# ------------------------------------------------------------------ w026
dict(id="w026", renderer="docx", layout="table", order="title_org", dates="mm/yyyy", present="Present",
     family="US pharmacy technician with drugstore front-store jobs and Army Reserve kitchen service, Word table per job",
     name="Carlos Mendoza", contact=["Mesa Linda, AZ 85338", "(623) 555-0152", "carlos.mendoza@mailbox.com"],
     font="Cambria",
     blocks=[
        ("Qualifications", ["PTCB Certified Pharmacy Technician (CPhT); Arizona Board of Pharmacy license; "
                            "5+ years in pharmacy and retail; bilingual English/Spanish."]),
        ("Experience", [
            E("Pharmacy Technician (CPhT)", "Desert Bloom Pharmacy", "Mesa Linda, AZ", "2022-04", "present", A, None, [
                "Fill and prepare 350+ prescriptions per day for pharmacist verification",
                "Work prior authorizations and rejected claims with insurers and prescriber offices",
                "Inventory, returns to wholesaler and controlled-substance counts"]),
            E("Pharmacy Technician Trainee", "Desert Bloom Pharmacy", "Mesa Linda, AZ", "2021-09", "2022-03", F, IP, [
                "Ran the pickup register and the drop-off window", "Entered new prescriptions and patient profiles"]),
            E("Photo & Front Store Associate", "Mesa Drug & Variety", "Mesa Linda, AZ", "2019-06", "2021-08", F, IP, [
                "Photo lab orders, passport photos and the front register"]),
            E("Seasonal Sales Floor Associate", "Canyon Home Center", "Mesa Linda, AZ", "2018-10", "2019-01", F, IP, [
                "Garden center register and loading mulch and soil for customers"]),
            E("Food Service Specialist (92G)", "U.S. Army Reserve", "Phoenix, AZ", "2016", "2022", A, None, [
                "Prepared meals for 150+ soldiers during drill weekends and annual training"], etype="military"),
        ]),
        ("Education", ["Estrella Valley Community College – Pharmacy Technician Certificate, 2021",
                       "Mesa Linda High School – Diploma, 2016"]),
     ]),
# ------------------------------------------------------------------ w027
dict(id="w027", renderer="reportlab", layout="sidebar", order="pipe", dates="mm/yyyy", present="Present", sep=" - ",
     accent="#8a5a00", sidecol="#fbf1dd",
     family="Polish-born UK deli and bakery counter supervisor with factory bakery and orchard work, reportlab sidebar, pipe title lines",
     name="Paula Gorecka", contact=["Brackley Vale, Northants", "07590 412 836", "paula.gorecka@mailbox.co.uk"],
     side=[("Languages", ["Polish (native)", "English (fluent)", "Russian (basic)"]),
           ("Certificates", ["Food Hygiene Level 3", "Allergen Awareness", "HACCP Level 2"]),
           ("Education", ["Technikum Gastronomiczne, Radom, 2013"])],
     blocks=[
        ("About me", ["Counter supervisor who knows food from the factory side and the customer side. I keep a "
                      "counter full, safe and friendly."]),
        ("Work experience", [
            E("Counter Supervisor (Deli & Bakery)", "Hatherleigh's Food Hall", "Brackley Vale", "2021-05", "present", F, IP, [
                "Lead a team of 7 across the deli, cheese and bakery counters",
                "Serve customers and take party platter orders",
                "Allergen checks, temperature records and counter displays"]),
            E("Bakery Operative", "Golden Crust Bakeries Ltd", "Wellingborough", "2018-02", "2021-04", N, None, [
                "Worked on the roll plant: dividing, proving and packing, 12-hour shifts",
                "Line checks for weights and metal detection"]),
            E("Deli Assistant", "Hatherleigh's Food Hall", "Brackley Vale", "2016-09", "2018-01", F, IP, []),
            E("Fruit Packer", "Sadownik Orchards", "Grojec, Poland", "2014", "2016", N, None, [
                "Seasonal packing of apples for export"]),
        ]),
     ]),
# ------------------------------------------------------------------ w028
dict(id="w028", renderer="docx", layout="styles", order="org_title", dates="mon", present="Present", sep=" - ",
     hlevel=2, manual_bullets="–",
     family="Irish homeware-chain area manager who came through a supermarket graduate programme, Word heading styles, employer first",
     name="Ronan Fitzgerald", contact=["Kilcarrig, Co. Kildare", "087 903 2261", "ronan.fitzgerald@mailbox.ie"],
     blocks=[
        ("Profile", ["Multi-site retail manager (7 stores, €19m turnover). Commercially minded, strong on standards, "
                     "and I still like a Saturday on the shop floor."]),
        ("Career", [
            E("Area Manager", "Valu-Home Stores Ireland", "Kilcarrig", "2022-03", "present", A, None, [
                "Responsible for 7 stores, 110 staff and €19m turnover",
                "Monthly store visits auditing standards, availability and compliance",
                "Coach and performance-manage the store managers"]),
            E("Store Manager", "Valu-Home Stores Ireland", "Ballyfane", "2017-06", "2022-02", F, IP, [
                "Ran a €3.1m store with 18 staff",
                "Resolved customer complaints in store and those passed on by head office customer care"]),
            E("Deputy Manager", "Valu-Home Stores Ireland", "Ballyfane", "2014-10", "2017-05", F, IP, [
                "Ran the shop floor on late shifts: tills, customer queries and closing"]),
            E("Trainee Manager (Graduate Programme)", "Dunleavy's Supermarkets", "Naas Road, Dublin", "2012-09", "2014-09", F, IP, [
                "Rotations through grocery, fresh food, checkouts and the customer service desk",
                "Project on queue times at the front end"]),
            E("Bar Staff", "The Stag's Head", "Kilcarrig", "2009", "2012", F, IP, []),
        ]),
        ("Education", ["BBS, Dublin Business Institute, 2012", "Leaving Certificate, 2009"]),
     ]),
# ------------------------------------------------------------------ w029
dict(id="w029", renderer="txt", order="inline", dates="mon", present="Present", hstyle="colon", bullet=">",
     family="South Australian shoe-shop 2IC back after a career break, now a disability support worker, plain text, one line per job",
     name="Deb Castellano", contact=["Yallambee SA 5118", "Mobile 0418 227 904", "Email deb.castellano@mailbox.com.au"],
     blocks=[
        ("Profile", ["Mum of three returning to the workforce. Now working in disability support and loving it. "
                     "Current NDIS screening, First Aid, own car."]),
        ("Employment", [
            E("Disability Support Worker", "Open Horizons Support Services", "Yallambee SA", "2024-02", "present", F, HC, [
                "Support participants with personal care, meal prep and getting out into the community",
                "Write shift notes and follow behaviour support plans"]),
            E("Christmas Casual - Toys", "Bargain Bazaar Yallambee", None, "2023-11", "2023-12", F, IP, [
                "Customer service and register in the toy department over the Christmas rush"]),
            E("Career Break - raising my family", None, None, "2016-07", "2023-10", N, None, [], etype="unknown"),
            E("2IC / Key Holder", "Coast Road Shoes", "Yallambee SA", "2011-03", "2016-06", F, IP, [
                "Fitted children's school shoes and ran the store on the manager's days off"]),
            E("Christmas Casual - Stockroom", "Hadley's Department Store", "Adelaide", "2010-11", "2010-12", A, None, [
                "Unpacked and ticketed stock in the back dock"], datetext="Christmas 2010"),
        ]),
        ("Volunteer", [
            E("Canteen Volunteer", "Yallambee Primary School", None, "2019", "2023", F, VO, [
                "Served recess and lunch orders one day a week"], section="volunteer", etype="volunteer"),
        ]),
        ("Training", ["Cert III Individual Support (Disability), 2024", "Provide First Aid, 2024"]),
     ]),
# ------------------------------------------------------------------ w030
dict(id="w030", renderer="fpdf2", layout="centred", order="title_org", dates="MON", present="PRESENT", sep=" – ",
     serif=True, rgb=(60, 60, 60), h_centre=True,
     family="UK visual merchandiser who moved to head-office marketing, fpdf2 serif centred header, capitals dates",
     name="Olivia Marchetti", contact=["Thornbury St. Mary, Gloucestershire", "07403 665 118", "olivia.marchetti@mailbox.co.uk"],
     blocks=[
        ("Profile", ["Marketing coordinator with a visual merchandising background: I know what a campaign has to "
                     "look like when it lands in the store."]),
        ("Experience", [
            E("Marketing Coordinator", "Harlow & Finch Interiors", "Thornbury St. Mary", "2023-01", "present", A, None, [
                "Plan the seasonal campaign calendar and brief the creative agency",
                "Write and schedule the email newsletter to 40k subscribers",
                "Track campaign results and report to the head of marketing"]),
            E("Visual Merchandising Manager", "Harlow & Finch Interiors", "Thornbury St. Mary", "2019-09", "2022-12", A, None, [
                "Rolled out floor plans and window schemes to 12 stores",
                "Trained a VM champion in each store and reviewed their photos weekly"]),
            E("Visual Merchandiser", "Carrow's Department Store", "Cheltenham", "2016-03", "2019-08", F, IP, [
                "Window changes every six weeks and mannequin dressing throughout the store",
                "Covered the shop floor and fitting rooms on Saturdays"]),
            E("Sales Assistant", "Carrow's Department Store", "Cheltenham", "2014-06", "2016-02", F, IP, []),
            E("Promotional Staff", "Self-employed", None, "2012", "2014", F, IP, [
                "Flyering and drinks sampling at festivals and in shopping centres for agency bookings"],
              etype="freelance"),
        ]),
        ("Education", ["BA (Hons) Fashion Promotion, University of Gloucester Vale, 2014"]),
     ]),
]
