"""wild113 résumés w001–w015 (fictional people and organisations)."""
from lib import E

RESUMES = []
A = RESUMES.append

# ------------------------------------------------------------------ w001
A(dict(
    id="w001", fmt="rl", layout="plain", paper="letter", hstyle="orgfirst", dstyle="mon",
    family="US distribution-centre shift supervisor with two promotions under one employer, reportlab single column, employer heading with roles beneath",
    name="Dana Kowalczyk",
    contact=["Toledo, OH 43612", "(419) 555-0148", "dana.kowalczyk@mailbox.net"],
    main=[
        ("Summary", "text", "Warehouse lead with seven years in fast-paced distribution. Promoted twice at Harlan. "
                            "Calm on the phone with stores, good with scanners and WMS screens, forklift certified."),
        ("Work Experience", "entries", [
            E("Shift Supervisor", "Harlan Freight Solutions", "Perrysburg, OH", "2022-03", "present", "facing", "internal_support",
              ["Lead a crew of 14 pickers and loaders on second shift",
               "Take calls from our receiving stores about shorted or late loads and arrange re-deliveries",
               "Run cycle counts and sign off trailer seals before departure"]),
            E("Lead Order Picker", "Harlan Freight Solutions", "Perrysburg, OH", "2020-10", "2022-02", "affecting", None,
              ["Trained new hires on RF scanners and pick paths",
               "Picked and staged multi-store orders at 99.6% accuracy"]),
            E("Order Picker", "Harlan Freight Solutions", "Perrysburg, OH", "2019-08", "2020-09", "affecting", None, []),
            E("Cashier", "Maumee Valley Grocers", "Maumee, OH", "2017-05", "2019-07", "facing", "in_person_service",
              ["Rang up orders and handled EBT and WIC transactions",
               "Helped shoppers with price checks, carry-outs and rain checks"]),
        ]),
        ("Volunteer", "entries", [
            E("Volunteer Coach", "Westgate Youth Soccer League", "Toledo, OH", "2018-09", "2021-06", "facing", "volunteering",
              ["Coached an under-10 team two evenings a week and kept parents updated after games"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", "text", "Whitmer High School, Toledo, OH — Diploma, 2017"),
        ("Certifications", "list", ["Powered Industrial Truck (Forklift) – 2019", "OSHA 10-Hour General Industry"]),
    ]))

# ------------------------------------------------------------------ w002
A(dict(
    id="w002", fmt="docx", layout="styles", hstyle="title_org", dstyle="month",
    family="UK housing-association officer, Word heading styles, right tab-stop dates, two roles at the same landlord",
    name="Priya Sandhu",
    contact=["Leicester LE4", "07700 900318", "priya.sandhu@mailbox.co.uk"],
    main=[
        ("Profile", "text", "Friendly, organised housing professional. I like sorting things out for people and "
                            "I am happy on the phone or on a doorstep. Full UK driving licence."),
        ("Employment History", "entries", [
            E("Tenancy Support Officer", "Castlegate Homes", "Leicester", "2021-06", "present", "facing", "other_facing",
              ["Visit new tenants in their first six weeks and help set up Universal Credit and utilities",
               "Agree repayment plans for rent arrears face to face",
               "Refer vulnerable tenants to adult social care and debt advice"]),
            E("Repairs Call Handler", "Castlegate Homes", "Leicester", "2019-02", "2021-05", "facing", "contact_center",
              ["Took 60–80 calls a day from tenants reporting repairs and booked jobs with operatives",
               "Chased contractors when appointments were missed and called tenants back"]),
            E("Lettings Administrator", "Brookfield & Lowe Estate Agents", "Loughborough", "2017-09", "2019-01", "affecting", None,
              ["Prepared tenancy agreements, inventories and deposit registration paperwork",
               "Ran referencing and right-to-rent checks",
               "Kept property listings on the portals up to date"]),
            E("Sales Assistant (Saturdays)", "Bellamy's Department Store", "Leicester", "2015-10", "2017-08", "facing", "in_person_service", []),
        ]),
        ("Education", "text", "Level 3 Certificate in Housing (CIH), 2020\nA Levels: Sociology B, English C, Business C — Gateway College, 2017"),
        ("Skills", "list", ["Orchard Housing, Microsoft Office", "Punjabi and Hindi (spoken)", "Safeguarding adults training"]),
        ("References", "text", "Available on request."),
    ]))

# ------------------------------------------------------------------ w003
A(dict(
    id="w003", fmt="txt", hstyle="form", dstyle="mm/yyyy", present="Present", txthead="colon",
    labels=("Job title:", "Company:", "City:", "From:", "To:", "Description:"),
    bstyle="para",
    family="Canadian applicant's text pasted from an online application form, one labelled block per job (Job title / Company / City / From / To)",
    name="Jasmine Okafor",
    contact=["Brampton, ON L6Y", "Phone: 647-555-0193", "Email: jas.okafor@mailbox.ca"],
    main=[
        ("Work history", "entries", [
            E("Delivery Driver", "Northline Appliance Logistics", "Mississauga, ON", "2023-04", "present", "facing", "in_person_service",
              ["Deliver and install fridges, ranges and washers in customers' homes.",
               "Show customers the basic settings and take signatures on the tablet."]),
            E("Warehouse Associate", "Northline Appliance Logistics", "Mississauga, ON", "2021-11", "2023-03", "affecting", None,
              ["Loaded delivery trucks by route, checked serial numbers and wrapped units."]),
            E("Barista", "Cedar & Bean Café", "Brampton, ON", "2019-06", "2021-10", "facing", "in_person_service",
              ["Made drinks, took orders at the till and kept the front counter clean."]),
            E("Dishwasher", "Lakeshore Grill", "Brampton, ON", "2018-05", "2019-05", "affecting", None,
              ["Dish pit and pot washing, helped the prep cooks on weekends."]),
        ]),
        ("Education", "text", "School: Sheridan Heights Secondary School\nProgram: OSSD\nYear completed: 2018"),
        ("Licences", "text", "Ontario G licence, clean abstract. WHMIS 2015."),
    ]))

# ------------------------------------------------------------------ w004
A(dict(
    id="w004", fmt="fp", layout="sidebar", hstyle="title_org", dstyle="mon", present="Current",
    family="Australian disability support worker, fpdf2 with shaded left sidebar (contact, licences, referees), title then employer line",
    name="Liam Fitzgerald", headline=["Disability Support Worker · NDIS screened"],
    contact=["Geelong VIC 3220", "0412 555 907", "liam.fitz@mailbox.com.au"],
    side=[
        ("Skills", "list", ["Personal care & manual handling", "Behaviour support plans", "Medication prompts", "Manual car"]),
        ("Licences", "list", ["NDIS Worker Screening", "First Aid & CPR (2025)", "Working with Children Check"]),
        ("Referees", "text", "Supplied on request"),
    ],
    main=[
        ("Experience", "entries", [
            E("Disability Support Worker", "Barwon Community Supports", "Geelong VIC", "2022-01", "present", "facing", "healthcare_care",
              ["Support four participants in a shared home with personal care, meals and outings",
               "Write shift notes and incident reports in ShiftCare",
               "Drive participants to day programs and appointments"]),
            E("Cleaner", "Surfcoast Facility Services", "Torquay VIC", "2020-03", "2021-12", "none", None,
              ["Night cleaning of offices and a council depot after close",
               "Floor scrubbing, bins, restocking washrooms"]),
            E("Retail Assistant", "Bayside Surf Co.", "Torquay VIC", "2018-11", "2020-02", "facing", "in_person_service",
              ["Sold wetsuits and boards, fitted customers and ran the register",
               "Opened and closed the store on weekends"]),
            E("Farmhand", "Moorabool Valley Farms", "Bannockburn VIC", "2017-01", "2018-10", "none", None,
              ["Fencing, lamb marking, feeding out and general maintenance"]),
        ]),
        ("Education", "text", "Certificate IV in Disability Support — Gordon TAFE, 2021"),
    ]))

# ------------------------------------------------------------------ w005
A(dict(
    id="w005", fmt="docx", layout="tabs", hstyle="orgfirst", dstyle="mon.", orgloc=True,
    family="Irish hotel career with three roles under one hotel and promotions, Word tab-stop dates, employer heading with roles beneath",
    name="Aoife Brennan",
    contact=["Salthill, Galway", "087 555 2741", "aoife.brennan@mailbox.ie"],
    main=[
        ("Career History", "entries", [
            E("Front Office Manager", "Atlantic Crest Hotel", "Galway", "2022-05", "present", "affecting", None,
              ["Manage a front office team of 12 across reception, reservations and concierge",
               "Set rosters and the departmental budget; cut agency spend by 30%",
               "Own OTA rates and the channel manager with the revenue team"]),
            E("Front Desk Supervisor", "Atlantic Crest Hotel", "Galway", "2019-03", "2022-04", "facing", "in_person_service",
              ["Ran the desk on shift, checked in groups and dealt with guest complaints",
               "Trained new receptionists on Opera PMS"]),
            E("Receptionist", "Atlantic Crest Hotel", "Galway", "2017-06", "2019-02", "facing", "in_person_service", []),
            E("Bar Staff", "Tigh Ní Mháille", "Spiddal, Co. Galway", "2015-06", "2017-05", "facing", "in_person_service",
              ["Served at the bar and on the floor, busy summer trade with tourists"]),
        ]),
        ("Education", "text", "BA in Hotel & Catering Management — GMIT, 2017"),
        ("Languages", "text", "English, Irish (fluent), French (conversational)"),
        ("Interests", "text", "Sea swimming, camogie, local history walks."),
    ]))

# ------------------------------------------------------------------ w006
A(dict(
    id="w006", fmt="rl", layout="twocol", hstyle="title_org", dstyle="mm/yyyy", present="present", sep=" - ",
    caps_h=False,
    family="UK bus driver, reportlab two-column body (experience left, skills and licences right, narrow gutter) whose lines interleave in extraction, title line with right-aligned dates",
    name="Tomasz Nowak", headline=["PCV and C licence holder · 10 years behind the wheel"],
    contact=["Bristol BS5", "07700 900562", "t.nowak@mailbox.co.uk"],
    side=[
        ("Skills", "list", ["Passenger safety", "Ticket machines & contactless", "Defect reporting", "Tachograph rules"]),
        ("Licences", "list", ["D (PCV) + CPC", "C (HGV Class 2)", "Counterbalance forklift"]),
        ("Languages", "text", "Polish (native)\nEnglish (fluent)"),
    ],
    main=[
        ("Work experience", "entries", [
            E("Bus Driver", "Avonline Buses", "Bristol", "2021-02", "present", "facing", "in_person_service",
              ["Drive city and park-and-ride routes to timetable",
               "Sell tickets, help passengers with buggies and wheelchairs and answer route questions",
               "Complete walk-round checks and defect cards"]),
            E("HGV Class 2 Driver", "Severnside Builders Merchants", "Avonmouth", "2018-06", "2021-01", "affecting", None,
              ["Multi-drop deliveries of bricks, timber and plasterboard to building sites using a rear-mounted crane",
               "Daily vehicle checks and tachograph records"]),
            E("Forklift Operator", "Kestrel Packaging Ltd", "Bristol", "2016-03", "2018-05", "none", None,
              ["Fed reels to the corrugator and moved finished pallets to despatch"]),
            E("Kitchen Assistant", "The Harbourside Kitchen", "Bristol", "2015-04", "2016-02", "affecting", None,
              ["Washing up, veg prep and deliveries"]),
        ]),
        ("Education", "text", "Technical school, Poznań — mechanic qualification (2012)"),
    ]))

# ------------------------------------------------------------------ w007
A(dict(
    id="w007", fmt="txt", hstyle="linkedin", dstyle="mon", sep=" - ", txthead="plain_h", bchar="- ",
    family="US credit-union employee, LinkedIn profile export pasted as text: employer with total tenure, roles with tenure lines",
    name="Marcus Delgado",
    contact=["Branch Operations Supervisor at Sunridge Federal Credit Union", "Phoenix, Arizona, United States",
             "marcus.delgado@mailbox.com"],
    main=[
        ("About", "text", "Ten years in member-facing financial services. I like building teams that fix problems the first time."),
        ("Experience", "entries", [
            E("Branch Operations Supervisor", "Sunridge Federal Credit Union", "Phoenix, Arizona, United States", "2023-01", "present", "facing", "in_person_service",
              ["Supervise six tellers and approve overrides", "Resolve member escalations at the counter and by phone"]),
            E("Member Service Representative", "Sunridge Federal Credit Union", "Phoenix, Arizona, United States", "2021-04", "2022-12", "facing", "in_person_service",
              ["Opened accounts, ordered debit cards and set up online banking for members"]),
            E("Teller", "Sunridge Federal Credit Union", "Phoenix, Arizona, United States", "2020-02", "2021-03", "facing", "in_person_service", []),
            E("Loan Processor", "Copperline Mortgage Group", "Scottsdale, Arizona, United States", "2018-06", "2020-01", "affecting", None,
              ["Ordered appraisals and title work", "Assembled and checked files before underwriting"]),
            E("Call Center Agent", "Desert Sky Telecom", "Tempe, Arizona, United States", "2017-03", "2018-05", "facing", "contact_center", []),
        ]),
        ("Education", "text", "Arizona Valley Community College\nAssociate of Applied Science, Business Administration · 2015 - 2017"),
        ("Skills", "text", "Cash handling · Coaching · Fiserv DNA · Bilingual Spanish"),
    ]))

# ------------------------------------------------------------------ w008
A(dict(
    id="w008", fmt="docx", layout="tablejob", hstyle="title_org", dstyle="month",
    family="South African pharmacist's assistant, Word borderless table per job (role and pharmacy left, dates right), learnership and a year-only volunteer entry",
    name="Nomvula Dlamini",
    contact=["Umhlanga, Durban", "+27 82 555 4410", "nomvula.d@mailbox.co.za", "ID available on request"],
    main=[
        ("Career Objective", "text", "Qualified Post-Basic Pharmacist's Assistant looking for a role in a community or hospital pharmacy."),
        ("Work Experience", "entries", [
            E("Pharmacist's Assistant (Post-Basic)", "Umhlanga Wellness Pharmacy", "Umhlanga", "2021-08", "present", "facing", "healthcare_care",
              ["Dispense scripts at the counter and counsel patients on dosage and side effects",
               "Take blood-pressure and glucose readings in the clinic room"]),
            E("Pharmacist's Assistant (Basic) – Learner", "Umhlanga Wellness Pharmacy", "Umhlanga", "2019-08", "2021-07", "affecting", None,
              ["Stock control and ordering from wholesalers",
               "Packed and labelled chronic medication parcels for courier collection",
               "Checked expiry dates and handled returns to suppliers"], etype="internship"),
            E("Cashier", "ValueMart Hypermarket", "Pinetown", "2017-02", "2019-07", "facing", "in_person_service",
              ["Till operation, cash-ups and customer queries"]),
            E("Homework Tutor", "Inanda Homework Club", "Inanda", "2016", "2017", "facing", "education",
              ["Helped Grade 8 and 9 learners with maths and English three afternoons a week"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", "text", "Matric (NSC), Durban North High, 2015\nPharmacist's Assistant (Post-Basic), SAPC registered"),
        ("References", "text", "Mr S. Pillay, Responsible Pharmacist — 031 555 0102"),
    ]))

# ------------------------------------------------------------------ w009
A(dict(
    id="w009", fmt="fp", layout="centred", hstyle="title_org", dstyle="mon", present="till date",
    footer="Karthik Raghunathan – Curriculum Vitae – Page {p}",
    family="Indian technical-support engineer, two-page fpdf2 CV with page footer, two roles at one company, projects and declaration",
    name="Karthik Raghunathan",
    contact=["Velachery, Chennai – 600042", "+91 98400 55217", "karthik.r@mailbox.in"],
    headline=["Senior Technical Support Engineer | 9+ years | ITIL v4 Foundation"],
    main=[
        ("Career Objective", "text", "To work in a challenging environment where I can use my technical and communication skills "
                                     "for the growth of the organisation and myself. Looking for a lead role in enterprise support "
                                     "or service delivery."),
        ("Professional Experience", "entries", [
            E("Senior Technical Support Engineer", "Vantara Software Services Pvt. Ltd.", "Chennai", "2022-07", "present", "facing", "digital_service",
              ["Handle L2 tickets from enterprise customers of the payroll SaaS product by email, web portal and remote session",
               "Join customer bridge calls during P1 incidents and give hourly status updates",
               "Reproduce defects, collect logs and raise Jira issues with the engineering team",
               "Write knowledge-base articles and mentor four L1 engineers",
               "Maintained CSAT of 94% over the last six quarters"]),
            E("Technical Support Engineer", "Vantara Software Services Pvt. Ltd.", "Chennai", "2020-01", "2022-06", "facing", "digital_service",
              ["Answered customer tickets about salary processing, statutory reports and integrations",
               "Guided HR users through configuration over screen share",
               "Ran SQL queries on customer databases to investigate data issues"]),
            E("Software Test Engineer", "Kaveri Infotech", "Coimbatore", "2017-06", "2019-12", "affecting", None,
              ["Wrote and executed test cases for the billing module of a utility client",
               "Regression testing before every release; logged defects in Bugzilla",
               "Prepared test summary reports for the delivery manager"]),
            E("Graduate Apprentice Trainee", "Kaveri Infotech", "Coimbatore", "2016-07", "2017-05", "none", None,
              ["Six-month classroom training in Java, SQL and testing",
               "Built screens for an internal leave-management portal"], etype="internship"),
        ]),
        ("Key Projects", "text", "PayNest Cloud migration (2023): supported 40 enterprise customers moving from on-premise to cloud; "
                                 "ran pre-migration checks and post-migration validation calls.\n"
                                 "Self-service portal (2021): wrote 120 help articles and reduced repeat tickets by 18%.\n"
                                 "Utility billing regression suite (2018): automated 300 test cases with Selenium."),
        ("Technical Skills", "list", ["Ticketing: Freshdesk, Jira Service Management, ServiceNow",
                                      "Databases: MS SQL Server, MySQL; Tools: Postman, Splunk, AnyDesk",
                                      "OS: Windows Server, Linux basics", "Testing: Selenium, TestLink"]),
        ("Education", "text", "B.E. (Electronics and Communication), Anna University affiliated college, 2016 — 7.8 CGPA\n"
                              "HSC — 89%, 2012; SSLC — 92%, 2010"),
        ("Certifications", "list", ["ITIL v4 Foundation (2021)", "Microsoft Azure Fundamentals AZ-900 (2022)"]),
        ("Personal Details", "text", "Date of Birth: 14-03-1994\nFather's Name: R. Raghunathan\nLanguages Known: Tamil, English, Hindi\n"
                                     "Marital Status: Married\nNotice period: 60 days"),
        ("Declaration", "text", "I hereby declare that the above information is true to the best of my knowledge and belief.\n"
                                "Place: Chennai          Karthik Raghunathan"),
    ]))

# ------------------------------------------------------------------ w010
A(dict(
    id="w010", fmt="md", mdhead="bold", hstyle="title_org", dstyle="year", present="Present",
    family="New Zealand community support worker in Markdown, bold title lines and year-only dates throughout",
    name="Hemi Walker",
    contact=["Hamilton", "021 555 0736", "hemi.walker@mailbox.co.nz"],
    main=[
        ("About me", "text", "Ngāti Hauā. I have worked with whānau and young people for over ten years and want to keep growing in mental health support."),
        ("Mahi / Work", "entries", [
            E("Community Support Worker", "Waikato Whānau Services", "Hamilton", "2019", "present", "facing", "healthcare_care",
              ["Visit tangata whaiora in their homes to support daily living and recovery goals",
               "Go with clients to GP and WINZ appointments",
               "Keep case notes and join weekly clinical reviews"]),
            E("Youth Worker", "Hamilton East Youth Trust", "Hamilton", "2015", "2018", "facing", "other_facing",
              ["Ran after-school drop-in and holiday programmes for 12–17 year olds",
               "Mentored rangatahi referred by schools and Oranga Tamariki"]),
            E("Labourer", "Te Rapa Meat Processors", "Hamilton", "2011", "2014", "none", None,
              ["Boning room and chiller work on rotating shifts"]),
            E("Canteen & Bar Volunteer", "Fraser Tech Rugby Club", "Hamilton", "2012", "2016", "facing", "volunteering",
              ["Served on the bar and canteen on club days"], section="volunteer", etype="volunteer"),
        ]),
        ("Training", "list", ["NZ Certificate in Health and Wellbeing (Level 4), 2020", "Mental Health First Aid", "Full driver licence"]),
    ]))

# ------------------------------------------------------------------ w011
A(dict(
    id="w011", fmt="docx", layout="sidebar", hstyle="title_org", dstyle="mon",
    family="Canadian staff accountant, Word two-column layout table with shaded sidebar, bookkeeping freelance and a tax-season job",
    name="Priyanka Shah", headline=["CPA candidate · month-end, AR and small-business bookkeeping"],
    contact=["Calgary, AB", "403-555-0129", "priyanka.shah@mailbox.ca"],
    side=[
        ("Software", "list", ["QuickBooks Online", "Sage 300", "Excel (pivot tables, XLOOKUP)"]),
        ("Education", "text", "Bachelor of Commerce, Accounting — Prairie Hills University, 2017"),
        ("Languages", "text", "English, Gujarati, Hindi"),
    ],
    main=[
        ("Experience", "entries", [
            E("Staff Accountant", "Foothills Energy Services Ltd.", "Calgary, AB", "2022-09", "present", "none", None,
              ["Month-end close for three entities, accruals and prepaid schedules",
               "Bank and intercompany reconciliations", "Support the year-end audit file"]),
            E("Accounts Receivable Clerk", "Bowview Office Supply", "Calgary, AB", "2020-05", "2022-08", "facing", "contact_center",
              ["Called customers about overdue invoices and set up payment plans",
               "Applied cash receipts and issued credit notes"]),
            E("Bookkeeper (part-time)", "Self-employed", "Calgary, AB", "2018-01", "2020-04", "affecting", None,
              ["Kept the books for four small businesses in QuickBooks", "Prepared GST returns and payroll remittances"],
              etype="freelance"),
            E("Tax Season Associate", "Northgate Tax Centre", "Calgary, AB", "2017-02", "2017-04", "facing", "in_person_service",
              ["Prepared personal tax returns with walk-in clients at the desk"], dtext="Feb – Apr 2017"),
        ]),
    ]))

# ------------------------------------------------------------------ w012
A(dict(
    id="w012", fmt="rl", layout="rowtable", hstyle="title_org", dstyle="mon",
    family="Welsh leisure-centre duty manager, reportlab table with one row per job (dates | role and employer | duties)",
    name="Gareth Pryce",
    contact=["Swansea SA1", "07700 900774", "gareth.pryce@mailbox.co.uk"],
    headline=["NPLQ lifeguard · Swim England Level 2 teacher · First aid at work"],
    main=[
        ("Personal statement", "text", "Hands-on leisure duty manager who still covers poolside when needed. "
                                       "Looking for a step up to centre manager."),
        ("Employment", "entries", [
            E("Duty Manager", "Tawe Leisure Trust", "Swansea", "2021-04", "present", "facing", "in_person_service",
              ["Run the centre on shift and cover reception at peaks",
               "First point of contact for customer complaints and accidents",
               "Cash-up, rotas and pool plant tests"]),
            E("Lifeguard / Swim Teacher", "Tawe Leisure Trust", "Swansea", "2017-09", "2021-03", "facing", "education",
              ["Taught Learn to Swim stages 1–7 to children's groups", "Poolside supervision on public sessions"]),
            E("Assistant Greenkeeper", "Gower Links Golf Club", "Swansea", "2015-04", "2017-08", "affecting", None,
              ["Mowed greens and tees before play", "Bunker raking, hole changes and irrigation repairs"]),
            E("Bar Staff", "The Mumbles Anchor", "Mumbles", "2013-06", "2015-03", "facing", "in_person_service", []),
        ]),
        ("Qualifications", "list", ["NPLQ (renewed 2025)", "Swim England Level 2 Teaching Aquatics", "Pool Plant Operator"]),
    ]))

# ------------------------------------------------------------------ w013
A(dict(
    id="w013", fmt="html", layout="rowtable", hstyle="title_org", dstyle="yyyy-mm", present="Current", sep=" to ",
    family="Jamaican resort guest-services agent, HTML page with an employment table (one row per job)",
    name="Shanice Campbell",
    contact=["Ocho Rios, St. Ann, Jamaica", "(876) 555-0261", "shanice.campbell@mailbox.com"],
    main=[
        ("Profile", "text", "Warm, well-spoken hospitality professional with six years in resort guest services and reservations."),
        ("Employment record", "entries", [
            E("Guest Services Agent", "Blue Lagoon Bay Resort", "Ocho Rios", "2022-03", "present", "facing", "in_person_service",
              ["Check guests in and out, arrange excursions and airport transfers", "Resolve room and billing queries at the desk"]),
            E("Reservations Agent", "Blue Lagoon Bay Resort", "Ocho Rios", "2020-06", "2022-02", "facing", "contact_center",
              ["Handled reservation calls and emails from guests and travel agents", "Upsold room categories and packages"]),
            E("Data Entry Clerk", "Caribbean Shipping Agencies Ltd.", "Kingston", "2018-09", "2020-05", "affecting", None,
              ["Entered bills of lading and container details into the agency system", "Prepared arrival notices for consignees"]),
            E("Sales Representative", "Island Mobile", "Kingston", "2017-01", "2018-08", "facing", "sales_account",
              ["Signed up 40+ post-paid customers a month at mall kiosks", "Explained plans and handset financing"]),
        ]),
        ("Education", "text", "Associate Degree in Hospitality & Tourism Management, 2017\nCSEC: 7 subjects including English A and Mathematics"),
        ("Referees", "text", "Mrs. Dionne Barrett, Front Office Manager — (876) 555-0288\nMr. Andre Lewis, Sales Supervisor — (876) 555-0244"),
    ]))

# ------------------------------------------------------------------ w014
A(dict(
    id="w014", fmt="docx", layout="header", hstyle="org_title", dstyle="m/yyyy",
    family="US registered nurse, name and contact in the Word page header, hospital line first then title, overlapping part-time remote job and a summer externship",
    name="Rebecca Lindqvist, RN, BSN",
    contact=["Minneapolis, MN", "612-555-0187", "r.lindqvist@mailbox.com"],
    main=[
        ("Licensure", "text", "Registered Nurse, Minnesota (active) · BLS, ACLS"),
        ("Experience", "entries", [
            E("Clinical Documentation Specialist (part-time, remote)", "Meridian Health Review Partners", "Remote", "2023-01", "present", "affecting", None,
              ["Review inpatient charts and query physicians on missing or unclear diagnoses",
               "Make sure coded records support accurate billing"]),
            E("Registered Nurse – Med/Surg", "North Star Regional Medical Center", "Minneapolis, MN", "2019-08", "present", "facing", "healthcare_care",
              ["Care for 5–6 post-surgical patients per shift on a 32-bed unit",
               "Teach patients and families about wound care and discharge meds",
               "Charge nurse two shifts a week"]),
            E("Nursing Assistant (CNA)", "Lakeview Senior Living", "St. Paul, MN", "2016-05", "2019-07", "facing", "healthcare_care",
              ["Helped residents with bathing, dressing, meals and transfers"]),
            E("Student Nurse Extern", "North Star Regional Medical Center", "Minneapolis, MN", "2018-06", "2018-08", "facing", "healthcare_care",
              ["Paired with an RN on the orthopedic unit; vitals, assessments and patient teaching"],
              etype="internship", dtext="Summer 2018"),
        ]),
        ("Education", "text", "BSN, Twin Lakes University, 2019"),
    ]))

# ------------------------------------------------------------------ w015
A(dict(
    id="w015", fmt="txt", hstyle="dash", dstyle="year", present="to date", txthead="equals", dsep="", bchar="* ",
    family="Kenyan office administrator, plain-text CV with '=' rules, 'Title – Employer, Town' lines and year-only dates",
    name="WANJIRU KAMAU",
    contact=["P.O. Box 55120-00100, Nairobi", "Tel: 0722 555 381", "Email: wanjiru.kamau@mailbox.co.ke"],
    main=[
        ("Personal profile", "text", "A self-driven administrator with strong interpersonal skills and over ten years' experience in office and sales work."),
        ("Work experience", "entries", [
            E("Office Administrator", "Savanna Tea Exporters Ltd", "Nairobi", "2020", "present", "facing", "in_person_service",
              ["Run the front office: receive visitors and tea buyers, answer the switchboard",
               "Book travel and meetings for the directors", "Manage office supplies and petty cash"]),
            E("Accounts Assistant", "Savanna Tea Exporters Ltd", "Nairobi", "2017", "2019", "affecting", None,
              ["Prepared invoices, LPOs and customer statements", "Bank reconciliations and filing"]),
            E("Sales Attendant", "Kilimani Fresh Mart", "Nairobi", "2014", "2016", "facing", "in_person_service",
              ["Served customers at the deli and butchery counters"]),
        ]),
        ("Voluntary work", "entries", [
            E("Sunday School Teacher", "St. Andrew's Parish, Kileleshwa", "Nairobi", "2012", "2016", "facing", "education",
              ["Taught a class of 25 children every Sunday"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", "text", "Diploma in Business Administration, Kenya Institute of Management, 2013\nKCSE, 2010 — Mean grade B-"),
        ("Referees", "text", "1. Mr. Peter Otieno, Finance Manager, Savanna Tea Exporters Ltd — 0733 555 120\n2. Rev. Grace Mwangi — 0711 555 907"),
    ]))
