"""Résumés w001–w015 (one dict each; entries are lib.E)."""
from lib import E

R = []

R.append(dict(id="w001", ext="pdf", r="rl", layout="plain", hdr="title_org", ds="month", present="Present", dash=" – ",
    family="US IT help desk technician with CompTIA A+, Word-to-PDF single column, title line with right-aligned dates",
    name="Marcus D. Whitfield", contact=["Fremont Falls, OH 43610", "(419) 555-0187", "m.whitfield@mailbox.us"],
    sections=[
    ("Summary", "Help desk tech with about six years of break/fix and end-user support. CompTIA A+ and Network+. "
                "Comfortable on the phone with people who are stressed out and just need their login to work."),
    ("Experience", [
        E("IT Support Specialist", "Harrowgate Regional Credit Union", "Fremont Falls, OH", "2023-03", "present", "facing", "internal_support",
          ["Work the tier 1/tier 2 queue for 14 branches (Freshservice) – avg. 38 tickets a week, 94% closed within SLA",
           "Walk tellers through MFA enrollment, printer and cash-recycler connectivity issues over the phone",
           "Image and deploy Dell laptops with Intune; handle new-hire setups and offboarding",
           "Rotate on after-hours on-call one week in five"]),
        E("Help Desk Technician (contract through TekBridge Staffing)", "Maumee Valley School District", "Waterford, OH", "2021-08", "2023-02", "facing", "internal_support",
          ["Answered the district help line for teachers and office staff during the Chromebook 1:1 rollout",
           "Reset Google Workspace and PowerSchool passwords, fixed projectors and document cameras in classrooms",
           "Kept the loaner cart inventory and repair log up to date"]),
        E("Computer Repair Technician", "ByteFix PC Repair", "Fremont Falls, OH", "2019-05", "2021-07", "affecting", None,
          ["Bench diagnostics and repair on laptops and desktops left at the front counter",
           "Virus removal, data transfers, screen and keyboard replacements; ordered parts",
           "Wrote repair notes in RepairShopr so the counter staff could explain the fix at pick-up"]),
        E("Sales Floor Associate (part-time)", "Lakeside Electronics Outlet", "Waterford, OH", "2017-09", "2019-04", "facing", "in_person_service",
          ["Helped shoppers compare laptops, routers and printers; set up protection plans at the register"]),
    ]),
    ("Certifications", ["CompTIA A+ (2019)", "CompTIA Network+ (2022)", "ITIL 4 Foundation (2024)"]),
    ("Education", ["A.A.S. Computer Information Technology – Owens Valley Community College, 2019"]),
    ("Technical Skills", "Windows 10/11, macOS, Active Directory, Intune, Microsoft 365, Freshservice, Jamf (basic), TCP/IP, VLAN basics"),
]))

R.append(dict(id="w002", ext="docx", r="docx", layout="styles", hdr="title_org", ds="mon", present="Present", dash=" – ",
    family="UK Gas Safe boiler engineer, Word heading styles and list bullets, right tab-stop dates",
    name="Callum Oakroyd", contact=["07700 900412", "callum.oakroyd@mailbox.co.uk", "Holmeworth, West Yorkshire"],
    sections=[
    ("Profile", "Gas Safe registered heating engineer (ACS: CCN1, CENWAT, CKR1) with eight years in domestic servicing "
                "and breakdowns. Own van, full clean licence, happy to do the weekend rota."),
    ("Employment History", [
        E("Gas Service Engineer", "Calderbrook Heating Services Ltd", "Huddersfield", "2020-06", "present", "facing", "other_facing",
          ["Annual services, breakdowns and safety checks in customers' homes, 6–8 jobs a day",
           "Explain faults and quotes to homeowners and landlords before starting work",
           "Complete CP12 landlord certificates and job sheets on the tablet before leaving site",
           "Weekend and bank holiday call-out rota (1 in 4)"]),
        E("Apprentice Heating Engineer", "Calderbrook Heating Services Ltd", "Huddersfield", "2017-09", "2020-05", "facing", "other_facing",
          ["Out with a senior engineer on domestic calls – flushing systems, swapping pumps and diverter valves",
           "Booked follow-up visits with the customer while the engineer finished the paperwork",
           "NVQ Level 3 Gas Utilisation completed through day release"], et="internship"),
        E("Warehouse Operative", "Pennine Plumbing Supplies", "Brighouse", "2016-03", "2017-08", "affecting", None,
          ["Picked and loaded trade orders for next-day van delivery", "Forklift (counterbalance) licence"]),
    ]),
    ("Volunteering", [
        E("Volunteer Fixer", "Kirklees Repair Café", "Holmeworth", "2022-01", "present", "facing", "volunteering",
          ["Once a month – mending kettles, lamps and toasters that residents bring in, and showing them what went wrong"],
          sec="volunteer", et="volunteer"),
    ]),
    ("Qualifications", ["Gas Safe Register no. 5xxxxx", "NVQ Level 3 Gas Utilisation (Domestic)", "Unvented Hot Water G3", "GCSEs x 6 incl. Maths and English"]),
]))

R.append(dict(id="w003", ext="txt", r="txt", layout="portal", hdr="dash", ds="mon", present="till date", dash=" - ",
    family="Indian network engineer (no end users), job-portal text with dashes and colons, 'till date'",
    name="SIDDHARTH KULKARNI", contact=["Mobile : +91 98xxxxxx21", "Email : sid.kulkarni@mailbox.in", "Location : Pimpri, Pune"],
    sections=[
    ("CAREER OBJECTIVE", "To work as a Network Engineer in a challenging environment where I can use my skills in routing, "
                         "switching and security for the growth of the organisation."),
    ("PROFESSIONAL EXPERIENCE", [
        E("Senior Network Engineer", "Vantara Infotech Pvt. Ltd.", "Pune", "2021-04", "present", "none", None,
          ["Design and implementation of core and distribution layer for 3 data centres (Cisco Nexus, Juniper MX)",
           "BGP / OSPF configuration, Palo Alto firewall policy changes in approved maintenance window",
           "Prepare HLD / LLD documents and MOPs for change advisory board",
           "Part of 24x7 on-call roster for P1 network incidents"]),
        E("Network Engineer - L2", "Sahyadri Datacom Solutions", "Pune", "2018-07", "2021-03", "affecting", None,
          ["Monitoring of enterprise customers' leased line and MPLS links in NOC (rotational shifts)",
           "Troubleshooting link flaps, raising tickets with last-mile carriers and tracking till closure",
           "Preparing RCA reports for customer outages for the account team"]),
        E("Network Support Trainee", "Sahyadri Datacom Solutions", "Pune", "2017-07", "2018-06", "none", None,
          ["Rack and stack of routers and switches, structured cabling and labelling in DC"], et="internship"),
        E("Desktop Support Engineer", "Deccan Auto Components Ltd", "Chakan", "2016-06", "2017-06", "facing", "internal_support",
          ["Deployed through Skillbridge Manpower Services on contract",
           "Attending user calls from plant and office staff for Outlook, printer, SAP GUI and LAN issues",
           "Installation of OS and antivirus, asset tagging"]),
    ]),
    ("CERTIFICATIONS", ["CCNP Enterprise", "CCNA Routing & Switching", "PCNSA"]),
    ("EDUCATIONAL QUALIFICATION", ["B.E. (Electronics & Telecommunication) - Savitribai Institute of Engineering, 2016 - 68.4%",
                                   "HSC - 2012 - 74%", "SSC - 2010 - 81%"]),
    ("PERSONAL DETAILS", ["Date of Birth : 14-02-1994", "Languages Known : English, Hindi, Marathi", "Notice Period : 60 days"]),
    ("DECLARATION", "I hereby declare that the above information is true to the best of my knowledge.  Place: Pune"),
]))

R.append(dict(id="w004", ext="html", r="html", layout="cards", hdr="title_org", ds="mm/yyyy", present="Current", dash=" – ",
    family="UK dental nurse, HTML page saved from a CV builder, job cards with mm/yyyy dates",
    name="Jodie Marsh-Kaur", contact=["Leamington Vale", "jodie.mk@mailbox.co.uk", "07911 123 884"],
    sections=[
    ("About me", "GDC registered dental nurse (qualified 2022). Calm with nervous patients and children, "
                 "confident on reception and with Software of Excellence."),
    ("Work Experience", [
        E("Dental Nurse", "Brookfield Dental Practice", "Leamington Vale", "2022-02", "present", "facing", "healthcare_care",
          ["Chairside for two associates and the hygienist, NHS and private lists",
           "Sit with anxious patients, explain what's happening and book their follow-ups",
           "Cover reception on Fridays – phones, payments, recalls"]),
        E("Trainee Dental Nurse", "Smile Studio Warwick", "Kenworth", "2020-09", "2022-01", "facing", "healthcare_care",
          ["Assisted with check-ups, fillings and extractions while studying for the NEBDN diploma",
           "Took impressions and X-ray prep under supervision"]),
        E("Decontamination Assistant", "Smile Studio Warwick", "Kenworth", "2020-01", "2020-08", "affecting", None,
          ["Ran the LDU – washer-disinfector, autoclave cycles, logging and bagging instruments for the surgeries"]),
        E("Saturday Sales Assistant", "Greenhill Chemist", "Kenworth", "2017-09", "2019-12", "facing", "in_person_service",
          ["Till, beauty counter, handing out prescriptions once checked by the pharmacist"]),
    ]),
    ("Qualifications", ["NEBDN National Diploma in Dental Nursing (2022)", "Radiography Certificate (in progress)", "Immediate Life Support – 2025"]),
    ("References", "Available on request."),
]))

R.append(dict(id="w005", ext="pdf", r="fpdf", layout="sidebar", hdr="title_org", ds="mon", present="Current", dash=" – ",
    family="Australian HVAC service technician, fpdf2 with shaded left sidebar (licences, tickets, referees)",
    name="Brodie Tanner", contact=["0412 555 078", "brodie.tanner@mailbox.com.au", "Kirwanbah QLD"],
    side=["Licences & Tickets", "Skills", "Referees"],
    sections=[
    ("Licences & Tickets", ["ARCtick Refrigerant Handling Licence (Full)", "QBCC Mechanical Services", "Working at Heights", "EWP (yellow card)", "HR truck licence"]),
    ("Skills", ["Split & ducted systems", "Rooftop package units", "Cool rooms", "BMS fault finding", "Daikin / Carrier / Temperzone"]),
    ("Referees", "Available on request"),
    ("Work History", [
        E("HVAC Service Technician", "Coolwave Air Conditioning", "Kirwanbah QLD", "2021-02", "present", "facing", "other_facing",
          ["Planned maintenance and breakdowns on commercial rooftop units, shopping centres and schools",
           "Talk with centre managers and tenants on arrival about the fault history and access",
           "After-hours call-outs on a 1 in 3 roster",
           "Write up quotes for repairs found during PM visits"]),
        E("Apprentice Refrigeration Mechanic", "Northern Cold Rooms Pty Ltd", "Ayrville QLD", "2017-01", "2020-12", "none", None,
          ["Four-year apprenticeship (Cert III UEE32211) installing cool rooms and freezer plant at meatworks and packing sheds",
           "Brazing, pressure testing, evacuation and commissioning"], et="internship"),
        E("Plant Maintenance Fitter – Night Shift", "Inkerman Sugar Co-op", "Ayrville QLD", "2016-06", "2016-11", "none", None,
          ["Crushing season only. Kept the mill running overnight – conveyors, pumps, bearings, breakdown jobs"]),
        E("Counter Hand", "Ross River Bakery", "Kirwanbah QLD", "2014-03", "2015-12", "facing", "in_person_service",
          ["Serving, coffee machine, cleaning down at close"]),
    ]),
]))

R.append(dict(id="w006", ext="docx", r="docx", layout="table", hdr="title_org", ds="month", present="Present", dash=" – ",
    family="South African appliance repair technician, Word with a borderless table per job, year-only older dates",
    name="Sipho Ndlovu", contact=["Cell: 072 555 3401", "sipho.ndlovu@mailbox.co.za", "Pinegrove, Durban"],
    sections=[
    ("Personal Profile", "Trade-tested appliance technician (refrigeration and laundry). Own tools and bakkie. "
                         "Driver's licence Code 08. Available immediately."),
    ("Work Experience", [
        E("Appliance Repair Technician", "FixRite Appliance Services", "Durban", "2019-03", "present", "facing", "other_facing",
          ["Repair washing machines, fridges, stoves and tumble dryers at clients' homes around the Durban area",
           "Diagnose the fault, give the client the quote and take payment on the card machine when the job is done",
           "Warranty claims for Defy and LG"]),
        E("Call-out Technician (weekends)", "Self-employed", "Pinegrove", "2021-06", "present", "facing", "entrepreneurial_freelance",
          ["Weekend repairs for neighbours and referrals, mostly fridges and geysers"], et="freelance"),
        E("Workshop Technician", "Tekno Electrical Repairs", "Pinetown", "2015-01", "2019-02", "affecting", None,
          ["Bench repairs on microwaves, kettles and small appliances booked in by the front counter",
           "Testing and labelling repaired units for collection"]),
        E("General Worker", "Umgeni Steel Fabricators", "Durban", "2012-01", "2014-12", "none", None,
          ["Cutting, grinding, loading trucks"], prec="year"),
    ]),
    ("Education & Training", ["Trade Test – Refrigeration Mechanic (2018)", "N3 Electrical Engineering – Coastal TVET College (2014)", "Matric – Pinegrove Secondary (2011)"]),
    ("References", ["Mr T. Pillay – Workshop Manager, FixRite – 031 555 0192", "Mrs L. Naidoo – Owner, Tekno Electrical – 031 555 2270"]),
]))

R.append(dict(id="w007", ext="md", r="md", layout="h3", hdr="title_org", ds="mon", present="Present", dash=" – ",
    family="US backend software developer (no user contact), Markdown with h3 titles and a summer internship",
    name="Priya Natarajan-Cole", contact=["Remote (Lorendale, MN)", "priya.nc@mailbox.dev", "github.com/pnc-dev"],
    sections=[
    ("Summary", "Backend engineer, mostly Go and Python. I like boring, well-monitored services."),
    ("Experience", [
        E("Software Engineer II", "Parcelwise Inc.", "Remote", "2022-05", "present", "affecting", None,
          ["Own the tracking-events service behind the shipment status page that shippers' customers check (~40M events/day)",
           "Cut p99 latency on the public tracking API from 900 ms to 180 ms",
           "Primary on-call one week in six; wrote most of the runbooks"]),
        E("Software Engineer", "Greymill Analytics", "Lorendale, MN", "2019-08", "2022-04", "none", None,
          ["Built internal ETL pipelines (Airflow, dbt) feeding the finance team's month-end reports",
           "Migrated cron jobs off a single EC2 box"]),
        E("Software Engineering Intern", "Greymill Analytics", "Lorendale, MN", "2018-06", "2018-08", "none", None,
          ["Unit tests and a CLI for an internal config tool"], et="internship", dt="Summer 2018"),
    ]),
    ("Campus", [
        E("Computer Lab Assistant", "Harlan State University", "Harlan, MN", "2016-09", "2019-05", "facing", "internal_support",
          ["Evening shifts at the library computer lab: helped students with logins, printing quotas and Wi-Fi"],
          sec="other"),
    ]),
    ("Education", ["B.S. Computer Science, Harlan State University, 2019"]),
    ("Skills", "Go, Python, PostgreSQL, Kafka, Kubernetes, Terraform, Datadog"),
]))

R.append(dict(id="w008", break_before="Training & Qualifications", ext="pdf", r="rl", layout="twopage", hdr="org_title", ds="mon", present="to date", dash=" – ",
    family="UK lift service engineer, 2-page reportlab CV with page footer, employer line first then title",
    name="Desmond Achterberg", contact=["Flat 3, 19 Quarry Lane, Elmsbury SE9", "07803 441 290", "des.achterberg@mailbox.co.uk"],
    sections=[
    ("Personal Statement", "Lift engineer with twenty years on the tools – installation, modernisation and now service. "
                           "NVQ Level 3 Lift and Escalator, 18th Edition, CSCS gold card. I know the older Otis and Schindler "
                           "controllers inside out and I'm at my best on a breakdown with the building waiting."),
    ("Career History", [
        E("Lift Service Engineer", "Meridian Lift Company Ltd", "Elmsbury", "2018-04", "present", "facing", "other_facing",
          ["Service route of around 90 lifts in offices, hospitals and housing blocks",
           "Breakdown call-outs including trapped-passenger releases; keep people calm over the lift phone until the car is levelled",
           "Report findings to building and facilities managers at the end of each visit and agree repair dates",
           "On-call 1 week in 4"]),
        E("Lift Modernisation Fitter", "Meridian Lift Company Ltd", "Elmsbury", "2014-09", "2018-03", "none", None,
          ["Stripped out and installed new machines, controllers and landing doors in lift shafts closed for the works",
           "Worked to method statements with a fitter's mate"]),
        E("Electrical Maintenance Technician", "Thameside Cold Storage", "Dartley", "2010-02", "2014-08", "none", None,
          ["PPM and breakdowns on refrigeration plant, conveyors and dock levellers; 4-on 4-off days and nights"]),
        E("Electrical Apprentice", "J. Okafor Electrical Contractors", "Elmsbury", "2006-09", "2010-01", "none", None,
          ["First and second fix on new-build flats and commercial units"], et="internship"),
    ]),
    ("Volunteer Work", [
        E("Volunteer Driver", "Lewisbrook Community Transport", "Elmsbury", "2019-01", "present", "facing", "volunteering",
          ["Drive older residents to hospital appointments and the Thursday lunch club, help them in and out of the minibus"],
          sec="volunteer", et="volunteer", prec="year"),
    ]),
    ("Training & Qualifications", ["NVQ Level 3 Lift and Escalator Electromechanical (2012)", "City & Guilds 2382 18th Edition",
        "CSCS Gold Card – Skilled Worker", "IPAF 3a/3b", "First Aid at Work (renewed 2025)"]),
    ("Interests", "Five-a-side on Tuesdays; restoring an old Triumph motorbike."),
    ("References", "Available on request."),
]))

R.append(dict(id="w009", ext="docx", r="docx", layout="tabs", hdr="title_org", ds="month", present="Present", dash=" - ",
    family="Philippine pharmacy assistant, Word with tab-stop dates and caps headings, OJT in a hospital pharmacy",
    name="Maria Theresa B. Villanueva", contact=["Blk 4 Lot 12, Mabini Heights, Sta. Lucia", "+63 917 555 0834", "mtvillanueva@mailbox.ph"],
    sections=[
    ("OBJECTIVE", "To obtain a position as Pharmacy Assistant where I can use my knowledge in dispensing and my experience "
                  "in assisting patients."),
    ("WORK EXPERIENCE", [
        E("Pharmacy Assistant", "MediPlus Drugstore", "Sta. Lucia", "2022-01", "present", "facing", "healthcare_care",
          ["Receives prescriptions from patients and prepares medicines for checking by the pharmacist",
           "Explains dosage and senior citizen / PWD discounts to patients",
           "Monitors expiry dates and does monthly inventory count"]),
        E("Inventory Clerk", "MediPlus Drugstore Central Warehouse", "Sta. Lucia", "2020-01", "2021-05", "affecting", None,
          ["Encoded deliveries and branch transfers in the inventory system",
           "Prepared stock requests of 11 branches for dispatch"]),
        E("Service Crew", "Kainan Express", "Sta. Lucia", "2017-04", "2019-03", "facing", "in_person_service",
          ["Cashier and counter, part-time while studying"]),
    ]),
    ("ON-THE-JOB TRAINING", [
        E("Pharmacy Intern", "St. Clare Medical Center", "Marigondon", "2021-06", "2021-09", "affecting", None,
          ["Unit-dose preparation for the wards, stock replenishment, updating bin cards"], et="internship"),
    ]),
    ("EDUCATION", ["Bachelor of Science in Pharmacy (undergraduate, 3rd year) – Our Lady of Fatima College, 2017–2020",
                   "Senior High School, STEM Strand – Sta. Lucia National High School"]),
    ("SKILLS", ["MS Office", "Point of Sale", "Good communication skills", "Hardworking and can work under pressure"]),
    ("CHARACTER REFERENCES", ["Ms. Joanna R. Dela Cruz, RPh – Branch Pharmacist, MediPlus Drugstore – 0918 555 2201"]),
]))

R.append(dict(id="w010", ext="docx", r="docx", layout="header", hdr="org_title", ds="mon", present="Present", dash=" to ",
    family="Irish systems administrator, name and contact in the Word page header, employer line first, agency placement",
    name="Eoin Fahy", contact=["Knocknacarra Cross", "087 555 6120", "eoin.fahy@mailbox.ie"],
    sections=[
    ("Profile", "Linux and VMware sysadmin. Eight years in IT, the last six behind the scenes. Looking for an infrastructure or platform role."),
    ("Experience", [
        E("Systems Administrator", "Corrib Logistics Ltd", "Galmore", "2020-09", "present", "none", None,
          ["Look after 220 VMs on vSphere 8, Veeam backups and monthly patching windows",
           "Automated server builds with Ansible; cut build time from a day to 40 minutes",
           "On-call rota for infrastructure alerts (1 in 4)"]),
        E("Service Desk Analyst", "Corrib Logistics Ltd", "Galmore", "2018-03", "2020-08", "facing", "internal_support",
          ["First-line phone and walk-up support for 400 staff across the depot and head office",
           "Set up laptops and phones for new starters and showed them around the systems on day one"]),
        E("Data Centre Technician", "Lough Data Park", "Ballinamore Bridge", "2016-10", "2018-02", "none", None,
          ["Contract through Atlantic Tech Recruitment. Racking, cabling, disk swaps and remote hands tickets, 12-hour shifts"]),
        E("Bar Staff", "The Salmon Weir Bar", "Galmore", "2014-06", "2016-09", "facing", "in_person_service", []),
    ]),
    ("Education", ["BSc Computing – Atlantic Technological Institute, 2016"]),
    ("Certifications", "RHCSA, VMware VCP-DCV, AWS SysOps Associate"),
    ("Outside work", "Club hurling coach (U12s), sea swimming."),
]))

R.append(dict(id="w011", ext="pdf", r="fpdf", layout="centred", hdr="title_org", ds="month", present="Present", dash=" to ",
    family="Canadian fibre installer, fpdf2 centred header, title with right-aligned dates and employer below, year-only kitchen job",
    name="Danielle Tremblay-Okoro", contact=["Copper Lake, ON", "705-555-0163", "d.tremblay.okoro@mailbox.ca"],
    sections=[
    ("Summary", "Telecom installer with 8 years outside and inside plant. Bilingual (English/French). Clean driver's abstract, "
                "Working at Heights and fall arrest current."),
    ("Work Experience", [
        E("Fibre Installation Technician", "Northline Communications", "Copper Lake, ON", "2021-05", "present", "facing", "other_facing",
          ["Install and activate fibre-to-the-home service, 4-5 installs a day",
           "Walk customers through the modem, Wi-Fi and TV box before leaving; customer satisfaction 4.8/5",
           "Weekend rotation for repair tickets"]),
        E("Aerial Line Technician", "Northline Communications", "Copper Lake, ON", "2018-06", "2021-04", "affecting", None,
          ["Pole work, strand and lashing, splicing in the bucket truck",
           "Repaired damaged drops after storms to restore service on outage tickets"]),
        E("Cable Puller (contract)", "Voltex Electrical", "Sault Harbour, ON", "2016-04", "2018-05", "none", None,
          ["Pulled Cat6 and fibre on commercial construction sites, tray and J-hook"]),
        E("Cook", "Mama Rosa's Pizzeria", "Sault Harbour, ON", "2014-01", "2016-12", "affecting", None, [], prec="year"),
    ]),
    ("Certifications", ["Working at Heights (Ontario)", "BICSI Installer 1", "WHMIS", "First Aid / CPR C"]),
    ("Education", "Electrical Techniques certificate – Cambrian Shore College, 2016"),
]))

R.append(dict(id="w012", ext="html", r="html", layout="table", hdr="pipe", ds="mon", present="Current", dash=" - ",
    family="US veterinary receptionist, HTML résumé with pipe title/employer/town lines and a year-only volunteer role",
    name="Kayleigh Ambrose", contact=["Boise Flats, ID", "208-555-0119", "kayleigh.ambrose@mailbox.com"],
    sections=[
    ("Objective", "Friendly, organized veterinary receptionist looking to move into a practice manager track."),
    ("Experience", [
        E("Veterinary Receptionist", "Pinecrest Animal Hospital", "Boise Flats, ID", "2023-01", "present", "facing", "in_person_service",
          ["Check in 60+ patients a day, handle the phones and schedule in Cornerstone",
           "Go over estimates with pet owners and take payments, including CareCredit",
           "Comfort owners at euthanasia appointments and handle the paperwork so they don't have to"]),
        E("Kennel Attendant", "Pinecrest Animal Hospital", "Boise Flats, ID", "2021-06", "2022-12", "affecting", None,
          ["Cleaned runs and cages, fed and walked boarders and hospitalized patients, laundry"]),
        E("Veterinary Assistant Extern", "Treasure Valley Emergency Vet", "Meridian Springs, ID", "2021-01", "2021-05", "affecting", None,
          ["Restrained patients for the techs, ran in-house lab samples, restocked the treatment area"], et="internship"),
    ]),
    ("Volunteer", [
        E("Volunteer Dog Walker", "Boise Flats Humane Society", "Boise Flats, ID", "2019-01", "2021-12", "facing", "volunteering",
          ["Walked and socialized shelter dogs; helped families meet dogs at Saturday adoption events"],
          sec="volunteer", et="volunteer", prec="year"),
    ]),
    ("Education", ["Veterinary Assistant Certificate – Snake River Technical College, 2021"]),
    ("Skills", ["Cornerstone & ezyVet", "Multi-line phones", "Basic Spanish", "Fear Free Certified"]),
]))

R.append(dict(id="w013", ext="md", r="md", layout="bold", hdr="title_org", ds="month", present="present", dash=" – ",
    family="UK biomedical lab technician in Markdown, bold title line with employer and italic dates, undated outreach volunteering",
    name="Hannah Osei-Bright", contact=["Cambourne Fen", "hannah.ob@mailbox.co.uk", "07700 900 733"],
    sections=[
    ("Profile", "Laboratory technician with phlebotomy and research experience, currently in blood sciences. Looking for a senior technician post."),
    ("Employment", [
        E("Laboratory Technician (Blood Sciences)", "Fenwick Diagnostics Ltd", "Cambourne Fen", "2021-09", "present", "affecting", None,
          ["Process 1,500+ GP and outpatient samples per shift on Roche cobas analysers",
           "Daily QC, calibration and Westgard rule review; flag critical results to the biomedical scientist",
           "Rotating late and weekend shifts"]),
        E("Phlebotomist (Bank)", "Fenland Community Hospital", "Marchwood", "2019-11", "2021-08", "facing", "healthcare_care",
          ["Outpatient and paediatric clinics – bloods from 40 to 60 patients a session, including needle-phobic adults"]),
        E("Research Assistant", "University of Marshgate", "Marshgate", "2018-09", "2019-09", "none", None,
          ["Cell culture and qPCR for a fixed-term study on kidney fibrosis"]),
    ]),
    ("During my degree", [
        E("Undergraduate Lab Demonstrator", "University of Marshgate", "Marshgate", "2016-10", "2018-05", "facing", "education",
          ["Ran first-year practical sessions, helping students with pipetting, calculations and write-ups"],
          sec="other"),
        E("Volunteer, Science Festival outreach", "Marshgate Science Festival", None, None, None, "facing", "volunteering",
          ["Ran the 'extract your own DNA' stall for families"], sec="volunteer", et="volunteer"),
    ]),
    ("Education", ["PhD Biochemistry (not completed – left 2018)", "BSc (Hons) Biomedical Science, 2:1 – University of Marshgate, 2018"]),
    ("Skills", "Roche cobas, LIMS (WinPath), phlebotomy, qPCR, aseptic technique, HCPC registration in progress"),
]))

R.append(dict(id="w014", ext="pdf", r="rl", layout="sidebar", hdr="title_org", ds="mon", present="Present", dash=" - ",
    family="Indian medical-device field service engineer, reportlab with coloured left sidebar, project training during B.Tech",
    name="Rahul Venkatesan", contact=["+91 99xxx 40218", "rahul.venkat@mailbox.in", "Kondapur, Hyderabad"],
    side=["Technical Skills", "Certifications", "Languages"],
    sections=[
    ("Technical Skills", ["CT / MRI / X-ray service", "Patient monitors, ventilators", "Calibration (Fluke)", "SAP PM", "Service Max"]),
    ("Certifications", ["Radiation Safety Officer L-I (AERB)", "OEM CT Service Level 2"]),
    ("Languages", ["English, Telugu, Tamil, Hindi"]),
    ("Professional Summary", "Biomedical engineer with 9+ years in hospital equipment maintenance and OEM field service for "
                             "CT and X-ray systems across Telangana and Andhra Pradesh."),
    ("Work Experience", [
        E("Field Service Engineer - Imaging", "Medinova Healthcare Systems Pvt. Ltd.", "Hyderabad", "2020-08", "present", "facing", "other_facing",
          ["Installation, PM and breakdown calls for CT scanners and DR systems at 35 hospitals and diagnostic centres",
           "Handle escalations from radiology heads and biomedical managers; agree downtime plans with them",
           "Uptime 98.6% on contract sites (FY 2025-26)",
           "Extensive travel, 24x7 breakdown support rotation"]),
        E("Biomedical Engineer", "Sri Venkatesa Multispeciality Hospital", "Warangal", "2017-06", "2020-07", "facing", "internal_support",
          ["Attended breakdown calls from ICU, OT and ward nursing staff and got equipment back into use",
           "Trained new nurses on ventilator and infusion pump handling",
           "Maintained equipment inventory and AMC / CMC records for NABH"]),
        E("Graduate Engineer Trainee", "Medinova Healthcare Systems Pvt. Ltd.", "Hyderabad", "2016-07", "2017-05", "affecting", None,
          ["Repair lab: board-level repair of ultrasound probes returned by customer sites"], et="internship"),
        E("Project Trainee", "Deccan Instruments Ltd", "Hyderabad", "2016-01", "2016-05", "none", None,
          ["B.Tech final-year project on ECG signal filtering"], sec="other", et="internship"),
    ]),
    ("Education", ["B.Tech Biomedical Engineering – Godavari Institute of Technology, 2016 (7.8 CGPA)"]),
]))

R.append(dict(id="w015", ext="docx", r="docx", layout="tabs", hdr="title_org", ds="mon", present="Current", dash=" – ",
    family="Australian optical assistant, Word tab-stop dates, travel break listed in the work history",
    name="Tahlia Ferreira", contact=["Corio Bay VIC 3214", "0433 555 219", "tahlia.ferreira@mailbox.com.au"],
    sections=[
    ("Career Objective", "Optical assistant studying Cert IV Optical Dispensing, wanting to grow into a dispensing role."),
    ("Employment History", [
        E("Optical Assistant", "ClearSight Optometrists", "Corio Bay VIC", "2022-03", "present", "facing", "healthcare_care",
          ["Run pre-tests (auto-refraction, non-contact tonometry, OCT scans) before patients see the optometrist",
           "Help patients choose frames and explain lens options and health fund rebates",
           "Adjustments and repairs while you wait"]),
        E("Lab Technician (Edging)", "Bellarine Optical Lab", "Lara Point VIC", "2019-07", "2022-02", "affecting", None,
          ["Edged and glazed single vision and progressive lenses for 30+ practices", "QC on finished jobs before dispatch"]),
        E("Career Break – Travel", None, None, "2018-07", "2019-06", "none", None,
          ["Working-holiday travel through South America"], et="unknown"),
        E("Retail Assistant (casual)", "Coastline Surf & Swim", "Torland VIC", "2016-11", "2018-06", "facing", "in_person_service", []),
    ]),
    ("Education", ["Cert IV Optical Dispensing (current) – TAFE", "VCE – Bellarine Coast Secondary College, 2016"]),
    ("Referees", "Provided on request"),
]))
