"""wild133 resumes w016-w030 (all people and organisations invented)."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file="w016.docx", render="docx", layout="plain", hstyle="h1", title_style="Heading 3", glyph="list",
    name_title_style=True, dates="month", sep=" – ", present="Present", order="title_org", size=10.5,
    family="Southampton psychology graduate with part-time retail and hospitality, Word heading styles",
    layout_code="styles/title_org", date_code="month / 'Present'",
    name="Ellie Marchant",
    contact=["Portswood, Southampton SO17 · 07700 900931 · ellie.marchant@solentpost-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Recent Psychology graduate who has worked in shops and cafés since I was 16. I'm a good listener, "
         "I stay positive with difficult customers and I pick up new systems quickly."),
        ("Key Skills", "bullets", ["Customer care in busy retail", "Sales targets", "Cash handling",
                                   "Active listening", "Microsoft Office and Google Workspace"]),
        ("Work Experience", "jobs", [
            E("Sales Advisor", "ConnectPoint Mobile", "Southampton", "2024-11", "present", "facing",
              "in_person_service", [
                  "Help customers choose handsets and airtime plans, hitting monthly connection targets",
                  "Set up new phones and move data across in store"]),
            E("Christmas Temp – Sales Assistant", "Bargate Toys & Games", "Southampton", "2023-11", "2024-01",
              "facing", "in_person_service", ["Worked the tills during the Christmas peak",
                                              "Gift wrapping and refilling shelves"]),
            E("Waitress", "The Old Mill Tearooms", "Romsey", "2022-04", "2023-09", "facing", "in_person_service", [
                "Took orders and served afternoon teas to groups of up to 30"]),
        ]),
        ("Volunteering", "jobs", [
            E("Student Peer Mentor", "Solent Bay University Students' Union", "Southampton", "2024-09", "2025-06",
              "facing", "volunteering", [
                  "Met a group of six first-years every fortnight to help them settle in and signpost support"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", [
            ("BSc (Hons) Psychology – Solent Bay University (2:1)", "September 2023 – June 2026"),
            ("A Levels – Psychology, Biology, English – Barton Peveril Sixth Form", "2020 – 2022"),
        ]),
        ("References", "para", "References available on request."),
    ]))

# ------------------------------------------------------------------ w017
_ecr = "Edgbaston Community Hospital"
R.append(dict(
    file="w017.txt", render="txt", hstyle="underline", uline="-", glyph="-", txt_right="tab", wrap=78,
    dates="mm/yyyy", sep=" – ", present="Present", order="dash", joiner=" - ",
    family="Birmingham support worker, plain text hard-wrapped at 78 columns, 'Title - Employer, Town' TAB dates",
    layout_code="plain/dash", date_code="mm/yyyy / 'Present'",
    name="Blessing Adeyemi",
    contact=["Handsworth, Birmingham B21", "07700 900610", "blessing.adeyemi@midlandspost-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Caring and dependable support worker with six years in health and social care. I treat everyone I "
         "support with dignity and respect and I'm confident communicating with families, nurses and social "
         "workers. Looking for a patient-facing customer service or care coordinator role."),
        ("Employment History", "jobs", [
            E("Support Worker", "Harbour Lights Supported Living", "Birmingham", "2023-03", "present", "facing",
              "healthcare_care", [
                  "Support adults with learning disabilities in their own tenancies with cooking, budgeting and "
                  "getting out into the community",
                  "Administer medication and write daily notes and incident reports"]),
            E("Healthcare Assistant (Bank)", _ecr, "Birmingham", "2021-05", "2023-02", "facing", "healthcare_care", [
                "Personal care, observations and mealtime support on the elderly care wards"]),
            E("Domestic Assistant", _ecr, "Birmingham", "2020-01", "2021-04", "facing", "in_person_service", [
                "Cleaned wards, bays and bathrooms to the national cleaning standards",
                "Served meals and drinks to patients at mealtimes and helped them choose from the menu"]),
            E("Befriending Volunteer", "Moseley Good Neighbours", None, "2019-02", "2020-12", "facing",
              "volunteering", ["Weekly home visit and phone call to an isolated older gentleman"],
              section="volunteer", etype="volunteer"),
            E("Office Cleaner (part-time)", "Sparkle Office Services", "Birmingham", "2018-04", "2019-12", "none",
              None, ["Evening cleaning of empty office floors in the city centre"]),
        ]),
        ("Qualifications", "bullets", ["Level 3 Diploma in Adult Care (2024)", "The Care Certificate (2020)",
                                       "Safe Handling of Medicines (2023)"]),
        ("References", "para", "Available on request."),
    ]))

# ------------------------------------------------------------------ w018
_nwc = "Northwest Credit Solutions"
R.append(dict(
    file="w018.pdf", render="fpdf", layout="left", font="dejavu", size=9.5, hstyle="plain", glyph="●",
    accent=(0, 90, 100), dates="mon", sep=" to ", present="Present", order="dateline",
    family="Derry call-centre agent, fpdf2 left-aligned header, title, employer and dates each on their own line",
    layout_code="left/dateline", date_code="mon / 'to' / 'Present'",
    name="Shannon McLaughlin",
    contact=["Waterside, Derry~Londonderry BT47", "07700 900377 | shannon.mcl@foylepost-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Customer service agent with five years in contact centres (telecoms and collections). I'm good at "
         "calming people down, I know my way around a CRM and I hit my targets without rushing customers."),
        ("Key Skills", "bullets", ["Inbound and outbound calls", "Live chat", "Payment arrangements",
                                   "Vulnerable customers", "Microsoft Dynamics"]),
        ("Employment History", "jobs", [
            E("Customer Service Agent", "Foyle Telecom Services", "Derry~Londonderry", "2022-08", "present", "facing",
              "contact_center", [
                  "Inbound calls and live chat for broadband and TV customers: billing, faults and moving home",
                  "Book engineer visits and arrange credits within policy",
                  "Top agent for first-contact resolution in Q2 2025"]),
            E("Collections Agent", _nwc, "Derry", "2021-01", "2022-07", "facing", "contact_center", [
                "Outbound calls to customers in arrears to agree payment plans, following vulnerable-customer guidance"]),
            E("Back Office Administrator", _nwc, "Derry", "2020-03", "2020-12", "affecting", None, [
                "Allocated payments, processed returned post and updated account notes"]),
            E("Bar Staff", "The Walled City Tavern", "Derry", "2019-06", "2019-08", "facing", "in_person_service", [
                "Summer job before college"]),
        ]),
        ("Education", "lines", [("Level 3 Extended Diploma in Business – Waterside College of Further Education",
                                 "2018 – 2020")]),
        ("References", "para", "Available on request"),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    file="w019.docx", render="docx", layout="plain", hstyle="border", glyph="•", job_table=True,
    dates="mon", sep=" – ", present="Present", order="title_org", size=10.5, dfont="Georgia",
    family="Brighton restaurant manager, Word CV with a borderless table per job, bullets beneath",
    layout_code="table/title_org", date_code="mon / 'Present'",
    name="Marco Rinaldi",
    contact=["Hove, East Sussex BN3", "07700 900154 · marco.rinaldi@sussexpost-mail.co.uk"],
    blocks=[
        ("Career Profile", "para",
         "Front-of-house manager with fourteen years in restaurants, who started out in the kitchen. I know what "
         "makes a guest come back and I build teams who care about it. Personal licence holder."),
        ("Career History", "jobs", [
            E("Restaurant Manager", "Shoreline Kitchen & Bar", "Brighton", "2021-06", "present", "facing",
              "in_person_service", [
                  "Run front of house for a 140-cover seafront restaurant",
                  "Work the floor every service, greet regulars and deal with complaints at the table",
                  "Weekly stock orders; labour cost held under 28%"]),
            E("Assistant Restaurant Manager", "Pavilion Grill", "Brighton", "2018-03", "2021-05", "facing",
              "in_person_service", ["Managed the floor team on busy weekends and took large-party bookings"]),
            E("Head Waiter", "Trattoria Da Nino", "Hove", "2015-09", "2018-02", "facing", "in_person_service", []),
            E("Chef de Partie", "The Lanes Brasserie", "Brighton", "2012-01", "2015-08", "affecting", None, [
                "Ran the grill section", "Prep, ordering and stock rotation for my section"]),
        ]),
        ("Qualifications", "bullets", ["Award for Personal Licence Holders (APLH), 2019",
                                       "WSET Level 2 Award in Wines, 2017", "Level 3 Food Safety, 2021"]),
        ("References", "para", "References on request."),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020.md", render="md", md_rows="h3", glyph="*", dates="iso", sep=" – ", present="present",
    order="title_org",
    family="Reading IT service desk analyst, Markdown CV with h3 title lines and ISO dates",
    layout_code="h3/title_org", date_code="iso / 'present'",
    name="Seun Bakare",
    contact=["Reading, Berkshire", "07700 900722", "seun.bakare@thamespost-mail.co.uk", "github.com/seun-example"],
    blocks=[
        ("Profile", "para",
         "Service desk analyst who likes fixing things for people. Three years supporting staff and small-business "
         "clients, with a retail repair-shop background."),
        ("Technical Skills", "inline", ["ServiceNow", "Microsoft 365 admin", "Intune", "Active Directory",
                                        "Windows 11", "Networking basics"]),
        ("Work History", "jobs", [
            E("IT Service Desk Analyst", "Thames Valley Housing Group", "Reading", "2023-01", "present", "facing",
              "internal_support", [
                  "First-line support for 900 staff by phone, Teams and ServiceNow tickets",
                  "Password resets, MFA, laptop builds and new-starter set-ups",
                  "Write knowledge-base articles for common fixes"]),
            E("Desktop Support Technician (Apprentice)", "Kennet Solutions Ltd", "Reading", "2021-09", "2022-12",
              "facing", "other_facing", [
                  "Visited client offices to fix PCs and printers and set up new users",
                  "Logged and updated tickets for the managed-service desk"], etype="internship"),
            E("Phone Repair Technician", "QuickFix Phone Repairs", "Reading", "2020-02", "2021-08", "facing",
              "in_person_service", ["Booked in repairs at the counter and explained quotes to customers",
                                    "Replaced screens, batteries and charging ports"]),
            E("Digital Champion (volunteer)", "Caversham Community Library", "Reading", "2022-03", "2023-06",
              "facing", "volunteering", ["Helped older residents get online: email, the NHS App and video calls"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Certifications", "bullets", ["CompTIA A+ (2022)", "ITIL 4 Foundation (2023)"]),
        ("Education", "lines", [("Level 3 IT Solutions Technician Apprenticeship – Thames Valley College", "2021 – 2022"),
                                ("A Levels – Computer Science, Maths, Physics", "2018 – 2020")]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    file="w021.pdf", render="rl", layout="plain", font="times", size=10.5, hstyle="rule", glyph="•",
    left_head=True, dates="month", sep=" – ", present="Present", order="title_org",
    family="Hampshire ex-soldier in security, reportlab single column, Times, military service and first responder",
    layout_code="plain/title_org", date_code="month / 'Present'",
    name="Lee Harding",
    contact=["Farnborough, Hampshire GU14  |  07700 900288  |  lee.harding@hantspost-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Former Royal Logistic Corps driver, now a security officer on a busy business park front desk. "
         "Disciplined, calm and good with people. Looking to move into a customer service or facilities help-desk role."),
        ("Employment History", "jobs", [
            E("Security Officer", "Sentinel Guarding Services", "Farnborough", "2022-02", "present", "facing",
              "in_person_service", [
                  "Front-of-house security and reception on a business park: signing in visitors and contractors and issuing passes",
                  "CCTV monitoring and site patrols", "Site first aider"]),
            E("Warehouse Team Leader", "Blackwater Valley Logistics", "Camberley", "2018-05", "2022-01", "affecting",
              None, ["Led a shift of 12 pickers on UK orders for an online fashion retailer",
                     "Managed returns processing and hit daily dispatch cut-offs"]),
            E("Lance Corporal (Driver)", "British Army – Royal Logistic Corps", None, "2011-09", "2018-04",
              "affecting", None, [
                  "Drove heavy goods vehicles (Cat C) delivering supplies and equipment to units in the UK and Germany",
                  "Responsible for the maintenance of a fleet of eight vehicles"], etype="military"),
        ]),
        ("Volunteering", "jobs", [
            E("Community First Responder", "Hart District First Responders", None, "2019-06", "present", "facing",
              "volunteering", ["Attend 999 calls in my village to give first aid until the ambulance arrives"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Licences & Certificates", "bullets", ["SIA Door Supervisor licence (2022)", "Cat C+E driving licence",
                                                "First Aid at Work (renewed 2025)"]),
        ("References", "para", "Available on request."),
    ]))

# ------------------------------------------------------------------ w022
_ssb = "Shannonside Bank"
R.append(dict(
    file="w022.txt", render="txt", hstyle="plain", hcase="upper", glyph="o", txt_right="pad", padcol=58,
    orgcaps=True, dates="mon", sep=" - ", present="Present", order="orgfirst", crlf=True,
    family="Limerick returner, plain text with CRLF, capital headings, employer in capitals with roles beneath",
    layout_code="plain/orgfirst", date_code="mon / 'Present'",
    name="Bernadette Walsh",
    contact=["Castletroy, Limerick", "Phone: 087 555 0128", "Email: bernie.walsh@shannonpost-mail.ie"],
    blocks=[
        ("Personal Profile", "para",
         "Back at work after time at home with my family, with banking and pharmacy experience behind me. "
         "Friendly, trustworthy and organised."),
        ("Work History", "jobs", [
            E("Pharmacy Sales Assistant", "McMahon's Pharmacy", "Limerick", "2023-02", "present", "facing",
              "in_person_service", [
                  "Advising customers on skincare and over-the-counter products",
                  "Taking in prescriptions and handing out medication once the pharmacist has checked it"]),
            E("Career Break", None, None, "2014-09", "2023-01", "none", None,
              ["Time at home raising my three children"], etype="unknown"),
            E("Mortgage Administrator", _ssb, "Limerick", "2009-03", "2014-08", "affecting", None, [
                "Prepared loan offer packs and checked documents before drawdown",
                "Liaised with solicitors on title queries"]),
            E("Bank Official (Cashier)", _ssb, "Limerick", "2005-06", "2009-02", "facing", "in_person_service", [
                "Cash and foreign exchange at the counter",
                "Opened accounts for new customers"]),
        ]),
        ("Education", "lines", [
            "QQI Level 5 Certificate in Retail Pharmacy Assisting - 2023",
            "Leaving Certificate - St Mary's Secondary School, Limerick - 2004",
        ]),
        ("References", "para", "References available on request"),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023.docx", render="docx", layout="sidebar", side=("Key Skills", "Education", "Languages"),
    side_in=2.1, side_hex="F2E6DA", hstyle="bold", glyph="•", job_table=True, hcase="upper",
    dates="mon", sep="–", present="Present", order="title_org", size=10, dfont="Calibri",
    tagline="Hospitality student – available evenings & weekends",
    family="Dublin hospitality student, Word shaded sidebar with a nested table per job, prose and bullets",
    layout_code="sidebar/table", date_code="mon / 'Present'",
    name="Finn Doyle",
    contact=["Rathmines, Dublin 6", "089 555 0176", "finn.doyle@liffeypost-mail.ie"],
    blocks=[
        ("Key Skills", "bullets", ["Barista & latte art", "Table service", "Till & cash-up", "Events and crowds"]),
        ("Education", "lines", ["BA Culinary Entrepreneurship (Year 2), Dublin City College of Hospitality, 2024 – 2028",
                                "Leaving Cert 2021"]),
        ("Languages", "para", "English, Irish, some Spanish"),
        ("Profile", "para",
         "Second-year hospitality student with four years in cafés, restaurants and events. Looking for part-time "
         "customer-facing work around college."),
        ("Experience", "jobs", [
            E("Barista", "Bean There Coffee", "Rathmines", "2024-09", "present", "facing", "in_person_service", [
                "Making coffee and serving customers through the morning rush in a busy neighbourhood café.",
                "I also open up two mornings a week and do the cash-up."], prose=True),
            E("Waitress", "The Grand Canal Bistro", "Dublin 4", "2023-05", "2024-08", "facing", "in_person_service", [
                "Looked after a section of 8 tables at lunch and dinner",
                "Explained the menu and allergens to guests"]),
            E("Events Staff (casual)", "Liberty Events Staffing", "Dublin", "2022-06", "2023-04", "facing",
              "in_person_service", ["Worked concerts and rugby matches: bar service, ticket scanning and stewarding"]),
            E("Festival Volunteer", "Liberties Arts Festival", "Dublin 8", "2022-09", "2022-09", "facing",
              "volunteering", ["Box office and front-of-house volunteer for the ten-day festival"],
              section="volunteer", etype="volunteer", date_text="Sept 2022"),
            E("Kitchen Assistant", "Slice of Life Pizza", "Dublin 6", "2021-10", "2022-05", "affecting", None, []),
        ]),
        ("References", "para", "Available on request"),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024.html", render="html", html_style="word", dates="mon", sep=" - ", present="Present",
    order="title_org",
    family="Manchester agency temp, Word CV saved as a web page (MsoNormal paragraphs, layout tables for dates)",
    layout_code="html-word/title_org", date_code="mon / 'Present'",
    name="Joanne Whitworth",
    contact=["Chorlton, Manchester M21", "07700 900840", "jo.whitworth@mancpost-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Adaptable temp with seven years of reception, admin, contact-centre and events work through agencies. "
         "I settle in fast, learn new systems quickly and I'm happy on the front line."),
        ("Key Skills", "inline", ["Reception & switchboard", "Inbound calls", "Data entry", "Event stewarding",
                                  "Microsoft Office"]),
        ("Employment History", "jobs", [
            E("Receptionist (temporary, via Castlefield Recruitment)", "Pennine Water Engineering Ltd", "Salford",
              "2025-05", "present", "facing", "in_person_service", [
                  "Cover main reception: greeting visitors, running the switchboard and booking meeting rooms"]),
            E("Customer Service Adviser (temp)", "Irwell Home Insurance", "Manchester", "2024-09", "2025-04",
              "facing", "contact_center", [
                  "Took inbound calls during the winter claims peak and recorded first notification of loss"]),
            E("Post Room Assistant", "Deansgate Legal LLP", "Manchester", "2023-11", "2024-08", "affecting", None, [
                "Sorted and distributed incoming post to 200 staff, franked outgoing mail and booked couriers"]),
            E("Events Steward (casual)", "Northern Stadium Events", "Manchester", "2022-05", "2023-10", "facing",
              "other_facing", ["Checked tickets and directed spectators at football matches and concerts",
                               "Dealt with lost children and called first aid when needed"]),
            E("Admin Assistant", "Oldham Road Motors", "Manchester", "2019-03", "2022-04", "facing",
              "in_person_service", ["Processed vehicle registrations and finance paperwork",
                                    "Greeted customers collecting new cars and made them a drink while they waited"]),
        ]),
        ("Education", "lines", [("Level 2 Certificate in Business Administration – Trafford College", "2018 - 2019")]),
        ("References", "para", "References available on request."),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    file="w025.pdf", render="fpdf", layout="centred", font="dejavu", size=9.5, hstyle="shade", glyph="-",
    dates="mon", sep=" – ", present="Present", order="title_org",
    family="Glasgow graduate in live-chat support, fpdf2 centred header, 'Relevant' and 'Other Experience' sections",
    layout_code="centred/title_org", date_code="mon / 'Present'",
    name="Euan Ritchie",
    contact=["Partick, Glasgow G11 · 07700 900519 · euan.ritchie@clydepost-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Sociology graduate working in live-chat customer support for an energy supplier. Quick and clear in "
         "writing, comfortable juggling several chats at once and interested in digital customer experience."),
        ("Relevant Experience", "jobs", [
            E("Live Chat Adviser", "Kelvin Energy Direct", "Glasgow", "2024-07", "present", "facing", "digital_service", [
                "Handle three or four live chats at once on Zendesk: billing, smart meters and moving home",
                "Reply to customers' social media messages and escalate complaints"]),
            E("Social Media Assistant (internship)", "Merchant City Marketing", "Glasgow", "2023-06", "2023-08",
              "affecting", None, ["Drafted posts and scheduled content for three client brands"],
              etype="internship", date_text="Summer 2023"),
        ]),
        ("Other Experience", "jobs", [
            E("Sales Assistant", "West End Bookshop", "Glasgow", "2020-10", "2024-06", "facing", "in_person_service", [
                "Served customers, ordered books in for them and ran the till on Saturdays"]),
            E("Research Assistant (part-time)", "University of Strathkelvin", "Glasgow", "2023-01", "2023-05", "none",
              None, ["Coded interview transcripts in NVivo for a housing study"], section="other"),
        ]),
        ("Education", "lines", [("MA (Hons) Sociology – University of Strathkelvin", "2020 – 2024")]),
        ("References", "para", "Available on request."),
    ]))

# ------------------------------------------------------------------ w026
_kdl = "Kingsdown Leisure Centre"
R.append(dict(
    file="w026.docx", render="docx", layout="header", hstyle="h1", glyph="–",
    docx_footer="Carly Mundy CV – references available on request",
    dates="sept", sep=" - ", present="Present", order="title_org", size=10.5, dfont="Calibri",
    family="Swindon leisure-centre receptionist and swimming teacher, contact in Word page header, footer",
    layout_code="header/title_org", date_code="sept / 'Present'",
    name="Carly Mundy",
    contact=["Stratton St Margaret, Swindon SN3", "07700 900663", "carly.mundy@wiltspost-mail.co.uk"],
    blocks=[
        ("Personal Profile", "para",
         "Leisure centre receptionist and swimming teacher who loves helping people get active. Confident selling "
         "memberships, handling complaints and keeping parents in the loop."),
        ("Key Skills", "bullets", ["Membership sales and retention", "Booking systems (Legend)", "Teaching children",
                                   "Pool safety and first aid"]),
        ("Employment", "jobs", [
            E("Leisure Centre Receptionist", _kdl, "Swindon", "2021-10", "present", "facing", "in_person_service", [
                "Welcome members and visitors, sell memberships and book classes",
                "Take payments and deal with membership queries, freezes and cancellations"]),
            E("Swimming Teacher (part-time)", _kdl, "Swindon", "2019-04", "present", "facing", "education", [
                "Teach Stage 1–7 group lessons to children on weekday evenings",
                "Give parents feedback on progress and badges"]),
            E("Lifeguard", "Coate Water Lido", "Swindon", "2017-05", "2019-09", "facing", "other_facing", [
                "Poolside supervision and rescue cover for public sessions"]),
            E("Cleaner", "Brightwell Cleaning Co.", "Swindon", "2016-01", "2017-04", "none", None, [
                "Early-morning cleaning of industrial units and offices before staff arrived"]),
        ]),
        ("Qualifications", "lines", [("STA Level 2 Swimming Teacher", "2019"), ("NPLQ (renewed)", "2025"),
                                     ("Commonweal School – GCSEs", "2011 - 2016")]),
    ]))

# ------------------------------------------------------------------ w027
_tc = "Trentham Ceramics Ltd"
R.append(dict(
    file="w027.txt", render="txt", hstyle="underline", uline="~", glyph="-", txt_right="before",
    dates="mon", sep=" - ", present="Present", order="dash", joiner=", ",
    family="Stoke factory team leader turned private hire driver, plain text with dates before the title, year-only older jobs",
    layout_code="plain/dates-first", date_code="mon and year / 'Present'",
    name="Gary Bould",
    contact=["Meir, Stoke-on-Trent ST3", "07700 900095", "garybould67@potteriesmail.co.uk"],
    blocks=[
        ("Profile", "para",
         "After 21 years in the pottery industry I've spent the last few years driving private hire, and found "
         "out I'm at my best dealing with the public. Looking for a customer service role, days or evenings."),
        ("Employment History", "jobs", [
            E("Private Hire Driver", "Potteries Private Hire", "Stoke-on-Trent", "2021-03", "present", "facing",
              "in_person_service", [
                  "Airport runs, school contracts and regular elderly passengers to hospital appointments",
                  "Help passengers with luggage, wheelchairs and walking frames"], etype="freelance"),
            E("Food Bank Volunteer", "Hanley Community Food Bank", "Hanley", "2020-04", "2021-02", "facing",
              "volunteering", ["Delivered food parcels to shielding households during lockdown and checked in "
                               "with them on the doorstep"], section="volunteer", etype="volunteer"),
            E("Production Team Leader", _tc, "Stoke-on-Trent", "2008", "2020", "none", None, [
                "Led a team of 10 on the glazing line", "Health and safety audits and training new operatives"]),
            E("Kiln Operator", _tc, "Stoke-on-Trent", "1999", "2007", "none", None, []),
        ]),
        ("Education and Training", "lines", [
            "City & Guilds Ceramics Technology - Stoke-on-Trent College, 1997 - 1999",
            "Level 2 Award in Health and Safety in the Workplace, 2015",
            "Private hire licence - Stoke-on-Trent City Council, 2021",
        ]),
        ("References", "para", "Available on request"),
    ]))

# ------------------------------------------------------------------ w028
_wvdc = "Weald Valley District Council"
_gha = "Greensand Housing Association"
R.append(dict(
    file="w028.pdf", render="rl", layout="twocol", font="helv", size=10, hstyle="shade", glyph="•",
    accent=(0.1, 0.2, 0.45), dates="month", sep=" to ", present="to date", order="org_title",
    footer="Page {n} of {N}", tagline="Customer Services Officer",
    family="Kent council customer services officer, 2-page reportlab CV with two-column header and 'Page n of N' footer",
    layout_code="twocol/org_title", date_code="month / 'to date'",
    name="Patricia Okoro",
    contact=["Maidstone, Kent ME15", "07700 900902", "patricia.okoro@kentpost-mail.co.uk", "Full UK driving licence"],
    blocks=[
        ("Personal Profile", "para", [
            "Local government customer services officer with more than fifteen years of public-facing work in "
            "councils, social housing and the advice sector. I know how stressful it can be to deal with the "
            "council, and I make sure every resident leaves with an answer or a clear next step.",
            "I am applying for senior customer service roles where I can share what I have learnt about handling "
            "complex and sensitive enquiries, coaching newer colleagues and improving the way services are delivered."]),
        ("Key Skills", "bullets", [
            "Face-to-face and telephone enquiries, including residents in crisis",
            "Council tax, housing benefit and waste services knowledge",
            "Safeguarding awareness and appropriate referrals",
            "Northgate, Civica and Microsoft 365",
            "Coaching new starters and writing scripts and guidance",
            "Complaints handling under the council's two-stage policy"]),
        ("Career History", "jobs", [
            E("Customer Services Officer", _wvdc, "Maidstone", "2019-03", "present", "facing", "in_person_service", [
                "Face-to-face enquiries at the council's contact point: council tax, benefits, bins and parking permits",
                "Take calls transferred from the contact centre on complex cases",
                "Help residents complete online forms at the self-service kiosks",
                "Buddy and coach new starters through their first three months"]),
            E("Revenues Officer", _wvdc, "Maidstone", "2016-07", "2019-02", "affecting", None, [
                "Processed council tax account changes, discounts and exemptions",
                "Prepared cases for liability order hearings at the magistrates' court"]),
            E("Housing Support Assistant", _gha, "Tonbridge", "2013-01", "2016-06", "facing", "other_facing", [
                "Visited tenants at home to sign up new tenancies and check they were managing",
                "Referred tenants to debt advice and support services"]),
            E("Administrative Assistant", _gha, "Tonbridge", "2010-09", "2012-12", "none", None, [
                "Minute-taking for board meetings, filing and ordering stationery",
                "Kept the staff training matrix up to date"]),
            E("Volunteer Adviser", "Weald Advice Centre", "Maidstone", "2008-01", "2010-08", "facing",
              "volunteering", ["Gave drop-in advice on benefits and debt two days a week"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education and Training", "lines", [
            ("Foundation Degree in Public Services – Mid Kent College", "2006 to 2008"),
            ("Level 3 Certificate in Advice and Guidance", "2010"),
            ("Safeguarding Adults (Level 2) – Weald Valley District Council", "2023"),
        ]),
        ("Interests", "para", "Choir, allotment, church youth club."),
        ("References", "para", "Referees can be provided on request."),
    ]))

# ------------------------------------------------------------------ w029
_wgh = "Westair Ground Handling"
R.append(dict(
    file="w029.docx", render="docx", layout="twohead", hstyle="border", glyph="list",
    dates="mon", sep=" – ", present="Present", order="dash", joiner=" – ", size=10.5, dfont="Calibri",
    tagline="Cabin Crew Member",
    family="Bristol cabin crew member, Word two-column header table, 'Title – Employer, Place' with tab-stop dates",
    layout_code="twohead/dash", date_code="mon / 'Present'",
    name="Hannah Cole",
    contact=["Bedminster, Bristol BS3", "07700 900236", "hannah.cole@westcountry-mail.co.uk"],
    blocks=[
        ("Profile", "para",
         "Cabin crew member with a ground-handling and travel-agency background, looking to return to a "
         "ground-based customer service role. Safety-minded, warm and unflappable with delays and disruption."),
        ("Experience", "jobs", [
            E("Cabin Crew Member", "Skylark Airways", "Bristol Airport", "2023-03", "present", "facing",
              "in_person_service", ["Safety demonstrations, cabin checks and inflight service on short-haul routes",
                                    "Looked after passengers needing special assistance and handled onboard complaints"]),
            E("Check-in Agent", _wgh, "Bristol Airport", "2021-05", "2023-02", "facing", "in_person_service", [
                "Checked in passengers and bags, rebooked missed connections and dealt with disruption at the desk"]),
            E("Travel Consultant", "Sunseekers Travel", "Clifton", "2018-09", "2021-04", "facing", "sales_account", [
                "Sold package holidays and cruises face to face and over the phone, 115% of sales target",
                "Looked after a book of repeat clients"]),
            E("Baggage Handler", _wgh, "Bristol Airport", "2017-05", "2018-08", "affecting", None, [
                "Loaded and unloaded hold baggage and cargo airside"]),
        ]),
        ("Training", "bullets", ["Level 2 Award in Air Cabin Crew (2020)", "Skylark Airways initial crew training (2023)"]),
        ("Education", "lines", [("Bedminster Down School – GCSEs incl. French and Spanish", "2010 – 2015")]),
        ("References", "para", "References available on request."),
    ]))

# ------------------------------------------------------------------ w030
_rvp = "Riverside Pharmacy"
R.append(dict(
    file="w030.pdf", render="rl", layout="plain", font="dejavu", size=9.5, hstyle="plain", glyph="◦",
    left_head=True, dates="mm/yyyy", sep=" – ", present="Current", order="org_title", accent=(0.0, 0.3, 0.45),
    family="Exeter optical assistant, reportlab left-aligned header, employer line first with dates, title below",
    layout_code="plain/org_title", date_code="mm/yyyy / 'Current'",
    name="Holly Bennett",
    contact=["Heavitree, Exeter EX1 · 07700 900417", "holly.bennett@devonpost-mail.co.uk"],
    blocks=[
        ("Profile", "para",
         "Optical assistant with pharmacy experience, used to talking patients through their options and "
         "explaining things simply. Looking for a patient services or customer service role in healthcare."),
        ("Experience", "jobs", [
            E("Optical Assistant", "Clearview Opticians", "Exeter", "2022-09", "present", "facing",
              "in_person_service", [
                  "Greet patients, pre-screen with the autorefractor and tonometer and book eye tests",
                  "Help patients choose frames and take fitting measurements",
                  "Adjust and repair glasses while customers wait"]),
            E("Dispensary Assistant", _rvp, "Exeter", "2020-02", "2022-08", "affecting", None, [
                "Assembled prescriptions in the dispensary for the pharmacist to check",
                "Ordered stock and kept the controlled-drugs register"]),
            E("Sales Assistant", _rvp, "Exeter", "2018-07", "2020-01", "facing", "in_person_service", [
                "Counter sales and handing out prescriptions"]),
            E("Hospital Radio Volunteer", "Wonford Hospital Radio", "Exeter", "2017-01", "2019-12", "facing",
              "volunteering", ["Went round the wards collecting song requests from patients and presented a Sunday show"],
              section="volunteer", etype="volunteer"),
            E("Fruit Picker", "Haldon Farm", "Kenn", "2016-06", "2016-08", "none", None, [],
              date_text="Summer 2016"),
        ]),
        ("Qualifications", "lines", [("ABDO Level 2 Certificate for Optical Assistants", "2023"),
                                     ("Level 2 Pharmacy Services Assistant", "2019"),
                                     ("Exeter College – A Levels: Biology, Chemistry, Sociology", "2015 – 2017")]),
        ("References", "para", "Available on request"),
    ]))
