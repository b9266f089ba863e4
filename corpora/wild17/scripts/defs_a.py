"""wild17 résumés w001–w015. One dict per résumé renders both the file and its gold line."""
from lib import E

RESUMES = []

# ---------------------------------------------------------------- w001
RESUMES.append(dict(
    file="w001.pdf", renderer="rl", page="plain", order="org_title", dstyle="mon", present="Present",
    paper="letter",
    family="US college senior, reportlab single column, employer line first with right-aligned dates, "
           "'Leadership & Activities' mixing a paid RA job with clubs, 'Summer 2024'",
    layout="reportlab, plain/org_title, mon + season / 'Present'",
    name="Jordan Whitacre",
    contact=["Harlan Springs, IN 47392", "(317) 555-0184", "jwhitacre@brennick.edu"],
    sections=[
        ("Education", [
            "B|Brennick College, Harlan Springs, IN — B.A. Communication Studies, expected May 2027",
            "GPA 3.4; Dean's List Fall 2024, Spring 2025",
        ]),
        ("Experience", [
            E("Barista", "Copper Kettle Coffee", "Harlan Springs, IN", "2024-06", "2024-08", "facing",
              "in_person_service", dates="Summer 2024",
              bullets=["Took orders and made espresso drinks during the morning rush (about 250 covers a day)",
                       "Learned regulars' orders and handled remakes without fuss",
                       "Closed the register and cleaned the bar on evening shifts"]),
            E("Seasonal Warehouse Associate", "Parcelpoint Fulfillment", "Maple Run, IN", "2023-11", "2024-01",
              "affecting",
              bullets=["Picked and packed online orders to scanner targets during peak season",
                       "Built pallets for outbound trailers"]),
            E("Undergraduate Lab Assistant", "Brennick College Department of Chemistry", "Harlan Springs, IN",
              "2025-01", "2025-05", "none", section="other",
              bullets=["Washed glassware, restocked reagents and logged waste containers for teaching labs"]),
        ]),
        ("Leadership & Activities", [
            E("Resident Assistant", "Brennick College Residence Life", "Harlan Springs, IN", "2025-08", "2026-05",
              "facing", "other_facing", section="other",
              bullets=["Looked after a floor of 38 first-year students: check-ins, roommate disputes, late-night lockouts",
                       "Ran two floor events a month and pointed residents to counseling and tutoring services",
                       "Took on-call duty rotations and wrote incident reports"]),
            "B|President, Brennick Outdoors Club (2024 – 2025)",
            "- Planned six weekend hiking trips and managed a $2,100 club budget",
            "B|Intramural soccer team captain",
        ]),
        ("Skills", ["Square POS, Google Workspace, Canva; conversational Spanish"]),
    ]))

# ---------------------------------------------------------------- w002
RESUMES.append(dict(
    file="w002.docx", renderer="docx", page="styles", order="title_org", dstyle="mon", present="Present",
    family="UK school leaver on a gap year, Word heading styles and list bullets, right tab-stop dates, "
           "Saturday job, Christmas temp and a one-week work-experience placement",
    layout="docx, styles/title_org, mon + '(Christmas temp)' / 'Present'",
    name="Ellie Marchbank",
    contact=["Calderbrook, West Yorkshire", "07700 900214", "ellie.marchbank@postmail.co.uk"],
    summary_head="Personal Statement",
    summary="Friendly and reliable school leaver taking a gap year before starting a nursing degree in "
            "September 2027. Happy working weekends and evenings.",
    sections=[
        ("Work Experience", [
            E("Kitchen Porter", "The Lantern Tearoom", "Calderbrook", "2025-09", "present", "affecting",
              note="Gap year, 25 hours a week",
              bullets=["Wash up, empty the dishwasher and keep the kitchen floors clear",
                       "Peel and chop veg for soups and help the cook with scones on busy mornings"]),
            E("Sales Assistant (Saturday job)", "Pennyworth's Department Store", "Calderbrook", "2024-10",
              "2025-07", "facing", "in_person_service",
              bullets=["Served customers on the homeware tills and wrapped gifts",
                       "Kept the candle and glassware displays tidy and topped up",
                       "Signed up shoppers to the store loyalty card"]),
            E("Stockroom Christmas Temp", "Haverleigh Home", "Calderbrook", "2023-12", "2024-01", "affecting",
              dates="Dec 2023 – Jan 2024 (Christmas temp)",
              bullets=["Unloaded early-morning deliveries and filled the shop floor before opening",
                       "Sorted click-and-collect parcels in the stockroom ready for the front desk"]),
            E("Work Experience Placement", "Calderbrook Veterinary Practice", "Calderbrook", "2023-06", "2023-06",
              "facing", "in_person_service", etype="internship", dates="June 2023 (one week)",
              bullets=["Shadowed the receptionists: greeted pet owners, booked appointments and took payments",
                       "Watched consultations and helped clean kennels"]),
        ]),
        ("Volunteering", [
            E("Volunteer Stock Sorter", "Oxhey Lane Hospice Shop", "Calderbrook", "2023-01", "2023-06", "affecting",
              section="volunteer", etype="volunteer",
              bullets=["Sorted donated clothes and books in the back room, steamed and priced them for the rails"]),
        ]),
        ("Education", ["B|Calderbrook Sixth Form College, 2023 – 2025",
                       "A levels: Biology (B), Psychology (B), English Literature (C)"]),
        ("Interests", ["Netball (college first team), baking, Duke of Edinburgh Silver Award"]),
    ]))

# ---------------------------------------------------------------- w003
RESUMES.append(dict(
    file="w003.pdf", renderer="fp", page="plain", head="left", order="title_org", dstyle="mm/yyyy",
    present="Present", caps=True,
    family="Philippine fresh graduate, fpdf2 left-aligned header, title line with right-aligned mm/yyyy dates, "
           "OJT, working student, GIP encoder and call-centre training",
    layout="fpdf2, left/title_org, mm/yyyy / 'Present'",
    name="Maricel Dagohoy",
    contact=["Brgy. Maligaya Dos, Santa Veronica, Batangas", "0917 555 0342", "maricel.dagohoy@inbox.ph"],
    summary_head="Career Objective",
    summary="Tourism graduate seeking a customer service representative position where I can use my "
            "English communication skills and front office training.",
    sections=[
        ("Work Experience", [
            E("Customer Service Representative (Trainee)", "Northpoint Contact Solutions", "Bayani Heights",
              "2025-07", "2025-09", "facing", "contact_center",
              bullets=["Finished six weeks of product, voice and systems training for a US telecom account",
                       "Handled live inbound billing calls during two weeks of nesting with a coach"]),
            E("OJT Trainee – Front Office", "Casa Lirio Hotel", "Santa Veronica", "2025-01", "2025-04", "facing",
              "in_person_service", etype="internship", note="486 hours, required for BS Tourism Management",
              bullets=["Welcomed walk-in guests, did check-in and check-out in the PMS",
                       "Answered phone reservations and wrote them in the booking log"]),
            E("Service Crew (Working Student)", "Kainan Express", "Santa Veronica", "2023-08", "2024-03",
              "facing", "in_person_service",
              bullets=["Took orders at the counter and served dine-in customers",
                       "Cleaned the dining area and restocked condiments between rushes"]),
            E("Encoder (Government Internship Program)", "Municipal Assessor's Office", "Santa Veronica",
              "2022-06", "2022-08", "none", etype="internship",
              bullets=["Encoded tax declarations into the assessment database",
                       "Filed and numbered property records"]),
        ]),
        ("Education", ["B|Bachelor of Science in Tourism Management, 2021 – 2025",
                       "Colegio de San Benildo de Batangas",
                       "Thesis: Guest Satisfaction in Family-Run Beach Resorts of Santa Veronica"]),
        ("Skills", ["- English and Filipino, fluent", "- MS Office, Google Sheets", "- Typing speed 45 wpm"]),
    ]))

# ---------------------------------------------------------------- w004
RESUMES.append(dict(
    file="w004.txt", renderer="txt", page="form", dstyle="mm/yyyy", present="Present",
    family="Irish career returner, plain text pasted from an online application form (Job title / Employer / "
           "From / To / Main duties), career break listed, volunteering overlapping the current job",
    layout="txt, form/fields, mm/yyyy / 'Present'",
    name="Aoife Brennock",
    contact=["Ballycarrig, Co. Wexford", "Phone: 087 555 0123", "Email: aoife.brennock@mailbox.ie"],
    sections=[
        ("Employment History", [
            E("Retail Assistant (part-time)", "Carrick Lane Pharmacy", "Ballycarrig", "2026-03", "present",
              "facing", "in_person_service", note="20 hours per week",
              bullets=["Serving customers at the counter and the till",
                       "Recommending over-the-counter products and referring questions to the pharmacist",
                       "Receiving stock and rotating short-dated lines"]),
            E("Career break – full-time parent", None, None, "2017-09", "2026-02", "none", etype="unknown",
              bullets=["Raising three children; treasurer of the local playgroup committee"]),
            E("Accounts Assistant", "Kelvane Freight Ltd", "Enniscorth Road, Ballycarrig", "2013-06", "2017-08",
              "none",
              bullets=["Processed supplier invoices and weekly payment runs",
                       "Reconciled the bank and fuel-card accounts", "Prepared VAT returns for the accountant"]),
        ]),
        ("Voluntary Work", [
            E("Volunteer", "Ballycarrig Community Food Bank", "Ballycarrig", "2026-01", "present", "facing",
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Welcoming clients at the Friday distribution",
                       "Packing and handing over food parcels",
                       "Telling families about the fuel allowance and the St Brigid's clothing drop-in"]),
        ]),
        ("Education and Training", ["Diploma in Bookkeeping, Wexford Further Education College (2012)",
                                    "Leaving Certificate (2009)",
                                    "Manual Handling, 2026; Safe Pass, 2011"]),
        ("Additional information", ["Full clean driving licence. Available Monday to Friday, 9am to 3pm."]),
    ]))

# ---------------------------------------------------------------- w005
RESUMES.append(dict(
    file="w005.md", renderer="md", md="h3", dstyle="mon", present="Present",
    family="Indian engineering graduate moving into technical support, Markdown h3 titles with bold employer "
           "line, year-only home tuition, manufacturing summer internship, data-labelling gig",
    layout="md, h3/title_org, mon + year-only / 'Present'",
    name="Pranav Deshmane",
    contact=["Nandgiri, Maharashtra", "+91 98220 55417", "pranav.deshmane@quickmail.in",
             "github.com/pdeshmane"],
    summary_head="Profile",
    summary="B.E. (Mechanical) graduate, 2025, who enjoys explaining software to people. Looking for an L1 "
            "technical support or customer success role.",
    sections=[
        ("Experience", [
            E("Technical Support Intern", "Zyloria Software Pvt. Ltd.", "Nandgiri", "2026-01", "2026-06",
              "facing", "digital_service", etype="internship",
              bullets=["Answered customer tickets and live chat for a billing app used by small shops",
                       "Reproduced bugs and wrote clear steps for the developers",
                       "Added 14 articles to the help centre"]),
            E("Remote Data Labelling Contributor", "Labelnest", "Remote", "2025-08", "2025-12", "none",
              etype="freelance",
              bullets=["Tagged product images and checked bounding boxes against the guidelines"]),
            E("Home Tutor (Mathematics, Class 8–10)", "Self-employed", "Nandgiri", "2025-01", "2025-12",
              "facing", "education", etype="freelance", prec="year",
              bullets=["Taught maths to five school students at their homes, three evenings a week",
                       "Updated parents on test scores every month"]),
            E("Summer Intern – Quality", "Vantra Motors Ltd., Kesarwadi Plant", "Kesarwadi MIDC", "2024-06", "2024-07",
              "none", etype="internship",
              bullets=["Collected gauge readings from the axle line and built SPC charts in Excel"]),
        ]),
        ("Academic Project", ["**Low-cost solar dryer for onion farmers** (final year, team of four) — "
                              "designed and tested a prototype; presented at the college tech fest"]),
        ("Education", ["- B.E. Mechanical, Shri Gajanan College of Engineering, Nandgiri — 2021–2025, CGPA 7.6",
                       "- HSC, 2021 — 84%"]),
        ("Skills", ["- Freshdesk, Jira, SQL basics, Excel",
                    "- English, Hindi, Marathi"]),
    ]))

# ---------------------------------------------------------------- w006
RESUMES.append(dict(
    file="w006.html", renderer="html", page="divs", dstyle="mon", present="Current",
    family="Australian uni student, HTML web-builder page with floated dates, casual retail, summer-holiday "
           "kiosk, kitchen hand and reading-buddy volunteering",
    layout="html, divs/title_org, mon + holiday range / 'Current'",
    name="Tahlia Pemberton-Vance",
    contact=["Wattle Creek QLD 4563", "0412 555 781", "tahlia.pv@studentmail.com.au"],
    summary="Second-year Bachelor of Business student looking for casual customer service work around uni.",
    sections=[
        ("Employment", [
            E("Casual Retail Assistant", "Coastline Surf Co.", "Wattle Creek QLD", "2026-07", "present", "facing",
              "in_person_service",
              bullets=["Help customers with wetsuit and board sizing",
                       "Process sales, lay-bys and returns on Lightspeed",
                       "Merchandise new stock drops"]),
            E("Kitchen Hand", "The Salty Pelican", "Wattle Creek QLD", "2025-03", "2026-06", "affecting",
              bullets=["Dishes, prep and cleaning down the kitchen at close",
                       "Portioned chips and salads for the fryer and larder sections"]),
            E("Kiosk Attendant", "Gumtree Point Holiday Park", "Gumtree Point QLD", "2024-12", "2025-02", "facing",
              "in_person_service", dates="Summer holidays, Dec 2024 – Feb 2025",
              bullets=["Sold ice creams, bait and park passes to campers",
                       "Answered questions about beach conditions and local walks"]),
        ]),
        ("Volunteering", [
            E("Reading Buddy Volunteer", "Wattle Creek Library", "Wattle Creek QLD", "2024-07", "2024-11",
              "facing", "volunteering", section="volunteer", etype="volunteer", note="'Read Together' program",
              bullets=["Listened to Year 2 children read every Tuesday afternoon and helped with tricky words"]),
        ]),
        ("Leadership & Activities", ["- Vice-President, UniQ Hiking Society (2025)",
                                     "- Orientation week volunteer, Faculty of Business",
                                     "- Bronze Medallion (surf lifesaving), 2023"]),
        ("Education", ["Bachelor of Business (Marketing), Sunshine Coast Institute of Technology, 2025 – current"]),
    ]))

# ---------------------------------------------------------------- w007
RESUMES.append(dict(
    file="w007.pdf", renderer="rl", page="canva", order="dateline", dstyle="month", present="Present",
    accent="#7a3e65",
    family="South African graduate, Canva-like builder PDF (coloured banner, beige sidebar with skill bars, pill "
           "headings, dates on their own coloured line), weekend promoter, learnership, peer tutor, soup kitchen",
    layout="reportlab, canva/dateline, month / 'Present'",
    name="Naledi Sithole-Mabuza",
    tagline="BCom Accounting graduate · Customer service · Admin",
    contact=["Kwanele Park, Gauteng", "072 555 0198", "naledi.sm@webmail.co.za"],
    side=[
        ("Skills", ["- Customer service", "- MS Excel", "- Pastel Partner", "- Cash handling"]),
        ("Languages", ["English, isiZulu, Sesotho"]),
        ("Education", ["B|BCom Accounting", "Highveld University of Technology", "2021 – 2024"]),
        ("References", ["Available on request"]),
    ],
    sections=[
        ("Experience", [
            E("Administration Learner", "Mzansi Mutual Insurance", "Kgotsong Park", "2025-02", "2026-01", "affecting",
              etype="internship", note="12-month learnership (NQF 4 Business Administration)",
              bullets=["Captured policy amendments and filed claim documents",
                       "Checked claim forms for missing documents before they went to assessors"]),
            E("Brand Promoter (weekends)", "BrightSpark Promotions", "Kwanele Park", "2024-06", "2024-11",
              "facing", "in_person_service",
              bullets=["Ran in-store tastings for a juice brand and talked shoppers through the specials",
                       "Reported daily sales and stock counts to the team leader"]),
            E("Peer Tutor – Accounting 1", "Highveld University of Technology", "Kwanele Park", "2023-07",
              "2023-10", "facing", "education", section="other",
              bullets=["Ran weekly small-group sessions for first-year accounting students"]),
        ]),
        ("Volunteer", [
            E("Volunteer", "Ikhaya Community Kitchen", "Kwanele Park", "2022-06", "2022-08", "facing",
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Served lunch at the counter and chatted with regulars",
                       "Helped clean the hall after service"]),
        ]),
    ]))

# ---------------------------------------------------------------- w008
RESUMES.append(dict(
    file="w008.docx", renderer="docx", page="table", order="title_org", dstyle="mon", present="Present",
    family="Canadian college student, Word borderless table per job (title/employer left, dates right), "
           "'Summers 2022 & 2023' camp job, winter-term library job, fundraising-admin volunteering",
    layout="docx, table/title_org, mon + 'Summers 2022 & 2023' / 'Present'",
    name="Keegan Arsenault",
    contact=["Port Ellery, NB", "506-555-0147", "keegan.arsenault@fundymail.ca"],
    sections=[
        ("Work Experience", [
            E("Library Assistant (Work-Study)", "Fundy Coast College Library", "Port Ellery, NB", "2026-01",
              "2026-04", "facing", "in_person_service", note="Winter term",
              bullets=["Staffed the circulation desk: loans, returns and laptop sign-outs",
                       "Helped students with the printers and finding course reserves"]),
            E("Dishwasher", "Le Petit Quai", "Port Ellery, NB", "2024-05", "2024-08", "affecting",
              bullets=["Ran the dish pit on dinner service and helped the prep cook with mise en place"]),
            E("Cashier (part-time)", "Harbourview Foods", "Port Ellery, NB", "2023-09", "2023-12", "facing",
              "in_person_service",
              bullets=["Rang through groceries, handled cash and debit, bagged orders"]),
            E("Camp Counsellor", "Camp Tamarack Lake", "Tamarack Lake, NB", "2022-06", "2022-08", "facing",
              "education", dates="Summers 2022 & 2023",
              bullets=["Led a cabin of eight campers aged 9–11, day and night",
                       "Taught canoeing basics and ran evening campfire programs",
                       "Kept parents informed at drop-off and pick-up"]),
            E("Camp Counsellor", "Camp Tamarack Lake", "Tamarack Lake, NB", "2023-06", "2023-08", "facing",
              "education", hidden=True,
              bullets=["Led a cabin of eight campers aged 9–11, day and night",
                       "Taught canoeing basics and ran evening campfire programs",
                       "Kept parents informed at drop-off and pick-up"]),
        ]),
        ("Volunteer Experience", [
            E("Fundraising Admin Volunteer", "Port Ellery Minor Hockey Association", "Port Ellery, NB",
              "2025-01", "2025-03", "none", section="volunteer", etype="volunteer",
              bullets=["Updated the sponsor spreadsheet and counted raffle proceeds after games"]),
        ]),
        ("Education", ["Business Administration diploma (2nd year), Fundy Coast College — expected 2027",
                       "Port Ellery High School, 2024"]),
        ("Certifications", ["Standard First Aid & CPR-C (2022)", "Food Handler Certificate (2024)"]),
    ]))

# ---------------------------------------------------------------- w009
RESUMES.append(dict(
    file="w009.txt", renderer="txt", page="linkedin", dstyle="mon", present="Present", sep=" - ",
    li_type={"Customer Service Advisor": "Part-time", "Student Ambassador": "Part-time",
             "Bar Staff": "Seasonal", "Warehouse Operative": "Temporary"},
    family="UK graduate, LinkedIn profile copied as text (title / employer · type / dates · duration / place), "
           "student ambassador, seasonal bar work, helpline volunteering, temporary warehouse job",
    layout="txt, linkedin/title_org, mon + durations / 'Present'",
    name="Callum Ferriday",
    contact=["BSc Geography graduate | Customer service", "Ashcombe, England, United Kingdom"],
    sections=[
        ("Experience", [
            E("Customer Service Advisor", "Greyfield Energy", "Ashcombe, England, United Kingdom",
              "2026-09", "present", "facing", "contact_center",
              bullets=["Taking inbound calls about meter readings, bills and payment plans."]),
            E("Bar Staff", "The Drover's Rest", "Ashcombe, England", "2025-06", "2025-08", "facing",
              "in_person_service",
              bullets=["Served drinks and food in a busy village pub over the summer."]),
            E("Student Ambassador", "University of Ashcombe", "Ashcombe, England", "2025-01", "2025-06", "facing",
              "other_facing", section="other",
              bullets=["Led campus tours for prospective students and their parents on open days.",
                       "Answered questions at UCAS fairs."]),
            E("Warehouse Operative", "Nortonway Logistics", "Ashcombe, England", "2022-12", "2023-01",
              "affecting", bullets=[]),
        ]),
        ("Volunteering", [
            E("Listening Volunteer", "Nightline Ashcombe", None, "2024-01", "2024-03", "facing", "volunteering",
              section="volunteer", etype="volunteer",
              bullets=["Took anonymous overnight calls and messages from students needing someone to talk to."]),
        ]),
        ("Education", ["University of Ashcombe", "BSc Geography, 2:1", "2022 - 2025"]),
    ]))

# ---------------------------------------------------------------- w010
RESUMES.append(dict(
    file="w010.pdf", renderer="fp", page="twocol", order="title_org", dstyle="month", present="Present",
    family="Nigerian graduate, fpdf2 two-column with shaded left sidebar (contact, skills, referees), NYSC "
           "teaching year, SIWES in a bank back office, census data entry",
    layout="fpdf2, twocol/title_org, month / 'Present'",
    name="Adaeze Nwankwo-Ibe",
    tagline="B.Sc. Banking and Finance · NYSC discharged 2026",
    contact=["14 Ezeani Close, Amaekwe Heights, Enugu State", "0803 555 2210", "adaeze.ni@postbox.ng"],
    side=[
        ("Skills", ["- Microsoft Office", "- Customer relations", "- Public speaking"]),
        ("Education", ["B.Sc. Banking & Finance, Coal City University (2019 – 2024), Second Class Upper"]),
        ("Referees", ["Mr. Ikenna Obodo, Principal, Community Secondary School Ezi-Akpa",
                      "Mrs. Ngozi Alor, Head of Operations, Coalbrook Microfinance Bank"]),
    ],
    sections=[
        ("Work Experience", [
            E("NYSC Corps Member – Economics Teacher", "Community Secondary School, Ezi-Akpa", "Kogi State",
              "2025-03", "2026-02", "facing", "education",
              bullets=["Taught Economics to SS1 and SS2 classes of about 45 students",
                       "Met parents at PTA meetings and ran the school's savings club (CDS)"]),
            E("Data Entry Clerk (Contract)", "Lumen Census Project", "Amaekwe Heights", "2024-08", "2024-10", "none",
              bullets=["Keyed household questionnaires into the survey database and checked for duplicates"]),
            E("SIWES Industrial Trainee", "Coalbrook Microfinance Bank", "Amaekwe Heights", "2023-06", "2023-11",
              "affecting", etype="internship",
              bullets=["Posted cheques and reconciled teller cash summaries in the back office",
                       "Filed account-opening forms and scanned signature cards"]),
            E("Packer (holiday job)", "Golden Crust Bakery", "Amaekwe Heights", "2019-12", "2020-01", "affecting",
              bullets=["Sliced, bagged and labelled bread for the morning distribution vans"]),
        ]),
    ]))

# ---------------------------------------------------------------- w011
RESUMES.append(dict(
    file="w011.docx", renderer="docx", page="header", order="title_org", dstyle="month", present="Present",
    family="UK warehouse worker with a weekend bar job moving into customer service, name, contact and "
           "availability in the Word page header, overlapping second job, matchday steward volunteering",
    layout="docx, header/title_org, month / 'Present'",
    name="Dean Halloway",
    contact=["Brakeshaw, Staffordshire", "07700 900561", "dean.halloway@mailroom.uk"],
    header_extra="Available for full-time day shifts from January 2027",
    footer_text="References available on request",
    summary="Hard-working warehouse operative with a weekend bar job, now looking for a full-time customer "
            "service role. Good with people, calm under pressure, used to targets.",
    sections=[
        ("Employment", [
            E("Bar Staff (weekends)", "The Kestrel Inn", "Brakeshaw", "2026-01", "present", "facing",
              "in_person_service", note="Second job, Friday and Saturday nights",
              bullets=["Serve drinks, take food orders and deal with the odd complaint",
                       "Cash up the till at close"]),
            E("Warehouse Operative (nights)", "Brakeshaw Distribution", "Brakeshaw", "2019-03", "present",
              "affecting",
              bullets=["Pick supermarket orders with voice picking, 200+ cases an hour",
                       "Load trailers in route order and check seals",
                       "Counterbalance and reach truck licensed"]),
        ]),
        ("Volunteering", [
            E("Matchday Volunteer Steward", "Hollins Park FC", "Brakeshaw", "2025-10", "2025-12", "facing",
              "volunteering", section="volunteer", etype="volunteer",
              bullets=["Directed fans to turnstiles and answered questions around the ground on home games"]),
        ]),
        ("Earlier Jobs", [
            E("Car Wash Attendant (weekends)", "Sparkle Hand Car Wash", "Brakeshaw", "2018-06", "2019-02",
              "affecting", bullets=["Washed, dried and valeted cars; vacuumed interiors"]),
        ]),
        ("Qualifications", ["GCSEs (2018): English 5, Maths 4", "Personal Licence Holder (APLH), 2026"]),
    ]))

# ---------------------------------------------------------------- w012
RESUMES.append(dict(
    file="w012.md", renderer="md", md="bold", dstyle="mon", present="Present",
    family="New Zealand school leaver on a gap year, Markdown bold title line with employer and italic dates, "
           "checkout job, summer fruit picking, au pair abroad, work-for-accommodation hostel",
    layout="md, bold/title_org, mon + season range / 'Present'",
    name="Ruby Tane-Whitcombe",
    contact=["Karoro Bay 7805", "021 555 0934", "ruby.tw@kiwimail.nz"],
    summary="Just back from a gap year in Europe and looking for part-time work while I start uni.",
    sections=[
        ("Work", [
            E("Hostel Housekeeper (work for accommodation)", "Bluff Hollow Backpackers", "Bluff Hollow", "2026-05",
              "2026-07", "facing", "in_person_service", etype="paid",
              bullets=["Cleaned dorms and bathrooms each morning",
                       "Covered reception on two evenings a week: check-ins and tour bookings"]),
            E("Au Pair", "Famille Durocher", "Saint-Aubrac, France", "2026-01", "2026-03", "facing",
              "healthcare_care",
              bullets=["Cared for two children aged 4 and 7: school runs, meals, bath and bedtime",
                       "Helped the older one with English homework"]),
            E("Checkout Operator (part-time)", "FreshWay Karoro Bay", "Karoro Bay", "2025-02", "2025-11", "facing",
              "in_person_service",
              bullets=["Served customers on checkouts and self-checkouts after school and Saturdays",
                       "Handled cash, EFTPOS and the odd price check"]),
            E("Fruit Picker", "Orchardvale Packhouse", "Kowhai Flats", "2023-12", "2024-02", "none",
              dates="Summer season (Dec 2023 – Feb 2024)",
              bullets=["Picked cherries and apricots on piece rates"]),
        ]),
        ("School", ["Karoro Bay College, NCEA Level 3 (Merit endorsement), 2025"]),
        ("Activities", ["- Captain, 1st XI netball (2025)", "- Kapa haka group", "- Restricted driver licence"]),
    ]))

# ---------------------------------------------------------------- w013
RESUMES.append(dict(
    file="w013.pdf", renderer="rl", page="twocol", order="dateline", dstyle="mm/yyyy", present="till date",
    family="Indian B.Com student, reportlab two-column with shaded sidebar (personal details, languages, "
           "declaration), part-time night-shift BPO job 'till date', tele-caller, marketing intern, NSS",
    layout="reportlab, twocol/dateline, mm/yyyy / 'till date'",
    name="Sneha Raghunath",
    tagline="B.Com (Final Year) | Customer Support",
    contact=["Kaveripura, Karnataka", "+91 97400 55128", "sneha.raghunath@mailbox.in"],
    side=[
        ("Personal Details", ["DOB: 14-03-2005", "Languages: English, Kannada, Hindi, Tamil"]),
        ("Skills", ["- Voice process", "- MS Excel", "- Typing 40 wpm"]),
        ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge."]),
    ],
    sections=[
        ("Work Experience", [
            E("Customer Support Associate (Part-time, Night shift)", "Orbitel BPO Services", "Kaveripura",
              "2026-06", "present", "facing", "contact_center",
              bullets=["Handling inbound calls for a US internet provider: outages, billing and plan changes",
                       "Average handle time within target; CSAT 4.6/5 in October"]),
            E("Summer Intern – Marketing", "Sutraa Handlooms Pvt. Ltd.", "Kaveripura", "2025-05", "2025-06",
              "affecting", etype="internship",
              bullets=["Drafted Instagram posts for the festive collection",
                       "Compiled a price comparison of competitor sarees"]),
            E("Tele-caller (Part-time)", "EduPath Admissions Consultancy", "Kaveripura", "2024-11", "2025-03",
              "facing", "contact_center",
              bullets=["Called enquiries from the website and explained course options and fees to students and parents",
                       "Booked counselling appointments"]),
        ]),
        ("Extra-curricular", [
            E("NSS Volunteer", "National Service Scheme, Sri Venkata College of Commerce", "Kaveripura",
              "2023-07", "2024-03", "none", section="volunteer", etype="volunteer",
              bullets=["Organised tree-plantation drives and campus cleanliness campaigns"]),
            "- Member, college Commerce Forum; 2nd prize in inter-college quiz (2024)",
        ]),
        ("Education", ["B.Com, Sri Venkata College of Commerce (2023 – 2026) – 78%",
                       "PUC (Commerce), 2023 – 88%"]),
    ]))

# ---------------------------------------------------------------- w014
RESUMES.append(dict(
    file="w014.html", renderer="html", page="table", dstyle="mon", present="Present",
    family="Kenyan graduate, HTML table layout (dates left, role right), industrial attachment in hospital "
           "records, mobile-money agent, delivery rider with hand-over, contact-centre intern, fundraising admin",
    layout="html, table/title_org, mon + year-only / 'Present'",
    name="Achieng Odhiambo-Mwangi",
    contact=["Kiruma, Nakuru County", "+254 712 555 304", "achieng.om@barua.co.ke"],
    summary_head="Objective",
    summary="Business IT graduate seeking a customer experience role in telecoms or banking.",
    sections=[
        ("Work Experience", [
            E("Customer Experience Intern", "Savanna Connect Telecom", "Mbarini", "2025-09", "2025-11", "facing",
              "contact_center", etype="internship",
              bullets=["Handled calls and WhatsApp chats about data bundles and SIM swaps",
                       "Escalated network faults to the NOC with clear notes"]),
            E("Delivery Rider (part-time)", "Haraka Eats", "Kiruma", "2025-04", "2025-08", "facing",
              "in_person_service",
              bullets=["Collected orders from restaurants and delivered them to customers' gates",
                       "Handed over orders and confirmed M-Pesa payments with the customer"]),
            E("Mobile Money Agent Attendant", "Tumaini Agencies", "Kiruma", "2024-08", "2025-03", "facing",
              "in_person_service",
              bullets=["Served customers making deposits and withdrawals; checked IDs",
                       "Balanced float and cash at the end of each day"]),
            E("Industrial Attachment Student – Health Records", "Mazingira County Referral Hospital", "Mbarini",
              "2024-05", "2024-07", "affecting", etype="internship",
              bullets=["Filed and retrieved patient files for clinics and updated the admissions register",
                       "Coded discharge diagnoses for monthly reports"]),
        ]),
        ("Volunteer Work", [
            E("Volunteer – Fundraising Administration", "Hope Springs Children's Trust", "Kiruma", "2023-01",
              "2023-12", "none", section="volunteer", etype="volunteer", prec="year",
              bullets=["Prepared donor receipts and kept the pledge register up to date"]),
        ]),
        ("Education", ["B.Sc. Business Information Technology, Rift Valley University College (2020 – 2024)",
                       "KCSE, Kiruma Girls' High School, 2019 (B+)"]),
    ]))

# ---------------------------------------------------------------- w015
RESUMES.append(dict(
    file="w015.docx", renderer="docx", page="sidebar", order="title_org", dstyle="mon", present="Present",
    family="Malaysian diploma holder, Word two-column layout table with shaded sidebar (contact, languages, "
           "skills), industrial training at a resort front office, year-only freelance event crew, stock assistant",
    layout="docx, sidebar/title_org, mon + year-only / 'Present'",
    name="Nur Syafiqah binti Rosli",
    tagline="Diploma in Hotel Management · Front office · Events",
    contact=["Taman Seri Kenanga, Selangor", "+60 12-555 7361", "syafiqah.rosli@emel.my"],
    side=[
        ("Languages", ["Bahasa Melayu (native)", "English (good)", "Mandarin (basic)"]),
        ("Skills", ["- Opera PMS (basic)", "- Microsoft Office", "- Event set-up"]),
        ("Education", ["Diploma in Hotel Management, Kolej Pelancongan Seri Mahkota (2023 – 2026)",
                       "SPM, 2022"]),
    ],
    sections=[
        ("Experience", [
            E("Practical Trainee – Front Office", "Bayu Indah Resort", "Teluk Seri Bayu, Pahang", "2025-09",
              "2026-02", "facing", "in_person_service", etype="internship", note="Latihan industri, 24 weeks",
              bullets=["Checked guests in and out and handled room-change requests",
                       "Answered the front desk phone and emails in Malay and English"]),
            E("Freelance Event Crew", "Gemilang Events", "Bandar Kenari Jaya", "2024-01", "2024-12", "facing",
              "other_facing", etype="freelance", prec="year", note="Weekends, as needed",
              bullets=["Ushered guests and ran the registration table at weddings and corporate dinners",
                       "Set up and cleared tables and stage props"]),
            E("Stock Assistant (part-time)", "Kedai Serbaneka Mesra", "Taman Seri Kenanga", "2023-03", "2023-08",
              "affecting",
              bullets=["Received supplier deliveries, checked them against invoices and priced goods in the store room"]),
            E("Kitchen Helper (part-time)", "Restoran Selera Kampung", "Taman Seri Kenanga", "2023-01", "2023-02",
              "affecting", bullets=["Washed dishes and cut vegetables for the lunch buffet"]),
        ]),
    ]))
