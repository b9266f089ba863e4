"""wild94 résumés w016–w030. One dict per résumé renders both the file and its gold line."""
from lib import E

RS = []

# ------------------------------------------------------------------ w016
RS.append(dict(
    id="w016", renderer="md", hdr="orgfirst", dstyle="mon", present="Present", md_row="inline", bullet="-",
    family="Irish medical-device complaints specialist, Markdown with employer heading and several roles beneath",
    name="Aoife Brennan-Walsh", headline="Complaints & Post-Market Surveillance Specialist",
    contact=["Oranmore, Co. Galway", "086 555 7731", "aoife.bw@mailbox.ie"],
    sections=[
        ("Profile", "p", "Seven years with one medical device manufacturer, from the cleanroom floor to the "
         "customer service desk and now complaint investigation and vigilance reporting."),
        ("Employment", "entries", [
            E("Complaints Specialist", "Corrib Medical Devices", "Galway", "2022-05", "present", [
                "Investigate complaint files opened by Customer Service and distributors; request device returns",
                "Trend complaint data monthly and escalate signals to the CAPA board",
                "Assess reportability and prepare MDR / vigilance reports to regulators"], cs="affecting"),
            E("Customer Service Representative", "Corrib Medical Devices", "Galway", "2019-09", "2022-04", [
                "Took orders and queries from hospital purchasing departments by phone and e-mail",
                "Logged product complaints from nurses and theatre managers and arranged replacement stock"],
              cs="facing", kind="contact_center"),
            E("Production Operator", "Corrib Medical Devices", "Galway", "2017-08", "2019-08", [
                "Catheter assembly and packaging in an ISO 7 cleanroom"], cs="none"),
            E("Retail Assistant", "Eyre Square Books", "Galway", "2015-06", "2017-07", [
                "Served customers, ordered in books, ran the children's reading corner on Saturdays"],
              cs="facing", kind="in_person_service"),
        ]),
        ("Volunteering", "entries", [
            E("Course Marshal", "Galway Cycle Festival", "Galway", "2018-06", "2018-08", [
                "Directed riders and spectators and staffed the information tent"],
              cs="facing", kind="volunteering", section="volunteer", etype="volunteer", dtext="Summer 2018"),
        ]),
        ("Education", "list", ["Certificate in Medical Device Regulatory Affairs, Atlantic Technological College (2021)",
                               "BA Arts (English & History), Corrib University (2015)"]),
        ("Other", "p", "Full clean driving licence. Fluent Irish."),
    ]))

# ------------------------------------------------------------------ w017
RS.append(dict(
    id="w017", renderer="docx", layout="styles", hdr="title_org", dstyle="mon", present="Present",
    head_style="Heading 2", head_level=2, docx_bullets="style",
    family="UK bakery QA technologist, Word heading styles and list bullets, tab-stop dates, entries without bullets",
    name="Kirsty Lomax", headline="QA Technologist – Food Manufacturing",
    contact=["Huddersfield HD2", "07700 900 774", "kirsty.lomax@mailbox.co.uk"],
    sections=[
        ("Work History", "entries", [
            E("QA Technologist", "Pennine Bakeries Ltd", "Huddersfield", "2021-08", "present", [
                "Run HACCP verification, glass and foreign-body audits and the label-check programme",
                "Investigate consumer complaints passed on by our retail customers' care lines and write root-cause reports",
                "Prepare the site for BRCGS and retailer audits"], cs="affecting"),
            E("QA Technician", "Pennine Bakeries Ltd", "Huddersfield", "2019-04", "2021-07", [
                "Line checks: weights, metal detection, seal integrity, date codes"], cs="affecting"),
            E("Hygiene Operative (nights)", "Calder Valley Foods", "Brighouse", "2017-10", "2019-03", [], cs="none"),
            E("Kitchen Assistant", "Heathfield Care Home", "Halifax", "2016-03", "2017-09", [
                "Prepared breakfasts and puréed meals, washed up and kept allergen records"], cs="affecting"),
        ]),
        ("Qualifications", "list", ["Level 3 Award in HACCP", "Level 3 Food Safety", "BRCGS Issue 9 Site Auditor course",
                                    "BTEC Applied Science (2016)"]),
        ("Interests", "p", "Baking (obviously), Leeds Rhinos season ticket."),
    ]))

# ------------------------------------------------------------------ w018
RS.append(dict(
    id="w018", renderer="reportlab", layout="twocol", hdr="title_org", dstyle="mm/yyyy", present="Present",
    family="Gulf-based Indian area sales engineer (MEP supplies), reportlab two-column header, mm/yyyy dates",
    name="Faisal Rahman Kutty", headline="Area Sales Engineer – MEP & Industrial Supplies",
    contact=["Al Qusais, Dubai, UAE", "+971 50 555 3948", "faisal.kutty@mailbox.ae", "UAE Driving Licence"],
    sections=[
        ("Professional Summary", "p", "Mechanical engineer with eleven years in the UAE, the last six in field "
         "sales of valves, pumps and fire-fighting equipment to contractors and facility managers."),
        ("Work Experience", "entries", [
            E("Area Sales Engineer", "Al Noor Industrial Supplies LLC", "Dubai", "2020-01", "present", [
                "Visit MEP contractors, consultants and FM companies to present products and win approvals",
                "Manage 45 key accounts; AED 9M annual target achieved 2023–2025",
                "Negotiate prices and payment terms, follow up collections"], cs="facing", kind="sales_account"),
            E("Sales Coordinator", "Al Noor Industrial Supplies LLC", "Dubai", "2017-03", "2019-12", [
                "Prepared quotations against enquiries and followed up POs",
                "Called customers to confirm delivery schedules and resolve order issues"], cs="facing",
              kind="sales_account"),
            E("Site Engineer (MEP)", "Hamdan Contracting Co.", "Sharjah", "2014-05", "2017-02", [
                "Supervised plumbing and HVAC installation crews on residential towers",
                "Checked shop drawings and material submittals; prepared daily progress reports"], cs="none"),
            E("Graduate Engineer Trainee", "Kerala Pump Works", "Kochi, India", "2013-07", "2014-04", [],
              cs="none", etype="internship"),
        ]),
        ("Education", "lines", ["B.Tech Mechanical Engineering – Malabar College of Engineering, 2013"]),
        ("Personal Information", "lines", ["Nationality: Indian", "Visa Status: Employment visa (transferable)",
                                           "Languages: English, Malayalam, Hindi, Arabic (basic)"]),
    ]))

# ------------------------------------------------------------------ w019
RS.append(dict(
    id="w019", renderer="html", hdr="pipe", dstyle="month", present="Current",
    family="US label-printer customer service coordinator, HTML résumé, 'Title | Employer | Town' with dates right",
    name="Tamika L. Brooks", headline="Customer Service Coordinator — Manufacturing",
    contact=["Wyoming, MI", "616-555-0156", "tamika.brooks@mailbox.net"],
    sections=[
        ("Summary", "p", "Six years in a label and packaging plant: three on a press, then order entry, now "
         "customer service for our largest converters."),
        ("Work Experience", "entries", [
            E("Customer Service Coordinator", "Pinecrest Label & Print", "Grand Rapids, MI", "2021-10", "present", [
                "Point of contact for 35 accounts by phone and e-mail: quotes, proofs, ship dates, reprints",
                "Walk buyers through artwork approvals and resolve complaints with production"],
              cs="facing", kind="contact_center"),
            E("Order Entry Clerk", "Pinecrest Label & Print", "Grand Rapids, MI", "2019-06", "2021-09", [
                "Keyed purchase orders received through EDI and the order inbox into the ERP",
                "Checked pricing and artwork numbers against the item master; customer calls went to the CSR team"],
              cs="affecting"),
            E("Flexo Press Operator", "Pinecrest Label & Print", "Grand Rapids, MI", "2015-08", "2019-05", [
                "Set up and ran 10-color flexo presses; color matching and roll inspection"], cs="none"),
            E("Cashier", "Plainfield Pharmacy & Gifts", "Grand Rapids, MI", "2013-04", "2015-07", [],
              cs="facing", kind="in_person_service"),
        ]),
        ("Community", "entries", [
            E("Intake Volunteer", "Godfrey Avenue Food Pantry", "Wyoming, MI", "2022-01", "present", [
                "Check in families on Tuesday evenings and explain what is available that week"],
              cs="facing", kind="volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("Skills", "list", ["Epicor ERP, EDI", "Excel (VLOOKUP, pivots)", "Artwork proofing", "Flexo printing"]),
        ("Education", "list", ["Customer Service Certificate, Grand Valley Community College (2020)", "High school diploma"]),
    ]))

# ------------------------------------------------------------------ w020
RS.append(dict(
    id="w020", renderer="docx", layout="tabs", hdr="org_title", dstyle="iso", present="Present", dsep=" to ",
    head_style=None, docx_bullets="char", bullet="-",
    family="Canadian millwork production supervisor who meets builders and homeowners, Word tab-stop dates, employer line first",
    name="Luc Théberge", headline="Production Supervisor – Custom Millwork",
    contact=["Thunder Bay, ON", "807-555-0163", "luc.theberge@mailbox.ca"],
    sections=[
        ("Experience", "entries", [
            E("Production Supervisor", "Lakehead Millwork Ltd.", "Thunder Bay, ON", "2022-05", "present", [
                "Supervise 14 cabinetmakers and CNC operators on day shift",
                "Meet contractors and homeowners at the shop to review drawings, finishes and samples before orders go to production",
                "Track job costing and delivery dates"], cs="facing", kind="other_facing"),
            E("CNC Operator", "Lakehead Millwork Ltd.", "Thunder Bay, ON", "2019-03", "2022-04", [
                "Ran the nested-based router and edgebander; loaded programs from Cabinet Vision"], cs="none"),
            E("Cabinet Installer", "Northern Kitchens & Bath", "Kenora, ON", "2016-04", "2019-02", [
                "Installed kitchens in clients' homes and cottages; walked homeowners through the deficiency list at the end of each job"],
              cs="facing", kind="other_facing"),
            E("Apprentice Carpenter", "Superior Framing Inc.", "Thunder Bay, ON", "2013-05", "2016-03", [
                "Framing and forming on new-build subdivisions"], cs="none", etype="internship"),
        ]),
        ("Certificates", "list", ["Red Seal – Cabinetmaker (2018)", "WHMIS, Working at Heights", "Bilingual (French / English)"]),
    ]))

# ------------------------------------------------------------------ w021
RS.append(dict(
    id="w021", renderer="fpdf2", layout="left", hdr="dateline", dstyle="year", present="present",
    footer="{name} · Curriculum Vitae · {n}", break_before="Publications and Patents",
    family="UK coatings principal scientist with a long career, 2-page fpdf2 CV with page footer, year-only dates",
    name="Dr Simon Achterberg", headline="Principal Scientist, Industrial Coatings",
    contact=["Dronfield, Derbyshire", "07700 900 135", "s.achterberg@mailbox.co.uk"],
    sections=[
        ("Profile", "p", "Polymer chemist with twenty years in industrial coatings R&D. I lead a formulation team "
         "of six, own the powder-coatings project pipeline and act as the site's expert witness on coating failures. "
         "Comfortable in the lab, in front of the board and with a dictaphone in a failed-coating investigation."),
        ("Career", "entries", [
            E("Principal Scientist", "Hallam Coatings plc", "Sheffield", "2018-01", "present", [
                "Lead a team of six formulators developing low-cure powder coatings",
                "Own the project portfolio and stage-gate reviews; manage a £900k budget",
                "Mentor graduate chemists and supervise two EngD students"], cs="none", prec="year"),
            E("Technical Service Chemist", "Hallam Coatings plc", "Sheffield", "2013-01", "2017-12", [
                "Reproduced field failures reported by customers in the lab and wrote technical reports for the sales team",
                "Ran salt-spray and adhesion testing on customer panels; recommended process changes"],
              cs="affecting", prec="year"),
            E("Research Chemist", "Brennan Paints Ltd", "Chesterfield", "2008-01", "2012-12", [
                "Synthesis of polyester resins for coil coatings; scaled two resins to production"],
              cs="none", prec="year"),
            E("Laboratory Demonstrator", "University of Sheaf Valley", "Sheffield", "2004-01", "2007-12", [
                "Demonstrated first- and second-year organic chemistry practicals while completing my PhD"],
              cs="facing", kind="education", prec="year", section="other", etype="paid"),
        ]),
        ("Education", "list", ["PhD Polymer Chemistry, University of Sheaf Valley (2008)",
                               "MChem Chemistry, 1st class (2004)"]),
        ("Publications and Patents", "list", [
            "Achterberg S., Holt R. 'Low-temperature curing of carboxyl polyesters', Prog. Org. Coat. (2021)",
            "Achterberg S. et al. 'Humidity and filiform corrosion on architectural aluminium', J. Coat. Technol. (2016)",
            "GB patent application 2208811.4 – Powder coating composition (2022)",
            "Conference talks: European Coatings Show (2019, 2023)"]),
        ("Professional Memberships", "list", ["MRSC, Chartered Chemist", "Member, Institute of Materials Finishing"]),
        ("Skills", "p", "DSC, rheology, FTIR, DoE (Design-Expert), project management, technical writing."),
        ("Interests", "p", "Choral singing, hill walking in the Peak District, restoring a 1970s narrowboat."),
        ("Referees", "lines", ["Prof. Ruth Holt, University of Sheaf Valley", "Mr David Yorke, Technical Director, Hallam Coatings plc"]),
    ]))

# ------------------------------------------------------------------ w022
RS.append(dict(
    id="w022", renderer="txt", hdr="inline", dstyle="mm/yyyy", present="Present", bullet="-",
    txt_head="colon", caps_heads=True,
    family="Canadian newcomer (mechanical engineer abroad) in warehouse and delivery work, plain text, one-line entry headers",
    name="Reza Mohammadi", headline="Mechanical Engineer (EIT application in progress)",
    contact=["Mississauga, ON L5B", "647-555-0129", "reza.mohammadi@mailbox.ca"], contact_lines=False,
    sections=[
        ("Canadian Work Experience", "entries", [
            E("Warehouse Associate", "Northline Fulfilment", "Mississauga, ON", "2024-03", "present", [
                "Pick, pack and scan e-commerce orders; 99.8% accuracy",
                "Trained on reach truck; help with cycle counts"], cs="affecting"),
            E("Delivery Driver", "Independent", "Toronto, ON", "2023-09", "2024-02", [
                "Food delivery through two apps; handed orders to customers at the door, handled missing-item complaints"],
              cs="facing", kind="in_person_service", etype="freelance"),
            E("Packaging Line Operator (agency)", "ProLine Staffing", "Brampton, ON", "2023-06", "2023-08", [
                "Fed cartons and palletized finished goods on a cosmetics filling line"], cs="none"),
        ]),
        ("International Work Experience", "entries", [
            E("Mechanical Design Engineer", "Pars Gearbox Manufacturing Co.", "Isfahan, Iran", "2016-04", "2023-06", [
                "Designed industrial gearboxes 5–250 kW in SolidWorks and KISSsoft",
                "Released drawings and BOMs; worked with the machine shop on tolerances"], cs="none"),
            E("Teaching Assistant", "Zayandeh Institute of Technology", "Isfahan, Iran", "2014-09", "2016-02", [
                "Ran tutorials in Strength of Materials for 40 undergraduates and marked assignments"],
              cs="facing", kind="education", section="other"),
        ]),
        ("Education", "lines", ["M.Sc. Mechanical Engineering, Zayandeh Institute of Technology (2016) – WES evaluated",
                                "B.Sc. Mechanical Engineering (2013)"]),
        ("Skills", "lines", ["SolidWorks, KISSsoft, AutoCAD, MATLAB; Languages: English, Persian"]),
    ]))

# ------------------------------------------------------------------ w023
RS.append(dict(
    id="w023", renderer="docx", layout="table", hdr="title_org", dstyle="mon", present="Present",
    head_style="Heading 1", docx_bullets="style",
    family="US medical laboratory scientist and former phlebotomist, Word borderless table per job",
    name="Jasmine Okafor, MLS(ASCP)", headline="Medical Laboratory Scientist",
    contact=["Columbus, OH", "614-555-0172", "jasmine.okafor@mailbox.com"],
    sections=[
        ("Licensure & Certification", "list", ["MLS(ASCP) certified, 2020", "BLS (American Heart Association)"]),
        ("Professional Experience", "entries", [
            E("Medical Laboratory Scientist", "Riverside Regional Hospital", "Columbus, OH", "2020-07", "present", [
                "Perform and verify hematology and coagulation testing on night shift",
                "Call critical values to nurses and physicians; troubleshoot analyzers and run QC"],
              cs="affecting"),
            E("Phlebotomist", "Riverside Regional Hospital", "Columbus, OH", "2017-05", "2020-06", [
                "Drew blood from inpatients and outpatients, including pediatric and difficult draws",
                "Verified patient ID and calmed anxious patients"], cs="facing", kind="healthcare_care"),
            E("Environmental Lab Assistant", "Scioto Water Quality Lab", "Columbus, OH", "2016-01", "2017-04", [
                "Prepared media and ran BOD and coliform tests for discharge permits"], cs="none"),
            E("Pharmacy Cashier", "Olentangy Drug Store", "Worthington, OH", "2014-03", "2015-12", [
                "Rang up prescriptions and front-store items, answered phones"], cs="facing", kind="in_person_service"),
        ]),
        ("Education", "lines", ["B.S. Medical Laboratory Science, Buckeye State University (2020)"]),
    ]))

# ------------------------------------------------------------------ w024
RS.append(dict(
    id="w024", renderer="reportlab", layout="centred", hdr="at", dstyle="mon", present="Present", page="letter",
    family="US medical-device R&D engineer, reportlab centred header, 'Title at Employer' line with right dates",
    name="Kevin Lindqvist", headline="R&D Engineer — Catheters & Delivery Systems",
    contact=["Minneapolis, MN", "612-555-0193", "kevin.lindqvist@mailbox.us"],
    sections=[
        ("Experience", "entries", [
            E("R&D Engineer II", "Cobalt Ridge Medical", "Minneapolis, MN", "2021-07", "present", [
                "Design catheter shafts and handles; own design verification for a new delivery system",
                "Observe procedures in hospital cath labs to capture surgeon feedback on prototypes for the design team",
                "Write test protocols and reports under design controls"], cs="affecting"),
            E("R&D Engineer I", "Cobalt Ridge Medical", "Minneapolis, MN", "2018-08", "2021-06", [
                "Built test fixtures and ran tensile, torque and kink testing"], cs="none"),
            E("Product Development Intern", "Tamarack Orthopedics", "Warsaw, IN", "2017-06", "2017-08", [
                "CAD of instrument trays; tolerance stack-ups"], cs="none", etype="internship", dtext="Summer 2017"),
            E("Peer Tutor", "University Learning Center", "Madison, WI", "2015-09", "2017-05", [
                "Tutored students in statics and calculus, drop-in and by appointment"],
              cs="facing", kind="education", section="other"),
        ]),
        ("Education", "lines", ["B.S. Biomedical Engineering, Badger State University, 2018"]),
        ("Skills", "p", "SolidWorks, Minitab, design controls (ISO 13485), DFMEA, extrusion and braiding, Python"),
    ]))

# ------------------------------------------------------------------ w025
RS.append(dict(
    id="w025", renderer="md", hdr="pipe", dstyle="mon", present="to date", md_row="h3", bullet="*",
    family="UK agency assembly and CNC operative with trade-counter past, Markdown, 'Title | Employer | Town' and dates",
    name="Dean Harrow", headline="Assembly & CNC Operative – available immediately",
    contact=["Hull HU8", "07700 900 412", "dean.harrow@mailbox.co.uk"],
    sections=[
        ("Jobs", "entries", [
            E("Assembly Operative", "Kestrel Leisure Homes", "Hull", "2023-06", "present", [
                "Fit kitchens and bathroom pods on the caravan line to takt time"], cs="none"),
            E("CNC Setter/Operator", "Holderness Precision Ltd", "Hedon", "2020-09", "2023-05", [
                "Set and ran Doosan lathes, first-off checks, 12-hour rotating shifts"], cs="none"),
            E("Forklift Driver", "Humber Cold Logistics", "Hull", "2019-07", "2020-08", [
                "Loaded outbound chilled orders for supermarket depots, checked pallets against the load sheet"],
              cs="affecting"),
            E("Career break", None, None, "2019-01", "2019-06", [
                "Looked after my dad after his operation"], cs="none", etype="unknown"),
            E("Trade Counter Assistant", "Humber Plumbing Supplies", "Hull", "2016-02", "2018-12", [
                "Served plumbers and heating engineers at the counter, quoted and took phone orders",
                "Booked in deliveries and restocked the counter"], cs="facing", kind="in_person_service"),
            E("Kitchen Porter", "The Old Ferry Inn", "Hull", "2015-05", "2016-01", [], cs="affecting"),
        ]),
        ("Tickets", "list", ["Counterbalance and reach FLT (RTITB)", "CSCS card", "Level 2 Engineering Operations"]),
    ]))

# ------------------------------------------------------------------ w026
RS.append(dict(
    id="w026", renderer="docx", layout="header", hdr="orgfirst", dstyle="month", present="Present",
    head_style="Heading 1", docx_bullets="style", footer="References available on request",
    family="Canadian metrology lab supervisor, Word page header with name, employer heading with roles beneath",
    name="Anjali Sandhu", headline="Metrology Lab Supervisor | Calibration | ISO/IEC 17025",
    contact=["Edmonton, AB", "780-555-0148", "anjali.sandhu@mailbox.ca"],
    sections=[
        ("Summary", "p", "Fourteen years in instrumentation and calibration, from gas plants to an accredited "
         "commercial lab."),
        ("Professional Experience", "entries", [
            E("Metrology Lab Supervisor", "Ostrander Calibration Inc.", "Edmonton, AB", "2022-01", "present", [
                "Supervise six technicians in pressure, temperature and electrical calibration",
                "Resolve customer disputes over out-of-tolerance findings by phone and at customer sites",
                "Lead ISO/IEC 17025 assessments and approve certificates"], cs="facing", kind="other_facing"),
            E("Calibration Technician", "Ostrander Calibration Inc.", "Edmonton, AB", "2018-03", "2021-12", [
                "Bench calibration of pressure transmitters, RTDs and multimeters",
                "Uncertainty calculations and certificate prep in the lab system"], cs="affecting"),
            E("Instrument Technician", "Prairie Gas Processing Ltd.", "Fox Creek, AB", "2012-05", "2018-02", [
                "Maintained and calibrated plant instrumentation and analyzers on a 14/7 rotation"], cs="none"),
            E("Electronics Technologist (Co-op)", "Prairie Gas Processing Ltd.", "Fox Creek, AB", "2011-05", "2011-12", [],
              cs="none", etype="internship"),
        ]),
        ("Education", "list", ["Diploma, Instrumentation Engineering Technology, Northern Plains Institute of Technology (2012)",
                               "Journeyperson Instrument Technician (Red Seal)"]),
    ]))

# ------------------------------------------------------------------ w027
RS.append(dict(
    id="w027", renderer="fpdf2", layout="left", hdr="datesfirst", dstyle="m.yyyy", present="now",
    family="Malaysian customer order fulfilment executive (electronics EMS), fpdf2 left header, dates first, m.yyyy dates",
    name="Tan Wei Ling", headline="Customer Order Fulfilment Executive",
    contact=["Bayan Lepas, Penang", "+60 12-555 7316", "weiling.tan@mailbox.my"],
    sections=[
        ("Summary", "p", "Seven years in an EMS factory: stores, planning and now order fulfilment for overseas "
         "customers. Fluent in English, Malay, Mandarin and Hokkien."),
        ("Working Experience", "entries", [
            E("Customer Order Fulfilment Executive", "Tenggara Electronics Sdn Bhd", "Bayan Lepas, Penang", "2022-03", "present", [
                "Dedicated to five overseas OEM accounts; weekly calls with their buyers on order status and pull-ins",
                "Confirm POs, negotiate delivery dates with planning and send shipment notices",
                "Handle customer escalations on late or short shipments"], cs="facing", kind="sales_account"),
            E("Production Planner", "Tenggara Electronics Sdn Bhd", "Bayan Lepas, Penang", "2019-05", "2022-02", [
                "Load SMT and box-build lines from MRP; publish daily build plans"], cs="affecting"),
            E("Store Executive (Raw Materials)", "Perai Plastic Industries", "Perai, Penang", "2017-06", "2019-04", [
                "Receive resin and components from suppliers, manage FIFO and monthly stock take"], cs="none"),
            E("Promoter (part-time)", "Gurney Electrical Fair", "George Town, Penang", "2015-12", "2016-02", [
                "Demonstrated air-fryers and vacuum cleaners to shoppers at the fair booth"],
              cs="facing", kind="in_person_service"),
        ]),
        ("Education", "lines", ["Bachelor of Technology Management, Penang Institute of Technology (2017)"]),
        ("Skills", "list", ["SAP SD / MM", "Excel pivot tables", "Customer portals (Ariba)"]),
    ]))

# ------------------------------------------------------------------ w028
RS.append(dict(
    id="w028", renderer="txt", hdr="labelled", dstyle="mon", present="Till date",
    labels=("Position", "Organisation", "Period"), txt_head="stars", bullet="o",
    family="Indian pharma QC executive and former medical representative, plain text with Position/Organisation/Period blocks",
    name="Mohammed Irfan Qureshi", headline="QC Executive – Pharmaceutical Formulations (HPLC, GC, Dissolution)",
    contact=["Kukatpally, Hyderabad – 500072", "+91 90000 55 128", "irfan.qureshi@mailbox.in"],
    sections=[
        ("Profile Summary", "p", "M.Pharm (Pharmaceutical Analysis) with 8+ years in QC of oral solids, two years "
         "of field work as a medical representative and one year of guest lecturing."),
        ("Work Experience", "entries", [
            E("Executive - Quality Control", "Sarvodaya Lifesciences Ltd.", "Hyderabad", "2020-01", "present", [
                "Release testing of finished products by HPLC and dissolution for US and EU markets",
                "Review of analytical data and OOS investigations"], cs="affecting"),
            E("Officer - QC", "Sarvodaya Lifesciences Ltd.", "Hyderabad", "2017-07", "2019-12", [
                "Raw material and stability testing; instrument calibration"], cs="affecting"),
            E("Medical Representative", "Deccan Healthcare Pvt. Ltd.", "Warangal", "2015-06", "2017-06", [
                "Called on doctors and chemists daily to detail cardiac and diabetic brands",
                "Achieved 112% of secondary sales target in 2016"], cs="facing", kind="sales_account"),
            E("Guest Lecturer", "Kakatiya Hills College of Pharmacy", "Warangal", "2014-07", "2015-05", [
                "Taught Pharmaceutical Analysis practicals to B.Pharm students"], cs="facing", kind="education"),
            E("Summer Trainee - Production", "Jeedimetla Formulations Pvt. Ltd.", "Jeedimetla", "2013-05", "2013-06", [
                "Observed granulation, compression and coating; prepared a project report on tablet defects"],
              cs="none", etype="internship", section="other"),
        ]),
        ("Education", "list", ["M.Pharm (Pharmaceutical Analysis) – 2014", "B.Pharm – 2012"]),
        ("Instruments Handled", "list", ["HPLC (Waters, Shimadzu) with Empower", "GC-HS", "Dissolution, KF, UV"]),
        ("Declaration", "p", "I hereby declare that the above furnished details are true to the best of my knowledge."),
    ]))

# ------------------------------------------------------------------ w029
RS.append(dict(
    id="w029", renderer="docx", layout="sidebar", hdr="dash", dstyle="mon", present="Present",
    side=["Contact Details", "Skills", "Tickets"], head_style=None, docx_bullets="char", bullet="•",
    family="South African cutting-tool sales representative from a CNC background, Word shaded two-column layout table",
    name="Pieter Joubert", headline="Technical Sales Representative",
    contact=["Centurion, Gauteng", "082 555 6610", "pieter.joubert@mailbox.co.za"],
    sections=[
        ("Contact Details", "lines", ["Own transport, Code EB licence", "Afrikaans / English"]),
        ("Skills", "list", ["Cutting-tool selection", "Mastercam, Fanuc", "CRM (HubSpot)", "Customer training"]),
        ("Tickets", "list", ["Trade test: Fitter and Turner (2012)"]),
        ("Career Summary", "entries", [
            E("Technical Sales Representative", "Veldt Tooling (Pty) Ltd", "Pretoria", "2021-02", "present", [
                "Call on 80 machine shops in Pretoria and Rustenburg; run cutting trials at the customer's machine",
                "Quote, follow up orders and handle tool-life complaints"], cs="facing", kind="sales_account"),
            E("CNC Programmer", "Mabula Engineering", "Rosslyn", "2016-03", "2021-01", [
                "Programmed 5-axis parts in Mastercam for mining and automotive jobs"], cs="none"),
            E("CNC Machinist", "Mabula Engineering", "Rosslyn", "2012-09", "2016-02", [], cs="none"),
            E("Apprentice Fitter and Turner", "Koedoe Rail Engineering", "Koedoespoort", "2008-01", "2012-08", [],
              cs="none", etype="internship"),
        ]),
        ("Education", "lines", ["N6 Mechanical Engineering – Magalies North College"]),
    ]))

# ------------------------------------------------------------------ w030
RS.append(dict(
    id="w030", renderer="html", hdr="title_org", dstyle="month", present="Present",
    family="UK school science technician and food-testing lab technician, HTML CV, volunteering as STEM ambassador",
    name="Nadia Kowalczyk", headline="Senior Science Technician",
    contact=["Weybridge, Surrey", "07700 900 287", "nadia.kowalczyk@mailbox.co.uk"],
    sections=[
        ("Personal Statement", "p", "Science technician with a microbiology background, moving from a commercial "
         "food-testing lab into schools in 2021. Organised, safety-minded and good with teenagers."),
        ("Employment", "entries", [
            E("Senior Science Technician", "Elmbridge Academy", "Weybridge", "2021-09", "present", [
                "Prepare practicals for 12 science teachers and manage the chemical store and CLEAPSS records",
                "Run the Year 7 lunchtime science club and help pupils during required practicals",
                "Line-manage two technicians"], cs="facing", kind="education"),
            E("Laboratory Technician", "Greenway Food Testing Ltd", "Guildford", "2017-03", "2021-08", [
                "Microbiological testing of ready meals and salads for retail clients (Listeria, Salmonella, TVC)",
                "Reported results through LIMS to the client services team"], cs="affecting"),
            E("Laboratory Assistant", "Greenway Food Testing Ltd", "Guildford", "2015-10", "2017-02", [
                "Media preparation, autoclaving, glass washing"], cs="none"),
        ]),
        ("Volunteering", "entries", [
            E("STEM Ambassador", "Surrey STEM Network", "Surrey", "2019-01", "present", [
                "Visit primary schools to run hands-on science sessions and careers talks"],
              cs="facing", kind="volunteering", prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", "list", ["BSc (Hons) Microbiology, University of Wessex (2015)"]),
        ("Interests", "p", "Parkrun, bird ringing, sourdough."),
    ]))
