"""wild136 résumés w001–w015.  One dict per résumé renders the file and its gold line."""
from lib import E

RESUMES = []


def add(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
add(
    id="w001", ext="pdf", r="rl",
    family="UK retail supervisor applying for a contact-centre job: cover letter on page 1, "
           "two-page CV after it with 'Curriculum Vitae – continued' running head and "
           "'Page 1 of 2' footers counted from the CV, references at the end",
    name="Danielle Okafor-Reid", email="danielle.okaforreid@example.co.uk", phone="07700 900231",
    contact=["14 Marlowe Road, Leicester LE2 3QT", "07700 900231  ·  danielle.okaforreid@example.co.uk"],
    letter=dict(
        head=["Danielle Okafor-Reid", "14 Marlowe Road", "Leicester LE2 3QT", "07700 900231",
              "danielle.okaforreid@example.co.uk"],
        date="3 November 2026",
        to=["Recruitment Team", "Castlegate Insurance Services", "Peacock Lane", "Leicester LE1 5PZ"],
        re="Re: Customer Contact Adviser (ref. CC-2291)",
        sal="Dear Sir or Madam,",
        paras=[
            "I would like to apply for the Customer Contact Adviser role advertised on your careers "
            "page. I have worked at Fenwright's Department Store since 2019, first on the fragrance "
            "counters and, since March 2021, running the customer service desk, where a good part of "
            "my day is spent on the phone with customers chasing refunds and click & collect orders.",
            "Before Fenwright's I spent almost two years on nights with Parkway Value Stores in "
            "Loughborough, which taught me to work to a deadline with nobody looking over my shoulder. "
            "As a teenager I volunteered at a hospice charity shop, which is where I found out I enjoy "
            "helping people far more than I enjoy stacking shelves.",
            "I am used to calming people down when something has gone wrong, keeping accurate notes "
            "and hitting service targets. I would welcome the chance to bring that to Castlegate, and "
            "I can work any of the shift patterns listed in the advert.",
            "My CV is attached. Thank you for taking the time to read my application.",
        ],
        close=["Yours faithfully,", "", "Danielle Okafor-Reid"],
    ),
    o=dict(lead=15.8, mb=74, font="Helvetica", size=10.5, hdr="title_right", ds="mon", sep=" – ", pres="Present",
           bul="•", cont="{org} (continued)", rh=["{name}", "Curriculum Vitae – continued"],
           rh_from=3, ft="Page {p} of {n}", num_skip=1, sec="caps_rule", head="centre"),
    body=[
        ("para", "Personal Profile", [
            "Friendly and level-headed customer service supervisor with seven years in retail, the "
            "last five with a department store. Comfortable on a busy desk, on the phone and on the "
            "shop floor; good with systems and with people who are having a bad day. Looking to move "
            "into a contact-centre role with a clear progression path.",
            "Outside work I help run the stock room at a community food pantry once a month and I "
            "am working through an online Level 3 Customer Service Practitioner course."]),
        ("list", "Key Skills", [
            "Complaint handling and de-escalation, face to face and over the phone",
            "Refunds, exchanges, click & collect and gift-card systems; EPOS tills",
            "Rota planning, coaching and signing off new starters",
            "Microsoft Outlook, Word and Excel; case logging and daily reports"]),
        ("jobs", "Employment History", [
            E("Customer Service Supervisor", "Fenwright's Department Store", "Leicester", "2021-03",
              "present", "facing", "in_person_service", [
                  "Run the customer service desk: refunds, exchanges, click & collect and gift-card "
                  "queries, plus the desk phone line",
                  "Step in on escalated complaints on the shop floor and over the phone, and log the "
                  "outcome on the case system",
                  "Roster and coach a team of nine till and service colleagues across weekday and "
                  "weekend shifts",
                  "Train new starters on the EPOS tills and the returns policy and sign off their "
                  "first-week checklist",
                  "Lifted our mystery-shopper score from 78% to 91% over two quarters by tightening "
                  "greeting and queue standards"]),
            E("Sales Assistant", "Fenwright's Department Store", "Leicester", "2019-06", "2021-02",
              "facing", "in_person_service", [
                  "Worked the fragrance and beauty counters, giving product advice and booking "
                  "in-store makeovers",
                  "Took cash and card payments, did gift wrapping and ran the Christmas "
                  "personal-shopping appointments",
                  "Helped with quarterly stock counts and put up promotional displays",
                  "Covered the customer service desk on Sundays and during the January sale"]),
            E("Night Stockroom Colleague", "Parkway Value Stores", "Loughborough", "2017-09",
              "2019-05", "affecting", None, [
                  "Unloaded cages from the overnight delivery and filled chilled and ambient aisles "
                  "after the store had closed",
                  "Checked delivery notes against what actually arrived and flagged shortages for "
                  "the morning manager",
                  "Rotated date-coded stock and recorded waste"]),
        ]),
        ("jobs", "Voluntary & Other Work", [
            E("Volunteer Shop Assistant", "St Brannock's Hospice Shop", "Oadby", "2016-01",
              "2017-08", "facing", "volunteering", [
                  "Served customers on the till two afternoons a week",
                  "Sorted, steamed and priced donated clothing and bric-a-brac"],
              section="volunteer", etype="volunteer"),
            E("Kitchen Assistant", "The Copper Kettle Tearoom", "Market Harborough", "2016-06",
              "2016-08", "affecting", None, [
                  "Washed up, made sandwich fillings and baked scones for the afternoon tea "
                  "service"], dtext="Summer 2016"),
        ]),
        ("lines", "Education & Training", [
            "BTEC Level 3 Extended Diploma in Business (DMM) – Beaumont Vale Sixth Form College, "
            "2014 – 2016",
            "GCSEs: 8 at grades 9–4 including English Language and Maths – Oadby Park Academy, 2014",
            "Level 2 Award in Food Safety in Catering, 2016",
            "Mental Health First Aid two-day course, 2023"]),
        ("list", "Other Information", [
            "Full UK driving licence", "Available for early, late and weekend shifts"]),
        ("refs", "References", [
            ["Carol Penhaligon – Store Manager", "Fenwright's Department Store, Gallowtree Gate, Leicester",
             "carol.penhaligon@fenwrights.example.co.uk  ·  0116 496 0321"],
            ["Rafiq Dosani – Night Operations Manager", "Parkway Value Stores, Loughborough",
             "01509 496 0877"]]),
    ],
)

# ------------------------------------------------------------------ w002
add(
    id="w002", ext="docx", r="docx",
    family="Irish healthcare assistant: Word file with a cover letter in its own section (no "
           "header), a section break, then the CV with name header and 'Page X of Y' field footer, "
           "a page-break paragraph in the middle of the first job's bullets and a referees section",
    name="Siobhán Kealy", email="siobhan.kealy@example.ie", phone="087 555 0142",
    contact=["Cloonanaha, Inagh, Co. Clare", "087 555 0142 | siobhan.kealy@example.ie"],
    letter=dict(
        head=["Siobhán Kealy", "Cloonanaha, Inagh, Co. Clare", "087 555 0142"],
        date="29 October 2026",
        to=["The Director of Nursing", "Inis Cealtra Community Nursing Unit", "Scarriff, Co. Clare"],
        re="Application: Healthcare Assistant (permanent, full-time)",
        sal="Dear Director of Nursing,",
        paras=[
            "I am writing to apply for the permanent Healthcare Assistant post in your unit. Since "
            "February 2020 I have worked as a Healthcare Assistant at Ardmore Nursing Home in Ennis, "
            "mostly on the dementia unit, and before that I spent almost two years doing home care "
            "calls around Limerick with CareWell Home Support.",
            "I completed my QQI Level 5 in Healthcare Support in 2019 and I keep my manual handling "
            "and safeguarding training up to date. I am kind, patient and well organised, and I take "
            "real pride in residents looking and feeling their best.",
            "Scarriff is much closer to home for me and I would love to work in a smaller unit. I "
            "have enclosed my CV and the names of two referees.",
        ],
        close=["Yours sincerely,", "Siobhán Kealy"],
    ),
    o=dict(dx="styles", dsec="h1", dtitle_level=2, ds="mon", sep=" – ", pres="Present",
           dbul="style", letter_break="section", dh="{name} – Curriculum Vitae",
           df="Page {PAGE} of {NUMPAGES}", df_align="r", dh_refs="{name} – Referees",
           df_refs="", cont="{org} (continued)", dhead="title", dfont="Calibri"),
    body=[
        ("para", "Profile", [
            "Caring and reliable Healthcare Assistant with over six years' experience in residential "
            "and home care, including dementia care. Garda vetted; full clean driving licence."]),
        ("jobs", "Work Experience", [
            E("Healthcare Assistant", "Ardmore Nursing Home", "Ennis, Co. Clare", "2020-02", "present",
              "facing", "healthcare_care", [
                  "Deliver personal care to 14 residents on the dementia unit: washing, dressing, "
                  "continence care and support at mealtimes",
                  "Record fluids, repositioning and food charts on the electronic care record every "
                  "shift",
                  "Help residents to move safely with hoists and stand aids, following each "
                  "person's moving-and-handling plan",
                  "Spend time with families at visiting and pass any worries on to the nurse in "
                  "charge",
                  "Fire warden for the east wing"], brk=3),
            E("Home Care Assistant", "CareWell Home Support", "Limerick", "2018-05", "2020-01",
              "facing", "healthcare_care", [
                  "Visited up to nine clients a day in their own homes for morning, lunch and tea "
                  "calls",
                  "Helped with showering, medication prompts and light meals",
                  "Phoned the care coordinator about any change in a client's condition"]),
            E("Shop Assistant", "Daly's Foodstore", "Kilrush, Co. Clare", "2016-06", "2018-04",
              "facing", "in_person_service", [
                  "Served at the till and the deli counter, making hot food rolls and slicing meats "
                  "to order",
                  "Took in the bread and milk deliveries and faced up the shelves"]),
            E("Housekeeping & Laundry Assistant", "Shannonside Hotel", "Kilrush, Co. Clare", "2015-05",
              "2016-05", "affecting", None, [
                  "Stripped and made up bedrooms after guests checked out",
                  "Ran the hotel laundry – washing, pressing and folding table linen for "
                  "functions"]),
        ]),
        ("lines", "Education", [
            "QQI Level 5 Major Award in Healthcare Support (5M4339) – Clare Training Centre, "
            "Sept 2018 – June 2019",
            "Leaving Certificate – Scoil Mhuire, Ennistymon, 2015"]),
        ("list", "Training", [
            "Manual and People Handling – renewed March 2024",
            "Safeguarding Vulnerable Persons at Risk of Abuse – 2023",
            "Dementia Care Matters: Being a Star (in-house) – 2021",
            "Occupational First Aid – 2022"]),
        ("break", "section"),
        ("refs", "Referees", [
            ["Ms Gráinne Hehir", "Clinical Nurse Manager 2, Ardmore Nursing Home, Ennis, Co. Clare",
             "065 555 0198"],
            ["Mr Tomás Daly", "Owner, Daly's Foodstore, Kilrush, Co. Clare", "065 555 0123"]]),
    ],
)

# ------------------------------------------------------------------ w003
add(
    id="w003", ext="pdf", r="fp",
    family="US credit-union call-center rep, three-page fpdf2 résumé with name/e-mail running "
           "header from page 2, 'Page n of N' footer, jobs breaking across pages with a "
           "'Title, Employer (cont.)' line, references on their own page",
    name="Kendra L. Whitfield", email="kendra.whitfield@example.com", phone="(419) 555-0163",
    contact=["Toledo, OH 43614  |  (419) 555-0163  |  kendra.whitfield@example.com",
             "linkedin.com/in/kendra-whitfield-example"],
    o=dict(mb=20, font="sans", page="Letter", size=10, lh=5.3, hdr="title_right", ds="month", sep=" – ",
           pres="Present", bul="•", rh=["{name}", "{email}"], rh_from=2, ft="Page {p} of {n}",
           cont="{title}, {org} (cont.)", sec="caps_rule", head="centre", ml=20),
    body=[
        ("para", "Summary", [
            "Member-focused contact center professional with seven years of phone, chat and "
            "in-person service across banking, telecom and food service. Known for patient "
            "explanations, clean account notes and steady quality scores. Bilingual "
            "English/Spanish (conversational). Seeking a senior member services or team lead "
            "position."]),
        ("list", "Core Competencies", [
            "Inbound phone and chat support, de-escalation, first-contact resolution",
            "Reg E card disputes, ACH returns, account maintenance, online-banking troubleshooting",
            "Cross-referral to lending and card products; consultative sales",
            "Salesforce Service Cloud, Genesys Cloud, Jack Henry Symitar, Microsoft 365",
            "Peer mentoring, side-by-side coaching, knowledge-base upkeep"]),
        ("jobs", "Professional Experience", [
            E("Member Services Representative", "Lakeshore Federal Credit Union", "Toledo, OH",
              "2022-01", "present", "facing", "contact_center", [
                  "Answer 60–80 inbound calls and chats a day from members about balances, card "
                  "disputes, transfers and loan payments",
                  "Verify identity and document every interaction in the core system, keeping "
                  "card-dispute cases inside Reg E timelines",
                  "Walk members through online-banking enrollment and password resets, which cut "
                  "repeat calls on my queue by roughly a third",
                  "Refer members to lending when their history shows a fit for auto-loan "
                  "refinancing; 31 funded referrals in 2025",
                  "Mentor new hires during their two-week nesting period and listen in on their "
                  "first live calls",
                  "Volunteer for weekend overflow coverage during card-processor outages and "
                  "holiday peaks"]),
            E("Inbound Sales and Service Agent", "Brightline Telecom Solutions", "Maumee, OH",
              "2019-08", "2021-12", "facing", "contact_center", [
                  "Handled billing, move and upgrade calls for residential internet and TV "
                  "customers",
                  "Sold speed upgrades and protection plans on the same call, averaging 112% of the "
                  "monthly sales goal",
                  "Resolved billing errors up to $150 without supervisor approval and documented "
                  "credits for audit",
                  "Kept average handle time under 9 minutes while holding a 4.6/5 post-call survey "
                  "score"]),
            E("Shift Lead", "Crossroads Coffee Co.", "Sylvania, OH", "2017-05", "2019-07", "facing",
              "in_person_service", [
                  "Ran morning shifts with four baristas covering the counter line, drive-through "
                  "window and mobile orders",
                  "Counted tills, made bank deposits and placed the weekly dairy and pastry orders",
                  "Dealt with complaints and remakes on the spot so guests left happy"]),
            E("Seasonal Warehouse Associate", "Tri-County Fulfillment", "Perrysburg, OH", "2016-11",
              "2017-01", "affecting", None, [
                  "Picked and packed e-commerce orders on a handheld scanner during the holiday "
                  "peak",
                  "Hit 105% of the pick-rate target on most shifts"]),
        ]),
        ("jobs", "Volunteer Experience", [
            E("Volunteer Tax Preparer", "Northwest Ohio Community Tax Help", "Toledo, OH", "2020-01",
              "2020-04", "facing", "volunteering", [
                  "Prepared basic federal and state returns for low-income families at a free "
                  "Saturday clinic after completing the certification course",
                  "Explained refunds, credits and next steps to filers in plain language"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "Associate of Applied Business, Business Management — Owens Valley Community College, "
            "Toledo, OH — 2014 – 2016"]),
        ("list", "Certifications", [
            "Credit Union Member Service Specialist certificate — 2023",
            "Adult CPR / First Aid — 2019 (lapsed)"]),
        ("break",),
        ("refs", "Professional References", [
            ["Dana Whitcombe", "Member Services Manager, Lakeshore Federal Credit Union",
             "(419) 555-0144  ·  dwhitcombe@lakeshorefcu.example.org", "Current supervisor, 2022 – present"],
            ["Marcus Reyes", "Team Manager, Brightline Telecom Solutions", "(419) 555-0107",
             "Supervised me 2019 – 2021"],
            ["Ellen Park", "Owner, Crossroads Coffee Co., Sylvania, OH", "(419) 555-0175"]]),
    ],
)

# ------------------------------------------------------------------ w004
add(
    id="w004", ext="txt", r="txt",
    family="Canadian hotel front-desk agent, cover letter and résumé copied out of a 3-page PDF "
           "into plain text: form feeds, 'continued' running head and 'Page n of N' lines left in, "
           "one job split by the page break",
    name="Marc-André Lefebvre", email="ma.lefebvre@example.ca", phone="902-555-0119",
    contact=["Halifax, NS B3K 2L9", "902-555-0119 | ma.lefebvre@example.ca"],
    letter=dict(
        head=["Marc-André Lefebvre", "2291 Agricola Street, Apt 4", "Halifax, NS B3K 2L9"],
        date="October 30, 2026",
        to=["Hiring Manager", "Atlantic Gateway Airport Hotel", "Enfield, NS"],
        re="RE: Guest Services Supervisor",
        sal="Dear Hiring Manager,",
        paras=[
            "Please accept my application for the Guest Services Supervisor position. For the past "
            "five years I have worked at Harbourview Suites in downtown Halifax, first as a night "
            "auditor (2019-2021) and now on the front desk, where I often run the shift when the "
            "supervisor is off.",
            "Before hotels I waited tables at The Salt Cellar Bistro for two summers and a winter, "
            "and I cooked on the line at a Dartmouth diner while I finished my diploma. I also served "
            "in the Primary Reserve for four years, which is where I learned to stay calm and follow "
            "a procedure when things go sideways.",
            "I am fully bilingual (English/French) and comfortable with Opera PMS. I would welcome a "
            "conversation about the role.",
        ],
        close=["Sincerely,", "Marc-André Lefebvre"],
    ),
    o=dict(hdr="title_right", wrap=78, lpp=46, ds="mon", sep=" - ", pres="Present", bul="*",
           cont=None, rh="Marc-André Lefebvre — Résumé (continued)", rh_from=3,
           ft="Page {p} of {n}", num_skip=1, th="caps_rule", thead="centre", pagesep="\n\f"),
    body=[
        ("para", "Profile", [
            "Bilingual hotel professional with five years at the front desk and night audit, plus "
            "restaurant service and kitchen experience. Calm under pressure, accurate with money "
            "and good at turning a complaint into a return visit."]),
        ("jobs", "Experience", [
            E("Front Desk Agent", "Harbourview Suites", "Halifax, NS", "2021-05", "present", "facing",
              "in_person_service", [
                  "Check guests in and out, handle room moves and late check-out requests for a "
                  "140-room downtown hotel",
                  "Answer the front desk line and reservations overflow in English and French",
                  "Resolve billing disputes and noise complaints and log incidents for the duty "
                  "manager",
                  "Offer room upgrades and parking packages at arrival; top upsell revenue on the "
                  "team in Q2 2025"]),
            E("Night Auditor", "Harbourview Suites", "Halifax, NS", "2019-10", "2021-04", "facing",
              "in_person_service", [
                  "Ran the night audit in Opera PMS, balanced folios and posted room and tax "
                  "charges",
                  "Covered the desk alone from 11 pm to 7 am: late arrivals, wake-up calls, guest "
                  "requests and lost keys",
                  "Prepared the morning occupancy and revenue reports for management"]),
            E("Server", "The Salt Cellar Bistro", "Halifax, NS", "2017-06", "2019-09", "facing",
              "in_person_service", [
                  "Served a 60-seat dining room and summer patio; took orders, suggested wine "
                  "pairings and ran the POS",
                  "Trained four new servers on the menu and allergen procedures"]),
            E("Line Cook", "Dockside Diner", "Dartmouth, NS", "2016-01", "2017-05", "affecting", None, [
                "Worked the grill and fryer stations on breakfast and lunch service",
                "Prepped sauces and chowder base and portioned fish each morning"]),
            E("Reserve Infantry Soldier", "Canadian Armed Forces (Primary Reserve)", "Halifax, NS",
              "2015-09", "2019-08", "none", None, [
                  "Trained one evening a week and one weekend a month in fieldcraft, weapons "
                  "handling and navigation",
                  "Completed Basic Military Qualification and the Soldier Qualification course",
                  "Two-week domestic operation filling and placing sandbags during spring "
                  "flooding"], etype="military"),
        ]),
        ("lines", "Education", [
            "Diploma, Hospitality Management - Nova Coast Community College, Halifax - 2015 - 2017"]),
        ("list", "Certificates & Languages", [
            "Responsible Beverage Service (NS) - 2017",
            "Standard First Aid with CPR-C - renewed 2024",
            "English and French (native), basic Spanish"]),
        ("refs", "References", [
            ["Nadine Cormier, Front Office Manager", "Harbourview Suites, Halifax - 902-555-0187"],
            ["Further references on request"]]),
    ],
)

# ------------------------------------------------------------------ w005
add(
    id="w005", ext="docx", r="docx",
    family="UK warehouse team leader turned office administrator: Word file with a borderless "
           "table per job, contact in the page header, 'page N' footer field, one job's bullets "
           "cut by a page-break paragraph and picked up under an 'employer – continued' line",
    name="Callum Hirst", email="callum.hirst88@example.co.uk", phone="07700 900677",
    contact=["Bentley, Doncaster DN5", "07700 900677", "callum.hirst88@example.co.uk"],
    o=dict(dx="table", dsec="caps", ds="mon", sep=" – ", pres="Present", dbul_t="•", dbul="•",
           dh="{name}  |  {phone}  |  {email}", dh_align="r", df="Curriculum Vitae – {name} – page {PAGE}",
           cont="{org} – continued", dhead="left", dfont="Arial", dsize=10, tl=12.0, tr=5.0),
    body=[
        ("para", "Profile", [
            "Organised administrator with a background in warehouse operations. I know how a "
            "depot runs from the yard to payroll and I like keeping the paperwork side tidy so "
            "the drivers and the floor can get on with it."]),
        ("jobs", "Employment", [
            E("Office Administrator", "Harcastle Logistics Ltd", "Doncaster", "2022-09", "present",
              "none", None, [
                  "Process 70+ drivers' timesheets each week and pass hours to the payroll bureau",
                  "Raise purchase orders for workshop parts and chase supplier invoices with the "
                  "accounts team",
                  "Keep the vehicle maintenance and MOT schedule up to date on the fleet "
                  "spreadsheet",
                  "Minute the monthly health & safety meeting and track the actions",
                  "Set up personnel files and induction packs for new starters"], brk=3),
            E("Warehouse Team Leader", "Harcastle Logistics Ltd", "Doncaster", "2019-04", "2022-08",
              "affecting", None, [
                  "Led a shift of 12 pickers and loaders preparing retail and trade customers' "
                  "orders on a three-shift operation",
                  "Checked pick accuracy before trailers were sealed and kept mis-picks under 0.3%",
                  "Allocated forklift and reach-truck work and wrote the shift handover report"]),
            E("Warehouse Operative (agency)", "Dearne Valley Distribution Centre", "Barnsley",
              "2017-02", "2019-03", "affecting", None, [
                  "Picked and packed online fashion orders at 140 units an hour",
                  "Processed customer returns and re-bagged stock for resale"]),
            E("Barista (part-time)", "Bean There Café", "Doncaster", "2015-09", "2017-01", "facing",
              "in_person_service", [
                  "Made drinks and served commuters at a busy station café",
                  "Opened up at 6 am and cashed up at the end of the shift"]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer Football Coach", "Balby Juniors FC", "Doncaster", "2018", "present",
              "facing", "volunteering", [
                  "Coach the under-11s on Saturday mornings and run a Wednesday evening session",
                  "Talk to parents about match arrangements and player welfare"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education & Qualifications", [
            "NVQ Level 3 Business Administration – Doncaster Skills Academy, 2023",
            "Counterbalance and reach truck licences (RTITB), 2019",
            "GCSEs – Sprotbrough Academy, 2010 – 2015 (Maths 5, English 6)"]),
        ("refs", "References", [
            ["Mrs Janet Oyelaran", "Operations Manager, Harcastle Logistics Ltd, Doncaster"],
            ["Mr Dean Fothergill", "Shift Manager, Dearne Valley Distribution Centre (via Stafflink "
             "Recruitment)"]]),
    ],
)

# ------------------------------------------------------------------ w006
add(
    id="w006", ext="pdf", r="rl",
    family="Australian pub venue supervisor, reportlab two-column first page (shaded sidebar with "
           "contact, licences, availability), full-width page 2 with '(cont.)' running head and "
           "e-mail / page footer, pipe title lines",
    name="Tahlia Mercer", email="tahlia.mercer@example.com.au", phone="0491 570 156",
    contact=[],
    o=dict(lead=14.8, mb=68, font="dejavu", size=10, hdr="pipe", ds="mon'", sep=" – ", pres="Current", bul="▪",
           cont=None, rh="Tahlia Mercer — Résumé (cont.)", rh_from=2,
           ft=["{email}", "{p}/{n}"], sec="shade", head="stack", head_rule=False,
           sidebar=[
               ("Contact", ["0491 570 156", "tahlia.mercer@example.com.au", "Edge Hill QLD 4870"]),
               ("Licences", ["RSA (QLD) – 2019", "RSG – 2019", "Open C class licence",
                             "First Aid HLTAID011 – expires 2027"]),
               ("Skills", ["Swiftpos & Bepoz", "Cash handling and gaming floats", "Rosters in Deputy",
                           "Keg changes & cellar", "Conflict resolution"]),
               ("Availability", ["Nights, weekends and public holidays", "Own car"]),
           ], sbw=140),
    body=[
        ("para", "About me", [
            "Hospitality all-rounder with six years behind the bar, on the gaming floor and "
            "running a busy venue at night. I like a full house, a tidy bar and a crew that looks "
            "after each other, and I'm the person the manager calls when a Saturday gets out of "
            "hand. Now looking for an assistant venue manager role in Cairns.",
            "Strengths: reading a room, keeping regulars and tourists happy at the same bar, "
            "calm refusals, fast and accurate cash handling, and training new starters so they "
            "are confident by their third shift."]),
        ("jobs", "Work history", [
            E("Venue Supervisor", "Coral Street Tavern", "Cairns QLD", "2022-07", "present", "facing",
              "in_person_service", [
                  "Run the floor on Friday to Sunday nights for a 400-capacity pub: breaks, bar "
                  "coverage and liaison with security",
                  "Meet function organisers on arrival and sort out whatever they need on the "
                  "night",
                  "Handle patron complaints and refusals of service under RSA rules and fill in "
                  "the incident register",
                  "Cash up the tills and the gaming float and lock up",
                  "Train new bar staff on pours, glass washing and closing checklists",
                  "Write the weekly bar order and check deliveries against invoices",
                  "Run trivia and live-music nights, including door sales and wristbands"]),
            E("Bartender", "Coral Street Tavern", "Cairns QLD", "2020-11", "2022-06", "facing",
              "in_person_service", [
                  "Poured beer, wine and cocktails for a busy front bar and beer garden",
                  "Took food orders at the bar and ran meals to tables on busy nights",
                  "Kept the bar stocked and clean and changed kegs in the cool room",
                  "Closed the bar alone on weeknights, including the till reconciliation"]),
            E("Gaming Attendant", "Trinity Bay Leagues Club", "Cairns QLD", "2019-02", "2020-10",
              "facing", "in_person_service", [
                  "Paid out machine wins, cleared jams and kept the gaming room tidy",
                  "Checked in with members playing for long stretches and followed the club's "
                  "responsible-gambling steps",
                  "Signed in visitors and new members at reception on quiet nights",
                  "Ran the members' lucky-draw and meat-raffle on Friday evenings"]),
            E("Fruit Picker", "Mareeba Highlands Farms", "Mareeba QLD", "2018-03", "2018-12", "none",
              None, [
                  "Picked and graded mangoes and avocados on piece rates",
                  "Drove a quad bike towing picking bins between the rows"]),
            E("Housekeeper", "Palm Cove Beach Resort", "Palm Cove QLD", "2017-10", "2018-02",
              "affecting", None, [
                  "Cleaned 14–16 villas a shift after departures to resort standard",
                  "Restocked minibars and bathroom amenities"]),
        ]),
        ("lines", "Training", [
            "Certificate III in Hospitality (SIT30622) – Tropic Coast TAFE campus, 2019",
            "Advanced Responsible Service of Alcohol refresher – 2024"]),
        ("refs", "Referees", [
            ["Greg Mahony – Venue Manager", "Coral Street Tavern · 0491 570 110"],
            ["Leanne Soo – Gaming Manager", "Trinity Bay Leagues Club · (07) 5550 1182"]]),
    ],
)

# ------------------------------------------------------------------ w007
add(
    id="w007", ext="md", r="md",
    family="US patient access representative, Markdown résumé kept as three 'pages' separated by "
           "rules, with typed page footers, a '(continued)' line where the first job runs over "
           "and a references page",
    name="Rosa Delgado-Finch", email="rosa.delgadofinch@example.com", phone="(208) 555-0182",
    contact=["Boise, ID 83706", "(208) 555-0182", "rosa.delgadofinch@example.com"],
    o=dict(mdentry="bold", ds="mm/yyyy", sep=" – ", pres="Present", bul="-",
           cont="_{title}, {org} (continued)_", rh="Rosa Delgado-Finch · Résumé, continued",
           rh_from=2, ft="*Page {p} of {n}*", mdsep="---", mdh="##",
           headline="Patient Access Representative · Medical Front Office"),
    body=[
        ("para", "Summary", [
            "Front-office healthcare worker with five years in patient registration and scheduling "
            "and two in medical billing, so I understand what happens to a claim after the patient "
            "leaves the desk. Calm with upset patients and careful with insurance details."]),
        ("jobs", "Experience", [
            E("Patient Access Representative", "Riverbend Family Medicine", "Boise, ID", "2021-03",
              "present", "facing", "in_person_service", [
                  "Check in 70+ patients a day: verify insurance, scan IDs, collect copays and "
                  "update demographics in Epic",
                  "Schedule follow-ups and referrals at checkout and on the front-desk phone line",
                  "Explain estimated out-of-pocket costs and set up payment plans for self-pay "
                  "patients",
                  "Cover the after-hours answering queue on a weekly rotation"], brk=2),
            E("Medical Billing Clerk", "Summit Billing Partners", "Meridian, ID", "2019-01",
              "2021-02", "affecting", None, [
                  "Coded and submitted professional claims for six outpatient clinics",
                  "Worked denials and resubmitted corrected claims within payer deadlines",
                  "Posted ERA payments and reconciled daily deposits"]),
            E("Pharmacy Technician Trainee", "Valley Drug & Wellness", "Nampa, ID", "2017-08",
              "2018-12", "facing", "healthcare_care", [
                  "Counted and labeled prescriptions under pharmacist supervision",
                  "Rang up prescriptions at the pickup window and answered patients' questions about "
                  "refill dates and generics",
                  "Called insurers about prior authorizations"], etype="internship"),
            E("Cashier", "Gem State Grocery", "Nampa, ID", "2015-06", "2017-07", "facing",
              "in_person_service", [
                  "Checked out customers, handled WIC and EBT transactions and bagged orders",
                  "Kept the front end stocked and the lanes clean"]),
        ]),
        ("jobs", "Volunteer", [
            E("Volunteer ESL Tutor", "Treasure Valley Refugee Welcome Center", "Boise, ID", "2019",
              "2020", "facing", "volunteering", [
                  "Tutored adult learners one-to-one in conversational English twice a week"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education & Certification", [
            "Medical Office Administration Certificate — Snake River Technical College, 2018",
            "Certified Healthcare Access Associate (CHAA) — 2022",
            "BLS for Healthcare Providers — current through 2027"]),
        ("break",),
        ("refs", "References", [
            ["Joanne Pruitt, Practice Manager", "Riverbend Family Medicine, Boise · (208) 555-0150"],
            ["Luis Ortega, Billing Supervisor", "Summit Billing Partners, Meridian · (208) 555-0128"],
            ["Karen Vance, PharmD", "Valley Drug & Wellness, Nampa · (208) 555-0199"]]),
    ],
)

# ------------------------------------------------------------------ w008
add(
    id="w008", ext="pdf", r="fp",
    family="Irish bar manager, fpdf2: cover letter on page 1 then a two-page CV, employer line "
           "first with mm/yyyy dates, 'CV — name — continued' running head from page 3, e-mail and "
           "page-number footer on every page incl. the letter, '(contd.)' employer line",
    name="Ciarán Moloney", email="ciaran.moloney@example.ie", phone="086 555 0173",
    contact=["Ballyard, Tralee, Co. Kerry", "086 555 0173  •  ciaran.moloney@example.ie"],
    letter=dict(
        head=["Ciarán Moloney", "Ballyard, Tralee, Co. Kerry", "086 555 0173"],
        date="1st November 2026",
        to=["Ms Deirdre O'Shea", "General Manager", "The Skellig Coast Hotel", "Waterville, Co. Kerry"],
        re="Bar Supervisor – seasonal 2027",
        sal="Dear Ms O'Shea,",
        paras=[
            "I saw your advertisement for a Bar Supervisor for the 2027 season and I would like to "
            "be considered. I have been behind the bar in Fitzgerald's Bar & Lounge in Tralee since "
            "2018 and have managed it since April 2021, looking after a team of eleven, function "
            "bookings and all the stock.",
            "Before that I worked in the lounge of The Brandon Arms Hotel from 2016 to 2018, "
            "mostly weddings and functions, so I know how a hotel bar differs from a town pub. My "
            "very first job was loading the lorries at Kingdom Drinks, which is where I learned the "
            "cellar side of the trade.",
            "I am available from March and have my own transport. I enclose my CV and would be "
            "glad to come over to Waterville to meet you.",
        ],
        close=["Is mise le meas,", "Ciarán Moloney"],
    ),
    o=dict(mb=26, font="serif", size=9.5, lh=5.6, hdr="org_right", olsep=", ", ds="mm/yyyy", sep=" - ",
           pres="Present", bul="–", cont="{org} (contd.)", rh="CV — {name} — continued",
           rh_from=3, ft=["{email}", "Page {p}"], sec="bold", hcol=(120, 40, 40), head="left"),
    body=[
        ("para", "Personal Statement", [
            "Hard-working bar manager with ten years in the licensed trade, from the cellar to the "
            "counter to the office. I like a busy bar, a well-trained team and customers who come "
            "back. Full clean driving licence."]),
        ("list", "Key Skills", [
            "Staff rotas, training and supervision of bar and lounge teams",
            "Stock control, cellar management, line cleaning and ordering",
            "Function and event planning – from first phone call to last orders",
            "Cash handling, EPOS reports, weekly takings and lodgements",
            "Licensing law, HACCP and health & safety records"]),
        ("jobs", "Career History", [
            E("Bar Manager", "Fitzgerald's Bar & Lounge", "Tralee, Co. Kerry", "2021-04", "present",
              "facing", "in_person_service", [
                  "Manage a team of 11 bar and lounge staff, including rotas, training and all "
                  "stock ordering",
                  "Look after function bookings from the first enquiry to the night itself – "
                  "christenings, 21sts, match-day crowds and funerals",
                  "Deal with customer complaints and keep things running smoothly on busy "
                  "weekends, working the bar myself on Friday and Saturday nights",
                  "Keep the licence, cellar and HACCP records in order for inspections",
                  "Grew weekday food sales by 18% with a new lunch menu"]),
            E("Bar Person", "Fitzgerald's Bar & Lounge", "Tralee, Co. Kerry", "2018-06", "2021-03",
              "facing", "in_person_service", [
                  "Pulled pints, made cocktails and served food in the lounge",
                  "Changed kegs and cleaned the lines weekly",
                  "Kept the regulars happy and the bar spotless",
                  "Ran the bar on my own on Monday to Wednesday nights",
                  "Helped set up the new EPOS system and trained the weekend staff on it"]),
            E("Lounge Staff", "The Brandon Arms Hotel", "Tralee, Co. Kerry", "2016-05", "2018-05",
              "facing", "in_person_service", [
                  "Served food and drink to lounge and function guests",
                  "Set up the ballroom for weddings and cleared down afterwards",
                  "Worked the residents' bar late on wedding nights",
                  "Took room-service orders by phone and delivered them"]),
            E("Warehouse & Delivery Helper", "Kingdom Drinks Distributors", "Castleisland, Co. Kerry",
              "2015-06", "2016-04", "affecting", None, [
                  "Picked and loaded kegs and cases for the next day's routes",
                  "Rotated stock in the depot and kept the yard tidy"]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer Match Steward", "Tralee Rovers GAA Club", "Tralee, Co. Kerry", "2017",
              "present", "facing", "volunteering", [
                  "Steward the gate and car park on home match days",
                  "Help at the registration desk for the club's summer camp"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education & Training", [
            "Certificate in Bar Management (Level 6) – Munster Hotel & Catering College, 2014 – 2016",
            "Responsible Serving of Alcohol (RSA) – 2018",
            "Manual Handling – 2022;  Food Safety Level 2 – 2021"]),
        ("refs", "References", [
            ["Mr Pádraig Fitzgerald", "Owner, Fitzgerald's Bar & Lounge, Tralee – 066 555 0101"],
            ["Ms Eileen Sugrue", "Food & Beverage Manager, The Brandon Arms Hotel – 066 555 0145"]]),
    ],
)

# ------------------------------------------------------------------ w009
add(
    id="w009", ext="docx", r="docx",
    family="Canadian credit-union representative, Word layout table with a shaded sidebar on "
           "page 1 holding the recent jobs, earlier jobs after the table, name header and "
           "'Page X of Y' footer, section break before a references page with its own header",
    name="Priya Nandakumar", email="priya.nandakumar@example.ca", phone="604-555-0166",
    contact=["Surrey, BC", "604-555-0166", "priya.nandakumar@example.ca"],
    o=dict(dx="tabs", dsec="caps", ds="month", sep=" – ", pres="Present", dbul="•",
           dh="{name} · Résumé", dh_align="r", df="Page {PAGE} of {NUMPAGES}",
           dh_refs="References – {name}", df_refs="", dx_layout=2, sbw=5.0, mainw=12.0,
           dsidebar=[("Contact", ["Surrey, BC", "604-555-0166", "priya.nandakumar@example.ca"]),
                     ("Skills", ["Member needs reviews", "Cash & ATM balancing", "Banking software "
                                 "(Temenos)", "MS Excel", "Fraud red flags"]),
                     ("Languages", ["English", "Tamil", "Hindi"])],
           headline="Financial services representative – member-first banking", dfont="Calibri"),
    body=[
        ("para", "Profile", [
            "Friendly, detail-minded branch representative with six years in member service, "
            "moving from the teller line to account opening and investments. Completing a BBA "
            "part-time."]),
        ("jobs", "Experience", [
            E("Financial Services Representative", "Maple Ridge Credit Union", "Surrey, BC",
              "2022-02", "present", "facing", "in_person_service", [
                  "Open accounts and set up term deposits and RRSP/TFSA contributions for walk-in "
                  "and booked members",
                  "Review members' banking needs and refer mortgage and small-business enquiries "
                  "to specialists",
                  "Handle complex branch issues such as estate paperwork and fraud holds"]),
            E("Member Service Representative (Teller)", "Maple Ridge Credit Union", "Surrey, BC",
              "2020-05", "2022-01", "facing", "in_person_service", [
                  "Processed deposits, withdrawals, bill payments and foreign-currency orders",
                  "Balanced the cash drawer and ATM daily"]),
            E("Cashier / Customer Service", "Fraser Valley Hardware & Garden", "Langley, BC",
              "2018-07", "2020-04", "facing", "in_person_service", [
                  "Rang through purchases and handled returns and special orders at the service "
                  "desk",
                  "Helped customers find paint, plumbing and garden supplies"]),
        ]),
        ("jobs", "Earlier & Volunteer Experience", [
            E("Data Entry Clerk", "Pinecrest Insurance Brokers", "Abbotsford, BC", "2017-09",
              "2018-06", "affecting", None, [
                  "Keyed policy changes and renewals into the broker management system so "
                  "clients' documents went out correct",
                  "Scanned and indexed client files for the new document archive"]),
            E("Food Hub Volunteer", "Riverside Polytechnic Students' Union", "Surrey, BC", "2016-09",
              "2017-04", "facing", "volunteering", [
                  "Served students at the weekly free-grocery counter",
                  "Unpacked donations and restocked shelves"], section="volunteer",
              etype="volunteer"),
        ]),
        ("lines", "Education", [
            "Bachelor of Business Administration (part-time, in progress) – Coastline University, "
            "2021 – present",
            "Diploma in Accounting – Riverside Polytechnic, 2015 – 2017",
            "Canadian Securities Course (CSC) – completed 2023"]),
        ("break", "section"),
        ("refs", "References", [
            ["Anita Gill", "Branch Manager, Maple Ridge Credit Union – Newton Branch", "604-555-0104"],
            ["Rob Castellano", "Store Manager, Fraser Valley Hardware & Garden", "604-555-0191"]]),
    ],
)

# ------------------------------------------------------------------ w010
add(
    id="w010", ext="txt", r="txt",
    family="UK senior support worker, CV saved from Word as plain text with page footers "
           "('Page 1 of 2'), running name header and form feeds left in; 'Title - Employer' lines "
           "with 'Month YYYY to Month YYYY' and 'to date' ranges",
    name="Joanne Pilkington", email="jo.pilkington@example.co.uk", phone="07700 900845",
    contact=["Little Lever, Bolton BL3", "Mobile 07700 900845", "jo.pilkington@example.co.uk"],
    o=dict(hdr="dash", wrap=80, lpp=34, ds="month", sep=" to ", pres="date", bul="•",
           cont="{title} (continued)", rh="Joanne Pilkington                         Curriculum Vitae",
           rh_from=2, ft="Page {p} of {n}", th="underline", thead="caps", pagesep="\n\f",
           newline="\r\n"),
    body=[
        ("para", "Personal Statement", [
            "I am a compassionate and experienced support worker with over nine years in care. I "
            "support adults with learning disabilities and autism to live as independently as "
            "they can, and I lead a small staff team on shift. I am reliable, patient and I enjoy "
            "seeing the people I support try new things."]),
        ("jobs", "Employment History", [
            E("Senior Support Worker", "Hollins Grove Supported Living", "Bolton", "2020-01",
              "present", "facing", "healthcare_care", [
                  "Lead shifts for a team of six support workers across three supported-living "
                  "flats",
                  "Support tenants with personal care, medication, cooking, budgeting and getting "
                  "out into the community",
                  "Write and review support plans and risk assessments with tenants and their "
                  "families",
                  "Administer and audit medication (MAR charts) and complete incident reports",
                  "Supervise and mentor new starters through the Care Certificate"]),
            E("Support Worker", "Hollins Grove Supported Living", "Bolton", "2017-08", "2019-12",
              "facing", "healthcare_care", [
                  "Supported tenants with daily living skills, appointments and activities",
                  "Kept daily records and handed over to the next shift"]),
            E("Care Assistant (bank)", "Oakdene Residential Home", "Farnworth", "2016-03", "2018-02",
              "facing", "healthcare_care", [
                  "Personal care, mealtime help and activities for older residents, some living "
                  "with dementia",
                  "Picked up extra shifts on weekends while working at Hollins Grove"]),
            E("Kitchen Assistant", "Oakdene Residential Home", "Farnworth", "2014-09", "2016-02",
              "affecting", None, [
                  "Made breakfasts and teas following the residents' diet sheets",
                  "Cleaned the kitchen to food hygiene standards"]),
            E("Office Cleaner", "Sparkle Office Services", "Bolton", "2013-05", "2014-08", "none",
              None, [
                  "Cleaned offices in the evenings after staff had gone home",
                  "Emptied bins, hoovered and mopped and restocked the toilets"]),
        ]),
        ("lines", "Qualifications", [
            "NVQ Level 3 Diploma in Health and Social Care - 2019",
            "Care Certificate - 2016",
            "Safe Handling of Medicines, Positive Behaviour Support, First Aid at Work - 2023",
            "Level 2 Food Hygiene - 2014"]),
        ("list", "Other", [
            "Full driving licence and own car (business insured)",
            "Enhanced DBS on the update service"]),
        ("refs", "References", [
            ["Mrs Lorraine Heaton, Registered Manager", "Hollins Grove Supported Living, Bolton"],
            ["Mr Imran Siddiqui, Deputy Manager", "Oakdene Residential Home, Farnworth"]]),
    ],
)

# ------------------------------------------------------------------ w011
add(
    id="w011", ext="pdf", r="rl",
    family="US Army veteran in parts-supply customer service, three-page reportlab résumé in "
           "Times (letter size): 'name / Page n' running head, e-mail-and-phone footer, one-line "
           "'Title, Employer, City (dates)' headers, a job split with 'Employer (continued)', "
           "references page",
    name="Jordan T. Whitaker", email="jt.whitaker@example.com", phone="(918) 555-0136",
    contact=["Tulsa, OK 74112  •  (918) 555-0136  •  jt.whitaker@example.com"],
    o=dict(lead=16.8, mb=74, font="Times", size=11.5, page="letter", hdr="inline", ds="mm/yyyy", sep=" – ",
           pres="Present", bul="-", cont="{org} (continued)", rh=["{name}", "Page {p}"],
           rh_from=2, rh_italic=False, ft="{email}  •  {phone}", ft_align="c", sec="caps_rule",
           head="centre", egap=0.8),
    body=[
        ("para", "Summary of Qualifications", [
            "Customer service specialist with three years on a distribution phone desk, five years "
            "in warehouse and inventory work and four years as an Army motor transport operator. "
            "Understands parts, freight and what a contractor means when they say they need it "
            "today. Dependable, safety-minded and good on the phone."]),
        ("list", "Key Skills", [
            "Order entry and quoting in Epicor Prophet 21; RMAs and credits",
            "Cycle counting, receiving, min/max planning",
            "Forklift (sit-down, stand-up, reach); Class B CDL",
            "Clear, courteous phone and e-mail communication with trade customers"]),
        ("jobs", "Experience", [
            E("Customer Service Specialist", "Pioneer Parts Supply", "Tulsa, OK", "2023-03",
              "present", "facing", "contact_center", [
                  "Take phone and e-mail orders from HVAC and plumbing contractors and quote stock "
                  "and delivery times",
                  "Chase back-orders with vendors and call customers back with updated ETAs",
                  "Issue credits and RMAs for wrong or damaged parts",
                  "Keep customer account notes current in the ERP so anyone can pick up the "
                  "thread",
                  "Cover the will-call counter at lunch and hand orders to contractors",
                  "Answer the after-hours emergency line one week a month",
                  "Named branch Customer Service Rep of the Quarter, Q3 2024"]),
            E("Inventory Control Clerk", "Pioneer Parts Supply", "Tulsa, OK", "2021-06", "2023-02",
              "affecting", None, [
                  "Ran daily cycle counts and investigated variances",
                  "Set min/max levels so high-runner parts were on the shelf for will-call orders",
                  "Received and put away inbound freight",
                  "Cut inventory variance from 3.4% to 1.1% in eighteen months"]),
            E("Forklift Operator", "Red Earth Packaging", "Sand Springs, OK", "2018-04", "2021-05",
              "none", None, [
                  "Moved paper rolls and finished corrugated pallets between the corrugator and "
                  "the finishing lines",
                  "Completed daily forklift inspections; zero recordable incidents in three years"]),
            E("Delivery Driver", "Sooner Appliance Outlet", "Broken Arrow, OK", "2016-09", "2018-03",
              "facing", "in_person_service", [
                  "Delivered and installed washers, dryers and refrigerators in customers' homes",
                  "Walked customers through basic operation and hauled away old units",
                  "Collected signatures and COD payments at the door"]),
            E("Motor Transport Operator", "U.S. Army", "Fort Sill, OK", "2012-06", "2016-06", "none",
              None, [
                  "Drove and maintained 5-ton tactical vehicles on convoy and supply missions",
                  "Licensed on HMMWV and LMTV; trained two junior drivers"], etype="military"),
        ]),
        ("lines", "Education & Training", [
            "High School Diploma — Eastside High School, Tulsa, OK, 2012",
            "Class B Commercial Driver's License — 2016",
            "OSHA 10-Hour General Industry — 2019"]),
        ("break",),
        ("refs", "References", [
            ["Teresa Hollowell", "Branch Manager, Pioneer Parts Supply", "(918) 555-0102"],
            ["Dwayne Kessler", "Shift Supervisor, Red Earth Packaging", "(918) 555-0147"],
            ["SFC (Ret.) Andre Baptiste", "Former platoon sergeant, U.S. Army", "(580) 555-0161"]]),
    ],
)

# ------------------------------------------------------------------ w012
add(
    id="w012", ext="docx", r="docx",
    family="Australian early-childhood educator, Word heading styles with tab-stop dates, "
           "contact in the page header, 'Page X of Y' footer, page-break paragraph mid-bullets "
           "with a 'Title – Employer (continued)' line, section break before a referees page",
    name="Mikaela Dunstan", email="mikaela.dunstan@example.com.au", phone="0491 570 118",
    contact=["Belmont VIC 3216 · 0491 570 118 · mikaela.dunstan@example.com.au"],
    o=dict(dx="styles", dsec="h1", dtitle_level=3, ds="month", sep=" – ", pres="Present",
           dbul="style", dh="{name}  |  {phone}  |  {email}", dh_align="c",
           df="Page {PAGE} of {NUMPAGES}", dh_refs="{name} — Referees", df_refs="Page {PAGE}",
           cont="{title} – {org} (continued)", dhead="centre", dfont="Calibri"),
    body=[
        ("para", "Career Objective", [
            "Diploma-qualified early childhood educator looking for a room leader position where "
            "I can build strong relationships with children and families and keep growing my "
            "practice under the National Quality Framework."]),
        ("jobs", "Employment History", [
            E("Early Childhood Educator", "Little Wattle Early Learning Centre", "Geelong VIC",
              "2021-02", "present", "facing", "education", [
                  "Plan and run play-based learning for 3–5 year olds in line with the EYLF",
                  "Write observations and learning stories in Storypark and share them with "
                  "families",
                  "Talk with parents at drop-off and pick-up about their child's day and any "
                  "concerns",
                  "Support children with additional needs alongside the inclusion support worker",
                  "Act as the room's first-aid officer and keep sign-in and medication records"],
              brk=3),
            E("OSHC Assistant", "Bellarine OSHC", "Drysdale VIC", "2019-01", "2021-01", "facing",
              "education", [
                  "Ran before- and after-school care activities for primary school children",
                  "Supervised homework club and the vacation-care excursions"]),
            E("Swim Teacher (casual)", "Corio Aquatic Centre", "Corio VIC", "2016-09", "2019-06",
              "facing", "education", [
                  "Taught learn-to-swim classes for toddlers and school groups on weekends"]),
            E("Retail Assistant", "Surf Coast Outfitters", "Torquay VIC", "2017-11", "2018-12",
              "facing", "in_person_service", [
                  "Served customers, fitted wetsuits and processed sales and lay-bys",
                  "Received stock and merchandised the summer range"]),
            E("Christmas Casual – Picker/Packer", "Surf Coast Distribution", "Geelong VIC",
              "2016-11", "2017-01", "affecting", None, [
                  "Picked and packed online orders for the Christmas peak in the warehouse",
                  "Printed labels and sorted parcels into courier cages"]),
        ]),
        ("jobs", "Volunteer Work", [
            E("Volunteer", "Geelong Toy Library", "Geelong VIC", "2020", "2023", "facing",
              "volunteering", [
                  "Ran the Saturday lending desk: checked toys in and out for member families and "
                  "helped new members sign up"], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Qualifications", [
            "Diploma of Early Childhood Education and Care (CHC50121) – Barwon Coast Institute of TAFE, "
            "2019 – 2020",
            "Certificate III in Early Childhood Education and Care – 2018",
            "Working with Children Check (employee) – valid to 2028",
            "HLTAID012 First Aid in an Education and Care Setting – March 2025",
            "Child Protection (mandatory reporting) – January 2026"]),
        ("break", "section"),
        ("refs", "Referees", [
            ["Sharon Whitlock", "Centre Director, Little Wattle Early Learning Centre",
             "(03) 5550 2231"],
            ["Tom Varga", "Coordinator, Bellarine OSHC", "0491 570 132"]]),
    ],
)

# ------------------------------------------------------------------ w013
add(
    id="w013", ext="pdf", r="fp",
    family="Canadian outdoor-retail store manager, three-page fpdf2 CV with employer headings "
           "and roles beneath, 'Curriculum Vitae – continued' running head, 'Professional "
           "Experience (continued)' and 'EMPLOYER (continued)' lines where pages break, 'Page n "
           "of N' footer, references page",
    name="Darren Kowalchuk", email="d.kowalchuk@example.ca", phone="780-555-0122",
    contact=["Edmonton, AB T6E 1Z9  ·  780-555-0122  ·  d.kowalchuk@example.ca"],
    o=dict(mb=26, font="sans", size=11.5, lh=5.9, hdr="orgfirst", ds="mon.", sep=" – ",
           pres="Present", bul="▸", rh=["Curriculum Vitae – continued", "{name}"], rh_from=2,
           ft="Page {p} of {n}", sec_cont="{heading} (continued)",
           cont="{org} (continued)", sec="shade", head="centre",
           headline="Retail Store Manager"),
    body=[
        ("para", "Profile", [
            "Store manager with fifteen years in specialty and big-box retail, the last seven "
            "running a high-volume outdoor store. I build teams that know the product, hold the "
            "line on shrink and payroll, and still have time for the customer in front of them. "
            "Comfortable with P&L ownership, seasonal hiring and multi-department operations."]),
        ("list", "Highlights", [
            "Store of the Year, Prairie region – 2023",
            "Grew rental and repair revenue 37% in three seasons",
            "Promoted six team members into supervisor or assistant manager roles"]),
        ("jobs", "Professional Experience", [
            E("Store Manager", "NORTHERN LIGHTS OUTFITTERS", "Edmonton, AB", "2019-04", "present",
              "facing", "in_person_service", [
                  "Lead a $6.2M outdoor-gear store with 28 staff across the sales floor, rentals "
                  "and the repair counter",
                  "Take the calls and counter visits that staff cannot resolve: warranty disputes, "
                  "damaged-rental claims and large group orders",
                  "Build schedules around a $410K payroll budget and the ski and camping peaks",
                  "Coach department leads through weekly sales and conversion reviews",
                  "Cut shrink from 2.1% to 1.3% with new receiving and cycle-count routines",
                  "Hire and onboard 30–40 seasonal staff every autumn"]),
            E("Assistant Store Manager", "NORTHERN LIGHTS OUTFITTERS", "Edmonton, AB", "2016-08",
              "2019-03", "facing", "in_person_service", [
                  "Opened and closed the store, ran the cash office and covered the floor at peak "
                  "times",
                  "Set up the rental program: booking system, fitting station and customer "
                  "waivers",
                  "Trained new hires on product knowledge and the store's greeting standard",
                  "Handled customer complaints and returns that needed a manager's override",
                  "Led the annual inventory count and the store's reset for winter"]),
            E("Department Supervisor – Seasonal & Garden", "PRAIRIE HOME CENTRE", "Edmonton, AB",
              "2013-05", "2016-07", "facing", "in_person_service", [
                  "Supervised eight associates in a garden centre doing $1.8M each spring",
                  "Advised customers on plants, soil and patio projects and handled special "
                  "orders",
                  "Built planograms and managed the end-of-season clearance",
                  "Ran the special-order desk for sheds, hot tubs and bulk landscaping "
                  "products",
                  "Scheduled associates and approved timecards"]),
            E("Receiver", "PRAIRIE HOME CENTRE", "Edmonton, AB", "2011-03", "2013-04", "affecting",
              None, [
                  "Unloaded and checked in 10–15 trucks a week against purchase orders",
                  "Reported damages and shortages to vendors and staged freight for the floor"]),
            E("Sales Associate (part-time)", "RIVERBEND COLLEGE BOOKSTORE", "Edmonton, AB",
              "2009-09", "2011-04", "facing", "in_person_service", [
                  "Served students at the tills and textbook counter during rush weeks"]),
        ]),
        ("lines", "Education", [
            "Retail Management Certificate – Capital Region Polytechnic, 2014",
            "General Studies (one year completed) – Riverbend College, 2009 – 2011"]),
        ("list", "Training", [
            "Loss Prevention Fundamentals – 2019",
            "Standard First Aid – 2025",
            "Avalanche Skills Training 1 (AST 1) – 2020"]),
        ("break",),
        ("refs", "References", [
            ["Carla Ferreira", "District Manager, Northern Lights Outfitters", "780-555-0178"],
            ["Ken Yamamoto", "Store Manager (retired), Prairie Home Centre", "780-555-0140"],
            ["Available on request: two former employees I promoted"]]),
    ],
)

# ------------------------------------------------------------------ w014
add(
    id="w014", ext="html", r="html",
    family="Irish energy-supplier customer care agent, HTML CV saved from an online builder: "
           "cover letter page first, each print page a div with its own running head and "
           "'Page n of N' footer, one job continued onto the next page, references page",
    name="Aoife Cronin", email="aoife.cronin@example.ie", phone="083 555 0116",
    contact=["Ballincollig, Co. Cork", "083 555 0116", "aoife.cronin@example.ie"],
    letter=dict(
        head=["Aoife Cronin", "12 Westgate Road, Ballincollig, Co. Cork", "083 555 0116"],
        date="2 November 2026",
        to=["Talent Acquisition", "Rebel Broadband", "Mahon, Cork"],
        re="Customer Experience Team Lead – application",
        sal="Dear Hiring Team,",
        paras=[
            "I am applying for the Customer Experience Team Lead role. I have worked at Emerald "
            "Energy Supply since May 2022 on the customer care lines, and for almost two years "
            "before that I made outbound calls in collections at Atlantic Credit Management, so I "
            "am used to difficult conversations handled with respect.",
            "My first customer-facing job was on the counter in O'Leary's Pharmacy in Mallow while "
            "I was in college. I have coached new agents informally for the last year and I would "
            "love to do it properly.",
            "Thank you for considering my application; my CV follows.",
        ],
        close=["Kind regards,", "Aoife Cronin"],
    ),
    o=dict(hentry="h3", ds="mon", sep=" – ", pres="Present", cont="{org} (continued)",
           rh="Aoife Cronin – CV (continued)", rh_from=3, ft="Page {p} of {n} · {email}",
           css="""
@page { size: A4; margin: 16mm 18mm; }
body { font-family: "Segoe UI", Arial, sans-serif; font-size: 10.5pt; color: #222; }
.page { page-break-after: always; min-height: 250mm; position: relative; }
.running-head { font-size: 8.5pt; color: #777; border-bottom: 1px solid #ddd; margin-bottom: 10px; }
.page-foot { position: absolute; bottom: 0; font-size: 8.5pt; color: #777; }
h1 { font-size: 20pt; margin-bottom: 0; } h2 { color: #0b5563; border-bottom: 2px solid #0b5563; }
h3 { margin: 10px 0 0; font-size: 11pt; } .meta { margin: 0; color: #555; } .dates { float: right; }
.cont { color: #555; }
"""),
    body=[
        ("para", "Profile", [
            "Customer care agent with six years in phone, webchat and counter service. Strong on "
            "billing and payment-plan conversations, vulnerable-customer procedures and keeping "
            "notes that the next agent can rely on."]),
        ("jobs", "Work Experience", [
            E("Customer Care Agent", "Emerald Energy Supply", "Cork", "2022-05", "present", "facing",
              "contact_center", [
                  "Handle 50–70 calls and webchats a day on billing, meter reads, moving home and "
                  "switching",
                  "Set up affordable payment plans and register vulnerable customers for priority "
                  "services",
                  "Resolve complaints at first stage and write up escalations for the resolutions "
                  "team",
                  "Buddy new starters on the phones during their first month"], brk=2),
            E("Collections Agent", "Atlantic Credit Management", "Cork", "2020-09", "2022-04",
              "facing", "contact_center", [
                  "Made outbound calls to customers in arrears on utility and telecoms accounts",
                  "Agreed realistic repayment arrangements within the code of conduct"]),
            E("Retail Assistant", "O'Leary's Pharmacy", "Mallow, Co. Cork", "2018-06", "2020-08",
              "facing", "in_person_service", [
                  "Served customers at the front counter and advised on skincare and baby "
                  "products",
                  "Handed out prescriptions once checked by the pharmacist"]),
            E("Records Clerk (temp)", "South Cork Records Centre", "Carrigtwohill, Co. Cork",
              "2020-06", "2020-08", "none", None, [
                  "Scanned and indexed archived council files for a digitisation project",
                  "Boxed, barcoded and shelved originals in the storage racks"]),
            E("Sailing Camp Instructor", "Harbour Sailing School", "Kinsale, Co. Cork", "2017-06",
              "2017-08", "facing", "education", [
                  "Taught dinghy sailing to groups of 8–12 year olds and ran the safety briefings"],
              dtext="Summer 2017"),
        ]),
        ("jobs", "College Activities", [
            E("Orientation Leader", "Lee Valley College Students' Union", "Cork", "2017-09", "2018-05",
              "facing", "other_facing", [
                  "Led campus tours and welcome-week events for first-year students",
                  "Staffed the SU information desk two lunchtimes a week"], section="other",
              etype="unknown"),
        ]),
        ("lines", "Education", [
            "BA Business and Marketing – Lee Valley College, Cork, 2016 – 2019",
            "QQI Level 6 Certificate in Customer Service Management – 2021"]),
        ("break",),
        ("refs", "References", [
            ["Brian Twomey", "Team Manager, Emerald Energy Supply", "021 555 0167"],
            ["Máire O'Leary", "Supervising Pharmacist, O'Leary's Pharmacy, Mallow", "022 555 0130"]]),
    ],
)

# ------------------------------------------------------------------ w015
add(
    id="w015", ext="docx", r="docx",
    family="US resort front office manager, one Word file holding a cover letter and the résumé "
           "separated by a page-break paragraph, the same name/contact header on every page, "
           "'Confidential – Page N' footer, a shaded table per job with one job's bullets split "
           "across two tables and a '(continued from previous page)' row",
    name="Marisol Esquivel", email="marisol.esquivel@example.com", phone="(480) 555-0193",
    contact=["Scottsdale, AZ 85251", "(480) 555-0193", "marisol.esquivel@example.com"],
    letter=dict(
        head=["Marisol Esquivel"],
        date="November 4, 2026",
        to=["Mr. Daniel Frye", "Director of Rooms", "Camelback Crest Hotel & Spa", "Paradise Valley, AZ"],
        re="Re: Assistant Director of Rooms",
        sal="Dear Mr. Frye,",
        paras=[
            "I am excited to apply for the Assistant Director of Rooms position. For the past five "
            "years I have worked at Saguaro Springs Resort, where I was promoted from Front Desk "
            "Supervisor to Front Office Manager in October 2021. I lead a team of 22 across the "
            "front desk, PBX and bell stand at a 310-key resort.",
            "Earlier in my career I spent two years in the reservations call center at Desert "
            "Palms Hotel Group and, during college, parked cars for Camelback Parking Services. "
            "Each taught me something about what guests notice in the first five minutes.",
            "I would welcome the chance to discuss how I can support your rooms division. My "
            "résumé is on the following page.",
        ],
        close=["Warm regards,", "", "Marisol Esquivel"],
    ),
    o=dict(dx="table", tshade="EDEDED", dsec="caps", ds="mon", sep="–", pres="Present",
           dbul_t="•", dbul="•", page="letter", letter_break="page",
           dh="{name}  ·  {phone}  ·  {email}", dh_align="c",
           df="Confidential – {name} – Page {PAGE}", cont="{org} (continued from previous page)",
           dhead="none", dfont="Georgia", dsize=10, tl=12.5, tr=4.5,
           headline="Front Office Manager | Luxury & Resort Hospitality"),
    body=[
        ("para", "Professional Summary", [
            "Hospitality leader with nine years in resort and hotel operations. Builds calm, "
            "guest-obsessed front office teams, fixes problems before they reach a review site and "
            "knows Opera PMS inside out."]),
        ("jobs", "Experience", [
            E("Front Office Manager", "Saguaro Springs Resort", "Scottsdale, AZ", "2021-10",
              "present", "facing", "in_person_service", [
                  "Lead 22 front desk, PBX and bell staff at a 310-key resort; hire, schedule and "
                  "review",
                  "Personally handle VIP arrivals and escalated guest complaints, including "
                  "compensation decisions",
                  "Respond to online reviews and follow up with unhappy guests by phone",
                  "Raised the guest-satisfaction arrival score from 82 to 90 in 18 months",
                  "Partner with housekeeping and engineering on room readiness at peak check-in"],
              brk=3),
            E("Front Desk Supervisor", "Saguaro Springs Resort", "Scottsdale, AZ", "2019-05",
              "2021-09", "facing", "in_person_service", [
                  "Supervised shifts of 5–7 agents and worked the desk during check-in peaks",
                  "Managed group arrivals and VIP amenity orders"]),
            E("Reservations Agent", "Desert Palms Hotel Group", "Tempe, AZ", "2017-03", "2019-04",
              "facing", "contact_center", [
                  "Booked stays for four properties by phone and e-mail; quoted rates and "
                  "packages",
                  "Handled changes, cancellations and deposit questions"]),
            E("Valet Attendant", "Camelback Parking Services", "Phoenix, AZ", "2015-06", "2017-02",
              "facing", "in_person_service", [
                  "Greeted arriving guests, parked and retrieved vehicles at hotel and event "
                  "venues"]),
        ]),
        ("jobs", "Community", [
            E("Volunteer Usher", "Phoenix Civic Playhouse", "Phoenix, AZ", "2016", "2019", "facing",
              "volunteering", [
                  "Scanned tickets, seated patrons and helped guests with accessibility needs"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "B.S. Hospitality Management – Sonoran State University, Tempe, AZ – 2013–2017",
            "Front Office Leadership Certificate – 2022"]),
        ("refs", "References", [
            ["Gloria Nakamura", "General Manager, Saguaro Springs Resort – (480) 555-0111"],
            ["Kevin Albright", "Reservations Manager, Desert Palms Hotel Group – (480) 555-0158"]]),
    ],
)
