"""wild141 résumés w016–w030 (same posting, same conventions as defs_a.py)."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, ED, HC, VOL, SA, OF, EF, IS = ("in_person_service", "contact_center", "education", "healthcare_care",
                                       "volunteering", "sales_account", "other_facing",
                                       "entrepreneurial_freelance", "internal_support")

R = []

# ---------------------------------------------------------------------------------------------- w016
R.append(dict(
    file="w016.pdf",
    family="US hotel front-desk agent, Word 'modern' template with a coloured name band, 'Title – Employer, Town' lines with right dates",
    renderer="rl", layout="band", name="Jasmine Okafor",
    contact=["Evansville, IN", "(812) 555-0133", "jasmine.okafor@gmail.com", "Open to all shifts"],
    opts=dict(accent="#7a1f2b", order="dash", dash=" – ", ds="mon", sep=" – ", present="Present", hstyle="band",
              bandcolor="#f1e4e6", size=10, creator="Microsoft® Word for Microsoft 365", margin=50),
    blocks=[
        ("para", "Summary", "Hospitality professional with seven years at hotel front desks, a casino cage and "
         "banquets. Fast and accurate with money, unflappable at 2 a.m., and good at turning a complaint into a "
         "return guest."),
        ("exp", "Experience", [
            E("Front Desk Agent", "Riverfront Inn & Suites", "Evansville, IN", "2022-10", "present", F, IPS,
              ["Check guests in and out in Opera PMS, 40–60 arrivals on event weekends",
               "Resolve billing disputes, room moves and noise complaints",
               "Answer reservation calls and upsell suites and late checkout"]),
            E("Night Auditor", "Blue Heron Casino Hotel", "Evansville, IN", "2021-02", "2022-09", F, IPS,
              ["Ran the nightly audit, balanced all outlets and posted room and tax",
               "Covered the front desk alone from 11 pm to 7 am: late arrivals, lockouts and wake-up calls"]),
            E("Cage Cashier", "Blue Heron Casino Hotel", "Evansville, IN", "2019-05", "2021-01", F, IPS,
              ["Cashed chips and tickets for guests, verified IDs and filed CTRs on large transactions",
               "Balanced a $150K bank at the start and end of every shift"]),
            E("Laundry Attendant", "Blue Heron Casino Hotel", "Evansville, IN", "2018-06", "2019-04", A,
              bullets=["Washed, dried and folded sheets and towels for 450 rooms in the basement laundry",
                       "Sorted stained linen for rewash"]),
            E("Banquet Server (on-call)", "Walnut Street Event Center", "Evansville, IN", "2018", "2020", F, IPS,
              ["Served plated and buffet dinners at weddings and company parties of up to 400 guests"]),
        ]),
        ("list", "Skills", ["Opera PMS, Choice Advantage, Microsoft Office", "Cash handling & audit",
                            "Title 31 / CTR compliance", "Conflict resolution"]),
        ("lines", "Education", ["Southern Indiana Community College — Hospitality Management coursework, 2018–2019",
                                "Riverside Catholic High School — Diploma, 2017"]),
    ]))

# ---------------------------------------------------------------------------------------------- w017
R.append(dict(
    file="w017.txt",
    family="US material handler, ZipRecruiter quick-apply résumé as plain text, jobs listed out of order, lower-case bullets and typos, 'Current'",
    renderer="txt", layout="plain", name="Brandon Lutz",
    contact=["Evansville IN 47712", "Phone: 812-555-0145", "Email: blutz.work@yahoo.com"],
    opts=dict(order="title_sdate", ds="mm/yyyy", sep=" - ", present="Current", glyph="* ", hfmt="{}:",
              hblank=False),
    blocks=[
        ("para", "Summary", "Dependable worker with forklift and retail experience. I am looking for a day shift "
         "position with a good company. Quick learner and will do what is asked."),
        ("exp", "Work History", [
            E("Sales Floor Associate", "Farm Patch Supply", "Evansville IN", "2020-09", "2023-04", F, IPS,
              ["helped custmers find feed, fencing and work boots",
               "loaded bagged feed, mulch and salt into customer trucks",
               "cashier backup on weekends"]),
            E("Material Handler", "Kenwood Plastics", "Evansville IN", "2023-05", "present", N,
              bullets=["Feed resin and colorant to injection molding machines",
                       "Box and label finished parts and move skids to shipping with a pallet jack",
                       "12 hour rotating shifts"]),
            E("Assembler (temp)", "StaffRight Temps of Evansville", "Evansville IN", "2018-01", "2018-05", N,
              bullets=["assigned to a cabinet plant, assembled drawer boxes on the line"]),
            E("Cart Attendant", "Big Crate Wholesale Club", "Evansville IN", "2018-06", "2020-08", F, IPS,
              ["brought in carts from the lot in all weather",
               "helped members load TVs, tires and bulk items into there vehicles",
               "checked receipts at the exit door"]),
        ]),
        ("lines", "Education", ["GED - Evansville Adult Education, recieved 2017"]),
        ("list", "Skills", ["forklift (sit down and stand up)", "pallet jack", "cash register",
                            "customer service", "Microsoft Word"]),
    ]))

# ---------------------------------------------------------------------------------------------- w018
R.append(dict(
    file="w018.docx",
    family="US pharmacy technician, Word with a borderless table per job (employer/title left, dates right), bullets below the table",
    renderer="docx", layout="plain", name="Hannah Jo Whitlock, CPhT",
    contact=["Owensboro, KY 42301", "(270) 555-0161", "hannahjo.whitlock@gmail.com"],
    opts=dict(order="org_title", ds="month", present="Present", dstyle="table", tbl_bullets_below=True,
              hstyle="border", hcaps=True, hcolor="2E5E4E", font="Garamond", size=11.5, namealign="center",
              namesize=20, glyph="•", cjoin="  ◆  "),
    blocks=[
        ("para", "Professional Summary", "Certified pharmacy technician with eight years of retail and "
         "central-fill pharmacy experience. Skilled at untangling insurance rejections and explaining them to "
         "patients who just want their medicine."),
        ("exp", "Experience", [
            E("Certified Pharmacy Technician", "Daviess Drug & Wellness", "Owensboro, KY", "2021-07", "present", F,
              HC, ["Work the drop-off and pick-up windows: take new prescriptions, verify insurance and give "
                   "patients honest wait times",
                   "Resolve insurance rejections and call prescribers' offices for refill authorizations",
                   "Count, fill and label prescriptions for pharmacist verification"]),
            E("Central Fill Technician", "Bluegrass Pharmacy Services", "Owensboro, KY", "2019-03", "2021-06", A,
              bullets=["Filled maintenance prescriptions for mail-order patients on an automated vial line",
                       "Checked trays for NDC mismatches before pharmacist verification",
                       "Packed and manifested outbound orders"]),
            E("Front Store Clerk", "Daviess Drug & Wellness", "Owensboro, KY", "2018-01", "2019-02", F, IPS,
              ["Rang up front-store purchases and helped shoppers find over-the-counter products"]),
        ]),
        ("exp", "Volunteer Work", [
            E("Donor Greeter (Volunteer)", "Owensboro Community Blood Drive", "Owensboro, KY", "2017", "2019", F, VOL,
              ["Welcomed donors, checked them in and staffed the canteen after donation"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Certifications & Education", [
            "Pharmacy Technician Certification (CPhT), PTCB – 2020",
            "Kentucky Board of Pharmacy Technician Registration – current",
            "Daviess Technical College – Pharmacy Technician Program, 2019"]),
    ]))

# ---------------------------------------------------------------------------------------------- w019
R.append(dict(
    file="w019.pdf",
    family="US auto-loan collections specialist, ZipRecruiter résumé-builder PDF (fpdf2 condensed font), 'Title | mm/yyyy - Current' over employer line",
    renderer="fpdf", layout="plain", name="Kevin Albright",
    contact=["Evansville, IN 47710", "(812) 555-0127", "kevin.albright@protonmail.com"],
    opts=dict(hdr="center", ttf="DejaVuCond", order="zip", ds="mm/yyyy", sep=" - ", present="Current",
              hstyle="fill", hcaps=False, cjoin="  |  ", sstyle="I", namesize=20, glyph="•",
              creator="ZipRecruiter Resume Builder", producer="ZipRecruiter", listinline=True,
              listjoin="   •   "),
    blocks=[
        ("para", "Professional Summary", "Results-driven financial services professional with 10+ years of "
         "experience in collections, loss mitigation and retail banking. Strong negotiator with a track record "
         "of resolving delinquent accounts while keeping customers on good terms."),
        ("list", "Skills", ["Skip tracing", "Payment negotiation", "FDCPA / TCPA compliance", "Account reconciliation",
                            "De-escalation", "DealerTrack & Daybreak"]),
        ("exp", "Work History", [
            E("Collections Specialist", "Crescent Auto Credit", "Evansville, IN", "2020-05", "present", F, CC,
              ["Work a queue of 150+ early-stage delinquent auto loans a day by phone, text and email",
               "Set up promises to pay, due-date changes and extensions within policy",
               "Coordinate voluntary surrenders with customers and the repossession vendor"]),
            E("Loss Mitigation Processor", "Sterling Oak Home Lending", "Louisville, KY", "2017-08", "2020-04", A,
              bullets=["Reviewed hardship packages for completeness and calculated income for modification review",
                       "Ordered broker price opinions and title searches", "Prepared files for underwriter decision"]),
            E("Teller", "Lamasco State Bank", "Evansville, IN", "2015-06", "2017-07", F, IPS,
              ["Processed customer transactions and balanced drawer daily",
               "Referred customers to loan officers for auto and personal loans"]),
            E("Crew Trainer", "Big Top Burgers", "Evansville, IN", "2013-03", "2015-05", F, IPS,
              ["Worked front counter and drive-thru and trained new crew on the POS"]),
        ]),
        ("lines", "Education", ["Associate of Applied Science: Business Administration",
                                "Southern Indiana Community College - Evansville, IN | 05/2015"]),
    ]))

# ---------------------------------------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx",
    family="US school secretary, Word with name and contact in the page header, footer line, heading styles, tab-stop dates and year-only older jobs",
    renderer="docx", layout="header", name="Melissa Carver",
    contact=["Newburgh, IN 47630", "(812) 555-0118", "mcarver.newburgh@gmail.com"],
    opts=dict(order="title_org", ds="mon", sep=" – ", present="Present", hstyle="h2", cjoin="  ·  ",
              footer="References available upon request", font="Calibri", size=11),
    blocks=[
        ("para", "Summary", "School office professional with 12 years as the first point of contact for "
         "families, plus four years taking phone orders and billing calls for a propane company. Organized, "
         "unflappable, and comfortable with people on their worst days."),
        ("exp", "Experience", [
            E("School Secretary", "Sycamore Ridge Elementary School", "Newburgh, IN", "2014-08", "present", F, IPS,
              ["First point of contact for 480 families: phones, visitor check-in, late arrivals and early dismissals",
               "Take attendance calls and enter absences in PowerSchool",
               "Keep the principal's calendar, order supplies and reconcile book-fair and field-trip money"]),
            E("Substitute Teacher", "Warrick Valley Schools", "Warrick County, IN", "2011", "2014", F, ED,
              ["Covered K–8 classrooms, including a 10-week maternity leave in 4th grade"]),
            E("Customer Service Representative", "Southwind Propane", "Boonville, IN", "2007-03", "2011-06", F, CC,
              ["Took phone orders for propane deliveries and scheduled tank fills",
               "Set up budget billing plans and answered invoice questions",
               "Took emergency out-of-gas and leak calls and paged the on-call driver"]),
            E("Data Entry Clerk (temp)", "TempForce Staffing", "Evansville, IN", "2006-06", "2007-02", N,
              bullets=["Keyed survey responses for a market research firm at 9,000 keystrokes an hour"]),
        ]),
        ("exp", "Volunteer", [
            E("Library & Classroom Volunteer", "Sycamore Ridge PTO", "Newburgh, IN", "2009", "2013", F, VOL,
              ["Read one on one with struggling first-grade readers twice a week"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["**Associate of Science, Office Administration\t2006",
                                "Southern Indiana Community College"]),
        ("list", "Skills", ["PowerSchool, Microsoft Office, Google Workspace", "Multi-line phones",
                            "Cash handling and deposits", "Typing 65 wpm"]),
    ]))

# ---------------------------------------------------------------------------------------------- w021
R.append(dict(
    file="w021.txt",
    family="US water-district dispatcher with a long career, résumé pasted into an e-mail body, inline title/employer/year lines, year-only dates",
    renderer="txt", layout="plain", name="Ronald (Ron) Tackett",
    contact=["Madisonville, KY 42431", "270-555-0136", "rtackett62@windstream-mail.net"],
    opts=dict(order="inline", ds="mon", sep=" - ", present="present", glyph="   - ", hcaps=True, hblank=False,
              wrap=78, crlf=True,
              preamble=["Subject: Customer Service Representative - Job #2026-114", "",
                        "Hello,", "",
                        "I tried to upload my resume on the website but it kept giving me an error so I am "
                        "pasting it here. Thank you for your time.", "", "Ron Tackett", "",
                        "------------------------------------------------------------", ""],
              postamble=["References on request."]),
    blocks=[
        ("para", "Summary", "30+ years of steady work. The last 10 at a rural water district answering customer "
         "calls and dispatching crews. I know what it is like to take a call from somebody with no water."),
        ("exp", "Experience", [
            E("Customer Service / Dispatch", "Clear Fork Rural Water District", "Madisonville KY", "2016", "present",
              F, CC,
              ["Answer customer calls about water outages, leaks, boil-water notices and bills",
               "Set up new service, transfers and disconnects in the billing system",
               "Radio and dispatch field crews to main breaks; nights and weekends on the on-call rotation"]),
            E("Route Sales Driver", "Bluegrass Beverage Distributors", "Madisonville KY", "2005", "2016", F, SA,
              ["Ran a 22-stop route of grocery and convenience stores, took orders from store managers and built "
               "displays",
               "Handled credits for damaged product and collected payment on COD accounts"]),
            E("Underground Miner", "Pond Creek Coal Co.", "Madisonville KY", "1994", "2005", N,
              bullets=["Roof bolter and shuttle car operator, MSHA certified"]),
            E("Machinist's Mate 3rd Class", "U.S. Navy", None, "1990", "1994", N,
              bullets=["Maintained steam plant auxiliary equipment aboard a destroyer"], etype="military"),
        ]),
        ("lines", "Education", ["Earlington Valley High School 1990",
                                "Kentucky Water Distribution Class II Operator Certificate 2018"]),
    ]))

# ---------------------------------------------------------------------------------------------- w022
R.append(dict(
    file="w022.md",
    family="US hospital IT help-desk technician, résumé kept in Markdown, h3 title with dates after a pipe and a bold employer line, projects and certifications as distractors",
    renderer="md", layout="md", name="Alex Kim",
    contact=["Evansville, IN", "alexkim.it@proton.me", "(812) 555-0172", "github.com/alexkim-evv"],
    opts=dict(order="title_org", ds="yyyy-mm", sep=" – ", present="present"),
    blocks=[
        ("para", "Summary", "Help desk technician who likes the people side of IT more than the servers. Four "
         "years of phone, chat and walk-up support; looking to move to a customer service team with a "
         "technical bent."),
        ("exp", "Experience", [
            E("IT Support Technician", "Tri-County Medical Center", "Evansville, IN", "2022-03", "present", F, IS,
              ["Tier 1 help desk for 2,400 hospital staff: phone, walk-up and ticket queue",
               "Password resets, badge access, printer and Citrix issues, around 45 tickets a day",
               "Round on nursing units during go-lives to help staff with new workflows"]),
            E("Technical Support Agent (contract)", "NorthStar Support Services", "Remote", "2020-06", "2022-02", F,
              CC, ["Phone and chat support for a consumer router brand: setup, firmware updates, Wi-Fi dead zones",
                   "Average handle time 9:40 with 88% CSAT"]),
            E("Bench Technician", "PC Fix-It Shop", "Newburgh, IN", "2018-01", "2020-05", A,
              bullets=["Diagnosed and repaired laptops and desktops on the bench: screens, drives, malware removal",
                       "Reimaged machines and migrated data",
                       "Ordered parts and kept repair notes in the ticket system for the front counter staff"]),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Computer Class Instructor", "Westside Senior Center", "Evansville, IN", "2019-01", "2021-12",
              F, VOL, ["Taught a weekly beginners' class on email, video calls and spotting scams"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Projects", ["Home lab (2023–present): Proxmox cluster, Pi-hole, self-hosted password manager",
                              "Wrote a PowerShell script that cut new-user setup from 20 minutes to 4"]),
        ("list", "Certifications", ["CompTIA A+ (2021)", "ITIL 4 Foundation (2024)"]),
        ("lines", "Education", ["Southern Indiana Community College — A.A.S. Computer Information Technology, 2019"]),
    ]))

# ---------------------------------------------------------------------------------------------- w023
R.append(dict(
    file="w023.pdf",
    family="US toddler teacher, Google Docs 'Serif'-style template exported to PDF, 'Employer, Town — Title' with capitalised dates below",
    renderer="rl", layout="plain", name="Alyssa Pennington",
    contact=["Evansville, IN 47720", "(812) 555-0166", "alyssa.pennington@gmail.com"],
    opts=dict(hdr="left", namecolor=True, accent="#117a7a", hstyle="color", hcaps=True, order="gdocs", ds="month",
              sep=" - ", present="Present", glyph="•", creator="Google Docs Renderer", font="Times", size=10.5,
              namesize=26, sitalic=False),
    blocks=[
        ("para", None, "Early childhood teacher with eight years in child care and four years leading my own "
         "room. Looking for a change to customer service with steady hours."),
        ("exp", "Experience", [
            E("Lead Toddler Teacher", "Little Acorns Learning Center", "Evansville, IN", "2021-01", "present", F, ED,
              ["Plan and lead a daily curriculum for 10 toddlers with one assistant",
               "Write daily reports for parents and hold parent conferences twice a year",
               "Keep the classroom in line with state licensing standards"]),
            E("Assistant Teacher", "Bright Beginnings Child Care Ministry", "Evansville, IN", "2018-08", "2020-12", F,
              ED, ["Supported the lead teacher in a preschool room of 18", "Greeted families at drop-off"]),
            E("Cashier", "Dollar Junction", "Evansville, IN", "2016-05", "2018-07", F, IPS,
              ["Ran the register, stocked shelves and faced the aisles"]),
            E("Nanny", None, "Newburgh, IN", "2015", "2016", F, ED,
              ["Full-time care for twin infants for a private family"]),
        ]),
        ("lines", "Education", ["**Southern Indiana Community College, Evansville — Early Childhood Education",
                                "2017 - 2019, 34 credit hours"]),
        ("list", "Certifications", ["Child Development Associate (CDA), 2020", "Pediatric CPR/First Aid, 2025",
                                    "Safe Sleep training, 2024"]),
    ]))

# ---------------------------------------------------------------------------------------------- w024
R.append(dict(
    file="w024.docx",
    family="US restaurant general manager, Word heading styles, List Bullet, tab-stop dates in Mon 'YY style, kitchen volunteer role",
    renderer="docx", layout="plain", name="Carlos Ibarra",
    contact=["Evansville, IN", "812-555-0199", "carlos.ibarra.gm@gmail.com"],
    opts=dict(order="title_org", ds="mon'yy", sep=" – ", present="Present", hstyle="h1", hcaps=False,
              namesize=24, font="Calibri Light"),
    blocks=[
        ("para", "Summary", "Restaurant manager with 14 years from bar to GM. I run a tight operation, but the "
         "part I do best is the guest: reading a table, fixing a bad night, and making sure they come back."),
        ("exp", "Experience", [
            E("General Manager", "Rio Verde Cantina", "Evansville, IN", "2019-04", "present", F, IPS,
              ["Run a 180-seat full-service restaurant with 42 employees and $2.6M annual sales",
               "Work the floor every dinner rush: table touches, guest complaints, comps and large-party bookings",
               "Own food and labor cost, ordering, health inspections and the weekly P&L review"]),
            E("Kitchen Manager", "Rio Verde Cantina", "Evansville, IN", "2016-02", "2019-03", A,
              bullets=["Managed a line of 8 cooks and dish staff, wrote prep lists and ordered product",
                       "Cut food cost from 33% to 29% by re-costing the menu"]),
            E("Server / Bartender", "The Hornet's Nest Pub", "Evansville, IN", "2012-06", "2016-01", F, IPS,
              ["Tended a 20-seat bar and worked the floor on weekends",
               "Checked IDs and cut off over-served guests"]),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Cook", "Haynie Street Community Kitchen", "Evansville, IN", "2018-09", "present", A,
              bullets=["Cook the Sunday supper for about 120 guests with a crew of three in the kitchen"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Certifications", ["ServSafe Food Protection Manager (expires 2027)",
                                    "TIPS Responsible Alcohol Service (2025)"]),
    ]))

# ---------------------------------------------------------------------------------------------- w025
R.append(dict(
    file="w025.pdf",
    family="US work-from-home customer service associate from a fulfilment centre, fpdf2 centred header with shaded section bars",
    renderer="fpdf", layout="plain", name="Destiny Hall",
    contact=["Henderson, KY", "(270) 555-0124", "destinyhall.ky@gmail.com"],
    opts=dict(hdr="center", order="title_org", ds="mon", sep=" - ", present="Present", hstyle="fill",
              fillc=(232, 226, 240), hcaps=True, glyph="➤", cjoin="  •  ", sstyle="I", namecaps=True,
              creator="Microsoft® Word 2016", hdrrule=False),
    blocks=[
        ("para", "Summary", "Customer service associate with two years of remote phone and chat support and "
         "three years in fulfillment. Good at multitasking, patient with frustrated customers, and used to hitting "
         "numbers."),
        ("exp", "Experience", [
            E("Customer Service Associate (Work From Home)", "Apex Connect Solutions", "Remote", "2024-02", "present",
              F, CC,
              ["Answer phone and chat contacts for a national home-goods retailer: order status, returns and damaged "
               "deliveries",
               "Issue refunds and replacements up to $250 without supervisor approval",
               "Handle two to three chats at once while keeping notes in Zendesk"]),
            E("Fulfillment Associate", "ParcelPoint Fulfillment Center", "Henderson, KY", "2021-11", "2024-01", A,
              bullets=["Picked and packed customer orders to rate (130 units/hr)",
                       "Problem-solved mislabeled and damaged packages at the exception station"]),
            E("Team Member", "Jersey Sub Co.", "Henderson, KY", "2020-03", "2021-10", F, IPS,
              ["Made subs to order on the line and ran the register"]),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Cheer Coach", "Henderson Youth Cheer", "Henderson, KY", "2022", "2024", F, VOL,
              ["Coached a squad of 16 girls ages 8-10 and kept parents updated in the team group chat"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["Audubon Community College – A.A.S. Business (expected May 2027)",
                                "Henderson Central High School – 2020"]),
    ]))

# ---------------------------------------------------------------------------------------------- w026
R.append(dict(
    file="w026.docx",
    family="US home health aide and former gas-station assistant manager, Word Title style name, heading styles, inconsistent date styles per job",
    renderer="docx", layout="plain", name="Crystal Mayes",
    contact=["Vincennes, IN 47591", "(812) 555-0107", "crystalmayes1998@gmail.com"],
    opts=dict(order="title_org", ds="mon", sep=" - ", present="Current", hstyle="h1", name_style="title",
              contact_lines=["Vincennes, IN 47591 | (812) 555-0107 | crystalmayes1998@gmail.com"], sitalic=False),
    blocks=[
        ("para", "Objective", "Hard working and caring woman looking for a stable customer service job with "
         "benefits. I have 9 years dealing with the public and I stay calm under pressure."),
        ("exp", "Work Experience", [
            E("Home Health Aide", "Wabash Valley Home Care", "Vincennes, IN", "2022-04", "present", F, HC,
              ["Visit 4-6 clients a day in their homes for bathing, meal prep, light housekeeping and medication "
               "reminders",
               "Drive clients to doctor appointments and the pharmacy",
               "Report changes in condition to the RN case manager"], ds="mm/yyyy"),
            E("Assistant Manager", "Gas-N-Go #41", "Vincennes, IN", "2019-01", "2022-03", F, IPS,
              ["Ran the register, lottery and fuel pumps and dealt with drive-offs",
               "Ordered grocery and tobacco, did the daily paperwork and safe drops",
               "Trained new cashiers"], ds="month"),
            E("Cashier", "Gas-N-Go #41", "Vincennes, IN", "2017-05", "2018-12", F, IPS),
            E("Housekeeper", "Wabash Motor Lodge", "Vincennes, IN", "2016-03", "2017-04", A,
              bullets=["Cleaned 14-16 rooms a day after checkout and restocked the linen carts"], ds="m/yyyy"),
            E("Production Line Worker", "Wabash Farms Processing", "Washington, IN", "2015-06", "2016-02", N,
              bullets=["deboning line, 2nd shift", "cleaned and sanitized the line at end of shift"], ds="mm/yyyy"),
        ]),
        ("lines", "Education", ["Wabash Central High School – Diploma, 2016"]),
        ("list", "Skills", ["Cash handling", "Customer service", "Valid driver's license & insurance",
                            "CPR certified"]),
    ]))

# ---------------------------------------------------------------------------------------------- w027
R.append(dict(
    file="w027.docx",
    family="US insurance-agency CSR, Word layout table with shaded sidebar and a nested borderless table per job inside the main cell",
    renderer="docx", layout="sidebar", name="Jennifer Lindqvist",
    contact=["Evansville, IN 47725", "(812) 555-0131", "jen.lindqvist@gmail.com"],
    side=[
        ("lines", "Licenses", ["Indiana Property & Casualty Producer", "Lic. #3381920 (2017–present)"]),
        ("list", "Skills", ["Applied Epic", "Carrier portals", "Certificates of insurance", "Quoting & binding",
                            "Claims first notice", "Typing 70 wpm"]),
        ("lines", "Education", ["Southern Indiana Community College", "A.S. Business, 2009"]),
    ],
    opts=dict(order="title_org", ds="month", sep=" – ", present="Present", dstyle="table", hstyle="border",
              hcaps=True, sidecolor="F2E8DC", sidew=2.0, title_line="Customer Service Representative", font="Arial",
              size=10, cellglyph="•"),
    blocks=[
        ("para", "Profile", "Licensed insurance customer service rep with nine years serving personal-lines "
         "clients at an independent agency and four years on the claims side. Detail-oriented and patient."),
        ("exp", "Experience", [
            E("Customer Service Representative – Personal Lines", "Lanham & Reed Insurance Agency", "Evansville, IN",
              "2017-06", "present", F, SA,
              ["Service a book of about 1,100 auto and home accounts: endorsements, ID cards, certificates and "
               "billing questions",
               "Quote and bind renewals and cross-sell umbrella policies",
               "Help walk-in clients with first notice of loss and payments"]),
            E("Auto Glass Claims Processor", "Heartland Indemnity Co.", "Evansville, IN", "2013-01", "2017-05", A,
              bullets=["Adjudicated 60-80 glass claims a day from vendor invoices",
                       "Flagged suspected fraud patterns for SIU review"]),
            E("Medical Receptionist", "Eastside Family Practice", "Evansville, IN", "2009-08", "2012-12", F, IPS,
              ["Checked patients in, scanned insurance cards and collected copays",
               "Handled the appointment line for four physicians"]),
            E("Bridal Consultant", "Ever After Bridal", "Evansville, IN", "2007", "2009", F, IPS,
              ["Gown appointments with brides and their families; commission sales"]),
        ]),
    ]))

# ---------------------------------------------------------------------------------------------- w028
R.append(dict(
    file="w028.pdf",
    family="US contact-centre workforce analyst, 2-page reportlab résumé with split header and 'Page n of N' footer, employer headings with roles beneath",
    renderer="rl", layout="plain", name="Tamika Rhodes",
    contact=["Evansville, IN 47711", "(812) 555-0175", "tamika.rhodes@outlook.com", "linkedin.com/in/tamikarhodes"],
    opts=dict(hdr="split", tagline="Contact Center Operations | Workforce Management | Customer Care",
              accent="#23395d", order="orgfirst", ds="mon", sep=" – ", present="Present", hstyle="rule",
              hcaps=True, size=11.5, footer="{name}  —  Page {page} of {total}", egap=9, hgap=12, margin=60, glyph="›",
              creator="Microsoft® Word for Microsoft 365"),
    blocks=[
        ("para", "Profile", "Contact center professional with 13 years in health-insurance customer care, from "
         "the phones to supervision to workforce management. I understand service levels from both sides of the "
         "headset and would like to return to a customer-facing role closer to home."),
        ("list", "Selected Accomplishments", [
            "Cut average speed of answer from 94 to 31 seconds during the 2023 annual enrollment period by "
            "rebuilding the intraday reforecast process",
            "Took my supervisor team from 11th to 2nd of 18 teams on member satisfaction in 2019",
            "Trained 40+ new hires as a nesting coach between 2014 and 2016"]),
        ("exp", "Professional Experience", [
            E("Workforce Management Analyst", "Centric Health Connect", "Evansville, IN", "2021-05", "present", A,
              bullets=["Build 13-week call volume forecasts and agent schedules for a 300-seat health-insurance "
                       "contact center",
                       "Watch real-time queues and move agents between skills to hold an 80/30 service level",
                       "Report shrinkage, adherence and occupancy to operations leaders"]),
            E("Customer Service Supervisor", "Centric Health Connect", "Evansville, IN", "2016-03", "2021-04", F, CC,
              ["Supervised 16 reps on Medicare Advantage member lines",
               "Took supervisor escalations and resolved complaints before they became formal grievances",
               "Ran huddles, QA calibration sessions and attendance"]),
            E("Customer Service Representative", "Centric Health Connect", "Evansville, IN", "2013-10", "2016-02", F,
              CC, ["Answered member calls about benefits, claims and finding in-network doctors"]),
            E("Key Holder", "Sparkle & Co. Accessories", "Evansville, IN", "2010-11", "2013-09", F, IPS,
              ["Opened and closed the store, pierced ears and ran the register"]),
        ]),
        ("list", "Technical Skills", ["NICE IEX WFM, Verint, Genesys Cloud, Avaya CMS",
                                      "Excel (pivot tables, XLOOKUP, Erlang C models), Power BI",
                                      "Salesforce Service Cloud, Facets"]),
        ("exp", "Community", [
            E("Secretary", "Eastside Neighborhood Association", "Evansville, IN", "2018", "present", N,
              bullets=["Take minutes at monthly meetings and put together the quarterly newsletter"],
              section="volunteer", etype="volunteer"),
        ], dict(order="title_org")),
        ("lines", "Education & Training", ["B.S. Business Administration – Ohio Valley State University, 2010",
                                           "SWPP Certified Workforce Planner – 2022",
                                           "Crucial Conversations workshop – 2018"]),
    ]))

# ---------------------------------------------------------------------------------------------- w029
R.append(dict(
    file="w029.html",
    family="US young applicant with several short jobs, job-board profile résumé saved from the browser as HTML, seasonal job",
    renderer="html", layout="profile", name="Jordan Whitaker",
    contact=["Evansville, IN 47714", "jordan.whitaker05@gmail.com", "812-555-0150"],
    opts=dict(order="title_org", ds="mon", sep=" - ", present="Present",
              headline="Hardworking and friendly — open to full time, any shift"),
    blocks=[
        ("exp", "Work Experience", [
            E("Concessions Stand Worker (part-time)", "Riverbend Arena", "Evansville, IN", "2025-09", "present", F,
              IPS, ["Take orders and payments at the main concourse stand during concerts and hockey games",
                    "Check IDs for beer sales"]),
            E("Stock Associate", "Threadline Outlet", "Evansville, IN", "2024-10", "2025-08", A,
              bullets=["Unloaded trucks and processed shipments in the stockroom starting at 5 am",
                       "Set up floor moves and new arrivals before the store opened"]),
            E("Ride Operator", "Frontier Fun Park", "Dale, IN", "2024-06", "2024-08", F, OF,
              ["Ran the log flume and checked height and restraints for every rider",
               "Kept the line moving and explained ride rules to guests"], dt="Summer 2024"),
            E("Car Wash Attendant", "Splash Express Car Wash", "Evansville, IN", "2023-04", "2024-05", F, IPS,
              ["Guided cars onto the conveyor and prepped them with the pressure wand",
               "Sold unlimited wash memberships at the pay station"]),
        ]),
        ("exp", "Volunteer", [
            E("Adoption Event Volunteer", "Tri-State Animal Rescue", "Evansville, IN", "2022-01", "2023-03", F, VOL,
              ["Walked dogs and helped at weekend adoption events, talking with families about the animals"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["High school diploma — Harwood High School, Evansville, IN (2023)"]),
        ("list", "Skills", ["Cash handling", "Customer service", "Teamwork", "Fast learner", "Spanish (basic)"]),
    ]))

# ---------------------------------------------------------------------------------------------- w030
R.append(dict(
    file="w030.pdf",
    family="US returner after a career break, hybrid résumé (fpdf2): qualifications first, short work history with prose duties, career break and an 'Additional Experience' list",
    renderer="fpdf", layout="plain", name="Sarah Beth Lindley",
    contact=["Newburgh, Indiana", "812.555.0148  |  sblindley@gmail.com"],
    opts=dict(hdr="left", ttf="DejaVu", accent=(60, 90, 60), order="dash_paren", dash=", ", ds="month",
              sep=" – ", present="present", hstyle="rule", hcaps=False, glyph="–", size=10,
              footer="Sarah Beth Lindley · Résumé · {page}/{total}", creator="Pages"),
    blocks=[
        ("para", "Summary", "Former credit union member service representative returning to full-time work after "
         "raising my children. Five years on a busy phone line, four years at a public library desk, and a real "
         "liking for solving people's account problems."),
        ("list", "Qualifications", ["Five years of inbound contact-center work at a credit union",
                                    "Patient, clear communicator with customers of every age",
                                    "Comfortable with new software, multi-line phones and cash"]),
        ("exp", "Work History", [
            E("Library Assistant (part-time)", "Lockwood Public Library", "Newburgh, IN", "2022-08", "present", F, IPS,
              ["Circulation desk work: checkouts, library cards, holds and fines.",
               "I also help patrons with the copier, printing and the public computers."], prose=True),
            E("Career break – full-time parent", None, None, "2016-01", "2022-07", N, etype="unknown"),
            E("Member Service Representative", "Sycamore Valley Community Credit Union", "Evansville, IN", "2010-06",
              "2015-12", F, CC,
              ["Answered 60+ member calls a day in the credit union's contact center: balances, transfers, card "
               "disputes and online banking lockouts.",
               "Promoted to Senior MSR in 2013 and took escalated calls."], prose=True),
        ]),
        ("exp", "Additional Experience", [
            E("Independent Consultant", "Bella Candle Co.", None, "2017", "2019", F, EF,
              ["Hosted home parties and took customer orders"], etype="freelance"),
            E("Cashier / Stocker", "Newburgh Hardware", "Newburgh, IN", "2007", "2010", F, IPS),
        ], dict(order="oneline", dash=" – ", sep="–", glyph="")),
        ("lines", "Education", ["B.A. Communication Studies, Ohio Valley State University, 2010"]),
    ]))
