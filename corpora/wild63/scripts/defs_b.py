from lib import E

R = []

R.append(dict(
    file="w016", ext="pdf", r="fpdf", layout="left", hdr="title_org", style="month", present="Present",
    footer="Siobhán Keane - CV - Page {n}", break_before="Volunteer Roles", fs=10.5,
    family="Irish rugby club administrator, 2-page fpdf2 CV with page footer, career break listed",
    name="Siobhán Keane", contact=["Ballinrue", "086 447 2219", "siobhan.keane@mailbox.ie"],
    summary_h="Personal Profile",
    summary="Experienced club administrator and former accounts assistant. I keep a busy amateur club running: "
            "membership, fixtures, bookings, the bar rota and the committee's paperwork. Organised, calm on a "
            "Saturday when three teams are at home and the pitch is waterlogged, and good with numbers.",
    sections=[("Employment", [
        E("Club Administrator", "Ballinrue Rugby Football Club", "Ballinrue", "2020-01", "present", "facing",
          "other_facing", bullets=[
            "Look after membership for 640 members: renewals, online registration, family memberships",
            "Answer members' and parents' queries by phone, email and at the clubhouse office",
            "Book pitches and changing rooms for visiting teams and schools",
            "Payroll for the part-time bar staff and cleaners; monthly figures for the treasurer",
            "Take minutes at committee meetings and keep the club's records in order"]),
        E("Bar Supervisor (part-time)", "Ballinrue Rugby Football Club", "Ballinrue", "2017-09", "2019-12", "facing",
          "in_person_service", bullets=["Ran the bar on match days and functions, cashing up and stock orders"]),
        E("Accounts Assistant", "Dunmara Hardware Ltd", "Dunmara", "2012-04", "2017-08", "none", bullets=[
            "Purchase ledger for 200+ suppliers, bank reconciliations and month-end accruals",
            "VAT returns prepared for the external accountant"]),
        E("Career Break - caring for a family member", None, None, "2010-06", "2012-03", "none", et="unknown"),
    ]), ("Volunteer Roles", [
        E("Club Lotto Co-ordinator", "Ballinrue Rugby Football Club", "Ballinrue", "2018-01", "present", "facing",
          "volunteering", prec="year", section="volunteer", et="volunteer", bullets=[
            "Sell lotto tickets in the clubhouse and at the local shops, run the Sunday night draw"]),
    ])],
    post=[("Education", ["Certificate in Bookkeeping (evening course), 2011",
                         "Leaving Certificate, 2006"]),
          ("Skills", ["ClubZap / online membership systems", "Sage 50, Excel", "Garda vetted"]),
          ("Interests", ["Walking, sea swimming, and I am a reluctant but loyal Munster fan"]),
          ("References", ["Mr Pat Hogan, Club Chairperson - details on request",
                          "Ms Nuala Reidy, Financial Controller, Dunmara Hardware Ltd"])],
))

R.append(dict(
    file="w017", ext="docx", r="docx", layout="styles", hdr="org_title", style="mon", present="Present",
    family="US golf club pro shop and outside services, Word heading styles, employer line with tab dates, season",
    name="Tyler McAllister", contact=["Pinegate, NC 28374", "(910) 555-0127", "tmcallister@mailbox.com"],
    sections=[("Work History", [
        E("Pro Shop Associate", "Heron Hollow Country Club", "Pinegate, NC", "2024-04", "present", "facing",
          "in_person_service", bullets=[
            "Take tee-time calls and check members and guests in on the POS",
            "Sell apparel and equipment, special orders for members",
            "Run the starter sheet on tournament mornings"]),
        E("Outside Services Attendant", "Heron Hollow Country Club", "Pinegate, NC", "2022-03", "2024-03", "facing",
          "in_person_service", bullets=[
            "Bag drop: greeted members at the car and loaded bags onto carts",
            "Cleaned clubs after rounds, staged carts, stocked range balls"]),
        E("Course Maintenance Crew", "Tall Pines Golf Links", "Southern Pines area, NC", "2021-06", "2021-08",
          "affecting", dtext="Summer 2021", bullets=["Raked bunkers, mowed rough and changed cups at 5 a.m."]),
        E("Caddie", "Tall Pines Golf Links", "Southern Pines area, NC", "2019-05", "2020-08", "facing",
          "in_person_service", et="freelance", bullets=["Independent contractor; looped 4-5 times a week in season"]),
    ])],
    post=[("Education", ["Sandhills Community College - Golf Management (in progress)", "Pinegate High School, 2019"]),
          ("Other", ["Handicap: 4", "Valid driver's license"])],
))

R.append(dict(
    file="w018", ext="html", r="html", hdr="pipe", style="MON", present="PRESENT",
    css="body{font-family:Arial,sans-serif;margin:30px}h1{color:#0b5}h2{background:#dfe;padding:3px}"
        ".d{font-weight:normal;margin-left:12px}",
    family="Philippine dive instructor, HTML résumé with pipe title/company/place lines and capitals dates",
    name="Mark Anthony D. Villaruel", contact=["Purok 3, Brgy. Sta. Lucia, Moalboro, Cebu", "0917 552 1043",
                                              "markvillaruel@mailbox.ph"],
    summary_h="Objective",
    summary="To be part of a dive operation where I can share my love of the ocean with guests and keep "
            "improving as an instructor.",
    sections=[("Work Experience", [
        E("Dive Instructor", "Bluecove Dive Resort", "Moalboro, Cebu", "2022-11", "present", "facing", "education",
          bullets=["Teach Open Water and Advanced courses to resort guests, mostly Korean and European",
                   "Guide fun dives and do the boat briefings",
                   "Check rental equipment and log tank fills"]),
        E("Divemaster", "Coralline Divers", "Puerto Alegre, Palawan", "2020-12", "2022-10", "facing",
          "in_person_service", bullets=["Led fun dives for certified divers, max 6 per group",
                                        "Prepared boat and gear, assisted instructors in confined water"]),
        E("Online English Tutor", None, None, "2020-04", "2020-11", "facing", "education", et="freelance",
          bullets=["Part-time online classes to Japanese students during the lockdown"]),
        E("Guest Activities Coordinator", "Casa Marisol Beach Resort", "Moalboro, Cebu", "2018-06", "2020-03",
          "facing", "in_person_service", bullets=[
            "Organized island hopping, kayak rental and evening activities for resort guests",
            "Handled guest bookings at the activities desk"]),
    ])],
    post=[("Education", ["Bachelor of Science in Tourism Management, Cebu Coastal State College, 2018"]),
          ("Certifications", ["Open Water Scuba Instructor (2022)", "Emergency First Response Instructor",
                              "Boat handling (basic)"]),
          ("Character References", ["Available upon request"])],
))

R.append(dict(
    file="w019", ext="pdf", r="rl", layout="plain", centre=False, page="letter", hdr="org_title", style="m/yyyy",
    present="Present", sep=" - ", bc="-",
    family="US strength coach, reportlab letter single column left header, employer line first, graduate assistantship",
    name="Jordan Whitfield, MS, CSCS", contact=["Westbury, KS", "785-555-0119", "jwhitfield@mailbox.com"],
    sections=[("Coaching Experience", [
        E("Assistant Strength & Conditioning Coach", "Westbury State University Athletics", "Westbury, KS",
          "2023-07", "present", "facing", "education", bullets=[
            "Design and coach year-round programs for volleyball, baseball and both track teams (110 athletes)",
            "Run testing days (force plate, sprint, jump) and report to head coaches",
            "Coordinate return-to-play progressions with the athletic training staff"]),
        E("Graduate Assistant - Strength & Conditioning", "Westbury State University Athletics", "Westbury, KS",
          "2021-08", "2023-06", "facing", "education", section="other", bullets=[
            "Coached lifts for women's soccer and tennis while completing my M.S."]),
        E("Sports Camp Counselor", "Westbury Basketball Camp", "Westbury, KS", "2018-06", "2018-08", "facing",
          "education", dtext="Summer 2018"),
    ]), ("Other Experience", [
        E("Physical Therapy Aide", "Kinetic Path Physical Therapy", "Dorrance, KS", "2019-05", "2021-07", "facing",
          "healthcare_care", bullets=[
            "Took patients through their home exercise programs as directed by the PT",
            "Set up hot packs and e-stim, cleaned tables and did the laundry"]),
    ])],
    post=[("Education", ["M.S. Exercise Science, Westbury State University, 2023",
                         "B.S. Kinesiology, Dorrance College, 2021"]),
          ("Certifications", ["CSCS", "USAW Level 1", "CPR/AED"])],
))

R.append(dict(
    file="w020", ext="docx", r="docx", layout="tabs", hdr="title_org", style="mm.yyyy", present="to date", sep=" – ",
    hcaps=False, dbullet=None, bc="•",
    family="UK sports massage therapist, Word tab-stop dates with typed bullets, numeric mm.yyyy dates, 'to date'",
    name="Keeley Armitage", contact=["Dunsford", "07532 884 190", "keeley.armitage@mailbox.co.uk"],
    summary_h="Profile",
    summary="ITEC Level 4 sports massage therapist. Clinic work, event massage and a few years on a leisure "
            "centre front desk before that.",
    sections=[("Experience", [
        E("Sports Massage Therapist", "Self-employed", "Dunsford", "2022-09", "present", "facing", "healthcare_care",
          et="freelance", bullets=[
            "Treat 15-20 clients a week from a room at Dunsford Physio & Pilates: runners, footballers, desk backs",
            "Assessment, soft tissue work, advice on stretching and load",
            "Keep treatment notes and handle my own bookings through an online diary"]),
        E("Leisure Receptionist", "Active Dunsford Trust", "Dunsford Leisure Centre", "2019-01", "2022-08", "facing",
          "in_person_service", bullets=[
            "Reception for a busy pool and gym: memberships, swimming lesson bookings and class queries",
            "Cash up at the end of shift"]),
        E("Event Massage Volunteer", "Dunsford Half Marathon", "Dunsford", "2023-04", "2023-04", "facing",
          "volunteering", section="volunteer", et="volunteer",
          bullets=["Post-race massage in the finish tent, with the college's Level 3 students"]),
        E("Picker / Packer", "Swiftline Fulfilment", "Bramhall Park", "2017-05", "2018-12", "affecting"),
    ])],
    post=[("Qualifications", ["ITEC Level 4 Certificate in Sports Massage Therapy (2022)",
                              "ITEC Level 3 Sports Massage (2021)", "Kinesiology taping (CPD)"])],
))

R.append(dict(
    file="w021", ext="txt", r="txt", hdr="title_org", style="month", present="Present", sep=" to ", th="plain",
    bc="-", txtgap=" | ", name_caps=False,
    family="US college lifeguard and pool manager, Indeed-style export as plain text, seasons, 'Month YYYY to Present'",
    name="Emma Lindqvist", contact=["Elmcrest, VA", "emma.lindqvist@mailbox.com", "+1 540 555 0138"],
    sections=[("Work Experience", [
        E("Pool Manager", "Elmcrest Swim & Tennis Club", "Elmcrest, VA", "2025-05", "2025-08", "facing",
          "other_facing", bullets=[
            "Managed a staff of 12 lifeguards: schedules, in-services and breaks",
            "Water chemistry checks three times daily",
            "Handled member concerns and guest-pass questions at the gate"]),
        E("Front Desk Attendant", "Blue Ridge Valley University Recreation Center", "Harlow, VA", "2023-09",
          "present", "facing", "in_person_service", bullets=[
            "Check students into the rec center and answer questions about intramurals",
            "Equipment checkout and lost & found"]),
        E("Lifeguard", "Elmcrest Swim & Tennis Club", "Elmcrest, VA", "2024-06", "2024-08", "facing", "other_facing",
          dtext="Summer 2024"),
        E("Snack Bar Attendant", "Elmcrest Swim & Tennis Club", "Elmcrest, VA", "2023-06", "2023-08", "facing",
          "in_person_service", dtext="Summer 2023"),
    ])],
    post=[("Education", ["Blue Ridge Valley University, B.S. Nursing (expected May 2027)"]),
          ("Certifications", ["American Red Cross Lifeguarding/First Aid/CPR/AED", "Certified Pool Operator (CPO)"])],
))

R.append(dict(
    file="w022", ext="pdf", r="fpdf", layout="left", hdr="dateline", style="month", present="Present",
    family="South African school cricket coach, fpdf2 left header, title, school and dates on separate lines, year-only dates",
    name="Ruan van der Merwe", contact=["Eastvale, Gauteng", "083 442 9017", "ruan.vdmerwe@mailbox.co.za"],
    summary_h="Profile",
    summary="CSA Level 2 coach with ten years of school and academy cricket. I enjoy developing young players and "
            "I am comfortable running the admin side of a school sports programme.",
    sections=[("Experience", [
        E("Head Cricket Coach", "Kingsridge College", "Eastvale", "2021-01", "present", "facing", "education",
          bullets=["Coach the 1st XI and oversee the U14-U16 age groups",
                   "Individual batting sessions and video review with the boys",
                   "Selection meetings and feedback to parents at the end of each term"]),
        E("Sports Co-ordinator (part-time)", "Kingsridge College", "Eastvale", "2022-01", "2024-12", "affecting",
          bullets=["Drew up fixtures for 14 sports, booked buses and umpires, captured results",
                   "Kept the sports budget spreadsheet and ordered kit"]),
        E("Assistant Coach", "Karoo Lions Cricket Union Academy", "Bloemdal", "2017-01", "2020-12", "facing",
          "education", prec="year", bullets=["Academy nets, fielding drills and bowling workloads for U19 players"]),
        E("Sales Consultant", "Sportsman's Corner", "Bloemdal", "2014-01", "2016-12", "facing", "in_person_service",
          prec="year"),
    ]), ("Volunteer Work", [
        E("Volunteer Umpire", "Eastvale Schools Cricket League", "Eastvale", "2015-01", "present", "facing",
          "volunteering", prec="year", section="volunteer", et="volunteer"),
    ])],
    post=[("Qualifications", ["CSA Level 2 Coaching", "B.Com (Sport Management), 2013", "First Aid Level 1"]),
          ("References", ["Mr. T. Nkosi - Director of Sport, Kingsridge College", "Ms. L. Botha - Academy Manager"])],
))

R.append(dict(
    file="w023", ext="docx", r="docx", layout="table", hdr="pipe", style="mon", present="Present", sep=" – ",
    family="Canadian snowboard instructor and resort seasonal worker, Word table per job, pipe title/employer/place",
    name="Maddie Fournier", contact=["Hollis Pass, AB", "403-555-0115", "maddie.fournier@mailbox.ca"],
    sections=[("Resort Experience", [
        E("Snowboard Instructor (CASI Level 2)", "Whisper Ridge Resort", "Hollis Pass, AB", "2025-12", "2026-04",
          "facing", "education", bullets=["Group and private lessons, kids' programs on weekends",
                                          "Ran the adaptive snowboard lessons twice a week"]),
        E("Bike Park Patroller", "Whisper Ridge Resort", "Hollis Pass, AB", "2025-06", "2025-09", "facing",
          "other_facing", bullets=["Patrolled trails, responded to crashes and gave first aid",
                                   "Talked riders down from trails above their ability"]),
        E("Trail Crew", "Whisper Ridge Resort", "Hollis Pass, AB", "2024-05", "2024-10", "affecting",
          bullets=["Built and maintained bike park flow trails and berms"]),
        E("Guest Services Agent", "Whisper Ridge Resort", "Hollis Pass, AB", "2023-12", "2024-04", "facing",
          "in_person_service", bullets=["Sold lift tickets and passes, lost and found, general questions"]),
    ]), ("Other Experience", [
        E("Line Cook", "Bannock & Brew", "Red Deer Flats, AB", "2021-06", "2023-10", "affecting"),
    ])],
    post=[("Certifications", ["CASI Level 2", "Advanced First Aid", "Food Safe Level 1"])],
))

R.append(dict(
    file="w024", ext="html", r="html", hdr="title_org", style="mon.", present="Till date", sep=" - ",
    family="Indian badminton coach and academy administrator, HTML CV, 'Mon. YYYY - Till date', one-month volunteer role",
    name="Sai Kiran Reddy", contact=["Flat 204, Sri Nilayam, Hyderpur", "+91 90001 55273", "saikiran.r@mailbox.in"],
    summary_h="Objective",
    summary="Certified badminton coach looking for a coaching position in a school or professional academy.",
    sections=[("Experience Details", [
        E("Badminton Coach", "Shuttle Smash Academy", "Hyderpur", "2022-07", "present", "facing", "education",
          bullets=["Coaching 60 trainees aged 7-17 in beginner and intermediate batches",
                   "Preparing players for district and state ranking tournaments",
                   "Monthly performance report and parent meeting"]),
        E("Academy Administrator", "Shuttle Smash Academy", "Hyderpur", "2020-01", "2022-06", "facing",
          "in_person_service", bullets=["Fee collection from parents at the counter, new admissions and receipts",
                                        "Court booking register for members"]),
        E("MIS Executive", "Deccan Logistics Pvt. Ltd.", "Hyderpur", "2017-06", "2019-12", "none",
          bullets=["Prepared daily dispatch MIS reports in Excel for operations managers"]),
    ]), ("Volunteering", [
        E("Volunteer (Hospitality Desk)", "Hyderpur District Badminton Championship", "Hyderpur", "2019-11",
          "2019-11", "facing", "volunteering", section="volunteer", et="volunteer",
          bullets=["Helped visiting players with accommodation and match schedules"]),
    ])],
    post=[("Education", ["B.Com, Hyderpur Degree College, 2017",
                         "Certificate Course in Badminton Coaching, 2021"]),
          ("Personal Details", ["DOB: 11-09-1996", "Languages: Telugu, Hindi, English"])],
))

R.append(dict(
    file="w025", ext="pdf", r="rl", layout="sidebar", hdr="title_org", style="mon", present="Current",
    side_rgb=(0.86, 0.93, 0.86), bc="•",
    family="Australian outdoor education leader, reportlab with green left sidebar, title line with right dates, year-only retail job",
    name="Tamsin Holloway", contact=["Bilbarra VIC 3722", "0427 118 650", "tamsin.holloway@mailbox.com.au"],
    side=[("Tickets", ["Bushwalking Leader (cert.)", "Flatwater Kayak Guide", "Remote Area First Aid",
                       "Working With Children Check", "Manual driver, LR licence"]),
          ("Availability", ["Immediate, incl. weekends and camps"])],
    sections=[("Experience", [
        E("Outdoor Education Leader", "Bilbarra Outdoor School Camp", "Bilbarra VIC", "2021-02", "present", "facing",
          "education", bullets=[
            "Lead 3-5 day programs for school groups: canoeing, high ropes, bushwalks and campcraft",
            "Debrief with kids at the end of each activity; manage homesickness and the odd meltdown",
            "Write activity risk plans and brief the visiting teachers"]),
        E("Store & Equipment Officer (part-time)", "Bilbarra Outdoor School Camp", "Bilbarra VIC", "2018-03",
          "2019-10", "affecting", bullets=[
            "Inspected and logged harnesses, helmets and PFDs; repaired kayaks and tents",
            "Packed the gear for each program and issued it to the leaders"]),
        E("Bushwalking Guide (casual)", "Wildgum Trek Co.", "Cradle Gap TAS", "2019-11", "2020-04", "facing",
          "in_person_service", bullets=["Guided 4- and 6-day hut walks for groups of 10 paying guests",
                                        "Cooked, navigated and handled blisters and weather calls"]),
        E("Retail Assistant", "Paddle & Peak Outfitters", "Bendara VIC", "2016-01", "2018-12", "facing",
          "in_person_service", prec="year"),
    ])],
    post=[("Education", ["Diploma of Outdoor Leadership, 2017"]), ("Referees", ["Provided on request"])],
))

R.append(dict(
    file="w026", ext="docx", r="docx", layout="header", hdr="title_org", style="month", present="Present",
    family="US arena guest experience supervisor, name and contact in Word page header, ballpark grounds crew",
    name="DeShawn Carter", contact=["Carverton, MO 64601  •  (660) 555-0184  •  deshawn.carter@mailbox.com"],
    summary_h="Summary",
    summary="Event operations supervisor who has worked every side of a venue: the field, the box office and now "
            "the concourse. Calm with big crowds and bigger problems.",
    sections=[("Experience", [
        E("Guest Experience Supervisor", "Rivergate Arena", "Carverton, MO", "2023-02", "present", "facing",
          "other_facing", bullets=[
            "Supervise 30-45 ushers and ticket takers per event (hockey, concerts, graduations)",
            "Resolve seating disputes, accessibility requests and fan complaints in my sections",
            "Write post-event reports on incidents and staffing"]),
        E("Box Office Associate", "Rivergate Arena", "Carverton, MO", "2021-08", "2023-01", "facing",
          "in_person_service", bullets=["Window sales, will call and phone orders; balanced cash drawer after each event"]),
        E("Grounds Crew (part-time)", "Carverton Mudcats Baseball Club", "Carverton, MO", "2019-04", "2021-07",
          "none", bullets=["Infield prep, mound and plate repair, mowing patterns",
                           "Tarp pulls during rain delays"]),
        E("Usher (seasonal)", "Carverton Mudcats Baseball Club", "Carverton, MO", "2018-04", "2018-09", "facing",
          "other_facing"),
    ])],
    post=[("Education", ["Carverton Community College, A.A.S. Sports & Event Management (2020)"]),
          ("Training", ["Crowd Manager certification", "CPR/AED", "Forklift certified"])],
))

R.append(dict(
    file="w027", ext="md", r="md", mdjob="h3", hdr="orgfirst", style="mon", present="present", sep=" - ", bc="*",
    family="Scottish multi-activity instructor in Markdown, employer heading with roles beneath, seasons abroad",
    name="Iona MacLeod", contact=["Loch Tarran, Highland", "07402 551 906 | iona.macleod@mailbox.scot"],
    summary_h="About",
    summary="Outdoor instructor (kayak, gorge, hill) who has spent the last eight years working where the weather is.",
    sections=[("Instructing & Outdoor Work", [
        E("Senior Instructor", "Glenbrae Outdoor Centre", "Loch Tarran", "2022-03", "present", "facing", "education",
          bullets=["Lead kayaking, canoeing and gorge walking for school residentials and corporate groups",
                   "Write the weekly staff rota and mentor trainee instructors"]),
        E("Ski Patrol (seasonal)", "Cairnmor Snowsports", "Cairnmor", "2020-12", "2021-04", "facing", "other_facing",
          bullets=["First response to injured skiers, slope safety and closures, sweep at close"]),
        E("Activity Instructor", "Les Pins Holiday Park", "Vendrac, France", "2019-06", "2019-08", "facing",
          "education", dtext="Summer 2019", bullets=["Archery, climbing and the kids' club for holidaymakers' children"]),
    ]), ("Other Work", [
        E("Bartender", "The Stag's Head", "Loch Tarran", "2017-10", "2020-11", "facing", "in_person_service"),
    ]), ("Volunteering", [
        E("Team Member", "Glenbrae Mountain Rescue Team", "Loch Tarran", "2019-01", "present", "facing",
          "volunteering", prec="year", section="volunteer", et="volunteer",
          bullets=["On call for searches and casualty care; around 30 call-outs a year"]),
    ])],
    post=[("Awards & Quals", ["BC Paddlesport Leader / Coach Level 2", "Mountain Leader (Summer)",
                              "Outdoor First Aid (16 h)", "PVG scheme member"])],
))

R.append(dict(
    file="w028", ext="pdf", r="fpdf", layout="centred", hdr="pipe", style="MON", present="PRESENT", sep=" - ",
    hcolor=(120, 0, 0),
    family="Philippine gym club operations manager, fpdf2 centred header, pipe title/company/city with right dates",
    name="Kristine Joy B. Santiago", contact=["Makatiran City, Metro Manila", "0918 334 2076",
                                             "kjsantiago@mailbox.ph"],
    summary_h="Career Summary",
    summary="Fitness club professional, 9 years in the industry from front desk to club operations. Results-driven "
            "and hands-on.",
    sections=[("Employment History", [
        E("Club Operations Manager", "Apex Body Fitness", "Makatiran City", "2024-01", "present", "affecting",
          bullets=["Manage the club's P&L, payroll budget and monthly KPI reports to the regional office",
                   "Schedule 28 staff (front desk, coaches, housekeeping) and run the cleaning audits",
                   "Negotiate equipment maintenance and security contracts"]),
        E("Membership Consultant", "Apex Body Fitness", "Makatiran City", "2021-06", "2023-12", "facing",
          "sales_account", bullets=["Presented membership packages to walk-ins and referrals; top seller 5 months",
                                    "Renewal calls to expiring members"]),
        E("Front Desk Officer", "Apex Body Fitness", "Makatiran City", "2019-08", "2021-05", "facing",
          "in_person_service", bullets=["Member check-in, locker assignment, payments"]),
        E("Call Center Agent (Inbound)", "Northstar BPO Solutions", "Pasayan City", "2017-05", "2019-07", "facing",
          "contact_center", bullets=["US telco account: billing inquiries and plan changes"]),
    ])],
    post=[("Education", ["BS Business Administration, major in Marketing, 2017"]),
          ("Seminars Attended", ["Fitness Club Management Summit, 2024", "Basic Life Support, 2023"])],
))

R.append(dict(
    file="w029", ext="docx", r="docx", layout="styles", hdr="title_org", style="month", present="Present",
    centre=True,
    family="UK leisure apprentice school-leaver, Word heading styles and list bullets, work experience week, volunteer kit role",
    name="Kai Osei-Bonsu", contact=["Torbridge", "07399 620 417", "kai.oseibonsu@mailbox.co.uk"],
    summary_h="Personal Statement",
    summary="I am 18 and in the second year of a Leisure Operations apprenticeship. I want to become a duty manager "
            "and I am working towards my NPLQ renewal and Level 2 Gym Instructor.",
    sections=[("Experience", [
        E("Apprentice Leisure Assistant", "Kelmscott Leisure", "Torbridge Pool & Fitness", "2025-01", "present",
          "facing", "in_person_service", et="internship", bullets=[
            "Lifeguard on public swims and cover reception at lunchtimes",
            "Put out and take down equipment in the sports hall",
            "Clean changing rooms and poolside on the closing shift"]),
        E("Saturday Sales Assistant", "Sportique", "Torbridge", "2023-03", "2024-12", "facing", "in_person_service",
          bullets=["Trainer wall, fitting kids' football boots, till"]),
        E("Work Experience (PE department)", "Torbridge Primary School", "Torbridge", "2022-06", "2022-06", "facing",
          "education", section="other", et="internship", dtext="June 2022 (2 weeks)",
          bullets=["Helped run PE lessons and sports day for Year 3 and 4"]),
    ]), ("Volunteering", [
        E("Kit Volunteer", "Torbridge Town FC Juniors", "Torbridge", "2023-09", "present", "affecting",
          section="volunteer", et="volunteer", bullets=["Wash and sort match kits for six junior teams, pump balls"]),
    ])],
    post=[("Education", ["Level 2 Leisure Operations Apprenticeship (in progress)",
                         "GCSEs: 6 including English (5) and Maths (4)"]),
          ("Certificates", ["NPLQ (2025)", "Emergency First Aid at Work"])],
))

R.append(dict(
    file="w030", ext="txt", r="txt", hdr="datefirst", style="mm/yyyy", present="to date", sep=" - ", th="dashes",
    bc="o", rjust=False, blank_before_job=False,
    family="New Zealand watersports centre manager as plain text, dates first then title and employer, year-only coaching",
    name="Hemi Parata-Walsh", contact=["Tarawai, Bay of Plenty | 021 558 304 | hemi.pw@mailbox.co.nz"],
    summary_h="Profile",
    summary="Watersports centre manager, former rowing coach and boatbuilder. Keen to keep building outdoor "
            "learning for schools in the region.",
    sections=[("Employment", [
        E("Centre Manager", "Tarawai Lake Watersports Centre", "Tarawai", "2020-10", "present", "facing",
          "sales_account", bullets=[
            "Look after bookings and relationships with about 40 schools; meet teachers on arrival and sort changes on the day",
            "Run a team of 6 instructors plus summer casuals, health & safety plan, budget",
            "Grew school bookings 35% in three years"]),
        E("Rowing Coach", "Tarawai Rowing Club", "Tarawai", "2014-01", "2020-12", "facing", "education",
          prec="year", bullets=["Novice and U18 squads, regattas and camps"]),
        E("Boatbuilder's Assistant", "Harbourside Marine", "Port Rangi", "2010-02", "2014-01", "none",
          bullets=["Fibreglass layup, fit-out and antifouling in the yard"]),
    ]), ("Governance", [
        E("Board Member", "Tarawai Rowing Club", "Tarawai", "2021-01", "present", "none", prec="year",
          section="volunteer", et="volunteer", bullets=["Finance and facilities sub-committee"]),
    ])],
    post=[("Quals", ["NZOIA Kayak 1", "Outdoor First Aid", "Skipper Restricted Limits"])],
))
