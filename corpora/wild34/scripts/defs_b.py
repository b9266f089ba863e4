"""wild34 résumés w016–w030."""
from lib import E

R = []

# --------------------------------------------------------------------------------------------- w016
R.append(dict(
    file="w016.pdf", family="Australian medical practice manager, two-page reportlab résumé with page footer, "
                            "key achievements, board director role",
    renderer="reportlab", layout="plain", order="title_org", df="month", sep=" – ", present="Current",
    centre_name=False, bullet="–", footer="{name}  –  Resume  –  Page {page}", break_before="Education & Training",
    accent=(0.1, 0.35, 0.3), fs=10,
    name="Nicole Fairweather", contact=["Yarrowee Heights VIC 3xxx", "0433 555 719",
                                        "nicole.fairweather@mailbox.com.au"],
    blocks=[
        ("Career Summary", "Practice manager with seventeen years in health administration across a public "
                           "hospital ward, a dental practice, a physiotherapy group and now general practice. I "
                           "know the billing rules, I know accreditation, and I still know how to run a front desk "
                           "on a Monday morning in flu season."),
        ("Key Achievements", [
            "Took Banksia FMC through two accreditation cycles with no non-conformances",
            "Moved 70% of bookings online and cut no-shows by 22%",
            "Rolled out one practice-management system across three physio clinics in six weeks"], "bul"),
        ("Employment History", [
            E("Practice Manager", "Banksia Family Medical Centre", "Yarrowee Heights VIC", "2020-02..present", "facing",
              "in_person_service", [
                  "Run a nine-GP mixed-billing practice with two nurses, six reception staff and allied health "
                  "tenants",
                  "Billing, Medicare and DVA reconciliation, rosters and accreditation",
                  "Step onto the front desk most mornings in the 8–10 am rush and deal with patient complaints myself",
                  "Introduced online booking and SMS reminders"]),
            E("Clinic Manager", "Coastal Physio Group", "Sandridge Bay VIC", "2016-03..2020-01", "affecting", None, [
                "Managed three clinics and 19 physiotherapists",
                "Monthly KPI reporting on utilisation and rebooking rates to the directors",
                "Set up Cliniko across all sites and ran payroll"]),
            E("Practice Coordinator", "Smile Street Dental", "Sandridge Bay VIC", "2012-05..2016-02", "facing",
              "in_person_service", [
                  "Front desk and recall system for a four-chair practice",
                  "Talked patients through treatment plans and payment options before they signed"]),
            E("Ward Clerk", "Yarrowee Base Hospital", "Yarrowee VIC", "2009-01..2012-04", "facing",
              "in_person_service", [
                  "Admission and discharge paperwork for a 28-bed surgical ward",
                  "Answered the ward phone and directed visitors"]),
        ]),
        ("Board & Community", [
            E("Board Director", "Yarrowee Community Health Co-operative", "Yarrowee VIC", "2022..present", "none",
              None, ["Member of the audit and risk committee"], section="volunteer", etype="volunteer"),
        ]),
        ("Education & Training", [
            "Diploma of Practice Management – Yarrowee TAFE, 2015",
            "Certificate IV in Health Administration, 2010",
            "Advanced Diploma of Leadership and Management (in progress)",
            "First Aid and CPR (renewed annually)"]),
        ("Skills", ["Best Practice, Medical Director and Cliniko", "Medicare, DVA and WorkCover billing",
                    "Accreditation and infection-control audits", "Rostering and payroll",
                    "Recruitment and onboarding of reception teams"], "bul"),
        ("Referees", ["Dr Anil Prasad, Principal GP, Banksia Family Medical Centre – contact details on request",
                      "Ms Karen Holt, Director, Coastal Physio Group – contact details on request"]),
    ]))

# --------------------------------------------------------------------------------------------- w017
R.append(dict(
    file="w017.docx", family="Canadian HR manager, name and contact in the Word page header, HRIS/payroll role, "
                             "volunteer board secretary, 'Sept.' style abbreviations",
    renderer="docx", layout="header", order="title_org", df="mon.", sep=" – ", present="Present",
    head_level=2,
    name="Priyanka Sandhu, CHRP", headline="Human Resources Manager",
    contact=["Port Ardell, ON", "905-555-0178", "priyanka.sandhu@mailbox.ca"],
    blocks=[
        ("Summary of Qualifications", [
            "13 years in HR, from recruitment and payroll to generalist leadership in unionized manufacturing",
            "CHRP designation; collective bargaining and arbitration experience",
            "Known on the shop floor as approachable and straight with people"], "bul"),
        ("Professional Experience", [
            E("Human Resources Manager", "Lakeshore Fabricating Ltd.", "Port Ardell, ON", "2021-05..present", "facing",
              "internal_support", [
                  "Sole HR lead for 220 unionized and non-union employees across two plants",
                  "Hold office hours on each shift so employees can come to me with pay, leave and accommodation "
                  "questions",
                  "Negotiated the 2023 collective agreement alongside the plant manager",
                  "Lost-time injuries down 40% working with the joint health and safety committee"]),
            E("HR Business Partner", "Mapleview Regional Transit", "Mapleview, ON", "2017-01..2021-04", "facing",
              "internal_support", [
                  "Advised operations managers and supervisors on attendance, discipline and grievances",
                  "Represented the employer at 11 arbitrations"]),
            E("HRIS & Payroll Analyst", "Mapleview Regional Transit", "Mapleview, ON", "2013-03..2016-12", "none", None, [
                "Ran biweekly payroll for 900 employees",
                "Configured the HRIS and built the monthly headcount and overtime reports"]),
            E("Recruitment Coordinator (contract)", "Talentbridge Staffing", "Mapleview, ON", "2011-06..2013-02",
              "facing", "other_facing", [
                  "Phone-screened candidates, booked interviews and met walk-in applicants at the branch",
                  "Kept the applicant tracking system up to date"]),
        ]),
        ("Volunteer Experience", [
            E("Board Secretary", "Port Ardell Newcomer Centre", "Port Ardell, ON", "2019-09..present", "none", None, [
                "Take minutes and keep governance records for a nine-member board"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Post-Graduate Certificate, Human Resources Management – Lakeview College (2011)",
                       "B.A. Sociology – University of Mapleview (2010)"]),
    ]))

# --------------------------------------------------------------------------------------------- w018
R.append(dict(
    file="w018.md", family="Nigerian logistics start-up founder in Markdown, 'Title @ Company' headings, "
                           "NYSC teaching year",
    renderer="md", md_style="h3_at", order="title_org", df="month", sep=" – ", present="Present", bullet="-",
    md_contact_sep=" | ",
    name="Tolulope Adeyemi-Bankole", headline="Founder & CEO, Kanfo Logistics",
    contact=["Ilemo", "+234 803 555 2719", "tolu.adeyemi@mailbox.ng"],
    blocks=[
        ("Profile", "Operator turned founder. I built last-mile delivery for somebody else before doing it for "
                    "myself, and I still sell to our biggest merchants in person because nobody else can make "
                    "promises about our network the way I can."),
        ("Experience", [
            E("Co-founder & CEO", "Kanfo Logistics Ltd", "Ilemo", "2021-01..present", "facing", "sales_account", [
                "Raised a ₦380m seed round; team of 46 staff and about 300 contracted riders",
                "Close our largest merchant accounts myself: pitch, agree the SLAs and sit in on their quarterly "
                "reviews",
                "Set company strategy, budgets and investor reporting"]),
            E("Head of Operations", "Swiftkart Nigeria", "Ilemo", "2018-03..2020-12", "affecting", None, [
                "Built the dispatch function from scratch: 60 riders through three 3PL partners",
                "On-time delivery up from 71% to 94%",
                "Owned the returns process and the weekly ops dashboard"]),
            E("Operations Associate", "Swiftkart Nigeria", "Ilemo", "2016-06..2018-02", "facing", "digital_service", [
                "Onboarded riders and built route plans in spreadsheets",
                "Handled merchant escalations on WhatsApp and email when orders went missing"]),
            E("NYSC Corps Member – Mathematics Teacher", "Community Grammar School", "Oke-Ilare", "2015-07..2016-06",
              "facing", "education", [
                  "Taught mathematics to SS1 and SS2 classes of about 60 students",
                  "Started an after-school revision club for the final-year exams"], etype="unknown"),
        ]),
        ("Education", ["B.Sc. Industrial Engineering, University of Ilemo (2014), Second Class Upper"]),
        ("Awards", ["Ilemo Startup Week – Founder of the Year (2023)"]),
        ("Interests", ["Chess, football, mentoring young founders"]),
    ]))

# --------------------------------------------------------------------------------------------- w019
R.append(dict(
    file="w019.pdf", family="US advertising group account director, reportlab two-column header, Times, "
                            "promotion under one agency heading, summer internship",
    renderer="reportlab", layout="twocol", order="title_org", group=True, df="mon", sep=" – ", present="Present",
    font="times", paper="letter", accent=(0.45, 0.1, 0.15), caps_heads=False, bullet="-",
    name="Jordan Whitlock-Pierce", headline="Group Account Director",
    contact=["Halverton, CT", "(203) 555-0148", "jordan.whitlockpierce@mailbox.com", "jwp.portfolio.example"],
    blocks=[
        ("Summary", "Account lead who has spent twelve years on the agency side of retail, healthcare and auto "
                    "accounts. Clients keep me because I tell them early when something is off."),
        ("Experience", [
            E("Group Account Director", "Fieldstone & Vane Communications", "Halverton, CT", "2022-04..present",
              "facing", "sales_account", [
                  "Lead the relationship with two regional auto-dealer associations ($9M in annual fees) and a team "
                  "of 11",
                  "Run the annual planning workshop in the client's boardroom and the quarterly business reviews",
                  "Grew the dealer business 40% by adding paid social and CRM"]),
            E("Account Director", "Fieldstone & Vane Communications", "Halverton, CT", "2019-01..2022-03", "facing",
              "sales_account", [
                  "Day-to-day lead for a hospital network and a regional bank",
                  "Presented creative and media recommendations to client marketing teams"]),
            E("Account Supervisor", "Pinegrove Digital", "Marlowe, NY", "2016-05..2018-12", "facing", "sales_account", [
                "Main day-to-day contact for a 120-store grocery client"]),
            E("Media Planner", "Pinegrove Digital", "Marlowe, NY", "2014-06..2016-04", "affecting", None, [
                "Built media plans and flowcharts; ran audience and reach analyses",
                "Presented plans to the internal account team"]),
            E("Account Coordinator Intern", "Fieldstone & Vane Communications", "Halverton, CT", "2013-06..2013-08",
              "affecting", None, ["Compiled competitive reports and kept status trackers for the account team"],
              etype="internship", datetext="Summer 2013"),
        ]),
        ("Education", ["B.A. Communication, Halverton College, 2014"]),
        ("Skills", ["Client leadership · Integrated planning · Paid social · CRM · Budget management"]),
    ]))

# --------------------------------------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx", family="Irish dairy operations manager, Word tab-stop dates with employer line first, "
                             "B2B order-desk manager, group secondment",
    renderer="docx", layout="tabs", order="org_title", df="mon", sep=" – ", present="Present",
    docx_bullets="char", bullet="•",
    name="Declan Fennelly", headline="Operations Manager – Food Manufacturing",
    contact=["Ballykerrin, Co. Westmeade", "086 555 3190", "declan.fennelly@mailbox.ie"],
    blocks=[
        ("Profile", "Engineer by training, operations manager by trade. Fifteen years in meat and dairy "
                    "processing, with three years in the middle looking after the customer side of the business."),
        ("Career History", [
            E("Operations Manager", "Carrowbeg Dairies", "Ballykerrin, Co. Westmeade", "2021-08..present", "none",
              None, [
                  "Processing and packing across three shifts, 85 staff",
                  "OEE from 61% to 74% over two years; €2.6m capex programme on the butter line",
                  "Site lead for food-safety certification audits"]),
            E("Customer Service & Logistics Manager", "Carrowbeg Dairies", "Ballykerrin, Co. Westmeade",
              "2018-01..2021-07", "facing", "sales_account", [
                  "Led the order desk of seven and two transport planners",
                  "Took the calls from the supermarket groups' supply teams when a delivery failed and agreed the "
                  "recovery",
                  "Weekly service-level calls with our three largest retail customers",
                  "OTIF from 93.1% to 98.4%"]),
            E("Supply Chain Project Lead", "Ardrinn Food Group", "Ardrinn", "2019-03..2020-02", "affecting", None, [
                "Led the demand-planning workstream of the group's ERP rollout",
                "Set up the forecasting process so retail orders could be confirmed on the day they came in"],
              note="12-month secondment to group head office"),
            E("Production Supervisor", "Lough Dara Meats", "Dromcarra", "2013-05..2017-12", "none", None, [
                "Supervised a boning hall team of 24"]),
            E("Graduate Process Engineer", "Lough Dara Meats", "Dromcarra", "2011-09..2013-04", "none", None, [
                "Yield and waste projects in primary processing"]),
        ]),
        ("Education", ["B.Eng. Process & Chemical Engineering, 2011", "Lean Six Sigma Green Belt, 2016"]),
        ("Interests", ["GAA (club treasurer), cycling"]),
        ("References", ["Available on request."]),
    ]))

# --------------------------------------------------------------------------------------------- w021
R.append(dict(
    file="w021.txt", family="South African supermarket area manager, plain text with capitals employer headings "
                            "and roles beneath, year-only older dates",
    renderer="txt", txt_style="caps", order="orgfirst", group_key="org", role_loc_sep=" – ", df="mon",
    sep=" - ", present="Present", txt_right="paren", bullet="-",
    name="Nomvula Khumalo", txt_name_caps=True, headline="Area Manager (Retail)",
    contact=["Oosthaven, Eastern Cape", "Cell: 073 555 6102", "Email: nomvula.khumalo@mailbox.co.za"],
    blocks=[
        ("Profile", "Retail manager with twenty years in supermarkets. Started on the tills and now look after "
                    "twelve stores. Strong on shrinkage, people and getting stores ready for month-end pay weekends."),
        ("Employment History", [
            E("Area Manager (Eastern Region)", "KAROO FRESH SUPERMARKETS", "Oosthaven", "2020-01..present",
              "affecting", None, [
                  "Responsible for 12 stores in the Eastern region (turnover R1.1bn)",
                  "Store visits, stock-take results, shrinkage and labour budgets",
                  "Appoint and develop store managers"]),
            E("Store Manager", "KAROO FRESH SUPERMARKETS", "Sandvlei", "2015-03..2019-12", "facing",
              "in_person_service", [
                  "Largest store in the group, 160 staff",
                  "Walk the floor every morning and handle customer complaints at the service desk"]),
            E("Assistant Store Manager", "KAROO FRESH SUPERMARKETS", "Sandvlei", "2012..2015", "facing",
              "in_person_service"),
            E("Till Supervisor", "BONTLE WHOLESALERS", "Sandvlei", "2008-02..2011-12", "facing", "in_person_service", [
                "Supervised 14 cashiers; authorised refunds and voids and sorted out customer queries at the tills"]),
            E("Cashier", "BONTLE WHOLESALERS", "Sandvlei", "2006..2008", "facing", "in_person_service"),
        ]),
        ("Education", ["National Senior Certificate, 2005", "Retail Management Certificate (NQF 5), 2014"]),
        ("References", ["Available on request"]),
    ]))

# --------------------------------------------------------------------------------------------- w022
R.append(dict(
    file="w022.html", family="US dealership service manager, HTML with title, employer and dates on separate "
                             "lines, technician and Army mechanic background",
    renderer="html", html_style="dl", order="title_org", df="m/yyyy", sep=" - ", present="Current",
    css="body{font-family:Verdana,sans-serif;font-size:13px;margin:25px 60px}h1{font-size:22px}"
        "h2{font-size:14px;color:#333;border-bottom:1px dotted #777}",
    name="Travis Coulter", headline="Automotive Service Manager",
    contact=["Ashby Falls, TN", "(931) 555-0124", "travis.coulter@mailbox.com"],
    blocks=[
        ("Summary", "Twenty years around vehicles: Army mechanic, line tech, warranty admin, advisor and now "
                    "service manager. I run a shop where the techs make money and the customers come back."),
        ("Work Experience", [
            E("Service Manager", "Cutler Ridge Motors", "Ashby Falls, TN", "2020-02..present", "facing",
              "in_person_service", [
                  "Run a 14-bay service department with 11 techs and 4 advisors; $4.2M annual gross",
                  "Write up customers myself when the drive is backed up, handle goodwill requests and make the "
                  "follow-up call on every bad survey",
                  "CSI up from 86 to 93"]),
            E("Service Advisor", "Cutler Ridge Motors", "Ashby Falls, TN", "2016-05..2020-01", "facing",
              "in_person_service", ["Wrote 25-30 repair orders a day and sold the recommended maintenance"]),
            E("Warranty Administrator", "Ridgeway Auto Group", "Ashby Falls, TN", "2013-08..2016-04", "affecting",
              None, ["Submitted and reconciled warranty claims with the manufacturer; charge-back rate under 1%"]),
            E("Automotive Technician", "Pit Row Lube & Tire", "Dunlap Springs, TN", "2009-09..2013-07", "affecting",
              None, ["Brakes, suspension and diagnostics; ASE certified in A4 and A5"]),
            E("Light-Wheel Vehicle Mechanic (91B)", "214th Forward Support Company", "Fort Kellam, KY",
              "2005-06..2009-08", "none", None, ["Maintained a motor pool of 40 HMMWVs and trucks"],
              etype="military"),
        ]),
        ("Certifications", ["ASE Master Technician (lapsed 2018)", "ASE C1 Service Consultant"], "bul"),
        ("Education", ["Ashby Falls Technical College – Automotive Technology certificate, 2010"]),
    ]))

# --------------------------------------------------------------------------------------------- w023
R.append(dict(
    file="w023.pdf", family="Indian IT delivery manager, fpdf2 shaded left sidebar, onsite deputation overlapping "
                            "the tech-lead years",
    renderer="fpdf2", layout="sidebar", order="title_org", df="mon'yy", sep=" – ", present="Present",
    side=["Skills", "Certifications", "Languages"], accent=(0.1, 0.25, 0.5), side_rgb255=(228, 234, 244),
    name="Meenakshi Raghunathan", headline="Delivery Manager – Insurance IT",
    contact=["Varunapur", "+91 98450 55213", "meenakshi.r@mailbox.in"],
    blocks=[
        ("Skills", ["Agile delivery at scale", "Client governance", "SOWs & change control", "Java / Spring (earlier)",
                    "Jira, MS Project"]),
        ("Certifications", ["PMP (2017)", "SAFe 5 Agilist (2021)"]),
        ("Languages", ["English, Tamil, Hindi"]),
        ("Profile", "Seventeen years in insurance IT services: developer, tech lead, project manager and now delivery "
                    "manager for a UK general-insurance account."),
        ("Professional Experience", [
            E("Delivery Manager", "Nimbuspoint Technologies Pvt. Ltd.", "Varunapur", "2020-04..present", "facing",
              "sales_account", [
                  "Own delivery for a UK general-insurance client: 65 engineers across four scrum teams",
                  "Weekly status call and monthly steering committee with the client's IT director; agree scope "
                  "changes and SOWs",
                  "Account revenue grew from $3.1M to $5.4M"]),
            E("Project Manager", "Nimbuspoint Technologies Pvt. Ltd.", "Varunapur", "2016-07..2020-03", "affecting",
              None, [
                  "Planned releases and tracked burn-down, risks and resourcing for a policy-admin platform",
                  "Coordinated offshore testing and release management"]),
            E("Technical Lead", "Crestwave Infosolutions", "Varunapur", "2012-04..2016-06", "none", None, [
                "Designed Java microservices for the claims module; code reviews for a team of eight"]),
            E("Onsite Coordinator", "Crestwave Infosolutions", "Harrowfield, UK", "2014-01..2014-12", "facing",
              "other_facing", [
                  "Sat with the client's underwriting users to gather requirements and ran UAT sessions with them",
                  "Bridge between the client and the offshore team"],
              note="Deputation to client site"),
            E("Software Engineer", "Crestwave Infosolutions", "Varunapur", "2009-07..2012-03", "none", None, [
                "Developed and unit-tested batch jobs for policy renewals"]),
        ]),
        ("Education", ["B.Tech. Information Technology, Varunapur Institute of Technology, 2009 – 8.1 CGPA"]),
    ]))

# --------------------------------------------------------------------------------------------- w024
R.append(dict(
    file="w024.docx", family="UK advice-charity chief executive, Word heading styles, dates line above each title, "
                             "separate board and trustee section, 'to' between dates",
    renderer="docx", layout="styles", order="dates_first", df="month", sep=" to ", present="present",
    docx_font="Calibri",
    name="Margaret Hennessy", headline="Chief Executive – Voluntary Sector",
    contact=["Wexcombe", "07700 555 481", "maggie.hennessy@mailbox.org.uk"],
    blocks=[
        ("Profile", "Charity chief executive who started as a debt adviser and has never fully stopped being one. "
                    "Fifteen years in independent advice, the last seven leading an organisation through funding "
                    "cuts, a pandemic and a doubling of demand."),
        ("Employment", [
            E("Chief Executive", "Harbourlight Advice Centre", "Wexcombe", "2019-09..present", "facing",
              "in_person_service", [
                  "Lead an independent advice charity with 14 staff and 40 volunteers",
                  "Report to a board of nine trustees; income up from £640k to £1.1m",
                  "Still run the Tuesday drop-in session myself, advising on debt and housing",
                  "Won a five-year council contract for welfare-benefits advice"]),
            E("Services Manager", "Harbourlight Advice Centre", "Wexcombe", "2016-04..2019-08", "affecting", None, [
                "Managed six advisers and the volunteer programme",
                "Audited advice files against the quality standard and wrote funder reports"]),
            E("Debt Adviser", "Wexcombe Community Law Service", "Wexcombe", "2011-02..2016-03", "facing",
              "in_person_service", [
                  "Face-to-face and telephone debt advice; negotiated with creditors and represented clients at the "
                  "county court"]),
        ]),
        ("Board and Trustee Roles", [
            E("Non-Executive Director", "Wexcombe Credit Union", "Wexcombe", "2023-01..present", "affecting", None, [
                "Unpaid board member; sit on the credit committee that decides larger and declined member loans"],
              section="volunteer", etype="volunteer"),
            E("Trustee", "Southmoor Housing Co-operative", "Wexcombe", "2017..2022", "none", None, [
                "Chaired the finance sub-committee"], section="volunteer", etype="volunteer"),
        ]),
        ("Education & Training", ["MA Social Policy (part-time), 2018", "Certificate in Money Advice Practice, 2012",
                                  "BA (Hons) English, 2003"]),
    ]))

# --------------------------------------------------------------------------------------------- w025
R.append(dict(
    file="w025.txt", family="Canadian distribution-centre manager, plain text with dates after a comma, earlier "
                            "undated jobs listed without dates",
    renderer="txt", txt_style="underline", order="inline", df="mm/yyyy", sep=" - ", present="Present",
    bullet="*", txt_width=82,
    name="Shawn MacIsaac", headline="Distribution Centre Manager",
    contact=["Halcombe, NS  B0x 1x0", "902-555-0139 | shawn.macisaac@mailbox.ca"],
    blocks=[
        ("Summary", "Warehouse and transportation manager, 18 years from the forklift seat up. Safety first, "
                    "then service, then cost - in that order."),
        ("Work Experience", [
            E("Distribution Centre Manager", "Tidewater Grocers Co-operative", "Halcombe, NS", "2019-06..present",
              "affecting", None, [
                  "400,000 sq ft grocery DC, three shifts, 180 staff, 62 stores served",
                  "Labour planning, safety (WCB claims down 35%) and pick accuracy (99.7%)"]),
            E("Operations Manager - Transportation", "Atlantic Keel Freight", "Halcombe, NS", "2015-04..2019-05",
              "facing", "sales_account", [
                  "Managed 45 company drivers and owner-operators",
                  "Main contact for our ten largest shippers: weekly calls and site visits to sort out service "
                  "problems"]),
            E("Dispatcher", "Atlantic Keel Freight", "Halcombe, NS", "2011-02..2015-03", "affecting", None, [
                "Dispatched 30 trucks across the Maritimes; tracked hours of service on ELDs"]),
            E("Forklift Operator", "Halcombe Paper Mill", "Halcombe, NS", "2008-05..2011-01", "none", None, [
                "Moved pulp bales and finished rolls between the yard and the machines"]),
        ]),
        ("Earlier Experience", [
            E("Lifeguard", "Halcombe Municipal Pool", None, None, "facing", "other_facing"),
            E("Farmhand", "Corkum Orchards", None, None, "none", None),
        ]),
        ("Training & Tickets", ["Class 1 licence", "Counterbalance and reach truck (trainer)", "JOHSC certified",
                                "WHMIS"], "bul"),
        ("Education", ["Supply Chain Management Certificate, Halcombe Community College (2014)"]),
    ]))

# --------------------------------------------------------------------------------------------- w026
R.append(dict(
    file="w026.pdf", family="UK interim customer-services leader, reportlab single column, employer headings with "
                            "roles beneath, two interim contracts through own company",
    renderer="reportlab", layout="plain", order="orgfirst", df="mon", sep=" – ", present="present",
    font="dejavu", accent=(0.2, 0.2, 0.2), role_italic=False, bullet="▪",
    name="Graham Pettifer", contact=["Stanwick Fen", "07811 555 902", "graham.pettifer@mailbox.co.uk"],
    blocks=[
        ("Profile", "Customer-services director available for interim assignments. I am brought in when complaint "
                    "numbers, a regulator or a board have decided something has to change quickly. Sixteen years in "
                    "mutual financial services before going interim in 2023."),
        ("Career History", [
            E("Interim Head of Customer Services", "Fenmoor Water", "Stanwick Fen", "2025-01..present", "facing",
              "contact_center", [
                  "Brought in to turn round a 120-seat contact centre after a warning letter from the regulator",
                  "Personally take the cases that reach the consumer council and the ombudsman",
                  "Written complaints down 38% year on year"],
              etype="freelance", note="Contract through Pettifer Customer Consulting Ltd"),
            E("Interim Customer Operations Director", "Lytchett Energy", "Hambury", "2023-03..2024-11", "affecting",
              None, [
                  "Designed the target operating model for billing, metering and collections",
                  "Closed two sites and moved billing back-office work to an offshore partner"],
              etype="freelance"),
            E("Head of Customer Experience", "Brockhurst Building Society", "Eastwold", "2017-02..2023-02",
              "affecting", None, [
                  "Owned the NPS programme, journey mapping and voice-of-the-customer reporting",
                  "Led the redesign of the mortgage-switching journey; NPS up 19 points"]),
            E("Branch Manager", "Brockhurst Building Society", "Eastwold", "2011-05..2017-01", "facing",
              "in_person_service", [
                  "Ran the town-centre branch with nine staff",
                  "Saw members for savings reviews and mortgage appointments"]),
            E("Customer Adviser", "Brockhurst Building Society", "Eastwold", "2007..2011", "facing",
              "in_person_service"),
        ]),
        ("Qualifications", ["CeMAP (2009)", "Chartered Manager, CMI (2019)", "BA (Hons) Economics, 2006"]),
    ]))

# --------------------------------------------------------------------------------------------- w027
R.append(dict(
    file="w027.pdf", family="US veterinary hospital administrator, two-page reportlab résumé with two-column "
                            "header and page numbers, humane-society volunteer",
    renderer="reportlab", layout="twocol", order="title_org", df="mon", sep=" – ", present="Present",
    paper="letter", footer="Page {page}", break_before="Volunteer Leadership", accent=(0.05, 0.35, 0.45), fs=10,
    name="Courtney Haldane, CVPM", headline="Veterinary Hospital Administrator",
    contact=["Marrow Creek, WI", "(715) 555-0190", "courtney.haldane@mailbox.com"],
    blocks=[
        ("Professional Summary", "Certified Veterinary Practice Manager with sixteen years in animal health, from "
                                 "kennels to the front desk to running the business side of a 24-hour hospital."),
        ("Core Strengths", ["Budgeting and vendor negotiation", "Hiring and retaining credentialed technicians",
                            "Client service training", "AVImark and ezyVet"], "bul"),
        ("Experience", [
            E("Hospital Administrator", "Blue Heron Veterinary Hospital", "Marrow Creek, WI", "2020-06..present",
              "affecting", None, [
                  "Business lead for a 24-hour, 11-doctor hospital: budget, payroll, inventory and vendor contracts",
                  "Cut drug and supply spend 9% by switching buying groups",
                  "Built a recruiting pipeline for credentialed technicians with two local colleges"]),
            E("Practice Manager", "Oakline Animal Clinic", "Marrow Creek, WI", "2016-02..2020-05", "facing",
              "in_person_service", [
                  "Managed a client service team of six and four technicians",
                  "Handled client complaints and set up payment plans face to face",
                  "Introduced wellness plans that now cover 1,100 pets"]),
            E("Client Service Representative", "Oakline Animal Clinic", "Marrow Creek, WI", "2013-04..2016-01",
              "facing", "in_person_service", [
                  "Checked clients in and out, scheduled appointments and took payments"]),
            E("Veterinary Assistant", "Marrow Creek Humane Society", "Marrow Creek, WI", "2010-08..2013-03",
              "affecting", None, [
                  "Restrained animals for exams, cleaned kennels and prepared surgical packs"]),
        ]),
        ("Volunteer Leadership", [
            E("Foster Coordinator", "Marrow Creek Humane Society", "Marrow Creek, WI", "2017-03..present", "facing",
              "volunteering", ["Match foster families with animals, do home visits and answer fosters' calls"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Certifications", ["Certified Veterinary Practice Manager (CVPM), 2019", "Fear Free Certified Professional"]),
        ("Education", ["B.S. Business Management, Northwoods State University, 2010"]),
        ("Professional Development", [
            "Veterinary Hospital Managers Association annual conference (2022, 2024)",
            "Crucial Conversations workshop (2021)", "Wisconsin payroll compliance seminar (2023)"], "bul"),
    ]))

# --------------------------------------------------------------------------------------------- w028
R.append(dict(
    file="w028.docx", family="Philippine quick-service area supervisor, Word pipe title/employer/town line with "
                             "tab-stop dates in capitals, branch names in the employer, OJT",
    renderer="docx", layout="tabs", order="pipe", df="MON", sep=" – ", present="PRESENT",
    docx_font="Arial", docx_pt=10,
    name="Rowena Dimaculangan Cruz", headline="Area Supervisor – Quick Service Restaurants",
    contact=["Purok 3, Brgy. Mabini, Sta. Ines City", "0918 555 4027", "rowena.cruz@mailbox.ph"],
    blocks=[
        ("Objective", "Seeking an area or operations manager position in food service where I can share 13 years "
                      "of experience from service crew to area supervisor."),
        ("Work Experience", [
            E("Area Supervisor", "Kusina Express Food Corp.", "Sta. Ines City", "2021-04..present", "affecting", None, [
                "Oversee 7 branches in the north cluster",
                "Monthly audits of food safety, cash handling and store standards",
                "Review sales vs. target, manpower schedules and inventory variances with branch managers"]),
            E("Restaurant Manager", "Kusina Express – Poblacion Branch", "Sta. Ines City", "2018-01..2021-03", "facing",
              "in_person_service"),
            E("Assistant Restaurant Manager", "Kusina Express – San Roque Branch", "Sta. Ines City",
              "2015-06..2017-12", "facing", "in_person_service", [
                  "Shift manager: cash handling, crew deployment and customer complaints at the counter"]),
            E("Service Crew", "Kusina Express – San Roque Branch", "Sta. Ines City", "2013-04..2015-05", "facing",
              "in_person_service", ["Cashier, dining and drive-thru window"]),
            E("OJT Trainee (Housekeeping)", "Hotel Ylang", "Sta. Ines City", "2012-04..2012-05", "affecting", None, [
                "Made up rooms and did linen and laundry runs for the 200-hour on-the-job training"],
              etype="internship"),
        ]),
        ("Education", ["Bachelor of Science in Hotel and Restaurant Management – Sta. Ines Polytechnic College, 2013"]),
        ("Seminars Attended", ["Food Safety Compliance Officer training (2019)", "Basic Supervisory Skills (2016)"],
         "bul"),
        ("Personal Information", ["Age: 34", "Civil Status: Married", "Religion: Roman Catholic"]),
        ("Character References", ["Mr. Arnel P. Reyes – Operations Manager, Kusina Express Food Corp. – 0917 555 3311"]),
    ]))

# --------------------------------------------------------------------------------------------- w029
R.append(dict(
    file="w029.docx", family="Irish pharmacy owner, Word two-column layout table with shaded sidebar and the "
                             "history in a nested table, acting regional post, advisory committee",
    renderer="docx", layout="sidebar", nested_exp=True, order="title_org", df="mm/yyyy", sep=" – ",
    present="Present", side=["Registration", "Skills", "Languages"], side_hex="E6EFE9",
    name="Orla Keogh MPSI", headline="Supervising Pharmacist & Owner",
    contact=["Kilcarra", "087 555 6214", "orla.keogh@mailbox.ie"],
    blocks=[
        ("Registration", ["Registered pharmacist since 2009", "Vaccination-trained"]),
        ("Skills", ["Patient counselling", "Vaccination clinics", "Opioid substitution programme",
                    "Pharmacy management and SOPs"]),
        ("Languages", ["English, Irish, French (conversational)"]),
        ("Profile", "Community pharmacist of seventeen years who bought her own pharmacy in 2018. Looking to move "
                    "into a regional clinical lead role while keeping a day a week behind the counter."),
        ("Experience", [
            E("Owner & Supervising Pharmacist", "Keogh's Pharmacy", "Kilcarra", "2018-03..present", "facing",
              "healthcare_care", [
                  "Bought and relaunched a single-handed community pharmacy; now 9 staff and 1,400 items a week",
                  "Counsel patients on new medicines, run the flu and COVID vaccination clinics and the methadone "
                  "programme",
                  "Manage the HSE contracts, stock and wholesaler accounts"]),
            E("Pharmacy Manager", "CarePlus Pharmacy Group", "Drumkeel", "2013-05..2018-02", "facing",
              "healthcare_care", [
                  "Managed a high-street pharmacy with three pharmacists, technicians and counter staff",
                  "Medicines use reviews and emergency contraception consultations"]),
            E("Acting Regional Manager", "CarePlus Pharmacy Group", "Drumkeel", "2016-01..2016-06", "affecting", None, [
                "Six-month cover: audited 11 pharmacies against SOPs and arranged locum cover"]),
            E("Community Pharmacist", "Hanlon's Chemist", "Drumkeel", "2009-07..2013-04", "facing", "healthcare_care"),
            E("Pre-registration Pharmacist", "Hanlon's Chemist", "Drumkeel", "2008-07..2009-06", "facing",
              "healthcare_care", ["Dispensing and counter advice under supervision"], etype="internship"),
        ]),
        ("Committees", [
            E("Member, Pharmacy Advisory Committee", "Kilcarra Community Hospital", "Kilcarra", "2020..present",
              "none", None, ["Quarterly meetings on medicines-safety policy"], section="other", etype="unknown"),
        ]),
        ("Education", ["MPharm, 2009", "Certificate in Vaccination, 2011"]),
    ]))

# --------------------------------------------------------------------------------------------- w030
R.append(dict(
    file="w030.pdf", family="US fitness-club member-experience director, two-page fpdf2 résumé with page footer, "
                            "self-employed trainer start, volunteer coach",
    renderer="fpdf2", layout="left", order="title_org", df="month", sep=" – ", present="Present",
    paper="letter", footer="{name} | Page {page}", break_before="Community", accent=(0.6, 0.25, 0.05), fs=10,
    bullet="›",
    name="DeShawn Harmon", headline="Senior Director, Member Experience",
    contact=["Dunmore Springs, AZ", "(480) 555-0172", "deshawn.harmon@mailbox.com"],
    blocks=[
        ("Summary", "I started as a trainer in public parks and now run member experience for 46 clubs. Every "
                    "program I've built started with something a member told me at the front desk."),
        ("Experience", [
            E("Senior Director, Member Experience", "Ironleaf Fitness Clubs", "Dunmore Springs, AZ", "2022-08..present",
              "affecting", None, [
                  "Own member NPS, churn and the voice-of-member program across 46 clubs",
                  "Designed retention journeys in the CRM: win-back offers and freeze-instead-of-cancel",
                  "12-month churn down from 41% to 33%"]),
            E("Regional Manager", "Ironleaf Fitness Clubs", "Dunmore Springs, AZ", "2019-02..2022-07", "affecting",
              None, [
                  "Eight clubs, $19M revenue; coached general managers through weekly club visits",
                  "Ran P&L reviews and the regional staffing plan"]),
            E("General Manager – Mesa Ridge", "Ironleaf Fitness Clubs", "Mesa Ridge, AZ", "2015-04..2019-01", "facing",
              "in_person_service", [
                  "Walked the floor every day and sat down with members at the front desk to sort out billing disputes",
                  "Did membership consultations when the sales team was short"]),
            E("Membership Sales Consultant", "Ironleaf Fitness Clubs", "Mesa Ridge, AZ", "2013-03..2015-03", "facing",
              "sales_account", ["Gave club tours and closed 35-40 memberships a month"]),
            E("Personal Trainer", "Self-employed", "Dunmore Springs, AZ", "2011-01..2013-02", "facing",
              "entrepreneurial_freelance", ["Trained 20+ clients a week in parks and home gyms"], etype="freelance"),
        ]),
        ("Community", [
            E("Volunteer Coach", "Dunmore Springs Youth Basketball League", None, "2018..present", "facing",
              "volunteering", ["Coach a U14 team through a winter season"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["B.S. Exercise Science, Sonoran Valley University, 2010"]),
        ("Certifications", ["NASM Certified Personal Trainer (2010)", "Certified Club Manager program (2017)"]),
        ("Awards", ["Ironleaf President's Club (2017, 2018)", "Regional Manager of the Year (2021)"]),
        ("Professional Development", [
            "Customer experience analytics short course (2023)", "Leading multi-site teams (2020)"], "bul"),
    ]))
