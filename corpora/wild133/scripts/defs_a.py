"""wild133 resumes w001-w015 (all people and organisations invented)."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.docx", render="docx", layout="styles", hstyle="h1", title_style="Heading 2", glyph="list",
    name_title_style=True, dates="sept", sep=" – ", present="Present", order="title_org",
    family="UK call-centre adviser, Word heading styles, List Bullet, right tab-stop dates",
    layout_code="styles/title_org", date_code="sept / 'Present'",
    name="Chloe Banfield",
    contact=["14 Wear View Terrace, Sunderland SR4 7QD", "07700 900412 | chloe.banfield92@mailbox-uk.net"],
    blocks=[
        ("Personal Profile", "para",
         "Friendly and patient customer service adviser with five years on the phones in the energy sector and "
         "a background in retail. I enjoy sorting out problems properly the first time and I'm confident "
         "talking to customers who are upset or struggling to pay. Looking for a new challenge in a "
         "customer-focused team."),
        ("Key Skills", "bullets", [
            "Inbound calls, webchat and email", "Payment plans and vulnerable customers",
            "Salesforce, Microsoft Teams, Excel", "Complaint handling to resolution"]),
        ("Employment History", "jobs", [
            E("Customer Service Adviser", "Northmoor Energy Ltd", "Sunderland", "2021-09", "present",
              "facing", "contact_center", [
                  "Handle 60+ inbound calls a day from domestic customers about bills, meter readings and payment plans",
                  "Set up affordable repayment arrangements for customers in arrears, following the vulnerability guidelines",
                  "Log every contact and follow-up action accurately in Salesforce",
                  "Consistently score 90% or above in monthly quality checks"]),
            E("Sales Assistant (part-time)", "Penrose Department Store", "Newcastle upon Tyne", "2019-03", "2021-08",
              "facing", "in_person_service", [
                  "Served customers across homeware and gifts, including the busy Christmas period",
                  "Took payments, processed refunds and handled click-and-collect orders at the service desk",
                  "Helped with stock deliveries and window displays"]),
            E("Kitchen Porter", "The Lambton Arms", "Chester-le-Street", "2017-06", "2019-02",
              "affecting", None, [
                  "Washed pots and kept the kitchen clean to food hygiene standards",
                  "Basic veg prep for the chefs on busy Sunday lunch services"]),
            E("Volunteer Shop Assistant", "St Aidan's Hospice Shop", "Sunderland", "2016-01", "2017-05",
              "facing", "volunteering", ["Served customers at the till and sorted donations on Saturdays"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education & Training", "lines", [
            ("Level 2 Certificate in Customer Service (NCFE)", "2022"),
            ("BTEC Level 3 Extended Diploma in Business – Wearside College", "2014 – 2016"),
        ]),
        ("References", "para", "References available on request."),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.pdf", render="rl", layout="plain", font="helv", size=10, hstyle="rule", glyph="•",
    creator="Google Docs Renderer", dates="month", sep=" - ", present="Present", order="title_org",
    family="UK school leaver, Google-Docs PDF single column, centred header, title line with right dates",
    layout_code="plain/title_org", date_code="month / 'Present'",
    name="Jade Fairclough",
    contact=["Bolton, Greater Manchester  •  07700 900187", "jadefairclough06@postbox-mail.co.uk"],
    blocks=[
        ("Personal Statement", "para",
         "I am a hard-working and reliable 19 year old who has just finished my A Levels. I have had a Saturday job "
         "for three years, so I'm used to being busy and talking to all kinds of people. I would now like a full-time "
         "customer service role where I can keep learning and progress."),
        ("Work Experience", "jobs", [
            E("Saturday Sales Assistant", "Stride Footwear", "Bolton", "2023-10", "present", "facing",
              "in_person_service", [
                  "Measuring children's feet and fitting school shoes, especially during the August rush",
                  "Working the till and looking after the shop floor when it's busy",
                  "Putting deliveries away in the stockroom"]),
            E("Work Experience Placement", "Moorside Veterinary Centre", "Horwich", "2023-06", "2023-06",
              "facing", "in_person_service", [
                  "Shadowed the reception team, greeting pet owners and booking appointments",
                  "Cleaned kennels and restocked consulting rooms"],
              etype="internship", date_text="June 2023 (one week)"),
            E("Paper Round", "Khan's Newsagents", "Bolton", "2021-09", "2023-05", "affecting", None, [
                "Delivered morning papers to around 70 houses before school, six days a week"]),
            E("Young Leader", "3rd Deane Scout Group", "Bolton", "2022-01", "present", "facing", "volunteering", [
                "Help run weekly Cub meetings for 8–10 year olds, planning games and badge activities",
                "Helped on two weekend camps"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", [
            ("Rivington Sixth Form College – A Levels: Business (B), English Language (C), Psychology (C)", "2023 - 2025"),
            ("Hollins Bank High School – 9 GCSEs including Maths (6) and English (7)", "2018 - 2023"),
        ]),
        ("Achievements", "bullets", ["Duke of Edinburgh Bronze Award (2022)", "Form rep in Year 11"]),
        ("Hobbies", "para", "Netball, baking and going to the gym."),
        ("References", "para", "Available on request."),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.txt", render="txt", hstyle="underline", uline="=", glyph="-", txt_right="pad", padcol=64,
    dates="mm/yyyy", sep=" - ", present="Present", order="dash", joiner=" - ",
    family="Irish hotel and bar worker, CV pasted into plain text, 'Title - Employer, Town' with padded mm/yyyy dates",
    layout_code="plain/dash", date_code="mm/yyyy / 'Present'",
    name="Aoife Brennan", name_caps=True,
    contact=["Knocknacarra, Galway", "Mobile: 087 555 0192", "Email: aoife.brennan@irishpost-mail.ie"],
    blocks=[
        ("PROFILE", "para",
         "Hospitality all-rounder with five years in hotels and bars around Galway. Calm under pressure, good with "
         "people and well used to the summer and race-week madness. Now looking to move into a customer service "
         "position with regular hours."),
        ("KEY SKILLS", "bullets", [
            "Opera PMS and card terminals", "Cash handling and reconciliation",
            "Dealing with complaints face to face", "Full clean driving licence"]),
        ("EMPLOYMENT HISTORY", "jobs", [
            E("Front Office Receptionist", "The Corrib Bay Hotel", "Galway", "2023-04", "present", "facing",
              "in_person_service", [
                  "Check-in and check-out for up to 180 guests a day using Opera PMS",
                  "Deal with guest queries, complaints and special requests at the desk and by phone",
                  "Card and cash reconciliation at the end of every shift"]),
            E("Bar Staff", "Flaherty's Bar", "Salthill", "2021-09", "2023-03", "facing", "in_person_service", [
                "Served drinks and food in a busy seaside bar, up to 300 people on match days",
                "Took orders, handled cash and closed down the bar at night"]),
            E("Housekeeping Room Attendant", "Ardfern House Hotel", "Oughterard", "2020-05", "2021-08",
              "affecting", None, [
                  "Cleaned and serviced 14-16 rooms per shift after check-out",
                  "Restocked linen trolleys and reported maintenance issues to the head housekeeper"]),
            E("Kitchen Porter", "The Quay Street Kitchen", "Galway", "2019-06", "2019-08", "affecting", None, [
                "Washing up, cleaning and helping with prep in a busy restaurant kitchen"],
              date_text="Summer 2019"),
        ]),
        ("EDUCATION", "lines", [
            "QQI Level 5 Certificate in Hospitality Operations - Galway Technical Institute, 2020",
            "Leaving Certificate - Presentation College, Athenry, 2019",
        ]),
        ("REFERENCES", "para", "Available on request"),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.docx", render="docx", layout="plain", hstyle="border", glyph="•", job_table=True,
    dates="mon", sep=" - ", present="Present", order="title_org", size=10.5, dfont="Arial",
    family="Scottish care worker, Word CV with a borderless table per job (role/employer left, dates right)",
    layout_code="table/title_org", date_code="mon / 'Present'",
    name="Lorna McKinnon",
    contact=["Paisley, Renfrewshire PA2", "07700 900633  ·  lorna.mckinnon@scotmail-online.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Experienced senior carer with over ten years working with older people and adults with dementia, "
         "in care homes and in the community. Warm, organised and a good team player. SSSC registered."),
        ("Employment History", "jobs", [
            E("Senior Care Assistant", "Braeside House Care Home", "Paisley", "2022-02", "present", "facing",
              "healthcare_care", [
                  "Lead a team of four carers on day shift for 32 residents, many living with dementia",
                  "Administer medication using eMAR and keep care plans up to date",
                  "Keep families informed and make visitors feel welcome"]),
            E("Home Carer", "Clyde Community Care Services", "Renfrew", "2019-08", "2022-01", "facing",
              "healthcare_care", [
                  "Visited 8–12 service users a day in their own homes for personal care, meals and medication prompts",
                  "Reported changes in condition to the coordinator and district nurses"]),
            E("Laundry Assistant", "Lochview Nursing Home", "Johnstone", "2018-03", "2019-07", "affecting", None, [
                "Washed, dried and ironed residents' clothing and bed linen, labelling every item",
                "Followed infection control procedures for soiled laundry"]),
            E("Sales Assistant", "Gilmour Pharmacy", "Paisley", "2015-09", "2018-02", "facing", "in_person_service", [
                "Served customers on the counter and advised on over-the-counter products under the pharmacist's supervision",
                "Handed out prescriptions and kept the baby and toiletries aisles stocked"]),
        ]),
        ("Qualifications & Training", "bullets", [
            "SVQ Social Services and Healthcare Level 3 (SCQF 7) – completed 2023",
            "Moving and Handling, Adult Support and Protection, Food Hygiene – refreshed 2024",
            "Castlehead Academy, Paisley – National 5s and Highers, 2009 – 2015"]),
        ("References", "lines", [
            "Mrs Janet Boyd, Care Home Manager, Braeside House Care Home – 0141 496 0871",
            "Mr Alan Reid, Coordinator, Clyde Community Care Services – available on request",
        ]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.pdf", render="fpdf", layout="centred", font="dejavu", size=9.5, hstyle="rule", glyph="•",
    accent=(20, 60, 110), dates="mon", sep=" – ", present="Present", order="title_org",
    family="Leeds graduate with part-time jobs through university, fpdf2 centred header, title line with right dates",
    layout_code="centred/title_org", date_code="mon / 'Present'",
    name="Nadia Rahman",
    contact=["Headingley, Leeds LS6  |  07700 900954  |  nadia.rahman.ldn@webpost-uk.com",
             "linkedin.com/in/nadia-rahman-example"],
    blocks=[
        ("Career Profile", "para",
         "Marketing graduate (2:1) with four years of customer-facing work alongside my degree, from a busy "
         "city-centre café to open-day tours. Currently in branch at a building society and keen to grow in a "
         "customer experience role where I can use both my people skills and my digital background."),
        ("Key Skills", "inline", ["Customer service", "Cash handling", "Canva & Hootsuite",
                                  "Google Analytics", "Public speaking", "Microsoft 365"]),
        ("Employment History", "jobs", [
            E("Customer Experience Assistant", "Aire Valley Building Society", "Leeds", "2025-08", "present",
              "facing", "in_person_service", [
                  "Welcome members in branch, help with savings accounts and point them to the right colleague",
                  "Process cash and cheque transactions at the counter",
                  "Book mortgage appointments and follow up by phone"]),
            E("Marketing Intern", "Northbeck Digital Ltd", "Leeds", "2024-06", "2024-08", "affecting", None, [
                "Scheduled social media posts and wrote copy for client campaigns",
                "Pulled weekly engagement reports from Google Analytics for the account managers"],
              etype="internship"),
            E("Student Ambassador", "Harewood Metropolitan University", "Leeds", "2022-10", "2025-06", "facing",
              "other_facing", [
                  "Led campus tours for prospective students and parents on open days",
                  "Answered questions on the stand at UCAS fairs and school visits"], section="other"),
            E("Barista (part-time)", "Grindstone Coffee Co.", "Leeds", "2021-09", "2024-05", "facing",
              "in_person_service", [
                  "Made drinks and served customers in a busy city-centre café",
                  "Opened and closed the shop, including the cash-up"]),
            E("Summer Reading Challenge Volunteer", "Headingley Community Library", "Leeds", "2020-07", "2021-08",
              "facing", "volunteering", [
                  "Helped children aged 4–11 sign up and chatted with them about the books they had read"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", [
            ("BA (Hons) Marketing – Harewood Metropolitan University (2:1)", "2021 – 2025"),
            ("A Levels: Business, Sociology, English Literature – Roundhay Park Sixth Form", "2019 – 2021"),
        ]),
        ("References", "para", "References are available on request."),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.docx", render="docx", layout="sidebar", side=("Contact", "Key Skills", "Licences", "Education"),
    side_in=2.3, side_hex="E4EAF1", hstyle="bold", glyph="▪", dates="mm/yyyy", sep=" - ", present="Present",
    order="title_org", size=10, dfont="Calibri",
    family="Midlands warehouse worker and driver moving to customer service, Word layout table with shaded sidebar",
    layout_code="sidebar/title_org", date_code="mm/yyyy / 'Present'",
    name="Dean Whitehouse",
    contact=["Wolverhampton WV10", "07700 900271", "dean.whitehouse@blackcountry-mail.co.uk"],
    tagline="Reliable, practical and good with customers",
    blocks=[
        ("Key Skills", "bullets", ["Trade counter sales", "Stock control & SAP", "Route planning",
                                   "Handling returns", "Counterbalance forklift"]),
        ("Licences", "lines", ["Full UK driving licence (C1)", "Counterbalance FLT – RTITB, 2016"]),
        ("Education", "lines", ["Highfields School, Wolverhampton – GCSEs, 2007 – 2012"]),
        ("Profile", "para",
         "I've worked in warehousing, on the road and now on a trade counter. The counter showed me I really enjoy "
         "helping customers sort out their problems, so I'm looking for a customer service role with a good firm."),
        ("Employment History", "jobs", [
            E("Trade Counter Assistant", "Brindley Plumbing & Heating Supplies", "Wolverhampton", "2023-05",
              "present", "facing", "in_person_service", [
                  "Serve plumbers and members of the public at the counter, find parts and raise quotes",
                  "Take phone and email orders and chase late deliveries for customers",
                  "Process returns and credit notes"]),
            E("Multi-drop Delivery Driver", "Swiftline Logistics", "Wednesbury", "2020-03", "2023-04", "facing",
              "in_person_service", [
                  "Delivered 120+ parcels a day around the Black Country in a 3.5t van",
                  "Dealt with customers on the doorstep, including missed deliveries and damaged items",
                  "Planned my route every morning and loaded the van in drop order"]),
            E("Warehouse Operative", "Kestrel Retail Distribution", "Cannock", "2016-01", "2020-02", "affecting", None, [
                "Picked and packed online orders with an RF scanner at 98% accuracy",
                "Loaded trailers and drove counterbalance forklift"]),
            E("Machine Operator", "Bilston Pressings Ltd", "Bilston", "2012-09", "2015-12", "none", None, [
                "Ran a 200-tonne power press making brackets for car bodies",
                "Quality checks against drawings; reported faults to the setter"]),
        ]),
        ("", "para", "References available on request"),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007.txt", render="txt", hstyle="colon", glyph="•", txt_right="line", entry_blank=True,
    dates="month", sep=" to ", present="present", order="title_org", locjoin=" – ",
    family="Bristol office administrator, CV pasted into plain text, colon headings, dates on their own line",
    layout_code="plain/title_org", date_code="month / 'present'",
    name="Sarah-Jane Pocock",
    contact=["Fishponds, Bristol BS16", "Tel 07700 900528", "sj.pocock@westcountry-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Organised administrator with over ten years in offices, including front desk work in lettings and a "
         "dental practice. I like being the person people come to when they need something sorted. Happy to "
         "work full time, Bristol or North Somerset."),
        ("Skills", "inline", ["Microsoft Office", "Reapit", "Sage 50", "Reception & switchboard", "Minute taking"]),
        ("Employment History", "jobs", [
            E("Office Administrator", "Hollis & Vane Lettings", "Bristol", "2022-01", "present", "facing",
              "in_person_service", [
                  "Front desk for the branch - greeting tenants and landlords and answering the phones",
                  "Process tenancy paperwork, references and deposit registrations",
                  "Arrange contractor visits for repairs and keep tenants updated"]),
            E("Accounts Assistant", "Severnside Builders Merchants Ltd", "Avonmouth", "2018-06", "2021-12", "none",
              None, [
                  "Purchase ledger: matching supplier invoices to POs and weekly payment runs",
                  "Monthly payroll for 40 staff and month-end reconciliations"]),
            E("Data Entry Clerk (temporary)", "Kingswood Insurance Services", "Bristol", "2017-09", "2018-05",
              "affecting", None, [
                  "Keyed new home insurance applications into the policy system",
                  "Scanned and indexed customer letters so the claims team could find them"]),
            E("Receptionist", "Clifton Smile Dental Practice", "Bristol", "2015-04", "2017-08", "facing",
              "in_person_service", [
                  "Booked appointments, took payments and reassured nervous patients in the waiting room"]),
        ]),
        ("Education and Qualifications", "lines", [
            "AAT Level 2 Certificate in Bookkeeping (2019)",
            "NVQ Level 3 Business Administration, City of Bristol College (2016)",
            "GCSEs x 8 (Maths and English grade C), Hengrove Community School (2010)",
        ]),
        ("References", "para", "References can be provided on request."),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.md", render="md", md_rows="bold", glyph="-", dates="mon", sep=" – ", present="Present",
    order="title_org",
    family="Cork student CV in Markdown, bold title line with italic dates and employer line, part-time jobs",
    layout_code="bold/title_org", date_code="mon / 'Present'",
    name="Ciarán Murphy",
    contact=["Ballincollig, Co. Cork", "086 555 0147", "ciaran.murphy03@studentpost-mail.ie"],
    blocks=[
        ("About Me", "para",
         "Third-year Business Information Systems student at UCC looking for part-time customer service work "
         "(evenings and weekends) for the rest of my degree. I'm friendly, reliable and used to working in busy places."),
        ("Experience", "jobs", [
            E("Deli Counter Assistant (part-time)", "Murray's Food Hall", "Ballincollig", "2023-09", "present",
              "facing", "in_person_service", [
                  "Serve customers at the hot and cold deli, making rolls and wraps to order",
                  "HACCP temperature logs and the closing clean-down"]),
            E("Lifeguard", "Lee Valley Leisure Centre", "Cork", "2022-06", "2023-08", "facing", "other_facing", [
                "Supervised the pool during public swims and lessons",
                "Gave first aid and dealt with members' queries at poolside"]),
            E("Summer Camp Leader", "Rebel Sports Camps", "Cork", "2022-06", "2022-08", "facing", "education", [
                "Planned and ran games for groups of 15 children aged 6–12"], date_text="Summer 2022"),
            E("Juvenile Hurling Coach (volunteer)", "Inniscarra Vale GAA Club", None, "2021", "present", "facing",
              "volunteering", ["Help coach the U10s two evenings a week and at weekend blitzes"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", [
            ("BSc Business Information Systems, University College Cork (Year 3)", "2023 – 2027"),
            ("Leaving Certificate – 512 points, Coláiste Chorcaí Thiar", "2023"),
        ]),
        ("Certificates", "bullets", ["Irish Water Safety Pool Lifeguard (2022)", "Safeguarding 1 – GAA (2021)"]),
        ("References", "para", "Available on request."),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.pdf", render="rl", layout="sidebar", font="dejavu", size=9.5, side_w=178,
    side=("Contact", "Key Skills", "Education", "Interests", "References"), side_col=(0.86, 0.9, 0.87),
    hstyle="plain", accent=(0.1, 0.35, 0.2), glyph="▪", dates="sept", sep=" – ", present="Present",
    order="title_org", tagline="Retail Supervisor",
    family="Nottingham retail supervisor, reportlab with shaded left sidebar (contact, skills, education, referee)",
    layout_code="sidebar/title_org", date_code="sept / 'Present'",
    name="Gemma Lowther",
    contact=["Beeston, Nottingham", "07700 900346", "gemma.lowther@eastmids-mail.co.uk"],
    blocks=[
        ("Key Skills", "bullets", ["Team leadership", "Complaints and refunds", "Cash office", "Rotas",
                                   "Visual merchandising"]),
        ("Education", "lines", ["Level 3 Retail Team Leader Apprenticeship, 2022",
                                "Chilwell School – GCSEs, 2010 – 2015"]),
        ("Interests", "para", "Park runs, baking, my two dogs"),
        ("References", "para", "Mr D. Oakes, Store Manager, Halden Home Stores – contact details on request"),
        ("Personal Profile", "para",
         "Supervisor with ten years in retail, from nights on the shelves to running the shop floor. I like a busy "
         "store and I'm the one customers get sent to when something has gone wrong. Looking for a customer "
         "service team leader or supervisor role."),
        ("Employment History", "jobs", [
            E("Retail Supervisor", "Halden Home Stores", "Nottingham", "2021-04", "present", "facing",
              "in_person_service", [
                  "Run the shop floor on my shifts, cover the tills and deal with complaints and refunds customers escalate",
                  "Open and close the store, cash office and banking",
                  "Train new starters on the tills and the returns policy"]),
            E("Customer Service Desk Assistant", "Trentside Superstore", "Beeston", "2018-09", "2021-03", "facing",
              "in_person_service", [
                  "Dealt with returns, lottery and home delivery problems at the service desk",
                  "Answered the store phone and passed messages on to departments"]),
            E("Night Shelf Filler", "Trentside Superstore", "Beeston", "2017-01", "2018-08", "affecting", None, [
                "Filled ambient aisles overnight while the store was closed to customers",
                "Rotated date codes and took empty cages back to the warehouse"]),
            E("Stockroom Assistant", "Pelham Sports", "Nottingham", "2015-06", "2016-12", "affecting", None, []),
        ]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.docx", render="docx", layout="header", hstyle="border", glyph="list", docx_footer="References available on request",
    dates="mon", sep=" – ", present="Present", order="title_org", date_italic=True, size=10.5, dfont="Calibri",
    family="Welsh GP receptionist returning after a career break, name and contact in the Word page header",
    layout_code="header/title_org", date_code="mon / 'Present'",
    name="Rhiannon Pugh",
    contact=["Whitchurch, Cardiff CF14", "07700 900719", "rhiannon.pugh@cymru-post.co.uk"],
    blocks=[
        ("Profile", "para",
         "Bilingual (Welsh/English) patient services receptionist with a medical secretarial background. "
         "Calm on a busy phone line and careful with confidential information."),
        ("Key Skills", "bullets", ["EMIS Web and Docman", "Appointment booking and triage scripts",
                                   "Audio typing 70 wpm", "Fluent Welsh speaker"]),
        ("Employment History", "jobs", [
            E("Patient Services Receptionist", "Llandaff North Medical Centre", "Cardiff", "2022-03", "present",
              "facing", "in_person_service", [
                  "First point of contact for patients at the front desk and on a busy phone line (the 8am rush)",
                  "Book appointments, process repeat prescription requests and direct patients to the right clinician",
                  "Scan and code incoming hospital letters onto EMIS"]),
            E("Career Break", None, None, "2017-06", "2022-02", "none", None,
              ["Full-time parent to two young children"], etype="unknown"),
            E("Medical Secretary", "Heath Park Orthopaedic Clinic", "Cardiff", "2013-09", "2017-05", "affecting", None, [
                "Typed clinic letters from dictation for two consultants",
                "Managed the consultants' diaries and waiting-list paperwork"]),
            E("Pharmacy Counter Assistant", "Morgan's Pharmacy", "Penarth", "2010-07", "2013-08", "facing",
              "in_person_service", [
                  "Sold over-the-counter medicines and toiletries, using the WWHAM questions",
                  "Handed out prescriptions and took payment"]),
        ]),
        ("Education", "lines", [
            ("AMSPAR Diploma in Medical Secretarial Practice", "2013"),
            ("BTEC National Diploma in Health and Social Care – Coleg y Fro", "2008 – 2010"),
        ]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.html", render="html", dates="mm/yyyy", sep=" - ", present="Present", order="pipe",
    family="Liverpool contact-centre team leader, CV as a simple web page, pipe title/employer/town with dates",
    layout_code="html/pipe", date_code="mm/yyyy / 'Present'",
    name="Anthony Gallagher",
    contact=["Walton, Liverpool L9", "07700 900803", "tony.gallagher@merseypost-mail.co.uk"],
    blocks=[
        ("Career Profile", "para",
         "Contact-centre team leader with ten years in insurance and telecoms. I coach advisers to put things right "
         "for the customer first time, and I still take the hardest calls myself."),
        ("Key Skills", "bullets", ["Coaching and call quality", "Complaints (DISP) and Consumer Duty",
                                   "Genesys, Salesforce, Power BI", "Absence and performance management"]),
        ("Employment History", "jobs", [
            E("Team Leader", "Mersey Mutual Insurance", "Liverpool", "2020-11", "present", "facing", "contact_center", [
                "Lead a team of 14 advisers handling motor and home claims calls",
                "Take escalated calls from unhappy policyholders and resolve complaints within FCA timescales",
                "Monthly 1:1s, call coaching and absence management"]),
            E("Complaints Handler", "Mersey Mutual Insurance", "Liverpool", "2018-04", "2020-10", "facing",
              "contact_center", [
                  "Investigated complaints, phoned customers to agree outcomes and wrote final response letters"]),
            E("Telesales Executive", "BrightSpark Broadband", "Warrington", "2016-02", "2018-03", "facing",
              "sales_account", ["Outbound calls to existing customers offering contract upgrades; 130% of target"]),
            E("Retail Assistant", "Bold Lane Books", "Liverpool", "2013-09", "2016-01", "facing", "in_person_service", []),
        ]),
        ("Training", "bullets", ["ILM Level 3 Award in Leadership and Management (2021)",
                                 "CII Award in General Insurance (2019)"]),
        ("References", "para", "Available from Mersey Mutual Insurance HR on request."),
    ]))

# ------------------------------------------------------------------ w012
_onm = "Ormeau Fresh Markets Ltd"
_hhd = "Harbour Home & DIY"
R.append(dict(
    file="w012.pdf", render="fpdf", layout="left", font="dvserif", size=9.5, hstyle="shade", glyph="–",
    orgcaps=True, dates="month", sep=" – ", present="Present", order="orgfirst",
    footer="{name} – CV – Page {n}", tagline="Store Manager | Grocery & Home Retail",
    family="Belfast store manager, 2-page fpdf2 CV with page footer, employer headings with roles beneath",
    layout_code="left/orgfirst", date_code="month / 'Present'",
    name="Declan Hughes",
    contact=["Castlereagh, Belfast BT5", "07700 900588 · declan.hughes@ulster-webmail.co.uk"],
    blocks=[
        ("Personal Profile", "para", [
            "Store manager with seventeen years in retail across convenience grocery and home improvement. I run "
            "stores where the customer comes first: well-staffed tills, full shelves and problems dealt with on the "
            "spot rather than passed around.",
            "Comfortable with P&L, rotas and compliance, but happiest on the shop floor. I am now looking for a "
            "customer service or customer experience management role where I can build and coach a team."]),
        ("Key Skills", "bullets", [
            "Leading teams of up to 40, including supervisors and key-holders",
            "Customer complaints, online reviews and service recovery",
            "Budgets, wage control and shrink reduction",
            "Recruitment, training and performance reviews",
            "Health & safety and food safety compliance"]),
        ("Employment History", "jobs", [
            E("Store Manager", _onm, "Belfast", "2019-05", "present", "facing", "in_person_service", [
                "Full P&L responsibility for a £9m convenience store with 38 staff",
                "Handle the customer complaints the team cannot resolve and reply personally to online reviews",
                "Cut shrink by 0.6% in two years through better ordering and date checks",
                "Rotas, recruitment, absence and disciplinaries"]),
            E("Deputy Store Manager", _onm, "Belfast", "2016-02", "2019-04", "facing", "in_person_service", [
                "Ran the store in the manager's absence",
                "Covered tills and the customer service desk at peak times"]),
            E("Department Supervisor – Garden Centre", _hhd, "Newtownabbey", "2012-03", "2016-01", "facing",
              "in_person_service", [
                  "Advised customers on plants, paving and garden furniture",
                  "Managed a seasonal team of six and the spring range change"]),
            E("Sales Assistant", _hhd, "Newtownabbey", "2009-09", "2012-02", "facing", "in_person_service", []),
            E("Warehouse Operative", "Duncrue Cold Storage Ltd", "Belfast", "2007-06", "2009-08", "affecting", None, [
                "Picked and loaded chilled orders for supermarket deliveries across Northern Ireland"]),
            E("Saturday Assistant", "Connolly's Hardware", "Dundonald", "2005-09", "2007-05", "facing",
              "in_person_service", ["Served customers and cut keys"]),
        ]),
        ("Education & Training", "lines", [
            ("Level 5 Diploma in Retail Management", "2018"),
            ("Level 3 Award in Food Safety", "2016"),
            ("Castlereagh College – GCSEs and BTEC First in Retail", "2003 – 2007"),
        ]),
        ("Interests", "para", "Coaching my son's football team, hill walking in the Mournes."),
        ("References", "para", "References available on request."),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013.txt", render="txt", hstyle="plain", hcase="upper", glyph="*", txt_right="pipe", entry_blank=False,
    dates="mon", sep=" - ", present="now", order="dash", joiner=", ",
    family="Leicester school leaver, short CV pasted as plain text, 'Title, Employer' then a pipe and dates, no blank lines",
    layout_code="plain/dash", date_code="mon / 'now'",
    name="Tyler Brookes",
    contact=["Leicester LE4 | 07700 900062 | tylerbrookes07@quickpost-mail.co.uk"],
    blocks=[
        ("About me", "para", "I'm 18 and looking for full time work in customer service or retail. Hard working, always on time and happy to do any shifts."),
        ("Work experience", "jobs", [
            E("Crew Member", "Grillhouse Express", "Leicester", "2025-07", "present", "facing", "in_person_service", [
                "Taking orders on the front counter and the drive-thru headset",
                "Cooking on the grill when we're short staffed"]),
            E("Pot Wash", "The Melton Road Balti House", "Leicester", "2024-09", "2025-06", "affecting", None, [
                "Washing up and cleaning down the kitchen at close"]),
            E("Babysitter", "Self-employed", None, "2023-01", "2025-06", "facing", "entrepreneurial_freelance", [
                "Looked after neighbours' and family friends' children (ages 3-9) on weekend evenings"],
              etype="freelance"),
            E("Food Bank Volunteer", "Belgrave Community Food Bank", None, "2024", "2024", "facing", "volunteering", [
                "Handed out food parcels on Friday evenings and helped people fill in the referral forms"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", [
            "Northfield Academy, Leicester - 7 GCSEs grades 4-6 (2019-2024)",
            "Currently doing Level 2 Customer Service part-time at college",
        ]),
        ("References", "para", "on request"),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.docx", render="docx", layout="plain", hstyle="bold", glyph="•", left_head=True,
    dates="mon", sep=" – ", present="to date", order="org_title", size=11, dfont="Cambria", hcase="upper",
    family="Dublin graduate, Word CV with employer line first and right tab-stop dates, 'to date'",
    layout_code="tabs/org_title", date_code="mon / 'to date'",
    name="Sinéad Kavanagh",
    contact=["Drumcondra, Dublin 9", "085 555 0163 | sinead.kavanagh@dublinpost-mail.ie"],
    blocks=[
        ("Personal Profile", "para",
         "Economics graduate working in a member contact centre. I explain things clearly, stay patient on "
         "difficult calls and I'm good with systems. Seeking a customer service or customer support role with "
         "room to progress."),
        ("Employment History", "jobs", [
            E("Customer Service Representative", "Tolka Savings & Loans", "Dublin 9", "2024-10", "present", "facing",
              "contact_center", [
                  "Answer member calls and webchats about loans, online banking and lost cards",
                  "Complete identity and security checks before making account changes",
                  "Follow up on loan applications with the lending team and call members back"]),
            E("Graduate Intern – HR & Administration", "Northside Housing Association", "Dublin", "2024-01",
              "2024-09", "affecting", None, [
                  "Updated tenant records on the housing system after tenancy changes",
                  "Prepared the monthly HR absence report and scheduled interviews for the HR officer"],
              etype="internship"),
            E("Grinds Tutor", "Self-employed", "Dublin", "2021-09", "2023-12", "facing", "education", [
                "Maths grinds for Junior and Leaving Cert students, one-to-one and in small groups"],
              etype="freelance"),
            E("Sales Assistant", "Henry Lane Outfitters", "Dublin 1", "2019-06", "2023-08", "facing",
              "in_person_service", [
                  "Helped customers with sizing and booked alterations",
                  "Processed sales and returns; key-holder cover at Christmas"]),
        ]),
        ("Education", "lines", [
            ("BA (Hons) Economics & Sociology – Liffey Valley University", "2020 – 2023"),
            ("Leaving Certificate – Scoil Mhuire, Marino", "2020"),
        ]),
        ("Interests", "para", "Sea swimming, camogie, volunteering at parkrun."),
        ("Referees", "para", "Available on request."),
    ]))

# ------------------------------------------------------------------ w015
_ccrown = "The Caledonian Crown Hotel"
R.append(dict(
    file="w015.pdf", render="rl", layout="twocol", font="dejavu", size=9.5, hstyle="rule", accent=(0.45, 0.1, 0.2),
    glyph="›", dates="mon", sep=" - ", present="Current", order="pipe", date_italic=True,
    tagline="Front Office Supervisor",
    family="Polish-born hotel front office supervisor in Edinburgh, reportlab two-column header, pipe lines with right dates",
    layout_code="twocol/pipe", date_code="mon / 'Current'",
    name="Karolina Nowak",
    contact=["Leith, Edinburgh EH6", "07700 900455", "k.nowak.hotel@scotmail-online.co.uk"],
    blocks=[
        ("Profile", "para",
         "Front office supervisor with eight years in hotels and restaurants in Scotland and Poland. Guests say I "
         "make them feel at home; my team say I stay calm when the lobby is full. I'd like to move into a guest "
         "relations or customer service team leader role."),
        ("Work Experience", "jobs", [
            E("Front Office Supervisor", _ccrown, "Edinburgh", "2022-04", "present", "facing", "in_person_service", [
                "Supervise six receptionists in a 210-room city-centre hotel",
                "Resolve guest complaints, room moves and billing disputes at the desk",
                "Plan rotas and train new starters on Opera PMS"]),
            E("Night Receptionist", _ccrown, "Edinburgh", "2020-08", "2022-03", "facing", "in_person_service", [
                "Checked in late arrivals and looked after guest requests overnight",
                "Ran the night audit and prepared the arrivals report"]),
            E("Reservations Agent", "Highland Escapes Lodges", "Inverness", "2018-05", "2020-07", "facing",
              "contact_center", ["Took booking calls and emails for 40 self-catering lodges and handled amendments"]),
            E("Waitress", "Restauracja Pod Lipą", "Gdańsk, Poland", "2015-06", "2018-03", "facing",
              "in_person_service", ["Served breakfast and à la carte dinner in a busy Old Town restaurant"]),
        ]),
        ("Education", "lines", [("BA Tourism and Recreation – Pomeranian School of Tourism, Gdańsk", "2013 - 2016")]),
        ("Languages", "para", "Polish (native), English (fluent), Russian (basic)"),
        ("References", "para", "References available on request."),
    ]))
