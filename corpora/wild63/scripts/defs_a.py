from lib import E

R = []

R.append(dict(
    file="w001", ext="pdf", r="rl", layout="plain", hdr="title_org", style="month", present="Present",
    family="UK gym instructor turned personal trainer, Word-to-PDF single column, title line with right-aligned dates",
    name="Callum Ashworth", contact=["Harrowgate Vale", "07700 914 362", "callum.ashworth@mailbox.co.uk"],
    summary_h="About me",
    summary="Level 3 personal trainer with six years on the gym floor. I like working with people who have never "
            "set foot in a gym before and I am looking for a full-time role with a leisure trust.",
    sections=[("Employment", [
        E("Personal Trainer", "Forge & Flow Fitness", "Harrowgate Vale", "2023-03", "present", "facing",
          "entrepreneurial_freelance", et="freelance", bullets=[
            "Rent a PT slot at the gym and run my own client list (currently 22 regulars, mostly 40+)",
            "Do my own marketing - Instagram, leaflet drops, free taster sessions on Saturdays",
            "Initial consultations, PAR-Q and posture screening before writing any programme",
            "Handle all bookings, block payments and invoicing myself"]),
        E("Gym Instructor", "Vale Leisure Trust", "Kestrel Park Leisure Centre", "2020-06", "2023-02", "facing",
          "in_person_service", bullets=[
            "Gym inductions for new members, up to 8 a day in January",
            "Walked the floor, corrected technique and kept an eye on the free-weights area",
            "Taught Circuits and Spin (covering for class instructors)",
            "Daily equipment checks and wipe-downs, reported faults on the maintenance log"]),
        E("Leisure Assistant (Casual)", "Brookfold Sports Centre", "Brookfold", "2018-09", "2020-05", "facing",
          "other_facing", bullets=[
            "Poolside lifeguard on the public and lane-swim sessions",
            "Set up the sports hall for badminton, 5-a-side and kids' parties",
            "Helped on reception when it got busy"]),
        E("Kitchen Assistant", "The Mill House", "Brookfold", "2016-07", "2018-08", "affecting", bullets=[
            "Prep, washing up and keeping the kitchen clean for a 60-cover pub restaurant"]),
    ])],
    post=[("Qualifications", ["Level 3 Certificate in Personal Training (2020)", "Level 2 Gym Instructor (2019)",
                              "NPLQ - National Pool Lifeguard Qualification (renewed 2025)", "First Aid at Work"]),
          ("Interests", ["Powerlifting (compete at regional level), fell running, cooking"])],
))

R.append(dict(
    file="w002", ext="docx", r="docx", layout="styles", hdr="title_org", style="month", present="Present",
    family="Irish swim teacher and lifeguard, Word heading styles with list bullets, right tab-stop dates",
    name="Aoife Brennan", contact=["Carrowmore", "087 123 4491", "aoife.brennan@mailbox.ie"],
    sections=[("Work Experience", [
        E("Swim Teacher", "Aquaflow Swim School", "Carrowmore", "2021-09", "present", "facing", "education", bullets=[
            "Teach Stages 1 to 6 to children aged 4-12, groups of up to eight, plus a few adult beginners",
            "Assess children at the end of each term and write the progress cards",
            "Have a quick word with parents after lessons - lots of nervous swimmers and nervous parents!"]),
        E("Lifeguard", "Carrowmore Leisure Centre", "Carrowmore", "2019-06", "2021-08", "facing", "other_facing",
          bullets=["Supervised public swims, aqua aerobics and school sessions",
                   "Dealt with two rescues and several minor first-aid incidents",
                   "Enforced pool rules, politely (mostly)"]),
        E("Pool Plant Assistant (weekends)", "Carrowmore Leisure Centre", "Carrowmore", "2020-03", "2021-08",
          "affecting", bullets=[
            "Water tests before opening and every two hours, logged chlorine and pH readings",
            "Backwashed filters and topped up chemical dosing under the duty manager's supervision"]),
        E("Volunteer Coach", "Carrowmore Dolphins Swimming Club", "Carrowmore", "2017-01", "present", "facing",
          "volunteering", prec="year", section="volunteer", et="volunteer", bullets=[
            "Poolside coach for the Tuesday development squad",
            "Help out at galas as a timekeeper"]),
    ])],
    post=[("Education & Qualifications", [
        "Swim Ireland Level 1 Teacher; Pool Lifeguard (renewed 2025)",
        "Leaving Certificate, Scoil Mhuire, Carrowmore (2019)",
        "Currently studying Sport & Exercise (part-time), Carrowmore Institute"]),
        ("Referees", ["Available on request"])],
))

R.append(dict(
    file="w003", ext="txt", r="txt", hdr="dash", style="mon", present="Current", sep=" to ", th="caps",
    bc="*", txtgap="  |  ", dash=" - ",
    family="Australian surf and snow seasonal worker pasted as plain text, 'Title - Employer, Town' then 'Mon YYYY to Current'",
    name="Jett Moloney", contact=["Wattle Heads NSW 2480 | 0412 553 019", "jettmoloney@mailbox.com.au"],
    summary_h="Summary",
    summary="Surfing since I was 6, working the seasons between the coast and the snow. Bronze Medallion, "
            "Surf Coach Level 1, Snowsports Level 1, first aid current.",
    sections=[("Work History", [
        E("Surf Instructor", "Breakline Surf School", "Wattle Heads NSW", "2023-12", "present", "facing", "education",
          bullets=["Group and private lessons for beginners, kids school holiday programs",
                   "Pick the safe spot for the day, set up the flags, water safety for the group",
                   "Board and wetsuit hire and drop-off at the van"]),
        E("Ski Instructor", "Mt Corrin Snowsports", "Falls Crossing VIC", "2025-06", "2025-09", "facing", "education",
          bullets=["Mostly first-timers and kids' ski school, some intermediate privates"]),
        E("Lift Operator", "Mt Corrin Snowsports", "Falls Crossing VIC", "2024-06", "2024-09", "facing",
          "in_person_service", bullets=[
            "Loaded chairs, helped kids and beginners on and off, checked passes",
            "Shovelled ramps and mazes first thing"]),
        E("Beach Lifeguard (casual)", "Wattle Shire Council", "Wattle Heads NSW", "2022-11", "2023-04", "facing",
          "other_facing", bullets=["Patrolled two council beaches over summer, preventative actions, a few rescues"]),
        E("Barista", "Saltbush Cafe", "Wattle Heads NSW", "2021-03", "2022-10", "facing", "in_person_service"),
    ])],
    post=[("Tickets", ["Bronze Medallion", "HLTAID011 Provide First Aid", "Working With Children Check",
                       "Surfing Australia Level 1 Coach"]),
          ("References", ["On request"])],
))

R.append(dict(
    file="w004", ext="pdf", r="fpdf", layout="left", hdr="title_org", style="mm/yyyy", present="Present",
    family="US youth sports coordinator, fpdf2 left-aligned header, title line with right dates, mm/yyyy",
    name="Marisol Dean", contact=["Millbrook, OR 97390", "(541) 555-0173", "marisol.dean@mailbox.com"],
    summary_h="Professional Summary",
    summary="Recreation professional with eight years in city youth sports. I run leagues end to end - registration, "
            "volunteer coaches, fields, referees - and keep parents informed along the way.",
    sections=[("Professional Experience", [
        E("Youth Sports Coordinator", "City of Millbrook Parks & Recreation", "Millbrook, OR", "2022-08", "present",
          "facing", "other_facing", bullets=[
            "Coordinate flag football, youth basketball and spring soccer for 900+ kids each year",
            "Recruit, background-check and train around 80 volunteer coaches per season",
            "Work the Saturday site: field assignments, weather calls and parent questions on the sideline",
            "Answer registration and refund questions from parents by phone and email"]),
        E("Assistant Coach, Girls' Soccer", "Cedar Ridge High School", "Millbrook, OR", "2019-01", "2022-12", "facing",
          "education", prec="year", bullets=[
            "Ran practice for the JV squad and scouted opponents",
            "Kept eligibility and grade checks up to date with the athletic director"]),
        E("Recreation Aide", "Millbrook Community Center", "Millbrook, OR", "2018-06", "2022-07", "facing",
          "in_person_service", bullets=[
            "Front desk check-in, day passes and facility rental payments",
            "Supervised open gym and the teen room in the evenings"]),
        E("Data Entry Clerk (Temp)", "Harlan Mutual Insurance", "Salem, OR", "2017-03", "2018-05", "none",
          bullets=["Keyed claim forms into the policy system through Pacifica Staffing"]),
    ])],
    post=[("Education", ["B.S. Recreation Management, Willamette Valley State University, 2017"]),
          ("Certifications", ["CPR/AED/First Aid (American Red Cross)", "Certified Youth Sports Administrator",
                              "Spanish - conversational"])],
))

R.append(dict(
    file="w005", ext="docx", r="docx", layout="tabs", hdr="title_org", style="mon", present="Present",
    family="UK deputy head greenkeeper, Word tab-stop dates, bold caps headings, season and year-only dates",
    name="Gareth Pryce", contact=["14 Tanners Row, Ashcombe", "07811 402 775", "g.pryce@mailbox.co.uk"],
    summary_h="Personal Statement",
    summary="Greenkeeper with twelve years on links and parkland turf. Hands-on with the machinery and the "
            "agronomy side; I also run the team on the days the head greenkeeper is off.",
    sections=[("Career History", [
        E("Deputy Head Greenkeeper", "Ashcombe Golf Club", "Ashcombe", "2019-04", "present", "affecting", bullets=[
            "Day-to-day running of the 18-hole course with a team of four and two seasonal staff",
            "Greens: mowing heights, verti-draining, top dressing and overseeding programme",
            "Irrigation repairs and programming; spraying (PA1/PA6) to the agronomist's plan",
            "Write the weekly course condition notes that the office posts for members"]),
        E("Assistant Greenkeeper", "Ashcombe Golf Club", "Ashcombe", "2014-09", "2019-03", "affecting", bullets=[
            "Cut greens, tees and fairways; bunker raking and hole changing before first tee time",
            "Winter projects: drainage, bunker rebuilds, path edging"]),
        E("Groundsperson", "Lindmoor Borough Council", "Lindmoor", "2011-01", "2014-12", "none", prec="year",
          bullets=["Verge and roundabout grass cutting, hedge work, leaf clearance",
                   "Basic servicing of ride-on mowers at the depot"]),
        E("Seasonal Farm Worker", "Tillings Farm", "Lindmoor", "2010-06", "2010-08", "none", dtext="Summer 2010"),
    ])],
    post=[("Qualifications", ["NVQ Level 3 Sportsturf Management", "NVQ Level 2 Sportsturf", "PA1, PA6",
                              "Chainsaw CS30/31", "Full UK driving licence"])],
))

R.append(dict(
    file="w006", ext="md", r="md", mdjob="h3", hdr="title_org", style="mon", present="Present", sep=" – ",
    family="Canadian adventure guide and ski-shop technician in Markdown, h3 titles, employer line, italic dates",
    name="Liam Tremblay", contact=["Revel Creek, BC", "250-555-0148 · liam.tremblay@mailbox.ca"],
    sections=[("Experience", [
        E("Adventure Guide", "Timberjack Outdoor Adventures", "Revel Creek, BC", "2024-05", "present", "facing",
          "in_person_service", bullets=[
            "Guide zipline and via ferrata tours of up to 12 guests, from nervous 8-year-olds to corporate groups",
            "Deliver the safety briefing, fit harnesses and run gear checks before every tour",
            "Lower stuck guests and handle the odd panic attack at the top platform"]),
        E("Ski Tuning Technician", "Snowcrest Mountain Resort", "Revel Creek, BC", "2023-12", "2024-04", "affecting",
          bullets=["Back-shop tuning: base grinds, edges and hot wax, 40-60 pairs a day from the service tickets",
                   "Mounted and bench-tested bindings for the rental fleet"]),
        E("Rental Technician", "Snowcrest Mountain Resort", "Revel Creek, BC", "2022-12", "2023-04", "facing",
          "in_person_service", bullets=[
            "Fitted boots and set DIN for rental customers at the counter",
            "Kept the rental line moving on powder days"]),
        E("Camp Counsellor", "Lake Wenloe Summer Camp", "Wenloe, ON", "2022-06", "2022-08", "facing", "education",
          dtext="Summer 2022", bullets=["Cabin leader for ten 11-year-olds, taught canoeing and archery"]),
        E("Dishwasher", "Pinecone Lodge", "Revel Creek, BC", "2021-09", "2022-05", "affecting"),
    ])],
    post=[("Certifications", ["Wilderness First Responder (80 h)", "CSIA Level 1 (in progress)",
                              "Paddle Canada Lake Canoe Skills"])],
))

R.append(dict(
    file="w007", ext="pdf", r="rl", layout="sidebar", hdr="org_title", style="month", present="Present",
    font="dejavu", bc="▪",
    family="South African event safety supervisor, reportlab shaded sidebar, employer line then title, year-only older dates",
    name="Sipho Mthembu", contact=["Kwelera Bay, Eastern Cape", "072 551 8830", "sipho.mthembu@mailbox.co.za",
                                   "Own transport, Code 10 licence"],
    side=[("Skills", ["Crowd management", "Radio procedure", "Conflict resolution", "Incident reporting",
                      "First aid Level 2"]),
          ("Languages", ["isiXhosa (home)", "English", "Afrikaans (basic)"]),
          ("Registration", ["PSIRA Grade C"])],
    sections=[("Work Experience", [
        E("Event Safety Supervisor", "Ubuntu Event Services", "Kwelera Bay", "2022-01", "present", "facing",
          "other_facing", bullets=[
            "Brief and deploy teams of up to 25 stewards for league matches and concerts at the municipal stadium",
            "First point of contact for spectator complaints, lost children and ejections in my sector",
            "Complete incident reports and attend the post-event debrief with the venue safety officer"]),
        E("Steward", "Ubuntu Event Services", "Kwelera Bay", "2019-03", "2021-12", "facing", "other_facing", bullets=[
            "Scanned tickets at the turnstiles and searched bags",
            "Directed spectators to seats and exits, helped with evacuation drills"]),
        E("Security Officer", "Khaya Guarding", "East London", "2016-01", "2019-12", "none", prec="year", bullets=[
            "Night patrols at a logistics warehouse, gate register and alarm checks"]),
    ]), ("Community", [
        E("Parkrun Marshal", "Kwelera Bay Parkrun", "Kwelera Bay", "2020-01", "present", "facing", "volunteering",
          prec="year", section="volunteer", et="volunteer",
          bullets=["Marshal on Saturday mornings, cheer runners on and keep the path clear"]),
    ])],
    post=[("Education", ["Matric (NSC), Kwelera Bay High School, 2015"]), ("References", ["Available on request"])],
))

R.append(dict(
    file="w008", ext="docx", r="docx", layout="table", hdr="title_org", style="mon'yy", present="Till date",
    family="Indian physiotherapy assistant CV, Word borderless table per job (role left, dates right), abbreviated years",
    name="Priya Deshmukh", contact=["Navalpur, Maharashtra", "+91 98220 41735", "priya.deshmukh@mailbox.in"],
    summary_h="Career Objective",
    summary="To work as a sports rehabilitation assistant in a reputed clinic or team set-up where I can use my "
            "hands-on skills in exercise therapy and sports massage and grow professionally.",
    pre=[("Educational Qualification", [
        "Diploma in Physiotherapy Assistance, Navalpur Paramedical Institute, 2021 (First Class)",
        "Certificate in Sports Massage, 2020", "HSC (Science), 2018"])],
    sections=[("Professional Experience", [
        E("Physiotherapy Assistant", "Arogya Sports Rehab Centre", "Navalpur", "2022-08", "present", "facing",
          "healthcare_care", bullets=[
            "Assisting the physiotherapist with patients recovering from ACL and shoulder injuries",
            "Taking patients through their exercise protocol, applying hot/cold packs and TENS as prescribed",
            "Maintaining treatment records and daily appointment sheet"]),
        E("Sports Massage Therapist (Part-time)", "Evergreen Cricket Academy", "Navalpur", "2021-04", "2022-07",
          "facing", "healthcare_care", bullets=[
            "Pre- and post-match massage and stretching for U-16 and U-19 players",
            "Taping ankles and wrists on match days"]),
        E("Clinical Intern", "Sushrut Hospital, Physiotherapy Department", "Navalpur", "2021-01", "2021-06", "facing",
          "healthcare_care", et="internship", bullets=[
            "Observed and assisted in OPD and ward physiotherapy for orthopaedic and neuro patients"]),
        E("Front Office Executive", "FitZone Gym", "Navalpur", "2019-06", "2020-12", "facing", "in_person_service",
          bullets=["Handled walk-in enquiries, membership renewals and fee receipts"]),
    ])],
    post=[("Personal Details", ["Date of Birth: 14/03/2000", "Languages: Marathi, Hindi, English"]),
          ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge."])],
))

R.append(dict(
    file="w009", ext="html", r="html", hdr="title_org", style="month", present="Present",
    family="US fitness-centre member services rep, HTML résumé saved from a site builder, floated dates",
    name="Tanisha Brooks", contact=["Ashford, WI", "(920) 555-0162", "tanisha.brooks@mailbox.com"],
    summary_h="Summary",
    summary="Friendly, organized member services rep who knows the member's name before they reach the desk.",
    sections=[("Work Experience", [
        E("Member Services Representative", "Riverbend Family Fitness Center", "Ashford, WI", "2023-10", "present",
          "facing", "in_person_service", bullets=[
            "Check in 600+ members a day, sell day passes and sign up new members",
            "Sort out billing questions, freezes and cancellations in person and over the phone",
            "Book courts, pool lanes and birthday parties"]),
        E("Membership Sales Advisor", "PowerHouse 24 Fitness", "Green Falls, WI", "2022-02", "2023-09", "facing",
          "sales_account", bullets=[
            "Gave facility tours to walk-ins and web leads, closed 30-40 memberships a month",
            "Followed up on cold leads by text and phone; hit 115% of quota in Q2 2023"]),
        E("Kids' Club Attendant", "Riverbend Family Fitness Center", "Ashford, WI", "2021-05", "2022-01", "facing",
          "education", bullets=["Supervised children aged 6 months to 10 years while parents worked out",
                                "Planned crafts and games, kept the sign-in/sign-out log"]),
        E("Cashier", "Gordy's Grocery", "Ashford, WI", "2019-06", "2021-04", "facing", "in_person_service"),
    ])],
    post=[("Education", ["Ashford High School, Diploma, 2019"]),
          ("Skills", ["ABC Ignite & Club OS", "Cash handling", "CPR/AED certified", "Bilingual English/Spanish"])],
))

R.append(dict(
    file="w010", ext="pdf", r="fpdf", layout="centred", hdr="title_org", style="mon", present="present",
    sep=" - ", bc="–",
    family="UK sports development officer, fpdf2 centred header, title line with right-aligned dates, research job during degree",
    name="Dr Hannah Okafor", contact=["Harbury", "07946 331 208", "hannah.okafor@mailbox.co.uk"],
    summary_h="Profile",
    summary="Sports development officer with a background in community coaching. I link the council's physical "
            "activity plan to what actually happens in clubs, schools and parks.",
    sections=[("Employment History", [
        E("Sports Development Officer", "Harbury District Council", "Harbury", "2021-06", "present", "facing",
          "other_facing", bullets=[
            "Lead on club development for 34 affiliated clubs: safeguarding, coaching workforce and funding",
            "Run monthly drop-in surgeries where club volunteers bring me their funding bids and constitutions",
            "Wrote bids that brought in £140k for inclusive cycling and walking netball",
            "Monitoring and evaluation returns to funders; quarterly reports to the portfolio holder"]),
        E("Community Sports Coach", "Harbury Sports Trust", "Harbury", "2017-09", "2021-05", "facing", "education",
          bullets=["Delivered after-school multi-skills in 12 primary schools",
                   "Holiday camps for 5-11s and a Friday-night girls' football session"]),
        E("Research Assistant (part-time)", "Westmoor University, School of Sport", "Westmoor", "2016-10", "2017-06",
          "none", section="other", bullets=[
            "Coded accelerometer data and ran statistics for a study on children's activity levels"]),
    ]), ("Voluntary", [
        E("U12 Girls' Coach", "Harbury Rovers FC", "Harbury", "2015-01", "present", "facing", "volunteering",
          prec="year", section="volunteer", et="volunteer", bullets=["Sunday league team, two training sessions a week"]),
    ])],
    post=[("Education", ["PhD Physical Activity & Health, Westmoor University (2020)",
                         "BSc Sport Development with Coaching, Westmoor University (2016)"]),
          ("Coaching", ["UEFA C Licence", "Safeguarding Children (2025)"])],
))

R.append(dict(
    file="w011", ext="docx", r="docx", layout="header", hdr="org_title", style="month", present="Current",
    family="Australian allied health assistant and Pilates instructor, name and contact in Word page header, employer first",
    name="Chloe Nguyen", contact=["Merrin Bay QLD 4558", "0433 218 904  |  chloe.nguyen@mailbox.com.au"],
    summary_h="Career Objective",
    summary="Allied health assistant (Cert IV) wanting to move into a full-time AHA role in sports rehabilitation.",
    sections=[("Employment", [
        E("Allied Health Assistant", "Coastline Sports Physio", "Merrin Bay QLD", "2023-02", "present", "facing",
          "healthcare_care", bullets=[
            "Run hydrotherapy and gym rehab sessions for clients under the treating physio's programme",
            "Progress and regress exercises within set limits and feed back to the physio",
            "Set up and clean the gym and pool area, restock consumables"]),
        E("Reformer Pilates Instructor (casual)", "CoreHouse Studio", "Merrin Bay QLD", "2022-07", "present", "facing",
          "in_person_service", bullets=["Teach 6-8 classes a week of up to 10 people, beginners through advanced"]),
        E("Clinic Receptionist", "Coastline Sports Physio", "Merrin Bay QLD", "2021-03", "2023-01", "facing",
          "in_person_service", bullets=[
            "Front desk for a five-physio practice: bookings, HICAPS and Medicare claims, patient questions",
            "Chased unpaid invoices and WorkCover paperwork"]),
        E("Warehouse Assistant", "Bluegum Supplements", "Nambara QLD", "2019-11", "2021-02", "affecting",
          bullets=["Picked and packed online orders, about 200 a day", "Stocktakes and returns processing"]),
    ])],
    post=[("Qualifications", ["Certificate IV in Allied Health Assistance (2022)",
                              "Diploma of Reformer Pilates (2022)", "First Aid & CPR current",
                              "NDIS Worker Screening Check"]),
          ("Referees", ["Available upon request"])],
))

R.append(dict(
    file="w012", ext="txt", r="txt", hdr="labelled", style="mon", present="Till Date", sep=" - ", th="underline",
    bc="=>", blank_before_job=True, lab_org="Organisation",
    family="Indian gym trainer CV pasted as text, 'Organisation : / Designation : / Duration :' blocks, Gulf job, 'Till Date'",
    name="Rohit Kumar Yadav", contact=["Mobile : +91 99871 20344", "Email : rohitkyadav@mailbox.in",
                                      "Address : H.No 12, Sector 4, Kalyanpur"],
    summary_h="Career Objective",
    summary="Seeking a challenging position as Fitness Trainer in a reputed organisation where I can utilise my "
            "knowledge and skills for the growth of the organisation.",
    pre=[("Academic Qualification", ["B.A. (Physical Education), Kalyanpur University, 2016",
                                     "Certified Personal Trainer, 2017"])],
    sections=[("Work Experience", [
        E("Senior Fitness Trainer", "Muscle Hub Gym", "Kalyanpur", "2023-01", "present", "facing",
          "in_person_service", bullets=[
            "Giving personal training and diet charts to members",
            "Supervising 4 trainers on gym floor in evening shift",
            "Conducting body composition analysis for new joiners"]),
        E("Fitness Trainer", "Al Noor Sports Club", "Al Raqah, UAE", "2021-01", "2022-11", "facing",
          "in_person_service", bullets=[
            "Handled members of 12 nationalities, floor training and group HIIT classes",
            "Maintained trainer session records and equipment cleanliness"]),
        E("Online Fitness Coach (Freelance)", None, None, "2020-04", "2020-12", "facing", "digital_service",
          et="freelance", bullets=[
            "During lockdown, trained clients live on video calls and sent weekly plans on WhatsApp"]),
        E("Trainee Instructor", "Muscle Hub Gym", "Kalyanpur", "2018-06", "2019-02", "facing", "in_person_service",
          et="internship", bullets=["Assisted senior trainers in inductions and spotting members"]),
        E("Sales Executive", "Sharma Sports", "Kalyanpur", "2016-07", "2018-05", "facing", "in_person_service",
          bullets=["Selling sports goods and fitness equipment to walk-in customers"]),
    ])],
    post=[("Personal Profile", ["Father's Name : Sh. Ram Kumar Yadav", "Date of Birth : 02-08-1995",
                                "Marital Status : Married", "Languages Known : Hindi, English, basic Arabic"]),
          ("Declaration", ["I hereby declare that all the information given above is true.",
                           "Place : Kalyanpur                       (ROHIT KUMAR YADAV)"])],
))

R.append(dict(
    file="w013", ext="pdf", r="rl", layout="twocol", hdr="title_org", style="mon", present="Present",
    footer="Ryan Kowalczyk  ·  page {n} of 2", font="dejavu", fs=10.5, break_before="Certifications",
    family="Canadian aquatics supervisor, 2-page reportlab résumé with two-column header and page footer",
    name="Ryan Kowalczyk", contact=["Brantley, ON  N3T 2K9", "519-555-0190", "ryan.kowalczyk@mailbox.ca"],
    summary_h="Profile",
    summary="Aquatics supervisor with 17 years in municipal pools, from teaching Swim Kids to running a 50 m "
            "facility with 40 part-time staff. Strong on staff training, scheduling and the paperwork nobody "
            "else wants to do, and I still like being on deck.",
    sections=[("Experience", [
        E("Aquatics Supervisor", "City of Brantley - Riverside Aquatic Centre", "Brantley, ON", "2018-03", "present",
          "facing", "other_facing", bullets=[
            "Schedule and supervise 40+ lifeguards and instructors across public swims, lessons and rentals",
            "Plan monthly in-service training and run lifeguard audits",
            "Resolve patron complaints on deck and by phone, from lane etiquette to lesson placements",
            "Review incident reports and liaise with risk management after serious occurrences",
            "Built the lesson registration calendar and the winter rental schedule"]),
        E("Head Lifeguard", "City of Brantley", "Brantley, ON", "2013-06", "2018-02", "facing", "other_facing",
          bullets=["Ran the deck on shift: rotations, breaks, emergency response lead",
                   "Taught Bronze Cross and NL recertification courses",
                   "Daily pool tests and opening/closing checklists"]),
        E("Swim Instructor & Lifeguard (part-time)", "Northdale Community Y", "Northdale, ON", "2009-09", "2013-05",
          "facing", "education", bullets=["Taught preschool and Swim Kids levels 1-10, private adult lessons"]),
        E("Customer Service Representative", "Northway Mobile", "Brantley, ON", "2008-02", "2009-08", "facing",
          "contact_center", bullets=["Inbound billing and plan-change calls, 70-80 a shift"]),
    ]), ("Volunteer", [
        E("Volunteer Coach", "Brantley Adapted Aquatics Club", "Brantley, ON", "2015-01", "2020-12", "facing",
          "volunteering", prec="year", section="volunteer", et="volunteer",
          bullets=["Coached swimmers with intellectual disabilities for provincial games"]),
    ])],
    post=[("Certifications", ["National Lifeguard - Pool (Examiner)", "Lifesaving Instructor Trainer",
                              "Swim Instructor", "Standard First Aid Instructor", "Pool Operator Level 2",
                              "WHMIS 2015"]),
          ("Education", ["Recreation and Leisure Services Diploma, Fanshore College, 2009"]),
          ("Interests", ["Masters swimming, canoe tripping, coaching my daughter's soccer team"])],
))

R.append(dict(
    file="w014", ext="docx", r="docx", layout="sidebar", hdr="title_org", style="month", present="Present",
    family="Kenyan outdoor activities instructor, Word two-column layout table with shaded sidebar, undated volunteer role",
    name="Brian Otieno Wekesa", contact=["P.O. Box 1182, Kiriswa", "+254 712 448 091", "brian.wekesa@mailbox.co.ke"],
    side=[("Skills", ["Rock climbing & abseiling", "Kayak instruction", "Risk assessment", "Group management",
                      "Wilderness first aid"]),
          ("Languages", ["English", "Kiswahili", "Dholuo"]),
          ("Referees", ["Mr. J. Kamau, Centre Manager", "Ms. A. Chebet, Head of Outdoor Ed."])],
    sections=[("Work Experience", [
        E("Outdoor Activities Instructor", "Mlima Adventure Centre", "Kiriswa", "2022-01", "present", "facing",
          "education", bullets=[
            "Lead school groups (Grade 6 to Form 4) on rock climbing, kayaking and night hikes",
            "Write and review risk assessments for each activity and site",
            "Brief teachers on the programme and report any incidents to them the same day"]),
        E("Climbing Wall Supervisor", "Summit Walls", "Kijani City", "2020-02", "2021-12", "facing",
          "in_person_service", bullets=[
            "Inducted walk-in customers, checked belay competence and ran kids' birthday climbs",
            "Set new routes every fortnight"]),
        E("Trek Assistant", "Kilele Treks", "Kiriswa", "2018-01", "2019-12", "affecting", prec="year", bullets=[
            "Carried loads, pitched tents and prepared camp ahead of the tourist groups",
            "Helped the cook and packed down in the morning"]),
    ]), ("Volunteering", [
        E("Assistant Scout Leader", "7th Kiriswa Scout Group", "Kiriswa", None, None, "facing", "volunteering",
          section="volunteer", et="volunteer",
          bullets=["Weekend camps and badge work with a troop of 30 scouts"]),
    ])],
    post=[("Education & Training", ["Diploma in Tourism Management, Kiriswa Technical Institute (2017)",
                                    "Single Pitch Award equivalent (national climbing body), 2021",
                                    "Wilderness First Aid, 2024"])],
))

R.append(dict(
    file="w015", ext="md", r="md", mdjob="bold", hdr="dash", style="mon", present="present", sep=" to ",
    family="UK army PTI turned self-employed PT in Markdown, bold 'Title – Employer, Town' lines, career break listed",
    name="Daniel 'Danny' Fairclough", contact=["Catterby, North Yorkshire", "07723 005 614",
                                             "danny.fairclough@mailbox.co.uk"],
    summary_h="Profile",
    summary="Ten years as an Army Physical Training Instructor, now running my own small-group and PT business. "
            "Looking for a head coach or fitness manager role with a gym that takes coaching seriously.",
    sections=[("Experience", [
        E("Personal Trainer & Small Group Coach", "Self-employed", "Catterby", "2024-03", "present", "facing",
          "entrepreneurial_freelance", et="freelance", bullets=[
            "Built the business from zero to 35 paying clients in 18 months",
            "Run outdoor bootcamps (3 a week) and 1:1 sessions from a rented unit",
            "Sort my own marketing, insurance, bookings and accounts"]),
        E("Career break (relocation and retraining)", None, None, "2023-06", "2024-02", "none", et="unknown"),
        E("Physical Training Instructor", "Fenwick Rifles (Regular Army)", None, "2013-09", "2023-05", "none",
          et="military", bullets=[
            "Planned and delivered PT for a battalion of 600 soldiers",
            "Ran fitness testing, remedial PT and the rehab pipeline with the unit physio",
            "Trained and mentored 12 junior PT instructors"]),
    ]), ("Volunteering", [
        E("Junior Rugby Coach", "Catterby RUFC", "Catterby", "2019-01", "present", "facing", "volunteering",
          prec="year", section="volunteer", et="volunteer", bullets=["U10s on Sunday mornings (RFU Level 2)"]),
    ])],
    post=[("Qualifications", ["Level 3 Personal Training, Level 4 Strength & Conditioning",
                              "Army Physical Training Instructor course (2013)", "Emergency First Aid at Work"])],
))
