# -*- coding: utf-8 -*-
"""w016–w030."""
from lib import E

R = []

R.append(dict(
    id="w016", eng="docx", layout="styles", order="title_org", dates=("month", "present", " - "),
    family="US 15-year-old, babysitting, youth-baseball concession stand, church nursery, one-day vet job shadow; Word heading styles",
    name="Sofia Delgado", contact=["Marlow Springs, TX", "(512) 555-0191", "sofiadelgado.10@mailbox.com"],
    profile="Freshman at Marlow Springs High School looking for my first part-time job (I turn 16 in January). I am patient, responsible and bilingual in English and Spanish.",
    profile_head="Objective",
    blocks=[
        ("exp", "Experience", [
            E("Babysitter", None, "Marlow Springs, TX", "2023-01", "present", "facing", "entrepreneurial_freelance",
              ["Regular sitter for two families with kids ages 2 to 9", "Dinner, baths, homework and bedtime; I text parents updates"],
              prec="year", etype="freelance"),
            E("Job Shadow", "Marlow Springs Animal Hospital", None, "2025-04", "2025-04", "affecting", None,
              ["Followed a vet tech for a day, watched two surgeries and helped clean and refill the cages"], etype="internship"),
        ]),
        ("exp", "Volunteer Work", [
            E("Concession Stand Volunteer", "Marlow Springs Youth Baseball", None, "2024-03", "2025-06", "facing", "volunteering",
              ["Took orders and money on game nights and kept the hot dogs coming"], section="volunteer", etype="volunteer"),
            E("Nursery Volunteer", "Grace Fellowship Church", None, "2022-01", "present", "facing", "volunteering",
              ["Watch babies and toddlers during second service twice a month"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Bilingual English/Spanish", "CPR and First Aid (American Red Cross, 2025)", "Google Docs, Canva"]),
        ("list", "Awards", ["A/B Honor Roll", "JV Volleyball, Most Improved 2025"]),
    ]))

R.append(dict(
    id="w017", eng="md", layout="bold", order="title_org", dates=("year", "present", "–"),
    family="English retired postman aged 66, one walk for 33 years, undated joinery apprenticeship, churchwarden, community-transport driver; Markdown",
    name="Derek Ashworth", contact=["Hallam Vale, Lancashire", "01254 555 390", "derek.ashworth@mailbox.co.uk"],
    profile="Retired postman (33 years on the same delivery office, 22 on the same walk). I'm fit, I like being out and about and I miss the chat. Looking for 2 or 3 days a week in a garden centre, DIY store or anything with customers.",
    profile_head="A bit about me",
    blocks=[
        ("exp", "Work", [
            E("Postman", "Crown Post, Hallam Vale Delivery Office", None, "1991-01", "2024-12", "facing", "in_person_service",
              ["Same walk for 22 years – I knew every customer by name",
               "Signed-for and special delivery items handed over at the door, and took in parcels for the housebound",
               "Union rep for the office for a few years"], prec="year"),
            E("Apprentice Joiner", "B. Fairclough & Sons", "Hallam Vale", None, None, "none", None,
              ["Served my time on sash windows and staircases in the workshop before the firm closed"], prec=None, etype="internship"),
        ]),
        ("exp", "Voluntary", [
            E("Volunteer Driver", "Hallam Vale Community Transport", None, "2025-01", "present", "facing", "volunteering",
              ["Drive the dial-a-ride minibus two days a week and help passengers on and off with their shopping"],
              prec="year", section="volunteer", etype="volunteer"),
            E("Churchwarden", "St Aidan's Church, Hallam Vale", None, "2018-01", "present", "facing", "volunteering",
              ["Look after the building, the rotas and the insurance",
               "Open up for weddings and funerals and show families where everything is"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Other", ["Full driving licence + D1 (minibus) on my licence", "MIDAS minibus driver training, 2025", "References from the delivery office manager and the vicar"]),
    ]))

R.append(dict(
    id="w018", eng="rl", layout="plain", order="dateline", dates=("mm/yyyy", "Present", " - "), centre=False, bullet="-",
    family="Filipino senior-high graduate aged 18, family sari-sari store, work immersion at the municipal treasurer's office, youth council relief work, new service-crew job; reportlab, title/company/dates on separate lines",
    name="Kristine Joy P. Dizon", contact=["Purok 3, Bagong Lipa, Batangas", "0917 555 2048", "kristinejoy.dizon@mailbox.ph"],
    profile="Senior High School graduate (ABM strand) seeking a part-time position as cashier or customer service representative while studying in college. Hardworking, honest and willing to learn.",
    profile_head="OBJECTIVE",
    blocks=[
        ("exp", "WORK EXPERIENCE", [
            E("Service Crew", "Kuya Ben's Lugawan", "Bagong Lipa", "2026-04", "present", "facing", "in_person_service", []),
            E("Work Immersion Student", "Municipal Treasurer's Office, Bagong Lipa", None, "2025-02", "2025-03", "facing", "in_person_service",
              ["Encoded real property tax receipts", "Assisted taxpayers in the queue in filling up forms"], etype="internship"),
            E("Store Helper", "Dizon Sari-Sari Store (family business)", "Bagong Lipa", "2019-01", "present", "facing", "in_person_service",
              ["Attending to customers, load and GCash cash-in/out, listing the utang of regular customers"],
              prec="year", etype="unknown"),
        ]),
        ("exp", "EXTRA-CURRICULAR / VOLUNTEER", [
            E("Youth Volunteer", "Barangay Poblacion Uno Youth Council", None, "2023-01", "2024-12", "facing", "volunteering",
              ["Helped repack and distribute relief goods to families after the typhoon", "Assisted in the barangay's feeding program"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "EDUCATION", ["Bagong Lipa National High School – Senior High (ABM), 2024 – 2026, With Honors"]),
        ("list", "PERSONAL INFORMATION", ["Birthday: June 3, 2008", "Civil Status: Single", "Religion: Roman Catholic"]),
        ("list", "CHARACTER REFERENCE", ["Mrs. Liza M. Reyes, Work Immersion Coordinator – 0928 555 7731"]),
    ]))

R.append(dict(
    id="w019", eng="txt", layout="dashes", order="dash", dates=("year", "Present", " - "), datepos="pad", bullet="+",
    family="Australian mine haul-truck operator aged 59 retrenched in 2025; family pub licensee, jackaroo years, bush fire brigade, rural supplies yard hand; plain text with padded dates",
    name="Warren Pike", contact=["Corrigan Flats WA 6xxx", "Ph 0439 555 204", "warrenpike59@mailbox.com.au"],
    profile="Retrenched from the mine in March 2025 after 16 years FIFO. Home for good now and want steady part-time work in town dealing with people – which is what I did for 18 years behind the bar at the Railway.",
    profile_head="Summary",
    blocks=[
        ("exp", "Employment", [
            E("Casual Yard Hand", "Corrigan Flats Rural Supplies", None, "2025-06", "2025-09", "facing", "in_person_service",
              ["Loaded fencing, feed and chemicals into customers' utes", "Helped on the counter on Saturdays"], dt="Jun - Sep 2025"),
            E("Haul Truck Operator", "Redgum Iron Pty Ltd", "Mt Kendrick mine (FIFO)", "2009-01", "2025-03", "none", None,
              ["CAT 793 and 789 haul trucks, 2 weeks on / 1 off", "Zero LTIs in 16 years"], dt="2009 - Mar 2025"),
            E("Licensee", "The Railway Hotel (family pub)", "Corrigan Flats", "1990-01", "2008-12", "facing", "entrepreneurial_freelance",
              ["Ran the front bar and the bistro with my wife and brother; looked after the regulars and the travellers",
               "Did the ordering, the rosters and the BAS"], prec="year", etype="freelance"),
            E("Jackaroo", "various stations", None, "1984-01", "1989-12", "none", None, [], prec="year"),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Firefighter", "Corrigan Flats Bush Fire Brigade", None, "1995-01", "present", "facing", "volunteering",
              ["Turn out to grass fires and crashes", "Do the school fire-safety visits each spring with the brigade truck"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Tickets", ["HR licence", "Senior First Aid", "RSA (current)"]),
    ]))

R.append(dict(
    id="w020", eng="docx", layout="sidebar", order="title_org", dates=("mon", "Present", " – "),
    family="Canadian grade 12 student, family sweet shop cashier, library homework help, camp counsellor-in-training, dental office co-op placement; Word two-column table with shaded sidebar",
    name="Priya Raghunathan", contact=["Oakridge Crossing, ON", "647-555-0135", "priya.raghu@mailbox.ca"],
    side=[("Skills", ["Cash & debit", "English, Tamil, basic French", "Google Workspace", "Dentrix (co-op)"]),
          ("Certifications", ["Standard First Aid + CPR-C", "Smart Serve"]),
          ("Availability", ["Weekends; weekdays after 4"])],
    profile="Grade 12 student looking for a part-time customer service position in retail or a clinic.",
    profile_head="Summary",
    blocks=[
        ("exp", "Experience", [
            E("Co-op Student (Dental Office)", "Oakridge Crossing Dental Centre", None, "2026-02", "2026-06", "facing", "in_person_service",
              ["Filed patient charts and confirmed next-day appointments by phone", "Sterilised instruments and restocked operatories"],
              etype="internship"),
            E("Cashier", "Raghunathan Sweets", "Oakridge Crossing", "2024-07", "present", "facing", "in_person_service",
              ["Pack sweet boxes and run the till, especially in the Diwali rush"]),
            E("Counsellor-in-Training", "Camp Wendaway", "Lake Orrin", "2025-07", "2025-08", "facing", "education",
              ["Helped lead a cabin of 8-year-olds and ran the craft hut"], dt="Jul – Aug 2025", etype="internship"),
        ]),
        ("exp", "Volunteer Experience", [
            E("Homework Help Volunteer", "Oakridge Crossing Public Library", None, "2023-09", "2025-06", "facing", "volunteering",
              ["Helped elementary kids with reading and math two evenings a week"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Oakridge Crossing Secondary School – OSSD expected June 2027", "Honour Roll 2024, 2025"]),
    ]))

R.append(dict(
    id="w021", eng="fpdf", layout="left", order="title_org", dates=("year", "present", " – "),
    family="Irish retired hardware shop and undertaker proprietor aged 63; undated agri sales rep job, Tidy Towns, Minister of the Eucharist; fpdf2 left-aligned",
    name="Noel Brennan", contact=["Main Street, Ballykeeran, Co. Kilkenny", "086 555 4190", "noel.brennan@mailbox.ie"], contact_lines=True,
    profile="I ran the family hardware and undertaking business on Main Street for close on forty years until we closed in 2023. I'd like a few days a week behind a counter again – a hardware, builders' providers or farm store would suit me down to the ground.",
    profile_head="Profile",
    blocks=[
        ("exp", "Work Experience", [
            E("Proprietor", "Brennan's Hardware & Undertakers", "Ballykeeran", "1985-01", "2023-12", "facing", "entrepreneurial_freelance",
              ["Served behind the counter for nearly forty years – paint, fencing, plumbing, the lot",
               "Arranged funerals with families, day and night",
               "Took over from my father in 1985; closed the business in 2023"], prec="year", etype="freelance"),
            E("Sales Representative", "Nore Valley Agri Supplies", None, None, None, "facing", "sales_account",
              ["Called on farmers and co-ops around the county with the fertiliser and seed range"], prec=None, dt="(early 1980s)"),
        ]),
        ("exp", "Community", [
            E("Committee Member", "Ballykeeran Tidy Towns", None, "2015-01", "present", "none", None,
              ["Litter picks, planting the roundabouts and the entry for the national competition"],
              prec="year", section="volunteer", etype="volunteer"),
            E("Minister of the Eucharist", "St Fiachra's Church", "Ballykeeran", "2000-01", "present", "facing", "volunteering",
              ["Reader at Sunday Mass and bring Communion to the housebound on First Fridays"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Other", ["Full clean licence", "Manual Handling (2024)", "Good with a till and not afraid of a computer"]),
    ]))

R.append(dict(
    id="w022", eng="html", layout="dl", order="title_org", dates=("year", "present", " – "),
    family="South African wages clerk aged 61 retrenched from a colliery; years with grandchildren, soup kitchen, cosmetics consultant, undated general dealer job; HTML definition list with dates first",
    name="Gladys Mahlangu", contact=["House 88, Vaalkop, Mpumalanga", "073 555 2048", "gladys.mahlangu@mailbox.co.za"],
    profile="I worked for 29 years in the wages office at Vaalkop Colliery until I was retrenched. I am looking for part-time work as a cashier, receptionist or in a customer care office. I am honest, punctual and I speak four languages.",
    profile_head="Profile",
    blocks=[
        ("exp", "Work Experience", [
            E("Independent Consultant", "Lerato Cosmetics", "Vaalkop", "2021-01", "present", "facing", "entrepreneurial_freelance",
              ["Sell skin care to customers in my street and at church, take orders and deliver them"], prec="year", etype="freelance"),
            E("Looking after my grandchildren", None, None, "2020-01", "2024-12", "none", None, [], prec="year", etype="unknown"),
            E("Wages Clerk", "Vaalkop Colliery", "Vaalkop", "1990-01", "2019-12", "facing", "internal_support",
              ["Paid out wages and answered miners' queries about deductions and leave pay at the wages window",
               "Captured clock cards and overtime on the payroll system"], prec="year"),
            E("Shop Assistant", "Mahlangu General Dealer", "Vaalkop", None, None, "facing", "in_person_service", [], prec=None),
        ]),
        ("exp", "Community Work", [
            E("Soup Kitchen Coordinator", "Vaalkop Uniting Church", None, "2020-01", "present", "facing", "volunteering",
              ["We serve about 120 people every Wednesday; I organise the cooks and serve at the table"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Languages", ["isiNdebele, isiZulu, Afrikaans, English"]),
        ("list", "Education", ["Std 10 (Matric), Vaalkop High School", "Payroll Administration certificate"]),
    ]))

R.append(dict(
    id="w023", eng="docx", layout="tabs", order="title_org", dates=("mon", "Present", " – "),
    family="English 16-year-old Scout young leader, Sunday pot washer, leisure-centre reception work experience, DofE 5k marshal; Word tab-stop dates",
    name="Oliver Nkemelu", contact=["Harlingford, Kent", "07380 555 117", "oliver.nkemelu@mailbox.co.uk"],
    profile="Year 11 student. I'm looking for a weekend job where I can work with people – I already do Sunday shifts at the Old Ferry but I would rather be out front than in the kitchen.",
    blocks=[
        ("exp", "Experience", [
            E("Pot Washer (Sundays)", "The Old Ferry Inn", "Harlingford", "2026-03", "present", "affecting", None,
              ["Washing pots and plates for Sunday lunch service, around 200 covers"]),
            E("Work Experience", "Harlingford Leisure Centre", None, "2025-07", "2025-07", "facing", "in_person_service",
              ["Shadowed the reception team, checked in swimmers and answered the phone"], etype="internship"),
        ]),
        ("exp", "Volunteering", [
            E("Young Leader", "3rd Harlingford Cubs", None, "2024-09", "present", "facing", "volunteering",
              ["Plan and run games and badge work for 24 Cubs on Thursday nights", "Helped run the camp kitchen at summer camp"],
              section="volunteer", etype="volunteer"),
            E("Course Marshal (DofE Silver)", "Harlingford Park 5k", None, "2025-10", "2026-03", "facing", "volunteering",
              ["Marshalling and scanning finish tokens most Saturdays"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Harlingford Grammar School – GCSEs summer 2027"]),
        ("list", "Interests", ["Football (Harlingford Town U16s), Scouts, drums"]),
    ]))

R.append(dict(
    id="w024", eng="rl", layout="sidebar", order="org_title", dates=("m/yyyy", "Present", " – "), side_fill=(0.92, 0.9, 0.86),
    paper="letter", accent=(0.35, 0.2, 0.1),
    family="US retired machinist aged 68 after caring for his late wife; church usher, Little League umpire, pizza delivery; reportlab coloured sidebar, employer line first",
    name="Harold \"Hal\" Jeffries", contact=["Conneaut Ridge, PA", "(814) 555-0120", "haljeffries@mailbox.net"],
    side=[("Skills", ["Reading blueprints", "Measuring tools, fasteners, hardware", "Cash & card", "Patient with customers"]),
          ("Availability", ["Mon–Sat, days", "No evenings after 8"]),
          ("References", ["Pastor Ruth Ann Kohler", "Tom Zelinski (Ridgeway)"])],
    profile="Retired machinist looking for part-time work at a hardware store or lumber yard. 35 years making parts means I know what a ½-inch carriage bolt is and what it's for.",
    profile_head="Summary",
    blocks=[
        ("exp", "Experience", [
            E("Delivery Driver (part-time)", "Dominic's Pizza", "Conneaut Ridge, PA", "2025-01", "2025-06", "facing", "in_person_service",
              ["Delivered orders evenings and took cash and card payments at the door"]),
            E("Caregiver for my late wife", None, None, "2021-01", "2024-08", "none", None, [], etype="unknown"),
            E("CNC Machinist / Lead Hand", "Ridgeway Precision Parts", "Conneaut Ridge, PA", "1986-03", "2020-12", "none", None,
              ["Set up and ran Haas and Mazak lathes and mills; first-article inspection",
               "Trained apprentices and ran second shift for the last 10 years"]),
        ]),
        ("exp", "Volunteer", [
            E("Usher & Greeter", "First Lutheran Church of Conneaut Ridge", None, "2010-01", "present", "facing", "volunteering",
              ["Greet members and visitors at the door and help seat families"], prec="year", section="volunteer", etype="volunteer"),
            E("Umpire", "Conneaut Ridge Little League", None, "2015-01", "2024-12", "facing", "volunteering",
              ["Called games for ages 9–12 and explained the rules to new parents and players"], prec="year", section="volunteer", etype="volunteer"),
        ]),
    ]))

R.append(dict(
    id="w025", eng="md", layout="h3", order="title_org", dates=("year", "present", " – "),
    family="Canadian parent aged 54 returning after 17 years at home; dental receptionist, school parent volunteer, bookkeeper for husband's lobster business, summer co-op cashier; Markdown",
    name="Heather MacIsaac", contact=["Kinross Harbour, PEI", "902-555-0171", "heather.macisaac@mailbox.ca"],
    profile="Returning to the workforce after raising four kids. I've kept busy with school volunteering and our family fishing business and I'm ready for part-time work with people again.",
    profile_head="About",
    blocks=[
        ("exp", "Work & Volunteer History", [
            E("Cashier (summer)", "Kinross Harbour Co-op", None, "2025-06", "2025-08", "facing", "in_person_service",
              ["Cash, lottery and the deli slicer on busy tourist weekends"], dt="Summer 2025"),
            E("Bookkeeper", "MacIsaac Fisheries Ltd.", "Kinross Harbour", "2010-01", "present", "none", None,
              ["Books, deckhand payroll and HST filings for my husband's lobster boat"], prec="year", etype="unknown"),
            E("Stay-at-home parent", None, None, "2008-01", "2025-12", "none", None, [], prec="year", etype="unknown", dt="2008 – 2025"),
            E("Parent Volunteer", "Kinross Harbour Consolidated School", None, "2012-01", "2024-12", "facing", "volunteering",
              ["Ran the hot lunch program for 6 years and read with the grade 1s"], prec="year", section="volunteer", etype="volunteer"),
            E("Receptionist", "Harbourview Dental", "Charlottesbay", "2001-01", "2008-12", "facing", "in_person_service", [], prec="year"),
        ]),
        ("list", "Education", ["Office Administration diploma, Holland Point College, 2000"]),
    ]))

R.append(dict(
    id="w026", eng="fpdf", layout="centred", order="title_org", dates=("mon", "Present", " – "), bullet="›",
    family="Welsh 17-year-old, café waitress, care-home work experience, Young Farmers show steward, family shop helper with paper deliveries; fpdf2 centred header",
    name="Megan Pritchard", contact=["Pontycwm, Powys", "07412 555 806", "megan.pritchard@mailbox.cymru"],
    profile="Sixth-form student, bilingual Welsh and English, looking for more weekend hours in a café, shop or tourist attraction.",
    profile_head="Personal Profile",
    blocks=[
        ("exp", "Work Experience", [
            E("Waitress (weekends)", "Caffi'r Bont", "Pontycwm", "2025-08", "present", "facing", "in_person_service",
              ["Taking orders, serving tables and the coffee machine", "Cashing up on Sundays"]),
            E("Work Experience", "Pontycwm Care Home", None, "2025-06", "2025-06", "facing", "healthcare_care",
              ["Sat with residents at lunch and helped the activities coordinator with bingo and the sing-along"], etype="internship"),
            E("Shop Helper", "Siop y Gornel (family shop)", "Pontycwm", "2021-01", "2025-12", "facing", "in_person_service",
              ["Stacking shelves and doing the paper deliveries around the village before school"], prec="year", etype="unknown"),
        ]),
        ("exp", "Clubs", [
            E("Show Steward", "Pontycwm Young Farmers Club", None, "2022-01", "present", "facing", "volunteering",
              ["Stewarding the car park and the produce tent at the summer show"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Ysgol Uwchradd Pontycwm – A-levels in Welsh, Biology, Business (2027)", "GCSE: 9 A*–C"]),
        ("list", "Skills", ["Fluent Welsh and English", "Food Hygiene Level 2", "Cash handling"]),
    ]))

R.append(dict(
    id="w027", eng="docx", layout="table", order="title_org", dates=("mon", "Current", " – "),
    family="Australian retired nurse aged 64 returning part-time; 38 years at one hospital in two roles, casual immunisation clinic, op shop, undated farm work; Word with a borderless table per job",
    name="Lorraine Whitfield", contact=["Wattle Gully VIC 3xxx", "0419 555 733", "lorraine.whitfield@mailbox.com.au"],
    profile="Retired registered nurse (38 years) seeking a part-time medical reception or pharmacy assistant role. Warm, calm and very used to people who are worried or unwell.",
    profile_head="Career Objective",
    blocks=[
        ("exp", "Employment", [
            E("Immunisation Nurse (casual)", "Wattle Gully Shire Council", None, "2024-04", "2024-06", "facing", "healthcare_care",
              ["Flu vaccination clinics at the town hall and aged care homes"]),
            E("Clinical Nurse Educator", "Wattle Gully District Hospital", None, "2015-01", "2022-12", "facing", "education",
              ["Ran orientation and annual competencies for ward nurses", "Supported graduate nurses on the floor"], prec="year"),
            E("Registered Nurse (Div 1)", "Wattle Gully District Hospital", None, "1984-01", "2014-12", "facing", "healthcare_care",
              ["Medical/surgical ward and later the urgent care centre", "Nurse in charge on nights 1996–2008"], prec="year"),
            E("Farmhand and bookkeeper", "Whitfield Merinos", "Wattle Gully", None, None, "none", None,
              ["Lambing, crutching and the farm books alongside nursing"], prec=None),
        ]),
        ("exp", "Volunteering", [
            E("Op Shop Volunteer", "Wattle Gully Uniting Op Shop", None, "2023-01", "present", "facing", "volunteering",
              ["Two mornings a week on the counter and sorting donations"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Registration", ["AHPRA registration – non-practising since 2023", "Current First Aid and CPR"]),
    ]))

R.append(dict(
    id="w028", eng="txt", layout="caps", order="title_org", dates=("mon", "Present", " - "), datepos="below", bullet="•",
    family="US 18-year-old, chicken restaurant team member, city summer youth job, varsity equipment manager, church youth usher; plain text with caps headings and dates below",
    name="DeShawn Whitaker", contact=["Gainesborough, GA 30xxx", "(470) 555-0113", "deshawn.whitaker@mailbox.com"],
    profile="Hardworking senior with a year of fast-food experience looking for a part-time customer service job with room to grow.",
    profile_head="Objective",
    blocks=[
        ("exp", "Work Experience", [
            E("Team Member", "Cluckers Chicken", "Gainesborough, GA", "2025-06", "present", "facing", "in_person_service",
              ["Drive-thru headset and front register, lunch and dinner rush", "Fryer and breading station when we are short"]),
            E("Summer Youth Worker", "City of Gainesborough Parks & Recreation", None, "2024-06", "2024-08", "facing", "other_facing",
              ["Picked up litter and painted picnic shelters", "Worked the splash pad gate checking passes and keeping count"],
              dt="Summer 2024"),
        ]),
        ("exp", "School & Church", [
            E("Equipment Manager, Varsity Football", "Gainesborough High School Athletics", None, "2023-01", "2025-12", "none", None,
              ["Laundry, water, setting up the field and loading the bus for away games"], prec="year", section="other", etype="volunteer"),
            E("Youth Usher", "Greater Mt. Olive Baptist Church", None, "2021-01", "present", "facing", "volunteering",
              ["Greet and seat people on first and third Sundays"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Gainesborough High School - Diploma expected May 2027"]),
        ("list", "Skills", ["POS systems", "Food safety", "Works well under pressure"]),
    ]))

R.append(dict(
    id="w029", eng="docx", layout="styles", order="dash", dates=("mon", "Present", " – "), bullet="•",
    family="Scottish 16-year-old, golf caddie for visitors, tattie picking, paper round (title only), Highland games volunteer, hotel kitchen work placement; Word heading styles, 'Title – Employer' lines",
    name="Rory Balfour", contact=["Kinlochbrae, Argyll", "07566 555 421", "rory.balfour@mailbox.scot"],
    profile="S5 pupil looking for a part-time job at weekends and over the summer. I'm outdoors a lot, I'm reliable and I'm good at talking to visitors.",
    blocks=[
        ("exp", "Jobs", [
            E("Caddie", "Kinlochbrae Golf Club", None, "2025-05", "2025-09", "facing", "other_facing",
              ["Caddied for visiting golfers (mostly Americans) on the championship course", "Raked bunkers and replaced divots"],
              dt="May – Sept 2025"),
            E("Tattie Picker", "Mains of Auchterbrae Farm", None, "2024-10", "2024-10", "none", None, [], dt="Oct 2024 (tattie holidays)"),
            E("Paper Boy", "Kinlochbrae News", None, "2023-01", "2025-12", "affecting", None, [], prec="year"),
            E("S4 Work Placement", "Glenbrae Hotel", None, "2024-11", "2024-11", "affecting", None,
              ["A week in the kitchen: veg prep, pot wash and helping with breakfasts"], etype="internship"),
        ]),
        ("exp", "Volunteering", [
            E("Volunteer", "Kinlochbrae Highland Games", None, "2025-08", "2025-08", "facing", "volunteering",
              ["Selling raffle tickets at the gate and running the tug-o-war sign-up"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Kinlochbrae High School – National 5s (2025): 7 passes; Highers in progress"]),
    ]))

R.append(dict(
    id="w030", eng="docx", layout="header", order="org_title", dates=("mon", "to date", " to "),
    family="English returner aged 59 after ten years caring for her mother; family bakery deputy manager, two undated early jobs, foodbank welcome table; Word, contact in page header, employer first",
    name="Patricia (Trish) Dunmore", contact=["Calderford, West Yorkshire", "07843 555 102", "trish.dunmore@mailbox.co.uk"],
    profile="I spent twenty years behind the counter at Whitlow's, then ten years looking after Mum. Since she passed I've been volunteering at the foodbank and I'm now looking for part-time paid work with customers.",
    profile_head="About me",
    blocks=[
        ("exp", "Work History", [
            E("Welcome Team Volunteer", "Calderford Foodbank", None, "2026-02", "present", "facing", "volunteering",
              ["On the welcome table: book people in, make them a cuppa and signpost them to the debt advice desk"],
              section="volunteer", etype="volunteer"),
            E("Full-time carer (family)", None, None, "2015-10", "2026-01", "none", None, [], etype="unknown"),
            E("Deputy Manager", "Whitlow's Bakery", "Calderford", "1995-04", "2015-09", "facing", "in_person_service",
              ["Counter, wedding and birthday cake orders, and the Saturday girls' rota",
               "Cashed up and banked the takings; opened up at 6"]),
        ]),
        ("exp", "Before 1995", [
            E("Shop Assistant", "Fenwick & Hale Drapers", "Calderford", None, None, "facing", "in_person_service", [], prec=None),
            E("Sewing Machinist", "Calder Mills", "Calderford", None, None, "none", None, [], prec=None),
        ]),
        ("list", "Certificates", ["Food Hygiene Level 2 (2026)", "Mental Health First Aid (foodbank training, 2026)"]),
    ]))
