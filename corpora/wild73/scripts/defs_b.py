"""wild73 résumés w016–w030 (fictional)."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, HC, DIG, CC, SA = "in_person_service", "healthcare_care", "digital_service", "contact_center", "sales_account"

RES = []

# ------------------------------------------------------------------ w016
RES.append(dict(
    id="w016", r="pdf_fpdf", lay="left", hdr="datesfirst", ds="mon", pw="Present", sep=" - ",
    family="Malaysian fashion-chain store manager who spent two years as a regional visual merchandiser, fpdf2 left header, dates before titles",
    code="fpdf2, left/datesfirst, mon / 'Present'",
    name="Muhammad Hafiz bin Rosli", headline="Store Manager | Fashion Retail",
    contact=["Johor Bahru, Johor", "011-5550 2291", "hafiz.rosli@mailbox.my"],
    blocks=[
        ("text", "Profile", "Retail manager with ten years in fashion and furniture retail in Johor. Strong in "
                            "KPI tracking, staff training and VM standards. Can speak Malay, English and basic Mandarin."),
        ("exp", "Working Experience", [
            E("Store Manager", "Urbanloom Apparel Sdn Bhd", "Johor Bahru", "2022-03", "present", F, IPS, [
                "Manage 9 staff, weekly KPIs and monthly stock take",
                "Serve VIP members during launches and handle escalated exchange requests",
            ]),
            E("Assistant Store Manager", "Urbanloom Apparel Sdn Bhd", "Johor Bahru", "2019-10", "2022-02", F, IPS, [
                "Rostering, stock transfers and daily cash banking",
                "Covered the sales floor and cashier counter during peak hours",
            ]),
            E("Visual Merchandiser (Regional)", "Urbanloom Apparel Sdn Bhd", "Johor & Melaka", "2017-08", "2019-09", A, None, [
                "Travelled to 12 stores to set up floor layouts according to HQ guidelines",
                "Photographed and reported VM compliance to HQ every month",
            ]),
            E("Sales Advisor", "Casa Perabot Furniture", "Skudai", "2015-05", "2017-07", F, SA, [
                "Advised walk-in customers on sofas, dining sets and mattresses (commission based)",
                "Closed sales, arranged instalment plans and delivery dates",
            ]),
            E("Production Operator", "Senai Precision Electronics Sdn Bhd", "Senai", "2013-02", "2015-03", N, None, [
                "Loaded and operated SMT line machines on 12-hour rotating shifts",
            ]),
        ]),
        ("lines", "Education", ["Diploma in Business Studies, Kolej Komuniti Pasir Gudang (2015)"]),
        ("list", "Skills", ["Staff training", "Visual merchandising", "Microsoft Excel", "POS & inventory systems"]),
    ]))

# ------------------------------------------------------------------ w017
RES.append(dict(
    id="w017", r="docx", lay="styles", hdr="title_org", ds="month", pw="Present", bul="list", h2jobs=True,
    family="Canadian outdoor-retail merchandise planner who came through the store help desk and the ski shop, Word heading styles",
    code="docx, styles/title_org, month / 'Present'; 'Winter 2017–18'",
    name="Evan Larocque-Singh", contact=["Calgary, AB", "403-555-0121", "evan.ls@mailbox.ca"],
    blocks=[
        ("exp", "Work Experience", [
            E("Merchandise Planner", "Foothills Outdoor Co.", "Calgary, AB", "2023-01", "present", N, None, [
                "Build seasonal buy plans and open-to-buy budgets for footwear and packs",
                "Reforecast sales and inventory weekly by region",
                "Present in-season performance to the merchandising VP",
            ]),
            E("Store Systems Help Desk Analyst", "Foothills Outdoor Co.", "Calgary, AB", "2020-08", "2022-12", F, "internal_support", [
                "Took calls and tickets from store staff about POS, handhelds and receipt printers",
                "Walked store managers through end-of-day fixes over the phone",
            ]),
            E("Key Holder", "Foothills Outdoor Co.", "Canmore, AB", "2018-05", "2020-07", F, IPS, [
                "Rented skis and bikes and fitted ski boots",
                "Opened and closed the store and counted the safe",
            ]),
            E("Ski Technician (seasonal)", "Foothills Outdoor Co.", "Canmore, AB", "2017-12", "2018-02", A, None, [
                "Tuned and waxed rental skis and mounted bindings in the workshop",
            ], dtext="Winter 2017–18"),
        ]),
        ("lines", "Education", ["Bachelor of Commerce (Marketing), Mount Royal University, 2020"]),
        ("list", "Skills", ["Open-to-buy planning", "Excel and Power Query", "Oracle Retail", "First Aid"]),
    ]))

# ------------------------------------------------------------------ w018
RES.append(dict(
    id="w018", r="md", hdr="orgfirst", ds="m/yyyy", pw="Present", sep=" – ", mdent="h3", mdrsep=", ", mdbul="*",
    olsep=" — ",
    family="US drugstore pharmacy technician with front-store years and an inventory-count job, Markdown, employer headings with roles beneath",
    code="md, h3/orgfirst, m/yyyy / 'Present'",
    name="Tamika Rowe-Jennings, CPhT", contact=["Decatur, GA 30030 · (404) 555-0156 · tamika.rj@mailbox.com"],
    blocks=[
        ("exp", "Experience", [
            E("Pharmacy Technician (Certified)", "Peachtree Drug & Wellness", "Atlanta, GA", "2022-04", "present", F, HC, [
                "Enter prescriptions and resolve insurance rejections with insurers by phone",
                "Count, fill and label prescriptions for pharmacist verification",
                "Ring out patients at the pickup window and flag their questions for the pharmacist",
            ]),
            E("Shift Lead (Front Store)", "Peachtree Drug & Wellness", "Atlanta, GA", "2019-08", "2022-03", F, IPS, [
                "Cash office, truck nights, cashier breaks and the photo counter",
            ]),
            E("Cashier", "Peachtree Drug & Wellness", "Atlanta, GA", "2018-01", "2019-07", F, IPS, []),
            E("Inventory Auditor", "RGS Inventory Services", "Atlanta, GA", "2016-05", "2017-12", N, None, [
                "Counted retail stores overnight with handheld scanners as part of a 20-person team",
                "Recounted high-variance sections and signed off counts with the client's manager",
            ]),
        ]),
        ("list", "Certifications", ["PTCB Certified Pharmacy Technician (2022)", "CPR/BLS (2025)"]),
        ("lines", "Education", ["Georgia Piedmont Technical College — Pharmacy Technician Certificate, 2021"]),
    ]))

# ------------------------------------------------------------------ w019
RES.append(dict(
    id="w019", r="pdf_rl", lay="plain", centred=True, letter=True, hdr="title_org", ds="month", pw="Current",
    bul="-", capsh=True,
    family="US department-store beauty advisor with a freelance make-up business, reportlab centred header, hyphen bullets",
    code="reportlab, plain/title_org, month / 'Current'; year-only volunteer",
    name="Alondra Quiñones", headline="Beauty Advisor & Makeup Artist",
    contact=["Phoenix, AZ  •  (602) 555-0132  •  alondra.q@mailbox.com"],
    blocks=[
        ("exp", "Experience", [
            E("Beauty Advisor – Prestige Counter", "Desert Bloom Department Store", "Scottsdale, AZ", "2022-10", "present", F, IPS, [
                "Color matching and skin consultations at the prestige counter",
                "Keep a client book of 300 and text clients about launches and events",
            ]),
            E("Freelance Makeup Artist", "Self-employed", "Phoenix, AZ", "2020-01", "present", F, "entrepreneurial_freelance", [
                "Bridal and event makeup for private clients; trials, quotes and on-site application",
            ], etype="freelance"),
            E("Fitting Room Attendant", "Desert Bloom Department Store", "Scottsdale, AZ", "2020-03", "2022-09", F, IPS, [
                "Counted items in and out and returned go-backs to the floor",
                "Kept rooms clean and hangers sorted",
            ]),
            E("Alterations Assistant", "Desert Bloom Department Store", "Scottsdale, AZ", "2019-02", "2020-02", A, None, [
                "Hemmed, steamed and tagged alterations in the tailor shop",
            ]),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Stylist", "Second Chance Closet", "Phoenix, AZ", "2021-01", "2023-12", F, "volunteering", [
                "Helped women returning to work choose interview outfits",
            ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Color matching", "Airbrush makeup", "Bilingual English/Spanish", "Clienteling apps"]),
    ]))

# ------------------------------------------------------------------ w020
RES.append(dict(
    id="w020", r="docx", lay="tabs", hdr="title_org", ds="mm/yyyy", pw="Present", bul="list", capsh=True,
    family="UK online-retailer customer experience team leader who started in the returns warehouse, Word tab-stop dates",
    code="docx, tabs/title_org, mm/yyyy / 'Present'; year-only Saturday job",
    name="Jade Whitfield", contact=["Bristol BS5", "07700 900 674", "jade.whitfield@mailbox.co.uk"],
    blocks=[
        ("text", "Personal Profile", "Team leader in an online retailer's customer contact team. I like fixing the "
                                     "problem behind the complaint, not just the complaint."),
        ("exp", "Employment History", [
            E("Customer Experience Team Leader", "Severn & Co. Online", "Bristol", "2023-02", "present", F, CC, [
                "Lead 12 advisers across phone, email and chat",
                "Take escalated calls and approve goodwill gestures",
                "Run weekly call-listening and coaching sessions",
            ]),
            E("Customer Service Adviser", "Severn & Co. Online", "Bristol", "2020-11", "2023-01", F, CC, [
                "Inbound calls about orders, deliveries and refunds",
            ]),
            E("Returns Operative", "Severn & Co. Online", "Avonmouth", "2019-09", "2020-10", A, None, [
                "Unpacked returned parcels, checked condition and rebagged items for resale",
            ]),
            E("Christmas Warehouse Picker (temp)", "Westway Logistics", "Avonmouth", "2018-11", "2019-01", A, None, []),
            E("Saturday Sales Assistant", "Clifton Shoe Co.", "Bristol", "2016-01", "2018-12", F, IPS, [
                "Measured children's feet and fitted school shoes",
            ], prec="year"),
        ]),
        ("lines", "Education", ["City of Bristol College – BTEC Level 3 Business (2018)"]),
        ("text", "Hobbies", "Netball, baking and volunteering at parkrun."),
    ]))

# ------------------------------------------------------------------ w021
RES.append(dict(
    id="w021", r="txt", hdr="inline", ds="mon", pw="Present", sep=" - ", bul="•", th="caps",
    family="Irish supermarket deli assistant who did the bakery early shift, plain text with one-line entries and personal details first",
    code="txt, plain/inline, mon / 'Present'; year-only volunteer",
    name="Sinéad Ó Ceallaigh", crlf=True,
    contact=["Address: 4 Lisheen Park, Castletroy, Co. Limerick", "Mobile: 085 555 6624", "Email: sinead.oc@mailbox.ie"],
    blocks=[
        ("lines", "Personal Statement", ["I am a friendly and reliable worker with four years' experience in food "
                                         "retail. I enjoy working with the public and I am happy to work weekends."]),
        ("exp", "Employment History", [
            E("Deli Counter Assistant", "Shannonside Foods", "Limerick", "2022-04", "present", F, IPS, [
                "Serve hot food and slice meats and cheese to order at the deli counter",
                "Prep chicken fillet rolls and salads for the lunchtime rush",
            ]),
            E("Bakery Operative", "Shannonside Foods", "Limerick", "2020-06", "2022-03", A, None, [
                "Baked off par-baked bread and scones from 5am",
                "Packed, labelled and dated products for the shelves",
            ]),
            E("Shop Assistant (part-time)", "Mulcahy's Corner Shop", "Castletroy", "2018-09", "2020-05", F, IPS, []),
            E("Farm Hand", "Ó Ceallaigh Family Farm", "Cappamore", "2016-01", "2018-12", N, None, [
                "Milking, calf rearing and silage work on the family dairy farm (weekends and summers)",
            ], prec="year"),
        ]),
        ("exp", "Volunteering", [
            E("Charity Shop Assistant", "Limerick Animal Rescue Shop", "Limerick", "2019-01", "2020-12", F, "volunteering", [
                "Worked the till on Saturdays and helped customers",
            ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["Leaving Certificate Applied, Castletroy College, 2018", "HACCP Level 1 and 2"]),
        ("lines", "References", ["Mr. Declan Hogan, Store Manager, Shannonside Foods - 061 555 901"]),
    ]))

# ------------------------------------------------------------------ w022
RES.append(dict(
    id="w022", r="pdf_fpdf", lay="centred", hdr="org_title", ds="mon", pw="Present", olsep=", ", bul="–",
    footer="Page {n}",
    family="London fashion-retailer head-office people advisor who came up through the cash office and payroll, fpdf2 centred header",
    code="fpdf2, centred/org_title, mon / 'Present'",
    name="Olamide Ferris", headline="Stores People Advisor (CIPD Level 5)",
    contact=["Walthamstow, London E17", "07700 900 745  |  olamide.ferris@mailbox.co.uk"],
    blocks=[
        ("exp", "Experience", [
            E("Stores People Advisor", "Carnaby & Reed Ltd", "Head Office, London", "2022-05", "present", F, "internal_support", [
                "Answer the stores' HR helpline for managers and colleagues on contracts, absence and pay queries",
                "Prepare contracts and variation letters for 60 stores",
            ]),
            E("Payroll Administrator", "Carnaby & Reed Ltd", "Head Office, London", "2020-02", "2022-04", N, None, [
                "Processed weekly payroll for 1,900 hourly store colleagues",
                "Reconciled timesheets and holiday accruals",
            ]),
            E("Cash Office Supervisor", "Carnaby & Reed Ltd", "Oxford Street, London", "2017-09", "2020-01", N, None, [
                "Counted and balanced 40 tills and prepared the daily banking",
                "Reconciled card terminals and issued till floats",
            ]),
            E("Sales Adviser", "Carnaby & Reed Ltd", "Oxford Street, London", "2015-06", "2017-08", F, IPS, []),
        ]),
        ("lines", "Education", ["CIPD Level 5 Associate Diploma in People Management (2023)",
                                "AAT Level 2 Certificate in Accounting (2019)"]),
    ]))

# ------------------------------------------------------------------ w023
RES.append(dict(
    id="w023", r="docx", lay="table", hdr="title_org", ds="mon", pw="Present", bul="list",
    family="US grocery curbside lead who picked online orders and drove home delivery, Word borderless table per job, app gig work",
    code="docx, table/title_org, mon / 'Present'",
    name="DeShawn Castillo", contact=["Houston, TX 77087", "(713) 555-0194", "deshawn.castillo@mailbox.com"],
    blocks=[
        ("exp", "Work History", [
            E("Curbside Pickup Lead", "Bayou Market Grocers", "Houston, TX", "2023-04", "present", F, IPS, [
                "Run the curbside lane and load orders into customers' cars",
                "Handle substitutions customers turn down and issue refunds on the spot",
            ]),
            E("Personal Shopper (Online Orders)", "Bayou Market Grocers", "Houston, TX", "2021-06", "2023-03", A, None, [
                "Picked online grocery orders on the sales floor with a handheld scanner",
                "Chose substitutions for out-of-stock items and staged orders in cold storage",
            ]),
            E("Home Delivery Driver", "Bayou Market Grocers", "Houston, TX", "2020-03", "2021-05", F, IPS, [
                "Delivered grocery orders and carried totes to the door",
                "Took back rejected items and collected signatures",
            ]),
            E("Shopper (Independent Contractor)", "Basketly", "Houston, TX", "2019-05", "2020-02", F, DIG, [
                "Shopped and delivered orders through the app, mostly left at the door",
                "Messaged customers in the app about substitutions before checkout",
            ], etype="freelance"),
        ]),
        ("list", "Skills", ["Food handler card", "Clean driving record", "Spanish (conversational)"]),
    ]))

# ------------------------------------------------------------------ w024
RES.append(dict(
    id="w024", r="md", hdr="title_org", ds="mon", pw="to date", mdent="bold", mdrsep=" | ", mdbul="-",
    family="South African clothing-chain branch administrator with a stock-control past and a retail learnership, Markdown with bold title lines",
    code="md, bold/title_org, mon / 'to date'",
    name="Nomvula Dlamini", contact=["Pinetown, Durban", "071 555 3308", "nomvula.dlamini@mailbox.co.za"],
    blocks=[
        ("text", "Career Objective", "An experienced branch administrator looking for a senior admin or stock "
                                     "controller position in retail."),
        ("exp", "Work Experience", [
            E("Branch Administrator", "Coastline Clothing (Pty) Ltd", "Durban", "2021-09", "present", F, IPS, [
                "Payroll hours, inter-branch stock transfers and daily banking",
                "Attend to lay-by and store account queries from customers at the admin window",
            ]),
            E("Stock Controller", "Coastline Clothing (Pty) Ltd", "Pinetown", "2018-03", "2021-08", A, None, [
                "Receiving, stock counts and IBTs",
                "Checked deliveries against invoices and loaded them on the system",
            ]),
            E("Sales Assistant", "Coastline Clothing (Pty) Ltd", "Pinetown", "2016-01", "2018-02", F, IPS, []),
            E("Retail Learner (Learnership, NQF 2)", "Makhosi Hardware", "KwaMashu", "2015-01", "2015-12", F, IPS, [
                "Worked at the trade counter helping builders with orders and quotes",
            ], etype="internship"),
            E("General Worker", "Umlazi Civils CC", "Umlazi", "2013-01", "2014-12", N, None, [
                "Mixed concrete, dug trenches and cleared building sites",
            ], prec="year"),
        ]),
        ("lines", "Qualifications", ["Matric, 2014", "National Certificate: Wholesale & Retail Operations (NQF 2), 2015",
                                     "Pastel Payroll certificate, 2022"]),
        ("lines", "References", ["Mrs L. Pillay – Branch Manager, Coastline Clothing – 031 555 7781"]),
    ]))

# ------------------------------------------------------------------ w025
RES.append(dict(
    id="w025", r="pdf_rl", lay="sidebar", hdr="pipe", ds="mon.", pw="Present", sidebg=(0.93, 0.9, 0.86),
    accent=(0.45, 0.25, 0.2),
    family="Canadian bilingual optometric assistant with optical sales and e-commerce merchandising, reportlab sidebar, pipe title lines",
    code="reportlab, sidebar/pipe, mon. / 'Present'",
    name="Gabrielle Thériault", headline="Optometric Assistant - bilingual FR/EN",
    contact=["Gatineau, QC", "819-555-0147", "gabrielle.t@mailbox.ca"],
    side=[
        ("list", "Languages", ["French (native)", "English (fluent)"]),
        ("list", "Skills", ["Pre-testing (OCT, visual fields)", "Contact lens teaching", "Insurance claims", "Lightroom"]),
    ],
    blocks=[
        ("exp", "Experience", [
            E("Optometric Assistant", "Clairvision Optique", "Gatineau, QC", "2022-02", "present", F, HC, [
                "Pre-test patients (OCT, visual fields) and teach contact lens insertion and removal in French and English",
                "Book and confirm appointments",
            ]),
            E("Optical Sales Consultant", "Clairvision Optique", "Ottawa, ON", "2019-07", "2022-01", F, IPS, [
                "Helped clients choose frames and lenses and processed insurance claims at the counter",
            ]),
            E("Merchandising Coordinator (e-commerce)", "Rideau Outfitters", "Ottawa, ON", "2017-05", "2019-06", A, None, [
                "Photographed products, wrote listings and uploaded them to the web store",
                "Kept sizes and prices in sync with the stores",
            ]),
            E("Cashier", "Marché Beaulieu", "Gatineau, QC", "2015-06", "2017-04", F, IPS, []),
        ]),
        ("lines", "Education", ["DEC, Techniques de la mode, Cégep de l'Outaouais (2017)",
                                "Optometric Assistant Certificate (2022)"]),
    ]))

# ------------------------------------------------------------------ w026
RES.append(dict(
    id="w026", r="docx", lay="sidebar", hdr="title_org", ds="mon", pw="Present", bul="list", sidehex="EDE4F2",
    family="Dublin department-store personal shopping manager who was a window dresser, Word shaded sidebar layout table",
    code="docx, sidebar/title_org, mon / 'Present'",
    name="Róisín Kavanagh", headline="Personal Shopping Manager",
    contact=["Rathmines, Dublin 6", "083 555 0472", "roisin.kavanagh@mailbox.ie"],
    side=[
        ("list", "Strengths", ["Clienteling", "Event planning", "Window & prop build", "Team coaching"]),
        ("lines", "Education", ["BA Fashion Design, TU Dublin (2015)"]),
        ("text", "Interests", "Vintage markets, sea swims, theatre"),
    ],
    blocks=[
        ("exp", "Experience", [
            E("Personal Shopping Manager", "Liffey & Grange", "Dublin 2", "2021-05", "present", F, IPS, [
                "Lead a team of 5 stylists in the personal shopping suite",
                "Look after 40 of our top-spending clients personally, from appointments to alterations",
                "Plan VIP client events with the brand partners",
            ]),
            E("Window Dresser", "Liffey & Grange", "Dublin 2", "2018-01", "2021-04", A, None, [
                "Installed windows overnight and built props in the studio",
            ]),
            E("Retail Assistant – Menswear", "Liffey & Grange", "Dublin 2", "2015-09", "2017-12", F, IPS, []),
            E("Brand Ambassador (temp)", "Glenmara Whiskey", "Leinster", "2014-11", "2015-06", F, IPS, [
                "Ran tasting stands in supermarkets at weekends",
            ]),
        ]),
    ]))

# ------------------------------------------------------------------ w027
RES.append(dict(
    id="w027", r="txt", hdr="title_org", ds="mm/yyyy", pw="Present", rj="pipe", bul="-", th="stars",
    family="Malaysian modest-wear live-commerce host with marketplace and online-CS years, plain text, dates after a pipe",
    code="txt, plain/title_org, mm/yyyy / 'Present'",
    name="Siti Hajar Abdul Rahman", contact=["Kuala Lumpur", "Tel: 013-555 8092 | sitihajar.ar@mailbox.my"],
    blocks=[
        ("exp", "Work Experience", [
            E("Live Commerce Host", "Seri Anggun Modest Wear", "Kuala Lumpur", "2023-06", "present", F, DIG, [
                "Host three livestreams a week on social commerce platforms",
                "Answer viewers' sizing and fabric questions live and push limited-time vouchers",
            ]),
            E("E-commerce Executive", "Seri Anggun Modest Wear", "Kuala Lumpur", "2021-09", "2023-05", A, None, [
                "Managed marketplace storefronts, product listings and voucher campaigns",
                "Planned 9.9, 11.11 and Ramadan sale calendars",
            ]),
            E("Customer Service Executive (Online)", "Pasarku Online Sdn Bhd", "Cyberjaya", "2019-08", "2021-08", F, DIG, [
                "Replied to buyers on chat and email about orders, returns and refunds",
            ]),
            E("Part-time Cashier", "Kedai Buku Cahaya", "Bangi", "2018-01", "2019-06", F, IPS, []),
        ]),
        ("lines", "Education", ["Bachelor of Business Administration (Marketing), UiTM, 2019"]),
        ("lines", "Languages", ["Bahasa Melayu, English"]),
    ]))

# ------------------------------------------------------------------ w028
RES.append(dict(
    id="w028", r="pdf_rl", lay="twocol", hdr="orgfirst", ds="mon", pw="Present", letter=True, fs=10.5,
    footer="Ray Okafor-Dunn - page {n}", olsep=" | ", break_before="Education",
    family="US grocery store director with 20 years at two grocers, reportlab two-column header, employer headings with roles beneath, two pages",
    code="reportlab, twocol/orgfirst, mon / 'Present'; 2 pages",
    name="Ray Okafor-Dunn", headline="Grocery Store Director",
    contact=["Aurora, CO 80012", "(720) 555-0115", "ray.od@mailbox.com"],
    blocks=[
        ("text", "Summary", "Store director with 20 years in Colorado grocery, from bagger to running a $48M store. "
         "Known for fresh departments that customers drive across town for, low turnover, and clean audits. I work "
         "best in stores where the director is on the floor and the team can see it."),
        ("list", "Areas of Strength", ["P&L and labor management", "Fresh department operations (produce, deli, bakery, meat)",
                                       "Food safety and regulatory compliance", "Shrink control and inventory accuracy",
                                       "Hiring, coaching and succession planning", "Community partnerships"]),
        ("exp", "Professional Experience", [
            E("Store Director", "Front Range Grocers", "Denver, CO", "2019-04", "present", F, IPS, [
                "Lead a $48M store with 160 associates",
                "Own the customer service desk escalation line and meet customers at weekly 'coffee with the director' sessions",
                "Grew sales 11% over three years while holding labor at 9.8% of sales",
            ]),
            E("Assistant Store Director", "Front Range Grocers", "Denver, CO", "2015-02", "2019-03", A, None, [
                "Scheduling and labor budgets for 140 associates",
                "Led food-safety compliance and passed every county health inspection",
                "Ran quarterly inventories and shrink reviews",
            ]),
            E("Produce Manager", "Front Range Grocers", "Denver, CO", "2011-06", "2015-01", A, None, [
                "Ordered, culled and rotated produce to keep freshness and shrink in line",
                "Built seasonal displays and trained six produce clerks",
            ]),
            E("Produce Clerk", "Mile High Foods Co-op", "Boulder, CO", "2008-05", "2011-05", F, IPS, [
                "Stocked and rotated produce and helped shoppers choose ripe fruit",
            ]),
            E("Bagger / Courtesy Clerk", "Mile High Foods Co-op", "Boulder, CO", "2006-06", "2008-04", F, IPS, []),
        ]),
        ("lines", "Education", ["Associate of Applied Science, Business, Front Range Community College (2012)"]),
        ("list", "Certifications", ["ServSafe Food Protection Manager (2024)", "Colorado Responsible Vendor (2023)"]),
        ("text", "Interests", "Coaching youth soccer, fly fishing, smoking brisket."),
        ("text", "References", "Provided on request."),
    ]))

# ------------------------------------------------------------------ w029
RES.append(dict(
    id="w029", r="docx", lay="header", hdr="dateline", ds="yyyy-mm", pw="Present", bul="•",
    family="Nova Scotia home-centre store associate who was an educational assistant, name in the Word page header, dates on their own line",
    code="docx, header/dateline, yyyy-mm / 'Present'; 'Summer 2019'",
    name="Colin MacAskill", contact=["Dartmouth, NS", "902-555-0183", "colin.macaskill@mailbox.ca"],
    blocks=[
        ("text", "Summary", "Hands-on store associate with a background in education. Patient, good at explaining "
                            "things, and happy on a forklift or at a paint desk."),
        ("exp", "Work Experience", [
            E("Store Associate – Paint Desk", "Atlantic Home Centre", "Dartmouth, NS", "2024-03", "present", F, IPS, [
                "Colour-match and mix paint for customers and advise on primers and finishes",
            ]),
            E("Receiver", "Atlantic Home Centre", "Dartmouth, NS", "2022-10", "2024-02", A, None, [
                "Unloaded trucks at the receiving dock and checked them against the ASN",
                "Moved pallets to overstock with the reach truck",
            ]),
            E("Educational Assistant", "Bedford Hills Elementary School", "Bedford, NS", "2019-09", "2022-06", F, "education", [
                "Supported students with individual program plans in class and at recess",
            ]),
            E("Seasonal Garden Centre Associate", "Atlantic Home Centre", "Dartmouth, NS", "2019-06", "2019-08", F, IPS, [
                "Watered and merchandised plants; loaded soil and mulch into customers' vehicles",
            ], dtext="Summer 2019"),
        ]),
        ("lines", "Education", ["B.A. (Psychology), Saint Mary's University, 2019"]),
        ("list", "Certificates", ["Forklift / reach truck (2023)", "Standard First Aid & CPR-C"]),
    ]))

# ------------------------------------------------------------------ w030
RES.append(dict(
    id="w030", r="html", hdr="datesfirst", ds="month", pw="Present", sep=" – ",
    css="body{font-family:Arial,sans-serif;max-width:720px;margin:24px auto}h1{margin-bottom:0}h2{color:#2b5d34}"
        "h3{font-size:1em;margin:.8em 0 .1em}.o{margin:0;color:#444}",
    family="Welsh charity-shop manager with a supermarket fuel-kiosk and trolley past, hand-written HTML, dates before titles",
    code="html, semantic/datesfirst, month / 'Present'",
    name="Bethan Llewellyn", contact=["Pontypridd, CF37", "07700 900 318", "bethan.llewellyn@mailbox.co.uk"],
    blocks=[
        ("text", "About me", "Charity shop manager with a background in supermarkets. I run a busy high-street shop "
                             "with a team of volunteers and I am looking for an area role in charity retail."),
        ("exp", "Work Experience", [
            E("Charity Shop Manager", "Valleys Hospice Shops", "Pontypridd", "2021-01", "present", F, IPS, [
                "Run the shop with 25 volunteers and one assistant manager",
                "Serve customers and take Gift Aid declarations",
                "Sort donations and price stock to weekly income targets",
            ]),
            E("Customer Assistant – Fuel Station Kiosk", "Taff Vale Superstore", "Cardiff", "2017-04", "2020-12", F, IPS, [
                "Served fuel and kiosk customers, sold tobacco and lottery",
            ]),
            E("Trolley Operative", "Taff Vale Superstore", "Cardiff", "2015-06", "2017-03", A, None, [
                "Collected trolleys and baskets from the car park and trolley bays",
                "Kept the car park litter-free and reported damaged trolleys",
            ]),
        ]),
        ("exp", "Volunteering", [
            E("Online Sales Volunteer", "Valleys Hospice Shops", "Pontypridd", "2019-01", "2020-12", A, None, [
                "Listed donated books and vintage items on the online shop and packed sold items for posting",
            ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Welsh (conversational)", "Volunteer coordination", "Cash handling", "Food Hygiene Level 2"]),
    ]))
