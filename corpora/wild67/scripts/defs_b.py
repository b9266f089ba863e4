"""Résumés w016–w030 (transport and mobility)."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# w016 -------------------------------------------------------------------------------------------------
R(file="w016.pdf", renderer="fpdf", layout="left", order="dateline", dstyle="mon", present="Till Date",
  family="Indian railway and metro station staff CV, fpdf2 left-aligned header, title, employer and dates on separate lines",
  name="Sneha Raghunath Patil", contact=["Flat 7B, Shanti Kunj, Thane (W), Maharashtra - 400601",
                                         "+91 98200 55573", "sneha.patil@mailbox.in"],
  headline="Customer Relations Assistant – Metro Rail",
  blocks=[
      ("Professional Summary", "bullets", ["7+ years in passenger-facing metro and railway roles",
                                           "Fluent in Marathi, Hindi and English", "Trained in crowd and emergency management"]),
      ("Work Experience", "entries", [
          E("Customer Relations Assistant", "Sahyadri Metro Rail Corporation", "Thane", "2022-07", "present", "facing",
            "in_person_service",
            ["Customer care centre at the station concourse: smart card recharge, refunds, lost and found",
             "Assist senior citizens and differently abled passengers at lifts and gates",
             "Handle passenger complaints and record them in the CRM"]),
          E("Station Controller (Trainee)", "Sahyadri Metro Rail Corporation", "Thane", "2021-08", "2022-06", "affecting",
            None,
            ["Worked in the station control room: CCTV monitoring, PA announcements, fire panel and escalator faults",
             "Logged incidents and coordinated with the operations control centre"], etype="internship"),
          E("Ticket Booking Clerk", "Konkan Travels & Railway Reservation Agency", "Kalyan", "2018-05", "2021-07",
            "facing", "in_person_service",
            ["Booked rail, bus and flight tickets for walk-in customers, tatkal bookings and cancellations"]),
          E("Data Entry Operator", "Laxmi Logistics", "Bhiwandi", "2017-01", "2018-04", "none", None,
            ["Typed lorry receipts and delivery challans into Tally"]),
      ]),
      ("Educational Qualification", "lines", ["B.Com – University of Mumbai (2016)", "HSC – Maharashtra Board (2013)"]),
      ("Strengths", "lines", ["Punctual, calm under pressure, team player"]),
      ("Declaration", "para", "I hereby declare that all the details furnished above are true to the best of my knowledge."),
  ])

# w017 -------------------------------------------------------------------------------------------------
R(file="w017.docx", renderer="docx", layout="styles", order="org_title", dstyle="mm/yyyy", present="Present",
  sep=" – ",
  family="US school bus and paratransit driver, Word heading styles, employer line with tab dates then title, volunteer driving",
  name="Linda Kowalczyk", contact=["Maple Fork, MI 49012", "(269) 555-0110", "lindakowal@mailbox.com"],
  blocks=[
      ("Experience", "entries", [
          E("School Bus Driver", "Maple Fork Public Schools", "Maple Fork, MI", "2016-08", "present", "facing",
            "in_person_service",
            ["Drive a 72-passenger route morning and afternoon, plus field trips and athletics",
             "Enforce bus rules, write conduct reports and talk with parents at stops",
             "Pre-trip inspections and monthly evacuation drills with students"]),
          E("Bus Aide", "Maple Fork Public Schools", "Maple Fork, MI", "2014-09", "2016-06", "facing", "education",
            ["Rode special-education routes, buckled harnesses and kept students safe and calm",
             "Walked students to their classroom and gave notes to teachers"]),
          E("Stay-at-home parent", None, None, "2009-01", "2014-08", "none", None, [], etype="unknown"),
          E("Medical Courier", "Lakeshore Lab Transport", "Kalamazoo, MI", "2005-03", "2008-12", "affecting", None,
            ["Picked up specimens from clinics on a timed route and delivered them to the lab",
             "Kept chain-of-custody logs and temperature records"]),
      ]),
      ("Volunteer Experience", "entries", [
          E("Volunteer Driver", "Maple Fork Senior Ride Program", "Maple Fork, MI", "2019-01", "present", "facing",
            "volunteering",
            ["Drive seniors to medical appointments and grocery stores twice a month; help them in and out of the car"],
            section="volunteer", etype="volunteer"),
      ]),
      ("Certifications", "bullets", ["CDL Class B with P and S endorsements", "First Aid/CPR",
                                     "Michigan school bus driver certification"]),
  ])

# w018 -------------------------------------------------------------------------------------------------
R(file="w018.txt", renderer="txt", hstyle="colon", order="labelled", dstyle="mm.yyyy", present="obecnie",
  sep=" - ", bullet="-", labels=("Stanowisko / Position", "Pracodawca / Employer", "Miejsce / Place", "Okres / Period"),
  family="Polish bilingual CV pasted as text, labelled blocks (Position / Employer / Period), mm.yyyy dates",
  name="Katarzyna Zielińska", contact=["Kraków, ul. Wielicka 88/3", "tel. +48 512 555 330",
                                       "e-mail: k.zielinska@mailbox.pl"],
  blocks=[
      ("Podsumowanie / Summary", "para", "Tram driver with a customer-service background. I like the city and I "
       "like people, even at 5 a.m. Looking for a post of ticket office supervisor or driver-instructor."),
      ("Doświadczenie / Experience", "entries", [
          E("Motorniczy (Tram Driver)", "Miejskie Przedsiębiorstwo Komunikacyjne w Krakowie", "Kraków", "2020-10",
            "present", "affecting", None,
            ["Driving trams on city lines according to the timetable, in a closed driver's cab",
             "Reporting faults and incidents to the traffic control centre by radio"]),
          E("Kontroler biletów (Ticket Inspector)", "Biletpol Kontrola Sp. z o.o.", "Kraków", "2018-03", "2020-09",
            "facing", "in_person_service",
            ["Ticket checks on trams and buses, issuing fines, explaining ticket rules to tourists in English"]),
          E("Kasjerka (Cashier)", "Żabka Franchise – Podgórze", "Kraków", "2016-06", "2018-02", "facing",
            "in_person_service", []),
          E("Pracownik magazynu (Warehouse Worker)", "Nordlog Distribution", "Niepołomice", "2015-07", "2016-05",
            "affecting", None,
            ["Picking online grocery orders with a scanner, packing for courier pickup"]),
      ]),
      ("Wykształcenie / Education", "lines", ["Liceum Ogólnokształcące nr 12, Kraków – matura 2015",
                                              "Kurs motorniczego tramwaju – MPK 2020"]),
      ("Języki / Languages", "lines", ["polski – ojczysty; angielski – B2; niemiecki – A2"]),
      ("Zgoda / Consent", "para", "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji."),
  ])

# w019 -------------------------------------------------------------------------------------------------
R(file="w019.pdf", renderer="rl", layout="centred", order="orgfirst", dstyle="month", present="Present",
  family="UK bus company career, reportlab centred header, employer heading with several roles beneath, one earlier employer",
  name="Declan O'Rourke", contact=["Stanbridge, Lancashire", "07700 900 205", "declan.orourke@mailbox.co.uk"],
  headline="Bus operations – 14 years, driver to network controller",
  blocks=[
      ("Career History", "entries", [
          E("Network Controller", "Ribblevale Buses Ltd", "Stanbridge Depot", "2022-09", "present", "affecting", None,
            ["Run the control room: live tracking, curtailments and diversions to keep the network moving",
             "Send service updates to the website and social media team for customers",
             "Arrange rail replacement and relief drivers at short notice"]),
          E("Road Inspector", "Ribblevale Buses Ltd", "Stanbridge Depot", "2019-05", "2022-08", "facing",
            "in_person_service",
            ["On-street supervision at the bus station: kept departures moving, dealt with passenger complaints "
             "and ticket queries face to face",
             "Checked drivers' ticketing and uniform standards; investigated incidents"]),
          E("Bus Driver", "Ribblevale Buses Ltd", "Stanbridge Depot", "2013-02", "2019-04", "facing",
            "in_person_service",
            ["Drove town and rural routes, issued tickets, helped passengers with buggies and wheelchairs"]),
          E("Van Driver", "Pennine Office Supplies", "Blackburn", "2010-06", "2013-01", "facing", "in_person_service",
            ["Delivered stationery orders to offices and schools, carried boxes in and got signatures",
             "Collected returns and passed on customer queries to the sales desk"]),
      ]),
      ("Qualifications", "bullets", ["PCV (D) licence, Driver CPC", "IOSH Managing Safely",
                                     "Level 3 Award in Passenger Transport Supervision"]),
      ("Interests", "para", "Coaching under-12s football, cycling."),
  ])

# w020 -------------------------------------------------------------------------------------------------
R(file="w020.docx", renderer="docx", layout="tabs", order="datesfirst", dstyle="mm/yyyy", present="Actualidad",
  sep=" – ", bullet="•",
  family="Mexican CV in English, Word with dates first then title, employer below, ride-hailing and fleet coordination",
  name="José Armando Villaseñor", contact=["Monterrey, Nuevo León", "+52 81 5555 4471", "jose.villasenor@mailbox.mx"],
  blocks=[
      ("Profile", "para", "Driver and fleet coordinator for app-based transport. I know the city and the drivers."),
      ("Experience", "entries", [
          E("Fleet Coordinator", "Ruta Norte Movilidad S.A. de C.V.", "Monterrey", "2023-04", "present", "affecting",
            None,
            ["Schedule 60 leased cars between drivers, services and insurance appointments",
             "Monitor driver ratings and cancellation rates and set up coaching with the supervisors",
             "Prepare the weekly fleet utilisation report"]),
          E("Driver Partner", "Independent (ride-hailing apps)", "Monterrey", "2019-02", "2023-03", "facing",
            "in_person_service",
            ["Airport and city trips; 5,800 trips with a 4.95 rating", "Child seat available on request"],
            etype="freelance"),
          E("Dispatcher (Radio Taxi)", "Taxis Ejecutivos del Valle", "San Pedro Garza García", "2016-08", "2019-01",
            "facing", "contact_center",
            ["Answered customer calls for taxi bookings, confirmed addresses and fares, followed up late cars"]),
          E("Auxiliar de almacén", "Distribuidora Ferretera Regio", "Apodaca", "2014-01", "2016-07", "none", None,
            ["Received hardware deliveries from suppliers, counted and stored stock for the company's own workshops"]),
      ]),
      ("Education", "lines", ["Preparatoria – UANL, 2013"]),
      ("Languages", "lines", ["Spanish native · English intermediate"]),
  ])

# w021 -------------------------------------------------------------------------------------------------
R(file="w021.html", renderer="html", order="pipe", dstyle="mon", present="Present", sep=" – ",
  css="body{font-family:Georgia,serif;max-width:820px;margin:2em auto;color:#222}h2{color:#7a1f1f}.d{float:right}",
  family="UAE chauffeur résumé as an HTML page, 'Title | Employer | Town' headings with dates, limousine and hotel roles",
  name="Mohammed Rizwan Qureshi", contact=["Al Nahda, Sharjah", "+971 52 555 9834", "rizwan.qureshi@mailbox.ae"],
  headline="VIP Chauffeur – 11 years in the UAE, UAE light & heavy bus licence",
  blocks=[
      ("Employment", "entries", [
          E("VIP Chauffeur", "Royal Sands Limousine LLC", "Dubai", "2020-01", "present", "facing", "in_person_service",
            ["Chauffeur business and VIP guests in luxury sedans; meet and greet at airport arrivals",
             "Plan routes and timing, assist with luggage and keep the car to showroom standard"]),
          E("Staff Bus Driver", "Gulf Coast Contracting", "Sharjah", "2016-03", "2019-12", "affecting", None,
            ["Drove 26-seat bus carrying company labourers between the labour camp and construction sites",
             "Daily vehicle checks and fuel log"]),
          E("Hotel Shuttle Driver", "Palm Crescent Resort", "Ajman", "2014-02", "2016-02", "facing", "in_person_service",
            ["Shuttle for hotel guests to the mall and beach; luggage help and local tips"]),
      ]),
      ("Licences", "bullets", ["UAE Light Vehicle", "UAE Heavy Bus", "Pakistan LTV"]),
      ("Languages", "lines", ["Urdu, English, Hindi, Arabic (working)"]),
  ])

# w022 -------------------------------------------------------------------------------------------------
R(file="w022.pdf", renderer="fpdf", layout="left", order="title_org", dstyle="month", present="Present",
  footer="Eilidh MacAskill – CV – page {n}", breakbefore=("Education & training",),
  family="Scottish ferry crew CV, 2-page fpdf2 with page footer, title with right-aligned dates and employer below",
  name="Eilidh MacAskill", contact=["Portnaharra, Isle of Skerra, Argyll", "07700 900 984", "eilidh.macaskill@mailbox.co.uk"],
  headline="Purser / Passenger services on island ferries",
  blocks=[
      ("Summary", "para", "Twelve years with island ferries in passenger services. I run the ship's shop, cafeteria and "
       "ticketing, lead passengers in drills and emergencies and I know most regulars by name."),
      ("Experience", "entries", [
          E("Purser", "Hebridean Link Ferries", "MV Loch Sgàire", "2020-04", "present", "facing", "in_person_service",
            ["Lead the passenger services team of 5 on a two-week-on roster",
             "Ticket sales, cabin bookings and passenger complaints on board",
             "Cash reconciliation and stock control for the shop and cafeteria"]),
          E("Catering Rating", "Hebridean Link Ferries", "MV Loch Sgàire", "2016-05", "2020-03", "facing",
            "in_person_service",
            ["Served in the cafeteria and bar, took payments, cleaned passenger lounges between crossings"]),
          E("Deck Rating", "Hebridean Link Ferries", "MV Isle of Torran", "2014-03", "2016-04", "none", None,
            ["Mooring, maintenance painting, lashing freight trailers on the car deck",
             "Lookout and watchkeeping duties"]),
          E("Ticket Office Assistant (seasonal)", "Hebridean Link Ferries", "Portnaharra Pier", "2013-05", "2013-09",
            "facing", "in_person_service", ["Summer season: vehicle and foot passenger tickets at the pier office"]),
          E("Fish Farm Operative", "Skerra Salmon Ltd", "Isle of Skerra", "2011-01", "2013-04", "none", None,
            ["Feeding, net cleaning and grading on the pens"]),
      ]),
      ("Education & training", "bullets", ["STCW Basic Safety (refreshed 2025)", "Crowd & Crisis Management",
                                           "Food Hygiene Level 2", "Personal Licence (Scotland)",
                                           "Highers: English, Gaelic, Maths – Skerra High School 2010"]),
      ("Languages", "lines", ["English, Scottish Gaelic"]),
  ])

# w023 -------------------------------------------------------------------------------------------------
R(file="w023.docx", renderer="docx", layout="table", order="title_org", dstyle="mon.", present="Present",
  sep=" – ", bullet="•",
  family="Indian airline ground staff CV, Word with a borderless table per job, internship during aviation diploma",
  name="Ayesha Fatima Siddiqui", contact=["Tolichowki, Hyderabad – 500008", "+91 91000 55412", "ayesha.fs@mailbox.in"],
  blocks=[
      ("Career Objective", "para", "Seeking a Customer Service Executive role with an airline where I can use my "
       "airport passenger handling experience."),
      ("Work Experience", "entries", [
          E("Customer Service Executive", "IndiSky Airport Services Pvt. Ltd.", "RGIA Hyderabad", "2023-11", "present",
            "facing", "in_person_service",
            ["Check-in counters, boarding gate and transfer desk for domestic and Gulf flights",
             "Assisting wheelchair and unaccompanied minor passengers, handling offloads and upgrades"]),
          E("Load Control Assistant", "IndiSky Airport Services Pvt. Ltd.", "RGIA Hyderabad", "2022-06", "2023-10",
            "none", None,
            ["Prepared weight and balance and load sheets in the load control office",
             "Sent LDM and CPM messages to down-line stations"]),
          E("Airport Operations Intern", "Deccan Regional Airport", "Begumpet", "2021-12", "2022-05", "facing",
            "in_person_service",
            ["Rotated through the information desk, terminal help points and lost and found, assisting passengers"],
            etype="internship"),
          E("Tele-caller", "Sunrise Tours & Travels", "Hyderabad", "2020-03", "2021-09", "facing", "contact_center",
            ["Outbound calls to leads for holiday packages and follow-up of enquiries"]),
      ]),
      ("Education", "lines", ["Diploma in Aviation, Hospitality & Travel Management – Skyline Academy (2022)",
                              "B.A. – Osmania University (2020)"]),
      ("Languages Known", "lines", ["English, Hindi, Urdu, Telugu"]),
      ("Personal Details", "lines", ["DOB: 12/03/1999", "Passport: Valid"]),
  ])

# w024 -------------------------------------------------------------------------------------------------
R(file="w024.txt", renderer="txt", hstyle="caps", gapafter=True, order="inline", dstyle="year", present="to date",
  sep=" - ", bullet="•",
  family="Kenyan coach booking clerk CV pasted as text, caps headings, title line with dates after comma, year-only dates",
  name="Faith Wanjiru Kamau", contact=["Nakuru, Kenya  •  0711 555 290  •  faith.kamau@mailbox.co.ke"],
  blocks=[
      ("Career Objective", "para", "To join a reputable transport company as a customer care officer."),
      ("Education Background", "lines", ["2019 - 2021  Diploma in Tourism Management, Rift Valley Institute of Science & Technology",
                                          "2015 - 2018  KCSE, Bahati Girls High School"]),
      ("Work Experience", "entries", [
          E("Booking Clerk", "Mashariki Express Coaches", "Nakuru Office", "2022-01", "present", "facing",
            "in_person_service",
            ["Booking and selling seats to travellers at the office and on phone",
             "Receiving parcels from customers for dispatch and issuing waybills",
             "Daily cash and M-Pesa banking"], prec="year"),
          E("Parcel Loader", "Mashariki Express Coaches", "Nakuru Office", "2021-01", "2021-12", "affecting", None,
            ["Loading parcels in the coach boot as per waybill list, night departures"], prec="year"),
          E("Attachment Student", "Kenya Wildlife Service – Lake Nakuru", "Nakuru", "2020-05", "2020-07", "facing",
            "other_facing",
            ["Issued park entry tickets at the gate and gave visitors directions and park rules"],
            etype="internship", section="other", dt="May - July 2020"),
      ]),
      ("Skills", "bullets", ["Computer packages (MS Office)", "Customer care", "Good communication in English and Kiswahili"]),
      ("Referees", "lines", ["1. Mr. Samuel Kiprono, Branch Manager, Mashariki Express – 0720 555 118",
                             "2. Ms. Grace Njeri, Lecturer, RVIST – 0733 555 064"]),
  ])

# w025 -------------------------------------------------------------------------------------------------
R(file="w025.pdf", renderer="rl", layout="plain", order="pipe", dstyle="mm/yyyy", present="present", sep=" – ",
  bullet="–",
  family="Polish cabin crew CV in English, reportlab single column, 'Title | Employer | Town' line with right dates",
  name="Magdalena Nowak-Krawczyk", contact=["Gdańsk-Wrzeszcz, Poland", "+48 693 555 017", "magda.nowak@mailbox.pl"],
  blocks=[
      ("About me", "para", "Cabin crew member based in Gdańsk, formerly in the Gulf. Calm, tidy, good with children and "
       "nervous flyers."),
      ("Work experience", "entries", [
          E("Flight Attendant", "Baltica Air", "Gdańsk", "2023-03", "present", "facing", "in_person_service",
            ["Safety demonstrations, boarding, onboard sales and service on A320 routes across Europe",
             "Looking after passengers with reduced mobility and families"]),
          E("Cabin Crew", "Sahara Crescent Airlines", "Abu Dhabi", "2019-06", "2022-12", "facing", "in_person_service",
            ["Wide-body long-haul service in three cabins, 60 countries"]),
          E("Crew Scheduler", "Sahara Crescent Airlines", "Abu Dhabi", "2022-01", "2022-12", "none", None,
            ["Ground assignment during a medical break: built monthly crew rosters against FTL limits",
             "Checked qualifications and rest periods in the crew system"]),
          E("Au Pair", "Host family (Mr & Mrs Lindqvist)", "Malmö, Sweden", "2018-01", "2019-04", "facing",
            "healthcare_care",
            ["Looked after two children aged 3 and 6, school runs, meals and bedtime"]),
      ]),
      ("Education", "lines", ["Master's in English Philology, University of Gdańsk – 2017"]),
      ("Languages", "lines", ["Polish (native), English (C2), Swedish (A2), Arabic (basic)"]),
      ("Interests", "para", "Sailing, yoga, Scandinavian crime novels."),
  ])

# w026 -------------------------------------------------------------------------------------------------
R(file="w026.docx", renderer="docx", layout="header", order="title_org", dstyle="month", present="Current",
  sep=" to ", bullet="-",
  family="US warehouse worker turned route sales driver, name and contact in the Word page header, 'Month YYYY to Current'",
  name="Terrell Jackson", contact=["Ashby Creek, GA 30417", "(470) 555-0163", "terrell.jackson@mailbox.net"],
  blocks=[
      ("Work Experience", "entries", [
          E("Route Sales Driver", "Peach State Beverage Co.", "Ashby Creek, GA", "2022-05", "present", "facing",
            "sales_account",
            ["Deliver and merchandise drinks at 25 convenience stores and restaurants a day",
             "Take orders from store managers, pitch new products and collect payments",
             "Resolve shortages and credit issues with account owners on the spot"]),
          E("Yard Jockey", "Ridgeway Distribution Center", "McDonough, GA", "2021-02", "2022-04", "affecting", None,
            ["Moved trailers between the dock doors and the yard for outbound store loads"]),
          E("Warehouse Associate", "Ridgeway Distribution Center", "McDonough, GA", "2018-09", "2021-01", "affecting",
            None, ["Order selector on the grocery side, 140% of rate, RF gun"]),
          E("Motor Transport Operator", "U.S. Army", "Fort Stewart, GA", "2014-07", "2018-08", "none", None,
            ["Drove tactical trucks in convoys, hauled equipment and did vehicle maintenance"], etype="military"),
      ]),
      ("Education & Licenses", "lines", ["CDL Class A (2021)", "High School Diploma, Ashby Creek High (2014)"]),
  ])

# w027 -------------------------------------------------------------------------------------------------
R(file="w027.md", renderer="md", layout="bold", order="dash", dstyle="iso", present="present", sep=" – ",
  mdbullet="*",
  family="UK rail crew roster and journey-planning résumé in Markdown, bold 'Title – Employer, Town' line with ISO dates",
  name="Oluwaseun Adebayo-Clarke", contact=["Crewe Vale, Cheshire", "07700 900 541", "seun.ac@mailbox.co.uk"],
  blocks=[
      ("Experience", "entries", [
          E("Train Crew Resourcing Planner", "Northline Trains", "Crewe Vale", "2021-01", "present", "none", None,
            ["Produce weekly driver and guard rosters to meet the timetable and agreement rules",
             "Forecast training days and annual leave against headcount"]),
          E("Journey Planning Data Analyst", "Northline Trains", "Crewe Vale", "2018-06", "2020-12", "affecting", None,
            ["Loaded timetable changes into the journey planner and checked connections shown to passengers",
             "Fixed errors in departure board data reported by stations"]),
          E("Station Assistant", "Northline Trains", "Stoke-on-Trent", "2015-09", "2018-05", "facing",
            "in_person_service", []),
          E("Student Ambassador", "University of North Staffs", "Stoke-on-Trent", "2013-09", "2015-06", "facing",
            "other_facing", ["Led campus tours for applicants and parents on open days"], section="other",
            etype="paid"),
      ]),
      ("Education", "lines", ["BSc Geography, University of North Staffs, 2015"]),
      ("Skills", "lines", ["Excel (advanced), Power BI, rostering systems, timetable data formats"]),
  ])

# w028 -------------------------------------------------------------------------------------------------
R(file="w028.pdf", renderer="fpdf", layout="sidebar", order="orgfirst", dstyle="m.yyyy", present="actual",
  sep=" - ", sidecolor=(220, 234, 228), bullet="•",
  family="Mexican airport career, fpdf2 with shaded sidebar, employer heading with roles beneath, m.yyyy dates",
  name="Daniela Castañeda Ortiz", contact=["Cancún, Quintana Roo", "+52 998 555 2201", "dani.castaneda@mailbox.mx"],
  side=[("Idiomas / Languages", "lines", ["Español – nativo", "English – advanced", "Français – basic"]),
        ("Skills", "lines", ["DCS / boarding systems", "Tour rep work", "Customer care", "Cash handling"])],
  headline="Airport customer service – bilingual",
  blocks=[
      ("Experience", "entries", [
          E("Check-in Agent", "Caribe Handling Aeroportuario", "Cancún International Airport", "2022-02", "present",
            "facing", "in_person_service",
            ["Check-in and boarding for charter and low-cost carriers, documents and visas control"]),
          E("Ramp Agent", "Caribe Handling Aeroportuario", "Cancún International Airport", "2020-09", "2022-01",
            "affecting", None, ["Loading and unloading baggage, belt loader, aircraft cleaning on turnarounds"]),
          E("Airport Transfer Rep", "Sol Maya Tours", "Cancún", "2018-11", "2020-03", "facing", "in_person_service",
            ["Met tourists in the arrivals hall, guided them to their buses and gave the welcome talk on the way"]),
          E("Reservations Agent (Seasonal)", "Sol Maya Tours", "Cancún", "2018-06", "2018-08", "facing",
            "contact_center", ["Phone and e-mail bookings for excursions"], dt="Summer 2018"),
      ]),
      ("Education", "lines", ["Licenciatura en Turismo – Universidad del Caribe Maya, 2018"]),
  ])

# w029 -------------------------------------------------------------------------------------------------
R(file="w029.docx", renderer="docx", layout="sidebar", order="title_org", dstyle="mon", present="Present",
  sep=" – ", bullet="•", sidefill="E6E6E6",
  family="UK courier CV, Word two-column layout table with grey sidebar, contactless and signed-for delivery roles",
  name="Jakub Lewandowski", contact=["Harrowgate Park, Leicester", "07700 900 472", "jakub.lew@mailbox.co.uk"],
  side=[("Skills", "lines", ["Route planning", "Handheld scanners", "Manual handling", "Polish & English"]),
        ("Licence", "lines", ["Full UK B + C1", "Clean, 0 points"]),
        ("Interests", "lines", ["Cycling", "Football (Sunday league)"])],
  blocks=[
      ("Profile", "para", "Reliable multi-drop driver, nine years in the UK. Happy on days or nights."),
      ("Work History", "entries", [
          E("Same-day Courier", "Swiftline Medical Logistics", "Leicester", "2022-08", "present", "affecting", None,
            ["Move samples, blood products and theatre kit between hospital labs and pharmacies",
             "Keep chain-of-custody paperwork and temperature logs; no public contact"], etype="freelance"),
          E("Multi-drop Driver", "Parcelright UK", "Leicester", "2019-04", "2022-07", "facing", "in_person_service",
            ["100+ drops a day, signed-for and age-verified deliveries at the door",
             "Dealt with missed-delivery questions and returns on the doorstep"]),
          E("Night Trunk Driver (C1)", "Parcelright UK", "Leicester", "2018-01", "2019-03", "affecting", None,
            ["Hub-to-depot trunking at night; loading the cages in the right order for morning routes"]),
          E("Picker Packer", "Midland Online Fulfilment", "Coalville", "2016-02", "2017-12", "affecting", None,
            ["Picked and packed customer orders for an online fashion retailer"]),
          E("Kitchen Porter", "The Granby Hotel", "Leicester", "2015-05", "2016-01", "affecting", None, []),
      ]),
      ("Education", "lines", ["Technikum Samochodowe, Radom (Poland) – 2014"]),
  ])

# w030 -------------------------------------------------------------------------------------------------
R(file="w030.html", renderer="html", order="title_org", dstyle="mon", present="Now", sep=" – ", bullet="•",
  family="Indian bike-taxi and school van driver résumé as simple HTML, title then employer, 'Now' for present",
  name="Suresh Babu Narayanan", contact=["Madiwala, Bengaluru 560068", "+91 99000 55218", "suresh.babu.n@mailbox.in"],
  headline="Driver – two-wheeler and LMV, Kannada / Tamil / Hindi / English",
  blocks=[
      ("Experience", "entries", [
          E("Bike Taxi Captain", "Zipride (app platform)", "Bengaluru", "2024-02", "present", "facing",
            "in_person_service", ["Morning and evening office commute rides, helmet for passenger, UPI payments"],
            etype="freelance"),
          E("School Van Driver", "Little Lotus Public School", "Koramangala", "2019-06", "2024-01", "facing",
            "in_person_service",
            ["Picked up and dropped 14 children daily, spoke with parents about timings and absences",
             "Waited at school gate until each child was handed to a parent or teacher"]),
          E("Dark Store Picker", "Minutely Grocery", "HSR Layout", "2023-03", "2024-01", "affecting", None,
            ["Evening part-time: picking and packing grocery orders for 10-minute delivery riders"]),
          E("Car Washer & Cleaner", "Sparkle Auto Spa", "BTM Layout", "2017-04", "2019-05", "none", None,
            ["Washing, polishing and interior cleaning of cars in the service bay"]),
      ]),
      ("Licence", "lines", ["DL: KA-05 LMV + MCWG, valid 2034; PSV badge"]),
      ("Education", "lines", ["SSLC – Govt High School, Hosur (2014)"]),
  ])
