"""wild81 résumés w001–w015 (fictional people and organisations)."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ---------------------------------------------------------------- w001
R.append(dict(
    id="w001", renderer="reportlab", layout="plain", page="letter", hdr="title_org", dstyle="mon",
    present="Present", sep=" – ",
    family="US car salesman who came up from appliance retail and lot porter, Word-to-PDF single column, right-aligned dates",
    name="Marcus J. Delaney",
    contact=["Toledo, OH 43614  •  (419) 555-0182  •  mdelaney.sales@mailbox.com"],
    blocks=[
        ("p", "Summary", "Automotive sales consultant with four years on the showroom floor and a background in big-ticket "
                         "retail. Consistent top-three finisher on a 12-person team; comfortable with desking, trade "
                         "appraisals and follow-up in the CRM."),
        ("exp", "Experience", [
            E("Sales Consultant", "Maumee Valley Motors", "Toledo, OH", "2022-03", "present", [
                "Greet walk-in and internet customers, run needs analysis and test drives on new and pre-owned units",
                "Average 14 units a month; closed 171 vehicles in 2025 with a 4.8/5 survey score",
                "Work the follow-up list daily in the CRM and deliver every vehicle personally"], F, "sales_account"),
            E("Sales Associate", "Hartwell Appliance & Mattress", "Perrysburg, OH", "2019-06", "2022-02", [
                "Sold appliances, mattresses and extended protection plans on commission",
                "Set up delivery dates and handled exchanges at the front counter"], F, "in_person_service"),
            E("Lot Porter", "Maumee Valley Motors", "Toledo, OH", "2018-09", "2019-05", [
                "Washed, fuelled and staged vehicles for delivery and kept the front line in order",
                "Shuttled units between the service drive and the body shop"], A),
            E("Seasonal Stock Associate", "Crestline Outfitters", "Toledo, OH", "2017-11", "2018-01", [
                "Unloaded trucks and worked the back room during the holiday season",
                "Picked and bagged online orders for in-store pickup"], A),
        ]),
        ("lines", "Education", ["Owens Valley Community College — coursework in Business Management, 2016–2017",
                                "Whitmer-Lane High School, Toledo, OH — Diploma, 2016"]),
        ("p", "Skills", "Desking and menu selling · Trade appraisal walkarounds · VinSolutions-style CRM · "
                        "Bilingual English/Spanish (conversational)"),
    ]))

# ---------------------------------------------------------------- w002
R.append(dict(
    id="w002", renderer="docx", layout="styles", hdr="dateline", dstyle="month", present="Present", sep=" – ",
    family="UK pharmaceutical territory account manager, Word Title and heading styles, title / employer / dates on separate lines",
    name="Priya Ramsden",
    contact=["Leeds LS6  |  07700 900 418  |  priya.ramsden@mailbox.co.uk", "Full UK driving licence"],
    blocks=[
        ("p", "Profile", "ABPI-qualified primary care representative with eight years in pharmaceutical and healthcare "
                         "sales. I build long relationships with GP practices and PCN pharmacists and enjoy the formulary "
                         "side of the job as much as the face-to-face calls."),
        ("exp", "Career History", [
            E("Territory Account Manager – Primary Care", "Halbrook Pharma UK", "Leeds", "2021-09", "present", [
                "Responsible for 64 GP practices and 9 PCNs across Leeds and Wakefield (respiratory and diabetes portfolio)",
                "Presented at ICB medicines optimisation meetings; secured formulary position for two inhalers",
                "Ran lunchtime education meetings for practice nurses and pharmacists"], F, "sales_account"),
            E("Medical Sales Representative", "Corvane Healthcare", "West Yorkshire", "2018-02", "2021-08", [
                "Called on GPs, practice managers and community pharmacies for a wound-care range",
                "Moved to remote detailing during 2020 and kept 92% of my customer base active"], F, "sales_account"),
            E("Trainee Sales Executive (Graduate Scheme)", "Benton Office Supplies", "Bradford", "2016-09", "2018-01", [
                "Telephone and field sales of office furniture and consumables to SMEs",
                "Promoted to the field team after nine months"], F, "sales_account"),
            E("Pharmacy Counter Assistant (part-time)", "Kirkgate Pharmacy", "Leeds", "2013-10", "2016-06", [
                "Served customers at the counter, handed out prescriptions and sold OTC medicines under supervision"],
              F, "in_person_service"),
        ]),
        ("list", "Qualifications", ["ABPI Examination for Medical Representatives (2018)",
                                    "BSc (Hons) Biomedical Science, University of Leeds, 2016"]),
        ("lines", "Interests", ["Fell running, Headingley book club, volunteer parkrun marshal."]),
    ]))

# ---------------------------------------------------------------- w003
R.append(dict(
    id="w003", renderer="txt", layout="colon", hdr="dash", dstyle="mon", present="till date", sep=" - ",
    txtdsep=" | ", bullet="*",
    family="Indian inside-sales executive, plain text job-portal style, 'Title - Employer, Town | dates', 'till date'",
    name="ROHIT VENKATESH SHARAN",
    contact=["Mobile: +91 98220 41736", "Email: rohit.sharan91@mailbox.in", "Address: Kothrud, Pune - 411038"],
    blocks=[
        ("p", "Career Objective", "To work in a growth oriented organisation in B2B sales where I can use my "
                                  "communication skills and knowledge of CRM tools for the benefit of the company."),
        ("lines", "Educational Qualification", ["B.Com - Savitribai Phule Pune University - 2017 - 61%",
                                                "HSC - Maharashtra Board - 2014 - 68%"]),
        ("exp", "Work Experience", [
            E("Inside Sales Executive", "Trivent Softech Pvt Ltd", "Pune", "2022-06", "present", [
                "Handling inbound leads for HRMS software from website and IndiaMART",
                "Giving online demos to HR managers and owners of small companies",
                "Preparing quotations and following up till closure, achieved 112% of target in FY 2024-25"], F, "sales_account"),
            E("Tele-caller", "Sunmark Home Loans", "Pune", "2020-08", "2022-05", [
                "Making 150 outbound calls daily to leads for home loan and LAP",
                "Explaining eligibility and documents and fixing appointments for field executives"], F, "contact_center"),
            E("Back Office Executive (Sales Support)", "Sunmark Home Loans", "Pune", "2019-03", "2020-07", [
                "Checking KYC and income documents of login files",
                "Preparing daily MIS of logins, sanctions and disbursements for sales team"], A),
            E("Data Entry Operator", "Kaveri Enterprises", "Nashik", "2018-01", "2019-02", [], N),
        ]),
        ("list", "Computer Knowledge", ["MS Excel (VLOOKUP, Pivot)", "Zoho CRM", "Tally ERP 9"]),
        ("lines", "Personal Details", ["Date of Birth: 14/03/1996", "Languages Known: English, Hindi, Marathi",
                                       "Marital Status: Single"]),
        ("lines", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                                  "Place: Pune                                   (Rohit Sharan)"]),
    ]))

# ---------------------------------------------------------------- w004
R.append(dict(
    id="w004", renderer="reportlab", layout="sidebar", hdr="title_org", dstyle="month", present="Present",
    sep=" – ", hcase="upper", accent=(0.1, 0.35, 0.3),
    family="UK estate agency negotiator, reportlab with shaded left sidebar (contact, skills, licence), month dates",
    name="Callum Bright", headline="Senior Sales Negotiator",
    contact=["Hove, East Sussex", "07700 900 736", "callum.bright@mailbox.co.uk"],
    side=[("list", "Skills", ["Valuations & market appraisals", "Offer negotiation", "Sales progression",
                              "Rightmove / Zoopla listings", "Reapit CRM"]),
          ("lines", "Other", ["Full clean UK licence", "NAEA Propertymark Level 3 (2020)"])],
    blocks=[
        ("p", "Profile", "Estate agent with nine years in Brighton and Hove property, from lettings into sales. "
                         "Calm with nervous first-time buyers and firm with chains that won't move."),
        ("exp", "Experience", [
            E("Senior Sales Negotiator", "Harcourt & Lyle Estate Agents", "Hove", "2021-05", "present", [
                "Conduct 20–30 viewings a week and negotiate offers between buyers and vendors",
                "Book and attend market appraisals; list around 6 instructions a month",
                "Mentor two junior negotiators"], F, "sales_account"),
            E("Lettings Negotiator", "Parkway Lettings", "Brighton", "2018-10", "2021-04", [
                "Accompanied viewings for prospective tenants and took holding deposits",
                "Kept landlords updated on applications, referencing and move-in dates"], F, "sales_account"),
            E("Sales Progressor", "Harcourt & Lyle Estate Agents", "Hove", "2017-03", "2018-09", [
                "Chased solicitors, surveyors and mortgage brokers to keep a pipeline of 70 sales moving",
                "Rang buyers and vendors every week with an update on their sale"], F, "other_facing"),
            E("Bar Staff", "The Anchor", "Brighton", "2015-06", "2017-02", [
                "Served drinks and food orders on a busy seafront bar; cash-up and cellar changes"], F, "in_person_service"),
        ]),
        ("lines", "Education", ["BTEC Level 3 Business, City College Brighton (2015)"]),
    ]))

# ---------------------------------------------------------------- w005
R.append(dict(
    id="w005", renderer="docx", layout="tabs", hdr="org_title", dstyle="mm/yyyy", present="Current", sep=" – ",
    family="Australian foodservice key account manager, Word right tab-stop dates on the employer line, travel break listed",
    name="Jessica Marano",
    contact=["Brunswick VIC 3056", "0412 555 873  ·  jess.marano@mailbox.com.au"],
    blocks=[
        ("p", "Summary", "Key account manager in foodservice distribution. I look after hospital, aged care and "
                         "university catering groups and I am happiest sitting across the table from a chef or a "
                         "procurement lead working out what they actually need."),
        ("exp", "Employment History", [
            E("Key Account Manager", "Southgate Foodservice Supplies", "Melbourne VIC", "2020-07", "present", [
                "Manage 14 key accounts worth $11.2M a year, including two hospital networks and an aged-care group",
                "Run quarterly business reviews on site with chefs, catering managers and procurement",
                "Negotiate contract pricing and sort out supply problems before they become complaints"], F, "sales_account"),
            E("Account Manager", "Southgate Foodservice Supplies", "Melbourne VIC", "2017-04", "2020-06", [
                "Looked after 85 cafés and restaurants in the inner north; weekly calls and tastings with chefs"],
              F, "sales_account"),
            E("Sales Support Coordinator", "Bayline Packaging", "Dandenong VIC", "2014-02", "2017-03", [
                "Entered orders and prepared quotes for the field reps",
                "Raised credit notes and chased stock with the warehouse"], A),
            E("Travel – South-East Asia and South America", None, None, "2013-01", "2014-01", [], N, etype="unknown"),
            E("Retail Assistant", "Fenwick Shoes", "Geelong VIC", "2010-11", "2012-12", [
                "Fitted and sold shoes, processed lay-bys and returns"], F, "in_person_service"),
        ]),
        ("lines", "Education", ["Bachelor of Business (Marketing) – Deakin University, 2012"]),
        ("lines", "Referees", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w006
R.append(dict(
    id="w006", renderer="fpdf2", layout="left", page="letter", hdr="dateline", dstyle="mon", present="Present",
    sep=" - ",
    family="US orthopedic device rep and Army veteran, fpdf2 left-aligned, title, company and dates on their own lines",
    name="Tyler Okafor-Wynn",
    contact=["Nashville, TN  |  (615) 555-0147  |  t.okaforwynn@mailbox.com"],
    blocks=[
        ("p", "Professional Summary", "Medical device sales professional with case-coverage experience in "
                                      "orthopedic trauma and total joints, a sterile-processing background and six "
                                      "years as an Army combat medic."),
        ("exp", "Professional Experience", [
            E("Clinical Sales Specialist – Orthopedics", "Vantric Surgical", "Nashville, TN", "2021-01", "present", [
                "Cover 25+ cases a month in the OR, guiding surgeons and scrub teams through implant systems",
                "Train OR staff and sterile processing teams on new instrument sets",
                "Grew territory revenue 31% across six hospitals and two surgery centers"], F, "sales_account"),
            E("Associate Sales Representative", "Vantric Surgical", "Nashville, TN", "2019-06", "2020-12", [
                "Covered trauma call nights and weekends alongside senior reps",
                "Managed consigned inventory and loaner sets at hospital accounts"], F, "sales_account"),
            E("Sterile Processing Technician", "St. Aldric Medical Center", "Murfreesboro, TN", "2017-03", "2019-05", [
                "Decontaminated, inspected and assembled surgical instrument trays",
                "Ran steam and low-temperature sterilizers and kept load records"], A),
            E("Combat Medic Specialist (68W)", "U.S. Army", "Fort Carlin, KY", "2011-02", "2017-01", [
                "Provided emergency and routine care to soldiers in garrison and during two deployments",
                "Ran sick call for a company of 140"], F, "healthcare_care", etype="military"),
        ]),
        ("lines", "Education & Certifications", ["B.S. Health Sciences, Middle Tennessee State University (online), 2019",
                                                 "CRCST certification; AdvaMed Code of Ethics trained"]),
    ]))

# ---------------------------------------------------------------- w007
R.append(dict(
    id="w007", renderer="md", layout="h3", hdr="title_org", dstyle="month", present="present", sep=" – ",
    family="UK software sales director, Markdown h3 titles with employer line and italic dates",
    name="Gareth Ellison-Price", headline="Sales Director | B2B SaaS | Public sector",
    contact=["Reading, Berkshire", "07700 900 221", "gareth.ep@mailbox.co.uk", "linkedin.com/in/garethep-sales"],
    blocks=[
        ("p", "About me", "Fourteen years selling software and services to UK public-sector and enterprise buyers; "
                          "the last four running the whole sales function of a 300-person scale-up."),
        ("exp", "Experience", [
            E("Sales Director", "Norbridge Software Ltd", "Reading", "2022-01", "present", [
                "Lead a 24-person sales organisation (new business, account management and SDR teams)",
                "Own the £18m annual number, the forecast and board reporting",
                "Redesigned territories and the commission plan; cut ramp time for new AEs from 7 to 4 months"], N),
            E("Head of Enterprise Sales", "Norbridge Software Ltd", "Reading", "2019-04", "2021-12", [
                "Personally led negotiations with our ten largest accounts, including three NHS trusts and two county councils",
                "Executive sponsor for strategic customers; ran their annual planning days on site",
                "Managed six enterprise AEs"], F, "sales_account"),
            E("Enterprise Account Executive", "Calder Systems", "London", "2015-09", "2019-03", [
                "Sold case-management software to local authorities through framework and open tenders",
                "Presented at bid clarification meetings; 138% of quota in FY18"], F, "sales_account"),
            E("Business Development Manager", "Pellow Print Group", "Slough", "2012-02", "2015-08", [
                "Won new print and mailing contracts with corporate marketing departments"], F, "sales_account"),
        ]),
        ("list", "Education", ["BA (Hons) Economics, University of Exeter, 2011",
                               "MEDDPICC and Challenger Sale certified"]),
    ]))

# ---------------------------------------------------------------- w008
R.append(dict(
    id="w008", renderer="reportlab", layout="twocol", page="letter", hdr="title_org", dstyle="mon", present="Present",
    sep=" - ", footer="Anika Dhillon  |  Résumé  |  Page {n}",
    family="Canadian Salesforce admin and sales-ops analyst, 2-page reportlab résumé with two-column header and page footer",
    name="Anika Dhillon", headline="Salesforce Administrator · Sales Operations",
    contact=["Mississauga, ON", "(905) 555-0163", "anika.dhillon@mailbox.ca"],
    blocks=[
        ("p", "Summary", "Salesforce Certified Administrator with eight years around sales teams: first on the phones in "
                         "inside sales, then in CRM data and sales operations, and now running the Salesforce org for "
                         "an insurance brokerage. I like making the system simple enough that brokers actually use it, "
                         "and I spend a good part of every week with the people who use it, not just the data."),
        ("list", "Core Skills", ["Salesforce Sales Cloud administration: flows, validation rules, permission sets, page layouts",
                                 "Reports and dashboards for pipeline, activity and retention",
                                 "Data Loader, duplicate management, data migration",
                                 "Territory design, quota and commission modelling in Excel",
                                 "User training and documentation"]),
        ("exp", "Work Experience", [
            E("Salesforce Administrator", "Quill Ridge Insurance Brokers", "Toronto, ON", "2023-02", "present", [
                "Sole admin supporting 180 brokers, account managers and service staff; work the internal ticket queue and walk-up questions",
                "Run onboarding sessions for every new hire and monthly drop-in clinics for existing users",
                "Built renewal flows and a commercial-lines pipeline that replaced four spreadsheets",
                "Maintain release notes and a how-to library on the intranet"], F, "internal_support"),
            E("Sales Operations Analyst", "Quill Ridge Insurance Brokers", "Toronto, ON", "2020-08", "2023-01", [
                "Built territory and quota models for 40 producers each fiscal year",
                "Calculated monthly commissions and reconciled them with carrier statements",
                "Produced the weekly pipeline and forecast pack for the VP Sales"], N),
            E("CRM Data Coordinator", "Maple Crest Windows & Doors", "Brampton, ON", "2018-05", "2020-07", [
                "Cleaned and de-duplicated 60,000 customer and lead records before a CRM migration",
                "Imported trade-show leads and built mailing lists for seasonal customer campaigns",
                "Fixed bounced addresses and opt-out flags so customers only got the mail they asked for"], A),
            E("Inside Sales Representative", "Maple Crest Windows & Doors", "Brampton, ON", "2016-09", "2018-04", [
                "Took inbound calls from homeowners, qualified projects and booked in-home consultations",
                "Called back web leads within the hour; converted 38% to booked appointments"], F, "sales_account"),
            E("Cashier (part-time)", "FreshWay Foods", "Mississauga, ON", "2014-06", "2016-08", [
                "Ran a till and the customer service desk on evenings and weekends"], F, "in_person_service"),
        ]),
        ("break", None),
        ("lines", "Education", ["Honours Bachelor of Commerce, University of Toronto Mississauga, 2016",
                                "Business Analysis Certificate, Sheridan College (continuing education), 2021"]),
        ("list", "Certifications", ["Salesforce Certified Administrator (2022)", "Salesforce Certified Platform App Builder (2024)",
                                    "Trailhead Ranger"]),
        ("list", "Volunteer & Interests", ["Treasurer, Streetsville Cricket Club (books and membership fees)",
                                           "Hiking the Bruce Trail, Punjabi cooking"]),
        ("lines", "References", ["Available upon request."]),
    ]))

# ---------------------------------------------------------------- w009
R.append(dict(
    id="w009", renderer="docx", layout="table", hdr="title_org", dstyle="month", present="Present", sep=" – ",
    family="South African car sales executive, Word with a borderless table per job (title left, dates right)",
    name="Sipho Mthembu",
    contact=["Pretoria East, Gauteng", "Cell: 072 555 0194", "Email: sipho.mthembu@mailbox.co.za",
             "Code 08 driver's licence, own transport"],
    blocks=[
        ("p", "Personal Profile", "Motivated vehicle sales executive with a strong record in new and used vehicle "
                                  "sales. Started as a learner in the showroom and grew into a top seller."),
        ("exp", "Work Experience", [
            E("Sales Executive – New Vehicles", "Menlyn Park Motors", "Pretoria", "2021-03", "present", [
                "Welcome showroom clients, present vehicles and arrange test drives",
                "Average 11 units per month; Salesperson of the Quarter Q2 2024 and Q1 2025",
                "Hand over vehicles and follow up after delivery for referrals"], F, "sales_account"),
            E("F&I Administrator", "Menlyn Park Motors", "Pretoria", "2019-01", "2021-02", [
                "Prepared finance applications and submitted deals to banks",
                "Completed licensing and registration documents and delivery files for the sales team"], A),
            E("Sales Trainee (Learnership)", "Rosslyn Auto Group", "Rosslyn", "2018-02", "2018-12", [
                "Shadowed senior sales executives and attended to showroom walk-ins",
                "Accompanied clients on test drives and captured leads"], F, "sales_account", etype="internship"),
            E("Petrol Attendant", "Garsfontein Fuel Stop", "Pretoria", "2016-05", "2017-12", [
                "Refuelled vehicles, checked oil and tyres and took payment"], F, "in_person_service"),
        ]),
        ("lines", "Education", ["National Certificate: Wholesale and Retail (NQF 4) – 2018", "Matric – Hoërskool Waterkloof, 2015"]),
        ("lines", "References", ["Mr T. Nkosi – Dealer Principal, Menlyn Park Motors – 012 555 0121",
                                 "Ms R. Botha – Sales Manager, Rosslyn Auto Group – 012 555 0178"]),
    ]))

# ---------------------------------------------------------------- w010
R.append(dict(
    id="w010", renderer="txt", layout="caps", hdr="orgfirst", dstyle="MON", present="CURRENT", sep=" - ",
    txtpad=True, bullet="-",
    family="Irish field sales rep, plain text with caps headings and employer headings with roles beneath",
    name="Niamh Corrigan",
    contact=["Ballincollig, Co. Cork", "087 555 0329 | niamh.corrigan@mailbox.ie"],
    blocks=[
        ("exp", "Work History", [
            E("Field Sales Representative", "DUNMORE BEVERAGES LTD", "Cork", "2021-05", "present", [
                "Call on 90 pubs, off-licences and convenience stores across Cork and Kerry every four weeks",
                "Take orders, agree promotions with owners and managers, open 23 new accounts in 2025"], F, "sales_account"),
            E("Merchandiser", "DUNMORE BEVERAGES LTD", "Cork", "2019-09", "2021-04", [
                "Built off-shelf displays and chillers in multiples and checked pricing and planograms",
                "Rotated stock and reported out-of-stocks to the reps"], A),
            E("Beauty Advisor", "KILBARRY PHARMACY GROUP", "Cork", "2016-03", "2019-08", [
                "Skincare consultations and make-up demos on the counter",
                "Ran the Christmas gift counter and hit counter targets"], F, "in_person_service"),
            E("Sales Assistant (part-time)", "KILBARRY PHARMACY GROUP", "Cork", "2014-09", "2016-02", [
                "Till, stock and serving customers on Saturdays and holidays"], F, "in_person_service"),
        ]),
        ("lines", "Education", ["Higher Certificate in Business - Munster Technological University - 2016"]),
        ("lines", "Other", ["Full clean driving licence", "Safe Pass", "Irish and English"]),
        ("lines", "Hobbies", ["Camogie (club coach U12s), sea swimming"]),
    ]))

# ---------------------------------------------------------------- w011
R.append(dict(
    id="w011", renderer="fpdf2", layout="centred", hdr="pipe", dstyle="iso", present="Now", sep=" to ",
    family="Philippine BPO telesales team leader, fpdf2 centred header, pipe title/company/place line with right dates",
    name="Maricel Dela Paz Soriano",
    contact=["Brgy. Bagumbayan, Quezon City", "0917 555 0456 · maricel.soriano@mailbox.ph"],
    blocks=[
        ("p", "Objective", "Seeking a position as Sales Team Manager in a BPO company where I can share my experience "
                           "in outbound sales and people management."),
        ("exp", "Work Experience", [
            E("Sales Team Leader", "Orion Reach BPO Inc.", "Quezon City", "2023-04", "present", [
                "Leading a team of 14 agents on a US home-security outbound campaign",
                "Conducting call calibration, coaching and daily huddles",
                "Taking escalated calls and closing warm transfers from agents"], F, "contact_center"),
            E("Telesales Agent", "Orion Reach BPO Inc.", "Quezon City", "2020-10", "2023-03", [
                "Made outbound calls to US homeowners to sell home-security packages",
                "Top closer of the floor for 5 months in 2022"], F, "contact_center"),
            E("Lead Generation Specialist (Non-voice)", "Bluefin Virtual Staffing", "Pasig City", "2019-02", "2020-09", [
                "Researched prospects on LinkedIn and company websites for US client sales teams",
                "Built and enriched contact lists in HubSpot and verified emails"], A),
            E("Promodiser", "Hanford Consumer Goods", "Marikina City", "2017-06", "2019-01", [
                "Product demos and sampling of coffee mixes for shoppers inside supermarkets",
                "Maintained displays and submitted weekly sell-out reports"], F, "in_person_service"),
        ]),
        ("lines", "Education", ["Bachelor of Science in Business Administration – Marikina Polytechnic College, 2017"]),
        ("lines", "Seminars Attended", ["Consultative Selling Workshop – Orion Reach Academy, 2023"]),
        ("lines", "Character References", ["Available upon request"]),
    ]))

# ---------------------------------------------------------------- w012
R.append(dict(
    id="w012", renderer="docx", layout="sidebar", hdr="title_org", dstyle="mon", present="Present", sep=" – ",
    family="Singapore channel sales manager, Word two-column layout table with shaded sidebar, National Service listed",
    name="Daniel Koh Wei Ming", headline="Channel Sales Manager – APAC",
    contact=["Singapore 560417", "+65 9155 0623", "daniel.koh@mailbox.sg"],
    side=[("list", "Core Skills", ["Partner recruitment and enablement", "Joint business planning", "MDF programmes",
                                   "Solution demos", "Salesforce PRM"]),
          ("lines", "Languages", ["English, Mandarin, Bahasa Melayu (basic)"]),
          ("list", "Certifications", ["CCNA (2017)", "AWS Cloud Practitioner (2023)"])],
    blocks=[
        ("exp", "Experience", [
            E("Channel Sales Manager – APAC", "Strativa Networks", "Singapore", "2022-06", "present", [
                "Recruit and enable reseller and MSP partners in Singapore, Malaysia and Indonesia",
                "Join partner reps on calls and meetings with end customers to close deals",
                "Run quarterly business reviews with partner principals"], F, "sales_account"),
            E("Partner Marketing Specialist", "Strativa Networks", "Singapore", "2020-01", "2022-05", [
                "Produced co-branded campaign kits and webinar content for partners",
                "Processed MDF claims and tracked campaign-sourced pipeline"], A),
            E("Pre-sales Engineer", "Telvia Solutions", "Singapore", "2016-08", "2019-12", [
                "Delivered product demos and proofs of concept for customer IT teams on site",
                "Wrote solution designs and answered technical sections of RFPs"], F, "sales_account"),
            E("Signals Specialist (National Service)", "Singapore Armed Forces", None, "2014-03", "2016-02", [
                "Set up and maintained field radio networks for battalion exercises"], N, etype="military"),
        ]),
        ("lines", "Education", ["B.Eng. Electrical Engineering, Nanyang Polytechnic University, 2016 (part-time)"]),
    ]))

# ---------------------------------------------------------------- w013
R.append(dict(
    id="w013", renderer="reportlab", layout="plain", page="letter", hdr="datesfirst", dstyle="m/yyyy", present="Current",
    sep=" – ", accent=(0.6, 0.3, 0.05),
    family="US door-to-door solar consultant, reportlab single column, dates line first then 'Title, Employer, Town'",
    name="Brandon Keets",
    contact=["Mesa, AZ · (480) 555-0119 · brandon.keets@mailbox.com"],
    blocks=[
        ("exp", "Work Experience", [
            E("Solar Energy Consultant", "Sunvale Home Energy", "Mesa, AZ", "2023-04", "present", [
                "Door-to-door canvassing and in-home consultations with homeowners",
                "Walk families through bills, financing and tax credits; 41 installs sold in 2025"], F, "sales_account"),
            E("Appointment Setter", "Sunvale Home Energy", "Mesa, AZ", "2022-09", "2023-03", [
                "Knocked 120+ doors a day to set appointments for closers"], F, "sales_account"),
            E("Delivery Driver", "Pronto Pizza Co.", "Tempe, AZ", "2020-06", "2022-08", [
                "Delivered orders to homes and dorms, collected cash and card payments"], F, "in_person_service"),
            E("Concession Stand Volunteer", "Mesa Youth Baseball League", "Mesa, AZ", "2021-03", "2021-07", [
                "Served snacks and drinks to families on game days"], F, "volunteering", section="volunteer", etype="volunteer"),
            E("Warehouse Associate", "Desert Line Distribution", "Phoenix, AZ", "2019-01", "2020-05", [
                "Picked and packed retail orders and loaded outbound trailers"], A),
        ]),
        ("lines", "Education", ["Mesa Ridge High School — Diploma, 2018"]),
        ("p", "Skills", "Canvassing, objection handling, Enerflo-style CRM, bilingual English/Spanish."),
    ]))

# ---------------------------------------------------------------- w014
R.append(dict(
    id="w014", renderer="md", layout="bold", hdr="labelled", dstyle="mon", present="Present", sep=" – ",
    labels=("Role", "Organisation", "Dates"), bullet="*",
    family="UK bid writer who never meets the client, Markdown with labelled Role / Organisation / Dates lines",
    name="Helen Ashdown", headline="Bid Writer (APMP Practitioner)",
    contact=["Bristol BS7", "07700 900 664", "helen.ashdown@mailbox.co.uk"],
    blocks=[
        ("p", "Profile", "Bid writer with a journalism and marketing background. I turn operational detail into "
                         "scored answers and have a 64% win rate on public-sector FM tenders."),
        ("exp", "Experience", [
            E("Senior Bid Writer", "Castlemere Facilities Group", "Bristol", "2021-10", "present", [
                "Write quality responses and method statements for cleaning, security and FM tenders (£1m–£40m)",
                "Interview operations leads and build compliance matrices and answer plans",
                "Maintain the content library of case studies, CVs and policies"], A),
            E("Bid Coordinator", "Avonmere Construction", "Bath", "2018-06", "2021-09", [
                "Managed bid calendars, formatting and portal submissions for frameworks",
                "Coordinated input from estimators and design teams"], A),
            E("Marketing Executive", "Avonmere Construction", "Bath", "2016-09", "2018-05", [
                "Wrote case studies, award entries and website news"], A),
            E("Editorial Assistant", "Brunel Trade Press", "Bristol", "2014-07", "2016-08", [
                "Proofread and sub-edited two monthly trade magazines; compiled supplier listings"], A),
            E("Research Assistant (part-time)", "University of the West Country", "Bristol", "2013-10", "2014-06", [
                "Coded interview transcripts for a media studies project"], N, section="other"),
        ]),
        ("list", "Education & Training", ["BA (Hons) Journalism, University of the West Country, 2014",
                                          "APMP Foundation (2019) and Practitioner (2022)"]),
    ]))

# ---------------------------------------------------------------- w015
R.append(dict(
    id="w015", renderer="docx", layout="header", hdr="dash", dstyle="mon.", present="Present", sep=" – ",
    family="Scottish kitchen showroom sales trainer, name and contact in the Word page header, 'Title – Employer, Town' with tab dates",
    name="Lorraine McAllister",
    contact=["Glasgow G41", "07700 900 547", "lorraine.mcallister@mailbox.co.uk"],
    blocks=[
        ("p", "Personal Statement", "Retail and showroom sales professional, now training the people on the shop floor. "
                                    "Returned to work in 2015 after two years caring for my dad."),
        ("exp", "Work Experience", [
            E("Sales Trainer", "Clydeview Kitchens & Bathrooms", "Glasgow", "2022-08", "present", [
                "Design and deliver induction and product training for 60 showroom staff across five branches",
                "Coach new designers one-to-one on the showroom floor and review their first quotes",
                "Run the monthly mystery-shop review with branch managers"], F, "internal_support"),
            E("Showroom Design Consultant", "Clydeview Kitchens & Bathrooms", "Glasgow", "2018-03", "2022-07", [
                "Met customers in the showroom and at home to measure, design and quote kitchens",
                "Average order value £14k; top designer in Scotland 2021"], F, "sales_account"),
            E("Sales Assistant", "Argyle Furniture Warehouse", "Paisley", "2015-04", "2018-02", [
                "Sold sofas and beds on the floor, arranged finance and deliveries"], F, "in_person_service"),
            E("Career break – caring for a parent", None, None, "2013-06", "2015-03", [], N, etype="unknown"),
        ]),
        ("lines", "Education", ["HNC Retail Management – Glasgow Clyde College"]),
        ("lines", "References", ["References from Clydeview Kitchens & Bathrooms available."]),
    ]))
