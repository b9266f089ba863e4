"""Résumés w001–w010. One dict per résumé: it renders the file and its gold line."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.pdf", render="rl_sidebar",
    family="US retail key holder moving into e-commerce support, builder PDF with a navy left sidebar "
           "(contact, skill bars, languages), experience cards company-first with dates right-aligned and "
           "the role in small capitals below",
    layout="sidebar/org_title", fmt="mon", present="Present", dash=" – ",
    name="Danielle R. Okafor", headline="Customer Support  •  Retail Leadership",
    contact=["Columbus, OH 43215", "(614) 555-0182", "danielle.okafor@example.com",
             "linkedin.com/in/dani-okafor-cx"],
    profile="Friendly, steady retail lead now working in online support. Four years on the shop floor "
            "taught me to keep a queue moving without making anyone feel rushed.",
    exp=[("Experience", [
        E("Customer Support Specialist", "Lumora Home Goods", "Columbus, OH (Remote)", "2024-03", "present",
          "facing", "digital_service", [
              "Resolve order, delivery and warranty questions for online shoppers over chat and email "
              "(about 60 conversations a day, CSAT 96%)",
              "Issue refunds and replacement orders in Gorgias within the $150 approval limit",
              "Flag recurring product defects to the buying team with photos and order numbers"]),
        E("Key Holder", "Thread & Needle Outfitters", "Easton, OH", "2021-09", "2024-02",
          "facing", "in_person_service", [
              "Opened and closed the store, counted tills and prepared bank deposits",
              "Took over returns, price disputes and upset shoppers when the manager was off the floor",
              "Trained nine new associates on fitting rooms and the POS"]),
        E("Sales Associate", "Thread & Needle Outfitters", "Easton, OH", "2020-06", "2021-08",
          "facing", "in_person_service", [
              "Helped shoppers with sizing and outfits; signed up 40+ loyalty members a month"]),
        E("Visual Merchandising Assistant", "Halden Department Store", "Columbus, OH", "2019-01", "2020-05",
          "affecting", None, [
              "Built window and mannequin displays before opening, following the head-office calendar",
              "Re-set fixtures overnight to new planograms and sent compliance photos to the regional team"]),
    ]), ("Volunteering", [
        E("Thrift Store Volunteer", "Westside Hope Thrift", "Columbus, OH", "2017-10", "2019-06",
          "facing", "volunteering", ["Ran the Saturday register and priced donated clothing"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[("Skills", [("Zendesk / Gorgias", 5), ("Shopify admin", 4), ("Returns & refunds", 5),
                      ("Visual merchandising", 3), ("Google Sheets", 3)]),
          ("Languages", [("English", "Native"), ("Spanish", "Conversational")]),
          ("Interests", ["Community theatre", "Pickleball", "Vintage furniture"])],
    extra=[("Education", ["Scioto Valley Community College — A.A.B. Business Management, 2017 – 2019"]),
           ("Certificates", ["Customer Service Foundations (online course), 2023",
                             "ServSafe Food Handler, 2018"])],
))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.docx", render="dx_sidebar",
    family="UK contact-centre adviser, builder DOCX with a two-column layout table (shaded sidebar with "
           "contact, skills and languages), job title bold with right tab-stop dates and the employer below",
    layout="sidebar-table/title_org", fmt="mon", present="Present", dash=" – ",
    name="Kasia Wrenfield", headline="Customer Service Adviser",
    contact=["14 Weavers Yard Row, Leeds LS11 5QP", "07700 900418", "kasia.wrenfield@example.co.uk"],
    profile="Calm on the phone, quick on the system. Five years of inbound and outbound calls, now "
            "looking for a senior adviser or complaints role.",
    exp=[("Work history", [
        E("Customer Service Adviser", "Northvale Energy", "Leeds", "2023-02", "present", "facing",
          "contact_center", [
              "Take 70–90 inbound calls a day on bills, meter readings and payment plans",
              "Pick up webchat in quiet periods and log every contact in Salesforce",
              "Register customers on the Priority Services Register when they tell us they need extra help"]),
        E("Collections Agent", "Brightmoor Finance", "Bradford", "2021-06", "2023-01", "facing",
          "contact_center", [
              "Called customers in early arrears and agreed affordable repayment plans",
              "Handled inbound calls from customers disputing balances"]),
        E("Customer Correspondence Administrator", "Brightmoor Finance", "Bradford", "2019-09", "2021-05",
          "affecting", None, [
              "Scanned and indexed incoming letters and attached them to the right account",
              "Drafted standard reply letters from templates for team-leader sign-off",
              "Updated addresses and account notes from returned post"]),
        E("Bar Staff", "The Crooked Tankard", "Otley", "2017-09", "2019-08", "facing", "in_person_service", [
            "Served at a busy village pub bar, took food orders and ran them to tables",
            "Checked ID under Challenge 25"]),
    ]), ("Volunteering", [
        E("Telephone Befriender", "Dales Befriending Line", "Remote", "2022-04", "present", "facing",
          "volunteering", ["Weekly half-hour calls with two older people who live alone"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[("Skills", ["Salesforce Service Cloud", "Vulnerable-customer handling", "De-escalation",
                      "Excel (VLOOKUP, filters)", "Typing 55 wpm"]),
          ("Languages", ["English — fluent", "Polish — native"]),
          ("Interests", ["Park runs", "Baking", "Crime podcasts"])],
    extra=[("Education", ["Aire Valley College — BTEC Level 3 Business (Merit)   2015 – 2017",
                          "GCSEs: 8 incl. English and Maths (grade 6)   2015"]),
           ("Training", ["Treating Customers Fairly — in-house, 2022", "Mental Health First Aid, 2024"]),
           ("References", ["Available on request."])],
))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.txt", render="txt_ats_sidebar",
    family="US warehouse lead applying for service jobs, plain text an ATS portal made from a two-column "
           "builder PDF (sidebar text first, bullets lost, dates on their own lines)",
    layout="ats-export/title_org", fmt="mm/yyyy", present="Current", dash=" - ",
    name="MARCUS T. BELLAMY", headline="Warehouse Team Lead | Counter & Will Call",
    contact=["Sparks, NV 89431", "775-555-0147", "m.bellamy@example.net"],
    profile="Dependable lead with eight years in warehouses and parts counters. Safety-minded, good with "
            "scanners and WMS screens, and comfortable dealing with contractors at a counter.",
    exp=[("Experience", [
        E("Warehouse Team Lead", "Ridgeline Fulfillment", "Reno, NV", "2023-05", "present", "affecting", None, [
            "Lead a 12-person pick/pack shift shipping e-commerce orders for three apparel brands",
            "Keep order accuracy above 99.6% with scan audits before carriers collect",
            "Build the next day's wave plan with the inventory coordinator"]),
        E("Picker/Packer", "Ridgeline Fulfillment", "Reno, NV", "2021-11", "2023-04", "affecting", None, [
            "Picked and packed 180+ units per hour; added gift notes and inserts for each brand"]),
        E("Will Call Associate", "Sierra Parts Supply", "Sparks, NV", "2020-11", "2021-10", "facing",
          "in_person_service", [
              "Handed pre-paid orders to contractors and walk-in buyers at the will call counter after checking ID",
              "Explained backorders and substitutions and rang up add-on parts"]),
        E("Forklift Operator", "Comstock Lumber Mill", "Fernley, NV", "2018-03", "2020-09", "none", None, [
            "Moved green and dried lumber between the saw line, kilns and the yard",
            "Daily forklift inspections; zero recordable incidents"]),
        E("Holiday Cashier", "Pinecrest Craft Store", "Reno, NV", "2017-11", "2017-12", "facing",
          "in_person_service", []),
    ])],
    side=[("SKILLS", ["Forklift (sit-down, reach)", "RF scanners", "Manhattan WMS", "Cycle counts",
                      "Cash handling", "OSHA 10"]),
          ("LANGUAGES", ["English", "Basic Spanish"])],
    extra=[("EDUCATION", ["Silver Sage Adult High School, High School Diploma", "06/2015"]),
           ("CERTIFICATIONS", ["OSHA 10-Hour General Industry", "09/2022",
                               "Forklift Operator Certification", "04/2018"])],
))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.pdf", render="fp_timeline",
    family="UK hospitality supervisor, fpdf2 timeline layout: dates in a left column beside a vertical line "
           "with dots, role then venue and town, a season written as words",
    layout="timeline/title_org", fmt="MON", present="NOW", dash=" — ",
    name="Rhys Caddington", headline="Front of House Supervisor",
    contact=["Brighton BN2", "07700 900265", "rhys.cadd@example.com"],
    profile="Hospitality all-rounder who has worked pass, bar and floor. I like busy Saturdays and "
            "regulars who know my name.",
    opt=dict(orgfirst=False, color=(196, 92, 64)),
    exp=[("Experience", [
        E("Front of House Supervisor", "The Tidemark Kitchen", "Brighton", "2023-04", "present", "facing",
          "in_person_service", [
              "Run the floor for 90 covers: greet and seat, manage the waitlist, handle complaints on the spot",
              "Cash up, set rotas for six servers and brief allergens before each service"]),
        E("Barista", "Flint & Bean Coffee", "Brighton", "2021-07", "2023-03", "facing", "in_person_service", [
            "Made drinks for a morning queue of 200+, took orders at the till and kept the bar clean"]),
        E("Commis Chef", "Saltmarsh Hotel", "Hove", "2020-01", "2021-06", "affecting", None, [
            "Prepped and cooked on the garnish and breakfast sections",
            "Labelled and rotated fridge stock; kept HACCP sheets"]),
        E("Kitchen Porter", "Saltmarsh Hotel", "Hove", "2018-09", "2019-12", "affecting", None, [
            "Washed pots and plates, took deliveries and helped with veg prep"]),
        E("Events Steward", "Downsview Racecourse", "Lewes", "2019-06", "2019-08", "facing", "other_facing", [
            "Scanned tickets at the gates and directed racegoers to stands and car parks"],
          dt="SUMMER 2019"),
    ])],
    side=[("SKILLS", ["Lightspeed POS", "ResDiary", "Latte art", "Allergen briefings", "Cash handling"]),
          ("CERTIFICATES", ["Personal Licence (APLH), 2023", "Level 2 Food Hygiene, 2022"])],
    extra=[("EDUCATION", ["Southdown College — BTEC Level 2 Hospitality, 2016 — 2018"]),
           ("REFERENCES", ["Mara Ellison, General Manager, The Tidemark Kitchen — on request"])],
))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.docx", render="dx_europass",
    family="Singapore tutor and relief teacher moving into education sales, Europass-style DOCX (two-column "
           "table, dates and labels in the narrow left column, language self-assessment grid)",
    layout="europass-table/title_org", fmt="dd/mm/yyyy", present="CURRENT", dash=" – ",
    name="Priya Venkataraman", headline="Education consultant",
    contact=["Blk 718 Kembangan Rise, #07-233, Singapore 418718", "+65 9178 4402",
             "priya.venkat@example.sg", "Nationality: Singaporean"],
    profile="",
    exp=[("WORK EXPERIENCE", [
        E("Education Consultant", "BrightPath Learning Centre", "Singapore", "2024-01", "present", "facing",
          "sales_account", [
              "Meet parents who walk in or book a trial, assess the child and recommend a programme",
              "Follow up enquiries by phone and WhatsApp; enrolment conversion 38% against a 30% target",
              "Handle fee and schedule changes for about 140 families"]),
        E("Relief Teacher", "Larkspur Primary School", "Singapore", "2022-07", "2023-12", "facing", "education", [
            "Covered English and Mathematics classes for Primary 3 to 6 at short notice",
            "Invigilated examinations and marked scripts"]),
        E("Enrichment Instructor (Robotics)", "CodeSprout Academy", "Singapore", "2021-03", "2022-06", "facing",
          "education", ["Taught weekend robotics classes of 12 children aged 8–12"]),
        E("Curriculum Writer", "CodeSprout Academy", "Singapore", "2020-05", "2021-02", "affecting", None, [
            "Wrote lesson plans, worksheets and answer keys for the junior coding track",
            "Reviewed classroom videos to fix confusing steps in the materials"], et="freelance"),
        E("Research Assistant", "Straits Institute of Education", "Singapore", "2018-08", "2020-04", "none", None, [
            "Coded interview transcripts and ran descriptive statistics in SPSS for a study on homework load"],
          sec="other", et="paid"),
    ])],
    side=[],
    extra=[("EDUCATION AND TRAINING", [
        ("08/2018 – 06/2020", "Master of Education (Curriculum Studies)",
         "Straits Institute of Education, Singapore"),
        ("08/2014 – 05/2018", "Bachelor of Science (Mathematics)", "Meridian University, Singapore")]),
        ("LANGUAGE SKILLS", [("Mother tongue(s):", "English"),
                             ("Other language(s):", "Tamil — C1 C1 B2 B2 B1"),
                             ("", "Malay — B1 B1 A2 A2 A2")]),
        ("DIGITAL SKILLS", [("", "Google Classroom  |  Canva  |  Scratch  |  LEGO Spike  |  Microsoft Excel")]),
        ("DRIVING LICENCE", [("", "Class 3")]),
    ],
))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.html", render="html_cards",
    family="Australian bookshop supervisor and barista, résumé-builder HTML export (flex sidebar with skill "
           "bars, experience cards company-first with the role below and dates right)",
    layout="html-sidebar/org_title", fmt="mon", present="Current", dash=" – ",
    name="Tahlia Brennan-Moss", headline="Retail & Café Supervisor",
    contact=["Fremantle WA 6160", "0491 570 156", "tahlia.bm@example.com.au"],
    profile="Six years behind counters in Freo and Perth. Good with regulars, rosters and tills that won't "
            "balance.",
    exp=[("Work Experience", [
        E("Store Supervisor", "Kookaburra Books & Gifts", "Fremantle WA", "2022-10", "present", "facing",
          "in_person_service", [
              "Supervise a team of five; open, close and balance two registers",
              "Recommend books, take special orders and sort out refunds at the counter",
              "Run author signings and school holiday story times"]),
        E("Online Orders Packer", "Kookaburra Books & Gifts", "Fremantle WA", "2021-05", "2022-09", "affecting",
          None, ["Picked, gift-wrapped and posted web orders from the back room (casual, two days a week)"]),
        E("Barista", "Little Gull Espresso", "Perth WA", "2020-02", "2022-09", "facing", "in_person_service", [
            "Pulled 300 coffees on a weekday morning and knew most orders by face",
            "Took payments and kept the display fridge stocked"]),
        E("Fruit Picker", "Gingin Valley Orchards", "Gingin WA", "2019-01", "2019-04", "none", None, [
            "Picked and graded stone fruit on piece rates"]),
    ]), ("Volunteering", [
        E("Op Shop Volunteer", "St Brendan's Op Shop", "Fremantle WA", "2018", "2019", "facing", "volunteering",
          ["Served customers at the counter and sorted donations"], sec="volunteer", et="volunteer"),
    ])],
    side=[("Skills", [("Square POS", 90), ("Customer service", 95), ("Rostering", 70), ("Coffee", 85)]),
          ("Languages", [("English", "Native"), ("Auslan", "Basic")]),
          ("Licences", ["RSA (WA)", "HLTAID011 First Aid", "C class driver licence"])],
    extra=[("Education", ["Swan Coast Training College — Certificate III in Retail  |  2018",
                          "Bathers Bay Senior High School — WACE  |  2017"]),
           ("Referees", ["Available on request"])],
))

# ------------------------------------------------------------------ w007
_vx = "Vantrix Software Solutions"
R.append(dict(
    file="w007.pdf", render="rl_linkedin",
    family="Indian application-support engineer, LinkedIn 'Save to PDF' profile (grey left column with "
           "contact, top skills, languages, certifications; company heading with total tenure, roles beneath "
           "with their own dates and durations)",
    layout="linkedin/org_title", fmt="month", present="Present", dash=" - ",
    name="Arjun Nagarajan", headline="Senior Application Support Engineer at Vantrix | ITIL | SQL | Helping "
                                     "customers get unstuck",
    contact=["arjun.nagarajan@example.in", "www.linkedin.com/in/arjun-nagarajan-support (LinkedIn)",
             "+91 98450 31276 (Mobile)"],
    location_line="Bengaluru, Karnataka, India",
    profile="I look after enterprise customers of a procurement SaaS product: their tickets, their calls and "
            "their bad days. Before that I wrote backend code and took broadband calls for a US ISP.",
    exp=[("Experience", [
        E("Senior Application Support Engineer", _vx, "Bengaluru, Karnataka, India", "2024-06", "present",
          "facing", "digital_service", [
              "Own L2 tickets from 40 enterprise customers; join their bridge calls during P1 incidents",
              "Walk customer admins through configuration and data fixes over Teams",
              "Write RCAs and knowledge-base articles after major incidents"]),
        E("Application Support Engineer", _vx, "Bengaluru, Karnataka, India", "2023-04", "2024-05", "facing",
          "digital_service", ["Answered customer tickets in Freshdesk and reproduced issues with SQL"]),
        E("Software Engineer", "Kestrel Analytics Pvt Ltd", "Chennai, Tamil Nadu, India", "2021-06", "2023-03",
          "none", None, ["Built Java and Spring Boot services for the reporting pipeline; code reviews, unit tests"]),
        E("Software Engineer Intern", "Kestrel Analytics Pvt Ltd", "Chennai, Tamil Nadu, India", "2021-01",
          "2021-05", "none", None, [], et="internship"),
        E("Technical Support Associate", "Helix Connect BPO", "Chennai, Tamil Nadu, India", "2019-07", "2020-12",
          "facing", "contact_center", [
              "Took inbound calls from US broadband subscribers: modem resets, slow speeds, billing questions"]),
    ])],
    side=[("Top Skills", ["Incident Management", "SQL", "Customer Support"]),
          ("Languages", ["English (Full Professional)", "Tamil (Native or Bilingual)",
                         "Hindi (Limited Working)"]),
          ("Certifications", ["ITIL 4 Foundation", "Microsoft Certified: Azure Fundamentals"])],
    extra=[("Education", ["Anna Vel College of Engineering",
                          "Bachelor of Engineering - BE, Computer Science · (2015 - 2019)"])],
))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.docx", render="dx_timeline",
    family="Canadian newcomer-services coordinator, builder DOCX with a three-column timeline table (dates, "
           "a dot on a line, role and organisation), a season and a peer-tutor role during the degree",
    layout="timeline-table/title_org", fmt="mon", present="Present", dash=" – ",
    name="Noor Haddad-Levesque", headline="Program Coordinator · Community Services",
    contact=["Toronto, ON M6H", "416-555-0139", "noor.hl@example.ca"],
    profile="Bilingual (English/Arabic, working French) coordinator who has stood on every side of a "
            "community program: intake desk, food-bank line, grant file and summer camp.",
    exp=[("EXPERIENCE", [
        E("Program Coordinator", "Harbourfront Newcomer Services", "Toronto, ON", "2022-09", "present", "facing",
          "other_facing", [
              "Run intake interviews with newly arrived families and build settlement plans with them",
              "Deliver weekly workshops on housing, banking and school registration",
              "Coordinate 25 volunteers and report outcomes to two funders"]),
        E("Grant Writer (contract)", "Maplewood Food Bank", "Toronto, ON", "2021-03", "2022-08", "none", None, [
            "Wrote and submitted funding applications and year-end reports; raised $310K over 18 months"],
          et="freelance"),
        E("Front Desk Clerk", "Lakeshore Inn", "Kingston, ON", "2018-05", "2019-10", "facing",
          "in_person_service", ["Checked guests in and out, answered the phone and handled billing questions"]),
        E("Day Camp Leader", "Elmcrest Community Centre", "Kingston, ON", "2017-06", "2017-08", "facing",
          "education", ["Led a group of 14 campers aged 6–8 through games, swimming and crafts"],
          dt="Summer 2017"),
        E("Peer Tutor", "Limestone University Writing Centre", "Kingston, ON", "2016-09", "2018-04", "facing",
          "education", ["One-to-one essay appointments with first-year students"], sec="other", et="paid"),
    ]), ("VOLUNTEER", [
        E("Food Bank Volunteer", "Maplewood Food Bank", "Toronto, ON", "2019-11", "2021-02", "facing",
          "volunteering", ["Registered clients at intake and packed hampers on distribution days"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[],
    extra=[("EDUCATION", ["B.A. (Hons) Sociology — Limestone University, Kingston   Sep 2014 – Apr 2018"]),
           ("CERTIFICATES", ["Non-Violent Crisis Intervention (2023)", "Standard First Aid & CPR C (2024)"]),
           ("LANGUAGES", ["English · Arabic (native) · French (intermediate)"])],
))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.txt", render="txt_linkedin",
    family="Indian accounts-payable associate, LinkedIn profile copied into a text box (company with total "
           "tenure, roles beneath with 'yrs'/'mos' durations, one customer-care year)",
    layout="linkedin-text/org_title", fmt="mon", present="Present", dash=" - ",
    name="Sneha Kulkarni", headline="Senior Process Associate – Accounts Payable | P2P | SAP",
    contact=["Pune, Maharashtra, India"],
    profile="P2P professional with five years in accounts payable for US and UK clients, plus a year of "
            "customer care on a telecom process.",
    exp=[("Experience", [
        E("Senior Process Associate - Accounts Payable", "Orchid Global Services", "Pune, Maharashtra, India",
          "2023-04", "present", "none", None, [
              "Three-way match, GL coding and month-end accruals for a US retail client in SAP",
              "Prepare the weekly payment run file and vendor ageing report"]),
        E("Process Associate - Accounts Payable", "Orchid Global Services", "Pune, Maharashtra, India",
          "2021-10", "2023-03", "none", None, []),
        E("Customer Care Executive", "Orion Voice Solutions", "Pune, Maharashtra, India", "2020-09", "2021-09",
          "facing", "contact_center", [
              "Inbound calls for a prepaid mobile brand: recharges, plan changes, network complaints"]),
        E("Accounts Trainee", "R. K. Menon & Associates", "Pune, Maharashtra, India", "2019-01", "2020-06",
          "affecting", None, ["Kept books and prepared GST returns for the firm's small-business clients in Tally"],
          et="internship"),
    ])],
    side=[],
    extra=[("Education", ["Deccan Heights College of Commerce", "Bachelor of Commerce - BCom, Accounting",
                          "2016 - 2019"]),
           ("Licenses & certifications", ["SAP FI End User - Orchid Learning Academy", "Issued Aug 2022"]),
           ("Skills", ["Accounts Payable · SAP · Vendor Reconciliation · Advanced Excel · Tally ERP"]),
           ("Languages", ["English - Professional working proficiency", "Marathi - Native or bilingual",
                          "Hindi - Full professional proficiency"])],
))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.pdf", render="fp_canva",
    family="Australian venue duty manager, Canva-style fpdf2 one-pager (coloured banner, left column with "
           "contact, skills and referees, right column experience with date tags above each role)",
    layout="canva/title_org", fmt="mm/yyyy", present="Present", dash=" - ",
    name="Jordan Te Wiata", headline="HOSPITALITY & VENUE MANAGEMENT",
    contact=["Brisbane QLD 4101", "0491 570 110", "jordan.tewiata@example.com"],
    profile="Venue duty manager with a background in bars, cellars and events. RMLV and RSG qualified.",
    exp=[("WORK EXPERIENCE", [
        E("Venue Duty Manager", "Riverstone Social Club", "Brisbane QLD", "2023-07", "present", "facing",
          "in_person_service", [
              "Run the venue on nights and weekends: staff of 14, gaming floor, bistro and functions",
              "Deal with guest complaints, refusals and incident reports on the floor",
              "Reconcile tills and gaming floats at close"]),
        E("Bartender", "The Copper Gecko", "Brisbane QLD", "2021-02", "2023-06", "facing", "in_person_service", [
            "Cocktail and beer service for a 200-capacity bar; ran the bar on Friday nights"]),
        E("Cellar Hand", "The Copper Gecko", "Brisbane QLD", "2020-03", "2021-01", "affecting", None, [
            "Changed kegs, cleaned beer lines and received deliveries before opening"]),
        E("Event Crew", "Stagehand Events Co", "Brisbane QLD", "2019-08", "2020-02", "affecting", None, [
            "Bump-in and bump-out of staging, barriers and lighting for festivals (casual)"]),
        E("Housekeeper", "Coral Shoals Beach Resort", "Noosa QLD", "2018-11", "2019-07", "affecting", None, []),
    ]), ("VOLUNTEERING", [
        E("Ticketing & Information Volunteer", "Riverlight Festival", "Brisbane QLD", "2022-09", "2022-09",
          "facing", "volunteering", ["Sold tickets and answered questions at the festival info tent"],
          sec="volunteer", et="volunteer"),
    ])],
    side=[("SKILLS", ["Team leadership", "Cash & float management", "Conflict resolution", "Rostering (Deputy)",
                      "Stocktake"]),
          ("LICENCES", ["RMLV & RSG (QLD)", "RSA", "First Aid"]),
          ("REFEREES", ["Corinne Walsh", "General Manager, Riverstone Social Club", "0491 570 159",
                        "Ben Adeyemi", "Owner, The Copper Gecko", "0491 570 158"])],
    extra=[("EDUCATION", ["Certificate IV in Hospitality — Moreton Bay Training Institute (2020 - 2021)"])],
))
