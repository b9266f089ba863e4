"""wild73 résumés w001–w015 (fictional)."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, HC, DIG, CC, SA = "in_person_service", "healthcare_care", "digital_service", "contact_center", "sales_account"

RES = []

# ------------------------------------------------------------------ w001
RES.append(dict(
    id="w001", r="pdf_rl", lay="plain", letter=True, hdr="title_org", ds="mon", pw="Present",
    family="US home-goods assistant store manager who came up from cashier and overnight freight, Word-to-PDF single column",
    code="reportlab, plain/title_org, mon / 'Present'",
    name="Danielle R. Whitcomb", contact=["Columbus, OH 43229  |  (614) 555-0187  |  d.whitcomb@mailbox.com"],
    blocks=[
        ("text", "Summary", "Retail manager with seven years in big-box home goods and grocery. Comfortable running a "
                            "store on my own, from truck day to the last register count."),
        ("exp", "Experience", [
            E("Assistant Store Manager", "Bellwether Home Goods", "Columbus, OH", "2023-03", "present", F, IPS, [
                "Open and close the store as senior key holder; run the weekly schedule for 14 associates",
                "Handle customer escalations, price adjustments and special orders at the service desk",
                "Lead monthly floor sets from corporate planograms and photo-check them by Monday",
            ]),
            E("Key Holder", "Bellwether Home Goods", "Columbus, OH", "2021-06", "2023-02", F, IPS, [
                "Counted down registers and prepared bank deposits",
                "Set up seasonal displays and endcaps",
                "Trained new cashiers on the returns policy",
            ]),
            E("Cashier", "Buckeye Fresh Market", "Westerville, OH", "2019-08", "2021-05", F, IPS, []),
            E("Overnight Replenishment Associate", "Buckeye Fresh Market", "Westerville, OH", "2018-10", "2019-07", A, None, [
                "Worked the 10pm-6:30am freight crew while the store was closed",
                "Broke down pallets and filled frozen and dairy",
            ]),
        ]),
        ("list", "Skills", ["Cash handling and deposits", "Scheduling (Kronos)", "Planogram sets", "Bilingual English/Spanish"]),
        ("lines", "Education", ["Columbus State Community College - Business Management coursework, 2017-2018",
                                "Northland High School, Columbus, OH - Diploma, 2017"]),
    ]))

# ------------------------------------------------------------------ w002
RES.append(dict(
    id="w002", r="docx", lay="styles", hdr="title_org", ds="month", pw="Present", bul="list",
    family="UK department-store visual merchandising manager, Word heading styles, right tab-stop dates",
    code="docx, styles/title_org, month / 'Present'",
    name="Harriet Okonjo-Vale", title_style=True,
    contact=["Leeds LS6", "07700 900 414", "harriet.ov@mailbox.co.uk"],
    blocks=[
        ("text", "Profile", "Visual merchandiser with ten years in fashion and department stores. I turn buying-team "
                            "launches into windows and floor stories that stores can keep up for a whole season."),
        ("exp", "Career History", [
            E("Visual Merchandising Manager", "Hollis & Crane", "Leeds", "2022-09", "present", A, None, [
                "Plan and install window schemes for the Leeds flagship and four satellite stores",
                "Brief store teams on floor moves through weekly VM packs and check them by photo",
                "Work with the buying team on launch dates and hero products",
            ]),
            E("Visual Merchandiser", "Hollis & Crane", "Leeds", "2019-04", "2022-08", A, None, [
                "Dressed mannequins and feature tables before trading",
                "Changed windows overnight for seasonal launches",
                "Looked after the props store and a £14k annual budget",
            ]),
            E("Sales Assistant – Womenswear", "Parkes & Lowe", "York", "2016-10", "2019-03", F, IPS, [
                "Helped customers with sizing and ran the fitting rooms on Saturdays",
                "Kept the floor replenished and tidy",
                "Helped the VM team with window changes at weekends",
            ]),
            E("Christmas Temp", "Marlow Toys", "York", "2015-11", "2016-01", F, IPS, ["Till and gift wrapping"]),
        ]),
        ("lines", "Education", ["BA (Hons) Fashion Buying & Merchandising, Leeds Arts University – 2:1 (2016)"]),
        ("list", "Skills", ["Window and mannequin styling", "Planograms and VM guidelines", "Adobe InDesign",
                            "Full UK driving licence"]),
    ]))

# ------------------------------------------------------------------ w003
RES.append(dict(
    id="w003", r="pdf_fpdf", lay="left", hdr="org_title", ds="mm/yyyy", pw="Present", olsep=", ",
    family="UK pharmacy technician who moved from the medicines counter to a dispensing hub, fpdf2 left header, employer line first",
    code="fpdf2, left/org_title, mm/yyyy / 'Present'",
    name="Sana Mirza", headline="GPhC-registered Pharmacy Technician",
    contact=["Stockport SK4  ·  07700 900 862  ·  sana.mirza@mailbox.co.uk"],
    blocks=[
        ("exp", "Employment", [
            E("Pharmacy Technician (Dispensary)", "Greenhill Pharmacy Group", "Stockport", "2022-02", "present", A, None, [
                "Label, assemble and accuracy-check repeat prescriptions for 30 care homes at the hub",
                "Keep the controlled drugs register and place the daily wholesaler order",
                "Prepare monitored dosage trays for dispatch to branches",
            ]),
            E("Medicines Counter Assistant", "Greenhill Pharmacy Group", "Stockport", "2019-05", "2022-01", F, HC, [
                "Advised customers on over-the-counter medicines using the WWHAM questions",
                "Handed out prescriptions, took payments and referred symptoms to the pharmacist",
            ]),
            E("Optical Assistant (Saturdays)", "Castlefield Opticians", "Manchester", "2017-09", "2019-04", F, HC, [
                "Ran pre-screening tests (auto-refractor, non-contact tonometry) before eye examinations",
                "Helped patients choose frames and took measurements",
            ]),
            E("Shop Volunteer", "St Aidan's Hospice Shop", "Sale", "2016-06", "2017-08", A, None, [
                "Sorted and steamed donated clothing in the back room",
                "Priced bric-a-brac and books ready for the shop floor",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Qualifications", ["NVQ Level 3 Pharmacy Services (2021)", "Accuracy Checking Technician course (2023)",
                                    "4 A-levels incl. Chemistry and Biology"]),
        ("text", "References", "Available on request."),
    ]))

# ------------------------------------------------------------------ w004
RES.append(dict(
    id="w004", r="txt", hdr="dateline", ds="month", pw="Present", sep=" to ", bul="-", th="plain",
    family="US Indeed-style export pasted as text, online home-goods returns lead with a chat-support past",
    code="txt, indeed/dateline, month / 'Present'",
    name="Marcus Tellaro", contact=["Reno, NV 89502", "marcus.tellaro@mailbox.net", "+1 775 555 0143"],
    blocks=[
        ("text", "", "Operations lead in e-commerce returns. Looking for a team lead role in fulfillment or customer operations."),
        ("exp", "Work Experience", [
            E("Returns Processing Lead", "Juniper & Vine", "Reno, NV", "2023-05", "present", A, None, [
                "Lead a team of 9 grading returned items as resell, refurbish or liquidate",
                "Update order records so refunds release to customers within 48 hours",
                "Flag damage trends by SKU to the buying team every Friday",
            ]),
            E("Customer Care Specialist (Remote)", "Juniper & Vine", "Reno, NV", "2021-02", "2023-04", F, DIG, [
                "Answered chat and email about late parcels, damaged items and refunds",
                "Issued return labels and replacement orders",
                "Kept CSAT at 94% over two peak seasons",
            ]),
            E("Seasonal Picker/Packer", "Parcelway Fulfillment", "Sparks, NV", "2020-10", "2021-01", A, None, [
                "Picked and packed 900+ units per shift for online retailers' orders",
            ]),
            E("Barista", "Sagebrush Coffee Co.", "Reno, NV", "2018-06", "2020-09", F, IPS, [
                "Made drinks and served customers at a busy drive-thru",
            ]),
            E("Machine Operator", "High Desert Plastics", "Sparks, NV", "2017-01", "2018-05", N, None, [
                "Ran injection molding machines for automotive clips on rotating shifts",
                "Logged scrap and changed molds with the setup tech",
            ]),
        ]),
        ("lines", "Education", ["High school diploma", "Galena High School - Reno, NV", "2014 to 2018"]),
        ("list", "Skills", ["Zendesk (2 years)", "Warehouse management systems (3 years)", "Forklift certified",
                            "Microsoft Excel"]),
    ]))

# ------------------------------------------------------------------ w005
RES.append(dict(
    id="w005", r="docx", lay="tabs", hdr="title_org", ds="mon", pw="Present", bul="list",
    family="Canadian department-store personal stylist with a freelance styling business, Word tab-stop dates",
    code="docx, tabs/title_org, mon / 'Present'",
    name="Noémie Castellanos", centred=True, headline="Personal Stylist | Wardrobe Consultant",
    contact=["Toronto, ON", "416-555-0199", "noemie.c@mailbox.ca"],
    blocks=[
        ("exp", "Experience", [
            E("Personal Stylist", "Laurier & Finch", "Toronto, ON", "2022-01", "present", F, IPS, [
                "Book one-to-one styling appointments and build wardrobe edits for a client list of 120",
                "Follow up with clients by phone and text when new collections land",
                "Personal sales of $1.1M in 2025",
            ]),
            E("Freelance Wardrobe Stylist", "Self-employed", "Toronto, ON", "2019-06", "2021-12", F, "entrepreneurial_freelance", [
                "Closet edits, capsule wardrobes and shopping trips for private clients",
                "Found clients through Instagram and referrals; invoiced and booked my own diary",
            ], etype="freelance"),
            E("Sales Associate", "Northshore Denim", "Toronto, ON", "2017-05", "2019-05", F, IPS, [
                "Ran fit sessions and helped customers find the right cut",
                "Top seller for the store in Q4 2018",
            ]),
            E("Stockroom Associate (part-time)", "Northshore Denim", "Toronto, ON", "2016-09", "2017-04", A, None, [
                "Received shipments, tagged and sorted stock by size in the back room",
            ]),
        ]),
        ("lines", "Education", ["Diploma, Fashion Business Management – George Brown College (2017)"]),
        ("list", "Languages", ["English", "French", "Spanish"], "inline"),
    ]))

# ------------------------------------------------------------------ w006
RES.append(dict(
    id="w006", r="pdf_rl", lay="sidebar", hdr="title_org", ds="month", pw="Present", splitname=True,
    family="South African supermarket store manager, reportlab with shaded left sidebar (contact, skills, languages, references)",
    code="reportlab, sidebar/title_org, month / 'Present'; year-only oldest entry",
    name="Thabo Mokoena", headline="Store Manager - FMCG retail",
    contact=["Soweto, Johannesburg", "072 555 0188", "thabo.mokoena@mailbox.co.za", "Driver's licence: Code 08"],
    side=[
        ("list", "Skills", ["Stock control & shrinkage", "Rostering and payroll hours", "Customer complaints", "Food safety (HACCP)"]),
        ("list", "Languages", ["English", "isiZulu", "Sesotho", "Afrikaans"]),
        ("lines", "References", ["Mr P. Naidoo, Regional Manager", "FreshWay Supermarkets", "011 555 0102"]),
    ],
    blocks=[
        ("exp", "Work Experience", [
            E("Store Manager", "FreshWay Supermarkets", "Soweto", "2021-03", "present", F, IPS, [
                "Full P&L responsibility for a 2,400 m² store with 86 staff",
                "Reduced shrinkage from 3.1% to 1.8% in two years",
                "Walk the floor at month-end peaks and resolve customer complaints at the service desk",
            ]),
            E("Assistant Store Manager", "FreshWay Supermarkets", "Randburg", "2017-07", "2021-02", A, None, [
                "Managed receiving and stock control for all grocery departments",
                "Compiled weekly rosters and payroll hours",
                "Ran month-end stock counts and investigated variances",
            ]),
            E("Cashier Supervisor", "FreshWay Supermarkets", "Randburg", "2014-02", "2017-06", F, IPS, [
                "Supervised 18 till points, authorised voids and refunds",
                "Dealt with customer queries at the till and the kiosk",
            ]),
            E("Cashier", "Sunrise Cash & Carry", "Alberton", "2011-01", "2013-12", F, IPS, [], prec="year"),
        ]),
        ("lines", "Education", ["Matric (Grade 12) - Morris Isaacson High School, 2010",
                                "National Certificate: Wholesale & Retail Operations (NQF 4), 2016"]),
    ]))

# ------------------------------------------------------------------ w007
RES.append(dict(
    id="w007", r="md", hdr="pipe", ds="mon", pw="Present", mdrsep=" — ", mdent="h3",
    family="Irish hardware click-and-collect supervisor, Markdown, 'Title | Employer | Town' h3 lines, a summer placement",
    code="md, h3/pipe, mon / 'Present'; 'Summer 2019'",
    name="Ciarán Breathnach", contact=["Crumlin, Dublin 12", "087 555 2231", "ciaran.b@mailbox.ie"],
    blocks=[
        ("text", "About me", "Hard-working and organised, six years in retail, currently supervising click & collect "
                             "for a busy hardware store. Full clean driving licence."),
        ("exp", "Work experience", [
            E("Click & Collect Supervisor", "Daly's Home & Hardware", "Dublin 12", "2023-08", "present", F, IPS, [
                "Run the collection desk and lockers, hand orders over and sort out missing items on the spot",
                "Plan the picker rota around the 10am and 4pm collection slots",
            ]),
            E("Online Order Picker", "Daly's Home & Hardware", "Dublin 12", "2022-02", "2023-07", A, None, [
                "Picked web orders from 6am before the store opened",
                "Packed orders into totes and staged them for collection",
            ]),
            E("Customer Service Assistant", "Corrib Foods", "Galway", "2019-09", "2022-01", F, IPS, [
                "Tills, customer service desk, lotto and returns",
            ]),
            E("Student Placement – Marketing", "Corrib Foods", "Galway", "2019-06", "2019-08", A, None, [
                "Helped draft the in-store promotions calendar and shelf-edge offer cards",
                "Pulled weekly promotion sales figures for the marketing manager",
            ], etype="internship", dtext="Summer 2019"),
        ]),
        ("lines", "Education", ["BComm (in progress, part-time) – University of Galway, 2018–2020 (deferred)",
                                "Leaving Certificate – Coláiste Bhríde, 2018"]),
        ("list", "Interests", ["GAA (hurling)", "Cooking", "Cycling"]),
        ("text", "References", "Available on request."),
    ]))

# ------------------------------------------------------------------ w008
RES.append(dict(
    id="w008", r="docx", lay="table", hdr="title_org", ds="yyyy-mm", pw="Current", sep=" – ", bul="list",
    family="South African loss-prevention manager who started as a mall guard, Word borderless table per job",
    code="docx, table/title_org, yyyy-mm / 'Current'",
    name="Johannes (Hannes) van Wyk", contact=["Bellville, Cape Town", "083 555 7720", "hannes.vanwyk@mailbox.co.za"],
    blocks=[
        ("text", "Profile", "Loss prevention specialist with 12 years in retail security. PSIRA Grade A registered."),
        ("exp", "Employment History", [
            E("Loss Prevention Manager", "Harbourside Retail Group", "Cape Town", "2022-04", "present", N, None, [
                "Investigate stock loss across 11 stores using POS exception reports and CCTV footage",
                "Run till audits and shrinkage awareness sessions for store staff",
                "Compile case dockets and liaise with SAPS on prosecutions",
            ]),
            E("Store Detective", "Harbourside Retail Group", "Bellville", "2018-09", "2022-03", F, "other_facing", [
                "Plain-clothes patrols of the sales floor during trading hours",
                "Approached and detained suspected shoplifters and handed them over to SAPS",
                "Gave statements and testified in court",
            ]),
            E("CCTV Control Room Operator", "Shield Guard Security", "Cape Town", "2016-01", "2018-08", N, None, [
                "Monitored 64 cameras at a shopping centre, logged incidents and radioed guards",
            ]),
            E("Security Officer", "Shield Guard Security", "Cape Town", "2014-03", "2015-12", F, "other_facing", [
                "Posted at the mall entrance; searched bags and helped shoppers with directions",
            ]),
        ]),
        ("list", "Qualifications", ["PSIRA Grade A", "Certificate in Loss Prevention (2019)", "Matric, 2013"]),
        ("lines", "Personal details", ["ID: available on request", "Languages: Afrikaans, English", "Own transport"]),
    ]))

# ------------------------------------------------------------------ w009
RES.append(dict(
    id="w009", r="pdf_fpdf", lay="centred", hdr="title_org", ds="mon", pw="Present", fs=10,
    footer="Priya Raman-Holt  —  Page {n}",
    family="Canadian head-office senior buyer with store roots, fpdf2 centred header, two pages with page footer",
    code="fpdf2, centred/title_org, mon / 'Present'; 2 pages",
    name="Priya Raman-Holt", headline="Senior Buyer – Home & Kitchen", contact_one_line=True,
    contact=["Vancouver, BC", "604-555-0176", "priya.rh@mailbox.ca", "linkedin.com/in/priya-rh"],
    blocks=[
        ("text", "Professional Summary", "Buyer with 13 years in Canadian retail, from the sales floor to head office. "
         "I build ranges that sell through without deep markdowns, and I know what it takes for stores to land them. "
         "Strong negotiator with vendors in Canada, the US and Asia; comfortable with open-to-buy, margin and "
         "landed-cost models."),
        ("list", "Core Skills", ["Range and assortment planning by store cluster", "Vendor negotiation and cost engineering",
                                 "Open-to-buy and margin management", "Product development and sampling",
                                 "Import logistics (FOB, landed cost, duty)", "Excel, Power BI, JDA/Blue Yonder"]),
        ("exp", "Professional Experience", [
            E("Senior Buyer – Home & Kitchen", "Cedarline Stores Inc.", "Vancouver, BC", "2021-09", "present", A, None, [
                "Own a $38M range of cookware, tabletop and small storage across 140 stores",
                "Negotiate costs, margins and minimum order quantities with 40 vendors",
                "Plan assortments by store cluster with the planning team and approve samples and packaging",
                "Cut markdown spend by 22% by tightening the buy on seasonal tabletop",
            ]),
            E("Assistant Buyer", "Cedarline Stores Inc.", "Vancouver, BC", "2018-05", "2021-08", A, None, [
                "Raised purchase orders, tracked shipments and maintained item set-ups",
                "Ran the weekly sales review pack for the category team",
                "Chased late vendors and arranged re-routing during the 2021 port delays",
            ]),
            E("Merchandise Allocation Analyst", "Pacific Coast Outfitters", "Burnaby, BC", "2016-06", "2018-04", A, None, [
                "Allocated and replenished stock to 60 stores based on forecasts and store grades",
                "Rebalanced slow sellers between stores before markdown",
            ]),
            E("Department Manager – Housewares", "Cedarline Stores Inc.", "Richmond, BC", "2013-03", "2016-05", F, IPS, [
                "Led a team of 8 on the sales floor and the bridal registry desk",
                "Served customers at the registry and resolved complaints and special orders",
                "Ordered stock and kept the department in line with head-office planograms",
            ]),
            E("Sales Associate (part-time)", "Granville Books", "Vancouver, BC", "2010-09", "2013-02", F, IPS, [
                "Recommended books, ran the till and handled special orders while studying",
            ]),
        ]),
        ("lines", "Education", ["Bachelor of Commerce, Marketing – University of British Columbia (2013)",
                                "Certificate in Retail Buying – Retail Council of Canada (2019)"]),
        ("exp", "Volunteering", [
            E("Board Member", "Kitsilano Community Food Share", "Vancouver, BC", "2020-01", "present", N, None, [
                "Treasurer's committee: budget oversight and the annual fundraising plan",
            ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Languages", ["English (native), Tamil (conversational), French (basic)"]),
    ]))

# ------------------------------------------------------------------ w010
RES.append(dict(
    id="w010", r="txt", hdr="labelled", ds="mon", pw="Current", bul="-", th="equals",
    family="Malaysian hypermarket front-end supervisor, plain text with labelled blocks (Position / Employer / Period) and personal details",
    code="txt, plain/labelled, mon / 'Current'",
    name="Nurul Aisyah binti Kamarudin", namecaps=True,
    contact=["No. 12, Jalan Seroja 3, Taman Seroja, 40460 Shah Alam, Selangor", "H/P: 012-555 4417",
             "Email: nurulaisyah.k@mailbox.my"],
    blocks=[
        ("lines", "Personal Details", ["Nationality : Malaysian", "Age : 29", "Marital status : Married",
                                       "Languages : Bahasa Melayu, English, Mandarin (basic)"]),
        ("lines", "Career Objective", ["To grow as a retail supervisor in a modern hypermarket and lead a friendly front-end team."]),
        ("exp", "Working Experience", [
            E("Outlet Supervisor (Front End)", "MegaJaya Hypermarket", "Shah Alam", "2022-01", "present", F, IPS, [
                "Supervise 12 cashiers and 6 promoters at the front end",
                "Handle customer complaints and approve refunds at the service counter",
                "Daily cash collection and float preparation",
            ]),
            E("Promoter (Beauty)", "Lumina Cosmetics Sdn Bhd", "Petaling Jaya", "2019-06", "2021-12", F, IPS, [
                "Demonstrated skincare products and did skin analysis for shoppers at the counter",
                "Achieved monthly sales target of RM 25,000",
            ]),
            E("Cashier", "Seri Murni Mart", "Klang", "2017-03", "2019-05", F, IPS, []),
            E("Storekeeper", "Seri Murni Mart", "Klang", "2016-01", "2017-02", A, None, [
                "Received goods from suppliers and checked DO against PO",
                "Updated stock cards and arranged the store room",
            ]),
        ]),
        ("lines", "Education", ["Diploma in Retail Management, Politeknik Shah Alam (2015)", "SPM (2012)"]),
        ("lines", "Expected Salary", ["RM 3,800 (negotiable)"]),
        ("lines", "Availability", ["1 month notice"]),
    ]))

# ------------------------------------------------------------------ w011
RES.append(dict(
    id="w011", r="docx", lay="header", hdr="org_title", ds="month", pw="to date", bul="•",
    family="Irish dispensing optician who spent three years in the central glazing lab, name and contact in the Word page header",
    code="docx, header/org_title, month / 'to date'",
    name="Aoife Ní Shúilleabháin", contact=["Ballincollig, Co. Cork", "086 555 3190", "aoife.ns@mailbox.ie"],
    headline="Qualified Dispensing Optician (ABDO)",
    blocks=[
        ("exp", "Employment", [
            E("Dispensing Optician", "Lee Valley Eyecare", "Cork", "2020-09", "present", F, HC, [
                "Dispense and fit spectacles, including varifocals and children's frames",
                "Adjust and repair frames for walk-in patients",
                "Manage the contact lens aftercare diary",
            ]),
            E("Optical Lab Technician", "Lee Valley Eyecare", "Little Island", "2017-02", "2020-08", A, None, [
                "Edged and glazed lenses to prescription for 18 branches",
                "Quality-checked finished jobs before dispatch",
            ]),
            E("Sales Assistant – Fragrance", "Shandon & Co.", "Cork", "2014-11", "2017-01", F, IPS, [
                "Advised customers on fragrance and gift sets; ran gift-with-purchase events",
            ]),
            E("Retail Assistant (summer)", "Clonakilty Gift Shop", "Clonakilty", "2013-06", "2013-09", F, IPS, []),
        ]),
        ("lines", "Education & Training", ["FBDO, Association of British Dispensing Opticians (2020)",
                                           "Leaving Certificate, Coláiste Choilm, Ballincollig (2013)"]),
        ("text", "Interests", "Sea swimming, sean-nós dancing and the odd pub quiz."),
        ("text", "Referees", "Available on request."),
    ]))

# ------------------------------------------------------------------ w012
RES.append(dict(
    id="w012", r="pdf_rl", lay="twocol", hdr="dash", ds="mon", pw="Present", fs=11.5, capsh=False,
    footer="Gareth Pryce-Lomas  |  CV  |  Page {n} of 2", break_before="Education",
    family="UK fashion area manager who started as a retail management trainee, reportlab two-column header, two pages with footer",
    code="reportlab, twocol/dash, mon / 'Present'; 2 pages",
    name="Gareth Pryce-Lomas", headline="Area Manager, Fashion Retail",
    contact=["Sutton Coldfield, B73", "07700 900 233", "gareth.pl@mailbox.co.uk", "Full UK licence, own car"],
    blocks=[
        ("text", "Personal Statement", "Multi-site retail leader with 15 years in fashion, eight of them running "
         "stores and five running an area. I build store management teams that hold their own standards, I am "
         "comfortable with P&L, payroll and stock loss, and I still like a Saturday on a shop floor. Looking for a "
         "regional role with a growing brand."),
        ("list", "Key Achievements", ["Area ranked 2nd of 11 on sales vs budget, 2024 and 2025",
                                      "Cut staff turnover in the area from 61% to 38%",
                                      "Opened two new stores (Touchwood and Merry Hill) on time and on budget"]),
        ("exp", "Career History", [
            E("Area Manager", "Harlow Fashion Ltd", "West Midlands", "2021-01", "present", N, None, [
                "Responsible for 14 stores with £31m turnover and 190 staff",
                "Recruit, coach and performance-manage store managers",
                "Quarterly operational audits, payroll budgets and stock-loss reviews",
                "Agree store sales budgets with the regional director",
            ]),
            E("Store Manager", "Harlow Fashion Ltd", "Solihull", "2016-04", "2020-12", F, IPS, [
                "Led a £3.2m store with 22 staff",
                "Took the store from bottom quartile to top ten on mystery-shop scores",
                "Handled escalated customer complaints and managed the floor on Saturdays",
            ]),
            E("Assistant Manager", "Harlow Fashion Ltd", "Walsall", "2013-08", "2016-03", F, IPS, [
                "Ran the shop floor on the manager's days off, covering tills and fitting rooms at peaks",
                "Owned the rota and the weekly delivery process",
            ]),
            E("Retail Management Trainee", "Pennine Stores plc", "Leeds", "2011-09", "2013-07", F, IPS, [
                "Graduate scheme: rotations through the trading floor, stockroom and cash office",
                "Served on the shop floor and ran a department for six months",
            ]),
            E("Christmas Temp Sales Assistant", "Pennine Stores plc", "Leeds", "2010-11", "2010-12", F, IPS, []),
        ]),
        ("lines", "Education", ["BA (Hons) Business Management, University of Leeds, 2011",
                                "A-levels: Business (A), English (B), Geography (B)"]),
        ("list", "Training", ["ILM Level 5 in Leadership and Management (2019)", "IOSH Managing Safely (2021)",
                              "Mental Health First Aider (2023)"]),
        ("text", "Interests", "Rugby (coach an U12s team), fell walking, cooking for far too many people."),
        ("text", "References", "Available on request."),
    ]))

# ------------------------------------------------------------------ w013
RES.append(dict(
    id="w013", r="html", htmltable=True, ds="mm/yyyy", pw="Current", sep=" – ",
    family="US furniture e-commerce operations coordinator, HTML résumé with a dates column, chat past and freelance mystery shopping",
    code="html, table/datesfirst, mm/yyyy / 'Current'",
    name="Keisha Ambrose-Lund", headline="E-Commerce Operations",
    contact=["Chicago, IL 60647", "(312) 555-0168", "keisha.al@mailbox.com"],
    blocks=[
        ("text", "Summary", "Detail-obsessed e-commerce operations coordinator. I keep listings right, parcels "
                            "moving and the numbers honest."),
        ("exp", "Experience", [
            E("E-Commerce Operations Coordinator", "Lakeshore Living", "Chicago, IL", "2022-06", "present", A, None, [
                "Keep 4,000 product listings accurate across the web store and two marketplaces",
                "Coordinate carrier pickups and chase failed deliveries with the 3PL",
                "Build the weekly order-defect report for the ops director",
            ]),
            E("Product Content Writer (Contract)", "Brightcart", "Remote", "2021-01", "2022-05", A, None, [
                "Wrote and edited 60 product descriptions a week for home and garden categories",
            ]),
            E("Live Chat Agent", "Lakeshore Living", "Chicago, IL", "2019-04", "2020-12", F, DIG, [
                "Answered web shoppers' questions on chat about delivery windows and fabric swatches",
                "Recovered abandoned carts with follow-up offers",
            ]),
            E("Cashier / Stock", "Wicker Park Hardware", "Chicago, IL", "2017-06", "2019-03", F, IPS, []),
            E("Mystery Shopper", "Independent", "Chicago area", "2018-01", "2019-12", A, None, [
                "Visited stores and restaurants posing as a customer and scored them against service checklists",
                "Filed photo reports within 24 hours of each visit",
            ], etype="freelance"),
        ]),
        ("list", "Tools", ["Shopify", "Amazon Seller Central", "Excel (pivot tables, XLOOKUP)", "Gorgias"]),
        ("lines", "Education", ["B.A. English, Northeastern Illinois University, 2019"]),
    ]))

# ------------------------------------------------------------------ w014
RES.append(dict(
    id="w014", r="docx", lay="sidebar", hdr="title_org", ds="mon", pw="Present", bul="list",
    family="Malaysian community pharmacist with PRP and part-time pharmacy-assistant years, Word shaded sidebar layout table",
    code="docx, sidebar/title_org, mon / 'Present'",
    name="Lim Wei Ting", headline="Registered Pharmacist (LRF)",
    contact=["George Town, Penang", "+60 16-555 2087", "weiting.lim@mailbox.my"],
    side=[
        ("list", "Skills", ["Patient counselling", "Chronic disease screening", "Inventory & expiry control", "POS systems"]),
        ("list", "Languages", ["English", "Bahasa Malaysia", "Mandarin", "Hokkien"]),
    ],
    blocks=[
        ("exp", "Experience", [
            E("Retail Pharmacist", "Kasih Pharmacy", "George Town", "2021-07", "present", F, HC, [
                "Counsel patients on new medicines and chronic-disease management",
                "Screen prescriptions and run blood pressure and glucose checks",
                "Supervise three pharmacy assistants",
            ]),
            E("Provisionally Registered Pharmacist", "Seberang Medical Centre", "Butterworth", "2020-05", "2021-06", F, HC, [
                "Rotations through outpatient pharmacy (counter counselling), inpatient dispensing and TDM",
            ], etype="internship"),
            E("Pharmacy Assistant (part-time)", "Kasih Pharmacy", "Bayan Lepas", "2016-11", "2019-12", F, HC, [
                "Replenished shelves and price-tagged stock",
                "Rotated stock for expiry and unpacked supplier deliveries",
            ]),
            E("Industrial Trainee – Quality Control", "Mutiara Generics Sdn Bhd", "Bayan Lepas", "2019-01", "2019-03", A, None, [
                "Ran dissolution and assay tests on tablet batches before release",
            ], etype="internship"),
        ]),
        ("lines", "Education", ["Bachelor of Pharmacy (Hons), Universiti Sains Malaysia, 2020"]),
    ]))

# ------------------------------------------------------------------ w015
RES.append(dict(
    id="w015", r="txt", hdr="dash", ds="apos", pw="Now", rj="pad", width=84, bul="*", th="underline",
    family="Scottish supermarket replenishment team leader, plain text 'Title – Employer, Town' with padded dates, travel gap listed",
    code="txt, plain/dash, apos / 'Now'; travel gap; year-only Saturday job",
    name="Callum Rennie", contact=["Dennistoun, Glasgow G31", "07700 900 581 / callum.rennie@mailbox.co.uk"],
    blocks=[
        ("exp", "Work History", [
            E("Replenishment Team Leader", "Clydemart Superstore", "Glasgow", "2022-09", "present", A, None, [
                "Lead the nightfill team of 15 from 10pm to 7am",
                "Plan the workload from the delivery manifests",
                "Hit 98% on-shelf availability at store open",
            ]),
            E("Replenishment Assistant (days)", "Clydemart Superstore", "Glasgow", "2020-03", "2022-08", F, IPS, [
                "Filled chilled and ambient aisles during trading hours",
                "Helped customers find products and checked the back for stock for them",
            ]),
            E("Warehouse Operative", "Northern Parcel Hub", "Bellshill", "2018-06", "2020-02", A, None, [
                "Sorted parcels for retail clients on the outbound belt",
            ]),
            E("Travelling – Australia & New Zealand", None, None, "2017-10", "2018-05", N, None, [], etype="unknown"),
            E("Saturday Assistant", "Kelvin Newsagents", "Glasgow", "2014-01", "2017-12", F, IPS, [], prec="year"),
        ]),
        ("list", "Skills", ["Counterbalance forklift licence", "Food hygiene level 2", "Team leading on nights"]),
        ("lines", "Education", ["Whitehill Secondary School - Highers in English, Maths, PE"]),
    ]))
