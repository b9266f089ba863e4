"""Résumés w016–w030 (wild135: work without a usual employer)."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    id="w016", ext="md", renderer="md", layout="h3",
    dates="ap", present="present", sep=" – ",
    family="US home caterer who never meets customers (orders online, courier delivers; no organisation printed), line cook, supervisor in the 'Family restaurant'; Markdown h3 title with employer",
    name="Sophea Chhim",
    contact=["Lowell, MA 01851", "(978) 555-0132", "sophea.cooks@postbox-mail.com"],
    summary_h="Summary",
    summary=("Cook and small-business owner who grew up running the floor of my parents' restaurant. "
             "Looking for a kitchen manager or catering coordinator position."),
    blocks=[
        dict(h="Experience", entries=[
            E("Home Caterer", None, "Lowell, MA", "2019-08", "present", A, etype="freelance", bullets=[
                "Cook and pack Khmer and Thai party trays in a rented commercial kitchen, 3–5 orders a week",
                "Orders and payment come in through my website; a local courier service handles every delivery",
                "Plan menus, cost recipes and keep food-safety temperature logs"]),
            E("Line Cook", "Merrimack Grill House", "Lowell, MA", "2019-09", "2021-06", A, bullets=[
                "Grill and sauté stations on weekend nights; prepped sauces and proteins"]),
            E("Shift Supervisor", "Family restaurant", "Lowell, MA", "2012", "2019", F, "in_person_service",
              bullets=[
                  "Worked every role in my parents' 60-seat restaurant: host stand, register, takeout phone",
                  "Ran Friday and Saturday night shifts, made the staff schedule and dealt with customer complaints"]),
        ]),
        dict(h="Volunteer", entries=[
            E("Soup Kitchen Volunteer", "Acre Community Table", "Lowell, MA", "2016", "2018", F, "volunteering",
              section="volunteer", etype="volunteer", bullets=[
                  "Served hot meals to guests on Wednesday nights and set up the dining room"]),
        ]),
        dict(h="Education & Certifications", style="bullets", lines=[
            "Culinary Arts Certificate — Merrimack Valley Community College, 2019",
            "ServSafe Manager, 2022",
            "Allergen Awareness, 2022"]),
    ]))

# ---------------------------------------------------------------- w017
R.append(dict(
    id="w017", ext="pdf", renderer="reportlab", layout="dateleft",
    dates="mon", present="Present", sep=" – ", glyph="–", page="a4",
    family="Indian freelance bridal make-up and mehndi artist (organisation printed 'Freelance'), beauty parlour, teacher, 'Family business' saree shop; reportlab with dates in a left column",
    name="Ritika Choudhary",
    tagline="Make-up Artist & Beautician",
    contact=["C-48, Malviya Nagar, Jaipur – 302017", "+91 94140 33870  ·  ritika.glam@inboxmail.in"],
    blocks=[
        dict(h="Experience", entries=[
            E("Bridal Makeup & Mehndi Artist", "Freelance", "Jaipur", "2019-02", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Bridal, engagement and party make-up for 60–70 clients a season, at their homes and at venues",
                  "Trial sessions with each bride to fix the look; mehndi for bridal parties of up to 25 guests",
                  "Take bookings and advance payments through Instagram and WhatsApp"]),
            E("Beautician", "Glow Ladies Beauty Parlour", "Jaipur", "2015-07", "2019-01", F, "in_person_service",
              bullets=[
                  "Facials, threading, waxing and hair spa for regular clients",
                  "Maintained client cards and suggested packages"]),
            E("Primary Teacher", "Shri Vidya Niketan School", "Ajmer", "2012-04", "2015-03", F, "education",
              bullets=[
                  "Taught English and EVS to Classes 2 and 3; parent-teacher meetings every term"]),
            E("Counter Help", "Family business", "Ajmer", "2010", "2012", F, "in_person_service",
              etype="unknown", bullets=[
                  "Helped at my father's saree shop after college hours, showing stock to customers"]),
        ]),
        dict(h="Education", lines=[
            "B.Ed. – Ajmer Teachers' Training College, 2012",
            "Diploma in Cosmetology – Pink City Beauty Academy, 2015"]),
        dict(h="Languages", lines=["Hindi, English, Marwari"]),
    ]))

# ---------------------------------------------------------------- w018
R.append(dict(
    id="w018", ext="docx", renderer="docx", layout="header", order="org_title",
    dates="mm/yyyy", present="Present", sep=" – ", page="a4", font="Calibri",
    family="UK personal assistant employed directly by a disabled man ('Private employer'), carer for her father, agency support work ('Agency work – various care homes'); Word contact in page header, employer line first",
    name="Gemma Hollingworth",
    contact=["Hellesdon, Norwich NR6", "07700 900 238", "gemma.hollingworth@mailbox-uk.net"],
    tagline="Care and support worker – full UK driving licence",
    summary_h="About me",
    summary=("Experienced carer who has worked through agencies, for a private employer and for my own "
             "family. I am calm, practical and good at building trust."),
    footer="References on request – previous agencies include Carewell Staffing and Broadland Care Recruitment",
    blocks=[
        dict(h="Work history", entries=[
            E("Personal Assistant (Direct Payments)", "Private employer", "Norwich", "2021-02", "present", F,
              "healthcare_care", bullets=[
                  "Support a 24-year-old man with cerebral palsy at home and out and about, 30 hours a week",
                  "Personal care, hoisting, meal prep and medication in line with his support plan",
                  "Drive him to college, the gym and football matches; help him manage his own rota and budget"]),
            E("Carer for my father", None, "Dereham", "2019-06", "2021-01", N, etype="unknown"),
            E("Support Worker", "Agency work – various care homes", "Norfolk", "2016-10", "2019-05", F,
              "healthcare_care", bullets=[
                  "Picked up day and night shifts through two care agencies across residential and nursing homes",
                  "Washing, dressing, feeding and turning residents; fluid and repositioning charts"]),
            E("Kitchen Assistant", "Wensum Tearooms", "Norwich", "2014-03", "2016-09", A, bullets=[
                "Washed up, prepped salads and sandwiches and baked scones for the counter"]),
        ]),
        dict(h="Volunteering", entries=[
            E("Telephone Befriender", "Norfolk Age Friends", None, "2022", "present", F, "volunteering",
              section="volunteer", etype="volunteer", bullets=[
                  "Weekly phone calls with two isolated older people"]),
        ]),
        dict(h="Training", style="bullets", lines=[
            "Level 3 Diploma in Adult Care (2020)", "Care Certificate (2016)",
            "Moving and Handling refresher, January 2025"]),
    ]))

# ---------------------------------------------------------------- w019
R.append(dict(
    id="w019", ext="txt", renderer="txt", layout="plain", order="dateline",
    dates="MON", present="CURRENT", sep=" - ", glyph="*", underline="=", caps_name=True,
    family="Australian handyman working in occupied homes (no employer printed), carpentry on new builds, 'Family farm'; plain text with title, employer and dates on separate lines",
    name="Shane Kowalski",
    contact=["Buderim QLD 4556", "Ph 0407 555 641", "shanekowalski.handyman@ozmail-box.com.au"],
    blocks=[
        dict(h="Employment", entries=[
            E("Handyman", None, "Sunshine Coast, QLD", "2018-05", "present", F, "entrepreneurial_freelance",
              etype="freelance", bullets=[
                  "Small building and maintenance jobs for homeowners, landlords and property managers",
                  "Go out to quote, talk through options with the owner, then do the work - usually while they're home",
                  "Decks, doors, gyprock patches, fencing, flat-pack and the rest"]),
            E("Carpenter", "Maroochy Build Group", "Maroochydore, QLD", "2012-01", "2018-04", N, bullets=[
                "Framing, roofing and fit-off on new project homes"]),
            E("Apprentice Carpenter", "Maroochy Build Group", "Maroochydore, QLD", "2008-01", "2011-12", N,
              etype="internship"),
            E("Farm Hand", "Family farm", "Gympie, QLD", "2005", "2007", N, etype="unknown", bullets=[
                "Fencing, mustering and fixing machinery on the family cattle property"]),
        ]),
        dict(h="Tickets", style="bullets", lines=[
            "QBCC Licence - Carpentry (2013)", "Cert III Carpentry (2011)", "White Card", "Open manual licence"]),
    ]))

# ---------------------------------------------------------------- w020
R.append(dict(
    id="w020", ext="html", renderer="html", layout="table",
    dates="yyyy-mm", present="Present", sep=" – ",
    css=("body{font-family:Helvetica,Arial,sans-serif;max-width:820px;margin:1.5em auto;color:#1b1b1b}"
         "h2{color:#b5462d;font-size:1em;letter-spacing:.08em;text-transform:uppercase}"
         "td{vertical-align:top}ul{margin:.3em 0 .8em 1.1em;padding:0}"),
    family="South African freelance graphic designer for 'Various clients', junior designer with no client contact, print-shop counter, internship; HTML page with a dates column table",
    name="Zanele Petersen",
    tagline="Graphic designer · brand & packaging",
    contact=["Observatory, Cape Town", "082 555 0164", "zanele@zpstudio-mail.co.za"],
    blocks=[
        dict(h="Experience", entries=[
            E("Freelance Graphic Designer", "Various clients", "Cape Town", "2020-01", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Brand identities, packaging and social templates for small food, wine and wellness businesses",
                  "Run the briefing call with each client, present concepts and take them through two rounds of changes",
                  "Quote, invoice and manage my own calendar"]),
            E("Junior Designer", "Kloof Street Creative", "Cape Town", "2017-02", "2019-12", A, bullets=[
                "Built layouts, point-of-sale and digital banners to the art director's briefs",
                "Prepared print-ready artwork and checked printers' proofs"]),
            E("Print Shop Assistant", "Copy Corner Observatory", "Cape Town", "2015-01", "2017-01", F,
              "in_person_service", bullets=[
                  "Helped students and walk-in customers with printing, binding and laminating; took payments"]),
            E("Design Intern", "Table Bay Media", "Cape Town", "2014-06", "2014-12", A, etype="internship",
              bullets=["Resized adverts and laid out pages for two community newspapers"]),
        ]),
        dict(h="Education", lines=["BA Visual Communication — Peninsula School of Design, 2014"]),
        dict(h="Tools", lines=["Illustrator, InDesign, Photoshop, Figma, Canva (for clients who edit themselves)"]),
    ]))

# ---------------------------------------------------------------- w021
R.append(dict(
    id="w021", ext="pdf", renderer="fpdf2", layout="banner",
    dates="month", present="present", sep=" to ", glyph="•", page="letter", accent_rgb=(170, 70, 40),
    family="Canadian licensed home child-care provider ('Home-based (own home)'), daycare educator, grocery cashier, undated babysitting for 'Various families'; fpdf2 coloured banner header and filled section bars",
    name="Chantal Beaulieu",
    contact=["St. Vital, Winnipeg MB", "204-555-0157", "chantal.beaulieu@northmail.ca"],
    tagline="Early childhood educator (ECE II)",
    footer="Chantal Beaulieu – page {n} of {total}",
    summary_h="Profile",
    summary=("ECE II with fifteen years in child care, nine of them running my own licensed home "
             "daycare. Looking to return to a centre or a family resource program."),
    blocks=[
        dict(h="Experience", entries=[
            E("Home Child Care Provider", "Home-based (own home)", "Winnipeg, MB", "2017-09", "present", F,
              "education", etype="freelance", bullets=[
                  "Licensed family child care home for up to eight children, infants to school age",
                  "Plan daily activities around play, early literacy and outdoor time",
                  "Talk with parents at every pick-up; manage enrolment, fees and subsidy paperwork"]),
            E("Early Childhood Educator II", "Sunflower Co-op Daycare", "Winnipeg, MB", "2011-08", "2017-06",
              F, "education", bullets=[
                  "Lead educator in a preschool room of 16",
                  "Wrote developmental observations and met with families twice a year"]),
            E("Cashier", "Red River Co-op Grocery", "Winnipeg, MB", "2008-05", "2011-07", F,
              "in_person_service"),
            E("Babysitter", "Various families", None, None, None, F, "education", etype="freelance",
              dt="During high school and college", bullets=[
                  "Evening and weekend babysitting for neighbourhood families"]),
        ]),
        dict(h="Education", lines=["Early Childhood Education Diploma — Assiniboine Valley College, 2011"]),
        dict(h="Certificates", style="bullets", lines=[
            "Standard First Aid & CPR-C (2024)", "Child Abuse Registry and criminal record checks (2025)"]),
    ]))

# ---------------------------------------------------------------- w022
R.append(dict(
    id="w022", ext="docx", renderer="docx", layout="styles",
    dates="month", present="Present", sep=" – ", page="letter", font="Calibri",
    family="US self-employed tax preparer who meets clients, contract claims processor placed with a loosely named insurer via a staffing agency, dental front desk; Word heading styles",
    name="Reginald “Reggie” Okafor",
    contact=["Tucson, AZ 85711  |  (520) 555-0191  |  reggie.okafor.tax@postbox-mail.com"],
    summary_h="Summary",
    summary=("Tax preparer and former claims processor. Good with numbers and better with nervous "
             "people. Seeking a year-round client service role in financial services."),
    blocks=[
        dict(h="Work Experience", entries=[
            E("Tax Preparer", "Self-employed", "Tucson, AZ", "2021-01", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Prepare 180+ individual and small-business returns each season (Schedule C, rentals, education credits)",
                  "Sit down with clients at their kitchen table or over video to go through documents and deductions",
                  "Answer IRS and state notices for clients year-round"]),
            E("Claims Processor (contract)", "Contract – national health insurer (via staffing agency)", "Remote",
              "2018-03", "2020-12", A, bullets=[
                  "Adjudicated 70–90 medical claims a day against plan rules in the claims system",
                  "Pended claims for missing information and routed appeals to the review unit"]),
            E("Seasonal Tax Associate", "DesertSun Tax Service", "Tucson, AZ", "2016-01", "2016-04", F,
              "in_person_service", bullets=[
                  "Interviewed walk-in clients and prepared simple 1040 returns under an enrolled agent"]),
            E("Front Desk Coordinator", "Pima Family Dental", "Tucson, AZ", "2013-06", "2015-12", F,
              "in_person_service", bullets=[
                  "Checked patients in, verified insurance, scheduled recalls and collected co-pays"]),
        ]),
        dict(h="Education", lines=["B.S. Business Administration — Sonoran State University, 2013"]),
        dict(h="Credentials", style="bullets", lines=[
            "IRS PTIN holder", "Annual Filing Season Program – Record of Completion (2024)"]),
        dict(h="References", lines=["Available on request."]),
    ]))

# ---------------------------------------------------------------- w023
R.append(dict(
    id="w023", ext="md", renderer="md", layout="h3org",
    dates="mon", present="present", sep=" – ", glyph="*",
    family="UK freelance copywriter briefed through agencies' portals without client contact (no organisation printed), bookseller, editorial assistant, 'Parents' corner shop'; Markdown with employer as h3",
    name="Harriet Quayle",
    contact=["York YO31", "07700 900 349", "harriet.quayle.words@mailbox-uk.net"],
    summary_h="Profile",
    summary=("Writer and former bookseller. I would like to get back to working with people, ideally in "
             "a bookshop, library or visitor-facing role."),
    blocks=[
        dict(h="Work", entries=[
            E("Freelance Copywriter", None, "York (remote)", "2019-09", "present", A, etype="freelance",
              bullets=[
                  "Write product descriptions, category pages and email copy for online retailers, about 30,000 words a month",
                  "Briefs come through two content agencies' project portals; I don't deal with the end clients",
                  "Research keywords and edit to each brand's style guide"]),
            E("Bookseller", "Wharfside Books", "York", "2015-07", "2019-08", F, "in_person_service", bullets=[
                "Recommended books, handled special orders and ran the till",
                "Hosted author events and the Saturday children's story time"]),
            E("Editorial Assistant", "Pennine Press Ltd", "Leeds", "2013-09", "2015-06", A, bullets=[
                "Proofread and checked copy-edits on 20+ non-fiction titles a year",
                "Cleared picture permissions and kept production schedules up to date"]),
            E("Shop Assistant", "Parents' corner shop", "Scarborough", "2009", "2013", F, "in_person_service",
              etype="unknown", bullets=[
                  "Evenings and weekends behind the counter: papers, lottery, off-licence ID checks"]),
        ]),
        dict(h="Volunteering", entries=[
            E("Reading Volunteer", "Beam Lane Primary School", "York", "2016", "2018", F, "volunteering",
              section="volunteer", etype="volunteer", bullets=[
                  "Listened to Year 2 children read one afternoon a week"]),
        ]),
        dict(h="Education", lines=["BA (Hons) English Literature, Northgate University, 2013 (2:1)"]),
    ]))

# ---------------------------------------------------------------- w024
R.append(dict(
    id="w024", ext="pdf", renderer="reportlab", layout="plain", order="orgfirst",
    dates="ap", present="Present", sep=" – ", glyph="•", page="letter", align="center",
    accent=(0.35, 0.1, 0.1),
    family="US private chef for a 'Private household' who serves the guests, restaurant kitchen roles under one employer heading, caterer for 'Private clients'; 2-page reportlab résumé with page footer",
    name="Antonio “Tony” Marchetti",
    tagline="Private Chef",
    contact=["Stamford, CT 06902  |  (203) 555-0114  |  chef.tony.marchetti@postbox-mail.com"],
    footer="Antonio Marchetti  –  page {n} of {total}",
    summary_h="Profile",
    summary=("Classically trained chef with twenty years in professional kitchens and private service. "
             "Calm under pressure, strong on allergies and dietary needs, and at ease in front of "
             "guests. Looking for a private-service or hospitality role with a household, club or "
             "boutique hotel where the food and the guest experience matter equally."),
    blocks=[
        dict(h="Experience", entries=[
            E("Private Chef", "Private household", "Greenwich, CT", "2018-03", "present", F,
              "in_person_service", bullets=[
                  "Cook breakfast and dinner six days a week for a family of five, with allergy-safe menus for two of the children",
                  "Plan weekly menus with the principals and shop at local farms and markets",
                  "Serve plated dinners for up to 24 guests and talk guests through each course",
                  "Manage the kitchen budget, the pantry and a part-time kitchen assistant"]),
            E("Sous Chef", "Harbor Light Bistro", "Stamford, CT", "2013-05", "2018-02", A, bullets=[
                "Ran the line on the chef's days off, ordered produce and protein, costed specials",
                "Trained and scheduled eight cooks; kept HACCP logs"]),
            E("Line Cook", "Harbor Light Bistro", "Stamford, CT", "2010-09", "2013-04", A, bullets=[
                "Sauté and grill stations; prepped for 180 covers a night"]),
            E("Caterer", "Private clients", "Fairfield County, CT", "2008", "2010", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Met hosts to plan menus for parties of 20–80; cooked, delivered and staffed buffets"]),
            E("Server", "Ocean Avenue Deli", "Norwalk, CT", "2006-06", "2008-05", F, "in_person_service"),
            E("Dishwasher", "Ocean Avenue Deli", "Norwalk, CT", "2004-09", "2006-05", A, bullets=[
                "Dish pit, pot washing and closing clean-down"]),
        ]),
        dict(h="Selected Events", style="bullets", lines=[
            "Seven-course tasting dinner for a charity auction lot, 2023",
            "Family wedding weekend for 60 guests across three meals, 2021",
            "Weekly meal-prep program for a client recovering from surgery, 2019"]),
        dict(h="Skills", lines=[
            "Italian, French and New American cooking · Allergy and low-FODMAP menus · Pastry basics · "
            "Wine pairing · Kitchen budgeting · Discretion and confidentiality"]),
        dict(h="Education", lines=["A.O.S. Culinary Arts — Connecticut Shoreline Culinary Institute, 2008"]),
        dict(h="Certifications", style="bullets", lines=[
            "ServSafe Food Protection Manager (2019, renewed 2024)", "Allergen Awareness (2023)"]),
        dict(h="References", lines=[
            "Chef Dana Whitlock, Harbor Light Bistro — available on request",
            "Household references available after a first interview"]),
    ]))

# ---------------------------------------------------------------- w025
R.append(dict(
    id="w025", ext="txt", renderer="txt", layout="plain", order="pipe",
    dates="mm/yyyy", present="present", sep=" - ", glyph="-", underline="~",
    family="Canadian owner-operator truck driver (no organisation printed), courier for 'Contract – various dispatch companies', tire technician; plain text pipe lines with dates at the end",
    name="Gurpreet Singh Dhillon",
    contact=["Surrey, BC V3W", "604-555-0172", "gs.dhillon.haul@northmail.ca"],
    summary_h="Summary",
    summary=("Class 1 driver with nine years running my own truck. Looking for a local driving job with "
             "regular hours, or a dispatch role."),
    blocks=[
        dict(h="Work Experience", entries=[
            E("Owner-Operator, Long-Haul Trucking", None, "Surrey, BC", "2017-04", "present", A,
              etype="freelance", bullets=[
                  "Run my own tractor under my own authority; dry van and reefer loads across BC, AB and the US Pacific Northwest",
                  "Book loads through brokers and load boards, plan routes, keep ELD logs, IFTA and maintenance records"]),
            E("Courier (independent contractor)", "Contract – various dispatch companies", "Metro Vancouver",
              "2014-08", "2017-03", F, "in_person_service", etype="freelance", bullets=[
                  "Same-day deliveries of legal documents, medical samples and parts to offices and clinics",
                  "Collected signatures at reception and sorted out missing-paperwork problems on the spot"]),
            E("Tire Technician", "Prairie Tire & Auto", "Calgary, AB", "2010-05", "2014-07", A, bullets=[
                "Mounted, balanced and rotated tires; seasonal changeovers on customer vehicles in the bay"]),
        ]),
        dict(h="Licences", style="bullets", lines=[
            "Class 1 (BC) with air brakes, 2014", "TDG certificate, 2023", "Clean driver's abstract"]),
        dict(h="Education", lines=["Diploma in Mechanical Engineering, Ludhiana Polytechnic, 2009"]),
    ]))

# ---------------------------------------------------------------- w026
R.append(dict(
    id="w026", ext="docx", renderer="docx", layout="table", order="title_org",
    dates="mon", present="Current", sep=" – ", glyph="▪", page="a4", font="Calibri",
    table_bullets_in_cell=True,
    family="Australian independent disability support worker ('Self-employed'), group-home support, uni peer mentor, checkout, family carer; Word table per job with bullets inside the cell",
    name="Mia Rangi-Thompson",
    contact=["Chermside QLD 4032", "0423 555 716", "mia.rangithompson@ozmail-box.com.au"],
    summary_h="Career objective",
    summary=("Support worker with eight years in disability services, currently independent. Looking "
             "for a team leader or coordinator role in community services."),
    blocks=[
        dict(h="Work experience", entries=[
            E("Independent Support Worker", "Self-employed", "Brisbane North, QLD", "2021-07", "present", F,
              "healthcare_care", etype="freelance", bullets=[
                  "Support five NDIS participants with personal care, community access, shopping and appointments",
                  "Agree shifts and goals directly with participants and their families; write shift notes for their plan managers"]),
            E("Disability Support Worker", "Bayside Community Living", "Wynnum, QLD", "2018-02", "2021-06", F,
              "healthcare_care", bullets=[
                  "Supported residents of a four-bedroom group home with daily living, medication and outings"]),
            E("Checkout Operator", "FreshWay Supermarket", "Chermside, QLD", "2014-11", "2018-01", F,
              "in_person_service"),
            E("Family carer", None, "Rotorua, NZ", "2013", "2014", N, etype="unknown", bullets=[
                "Looked after my nan at home before she moved into care"]),
        ]),
        dict(h="Student roles", entries=[
            E("Peer Mentor", "Moreton University", "Brisbane, QLD", "2016-03", "2017-11", F, "other_facing",
              section="other", bullets=[
                  "Met weekly with a group of first-year social work students to help them settle in"]),
        ]),
        dict(h="Qualifications", style="bullets", lines=[
            "Certificate IV in Disability (2018)", "NDIS Worker Screening Check (2021)", "Blue Card",
            "Bachelor of Social Work, Moreton University (2 years completed)"]),
    ]))

# ---------------------------------------------------------------- w027
R.append(dict(
    id="w027", ext="pdf", renderer="fpdf2", layout="grid",
    dates="mm/yyyy", present="Present", sep=" – ", glyph="•", page="a4", accent_rgb=(20, 60, 120),
    grid_heads=("Period", "Position", "Responsibilities"),
    family="Indian freelance full-stack developer ('Freelance platforms & direct clients') who takes requirement calls, product engineer, intern, NSS literacy volunteer; fpdf2 table grid",
    name="Karthik Raghunathan",
    tagline="Full-Stack Developer (React · Node · Shopify)",
    contact=["HSR Layout, Bengaluru 560102", "+91 99001 47256  |  karthik.r.dev@inboxmail.in"],
    summary_h="Profile",
    summary=("Developer with ten years of experience, six freelancing for small businesses abroad. "
             "Looking for a solutions engineer or customer-facing technical role."),
    blocks=[
        dict(h="Experience", entries=[
            E("Freelance Full-Stack Developer", "Freelance platforms & direct clients", "Bengaluru (remote)",
              "2020-05", "present", F, "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Build React/Node web apps and Shopify customisations for small businesses in the UK, US and Australia",
                  "Weekly video calls with clients to take requirements, demo progress and agree scope changes",
                  "Handle support tickets from their store staff after launch"]),
            E("Software Engineer", "Kaveri Infosystems Pvt. Ltd.", "Bengaluru", "2016-07", "2020-04", N,
              bullets=[
                  "Backend services in Java and Spring for a logistics tracking product",
                  "Unit and integration tests; on-call rotation for production incidents"]),
            E("Software Intern", "Nimbus Labs", "Chennai", "2016-01", "2016-06", N, etype="internship",
              bullets=["Built an internal dashboard for build metrics"]),
        ]),
        dict(h="Volunteering", entries=[
            E("NSS Volunteer – Rural Literacy", "College NSS unit", "Kanchipuram district", "2013", "2015", F,
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Taught basic reading and arithmetic to adults in two villages on weekends"]),
        ]),
        dict(h="Education", lines=["B.E. Computer Science – Sri Kanchi College of Engineering, 2016 (CGPA 8.1)"]),
        dict(h="Certifications", lines=["AWS Certified Developer – Associate (2022)"]),
    ]))

# ---------------------------------------------------------------- w028
R.append(dict(
    id="w028", ext="txt", renderer="txt", layout="plain", order="dateline",
    dates="month", present="Present", sep=" to ", glyph="-", bindent="",
    family="US virtual assistant for 'Various clients', app-based personal shopper ('Self-employed'), remote transcriptionist (no organisation), hotel front desk; Indeed-style text export",
    name="Crystal Meeks",
    contact=["Columbus, OH 43229", "crystal.meeks.va@postbox-mail.com", "+1 614 555 0184"],
    summary_h="Summary",
    summary=("Organized and friendly virtual assistant with hotel front desk experience, looking for a "
             "remote customer support position."),
    blocks=[
        dict(h="Work Experience", entries=[
            E("Virtual Assistant", "Various clients", "Remote", "2022-02", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Manage inboxes, calendars and travel for three small-business owners",
                  "Answer their customers' emails and website chat, process refunds and update orders",
                  "Weekly check-in calls with each client"]),
            E("Personal Shopper (app-based)", "Self-employed", "Columbus, OH", "2020-04", "2022-01", F,
              "in_person_service", etype="freelance", bullets=[
                  "Shopped and delivered grocery orders; texted customers about substitutions and handed orders over at the door"]),
            E("General Transcriptionist", None, "Remote", "2019", "2020", A, etype="freelance", bullets=[
                "Transcribed interviews, podcasts and focus groups from audio files for online platforms, 25-30 audio hours a month"]),
            E("Mystery Shopper", "Various agencies", "Central Ohio", "2021", "2023", A, etype="freelance",
              bullets=[
                  "Visited restaurants, banks and car dealerships posing as a customer and wrote detailed reports on the service within 24 hours"]),
            E("Front Desk Agent", "Lakeshore Inn & Suites", "Worthington, OH", "2016-05", "2020-03", F,
              "in_person_service", bullets=[
                  "Checked guests in and out, handled reservations and complaints, ran the night audit twice a week"]),
        ]),
        dict(h="Education", lines=["High School Diploma", "Whetstone High School - Columbus, OH", "2012"]),
        dict(h="Skills", style="bullets", lines=[
            "Gmail and Google Workspace", "Shopify admin", "Zendesk", "Typing 75 WPM"]),
    ]))

# ---------------------------------------------------------------- w029
R.append(dict(
    id="w029", ext="docx", renderer="docx", layout="sidebar", order="title_org",
    dates="mon", present="to date", sep=" to ", present_sep=" ", glyph="●", page="a4", font="Arial",
    side_hex="F2E3D5", caps_h=False,
    family="South African domestic worker for a 'Private household' who also minds the children, guesthouse housekeeper serving breakfasts, nanny for a 'Private family', church crèche; Word sidebar layout table",
    name="Nosipho Mahlangu",
    contact=["Site C, Khayelitsha", "Cape Town 7784", "078 555 0125", "nosipho.mahlangu@webpost.co.za"],
    tagline_main="Domestic worker and housekeeper – honest, hardworking, good with children",
    blocks=[
        dict(h="Work experience", entries=[
            E("Domestic Worker", "Private household", "Constantia, Cape Town", "2015-03", "present", F,
              "in_person_service", bullets=[
                  "Cleaning, laundry, ironing and cooking for a family of four",
                  "Fetch the two children from school, give them lunch and watch them until the parents come home"]),
            E("Housekeeper", "Protea Gables Guesthouse", "Muizenberg", "2011-01", "2015-02", F,
              "in_person_service", bullets=[
                  "Cleaned eight guest rooms and served breakfast to guests",
                  "Helped guests with towels, directions and taxis"]),
            E("Nanny", "Private family", "Rondebosch", "2008", "2010", F, "education", bullets=[
                "Looked after a baby and a toddler five days a week"]),
        ]),
        dict(h="Church", entries=[
            E("Crèche Helper", "St Mary's Anglican Church", "Khayelitsha", "2012", "present", F, "volunteering",
              section="volunteer", etype="volunteer", bullets=[
                  "Help with the toddlers in the Sunday crèche during the service"]),
        ]),
        dict(h="Languages", side=True, lines=["isiXhosa", "English", "Afrikaans"]),
        dict(h="Education", side=True, lines=["Grade 11, Manyano High School, 2006",
                                              "Home-based Care short course, 2019"]),
        dict(h="References", side=True, lines=[
            "Mrs L. Fourie (current employer) 082 555 0177",
            "Mr & Mrs Adams, Protea Gables Guesthouse 021 555 0140"]),
    ]))

# ---------------------------------------------------------------- w030
R.append(dict(
    id="w030", ext="docx", renderer="docx", layout="tabs", order="title_org",
    dates="mon", present="to date", sep=" – ", present_sep=" ", page="a4", font="Georgia",
    family="UK self-employed driving instructor (no organisation printed), Army driver, blood-bike volunteer, forecourt cashier; Word right tab-stop dates with footer",
    name="Rhys Llewellyn",
    contact=["Llandaff North, Cardiff CF14  ·  07700 900 563  ·  rhys.llewellyn.adi@mailbox-uk.net"],
    summary_h="Personal profile",
    summary=("Patient, calm driving instructor and ex-Army driver. After ten years self-employed I am "
             "looking for a training or customer-facing role with a transport operator."),
    footer="Rhys Llewellyn – CV 2026",
    blocks=[
        dict(h="Employment", entries=[
            E("Approved Driving Instructor (ADI)", None, "Cardiff & the Vale", "2016-09", "present", F,
              "education", etype="freelance", bullets=[
                  "Self-employed: teach around 35 learners a week in manual and automatic cars",
                  "Plan lessons to each pupil's pace, mock tests, Pass Plus and refresher lessons for nervous drivers",
                  "Handle my own bookings, payments and test dates"]),
            E("Lance Corporal – Driver", "British Army, Royal Logistic Corps", None, "2008-04", "2016-08", A,
              etype="military", bullets=[
                  "Drove and commanded 15-tonne support vehicles delivering fuel, rations and ammunition to units in the UK and overseas",
                  "Trained junior drivers and kept vehicle documentation up to date"]),
            E("Forecourt Cashier", "Ely Road Service Station", "Cardiff", "2006-06", "2008-03", F,
              "in_person_service"),
        ]),
        dict(h="Voluntary work", entries=[
            E("Blood Bike Rider", "Severn Blood Bikes", "South Wales", "2017", "present", A,
              section="volunteer", etype="volunteer", bullets=[
                  "Out-of-hours runs carrying blood samples, breast milk and documents between hospitals"]),
        ]),
        dict(h="Qualifications", style="bullets", lines=[
            "DVSA Approved Driving Instructor (Part 3 passed 2016)",
            "Category C (HGV) licence, 2009",
            "Level 3 Award in Education and Training, 2019"]),
    ]))
