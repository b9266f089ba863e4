"""Résumés w001–w015 (transport and mobility)."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# w001 -------------------------------------------------------------------------------------------------
R(file="w001.pdf", renderer="rl", layout="plain", order="title_org", dstyle="mon", present="Present",
  paper="letter",
  family="US city bus operator with a paratransit and rideshare past, Word-to-PDF single column, title line with right-aligned dates",
  name="Darnell Whitfield", contact=["Harlow Springs, OH 43390", "(614) 555-0182", "d.whitfield@mailbox.net"],
  headline="Transit Operator | CDL Class B with P endorsement",
  blocks=[
      ("Summary", "para", "Nine years moving people safely around a mid-size city. Calm with riders, on time with the "
       "schedule, clean record since 2019. Looking for a road supervisor or trainer role."),
      ("Experience", "entries", [
          E("Bus Operator", "Harlow Springs Regional Transit Authority", "Harlow Springs, OH", "2020-03", "present",
            "facing", "in_person_service",
            ["Operate 40-ft low-floor buses on fixed routes, about 300 boardings per shift",
             "Deploy ramp and secure mobility devices; announce stops and help riders with transfers",
             "Handle fare disputes and upset riders calmly; write incident reports when needed"]),
          E("Paratransit Driver", "CareLink Mobility", "Columbus, OH", "2017-08", "2020-02", "facing", "in_person_service",
            ["Door-to-door rides for seniors and riders with disabilities, up to 18 pickups a day",
             "Assisted riders from front door to vehicle, loaded wheelchairs, checked IDs against the manifest"]),
          E("Rideshare Driver", "Independent", "Columbus, OH", "2016-05", "2017-07", "facing", "in_person_service",
            ["Weekend and evening trips; 4.93 rating over 2,100 rides"], etype="freelance"),
          E("Fuel & Wash Attendant", "Harlow Springs Regional Transit Authority", "Harlow Springs, OH", "2015-09",
            "2016-04", "affecting", None,
            ["Night shift in the garage: fuelled, washed and swept out buses before the morning pull-out",
             "Reported damaged seats, graffiti and broken fareboxes to maintenance"]),
      ]),
      ("Licenses & Training", "bullets", ["CDL Class B, Passenger & Air Brake endorsements", "Defensive driving (Smith-style) refresher 2024",
                                           "CPR/First Aid"]),
      ("Education", "lines", ["Harlow Springs High School — Diploma, 2012"]),
  ])

# w002 -------------------------------------------------------------------------------------------------
R(file="w002.docx", renderer="docx", layout="styles", order="title_org", dstyle="month", present="Present",
  family="UK train conductor applying for a station team leader post, Word heading styles with list bullets, right tab-stop dates",
  name="Siobhan Pryce", contact=["Kettleford, Derbyshire", "07700 900 417", "siobhan.pryce@mailbox.co.uk"],
  headline="Conductor with eight years on regional and intercity services",
  blocks=[
      ("Profile", "para", "Safety-critical conductor used to busy commuter trains, disruption and the odd rowdy "
       "Saturday night. PTS holder. I enjoy the passenger side of the railway and would like to lead a station team."),
      ("Employment History", "entries", [
          E("Senior Conductor", "Midshire Railways", "Derby", "2021-06", "present", "facing", "in_person_service",
            ["Responsible for the safe dispatch of 8-car trains and for passengers on board",
             "Sell and check tickets, issue penalty fares, deal with complaints on the train",
             "Make passenger announcements during disruption and arrange onward travel",
             "Mentor two new conductors through their route knowledge"]),
          E("Conductor", "Midshire Railways", "Derby", "2018-02", "2021-05", "facing", "in_person_service",
            ["Door operation, ticket checks and help for passengers needing assistance"]),
          E("Revenue Protection Inspector", "Midshire Railways", "Nottingham", "2016-09", "2018-01", "facing",
            "in_person_service",
            ["Ticket inspections on trains and at gatelines; issued Penalty Fare notices",
             "Gave evidence statements for prosecutions"]),
          E("Warehouse Operative", "Brindle Parcel Hub", "Castle Donington", "2014-03", "2016-08", "affecting", None,
            ["Scanned and sorted parcels for next-day delivery routes on nights"]),
      ]),
      ("Qualifications", "bullets", ["Personal Track Safety (PTS)", "NVQ Level 2 Rail Passenger Services",
                                     "GCSEs (7) including English and Maths"]),
      ("Interests", "para", "Fell walking, heritage railway volunteering (signal box open days), five-a-side."),
  ])

# w003 -------------------------------------------------------------------------------------------------
R(file="w003.txt", renderer="txt", hstyle="equals", order="dash", dashc="-", dstyle="mon", present="Till date",
  sep=" to ", bullet="-", txtpad=False,
  family="Indian job-portal style driver résumé pasted as text, 'Title - Employer, Town (dates)', 'Till date'",
  name="RAJESH KUMAR YADAV", contact=["Mobile: +91 98765 40213", "Email: rajesh.yadav84@mailbox.in",
                                      "Address: H.No 14, Sector 9, Kharvani, Gurugram, Haryana"],
  blocks=[
      ("Career Objective", "para", "To work as a company driver / cab driver with a reputed organisation where my "
       "driving experience and knowledge of Delhi NCR roads can be utilised."),
      ("Work Experience", "entries", [
          E("Cab Driver (Employee Transport)", "Sapphire Fleet Services Pvt. Ltd.", "Gurugram", "2021-04", "present",
            "facing", "in_person_service",
            ["Pick-up and drop of IT company employees in night shift",
             "Follow security guard escort rules for lady employees, call each employee before pickup",
             "Maintain trip sheet and log book, vehicle cleanliness"]),
          E("Personal Driver", "Mr. A. K. Malhotra (Private family)", "New Delhi", "2017-01", "2021-03", "facing",
            "in_person_service",
            ["Drove the family members to office, school and functions", "Car maintenance, servicing and insurance papers"]),
          E("Delivery Boy", "QuickKart Express", "New Delhi", "2015-06", "2016-12", "facing", "in_person_service",
            ["Cash on delivery orders on bike, collected payment and returns from customers at door"]),
          E("Helper", "Shree Ganesh Transport Co.", "Rewari", "2013-02", "2015-05", "none", None,
            ["Loading and unloading of goods trucks at godown", "Covering loads with tarpaulin and tying ropes"]),
      ]),
      ("Driving Licence", "lines", ["LMV + MCWG, valid till 2031. Badge holder (commercial)."]),
      ("Education", "lines", ["10th Pass - Haryana Board (2012)"]),
      ("Personal Details", "lines", ["Father's Name: Sh. Ram Niwas Yadav", "Date of Birth: 04-08-1995",
                                     "Languages: Hindi, Haryanvi, basic English", "Marital Status: Married"]),
      ("Declaration", "para", "I hereby declare that the above information is true to the best of my knowledge."),
  ])

# w004 -------------------------------------------------------------------------------------------------
R(file="w004.pdf", renderer="fpdf", layout="sidebar", order="title_org", dstyle="mon", present="Present",
  sidecolor=(236, 228, 240),
  family="UAE-based cabin crew CV, fpdf2 with shaded left sidebar (photo-less profile, languages, skills)",
  name="Ana Lucía Ferreira", contact=["Al Qusais, Dubai, UAE", "+971 50 555 3142", "ana.ferreira@mailbox.ae"],
  side=[("Languages", "lines", ["Portuguese (native)", "English (fluent)", "Spanish (good)", "Arabic (basic)"]),
        ("Skills", "lines", ["Safety & emergency procedures", "Premium cabin service", "Wine & coffee service",
                             "Conflict de-escalation", "First aid (aviation)"]),
        ("Details", "lines", ["Height 168 cm", "Arm reach 212 cm", "Visa: residence (own)"])],
  headline="Senior Cabin Crew – Business Class",
  blocks=[
      ("Experience", "entries", [
          E("Cabin Crew – Business Class", "Falcon Gulf Airways", "Dubai", "2022-01", "present", "facing",
            "in_person_service",
            ["Deliver multi-course business class service on long-haul flights to 40+ destinations",
             "Welcome guests, handle special meal and connection queries, resolve seat and service complaints",
             "Carry out safety checks, demos and in-flight first aid when needed"]),
          E("Cabin Crew – Economy", "Falcon Gulf Airways", "Dubai", "2019-05", "2021-12", "facing", "in_person_service",
            ["Economy cabin service, duty-free sales and UMNR care on medium and long haul"]),
          E("Guest Relations Agent", "Hotel Miradouro Lisboa", "Lisbon, Portugal", "2016-10", "2019-03", "facing",
            "in_person_service",
            ["Front desk check-in/out, concierge requests and complaint handling for a 210-room hotel"]),
          E("Catering Assembly Operative", "SkyMeal Catering Portugal", "Lisbon, Portugal", "2015-06", "2016-09",
            "affecting", None,
            ["Assembled meal trays and trolleys to each airline's loading plan in the production unit",
             "Checked allergen labels and seal numbers before the trolleys went to the aircraft"]),
      ]),
      ("Education", "lines", ["BA Tourism – Instituto Superior de Turismo do Estoril (2015)"]),
  ])

# w005 -------------------------------------------------------------------------------------------------
R(file="w005.docx", renderer="docx", layout="tabs", order="title_org", dstyle="mon", present="To date",
  bullet="•",
  family="Kenyan CV, Word tab-stop dates, matatu conductor to dispatcher at a courier firm, referees listed",
  name="Brian Otieno Ochieng", contact=["P.O. Box 4521-40100, Kisumu", "+254 712 555 908", "brian.ochieng@mailbox.co.ke"],
  blocks=[
      ("Personal Profile", "para", "Hardworking and honest young man with seven years in public transport and courier "
       "logistics. Good with customers and riders, conversant with M-Pesa till operations and dispatch apps."),
      ("Work Experience", "entries", [
          E("Dispatch Clerk", "Lakeside Parcels Ltd", "Kisumu", "2023-02", "present", "affecting", None,
            ["Assign parcels to riders and vans using the dispatch app, plan routes each morning",
             "Track delivery status and update the system with proof of delivery",
             "Reconcile rider cash-on-delivery collections with accounts"]),
          E("Boda Boda Rider", "Self-employed", "Kisumu", "2020-06", "2023-01", "facing", "in_person_service",
            ["Carried passengers and small parcels around Kisumu town and Kondele; M-Pesa payments"],
            etype="freelance"),
          E("Matatu Conductor", "Nyanza Line Sacco", "Kisumu–Busia route", "2018-01", "2020-05", "facing",
            "in_person_service",
            ["Called and loaded passengers at the stage, collected fares and issued receipts",
             "Kept order in the vehicle and helped elderly passengers with luggage"]),
          E("Shamba Hand", None, "Siaya", "2017-01", "2017-12", "none", None,
            ["Casual farm work: weeding, harvesting maize and sukuma wiki"], etype="paid"),
      ]),
      ("Education", "lines", ["KCSE – Ng'iya Boys High School (2016), Mean Grade C", "Certificate in Driving (BCE) – Kisumu Driving School 2019"]),
      ("Referees", "lines", ["Mr. Peter Owino, Operations Manager, Lakeside Parcels Ltd – 0722 555 311",
                             "Mrs. Jane Akinyi, Chairlady, Nyanza Line Sacco – 0733 555 127"]),
  ])

# w006 -------------------------------------------------------------------------------------------------
R(file="w006.md", renderer="md", layout="h3", order="title_org", dstyle="month", present="present",
  family="US delivery driver in Markdown, h3 titles with italic employer and dates, contactless and hand-over routes",
  name="Kayla M. Brooks", contact=["Tacoma Flats, WA", "(253) 555-0147", "kaylabrooks@mailbox.com"],
  blocks=[
      ("Skills", "bullets", ["Clean driving record, DOT medical card", "Handheld scanners, route apps, ELD logs",
                             "Lift 75 lbs", "Bilingual English/Spanish"]),
      ("Work History", "entries", [
          E("Delivery Associate", "Northpoint Delivery Partners LLC", "Tacoma, WA", "2023-09", "present", "affecting",
            None,
            ["Deliver 180–220 packages a day on a 10-hour residential route in a step van",
             "Photo-on-delivery to porches, mailrooms and lockers; scan every stop",
             "Load the van in the correct stop order at the station before departure"]),
          E("Furniture Delivery Driver", "Cascade Home Furnishings", "Federal Way, WA", "2021-04", "2023-08", "facing",
            "in_person_service",
            ["Two-person white-glove deliveries: carried furniture into customers' homes and assembled it",
             "Walked customers through care instructions and took payment for any balance due",
             "Called customers the evening before to confirm their delivery window"]),
          E("Warehouse Associate", "Cascade Home Furnishings", "Federal Way, WA", "2019-11", "2021-03", "affecting",
            None,
            ["Picked and staged orders for next-day delivery trucks; checked items for damage"]),
          E("Line Cook", "Sizzle Shack", "Tacoma, WA", "2018-06", "2019-10", "affecting", None, []),
      ]),
      ("Education", "lines", ["Lincoln Ridge High School, Tacoma — diploma 2018"]),
  ])

# w007 -------------------------------------------------------------------------------------------------
R(file="w007.pdf", renderer="rl", layout="sidebar", order="title_org", dstyle="mm/yyyy", present="Present",
  sep=" - ", sidecolor=(0.86, 0.93, 0.90),
  family="UK airport customer service agent, reportlab with coloured left sidebar, mm/yyyy dates",
  name="Priya Chandarana", contact=["Hounsmoor, Middlesex", "07700 900 662", "priya.c@mailbox.co.uk"],
  side=[("Key skills", "lines", ["DCS check-in systems", "Boarding & gate control", "PRM awareness",
                                 "Cash handling", "Gujarati, Hindi"]),
        ("Education", "lines", ["BTEC Travel & Tourism", "Level 3, 2015", "Hounsmoor College"]),
        ("Hobbies", "lines", ["Netball, baking"])],
  headline="Airport Passenger Services",
  blocks=[
      ("Profile", "para", "Customer service agent with nine years at a busy London airport: check-in, gates, "
       "arrivals and baggage services. Airside pass holder."),
      ("Career history", "entries", [
          E("Customer Service Agent", "Aerhandle Ground Services", "Heathmoor Airport", "2019-04", "present", "facing",
            "in_person_service",
            ["Check-in, bag drop and boarding for three long-haul carriers",
             "Rebook passengers during disruption and issue hotel and meal vouchers",
             "Handle denied-boarding and excess baggage conversations at the desk"]),
          E("Baggage Services Agent", "Aerhandle Ground Services", "Heathmoor Airport", "2017-03", "2019-03", "facing",
            "in_person_service",
            ["Took lost and delayed bag reports at the arrivals desk and traced bags in WorldTracer",
             "Called passengers back with updates and arranged courier delivery of found bags"]),
          E("Baggage Reconciliation Agent", "Aerhandle Ground Services", "Heathmoor Airport", "2016-01", "2017-02",
            "affecting", None,
            ["Worked in the baggage hall matching loaded bags to checked-in passengers",
             "Offloaded bags of no-show passengers before departure"]),
          E("Sales Assistant", "Tillbury Books", "Hounsmoor", "2013-09", "2015-12", "facing", "in_person_service",
            ["Saturday and holiday job on the tills and shop floor"]),
      ]),
      ("References", "para", "Available on request."),
  ])

# w008 -------------------------------------------------------------------------------------------------
R(file="w008.docx", renderer="docx", layout="table", order="title_org", dstyle="mm.yyyy", present="obecnie",
  sep=" – ", bullet="-",
  family="Polish CV in English, Word with a borderless table per job, mm.yyyy dates and 'obecnie'",
  name="Tomasz Wiśniewski", contact=["ul. Lipowa 12/4, 42-200 Częstochowa", "+48 601 555 214",
                                     "t.wisniewski@mailbox.pl"],
  blocks=[
      ("Professional experience", "entries", [
          E("International Truck Driver (C+E)", "Trans-Warta Sp. z o.o.", "Częstochowa", "2019-03", "present",
            "affecting", None,
            ["Full truckload transport Poland–Germany–Benelux, curtain-sider and reefer",
             "Tachograph and CMR documents, loading supervision, ADR for selected loads"]),
          E("Delivery Driver (Van)", "Kurier Express Polska", "Częstochowa", "2016-05", "2019-02", "facing",
            "in_person_service",
            ["Courier route of about 90 stops, delivery to private and business customers",
             "Collected COD payments and explained pickup options to recipients"]),
          E("Forklift Operator", "Metalplast S.A.", "Myszków", "2013-09", "2016-04", "none", None,
            ["Supplying production lines with steel coils and moving finished goods to storage"]),
      ]),
      ("Education", "lines", ["Technikum Mechaniczne w Częstochowie – mechanical technician (2013)"]),
      ("Licences", "lines", ["Driving licence C+E, Kwalifikacja wstępna, ADR basic, forklift UDT"]),
      ("Languages", "lines", ["Polish – native, German – communicative, English – basic"]),
      ("Consent", "para", "I agree to the processing of personal data provided in this document for realising the "
       "recruitment process pursuant to the Personal Data Protection Act."),
  ])

# w009 -------------------------------------------------------------------------------------------------
R(file="w009.html", renderer="html", order="org_title", dstyle="mon", present="Actual", sep=" – ",
  family="Mexican bus terminal résumé saved as HTML, employer line with dates then title, 'Actual' for present",
  name="Guadalupe Hernández Ríos", contact=["Col. Las Palmas, San Telmo de la Sierra, Jalisco",
                                            "+52 33 5555 8120", "lupita.hernandez@mailbox.mx"],
  headline="Customer service in passenger transport – bilingual Spanish / English",
  blocks=[
      ("Work experience", "entries", [
          E("Ticket Sales Agent (Taquillera)", "Autobuses Occidente Plus", "Central de Autobuses Guadalajara",
            "2021-08", "present", "facing", "in_person_service",
            ["Sell first-class coach tickets at the counter and by phone, seat assignment and changes",
             "Attend passengers with lost tickets, refunds and complaints about delays",
             "Cash and card closing at end of shift"]),
          E("Travel Advisor (phone and chat)", "Viajes Cielo Abierto", "Zapopan", "2019-02", "2021-07", "facing",
            "contact_center",
            ["Inbound calls and WhatsApp chats for bus and air packages, 60 contacts a day"]),
          E("Baggage Controller", "Autobuses Occidente Plus", "Central de Autobuses Guadalajara", "2017-05", "2019-01",
            "affecting", None,
            ["Tagged and loaded luggage in the coach holds, checked tags against the manifest at the platform",
             "Prepared the luggage report for the driver before departure"]),
      ]),
      ("Education", "lines", ["Técnico en Turismo – CONALEP Guadalajara (2017)"]),
      ("Languages", "lines", ["Spanish (native), English (B2)"]),
  ])

# w010 -------------------------------------------------------------------------------------------------
R(file="w010.pdf", renderer="fpdf", layout="centred", order="org_title", dstyle="mon", present="Current",
  paper="letter", bullet="-",
  family="US airline ramp and gate résumé, fpdf2 centred header, employer line first with dates right, title below",
  name="Marcus T. Delgado", contact=["Bellhaven, TX", "(972) 555-0139", "mdelgado.ops@mailbox.net"],
  blocks=[
      ("Objective", "para", "Ramp lead with six years on the ground seeking a Ramp Supervisor position."),
      ("Employment", "entries", [
          E("Ramp Lead", "Lone Prairie Ground Services", "Bellhaven Regional Airport (BHV)", "2023-01", "present",
            "affecting", None,
            ["Lead a crew of 6 loading and unloading bags, mail and cargo for 14 daily turns",
             "Marshal aircraft, pushback with tug, operate belt loaders and GPUs",
             "Make sure bags make their connections; sign off load sheets with the captain"]),
          E("Ramp Agent", "Lone Prairie Ground Services", "Bellhaven Regional Airport (BHV)", "2020-06", "2022-12",
            "affecting", None,
            ["Baggage handling, cabin cleaning between flights and lav/water service"]),
          E("Wheelchair Agent", "SkyAssist Airport Services", "Dallas, TX", "2019-03", "2020-05", "facing",
            "in_person_service",
            ["Escorted passengers needing assistance from curb to gate and off arriving flights",
             "Helped with security screening and connections; kept them company during long waits"]),
          E("Aircraft Fueler", "Petrowing Aviation Fuels", "Dallas, TX", "2018-01", "2019-02", "none", None,
            ["Fuelled commercial aircraft from hydrant carts, sampled fuel and kept records"]),
      ]),
      ("Certifications", "bullets", ["Tug & belt loader certified", "Airport driving permit (AOA)",
                                     "OSHA 10"]),
  ])

# w011 -------------------------------------------------------------------------------------------------
R(file="w011.docx", renderer="docx", layout="header", order="org_title", dstyle="mon", present="present",
  bullet="list",
  family="UK driving instructor, name and contact in the Word page header, employer line first then title",
  name="Gareth Lloyd-Evans", contact=["Pontywern, Carmarthenshire", "07700 900 318", "gareth.le@mailbox.co.uk"],
  headline="ADI (Grade A) – manual and automatic",
  blocks=[
      ("About me", "para", "Patient, plain-speaking instructor. Most of my pupils pass first or second time. I also "
       "spent years driving coaches, so I know what a long day behind the wheel looks like."),
      ("Work experience", "entries", [
          E("Approved Driving Instructor", "Lloyd-Evans School of Motoring", "Pontywern", "2018-04", "present",
            "facing", "education",
            ["Teach learner drivers aged 17–70, manual and automatic, about 30 lessons a week",
             "Plan lessons around each pupil, keep progress records and prepare them for the test",
             "Pass Plus and refresher lessons for nervous drivers"], etype="freelance"),
          E("Coach Driver", "Towy Valley Coaches", "Llandeilo", "2011-03", "2018-03", "facing", "in_person_service",
            ["School contracts, private hire and UK tours; looked after passengers and luggage on multi-day trips",
             "Gave commentary on tours and sorted out hotel arrivals with the group leader"]),
          E("Workshop Fitter", "Towy Valley Coaches", "Llandeilo", "2007-09", "2011-02", "none", None,
            ["Servicing, brakes and MOT preparation on the coach fleet"]),
      ]),
      ("Qualifications", "bullets", ["DVSA Approved Driving Instructor (ADI) – Grade A", "Driver CPC (PCV)",
                                     "NVQ Level 3 Heavy Vehicle Maintenance"]),
      ("Other", "para", "Welsh and English speaker. Clean licence. Referees on request."),
  ])

# w012 -------------------------------------------------------------------------------------------------
R(file="w012.txt", renderer="txt", hstyle="underline", order="dash", dstyle="apos", present="now", sep=" - ",
  bullet="*",
  family="UK taxi and private-hire driver CV as plain text, 'Title – Employer, Town' with apostrophe-year dates",
  name="Kwame Asante-Boateng", contact=["Brackwell, West Yorkshire  |  07700 900 751  |  kwame.ab@mailbox.co.uk"],
  blocks=[
      ("Experience", "entries", [
          E("Private Hire Driver", "Amberline Cars", "Brackwell", "2022-02", "present", "facing", "in_person_service",
            ["Airport runs, school contracts and account customers",
             "Help elderly passengers in and out of the car, luggage, card payments"], etype="freelance"),
          E("Hackney Carriage Driver", "Self-employed", "Leeds", "2016-07", "2022-01", "facing", "in_person_service",
            ["Rank and hail work in the city centre, nights and weekends"], etype="freelance"),
          E("Taxi Dispatcher", "Amberline Cars", "Brackwell", "2014-03", "2016-06", "facing", "contact_center",
            ["Took bookings by phone from the public, gave ETAs and dealt with no-show complaints",
             "Allocated jobs to drivers on the dispatch system"]),
          E("Security Officer", "Guardpoint Services", "Leeds", "2012-01", "2014-02", "none", None,
            ["Night patrols of a closed distribution site, CCTV and gate checks for lorries"]),
      ]),
      ("Licences", "lines", ["Brackwell Council PH badge, Leeds HC badge (lapsed 2022), DBS enhanced 2024"]),
      ("Education", "lines", ["Brackwell Community College - GCSEs 2009"]),
  ])

# w013 -------------------------------------------------------------------------------------------------
R(file="w013.pdf", renderer="rl", layout="twocol", order="title_org", dstyle="mon", present="Present",
  paper="letter", footer="Renata Sokolova-Hayes  ·  page {n}", breakbefore=("Education",),
  family="US transit scheduler and dispatcher, 2-page reportlab résumé with two-column header and page footer",
  name="Renata Sokolova-Hayes", contact=["Millbrook Junction, PA", "(412) 555-0196", "renata.sh@mailbox.org"],
  headline="Transit Operations – Scheduling, Dispatch, Customer Information",
  blocks=[
      ("Summary", "para", "Eighteen years in public transit operations, from the customer information line to run-cutting "
       "and service planning. Comfortable with HASTUS-style scheduling tools, GTFS and AVL/CAD systems. I know what a "
       "schedule change means for riders and for operators, and I write the notices for both."),
      ("Professional Experience", "entries", [
          E("Senior Service Scheduler", "Three Rivers Area Transit", "Millbrook Junction, PA", "2018-07", "present",
            "affecting", None,
            ["Build quarterly bus timetables and blocks for 42 routes; publish GTFS feeds to trip planners",
             "Analyse on-time performance and ridership to adjust running times",
             "Draft rider notices and timetable leaflets for each service change"]),
          E("Street Dispatcher", "Three Rivers Area Transit", "Millbrook Junction, PA", "2013-04", "2018-06",
            "affecting", None,
            ["Radio dispatch for 180 buses: detours, breakdowns, relief operators and gap management",
             "Coordinated with police and fire for incidents on the road"]),
          E("Extraboard Operator Scheduler", "Three Rivers Area Transit", "Millbrook Junction, PA", "2011-02", "2013-03",
            "facing", "internal_support",
            ["Ran the operators' window at the garage: handed out daily assignments and swapped runs",
             "Answered operators' questions on pay hours, leave and bids; fixed timesheet errors with payroll"]),
          E("Customer Information Agent", "Three Rivers Area Transit", "Millbrook Junction, PA", "2008-09", "2011-01",
            "facing", "contact_center",
            ["Answered rider calls on trip planning, fares and lost items; logged complaints and commendations"]),
          E("Operations Analyst (part-time)", "Keystone Freight Brokers", "Pittsburgh, PA", "2009-06", "2010-12",
            "none", None,
            ["Weekly carrier cost reports in Excel for the finance team"]),
      ]),
      ("Education", "lines", ["B.A. Geography, Allegheny Plains University — 2008",
                              "Certificate in Transit Planning, online — 2016"]),
      ("Technical skills", "bullets", ["Scheduling software, GTFS, ArcGIS, Excel (pivots, VLOOKUP), SQL basics",
                                       "AVL/CAD dispatch consoles, two-way radio"]),
      ("Professional Affiliations", "lines", ["Member, regional transit scheduling roundtable (since 2015)"]),
      ("Volunteer", "para", "Reading buddy at Millbrook Elementary (one hour a week)."),
      ("References", "para", "Furnished on request."),
  ])

# w014 -------------------------------------------------------------------------------------------------
R(file="w014.docx", renderer="docx", layout="sidebar", order="pipe", dstyle="mon", present="Present",
  sep=" – ", bullet="•", sidefill="E8E2D0",
  family="UAE ground-handling CV, Word two-column layout table with shaded sidebar, 'Title | Employer | Town' lines",
  name="Joseph Mwangi Kariuki", contact=["International City, Dubai", "+971 55 555 7023", "joseph.kariuki@mailbox.ae"],
  side=[("Skills", "lines", ["Baggage handling systems", "Loading instructions", "Hi-loader / conveyor",
                             "Team work", "Safety (airside)"]),
        ("Languages", "lines", ["English", "Kiswahili", "Arabic (basic)"]),
        ("Personal", "lines", ["Nationality: Kenyan", "Visa: Employment", "Driving licence: UAE light"])],
  headline="Ground Services / Baggage Handling",
  blocks=[
      ("Work experience", "entries", [
          E("Baggage Handler", "Emirdan Aviation Services", "Dubai International", "2021-03", "present", "affecting",
            None,
            ["Load and offload passenger bags and cargo in ULDs following the loading instruction report",
             "Sort transfer bags in the make-up area to catch connecting flights",
             "Operate conveyor belt loaders and tractors airside"]),
          E("Porter", "Emirdan Aviation Services", "Dubai International", "2019-08", "2021-02", "facing",
            "in_person_service",
            ["Helped arriving passengers with trolleys and heavy bags from the belts to taxis and car parks",
             "Gave directions in the arrivals hall"]),
          E("Security Guard", "Safeguard Kenya Ltd", "Nairobi", "2016-01", "2019-06", "facing", "in_person_service",
            ["Reception gate at a shopping mall: bag checks, visitor directions and lost children"]),
      ]),
      ("Education", "lines", ["KCSE, Kiambu High School (2015)"]),
      ("Training", "bullets", ["Airside safety awareness", "Dangerous goods awareness (Cat 8)", "Fire warden"]),
  ])

# w015 -------------------------------------------------------------------------------------------------
R(file="w015.md", renderer="md", layout="bold", order="title_org", dstyle="mon", present="Current",
  family="Kenyan ferry crew CV in Markdown, bold title line with dates, employer below, deck and passenger roles",
  name="Hassan Omar Bakari", contact=["Likoni, Mombasa", "+254 722 555 640", "hassan.bakari@mailbox.co.ke"],
  blocks=[
      ("Summary", "para", "Ferry crew member with ten years at sea on passenger and vehicle ferries. STCW basic "
       "safety, crowd management and boat master Class 3."),
      ("Experience", "entries", [
          E("Deckhand", "Pwani Ferry Services", "Likoni Channel, Mombasa", "2019-01", "present", "facing",
            "in_person_service",
            ["Guide foot passengers and vehicles on and off the ferry ramps, keep order in the queue",
             "Mooring and ramp operation; lifesaving drills"]),
          E("Oiler (Engine Room)", "Pwani Ferry Services", "Likoni Channel, Mombasa", "2016-06", "2018-12", "none", None,
            ["Engine room watch, lubrication, bilge checks and logbook under the second engineer"]),
          E("Boat Crew", "Blue Dhow Excursions", "Watamu", "2014-07", "2016-05", "facing", "in_person_service",
            ["Snorkelling trips for tourists: safety briefing, fitting life jackets, serving lunch on the sandbank"]),
          E("Fisherman", "Self-employed", "Shimoni", "2012-01", "2014-06", "none", None, [], etype="freelance"),
      ]),
      ("Certificates", "bullets", ["STCW Basic Safety Training", "Crowd Management (passenger ships)",
                                   "KMA Boat Master Class 3"]),
      ("Languages", "lines", ["Kiswahili, English, some Italian (tourism)"]),
  ])
