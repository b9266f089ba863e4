"""wild127 résumés w001–w015 (supervisors, team leaders and managers; duties decide the label)."""
from lib import E

RESUMES = []

# --------------------------------------------------------------------------- w001
RESUMES.append(dict(
    file="w001.pdf",
    family="US big-box store manager promoted through one chain, works the floor and takes escalations; "
           "overnight receiving lead in between; reportlab single column",
    layout="reportlab, plain/title_org, mon / 'Present'",
    renderer="rl",
    name="Dana K. Whitcombe",
    contact=["Columbus, OH 43214", "(614) 555-0183", "dana.whitcombe@fastmail.example"],
    fmt=dict(style="mon", present="Present", sep=" – "),
    order="title_org",
    pdf=dict(layout="plain", font="Helvetica", size=10, header="center", bullet="•"),
    blocks=[
        ("summary", "Summary",
         "Store leader with fifteen years in specialty and big-box retail. I still believe the best "
         "customer service happens on the sales floor, not in the back office, and I run my buildings "
         "that way: visible managers, quick answers, no customer passed around."),
        ("entries", "Experience", [
            E("Store Manager", "Harlow Home Outfitters", "Columbus, OH", "2021-03", "present",
              "facing", "in_person_service", [
                  "Lead a $14M store with 38 associates and 3 assistant managers",
                  "Walk the floor through every Saturday peak and jump on a register or the pickup desk when lines build",
                  "Personally resolve escalated complaints – damaged furniture, missed deliveries, price-match disputes – usually with a same-day call back",
                  "Own payroll budget, shrink and inventory results; shrink down from 2.1% to 1.3% in two years",
              ]),
            E("Assistant Store Manager", "Harlow Home Outfitters", "Grove City, OH", "2018-06", "2021-02",
              "facing", "in_person_service", [
                  "Opened and closed the building; cash office, deposits and safe audits",
                  "Covered the customer service desk for returns, special orders and delivery scheduling",
                  "Hired and trained 12 cashiers on POS and the return policy",
              ]),
            E("Department Supervisor – Furniture", "Harlow Home Outfitters", "Grove City, OH", "2015-09", "2018-05",
              "facing", "in_person_service", [
                  "Supervised 6 associates; helped shoppers plan room layouts and placed custom upholstery orders",
              ]),
            E("Overnight Receiving Lead", "Harlow Home Outfitters", "Grove City, OH", "2014-02", "2015-08",
              "affecting", None, [
                  "Ran a 5-person night crew unloading two trailers a night and setting freight before the doors opened",
              ]),
            E("Cashier", "Penn Avenue Pharmacy", "Columbus, OH", "2011-06", "2014-01",
              "facing", "in_person_service", [], oneline=True),
        ], dict(oneline="{title} · {orgloc} · {dates}")),
        ("rows", "Education", [("B.A., Communication – Ohio Dominican University", "2013", "b")]),
        ("list", "Certifications & Training", [
            "NRF Foundation Retail Management Certificate (2019)",
            "ServSafe Food Handler (2022)",
            "Harlow Emerging Leaders Program, 2017",
        ]),
        ("text", "References",
         "Available on request – including Joan Pike, Regional Director, Harlow Home Outfitters."),
    ],
))

# --------------------------------------------------------------------------- w002
RESUMES.append(dict(
    file="w002.docx",
    family="UK convenience-chain area manager (budgets, rotas, audits only) who was a hands-on store "
           "manager before; club treasurer as volunteer; Word heading styles and right tab-stop dates",
    layout="docx, styles/title_org, monuk / 'Present'",
    renderer="docx",
    name="Gareth Lomax",
    contact=["Standish, Wigan WN6", "07700 900 418", "garethlomax@btinternet.example"],
    fmt=dict(style="monuk", present="Present", sep=" – "),
    order="title_org",
    docx=dict(mode="tabs", headings="styles", size=10.5, font="Calibri", center=False),
    blocks=[
        ("summary", "Profile",
         "Multi-site retail manager with a background in high-footfall convenience stores. Known for "
         "turning round under-performing shops through tight cost control, clear rotas and strong "
         "customer service standards. Full UK driving licence."),
        ("entries", "Career History", [
            E("Area Manager – North West", "Marlow & Finch Convenience Ltd", "Wigan", "2021-09", "present",
              "affecting", None, [
                  "Accountable for 11 stores, £19m annual turnover and a labour budget of £2.4m",
                  "Sign off weekly rotas and overtime for about 140 colleagues",
                  "Run quarterly compliance audits – food safety, age-restricted sales, cash handling – and track actions to closure",
                  "Coach store managers through monthly one-to-ones and P&L reviews",
                  "Lead new-store fit-outs with the property team (3 openings since 2022)",
              ]),
            E("Store Manager", "Marlow & Finch Convenience Ltd", "Wigan", "2017-04", "2021-08",
              "facing", "in_person_service", [
                  "Managed a 24-hour store with 19 staff; worked tills and the shop floor every shift",
                  "Dealt with customer complaints and refunds in person and answered every online review myself",
                  "Grew sales 14% in two years with a hot food counter and Post Office counter",
              ]),
            E("Deputy Store Manager", "Marlow & Finch Convenience Ltd", "Bolton", "2014-11", "2017-03",
              "facing", "in_person_service", [
                  "Ran the store on the manager’s days off, including cashing up and home news deliveries",
                  "Trained new starters on the till, Challenge 25 and lottery terminal",
              ]),
            E("Sales Assistant", "Chorley Road News", "Bolton", "2012-09", "2014-10",
              "facing", "in_person_service", ["Tills, newspaper rounds, shelf filling"]),
        ]),
        ("entries", "Volunteering", [
            E("Treasurer (volunteer)", "Hindley Juniors FC", "Hindley", "2019-01", "present",
              "none", None, [
                  "Keep the club accounts, chase subs and prepare the figures for the AGM",
              ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("rows", "Education & Training", [
            ("Level 5 Certificate in Retail Management, Salford City College", "2016", ""),
            ("Personal Licence Holder (APLH)", "2015", ""),
            ("GCSEs (9 incl. Maths and English) – Standish Community High School", "2010", ""),
        ]),
        ("text", "References", "Available on request."),
    ],
))

# --------------------------------------------------------------------------- w003
RESUMES.append(dict(
    file="w003.pdf",
    family="Philippine BPO career: CSR, team leader taking escalated calls, then real-time analyst and "
           "workforce planner; fpdf2 centred header, title with right-aligned dates",
    layout="fpdf2, centred/title_org, month / 'Present'",
    renderer="fpdf",
    name="Maria Cristina D. Villareal",
    contact=["Blk 7 Lot 22, Greenwoods Subd., Pasig City", "+63 917 555 0242", "mcvillareal@yahoo.example"],
    fmt=dict(style="month", present="Present", sep=" - "),
    order="title_org",
    pdf=dict(header="C", size=9.5, bullet="▪", head_caps=True, accent=(20, 90, 120)),
    blocks=[
        ("summary", "Career Objective",
         "To grow as a workforce management professional in a global contact centre, using nine years "
         "of experience in customer service, team leadership and real-time operations."),
        ("entries", "Work Experience", [
            E("Workforce Planning Analyst", "Apolinar Global Solutions Inc.", "Ortigas, Pasig City", "2023-02", "present",
              "affecting", None, [
                  "Build weekly and long-range call volume forecasts for two US healthcare accounts (about 420 FTE)",
                  "Create agent schedules, shrinkage plans and holiday capacity models in NICE IEX",
                  "Present staffing scenarios to operations managers before each billing cycle",
              ]),
            E("Real-Time Analyst", "Apolinar Global Solutions Inc.", "Ortigas, Pasig City", "2021-08", "2023-01",
              "affecting", None, [
                  "Watched queues and service level every 15 minutes; moved agents between skills and called off breaks when needed",
                  "Sent intraday reports and end-of-day adherence summaries to team leaders",
              ]),
            E("Team Leader - Inbound Telco Account", "Apolinar Global Solutions Inc.", "Ortigas, Pasig City", "2019-05", "2021-07",
              "facing", "contact_center", [
                  "Led a team of 16 agents handling billing and technical calls from US mobile subscribers",
                  "Took escalated calls and supervisor call-backs from irate customers; resolved most on the first call",
                  "Ran daily huddles, call coaching and monthly scorecards",
              ]),
            E("Customer Service Representative", "Bluecrest Contact Solutions", "Eastwood City, Quezon City", "2016-10", "2019-04",
              "facing", "contact_center", [
                  "Handled 70–90 inbound calls a day for a US cable provider: billing disputes, plan changes, outage reports",
                  "Top 10% CSAT for 5 consecutive quarters",
              ]),
            E("Service Crew", "Kain Tayo Burger House", "Marikina City", "2014-04", "2015-03",
              "facing", "in_person_service", ["Cashier and counter service; part-time while studying"]),
        ]),
        ("rows", "Education", [
            ("Bachelor of Science in Psychology – Pamantasan ng Lungsod ng Marikina", "2016", "b"),
        ]),
        ("list", "Trainings & Certifications", [
            "COPC Workforce Management Fundamentals – 2022",
            "Advanced Excel for WFM (in-house) – 2021",
            "Apolinar Leadership Bootcamp – 2019",
        ], "bullets"),
        ("text", "Character References",
         "Ramon T. Esguerra – Operations Manager, Apolinar Global Solutions Inc. – +63 918 555 0190"),
    ],
))

# --------------------------------------------------------------------------- w004
RESUMES.append(dict(
    file="w004.txt",
    family="US executive chef at an events caterer running client tastings, earlier kitchen-only sous "
           "chef, line and prep cook, one summer of orchard work; Indeed-style text export",
    layout="txt, indeed/dateline, month / 'Present'",
    renderer="txt",
    name="Tomás Echeverri",
    contact=["Portland, OR 97217", "tomas.echeverri.chef@gmail.example", "+1 503 555 0127"],
    fmt=dict(style="month", present="Present", sep=" to "),
    order="dateline",
    opts=dict(olsep=" - "),
    txt=dict(heading="underline", ul="-", bullet="- ", rows="newline", contact_lines=True),
    blocks=[
        ("summary", None,
         "Chef with 12 years in restaurant and catering kitchens. Comfortable in front of clients as "
         "well as on the line. Looking for a culinary director role with a growing events company."),
        ("entries", "Work Experience", [
            E("Executive Chef", "Silverbirch Events & Catering", "Portland, OR", "2022-01", "present",
              "facing", "in_person_service", [
                  "Meet engaged couples and corporate planners for menu tastings, then adjust menus for allergies, culture and budget",
                  "Walk the room at larger weddings to check in with hosts between courses",
                  "Run a kitchen of 9 cooks and 14 part-time event staff; food cost held at 29%",
                  "Write seasonal menus and the allergen matrix used by the sales team",
              ]),
            E("Sous Chef", "The Larch Room", "Portland, OR", "2018-03", "2021-12",
              "affecting", None, [
                  "Ran the line on service nights (140 covers) and expedited the pass",
                  "Ordering, prep lists, walk-in rotation and weekly inventory",
                  "Trained new line cooks on stations and plating specs",
              ]),
            E("Line Cook", "The Larch Room", "Portland, OR", "2016-05", "2018-02",
              "affecting", None, ["Grill and sauté stations; butchery for the weekend menu"]),
            E("Prep Cook", "Riverbend Senior Living", "Vancouver, WA", "2014-08", "2016-04",
              "affecting", None, ["Batch cooking for 3 meal services a day, texture-modified diets"]),
            E("Orchard Crew", "Hood River Valley Orchards", "Odell, OR", "2013-06", "2013-08",
              "none", None, ["Pear picking and bin hauling"], dt="Summer 2013"),
        ]),
        ("rows", "Education", [
            ("A.A.S. Culinary Arts", "", "b", "Clark College - Vancouver, WA", "2012 to 2014"),
        ]),
        ("list", "Certifications and Licenses", [
            "ServSafe Manager - Expires March 2027",
            "Oregon Food Handler Card",
        ]),
        ("list", "Skills", ["Menu development", "Food costing", "Client tastings", "Allergen management",
                            "Team scheduling"], "comma"),
    ],
))

# --------------------------------------------------------------------------- w005
RESUMES.append(dict(
    file="w005.docx",
    family="South African retail-bank branch manager meeting clients, previously back-office branch "
           "operations manager, service consultant and teller; Word table per job",
    layout="docx, table/title_org, month / 'Present'",
    renderer="docx",
    name="Nomvula P. Dlamini",
    contact=["Umhlanga Rocks, Durban", "082 555 0761", "nomvula.dlamini@webmail.example"],
    fmt=dict(style="month", present="Present", sep=" – "),
    order="title_org",
    docx=dict(mode="table", headings="rule", size=10, font="Arial", bullet="•", center=True),
    blocks=[
        ("summary", "Personal Profile",
         "Banking professional with twelve years in retail branches, from the teller line to branch "
         "management. Passionate about client service, coaching and clean audit results."),
        ("entries", "Employment History", [
            E("Branch Manager", "Umhlanga Mutual Bank", "La Lucia Mall, Durban", "2022-07", "present",
              "facing", "in_person_service", [
                  "Meet personal and small-business clients in the branch; resolve complaints escalated from the service floor",
                  "Approve overdrafts and personal loans up to R750 000 within mandate",
                  "Lead a team of 15 consultants and tellers; branch NPS up from 41 to 63",
              ]),
            E("Branch Operations Manager", "Umhlanga Mutual Bank", "Pietermaritzburg", "2019-03", "2022-06",
              "affecting", None, [
                  "Controlled the cash centre, vault limits and ATM replenishment schedule",
                  "Closed internal audit findings and ran monthly risk self-assessments",
                  "Prepared staff rosters and leave plans so counters were always covered",
              ]),
            E("Service Consultant", "Umhlanga Mutual Bank", "Pietermaritzburg", "2016-02", "2019-02",
              "facing", "in_person_service", [
                  "Opened accounts, replaced cards and handled account queries at the enquiries desk",
                  "Helped elderly clients register for the banking app",
              ]),
            E("Teller", "Umhlanga Mutual Bank", "Pietermaritzburg", "2014-01", "2016-01",
              "facing", "in_person_service", ["Cash deposits, withdrawals and foreign notes; balanced daily"]),
            E("Graduate Intern – Credit Administration", "Indlovu Finance (Pty) Ltd", "Durban", "2013-02", "2013-12",
              "affecting", None, ["Checked loan agreements and captured securities before pay-out"],
              etype="internship"),
        ]),
        ("rows", "Qualifications", [
            ("BCom (Banking) – University of KwaZulu-Natal", "2012", "b"),
            ("Regulatory Examination RE5", "2016", ""),
            ("FAIS Fit & Proper credits", "2017", ""),
        ]),
        ("list", "Languages", ["English", "isiZulu", "Afrikaans (basic)"], "comma"),
        ("text", "References",
         "Mr S. Naidoo, Regional Manager, Umhlanga Mutual Bank – 031 555 0140"),
    ],
))

# --------------------------------------------------------------------------- w006
RESUMES.append(dict(
    file="w006.pdf",
    family="Australian hotel revenue manager (pricing, no guest contact) who came up through front "
           "office and night management; one-day event marshal; reportlab shaded left sidebar",
    layout="reportlab, sidebar/title_org, mon / 'Current'",
    renderer="rl",
    name="Priya Ramanathan",
    tagline="Revenue & Front Office Leader",
    contact=["Cairns North QLD 4870", "0412 555 308", "priya.r@outlook.example", "linkedin.com/in/priya-ram-demo"],
    fmt=dict(style="mon", present="Current", sep=" – "),
    order="title_org",
    pdf=dict(layout="sidebar", font="Helvetica", size=9.5, header="left", bullet="–", paper="a4",
             side_fill="#e6eef0", accent="#0e5a63", colour_name=True, rule=False),
    sidebar=[
        ("list", "Systems", ["Opera PMS / Opera Cloud", "IDeaS G3 RMS", "SiteMinder", "Power BI", "Excel (advanced)"]),
        ("list", "Education", ["Bachelor of Business (Tourism) – James Cook University, 2015",
                               "Cert IV Hospitality, 2012"], "lines"),
        ("list", "Interests", ["Reef diving", "Running", "Community radio"]),
    ],
    blocks=[
        ("summary", "Profile",
         "Ten years in resort and city hotels. Started on the front desk and still think like a guest "
         "service agent when I set prices – fair rates, clear policies, no surprises at check-in."),
        ("entries", "Experience", [
            E("Revenue & Distribution Manager", "Saltwater Quay Hotel", "Cairns QLD", "2023-04", "present",
              "affecting", None, [
                  "Set daily rates and restrictions for 212 rooms across direct, OTA and wholesale channels",
                  "Forecast occupancy and RevPAR weekly; present pricing strategy to the GM and owners",
                  "Maintain rate loading and content in SiteMinder and the booking engine",
              ]),
            E("Front Office Manager", "Saltwater Quay Hotel", "Cairns QLD", "2020-10", "2023-03",
              "facing", "in_person_service", [
                  "Led 14 reception, concierge and night audit staff",
                  "Met VIP and group arrivals and handled serious guest complaints personally",
                  "Lifted TripAdvisor service score from 4.2 to 4.6",
              ]),
            E("Night Manager", "Coral Fern Resort", "Port Douglas QLD", "2018-01", "2020-09",
              "facing", "in_person_service", [
                  "Duty manager overnight for a 160-room resort: late arrivals, noise complaints, medical call-outs",
                  "Ran the night audit and morning handover report",
              ]),
            E("Guest Service Agent", "Coral Fern Resort", "Port Douglas QLD", "2016-06", "2017-12",
              "facing", "in_person_service", [], oneline=True),
        ], dict(oneline="{title} – {org}, {loc}  ({dates})")),
        ("entries", "Volunteering", [
            E("Course Marshal", "Cairns Endurance Festival", "Cairns QLD", "2019-06", "2019-06",
              "facing", "volunteering", ["Directed athletes and spectators at a bike-course crossing for the day"],
              section="volunteer", etype="volunteer", dt="June 2019"),
        ]),
        ("text", "Referees", "Available on request"),
    ],
))

# --------------------------------------------------------------------------- w007
RESUMES.append(dict(
    file="w007.md",
    family="UK night shift manager in a fulfilment centre, earlier transport planner who took customers' "
           "rebooking calls, warehouse team leader and army logistics driver; Markdown",
    layout="md, bold/title_org, mm/yyyy / 'present'",
    renderer="md",
    name="Craig Hollins",
    contact=["Daventry, Northamptonshire", "07700 900 531", "craig.hollins@proton.example"],
    fmt=dict(style="mm/yyyy", present="present", sep=" – "),
    order="title_org",
    md=dict(row="bold", hr=True),
    blocks=[
        ("summary", "About me",
         "Operations manager who has spent 15 years making sure customers get the right stock, on time "
         "and undamaged. Ex-forces, calm under pressure, strong on health and safety."),
        ("entries", "Experience", [
            E("Shift Manager (Nights)", "Kestrel Fulfilment Ltd", "Daventry", "2021-11", "present",
              "affecting", None, [
                  "Run a night shift of 85 operatives and 4 team leaders across inbound, pick and despatch",
                  "Hit 99.6% order accuracy and the 05:00 trunking cut-off on 97% of nights",
                  "Own shift H&S: MHE checks, near-miss reviews, accident investigations",
              ]),
            E("Transport Planner", "Brookhaven Haulage", "Northampton", "2018-04", "2021-10",
              "facing", "other_facing", [
                  "Planned daily routes for 30 vehicles and kept drivers' hours compliant",
                  "Took calls from customers' goods-in teams to rebook missed or refused deliveries and gave them new slots",
                  "Cut empty running by 11% with backhaul planning",
              ]),
            E("Warehouse Team Leader", "Tallis Distribution", "Corby", "2015-06", "2018-03",
              "affecting", None, ["Led a pick team of 12 on ambient grocery; trained reach-truck drivers"]),
            E("Driver, Royal Logistic Corps", "British Army", None, "2009-09", "2015-05",
              "affecting", None, ["Moved rations, fuel and kit to units in the UK and on two overseas exercises; Cat C+E"],
              etype="military"),
        ]),
        ("list", "Tickets & training", [
            "IOSH Managing Safely (2019)",
            "Counterbalance & reach truck licences",
            "CPC Transport Manager (Road Haulage), 2020",
        ]),
        ("text", "References", "On request."),
    ],
))

# --------------------------------------------------------------------------- w008
RESUMES.append(dict(
    file="w008.docx",
    family="Irish GP practice manager who deals with patients' complaints face to face, earlier reception "
           "supervisor, hospital medical secretary and pharmacy assistant; Tidy Towns committee; "
           "Word two-column layout table with shaded sidebar",
    layout="docx, sidebar/title_org, mon / 'Present'",
    renderer="docx",
    name="Siobhán Gaughan",
    contact=["Castlebar, Co. Mayo", "087 555 2290", "sgaughan@eircom.example"],
    fmt=dict(style="mon", present="Present", sep=" – "),
    order="title_org",
    docx=dict(mode="sidebar", headings="bold", size=10, font="Calibri", bullet="•", side_frac=0.3,
              side_fill="DCE6E4"),
    sidebar=[
        ("list", "Key Skills", ["Patient liaison", "HSE GMS & PCRS claims", "Socrates / HealthOne",
                                "Rota planning", "GDPR & complaints"]),
        ("list", "Education", ["QQI Level 6 Healthcare Supervision, 2017",
                               "Diploma in Medical Secretarial Studies, GMIT 2012"], "lines"),
    ],
    blocks=[
        ("summary", "Profile",
         "Practice manager in a busy rural GP surgery. Firm believer that good patient service starts "
         "at reception and that complaints are a gift."),
        ("entries", "Work Experience", [
            E("Practice Manager", "Ballycarra Medical Centre", "Co. Mayo", "2020-01", "present",
              "facing", "in_person_service", [
                  "Meet patients and families who raise complaints or sensitive queries, usually the same day",
                  "Manage 4 GPs' rotas, 3 nurses and 6 admin staff",
                  "Run GMS and private billing, PCRS claims and month-end accounts",
              ]),
            E("Reception Supervisor", "Ballycarra Medical Centre", "Co. Mayo", "2016-05", "2019-12",
              "facing", "in_person_service", [
                  "Front desk and phones at peak times; triaged urgent appointment requests",
                  "Trained new receptionists on the booking system",
              ]),
            E("Medical Secretary", "St Brigid's Regional Hospital", "Castlebar", "2012-09", "2016-04",
              "affecting", None, [
                  "Typed clinic letters and discharge summaries from digital dictation for two consultants",
                  "Kept consultants' diaries and theatre lists",
              ]),
            E("Shop Assistant (part-time)", "Heneghan's Pharmacy", "Westport", "2008-01", "2011-12",
              "facing", "in_person_service", ["Counter sales, cosmetics, prescription collection"], prec="year"),
        ]),
        ("entries", "Community", [
            E("Committee Member", "Westport Tidy Towns", None, "2018-01", "present",
              "none", None, ["Minutes, grant applications and organising the spring clean-up rota"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("text", "References", "Dr Fiona Moran, Principal GP, Ballycarra Medical Centre (available on request)"),
    ],
))

# --------------------------------------------------------------------------- w009
RESUMES.append(dict(
    file="w009.pdf",
    family="US multi-unit sandwich franchisee who still works the counter, formerly grocery category "
           "manager and assistant buyer; business-association board seat; fpdf2 left header, employer first",
    layout="fpdf2, left/orgfirst, m/yyyy / 'Present'",
    renderer="fpdf",
    name="Raymond J. Kowalczyk",
    contact=["Milwaukee, WI 53207", "414-555-0166", "ray@crescentsubs-mke.example"],
    fmt=dict(style="m/yyyy", present="Present", sep=" – "),
    order="orgfirst",
    opts=dict(olsep=" — "),
    pdf=dict(header="L", size=9.5, bullet="•", org_caps=False, serif=True, accent=(120, 40, 30),
             paper="Letter", contact_lines=False, contact_sep="  |  "),
    blocks=[
        ("summary", "Summary",
         "Franchise owner and former grocery buyer. I know both sides: what it takes to get the right "
         "product on the shelf and what it takes to keep a lunch regular coming back."),
        ("entries", "Professional Experience", [
            E("Owner / Operator", "Crescent Sub Co. (franchisee, 3 locations)", "Milwaukee, WI", "2017-04", "present",
              "facing", "entrepreneurial_freelance", [
                  "Bought one unit in 2017 and opened two more; 34 employees, $3.1M combined sales",
                  "Work the counter at the Bay View store most weekday lunches and take catering orders from office managers directly",
                  "Handle payroll, food cost, hiring and franchise compliance visits",
              ], etype="freelance"),
            E("Category Manager, Deli & Prepared Foods", "Midwest Grocers Cooperative", "Milwaukee, WI", "2012-03", "2017-03",
              "affecting", None, [
                  "Managed a $48M category for 60 member stores: assortment, pricing, promotions, vendor negotiations",
                  "Launched a private-label soup line that became the #2 seller in the category",
              ]),
            E("Assistant Buyer", "Midwest Grocers Cooperative", "Milwaukee, WI", "2009-06", "2012-02",
              "affecting", None, ["Purchase orders, cost changes and shelf-tag files for deli and bakery"]),
            E("Shift Leader", "Pronto Pizza & Subs", "Racine, WI", "2006-05", "2009-05",
              "facing", "in_person_service", ["Ran the counter and delivery drivers on evening shifts"]),
        ]),
        ("entries", "Community", [
            E("Board Member", "Bay View Small Business Association", "Milwaukee, WI", "2019-01", "present",
              "none", None, ["Treasurer’s committee; plan the summer street festival budget"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("rows", "Education", [("B.B.A. Marketing — University of Wisconsin–Parkside", "2009", "")]),
    ],
))

# --------------------------------------------------------------------------- w010
RESUMES.append(dict(
    file="w010.html",
    family="Canadian insurance contact-centre operations manager (budget, vendors, KPIs) who was a team "
           "manager taking escalations, a scheduler and a claims rep; summer camp monitor and student peer "
           "mentor; HTML page",
    layout="html, plain/title_org, mon / 'present'",
    renderer="html",
    name="Geneviève Arsenault",
    tagline="Contact Centre Operations | Bilingual EN/FR",
    contact=["Dartmouth, NS", "902-555-0117", "g.arsenault@mail.example"],
    fmt=dict(style="mon", present="present", sep=" – "),
    order="title_org",
    html=dict(rows="div", doc_title="CV"),
    blocks=[
        ("summary", "Summary",
         "Thirteen years in insurance customer service, the last four running a 110-seat claims and "
         "policy contact centre. I care about customer experience metrics, but I care more about the "
         "people on the phones."),
        ("entries", "Professional experience", [
            E("Manager, Contact Centre Operations", "Laurentide Mutual Insurance", "Halifax, NS", "2022-05", "present",
              "affecting", None, [
                  "Own a $6.2M operating budget and lead 4 team managers, a quality lead and a WFM analyst",
                  "Negotiated the IVR and call-recording vendor contracts; cut telephony costs 18%",
                  "Set the quality framework and monthly KPI reporting to the VP, Customer Experience",
              ]),
            E("Team Manager, Claims Contact Centre", "Laurentide Mutual Insurance", "Halifax, NS", "2018-09", "2022-04",
              "facing", "contact_center", [
                  "Led 14 bilingual claims representatives",
                  "Took escalated calls from policyholders and called back every customer who asked for a supervisor",
                  "Coached on empathy during total-loss and injury claims",
              ]),
            E("Workforce Scheduler", "Laurentide Mutual Insurance", "Halifax, NS", "2016-01", "2018-08",
              "affecting", None, ["Built agent schedules and holiday plans; tracked adherence"]),
            E("Claims Representative", "Laurentide Mutual Insurance", "Moncton, NB", "2013-06", "2015-12",
              "facing", "contact_center", [
                  "Took first notice of loss calls for auto and home claims in English and French",
              ]),
        ]),
        ("entries", "Student employment", [
            E("Moniteur de camp / Camp Monitor", "Camp Beauséjour", "Shediac, NB", "2011-06", "2011-08",
              "facing", "education", ["Led activities for a group of 12 campers aged 8–10"], dt="Summer 2011"),
        ]),
        ("entries", "Campus involvement", [
            E("Peer Mentor", "Université de Moncton – Student Success Centre", "Moncton, NB", "2011-09", "2013-04",
              "facing", "education", [
                  "Met first-year students weekly to help with study plans, course registration and settling in",
              ], section="other"),
        ]),
        ("rows", "Education", [
            ("B.A. Psychology, Université de Moncton", "2013", "b"),
            ("Certificate, Customer Experience Management (Saint Mary's Continuing Ed.)", "2020", ""),
        ]),
        ("list", "Languages", ["English (native)", "French (native)"], "comma"),
    ],
))

# --------------------------------------------------------------------------- w011
RESUMES.append(dict(
    file="w011.docx",
    family="US family-restaurant district manager (7 units, audits, P&L) who was a table-touching GM, "
           "assistant GM and server, with an overlapping part-time bookkeeping job; name and contact in the Word "
           "page header, page footer",
    layout="docx, header/title_org, mm/yyyy / 'Present'",
    renderer="docx",
    name="Lorena Castañeda-Byrd",
    contact=["Mesa, AZ 85203", "(480) 555-0159", "lorena.cb@gmail.example"],
    fmt=dict(style="mm/yyyy", present="Present", sep=" - "),
    order="title_org",
    docx=dict(mode="tabs", headings="rule", size=10.5, font="Garamond", bullet="▪", contact_in_header=True,
              footer="{name} — Résumé"),
    blocks=[
        ("summary", "Professional Summary",
         "Restaurant operator with 14 years in full-service family dining. Strong record in guest "
         "satisfaction, labor control and developing general managers."),
        ("entries", "Experience", [
            E("District Manager", "Copper Kettle Family Restaurants", "Phoenix, AZ", "2022-02", "present",
              "affecting", None, [
                  "Oversee 7 restaurants ($16M sales): P&L reviews, labor scheduling targets and food-safety audits",
                  "Recruit and develop general managers; 3 promoted from within",
                  "Roll out menu and POS changes across the district",
              ]),
            E("General Manager", "Copper Kettle Family Restaurants", "Mesa, AZ", "2018-05", "2022-01",
              "facing", "in_person_service", [
                  "Table touches every shift; handled guest complaints on the spot and followed up by phone",
                  "Managed 52 team members; guest satisfaction top 3 in the company two years running",
              ]),
            E("Assistant General Manager", "Copper Kettle Family Restaurants", "Tempe, AZ", "2016-03", "2018-04",
              "facing", "in_person_service", ["Floor manager on nights and weekends; host stand and server training"]),
            E("Server / Server Trainer", "Saguaro Grill", "Tempe, AZ", "2012-06", "2016-02",
              "facing", "in_person_service", []),
            E("Bookkeeper (part-time)", "Desert Bloom Landscaping LLC", "Chandler, AZ", "2013-09", "2015-05",
              "none", None, ["Kept the owner's books in QuickBooks two mornings a week; payroll and sales tax filings"]),
        ]),
        ("rows", "Education", [("Hospitality Management coursework, Mesa Community College", "2013 - 2015", "")]),
        ("list", "Certifications", ["ServSafe Manager (2023)", "Arizona Title 4 Basic & Management (2019)"]),
    ],
))

# --------------------------------------------------------------------------- w012
RESUMES.append(dict(
    file="w012.pdf",
    family="UK pub-group operations manager (site audits, margins) after a pub GM role on the bar and "
           "with wedding couples, assistant manager, bar supervisor and cellar porter; scout leader; "
           "2-page reportlab CV with page footer",
    layout="reportlab, plain/org_title, month / 'to date'",
    renderer="rl",
    name="Neil Ashworth",
    contact=["Kendal, Cumbria LA9", "07700 900 377", "neil.ashworth@outlook.example"],
    fmt=dict(style="month", present="to date", sep=" – "),
    order="org_title",
    pdf=dict(layout="plain", font="Times", size=12.5, header="center", bullet="•", paper="a4",
             footer="Neil Ashworth – CV – page {n}", head_caps=False, name_caps=True, margin=66,
             sub_style="b"),
    blocks=[
        ("summary", "Personal statement",
         ["I have worked in pubs since I was eighteen – cellar, bar, floor and now multi-site. I know what a "
          "good Friday night feels like from behind the bar and what it takes from the office to make it "
          "happen every week.",
          "Personal Licence holder. Full driving licence and own car."]),
        ("entries", "Employment", [
            E("Operations Manager", "Hollowell Inns Ltd (12 managed pubs)", "Cumbria & North Lancashire", "2021-03", "present",
              "affecting", None, [
                  "Visit each site fortnightly: cash and stock audits, margin checks, rota sign-off, licensing compliance",
                  "Agree capex plans with the MD and project-manage refurbishments (four completed)",
                  "Recruit, induct and appraise general managers",
                  "Report weekly trading and wage percentage to the board",
              ]),
            E("General Manager", "The Quarryman's Arms (Hollowell Inns)", "Staveley", "2016-07", "2021-02",
              "facing", "in_person_service", [
                  "On the bar every Friday and Saturday; handled complaints and bookings myself",
                  "Met couples to plan wedding receptions and funeral teas in the function room",
                  "Took turnover from £640k to £910k; Cask Marque accredited",
              ]),
            E("Assistant Manager", "The Lantern", "Kendal", "2013-05", "2016-06",
              "facing", "in_person_service", [
                  "Ran the floor and bar on my shifts, cashed up and did the banking",
              ]),
            E("Bar Supervisor", "The Lantern", "Kendal", "2011-04", "2013-04",
              "facing", "in_person_service", []),
            E("Cellar & Bar Porter", "Kendal Brewery Tap", "Kendal", "2009-08", "2011-03",
              "affecting", None, ["Deliveries, line cleaning, cellar temperature logs and glass washing"]),
        ]),
        ("entries", "Voluntary", [
            E("Assistant Scout Leader", "1st Burneside Scout Group", "Burneside", "2018-09", "present",
              "facing", "volunteering", ["Weekly meetings for 20 Scouts aged 10–14; camps and badge work"],
              section="volunteer", etype="volunteer"),
        ]),
        ("rows", "Qualifications", [
            ("BIIAB Level 2 Award for Personal Licence Holders", "2012", ""),
            ("Level 3 Food Safety Supervision", "2016", ""),
            ("BTEC National Diploma in Hospitality, Kendal College", "2009", ""),
        ]),
        ("text", "References",
         "Mrs K. Threlfall, Managing Director, Hollowell Inns Ltd – details on request."),
    ],
))

# --------------------------------------------------------------------------- w013
RESUMES.append(dict(
    file="w013.txt",
    family="Indian co-operative bank branch manager and relationship manager (customer portfolio), after "
           "clearing/back-office and management-trainee years; job-portal text with colons and 'till date'",
    layout="txt, portal/inline, mon / 'till date'",
    renderer="txt",
    name="Aniket Suresh Kulkarni",
    contact=["Address : Flat 12, Shree Ganesh Apts, Kothrud, Pune - 411038",
             "Mobile : +91 98220 55510", "Email : aniket.kulkarni84@rediffmail.example"],
    fmt=dict(style="mon", present="till date", sep=" - "),
    order="inline",
    opts=dict(inl=" | "),
    txt=dict(heading="caps_rule", ul="=", bullet="* ", rows="pad", contact_lines=True, newline="\r\n"),
    blocks=[
        ("summary", "Career Objective",
         "Seeking a challenging position in retail banking where my 14 years of experience in branch "
         "banking, customer service and credit can be utilised for the growth of the organisation."),
        ("text", "Professional Summary", [
            "* 14 years in co-operative and urban banks, incl. 5 years heading a branch",
            "* Strong in CASA mobilisation, retail loans, KYC/AML and customer grievance redressal",
        ]),
        ("entries", "Work Experience", [
            E("Branch Manager", "Sahyadri Co-operative Bank Ltd.", "Kothrud Branch, Pune", "2021-04", "present",
              "facing", "in_person_service", [
                  "Heading branch of 11 staff with business mix of Rs. 340 Cr.",
                  "Personally meeting HNI and business customers; resolving complaints escalated by counter staff",
                  "Sanctioning retail loans within delegated powers; NPA below 1.2%",
              ]),
            E("Relationship Manager - Retail Liabilities", "Sahyadri Co-operative Bank Ltd.", "Deccan Gymkhana, Pune", "2017-06", "2021-03",
              "facing", "sales_account", [
                  "Managed portfolio of 420 savings and current account customers",
                  "Regular customer visits for FD renewals, cross-sell of insurance and locker facility",
              ]),
            E("Assistant Manager - Clearing & Back Office", "Indrayani Urban Bank Ltd.", "Pimpri, Pune", "2013-08", "2017-05",
              "affecting", None, [
                  "Inward/outward clearing through CTS, daily reconciliation of suspense accounts",
                  "KYC updation and document scrutiny for account opening forms",
              ]),
            E("Management Trainee", "Indrayani Urban Bank Ltd.", "Pimpri, Pune", "2012-08", "2013-07",
              "affecting", None, ["Rotation in clearing, loans documentation and internal audit"]),
        ]),
        ("text", "Educational Qualifications", [
            "MBA (Finance) - Pune University - 2012 - First Class",
            "B.Com - Brihan Maharashtra College of Commerce - 2010",
            "JAIIB - Indian Institute of Banking & Finance - 2015",
        ]),
        ("text", "Personal Details", [
            "Date of Birth : 14/02/1988", "Languages Known : Marathi, Hindi, English",
            "Marital Status : Married",
        ]),
        ("text", "Declaration",
         "I hereby declare that the above information is true to the best of my knowledge."),
        ("text", None, ["Place : Pune", "Date :", "(Aniket S. Kulkarni)"]),
    ],
))

# --------------------------------------------------------------------------- w014
RESUMES.append(dict(
    file="w014.docx",
    family="Australian supermarket career at one chain: checkout, deli team leader, night fill manager "
           "(store closed) and store manager on the floor; show-society gate steward; Word heading "
           "styles with the employer as heading and roles beneath",
    layout="docx, styles/orgfirst, mon / 'Current'",
    renderer="docx",
    name="Brooke Tanner",
    contact=["Toowoomba QLD 4350", "0438 555 901", "brooke.tanner@bigpond.example"],
    fmt=dict(style="mon", present="Current", sep=" – "),
    order="orgfirst",
    opts=dict(orgspan=True),
    docx=dict(mode="tabs", headings="styles", hlevel=1, size=11, font="Calibri", bullet=None,
              name_style="Title", center=False, rule_under_name=False),
    blocks=[
        ("summary", "Career Summary",
         "Twelve years with one supermarket group, from the checkouts to running my own store. I lead "
         "from the floor and I believe customer service is everyone's job, including the night crew's."),
        ("entries", "Employment History", [
            E("Store Manager", "Greenfield Fresh Supermarkets", "Toowoomba QLD", "2022-02", "present",
              "facing", "in_person_service", [
                  "Run a $38M store with 96 team members",
                  "Spend most of the day on the floor – helping customers, backing up checkouts and sorting out complaints at the service desk",
                  "Lifted customer-satisfaction survey from 78% to 88%",
              ]),
            E("Night Fill Manager", "Greenfield Fresh Supermarkets", "Toowoomba QLD", "2019-03", "2022-01",
              "affecting", None, [
                  "Led a crew of 22 filling the store from 10pm to 6am after close",
                  "Cut fill time per carton by 15% and reduced out-of-stocks at opening",
              ]),
            E("Deli Team Leader", "Greenfield Fresh Supermarkets", "Toowoomba QLD", "2016-05", "2019-02",
              "facing", "in_person_service", ["Served at the deli counter; rostered 8 staff; ordering and food safety"]),
            E("Checkout Operator", "Greenfield Fresh Supermarkets", "Toowoomba QLD", "2014-01", "2016-04",
              "facing", "in_person_service", []),
        ]),
        ("entries", "Volunteer Work", [
            E("Gate Steward", "Toowoomba Royal Show Society", "Toowoomba QLD", "2017-01", "present",
              "facing", "volunteering", ["Tickets, wristbands and directions for visitors at the main gate each show"],
              prec="year", section="volunteer", etype="volunteer"),
        ], dict(order="title_org")),
        ("list", "Qualifications", [
            "Certificate IV in Retail Management (2018)",
            "RSA and Food Safety Supervisor (2016)",
            "Senior First Aid – renewed 2025",
        ]),
        ("text", "Referees", "Supplied on request."),
    ],
))

# --------------------------------------------------------------------------- w015
RESUMES.append(dict(
    file="w015.pdf",
    family="Canadian family-health-team clinic operations manager (budgets, EMR, billing) after a patient "
           "services supervisor role at the front counter, medical receptionist and billing clerk; "
           "hospital escort volunteer; reportlab two-column body",
    layout="reportlab, twocol/title_org, mon. / 'Present'",
    renderer="rl",
    name="Harpreet Sandhu-Mercer",
    contact=["Ottawa, ON K2B", "613-555-0199", "hsandhu.mercer@mail.example"],
    fmt=dict(style="mon.", present="Present", sep=" – "),
    order="title_org",
    pdf=dict(layout="twocol", font="Helvetica", size=9, header="left", bullet="›", accent="#5a2a6e",
             head_rule=False, margin=46),
    blocks=[
        ("summary", "Summary",
         "Healthcare administrator with 12 years in primary care. Patient experience and clean billing "
         "are not opposites – I have run both."),
        ("entries", "Experience", [
            E("Clinic Operations Manager", "Rideau Valley Family Health Team", "Ottawa, ON", "2021-09", "present",
              "affecting", None, [
                  "Manage the $2.3M operating budget and Ministry reporting for a 14-physician team",
                  "Led the move to a new EMR and online booking; template design for 40 providers",
                  "Reconcile OHIP billing and shadow billing each month",
                  "Hire and schedule 11 administrative staff",
              ]),
            E("Patient Services Supervisor", "Rideau Valley Family Health Team", "Ottawa, ON", "2018-02", "2021-08",
              "facing", "in_person_service", [
                  "Supervised 6 receptionists and covered the front counter daily",
                  "Calmed upset patients, fitted in urgent same-day visits and handled complaints",
              ]),
            E("Medical Receptionist", "Glebe Walk-in Clinic", "Ottawa, ON", "2015-04", "2018-01",
              "facing", "in_person_service", ["Registration, health-card checks and phones for 3 doctors"]),
            E("Billing Clerk", "Glebe Walk-in Clinic", "Ottawa, ON", "2013-09", "2015-03",
              "affecting", None, ["Submitted OHIP claims, fixed rejections, third-party invoices"]),
        ]),
        ("entries", "Volunteer", [
            E("Patient Escort Volunteer", "Carling Heights Hospital", "Ottawa, ON", "2011-01", "2013-12",
              "facing", "volunteering", ["Wheeled patients between units and kept them company in waiting areas"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
    ],
    sidebar=[
        ("list", "Education", [
            "Health Office Administration Diploma – Algonquin College, 2013",
            "CHE Certificate in Health Services Management – Canadian College of Health Leaders, 2020",
        ], "lines"),
        ("list", "Skills", ["Accuro & OSCAR EMR", "OHIP billing", "Scheduling", "Staff coaching", "Excel"]),
        ("list", "Languages", ["English", "Punjabi", "French (intermediate)"], "comma"),
        ("text", "References", "Dr. L. Okonkwo, Lead Physician, Rideau Valley FHT – on request"),
    ],
))
