"""Résumés w001–w015 (one dict each renders the file and its gold line)."""
from lib import E

F, A, N = "facing", "affecting", "none"
OF, IPS, CC, SA, EF, IS, VOL, ED = ("other_facing", "in_person_service", "contact_center", "sales_account",
                                    "entrepreneurial_freelance", "internal_support", "volunteering", "education")

RESUMES = []

# ------------------------------------------------------------------ w001
RESUMES.append(dict(
    id="w001", ext="pdf", r="rl", layout="plain", paper="letter", hdr="title_org", ds="mon", pw="Present",
    family="US HVAC service technician, Word-to-PDF single column, title line with right-aligned dates",
    code="reportlab, plain/title_org, mon / 'Present'",
    name="Marcus Delgado", tag="EPA 608 Universal Certified HVAC Technician",
    contact=["Cedar Hollow, AZ", "(480) 555-0172", "marcus.delgado@mailbox.us"],
    blocks=[
        ("text", "Summary", ["HVAC technician with 8 years in residential heating and cooling: service, change-outs "
                             "and new construction. Clean driving record, comfortable on roofs and in attics in "
                             "115° heat. Looking for a lead technician role."]),
        ("jobs", "Experience", [
            E("HVAC Service Technician", "Desert Air Comfort Co.", "Cedar Hollow, AZ", "2021-03", "present", F, OF, [
                "Diagnose and repair residential AC, heat pumps and gas furnaces (8–10 calls a day in summer)",
                "Walk homeowners through repair vs. replace options and pricing on the tablet; sign up maintenance agreements",
                "Keep van stock and refrigerant logs up to date",
            ]),
            E("HVAC Installer", "Copperline Mechanical", "Gilbertville, AZ", "2018-06", "2021-02", N, None, [
                "Installed ductwork, condensers and air handlers in new tract homes ahead of drywall",
                "Brazed and pressure-tested line sets; prepped jobs for city rough-in inspections",
            ]),
            E("Warehouse Associate", "Summit HVAC Supply", "Gilbertville, AZ", "2017-01", "2018-05", A, None, [
                "Picked and staged contractor orders for morning pickup; loaded delivery trucks",
                "Cycle counts on coils and copper",
            ]),
            E("Lot Porter / Shuttle Driver", "Sun Valley Ford-Lincoln", "Mesa Linda, AZ", "2015-08", "2016-12", F, IPS, [
                "Drove service customers to work and back in the dealership shuttle",
                "Washed and moved vehicles; kept the service drive clear",
            ]),
        ]),
        ("list", "Skills", ["Refrigerant recovery & charging", "Heat pump diagnostics", "Honeywell & ecobee thermostats",
                            "Sheet metal", "ServiceTitan"]),
        ("text", "Education & Certifications", [
            "HVAC/R Technician Certificate — East Valley Technical Institute, 2015",
            "EPA Section 608 Universal · NATE Core (2022) · OSHA 10"]),
    ]))

# ------------------------------------------------------------------ w002
RESUMES.append(dict(
    id="w002", ext="docx", r="docx", docx=["styles"], hdr="title_org", ds="month", pw="Present", bul="list",
    family="UK (Wales) Gas Safe boiler engineer, Word heading styles, List Bullet duties, right tab-stop dates",
    code="docx, styles/title_org, month / 'Present'",
    name="Gareth Pryce", tag="Gas Safe Registered Heating Engineer (No. 61xxxx)",
    contact=["Llanfenni, Carmarthenshire", "07700 900418", "gpryce.heating@mailbox.co.uk", "Full UK licence"],
    blocks=[
        ("text", "Profile", ["Time-served plumbing and heating engineer with fifteen years on the tools, the last "
                             "nine on boilers. Happy on breakdowns, servicing and commissioning; good with older "
                             "customers and landlords. Own tools, clean van."]),
        ("text", "Tickets", ["ACS: CCN1, CENWAT, CKR1, HTR1 (renewed 2024) · Unvented G3 · Water Regs · "
                             "Worcester & Vaillant accredited installer"]),
        ("jobs", "Employment History", [
            E("Boiler Service Engineer", "Hearthway Heating Services", "Llanfenni", "2020-09", "present", F, OF, [
                "Annual services and breakdown visits in customers' homes, 6–7 jobs a day",
                "Explain faults and give written quotes for repairs or replacement before starting work",
                "Landlord gas safety records (CP12) and advice to tenants on carbon monoxide alarms",
            ]),
            E("Commissioning Engineer", "Thermafort Boilers UK Ltd", "South & West Wales", "2017-04", "2020-08", F, OF, [
                "Manufacturer's field engineer: commissioning new boilers and first-year warranty repairs",
                "Showed homeowners how to use the controls and app once the installer had left",
                "Technical support to installers on site",
            ]),
            E("Plumbing & Heating Improver", "Dyfed Build Ltd", "Carmarthen area", "2012-09", "2017-03", N, None, [
                "First and second fix pipework and underfloor heating on new housing developments",
                "Worked to site programme with the other trades",
            ]),
            E("Apprentice Plumber", "J. Morgan & Son Plumbing", "Llanfenni", "2009-09", "2012-08", F, OF, [
                "Assisted the plumber on bathroom refits, leaks and emergency call-outs in occupied houses",
                "Carried materials, lifted floorboards, cleaned up at the end of each job",
            ], etype="internship"),
        ]),
        ("text", "Education", ["NVQ Level 3 Plumbing and Domestic Heating — Coleg Llanfenni, 2012",
                               "GCSEs (7) incl. Maths and Welsh"]),
        ("text", "Interests", ["Rugby (Llanfenni RFC 2nds), fly fishing."]),
        ("text", "References", ["Available on request."]),
    ]))

# ------------------------------------------------------------------ w003
RESUMES.append(dict(
    id="w003", ext="pdf", r="fpdf", layout="left", hdr="dateline", ds="mm/yyyy", pw="till date", bul="➢",
    family="Indian AC & refrigeration technician, fpdf2 left header, title / company / dates on separate lines",
    code="fpdf2, left/dateline, mm/yyyy / 'till date'",
    name="Ramesh Kumar Yadav", tag="AC & Refrigeration Technician (ITI)",
    contact=["Mobile: +91 98xxx 41276", "Email: rameshyadav.tech@mailbox.in", "Address: Ward 7, Navapur, Dist. Rajgarh"],
    blocks=[
        ("text", "Career Objective", ["To work as a sincere and hard working technician in a reputed company where I "
                                      "can use my skills in AC and refrigeration and grow with the organisation."]),
        ("text", "Technical Qualification", ["ITI – Refrigeration & Air Conditioning Mechanic, Govt. ITI Navapur (2015) – 78%",
                                             "10th – State Board (2013) – 61%"]),
        ("jobs", "Work Experience", [
            E("Service Technician", "CoolBreeze Authorised Service Centre", "Navapur", "2021-07", "present", F, OF, [
                "Attending customer complaint calls at homes and offices for split AC, window AC and refrigerators",
                "Installation and demo of new units, explaining remote functions and warranty to customer",
                "Collecting service charges and customer signature on job card",
            ]),
            E("Bench Technician", "Shree Ganesh Electronics & Repair", "Navapur", "2019-01", "2021-06", A, None, [
                "Repair of PCB, fan motors and compressors of units brought to workshop by field staff",
                "Gas charging, leak testing and vacuuming before dispatch",
            ]),
            E("Apprentice Trainee", "Navbharat Compressors Pvt. Ltd.", "MIDC Khedgaon", "2018-01", "2018-12", N, None, [
                "Assembly line and final testing of hermetic compressors",
                "5S and safety training",
            ], etype="internship"),
            E("Helper", "Sai Refrigeration Works", "Navapur", "2016-05", "2017-10", A, None, [
                "Carried tools and gas cylinder for mechanic on site visits",
                "Cleaning of filters and coils, copper pipe flaring",
            ]),
        ]),
        ("list", "Skills", ["Gas charging (R22, R32, R410A)", "Brazing", "Fault finding with multimeter", "Basic computer (MS Office)"]),
        ("text", "Personal Details", ["Father's Name: Shri Mahendra Yadav", "Date of Birth: 14/03/1997",
                                     "Languages Known: Hindi, Marathi, English", "Marital Status: Married"]),
        ("text", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                                 "Place: Navapur                                        (Ramesh Kumar Yadav)"]),
    ]))

# ------------------------------------------------------------------ w004
RESUMES.append(dict(
    id="w004", ext="txt", r="txt", hdr="title_org", ds="month", pw="Present", sep=" to ", bul="-", txtgap="\n",
    family="Canadian auto technician moving to service advisor, Indeed-style text export, 'Month YYYY to Present'",
    code="txt, indeed/title_org, month / 'Present'",
    name="Danielle Okafor", tag="Service Advisor",
    contact=["Ashdale, ON L9X 2K4", "danielle.okafor@mailbox.ca", "+1 905 555 0143"],
    blocks=[
        ("jobs", "Work Experience", [
            E("Service Advisor", "Northgate Auto Centre", "Ashdale, ON", "2022-05", "present", F, IPS, [
                "Greet customers in the service drive, write up repair orders and explain the technician's findings",
                "Phone customers with estimates and get approvals; follow up after pickup",
                "Handle warranty claims and loaner bookings",
            ]),
            E("Automotive Service Technician (310S Apprentice)", "Ridgeway Tire & Auto", "Ashdale, ON", "2018-09", "2022-04", A, None, [
                "Brakes, suspension, alignments, seasonal tire changeovers",
                "Diagnostics with scan tools; road tests after repairs",
                "Completed Level 2 in-school training at Lakeshore College",
            ]),
            E("Lube Technician", "QuickChange Oil Centre", "Brampton Heights, ON", "2017-03", "2018-08", F, IPS, [
                "Drive-through oil changes; went over the checklist with drivers while they stayed in the car",
                "Recommended wipers, air filters and fluid top-ups",
            ]),
            E("Tire Storage Associate (Seasonal)", "Ridgeway Tire & Auto", "Ashdale, ON", "2016-10", "2016-12", A, None, [
                "Tagged, racked and pulled stored customer tire sets for the changeover rush",
            ]),
        ]),
        ("text", "Education", ["Ontario Secondary School Diploma", "Brampton Heights Secondary School - Brampton Heights, ON",
                               "2012 to 2016"]),
        ("text", "Skills", ["Customer service (4 years)", "Automotive repair (5 years)", "Mitchell 1", "CDK", "Bilingual (English/French)"]),
        ("text", "Certifications and Licenses", ["Driver's License G", "Ontario Motor Vehicle Inspection Station licence (lapsed)"]),
    ]))

# ------------------------------------------------------------------ w005
RESUMES.append(dict(
    id="w005", ext="docx", r="docx", docx=["tabs"], hdr="title_org", ds="mon", pw="Present", bul="list",
    family="Irish electrician, self-employed after factory maintenance, Word tab-stop dates with italic employer line",
    code="docx, tabs/title_org, mon / 'Present'",
    name="Ciarán Walsh", tag="Registered Electrical Contractor · Safe Electric",
    contact=["Kilcarrig, Co. Roscommon", "087 555 2291", "ciaranwalsh.elec@mailbox.ie"],
    blocks=[
        ("jobs", "Work Experience", [
            E("Electrician", "Self-employed", "Kilcarrig & surrounds", "2019-06", "present", F, EF, [
                "Domestic rewires, consumer unit upgrades and EV charger installs",
                "Call out to price jobs, agree scope with the homeowner and keep them updated",
                "Certification, invoicing and SEAI grant paperwork",
            ], etype="freelance"),
            E("Maintenance Electrician", "Corrib Valley Foods Ltd", "Ballymoe Industrial Estate", "2015-03", "2019-05", N, None, [
                "Planned maintenance and breakdowns on packing and chilling lines",
                "PLC fault-finding (Siemens S7), VSDs, motor changes",
                "Rotating shift cover",
            ]),
            E("Electrician (Working Holiday)", "Sparkright Electrical", "Brennan Park, WA, Australia", "2013-10", "2015-01", N, None, [
                "Commercial fit-outs in new office buildings; cable tray, lighting, data",
            ]),
            E("Apprentice Electrician", "T. Ó Dálaigh Electrical Contractors", "Kilcarrig", "2009-09", "2013-09", N, None, [
                "First and second fix on housing estates and a school extension",
                "Containment and cable pulling for the contracts team",
            ], etype="internship"),
        ]),
        ("text", "Qualifications", ["QQI Level 6 Advanced Certificate – Electrical (2013)",
                                    "Safe Pass, Manual Handling, Working at Heights, IPAF 3a/3b"]),
        ("text", "Other", ["Full clean driving licence, own van. Member of Kilcarrig GAA club (coaching U12s)."]),
    ]))

# ------------------------------------------------------------------ w006
RESUMES.append(dict(
    id="w006", ext="pdf", r="rl", layout="sidebar", hdr="title_org", ds="mon", pw="Current", sidecol=(0.93, 0.9, 0.82),
    accent=(0.55, 0.35, 0.05), family="Australian solar installer and former solar salesman, reportlab with shaded left sidebar",
    code="reportlab, sidebar/title_org, mon / 'Current'",
    name="Jaxon Pereira", tag="Solar PV Installer",
    contact=["Tarrawin QLD 4570", "0412 555 837", "jaxon.p@mailbox.com.au"],
    side=[
        ("list", "Licences", ["SAA/CEC accredited – Grid Connect Install", "QLD Electrical Licence", "White Card", "Working at Heights", "C Class licence"]),
        ("list", "Skills", ["Tin & tile roofs", "Fronius / SMA / Enphase", "Battery retrofits", "Site risk assessments"]),
        ("text", "Referees", ["Available on request"]),
    ],
    blocks=[
        ("text", "About me", ["Licensed electrician working in residential solar since 2020. I've sold it and I've "
                              "put it on roofs, so I know what the customer was promised."]),
        ("jobs", "Work History", [
            E("Solar Installer", "BrightRoof Solar", "Tarrawin QLD", "2022-02", "present", F, OF, [
                "Install panels, inverters and batteries on 2–3 homes a week",
                "Handover at the end of the job: walk the homeowner through the monitoring app and shutdown procedure",
                "Pre-install site checks and switchboard upgrades",
            ]),
            E("Solar Sales Consultant", "SunPeak Energy Solutions", "Noosavale QLD", "2020-08", "2022-01", F, SA, [
                "In-home consultations, system sizing and quotes for families and small businesses",
                "Closed $1.4M in sales in FY21; commission based",
            ]),
            E("Roof Plumber", "Coastline Roofing Pty Ltd", "Tarrawin QLD", "2017-05", "2020-07", N, None, [
                "Metal roofing, flashings and guttering on new homes and sheds",
            ]),
            E("Labourer", "Hartley Civil", "Tarrawin QLD", "2016-01", "2017-04", N, None, [
                "Drainage and kerbing crews; traffic control when needed",
            ]),
            E("Trolley Collector", "Tarrawin Plaza Shopping Centre", "Tarrawin QLD", "2014-03", "2015-12", A, None, [
                "Collected trolleys from the car parks and kept the bays clear",
            ]),
        ]),
        ("text", "Education", ["Cert III Electrotechnology Electrician – TAFE Queensland (completed 2020 as mature-age apprentice while selling)"]),
    ]))

# ------------------------------------------------------------------ w007
RESUMES.append(dict(
    id="w007", ext="md", r="md", hdr="title_org", ds="month", pw="Present", mdjh="###", bul="-",
    family="South African fibre installation technician in Markdown, h3 title with employer line, volunteer block",
    code="md, h3/title_org, month / 'Present'",
    name="Thabo Mokoena", tag="Fibre (FTTH) Installation Technician",
    contact=["Rietfontein East, Gauteng", "072 555 3310", "thabo.mokoena@mailbox.co.za", "Code 08 licence"],
    blocks=[
        ("text", "Profile", ["Hands-on technician with 8+ years in telecoms: call centre, fibre network build and now "
                             "home installations. Reliable, own transport."]),
        ("jobs", "Experience", [
            E("Fibre Installation Technician", "Linkstar Fibre (Pty) Ltd", "Rietfontein East", "2021-04", "present", F, OF, [
                "FTTH installs in customers' homes: drop cable, ONT and router set-up",
                "Show customers how to connect devices and change the Wi-Fi password; customer signs off the job",
                "Rework on failed installs within 48 hours",
            ]),
            E("Fibre Splicer", "Ubuntu Network Builders", "Johannesburg East", "2018-07", "2021-03", N, None, [
                "Splicing in manholes, chambers and street cabinets",
                "OTDR testing and as-built records for the project office",
            ]),
            E("Call Centre Agent (Technical Support)", "Rivo Connect", "Midrand", "2016-09", "2018-06", F, CC, [
                "Inbound ADSL and LTE fault calls, line tests and ticket logging",
            ]),
        ]),
        ("jobs", "Community", [
            E("Computer Lab Volunteer", "Thembalethu Community Centre", "Rietfontein", "2015-02", "2016-08", F, VOL, [
                "Helped learners and older people with typing, email and CVs on Saturdays",
                "Set up donated PCs",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education & Training", ["N3 Electrical Engineering — Rietfontein TVET College (2015)",
                                          "Fibre Optic Installer course (NQF 4) — 2018", "Matric — 2013"]),
        ("text", "Languages", ["isiZulu, Sesotho, English, Afrikaans (basic)"]),
    ]))

# ------------------------------------------------------------------ w008
RESUMES.append(dict(
    id="w008", ext="docx", r="docx", docx=["table"], hdr="title_org", ds="mm/yyyy", pw="Present", bul="list",
    family="US field service engineer for imaging equipment, Word with a borderless table per job (title left, dates right)",
    code="docx, table/title_org, mm/yyyy / 'Present'",
    name="Kevin Ashworth", tag="Field Service Engineer — Medical Imaging",
    contact=["Harlan City, OH", "614-555-0199", "k.ashworth@mailbox.net", "linkedin.com/in/kashworth-fse"],
    blocks=[
        ("text", "Professional Summary", ["Field service engineer with 11+ years on electronic and medical equipment. "
                                          "CT, DR and mobile C-arm. Strong troubleshooting, clear communicator with "
                                          "clinical and biomed staff."]),
        ("jobs", "Professional Experience", [
            E("Field Service Engineer II – Imaging", "Meridian Diagnostic Systems", "Harlan City, OH (territory)", "2019-08", "present", F, OF, [
                "Preventive maintenance and corrective repair of CT and X-ray systems at 22 hospital and clinic accounts",
                "Train radiology technologists on software updates and talk through downtime plans with department managers",
                "Maintain 97% PM compliance; FDA and ISO documentation",
            ]),
            E("Biomedical Equipment Technician", "St. Anselm Regional Medical Center", "Harlan City, OH", "2015-06", "2019-07", A, None, [
                "PM and repair of infusion pumps, monitors and defibrillators in the biomed shop",
                "Equipment inventory and records for Joint Commission surveys",
            ]),
            E("Student Technician", "Harlan Community College IT Help Desk", "Harlan City, OH", "2013-09", "2015-05", F, IS, [
                "Fixed lab PCs and reset accounts for students and faculty; walk-in and phone",
            ], section="other"),
            E("Electronics Technician", "Brookfield Avionics Inc.", "Dunmore, OH", "2011-01", "2013-08", N, None, [
                "Bench test and rework of cockpit display boards",
            ]),
        ]),
        ("text", "Education", ["A.A.S. Biomedical Engineering Technology — Harlan Community College, 2015"]),
        ("text", "Certifications", ["CBET (AAMI)", "Manufacturer training: CT 64-slice, DR detectors", "CompTIA A+"]),
    ]))

# ------------------------------------------------------------------ w009
RESUMES.append(dict(
    id="w009", ext="pdf", r="fpdf", layout="centred", hdr="org_title", ds="mm/yyyy", pw="Present", bul="•",
    family="UK locksmith running her own business, fpdf2 centred header, employer line first with dates right, title below",
    code="fpdf2, centred/org_title, mm/yyyy / 'Present'",
    name="Sarah Whitcombe", tag="Master Locksmith (MLA approved)",
    contact=["Harrowby, Leics", "07700 900632", "sarah@mailbox.co.uk"],
    blocks=[
        ("text", "Personal Statement", ["I run a small 24-hour locksmith business and am looking to move into a "
                                        "salaried role with regular hours — ideally security or facilities management. "
                                        "DBS checked."]),
        ("jobs", "Career History", [
            E("Locksmith (Owner)", "Whitcombe Locks & Keys", "Harrowby", "2018-03", "present", F, EF, [
                "Emergency lockouts, uPVC door repairs and lock upgrades for homes, landlords and shops",
                "Quote over the phone and on arrival; manage bookings, card payments and reviews",
                "Subcontract work for two letting agents",
            ], etype="freelance"),
            E("Mobile Locksmith", "KeyForce Ltd", "East Midlands", "2015-06", "2018-02", F, OF, [
                "Attended insurer-referred jobs; non-destructive entry and BS3621 lock fitting after burglaries",
                "Reassured householders and gave security advice",
            ]),
            E("Sales Assistant & Key Cutter", "Quickheel Ltd", "Harrowby", "2012-09", "2015-05", F, IPS, [
                "Key cutting, shoe repairs, engraving and watch batteries at a busy high street counter",
            ]),
            E("Security Systems Fitter", "Guardline Alarms", "Loughfield", "2010-01", "2012-08", N, None, [
                "Wiring intruder alarms and access control in new commercial units before handover",
            ]),
        ]),
        ("text", "Qualifications", ["City & Guilds Locksmithing Level 2 · MLA Certificate · NSI awareness · Full driving licence"]),
        ("text", "Hobbies", ["Lock-sport meets, cold-water swimming, volunteering with the local Scout group."]),
    ]))

# ------------------------------------------------------------------ w010
RESUMES.append(dict(
    id="w010", ext="txt", r="txt", hdr="labelled", ds="mon", pw="Till Date", sep=" to ", bul="*", indent=True,
    labels=("Designation", "Company", "Duration", "Place", "Job Profile"), hcase="upper", rule="=",
    family="Indian electrician with Gulf experience, job-portal text with labelled Designation/Company/Duration blocks",
    code="txt, plain/labelled, mon / 'Till Date'",
    name="MOHAMMED ARIF SHAIKH", tag="Electrician – 9 Years (India & UAE)",
    contact=["Mob: +91 97xxx 20384", "E-mail: arifshaikh.electric@mailbox.in", "Passport No: Z45xxxxx (valid till 2031)"],
    blocks=[
        ("text", "Objective", ["Seeking a suitable position of Electrician in maintenance or MEP company in India or Gulf."]),
        ("text", "Educational Qualification", ["ITI Electrician (NCVT) – 2015", "SSC – 2013"]),
        ("jobs", "Work Experience", [
            E("Site Electrician", "Vardhan Infra Projects Pvt Ltd", "Sonegaon", "2024-08", "present", N, None, [
                "Wiring and conduiting in under-construction residential towers",
                "DB dressing, earthing, supervising 4 helpers",
            ]),
            E("Electrician", "Al Noor Facilities Management LLC", "Al Qusaibah, UAE", "2019-02", "2024-06", F, OF, [
                "Reactive maintenance in residential towers: attending tenant complaints inside apartments",
                "AC isolators, lighting, sockets, water heaters",
                "Filling job cards and getting tenant signature",
            ]),
            E("Wireman (Contract)", "Sonegaon Municipal Council", "Sonegaon", "2016-08", "2018-12", N, None, [
                "Street light maintenance and pole wiring",
            ]),
            E("Apprentice (NAPS)", "Bharat Switchgear Ltd", "Chakan MIDC", "2015-07", "2016-06", N, None, [
                "Assembly and testing of LT panels",
            ], etype="internship"),
        ]),
        ("text", "Personal Profile", ["Date of Birth : 02-09-1996", "Nationality : Indian", "Languages : Urdu, Hindi, Marathi, English, Arabic (basic)"]),
        ("text", "Declaration", ["I hereby declare that all the information given above is true and correct."]),
    ]))

# ------------------------------------------------------------------ w011
RESUMES.append(dict(
    id="w011", ext="docx", r="docx", docx=["header", "typed"], hdr="org_title", ds="mon", pw="Current", bul="-",
    family="US appliance repair technician, name and contact in the Word page header, employer line first, typed dashes",
    code="docx, header/org_title, mon / 'Current'",
    name="Luis Ortega", tag="Appliance Repair Technician",
    contact=["Santa Lucila, TX", "(956) 555-0110", "lortega.repairs@mailbox.us"],
    blocks=[
        ("jobs", "WORK HISTORY", [
            E("Appliance Repair Technician", "HomeFix Appliance Service", "Santa Lucila, TX", "2020-01", "present", F, OF, [
                "In-home repair of washers, dryers, refrigerators and ranges, all major brands",
                "Diagnose, quote and order parts; explain the repair and give maintenance tips to the customer",
                "4.9-star average on 600+ reviews",
            ]),
            E("Parts Counter Associate", "Valley Appliance Parts", "Santa Lucila, TX", "2017-05", "2019-12", F, IPS, [
                "Helped DIY customers and contractors find the right part by model number",
                "Took phone orders and processed returns",
            ]),
            E("Refurbishment Technician", "Second Spin Appliances", "Pharr Springs, TX", "2015-08", "2017-04", A, None, [
                "Refurbished trade-in washers and dryers in the back shop; tested and cleaned units for resale",
                "Loaded delivery trucks",
            ]),
            E("Assembler", "Texcel Controls Manufacturing", "Pharr Springs, TX", "2013-06", "2015-07", N, None, [
                "Assembled and soldered HVAC control boards on the production line",
            ]),
        ]),
        ("text", "SKILLS", ["Bilingual English/Spanish · Sealed system (EPA 608 Type II) · Control board diagnostics · Customer education"]),
        ("text", "EDUCATION", ["Santa Lucila High School — Diploma, 2013", "Appliance Service Certificate, Rio Valley Career College, 2016"]),
    ]))

# ------------------------------------------------------------------ w012
RESUMES.append(dict(
    id="w012", ext="pdf", r="rl", layout="twocol", hdr="title_org", ds="mon", pw="Present", fs=10.5,
    footer="Bronwyn Kelly — Résumé — Page {n} of 2", accent=(0.1, 0.35, 0.2),
    family="Australian pest controller and former meter reader, 2-page reportlab résumé with two-column header and page footer",
    code="reportlab, twocol/title_org, mon / 'Present'",
    name="Bronwyn Kelly", tag="Licensed Pest Management Technician",
    contact=["Wandella NSW 2580", "0427 555 906", "bronwyn.kelly@mailbox.com.au", "Pest Management Licence (current)"],
    blocks=[
        ("text", "Career Objective", ["Experienced pest and termite technician looking for a senior technician or "
                                      "inspector role with a company that values thorough reports and honest advice. "
                                      "Outdoors most of my working life: meter reading, council parks and now pest "
                                      "management."]),
        ("jobs", "Employment History", [
            E("Senior Pest Control Technician", "Safeguard Pest Management", "Wandella NSW", "2019-09", "present", F, OF, [
                "Timber pest inspections and termite treatments at homes and strata buildings",
                "Write pre-purchase inspection reports and explain findings to homeowners and real estate agents",
                "Train and ride along with new technicians",
                "General pest treatments, rodent and possum-proofing",
            ]),
            E("Pest Control Technician", "Bugout Services", "Goulburn Plains NSW", "2017-02", "2019-08", A, None, [
                "Commercial contracts: restaurants, food factories and warehouses, mostly after hours",
                "Bait stations, insect light traps and logbooks kept up to date for clients' food safety audits",
                "Worked through the contract schedule set by the office",
            ]),
            E("Meter Reader", "Meterline Field Services", "Southern Tablelands NSW", "2014-06", "2017-01", A, None, [
                "Walked rounds reading about 450 external electricity and water meters a day on a handheld",
                "Reported damaged meters, access problems and dogs; consistently under 0.5% re-read rate",
            ]),
            E("Parks & Gardens Labourer", "Wandella Shire Council", "Wandella NSW", "2011-03", "2014-05", N, None, [
                "Mowing, edging and irrigation repairs on sports grounds and parks",
            ]),
            E("Retail Assistant (casual)", "Wandella Newsagency", "Wandella NSW", "2009-12", "2011-02", F, IPS, []),
        ]),
        ("page",),
        ("text", "Licences & Tickets", ["NSW EPA Pest Management Licence (Fumigation excluded)",
                                        "AS 3660.2 Termite Management · AS 4349.3 Timber Pest Inspections",
                                        "First Aid (HLTAID011) · C Class driver licence · White Card"]),
        ("text", "Education", ["Certificate III in Urban Pest Management — TAFE NSW, 2017",
                               "Certificate II in Horticulture — 2012", "Wandella High School (Year 12), 2009"]),
        ("text", "Interests", ["Bushwalking, native bees, netball (club umpire)."]),
        ("text", "Referees", ["Dale Hutchins — Operations Manager, Safeguard Pest Management — 0400 555 211",
                              "Mira Stojanovic — Team Leader, Meterline Field Services — 0400 555 378"]),
    ]))

# ------------------------------------------------------------------ w013
RESUMES.append(dict(
    id="w013", ext="html", r="html", hdr="pipe",
    css="body{font-family:Georgia,serif;margin:30px 60px;line-height:1.4}h1{color:#7a1f3d;margin-bottom:0}"
        "h2{color:#7a1f3d;font-size:17px;margin-top:22px}.jh span+span{float:right;font-weight:normal}"
        ".jh{font-weight:bold;margin-top:10px}.tag{font-style:italic;margin-top:2px}", ds="mon", pw="Present", bul="•",
    family="UK smart meter engineer, HTML CV from a website builder, pipe title/employer/town line with dates",
    code="html, plain/pipe, mon / 'Present'",
    name="Daniel Okoro-Brennan", tag="Dual Fuel Smart Metering Engineer",
    contact=["Tamesbury, Kent", "07700 900785", "d.okorobrennan@mailbox.co.uk"],
    blocks=[
        ("text", "About", ["Dual fuel smart meter engineer (MOCOPA, MAMCoP) with a background in telecoms network "
                           "work and retail. Calm on the doorstep and careful with safety."]),
        ("jobs", "Experience", [
            E("Smart Meter Engineer (Dual Fuel)", "Enerlink Metering Services", "Tamesbury", "2021-06", "present", F, OF, [
                "Install and commission smart gas and electricity meters in customers' homes, 5–6 per day",
                "Set up and explain the in-home display; deal with worried or vulnerable customers politely",
                "Gas tightness tests and electrical safety checks; report unsafe situations",
            ]),
            E("Network Field Engineer", "Linecore Networks", "North Kent", "2018-01", "2021-05", N, None, [
                "Fault repair on the copper and fibre network at exchanges, cabinets and poles",
                "Underground cable jointing; no customer appointments",
            ]),
            E("Customer Advisor", "Hammerton DIY", "Tamesbury", "2015-09", "2017-12", F, IPS, [
                "Trade counter, paint mixing and tills; advice on plumbing and electrical aisles",
            ]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer Fixer", "Tamesbury Repair Café", "Tamesbury", "2019-03", "present", F, VOL, [
                "Monthly repair café: fix lamps, toasters and vacuums that residents bring in, and show them how",
            ], section="volunteer", etype="volunteer"),
        ]),
        ("text", "Qualifications", ["EU Skills Level 3 Diploma Smart Metering (Dual Fuel)", "18th Edition Wiring Regulations",
                                    "BTEC Level 3 Electrical Engineering — Tamesbury College"]),
    ]))

# ------------------------------------------------------------------ w014
RESUMES.append(dict(
    id="w014", ext="docx", r="docx", docx=["sidebar"], hdr="dash", dash=" – ", ds="month", pw="Present", bul="list",
    family="South African forklift field technician and fitter, Word two-column layout table with shaded sidebar, 'Title – Employer, Town'",
    code="docx, sidebar/dash, month / 'Present'",
    name="Sipho Ndlovu", tag="Field Service Technician | Fitter & Turner (Red Seal)",
    contact=["Vaalkop, Gauteng", "083 555 7741", "sipho.ndlovu@mailbox.co.za", "Code 10 (C1) licence"],
    side_hex="E2EFD9",
    side=[
        ("list", "Skills", ["Hydraulics & transmissions", "Diesel/LPG/electric forklifts", "Lathe & milling", "Reading drawings"]),
        ("list", "Languages", ["isiZulu", "English", "Afrikaans"]),
        ("text", "Personal", ["ID: available on request", "Health: excellent"]),
    ],
    blocks=[
        ("text", "Profile", ["Qualified Fitter & Turner (Red Seal 2013) with 13 years in plant maintenance and "
                             "mobile equipment. Now servicing hire forklifts at customers' sites."]),
        ("jobs", "Experience", [
            E("Field Service Technician – Forklifts", "Liftmax Equipment Hire", "Vaalkop", "2020-06", "present", F, OF, [
                "Service and repair hire forklifts at customers' warehouses and factories",
                "Report to the client's site manager on arrival, explain downtime and give operator safety talks",
            ]),
            E("Fitter & Turner", "Mzansi Steel Fabricators (Pty) Ltd", "Vaalkop", "2016-01", "2020-05", N, None, [
                "Machining shafts and bushes; maintenance of cranes and press brakes",
            ]),
            E("Maintenance Technician", "Kgotso Beverages", "Roodekraal", "2013-03", "2015-12", N, None, [
                "Breakdowns and planned maintenance on the bottling and palletising lines",
            ]),
            E("Apprentice Fitter and Turner", "Ferrobank Engineering Works", "Vaalkop", "2009-01", "2012-12", N, None, [
                "Four-year apprenticeship through to trade test",
            ], etype="internship"),
        ]),
        ("text", "Education", ["Trade Test: Fitter & Turner (2013)", "N3 Mechanical Engineering — Vaalkop TVET College", "Matric (2008)"]),
        ("text", "References", ["Mr. J. Botha, Workshop Manager, Liftmax — 016 555 0182"]),
    ]))

# ------------------------------------------------------------------ w015
RESUMES.append(dict(
    id="w015", ext="pdf", r="fpdf", layout="sidebar", hdr="datesfirst", ds="iso", pw="present", sep=" – ", dfsep="  |  ",
    bul="-", side_rgb=(225, 235, 245),
    family="Canadian office-equipment field technician, fpdf2 with shaded sidebar, dates first on the title line (YYYY-MM)",
    code="fpdf2, sidebar/datesfirst, iso / 'present'",
    name="Amira Haddad", tag="Field Service Technician – Office Equipment",
    contact=["Riverbend, ON", "613-555-0127", "amira.haddad@mailbox.ca"],
    side=[
        ("list", "Skills", ["MFP copiers & printers", "Network scanning set-up", "Windows 11 / Active Directory basics", "French (professional)"]),
        ("list", "Certifications", ["CompTIA A+", "Manufacturer certified: colour MFPs", "WHMIS"]),
    ],
    blocks=[
        ("text", "Summary", ["Field technician with 5 years on copiers and printers, from depot refurbishing to client "
                             "sites. Known for first-time fixes and patient explanations."]),
        ("jobs", "Experience", [
            E("Field Service Technician – Office Equipment", "Dexterity Imaging Solutions", "Riverbend, ON", "2021-09", "present", F, OF, [
                "Break-fix and preventive maintenance on copiers at law offices, clinics and schools",
                "Set up scan-to-email and show office staff how to use new features",
                "Average 6 calls per day; 92% first-time fix",
            ]),
            E("Depot Repair Technician", "Dexterity Imaging Solutions", "Riverbend, ON", "2019-11", "2021-08", A, None, [
                "Refurbished returned lease machines; pre-delivery set-up and testing",
            ]),
            E("IT Support Technician (Co-op)", "Riverbend District School Board", "Riverbend, ON", "2019-01", "2019-04", F, IS, [
                "Imaged laptops and helped teachers with projectors and logins",
            ], section="other", etype="internship"),
            E("Cashier", "Lakeview Foods", "Riverbend, ON", "2016-06", "2018-12", F, IPS, []),
        ]),
        ("text", "Education", ["Electronics Engineering Technician diploma — Algonquin Ridge College (2019)"]),
    ]))
