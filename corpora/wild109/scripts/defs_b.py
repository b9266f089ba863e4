"""wild109 résumés w016–w030: one dict each, rendering both the file and its gold line."""
from lib import E

R = []

# w016 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w016.pdf", renderer="rl",
    family="UK interior designer, reportlab left sidebar with skill bars as text and a monogram, title line with right dates",
    layout="reportlab, sidebar/title_org, Month YYYY / 'Present'",
    name="Harriet Lowell-Ames", tagline="Interior Designer",
    contact=["M  07700 962 480", "E  harriet.la@mailbox.co.uk", "W  hla-interiors.example", "A  Bristol"],
    o=dict(head="initials", hdr="title_org", ds="month", accent=(0.3, 0.38, 0.3), sidecol=(0.92, 0.94, 0.91),
           sidew=170, bul="—", hstyle="caps", locsep=" / "),
    side=[("h", "Software"), ("kv", [("AutoCAD", "▰▰▰▰▱"), ("SketchUp", "▰▰▰▰▰"), ("Revit", "▰▰▱▱▱"),
                                      ("Photoshop", "▰▰▰▱▱")]),
          ("h", "Education"), ("p", "BA (Hons) Interior Architecture"), ("p", "UWE Bristol, 2017"),
          ("h", "Memberships"), ("p", "BIID Associate"),
          ("h", "Interests"), ("p", "Salvage yards, life drawing, bouldering")],
    main=[("h", "Profile"),
          ("p", "Residential and hospitality interiors, from the first site visit to the last cushion. I like "
                "sitting at a client's kitchen table more than I like renders."),
          ("h", "Experience"),
          ("x", [
              E("Interior Designer", "Quarry & Lime Interiors", "Bristol", "2022-02", "present", "facing",
                "other_facing", ["Lead residential projects £40k–£250k: briefing meetings in clients' homes, mood boards, budgets",
                                 "Present schemes and samples to clients and manage changes with them through the build",
                                 "Coordinate trades and suppliers on site"]),
              E("Showroom Design Consultant", "Severn Kitchens & Bathrooms", "Bristol", "2019-09", "2022-01",
                "facing", "sales_account", ["Walk-in and booked consultations with homeowners; designed and quoted kitchens",
                                            "Followed every quote up to order, hitting 112% of target in 2021"]),
              E("CAD Technician", "Brunel Shopfitting Ltd", "Avonmouth", "2017-07", "2019-08", "none", None,
                ["Drew joinery details and setting-out drawings for the workshop"]),
              E("Weekend Sales Assistant", "Hatch Homewares", "Clifton", "2015-10", "2017-06", "facing",
                "in_person_service", []),
          ])]))

# w017 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w017.docx", renderer="docx",
    family="Indian banqueting professional in Dubai, Word table per job with dates in a narrow left column",
    layout="docx, timeline table/title_org, mon / 'Till date'",
    name="Rohan Fernandes", tagline="Banquet & Events Operations",
    contact=["+971 50 555 2637", "rohan.fernandes@mailbox.in", "Dubai, UAE"],
    o=dict(mode="timeline", hdr="title_org", ds="mon", pw="Till date", dsep=" - ", acc="6B1F2A"),
    main=[("h", "Career Summary"),
          ("p", "11 years in hotel banqueting: weddings up to 1,200 guests, conferences and VIP dinners."),
          ("h", "Professional Experience"),
          ("x", [
              E("Banquet Captain", "Al Safwa Grand Hotel", "Dubai", "2021-05", "present", "facing",
                "in_person_service", ["Lead 25 servers per function; brief the team and look after the host on the night",
                                      "Handle guest requests, dietary needs and last-minute changes"]),
              E("Event Sales Coordinator", "Al Safwa Grand Hotel", "Dubai", "2019-10", "2021-04", "facing",
                "sales_account", ["Show-rounds with wedding families and corporate bookers; prepared proposals and contracts"]),
              E("Banquet Server", "The Konkan Residency", "Goa", "2016-01", "2019-09", "facing", "in_person_service", []),
              E("Kitchen Steward", "The Konkan Residency", "Goa", "2014-06", "2015-12", "affecting", None,
                ["Dishwashing, pot wash and keeping the banquet kitchen stocked with clean crockery"]),
          ]),
          ("h", "Education"), ("p", "Diploma in Hotel Management, IHM Goa, 2014"),
          ("h", "Personal Details"), ("p", "Nationality: Indian · Visa: Employment · DOB: 12/03/1993")]))

# w018 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w018.md", renderer="md",
    family="Canadian yoga and fitness instructor in Markdown, bold employer lines, career break listed, seasons",
    layout="md, h3/title_org, Mon YYYY / 'Present'",
    name="Chloé Martin-Reyes", tagline="Yoga & Pilates Instructor",
    contact=["chloe.mr@mailbox.ca", "604-555-0133", "Vancouver BC"],
    o=dict(hdr="title_org", ds="mon", locsep=" · ", bul="-", mdparen=True),
    main=[("h", "Teaching"),
          ("x", [
              E("Yoga & Pilates Instructor", "Salt Spring Studio", "Vancouver BC", "2023-01", "present", "facing",
                "other_facing", ["12 classes a week, beginners to teacher trainees",
                                 "Adjust poses hands-on with consent and offer options for injuries and pregnancy"],
                et="paid"),
              E("Front Desk Associate", "Salt Spring Studio", "Vancouver BC", "2022-03", "2022-12", "facing",
                "in_person_service", ["Checked in members, sold class packs, answered questions about the timetable"]),
              E("Career break", None, None, "2020-06", "2022-02", "none", None,
                ["Full-time parent; completed 200-hour yoga teacher training"], et="unknown"),
              E("Ski School Desk Attendant", "Whistler Peak Snowsports", "Whistler BC", "2019-12", "2020-02",
                "facing", "in_person_service", ["Booked lessons and fitted rental helmets for families"],
                dtext="Winter 2019–20"),
              E("Administrative Assistant", "Gastown Property Group", "Vancouver BC", "2016-04", "2019-11", "none",
                None, ["Lease files, invoices and board minutes for the property managers"]),
          ]),
          ("h", "Certifications"), ("p", "RYT-200 (Yoga Alliance) · Mat Pilates Level 2 · Standard First Aid"),
          ("h", "Languages"), ("p", "English, French, Spanish (conversational)")]))

# w019 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w019.pdf", renderer="fpdf",
    family="US retail store manager, two-page fpdf2 résumé with centred header and footer, initials as logos, employer with roles beneath",
    layout="fpdf2, centred 2-page/orgfirst, M.YYYY / 'Present'",
    name="Darnell Hughes", tagline="Retail Store Manager — Apparel & Footwear",
    contact=["(404) 555-0187", "darnell.hughes@mailbox.com", "Atlanta, GA"],
    o=dict(head="center", hdr="orgfirst", ds="dot", dsep=" – ", letter=True, size=11.5, footer="D. Hughes · page {p} of 2",
           hstyle="rule", accent=(0.1, 0.1, 0.35), bul="•", locsep=" — ", logos=True),
    main=[("h", "Summary"),
          ("p", "Store manager with 14 years in specialty retail, from stock room to a $6M flagship. Known for "
                "turning around low-NPS stores, developing keyholders into managers and keeping shrink low."),
          ("h", "Core Competencies"),
          ("bl", ["Store P&L and payroll", "Recruiting, coaching and scheduling", "Customer experience and NPS",
                  "Visual standards", "Loss prevention", "Inventory accuracy"]),
          ("h", "Professional Experience"),
          ("x", [
              E("Store Manager", "Stride Athletic", "Atlanta, GA", "2020-04", "present", "facing",
                "in_person_service", ["Lead a team of 28 in the Peachtree flagship; sales up 18% over three years",
                                      "Handle escalated customer complaints in person and call back every detractor from the NPS survey",
                                      "Own scheduling, payroll, shrink and visual standards"]),
              E("Assistant Store Manager", "Stride Athletic", "Atlanta, GA", "2017-02", "2020-03", "facing",
                "in_person_service", ["Ran the sales floor and fitting program; trained new hires on gait analysis"]),
              E("Stock Room Supervisor", "Stride Athletic", "Marietta, GA", "2014-08", "2017-01", "affecting", None,
                ["Ran receiving and replenishment overnight with a crew of four",
                 "Held inventory accuracy above 98% across three counts"]),
              E("Sales Associate", "Peach State Outfitters", "Decatur, GA", "2011-05", "2014-07", "facing",
                "in_person_service", ["Footwear fitting and sales; top seller of accessories in 2013"]),
              E("Farmhand", "Hollis Family Farm", "Monroe, GA", "2009", "2010", "none", None,
                ["Planting, harvest and equipment upkeep on a vegetable farm"], dtext="2009 – 2010"),
          ]),
          ("h", "Education"), ("p", "A.A. Business Administration — Georgia Perimeter College"),
          ("h", "Volunteering"), ("p", "Assistant coach, Decatur Youth Track Club (since 2018)")]))

# w020 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w020.txt", renderer="txt",
    family="Filipino content designer, plain text copied from a two-column template, dates first, 'Now'",
    layout="txt, plain/datesfirst, Mon YYYY / 'Now'",
    name="Kristine Dela Paz", tagline="UX Writer / Content Designer",
    contact=["kristine.delapaz@mailbox.ph", "+63 917 555 0148", "Quezon City"],
    o=dict(hdr="datesfirst", tosep=" · ", ds="mon", pw="Now", dsep=" - ", bul="*", hupper=False, underline="-"),
    main=[("h", "Experience"),
          ("x", [
              E("UX Writer", "Bayanihan Pay", "Makati", "2023-08", "present", "affecting", None,
                ["Write in-app copy, error messages and notifications for an e-wallet used by 3M people",
                 "Test wording with the research team's usability sessions"]),
              E("Knowledge Base Editor", "Lakbay Telco", "Pasig", "2021-06", "2023-07", "affecting", None,
                ["Rewrote 400+ help articles and agent scripts after reading call transcripts",
                 "Worked with QA on the top contact drivers"]),
              E("Customer Service Advisor", "Lakbay Telco", "Pasig", "2019-03", "2021-05", "facing",
                "contact_center", ["Inbound calls and chat for postpaid subscribers: billing disputes, roaming, device issues"]),
              E("Research Assistant", "UP Diliman Dept. of Linguistics", "Quezon City", "2017-06", "2019-02", "none",
                None, ["Transcribed and coded interview recordings for a language-change project"], sec="other"),
          ]),
          ("h", "Education"), ("p", "BA Linguistics, University of the Philippines Diliman, 2019"),
          ("h", "Skills"), ("p", "Voice & tone guides · Figma · Plain language · Taglish localisation · Zendesk Guide")]))

# w021 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w021.docx", renderer="docx",
    family="UK florist, Word heading styles with small-caps employer lines, 'Title – Employer, Town' with tab dates",
    layout="docx, styles/dash, 'YY / 'to date'",
    name="Rosie Abernethy", tagline="Florist · Weddings & Events",
    contact=["07700 921 570", "rosie@mailbox.co.uk", "Harrogate"],
    o=dict(hstyle="heading", hlevel=2, hdr="dash", ds="apos", pw="to date", dsep=" – ", hcaps=True),
    main=[("h", "About"),
          ("p", "Florist with a small wedding business on the side. Calm on a 5am market run and on a bride's doorstep."),
          ("h", "Skills"), ("bl", ["Hand-tied and funeral work", "Wedding consultations", "Event installs",
                                   "Till, phone and web orders"]),
          ("h", "Work"),
          ("x", [
              E("Florist", "Petal & Thorn", "Harrogate", "2021-09", "present", "facing", "in_person_service",
                ["Serve customers in the shop and take phone and web orders",
                 "Make up bouquets, sympathy tributes and corporate contracts"]),
              E("Wedding Florist", "Rosie Abernethy Flowers", "Harrogate", "2022-04", "present", "facing",
                "entrepreneurial_freelance", ["Consult with couples, quote, design and install on the day"],
                et="freelance"),
              E("Delivery Driver", "Dales Wholesale Flowers", "Leeds", "2019-03", "2021-08", "affecting", None,
                ["Early-morning van deliveries of stock to florists across North Yorkshire"]),
              E("Event Set-up Crew", "Northern Marquee Hire", "Ripon", "2018-04", "2018-09", "affecting", None,
                ["Put up marquees, dance floors and lighting before weddings and shows"], dtext="Summer '18"),
          ]),
          ("h", "Courses"), ("p", "Level 3 Diploma in Floristry (2021)"),
          ("h", "References"), ("p", "From Petal & Thorn and two wedding couples, on request")]))

# w022 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w022.pdf", renderer="rl",
    family="US tattoo artist and shop manager, reportlab two-column body (experience left, skills right), pipe lines",
    layout="reportlab, two-column body/pipe, YYYY-MM / 'Current'",
    name="Maya Castellanos", tagline="Tattoo Artist · Studio Manager",
    contact=["(503) 555-0126", "maya.c@mailbox.us", "Portland, OR"],
    o=dict(head="left", hdr="pipe", ds="iso", pw="Current", dsep=" / ", sidepos="right", sidebg=False, sidew=160,
           accent=(0.05, 0.05, 0.05), hstyle="band", bul="*", letter=True, side_contact=True, contact_head="Reach me"),
    side=[("h", "Styles"), ("kv", [("Fine line", "10/10"), ("Blackwork", "9/10"), ("Colour realism", "7/10"),
                                    ("Lettering", "8/10")]),
          ("h", "Certificates"), ("p", "Oregon Tattoo Artist License"), ("p", "Bloodborne Pathogens (2025)"),
          ("h", "Languages"), ("p", "English · Spanish")],
    main=[("h", "Work"),
          ("x", [
              E("Tattoo Artist & Studio Manager", "Ironwood Tattoo Collective", "Portland, OR", "2021-03", "present",
                "facing", "in_person_service", ["Consult with clients on designs, placement and aftercare; 4–6 sessions a week",
                                                "Manage bookings, deposits and the studio's two apprentices"]),
              E("Tattoo Apprentice", "Ironwood Tattoo Collective", "Portland, OR", "2019-06", "2021-02", "facing",
                "in_person_service", ["Front desk, station set-up and sterilisation; consults and walk-ins from 2020"],
                et="internship"),
              E("Sign Painter", "Hand & Brush Signs", "Portland, OR", "2016-09", "2019-05", "affecting", None,
                ["Painted shopfront lettering and menu boards to clients' approved designs"]),
              E("Line Cook", "Burnside Diner", "Portland, OR", "2014-11", "2016-08", "affecting", None, []),
          ])]))

# w023 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w023.html", renderer="html",
    family="Kenyan social media manager, HTML résumé from a site builder with aside, 'Title @ Employer' lines",
    layout="html, aside+main/at, Month YYYY / 'Present'",
    name="Wanjiru Kamau", tagline="Social Media & Community",
    contact=["wanjiru.kamau@mailbox.co.ke", "+254 712 555 019", "Nairobi"],
    o=dict(hdr="at", ds="month", para=True),
    side=[("h", "Platforms"), ("kv", [("TikTok", "90%"), ("Instagram", "95%"), ("Discord", "80%"), ("Meta Ads", "70%")]),
          ("h", "Education"), ("p", "BA Communication, Daystar University, 2018")],
    main=[("h", "Experience"),
          ("x", [
              E("Social Media Manager", "Savanna Threads", "Nairobi", "2023-04", "present", "facing",
                "digital_service", ["Own Instagram and TikTok for a fashion e-commerce brand",
                                    "Reply to customers' comments and DMs about sizing, orders and returns every day",
                                    "Plan content with the design team"]),
              E("Community Manager", "Kilele Games", "Nairobi", "2021-02", "2023-03", "facing", "digital_service",
                ["Ran the Discord server of 40k players, answered support questions and escalated bugs",
                 "Hosted weekly live streams with the community"]),
              E("Paid Social Specialist", "Amani Digital Agency", "Nairobi", "2019-05", "2021-01", "affecting", None,
                ["Built and optimised Meta and TikTok ad campaigns for retail clients' products"]),
              E("Marketing Intern", "Amani Digital Agency", "Nairobi", "2018-09", "2019-04", "affecting", None,
                ["Scheduled posts and compiled monthly reports"], et="internship"),
          ])]))

# w024 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w024.docx", renderer="docx",
    family="Croatian cruise-ship crew member, Word page header with name, borderless table per contract, seasons",
    layout="docx, header+table/title_org, MM/YYYY / 'Present'",
    name="Ivana Perić", tagline="Guest Services · Spa · Cruise Hospitality",
    contact=["+385 91 555 3082", "ivana.peric@mailbox.hr", "Split, Croatia"],
    o=dict(pagehead=True, mode="table", hdr="title_org", ds="mm/yyyy", locsep=" — ", acc="0D4F6B",
           footer="Ivana Perić · Seaman's book and STCW valid"),
    main=[("h", "Sea & shore experience"),
          ("x", [
              E("Guest Services Officer", "Aurora Line Cruises (MS Aurora Celeste)", "At sea", "2023-03", "present",
                "facing", "in_person_service", ["Guest services desk on a 2,400-guest ship: billing queries, cabin changes, complaints",
                                                "Announcements and tender-port information in English, German and Italian"]),
              E("Spa Therapist", "Oceanic Wellness at Sea", "At sea", "2021-04", "2022-11", "facing",
                "in_person_service", ["Massage and facial treatments, consultations and retail sales on board"]),
              E("Entertainment Host", "Adriatica Resorts", "Makarska", "2020-06", "2020-09", "facing", "other_facing",
                ["Ran kids' club, quizzes and evening shows for hotel guests"], dtext="Summer 2020"),
              E("Linen Room Attendant", "Hotel Marjan", "Split", "2018-05", "2019-10", "affecting", None,
                ["Sorted and issued clean linen and uniforms to housekeeping"]),
          ]),
          ("h", "Certificates"), ("p", "STCW Basic Safety · Crowd Management · ITEC Diploma in Massage"),
          ("h", "Languages"), ("kv", [("Croatian", "native"), ("English", "fluent"), ("German", "good"),
                                      ("Italian", "good")])]))

# w025 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w025.pdf", renderer="fpdf",
    family="Nigerian IT support engineer in the UK, fpdf2 left sidebar in condensed type, org line first then title",
    layout="fpdf2, sidebar/org_title, MM/YYYY / 'Date'",
    name="Chinedu Eze", tagline="IT Service Desk & Desktop Support",
    contact=["T: 07700 958 301", "E: chinedu.eze@mailbox.co.uk", "L: Reading"],
    o=dict(head="band", hdr="org_title", ds="mm/yyyy", pw="Date", dsep=" – ", cond=True, sidew=150,
           accent=(0.1, 0.35, 0.25), sidecol=(0.9, 0.95, 0.92), bul="»", bandh=70),
    side=[("h", "Certifications"), ("bl", ["ITIL 4 Foundation", "MS-900 Fundamentals", "CompTIA Network+"]),
          ("h", "Tools"), ("kv", [("ServiceNow", "Expert"), ("Intune", "Advanced"), ("PowerShell", "Working"),
                                   ("VMware", "Working")]),
          ("h", "Education"), ("p", "B.Eng. Electrical Eng."), ("p", "University of Nigeria, Nsukka")],
    main=[("h", "Profile"),
          ("p", "Service desk engineer who likes fixing things while the user is still on the call."),
          ("h", "Employment"),
          ("x", [
              E("Service Desk Analyst", "Thamesbury District Council", "Reading", "2023-01", "present", "facing",
                "internal_support", ["First-line support for 1,100 council staff by phone, Teams and walk-up",
                                     "Password resets, MFA, printers and new-starter kits"]),
              E("Desktop Support Engineer", "Kingsway Logistics plc", "Slough", "2021-04", "2022-12", "facing",
                "internal_support", ["Deskside support and laptop rollouts for two depots and head office"]),
              E("Systems Administrator", "Ngozi Microfinance Bank", "Enugu", "2017-02", "2021-02", "none", None,
                ["Ran Windows servers, backups and patching for 14 branches", "Maintained the core banking servers"]),
              E("Phone Repair Shop Assistant", "Ogbete Gadgets", "Enugu", "2015-01", "2016-12", "facing",
                "in_person_service", ["Booked in repairs at the counter and explained faults and prices to customers"]),
          ])]))

# w026 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w026.txt", renderer="txt",
    family="UK event steward and security officer, plain text from a Canva CV, 'Title – Employer, Town' lines, year-only ranges",
    layout="txt, plain/dash, Mon YYYY + year-only / 'Present'",
    name="Kyle Bramwell", tagline="SIA Door Supervisor | Events & Retail Security",
    contact=["07700 947 226", "kyle.bramwell@mailbox.co.uk", "Manchester"],
    o=dict(hdr="dash", ds="mon", dsep=" - ", rsep="  |  ", bul="-", nameupper=True),
    main=[("h", "Licences"), ("p", "SIA Door Supervisor (exp. 2027) · Emergency First Aid at Work · CSCS"),
          ("h", "Employment"),
          ("x", [
              E("Security Supervisor", "Arndale Quarter Shopping Centre", "Manchester", "2022-10", "present",
                "facing", "other_facing", ["Lead a team of 9 on the mall floor; deal with shoppers' complaints, lost children and first aid",
                                           "Liaise with store managers and police"]),
              E("CCTV Operator", "Arndale Quarter Shopping Centre", "Manchester", "2021-03", "2022-09", "none", None,
                ["Monitored 180 cameras from the control room and logged incidents for the police"]),
              E("Crowd Safety Steward", "Redline Event Services", "Manchester", "2018", "2021", "facing",
                "other_facing", ["Stewarded concerts and football: searches, ticket checks, directions and ejections"],
                et="paid"),
              E("Labourer", "Pennine Groundworks", "Oldham", "2016", "2017", "none", None, []),
          ]),
          ("h", "Other"), ("p", "Full UK driving licence. Available nights and weekends.")]))

# w027 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w027.docx", renderer="docx",
    family="Singaporean beauty advisor turned brand trainer, Word shaded left sidebar table, dates first then title",
    layout="docx, sidebar/datesfirst, 'Mon YYYY' caps / 'Present'",
    name="Tan Hui Min (Michelle)", tagline="Beauty Educator & Make-up Artist",
    contact=["+65 9555 0171", "michelle.tan@mailbox.sg", "Singapore"],
    o=dict(hdr="datesfirst", tosep=", ", ds="MON", dsep=" — ", side_cm=5.6, sidefill="F5E6EC", acc="9C2C5A",
           bul="♦"),
    side=[("h", "Skills"), ("kv", [("Bridal make-up", "●●●●●"), ("Skin analysis", "●●●●○"), ("Training delivery", "●●●●○"),
                                    ("Content creation", "●●●○○")]),
          ("h", "Languages"), ("p", "English, Mandarin, Cantonese"),
          ("h", "Education"), ("p", "Diploma in Retail Management, Temasek Polytechnic")],
    main=[("h", "Experience"),
          ("x", [
              E("Regional Beauty Educator", "Lumière Cosmetics Asia", "Singapore", "2022-06", "present", "facing",
                "internal_support", ["Train beauty advisors in 30 department-store counters on new launches and selling skills",
                                     "Run counter visits and coach advisors on the floor"]),
              E("Senior Beauty Advisor", "Lumière Cosmetics Asia (Orchard counter)", "Singapore", "2019-04", "2022-05",
                "facing", "in_person_service", ["Skin consultations, make-overs and sales; top counter in 2021",
                                                "Kept a client book and called regulars about launches"]),
              E("Freelance Make-up Artist", "Self-employed", "Singapore", "2018-01", "present", "facing",
                "entrepreneurial_freelance", ["Bridal and event make-up, mostly weekends"], et="freelance"),
              E("E-commerce Content Assistant", "ShopLah Marketplace", "Singapore", "2016-08", "2017-12", "affecting",
                None, ["Wrote product listings and edited photos for beauty brands' online stores"]),
          ])]))

# w028 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w028.md", renderer="md",
    family="Irish video editor in Markdown, employer headings with roles beneath, cinema job while studying",
    layout="md, orgfirst, Month YYYY / 'present'",
    name="Eoin Gallagher", tagline="Video Editor / Motion Designer",
    contact=["eoin.gallagher@mailbox.ie", "085 555 7711", "Dublin 8"],
    o=dict(hdr="orgfirst", ds="month", pw="present", locsep=", ", bul="-", mdparen=True),
    main=[("h", "Showreel"), ("p", "eoingallagher.example/reel (password on request)"),
          ("h", "Experience"),
          ("x", [
              E("Senior Video Editor", "Liffey Motion Studio", "Dublin", "2023-05", "present", "affecting", None,
                ["Cut TV ads and social edits for retail and telecom brands",
                 "Take notes from the agency producer and deliver versions"]),
              E("Motion Designer", "Liffey Motion Studio", "Dublin", "2021-01", "2023-04", "affecting", None,
                ["2D animation and titles in After Effects"]),
              E("Wedding Videographer", "Self-employed", None, "2019-04", "2022-10", "facing",
                "entrepreneurial_freelance", ["Met couples before the day to plan the film, shot and edited 30 weddings"],
                et="freelance"),
              E("Cinema Host", "Screenhouse Cinemas", "Dún Laoghaire", "2017-09", "2020-12", "facing",
                "in_person_service", ["Box office, concessions and screen checks; cleaning between showings"],
                et="paid"),
          ]),
          ("h", "Education"), ("p", "BA Film & Broadcasting, IADT (2021)"),
          ("h", "Software"), ("p", "Premiere Pro, DaVinci Resolve, After Effects, Cinema 4D")]))

# w029 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w029.docx", renderer="docx",
    family="South African coffee trainer, Word with name in page header, dates in a narrow left column per job, café owner",
    layout="docx, header+timeline table/title_org, Mon YYYY + year-only / 'Current'",
    name="Thabo Nkosi", tagline="Barista Trainer · Coffee Quality",
    contact=["072 555 0844", "thabo.nkosi@mailbox.co.za", "Cape Town"],
    o=dict(pagehead=True, mode="timeline", hdr="title_org", ds="mon", pw="Current", dsep=" – ", acc="5A3A1A"),
    main=[("h", "Experience"),
          ("x", [
              E("Barista Trainer", "Table Mountain Coffee Roasters", "Cape Town", "2022-02", "present", "facing",
                "education", ["Train baristas at our 60 wholesale café clients on espresso, milk and machine care",
                              "Visit clients' cafés to troubleshoot extraction and equipment"]),
              E("Roaster", "Table Mountain Coffee Roasters", "Cape Town", "2020-05", "2022-01", "affecting", None,
                ["Roasted to profile on a 30 kg roaster and ran daily cupping for quality"]),
              E("Owner / Barista", "Kasi Brew Café", "Khayelitsha", "2016", "2020", "facing",
                "entrepreneurial_freelance", ["Ran my own café: served customers, hired staff, did the books"],
                et="freelance"),
              E("Packer", "Boland Tins (Pty) Ltd", "Paarl", "2013", "2015", "none", None,
                ["Packed and palletised tins on the production line"]),
          ]),
          ("h", "Qualifications"), ("p", "SCA Barista Skills Professional · SCA Roasting Intermediate"),
          ("h", "Languages"), ("p", "isiXhosa, English, Afrikaans")]))

# w030 ---------------------------------------------------------------------------------------------------
R.append(dict(
    file="w030.pdf", renderer="fpdf",
    family="UK e-commerce and pop-up retail résumé, fpdf2 one-page with coloured right sidebar and small-caps employers",
    layout="fpdf2, right sidebar/title_org, Mon YYYY / 'Present'",
    name="Bethany Oyelaran", tagline="Retail & E-commerce Customer Experience",
    contact=["P  07700 930 655", "E  beth.oyelaran@mailbox.co.uk", "L  Brighton"],
    o=dict(head="left", hdr="title_org", ds="mon", sidepos="right", sidew=155, sidecol=(0.98, 0.92, 0.85),
           accent=(0.7, 0.35, 0.1), orgcaps=True, bul="•", hstyle="caps"),
    side=[("h", "Skills"), ("kv", [("Shopify", "★★★★★"), ("Gorgias", "★★★★☆"), ("Excel", "★★★☆☆"),
                                    ("Visual merch", "★★★★☆")]),
          ("h", "Education"), ("p", "BA Fashion Business"), ("p", "University of Brighton, 2020"),
          ("h", "Interests"), ("p", "Vintage markets, sea swimming")],
    main=[("h", "Profile"),
          ("p", "Customer experience lead for small fashion brands, online and in pop-up shops."),
          ("h", "Experience"),
          ("x", [
              E("Customer Experience Lead", "Tidemark Clothing", "Brighton", "2023-07", "present", "facing",
                "digital_service", ["Run customer email, chat and social inbox with two agents; handle escalations",
                                    "Turn customer feedback into product and site fixes"]),
              E("Pop-up Shop Manager", "Tidemark Clothing", "London / Brighton", "2022-10", "2023-06", "facing",
                "in_person_service", ["Opened and ran three seasonal pop-ups: staffing, tills and serving customers"]),
              E("Fulfilment Associate", "Packwell 3PL", "Shoreham-by-Sea", "2021-01", "2022-09", "affecting", None,
                ["Picked, packed and returns-processed orders for 15 fashion brands"]),
              E("Christmas Gift Wrapper", "Hanbury's Department Store", "Brighton", "2020-11", "2020-12", "facing",
                "in_person_service", ["Wrapped customers' purchases at the gift-wrap desk"], dtext="Nov – Dec 2020"),
          ])]))
