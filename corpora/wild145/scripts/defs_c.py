"""wild145 definitions w021-w030."""
from lib import E, Group, Item, P, L

DOCS = []

# ------------------------------------------------------------------ w021
DOCS.append(dict(
    file="w021.txt", renderer="txt", hdr="linkedin", ds="mon", present="Present", sep=" - ", txt_h="plain",
    li_paid="Full-time",
    family="US pharmacy technician turned app grocery shopper and candle maker, LinkedIn profile PDF export pasted as text ('Mon YYYY - Present · n yrs n mos', employment-type words)",
    name="Keisha Montgomery-Obi",
    headline="Pharmacy tech turned personal shopper & small-batch candle maker | Open to retail pharmacy and patient coordinator roles",
    contact=["Atlanta, Georgia, United States", "keisha.mo@example.com"],
    sections=[
        ("Top Skills", L(["Customer Service", "Pharmacy Technicians", "Inventory Management"])),
        ("Summary", P("Four years behind a pharmacy counter, two years shopping for busy families and five years running "
                      "my own candle business. I like being the person people come back to.")),
        ("Experience", [
            E("Full-Service Shopper", "Cartwheel", "Atlanta, Georgia, United States", "2024-02", "present", "facing",
              "in_person_service", etype="freelance",
              bullets=["Shop grocery orders, message customers in the app about replacements and hand orders over at the door",
                       "1,100+ batches, 4.98 rating"]),
            E("Owner & Candle Maker", "Sweetgum Candle Co.", "Decatur, Georgia", "2021-01", "present", "facing",
              "entrepreneurial_freelance", prec="year", etype="freelance",
              bullets=["Hand-pour soy candles and sell them at weekend makers' markets and through Etsy",
                       "Talk customers through scents at the booth and take custom wedding-favor orders"]),
            E("Pharmacy Technician", "Peachtree Family Pharmacy", "Decatur, Georgia", "2020-05", "2024-01", "facing",
              "healthcare_care",
              bullets=["Filled and checked prescriptions, ran insurance claims and fixed rejections",
                       "Worked the pickup window and drive-thru, answering patients' questions and fetching the pharmacist when needed"]),
            E("Event Staff", "Skyline Event Pros", "Atlanta, Georgia", "2019-06", "2019-12", "facing", "other_facing",
              tag="Seasonal",
              bullets=["Ushered and scanned tickets at concerts and college football games"]),
            E("Overnight Stocker", "Piedmont Supercenter", "Atlanta, Georgia", "2018-01", "2020-04", "affecting"),
        ]),
        ("Education", [
            Item("Fulton Ridge Technical College", None, "Certificate, Pharmacy Technician · (2019 - 2020)"),
            Item("Mays Crossing High School", None, "High School Diploma · (2013 - 2017)"),
        ]),
        ("Licenses & Certifications", L(["Certified Pharmacy Technician (CPhT)",
                                         "Georgia Pharmacy Technician Registration"])),
    ]))

# ------------------------------------------------------------------ w022
DOCS.append(dict(
    file="w022.pdf", renderer="rl", variant="single", hdr="dash", ds="mon", present="present", font="Times",
    paper="A4", center=True,
    family="UK actor and voice artist with front-of-house and promo work between contracts, reportlab centred header in Times, 'Title – Employer, Place' lines, 'Freelance & Side Work' section, near the 12-month line",
    name="Imogen Achterberg",
    contact=["Walthamstow, London E17", "07700 900815  ·  imogen.achterberg@example.org"],
    sections=[
        ("Profile", P("Actor and voice artist. Between contracts I work front of house and brand events, and I'm now "
                      "looking for a part-time box office or visitor experience role I can keep long term.")),
        ("Acting", [
            E("Actor", "Freelance", "London and UK tour", "2018-01", "present", "none", prec="year", etype="freelance",
              bullets=["Stage credits include a 14-week UK tour and two fringe runs; short films and one audio drama"]),
        ]),
        ("Freelance & Side Work", [
            E("Voiceover Artist", "Self-employed", "home studio", "2020-01", "present", "affecting", prec="year",
              etype="freelance",
              bullets=["Record and edit e-learning and explainer narration to clients' scripts; deliver files remotely"]),
            E("Front of House Assistant", "Bankside Playhouse", "London SE1", "2026-03", "present", "facing",
              "in_person_service", note="Casual",
              bullets=["Ushering, programme sales and the interval bar"]),
            E("Brand Ambassador", "Limelight Promotions Ltd", "London", "2025-06", "2025-08", "facing",
              "in_person_service", dt="Jun–Aug 2025 (agency shifts)",
              bullets=["Sampling and sign-ups for a drinks brand at stations and festivals"]),
            E("Warehouse Operative", "Greenleaf Grocers Fulfilment", "Enfield", "2019-01", "2020-02", "affecting",
              note="Nights",
              bullets=["Picked chilled and ambient grocery orders for next-day delivery"]),
        ]),
        ("Training", [Item("BA (Hons) Acting", "2015 – 2018", "Thameside Conservatoire of Drama, London")]),
        ("Skills", P("Accents: RP, Estuary, Dutch, General American · stage combat (basic) · full clean licence")),
        ("Agent", P("Hollis & Pryce Management – details on request")),
    ]))

# ------------------------------------------------------------------ w023
DOCS.append(dict(
    file="w023.docx", renderer="docx", variant="table_each", hdr="title_org", ds="month", present="Current",
    group_loc=False,
    family="Australian cellar-door and vintage worker, Word borderless table per job with page header and footer, winery heading with two roles beneath, harvest seasons",
    name="Bronwyn Kowalski",
    contact=["Aldinga Beach SA 5173", "0491 570 737", "bronwyn.k@example.com"],
    docx_header="Bronwyn Kowalski — Résumé", docx_footer="Referees available on request",
    sections=[
        ("Summary", P("Wine-region all-rounder: weekend cellar door, vintage work in the winery and earlier reception "
                      "and cleaning jobs. Looking for a full-time cellar door or tourism role.")),
        ("Employment", [
            Group("Kestrel Ridge Wines, McLaren Vale SA", [
                E("Cellar Door Assistant", "Kestrel Ridge Wines", "McLaren Vale SA", "2022-09", "present", "facing",
                  "in_person_service", note="Weekends",
                  bullets=["Run tastings for walk-ins and bus groups and sell wine club memberships",
                           "Pack and post online orders on quiet afternoons"]),
                E("Vintage Cellar Hand", "Kestrel Ridge Wines", "McLaren Vale SA", "2024-02", "2024-05", "none",
                  dt="Vintage 2024 (Feb–May)",
                  bullets=["Crushing, pump-overs, barrel work and cleaning the winery during vintage"]),
            ], mode="org"),
            E("Receptionist", "Southside Physio", "Noarlunga Centre SA", "2021-03", "2022-07", "facing",
              "in_person_service", note="Part-time"),
            E("Holiday Unit Cleaner", "Aldinga Holiday Units", "Aldinga SA", "2020-05", "2021-02", "affecting",
              bullets=["Turned over units between guests: linen, kitchens and bathrooms"]),
            E("Grape Picker", "Willunga Vineyard Contracting", "Willunga SA", "2020-02", "2020-04", "none",
              dt="Feb – Apr 2020"),
        ]),
        ("Education", [Item("Certificate III in Wine Industry Operations", "2024", "Onkaparinga Skills Centre")]),
        ("Tickets", L(["RSA (SA)", "Forklift licence (LF)", "First Aid"])),
    ]))

# ------------------------------------------------------------------ w024
DOCS.append(dict(
    file="w024.md", renderer="md", md="bold", hdr="title_org", ds="mon", present="Present", contact_join=" | ",
    bullet="*",
    family="US freelance copywriter with farmers-market, dog-sitting and holiday gift-wrap side work, Markdown with a 'Freelance & Side Work' section, near the 12-month line",
    name="Hollis Vantongeren",
    contact=["Portland, OR 97214", "(503) 555-0138", "hollis@example.com"],
    sections=[
        ("Summary", P("Freelance copywriter for e-commerce brands. I pick up seasonal retail and market work every year "
                      "and want a steadier mix of writing and customer contact.")),
        ("Writing & content", [
            E("Freelance Copywriter", "Self-employed", "Portland, OR", "2020-01", "present", "affecting", prec="year",
              etype="freelance",
              bullets=["Write product descriptions, email campaigns and blog posts for e-commerce brands from their briefs",
                       "Keep brand voice guides and SEO keyword sheets for each account"]),
            E("Content Moderator", "Trellis Social", "Remote", "2019-01", "2019-12", "affecting",
              note="Contract through a staffing agency",
              bullets=["Reviewed flagged posts and images against community guidelines, 900+ items a day"]),
        ]),
        ("Freelance & Side Work", [
            E("Market Stall Assistant", "Hollowbrook Farm", "Portland, OR", "2025-04", "2025-10", "facing",
              "in_person_service", dt="Apr–Oct 2025 (Saturdays)",
              bullets=["Sold produce and eggs at the Saturday farmers market; cash, card and market tokens"]),
            E("Dog Sitter", "Self-employed", "Portland, OR", "2025-06", "2025-09", "facing", "entrepreneurial_freelance",
              etype="freelance", note="Bookings through PawPal",
              bullets=["House-sat and walked dogs for neighbors, with a meet-and-greet with the owners before each booking"]),
            E("Holiday Gift Wrapper", "Pinecrest Books", "Portland, OR", "2024-11", "2025-01", "facing",
              "in_person_service", note="Seasonal",
              bullets=["Wrapped gifts at the holiday table and rang up sales at the front till"]),
        ]),
        ("Education", [Item("B.A. English", "2014 – 2018", "Willamette Heights College, Salem, OR")]),
        ("Selected clients", L(["Gorge & Grain outdoor gear", "Mossback Tea", "two skincare brands"])),
    ]))

# ------------------------------------------------------------------ w025
DOCS.append(dict(
    file="w025.pdf", renderer="fpdf", variant="left", hdr="dateline", ds="mm/yyyy", present="Present", font="serif",
    family="Irish agency healthcare assistant who keeps a part-time pharmacy counter job, fpdf2 serif single column, title, employer and dates each on their own line",
    name="Aoife Geraghty",
    contact=["Castletroy, Limerick", "087 555 0178", "aoife.geraghty@example.net"],
    sections=[
        ("Personal statement", P("Healthcare assistant with agency experience in nursing homes and hospitals, who has kept "
                                 "a part-time pharmacy job for five years. I'd like a permanent HCA post with regular hours.")),
        ("Employment history", [
            E("Healthcare Assistant", "CareRota Staffing", "Limerick", "2024-01", "present", "facing", "healthcare_care",
              note="Agency, 2–3 shifts a week in nursing homes and hospitals",
              bullets=["Personal care, mealtimes and mobility support for residents",
                       "Hand over to the nurse in charge and complete care records"]),
            E("Pharmacy Counter Assistant", "Shannonside Pharmacy", "Limerick", "2021-05", "present", "facing",
              "in_person_service", note="Part-time",
              bullets=["Advise customers on over-the-counter products and refer them to the pharmacist",
                       "Take in prescriptions and process scheme claims"]),
            E("Tour Guide", "Lough Derg Heritage Tours", "Killaloe, Co. Clare", "2023-05", "2023-09", "facing",
              "other_facing", note="Seasonal",
              bullets=["Guided boat and walking tours for groups of up to 30 visitors"]),
            E("Production Operative", "Castletroy Meditech", "Limerick", "2018-06", "2021-04", "none",
              bullets=["Assembled and inspected catheter components in a cleanroom on a 12-hour shift pattern"]),
        ]),
        ("Volunteering", [
            E("Volunteer Marshal", "Limerick Riverside 5k", "Limerick", "2022-01", "present", "facing", "volunteering",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Marshal the Saturday morning 5k about twice a month, directing and encouraging runners"]),
        ]),
        ("Education", [
            Item("QQI Level 5 Healthcare Support", "2023", "Shannon Further Education College"),
            Item("Leaving Certificate", "2017", "Coláiste Naomh Iósaf, Limerick"),
        ]),
        ("Hobbies & interests", P("Sea swimming, choir, coaching under-12 camogie on Saturdays.")),
    ]))

# ------------------------------------------------------------------ w026
DOCS.append(dict(
    file="w026.docx", renderer="docx", variant="tabs", hdr="title_org", ds="m/yyyy", present="Present",
    table_cols=["Dates", "Position / Company", "Notes"], heading_styles=True,
    family="US handyman with his own business after app tasking and apartment maintenance, functional Word résumé (skills first) with a short dated job table after",
    name="Ruben Castellanos",
    contact=["Aurora, CO 80010  ·  (720) 555-0185  ·  ruben.fixes@example.com"],
    sections=[
        ("Summary of Qualifications", P("Ten years of maintenance and repair work, most of it inside people's homes. "
                                        "Honest quotes, clean job sites, repeat customers.")),
        ("Skills", [
            Item("Customer communication", bullets=["Walk homeowners and residents through the problem, the options and the cost before starting",
                                                    "Most of my handyman work comes from repeat customers and referrals"]),
            Item("Repairs & maintenance", bullets=["Drywall, doors, fixtures, like-for-like plumbing and electrical",
                                                   "Appliance and HVAC troubleshooting"]),
            Item("Running a small business", bullets=["Scheduling, invoicing in QuickBooks, online reviews"]),
        ]),
        ("Work History", [
            E("Owner / Handyman", "Mile High Fix-It", "Denver, CO", "2022-04", "present", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Small repairs and installs for about 300 households; I quote and schedule every job myself"]),
            E("Tasker", "HandyHive", "Denver, CO", "2021-09", "2022-03", "facing", "entrepreneurial_freelance",
              etype="freelance",
              bullets=["Furniture assembly and mounting jobs booked through the app, evenings and weekends"]),
            E("Maintenance Technician", "Larimer Flats Apartments", "Denver, CO", "2017-06", "2021-08", "facing",
              "other_facing",
              bullets=["Completed resident work orders in occupied apartments and explained repairs to residents",
                       "Turned vacant units and covered the on-call phone for emergencies"]),
            E("HVAC Apprentice", "Front Range Heating & Air", "Aurora, CO", "2015-01", "2017-05", "none",
              etype="internship",
              bullets=["Ran ductwork and set equipment in new-build homes for the install crew"]),
            E("Customer Service Representative", "Summit Peak Utilities", "Denver, CO", "2013-10", "2014-12", "facing",
              "contact_center", note="Seasonal, then extended",
              bullets=["Answered inbound calls about outages, start/stop service and high bills during the winter peak"]),
        ], {"table": True}),
        ("Education & Certifications", L(["EPA Section 608 Universal – 2016", "HVAC Certificate, Aurora Technical Institute, 2015",
                                          "GED, 2013"])),
        ("References", [Item("Denise Whitcomb, Property Manager, Larimer Flats Apartments", None, "(720) 555-0111")]),
    ]))

# ------------------------------------------------------------------ w027
DOCS.append(dict(
    file="w027.html", renderer="html", html="grid", hdr="title_org", ds="mon", present="Present",
    doc_title="Resume",
    family="Canadian warehouse clerk who started rideshare driving, HTML page with a CSS grid date column, census enumerator temp job, year-only winter work, near the 12-month line",
    name="Mohamed Abdi Warsame",
    contact=["Ottawa, ON K1V", "613-555-0194", "m.warsame@example.net"],
    sections=[
        ("Profile", P("Warehouse clerk with six years in parts and returns. I started driving evenings this year and "
                      "found I like the customer side; looking for a dispatch or parts counter job.")),
        ("Work Experience", [
            E("Warehouse Clerk", "Rideau Parts Depot", "Ottawa, ON", "2020-01", "present", "affecting",
              bullets=["Receive dealer returns, inspect parts and process RMAs in the ERP",
                       "Pick, pack and ship next-day dealer orders"]),
            E("Rideshare Driver", "Self-employed", "Ottawa, ON", "2026-01", "present", "facing", "in_person_service",
              etype="freelance", note="Evenings and weekends",
              bullets=["Drive riders around Ottawa–Gatineau, including airport trips and accessible pickups"]),
            E("Census Enumerator", "Statistics Canada", "Ottawa, ON", "2021-05", "2021-07", "facing", "other_facing",
              note="Temporary",
              bullets=["Visited households that had not responded and completed the questionnaire with residents at the door"]),
            E("Snow Removal Labourer", "Capital Clearways", "Ottawa, ON", "2017-01", "2019-12", "none", prec="year",
              dt="2017 – 2019 (winters)",
              bullets=["Shovelled and salted commercial lots and walkways on overnight storm calls"]),
        ]),
        ("Education", [Item("Certificate, Supply Chain Management (evenings)", "2019 – 2020",
                            "Capital Region College")]),
        ("Languages", L(["English", "Somali", "Arabic (conversational)", "French (basic)"])),
        ("Licences", L(["Ontario G licence", "Forklift operator certificate (2020)"])),
    ]))

# ------------------------------------------------------------------ w028
DOCS.append(dict(
    file="w028.pdf", renderer="rl", variant="leftcol", hdr="title_org", ds="mon", present="Present", paper="A4",
    family="Welsh supply teacher with exam invigilation and holiday-club summers, reportlab with dates in a left column, repeated seasonal ranges printed as text",
    name="Rhiannon Pritchard",
    contact=["Canton, Cardiff CF11  ·  07700 900644  ·  rhiannon.pritchard@example.org"],
    sections=[
        ("Profile", P("Bilingual primary teacher working day-to-day supply while I look for a permanent post. Before "
                      "qualifying I was a learning support assistant, and I invigilate exams every summer.")),
        ("Teaching and support", [
            E("Supply Teacher", "Taff Valley Supply Teachers", "Cardiff", "2022-09", "present", "facing", "education",
              note="Day-to-day and short-term cover",
              bullets=["Cover Nursery to Year 6 in English- and Welsh-medium schools across Cardiff and the Vale",
                       "Regularly requested back by three schools; one six-week block in Year 2"]),
            E("Exam Invigilator", "Heathfield Comprehensive School", "Cardiff", "2022-05", "2024-06", "facing",
              "education", dt="May–Jun, 2022 – 2024",
              bullets=["Invigilated GCSE and A level exams each summer series, including access arrangements rooms"]),
            E("Learning Support Assistant", "St Mellons Primary School", "Cardiff", "2019-01", "2022-07", "facing",
              "education",
              bullets=["Supported a Year 3 pupil with ALN one-to-one and ran small phonics groups"]),
            E("Holiday Club Leader", "Splash Holiday Clubs", "Cardiff", "2019-06", "2021-08", "facing", "education",
              dt="Summers 2019 – 2021",
              bullets=["Planned and led sports and craft sessions for children aged 5–11 in the summer holidays"]),
        ]),
        ("Voluntary", [
            E("Trustee", "Roath Community Allotments", "Cardiff", "2021-01", "present", "none", prec="year",
              section="volunteer", etype="volunteer",
              bullets=["Committee member: budgets, plot rents and a grant application for a new shed"]),
        ]),
        ("Qualifications", [
            Item("PGCE Primary with QTS", "2021 – 2022", "Taff Metropolitan University"),
            Item("BA (Hons) Welsh and Education", "2016 – 2019", "Taff Metropolitan University"),
        ]),
        ("Languages", P("Welsh – fluent (first language); English – fluent")),
        ("Checks", L(["Enhanced DBS on the update service", "EWC registered – school teacher", "Paediatric First Aid (2025)"])),
    ]))

# ------------------------------------------------------------------ w029
DOCS.append(dict(
    file="w029.txt", renderer="txt", hdr="dash", ds="mon", present="Current", txt_dates="paren", txt_h="stars",
    bullet="*", crlf=True,
    family="Tasmanian relief postie and casual support worker, plain text (CRLF line ends) with starred caps headings, 'Title – Employer, Place (dates)' lines and one-line older jobs ('weekends 2019–2022')",
    name="Lachlan Boyd-Sutcliffe",
    contact=["Sandy Bay TAS 7005 | 0491 571 266 | lachlan.bs@example.com"],
    sections=[
        ("Summary", P("Outdoor worker with a boat ticket, a relief mail round and casual support work. Good with people, "
                      "happy to work early starts and weekends.")),
        ("Current", [
            E("Relief Postal Delivery Officer", "Derwent Mail Services", "Hobart TAS", "2023-03", "present", "affecting",
              note="Casual, relief rounds three days a week",
              bullets=["Sort and deliver letters and small parcels by motorbike on relief rounds",
                       "Scan and card undeliverable items for collection at the outlet"]),
            E("Disability Support Worker", "Tasman Lifestyle Supports", "Hobart TAS", "2024-06", "present", "facing",
              "healthcare_care", note="Casual",
              bullets=["Community access and in-home support for three young adults with intellectual disability"]),
        ]),
        ("Previous", [
            E("Deckhand", "Storm Bay Cruises", "Hobart TAS", "2021-12", "2023-02", "facing", "other_facing",
              dt="Summer seasons 2021/22 – 2022/23",
              bullets=["Safety briefings and boarding for up to 90 passengers; served morning tea and answered questions about the wildlife"]),
            E("Barista", "Battery Point Bakehouse", "Hobart TAS", "2019-01", "2022-12", "facing", "in_person_service",
              prec="year", hdr="oneline", dt="weekends 2019–2022"),
            E("Kitchen Hand", "Sandy Bay Tavern", "Hobart TAS", "2018-01", "2018-12", "affecting", prec="year",
              hdr="oneline"),
        ]),
        ("Education", L(["Certificate III in Individual Support – 2024",
                         "Certificate II in Maritime Operations (Coxswain) – 2021",
                         "Year 12 – Mt Nelson College, 2017"])),
        ("Licences", L(["C class car licence", "Coxswain Grade 2", "NDIS Worker Screening"])),
        ("Referees", P("On request.")),
    ]))

# ------------------------------------------------------------------ w030
DOCS.append(dict(
    file="w030.md", renderer="md", md="h3", hdr="at", ds="month", present="Present", bullet="*",
    family="Irish systems administrator who opened an evening repair business, Markdown with 'Side business & volunteering' section, 'Title at Employer' headings, near the 12-month line",
    name="Eoin Kavanagh",
    contact=["Wexford town", "089 555 0107", "eoin@bytefix.example"],
    sections=[
        ("About me", P("Sysadmin by day. Since January I also run a small laptop and phone repair business in the evenings, "
                       "and I'd like a role that puts me in front of users again — service desk lead or field IT.")),
        ("Employment", [
            E("Systems Administrator", "Slaney Logistics", "Wexford", "2019-05", "present", "none",
              bullets=["Look after 60 Windows servers, backups and patching for a freight company",
                       "Automate user provisioning and licence reports with PowerShell"]),
            E("Desktop Build Technician", "Bellfield Insurance", "Enniscorthy", "2016-09", "2019-04", "affecting",
              bullets=["Imaged and built laptops in the build room for new starters and kept the asset register"]),
        ]),
        ("Side business & volunteering", [
            E("Owner / Technician", "ByteFix Wexford", "Wexford", "2026-01", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", note="Evenings and Saturdays",
              bullets=["Repair laptops and phones for walk-in customers; explain the fault and quote before starting"]),
            E("Bar Volunteer", "Carrigbeg Hurling Club", "Wexford", "2025-09", "2025-12", "facing", "volunteering",
              section="volunteer", etype="volunteer",
              bullets=["Served behind the clubhouse bar on match days during the autumn fundraising drive"]),
        ]),
        ("Certifications", L(["CompTIA A+ (2016)", "Microsoft 365 Endpoint Administrator Associate (2022)"])),
        ("Education", [Item("Higher Certificate in Computing", "2014 – 2016", "Selskar Institute of Technology")]),
        ("Interests", P("Hurling, retro consoles, refurbishing old laptops for the local national school.")),
    ]))
