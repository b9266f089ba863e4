"""wild71 résumés w016–w030."""
from lib import E

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    id="w016", renderer="fpdf2", layout="left", head="title_org", dstyle="month", present="Present",
    paper="letter", footer="Renata Alvarez-Kim — Page {n}",
    family="US VP of customer success, 2-page fpdf2 résumé with page footer, achievement bullets with figures",
    name="Renata Alvarez-Kim", tagline="Customer Success & Support Executive",
    contact=["Austin, TX 78704  |  (512) 555-0133  |  renata.ak@mailbox.com", "linkedin.com/in/renata-alvarez-kim"],
    blocks=[
        ("Executive Summary",
         "Customer experience executive with 20 years across support, customer success and professional services in "
         "B2B software. I have led organizations of up to 140 people across three continents, taken a support team "
         "from 62 to 89 CSAT, and sat on the customer side of the table as a buyer too."),
        ("Selected Achievements", ("b", [
            "Grew net retention from 104% to 118% in two years at Pathwell Cloud",
            "Launched a 24/7 follow-the-sun support model (Austin, Dublin, Manila) without adding headcount",
            "Reduced time-to-value for new enterprise customers from 120 to 45 days",
        ])),
        ("Professional Experience", [
            E("VP, Customer Success & Support", "Pathwell Cloud, Inc.", "Austin, TX", "2021-09", "present", "facing", "sales_account", [
                "Lead 140 staff across CSM, support, onboarding and renewals; report to the CEO",
                "Executive sponsor for 25 strategic customers; attend their QBRs and steering committees",
                "Own gross retention target ($92M renewal base) and the customer health program",
            ]),
            E("Senior Director, Global Support", "Pathwell Cloud, Inc.", "Austin, TX", "2018-04", "2021-08", "facing", "digital_service", [
                "Led 90 support engineers across three hubs; handled executive escalations from customers directly",
                "Introduced tiered support and a customer community forum",
            ]),
            E("Director, Professional Services", "Kestrel Analytics", "Dallas, TX", "2013-10", "2018-03", "facing", "other_facing", [
                "Delivered implementation projects for banks and insurers; managed project managers and consultants",
                "Led kickoff workshops and executive readouts at client sites",
            ]),
            E("Customer Experience Program Manager", "Mesa Health Plans", "Phoenix, AZ", "2010-01", "2013-09", "affecting", None, [
                "Ran member survey program and journey analytics; recommended changes to call-center scripts and letters",
                "Worked with operations and compliance teams; no member contact",
            ]),
            E("Implementation Consultant", "Kestrel Analytics", "Dallas, TX", "2006-06", "2009-12", "facing", "other_facing", [
                "Configured the platform on site for client analytics teams and trained their users",
            ]),
        ]),
        ("Education", ["MBA, Gulf Coast School of Business, 2012 (evenings)", "BA Communication, Sonoran State University, 2006"]),
        ("Board & Community", ["Advisory Council, CX Leaders of Central Texas (2022–present)", "Volunteer reading tutor, Travis Elementary (2019–2023)"]),
    ]))

# ---------------------------------------------------------------- w017
R.append(dict(
    id="w017", renderer="docx", layout="tabs", head="dash", dstyle="mon'yy", present="Present", sep=" – ",
    family="Indian HR business partner, Word tab-stop dates, 'Title – Employer, Town' line, short-year dates",
    name="Anjali Mehrotra",
    contact=["Gurugram, Haryana  |  +91 98100 55762  |  anjali.mehrotra@mailbox.in"],
    blocks=[
        ("Summary", "HR professional with 12 years in IT services and BFSI. HRBP for business units of up to 3,000 employees; "
                    "strong in employee relations, attrition control and performance cycles."),
        ("Core Competencies", ("b", ["Employee relations", "Talent review & succession", "HR analytics", "Campus hiring"])),
        ("Work Experience", [
            E("Senior HRBP – Digital Engineering", "Trivector Technologies Ltd.", "Gurugram", "2021-06", "present", "facing", "internal_support", [
                "HRBP for a 2,800-member BU; advise delivery heads on org design, promotions and retention",
                "Hold skip-level connects and resolve employee grievances",
                "Brought voluntary attrition down from 27% to 16%",
            ]),
            E("HR Business Partner", "Pragati Finserv Ltd.", "Noida", "2017-09", "2021-05", "facing", "internal_support", [
                "Supported branch banking and collections teams across North India; ran performance review cycle",
                "Conducted exit interviews and engagement surveys",
            ]),
            E("HR Operations Executive", "Pragati Finserv Ltd.", "Noida", "2015-04", "2017-08", "none", None, [
                "Onboarding documentation, HRMS data and payroll inputs",
            ]),
            E("Talent Acquisition Executive", "Quantix Staffing Solutions", "New Delhi", "2013-07", "2015-03", "facing", "other_facing", [
                "Sourced and screened candidates; coordinated interviews with client hiring managers",
            ]),
        ]),
        ("Education", ["MBA (HR), Delhi Northern Institute of Management, 2013", "B.Com, 2011"]),
        ("Languages", "English, Hindi, Punjabi"),
    ]))

# ---------------------------------------------------------------- w018
R.append(dict(
    id="w018", renderer="html", head="title_org", dstyle="mon", present="Present", sep=" – ",
    family="Singapore fintech product manager in HTML, h3 title with floated dates, employer line beneath",
    name="Nur Aisyah binte Rahman",
    tagline="Group Product Manager · Payments & Lending",
    contact=["Singapore · +65 9455 0182 · aisyah.rahman@mailbox.sg"],
    blocks=[
        ("Experience", [
            E("Group Product Manager, Consumer Lending", "Kiranpay Pte Ltd", "Singapore", "2022-02", "present", "affecting", None, [
                "Lead 4 PMs across BNPL and personal loans; 1.9M active borrowers",
                "Set the product strategy and roadmap with risk, compliance and engineering",
                "Reduced application drop-off by 22% through a redesigned KYC flow",
            ]),
            E("Senior Product Manager, Merchant Tools", "Kiranpay Pte Ltd", "Singapore", "2019-08", "2022-01", "facing", "sales_account", [
                "Ran pilot programmes with 30 merchants: visited their shops, trained their staff and collected feedback weekly",
                "Owned merchant dashboard and settlement features",
            ]),
            E("Product Owner", "Straits Commercial Bank", "Singapore", "2016-04", "2019-07", "affecting", None, [
                "Mobile banking app backlog; wrote user stories and acceptance criteria",
                "Analysed app-store reviews and call-centre contact reasons to prioritise fixes",
            ]),
            E("Relationship Manager, SME Banking", "Straits Commercial Bank", "Singapore", "2012-07", "2016-03", "facing", "sales_account", [
                "Managed a portfolio of 120 SME clients; credit proposals and cross-sell",
            ]),
        ]),
        ("Education", ["BBA (Finance), Nanyang Heights University, 2012", "Certified Scrum Product Owner, 2017"]),
        ("Languages", ["English, Malay, Mandarin (basic)"]),
    ]))

# ---------------------------------------------------------------- w019
R.append(dict(
    id="w019", renderer="reportlab", layout="plain", head="org_title", dstyle="month", present="Present", sep=" - ",
    footer="Page {n}",
    family="Canadian enterprise sales leader, LinkedIn-export-style PDF (employer line, then title, dates and place)",
    name="Graham Okonkwo-Lindqvist", tagline="VP Sales, Canada | Industrial Automation",
    contact=["Mississauga, Ontario, Canada", "graham.ol@mailbox.ca", "www.linkedin.com/in/graham-okonkwo-l (LinkedIn)"],
    hcaps=False,
    blocks=[
        ("Summary", "25 years selling and leading sales in industrial automation and controls. Builder of channel "
                    "partnerships, coach of sales managers, occasional keynote speaker."),
        ("Top Skills", ["Channel Partner Management", "Strategic Account Planning", "Sales Leadership"]),
        ("Experience", [
            E("Vice President, Sales - Canada", "Norcastle Automation", "Mississauga, Ontario", "2020-01", "present", "facing", "sales_account", [
                "Lead 5 regional managers and 38 sales engineers; C$210M bookings",
                "Executive relationships with the top 20 end-user accounts in automotive and food processing",
            ]),
            E("Director, Channel Sales", "Norcastle Automation", "Mississauga, Ontario", "2015-06", "2019-12", "facing", "sales_account", [
                "Managed 22 distributor partners; joint account planning and partner business reviews",
            ]),
            E("Sales Engineer", "Brantford Controls Ltd.", "Hamilton, Ontario", "2008-03", "2015-05", "facing", "sales_account", [
                "Technical sales of PLC and drive systems; plant visits, specifications and quotes",
            ]),
            E("Controls Engineer", "Brantford Controls Ltd.", "Hamilton, Ontario", "2001-09", "2008-02", "none", None, [
                "Designed control panels and wrote PLC programs for machine builders",
            ]),
        ]),
        ("Education", ["Lakehead Polytechnic Institute", "Bachelor of Engineering, Electrical (1997 - 2001)"]),
    ]))

# ---------------------------------------------------------------- w020
R.append(dict(
    id="w020", renderer="docx", layout="table", head="org_title", dstyle="mm/yyyy", present="Present", sep=" – ",
    family="UK procurement and supply-chain manager, Word table per job with employer first, mm/yyyy dates",
    name="Declan Whitmore MCIPS",
    contact=["Leeds LS12  ·  07700 555 871  ·  declan.whitmore@mailbox.co.uk"],
    blocks=[
        ("Profile", "Chartered procurement and supply chain manager (MCIPS) with 17 years in food manufacturing and NHS supply."),
        ("Professional Experience", [
            E("Supply Chain Manager", "Aire Valley Bakeries Ltd", "Leeds", "2019-11", "present", "affecting", None, [
                "Plan production and deliveries for 4 retailer customers; service level 99.2%",
                "Manage planners, transport office and 3PL cold store contract",
            ]),
            E("Category Manager – Packaging", "Aire Valley Bakeries Ltd", "Leeds", "2016-02", "2019-10", "none", None, [
                "£18m packaging spend; tendering, supplier negotiations, sustainability roadmap",
            ]),
            E("Procurement Officer", "Calder & Wharfe NHS Supply Partnership", "Wakefield", "2011-05", "2016-01", "none", None, [
                "Ran OJEU tenders for clinical consumables; contract management",
            ]),
            E("Customer Service Team Leader", "Pennine Packaging Ltd", "Huddersfield", "2008-03", "2011-04", "facing", "contact_center", [
                "Led 6 advisers taking orders and queries from customers by phone and email",
                "Handled complaints and credit requests",
            ]),
            E("Sabbatical – travelling in South America", None, None, "2007-06", "2008-02", "none", None, [], etype="unknown"),
        ]),
        ("Qualifications", ["MCIPS (2014)", "BSc Logistics, University of West Riding, 2007"]),
        ("References", "On request"),
    ]))

# ---------------------------------------------------------------- w021
R.append(dict(
    id="w021", renderer="txt", head="inline", dstyle="month", present="Current", sep=" - ", hstyle="underline", bullet="",
    bstyle="bullets",
    family="South African hotel general manager CV as plain text, underlined headings, title line with dates after a comma",
    name="Sipho Dlamini",
    contact=["Durban, KwaZulu-Natal", "Cell: 083 555 0648   Email: sipho.dlamini@mailbox.co.za"],
    blocks=[
        ("Career Summary", "General manager in coastal and safari-lodge hospitality for 16 years. Guest satisfaction, "
                           "team development, owner reporting. Fluent in English, isiZulu and Afrikaans."),
        ("Work History", [
            E("General Manager", "Umhlanga Sands Boutique Hotel", "Umhlanga", "2021-02", "present", "facing", "in_person_service", [
                "Running a 64-room hotel: rooms, restaurant, conferencing",
                "Meet and greet arrivals for groups and handle all guest escalations personally",
                "Occupancy up from 58% to 79%",
            ]),
            E("Lodge Manager", "Mkhuze River Safari Lodge", "Northern KZN", "2015-09", "2021-01", "facing", "in_person_service", [
                "Hosted guests at dinners and game-drive briefings; managed 42 staff",
            ]),
            E("Food & Beverage Manager", "Oceanfront Conference Hotel", "Durban", "2011-04", "2015-08", "facing", "in_person_service", []),
            E("COVID-19 relief coordinator (volunteer)", "Zululand Hospitality Relief Fund", "Durban", "2020-04", "2020-09", "affecting", None, [
                "Organised food parcel procurement and logistics for laid-off hospitality workers; did not hand out parcels myself",
            ], section="volunteer", etype="volunteer"),
            E("Stock Controller", "Oceanfront Conference Hotel", "Durban", "2009-01", "2011-03", "affecting", None, [
                "Receiving, stock counts and cost of sales reporting for kitchens and bars",
            ]),
        ]),
        ("Qualifications", ["Diploma in Hospitality Management, Berea Hotel School, 2008"]),
        ("References", ["Mrs L. Pillay (Owner, Umhlanga Sands) 031 555 0190", "Mr D. Botha (Group GM, Mkhuze Lodges) 035 555 0134"]),
    ]))

# ---------------------------------------------------------------- w022
R.append(dict(
    id="w022", renderer="fpdf2", layout="left", head="orgfirst", orgdates=True, dstyle="m.yyyy", present="now", sep=" – ",
    bullet="–", footer="L. O'Rourke | Resume | p.{n}", break_before="Licences & Tickets",
    family="Australian operations manager, 2-page fpdf2 résumé with footer, employer heading with nested roles, m.yyyy dates",
    name="Lachlan O'Rourke",
    contact=["Newcastle NSW 2300 · 0421 555 927 · lachlan.orourke@mailbox.com.au"],
    blocks=[
        ("Career Overview", "Operations manager with 19 years in facilities services and mining support. "
                            "Safety-first, contract-savvy, comfortable in a client's boardroom and on a night shift."),
        ("Career History", [
            E("Operations Manager – Hunter Region", "Ironbark Facility Services", "Newcastle NSW", "2019-05", "present", "facing", "sales_account", [
                "Manage cleaning and maintenance contracts at 26 client sites (hospitals, universities)",
                "Monthly contract reviews with client facilities managers; handle their complaints and KPIs",
            ]),
            E("Contract Manager", "Ironbark Facility Services", "Maitland NSW", "2016-01", "2019-04", "facing", "sales_account", [
                "Single client contract (regional hospital); daily liaison with hospital services managers",
            ]),
            E("Site Supervisor", "Ironbark Facility Services", "Maitland NSW", "2013-07", "2015-12", "none", None, [
                "Rostered 40 cleaners on night shift; audits and safety inspections in empty buildings",
            ]),
            E("Maintenance Planner", "Muswellbrook Mine Support Pty Ltd", "Muswellbrook NSW", "2008-02", "2013-06", "none", None, [
                "Planned shutdowns and work orders for haul-truck fleet",
            ]),
            E("Diesel Fitter", "Muswellbrook Mine Support Pty Ltd", "Muswellbrook NSW", "2004-01", "2008-01", "none", None, [], etype="paid"),
        ]),
        ("Licences & Tickets", ["Cert IV WHS", "HR truck licence", "First Aid"]),
        ("Education", ["Diploma of Leadership and Management, 2014", "Certificate III Heavy Commercial Vehicle Mechanical Technology, 2005"]),
    ]))

# ---------------------------------------------------------------- w023
R.append(dict(
    id="w023", renderer="docx", layout="header+tabs", head="title_org", dstyle="mm/yyyy", present="Present", sep=" – ",
    family="US pharmaceutical key account manager, name in the Word page header, tab-stop dates, mm/yyyy",
    name="Courtney L. Hargreave",
    contact=["Columbus, OH · 614-555-0121 · courtney.hargreave@mailbox.com"],
    blocks=[
        ("Professional Summary", "Key account manager in specialty pharma with 14 years of experience selling to "
                                 "health systems and IDNs. Consistent top-decile performer; launched 3 products."),
        ("Professional Experience", [
            E("Key Account Director, Health Systems", "Veradine Therapeutics", "Columbus, OH", "2020-04", "present", "facing", "sales_account", [
                "Manage 9 integrated delivery networks in OH/KY/WV; negotiate formulary access with P&T committees",
                "Meet pharmacy directors and C-suite to build account plans",
            ]),
            E("Specialty Sales Representative", "Veradine Therapeutics", "Cincinnati, OH", "2015-01", "2020-03", "facing", "sales_account", [
                "Called on oncologists and infusion centers; 128% to plan in 2018",
            ]),
            E("Medical Information Specialist", "Bexley Pharma Services", "Columbus, OH", "2012-06", "2014-12", "facing", "contact_center", [
                "Answered phone and email questions from pharmacists, physicians and patients about marketed products",
                "Documented adverse event reports",
            ]),
            E("Clinical Research Coordinator", "Scioto Valley Research Institute", "Columbus, OH", "2010-01", "2012-05", "facing", "healthcare_care", [
                "Screened and consented study patients, ran study visits and collected samples",
            ]),
            E("Lab Technician", "Scioto Valley Research Institute", "Columbus, OH", "2008-06", "2009-12", "none", None, [
                "Sample processing and assay runs in the core lab",
            ]),
        ]),
        ("Education", ["PharmD, Buckeye Plains College of Pharmacy, 2008"]),
        ("Awards", ["Regional Rep of the Year 2018", "Launch Excellence Award 2021"]),
    ]))

# ---------------------------------------------------------------- w024
R.append(dict(
    id="w024", renderer="md", head="pipe", dstyle="MON", present="Till Date", sep=" - ", mdjob="bold", bullet="*",
    family="Indian IT-services delivery and client account manager in Markdown, bold pipe line with dates, capital months",
    name="Siddharth Venkataraman",
    contact=["Bengaluru, Karnataka | +91 99020 55341 | siddharth.v@mailbox.in"],
    blocks=[
        ("Profile", "Delivery and account management professional (16 yrs) in IT services for US and UK insurance clients."),
        ("Professional Experience", [
            E("Client Partner", "Infovolt Technologies", "Bengaluru", "2020-07", "present", "facing", "sales_account", [
                "P&L owner for two US insurance accounts ($38M annual revenue)",
                "Quarterly on-site governance meetings with client CIOs; renewal and new SOW negotiation",
            ]),
            E("Delivery Manager", "Infovolt Technologies", "Bengaluru", "2015-04", "2020-06", "facing", "other_facing", [
                "Managed offshore delivery of 180 engineers; weekly status calls with client IT managers",
            ]),
            E("Project Lead", "Kaveri Software Services", "Chennai", "2011-01", "2015-03", "none", None, [
                "Led a 12-member development team on a policy administration system",
            ]),
            E("Onsite Coordinator", "Kaveri Software Services", "Hartford, CT, USA", "2009-03", "2010-12", "facing", "other_facing", [
                "Worked at the client's office gathering requirements from business users and coordinating UAT with them",
            ]),
            E("Software Engineer", "Kaveri Software Services", "Chennai", "2006-08", "2009-02", "none", None, []),
        ]),
        ("Education", ["B.E. (Computer Science), Tirupur Institute of Technology, 2006"]),
        ("Certifications", ["PMP", "SAFe 5 Agilist", "AINS 21"]),
    ]))

# ---------------------------------------------------------------- w025
R.append(dict(
    id="w025", renderer="reportlab", layout="centred", head="title_org", dstyle="mon", present="Present", sep=" – ",
    footer="Alistair Greenhalgh FCA — Curriculum Vitae — {n}", break_before="Qualifications",
    family="UK finance director with non-executive and trustee roles, 2-page reportlab CV, centred header, page footer, education on page 2",
    name="Alistair Greenhalgh FCA",
    contact=["Harrogate, North Yorkshire  |  07700 555 462  |  a.greenhalgh@mailbox.co.uk"],
    blocks=[
        ("Executive Summary",
         "Chartered accountant and finance director with 24 years in hospitality, leisure and consumer businesses, "
         "including a PE-backed exit and a turnaround. Now combining a part-time CFO role with non-executive and "
         "charity positions. Experienced in lender negotiations, M&A and building finance teams that the operators trust."),
        ("Board & Advisory Roles", [
            E("Non-Executive Director & Audit Chair", "Dales Country Inns plc", "Skipton", "2023-01", "present", "none", None, [
                "Chair audit and risk committee; oversight of year-end audit and internal controls",
            ]),
            E("Trustee and Treasurer", "Nidderdale Hospice Trust", "Harrogate", "2019-05", "present", "none", None, [
                "Board member responsible for finance; annual accounts and reserves policy",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("Executive Career", [
            E("Part-time CFO", "Moorgate Leisure Group", "Leeds", "2022-06", "present", "none", None, [
                "Two days a week: cash forecasting, lender reporting and board packs for a 14-site leisure group",
            ], etype="freelance"),
            E("Finance Director", "Yorkstone Hotels Ltd", "York", "2014-09", "2022-05", "none", None, [
                "FD of a 22-hotel group (£140m turnover); led the 2021 sale to a PE buyer",
                "Refinanced £85m of debt; built a finance team of 35",
            ]),
            E("Head of Commercial Finance", "Yorkstone Hotels Ltd", "York", "2009-03", "2014-08", "facing", "internal_support", [
                "Finance partner to 22 general managers; monthly P&L reviews in each hotel and help with pricing and budgets",
            ]),
            E("Audit Senior Manager", "Whitcliffe & Marr LLP", "Leeds", "2002-09", "2009-02", "facing", "other_facing", [
                "Led audits of leisure and retail clients; client meetings with FDs and audit committees",
            ]),
        ]),
        ("Qualifications", ["FCA (ICAEW), qualified 2005", "BA (Hons) Economics, University of the Ridings, 2002"]),
        ("Interests", "Fell running, Yorkshire cricket, restoring an old narrowboat."),
    ]))

# ---------------------------------------------------------------- w026
R.append(dict(
    id="w026", renderer="docx", layout="styles", head="title_org", dstyle="mon", present="Present", sep=" – ",
    family="Singapore HR business partner, Word heading styles with List Bullet and tab-stop dates in Heading 2",
    name="Jocelyn Koh Mei Xin",
    contact=["Tampines, Singapore · +65 9012 5567 · jocelyn.koh@mailbox.sg"],
    blocks=[
        ("Summary", "HRBP with 13 years in hospitality and retail, known for getting managers to have the hard conversations early."),
        ("Experience", [
            E("Senior HR Business Partner, Asia Pacific", "Meridian Lifestyle Retail Pte Ltd", "Singapore", "2021-11", "present", "facing", "internal_support", [
                "Partner to the APAC retail director and 6 country managers on workforce planning and performance",
                "Coach store managers through disciplinary and grievance cases",
            ]),
            E("Compensation & Benefits Manager", "Meridian Lifestyle Retail Pte Ltd", "Singapore", "2018-06", "2021-10", "none", None, [
                "Annual salary review, job evaluation and benchmarking; benefits vendor renewals",
            ]),
            E("HR Manager", "Marina Crescent Hotel", "Singapore", "2014-03", "2018-05", "facing", "internal_support", [
                "HR advice to 600 staff and heads of department; walk-in HR clinic for employees",
                "Ran onboarding and manpower planning",
            ]),
            E("Guest Service Officer", "Marina Crescent Hotel", "Singapore", "2011-07", "2014-02", "facing", "in_person_service", []),
        ]),
        ("Education", ["Graduate Diploma in HR Management, 2015", "Diploma in Hospitality & Tourism, 2011"]),
        ("Certifications", ["IHRP Senior Professional (IHRP-SP)"]),
    ]))

# ---------------------------------------------------------------- w027
R.append(dict(
    id="w027", renderer="html", head="orgfirst", orgdates=True, dstyle="mon", present="Present", sep=" – ",
    family="Australian cluster hotel manager in HTML, employer heading with nested promotions, executive summary",
    name="Mei-Ling Harcourt",
    contact=["Melbourne VIC · 0433 555 140 · meiling.harcourt@mailbox.com.au"],
    tagline="Cluster General Manager · Hotels & Serviced Apartments",
    blocks=[
        ("Executive Summary", "Hotelier with 18 years across Melbourne, Sydney and Auckland; currently running three "
                              "properties as cluster GM. Strong commercial results with a reputation for staff retention."),
        ("Career", [
            E("Cluster General Manager", "Yarra Quarter Hotels", "Melbourne VIC", "2022-07", "present", "none", None, [
                "Lead three properties (420 rooms) through their GMs; budgets, capex and owner reporting",
                "Set the cluster's commercial strategy with the revenue and sales teams",
            ]),
            E("General Manager", "Yarra Quarter Hotels", "Melbourne VIC", "2018-01", "2022-06", "facing", "in_person_service", [
                "Ran the Southbank property; hosted corporate clients and resolved guest complaints on the floor",
            ]),
            E("Front Office Manager", "Yarra Quarter Hotels", "Melbourne VIC", "2015-02", "2017-12", "facing", "in_person_service", [
                "Managed reception, concierge and night teams; worked the desk at peak times",
            ]),
            E("Parental leave", None, None, "2014-03", "2015-01", "none", None, [], etype="unknown"),
            E("Reservations Supervisor", "Harbourline Suites", "Sydney NSW", "2010-05", "2014-02", "facing", "contact_center", [
                "Supervised the reservations call team; took group booking calls",
            ]),
        ]),
        ("Education", ["Bachelor of Hospitality Management, Tasman Institute, 2008"]),
    ]))

# ---------------------------------------------------------------- w028
R.append(dict(
    id="w028", renderer="fpdf2", layout="sidebar", head="dateline", dstyle="mon", present="Present", sep=" – ",
    side_color=(235, 230, 245), accent=(80, 40, 120),
    family="Indian product manager, fpdf2 with left sidebar, title, company and dates on separate lines",
    name="Arjun Khanna", tagline="Product Manager — Consumer Apps",
    contact=[],
    side=[("Contact", ["Hyderabad, Telangana", "+91 97010 55218", "arjun.khanna@mailbox.in"]),
          ("Skills", ["Roadmaps", "A/B testing", "SQL", "Figma", "Jira"]),
          ("Education", ["MBA, Deccan School of Business, 2016", "B.Tech (ECE), 2012"])],
    blocks=[
        ("Summary", "Product manager with 9 years in consumer internet: food delivery, ticketing and edtech."),
        ("Experience", [
            E("Senior Product Manager", "Tiffinly Foods Pvt Ltd", "Hyderabad", "2022-03", "present", "affecting", None, [
                "Own the ordering and checkout experience for 6M monthly users",
                "Ran 40+ A/B tests; conversion up 11%",
                "Designed the in-app refund flow with the customer support team",
            ]),
            E("Product Manager", "ShowNow Ticketing", "Mumbai", "2019-06", "2022-02", "affecting", None, [
                "Seat-selection and event discovery features; worked with design and data science",
            ]),
            E("Academic Counsellor", "BrightPath EdTech", "Bengaluru", "2016-07", "2017-12", "facing", "sales_account", [
                "Called and video-counselled parents and students on course options; monthly enrolment targets",
            ]),
            E("Associate Product Manager", "BrightPath EdTech", "Bengaluru", "2018-01", "2019-05", "affecting", None, [
                "Wrote specs for the live-class player; analysed learner feedback and ratings",
            ]),
        ]),
    ]))

# ---------------------------------------------------------------- w029
R.append(dict(
    id="w029", renderer="docx", layout="sidebar", head="dash", dstyle="month", present="Present", sep=" to ",
    side_hex="E4EEDD",
    family="Canadian supply-chain consultant, Word shaded two-column layout table, 'Title – Employer, Town' lines",
    name="Olusegun (Sege) Adeyemi-Clarke",
    contact=["Supply Chain & Operations Consultant"],
    side=[("Contact", ["Winnipeg, MB", "204-555-0166", "sege.ac@mailbox.ca"]),
          ("Certifications", ["CSCP", "Lean Six Sigma Black Belt", "P.Log"]),
          ("Languages", ["English", "Yoruba", "French (intermediate)"])],
    blocks=[
        ("Summary", "Consultant and former distribution manager; 14 years in grocery and agri-food supply chains in Canada and Nigeria."),
        ("Experience", [
            E("Senior Consultant, Supply Chain", "Redriver Advisory Group", "Winnipeg, MB", "2021-01", "present", "facing", "other_facing", [
                "Lead network-design and warehouse projects for grocery and agri-food clients",
                "Facilitate workshops with client executives and present recommendations to their boards",
            ]),
            E("Distribution Centre Manager", "Prairie Basket Grocers", "Winnipeg, MB", "2016-08", "2020-12", "affecting", None, [
                "Ran a 300,000 sq ft DC supplying 64 stores; store service level 98.7%",
                "Managed 180 unionised staff and the transport contract",
            ]),
            E("Operations Supervisor", "Prairie Basket Grocers", "Brandon, MB", "2014-05", "2016-07", "affecting", None, [
                "Night shift picking and loading for store deliveries",
            ]),
            E("Logistics Officer", "Oyo Agro Commodities Ltd", "Ibadan, Nigeria", "2010-02", "2013-12", "none", None, [
                "Scheduled grain haulage from farms to silos; fleet records",
            ]),
            E("Newcomer career transition (bridging program and job search)", None, None, "2014-01", "2014-04", "none", None, [], etype="unknown"),
        ]),
        ("Education", ["MSc Logistics, University of Ibadan North, 2009"]),
    ]))

# ---------------------------------------------------------------- w030
R.append(dict(
    id="w030", renderer="txt", head="datefirst", dstyle="yyyy-mm", present="Now", sep=" to ", hstyle="colon", bullet="•",
    family="US customer operations executive with career break and portfolio, plain text with dates first",
    name="Theresa Quintero-Blake",
    contact=["Sacramento, CA | 916-555-0187 | tq.blake@mailbox.com"],
    blocks=[
        ("Summary", "Customer operations leader (contact centers, field service dispatch, CX). Returned to work in 2023 "
                    "after a career break caring for my father; since then a fractional and board portfolio."),
        ("Experience", [
            E("Fractional Head of Customer Operations", "Self-employed", "Sacramento, CA", "2023-04", "present", "facing", "entrepreneurial_freelance", [
                "Engaged by three startups to set up their support teams; work with founders weekly and hire their first leads",
            ], etype="freelance"),
            E("Board Member", "Capitol Region Food Bank", "Sacramento, CA", "2023-09", "present", "none", None, [
                "Governance committee; fundraising strategy",
            ], section="volunteer", etype="volunteer"),
            E("Career break - family caregiver", None, None, "2020-10", "2023-03", "none", None, [
                "Full-time care for my father after his stroke",
            ], etype="unknown"),
            E("Senior Director, Customer Operations", "Golden Valley Energy", "Sacramento, CA", "2014-02", "2020-09", "none", None, [
                "Led 3 contact centers and field dispatch (450 staff); budget $48M",
                "Workforce management, vendor outsourcing and regulatory reporting to the PUC",
            ]),
            E("Contact Center Manager", "Golden Valley Energy", "Fresno, CA", "2008-06", "2014-01", "facing", "contact_center", [
                "Managed 120 agents; took escalated billing calls and met customers at the Fresno walk-in office",
            ]),
        ]),
        ("Education", ["BA Sociology, Sierra Foothills State University, 2002"]),
        ("Certifications", "COPC Registered Coordinator; Six Sigma Green Belt"),
    ]))
