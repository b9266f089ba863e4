"""wild20 résumé definitions w001-w015. One dict per résumé renders both the file and its gold line."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.pdf", renderer="rl",
    family="UK school leaver, first CV from a school template: Saturday bakery job, one-week placement, charity-shop volunteering, paper round",
    layout="reportlab, plain/title_org, month / 'Present'",
    name="Keeley Ashdown",
    contact=["14 Foxglove Close, Kettlewick, KW4 7RD", "07700 914 362  |  keeley.ashdown07@mailbox.co.uk"],
    opts=dict(font="Helvetica", hdr="title_org", ds="month", pw="Present", accent="#7A2E5C"),
    sections=[
        ("Personal Statement",
         "I am a hard-working and friendly 18 year old who has just finished my A-levels at Kettlewick Sixth Form. "
         "I have worked in a busy bakery shop for two years and I really enjoy helping customers, so I am looking for "
         "a full-time Customer Service Advisor role where I can learn and grow with the company."),
        ("Work Experience", [
            E("Saturday Sales Assistant", "Crumbs & Co Bakery", "Kettlewick", "2024-09", "present", [
                "Serving customers at the counter and taking special cake orders over the phone",
                "Cashing up the till at close and cleaning down the display cabinets",
                "Trusted to open the shop on my own since summer 2025",
            ], F, "in_person_service"),
            E("Work Experience Placement", "Kettlewick Veterinary Centre", "Kettlewick", "2024-07", "2024-07", [
                "Shadowed the reception team, booking appointments and greeting pet owners as they arrived",
                "Helped restock the pharmacy shelves and clean the kennels",
            ], F, "in_person_service", etype="internship", datetext="July 2024 (one week)"),
            E("Paper Round", "Marlow's Newsagents", "Kettlewick", "2022-01", "2024-08", [
                "Delivered morning papers to about 60 houses before school, six days a week",
            ], A),
        ]),
        ("Volunteering", [
            E("Shop Volunteer", "St Aldric's Hospice Shop", "Kettlewick", "2023-03", "2024-08", [
                "Sorted and priced donated clothes and books in the back room",
                "Worked on the till on Saturday mornings and helped customers find items",
            ], F, "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Education", [
            "Kettlewick Sixth Form (2024 - 2026): A-levels in Business (B), English Language (C), Psychology (predicted C)",
            "Brook Lane Academy (2019 - 2024): 9 GCSEs grades 4-7 including English and Maths",
        ]),
        ("Skills", [
            "Good with people and confident on the phone",
            "Cash handling and card machines",
            "Microsoft Word, PowerPoint and basic Excel",
            "Bronze Duke of Edinburgh Award",
        ]),
        ("Hobbies and Interests", "Netball (I play for the Kettlewick Kestrels), baking and drawing."),
        ("References", "Available on request."),
    ],
))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.docx",
    family="UK experienced contact-centre adviser (energy, collections), Word heading styles, list bullets, right tab-stop dates",
    layout="docx, styles/title_org, mon / 'Present'",
    name="Darren Pickersgill",
    contact=["Castlebridge, CB6  •  07811 402 557  •  d.pickersgill@inboxmail.co.uk", "Full UK driving licence"],
    opts=dict(entry="tabs", heads="styles", hdr="title_org", ds="mon", pw="Present"),
    sections=[
        ("Profile",
         "Customer service adviser with over eight years on the phones, most recently in energy billing and before "
         "that in car-finance collections. Calm with upset callers, quick on systems and used to working to quality "
         "and handling-time targets. Looking for a permanent role with better progression."),
        ("Key Skills", [
            "Inbound and outbound calls, webchat and email",
            "Vulnerable customer and complaint handling (FCA / Ofgem rules)",
            "Payment plans, refunds and account adjustments",
            "CRM systems: Salesforce, Genesys, SAP IS-U",
        ]),
        ("Employment History", [
            E("Customer Service Adviser", "Northvale Energy", "Castlebridge", "2021-03", "present", [
                "Handle 60-80 inbound calls a day about bills, meter readings, moving home and payment plans",
                "Set up affordable repayment plans for customers in debt, following the vulnerable-customer guidelines",
                "Consistently score 90%+ on quality monitoring; buddy for new starters on their first weeks on the phones",
            ], F, "contact_center"),
            E("Collections Agent", "Fairmoor Finance Ltd", "Castlebridge", "2018-06", "2021-02", [
                "Made outbound calls to customers in early arrears on car finance agreements",
                "Negotiated payment arrangements and completed income and expenditure assessments",
                "Top collector on my team for 5 months in 2020",
            ], F, "contact_center"),
            E("Retail Assistant", "Penhallow Home Store", "Castlebridge", "2015-09", "2018-05", [
                "Served on tills and the click & collect desk; dealt with returns and customer queries",
                "Kept the bedding and kitchenware aisles stocked and tidy",
            ], F, "in_person_service"),
            E("Christmas Temp – Warehouse Operative", "Kestrel Logistics", "Harlow Moor", "2014-10", "2014-12", [
                "Picked and packed online orders on the night shift",
            ], A),
        ]),
        ("Education & Training", [
            "Castlebridge College – BTEC Level 3 Business (Merit), 2013 – 2015",
            "Ofgem-approved vulnerable customers training, 2022",
        ]),
        ("Interests", "Five-a-side football, cooking and volunteering at my local parkrun."),
        ("References", "Happy to provide references on request."),
    ],
))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.txt",
    family="US warehouse and factory worker, Indeed-style résumé pasted as text, one fast-food job among plant jobs",
    layout="txt, indeed/dateline, month / 'Present'",
    name="Marcus T. Delgado",
    contact=["Cedar Hollow, OH 45871", "marcusdelgado88@mailbox.com", "+1 419 555 0182"],
    opts=dict(hdr="dateline", ds="month", pw="Present", sep=" to ", orgsep=" - ", txt_heads="plain_indeed",
              bullet="- "),
    sections=[
        ("Summary", "Dependable worker with 8+ years in manufacturing and warehouse settings. Certified forklift "
                    "operator, perfect attendance 2022-2024. Looking to move into a customer service position with "
                    "regular daytime hours."),
        ("Work Experience", [
            E("Forklift Operator", "Dunmore Paper Products", "Cedar Hollow, OH", "2021-05", "present", [
                "Feed paper rolls to the converting lines and stage finished pallets for the shipping crew",
                "Daily safety checks on sit-down and reach trucks",
                "Zero recordable incidents in 2023 and 2024",
            ], N),
            E("Production Associate", "Hartwell Plastics", "Cedar Hollow, OH", "2018-08", "2021-04", [
                "Ran injection molding machines, trimmed and inspected parts",
                "Packed parts to spec and filled out quality logs",
            ], N),
            E("Seasonal Order Picker", "ParcelPeak Fulfillment", "Lorraine Falls, OH", "2017-10", "2017-12", [
                "Picked customer orders with RF scanner during peak season",
            ], A),
            E("Crew Member", "Big Sky Burgers", "Lorraine Falls, OH", "2016-06", "2018-07", [
                "Took orders at the front counter and drive-thru window",
                "Worked the grill during lunch rush and closed the store",
            ], F, "in_person_service"),
        ]),
        ("Education", ["High school diploma - Lorraine Falls High School, 2016"]),
        ("Skills", ["Forklift (6 years)", "Inventory", "Quality control", "Cash handling (2 years)", "Microsoft Excel"]),
        ("Certifications and Licenses", ["Forklift Certification, expires March 2027"]),
    ],
))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.pdf", renderer="fpdf",
    family="Philippine BPO agent résumé, fpdf2 centred header, pipe title/company/place line with right-aligned dates, OJT and personal information",
    layout="fpdf2, centred/pipe, mon / 'Present'",
    name="Maria Cristina D. Villaflor",
    contact=["Blk 7 Lot 12 Mabini Homes, Sta. Veronica, Laguna", "0917 555 2048  ·  mcvillaflor@mailbox.ph"],
    opts=dict(layout="centred", hdr="pipe", ds="mon", pw="Present", accent=(20, 90, 140)),
    sections=[
        ("Career Objective", "To obtain a Customer Service Advisor position where I can use my eight years of "
                             "voice and non-voice experience and contribute to the company's customer satisfaction goals."),
        ("Work Experience", [
            E("Customer Service Representative", "Bluewave Contact Solutions Inc.", "Sta. Veronica, Laguna", "2022-01", "present", [
                "Handle inbound calls from US telco subscribers on billing disputes, plan changes and device troubleshooting",
                "Maintain 88% CSAT and average handling time below 7 minutes",
                "Awarded Top Agent of the Quarter (Q3 2023)",
            ], F, "contact_center"),
            E("Technical Support Representative", "Orbitlink Global Services", "San Pablo Heights, Laguna", "2019-06", "2021-11", [
                "Troubleshot internet and cable TV issues for US residential customers over the phone",
                "Scheduled technician visits and documented cases in the ticketing tool",
            ], F, "contact_center"),
            E("Chat Support Associate", "HelixReach BPO Corp.", "Sta. Veronica, Laguna", "2018-07", "2019-05", [
                "Answered online shoppers' chats and e-mails about orders, refunds and delivery",
                "Handled up to 3 concurrent chats",
            ], F, "digital_service"),
            E("Sales Clerk", "Golden Harvest Department Store", "Sta. Veronica, Laguna", "2016-04", "2018-06", [
                "Assisted shoppers in the ladies' wear section and managed the fitting room",
            ], F, "in_person_service"),
        ]),
        ("On-the-Job Training", [
            E("OJT Trainee", "Municipal Treasurer's Office", "Sta. Veronica, Laguna", "2017-01", "2017-03", [
                "Encoded real property tax payments and filed official receipts",
            ], A, section="other", etype="internship"),
        ]),
        ("Education", ["Bachelor of Science in Business Administration, Laguna Valley Colleges, 2014 - 2018"]),
        ("Skills", ["Excellent English communication (written and verbal)", "Typing speed 55 wpm",
                    "Zendesk, Salesforce, MS Office", "Flexible with shifting schedules and holidays"]),
        ("Personal Information", [("Date of Birth", "March 3, 1998"), ("Civil Status", "Single"),
                                  ("Nationality", "Filipino"), ("Languages", "English, Filipino")]),
        ("Character References", ["Ms. Rowena Santillan – Team Leader, Bluewave Contact Solutions Inc. – 0918 555 7711",
                                  "Mr. Jericho Dela Paz – Operations Supervisor, Orbitlink Global Services – 0927 555 3190"]),
    ],
))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.docx",
    family="South African call-centre team leader, Word CV with personal details and a borderless table per job, church volunteering with year dates",
    layout="docx, table/title_org, month / 'Present'",
    name="Thandeka Mokoena",
    contact=["Riverstone Park, Gauteng", "Cell: 072 555 8813", "E-mail: thandeka.mokoena@mailbox.co.za"],
    opts=dict(entry="table", heads="bold", hdr="title_org", ds="month", pw="Present", bullets="style"),
    sections=[
        ("Personal Details", [("Nationality", "South African"), ("Driver's licence", "Code 08 (EB)"),
                              ("Languages", "English, isiZulu, Sesotho, Afrikaans (basic)"), ("Notice period", "One month")]),
        ("Career Objective", "A results-driven team leader with more than ten years in customer care, looking for a "
                             "role where I can help customers and develop a team in a growing company."),
        ("Employment History", [
            E("Team Leader: Customer Care", "Siyanda Mobile (Pty) Ltd", "Riverstone Park", "2020-08", "present", [
                "Lead a team of 14 inbound agents on the prepaid and contract queues",
                "Take escalated calls from unhappy customers and approve goodwill credits",
                "Run weekly coaching sessions and monthly performance reviews",
            ], F, "contact_center"),
            E("Senior Customer Care Agent", "Siyanda Mobile (Pty) Ltd", "Riverstone Park", "2017-03", "2020-07", [
                "Handled billing and contract queries and ported numbers from other networks",
                "Floor support for new agents during nesting",
            ], F, "contact_center"),
            E("Customer Care Agent", "Umoya Insurance Brokers", "Kwazanele", "2015-01", "2017-02", [
                "Took first notice of loss calls for household and motor claims",
                "Followed up with clients on outstanding claim documents",
            ], F, "contact_center"),
            E("Cashier", "Ubuntu Fresh Market", "Kwazanele", "2013-02", "2014-12", [], F, "in_person_service"),
        ]),
        ("Community Involvement", [
            E("Sunday School Teacher", "Riverstone Park Methodist Church", "Riverstone Park", "2012", "present", [
                "Teach Bible stories and songs to a class of 20 children aged 6 to 9",
            ], F, "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["National Senior Certificate (Matric), Kwazanele High School, 2012",
                            "Higher Certificate in Contact Centre Management, Gauteng Business College, 2019"]),
        ("Computer Literacy", ["MS Office (Word, Excel, Outlook)", "Genesys, Salesforce, Verint WFM"]),
        ("References", [("Mr S. Nkosi", "Operations Manager, Siyanda Mobile – 011 555 0921"),
                        ("Ms R. van Wyk", "Claims Supervisor, Umoya Insurance Brokers – 012 555 4470")]),
    ],
))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.md",
    family="Irish business graduate in Markdown: barista job, marketing internship, class rep and self-employed grinds",
    layout="md, bold/title_org, mon / 'Present'",
    name="Aoife Brannigan",
    contact=["Ballykerrin, Co. Westmeath", "087 555 3321", "aoife.brannigan@mailbox.ie"],
    opts=dict(md_entry="bold", hdr="title_org", ds="mon", pw="Present"),
    sections=[
        ("About me", "Recent BBS graduate from Shannonside University. I've worked with the public since I was 16 "
                     "and I'm keen to start a career in customer experience."),
        ("Education", ["BBS (Hons) Business Studies, Shannonside University, 2022 – 2026, 2.1",
                       "Leaving Certificate, St Finian's Community College, 2022 (498 points)"]),
        ("Experience", [
            E("Barista (part-time)", "Kettle & Crumb Café", "Ballykerrin", "2022-09", "present", [
                "Take orders and make coffee for a busy commuter crowd (300+ customers on a weekday morning)",
                "Open the café two mornings a week; cash up and lodge takings",
            ], F, "in_person_service"),
            E("Marketing Intern", "Corrib Lane Cosmetics", "Lisnagar", "2025-06", "2025-08", [
                "Drafted Instagram and TikTok posts for two product launches",
                "Pulled weekly engagement figures into a report for the brand manager",
            ], A, etype="internship"),
            E("Sales Assistant", "Fennelly's Pharmacy", "Ballykerrin", "2020-06", "2022-08", [
                "Weekends and summers on the retail counter: cosmetics, baby products and tills",
            ], F, "in_person_service"),
            E("Grinds Tutor", "Self-employed", None, "2021-09", "2024-05", [
                "Maths and English grinds for Junior Cycle students, in person and online",
            ], F, "education", etype="freelance"),
        ]),
        ("Student activities", [
            E("Class Representative", "Shannonside University Students' Union", None, "2023-09", "2025-05", [
                "Represented 120 Business students at programme board meetings",
                "Collected classmates' feedback and raised timetabling and assessment issues with lecturers",
            ], F, "other_facing", section="other", etype="volunteer"),
        ]),
        ("Skills", ["Canva, Excel, Google Workspace", "Full clean driving licence", "Irish (conversational), French (B1)"]),
        ("Referees", "Available on request"),
    ],
))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007.html",
    family="Indian network/system engineer moving towards support, HTML résumé with labelled Organisation/Designation/Duration blocks, no customer-facing jobs",
    layout="html, div/labelled, mon / 'till date'",
    name="Sandeep Raghunath Kulkarni",
    contact=["Flat 304, Shree Ganesh Residency, Amravali - 411 987", "Mobile: +91 98555 40213 | Email: sandeep.rk@mailbox.in"],
    opts=dict(html_mode="div", hdr="labelled", ds="mon", pw="till date", sep=" - ", html_title="Resume"),
    sections=[
        ("Career Objective", "Seeking a challenging position in technical customer support where my 10+ years of "
                             "network and server experience can be used to resolve customer issues quickly."),
        ("Professional Experience", [
            E("Senior Network Engineer", "Nexaro Infosystems Pvt. Ltd.", "Amravali", "2021-07", "present", [
                "Configure and maintain core switches, routers and firewalls across 3 data centres",
                "Plan maintenance windows and patch network devices as per change calendar",
                "Monitor links with Zabbix and fix outages raised by the NOC",
            ], N),
            E("System Administrator", "Trivikram Data Centres Ltd.", "Kesarpur", "2017-06", "2021-06", [
                "Administered 200+ Linux and Windows servers including backups and patching",
                "Automated user provisioning with shell and PowerShell scripts",
            ], N),
            E("NOC Engineer", "Suryodaya Cable Networks", "Kesarpur", "2015-08", "2017-05", [
                "24x7 monitoring of broadband network and head-end equipment",
                "Raised tickets to field teams and updated outage logs",
            ], N),
        ]),
        ("Academic Projects / College", [
            E("Computer Lab Assistant (part-time)", "Kesarpur Institute of Technology", "Kesarpur", "2013-07", "2015-05", [
                "Maintained 40 lab PCs and re-imaged operating systems before each semester",
            ], N, section="other"),
        ]),
        ("Educational Qualification", ["B.E. (Electronics & Telecommunication), Kesarpur Institute of Technology, 2015, 68%",
                                       "HSC, 2011, 74%", "SSC, 2009, 81%"]),
        ("Technical Skills", ["CCNA, CCNP (Routing & Switching)", "Linux (RHEL), Windows Server 2019", "Zabbix, Nagios, ServiceNow"]),
        ("Personal Details", [("Date of Birth", "12-Feb-1993"), ("Marital Status", "Married"),
                              ("Languages Known", "English, Hindi, Marathi"), ("Passport", "Available")]),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge.\n"
                        "Place: Amravali          (Sandeep R. Kulkarni)"),
    ],
))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.pdf", renderer="rl",
    family="Jamaican hospitality résumé, reportlab with shaded left sidebar (contact, skills, references), resort front desk and F&B, summer job",
    layout="reportlab, sidebar/title_org, mon / 'Present'",
    name="Shanice A. Clarke-Reid",
    contact=["Lot 18 Mango Walk, Sandy Cove P.O., St. Elizabeth", "(876) 555-2231", "shanice.clarkereid@mailbox.com"],
    opts=dict(layout="sidebar", hdr="title_org", ds="mon", pw="Present", accent="#0E6E6E", side_bg="#DFF0EE"),
    side=[
        ("Skills", ["Opera PMS and Micros POS", "Complaint resolution", "Upselling and tours", "Food safety certified"]),
        ("Languages", ["English", "Spanish (conversational)"]),
        ("References", ["Mr. Delroy Bryan, Front Office Manager, Azure Palms Resort & Spa",
                        "Mrs. Paulette Gayle, Restaurant Manager, Tamarind Bay Hotel"]),
    ],
    sections=[
        ("Profile", "Warm and professional guest services agent with eight years in resort hospitality. Known for "
                    "turning complaints around and for repeat guests asking for me by name."),
        ("Work Experience", [
            E("Guest Services Agent", "Azure Palms Resort & Spa", "Sandy Cove", "2022-02", "present", [
                "Check guests in and out and handle room moves and late check-out requests",
                "Resolve complaints on the spot and log them in Opera PMS",
                "Arrange tours, spa bookings and airport transfers",
            ], F, "in_person_service"),
            E("Food & Beverage Server", "Tamarind Bay Hotel", "Treasure Point", "2018-05", "2022-01", [
                "Served breakfast buffet and à la carte dinner in a 140-seat restaurant",
                "Recommended local dishes and wine pairings to guests",
            ], F, "in_person_service"),
            E("Kitchen Steward", "Tamarind Bay Hotel", "Treasure Point", "2016-06", "2018-04", [
                "Washed pots and equipment and kept the kitchen stores clean and organised",
            ], A),
            E("Cashier (Summer Job)", "Sunshine Patty Shop", "Sandy Cove", "2015-06", "2015-08", [],
              F, "in_person_service", datetext="Summer 2015"),
        ]),
        ("Education", ["Diploma in Hospitality Management, Caribbean Coast Community College, 2016",
                       "CSEC: English A, Mathematics, Principles of Business, Spanish, Food & Nutrition"]),
    ],
))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.docx",
    family="UK ex-army corporal, Word CV with name and contact in the page header, employer heading with roles beneath, mm/yyyy dates",
    layout="docx, header/orgfirst, mm/yyyy / 'Present'",
    name="Lee Carrington",
    contact=["Brackwell, BW2  |  07700 555 901  |  lee.carrington@mailbox.co.uk"],
    opts=dict(header_contact=True, entry="tabs", heads="bold", hdr="orgfirst", ds="mm/yyyy", pw="Present",
              bullets="manual"),
    sections=[
        ("Personal Profile", "Former infantry corporal with 12 years' service, now working in front-of-house "
                             "security. Reliable, calm under pressure and used to dealing with the public. SIA licensed."),
        ("Employment", [
            E("Security Officer (Front of House)", "Meridian Guarding Services", "Brackwell", "2022-03", "present", [
                "Staff the reception desk of a multi-tenant office building: sign in visitors, issue passes and answer enquiries",
                "Monitor CCTV, carry out fire alarm tests and lock-up patrols",
            ], F, "in_person_service"),
            E("Multi-drop Delivery Driver", "Swiftline Couriers", "Brackwell", "2020-06", "2022-02", [
                "Delivered up to 130 parcels a day from a 3.5t van",
                "Left parcels in safe places and logged photo proof of delivery on the handheld",
            ], A),
            E("Recruiting NCO", "Wessex Fusiliers (2nd Battalion)", "Marbeck", "2017-10", "2020-05", [
                "Met walk-in applicants and their parents at the careers office and answered questions about army life",
                "Gave talks at schools and colleges and ran fitness taster days",
            ], F, "other_facing", etype="military"),
            E("Section Commander (Corporal)", "Wessex Fusiliers (2nd Battalion)", "Marbeck", "2012-04", "2017-09", [
                "Led and trained a section of 8 soldiers in the UK and on two overseas deployments",
                "Responsible for the welfare, discipline and equipment of the section",
            ], N, etype="military"),
            E("Rifleman", "Wessex Fusiliers (2nd Battalion)", "Marbeck", "2008-09", "2012-03", [], N, etype="military"),
        ]),
        ("Qualifications & Training", ["SIA Door Supervisor and CCTV licences (valid to 2027)", "Level 3 Award in First Aid at Work",
                                       "Category C1 and C driving licence", "Functional Skills English and Maths Level 2"]),
        ("Interests", "Boxing coaching for kids on Tuesday nights, hill walking."),
    ],
))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.pdf", renderer="fpdf",
    family="Nigerian graduate CV, fpdf2 left-aligned, personal data first, employer in capitals then position, NYSC and SIWES",
    layout="fpdf2, left/org_title, mm/yyyy / 'Present'",
    name="Oluwaseun Adeyemi-Bakare",
    contact=["No. 22 Olorunsogo Street, Ilese-Oke", "Tel: 0803 555 6612  |  Email: seun.adeyemibakare@mailbox.ng"],
    opts=dict(layout="left", hdr="org_title", ds="mm/yyyy", pw="Present", accent=(0, 100, 60)),
    sections=[
        ("Personal Data", [("Date of Birth", "14th August 1998"), ("Sex", "Male"), ("Marital Status", "Single"),
                           ("Nationality", "Nigerian")]),
        ("Career Objective", "To work in a customer-focused organisation where my communication and problem-solving "
                             "skills will add value, while I grow in a challenging environment."),
        ("Educational Qualifications", ["B.Sc. Economics (Second Class Upper), Ogunmodede University, 2021",
                                        "Senior School Certificate (WAEC), Ilese-Oke High School, 2015"]),
        ("Work Experience", [
            E("Customer Service Officer (Contract)", "CRESTVIEW MICROFINANCE BANK LTD", "Ilese-Oke", "2024-02", "present", [
                "Attend to walk-in customers on account opening, BVN linking and debit card requests",
                "Resolve failed transfer and ATM complaints and log them on the complaints portal",
                "Cross-sell savings and fixed deposit products",
            ], F, "in_person_service"),
            E("Corps Member – Mathematics Teacher", "COMMUNITY GRAMMAR SCHOOL, IGBO-ODAN", None, "2022-03", "2023-02", [
                "Taught Mathematics to SS1 and SS2 classes of about 45 students each",
                "Organised free extra lessons for WAEC candidates",
            ], F, "education", etype="internship"),
            E("Industrial Trainee (SIWES)", "LAGOON FREIGHT & LOGISTICS LTD", "Ilese-Oke", "2019-06", "2019-11", [
                "Updated shipment tracking records and prepared waybills",
                "Filed customs clearing documents",
            ], A, etype="internship"),
            E("POS Operator", "ADEBOLA POS & BUSINESS CENTRE", "Ilese-Oke", "2018-01", "2019-05", [
                "Carried out cash withdrawals, transfers and bill payments for customers on POS terminals",
            ], F, "in_person_service"),
        ]),
        ("Skills", ["Microsoft Word, Excel and PowerPoint", "Good interpersonal and communication skills",
                    "Ability to work under pressure"]),
        ("Hobbies", "Reading, football and travelling."),
        ("Referees", ["Mr. Tunde Okafor – Branch Manager, Crestview Microfinance Bank – 0805 555 1182",
                      "Mrs. F. A. Oyelaran – Principal, Community Grammar School – 0806 555 3370"]),
    ],
))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.pdf", renderer="fpdf",
    family="Polish applicant in the UK, Europass-like fpdf2 CV with dates above each job (mm.yyyy), warehouse and food factory after hotel and shop work in Poland",
    layout="fpdf2, left/datesfirst, mm.yyyy / 'present'",
    name="Katarzyna Wróblewska",
    contact=["Flat 3, 41 Station Road, Brackwell BW1 4QT, United Kingdom", "+44 7700 555 318  ·  k.wroblewska@mailbox.pl",
             "Date of birth: 22.05.1994  ·  Nationality: Polish"],
    opts=dict(layout="left", hdr="datesfirst", ds="mm.yyyy", pw="present", accent=(0, 51, 153), caps_heads=False),
    sections=[
        ("Work experience", [
            E("Warehouse Operative", "Northgate Fulfilment Ltd", "Brackwell, United Kingdom", "2021-05", "present", [
                "Picking and packing online customer orders (pick rate 110% of target)",
                "Processing returns, checking condition and putting stock back to locations",
            ], A),
            E("Production Operative (agency)", "Greenleaf Salads Ltd", "Brackwell, United Kingdom", "2019-09", "2021-04", [
                "Worked on the packing line for bagged salads",
                "Hygiene checks and temperature records",
            ], N),
            E("Receptionist", "Hotel Pod Lipami", "Stare Brzozy, Poland", "2016-06", "2019-08", [
                "Check-in and check-out of guests in Polish, English and German",
                "Handling bookings by phone and e-mail; invoices for business guests",
            ], F, "in_person_service"),
            E("Shop Assistant", "Sklep Spożywczy \u201eJagoda\u201d", "Stare Brzozy, Poland", "2013-09", "2016-05", [
                "Serving customers at the deli counter and till",
                "Receiving deliveries and stocking shelves",
            ], F, "in_person_service"),
        ]),
        ("Education and training", ["05.2013  Secondary school certificate (matura), Liceum Ogólnokształcące nr 2, Stare Brzozy",
                                    "2014 – 2016  Hotel technician (technik hotelarstwa), evening course"]),
        ("Personal skills", ["Mother tongue: Polish", "English: B2 (IELTS 6.0, 2022)", "German: A2",
                             "Computer: MS Office, Opera PMS (basic), warehouse scanners"]),
        ("Driving licence", "B"),
    ],
))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012.docx",
    family="Brazilian trilingual applicant, Word heading styles with tab-stop dates in 'Mon/yyyy' style: customer success, chat support, language teaching, bank back-office internship",
    layout="docx, styles/title_org, mon/yyyy / 'Present'",
    name="Rafael Monteiro Cardoso",
    contact=["Vila Esperança, São Bento do Vale – SP, Brazil (open to relocation)",
             "+55 19 95555-4471 | rafael.mcardoso@mailbox.com.br | linkedin.com/in/rafaelmcardoso"],
    opts=dict(entry="tabs", heads="styles", hdr="title_org", ds="mon/yyyy", pw="Present"),
    sections=[
        ("Summary", "Customer-focused professional with 7 years of experience in customer success and support for "
                    "SaaS and telecom companies. Fluent in Portuguese, English and Spanish."),
        ("Professional Experience", [
            E("Customer Success Analyst", "Nuvora Software Ltda.", "São Bento do Vale (remote)", "2022-02", "present", [
                "Onboard new restaurant clients through video calls and train their staff on the ordering platform",
                "Monitor account health and run quarterly business reviews with key accounts",
                "Reduced churn in my portfolio from 3.1% to 1.8% in 2024",
            ], F, "sales_account"),
            E("Bilingual Support Agent (PT/EN/ES)", "Bravante Telecom S.A.", "Campinas do Sul", "2019-01", "2022-01", [
                "Answered customers' chat and e-mail tickets in three languages",
                "Escalated network faults to level 2 and followed up until resolution",
            ], F, "digital_service"),
            E("English Teacher (part-time)", "Escola de Idiomas Horizonte", "São Bento do Vale", "2016-03", "2018-12", [
                "Taught groups of teenagers and adults from A1 to B2",
            ], F, "education"),
            E("Administrative Intern", "Cooperativa de Crédito Vale Verde", "São Bento do Vale", "2015-07", "2016-02", [
                "Reconciled daily branch reports and archived loan contracts",
            ], A, etype="internship"),
        ]),
        ("Education", ["Bachelor's in International Relations – Universidade Paulista do Vale (2013–2017)"]),
        ("Languages", ["Portuguese – native", "English – fluent (C1)", "Spanish – advanced"]),
        ("Tools", ["HubSpot, Zendesk, Intercom, Google Workspace, Excel (pivot tables)"]),
    ],
))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013.docx",
    family="Romanian care assistant in Ireland, Word CV typed by hand (bold caps headings, manual bullets), 'Title – Employer, Town' with tab-stop dates",
    layout="docx, plain/dash, mon / 'Present'",
    name="Ionela-Mădălina Popescu",
    contact=["Apt 6, Weaver's Court, Drumcarrig, Co. Meath", "Mobile: 083 555 7720", "Email: ionela.popescu@mailbox.ro",
             "Stamp 4 – full permission to work in Ireland"],
    opts=dict(entry="tabs", heads="bold", hdr="dash", ds="mon", pw="Present", bullets="manual", font="Arial"),
    sections=[
        ("Profile", "Caring and patient healthcare assistant with five years' experience in Ireland and a background "
                    "in retail and accounts in Romania. I am now looking for a customer service role with regular hours."),
        ("Work Experience", [
            E("Healthcare Assistant", "Glenmore House Nursing Home", "Drumcarrig", "2021-10", "present", [
                "Personal care for 12 residents living with dementia: washing, dressing and help at mealtimes",
                "Chat with families at visiting time and pass on their concerns to the nurse in charge",
                "Record care notes on the Epicare system",
            ], F, "healthcare_care"),
            E("Kitchen Porter", "The Weir House Hotel", "Drumcarrig", "2019-03", "2021-09", [
                "Washing up, cleaning the kitchen and basic veg prep for weddings",
            ], A),
            E("Cashier", "Market Dacia Plus", "Poiana Verde, Romania", "2015-08", "2019-01", [
                "Tills, customer queries and returns; trained new cashiers",
            ], F, "in_person_service"),
            E("Accounting Assistant", "SC Contabil Expert SRL", "Poiana Verde, Romania", "2013-09", "2015-07", [
                "Entered supplier invoices and bank statements for small client companies",
                "Prepared VAT returns for review by the accountant",
            ], A),
        ]),
        ("Education and Training", ["QQI Level 5 Healthcare Support (Drumcarrig Further Education Centre, 2022)",
                                    "Baccalaureate, Colegiul Economic Poiana Verde, 2013", "Manual handling, Patient moving and handling, Safeguarding Adults"]),
        ("Languages", ["Romanian (native)", "English (fluent)", "Italian (basic)"]),
        ("References", "Available on request"),
    ],
))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.pdf", renderer="rl",
    family="US contact-center supervisor, two-page reportlab résumé (Times, letter), two-column header, page footer, crisis-line volunteering with year dates",
    layout="reportlab, twocol/title_org, mon / 'Present'",
    name="Tanya R. Whitfield",
    contact=["Westbrook Falls, MN 55921", "(507) 555-0148", "tanya.whitfield@mailbox.com", "linkedin.com/in/tanyawhitfield"],
    opts=dict(layout="twocol", font="Times", letter=True, fs=11, hdr="title_org", ds="mon", pw="Present",
              accent="#2B2B2B", footer="Tanya R. Whitfield  -  Page {page} of 2"),
    sections=[
        ("Professional Summary",
         "Customer care leader with 19 years of service experience, including 14 years in insurance and cable "
         "contact centers. Builds teams that hit service levels without burning out, and still enjoys taking the "
         "hardest calls herself. Experienced with Genesys Cloud, NICE inContact, Salesforce Service Cloud and "
         "Verint workforce management."),
        ("Core Competencies", ["Escalation and complaint resolution", "Coaching and quality assurance",
                               "Scheduling and intraday management", "Reporting (Excel, Power BI)",
                               "New hire training", "Process improvement"]),
        ("Professional Experience", [
            E("Customer Care Supervisor", "Harborline Mutual Insurance", "Westbrook Falls, MN", "2019-04", "present", [
                "Supervise 18 representatives on the claims status line (about 2,400 calls a week)",
                "Take supervisor callbacks and complaints from policyholders and claimants, and approve service recovery credits",
                "Build weekly schedules with the workforce team and manage intraday staffing",
                "Raised team first-call resolution from 71% to 84% over two years",
                "Led the move from on-premise phones to Genesys Cloud for 60 users",
            ], F, "contact_center"),
            E("Senior Customer Care Representative", "Harborline Mutual Insurance", "Westbrook Falls, MN", "2016-06", "2019-03", [
                "Handled complex billing, coverage and claims calls from policyholders and agents",
                "Mentored new hires during their first 90 days",
                "Member of the knowledge-base working group",
            ], F, "contact_center"),
            E("Customer Care Representative", "Northstar Cable & Internet", "Pine Ridge Junction, MN", "2012-09", "2016-05", [
                "Answered inbound calls about billing, outages and service upgrades",
                "Troubleshot modems and set-top boxes remotely and scheduled technician visits",
                "President's Club for customer satisfaction, 2014 and 2015",
            ], F, "contact_center"),
            E("Bank Teller", "Prairie Ridge Credit Union", "Westbrook Falls, MN", "2010-01", "2012-08", [
                "Processed deposits, withdrawals and loan payments for members",
                "Balanced drawer daily with no shortages over two years",
                "Referred members to loan officers for auto and home loans",
            ], F, "in_person_service"),
            E("Shift Lead", "Roundtable Donuts", "Westbrook Falls, MN", "2007-06", "2009-12", [
                "Ran the early shift for a busy donut shop and drive-thru",
                "Trained new crew members and handled customer complaints",
            ], F, "in_person_service"),
        ]),
        ("Volunteer Experience", [
            E("Volunteer Phone Counselor", "Westbrook Falls Crisis Line", "Westbrook Falls, MN", "2014", "2018", [
                "Answered overnight calls from people in distress and connected them with local services",
                "Completed 40 hours of active-listening training",
            ], F, "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Associate of Applied Science, Business Management - Southern Prairie Technical College, 2011",
                       "Certified Customer Service Professional (CCSP), 2020"]),
        ("Awards", ["Harborline Mutual Leader of the Year, 2022", "Northstar President's Club, 2014, 2015"]),
        ("Technical Skills", ["Genesys Cloud, NICE inContact, Avaya", "Salesforce Service Cloud, Zendesk",
                              "Verint WFM, Excel (VLOOKUP, pivots), Power BI dashboards"]),
    ],
))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015.txt",
    family="Pakistani CV pasted as text, labelled Organization/Designation/Duration blocks, 'to Date', personal information with father's name",
    layout="txt, colon/labelled, mon / 'Date'",
    name="MUHAMMAD HAMZA QURESHI",
    contact=["House No. 118, Street 9, Gulshan Colony, Noorabad", "Cell: +92 300 5551247", "Email: hamza.qureshi@mailbox.pk"],
    opts=dict(hdr="labelled", labels=("Organization", "Designation", "Duration"), ds="mon", pw="Date", sep=" to ",
              txt_heads="colon", bullet="* ", resp_label="Job Responsibilities:", kv_align=True, kvw=16,
              newline="\r\n"),
    sections=[
        ("Objective", "To obtain a position of Customer Service Advisor in a reputable organization where I can "
                      "utilize my skills and experience for the growth of the organization and myself."),
        ("Personal Information", [("Father's Name", "Muhammad Akram Qureshi"), ("Date of Birth", "05-11-1995"),
                                  ("Domicile", "Noorabad"), ("Marital Status", "Married"), ("Religion", "Islam")]),
        ("Academic Qualification", ["MBA (Marketing) - Noorabad Institute of Management Sciences - 2019 - 3.1 CGPA",
                                    "BA - University of Noorabad - 2016", "Intermediate (FA) - Govt. College Noorabad - 2013",
                                    "Matriculation - Noorabad Board - 2011"]),
        ("Professional Experience", [
            E("Customer Services Officer", "Zarnab Telecom (Pvt.) Ltd. Helpline Centre", "Noorabad", "2022-03", "present", [
                "Attending inbound calls of prepaid and postpaid customers regarding packages, balance and complaints",
                "Logging complaints in CRM and following up with technical team",
                "Achieved best CSO award in Ramadan campaign 2023",
            ], F, "contact_center"),
            E("Customer Relationship Officer", "Sadaf Islamic Bank Ltd., Mall Road Branch", "Noorabad", "2019-07", "2022-02", [
                "Account opening, cheque book and ATM card issuance",
                "Resolving walk-in customers' complaints and guiding them on banking products",
            ], F, "in_person_service"),
            E("Data Entry Operator", "Kausar Textile Mills Ltd.", "Noorabad", "2017-08", "2019-06", [
                "Entering daily production and dispatch data in ERP",
                "Maintaining files of gate passes",
            ], N),
            E("Teacher (Part Time)", "Iqra Model School", "Noorabad", "2015", "2017", [
                "Taught English and Computer to classes 6 to 8",
            ], F, "education"),
        ]),
        ("Computer Skills", ["MS Office (Word, Excel, PowerPoint)", "Internet & Email", "Typing speed 40 wpm"]),
        ("Languages", ["Urdu, English, Punjabi"]),
        ("References", "Will be furnished on demand."),
    ],
))
