"""Résumés w001–w015 (fictional people and organisations)."""
from lib import E

R = []

R.append(dict(
    file="w001.pdf", family="UK registered veterinary nurse, Word-to-PDF single column, title line with right-aligned dates",
    renderer="reportlab", layout="plain", order="title_org", dstyle="mon", present="Present",
    name="Katie Marsden RVN", contact=["14 Welsh Row, Nantwich CW5 5EW", "07700 914 266", "katie.marsden@mailbox.co.uk"],
    bullet="•",
    blocks=[
        ("Profile", "Registered Veterinary Nurse with five years' experience in a busy mixed small-animal practice. "
                    "Calm in theatre, confident running nurse clinics and happy to talk owners through home care."),
        ("Work Experience", [
            E("Registered Veterinary Nurse", "Oakfield Veterinary Group", "Nantwich", "2021-09", "present", "facing", "healthcare_care", [
                "Run weight, dental and post-op nurse clinics, booked 15-minute slots with owners",
                "Monitor anaesthesia and prepare theatre for routine and emergency surgery",
                "Discharge in-patients and explain medication and wound care to owners"]),
            E("Student Veterinary Nurse", "Oakfield Veterinary Group", "Crewe", "2018-09", "2021-08", "affecting", None, [
                "Assisted vets in theatre and with diagnostic imaging",
                "Cared for hospitalised patients: feeding, fluids, kennel hygiene",
                "Completed Level 3 Diploma in Veterinary Nursing on day release"], etype="internship"),
            E("Kennel Assistant", "Brookhouse Boarding Kennels", "Sandbach", "2016-06", "2018-08", "facing", "in_person_service", [
                "Cleaned, fed and exercised up to 40 boarding dogs",
                "Checked dogs in and out with owners at the reception hut and went through feeding notes"]),
            E("Saturday Sales Assistant", "Pets & Paddocks", "Nantwich", "2014-09", "2016-05", "facing", "in_person_service", [
                "Served customers on the till and advised on feed, bedding and worming products"]),
        ]),
        ("Education", ["Level 3 Diploma in Veterinary Nursing (Small Animal) – Reaseheath College, 2021",
                       "GCSEs: 9 including English, Maths and Double Science"]),
        ("Skills", ["Anaesthetic monitoring, radiography, lab work", "Clear, kind communication with worried owners",
                    "Full UK driving licence"]),
        ("References", "Available on request."),
    ]))

R.append(dict(
    file="w002.docx", family="US dog groomer, Word heading styles with list bullets and right tab-stop dates",
    renderer="docx", layout="styles", order="title_org", dstyle="month", present="Present",
    name="Brianna Holcomb", contact=["Meridian, ID 83642", "(208) 555-0147", "bri.holcomb@mailbox.net"],
    bullet="•",
    blocks=[
        ("Summary", "Professional groomer (breed trims, hand scissoring, doodles) who enjoys the client side of the salon as much as the table."),
        ("Experience", [
            E("Lead Groomer", "Shaggy to Chic Pet Salon", "Boise, ID", "2022-03", "present", "facing", "in_person_service", [
                "Complete 6–8 full grooms a day, breed standard and custom trims",
                "Consult with owners at check-in about style, matting and skin or coat concerns",
                "Train and schedule two bathers"]),
            E("Bather / Brusher", "PetPoint Superstore Grooming", "Meridian, ID", "2020-06", "2022-02", "affecting", None, [
                "Bathed, blow-dried and brushed out dogs ahead of the groomer",
                "Nail trims, ear cleaning, sanitizing tubs and kennels between dogs"]),
            E("Kennel Technician", "Ridgeview Animal Hospital", "Nampa, ID", "2019-01", "2020-05", "affecting", None, [
                "Cleaned runs, fed boarders and hospitalized pets, did laundry",
                "Gave oral medications as directed by the technicians"]),
            E("Cashier", "Valley Feed & Ranch Supply", "Caldwell, ID", "2017-05", "2018-12", "facing", "in_person_service", [
                "Rang up feed, tack and hardware; loaded feed sacks into customers' trucks"]),
        ]),
        ("Certifications", ["Pet First Aid & CPR, 2023", "Working toward National Certified Master Groomer"]),
        ("Education", ["Canyon Ridge High School, Caldwell, ID – Diploma"]),
    ]))

R.append(dict(
    file="w003.txt", family="Irish farm worker and tractor driver, plain text pasted from an email, 'Title – Employer, Town' with dates after",
    renderer="txt", layout="plain", order="dash", dstyle="mon", present="to date", rsep="   ", underline=False,
    name="Seán Twomey", contact=["Ballyhooly Road, Fermoy, Co. Cork", "Mob: 087 555 3819", "seantwomey@mailbox.ie"],
    bullet="-",
    blocks=[
        (None, "Hard-working farm worker with full licence (B, W and C1), looking for full-time work on a dairy or tillage farm or with a contractor."),
        ("WORK HISTORY", [
            E("Tractor Driver (seasonal)", "Keane Agri Contracting", "Fermoy, Co. Cork", "2022-05", "present", "none", None, [
                "Drawing silage, slurry spreading with trailing shoe, hedge cutting in the winter",
                "Daily checks and greasing on the machines"]),
            E("Farm Operative", "Ballynoe Dairy Farm", "Mitchelstown", "2019-03", "2022-04", "none", None, [
                "Milking 180 cows in a 20-unit parlour, calf rearing, scraping yards",
                "Helped with reseeding and fencing"]),
            E("Yard Assistant", "Fermoy Co-op Agri Store", "Fermoy", "2017-06", "2019-02", "facing", "in_person_service", [
                "Loading fertiliser, feed and fencing stuff for farmers in the yard",
                "Took orders at the counter when it was busy"]),
            E("Fruit Picker", "Carrig Soft Fruit", "Co. Wexford", "2016-06", "2016-08", "none", None, [
                "Picking strawberries"], dtext="Summer 2016"),
        ]),
        ("TICKETS / COURSES", ["Safe Pesticide Use (Teagasc)", "Manual Handling", "Chainsaw Level 1"]),
        ("OTHER", ["GAA – junior hurling with Kilworth", "References from Mr. Pat Keane on request"]),
    ]))

R.append(dict(
    file="w004.pdf", family="Australian zookeeper giving keeper talks, fpdf2 left-aligned header, employer line first with dates right",
    renderer="fpdf2", layout="left", order="org_title", dstyle="mm/yyyy", present="Current",
    name="Jessica Tran", contact=["Toowoomba QLD 4350  ·  0412 555 804  ·  jess.tran@mailbox.com.au"],
    bullet="•", accent_rgb=(120, 80, 30),
    blocks=[
        ("Career Objective", "Zookeeper with a Certificate III in Captive Animals seeking a senior keeper role in a native fauna collection."),
        ("Employment History", [
            E("Zookeeper – Australian Fauna", "Kookaburra Creek Wildlife Park", "Toowoomba QLD", "2021-03", "present", "facing", "other_facing", [
                "Daily husbandry of macropods, koalas, wombats and reptiles",
                "Deliver three keeper talks a day to park visitors and run paid koala encounters",
                "Answer visitor questions on the paths and at feeding times"]),
            E("Trainee Zookeeper", "Kookaburra Creek Wildlife Park", "Toowoomba QLD", "2019-02", "2021-02", "affecting", None, [
                "Cleaned enclosures, prepared diets and kept daily records",
                "Assisted with vet procedures and quarantine"], etype="internship"),
            E("Animal Attendant", "Darling Downs Pet Resort", "Toowoomba QLD", "2017-06", "2019-01", "facing", "in_person_service", [
                "Fed, cleaned and exercised boarding dogs and cats",
                "Worked the front desk on weekends, checking pets in with their owners"]),
            E("Volunteer Wildlife Carer", "Downs Wildlife Rescue Inc.", "Toowoomba QLD", "2016", "2019", "facing", "volunteering", [
                "Raised orphaned joeys at home for release",
                "Took shifts on the rescue hotline, advising members of the public who found injured wildlife"],
              prec="year", section="volunteer", etype="volunteer"),
            E("Farmhand (casual)", "Glenmore Station", "Dalby QLD", "2015-12", "2016-02", "none", None, [
                "Harvest work, feeding out and general yard jobs"]),
        ]),
        ("Qualifications", ["Certificate III in Captive Animals – TAFE, 2020", "Senior First Aid", "Snake handling (venomous) – 2022"]),
        ("Referees", "Available on request"),
    ]))

R.append(dict(
    file="w005.md", family="UK florist CV in Markdown, h3 titles with dates, italic employer line, seasonal wreath work",
    renderer="md", layout="h3", order="title_org", dstyle="month", present="present",
    name="Poppy Ashworth", contact=["Harrogate, North Yorkshire", "07700 900 512", "poppy.ashworth@mailbox.co.uk"],
    bullet="-",
    blocks=[
        ("About me", "Florist with a Level 3 in Floristry and a soft spot for seasonal, garden-style work. I love meeting couples and turning a few Pinterest pictures into a wedding."),
        ("Experience", [
            E("Florist", "Bramble & Bloom", "Harrogate", "2022-02", "present", "facing", "in_person_service", [
                "Serve walk-in customers and take phone orders for sympathy and birthday flowers",
                "Hold wedding consultations with couples and price up their flowers",
                "Make up hand-tieds, buttonholes and funeral tributes"]),
            E("Workroom Florist", "Petalpost Ltd", "Leeds", "2019-08", "2022-01", "affecting", None, [
                "Made up online orders to recipe in the studio, around 120 bouquets a day at Mother's Day",
                "Quality checked stems on arrival and packed boxes for couriers"]),
            E("Christmas Wreath Maker", "Holly Farm Shop", "Knaresborough", "2018-11", "2018-12", "facing", "in_person_service", [
                "Made door wreaths in the barn and helped customers choose and net their Christmas trees"],
              dtext="Nov – Dec 2018"),
            E("Nursery Assistant", "Greenacre Plants", "Ripon", "2016-04", "2018-10", "affecting", None, [
                "Potting on, watering and spacing in a wholesale nursery",
                "Picked and loaded trolleys for garden-centre orders"]),
        ]),
        ("Education", ["Level 3 Diploma in Floristry, Askham Bryan College (2019)", "A levels: Art, Biology"]),
        ("Interests", ["Growing cut flowers on my allotment", "Fell walking"]),
    ]))

R.append(dict(
    file="w006.docx", family="New Zealand landscaper who quotes for homeowners, Word borderless table per job (role left, dates right)",
    renderer="docx", layout="table", order="title_org", dstyle="mon", present="Present",
    name="Rawiri Parata", contact=["Hamilton 3204", "021 555 7730", "rawiri@mailbox.co.nz"],
    bullet="•",
    blocks=[
        ("Profile", "Landscaper of twelve years. Own business since 2020: design, quoting and build for residential clients."),
        ("Work experience", [
            E("Owner / Landscape Designer", "Tui Gardens Landscaping", "Hamilton", "2020-10", "present", "facing", "entrepreneurial_freelance", [
                "Visit homeowners on site, measure up and talk through what they want",
                "Write quotes and concept plans; run jobs from dig-out to planting",
                "Subcontract fencing and irrigation"], etype="freelance"),
            E("Landscape Foreman", "Greenline Contractors Ltd", "Hamilton", "2016-05", "2020-09", "facing", "other_facing", [
                "Ran a four-person crew on residential builds",
                "Walked clients through progress and agreed variations with them on site"]),
            E("Landscape Labourer", "Greenline Contractors Ltd", "Hamilton", "2014-02", "2016-04", "affecting", None, [
                "Dig-outs, paving, retaining walls and planting on private sections"]),
            E("Vineyard Hand", "Riverstone Estate", "Marlborough", "2013-06", "2013-09", "none", None, [
                "Winter pruning and wrapping, piece rates"], dtext="Pruning season, Jun – Sep 2013"),
        ]),
        ("Tickets", ["Site Safe passport", "Class 2 licence", "Growsafe Standard"]),
        ("References", "Available on request"),
    ]))

R.append(dict(
    file="w007.pdf", family="Canadian veterinary receptionist, reportlab with shaded left sidebar, pipe title/company/place line with right dates",
    renderer="reportlab", layout="sidebar", order="pipe", dstyle="mon", present="Present", paper="letter",
    name="Megan Lachance", contact=["Red Deer, AB", "403-555-0192", "megan.lachance@mailbox.ca"],
    side=[("Skills", ["Practice software (ezyVet-style)", "Estimates & invoicing", "Multi-line phones", "Calm with upset clients"]),
          ("Languages", ["English", "French (conversational)"]),
          ("Education", ["Veterinary Office Assistant certificate, 2020", "Lindsay Thurber High School"])],
    bullet="•", accent=(0.2, 0.35, 0.45),
    blocks=[
        ("Experience", [
            E("Veterinary Receptionist", "Maple Ridge Animal Clinic", "Red Deer, AB", "2021-04", "present", "facing", "in_person_service", [
                "Greet clients and pets, check in appointments and surgeries",
                "Answer a busy phone line, book appointments and go over estimates",
                "Process payments and help families through euthanasia arrangements"]),
            E("Client Care Coordinator", "PetWell Insurance", "Calgary, AB", "2019-01", "2021-03", "facing", "contact_center", [
                "Took inbound calls from policyholders about claims and coverage",
                "Logged claim documents and chased clinics for records"]),
            E("Barn Hand", "Aspen Hollow Equestrian Centre", "Olds, AB", "2017-05", "2018-12", "affecting", None, [
                "Mucked stalls, fed and turned out the boarders' horses",
                "Kept the arena groomed for lessons"]),
            E("Adoption Volunteer", "Central Alberta Humane Society", "Red Deer, AB", "2016", "2019", "facing", "volunteering", [
                "Met potential adopters on weekends and introduced them to dogs"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("References", "Available upon request."),
    ]))

R.append(dict(
    file="w008.html", family="US riding instructor, HTML résumé, stable as employer heading with roles beneath",
    renderer="html", layout="html", order="orgfirst", dstyle="month", present="Present",
    name="Caroline Whitfield", contact=["Lexington, KY", "(859) 555-0163", "cwhitfield@mailbox.org"],
    bullet="•",
    blocks=[
        ("Profile", "Certified riding instructor (hunt seat), ten years at one barn, from working student to head instructor."),
        ("Riding & Teaching Experience", [
            E("Head Riding Instructor", "Willow Bend Stables", "Lexington, KY", "2021-08", "present", "facing", "education", [
                "Teach group and private lessons to riders aged 6 to 70",
                "Coach the IEA team at local shows and keep parents up to date on progress",
                "Match new students with school horses"]),
            E("Assistant Instructor", "Willow Bend Stables", "Lexington, KY", "2019-03", "2021-07", "facing", "education", [
                "Lead-line and beginner lessons; led trail rides for guests"]),
            E("Working Student", "Willow Bend Stables", "Lexington, KY", "2017-06", "2019-02", "affecting", None, [
                "Groomed and tacked school horses, cleaned tack, exercised sale horses",
                "Worked in exchange for lessons and board"], etype="internship"),
            E("Horsemanship Counselor", "Blue Meadow Summer Camp", "Paris, KY", "2016-06", "2016-08", "facing", "education", [
                "Taught basic riding and barn safety to campers aged 9–14"], dtext="Summer 2016"),
        ]),
        ("Certifications", ["CHA Certified Instructor, Level 2", "Equine First Aid"]),
        ("Education", ["B.S. Equine Science (in progress, online) – Bluegrass Community College"]),
    ]))

R.append(dict(
    file="w009.docx", family="UK garden-centre supervisor, name and contact in the Word page header, employer line first then title",
    renderer="docx", layout="header", order="org_title", dstyle="mm/yyyy", present="Present",
    name="Gareth Pritchard", contact=["Malvern, Worcestershire", "07700 900 331", "g.pritchard@mailbox.co.uk"],
    bullet="•",
    blocks=[
        ("Personal statement", "Practical plantsman with retail experience. RHS Level 2. Looking for a plant area manager position."),
        ("Employment", [
            E("Plant Area Supervisor", "Hillside Garden Centre", "Malvern", "2020-04", "present", "facing", "in_person_service", [
                "Advise customers on plant choice, pests and planting",
                "Deal with plant returns and complaints",
                "Rota for six staff and weekly ordering from nurseries"]),
            E("Café Kitchen Assistant", "Hillside Garden Centre", "Malvern", "2018-09", "2020-03", "affecting", None, [
                "Food prep, dishwasher and closing clean-down"]),
            E("Glasshouse Operative", "Severn Valley Growers", "Upton-upon-Severn", "2016-03", "2018-08", "none", None, [
                "Sowing, pricking out and spraying bedding crops under glass"]),
            E("Seasonal Grounds Maintenance Operative", "Worcester City Council", "Worcester", "2015-04", "2015-10", "none", None, [
                "Mowing, strimming and litter picking in parks and cemeteries"]),
        ]),
        ("Qualifications", ["RHS Level 2 Certificate in the Principles of Plant Growth", "PA1/PA6 spraying certificates"]),
        ("Hobbies", ["Vegetable growing, local cricket"]),
    ]))

R.append(dict(
    file="w010.txt", family="Scottish forestry worker turned countryside ranger, plain text with labelled Position / Employer / Period blocks",
    renderer="txt", layout="plain", order="labelled", dstyle="month", present="Now", heads="caps",
    name="Euan MacLeod", contact=["Aberfeldy, Perthshire", "07700 900 718", "euan.macleod@mailbox.scot"],
    bullet="*",
    blocks=[
        ("Qualifications", ["NPTC CS30/CS31 chainsaw", "HNC Countryside Management (2021)", "Outdoor First Aid (16 hr)"]),
        ("Employment", [
            E("Countryside Ranger", "Glen Arrin Estate Trust", "Perthshire", "2022-05", "present", "facing", "other_facing", [
                "Lead guided walks for visitors and school groups",
                "Staff the visitor centre at weekends",
                "Footpath repair and volunteer work parties"]),
            E("Forest Craftsperson", "Caledonian Timber Services", "Aberfeldy", "2017-03", "2022-04", "none", None, [
                "Felling, thinning and windblow clearance", "Harvester and forwarder operation"]),
            E("Ghillie (seasonal)", "Loch Tarvie Estate", "Pitlochry", "2016-08", "2016-10", "facing", "other_facing", [
                "Took paying guests out on the hill for stalking and looked after them all day"], dtext="Aug – Oct 2016"),
            E("Tree Planter", "Highland Reforest Ltd", "Inverness", "2015-01", "2016-06", "none", None, [
                "Hand planting on new native woodland schemes"]),
        ]),
        ("Other", ["Member of the local mountain rescue team", "Gaelic (basic)"]),
    ]))

R.append(dict(
    file="w011.pdf", family="US kennel and cattery attendant, fpdf2 centred header, title, employer and dates on separate lines",
    renderer="fpdf2", layout="centred", order="dateline", dstyle="mon", present="Present", paper="letter",
    name="Tyler Brooks", contact=["Asheville, NC 28801", "(828) 555-0121", "tbrooks.pets@mailbox.net"], contact_join="  |  ",
    bullet="-",
    blocks=[
        ("Experience", [
            E("Cattery Attendant", "Whisker Lodge Cat Hotel", "Asheville, NC", "2023-02", "present", "facing", "in_person_service", [
                "Clean and set up suites, feed and medicate boarding cats",
                "Text owners daily photo updates and answer their questions"]),
            E("Kennel Attendant", "Blue Ridge Pet Resort", "Weaverville, NC", "2021-06", "2023-01", "affecting", None, [
                "Sanitized runs and play yards, laundry, supervised dog playgroups"]),
            E("Dog Walker", "Self-employed", "Asheville, NC", "2020-04", "2021-05", "facing", "entrepreneurial_freelance", [
                "Meet-and-greets with new clients, key handovers and invoicing",
                "Walked up to 10 dogs a day"], etype="freelance"),
            E("Line Cook", "Mountain Table Diner", "Asheville, NC", "2018-09", "2020-03", "affecting", None, [
                "Grill and fry station for breakfast and lunch"]),
            E("Poultry Farm Hand", "Hickory Run Farm", "Marshall, NC", "2017-05", "2018-08", "none", None, [
                "Collected and graded eggs, cleaned houses"]),
        ]),
        ("Skills", ["Fear Free handling basics", "Medication by mouth and injection (cats)", "Forklift certified"]),
        ("Education", ["A-B Tech Community College – Veterinary Medical Technology (1 year)"]),
    ]))

R.append(dict(
    file="w012.docx", family="South African field guide, Word two-column layout table with shaded sidebar, month dates",
    renderer="docx", layout="sidebar", order="title_org", dstyle="month", present="Present",
    name="Thabo Mokoena", contact=["Hoedspruit, Limpopo", "+27 72 555 0184", "thabo.mokoena@mailbox.co.za"],
    side=[("Qualifications", ["FGASA Level 2 Field Guide", "Advanced Rifle Handling", "Code 10 licence with PrDP"]),
          ("Languages", ["Sepedi", "English", "Afrikaans"]),
          ("Personal", ["Born 1995", "Available immediately"])],
    bullet="•",
    blocks=[
        ("Career Summary", "Field guide with five years in the Greater Kruger area, from game capture to guiding international guests."),
        ("Work Experience", [
            E("Field Guide", "Mopani Ridge Private Game Lodge", "Hoedspruit", "2021-01", "present", "facing", "other_facing", [
                "Morning and evening game drives and bush walks for up to six guests",
                "Host guests at dinner and deal with special requests"]),
            E("Trainee Field Guide", "Mopani Ridge Private Game Lodge", "Hoedspruit", "2020-03", "2020-12", "facing", "other_facing", [
                "Tracked on drives and hosted guests at bush breakfasts",
                "Vehicle checks and camp maintenance"], etype="internship"),
            E("Game Capture Assistant", "Lowveld Wildlife Services", "Phalaborwa", "2018-06", "2020-02", "none", None, [
                "Assisted with darting and boma management", "Fence patrols and repairs"]),
            E("Conservation Volunteer", "Lowveld Vulture Trust", "Hoedspruit", "2017-01", "2017-06", "none", None, [
                "Nest counts and data capture"], section="volunteer", etype="volunteer"),
            E("Stall Assistant", "Tzaneen Fresh Produce", "Tzaneen", "2015", "2016", "facing", "in_person_service", [
                "Sold fruit and vegetables at the roadside stall"], prec="year"),
        ]),
    ]))

R.append(dict(
    file="w013.md", family="Canadian animal-science student in Markdown, dog-walking business, co-op placement, fall season",
    renderer="md", layout="bold", order="title_org", dstyle="yyyy-mm", present="Present", md_h3=False,
    name="Ava Kowalczyk", contact=["Guelph, ON", "519-555-0177", "ava.kowalczyk@mailbox.ca"],
    bullet="*",
    blocks=[
        ("Education", ["B.Sc. Animal Biology (4th year), Wellington Agricultural College, Guelph"]),
        ("Experience", [
            E("Dog Walker & Pet Sitter", "Self-employed", "Guelph, ON", "2023-09", "present", "facing", "entrepreneurial_freelance", [
                "12 regular clients; meet-and-greets, photo updates, scheduling and e-transfer invoicing"], etype="freelance"),
            E("Student Research Assistant (Animal Behaviour Lab)", "Wellington Agricultural College", "Guelph, ON", "2024-05", "2024-08", "none", None, [
                "Scored video of dairy calf feeding behaviour and entered data"], section="other"),
            E("Barn Worker (co-op placement)", "Speedside Dairy Research Station", "Elora, ON", "2023-01", "2023-04", "none", None, [
                "Milking, calf feeding and bedding"], etype="internship"),
            E("Seasonal Attendant", "Sunny Acres Pumpkin Farm", "Rockwood, ON", "2022-09", "2022-11", "facing", "in_person_service", [
                "Sold tickets, ran the wagon rides and helped families in the pumpkin patch"], dtext="Fall 2022"),
            E("Volunteer Dog Walker", "Royal City Animal Rescue", "Guelph, ON", "2021", "2023", "affecting", None, [
                "Walked and socialised shelter dogs, cleaned kennels"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Skills", ["Low-stress animal handling", "Excel, R (basic)", "G2 licence"]),
    ]))

R.append(dict(
    file="w014.pdf", family="UK head gardener and former park ranger, 2-page reportlab CV with two-column header and page footer",
    renderer="reportlab", layout="twocol", order="title_org", dstyle="mon", present="Present",
    footer="Martin Hale – CV – page {n}", accent=(0.2, 0.4, 0.25),
    name="Martin Hale", contact=["Alveston, South Gloucestershire", "07700 900 442", "martin.hale@mailbox.co.uk"],
    bullet="•",
    blocks=[
        ("Profile", "Head gardener with twenty years in historic gardens, public parks and private estates. I manage a small "
                    "team and a large volunteer group, plan the year's work to a budget and enjoy showing visitors round. "
                    "RHS Level 3, a keen propagator, and used to working with conservation officers on listed landscapes."),
        ("Key skills", ["Planning and running seasonal garden programmes", "Leading staff and volunteer teams",
                        "Propagation, glasshouse and nursery management", "Budgets, ordering and contractor management",
                        "Public speaking: tours, talks and plant fairs", "Tree work (CS30/31) and machinery maintenance"]),
        ("Career history", [
            E("Head Gardener", "Thornbury Hall Trust", "Alveston", "2018-03", "present", "facing", "other_facing", [
                "Manage three gardeners and around twenty volunteers across eight acres",
                "Lead the monthly garden tours for visitors and give talks at our spring plant fair",
                "Write the annual work plan and manage a £38k budget",
                "Restored the walled kitchen garden with the conservation architect"]),
            E("Park Ranger", "Avonvale District Council", "Keynsham", "2012-04", "2018-02", "facing", "other_facing", [
                "Patrolled four parks, dealt with public complaints and anti-social behaviour",
                "Ran school visits and summer events",
                "Supervised Community Payback groups on litter and path work"]),
            E("Gardener", None, "Chipping Sodbury", "2008-09", "2012-03", "none", None, [
                "Sole gardener on a private estate: lawns, borders, kitchen garden and woodland"],
              show_title="Gardener (private estate)"),
            E("Apprentice Gardener", "Hawkley Arboretum", "Tetbury", "2006-09", "2008-08", "none", None, [
                "Propagation, mowing and tree planting while studying at college"], etype="internship"),
            E("Weekend Sales Assistant", "Cotswold Garden Supplies", "Stroud", "2004-06", "2006-08", "facing", "in_person_service", [
                "Served customers and loaded compost and paving"]),
        ]),
        ("Qualifications", ["RHS Level 3 Certificate in Practical Horticulture (2011)",
                            "NPTC CS30/CS31 chainsaw; PA1/PA6", "Level 2 Award in Food Hygiene",
                            "Emergency First Aid at Work (renewed 2025)", "Full clean driving licence with trailer (B+E)"]),
        ("Training", ["Managing volunteers (NCVO day course, 2019)", "Historic landscape conservation (2020)",
                      "Mental health first aider (2022)", "Safeguarding for work with young people (2023)"]),
        ("Memberships", ["Professional Gardeners' Guild", "Hardy Plant Society, Avon group (committee 2016–2019)"]),
        ("Interests", "Growing rare apple varieties, bell ringing, walking the Cotswold Way in sections with my two dogs. "
                      "I also help judge the village in bloom competition each summer."),
        ("Referees", ["Dr Anne Kingsley, Chair of Trustees, Thornbury Hall Trust", "Paul Osei, Parks Manager, Avonvale District Council"]),
    ]))

R.append(dict(
    file="w015.docx", family="Irish farm-shop manager, Word tab-stop dates, farm as employer heading with roles beneath, spring lambing",
    renderer="docx", layout="tabs", order="orgfirst", dstyle="mon", present="Present",
    name="Aoife Brennan", contact=["Thomastown, Co. Kilkenny", "086 555 2290", "aoife.brennan@mailbox.ie"],
    bullet="•", list_style=False,
    blocks=[
        ("Work Experience", [
            E("Farm Shop Manager", "Ballyglass Farm", "Thomastown", "2022-01", "present", "facing", "in_person_service", [
                "Run the shop day to day and serve customers at the counter",
                "Saturday stall at the farmers' market",
                "Ordering, stock and two part-time staff"]),
            E("Dairy & Cheese Room Assistant", "Ballyglass Farm", "Thomastown", "2019-05", "2021-12", "affecting", None, [
                "Made, turned and waxed cheeses; packed and labelled for shops"]),
            E("Relief Milker", "Kilkenny Farm Relief Co-operative", "Kilkenny", "2016-03", "2019-04", "affecting", None, [
                "Relief milking on member farms when farmers were away or sick"]),
            E("Lambing Assistant", "Carrickmore Hill Farm", "Co. Wicklow", "2015-03", "2015-05", "none", None, [
                "Night lambing shifts, tubing and tagging"], dtext="Spring 2015"),
        ]),
        ("Education", ["Certificate in Agriculture (Level 6) – Kildalton College, 2016"]),
        ("Skills", ["HACCP Level 2", "Till and card machine, Shopify stock", "Full licence"]),
    ]))
