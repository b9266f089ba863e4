"""Résumés w016–w030 (fictional people and organisations)."""
from lib import E

R = []

R.append(dict(
    file="w016.txt", family="Indian agriculture graduate, job-portal style text, title line with employer, place and dates after commas",
    renderer="txt", layout="plain", order="inline", dstyle="mon", present="till date", heads="caps",
    name="Pratik Deshmukh", contact=["Nashik, Maharashtra", "Mobile: +91 98220 55 417", "Email: pratik.deshmukh@mailbox.in"],
    bullet="->",
    blocks=[
        ("Career Objective", "To work as an agronomist in a progressive agri company where my field experience with farmers is valued."),
        ("Academic Qualification", ["B.Sc. (Agriculture), 2019 – 7.8 CGPA", "HSC 2015 – 81%"]),
        ("Work Experience", [
            E("Field Officer – Agri Inputs", "Krishna Agro Sciences Pvt Ltd", "Nashik", "2022-07", "present", "facing", "sales_account", [
                "Farmer meetings and demonstration plots in 40 villages",
                "Visit dealers, take orders and achieve monthly sales targets"]),
            E("Farm Supervisor", "Godavari Vine Estates", "Niphad", "2020-06", "2022-06", "affecting", None, [
                "Supervised spray schedules and labour for export grapes",
                "Quality checking at packhouse before cold storage"]),
            E("Customer Support Executive (Kisan Helpline)", "AgriConnect Services", "Pune", "2018-06", "2018-12", "facing", "contact_center", [
                "Answered farmers' calls in Marathi and Hindi about crop problems and subsidy schemes"]),
            E("RAWE Trainee", "Shree Gokul Dairy Farm", "Anand", "2019-01", "2019-04", "none", None, [
                "Rural Agricultural Work Experience: herd records, fodder and milking"], etype="internship"),
        ]),
        ("Personal Details", ["Date of Birth: 12/03/1997", "Languages: Marathi, Hindi, English"]),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
    ]))

R.append(dict(
    file="w017.pdf", family="Canadian tree planter and park interpreter, fpdf2 left header, dates first then title and employer, seasons",
    renderer="fpdf2", layout="left", order="datesfirst", dstyle="mon", present="Present",
    name="Noah Beaulieu", contact=["Thunder Bay, ON  ·  807-555-0139  ·  noah.beaulieu@mailbox.ca"],
    bullet="•", accent_rgb=(30, 80, 60),
    blocks=[
        ("Experience", [
            E("Barista (part-time)", "Bay Street Roasters", "Thunder Bay, ON", "2023-09", "present", "facing", "in_person_service", [
                "Espresso bar, till and opening shifts during my studies"]),
            E("Park Interpreter (seasonal)", "Wabakimi Lakes Provincial Park", "Thunder Bay, ON", "2025-06", "2025-08", "facing", "education", [
                "Ran evening campfire programs and guided hikes for families",
                "Delivered nature programs to day-camp groups"], dtext="Summer 2025"),
            E("Tree Planter", "Northern Silviculture Ltd", "Kapuskasing, ON", "2024-05", "2024-07", "none", None, [
                "Piecework planting, up to 2,800 trees a day"], dtext="May – Jul 2024"),
            E("Campground Attendant", "Kakabeka Pines Campground", "Kakabeka Falls, ON", "2022-05", "2022-09", "facing", "in_person_service", [
                "Registered campers at the gatehouse and sold firewood",
                "Cleaned washrooms and cut grass"]),
        ]),
        ("Education", ["Forestry Technician diploma (2nd year) – Lakehead College of Applied Arts"]),
        ("Certificates", ["Standard First Aid & CPR-C", "Pleasure Craft Operator Card", "Wilderness First Responder"]),
    ]))

R.append(dict(
    file="w018.html", family="Australian jackaroo moving into a rural merchandise store, HTML résumé, 'Title – Employer, Town' headings",
    renderer="html", layout="html", order="dash", dstyle="mon", present="Present",
    name="Lachlan Hughes", contact=["Roma QLD 4455", "0427 555 093", "lachie.hughes@mailbox.com.au"],
    bullet="•",
    blocks=[
        ("About", "Grew up on a cattle property. Station work, harvest driving and now rural supplies. HR licence, forklift ticket."),
        ("Work History", [
            E("Store Assistant", "Outback Rural Supplies", "Roma QLD", "2022-09", "present", "facing", "in_person_service", [
                "Serve graziers and townies at the counter; quote fencing and water materials",
                "Load utes and trailers with the forklift"]),
            E("Jackaroo", "Coolabah Downs Station", "Mitchell QLD", "2019-02", "2022-08", "none", None, [
                "Mustering, fencing, bore runs and cattle work"]),
            E("Harvest Truck Driver", "Dawson Grain Co.", "Emerald QLD", "2018-10", "2018-12", "none", None, [
                "Carted grain from headers to silos"], dtext="Oct – Dec 2018 (harvest)"),
            E("Shearers' Cook", "Bungil Shearing Contractors", "Roma QLD", "2018-03", "2018-09", "affecting", None, [
                "Cooked three meals and smoko a day for a twelve-person shearing team in the quarters"]),
        ]),
        ("Tickets", ["HR truck licence", "Forklift (LF)", "ChemCert", "First Aid"]),
    ]))

R.append(dict(
    file="w019.docx", family="US veterinary assistant, Word heading styles with list bullets, tab-stop dates, 'Current'",
    renderer="docx", layout="styles", order="title_org", dstyle="month", present="Current",
    name="Hannah Vogel", contact=["Lincoln, NE 68502", "(402) 555-0168", "hannah.vogel@mailbox.com"],
    bullet="•",
    blocks=[
        ("Professional Experience", [
            E("Veterinary Assistant", "Prairie Paws Animal Hospital", "Lincoln, NE", "2022-05", "present", "facing", "healthcare_care", [
                "Room clients and take patient histories from owners before the doctor comes in",
                "Restrain patients, draw up vaccines, run in-house labs"]),
            E("Kennel Technician", "Prairie Paws Animal Hospital", "Lincoln, NE", "2021-01", "2022-04", "affecting", None, [
                "Cleaned wards and runs, fed and walked patients, laundry"]),
            E("Animal Caretaker", "Sandhills Biomedical Research Facility", "Omaha, NE", "2018-10", "2020-12", "none", None, [
                "Husbandry for rodent colonies under IACUC protocols; cage changes and records"]),
            E("Volunteer", "Lancaster County Pet Pantry", "Lincoln, NE", "2019", "2021", "facing", "volunteering", [
                "Handed out pet food to families at the monthly distribution and signed them in"],
              prec="year", section="volunteer", etype="volunteer"),
            E("Feed Mill Laborer", "Cornhusker Feed & Grain", "Seward, NE", "2017-06", "2018-09", "none", None, [
                "Mixed and bagged livestock rations; cleaned the mill"]),
        ]),
        ("Education", ["Southeast Community College – Veterinary Technology (in progress)"]),
        ("Skills", ["Venipuncture (canine/feline)", "Cornerstone-style practice software", "Bilingual English/German"]),
    ]))

R.append(dict(
    file="w020.pdf", family="UK riding instructor, reportlab left-aligned single column, yard as employer heading with roles beneath",
    renderer="reportlab", layout="plain", order="orgfirst", dstyle="mm/yyyy", present="Present", centre=False,
    name="Ellie Cartwright BHS Stage 3", contact=["Ludlow, Shropshire", "07700 900 655", "ellie.cartwright@mailbox.co.uk"],
    bullet="-",
    blocks=[
        ("Summary", "BHS Stage 3 coach with a background in competition grooming. Patient with nervous riders and good with parents."),
        ("Experience", [
            E("Riding Instructor", "Hollins Farm Riding School", "Ludlow", "2020-09", "present", "facing", "education", [
                "Teach group and private lessons to children and adults",
                "Run Pony Club rallies and holiday pony days, chat to parents after lessons"]),
            E("Head Groom", "Hollins Farm Riding School", "Ludlow", "2017-03", "2020-08", "affecting", None, [
                "Daily care of 22 riding-school horses; rota for yard staff",
                "Booked farrier and vet visits"]),
            E("Travelling Groom", "Stoneleigh Eventing Ltd", "Much Wenlock", "2014-05", "2017-02", "none", None, [
                "Drove the horsebox and looked after four event horses at competitions"]),
            E("Bar Staff (part-time)", "The Clive Arms", "Ludlow", "2012-10", "2014-04", "facing", "in_person_service", [
                "Served drinks and food orders, weekend shifts"]),
        ]),
        ("Qualifications", ["BHS Stage 3 Coach in Complete Horsemanship", "HGV C1 licence", "Equine First Aid"]),
    ]))

R.append(dict(
    file="w021.md", family="New Zealand vineyard and orchard seasonal worker in Markdown, 'Title – Employer, Town' with dates",
    renderer="md", layout="bold", order="dash", dstyle="mon", present="Present", md_h3=False,
    name="Mere Tawhiri", contact=["Martinborough 5711", "027 555 4410", "mere.tawhiri@mailbox.co.nz"],
    bullet="-",
    blocks=[
        ("Experience", [
            E("Cellar Door Host", "Kowhai Ridge Wines", "Martinborough", "2023-10", "present", "facing", "in_person_service", [
                "Host tastings and sign visitors up to the wine club",
                "Help run long-lunch events in summer"]),
            E("Vineyard Worker", "Kowhai Ridge Wines", "Martinborough", "2021-06", "2023-09", "none", None, [
                "Pruning, wire lifting, leaf plucking and harvest"]),
            E("Packhouse Grader", "Te Awa Fruit Packers", "Hastings", "2021-02", "2021-05", "affecting", None, [
                "Graded export apples on the line and pulled defects"], dtext="Feb – May 2021 (season)"),
            E("Orchard Hand", "Sunfield Orchards", "Te Puke", "2020-03", "2020-06", "none", None, [
                "Kiwifruit picking and bin work"]),
            E("Work-exchange Volunteer", "Rangiwahia Organic Farm", "Manawatu", "2019-11", "2020-02", "none", None, [
                "Weeding, goat milking and garden work in exchange for board"], section="volunteer", etype="volunteer"),
        ]),
        ("Other", ["WSET Level 2 Wines", "Full licence", "Te reo Māori (conversational)"]),
    ]))

R.append(dict(
    file="w022.docx", family="UK aquatics and pet-shop supervisor, Word borderless table per job, overlapping warehouse and chat jobs",
    renderer="docx", layout="table", order="title_org", dstyle="mon", present="Present",
    name="Liam O'Driscoll", contact=["Swindon SN2", "07700 900 871", "liam.odriscoll@mailbox.co.uk"],
    bullet="•",
    blocks=[
        ("Profile", "Fishkeeper since I was ten. Five years in pet retail, now running an aquatics department."),
        ("Employment history", [
            E("Aquatics Supervisor", "Fintastic Aquatics & Pets", "Swindon", "2021-03", "present", "facing", "in_person_service", [
                "Test customers' water samples and advise on fish compatibility and stocking",
                "Supervise a team of four; livestock ordering and quarantine"]),
            E("Pet Care Assistant", "PetHaven Superstores", "Swindon", "2019-02", "2021-02", "facing", "in_person_service", [
                "Looked after small animals and fish in store",
                "Talked customers through care needs before they bought rabbits and guinea pigs"]),
            E("Warehouse Picker", "Whiskers Direct", "Chippenham", "2017-08", "2019-01", "affecting", None, [
                "Picked and packed online orders for pet food and accessories"]),
            E("Live Chat Adviser (part-time)", "Whiskers Direct", "Chippenham", "2018-06", "2019-01", "facing", "digital_service", [
                "Answered customers on live chat about orders, deliveries and refunds"]),
        ]),
        ("Education", ["BTEC Level 3 Animal Management – Wiltshire College"]),
    ]))

R.append(dict(
    file="w023.pdf", family="US state park ranger, 2-page fpdf2 résumé with centred header and page footer, m/yyyy dates",
    renderer="fpdf2", layout="centred", order="title_org", dstyle="m/yyyy", present="Present", paper="letter",
    footer="Daniel R. Whitaker  ·  Page {n}", accent_rgb=(40, 70, 40),
    name="Daniel R. Whitaker", contact=["Camdenton, MO 65020", "(573) 555-0185", "dan.whitaker@mailbox.us"],
    bullet="•",
    blocks=[
        ("Summary", "Park ranger with eighteen years in interpretation, visitor protection and wildland fire. Now supervising the "
                    "interpretive program for a three-park district. Strong writer, experienced trainer of seasonal staff, comfortable "
                    "with budgets, grants and partner organizations."),
        ("Professional Experience", [
            E("Supervisory Park Ranger (Interpretation)", "Ozark Highlands State Parks Division", "Camdenton, MO", "2017-04", "present", "affecting", None, [
                "Supervise six seasonal interpreters; hire, train and evaluate",
                "Plan the district program calendar and write exhibit and sign text",
                "Manage a $140k interpretive budget and two grants"]),
            E("Park Ranger (Interpretation)", "Ozark Highlands State Parks Division", "Camdenton, MO", "2011-06", "2017-03", "facing", "other_facing", [
                "Led cave tours and evening campfire programs for visitors",
                "Worked the visitor center desk and answered trip-planning calls"]),
            E("Seasonal Ranger (Law Enforcement)", "Table Rock Recreation District", "Branson, MO", "2008-05", "2010-09", "facing", "other_facing", [
                "Patrolled campgrounds, collected fees at the gatehouse and responded to visitor emergencies"]),
            E("Wildland Firefighter", "Show-Me Wildland Fire Cooperative", "Rolla, MO", "2006-06", "2008-04", "none", None, [
                "Hand crew member on prescribed burns and wildfire assignments"]),
            E("Trail Crew Volunteer", "Gasconade Trail Association", "Waynesville, MO", "2004", "2006", "none", None, [
                "Built and maintained trail on weekend work days"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["B.S. Parks, Recreation and Tourism – Central Ozarks State University, 2006"]),
        ("Certifications", ["Certified Interpretive Guide (CIG) and Trainer", "Wilderness First Responder",
                            "Red Card – FFT2", "Commissioned Peace Officer (inactive)", "Defensive driving",
                            "Chainsaw sawyer (B faller)", "Swiftwater rescue technician", "CPR / AED instructor"]),
        ("Training Delivered", ["Seasonal interpreter academy, yearly since 2018", "Visitor safety briefings for concession staff",
                                "Cave resource protection for volunteers"]),
        ("Awards", ["District Employee of the Year, 2015", "Regional interpretive media award, 2021"]),
        ("Professional Affiliations", ["National Association for Interpretation", "Missouri Parks Association"]),
        ("Publications", ["Whitaker, D. (2020). Designing accessible cave tours. Interpretive Practice Quarterly 12(3).",
                          "Whitaker, D. (2023). Training seasonal staff in a short season. Park Notes, spring issue."]),
        ("Volunteer Leadership", "Coordinate the district's adopt-a-trail program with local scout troops and the county "
                                 "library summer reading partnership. Board member of the county historical society since 2019."),
        ("References", ["Provided on request."]),
    ]))

R.append(dict(
    file="w024.txt", family="UK self-employed mobile dog groomer, plain text with caps headings and interests before experience",
    renderer="txt", layout="plain", order="dash", dstyle="mon", present="Present", heads="caps", rsep="  |  ",
    name="Rebecca Holt", contact=["Ashbourne, Derbyshire", "07700 900 203", "bex.holt.grooming@mailbox.co.uk"],
    bullet="•",
    blocks=[
        ("About me", "City & Guilds qualified dog groomer running my own mobile grooming van around the Peak District."),
        ("Interests", ["Agility with my collie", "Wild swimming"]),
        ("Experience", [
            E("Mobile Dog Groomer", "Self-employed", "Ashbourne, Derbyshire", "2021-03", "present", "facing", "entrepreneurial_freelance", [
                "Full grooms on clients' drives, booking, reminders and payments",
                "Advise owners on coat care between visits"], etype="freelance"),
            E("Dog Groomer", "Pampered Pooch Salon", "Derby", "2018-06", "2021-02", "facing", "in_person_service", [
                "Grooming five to seven dogs a day",
                "Booked clients in over the phone and dealt with the odd complaint"]),
            E("Animal Care Apprentice", "Peak View Boarding Kennels", "Matlock", "2016-09", "2018-05", "affecting", None, [
                "Cleaning, feeding and exercising boarders"], etype="internship"),
            E("Kitchen Porter", "The Old Smithy Inn", "Hartington", "2015-01", "2016-08", "affecting", None, []),
        ]),
        ("Qualifications", ["City & Guilds Level 3 Dog Grooming", "Canine First Aid"]),
    ]))

R.append(dict(
    file="w025.docx", family="Canadian greenhouse grower moving to garden-centre retail, name in the Word page header, yyyy-mm dates",
    renderer="docx", layout="header", order="title_org", dstyle="yyyy-mm", present="present",
    name="Sofia Marchetti", contact=["Beamsville, ON", "905-555-0126", "sofia.marchetti@mailbox.ca"],
    bullet="•",
    blocks=[
        ("Work Experience", [
            E("Garden Centre Associate", "Brantwood Garden Centre", "Niagara-on-the-Lake, ON", "2023-04", "present", "facing", "in_person_service", [
                "Help customers choose plants for their yards; cash and returns",
                "Load soil and mulch into customers' cars"]),
            E("Grower", "Fairhaven Greenhouses Inc.", "Beamsville, ON", "2018-03", "2023-03", "none", None, [
                "Climate control, crop scheduling and pest scouting for potted mums",
                "Planned shipping dates for supermarket programs"]),
            E("Seasonal Agricultural Worker", "Lincoln Orchards Ltd.", "Vineland, ON", "2016-05", "2017-10", "none", None, [
                "Thinning and picking peaches and plums"]),
            E("Market Stall Assistant", "Lincoln Orchards Ltd.", "St. Catharines, ON", "2016-06", "2017-10", "facing", "in_person_service", [
                "Sold the farm's fruit at the Saturday farmers' market"]),
        ]),
        ("Education", ["Greenhouse Technician diploma – Niagara Horticultural Institute"]),
        ("Languages", ["English, Italian"]),
    ]))

R.append(dict(
    file="w026.pdf", family="Irish wedding florist, reportlab with coloured left sidebar, title line with right dates and employer below",
    renderer="reportlab", layout="sidebar", order="title_org", dstyle="month", present="Present",
    side_fill=(0.95, 0.88, 0.9), accent=(0.55, 0.2, 0.35),
    name="Niamh Ó Conaill", contact=["Salthill, Galway", "085 555 6673", "niamh.oconaill@mailbox.ie"],
    side=[("Skills", ["Wedding & event design", "Sympathy work", "Pricing and quotes", "Social media photos"]),
          ("Education", ["Diploma in Professional Floristry, 2016"]),
          ("Languages", ["English", "Irish (fluent)"])],
    bullet="•",
    blocks=[
        ("Experience", [
            E("Senior Florist", "Wildflower & Fern", "Galway", "2020-09", "present", "facing", "in_person_service", [
                "Wedding consultations with couples, from first meeting to final quote",
                "Dress venues on the day and mentor two junior florists"]),
            E("Florist", "Corrib Flowers", "Galway", "2017-02", "2020-08", "facing", "in_person_service", [
                "Shop counter and phone orders",
                "Funeral tributes, sitting down with bereaved families to plan them"]),
            E("Warehouse Operative", "Dutch Bloom Wholesale Ltd", "Dublin", "2015-06", "2017-01", "affecting", None, [
                "Picked and packed florists' orders for the morning van runs"]),
            E("Waitress", "Renvyle Strand Hotel", "Renvyle, Co. Galway", "2014-06", "2014-08", "facing", "in_person_service", [
                "Breakfast and dinner service"], dtext="Summer 2014"),
        ]),
    ]))

R.append(dict(
    file="w027.html", family="US lawn and landscape business owner, HTML résumé, pipe title/company/place headings, 'Mar '19' dates",
    renderer="html", layout="html", order="pipe", dstyle="apos", present="Now",
    name="Marcus Reyes", contact=["Tulsa, OK 74105", "(918) 555-0112", "marcus@mailbox.biz"],
    bullet="•",
    blocks=[
        ("Experience", [
            E("Owner/Operator", "GreenBlade Lawn & Landscape LLC", "Tulsa, OK", "2019-03", "present", "facing", "entrepreneurial_freelance", [
                "Give estimates and consult with homeowners on lawn programs and landscape jobs",
                "Run a crew of three; scheduling, invoicing and equipment"], etype="freelance"),
            E("Irrigation Technician", "Sooner Sprinkler Systems", "Broken Arrow, OK", "2015-04", "2019-02", "facing", "other_facing", [
                "Diagnosed and repaired sprinkler systems at customers' homes",
                "Explained repairs and winterization options to homeowners"]),
            E("Grounds Crew", "Cherokee Hills Golf Club", "Tulsa, OK", "2012-05", "2015-03", "affecting", None, [
                "Mowed greens and raked bunkers before the first tee times"]),
            E("Christmas Tree Lot Worker", "Pine Hollow Tree Lot", "Tulsa, OK", "2011-11", "2011-12", "facing", "in_person_service", [
                "Helped customers pick trees, netted and tied them on cars"], dtext="Nov – Dec 2011"),
        ]),
        ("Licenses", ["Oklahoma Commercial Pesticide Applicator", "Irrigation Contractor License"]),
        ("Education", ["Tulsa Technology Center – Turf and Landscape Management"]),
    ]))

R.append(dict(
    file="w028.docx", family="Australian animal-shelter adoptions officer, Word tab-stop dates, bold title and italic employer line",
    renderer="docx", layout="tabs", order="title_org", dstyle="mon", present="Present",
    name="Chloe Papadopoulos", contact=["Wollongong NSW 2500", "0431 555 228", "chloe.papa@mailbox.com.au"],
    bullet="•",
    blocks=[
        ("Career Summary", "Former vet nurse now matching animals with new homes. Cert IV in Veterinary Nursing."),
        ("Employment", [
            E("Adoptions Officer", "Southern Coast Animal Welfare League", "Wollongong NSW", "2022-07", "present", "facing", "in_person_service", [
                "Meet adopters, match them with dogs and cats and complete adoption paperwork",
                "Follow-up calls two weeks after adoption"]),
            E("Animal Attendant", "Southern Coast Animal Welfare League", "Wollongong NSW", "2020-02", "2022-06", "affecting", None, [
                "Cleaning, feeding, enrichment; behaviour notes for the adoptions team"]),
            E("Veterinary Nurse", "Illawarra Pet Hospital", "Shellharbour NSW", "2016-03", "2020-01", "facing", "education", [
                "Theatre nursing and in-patient care",
                "Ran the Thursday night puppy preschool classes for new owners"]),
            E("Volunteer Puppy Raiser", "Assistance Paws NSW", "Wollongong NSW", "2017", "2019", "none", None, [
                "Raised a future assistance dog at home and attended monthly training"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", ["Certificate IV in Veterinary Nursing", "Companion Animal Behaviour short course"]),
        ("Referees", "Available on request"),
    ]))

R.append(dict(
    file="w029.pdf", family="UK tractor driver turned agricultural machinery sales rep, fpdf2 centred header, pipe title/company/place line",
    renderer="fpdf2", layout="centred", order="pipe", dstyle="mon", present="Present",
    name="Owen Pugh", contact=["Leominster, Herefordshire", "07700 900 589", "owen.pugh@mailbox.co.uk"],
    bullet="•", accent_rgb=(150, 40, 30),
    blocks=[
        ("Profile", "Farm-raised machinery man: twelve years driving and fixing tractors, now selling them."),
        ("Work Experience", [
            E("Territory Sales Representative", "Marches Agri Machinery Ltd", "Hereford", "2021-01", "present", "facing", "sales_account", [
                "Visit farmers and contractors, arrange demos and write quotes",
                "Follow up after delivery and handle warranty issues with customers"]),
            E("Tractor Driver / Machinery Operator", "R. Pugh & Sons Agricultural Contractors", "Leominster", "2014-04", "2020-12", "none", None, [
                "Ploughing, drilling, silage and baling"]),
            E("Apprentice Land-based Technician", "Marches Agri Machinery Ltd", "Hereford", "2011-09", "2014-03", "affecting", None, [
                "Serviced and repaired customers' tractors in the workshop"], etype="internship"),
            E("Harvest Driver", "Wye Valley Farms", "Ross-on-Wye", "2010-07", "2010-09", "none", None, [
                "Grain trailer driving at harvest"], dtext="Jul – Sep 2010"),
        ]),
        ("Qualifications", ["Level 3 Land-based Engineering", "Tractor and telehandler licences", "PA2/PA4"]),
    ]))

R.append(dict(
    file="w030.docx", family="UK zoo education officer and former keeper, Word two-column layout table with shaded sidebar",
    renderer="docx", layout="sidebar", order="title_org", dstyle="month", present="Present",
    name="Harriet Lamb", contact=["Taunton, Somerset", "07700 900 934", "harriet.lamb@mailbox.co.uk"],
    side=[("Qualifications", ["BSc Zoology (2:1)", "PGCE-equivalent teaching award", "DBS checked"]),
          ("Interests", ["Bird ringing", "Community choir"])],
    bullet="•", side_fill="DDE7E0",
    blocks=[
        ("Experience", [
            E("Education Officer", "Marlcombe Zoo & Conservation Park", "Taunton", "2022-04", "present", "facing", "education", [
                "Deliver curriculum-linked workshops to school groups",
                "Outreach visits to care homes and libraries; keeper talk rota"]),
            E("Senior Keeper – Primates", "Marlcombe Zoo & Conservation Park", "Taunton", "2017-06", "2022-03", "affecting", None, [
                "Led a team of four keepers; husbandry, enrichment and training",
                "Animal records and the studbook for a breeding programme"]),
            E("Keeper", "Exmoor Owl & Hawk Centre", "Barnstaple", "2014-03", "2017-05", "facing", "other_facing", [
                "Flying displays twice a day with commentary for visitors",
                "Led hawk walks for paying customers"]),
            E("Laboratory Animal Technician", "Bridgwater Bioscience", "Bridgwater", "2012-09", "2014-02", "none", None, [
                "Husbandry and health checks for research colonies"]),
            E("Wildlife Hospital Volunteer", "Somerset Hedgehog & Wildlife Rescue", "Langport", "2010", "2012", "facing", "volunteering", [
                "Answered calls from the public about injured wildlife and admitted casualties they brought in"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
    ]))
