"""Résumé definitions w016–w030."""
from lib import E

DEFS = []

# ---------------------------------------------------------------- w016 Netherlands retiree, plain txt caps headings
DEFS.append(dict(
    file="w016.txt", family="Dutch retired CFO, volunteer-first CV in plain text ('since 2022', year ranges)",
    layout="txt, caps headings, title line + org line", dates="'since 2022', year ranges, undated", render="txt_caps",
    name="Pieter van Dijk",
    contact=["Lombok, Utrecht, the Netherlands", "+31 6 5550 7734 - pieter.vandijk@kpnmail.nl"],
    profile=("Retired finance executive (67). Since leaving corporate life I spend my weeks in my own "
             "neighbourhood: cooking for neighbours, helping older people with their tax forms, and "
             "keeping a rowing club solvent."),
    blocks=[("VOLUNTEERING", [0, 3]), ("CAREER", [1, 2])],
    entries=[
        E("Volunteer Coordinator, Neighbourhood Dinners", "Stichting Buurtmaaltijd Lombok", "Utrecht", "2022", "present",
          "since 2022", "facing", "volunteering", [
              "Every Thursday: welcome 60 to 80 guests, many living alone, and sit with them at table",
              "Roster and brief a pool of 30 volunteer cooks and hosts"], section="volunteer", etype="volunteer"),
        E("Chief Financial Officer", "Rijnmond Havenlogistiek B.V.", "Rotterdam", "2009", "2021", "2009 - 2021",
          "none", None, [
              "Member of the management board of a port logistics group (EUR 410m revenue, 1,900 staff)",
              "Refinanced the group in 2016; led two acquisitions and the SAP S/4 migration",
              "Reporting to the supervisory board and the private-equity owner"]),
        E("Finance Director Benelux", "Nordkapp Foods Benelux B.V.", "Breda", "2001", "2008", "2001 - 2008",
          "none", None, ["Finance, IT and purchasing for the Benelux business unit", "Team of 35"]),
        E("Treasurer", "Utrechtse Roeivereniging De Vecht", "Utrecht", None, None, "", "none", None,
          ["Annual accounts, membership fees and the boathouse renovation budget"],
          section="volunteer", etype="volunteer"),
    ],
    sections=[("EDUCATION", ["Registeraccountant (RA), NBA, 1994",
                             "MSc Business Economics, Hogeschool Maasstad (now part of a merged university), Rotterdam, 1988"]),
              ("LANGUAGES", ["Dutch (native), English (fluent), German (good)"])]))

# ---------------------------------------------------------------- w017 Ghana, fpdf2 right sidebar
DEFS.append(dict(
    file="w017.pdf", family="Ghanaian fintech support lead, two-column PDF with right sidebar (fpdf2)",
    layout="fpdf2, right sidebar", dates="Mon YYYY – Present, year-only", render="fp_rightbar",
    name="Akosua Mensah", headline="Customer Support Lead | Mobile Money | Social Care",
    side=[("CONTACT", ["Adenta, Accra", "+233 24 555 0631", "akosua.mensah@gmail-demo.com.gh"]),
          ("EDUCATION", ["B.Ed. Mathematics", "Central Region College of Education, 2019", "",
                         "WASSCE, Asante Hills Secondary School, 2015"]),
          ("SKILLS", ["Zendesk, Freshdesk", "Sprout Social", "Escalation handling", "Excel pivot tables",
                      "Twi, Ga, English"]),
          ("AWARDS", ["PayKente 'Customer Hero' Q3 2022"])],
    summary=("Support lead who started as a maths teacher. I like turning angry messages into happy customers, "
             "and I write the macros so the team can too."),
    entries=[
        E("Customer Support Lead", "PayKente", "Accra", "2023-08", "present", "Aug 2023 – Present",
          "facing", "digital_service", [
              "Lead 11 agents on chat, e-mail and WhatsApp support for 2 million wallet users",
              "Personally handle escalated mobile-money disputes and reversals",
              "Cut first response time from 9 h to 40 min by re-routing queues"]),
        E("Social Media Support Agent", "PayKente", "Accra", "2021-10", "2023-07", "Oct 2021 – Jul 2023",
          "facing", "digital_service", [
              "Answered customers' complaints on X, Facebook and Instagram and moved them to DM",
              "Flagged fraud patterns to the risk team"]),
        E("Mathematics Teacher (National Service)", "Kronum Hills M/A Junior High School", "Kumasi",
          "2019-09", "2020-08", "Sep 2019 – Aug 2020", "facing", "education", [
              "Taught JHS 2 and JHS 3 mathematics, classes of 45", "Ran extra BECE revision on Saturdays"]),
        E("Shop Assistant", "Mensah Provisions", "Suame, Kumasi", "2014", "2019", "2014 – 2019",
          "facing", "in_person_service", ["Weekends and holidays in the family shop"], etype="paid"),
    ]))

# ---------------------------------------------------------------- w018 India → Oman, markdown h3 with Apr'18
DEFS.append(dict(
    file="w018.md", family="Indian HVAC technician in Oman, Markdown with h2/h3 and apostrophe dates",
    layout="md, h3 role line 'Title | Org' + date line", dates="Mon'yy – Present, undated", render="md_h3pipe",
    name="Arjun Nair",
    contact="Ruwi, Muscat, Oman · +968 9555 2047 · WhatsApp +91 94470 55518 · arjun.nair.hvac@mailbox.in",
    summary="HVAC technician with 11 years in refrigeration repair, district cooling plants and AMC service. Valid Oman driving licence.",
    entries=[
        E("HVAC Technician", "Al Noor Cooling Services LLC", "Muscat, Oman", "2021-07", "present",
          "Jul'21 – Present", "facing", "in_person_service", [
              "AMC service visits to villas, clinics and offices – 6 to 8 calls a day",
              "Diagnose split and ducted AC faults and explain the repair and cost to the client on site",
              "Gas charging, PCB replacement, duct cleaning"]),
        E("Chiller Plant Operator", "Muscat Bay District Cooling", "Muscat, Oman", "2018-04", "2021-06",
          "Apr'18 – Jun'21", "none", None, [
              "12-hour shifts monitoring 4 x 1,500 TR chillers on the BMS",
              "Log readings, water treatment dosing, preventive maintenance"]),
        E("Trainee Technician", "Malabar Refrigeration Works", "Kozhikode, Kerala", "2015-06", "2018-03",
          "Jun'15 – Mar'18", "affecting", None, [
              "Repaired refrigerators, washing machines and window ACs brought to the workshop",
              "Compressor replacement and brazing"]),
        E("NSS Volunteer – blood donation camps", "National Service Scheme unit, Govt. ITI Kozhikode", "Kozhikode",
          None, None, "", "facing", "volunteering", [
              "Registered donors and served refreshments at four camps"], section="volunteer", etype="volunteer"),
    ],
    sections=[("Education", ["* ITI – Refrigeration & Air-Conditioning Mechanic (NCVT), 2015",
                             "* SSLC, Kerala State Board, 2013"]),
              ("Licences", ["* Oman Light Vehicle Driving Licence", "* EPA-equivalent F-gas handling certificate (2022)"]),
              ("Personal", ["Passport No. Z55501xx · Languages: Malayalam, English, Hindi, basic Arabic"])]))

# ---------------------------------------------------------------- w019 Wales retiree, docx prose
DEFS.append(dict(
    file="w019.docx", family="Welsh retired practice manager, prose paragraphs without bullets (docx)",
    layout="docx, prose paragraphs", dates="year ranges, 'March 2020 to the present day', undated", render="docx_prose",
    name="Gwen Pritchard",
    contact="Llanbadarn Fawr, Aberystwyth SY23 · 01970 555 629 · gwen.pritchard@tanygraig.cymru",
    intro=("I retired from general practice in 2018 after almost thirty years at the same surgery. I now "
           "volunteer three days a week and am applying to join the visitor team at the county museum."),
    entries=[
        E("Volunteer Guide", "Rheidol Valley Narrow Gauge Trust", "Devil's Bridge line", "2019", "present",
          "2019 – present", "facing", "volunteering", [
              "I meet visitors off the train at the halt and walk groups through the engine shed and the history of the line",
              "In the winter I help catalogue the photograph archive"], section="volunteer", etype="volunteer"),
        E("Practice Manager", "Penglais Road Surgery", "Aberystwyth", "1998", "2018", "1998 – 2018",
          "facing", "other_facing", [
              "I ran the business side of a six-partner practice with 9,000 patients: staffing, budgets and contracts with the health board",
              "I dealt personally with patients' complaints and met families when things had gone wrong"]),
        E("Medical Receptionist", "Penglais Road Surgery", "Aberystwyth", "1989", "1998", "1989 – 1998",
          "facing", "in_person_service", [
              "Booking appointments, repeat prescriptions and the front desk in the days of paper notes"]),
        E("Mortgage Clerk", "Cardigan Bay Building Society", "Aberaeron", None, None, "", "affecting", None, [
              "Before my children were born I prepared mortgage offers and deeds for the branch's customers"]),
    ],
    closing=("Other: clean driving licence; fluent Welsh speaker; DBS checked (2024); "
             "First Aid at Work (2023). References available from the Trust and from Friendship Line.")))

# ---------------------------------------------------------------- w020 Colombia exec, reportlab 2 pages
DEFS.append(dict(
    file="w020.pdf", family="Colombian telecom executive, two-page PDF with dates on their own line (reportlab)",
    layout="reportlab, 2 pages, date line under title", dates="Month YYYY – Present, year-only", render="rl_twopage",
    name="Andrés Felipe Gómez Restrepo", headline="Chief Customer Officer · Telecommunications · Bogotá",
    contact="Bogotá D.C., Colombia · +57 310 555 8820 · andres.gomez.r@correo-co.com",
    summary=("Customer-experience executive with 18 years in telecoms: billing, contact centres and enterprise "
             "accounts. Reduced churn by 3.1 points and cut cost-to-serve by 22% at Conecta Andina."),
    achievements=["Designed the first NPS-linked bonus scheme in Colombian telecoms (2019)",
                  "Consolidated four billing platforms into one (2014–2016), 0 days of billing outage",
                  "Board member, Fundación Niñez Digital"],
    entries=[
        E("Chief Customer Officer", "Conecta Andina S.A.S.", "Bogotá", "2021-05", "present", "May 2021 – Present",
          "facing", "sales_account", [
              "Own customer experience end to end for 6.4 million mobile and fibre customers",
              "Accountable for 1,200 contact-centre staff across Bogotá, Medellín and two outsourcers",
              "Meet the 20 largest enterprise customers every quarter and personally review executive escalations"]),
        E("VP Contact Centre Operations", "Conecta Andina S.A.S.", "Bogotá", "2017-03", "2021-04",
          "March 2017 – April 2021", "affecting", None, [
              "Workforce management, routing and IVR redesign; outsourcing contracts worth USD 40m a year",
              "Introduced speech analytics and the quality framework used today"]),
        E("Director of Billing Operations", "Telecomunicaciones del Caribe S.A.", "Barranquilla", "2012-01", "2017-02",
          "January 2012 – February 2017", "affecting", None, [
              "Billing cycles, invoice design and collections strategy for 2.2 million accounts",
              "Led the billing platform consolidation"]),
        E("Senior Consultant", "Mendoza & Arango Consultores", "Medellín", "2008-07", "2011-12",
          "July 2008 – December 2011", "facing", "other_facing", [
              "Process redesign projects for telecom and utility clients",
              "Ran workshops with client executives and presented steering-committee updates"]),
        E("Board Member", "Fundación Niñez Digital", "Bogotá", "2019", "present", "2019 – Present", "none", None, [
              "Non-executive board member of a children's digital-literacy foundation; chair of the audit committee"],
          section="volunteer", etype="volunteer"),
    ],
    sections=[("EDUCATION", ["MBA, Escuela de Negocios del Valle de Aburrá, 2008",
                             "B.Sc. Industrial Engineering, Universidad Técnica del Aburrá, 2005"]),
              ("LANGUAGES", ["Spanish (native), English (C2), Portuguese (B2)"]),
              ("BOARD & AFFILIATIONS", ["Member, Red Andina de Servicio al Cliente",
                                        "Speaker, Contact Forum LatAm 2023 and 2025"])]))

# ---------------------------------------------------------------- w021 Nepal, txt with seasons
DEFS.append(dict(
    file="w021.txt", family="Nepali trekking guide, plain text with '2016–20' ranges, 'since' and trekking seasons",
    layout="txt, dash rules, 'Title - Org' lines", dates="'2016–20', 'since 2024', Spring season, month range", render="txt_dash",
    name="Ang Dorje Tamang",
    contact=["Thamel, Kathmandu, Nepal", "Mobile/WhatsApp: +977 984 555 1207", "angdorje.trek@himalmail.com.np"],
    about=("Licensed trekking guide with Everest, Annapurna and Manaslu experience. Also worked 3 years in Korea "
           "under the EPS programme. English good, Korean basic."),
    entries=[
        E("Senior Trekking Guide", "Yeti Trail Adventures", "Kathmandu", "2024", "present", "since 2024",
          "facing", "in_person_service", [
              "Lead groups of 4–12 trekkers on 12–18 day routes; daily briefings, acclimatisation, altitude sickness checks",
              "Manage porters and teahouse bookings on the trail"], etype="freelance"),
        E("Factory Worker (EPS)", "Daeseong Plastics Co.", "Gimhae, South Korea", "2021", "2023", "2021–23",
          "none", None, ["Injection moulding machine operator, night shift"]),
        E("Trekking Guide", "Himal Step Treks", "Kathmandu", "2016", "2020", "2016–20", "facing", "in_person_service", [
              "Guided Everest Base Camp, Annapurna Circuit and Langtang treks"], etype="freelance"),
        E("Kitchen Assistant, Everest Base Camp", "Summit Kitchen Expeditions", "Khumbu", "2019-03", "2019-05",
          "Spring 2019 season", "affecting", None, ["Cooked and carried meals for expedition members and Sherpa team"],
          etype="paid"),
        E("Porter", "Himal Step Treks", "Solukhumbu", "2013", "2015", "2013–15", "none", None,
          ["Carried trekking bags up to 30 kg"]),
        E("Relief Volunteer", "Gorkha Youth Rebuild Group", "Sindhupalchok", "2015-04", "2015-06",
          "April–June 2015", "facing", "volunteering", [
              "After the earthquake distributed tarpaulins, rice and water purifiers to families in three villages"],
          section="volunteer", etype="volunteer"),
    ],
    sections=[("LICENCE & TRAINING", ["Trekking Guide Licence, Nepal Tourism Board (No. TG-55120)",
                                      "Wilderness First Aid, 2022", "EPS-TOPIK Korean language test passed, 2020"]),
              ("EDUCATION", ["SLC, Shree Himalaya Secondary School, Solukhumbu, 2012"])]))

# ---------------------------------------------------------------- w022 Australia student, docx heading styles
DEFS.append(dict(
    file="w022.docx", family="Australian engineering student CV (docx headings; southern-hemisphere summer; gap year)",
    layout="docx, Heading 2 per role + italic date", dates="Mon YYYY – Present, 'Summer 2024–25', year-only, 'since 2020'",
    render="docx_student",
    name="Mia Nguyen-Walsh",
    contact="St Lucia QLD 4067 | 0412 555 903 | mia.nguyenwalsh@student-mail.au | linkedin.com/in/mianw",
    summary="Third-year civil engineering student (water) looking for a 2026–27 summer vacation placement.",
    entries=[
        E("Retail Assistant (casual)", "Koala Lane Pharmacy", "Toowong QLD", "2023-03", "present",
          "Mar 2023 – Present", "facing", "in_person_service", [
              "Serve customers at the front counter and refer them to the pharmacist",
              "Restock, price and face up the vitamins and beauty aisles"]),
        E("Summer Vacation Student – Hydraulics", "Brisbane River Engineering Pty Ltd", "Brisbane QLD",
          "2024-12", "2025-02", "Summer 2024–25", "none", None, [
              "Built 1D culvert models in HEC-RAS for a council flood study",
              "Checked survey data and drafted figures for the report"], etype="internship"),
        E("PASS Leader (Engineering Mathematics)", "Moreton University", "St Lucia QLD", "2024", "2024", "2024",
          "facing", "education", ["Ran two weekly peer-assisted study sessions for first-year students"]),
        E("Au Pair (gap year)", "Host family, Freiburg", "Freiburg, Germany", "2022-01", "2022-12",
          "Jan – Dec 2022", "facing", "other_facing", [
              "Looked after two children aged 4 and 7, school runs, English practice"], etype="paid"),
        E("Volunteer Surf Lifesaver", "Rainbow Heads Surf Life Saving Club", "Rainbow Beach QLD", "2020", "present",
          "since 2020", "facing", "volunteering", [
              "Weekend beach patrols in season; first aid and preventive actions with swimmers"],
          section="volunteer", etype="volunteer"),
    ],
    sections=[("Education", ["Bachelor of Engineering (Honours) – Civil, Moreton University, 2023 – present (GPA 6.2/7)",
                             "Queensland Certificate of Education, Brookfield Ridge State High School, 2021"]),
              ("Skills", ["HEC-RAS, 12d Model (basic), AutoCAD, Python, Excel",
                          "Bronze Medallion, Senior First Aid, Blue Card"])]))

# ---------------------------------------------------------------- w023 Zimbabwe, fpdf2 grid table
DEFS.append(dict(
    file="w023.pdf", family="Zimbabwean banker, employment history as a bordered grid table (fpdf2)",
    layout="fpdf2, grid table (period | position | organisation | duties)", dates="mm/yyyy – Present, undated",
    render="fp_grid",
    name="Tendai Moyo", headline="Branch Manager - Retail & SME Banking",
    contact="14 Fort Street, Gweru, Zimbabwe | +263 77 555 0318 | tendai.moyo@zimpost-mail.co.zw",
    summary=("Chartered accountant turned banker. Thirteen years across audit, credit and branch leadership; "
             "grew the Gweru SME loan book by 60% in three years."),
    entries=[
        E("Branch Manager", "Matobo Building Society", "Gweru", "2020-03", "present", "03/2020 – Present",
          "facing", "sales_account", [
              "Lead a branch of 18 staff; deposits USD 24m",
              "Meet SME and farming clients for loan reviews and restructuring",
              "Compliance, audit and cash management"]),
        E("Senior Credit Analyst", "Matobo Building Society", "Bulawayo", "2016-06", "2020-02",
          "06/2016 – 02/2020", "affecting", None, [
              "Assessed mortgage and SME loan applications passed on by branches",
              "Wrote credit memos and set covenants"]),
        E("Audit Associate", "Moyo Chikanda Chartered Accountants", "Harare", "2013-01", "2016-05",
          "01/2013 – 05/2016", "affecting", None, [
              "Statutory audits of manufacturing and NGO clients",
              "Prepared working papers and draft financial statements for client engagements"]),
        E("Church Treasurer", "Gweru Central Methodist Circuit", "Gweru", None, None, "", "none", None,
          ["Keep the circuit's books and present quarterly statements"], section="volunteer", etype="volunteer"),
    ],
    sections=[("Education & Professional", ["CA(Z), Institute of Chartered Accountants of Zimbabwe, 2016",
                                             "BCom Accounting (Hons), Midlands University of Commerce, 2012"]),
              ("Skills", ["Temenos T24 · IFRS 9 · Credit risk · Team leadership · Shona, Ndebele, English"])]))

# ---------------------------------------------------------------- w024 South Korea, Markdown with front matter
DEFS.append(dict(
    file="w024.md", family="Korean café owner, Markdown with YAML front matter and bold-date list items",
    layout="md, front matter + '**dates** · Title, Org' list", dates="yyyy.mm – now", render="md_frontmatter",
    name="Kim Ji-woo",
    front={"name": "Kim Ji-woo", "city": "Busan, South Korea", "email": "jiwoo.kim@haeundae-salt.kr",
           "phone": "+82 10-5555-3381", "languages": "Korean, English, Japanese (conversational)"},
    summary=("Ex-flight attendant who now runs a small specialty café by the beach. Looking for part-time "
             "hospitality training or cabin-crew instructor work."),
    entries=[
        E("Owner & Head Barista", "Café Haeundae Salt", "Busan", "2022-04", "present", "2022.04 – now",
          "facing", "in_person_service", [
              "Run a 24-seat café: bar service, menu, suppliers, two part-time staff",
              "Regulars' loyalty programme and Instagram orders for cakes"]),
        E("English Conversation Tutor (online)", "Freelance", "Remote", "2020-09", "2022-03", "2020.09 – 2022.03",
          "facing", "education", ["1:1 video lessons for adults preparing for airline interviews"], etype="freelance"),
        E("Flight Attendant", "Hanbit Air", "Gimpo base, Seoul", "2014-03", "2020-06", "2014.03 – 2020.06",
          "facing", "in_person_service", [
              "Domestic and Japan/China routes, A321; in-flight service, safety demos",
              "Purser on Jeju shuttles from 2018"]),
        E("Roastery Assistant (part-time)", "Bean Brothers Roasting Co.", "Busan", "2012-06", "2014-01", "2012.06 – 2014.01",
          "affecting", None, ["Roasted, bagged and labelled wholesale orders for 40 cafés; cupping for quality checks"]),
    ],
    sections=[("Education", ["- Dong-Busan College, Airline Service Management (2012–2014)"]),
              ("Certificates", ["- SCA Barista Skills Intermediate (2022)", "- TOEIC Speaking Level 7"])]))

# ---------------------------------------------------------------- w025 Uganda, txt with * bullets
DEFS.append(dict(
    file="w025.txt", family="Ugandan NGO programme officer, plain text with '*' bullets and centred headings",
    layout="txt, centred headings, '*' bullets", dates="Mon YYYY - Mon YYYY / Present, year-only", render="txt_star",
    name="OKELLO BRIAN",
    contact=["P.O. Box 555, Lira City, Uganda", "Tel: +256 772 555 406", "Email: okellobrian.lira@ugmail.org"],
    profile=("A committed public-health professional with 5 years of community programme experience in "
             "Northern Uganda. Fluent in Lango, Acholi, Luganda and English."),
    entries=[
        E("Community Health Programme Officer", "Lango Health Partnership", "Lira", "2022-01", "present",
          "Jan 2022 - Present", "facing", "healthcare_care", [
              "Train and supervise 120 Village Health Team members in 4 sub-counties",
              "Run monthly outreach days: immunisation mobilisation, counselling mothers on nutrition and family planning",
              "Report to the District Health Office"]),
        E("Monitoring & Evaluation Assistant", "Acholi Recovery Trust", "Gulu", "2019-03", "2021-12",
          "Mar 2019 - Dec 2021", "none", None, [
              "Supervised a team of enumerators for household surveys",
              "Cleaned data in Stata and built donor dashboards", "Drafted quarterly reports"]),
        E("Boda boda rider (self-employed)", None, "Kampala", "2016", "2018", "2016 - 2018",
          "facing", "in_person_service", ["Carried passengers and parcels around Nakawa and Kireka while at university"],
          etype="freelance"),
        E("Store Keeper", "Kiira Hardware Ltd", "Jinja", "2014-06", "2016-05", "Jun 2014 - May 2016",
          "affecting", None, [
              "Received cement, iron sheets and tools; kept bin cards",
              "Issued goods against delivery notes for customer orders and loaded the delivery truck"]),
    ],
    sections=[("EDUCATION", ["Bachelor of Environmental Health Science, Kampala Institute of Health Sciences, 2018",
                             "UACE, Lira Town College, 2013"]),
              ("REFEREES", ["Dr. Akello Grace, District Health Officer, Lira District Local Government, +256 772 555 010",
                            "Mr. Opio Denis, Programme Manager, Acholi Recovery Trust, +256 701 555 222"])]))

# ---------------------------------------------------------------- w026 Indonesia, docx numbered duties
DEFS.append(dict(
    file="w026.docx", family="Indonesian hotel front-office CV, numbered duty lists (docx)",
    layout="docx, bold title line, org/dates line, numbered duties", dates="Month YYYY – now, 'Jul – Dec 2014', undated",
    render="docx_numbered",
    name="PUTRI LESTARI",
    contact="Jl. Kaliurang Km 6, Sleman, Yogyakarta · +62 812 5550 7741 · putri.lestari@jogjamail.id",
    summary="Front office professional, 11 years in hotels from housekeeping trainee to front office manager.",
    entries=[
        E("Front Office Manager", "Hotel Merapi Asri", "Yogyakarta", "2020-11", "present", "November 2020 – now",
          "facing", "in_person_service", [
              "Lead 14 receptionists, concierge and guest relations staff",
              "Handle VIP arrivals and guest complaints in Indonesian, English and Japanese",
              "Forecast room occupancy with the revenue team"]),
        E("Night Auditor", "Hotel Malioboro Sentosa", "Yogyakarta", "2017-02", "2020-10",
          "February 2017 – October 2020", "facing", "in_person_service", [
              "Closed the day, reconciled guest folios and POS outlets",
              "Covered the front desk for late arrivals and early departures"]),
        E("Reservations Agent", "Nusantara Hotels Central Reservations", "Jakarta", "2015-01", "2017-01",
          "January 2015 – January 2017", "facing", "contact_center", [
              "Took phone and e-mail bookings for 22 hotels", "Upsold packages; top seller Q2 2016"]),
        E("Housekeeping Trainee", "Bali Lagoon Resort", "Nusa Dua, Bali", "2014-07", "2014-12", "Jul – Dec 2014",
          "affecting", None, ["Cleaned and set up villas after check-out", "Linen room and minibar stock"],
          etype="internship"),
    ],
    sections=[("EDUCATION", ["Diploma III Hospitality, Akademi Pariwisata Sekar Jagad, Yogyakarta, 2015"]),
              ("LANGUAGES", ["Indonesian (native), Javanese (native), English (TOEIC 815), Japanese (JLPT N3)"]),
              ("COMPUTER", ["Opera PMS, Protel, MS Office"])]))

# ---------------------------------------------------------------- w027 Greece, reportlab header + ruled sections
DEFS.append(dict(
    file="w027.pdf", family="Greek solutions engineer, ruled sections with 'Title, Org' left and dates right (reportlab)",
    layout="reportlab, ruled, dates right", dates="ISO YYYY-MM – present, year-only, Summer", render="rl_ruled",
    name="Eleni Papadopoulou", headline="Solutions Engineer",
    contact=["Thessaloniki, Greece", "+30 694 555 1186", "eleni.papadopoulou@kymata-mail.gr", "github.com/epapad"],
    summary=("Backend engineer turned solutions engineer. I build the demo, run the pilot and stay until the "
             "customer's team can do it without me."),
    entries=[
        E("Solutions Engineer", "Kymata Software", "Athens (remote)", "2022-02", "present", "2022-02 – present",
          "facing", "sales_account", [
              "Run technical discovery and product demos with prospects' engineering teams",
              "Own pilots for 15+ enterprise customers; answer security questionnaires"]),
        E("Backend Engineer", "Kymata Software", "Athens", "2019-06", "2022-01", "2019-06 – 2022-01",
          "none", None, ["Go microservices for the event pipeline; Kafka, PostgreSQL", "On-call for the ingestion cluster"]),
        E("Software Developer", "Thermaikos Shipping Systems", "Thessaloniki", "2016-09", "2019-05",
          "2016-09 – 2019-05", "affecting", None, [
              "Built the passenger booking flow and seat selection for the ferry ticketing website",
              "Fixed defects reported by travel agents via the support team"]),
        E("Teaching Assistant, Data Structures", "Thermi Polytechnic", "Thessaloniki", "2014", "2016", "2014 – 2016",
          "facing", "education", ["Lab sessions and office hours for second-year students"], etype="paid"),
        E("Waitress (seasonal)", "Taverna Kalamitsi Sands", "Sithonia, Halkidiki", "2013-06", "2013-08", "Summer 2013",
          "facing", "in_person_service", []),
    ],
    sections=[("EDUCATION", ["MEng Electrical & Computer Engineering, Thermi Polytechnic, 2016"]),
              ("SKILLS", ["Go, Python, Java, SQL, Kubernetes, Terraform · Greek (native), English (C2), German (B1)"])]))

# ---------------------------------------------------------------- w028 Canada, docx functional résumé
DEFS.append(dict(
    file="w028.docx", family="Canadian functional résumé (skills first, bare work history list) / parent returning",
    layout="docx, functional + work-history table", dates="year-only, 'present'", render="docx_functional",
    name="Priya Raman-Cole",
    contact="Ottawa, ON K1V 0R4 · 613-555-0175 · priya.ramancole@mapleinbox.ca",
    summary=("Organised, friendly administrator returning to full-time work after six years at home with my "
             "children (2017–2023). Strong in scheduling, billing and volunteer coordination."),
    skills=[("Client & patient service", [
                "Greeted and booked patients for a four-dentist clinic; handled insurance questions at the desk",
                "Chaired the school council and ran parent Q&A nights for 300 families (2021–2024)"]),
            ("Billing & bookkeeping", [
                "Posted receivables and chased overdue invoices for a building-supply distributor",
                "Keep the books for two small local businesses in QuickBooks Online"]),
            ("Coordination", ["Schedule 25 food-bank volunteers a week; trained new shift leads"])],
    entries=[
        E("Patient Coordinator", "Rideau Hollow Dental Group", "Ottawa, ON", "2012", "2017", "2012 – 2017",
          "facing", "in_person_service", []),
        E("Accounts Receivable Clerk", "Gatineau Valley Supply Co.", "Gatineau, QC", "2009", "2012", "2009 – 2012",
          "affecting", None, []),
        E("Freelance Bookkeeper", "Self-employed", "Ottawa, ON", "2023", "present", "2023 – present",
          "affecting", None, [], etype="freelance"),
        E("Volunteer Shift Lead", "Ottawa South Food Cupboard", "Ottawa, ON", "2022", "present", "2022 – present",
          "facing", "volunteering", [], section="volunteer", etype="volunteer"),
    ],
    sections=[("Education", ["Office Administration – Medical diploma, Rideau Valley College, Ottawa, 2009"]),
              ("Certifications", ["QuickBooks Online ProAdvisor (2023) · Standard First Aid & CPR-C (2024)"])]))

# ---------------------------------------------------------------- w029 Argentina, numbered txt entries
DEFS.append(dict(
    file="w029.txt", family="Argentine wine-tourism CV, numbered experience blocks in plain text (mm.yyyy, harvest months)",
    layout="txt, numbered blocks with 'Position:' / 'Company:' lines", dates="mm.yyyy - current, 'Feb-Apr 2020', 'Jul-Sep 2016', undated",
    render="txt_numbered",
    name="Mateo Fernández",
    contact=["Chacras de Coria, Luján de Cuyo, Mendoza, Argentina", "+54 9 261 555 4470", "mateo.fernandez.vino@correo-ar.com"],
    profile="Host, guide and logistics person for Mendoza wine. Spanish native, English fluent, Portuguese good.",
    entries=[
        E("Tasting Room Host & Tour Guide", "Bodega Cerro Azul", "Luján de Cuyo", "2021-03", "present",
          "03.2021 - current", "facing", "in_person_service", [
              "Guide vineyard and cellar tours in Spanish, English and Portuguese (up to 9 tours a day)",
              "Lead tastings and sell wine club memberships"]),
        E("Export Logistics Assistant", "Andes Vinos Export S.A.", "Mendoza", "2017-06", "2021-02",
          "06.2017 - 02.2021", "affecting", None, [
              "Booked containers and prepared export documents for importers in Brazil and the US",
              "Checked pallets and labels against orders before dispatch"]),
        E("Cellar Hand (harvest)", "Bodega Cerro Azul", "Luján de Cuyo", "2020-02", "2020-04", "Feb-Apr 2020",
          "none", None, ["Punch-downs, pump-overs, cleaning tanks and barrels during vintage"]),
        E("Chairlift Operator", "Cerro Plata Ski Resort", "Tupungato", "2016-07", "2016-09", "Jul-Sep 2016",
          "facing", "in_person_service", ["Loaded skiers and children's ski-school groups onto the chair"]),
    ],
    sections=[("EDUCATION", ["Tecnicatura en Enología, Instituto Superior Pedemonte, Mendoza, 2017",
                             "WSET Level 2 Award in Wines (2022)"])]))

# ---------------------------------------------------------------- w030 Ukraine → Ireland, Markdown h3 + prose, ▪ bullets
DEFS.append(dict(
    file="w030.md", family="Ukrainian accountant re-starting in Ireland, Markdown h1/h3 with prose and ▪ bullets",
    layout="md, h3 'Title — Org', prose + ▪ lines", dates="Month YYYY – Present", render="md_prose",
    name="Olena Kovalenko",
    contact="Ballincollig, Co. Cork · 087 555 3140 · olena.kovalenko@corkmail.ie · Stamp 4 / Temporary Protection",
    summary=("Qualified accountant with 14 years in Ukraine. Since arriving in Ireland in 2022 I have worked in "
             "care and hotels and interpreted for my community. QQI Level 5 Healthcare Support completed 2023."),
    entries=[
        E("Healthcare Assistant", "Lee Valley Nursing Home", "Ballincollig, Co. Cork", "2023-05", "present",
          "May 2023 – Present", "facing", "healthcare_care", [
              "Personal care, mobility and meals for 12 residents on the dementia unit",
              "Talk with families at visiting time and record care notes"]),
        E("Interpreter (volunteer)", "Cork Ukrainian Community Hub", "Cork", "2022-04", "2023-04",
          "April 2022 – April 2023", "facing", "volunteering", [
              "Interpreted Ukrainian/Russian–English for new arrivals at GP visits, schools and the council"],
          section="volunteer", etype="volunteer"),
        E("Room Attendant (part-time)", "The Mardyke Quay Hotel", "Cork", "2022-09", "2023-04",
          "September 2022 – April 2023", "affecting", None, [
              "Cleaned and prepared 14 rooms a shift after check-out"]),
        E("Chief Accountant", "Dniprovska Agro LLC", "Dnipro, Ukraine", "2014-02", "2022-02",
          "February 2014 – February 2022", "none", None, [
              "Led a team of 5: statutory accounts, VAT, payroll for 420 employees",
              "Prepared IFRS packages for the Cypriot holding company"]),
        E("Accountant", "Promtekhbud LLC", "Dnipro, Ukraine", "2008-09", "2014-01", "September 2008 – January 2014",
          "affecting", None, ["Issued invoices to building-materials customers and sent reminder letters for overdue payments",
                                   "Bank reconciliations and supplier payments"]),
    ],
    sections=[("Education", ["Specialist degree in Accounting and Audit, Prydniprovska Academy of Economics, Dnipro, 2008",
                             "QQI Level 5 Healthcare Support, Cork Training Centre, 2023"]),
              ("Languages", ["Ukrainian and Russian (native) · English (B2, improving every day) · Polish (A2)"])]))
