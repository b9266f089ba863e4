"""wild52 résumés w001–w015."""
from lib import E

R = []

# ---------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf", family="US Army HR specialist now running a chiropractic front office, combination résumé, Word-to-PDF single column",
    renderer="pdf_rl", layout="plain", order="title_org", dates="mon", present="Present", sep=" - ", bullet="•",
    name="Denise R. Okafor-Hale",
    contact=["Meriden Falls, GA 31077", "(478) 555-0143", "denise.okaforhale@mailbox.org", "linkedin.com/in/dokaforhale"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Six years of Army personnel administration followed by three years managing a busy medical front office",
            "Comfortable being the first point of contact for people who are stressed, in pain or in a hurry",
            "Secret clearance (inactive); MS Office, Kareo, ChiroTouch, IPPS-A",
        ])]),
        ("Professional Experience", [
            E("Office Manager", "Lakeshore Family Chiropractic", "Meriden Falls, GA", "2023-03", "present", [
                "Run the front office for a three-provider practice: check-in, scheduling and insurance verification for 60+ patients a day",
                "Rebuilt the recall list and reminder texts, cutting no-shows from 14% to 8% in the first year",
                "Hire, train and schedule two front-desk staff; close out the day's payments and deposits",
            ], cs="facing", kind="in_person_service"),
            E("Human Resources Specialist (42A)", "U.S. Army, 3rd Battalion, 41st Field Artillery", "Fort Brannock, NC", "2016-08", "2022-11", [
                "Staffed the battalion S1 customer service window: ID cards, leave forms, pay inquiries and records updates for about 650 Soldiers",
                "Processed 300+ personnel actions a year (promotions, awards, evaluations) with zero returns at the 2021 inspection",
                "Prepared the daily strength report and briefed the S1 OIC on suspenses",
            ], cs="facing", kind="internal_support", etype="military"),
            E("Cashier / Customer Service", "Dalton's Hometown Grocery", "Meriden Falls, GA", "2014-06", "2016-07", [
                "Register, money orders and returns at the service desk; trusted to open the store on weekends",
            ], cs="facing", kind="in_person_service"),
        ]),
        ("Education & Certifications", [
            ("kv", "A.A.S. Business Administration, Central Piedmont Technical College", "2021"),
            ("kv", "Certified Medical Office Manager (CMOM), PMI", "2024"),
            ("kv", "Microsoft Office Specialist: Excel Associate", "2020"),
        ]),
    ],
))

# ---------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx", family="US returning mother, combination résumé: skills groups, relevant and additional experience, family leave listed",
    renderer="docx", layout="styles", order="title_org", dates="month", present="Present", sep=" – ",
    name="Kristen Vandermolen",
    contact=["Holloway Bay, MI", "616-555-0188", "kvandermolen@mailbox.net"],
    blocks=[
        ("Summary of Qualifications", [
            "Detail-minded bookkeeper and former credit union teller returning to full-time work after raising three kids. "
            "I like numbers that balance and customers who leave happier than they came in.",
        ]),
        ("Relevant Skills", [
            ("sub", "Accounts & Bookkeeping"),
            ("bl", ["QuickBooks Online, Excel (pivot tables, VLOOKUP), bank reconciliations", "Month-end close for small businesses"]),
            ("sub", "Customer Relations"),
            ("bl", ["Calm on the phone with people who owe money and know it", "Explained fees, holds and payment plans in plain English"]),
        ]),
        ("Relevant Experience", [
            E("Bookkeeper (self-employed)", None, "Holloway Bay, MI", "2024-07", "present", [
                "Keep the books for three small businesses (a bakery, a landscaper and a dance studio) from home",
                "Monthly bank reconciliations, payroll entries and quarterly sales-tax filings",
            ], cs="affecting", etype="freelance"),
            E("Accounts Receivable Specialist", "Brenner Industrial Supply", "Holloway Bay, MI", "2013-05", "2018-02", [
                "Posted customer payments and reconciled roughly 400 trade accounts each month",
                "Called contractors with past-due balances and set up payment plans; brought 90+ day balances down 30%",
                "Prepared the aging report for the controller every Monday",
            ], cs="facing", kind="sales_account"),
            E("Member Service Teller", "First Harbor Credit Union", "Grand Haven Township, MI", "2010-06", "2013-04", [
                "Deposits, withdrawals, cashier's checks and loan payments at a branch averaging 250 members a day",
                "Referred members to loan officers; top referrer in the branch two quarters running",
            ], cs="facing", kind="in_person_service"),
        ]),
        ("Additional Experience", [
            E("Family Leave – full-time parent", None, None, "2018-03", "2024-06", [], cs="none", etype="unknown"),
            E("PTO Treasurer", "Cedar Ridge Elementary PTO", "Holloway Bay, MI", "2021-09", "2024-06", [
                "Kept the books for a $38,000 annual budget and presented the treasurer's report at monthly meetings",
                "Ran the cash box and card reader at the fall book fair and answered parents' questions about orders",
            ], cs="facing", kind="volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Education", [("kv", "B.B.A., Accounting — Lakeview State University", "2010")]),
    ],
))

# ---------------------------------------------------------------- w003
R.append(dict(
    file="w003.txt", family="US National Guard supply sergeant, functional résumé pasted as text, skills-grouped achievements, bare work history with year dates",
    renderer="txt", layout="caps", order="dash", dates="year", present="Present", sep=" - ", bullet="*",
    name="Travis L. Mabry",
    contact=["1420 Old Mill Rd, Peyton Mills, KY 42276", "Cell: 270.555.0112 | tmabry.ky@mailbox.com"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "10+ years in supply, warehousing and inventory control, military and civilian",
            "OSHA 10, certified forklift / reach truck / order picker",
            "Hands-on with SAP, GCSS-Army and RF scanners",
        ])]),
        ("Logistics & Inventory", [("bl", [
            "Accountable for $4.2M in unit property with 100% accountability through three change-of-command inventories",
            "Cut mispicks on my shift from 1.9% to 0.4% by relabeling 600 bin locations",
            "Issued and turned in equipment for 120 Soldiers before and after annual training",
        ])]),
        ("Leadership & Training", [("bl", [
            "Lead a team of 8 pickers and loaders on second shift; built the cross-training chart now used on all shifts",
            "Trained junior Soldiers on hand receipts and sub-hand receipts",
        ])]),
        ("Safety", [("bl", [
            "Zero recordable injuries on my shift in 2023 and 2024",
        ])]),
        ("Work History", [
            E("Warehouse Lead", "Ridgeline Distribution Center", "Carver City, KY", "2019-01", "present", [], cs="affecting", prec="year"),
            E("Supply Sergeant (92Y)", "Kentucky Army National Guard", "Peyton Mills, KY", "2015-01", "present", [], cs="affecting", etype="military", prec="year"),
            E("Forklift Operator", "Tri-County Lumber & Supply", "Peyton Mills, KY", "2016-01", "2018-12", [], cs="affecting", prec="year"),
            E("Cashier / Shift Manager", "Kwik Stop #14", "Peyton Mills, KY", "2012-01", "2015-12", [], cs="facing", kind="in_person_service", prec="year"),
        ]),
        ("Education", [("line", "Peyton County High School, Diploma 2012"), ("line", "Unit Supply Specialist Course, Army Quartermaster School")]),
    ],
))

# ---------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf", family="US Navy hospital corpsman turned medical assistant, fpdf2 centred header, certifications beside jobs, mm/yyyy",
    renderer="pdf_fp", layout="centred", order="title_org", dates="mm/yyyy", present="Current", sep=" - ", bullet="•",
    name="Marisol Q. Etheridge",
    contact=["San Lorenzo Bay, CA", "(805) 555-0171", "marisol.etheridge@mailbox.org"],
    blocks=[
        ("Profile", [
            "Former Navy Hospital Corpsman with five years of patient care in clinics and with a Marine infantry battalion. "
            "Now a certified clinical medical assistant in urgent care. Bilingual English/Spanish.",
        ]),
        ("Clinical Experience", [
            E("Certified Medical Assistant", "Tidewell Urgent Care", "San Lorenzo Bay, CA", "2023-01", "present", [
                "Room 30-45 patients per shift: vitals, chief complaint, med reconciliation in athenaOne",
                "Give injections and vaccines, perform EKGs, rapid strep/flu/COVID tests and point-of-care glucose",
                "Interpret for Spanish-speaking patients and walk them through discharge instructions",
            ], cs="facing", kind="healthcare_care", note="Certification: CCMA, NHA (2023)"),
            E("Hospital Corpsman, Fleet Marine Force", "U.S. Navy / 2nd Battalion, 9th Marines", "Camp Hollister, NC", "2019-01", "2022-12", [
                "Held daily sick call for a 900-Marine battalion and treated injuries in garrison and in the field",
                "Ran the battalion aid station's immunization and medical readiness tracking",
                "Taught Tactical Combat Casualty Care to 140 Marines before deployment",
            ], cs="facing", kind="healthcare_care", etype="military"),
            E("Hospital Corpsman", "Naval Branch Health Clinic Sandpoint", "Sandpoint, WA", "2017-06", "2018-12", [
                "Screened walk-in patients, drew labs and assisted providers with minor procedures",
            ], cs="facing", kind="healthcare_care", etype="military", note="BLS Instructor, AHA (2018)"),
        ]),
        ("Additional Experience", [
            E("Pharmacy Cashier", "Valley Rx Drugs", "Oxnard Heights, CA", "2015-08", "2017-05", [
                "Rang up prescriptions, confirmed patient date of birth and flagged questions for the pharmacist",
            ], cs="facing", kind="in_person_service"),
        ]),
        ("Education", [("kv", "Hospital Corps School, Naval Medical Training Center", "2017"),
                       ("kv", "Currently enrolled: LVN program, Ventura Coast College", "2025 - ")]),
    ],
))

# ---------------------------------------------------------------- w005
R.append(dict(
    file="w005.html", family="US second-career applicant: high school teacher moved into corporate training, HTML résumé with relevant/additional experience",
    renderer="html", order="title_org", dates="mon", present="Present", sep=" to ",
    name="Graham Whitcombe-Reyes",
    contact=["Brookfield Heights, IL", "773-555-0129", "gwreyes@mailbox.net"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Twelve years in front of teenagers, two years in front of forklift drivers: I can teach anyone who walks in the door",
            "Instructional design in Articulate Rise and Storyline; LMS administration (Docebo)",
            "Illinois Professional Educator License (lapsed 2025)",
        ])]),
        ("Relevant Experience", [
            E("Learning & Development Coordinator", "Corvane Logistics", "Elk Grove Station, IL", "2024-02", "present", [
                "Facilitate new-hire orientation for 25 to 40 warehouse and office employees every month",
                "Built 18 short e-learning modules on safety and the WMS; completion rose from 61% to 94%",
                "Coach supervisors who run on-the-floor training and collect their feedback after each cohort",
            ], cs="facing", kind="internal_support"),
            E("Social Studies Teacher", "Pell Township High School", "Brookfield Heights, IL", "2012-08", "2024-01", [
                "Taught U.S. History, Civics and AP Government to five sections of 28-32 students",
                "Led the Model UN club and chaperoned the spring trip to Springfield",
                "Mentored four student teachers from Northlake University",
            ], cs="facing", kind="education"),
        ]),
        ("Additional Experience", [
            E("Camp Counselor", "Brookfield Park District Day Camp", "Brookfield Heights, IL", "2011-06", "2011-08", [],
              cs="facing", kind="education", dt="Summer 2011"),
            E("Server", "The Lantern Room Tavern", "Evanston Park, IL", "2008-01", "2012-12", [
                "Weekend server through college and student teaching", "Trained new servers on the POS",
            ], cs="facing", kind="in_person_service", prec="year"),
        ]),
        ("Education", [("kv", "M.Ed. Curriculum & Instruction, Northlake University", "2016"),
                       ("kv", "B.A. History, Northlake University", "2012")]),
    ],
))

# ---------------------------------------------------------------- w006
R.append(dict(
    file="w006.docx", family="Canadian Armed Forces military police veteran in site security, Word table per job, MM/YYYY dates",
    renderer="docx", layout="tables", order="title_org", dates="mm/yyyy", present="Present", sep=" – ",
    name="Étienne Lavoie-Brandt",
    contact=["Kingsmere, ON  K7P 0B4", "613-555-0190", "e.lavoiebrandt@mailbox.ca", "Bilingual (EN/FR)"],
    blocks=[
        ("Highlights of Qualifications", [("bl", [
            "9 years as a Military Police member; ON Security Guard Licence and Standard First Aid/CPR-C",
            "De-escalation, incident command and report writing that holds up in court",
            "Fluent in English and French",
        ])]),
        ("Employment", [
            E("Security Site Supervisor", "Northgate Protective Services", "Kingsmere, ON", "2022-03", "present", [
                "Supervise a team of nine guards at a 300-bed hospital; build the roster and cover call-outs",
                "Respond to Code Whites in the emergency department and talk agitated visitors down",
                "Write incident reports and brief the hospital's facilities manager weekly",
            ], cs="facing", kind="other_facing"),
            E("Military Police Member (Cpl)", "Canadian Armed Forces – CFB Valcourt", "Valcourt, QC", "2013-05", "2022-02", [
                "Conducted mobile and foot patrols of the base and married quarters; attended domestic and noise complaints",
                "Traffic enforcement at the main gate and speed checks in the PMQ area",
                "Investigated thefts and minor assaults and prepared files for the chain of command",
            ], cs="facing", kind="other_facing", etype="military"),
            E("Loss Prevention Officer", "Marchand's Department Store", "Kingsmere, ON", "2010-06", "2013-04", [
                "Plain-clothes floor walks and CCTV monitoring; apprehended and interviewed shoplifters",
                "Audited refunds and voids for internal fraud",
            ], cs="facing", kind="other_facing"),
        ]),
        ("Community", [
            E("Volunteer Driver", "Kingsmere Seniors' Transportation", "Kingsmere, ON", "2023-01", "present", [
                "Drive seniors to medical appointments and grocery runs two mornings a week",
            ], cs="facing", kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Training", [("line", "MP Basic Qualification, CFMPA (2013) · Use of Force Instructor (2018) · Crisis Intervention Team course (2020)")]),
    ],
))

# ---------------------------------------------------------------- w007
R.append(dict(
    file="w007.pdf", family="US Marine Corps recruiter now in B2B sales, reportlab shaded left sidebar with competencies and certifications",
    renderer="pdf_rl", layout="sidebar", order="title_org", dates="mon", present="Present", sep=" – ", bullet="•", font="DejaVu",
    name="Darnell J. Whitford",
    contact=["Oak Prairie, TX", "(254) 555-0166", "dj.whitford@mailbox.com"],
    side=[
        ("Core Competencies", [("bl", ["Prospecting & cold outreach", "Consultative selling", "Salesforce / HubSpot",
                                       "Public speaking", "Pipeline forecasting", "Team leadership"])]),
        ("Certifications", [("bl", ["Sandler Foundations (2023)", "Basic Recruiter Course, USMC (2019)"])]),
        ("Education", [("bl", ["B.S. Business (online), Lone Star Western University, 2022"])]),
    ],
    blocks=[
        ("Professional Summary", [
            "Marine Corps veteran who spent four years selling the hardest product there is: a four-year commitment. "
            "I carry that prospecting discipline into fleet telematics sales.",
        ]),
        ("Experience", [
            E("Account Executive", "Stratline Fleet Telematics", "Austin Ridge, TX", "2023-04", "present", [
                "Prospect and run demos for fleet managers at companies with 20-500 vehicles",
                "Closed $1.1M in first-year contract value in 2024 (128% of quota)",
                "Hand off to onboarding and stay on as the customer's contact through renewal",
            ], cs="facing", kind="sales_account"),
            E("Canvassing Recruiter (MOS 8411)", "U.S. Marine Corps, Recruiting Substation Oak Prairie", "Oak Prairie, TX", "2019-07", "2023-02", [
                "Prospected in high schools and the community; met applicants and their parents at home to answer questions",
                "Wrote 14 contracts a year on average, ranked #2 of 38 recruiters in the station",
                "Prepared applicants for MEPS and kept in touch with them in the Delayed Entry Program",
            ], cs="facing", kind="other_facing", etype="military"),
            E("Motor Transport Operator / Section Leader", "U.S. Marine Corps, 2nd Transportation Support Battalion", "Camp Hollister, NC", "2013-06", "2019-06", [
                "Led a 12-Marine section running convoys of up to 20 vehicles",
                "Kept vehicle readiness above 90% through scheduled PMCS",
            ], cs="none", etype="military"),
        ]),
    ],
))

# ---------------------------------------------------------------- w008
R.append(dict(
    file="w008.md", family="US returning parent in Markdown: career break with dates, grocery-delivery gig, architecture office roles under one employer",
    renderer="md", order="title_org", dates="mon", present="present", sep=" – ", bullet="-",
    name="Priya Ramaswamy-Cole",
    contact=["Fernwood, WA", "priya.rcole@mailbox.org", "(360) 555-0157"],
    blocks=[
        ("Summary", [
            "Organized, unflappable project coordinator ready to return to an office after six years at home with two children. "
            "Recently completed a project management certificate and kept busy with school volunteering and app-based delivery.",
        ]),
        ("Experience", [
            E("Personal Shopper & Delivery Driver", "CartRunner (app-based)", "Fernwood, WA", "2023-09", "present", [
                "Shop and deliver grocery orders during school hours, about 25 orders a week",
                "Text customers about substitutions and hand orders over at the door; 4.98 rating",
            ], cs="facing", kind="in_person_service", etype="freelance"),
            E("Career break – raising two children", None, None, "2017-01", "2023-12", [],
              cs="none", etype="unknown", prec="year",
              note="Completed the Google Project Management Certificate (2023)"),
            E("Project Coordinator", "Alder & Finch Architects", "Bellmont, WA", "2012-04", "2017-02", [
                "Assembled permit sets and submittal logs for 15 residential projects",
                "Kept project schedules and meeting minutes for the design team",
                "Ordered material samples and ran the sample library",
            ], cs="affecting"),
            E("Receptionist", "Alder & Finch Architects", "Bellmont, WA", "2010-08", "2012-03", [],
              cs="facing", kind="in_person_service"),
        ]),
        ("Volunteer", [
            E("Reading Buddy Volunteer", "Fernwood Elementary School", "Fernwood, WA", "2019-01", "2023-12", [
                "Read one-to-one with first and second graders twice a week",
            ], cs="facing", kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Education", [("kv", "B.A. Communications, Puget Valley College", "2010")]),
    ],
))

# ---------------------------------------------------------------- w009
R.append(dict(
    file="w009.docx", family="US Air Force admin specialist now an executive assistant, contact in the Word page header, org line first",
    renderer="docx", layout="header", order="org_title", dates="mon.", present="Present", sep=" – ",
    name="Shauna M. Pettigrew",
    contact=["Cold Spring Junction, CO 80931", "719.555.0114", "shauna.pettigrew@mailbox.com"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Eight years of executive support in the Air Force and private sector; TS clearance (inactive)",
            "Calendar, travel and correspondence for senior leaders; DTS and Concur",
            "Notary Public, State of Colorado",
        ])]),
        ("Professional Experience", [
            E("Executive Assistant to the CEO", "Halvorsen Aerospace Components", "Cold Spring Junction, CO", "2022-05", "present", [
                "Manage the CEO's calendar, travel and board packets; draft correspondence for her signature",
                "Coordinate quarterly board meetings and customer visits, including agenda, catering and security badges",
                "Track the executive team's action items and chase deadlines",
            ], cs="affecting"),
            E("Administrative Specialist (3F5X1), SSgt", "U.S. Air Force, 21st Space Wing Command Section", "Peterson Ridge AFB, CO", "2017-02", "2022-04", [
                "Front desk of the wing command section: greeted visitors and answered the commander's phone line",
                "Routed 1,500+ staff packages a year through the tasking system with a 98% on-time rate",
                "Trained 14 unit admin troops on correspondence standards",
            ], cs="facing", kind="internal_support", etype="military"),
            E("Administrative Specialist (3F5X1), A1C", "U.S. Air Force, 92nd Mission Support Squadron", "Spokane Flats AFB, WA", "2014-09", "2017-01", [
                "Filed and scanned personnel records and prepared weekly suspense reports",
            ], cs="none", etype="military"),
        ]),
        ("Education", [("kv", "A.A.S. Information Management, Community College of the Air Force", "2019")]),
    ],
))

# ---------------------------------------------------------------- w010
R.append(dict(
    file="w010.pdf", family="US second-career nurse (former insurance claims adjuster), 2-page fpdf2 résumé with page footer, clinical rotations and volunteer",
    renderer="pdf_fp", layout="left", order="dateline", dates="month", present="Present", sep=" – ", bullet="▪",
    footer="Renata K. Solberg, RN  ·  Page {n}", break_before=("Previous Career",),
    name="Renata K. Solberg, RN",
    contact=["Wexford Lake, MN 55390", "(952) 555-0175", "renata.solberg@mailbox.net"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Registered Nurse (MN) since 2024 after 11 years in insurance claims",
            "BLS and ACLS, AHA; NIH Stroke Scale certified",
            "Strong documentation and prioritization habits from a decade of claims work",
        ])]),
        ("Nursing Experience", [
            E("Registered Nurse, Medical-Surgical Unit", "St. Brigid Regional Medical Center", "Wexford Lake, MN", "2024-08", "present", [
                "Care for 5-6 adult patients per shift on a 32-bed med-surg floor; admissions, discharges and patient teaching",
                "Precept nursing students and new graduates on night shift",
                "Serve on the unit falls-prevention committee",
            ], cs="facing", kind="healthcare_care"),
            E("Nursing Assistant (part-time, while in school)", "Lakeview Care Center", "Wexford Lake, MN", "2022-01", "2024-07", [
                "Bathing, dressing, feeding and transfers for long-term care residents on evening shift",
            ], cs="facing", kind="healthcare_care"),
            E("Clinical Rotations (BSN program)", "Twin Rivers State University School of Nursing", "Mankato Falls, MN", "2022-09", "2024-05", [
                "Med-surg, labor and delivery, pediatrics, behavioral health and community health rotations; 760 clinical hours",
            ], cs="facing", kind="healthcare_care", section="other", etype="internship"),
        ]),
        ("Previous Career", [
            E("Senior Claims Adjuster", "Northwoods Mutual Insurance", "Bloomdale, MN", "2015-03", "2021-12", [
                "Handled a desk of 120-150 auto and property claims: coverage review, reserves and settlements",
                "Recorded statements from policyholders and claimants by phone and negotiated settlements",
                "Mentored new adjusters and reviewed their files before payment",
            ], cs="facing", kind="contact_center"),
            E("Claims Processor", "Northwoods Mutual Insurance", "Bloomdale, MN", "2010-06", "2015-02", [
                "Keyed first notices of loss, ordered police reports and set up claim files for the adjusters",
            ], cs="affecting"),
        ]),
        ("Education", [("kv", "B.S.N., Twin Rivers State University", "2024"), ("kv", "B.A. English, University of Lower Minnesota", "2010")]),
        ("Volunteer", [("line", "Wexford Lake Free Clinic: intake volunteer, occasional Saturdays")]),
    ],
))

# ---------------------------------------------------------------- w011
R.append(dict(
    file="w011.txt", family="Canadian Armed Forces supply technician moving to logistics, text résumé with underlined headings, 'to date'",
    renderer="txt", layout="underline", order="org_title", dates="mon", present="to date", sep=" - ", bullet="-",
    name="Kyle Ashdown-Marsh",
    contact=["Brackley, NS  B4V 2R7", "902 555 0133", "kyle.ashdown@mailbox.ca"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "12 years in military supply chain: warehousing, procurement and clothing stores",
            "DRMIS (SAP) power user; Class 3 driver's licence with air brake endorsement",
            "Calm, organized and used to deadlines that don't move",
        ])]),
        ("Work Experience", [
            E("Inventory Control Analyst", "Maritime Fastener & Supply Ltd.", "Dartmouth Cove, NS", "2023-09", "present", [
                "Run cycle counts and root-cause variances across 14,000 SKUs",
                "Set min/max levels with purchasing; cut emergency orders by a third",
            ], cs="affecting"),
            E("Supply Technician, Clothing Stores (MCpl)", "Canadian Armed Forces – CFB Brackley", "Brackley, NS", "2018-07", "2023-08", [
                "Ran the base clothing stores counter: fitted and issued uniforms and boots to members and recruits, handled exchanges",
                "Supervised three technicians and the quarterly stock check",
            ], cs="facing", kind="internal_support", etype="military"),
            E("Supply Technician (Pte/Cpl)", "Canadian Armed Forces – 5 Service Battalion", "Gagetown Flats, NB", "2011-06", "2018-06", [
                "Received, stored and shipped unit equipment; prepared loads for two exercises abroad",
                "Processed procurement requests up to $25K",
            ], cs="affecting", etype="military"),
        ]),
        ("Part-Time", [
            E("Stock Clerk (weekends)", "Harbourside Home Hardware", "Brackley, NS", "2019-05", "2021-09", [],
              cs="affecting"),
        ]),
        ("Education & Training", [("line", "Supply Technician QL5, CFSATE (2015)"), ("line", "Certificate, Supply Chain Management, Nova Coast Community College (2024)")]),
    ],
))

# ---------------------------------------------------------------- w012
R.append(dict(
    file="w012.pdf", family="US functional résumé: retail store manager moving into HR, reportlab two-column header, skills-grouped achievements and short work history",
    renderer="pdf_rl", layout="twocol", order="pipe", dates="yyyy-mm", present="Present", sep=" to ", bullet="–",
    name="Melanie Tran-Hoskins",
    contact=["Sycamore Bend, OH 45840", "419-555-0196", "mtranhoskins@mailbox.com", "SHRM-CP candidate"],
    blocks=[
        ("Summary of Qualifications", [
            "People-focused retail leader with 14 years in specialty retail, the last seven as store manager. "
            "Did the hiring, onboarding, scheduling, coaching and (when needed) terminations for teams of 20-35. "
            "Ready to do HR full-time.",
        ]),
        ("Selected Accomplishments", [
            ("sub", "Recruiting & Onboarding"),
            ("bl", ["Hired 60+ seasonal associates each fall; cut 90-day turnover from 48% to 27%",
                    "Rewrote the store's first-week onboarding checklist, later adopted by the district"]),
            ("sub", "Employee Relations"),
            ("bl", ["Investigated and documented attendance and conduct issues with the district HR partner",
                    "Mediated scheduling conflicts and accommodations for students and parents on staff"]),
            ("sub", "Operations"),
            ("bl", ["Ran a $4.6M store; top 10 of 85 stores in shrink control two years running",
                    "Handled escalated customer complaints and warranty disputes on the sales floor"]),
        ]),
        ("Work History", [
            E("Store Manager", "Kessler Outdoor Outfitters", "Sycamore Bend, OH", "2019-06", "present", [],
              cs="facing", kind="in_person_service"),
            E("Assistant Store Manager", "Kessler Outdoor Outfitters", "Findlay Grove, OH", "2016-02", "2019-05", [],
              cs="facing", kind="in_person_service"),
            E("Sales Lead", "Parkway Shoe Company", "Findlay Grove, OH", "2012-04", "2016-01", [],
              cs="facing", kind="in_person_service"),
        ]),
        ("Education", [("kv", "B.S. Business Management, Blanchard River University", "2012"),
                       ("kv", "HR Management Certificate, Ohio Northwest State (online)", "2025")]),
    ],
))

# ---------------------------------------------------------------- w013
R.append(dict(
    file="w013.docx", family="US Army military police veteran, now a 911 dispatcher, Word tab-stop dates, some entries without bullets",
    renderer="docx", layout="tabs", order="title_org", dates="mm/yyyy", present="Present", sep=" – ",
    name="Corey A. Lindqvist",
    contact=["Pine Hollow, MO 65556", "(573) 555-0121", "c.lindqvist@mailbox.net"],
    blocks=[
        ("Qualifications Summary", [
            "Army veteran (Military Police, 31B) with six years as a Public Safety Telecommunicator. "
            "APCO certified, EMD certified, CJIS/MULES access. Looking for a shift supervisor role.",
        ]),
        ("Experience", [
            E("Public Safety Telecommunicator II", "Pulaski Valley Emergency Communications District", "Pine Hollow, MO", "2020-10", "present", [
                "Answer 911 and non-emergency calls for a county of 52,000 and dispatch sheriff, fire and EMS",
                "Give pre-arrival medical instructions using EMD protocols",
                "Communications Training Officer for four new hires",
            ], cs="facing", kind="contact_center"),
            E("Detention Officer", "Pulaski Valley County Jail", "Pine Hollow, MO", "2018-09", "2020-09", [
                "Supervised inmate housing units, conducted headcounts and cell searches",
                "Booked arrestees and managed property",
            ], cs="none"),
            E("Military Police (31B)", "U.S. Army, 94th MP Company", "Fort Kelso, MO", "2014-05", "2018-08", [
                "Law enforcement patrols of post housing and training areas; responded to calls for service from residents",
                "Access control at the main gate processing 4,000+ vehicles a day",
            ], cs="facing", kind="other_facing", etype="military"),
            E("Lot Attendant", "Ozark Ridge Ford", "Pine Hollow, MO", "2012-06", "2014-04", [], cs="affecting"),
        ]),
        ("Certifications", [("line", "APCO Public Safety Telecommunicator 1 · EMD (IAED) · Missouri POST Class B (inactive) · CPR")]),
    ],
))

# ---------------------------------------------------------------- w014
R.append(dict(
    file="w014.docx", family="Canadian newcomer combination résumé: Canadian and international experience split, settlement-agency volunteering, MM/YYYY",
    renderer="docx", layout="styles", order="dateline", dates="mm/yyyy", present="Present", sep=" – ",
    name="Oluwaseun (Seun) Adebayo-Martin",
    contact=["Riverbend, AB T5Y 3K9", "780-555-0148", "seun.adebayo@mailbox.ca", "Open to work in Edmonton area"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Pharmacist (Nigeria) with 7 years of community pharmacy practice; PEBC Evaluating Exam passed 2025",
            "Currently a pharmacy assistant while completing the Alberta licensing pathway",
            "Counselling patients on OTC products, chronic disease medicines and inhaler technique",
        ])]),
        ("Canadian Experience", [
            E("Pharmacy Assistant", "Westbrook Pharmacy & Wellness", "Riverbend, AB", "2025-03", "present", [
                "Take in prescriptions, enter them in Kroll and collect third-party billing information",
                "Answer phone refill requests and direct clinical questions to the pharmacist",
                "Count, package and label blister packs for two seniors' lodges",
            ], cs="facing", kind="in_person_service"),
            E("Warehouse Associate (through agency)", "Prairie Link Staffing – Northern Cold Storage", "Riverbend, AB", "2024-06", "2025-02", [
                "Picked and wrapped frozen food orders on night shift",
            ], cs="affecting"),
        ]),
        ("International Experience", [
            E("Community Pharmacist / Pharmacist-in-Charge", "HealthPlus Family Pharmacy", "Ibadan, Nigeria", "2016-11", "2024-04", [
                "Dispensed and counselled 100+ patients a day; ran blood pressure and glucose screening days",
                "Managed stock of 2,000 lines and supervised four staff",
            ], cs="facing", kind="healthcare_care"),
            E("Pharmacy Intern", "University College Hospital Pharmacy", "Ibadan, Nigeria", "2015-10", "2016-10", [
                "Rotated through inpatient dispensing, compounding and the outpatient counter",
            ], cs="facing", kind="healthcare_care", etype="internship"),
        ]),
        ("Volunteer Experience", [
            E("Peer Mentor", "Riverbend Newcomer Settlement Centre", "Riverbend, AB", "2025-01", "present", [
                "Meet newly arrived internationally trained health professionals monthly to share licensing tips",
            ], cs="facing", kind="volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Education", [("kv", "B.Pharm., University of Ibadan", "2015")]),
    ],
))

# ---------------------------------------------------------------- w015
R.append(dict(
    file="w015.pdf", family="US Army National Guard combat medic holding a civilian job at the same time, fpdf2 centred header, overlapping service",
    renderer="pdf_fp", layout="centred", order="org_title", dates="mon", present="Present", sep=" – ", bullet="•", font="serif",
    name="Jasmine T. Rourke",
    contact=["Ellery, IA 50436", "641-555-0139", "jasmine.rourke@mailbox.com"],
    blocks=[
        ("Summary of Qualifications", [("bl", [
            "Nationally Registered EMT; Army combat medic (68W) in the Iowa Army National Guard",
            "Two years on a 911 ambulance, three years in a hospital ED as a patient care tech",
            "Looking for a paramedic school sponsorship",
        ])]),
        ("Relevant Experience", [
            E("Patient Care Technician – Emergency Department", "Cedar Plains Regional Hospital", "Mason Ridge, IA", "2023-06", "present", [
                "Triage support, vitals, EKGs, splinting and wound care for 45-60 ED patients per shift",
                "Sit with behavioral health patients on 1:1 observation",
            ], cs="facing", kind="healthcare_care"),
            E("EMT-Basic", "North Iowa Ambulance Service", "Ellery, IA", "2021-04", "2023-05", [
                "Responded to 911 calls and interfacility transfers on a two-person crew",
            ], cs="facing", kind="healthcare_care"),
            E("Combat Medic Specialist (68W), SGT", "Iowa Army National Guard, 1-133rd Infantry", "Waterloo Junction, IA", "2018-08", "present", [
                "Provide sick call, immunizations and annual health assessments for 130 Soldiers at drill",
                "Deployed to Kuwait 2020: ran the aid station's night shift",
                "Teach combat lifesaver courses to the company",
            ], cs="facing", kind="healthcare_care", etype="military", note="Drilling one weekend a month, two weeks a year"),
        ]),
        ("Additional Experience", [
            E("Lifeguard", "Ellery Municipal Pool", "Ellery, IA", "2016-06", "2016-08", [], cs="facing", kind="other_facing", dt="Summer 2016"),
            E("Lifeguard", "Ellery Municipal Pool", "Ellery, IA", "2017-06", "2017-08", [], cs="facing", kind="other_facing", dt="Summer 2017"),
        ]),
        ("Certifications", [("line", "NREMT (2021) · BLS, PHTLS, ACLS (2024) · Red Cross Lifeguard (2016)")]),
    ],
))
