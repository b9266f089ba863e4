"""wild71 résumés w001–w015."""
from lib import E

R = []

# ---------------------------------------------------------------- w001
R.append(dict(
    id="w001", renderer="reportlab", layout="plain", head="title_org", dstyle="mon", present="Present",
    paper="letter", family="US SaaS sales director, Word-to-PDF single column, title line with right-aligned dates",
    name="Darnell K. Whitfield", tagline="Sales Director | Mid-Market & Enterprise SaaS",
    contact=["Raleigh, NC  ·  (919) 555-0148  ·  d.whitfield@mailbox.net  ·  linkedin.com/in/dkwhitfield-sales"],
    blocks=[
        ("Executive Summary",
         "Sales leader with 17 years in B2B software, the last nine running quota-carrying teams. Built two regional "
         "teams from scratch, carried a personal book of strategic logos throughout, and known for forecast accuracy "
         "within 4% across 11 consecutive quarters."),
        ("Professional Experience", [
            E("Director of Sales, East Region", "Corvane Systems", "Raleigh, NC", "2021-03", "present", "facing", "sales_account", [
                "Lead 3 first-line managers and 24 account executives; region grew from $18M to $41M ARR",
                "Personally own executive relationships with the region's 12 largest customers and sit in every renewal negotiation above $500K",
                "Rebuilt territory plan and comp structure; attainment rose from 61% to 88% of reps at or above plan",
            ]),
            E("Regional Sales Manager", "Corvane Systems", "Raleigh, NC", "2017-08", "2021-02", "facing", "sales_account", [
                "Hired and coached a team of 9 AEs selling to hospital groups and universities",
                "Joined reps on-site for late-stage demos and pricing discussions; closed the company's first $2M deal",
            ]),
            E("Senior Account Executive", "Helixpoint Software", "Durham, NC", "2012-01", "2017-07", "facing", "sales_account", [
                "Prospected and closed new mid-market accounts; 142% of quota in FY2015, President's Club twice",
                "Ran discovery calls, demos and negotiations with CFOs and IT directors",
            ]),
            E("Sales Operations Analyst", "Helixpoint Software", "Durham, NC", "2009-06", "2011-12", "affecting", None, [
                "Maintained CRM territory assignments and built the weekly pipeline and forecast reports",
                "Prepared quote approvals and contract paperwork for the deal desk",
            ]),
            E("Inside Sales Representative", "Tarrow Office Supply", "Greensboro, NC", "2007-05", "2009-05", "facing", "contact_center", [
                "Handled 60+ outbound and inbound calls a day with small-business buyers; renewed toner and furniture contracts",
            ]),
        ]),
        ("Education", ["B.S. Business Administration, East Carolina Pointe University, 2007"]),
        ("Skills", ["Enterprise negotiation · Forecasting (Clari, Salesforce) · MEDDICC · Team building · Comp plan design"]),
    ]))

# ---------------------------------------------------------------- w002
R.append(dict(
    id="w002", renderer="docx", layout="styles", head="orgfirst", orgdates=True, dstyle="month", present="Present",
    family="UK FMCG key account manager, Word heading styles, employer headings with nested promotions",
    name="Harriet Ojo-Pembroke",
    contact=["Reading, Berkshire | 07700 900 314 | harriet.ojop@mailbox.co.uk"],
    blocks=[
        ("Profile", "Commercially minded National Account Manager with 14 years in grocery and convenience. "
                    "I like negotiating hard and leaving the buyer happy. Currently managing £62m of turnover across two multiples."),
        ("Career History", [
            E("National Account Manager – Convenience", "Fenwood Foods Ltd", "Reading", "2022-01", "present", "facing", "sales_account", [
                "Own the relationship with buyers and category managers at two national convenience chains",
                "Negotiated the 2025 joint business plan: +9% listings, promotional spend held flat",
                "Run quarterly top-to-top meetings and in-store visits with the customer's regional managers",
            ]),
            E("Senior Key Account Manager", "Fenwood Foods Ltd", "Reading", "2018-04", "2021-12", "facing", "sales_account", [
                "Managed wholesale and symbol group accounts worth £21m; grew distribution by 140 stores",
                "Presented range reviews to buying teams and handled delisting disputes",
            ]),
            E("Category Analyst", "Fenwood Foods Ltd", "Reading", "2016-09", "2018-03", "affecting", None, [
                "Built EPOS and loyalty-card analysis that fed range recommendations for the sales team",
                "Wrote category insight packs; did not present them myself until 2018",
            ]),
            E("Field Sales Executive", "Bramley & Cross Beverages", "Swindon", "2012-06", "2016-08", "facing", "sales_account", [
                "Called on 90 independent retailers and pubs, taking orders and negotiating display space",
                "Set up point-of-sale and trained shop staff on new lines",
            ]),
            E("Graduate Trainee (Supply Chain)", "Bramley & Cross Beverages", "Swindon", "2011-09", "2012-05", "affecting", None, [
                "Rotations in demand planning and the depot; raised customer order-fill from 94% to 97% on my patch",
            ], etype="internship"),
        ]),
        ("Education", ["BA (Hons) Geography, University of Lynmouth, 2011"]),
        ("Interests", "Half-marathons, allotment, school governor at a local primary."),
    ]))

# ---------------------------------------------------------------- w003
R.append(dict(
    id="w003", renderer="txt", head="labelled", dstyle="mon", present="Till date", sep=" - ", hstyle="dashes",
    family="Indian logistics operations manager, job-portal text export with labelled blocks, 'till date'",
    name="Rajeshwar Prasad Nair",
    contact=["Mobile: +91 98450 55213", "Email: rp.nair77@mailbox.in", "Location: Chennai, Tamil Nadu"],
    blocks=[
        ("Career Objective", "Seeking a senior operations role in a growing 3PL where 18 years of warehouse and transport experience can be used."),
        ("Professional Summary", ("b", [
            "18 years in warehousing, line-haul and last-mile operations",
            "Handled sites up to 4,20,000 sq ft and 600 staff",
            "SAP EWM, WMS go-lives, 5S, ISO 9001 internal auditor",
        ])),
        ("Work Experience", [
            E("General Manager - Operations (South)", "Swiftkart Logistics Pvt. Ltd.", "Chennai", "2019-07", "present", "affecting", None, [
                "Responsible for 6 fulfilment centres serving e-commerce clients across South India",
                "Improved on-time dispatch from 91% to 98.6% and cut damages by 40%",
                "Budget ownership of Rs 85 crore; vendor management for 14 transporters",
            ]),
            E("Senior Manager - Warehouse", "Meridian Cold Chain Ltd.", "Hosur", "2014-02", "2019-06", "affecting", None, [
                "Ran a temperature-controlled DC for pharma and dairy customers",
                "Led audits by client quality teams and closed CAPAs",
            ]),
            E("Client Service Manager", "Meridian Cold Chain Ltd.", "Bengaluru", "2011-04", "2014-01", "facing", "sales_account", [
                "Single point of contact for 9 key clients; daily calls on stock, dispatch and escalations",
                "Conducted monthly business reviews at client offices and handled rate negotiations",
            ]),
            E("Shift In-charge", "Anand Textiles Ltd.", "Coimbatore", "2007-06", "2011-03", "none", None, [
                "Supervised spinning shift of 80 workers, production planning, machine utilisation",
            ]),
        ]),
        ("Education", ["MBA (Operations), 2007 - Kovai Institute of Management", "B.E. Mechanical, 2005 - Anna Nagar College of Engineering"]),
        ("Personal Details", ["Date of Birth: 12-03-1983", "Languages: English, Tamil, Malayalam, Hindi", "Notice period: 60 days"]),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
    ]))

# ---------------------------------------------------------------- w004
R.append(dict(
    id="w004", renderer="fpdf2", layout="sidebar", head="title_org", dstyle="mon", present="Present",
    family="Singapore hotel general manager, fpdf2 with shaded left sidebar (contact, languages, awards)",
    name="Vivienne Tan Shu Ling", tagline="Hotel General Manager",
    contact=[],
    side=[("Contact", ["Singapore 238859", "+65 9123 4470", "vivienne.tan@mailbox.sg"]),
          ("Languages", ["English (native)", "Mandarin (fluent)", "Bahasa Melayu (conversational)"]),
          ("Core Skills", ["Hotel P&L", "Pre-opening", "Revenue strategy", "Owner relations", "Service culture"]),
          ("Awards", ["Group GM of the Year 2023", "TripAdvisor Travellers' Choice 2022-2024"])],
    blocks=[
        ("Summary", "Hotelier with 22 years across rooms division, pre-opening and general management in Singapore, "
                    "Kuala Lumpur and Bangkok. Hands-on GM who is in the lobby every morning."),
        ("Experience", [
            E("General Manager", "The Orchid Quay Hotel (312 keys)", "Singapore", "2020-10", "present", "facing", "in_person_service", [
                "Full P&L responsibility; GOP up 23% vs 2019 despite post-pandemic staffing gaps",
                "Greet VIP and long-stay guests personally and handle every service recovery above S$500",
                "Lead the executive committee of 11 and report monthly to the owning company",
            ]),
            E("Hotel Manager", "Serenaya Resort Langkawi", "Langkawi, Malaysia", "2017-03", "2020-09", "facing", "in_person_service", [
                "Oversaw rooms, F&B and spa; hosted the weekly manager's cocktail with guests",
                "Raised guest satisfaction score from 84 to 91",
            ]),
            E("Director of Rooms", "Grand Mahanakhon Residence", "Bangkok, Thailand", "2013-01", "2017-02", "facing", "in_person_service", [
                "Front office, housekeeping, concierge and guest relations, 160 staff",
                "Took duty-manager shifts and resolved guest complaints at the desk",
            ]),
            E("Pre-opening Project Manager", "Linden Hospitality Advisors", "Kuala Lumpur", "2011-05", "2012-12", "none", None, [
                "Wrote SOPs, budgets and hiring plans for two hotel openings; worked with the owner's architects and contractors",
            ]),
            E("Front Office Manager", "Harbourlight Hotel", "Singapore", "2004-08", "2011-04", "facing", "in_person_service", []),
        ]),
        ("Education", ["Diploma in Hotel Management, Singapore Hospitality Institute, 2003", "Certificate in Hotel Real Estate Investment (online), 2019"]),
    ]))

# ---------------------------------------------------------------- w005
R.append(dict(
    id="w005", renderer="docx", layout="table", head="title_org", dstyle="month", present="Present",
    family="South African financial controller, Word with a borderless table per job (title left, dates right)",
    name="Pieter van Rensburg CA(SA)",
    contact=["Stellenbosch, Western Cape", "+27 82 555 0917 | pieter.vr@mailbox.co.za"],
    blocks=[
        ("Professional Profile", "Chartered accountant and group financial controller. Month-end in 4 days, clean audits, "
                                 "and a finance team that business partners rather than just reports."),
        ("Key Achievements", ("b", [
            "Led ERP migration (Sage X3 to SAP Business One) on time and R1.2m under budget",
            "Reduced debtors' days from 68 to 41 across three subsidiaries",
        ])),
        ("Employment History", [
            E("Group Financial Controller", "Kaapse Vrugte Holdings (Pty) Ltd", "Paarl", "2019-02", "present", "none", None, [
                "Consolidation of 5 entities, IFRS reporting, tax and treasury",
                "Manage a team of 9; liaise with external auditors and the audit committee",
            ]),
            E("Financial Manager", "Blouberg Building Supplies", "Cape Town", "2014-05", "2019-01", "affecting", None, [
                "Owned credit control and customer account billing for 2,300 trade accounts",
                "Set credit limits and account terms; approved all credit notes",
            ]),
            E("Audit Manager", "Moodley Jacobs Inc.", "Cape Town", "2011-01", "2014-04", "facing", "other_facing", [
                "Ran audit engagements on site at clients' premises and presented findings to client boards and finance directors",
                "Managed client relationships for a portfolio of 18 owner-managed businesses",
            ]),
            E("Trainee Accountant (Articles)", "Moodley Jacobs Inc.", "Cape Town", "2008-01", "2010-12", "none", None, [
                "Audit fieldwork, working papers, tax returns",
            ], etype="internship"),
        ]),
        ("Qualifications", ["CA(SA), SAICA, 2011", "BAcc Honours (CTA), University of the Boland, 2007"]),
        ("References", "Available on request."),
    ]))

# ---------------------------------------------------------------- w006
R.append(dict(
    id="w006", renderer="md", head="title_org", dstyle="yyyy-mm", present="now", sep=" → ",
    family="Canadian senior product manager in Markdown, h3 titles with italic dates, portfolio bullets",
    name="Mireille Gagnon-Chu", tagline="Senior Product Manager — payments & B2B platforms",
    contact=["Montréal, QC · 514-555-0192 · mireille.gc@mailbox.ca", "Portfolio: mgchu.example.dev"],
    blocks=[
        ("About", "Product manager for 11 years, engineer before that. I write good specs, I say no a lot, and I ship."),
        ("Experience", [
            E("Senior Product Manager, Merchant Payouts", "Lumen Ledger Inc.", "Montréal, QC", "2022-05", "present", "affecting", None, [
                "Own roadmap for payouts used by 40k merchants; cut failed payouts by 37%",
                "Wrote PRDs, prioritised the backlog and ran sprint reviews with two engineering squads",
                "Analysed support-ticket themes and churn data to pick what to build next",
            ]),
            E("Product Manager, Onboarding", "Lumen Ledger Inc.", "Montréal, QC", "2019-09", "2022-04", "facing", "sales_account", [
                "Joined sales calls with prospective enterprise merchants to scope integrations and sign off requirements",
                "Ran the customer advisory board: quarterly sessions with 8 merchant partners",
            ]),
            E("Associate Product Manager", "Prairiebit Software", "Toronto, ON", "2017-01", "2019-08", "affecting", None, [
                "Interviewed users for research and turned findings into journey maps for the design team",
                "Managed release notes and in-app messaging",
            ]),
            E("Software Developer", "Prairiebit Software", "Toronto, ON", "2014-06", "2016-12", "none", None, [
                "Backend services in Java; on the reporting module team",
            ]),
        ]),
        ("Education", ["B.Eng. Software Engineering, Université du Littoral-Est, 2014"]),
        ("Languages", ["French, English, Cantonese (conversational)"]),
    ]))

# ---------------------------------------------------------------- w007
R.append(dict(
    id="w007", renderer="reportlab", layout="twocol", head="title_org", dstyle="mon", present="Present",
    footer="Priya Sandhu-Owens  ·  CV  ·  page {n}",
    family="UK customer success lead, 2-page reportlab CV with two-column header and page footer",
    name="Priya Sandhu-Owens",
    contact=["Manchester M4", "07911 555 062", "priya.so@mailbox.co.uk", "linkedin.com/in/priyasowens"],
    tagline="Head of Customer Success · B2B SaaS · ex-retail banking",
    blocks=[
        ("Personal Statement",
         "I have spent 16 years looking after customers, first across a bank counter and then across Zoom. "
         "Today I lead a 20-person customer success and support function for a HR software company with 1,400 clients. "
         "Gross revenue retention has been above 94% for three years running. I'm looking for a VP-level role where "
         "customer outcomes are treated as a revenue line, not a cost centre."),
        ("Key Achievements", ("b", [
            "Built the CS function from 3 to 20 people, including onboarding, support and renewals",
            "Net revenue retention 112% (FY25), up from 101%",
            "Cut median first response time from 9 hours to 47 minutes by restructuring the support rota",
            "Designed a health score adopted company-wide and now used in board reporting",
        ])),
        ("Employment", [
            E("Head of Customer Success", "Tallyworks HR Ltd", "Manchester", "2021-06", "present", "facing", "sales_account", [
                "Lead CSMs, onboarding specialists and the support desk (3 team leads, 20 staff)",
                "Own renewals of the top 50 accounts and personally run their executive business reviews",
                "Escalation point for at-risk customers: I take the difficult calls myself",
                "Partner with product on the roadmap; represent the voice of the customer in quarterly planning",
            ]),
            E("Customer Success Manager", "Tallyworks HR Ltd", "Manchester", "2018-02", "2021-05", "facing", "sales_account", [
                "Portfolio of 85 mid-market clients (£3.1m ARR); ran onboarding, QBRs and renewals",
                "Trained client HR teams on the platform, on site and remotely",
            ]),
            E("Support Team Leader", "Quillstone Software", "Stockport", "2015-09", "2018-01", "facing", "digital_service", [
                "Led 8 agents handling tickets, chat and phone support for accounting software users",
                "Took escalated tickets and wrote the knowledge base",
            ]),
            E("Career break – travel and caring for a parent", None, None, "2014-10", "2015-08", "none", None, [], etype="unknown"),
            E("Personal Banker", "Northway Building Society", "Bolton", "2010-07", "2014-09", "facing", "in_person_service", [
                "Opened accounts, handled mortgage appointments and complaints in branch",
                "Consistently top 3 in the region for customer satisfaction (mystery shop)",
            ]),
            E("Business Analyst (contract)", "Quillstone Software", "Stockport", "2015-03", "2015-06", "none", None, [
                "Documented finance workflows for an internal ERP upgrade; short contract during the break",
            ], etype="freelance"),
        ]),
        ("Education & Training", ["BSc Psychology, University of Pennine Vale, 2010", "Gainsight Certified Administrator, 2022",
                                  "CMI Level 5 Certificate in Management and Leadership, 2019"]),
        ("Other", ["Mentor, Women in SaaS North (2022–present)", "Interests: climbing, Lancashire cricket, learning Punjabi properly"]),
        ("References", "Available from my current and previous managers on request."),
    ]))

# ---------------------------------------------------------------- w008
R.append(dict(
    id="w008", renderer="docx", layout="header+tabs", head="dash", dstyle="mon", present="Current", sep=" – ",
    bullet="–",
    family="Australian HR business partner, name and contact in the Word page header, 'Title – Employer, Town' with tab dates",
    name="Bronwyn Castellano",
    contact=["Brisbane QLD 4000  |  0412 555 806  |  bcastellano@mailbox.com.au"],
    blocks=[
        ("Summary", "Senior HR Business Partner (CAHRI) with 15 years in mining services, logistics and local government. "
                    "Trusted adviser to operations leaders on workforce planning, ER and change."),
        ("Experience", [
            E("Senior HR Business Partner", "Coolangatta Resources Services", "Brisbane QLD", "2020-08", "present", "facing", "internal_support", [
                "Strategic HR partner to the COO and 6 site general managers (1,900 employees)",
                "Coach line managers through performance, conduct and grievance cases",
                "Led the EA negotiation with three unions; agreement approved first vote",
            ]),
            E("HR Business Partner", "Moreton Freight Group", "Brisbane QLD", "2016-03", "2020-07", "facing", "internal_support", [
                "Business partnering to depot managers in QLD and NSW; handled restructures and redundancies",
                "Ran manager training on the new enterprise agreement",
            ]),
            E("HR Systems & Reporting Officer", "City of Redcliffe Shores", "Redcliffe QLD", "2012-01", "2016-02", "none", None, [
                "Configured payroll and HRIS, built workforce dashboards, data cleansing",
            ]),
            E("Recruitment Consultant", "Talentline Staffing", "Brisbane QLD", "2009-05", "2011-12", "facing", "sales_account", [
                "Placed temp and permanent staff with logistics clients; business development and client visits",
                "Interviewed and briefed candidates",
            ]),
        ]),
        ("Qualifications", ["Master of Human Resource Management, Bayside University, 2015", "Bachelor of Business, 2008", "CAHRI (AHRI certified)"]),
        ("Referees", "Provided on request."),
    ]))

# ---------------------------------------------------------------- w009
R.append(dict(
    id="w009", renderer="html", head="pipe", dstyle="year", present="Present", sep="–",
    family="US management consultant with a portfolio career in HTML, pipe title/employer/town line, year-only dates",
    name="Eleanor M. Brightwater",
    contact=["Chicago, IL | 312-555-0176 | eleanor.brightwater@mailbox.com"],
    tagline="Independent Consultant · Board Director · Former Operating Partner",
    blocks=[
        ("Executive Profile", "Operator and adviser to mid-market manufacturers and distributors. Twenty-five years of "
                              "operations leadership, private-equity value creation and, since 2019, a portfolio of consulting and board roles."),
        ("Current Portfolio", [
            E("Principal Consultant", "Brightwater Operations Advisory", "Chicago, IL", "2019-01", "present", "facing", "other_facing", [
                "Advise CEOs of manufacturing firms ($50–400M revenue) on lean transformation and footprint decisions",
                "Run on-site diagnostics and weekly steering meetings with client leadership teams",
            ], etype="freelance", prec="year"),
            E("Independent Board Director", "Lakeshore Plastics Inc.", "Milwaukee, WI", "2021-01", "present", "none", None, [
                "Chair of the audit committee; quarterly board meetings",
            ], prec="year"),
            E("Advisory Board Member", "Fieldspring Robotics", "Chicago, IL", "2022-01", "present", "none", None, [], prec="year"),
        ]),
        ("Earlier Career", [
            E("Operating Partner", "Harlan Creek Capital", "Chicago, IL", "2013-01", "2018-12", "none", None, [
                "Led operational due diligence and 100-day plans for 7 portfolio acquisitions",
            ], prec="year"),
            E("VP Operations", "Prairie Fastener Co.", "Rockford, IL", "2005-01", "2012-12", "affecting", None, [
                "Ran 3 plants and distribution; on-time delivery to customers from 82% to 97%",
                "Customer quality complaints cut by half through a new inspection process",
            ], prec="year"),
        ]),
        ("Education", ["MBA, Lakeview School of Management, 2004", "B.S. Industrial Engineering, 1998"]),
    ]))

# ---------------------------------------------------------------- w010
R.append(dict(
    id="w010", renderer="fpdf2", layout="centred", head="org_title", dstyle="mm/yyyy", present="Present", sep=" - ",
    family="Indian supply-chain manager, fpdf2 centred header, employer line first with right dates, title below",
    name="Kavitha Subramanian",
    contact=["Pune, Maharashtra | +91 90110 55427 | kavitha.subra@mailbox.in"],
    blocks=[
        ("Profile Summary", "Supply chain professional with 15+ years across FMCG and auto-components: demand planning, "
                            "procurement and distribution. APICS CSCP."),
        ("Professional Experience", [
            E("Head - Supply Chain", "Sahyadri Consumer Products Ltd.", "Pune", "2021-04", "present", "affecting", None, [
                "End-to-end planning for 1,200 SKUs and 31 distributors; fill rate to distributors up from 88% to 96%",
                "Negotiated contracts with packaging suppliers, saving Rs 14 crore annually",
            ]),
            E("Senior Manager - Procurement", "Deccan AutoComp Pvt. Ltd.", "Chakan", "2016-01", "2021-03", "none", None, [
                "Sourcing of castings and forgings; supplier development and audits",
                "Led a team of 7 buyers; implemented e-auction process",
            ]),
            E("Customer Logistics Coordinator", "Deccan AutoComp Pvt. Ltd.", "Chakan", "2013-06", "2015-12", "facing", "sales_account", [
                "Daily coordination calls with OEM customers' stores and planning teams on schedules and shortages",
                "Visited customer plants to resolve delivery and packaging complaints",
            ]),
            E("Demand Planner", "Vistara Beverages", "Mumbai", "2010-07", "2013-05", "affecting", None, [
                "Statistical forecasting and S&OP inputs for western region",
            ]),
            E("Management Trainee", "Vistara Beverages", "Mumbai", "2009-07", "2010-06", "none", None, [], etype="internship"),
        ]),
        ("Education", ["PGDM (Operations), Western India Institute of Management, 2009", "B.Tech (Chemical), 2007"]),
        ("Certifications", ["APICS CSCP (2018)", "Six Sigma Green Belt"]),
    ]))

# ---------------------------------------------------------------- w011
R.append(dict(
    id="w011", renderer="docx", layout="sidebar", head="title_org", dstyle="mon", present="Present",
    family="Singapore regional sales director, Word two-column layout table with shaded sidebar",
    name="Marcus Lim Wei Jie",
    contact=["Regional Sales Director, APAC"],
    side=[("Contact", ["+65 8765 5521", "marcus.lim@mailbox.sg", "Singapore"]),
          ("Expertise", ["Channel sales", "Distributor management", "Medical devices", "Tender bids"]),
          ("Languages", ["English", "Mandarin", "Bahasa Indonesia"]),
          ("Education", ["MBA, Straits Business School (2012)", "BEng (Biomedical), 2004"])],
    blocks=[
        ("Career Summary", "Twenty years selling capital medical equipment in Southeast Asia, last eight leading regional teams and distributor networks."),
        ("Work Experience", [
            E("Regional Sales Director, APAC", "Aurelis Medical Pte Ltd", "Singapore", "2018-07", "present", "facing", "sales_account", [
                "Run sales for 11 markets through 14 distributors and a direct team of 12",
                "Meet hospital CEOs and procurement committees on tenders above S$1M",
                "Revenue grew from S$38M to S$71M",
            ]),
            E("Country Manager, Indonesia", "Aurelis Medical Pte Ltd", "Jakarta", "2015-01", "2018-06", "facing", "sales_account", [
                "Set up the Jakarta office; signed the first two national hospital group contracts",
            ]),
            E("Clinical Applications Specialist", "Norvik Imaging Asia", "Singapore", "2007-03", "2014-12", "facing", "other_facing", [
                "Trained radiographers at customer hospitals on new CT and MRI systems after installation",
                "Supported sales with clinical demos",
            ]),
            E("Biomedical Engineer", "Eastbay General Hospital", "Singapore", "2004-07", "2007-02", "none", None, [
                "Preventive maintenance and repair of ward equipment in the workshop",
            ]),
        ]),
    ]))

# ---------------------------------------------------------------- w012
R.append(dict(
    id="w012", renderer="txt", head="org_title", dstyle="month", present="to date", sep=" - ", hstyle="caps", bullet="*",
    family="UK hotel operations manager CV pasted as plain text, caps headings, employer line first then title",
    name="Callum Fraser-McBride",
    contact=["Edinburgh EH6  |  07833 555 219  |  callum.fmb@mailbox.co.uk"],
    blocks=[
        ("Profile", "Hotel operations manager, 19 years in four- and five-star properties in Scotland and London. "
                    "Strong on rotas, payroll control and guest experience."),
        ("Employment", [
            E("Hotel Manager", "The Leith Wharf Hotel", "Edinburgh", "2019-04", "present", "facing", "in_person_service", [
                "Day-to-day running of a 140-bedroom hotel, deputising for the GM",
                "Walk the floor at breakfast and check-in peaks; resolve guest complaints and review responses",
                "Payroll at 29% of revenue against a 31% budget",
            ]),
            E("Operations Manager", "Glenmorrow Castle Hotel & Spa", "Perthshire", "2014-08", "2019-03", "facing", "in_person_service", [
                "Managed weddings and events operations; met couples for final planning meetings",
            ]),
            E("Revenue & Reservations Manager", "Pinecourt Hotels (group office)", "London", "2011-02", "2014-07", "affecting", None, [
                "Set room rates and restrictions for 6 hotels, channel management, forecasting",
                "Managed the central reservations team's systems and reporting",
            ]),
            E("Assistant Front Office Manager", "Pinecourt Kensington", "London", "2007-10", "2011-01", "facing", "in_person_service", []),
            E("Night Auditor", "Pinecourt Kensington", "London", "2006-05", "2007-09", "affecting", None, [
                "Ran the night audit, posted charges and checked folios; reports for the morning team",
            ]),
        ]),
        ("Education", ["HND Hospitality Management, Edinburgh Southside College, 2006"]),
        ("Training", ["Personal Licence holder (Scotland)", "IOSH Managing Safely"]),
        ("Interests", "Hill walking, five-a-side, cooking for far too many people."),
    ]))

# ---------------------------------------------------------------- w013
R.append(dict(
    id="w013", renderer="reportlab", layout="sidebar", head="pipe", dstyle="mon", present="Present", sep=" - ",
    family="South African key account manager, reportlab with coloured left sidebar, pipe title/company/town line",
    name="Thandiwe Mokoena", tagline="Key Account Manager | Retail & Hospitality Equipment",
    contact=["Johannesburg, Gauteng"],
    side=[("Contact", ["+27 72 555 0334", "thandi.mokoena@mailbox.co.za", "Randburg, JHB"]),
          ("Skills", ["Account planning", "Negotiation", "Tender submissions", "CRM (HubSpot)", "Excel modelling"]),
          ("Languages", ["English", "isiZulu", "Sesotho", "Afrikaans (basic)"]),
          ("Driver's licence", ["Code B, own vehicle"])],
    side_color=(0.86, 0.93, 0.9),
    blocks=[
        ("Profile", "Key account manager with 13 years in B2B equipment sales to retail chains, QSR franchises and hotel groups."),
        ("Work Experience", [
            E("Key Account Manager", "Ubuntu Kitchen Systems", "Johannesburg", "2020-01", "present", "facing", "sales_account", [
                "Manage 7 national accounts (QSR and hotel groups), R140m annual revenue",
                "Quarterly reviews with procurement heads; handle escalations on installs and service",
                "Won a 5-year equipment contract for 210 franchise stores in 2024",
            ]),
            E("Internal Sales Manager", "Ubuntu Kitchen Systems", "Johannesburg", "2017-03", "2019-12", "facing", "contact_center", [
                "Led the inside-sales team of 6 taking dealer and customer orders by phone and email",
            ]),
            E("Sales Administrator", "Highveld Refrigeration CC", "Germiston", "2013-02", "2017-02", "affecting", None, [
                "Prepared quotes, order confirmations and delivery schedules for the sales reps",
                "Captured orders on Pastel and followed up on delivery paperwork",
            ]),
            E("Promoter (contract)", "BrandWave Activations", "Soweto", "2012-01", "2012-12", "facing", "in_person_service", [
                "In-store product demos and sampling at weekends",
            ], etype="freelance", prec="year", datetext="2012"),
        ]),
        ("Education", ["National Diploma: Marketing, Rand Central University of Technology, 2012"]),
        ("References", ["S. Naidoo, Sales Director, Ubuntu Kitchen Systems – 011 555 0190", "J. Coetzee, Owner, Highveld Refrigeration – 011 555 0121"]),
    ]))

# ---------------------------------------------------------------- w014
R.append(dict(
    id="w014", renderer="docx", layout="styles", head="orgfirst", orgdates=False, dstyle="mon", present="Present",
    family="Canadian finance controller returning after a career break, Word heading styles, employer headings with roles beneath",
    name="Sunita Raghavan, CPA",
    contact=["Calgary, AB  •  403-555-0157  •  sunita.raghavan@mailbox.ca"],
    blocks=[
        ("Summary", "CPA with 16 years in controllership and FP&A in energy services and retail; returning to work after "
                    "three years at home with my children, during which I kept books for two small clients."),
        ("Professional Experience", [
            E("Bookkeeper (self-employed, part-time)", "Self-employed", "Calgary, AB", "2023-09", "present", "affecting", None, [
                "Monthly bookkeeping, GST filings and payroll for a dental practice and a landscaping company",
            ], etype="freelance"),
            E("Career break – full-time parent", None, None, "2022-07", "2023-08", "none", None, [], etype="unknown"),
            E("Controller", "Bowridge Energy Services Ltd.", "Calgary, AB", "2017-02", "2022-06", "none", None, [
                "Month-end close, consolidation and reporting for 4 entities ($310M revenue)",
                "Managed AP, AR and payroll teams (11 staff); lead contact for external audit",
            ]),
            E("Manager, FP&A", "Bowridge Energy Services Ltd.", "Calgary, AB", "2014-05", "2017-01", "facing", "internal_support", [
                "Business partner to field operations VPs: monthly meetings to walk through results and build budgets with them",
                "Answered ad hoc requests from division managers on costs and pricing",
            ]),
            E("Senior Financial Analyst", "Westhaven Outdoor Retail", "Edmonton, AB", "2010-03", "2014-04", "none", None, [
                "Store P&L analysis, capex models, weekly sales flash",
            ]),
        ]),
        ("Education", ["CPA, Chartered Professional Accountants of Alberta, 2012", "BComm (Accounting), University of the North Saskatchewan, 2009"]),
        ("Volunteer", "Treasurer, Glenmore Community Soccer Association – annual accounts and registration fees."),
    ]))

# ---------------------------------------------------------------- w015
R.append(dict(
    id="w015", renderer="md", head="datefirst", dstyle="mon", present="Present", sep=" – ", mdjob="bold",
    family="Australian portfolio career in Markdown, dates first then title, employer line beneath",
    name="Geoffrey 'Geoff' Pallister",
    contact=["Perth WA · 0408 555 373 · geoff.pallister@mailbox.com.au"],
    blocks=[
        ("Profile", "Former retail operations executive (22 years) now running a portfolio: two non-executive roles, "
                    "a consulting practice and a mentoring program for new store managers."),
        ("Portfolio roles (current)", [
            E("Non-Executive Director", "Swan Valley Community Credit Union", "Perth WA", "2022-03", "present", "none", None, [
                "Board member and chair of the risk committee",
            ]),
            E("Retail Consultant", "Pallister Retail Advisory", "Perth WA", "2021-01", "present", "facing", "other_facing", [
                "Work with owners of independent retail groups in their stores: layout, rostering, shrink",
                "Run workshops for clients' store managers",
            ], etype="freelance"),
            E("Volunteer Mentor", "Small Business Mentoring WA", "Perth WA", "2021-06", "present", "facing", "volunteering", [
                "Meet small-business owners monthly, one-on-one, to work through their plans",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("Executive career", [
            E("General Manager – Store Operations WA", "Goldfields Hardware & Garden", "Perth WA", "2012-08", "2020-11", "none", None, [
                "Led 38 stores, 1,600 team members; $620M sales",
                "Owned store P&L, rostering model and the capital program",
            ]),
            E("Regional Manager", "Goldfields Hardware & Garden", "Bunbury WA", "2006-02", "2012-07", "facing", "in_person_service", [
                "Visited 12 stores weekly; stepped in on the trade desk and handled escalated customer complaints",
            ]),
            E("Store Manager", "Coastline Home Centres", "Fremantle WA", "1998-04", "2006-01", "facing", "in_person_service", []),
        ]),
        ("Education", ["Graduate Certificate in Business, Western Shores University, 2005", "GAICD, 2021"]),
    ]))
