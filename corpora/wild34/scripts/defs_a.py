"""wild34 résumés w001–w015. One dict per résumé; entries are lib.E (label fields cs/kind live on the entry)."""
from lib import E

R = []

# --------------------------------------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf", family="UK home-store manager, promotions and an acting post at one retailer, profile first",
    renderer="reportlab", layout="plain", order="title_org", group=True, group_key="org", df="mon",
    sep=" – ", present="Present",
    name="Gemma Rutherford", contact=["Marlow Cross", "07700 914 362", "gemma.rutherford@mailbox.co.uk"],
    blocks=[
        ("Profile", "Store manager with fifteen years in home and furniture retail, the last eight in management. "
                    "I like a store that runs itself on a Tuesday so that I can be on the floor on a Saturday. "
                    "Looking for a larger-format or multi-site role within an hour of Marlow Cross."),
        ("Experience", [
            E("Store Manager", "Pennyfield Home Stores", "Marlow Cross", "2021-03..present", "facing",
              "in_person_service", [
                  "Run a £6.8m home and garden store with 42 colleagues across two floors and an outdoor garden centre",
                  "Still spend most Saturdays on the shop floor: I take the complaints the tills can't settle and ring "
                  "back every customer who leaves a one-star review",
                  "Moved the store from 31st to 9th of 64 in the regional customer-satisfaction league in 18 months",
                  "Cut agency spend by 31% by moving weekend staff onto annualised-hours contracts"]),
            E("Acting Store Manager", "Pennyfield Home Stores", "Kellbridge", "2019-07..2020-01", "affecting", None, [
                "Seven-month cover at our Kellbridge store while it was without a manager",
                "Took the store through its first Christmas after a refit, finishing at 104% of the peak sales budget",
                "Chaired the morning huddle and signed off rotas, till variances and the weekly health and safety walk",
                "Closed out 23 overdue actions from the previous audit"]),
            E("Deputy Store Manager", "Pennyfield Home Stores", "Marlow Cross", "2018-04..2021-02", "affecting", None, [
                "Wrote the weekly rota and holiday plan for 38 colleagues",
                "Owned stock loss and the quarterly count; shrink down from 2.1% to 1.4% of sales",
                "Ran new-starter inductions and till training",
                "Deputised for the store manager at P&L reviews with the area team"]),
            E("Furniture Department Supervisor", "Coles & Marsh", "Harlby", "2014-09..2018-03", "facing",
              "in_person_service", [
                  "Led a team of six on the furniture and beds floor",
                  "Took made-to-measure sofa orders, talked customers through fabric and doorway measurements and "
                  "chased late deliveries with the warehouse",
                  "Top seller of the department's furniture care plan three years running"]),
            E("Sales Assistant (part-time)", "Coles & Marsh", "Harlby", "2011..2014", "facing", "in_person_service"),
        ]),
        ("Education and training", [
            "BTEC Level 3 National Diploma in Business, Harlby College, 2009–2011",
            "IOSH Managing Safely, 2019",
            "Pennyfield 'Leading Great Stores' programme, 2020"]),
        ("Other", ["Full clean driving licence. References available on request."]),
    ]))

# --------------------------------------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx", family="Indian hotel manager CV, Word heading styles and list bullets, rooms division to GM, "
                             "industrial training, personal details and declaration",
    renderer="docx", layout="styles", order="title_org", df="mon-yy", sep=" to ", present="Till Date",
    name="Rohan Khandelwal", headline="Hotel Manager | Rooms Division | Front Office",
    contact=["Amravali, Rajasthan", "+91 98290 47713", "rohan.khandelwal@mailbox.in"],
    blocks=[
        ("Professional Summary", "Hotel professional with 15+ years in front office, rooms division and general "
                                 "management of mid-scale business hotels. Strong on revenue, cost control and team "
                                 "building. Presently heading a 96-key property for a family-owned hotel group."),
        ("Work Experience", [
            E("Hotel Manager", "Kesar Residency", "Amravali", "2022-06..present", "affecting", None, [
                "Full P&L responsibility for a 96-room business hotel with banqueting for 400 pax",
                "Prepare annual budget and monthly forecast with owners' finance team; GOP improved from 31% to 38% "
                "in FY 2024-25",
                "Renegotiated AMCs for lifts, HVAC and laundry, saving Rs 22 lakh per annum",
                "Rolled out new HRMS and biometric attendance for 118 staff",
                "Led the property through FSSAI and fire audits with zero major observations"]),
            E("Rooms Division Manager", "Kesar Residency", "Sarvanagar", "2018-04..2022-05", "facing",
              "in_person_service", [
                  "Headed front office, reservations and housekeeping for a 140-room city hotel",
                  "Met long-staying corporate guests at the weekly manager's evening and sorted out their billing "
                  "and room issues on the spot",
                  "Night duty manager twice a week, handling escalated guest complaints",
                  "Hotel moved from #14 to #3 in the city on the main review site"]),
            E("Front Office Manager", "Hotel Greenleaf", "Sarvanagar", "2014-03..2018-03", "facing",
              "in_person_service", [
                  "Personally handled VIP and airline-crew arrivals and group check-ins",
                  "Trained 20 front desk associates on upselling and on Opera PMS",
                  "Brought average check-in time under 4 minutes"]),
            E("Guest Relations Executive", "Hotel Greenleaf", "Sarvanagar", "2011-07..2014-02", "facing",
              "in_person_service", [
                  "Welcomed in-house guests, arranged birthday and anniversary set-ups and local sightseeing"]),
            E("Industrial Trainee", "The Palm Grove Resort", "Devgarh", "2010-01..2010-06", "facing",
              "in_person_service", [
                  "22-week rotation through F&B service, front office, housekeeping and kitchen"],
              etype="internship"),
        ]),
        ("Education", [
            "B.Sc. Hospitality & Hotel Administration, Institute of Hotel Management, Sarvanagar (2007-2010)",
            "Class XII (Commerce), Kendriya Vidyalaya No. 2, Amravali (2007)"]),
        ("Key Skills", ["Revenue & cost control", "Opera PMS, IDS", "Team building and training",
                        "Guest relations", "Statutory compliance"], "bul"),
        ("Personal Details", [
            "Date of Birth: 14 March 1989", "Languages Known: English, Hindi, Marwari",
            "Marital Status: Married", "Notice Period: 60 days"]),
        ("Declaration", "I hereby declare that the information furnished above is true to the best of my "
                        "knowledge and belief.  Place: Amravali          (Rohan Khandelwal)"),
    ]))

# --------------------------------------------------------------------------------------------- w003
R.append(dict(
    file="w003.txt", family="US insurance contact-center director, plain text with caps headings, employer "
                            "headings with promotions beneath, food-bank board seat",
    renderer="txt", txt_style="caps", order="orgfirst", df="month", sep=" - ", present="Present",
    txt_right="pad", txt_width=86, bullet="*", olsep=" -- ",
    name="DANIELLE OKAFOR-REYES", headline="Customer Care Operations Leader",
    contact=["Castle Ridge, NE 68xxx | (402) 555-0187 | d.okaforreyes@mailbox.com",
             "linkedin.com/in/dokaforreyes"],
    blocks=[
        ("Summary", "Contact-center leader who came up through claims. 14 years in insurance service operations, "
                    "the last seven running multi-site centers. Known for turning round repeat-contact and complaint "
                    "numbers without burning out the floor."),
        ("Core Competencies", ["Workforce management & forecasting | Vendor/BPO management | Complaint handling & "
                               "regulatory response | Coaching frameworks | Cloud telephony migrations"]),
        ("Professional Experience", [
            E("Director, Customer Care Operations", "Brightline Mutual Insurance", "Castle Ridge, NE",
              "2022-03..present", "affecting", None, [
                  "Accountable for three contact centers (410 FTE) and a $28M operating budget",
                  "Own workforce management, forecasting and the relationship with our offshore outsourcing partner",
                  "Present quarterly CX and complaint-trend results to the executive committee",
                  "Led the move to cloud telephony with zero missed service-level days"]),
            E("Senior Manager, Contact Center", "Brightline Mutual Insurance", "Castle Ridge, NE",
              "2019-01..2022-02", "facing", "contact_center", [
                  "Led nine team managers and 160 agents across auto and home lines",
                  "Took the executive complaints routed from the CEO's office and the state insurance department "
                  "myself -- 92% resolved without a formal appeal",
                  "Launched a same-day callback promise; NPS went from 21 to 38"]),
            E("Team Manager, Claims Contact Center", "Brightline Mutual Insurance", "Castle Ridge, NE",
              "2015-06..2018-12", "facing", "contact_center", [
                  "Coached 14 claims reps; sat side-by-side and took over escalated calls live",
                  "Lowest repeat-contact rate of 11 teams for six straight quarters"]),
            E("Claims Representative", "Allied Plains Insurance", "Wescott, IA", "2012-06..2015-05", "facing",
              "contact_center", [
                  "First notice of loss on inbound calls, 70-90 calls a day",
                  "Set up rentals and tows for stranded policyholders"]),
        ]),
        ("Community Leadership", [
            E("Board Member", "Castle Ridge Community Food Bank", "Castle Ridge, NE", "2020..present", "none", None, [
                "Finance committee: review the annual budget and the audit",
                "Chair the nominating committee for new directors"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["B.S. Business Administration, University of Wescott, 2012",
                       "Certified Customer Experience Professional (CCXP), 2021"]),
    ]))

# --------------------------------------------------------------------------------------------- w004
R.append(dict(
    file="w004.html", family="Australian café owner-operator, HTML résumé, pub venue manager before, travel gap "
                             "listed, chamber treasurer",
    renderer="html", html_style="plain", order="title_org", group=True, df="mon", sep=" – ", present="Current",
    name="Bec Lindqvist", headline="Hospitality owner-operator and venue manager",
    contact=["Wattle Bay NSW", "0412 558 903", "bec.lindqvist@mailbox.com.au"],
    css="body{font-family:Helvetica,Arial,sans-serif;max-width:720px;margin:30px auto;line-height:1.4}"
        "h1{color:#1d5c63;margin:0}h2{color:#1d5c63;font-size:1em;letter-spacing:.08em;text-transform:uppercase;"
        "border-bottom:2px solid #e2b13c}.d{float:right;font-weight:normal;font-size:.9em}.org{color:#555}"
        "h3{font-size:1em;margin:10px 0 0}h4{margin:6px 0 0}",
    blocks=[
        ("About me", "Twenty years in pubs and cafés, the last seven running my own place. I'm selling the café "
                     "lease at the end of the year and want to get back into managing a bigger venue."),
        ("Work history", [
            E("Owner-Operator", "Little Tern Café", "Wattle Bay NSW", "2019-02..present", "facing",
              "entrepreneurial_freelance", [
                  "Opened the café in an empty bait-and-tackle shop; now 38 seats, a takeaway window and 7 staff",
                  "On the coffee machine most mornings - I know most of our regulars by their order",
                  "Take the function and catering bookings myself and run the nights",
                  "Payroll, BAS, rosters and supplier orders on Sunday nights"]),
            E("Venue Manager", "Saltbush Hotel", "Corrigan Heads NSW", "2015-07..2019-01", "facing",
              "in_person_service", [
                  "Ran the bistro, two bars and the gaming room with 35 staff.",
                  "Duty manager Friday and Saturday nights – responsible service of alcohol, incident reports and "
                  "patron complaints.",
                  "Wrote the rosters, did the stocktakes and kept wages under 28% of revenue."], prose=True),
            E("Bar Supervisor", "Saltbush Hotel", "Corrigan Heads NSW", "2013-02..2015-06", "facing",
              "in_person_service", [
                  "Opened and closed the public bar, did the cash-up and banking",
                  "Trained new bar staff"]),
            E("Travelling – UK and Europe", None, None, "2012-03..2013-01", "none", None, etype="unknown"),
        ]),
        ("Community", [
            E("Treasurer", "Wattle Bay Business Chamber", None, "2021..present", "none", None, [
                "Keep the chamber's books and do the grant acquittals for council"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Licences & tickets", ["RSA and RCG (current)", "Food Safety Supervisor certificate",
                                "Manager's licence (liquor)"], "bul"),
        ("Referees", ["Available on request"]),
    ]))

# --------------------------------------------------------------------------------------------- w005
R.append(dict(
    file="w005.md", family="Irish fintech product owner in Markdown, promoted within one company, bank analyst "
                           "before, volunteer mentor",
    renderer="md", md_style="h3", order="title_org", df="yyyy-mm", sep=" – ", present="now", bullet="-",
    name="Aoife Brannigan", headline="Senior Product Owner – payments",
    contact=["Kilbarrow", "+353 87 214 0936", "aoife.brannigan@mailbox.ie"],
    blocks=[
        ("Summary", "Product owner in payments for six years. Before that I was a business analyst in a bank and, "
                    "further back, answered support tickets through college, which is still the most useful thing "
                    "I ever did for my product sense."),
        ("Experience", [
            E("Senior Product Owner", "Tallyhook", "Kilbarrow", "2023-01..present", "affecting", None, [
                "Own the merchant-onboarding backlog across two squads (14 engineers)",
                "Write user stories and acceptance criteria; run refinement and sprint reviews",
                "Used funnel data and session recordings to cut onboarding drop-off by 18%",
                "Work with compliance on KYC rule changes ahead of each regulatory deadline"]),
            E("Product Owner", "Tallyhook", "Kilbarrow", "2020-03..2022-12", "facing", "other_facing", [
                "Ran a monthly call with our customer advisory group (12 of our largest merchants) and demoed "
                "upcoming features to them",
                "Shipped instant payouts, now used by 60% of merchants",
                "Triaged the bugs raised by the support team each morning"]),
            E("Business Analyst", "Corran Bank", "Kilbarrow", "2016-02..2020-02", "none", None, [
                "Mapped the finance month-end close process end to end",
                "Wrote requirements for the general ledger replacement",
                "Reconciled the monthly MI pack for the finance committee"]),
            E("Customer Support Agent (part-time)", "Loopmail", "Kilbarrow", "2014-09..2016-01", "facing",
              "digital_service", [
                  "Answered email and live-chat tickets from small-business users",
                  "Wrote about 40 help-centre articles"]),
        ]),
        ("Volunteering", [
            E("Mentor", "Women in Product Ireland", None, "2022-05..present", "facing", "volunteering", [
                "Mentor three early-career product managers a year through a six-month programme"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["BSc Business Information Systems, Kilbarrow Institute of Technology, 2016",
                       "Professional Scrum Product Owner I, 2020"]),
        ("Tools", ["Jira, Confluence, Amplitude, Figma, SQL (reading, not writing)"]),
    ]))

# --------------------------------------------------------------------------------------------- w006
R.append(dict(
    file="w006.pdf", family="Canadian IT service delivery manager, fpdf2 centred header, credit union then MSP "
                            "and school division, library tech volunteer",
    renderer="fpdf2", layout="centred", order="title_org", df="mon", sep=" – ", present="present",
    paper="letter", accent=(0.12, 0.32, 0.28), bullet="–",
    name="Marc-André Lévesque", headline="IT Service Delivery Manager · ITIL 4 MP",
    contact=["Holloway, SK", "306-555-0142", "ma.levesque@mailbox.ca"],
    blocks=[
        ("Profile", "Fourteen years in IT support and service management, from imaging laptops in school "
                    "basements to running ITIL processes for a 31-branch credit union. Bilingual (English/French)."),
        ("Experience", [
            E("IT Service Delivery Manager", "Prairie Lakes Credit Union", "Holloway, SK", "2021-04..present",
              "affecting", None, [
                  "Own incident, problem and change management for 31 branches and head office",
                  "Chair the weekly change advisory board and the monthly vendor performance review",
                  "Report SLA performance and major-incident reviews to the CIO",
                  "Renewed the managed-print and WAN contracts, saving $140K over three years"]),
            E("Service Desk Manager", "Prairie Lakes Credit Union", "Holloway, SK", "2018-01..2021-03", "facing",
              "internal_support", [
                  "Led a 12-person service desk supporting 700 staff",
                  "Ran the bridge on major incidents and kept branch managers updated by phone until service was back",
                  "Walked executives through their own device problems in person",
                  "First-contact resolution up from 58% to 74%"]),
            E("Service Desk Team Lead", "Corvane Managed Services", "Fort Arlow, SK", "2015-06..2017-12", "facing",
              "contact_center", [
                  "Tier-2 support for 30 small-business clients by phone and remote session",
                  "Built the on-call rotation for six technicians"]),
            E("Desktop Support Technician", "Holloway School Division", "Holloway, SK", "2012-09..2015-05", "facing",
              "internal_support", [
                  "Visited 14 schools on a rotating schedule to fix teachers' classroom technology",
                  "Imaged 1,200 student laptops each summer"]),
        ]),
        ("Volunteer", [
            E("Digital Help Volunteer", "Holloway Public Library", "Holloway, SK", "2019-10..present", "facing",
              "volunteering", ["Saturday drop-in helping seniors set up phones, email and online banking"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Certifications", ["ITIL 4 Managing Professional (2022) · ITIL v3 Foundation (2014) · CompTIA A+ (2012)"]),
        ("Education", ["Diploma, Computer Systems Technology – Holloway Polytechnic (2012)"]),
    ]))

# --------------------------------------------------------------------------------------------- w007
R.append(dict(
    file="w007.docx", family="UK primary headteacher, Word heading styles, acting headship, part-time LA "
                             "secondment, trustee, six entries",
    renderer="docx", layout="styles", order="title_org", df="month", sep=" – ", present="present",
    docx_font="Cambria",
    name="Helen Marchbank", headline="Headteacher – NPQH",
    contact=["Brackenford", "07823 440 119", "helen.marchbank@mailbox.co.uk"],
    blocks=[
        ("Personal Statement", "I have led two primary schools, one of them through a very difficult inspection, and "
                               "I still teach every week. I am applying for executive headship because I want to "
                               "help small rural schools share what they do well without losing what makes them "
                               "theirs."),
        ("Career History", [
            E("Headteacher", "St Aldhelm's CE Primary School", "Brackenford", "2019-09..present", "facing",
              "education", [
                  "Lead a one-form-entry primary of 212 pupils and 31 staff; judged Good at both inspections under "
                  "my headship",
                  "Teach Year 6 maths groups two mornings a week and cover classes when needed",
                  "On the gate every morning – parents know they can catch me there rather than book a meeting",
                  "Brought the school back to a balanced budget within two years"]),
            E("Acting Headteacher", "Millbrook Primary School", "Brackenford", "2018-01..2019-08", "affecting", None, [
                "Led the school for five terms after the headteacher's retirement, through an inspection in my "
                "first month",
                "Managed the deficit recovery plan with the local authority finance team",
                "Restructured support staff roles and rewrote the behaviour policy"]),
            E("Deputy Headteacher", "Millbrook Primary School", "Brackenford", "2014-09..2017-12", "facing",
              "education", [
                  "Year 5 class teacher (0.6) and SENCo",
                  "Led assessment and the move to a mastery approach in maths"]),
            E("School Improvement Adviser", "Brackenfordshire County Council", None, "2016-09..2017-07", "affecting",
              None, [
                  "Analysed Key Stage 2 results for 28 schools and drafted the authority's annual standards report",
                  "Moderated Year 6 writing across the Ashwell cluster"],
              note="Secondment, two days a week, alongside the deputy headship"),
            E("Class Teacher and Maths Leader", "Ferncombe Junior School", "Ashwell Green", "2008-09..2014-08",
              "facing", "education", ["Taught Years 3, 4 and 6; maths leader from 2011"]),
        ]),
        ("Governance", [
            E("Trustee", "Brackenford Schools' Sports Partnership", None, "2021..present", "none", None, [
                "Trustee of a small charity running inter-school sport; sign off the accounts and grant bids"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["NPQH, 2017", "PGCE Primary (Mathematics), University of Ashwell, 2008",
                            "BA (Hons) History, 2007"]),
        ("Recent Professional Development", ["Designated Safeguarding Lead refresher (2025)",
                                              "Local authority headteacher coaching programme (2022–23)"], "bul"),
    ]))

# --------------------------------------------------------------------------------------------- w008
R.append(dict(
    file="w008.pdf", family="South African FMCG key account manager, reportlab shaded left sidebar with personal "
                            "details, org and location on one line",
    renderer="reportlab", layout="sidebar", order="title_org_r", df="mon", sep=" - ", present="Present",
    side=["Personal Details", "Skills", "Languages"], accent=(0.55, 0.18, 0.1), side_rgb=(0.96, 0.92, 0.88),
    name="Lwazi Dube", headline="National Key Account Manager",
    contact=["Kwelani, Gauteng", "082 555 4410", "lwazi.dube@mailbox.co.za"],
    blocks=[
        ("Personal Details", ["Driver's licence: Code B", "Nationality: South African", "Notice: one calendar month"]),
        ("Skills", ["Joint business planning", "Trade terms negotiation", "Category & scan data", "Promotions ROI",
                    "SAP, Power BI"]),
        ("Languages", ["English, isiZulu, Sesotho, Afrikaans (basic)"]),
        ("Profile", "Commercial manager with fifteen years in food and beverages, from rep to national key "
                    "accounts. I do my best work across the table from a buyer and then making sure the supply "
                    "side delivers what was promised."),
        ("Career History", [
            E("National Key Account Manager", "Umhlali Foods (Pty) Ltd", "Kwelani", "2020-03..present", "facing",
              "sales_account", [
                  "Manage two national retail groups worth R410m a year in net sales",
                  "Run quarterly business reviews with the buyers and category teams; negotiate the annual promotional "
                  "calendar and listing fees",
                  "Grew share in the spreads category from 14.2% to 17.8%"]),
            E("Key Account Manager – Independent Wholesale", "Umhlali Foods (Pty) Ltd", "Kwelani", "2017-01..2020-02",
              "facing", "sales_account", [
                  "Looked after 46 wholesalers and buying groups across two provinces",
                  "Visited the top 15 accounts every month and opened nine new ones"]),
            E("Trade Marketing Manager", "Mooirand Beverages", "Riviervlei", "2013-07..2016-12", "affecting", None, [
                "Built planograms and promotional mechanics for the juice portfolio",
                "Analysed scan data and briefed the in-store activation agency",
                "Managed an R18m trade spend budget"]),
            E("Sales Representative", "Mooirand Beverages", "Riviervlei", "2010..2013", "facing", "sales_account", [
                "Called on 60 spazas, taverns and general dealers a week"]),
        ]),
        ("Education", ["BCom Marketing Management, University of Riviervlei, 2009",
                       "Negotiation Skills for Key Account Managers (short course), 2018"]),
        ("References", ["Mr S. Naidoo – Sales Director, Umhlali Foods – 011 555 0192",
                        "Ms P. Botha – former Marketing Director, Mooirand Beverages – 083 555 2231"]),
    ]))

# --------------------------------------------------------------------------------------------- w009
R.append(dict(
    file="w009.txt", family="Indian logistics operations manager, job-portal text with Designation labels, "
                            "\"Mon'yy\" dates and 'Till Date', GET start",
    renderer="txt", txt_style="portal", order="dateline", df="mon'yy", sep=" to ", present="Till Date",
    bullet="-", portal_label="Designation", txt_width=84,
    name="SANDEEP VARADARAJAN", headline="Manager - Logistics Operations | 15 yrs | Sarangpur",
    contact=["Mobile: +91-94430 61285", "E-mail: sandeep.varadarajan@mailbox.in"],
    blocks=[
        ("Career Objective", "To work in a challenging environment in supply chain and logistics where my experience "
                             "in hub operations and client handling can be utilised for the growth of the "
                             "organisation."),
        ("Professional Summary", [
            "15 years in logistics, warehousing and manufacturing",
            "Handled multi-hub line-haul and last mile operations",
            "Good exposure to e-commerce client handling, MIS and cost control"], "bul"),
        ("Work Experience", [
            E("Manager - Logistics Operations", "Trivikram Logistics Pvt. Ltd.", "Sarangpur", "2019-08..present",
              "affecting", None, [
                  "Heading 3 cross-dock hubs with 140 attached vehicles and 210 manpower",
                  "Route planning, vendor payments, fuel reconciliation and daily MIS to Zonal Head",
                  "Brought down RTO and damage claims by 27% in FY 24"]),
            E("Asst. Manager - Customer Operations", "Trivikram Logistics Pvt. Ltd.", "Sarangpur",
              "2016-04..2019-07", "facing", "sales_account", [
                  "Single point of contact for 8 key e-commerce clients",
                  "Daily calls with client ops teams and weekly review meeting at client warehouse",
                  "Handling escalations for shipment delays and POD issues"]),
            E("Warehouse Supervisor", "Anandi Retail Ltd.", "Kovalpuram", "2012-06..2016-03", "affecting", None, [
                "Inbound, outbound and inventory for 60,000 sq ft DC serving 42 stores",
                "Maintained 99.6% inventory accuracy in cycle counts"]),
            E("Graduate Engineer Trainee", "Sanvi Auto Components Pvt. Ltd.", "Hosagiri", "2011-07..2012-05", "none",
              None, [
                  "Production planning and line balancing for stamping shop",
                  "5S and kaizen implementation"]),
        ]),
        ("Academic Qualification", [
            "B.E. (Mechanical), Sri Venkatesa College of Engineering, Hosagiri - 2011 - 71%",
            "HSC - 2007 - 88%  |  SSLC - 2005 - 91%"]),
        ("IT Skills", ["MS Excel (advanced), SAP MM/WM, TMS"]),
        ("Personal Profile", [
            "Father's Name : R. Varadarajan", "Date of Birth : 02-11-1989",
            "Languages : Tamil, English, Hindi, Kannada"]),
        ("Declaration", "I hereby declare that the above details are true to the best of my knowledge.  "
                        "Date:            Place: Sarangpur"),
    ]))

# --------------------------------------------------------------------------------------------- w010
R.append(dict(
    file="w010.docx", family="US nurse manager, Word right tab-stop dates, four roles under one hospital heading "
                             "including an interim COVID reassignment, licensure first",
    renderer="docx", layout="tabs", order="title_org", group=True, df="mm/yyyy", sep=" – ", present="Present",
    centre_name=True, docx_bullets="list",
    name="Karen Velásquez, MSN, RN, NE-BC", headline="Nurse Manager – Medical-Surgical",
    contact=["Calder Falls, OR", "(541) 555-0163", "karen.velasquez@mailbox.com"],
    blocks=[
        ("Summary", "Registered nurse for 15 years and a manager for the last eight. I manage the way I was "
                    "charged: close to the bedside, with the numbers in one hand and the patients in the other."),
        ("Licensure & Certifications", ["RN, Oregon State Board of Nursing (active)",
                                         "Nurse Executive, Board Certified (NE-BC)", "BLS, ACLS"]),
        ("Professional Experience", [
            E("Nurse Manager, 5 West Medical-Surgical", "Riverbend Regional Medical Center", "Calder Falls, OR",
              "2021-07..present", "facing", "healthcare_care", [
                  "24/7 accountability for a 32-bed med-surg unit with 61 FTEs and a $7.4M budget",
                  "Round on patients each morning and meet with families when a concern comes up, before it "
                  "becomes a grievance",
                  "HCAHPS nurse-communication score up from the 71st to the 88th percentile",
                  "RN turnover down from 24% to 11% through self-scheduling and a preceptor program"]),
            E("Assistant Nurse Manager", "Riverbend Regional Medical Center", "Calder Falls, OR", "2018-03..2021-06",
              "affecting", None, [
                  "Built the six-week schedule and daily staffing grid for 58 staff",
                  "Approved payroll in Kronos and kept competency records current",
                  "Ran the unit's falls and CAUTI audits and presented results at the quality council"]),
            E("Interim Patient Flow Manager", "Riverbend Regional Medical Center", "Calder Falls, OR",
              "2020-03..2020-08", "affecting", None, [
                  "Ran the house bed board and twice-daily capacity huddles through the first COVID-19 surge",
                  "Coordinated transfers with neighboring hospitals' transfer centers"],
              note="Temporary reassignment from the 5 West leadership team"),
            E("Charge Nurse", "Riverbend Regional Medical Center", "Calder Falls, OR", "2015-01..2018-02", "facing",
              "healthcare_care", [
                  "Night charge for a 32-bed unit while carrying a reduced patient assignment",
                  "Led rapid responses and was the first call for patient and family concerns on shift"]),
            E("Staff Nurse (RN), Telemetry", "St. Brendan Hospital", "Halsey Point, OR", "2011-06..2014-12", "facing",
              "healthcare_care", [
                  "Telemetry assignment of 4–5 patients: cardiac drips, post-cath care, discharge teaching"]),
        ]),
        ("Education", ["MSN, Nursing Leadership – Cascadia State University (2019)",
                       "BSN – Cascadia State University (2011)"]),
        ("Professional Affiliations", ["American Organization for Nursing Leadership, member"]),
    ]))

# --------------------------------------------------------------------------------------------- w011
R.append(dict(
    file="w011.pdf", family="UK housing-association finance manager, fpdf2 left-aligned header, employer line "
                            "first, business partnering and credit control, charity treasurer",
    renderer="fpdf2", layout="left", order="org_title", df="mm/yyyy", sep=" – ", present="present",
    accent=(0.25, 0.2, 0.45),
    name="Rachel Ostrowski FCCA", headline="Finance Manager",
    contact=["Cressley", "07956 113 820", "rachel.ostrowski@mailbox.co.uk"],
    blocks=[
        ("Profile", "Chartered accountant (FCCA) who trained in practice and has since worked in logistics and "
                    "social housing. Comfortable both closing the books and sitting with a depot manager who "
                    "thinks the numbers are wrong."),
        ("Employment", [
            E("Finance Manager", "Oakhurst Housing Association", "Cressley", "2020-04..present", "none", None, [
                "Lead a team of five: month-end close, management accounts and the annual statutory accounts",
                "Prepare the 30-year business plan and loan covenant reporting for the board",
                "Ran the audit tender and the move from Sage 200 to Dynamics"]),
            E("Finance Business Partner", "Kestrel Logistics Group", "Wendham", "2016-06..2020-03", "facing",
              "internal_support", [
                  "Business partner to six depot general managers",
                  "Monthly sit-down with each GM to go through their P&L, explain the variances and build next "
                  "year's budget with them",
                  "Built a depot profitability model that was adopted group-wide"]),
            E("Credit Control Team Leader", "Kestrel Logistics Group", "Wendham", "2014-01..2016-05", "facing",
              "contact_center", [
                  "Led four credit controllers on a £42m debtor book",
                  "Personally handled the 30 largest customer accounts by phone and agreed payment plans with "
                  "customers in difficulty",
                  "DSO reduced from 58 to 44 days"]),
            E("Assistant Accountant", "Pendle & Rowe Chartered Accountants", "Cressley", "2010-09..2013-12",
              "affecting", None, [
                  "Prepared year-end accounts and VAT returns for sole traders and small companies",
                  "Kept the books for 25 clients on Xero and Sage",
                  "Drafted corporation tax computations for the manager's review"]),
        ]),
        ("Board and voluntary", [
            E("Trustee and Treasurer", "Cressley Community Pantry", "Cressley", "2019-01..present", "none", None, [
                "Oversee the charity's finances and the annual return"], section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["FCCA (ACCA member since 2014)", "BA (Hons) Accounting and Finance, 2010"]),
        ("Systems", ["Dynamics 365, Sage 200, Xero, Excel (Power Query, Power Pivot)"]),
    ]))

# --------------------------------------------------------------------------------------------- w012
R.append(dict(
    file="w012.html", family="Philippine BPO operations manager, HTML with one-row tables per job, trainings and "
                             "character references after the history",
    renderer="html", html_style="table", order="title_org", df="month", sep=" - ", present="Present",
    css="body{font-family:Arial,sans-serif;font-size:14px;max-width:800px;margin:20px auto}"
        "h1{text-align:center;letter-spacing:1px}.contact,.headline{text-align:center}"
        "h2{background:#dfe7f3;padding:3px 6px;font-size:14px}table{border-collapse:collapse}",
    name="Jerome Bautista Santiago", headline="Operations Manager – Voice Account",
    contact=["Blk 7 Lot 12 Mabuhay Homes, Sta. Veronica City", "0917 555 2386", "jerome.santiago@mailbox.ph"],
    blocks=[
        ("Career Objective", "To be part of a growing BPO company where I can use my 12 years of experience in "
                             "customer service, quality and operations management."),
        ("Work Experience", [
            E("Operations Manager", "Bayanihan Contact Solutions Inc.", "Sta. Veronica City", "2022-02..present",
              "facing", "sales_account", [
                  "Manage 5 team leaders and 90 agents on a US telecom account",
                  "Weekly governance call with the client's vendor manager; present the monthly business review "
                  "with SLA, AHT and CSAT results",
                  "Raised CSAT from 78% to 86% within one year"]),
            E("Team Leader", "Bayanihan Contact Solutions Inc.", "Sta. Veronica City", "2018-08..2022-01", "facing",
              "contact_center", [
                  "Led a team of 18 agents; took supervisor calls from irate customers",
                  "Daily huddles, coaching and attendance tracking"]),
            E("Quality Analyst", "Bayanihan Contact Solutions Inc.", "Sta. Veronica City", "2017-01..2018-07",
              "affecting", None, [
                  "Scored 60 calls a week against the QA form",
                  "Ran weekly calibration sessions with team leaders"]),
            E("Customer Service Representative", "Tala Outsourcing Corp.", "Sta. Veronica City", "2014-06..2016-12",
              "facing", "contact_center", [
                  "Handled inbound billing and technical calls for a US cable provider",
                  "Consistently met 90% QA and AHT of 480 seconds"]),
        ]),
        ("Trainings and Seminars", ["Leadership Essentials for Team Leaders – Bayanihan Academy, 2018",
                                    "COPC Coordinator Training, 2021", "Six Sigma Yellow Belt, 2020"], "bul"),
        ("Education", ["Bachelor of Science in Psychology – Colegio de Sta. Veronica, 2014"]),
        ("Character References", ["Ms. Liza M. Ocampo – Site Director, Bayanihan Contact Solutions Inc.",
                                  "Mr. Ramon T. Dizon – Training Manager, Tala Outsourcing Corp."]),
    ]))

# --------------------------------------------------------------------------------------------- w013
R.append(dict(
    file="w013.md", family="New Zealand head of science in Markdown, roles grouped under the college, acting "
                           "deputy principal, year-only older dates, lab technician start",
    renderer="md", md_style="bold", order="title_org", group=True, df="mon", sep=" – ", present="present",
    bullet="*",
    name="Jonah Tremaine", headline="Head of Science (HOLA) – Secondary",
    contact=["Waimoko", "021 555 781", "jonah.tremaine@mailbox.co.nz"],
    blocks=[
        ("About", "Chemistry teacher and head of department. Sixteen years in classrooms, and before that a couple "
                  "of years testing soil samples, which is where I learned I'd rather be explaining chemistry than "
                  "doing it all day."),
        ("Teaching career", [
            E("Head of Science", "Ashgrove College", "Waimoko", "2020-01..present", "facing", "education", [
                "Lead a department of 11 teachers and two technicians",
                "Teach three classes of Year 12 and 13 Chemistry",
                "Rewrote the junior science programme around local-curriculum inquiry projects"]),
            E("Acting Deputy Principal", "Ashgrove College", "Waimoko", "2022-07..2022-12", "affecting", None, [
                "Ran daily relief cover and the school timetable",
                "Managed NCEA entries and the attendance returns",
                "Oversaw the science block reroof and the new gym floor"],
              note="Terms 3–4 2022, covering parental leave"),
            E("Teacher in Charge of Chemistry", "Ashgrove College", "Waimoko", "2015..2019", "facing", "education", [
                "Taught Year 9–13 science and chemistry; ran the senior chemistry programme"]),
            E("Science Teacher", "Harbourview High School", "Port Elder", "2010..2014", "facing", "education"),
        ]),
        ("Before teaching", [
            E("Laboratory Technician", "Kiln Street Laboratories", "Port Elder", "2008-02..2009-11", "affecting", None, [
                "Ran soil and water tests for farm and council clients",
                "Logged samples and prepared results sheets"]),
        ]),
        ("Qualifications", ["Graduate Diploma of Teaching (Secondary), 2009", "BSc Chemistry, 2007",
                            "Full registration, practising certificate current"]),
    ]))

# --------------------------------------------------------------------------------------------- w014
R.append(dict(
    file="w014.docx", family="Kenyan bank branch manager, Word borderless table per job, referees with job "
                             "titles, industrial attachment",
    renderer="docx", layout="table", order="title_org", df="month", sep=" – ", present="To Date",
    docx_font="Arial", docx_pt=10,
    name="Grace Wanjiru Muthoni", headline="Branch Manager | Retail & SME Banking",
    contact=["P.O. Box 4471-00100, Kiriwa", "+254 722 555 318", "grace.muthoni@mailbox.co.ke"],
    blocks=[
        ("Profile", "A results-oriented banker with over 16 years' experience in branch operations, customer service "
                    "and SME relationship management. Certified Public Accountant (CPA K) with a passion for growing "
                    "branch profitability and mentoring young bankers."),
        ("Work Experience", [
            E("Branch Manager", "Mwangaza Commercial Bank", "Kiriwa", "2021-03..present", "facing", "in_person_service", [
                "Lead a branch of 14 staff with a deposit book of KES 2.3 billion",
                "Visit SME and chama clients at their premises to grow deposits and asset finance",
                "Resolve escalated customer complaints in the banking hall",
                "Branch ranked 3rd of 41 in the 2024 mystery shopper survey"]),
            E("Relationship Manager – SME Banking", "Mwangaza Commercial Bank", "Kiriwa", "2017-01..2021-02", "facing",
              "sales_account", [
                  "Managed a portfolio of 120 SME clients with loans of KES 640 million",
                  "Structured working-capital facilities and did the annual reviews with each client"]),
            E("Branch Operations Manager", "Taifa Savings Bank", "Mlimani", "2013-06..2016-12", "affecting", None, [
                "Custodian of the vault and ATM cash; daily balancing and reconciliations",
                "Ensured compliance with internal audit findings and regulatory returns",
                "Supervised the back office team of five"]),
            E("Customer Service Officer", "Taifa Savings Bank", "Mlimani", "2010-04..2013-05", "facing",
              "in_person_service", ["Account opening, teller duties and customer enquiries"]),
            E("Industrial Attachment, Finance Department", "Kiriwa County Government", "Kiriwa", "2009-05..2009-08",
              "none", None, ["Posted payment vouchers and prepared bank reconciliations"], etype="internship"),
        ]),
        ("Education", ["Bachelor of Commerce (Accounting), University of Kiriwa – 2009, Second Class Upper",
                       "CPA (K) – 2011", "KCSE – Mugumo Girls' High School – 2004, A-"]),
        ("Hobbies", ["Reading, hiking and mentoring at my church's youth programme"]),
        ("Referees", [
            "Mr. Peter Otieno, Regional Manager, Mwangaza Commercial Bank – peter.otieno@mailbox.co.ke",
            "Mrs. Lucy Achieng, Branch Manager, Taifa Savings Bank – +254 733 555 102",
            "Dr. James Kiprono, Lecturer, University of Kiriwa – +254 711 555 876"]),
    ]))

# --------------------------------------------------------------------------------------------- w015
R.append(dict(
    file="w015.txt", family="Scottish restaurant area manager, plain text with underlined headings, employer "
                            "headings with roles and sites beneath, chef start, six entries",
    renderer="txt", txt_style="underline", order="dash", group=True, group_key="org", role_loc_sep=", ",
    df="mon", sep=" - ", present="present", txt_right="pad", txt_width=80, bullet="-",
    name="Callum Brodie",
    contact=["Dunmarrow  |  07412 555 036  |  callum.brodie@mailbox.co.uk"],
    blocks=[
        ("Profile", "Hospitality operator with twenty years behind me, eleven of them in kitchens. I went front of "
                    "house in 2017 and have run multi-site since 2022. Happiest with a group of 6-12 sites that "
                    "need standards pulling together."),
        ("Career summary", ["Area manager, 9 restaurants, £11m", "GM of the group's busiest site for three years",
                            "Head chef, AA rosette kitchen (2015)"], "bul"),
        ("Employment history", [
            E("Area Manager", "Thistle & Pine Kitchens Ltd", "Dunmarrow", "2022-10..present", "affecting", None, [
                "Nine restaurants across the east of Scotland, £11m turnover",
                "Recruit, coach and performance-manage the general managers",
                "Monthly site audits covering food safety, brand standards and labour",
                "Opened two new sites in 2024, both profitable in their first quarter"]),
            E("General Manager", "Thistle & Pine Kitchens Ltd", "Dunmarrow Quay", "2019-06..2022-09", "facing",
              "in_person_service", [
                  "Ran a 140-cover restaurant with 38 staff",
                  "Worked the floor Friday and Saturday nights, did the table visits and dealt with complaints there "
                  "and then",
                  "Kept the site at 4.6 stars across 2,000+ reviews"]),
            E("Assistant General Manager", "Thistle & Pine Kitchens Ltd", "Dunmarrow Quay", "2017-03..2019-05",
              "facing", "in_person_service"),
            E("Head Chef", "The Brig Inn", "Kilmorrow", "2013-01..2017-02", "affecting", None, [
                "Ran a kitchen of six: menus, GP, ordering and EHO inspections"]),
            E("Sous Chef", "The Brig Inn", "Kilmorrow", "2010..2012", "affecting", None),
            E("Commis Chef", "Glenmorrow Hotel", "Kilmorrow", "2006-08..2009-12", "affecting", None, [
                "Breakfast and larder sections"]),
        ]),
        ("Qualifications", ["SVQ Level 3 Professional Cookery", "Personal Licence holder",
                            "REHIS Intermediate Food Hygiene"]),
        ("Interests", ["Hill running, and I coach my daughter's under-12s football team"]),
    ]))
