"""wild45 résumés w001–w015. Each dict renders one file and its gold line."""
from lib import E

F, A, N = "facing", "affecting", "none"
IP, CC, HC, SA, ED, VO, EF, IS, OF = ("in_person_service", "contact_center", "healthcare_care", "sales_account",
                                      "education", "volunteering", "entrepreneurial_freelance", "internal_support",
                                      "other_facing")

RESUMES = [
# ------------------------------------------------------------------ w001
dict(id="w001", renderer="reportlab", layout="plain", order="title_org", dates="month", present="Present",
     family="UK supermarket service-desk assistant now in a lettings office, Word-to-PDF single column, title line with right dates",
     name="Chloe Marsden", contact=["14 Farrier Close, Hallbridge HB4 7QT", "07700 914 382  ·  chloe.marsden@mailbox.co.uk"],
     blocks=[
        ("Personal Statement", ["Organised and friendly administrator with six years in retail before moving into a busy "
                                "lettings office. Used to juggling a queue, a ringing phone and a pile of paperwork at the same "
                                "time. Looking for a permanent admin or office coordinator role closer to home."]),
        ("Employment History", [
            E("Office Administrator", "Pennine Lettings Ltd", "Hallbridge", "2023-03", "present", F, IP, [
                "Raise purchase orders for maintenance jobs and match contractor invoices before they go to accounts",
                "Keep the property database and key log up to date, including safety certificate renewal dates",
                "Cover reception every lunchtime – greeting walk-ins and taking calls from landlords and tenants",
                "Prepare tenancy packs and chase missing references"]),
            E("Customer Service Desk Assistant", "Greenhalls Supermarket", "Hallbridge", "2020-06", "2023-02", F, IP, [
                "Refunds and exchanges, lottery, parcel drop-off and click & collect handovers",
                "Dealt with complaints at the desk and passed anything serious to the duty manager",
                "Trained four new starters on the desk till and the refunds procedure"]),
            E("Sales Assistant (part-time)", "Bloom & Thread", "Hallbridge", "2018-09", "2020-05", F, IP, [
                "Served on the till and in the fitting rooms of a small independent clothes shop",
                "Helped with window changes and the Saturday social media post"]),
            E("Christmas Temp - Stockroom", "Hartley's Department Store", "Wexcombe", "2017-11", "2018-01", A, None, [
                "Unpacked deliveries, tagged and hung stock in the stockroom",
                "Filled gaps on the shop floor before the store opened each morning"]),
            E("Saturday Assistant", "The Corner Bakehouse", "Hallbridge", "2016-05", "2018-08", F, IP, [
                "Served customers, boxed cakes and cashed up the till at close"]),
        ]),
        ("Education", ["Hallbridge College – BTEC Level 3 Business (Merit, Merit, Pass), 2018",
                       "Kingsmead Academy – 9 GCSEs including English (6) and Maths (5)"]),
        ("Skills", ["Microsoft Word, Excel and Outlook; Reapit; cash handling; food hygiene level 2; full UK driving licence"]),
        ("References", ["Available on request."]),
     ]),
# ------------------------------------------------------------------ w002
dict(id="w002", renderer="docx", layout="styles", order="title_org", dates="mon", present="Present",
     family="US grocery front-end supervisor who came up from bagger, Word heading styles with list bullets and tab-stop dates",
     name="Marcus Delgado", contact=["Tolland Springs, TX 76501", "(254) 555-0187", "mdelgado94@mailbox.com"],
     blocks=[
        ("Summary", ["Front end supervisor with 9 years in one grocery store, from courtesy clerk to running a 20-lane "
                     "front end on weekends. Calm with long lines, quick with overrides and good at getting new "
                     "cashiers up to speed."]),
        ("Experience", [
            E("Front End Supervisor", "Harvest Basket Foods", "Tolland Springs, TX", "2021-08", "present", F, IP, [
                "Run the front end: 14 registers, 6 self-checkout lanes and the service counter",
                "Handle voids, price overrides and customer complaints that come up to the podium",
                "Write the cashier break schedule and call for backup when lines hit 3 deep",
                "Count down tills and prepare the deposit on closing shifts"]),
            E("Cashier", "Harvest Basket Foods", "Tolland Springs, TX", "2019-01", "2021-07", F, IP, [
                "Checked out customers quickly and accurately; WIC and EBT transactions",
                "Consistently in the top 5 for items-per-minute"]),
            E("Courtesy Clerk", "Harvest Basket Foods", "Tolland Springs, TX", "2017-06", "2018-12", F, IP, [
                "Bagged groceries, did carry-outs to cars and brought carts in from the lot",
                "Helped with go-backs and restroom checks"]),
            E("Seasonal Stock Associate", "Big Top Toys", "Tolland Springs, TX", "2016-10", "2017-01", A, None, [
                "Overnight truck unload and holiday floor sets; built endcaps to the planogram"]),
        ]),
        ("Education", ["Tolland Springs High School – Diploma, 2016",
                       "Central Texas College – ServSafe Food Handler"]),
        ("Skills", ["- Bilingual English / Spanish", "- NCR and Toshiba POS", "- Cash office and deposits"]),
     ]),
# ------------------------------------------------------------------ w003
dict(id="w003", renderer="txt", order="title_org", dates="mm/yyyy", present="Current", sep=" - ",
     rowjoin="newline", hstyle="underline", bullet="*",
     family="Australian night-fill worker and online personal shopper, plain text pasted from an email, dates under the title",
     name="SHANNON KEARNEY", contact=["Bellmere VIC 3340 | 0412 558 903 | shannon.kearney@mailbox.net.au"],
     blocks=[
        ("About me", ["Reliable, early starts no problem. Have my own car and a current Working with Children Check. "
                      "Happy to do nights, weekends and public holidays."]),
        ("Work history", [
            E("Online Personal Shopper", "Wattleford Supermarkets", "Bellmere VIC", "2023-03", "present", A, None, [
                "Pick online orders with the handheld in store, before and during trading",
                "Choose substitutions based on the notes on each order",
                "Stage totes in the chillers and freezers ready for the drivers"]),
            E("Home Delivery Driver (casual)", "Wattleford Supermarkets", "Bellmere VIC", "2024-05", "2024-12", F, IP, [
                "Delivered orders to homes in the van and carried totes to the door",
                "Checked ID for alcohol orders and took back returned items from customers"]),
            E("Night Fill Team Member", "Wattleford Supermarkets", "Bellmere VIC", "2021-08", "2023-02", A, None, [
                "Broke down pallets and filled grocery aisles 10pm to 6am with the store closed",
                "Faced up and checked dates before opening"]),
            E("Kitchen Hand", "Bluegum Bistro", "Bellmere VIC", "2019", "2021", A, None, [
                "Dishes, prep and cleaning down at the end of the night"]),
            E("Checkout Operator", "Foodbarn Bellmere", None, "2017-02", "2019-01", F, IP, []),
        ]),
        ("Education", ["Year 12 (VCE), Bellmere Secondary College, 2018",
                       "RSA, Forklift licence (LF), First Aid"]),
        ("Referees", ["Mick Doyle, Night Fill Manager, Wattleford Bellmere – 0409 113 274",
                      "Available on request"]),
     ]),
# ------------------------------------------------------------------ w004
dict(id="w004", renderer="fpdf2", layout="left", order="org_title", dates="mm/yyyy", present="Present", sep=" - ",
     family="Irish pharmacy counter assistant who worked the deli and early bakery shift, fpdf2 left header, employer line first",
     name="Aoife Brennan", contact=["Ballykeel, Co. Westmeath", "087 441 2093", "aoife.brennan@mailbox.ie"],
     blocks=[
        ("Profile", ["Friendly and careful pharmacy counter assistant (QQI Level 5 Pharmacy Sales) with a background in "
                     "busy food counters. I enjoy getting to know regular customers and I know when to get the pharmacist."]),
        ("Work Experience", [
            E("Pharmacy Counter Assistant", "Hanlon's Pharmacy", "Ballykeel", "2022-02", "present", F, HC, [
                "Advise on over-the-counter medicines and refer to the pharmacist when the questions need it",
                "Hand out prescriptions, check names and addresses and explain how to take them",
                "Order front-of-shop stock (baby, skincare, vitamins) and keep the planograms right"]),
            E("Deli Assistant", "Mulroney's Foodstore", "Ballykeel", "2019-06", "2022-01", F, IP, [
                "Served at the hot deli and sandwich counter through the lunch rush",
                "Filled in HACCP temperature logs and did the close-down clean"]),
            E("Bakery Assistant (early shift)", "Mulroney's Foodstore", "Ballykeel", "2018-09", "2019-05", A, None, [
                "Baked off bread and pastries from 6am so the shelves were full before the shop opened",
                "Cleaned down ovens and racks; wrote up the waste sheet"]),
            E("Retail Assistant", "Lakeside Gift Shop", "Lough Arrow", "2018-06", "2018-08", F, IP,
              ["Summer job selling crafts and souvenirs to tourists"], datetext="Summer 2018"),
            E("Charity Shop Volunteer", "St. Brigid's Hospice Shop", "Ballykeel", "2016", "2018", F, VO, [
                "Sorted and steamed donated clothes in the back room",
                "Worked the till on Saturday mornings"], section="volunteer", etype="volunteer"),
        ]),
        ("Education & Training", ["QQI Level 5 Certificate in Pharmacy Sales, Athlone Further Education Centre, 2022",
                                  "Leaving Certificate, Scoil Mhuire Ballykeel, 2018", "Manual Handling; Safe Pass"]),
        ("Interests", ["Camogie (played for the county minors), baking, sea swimming"]),
     ]),
# ------------------------------------------------------------------ w005
dict(id="w005", renderer="html", order="title_org", dates="month", present="Present",
     family="Canadian apparel store manager, HTML page from a personal site, assistant manager years in operations",
     name="Priya Raman", contact=["Kestrel Falls, ON", "905-555-0142", "priya.raman@mailbox.ca"],
     blocks=[
        ("Professional Summary", ["Retail leader with 14 years in apparel and department stores. I build teams that "
                                  "hit conversion targets without losing the personal touch."]),
        ("Professional Experience", [
            E("Store Manager", "Northwind Outfitters", "Kestrel Falls, ON", "2021-04", "present", F, IP, [
                "Lead a team of 24 in a $6.1M flagship; store ranked top 10 in the district for NPS two years running",
                "Work the floor on weekends and resolve escalated customer concerns personally",
                "Own payroll budget, scheduling and shrink results"]),
            E("Assistant Store Manager", "Northwind Outfitters", "Millhaven, ON", "2018-01", "2021-03", A, None, [
                "Oversaw replenishment, shipment processing and planogram compliance",
                "Ran inventory counts (99.2% accuracy) and loss-prevention audits",
                "Built the weekly schedule for 30 part-time associates"]),
            E("Department Supervisor – Footwear", "Carlyle's Department Store", "Millhaven, ON", "2014-06", "2017-12", F, IP, [
                "Coached 8 sales associates on the floor and set daily sales goals",
                "Handled fittings and special orders for customers with hard-to-find sizes"]),
            E("Sales Associate", "Carlyle's Department Store", "Millhaven, ON", "2012-05", "2014-05", F, IP, []),
        ]),
        ("Volunteer", [
            E("Treasurer", "Kestrel Falls Minor Hockey Association", "Kestrel Falls, ON", "2019", "present", N, None, [
                "Keep the books, prepare the annual budget and file the registration grant reports"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Mohawk Ridge College – Diploma, Business Administration (Marketing), 2012"]),
     ]),
# ------------------------------------------------------------------ w006
dict(id="w006", renderer="docx", layout="table", order="title_org", dates="month", present="Current",
     family="New Zealand pharmacy assistant moving into rest-home care, Word with a borderless table per job",
     name="Mereana Thompson", contact=["Kōwhai Bay, Bay of Plenty", "021 448 3021", "mereana.t@mailbox.co.nz"],
     font="Arial", fs=10,
     blocks=[
        ("Kia ora", ["I moved from pharmacy retail into caring for older people in 2023 and love it. I am now working "
                     "towards my Level 3 Health and Wellbeing certificate and would like a permanent HCA position."]),
        ("Work History", [
            E("Healthcare Assistant", "Rātā Grove Rest Home", "Kōwhai Bay", "2023-05", "present", F, HC, [
                "Personal cares, showering and toileting for residents in the hospital and dementia wings",
                "Assist with meals and fluids, and record food and fluid charts",
                "Report changes in residents' skin or mood to the RN on duty"]),
            E("Pharmacy Assistant", "Harbourside Pharmacy", "Kōwhai Bay", "2019-01", "2023-04", F, IP, [
                "Front-of-shop sales: skincare, fragrance and gift lines",
                "Took in prescriptions at the counter and handed out completed scripts",
                "Merchandising and stocktake"]),
            E("Checkout Operator", "Bayfair Foodmarket", "Kōwhai Bay", "2016-11", "2018-12", F, IP, []),
            E("Kiwifruit Picker", "Te Aroha Orchards", "Te Puna", "2016-03", "2016-05", N, None, [
                "Seasonal picking with a contract gang"]),
        ]),
        ("Qualifications", ["NZQA Level 2 Health and Wellbeing (Social and Community Services), 2023",
                            "First Aid Certificate, St John, 2024", "Full drivers licence"]),
        ("Referees", ["Available on request"]),
     ]),
# ------------------------------------------------------------------ w007
dict(id="w007", renderer="md", mdrow="h3", order="title_org", dates="mon", present="Present",
     family="UK sixth-former / first-year student with Saturday and Christmas jobs, Markdown CV",
     name="Josh Whitfield", contact=["Wyndham Cross, Norfolk", "07412 366 905", "josh.whitfield@mailbox.co.uk"],
     blocks=[
        ("About me", ["First-year Geography student looking for weekend and holiday work. I've worked since I was 15 "
                      "and I'm used to busy Saturdays."]),
        ("Jobs", [
            E("Click & Collect Colleague", "Amberley Home Stores", "Wyndham Cross", "2025-09", "present", F, IP, [
                "Hand over orders at the collection point and check ID/order codes",
                "Scan returns back into the system and get them back to the right department"]),
            E("Christmas Temp – Gift Wrapping", "Amberley Home Stores", "Wyndham Cross", "2024-11", "2024-12", F, IP, [
                "Wrapped presents at the gift-wrap station and took payment for the service"],
              datetext="Christmas 2024"),
            E("Saturday Job – Shop Floor", "Hollins Hardware", "Wyndham Cross", "2023-03", "2025-08", F, IP, [
                "Cut keys, mixed paint and helped people find the right screws",
                "Did the bins and swept the yard at closing"]),
            E("Paper Round", "Hartley News", "Wyndham Cross", "2021", "2023", A, None, []),
            E("Work Experience Week", "Wyndham Cross Library", None, "2022-06", "2022-06", A, None, [
                "Shelved returned books and tidied the children's section",
                "Scanned in the returns box and helped with a display for the summer reading challenge"],
              section="other", etype="internship"),
        ]),
        ("Education", ["**University of East Haverton** – BSc Geography (2025 – 2028)",
                       "**Wyndham Cross Sixth Form** – A Levels: Geography A, English Lit B, Biology C"]),
        ("Other", ["- Bronze Duke of Edinburgh", "- Food hygiene level 2", "- Available Saturdays and all holidays"]),
     ]),
# ------------------------------------------------------------------ w008
dict(id="w008", renderer="reportlab", layout="sidebar", order="title_org", dates="mon", present="Current",
     family="Australian visual merchandiser, reportlab with shaded left sidebar (contact, skills, education)",
     name="Tahlia Nguyen", contact=["Coorabell QLD 4211", "0433 871 226", "tahlia.nguyen@mailbox.com.au"],
     accent="#7a3b57", sidecol="#f3e9ee",
     side=[("Skills", ["- Window and table displays", "- Planograms & floor plans", "- InDesign, Canva",
                       "- Mannequin dressing", "- Forklift & EWP ticket"]),
           ("Education", ["Certificate IV in Visual Merchandising, TAFE Queensland, 2019",
                          "Year 12, Coorabell State High, 2016"])],
     blocks=[
        ("Profile", ["Visual merchandiser with a retail floor background. I turn head-office guidelines into displays "
                     "that work in the actual store - with the actual fixtures."]),
        ("Experience", [
            E("Visual Merchandiser", "Saltbush & Co.", "Coorabell QLD", "2022-02", "present", A, None, [
                "Set window and table displays to head-office guides across six homewares stores",
                "Send photo compliance reports to the VM manager every Monday",
                "Plan and carry out overnight floor moves for each season launch"]),
            E("Visual Merchandising Assistant", "Marlow Department Store", "Southport QLD", "2019-07", "2022-01", A, None, [
                "Dressed mannequins and installed seasonal signage and ticketing",
                "Built the Christmas windows with the VM team (two years)"]),
            E("Sales Associate", "Ivy Lane Boutique", "Coorabell QLD", "2017-03", "2019-06", F, IP, [
                "Styled customers for events and managed the lay-by and alterations book",
                "Weekly window change and social posts"]),
            E("Casual Promotional Staff", "Spark Promotions", "Gold Coast QLD", "2018", "2019", F, IP, [
                "Weekend in-store sampling for cheese and drinks brands in supermarkets"]),
        ]),
     ]),
# ------------------------------------------------------------------ w009
dict(id="w009", renderer="docx", layout="tabs", order="org_title", dates="mon", present="Present", sep=" to ",
     family="Welsh discount-store manager who started as a Saturday sales assistant, Word tab-stop dates, employer line first",
     name="Gareth Pryce", contact=["Llanfair Cross, Rhondda", "07866 201 455", "garethpryce@mailbox.co.uk"],
     blocks=[
        ("Profile", ["Store manager with 12+ years in value retail. Hands-on, visible on the shop floor and proud of "
                     "the teams I have built. Welsh speaker (conversational)."]),
        ("Career History", [
            E("Store Manager", "Valleyway Discount Stores", "Llanfair Cross", "2020-06", "present", F, IP, [
                "Full accountability for a £4.2m turnover store and 28 colleagues",
                "Work the floor on peak days and deal with escalated complaints from the tills",
                "Cut shrink from 2.1% to 1.3% in 18 months with a new high-risk line routine"]),
            E("Assistant Manager", "Valleyway Discount Stores", "Pontbridge", "2017-03", "2020-05", A, None, [
                "Ran the store on the manager's days off",
                "Cash office: banking, till audits and safe counts",
                "Delivery days: booked in the lorry and organised the replen team"]),
            E("Key Holder", "Hopkins Home & Garden", "Pontbridge", "2014-08", "2017-02", F, IP, [
                "Opening and locking up, tills, refunds and the odd awkward customer",
                "Garden centre plant care in the summer"]),
            E("Sales Assistant", "Hopkins Home & Garden", "Pontbridge", "2013-01", "2014-07", F, IP, []),
        ]),
        ("Volunteering", [
            E("Volunteer Football Coach (U10s)", "Llanfair Cross AFC", None, "2018", "present", F, VO, [
                "Saturday matches and Tuesday training with a squad of 16"], section="volunteer", etype="volunteer"),
        ]),
        ("Training", ["IOSH Managing Safely; Level 3 Retail Team Leading; Personal Licence holder"]),
     ]),
# ------------------------------------------------------------------ w010
dict(id="w010", renderer="txt", order="dateline", dates="month", present="Present", sep=" to ",
     rowjoin="pad", hstyle="plain", bullet="-",
     family="US grocery pickup associate with drugstore jobs and mystery shopping, Indeed-style text export",
     name="Brianna Collins", contact=["Marlow Heights, IN 46923", "bcollins.work@mailbox.com", "+1 765 555 0199"],
     blocks=[
        ("Work Experience", [
            E("Pickup Associate (Online Grocery)", "Farmstead Market", "Marlow Heights, IN", "2024-03", "present", F, IP, [
                "Pick and stage online grocery orders by temperature zone",
                "Load orders into customers' vehicles at the pickup stalls and go over substitutions with them",
                "Met 98% on-time pickup goal most weeks"]),
            E("Pharmacy Cashier", "Redwell Drug", "Marlow Heights, IN", "2022-05", "2024-02", F, IP, [
                "Rang out prescriptions at the drive-thru window and the pharmacy register",
                "Verified date of birth and offered counseling per policy"]),
            E("Receiving Associate", "Redwell Drug", "Marlow Heights, IN", "2021-08", "2022-04", A, None, [
                "Checked in vendor deliveries against the manifest and worked the back room",
                "Processed damages and returns to vendor"]),
            E("Mystery Shopper", "ShopWise Evaluations", "Remote / Indiana", "2020-01", "2021-12", A, None, [
                "Completed 80+ evaluations of restaurants, gas stations and phone stores",
                "Wrote narrative reports with photos within 24 hours of each visit"], etype="freelance"),
        ]),
        ("Education", ["High school diploma", "Marlow Heights High School - Marlow Heights, IN", "2016 to 2020"]),
        ("Skills", ["Customer service (4 years), Cash handling, Inventory, Handheld scanners, Microsoft Excel"]),
        ("Certifications and Licenses", ["Food Handler Certificate", "Driver's License"]),
     ]),
# ------------------------------------------------------------------ w011
dict(id="w011", renderer="fpdf2", layout="centred", order="title_org", dates="mon.", present="Present",
     family="Canadian pharmacy technician who came through cosmetics and a practicum, fpdf2 centred header",
     name="Kiran Sandhu", contact=["Alder Creek, BC", "604-555-0128", "kiran.sandhu@mailbox.ca"],
     blocks=[
        ("Profile", ["Registered Pharmacy Technician (College of Pharmacists of BC) with five years in community "
                     "pharmacy and retail. Accurate, calm at the counter, and comfortable with PharmaNet."]),
        ("Experience", [
            E("Registered Pharmacy Technician", "Coastline Pharmacy", "Alder Creek, BC", "2023-09", "present", F, HC, [
                "Accept new prescriptions from patients at the drop-off counter and clarify missing information",
                "Final technical check of prescriptions before release",
                "Compliance packaging for two assisted-living homes"]),
            E("Pharmacy Assistant", "Coastline Pharmacy", "Alder Creek, BC", "2021-01", "2023-08", A, None, [
                "Counted and packaged blister packs for care homes",
                "Kept the fridge log and helped with the monthly narcotic count"]),
            E("Practicum Student – Hospital Pharmacy", "Alder Creek General Hospital", "Alder Creek, BC", "2023-02", "2023-04", A, None, [
                "Unit-dose cart fills and IV admixture under supervision"], section="other", etype="internship"),
            E("Cosmetics Advisor", "Ridgeway Drugs", "Alder Creek, BC", "2018-06", "2020-12", F, IP, [
                "Colour matching, skincare recommendations and gift sets at the beauty counter",
                "Booked and ran clinic days with brand reps"]),
            E("Cashier (part-time)", "Fraser Valley Foods", "Alder Creek, BC", "2016-09", "2018-05", F, IP, []),
        ]),
        ("Education", ["Pharmacy Technician Diploma, Pacific Ridge College, 2023 (CCAPP accredited)",
                       "PEBC Qualifying Exam – passed 2023"]),
        ("Languages", ["English, Punjabi, Hindi"]),
     ]),
# ------------------------------------------------------------------ w012
dict(id="w012", renderer="docx", layout="header", order="org_title", dates="mm/yyyy", present="date", sep=" to ",
     family="Irish fashion sales assistant and key holder now in home support, Word with contact in the page header",
     name="Niamh Gallagher", contact=["Carrickmore Bay, Co. Donegal", "086 774 2150", "niamhgallagher@mailbox.ie"],
     blocks=[
        ("Personal Profile", ["Caring and dependable with over ten years' experience dealing with the public. Since "
                              "2021 I have worked in healthcare and I hold QQI Level 5 in Healthcare Support. Full "
                              "clean driving licence and own car."]),
        ("Employment", [
            E("Home Support Worker", "CareWell Homecare", "Carrickmore Bay & surrounds", "2022-03", "present", F, HC, [
                "Visit 8-10 clients a day for personal care, meals and medication prompts",
                "Keep the care notes in each client's home and in the app up to date",
                "Let the office and family know of any change in a client"]),
            E("Healthcare Assistant (relief)", "St. Colmcille's Nursing Home", "Letterbeg", "2021-09", "2022-02", F, HC, []),
            E("Sales Assistant / Key Holder", "Strand Street Fashions", "Carrickmore Bay", "2016-05", "2021-08", F, IP, [
                "Opened and closed the shop, cashed up and did the lodgement",
                "Helped customers with sizes and put aside items for collection",
                "Received deliveries and steamed and tagged new stock"]),
            E("Night Replenishment Assistant", "Harbour Discount Foods", "Letterbeg", "2014-10", "2016-04", A, None, [
                "Filled shelves and freezers overnight and cleared cages back to the yard"]),
        ]),
        ("Volunteering", [
            E("Volunteer Driver", "Carrickmore Bay Meals on Wheels", None, "2019", "present", F, VO, [
                "Deliver hot dinners to older people in the parish on Thursdays and stop for a chat"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Training", ["QQI Level 5 Healthcare Support (5M4339), 2022", "Patient Moving & Handling; Safeguarding Adults; "
                      "Hand Hygiene (HSELanD)"]),
     ]),
# ------------------------------------------------------------------ w013
dict(id="w013", renderer="html", order="pipe", dates="mon", present="Now",
     family="Australian brand ambassador and field merchandiser, HTML one-pager, pipe title line with dates",
     name="Jordan Papadakis", contact=["Wollara NSW 2560", "0400 312 775", "jordan.papadakis@mailbox.com.au"],
     css="body{font-family:Helvetica,Arial,sans-serif;margin:30px 60px}h2{color:#0b6e4f;font-size:15px;letter-spacing:1px}"
         ".row{display:flex;justify-content:space-between;margin-top:8px}.d{font-size:13px}",
     blocks=[
        ("Summary", ["Outgoing field marketing all-rounder. Comfortable talking to anyone in a supermarket aisle, "
                     "from a shopper on their lunch break to the store manager. Own car, ABN, weekends fine."]),
        ("Work history", [
            E("Brand Ambassador (casual)", "Pinnacle Field Marketing", "Wollara NSW", "2023-03", "present", F, IP, [
                "In-store tastings for wine and cheese brands, mostly Thursday to Sunday",
                "Sell through 40+ units per shift; record sales and feedback in the app"]),
            E("Field Merchandiser", "Pinnacle Field Marketing", "Western Sydney", "2022-08", "present", F, SA, [
                "Call on 14 supermarkets a week to fix shelf compliance and pricing",
                "Meet store and department managers to sell in secondary displays and fix out-of-stocks"]),
            E("Mystery Shopper", "Insight Retail Audits", None, "2021", "2023", A, None, [
                "Scored service, cleanliness and compliance at fast-food and fuel sites against a checklist"],
              etype="freelance"),
            E("Retail Assistant", "Sunburnt Surf Co.", "Wollara NSW", "2019-11", "2022-07", F, IP, [
                "Served customers, wetsuit fittings and board hire", "Opened and closed the store"]),
        ]),
        ("Education", ["HSC, Wollara High School, 2019", "RSA (NSW) | White Card | C class licence"]),
     ]),
# ------------------------------------------------------------------ w014
dict(id="w014", renderer="reportlab", layout="twocol", order="title_org", dates="month", present="Present",
     paper="letter", footer=True, font="Times-Roman", fs=10.5, accent="#5b2a1a",
     tagline="Accounts Receivable | Retail Operations",
     family="US department-store housewares supervisor now in accounts receivable, two-page reportlab with two-column header and page footer",
     name="Linda Kowalczyk", contact=["Millbrook Falls, PA 18302", "(570) 555-0163", "linda.kowalczyk@mailbox.com",
                                      "linkedin.com/in/lindakowalczyk"],
     blocks=[
        ("Summary", ["Detail-oriented professional who spent 18 years in retail, the last nine as a department "
                     "supervisor, before moving into accounts receivable in 2020. Strong with numbers, reconciliations "
                     "and deadlines; equally at home on a sales floor. Completed Accounting Fundamentals certificate "
                     "(Luzerne Valley Community College) in the evenings while working full time."]),
        ("Professional Experience", [
            E("Accounts Receivable Clerk", "Keystone Valley Supply Co.", "Millbrook Falls, PA", "2020-10", "present", A, None, [
                "Post customer payments in Sage 100 and apply credits and discounts to the correct invoices",
                "Reconcile the lockbox deposit to the bank every morning",
                "Run month-end aging reports and flag past-due accounts for the credit manager",
                "Set up new customer accounts from credit applications",
                "Cut unapplied cash from $38K to under $5K in my first year"]),
            E("Department Supervisor – Housewares", "Bauer's Department Store", "Millbrook Falls, PA", "2011-04", "2020-09", F, IP, [
                "Supervised 12 associates across housewares, small electrics and the bridal registry",
                "Met with couples for bridal registry appointments and handled special orders",
                "Wrote the department schedule and approved time cards",
                "Ran the department's physical inventory each January; shrink under 1% for six years",
                "Set seasonal floor moves and promotional signage",
                "Trained new associates on the register, returns and the store credit card"]),
            E("Sales Associate – Housewares", "Bauer's Department Store", "Millbrook Falls, PA", "2006-06", "2011-03", F, IP, [
                "Helped shoppers choose cookware, small appliances and gifts; processed returns",
                "Top credit-card sign-ups in the store three years running"]),
            E("Holiday Gift Wrapper", "Bauer's Department Store", "Millbrook Falls, PA", "2005-11", "2005-12", F, IP, []),
            E("Bakery Clerk", "Giordano's Market", "Millbrook Falls, PA", "2002", "2006", F, IP, [
                "Decorated sheet cakes to order and worked the bakery counter on weekends",
                "Packaged and priced bread and rolls"]),
        ]),
        ("Volunteer Experience", [
            E("PTA Treasurer", "Millbrook Falls Elementary PTA", "Millbrook Falls, PA", "2012", "2016", N, None, [
                "Kept the books, deposited fundraiser money and presented the monthly treasurer's report"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Luzerne Valley Community College – Certificate, Accounting Fundamentals, 2020",
                       "Millbrook Falls Area High School – Diploma, 2001"]),
        ("Skills", ["Sage 100, QuickBooks Online, Excel (VLOOKUP, pivot tables), 10-key by touch, POS systems, "
                    "scheduling, inventory control"]),
     ]),
# ------------------------------------------------------------------ w015
dict(id="w015", renderer="md", mdrow="bold", order="title_org", dates="mon", present="Present",
     family="New Zealand baker who started on the bakery counter, short Markdown CV",
     name="Ruby Hēnare", contact=["Pukerata, Waikato", "027 660 1184 · ruby.henare@mailbox.co.nz"],
     blocks=[
        ("Kia ora", ["I'm a 3am-start baker who got hooked on bread while working the counter. Looking for a "
                     "bakery that wants a keen second baker and would support me into an apprenticeship."]),
        ("Mahi / Work", [
            E("Baker", "Crust & Crumb Bakery", "Pukerata", "2024-06", "present", A, None, [
                "Mixing, shaping and baking 30-odd lines before we open at 7",
                "Wholesale bread orders for three cafés", "Sourdough starter care and the weekly deep clean"]),
            E("Bakery Counter Assistant", "Crust & Crumb Bakery", "Pukerata", "2023-02", "2024-05", F, IP, [
                "Served the counter and ran the coffee machine", "Took orders for birthday cakes"]),
            E("Checkout Operator", "Pukerata Foodmarket", "Pukerata", "2021-12", "2023-01", F, IP, []),
            E("Berry Stall Attendant", "Hēnare Berry Farm", "Pukerata", "2020-12", "2021-02", F, IP, [
                "Sold strawberries and ice cream at the family's roadside stall over summer"]),
        ]),
        ("Education", ["NCEA Level 2, Pukerata College (2021)", "Food Safety (unit standard 167)"]),
        ("Referees", ["Happy to provide on request"]),
     ]),
]
