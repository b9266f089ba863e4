"""wild140 résumés w001–w015 (internal moves under one employer).  Everything here is invented."""
from lib import E, G

F, A, N = "facing", "affecting", "none"
IPS, CC, SA, HC, ED, VOL, OF, IS = ("in_person_service", "contact_center", "sales_account", "healthcare_care",
                                    "education", "volunteering", "other_facing", "internal_support")

RESUMES = []

# ---------------------------------------------------------------------------------------------- w001
KBB = "Kessler's Burger Barn"
RESUMES.append(dict(
    file="w001.pdf",
    family="US fast-food manager, three promotions at one restaurant under a bold employer heading, "
           "weekend freight job alongside",
    code="reportlab, plain/orgfirst, mon / 'Present'",
    render="pdf_rl", paper="letter",
    name="Darnell Okafor-Reyes",
    contact=["Columbus, OH 43211  ·  (614) 555-0187  ·  darnell.okafor.reyes@example.com"],
    ds="mon", present="Present", dash=" – ",
    ro=dict(layout="plain", font="Helvetica", size=10, glyph="•", accent="#7a1f1f", creator="Microsoft® Word 2019"),
    jobopts=dict(fmt="nested", datepos="right", orgsep=" — "),
    sections=[
        ("para", "Summary", "Restaurant manager with seven years at the same store, from the register to running it. "
                            "I like busy shifts, a clean lobby and guests who leave happier than they came in."),
        ("jobs", "Experience", [
            G(KBB, "Columbus, OH", head="KESSLER'S BURGER BARN — Columbus, OH", note="Store #112, Morse Rd", roles=[
                E("Assistant General Manager", KBB, "Columbus, OH", "2023-09", "present", F, IPS, [
                    "Run the floor on Friday–Sunday peaks and jump on the front counter or drive-thru window when the "
                    "line backs up",
                    "Handle guest complaints and comps within policy; guest-satisfaction score went from 71% to 84% in "
                    "my first year",
                    "Write the weekly schedule for 28 crew and place the Tuesday food order"]),
                E("Shift Manager", KBB, "Columbus, OH", "2021-02", "2023-08", F, IPS, [
                    "Opened and closed the store, counted down tills and made the bank drop",
                    "Coached new crew on order accuracy and speed-of-service times",
                    "Took care of refunds and remakes for unhappy guests at the counter"]),
                E("Crew Member", KBB, "Columbus, OH", "2019-06", "2021-01", F, IPS, [
                    "Took orders at the register and on the drive-thru headset; covered grill when short-staffed"]),
            ]),
            G("Pruitt Hardware & Supply", "Westerville, OH", roles=[
                E("Freight Associate", "Pruitt Hardware & Supply", "Westerville, OH", "2022-04", "2024-01", A,
                  tx="(part-time, Saturdays)", bullets=[
                      "Unloaded the Saturday truck between 5 and 8 a.m., before the doors opened",
                      "Broke down pallets, priced and binned stock so the weekday crew could fill shelves"]),
            ]),
        ]),
        ("jobs", "Volunteer", [
            G("Linden Youth Basketball League", "Columbus, OH", roles=[
                E("Volunteer Coach", "Linden Youth Basketball League", "Columbus, OH", "2017-11", "2019-03", F, VOL,
                  ["Coached a 10U team twice a week and kept parents updated on schedules and playing time"],
                  section="volunteer", etype="volunteer"),
            ]),
        ]),
        ("lines", "Education", ["Linden-McKinley STEM Academy — High School Diploma, May 2018",
                                "Columbus State Community College — Business Management coursework, 2019 – 2020"]),
        ("lines", "Certifications", ["ServSafe Food Protection Manager, 2021 (renewed 2026)"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w002
HFF = "Hollins Fresh Foods plc"
RESUMES.append(dict(
    file="w002.docx",
    family="UK supermarket desk supervisor who left for a warehouse and was rehired, Word heading styles with "
           "employer and nested role headings, evening office-cleaning job alongside",
    code="docx, styles/orgfirst, month / 'present'",
    render="docx", paper="a4",
    name="Gemma Thwaite",
    contact=["Kirkstall, Leeds LS5", "07700 900412", "gemma.thwaite@example.co.uk"],
    ds="month", present="present", dash=" – ",
    do=dict(variant="styles", font="Calibri", size=10.5),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("para", "Personal statement",
         "Friendly, calm supervisor with ten years in food retail. I know the customer service desk inside out and I "
         "am now looking for a customer service team leader role with more responsibility."),
        ("jobs", "Employment history", [
            G(HFF, "Kirkstall, Leeds", note="Rejoined Hollins in May 2020 after a year in warehousing", roles=[
                E("Customer Service Desk Supervisor", HFF, "Kirkstall, Leeds", "2022-03", "present", F, IPS, [
                    "Run the customer service desk: refunds, click-and-collect hand-outs, parcel drop-off and lottery",
                    "Pick up complaints colleagues can't settle on the shop floor and ring customers back when we've "
                    "had to look into something",
                    "Draw up the desk rota for six colleagues and sign off the end-of-day cash and voucher "
                    "reconciliation"]),
                E("Customer Service Desk Colleague", HFF, "Kirkstall, Leeds", "2020-05", "2022-02", F, IPS, [
                    "Served at the desk and the kiosk; issued refunds and gift cards and took queries on the store "
                    "phone line"]),
            ]),
            G("Ainsley Logistics Ltd", "Wakefield", roles=[
                E("Warehouse Operative", "Ainsley Logistics Ltd", "Wakefield", "2019-06", "2020-04", A,
                  tx="(Chilled Picking)", bullets=[
                      "Picked chilled orders for store deliveries on voice-pick headsets, averaging 112% of the pick "
                      "rate",
                      "Loaded dollies and checked temperatures before trailers left"]),
            ]),
            G(HFF, "Headingley, Leeds", roles=[
                E("Checkout Operator", HFF, "Headingley, Leeds", "2016-09", "2019-05", F, IPS, [
                    "Main tills and self-scan; Challenge 25 checks and helping customers at the self-checkouts"]),
            ]),
            G("Brightspark Commercial Cleaning Ltd", "Leeds", roles=[
                E("Evening Cleaner", "Brightspark Commercial Cleaning Ltd", "Leeds", "2017-10", "2018-12", N,
                  tx="(part-time, alongside Hollins)", bullets=[
                      "Cleaned offices and washrooms at Abbey Mills Business Park after the staff had gone home"]),
            ]),
        ]),
        ("lines", "Education", ["Leeds City College – BTEC Level 3 Extended Diploma in Business, 2014 – 2016",
                                "GCSEs: 9 including English and Maths, Kirkstall Valley School, 2014"]),
        ("lines", "References", ["Karen Dale, Store Manager, Hollins Fresh Foods plc (Kirkstall) – details on "
                                 "request"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w003
NTB = "Northgate Trust Bank"
RESUMES.append(dict(
    file="w003.txt",
    family="Canadian bank employee as pasted plain text, 'Company — Title — dates — City' line repeated for each "
           "move, contract-to-permanent and an acting secondment",
    code="txt, underlined/repeat dashes, yyyy-mm / 'to date'",
    render="txt",
    name="Priya Raghunathan",
    contact=["Mississauga, ON L5B 3C2 | 905-555-0164 | priya.raghunathan@example.ca",
             "linkedin.com/in/priya-r-example"],
    ds="yyyy-mm", present="date", dash=" to ",
    to=dict(hstyle="under", uchar="=", glyph="*", bind="  "),
    jobopts=dict(fmt="repeat", sep=" — ", order="otdl", gap=True),
    sections=[
        ("para", "Profile", "Bilingual (English/Tamil) banking professional, nearly six years with one bank: contract "
                            "teller, permanent teller and now financial services representative. Comfortable with "
                            "targets, audits and difficult conversations."),
        ("jobs", "Work Experience", [
            G(NTB, "Mississauga, ON", roles=[
                E("Financial Services Representative", NTB, "Mississauga, ON", "2023-04", "present", F, SA, [
                    "Meet clients in branch and by appointment to open accounts, set up GICs, TFSAs and RRSP "
                    "contributions",
                    "Refer mortgage and investment needs to specialists; 118% of referral target in 2025",
                    "Resolve service issues that tellers escalate: holds, fee reversals, disputed cheques"]),
                E("Acting Branch Operations Lead", NTB, "Mississauga, ON", "2022-10", "2022-12", N,
                  tx="(secondment, 3 months)", bullets=[
                      "Covered the operations lead's leave: vault and ATM balancing, dual-control procedures and the "
                      "quarterly operational audit",
                      "Scheduled seven tellers and approved their cash-limit overrides"]),
                E("Customer Service Representative", NTB, "Mississauga, ON", "2021-09", "2023-03", F, IPS,
                  tx="(Teller), permanent", bullets=[
                      "Cash, cheque and bill-payment transactions at the wicket, about 90 clients a day",
                      "Spotted and reported two cheque-kiting attempts"]),
                E("Customer Service Representative", NTB, "Mississauga, ON", "2021-01", "2021-08", F, IPS,
                  tx="(Teller), contract via Staffwise Canada", bullets=[
                      "Hired on an eight-month contract to cover RRSP season; made permanent in September 2021"]),
            ]),
            G("Slice Brothers Pizzeria", "Brampton, ON", roles=[
                E("Delivery Driver / Cashier", "Slice Brothers Pizzeria", "Brampton, ON", "2018-06", "2020-12", F,
                  IPS, ["Took phone and counter orders, delivered in the evenings, handled cash and debit at the door"]),
            ]),
        ]),
        ("lines", "Education", ["Credit Valley College — Business Administration, Accounting (Diploma), "
                                "2018-09 to 2020-04"]),
        ("lines", "Certifications", ["Canadian Securities Course (CSC) — completed 2022-06",
                                     "Anti-Money Laundering refresher — annual, last completed 2026-02"]),
        ("lines", "Languages", ["English, Tamil (fluent); French (basic)"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w004
TUH = "Trentside University Hospitals NHS Trust"
RESUMES.append(dict(
    file="w004.pdf",
    family="UK NHS patient-experience lead, fpdf2 CV with one table row per title under the Trust, a complaints "
           "secondment overlapping the main post",
    code="fpdf2, left/table, mm/yyyy / 'present'",
    render="pdf_fpdf", paper="a4",
    name="Marcus Adeyemi",
    contact=["Nottingham NG7  •  07700 900731  •  marcus.adeyemi@example.org.uk"],
    headline="Patient experience and PALS professional",
    ds="mm/yyyy", present="present", dash=" – ",
    fo=dict(layout="left", family="sans", size=9.5, accent=(0, 94, 184), hcaps=True, creator="Microsoft Word"),
    jobopts=dict(fmt="table", cols="tdb", colnames={"t": "Role", "b": "Main responsibilities"},
                 widths=[0.27, 0.2, 0.53], cellglyph="- "),
    sections=[
        ("para", "Profile", "Ten years in one acute Trust, from the medical records library to leading the patient "
                            "experience team. I am at my best sitting down with a worried family and finding out what "
                            "actually went wrong."),
        ("jobs", "Career history", [
            G(TUH, "Nottingham", roles=[
                E("Patient Experience Lead", TUH, "Nottingham", "2024-04", "present", F, IPS, tx="(Band 7)", bullets=[
                    "Manage the PALS and complaints team (9 staff)",
                    "Meet families whose concerns are complex or long-running, often with the ward sister",
                    "Write the quarterly patient experience report for the Trust board"]),
                E("Complaints Investigator", TUH, "Nottingham", "2022-05", "2022-10", A, tx="(secondment)", bullets=[
                    "Investigated formal complaints from case notes and staff statements",
                    "Drafted the Chief Executive's response letters"]),
                E("PALS Officer", TUH, "Nottingham", "2021-02", "2024-03", F, IPS, tx="(Band 5)", bullets=[
                    "Ran the PALS desk in the main entrance and took calls from patients and relatives",
                    "Sorted out concerns on the spot with ward and clinic teams"]),
                E("Ward Clerk", TUH, "Nottingham", "2017-08", "2021-01", F, IPS, tx="(Band 3)", bullets=[
                    "Front desk of a 28-bed surgical ward: visitors, phones, admissions paperwork",
                    "Kept the bed board and discharge letters up to date"]),
                E("Medical Records Clerk", TUH, "Nottingham", "2016-03", "2017-07", A, tx="(Band 2)", bullets=[
                    "Pulled and prepared case notes for outpatient clinics",
                    "Scanned and filed clinic letters and test results"]),
            ]),
        ]),
        ("jobs", "Volunteering", [
            G("St Bride's Ambulance Volunteers", "Nottingham", fmt="title_org", datepos="right", roles=[
                E("Volunteer Event First Aider", "St Bride's Ambulance Volunteers", "Nottingham", "2015", "2018", F,
                  VOL, ["Covered football matches, fun runs and the summer carnival; treated minor injuries and "
                        "handed over to paramedics"], section="volunteer", etype="volunteer"),
            ]),
        ]),
        ("lines", "Education and training", [
            "BSc (Hons) Health and Social Care, Trent Valley University, 2012 – 2015",
            "Complaints handling for investigators (2 days), 2022",
            "Conflict resolution training, 2019"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w005
SGG = "Southgate Grocers"
RESUMES.append(dict(
    file="w005.docx",
    family="Australian supermarket worker transferred between three stores of one chain, Word borderless table per "
           "role (title, store, duties left; dates right), casual swim teaching alongside",
    code="docx, tabs/boxed, mon / 'Current'",
    render="docx", paper="a4",
    name="Jaxon Pereira",
    contact=["Belmont VIC 3216", "0491 570 158", "jaxon.pereira@example.com.au"],
    ds="mon", present="Current", dash=" – ",
    do=dict(variant="tabs", font="Arial", size=10, hcaps=True, glyph="–"),
    jobopts=dict(fmt="boxed", boxorg=False),
    sections=[
        ("para", "Career objective", "Ten years with Southgate, night fill to running online orders. Looking for a "
                                     "supervisor role where I can keep both customers and the team happy."),
        ("jobs", "Employment", [
            G(SGG, roles=[
                E("Online Fulfilment Coordinator", SGG, "Waurn Ponds, VIC", "2023-04", "present", A, bullets=[
                    "Run a team of eight personal shoppers picking home-delivery and click & collect orders",
                    "Set substitution rules and check orders before they go on the vans",
                    "Plan van loading and dispatch times around the delivery windows"]),
                E("WHS Coordinator", SGG, "Belmont, VIC", "2022-03", "2022-08", N, tx="(secondment, 6 months)",
                  bullets=["Ran store safety audits across four Geelong stores",
                           "Investigated staff incidents and updated risk assessments and the hazard register"]),
                E("Service Desk & Registers Team Leader", SGG, "Belmont, VIC", "2019-08", "2023-03", F, IPS, [
                    "Transferred from Corio to lead the front end of a bigger store",
                    "Handled refunds, price disputes and the odd unhappy customer at the service desk",
                    "Rostered 20+ checkout staff and cashed off registers"]),
                E("Customer Service Team Member", SGG, "Corio, VIC", "2017-12", "2019-07", F, IPS, [
                    "Checkouts, self-serve and the deli counter on weekends"]),
                E("Night Fill Team Member", SGG, "Corio, VIC", "2016-02", "2017-11", A, bullets=[
                    "Filled grocery aisles overnight (10 pm – 6 am) with the store closed",
                    "Unloaded deliveries and rotated stock"]),
            ]),
            G("Geelong Aquatic & Leisure Centre", "Geelong, VIC", roles=[
                E("Swim Instructor", "Geelong Aquatic & Leisure Centre", "Geelong, VIC", "2020-10", "present", F, ED,
                  tx="(casual)", bullets=[
                      "Teach Learn-to-Swim classes for 4–10 year olds on Saturday mornings",
                      "Talk parents through their child's progress at the end of each term"]),
            ]),
        ]),
        ("lines", "Qualifications", ["Certificate III in Retail – Barwon Skills Institute, 2017",
                                     "Swimming and water safety teacher accreditation, 2020",
                                     "First Aid and CPR – current to Mar 2027"]),
        ("lines", "Referees", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w006
LHS = "The Lakeshore Hotel & Spa"
RESUMES.append(dict(
    file="w006.pdf",
    family="Irish hotel front-office manager who left for airline reservations and returned, reportlab with dates "
           "in a left-hand column and a seasonal first stint",
    code="reportlab, datecol/orgfirst, mon / 'Present' / 'Summer 2018'",
    render="pdf_rl", paper="a4",
    name="Aoife Brennan",
    contact=["Muckross Road, Killarney, Co. Kerry  |  087 555 0142  |  aoife.brennan@example.ie"],
    ds="mon", present="Present", dash=" – ",
    ro=dict(layout="datecol", font="Times-Roman", size=10.5, glyph="–", accent="#20524a", datecol=96,
            hcaps=False, hsize=13),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("para", "About me", "Hotelier from Kerry with a soft spot for the guest who arrives tired, late and cross. "
                             "Fluent Irish, good French, Opera PMS super-user."),
        ("jobs", "Experience", [
            G(LHS, "Killarney", note="Returned in April 2021 after two and a half years in airline reservations",
              roles=[
                  E("Front Office Manager", LHS, "Killarney", "2023-03", "present", F, IPS, [
                      "Lead a front office team of 14 across reception, concierge and reservations",
                      "Greet VIP and group arrivals and deal personally with any complaint that reaches me",
                      "Set room rates in Opera PMS with the revenue manager during peak season"]),
                  E("Guest Relations Executive", LHS, "Killarney", "2021-04", "2023-02", F, IPS, [
                      "Looked after returning guests, wedding parties and long-stay residents",
                      "Turned round online reviews with personal replies and follow-up calls"]),
                  E("Receptionist", LHS, "Killarney", "2018-06", "2018-08", F, IPS, tx="(seasonal)",
                    dtext="Summer 2018", bullets=[
                        "Check-in and check-out, tour bookings and the switchboard during my college summer"]),
              ]),
            G("Emerald Atlantic Airways", "Shannon, Co. Clare", roles=[
                E("Reservations Agent", "Emerald Atlantic Airways", "Shannon, Co. Clare", "2018-09", "2021-03", F,
                  CC, ["Took booking, change and refund calls for transatlantic routes",
                       "Worked the Irish-language line two days a week"]),
            ]),
        ]),
        ("jobs", "Community", [
            G("Lough Leane Tidy Towns Committee", "Killarney", roles=[
                E("Committee Member", "Lough Leane Tidy Towns Committee", "Killarney", "2019", "2022", N, bullets=[
                    "Planned planting and litter-pick schedules and wrote our annual competition entry"],
                  section="volunteer", etype="volunteer"),
            ]),
        ]),
        ("lines", "Education", ["BA in Hotel Management, Desmond Institute of Hospitality, Tralee, 2014 – 2018",
                                "Leaving Certificate, Pobalscoil Loch Léin, 2014"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w007
VUN = "Vunani Mobile (Pty) Ltd"
RESUMES.append(dict(
    file="w007.md",
    family="South African telecom contact-centre team leader in Markdown, employer as h3 with four roles beneath "
           "including a three-month call-quality secondment; earlier wholesaler job told in prose with year-only "
           "promotion",
    code="md, h3/orgfirst + prose, mon + year / 'Current'",
    render="md",
    name="Thandeka Mokoena",
    contact=["Midrand, Gauteng", "082 555 0193", "thandeka.mokoena@example.co.za"],
    ds="mon", present="Current", dash=" - ",
    mo=dict(h="##", org="### {t}", role="**{t}**", roleright=" | {r}", glyph="-"),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("para", "Career summary", "Seven years in the same contact centre, from the inbound queue to leading the "
                                   "retentions team. I enjoy coaching and I like a customer who wants to leave - it "
                                   "usually means nobody has listened yet."),
        ("jobs", "Work experience", [
            G(VUN, head="Vunani Mobile (Pty) Ltd — Customer Contact Centre, Midrand", roles=[
                E("Team Leader: Retentions", VUN, "Midrand", "2023-06", "present", F, CC, [
                    "Lead 14 retentions consultants and take the supervisor calls when a customer asks for someone "
                    "senior",
                    "Daily huddles, call listening and coaching on save offers",
                    "41% save rate in FY2025 against a 35% target"]),
                E("Quality Assurance Assessor", VUN, "Midrand", "2022-11", "2023-01", A,
                  tx="(secondment, 3 months)", bullets=[
                      "Listened to recorded retention calls and scored them against the quality form",
                      "Sent the scores to team leaders for coaching"]),
                E("Retentions Consultant", VUN, "Midrand", "2021-03", "2023-05", F, CC, [
                    "Handled cancellation requests on contract and prepaid accounts, offering upgrades and retention "
                    "deals",
                    "RICA and FICA checks on every account change"]),
                E("Inbound Customer Care Agent", VUN, "Midrand", "2019-02", "2021-02", F, CC, [
                    "Billing, airtime and data queries, 60-80 calls a shift"]),
            ]),
            G("Umoya Cash & Carry", "Soweto", dtext="2016 - 2018", fmt="prose", prose=[
                "Joined Umoya Cash & Carry in 2016 as a Packer, filling shelves and helping customers load bulk "
                "buys into their taxis. Made a Cashier in 2017: till, lay-bys and customer queries at a busy "
                "wholesaler. Left at the end of 2018 to do my call centre certificate."], roles=[
                E("Packer", "Umoya Cash & Carry", "Soweto", "2016", "2017", F, IPS, [
                    "filling shelves and helping customers load bulk buys into their taxis."]),
                E("Cashier", "Umoya Cash & Carry", "Soweto", "2017", "2018", F, IPS, [
                    "till, lay-bys and customer queries at a busy wholesaler."]),
            ]),
        ]),
        ("bullets", "Qualifications", ["National Senior Certificate (Matric), Kliptown Comprehensive High School, "
                                       "2015",
                                       "Certificate in Contact Centre Operations (NQF 2), 2019",
                                       "Team Leader Development Programme (internal), 2023"]),
        ("lines", "References", ["Mr S. Khumalo, Contact Centre Manager, Vunani Mobile - 011 555 0100"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w008
CDA = "Cordillera Air"
RESUMES.append(dict(
    file="w008.docx",
    family="US airline supervisor transferred from one station to another, Word two-column layout table with "
           "shaded sidebar, ramp job first, Air Force service and a part-time barista job",
    code="docx, sidebar/orgfirst, mm/yyyy / 'Present'",
    render="docx", paper="letter", sidebar=True,
    name="Kristen Vaughn-Ellis",
    contact=["Aurora, CO 80012", "(303) 555-0148", "kvaughnellis@example.com"],
    headline="Airport customer service supervisor",
    ds="mm/yyyy", present="Present", dash=" – ",
    do=dict(variant="sidebar", font="Calibri", size=10, side_frac=0.31, listbullet=False, glyph="•"),
    jobopts=dict(fmt="nested", datepos="right", roleloc=True, rolelocsep=", "),
    sections=[
        ("side", "Skills", ["Irregular-operations rebooking", "Gate and ticket counter", "Special assistance",
                            "Bilingual English/Spanish", "Ramp and ground safety"]),
        ("side", "Education", ["A.A.S. Aviation Management, Arapahoe Plains Community College, 2019 – 2021"]),
        ("side", "Certifications", ["CPR/AED, 2023", "Dangerous goods awareness, 2018"]),
        ("jobs", "Experience", [
            G(CDA, "Denver, CO",
              note="Transferred from the Albuquerque station (ABQ) to the Denver hub (DEN), March 2020", roles=[
                  E("Customer Service Supervisor", CDA, "Denver, CO", "2023-07", "present", F, IPS, [
                      "Run gate and ticket-counter shifts of 20–30 agents",
                      "Rebook passengers during irregular operations and step in when a gate situation gets heated",
                      "Approve hotel and meal vouchers within policy"]),
                  E("Customer Service Agent", CDA, "Denver, CO", "2020-03", "2023-06", F, IPS, [
                      "Check-in, bag tagging and boarding; special-assistance passengers and unaccompanied minors"]),
                  E("Ramp Agent", CDA, "Albuquerque, NM", "2018-05", "2020-02", A, bullets=[
                      "Loaded and unloaded bags and cargo, marshalled aircraft, drove the tug",
                      "Hit on-time departure targets on 25-minute turns"]),
              ]),
            G("Summit Roast Coffee", "Denver, CO", roles=[
                E("Barista", "Summit Roast Coffee", "Denver, CO", "2021-09", "2022-12", F, IPS, tx="(part-time)",
                  bullets=["Weekend morning shifts on the espresso bar and register"]),
            ]),
        ]),
        ("jobs", "Military service", [
            G("United States Air Force", roles=[
                E("Fuels Journeyman (SrA)", "United States Air Force", None, "2013-06", "2018-04", N, bullets=[
                    "Refueled aircraft and ran fuel quality checks",
                    "Kept refueling trucks inspected and logged"], etype="military"),
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------------- w009
CRF = "City of Rideau Falls"
RESUMES.append(dict(
    file="w009.pdf",
    family="Canadian municipal client-services supervisor, fpdf2 centred header, one employer line with an overall "
           "'2014 – Present' and three titles with year ranges in brackets plus a CRM secondment, a summer student "
           "job and a weekend retail job",
    code="fpdf2, centered/orgfirst, year (paren) + mon / 'present' / 'Summer 2012'",
    render="pdf_fpdf", paper="letter",
    name="Marie-Claude Tremblay",
    contact=["Rideau Falls, ON  ·  613-555-0172  ·  mc.tremblay@example.ca"],
    ds="mon", present="present", dash=" – ",
    fo=dict(layout="centered", family="serif", size=10, accent=(90, 30, 30), glyph="◦", creator="LibreOffice 7.4"),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("para", "Summary", "Bilingual (French/English) public servant who has answered residents at the counter, "
                            "on 311 and now as supervisor of both. Calm with upset callers, careful with records."),
        ("jobs", "Professional experience", [
            G(CRF, "Rideau Falls, ON", dtext="2014 – Present", datepos="paren",
              head="City of Rideau Falls — Client Services Division, Rideau Falls, ON", roles=[
                  E("Client Services Supervisor", CRF, "Rideau Falls, ON", "2020", "present", F, CC, [
                      "Supervise 11 representatives on the 311 line and the City Hall service counter",
                      "Take escalated calls from residents about bylaw issues, water billing and waste collection",
                      "Update the 311 knowledge base after council decisions"]),
                  E("CRM Super-User", CRF, "Rideau Falls, ON", "2019-03", "2019-08", F, IS,
                    tx="(secondment, Mar – Aug 2019)", dtext="", bullets=[
                        "Trained counter and 311 staff on the new CRM and fixed their log-in and workflow problems",
                        "Ran the floor-walker desk during go-live week"]),
                  E("Client Service Representative", CRF, "Rideau Falls, ON", "2016", "2020", F, CC,
                    tx="– 311 Contact Centre", bullets=[
                        "Answered 311 calls and emails: missed garbage pick-ups, potholes, parking permits",
                        "Logged service requests and called residents back when they were closed"]),
                  E("Service Counter Clerk", CRF, "Rideau Falls, ON", "2014", "2016", F, IPS, [
                      "Sold transit passes and pet licences and took property tax payments at the front counter"]),
              ]),
        ]),
        ("jobs", "Earlier and part-time work", [
            G("Trailhead Outfitters", "Rideau Falls, ON", roles=[
                E("Weekend Sales Associate", "Trailhead Outfitters", "Rideau Falls, ON", "2017-05", "2019-08", F, IPS,
                  ["Fitted hiking boots and sold camping gear on Saturdays and Sundays"]),
            ]),
            G(CRF, roles=[
                E("Summer Student", CRF, None, "2012-06", "2012-08", N, tx="– Parks Operations",
                  dtext="Summer 2012", bullets=["Cut grass, emptied bins and repaired benches in city parks"]),
            ]),
        ]),
        ("lines", "Education", ["BA, Public Administration — Ottawa Valley University, 2010 – 2014"]),
        ("lines", "Languages", ["French (native), English (fluent)"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w010
CMB = "Calderbrook Metropolitan Borough Council"
RESUMES.append(dict(
    file="w010.html",
    family="UK council housing options officer saved as a web page, employer h3 with roles beneath including a "
           "six-month acting-up post and a maternity leave with a part-time return, advice-centre volunteering",
    code="html, plain/orgfirst, mon / 'to date'",
    render="html",
    name="Rehana Choudhury",
    contact=["Bradford BD8", "07700 900598", "rehana.choudhury@example.co.uk"],
    ds="mon", present="date", dash=" to ",
    ho=dict(title="CV", org_tag="h3"),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("para", "Profile", "Housing options officer with eight years at the same council, starting on the phones. "
                            "Speaks English, Urdu and Punjabi."),
        ("jobs", "Employment", [
            G(CMB, "Bradford", roles=[
                E("Housing Options Officer", CMB, "Bradford", "2022-04", "present", F, IPS, [
                    "Interview people who are homeless or at risk, face to face and by phone, and agree personal "
                    "housing plans",
                    "Negotiate with landlords to keep tenancies going",
                    "Make homelessness decisions and write them up"]),
                E("Acting Senior Housing Options Officer", CMB, "Bradford", "2024-01", "2024-06", A,
                  tx="(acting up, 6 months)", bullets=[
                      "Allocated new cases across a team of five officers",
                      "Quality-checked decision letters before they went out and chaired weekly case reviews"]),
                E("Customer Services Adviser", CMB, "Bradford", "2021-10", "2022-03", F, CC,
                  tx="(returned part-time)", bullets=[
                      "Three days a week on the council tax and benefits lines"]),
                E("Maternity leave", None, None, "2020-12", "2021-09", N, etype="unknown"),
                E("Customer Services Adviser", CMB, "Bradford", "2018-09", "2020-11", F, CC,
                  tx="– Council Contact Centre", bullets=[
                      "Council tax, bins and benefits calls; web chat once it launched in 2020",
                      "Booked housing appointments and flagged urgent cases to duty officers"]),
            ]),
        ]),
        ("jobs", "Volunteering", [
            G("Manningham Advice Point", "Bradford", roles=[
                E("Volunteer Adviser", "Manningham Advice Point", "Bradford", "2019-05", "2021-07", F, VOL, [
                    "Saturday drop-ins helping residents with benefit forms in English, Urdu and Punjabi"],
                  section="volunteer", etype="volunteer"),
            ]),
        ]),
        ("lines", "Education", ["Foundation Degree in Housing Practice, Aire Valley College, 2019 – 2021",
                                "A levels: Sociology, English, Business, 2015"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w011
LFC = "Lakeview Federal Credit Union"
RESUMES.append(dict(
    file="w011.pdf",
    family="US credit union branch manager, two-page reportlab résumé with page footer, 'Employer | Title | City | "
           "dates' pipe lines repeated, rehired after a mortgage-processing job, seasonal tax preparer",
    code="reportlab, 2 pages + footer/repeat pipes, mm/yyyy + year / 'Present'",
    render="pdf_rl", paper="letter",
    name="Tom Kowalczyk",
    contact=["Parma, OH 44129", "(440) 555-0136  |  tom.kowalczyk@example.net"],
    ds="mm/yyyy", present="Present", dash=" – ",
    ro=dict(layout="plain", font="Helvetica", size=11, glyph="•", accent="#234", twohead=True,
            footer="Tom Kowalczyk  |  Page {page}", footer_center=False),
    jobopts=dict(fmt="repeat", sep=" | ", order="otld"),
    sections=[
        ("para", "Professional summary",
         ["Credit union leader with ten years in member service, lending and branch operations. Rejoined Lakeview in "
          "2022 to open a new branch and now run our Parma office. Known for turning around member-satisfaction "
          "scores, developing tellers into lenders and keeping audits clean.",
          "Looking for a branch or member-experience leadership role in Northeast Ohio."]),
        ("jobs", "Professional experience", [
            G(LFC, roles=[
                E("Branch Manager", LFC, "Parma, OH", "2024-10", "present", F, IPS, [
                    "Lead a branch of 9 with $96M in deposits; own the lending, deposit-growth and audit results",
                    "Sit down with members on escalated loan and account disputes and settle most the same day",
                    "Run the branch's shred days and first-time homebuyer evenings"]),
                E("Assistant Branch Manager", LFC, "Lakewood, OH", "2022-03", "2024-09", F, IPS, [
                    "Rehired in 2022 to help open the Lakewood branch; trained 6 new member service reps",
                    "Covered the teller line and new-accounts desk at lunch and on Saturdays"]),
            ]),
            G("Erie Shore Mortgage Co.", roles=[
                E("Loan Processor", "Erie Shore Mortgage Co.", "Independence, OH", "2020-01", "2022-02", A, bullets=[
                    "Ordered appraisals, title and flood certs and built files for underwriting",
                    "Cleared conditions so closings happened on time, with 30–35 files in the pipeline at once"]),
            ]),
            G(LFC, roles=[
                E("Member Service Representative", LFC, "Parma, OH", "2016", "2019", F, IPS, [
                    "Teller transactions, new accounts, debit card and online banking set-up"]),
            ]),
        ]),
        ("jobs", "Part-time / seasonal", [
            G("Brightline Tax Service", roles=[
                E("Seasonal Tax Preparer", "Brightline Tax Service", "Parma, OH", "2023-01", "2023-04", F, IPS, [
                    "Prepared individual returns face to face with walk-in clients during the 2023 filing season"]),
            ]),
        ]),
        ("bullets", "Core skills", [
            "Consumer lending (auto, HELOC, personal), loan review and exceptions",
            "Branch P&L, staffing models and cash management",
            "Coaching and performance reviews for member service and teller teams",
            "BSA/AML compliance, audit preparation and remediation",
            "Core banking systems, loan origination software, Microsoft Excel",
        ]),
        ("lines", "Education", ["Cuyahoga Valley State University — B.S. Business Administration (Finance), "
                                "2012 – 2016",
                                "Parma Senior High School — Diploma, 2012"]),
        ("bullets", "Certifications & training", [
            "Certified Credit Union Financial Counselor (CCUFC), 2023",
            "NMLS mortgage loan originator training, 2021",
            "League leadership academy, cohort of 2025",
        ]),
        ("lines", "References", [
            "Janet Ruiz, Regional Manager, Lakeview Federal Credit Union — (216) 555-0110",
            "Mark Feeney, Processing Manager, Erie Shore Mortgage Co. — (216) 555-0122",
            "Available on request from earlier employers as well."]),
    ],
))

# ---------------------------------------------------------------------------------------------- w012
GWC = "Golden Wattle Chicken"
_p1 = ("I joined Golden Wattle in March 2017 as a casual Crew Member, working the front counter and drive-thru after "
       "school and on weekends.")
_p2 = ("In January 2019 I was made Crew Trainer. I trained new starters on the register, food safety and our "
       "service standards, and still worked the counter most shifts.")
_p3 = ("I was promoted to Shift Supervisor in July 2020. I ran shifts of up to 12 crew, dealt with customer "
       "complaints and refunds, and did the end-of-shift cash reconciliation.")
_p4 = ("Since February 2023 I have been Restaurant Manager, responsible for a team of 38, the labour budget, food "
       "safety audits and hiring. I still take the escalated complaints and work front of house on Friday nights.")
RESUMES.append(dict(
    file="w012.docx",
    family="Australian fast-food restaurant manager, name and contact in the Word page header, one employer "
           "described in prose paragraphs (joined as crew member, promoted three times), casual office-cleaning "
           "job",
    code="docx, header/prose, month in prose + mon / 'Present'",
    render="docx", paper="a4",
    name="Mia Tran",
    contact=["Granville NSW 2142", "0491 570 263", "mia.tran@example.com.au"],
    ds="mon", present="Present", dash=" – ",
    do=dict(variant="header", font="Georgia", size=10.5, hcaps=True, footer="Mia Tran  |  Résumé"),
    jobopts=dict(fmt="nested", datepos="right"),
    sections=[
        ("jobs", "Work history", [
            G(GWC, "Granville NSW", head="Golden Wattle Chicken, Parramatta Road, Granville NSW",
              dtext="Mar 2017 – Present", fmt="prose", prose=[_p1, _p2, _p3, _p4], roles=[
                  E("Crew Member", GWC, "Granville NSW", "2017-03", "2018-12", F, IPS, [
                      "working the front counter and drive-thru after school and on weekends"], tx="(casual)"),
                  E("Crew Trainer", GWC, "Granville NSW", "2019-01", "2020-06", F, IPS, [
                      "I trained new starters on the register, food safety and our service standards, and still "
                      "worked the counter most shifts."]),
                  E("Shift Supervisor", GWC, "Granville NSW", "2020-07", "2023-01", F, IPS, [
                      "I ran shifts of up to 12 crew, dealt with customer complaints and refunds, and did the "
                      "end-of-shift cash reconciliation."]),
                  E("Restaurant Manager", GWC, "Granville NSW", "2023-02", "present", F, IPS, [
                      "responsible for a team of 38, the labour budget, food safety audits and hiring.",
                      "I still take the escalated complaints and work front of house on Friday nights."]),
              ]),
            G("Parra Shine Commercial Cleaning", "Parramatta NSW", roles=[
                E("Office Cleaner", "Parra Shine Commercial Cleaning", "Parramatta NSW", "2021-03", "2022-08", N,
                  tx="(casual, evenings)", bullets=[
                      "Cleaned two floors of empty offices after hours: vacuuming, bins, kitchens and bathrooms"]),
            ]),
        ]),
        ("lines", "Education & training", ["Diploma of Leadership and Management, 2022",
                                           "Bachelor of Business (part-time, in progress), Cumberland Business School",
                                           "Food Safety Supervisor certificate, 2020"]),
        ("lines", "Referees", ["Tony Nguyen, Area Manager, Golden Wattle Chicken – 0491 570 301"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w013
BHS = "Braeside Home Stores Ltd"
MGD = "McGowan Distribution"
RESUMES.append(dict(
    file="w013.txt",
    family="Scottish warehouse team leader as plain text, capitals employer headings; one employer with an overall "
           "'2015 - 2019' and three undated titles beneath, the other with agency-to-permanent and a promotion",
    code="txt, rules/overall, year (overall) + mon / 'Present'",
    render="txt",
    name="Callum Reid",
    contact=["Cumbernauld, Glasgow G67", "Mob: 07700 900284", "Email: callum.reid@example.co.uk"],
    ds="mon", present="Present", dash=" - ",
    to=dict(hstyle="rule", glyph="*", orgcaps=False, rightstyle=", ", bind="   "),
    jobopts=dict(fmt="overall"),
    sections=[
        ("para", "Profile", "Reliable team leader, nearly seven years in warehousing after five in retail. Full clean driving "
                            "licence, forklift licences, happy to work shifts."),
        ("jobs", "Employment", [
            G(MGD, "Eurocentral, Motherwell", head="McGOWAN DISTRIBUTION, Eurocentral, Motherwell",
              dtext="Jan 2020 - Present", roles=[
                  E("Goods-In Team Leader", MGD, "Eurocentral, Motherwell", "2022-10", "present", A,
                    dtext="Oct 2022 - Present", bullets=[
                        "Lead a goods-in shift of 9: booking in hauliers, checking deliveries against purchase orders "
                        "and raising discrepancies with suppliers"]),
                  E("Warehouse Operative", MGD, "Eurocentral, Motherwell", "2020-07", "2022-09", A, tx="(permanent)",
                    dtext="Jul 2020 - Sep 2022", bullets=[
                        "Taken on permanently in July 2020; reach truck and counterbalance licences",
                        "Loaded trailers to the load plan and checked seals"]),
                  E("Warehouse Operative", MGD, "Eurocentral, Motherwell", "2020-01", "2020-06", A,
                    tx="(agency, through Clydeforce Recruitment)", dtext="Jan 2020 - Jun 2020", bullets=[
                        "Picked and wrapped pallets for supermarket and pub deliveries"]),
              ]),
            G(BHS, "Glasgow Fort", head="BRAESIDE HOME STORES LTD, Glasgow Fort", dtext="2015 - 2019",
              note="Roles held:", roles=[
                  E("Department Supervisor", BHS, "Glasgow Fort", "2015", "2019", F, IPS, tx="(Kitchenware)", bullets=[
                      "Ran the kitchenware department: ordering, displays and a team of four",
                      "Sorted out customer complaints and special orders"]),
                  E("Sales Assistant", BHS, "Glasgow Fort", "2015", "2019", F, IPS, bullets=[
                      "Served customers in kitchenware and lighting, tills, deliveries booked at the counter"]),
                  E("Stockroom Assistant", BHS, "Glasgow Fort", "2015", "2019", A, bullets=[
                      "Unloaded deliveries, priced stock and kept the stockroom in order"]),
              ]),
        ]),
        ("lines", "Education / licences", ["HNC Retail Management, Clyde Valley College, 2017 - 2018",
                                           "Counterbalance and reach truck licences, 2020 (refreshed 2023)",
                                           "Full UK driving licence"]),
        ("lines", "References", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w014
UCB = "Ubuntu Commercial Bank"
RESUMES.append(dict(
    file="w014.pdf",
    family="South African bank consultant, fpdf2 condensed CV with a shaded sidebar and 'Title | Employer | Branch' lines and dates on "
           "the right, learnership, teller, a fraud-desk secondment and a weekend security job",
    code="fpdf2, sidebar/pipe, mon / 'Present'",
    render="pdf_fpdf", paper="a4", sidebar=True,
    name="Sipho Ndlovu",
    contact=["Umhlanga, Durban", "082 555 0176", "sipho.ndlovu@example.co.za"],
    ds="mon", present="Present", dash=" - ",
    fo=dict(layout="sidebar", family="cond", size=9.5, glyph="▪", accent=(0, 110, 80), hcaps=True,
            footer="Curriculum Vitae – {name}", footer_align="R", side_w=52),
    jobopts=dict(fmt="repeat", sep=" | ", order="tol", dright=True),
    sections=[
        ("side", "Personal details", ["ID: available on request", "Driver's licence: Code B",
                                      "Nationality: South African"]),
        ("side", "Languages", ["isiZulu (home language)", "English", "Afrikaans (basic)"]),
        ("side", "Skills", ["Cash handling and forex", "Client onboarding and FICA", "Card fraud procedures",
                            "MS Excel"]),
        ("jobs", "Work experience", [
            G(UCB, roles=[
                E("Branch Consultant", UCB, "Umhlanga", "2022-01", "present", F, IPS, [
                    "Open accounts, replace cards and sort out disputes for walk-in clients",
                    "Help elderly clients set up the banking app before they leave the branch",
                    "Meet monthly sales targets on credit cards and funeral cover"]),
                E("Fraud Desk Analyst", UCB, "Johannesburg", "2023-06", "2023-11", F, CC, tx="(secondment)", bullets=[
                    "Reviewed flagged card transactions and stopped compromised cards",
                    "Phoned clients to confirm suspicious transactions before releasing holds"]),
                E("Teller", UCB, "Pinetown", "2019-03", "2021-12", F, IPS, [
                    "Cash deposits, withdrawals and forex for up to 120 clients a day; balanced to the cent"]),
                E("Banking Learner", UCB, "Durban", "2018-02", "2019-02", A, tx="(Learnership, NQF 4)", bullets=[
                    "Captured and scanned account-opening documents in the back office",
                    "Checked FICA documents for completeness before files went to head office"],
                  etype="internship"),
            ]),
        ]),
        ("jobs", "Part-time", [
            G("Shield-Line Security Services", roles=[
                E("Weekend Security Officer", "Shield-Line Security Services", "Durban", "2016", "2019", N, bullets=[
                    "Saturday and Sunday night patrols of a container depot yard in Bayhead while studying",
                    "Logged vehicles in and out and checked container seals"]),
            ]),
        ]),
        ("lines", "Education", ["Higher Certificate in Banking, Umgeni College, 2017 - 2018",
                                "National Senior Certificate, 2015"]),
        ("lines", "References", ["Mrs P. Govender, Branch Manager, Ubuntu Commercial Bank Umhlanga - 031 555 0190"]),
    ],
))

# ---------------------------------------------------------------------------------------------- w015
HWP = "Healthwise Pharmacy"
RESUMES.append(dict(
    file="w015.docx",
    family="Irish pharmacy store manager, Word tab-stop dates with the employer line repeated above each title, "
           "transfer between two branches, a stock-audit secondment, lifeguard job and charity-shop volunteering",
    code="docx, tabs/org_title, mon / 'Present'",
    render="docx", paper="a4",
    name="Ciarán Doherty",
    contact=["Salthill, Galway  ·  085 555 0139  ·  ciaran.doherty@example.ie"],
    ds="mon", present="Present", dash=" – ",
    do=dict(variant="tabs", font="Cambria", size=10.5, hcaps=False, listbullet=True, roleital=True,
            contactsep="  ·  "),
    jobopts=dict(fmt="org_title"),
    sections=[
        ("para", "Profile", "Pharmacy retail manager who started on the counter. Eight years with Healthwise across "
                            "two Galway branches."),
        ("jobs", "Work experience", [
            G(HWP, roles=[
                E("Store Manager", HWP, "Shop Street, Galway", "2024-02", "present", A, bullets=[
                    "Manage a team of 11: rosters, recruitment and training",
                    "Own the store P&L, stock-loss figures and readiness for regulatory inspections",
                    "Set the visual merchandising and promotions calendar with head office"]),
                E("Assistant Manager", HWP, "Salthill, Galway", "2021-06", "2024-01", F, IPS, [
                    "Covered the counter and gave over-the-counter advice within protocol, referring to the "
                    "pharmacist when needed",
                    "Handled customer complaints and the weekly stock order"]),
                E("Stock Auditor", HWP, "Galway region", "2023-09", "2023-12", N, tx="(secondment, 4 months)",
                  bullets=["Counted and reconciled stock in 14 branches after closing",
                           "Wrote variance reports for the finance team"]),
                E("Pharmacy Counter Assistant", HWP, "Salthill, Galway", "2018-08", "2021-05", F, IPS, [
                    "Served customers at the counter, handed out prescriptions and rang the tills",
                    "Did the cosmetics and skincare displays"]),
            ]),
            G("Claddagh Leisure Pool", roles=[
                E("Lifeguard", "Claddagh Leisure Pool", "Galway", "2016-09", "2019-07", F, OF, tx="(part-time)",
                  bullets=["Poolside supervision of public swims and kids' parties; first aid when needed"]),
            ]),
        ]),
        ("jobs", "Volunteering", [
            G("Corrib Community Charity Shop", roles=[
                E("Volunteer Shop Assistant", "Corrib Community Charity Shop", "Galway", "2015-01", "2016-06", F,
                  VOL, ["Saturdays on the till and sorting donations"], section="volunteer", etype="volunteer"),
            ]),
        ]),
        ("lines", "Education", ["Pharmacy Assistant certificate (QQI Level 5), 2018",
                                "Leaving Certificate, Coláiste na Coiribe, 2015"]),
    ],
))
