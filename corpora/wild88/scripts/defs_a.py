"""Résumés w001–w015 (emergency, security and justice services)."""
from lib import E

B = ("bl",)


def bl(*xs):
    return [("bl", x) for x in xs]


RESUMES = [
    # ------------------------------------------------------------------ w001
    dict(
        id="w001", r="rl",
        family="UK police emergency call handler, Word-to-PDF single column, title line with right-aligned dates",
        layout="reportlab, plain/title_org, mon / 'Present'",
        name="Nadia Halloran",
        contact=["14 Foxglove Close, Brackwell BK4 9TR", "07700 914 362  |  nadia.halloran@mailbox.co.uk"],
        style="mon", present="Present", sep=" – ", head="title_org",
        sections=[
            ("Personal Statement", [
                "Calm, organised call handler with four years in a busy police contact centre and three years on a "
                "station front counter before that. I am used to speaking to people on the worst day of their lives "
                "and getting the right help to them quickly. Looking for a Senior Call Handler post."]),
            ("Employment History", [
                E("Emergency Call Handler", "Westmarch Police Force Contact Centre", "Harlow Cross",
                  "2022-03", "present", [
                      "Answer 999 and 101 calls from the public, grade risk using THRIVE and create incident logs on STORM",
                      "Keep callers safe on the line while officers are deployed, including domestic abuse and concern-for-welfare calls",
                      "Handle web chat and online reports during quieter periods",
                      "Mentor new starters through their first month of live calls"],
                  "facing", "contact_center"),
                E("Front Counter Officer", "Westmarch Police", "Brackwell Police Station",
                  "2019-08", "2022-02", [
                      "First point of contact for members of the public visiting the station: reports of crime, lost and found property, document production",
                      "Booked in people answering bail and signed them out under the conditions set",
                      "Took and logged found property and returned it to owners"],
                  "facing", "in_person_service"),
                E("Customer Service Assistant", "Harlow & District Building Society", "Brackwell",
                  "2017-09", "2019-07", [
                      "Served members at the counter with deposits, withdrawals and account queries",
                      "Referred customers to mortgage and savings advisers"],
                  "facing", "in_person_service"),
                E("Saturday Assistant", "Pennington's Pharmacy", "Brackwell",
                  "2015-06", "2017-08", [], "facing", "in_person_service"),
            ]),
            ("Education & Training", [
                "Brackwell Sixth Form College – A Levels: Psychology (B), English Language (B), Sociology (C)",
                "Force call handling course (2022); Level 2 Safeguarding Adults; Mental Health First Aid"]),
            ("Other", [
                "Full UK driving licence. Basic conversational Polish. References on request."]),
        ],
    ),
    # ------------------------------------------------------------------ w002
    dict(
        id="w002", r="docx",
        family="US mall security officer and Army veteran, Word heading styles and list bullets, employer line first",
        layout="docx, styles/org_title, month / 'Present'",
        name="Darnell Whitacre",
        contact=["Marlow Falls, OH 45390", "(937) 555-0148", "d.whitacre@mailbox.net"],
        style="month", present="Present", sep=" - ", head="org_title", layout_docx="styles",
        sections=[
            ("Summary", [
                "Security professional with 10+ years in military police and private security. Comfortable being "
                "the visible, approachable presence in a busy public space. Ohio security guard license, CPR/AED."]),
            ("Experience", [
                E("Security Officer", "Riverside Commons Mall", "Marlow Falls, OH", "2021-05", "present", [
                    "Foot and bike patrols of common areas, parking decks and food court during trading hours",
                    "Answer shopper questions, reunite lost children with parents, and handle lost-and-found",
                    "Respond to medical calls and provide first aid until EMS arrives",
                    "Write daily activity and incident reports; work with local PD on shoplifting cases"],
                  "facing", "other_facing"),
                E("Mobile Patrol Officer", "Keystone Protective Services", "Marlow Falls, OH", "2019-02", "2021-04", [
                    "Drove a nightly route of 20+ client sites (vacant warehouses, construction sites, car lots)",
                    "Checked doors, fences and lighting; responded to alarm activations and met police on scene",
                    "Logged checks by GPS scan points and reported damage to dispatch"],
                  "none", None),
                E("Military Police Soldier (31B)", "U.S. Army", "Fort Harlan, KY", "2014-06", "2018-12", [
                    "Law enforcement patrols on post; responded to domestic disturbances and traffic accidents",
                    "Access control at the main gate: checked IDs and passes of visitors, contractors and family members",
                    "Deployed to Kuwait 2016-17 (base security and convoy escort)"],
                  "facing", "other_facing", etype="military"),
                E("Crew Member", "Tommy's Drive-In", "Marlow Falls, OH", "2012-05", "2014-05", [
                    "Took orders at the window and counter, handled cash"],
                  "facing", "in_person_service"),
            ]),
            ("Certifications", [
                "Ohio Private Investigator Security Guard Services registration", "CPR / AED / First Aid (American Red Cross)",
                "Crisis Prevention Institute – Verbal Intervention"]),
            ("Education", ["Marlow Falls High School – Diploma"]),
        ],
    ),
    # ------------------------------------------------------------------ w003
    dict(
        id="w003", r="txt",
        family="Irish student lifeguard, plain text pasted into a form, 'Title – Employer, Town' with dates, 'to date'",
        layout="txt, plain/dash, mon / 'to date'",
        name="Aoife Brennock",
        contact=["Kilbarrow, Co. Clare", "Mobile: 087 555 2841", "Email: aoife.brennock@mailbox.ie"],
        style="mon", present="to date", sep=" - ", head="dash", bullet="-",
        txt=dict(heading="underline", row="comma"),
        sections=[
            ("Profile", [
                "Second year Sports Science student. Qualified pool and beach lifeguard (NPLQ, Water Safety Ireland "
                "Beach Lifeguard). Looking for part-time work around college."]),
            ("Work Experience", [
                E("Pool Lifeguard", "Kilbarrow Leisure Centre", "Kilbarrow", "2024-09", "present", [
                    "Poolside supervision during public swims, aqua aerobics and school lessons",
                    "Enforce pool rules and deal with swimmers and parents calmly",
                    "Daily water testing and cleaning of poolside and changing areas"],
                  "facing", "other_facing"),
                E("Beach Lifeguard", "Ardmoyle County Council", "Ballyrea Strand", "2025-06", "2025-08", [
                    "Patrolled the bathing area between flags, 11am-7pm",
                    "Gave safety advice to visitors and treated minor injuries and jellyfish stings"],
                  "facing", "other_facing", text="Summer 2025"),
                E("Shop Assistant", "Daly's Corner Shop", "Kilbarrow", "2022-06", "2024-08", [
                    "Weekends and summer. Till, deli counter, stocking shelves"],
                  "facing", "in_person_service"),
                E("Volunteer Swimming Coach", "Kilbarrow Swimming Club", "Kilbarrow", "2021-09", "2024-06", [
                    "Helped coach the under-10 squad two evenings a week"],
                  "facing", "volunteering", section="volunteer", etype="volunteer"),
            ]),
            ("Education", [
                "2024 - to date  BSc Sport & Exercise Science, Ennisford Institute of Technology",
                "2018 - 2024  Scoil Mhuire Secondary School, Kilbarrow. Leaving Cert 495 points"]),
            ("Qualifications", [
                "National Pool Lifeguard Qualification (2024)", "Beach Lifeguard Award (2025)", "Occupational First Aid"]),
            ("Interests", ["Open water swimming, GAA (camogie), surfing"]),
        ],
    ),
    # ------------------------------------------------------------------ w004
    dict(
        id="w004", r="fp",
        family="Canadian 911 communications operator, fpdf2 left-aligned, title line with right-aligned mm/yyyy dates",
        layout="fpdf2, left/title_org, mm/yyyy / 'Present'",
        name="Marie-Claude Gervais",
        contact=["Port Alder, ON  ·  705-555-0192  ·  mc.gervais@mailbox.ca"],
        style="mm/yyyy", present="Present", sep=" – ", head="title_org", layout_fp="left", bullet="•",
        sections=[
            ("PROFILE", [
                "Bilingual (English/French) emergency communications professional. Six years in public safety "
                "communications, CAD and radio, and a background in telecom customer care."]),
            ("WORK EXPERIENCE", [
                E("911 Communications Operator", "Port Alder Police Service", "Port Alder, ON", "2020-06", "present", [
                    "Answer 911 and non-emergency calls in English and French; determine the nature and location of the emergency",
                    "Dispatch patrol units by radio, run CPIC and CAD queries for officers",
                    "Provide pre-arrival safety instructions to callers"],
                  "facing", "contact_center"),
                E("Fire Dispatcher", "Tri-Lakes Fire Communications", "Port Alder, ON", "2018-01", "2020-05", [
                    "Dispatched fire apparatus for four municipal departments by radio and station alerting",
                    "Tracked unit status and mutual aid moves; kept run cards and street mapping up to date",
                    "Logged incident times for reports to fire chiefs"],
                  "affecting", None),
                E("Customer Care Representative", "Boreal Mobile", "Sudbury Road Call Centre, Port Alder, ON", "2015-03", "2017-12", [
                    "Inbound billing and technical calls, 60-70 per shift",
                    "Resolved billing disputes and processed plan changes"],
                  "facing", "contact_center"),
                E("Lifeguard / Swim Instructor", "City of Port Alder Aquatics", "Port Alder, ON", "2012-05", "2014-08", [
                    "Taught Red Cross swim levels to children and adults; guarded public swims"],
                  "facing", "education"),
            ]),
            ("EDUCATION", [
                "Police and Public Safety Communications (certificate) – Lakehead College of Applied Arts, 2018",
                "Ontario Secondary School Diploma"]),
            ("CERTIFICATIONS", ["EMD (Emergency Medical Dispatcher)", "CPIC Query/Narrative", "Standard First Aid & CPR-C"]),
        ],
    ),
    # ------------------------------------------------------------------ w005
    dict(
        id="w005", r="docx",
        family="UK prison officer, Word with right tab-stop dates, bold title and italic employer line",
        layout="docx, tabs/title_org, mon / 'Present'",
        name="Craig Tennant",
        contact=["Holmbridge, South Yorkshire", "07700 900 471", "craig.tennant@mailbox.co.uk"],
        style="mon", present="Present", sep=" – ", head="title_org", layout_docx="tabs", list_style=True,
        sections=[
            ("Profile", [
                "Prison officer with five years on a Category C wing, previously OSG at the same establishment. "
                "Looking to move into a custody or court security role closer to home."]),
            ("Key Skills", [
                "Conflict management and de-escalation • Report writing • Searching • Key worker (OMiC) • Control & Restraint trained"]),
            ("Work History", [
                E("Prison Officer", "HMP Ravensmoor", "Holmbridge", "2021-10", "present", [
                    "Supervise up to 120 men on a residential wing: unlock, roll checks, meals, association and lock-up",
                    "Key worker for six men, holding weekly sessions and writing up their progress",
                    "Open and review ACCT plans for men at risk of self-harm",
                    "Cover the visits hall, supervising prisoners and their families"],
                  "facing", "other_facing"),
                E("Operational Support Grade", "HMP Ravensmoor", "Holmbridge", "2019-04", "2021-09", [
                    "Staffed the gate lodge and vehicle lock, searching vehicles and contractors' tools",
                    "Perimeter and fence patrols; monitored CCTV and the radio net in the control room"],
                  "none", None),
                E("Warehouse Operative", "Fernway Logistics", "Doncaster Road, Holmbridge", "2016-02", "2019-03", [
                    "Picked and packed online orders for retail clients on RF scanner, 99.6% accuracy",
                    "Loaded outbound trailers"],
                  "affecting", None),
                E("Bar Staff", "The Drovers Arms", "Holmbridge", "2014-07", "2016-01", [
                    "Served drinks and food, cash-up at close"],
                  "facing", "in_person_service"),
            ]),
            ("Education", ["Holmbridge Academy – 8 GCSEs including Maths and English"]),
            ("References", ["Available on request."]),
        ],
    ),
    # ------------------------------------------------------------------ w006
    dict(
        id="w006", r="md",
        family="Australian crowd controller in Markdown, h3 titles with month dates line, 'Current'",
        layout="md, h3/title_org, month / 'Current'",
        name="Jarrah Whitlock",
        contact=["Westhaven VIC 3220", "0412 555 093", "jarrah.w@mailbox.com.au"],
        style="month", present="Current", sep=" – ", head="title_org", bullet="-", md=dict(row="h3"),
        sections=[
            ("About me", [
                "Licensed crowd controller and security officer (Victoria), RSA, First Aid. Reliable for late nights "
                "and weekends. Happy to do static, retail or venue work."]),
            ("Licences", ["- Private Security Licence – Crowd Controller & Unarmed Guard", "- RSA (Victoria)",
                          "- HLTAID011 First Aid", "- Forklift (LF)", "- Full car licence, own car"]),
            ("Employment", [
                E("Crowd Controller", "The Tidewater Hotel", "Westhaven VIC", "2021-03", "present", [
                    "Checking ID at the door Friday and Saturday nights, refusing entry to intoxicated or underage patrons",
                    "Work with bar staff on RSA, manage the queue and smokers' area",
                    "Handle incidents and write them up in the venue incident register"],
                  "facing", "other_facing"),
                E("Security Officer – Retail", "Redgum Security Services", "Westhaven Plaza, Westhaven VIC",
                  "2019-10", "2021-02", [
                      "Uniformed officer at centre entrances; helping shoppers with directions and lost property",
                      "Responded to shoplifting calls from tenants and kept shop staff informed",
                      "COVID check-in marshal at the main doors during 2020"],
                  "facing", "other_facing"),
                E("Forklift Driver", "Coastline Timber Supplies", "Westhaven VIC", "2016-01", "2019-09", [
                    "Loading customer orders onto trucks for delivery and checking them against the docket",
                    "Yard stock rotation"],
                  "affecting", None),
                E("Junior Coach (volunteer)", "Westhaven Magpies JFC", "Westhaven VIC", "2017-01", "present", [
                    "Under 12s coach, training Tuesdays and game day Sundays"],
                  "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
            ]),
            ("Referees", ["Available on request"]),
        ],
    ),
    # ------------------------------------------------------------------ w007
    dict(
        id="w007", r="rl",
        family="UK court usher, reportlab with shaded left sidebar, pipe title/employer/town line with right dates",
        layout="reportlab, sidebar/pipe, mon / 'Present'",
        name="Bernadette Okafor",
        contact=["Castlegate, CG2 7LP", "07700 900 655", "b.okafor@mailbox.co.uk"],
        style="mon", present="Present", sep=" - ", head="pipe", layout_rl="sidebar", bullet="•",
        sidebar=[("h", "Skills"), ("p", "Court and tribunal procedure"), ("p", "Dealing with vulnerable court users"),
                 ("p", "Libra and Common Platform"), ("p", "Microsoft Office"), ("h", "Languages"),
                 ("p", "English (native), Yoruba (fluent)"), ("h", "Interests"), ("p", "Church choir, netball, baking")],
        sections=[
            ("PROFILE", [
                "Experienced court usher who keeps a courtroom running to time while looking after the people in it: "
                "witnesses, defendants, families and the public."]),
            ("EXPERIENCE", [
                E("Court Usher", "Castlegate Combined Court Centre", "Castlegate", "2020-01", "present", [
                    "Check in parties, witnesses and legal representatives and explain what will happen in court",
                    "Call on cases, administer oaths and affirmations, hand exhibits to the jury",
                    "Point members of the public to the right courtroom and to the witness service"],
                  "facing", "other_facing"),
                E("Listing Clerk", "Castlegate Magistrates' Court", "Castlegate", "2017-05", "2019-12", [
                    "Prepared the daily court lists and updated the case management system after hearings",
                    "Made up files for hearings and sent out notices of hearing dates"],
                  "affecting", None),
                E("Receptionist", "Marlow & Pike Solicitors", "Castlegate", "2014-09", "2017-04", [
                    "Front desk and switchboard for a 25-person firm; booked client appointments"],
                  "facing", "in_person_service"),
                E("Sales Assistant", "Bellamy's Department Store", "Castlegate", "2012-06", "2014-08", [],
                  "facing", "in_person_service"),
            ]),
            ("EDUCATION", ["Level 3 Certificate in Legal Studies (CILEx), Castlegate College, 2016",
                           "GCSEs, St Anne's High School"]),
            ("REFERENCES", ["Available on request"]),
        ],
    ),
    # ------------------------------------------------------------------ w008
    dict(
        id="w008", r="docx",
        family="US hospital security officer, Word with a borderless table per job (title left, dates right)",
        layout="docx, table/title_org, mon / 'Present'",
        name="Luis Ortega-Baines",
        contact=["Cedar Hollow, TX 76502  |  (254) 555-0177  |  luis.ortegab@mailbox.com"],
        style="mon", present="Present", sep=" – ", head="title_org", layout_docx="table", bullet="•",
        sections=[
            ("Professional Experience", [
                E("Security Officer II", "St. Brigid Regional Medical Center", "Cedar Hollow, TX", "2022-08", "present", [
                    "Assigned to the Emergency Department: visitor screening and badging at the ED entrance",
                    "De-escalate agitated patients and family members; assist nursing staff with behavioral patients",
                    "Escort staff to parking at shift change; respond to Code Gray and Code Pink"],
                  "facing", "other_facing"),
                E("Security Officer", "Allied Shield Security", "Cedar Hollow Distribution Center, Cedar Hollow, TX",
                  "2020-03", "2022-07", [
                      "Gatehouse post at a 24/7 distribution center: checked truck drivers' bills of lading and seal numbers",
                      "Camera monitoring and hourly perimeter rounds; logged trailers in and out"],
                  "none", None),
                E("Patient Transporter", "St. Brigid Regional Medical Center", "Cedar Hollow, TX", "2018-01", "2020-02", [
                    "Transported patients by wheelchair and stretcher between units, imaging and discharge",
                    "Checked patient ID bands and talked patients through each move"],
                  "facing", "healthcare_care"),
                E("Line Cook", "Rosalita's Cantina", "Cedar Hollow, TX", "2015-05", "2017-12", [
                    "Grill and fry station, 200+ covers on weekends"],
                  "affecting", None),
            ]),
            ("Licenses & Training", ["Texas Level III Commissioned Security Officer",
                                     "IAHSS Basic Security Officer certification", "BLS (AHA)", "Bilingual English/Spanish"]),
            ("Education", ["Central Texas Community College – coursework in Criminal Justice (24 credit hours)"]),
        ],
    ),
    # ------------------------------------------------------------------ w009
    dict(
        id="w009", r="html",
        family="Irish emergency call-taker, HTML page, employer headings with roles beneath, mm/yyyy dates, 'Now'",
        layout="html, plain/orgfirst, mm/yyyy / 'Now'",
        name="Ciarán Mulvey",
        contact=["Lisnagree, Co. Westmeath", "086 555 7712", "ciaran.mulvey@mailbox.ie"],
        style="mm/yyyy", present="Now", sep=" – ", head="orgfirst",
        sections=[
            ("Career Summary", [
                "Six years answering emergency calls for the national 112/999 service, the last three as a senior "
                "call taker. Before that I worked in a monitored alarm centre for older people living alone."]),
            ("Career History", [
                E("Senior Call Taker", "Midlands Emergency Call Answering Centre", "Athlonbridge", "2023-02", "present", [
                    "Answer 112/999 calls, establish which service is needed and connect the caller",
                    "Take escalated and abusive calls from the floor, support call takers after difficult calls",
                    "Shift reports and quality checks of recorded calls"],
                  "facing", "contact_center"),
                E("Call Taker", "Midlands Emergency Call Answering Centre", "Athlonbridge", "2020-09", "2023-01", [
                    "Up to 300 calls per shift, including silent and hoax calls, in line with the call-answering protocol"],
                  "facing", "contact_center"),
                E("Monitoring Operator", "CareLink Community Alarms", "Lisnagree", "2018-04", "2020-08", [
                    "Answered alerts from older clients' pendant alarms, spoke to the client and decided on the response",
                    "Phoned next of kin, keyholders and ambulance control",
                    "Welfare calls to new clients in their first week"],
                  "facing", "contact_center"),
                E("Night Shelf Filler", "Quinlan's Foodstore", "Lisnagree", "2016-09", "2018-03", [
                    "Filled shelves and rotated stock overnight while the store was closed"],
                  "affecting", None),
            ]),
            ("Education", ["2013 – 2016  BA Arts (Geography and Sociology), St Kevin's University College, Athlonbridge",
                           "Leaving Certificate, St Finian's College"]),
            ("Other", ["Full clean driving licence. Irish (fluent). Member of Lisnagree Athletic Club."]),
        ],
    ),
    # ------------------------------------------------------------------ w010
    dict(
        id="w010", r="fp",
        family="Welsh firefighter with community safety work, fpdf2 centred header, service line first then title",
        layout="fpdf2, centred/org_title, mon / 'Present'",
        name="Owen Prichard",
        contact=["Llanfarren, Powysmoor", "07700 900 238 · owen.prichard@mailbox.co.uk"],
        style="mon", present="Present", sep=" – ", head="org_title", layout_fp="centred", bullet="–",
        sections=[
            ("Experience", [
                E("Firefighter (Wholetime)", "Mid Glanmor Fire and Rescue Service", "Llanfarren", "2019-06", "present", [
                    "Respond to fires, road traffic collisions, flooding and rescues as part of a four-watch crew",
                    "Deliver Safe and Well visits in people's homes: fit smoke alarms and talk through escape plans with older residents",
                    "School and community group talks on fire safety; Bonfire Night patrols"],
                  "facing", "other_facing"),
                E("Community Safety Advocate", "Mid Glanmor Fire and Rescue Service", "Llanfarren", "2017-03", "2019-05", [
                    "Carried out home fire safety checks referred by social services, mostly for vulnerable and elderly residents",
                    "Ran stands at supermarkets and agricultural shows"],
                  "facing", "other_facing"),
                E("Gym Instructor", "FitHub Llanfarren", "Llanfarren", "2014-08", "2017-02", [
                    "Member inductions and programme reviews, circuits and spin classes",
                    "Reception cover and membership sales"],
                  "facing", "in_person_service"),
                E("Apprentice Vehicle Technician", "Dafydd Evans Motors", "Llanfarren", "2011-09", "2014-07", [
                    "Servicing and MOT preparation on cars and light vans in the workshop"],
                  "none", None, etype="internship"),
            ]),
            ("Qualifications", ["Level 3 Diploma in Light Vehicle Maintenance", "Level 3 Gym Instructor / Personal Trainer",
                                "Firefighter development programme completed 2021", "Cat C driving licence (EFAD)"]),
            ("Languages", ["Welsh and English, both fluent"]),
        ],
    ),
    # ------------------------------------------------------------------ w011
    dict(
        id="w011", r="docx",
        family="Canadian correctional officer, name and contact in the Word page header, tab-stop dates",
        layout="docx, header/title_org, month / 'Present'",
        name="Tyler Bouchard",
        contact=["Red Pine, MB", "204-555-0163", "tyler.bouchard@mailbox.ca"],
        style="month", present="Present", sep=" – ", head="title_org", layout_docx="header",
        sections=[
            ("Objective", ["To join a provincial sheriff services or court security team."]),
            ("Work Experience", [
                E("Correctional Officer", "Red Pine Remand Centre", "Red Pine, MB", "2020-03", "present", [
                    "Supervise inmates on a 40-bed living unit; daily counts, cell searches and incident reports",
                    "Intake and admissions: property, strip searches, explaining unit rules to new arrivals",
                    "Court and hospital escorts"],
                  "facing", "other_facing"),
                E("Youth Worker", "Northern Lights Youth Centre", "Red Pine, MB", "2017-10", "2020-02", [
                    "Ran drop-in and after-school programs for youth aged 12-18",
                    "Connected young people with counselling, housing and employment supports"],
                  "facing", "other_facing"),
                E("Security Guard", "Aurora Guard Services", "Red Pine, MB", "2015-05", "2017-09", [
                    "Front desk at a 200-unit condo tower: signed in visitors and trades, handed out parcels to residents",
                    "Night patrols of parkade and amenities"],
                  "facing", "in_person_service"),
                E("Summer Student – Parks Maintenance", "City of Red Pine", "Red Pine, MB", "2014-06", "2014-08", [
                    "Mowing, litter pick-up and playground checks in city parks"],
                  "affecting", None, text="Summer 2014"),
            ]),
            ("Training", ["Corrections Officer Training Program (2020)", "Crisis Intervention / Suicide Prevention",
                          "Standard First Aid CPR-C, Naloxone"]),
            ("Education", ["Diploma, Criminal Justice – Assiniboine Plains College (2015)"]),
        ],
    ),
    # ------------------------------------------------------------------ w012
    dict(
        id="w012", r="txt",
        family="Australian parking officer from India, plain text with labelled blocks (Position / Employer / Dates)",
        layout="txt, labelled/labelled, mm/yyyy / 'to date'",
        name="Priya Raghunathan",
        contact=["Unit 4, 18 Banksia Street, Kurrawong NSW 2790", "Mob: 0433 555 817", "priya.raghu@mailbox.com.au"],
        style="mm/yyyy", present="to date", sep=" - ", head="labelled", bullet="*",
        txt=dict(heading="equals", width=60),
        sections=[
            ("Career Objective", [
                "Enthusiastic local government officer seeking a Team Leader role in regulatory services."]),
            ("Employment History", [
                E("Parking Patrol Officer", "Kurrawong City Council", "Kurrawong NSW", "2022-02", "present", [
                    "Patrol CBD and school zones, issue penalty notices using handheld devices",
                    "Explain parking rules to motorists and deal with upset drivers professionally",
                    "Report abandoned vehicles and damaged signs"],
                  "facing", "other_facing"),
                E("Customer Service Officer", "Kurrawong City Council", "Kurrawong NSW", "2020-07", "2022-01", [
                    "Front counter: rates payments, animal registrations, DA lodgements",
                    "Answered phone enquiries and logged customer requests in the CRM"],
                  "facing", "in_person_service"),
                E("Infringements Processing Officer (temp)", "Kurrawong City Council", "Kurrawong NSW", "2019-08", "2020-06", [
                    "Processed written requests for review of penalty notices and prepared files for the review panel",
                    "Updated infringement records and sent outcome letters"],
                  "affecting", None),
                E("Accounts Assistant", "Sai Infotech Services", "Chennai, India", "2015-06", "2019-05", [
                    "Vendor invoice entry, bank reconciliations, GST working papers"],
                  "none", None),
            ]),
            ("Education", ["B.Com, University of Madras (2015)", "Cert IV in Government Investigations (in progress)"]),
            ("Referees", ["Mr. Glen Hartigan, Ranger Services Coordinator – contact details on request"]),
        ],
    ),
    # ------------------------------------------------------------------ w013
    dict(
        id="w013", r="rl",
        family="US 911 communications supervisor with a long career, two-page reportlab résumé with page footer",
        layout="reportlab, plain/title_org, mon / 'Present' (2 pages, footer)",
        name="Kimberly Ann Rourke",
        contact=["Mercer Valley, PA 17855  ·  (570) 555-0126  ·  kim.rourke@mailbox.com"],
        style="mon", present="Present", sep=" – ", head="title_org", layout_rl="plain", letter=True,
        footer="Kimberly A. Rourke – Page {page} of 2", break_before="Volunteer Service", bullet="•",
        sections=[
            ("Professional Summary", [
                "Public safety telecommunicator with 14 years in 911 and a supervisor since 2019. Certified "
                "Communications Training Officer, EMD-Q, and member of the county's peer support team."]),
            ("Experience", [
                E("Communications Supervisor", "Mercer Valley County 911", "Mercer Valley, PA", "2019-01", "present", [
                    "Supervise a shift of eight telecommunicators across call-taking, police, fire and EMS radio",
                    "Take 911 calls during surges and major incidents, and callbacks on complaints from the public",
                    "Run QA reviews on EMD calls, build schedules and approve overtime"],
                  "facing", "contact_center"),
                E("Telecommunicator II", "Mercer Valley County 911", "Mercer Valley, PA", "2012-06", "2018-12", [
                    "Answered 911 and administrative lines; gave pre-arrival instructions (CPR, childbirth)",
                    "Dispatched 14 fire companies and two ALS services",
                    "Communications Training Officer for new hires from 2016"],
                  "facing", "contact_center"),
                E("Records Clerk", "Borough of Elkton Police Department", "Elkton, PA", "2009-08", "2012-05", [
                    "Entered incident and arrest reports into the records management system",
                    "Released accident reports to drivers and insurers at the public window, collected fees",
                    "Entered and cleared warrants"],
                  "facing", "in_person_service"),
                E("Teller", "Susquenna Valley Bank", "Mercer Valley, PA", "2006-03", "2009-07", [
                    "Cash transactions, new account referrals, vault balancing"],
                  "facing", "in_person_service"),
                E("Dietary Aide", "Mercer Valley Manor", "Mercer Valley, PA", "2003-09", "2006-02", [
                    "Tray line and dish room; prepared puréed and special diets from the menu"],
                  "affecting", None),
            ]),
            ("Volunteer Service", [
                E("Volunteer Firefighter / EMT", "Elkton Volunteer Fire Co.", "Elkton, PA", "2004-01", "2015-12", [
                    "Interior firefighter and EMT on the ambulance roster, ~150 calls a year",
                    "Patient assessment and care on scene and during transport"],
                  "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
            ]),
            ("Certifications", ["PA 911 Telecommunicator Certification", "APCO Communications Training Officer",
                                "IAED Emergency Medical Dispatcher – Q", "NIMS ICS-100, 200, 700, 800"]),
            ("Education", ["A.S. Criminal Justice, Luzerne Hills Community College"]),
        ],
    ),
    # ------------------------------------------------------------------ w014
    dict(
        id="w014", r="docx",
        family="UK event door supervisor, Word two-column layout table with shaded sidebar",
        layout="docx, sidebar/title_org, mon / 'Present'",
        name="Kayleigh Dunmore",
        tagline="SIA-licensed door supervisor – events, stadiums and festivals",
        contact=["Sallowby", "07700 900 904", "kayleigh.dunmore@mailbox.co.uk"],
        style="mon", present="Present", sep=" - ", head="title_org", layout_docx="sidebar", bullet="•",
        sidebar=[("h", "Licences"), ("p", "SIA Door Supervisor (front line)"), ("p", "Level 3 First Aid at Work"),
                 ("p", "Spectator Safety NVQ Level 2"), ("h", "Hobbies"), ("p", "Kickboxing, music festivals")],
        sections=[
            ("Experience", [
                E("SIA Door Supervisor (events)", "Crestline Event Security", "Sallowby", "2023-04", "present", [
                    "Bag and body searches at stadium and arena gates for crowds up to 30,000",
                    "Front-of-stage pit team at concerts: lifting crowd surfers, handing out water",
                    "Deal with ejections and welfare cases, working with police and medics"],
                  "facing", "other_facing"),
                E("Event Steward", "Sallowby Rovers FC", "Sallowby", "2021-08", "2023-03", [
                    "Match day steward: ticket checks at turnstiles, directing away supporters, monitoring stands"],
                  "facing", "other_facing"),
                E("Warehouse Picker", "Parcelpoint Fulfilment", "Sallowby", "2020-01", "2021-07", [
                    "Picking and packing customer orders, night shift"],
                  "affecting", None),
                E("Care Assistant", "Willowmere Care Home", "Sallowby", "2018-06", "2019-12", [
                    "Personal care, meals and activities with residents living with dementia"],
                  "facing", "healthcare_care"),
            ]),
            ("Volunteering", [
                E("Volunteer First Aider", "Sallowby First Aid Volunteers", "Sallowby", "2019-01", "present", [
                    "First aid cover at fun runs, fetes and school events"],
                  "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
            ]),
            ("Education", ["Sallowby College – BTEC Level 2 Public Services"]),
        ],
    ),
    # ------------------------------------------------------------------ w015
    dict(
        id="w015", r="md",
        family="US college lifeguard in Markdown, dates first then title line, apostrophe years, 'Now'",
        layout="md, bold/datesfirst, apos / 'Now'",
        name="Brooke Castellano",
        contact=["Sandpiper Beach, FL", "(386) 555-0199", "brooke.castellano@mailbox.com"],
        style="apos", present="Now", sep=" – ", head="datesfirst", bullet="*", md=dict(sub_italic=False),
        sections=[
            ("Education", ["**Gulf Atlantic University** – B.S. Marine Biology, expected May 2027 (GPA 3.6)"]),
            ("Experience", [
                E("Ocean Rescue Lifeguard", "City of Sandpiper Beach", "Sandpiper Beach, FL", "2024-05", "present", [
                    "Tower watch on a beach with 5,000+ daily visitors in season",
                    "Performed 30+ rescues and many more preventive actions; first aid for stings and cuts",
                    "Answer beachgoers' questions about flags, rip currents and parking"],
                  "facing", "other_facing"),
                E("Research Assistant", "Gulf Atlantic University Marine Lab", "Sandpiper Beach, FL", "2024-08", "2025-05", [
                    "Collected water samples and ran nutrient analyses for a seagrass project",
                    "Cleaned and entered data in R"],
                  "none", None, section="other"),
                E("Pool Lifeguard", "Seagrape Community Pool", "Sandpiper Beach, FL", "2022-06", "2023-08", [
                    "Guarded the HOA pool, checked residents' passes and cleaned the deck"],
                  "facing", "other_facing"),
                E("Food Runner", "The Salty Pelican", "Sandpiper Beach, FL", "2021-06", "2022-04", [
                    "Ran food to tables and checked back with guests"],
                  "facing", "in_person_service"),
            ]),
            ("Certifications", ["* USLA Open Water Lifeguard", "* American Red Cross Lifeguarding / CPR / AED", "* EMR (2025)"]),
        ],
    ),
]
