"""wild19 résumé definitions w001–w015. One dict per résumé renders both the file and its gold line."""
from lib import E

F, A, N = "facing", "affecting", "none"

RESUMES = [
# ------------------------------------------------------------------ w001
dict(file="w001.pdf", renderer="rl", rlstyle="plain", paper="letter", order="title_org", dstyle="mon",
     present="Present",
     family="US hardware-store manager, Word-to-PDF single column, title line with right-aligned dates",
     layout="reportlab, plain/title_org, mon / 'Present'",
     name="Darnell Okafor-Reyes", contact=["Pellston Ridge, OH 45xxx", "(937) 555-0148", "d.okaforreyes@mailbox.test"],
     summary="Retail manager with twelve years in home-improvement stores. I run a busy floor, handle the hard "
             "conversations myself and keep a team of 30 on track for sales and safety.",
     sections=[("Experience", [
         E("Store Manager", "Hollins Hardware & Lumber", "Pellston Ridge, OH", "2021-03", "present", [
             "Walk the floor every shift and step in on contractor and homeowner complaints before they escalate",
             "Personally resolve refund disputes over special-order lumber and custom-cut items",
             "Own a $9.4M sales plan, weekly labor schedule and shrink results for a 38,000 sq ft store",
         ], F, "in_person_service"),
         E("Assistant Store Manager", "Hollins Hardware & Lumber", "Ashby Falls, OH", "2017-08", "2021-02", [
             "Led the pro desk: quoted bulk orders for trade accounts at the counter and by phone",
             "Trained new cashiers on returns policy and opening/closing procedures",
         ], F, "in_person_service"),
         E("Receiving Supervisor", "Hollins Hardware & Lumber", "Ashby Falls, OH", "2015-01", "2017-07", [
             "Checked in 6–8 freight deliveries a day and resolved vendor shortages",
             "Kept the backroom and overstock racking organized for floor replenishment",
         ], A),
         E("Paint Desk Associate", "Cobb's Home Center", "Ashby Falls, OH", "2013-05", "2014-12", [
             "Color-matched samples and mixed paint for walk-in customers and painting contractors",
         ], F, "in_person_service"),
     ])],
     extra=[("Education", ["A.A.S. Business Management, Tri-Valley Community College, 2013"]),
            ("Skills", ["P&L, labor scheduling, loss prevention, conflict resolution, forklift certified"])]),

# ------------------------------------------------------------------ w002
dict(file="w002.docx", renderer="docx", docxstyle="styles", order="title_org", dstyle="month", present="Present",
     family="UK chef whose head-chef job includes client tastings, Word heading styles, right tab-stop dates",
     layout="docx, styles/title_org, month / 'Present'",
     name="Callum Ashdown", headline="Head Chef – events and weddings",
     contact=["Wrenford, Shropshire", "07700 900 412", "callum.ashdown@post.test"],
     summary="Classically trained chef with a background in fine dining and now eight years in events catering.",
     sections=[("Career History", [
         E("Head Chef", "Brindle Hall Estate", "Wrenford", "2020-04", "present", [
             "Host menu tastings with couples and event planners, adapting dishes to allergies and budgets on the spot",
             "Write seasonal wedding and corporate menus for up to 220 covers",
             "Manage a brigade of nine, food cost at 29% and the EHO 5-star rating",
         ], F, "in_person_service"),
         E("Sous Chef", "The Copper Kettle", "Ludbury", "2016-09", "2020-03", [
             "Ran the pass on the chef's nights off and checked every plate before it left",
             "Ordered from local suppliers and rotated stock in the walk-in",
         ], A),
         E("Chef de Partie", "Maison Verrier", "Ludbury", "2013-06", "2016-08", [
             "Ran the sauce section for a 60-cover tasting menu restaurant",
         ], A),
         E("Commis Chef", "Hartwell Arms Hotel", "Wrenford", "2011-09", "2013-05", [], A),
     ])],
     extra=[("Education", ["NVQ Level 3 Professional Cookery, Severnside College"]),
            ("Certificates", ["Level 3 Food Safety, Allergen Awareness"])]),

# ------------------------------------------------------------------ w003
dict(file="w003.txt", renderer="txt", txtstyle="caps", order="dash", dstyle="mon", present="till date",
     txtsep="  |  ", family="Indian IT support engineer, job-portal text, desk-side support then server room, 'till date'",
     layout="txt, caps/dash, mon / 'till date'",
     name="Pradeep Venkataraman", headline="Infrastructure Engineer | 9 years",
     contact=["Mobile: +91 98xxx 4xx21", "Email: pradeep.v@inbox.test", "Location: Kovalur, Tamil Nadu"],
     summary="IT professional with desk-side support and data-centre operations experience. Looking for a senior "
             "infrastructure role.",
     sections=[("Professional Experience", [
         E("Data Centre Operations Engineer", "Tarangini Cloud Services Pvt Ltd", "Kovalur", "2021-07", "present", [
             "Rack, cable and patch servers in a Tier III data centre; no end-user support",
             "Monitor storage and backup jobs through the night shift and raise incidents to L3",
             "Carry out firmware upgrades during change windows as per approved CRs",
         ], N),
         E("Desktop Support Engineer", "Aadhira Software Solutions", "Maraipuram", "2018-02", "2021-06", [
             "Attended users at their desks for laptop, Outlook and VPN issues across 4 floors (approx. 900 staff)",
             "Handled walk-in IT counter for password resets and new joiner laptop handover",
             "Maintained asset register and closed tickets within SLA",
         ], F, "internal_support"),
         E("Hardware Trainee", "Sri Muruga Computers", "Kovalur", "2017-01", "2018-01", [
             "Assembled desktops and replaced parts in the service bench",
         ], N, etype="internship"),
     ])],
     extra=[("Education", ["B.Sc. Computer Science, Kovalur Arts & Science College, 2016"]),
            ("Technical Skills", ["Windows Server, Active Directory, VMware, Veeam, ITIL v4 Foundation"]),
            ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge."])]),

# ------------------------------------------------------------------ w004
dict(file="w004.md", renderer="md", mdstyle="h3", order="title_org", dstyle="month", present="Present",
     family="UK driver: two-person furniture delivery into homes, then night trunking, Markdown",
     layout="md, h3/title_org, month / 'Present'",
     name="Stacey Merriden", headline="Class 1 (C+E) Driver",
     contact=["Thornby Vale, Leicestershire", "07700 900 733", "stacey.merriden@post.test"],
     sections=[("Work History", [
         E("HGV Class 1 Driver (Nights)", "Grangeway Logistics", "Thornby Vale", "2022-05", "present", [
             "Trunking between the Thornby hub and Scottish depots, 5 nights a week",
             "Walk-round checks, tachograph compliance and trailer coupling",
             "Zero incidents across 210,000 miles",
         ], A),
         E("Two-Person Delivery Driver", "Homefield Furniture", "Kessington", "2018-03", "2022-04", [
             "Delivered and assembled sofas, beds and wardrobes in customers' homes, room of choice",
             "Talked customers through care instructions and took away packaging and old items",
             "Rang ahead with ETAs and handled damaged-on-arrival claims at the door",
         ], F, "in_person_service"),
         E("Warehouse Operative", "Homefield Furniture", "Kessington", "2016-10", "2018-02", [
             "Picked and wrapped customer orders for next-day vans",
         ], A),
         E("Career Break", None, None, "2015-06", "2016-09", [
             "Full-time parent after the birth of my son",
         ], N, etype="unknown"),
     ])],
     extra=[("Licences", ["C+E, CPC card, ADR packaged goods, counterbalance forklift"])]),

# ------------------------------------------------------------------ w005
dict(file="w005.pdf", renderer="fpdf", fpdfstyle="left", order="org_title", dstyle="mm/yyyy", present="Present",
     family="Irish pharmacist moving from a hospital aseptic unit back to community pharmacy, fpdf2, employer line first",
     layout="fpdf2, left/org_title, mm/yyyy / 'Present'",
     name="Aoife Brennock", headline="MPharm, MPSI",
     contact=["Castlemoyne, Co. Kildare", "087 000 3321", "aoife.brennock@mail.test"],
     summary="Registered pharmacist with community and hospital experience.",
     sections=[("Professional Experience", [
         E("Supervising Pharmacist", "Fenlow Pharmacy", "Castlemoyne", "2023-09", "present", [
             "Counsel patients on new medicines, inhaler technique and minor ailments at the counter",
             "Run the flu and COVID vaccination clinic and blood-pressure checks",
             "Responsible for controlled-drug register and PSI inspections",
         ], F, "healthcare_care"),
         E("Senior Pharmacist, Aseptic Services", "St Declan's University Hospital", "Ballinree", "2019-02", "2023-08", [
             "Verified and released chemotherapy and parenteral nutrition batches compounded in the cleanroom",
             "Wrote worksheets and validated the new dose-banding tables with oncology",
             "Led environmental monitoring and the unit's quality management system",
         ], A),
         E("Pharmacist", "St Declan's University Hospital", "Ballinree", "2017-07", "2019-01", [
             "Dispensary rotation: screened inpatient prescriptions and checked discharge packs",
         ], A),
         E("Pre-registration Pharmacist", "Fenlow Pharmacy", "Castlemoyne", "2016-07", "2017-06", [
             "Handed out prescriptions and gave advice on over-the-counter medicines under supervision",
         ], F, "healthcare_care", etype="internship"),
     ])],
     extra=[("Education", ["MPharm, Royal Kildare College of Pharmacy, 2017"]),
            ("Registration", ["PSI registered, no. 0000 (fictional)"])]),

# ------------------------------------------------------------------ w006
dict(file="w006.html", renderer="html", htmlstyle="plain", order="title_org", dstyle="mon", present="Present",
     family="Australian security officer: concierge desk vs night patrols, hand-written HTML page",
     layout="html, plain/title_org, mon / 'Present'",
     name="Tavita Leauanae", headline="Licensed Security Officer (Class 1A, 1C)",
     contact=["Corlew Heights, NSW", "0400 000 218", "tavita.l@mail.test"],
     summary="Security officer with front-of-house and mobile patrol experience across corporate and industrial sites.",
     sections=[("Employment", [
         E("Concierge Security Officer", "Sentrion Protective Services", "Corlew Heights", "2022-01", "present", [
             "Front desk of a 30-storey office tower: sign in visitors, issue passes and direct couriers",
             "First point of contact for tenants reporting lost access cards or lift faults",
             "CCTV monitoring and incident reports",
         ], F, "in_person_service"),
         E("Mobile Patrol Officer", "Sentrion Protective Services", "Bannock Flats", "2019-06", "2021-12", [
             "Solo night patrols of 14 industrial sites and building lock-ups",
             "Alarm response and reporting of breaches to the control room",
         ], N),
         E("Crowd Controller", "Apex Event Staffing", "Bannock Flats", "2018-02", "2019-05", [
             "Checked IDs and tickets at gates for concerts and football matches",
         ], F, "other_facing", etype="paid"),
         E("Process Worker", "Orchard Valley Packers", "Bannock Flats", "2016-03", "2018-01", [
             "Packing line for fresh fruit, pallet wrapping",
         ], N),
     ])],
     extra=[("Licences", ["NSW Security Licence 1A/1C", "First Aid (HLTAID011)", "White Card"])]),

# ------------------------------------------------------------------ w007
dict(file="w007.docx", renderer="docx", docxstyle="table", order="title_org", dstyle="mon", present="Present",
     family="German-born engineer in the US: field applications engineer with customers vs lab R&D, Word table per job",
     layout="docx, table/title_org, mon / 'Present'",
     name="Lukas Brenninger", headline="Applications Engineer – industrial sensors",
     contact=["Harmon Bluff, WI", "(262) 555-0190", "lukas.brenninger@mail.test", "linkedin.com/in/lbrenninger"],
     sections=[("Professional Experience", [
         E("Field Applications Engineer", "Veltrac Sensing Inc.", "Harmon Bluff, WI", "2021-10", "present", [
             "Visit customer plants to commission vision sensors and train their maintenance technicians",
             "Run proof-of-concept trials on customer lines and present the results to plant managers",
             "Feed field issues back to product management",
         ], F, "other_facing"),
         E("R&D Engineer", "Veltrac Sensing Inc.", "Harmon Bluff, WI", "2017-05", "2021-09", [
             "Designed optical test fixtures and ran environmental testing in the lab",
             "Wrote Python scripts for automated calibration of photoelectric sensors",
         ], N),
         E("Werkstudent, Test Engineering", "Kessler Messtechnik GmbH", "Lindenfurt, Germany", "2015-04", "2017-03", [
             "Built LabVIEW test benches for pressure transducers",
         ], N, section="other", etype="internship"),
     ])],
     extra=[("Education", ["M.Sc. Mechatronics, Hochschule Lindenfurt, 2017", "B.Eng. Electrical Engineering, 2015"]),
            ("Languages", ["German (native), English (fluent)"])]),

# ------------------------------------------------------------------ w008
dict(file="w008.pdf", renderer="rl", rlstyle="sidebar", order="title_org", dstyle="month", present="Present",
     family="South African insurance back office: claims processing and billing vs claims handling on the phone, reportlab shaded sidebar",
     layout="reportlab, sidebar/title_org, month / 'Present'",
     name="Nomvula Khanyile", headline="Claims Team Leader",
     contact=["Eastvale, Gauteng", "072 000 4418", "nomvula.k@mail.test"],
     sections=[("Work Experience", [
         E("Claims Team Leader", "Umoya Mutual Insurance", "Eastvale", "2023-02", "present", [
             "Lead 11 claims assessors; sign off payouts up to R250,000",
             "Compile weekly turnaround and leakage reports for the head of claims",
             "Run the team's quality sampling and coaching plans",
         ], A),
         E("Claims Processor", "Umoya Mutual Insurance", "Eastvale", "2019-04", "2023-01", [
             "Captured and assessed motor and household claims against policy wording",
             "Requested assessor reports and approved repairer quotes within mandate",
             "Processed settlement payments and recovery files",
         ], A),
         E("Billing Administrator", "Lindani Medical Aid", "Kwanele Park", "2017-01", "2019-03", [
             "Reconciled member premium debit orders and reversed duplicate deductions",
             "Prepared arrears lists for the collections team",
         ], A),
         E("Call Centre Agent", "Lindani Medical Aid", "Kwanele Park", "2015-06", "2016-12", [
             "Answered members' calls on benefits, authorisations and claim statuses",
         ], F, "contact_center"),
     ])],
     extra=[("Education", ["National Diploma: Insurance, Tshwane Ridge College"]),
            ("Skills", ["Claims assessment", "Excel", "Guidewire", "Afrikaans, isiZulu, English"])]),

# ------------------------------------------------------------------ w009
dict(file="w009.txt", renderer="txt", txtstyle="plain", order="inline", dstyle="mon", present="Present",
     family="Philippine trust-and-safety worker: content moderation, data labelling, then chat support, text",
     layout="txt, plain/inline, mon / 'Present'",
     name="Kristine Joy Dumalagan", headline="Trust & Safety | Content Moderation | Chat Support",
     contact=["Sta. Lucia Norte, Pampanga", "0917 000 5521", "kjdumalagan@mail.test"],
     summary="Four years in trust and safety for social platforms. Looking for a team lead role.",
     sections=[("Work Experience", [
         E("Content Moderator", "Lumina Outsourcing Inc.", "Palmera Hills", "2022-08", "present", [
             "Review flagged posts, videos and profiles against the client's community guidelines (approx. 1,200 items/day)",
             "Escalate threats of self-harm and child safety cases to the priority queue",
             "Maintain 98% quality score on weekly calibrations",
         ], A),
         E("Data Annotator (Project-based)", "Tagwise Remote", None, "2021-09", "2022-07", [
             "Drew bounding boxes and labelled street scenes for a self-driving dataset",
         ], N, etype="freelance"),
         E("Chat Support Representative", "Lumina Outsourcing Inc.", "Palmera Hills", "2020-01", "2021-08", [
             "Handled 3–4 concurrent chats from online shoppers about orders, refunds and vouchers",
             "Tagged and documented cases in Zendesk",
         ], F, "contact_center"),
         E("Sales Clerk", "Pacifica Mall Department Store", "San Isidro Bay", "2018-05", "2019-11", [], F,
           "in_person_service"),
     ])],
     extra=[("Education", ["BS Psychology, Mount Carmela College, 2018"]),
            ("Skills", ["Policy enforcement, Zendesk, Google Workspace, typing 65 wpm"])]),

# ------------------------------------------------------------------ w010
dict(file="w010.docx", renderer="docx", docxstyle="header", order="org_title", dstyle="mon", present="Present",
     family="UK HR and payroll: HR adviser answering employees, payroll processing without queries, Word page-header contact",
     layout="docx, header/org_title, mon / 'Present'",
     name="Priya Shankaran", contact=["Oakmere, West Yorkshire", "07700 900 556", "priya.shankaran@post.test"],
     summary="CIPD Level 5 HR professional with a payroll background.",
     sections=[("Employment History", [
         E("HR Adviser", "Calderbrook Housing Group", "Oakmere", "2022-06", "present", [
             "First point of contact for 1,400 employees and line managers on policy, sickness and family leave",
             "Run the HR inbox and phone line; resolve most queries same day",
             "Advise managers through disciplinary and grievance meetings and take notes at hearings",
         ], F, "internal_support"),
         E("Payroll Officer", "Calderbrook Housing Group", "Oakmere", "2019-09", "2022-05", [
             "Answered staff payslip, tax code and pension queries by phone and in person",
             "Processed monthly payroll for 1,300 staff in iTrent",
         ], F, "internal_support"),
         E("Payroll Administrator", "Northgate Bureau Services", "Halbury", "2017-03", "2019-08", [
             "Input timesheets, starters and leavers for 14 client payrolls",
             "Ran RTI submissions and pension auto-enrolment files",
             "Reconciled payroll journals for the finance team",
         ], A),
         E("HR Assistant (placement year)", "Tilbeck Engineering Ltd", "Halbury", "2015-07", "2016-06", [
             "Filed contracts and updated the HR database",
         ], N, etype="internship"),
     ])],
     extra=[("Education", ["BA (Hons) Business & HR Management, University of Halbury, 2017", "CIPD Level 5"])]),

# ------------------------------------------------------------------ w011
dict(file="w011.md", renderer="md", mdstyle="bold", order="title_org", dstyle="mon", present="present",
     family="Canadian accountant: practice role meeting clients vs in-house management accounting, Markdown bold lines",
     layout="md, bold/title_org, mon / 'present'",
     name="Mei-Lin Arcand, CPA", contact=["Rivièreville, QC", "514-555-0172", "meilin.arcand@mail.test"],
     summary="CPA with public practice and industry experience; bilingual English/French.",
     sections=[("Experience", [
         E("Senior Accountant", "Gagné Whitfield LLP", "Rivièreville, QC", "2022-01", "present", [
             "Manage a portfolio of 40 owner-managed businesses; meet owners at year-end to walk through their statements and tax",
             "Prepare T2 corporate returns and review junior staff files",
         ], F, "other_facing"),
         E("Management Accountant", "Boréal Packaging Inc.", "Sainte-Aurèle, QC", "2018-06", "2021-12", [
             "Monthly close, variance analysis and plant cost reporting",
             "Built the standard-cost model for two production lines",
         ], N),
         E("Bookkeeper (remote, contract)", "Ledgerline Services", None, "2016-05", "2018-05", [
             "Kept books and prepared GST/QST filings for small clients from their uploaded receipts; no client calls",
         ], A, etype="freelance"),
         E("Seasonal Tax Preparer", "Impôts Express", "Rivièreville, QC", "2016-02", "2016-04", [
             "Sat down with walk-in clients to prepare personal returns and explain refunds",
         ], F, "in_person_service", etype="paid"),
         E("Tax Clinic Volunteer", "Centre communautaire Saint-Rémi", "Rivièreville, QC", "2017-02", "2017-04", [
             "Prepared simple returns for low-income seniors at drop-in sessions",
         ], F, "volunteering", section="volunteer", etype="volunteer"),
     ])],
     extra=[("Education", ["CPA, 2020", "B.Comm. Accounting, Université Laurentine, 2016"])]),

# ------------------------------------------------------------------ w012
dict(file="w012.pdf", renderer="fpdf", fpdfstyle="centred", order="title_org", dstyle="month", present="Present",
     family="UK solicitor: legal-aid housing work with clients vs corporate due diligence, fpdf2 centred header",
     layout="fpdf2, centred/title_org, month / 'Present'",
     name="Olumide Hastings-Ade", headline="Solicitor (Housing & Public Law)",
     contact=["Bramcote Vale, Nottinghamshire", "07700 900 811", "o.hastingsade@law.test"],
     sections=[("Legal Experience", [
         E("Solicitor", "Rowan Street Law Centre", "Bramcote Vale", "2022-09", "present", [
             "Run a caseload of 45 housing disrepair and possession cases for legal-aid clients",
             "Take instructions from clients at weekly advice surgeries and represent them at the county court duty desk",
         ], F, "other_facing"),
         E("Associate", "Pemberton Vaughan LLP", "Kingsmead", "2019-09", "2022-08", [
             "Due diligence and disclosure review on mid-market acquisitions",
             "Drafted ancillary documents and board minutes for completion",
         ], A),
         E("Trainee Solicitor", "Pemberton Vaughan LLP", "Kingsmead", "2017-09", "2019-08", [
             "Seats in corporate, real estate, litigation and employment",
         ], N, etype="internship"),
         E("Paralegal", "Alder Conveyancing", "Kingsmead", "2016-07", "2017-08", [], A),
     ]), ("Pro Bono and Volunteering", [
         E("Volunteer Adviser", "Kingsmead Advice Bureau", "Kingsmead", "2015-01", "2016-06", [
             "Drop-in debt and benefits advice sessions; filled in forms with clients",
         ], F, "volunteering", section="volunteer", etype="volunteer"),
     ])],
     extra=[("Education", ["LPC, Kingsmead Law School, 2016", "LLB (Hons), University of Bramcote, 2015"])]),

# ------------------------------------------------------------------ w013
dict(file="w013.html", renderer="html", htmlstyle="gdocs", order="title_org", dstyle="mon", present="Present",
     family="New Zealand architect: residential practice with client briefs vs technician drawing only, Google Docs HTML export",
     layout="html, gdocs/title_org, mon / 'Present'",
     name="Hemi Tautari-Wells", headline="Registered Architect (NZRAB)",
     contact=["Kaiwaka Bay, Northland", "021 000 4471", "hemi@tautariwells.test"],
     sections=[("Experience", [
         E("Principal", "Tautari Wells Architecture", "Kaiwaka Bay", "2021-04", "present", [
             "Sole practice designing new homes and alterations",
             "Meet homeowners on site to take the brief and present concept options",
             "Manage consents and contract administration with builders",
         ], F, "entrepreneurial_freelance", etype="freelance"),
         E("Project Architect", "Henley Marsh Architects", "Wharerangi", "2016-02", "2021-03", [
             "Led design development and documentation for schools and community halls",
             "Coordinated structural and services engineers",
         ], A),
         E("Architectural Technician", "Henley Marsh Architects", "Wharerangi", "2012-01", "2016-01", [
             "Produced Revit drawing sets and details for consent",
         ], A),
         E("Sessional Design Tutor", "Tāmaki Institute of Design", "Wharerangi", "2019-02", "2020-11", [
             "Ran second-year studio crits one evening a week",
         ], F, "education", etype="paid"),
     ])],
     extra=[("Education", ["Master of Architecture (Prof), Tāmaki Institute of Design, 2015"]),
            ("Software", ["Revit, ArchiCAD, SketchUp, Enscape"])]),

# ------------------------------------------------------------------ w014
dict(file="w014.txt", renderer="txt", txtstyle="equals", order="dateline", dstyle="mm/yyyy", present="Present",
     family="Australian physiotherapist: hospital and private clinical work, a research post with no patients, text with underlined headings",
     layout="txt, equals/dateline, mm/yyyy / 'Present'",
     name="Georgia Pellworth", headline="Physiotherapist | AHPRA registered",
     contact=["Merindah, VIC", "0400 000 663", "g.pellworth@mail.test"],
     sections=[("Clinical Experience", [
         E("Senior Physiotherapist", "Merindah Sports & Spine", "Merindah", "2022-02", "present", [
             "Assess and treat 14–16 clients a day with lower back, knee and shoulder problems",
             "Run Pilates-based rehab classes",
         ], F, "healthcare_care"),
         E("Physiotherapist (Rotational)", "Coolabah Base Hospital", "Wantirna Springs", "2017-01", "2019-12", [
             "Rotations in orthopaedics, ICU, respiratory and outpatients",
         ], F, "healthcare_care"),
     ]), ("Research", [
         E("Research Officer", "Institute for Musculoskeletal Biomechanics", "Wantirna Springs", "2020-01", "2022-01", [
             "Processed motion-capture and force-plate data for a tendon-loading study",
             "Co-authored two journal papers and managed ethics amendments",
         ], N),
     ])],
     extra=[("Education", ["Bachelor of Physiotherapy (Hons), Southern Cross Coast University, 2016"])]),

# ------------------------------------------------------------------ w015
dict(file="w015.docx", renderer="docx", docxstyle="styles", order="title_org", dstyle="mon", present="Present",
     family="UK social worker: child-protection caseload, then a policy post and a team-manager role, Word heading styles",
     layout="docx, styles/title_org, mon / 'Present'",
     name="Bernadette Quaye", headline="Social Work England registered",
     contact=["Hollowfield, Kent", "07700 900 129", "b.quaye@post.test"],
     sections=[("Professional Experience", [
         E("Team Manager, Children in Need", "Hollowfield County Council", "Hollowfield", "2023-05", "present", [
             "Supervise eight social workers and chair weekly allocation meetings",
             "Quality-assure assessments and sign off plans",
             "Report caseload and timeliness figures to the service manager",
         ], A),
         E("Policy Officer (Safeguarding)", "Department for Family Services", "Carrowby", "2021-02", "2023-04", [
             "Drafted statutory guidance updates and briefed ministers' officials",
         ], N),
         E("Social Worker, Child Protection", "Hollowfield County Council", "Hollowfield", "2016-09", "2021-01", [
             "Held a caseload of 18–20 children; home visits, direct work with children and parents",
             "Presented assessments at child protection conferences and in court",
         ], F, "healthcare_care"),
         E("Support Worker", "Fernbrook Supported Living", "Ashcombe", "2013-06", "2016-08", [], F, "healthcare_care"),
     ])],
     extra=[("Education", ["MA Social Work, University of Ashcombe, 2016"])]),
]
