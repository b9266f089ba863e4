"""wild114 résumés w001–w015 (fictional people, employers, towns)."""
from lib import E

RESUMES = []

# ------------------------------------------------------------------ w001
RESUMES.append(dict(
    file="w001.pdf", renderer="rl", layout="plain", order="title_org", dates="mon", present="Present",
    family="US pre-med medical scribe, Word-to-PDF single column, title line with right-aligned dates",
    paper="letter",
    name="Kesha Arlund",
    contact=["Dunmore Springs, OH 43871", "(740) 555-0182", "kesha.arlund@mailbox.net"],
    blocks=[
        ("Profile", ["Pre-medical graduate with three years in emergency and pharmacy settings. Fast, accurate "
                     "EHR documentation (Epic-style systems, 80 wpm), comfortable with medical terminology and "
                     "working in a loud department. Applying to PA programs for the 2027 cycle."]),
        ("Experience", [
            E("Medical Scribe", "Pinecrest Emergency Physicians", "Dunmore Springs, OH", "2024-06", "present",
              "affecting", None, [
                  "Document history of present illness, exam findings, orders and MDM in real time for four emergency physicians",
                  "Track pending labs and imaging and prompt providers when critical results post",
                  "Prepare discharge instructions and work notes for physician review and signature",
                  "Chart audit score 98% over the last two quarters"]),
            E("Patient Care Technician (PRN)", "Harlan Valley Medical Center", "Dunmore Springs, OH", "2023-01", "2024-05",
              "facing", "healthcare_care", [
                  "Took vitals, ran 12-lead EKGs and collected urine samples on a 28-bed telemetry unit",
                  "Helped patients with bathing, walking and meals; answered call lights",
                  "Reported changes in condition to the charge nurse"]),
            E("Pharmacy Technician", "Corley Drug", "Westmarch, OH", "2021-08", "2022-12", "facing", "healthcare_care", [
                "Entered and filled prescriptions, counted and labeled under pharmacist supervision",
                "Ran the drive-thru window at peak times and took refill requests from patients over the phone",
                "Resolved insurance rejections and prior-authorization holds with prescribers' offices"]),
            E("Undergraduate Research Assistant", "Westmarch University Department of Biology", "Westmarch, OH",
              "2020-09", "2022-05", "none", None, [
                  "Maintained zebrafish colony and logged water chemistry",
                  "Imaged embryos and ran Fiji macros for a lab study on fin regeneration"], section="other"),
        ]),
        ("Education", ["B.S. Biology, Westmarch University, 2022 — GPA 3.6",
                       "Certified Pharmacy Technician (CPhT), 2021; BLS (AHA), current"]),
        ("Skills", ["EHR documentation · medical terminology · ICD-10 basics · typing 80 wpm · Spanish (conversational)"]),
    ]))

# ------------------------------------------------------------------ w002
RESUMES.append(dict(
    file="w002.docx", renderer="docx", layout="styles", order="title_org", dates="mon", present="Present",
    family="UK clinical coder, Word heading styles and list bullets, right tab-stop dates",
    name="Hollie Prendergast",
    contact=["14 Larkspur Close, Ashcombe AS4 7QT", "07700 900417", "hollie.prendergast@mailbox.co.uk"],
    blocks=[
        ("Personal Statement", ["Accredited clinical coder (ACC) looking for a senior coder post. Six years in acute hospital "
                                "settings, first on the wards and now in the coding department. Methodical, enjoys the "
                                "detective work of case notes and gets on well with consultants."]),
        ("Employment History", [
            E("Clinical Coder", "Ravensmoor Hospitals Trust", "Ashcombe", "2022-03", "present", "affecting", None, [
                "Assign ICD-10 and OPCS-4 codes to inpatient and day-case episodes from case notes and discharge summaries",
                "Query consultants and junior doctors on unclear or missing diagnoses",
                "Consistently meet the month-end freeze deadline; 96% accuracy in the last external audit"]),
            E("Ward Clerk", "Ravensmoor Hospitals Trust", "Ashcombe", "2019-07", "2022-02", "facing", "in_person_service", [
                "Staffed the ward reception desk on a busy surgical ward, greeting visitors and directing relatives",
                "Answered the ward phone and passed messages to nursing staff",
                "Booked patient transport, chased notes and kept the bed board up to date"]),
            E("Medical Secretary (temp)", "Brookfield Surgery", "Lower Ashcombe", "2018-11", "2019-06", "affecting", None, [
                "Typed referral letters and clinic letters from digital dictation",
                "Kept the GP partners' diaries and scanned incoming hospital correspondence into patient records"]),
            E("Bookseller", "Pennant Books", "Ashcombe", "2016-09", "2018-10", "facing", "in_person_service", []),
        ]),
        ("Qualifications", ["Accredited Clinical Coder (ACC), 2024", "Standards course, 2022",
                            "A levels: Biology B, English C, Psychology C"]),
        ("Interests", ["Parkrun, choir, and slowly restoring a 1970s caravan."]),
        ("References", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w003
RESUMES.append(dict(
    file="w003.txt", renderer="txt", layout="caps", order="dash", dates="mm/yyyy", present="Present",
    sep=" - ", bullet="-",
    family="Canadian truck dispatcher pasted as plain text, caps headings, 'Title - Employer, Town' with dates to the right",
    name="Gurpreet (Gary) Sandhu",
    contact=["Fenwood, ON  |  905-555-0147  |  gsandhu.dispatch@mailbox.ca"],
    blocks=[
        ("Summary", ["Dispatcher with 8 years in trucking and warehousing. Knows the 401 corridor, hours-of-service "
                     "rules and how to keep drivers, shippers and the yard all moving. Punjabi, Hindi, English."]),
        ("Work Experience", [
            E("Dispatcher", "Northline Freightways", "Fenwood, ON", "2021-05", "present", "facing", "contact_center", [
                "Plan loads and assign runs to 28 company drivers and owner-operators",
                "Track trucks by GPS/ELD and rebook dock appointments when drivers run late",
                "Take calls from shippers and receivers about ETAs and missed pickups and keep them updated by email",
                "Check logs for hours-of-service problems before dispatching"]),
            E("Night Dispatcher", "Carrick Cabs", "Carrick Bay, ON", "2018-02", "2021-04", "facing", "contact_center", [
                "Answered booking calls on nights and dispatched cabs through the tablet system",
                "Handled complaints and lost-property calls"]),
            E("Warehouse Lead - Shipping", "Pembrose Foods Distribution", "Fenwood, ON", "2015-06", "2018-01", "affecting", None, [
                "Ran the afternoon shipping dock with 9 loaders",
                "Made sure trailers were loaded in stop order for grocery store deliveries",
                "Dealt with drivers at the dock about late trailers, seals and paperwork"]),
            E("Forklift Operator", "Pembrose Foods Distribution", "Fenwood, ON", "2013-04", "2015-05", "affecting", None, [
                "Put-away and replenishment on reach truck, 0 incidents"]),
        ]),
        ("Education & Tickets", ["Transportation Logistics certificate, Fenwood College (evenings), 2017",
                                 "Forklift / reach truck certified; WHMIS"]),
        ("Computer", ["TMW-style dispatch software, Samsara-type ELD portals, Excel, Google Maps"]),
    ]))

# ------------------------------------------------------------------ w004
RESUMES.append(dict(
    file="w004.pdf", renderer="fpdf", layout="left", order="title_org", dates="mon", present="Current",
    bullet="•",
    family="Australian pharmacy technician, fpdf2 left-aligned header, title then pharmacy line, right-aligned dates",
    name="Tayla Ruddock",
    contact=["Kellerton QLD 4818", "0412 555 903", "tayla.ruddock@mailbox.com.au"],
    blocks=[
        ("Career Objective", ["Experienced dispensary technician (Cert IV) seeking a senior technician role in a "
                              "community or hospital pharmacy."]),
        ("Employment", [
            E("Dispensary Technician", "Wattle Street Pharmacy", "Kellerton QLD", "2022-01", "present", "facing", "healthcare_care", [
                "Dispense scripts under pharmacist supervision, including weekly dose-administration aids for two aged-care homes",
                "Serve customers at the script counter, take scripts in and explain wait times and PBS safety net",
                "Order stock from wholesalers and manage the owing slips"]),
            E("Pharmacy Technician", "Kellerton Base Hospital Pharmacy", "Kellerton QLD", "2019-03", "2021-12", "affecting", None, [
                "Filled ward imprest orders and restocked drug rooms on 6 wards",
                "Prepared cytotoxic and IV doses in the clean room under aseptic technique",
                "Expiry checks, S8 register reconciliation, returns"]),
            E("Pharmacy Assistant", "MediSave Chemist", "Kellerton QLD", "2016-11", "2019-02", "facing", "in_person_service", [
                "Front-of-shop sales, cosmetics and vitamins advice, register",
                "Built window and promotional displays"]),
            E("Compounding Assistant", "Southgate Compounding", "Townsend QLD", "2015-02", "2016-10", "affecting", None, [
                "Weighed and mixed ingredients for individually compounded creams and capsules",
                "Kept batch worksheets and cleaned the compounding lab"]),
        ]),
        ("Qualifications", ["Certificate IV in Hospital/Health Services Pharmacy Support, 2019",
                            "Certificate III in Community Pharmacy, 2017", "First Aid and CPR, current"]),
        ("Referees", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w005
RESUMES.append(dict(
    file="w005.docx", renderer="docx", layout="tabs", order="title_org", dates="month", present="Present",
    family="UK paralegal CV, Word tab-stop dates, bold title and plain firm line, volunteer adviser at the end",
    name="Priya Marwaha",
    contact=["Hallingford, HL2 9DW", "07700 900 652", "priya.marwaha@mailbox.co.uk", "LinkedIn: /in/priyamarwaha-paralegal"],
    blocks=[
        ("Profile", ["LLB graduate and paralegal with six years in conveyancing and civil litigation, aiming for a "
                     "training contract or a chartered legal executive route."]),
        ("Legal Experience", [
            E("Paralegal – Residential Conveyancing", "Birtwistle & Crane LLP", "Hallingford", "2023-02", "present",
              "facing", "other_facing", [
                  "Prepare contract packs, run local authority and water searches and draft completion statements for a caseload of 60 files",
                  "Call clients weekly with progress updates and chase missing ID and source-of-funds documents",
                  "Liaise with lenders and the other side's solicitors on enquiries"]),
            E("Litigation Paralegal", "Okafor Dunne Solicitors", "Hallingford", "2020-09", "2023-01", "affecting", None, [
                "Prepared trial bundles and indexed disclosure for personal injury and contract disputes",
                "Drafted witness statements and schedules of loss from fee-earner notes",
                "Filed claims on the court portal and diarised deadlines"]),
            E("Legal Receptionist", "Okafor Dunne Solicitors", "Hallingford", "2019-06", "2020-08", "facing", "in_person_service", [
                "First point of contact for clients arriving at the office and on the switchboard",
                "Booked free initial consultations and took new-enquiry details"]),
            E("Document Review Assistant (agency temp)", "Harcourt Legal Resourcing", "London", "2019-01", "2019-05",
              "affecting", None, ["Tagged emails and documents for relevance and privilege on a review platform for a commercial dispute"]),
        ]),
        ("Volunteering", [
            E("Volunteer Adviser", "Hallingford Advice Centre", "Hallingford", "2018-01", "2019-12", "facing", "volunteering", [
                "Gave drop-in advice on benefits, debt and housing; helped clients fill in forms"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["LLB (Hons) Law, 2:1 — University of Hallingford, 2018"]),
        ("Skills", ["Case management systems, Land Registry portal, court e-filing, touch typing, Punjabi and Hindi"]),
    ]))

# ------------------------------------------------------------------ w006
RESUMES.append(dict(
    file="w006.html", renderer="html", layout="plain", order="orgfirst", dates="m/yyyy", present="present",
    family="US school-district IT sysadmin, HTML résumé page, employer heading with roles beneath, m/yyyy dates",
    name="Marcus Delacroix-Ng",
    contact=["Brayton, PA", "484-555-0199", "mdng@mailbox.org"],
    blocks=[
        ("Summary", ["Windows/M365 systems administrator who came up through the help desk. Strong on imaging, "
                     "Intune and backups; still the person colleagues call when the projector won't work."]),
        ("Technical Skills", ["Windows Server, Active Directory, Intune, Veeam, PowerShell, Meraki, Chromebook management"]),
        ("Work History", [
            E("Systems Administrator", "Quarry Hill School District", "Brayton, PA", "2022-07", "present", "none", None, [
                "Patch, monitor and back up 40 Windows servers across 7 buildings",
                "Manage Active Directory, group policy and Intune compliance policies",
                "Wrote the PowerShell imaging scripts for the summer refresh of 2,300 student laptops"]),
            E("IT Support Technician", "Quarry Hill School District", "Brayton, PA", "2019-08", "2022-06", "facing", "internal_support", [
                "Resolved 15-25 tickets a day from teachers and office staff, in person and by phone",
                "Set up classroom displays and trained staff on the new gradebook"]),
            E("Field Technician", "Ridgeback Cable", "Brayton, PA", "2017-05", "2019-07", "facing", "in_person_service", [
                "Installed internet and TV service in customers' homes and walked them through their equipment",
                "Troubleshot signal issues and replaced drops"]),
            E("Bench Technician", "ByteFix Computer Repair", "Lansdale Hollow, PA", "2015-10", "2017-04", "affecting", None, [
                "Repaired laptops and desktops in the back workshop from tickets written at the counter",
                "Data recovery and virus removal"]),
        ]),
        ("Certifications", ["CompTIA A+, Network+", "Microsoft 365 Certified: Endpoint Administrator Associate"]),
    ]))

# ------------------------------------------------------------------ w007
RESUMES.append(dict(
    file="w007.pdf", renderer="rl", layout="sidebar", order="pipe", dates="mm/yyyy", present="Present",
    family="UK security officer CV, reportlab shaded left sidebar, pipe-separated title, employer and town line with right dates, year-only casual stewarding",
    name="Dele Adeyemi-Shaw",
    contact=["Thornbury Vale", "07700 900 218", "dele.as@mailbox.co.uk"],
    side=[
        ("Licences", ["SIA Door Supervisor", "SIA CCTV (PSS)", "Emergency First Aid at Work", "Full UK driving licence"]),
        ("Skills", ["Conflict management", "Incident reports", "Access control", "Radio procedure", "Fire marshal"]),
        ("Languages", ["English, Yoruba"]),
    ],
    blocks=[
        ("Profile", ["Reliable security professional, 8 years across residential, retail and control-room work. Calm "
                     "under pressure, good with residents and the public, clean record."]),
        ("Employment", [
            E("Concierge Security Officer", "Sentinel Facility Services", "Thornbury Vale", "2023-04", "present",
              "facing", "in_person_service", [
                  "Front desk for a 220-flat residential building: sign in visitors and contractors, take in parcels",
                  "Help residents with fobs, lifts and deliveries; log repairs for the managing agent",
                  "Overnight patrols and fire alarm response"]),
            E("Retail Security Officer", "Castlegate Security", "Thornbury Vale", "2021-01", "2023-03", "facing", "other_facing", [
                "Patrolled a shopping centre, dealt with shoplifters and antisocial behaviour",
                "Reunited lost children with parents and helped shoppers with directions",
                "Worked with store managers and local police"]),
            E("CCTV Operator", "Castlegate Security", "Marrowby", "2019-06", "2020-12", "none", None, [
                "Monitored 64 cameras across three sites from the control room",
                "Logged incidents and radioed patrol officers; produced footage for police"]),
            E("Mobile Patrol Officer", "Kestrel Guarding Ltd", "Marrowby", "2018-02", "2019-05", "none", None, [
                "Night patrols of vacant buildings and construction sites, lock-ups and alarm response"]),
            E("Matchday Steward (casual)", "Thornbury Vale Rovers FC", "Thornbury Vale", "2016-01", "2018-12", "facing", "other_facing", [
                "Searched and directed supporters at the turnstiles, manned the away end and helped with evacuation drills"],
              prec="year"),
        ]),
        ("Education", ["BTEC Level 3 Public Services, Marrowby College, 2017"]),
    ]))

# ------------------------------------------------------------------ w008
RESUMES.append(dict(
    file="w008.docx", renderer="docx", layout="table", order="title_org", dates="mon", present="Present",
    family="Irish baker's CV, Word borderless table per job (role left, dates right)",
    name="Aoife Brannigan",
    contact=["Kilbarra, Co. Wexford", "087 555 3310", "aoife.bakes@mailbox.ie"],
    blocks=[
        ("About me", ["Early riser who loves bread. Eight years in bakeries, cafés and a nursing home kitchen. "
                      "HACCP trained, full clean licence, happy to do weekends."]),
        ("Work Experience", [
            E("Baker", "The Crumb House", "Kilbarra", "2022-05", "present", "affecting", None, [
                "Start at 4am: mix, shape and bake the day's bread, scones and traybakes for the shop",
                "Decorate celebration cakes from the order book",
                "Temperature logs, allergen labels and stock rotation"]),
            E("Counter Assistant / Barista", "The Crumb House", "Kilbarra", "2020-03", "2022-04", "facing", "in_person_service", [
                "Served customers at the counter, made coffees, took cake orders over the phone"]),
            E("Production Operative", "Glenmara Bakeries Ltd", "Enniscorth Road, Wexford", "2018-06", "2020-02", "none", None, [
                "Ran the divider and moulder on the sliced pan line, 10-hour night shifts",
                "Hygiene checks and line changeovers"]),
            E("Kitchen Assistant", "St Fintan's Nursing Home", "Kilbarra", "2016-09", "2018-05", "facing", "in_person_service", [
                "Plated meals for 60 residents and brought the trolley round the dining room, helping residents choose and cutting up food where needed",
                "Washed up and cleaned the kitchen"]),
        ]),
        ("Education & Training", ["Level 6 Certificate in Professional Bakery, 2019", "HACCP Level 2; Manual Handling"]),
        ("Interests", ["Sea swimming, GAA (camogie), sourdough experiments"]),
    ]))

# ------------------------------------------------------------------ w009
RESUMES.append(dict(
    file="w009.md", renderer="md", layout="bold", order="title_org", dates="month", present="present",
    family="New Zealand property maintenance CV in Markdown, bold title line with italic dates, employer below",
    name="Tama Rewiti-Hale",
    contact=["Port Ellery", "021 555 7834", "tama.rh@mailbox.co.nz"],
    blocks=[
        ("Kia ora", ["Handy, tidy and easy to deal with. Eleven years on tools — building sites, empty houses and "
                     "now tenanted flats. Looking for a senior maintenance role with a property manager."]),
        ("Work", [
            E("Maintenance Technician", "Harbourview Property Management", "Port Ellery", "2021-09", "present",
              "facing", "other_facing", [
                  "Attend tenant-reported repairs in occupied flats — leaks, doors, heat pumps, mould",
                  "Arrange access times with tenants and explain what's been done and what happens next",
                  "Photograph and write up jobs in the property app"]),
            E("Maintenance Hand – Vacant Homes", "Ellery Housing Trust", "Port Ellery", "2019-02", "2021-08", "affecting", None, [
                "Turned empty homes around between tenancies: paint, flooring, lock changes, rubbish removal",
                "Worked to the trust's healthy homes checklist"]),
            E("Builder's Labourer", "Mackie Construction", "Waimoana", "2016-01", "2019-01", "none", None, [
                "Site clean-up, scaffolding, concrete pours, general labouring on new-build subdivisions"]),
            E("Caretaker", "St Columba's School", "Waimoana", "2014-03", "2015-12", "affecting", None, [
                "Opened and locked the school, kept grounds tidy, fixed desks and doors, set up the hall for assemblies"]),
        ]),
        ("Tickets", ["Site Safe passport", "Working at heights", "Full licence + trailer"]),
        ("Referees", ["Happy to provide."]),
    ]))

# ------------------------------------------------------------------ w010
RESUMES.append(dict(
    file="w010.pdf", renderer="fpdf", layout="left", order="title_org", dates="mon", present="Present",
    footer="Rebecca Lomax – Résumé – page {p}", fs=10.5, caps_h=True, hcolor=(20, 60, 110),
    family="Australian insurance claims résumé, fpdf2 two pages with page footer, title then employer line",
    name="Rebecca Lomax",
    contact=["Parrington NSW 2790", "0433 555 120", "rebecca.lomax@mailbox.com.au"],
    blocks=[
        ("Professional Summary", ["Claims professional with ten years in general insurance and local government "
                                  "customer service. Experienced across motor and home claims, desktop assessing and "
                                  "recoveries. Tier 1 General Insurance (RG146). Known for clear file notes and "
                                  "a calm voice on difficult calls."]),
        ("Key Skills", ["• Claims lodgement and management", "• Desktop motor assessing",
                        "• Recoveries and negotiation", "• Complaints (IDR) handling", "• Guidewire-style claims systems"]),
        ("Career History", [
            E("Claims Consultant", "Meridian Mutual Insurance", "Parrington NSW", "2022-02", "present", "facing", "contact_center", [
                "Lodge and manage home and motor claims by phone from first notice of loss to settlement",
                "Explain cover, excesses and next steps to customers, many of them upset after a loss",
                "Arrange builders, assessors and temporary accommodation; 35-40 open files",
                "Quality score above 90% for six consecutive quarters"]),
            E("Claims Assessor (Desktop)", "Meridian Mutual Insurance", "Parrington NSW", "2020-06", "2022-01", "affecting", None, [
                "Assessed motor claims from photos, quotes and repairer reports",
                "Authorised repairs up to $15,000 and decided total-loss settlements",
                "Referred suspect claims to the investigations team"]),
            E("Recoveries Officer", "Meridian Mutual Insurance", "Sydney NSW", "2019-01", "2020-05", "facing", "contact_center", [
                "Pursued uninsured at-fault drivers for repair costs, by letter and phone",
                "Negotiated payment arrangements and handled hardship requests"]),
            E("Customer Service Officer", "Parrington City Council", "Parrington NSW", "2016-04", "2018-12", "facing", "in_person_service", [
                "Front counter and phones: rates, dog registrations, DA enquiries, bin requests",
                "Took payments and logged customer requests for the works crews"]),
            E("Data Entry Clerk", "Lomond Payroll Services", "Parrington NSW", "2015-01", "2016-03", "none", None, [
                "Keyed timesheets and leave forms into the payroll system for client businesses"]),
        ]),
        ("PAGEBREAK", []),
        ("Education", ["Diploma of General Insurance, 2021", "Tier 1 General Insurance (RG146), 2019",
                       "HSC, Parrington High School, 2013"]),
        ("Referees", ["Mark Ferris, Claims Team Leader, Meridian Mutual — details on request",
                      "Joanne Kiely, Customer Service Coordinator, Parrington City Council — details on request"]),
    ]))

# ------------------------------------------------------------------ w011
RESUMES.append(dict(
    file="w011.docx", renderer="docx", layout="header", order="org_title", dates="mm/yyyy", present="Present",
    bullet="-",
    family="US real-estate transaction coordinator, name and contact in the Word page header, employer line then title",
    name="Lorena Quintanilla",
    contact=["Cedar Mesa, AZ 85990", "(928) 555-0161", "lorena.q@mailbox.com"],
    blocks=[
        ("Summary", ["Detail-driven real estate support professional (licensed AZ salesperson, non-practicing). "
                     "Eight years keeping files compliant and closings on time."]),
        ("Professional Experience", [
            E("Transaction Coordinator", "Saguaro Ridge Realty", "Cedar Mesa, AZ", "2022-01", "present", "facing", "other_facing", [
                "Manage contract-to-close files for 8 agents: open escrow, track contingency deadlines, order inspections and HOA documents",
                "Keep buyers and sellers updated by phone and email from acceptance through closing",
                "Audit files for brokerage compliance"]),
            E("Listing Coordinator", "Saguaro Ridge Realty", "Cedar Mesa, AZ", "2020-03", "2021-12", "affecting", None, [
                "Wrote listing descriptions, scheduled photographers and uploaded listings to the MLS",
                "Created flyers, just-listed postcards and social media posts for agents"]),
            E("Leasing Assistant", "Palo Verde Apartments", "Cedar Mesa, AZ", "2018-06", "2020-02", "facing", "in_person_service", [
                "Toured prospective residents through model units and answered questions about amenities",
                "Processed applications and move-in paperwork"]),
            E("Office Assistant", "Cedar Mesa Title & Escrow", "Cedar Mesa, AZ", "2016-08", "2018-05", "affecting", None, [
                "Scanned and indexed recorded documents, prepared courier packages for closings"]),
        ]),
        ("Education", ["A.A. Business, Cedar Mesa Community College, 2016"]),
        ("Skills", ["SkySlope-type transaction software, MLS, DocuSign, Canva, Excel; bilingual English/Spanish"]),
    ]))

# ------------------------------------------------------------------ w012
RESUMES.append(dict(
    file="w012.txt", renderer="txt", layout="plain", order="labelled", dates="mon", present="till date", sep=" to ",
    bullet="*",
    family="Indian lab technician CV pasted as text, labelled Company / Designation / Duration blocks, 'till date'",
    name="SNEHA KULKARNI",
    contact=["Address: Flat 7, Sai Krupa Apts, Ambeshwar - 411 872", "Mobile: +91 98765 55021",
             "Email: sneha.kulkarni.dmlt@mailbox.in"],
    blocks=[
        ("Career Objective", ["To work in a reputed diagnostic laboratory where I can use my skills in sample "
                              "collection and processing and grow with the organisation."]),
        ("Educational Qualification", ["B.Sc. (Microbiology) - Ambeshwar University - 2015 - 68%",
                                       "DMLT - Ambeshwar Institute of Paramedical Sciences - 2017 - 74%"]),
        ("Work Experience", [
            E("Lab Technician", "Sanjivani Diagnostics", "Ambeshwar", "2021-07", "present", "facing", "healthcare_care", [
                "Collection of blood samples from patients at centre and during home collection visits",
                "Labelling, centrifugation and dispatch of samples to main lab",
                "Maintaining patient registration and billing at collection centre"]),
            E("Lab Technician (Processing)", "Sunrise Pathology Laboratory", "Ambeshwar", "2018-05", "2021-06", "affecting", None, [
                "Processing of samples on biochemistry and haematology analysers",
                "Daily QC, calibration and maintenance of instruments",
                "Entry of results in LIS for pathologist verification"]),
            E("Trainee Lab Technician", "Ambeshwar Civil Hospital", "Ambeshwar", "2017-11", "2018-04", "affecting", None, [
                "Six month internship in pathology and microbiology sections",
                "Staining, culture plating and sample sorting"], etype="internship"),
            E("QC Chemist", "Nirmal Agro Foods Pvt. Ltd.", "Ambeshwar MIDC", "2015-08", "2017-06", "affecting", None, [
                "Testing of finished pickles and sauces for moisture, acidity and microbial count before dispatch"]),
        ]),
        ("Personal Details", ["Date of Birth: 12/03/1994", "Languages Known: Marathi, Hindi, English",
                              "Marital Status: Married"]),
        ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                         "Place: Ambeshwar                       (SNEHA KULKARNI)"]),
    ]))

# ------------------------------------------------------------------ w013
RESUMES.append(dict(
    file="w013.pdf", renderer="rl", layout="twocol", order="title_org", dates="month", present="Present",
    footer="Gareth Llewellyn-Price  ·  CV  ·  {p}", fs=10.5,
    family="Welsh diagnostic radiographer, 2-page reportlab CV with two-column header and page footer",
    name="Gareth Llewellyn-Price",
    contact=["Caerwen, CW3 8PL", "07700 900 774", "gareth.llp@mailbox.co.uk", "HCPC registered"],
    blocks=[
        ("Personal profile", ["HCPC-registered diagnostic radiographer working in general radiography and CT, "
                              "with an unusual route in: portering, then PACS, then an apprenticeship degree. I know "
                              "the department from every side and I'm good with anxious patients."]),
        ("Employment", [
            E("Diagnostic Radiographer (Band 6)", "Caerwen General Hospital", "Caerwen", "2021-09", "present",
              "facing", "healthcare_care", [
                  "Plain film and CT on a rota including A&E, theatres and on-call",
                  "Position patients, explain procedures and check pregnancy status and consent",
                  "Supervise student radiographers on placement"]),
            E("Imaging Assistant", "Caerwen General Hospital", "Caerwen", "2019-01", "2021-08", "facing", "healthcare_care", [
                "Escorted patients, changed them into gowns and prepared them for scans",
                "Cannulation for CT contrast after training"]),
            E("PACS Administrator", "Dyfnant Health Board", "Pontyrhos", "2016-05", "2018-12", "facing", "internal_support", [
                "Managed the image archive: merged duplicate patient records and fixed misfiled studies",
                "Supported radiologists and radiographers with viewer and worklist problems, on the phone and at their workstations",
                "Ran weekly archive checks with the IT team"]),
            E("Hospital Porter", "Caerwen General Hospital", "Caerwen", "2014-08", "2016-04", "facing", "healthcare_care", [
                "Moved patients between wards and departments by bed and wheelchair",
                "Delivered samples, notes and equipment"]),
        ]),
        ("PAGEBREAK", []),
        ("Education", ["BSc (Hons) Diagnostic Radiography (degree apprenticeship), Pontyrhos University, 2021",
                       "ILS, manual handling, IR(ME)R training"]),
        ("Other", ["Welsh speaker (fluent). Volunteer first-aider at the town rugby club."]),
        ("References", ["Available from the Caerwen General imaging manager on request."]),
    ]))

# ------------------------------------------------------------------ w014
RESUMES.append(dict(
    file="w014.docx", renderer="docx", layout="layout", order="title_org", dates="month", present="Present",
    family="South African cleaning supervisor, Word two-column layout table with shaded sidebar",
    name="Nomsa Dlamini-Khoza", shade="E4EAD9",
    contact=["Sondela Park, Gauteng", "072 555 4410", "nomsa.dk@mailbox.co.za"],
    side=[
        ("Languages", ["isiZulu, English, Sesotho"]),
        ("Skills", ["• Team supervision", "• Chemical safety", "• Infection control", "• Stock control"]),
        ("References", ["Mr T. Mokoena, Contract Manager, Brightstar Hygiene, 011 555 0832",
                        "Sr. J. van Wyk, Sondela Park Private Hospital, 011 555 2298"]),
    ],
    blocks=[
        ("Career Summary", ["Hard-working cleaning supervisor with 15 years in hygiene, hospital and domestic work."]),
        ("Work Experience", [
            E("Cleaning Supervisor", "Brightstar Hygiene Services", "Umbono Office Park, Sondela Park", "2021-03", "present",
              "facing", "other_facing", [
                  "Supervise a team of 9 cleaners in an occupied office park of 14 tenant companies",
                  "Meet weekly with the client's facilities manager about complaints and the cleaning schedule",
                  "Order consumables and do monthly quality inspections"]),
            E("Cleaner", "Brightstar Hygiene Services", "Umbono Office Park, Sondela Park", "2018-01", "2021-02", "affecting", None, [
                "Cleaned offices, toilets and kitchens during working hours; restocked soap and paper"]),
            E("Ward Hostess / Cleaner", "Sondela Park Private Hospital", "Sondela Park", "2015-06", "2017-12",
              "facing", "healthcare_care", [
                  "Served meals and tea to patients and helped them with menu choices",
                  "Cleaned side rooms and bathrooms on the maternity ward"]),
            E("Domestic Worker", "Private household", "Northcliff Ridge", "2010-01", "2015-12", "facing", "other_facing", [
                "Cleaned, ironed and cooked for a family of five",
                "Fetched the children from school and helped with homework"], prec="year"),
        ]),
        ("Education", ["Grade 12, Sondela Secondary School, 2009", "Certificate: Infection Prevention and Control, 2016"]),
    ]))

# ------------------------------------------------------------------ w015
RESUMES.append(dict(
    file="w015.html", renderer="html", layout="card", order="title_org", dates="mon", present="Present",
    family="US grocery distribution transportation lead, HTML résumé card with floated dates, Army Reserve overlap",
    name="Travis Okonkwo-Bell",
    contact=["Lindell Park, TX", "(254) 555-0133", "travis.ob@mailbox.com"],
    blocks=[
        ("Summary", ["Transportation and warehouse lead, 13 years moving freight — Army Reserve truck driver, CDL-A "
                     "store delivery driver, dock lead and now routing for 46 stores."]),
        ("Experience", [
            E("Transportation Lead", "Bluebonnet Grocers Distribution Center", "Lindell Park, TX", "2022-04", "present",
              "facing", "internal_support", [
                  "Build next-day delivery routes for 46 stores and balance driver hours",
                  "Take calls from store managers about short or late deliveries and delivery windows, and arrange re-deliveries",
                  "Run the morning driver huddle and safety checks"]),
            E("Inbound Lead", "Bluebonnet Grocers Distribution Center", "Lindell Park, TX", "2019-09", "2022-03", "affecting", None, [
                "Ran the receiving dock with 12 associates on second shift",
                "Scheduled dock appointments with vendors' carriers and checked in trucks",
                "Cut receiving errors by 40% with a new check-in sheet"]),
            E("Delivery Driver (CDL-A)", "Bluebonnet Grocers", "Lindell Park, TX", "2017-03", "2019-08", "affecting", None, [
                "Overnight store deliveries, unloaded with store receivers, pre/post-trip inspections"]),
            E("Motor Transport Operator (88M)", "U.S. Army Reserve", "Fort Kessing, TX", "2012-06", "2018-05", "none", None, [
                "Drove and maintained tactical vehicles; convoy operations during annual training"], etype="military"),
        ]),
        ("Licenses", ["CDL Class A, clean MVR", "OSHA 10", "Forklift certified"]),
        ("Education", ["Lindell Park High School, 2011"]),
    ]))
