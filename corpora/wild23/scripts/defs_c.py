"""wild23 résumés w021–w030."""
from lib import E

RESUMES = []
R = RESUMES.append

# ---------------------------------------------------------------------------
R(dict(
    file="w021", renderer="reportlab", layout="sidebar", order="title_org", datefmt="mon", present="Present",
    paper="letter", sidecolor="#e6ecef", accent="#0b4f6c", fontsize=9.6, margin=48,
    family="Canadian retail-banking regional executive from credit-union counter to RVP, reportlab sidebar with education and board seat, key achievements",
    layout_note="sidebar/title_org, mon / 'Present'",
    name="Colleen Mahoney-Arsenault",
    headline="Retail Banking Executive",
    contact=["Port Hallett, NS", "902-555-0161", "colleen.ma@mailbox.ca"],
    side=[
        ("h", "Education"),
        ("lines", ["MBA (Executive) – Atlantic Shore University, 2014", "BBA – Acadia Valley College, 2002",
                   "Canadian Securities Course", "PFP® designation"]),
        ("h", "Community"),
        ("jobs", [
            E("Board Director", "Port Hallett Community Foundation", None, "2019", "present", "none", None, [],
              section="volunteer", etype="volunteer",
              line="Board Director, Port Hallett Community Foundation, 2019 – Present"),
        ]),
        ("h", "Languages"),
        ("lines", ["English, French (working)"]),
    ],
    blocks=[
        ("h", "Executive Profile"),
        ("p", "Retail-banking leader with 24 years from the member-service counter to regional vice-president. I have "
              "run branches, districts and now a region of 34 branches, and I measure myself on two things: whether "
              "our clients stay, and whether our branch managers get promoted."),
        ("h", "Selected Achievements"),
        ("ul", ["Region ranked #1 of 9 for client loyalty (NPS) in 2023 and 2024",
                "Led the consolidation of 6 branches into 3 community hubs with no net client attrition",
                "Grew small-business deposits in the Kingsmoor district by 31% over three years"]),
        ("h", "Career History"),
        ("jobs", [
            E("Regional Vice-President, Retail Banking – Atlantic North", "Maritime Dominion Bank", "Port Hallett, NS",
              "2020-05", "present", "affecting", None, [
                  "Lead 34 branches and 410 employees; $6.2B in deposits and loans",
                  "Set the region's sales and service targets and run quarterly business reviews with district managers",
                  "Executive sign-off on final responses to escalated complaints; chair the regional service-quality committee",
              ]),
            E("District Manager", "Maritime Dominion Bank", "Kingsmoor, NB", "2015-09", "2020-04", "facing",
              "sales_account", [
                  "Coached nine branch managers across a rural and small-town district",
                  "Joined branch managers on visits to the district's largest small-business and farm clients",
              ]),
            E("Branch Manager", "Maritime Dominion Bank", "Kingsmoor, NB", "2010-02", "2015-08", "facing",
              "in_person_service", [
                  "Managed a 14-person branch; covered the front line on Saturdays and dealt with client complaints in branch",
                  "Grew the branch's lending book 40% while keeping delinquency below region average",
              ]),
            E("Personal Banking Officer", "Acadia Shore Credit Union", "Port Hallett, NS", "2005-06", "2010-01",
              "facing", "sales_account", [
                  "Account openings, RRSP and mortgage appointments with members",
              ]),
            E("Member Service Representative", "Acadia Shore Credit Union", "Port Hallett, NS", "2002", "2005",
              "facing", "in_person_service", []),
        ]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w022", renderer="txt", order="inline", datefmt="mm/yyyy", present="Present", sep=" - ",
    hstyle="box", width=72, bullet="-", centre=True, namecaps=True,
    family="US telecom workforce-management leader who started as a utility member-services rep, plain text with boxed caps headings, title, company and dates on one line",
    layout_note="boxed headings/inline, mm/yyyy / 'Present'",
    name="Brandon Okafor",
    contact=["Camden Flats, TX 75099", "(469) 555-0127", "brandon.okafor@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "Workforce management leader: forecasting, scheduling and real-time for contact centers of 300 to "
              "1,100 agents. Former rep and team lead, so I build schedules people can actually live with. "
              "NICE IEX, Verint, Genesys, SQL, Excel/VBA."),
        ("h", "Experience"),
        ("jobs", [
            E("Senior Manager, Workforce Management", "Lone Prairie Telecom", "Camden Flats, TX", "2019-08", "present",
              "affecting", None, [
                  "Forecasting, capacity planning and scheduling for 1,100 agents in 3 sites plus work-at-home",
                  "Lead a team of 12 (forecasters, schedulers, real-time analysts)",
                  "Manage capacity and SLAs for two offshore BPO partners",
                  "Service level 80/30 hit in 46 of the last 52 weeks",
              ]),
            E("Workforce Manager", "Lone Prairie Telecom", "Camden Flats, TX", "2016-02", "2019-07", "affecting", None, [
                "Built the intraday team and the shrinkage model; cut overtime spend 22%",
            ]),
            E("Workforce Analyst", "Sunbelt Utilities Cooperative", "Redrock Mesa, TX", "2012-10", "2016-01", "affecting",
              None, [
                  "Weekly forecasts and schedules for a 300-seat member services center; storm-event staffing plans",
              ]),
            E("Team Lead, Member Services", "Sunbelt Utilities Cooperative", "Redrock Mesa, TX", "2010-11", "2012-09",
              "facing", "contact_center", [
                  "Coached 14 reps; took supervisor calls on disconnects and high bills",
              ]),
            E("Member Services Representative", "Sunbelt Utilities Cooperative", "Redrock Mesa, TX", "2008-05", "2010-10",
              "facing", "contact_center", [
                  "Start/stop service, payment arrangements and outage calls",
              ]),
        ]),
        ("h", "Education"),
        ("lines", ["B.B.A., Management Information Systems - Brazos Valley State University, 2008"]),
        ("h", "Certifications"),
        ("lines", ["SWPP Certified Workforce Planner", "Lean Six Sigma Green Belt"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w023", renderer="md", order="dash", datefmt="mon-yy", present="Present", sep=" to ", dash="—",
    mdhead="h3", bullet="-", mddatesep="·",
    family="Indian chartered accountant from articleship and audit fieldwork through industry finance to tax advisory with clients, Markdown with 'Title — Firm, Town' headings",
    layout_note="h3/dash, mon-yy 'to' / 'Present'",
    name="CA Aishwarya Iyer",
    headline="Chartered Accountant | GST & Indirect Tax Advisory",
    contact=["Vasantkhed", "+91 99001 77324", "aishwarya.iyer@mailbox.in"],
    blocks=[
        ("h", "Profile Snapshot"),
        ("ul", ["Qualified CA (2013, first attempt) with 13 years post-qualification",
                "Indirect tax advisory, GST litigation support and statutory audit",
                "Industry experience as finance head of an agro-processing company"]),
        ("h", "Work Experience"),
        ("jobs", [
            E("Director – Indirect Tax", "Kapadia Rao Advisors LLP", "Vasantkhed", "2021-07", "present", "facing",
              "other_facing", [
                  "Lead GST advisory for about 40 mid-market clients in manufacturing and logistics",
                  "Scoping calls and review meetings with client CFOs; represent clients before GST authorities at hearings",
                  "Built the firm's GST health-check product; 18 engagements in FY 2024-25",
              ]),
            E("Senior Manager – Finance & Accounts", "Deccan Agro Foods Ltd", "Kumbhalpur", "2016-04", "2021-06", "none",
              None, [
                  "Finalisation of accounts under Ind AS and coordination of statutory and internal audit",
                  "GST returns, TDS and advance tax for three plants",
                  "Led SAP B1 implementation for finance",
              ]),
            E("Assistant Manager – Audit", "Mehta Joshi & Co., Chartered Accountants", "Vasantkhed", "2013-09",
              "2016-03", "facing", "other_facing", [
                  "In-charge for statutory audits of manufacturing and NBFC clients; fieldwork at client locations",
                  "Discussed audit observations with client CFOs and audit committees at closing meetings",
              ]),
            E("Articled Assistant", "Mehta Joshi & Co., Chartered Accountants", "Vasantkhed", "2010-06", "2013-05",
              "affecting", None, [
                  "Vouching, bank reconciliations and tax audit schedules for client files",
                  "Prepared draft financial statements for partnership firm clients",
              ], etype="internship"),
        ]),
        ("h", "Honorary"),
        ("jobs", [
            E("Guest Faculty", "Vasantkhed CA Students' Study Circle", "Vasantkhed", "2018-06", "present", "facing",
              "volunteering", [
                  "Take weekend GST sessions for CA Intermediate and Final students",
              ], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Qualifications"),
        ("lines", ["Chartered Accountant – ICAI, May 2013", "B.Com – Vasantkhed University, 2010 (First Class)"]),
        ("h", "Languages"),
        ("p", "English, Tamil, Kannada, Hindi"),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w024", renderer="docx", layout="nested", order="title_org", datefmt="month", present="Current",
    font="Calibri Light", fontsize=10, accent_hex="1E6B52", hcase="upper",
    family="Australian pharmacist from hospital trials pharmacy and community dispensary to area manager, Word layout table with a nested table per job",
    layout_note="nested tables/title_org, month / 'Current'",
    name="Minh Nguyen",
    contact=["Bellmere Park WA 6199", "0491 570 448", "minh.nguyen@mailbox.com.au", "AHPRA registered pharmacist"],
    side=[
        ("h", "Registrations"),
        ("lines", ["General registration – Pharmacy Board of Australia", "Accredited pharmacist immuniser",
                   "Opioid replacement therapy trained"]),
        ("h", "Education"),
        ("lines", ["Bachelor of Pharmacy (Hons) – Western Coast University, 2008",
                   "Graduate Certificate in Business (2020)"]),
        ("h", "Languages"),
        ("lines", ["English, Vietnamese"]),
    ],
    blocks=[
        ("h", "Summary"),
        ("p", "Community pharmacist of 16 years, now area manager for six pharmacies in the southern suburbs. "
              "I still work in a dispensary regularly and I think it keeps my decisions honest."),
        ("h", "Experience"),
        ("jobs", [
            E("Area Manager", "Banksia Pharmacy Group", "Bellmere Park WA", "2022-01", "present", "facing",
              "healthcare_care", [
                  "Responsible for six pharmacies: budgets, roster approval, KPIs, store audits and pharmacist recruitment",
                  "Cover dispensary shifts when a store is short – about one day a fortnight",
                  "Rolled out a shared clinical-services booking system across the area",
              ]),
            E("Pharmacist in Charge", "Banksia Pharmacy Group", "Tarrawin Heights WA", "2016-05", "2021-12", "facing",
              "healthcare_care", [
                  "Ran dispensary and front shop at the Tarrawin Heights store, team of 14",
                  "Vaccinations, medication reviews (MedsCheck) and the methadone program",
              ]),
            E("Pharmacist", "Tarrawin Heights Community Pharmacy", "Tarrawin Heights WA", "2012-02", "2016-04", "facing",
              "healthcare_care", [
                  "Dispensing and counselling, Webster-pak service for two aged-care facilities",
              ]),
            E("Clinical Trials Pharmacist", "Bellmere Park Hospital", "Bellmere Park WA", "2010-02", "2012-01",
              "affecting", None, [
                  "Prepared, labelled and reconciled investigational products for 25 oncology and cardiology trials",
                  "Maintained trial documentation and temperature logs for sponsor monitoring visits",
              ]),
            E("Intern Pharmacist", "Tarrawin Heights Community Pharmacy", "Tarrawin Heights WA", "2009-01", "2009-12",
              "facing", "healthcare_care", [
                  "Pre-registration year: dispensing and counselling patients under supervision",
              ], etype="internship"),
        ]),
        ("h", "Referees"),
        ("p", "Provided on request."),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w025", renderer="fpdf2", layout="centred", order="title_org", datefmt="month", present="Present", sep=" – ",
    accent_rgb=(150, 60, 20), bullet="›",
    family="South African supermarket deputy and store manager (store years listing only rosters, budgets and reports) to regional operations, fpdf2 centred header, career break listed, year-only apparel job",
    layout_note="centred/title_org, month / 'Present'",
    name="Fatima Ebrahim",
    contact=["Stellenrus, Western Cape", "072 555 0118", "fatima.ebrahim@mailbox.co.za"],
    blocks=[
        ("h", "Career Summary"),
        ("p", "Retail operations manager with 22 years in fashion and food retail. I took a break in 2020 to move "
              "home and care for my father, and came back into a regional role in 2022. Strong on standards, "
              "shrinkage and growing store managers."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Regional Operations Manager – Western Region", "Fynbos Fresh Markets", "Stellenrus", "2022-05", "present",
              "affecting", None, [
                  "21 stores, R1.2bn turnover, 1,600 staff",
                  "Store visits to audit fresh standards, availability and compliance; coach store managers on the results",
                  "Lead the region's shrinkage forum with loss prevention",
              ]),
            E("Career break – relocation and caring for my father", None, None, "2020-08", "2022-04", "none", None, [],
              etype="unknown"),
            E("Store Manager", "Fynbos Fresh Markets", "Sandkop", "2014-03", "2020-07", "affecting", None, [
                  "Ran a R180m store with 140 staff",
                  "Weekly rosters against the wage budget; monthly trading and stock-loss reports to the regional manager",
                  "Fresh availability above 97% for three years running",
                  "Store of the Year (region) 2018",
              ]),
            E("Deputy Store Manager", "Fynbos Fresh Markets", "Bloubergvlei", "2010-01", "2014-02",
              "facing", "in_person_service", [
                  "Front end: 38 cashiers, the service desk and authorising voids and refunds at the tills",
                  "Weekly ordering for grocery and household",
              ]),
            E("Department Manager (Ladieswear)", "Seabreeze Apparel", "Bloubergvlei", "2004", "2009", "facing",
              "in_person_service", []),
        ]),
        ("h", "Education"),
        ("lines", ["National Diploma: Retail Business Management – Cape Flats Retail College (2004)",
                   "Management Development Programme – Fynbos Fresh Markets (2012)"]),
        ("h", "Additional"),
        ("lines", ["Code EB driver's licence · Languages: English, Afrikaans · References on request"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w026", renderer="fpdf2", layout="twocol", order="title_org", datefmt="mm/yyyy", present="Present",
    sep=" – ", accent_rgb=(0, 80, 110), fpfont="sans", bullet="•",
    family="Singapore medical-imaging field service engineer promoted to regional service manager, fpdf2 two-column header, lift engineer before",
    layout_note="twocol/title_org, mm/yyyy / 'Present'",
    name="Muhammad Hafiz bin Rahman",
    headline="Regional Service Manager, APAC",
    contact=["Singapore 520148", "+65 9034 7712", "hafiz.rahman@mailbox.sg"],
    blocks=[
        ("h", "Summary"),
        ("p", "Service engineer and manager with 18 years in medical imaging and vertical transport. Hands-on "
              "with CT and MRI, and now responsible for a 26-engineer field team across five countries."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Regional Service Manager, APAC", "Kestrel MedTech Asia Pte Ltd", "Singapore", "2019-07", "present",
              "facing", "other_facing", [
                  "Lead 26 field engineers in Singapore, Malaysia, Thailand, Vietnam and the Philippines",
                  "Spare-parts planning and the service-contract P&L (uptime guarantees of 97%)",
                  "Escalation point for hospital customers: go on site with the engineer when an MRI is down more than 48 hours and meet the biomedical engineering head",
              ]),
            E("Senior Field Service Engineer", "Kestrel MedTech Asia Pte Ltd", "Singapore", "2016-01", "2019-06",
              "facing", "other_facing", [
                  "Installation, upgrade and repair of CT and MRI systems in public and private hospitals",
                  "Application training for radiographers after software upgrades",
              ]),
            E("Field Service Engineer", "Kestrel MedTech Asia Pte Ltd", "Singapore", "2012-03", "2015-12", "facing",
              "other_facing", [
                  "Preventive maintenance and breakdown calls on X-ray and CT, with on-call weekends",
              ]),
            E("Service Engineer", "Tembusu Lift & Escalator Pte Ltd", "Singapore", "2008-01", "2012-02", "affecting", None, [
                "Preventive maintenance of lifts and escalators in commercial buildings, done after hours",
                "Modernisation works on 1980s-era lift controllers",
            ]),
        ]),
        ("h", "Education"),
        ("lines", ["Diploma in Biomedical Engineering – Sembawang Polytechnic (2007)",
                   "B.Eng (Electrical), part-time – Merlion University (2013)"]),
        ("h", "Certifications"),
        ("lines", ["Vendor-certified on CT and 1.5T/3T MRI platforms", "Radiation safety (licence L5)"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w027", renderer="docx", layout="tabs", order="title_org", datefmt="mm/yyyy", present="Present",
    paper="letter", font="Georgia", fontsize=10, accent_hex="3B3B6D", list_style="List Bullet 2",
    family="US nurse leader from CNA to director of nursing operations (budgets only now), Word tab-stop dates, earlier CNA in a year range",
    layout_note="tabs/title_org, mm/yyyy / 'Present'",
    name="Rosalind Achterberg, MSN, RN, NE-BC",
    contact=["Lindgren Lake, MN 56999", "(218) 555-0104", "roz.achterberg@mailbox.com"],
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Nurse executive with 20 years in acute care, from nursing assistant to director. I moved up through "
              "med-surg and I know what a short-staffed night feels like. Now focused on labor, staffing and "
              "Magnet work across seven inpatient units."),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Director of Nursing Operations", "Lakes Region Health System", "Lindgren Lake, MN", "2021-02", "present",
              "none", None, [
                  "Accountable for a $62M nursing labor budget across 7 inpatient units",
                  "Position control and FTE reporting to the CNO; negotiated agency contracts and cut travel-nurse spend 38%",
                  "Magnet redesignation documentation lead (2024)",
              ]),
            E("Nurse Manager, Medical-Surgical (4 West)", "Lakes Region Health System", "Lindgren Lake, MN", "2015-06",
              "2021-01", "facing", "healthcare_care", [
                  "Managed a 32-bed med-surg unit with 68 staff",
                  "Daily rounding on patients and families; led service recovery when care went wrong",
                  "HCAHPS nurse communication scores up from 71st to 88th percentile",
              ]),
            E("Charge Nurse", "Lakes Region Health System", "Lindgren Lake, MN", "2011-03", "2015-05", "facing",
              "healthcare_care", [
                  "Charge on nights with a patient assignment; rapid-response team member",
              ]),
            E("Staff RN", "Aurelia Community Hospital", "North Aurelia, MN", "2006-08", "2011-02", "facing",
              "healthcare_care", [
                  "Med-surg and telemetry",
              ]),
            E("Certified Nursing Assistant", "Pine Hollow Care Center", "North Aurelia, MN", "2003", "2006", "facing",
              "healthcare_care", [], line="Certified Nursing Assistant, Pine Hollow Care Center, North Aurelia, MN, 2003–2006 (while in nursing school)"),
        ]),
        ("h", "Education"),
        ("lines", ["MSN, Nursing Leadership – Northern Lakes University (2014)",
                   "BSN – Aurelia College of Nursing (2006)"]),
        ("h", "Licensure & Certification"),
        ("lines", ["Registered Nurse, Minnesota", "Nurse Executive, Board Certified (NE-BC)", "BLS, ACLS"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w028", renderer="reportlab", layout="plain", order="orgfirst", datefmt="mon", present="Present",
    rlfont="Helvetica", fontsize=9.8, accent="#333333", hcase="title", contactsep="  ·  ",
    family="UK university head of IT infrastructure who came up through desk-side support in India and the service desk, reportlab single column, employer heading with roles beneath",
    layout_note="plain/orgfirst, mon / 'Present'",
    name="Rohan Pillai",
    headline="Head of Infrastructure & Operations",
    contact=["Hartlecombe", "07700 900 318", "rohan.pillai@mailbox.co.uk"],
    blocks=[
        ("h", "Profile"),
        ("p", "IT leader with 18 years in infrastructure and service management across India and the UK. Started on "
              "desk-side support, ran a university service desk through two freshers' weeks a year, and now leads "
              "infrastructure for 28,000 users. ITIL 4 Managing Professional."),
        ("h", "Experience"),
        ("jobs", [
            E("Head of Infrastructure & Operations", "Brackenridge University", "Hartlecombe", "2020-09", "present", "none",
              None, [
                  "Lead 31 staff across networks, servers, storage and end-user computing; £3.4m budget",
                  "Delivered data-centre exit to Azure (2023) and the campus Wi-Fi refresh",
                  "Chair the change advisory board",
              ]),
            E("Service Desk Manager", "Brackenridge University", "Hartlecombe", "2016-04", "2020-08", "facing",
              "internal_support", [
                  "Ran the IT Service Desk for 24,000 students and 3,500 staff (team of 18)",
                  "Worked the walk-up help point in the library during freshers' weeks and took escalations from academic departments",
                  "First-contact resolution up from 58% to 74%",
              ]),
            E("Infrastructure Engineer", "Quantix Managed Services", "Quenbury", "2012-01", "2016-03", "facing",
              "other_facing", [
                  "Windows Server, VMware and backup for 40 SME customers, mostly remotely",
                  "Monthly service review meetings with customers' office managers",
              ]),
            E("Desktop Support Engineer", "Nilgiri Tech Services", "Ernakara, Kerala", "2008-07", "2011-12", "facing",
              "internal_support", [
                  "Desk-side support for 600 users at a client's offices; laptop builds and printer queues",
              ]),
        ], {"gdates": {"Brackenridge University, Hartlecombe": "Apr 2016 – Present"}}),
        ("h", "Education & Certifications"),
        ("lines", ["B.Tech Electronics & Communication – Ernakara College of Engineering (2008)",
                   "ITIL 4 Managing Professional; Microsoft Azure Administrator (AZ-104); PRINCE2 Foundation"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w029", renderer="docx", layout="tabs", order="org_title", datefmt="mm.yyyy", present="to date",
    sep=" – ", font="Arial", fontsize=10, accent_hex="8B1A1A", footer="Jean-François Ouellet – CV", hcase="upper",
    family="Canadian (Québec/Ontario) restaurant franchisee who rose from line cook, Word tab-stop dates with employer line first, French titles for early kitchen jobs, page footer",
    layout_note="tabs/org_title + footer, mm.yyyy / 'to date'",
    name="Jean-François Ouellet",
    contact=["Moncaster, ON", "613-555-0190", "jf.ouellet@mailbox.ca"],
    blocks=[
        ("h", "Profile"),
        ("p", "Cook, kitchen manager, GM and now franchisee. 25 years in restaurants in Québec and Ontario. "
              "Bilingual. I know food cost and labour to the decimal, and I still close on Saturdays."),
        ("h", "Experience"),
        ("jobs", [
            E("Franchise Owner-Operator (2 restaurants)", "Ouellet Hospitality Inc.", "Moncaster, ON", "2018-03",
              "present", "facing", "in_person_service", [
                  "Own and operate two Maple Hearth family restuarants with 62 staff",
                  "Work the host stand or the pass most weekends; most regulars know me by name",
                  "Sales up 19% at the second location after a patio and breakfast relaunch",
              ]),
            E("General Manager", "Maple Hearth Family Restaurants", "Moncaster, ON", "2013-01", "2018-02", "facing",
              "in_person_service", [
                  "Full P&L for a corporate store, 48 staff; hiring and training",
                  "Handled guest complaints and comps; ran the floor on busy services",
              ]),
            E("Kitchen Manager", "Maple Hearth Family Restaurants", "Moncaster, ON", "2009-05", "2012-12", "affecting",
              None, [
                  "Ran the kitchen: ordering, food cost (28.5%), prep lists and line schedules",
              ]),
            E("Sous-chef", "Bistro Le Vieux Quai", "Sainte-Odile-du-Lac, QC", "2005-04", "2009-04", "affecting", None, [
                "Second in a 9-cook kitchen; table d'hôte and the weekend brunch",
            ]),
            E("Cuisinier", "Auberge du Rang Sept", "Sainte-Odile-du-Lac, QC", "2001", "2005", "affecting", None, []),
        ]),
        ("h", "Education"),
        ("lines", ["DEP Cuisine – Centre de formation professionnelle des Trois-Rivages (2001)",
                   "Maple Hearth Franchise Academy (2017)"]),
        ("h", "Certifications"),
        ("lines", ["Food Handler Certification (Ontario)", "Smart Serve"]),
    ],
))

# ---------------------------------------------------------------------------
R(dict(
    file="w030", renderer="docx", layout="styles", order="title_org", datefmt="mon", present="present",
    sep=" – ", font="Calibri", fontsize=10.5, h2jobs=False, list_style="List Bullet",
    family="UK housing-association asset manager who was a neighbourhood housing officer, Word heading styles, benefits back office and an undated student job",
    layout_note="styles/title_org, mon / 'present', one undated entry",
    name="Olusegun Adeyemi",
    contact=["Calderholme", "07700 900 645", "segun.adeyemi@mailbox.co.uk"],
    blocks=[
        ("h", "Personal profile"),
        ("p", "Housing professional with 18 years in local authority and housing association work. I started in "
              "benefits, spent five years on estates as a housing officer, and now plan where the investment goes. "
              "Member of the Chartered Institute of Housing."),
        ("h", "Employment"),
        ("jobs", [
            E("Asset Manager", "Calder Valley Homes", "Calderholme", "2020-11", "present", "affecting", None, [
                "Own stock condition data for 9,200 homes and the 30-year investment plan",
                "Prioritise kitchen, bathroom, roofing and heating replacements; wrote two successful decarbonisation funding bids",
                "Report to the Board's Assets Committee",
            ]),
            E("Capital Programme Manager", "Calder Valley Homes", "Calderholme", "2017-02", "2020-10", "facing",
              "other_facing", [
                  "Delivered the kitchen and bathroom replacement programme (about 600 homes a year) through two contractors",
                  "Attended pre-start visits with tenants who had complex needs or had complained, and chaired resident programme meetings",
              ]),
            E("Neighbourhood Housing Officer", "Calder Valley Homes", "Calderholme", "2012-06", "2017-01", "facing",
              "in_person_service", [
                  "Patch of 650 homes: tenancy sign-ups, estate inspections, anti-social behaviour cases and rent arrears visits",
              ]),
            E("Housing Benefit Assessor", "Oakhollow Vale Borough Council", "Oakhollow Vale", "2008-09", "2012-05",
              "affecting", None, [
                  "Assessed new claims and changes of circumstance from the documents sent in",
                  "Overpayment calculations and reconsiderations",
              ]),
            E("Customer Adviser", "Northlink Telecom", None, None, None, "facing", "contact_center", [],
              line="Earlier: Customer Adviser (part-time, while at university) – Northlink Telecom"),
        ]),
        ("h", "Education and training"),
        ("ul", ["CIH Level 4 Certificate in Housing (2014)", "BSc (Hons) Urban Studies – University of Calderholme (2008)",
                "Decent Homes and HHSRS training (2017)"]),
        ("h", "References"),
        ("p", "On request."),
    ],
))
