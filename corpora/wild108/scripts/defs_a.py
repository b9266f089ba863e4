"""wild108 résumés w001–w015 (fictional people, employers, towns)."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
R(id="w001", fmt="txt", name="DANIELLE R. OKAFOR",
  family="US retail cashier, Indeed-style ATS paste, labelled fields, '?' for lost bullets, hard wrap at 72",
  layout="txt, ats/labelled, mm/yyyy / 'Present'",
  hdr="labelled", dates="mm/yyyy", present="Present", sep=" - ", wrap=72, glyph="? ",
  labels=("Job Title:", "Company:", "Location:", "Dates Employed:", "Description:"),
  breaks=[44], marker="Page 2 of 2", duphdr=True,
  blocks=[
      ("name", "DANIELLE R. OKAFOR"),
      ("contact", "Hollins Ridge, MO 64102"),
      ("contact", "(816) 555-0143   danielle.okafor@mailbox.net"),
      ("blank",),
      ("h", "PROFESSIONAL SUMMARY"),
      ("p", "Dependable cashier and front-end associate with five years in grocery and general retail. I like busy "
            "shifts, I am quick on a register and I stay calm with upset customers. Looking for a full time "
            "customer service position with room to grow."),
      ("blank",),
      ("h", "WORK EXPERIENCE"),
      ("blank",),
      ("jobs", [
          E("Front End Lead", "Harvest Lane Foods", "Hollins Ridge, MO", "2023-05", "present", "facing", "in_person_service", [
              "Run the front end of a 14-lane store on evening shifts, assign cashiers to lanes and breaks and cover "
              "the customer service desk when the line backs up",
              "Handle refunds, price overrides and customer complaints that cashiers escalate",
              "Count down tills and prepare the night deposit"]),
          E("Cashier", "Harvest Lane Foods", "Hollins Ridge, MO", "2021-08", "2023-04", "facing", "in_person_service", [
              "Checked out customers quickly and accurately, bagged groceries and offered the loyalty card",
              "Kept my lane clean and stocked with bags and impulse items"]),
          E("Stock Associate (Overnight)", "Dollar Corner", "Blue Vale, MO", "2020-01", "2021-07", "affecting", None, [
              "Unloaded the weekly truck and worked freight to the shelves between 10pm and 6am while the store "
              "was closed",
              "Faced and zoned aisles so the morning crew opened to full shelves"]),
          E("Crew Member", "Big Rooster Chicken", "Blue Vale, MO", "2019-03", "2019-12", "facing", "in_person_service", [
              "Took orders at the counter and drive-thru window, handled cash and card payments",
              "Helped in the kitchen breading chicken when the line was short"]),
      ]),
      ("h", "EDUCATION"),
      ("p", "High School Diploma  -  Blue Vale High School, Blue Vale, MO  -  2019"),
      ("blank",),
      ("h", "SKILLS"),
      ("list", ["Cash handling", "POS systems (NCR)", "Customer service", "Bilingual English/Igbo"]),
  ])

# ------------------------------------------------------------------ w002
R(id="w002", fmt="rl", name="Graham Pettifer",
  family="UK hotel night porter, ATS text printed to PDF in a monospace font, caps headings, 'o' bullets, page markers",
  layout="reportlab, plain-mono/title_org, mon / 'to date'",
  mono=True, hdr="title_org", dpos="sub", dates="mon", present="to date", sep=" - ", wrap=78, glyph="o  ",
  cont="   ", pad=4, pdf_tab="inline", breaks=[38], marker="Page 2 of 3", duphdr="Graham Pettifer - CV",
  blocks=[
      ("name", "Graham Pettifer"),
      ("contact", "14 Tarrant Close, Wellbury, WB3 7QN"),
      ("contact", "Mobile: 07700 900 318    Email: g.pettifer@mailbox.co.uk"),
      ("blank",),
      ("h", "PERSONAL PROFILE"),
      ("p", "Experienced night porter and hotel all-rounder. Trusted to run the building alone overnight, "
            "including the front desk, security checks and the bar after the manager goes home. Clean driving "
            "licence, full right to work in the UK."),
      ("h", "EMPLOYMENT HISTORY"),
      ("jobs", [
          E("Night Porter", "The Granary Hotel", "Wellbury", "2021-10", "present", "facing", "in_person_service", [
              "Sole member of staff on site from 11pm to 7am; check in late arrivals, deal with guest requests and "
              "noise complaints, serve residents' bar and room service",
              "Carry out fire and security rounds, run the night audit and print arrival lists for the morning",
              "Set up the breakfast room and help with luggage at early check-out"]),
          E("Kitchen Porter", "Sutton Mill Brasserie", "Wellbury", "2019-05", "2021-09", "affecting", None, [
              "Washing up pots and plates through service, basic veg prep, emptying bins and deep cleaning the "
              "kitchen at close",
              "Put away deliveries and rotated stock in the walk-in fridge"]),
          E("Delivery Driver", "Pantry Direct", "Eastfold", "2017-02", "2019-04", "facing", "in_person_service", [
              "Delivered grocery orders in a 3.5t van, around 18 drops a shift, carried crates into customers' "
              "kitchens and went through substitutions with them at the door",
              "Took back returns and sorted out missing items with the store"]),
          E("Labourer", "H. Dyson & Sons Groundworks", "Eastfold", "2014-06", "2017-01", "none", None, [
              "General labouring on housing sites: drainage, kerbs, loading out and clearing"]),
      ]),
      ("h", "EDUCATION & TRAINING"),
      ("p", "Wellbury College - Level 2 Hospitality (2013). Personal Licence holder (2022). First Aid at Work (2023)."),
      ("h", "REFERENCES"),
      ("p", "Available on request."),
  ])

# ------------------------------------------------------------------ w003
R(id="w003", fmt="docx", name="Marisol Q. Enriquez",
  family="US dental office front desk, web-form text pasted into Word, one paragraph per hard-wrapped line",
  layout="docx, pasted-lines/dash, MON / 'Current'",
  variant="lines", docx_font="Courier New", docx_size=10, hdr="dash", dpos="own", dates="MON", present="Current",
  sep=" - ", wrap=66, glyph="", caps=True,
  blocks=[
      ("name", "MARISOL Q. ENRIQUEZ"),
      ("contact", "Calder Springs, AZ | 480-555-0177 | marisol.enriquez@mailbox.org"),
      ("blank",),
      ("h", "OBJECTIVE"),
      ("p", "To obtain a patient services or front office position in a busy medical or dental practice where "
            "I can use my scheduling, insurance and people skills."),
      ("blank",),
      ("h", "EXPERIENCE"),
      ("jobs", [
          E("Front Desk Coordinator", "Sagebrush Family Dental", "Calder Springs, AZ", "2022-02", "present", "facing",
            "in_person_service", [
              "Greet patients, check them in and out, collect co-pays and schedule recall appointments for four "
              "hygienists and two dentists.",
              "Verify dental insurance benefits by phone and portal before visits and explain estimates to patients.",
              "Answer a multi-line phone and return voicemails within the day."]),
          E("Insurance Billing Clerk", "Desert Crest Orthodontics", "Mesa Pointe, AZ", "2020-06", "2022-01", "affecting",
            None, [
              "Submitted claims electronically, posted EOBs and worked the aging report for denied claims.",
              "Prepared monthly statements that went out to patients' families; no front desk duties."]),
          E("Sales Associate", "Tillie's Boutique", "Calder Springs, AZ", "2018-09", "2020-05", "facing",
            "in_person_service", [
              "Helped shoppers with sizing and styling, ran the register and opened store cards."]),
      ]),
      ("blank",),
      ("h", "EDUCATION"),
      ("p", "Certificate, Medical Office Administration - Calder Springs Community College, 2020"),
      ("h", "SKILLS"),
      ("p", "Dentrix, Eaglesoft, Microsoft Office, bilingual English/Spanish, typing 55 wpm"),
  ])

# ------------------------------------------------------------------ w004
R(id="w004", fmt="txt", name="Keon Whitlock",
  family="US IT help desk technician, plain text from a web form, tabs turned to space runs, dates on their own lines",
  layout="txt, plain/dateline, month / 'Now'",
  hdr="dateline", dates="month", present="Now", sep=" – ", wrap=74, glyph="", cont="",
  blocks=[
      ("name", "Keon Whitlock"),
      ("contact", "Ravenport, OH        keon.whitlock@mailbox.com        (614) 555-0129"),
      ("blank",),
      ("h", "SUMMARY"),
      ("p", "IT support technician with CompTIA A+ and Network+. Six years in help desk, desktop support and a "
            "bit of server work. Comfortable talking to non-technical staff and walking them through fixes."),
      ("blank",),
      ("h", "TECHNICAL SKILLS"),
      ("line", "Windows 10/11      Active Directory      Intune      ServiceNow      Office 365      basic PowerShell"),
      ("blank",),
      ("h", "EXPERIENCE"),
      ("blank",),
      ("jobs", [
          E("IT Support Technician", "Ravenport Unified Schools", "Ravenport, OH", "2022-08", "present", "facing",
            "internal_support", [
              "Work tickets from teachers and office staff across six school buildings, on site and by phone",
              "Image and hand out Chromebooks, reset passwords and set up classroom projectors and printers",
              "Write short how-to guides for staff"]),
          E("Systems Administrator (contract)", "Brightwater Logistics", "Columbus, OH", "2021-01", "2022-07", "none",
            None, [
              "Patched and monitored Windows servers and backups after hours",
              "Migrated file shares to SharePoint and documented the network for the incoming MSP"]),
          E("Help Desk Analyst", "Lakemont Health Partners", "Columbus, OH", "2018-10", "2020-12", "facing",
            "internal_support", [
              "First line support for about 900 clinic and hospital staff, 40-60 calls a day",
              "Unlocked accounts, troubleshot the EMR log-in and escalated hardware faults to desktop support"]),
          E("Computer Repair Tech", "FixIt Hub", "Ravenport, OH", "2017-05", "2018-09", "affecting", None, [
              "Bench repairs: replaced screens, drives and keyboards on laptops customers dropped off at the "
              "counter, ran virus removals and data transfers"]),
      ]),
      ("h", "EDUCATION"),
      ("line", "Associate of Applied Science, Computer Information Systems"),
      ("line", "Columbus Technical College          2017"),
  ])

# ------------------------------------------------------------------ w005
R(id="w005", fmt="fpdf", name="Priya Natarajan",
  family="Indian hospital staff nurse, job-portal text saved to PDF, '--' separators, 'Till date', year-only older dates",
  layout="fpdf2, plain/pipe, mon-apos / 'Till date'",
  hdr="pipe", dpos="line", dates="apos", present="Till date", sep=" to ", wrap=88, glyph="ï‚§ ", cont="  ",
  breaks=[33], marker="-- 2 of 2 --",
  blocks=[
      ("name", "PRIYA NATARAJAN"),
      ("contact", "Mobile: +91 98450 55102  |  E-mail: priya.natarajan@mailbox.in  |  Kovalur, Tamil Nadu"),
      ("line", "--------------------------------------------------------------------------------"),
      ("h", "CAREER OBJECTIVE"),
      ("p", "To work as a dedicated staff nurse in a reputed hospital and provide safe, compassionate care to "
            "patients while developing my clinical knowledge."),
      ("h", "EDUCATIONAL QUALIFICATION"),
      ("line", "B.Sc. Nursing  --  Sri Vaigai College of Nursing, Kovalur  --  2016  --  74%"),
      ("line", "Registered Nurse & Registered Midwife, Tamil Nadu Nurses and Midwives Council"),
      ("h", "WORK EXPERIENCE"),
      ("jobs", [
          E("Staff Nurse - Medical ICU", "Amaravathi Multispeciality Hospital", "Kovalur", "2021-03", "present", "facing",
            "healthcare_care", [
              "Providing direct bedside care to 2-3 critically ill patients per shift, monitoring vitals, "
              "ventilator settings and infusions",
              "Explaining procedures to patients' relatives during visiting hours and updating them on condition",
              "Maintaining nursing records and handing over to next shift"]),
          E("Staff Nurse", "Kaveri Nursing Home", "Tiruvaram", "2017-01", "2021-12", "facing", "healthcare_care", [
              "General ward and OT duties, wound dressing, medication administration, admission and discharge of "
              "patients"], prec="year"),
          E("Infection Control Nurse (part time)", "Amaravathi Multispeciality Hospital", "Kovalur", "2023-06", "2024-05",
            "affecting", None, [
              "Auditing hand hygiene and sterilisation records, compiling HAI surveillance data for the committee",
              "Conducting training for ward staff on bundle care"]),
      ]),
      ("h", "PERSONAL DETAILS"),
      ("line", "Date of Birth: 11-04-1994      Languages: Tamil, English, Hindi      Marital Status: Married"),
      ("h", "DECLARATION"),
      ("p", "I hereby declare that the above information is true to the best of my knowledge."),
      ("line", "Place: Kovalur                                              (PRIYA NATARAJAN)"),
  ])

# ------------------------------------------------------------------ w006
R(id="w006", fmt="docx", name="Callum Reid",
  family="Scottish bar and restaurant worker, Word heading styles, right tab-stop dates, pasted duties with '*'",
  layout="docx, styles/title_org, mon / 'Present'",
  variant="styles", hdr="title_org", dpos="head", dates="mon", present="Present", sep=" – ", wrap=0, glyph="* ",
  blocks=[
      ("name", "Callum Reid"),
      ("contact", "Flat 2/1, 33 Mossgiel Street, Kinlochburn KB4 2TT  ·  07700 900 664  ·  callumreid@mailbox.co.uk"),
      ("h", "Profile"),
      ("p", "Friendly, hard-working bartender with seven years in pubs, hotels and a busy city-centre restaurant. "
            "Cocktail trained, cellar trained and happy to work weekends."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Bar Supervisor", "The Thistle & Crown", "Kinlochburn", "2023-03", "present", "facing", "in_person_service", [
              "Run the bar on busy weekend shifts, serving customers and keeping the team of four moving",
              "Cash-up, rotas and staff training on new cocktail menu",
              "Look after the cellar: line cleaning, changing kegs and ordering"]),
          E("Bartender", "Harbour View Hotel", "Portsoy Bay", "2021-04", "2023-02", "facing", "in_person_service", [
              "Served drinks at the hotel bar and at weddings and functions of up to 200 guests"]),
          E("Commis Chef", "Lorne Street Kitchen", "Kinlochburn", "2019-08", "2021-03", "affecting", None, [
              "Worked the larder and pastry sections, prepped for service and kept to HACCP records"]),
          E("Glass Collector", "The Auld Mill", "Kinlochburn", "2018-06", "2019-07", "facing", "in_person_service", [
              ], prose=False),
      ]),
      ("h", "Education"),
      ("p", "Kinlochburn Academy – National 5s in English, Maths, Hospitality (2018)"),
      ("h", "Certificates"),
      ("p", "Scottish Personal Licence (SCPLH) · Elementary Food Hygiene · Cocktail Masterclass (2024)"),
  ])

# ------------------------------------------------------------------ w007
R(id="w007", fmt="html", name="Tanisha Broome",
  family="Job-board profile exported as HTML, Canadian retail and pharmacy, duties pasted with hard line breaks and '?' bullets",
  layout="html, board/title_org, month / 'Present'",
  variant="board", dates="month", present="Present", sep=" - ", wrap=70, glyph="? ",
  html_title="Tanisha Broome - Candidate Profile", html_class="candidate-profile",
  blocks=[
      ("name", "Tanisha Broome"),
      ("contact", "Westhollow, ON · tanisha.broome@mailbox.ca · 905-555-0191"),
      ("h", "About me"),
      ("p", "Pharmacy assistant and former retail supervisor. I am patient, organised and good at explaining "
            "things to customers who are worried or in a hurry."),
      ("h", "Work experience"),
      ("jobs", [
          E("Pharmacy Assistant", "Maplecrest Pharmacy", "Westhollow, ON", "2022-09", "present", "facing",
            "healthcare_care", [
              "Serve patients at the prescription drop-off and pick-up counter, collect payment and explain when "
              "the pharmacist needs to counsel",
              "Enter prescriptions into Kroll, count and package medication for pharmacist check",
              "Call insurers about rejected claims"]),
          E("Dispensary Packer", "Centrafill Pharmacy Services", "Milbrook, ON", "2021-05", "2022-08", "affecting", None, [
              "Packed blister packs for long-term care homes in the central fill facility",
              "Checked labels against the MAR sheets and logged batch numbers"]),
          E("Department Supervisor", "Northway Home Outfitters", "Westhollow, ON", "2018-03", "2021-04", "facing",
            "in_person_service", [
              "Supervised the home and kitchen department, helped customers choose products and resolved returns "
              "at the service desk",
              "Set planograms and ran inventory counts"]),
          E("Volunteer", "Westhollow Food Bank", "Westhollow, ON", "2017-09", "2018-02", "facing", "volunteering", [
              "Welcomed clients at intake and helped them choose items at the distribution table"],
            section="volunteer", etype="volunteer"),
      ]),
      ("h", "Education"),
      ("p", "Pharmacy Assistant Diploma, Lakeshore College of Health, 2021"),
      ("h", "Languages"),
      ("p", "English (native), French (conversational), Jamaican Patois"),
  ])

# ------------------------------------------------------------------ w008
R(id="w008", fmt="rl", name="Adaeze Nwosu",
  family="UK care assistant to receptionist, reportlab with shaded sidebar, caps job titles, ALL-CAPS headings",
  layout="reportlab, sidebar/title_org, mm/yyyy / 'present'",
  variant="sidebar", hdr="title_org", dpos="own", dates="mm/yyyy", present="present", sep=" - ", wrap=62,
  glyph="- ", cont="  ", caps=True,
  side=[("name", "Adaeze Nwosu"), ("contact", "Brockhurst, Kent"), ("contact", "07700 900 402"),
        ("contact", "a.nwosu@mailbox.co.uk"), ("blank",), ("h", "SKILLS"),
        ("line", "Person-centred care"), ("line", "Medication (MAR)"), ("line", "Reception & phones"),
        ("line", "Microsoft Office"), ("blank",), ("h", "LANGUAGES"), ("line", "English, Igbo"),
        ("blank",), ("h", "INTERESTS"), ("line", "Church choir, netball")],
  blocks=[
      ("h", "PROFILE"),
      ("p", "Caring and reliable care assistant looking to move into a GP surgery or clinic reception role. "
            "I have covered the care home's front desk and phones for two years."),
      ("h", "EMPLOYMENT"),
      ("jobs", [
          E("Senior Care Assistant", "Orchard Lodge Care Home", "Brockhurst", "2022-04", "present", "facing",
            "healthcare_care", [
              "Lead a team of four carers on day shifts; personal care, medication rounds and care plan updates",
              "Cover reception two afternoons a week: sign in visitors, take calls from families and book GP "
              "visits"]),
          E("Care Assistant", "Orchard Lodge Care Home", "Brockhurst", "2019-11", "2022-03", "facing",
            "healthcare_care", [
              "Supported residents living with dementia with washing, dressing, meals and activities"]),
          E("Laundry Assistant", "Orchard Lodge Care Home", "Brockhurst", "2019-02", "2019-10", "affecting", None, [
              "Washed, ironed and labelled residents' clothing and linen in the laundry room"]),
          E("Housekeeper", "Brockhurst Travel Inn", "Brockhurst", "2017-06", "2019-01", "affecting", None, [
              "Cleaned and serviced 14-16 rooms a shift after check-out to brand standard"]),
      ]),
      ("h", "QUALIFICATIONS"),
      ("p", "Level 3 Diploma in Adult Care (2023); Care Certificate (2019); GCSEs including English and Maths."),
  ])

# ------------------------------------------------------------------ w009
R(id="w009", fmt="docx", name="Ruben Castellanos",
  family="US HVAC technician, Word with a borderless table per job, tab-lost spacing in skills, dates in the right cell",
  layout="docx, table/org_title, m/yyyy / 'Present'",
  variant="table", hdr="org_title", dpos="head", dates="m/yyyy", present="Present", sep=" – ", wrap=0, glyph="• ",
  blocks=[
      ("name", "RUBEN CASTELLANOS"),
      ("contact", "Port Ellery, TX 77590   |   (409) 555-0156   |   ruben.castellanos@mailbox.net"),
      ("h", "SUMMARY"),
      ("p", "EPA 608 Universal certified HVAC technician, 9 years residential and light commercial."),
      ("h", "WORK HISTORY"),
      ("jobs", [
          E("Residential Service Technician", "Gulfbreeze Heating & Air", "Port Ellery, TX", "2020-04", "present",
            "facing", "other_facing", [
              "Diagnose and repair AC and heat pump systems in customers' homes, 5–7 calls a day",
              "Explain repair options and maintenance plans to homeowners and take payment on the tablet",
              "Top technician for maintenance-plan sign ups 2023"]),
          E("Installer", "Coastal Comfort Mechanical", "Baytown Flats, TX", "2017-02", "2020-03", "none", None, [
              "Installed ductwork, line sets and condensers on new-construction tract homes",
              "Worked from plans with a two-man crew before homes were occupied"]),
          E("Warehouse / Parts Counter", "Allied Supply Co.", "Baytown Flats, TX", "2015-08", "2017-01", "facing",
            "in_person_service", [
              "Pulled parts for contractors at the counter and looked up equipment model numbers for them"]),
      ]),
      ("h", "CERTIFICATIONS"),
      ("p", "EPA 608 Universal   ·   NATE Core   ·   TX ACR Technician License"),
  ])

# ------------------------------------------------------------------ w010
R(id="w010", fmt="txt", name="Sione Taufa",
  family="New Zealand warehouse and retail worker, copy-paste from a PDF with 'ï‚§' bullets, page markers and repeated header",
  layout="txt, plain/orgfirst, yyyy-mm / 'current'",
  hdr="orgfirst", dpos="head", dates="yyyy-mm", present="current", sep=" to ", wrap=68, glyph="ï‚§ ", cont="",
  pad=9, breaks=[30], marker="Page {k} of {n}", duphdr="Sione Taufa | Curriculum Vitae",
  blocks=[
      ("name", "Sione Taufa | Curriculum Vitae"),
      ("contact", "Mangere East, Aotearoa  -  021 555 0148  -  sione.taufa@mailbox.nz"),
      ("blank",),
      ("h", "KEY SKILLS"),
      ("list", ["Forklift (F endorsement)", "RF scanners and WMS", "Customer service", "Team player, reliable"]),
      ("blank",),
      ("h", "WORK HISTORY"),
      ("blank",),
      ("jobs", [
          E("Team Leader - Pick & Pack", "Kiwiline Distribution Ltd", "Otahuhu", "2023-07", "present", "affecting", None, [
              "Lead a team of 12 pickers on the online-orders floor, allocate waves and chase the dispatch cut-off",
              "Check orders for accuracy before they go out to customers; pick accuracy 99.6%"]),
          E("Storeperson", "Kiwiline Distribution Ltd", "Otahuhu", "2021-02", "2023-06", "affecting", None, [
              "Picking, packing and loading courier bags for online orders"]),
          E("Retail Assistant", "Tonga Street Fale Mart", "Mangere East", "2019-01", "2021-01", "facing",
            "in_person_service", [
              "Served customers on the till, restocked the chillers and helped the owner with orders",
              "Spoke Tongan with older customers and explained specials"]),
          E("Trolley Collector", "PakSave Mangere", "Mangere", "2017-11", "2018-12", "affecting", None, [
              "Collected trolleys from the car park and kept the bays clear"]),
      ]),
      ("h", "REFEREES"),
      ("p", "Mele Fifita, Operations Manager, Kiwiline Distribution - 021 555 0190"),
  ])

# ------------------------------------------------------------------ w011
R(id="w011", fmt="fpdf", name="Joanna Wiśniewska",
  family="Irish office administrator, fpdf2 two-column header, 'Title, Employer' line with dates first",
  layout="fpdf2, twocol/datesfirst, mm.yyyy / 'Present'",
  variant="twocol", twocol_n=3, hdr="datesfirst", df_one=True, dates="m.yyyy", present="Present", sep=" – ",
  wrap=86, glyph="• ", cont="  ",
  blocks=[
      ("name", "Joanna Wiśniewska"),
      ("contact", "Ballycarra, Co. Galway"),
      ("contact", "087 555 0133"),
      ("contact", "joanna.w@mailbox.ie"),
      ("h", "WORK EXPERIENCE"),
      ("jobs", [
          E("Office Administrator", "Corrib Property Management", "Galway", "2022-01", "present", "facing",
            "in_person_service", [
              "First point of contact for tenants and owners at reception and on the phone; log maintenance "
              "requests and keep them updated",
              "Raise invoices, chase arrears by email and keep the lettings database up to date"]),
          E("Accounts Assistant", "Heaney & Burke Accountants", "Galway", "2019-09", "2021-12", "affecting", None, [
              "Prepared bookkeeping and VAT returns for about 40 small business clients from their records",
              "Reconciled bank statements and processed payroll for client companies"]),
          E("Data Entry Clerk", "WestMed Insurance", "Ballycarra", "2018-03", "2019-08", "none", None, [
              "Keyed paper claims forms into the system and scanned archive files"]),
          E("Waitress", "The Boathouse Café", "Salthill", "2016-05", "2018-02", "facing", "in_person_service", []),
      ]),
      ("h", "EDUCATION"),
      ("line", "2016 – 2019   Higher Certificate in Business, Galway-Mayo Technological College (part-time)"),
      ("h", "SKILLS"),
      ("line", "Sage 50, Excel (pivot tables, VLOOKUP), Outlook, typing 60 wpm, Polish and English"),
  ])

# ------------------------------------------------------------------ w012
R(id="w012", fmt="docx", name="Lorraine Abernethy",
  family="Australian medical receptionist and practice manager, Word with name and contact in the page header, 'Till date'",
  layout="docx, header/title_org, month / 'Till date'",
  variant="header+tabs", hdr="title_org", dpos="sub", dates="month", present="Till date", sep=" - ", wrap=0,
  glyph="- ", docx_footer="Lorraine Abernethy – Resume",
  blocks=[
      ("name", "LORRAINE ABERNETHY"),
      ("contact", "Wattle Downs QLD 4207 | 0400 555 317 | lorraine.abernethy@mailbox.com.au"),
      ("h", "CAREER OVERVIEW"),
      ("p", "Practice manager with a background in medical reception. Strong on Medicare billing, rostering and "
            "keeping a busy waiting room running on time."),
      ("h", "EMPLOYMENT HISTORY"),
      ("jobs", [
          E("Practice Manager", "Bayview Family Medical Centre", "Wattle Downs QLD", "2021-07", "present", "none", None, [
              "Manage budgets, payroll and rosters for 6 GPs, 3 nurses and 5 reception staff",
              "Lead accreditation against the RACGP standards and maintain policies",
              "Negotiate with suppliers and the landlord"]),
          E("Senior Medical Receptionist", "Bayview Family Medical Centre", "Wattle Downs QLD", "2017-02", "2021-06",
            "facing", "in_person_service", [
              "Booked appointments, greeted patients and processed Medicare and private billing at the front desk",
              "Trained new receptionists"]),
          E("Medical Typist", "Coast Imaging Group", "Southport QLD", "2014-01", "2017-01", "affecting", None, [
              "Typed radiologists' reports from dictation for referring doctors, turnaround under 4 hours"]),
          E("Full-time carer for my mother", None, None, "2012-03", "2013-12", "none", None, [], etype="unknown"),
      ]),
      ("h", "QUALIFICATIONS"),
      ("p", "Certificate IV in Health Administration (2016) · Diploma of Practice Management (2022)"),
      ("h", "REFEREES"),
      ("p", "Available on request"),
  ])

# ------------------------------------------------------------------ w013
R(id="w013", fmt="md", name="Arjun Mehta",
  family="Software developer to IT support, Markdown copied from an ATS preview, h3 titles with '|' lines, 'Now'",
  layout="md, h3/pipe, yyyy-mm / 'Now'",
  md_head="h3", hdr="pipe", dpos="own", dates="yyyy-mm", present="Now", sep=" – ", wrap=76, glyph="- ", cont="  ",
  blocks=[
      ("name", "Arjun Mehta"),
      ("contact", "Leicester Fields, UK · arjun.mehta@mailbox.dev · 07700 900 851"),
      ("h", "Experience"),
      ("jobs", [
          E("Application Support Analyst", "Fernhill Software Ltd", "Leicester Fields", "2023-09", "present", "facing",
            "digital_service", [
              "Second-line support for customers of our practice-management software: troubleshoot tickets, join "
              "screen-shares with clinic staff and walk them through fixes",
              "Reproduce bugs and hand them to development with clear steps; write help-centre articles"]),
          E("Junior Software Developer", "Fernhill Software Ltd", "Leicester Fields", "2021-08", "2023-08", "affecting",
            None, [
              "Built features for the appointment booking module that clinics and their patients use",
              "Fixed defects raised by the support team and wrote unit tests"]),
          E("QA Tester (Contract)", "Bitforge Games", "Remote", "2020-10", "2021-07", "affecting", None, [
              "Manual and exploratory testing of mobile game releases; logged issues in Jira"]),
          E("Part-time Sales Assistant", "Gadget Bay", "Leicester Fields", "2018-09", "2020-06", "facing",
            "in_person_service", [
              "Sold phones and accessories while studying, set up devices for customers"]),
      ]),
      ("h", "Education"),
      ("p", "BSc Computer Science, University of East Midlands, 2021 (2:1)"),
      ("h", "Skills"),
      ("p", "SQL · C# · Zendesk · Jira · Azure DevOps · clear written English"),
  ])

# ------------------------------------------------------------------ w014
R(id="w014", fmt="rl", name="Beatriz Lourenço",
  family="Portuguese-born housekeeping supervisor in the UK, two-page reportlab with page footer, 'Title | Employer | Town' lines",
  layout="reportlab, pages/pipe, MON / 'Current'",
  footer="Beatriz Lourenço CV – page {p} of {n}", scale=1.3, hdr="pipe", dpos="line", dates="MON", present="Current", sep=" - ",
  wrap=74, glyph="• ", cont="  ",
  blocks=[
      ("name", "BEATRIZ LOURENÇO"),
      ("contact", "Flat 7, Regent Court, Marlow Heath, MH2 8LP"),
      ("contact", "07700 900 774 | beatriz.lourenco@mailbox.eu"),
      ("h", "PERSONAL STATEMENT"),
      ("p", "Hard-working housekeeping supervisor with 12 years in 4- and 5-star hotels in Portugal and England. I "
            "take pride in high standards and in training new room attendants. Fluent in Portuguese, Spanish and "
            "English. I am now looking for an assistant head housekeeper position where I can take more "
            "responsibility for stock, budgets and the team. I am available for weekend and holiday work and "
            "hold my own transport."),
      ("blank",),
      ("h", "CAREER HISTORY"),
      ("jobs", [
          E("Housekeeping Supervisor", "The Marlow Heath Grand", "Marlow Heath", "2020-11", "present", "affecting", None, [
              "Supervise 11 room attendants and 2 public-area cleaners, allocate rooms and inspect every room "
              "before it is released to reception",
              "Order linen and chemicals, keep the stock sheets and do the monthly par count",
              "Train new starters on brand standards and the chemical safety sheets",
              "Work with maintenance on snag lists for refurbished floors"]),
          E("Room Attendant", "The Marlow Heath Grand", "Marlow Heath", "2018-04", "2020-10", "affecting", None, [
              "Cleaned departures and stay-overs, 15 rooms a shift, restocked minibars and amenities"]),
          E("Guest Relations Assistant", "Hotel Atlântico Mar", "Albufeira", "2015-05", "2018-02", "facing",
            "in_person_service", [
              "Welcomed VIP and repeat guests, arranged excursions and restaurant bookings and handled complaints "
              "in four languages",
              "Helped reception with check-in at busy changeover days"]),
          E("Chambermaid (seasonal)", "Hotel Atlântico Mar", "Albufeira", "2012-05", "2014-10", "affecting", None, []),
          E("Waitress", "Pastelaria Flor do Sal", "Lagos", "2010-06", "2012-04", "facing", "in_person_service", [
              "Served coffee, pastries and light lunches on a busy terrace"]),
      ]),
      ("h", "EDUCATION AND TRAINING"),
      ("p", "Curso Profissional de Turismo, Escola Profissional de Lagos (2010). COSHH Awareness (2021). "
            "Level 2 Food Safety (2019). Supervising a Team, Marlow Heath Grand in-house course (2022)."),
      ("h", "LANGUAGES"),
      ("p", "Portuguese (native), Spanish (fluent), English (fluent), French (basic)"),
      ("h", "INTERESTS"),
      ("p", "Walking, baking, volunteering at the church summer fair."),
      ("h", "REFERENCES"),
      ("p", "Mrs. Helen Garside, Executive Housekeeper, The Marlow Heath Grand – details on request."),
  ])

# ------------------------------------------------------------------ w015
R(id="w015", fmt="docx", name="Tyrone Bascombe",
  family="Trades to facilities, Word layout table with shaded sidebar, 'Title – Employer, Town' lines, season and year dates",
  layout="docx, sidebar/dash, year+season / 'Present'",
  variant="sidebar", hdr="dash", dpos="head", dates="year", present="Present", sep=" – ", wrap=0, glyph="• ",
  side=[("name", "Tyrone Bascombe"), ("contact", "Fernvale, GA"), ("contact", "(470) 555-0168"),
        ("contact", "t.bascombe@mailbox.net"), ("blank",), ("h", "LICENSES"), ("line", "GA Journeyman Plumber"),
        ("line", "OSHA 30"), ("blank",), ("h", "SKILLS"), ("line", "Plumbing & drain"), ("line", "Boilers"),
        ("line", "Work orders (CMMS)"), ("line", "Spanish – basic")],
  blocks=[
      ("h", "OBJECTIVE"),
      ("p", "Licensed plumber looking for a maintenance technician role with steady hours."),
      ("h", "EXPERIENCE"),
      ("jobs", [
          E("Maintenance Technician", "Pinecrest Apartments", "Fernvale, GA", "2021-01", "present", "facing",
            "other_facing", [
              "Complete residents' work orders in occupied apartments, explain what was fixed and schedule "
              "follow-ups with them",
              "Turn vacant units between leases and keep the boiler room and pool equipment running"],
            prec="year"),
          E("Plumber", "Bascombe Plumbing LLC", "Fernvale, GA", "2015-01", "2020-12", "facing",
            "entrepreneurial_freelance", [
              "Ran my own small plumbing business: quoted jobs for homeowners, did the work and billed them"],
            etype="freelance", prec="year"),
          E("Plumber's Apprentice", "Southern Mechanical Contractors", "Atlanta, GA", "2011-01", "2014-12", "none",
            None, ["Rough-in plumbing on commercial new-build sites under a journeyman"], etype="internship",
            prec="year"),
          E("Summer Laborer", "Fernvale Parks Department", "Fernvale, GA", "2010-06", "2010-08", "none", None, [
              "Mowing, litter pick and fence repair"], dt="Summer 2010"),
      ]),
      ("h", "EDUCATION"),
      ("p", "Fernvale High School, 2010. Plumbing Technology certificate, Chattahoochee Ridge Technical College, 2012."),
  ])
