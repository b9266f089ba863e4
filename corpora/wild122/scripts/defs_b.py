from lib import E
from defs_a import F, A, N, IP, CC, DS, SA, HC, ED, VO, EF, IS, OF

R = []

R.append(dict(
    id="w016", fmt="pdf", renderer="fpdf2", layout="sidebar", hdr="title_org", dates="mm/yyyy", present="Current",
    sep=" – ", side_rgb=(238, 230, 242),
    family="Australian aged-care and cleaning worker, fpdf2 sidebar with contact and skills, mm/yyyy dates",
    name="Rosa Mancini", contact=[],
    side=[("Contact", ["Geelong West VIC", "0433 555 871", "rosa.mancini@mailbox.com.au"]),
          ("Skills", ["Empathy & patience", "Manual handling", "Rostering apps", "Italian (fluent)"]),
          ("Licences", ["NDIS Worker Screening", "Full driver licence"])],
    blocks=[
        ("Employment History", [
            E("Personal Care Worker", "Bellarine Grove Aged Care", "Geelong", "2025-09", "present", F, HC, [
                "Showering, dressing and meal assistance for residents", "Reassuring families at visits and on the phone"]),
            E("Commercial Cleaner", "Spotless Shine Contract Cleaning", "Geelong", "2022-10", "2025-08", N, None, [
                "Evening cleaning of offices and a bank branch after close"]),
            E("Support Worker (casual)", "Coastal Ability Services", "Torquay", "2025-02", "2025-08", F, HC, [
                "Supported NDIS participants with shopping and community outings"]),
        ]),
        ("Training", ["Cert III Individual Support (Ageing) 2025", "First Aid & CPR"]),
    ]))

R.append(dict(
    id="w017", fmt="docx", renderer="docx", layout="styles", hdr="pipe", dates="mon", present="Present", sep=" – ",
    family="UK bank cashier turned mortgage admin, Word heading styles, pipe header with tab-stop dates",
    name="Harpreet Kaur Sandhu", contact=["Wolverhampton", "07723 551 908", "harpreet.sandhu@mailbox.co.uk"],
    blocks=[
        ("Professional Summary", "Banking background: cashier, then mortgage administration. Looking to return to a "
         "customer-facing role in a financial services contact centre."),
        ("Experience", [
            E("Mortgage Administrator", "Midshire Building Society", "Wolverhampton", "2024-01", "present", A, None, [
                "Check applications and valuation reports before offer",
                "Prepare offer documents and chase solicitors for completion paperwork"]),
            E("Customer Service Advisor (secondment)", "Midshire Building Society", "Wolverhampton", "2023-09", "2023-12", F, CC, [
                "Covered the savings helpline during the ISA season: balances, transfers, password resets"]),
            E("Branch Cashier", "Midshire Building Society", "Dudley", "2022-04", "2023-08", F, IP, [
                "Counter transactions, cash and cheques, spotting signs of fraud and scams"]),
            E("Night Receptionist", "Canal Quarter Hotel", "Birmingham", "2021-10", "2022-03", F, IP, []),
            E("Saturday Sales Assistant", "Lacey's Bakery", "Tettenhall", "2017-09", "2019-06", F, IP, [
                "Served customers, took cake orders over the phone"]),
        ]),
        ("Education", ["BA (Hons) Business, University of West Midlands, 2021"]),
    ]))

R.append(dict(
    id="w018", fmt="txt", renderer="txt", layout="plain", hdr="labelled", dates="mon", present="date",
    txt_head="eq", bullet="*",
    sep=" to ", family="Kenyan-born applicant in Leicester, plain-text CV with labelled blocks (Position / Employer / Period)",
    name="Wanjiru Kamau", contact=["Address: Evington, Leicester LE5", "Mobile: 07440 558 219", "Email: wanjiru.kamau@mailbox.co.uk"],
    blocks=[
        ("Personal Profile", "Hard-working and friendly, customer focused, right to work in the UK."),
        ("Work Experience", [
            E("Security Officer", "Guardline Security Services", "Leicester", "2025-07", "present", F, OF, [
                "Front-of-store officer at a shopping centre: greeting shoppers, giving directions",
                "Dealing with incidents and lost children, radio contact with control"]),
            E("Sortation Associate", "ParcelNet Hub", "Coventry", "2024-09", "2025-06", A, None, [
                "Induct and sort parcels onto outbound routes, clear jams"]),
            E("Call Centre Agent", "Safaricom Dealer Support Line", "Nairobi", "2022-01", "2022-09", F, CC, [
                "Took calls from dealers and customers about M-Pesa float and SIM registration"]),
            E("Volunteer Receptionist", "Highfields Community Food Bank", "Leicester", "2024-01", "2024-08", F, VO, [
                "Welcoming clients, checking vouchers and signposting to advice services"],
                section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["SIA Door Supervisor licence", "Diploma in Business Management, Kenya, 2021"]),
        ("Referees", "On request"),
    ]))

R.append(dict(
    id="w019", fmt="pdf", renderer="reportlab", layout="twopage", hdr="title_org", dates="month", present="Present",
    footer="Curtis Bannerman – CV – page {n}", break_before="Education", fs=10.5,
    family="Canadian former store manager, two-page reportlab résumé with page footer, manager duties decide",
    name="Curtis Bannerman", contact=["Moncton, NB E1C", "506-555-0168", "curtis.bannerman@mailbox.ca"],
    blocks=[
        ("Profile", "Retail leader with 9 years in grocery and convenience, stepping back from management. Interested "
         "in a customer care agent role with a stable schedule."),
        ("Employment", [
            E("Assistant Store Manager", "Maritime Fresh Grocers", "Moncton, NB", "2022-03", "2026-09", A, None, [
                "Weekly ordering, inventory counts and shrink control",
                "Built staff schedules for 40 employees, payroll approvals",
                "Cash office: deposits, float reconciliation, variance reports",
                "Planned seasonal sets and price changes with head office"]),
            E("Customer Service Supervisor", "Maritime Fresh Grocers", "Moncton, NB", "2020-05", "2022-02", F, IP, [
                "Ran the front end and service desk: refunds, complaints, lottery",
                "Coached cashiers on greeting customers and handling difficult situations"]),
            E("Gas Bar Attendant", "Petro Plus Convenience", "Dieppe, NB", "2017-06", "2020-04", F, IP, [
                "Served customers at the till and pumps, propane exchanges"]),
            E("Lot Attendant", "Moncton Auto Centre", "Moncton, NB", "2015", "2016", A, None, [
                "Moved and washed vehicles, prepped cars for delivery to buyers"]),
            E("Fundraising Volunteer", "Moncton Minor Hockey Association", "Moncton, NB", "2021", "2023", A, None, [
                "Organised the raffle and bottle drive, kept the books for fundraising"],
                section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Business Management certificate, New Brunswick Community College, 2017"]),
        ("Training", ["Food Safety Manager, WHMIS, Conflict de-escalation (2021)"]),
        ("References", ["Available upon request"]),
    ]))

R.append(dict(
    id="w020", fmt="docx", renderer="docx", layout="tabs", hdr="dash", dates="m.yyyy", present="Now", sep=" - ",
    family="German-born applicant in Dublin, Word tab-stop dates, 'Title – Employer, Town' line, 1.2020 dates",
    name="Lena Hoffmann", contact=["Dublin 8  ·  085 555 3327  ·  lena.hoffmann@mailbox.de"], bullet="-",
    blocks=[
        ("Languages", ["German (native), English (C1), French (B1)"]),
        ("Work Experience", [
            E("Hostel Receptionist", "Liberty Quay Hostel", "Dublin", "2026-01", "present", F, IP, [
                "Check-in/out, bookings via email and phone, tour recommendations for guests"]),
            E("Au Pair", None, "Cork", "2025-03", "2025-12", F, OF, [
                "Childcare for a family with three children, school runs, homework help"], etype="paid"),
            E("Working Student – Marketing", "Alpenhaus Outdoor GmbH", "Munich", "2023-04", "2024-09", A, None, [
                "Wrote product descriptions for the webshop, scheduled social posts"], etype="internship"),
            E("Waitress (Minijob)", "Cafe am Markt", "Freising", "2021-05", "2023-03", F, IP, []),
        ]),
        ("Education", ["B.A. Tourism Management, Munich University of Applied Sciences, 2024"]),
    ]))

R.append(dict(
    id="w021", fmt="html", renderer="html", layout="web", hdr="title_org", dates="mon", present="Present",
    family="US food-delivery gig worker and pharmacy tech student, HTML résumé from a website builder",
    name="Tyrone Castellanos", contact=["Phoenix, AZ 85017", "(602) 555-0193", "t.castellanos@mailbox.com"],
    blocks=[
        ("Experience", [
            E("Delivery Partner", "Independent contractor (DoorDash, Uber Eats)", "Phoenix, AZ", "2025-06", "present", F, IP, [
                "Pick up orders and hand them to customers, fix missing-item issues at the door with the customer"],
                etype="freelance"),
            E("Pharmacy Technician Trainee", "Desert Valley Pharmacy", "Phoenix, AZ", "2026-02", "2026-07", A, None, [
                "Counted and filled prescriptions in the back, inventory and returns to wholesaler"], etype="internship"),
            E("Car Wash Attendant", "Sunbelt Express Wash", "Glendale, AZ", "2024-03", "2025-05", F, IP, [
                "Greeted drivers, sold wash memberships at the pay station"]),
        ]),
        ("Education", ["Pharmacy Technician Certificate program, Valley Career Institute (in progress)"]),
    ]))

R.append(dict(
    id="w022", fmt="pdf", renderer="fpdf2", layout="twopage", hdr="title_org_nodate_right", dates="mon", present="Present",
    footer="Page {n} of 2", break_before="Volunteering", bullet="•",
    family="UK civil-service admin and survey interviewer, two-page fpdf2 CV with page footer, dates on the employer line",
    name="Marguerite Oyelaran", contact=["Croydon, London", "07951 552 684 · m.oyelaran@mailbox.co.uk"],
    blocks=[
        ("Personal Statement", "Experienced administrator with telephone interviewing experience, hoping to join your "
         "contact centre as an advisor."),
        ("Employment History", [
            E("Administrative Officer", "Department for Local Housing", "Croydon", "2024-04", "present", N, None, [
                "Minute-taking for internal meetings, filing and updating spreadsheets",
                "Processing staff travel claims"]),
            E("Census Field Officer", "Office for Census Operations", "Croydon", "2021-03", "2021-06", F, OF, [
                "Visited households that had not returned the census and helped them complete it"]),
            E("Telephone Interviewer", "Opinionline Research", "London", "2023-05", "2024-03", F, CC, [
                "Called members of the public to complete market research surveys",
                "Persuaded reluctant respondents, recorded answers in CATI software"]),
            E("Retail Assistant (weekends)", "Sole Street Shoes", "Croydon", "2023-09", "2024-01", F, IP, [
                "Measuring children's feet and fitting school shoes"]),
        ]),
        ("Volunteering", [
            E("Church Tea Rota Volunteer", "St Aidan's Community Church", "Croydon", "2022", "present", F, VO, [
                "Serve tea and chat with older visitors after the Sunday service"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Level 3 Business Administration, Croydon Adult College (2022)"]),
        ("Referees", ["Available on request"]),
    ]))

R.append(dict(
    id="w023", fmt="docx", renderer="docx", layout="table", hdr="org_title", dates="month", present="Present",
    family="Scottish telecoms shop worker near the 12-month line, Word borderless table per job, employer first",
    name="Callum McInnes", contact=["Paisley PA2", "07812 550 430", "callum.mcinnes@mailbox.co.uk"],
    blocks=[
        ("Experience", [
            E("Store Advisor", "Signalbox Mobile", "Paisley", "2025-11", "present", F, SA, [
                "Selling pay-monthly contracts and upgrades against weekly targets",
                "Troubleshooting customers' phones and setting up new handsets in store"]),
            E("Stock Controller", "Signalbox Mobile", "Glasgow", "2025-04", "2025-10", A, None, [
                "Handset deliveries, returns to the repair centre, weekly stock counts"]),
            E("Grounds Maintenance Operative", "Clydeside Council Services", "Paisley", "2023-03", "2025-03", N, None, [
                "Grass cutting, hedge trimming, litter picking in parks"]),
        ]),
        ("Education", ["SVQ Level 2 Retail Skills, West College (2025)"]),
    ]))

R.append(dict(
    id="w024", fmt="txt", renderer="txt", layout="plain", hdr="inline", dates="mon", present="Current", txt_head="underline",
    bullet="•",
    family="Filipino-Canadian newcomer, plain text with 'Title, Employer, Town, dates' lines, overlapping jobs",
    name="Jerome Bautista", contact=["Winnipeg, MB R2X", "204-555-0177 | jerome.bautista@mailbox.ca"],
    blocks=[
        ("Canadian Work Experience", [
            E("Sales Associate", "Prairie Home Outfitters", "Winnipeg, MB", "2026-03", "present", F, IP, [
                "Help customers choose winter clothing, process returns at the cash desk"]),
            E("Overnight Janitor", "Polo Park Office Tower", "Winnipeg, MB", "2025-08", "present", N, None, [
                "Clean floors and washrooms in empty offices overnight"]),
        ]),
        ("International Work Experience", [
            E("Quality Analyst", "Sapphire BPO Solutions", "Cebu City", "2023-06", "2025-04", A, None, [
                "Scored agents' recorded calls and gave coaching feedback to team leads"]),
            E("Technical Support Representative", "Sapphire BPO Solutions", "Cebu City", "2022-06", "2023-05", F, CC, [
                "Inbound calls for a US internet provider: modem resets, outage tickets",
                "Escalated field-tech appointments"]),
            E("Service Crew", "Mango Avenue Burgers", "Cebu City", "2020-01", "2021-03", F, IP, [
                "Cashier and counter, took drive-thru orders"], dtext="Jan 2020 - Mar 2021"),
        ]),
        ("Education", ["BS Information Technology, University of Southern Visayas, 2022"]),
    ]))

R.append(dict(
    id="w025", fmt="pdf", renderer="reportlab", layout="center", align="center", hdr="title_org", dates="mon",
    present="Present", bullet="-",
    family="South African student with weekend jobs, reportlab centred header, promotional staff and tutoring",
    name="Thabo Mokoena", contact=["Pretoria East", "071 555 6624  |  thabo.mokoena@mailbox.co.za"],
    blocks=[
        ("Profile", "Final-year BCom student, energetic and good with people. Available for a contact-centre position from January."),
        ("Experience", [
            E("Brand Promoter (weekends)", "Spark Activations", "Pretoria", "2025-10", "present", F, SA, [
                "In-store tastings and promotions in supermarkets, talking shoppers through new products"],
                etype="freelance"),
            E("Maths Tutor", "Self-employed", "Pretoria", "2024-02", "2025-06", F, ED, [
                "Private lessons for Grade 10-12 learners, progress updates to parents"], etype="freelance"),
            E("Data Capturer (vacation work)", "Tshwane Property Valuations", "Pretoria", "2023-12", "2024-01", N, None, [
                "Captured erf numbers and valuation records"], etype="paid"),
        ]),
        ("Education", ["BCom Economics (final year), University of Highveld", "Matric 2022 – 5 distinctions"]),
        ("Languages", ["English, Setswana, Afrikaans"]),
    ]))

R.append(dict(
    id="w026", fmt="docx", renderer="docx", layout="header", hdr="paren", dates="mon", present="Present", bullet="para",
    sep=" – ",
    family="UK returner after parental leave, Word page header with name, duties written as paragraphs",
    name="Natalie Cowper", contact=["Swindon SN3", "07590 554 312", "natalie.cowper@mailbox.co.uk"],
    blocks=[
        ("Profile", "Returning after a career break with my two children, now both at school. Looking for part-time or "
         "school-hours customer service work."),
        ("Work History", [
            E("Lunchtime Supervisor", "Penhill Primary School", "Swindon", "2026-01", "present", F, ED, [
                "Supervising children in the dining hall and playground",
                "Sorting out fall-outs and first aid"]),
            E("Career break – raising family", None, None, "2021-07", "2025-12", N, None, [], etype="unknown"),
            E("Insurance Claims Handler", "Westway Home Insurance", "Swindon", "2017-09", "2021-06", F, CC, [
                "Took first notification of loss calls from policyholders",
                "Kept customers updated on their claims by phone and letter, arranged repairers"]),
            E("Claims Administrator", "Westway Home Insurance", "Swindon", "2016-03", "2017-08", A, None, [
                "Scanned and indexed claim documents, set up payments to suppliers"]),
            E("Sales Assistant", "Brunel Centre Fashion", "Swindon", "2014-06", "2016-02", F, IP, []),
        ]),
        ("Education", ["A-levels: English, Sociology, Business (2015)"]),
    ]))

R.append(dict(
    id="w027", fmt="md", renderer="md", layout="h3", hdr="title_org", dates="mon", present="Present", sep=" – ",
    family="Welsh leisure-centre worker, Markdown with h3 titles, seasons and year-only older dates",
    name="Rhys Pritchard", contact=["Swansea", "rhys.pritchard@mailbox.co.uk · 07402 558 119"],
    blocks=[
        ("Experience", [
            E("Leisure Assistant", "Bayview Leisure Centre", "Swansea", "2025-12", "present", F, OF, [
                "Poolside lifeguard duty, setting up sports halls", "Helping at reception when busy"]),
            E("Warehouse Picker", "Celtic Parts Distribution", "Llansamlet", "2024-02", "2025-11", A, None, [
                "Picking car parts for next-day trade orders, loading vans"]),
            E("Christmas Grotto Elf", "Quadrant Shopping Centre", "Swansea", "2023-11", "2023-12", F, OF, [
                "Greeted families and managed the queue for Santa's grotto"], dtext="Nov-Dec 2023"),
            E("Labourer", "D. Pritchard & Sons Builders", "Neath", "2019", "2023", N, None, [
                "Mixing, fetching materials, site clear-up"]),
        ]),
        ("Qualifications", ["NPLQ (National Pool Lifeguard Qualification)", "CSCS card"]),
    ]))

R.append(dict(
    id="w028", fmt="pdf", renderer="fpdf2", layout="left", hdr="dates_above", dates="mon", present="Present",
    bullet="•",
    family="Indian BPO fresher with internships, fpdf2 left-aligned, dates on their own line above the title",
    name="Ayesha Siddiqui", contact=["Hyderabad 500034", "+91 90000 55821 · ayesha.siddiqui@mailbox.in"],
    blocks=[
        ("Objective", "Seeking an international voice process role where my English communication skills are used."),
        ("Experience", [
            E("Customer Care Executive (International Voice)", "Zenith Connect Services", "Hyderabad", "2025-12", "present", F, CC, [
                "Inbound calls for a UK broadband client, billing and connection issues",
                "Up-selling speed upgrades, meeting QA score of 90%+"]),
            E("Backend Operations Trainee", "Zenith Connect Services", "Hyderabad", "2025-06", "2025-11", A, None, [
                "Processed order amendments and refund requests raised by the voice team"], etype="internship"),
            E("Receptionist (part-time)", "Care Plus Diagnostics", "Hyderabad", "2024-06", "2025-03", F, IP, [
                "Registering walk-in patients, handing over reports"]),
            E("NSS Volunteer", "Osmania Arts College", "Hyderabad", "2022-07", "2024-03", F, VO, [
                "Door-to-door awareness drives on voter registration and blood donation"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["B.A. English Literature, Osmania Arts College, 2024"]),
    ]))

R.append(dict(
    id="w029", fmt="docx", renderer="docx", layout="layout", hdr="title_org", dates="iso", present="Present", sep=" – ",
    side_hex="F2E8D8", side_title="Experience",
    family="Kiwi courier and hospitality worker, Word two-column layout table with shaded sidebar, ISO months",
    name="Sione Tapueluelu", contact=["Otahuhu, Auckland", "027 555 2149", "sione.t@mailbox.co.nz"],
    side=[("Skills", ["Class 2 licence", "Friendly, reliable", "Tongan & English"]),
          ("Interests", ["Rugby league, church youth band"])],
    blocks=[
        (None, [
            E("Multi-drop Courier Driver", "Southern Cross Couriers", "Auckland", "2025-08", "present", F, IP, [
                "Deliver to homes and businesses, get signatures, talk customers through missed-delivery options",
                "Load van each morning in drop order"]),
            E("Kitchen Hand", "Onehunga Fish & Chips", "Auckland", "2024-09", "2025-07", A, None, [
                "Dishes, prep, frying when busy"]),
            E("Youth Leader", "Mangere Pacific Church", "Auckland", "2022", "2024", F, VO, [
                "Ran Friday youth nights for 30 teenagers, organised camps"], section="volunteer", etype="volunteer"),
        ]),
    ]))

R.append(dict(
    id="w030", fmt="html", renderer="html", layout="web", hdr="dash", dates="month", present="Present",
    family="US call-center applicant with chat support and warehouse jobs, HTML résumé, 'Title – Employer, Town' lines",
    name="Brianna Whitfield", contact=["Louisville, KY 40214", "502-555-0159", "brianna.whitfield@mailbox.com"],
    blocks=[
        ("Summary", "Customer support rep with chat and email experience, looking for a full-time inbound phone role."),
        ("Relevant Experience", [
            E("Chat Support Agent (remote)", "Nimbus Home Goods", "Louisville, KY", "2025-09", "present", F, DS, [
                "Answer customer chats and emails about orders, returns and damaged deliveries",
                "Issue refunds and replacements within policy"]),
        ]),
        ("Other Experience", [
            E("Returns Processor", "Nimbus Home Goods", "Shepherdsville, KY", "2024-10", "2025-08", A, None, [
                "Inspected returned items and graded them for resale or refund"]),
            E("Seasonal Package Handler", "BlueGrass Air Hub", "Louisville, KY", "2023-11", "2024-01", A, None, [
                "Loaded and unloaded trailers during peak"]),
            E("Cashier", "Dixie Fresh Market", "Louisville, KY", "2022-06", "2023-02", F, IP, [
                "Register, WIC and EBT transactions, bagging"]),
            E("Hostess", "River Road Steakhouse", "Louisville, KY", "2023-03", "2023-10", F, IP, []),
        ]),
        ("Education", ["GED, 2022"]),
    ]))
