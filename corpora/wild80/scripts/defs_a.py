"""wild80 résumés w001–w015 (fictional people and organisations)."""
from lib import E

F, A, N = "facing", "affecting", "none"

RESUMES = [
# ------------------------------------------------------------------ w001
dict(id="w001", r="rl", layout="plain", hdr="title_org", ds="mon", pw="Present",
     family="UK leisure-centre duty manager, Word-to-PDF single column, title line with right-aligned dates",
     name="Kerry-Ann Whitlow", contact=["Marlbridge, Wessexshire", "07700 914 382", "kerryann.whitlow@mailbox.co.uk"],
     blocks=[
         ("Profile", "Duty manager with nine years in public leisure: pools, gyms and sports halls. Calm on a busy "
                     "Saturday, fully NPLQ-qualified and used to running a site on my own on late shifts."),
         ("Work Experience", [
             E("Duty Manager", "Marlbridge Leisure Trust – Castlegate Pool & Fitness", "Marlbridge", "2022-03", "present", F,
               "in_person_service", [
                   "Run the centre on opening and closing shifts: staffing, cash-up, pool plant checks and incident reports",
                   "Deal with member complaints and refund requests that reception cannot resolve",
                   "Cover poolside and the front desk at peak times and during school swimming",
                   "Write the weekly rota for 22 casual and contracted staff"]),
             E("Leisure Attendant / Lifeguard", "Marlbridge Leisure Trust – Castlegate Pool & Fitness", "Marlbridge",
               "2019-06", "2022-02", F, "other_facing", [
                   "Lifeguarded public, lane and inflatable sessions; first aider on shift",
                   "Set out and put away sports hall equipment for clubs and parties",
                   "Helped swimmers and parents with lockers, changing villages and timetables"]),
             E("Gym Instructor", "FlexZone Gyms", "Tollbury", "2017-09", "2019-05", F, "other_facing", [
                 "Gave inductions to new members and wrote simple programmes",
                 "Walked the gym floor, corrected technique and kept equipment clean"]),
             E("Kitchen Assistant", "The Pavilion Café", "Tollbury", "2016-06", "2017-08", A, None, [
                 "Made sandwiches, jacket potatoes and salads for the café counter; washed up and cleaned down"]),
         ]),
         ("Qualifications", ["NPLQ (National Pool Lifeguard Qualification), renewed 2025",
                             "Level 2 Gym Instructor", "First Aid at Work", "Pool Plant Operator certificate"]),
         ("Education", ["Tollbury College – BTEC Level 3 Sport, 2014–2016"]),
         ("Interests", ["Open-water swimming, coaching a junior netball team"]),
     ]),
# ------------------------------------------------------------------ w002
dict(id="w002", r="docx", mode="tabs", heads="styles", bullet="list", hdr="title_org", ds="mon", pw="Present",
     layout_name="styles",
     family="US theme-park ride technician, Word heading styles and list bullets, right tab-stop dates",
     name="Dominic Reyes", contact=["Larkfield, OH 45390", "(937) 555-0148", "dom.reyes@mailbox.com"],
     blocks=[
         ("Summary", "Ride maintenance technician at a regional theme park. Started on the rides as an operator, "
                     "moved into maintenance after my mechanic apprenticeship. Hydraulics, brakes, PLC basics."),
         ("Experience", [
             E("Ride Maintenance Technician II", "Thunder Ridge Adventure Park", "Larkfield, OH", "2022-01", "present", A,
               None, [
                   "Carry out daily pre-opening inspections and test runs on coasters and flat rides",
                   "Repair brakes, restraints and hydraulic systems; rebuild pumps during the off-season",
                   "Keep inspection logs and work orders for state ride-safety audits",
                   "On call during operating hours to get broken-down rides back open fast"]),
             E("Ride Operator", "Thunder Ridge Adventure Park", "Larkfield, OH", "2019-05", "2021-12", F,
               "in_person_service", [
                   "Loaded and unloaded guests, checked restraints and enforced height requirements",
                   "Gave safety spiels and managed the queue line, including Fast Pass merges",
                   "Helped guests with disabilities board using the accessible entrance"]),
             E("Apprentice Mechanic", "Buckeye Fleet Services", "Springmoor, OH", "2017-06", "2019-04", N, None, [
                 "Serviced and repaired box trucks and trailers under a journeyman mechanic",
                 "Diagnostics, brake jobs, preventive maintenance schedules"], etype="internship"),
             E("Games Attendant", "Thunder Ridge Adventure Park", "Larkfield, OH", "2016-06", "2016-08", F,
               "in_person_service", ["Ran a midway game stand, handed out prizes and took payments"], dt="Summer 2016"),
         ]),
         ("Education", ["Larkfield Career Center – Diesel & Power Technology certificate, 2017",
                        "Larkfield High School – Diploma, 2016"]),
         ("Certifications", ["NAARSO Level I Inspector", "OSHA 10", "Lockout/Tagout"]),
     ]),
# ------------------------------------------------------------------ w003
dict(id="w003", r="txt", hdr="title_org", ds="month", pw="Present", sep=" to ", bullet="-", caps=False,
     layout_name="indeed", joiner="\n",
     family="US cinema projection lead, Indeed-style export pasted as text, 'Month YYYY to Present'",
     name="Brianna Okafor", contact=["Red Mesa, AZ 85390", "brianna.okafor@mailbox.net", "+1 480 555 0172"],
     blocks=[
         ("Work Experience", [
             E("Projection & Facilities Lead", "Starlite Cinemas 12", "Red Mesa, AZ", "2023-02", "present", A, None, [
                 "Schedule and ingest DCP content into the theatre management system and load KDM keys before opening",
                 "Maintain 12 digital projectors and sound processors; lamp changes, lens cleaning, light level checks",
                 "Fix HVAC and seat faults reported by managers, order parts, keep the maintenance log",
                 "Build show playlists with trailers and ads per the booking schedule"]),
             E("Guest Services Crew", "Starlite Cinemas 12", "Red Mesa, AZ", "2021-05", "2023-01", F,
               "in_person_service", [
                   "Sold tickets and concessions, scanned tickets at the podium",
                   "Cleaned auditoriums between showings and restocked the condiment bar",
                   "Signed guests up for the Starlite Rewards program"]),
             E("Usher", "Palace Twin Theatre", "Red Mesa, AZ", "2020-06", "2021-04", F, "in_person_service", []),
             E("Dishwasher", "Casa Linda Grill", "Cottonwood Springs, AZ", "2019-08", "2020-05", A, None, [
                 "Washed dishes and pans, took out trash, helped with prep on weekends"]),
         ]),
         ("Education", ["High school diploma or equivalent", "Red Mesa High School - Red Mesa, AZ", "2015 to 2019"]),
         ("Skills", ["Digital cinema projection (5 years)", "Theatre management systems", "Basic electrical",
                     "Customer service (2 years)"]),
         ("Additional Information", ["Available nights, weekends and holidays. Reliable transportation."]),
     ]),
# ------------------------------------------------------------------ w004
dict(id="w004", r="fpdf", centre=True, layout="centred", hdr="org_title", ds="mm/yyyy", pw="Present", bullet="•",
     family="UK museum visitor-services supervisor, fpdf2 centred header, employer line first with dates right",
     name="Harriet Osei-Bonsu", contact=["Northwick", "07812 440 195", "h.oseibonsu@mailbox.org.uk"],
     blocks=[
         ("Personal statement", "Visitor services supervisor with a background in collections care. I like the "
                                "front of house best: helping people get more out of a visit."),
         ("Employment", [
             E("Visitor Services Supervisor", "The Halden Museum of Industry", "Northwick", "2021-04", "present", F,
               "in_person_service", [
                   "Lead a team of eight visitor assistants on the admissions desk, galleries and shop",
                   "Handle visitor complaints, lost property and access requests; first point of contact for school groups",
                   "Open and close the building, cash up and report daily visitor figures"]),
             E("Collections Assistant", "The Halden Museum of Industry", "Northwick", "2018-09", "2021-03", N, None, [
                 "Catalogued and photographed objects in the off-site store",
                 "Condition-checked and packed loans; updated the collections database",
                 "Monitored temperature and humidity in stores and pest traps"]),
             E("Shop Assistant", "Fernley Abbey Trust", "Fernley", "2016-06", "2018-08", F, "in_person_service", [
                 "Served visitors in the abbey gift shop and sold membership",
                 "Restocked, priced and dressed the shop windows"]),
             E("Research Assistant", "University of Northwick, School of History", "Northwick", "2017-01", "2017-06", N,
               None, ["Transcribed 19th-century mill records for a lecturer's project (part-time during MA)"],
               section="other"),
             E("Volunteer Room Steward", "Northwick Castle Trust", "Northwick", "2015-10", "2016-05", F, "volunteering", [
                 "Welcomed visitors to the state rooms and answered questions about the collection"],
               section="volunteer", etype="volunteer"),
         ]),
         ("Education", ["MA Museum Studies, University of Northwick (2017)", "BA (Hons) History, University of Northwick (2015)"]),
         ("Skills", ["Front of house, cash handling, Modes / collections databases, object handling, basic BSL"]),
     ]),
# ------------------------------------------------------------------ w005
dict(id="w005", r="md", mdh="bold", hdr="dash", ds="yy", pw="Now", sep=" – ", bullet="*",
     family="Irish tour guide in Markdown, bold 'Title – Employer, Town' line with italic '\\'yy' dates",
     name="Ciarán Mulvey", contact=["Kilbracken, Co. Galway", "087 114 2290", "ciaran.mulvey@mailbox.ie"],
     blocks=[
         ("About me", "Guide and storyteller. Twelve years putting visitors in front of the west of Ireland, first "
                      "with a coach company and now with my own small-group tours."),
         ("Languages", ["Irish (fluent), English, French (good), German (basic)"]),
         ("Work", [
             E("Tour Guide & Driver", "Self-employed", "Kilbracken", "2021-03", "present", F,
               "entrepreneurial_freelance", [
                   "Run private and small-group day tours (up to 8 guests) from Kilbracken and around Lough Carra",
                   "Take bookings through my website and tour platforms, answer enquiries, plan custom itineraries",
                   "4.9 rating from 600+ reviews"], etype="freelance"),
             E("Coach Tour Guide", "Emerald Trails Coach Holidays", "Ardmoyle", "2017-04", "2020-03", F,
               "in_person_service", [
                   "Guided 6–10 day coach tours of 40–50 guests, mostly from the US and Canada",
                   "Commentary, hotel check-ins, restaurant bookings and sorting out any problems on the road"]),
             E("Seasonal Visitor Guide", "Drumlane Distillery Visitor Centre", "Drumlane", "2016-05", "2016-09", F,
               "in_person_service", ["Led distillery tours and tastings; worked the visitor centre till"],
               dt="May–Sept '16"),
             E("Bar Staff", "The Quay Tavern", "Kilbracken", "2013-09", "2016-03", F, "in_person_service", []),
         ]),
         ("Qualifications", ["Fáilte Ireland National Tourist Guiding certificate", "CPC driver licence (D1)",
                             "Occupational First Aid"]),
         ("Outside work", ["Sean-nós singing, sea kayaking, local history society"]),
     ]),
# ------------------------------------------------------------------ w006
dict(id="w006", r="docx", mode="table", layout_name="table", heads="bold", bullet="•", hdr="title_org", ds="month", pw="Present",
     family="South African travel consultant, Word with a borderless table per job (role/company left, dates right)",
     name="Thandeka Mbatha", contact=["Umhlali Bay", "072 555 3491", "thandeka.mbatha@mailbox.co.za"],
     blocks=[
         ("Personal Details", ["Nationality: South African", "Driver's licence: Code B", "Languages: English, isiZulu, Afrikaans"]),
         ("Career Objective", "An experienced travel consultant looking to grow into a corporate travel "
                              "management role."),
         ("Work Experience", [
             E("Senior Travel Consultant", "Sunbird Travel & Tours", "Umhlali Bay", "2020-07", "present", F,
               "sales_account", [
                   "Quote and book leisure and corporate travel for walk-in, phone and email clients",
                   "Manage 14 corporate accounts, including monthly travel reports for their finance teams",
                   "Achieved 118% of the branch sales target in 2024"]),
             E("Ticketing Agent", "Sunbird Travel & Tours", "Umhlali Bay", "2018-02", "2020-06", A, None, [
                 "Issued, reissued and refunded airline tickets on Amadeus from consultants' files",
                 "Checked fares and fare rules before issue; reconciled BSP reports weekly"]),
             E("Airport Transfer Coordinator", "Kestrel Shuttle Services", "Kestrel Park", "2016-03", "2018-01", A, None,
               ["Allocated transfer bookings to drivers and vehicles", "Tracked flight arrivals and updated daily manifests"]),
             E("Cashier", "Value Fresh Supermarket", "Kestrel Park", "2014-01", "2016-02", F, "in_person_service", [
                 "Operated till, handled cash and card payments, packed for customers"]),
         ]),
         ("Education", ["Diploma in Travel and Tourism – Coastal Tourism College, 2013", "Matric – Umhlali Bay High School, 2011"]),
         ("Computer Skills", ["Amadeus, Galileo, MS Office"]),
         ("References", ["Available on request"]),
     ]),
# ------------------------------------------------------------------ w007
dict(id="w007", r="rl", layout="sidebar", hdr="pipe", ds="mon", pw="Current", caps=True, accent=(0.35, 0.25, 0.45),
     side_rgb=(0.93, 0.9, 0.95),
     family="Australian hotel spa therapist, reportlab with shaded left sidebar, pipe title/employer/place line",
     name="Mei-Lin Tran",
     contact=["0412 555 907", "meilin.tran@mailbox.com.au", "Coral Point QLD"],
     side=[("Contact", ["0412 555 907", "meilin.tran@mailbox.com.au", "Coral Point QLD"]),
           ("Skills", ["Remedial & relaxation massage", "Facials (Dermalogica)", "Hot stone", "Retail", "Spa booking software"]),
           ("Qualifications", ["Diploma of Beauty Therapy", "Cert IV Massage Therapy", "First Aid & CPR"]),
           ("Languages", ["English, Vietnamese"])],
     blocks=[
         ("Profile", "Qualified beauty and massage therapist, five years in hotel and day spas. Known for rebooking "
                     "rates and careful consultations."),
         ("Experience", [
             E("Senior Spa Therapist", "Azure Day Spa at The Harbourview Hotel", "Coral Point", "2021-08", "present", F,
               "in_person_service", [
                   "Massage, facial and body treatments for hotel guests and day visitors, 6–7 treatments a day",
                   "Consultations and contraindication checks before every treatment",
                   "Train new therapists on treatment protocols; top retail seller three quarters running"]),
             E("Spa Receptionist", "Azure Day Spa", "Coral Point", "2020-02", "2021-07", F, "in_person_service", [
                 "Booked treatments by phone and in person, checked guests in and sold gift vouchers"]),
             E("Laundry Attendant", "Coral Point Linen Co.", "Coral Point", "2019-03", "2020-01", A, None, [
                 "Washed, pressed and folded towels and robes for three hotels and two spas",
                 "Packed linen orders for next-morning delivery"]),
             E("Beauty Therapy Placement", "Glow Studio", "Southport Heads", "2018-07", "2018-12", F,
               "in_person_service", ["Waxing, tinting and manicures for clients under supervision"],
               etype="internship"),
         ]),
         ("Referees", ["Available on request"]),
     ]),
# ------------------------------------------------------------------ w008
dict(id="w008", r="html", hdr="title_org", ds="mon", pw="Present",
     family="US wedding planner, HTML page, title heading with floated dates and employer line",
     name="Savannah Pruitt", contact=["Bellhaven, GA", "(912) 555-0126", "savannah@mailbox.us"],
     blocks=[
         ("Summary", "Wedding and event planner with 13 years in hotels, catering and my own planning business."),
         ("Experience", [
             E("Owner & Lead Planner", "Magnolia & Lace Events", "Bellhaven, GA", "2019-04", "present", F,
               "entrepreneurial_freelance", [
                   "Plan and run 25–30 weddings a year from first consultation to the last dance",
                   "Meet couples monthly, build budgets and timelines, and book and manage vendors",
                   "Coordinate on the day: ceremony cues, vendor arrivals, family wrangling"], etype="freelance"),
             E("Catering Sales Manager", "The Whitford Inn & Conference Center", "Bellhaven, GA", "2016-01", "2019-03", F,
               "sales_account", [
                   "Sold weddings, rehearsal dinners and corporate meetings; $1.4M booked revenue in 2018",
                   "Gave venue tours, wrote proposals and banquet event orders, ran tastings"]),
             E("Banquet Captain", "The Whitford Inn & Conference Center", "Bellhaven, GA", "2013-05", "2015-12", F,
               "in_person_service", ["Led banquet servers at events of up to 300 guests and was the host's contact on the floor"]),
             E("Floral Designer", "Petal Press Florist", "Savannah Bluff, GA", "2011-08", "2013-04", A, None, []),
         ]),
         ("Education", ["B.S. Hospitality Management, Coastal Georgia State University, 2011"]),
         ("Certifications", ["Certified Wedding Planner (CWP)", "ServSafe Alcohol"]),
     ]),
# ------------------------------------------------------------------ w009
dict(id="w009", r="docx", mode="tabs", heads="bold", bullet="-", hdr="org_title", ds="mon", pw="date", pw_label="to date", sep=" to ",
     header_name=True, layout_name="header",
     family="UK stadium stewarding supervisor and ex-soldier, name and contact in the Word page header, employer line first, 'to date'",
     name="Jordan Pike", contact=["Ravensholt", "07955 301 842", "jordan.pike@mailbox.co.uk"],
     blocks=[
         ("Profile", "Stewarding supervisor at a Championship ground, ex-infantry. SIA licensed, safety certificate "
                     "trained, used to crowds of 25,000."),
         ("Employment History", [
             E("Stewarding Supervisor", "Northfield Park Stadium", "Ravensholt", "2021-08", "present", F,
               "other_facing", [
                   "Brief and deploy a team of 30 stewards on match days and concerts",
                   "Manage turnstile queues, searches and ejections; deal with supporters' complaints on the concourse",
                   "Complete post-event safety reports"]),
             E("Steward", "Northfield Park Stadium", "Ravensholt", "2019-08", "2021-07", F, "other_facing", [
                 "Ticket checks, stand stewarding, directing fans and helping disabled supporters to their seats"]),
             E("Event Security Officer", "Eventsafe Crowd Services Ltd", "Ravensholt", "2018-05", "2019-07", F,
               "other_facing", ["Front-of-stage and gate searches at festivals and concerts (zero-hours)"]),
             E("Infantry Soldier (Lance Corporal)", "British Army", None, "2012-03", "2018-04", N, None, [
                 "Section second-in-command; trained new soldiers in weapon handling and fieldcraft",
                 "Two operational tours; vehicle checks and patrol planning"], etype="military"),
         ]),
         ("Licences and Training", ["SIA Door Supervisor licence", "Level 3 Certificate in Spectator Safety",
                                    "Emergency First Aid at Work", "Full UK driving licence"]),
         ("References", ["Supplied on request"]),
     ]),
# ------------------------------------------------------------------ w010
dict(id="w010", r="txt", hdr="orgfirst", ds="mon", pw="Current", bullet="*", underline="=", width=80,
     layout_name="plain",
     family="New Zealand head greenkeeper as plain text, employer heading with three roles beneath, year-only farm job",
     name="HEMI WALKER", contact=["Ruakiri 3470", "021 555 0718", "hemi.walker@mailbox.co.nz"],
     blocks=[
         ("Career summary", "Greenkeeper for ten years at one club, from the pro shop to head greenkeeper. Turf "
                            "management, irrigation, small crew leadership."),
         ("Employment", [
             E("Head Greenkeeper", "Kōwhai Downs Golf Club", "Ruakiri", "2020-06", "present", A, None, [
                 "Plan and run the course maintenance programme for 18 holes and practice areas",
                 "Set mowing heights and pin positions, manage irrigation and fertiliser plans",
                 "Lead a crew of four; budget for machinery and materials"]),
             E("Assistant Greenkeeper", "Kōwhai Downs Golf Club", "Ruakiri", "2016-09", "2020-05", A, None, [
                 "Mowing, bunker raking, top dressing and hole changing before first tee-off"]),
             E("Bar & Pro Shop Attendant", "Kōwhai Downs Golf Club", "Ruakiri", "2015-01", "2016-08", F,
               "in_person_service", ["Took green fees, hired carts and served members in the clubhouse bar"]),
             E("Farm Hand", "Waimoana Station", "Ruakiri", "2010", "2014", N, None, [
                 "Sheep and beef station: fencing, drenching, tractor work"]),
         ]),
         ("Qualifications", ["NZ Certificate in Sports Turf (Level 4)", "Growsafe", "Class 2 licence"]),
         ("Referees", ["Brett Harland, General Manager, Kōwhai Downs Golf Club – 027 555 0193"]),
     ]),
# ------------------------------------------------------------------ w011
dict(id="w011", r="fpdf", layout="left", hdr="dateline", ds="yyyy-mm", pw="Present", bullet="-", contact_lines=True,
     family="Canadian ticketing systems administrator, fpdf2 left-aligned header, title, employer and dates on separate lines",
     name="Priya Raghunathan", contact=["Port Ardell, ON", "416-555-0183", "priya.r@mailbox.ca"],
     blocks=[
         ("Professional Experience", [
             E("Ticketing Systems Administrator", "Lakeshore Performing Arts Centre", "Port Ardell, ON", "2022-09",
               "present", F, "internal_support", [
                   "Build events, seat maps, price types and promo codes in the ticketing platform",
                   "Train box office and front-of-house staff on the system and answer their questions and tickets",
                   "Troubleshoot handheld scanners and print-at-home issues with door staff on show nights",
                   "Produce nightly sales and settlement reports for programming and finance"]),
             E("Box Office Representative", "Lakeshore Performing Arts Centre", "Port Ardell, ON", "2019-10", "2022-08",
               F, "in_person_service", [
                   "Sold tickets at the window and by phone; exchanges, refunds and accessible seating requests",
                   "Balanced cash and card transactions at close"]),
             E("Data Entry Clerk", "Northgate Insurance Brokers", "Port Ardell, ON", "2018-01", "2019-09", N, None, [
                 "Keyed policy renewals and endorsements into the broker management system"]),
         ]),
         ("Volunteer", [
             E("Volunteer Usher", "Port Ardell Fringe Festival", "Port Ardell, ON", "2017-07", "2017-08", F,
               "volunteering", ["Scanned tickets, seated audiences and handed out programmes"],
               section="volunteer", etype="volunteer"),
         ]),
         ("Technical Skills", ["Ticketing and CRM platforms, SQL reporting, Excel (pivot tables), Zebra scanners"]),
         ("Education", ["Computer Systems Technician diploma – Lakeview College, 2017"]),
     ]),
# ------------------------------------------------------------------ w012
dict(id="w012", r="docx", mode="tabs", heads="bold", bullet="•", hdr="title_org", ds="mon", pw="Present",
     sidebar=True, side_hex="E2EFDA", layout_name="sidebar",
     family="Irish event logistics coordinator, Word two-column layout table with shaded sidebar",
     name="Aoife Brennan", contact=["Carrowmore, Co. Sligo", "086 555 2041", "aoife.brennan@mailbox.ie"],
     side=[("Contact", ["Carrowmore, Co. Sligo", "086 555 2041", "aoife.brennan@mailbox.ie"]),
           ("Skills", ["Load planning", "Crew scheduling", "CAD site plans", "Forklift licence", "Excel"]),
           ("Education", ["Cert. in Event Management, Sligo Institute, 2018"])],
     blocks=[
         ("Experience", [
             E("Event Logistics Coordinator", "Shamrock Staging & Hire", "Carrowmore", "2021-02", "present", A, None, [
                 "Plan loads, truck routes and crew call times for 150+ events a year",
                 "Draw site plans for marquees, staging and furniture; book subcontractors and generators",
                 "Track stock out and back in the hire system"]),
             E("Warehouse Operative", "Shamrock Staging & Hire", "Carrowmore", "2019-05", "2021-01", A, None, [
                 "Picked and packed hire orders; cleaned and checked returned furniture and linen"]),
             E("Festival Site Crew", "Greenfield Festivals Ltd", "Ballinmore", "2018-06", "2018-08", A, None, [
                 "Built stages, fencing and signage before gates opened; site clear-up after"], dt="Summer 2018"),
             E("Sales Assistant", "Brady's Outdoor Store", "Carrowmore", "2016-09", "2019-04", F, "in_person_service", [
                 "Advised customers on tents and walking gear, tills and stock"]),
         ]),
         ("Interests", ["Camogie, festival photography"]),
     ]),
# ------------------------------------------------------------------ w013
dict(id="w013", r="rl", layout="twocol", hdr="title_org", ds="mon", pw="Present", tagline="Aquatic & leisure operations",
     footer="Grant Henessy  –  Résumé  –  Page {p}", accent=(0.0, 0.35, 0.45),
     family="Australian leisure-centre general manager, 2-page reportlab résumé with two-column header and page footer",
     name="Grant Henessy", contact=["Tallowood NSW 2450", "0438 555 216", "grant.henessy@mailbox.com.au"],
     blocks=[
         ("Career Summary", "Twenty years in aquatic and leisure facilities, from the pool deck to general manager of a "
                            "council-owned centre with 90 staff and 480,000 visits a year. Strong on budgets, "
                            "contract KPIs, water quality and building a stable casual workforce."),
         ("Key Achievements", ["Delivered the $4.2m indoor pool refurbishment on time and under budget",
                               "Lifted learn-to-swim enrolments from 900 to 1,650 a term",
                               "Cut casual staff turnover by a third through a new induction programme"]),
         ("Career History", [
             E("General Manager", "Bayview Aquatic & Leisure Centre", "Tallowood NSW", "2019-01", "present", N, None, [
                 "Responsible for a $6m operating budget and the management contract with Tallowood Shire Council",
                 "Lead the management team across aquatics, health club, programs, café and facilities",
                 "Monthly KPI and compliance reports to council; capital works planning",
                 "Recruitment, industrial relations and WHS systems for 90 staff",
                 "Chair the centre's safety committee and lead the annual emergency exercise with fire and ambulance",
                 "Prepare the five-year asset plan (plant, roof, tiling, gym fit-out) with council's property team"]),
             E("Operations Manager", "Bayview Aquatic & Leisure Centre", "Tallowood NSW", "2015-03", "2018-12", F,
               "in_person_service", [
                   "Rostered and supervised duty managers, lifeguards and customer service staff",
                   "Resolved escalated member complaints and hosted the monthly members' forum",
                   "Introduced the online booking system for lanes and classes"]),
             E("Aquatics Coordinator", "Glenmore Swim & Fitness Centre", "Glenmore NSW", "2011-07", "2015-02", F,
               "education", [
                   "Coordinated the learn-to-swim program: 40 teachers, assessments and class levels",
                   "Met parents about progress and placement, and taught squads and adult classes"]),
             E("Swim Teacher", "Glenmore Swim & Fitness Centre", "Glenmore NSW", "2008-01", "2011-06", F, "education", [
                 "Taught babies, preschool and school-age lessons; school carnivals"]),
             E("Pool Plant Operator", "Glenmore Swim & Fitness Centre", "Glenmore NSW", "2006-02", "2007-12", A, None, [
                 "Tested and dosed pool water, backwashed filters and kept plant room records",
                 "Closed pools when chemistry was out of range and reported to the manager"]),
             E("Lifeguard", "Tallowood Shire Council", "Tallowood NSW", "2004-11", "2006-01", F, "other_facing", [
                 "Supervised swimmers at two outdoor pools; first aid and rescue"]),
         ]),
         ("Professional Development", ["Leadership in Local Government Contracts (Aquatics & Recreation Institute), 2022",
                                       "Chlorine gas and chemical handling refresher, 2024",
                                       "Mental Health First Aid, 2023",
                                       "Certificate IV in Work Health and Safety, 2017"]),
         ("Memberships", ["Aquatics & Recreation Institute – member since 2010",
                          "Royal Life Saving – volunteer assessor"]),
         ("Qualifications", ["Diploma of Sport and Recreation Management", "Pool Lifeguard & Pool Operations certificates",
                             "AUSTSWIM Teacher of Swimming and Water Safety", "Senior First Aid & CPR"]),
         ("Referees", ["Available on request"]),
     ]),
# ------------------------------------------------------------------ w014
dict(id="w014", r="md", mdh="h3", hdr="title_org", ds="mon", pw="Present", bullet="-",
     family="UK student CV in Markdown, education first, h3 titles with dates and italic employer line",
     name="Ellie Marchetti", contact=["Aldercombe", "07404 555 630", "ellie.marchetti@mailbox.ac.uk"],
     blocks=[
         ("Education", ["**University of Wexbridge** – BA Tourism and Events Management (2024–2027)",
                        "**Aldercombe Sixth Form** – A levels: Geography (A), Business (B), PE (B)"]),
         ("Work Experience", [
             E("Cinema Host (part-time)", "Reel Deal Cinemas", "Aldercombe", "2024-09", "present", F,
               "in_person_service", [
                   "Box office, concessions and screen checks; clean screens between films",
                   "Helped launch the student membership at freshers' fair"]),
             E("Social Media Assistant (student job)", "University of Wexbridge Sports Centre", "Wexbridge", "2024-11",
               "present", A, None, [
                   "Plan and schedule posts, make reels and graphics for classes and events",
                   "Pull monthly engagement numbers for the marketing lead"], section="other"),
             E("Swimming Teacher", "Aldercombe Leisure Centre", "Aldercombe", "2023-05", "2024-08", F, "education", [
                 "Taught Stage 1–4 group lessons for children, after school and Saturdays"]),
         ]),
         ("Volunteering", [
             E("Festival Volunteer – Info Point", "Aldercombe Folk Weekend", "Aldercombe", "2023-07", "2023-07", F,
               "volunteering", ["Answered questions, sold programmes and reunited a few lost children with parents"],
               section="volunteer", etype="volunteer", dt="July 2023"),
         ]),
         ("Skills", ["Canva, Instagram/TikTok scheduling, Excel", "Swim England Level 1 & 2 Teaching Aquatics",
                     "Italian (conversational)"]),
     ]),
# ------------------------------------------------------------------ w015
dict(id="w015", r="docx", mode="tabs", heads="styles", bullet="list", hdr="title_org", ds="mon.", pw="Till date",
     layout_name="styles",
     family="Indian resort spa manager, Word heading styles, tab-stop 'Mon. YYYY' dates, 'Till date'",
     name="Ritika Sharma", contact=["Nayagaon Lake, Rajasthan", "+91 98290 55 4417", "ritika.sharma@mailbox.in"],
     blocks=[
         ("Career Objective", "To lead a luxury spa where guest experience and therapist development go together."),
         ("Professional Experience", [
             E("Spa Manager", "Saanjh Spa at Aravalli Lakeview Resort", "Nayagaon Lake", "2022-04", "present", F,
               "in_person_service", [
                   "Manage a team of 9 therapists and 2 receptionists; spa revenue up 22% in FY 2024-25",
                   "Personally consult with in-house guests on treatment plans and handle feedback and complaints",
                   "Stock control of retail and treatment products; hygiene audits"]),
             E("Guest Relations Executive", "Aravalli Lakeview Resort", "Nayagaon Lake", "2019-06", "2022-03", F,
               "in_person_service", [
                   "Welcomed VIP guests, arranged excursions and celebrations, handled guest requests"]),
             E("Front Office Trainee", "Hotel Saffron Residency", "Station Road, Nayagaon", "2018-12", "2019-05", F,
               "in_person_service", ["Check-in / check-out, telephone and reservations under supervision"],
               etype="internship"),
             E("Event Intern – Weddings", "Rangoli Events & Décor", "Nayagaon Lake", "2018-05", "2018-07", A, None, [
                 "Set up mandap and stage décor, tracked vendor deliveries and inventory at venues"],
               etype="internship"),
         ]),
         ("Education", ["B.Sc. Hospitality & Hotel Administration – Institute of Hotel Management, 2019",
                        "Certificate in Spa Management, 2021"]),
         ("Personal Details", ["Date of birth: 14 March 1997", "Languages: Hindi, English, Rajasthani"]),
         ("Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
     ]),
]
