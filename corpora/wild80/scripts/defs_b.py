"""wild80 résumés w016–w030 (fictional people and organisations)."""
from lib import E

F, A, N = "facing", "affecting", "none"

RESUMES = [
# ------------------------------------------------------------------ w016
dict(id="w016", r="fpdf", layout="left", hdr="title_org", ds="month", pw="Present", bullet="•",
     footer="Marcus Llewellyn · CV · page {p}", accent=(120, 40, 40),
     family="UK tour-operator contracting manager, 2-page fpdf2 CV with page footer, title with right dates",
     name="Marcus Llewellyn", contact=["Brackenford", "07788 555 904", "marcus.llewellyn@mailbox.co.uk"],
     blocks=[
         ("Profile", "Product and contracting manager for a mid-sized UK tour operator. I spent four summers in "
                     "resort before moving to head office, so I know what a contract clause means for a family "
                     "on the ground. Spanish (fluent), Italian (working)."),
         ("Experience", [
             E("Product & Contracting Manager", "Wayfarer Holidays Ltd", "Brackenford", "2020-01", "present", A, None, [
                 "Negotiate allocation and rate contracts with 120 hotels in Spain, Portugal and the Canaries",
                 "Load rates, offers and room types into the reservations system and check pricing before release",
                 "Write and approve hotel descriptions for the website and brochure; fix mis-selling issues raised by customer relations",
                 "Analyse occupancy and margin by hotel each week and decide where to add or release beds",
                 "Visit hotels twice a year for health & safety and quality audits"]),
             E("Overseas Resort Representative", "Sunvista Holidays", "Puerto Solana, Spain", "2016-04", "2019-10", F,
               "in_person_service", [
                   "Hosted welcome meetings and hotel help desks for up to 600 guests a week",
                   "Sold excursions and car hire; top seller in resort in 2018",
                   "Dealt with complaints, illness and lost passports; hospital visits with translators",
                   "Airport transfers: meeting flights, coach commentary and check-in problems"]),
             E("Kids' Club Rep", "Sunvista Holidays", "Puerto Solana, Spain", "2015-05", "2015-10", F, "education", [
                 "Ran daily activity programmes for children aged 4–12 and the mini-disco"]),
             E("Reservations Sales Agent", "Horizon Direct Travel", "Brackenford", "2013-09", "2015-03", F,
               "contact_center", [
                   "Took inbound calls for package holidays and cruises, 60–80 calls a day",
                   "Amendments, payments and upselling insurance and seat upgrades"]),
             E("Finance Assistant", "Horizon Direct Travel", "Brackenford", "2012-06", "2013-08", N, None, [
                 "Processed supplier invoices, ran payment runs and reconciled hotel statements"]),
         ]),
         ("Education", ["BA (Hons) Spanish and Tourism – University of Harrowgate, 2012",
                        "A levels: Spanish, Geography, Economics"]),
         ("Training", ["ABTA Travel Agents' Certificate", "Health & Safety auditing (Travelife)", "Advanced Excel"]),
         ("Interests", ["Walking the Camino routes, five-a-side football, learning Portuguese"]),
         ("References", ["Available on request."]),
     ]),
# ------------------------------------------------------------------ w017
dict(id="w017", r="txt", hdr="labelled", ds="mon", pw="till date", sep=" – ", bullet=">", underline="-",
     layout_name="plain",
     family="Indian ticketing executive, job-portal résumé pasted as text, labelled Position/Organisation/Period blocks",
     name="MOHAMMED IRFAN SHAIKH", contact=["Sahyadri Nagar, Maharashtra", "Mobile: +91 98220 55 713",
                                            "Email: irfan.shaikh@mailbox.in"],
     blocks=[
         ("Objective", "Seeking a challenging position in travel operations where I can use my ticketing and "
                       "customer handling experience for the growth of the organisation."),
         ("Work Experience", [
             E("Senior Ticketing Executive", "Skyline Tours & Travels Pvt. Ltd.", "Sahyadri Nagar", "2020-01", "present",
               F, "contact_center", [
                   "Handle the corporate travel desk: fare quotes and bookings for client employees over phone and e-mail",
                   "Issue domestic and international tickets on Galileo and airline portals",
                   "Date changes, cancellations and refunds as per client travel policy"]),
             E("Visa Documentation Executive", "Skyline Tours & Travels Pvt. Ltd.", "Sahyadri Nagar", "2017-08",
               "2019-12", A, None, [
                   "Prepared visa files for Schengen, UK and Gulf countries and checked documents as per checklist",
                   "Booked appointments online and coordinated with consulates and courier"]),
             E("Hotel Reservations Assistant", "Hotel Sahyadri International", "Sahyadri Nagar", "2015-06", "2017-07", F,
               "contact_center", ["Took room and banquet bookings on phone and e-mail, sent confirmations"]),
             E("Accounts Assistant", "Shree Ganesh Traders", "Sahyadri Nagar", "2014-01", "2015-05", N, None, [
                 "Tally entries, GST invoices, bank reconciliation"]),
         ]),
         ("Educational Qualification", ["B.Com – Savitribai University, 2013 (62%)", "HSC – 2010", "SSC – 2008"]),
         ("Certification", ["IATA Foundation in Travel & Tourism", "Galileo GDS certificate"]),
         ("Personal Details", ["Date of Birth: 02/11/1992", "Marital Status: Married",
                               "Languages Known: English, Hindi, Marathi, Urdu"]),
         ("Declaration", "I hereby declare that all the details furnished above are true to the best of my knowledge. "
                         "Place: Sahyadri Nagar"),
     ]),
# ------------------------------------------------------------------ w018
dict(id="w018", r="docx", mode="tabs", heads="styles", bullet="list", hdr="datefirst", ds="mon", pw="present",
     sep=" – ", layout_name="styles",
     family="Canadian museum programs coordinator, Word heading styles, dates first on the title line",
     name="Geneviève Tremblay-Ross", contact=["Riverbend, ON", "613-555-0164", "gtremblayross@mailbox.ca"],
     blocks=[
         ("Summary", "Museum professional moving from collections to public programs. Bilingual (French/English)."),
         ("Relevant Experience", [
             E("Program Coordinator, Public Programs", "Northshore Museum of Natural History", "Riverbend, ON", "2021-05",
               "present", F, "education", [
                   "Book school groups by phone and email and lead curriculum-linked workshops for grades 1–8",
                   "Run family science weekends and train and schedule 25 program volunteers"]),
             E("Collections Technician", "Northshore Museum of Natural History", "Riverbend, ON", "2017-09", "2021-04", N,
               None, ["Condition reports, specimen moves and storage upgrades; database clean-up for 40,000 records"]),
             E("Exhibit Installer", "Maplewood Exhibit Fabricators", "Riverbend, ON", "2016-03", "2017-08", A, None, [
                 "Built and installed exhibit cases, graphics and interactives in museums, mostly after hours"]),
             E("Summer Interpreter", "Fort Cartier Historic Site", "Lac-Cartier, QC", "2015-06", "2015-08", F,
               "other_facing", ["Costumed interpretation and musket demonstrations for visitors in both languages"],
               dt="Summer 2015"),
         ]),
         ("Education", ["M.A. Public History – Riverbend University, 2017", "B.Sc. Biology – Université de Lac-Cartier, 2014"]),
         ("Languages", ["French (native), English (fluent)"]),
     ]),
# ------------------------------------------------------------------ w019
dict(id="w019", r="html", hdr="pipe", ds="mm/yyyy", pw="Current", sep=" – ",
     family="US escape-room game master, HTML page, pipe-separated title, employer and town headings with mm/yyyy dates",
     name="Tyler Nguyen", contact=["Fairhaven, TX", "(254) 555-0139", "tyler.nguyen@mailbox.com"],
     blocks=[
         ("Skills", ["Guest experience · troubleshooting electronics · POS · team training · Spanish (basic)"]),
         ("Work History", [
             E("Game Master", "Lockbox Escape Rooms", "Fairhaven, TX", "2023-06", "present", F, "other_facing", [
                 "Brief groups, watch games on camera and give hints by walkie and screen",
                 "Reset rooms and repair props and maglocks between games",
                 "Run corporate team-building debriefs"]),
             E("Pinsetter Mechanic", "Starlanes Family Entertainment Center", "Fairhaven, TX", "2021-02", "2023-05", A,
               None, [
                   "Kept 24 lanes of pinsetters running: clearing jams, replacing belts and decks behind the lanes",
                   "Oiled lanes every morning before opening; preventive maintenance log"]),
             E("Birthday Party Host", "Starlanes Family Entertainment Center", "Fairhaven, TX", "2019-09", "2021-01", F,
               "in_person_service", ["Hosted 4–6 kids' parties a weekend: bowling, food, cake and games"]),
             E("Delivery Driver", "Crust & Co Pizza", "Fairhaven, TX", "2018-05", "2019-08", F, "in_person_service", [
                 "Delivered orders, took payment at the door and handled missing-item complaints"]),
         ]),
         ("Education", ["Fairhaven High School, diploma 2018", "Some coursework, Central Texas Community College"]),
     ]),
# ------------------------------------------------------------------ w020
dict(id="w020", r="rl", layout="plain", centre=True, letter=True, hdr="org_title", ds="mon", pw="Present", caps=True,
     accent=(0.55, 0.1, 0.4),
     family="US theme-park character performer, reportlab centred header, employer line first then title",
     name="Jasmine Cole", contact=["Sawgrass Point, FL", "(407) 555-0190", "jasmine.cole@mailbox.com"],
     blocks=[
         ("Experience", [
             E("Entertainment Performer – Character", "Cypress Grove Resort & Theme Park", "Sawgrass Point, FL",
               "2022-03", "present", F, "other_facing", [
                   "Character meet-and-greets, photo sessions and parades, 6 sets a day",
                   "Interact with guests with special needs and make-a-wish families",
                   "Swing for two stage shows"]),
             E("Wardrobe Assistant", "Cypress Grove Resort & Theme Park", "Sawgrass Point, FL", "2020-06", "2022-02", A,
               None, [
                   "Laundered, repaired and issued costumes backstage for 60+ performers a day",
                   "Tracked costume inventory and alterations"]),
             E("Dance Instructor", "Step Up Dance Academy", "Marlow Springs, FL", "2018-08", "2020-05", F, "education", [
                 "Taught jazz and hip-hop to ages 6–16; choreographed the spring recital"]),
             E("Server", "Rosie's Crab Shack", "Marlow Springs, FL", "2017-05", "2018-07", F, "in_person_service", []),
         ]),
         ("Training", ["BFA Dance (in progress, online) – Gulf Coast University", "CPR / AED"]),
         ("Special Skills", ["Stage combat, stilt walking, ASL (conversational)"]),
     ]),
# ------------------------------------------------------------------ w021
dict(id="w021", r="docx", mode="table", layout_name="table", heads="bold", bullet="list", hdr="title_org", ds="mm/yyyy", pw="Present",
     family="Australian AV technician, Word with a borderless table per job, mm/yyyy dates",
     name="Liam Castellano", contact=["Kingsmere VIC 3390", "0421 555 377", "liam.castellano@mailbox.com.au"],
     blocks=[
         ("About", "AV technician for conferences and live events. Sound, lighting, vision switching and LED walls."),
         ("Employment", [
             E("AV Technician", "Eventcore Productions", "Kingsmere VIC", "2021-03", "present", F, "other_facing", [
                 "Rig and operate sound, lighting and vision for conferences, gala dinners and product launches",
                 "Brief presenters on mics and clickers, and change run sheets on the fly for the client's event manager",
                 "Bump-in / bump-out and test-and-tag of all equipment"]),
             E("Warehouse & Bump-in Crew", "Eventcore Productions", "Kingsmere VIC", "2019-02", "2021-02", A, None, [
                 "Prepped and tested gear against pick lists, loaded trucks, built sets on site"]),
             E("Apprentice Electrician", "Brightspark Electrical", "Kingsmere VIC", "2016-01", "2018-12", N, None, [
                 "Domestic and commercial wiring on new builds"], etype="internship"),
             E("Casual Bartender", "Kingsmere Bowls Club", "Kingsmere VIC", "2015-03", "2016-12", F, "in_person_service",
               ["Served members and function guests; RSA certified"]),
         ]),
         ("Tickets & Licences", ["Working at Heights", "EWP (yellow card)", "Test & Tag", "Driver's licence (LR)"]),
         ("Referees", ["Available on request"]),
     ]),
# ------------------------------------------------------------------ w022
dict(id="w022", r="md", mdh="bold", hdr="dash", ds="mon", pw="Present", bullet="-",
     family="Canadian personal trainer in Markdown, bold 'Title – Employer, Town' lines, overlapping part-time job",
     name="Darnell Whitfield", contact=["Cobalt Bay, BC", "604-555-0117", "darnell.fit@mailbox.ca"],
     blocks=[
         ("Certifications", ["CSEP Certified Personal Trainer", "Precision Nutrition L1", "Standard First Aid & CPR-C"]),
         ("Experience", [
             E("Personal Trainer", "Independent", "Cobalt Bay, BC", "2020-09", "present", F, "entrepreneurial_freelance", [
                 "Train 18–22 clients a week one-to-one and in small groups, in two rented studios and outdoors",
                 "Fitness assessments, programmes, check-ins and billing; all marketing through referrals and Instagram"],
               etype="freelance"),
             E("Fitness Floor Coach", "Ironleaf Fitness", "Cobalt Bay, BC", "2018-04", "2020-08", F, "other_facing", [
                 "Member orientations, spotting and form coaching; kept the floor clean and equipment reset"]),
             E("Membership Sales Consultant", "Ironleaf Fitness", "Cobalt Bay, BC", "2017-01", "2018-03", F,
               "sales_account", ["Club tours, memberships and PT packages; 110% of monthly target on average"]),
             E("Group Fitness Instructor (part-time)", "Cobalt Bay Community Centre", "Cobalt Bay, BC", "2016-06",
               "2019-12", F, "other_facing", ["Led spin, bootcamp and seniors' strength classes, 4 a week"]),
         ]),
         ("Education", ["Diploma, Exercise and Wellness – Cobalt Bay College, 2016"]),
     ]),
# ------------------------------------------------------------------ w023
dict(id="w023", r="fpdf", layout="left", hdr="dash", ds="mm/yyyy", pw="Present", bullet="–", contact_lines=True,
     accent=(0, 90, 140),
     family="UK holiday-company customer care adviser, fpdf2 left-aligned header, dash lines, career break listed",
     name="Chloe Hartigan", contact=["Farleigh", "07590 555 861", "chloe.hartigan@mailbox.co.uk"],
     blocks=[
         ("Work History", [
             E("Customer Care Adviser – Post-Travel", "Bluewave Holidays", "Farleigh", "2022-02", "present", F,
               "contact_center", [
                   "Handle post-holiday complaints by phone and email, review evidence and agree compensation",
                   "Liaise with hotels and resort teams for statements"]),
             E("Live Chat Agent", "Bluewave Holidays", "Farleigh", "2021-03", "2022-01", F, "digital_service", [
                 "Answered 3–4 chats at once on the website and app about bookings, Covid rules and refunds"]),
             E("Career Break – travelling in South-East Asia", None, None, "2020-04", "2021-02", N, None, [],
               etype="unknown"),
             E("Resort Representative", "Bluewave Holidays", "Costa Mirelle, Spain", "2018-05", "2020-03", F,
               "in_person_service", ["Welcome meetings, excursion sales, hotel help desk and airport transfers"]),
             E("Waitress", "The Old Mill Tearooms", "Farleigh", "2016-06", "2018-04", F, "in_person_service", []),
         ]),
         ("Education", ["Farleigh College – BTEC Travel and Tourism (Distinction), 2016"]),
         ("Skills", ["Complaint handling · Salesforce · Spanish (intermediate) · touch typing 60 wpm"]),
     ]),
# ------------------------------------------------------------------ w024
dict(id="w024", r="docx", mode="tabs", heads="bold", bullet="•", hdr="title_org", ds="month", pw="Present",
     header_name=True, layout_name="header",
     family="Irish wedding venue coordinator, name and contact in the Word page header, tab-stop dates",
     name="Niamh Gallagher", contact=["Ballycarran, Co. Kildare", "085 555 6630", "niamh.gallagher@mailbox.ie"],
     blocks=[
         ("Experience", [
             E("Wedding & Events Coordinator", "Ballycarran Castle Hotel", "Ballycarran", "2021-04", "present", F,
               "in_person_service", [
                   "Show couples around the castle, plan menus, timings and room blocks with them",
                   "Host the wedding on the day from arrival drinks to the first dance",
                   "Around 70 weddings a year"]),
             E("Events Administrator", "Ballycarran Castle Hotel", "Ballycarran", "2019-09", "2021-03", A, None, [
                 "Prepared contracts, deposits schedules and function sheets for kitchen and bar",
                 "Booked outside suppliers (bands, florists, marquees) and updated the events diary"]),
             E("Front Desk Agent", "The Harbour Lodge Hotel", "Kilrush Bay", "2017-06", "2019-08", F,
               "in_person_service", ["Check-ins, reservations and guest queries; night audit cover once a week"]),
             E("Accounts Payable Clerk", "Doyle Building Supplies", "Mill Road, Ballycarran", "2015-02", "2017-05", N,
               None, ["Matched invoices to POs, supplier statements and payment runs"]),
         ]),
         ("Education", ["Higher Cert. in Hospitality Management – Kildare Institute, 2015"]),
         ("Interests", ["Baking, choir, hill walking"]),
     ]),
# ------------------------------------------------------------------ w025
dict(id="w025", r="txt", hdr="inline", ds="mm/yyyy", pw="Present", sep=" - ", bullet="*", underline="~",
     layout_name="plain",
     family="US stadium guest-services supervisor and veteran, plain text, title line with dates after a comma",
     name="DeShawn Ellery", contact=["Harlow Falls, PA 17590", "(717) 555-0145", "deshawn.ellery@mailbox.com"],
     blocks=[
         ("Summary", "U.S. Army veteran working in stadium guest services. Big crowds, radios, accessibility, "
                     "and keeping things moving on game day."),
         ("Experience", [
             E("Guest Services Supervisor", "Ironbridge Stadium", "Harlow Falls, PA", "2022-03", "present", F,
               "in_person_service", [
                   "Run the guest services booths: lost children, accessibility requests, complaints and ticket issues",
                   "Supervise 14 guest services staff and coordinate with security on the radio"]),
             E("Concessions Stand Lead", "Delmont Hospitality Group", "Harlow Falls, PA", "2019-04", "2022-02", F,
               "in_person_service", ["Ran a 6-register stand at Ironbridge Stadium; cash counts and inventory"]),
             E("Grounds Crew Member", "Harlow Falls Riverhawks", "Harlow Falls, PA", "2017-03", "2019-03", N, None, [
                 "Mowed, edged and painted the field, prepped the mound and infield before games",
                 "Pulled the tarp during rain delays"]),
             E("Motor Transport Operator", "U.S. Army", None, "2012-06", "2016-12", N, None, [
                 "Drove and maintained tactical vehicles; convoy operations"], etype="military"),
         ]),
         ("Education", ["Harlow Falls Area High School, 2012"]),
         ("Certifications", ["Crowd Manager (NFPA)", "CPR / AED / First Aid"]),
     ]),
# ------------------------------------------------------------------ w026
dict(id="w026", r="rl", layout="sidebar", hdr="datefirst", ds="mon", pw="Present", caps=False, accent=(0.1, 0.4, 0.3),
     side_rgb=(0.88, 0.94, 0.9),
     family="New Zealand adventure guide, reportlab shaded sidebar, dates first on the title line, winter season",
     name="Sophie Lindqvist", contact=["Alpine Junction 9371", "027 555 4482", "sophie.lindqvist@mailbox.co.nz"],
     side=[("Contact", ["Alpine Junction 9371", "027 555 4482", "sophie.lindqvist@mailbox.co.nz"]),
           ("Qualifications", ["NZSIA Level 2 Ski Instructor", "NZQA Raft Guide Grade 4", "Outdoor First Aid"]),
           ("Languages", ["English, Swedish"]),
           ("Interests", ["Backcountry touring, trail running"])],
     blocks=[
         ("Experience", [
             E("Booking Office Assistant", "Wildwater Adventures NZ", "Alpine Junction", "2025-10", "present", F,
               "in_person_service", [
                   "Check in rafting and jet-boat customers, take phone and online bookings, sell photo packages"]),
             E("Ski Instructor", "Silverpeak Snowfields", "Alpine Junction", "2025-06", "2025-08", F, "education", [
                 "Taught group and private lessons to beginners and children"], dt="Winter 2025"),
             E("Rafting Guide", "Wildwater Adventures NZ", "Alpine Junction", "2022-10", "2025-04", F, "other_facing", [
                 "Guided grade 3–4 trips, safety talks and river rescues; up to 4 trips a day in peak season"]),
             E("Gear Store & Vehicle Technician", "Wildwater Adventures NZ", "Alpine Junction", "2021-11", "2022-09", A,
               None, ["Repaired rafts and wetsuits, serviced buses and trailers, kept safety gear checked"]),
             E("Barista", "Fernhill Café", "Alpine Junction", "2020-01", "2021-10", F, "in_person_service", []),
         ]),
     ]),
# ------------------------------------------------------------------ w027
dict(id="w027", r="docx", mode="tabs", heads="styles", bullet="list", hdr="title_org", ds="mon", pw="Present",
     layout_name="styles",
     family="Philippine hotel MICE sales manager, Word heading styles, tab-stop dates",
     name="Patricia Dela Cruz", contact=["Bayfront City, Metro Manila", "+63 917 555 0824", "patricia.delacruz@mailbox.ph"],
     blocks=[
         ("Professional Summary", "Hotel sales professional specializing in meetings, incentives, conferences and "
                                  "exhibitions (MICE), with an events operations background."),
         ("Work Experience", [
             E("Sales Manager – MICE", "Bayfront Grand Hotel", "Bayfront City", "2021-07", "present", F, "sales_account", [
                 "Handle 60+ corporate and association accounts; conduct site inspections and prepare proposals",
                 "Negotiate group contracts and hand over to events operations",
                 "Closed PHP 48M in group business in 2025"]),
             E("Events Operations Executive", "Bayfront Grand Hotel", "Bayfront City", "2018-10", "2021-06", F,
               "in_person_service", [
                   "Prepared function sheets and coordinated banquet, AV and kitchen teams",
                   "Served as on-the-day contact for organizers and handled last-minute requests"]),
             E("Marketing Assistant", "Isla Verde Resorts", "Bayfront City", "2016-06", "2018-09", A, None, [
                 "Wrote brochure and website copy, scheduled social posts, updated OTA listings and photos"]),
             E("Payroll Assistant", "Pacific Staffing Solutions", "Bayfront City", "2015-03", "2016-05", N, None, [
                 "Computed semi-monthly payroll and government contributions for 400 deployed staff"]),
         ]),
         ("Education", ["BS Tourism Management – Colegio de San Rafael, 2015"]),
         ("Seminars Attended", ["Revenue Management Basics, 2022", "Hotel Sales Excellence Workshop, 2019"]),
         ("Character References", ["Available upon request"]),
     ]),
# ------------------------------------------------------------------ w028
dict(id="w028", r="html", hdr="org_title", ds="mon", pw="Present",
     family="Welsh museum learning officer, HTML page, employer heading first then italic title, overlapping part-time role",
     name="Rhiannon Pryce", contact=["Afonlas, Gwynedd", "07733 555 218", "rhiannon.pryce@mailbox.cymru"],
     blocks=[
         ("Profile", "Former primary teacher, now learning officer at an industrial heritage centre. Bilingual "
                     "Welsh/English; I write and deliver sessions in both."),
         ("Career", [
             E("Learning Officer", "Afonlas Heritage Centre", "Afonlas", "2020-09", "present", F, "education", [
                 "Deliver curriculum-linked workshops for 6,000 school pupils a year, on site and in schools",
                 "Write teacher packs and run INSET sessions"]),
             E("Digital Content Officer (part-time)", "Afonlas Heritage Centre", "Afonlas", "2022-01", "present", A, None,
               ["Write web pages, audio-guide scripts and online collection stories in Welsh and English"]),
             E("Primary Teacher", "St Brynach's Primary School", "Llanfechan", "2014-09", "2020-08", F, "education", [
                 "Year 3/4 class teacher; history and Welsh co-ordinator"]),
             E("Volunteer Archive Cataloguer", "Afonlas Local History Society", "Afonlas", "2012-01", "2014-06", N, None, [
                 "Catalogued photographs and quarry records in the society's archive"],
               section="volunteer", etype="volunteer"),
         ]),
         ("Qualifications", ["PGCE Primary – Prifysgol Bangor-Fawr, 2014", "BA History, 2013"]),
     ]),
# ------------------------------------------------------------------ w029
dict(id="w029", r="fpdf", centre=True, layout="centred", hdr="title_org", ds="mon", pw="Present", bullet="•",
     accent=(0, 100, 120),
     family="Philippine resort events assistant moving into travel BPO, fpdf2 centred header, title with right dates",
     name="Joshua Villanueva", contact=["Santa Lucia City", "0918 555 2274", "joshua.villanueva@mailbox.ph"],
     blocks=[
         ("Objective", "To grow in travel customer support, using my resort and events experience."),
         ("Work Experience", [
             E("Travel Support Associate (Chat & Email)", "Orion Global Solutions", "Santa Lucia City", "2023-01",
               "present", F, "digital_service", [
                   "Support customers of an online travel agency by chat and email: changes, cancellations, refunds",
                   "Meet CSAT and handle-time targets; 94% QA average"]),
             E("Events Assistant", "Coral Cove Beach Resort", "Isla Blanca", "2020-11", "2022-12", F,
               "in_person_service", [
                   "Set up beach weddings and company outings; coordinated with couples and organizers on the day"]),
             E("Maintenance Aide", "Coral Cove Beach Resort", "Isla Blanca", "2019-06", "2020-10", F, "other_facing", [
                 "Attended guest room repair calls (aircon, TV, leaking taps) and explained fixes to guests",
                 "Pool pump and generator checks"]),
             E("Service Crew", "Burger Bay", "Santa Lucia City", "2017-04", "2019-05", F, "in_person_service", [
                 "Counter, drive-thru and dining area"]),
         ]),
         ("Education", ["Bachelor of Science in Hospitality Management – Santa Lucia Polytechnic College, 2019"]),
         ("Skills", ["Zendesk, Google Workspace, English and Filipino, typing 55 wpm"]),
     ]),
# ------------------------------------------------------------------ w030
dict(id="w030", r="docx", mode="tabs", heads="bold", bullet="-", hdr="pipe", ds="mon", pw="Present",
     layout_name="tabs",
     family="South African entertainment-venue maintenance technician, Word tab-stop dates, pipe title line, year-only apprenticeship",
     name="Sipho Dlamini", contact=["Kestrel Park", "082 555 7106", "sipho.dlamini@mailbox.co.za"],
     blocks=[
         ("Profile", "Qualified electrician (Red Seal) in building maintenance at an entertainment venue."),
         ("Work Experience", [
             E("Maintenance Technician", "Suncrest Entertainment World", "Kestrel Park", "2020-03", "present", N, None, [
                 "Planned maintenance on HVAC, generators, DB boards and plant rooms, mostly night shift",
                 "Fault-finding on building electrical systems; contractor permits"]),
             E("Electrician", "Mabaso Electrical Contractors", "Kestrel Park", "2015-01", "2020-02", N, None, [
                 "Installations on new shopping centre and housing sites"]),
             E("Apprentice Electrician", "Mabaso Electrical Contractors", "Kestrel Park", "2012", "2014", N, None, [],
               etype="internship"),
         ]),
         ("Community", [
             E("Volunteer Coach", "Kestrel Park Junior Soccer Club", "Kestrel Park", "2018", "present", F, "volunteering",
               ["Coach the under-11s on Saturdays"], section="volunteer", etype="volunteer"),
         ]),
         ("Qualifications", ["Trade Test – Electrician (Red Seal), 2015", "N3 Electrical Engineering", "Wireman's Licence"]),
     ]),
]
