from lib import E

R = []

# y021 — Australian CV TXT with referees, "2018 to 2020"
R.append(dict(
    file="y021.txt", family="txt_australian_referees", style="txt",
    header=["Resume", "", "Liam O'Halloran", "Townsville QLD 4810  |  0412 555 016  |  liam.oh@example.com",
            "Full Australian driver's licence (HR), White Card, RSA"],
    opts=dict(heading="plain", tpl=["{title} | {org} | {loc}", "{d}"], bullet="• ", width=78),
    sections=[
        ("Career Summary", "text", "Hands-on worker with construction, hospitality and farm experience; "
         "comfortable with early starts and remote work."),
        ("Employment History", "entries", [
            E("Construction Labourer", "Coral Coast Civil Pty Ltd", "Townsville", "2020 to current",
              "2020", "present", "year", "none", None,
              ["Setting out, formwork and concrete pours on civil sites", "Operating plate compactors and traffic control"]),
            E("Bar Attendant", "The Strand Hotel", "Townsville", "2018 to 2020",
              "2018", "2020", "year", "facing", "in_person_service",
              ["Served drinks and took food orders at the bar on busy weekend shifts",
               "Checked ID and applied RSA responsibly with patrons"]),
            E("Farm Hand", "Bluegum Downs Station", "Charters Towers", "Feb 2017 to Nov 2017",
              "2017-02", "2017-11", "month", "none", None,
              ["Mustering, fencing and water runs on a 40,000 ha cattle station"]),
        ]),
        ("Tickets & Licences", "list", ["White Card (2019)", "RSA (2018)", "Traffic Control (2021)", "HR Licence (2022)"]),
        ("Education", "lines", ["Year 12 — Kirwan Ridge State High School, 2016"]),
        ("Referees", "lines", ["Shane Pollard — Site Supervisor, Coral Coast Civil — 0423 555 019",
                               "Kylie Tran — Venue Manager, The Strand Hotel — 0434 555 017"]),
    ]))

# y022 — researcher, LaTeX-like, organisation first then italic title + dates
R.append(dict(
    file="y022.pdf", family="pdf_latex_org_first", style="pdf_latex",
    name="Dr. Sofia Marchetti-Lang", contact=["Edinburgh, UK", "+44 131 555 0129", "s.marchetti@example.com"],
    opts=dict(org_first=True, upper=False),
    sections=[
        ("Research Positions", "entries", [
            E("Postdoctoral Research Fellow", "Institute for Coastal Ecology, Firth University", "Edinburgh, UK",
              "Oct 2023 – present", "2023-10", "present", "month", "none", None,
              ["Model seagrass carbon storage using remote-sensing data",
               "Lead author on 3 papers; co-investigator on a £240k grant"]),
            E("Doctoral Researcher", "Department of Marine Biology, Utrechtse Hogeschool (fictional)", "Utrecht, NL",
              "Sep 2019 – Sep 2023", "2019-09", "2023-09", "month", "none", None,
              ["PhD thesis on nutrient cycling in estuaries; fieldwork in the Wadden Sea"]),
            E("Graduate Teaching Assistant", "Department of Marine Biology, Utrechtse Hogeschool (fictional)", "Utrecht, NL",
              "Sep 2020 – Jun 2022", "2020-09", "2022-06", "month", "facing", "education",
              ["Led weekly lab practicals and marked reports for 60 first-year students",
               "Held office hours for students struggling with statistics"]),
            E("Laboratory Technician", "NordAqua Testing Ltd", "Aberdeen, UK", "2017 – 2019",
              "2017", "2019", "year", "affecting", None,
              ["Ran water-quality analyses for municipal clients' compliance reports",
               "Calibrated and maintained ICP-MS equipment"]),
        ]),
        ("Education", "lines", ["PhD Marine Biology, Utrechtse Hogeschool (fictional), 2019 – 2023",
                                "MSc Environmental Science, Firth University, 2016 – 2017"]),
        ("Selected Publications", "list", ["Marchetti-Lang S., et al. (2025). Seagrass carbon under heatwaves. J. Coastal Ecol. 12:44–59."]),
        ("Grants and Awards", "list", ["Early Career Grant, 2024", "Best Student Poster, 2021"]),
    ]))

# y023 — Dutch CV in English, DOCX table left column with grid, org first
R.append(dict(
    file="y023.docx", family="docx_dutch_grid_org_first", style="docx_table_left",
    name="Sanne van der Meulen", contact=["Utrecht, the Netherlands · +31 6 5550 0121 · sanne.vdmeulen@example.com"],
    opts=dict(grid=True, org_first=True, widths=(3.8, 12.7), hstyle="Heading 2"),
    sections=[
        ("Profile", "text", "Customer support specialist and part-time bookkeeper, fluent in Dutch, English and German."),
        ("Work experience", "entries", [
            E("Customer Support Specialist", "Fietsfabriek Online B.V.", "Utrecht", "2021 – heden (present)",
              "2021", "present", "year", "facing", "digital_service",
              ["Answer customer questions by e-mail, chat and WhatsApp about orders and repairs",
               "Handle returns and warranty claims in Zendesk"]),
            E("Bookkeeper (part-time)", "Administratiekantoor De Linde", "Amersfoort", "2018 – 2021",
              "2018", "2021", "year", "none", None,
              ["Processed purchase invoices and prepared VAT returns in Exact Online"]),
        ]),
        ("Volunteer work", "entries", [
            E("Youth Hockey Trainer", "MHC De Uithof (club)", "Utrecht", "2016 – present",
              "2016", "present", "year", "facing", "volunteering",
              ["Train a team of under-12 players twice a week and talk with parents on match days"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", ["2014 – 2018  HBO Bachelor Business Administration, Hogeschool Domstad (fictional)"]),
        ("Languages", "list", ["Dutch – native", "English – fluent", "German – good"]),
    ]))

# y024 — manufacturing, fpdf2 two columns (left narrow)
R.append(dict(
    file="y024.pdf", family="fpdf_two_column_left_narrow", style="fpdf_twocol",
    name="Dmitri Volkov", contact=["Dayton, OH", "937-555-0188", "dvolkov@example.com"],
    opts=dict(left_w=58, side_sections=("Skills", "Certifications", "Education")),
    sections=[
        ("Skills", "list", ["CNC setup", "Blueprint reading", "SPC", "Lean / 5S", "Forklift"]),
        ("Certifications", "list", ["Six Sigma Yellow Belt (2020)", "NIMS Machining Level I (2016)"]),
        ("Education", "list", ["Sinclair Valley Technical College – Machining Certificate, 2015–2016"]),
        ("Employment", "entries", [
            E("Production Shift Supervisor", "Miami Valley Precision Parts", "Dayton, OH", "2021 – Present",
              "2021", "present", "year", "none", None,
              ["Supervise 18 machinists on second shift", "Schedule jobs and track scrap and downtime"]),
            E("Quality Inspector", "Miami Valley Precision Parts", "Dayton, OH", "2018 – 2021",
              "2018", "2021", "year", "affecting", None,
              ["Inspected finished parts with CMM before shipment to automotive customers",
               "Wrote non-conformance reports"]),
            E("CNC Machine Operator", "Gem City Tool & Die", "Kettering, OH", "2016 – 2018",
              "2016", "2018", "year", "none", None,
              ["Ran Haas mills and lathes", "Changed tooling and checked first-piece dimensions"]),
        ]),
    ]))

# y025 — Pakistani CV TXT, company first then designation, short bios per job
R.append(dict(
    file="y025.txt", family="txt_pakistani_company_first_bios", style="txt",
    header=["MUHAMMAD USMAN TARIQ", "House 22, Street 9, Gulberg III, Lahore", "Cell: +92 300 555 0114   Email: usman.tariq@example.com",
            "", "OBJECTIVE", "To secure a challenging position in the telecom sector where I can utilize my technical and "
            "customer handling skills.", ""],
    opts=dict(heading="upper", group=True, group_tpl=["{orgloc}"], tpl=["Designation: {title} ({d})"],
              prose=True, width=82),
    sections=[
        ("Professional Experience", "entries", [
            E("Senior Customer Service Officer", "Indus Telecom Franchise (Pvt) Ltd", "Lahore", "Jul 2022 - Present",
              "2022-07", "present", "month", "facing", "in_person_service",
              ["Managing the franchise front counter: SIM issuance with biometric verification, bill payments and "
               "complaint handling for walk-in customers. Supervising three CSOs on shift."]),
            E("Customer Service Officer", "Indus Telecom Franchise (Pvt) Ltd", "Lahore", "Sep 2020 - Jun 2022",
              "2020-09", "2022-06", "month", "facing", "in_person_service",
              ["Served walk-in customers for new connections, package changes and device issues."]),
            E("Field Engineer (FTTH)", "Ravi Networks", "Lahore", "Jan 2019 - Aug 2020",
              "2019-01", "2020-08", "month", "facing", "other_facing",
              ["Installed fibre connections at customers' homes, configured routers and explained the service "
               "to subscribers at handover."]),
            E("Internee", "Punjab Power Distribution Co. (fictional)", "Lahore", "Jun 2018 - Aug 2018",
              "2018-06", "2018-08", "month", "none", None,
              ["Six-week internship in the grid station maintenance section; prepared equipment inspection logs."],
              etype="internship"),
        ]),
        ("Education", "lines", ["B.Sc. Electrical Engineering   Lahore Institute of Engineering (fictional)   2014-2018   CGPA 3.1",
                                "F.Sc. (Pre-Engineering)        Government College Lahore                   2012-2014"]),
        ("Computer Skills", "list", ["MS Office", "AutoCAD", "CRM (Siebel)"]),
        ("Personal Information", "lines", ["Father Name:    Tariq Mehmood", "CNIC:           35202-0000000-0",
                                           "Date of Birth:  15 March 1996", "Domicile:       Lahore"]),
        ("Reference", "text", "Will be furnished on demand."),
    ]))

# y026 — French-style CV, DOCX tab stops, season dates
R.append(dict(
    file="y026.docx", family="docx_tabstops_french_cv", style="docx_tabstops",
    name="Camille Rousseau-Diallo", contact=["Lyon, France · +33 6 55 50 01 27 · camille.rd@example.com",
                                             "Permis B · 27 ans"],
    opts=dict(center=False),
    sections=[
        ("Professional Experience", "entries", [
            E("Sales Advisor", "Maison Vérane (ready-to-wear boutique)", "Lyon", "Since Sept. 2022",
              "2022-09", "present", "month", "facing", "in_person_service",
              ["Welcome and advise customers, manage fitting rooms and checkout",
               "Build a client book and organise private sales evenings"]),
            E("Logistics Assistant", "TransRhône Logistique SAS", "Vénissieux", "1 Sept 2020 – 31 Aug 2022",
              "2020-09", "2022-08", "month", "affecting", None,
              ["Prepared shipping documents and tracked deliveries to store customers",
               "Updated stock levels in the WMS"]),
            E("Seasonal Grape Picker", "Domaine des Coteaux Rouges", "Beaujolais", "Autumn 2019",
              "2019-09", "2019-09", "season", "none", None,
              ["Harvest season work in the vineyard"], etype="unknown"),
        ]),
        ("Education", "lines", ["2017 – 2020  Licence (Bachelor) in Management – Université Lumière Confluence (fictional)",
                                "2017  Baccalauréat ES"]),
        ("Languages", "list", ["French – mother tongue", "English – fluent (TOEIC 905, 2021)", "Wolof – conversational"]),
        ("Interests", "list", ["Contemporary dance", "Second-hand fashion", "Volunteering at a language café"]),
    ]))

# y027 — healthcare, Canva-like two columns
R.append(dict(
    file="y027.pdf", family="pdf_canva_two_column", style="pdf_canva",
    name="Grace Adeyemi-Holt", headline="Healthcare Support Worker",
    contact=["Bristol", "07700 555 0156", "grace.ah@example.com"],
    opts=dict(cols=(170, ("Skills", "Certificates", "Education")), accent="#2A9D8F", band="#E9F5F2"),
    sections=[
        ("Skills", "list", ["Personal care", "Dementia care", "Medication rounds", "EMIS & SystmOne"]),
        ("Certificates", "list", ["Care Certificate (2019)", "Level 3 Diploma in Health & Social Care (2021)",
                                  "Basic Life Support – Jan 2026"]),
        ("Education", "lines", ["Filton Green College", "2016 - 2018"]),
        ("Employment History", "entries", [
            E("Senior Care Assistant", "Willowmead Care Home", "Bristol", "Jan. 2021 – to date",
              "2021-01", "present", "month", "facing", "healthcare_care",
              ["Lead a team of 5 carers on day shifts", "Support residents with personal care and medication",
               "Keep families updated on residents' wellbeing"]),
            E("Pharmacy Counter Assistant", "Harbourside Pharmacy", "Bristol", "Mar. 2019 – Dec. 2020",
              "2019-03", "2020-12", "month", "facing", "healthcare_care",
              ["Served customers at the counter and advised on over-the-counter medicines",
               "Handed out prescriptions and checked patient details"]),
            E("Medical Records Clerk", "Southmead Road Surgery", "Bristol", "Jul. 2018 – Feb. 2019",
              "2018-07", "2019-02", "month", "affecting", None,
              ["Scanned and coded incoming letters into patient records", "Prepared notes for clinics"]),
        ]),
    ]))

# y028 — IT support TXT, ISO-ish dates, Positions Held
R.append(dict(
    file="y028.txt", family="txt_iso_dates_first", style="txt",
    header=["Ravi Chandrasekhar | IT Support & Systems", "Toronto, ON | 416-555-0197 | ravi.c@example.com", ""],
    opts=dict(heading="upper", tpl=["{d}  {title}, {org} ({loc})"], bullet="  - ", width=80,
              blank_after_heading=False),
    sections=[
        ("Positions Held", "entries", [
            E("Systems Administrator", "Lakeshore Dental Group", "Toronto, ON", "2023-04 – now",
              "2023-04", "present", "month", "none", None,
              ["Maintain Windows servers, backups and Microsoft 365 tenant",
               "Automated patching with PowerShell"]),
            E("IT Support Technician", "Lakeshore Dental Group", "Toronto, ON", "2020-09 – 2023-03",
              "2020-09", "present" if False else "2023-03", "month", "facing", "internal_support",
              ["First point of contact for 180 staff across 12 clinics by phone and in person",
               "Set up laptops and trained staff on the new practice software"]),
            E("Service Desk Analyst (contract)", "Northbay Managed IT", "Mississauga, ON", "2019-01 – 2020-06",
              "2019-01", "2020-06", "month", "facing", "contact_center",
              ["Answered client calls and tickets for password resets and printer issues"], etype="paid"),
        ]),
        ("Community Service", "entries", [
            E("Volunteer Digital Skills Tutor", "Parkdale Public Library (branch programme)", "Toronto, ON", "2021 – 2024",
              "2021", "2024", "year", "facing", "volunteering",
              ["Helped seniors learn to use smartphones and email in weekly drop-in sessions"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Certifications", "list", ["CompTIA A+ (2019-05)", "Microsoft 365 Administrator Associate (2023-11)"]),
        ("Education", "lines", ["2016 – 2018  Diploma, Computer Systems Technician – Humber Lakes College (fictional)"]),
    ]))

# y029 — veteran, timeline variant with military + security
R.append(dict(
    file="y029.pdf", family="pdf_timeline_military", style="pdf_timeline",
    name="Jordan Castellanos", contact=["San Antonio, TX", "210-555-0162", "jordan.castellanos@example.com"],
    sections=[
        ("Experience", "entries", [
            E("Security Officer", "Alamo Shield Protective Services", "San Antonio, TX", "2022 – Present",
              "2022", "present", "year", "facing", "in_person_service",
              ["Staff the lobby desk at a hospital campus: check in visitors, give directions and issue badges",
               "Patrol parking structures and write incident reports"],
              _margin=["2022 –", "Present"]),
            E("Recruiter (Staff Sergeant)", "Regional Recruiting Company, Lone Star Battalion", "Laredo, TX", "2018 – 2022",
              "2018", "2022", "year", "facing", "other_facing",
              ["Met with applicants and their families at schools and job fairs to explain service options",
               "Guided 60+ applicants through enlistment processing"],
              etype="military", _margin=["2018 –", "2022"]),
            E("Logistics Specialist", "3rd Transportation Company", "Fort Calder, KY", "2012 – 2018",
              "2012", "2018", "year", "none", None,
              ["Tracked vehicle and cargo movements for unit deployments", "Managed convoy load plans"],
              etype="military", _margin=["2012 –", "2018"]),
        ]),
        ("Education", "lines", ["B.A. Criminal Justice (in progress), Alamo Plains University, 2023 – present"]),
        ("Awards", "list", ["Meritorious Service Medal (2022)", "Recruiter Ring (2020)"]),
        ("Licenses", "list", ["Texas Level III Commissioned Security Officer (2022)"]),
    ]))

# y030 — student, DOCX heading entries, Leadership + Community Service + part-time tutor
R.append(dict(
    file="y030.docx", family="docx_heading2_org_title", style="docx_heading_entries",
    name="Abigail Nwachukwu-Reyes", contact=["Austin, TX · (512) 555-0119 · abigail.nr@example.com"],
    sections=[
        ("Education", "lines", ["B.S. Public Health, Hill Country State University, expected May 2027 (GPA 3.7)",
                                "Dean's List: Fall 2024, Spring 2025"]),
        ("Work Experience", "entries", [
            E("Peer Math Tutor", "HCSU Learning Commons", "Austin, TX", "Jan 2025 – Present",
              "2025-01", "present", "month", "facing", "education",
              ["Tutor undergraduates in calculus and statistics during walk-in hours"], etype="paid"),
            E("Research Assistant", "HCSU Department of Epidemiology", "Austin, TX", "Summer 2025",
              "2025-06", "2025-06", "season", "none", None,
              ["Cleaned survey data in R and ran literature searches"], etype="paid"),
        ]),
        ("Leadership", "entries", [
            E("Vice President of Student Affairs", "HCSU Student Government", None, "2025 – 2026",
              "2025", "2026", "year", "facing", "other_facing",
              ["Ran weekly drop-in hours where students raised concerns and connected them to campus services"],
              section="other", etype="unknown"),
            E("Treasurer", "Public Health Student Association", None, "2024 – 2025",
              "2024", "2025", "year", "none", None,
              ["Managed the club's $6,000 budget and filed reimbursement forms"], section="other", etype="unknown"),
        ]),
        ("Community Service", "entries", [
            E("Meal Service Volunteer", "Eastside Community Kitchen", "Austin, TX", "Sep. 2023 – present",
              "2023-09", "present", "month", "facing", "volunteering",
              ["Serve hot meals to guests every other Saturday"], section="volunteer", etype="volunteer"),
            E("Library Shelving Volunteer", "Austin Hills Branch Library", "Austin, TX", "2022",
              "2022", "2022", "year", "none", None,
              ["Re-shelved returned books and tidied stacks"], section="volunteer", etype="volunteer"),
        ]),
        ("Skills", "list", ["R", "Excel", "Spanish (fluent)", "CPR certified (exp. 2027)"]),
    ]))
