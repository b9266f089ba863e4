from lib import E

R = []

# y011 — chef, TXT "Company (City) | Title | 2019–2021"
R.append(dict(
    file="y011.txt", family="txt_company_city_pipe_title_dates", style="txt",
    header=["Marco Bellandi", "Chef de Partie / Sous Chef", "Boston MA - 617-555-0191 - marco.bellandi@example.com"],
    opts=dict(heading="dash", tpl=["{orgparen} | {title} | {d}"], bullet="* ", width=80),
    sections=[
        ("Kitchen Experience", "entries", [
            E("Private Chef", "Self-employed", "Boston", "2023–Now", "2023", "present", "year", "facing", "entrepreneurial_freelance",
              ["Meet clients in their homes to plan weekly menus around allergies and preferences",
               "Cook and serve dinner parties for up to 20 guests"], etype="freelance",
              ),
            E("Sous Chef", "Trattoria Sette Colli", "Boston", "2019–2023", "2019", "2023", "year", "affecting", None,
              ["Ran the line on a 180-cover service in the chef's absence",
               "Wrote prep lists, ordered produce and costed the seasonal menu",
               "Trained commis chefs on pasta and butchery"]),
            E("Line Cook", "Harborview Oyster House", "Cambridge", "2016–2019", "2016", "2019", "year", "affecting", None,
              ["Grill and sauté stations", "Kept HACCP temperature logs"]),
            E("Catering Assistant", "Beacon Hill Events Catering", "Boston", "2015", "2015", "2015", "year",
              "facing", "in_person_service",
              ["Served canapés and drinks to guests at weddings and corporate functions"], etype="unknown"),
        ]),
        ("Education", "lines", ["Culinary Arts Diploma - North Shore Culinary Institute - 2014-2016"]),
        ("Certifications", "list", ["ServSafe Manager (2022)", "Allergen Awareness (2024)"]),
    ]))

# y012 — US federal résumé DOCX (long)
R.append(dict(
    file="y012.docx", family="docx_federal_long", style="docx_federal",
    name="Gregory T. Hollings", contact=["1420 Maple Terrace, Silver Spring, MD 20910", "Phone: (301) 555-0104",
                                         "Email: g.hollings@example.com", "Citizenship: U.S. Citizen",
                                         "Veterans' Preference: 5-point", "Highest Grade Held: GS-0962-09"],
    sections=[
        ("Objective", "text", "Seeking a Contact Representative (GS-0962-10) position. Announcement No. XX-0000-00."),
        ("Work Experience", "entries", [
            E("Contact Representative", "Federal Benefits Assistance Office (fictional), Department of Public Services",
              "Baltimore, MD", "03/2019 – Present",
              "2019-03", "present", "month", "facing", "contact_center",
              ["Respond to inquiries from beneficiaries and the public by telephone and in writing regarding eligibility, "
               "payments and overpayments, applying program regulations to resolve each case.",
               "Interview callers to obtain information needed to process changes of address, direct deposit and "
               "representative payee requests; explain decisions in plain language.",
               "Accomplishment: handled an average of 55 calls per day while maintaining 98% quality review scores; "
               "selected as peer mentor for 9 new hires in FY2023."],
              _addr="200 Harbor Plaza, Baltimore, MD 21202",
              _meta=["Hours per week: 40", "Series/Grade: GS-0962-09", "Salary: $62,000 per year",
                     "Supervisor: Dana Whitcomb, (410) 555-0188; may contact: Yes"]),
            E("Program Support Assistant", "Regional Records Administration (fictional)", "Suitland, MD",
              "10/2016 – 02/2019", "2016-10", "2019-02", "month", "affecting", None,
              ["Prepared and quality-checked case files and correspondence before release to requesters.",
               "Maintained tracking database for 1,200+ records requests; produced weekly status reports for management.",
               "Drafted standard response letters mailed to members of the public."],
              _addr="4205 Archive Road, Suitland, MD 20746",
              _meta=["Hours per week: 40", "Series/Grade: GS-0303-06", "Supervisor: Mark Ellery, (301) 555-0147; may contact: Yes"]),
            E("Supply Specialist (92Y), Sergeant", "2nd Sustainment Battalion, 14th Support Brigade", "Fort Calder, KY",
              "08/2010 – 09/2016", "2010-08", "2016-09", "month", "none", None,
              ["Managed property book accountability for equipment valued at $4.2 million with zero losses.",
               "Requested, received, stored and issued supplies; supervised 4 soldiers."],
              etype="military",
              _meta=["Hours per week: 50", "Rank: E-5"]),
        ]),
        ("Education", "lines", ["Bachelor of Science, Business Administration – Chesapeake Online University, 2018",
                                "Relevant coursework: Public Administration, Customer Relations, Business Writing"]),
        ("Training", "list", ["Federal Customer Service Excellence, 40 hours, 2020",
                              "Privacy Act and PII Handling, annual, 2019 – 2026"]),
        ("Awards", "list", ["Certificate of Appreciation, 2022", "Army Commendation Medal, 2014"]),
        ("Additional Information", "text", "Security clearance: Public Trust (active). Available for telework. "
         "Computer skills: Microsoft Office, case management systems, VoIP telephony."),
        ("References", "text", "Available upon request."),
    ]))

# y013 — gig worker, PDF right sidebar (wide)
R.append(dict(
    file="y013.pdf", family="pdf_sidebar_right_wide", style="pdf_sidebar",
    name="Kwame Asante-Bryce", headline="Independent driver & handyperson",
    contact=["Atlanta, GA", "(404) 555-0135", "kwame.ab@example.com"],
    opts=dict(side_w=215, side_right=True, side_bg="#E9ECEF", side_dark=False,
              side_sections=("Skills", "Education", "Ratings")),
    sections=[
        ("Gig Work", "entries", [
            E("Rideshare Driver", "Zoomride (platform)", "Atlanta, GA", "’21 – Present", "2021", "present", "year",
              "facing", "in_person_service",
              ["4.97 rating across 6,500+ trips", "Help riders with luggage and accessibility needs"], etype="freelance"),
            E("Furniture Assembly Tasker", "TaskNest", "Atlanta, GA", "’20 – ’23", "2020", "2023", "year",
              "facing", "in_person_service",
              ["Assembled furniture and mounted TVs in customers' homes",
               "Quoted jobs and agreed timings with clients through the app"], etype="freelance"),
            E("Data Labeling Contractor", "Annotix Remote", None, "’19 – ’20", "2019", "2020", "year", "none", None,
              ["Labeled images for computer-vision training sets from home"], etype="freelance"),
        ]),
        ("Earlier Work", "entries", [
            E("Delivery Driver", "Peach State Parcel", "Marietta, GA", "’16 – ’19", "2016", "2019", "year",
              "affecting", None,
              ["Drove a 120-stop route; loaded van and scanned parcels for on-time delivery"]),
        ]),
        ("Skills", "list", ["Clean driving record", "Power tools", "Customer ratings 4.9+", "Spanish (basic)"]),
        ("Education", "lines", ["Southside High School, 2015"]),
    ]))

# y014 — LinkedIn copy-paste TXT (customer success)
R.append(dict(
    file="y014.txt", family="txt_linkedin_copy_paste", style="txt",
    header=["Hannah Lindqvist", "Customer Success Manager | SaaS | Onboarding & Renewals", "Denver, Colorado, United States",
            "Contact: hannah.lindqvist@example.com"],
    opts=dict(heading="plain", tpl=["{title}", "{org}{extra}", "{d}", "{loc}"], prose=True, width=0,
              blank_after_heading=False),
    sections=[
        ("About", "text", "I help B2B customers get value from software fast. 7 yrs in SaaS across sales and CS."),
        ("Experience", "entries", [
            E("Customer Success Manager", "Peakform Analytics", "Denver, Colorado, United States",
              "Feb 2022 - Present · 4 yrs 10 mos", "2022-02", "present", "month", "facing", "sales_account",
              ["Own a book of 60 mid-market accounts ($3.1M ARR). Run onboarding, quarterly business reviews and renewals; "
               "gross retention 96%."], _extra=" · Full-time"),
            E("Account Executive", "Peakform Analytics", "Denver, Colorado, United States",
              "Mar 2020 - Jan 2022 · 1 yr 11 mos", "2020-03", "2022-01", "month", "facing", "sales_account",
              ["Closed new business with SMB customers; ran demos and negotiated contracts."], _extra=" · Full-time"),
            E("Sales Development Representative", "Cloudhatch", "Boulder, Colorado, United States",
              "Jul 2018 - Feb 2020 · 1 yr 8 mos", "2018-07", "2020-02", "month", "facing", "sales_account",
              ["Cold-called and emailed prospects to book discovery meetings."], _extra=" · Full-time"),
            E("Operations Intern", "Cloudhatch", "Boulder, Colorado, United States",
              "Jun 2017 - Aug 2017 · 3 mos", "2017-06", "2017-08", "month", "none", None,
              ["Cleaned CRM data and built internal spreadsheets for finance."], _extra=" · Internship", etype="internship"),
        ]),
        ("Education", "lines", ["Front Range State University", "Bachelor of Arts - BA, Communication", "2014 - 2018", ""]),
        ("Licenses & certifications", "lines", ["Certified Customer Success Manager (CCSM) Level 2",
                                                 "Success Guild (fictional)", "Issued Sep 2023", ""]),
        ("Skills", "lines", ["Customer Retention · Account Management · Salesforce · Gainsight"]),
    ]))

# y015 — Filipino CV, DOCX tab stops, Objective, Personal Data, character references
R.append(dict(
    file="y015.docx", family="docx_tabstops_filipino_cv", style="docx_tabstops",
    name="Maricel D. Santos", contact=["Blk 5 Lot 12, Sampaguita St., Brgy. San Isidro, Cebu City",
                                       "Mobile: 0917 555 0102 | Email: maricel.santos@example.com"],
    sections=[
        ("Objective", "text", "To obtain a position as Customer Service Representative where I can apply my "
         "communication skills and experience in the BPO industry."),
        ("Work Experience", "entries", [
            E("Technical Support Representative", "Visayas Global Contact Solutions Inc.", "Cebu IT Park",
              "March 2022 – Present", "2022-03", "present", "month", "facing", "contact_center",
              ["Handles inbound calls and chats from US customers for internet service troubleshooting",
               "Walks customers through modem resets and escalates network issues",
               "Consistently meets AHT and CSAT metrics"]),
            E("Cashier", "Pueblo Supermart", "Mandaue City", "June 2019 – February 2022",
              "2019-06", "2022-02", "month", "facing", "in_person_service",
              ["Processed customer payments and issued receipts", "Assisted customers with loyalty card enrolment"]),
            E("Production Operator", "Mactan Electronics Assembly Corp.", "Lapu-Lapu City", "April 2017 – May 2019",
              "2017-04", "2019-05", "month", "none", None,
              ["Assembled and visually inspected circuit boards on the production line"]),
        ]),
        ("Educational Background", "lines", ["Tertiary: Bachelor of Science in Information Technology (undergraduate), "
                                               "Cebu Central Colleges, 2014 – 2016",
                                               "Secondary: San Isidro National High School, 2010 – 2014"]),
        ("Personal Data", "kv", [("Date of Birth:", "July 21, 1996"), ("Civil Status:", "Single"),
                                 ("Citizenship:", "Filipino"), ("Religion:", "Roman Catholic"), ("Height:", "5'3\"")]),
        ("Character References", "lines", ["Engr. Roberto Lim – Operations Manager, Visayas Global Contact Solutions Inc. – 0918 555 0144",
                                            "Ms. Ana Villareal – Store Supervisor, Pueblo Supermart – 0922 555 0161"]),
    ],
    footer=["I hereby certify that the above information is true and correct to the best of my knowledge.",
            "", "MARICEL D. SANTOS", "Applicant"]))

# y016 — Nigerian CV, fpdf2 with labels Employer/Position/Period
R.append(dict(
    file="y016.pdf", family="fpdf_nigerian_labelled_cv", style="fpdf_classic",
    name="Chukwuemeka Obi-Nwosu", contact=["12 Adeola Crescent, Surulere, Lagos", "+234 803 555 0112 • emeka.obinwosu@example.com"],
    opts=dict(labels=True),
    sections=[
        ("Personal Data", "kv", [("Date of Birth:", "4th April 1993"), ("State of Origin:", "Anambra"),
                                 ("Nationality:", "Nigerian"), ("Marital Status:", "Single")]),
        ("Career Objective", "text", "To build a career in retail banking where my customer service and sales skills are valued."),
        ("Working Experience", "entries", [
            E("Customer Service Officer", "Premier Crest Bank Plc", "Ikeja, Lagos", "January 2020 – Date",
              "2020-01", "present", "month", "facing", "in_person_service",
              ["Attend to customers' enquiries and complaints at the banking hall",
               "Account opening, ATM card issuance and token activation",
               "Reconcile teller cash at end of day"]),
            E("Marketing Executive", "Delta Homes & Properties Ltd", "Lekki, Lagos", "March 2018 – December 2019",
              "2018-03", "2019-12", "month", "facing", "sales_account",
              ["Marketed plots and apartments to prospective buyers and conducted site inspections with clients"]),
            E("Youth Corps Member (Teacher)", "Community Secondary School, Ogidi", "Anambra State", "2016 – 2017",
              "2016", "2017", "year", "facing", "education",
              ["Taught Economics to SS2 and SS3 students", "Organised a community sanitation project"], etype="unknown"),
        ]),
        ("Educational Qualifications", "lines", ["B.Sc. Economics (Second Class Upper) – Eastern Federal University (fictional), 2011 – 2015",
                                                 "WASSCE – Unity Grammar School, 2010"]),
        ("Skills", "list", ["Customer relationship management", "MS Office", "Finacle"]),
        ("Hobbies", "text", "Reading, football, travelling."),
        ("Referees", "lines", ["Mr. Tunde Adebayo, Branch Manager, Premier Crest Bank Plc, 0802 555 0190",
                               "Dr. (Mrs.) Ngozi Eze, Lecturer, Eastern Federal University, 0805 555 0133"]),
    ]))

# y017 — freelancer MD with client list
R.append(dict(
    file="y017.md", family="md_freelancer_client_list", style="txt",
    header=["**Ines Duarte-Pratt**  ", "Freelance web designer & translator (PT/EN) — Lisbon / remote  ",
            "ines.dp@example.com · +351 912 555 011", "", "---", ""],
    opts=dict(heading="md_bold", tpl=["**{title}**, {org} — {loc}  ", "_{d}_", ""], bullet="* ", width=0),
    sections=[
        ("Experience", "entries", [
            E("Freelance Web Designer", "Ines Duarte Studio", "Lisbon", "2019 – present",
              "2019", "present", "year", "facing", "entrepreneurial_freelance",
              ["Run discovery calls and workshops with small-business clients to define their sites",
               "Design and build WordPress and Webflow sites; 40+ launched",
               "Present mock-ups and handle revision rounds directly with clients"], etype="freelance"),
            E("Freelance Translator (EN>PT)", "Self-employed", "remote", "2016 – 2021",
              "2016", "2021", "year", "affecting", None,
              ["Translated product manuals and app interfaces for agencies, delivered via their project portals"],
              etype="freelance"),
            E("Junior UI Designer", "Maré Digital Lda.", "Porto", "Oct 2017 – Jan 2019",
              "2017-10", "2019-01", "month", "affecting", None,
              ["Designed screens for a banking app based on research from the UX team"]),
        ]),
        ("Selected clients", "list", ["Padaria Sol Nascente (2024)", "Surf Camp Ericeira (2023)",
                                      "Atelier Cerâmica Lume (2021–2022)", "Dr. Vasco Mota Dental Clinic (2020)"]),
        ("Education", "lines", ["BA Design, Lisbon School of Arts (fictional), 2013–2016"]),
        ("Languages", "lines", ["Portuguese (native), English (C2), Spanish (B1)"]),
    ]))

# y018 — school leaver TXT, part-time jobs, DofE
R.append(dict(
    file="y018.txt", family="txt_school_leaver", style="txt",
    header=["Curriculum Vitae", "", "Name: Oliver Pennington-Shaw", "Address: 7 Linnet Close, Swindon SN2 0AB",
            "Mobile: 07700 555 0137", "Email: oliver.ps@example.com"],
    opts=dict(heading="colon", tpl=["{d}    {title}, {orgloc}"], bullet="o ", bindent="    ", width=74),
    sections=[
        ("Personal Statement", "text", "I am a hard-working sixth-form student looking for a weekend or summer job. "
         "I am punctual, polite and used to working in a team."),
        ("Education", "lines", ["2019 - 2024  Ridgeway Community School - GCSEs: 8 grades 9-5 incl. Maths and English",
                                "2024 - now   Ridgeway Sixth Form - A-levels in Geography, Biology, PE"]),
        ("Part-time Work", "entries", [
            E("Checkout Assistant", "Brightway Supermarket", "Swindon", "Oct 2024 - present",
              "2024-10", "present", "month", "facing", "in_person_service",
              ["Scanning shopping and taking payments", "Helping customers find products and packing bags"]),
            E("Kitchen Porter", "The Old Wharf Pub", "Swindon", "Summer 2024",
              "2024-06", "2024-06", "season", "affecting", None,
              ["Washing up, taking out the bins and cleaning the kitchen"]),
            E("Paper Round", "Kempton's Newsagents", None, "2022 - 2023",
              "2022", "2023", "year", "affecting", None,
              ["Delivering newspapers to 60 houses before school, six days a week"]),
        ]),
        ("Volunteering", "entries", [
            E("Charity Shop Volunteer", "Wiltshire Hospice Shop", "Swindon", "Jan 2023 - Jun 2023",
              "2023-01", "2023-06", "month", "facing", "volunteering",
              ["Served customers on the till and sorted donations (Bronze DofE volunteering section)"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Achievements", "list", ["Duke of Edinburgh's Award - Bronze (2023), currently doing Silver",
                                  "School football team captain 2023"]),
        ("Hobbies", "text", "Football, gaming, hiking with DofE."),
        ("References", "text", "Available on request."),
    ]))

# y019 — banker, company line first with several titles
R.append(dict(
    file="y019.pdf", family="pdf_company_first_multi_title", style="pdf_company_first",
    name="Rebecca Oyelaran", contact=["Charlotte, NC", "704-555-0173", "rebecca.oyelaran@example.com"],
    sections=[
        ("Professional Summary", "text", "Retail banking leader who grew from teller to branch manager at one bank."),
        ("Professional Experience", "entries", [
            E("Branch Manager", "Carolina Piedmont Bank", "Charlotte, NC", "Jan 2022 – Present",
              "2022-01", "present", "month", "facing", "sales_account",
              ["Lead a branch of 9 with $140M in deposits", "Meet business clients to review lending and treasury needs",
               "Coach bankers on customer conversations"], _gd="Charlotte, NC  |  2014 – Present"),
            E("Personal Banker", "Carolina Piedmont Bank", "Charlotte, NC", "Jun 2017 – Dec 2021",
              "2017-06", "2021-12", "month", "facing", "sales_account",
              ["Opened accounts and loans for walk-in customers", "Top-5 in region for referrals in 2019"],
              _gd="Charlotte, NC  |  2014 – Present"),
            E("Teller", "Carolina Piedmont Bank", "Charlotte, NC", "Apr 2014 – May 2017",
              "2014-04", "2017-05", "month", "facing", "in_person_service",
              ["Processed deposits, withdrawals and cashier's checks for customers"],
              _gd="Charlotte, NC  |  2014 – Present"),
            E("Operations Analyst", "Queen City Credit Services", "Charlotte, NC", "Aug 2012 – Mar 2014",
              "2012-08", "2014-03", "month", "none", None,
              ["Reconciled ACH files and general-ledger suspense accounts"],
              _gd="Charlotte, NC"),
        ]),
        ("Education", "lines", ["B.S. Finance, Catawba Valley University, 2008 – 2012"]),
        ("Licenses", "list", ["NMLS registered (2018)", "Series 6 and 63 (2019)"]),
    ]))

# y020 — hotel, DOCX whole-page two-column table sidebar
R.append(dict(
    file="y020.docx", family="docx_table_sidebar_canva", style="docx_sidebar",
    name="Aiyana Roanhorse", headline="Front Office & Guest Services",
    contact=["Santa Fe, NM", "(505) 555-0149", "aiyana.r@example.com"],
    opts=dict(side_sections=("Skills", "Languages", "Education")),
    sections=[
        ("Skills", "list", ["Opera PMS", "Upselling", "Cash handling", "Conflict resolution"]),
        ("Languages", "list", ["English", "Navajo (conversational)", "Spanish (basic)"]),
        ("Education", "lines", ["A.A.S. Hospitality Management", "Mesa Alta Community College", "2016 – 2018"]),
        ("Work History", "entries", [
            E("Night Auditor", "Casa Turquesa Inn & Suites", "Santa Fe, NM", "1/2023 – current",
              "2023-01", "present", "month", "facing", "in_person_service",
              ["Balance daily revenue and run the night audit",
               "Check in late-arriving guests and handle guest requests overnight"]),
            E("Front Desk Agent", "Casa Turquesa Inn & Suites", "Santa Fe, NM", "6/2019 – 12/2022",
              "2019-06", "2022-12", "month", "facing", "in_person_service",
              ["Welcomed guests, managed reservations and resolved billing questions"]),
            E("Housekeeping Attendant", "Sangre Vista Lodge", "Taos, NM", "5/2018 – 5/2019",
              "2018-05", "2019-05", "month", "affecting", None,
              ["Cleaned and restocked 16 guest rooms per shift to brand standard",
               "Reported maintenance issues found in rooms"]),
        ]),
    ]))
