"""Résumés w016–w030 (one dict each; entries are lib.E)."""
from lib import E

R = []

R.append(dict(id="w016", ext="txt", r="txt", layout="plain", hdr="inline", ds="m/yyyy", present="Present", dash=" - ",
    family="US medical-device clinical support specialist and Navy veteran, plain text, title line with dates after a comma",
    name="Terrence Oyelaran", contact=["Brookhaven Park, MN | 612-555-0148 | t.oyelaran@mailbox.com"],
    sections=[
    ("SUMMARY", "Navy electronics tech turned biomed, now supporting infusion pumps by phone for hospitals nationwide. "
                "Calm under pressure, good at explaining technical things to busy clinicians."),
    ("EXPERIENCE", [
        E("Clinical Support Specialist", "Arcadia Infusion Systems", "Remote", "2021-09", "present", "facing", "contact_center",
          ["Take calls on the 24/7 support line from nurses and biomeds who have a pump alarming at the bedside",
           "Troubleshoot drug library and network issues; log complaints for the FDA reporting team",
           "Average handle time 11 min, first-call resolution 83%"]),
        E("Biomedical Equipment Technician II", "St. Agnes Health", "Brookhaven Park, MN", "2018-02", "2021-08", "affecting", None,
          ["Preventive maintenance and electrical safety testing on infusion pumps, monitors and defibrillators",
           "Bench repairs and parts ordering; kept the CMMS records audit-ready"]),
        E("Electronics Technician Second Class (ET2)", "United States Navy", "Norfolk, VA", "2013-06", "2018-01", "none", None,
          ["Maintained shipboard radar and communications systems; supervised 4 technicians"], et="military"),
    ]),
    ("EDUCATION", ["A.A.S. Biomedical Equipment Technology – Lake Superior Technical College, 2019",
                   "Navy Advanced Electronics/Computer Field school"]),
    ("CERTIFICATIONS", ["CBET (AAMI)", "CompTIA Security+"]),
]))

R.append(dict(id="w017", break_before="Certifications", ext="pdf", r="fpdf", layout="twopage", hdr="title_org", ds="mm/yyyy", present="Present", dash=" - ",
    family="UK IT field engineer with agency placements, 2-page fpdf2 CV with page footer, mm/yyyy dates, carer break",
    name="Gareth Pennington", contact=["Kirkstall Edge, Leeds", "07458 555 901", "gareth.pennington@mailbox.co.uk"],
    sections=[
    ("Personal Profile", "Hands-on IT engineer who's happiest out on site. Nine years across desktop support, imaging and field "
                         "work for managed service providers and a council. Full UK licence. DBS checked."),
    ("Employment History", [
        E("IT Field Engineer", "Castlegate Managed IT", "Leeds", "2022-07", "present", "facing", "other_facing",
          ["Visit client offices, surgeries and schools across West Yorkshire to fix PCs, printers and Wi-Fi",
           "Sit down with new starters at client sites and get them logged in and set up",
           "Office moves and small cabling jobs; on-call one weekend a month",
           "Average 9.6/10 on post-visit surveys"]),
        E("Desktop Support Technician", "Aire Valley District Council", "Shipton", "2021-01", "2022-06", "facing", "internal_support",
          ["Placed through Redline Recruitment. Windows 10 rollout, going desk to desk to swap kit and migrate staff profiles",
           "Dealt with 2nd-line tickets from council staff in ServiceNow"]),
        E("Imaging Technician (temp)", "Brightwell Computer Recycling", "Castleford", "2020-06", "2020-12", "affecting", None,
          ["Wiped, imaged and graded refurbished laptops for resale to schools and charities"]),
        E("Career break – caring for my father", None, None, "2019-03", "2020-05", "none", None, [], et="unknown"),
        E("Stock Controller", "Nidd Valley Tiles", "Knaresfield", "2015-04", "2019-02", "affecting", None,
          ["Stock counts, goods-in, picking lists for the trade and online orders",
           "Looked after the office PCs and the EPOS system on the side"]),
    ]),
    ("Certifications", ["CompTIA A+", "ITIL 4 Foundation", "Microsoft 365 Endpoint Administrator Associate (MD-102)"]),
    ("Education", ["BTEC Level 3 Extended Diploma in IT – Aire College, 2015 (DMM)"]),
    ("Hobbies", "Fell running, building PCs for friends, Leeds Rhinos season ticket."),
]))

R.append(dict(id="w018", ext="docx", r="docx", layout="styles", hdr="dash", ds="month", present="to date", dash=" – ",
    family="Nigerian telecom BTS field engineer, Word heading styles, 'Title – Employer, Town' lines, NYSC year",
    name="Chukwuemeka Adebayo-Eze", contact=["No. 14 Ogbomoso Crescent, Wuse Gardens, Abuja", "+234 803 555 2190", "emeka.eze@mailbox.ng"],
    sections=[
    ("Career Summary", "Field engineer with 7 years on telecom towers and power systems, 3 years in customer care before that. "
                       "COREN registered (in view)."),
    ("Work Experience", [
        E("BTS Field Engineer", "Sahel Towers Nigeria Ltd", "Abuja", "2019-01", "present", "none", None,
          ["Responsible for routine PM of generators, rectifiers, batteries and solar hybrid systems on 42 cell sites.",
           "Carry out fuel audit and reconciliation and escalate site-down alarms to the NOC.",
           "Part of the night and weekend standby rota."], prose=True),
        E("Customer Care Officer", "Zentel Mobile", "Lagos Island", "2016-05", "2018-12", "facing", "in_person_service",
          ["Attended to walk-in customers at the experience centre: SIM swaps, NIN linkage, data plan complaints",
           "Resolved an average of 70 customers per shift"]),
        E("NYSC Corps Member (Physics Teacher)", "Government Secondary School, Idu-Kaura", "Kaura", "2015-03", "2016-02", "facing", "education",
          ["Taught Physics and Basic Technology to SS1 and SS2 students"], et="unknown"),
    ]),
    ("Education", ["B.Eng Electrical/Electronic Engineering – Federal University of Technology, Okenwa, 2014 (Second Class Upper)"]),
    ("Certifications", ["Huawei HCIA-Datacom", "HSE Level 1 & 2", "Working at Height"]),
    ("Referees", "Available on request"),
]))

R.append(dict(id="w019", ext="docx", r="docx", layout="styles", hdr="title_org", ds="mon", present="Present", dash=" – ",
    family="US network engineer and Air Force veteran, Word heading styles with tab-stop dates, one college job with a help window",
    name="Jason R. Kowalczyk", contact=["Granite Falls, CO", "720-555-0176", "jrkowalczyk@mailbox.net"],
    sections=[
    ("Professional Summary", "CCNP-certified network engineer with 14 years in healthcare, higher ed and ISP networks. Active Secret clearance (inactive since 2012)."),
    ("Professional Experience", [
        E("Network Engineer III", "Bluepeak Regional Health", "Granite Falls, CO", "2019-10", "present", "none", None,
          ["Run the WAN for 14 clinics and two hospitals: Cisco Catalyst, Meraki SD-WAN, Palo Alto",
           "Plan and execute changes in overnight maintenance windows; on-call every fourth week",
           "Led the Wi-Fi 6E refresh (600 APs) on time and under budget"]),
        E("Network Administrator", "Tri-County Community College", "Pueblo Ridge, CO", "2015-06", "2019-09", "facing", "internal_support",
          ["Campus LAN/WLAN, VoIP and firewall administration",
           "Staffed the IT help window during registration weeks, fixing students' and faculty's Wi-Fi and account problems face to face"]),
        E("NOC Technician (Night Shift)", "Crestline Fiber", "Pueblo Ridge, CO", "2012-04", "2015-05", "affecting", None,
          ["Watched alarms for the residential fiber network, opened outage tickets and dispatched field techs",
           "Sent outage updates to the customer care team"]),
        E("Cyber Transport Systems Journeyman", "United States Air Force", "Peterson AFB", "2008-03", "2012-03", "none", None,
          ["Installed and maintained base network infrastructure"], et="military"),
    ]),
    ("Certifications", ["CCNP Enterprise", "PCNSE", "CWNA"]),
    ("Education", ["B.S. Information Technology – Front Range State University (online), 2016"]),
]))

R.append(dict(id="w020", ext="pdf", r="rl", layout="twocol", hdr="title_org", ds="mon", present="Present", dash=" – ",
    family="Australian vet nurse, reportlab two-column header, year-only wildlife-carer volunteering",
    name="Sienna Macaulay", contact=["Wattle Creek NSW 2480", "0401 555 623", "sienna.macaulay@mailbox.com.au"],
    sections=[
    ("About Me", "Cert IV qualified vet nurse, five years in mixed small-animal practice. Big on client education and low-stress handling."),
    ("Employment", [
        E("Veterinary Nurse", "Banksia Veterinary Clinic", "Wattle Creek NSW", "2021-04", "present", "facing", "healthcare_care",
          ["Theatre nursing, anaesthetic monitoring and hospital ward care",
           "Discharge appointments with owners: wound care, medications, post-op instructions",
           "Run the Saturday puppy preschool classes"]),
        E("Trainee Veterinary Nurse", "Banksia Veterinary Clinic", "Wattle Creek NSW", "2019-02", "2021-03", "facing", "healthcare_care",
          ["Traineeship (Cert IV Veterinary Nursing) – kennels, sterilising, consult assisting, reception on Saturdays"]),
        E("Kennel Hand", "Wattle Grove Boarding Kennels", "Alstonbrook NSW", "2017-01", "2018-12", "affecting", None,
          ["Feeding, cleaning and exercising up to 60 boarding dogs; medications as directed"]),
    ]),
    ("Volunteering", [
        E("Wildlife Carer", "Northern Rivers Wildlife Rescue", "Wattle Creek NSW", "2016-01", "present", "none", None,
          ["Home care for orphaned joeys and possums until release"], sec="volunteer", et="volunteer", prec="year"),
    ]),
    ("Qualifications", ["Cert IV Veterinary Nursing (2021)", "Fear Free Certified", "Senior First Aid"]),
    ("Referees", ["Dr Alana Pryce, Principal Vet, Banksia Veterinary Clinic – 02 6655 0101"]),
]))

R.append(dict(id="w021", ext="txt", r="txt", layout="portal", hdr="dash", ds="monyy", present="till date", dash=" to ",
    family="Indian medical lab technician, job-portal text, Mon'YY dates, 'till date', DMLT internship",
    name="Pooja Rani Sharma", contact=["Mob: 97xxxxxx56", "Email: poojarani.dmlt@mailbox.in", "Add: H.No. 221, Sector 9, Karnal Road, Panipat"],
    sections=[
    ("OBJECTIVE", "Seeking a position of Lab Technician in a reputed hospital or diagnostic centre."),
    ("WORK EXPERIENCE", [
        E("Lab Technician", "Lifecare Diagnostics", "Panipat", "2021-02", "present", "facing", "healthcare_care",
          ["Sample collection of patients at collection centre and home collection",
           "Labelling, registration in LIS and dispatch of samples to main lab"]),
        E("Lab Technician", "Navjeevan Pathology Lab", "Sonipat", "2018-08", "2021-01", "affecting", None,
          ["Processing of samples in biochemistry and haematology section",
           "Daily calibration and QC of analysers (Erba, Sysmex)",
           "Maintenance of records as per NABL norms"]),
        E("DMLT Internship", "Kalyani Civil Hospital", "Kalyani", "2018-01", "2018-06", "facing", "healthcare_care",
          ["Rotation in OPD sample collection counter and haematology lab"], et="internship"),
    ]),
    ("QUALIFICATION", ["DMLT - Haryana State Board of Technical Education - 2017", "12th (Medical) - HBSE - 2015"]),
    ("STRENGTH", ["Punctual", "Positive attitude", "Team work"]),
    ("PERSONAL DETAIL", ["Father's Name : Sh. Ramesh Kumar", "D.O.B : 04/07/1998", "Marital Status : Unmarried"]),
    ("DECLARATION", "I hereby declare that all the information given above is true.  (POOJA RANI)"),
]))

R.append(dict(id="w022", ext="md", r="md", layout="h3", hdr="title_org", ds="mon", present="now", dash=" – ",
    family="New Zealand school ICT technician in Markdown, h3 titles, 'now', year-only church volunteering",
    name="Ngaio Whitcombe", contact=["Kowhai Bay", "021 555 4487", "ngaio.w@mailbox.co.nz"],
    sections=[
    ("Kia ora", "I look after the tech at a busy secondary school. Before that I built online shops and made a lot of flat whites."),
    ("Work", [
        E("ICT Technician", "Kowhai Grove College", "Kowhai Bay", "2020-01", "present", "facing", "internal_support",
          ["One-person IT team for 70 staff and 900 students",
           "Fix Chromebooks, projectors and logins for teachers between classes; run the student device drop-in at lunch",
           "Manage Google Admin and the Meraki network"]),
        E("Junior Developer (contract)", "Tui Digital", "Wellmouth", "2018-05", "2019-12", "affecting", None,
          ["Built and tweaked Shopify themes for the agency's retail clients from the account managers' briefs",
           "No direct client work – tickets came through Jira"]),
        E("Barista", "Ferncliff Café", "Wellmouth", "2016-02", "2018-04", "facing", "in_person_service", []),
    ]),
    ("Volunteering", [
        E("Sound Desk Volunteer", "St Matthew's Community Church", "Wellmouth", "2017-01", "2022-12", "affecting", None,
          ["Ran the sound desk and livestream for Sunday services"], sec="volunteer", et="volunteer", prec="year"),
    ]),
    ("Qualifications", ["NZ Diploma in Web Development (Level 6), 2018", "Google Workspace Administrator"]),
]))

R.append(dict(id="w023", ext="docx", r="docx", layout="sidebar", hdr="title_org", ds="month", present="Present", dash=" – ",
    family="UK pharmacy technician, Word two-column layout table with shaded sidebar, month dates",
    name="Aisha Rahman", contact=["Hollinsfield, Lancs", "07722 555 318", "aisha.rahman@mailbox.co.uk"],
    side=["Contact", "Key Skills", "Registration"],
    sections=[
    ("Key Skills", ["Accuracy checking (ACPT)", "Aseptic technique", "Medicines reconciliation", "PharmOutcomes, ProScript"]),
    ("Registration", ["GPhC registered pharmacy technician"]),
    ("Profile", "Pharmacy technician with hospital aseptic and community experience, now an accredited checking technician."),
    ("Experience", [
        E("Pharmacy Technician (ACPT)", "Ashwell Pharmacy", "Hollinsfield", "2021-11", "present", "facing", "healthcare_care",
          ["Final accuracy check of dispensed items (about 300 a day)",
           "Talk patients through new medicines and inhaler technique at the counter and in the consultation room",
           "Train dispensers and counter staff"]),
        E("Aseptic Services Technician", "Hollins General Hospital", "Hollinsfield", "2018-04", "2021-10", "affecting", None,
          ["Compounded chemotherapy and TPN in the cleanroom isolators", "Environmental monitoring and batch documentation"]),
        E("Pre-registration Trainee Pharmacy Technician", "Hollins General Hospital", "Hollinsfield", "2016-09", "2018-03", "facing", "healthcare_care",
          ["Ward rotations: took drug histories from patients on admission and checked their own medicines"], et="internship"),
        E("Saturday Assistant", "Kendal Road Post Office", "Hollinsfield", "2014-06", "2016-08", "facing", "in_person_service", []),
    ]),
    ("Education", ["BTEC Level 3 Pharmaceutical Science + NVQ Level 3 Pharmacy Services, 2018", "A-levels: Chemistry, Biology, Psychology"]),
]))

R.append(dict(id="w024", ext="pdf", r="fpdf", layout="left", hdr="dateline", ds="mm/yyyy", present="Current", dash=" - ",
    family="US commercial kitchen equipment technician, fpdf2 left-aligned header, title, employer and dates on separate lines",
    name="Luis Ángel Barragán", contact=["Cedar Rapids Heights, IA", "319-555-0102", "luis.barragan@mailbox.com"],
    sections=[
    ("Profile", "EPA 608 Universal certified tech. I fix fryers, ovens, dish machines and walk-ins for restaurants that can't wait. Bilingual English/Spanish."),
    ("Work Experience", [
        E("Field Service Technician", "Midstate Foodservice Repair", "Cedar Rapids Heights, IA", "2020-03", "present", "facing", "other_facing",
          ["Service calls at restaurants, schools and hospital kitchens – 5 to 7 calls a day",
           "Explain the repair and cost to the kitchen manager and get sign-off before ordering parts",
           "Emergency on-call rotation nights and weekends"]),
        E("Bench Technician", "Midstate Foodservice Repair", "Cedar Rapids Heights, IA", "2018-05", "2020-02", "affecting", None,
          ["Rebuilt gas valves, control boards and pumps in the shop for the field techs"]),
        E("Line Cook", "Gus's Grill", "Marion Falls, IA", "2015-07", "2018-04", "affecting", None, []),
        E("Delivery & Install Helper", "Lowell's Home Center", "Marion Falls, IA", "2014-05", "2015-06", "facing", "in_person_service",
          ["Delivered and hooked up washers, dryers and ranges in customers' homes and hauled away old units"]),
    ]),
    ("Certifications", ["EPA Section 608 Universal", "CFESA Certified Technician (Gas)", "ServSafe Food Handler"]),
    ("Education", "Diploma, HVAC-R – Kirkwood Valley Community College, 2018"),
]))

R.append(dict(id="w025", ext="html", r="html", layout="twocol", hdr="title_org", ds="month", present="Present", dash=" – ",
    family="Philippine IT service-desk BPO agent, HTML two-column résumé, OJT at a municipal hall",
    name="John Carlo M. Dizon", contact=["San Ysidro, Laguna Verde", "+63 928 555 7741", "jcdizon@mailbox.ph"],
    sections=[
    ("Career Objective", "ITIL-certified service desk analyst seeking a Team Lead or Desktop Support role."),
    ("Employment History", [
        E("Service Desk Analyst (Voice)", "Kalinaw Global Services", "Sta. Rosa Hills", "2021-10", "present", "facing", "contact_center",
          ["Handle inbound calls from employees of a US healthcare client: password resets, VPN, Outlook and MFA issues",
           "Log and route tickets in ServiceNow following ITIL incident process",
           "CSAT 96%, AHT within 8 minutes"]),
        E("Technical Support Representative", "Bayview Connect BPO", "Sta. Rosa Hills", "2019-06", "2021-09", "facing", "contact_center",
          ["Troubleshot internet and modem issues for US cable subscribers over the phone", "Graveyard shift"]),
        E("Computer Technician", "Kompyuter Hub", "San Ysidro", "2017-05", "2019-05", "facing", "in_person_service",
          ["Repaired PCs and laptops and assisted walk-in customers at the counter with quotations and pick-up"]),
    ]),
    ("On-the-Job Training", [
        E("OJT – IT Support", "Municipal Hall of San Ysidro", "San Ysidro", "2017-01", "2017-04", "facing", "internal_support",
          ["Assisted municipal employees with printers, network cables and MS Office problems"], sec="other", et="internship"),
    ]),
    ("Education", ["BS Information Technology – Laguna Verde Polytechnic College, 2017"]),
    ("Certifications", ["ITIL 4 Foundation", "CompTIA A+"]),
]))

R.append(dict(id="w026", ext="txt", r="txt", layout="caps", hdr="orgfirst", ds="mon", present="Present", dash=" to ",
    family="UK data-centre shift engineer and Army veteran, plain text with employer headings in capitals, year-only military dates",
    name="Stuart McBride", contact=["Tel 07700 555 204   Email stuart.mcbride@mailbox.co.uk   Ashgrove, Slough Vale"],
    sections=[
    ("PROFILE", "Multi-skilled electrical engineer (ex-Royal Engineers) working 4-on-4-off in a Tier III data centre. "
                "AP for LV switching. Looking for a days role."),
    ("EMPLOYMENT", [
        E("Shift Maintenance Engineer", "GREYFRIARS DATA CENTRE", "Slough Vale", "2019-01", "present", "none", None,
          ["4-on-4-off days and nights; PPM on UPS, chillers, CRAH units and standby generators",
           "Permit-to-work and LOTO; monthly generator load tests", "Responding to BMS alarms out of hours"]),
        E("Multi-skilled Engineer", "KESTREL FACILITIES MANAGEMENT", "Redhill Cross", "2015-03", "2018-12", "facing", "other_facing",
          ["Resident engineer at a client's head office, picking up reactive jobs raised by office staff (lighting, heating, leaks, sticking doors).",
           "I went to see the people who'd reported faults and told them when it would be sorted.",
           "Also planned maintenance on small power and emergency lighting."], prose=True),
        E("Electrician (Royal Engineers)", "BRITISH ARMY", None, "2008-01", "2014-12", "none", None,
          ["Power distribution and generator maintenance in the UK, Germany and on operational tour"], et="military", prec="year"),
    ]),
    ("QUALIFICATIONS", ["City & Guilds 2365 Level 3", "18th Edition", "HV/LV Authorised Person (LV)", "SMSTS"]),
]))

R.append(dict(id="w027", ext="docx", r="docx", layout="tabs", hdr="org_title", ds="mon", present="Present", dash=" – ",
    family="Canadian application support analyst, Word tab-stop dates with employer line first, co-op season",
    name="Marie-Ève Gallant", contact=["Riverview Crossing, NB", "506-555-0139", "me.gallant@mailbox.ca"],
    sections=[
    ("Summary", "Bilingual application support analyst and former .NET developer. I translate between users and developers."),
    ("Professional Experience", [
        E("Application Support Analyst", "Fundy Mutual Insurance", "Riverview Crossing, NB", "2022-02", "present", "facing", "internal_support",
          ["Level 2 support for 350 claims and underwriting staff on the policy admin system",
           "Join Teams calls with adjusters to reproduce issues, then fix the data in SQL or hand off to dev",
           "Write release notes and run lunch-and-learns for new features"]),
        E("Junior .NET Developer", "Fundy Mutual Insurance", "Riverview Crossing, NB", "2020-06", "2022-01", "none", None,
          ["C#/.NET features and bug fixes on the internal claims system", "Unit and integration tests, code reviews"]),
        E("Technical Support Agent", "Quill Telecom", "Monckton Falls, NB", "2018-09", "2020-05", "facing", "contact_center",
          ["Inbound calls in French and English for internet and TV customers"]),
    ]),
    ("Co-op", [
        E("QA Tester (Co-op)", "Tidewater Games", "Halberton, NS", "2017-06", "2017-08", "affecting", None,
          ["Played and broke pre-release builds; wrote bug reports in Jira"], sec="other", et="internship", dt="Summer 2017"),
    ]),
    ("Education", ["Diploma, Programmer Analyst – New Brunswick Community College, 2018"]),
    ("Languages", "French (native), English (fluent)"),
]))

R.append(dict(id="w028", ext="pdf", r="rl", layout="plain", hdr="dateline", ds="m/yyyy", present="Present", dash=" – ",
    family="US copier field technician, reportlab single column, title, company and dates each on their own line",
    name="Renee Castellanos", contact=["Allentown Mills, PA", "(484) 555-0177", "renee.castellanos@mailbox.com"],
    sections=[
    ("Qualifications Summary", "Field service technician with 7+ years on Canon and Konica Minolta production and office devices; dispatch background."),
    ("Work History", [
        E("Field Service Technician", "Keystone Office Systems", "Allentown Mills, PA", "2019-04", "present", "facing", "other_facing",
          ["Repair and maintain copiers and MFPs at customer offices, law firms and school districts",
           "Train office staff on new devices after install and answer their scan-to-email questions",
           "Average 1.4 hrs on-site per call; first-time fix rate 88%"]),
        E("Service Dispatcher", "Keystone Office Systems", "Allentown Mills, PA", "2017-08", "2019-03", "facing", "contact_center",
          ["Took service calls from customers, logged meter reads and scheduled 12 technicians"]),
        E("Warehouse Associate", "Keystone Office Systems", "Allentown Mills, PA", "2016-01", "2017-07", "affecting", None,
          ["Prepped and staged new machines for delivery, loaded trucks"]),
    ]),
    ("Volunteer", [
        E("Volunteer Cashier", "Lehigh Habitat ReStore", "Bethel Hollow, PA", "2018-01", "2019-12", "facing", "volunteering",
          ["Saturday register and helping shoppers load furniture"], sec="volunteer", et="volunteer"),
    ]),
    ("Certifications", ["CompTIA A+", "Canon imageRUNNER ADVANCE DX certification", "Konica Minolta bizhub Level 2"]),
]))

R.append(dict(id="w029", ext="docx", r="docx", layout="table", hdr="title_org", ds="mon", present="Present", dash=" – ",
    family="Indian DevOps engineer on contract-to-hire, Word with a borderless table per job, earlier technical support role",
    name="Arjun Mehta", contact=["Whitefield, Bengaluru", "+91 98xxx 66104", "arjun.mehta.devops@mailbox.in"],
    sections=[
    ("Summary", "DevOps engineer (6+ yrs) - Kubernetes, Terraform, GitHub Actions, AWS. CKA certified."),
    ("Experience", [
        E("DevOps Engineer", "Finora Payments Pvt. Ltd.", "Bengaluru", "2023-01", "present", "none", None,
          ["On contract-to-hire via Talentnest Staffing",
           "Maintain EKS clusters and GitHub Actions pipelines for 60+ internal services",
           "Terraform modules for VPC, RDS and IAM; cost savings of 22% on AWS bill"]),
        E("Build & Release Engineer", "Qubit Softlabs", "Bengaluru", "2020-07", "2022-12", "none", None,
          ["Jenkins pipelines, release branching and artifact management for the product team"]),
        E("Technical Support Engineer", "Qubit Softlabs", "Bengaluru", "2019-07", "2020-06", "facing", "digital_service",
          ["Supported customers' IT teams over email and Zoom calls to install and configure the on-prem product",
           "Reproduced bugs and raised Jira tickets with clear steps"]),
        E("Project Intern", "Nexa Embedded Labs", "Mysuru", "2019-01", "2019-05", "none", None,
          ["Final semester project on CAN bus logging"], sec="other", et="internship"),
    ]),
    ("Education", ["B.E. Computer Science – Sri Jayachamarajendra Institute of Engineering, 2019, 8.1 CGPA"]),
    ("Certifications", ["Certified Kubernetes Administrator (CKA)", "AWS Solutions Architect – Associate"]),
]))

R.append(dict(id="w030", ext="pdf", r="fpdf", layout="centred", hdr="title_org", ds="month", present="Current", dash=" – ",
    family="Irish hearing-aid audiologist, fpdf2 centred header, title with right-aligned dates and employer below",
    name="Siobhán Gilhooly", contact=["Ennisbrook, Co. Clare", "086 555 2277", "siobhan.gilhooly@mailbox.ie"],
    sections=[
    ("Profile", "Qualified hearing aid audiologist (Level 7, registered with the ISHAA) with a background in GP practice admin."),
    ("Experience", [
        E("Hearing Aid Audiologist", "SoundCare Hearing", "Ennisbrook", "2021-01", "present", "facing", "healthcare_care",
          ["Full hearing assessments, fittings and follow-ups for adults, around 25 clients a week",
           "Monthly domiciliary visits to nursing homes in the county"]),
        E("Audiology Technician (Trainee)", "SoundCare Hearing", "Ennisbrook", "2019-09", "2020-12", "affecting", None,
          ["Cleaned, re-tubed and repaired hearing aids in the back workshop and processed manufacturer repairs",
           "Ordered earmould impressions and kept stock"]),
        E("Medical Secretary", "Ballymore Medical Centre", "Ballymore", "2016-03", "2019-08", "affecting", None,
          ["Audio typing of referral letters and reports for four GPs", "Coded and scanned hospital correspondence"]),
        E("Receptionist (part-time)", "Ballymore Medical Centre", "Ballymore", "2014-09", "2016-02", "facing", "in_person_service", []),
    ]),
    ("Education", ["Higher Diploma in Hearing Aid Audiology, 2021", "QQI Level 5 Medical Secretaries, 2014"]),
    ("Interests", "Trad music (concertina), sea swimming."),
]))
