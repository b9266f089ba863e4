"""Résumés w001–w015 (Australia, New Zealand, Ireland).  One dict per file."""
from lib import E

R = []

# ----------------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf", r="rl", layout_name="plain",
    family="Australian aged-care personal care assistant with a casual disability-support job at the same time, "
           "Word-to-PDF single column, Key responsibilities / Achievements, referees naming employers",
    name="Bronwyn Tasker",
    contact=["14 Humffray Lane, Ballarat East VIC 3350", "0491 570 156  |  bron.tasker@example.com"],
    dstyle="mon", present="Current", sep=" – ", hdr="centre", hstyle="rule", bullet="•",
    subheads=("Key responsibilities:", "Achievements:"),
    blocks=[
        ("para", "Career Objective",
         "Experienced and caring PCA looking for a permanent part-time position in residential aged care or "
         "community support. I enjoy getting to know residents and their families and I take pride in doing "
         "the small things properly."),
        ("jobs", "Employment History", [
            E("Personal Care Assistant", "Wattle Grove Aged Care", "Ballarat VIC", "2021-03", "present",
              "facing", "healthcare_care",
              bullets=["Assist residents with showering, dressing, continence care and meals, following each "
                       "person's care plan",
                       "Safe transfers with hoists, stand-up lifters and slide sheets; report falls and skin tears "
                       "to the RN on shift",
                       "Chart ADLs, fluid balance and behaviours in the electronic care system before handover"],
              ach=["Nominated by residents' families for the 'Heart of Wattle Grove' award (2023)",
                   "Buddy for new casual staff during their first three shifts"]),
            E("Disability Support Worker", "Horizon Ability Services", "Ballarat VIC", "2022-08", "2024-06",
              "facing", "healthcare_care", note="Casual",
              bullets=["Supported two NDIS participants with community access – shopping, swimming, GP visits",
                       "Prompted medication from Webster-paks and wrote shift notes in the client app"]),
            E("Kitchen Hand", "Wattle Grove Aged Care", "Ballarat VIC", "2019-11", "2021-02", "affecting",
              bullets=["Plated texture-modified meals (minced, pureed) to the dietitian's diet list",
                       "Dishwashing, cool-room rotation and fridge temperature logs"]),
            E("Retail Assistant", "Lakeside Discount Chemist", "Wendouree VIC", "2017-02", "2019-10",
              "facing", "in_person_service", note="Part-time",
              bullets=["Served customers at the front counter and checkout, including cosmetics and vitamins",
                       "Unpacked the weekly order and kept the baby-care aisle faced up"]),
            E("Process Worker", "Sebastopol Poultry Processing", "Sebastopol VIC", "2015-03", "2017-01", "none",
              bullets=["Deboning and packing line, rotating stations every two hours",
                       "Cleaned down equipment at the end of each shift"]),
        ]),
        ("lines", "Qualifications & Training", [
            "Certificate III in Individual Support (Ageing & Disability) – Goldfields Community College\t2019",
            "Provide First Aid HLTAID011 – St Kilda Training Group\tMay 2025",
            "NDIS Worker Screening Check – cleared\t2022",
            "Manual handling refresher – Wattle Grove Aged Care\tFeb 2026",
        ]),
        ("list", "Skills", [
            "Dementia care and redirection techniques", "Palliative comfort care", "Hoist and sling competency",
            "Current Victorian driver's licence and own car"]),
        ("referees", "Referees", [
            ["Karen Doulis", "Facility Manager, Wattle Grove Aged Care", "Ph: 0491 570 006"],
            ["Tim Sorrell", "Team Leader, Horizon Ability Services", "Ph: 0491 570 110"],
        ]),
    ]))

# ----------------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx", r="docx", layout_name="table", layout="table", order="labelled", label_shade="EDEDED",
    family="Australian plumber moving to a trade-counter sales job, Word with a Position / Company / Duration "
           "table per job, Key responsibilities and Achievements beneath",
    name="Lachlan Pryce",
    contact=["Belmont VIC 3216", "Mobile 0491 570 157", "lachie.pryce@example.net"],
    dstyle="month", present="Present", sep=" – ", hstyle="border", dfont="Arial", dsize=10,
    subheads=("Key responsibilities:", "Achievements:"),
    blocks=[
        ("para", "Career Summary",
         "Licensed plumber and gasfitter with 10+ years on the tools, now working the trade counter. I know the "
         "product because I have installed most of it, and I like solving problems for tradies and home owners."),
        ("jobs", "Employment History", [
            E("Trade Counter Sales Representative", "Bellarine Plumbing Supplies Pty Ltd", "Geelong VIC",
              "2023-05", "present", "facing", "in_person_service",
              bullets=["Serve plumbers, builders and walk-in home owners at the trade counter – quotes, "
                       "product advice and special orders",
                       "Take phone and email orders, chase back-orders with suppliers",
                       "Open new trade accounts and process returns and credits"],
              ach=["Hot-water-system counter sales up 18% in FY2024/25",
                   "Set up a same-day click-and-collect shelf for regular customers"]),
            E("Maintenance Plumber", "Coastline Plumbing & Gas", "Geelong VIC", "2016-07", "2023-04",
              "facing", "other_facing",
              bullets=["Attended blocked drains, burst pipes and hot-water failures at customers' homes and "
                       "rental properties",
                       "Explained faults and wrote quotes on site for home owners and property managers",
                       "Gas appliance servicing and compliance certificates"]),
            E("Apprentice Plumber", "Westgate Hydraulics", "Werribee VIC", "2012-02", "2016-06", "none",
              etype="internship",
              bullets=["Rough-in and fit-off on new apartment and commercial builds",
                       "Block release at trade school for the Certificate III in Plumbing"]),
            E("Labourer", "Rapid Civil Labour Hire", None, "2011-01", "2012-01", "none", note="Casual"),
        ]),
        ("lines", "Licences & Tickets", [
            "Licensed Plumber (Water Supply, Sanitary, Drainage, Gasfitting)\t2017",
            "Certificate III in Plumbing – South Barwon Institute of TAFE\t2016",
            "Construction Induction (White Card)\t2011",
            "Forklift Licence (LF)\t2023",
        ]),
        ("referees", "Referees", [
            ["Graham Attard", "Owner, Coastline Plumbing & Gas", "0491 570 313"],
            ["Sue Nikolic", "Branch Manager, Bellarine Plumbing Supplies Pty Ltd", "0491 570 737"],
        ]),
    ]))

# ----------------------------------------------------------------------- w003
R.append(dict(
    file="w003.txt", r="txt", layout_name="plain", order="title_org_dl",
    family="Irish backpacker on a second-year working holiday visa in Queensland, CV pasted as plain text: "
           "hostel reception, bar work, fruit picking, work-for-accommodation",
    name="Cian Mulcahy",
    contact=["Currently in Cairns QLD | 0491 571 266 | cian.mulcahy@example.ie",
             "Visa: Working Holiday (subclass 417), 2nd year - full work rights until Aug 2027"],
    dstyle="mon", present="Current", sep=" - ", thead="caps", tjoin="    ", bullet="*",
    blocks=[
        ("para", "About me",
         "Irish, 24, friendly and reliable. Two years of working my way around Australia. Looking for "
         "reception, bar or tour work in Cairns until my visa runs out."),
        ("jobs", "Work History", [
            E("Hostel Receptionist", "Lagoon Backpackers", "Cairns QLD", "2025-09", "present",
              "facing", "in_person_service",
              bullets=["Check-ins and check-outs for up to 180 guests, mostly on nights",
                       "Selling reef trips and bus tickets from the desk (on commission)",
                       "Sorting out lock-outs, lost keys and noise complaints"]),
            E("Bar Attendant", "The Tin Shed Hotel", "Bundaberg QLD", "2025-03", "2025-08",
              "facing", "in_person_service", note="casual",
              bullets=["Pouring beer, basic spirits and running food out to the beer garden",
                       "RSA - checked ID and refused service when needed"]),
            E("Fruit Picker", "Burnett Valley Orchards", "Gayndah QLD", "2024-11", "2025-02", "none",
              bullets=["Picked mandarins on piece rate, up to 30 bins a week",
                       "Ladder work, loading bins onto the trailer"]),
            E("Housekeeping (work for accommodation)", "Surfside Hostel", "Byron Bay NSW", "2024-08", "2024-10",
              "affecting",
              bullets=["4 hours cleaning a day in exchange for a bed - dorms, bathrooms, laundry"]),
            E("Sales Assistant", "O'Driscoll Sports", "Mallow, Co. Cork", "2021-06", "2024-06",
              "facing", "in_person_service",
              bullets=["Fitted runners and football boots, worked the tills",
                       "Club orders - jerseys and gear for local GAA clubs, dealt with the club secretaries"]),
        ]),
        ("lines", "Education", [
            "BA Sport & Exercise Studies - Blackwater College of Further Education, 2020 - 2024"]),
        ("list", "Tickets", ["RSA (QLD) 2025", "White Card 2024", "Open Water Diver 2025",
                             "Full Irish driving licence (converted to QLD licence)"]),
        ("referees", "Referees", [
            ["Mel Harker - Duty Manager, Lagoon Backpackers - 0491 571 491"],
            ["Jack O'Driscoll - Owner, O'Driscoll Sports, Mallow - +353 22 555 0142"],
        ]),
    ]))

# ----------------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf", r="fpdf", layout_name="centred",
    family="New Zealand personal banker who started as a teller, fpdf2 centred header with shaded headings, "
           "mm/yyyy dates, club treasurer role under volunteering",
    name="Ngaire Tipene",
    contact=["Hamilton East, Hamilton 3216", "022 555 0187  ·  ngaire.tipene@example.co.nz"],
    dstyle="mm/yyyy", present="Present", sep=" – ", hdr="centre", hstyle="shade", bullet="•",
    accent=(20, 60, 110), ffam="Sans",
    blocks=[
        ("para", "Profile",
         "Personal banker with seven years in retail banking, from the teller line to lending appointments. "
         "Known for clear explanations and for following up when I say I will."),
        ("jobs", "Work Experience", [
            E("Personal Banker", "Waikato Savings Bank", "Hamilton", "2022-02", "present",
              "facing", "sales_account",
              bullets=["Run lending and savings appointments with walk-in and booked customers; home loan "
                       "pre-approvals up to $750k",
                       "Monthly referral and KiwiSaver targets – achieved 11 of 12 months in FY25",
                       "Review accounts for customers in hardship and set up arrangements"]),
            E("Customer Service Officer (Teller)", "Waikato Savings Bank", "Te Awamutu", "2019-06", "2022-01",
              "facing", "in_person_service",
              bullets=["Cash and cheque transactions, foreign currency and card replacements at the counter",
                       "Helped older customers set up internet banking on the branch tablet",
                       "Balanced the ATM and teller cash weekly"]),
            E("Lending Support Officer", "Waikato Savings Bank", "Hamilton", "2018-03", "2019-05", "affecting",
              bullets=["Checked loan documentation and loaded settlements in the back office",
                       "Prepared mortgage discharge paperwork and filed securities"]),
            E("Checkout Operator", "Kirikiriroa Fresh Mart", "Hamilton", "2015-11", "2018-02",
              "facing", "in_person_service", note="part-time", bullets=[]),
        ]),
        ("jobs", "Volunteering", [
            E("Club Treasurer", "Hamilton West Netball Club", None, "2020-01", "present", "none",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Keep the club accounts in Xero, pay umpires and prepare the annual statements"]),
        ]),
        ("lines", "Education", [
            "Bachelor of Management Studies (Finance) – Te Awa Polytechnic\t2015 – 2018",
            "Certificate in Financial Services (Level 5)\t2020"]),
        ("para", "Referees", "Available on request."),
    ]))

# ----------------------------------------------------------------------- w005
R.append(dict(
    file="w005.docx", r="docx", layout_name="styles", layout="styles", order="title_org",
    family="Irish clerical officer in local government, Word heading styles with right tab-stop dates, "
           "'March 2017 to January 2019' and 'to date'",
    name="Aoife Brennan",
    contact=["Ballinderry Road, Mullingar, Co. Westmeath", "086 555 0173  ·  aoife.brennan@example.ie"],
    dstyle="month", present="date", sep=" to ", hstyle="h1", dsize=11, contact_inline=True,
    blocks=[
        ("para", "Personal Statement",
         "Clerical Officer with five years in the public service and earlier contact-centre experience. "
         "Comfortable on a busy public counter and equally at home with careful casework."),
        ("jobs", "Employment History", [
            E("Clerical Officer, Motor Tax Office", "Lough Ree County Council", "Mullingar", "2021-09", "present",
              "facing", "in_person_service",
              bullets=["Front counter for motor tax, housing grant and planning file queries – 60 to 90 callers "
                       "a day",
                       "Answer the council's main switchboard and route calls to sections",
                       "Process motor tax renewals and issue refunds"]),
            E("Clerical Officer (Temporary), Jobseeker Payments Section", "National Welfare Office", "Athlone",
              "2019-02", "2021-08", "affecting",
              bullets=["Assessed jobseeker claims against means and residency rules",
                       "Scanned and indexed claim documents and updated the payments system",
                       "Prepared files for deciding officers and appeals"]),
            E("Customer Service Advisor", "Gleann Energy", "Athlone", "2017-03", "2019-01",
              "facing", "contact_center",
              bullets=["Inbound calls on bills, meter readings and moving home",
                       "Set up payment plans and pay-as-you-go meters"]),
            E("Retail Assistant", "Daly's Foodstore", "Moate", "2014-06", "2017-02",
              "facing", "in_person_service", note="part-time", bullets=[]),
        ]),
        ("jobs", "Voluntary Work", [
            E("Volunteer Driver", "Westmeath Rural Lift", None, "2022-01", "present", "facing", "volunteering",
              section="volunteer", etype="volunteer",
              bullets=["Drive older people from rural areas to hospital and GP appointments two mornings a month"]),
        ]),
        ("lines", "Education & Training", [
            "QQI Level 6 Certificate in Office Administration – Midlands Further Education College\t2016",
            "Leaving Certificate – Moate Community School\t2014",
            "Customer Service Excellence (in-house, Lough Ree County Council)\tOctober 2022"]),
        ("referees", "References", [
            ["Brendan Kiely", "Senior Staff Officer, Lough Ree County Council", "044 555 0110"],
            ["Marian Coyle", "Team Manager, Gleann Energy (former)", "090 555 0148"],
        ]),
    ]))

# ----------------------------------------------------------------------- w006
R.append(dict(
    file="w006.txt", r="txt", layout_name="plain", order="title_org", rdates=True, twidth=84,
    family="Australian federal income-support customer service officer (phone and service centre) with Army "
           "Reserve service, plain text with right-padded dates",
    name="Priya Raman",
    contact=["Kirwan QLD 4817", "Mob: 0491 571 804", "Email: priya.raman@example.com.au"],
    dstyle="mon", present="Present", sep=" - ", thead="underline", bullet="-", note_fmt=", {}",
    blocks=[
        ("para", "Summary",
         "APS 3 Customer Service Officer with 6+ years in government service delivery. Patient with people "
         "who are stressed or upset, accurate with policy, and happy on phones or face to face."),
        ("jobs", "Employment History", [
            E("Customer Service Officer (APS 3)", "Commonwealth Income Support Agency - Smart Centre",
              "Townsville QLD", "2022-07", "present", "facing", "contact_center",
              bullets=["Take inbound calls about Family Tax Benefit, JobSeeker and Age Pension payments",
                       "Explain debts and set up repayment arrangements over the phone",
                       "Warm-transfer vulnerable customers to social workers and record risk flags"]),
            E("Service Centre Officer (APS 2, non-ongoing)", "Commonwealth Income Support Agency",
              "Aitkenvale Service Centre", "2020-01", "2022-06", "facing", "in_person_service",
              bullets=["Greeted and triaged customers at the front of the service centre",
                       "Helped people lodge claims and upload documents on the self-service computers"]),
            E("Call Centre Operator", "North Queensland Cabs", "Townsville QLD", "2018-02", "2019-12",
              "facing", "contact_center",
              bullets=["Took taxi bookings by phone and dispatched drivers through the booking system",
                       "Handled lost property and fare complaints"]),
            E("Data Entry Clerk", "Tropic Staffing", "Townsville QLD", "2017-06", "2018-01", "affecting", note="temp",
              bullets=["Assigned to a water utility: keyed meter-reading exceptions and work-order completions "
                       "into the billing system"]),
            E("Rifleman (Private)", "Australian Army Reserve", "Townsville QLD", "2016-03", "2021-12",
              "none", etype="military", note="part-time",
              bullets=["Weekend and annual field exercises; section weapons, navigation and first aid"]),
        ]),
        ("lines", "Training", [
            "Certificate IV in Government (Service Delivery) - completed through the agency    2023",
            "Mental Health First Aid    2024"]),
        ("referees", "Referees", [
            ["Gary Hoang, Team Leader, Smart Centre Townsville (current - please contact after interview)",
             "0491 572 549"],
            ["Leanne Frost, Operations Manager, North Queensland Cabs", "0491 572 665"],
        ]),
    ]))

# ----------------------------------------------------------------------- w007
R.append(dict(
    file="w007.pdf", r="rl", layout_name="twopage",
    family="Queensland reef and rainforest tour guide, two-page reportlab résumé with page footers, "
           "split header, shaded headings, Key responsibilities / Achievements",
    name="Jessica Kowalczyk",
    contact=["Port Douglas QLD 4877", "0491 572 983", "jess.kowalczyk@example.com"],
    dstyle="mon", present="Present", sep=" – ", hdr="split", hstyle="shade", bullet="•", size=10,
    footer="Jessica Kowalczyk — Résumé\tPage {p} of {n}",
    subheads=("Key responsibilities:", "Achievements:"),
    blocks=[
        ("para", "Career Summary",
         "Reef and rainforest guide with nine years in tropical North Queensland tourism. I love turning a "
         "day trip into the best day of someone's holiday: clear safety briefings, stories about the reef, "
         "and looking after nervous swimmers. Now looking for a guest experience or tour operations "
         "coordinator role with a Port Douglas or Cairns operator."),
        ("list", "Key Skills", [
            "Marine interpretation and group storytelling for mixed-language groups",
            "Snorkel safety supervision, head counts and incident reporting",
            "Coach driving with live commentary (LR licence)",
            "Rostering and mentoring junior guides",
            "Basic conversational German and Polish"]),
        ("jobs", "Employment History", [
            E("Senior Reef Guide", "Coral Run Cruises Pty Ltd", "Port Douglas QLD", "2021-10", "present",
              "facing", "other_facing",
              bullets=["Deliver marine biology talks and guided snorkel tours for up to 120 passengers a day",
                       "Fit snorkel gear, run safety briefings and head counts before and after every swim",
                       "Train and roster a team of six junior guides"],
              ach=["Top-rated guide on the company's review page for three seasons in a row",
                   "Wrote the 'Reef for Kids' activity booklet now given to every family on board"]),
            E("Deckhand / Hospitality Crew", "Coral Run Cruises Pty Ltd", "Port Douglas QLD", "2020-04",
              "2021-09", "facing", "in_person_service",
              bullets=["Served the lunch buffet and ran the bar on the return trip",
                       "Handled mooring lines and kept the vessel clean between trips"]),
            E("Tour Guide & Driver", "Tablelands Day Tours", "Cairns QLD", "2017-05", "2020-03",
              "facing", "other_facing",
              bullets=["Drove a 24-seat coach on rainforest and waterfall day trips with live commentary",
                       "Collected guests from hotels, checked bookings and handled payments on board"],
              ach=["Kept a 4.9 average guest rating across 600+ tours"]),
            E("Swim Instructor", "Esplanade Swim School", "Cairns QLD", "2015-01", "2016-12",
              "facing", "education", prec="year", note="casual",
              bullets=["Taught learn-to-swim classes for 4–10 year olds after school and on Saturdays"]),
            E("Laboratory Assistant", "Corio Bay Marine Research Station", "Geelong VIC", "2013-02", "2014-12",
              "none", note="casual",
              bullets=["Processed water and sediment samples and kept the sample database up to date"]),
        ]),
        ("jobs", "Volunteer Work", [
            E("Visitor Information Volunteer", "Mossman Visitor Information Centre", "Mossman QLD", "2019-06",
              "2021-12", "facing", "volunteering", section="volunteer", etype="volunteer",
              bullets=["Saturday shifts advising travellers on tours, walks and road conditions"]),
        ]),
        ("lines", "Education & Certificates", [
            "Bachelor of Environmental Science (Marine) – Southern Cross Coast University\t2010 – 2012",
            "Master Reef Guide program\t2022",
            "Coxswain Grade 1 Near Coastal\t2019",
            "Senior First Aid with Oxygen Resuscitation (renewed)\tMar 2025",
            "LR (Light Rigid) driver licence\t2017"]),
        ("referees", "Referees", [
            ["Dean Matagi", "Operations Manager, Coral Run Cruises Pty Ltd", "0491 573 770"],
            ["Rhonda Bell", "Owner, Tablelands Day Tours", "0491 573 087"],
            ["Alan Chu", "Coordinator, Mossman Visitor Information Centre", "0491 574 118"],
        ]),
    ]))

# ----------------------------------------------------------------------- w008
R.append(dict(
    file="w008.docx", r="docx", layout_name="tabs", layout="styles", order="title_org",
    family="Irish bar manager in Galway, Word with bordered caps headings, right tab-stop dates, dash bullets, "
           "a 'Summer 2015' coach-tour job",
    name="Darragh Quinlan",
    contact=["Salthill, Galway H91 X2Y3", "087 555 0121", "darragh.quinlan@example.ie"],
    dstyle="mon", present="Current", sep=" – ", hstyle="border", bullet="–", dfont="Cambria",
    blocks=[
        ("para", "Profile",
         "Bar manager with ten years in Galway pubs, cafés and hotels. Happiest on the floor on a busy "
         "Saturday; equally comfortable with rosters, stock and cash."),
        ("jobs", "Work Experience", [
            E("Bar Manager", "The Claddagh Lantern", "Galway", "2022-04", "present", "facing", "in_person_service",
              bullets=["Run the floor on busy weekend nights – greet regulars, sort out complaints, keep the bar "
                       "moving",
                       "Rosters for 14 staff, stock orders, cash-up and lodgements",
                       "Book and host private functions and match-day crowds"]),
            E("Bartender", "The Claddagh Lantern", "Galway", "2019-06", "2022-03", "facing", "in_person_service",
              bullets=["Pints, cocktails and table service; trained new staff on the till and cellar"]),
            E("Barista", "Bean Around Café", "Salthill", "2018-05", "2019-05", "facing", "in_person_service",
              note="part-time", bullets=[]),
            E("Kitchen Porter", "Ard Rí House Hotel", "Oranmore", "2016-09", "2018-04", "affecting",
              bullets=["Washing up and pot wash, veg prep, deliveries",
                       "Kept the kitchen and bins area clean for HSE inspections"]),
            E("Tour Bus Host", "Connemara Coast Coaches", "Galway", "2015-06", "2015-08", "facing", "other_facing",
              dt="Summer 2015",
              bullets=["Welcomed passengers, did the head count and gave commentary on the Connemara loop"]),
        ]),
        ("lines", "Education", [
            "Certificate in Licensed Trade Management – Atlantic Hospitality Institute\t2021",
            "Leaving Certificate – Coláiste Éinde Nua\t2015"]),
        ("list", "Other", ["Manual Handling (2024)", "Responsible Serving of Alcohol (2019)",
                           "Full clean driving licence", "Fluent Irish"]),
        ("referees", "References", [
            ["Pádraig Ó Conaire", "Owner, The Claddagh Lantern", "091 555 0166"],
            ["Helen Burke", "Head Chef, Ard Rí House Hotel", "091 555 0190"],
        ]),
    ]))

# ----------------------------------------------------------------------- w009
R.append(dict(
    file="w009.md", r="md", layout_name="h3", order="title_org", mdstyle="h3",
    family="New Zealand university student with concurrent part-time jobs, Markdown with h3 titles, a "
           "southern 'Summer 2023–24' packhouse job and a class-rep role",
    name="Hemi Walker",
    contact=["North Dunedin", "027 555 0132", "hemi.walker@example.ac.nz"],
    dstyle="mon", present="present", sep=" – ", bullet="-",
    blocks=[
        ("para", "About", "Third-year BCom student (Economics) looking for a graduate or summer role in "
                          "banking or insurance. Reliable, numerate and used to juggling work and study."),
        ("jobs", "Work experience", [
            E("Checkout Operator", "Octagon Fresh Supermarket", "Dunedin", "2023-02", "present",
              "facing", "in_person_service", note="part-time",
              bullets=["Weekend and late-night shifts, 15–20 hours a week during semester"]),
            E("Private Maths Tutor", "Self-employed", "Dunedin", "2024-03", "present", "facing", "education",
              etype="freelance",
              bullets=["Tutor four Year 11–13 students in NCEA maths, at their homes or online",
                       "Set practice papers and send parents a short progress note each month"]),
            E("Packhouse Grader", "Teviot Orchards", "Roxburgh", "2023-12", "2024-02", "affecting",
              dt="Summer 2023–24",
              bullets=["Graded cherries on the packing line for export and local markets",
                       "Pulled split and soft fruit and kept the line reject bins emptied"]),
        ]),
        ("jobs", "University involvement", [
            E("Research Assistant", "Department of Economics, Southern University", None,
              "2025-02", "2025-06", "none", section="other", note="part-time",
              bullets=["Cleaned and merged household survey data in Stata for a lecturer's housing project"]),
            E("Class Representative, ECON 201", "Southern University Students' Association", None,
              "2024-07", "2024-11", "facing", "other_facing", section="other", etype="volunteer",
              bullets=["Collected classmates' feedback and raised it at staff–student liaison meetings"]),
        ]),
        ("lines", "Education", [
            "Bachelor of Commerce (Economics), Southern University\t2023 – 2026 (expected)",
            "NCEA Level 3 with Merit, Kaikorai Heights College\t2022"]),
        ("list", "Projects", ["Economics Society case competition, 2nd place (2025)",
                              "Built a rent-vs-buy calculator in Excel for a flatting workshop (2024)"]),
        ("para", "Referees", "Tania Scott, Duty Manager, Octagon Fresh Supermarket – 027 555 0150. "
                             "More on request."),
    ]))

# ----------------------------------------------------------------------- w010
R.append(dict(
    file="w010.html", r="html", layout_name="jobtable", order="labelled", html_table=True,
    family="Kenyan-born Australian disability support worker turned NDIS support coordinator, HTML page with "
           "Position / Company / Duration tables per job",
    name="Faith Mwangi",
    contact=["Salisbury SA 5108", "0491 574 632", "faith.mwangi@example.com"],
    dstyle="month", present="Current", sep=" – ",
    css="body{font-family:Georgia,serif;max-width:780px;margin:30px auto}table.jt th{text-align:left;"
        "width:110px}h2{color:#34506b}",
    blocks=[
        ("para", "Career Objective",
         "To continue supporting people with disability to live the lives they choose, in a coordination or "
         "team-leader role with a values-driven provider."),
        ("jobs", "Employment History", [
            E("Support Coordinator", "Unity Pathways Disability Services", "Adelaide SA", "2023-08", "present",
              "facing", "healthcare_care",
              bullets=["Caseload of 38 NDIS participants; meet them and their families to plan and review supports",
                       "Source and coordinate providers, OT assessments and housing applications",
                       "Write plan-review reports and progress notes"]),
            E("Disability Support Worker", "Unity Pathways Disability Services", "Adelaide SA", "2019-04",
              "2023-07", "facing", "healthcare_care",
              bullets=["Personal care, meal preparation and community outings in a four-resident SIL home",
                       "Behaviour support plan strategies; incident reporting"]),
            E("Rostering Officer", "CareFlex Staffing", "Adelaide SA", "2018-01", "2019-03", "affecting",
              note="part-time",
              bullets=["Filled last-minute shifts by texting and ringing support workers",
                       "Kept the rostering system and worker compliance records up to date"]),
            E("Production Worker", "Elizabeth Linen Services", "Elizabeth SA", "2016-03", "2017-12", "none",
              bullets=["Fed ironers and folded hospital linen on the afternoon shift"]),
        ]),
        ("jobs", "Volunteer Experience", [
            E("Youth Mentor", "Northern Adelaide Youth Drop-In Centre", "Elizabeth SA", "2017-02", "2018-12",
              "facing", "volunteering", section="volunteer", etype="volunteer",
              bullets=["Weekly homework club and one-to-one mentoring for 12–16 year olds"]),
        ]),
        ("list", "Qualifications", [
            "Diploma of Community Services – Para Hills Institute, 2019",
            "Certificate IV in Disability – Para Hills Institute, 2018",
            "NDIS Worker Screening Check (current)", "Working with Children Check (current)"]),
        ("referees", "Referees", [
            ["Angela Ferris", "Team Leader, Unity Pathways Disability Services", "0491 575 254"],
            ["Joseph Kamau", "Director, CareFlex Staffing", "0491 575 789"],
        ]),
    ]))

# ----------------------------------------------------------------------- w011
R.append(dict(
    file="w011.pdf", r="fpdf", layout_name="left", order="org_title",
    family="Irish credit union loans officer, fpdf2 left-aligned header, employer line first with dates right, "
           "title below, year-only coaching role",
    name="Niamh Gallagher",
    contact=["Letterkenny, Co. Donegal", "085 555 0119", "niamh.gallagher@example.ie"],
    dstyle="mon", present="Present", sep=" - ", hdr="left", hstyle="rule", bullet="■", accent=(30, 90, 60),
    contact_inline=True,
    blocks=[
        ("para", "Profile",
         "Loans officer in a community credit union, with a background in member services and energy "
         "collections. Good at difficult money conversations and at keeping them human."),
        ("jobs", "Career History", [
            E("Loans Officer", "Swilly Credit Union Ltd", "Letterkenny", "2024-01", "present",
              "facing", "sales_account",
              bullets=["Interview members for personal, car and home-improvement loans and assess affordability",
                       "Present loan recommendations to the credit committee",
                       "Follow up early arrears with members by phone"]),
            E("Member Services Officer", "Swilly Credit Union Ltd", "Letterkenny", "2020-10", "2023-12",
              "facing", "in_person_service",
              bullets=["Lodgements, withdrawals and loan repayments at the counter",
                       "Talked members through loan applications and the mobile app"]),
            E("Collections Agent", "Northwest Power & Gas", "Sligo", "2018-03", "2020-09",
              "facing", "contact_center",
              bullets=["Outbound calls to customers in arrears, agreeing affordable payment plans",
                       "Referred vulnerable customers to the hardship team"]),
            E("Sales Assistant", "McGettigan's Pharmacy", "Letterkenny", "2015-09", "2018-02",
              "facing", "in_person_service", note="part-time", bullets=[]),
        ]),
        ("jobs", "Volunteering", [
            E("U12 Girls Coach", "Swilly Rovers Ladies GFC", "Letterkenny", "2019-01", "present", "facing",
              "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Two training sessions a week and Saturday matches; Garda vetted"]),
        ]),
        ("lines", "Education", [
            "Diploma in Credit Union Lending (QQI Level 7) – Ulster Institute of Banking\t2023",
            "BA Business (Hons) – North West College of Business\t2014 - 2018"]),
        ("referees", "Referees", [
            ["Colm McBride, CEO, Swilly Credit Union Ltd – 074 555 0101"],
            ["Ruth Kerr, Team Lead, Northwest Power & Gas – 071 555 0138"],
        ]),
    ]))

# ----------------------------------------------------------------------- w012
R.append(dict(
    file="w012.docx", r="docx", layout_name="table+header", layout="table", order="title_org",
    in_header=True, footer="Referees available on request",
    family="Australian council customer service officer, Word with name and contact in the page header, a "
           "borderless table per job (title/employer left, dates right), footer line",
    name="Graham Ostrowski",
    contact=["Corrimal NSW 2518", "0491 576 398", "g.ostrowski@example.com.au"],
    dstyle="mm/yyyy", present="Present", sep=" – ", hstyle="caps", dfont="Calibri",
    blocks=[
        ("para", "Career Summary",
         "Local government officer with ten years across customer service, rates, ranger and records work. "
         "Knows council business end to end and enjoys being the person residents can actually reach."),
        ("jobs", "Employment History", [
            E("Customer Service Officer", "Seacliff City Council", "Wollongong NSW", "2021-02", "present",
              "facing", "in_person_service",
              bullets=["Front counter and phone enquiries: rates, DA lodgement, waste services and pet registration",
                       "Take payments and issue receipts",
                       "Log requests in the CRM and follow them up with the responsible team"]),
            E("Rates Officer", "Seacliff City Council", "Wollongong NSW", "2018-06", "2021-01",
              "facing", "contact_center",
              bullets=["Processed rate adjustments, pensioner rebates and property transfers",
                       "Answered ratepayers' calls and emails about their notices and instalments"]),
            E("Ranger", "Seacliff City Council", "Wollongong NSW", "2016-01", "2018-05", "facing", "other_facing",
              bullets=["Patrolled parks, beaches and streets; issued parking and companion-animal infringements",
                       "Spoke with residents about barking-dog and illegal-dumping complaints"]),
            E("Records Officer", "Five Islands Water Board", "Wollongong NSW", "2013-03", "2015-12", "none",
              bullets=["Registered incoming correspondence and scanned files into the EDRMS",
                       "Managed archive boxes and disposal schedules"]),
        ]),
        ("jobs", "Community", [
            E("Volunteer Firefighter", "Mount Keira Rural Fire Brigade", None, "2014-01", "present",
              "facing", "volunteering", prec="year", section="volunteer", etype="volunteer",
              bullets=["Bushfire and road-crash callouts, hazard reduction burns",
                       "Run the brigade's community fire-safety days for local households"]),
        ]),
        ("lines", "Qualifications", [
            "Diploma of Local Government (Administration)\t2019",
            "Certificate IV in Government Investigations\t2017",
            "NSW Driver Licence (C), First Aid\t2025"]),
    ]))

# ----------------------------------------------------------------------- w013
R.append(dict(
    file="w013.txt", r="txt", layout_name="pipe", order="pipe", rdates=False, tjoin="  |  ",
    family="New Zealand electrician now on an electrical wholesaler's trade counter, plain text with pipe "
           "title lines and dashed headings",
    name="Corey Maaka",
    contact=["Tauranga", "021 555 0109", "coreymaaka@example.co.nz"],
    dstyle="MON", present="CURRENT", sep=" - ", thead="dashes", bullet="-",
    blocks=[
        ("para", "Summary", "Registered electrician (12 yrs in the trade) who swapped the tools for the trade "
                            "counter. I know the gear and I can talk to anyone."),
        ("jobs", "Employment", [
            E("Counter Sales", "Bay Electrical Wholesale Ltd", "Tauranga", "2024-01", "present",
              "facing", "in_person_service",
              bullets=["Serving sparkies and DIY customers at the trade counter - pricing, quoting, accounts",
                       "Picking and packing phone orders for the morning delivery run"]),
            E("Electrician", "Mount Commercial Electrical", "Mt Maunganui", "2015-11", "2023-12", "none",
              prose=True,
              bullets=["Qualified in 2015 and stayed on with the same firm doing commercial fit-outs, "
                       "switchboards and cable tray on new builds, plus the testing and certification "
                       "paperwork (COCs, EWOFs) at the end of each job."]),
            E("Apprentice Electrician", "Mount Commercial Electrical", "Mt Maunganui", "2011-10", "2015-10",
              "none", etype="internship", bullets=[]),
            E("Storeperson", "Bay Electrical Wholesale Ltd", "Tauranga", "2009-12", "2011-01", "affecting",
              note="school holidays & weekends",
              bullets=["Receiving, put-away and stocktakes"]),
        ]),
        ("list", "Licences", ["Registered Electrician - practising licence to 2027",
                              "Class 2 driver licence", "Site Safe passport (renewed 2025)"]),
        ("lines", "Education", ["National Certificate in Electrical Engineering (Level 4) - 2015",
                                "NCEA Level 2 - Otumoetai Valley College - 2010"]),
        ("referees", "Referees", [
            ["Hamish Crane - Branch Manager, Bay Electrical Wholesale Ltd - 07 555 0133"],
            ["Wiremu Paul - Director, Mount Commercial Electrical - 021 555 0177"],
        ]),
    ]))

# ----------------------------------------------------------------------- w014
R.append(dict(
    file="w014.pdf", r="rl", layout_name="sidebar", order="title_org", sidebar=True, font="DejaVu",
    family="Gold Coast school leaver with two casual jobs at once, reportlab with shaded left sidebar "
           "(contact, skills, tickets, referees), square bullets",
    name="Chloe Nguyen",
    contact=["Burleigh Waters QLD", "0491 576 801", "chloe.nguyen@example.com"],
    dstyle="mon", present="Now", sep=" – ", hstyle="under", bullet="▪", accent=(0.0, 0.42, 0.45),
    side_rgb=(0.90, 0.95, 0.95), size=9.5,
    tagline="Casual / part-time – available weekends and after uni",
    side=[
        ("list", "Skills", ["Cash handling & EFTPOS", "POS and lay-by systems", "Teaching kids to swim",
                            "Calm in a rush"]),
        ("list", "Tickets", ["Blue Card (QLD Working with Children)", "AUSTSWIM Teacher of Swimming",
                             "CPR – renewed Jan 2026", "Learner → P1 licence"]),
        ("referees", "Referees", [
            ["Mark Vella", "Store Manager,", "Swell Surf & Skate", "0491 577 426"],
            ["Jodie Raine", "Swim Coordinator,", "Palm Beach Aquatic Centre", "0491 577 644"]]),
    ],
    blocks=[
        ("para", "Career Objective",
         "First-year nursing student looking for more weekend hours in retail or hospitality. "
         "Friendly, quick to learn and used to busy shifts."),
        ("jobs", "Employment History", [
            E("Crew Member", "Burleigh Burger Co.", "Burleigh Heads QLD", "2024-02", "present",
              "facing", "in_person_service", note="casual",
              bullets=["Front counter and drive-thru orders, payments and app pick-ups",
                       "Close-down cleaning on weekends"]),
            E("Retail Assistant", "Swell Surf & Skate", "Miami QLD", "2023-09", "present",
              "facing", "in_person_service", note="casual",
              bullets=["Help customers choose wetsuits, boards and sunnies; process lay-bys",
                       "Visual merchandising for the summer range"]),
            E("Learn-to-Swim Teacher", "Palm Beach Aquatic Centre", "Palm Beach QLD", "2022-10", "2024-01",
              "facing", "education",
              bullets=["Taught 30-minute group lessons to toddlers and primary-school children",
                       "Gave parents feedback at the end of each term"]),
            E("Kitchen Hand", "Nobby Beach Thai", "Nobby Beach QLD", "2022-01", "2022-09", "affecting",
              note="casual", bullets=["Dishes, prep and packing takeaway orders for the drivers"]),
            E("Junior Netball Umpire", "Southport Netball Association", "Southport QLD", "2021-04", "2023-09",
              "facing", "other_facing",
              bullets=["Umpired Saturday junior games, paid per game"]),
        ]),
        ("lines", "Education", [
            "Bachelor of Nursing (Year 1) – Coastal Griffin University\t2026 –",
            "QCE (Year 12) – Marymount Heights State High School\t2025"]),
    ]))

# ----------------------------------------------------------------------- w015
R.append(dict(
    file="w015.docx", r="docx", layout_name="sidebar", layout="sidebar", order="title_org", job_table=True,
    family="Nigerian-Irish healthcare assistant in Cork, Word two-column layout table with a shaded sidebar "
           "and a nested table per job header, a listed career break",
    name="Grace Ojo",
    contact=["Douglas, Cork", "089 555 0155", "grace.ojo@example.ie"],
    dstyle="mon", present="Present", sep=" – ", hstyle="caps", side_cm=5.4, side_hex="E4EEE8",
    side=[
        ("list", "Personal details", ["Stamp 4 – full work rights", "Full driving licence, own car", "Languages: English, Yoruba"]),
        ("list", "Training", ["QQI Level 5 Healthcare Support (2020)", "Patient Moving & Handling – 2025",
                              "Safeguarding Vulnerable Persons – 2024", "Hand Hygiene (HSE) – 2025",
                              "Garda vetted"]),
        ("referees", "References", [
            ["Ms Joan Creedon", "Director of Nursing", "Lee Valley Nursing Home", "021 555 0199"],
            ["Mr Tadhg Lynch", "Care Manager", "CareAtHome Cork Ltd", "021 555 0184"]]),
    ],
    blocks=[
        ("para", "Profile",
         "Compassionate healthcare assistant with five years in nursing-home and home-care settings. I treat "
         "every resident the way I would want my own mother treated."),
        ("jobs", "Work Experience", [
            E("Healthcare Assistant", "Lee Valley Nursing Home", "Ballincollig, Cork", "2022-05", "present",
              "facing", "healthcare_care",
              bullets=["Personal care, mobility and feeding assistance for 22 residents on a dementia unit",
                       "Observations and fluid charts; report changes to the nurse in charge",
                       "Support families during end-of-life care"]),
            E("Home Care Assistant", "CareAtHome Cork Ltd", "Cork", "2021-01", "2023-03",
              "facing", "healthcare_care", note="part-time",
              bullets=["Morning and evening calls to clients in their own homes: personal care, meals and "
                       "medication prompts"]),
            E("Catering Assistant", "St. Fachtna's Hospital", "Cork", "2019-06", "2020-12", "affecting",
              bullets=["Prepared patient meal trays in the central kitchen to ward diet sheets",
                       "Washed up and cleaned the tray line"]),
            E("Volunteer Shop Assistant", "Hope Charity Shop", "Douglas, Cork", "2018-02", "2019-05",
              "facing", "volunteering", section="volunteer", etype="volunteer",
              bullets=["Served customers, priced donations and dressed the window"]),
            E("Career Break – Relocation to Ireland", None, None, "2017-08", "2018-01", "none",
              etype="unknown", bullets=[]),
        ]),
        ("lines", "Education", [
            "QQI Level 5 Certificate in Healthcare Support – Cork College of Further Studies\t2019 – 2020",
            "BSc Microbiology – Lagos Metropolitan University\t2011 – 2015"]),
    ]))
