"""Résumés w001–w015 (wild54). One dict per résumé; entries are lib.E."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w001
R(dict(
    file="w001.pdf", family="UK security officer, front desk now after night patrol, CCTV and door work; Word-to-PDF single column",
    renderer="rl", layout="plain", order="title_org", dates="mon", present="Present", sep=" – ",
    name="Daniel Okafor-Reid",
    contact=["14 Larch Close, Wexley WX4 7PD", "07700 914 552  ·  d.okaforreid@mailbox.co.uk"],
    blocks=[
        ("h", "Profile"),
        ("p", "SIA-licensed security officer with seven years across door, control room, mobile and front-of-house "
              "posts. Calm with people, good on a radio, tidy with paperwork. Looking for a lead officer or "
              "reception security role in the Wexley area."),
        ("h", "Employment"),
        ("entries", [
            E("Reception Security Officer", "Sentinel Point Security", "Corvane Tower, Wexley", "2023-03", "present",
              "facing", "in_person_service", [
                  "Front-of-house post at a 22-floor office building: sign visitors in, print passes and ring hosts to come down",
                  "Deal with couriers, contractors and the odd walk-in who has the wrong building",
                  "Fire marshal for floors G-3; run the Monday alarm test with the engineer"]),
            E("Night Patrol Officer", "Sentinel Point Security", "Wexley", "2021-06", "2023-02", "affecting", None, [
                "Lone-working patrols of two client distribution sites, 19:00-07:00",
                "Checked fences, doors and trailer seals and logged every round on the Guardtrax wand",
                "Called out keyholders and police for two break-ins; both written up for the client by 8am"]),
            E("CCTV Operator", "Dunmere Borough Council", "Dunmere", "2019-08", "2021-05", "none", None, [
                "Monitored 140 town-centre cameras from the council control room on 12-hour shifts",
                "Radioed Shopwatch and the police with descriptions and followed suspects across cameras",
                "Burned evidence discs and kept the incident log to the standard needed for court"]),
            E("Door Supervisor (weekends)", "The Velvet Rooms", "Dunmere", "2017-09", "2019-07", "facing", "other_facing", [
                "Searched and admitted customers on the main door, checked ID and refused entry where needed",
                "Handled ejections and first aid until the ambulance arrived, body-cam on"]),
        ]),
        ("h", "Licences & Training"),
        ("list", ["SIA Door Supervisor and Public Space Surveillance (CCTV) licences, both valid to 2027",
                  "Emergency First Aid at Work (2025)", "Fire Marshal (2024)"]),
        ("h", "Education"),
        ("p", "Wexley College — BTEC Level 2 Public Services (2016)"),
    ]))

# ------------------------------------------------------------------ w002
R(dict(
    file="w002.docx", family="US car sales consultant who started as lot porter, Word heading styles and list bullets",
    renderer="docx", layout="styles", order="title_org", dates="month", present="Present", sep=" - ",
    name="Marcus DeLaune", title_style=True,
    contact=["Carver City, TX 75902", "(903) 555-0148", "mdelaune@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "Automotive sales consultant, 4+ years on the floor and in the BDC. Chairman's Club 2024. I like the "
              "follow-up part of the job as much as the close."),
        ("h", "Experience"),
        ("entries", [
            E("Sales Consultant", "Lone Oak Motors", "Carver City, TX", "2022-01", "present", "facing", "sales_account", [
                "Sell new and certified pre-owned vehicles, averaging 14 units/month in 2025",
                "Walk buyers through trade appraisal, test drive, F&I hand-off and delivery",
                "Call every sold customer at 3, 30 and 90 days; 40% of my 2025 deals were repeat or referral"]),
            E("Internet Sales Coordinator", "Lone Oak Motors", "Carver City, TX", "2020-04", "2021-12", "facing", "contact_center", [
                "Answered web leads, chat and third-party leads within 10 minutes during business hours",
                "Set showroom appointments by phone, text and email (show rate ~55%)",
                "Kept CRM notes and lead sources clean for the BDC manager"]),
            E("Lot Porter", "Lone Oak Motors", "Carver City, TX", "2019-03", "2020-03", "affecting", None, [
                "Moved, fueled and washed inventory; staged sold units for delivery",
                "Lined up the front row before opening and after every rain"]),
            E("Delivery Driver", "Pie Town Pizza", "Carver City, TX", "2016-08", "2019-02", "facing", "in_person_service", []),
        ]),
        ("h", "Education"),
        ("p", "Carver City High School, Diploma, 2016"),
        ("h", "Skills"),
        ("list", ["VinSolutions CRM, DealerSocket", "Bilingual English/Spanish (conversational)", "Valid TX driver license, clean record"]),
    ]))

# ------------------------------------------------------------------ w003
R(dict(
    file="w003.txt", family="Indian service advisor from workshop technician, job-portal text with personal details and declaration",
    renderer="txt", order="dash", txt_right="paren", txt_head="underline", dates="mon'yy", present="till date", sep=" to ",
    bullet="*",
    name="CURRICULUM VITAE\n\nSURESH KUMAR NAIR",
    contact=["Mob: +91 94470 55218", "Email: sureshnair.auto@mailbox.in", "Address: Kizhakkedathu House, Thrikkanur P.O., Kerala - 680 654"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To work in a reputed automobile dealership as Service Advisor / Workshop Supervisor where my 11 years "
              "technical and customer handling experience can be utilised for the growth of the organisation."),
        ("h", "Work Experience"),
        ("entries", [
            E("Service Advisor", "Malabar Wheels Pvt. Ltd.", "Thrikkanur", "2021-06", "present", "facing", "in_person_service", [
                "Receiving customer vehicles at service reception and preparing job card in DMS",
                "Explaining estimate and additional jobs to customers and taking approval over phone",
                "Delivery of vehicles with explanation of work done and feedback collection",
                "Handling 25-30 vehicles per day, CSI score above region average"]),
            E("Senior Technician", "Malabar Wheels Pvt. Ltd.", "Thrikkanur", "2018-03", "2021-05", "affecting", None, [
                "Diagnosis of engine and electrical complaints using scan tool",
                "Periodic maintenance service and running repairs",
                "Road test after major repair and final inspection"]),
            E("Technician", "Sree Ganesh Auto Works", "Perumbra", "2015-07", "2018-02", "affecting", None, [
                "General repair works of passenger cars - brake, clutch, suspension",
                "Engine overhauling under senior mechanic"]),
            E("Apprentice Trainee (Motor Mechanic)", "Velur Transport Depot", "Velur", "2014-08", "2015-07", "none", None, [
                "One year apprenticeship under Apprentices Act in depot workshop",
                "Assisted in overhauling of bus engines and gear boxes"], etype="internship"),
        ]),
        ("h", "Educational Qualification"),
        ("list", ["ITI - Mechanic Motor Vehicle (NCVT), Govt. ITI Perumbra, 2014 - 78%", "SSLC - 2012 - 81%"]),
        ("h", "Personal Details"),
        ("p", "Father's Name : K. Gopalan Nair\nDate of Birth : 14-03-1996\nLanguages : Malayalam, English, Tamil, Hindi\nMarital Status : Married"),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above details are true to the best of my knowledge.\n\nPlace: Thrikkanur\t\t\t\tSURESH KUMAR NAIR"),
    ]))

# ------------------------------------------------------------------ w004
R(dict(
    file="w004.pdf", family="Australian cleaner running her own home-cleaning business, fpdf2 left header, contract and hospital cleaning before",
    renderer="fpdf", layout="left", order="title_org", dates="mon", present="Current", sep=" – ", caps_head=True,
    name="Leanne Whitcombe",
    contact=["Warrabin QLD 4710", "0412 588 031", "leanne.whitcombe@mailbox.com.au"],
    blocks=[
        ("p", "Reliable, thorough cleaner with 13 years in homes, offices, hospitals and motels. Own car, police "
              "check, happy to work early mornings."),
        ("h", "Work history"),
        ("entries", [
            E("Owner / Cleaner", "Sparkle & Co Home Cleaning", "Warrabin QLD", "2020-02", "present", "facing",
              "entrepreneurial_freelance", [
                  "Weekly and fortnightly cleans for 18 regular households, plus end-of-lease jobs",
                  "Go out and quote new clients in their homes and agree what they want done and what they don't",
                  "Invoicing and BAS with my accountant; insurance and ABN kept current"], etype="freelance"),
            E("Commercial Cleaner (night shift)", "Brightline Facility Services", "Warrabin QLD", "2017-07", "2020-01",
              "affecting", None, [
                  "Cleaned three client office buildings after close, 6pm–11pm",
                  "Ride-on scrubber, bins, amenities restock, spot carpet cleaning",
                  "Set alarms and locked up; noted defects for the supervisor"]),
            E("Ward Cleaner (casual)", "Warrabin Base Hospital", "Warrabin QLD", "2015-03", "2017-06", "affecting", None, [
                "Daily and discharge cleans on two medical wards",
                "Followed colour coding and infection control for isolation rooms"]),
            E("Room Attendant", "Coral Palms Motor Inn", "Seabrook QLD", "2012-12", "2015-02", "affecting", None, [
                "Serviced 14–16 rooms a shift, laundry and linen room"]),
            E("Canteen Volunteer", "Warrabin Junior Rugby League", "Warrabin QLD", "2021-01", "present", "facing",
              "volunteering", [], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Tickets & checks"),
        ("list", ["Blue Card (working with children)", "National Police Check 2025", "Cert III Cleaning Operations"]),
        ("h", "Referees"),
        ("p", "Available on request"),
    ]))
# canteen entry is in the work list but printed under it with the year range
RESUMES[-1]["blocks"][2] = ("entries", RESUMES[-1]["blocks"][2][1][:4])
RESUMES[-1]["blocks"].insert(3, ("h", "Volunteering"))
RESUMES[-1]["blocks"].insert(4, ("entries", [
    E("Canteen Volunteer", "Warrabin Junior Rugby League", "Warrabin QLD", "2021-01", "present", "facing",
      "volunteering", ["Saturday canteen roster during the season: serving, cash tin, ordering pies"],
      prec="year", section="volunteer", etype="volunteer")]))

# ------------------------------------------------------------------ w005
R(dict(
    file="w005.html", family="US residential lobby concierge, saved-as-web-page résumé with doorman, hotel desk and a summer valet job",
    renderer="html", order="dash", dates="month", present="Present", sep=" to ",
    name="Jorge Ibarra",
    contact=["Port Halden, NJ", "201-555-0193", "jorge.ibarra@mailbox.net"],
    blocks=[
        ("h", "About me"),
        ("p", "Eight years keeping front doors running — residential towers and a busy hotel. Residents know my name "
              "and I know their dogs' names. Fluent Spanish."),
        ("h", "Work Experience"),
        ("entries", [
            E("Lobby Concierge", "The Meridian at Halden Park", "Port Halden, NJ", "2022-05", "present", "facing",
              "in_person_service", [
                  "Welcome residents and guests, announce visitors and keep the lobby calm at rush hour",
                  "Run the package room: log deliveries and hand them off — 400+ a day in December",
                  "Book the roof deck and party room, schedule move-ins around the freight elevator",
                  "Pass maintenance requests to the super and follow up with the resident"]),
            E("Doorman", "212 Westbrook Avenue Condominium", "Port Halden, NJ", "2019-09", "2022-04", "facing",
              "in_person_service", ["Overnight shift (11p–7a): door, lobby, deliveries and the occasional locked-out resident"]),
            E("Night Front Desk Agent", "Harborlight Inn", "Port Halden, NJ", "2017-06", "2019-08", "facing",
              "in_person_service", ["Late check-ins, wake-up calls and night audit on Opera"]),
            E("Parking Valet", "Saltworks Steakhouse", "Bayview, NJ", "2016-06", "2016-08", "facing", "in_person_service", [],
              datetext="Summer 2016"),
        ]),
        ("h", "Education"),
        ("p", "Port Halden High School, 2016"),
        ("h", "Certifications"),
        ("list", ["FDNY-style Fire Safety Director course (2023)", "CPR/AED, Red Cross"]),
    ]))

# ------------------------------------------------------------------ w006
R(dict(
    file="w006.docx", family="South African shopping-centre facilities manager from artisan electrician, Word table per job",
    renderer="docx", layout="table", order="title_org", dates="month", present="Present", sep=" – ",
    name="Thabo Mokoena",
    contact=["Eldoraan, Gauteng", "082 555 7314", "thabo.mokoena@mailbox.co.za"],
    blocks=[
        ("h", "Personal Profile"),
        ("p", "Facilities manager with a trade background (Red Seal electrician). 17 years in mining and retail "
              "property. Own transport, ID and clear criminal record."),
        ("h", "Career History"),
        ("entries", [
            E("Facilities Manager", "Highveld Crossing Shopping Centre", "Eldoraan", "2021-03", "present", "facing",
              "other_facing", [
                  "Manage soft and hard services contracts: cleaning, security, landscaping, lifts and escalators",
                  "Monthly meetings with anchor tenants; first escalation point for tenant complaints about aircon, leaks and access",
                  "Custodian of the OHS file and the centre's emergency plan; load-shedding generator schedule",
                  "Capex budget of R6.2m per year"]),
            E("Maintenance Supervisor", "Highveld Crossing Shopping Centre", "Eldoraan", "2017-08", "2021-02", "affecting", None, [
                "Led a team of six artisans and general workers",
                "Planned preventive maintenance on generators, pumps, HVAC and the fire system",
                "Closed work orders on the centre helpdesk system within SLA"]),
            E("Artisan Electrician", "Kgosi Mining Services", "Bokgola, North West", "2012-01", "2017-07", "none", None, [
                "Maintained underground conveyor drives, pumps and substations",
                "Fault-finding on 525V and 11kV equipment under permit to work"]),
            E("Apprentice Electrician", "Kgosi Mining Services", "Bokgola, North West", "2009-01", "2011-12", "none", None, [],
              etype="internship"),
        ]),
        ("h", "Qualifications"),
        ("list", ["Trade Test: Electrician (2011)", "National Diploma: Building Management — Unisa (part-time, 2019)", "SAMTRAC"]),
        ("h", "References"),
        ("p", "Mr J. van Wyk, Centre Manager — 011 555 0192"),
    ]))

# ------------------------------------------------------------------ w007
R(dict(
    file="w007.md", family="UK airport car-hire desk agent with fleet coordinator past, Markdown with bold title lines and an undated volunteer role",
    renderer="md", order="title_org", dates="mon", present="Present", sep=" - ", bullet="-",
    name="Aisling Doyle",
    contact=["Kelsby", "07911 220 684", "aisling.doyle@mailbox.co.uk", "Full UK licence"],
    blocks=[
        ("h", "Experience"),
        ("entries", [
            E("Rental Sales Agent", "Roadline Car & Van Hire", "Kelsby Airport", "2024-04", "present", "facing",
              "in_person_service", [
                  "Check customers in at the airport desk, go through licences, deposits and the damage diagram",
                  "Sell excess cover and upgrades — top three on the desk for ancillary revenue most months",
                  "Sort out return disputes over fuel and scratches before they turn into complaints"]),
            E("Fleet Coordinator", "Roadline Car & Van Hire", "Kelsby", "2022-06", "2024-03", "affecting", None, [
                "Planned daily vehicle movements between four branches so cars were where the bookings were",
                "Booked services, MOTs and tyres with suppliers and chased them",
                "Weekly utilisation and off-fleet report for the area manager"]),
            E("Vehicle Shuttler", "Castle Staffing Solutions", "Kelsby", "2022-01", "2022-05", "affecting", None, [],
              etype="paid"),
            E("Bar Staff", "The Drover's Rest", "Kelsby", "2019-09", "2021-12", "facing", "in_person_service", [
                "Bar and floor, weekend cellar and closing", "Personal licence holder from 2021"]),
        ]),
        ("h", "Volunteering"),
        ("entries", [
            E("Matchday Steward", "Kelsby Town FC", None, None, None, "facing", "volunteering",
              ["Turnstiles and away end most home Saturdays"], prec=None, section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "Kelsby Sixth Form College — A levels in Business, Geography, English (2019)"),
    ]))

# ------------------------------------------------------------------ w008
R(dict(
    file="w008.pdf", family="UK lettings property manager, reportlab shaded left sidebar with skills and education",
    renderer="rl", layout="sidebar", order="title_org", dates="mon", present="Present", sep=" – ",
    name="Priya Raman",
    contact=["Harrowfield", "07456 118 209", "priya.raman@mailbox.co.uk", "linkedin.com/in/priyaraman-lettings"],
    side=[("h", "Skills"), ("list", ["Reapit & Alto", "TDS / DPS adjudication", "Section 21 & 8 notices", "Inventory apps"]),
          ("h", "Education"), ("list", ["ARLA Level 3 Residential Letting & Property Management (2021)",
                                        "BA (Hons) Sociology, University of Harrowfield, 2018"]),
          ("h", "Interests"), ("list", ["Netball (club captain)", "Baking"])],
    blocks=[
        ("h", "Profile"),
        ("p", "ARLA-qualified property manager with six years in lettings. Good at keeping landlords informed and "
              "tenants onside at the same time."),
        ("h", "Experience"),
        ("entries", [
            E("Property Manager", "Ashgrove Lettings", "Harrowfield", "2022-10", "present", "facing", "sales_account", [
                "Portfolio of 140 managed properties for around 90 landlords",
                "Mid-term inspections — meet tenants in their homes, agree repairs and get contractors booked",
                "Deposit deductions and TDS disputes; arrears chasing and notices"]),
            E("Lettings Negotiator", "Ashgrove Lettings", "Harrowfield", "2021-01", "2022-09", "facing", "sales_account", [
                "20–30 viewings a week, referencing, move-ins", "Valuations with new landlords alongside the branch manager"]),
            E("Lettings Administrator", "Cole & Brindley Estate Agents", "Harrowfield", "2019-03", "2020-12", "affecting", None, [
                "Drafted tenancy agreements, registered deposits and ran right-to-rent checks",
                "Kept gas, EICR and EPC certificates in date across the managed book"]),
            E("Saturday Sales Assistant", "Pennywell Pharmacy", "Harrowfield", "2016-09", "2018-06", "facing",
              "in_person_service", [], etype="paid"),
        ]),
    ]))

# ------------------------------------------------------------------ w009
R(dict(
    file="w009.txt", family="US lead automotive technician, plain text with employer in capitals and roles beneath, lube and parts counter early on",
    renderer="txt", order="orgfirst", caps_org=True, txt_right="pad", txt_head="eq", dates="mm/yyyy", present="Present",
    sep=" - ", bullet="-",
    name="CODY BRANDT",
    contact=["Millbrook, OH 45067 | 513-555-0162 | cbrandt.tech@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "ASE Master Technician, 13 years in independent and quick-lube shops. Drivability and electrical are my thing. Own tools."),
        ("h", "Work Experience"),
        ("entries", [
            E("Lead Automotive Technician", "Evergreen Auto Care", "Millbrook, OH", "2021-03", "present", "affecting", None, [
                "Diagnose drivability, no-start and network faults (Snap-on Zeus, PicoScope)",
                "Mentor two B-techs and sign off their comebacks", "Road test every major job before it goes out"]),
            E("Automotive Technician", "Evergreen Auto Care", "Millbrook, OH", "2017-06", "2021-02", "affecting", None, [
                "Brakes, suspension, alignments, timing belts; flat-rate efficiency around 120%"]),
            E("Lube Technician", "QuikLane Oil & Lube", "Millbrook, OH", "2015-05", "2017-05", "facing", "in_person_service", [
                "Upper-bay tech on a drive-thru lane — customer stays in the car",
                "Greeted drivers, took mileage and went over filter and wiper recommendations at the window",
                "Lower-bay drain and fill when short staffed"]),
            E("Parts Counter Associate", "Millbrook Auto Parts", "Millbrook, OH", "2013-08", "2015-04", "facing", "in_person_service", [
                "Looked up parts for DIY customers and shop accounts, ran the register, tested batteries in the lot"]),
            E("Snow Plow Driver (winters)", "Harlan Township Road Department", "Harlan Twp, OH", "2019-12", "2024-03", "none", None, [
                "Seasonal on-call plowing and salting of township roads"]),
        ]),
        ("h", "Certifications"),
        ("list", ["ASE Master (A1-A8), L1", "EPA 609"]),
    ]))

# ------------------------------------------------------------------ w010
R(dict(
    file="w010.docx", family="UK removals crew leader, Word right tab-stop dates, kitchen porter years as year ranges, volunteer driving",
    renderer="docx", layout="tabs", order="title_org", dates="mon", present="Present", sep=" – ",
    name="Kieran Walsh", font="Arial",
    contact=["Dunmere", "07823 404 117", "kieranwalsh88@mailbox.co.uk", "Cat C1 licence"],
    blocks=[
        ("h", "Personal statement"),
        ("p", "Crew leader at a family removals firm. Strong, careful and good at keeping a stressed household calm on "
              "moving day. Looking to move into surveying or operations."),
        ("h", "Work history"),
        ("entries", [
            E("Crew Leader", "Ferris & Hale Removals", "Dunmere", "2021-02", "present", "facing", "in_person_service", [
                "Run a 3–4 person crew on house moves and small office relocations",
                "Walk round with the customer when we arrive to go through the inventory and anything fragile",
                "Sort out the problems on the day: keys not released, parking, wardrobes that won't go up the stairs"]),
            E("Removals Porter", "Ferris & Hale Removals", "Dunmere", "2018-06", "2021-01", "affecting", None, [
                "Packing, wrapping and loading; dismantling and rebuilding furniture",
                "Piano and safe moves with the specialist team"]),
            E("Warehouse Operative", "Ferris & Hale Removals", "Dunmere", "2017-11", "2018-05", "affecting", None, [
                "Containerised storage: loading, unloading and stock cards"]),
            E("Kitchen Porter", "The Anchor", "Dunmere", "2015-01", "2017-12", "affecting", None, [], prec="year"),
        ]),
        ("h", "Volunteering"),
        ("entries", [
            E("Volunteer Driver", "Dunmere Community Transport", "Dunmere", "2022-01", "present", "facing", "volunteering", [
                "Sunday minibus runs taking older members to church and the shops, helping them on and off"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education & training"),
        ("list", ["BAR Removals Foreman course (2022)", "Dunmere Academy — 5 GCSEs (2014)"]),
    ]))

# ------------------------------------------------------------------ w011
R(dict(
    file="w011.pdf", family="Canadian office facilities coordinator fielding staff requests, fpdf2 centred header, mailroom and clinic reception before",
    renderer="fpdf", layout="centred", order="title_org", dates="mon", present="Present", sep=" - ", caps_head=True,
    letter=True,
    name="Megan Larocque",
    contact=["Port Aldous, ON", "705-555-0127", "megan.larocque@mailbox.ca"],
    blocks=[
        ("h", "Professional Experience"),
        ("entries", [
            E("Facilities Coordinator", "Norbridge Insurance Group", "Port Aldous, ON", "2021-09", "present", "facing",
              "internal_support", [
                  "First contact for 450 staff on the facilities ticket queue: desks, temperature, keys, broken chairs",
                  "Coordinate office moves, meeting-room set-ups and the hybrid desk booking tool",
                  "Schedule cleaning, HVAC and pest-control vendors and check the work"]),
            E("Office Services Clerk", "Norbridge Insurance Group", "Port Aldous, ON", "2019-01", "2021-08", "affecting", None, [
                "Mailroom: sorted incoming mail and cheques, booked couriers, franked outgoing mail",
                "Restocked supply rooms and printers on four floors", "Scanned claim files for the records team"]),
            E("Receptionist", "Lakeshore Physiotherapy", "Port Aldous, ON", "2016-06", "2018-12", "facing", "in_person_service", [
                "Booked appointments, checked patients in and processed direct billing to insurers"]),
            E("Maintenance Assistant", "Camp Tall Pines", "Kettle Lake, ON", "2015-06", "2015-08", "affecting", None, [
                "Cut grass, fixed cabin screens, hauled canoes and kept the waterfront tidy for campers"], datetext="Summer 2015"),
        ]),
        ("h", "Volunteer"),
        ("entries", [
            E("Front Desk Volunteer", "Port Aldous Food Bank", "Port Aldous, ON", "2019-02", "2021-06", "facing", "volunteering", [
                "Thursday intake: greeted clients, checked registration and explained what was available"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "Diploma in Office Administration, Lakehead Valley College, 2016"),
        ("h", "Skills"),
        ("p", "Archibus, ServiceNow, MS Office, First Aid/CPR C, bilingual English/French (intermediate)"),
    ]))

# ------------------------------------------------------------------ w012
R(dict(
    file="w012.pdf", family="Philippine security guard, two-page fpdf2 biodata-style résumé with page footer, year-only older jobs",
    renderer="fpdf", layout="left", order="dateline", dates="month", present="Present", sep=" - ", caps_head=True,
    footer="Rodel M. Bautista — page {n}",
    name="RODEL M. BAUTISTA",
    contact=["Blk 7 Lot 12, Villa Esperanza, Brgy. San Roque, Sta. Clara City", "Cellphone: 0917 555 2841",
             "Email: rodelbautista82@mailbox.ph"],
    blocks=[
        ("h", "Objective"),
        ("p", "To secure a position as Security Officer / Detachment Commander where I can use my experience in "
              "security operations and customer assistance."),
        ("h", "Work Experience"),
        ("entries", [
            E("Security Guard (Main Entrance / Bag Inspection)", "Integrity Shield Security Agency, Inc.", "Sta. Clara City",
              "2022-08", "present", "facing", "in_person_service", [
                  "Posted at Golden Harvest Mall main entrance",
                  "Bag inspection and body frisking of mall goers",
                  "Answer inquiries of customers and assist senior citizens and PWD",
                  "Record incidents in logbook and report to the OIC"]),
            E("CCTV Operator", "Integrity Shield Security Agency, Inc.", "Sta. Clara City", "2020-03", "2022-07", "affecting", None, [
                "Monitoring of 96 cameras of Golden Harvest Mall at the control room",
                "Review of footage for lost items and incident reports requested by mall admin"]),
            E("Security Guard (Bank)", "Bantay Ligtas Security Services", "Sta. Clara City", "2017-01", "2020-12", "facing",
              "in_person_service", [
                  "Assigned at Rural Bank of Sta. Clara",
                  "Greeted clients, gave queue numbers and assisted in filling up deposit slips",
                  "Escort of cash during bank-to-bank transfer"], prec="year"),
            E("Company Guard", "Mabuhay Feeds Corporation", "San Felipe", "2014-01", "2016-12", "none", None, [
                "Roving inspection of warehouse and perimeter",
                "Checking of gate pass and delivery receipts of trucks"], prec="year"),
            E("Tricycle Driver", None, "Sta. Clara City", "2012-01", "2014-12", "facing", "in_person_service", [],
              prec="year", etype="freelance"),
        ]),
        ("break",),
        ("h", "Trainings and Seminars"),
        ("list", ["Basic Security Guard Training Course — 2013", "Basic Life Support and First Aid, Red Cross — 2023",
                  "Fire Safety Seminar, BFP Sta. Clara — 2024"]),
        ("h", "Licenses"),
        ("list", ["Security Guard License (valid until 2027)", "Professional Driver's License"]),
        ("h", "Educational Background"),
        ("p", "Secondary: Sta. Clara National High School, 2000\nTertiary: 2 years BS Criminology, Colegio de San Roque"),
        ("h", "Personal Information"),
        ("p", "Age: 44   Civil Status: Married   Height: 5'7\"   Religion: Roman Catholic"),
        ("h", "Character References"),
        ("p", "Mr. Arnel Cruz — Detachment Commander, Integrity Shield — 0918 555 7702"),
    ]))

# ------------------------------------------------------------------ w013
R(dict(
    file="w013.docx", family="UK school site manager with evening hall-keeper job, contact in the Word page header, joinery years as year ranges",
    renderer="docx", layout="header", order="org_title", dates="mon", present="Present", sep=" – ",
    name="Graham Pilling", footer="References available on request",
    contact=["07780 551 902", "graham.pilling@mailbox.co.uk", "Oakthwaite"],
    blocks=[
        ("h", "Profile"),
        ("p", "Practical, trustworthy site manager and former joiner. Enhanced DBS. Keyholder for two buildings."),
        ("h", "Employment"),
        ("entries", [
            E("Site Manager (Caretaker)", "St Aidan's CE Primary School", "Oakthwaite", "2018-09", "present", "affecting", None, [
                "Open up and lock up, alarm keyholder, heating and water checks",
                "Minor repairs, painting and grounds; termly H&S walk with the head",
                "Let contractors on site and check them in"]),
            E("Hall Keeper (part-time, evenings)", "Oakthwaite Methodist Church Hall", "Oakthwaite", "2020-03", "present",
              "facing", "in_person_service", [
                  "Take hall bookings by phone and email",
                  "Let hirers in, show them the heating and kitchen, lock up after",
                  "Collect hire fees and keep the diary"]),
            E("Maintenance Operative", "Pennine Vale Housing Association", "Oakthwaite", "2011-04", "2018-08", "facing",
              "other_facing", [
                  "Responsive repairs in tenants' homes: doors, taps, plastering, lock changes",
                  "Void property turnarounds between lets"]),
            E("Joiner", "R. Halstead & Sons", "Oakthwaite", "2004-01", "2011-12", "none", None, [
                "Second fix on new-build estates, kitchens and staircases"], prec="year"),
            E("Apprentice Joiner", "R. Halstead & Sons", "Oakthwaite", "2001-01", "2004-12", "none", None, [], prec="year",
              etype="internship"),
        ]),
        ("h", "Qualifications"),
        ("list", ["NVQ Level 3 Site Carpentry", "IOSH Working Safely", "Legionella awareness"]),
    ]))

# ------------------------------------------------------------------ w014
R(dict(
    file="w014.html", family="Irish car sales executive, HTML CV with prose duties, valeting and bar work, GAA coaching",
    renderer="html", order="org_title", bullet="prose", dates="mon", present="Present", sep=" – ",
    css="body{font-family:Arial,sans-serif;margin:30px 60px}h1{color:#1d4e89}h2{color:#1d4e89;font-size:15px}"
        "h3{font-size:13px;margin-bottom:0}.d{color:#777;margin-left:1em}",
    name="Ciarán Mulligan",
    contact=["Ballykerrin, Co. Laois", "087 555 4180", "ciaran.mulligan@mailbox.ie"],
    blocks=[
        ("h", "Career to date"),
        ("entries", [
            E("Sales Executive", "Kerrin Motors Ltd", "Ballykerrin", "2020-01", "present", "facing", "sales_account", [
                "Selling new and used cars to private and small fleet customers, averaging 11 a month and 22 in January",
                "Putting together finance proposals and trade-in valuations",
                "Handovers, follow-up calls and getting them back in for the first service"]),
            E("Sales Administrator", "Kerrin Motors Ltd", "Ballykerrin", "2017-06", "2019-12", "affecting", None, [
                "Vehicle registrations and VRT, deal files, chasing finance house payouts and stock audits"]),
            E("Car Valeter", "Shine Auto Valeting", "Drumcarra", "2015-01", "2017-12", "affecting", None, [
                "Full valets and paint correction on trade-ins and used stock for three local dealers"], prec="year"),
            E("Barman", "Flanagan's Bar", "Ballykerrin", "2013-01", "2017-12", "facing", "in_person_service", [],
              prec="year"),
        ]),
        ("h", "Outside work"),
        ("entries", [
            E("Underage Coach", "Ballykerrin GAA", "Ballykerrin", "2016-01", "present", "facing", "volunteering", [
                "U12 and U14 hurling coach two evenings a week, Foundation coaching award"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "Leaving Certificate, Scoil Mhuire Ballykerrin (2013). SIMI Motor Sales course (2021)."),
    ]))

# ------------------------------------------------------------------ w015
R(dict(
    file="w015.pdf", family="US hospital director of facilities with a Navy and HVAC background, two-page reportlab with two-column header and page footer",
    renderer="rl", layout="twocol", order="title_org", dates="mon", present="Present", sep=" – ", letter=True,
    footer="Denise Carrow-Whitfield  |  Page {n} of 2",
    name="Denise Carrow-Whitfield",
    contact=["Ridgeport, PA 17011", "(717) 555-0133", "dcarrowwhitfield@mailbox.com", "CHFM, CHSP"],
    blocks=[
        ("h", "Executive Summary"),
        ("p", "Facilities leader with 28 years in plant operations, from shipboard HVAC to running the environment of "
              "care for a 310-bed regional medical center. Strong on regulatory readiness, capital planning and "
              "building teams that answer the phone."),
        ("h", "Selected Achievements"),
        ("list", ["Zero EOC findings at the 2023 Joint Commission survey",
                  "Cut energy spend 18% through a chiller plant retrofit and BAS re-commissioning",
                  "Opened a 42,000 sq ft outpatient wing on time and $300K under budget"]),
        ("h", "Professional Experience"),
        ("entries", [
            E("Director of Facilities", "Ridgeport Regional Medical Center", "Ridgeport, PA", "2019-07", "present", "none", None, [
                "Lead 64 FTEs across maintenance, environmental services, security and grounds",
                "Own an $11M operating and $4M capital budget",
                "Chair the Environment of Care committee; report quarterly to the board"]),
            E("Facilities Manager", "Ridgeport Regional Medical Center", "Ridgeport, PA", "2014-03", "2019-06", "facing",
              "internal_support", [
                  "Ran the 24/7 work-order desk and took department heads' escalations directly",
                  "Oversaw construction of the outpatient wing", "Managed elevator, fire alarm and medical gas vendors"]),
            E("Building Engineer", "Granite Row Properties", "Ridgeport, PA", "2008-05", "2014-02", "facing", "other_facing", [
                "Chillers, boilers and BAS for two Class A office towers",
                "Tenant comfort calls — went up to the suites to sort out hot and cold complaints with the occupants"]),
        ]),
        ("break",),
        ("entries", [
            E("HVAC Service Technician", "Keller Mechanical", "Ridgeport, PA", "2002-01", "2008-12", "facing", "other_facing", [
                "Residential service calls, 6–8 a day; explained repair and replacement options to homeowners"], prec="year"),
            E("HVAC Mechanic (HT2)", "U.S. Navy", None, "1997-01", "2002-12", "none", None, [
                "Maintained shipboard refrigeration and ventilation aboard a destroyer"], prec="year", etype="military"),
        ]),
        ("h", "Education & Certifications"),
        ("list", ["B.S. Facilities Management, Keystone Polytechnic (evenings), 2011",
                  "Certified Healthcare Facility Manager (CHFM), Certified Healthcare Safety Professional (CHSP)",
                  "EPA Universal"]),
        ("h", "Professional Affiliations"),
        ("list", ["ASHE member since 2014", "PA Healthcare Engineering Society — past treasurer"]),
    ]))
