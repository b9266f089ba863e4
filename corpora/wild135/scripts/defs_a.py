"""Résumés w001–w015 (wild135: work without a usual employer)."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ---------------------------------------------------------------- w001
R.append(dict(
    id="w001", ext="pdf", renderer="reportlab", layout="plain", order="title_org",
    dates="mon", present="Present", sep=" – ", glyph="•", page="a4",
    family="UK mobile hairdresser (sole trader, no employer printed) with salon background, Word-to-PDF single column, title line with right-aligned dates",
    name="Kerry-Ann Whitfield",
    tagline="Mobile Hairdresser",
    contact=["14 Gatefield Close, Rotherham S60 7QY", "07700 914362  |  kerryann.hair@mailbox-uk.net"],
    summary=("Qualified hairdresser with thirteen years in the trade, the last eight running my own mobile "
             "business. Looking for a salon or front-of-house role with regular hours, where I can keep "
             "doing what I'm good at: listening to clients and sending them home happy."),
    blocks=[
        dict(h="Experience", entries=[
            E("Mobile Hairdresser", None, "Rotherham & Sheffield", "2018-03", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Cut, colour and style for around 35 regular clients a week in their own homes",
                  "Visit two residential care homes fortnightly for residents' sets, trims and blow-dries",
                  "Run my own diary, bookings and reminders by text and WhatsApp; skin tests 48 hours before any colour",
                  "Keep accounts, mileage and stock records for self-assessment"]),
            E("Senior Stylist", "Tamsin Reed Hair", "Rotherham", "2013-09", "2018-02", F,
              "in_person_service", bullets=[
                  "Built a column of 60+ repeat clients: consultations, precision cuts, foils and balayage",
                  "Trained two juniors on shampooing and blow-drying",
                  "Covered reception on Saturdays – bookings, payments and rebooking"]),
            E("Apprentice Hairdresser", "The Cutting Room", "Doncaster", "2011-08", "2013-08", F,
              "in_person_service", etype="internship", bullets=[
                  "Greeted clients, made drinks, shampooed and conditioned",
                  "Assisted stylists with colour applications and kept the salon spotless"]),
        ]),
        dict(h="Volunteering", entries=[
            E("Volunteer Hairdresser", "Fir Vale Night Shelter", "Sheffield", "2019-01", "present", F,
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Free haircuts for guests at the shelter's monthly pamper evening"]),
        ]),
        dict(h="Qualifications", style="bullets", lines=[
            "NVQ Level 3 Diploma in Hairdressing – Doncaster College, 2013",
            "Wella Colour Specialist course, 2016",
            "Public liability insurance held with Hair & Beauty Insurers Direct"]),
        dict(h="References", lines=[
            "Tamsin Reed, owner, Tamsin Reed Hair – details on request"]),
    ]))

# ---------------------------------------------------------------- w002
R.append(dict(
    id="w002", ext="docx", renderer="docx", layout="tabs", order="title_org",
    dates="mm/yyyy", present="Present", sep=" - ", page="letter", font="Cambria",
    family="US home-based self-employed bookkeeper (organisation printed 'Self-employed') back to an office job, Word right tab-stop dates, List Bullet",
    name="Dana R. Kowalczyk",
    contact=["Boise, ID 83709  •  (208) 555-0163  •  dana.kowalczyk@postbox-mail.com"],
    summary_h="Summary",
    summary=("Detail-minded bookkeeper with seven years of self-employment and five years in accounts "
             "payable. Comfortable with QuickBooks Online, Xero and Excel. Seeking a full-time in-house "
             "role with a team."),
    blocks=[
        dict(h="Professional Experience", entries=[
            E("Bookkeeper", "Self-employed", "Boise, ID (remote)", "2019-05", "present", A,
              etype="freelance", bullets=[
                  "Keep the books for eleven small businesses (two dental offices, a landscaper, several retailers) in QuickBooks Online and Xero",
                  "Reconcile bank and card feeds weekly, post payroll journals and prepare monthly P&L and balance sheet packages",
                  "Work from a home office: documents arrive through a shared portal and finished reports go to each business's CPA",
                  "Prepare Idaho sales-tax returns and year-end 1099s"]),
            E("Accounts Payable Clerk", "Gem State Lumber Supply", "Nampa, ID", "2014-03", "2019-04", N,
              bullets=[
                  "Matched vendor invoices to purchase orders and receiving reports for three yards",
                  "Ran twice-weekly check and ACH payment batches",
                  "Reconciled vendor statements and chased missing credit memos"]),
            E("Teller", "Treasure Valley Community Credit Union", "Meridian, ID", "2011-06", "2014-02", F,
              "in_person_service", bullets=[
                  "Handled deposits, withdrawals, loan payments and cashier's checks for members in the lobby and at the drive-up",
                  "Balanced cash drawer daily and referred members to loan officers"]),
            E("Cashier", "Hart's Hardware", "Meridian, ID", "2009-06", "2011-05", F, "in_person_service"),
        ]),
        dict(h="Education", lines=["A.A.S., Accounting – College of Western Idaho, 2013"]),
        dict(h="Certifications", style="bullets", lines=[
            "QuickBooks Online ProAdvisor, 2020 (renewed yearly)",
            "Enrolled Agent exam, Part 1 passed 2023"]),
        dict(h="Software", lines=["QuickBooks Online · Xero · Gusto · Bill.com · Excel (pivot tables, XLOOKUP)"]),
    ]))

# ---------------------------------------------------------------- w003
R.append(dict(
    id="w003", ext="txt", renderer="txt", layout="portal",
    dates="mon'yy", present="Till date", sep=" to ", present_sep=" - ", glyph="*",
    family="Indian job-portal style résumé pasted as text: home tutor with 'Private students', freelance data entry, BPO voice, family electrical shop",
    name="PRIYANKA SHARMA",
    contact=["Mobile: +91 98390 44127 | E-mail: priyanka.sharma1994@inboxmail.in",
             "Address: 117/42 Govind Nagar, Kanpur, Uttar Pradesh - 208006"],
    summary_h="Career Objective",
    summary=("To work in a customer support or process role in a reputed organisation where my "
             "communication skills and patience can be utilised for the growth of the company."),
    blocks=[
        dict(h="Work Experience", entries=[
            E("Home Tutor (Maths & Science, Class 6-10)", "Private students", "Kanpur", "2019-06", "present",
              F, "education", etype="freelance", bullets=[
                  "Teaching 14 students in batches of 3-4 at my residence and 2 students at their homes",
                  "Preparing weekly tests and discussing progress with parents every month",
                  "100% pass result in Class 10 board exams for 2023 and 2024 batches"]),
            E("Data Entry Operator (Work From Home)", "Freelance", None, "2019-01", "2019-05", N,
              etype="freelance", bullets=[
                  "Typing scanned invoices into Excel sheets for an outsourcing firm, paid per record"]),
            E("Customer Support Associate - Voice", "Navyug BPO Services Pvt. Ltd.", "Noida",
              "2016-08", "2018-12", F, "contact_center", bullets=[
                  "Inbound calls for a telecom client - billing queries, plan changes, SIM activation",
                  "Maintained AHT below 380 seconds and CSAT of 4.5/5",
                  "Escalated unresolved complaints to L2 team as per process"]),
            E("Tele-caller (Part-time)", "Shubh Griha Finance", "Kanpur", "2015-12", "2016-06", F,
              "contact_center", bullets=[
                  "Called leads from the database to explain home-loan offers and fix branch visits"]),
            E("Billing & Counter Assistant", "Family business (electrical goods shop)", "Kanpur",
              "2012-04", "2016-07", F, "in_person_service", etype="unknown", bullets=[
                  "Attended walk-in customers and explained products like fans, wiring, inverters",
                  "Made GST bills in Tally and maintained stock register"]),
        ]),
        dict(h="Educational Qualification", lines=[
            "B.Sc. (PCM) - CSJ Degree College, Kanpur - 2016 - 68%",
            "Intermediate (12th) - U.P. Board - 2012 - 74%",
            "High School (10th) - U.P. Board - 2010 - 79%"]),
        dict(h="Computer Knowledge", lines=[
            "MS Office, Tally ERP 9 (certificate from CompuSkill Institute, 2015), typing speed 40 wpm"]),
        dict(h="Personal Details", lines=[
            "Father's Name : Shri Ramesh Chandra Sharma",
            "Date of Birth : 21/03/1994",
            "Languages     : Hindi, English",
            "Marital Status: Unmarried"]),
        dict(h="Declaration", lines=[
            "I hereby declare that the above information is true to the best of my knowledge.",
            "Place: Kanpur                                        (PRIYANKA SHARMA)"]),
    ]))

# ---------------------------------------------------------------- w004
R.append(dict(
    id="w004", ext="html", renderer="html", layout="sections",
    dates="month", present="Present", sep=" – ",
    family="US wedding photographer's personal-site CV in HTML: self-employed (year-only dates), second shooter for 'Various studios', photo lab, shelter volunteering",
    name="Marisol Quintero-Haines",
    tagline="Wedding, elopement & family photographer",
    contact=["Asheville, NC", "(828) 555-0117", "hello@marisolqh-photo.net"],
    summary_h="About me",
    summary=("Ten years behind the camera, eight of them running my own wedding business. I'm looking "
             "for a studio or client-experience role where my planning and people skills count as much "
             "as my eye."),
    blocks=[
        dict(h="Work", entries=[
            E("Wedding & Portrait Photographer", "Self-employed", "Asheville, NC", "2017", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Photograph 20–28 weddings and elopements a season across western North Carolina",
                  "Meet every couple for a planning consultation and walk the venue with them before the day",
                  "Direct family formals and keep the timeline moving alongside planners and officiants",
                  "Edit and deliver online galleries within six weeks; design heirloom albums"]),
            E("Second Shooter", "Various studios", "North Carolina & Tennessee", "2015-04", "2016-12", A,
              etype="freelance", bullets=[
                  "Covered getting-ready, venue details and candids while the lead photographer worked with the couple",
                  "Culled and colour-corrected RAW files in Lightroom to each studio's house style"]),
            E("Photo Lab Technician", "Blue Ridge Camera & Print", "Asheville, NC", "2012-06", "2015-03", A,
              bullets=[
                  "Ran the minilab and large-format printer for customer orders and school portrait jobs",
                  "Retouched and colour-matched files before print; mounted canvases and framed prints"]),
            E("Photography Counselor", "Camp Wildwood Ridge", "Brevard, NC", "2011-06", "2011-08", F,
              "education", dt="Summer 2011", bullets=[
                  "Taught daily camera and darkroom sessions to campers aged 10–15 and ran the end-of-session photo show"]),
        ]),
        dict(h="Giving back", entries=[
            E("Volunteer Photographer", "Pisgah Family Shelter", "Asheville, NC", "2018", "2022", F,
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Took free family portraits for residents at the shelter's twice-yearly picture day and printed them on site"]),
        ]),
        dict(h="Education", lines=["BFA, Photography — Western Carolina Arts Institute, 2012"]),
        dict(h="Kind words", lines=[
            "“Marisol was calm, funny and completely on top of our timeline.” — Laurel Ridge Events, planner",
            "Couples' Choice award 2021, 2022, 2023, 2024"]),
    ],
    footer="© {name}. Portfolio available on request."))

# ---------------------------------------------------------------- w005
R.append(dict(
    id="w005", ext="pdf", renderer="fpdf2", layout="centred",
    dates="mon", present="Current", sep=" – ", glyph="•", page="a4",
    family="Australian window cleaner (sole trader, nothing printed where the employer goes), rope-access contracts at 'Various commercial sites', fpdf2 centred header",
    name="Brendan O'Loughlin",
    contact=["Belmont VIC 3216  ·  0412 555 308  ·  brendan.ol@ozmail-box.com.au"],
    summary_h="About",
    summary=("Reliable, fit and safety-minded. Ten years self-employed cleaning windows, looking to move "
             "into a customer service or sales role with a local business after a shoulder injury."),
    blocks=[
        dict(h="Work History", entries=[
            E("Window Cleaner (Sole Trader)", None, "Geelong & Surf Coast, VIC", "2016-02", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Run a residential round of about 260 homes on 6- and 8-weekly cycles, plus solar panel and gutter cleans",
                  "Quote at the door, explain the job to homeowners and take payment by card or invoice",
                  "Handle bookings, rain reschedules and the odd complaint myself, by phone and text",
                  "Hold ABN, public liability cover and a current Working at Heights ticket"]),
            E("Rope Access Window Cleaner (contract)", "Various commercial sites", "Melbourne CBD",
              "2014-05", "2016-01", N, bullets=[
                  "Abseiled office towers up to 30 storeys for facade and glass cleans",
                  "Rigged and inspected ropes and completed SWMS and permits before each drop"]),
            E("Storeperson", "Barwon Tile Centre", "Geelong, VIC", "2010-03", "2014-04", A, bullets=[
                "Picked and wrapped tile orders for delivery and pick-up; forklift loading",
                "Monthly stocktakes and yard housekeeping"]),
            E("Sales Assistant", "Coastline Surf Co.", "Torquay, VIC", "2007-11", "2010-02", F,
              "in_person_service", bullets=[
                  "Served customers on the floor and register, fitted wetsuits and took board-hire bookings"]),
        ]),
        dict(h="Tickets & Licences", style="bullets", lines=[
            "Working at Heights – 2014 (refreshed 2024)",
            "IRATA Level 1 rope access – 2014 (lapsed)",
            "Forklift licence (LF) – 2011",
            "C class driver licence, own ute"]),
        dict(h="Education", lines=["VCE – Belmont High School, 2007"]),
        dict(h="Referees", lines=["Gary Tutt, former warehouse manager, Barwon Tile Centre – 0403 555 219"]),
    ]))

# ---------------------------------------------------------------- w006
R.append(dict(
    id="w006", ext="docx", renderer="docx", layout="table", order="title_org",
    dates="month", present="present", sep=" to ", glyph="–", page="a4", font="Arial",
    family="UK nanny and housekeeper for private households ('Private family', 'Private household', 'Host family'), Word borderless table per job with dates right",
    name="Jo Pietrzak",
    tagline="Nanny · Early Years Practitioner",
    contact=["Twickenham TW2  |  07700 900 482  |  jo.pietrzak.nanny@mailbox-uk.net"],
    summary_h="Personal statement",
    summary=("Warm, organised nanny with a Level 3 childcare qualification and over ten years with "
             "children in nurseries and private homes. Non-smoker, full clean driving licence."),
    footer="Jo Pietrzak – CV",
    blocks=[
        dict(h="Employment", entries=[
            E("Nanny (full-time, live-out)", "Private family", "Richmond, London", "2020-09", "present", F,
              "education", bullets=[
                  "Sole charge of two children (now 3 and 6) four days a week",
                  "Plan play-based learning, phonics practice and outings; school and nursery runs",
                  "Cook the children's meals and keep their rooms and laundry in order",
                  "Daily handover notes and a weekly catch-up with both parents"]),
            E("Housekeeper", "Private household", "Cobham, Surrey", "2017-03", "2020-08", A, bullets=[
                "Cleaned and maintained a large family home five days a week, mostly while the family were out at work",
                "Laundry, ironing, linen changes and care of antique furniture and silver",
                "Took in grocery deliveries and let contractors in"]),
            E("Nursery Practitioner", "Little Acorns Day Nursery", "Kingston upon Thames", "2013-01",
              "2017-02", F, "education", bullets=[
                  "Key person for six toddlers; observations and learning journals under the EYFS",
                  "Spoke with parents at drop-off and collection about their child's day"]),
            E("Au Pair", "Host family", "Lyon, France", "2011-09", "2012-07", F, "education", bullets=[
                "Looked after three children after school and helped with English homework"]),
        ]),
        dict(h="Qualifications & checks", style="bullets", lines=[
            "CACHE Level 3 Diploma for the Children's Workforce (2012)",
            "Paediatric First Aid – renewed March 2025",
            "Enhanced DBS on the Update Service",
            "Ofsted Childcare Register (voluntary part)"]),
        dict(h="References", lines=[
            "Written references from the Richmond family and Little Acorns Day Nursery are available."]),
    ]))

# ---------------------------------------------------------------- w007
R.append(dict(
    id="w007", ext="md", renderer="md", layout="bold",
    dates="mon", present="present", sep="–",
    family="Canadian vintage reseller who only lists and ships parcels ('Self-employed'), fulfilment warehouse, fabric shop; Markdown with bold title lines and italic dates",
    name="Aubrey Lachance",
    contact=["Hamilton, ON", "905-555-0148", "aubrey.lachance@northmail.ca"],
    contact_sep=" | ",
    summary_h="Summary",
    summary=("Organised, quick with my hands and used to working to my own targets. Five years running "
             "an online vintage shop; now looking for a steady retail or operations job."),
    blocks=[
        dict(h="Experience", entries=[
            E("Vintage Clothing Reseller", "Self-employed", "Hamilton, ON", "2021-03", "present", A,
              etype="freelance", bullets=[
                  "Source stock at estate sales, bins and auctions; clean, mend and steam every piece",
                  "Photograph, measure and write listings for about 120 new items a month on Etsy and eBay",
                  "Pack and ship 250+ parcels a month; track inventory, fees and margins in a spreadsheet"]),
            E("Warehouse Associate", "Northstar Fulfilment Inc.", "Stoney Creek, ON", "2018-06", "2021-02",
              A, bullets=[
                  "Picked and packed e-commerce orders for beauty and apparel brands",
                  "Processed returns and re-shelved stock"]),
            E("Sales Associate", "Thread & Thimble Fabrics", "Hamilton, ON", "2015-09", "2018-05", F,
              "in_person_service", bullets=[
                  "Cut fabric to order, helped sewists choose patterns and notions, and ran the till"]),
        ]),
        dict(h="Volunteer", entries=[
            E("Donations Sorter", "St. Brigid's Thrift Store", "Hamilton, ON", "2019-09", "2020-12", A,
              section="volunteer", etype="volunteer", bullets=[
                  "Sorted and priced donated clothing in the back room on Saturday mornings"]),
        ]),
        dict(h="Education", lines=["Fashion Techniques & Design diploma, Niagara Escarpment College (2015)"]),
        dict(h="Skills", style="bullets", lines=[
            "Product photography and listing copy", "Garment repair", "Inventory spreadsheets",
            "Forklift certified (2019)"]),
    ]))

# ---------------------------------------------------------------- w008
R.append(dict(
    id="w008", ext="pdf", renderer="reportlab", layout="sidebar", order="title_org",
    dates="month", present="Present", sep=" – ", glyph="•", page="a4",
    side_rgb=(0.93, 0.90, 0.86), accent=(0.45, 0.25, 0.15),
    family="South African private caregiver ('Private client') after caring full-time for her mother (no organisation), reportlab shaded left sidebar with references",
    name="Nomvula P. Dlamini",
    tagline="Caregiver",
    contact=["12 Jacaranda Road", "Pinetown, 3610", "072 555 0193", "nomvula.dlamini@webpost.co.za"],
    summary_h="Profile",
    summary=("Patient and trustworthy caregiver with an Ancillary Health Care certificate and many years of "
             "looking after people. I speak isiZulu and English and I have my own transport."),
    blocks=[
        dict(h="Work Experience", entries=[
            E("Private Caregiver", "Private client", "Westville, Durban", "2019-04", "present", F,
              "healthcare_care", bullets=[
                  "Live-in carer for an 84-year-old lady with Parkinson's disease",
                  "Help with bathing, dressing, meals and medication reminders; keep a daily care log for her daughter",
                  "Accompany her to doctor and physiotherapy appointments and on walks in the garden"]),
            E("Full-time carer for my mother", None, "Pinetown", "2017-01", "2019-03", N, etype="unknown",
              bullets=["Left work to look after my mother at home after her stroke"]),
            E("Cashier", "Umgeni Value Supermarket", "Pinetown", "2012-02", "2016-12", F,
              "in_person_service", bullets=[
                  "Served customers at the till and the airtime and electricity counter",
                  "Cashed up and balanced my float every shift; helped with stock counts"]),
        ]),
        dict(h="Community Work", entries=[
            E("Home-Based Care Volunteer", "Siyakhana Community Care Project", "Clermont", "2015", "2016",
              F, "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Visited bedridden patients at home with a nurse, helped with washing and checked they took their medicine"]),
        ]),
        dict(h="Education", side=True, lines=["Grade 12 (Matric)", "Pinetown Girls' High, 2011"]),
        dict(h="Certificates", side=True, lines=[
            "Ancillary Health Care", "(NQF 3), 2019", "First Aid Level 1, 2023"]),
        dict(h="Languages", side=True, lines=["isiZulu, English"]),
        dict(h="References", side=True, lines=[
            "Mrs T. van Wyk", "(client's daughter)", "083 555 0142", "",
            "Mr R. Pillay, Store", "Manager, Umgeni Value", "Supermarket", "031 555 0199"]),
    ]))

# ---------------------------------------------------------------- w009
R.append(dict(
    id="w009", ext="txt", renderer="txt", layout="plain", order="dash",
    dates="mon", present="present", sep=" - ", glyph="-", underline="-", dsep="     ",
    family="UK fruit-and-veg market trader (no employer printed), takeaway delivery driver, 'Dad's stall' as a teenager; plain text with dash title lines, year-only dates",
    name="Darren Patel",
    contact=["Evington, Leicester LE5", "Mob 07700 900 771", "darrenpatel.markets@mailbox-uk.net"],
    summary_h="About me",
    summary=("Market trader for ten years, grew up on my dad's stall. Hard working, good with numbers "
             "and good with people. Looking for a shop supervisor or assistant manager job."),
    blocks=[
        dict(h="Work History", entries=[
            E("Market Trader (fruit & veg stall)", None, "Leicester Market", "2015", "present", F,
              "entrepreneurial_freelance", etype="freelance", dt="Since 2015", bullets=[
                  "Run my own stall six days a week - buying at the wholesale market at 4am, pricing and setting out",
                  "Serve regulars and passing trade, cash and card, up to £2,800 on a Saturday",
                  "Manage one part-time helper, council pitch fees and my own books"]),
            E("Delivery Driver (evenings)", "Golden Wok Takeaway", "Oadby", "2016-03", "2018-10", F,
              "in_person_service", bullets=[
                  "Delivered orders to customers' doors, took cash payments and sorted out missing items"]),
            E("Warehouse Operative", "Midshires Parcel Hub", "Leicester", "2010-01", "2014-12", A, bullets=[
                "Sorted parcels on the line and loaded vans for next-day routes",
                "Reach truck and counterbalance trained"]),
            E("Stall Assistant", "Dad's stall", "Leicester Market", "2005", "2009", F, "in_person_service",
              etype="unknown", bullets=[
                  "Weekends and school holidays - served customers, weighed up, called out the prices"]),
        ]),
        dict(h="Education & Training", lines=[
            "8 GCSEs incl. Maths and English - Humberstone Park School, 2008",
            "Level 2 Food Hygiene - 2021",
            "Full UK driving licence"]),
    ]))

# ---------------------------------------------------------------- w010
R.append(dict(
    id="w010", ext="pdf", renderer="fpdf2", layout="left",
    dates="m/yyyy", present="Present", sep=" – ", glyph="–", page="letter",
    accent_rgb=(40, 110, 80),
    family="US dog walker and pet sitter ('Self-employed'), kennel assistant with no owner contact, barista; fpdf2 left header, employer line first, dates on their own line",
    name="Tessa Lindqvist",
    contact=["Portland, OR 97214", "503-555-0129  |  tessa.walks.dogs@postbox-mail.com"],
    blocks=[
        dict(h="Experience", entries=[
            E("Dog Walker & Pet Sitter", "Self-employed", "Portland, OR", "2020-06", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Walk 8–12 dogs a day in small groups; overnight stays and drop-in cat visits",
                  "Meet every new client and pet at home before the first booking to agree routines, keys and vet details",
                  "Send photo updates after each visit; handle scheduling and invoicing myself",
                  "Bonded and insured"]),
            E("Kennel Assistant", "Rose City Animal Hospital", "Portland, OR", "2018-02", "2020-05", A,
              bullets=[
                  "Cleaned runs and cages, fed and walked boarded and hospitalized animals",
                  "Gave oral medications under technician direction and logged food, water and elimination"]),
            E("Barista", "Lumen Coffee Bar", "Portland, OR", "2016-04", "2018-01", F, "in_person_service",
              bullets=[
                  "Took orders and pulled espresso through a busy morning rush",
                  "Opened the store and counted the till"]),
        ]),
        dict(h="Volunteer Work", entries=[
            E("Shelter Volunteer", "Willamette Animal Rescue", "Gresham, OR", "2015-01", "2016-06", A,
              section="volunteer", etype="volunteer", bullets=[
                  "Walked and socialized shelter dogs and cleaned kennels on weekend shifts"]),
        ]),
        dict(h="Education & Certificates", style="bullets", lines=[
            "Biology coursework (2 years), Portland Community College – 2014–2016",
            "Pet First Aid & CPR – 2021",
            "Fear Free Pets, Level 1 – 2022"]),
    ]))

# ---------------------------------------------------------------- w011
R.append(dict(
    id="w011", ext="docx", renderer="docx", layout="styles",
    dates="mon", present="Present", sep=" – ", page="a4", font="Calibri",
    family="Indian freelance translator working from home for agencies (no organisation printed), language trainer, German email support; Word heading styles",
    name="Aditi Kulkarni",
    contact=["Kothrud, Pune 411038  |  +91 98220 55314  |  aditi.kulkarni.lang@inboxmail.in"],
    summary_h="Profile",
    summary=("German–English translator and former language trainer with eight years of freelance work "
             "and two years in process support. Looking for a language-support or client-facing role."),
    blocks=[
        dict(h="Experience", entries=[
            E("Freelance Translator & Subtitler (German/English/Hindi)", None, "Pune (remote)", "2018-07",
              "present", A, etype="freelance", bullets=[
                  "Translate technical manuals, patents and marketing copy from German into English for four European agencies",
                  "Work in Trados and memoQ against client glossaries, about 4,000 words a day",
                  "Subtitle corporate training videos into Hindi and review other linguists' files"]),
            E("German Language Trainer", "Lingua Bridge Language Centre", "Pune", "2015-06", "2018-06", F,
              "education", bullets=[
                  "Taught A1–B1 batches of 15–20 adults, mostly engineers and nurses moving to Germany",
                  "Conducted mock exams and counselled learners on which exam to take"]),
            E("Process Associate – German Email Support", "Veritas Global Solutions Pvt. Ltd.", "Pune",
              "2013-08", "2015-05", F, "digital_service", bullets=[
                  "Answered German-speaking customers of an online electronics retailer by email and chat",
                  "Handled order status, return and refund requests within a 24-hour SLA"]),
            E("Intern – Translation Desk", "Indo-Rhine Trade Council", "Mumbai", "2013-01", "2013-06", N,
              etype="internship", bullets=[
                  "Translated trade circulars and member newsletters; kept the events contact database"]),
        ]),
        dict(h="Education", lines=["M.A. German Studies – Deccan University, Pune, 2013",
                                   "B.A. English & German – Deccan University, Pune, 2011"]),
        dict(h="Certifications", style="bullets", lines=[
            "Goethe-Zertifikat C1 (2012)", "SDL Trados Studio – Level 1 certified (2019)"]),
        dict(h="Languages", lines=["Marathi (native), Hindi, English (C2), German (C1+)"]),
    ]))

# ---------------------------------------------------------------- w012
R.append(dict(
    id="w012", ext="pdf", renderer="reportlab", layout="twocol", order="title_org",
    dates="mon", present="Present", sep=" – ", glyph="›", page="a4", align="center",
    accent=(0.05, 0.35, 0.45),
    family="Australian personal trainer for 'Private clients', casual instructor at 'Various gyms', gym reception, labouring, junior coaching; reportlab two-column body with page footer",
    name="Kyle Brennan-Tautahi",
    tagline="Personal Trainer  |  Fitness & Member Services",
    contact=["Bayswater WA 6053  ·  0431 555 872  ·  kyle.bt.fitness@ozmail-box.com.au"],
    footer="Kyle Brennan-Tautahi  ·  Résumé  ·  {n}/{total}",
    summary_h="Summary",
    summary=("Personal trainer with seven years running my own client base and two years on a gym front "
             "desk. I want to move into a member services or club coordinator role."),
    blocks=[
        dict(h="Employment", entries=[
            E("Personal Trainer", "Private clients", "Perth, WA", "2019-01", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Train 25–30 clients a week one-on-one in their homes, local parks and a hired studio",
                  "Run movement screens, write programs and check in with each client weekly",
                  "Look after my own bookings, ABN, insurance and Instagram marketing"]),
            E("Group Fitness Instructor (casual)", "Various gyms", "Perth metro", "2017-03", "2019-12", F,
              "other_facing", bullets=[
                  "Led HIIT, spin and boxing classes of up to 30 members across four clubs"]),
            E("Gym Receptionist", "Swan River Fitness", "Maylands, WA", "2015-02", "2017-02", F,
              "in_person_service", bullets=[
                  "Signed up new members and handled cancellations and freeze requests at the desk",
                  "Answered phones and kept the gym floor tidy"]),
            E("Concrete Labourer", "Hills Concreting", "Midland, WA", "2012-01", "2014-12", N, bullets=[
                "Formwork, steel fixing and pours on residential slabs and driveways"]),
        ]),
        dict(h="Community", entries=[
            E("Junior Coach (U12s)", "Bassendean Junior Football Club", "Bassendean, WA", "2018", "present",
              F, "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Run Tuesday training and Sunday games for a squad of 22 kids and keep parents in the loop"]),
        ]),
        dict(h="Qualifications", side=True, lines=[
            "Cert IV in Fitness, 2016", "Cert III in Fitness, 2015", "First Aid & CPR, 2025",
            "Working with Children Check"]),
        dict(h="Skills", side=True, lines=[
            "Program design", "Sales conversations", "Mindbody & Glofox", "Conflict resolution"]),
        dict(h="Referees", side=True, lines=[
            "Available on request", "(Swan River Fitness", "club manager)"]),
    ]))

# ---------------------------------------------------------------- w013
R.append(dict(
    id="w013", ext="docx", renderer="docx", layout="table", order="title_org",
    dates="mm/yyyy", present="Present", sep=" - ", page="a4", font="Arial",
    family="South African collections agent, former informal trader at a taxi rank ('Self-employed') and helper in a 'Family spaza shop'; Word borderless table per job, footer",
    name="Thabo Mokoena",
    contact=["2291 Mahalefele Street, Dube, Soweto, 1801", "Cell: 071 555 0238", "Email: thabo.mokoena87@webpost.co.za"],
    summary_h="Career Summary",
    summary=("Call centre agent with over nine years in inbound and collections work, fluent in English, "
             "isiZulu and Sesotho. Before that I ran my own small trading business."),
    footer="Curriculum Vitae – Thabo Mokoena",
    blocks=[
        dict(h="Employment History", entries=[
            E("Collections Agent", "Mzansi Credit Recoveries", "Johannesburg", "2019-12", "present", F,
              "contact_center", bullets=[
                  "Outbound calls to customers in arrears on retail store accounts; agree payment arrangements",
                  "120+ calls a day in English, isiZulu and Sesotho; meet monthly collection targets"]),
            E("Informal Trader", "Self-employed", "Bara taxi rank, Soweto", "2016-08", "2019-11", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Sold airtime, cold drinks and snacks to commuters from my own stand",
                  "Bought stock from the cash-and-carry every week and kept a record book"]),
            E("Call Centre Agent", "Kopano Connect Contact Centre", "Braamfontein", "2013-02", "2016-07", F,
              "contact_center", bullets=[
                  "Inbound queries for a medical aid client: claims status and membership changes"]),
            E("Shop Assistant", "Family spaza shop", "Orlando East, Soweto", "2008", "2012", F,
              "in_person_service", etype="unknown"),
        ]),
        dict(h="Education", lines=["Matric – Meadowlands Secondary School, 2007",
                                   "Contact Centre Operations NQF 2 – 2013"]),
        dict(h="References", lines=[
            "Ms P. Nkosi – Team Leader, Mzansi Credit Recoveries – 011 555 0410",
            "Mr D. Botha – Operations Manager, Kopano Connect Contact Centre – 011 555 0877"]),
    ]))

# ---------------------------------------------------------------- w014
R.append(dict(
    id="w014", ext="docx", renderer="docx", layout="sidebar", order="title_org",
    dates="mon", present="Present", sep=" – ", glyph="•", page="letter", font="Calibri",
    side_hex="E4EFE6",
    family="Canadian self-employed house cleaner who meets owners, hotel room attendant, cook helper in a 'Family restaurant' abroad; Word two-column layout table with shaded sidebar and nested job tables",
    name="Maricel Dizon-Reyes",
    contact=["Calgary, AB T2E", "403-555-0186", "maricel.dr@northmail.ca"],
    tagline_main="Dependable cleaner and housekeeper looking for a hotel or front-of-house role",
    blocks=[
        dict(h="Work Experience", entries=[
            E("House Cleaner", "Self-employed", "Calgary, AB", "2018-04", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Clean 14 homes on weekly or bi-weekly schedules, plus move-out cleans",
                  "Walk through each new home with the owner to agree the checklist and the price",
                  "Manage keys and lockbox codes, text clients when done, invoice by e-transfer"]),
            E("Room Attendant", "Bow River Lodge Hotel", "Canmore, AB", "2014-06", "2018-03", A, bullets=[
                "Cleaned 15–16 checkout and stay-over rooms a shift to brand standard",
                "Restocked carts and reported maintenance issues"]),
            E("Cook Helper", "Family restaurant", "Quezon City, Philippines", "2009-01", "2013-12", A,
              bullets=[
                  "Prepped ingredients and cooked silog breakfasts in my aunt's carinderia",
                  "Washed up and cleaned the kitchen at closing"]),
        ]),
        dict(h="Volunteer", entries=[
            E("Conversation Circle Volunteer", "Calgary Newcomer Hub", "Calgary, AB", "2015", "2017", F,
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Led a weekly English conversation table for newcomer women"]),
        ]),
        dict(h="Education", side=True, lines=[
            "BS Hotel & Restaurant Management", "Manila Polytechnic Colleges, 2008"]),
        dict(h="Certificates", side=True, lines=["WHMIS (2015)", "FoodSafe Level 1 (2014)"]),
        dict(h="Languages", side=True, lines=["English", "Tagalog"]),
    ]))

# ---------------------------------------------------------------- w015
R.append(dict(
    id="w015", ext="pdf", renderer="fpdf2", layout="prose",
    dates="mon", present="Present", sep=" – ", page="a4", accent_rgb=(90, 40, 100),
    family="UK freelance IT support technician for 'Various clients', staff service desk, data-centre 'Agency placement'; fpdf2 prose paragraphs with wrapped long lines and page footer",
    name="Owain Pritchard",
    contact=["Bishopston, Bristol BS7  ·  07700 900 615  ·  owain@pritchard-it.co.uk"],
    footer="Owain Pritchard — CV — page {n} of {total}",
    summary_h="Profile",
    summary=("IT support generalist. Nine years freelancing for households and small firms after four "
             "years on a staff service desk. Now looking for a permanent second-line or customer "
             "success post."),
    blocks=[
        dict(h="Career History", entries=[
            E("Freelance IT Support Technician", "Various clients", "Bristol & Bath", "2017-01", "present", F,
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "I look after PCs, Wi-Fi and backups for about forty households and a dozen small offices, mostly on site",
                  "Clients ring or text me when something breaks and I talk them through it or book a visit",
                  "I also set up Microsoft 365 for new small businesses and run short training sessions for their staff"]),
            E("Service Desk Analyst", "Avonside Housing Association", "Bristol", "2013-05", "2016-12", F,
              "internal_support", bullets=[
                  "First-line support for 450 staff by phone and the ticketing portal",
                  "Password resets, laptop builds and printer faults, escalating network issues to second line"]),
            E("Data Centre Technician (contract)", "Agency placement", "Avonmouth", "2012-02", "2013-04", N,
              bullets=[
                  "Racked and cabled servers, swapped failed drives and kept asset records up to date"]),
            E("Saturday Sales Assistant", "Clifton Computer Exchange", "Bristol", "2009", "2011", F,
              "in_person_service", bullets=[
                  "Helped customers choose second-hand laptops and took in trade-ins"]),
        ]),
        dict(h="Education & Certificates", lines=[
            "HND Computing – Severnside College, 2012",
            "CompTIA A+ (2013); Microsoft 365 Fundamentals (2021)"]),
        dict(h="Interests", text=("Mountain biking, restoring old ThinkPads, and helping at the local repair "
                                  "café when I can.")),
    ]))
