"""wild140 résumés w016–w030 (internal moves under one employer).  Everything here is invented."""
from lib import E, G

F, A, N = "facing", "affecting", "none"
IPS, CC, DS, SA, HC, ED, VOL, EF, IS, OF = (
    "in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
    "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")

RESUMES = []

# ---------------------------------------------------------------------------------------------- w016
SFI = "Sagebrush Fulfillment Inc."
RESUMES.append(dict(
    file="w016.html",
    family="US e-commerce warehouse worker who moved into the support center, web-page résumé with an HTML table "
           "of five titles at one employer, weekend bowling-alley maintenance job alongside",
    code="html, plain/table, yyyy-mm / 'present'",
    render="html",
    name="Luis Carrasco",
    contact=["Reno, NV 89502", "(775) 555-0119", "luis.carrasco@example.com"],
    headline="Customer support escalations | bilingual English/Spanish",
    ds="yyyy-mm", present="present", dash=" – ",
    ho=dict(title="Resume", org_tag="h3", foot="Updated 2026-10"),
    jobopts=dict(fmt="table", cols="tdb", colnames={"t": "Title", "b": "What I did"}),
    sections=[
        ("para", "About", "Seven years at one company: I started on the packing line in peak season and now handle "
                          "the tickets nobody else could close. I know what happens to an order after the customer "
                          "clicks buy, which helps when it goes wrong."),
        ("jobs", "Experience", [
            G(SFI, "Reno, NV", head="Sagebrush Fulfillment Inc. — Reno, NV", dtext="2019 – present", roles=[
                E("Escalations Specialist", SFI, "Reno, NV", "2024-09", "present", F, CC, [
                    "Own escalated tickets from the phone and chat teams: lost parcels, damaged goods, chargebacks",
                    "Call customers back with a fix and a date, and close the loop with carriers"]),
                E("Customer Care Associate", SFI, "Reno, NV", "2022-04", "2024-08", F, DS, [
                    "Moved from the warehouse to the support center; email and live chat in Zendesk, about 70 "
                    "tickets a day",
                    "Kept a 94% CSAT over two peak seasons"]),
                E("Returns Specialist", SFI, "Reno, NV", "2021-06", "2022-03", A, bullets=[
                    "Inspected returned items, graded them for resale or disposal and triggered refunds in the WMS"]),
                E("Inventory Control Associate", SFI, "Reno, NV", "2020-02", "2021-05", A, bullets=[
                    "Cycle counts and bin audits; fixed location errors that caused mis-picks"]),
                E("Picker/Packer", SFI, "Reno, NV", "2019-10", "2020-01", A, tx="(seasonal)", bullets=[
                    "Picked and packed online orders during peak; kept on after the season"]),
            ]),
            G("Truckee Lanes", "Sparks, NV", fmt="nested", datepos="right", roles=[
                E("Pinsetter Mechanic", "Truckee Lanes", "Sparks, NV", "2023-03", "present", N, tx="(weekends)",
                  bullets=["Keep the 24 pinsetters running from the machine room behind the lanes: clear jams, "
                           "replace belts, oil and adjust"]),
            ]),
        ]),
        ("lines", "Education", ["Truckee Meadows Adult High School — diploma, 2018",
                                "Customer service fundamentals (online course), 2022"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w017
SKY = "Skyhaven Airways"
RESUMES.append(dict(
    file="w017.docx",
    family="UK cabin crew member rehired after a seasonal contract, Word heading styles with employer headings and "
           "role sub-headings, pandemic-era jobs in between",
    code="docx, styles/orgfirst, mon (Sept) / 'Present'",
    render="docx", paper="a4",
    name="Hannah Okonjo",
    contact=["Crawley, West Sussex RH10", "07700 900855", "hannah.okonjo@example.co.uk"],
    ds="sept", present="Present", dash=" – ",
    do=dict(variant="styles", font="Calibri Light", hfont="Calibri", size=10.5, center=True),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("para", "Profile", "Cabin crew member with a ground-handling background and a lot of patience. Happy on "
                            "early starts, standby and long duty days."),
        ("jobs", "Work history", [
            G(SKY, "London Gatwick", note="Seasonal contract in 2019; rejoined as permanent crew in May 2022",
              roles=[
                  E("Cabin Crew Member", SKY, "London Gatwick", "2022-05", "present", F, IPS, [
                      "Safety demonstrations and cabin checks, then service on short- and mid-haul flights of up to "
                      "220 passengers",
                      "Deal with onboard medical incidents, disruptive passengers and nervous flyers",
                      "Top seller for onboard duty-free on my base in Q3 2025"]),
                  E("Seasonal Cabin Crew", SKY, "London Gatwick", "2019-04", "2019-10", F, IPS, [
                      "Summer contract on Mediterranean routes"]),
              ]),
            G("Fenwright's Supermarkets", "Crawley", roles=[
                E("Online Personal Shopper", "Fenwright's Supermarkets", "Crawley", "2020-10", "2022-04", A, bullets=[
                    "Picked home-delivery orders in store on early shifts (5 am – 1 pm) with a handheld",
                    "Checked dates and chose substitutions before orders were loaded"]),
            ]),
            G("Ouse Valley Community Health NHS Trust", "Crawley", roles=[
                E("Vaccination Centre Steward", "Ouse Valley Community Health NHS Trust", "Crawley", "2021-01",
                  "2021-09", F, OF, tx="(fixed-term)", bullets=[
                      "Met people arriving for their jabs, checked bookings and kept the queues moving",
                      "Helped elderly and disabled visitors through the centre"]),
            ]),
            G("Weald Aviation Services", "London Gatwick", roles=[
                E("Passenger Service Agent", "Weald Aviation Services", "London Gatwick", "2019-11", "2020-08", F, IPS,
                  ["Check-in and boarding for three client airlines; made redundant when flying stopped in 2020"]),
            ]),
        ]),
        ("lines", "Education", ["BA (Hons) Tourism Management, University of the South Downs, 2016 – 2019"]),
        ("lines", "Training", ["Initial cabin crew safety training, April 2019; recurrent training every year since "
                               "2022", "First aid at work, 2024"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w018
HIS = "Harbourlight Inn & Suites"
RESUMES.append(dict(
    file="w018.md",
    family="Canadian hotel assistant front-office manager in Markdown, bold employer line with four list-item "
           "roles (a summer stint, a rehire, night audit), a line-cook job between stints",
    code="md, bold/orgfirst, mon. / 'present' / 'Summer 2017'",
    render="md",
    name="Ryan MacIsaac",
    contact=["Halifax, NS B3K", "902-555-0183", "ryan.macisaac@example.ca"],
    ds="mon.", present="present", dash=" to ",
    mo=dict(h="##", org="**{t}**", orgright="  ", role="* _{t}_", roleright=", {r}", glyph="    -",
            contactsep=" · "),
    jobopts=dict(fmt="nested", datepos="right", gap=True),
    sections=[
        ("para", "Summary", "Hotel front office professional. I have worked every shift the desk has, including "
                            "two and a half years of nights."),
        ("jobs", "Experience", [
            G(HIS, "Halifax, NS", note="Rehired in June 2019 after two years cooking", roles=[
                E("Assistant Front Office Manager", HIS, "Halifax, NS", "2024-01", "present", F, IPS, [
                    "Supervise the desk and bell staff on day shifts and step in during check-in rushes",
                    "Handle billing disputes and room moves for unhappy guests"]),
                E("Night Auditor", HIS, "Halifax, NS", "2021-08", "2023-12", F, IPS, [
                    "Ran the night audit, posted room and tax charges and balanced the day's revenue",
                    "Only person on the desk overnight: late check-ins, noise complaints, wake-up calls"]),
                E("Guest Service Agent", HIS, "Halifax, NS", "2019-06", "2021-07", F, IPS, [
                    "Check-ins and check-outs, parking passes, restaurant reservations"]),
                E("Guest Service Agent", HIS, "Halifax, NS", "2017-06", "2017-08", F, IPS, dtext="Summer 2017",
                  bullets=["Summer job at the desk before college"]),
            ]),
            G("Salt & Spruce Kitchen", "Halifax, NS", roles=[
                E("Line Cook", "Salt & Spruce Kitchen", "Halifax, NS", "2017-10", "2019-05", A, bullets=[
                    "Sauté and grill stations; prepped for a 150-cover brunch service"]),
            ]),
        ]),
        ("lines", "Education", ["Chebucto College of Hospitality — Diploma, Hospitality Management, Sept. 2017 to "
                                "Apr. 2019"]),
        ("lines", "Certificates", ["Food handler certificate, 2017", "Responsible beverage service, 2021"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w019
NCB = "Northern Crown Building Society"
RESUMES.append(dict(
    file="w019.pdf",
    family="UK building-society mortgage adviser, reportlab CV with a shaded left sidebar, four roles under one "
           "employer with site names (contact centre, head-office secondment, branch), Saturday job",
    code="reportlab, sidebar/orgfirst, mon (Sept) / 'Present'",
    render="pdf_rl", paper="a4", sidebar=True,
    name="Oliver Pennington",
    contact=["Sheffield S11", "07700 900316", "oliver.pennington@example.co.uk"],
    headline="Mortgage Adviser (CeMAP)",
    ds="sept", present="Present", dash=" – ",
    ro=dict(layout="sidebar", font="Helvetica", size=9.5, glyph="-", accent="#3b2a6b",
            side_w=150, side_fill="#ece8f4", hrule=False),
    jobopts=dict(fmt="nested", datepos="right", roleloc=True, rolelocsep=", "),
    sections=[
        ("side", "Skills", ["Mortgage advice", "Underwriting", "Coaching", "ID&V and fraud checks"]),
        ("side", "Qualifications", ["CeMAP, 2022", "BA History, University of the Pennines, 2013 – 2016"]),
        ("para", "Profile", "Ten years with one building society, on the phones, in underwriting and now advising "
                            "members on their mortgages."),
        ("jobs", "Career history", [
            G(NCB, roles=[
                E("Mortgage Adviser", NCB, "Sheffield branch", "2023-03", "present", F, SA, [
                    "Advise members face to face and by video on purchases, remortgages and first homes",
                    "Fact-finds, affordability checks and recommendations written up for compliance",
                    "£31m completions in 2025"]),
                E("Senior Customer Adviser", NCB, "Contact Centre, Sheffield", "2019-01", "2023-02", F, CC, [
                    "Took escalated calls and mentored new advisers during their first month on the phones"]),
                E("Mortgage Underwriter", NCB, "Head Office, Leeds", "2021-09", "2022-02", A, tx="(secondment)",
                  bullets=["Assessed mortgage applications against lending policy and signed off cases within my "
                           "mandate",
                           "Requested extra documents through brokers and case handlers"]),
                E("Customer Adviser", NCB, "Contact Centre, Sheffield", "2016-09", "2018-12", F, CC, [
                    "Savings and mortgage account enquiries by phone and secure message",
                    "ID&V and fraud checks on every call"]),
            ]),
            G("Castlegate Sports", "Sheffield", roles=[
                E("Sales Assistant", "Castlegate Sports", "Sheffield", "2013", "2016", F, IPS, tx="(Saturday job)",
                  bullets=["Fitted running shoes and worked the till on Saturdays through university"]),
            ]),
        ]),
        ("lines", "References", ["On request. Current line manager: Area Mortgage Manager, Northern Crown Building "
                                 "Society"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w020
FFG = "Fynbos Fashion Group"
RESUMES.append(dict(
    file="w020.docx",
    family="South African fashion-retail store manager, Word table per employer with one row per title (position, "
           "store, period, duties), visual-merchandiser stint, weekend promoter job",
    code="docx, tabs/table, mm/yyyy / 'to date'",
    render="docx", paper="a4",
    name="Lerato Dlamini",
    contact=["Milnerton, Cape Town", "071 555 0128", "lerato.dlamini@example.co.za"],
    ds="mm/yyyy", present="date", dash=" to ",
    do=dict(variant="tabs", font="Arial", size=10, hcaps=True, grid=True),
    jobopts=dict(fmt="table", cols="tldb", colnames={"l": "Store", "d": "Period", "b": "Duties"},
                 widths=[0.22, 0.17, 0.17, 0.44], cellglyph="• "),
    sections=[
        ("para", "Career objective", "Store manager with ten years in fashion retail, looking for an area or "
                                     "regional role."),
        ("jobs", "Employment history", [
            G(FFG, "Western Cape", head="FYNBOS FASHION GROUP (Western Cape)", roles=[
                E("Store Manager", FFG, "Canal Walk", "2023-03", "present", F, IPS, [
                    "Lead 16 staff; store turnover up 12% in 2025",
                    "Handle customer escalations, refunds above R2,000 and account-card queries on the floor"]),
                E("Assistant Store Manager", FFG, "Tyger Valley", "2020-06", "2023-02", F, IPS, [
                    "Opened and closed the store, managed tills and cash-ups",
                    "Served customers during peaks and resolved exchanges"]),
                E("Visual Merchandiser", FFG, "Western Cape region", "2019-01", "2020-05", A, bullets=[
                    "Dressed windows and floor layouts for 7 stores before trading hours",
                    "Photographed set-ups for head office sign-off"]),
                E("Sales Consultant", FFG, "Cavendish", "2017-02", "2018-12", F, IPS, [
                    "Styled customers, opened store accounts and processed lay-bys"]),
            ]),
            G("Kaapse Promotions (Pty) Ltd", "Cape Town", roles=[
                E("Brand Promoter", "Kaapse Promotions (Pty) Ltd", "Cape Town", "2015-03", "2017-06", F, IPS,
                  tx="(weekends)", bullets=["In-store tastings and sampling for beverage brands in supermarkets"]),
            ]),
        ]),
        ("lines", "Education", ["National Diploma: Retail Business Management, Tafelberg College, 2014 – 2016",
                                "National Senior Certificate, 2013"]),
        ("lines", "References", ["Ms A. Jacobs, Regional Manager, Fynbos Fashion Group – 021 555 0144"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w021
TDS = "Tillman's Department Store"
RESUMES.append(dict(
    file="w021.txt",
    family="US department-store lead transferred between two cities, plain-text export with 'Company — Title — "
           "dates — City' lines, asset-protection role, part-time caregiving and rescue volunteering",
    code="txt, plain/repeat dashes, mm/yyyy / 'Current'",
    render="txt",
    name="Brianna Holt",
    contact=["Phoenix, AZ 85008", "(602) 555-0177", "brianna.holt@example.com"],
    ds="mm/yyyy", present="Current", dash=" - ",
    to=dict(hstyle="colon", glyph="•", bind="    ", wrap=None),
    jobopts=dict(fmt="repeat", sep=" — ", order="otdl"),
    sections=[
        ("para", "Summary", "Retail customer service lead with eight years at Tillman's in two stores. Good at "
                            "de-escalation, returns policy and keeping a service desk line moving."),
        ("jobs", "Work Experience", [
            G(TDS, roles=[
                E("Customer Service Lead", TDS, "Phoenix, AZ", "2022-08", "present", F, IPS, [
                    "Transferred from the Tucson store in August 2022",
                    "Run the customer service desk and fitting rooms: returns, price adjustments, credit card payments",
                    "Calm down upset customers and decide on exceptions to the return policy"]),
                E("Cashier", TDS, "Tucson, AZ", "2020-06", "2022-07", F, IPS, [
                    "Register, store credit card sign-ups, gift wrap at the holidays"]),
                E("Asset Protection Associate", TDS, "Tucson, AZ", "2018-10", "2020-05", N, bullets=[
                    "Monitored CCTV and ran shrink audits in high-theft departments",
                    "Wrote incident reports and worked with police on organized retail theft cases"]),
            ]),
            G("Saguaro Home Care", roles=[
                E("Caregiver", "Saguaro Home Care", "Tucson, AZ", "2021-01", "2021-12", F, HC, tx="(part-time)",
                  bullets=["Evening visits to two elderly clients: meals, medication reminders, bathing and "
                           "company"]),
            ]),
        ]),
        ("jobs", "Volunteer", [
            G("Sonoran Paws Rescue", roles=[
                E("Adoption Event Volunteer", "Sonoran Paws Rescue", "Tucson, AZ", "2017-03", "2018-08", F, VOL, [
                    "Talked with families at weekend adoption events and helped them fill out applications"],
                  section="volunteer", etype="volunteer"),
            ]),
        ]),
        ("lines", "Education", ["Desert Ridge Community College — Associate of Arts, 05/2019",
                                "Certified Retail Service Specialist (online), 03/2023"]),
        ("lines", "Skills", ["POS systems, returns and exchanges, cash handling, conflict resolution, Spanish "
                             "(conversational)"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w022
KBT = "Kookaburra Telecom"
RESUMES.append(dict(
    file="w022.pdf",
    family="Australian telco complaints specialist, fpdf2 CV with dates in a left column, labour-hire start made "
           "permanent, acting team leader for four months, casual trades-assistant job overlapping",
    code="fpdf2, datecol/orgfirst, mon + year / 'Current'",
    render="pdf_fpdf", paper="a4",
    name="Liam O'Shea",
    contact=["Kedron QLD 4031  |  0491 570 319  |  liam.oshea@example.com.au"],
    ds="mon", present="Current", dash=" – ",
    fo=dict(layout="datecol", family="sans", size=9.5, glyph="–", accent=(200, 90, 0), datecol=32, hcaps=True,
            align="J"),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("para", "Summary", "Telco complaints specialist. Five years on the phones with the same company and still "
                            "enjoy the calls other people transfer."),
        ("jobs", "Employment", [
            G(KBT, "Fortitude Valley, Brisbane",
              note="Started through Peoplebridge Recruitment; made permanent August 2021", roles=[
                  E("Complaints Resolution Specialist", KBT, "Fortitude Valley, Brisbane", "2024-07", "present", F,
                    CC, ["Own complaints at risk of going to the ombudsman: call the customer, agree a fix and see it "
                         "through",
                         "Negotiate credits and payment plans within my delegation"]),
                  E("Team Leader", KBT, "Fortitude Valley, Brisbane", "2024-02", "2024-05", F, CC,
                    tx="(acting, 4 months)", bullets=[
                        "Led 12 consultants while the team leader was on leave; took supervisor calls and ran daily "
                        "huddles"]),
                  E("Customer Service Consultant", KBT, "Fortitude Valley, Brisbane", "2021-08", "2024-06", F, CC, [
                      "Billing, internet connection and mobile queries over phone and chat",
                      "First-contact resolution 78% (team average 70%)"]),
                  E("Customer Service Consultant", KBT, "Fortitude Valley, Brisbane", "2021-02", "2021-07", F, CC,
                    tx="(labour hire via Peoplebridge Recruitment)", bullets=[
                        "Three-week induction, then live calls on the billing queue"]),
              ]),
            G("Lutwyche Electrical Pty Ltd", "Brisbane", roles=[
                E("Trades Assistant", "Lutwyche Electrical Pty Ltd", "Brisbane", "2018", "2021", N, tx="(casual)",
                  bullets=["Pulled cable, fitted conduit and cleaned up on new-build apartment sites"]),
            ]),
        ]),
        ("lines", "Education", ["Certificate IV in Customer Engagement, 2022",
                                "Bachelor of Arts (1 year completed), Moreton Bay University, 2017 – 2018"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w023
AVH = "Arden Vale Hospitals NHS Trust"
RESUMES.append(dict(
    file="w023.docx",
    family="UK NHS healthcare assistant, Word heading styles, fixed-term contract made permanent, bank "
           "sterile-services shifts alongside, home-care job before, church welcome volunteering",
    code="docx, styles/orgfirst, mon / 'present' + year",
    render="docx", paper="a4",
    name="Precious Mutasa",
    contact=["Handsworth, Birmingham B21", "07700 900677", "precious.mutasa@example.co.uk"],
    ds="mon", present="present", dash=" – ",
    do=dict(variant="styles", font="Calibri", size=10.5, rolestyle=False, dateital=True),
    jobopts=dict(fmt="nested", datepos="right", prosebul=True),
    sections=[
        ("para", "Personal profile", "Compassionate healthcare assistant with eight years of hands-on care in homes "
                                     "and on busy medical wards. Now applying for the Trainee Nursing Associate "
                                     "programme."),
        ("jobs", "Employment", [
            G(AVH, "Birmingham", note="Fixed-term contract made permanent (Band 3) in August 2022", roles=[
                E("Healthcare Assistant", AVH, "Birmingham", "2022-08", "present", F, HC,
                  tx="(Band 3) – Acute Medical Unit", bullets=[
                      "Observations, ECGs and blood glucose checks; escalate NEWS scores to the nurse in charge",
                      "Personal care, feeding and mobilising for up to 8 patients a shift",
                      "Reassure relatives at visiting times and point them to the right person"]),
                E("Healthcare Assistant", AVH, "Birmingham", "2020-11", "2022-07", F, HC,
                  tx="(Band 2, fixed-term)", bullets=[
                      "Joined on a 12-month surge contract on a respiratory ward, extended twice"]),
                E("Bank Decontamination Technician", AVH, "Birmingham", "2023-03", "present", A,
                  tx="(staff bank) – Sterile Services", bullets=[
                      "Wash, inspect and pack surgical instrument trays on weekend shifts"]),
            ]),
            G("Kindred Homecare Ltd", "Handsworth", roles=[
                E("Domiciliary Care Worker", "Kindred Homecare Ltd", "Handsworth", "2018-09", "2020-10", F, HC, [
                    "Home visits for older people: washing, dressing, meals and medication prompts"]),
            ]),
        ]),
        ("jobs", "Volunteering", [
            G("New Hope Community Church", "Handsworth", roles=[
                E("Welcome Team Volunteer", "New Hope Community Church", "Handsworth", "2017", "present", F, VOL, [
                    "Greet newcomers on Sundays and help run the Thursday warm space for local residents"],
                  section="volunteer", etype="volunteer"),
            ]),
        ]),
        ("lines", "Qualifications", ["Level 3 Diploma in Adult Care, 2021", "Care Certificate, 2020",
                                     "Decontamination of surgical instruments (in-house), 2023"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w024
CRS = "Corrán Stores"
RESUMES.append(dict(
    file="w024.html",
    family="Irish supermarket grocery manager, web-page CV with a sidebar, 'Employer (branch) — Title — dates' "
           "lines, transfer between branches, a payroll secondment, weekend bar job and hurling coaching",
    code="html, sidebar/repeat, mon + year / 'Current'",
    render="html", sidebar=True,
    name="Niamh Kavanagh",
    contact=["Douglas, Cork", "086 555 0157", "niamh.kavanagh@example.ie"],
    ds="mon", present="Current", dash=" – ",
    ho=dict(title="CV", css="body{font-family:Verdana,sans-serif;font-size:13px;margin:0}.wrap{display:flex}"
                           ".side{width:230px;background:#23413a;color:#fff;padding:18px}.main{padding:18px 28px}"
                           "h2{color:#23413a;border-bottom:2px solid #23413a}"),
    jobopts=dict(fmt="repeat", sep=" — ", order="btd"),
    sections=[
        ("side", "Skills", ["Ordering and waste control", "Rosters", "Deli and hot food", "HACCP"]),
        ("side", "Education", ["Leaving Certificate, 2016", "QQI Level 6 Supervisory Management, 2022"]),
        ("side", "Interests", ["Hurling", "Sea swimming"]),
        ("para", "Profile", "Ten years with Corrán Stores in two Cork branches. I know grocery ordering inside out "
                            "and I still like a Saturday behind the bar."),
        ("jobs", "Experience", [
            G(CRS, roles=[
                E("Grocery Manager", CRS, "Douglas, Cork", "2023-03", "present", A, bullets=[
                    "Order ambient, chilled and frozen lines; cut waste by 9% in 2025",
                    "Planograms, gap checks and rosters for a grocery team of 14"]),
                E("Deli Assistant", CRS, "Douglas, Cork", "2019-06", "2023-02", F, IPS, [
                    "Served at the hot-food and sandwich counter through the busiest lunch trade in the chain"]),
                E("Payroll Administrator", CRS, "Head Office, Cork", "2022-05", "2022-10", N, tx="(secondment)",
                  bullets=["Processed weekly payroll and holiday pay for 40 stores",
                           "Reconciled timesheets against rosters before each pay run"]),
                E("Checkout & Shop Floor Assistant", CRS, "Ballincollig, Cork", "2016", "2019", F, IPS, [
                    "Transferred to Douglas in 2019"]),
            ]),
            G("The Lough Tavern", roles=[
                E("Bar Staff", "The Lough Tavern", "Cork", "2021-09", "present", F, IPS, tx="(weekends)", bullets=[
                    "Friday and Saturday nights behind the bar; cash and card, closing checks"]),
            ]),
        ]),
        ("jobs", "Volunteering", [
            G("Lee Valley Hurling Club", roles=[
                E("Underage Coach", "Lee Valley Hurling Club", "Cork", "2018", "present", F, VOL, [
                    "Coach the under-10s on Saturday mornings and organise blitz days with parents"],
                  section="volunteer", etype="volunteer"),
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------------- w025
PCH = "Palmetto Crest Hotels"
RESUMES.append(dict(
    file="w025.docx",
    family="US hotel guest-experience manager across three properties of one brand, contact in the Word header, "
           "borderless table per role under the employer heading, remote part-time reservations job",
    code="docx, header/boxed, month / 'Present'",
    render="docx", paper="letter",
    name="Jasmine Whitfield",
    contact=["Orlando, FL 32819", "(407) 555-0103", "jasmine.whitfield@example.com"],
    headline="Hospitality leader | front office | guest recovery",
    ds="month", present="Present", dash=" – ",
    do=dict(variant="header", font="Garamond", size=11, hcaps=True, glyph="▪",
            footer="References available on request"),
    jobopts=dict(fmt="boxed", boxorg=True),
    sections=[
        ("jobs", "Professional experience", [
            G(PCH, "Orlando, FL", note="Three properties in the Orlando area, 2019 – present", roles=[
                E("Guest Experience Manager", PCH, "Lake Buena Vista, FL", "2023-06", "present", F, IPS, [
                    "Lead a 22-person front office and guest services team at a 410-room resort",
                    "Meet guests with service problems, make it right and follow up after check-out",
                    "Guest satisfaction in the brand's top 10% for 2025"]),
                E("Reservations Sales Agent", PCH, "Central Reservations Office", "2022-01", "2022-12", F, CC,
                  tx="(remote, part-time)", bullets=[
                      "Took booking calls for all Florida properties from home on weekday evenings; upsold "
                      "packages"]),
                E("Front Desk Supervisor", PCH, "Orlando, FL", "2021-03", "2023-05", F, IPS, [
                    "Ran the evening desk; walked guests when we were oversold and handled billing disputes"]),
                E("Front Desk Agent", PCH, "Orlando, FL", "2019-08", "2021-02", F, IPS, [
                    "Check-ins, loyalty sign-ups and shuttle scheduling"]),
            ]),
            G("Citrus Grove Resort", "Kissimmee, FL", roles=[
                E("Housekeeper", "Citrus Grove Resort", "Kissimmee, FL", "2017", "2019", A, bullets=[
                    "Cleaned 14–16 rooms a shift after check-out and restocked linen carts"]),
            ]),
        ]),
        ("lines", "Education", ["B.S. Hospitality Management (online), Gulf Coast State University, 2018 – 2022"]),
        ("lines", "Certifications", ["Certified Front Desk Representative, 2020", "Guest service recovery "
                                                                                  "workshop, 2024"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w026
APA = "Aurora Plains Airways"
RESUMES.append(dict(
    file="w026.pdf",
    family="Canadian airport customer service agent, two-page reportlab résumé with page footer, employer heading "
           "with three roles and dates on the line below, army reservist alongside",
    code="reportlab, centred 2 pages + footer/orgfirst dates below, mon. / 'present' + year",
    render="pdf_rl", paper="letter",
    name="Jordan Beauchamp",
    contact=["Winnipeg, MB R2C  ·  204-555-0165  ·  jordan.beauchamp@example.ca"],
    ds="mon.", present="present", dash=" – ",
    ro=dict(layout="plain", font="Times-Roman", size=11.5, glyph="o", accent="#333333", center=True,
            footer="J. Beauchamp — page {page} of 2", roleital=True),
    jobopts=dict(fmt="nested", datepos="below"),
    sections=[
        ("para", "Profile",
         ["Airport customer service agent with seven years at one airline, from cargo to the baggage office to the "
          "check-in counter and gate. Army reservist since 2016. I like solving the problem in front of me, whether "
          "it is a missing bag, a missed connection or a pallet that will not balance.",
          "Bilingual: English and French."]),
        ("jobs", "Work experience", [
            G(APA, "Winnipeg (YWG)", roles=[
                E("Airport Customer Service Agent", APA, "Winnipeg (YWG)", "2022-04", "present", F, IPS, [
                    "Check-in, boarding and rebooking at the counter and gate",
                    "Assist passengers needing wheelchairs, unaccompanied minors and pets travelling in cabin"]),
                E("Baggage Service Agent", APA, "Winnipeg (YWG)", "2020-10", "2022-03", F, IPS, [
                    "Took delayed- and damaged-bag claims at the baggage office and called passengers with updates",
                    "Traced bags in WorldTracer"]),
                E("Cargo Agent", APA, "Winnipeg (YWG)", "2019-06", "2020-09", A, bullets=[
                    "Built ULDs and checked dangerous-goods paperwork",
                    "Weighed and documented freight for outbound flights"]),
            ]),
            G("Prairie Hub Distribution", "Winnipeg, MB", roles=[
                E("Warehouse Associate", "Prairie Hub Distribution", "Winnipeg, MB", "2017-03", "2019-05", A,
                  bullets=["Picked and shipped orders for pharmacies across Manitoba"]),
            ]),
        ]),
        ("jobs", "Military (part-time)", [
            G("Red River Service Battalion (Army Reserve)", "Winnipeg, MB", roles=[
                E("Supply Technician", "Red River Service Battalion (Army Reserve)", "Winnipeg, MB", "2016",
                  "present", A, tx="(Reservist, Corporal)", bullets=[
                      "Issue kit and rations to unit members on weekend and summer exercises",
                      "Keep stores records and inventory accurate"], etype="military"),
            ]),
        ]),
        ("bullets", "Training", [
            "Dangerous goods acceptance (air cargo), 2019 — recurrent 2021",
            "Airside vehicle operator permit, 2019",
            "Customer service excellence (airline in-house), 2022",
            "Standard First Aid and CPR-C, renewed 2025",
            "Basic Military Qualification, 2016; Supply Technician DP1, 2017",
        ]),
        ("lines", "Education", ["Red River Valley Collegiate — high school diploma, 2015",
                                "Business Administration certificate (evenings), Assiniboine Metro College, "
                                "2018 – 2019"]),
        ("lines", "Languages", ["English (native), French (fluent — worked the French-language check-in line)"]),
        ("bullets", "Computer skills", ["Departure control and reservations systems",
                                        "WorldTracer baggage tracing", "Microsoft Office"]),
        ("lines", "References", [
            "Renée Fontaine, Station Manager, Aurora Plains Airways — 204-555-0101",
            "Capt. D. Harper, Officer Commanding, Red River Service Battalion — on request",
            "Gord Lindqvist, Warehouse Supervisor, Prairie Hub Distribution — 204-555-0130"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w027
HCC = "Hunter Coast City Council"
RESUMES.append(dict(
    file="w027.txt",
    family="Australian council customer-service team leader as plain text, capitals employer with an overall "
           "'2011 – present' and four titles with their own year ranges, a six-month acting secondment, market stall "
           "on the side",
    code="txt, caps/overall, year (paren) / 'present' / 'Jan – Jun 2023'",
    render="txt",
    name="Bronwyn Fairweather",
    contact=["Adamstown NSW 2289 | 0491 570 442 | bronwyn.fairweather@example.com.au"],
    ds="mon", present="present", dash=" – ",
    to=dict(hstyle="caps", glyph="-", rightstyle="paren", bind="  ", wrap=78, namecaps=True),
    jobopts=dict(fmt="overall"),
    sections=[
        ("para", "Summary", "Fifteen years in local government customer service: libraries, the front counter, the "
                            "phones and now leading the customer service centre. Calm, organised and good at turning "
                            "complaints into fixes."),
        ("jobs", "Employment history", [
            G(HCC, "Newcastle NSW", head="HUNTER COAST CITY COUNCIL, Newcastle NSW", dtext="2011 – present", roles=[
                E("Team Leader, Customer Service Centre", HCC, "Newcastle NSW", "2019", "present", F, CC,
                  dtext="2019 – present", bullets=[
                      "Lead 9 officers on the phones and the front counter",
                      "Take calls from residents who want to escalate: rates, development applications, barking dogs"]),
                E("Acting Coordinator, Customer Experience", HCC, "Newcastle NSW", "2023-01", "2023-06", A,
                  tx="– secondment", dtext="Jan – Jun 2023", bullets=[
                      "Rewrote the service standards and the request categories in the CRM",
                      "Monthly service reporting to the executive team"]),
                E("Customer Service Officer", HCC, "Newcastle NSW", "2014", "2019", F, IPS, dtext="2014 – 2019",
                  bullets=["Front counter and phones: rates payments, development application lodgements, animal "
                           "registrations"]),
                E("Library Officer", HCC, "Newcastle NSW", "2011", "2014", F, IPS, tx="– Wallsend Library",
                  dtext="2011 – 2014", bullets=["Loans desk, holds and the school holiday programme"]),
            ]),
            G("Self-employed", head="SELF-EMPLOYED (Fairweather Candle Co.)", dtext="2016 – 2020", roles=[
                E("Market Stallholder", "Self-employed", None, "2016", "2020", F, EF, bullets=[
                    "Made and sold soy candles at the monthly Foreshore Makers Market",
                    "Took custom orders for weddings and corporate gifts"], etype="freelance"),
            ]),
        ]),
        ("lines", "Education and training", ["Diploma of Local Government, 2016",
                                             "Certificate IV in Leadership and Management, 2020",
                                             "Bachelor of Arts (English), University of Newcastle Shores, 2007 – "
                                             "2010"]),
        ("lines", "Referees", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w028
FVF = "Fraserview Foods"
RESUMES.append(dict(
    file="w028.docx",
    family="Canadian grocery front-end manager who returned after four years in bookkeeping, Word layout table "
           "with shaded sidebar, employer heading with three roles at two stores, pharmacy job alongside",
    code="docx, sidebar/orgfirst, mon. / 'Present' + year",
    render="docx", paper="letter", sidebar=True,
    name="Harpreet Sandhu",
    contact=["Surrey, BC V3R", "604-555-0191", "harpreet.sandhu@example.ca"],
    ds="mon.", present="Present", dash=" – ",
    do=dict(variant="sidebar", font="Segoe UI", size=9.5, side_frac=0.28, side_fill="F3E9DC", hcaps=True),
    jobopts=dict(fmt="nested", datepos="right", roleloc=True, rolelocsep=" — "),
    sections=[
        ("side", "Languages", ["English", "Punjabi", "Hindi"]),
        ("side", "Education", ["Accounting Certificate, Fraser Delta College, 2017 – 2018"]),
        ("side", "Systems", ["POS and cash office", "QuickBooks Online, Xero", "Excel"]),
        ("jobs", "Experience", [
            G(FVF, "Guildford, Surrey, BC", note="Returned in July 2022 after four years in bookkeeping", roles=[
                E("Front End Manager", FVF, "Guildford, Surrey, BC", "2024-01", "present", F, IPS, [
                    "Manage 30 cashiers and courtesy clerks: schedules and till audits",
                    "Deal with customer complaints, refunds over $100 and price-match questions at the service desk"]),
                E("Cashier", FVF, "Guildford, Surrey, BC", "2022-07", "2023-12", F, IPS),
                E("Courtesy Clerk", FVF, "Newton, Surrey, BC", "2015", "2017", F, IPS, [
                    "Bagged groceries, carried orders out to cars and collected carts"]),
            ]),
            G("Cedarline Accounting Group", "Surrey, BC", roles=[
                E("Bookkeeping Assistant", "Cedarline Accounting Group", "Surrey, BC", "2018-09", "2022-06", A,
                  bullets=["Kept the books for 40 small-business clients in QuickBooks and Xero",
                           "Bank reconciliations, GST filings and payroll runs"]),
            ]),
            G("Panorama Drugs", "Surrey, BC", roles=[
                E("Pharmacy Assistant", "Panorama Drugs", "Surrey, BC", "2023-02", "present", F, IPS,
                  tx="(part-time)", bullets=[
                      "Prescription pick-up counter, insurance billing questions and the post office counter on "
                      "Sundays"]),
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------------- w029
BMI = "Bayshore Mutual Insurance"
RESUMES.append(dict(
    file="w029.pdf",
    family="US insurance claims adjuster, fpdf2 centred header, 'Employer — Title — dates' lines repeated for "
           "three moves (temp-to-hire, FNOL, adjuster), weekend serving job and a campus research job",
    code="fpdf2, centered/repeat dashes, m/yyyy + year / 'Present'",
    render="pdf_fpdf", paper="letter",
    name="Keisha Rawlings",
    contact=["Jacksonville, FL 32256", "(904) 555-0149 · keisha.rawlings@example.com"],
    ds="m/yyyy", present="Present", dash=" – ",
    fo=dict(layout="centered", family="sans", size=9.5, glyph="•", accent=(20, 60, 120), hcaps=True,
            toprule=False),
    jobopts=dict(fmt="repeat", sep=" — ", order="otd"),
    sections=[
        ("para", "Summary", "Claims professional, almost six years with Bayshore Mutual, licensed 6-20 adjuster. I spend "
                            "most of my day on the phone with people having a bad week."),
        ("jobs", "Experience", [
            G(BMI, roles=[
                E("Claims Adjuster I", BMI, None, "2024-03", "present", F, CC, [
                    "Handle 120+ open auto claims: call claimants and insureds, take recorded statements and explain "
                    "coverage decisions",
                    "Set reserves and negotiate repair costs with body shops"]),
                E("First Notice of Loss Representative", BMI, None, "2021-06", "2024-02", F, CC, [
                    "Took first reports of auto and home claims by phone, 45–60 calls a day, including after "
                    "hurricanes"]),
                E("Claims Support Specialist", BMI, None, "2021-01", "2021-05", A,
                  tx="(temp-to-hire via Coastline Staffing)", bullets=[
                      "Indexed photos, estimates and police reports into claim files",
                      "Issued payment letters and set up rental authorizations"]),
            ]),
            G("Marsh Hen Oyster Bar", roles=[
                E("Server", "Marsh Hen Oyster Bar", None, "2019", "2022", F, IPS, tx="(weekends)", bullets=[
                    "Weekend dinner shifts, 5–6 tables, large parties"]),
            ]),
        ]),
        ("jobs", "Campus employment", [
            G("St. Johns River University", roles=[
                E("Research Assistant", "St. Johns River University", None, "2016-08", "2019-05", N,
                  tx="– Biology Department (work-study)", bullets=[
                      "Ran PCR and logged results for a faculty project on estuary fish",
                      "Kept the sample freezer inventory"], section="other"),
            ]),
        ]),
        ("lines", "Education", ["B.A. Communication, St. Johns River University, 2015 – 2019"]),
        ("lines", "Licenses", ["Florida 6-20 All-Lines Adjuster license, 2024", "Notary public, 2022"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w030
TDS2 = "Thistlegate Department Stores"
RESUMES.append(dict(
    file="w030.md",
    family="Scottish department-store stylist in Markdown, pipe table with one row per title under the employer "
           "(Christmas temp kept on, senior, head-office secondment, stylist), theatre usher job alongside",
    code="md, h3/table, mm/yyyy + year / 'present'",
    render="md",
    name="Eilidh Munro",
    contact=["Leith, Edinburgh EH6", "07700 900 442", "eilidh.munro@example.co.uk"],
    ds="mm/yyyy", present="present", dash=" – ",
    mo=dict(h="##", org="### {t}", role="**{t}**", roleright=" ({r})", glyph="*", contactsep=" | "),
    jobopts=dict(fmt="table", cols="tldb", colnames={"t": "Role", "l": "Where", "d": "Dates", "b": "Notes"},
                 cellglyph="• "),
    sections=[
        ("para", "About me", "Personal stylist who came in as a Christmas temp and never left. Good with people, "
                             "better with colour."),
        ("jobs", "Experience", [
            G(TDS2, "Edinburgh", roles=[
                E("Personal Shopping Stylist", TDS2, "Princes Street, Edinburgh", "2023-10", "present", F, IPS, [
                    "One-to-one styling appointments, about 25 clients a week",
                    "Keep a client book and invite regulars to previews"]),
                E("Customer Insight Analyst", TDS2, "Head Office, Glasgow", "2023-02", "2023-09", A,
                  tx="(secondment)", bullets=[
                      "Analysed customer survey and NPS comments and presented themes to the buying teams"]),
                E("Senior Sales Associate", TDS2, "Princes Street, Edinburgh", "2020-04", "2023-01", F, IPS,
                  tx="– Womenswear", bullets=[
                      "Led the floor on late-night shopping",
                      "Trained new starters on the tills and the store card"]),
                E("Sales Associate", TDS2, "Princes Street, Edinburgh", "2019-11", "2020-03", F, IPS,
                  tx="(Christmas temp, kept on)", bullets=[
                      "Gift-wrap desk and tills over Christmas; offered a permanent contract in January"]),
            ]),
        ]),
        ("jobs", "Alongside", [
            G("Canongate Playhouse", "Edinburgh", fmt="nested", datepos="right", roles=[
                E("Front of House Usher", "Canongate Playhouse", "Edinburgh", "2021", "present", F, OF,
                  tx="(evenings)", bullets=[
                      "Ticket checks, ushering and the interval bar two or three evenings a week"]),
            ]),
        ]),
        ("bullets", "Education", ["HNC Fashion Retail, Forth Valley College of Fashion, 2017 – 2019",
                                  "Colour analysis course, 2024"]),
    ],
))
