"""Résumés w001–w015 (fictional)."""
from lib import E

R = []

# ---------------------------------------------------------------- w001
R.append(dict(
    id="w001", ext="pdf", renderer="reportlab", layout="plain", hdr="title_org", dates="mon", present="Present",
    family="US QA engineer who came up through tech support, Word-to-PDF single column, right-aligned dates",
    name="Dana Whitcombe", page="letter",
    contact=["Larkfield, OR  ·  (541) 555-0183  ·  dana.whitcombe@mailbox.net"],
    sections=[
        ("Summary", "Quality engineer with eight years in B2B software, the first three on the support desk. "
                    "I like finding the bug before a customer does."),
        ("Experience", [
            E("Senior QA Engineer", "Fernhollow Software", "Larkfield, OR", "2021-03", "present", "affecting", None, [
                "Own test plans for the scheduling module; 1,400 automated regression tests in Playwright",
                "Reproduce customer-reported defects from support escalations and write them up for developers",
                "Sign off release candidates and run the go/no-go checklist"]),
            E("Technical Support Engineer", "Fernhollow Software", "Larkfield, OR", "2018-06", "2021-02", "facing",
              "digital_service", [
                  "Worked the customer ticket queue and live chat for 300+ clinic accounts",
                  "Walked office managers through installs and data imports over screen share",
                  "Wrote 40 help-centre articles"]),
            E("Computer Lab Assistant", "Pellham Community College", "Pellham, OR", "2016-09", "2018-05", "facing",
              "internal_support", [
                  "Helped students and faculty with logins, printing and software in the open lab",
                  "Reimaged lab machines over the summer break"], section="other"),
            E("Line Cook", "Rosie's Griddle", "Pellham, OR", "2014-05", "2016-08", "affecting", None, [
                "Grill and fryer station on weekend breakfast rush"]),
        ]),
        ("Education", ["A.A.S. Computer Information Systems, Pellham Community College, 2018"]),
        ("Skills", ["Playwright, Selenium, Postman, SQL, Jira, TestRail, Zendesk"]),
    ]))

# ---------------------------------------------------------------- w002
R.append(dict(
    id="w002", ext="docx", renderer="docx", layout="styles", hdr="title_org", dates="month", present="Present",
    docx=["styles"],
    family="UK pharmacy dispenser, Word heading styles and list bullets, right tab-stop dates",
    name="Priya Lakhani",
    contact=["14 Orchard Mews, Thornbury Vale, TV3 8QL", "07700 900417 | priya.lakhani@mailbox.co.uk"],
    sections=[
        ("Personal Profile", "NVQ Level 3 qualified pharmacy dispenser with experience in community pharmacy, "
                             "a central dispensing hub and hospital care. Calm at a busy counter."),
        ("Employment History", [
            E("Pharmacy Dispenser", "Holloway Lane Pharmacy", "Thornbury Vale", "2022-02", "present", "facing",
              "healthcare_care", [
                  "Dispense NHS and private prescriptions and carry out accuracy checks",
                  "Hand out medicines at the counter and explain dosage and storage to patients",
                  "Manage the repeat prescription service and chase surgeries for missing items"]),
            E("Dispensary Assistant (Hub)", "Medisort Central Fill Ltd", "Brackley Cross", "2020-06", "2022-01",
              "affecting", None, [
                  "Assembled repeat prescriptions for 60 partner pharmacies on an automated line",
                  "Labelled and bagged completed items for next-day delivery to stores",
                  "Logged picking errors for the quality team"]),
            E("Healthcare Assistant (Bank)", "Wexcombe General Hospital", "Wexcombe", "2019-01", "2020-05", "facing",
              "healthcare_care", [
                  "Personal care, observations and mealtime support on elderly care wards"]),
            E("Saturday Sales Assistant", "Bellamy's Chemist", "Thornbury Vale", "2016-09", "2018-12", "facing",
              "in_person_service", []),
        ]),
        ("Qualifications", ["NVQ Level 3 Pharmacy Services (2021)", "A-levels: Chemistry B, Biology B, English C"]),
        ("References", "Available on request."),
    ]))

# ---------------------------------------------------------------- w003
R.append(dict(
    id="w003", ext="txt", renderer="txt", layout="portal", hdr="labelled", dates="mm/yyyy", present="till date",
    sep=" - ", rule="-", bullet="-",
    family="Indian accounts executive, job-portal text with labelled blocks (Designation / Organisation / Duration)",
    name="SANDEEP KUMAR RAO", name_txt="SANDEEP KUMAR RAO",
    contact=["Mobile: +91 98450 01762", "Email: sandeep.krao@mailbox.in",
             "Address: Flat 12B, Lakshmi Residency, Nandpur - 411099"],
    sections=[
        ("CAREER OBJECTIVE", "To work in a challenging finance role where my accounting and taxation knowledge "
                             "can contribute to the growth of the organisation."),
        ("PROFESSIONAL EXPERIENCE (Total 9+ years)", [
            E("Accounts Executive", "Shreeji Polymers Pvt. Ltd.", "Nandpur", "2021-04", "present", "none", None, [
                "Preparation and filing of GST returns (GSTR-1, GSTR-3B) and TDS returns",
                "Vendor ledger reconciliation and month-end closing in Tally ERP",
                "Processing of monthly payroll for 180 employees"]),
            E("Accounts Receivable Associate", "Kalinga Business Services", "Nandpur", "2018-07", "2021-03", "facing",
              "contact_center", [
                  "Calling US client customers on overdue invoices and agreeing payment plans",
                  "Resolving billing disputes raised by customers through email and phone",
                  "Daily cash application and ageing report"]),
            E("Billing Assistant", "Sunrise Diagnostics", "Nandpur", "2016-08", "2018-06", "affecting", None, [
                "Generation of patient bills and insurance claim files in the back office",
                "Checking rate codes against the test master"]),
            E("Audit Assistant (Articleship)", "Mehta & Associates, Chartered Accountants", "Nandpur", "2015-01",
              "2016-07", "affecting", None, [
                  "Statutory audit of client companies: vouching, ledger scrutiny, stock verification",
                  "Preparation of working papers for partner review"], etype="internship"),
        ]),
        ("EDUCATIONAL QUALIFICATION", ["M.Com - Nandpur University - 2016 - 68%",
                                       "B.Com - Shivaji College of Commerce - 2014 - 72%"]),
        ("SOFTWARE SKILLS", ["Tally ERP 9, SAP FICO (basic), MS Excel (VLOOKUP, Pivot), GST portal"]),
        ("PERSONAL DETAILS", ["Date of Birth : 11/03/1993", "Languages Known : English, Hindi, Marathi, Telugu",
                              "Marital Status : Married"]),
        ("DECLARATION", "I hereby declare that the above information is true to the best of my knowledge.\n\n"
                        "Place: Nandpur                                   (SANDEEP KUMAR RAO)"),
    ]))

# ---------------------------------------------------------------- w004
R.append(dict(
    id="w004", ext="pdf", renderer="fpdf2", layout="sidebar", hdr="orgfirst", dates="mon", present="Current",
    family="Australian plumber running his own business, fpdf2 shaded left sidebar, employer heading with roles beneath",
    name="Jake Mortimer", bullet="•",
    contact=["0412 555 309", "jake@mailbox.com.au", "Coolabah Springs QLD"],
    side=[("Licences", ["QBCC Plumbing & Drainage", "Gasfitting Licence", "White Card", "Open driver licence"]),
          ("Skills", ["Hot water systems", "Blocked drains / jetter", "Quoting (Tradify)", "Backflow testing"])],
    sections=[
        ("About me", "Licensed plumber, 15 years on the tools. Looking to step into a service coordinator role."),
        ("Work History", [
            E("Owner / Plumber", "Mortimer Plumbing & Gas", "Coolabah Springs", "2019-07", "present", "facing",
              "entrepreneurial_freelance", [
                  "Residential call-outs: leaks, hot water, blocked drains",
                  "Quote jobs on site and talk homeowners through options and costs",
                  "Bookkeeping, BAS and chasing invoices"], etype="freelance"),
            E("Plumber", "Dawes Commercial Plumbing", "Redbank Plains", "2015-02", "2019-06", "none", None, [
                "Rough-in and fit-off on apartment and school builds",
                "Read hydraulic drawings and ran a 2-man crew"]),
            E("Apprentice Plumber", "Dawes Commercial Plumbing", "Redbank Plains", "2011-01", "2015-01", "none", None,
              [], etype="internship"),
            E("Storeperson", "Bridgeline Trade Supplies", "Coolabah Springs", "2009-03", "2010-12", "facing",
              "in_person_service", [
                  "Served tradies on the trade counter before 7am",
                  "Picked and loaded orders, forklift"]),
        ]),
        ("Training", ["Cert III Plumbing – TAFE (2015)", "Backflow Prevention (2020)"]),
    ]))

# ---------------------------------------------------------------- w005
R.append(dict(
    id="w005", ext="docx", renderer="docx", layout="tabs", hdr="title_org", dates="mon", present="Present",
    docx=["tabs"], bullet="•",
    family="Canadian credit-union advisor, plain Word with right tab-stop dates, bold title and italic employer line",
    name="Aaron Feldman",
    contact=["Cedar Bluffs, ON  |  905-555-0126  |  aaron.feldman@mailbox.ca"],
    sections=[
        ("Professional Experience", [
            E("Financial Advisor", "Northmark Credit Union", "Cedar Bluffs, ON", "2020-05", "present", "facing",
              "sales_account", [
                  "Meet members to review savings, RRSP/TFSA and mortgage renewals; book of 420 households",
                  "Meet monthly sales targets for investment and lending products"]),
            E("Member Service Representative", "Northmark Credit Union", "Cedar Bluffs, ON", "2017-09", "2020-04",
              "facing", "in_person_service", [
                  "Deposits, withdrawals, bill payments and drafts at the front counter",
                  "Balanced cash drawer and vault at close"]),
            E("Loan Processing Clerk", "Harbourline Trust", "Kessel Falls, ON", "2015-06", "2017-08", "affecting",
              None, [
                  "Checked income documents and appraisals and prepared files for underwriters",
                  "Ordered title searches and booked funding dates with lawyers' offices"]),
        ]),
        ("Volunteer", [
            E("Volunteer Tax Clinic Preparer", "Cedar Bluffs Community Centre", None, "2018", "2020", "facing",
              "volunteering", [
                  "Prepared simple returns for seniors and low-income residents at walk-in clinics"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education & Licences", ["Mutual Funds licence (CIFC), 2019", "Diploma, Business Administration – Finance,"
                                  " Lakeshore College, 2015"]),
    ]))

# ---------------------------------------------------------------- w006
R.append(dict(
    id="w006", ext="md", renderer="md", layout="bold", hdr="title_org", dates="month", present="Now",
    md_h="bold", bullet="*",
    family="New Zealand café manager, Markdown with bold title lines and dates, farm and seasonal work",
    name="Tama Rewiti",
    contact=["Kowhai Bay · 021 555 0744 · tama.rewiti@mailbox.co.nz"],
    sections=[
        ("Kia ora", "Hospitality manager who grew up on a dairy farm. Happiest on a busy Saturday with a full floor."),
        ("Mahi / Work", [
            E("Café Manager", "The Salt Shed", "Kowhai Bay", "2023-09", "present", "facing", "in_person_service", [
                "Run the floor at peak, roster 11 staff and do the ordering",
                "Sort out customer complaints and reply to online reviews",
                "Cut wastage 18% by changing the cabinet food plan"]),
            E("Barista", "Flat White Collective", "Puriri Downs", "2021-02", "2023-08", "facing", "in_person_service", []),
            E("Dairy Farm Assistant", "Rewiti Farms Ltd", "Puriri Downs", "2018-08", "2020-12", "none", None, [
                "Milking 450 cows, calf rearing, fencing and effluent system checks"]),
            E("Fruit Picker (seasonal)", "Orchard Road Growers", "Puriri Downs", "2017-12", "2018-02", "none", None, [
                "Picking and bin work over summer"], dtext="Summer 2017/18"),
        ]),
        ("Quals", ["* Barista Level 2 (2021)", "* LCQ – Licence Controller Qualification (2023)"]),
    ]))

# ---------------------------------------------------------------- w007
R.append(dict(
    id="w007", ext="pdf", renderer="reportlab", layout="sidebar", hdr="title_org", dates="month", present="Present",
    family="South African IT service-desk and NOC analyst, reportlab with shaded left sidebar",
    name="Thandiwe Mokoena",
    contact=["Lindelani Park, 2091", "072 555 0318", "thandi.mokoena@mailbox.co.za"],
    side=[("Skills", ["ServiceNow", "Active Directory", "Office 365 admin", "SolarWinds", "ITIL v4 Foundation"]),
          ("Languages", ["English, isiZulu, Sesotho"]),
          ("Reference", ["Available on request"])],
    sections=[
        ("Profile", "IT support professional moving from service desk into network operations."),
        ("Experience", [
            E("NOC Analyst", "Ubuntu Connect Telecoms", "Midrand Gardens", "2024-03", "present", "affecting", None, [
                "Monitor fibre and LTE network alarms 24/7 and raise incidents",
                "Dispatch field teams and update outage status for the call centre"]),
            E("IT Service Desk Agent", "Ubuntu Connect Telecoms", "Midrand Gardens", "2021-06", "2024-02", "facing",
              "internal_support", [
                  "First-line support for 900 staff by phone, email and walk-up desk",
                  "Password resets, laptop builds, Teams and VPN issues",
                  "Kept first-call resolution above 75%"]),
            E("Call Centre Agent (Inbound)", "Sizwe Insurance Brokers", "Lindelani Park", "2019-02", "2021-05",
              "facing", "contact_center", ["Policy queries, premium collections and claims notifications"]),
            E("Cashier", "Makhaza Superette", "Lindelani Park", "2017-01", "2018-12", "facing", "in_person_service",
              []),
            E("End User Computing Learner", "Khula Skills Academy", "Lindelani Park", "2016-02", "2016-12", "none",
              None, ["NQF 3 learnership: classroom modules plus workplace practical in the academy's computer lab"],
              etype="internship"),
        ]),
        ("Education", ["Matric (2015), Lindelani Secondary School", "ITIL 4 Foundation (2022)",
                       "CompTIA A+ (2020)"]),
    ]))

# ---------------------------------------------------------------- w008
R.append(dict(
    id="w008", ext="docx", renderer="docx", layout="table", hdr="title_org", dates="mon", present="To Date",
    docx=["table", "styles"],
    family="Nigerian banker, Word with a borderless table per job (title left, dates right), NYSC year",
    name="Chukwuemeka Obi",
    contact=["12 Adeola Close, Omuoko", "+234 803 555 0190 | emeka.obi@mailbox.ng"],
    sections=[
        ("Career Objective", "A results-driven banker seeking a challenging position in relationship management."),
        ("Work Experience", [
            E("Relationship Manager", "Everfirst Bank Plc", "Omuoko Branch", "2021-08", "present", "facing",
              "sales_account", [
                  "Manage a portfolio of 85 SME customers with N2.1bn in deposits",
                  "Visit customers' business premises to review needs and cross-sell trade products",
                  "Prepare credit memos for loan approvals"]),
            E("Customer Service Officer", "Everfirst Bank Plc", "Omuoko Branch", "2018-03", "2021-07", "facing",
              "in_person_service", [
                  "Account opening, ATM card issues and complaint resolution in the banking hall"]),
            E("Internal Control Officer", "Crestmark Microfinance Bank", "Ugwu-Ani", "2016-01", "2018-02", "none",
              None, ["Daily call-over of transactions, review of vouchers and branch cash counts"]),
            E("Corps Member (NYSC) – Mathematics Teacher", "Government Secondary School, Ugwu-Ani", None, "2014-11",
              "2015-10", "facing", "education", ["Taught Mathematics to SS2 classes of 60 students"]),
        ]),
        ("Education", ["B.Sc. Banking and Finance, Second Class Upper – Omuoko State University, 2014"]),
        ("Referees", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w009
R.append(dict(
    id="w009", ext="html", renderer="html", layout="web", hdr="title_org", dates="month", present="present",
    family="Filipino staff nurse, HTML export from an online CV builder, month dates",
    name="Maricel D. Ocampo",
    contact=["San Isidro Norte, Batangan", "+63 917 555 0462", "maricel.ocampo@mailbox.ph"],
    sections=[
        ("Objective", "Registered nurse seeking a hospital position abroad."),
        ("Work Experience", [
            E("Staff Nurse – Medical Ward", "St. Hilarion Medical Center", "San Isidro Norte", "2020-06", "present",
              "facing", "healthcare_care", [
                  "Care of 8–12 patients per shift; medication, IV therapy, wound care",
                  "Health teaching to patients and relatives before discharge"]),
            E("Clinical Documentation Specialist", "Healthbridge Solutions Inc.", "Makabagong Lungsod", "2018-09",
              "2020-05", "affecting", None, [
                  "Reviewed US hospital charts for coding and documentation gaps (night shift)",
                  "Sent queries to the client's coding team"]),
            E("Barangay Health Volunteer", "Barangay Malaya Health Station", "San Isidro Norte", "2016-06", "2018-08",
              "facing", "volunteering", [
                  "Blood pressure checks and vaccination drives for senior citizens and children"],
              section="volunteer", etype="volunteer"),
            E("Service Crew (part-time)", "Kusina Express", "San Isidro Norte", "2014-04", "2016-05", "facing",
              "in_person_service", ["Cashier and counter, student working-scholar"]),
        ]),
        ("Education", ["Bachelor of Science in Nursing – Batangan State University (2018)",
                       "Philippine Nurse Licensure Examination – passed Nov 2018"]),
        ("Trainings", ["Basic Life Support", "IV Therapy Training Program (2019)"]),
    ]))

# ---------------------------------------------------------------- w010
R.append(dict(
    id="w010", ext="pdf", renderer="fpdf2", layout="twopage", hdr="title_org", dates="mm/yyyy", present="Present",
    family="Welsh logistics head of operations, fpdf2 two-page CV with page footer, long career",
    name="Gareth Pryce-Howell", centre=False, footer="Gareth Pryce-Howell – CV – page {n}",
    contact=["Llanfedw, Powyth  •  07700 900582  •  g.prycehowell@mailbox.co.uk"],
    sections=[
        ("Profile", "Operations leader with 20+ years in road freight and warehousing, from the cab to the board "
                    "room. Strong on safety, service levels and turning depots round. I have run chilled and ambient "
                    "sites, planned national store networks and led a customer service team, and I still hold my "
                    "Class 1 licence. Looking for a regional operations director role in Wales or the Marches."),
        ("Career History", [
            E("Head of Operations", "Cadwell Logistics Group", "Llanfedw", "2019-01", "present", "facing",
              "sales_account", [
                  "Lead three depots, 240 staff and a £19m cost budget",
                  "Chair quarterly service reviews with our key retail customers and agree improvement plans",
                  "Brought on-time delivery from 91% to 97.5%",
                  "Led the move to a new WMS across all sites"]),
            E("Depot Manager", "Cadwell Logistics Group", "Newbridge-on-Ithon", "2014-04", "2018-12", "affecting",
              None, [
                  "Ran a 120,000 sq ft chilled depot on three shifts",
                  "Picking accuracy 99.7%; cut agency spend by a third",
                  "Health & safety lead; no RIDDOR reportables in four years"]),
            E("Transport Planner", "Haverfield Freight", "Caerwen", "2010-06", "2014-03", "affecting", None, [
                "Planned daily routes for 45 vehicles to store delivery windows",
                "Managed subcontract hauliers and tachograph compliance"]),
            E("Customer Services Team Leader", "Haverfield Freight", "Caerwen", "2007-02", "2010-05", "facing",
              "contact_center", [
                  "Team of 8 handling delivery queries and claims by phone",
                  "Took escalated calls from customers and store managers"]),
            E("HGV Class 1 Driver", "Morfa Haulage", "Caerwen", "2003-09", "2007-01", "affecting", None, [
                "Night trunking between depots and the port"]),
            E("Barman (part-time)", "Caerwen RFC Clubhouse", "Caerwen", "2000", "2003", "facing", "in_person_service",
              []),
        ]),
        ("", ["<pb>"]),
        ("Education & Training", ["CPC Transport Manager (National), 2011",
                                  "NEBOSH General Certificate, 2015", "ILM Level 5 Leadership, 2018",
                                  "BTEC National Diploma in Business, Coleg Caerwen, 2002"]),
        ("Interests", "Rugby referee (WRU grade 6), hill walking, restoring a 1974 Land Rover."),
        ("References", "Available on request."),
    ]))

# ---------------------------------------------------------------- w011
R.append(dict(
    id="w011", ext="docx", renderer="docx", layout="sidebar", hdr="title_org", dates="mon", present="Present",
    docx=["sidebar"], bullet="–",
    family="Irish social care worker, Word two-column layout table with shaded sidebar",
    name="Siobhán Kehoe", tagline="Social Care Worker (CORU registered)",
    contact=["Carrigmore, Co. Westmeath", "087 555 0291", "siobhan.kehoe@mailbox.ie"],
    side=[("Key skills", ["Key working", "TCI / MAPA trained", "Care planning", "Manual handling",
                          "Full clean licence"]),
          ("Education", ["BA (Hons) Social Care Practice, Carrigmore IT, 2020"]),
          ("Hobbies", ["Camogie, sea swimming"])],
    sections=[
        ("Experience", [
            E("Social Care Worker", "Brightwater Residential Services", "Carrigmore", "2021-04", "present", "facing",
              "healthcare_care", [
                  "Key worker for four young people (12–17) in a residential centre",
                  "Placement plans, daily logs and meetings with social workers and families"]),
            E("Support Worker (relief)", "Ashgrove Disability Services", "Ballinacurra", "2019-09", "2021-03",
              "facing", "healthcare_care", ["Supported adults with intellectual disability in community houses"]),
            E("Bar Staff", "Dolan's Bar", "Carrigmore", "2016-06", "2019-08", "facing", "in_person_service", []),
            E("Research Assistant", "Carrigmore IT", None, "2019-06", "2019-08", "none", None, [
                "Coded survey responses for a study on youth homelessness"], section="other",
              dtext="Summer 2019"),
        ]),
    ]))

# ---------------------------------------------------------------- w012
R.append(dict(
    id="w012", ext="txt", renderer="txt", layout="indeed", hdr="dateline", dates="mm/yyyy", present="Current",
    sep=" to ", bullet="-",
    family="US Air Force veteran in aircraft maintenance, Indeed-style text export, title/employer/dates lines",
    name="Marcus T. Delacroix",
    contact=["Bellweather, KS 67199", "marcus.delacroix@mailbox.net", "+1 316 555 0147"],
    sections=[
        ("Work Experience", [
            E("Maintenance Planner", "Ridgeway Aerostructures", "Bellweather, KS", "2021-02", "present", "none", None,
              ["Schedule preventive maintenance for 60 CNC and autoclave assets",
               "Order parts and track work orders in Maximo"]),
            E("Aircraft Maintenance Technician", "Ridgeway Aerostructures", "Bellweather, KS", "2018-10", "2021-01",
              "none", None, ["Assembled and inspected wing components to drawings"]),
            E("Weekend Sales Associate", "Hartland Farm & Feed", "Marlow Creek, KS", "2019-03", "2020-12", "facing",
              "in_person_service", ["Helped customers pick feed and fencing and loaded trucks",
                                    "Ran the register on Saturdays"]),
            E("Crew Chief, C-130H (SSgt)", "United States Air Force", "Haskell AFB, AR", "2010-07", "2018-09", "none",
              None, ["Led a 6-person crew maintaining assigned aircraft; 98% mission capable",
                     "Trained and certified 20 junior airmen"], etype="military"),
        ]),
        ("Education", ["A.A.S. Aviation Maintenance Technology", "Community College of the Air Force"]),
        ("Skills", ["FAA A&P License", "Maximo", "Lean Six Sigma Yellow Belt", "Forklift"]),
    ]))

# ---------------------------------------------------------------- w013
R.append(dict(
    id="w013", ext="pdf", renderer="reportlab", layout="twocol", hdr="title_org", dates="mon", present="Present",
    family="Indian software engineer, reportlab two-column header (name left, contact right)",
    name="Ananya Krishnamurthy", tagline="Backend engineer · Java / Kotlin / AWS",
    contact=["Sripuram, Karnavati 560199", "+91 99000 55127", "ananya.k@mailbox.in", "github: ananyak-dev"],
    sections=[
        ("Experience", [
            E("Senior Software Engineer", "Tessellate Labs Pvt Ltd", "Sripuram", "2022-06", "present", "facing",
              "other_facing", [
                  "Build payments APIs (Kotlin, Spring Boot) for a partner bank's UPI platform",
                  "Weekly requirement and demo calls with the client bank's product owners",
                  "Mentor three junior engineers"]),
            E("Software Engineer", "Tessellate Labs Pvt Ltd", "Sripuram", "2019-07", "2022-05", "affecting", None, [
                "Developed features for the consumer Android app (1M+ installs)",
                "Fixed crash issues reported by users through Play Store reviews"]),
            E("Software Engineering Intern", "Quillbyte Systems", "Karnavati", "2019-01", "2019-06", "none", None, [
                "Internal build dashboard in React"], etype="internship"),
            E("Teaching Assistant – Data Structures Lab", "Sripuram Institute of Technology", None, "2018-07",
              "2018-12", "facing", "education", ["Ran weekly lab sessions for 60 second-year students"],
              section="other"),
        ]),
        ("Education", ["B.E. Computer Science, Sripuram Institute of Technology, 2019 — CGPA 8.7"]),
        ("Skills", ["Kotlin, Java, Spring Boot, PostgreSQL, Kafka, AWS, Docker"]),
    ]))

# ---------------------------------------------------------------- w014
R.append(dict(
    id="w014", ext="docx", renderer="docx", layout="header", hdr="title_org", dates="month", present="Current",
    docx=["header", "tabs"], list_bullets=True,
    family="Australian council payroll officer, name and contact in the Word page header, tab-stop dates",
    name="Kirsten Fairweather",
    contact=["Wattle Grove Heights VIC", "0433 555 872", "kfairweather@mailbox.com.au"],
    sections=[
        ("Career Summary", "Payroll and accounts officer with local government and small business experience."),
        ("Employment", [
            E("Payroll Officer", "Shire of Mallee Downs", "Mallee Downs", "2020-03", "present", "facing",
              "internal_support", [
                  "Process fortnightly payroll for 240 staff under the council's EBA",
                  "Answer staff pay, leave and super queries by phone, email and at the counter",
                  "STP reporting and end-of-year reconciliations"]),
            E("Accounts Payable Officer", "Redgum Building Supplies", "Wattle Grove Heights", "2017-01", "2020-02",
              "none", None, ["Supplier invoices, three-way matching and weekly payment runs"]),
            E("Receptionist / Administrator", "Fairweather & Loh Physiotherapy", "Wattle Grove Heights", "2014-05",
              "2016-12", "facing", "in_person_service", ["Front desk, bookings, HICAPS claims"]),
            E("Checkout Operator", "FreshWay Supermarket", "Wattle Grove Heights", "2011-08", "2014-04", "facing",
              "in_person_service", []),
        ]),
        ("Education", ["Cert IV Accounting and Bookkeeping (2017)", "VCE (2011)"]),
        ("Referees", ["Provided on request"]),
    ]))

# ---------------------------------------------------------------- w015
R.append(dict(
    id="w015", ext="md", renderer="md", layout="h3", hdr="orgfirst", dates="iso", present="present",
    md_h="####", bullet="-",
    family="South African mine community liaison officer, Markdown with employer heading and roles beneath, ISO dates",
    name="Johan Botha-Lategan",
    contact=["Rooidam, Northern Cape", "082 555 0610 · johan.bl@mailbox.co.za"],
    sections=[
        ("Work Experience", [
            E("Community Liaison Officer", "Rooiberg Manganese (Pty) Ltd", "Rooidam", "2021-07", "present", "facing",
              "other_facing", [
                  "Hold monthly meetings with residents of three villages on blasting, dust and water",
                  "Log and follow up community complaints and grievances",
                  "Coordinate the bursary and local hiring programme"]),
            E("Safety Officer", "Rooiberg Manganese (Pty) Ltd", "Rooidam", "2017-02", "2021-06", "none", None, [
                "Underground inspections, incident investigations and toolbox talks"]),
            E("Miner (Blasting Certificate)", "Rooiberg Manganese (Pty) Ltd", "Rooidam", "2012-01", "2017-01", "none",
              None, []),
            E("Petrol Attendant", "Kalahari Fuel Stop", "Rooidam", "2010-03", "2011-11", "facing",
              "in_person_service", ["Fuel, oil and tyre checks, card and cash payments"]),
        ]),
        ("Qualifications", ["- SAMTRAC (2016)", "- Blasting Certificate (2013)", "- Grade 12 (2009)"]),
        ("Languages", "Afrikaans, English, Setswana"),
    ]))
