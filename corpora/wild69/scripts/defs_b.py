"""Résumés w016–w030 (one dict each renders the file and its gold line)."""
from lib import E

F, A, N = "facing", "affecting", "none"
OF, IPS, CC, SA, EF, IS, VOL, ED = ("other_facing", "in_person_service", "contact_center", "sales_account",
                                    "entrepreneurial_freelance", "internal_support", "volunteering", "education")

RESUMES = []

# ------------------------------------------------------------------ w016
RESUMES.append(dict(
    id="w016", ext="txt", r="txt", hdr="orgfirst", ds="mm/yyyy", pw="to date", sep=" - ", bul="-", hcase="upper",
    rule="-", ohsep=" -- ", txtgap="  |  ",
    family="US service plumber, plain text with caps employer headings and several roles beneath, 'to date'",
    code="txt, plain/orgfirst, mm/yyyy / 'to date'",
    name="RAYMOND \"RAY\" KOWALSKI", tag="Licensed Journeyman Plumber (PA)",
    contact=["Millbrook, PA 17xx4  |  (717) 555-0164  |  ray.kowalski@mailbox.us"],
    blocks=[
        ("text", "Summary", ["Journeyman plumber, 7 years with one company from helper to lead service plumber, plus two years on the "
                             "phones in the office. I know both ends of a service call."]),
        ("jobs", "Work Experience", [
            E("Service Plumber", "BRENNER PLUMBING & DRAIN", "MILLBROOK, PA", "2019-04", "present", F, OF, [
                "Residential service calls: drain cleaning, water heaters, leaks, fixtures",
                "Present flat-rate options to the homeowner on the tablet before any work starts",
                "Camera inspections and sewer line locates",
            ]),
            E("Dispatcher / Customer Service Rep", "BRENNER PLUMBING & DRAIN", "MILLBROOK, PA", "2017-08", "2019-03", F, CC, [
                "Answered the phones, booked service calls and called customers with arrival windows",
                "Routed 6 trucks a day; handled after-hours on-call line",
            ]),
            E("Plumber's Helper", "BRENNER PLUMBING & DRAIN", "MILLBROOK, PA", "2015-06", "2017-07", A, None, [
                "Dug trenches and hauled pipe on sewer replacements",
                "Loaded trucks and kept the shop organized",
            ]),
            E("Evening Custodian", "MILLBROOK AREA SCHOOL DISTRICT", "MILLBROOK, PA", "2012-09", "2015-05", N, None, [
                "Cleaned classrooms, restrooms and gym floors after school hours",
            ]),
        ]),
        ("jobs", "Other Work", [
            E("Line Cook", "ROSIE'S FAMILY DINER", "MILLBROOK, PA", "2010-06", "2012-08", A, None, [
                "Grill and fryer on the breakfast and lunch line",
            ]),
        ]),
        ("text", "Licenses", ["Journeyman Plumber License, Millbrook Township (2020)", "Backflow Prevention Tester (ASSE 5110)", "Class C CDL"]),
        ("text", "Education", ["Dauphin Valley Career & Technology Center - Plumbing & Heating program (evening), 2018"]),
    ]))

# ------------------------------------------------------------------ w017
RESUMES.append(dict(
    id="w017", ext="docx", r="docx", docx=["tabs"], hdr="dash", dash=" – ", ds="mm/yyyy", pw="Present", bul="•",
    family="Irish motor mechanic turned service advisor, Word tab-stop dates, 'Title – Employer, Town' lines",
    code="docx, tabs/dash, mm/yyyy / 'Present'",
    name="Niall Fitzgerald", tag=None,
    contact=["Lisdrum, Co. Galway", "086 555 4410", "niall.fitz@mailbox.ie"],
    blocks=[
        ("text", "Personal Profile", ["Qualified motor mechanic (Phase 7, 2016) who moved to the service desk in 2022. "
                                      "I can talk a customer through a fault because I've fixed it myself."]),
        ("jobs", "Career History", [
            E("Service Advisor", "Corrán Motors", "Lisdrum", "2022-01", "present", F, IPS, [
                "Book in customers, explain work needed and costs, and hand cars back",
                "Manage the workshop diary and parts orders; NCT bookings",
            ]),
            E("Motor Mechanic", "Corrán Motors", "Lisdrum", "2016-05", "2021-12", A, None, [
                "Servicing, diagnostics and repairs on the dealer's range; NCT prep",
                "Warranty work to manufacturer standards",
            ]),
            E("Apprentice Motor Mechanic", "Quinn's Garage", "Tuam Road, Lisdrum", "2012-09", "2016-04", F, IPS, [
                "Tyres, exhausts, brakes and services",
                "Covered the front desk on Saturdays: booking in cars and taking payments",
            ], etype="internship"),
            E("Forecourt Attendant (part-time)", "Lisdrum Service Station", "Lisdrum", "2010-06", "2012-08", F, IPS, []),
        ]),
        ("text", "Education & Training", ["SOLAS Motor Mechanic Apprenticeship – Phase 7 (2016)", "Leaving Certificate – 2012",
                                          "F-Gas for vehicle air-con (2019)"]),
        ("text", "Interests", ["Rally marshalling, hurling."]),
    ]))

# ------------------------------------------------------------------ w018
RESUMES.append(dict(
    id="w018", ext="pdf", r="rl", layout="centred", hdr="pipe", ds="mon.", pw="Present", bul="",
    family="Indian medical equipment field service engineer, reportlab centred header, 'Title | Company | Town' with right dates",
    code="reportlab, centred/pipe, mon. / 'Present'",
    name="Vikram Nair", tag="Field Service Engineer – Ultrasound & Patient Monitoring",
    contact=["Kodanad, Kerala", "+91 94xxx 61503", "vikram.nair.bme@mailbox.in"],
    blocks=[
        ("text", "Professional Summary", ["B.Tech Biomedical Engineer with 9 years in medical equipment: production QC, "
                                          "remote technical support and field service across 40+ hospitals and clinics."]),
        ("jobs", "Professional Experience", [
            E("Field Service Engineer", "Medivista Healthcare Systems Pvt Ltd", "Kodanad", "2020-11", "present", F, OF, [
                "Installation, PM and breakdown calls for ultrasound and monitors at hospitals, scan centres and clinics",
                "Application training for doctors and radiographers after installation",
                "AMC / CMC renewals and spare part quotations",
            ]),
            E("Technical Support Engineer", "Pulsetech Diagnostics", "Ernad", "2018-06", "2020-10", F, IS, [
                "Remote support desk for the company's field engineers: log analysis, fault guidance over phone and WhatsApp",
                "Coordinated spare parts and loaner units for the field team",
            ]),
            E("Graduate Engineer Trainee", "Kaveri Electromedical Ltd", "Ernad", "2017-07", "2018-05", A, None, [
                "Final QC testing and calibration of patient monitors before dispatch",
                "Maintained test records for ISO 13485 audits",
            ], etype="internship"),
        ]),
        ("text", "Education", ["B.Tech Biomedical Engineering — Kodanad College of Engineering (2017), CGPA 7.6"]),
        ("list", "Technical Skills", ["Ultrasound probes & beamformer boards", "Patient monitors, ECG, SpO2",
                                      "Electrical safety testing (IEC 60601)", "SAP service module"]),
        ("text", "Personal Details", ["DOB: 11 Jan 1995 · Languages: Malayalam, English, Hindi, Tamil · Two-wheeler & car licence"]),
    ]))

# ------------------------------------------------------------------ w019
RESUMES.append(dict(
    id="w019", ext="md", r="md", hdr="dash", dash=" — ", ds="mon", pw="Now", mdjh="bold", bul="*",
    family="Australian handyman in Markdown, bold 'Title — Employer, Town' lines with italic dates, 'Now'",
    code="md, bold/dash, mon / 'Now'",
    name="Callum Reid", tag="Handyman · Maintenance · Carpentry",
    contact=["Kirrawong VIC 3981", "0438 555 129", "callum.reid@mailbox.com.au"],
    blocks=[
        ("text", "About", ["Carpenter by trade, handyman by choice. Honest quotes, turn up when I say I will. "
                           "Police check and Working with Children Check current."]),
        ("jobs", "Work", [
            E("Handyman / Owner", "Self-employed", "Kirrawong VIC", "2020-03", "present", F, EF, [
                "Quote jobs on site: small repairs, flat-pack, decking, gutter cleaning, mostly for older clients and landlords",
                "Booking, invoicing and reviews through a trades app",
            ], etype="freelance"),
            E("Maintenance Officer", "Banksia Lodge Aged Care", "Kirrawong VIC", "2016-07", "2020-02", F, OF, [
                "Repairs and preventive maintenance across 60 beds",
                "Fixed TVs, call bells and furniture in residents' rooms and had a chat while I was at it",
                "Fire equipment checks and contractor supervision",
            ]),
            E("Carpenter", "Southern Frames Pty Ltd", "Dandenong Flats VIC", "2010-01", "2016-06", N, None, [
                "Built wall frames and roof trusses in the factory",
            ]),
            E("Bar Attendant", "Kirrawong Hotel", "Kirrawong VIC", "2008-06", "2009-12", F, IPS, []),
        ]),
        ("jobs", "Community", [
            E("Volunteer", "Kirrawong Men's Shed", "Kirrawong VIC", "2021", "present", F, VOL, [
                "Run the Tuesday woodwork session and help newer members with the machines",
                "Repairs for the kinder and the footy club",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("text", "Tickets", ["Cert III Carpentry · White Card · Working with Children Check · Domestic Builder (Limited) — pending"]),
    ]))

# ------------------------------------------------------------------ w020
RESUMES.append(dict(
    id="w020", ext="docx", r="docx", docx=["styles", "h3jobs"], hdr="title_org", ds="mon", pw="Present", bul="list",
    family="Polish coffee-machine engineer in the UK, Word heading styles (Heading 3 job titles), season dates",
    code="docx, styles/title_org, mon / 'Present'",
    name="Tomasz Nowak", tag="Field Service Engineer – Espresso Equipment",
    contact=["Kingsholme, Glos.", "07700 900257", "tomasz.nowak@mailbox.co.uk"],
    blocks=[
        ("text", "Summary", ["Engineer on commercial espresso machines and grinders for 7 years, first in the workshop "
                             "and now on the road. Settled status, full UK licence."]),
        ("jobs", "Work Experience", [
            E("Field Service Engineer – Coffee Machines", "Beanline Services Ltd", "Kingsholme", "2021-02", "present", F, OF, [
                "Breakdowns and planned maintenance at cafés, pubs, hotels and offices across the South West",
                "Train café staff on daily cleaning and grinder set-up; advise owners on water filtration",
            ]),
            E("Workshop Engineer", "Beanline Services Ltd", "Kingsholme", "2019-05", "2021-01", A, None, [
                "Bench repair and overhaul of machines and grinders; pre-delivery testing of rental machines",
            ]),
            E("Production Operative", "Kingsholme Bakeries", "Kingsholme", "2016-09", "2019-04", N, None, [
                "Mixing and oven line operative on night shift; hygiene and CCP checks",
            ]),
            E("Barista (weekends)", "Kingsholme Coffee Co.", "Kingsholme", "2017-03", "2019-04", F, IPS, [
                "Saturday and Sunday shifts on the machine and till; this is where I got interested in espresso machines",
            ]),
            E("Fruit Picker", "Hillside Farms", "Evesham Vale", "2016-06", "2016-08", N, None, [
                "Strawberry and raspberry picking on piece rate",
            ], dtext="Summer 2016"),
        ]),
        ("text", "Education", ["Technikum Mechaniczne (mechanical technician), Poland – 2014",
                               "PUWER & Electrical Safety for Catering Equipment – 2020"]),
        ("text", "Languages", ["Polish (native), English (fluent), German (basic)"]),
    ]))

# ------------------------------------------------------------------ w021
RESUMES.append(dict(
    id="w021", ext="pdf", r="fpdf", layout="left", paper="letter", hdr="title_org", ds="month", pw="Present", bul="•",
    footer="Denise Carter · Page {n}", fs=10.5,
    family="US co-op field service rep and former meter reader, 2-page fpdf2 résumé with page footer, volunteer firefighting",
    code="fpdf2, left/title_org, month / 'Present'",
    name="Denise Carter", tag="Field Service Representative",
    contact=["Harlow Springs, KY 41xx8", "(606) 555-0135", "denise.carter@mailbox.us"],
    blocks=[
        ("text", "Summary of Qualifications", ["Eleven years with an electric cooperative, first reading meters and now "
                                               "handling field service orders. Know every back road in three counties. "
                                               "Volunteer firefighter and EMR."]),
        ("jobs", "Experience", [
            E("Field Service Representative", "Tri-County Electric Cooperative", "Harlow Springs, KY", "2019-05", "present", F, OF, [
                "Connects, disconnects and reconnects for non-payment; collect payments in the field",
                "Investigate high-bill complaints at members' homes and explain their usage",
                "Meter exchanges and AMI troubleshooting",
            ]),
            E("Meter Reader", "Tri-County Electric Cooperative", "Harlow Springs, KY", "2015-03", "2019-04", F, OF, [
                "Read 300–400 meters a day on rural routes",
                "Answered members' questions about their readings at the door and left door hangers",
            ]),
            E("Line Clearance Trimmer", "Greenway Vegetation Services", "Eastern Kentucky", "2012-06", "2015-02", N, None, [
                "Trimmed and removed trees near distribution lines from bucket trucks",
            ]),
            E("Cashier", "Harlow Variety Store", "Harlow Springs, KY", "2010-08", "2012-05", F, IPS, [
                "Register, stocking and opening/closing",
            ]),
        ]),
        ("page",),
        ("jobs", "Volunteer Service", [
            E("Volunteer Firefighter / EMR", "Harlow Springs Volunteer Fire Department", "Harlow Springs, KY", "2011-01", "present", F, VOL, [
                "Respond to structure fires, wrecks and medical calls; first care for patients until EMS arrives",
                "Smoke alarm installs and fire safety talks at the elementary school",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("text", "Training & Certifications", ["Kentucky Firefighter I & II", "Emergency Medical Responder (EMR)",
                                               "CDL Class B with air brakes", "OSHA 10", "Flagger certification"]),
        ("text", "Education", ["Harlow County High School, Diploma, 2010", "Coursework in Business — Eastern Hills Community College"]),
        ("text", "References", ["Available upon request."]),
    ]))

# ------------------------------------------------------------------ w022
RESUMES.append(dict(
    id="w022", ext="txt", r="txt", hdr="inline", ds="mm.yyyy", pw="Present", sep=" - ", bul="•", hcase="upper",
    family="South African auto electrician, plain text with 'Title, Employer, Town, dates' lines, year-only older dates",
    code="txt, plain/inline, mm.yyyy / 'Present'",
    name="Pieter van Wyk", tag="Auto Electrician (Qualified, Red Seal)",
    contact=["Klipvlei, Western Cape", "Cell: 082 555 6023", "pvanwyk@mailbox.co.za", "Licence: Code 14 (EC)"],
    blocks=[
        ("text", "Personal details", ["Nationality: South African", "Languages: Afrikaans, English", "Health: Excellent, non-smoker"]),
        ("jobs", "Experience", [
            E("Auto Electrician", "Karoo Auto Electrical", "Klipvlei", "2017-03", "present", F, IPS, [
                "Fault-finding on bakkies, trucks and farm vehicles; alternators, starters and wiring",
                "Fit alarms, trackers and dual battery systems",
                "Quote customers at the counter and explain the fault before work starts",
            ]),
            E("Diesel Mechanic", "Sonskyn Transport", "Klipvlei", "2012", "2017", N, None, [
                "Maintained the company's own fleet of 40 trucks and trailers",
            ]),
            E("Apprentice Diesel Mechanic", "Boland Truck Centre", "Paarlberg", "2008", "2011", N, None, [
                "Apprenticeship through to trade test (2011)",
            ], etype="internship"),
        ]),
        ("text", "Qualifications", ["Trade Test Auto Electrician – 2016 (re-skilled while at Sonskyn)",
                                    "Trade Test Diesel Mechanic – 2011", "Grade 12 – Klipvlei Hoërskool, 2007"]),
        ("text", "References", ["Mr. Hennie Louw – Owner, Karoo Auto Electrical – 023 555 0114",
                                "Mrs. A. Daniels – Workshop Manager, Sonskyn Transport – 023 555 0190"]),
    ]))

# ------------------------------------------------------------------ w023
RESUMES.append(dict(
    id="w023", ext="docx", r="docx", docx=["table"], hdr="title_org", ds="mon", pw="Present", bul="list",
    family="Canadian newcomer gas fitter from India, Word borderless table per job, overlapping gig delivery",
    code="docx, table/title_org, mon / 'Present'",
    name="Harpreet Singh Gill", tag="Gas Fitter (Class B) / HVAC Technician",
    contact=["Brookdale, AB", "587-555-0162", "harpreet.gill@mailbox.ca"],
    blocks=[
        ("text", "Highlights", ["HVAC technician with 6 years' experience in India and 4 in Canada",
                                "Alberta Second Class Gas Fitter; Refrigeration apprentice (2nd period)",
                                "Punjabi, Hindi, English"]),
        ("jobs", "Canadian Work Experience", [
            E("Gas Fitter / HVAC Technician", "Prairie Comfort Heating & Cooling", "Brookdale, AB", "2022-10", "present", F, OF, [
                "Furnace and water heater installs and service calls in occupied homes",
                "Explain maintenance plans and thermostat set-up to homeowners",
            ]),
            E("Delivery Driver (part-time)", "Independent contractor", "Brookdale, AB", "2021-05", "2022-09", F, IPS, [
                "Food and grocery deliveries on app platforms, handing orders to customers at the door",
            ], etype="freelance"),
            E("Warehouse Associate", "Maple Freight Logistics", "Brookdale, AB", "2021-03", "2022-09", A, None, [
                "Picked and loaded customer orders; forklift (certified)",
            ]),
        ]),
        ("jobs", "International Work Experience", [
            E("HVAC Technician", "Sardar Cooling Services", "Kotbhai, Punjab, India", "2015-04", "2020-12", F, OF, [
                "Installed and serviced split ACs and cold rooms for shops and homes",
                "Attended customer complaints and trained two junior helpers",
            ]),
        ]),
        ("text", "Education", ["Diploma in Refrigeration & Air Conditioning — Kotbhai Polytechnic (2015)",
                               "Alberta Gas Fitter Second Class (2022)"]),
    ]))

# ------------------------------------------------------------------ w024
RESUMES.append(dict(
    id="w024", ext="pdf", r="rl", layout="sidebar", hdr="org_title", ds="mm/yyyy", pw="Present", bul="-",
    sidecol=(0.84, 0.9, 0.88), accent=(0.1, 0.4, 0.4),
    family="Irish factory production technician, reportlab with coloured left sidebar, employer line first then title",
    code="reportlab, sidebar/org_title, mm/yyyy / 'Present'",
    name="Siobhán Kearney", tag="Production Technician",
    contact=["Athbally, Co. Clare", "085 555 3372", "siobhan.kearney@mailbox.ie"],
    side=[
        ("list", "Key Skills", ["Cleanroom (ISO 7) practice", "GMP / GDP", "Line clearance", "SAP goods movements", "Forklift licence"]),
        ("list", "Training", ["Lean Six Sigma Yellow Belt", "Manual Handling", "Occupational First Aid"]),
        ("text", "Interests", ["Camogie, sea swimming, baking"]),
    ],
    blocks=[
        ("text", "Profile", ["Production technician with over ten years in manufacturing, currently in medical devices. "
                             "Looking for a team lead or QA inspection role."]),
        ("jobs", "Employment", [
            E("Production Technician", "Shannonvale Medical Devices", "Athbally", "2020-03", "present", N, None, [
                "Run catheter extrusion lines in the cleanroom; in-process checks and line clearance",
                "Train new operators on work instructions",
            ]),
            E("Stores Operator / Tool Crib Attendant", "Shannonvale Medical Devices", "Athbally", "2018-01", "2020-02", F, IS, [
                "Issued tools, PPE and spares to operators and engineers at the stores hatch",
                "Helped engineers track down spares and logged returns in SAP",
            ]),
            E("Machine Operator", "Killane Plastics Ltd", "Ennisdale", "2015-06", "2017-12", N, None, [
                "Injection moulding, 12-hour shifts, visual inspection and packing",
            ]),
            E("Sales Assistant", "Athbally Hardware", "Athbally", "2013-09", "2015-05", F, IPS, [
                "Part-time while in college: tills, paint mixing, advising customers",
            ]),
        ]),
        ("text", "Education", ["Higher Certificate in Manufacturing Engineering — Shannon Technical College (2015)",
                               "Leaving Certificate (2013)"]),
    ]))

# ------------------------------------------------------------------ w025
RESUMES.append(dict(
    id="w025", ext="md", r="md", hdr="dateline", ds="mon", pw="Present", mdjh="###", bul="-",
    family="Indian solar and CCTV technician in Markdown, title heading with company and date on separate lines",
    code="md, h3/dateline, mon / 'Present'",
    name="Anil Reddy Bommireddy", tag="Solar PV & CCTV Service Technician",
    contact=["Nallavaram, A.P.", "+91 90xxx 33187", "anil.bommireddy@mailbox.in"],
    blocks=[
        ("text", "Objective", ["Seeking a technician post in renewable energy where I can use my practical experience in "
                               "rooftop solar and electrical installation."]),
        ("jobs", "Work Experience", [
            E("Solar Service Technician", "Suryodaya Renewables Pvt. Ltd.", "Nallavaram", "2022-03", "present", F, OF, [
                "Rooftop solar installation for houses and shops (3–10 kW)",
                "AMC visits; attend customer complaints about low generation and explain the net-metering app",
            ]),
            E("CCTV Technician", "Third Eye Security Systems", "Nallavaram", "2019-06", "2022-02", F, OF, [
                "Installed CCTV and DVR systems in shops, apartments and schools",
                "Configured mobile viewing on customers' phones and explained playback",
            ]),
            E("Tele-caller (Part Time)", "Nallavaram Broadband Services", "Nallavaram", "2018-01", "2019-05", F, CC, [
                "Called enquiries and old customers to sell new broadband connections; daily target 80 calls",
            ]),
            E("Apprentice Electrician", "State Power Distribution Co. – 33/11 kV Substation", "Kondur", "2017-01", "2017-12", N, None, [
                "Apprenticeship: substation maintenance, log sheets, breaker operations under supervision",
            ], etype="internship"),
        ]),
        ("text", "Education", ["ITI Electrician — Govt. ITI Kondur (2016)", "SSC — 2014"]),
        ("list", "Strengths", ["Hard working", "Quick learner", "Telugu, Hindi, English"]),
    ]))

# ------------------------------------------------------------------ w026
RESUMES.append(dict(
    id="w026", ext="docx", r="docx", docx=["header", "tabs"], hdr="dash", dash=" – ", ds="month", pw="Current", bul="para",
    footer="Kylie Brennan – Résumé",
    family="Australian roadside assistance patrol and mechanic, contact in Word page header, 'Title – Employer, Town' with tab dates",
    code="docx, header/dash, month / 'Current'",
    name="Kylie Brennan", tag=None,
    contact=["Moorabee WA 6532", "0409 555 271", "kylie.brennan@mailbox.com.au"],
    blocks=[
        ("text", "CAREER SUMMARY", ["Light vehicle mechanic with 15 years in the trade, the last six as a roadside "
                                    "patrol. Confident working alone, at night and in bad weather."]),
        ("jobs", "EMPLOYMENT", [
            E("Roadside Assistance Patrol", "Southern Motorists Association", "Moorabee WA", "2020-07", "present", F, OF, [
                "Attend member breakdowns: jump starts, tyre changes, fuel deliveries, lockouts and tows",
                "Keep stranded members calm and informed; arrange accommodation for country members",
            ]),
            E("Light Vehicle Mechanic", "Moorabee Motor Group", "Moorabee WA", "2015-02", "2020-06", A, None, [
                "Log-book servicing and repairs in a busy dealership workshop",
            ]),
            E("Apprentice Light Vehicle Mechanic", "Ted's Auto Repairs", "Moorabee WA", "2011", "2014", A, None, [
                "Servicing, brakes and clutches; roadworthy inspections",
            ], etype="internship"),
            E("Console Operator", "Moorabee Roadhouse", "Moorabee WA", "2009-03", "2010-12", F, IPS, []),
        ]),
        ("text", "LICENCES", ["Cert III Light Vehicle Mechanical Technology · MR licence · Tow truck driver's authority · First Aid"]),
        ("text", "REFEREES", ["Provided on request"]),
    ]))

# ------------------------------------------------------------------ w027
RESUMES.append(dict(
    id="w027", ext="pdf", r="fpdf", layout="left", hdr="org_title", ds="apos", pw="present", bul="–",
    family="UK housing association multi-trade operative, fpdf2 left header, employer line first, 'Jan '20' dates",
    code="fpdf2, left/org_title, apos / 'present'",
    name="Mark Fenwick", tag="Multi-Trade Operative (Carpentry bias)",
    contact=["Fellbridge, Durham", "07700 900114", "markfenwick@mailbox.co.uk"],
    blocks=[
        ("jobs", "Work History", [
            E("Multi-Trade Operative", "Greystone Homes Housing Association", "Fellbridge", "2020-01", "present", F, OF, [
                "Responsive repairs in tenants' homes: doors, windows, kitchens, minor plumbing and tiling",
                "Keep tenants informed about follow-on work and leave the home safe and tidy",
            ]),
            E("Voids Operative", "Greystone Homes Housing Association", "Fellbridge", "2017-06", "2019-12", A, None, [
                "Repairs to empty properties between tenancies to the lettable standard",
                "Worked from void schedules, photos before and after",
            ]),
            E("Kitchen Fitter", "Modena Kitchens (subcontract)", "Tyne & Wear", "2013-03", "2017-05", F, OF, [
                "Fitted kitchens in customers' homes to the designer's plan, usually 4–5 days per kitchen",
                "Left the room clean and the sink working at the end of each day for the family",
            ], etype="freelance"),
            E("Labourer", "Fellbridge Construction Ltd", "Fellbridge", "2011-08", "2013-02", N, None, [
                "General labouring on new housing sites",
            ]),
        ]),
        ("text", "Qualifications", ["NVQ Level 2 Site Carpentry", "CSCS Blue Card", "Asbestos Awareness", "Full driving licence"]),
        ("text", "Other", ["Enhanced DBS (2024). Enjoy walking and restoring old furniture."]),
    ]))

# ------------------------------------------------------------------ w028
RESUMES.append(dict(
    id="w028", ext="txt", r="txt", hdr="dash", dash=" - ", ds="mon", pw="Present", sep=" - ", bul="*", txtgap="pad",
    family="US garage door technician and former dispatcher, plain text 'Title - Employer, Town' with padded dates",
    code="txt, plain/dash, mon / 'Present'",
    name="Jasmine Howard", tag="Garage Door Service Technician",
    contact=["Dalton Creek, GA", "(706) 555-0148", "jazhoward@mailbox.us"],
    blocks=[
        ("text", "SKILLS", ["Torsion/extension springs * openers & safety sensors * LiftMaster/Genie programming * "
                            "scheduling software * customer education"]),
        ("jobs", "EXPERIENCE", [
            E("Garage Door Technician", "Overhead Pros LLC", "Dalton Creek, GA", "2021-08", "present", F, OF, [
                "Repair springs, cables and openers at customers' homes, 6-8 calls a day",
                "Present repair options and maintenance plans to homeowners",
            ]),
            E("Service Coordinator", "Overhead Pros LLC", "Dalton Creek, GA", "2019-11", "2021-07", F, CC, [
                "Booked calls, routed 5 technicians and called customers with arrival times",
            ]),
            E("Assembly Associate", "Keystone Door Manufacturing", "Calhoun Ridge, GA", "2017-03", "2019-10", N, None, [
                "Assembled steel door sections on the panel line",
            ]),
            E("Crew Member", "Big Pine Burgers", "Dalton Creek, GA", "2015-06", "2017-02", F, IPS, []),
        ]),
        ("text", "EDUCATION", ["Dalton Creek High School - Diploma (2015)"]),
    ]))

# ------------------------------------------------------------------ w029
RESUMES.append(dict(
    id="w029", ext="docx", r="docx", docx=["sidebar"], hdr="title_org", ds="month", pw="Present", bul="list",
    side_hex="FCE4D6",
    family="South African electrician and prepaid meter installer, Word two-column layout table with shaded sidebar",
    code="docx, sidebar/title_org, month / 'Present'",
    name="Lerato Mahlangu", tag="Electrician (Wireman's Licence)",
    contact=["Lesedi Park, Mpumalanga", "076 555 9014", "lerato.mahlangu@mailbox.co.za"],
    side=[
        ("list", "Skills", ["Certificates of Compliance (CoC)", "Fault finding", "Prepaid metering", "DB boards"]),
        ("list", "Languages", ["isiNdebele", "siSwati", "English", "isiZulu"]),
        ("text", "Driver's licence", ["Code 08"]),
    ],
    blocks=[
        ("text", "Career Summary", ["Qualified electrician (trade tested 2019) with a Wireman's Licence. Experience in "
                                    "township metering projects and residential compliance work."]),
        ("jobs", "Work Experience", [
            E("Electrician", "Ithemba Electrical Contractors", "Lesedi Park", "2019-02", "present", F, OF, [
                "Electrical Certificates of Compliance for home sales; fault finding and repairs at homes",
                "Consult with homeowners and estate agents on defects and quotes",
            ]),
            E("Prepaid Meter Installer (contract)", "Tswelopele Projects", "Lesedi Local Municipality", "2017-05", "2019-01", F, OF, [
                "Replaced conventional meters with prepaid meters in township homes",
                "Explained to households how to load tokens and read the keypad",
            ]),
            E("General Worker", "Lesedi Brickworks", "Lesedi Park", "2014-03", "2017-04", N, None, [
                "Kiln loading and stacking; forklift assistant",
            ]),
        ]),
        ("jobs", "Community Work", [
            E("Volunteer Cook", "Lesedi Park Community Soup Kitchen", "Lesedi Park", "2012", "2014", F, VOL, [
                "Cooked and served meals to children after school",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["N2 Electrical — Lesedi TVET College (2016)", "Trade Test Electrician (2019)", "Matric (2011)"]),
    ]))

# ------------------------------------------------------------------ w030
RESUMES.append(dict(
    id="w030", ext="html", r="html", hdr="orgfirst", ds="month", pw="present", ohsep=" — ", bul="•",
    family="Canadian broadband installer from a fishing town, HTML résumé, employer headings with roles beneath, season",
    code="html, plain/orgfirst, month / 'present'",
    name="Owen MacLeod", tag="Installation & Repair Technician",
    contact=["Port Kinloch, NS", "902-555-0186", "owen.macleod@mailbox.ca"],
    blocks=[
        ("text", "Profile", ["Telecom technician with ten years at the same company, outside plant first and now in "
                             "customers' homes. Grew up on the wharf."]),
        ("jobs", "Work Experience", [
            E("Installation & Repair Technician", "Seaside Telecom", "Port Kinloch, NS", "2019-06", "present", F, OF, [
                "Install internet, TV and home phone in homes and small businesses",
                "Troubleshoot Wi-Fi with customers and show them the app",
            ]),
            E("Network Technician (Outside Plant)", "Seaside Telecom", "Port Kinloch, NS", "2016-03", "2019-05", N, None, [
                "Aerial and underground cable placing and splicing; storm restoration",
            ]),
            E("Plant Worker", "Port Kinloch Fisheries Co-op", "Port Kinloch, NS", "2013-05", "2016-02", N, None, [
                "Lobster and crab processing line, seasonal",
            ]),
            E("Deckhand", "Port Kinloch Fisheries Co-op", "Port Kinloch, NS", "2012-06", "2012-08", N, None, [],
              dtext="Summer 2012"),
        ]),
        ("jobs", "Volunteer", [
            E("Minor Hockey Coach", "Port Kinloch Minor Hockey Association", "Port Kinloch, NS", None, None, F, VOL, [
                "Assistant coach for the U11 team; run practices and drive players to away games",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["Electronics Engineering Technology — Cape Shore Community College (2016)"]),
        ("text", "Certificates", ["Fall Protection · Bucket Truck Operator · Class 3 Driver's Licence · WHMIS"]),
    ]))
