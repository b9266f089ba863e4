"""wild94 résumés w001–w015. One dict per résumé renders both the file and its gold line."""
from lib import E

RS = []

# ------------------------------------------------------------------ w001
RS.append(dict(
    id="w001", renderer="reportlab", layout="plain", hdr="title_org", dstyle="mon", present="Present",
    page="letter",
    family="US customer quality engineer (automotive castings), Word-to-PDF single column, title line with right-aligned dates",
    name="Darnell K. Whitcombe", headline="Quality Engineer | 8D, PPAP, Customer Complaint Resolution",
    contact=["Muncie, IN 47304", "(765) 555-0143", "d.whitcombe@mailbox.us"],
    sections=[
        ("Summary", "p", "Quality engineer with ten years in castings and molded parts. For the last five I have been "
         "the person our OEM customers call when a part fails at their plant: I run the containment, write the 8D "
         "and stand in front of their supplier-quality teams with the data."),
        ("Experience", "entries", [
            E("Customer Quality Engineer", "Halvorsen Precision Castings", "Muncie, IN", "2021-03", "present", [
                "Own customer complaints for three Tier-1 accounts; first contact for their supplier quality engineers by phone and on site",
                "Lead containment and 8D responses, present root cause and corrective actions in customer review meetings",
                "Host customer process audits and run-at-rate visits at our plant",
                "Cut customer PPM from 410 to 95 in two years"], cs="facing", kind="other_facing"),
            E("Quality Engineer", "Halvorsen Precision Castings", "Muncie, IN", "2018-06", "2021-02", [
                "Wrote PFMEAs and control plans for new aluminum housing launches",
                "Ran gauge R&R studies and maintained the internal audit schedule",
                "Submitted PPAP packages through the customer portals"], cs="affecting"),
            E("Quality Technician", "Brookfield Plastics Inc.", "Anderson, IN", "2015-08", "2018-05", [
                "First-article and in-process inspection on CMM and optical comparator",
                "Charted SPC data for molding cells and quarantined suspect lots"], cs="affecting"),
            E("Manufacturing Engineering Intern", "Tri-County Stamping", "Kokomo, IN", "2014-06", "2014-08", [
                "Re-balanced a weld cell and designed two locating fixtures"], cs="none", etype="internship",
              dtext="Summer 2014"),
            E("Crew Member", "Big Top Burgers", "Muncie, IN", "2011-09", "2013-12", [], cs="facing",
              kind="in_person_service"),
        ]),
        ("Education", "lines", ["B.S. Mechanical Engineering Technology, Ridgeview Polytechnic Institute, 2015"]),
        ("Certifications", "list", ["ASQ Certified Quality Engineer (CQE)", "IATF 16949 Internal Auditor", "Six Sigma Green Belt"]),
        ("Skills", "p", "Minitab, 8D / A3, PPAP, APQP, CMM (PC-DMIS), GD&T, SAP QM"),
    ]))

# ------------------------------------------------------------------ w002
RS.append(dict(
    id="w002", renderer="docx", layout="styles", hdr="title_org", dstyle="mon", present="Present",
    family="UK field service engineer for laboratory analysers, Word heading styles, list bullets, right tab-stop dates",
    name="Owain Prothero", headline="Field Service Engineer – Clinical Diagnostics",
    contact=["Reading, Berkshire", "07700 900 318", "owain.prothero@mailbox.co.uk", "Full UK driving licence"],
    sections=[
        ("Profile", "p", "HNC-qualified electronics engineer who installs, maintains and repairs blood analysers in "
         "NHS and private laboratories across the South of England. Used to working alone on customer sites, "
         "training lab staff and keeping a busy lab running while I work."),
        ("Career History", "entries", [
            E("Field Service Engineer", "Corvane Diagnostics UK Ltd", "Reading", "2020-01", "present", [
                "Install, commission and service haematology and chemistry analysers at 40+ hospital laboratories",
                "Train biomedical scientists on new instruments and sign off installations with the lab manager",
                "Attend breakdown calls within 8 hours; agree workarounds with the lab so samples keep moving",
                "Log every visit in ServiceMax and raise quotes for out-of-contract repairs"], cs="facing", kind="other_facing"),
            E("Workshop Repair Technician", "Corvane Diagnostics UK Ltd", "Reading", "2017-09", "2019-12", [
                "Bench repair and test of modules returned from the field",
                "Wrote fault reports feeding the product team's reliability reviews"], cs="affecting"),
            E("Apprentice Electronics Technician", "Sandwell Controls Ltd", "Oldbury", "2013-09", "2017-08", [
                "Wired and tested control panels for water-treatment plants",
                "Completed HNC Electrical & Electronic Engineering on day release"], cs="none", etype="internship"),
            E("Weekend Sales Assistant", "Circuit Point", "West Bromwich", "2012-06", "2014-08", [
                "Advised customers on cables, chargers and hobby electronics; tills and returns"],
              cs="facing", kind="in_person_service"),
        ]),
        ("Education & Training", "list", ["HNC Electrical & Electronic Engineering – Black Country College (2017)",
                                          "Manufacturer training: Corvane HX-5 and CX-9 platforms",
                                          "IPAF, Safe Working in Laboratories"]),
        ("Interests", "p", "Fell running, restoring old valve radios."),
    ]))

# ------------------------------------------------------------------ w003
RS.append(dict(
    id="w003", renderer="fpdf2", layout="left", hdr="org_title", dstyle="mm/yyyy", present="Till date",
    family="Indian R&D polymer chemist, fpdf2 left-aligned header, employer line first with dates right, title below",
    name="Dr. Shalini Raghavendra", headline="Senior Research Chemist – Coatings & Adhesives",
    contact=["Vadodara, Gujarat – 390007", "+91 98250 41 733", "shalini.r@mailbox.in"],
    sections=[
        ("Career Objective", "p", "To lead application-oriented polymer research where laboratory work and the "
         "customer's production line meet."),
        ("Professional Experience", "entries", [
            E("Senior Research Chemist", "Vasudha Specialty Polymers Pvt. Ltd.", "Vadodara", "2019-06", "present", [
                "Develop acrylic emulsions for paper and packaging coatings from lab scale to 5 MT batches",
                "Visit customer plants to troubleshoot coating-line issues with their production and QA teams",
                "Present trial results and recommend grade changes to customers' technical heads",
                "Guide two junior chemists; filed one Indian patent application"], cs="facing", kind="other_facing"),
            E("Research Associate", "Kaveri Agrochem Ltd.", "Ankleshwar", "2015-07", "2019-05", [
                "Route scouting and synthesis of fungicide intermediates",
                "Prepared technology-transfer documents for the pilot plant"], cs="none"),
            E("QC Chemist", "Sunrise Pharma Formulations", "Halol", "2012-08", "2015-06", [
                "HPLC and GC testing of finished tablets; prepared certificates of analysis for batch release"],
              cs="affecting"),
            E("Project Trainee", "Institute of Polymer Science", "Mumbai", "2012-01", "2012-06", [
                "M.Sc. dissertation on RAFT polymerisation of methacrylates"], cs="none", section="other",
              etype="internship"),
        ]),
        ("Academic Qualifications", "list", ["Ph.D. (Polymer Chemistry), Baroda Institute of Science, 2019 – part-time",
                                             "M.Sc. Organic Chemistry, 2012 – 78%", "B.Sc. Chemistry, 2010 – 81%"]),
        ("Personal Details", "lines", ["Date of Birth: 14-02-1989", "Languages: English, Hindi, Gujarati, Kannada",
                                       "Marital Status: Married"]),
        ("Declaration", "p", "I hereby declare that the above information is true to the best of my knowledge."),
    ]))

# ------------------------------------------------------------------ w004
RS.append(dict(
    id="w004", renderer="txt", hdr="title_org", dstyle="iso", present="Present", rowsep="pad", bullet="*",
    txt_head="under", caps_name=True,
    family="US CNC machinist looking for a parts-counter or technical sales job, plain text with underlined headings, ISO dates",
    name="Travis Okonkwo-Reyes", headline="CNC Machinist / Setup — 10+ years in job-shop manufacturing",
    contact=["Toledo, OH 43612", "419-555-0177", "tokreyes@mailbox.net"],
    sections=[
        ("Skills", "list", ["Haas and Mazak 3-axis / 4-axis mills, Okuma lathes", "Blueprint reading, GD&T, micrometers, height gauge",
                            "Fanuc G-code edits at the control", "Forklift certified"]),
        ("Work History", "entries", [
            E("CNC Machinist II", "Redbank Machine Works", "Toledo, OH", "2019-04", "present", [
                "Set up and run 4-axis mills for hydraulic manifold blocks, lots of 5 to 500",
                "First-article inspection and tool offsets; train new operators on the cell"], cs="none"),
            E("Assembler", "Lakeshore Pump Co.", "Sandusky, OH", "2016-09", "2019-03", [
                "Assembled and pressure-tested centrifugal pumps to work order"], cs="none"),
            E("Machine Operator (temp)", "ProStaff Industrial", "Toledo, OH", "2015-11", "2016-08", [], cs="none"),
            E("Parts Counter Sales", "Maumee Valley Auto Parts", "Maumee, OH", "2013-05", "2015-10", [
                "Looked up parts for walk-in customers and body shops, rang sales, handled returns and core charges",
                "Took phone orders from repair shops for the delivery driver"], cs="facing", kind="in_person_service"),
        ]),
        ("Volunteer", "entries", [
            E("Robotics Team Mentor", "Start High School FIRST Robotics", "Toledo, OH", "2021-01", "present", [
                "Teach students to run the manual mill and lathe safely; help build the competition robot"],
              cs="facing", kind="volunteering", prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", ["Machining Technology certificate, Lakeside Community College, 2013", "High school diploma"]),
    ]))

# ------------------------------------------------------------------ w005
RS.append(dict(
    id="w005", renderer="docx", layout="tabs", hdr="title_org", dstyle="month", present="Present",
    head_style=None, docx_bullets="char", bullet="–",
    family="Irish technical sales engineer (valves and pumps), Word tab-stop dates, bold title and italic company line",
    name="Ciarán Moynihan", headline="Technical Sales Engineer – Process Valves & Pumps",
    contact=["Ballincollig, Co. Cork", "087 555 2904", "ciaran.moynihan@mailbox.ie"],
    sections=[
        ("Experience", "entries", [
            E("Technical Sales Engineer", "Feldmark Fluid Systems Ltd", "Cork", "2021-03", "present", [
                "Manage 60 accounts in dairy, brewing and pharma across Munster; €2.4M annual sales",
                "Visit customer sites to survey installations, recommend valves and pumps and present quotations",
                "Run lunch-and-learn sessions for customers' maintenance teams"], cs="facing", kind="sales_account"),
            E("Applications Engineer", "Feldmark Fluid Systems Ltd", "Cork", "2018-05", "2021-02", [
                "Sized valves and pumps from enquiry data passed on by the sales team",
                "Prepared quotation datasheets, GA drawings and material certificates for orders"], cs="affecting"),
            E("Design Engineer", "Lismore Engineering", "Lismore, Co. Waterford", "2015-09", "2018-04", [
                "Designed stainless skids and pipework in SolidWorks; produced fabrication drawings"], cs="none"),
            E("Bar Staff", "The Quay Inn", "Kinsale", "2014-06", "2014-08", [], cs="facing",
              kind="in_person_service", dtext="Summer 2014"),
        ]),
        ("Education", "lines", ["B.Eng. Mechanical Engineering – Southern Technological University (2015), 2.1"]),
        ("Skills", "list", ["SolidWorks, AutoCAD", "Salesforce CRM", "Pump and control-valve sizing", "Full clean driving licence"]),
        ("References", "p", "Available on request."),
    ]))

# ------------------------------------------------------------------ w006
RS.append(dict(
    id="w006", renderer="reportlab", layout="sidebar", hdr="title_org", dstyle="mon", present="Current",
    side=["Skills", "Licences"],
    family="Australian water-testing lab technician, reportlab shaded left sidebar (contact, skills, licences)",
    name="Mei-Lin Tran", headline="Laboratory Technician",
    contact=["Wollongong NSW 2500", "0412 555 806", "meilin.tran@mailbox.com.au"],
    sections=[
        ("Skills", "list", ["Microbiology (E. coli, coliforms)", "pH, turbidity, ICP sample prep", "LIMS data entry",
                            "NATA documentation", "Customer counter"]),
        ("Licences", "list", ["NSW Driver Licence (C)", "First Aid (HLTAID011)"]),
        ("About Me", "p", "BSc (Chemistry) graduate working in a NATA-accredited environmental lab. Reliable, careful "
         "with paperwork and happy to explain results in plain English."),
        ("Employment", "entries", [
            E("Laboratory Technician", "Southcoast Water Testing Pty Ltd", "Wollongong NSW", "2022-02", "present", [
                "Receipt, log and test drinking-water and rainwater-tank samples",
                "Serve walk-in customers at the front counter, sell sample kits and explain what their results mean",
                "Calibrate meters daily and keep QC charts up to date"], cs="facing", kind="in_person_service"),
            E("Pathology Courier (casual)", "Illawarra Specimen Transport", "Wollongong NSW", "2020-07", "2022-01", [
                "Drove a scheduled run collecting specimen boxes from lockboxes at clinics and delivering them to the central lab"],
              cs="affecting"),
            E("Research Assistant (casual)", "Kembla University, School of Chemistry", "Wollongong NSW", "2019-03", "2020-06", [
                "Prepared buffers and ran HPLC samples for a PhD project on microplastics"], cs="none", section="other"),
            E("Checkout Operator", "Harbourside Fresh", "Shellharbour NSW", "2016-11", "2019-02", [
                "Served customers on registers and self-serve, helped at the service desk"], cs="facing",
              kind="in_person_service"),
        ]),
        ("Education", "lines", ["Bachelor of Science (Chemistry), Kembla University, 2020"]),
        ("Referees", "p", "Supplied on request."),
    ]))

# ------------------------------------------------------------------ w007
RS.append(dict(
    id="w007", renderer="md", hdr="title_org", dstyle="apos", present="Now", md_row="inline", bullet="*",
    family="US production supervisor (food packaging), Markdown with bold title lines, apostrophe years, 'Now'",
    name="Renata Szymanski",
    headline="Production Supervisor — Lean, Safety, People",
    contact=["Green Bay, WI", "920-555-0118", "rszymanski@mailbox.org"],
    sections=[
        ("Summary", "p", "Second-shift supervisor in a food packaging plant. I run lines, not meetings: OEE up 11 "
         "points on my shift, zero recordables in 2025."),
        ("Experience", "entries", [
            E("Production Supervisor (2nd shift)", "Northgate Foods Packaging", "Green Bay, WI", "2020-01", "present", [
                "Lead 24 operators and two line leads across four thermoforming lines",
                "Schedule labor, run shift-start huddles, handle attendance and coaching",
                "Own shift KPIs: OEE, scrap, sanitation sign-off"], cs="none"),
            E("Lead Operator", "Northgate Foods Packaging", "Green Bay, WI", "2017-06", "2019-12", [
                "Changeovers, film splicing and first-piece checks; covered for the supervisor"], cs="none"),
            E("Shipping Lead", "Fox River Cold Storage", "De Pere, WI", "2015-03", "2017-05", [
                "Built and checked outbound loads against customer orders; printed BOLs",
                "Kept the dock on schedule for carrier appointments"], cs="affecting"),
            E("Lift Operator", "Pinecone Hills Ski Area", "Wausau, WI", "2014-12", "2015-02", [
                "Loaded skiers onto the chairlift, helped kids and beginners, answered questions at the base"],
              cs="facing", kind="other_facing", dtext="Winter 2014–15"),
            E("Server", "Dockside Supper Club", "Sturgeon Bay, WI", "2012-06", "2014-11", [
                "Took orders, ran food and handled the Friday fish-fry rush"], cs="facing", kind="in_person_service"),
        ]),
        ("Education", "list", ["A.A.S. Supervisory Management, Bayshore Technical College (2019)"]),
        ("Certifications", "list", ["OSHA 30 General Industry", "SQF Practitioner", "Forklift trainer"]),
    ]))

# ------------------------------------------------------------------ w008
RS.append(dict(
    id="w008", renderer="docx", layout="table", hdr="title_org", dstyle="mon", present="Present",
    family="South African customer-order coordinator at a steel mill, Word with a borderless table per job",
    name="Lerato Mahlangu", headline="Customer Order Coordinator",
    contact=["Germiston, Gauteng", "072 555 3190", "lerato.mahlangu@mailbox.co.za"],
    sections=[
        ("Personal Profile", "p", "Organised and calm under pressure. Eight years in steel and engineering, from "
         "the stores window to the order desk."),
        ("Work Experience", "entries", [
            E("Customer Order Coordinator", "Ridgeway Steel Profiles", "Germiston", "2021-03", "present", [
                "Receive orders from contractors and merchants by phone, e-mail and WhatsApp and load them on Syspro",
                "Confirm delivery dates and call customers when a rolling slot moves",
                "Handle queries on invoices, credit notes and short deliveries"], cs="facing", kind="contact_center"),
            E("Production Planner", "Ridgeway Steel Profiles", "Germiston", "2018-02", "2021-02", [
                "Sequenced the roll-forming mill from the open order book to hit promised dates",
                "Issued daily production plans and tracked late orders"], cs="affecting"),
            E("Stores Clerk", "Bokamoso Engineering (Pty) Ltd", "Boksburg", "2015-04", "2018-01", [
                "Issued spares, consumables and PPE to artisans and fitters at the stores window",
                "Captured requisitions and did monthly stock counts"], cs="facing", kind="internal_support"),
            E("Cashier", "Sizwe Supermarkets", "Boksburg", "2013-01", "2015-03", [], cs="facing", kind="in_person_service"),
        ]),
        ("Education", "lines", ["National Diploma: Logistics – Gauteng Technical University (2017)",
                                "Matric – Rietfontein High School (2012)"]),
        ("Computer Skills", "list", ["Syspro", "MS Excel (intermediate)", "Pastel"]),
        ("References", "lines", ["Mr. J. Pretorius – Logistics Manager, Ridgeway Steel Profiles – 011 555 0192"]),
    ]))

# ------------------------------------------------------------------ w009
RS.append(dict(
    id="w009", renderer="fpdf2", layout="centred", hdr="title_org", dstyle="mm/yyyy", present="Present",
    family="UK calibration technician and ex-army mechanic, fpdf2 centred header, title with right dates, employer below",
    name="Gareth Holloway", headline="Calibration Technician (on-site and laboratory)",
    contact=["Coventry CV6", "07700 900 552", "g.holloway@mailbox.co.uk"],
    sections=[
        ("Personal Statement", "p", "Ex-REME vehicle mechanic, now nine years in calibration. UKAS-accredited "
         "dimensional and pressure work, most of it now on customers' shop floors."),
        ("Employment History", "entries", [
            E("Field Calibration Technician", "Meridian Metrology Services", "Coventry", "2019-08", "present", [
                "Calibrate gauges, torque tools and pressure instruments on site at 70 customer factories",
                "Go through out-of-tolerance results with the customer's quality manager before leaving site",
                "Issue certificates and book the next visit with the customer"], cs="facing", kind="other_facing"),
            E("Calibration Technician", "Meridian Metrology Services", "Coventry", "2017-01", "2019-07", [
                "Laboratory calibration of micrometers, verniers, slip gauges and pressure gauges sent in by customers",
                "Uncertainty budgets and certificate preparation"], cs="affecting"),
            E("Test Technician", "Arden Automotive Components", "Leamington Spa", "2013-01", "2016-12", [
                "Ran durability rigs for prototype suspension parts in the R&D test house and wrote test reports"],
              cs="none", prec="year"),
            E("Vehicle Mechanic", "Royal Electrical and Mechanical Engineers (REME)", None, "2008-01", "2012-12", [
                "Maintained and recovered wheeled vehicles in the UK and on operations"],
              cs="none", prec="year", etype="military"),
        ]),
        ("Qualifications", "list", ["HNC Mechanical Engineering (2016)", "NVQ Level 3 Vehicle Maintenance (Army)",
                                    "ISO/IEC 17025 awareness"]),
        ("Hobbies", "p", "Five-a-side football, coaching my son's under-10s team."),
    ]))

# ------------------------------------------------------------------ w010
RS.append(dict(
    id="w010", renderer="html", hdr="title_org", dstyle="mon.", present="now",
    family="US field application scientist (life-science instruments), single-page HTML résumé, title then employer",
    name="Priya Natarajan, Ph.D.", headline="Field Application Scientist — Flow Cytometry & Imaging",
    contact=["Somerville, MA", "617-555-0124", "priya.natarajan@mailbox.us", "linkedin.com/in/pnatarajan-example"],
    sections=[
        ("Professional Experience", "entries", [
            E("Field Application Scientist", "Lumora Bio Instruments", "Boston, MA", "2022-02", "present", [
                "Visit customer labs across New England to install, demo and troubleshoot cytometers",
                "Train new users and core-facility staff; run customer webinars on panel design",
                "Partner with account managers on technical questions during evaluations"], cs="facing", kind="other_facing"),
            E("Postdoctoral Research Fellow", "Westbrook University School of Medicine", "Boston, MA", "2019-01", "2022-01", [
                "Built a 28-color panel to profile T-cell exhaustion; 3 first-author papers"], cs="none"),
            E("Graduate Teaching Assistant", "Westbrook University", "Boston, MA", "2015-09", "2018-05", [
                "Taught weekly lab sections of 20 undergraduates and held office hours"],
              cs="facing", kind="education", section="other"),
            E("Research Technician", "Calder Genomics", "Cambridge, MA", "2013-06", "2015-08", [
                "Library prep and QC for sequencing runs"], cs="none"),
        ]),
        ("Volunteer", "entries", [
            E("Science Outreach Volunteer", "Charles River Discovery Museum", "Cambridge, MA", "2016-01", "2018-12", [
                "Ran hands-on DNA-extraction demos for families on Saturday mornings"],
              cs="facing", kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("Education", "list", ["Ph.D. Immunology, Westbrook University, 2018", "B.S. Biology, Eastbrook College, 2013"]),
        ("Skills", "p", "FlowJo, spectral unmixing, confocal imaging, R, customer training, Salesforce"),
    ]))

# ------------------------------------------------------------------ w011
RS.append(dict(
    id="w011", renderer="docx", layout="sidebar", hdr="title_org", dstyle="mon", present="Present",
    side=["Contact", "Skills", "Languages"], head_style=None, docx_bullets="char", bullet="•",
    family="Philippine semiconductor production operator and QA inspector, Word shaded two-column layout table",
    name="Jerome B. Villanueva", headline="Production / QA Operator",
    contact=["Gen. Trias, Cavite", "0917 555 4412", "jerome.villanueva@mailbox.ph"],
    sections=[
        ("Contact", "lines", ["Birthdate: 03 June 1995", "Civil status: Single"]),
        ("Skills", "list", ["Wire bonding (K&S)", "Visual mechanical inspection", "5S, SPC basics", "MS Office"]),
        ("Languages", "list", ["Filipino", "English"]),
        ("Objective", "p", "To grow as a quality inspector in a semiconductor or electronics company."),
        ("Work Experience", "entries", [
            E("QA Inspector", "Luzon Semicon Assembly Inc.", "Carmona, Cavite", "2022-08", "present", [
                "Outgoing visual inspection of packaged ICs before shipment to customers",
                "Log rejects and hold suspect lots for engineering disposition"], cs="affecting"),
            E("Production Operator", "Luzon Semicon Assembly Inc.", "Carmona, Cavite", "2019-06", "2022-07", [
                "Operated wire-bond machines on 12-hour shifts, met UPH targets",
                "Performed machine buy-off and recorded yields"], cs="none"),
            E("Line Leader", "Silangan Wiring Harness Corp.", "Rosario, Cavite", "2017-04", "2019-05", [
                "Led 15 assemblers; balanced stations and trained new hires"], cs="none"),
            E("Sales Clerk", "Magallanes Appliance Center", "Dasmariñas, Cavite", "2015-05", "2017-03", [
                "Assisted customers choosing appliances, explained installment terms, processed warranties"],
              cs="facing", kind="in_person_service"),
        ]),
        ("Education", "lines", ["Bachelor of Science in Electronics Engineering Technology – Southern Tagalog State College, 2015"]),
        ("Character References", "lines", ["Engr. Rowena Castillo – QA Supervisor, 0918 555 7702"]),
    ]))

# ------------------------------------------------------------------ w012
RS.append(dict(
    id="w012", renderer="reportlab", layout="twocol", hdr="dash", dstyle="month", present="Present", serif=True,
    footer="{name} – CV – page {n}", break_before="Earlier Career",
    family="UK supply-chain planner with a long career, 2-page reportlab CV with two-column header and page footer",
    name="Helen Ashworth-Kaye", headline="Supply Chain Planner (MCIPS)",
    contact=["Keynsham, Bristol BS31", "07700 900 861", "helen.ak@mailbox.co.uk"],
    sections=[
        ("Profile", "p", "Planner with seventeen years across warehousing, freight and FMCG supply chains. I like "
         "numbers that turn into lorries turning up on time: demand planning, S&OP, and the conversations with "
         "customers' supply teams that make a forecast worth having. Comfortable with SAP APO, Excel modelling and "
         "running a weekly S&OP pack for the board."),
        ("Key Skills", "list", ["Demand and supply planning, S&OP", "SAP APO / IBP, Power BI, advanced Excel",
                                "Collaborative forecasting (CPFR) with retail customers", "Supplier scheduling and MRP",
                                "Stakeholder management"]),
        ("Career History", "entries", [
            E("Supply Chain Planner", "Ashcombe Beverages Ltd", "Bristol", "2020-04", "present", [
                "Own the 18-month demand plan for 140 SKUs of soft drinks and mixers",
                "Run weekly collaborative forecasting calls with the supply teams of our two largest supermarket customers",
                "Agree promotional volumes and recovery plans with customers when a line goes short",
                "Present the monthly S&OP pack to the leadership team"], cs="facing", kind="sales_account"),
            E("Materials Planner", "Ashcombe Beverages Ltd", "Bristol", "2016-02", "2020-03", [
                "MRP for cans, bottles, sugar and concentrates; placed schedules with suppliers",
                "Cut raw-material stock by £1.1M while keeping line stoppages under 1%"], cs="none"),
            E("Logistics Coordinator", "Fenwick Freight Services", "Avonmouth", "2012-05", "2016-01", [
                "Booked hauliers and tracked pallet deliveries for 25 shipper accounts",
                "Answered customers' delivery queries by phone and e-mail and logged claims for damages"],
              cs="facing", kind="contact_center"),
        ]),
        ("Earlier Career", "entries", [
            E("Warehouse Operative", "Severnside Distribution", "Avonmouth", "2009-08", "2012-04", [
                "Picked and packed store orders on RF scanners; loaded trailers"], cs="affecting"),
            E("Saturday Sales Assistant", "Brackley Garden Centre", "Keynsham", "2007-09", "2009-07", [
                "Tills, watering, helping customers load compost into cars"], cs="facing", kind="in_person_service"),
        ]),
        ("Education and Professional Development", "list", [
            "MCIPS – Chartered Institute of Procurement & Supply (2019)",
            "BA (Hons) Business Management, Avon Valley University (part-time, 2015)",
            "APICS CPIM Part 1 (2022)", "A-levels: Maths B, Geography B, Economics C"]),
        ("Interests", "p", "Sea swimming, allotment, volunteer treasurer of a junior netball club."),
        ("References", "p", "Available on request."),
    ]))

# ------------------------------------------------------------------ w013
RS.append(dict(
    id="w013", renderer="txt", hdr="labelled", dstyle="mon", present="till date", labels=("Designation", "Company", "Duration"),
    txt_head="equals", caps_heads=True, bullet="->", dsep=" to ",
    family="Indian auto-components quality engineer (customer complaints), job-portal style text, labelled Designation/Company/Duration blocks",
    name="Amol Vitthal Deshpande",
    headline="Quality Engineer (CQA) – 8+ years – Automotive Sheet Metal & Machining",
    contact=["Chakan, Pune – 410501", "Mob: +91 99220 55 417", "Email: amol.deshpande@mailbox.in"],
    sections=[
        ("Career Objective", "p", "Seeking a challenging position in customer quality assurance where I can use "
         "my experience of OEM complaint handling."),
        ("Professional Experience", "entries", [
            E("Quality Engineer - Customer Quality Assurance", "Shreeji Auto Components Pvt. Ltd.", "Chakan, Pune",
              "2021-04", "present", [
                "Handling customer complaints from OEMs (passenger vehicle and tractor plants)",
                "Visiting customer plants for containment, sorting and joint analysis with customer SQE",
                "Preparing 8D, 5-Why and submitting to customer portal within timeline",
                "Customer audit (process & product) coordination"], cs="facing", kind="other_facing"),
            E("Production Engineer", "Shreeji Auto Components Pvt. Ltd.", "Chakan, Pune", "2018-02", "2021-03", [
                "Shift in-charge for press shop, 12 lines",
                "Manpower handling, production planning vs. achievement, OEE"], cs="none"),
            E("Graduate Apprentice Trainee", "Deccan Forgings Ltd.", "Satara", "2017-01", "2018-01", [
                "Trained in machine shop, heat treatment and final inspection"], cs="none", etype="internship"),
            E("Tele-caller (part time)", "Gurukul Career Academy", "Satara", "2015-06", "2016-12", [
                "Calling students and parents for admission enquiries and follow-up during diploma"],
              cs="facing", kind="contact_center"),
        ]),
        ("Educational Qualification", "list", ["B.E. (Mechanical) – Krishna Valley University – 2016 – First Class",
                                               "Diploma in Mechanical Engineering – State Board of Technical Education – 2013 – 74%",
                                               "S.S.C. – 2010 – 82%"]),
        ("Software Known", "list", ["MS Office", "SAP QM (basic)", "Minitab"]),
        ("Personal Details", "lines", ["Father's Name: Vitthal Deshpande", "Date of Birth: 11/09/1994",
                                       "Languages Known: Marathi, Hindi, English"]),
        ("Declaration", "p", "I hereby declare that all the information given above is true and correct."),
    ]))

# ------------------------------------------------------------------ w014
RS.append(dict(
    id="w014", renderer="docx", layout="header", hdr="title_org", dstyle="mm/yyyy", present="Present",
    head_style="Heading 1", docx_bullets="style",
    family="US packaging-machinery field service engineer and Navy veteran, name and contact in the Word page header",
    name="Marcus T. Delacroix", headline="Field Service Engineer — Packaging Automation",
    contact=["Charlotte, NC", "704-555-0189", "mtdelacroix@mailbox.com"],
    sections=[
        ("Experience", "entries", [
            E("Field Service Engineer", "Kessler Packaging Systems", "Charlotte, NC", "2021-06", "present", [
                "Install and commission case packers and palletizers at customer plants (70% travel)",
                "Train customer operators and maintenance techs at start-up; hand over with the plant manager",
                "Respond to breakdown calls on site and write service reports for the customer"],
              cs="facing", kind="other_facing"),
            E("Technical Support Engineer", "Kessler Packaging Systems", "Charlotte, NC", "2019-03", "2021-05", [
                "Took calls from customers' maintenance teams on the 24/7 support line and talked them through faults",
                "Connected remotely to PLCs to diagnose alarms; shipped spare parts"],
              cs="facing", kind="contact_center"),
            E("Maintenance Technician", "Dunmore Bottling Co.", "Gastonia, NC", "2015-08", "2019-02", [
                "Preventive maintenance and breakdown repair on fillers, cappers and labelers",
                "Rebuilt gearboxes and replaced servo drives"], cs="none"),
            E("Machinist's Mate Second Class", "U.S. Navy", None, "2011-07", "2015-07", [
                "Operated and maintained propulsion auxiliaries aboard a guided-missile destroyer"],
              cs="none", etype="military"),
        ]),
        ("Education", "list", ["A.A.S. Mechatronics, Piedmont Ridge Community College (2017)"]),
        ("Technical Skills", "p", "Allen-Bradley ControlLogix, Siemens S7, servo tuning, pneumatics, hydraulics, vision systems"),
    ]))

# ------------------------------------------------------------------ w015
RS.append(dict(
    id="w015", renderer="fpdf2", layout="sidebar", hdr="dateline", dstyle="mon", present="Current",
    side=["Skills", "Education"],
    family="Australian contract-lab client services chemist, fpdf2 shaded left sidebar, title, employer and dates on separate lines",
    name="Bronwyn Keating", headline="Client Services Chemist",
    contact=["Bassendean WA 6054", "0438 555 217", "b.keating@mailbox.com.au"],
    sections=[
        ("Skills", "list", ["ICP-OES / ICP-MS", "Fire assay", "Method validation", "Quoting and client reporting",
                            "LIMS (LabWare)"]),
        ("Education", "lines", ["BSc Chemistry", "Swan River University, 2015"]),
        ("Experience", "entries", [
            E("Client Services Chemist", "Tasman Analytical Laboratories", "Perth WA", "2023-01", "present", [
                "Main contact for 30 mining and exploration clients: quotes, turnaround and results queries",
                "Explain QC failures and re-assay options to clients' geologists by phone and on site visits",
                "Grow accounts; brought in two new exploration companies in 2025"], cs="facing", kind="sales_account"),
            E("Analytical Chemist", "Tasman Analytical Laboratories", "Perth WA", "2019-03", "2022-12", [
                "ICP-MS analysis of ore and water samples for client projects",
                "Validated a new four-acid digest method; wrote the SOP"], cs="affecting"),
            E("Laboratory Technician", "Goldfields Assay Services", "Kalgoorlie WA", "2016-02", "2019-02", [
                "Sample prep, crushing and pulverising, fire assay fusions on a FIFO roster"], cs="affecting"),
            E("Barista", "Little Bean Espresso", "Bentley WA", "2013-03", "2015-12", [], cs="facing",
              kind="in_person_service"),
        ]),
        ("Referees", "p", "Available on request."),
    ]))
