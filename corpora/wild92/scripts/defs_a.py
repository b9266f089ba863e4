"""w001–w015."""
from lib import E

RES = []

# ---------------------------------------------------------------- w001
RES.append(dict(
    id="w001", renderer="reportlab", layout="plain", page="letter", hdr="title_org", dstyle="mon", bul="•",
    family="US part-timer holding two jobs at once, reportlab single column, title line with right-aligned dates, "
           "month range spelt 'Oct–Dec 2021' and a printed duration",
    code="reportlab, plain/title_org, mon / 'Present' + 'Oct–Dec 2021', '(1 yr 7 mos)'",
    name="Marisol Ortega-Finch",
    contact=["Tucson, AZ 85719", "(520) 555-0148", "marisol.of@mailbox.net"],
    sections=[
        ("Summary", "Dependable, upbeat worker with four years of front-line service. Currently juggling two "
                    "part-time jobs and looking for one full-time customer service role with regular hours."),
        ("Experience", [
            E("Front Desk Associate", "Saguaro Ridge Fitness", "Tucson, AZ", "2023-08", "present", "facing",
              "in_person_service", ["Check in members, sell day passes and set up new memberships",
                                    "Handle freeze and cancellation requests at the desk and by phone",
                                    "Wipe down equipment and restock towels between rushes"],
              show_title="Front Desk Associate (part-time)"),
            E("Pharmacy Cashier", "Desert Bloom Pharmacy", "Tucson, AZ", "2024-01", "present", "facing",
              "in_person_service", ["Ring up prescriptions at the pickup window and verify patient date of birth",
                                    "Direct questions about medications to the pharmacist on duty"],
              show_title="Pharmacy Cashier (weekends)"),
            E("Delivery Driver", "Pinnacle Pizza Co.", "Tucson, AZ", "2022-06", "2023-12", "facing",
              "in_person_service", ["Delivered orders across the east side, collected cash and card payments at the door",
                                    "Took phone orders and folded boxes during slow periods"],
              d="Jun 2022 – Dec 2023 (1 yr 7 mos)"),
            E("Seasonal Stock Associate", "Cactus Flats Outlet", "Marana, AZ", "2021-10", "2021-12", "affecting", None,
              ["Unloaded the 4 a.m. truck and had floor sets done before doors opened",
               "Tagged markdowns and moved holiday overstock to the back room"], d="Oct–Dec 2021"),
            E("Reading Buddy", "Rillito Branch Library", "Tucson, AZ", "2021-06", "2021-08", "facing", "volunteering",
              ["Read one-on-one with children in the summer reading program"], d="Summer 2021",
              sec="volunteer", et="volunteer", show_title="Reading Buddy (volunteer)"),
        ]),
        ("Education", "Pima Community College — coursework toward A.A.S. Business (2020–2021)\n"
                      "Catalina Foothills High School — Diploma, 2020"),
        ("Skills", "Bilingual English/Spanish · cash handling · Square and Mindbody POS · scheduling · phone etiquette"),
    ]))

# ---------------------------------------------------------------- w002
RES.append(dict(
    id="w002", renderer="docx", layout="styles", hdr="title_org", present="to date", bul="style", hlevel=1,
    family="Welsh student CV in Word, heading styles and list bullets, right tab-stop dates, academic years "
           "('2024/25 academic year', '2023-24') and a Christmas temp job",
    code="docx, styles/title_org, literal / 'to date', academic years",
    name="Bethan Lloyd-Parry",
    contact=["Swansea SA2", "07700 900614", "bethan.lp@mailbox.co.uk"],
    sections=[
        ("Profile", "Final-year Tourism Management student, confident with the public and used to busy weekends. "
                    "Looking for a graduate customer service or guest relations position from January."),
        ("Education", "BA (Hons) Tourism Management, Tawe Valley University, 2023 – 2026 (expected 2:1)\n"
                      "A levels: Geography B, English Literature B, Welsh C — Ysgol Gyfun Penlan, 2023"),
        ("Work experience", [
            E("Student Ambassador", "Tawe Valley University", "Swansea", "2024-09", "2025-06", "facing", "other_facing",
              ["Led campus tours for prospective students and their parents on open days",
               "Answered questions at the course information stand and at UCAS fairs"],
              d="2024/25 academic year", sec="other"),
            E("Bar Staff", "The Copper Kettle", "Mumbles", "2023-09", "present", "facing", "in_person_service",
              ["Serve drinks and food on Friday and Saturday shifts, up to 300 covers",
               "Cash up the till and check ID at the door when the bar is busy"],
              d="Sept 2023 – to date", show_title="Bar Staff (weekends)"),
            E("Peer Mentor", "Tawe Valley University Students' Union", "Swansea", "2023-09", "2024-06", "facing",
              "volunteering", ["Met a group of six first-year students fortnightly to help them settle in",
                               "Signposted students to wellbeing and money advice services"],
              d="2023-24", sec="volunteer", et="volunteer"),
            E("Christmas Sales Assistant", "Hollis & Bowen", "Carmarthen", "2022-11", "2023-01", "facing",
              "in_person_service", ["Worked the tills and gift-wrap desk in the toy and homeware departments",
                                    "Processed January returns and refunds"],
              d="Nov 2022 – Jan 2023"),
            E("Kitchen Assistant", "Pennard Bay Caravan Park", "Gower", "2022-06", "2022-08", "affecting", None,
              ["Washed up, prepped salads and cleaned down the site café kitchen at close"], d="Summer 2022"),
        ]),
        ("Other", "Full UK driving licence · Welsh (fluent) · Food Hygiene Level 2"),
    ]))

# ---------------------------------------------------------------- w003
RES.append(dict(
    id="w003", renderer="txt", hdr="dates_first", bul="-", txt_head="underline",
    family="Canadian co-op student résumé as plain text, dates on their own line before the title, "
           "co-op terms ('Winter 2025 co-op term', 'Summer term 2024') beside a part-time job held throughout",
    code="txt, plain/dates_first, terms / 'Now'",
    name="Priya Raman-Choudhury",
    contact=["Kitchener, ON  N2H 3L1", "519-555-0173", "priya.rc@mailbox.ca"],
    sections=[
        ("Education", "Bachelor of Business Technology (Co-op), Grand River Polytechnic — expected April 2027"),
        ("Co-op and work experience", [
            E("IT Service Desk Co-op", "Halvorsen Mutual Insurance", "Kitchener, ON", "2025-01", "2025-04", "facing",
              "internal_support", ["Reset passwords and unlocked accounts for staff by phone and ticket",
                                   "Set up laptops for new hires and walked them through VPN login",
                                   "Wrote three knowledge-base articles on common Outlook issues"],
              d="Winter 2025 co-op term (Jan–Apr)", et="internship"),
            E("Customer Support Co-op", "Brightline Regional Transit", "Waterloo, ON", "2024-05", "2024-08", "facing",
              "contact_center", ["Answered rider calls about fares, lost property and detours",
                                 "Logged complaints in the CRM and routed them to operations"],
              d="Summer term 2024", et="internship"),
            E("Cashier", "Northfield Foods", "Waterloo, ON", "2022-09", "present", "facing", "in_person_service",
              ["Part-time during school terms, full shifts in holidays",
               "Trained five new cashiers on the self-checkout area"],
              d="Sept 2022 – Now"),
            E("Camp Leader", "Bridgeport Day Camps", "Kitchener, ON", "2023-07", "2023-08", "facing", "education",
              ["Planned activities for a group of 12 eight-year-olds and handled parent pick-up"],
              d="July–Aug 2023"),
        ]),
        ("Skills", ["ServiceNow, Zendesk, Excel (pivot tables)", "English, Tamil, conversational French"]),
    ]))

# ---------------------------------------------------------------- w004
RES.append(dict(
    id="w004", renderer="fpdf2", layout="sidebar", hdr="title_org", bul="•",
    family="Australian utility call-centre officer, fpdf2 with a dark left sidebar, quarter dates "
           "('Q3 2021 – Q1 2023'), a start month with a duration instead of an end, year-only casual job",
    code="fpdf2, sidebar/title_org, quarters + '11 months' / 'Present'",
    name="Jasmine Tran-Whitaker",
    contact=["Geelong VIC 3220", "0412 555 308", "jas.tranw@mailbox.com.au"],
    side=[("Contact", ["Geelong VIC 3220", "0412 555 308", "jas.tranw@mailbox.com.au"]),
          ("Skills", ["Genesys Cloud", "SAP billing", "Hardship conversations", "De-escalation"]),
          ("Referees", ["Available on request"])],
    sections=[
        ("Profile", "Customer contact officer with a billing background. Comfortable on the phones and in the "
                    "back office, and happiest where the two meet."),
        ("Employment", [
            E("Customer Contact Officer", "Barwon Coast Water", "Geelong", "2023-04", "present", "facing",
              "contact_center", ["Take 60+ calls a day on bills, leaks, payment plans and hardship",
                                 "Arrange concessions and refer vulnerable customers to the support team"],
              d="Q2 2023 – Present"),
            E("Billing Officer", "Barwon Coast Water", "Geelong", "2021-07", "2023-03", "affecting", None,
              ["Reviewed meter-read exceptions and issued adjusted accounts",
               "Processed concession and rebate applications received by mail"],
              d="Q3 2021 – Q1 2023"),
            E("Receptionist", "Lara Physio & Pilates", "Lara", "2020-02", "2020-12", "facing", "in_person_service",
              ["Booked appointments, processed health fund claims at the desk and answered the phone"],
              d="Feb 2020 · 11 months", show_title="Receptionist (maternity cover)"),
            E("Casual Retail Assistant", "Surf & Sole", "Torquay", "2016-01", "2019-12", "facing", "in_person_service",
              ["Served customers in a busy surf shop, worked the register and did stock takes"],
              d="2016 – 2019", prec="year"),
        ]),
        ("Education", "Certificate IV in Business Administration — The Gordon, 2021\n"
                      "VCE — Belmont High School, 2015"),
    ]))

# ---------------------------------------------------------------- w005
RES.append(dict(
    id="w005", renderer="docx", layout="table", hdr="org_title", bul="•",
    family="South African bank teller CV, Word with a borderless table per job (employer and dates, title below), "
           "durations printed beside every range, learnership, year-only promoter job",
    code="docx, table/org_title, month + '(4 years 9 months)' / 'Present'",
    name="Lerato Mokoena-Dube",
    contact=["Pretoria East, 0081", "072 555 0194", "lerato.md@mailbox.co.za"],
    sections=[
        ("Personal details", "Nationality: South African · Driver's licence: Code B · Languages: English, Setswana, Sepedi"),
        ("Career history", [
            E("Teller", "Sable Ridge Bank", "Centurion", "2022-03", "present", "facing", "in_person_service",
              ["Cash deposits, withdrawals and foreign notes for walk-in clients",
               "Open savings accounts and help clients register for the banking app",
               "Balance vault and teller cash daily"],
              d="March 2022 – Present (4 years 9 months)"),
            E("Debt Collection Agent", "Kgotso Recoveries", "Pretoria", "2020-06", "2022-02", "facing", "contact_center",
              ["Outbound calls to clients in arrears, negotiating payment arrangements",
               "Met monthly collection targets 15 of 21 months"],
              d="June 2020 – February 2022 (1 year 9 months)"),
            E("Back Office Clerk", "Kgotso Recoveries", "Pretoria", "2019-01", "2020-05", "affecting", None,
              ["Scanned and indexed debtor files", "Captured payments received and allocated them to accounts"],
              d="January 2019 – May 2020 (17 months)", et="internship", show_title="Back Office Clerk (Learnership)"),
            E("Brand Promoter", "Zinhle Promotions", "Pretoria", "2017-01", "2018-12", "facing", "sales_account",
              ["Weekend tasting demos for beverage and snack brands in supermarkets",
               "Recorded units sold and stock on shelf for the agency"],
              d="2017 – 2018", prec="year"),
        ]),
        ("Qualifications", "National Certificate: Contact Centre Operations (NQF 4), 2020\nMatric, Hoërskool Waterkloof, 2016"),
        ("References", "Mr T. Nkosi, Branch Manager, Sable Ridge Bank — 012 555 0110\n"
                       "Ms A. Pillay, Team Leader, Kgotso Recoveries — 012 555 0177"),
    ]))

# ---------------------------------------------------------------- w006
RES.append(dict(
    id="w006", renderer="md", hdr="title_org", bul="-", md_job="h3",
    family="US gig driver and call-centre rep in Markdown, 'since 2021', start plus duration "
           "('Apr 2022 · 2 yrs 2 mos', 'Mar 2019 – 14 months'), volunteer job overlapping the rest",
    code="md, h3/title_org, since / durations",
    name="DeShawn Okafor-Reyes",
    contact=["Columbus, OH 43211", "614-555-0126", "deshawn.or@mailbox.org"],
    sections=[
        ("Work History", [
            E("Rideshare & Delivery Driver", "Self-employed", "Columbus, OH", "2021-01", "present", "facing",
              "in_person_service", ["4.96 rating over 5,000+ trips; airport runs and late-night pickups",
                                    "Help riders with luggage and wheelchairs"],
              d="since 2021", prec="year", et="freelance"),
            E("Customer Service Representative", "Buckeye Home Warranty", "Columbus, OH", "2022-04", "2024-05",
              "facing", "contact_center",
              ["Took inbound claims calls, explained coverage and booked contractors",
               "Handled callbacks on denied claims"], d="Apr 2022 · 2 yrs 2 mos"),
            E("Parking Attendant", "Scioto Park Garage", "Columbus, OH", "2019-03", "2020-04", "facing",
              "in_person_service", ["Took payments in the booth, validated tickets and helped drivers at the pay machines"],
              d="Mar 2019 – 14 months"),
            E("Line Cook", "Olentangy Grill", "Worthington, OH", "2017-01", "2018-12", "affecting", None,
              ["Grill and fry station; prepped for 150-cover dinners"], d="2017–2018 (about a year and a half)",
              prec="year"),
            E("Pantry Volunteer", "Linden Community Pantry", "Columbus, OH", "2023-09", "present", "facing",
              "volunteering", ["Hand out groceries and help clients sign in on distribution days"],
              d="Saturdays, since Sept 2023", sec="volunteer", et="volunteer"),
        ]),
        ("Skills", ["Clean driving record, CDL Class B permit", "Salesforce Service Cloud", "Spanish (basic)"]),
        ("Education", "Linden-McKinley STEM Academy — High School Diploma, 2016"),
    ]))

# ---------------------------------------------------------------- w007
RES.append(dict(
    id="w007", renderer="reportlab", layout="twocol", hdr="dash", bul="•",
    footer="Maureen Gallagher  –  CV  –  page {p}",
    newpage="Training",
    family="Leeds office administrator with a long career, reportlab two-column header, two pages with footer, "
           "history in OLDEST-first order, year-only early jobs then months, a dated career break",
    code="reportlab, twocol/dash, year then mon / 'present', oldest first",
    name="Maureen Gallagher",
    contact=["Leeds LS8", "0113 555 0931", "mo.gallagher@mailbox.co.uk"],
    sections=[
        ("Personal statement",
         "Friendly, organised administrator with over twenty years of working with the public in a building "
         "society, a primary school office and a dental practice. I like to be the first person people speak to "
         "and I like a tidy diary. I am looking for a practice manager or senior receptionist role.\n"
         "Below my employment is listed from my first job onwards."),
        ("Employment history", [
            E("Saturday Assistant", "Thornley's Bakery", "Headingley", "1998-01", "2000-12", "facing",
              "in_person_service", ["Served customers at the counter and cashed up on Saturday afternoons"],
              d="1998 – 2000", prec="year"),
            E("Clerical Assistant", "Aire Valley Building Society", "Bradford", "2001-01", "2006-12", "affecting", None,
              ["Filed mortgage deeds and ran the post room", "Keyed changes of address and standing orders"],
              d="2001 – 2006", prec="year"),
            E("Branch Customer Adviser", "Aire Valley Building Society", "Leeds", "2007-01", "2012-03", "facing",
              "in_person_service", ["Served members at the counter: deposits, withdrawals and ISA transfers",
                                    "Booked mortgage appointments and referred members to advisers"],
              d="Jan 2007 – Mar 2012"),
            E("Career break (raising my family)", None, None, "2012-04", "2015-08", "none", None, [],
              d="Apr 2012 – Aug 2015", et="unknown"),
            E("School Office Administrator", "Roundhay Fields Primary School", "Leeds", "2015-09", "2021-07", "facing",
              "in_person_service", ["First point of contact for parents at reception and on the phone",
                                    "Chased absences, took dinner money and arranged school trips",
                                    "Kept SIMS records and pupil files up to date"],
              d="Sept 2015 – July 2021"),
            E("Patient Services Coordinator", "Meanwood Dental Practice", "Leeds", "2021-08", "present", "facing",
              "in_person_service", ["Greet patients, book and confirm appointments, take payments",
                                    "Handle complaints and treatment-plan queries",
                                    "Manage the recall list and the dentists' diaries"],
              d="Aug 2021 – present"),
        ]),
        ("Training", ["Level 3 Diploma in Business Administration (2018)", "Safeguarding Level 2 (2019, 2022)",
                      "Dental reception course, 2021", "First aid at work (2023)", "Conflict resolution (2024)"]),
        ("IT skills", "Microsoft Office, SIMS, Dentally, Sage payroll basics, typing 55 wpm."),
        ("Interests", "Walking with my local rambling group, baking, and singing in the Chapel Allerton community "
                      "choir. I help with the choir's bookings and accounts."),
        ("Referees", "Available on request."),
        ("Further information",
         "I hold a full clean UK driving licence. I am happy to work occasional Saturdays and to cover reception at "
         "other sites. In my time at the school office I also ran the breakfast club rota for two years and trained "
         "three new office staff. At the dental practice I introduced online booking and a new recall system which "
         "cut missed appointments noticeably. I am comfortable with card machines, petty cash and month-end reports."),
    ]))

# ---------------------------------------------------------------- w008
RES.append(dict(
    id="w008", renderer="docx", layout="sidebar", hdr="title_org", dstyle="mm/yyyy", present="up to present",
    bul="•", side_hex="E8EEF5",
    family="Philippine BPO résumé in Word, shaded two-column layout table (contact, skills and character references "
           "in the sidebar), mm/yyyy dates, 'up to present', durations beside, OJT by month",
    code="docx, sidebar/title_org, mm/yyyy / 'up to present'",
    name="Katrina Mae Villanueva",
    contact=["Mandaue City, Cebu", "0917 555 2290", "katrinamae.v@mailbox.ph"],
    side=[("Skills", ["Voice and chat support", "Typing 60 wpm", "Zendesk, Freshdesk", "Upselling"]),
          ("Languages", ["English, Filipino, Cebuano"]),
          ("Character references", ["Ms. Joy Tan, Team Leader — 0918 555 1020", "Mr. R. Abad, HR — 032 555 7781"])],
    sections=[
        ("Objective", "To work as a customer service specialist in a company where I can use my communication "
                      "skills and grow to team leader."),
        ("Work Experience", [
            E("Customer Service Representative – Voice", "Visayas Contact Solutions Inc.", "Cebu City", "2023-03",
              "present", "facing", "contact_center",
              ["Handle inbound calls for a US telecom account (billing, plan changes)",
               "Average CSAT 92%, AHT within target"]),
            E("Chat Support Associate", "Mactan Shore Outsourcing", "Lapu-Lapu City", "2021-07", "2023-02", "facing",
              "digital_service", ["Answered chat and e-mail tickets for an online clothing retailer",
                                  "Processed refunds and replacement orders"],
              d="07/2021 – 02/2023 (1 yr 8 mos)"),
            E("Service Crew", "Kusina ni Lola Restaurant", "Cebu City", "2019-06", "2021-05", "facing",
              "in_person_service", ["Took orders at the counter, served food and handled cash"]),
            E("OJT – Front Office", "Bayfront Suites Cebu", "Cebu City", "2018-04", "2018-05", "facing",
              "in_person_service", ["Assisted with check-in and check-out, answered guest calls at the front desk"],
              d="Apr – May 2018 (300 hrs)", et="internship"),
            E("Encoder", "Mandaue City Assessor's Office", "Mandaue City", "2018-06", "2018-11", "none", None,
              ["Encoded tax declarations and property records into the assessment database"],
              d="06/2018 – 11/2018 (contractual)"),
        ]),
        ("Education", "Bachelor of Science in Tourism Management — University of Southern Mactan, 2019"),
    ]))

# ---------------------------------------------------------------- w009
RES.append(dict(
    id="w009", renderer="html", hdr="dates_end", bul="•",
    family="Texas patient-access résumé as a personal web page (HTML), dates in brackets at the END of each entry, "
           "a one-month poll-worker job, 'Jan–Apr 2023' tax season, year-only older jobs, 'current'",
    code="html, plain/dates_end, mixed / 'current'",
    name="Rosa Delgado-Marsh",
    contact=["San Antonio, TX 78209", "210-555-0167", "rosa.dm@mailbox.us"],
    sections=[
        ("About me", "Bilingual (English/Spanish) patient access representative with a background in health records."),
        ("Experience", [
            E("Patient Access Representative", "Mission Oaks Medical Center", "San Antonio, TX", "2023-11", "present",
              "facing", "in_person_service",
              ["Register patients in the emergency department and verify insurance",
               "Collect co-pays and explain financial assistance forms"], d="Nov 2023 – current"),
            E("Tax Season Receptionist", "Castillo & Reyes Tax Services", "San Antonio, TX", "2023-01", "2023-04",
              "facing", "in_person_service", ["Greeted walk-in clients, scheduled preparers and collected documents"],
              d="Jan–Apr 2023"),
            E("Election Poll Worker", "Bexar Valley County Elections", "San Antonio, TX", "2022-11", "2022-11", "facing",
              "other_facing", ["Checked in voters, issued ballots and helped voters with the accessible machine"],
              d="November 2022"),
            E("Medical Records Clerk", "Mission Oaks Medical Center", "San Antonio, TX", "2019-01", "2022-12",
              "affecting", None, ["Scanned and indexed charts into the EHR",
                                  "Processed release-of-information requests received by fax and mail"],
              d="2019 – 2022", prec="year"),
            E("Dietary Aide", "Brookhollow Nursing Center", "San Antonio, TX", "2017-01", "2018-12", "facing",
              "healthcare_care", ["Delivered meal trays to residents' rooms and helped them fill out menu choices",
                                  "Washed dishes and set up the dining room"], d="2017 – 2018", prec="year"),
        ]),
        ("Certifications", ["CHAA (Certified Healthcare Access Associate), 2024", "BLS, current"]),
    ]))

# ---------------------------------------------------------------- w010
RES.append(dict(
    id="w010", renderer="fpdf2", layout="centred", hdr="labelled", bul="➢",
    family="Indian customer-care résumé, fpdf2 centred header, labelled blocks (Position / Employer / Period), "
           "apostrophe-year dates ('Jun'19 to Sep'20'), 'Till date', a start month with '12 months'",
    code="fpdf2, centred/labelled, mon'yy / 'Till date'",
    name="Suresh Kumar Pillai",
    contact=["Kakkanad, Kochi – 682030", "+91 98470 55512", "sureshkp@mailbox.in"],
    sections=[
        ("Career Objective", "Seeking a challenging position in customer care where my experience in telecom and "
                             "banking can be utilised for the growth of the organisation."),
        ("Professional Experience", [
            E("Customer Care Executive", "Malabar Telelink Services Pvt. Ltd.", "Kochi", "2022-10", "present", "facing",
              "contact_center", ["Handling inbound calls of broadband and DTH customers in English and Malayalam",
                                 "Raising complaint tickets and follow-up till closure"], d="Oct'22 – Till date"),
            E("Store Keeper", "Sree Durga Hardware", "Aluva", "2020-12", "2022-08", "affecting", None,
              ["Maintaining stock register and GRN entries", "Arranging dispatch of material to the retail counter"],
              d="Dec'20 to Aug'22"),
            E("Field Sales Executive (Broadband)", "Periyar Fibernet Pvt. Ltd.", "Ernakulam", "2019-06", "2020-09",
              "facing", "sales_account", ["Door-to-door sales of home broadband connections",
                                          "Achieved 110% of monthly target for 9 months"],
              d="Jun'19 to Sep'20 (1 yr 4 mos)"),
            E("Apprentice", "Vembanad Co-operative Bank", "Alappuzha", "2018-05", "2019-04", "facing",
              "in_person_service", ["Assisting customers at the counter with passbook updation and pay-in slips",
                                    "Filing of loan documents"], d="May'18 – 12 months", et="internship"),
            E("Accounts Assistant", "Periyar Rubber Products Ltd.", "Aluva", "2017-01", "2018-04", "none", None,
              ["Ledger posting, bank reconciliation and vendor payment vouchers",
               "Assisting in monthly TDS and GST working for the company"],
              d="Jan'17 to Apr'18 (part-time, during B.Com)"),
        ]),
        ("Educational Qualification", "B.Com — Mahatma Gandhi University, 2018 (62%)\nHSE — Govt. HSS Aluva, 2015"),
        ("Personal Details", "Date of Birth: 14-02-1997 · Languages Known: English, Malayalam, Hindi, Tamil"),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
    ]))

# ---------------------------------------------------------------- w011
RES.append(dict(
    id="w011", renderer="docx", layout="header", hdr="title_org", dstyle="month", bul="•",
    family="Galway hospitality CV, name and contact in the Word page header, overlapping part-time jobs "
           "(retail and weekend barista at once), 'Summer 2021', 'Nov–Dec 2020' Christmas warehouse",
    code="docx, header/title_org, month / 'Present'",
    name="Aoife Kinsella-Moran",
    contact=["Salthill, Galway", "087 555 4412", "aoife.km@mailbox.ie"],
    sections=[
        ("Profile", "Warm, quick and unflappable. Five years of hospitality and retail while studying in Galway."),
        ("Experience", [
            E("Guest Services Agent", "Corrib Quay Hotel", "Galway", "2024-05", "present", "facing", "in_person_service",
              ["Check guests in and out on Opera, handle room moves and complaints",
               "Book taxis, tours and restaurant tables for guests"]),
            E("Retail Assistant", "Claddagh Books & Gifts", "Galway", "2021-09", "2024-04", "facing",
              "in_person_service", ["Served tourists and locals, ran the till and posted online orders"],
              show_title="Retail Assistant (part-time)"),
            E("Barista", "The Salthill Bean", "Salthill", "2022-10", "2023-08", "facing", "in_person_service",
              [], show_title="Barista (weekends, alongside the bookshop)"),
            E("Tour Guide", "Connemara Coach Tours", "Clifden", "2021-06", "2021-08", "facing", "other_facing",
              ["Guided day trips of 40 passengers, commentary in English and Irish"],
              d="Summer 2021", show_title="Tour Guide (seasonal)"),
            E("Warehouse Operative", "ParcelPoint Depot", "Oranmore", "2020-11", "2020-12", "affecting", None,
              ["Scanned and sorted parcels for delivery routes over the Christmas peak"], d="Nov–Dec 2020"),
        ]),
        ("Education", "BA Arts (English & Irish), University of Galway Bay, 2020 – 2024"),
        ("Languages", "English (native), Irish (fluent), French (B1)"),
    ]))

# ---------------------------------------------------------------- w012
RES.append(dict(
    id="w012", renderer="txt", hdr="linkedin", bul="", txt_head="caps",
    family="Pittsburgh hardware-store manager, LinkedIn profile pasted as text: title, employer, "
           "'Mar 2023 - Present · 3 yrs 9 mos' and town on separate lines, three roles at one employer, no bullets markers",
    code="txt, linkedin/dateline, mon + durations / 'Present'",
    name="Bradley Vukovich",
    contact=["Greater Pittsburgh Area", "bvukovich@mailbox.com", "412-555-0138"],
    sections=[
        ("About", "Retail leader who still likes working the floor. Promoted twice at Three Rivers Hardware."),
        ("Experience", [
            E("Assistant Store Manager", "Three Rivers Hardware", "Bloomfield, PA", "2023-03", "present", "facing",
              "in_person_service", ["Scheduling for 28 associates, ordering and P&L reviews with the store manager",
                                    "Handle escalated customer issues and special orders at the returns desk"],
              d="Mar 2023 - Present · 3 yrs 9 mos"),
            E("Key Holder", "Three Rivers Hardware", "Bloomfield, PA", "2021-08", "2023-02", "facing",
              "in_person_service", ["Opened and closed the store, counted drawers",
                                    "Covered paint desk and key cutting"],
              d="Aug 2021 - Feb 2023 · 1 yr 7 mos"),
            E("Sales Associate", "Three Rivers Hardware", "Bloomfield, PA", "2020-01", "2021-07", "facing",
              "in_person_service", ["Helped customers find parts and mixed paint"],
              d="Jan 2020 - Jul 2021 · 1 yr 7 mos"),
            E("Cart Attendant", "Allegheny Valley Grocery", "Sharpsburg, PA", "2018-06", "2019-12", "facing",
              "in_person_service", ["Brought carts in from the lot in all weathers",
                                    "Helped shoppers load heavy items into their cars"],
              d="Jun 2018 - Dec 2019 · 1 yr 7 mos", show_title="Cart Attendant"),
            E("Warehouse Laborer", "Steel City Movers", "Pittsburgh, PA", "2017-06", "2017-08", "affecting", None,
              ["Loaded and unloaded trucks at the storage warehouse", "Built crates for long-distance moves"],
              d="Jun 2017 - Aug 2017 · 3 mos"),
        ]),
        ("Education", "Community College of Allegheny County — Business Management, 2018 – 2020"),
        ("Skills", "Inventory control · Team leadership · Paint matching · Forklift certified"),
    ]))

# ---------------------------------------------------------------- w013
RES.append(dict(
    id="w013", renderer="reportlab", layout="sidebar", hdr="dateline", bul="-", side_rgb=(0.87, 0.93, 0.9),
    family="Hobart council customer service officer, reportlab with a pale left sidebar, title / employer / dates "
           "each on its own line, southern-hemisphere 'Summer 2021/22' (Dec–Feb), year-only uni job, Christmas casual",
    code="reportlab, sidebar/dateline, month + seasons / 'Current'",
    name="Hamish O'Loughlin",
    contact=["Hobart TAS 7000"],
    side=[("Contact", ["Hobart TAS 7000", "0438 555 671", "hamish.ol@mailbox.com.au"]),
          ("Skills", ["Counter and phone enquiries", "Rates and permits", "Cash handling", "TechnologyOne"]),
          ("Licences", ["Working with Vulnerable People", "RSA", "Driver licence (C)"])],
    sections=[
        ("About me", "Customer service officer at local government with a tourism and library background."),
        ("Work experience", [
            E("Customer Service Officer", "Derwent City Council", "Hobart", "2022-06", "present", "facing",
              "in_person_service", ["Front counter and phone enquiries on rates, bins, parking and pet registration",
                                    "Take payments and lodge service requests"], d="June 2022 – Current"),
            E("Tour Guide (casual)", "Battery Point Walking Tours", "Hobart", "2021-12", "2022-02", "facing",
              "other_facing", ["Led two-hour history walks for cruise-ship groups"], d="Summer 2021/22"),
            E("Library Assistant", "Sandy Bay University Library", "Hobart", "2019-01", "2021-12", "facing",
              "in_person_service", ["Shelving and processing interlibrary loans",
                                    "Staffed the loans desk on weekends"],
              d="2019 – 2021 (part-time while studying)", prec="year"),
            E("Casual Sales Assistant", "Cat & Fiddle Toys", "Hobart", "2018-12", "2019-01", "facing",
              "in_person_service", ["Christmas casual on the register and gift wrapping"], d="Dec 2018 – Jan 2019"),
            E("Kitchen Hand", "Salamanca Pier Fish Bar", "Hobart", "2017-01", "2018-12", "affecting", None,
              ["Dishes, prep and cleaning down"], d="2017 – 2018", prec="year"),
        ]),
        ("Education", "Bachelor of Arts (History), University of Tasmania Sandy Bay, 2019 – 2021"),
        ("Referees", "Provided on request"),
    ]))

# ---------------------------------------------------------------- w014
RES.append(dict(
    id="w014", renderer="docx", layout="styles", hdr="org_title", dstyle="mm/yyyy", present="to date", bul="style",
    family="Reading care assistant CV in Word, heading styles and List Bullet, employer line first with tab-stop "
           "dates, a zero-hours bank job overlapping the main job, agency assignment named by site",
    code="docx, styles/org_title, mm/yyyy / 'to date'",
    name="Olumide Adeyemi-Clarke",
    contact=["Reading RG1", "07700 900385", "olu.adeyemi@mailbox.co.uk"],
    sections=[
        ("Personal profile", "Compassionate care assistant with four years in residential care and bank shifts on "
                             "hospital wards. Care Certificate and NVQ Level 3."),
        ("Employment", [
            E("Bank Healthcare Assistant", "Kennet Valley Hospitals NHS Trust", "Reading", "2024-04", "present",
              "facing", "healthcare_care", ["Personal care, observations and meal support on medical wards",
                                            "Pick up 2–3 shifts a month around my main job"],
              show_title="Bank Healthcare Assistant (zero hours)"),
            E("Care Assistant", "Willow Lodge Care Home", "Reading", "2021-10", "present", "facing", "healthcare_care",
              ["Support 12 residents with washing, dressing, mobility and meals",
               "Record care notes and fluid charts; handover to nurses"]),
            E("Customer Assistant", "Berkshire Co-operative Food", "Tilehurst", "2019-03", "2021-09", "facing",
              "in_person_service", ["Tills, deliveries and the post office counter"]),
            E("Warehouse Picker", "Brookmead Distribution Centre", "Theale", "2018-06", "2019-02", "affecting", None,
              ["Picked and packed online grocery orders to rate"],
              show_org="Brookmead Distribution Centre (via StaffRight Recruitment)"),
            E("Production Operative", "Loddon Bakeries", "Reading", "2017-01", "2018-05", "none", None,
              ["Worked on the bread plant: loading tins, checking weights and clearing jams on the slicer",
               "Night and weekend shifts"]),
        ]),
        ("Education & training", "NVQ Level 3 Health and Social Care (2023) · Care Certificate (2021) · "
                                 "Moving and Handling, Basic Life Support (2025)"),
        ("References", "Available on request"),
    ]))

# ---------------------------------------------------------------- w015
RES.append(dict(
    id="w015", renderer="html", hdr="pipe", bul="-",
    family="Montana seasonal worker's résumé as an HTML page, 'Title | Employer | Town' with dates, "
           "ski-season months, 'Winter 2022/23' and 'Summer 2024', year-only ranch job, 'Now'",
    code="html, plain/pipe, mon + seasons / 'Now'",
    name="Cody Ravensworth",
    contact=["Bozeman, MT 59715", "406-555-0189", "cody.rw@mailbox.net"],
    sections=[
        ("Jobs", [
            E("Barista", "Main Street Roasters", "Bozeman, MT", "2024-09", "present", "facing", "in_person_service",
              ["Espresso bar and register on the morning rush", "Train new baristas"], d="Sept 2024 – Now"),
            E("Rafting Guide", "Gallatin Whitewater Co.", "Big Sky, MT", "2024-06", "2024-08", "facing", "other_facing",
              ["Guided half-day trips for families and groups, safety talks on the bank"], d="Summer 2024"),
            E("Lift Operator", "Bridger Peaks Ski Area", "Bozeman, MT", "2023-12", "2024-04", "facing", "other_facing",
              ["Loaded guests onto the chair, slowed the lift for kids and ski school"], d="Dec 2023 – Apr 2024"),
            E("Ski Rental Technician", "Bridger Peaks Ski Area", "Bozeman, MT", "2022-12", "2023-02", "facing",
              "in_person_service", ["Fitted boots and adjusted bindings for renters at the counter"],
              d="Winter 2022/23"),
            E("Ranch Hand", "Lazy K Cattle Co.", "Livingston, MT", "2020-01", "2022-12", "none", None,
              ["Fencing, calving and hay; ran the baler"], d="2020 – 2022", prec="year"),
        ]),
        ("Certs", ["Swiftwater Rescue Technician", "Wilderness First Responder (2024)"]),
    ]))
