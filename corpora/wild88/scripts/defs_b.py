"""Résumés w016–w030 (emergency, security and justice services)."""
from lib import E

RESUMES = [
    # ------------------------------------------------------------------ w016
    dict(
        id="w016", r="fp",
        family="Australian correctional officer, fpdf2 left-aligned, title, employer and dates each on their own line",
        layout="fpdf2, left/dateline, mon / 'Present'",
        name="Shannon Moriarty",
        contact=["Tallowood QLD 4650", "0401 555 284 | shannon.moriarty@mailbox.com.au"],
        style="mon", present="Present", sep=" to ", head="dateline", layout_fp="left", bullet="•",
        sections=[
            ("Career Overview", [
                "Custodial officer with seven years in watch-house and correctional settings. Firm, fair and good at "
                "talking people down. Current Blue Card, Senior First Aid, manual driver licence."]),
            ("Relevant Experience", [
                E("Custodial Correctional Officer", "Tallowood Correctional Centre", "Tallowood QLD", "2021-06", "present", [
                    "Unit officer in a 90-bed residential unit: musters, cell and area searches, movements",
                    "Deal with prisoner requests and complaints face to face and write case notes",
                    "Supervise contact visits and family members in the visits area"],
                  "facing", "other_facing"),
                E("Watch-house Support Officer", "Tallowood Police Watch-house", "Tallowood QLD", "2019-02", "2021-05", [
                    "Received detainees from police, recorded property and completed health questionnaires",
                    "Cell checks every 15-30 minutes, meals and medication rounds with the nurse"],
                  "facing", "other_facing"),
            ]),
            ("Other Experience", [
                E("Retail Team Member", "BigBarn Discount", "Tallowood QLD", "2016-03", "2019-01", [
                    "Checkouts, layby, returns and helping customers on the floor"],
                  "facing", "in_person_service"),
                E("Kitchen Hand", "Tallowood Bowls Club", "Tallowood QLD", "2014-11", "2016-02", [],
                  "affecting", None),
            ]),
            ("Training", ["Certificate III in Correctional Practice (2021)", "Operational Safety Training (current)",
                          "Mental Health First Aid"]),
            ("Referees", ["Provided on request."]),
        ],
    ),
    # ------------------------------------------------------------------ w017
    dict(
        id="w017", r="docx",
        family="UK police staff with several roles in one force, Word heading styles, employer heading with roles beneath",
        layout="docx, styles/orgfirst, mon / 'Present'",
        name="Rhiannon Askew",
        contact=["Pellingham, PL7", "07700 900 318", "rhiannon.askew@mailbox.co.uk"],
        style="mon", present="Present", sep=" – ", head="orgfirst", layout_docx="styles",
        sections=[
            ("Profile", [
                "Nine years in community safety and police control rooms. Now applying for Control Room Supervisor."]),
            ("Career History", [
                E("Control Room Dispatcher", "Calder Vale Police", "Pellingham", "2023-06", "present", [
                    "Dispatch response officers by radio to graded incidents and keep incident logs updated",
                    "Request ambulance and fire through inter-agency links; monitor officer safety and welfare checks",
                    "Coordinate resources for pursuits and firearms incidents with the duty inspector"],
                  "affecting", None),
                E("Contact Handler (101)", "Calder Vale Police", "Pellingham", "2021-02", "2023-05", [
                    "Non-emergency calls and online reports from the public; crime recording and referrals",
                    "Updated victims on their cases and passed messages to officers"],
                  "facing", "contact_center"),
                E("Police Community Support Officer", "Calder Vale Police", "Pellingham", "2018-09", "2021-01", [
                    "Foot patrol of the town centre and two estates; dealt with anti-social behaviour and parking complaints",
                    "Ran monthly residents' surgeries and school visits"],
                  "facing", "other_facing"),
                E("CCTV Operator", "Pellingham Borough Council", "Pellingham", "2016-04", "2018-08", [
                    "Monitored 140 town-centre cameras and relayed incidents to police by radio",
                    "Downloaded footage for evidence requests and kept the evidence log"],
                  "affecting", None),
            ]),
            ("Volunteering", [
                E("Special Constable", "Calder Vale Police", "Pellingham", "2016-09", "2018-08", [
                    "Weekend patrols with response teams and at town events"],
                  "facing", "volunteering", section="volunteer", etype="volunteer"),
            ]),
            ("Education", ["Pellingham College – Level 3 Extended Diploma in Uniformed Protective Services"]),
        ],
    ),
    # ------------------------------------------------------------------ w018
    dict(
        id="w018", r="html",
        family="Canadian newcomer concierge security officer, HTML résumé, title then employer line, month dates",
        layout="html, plain/title_org, month / 'Present'",
        name="Amandeep Grewal",
        contact=["Maple Crossing, ON L6X 0A1", "437-555-0110", "aman.grewal@mailbox.ca"],
        style="month", present="Present", sep=" – ", head="title_org",
        sections=[
            ("Summary of Qualifications", [
                ("bl", "Ontario Security Guard Licence; Standard First Aid & CPR"),
                ("bl", "3+ years in Canadian security and customer service roles"),
                ("bl", "Languages: English, Punjabi, Hindi")]),
            ("Canadian Work Experience", [
                E("Concierge Security Officer", "Garrison Shield Security", "Harbourview Residences, Maple Crossing, ON",
                  "2023-01", "present", [
                      "Greet residents and visitors at the front desk, register guests and contractors",
                      "Receive and release parcels, book elevators for move-ins",
                      "Hourly patrols and incident reports; respond to fire alarms"],
                  "facing", "in_person_service"),
                E("Loss Prevention Officer", "Fairmount Home & Fashion", "Maple Crossing, ON", "2021-04", "2022-12", [
                    "Plain-clothes floor walking and CCTV surveillance to detect theft",
                    "Arrests under the Trespass to Property Act and paperwork for police",
                    "Monthly shrink audits and training for store staff"],
                  "none", None),
                E("Customer Service Associate", "QuickFix Wireless", "Maple Crossing, ON", "2019-09", "2021-03", [
                    "Helped customers at a mall kiosk with phone plans, cases and screen repairs"],
                  "facing", "in_person_service"),
                E("Welcome Desk Volunteer", "Erindale College of Applied Technology", "Maple Crossing, ON",
                  "2019-09", "2020-04", [
                      "Greeted new international students and helped them with orientation and transit passes"],
                  "facing", "volunteering", section="volunteer", etype="volunteer"),
            ]),
            ("International Work Experience", [
                E("Backend Executive", "Punjab Tele Solutions", "Ludhiana, India", "2017-06", "2019-06", [
                    "Verified customer SIM application forms and ID documents before activation"],
                  "affecting", None),
            ]),
            ("Education", ["Post-graduate certificate, Protection, Security & Investigation – Erindale College (2020)",
                           "B.A., Panjab Regional University (2017)"]),
        ],
    ),
    # ------------------------------------------------------------------ w019
    dict(
        id="w019", r="rl",
        family="Irish court clerk, reportlab two-column header (name left, contact right), office line first then title",
        layout="reportlab, twocol/org_title, mon / 'Present'",
        name="Siobhán Carrick",
        tagline="Clerical Officer – Courts",
        contact=["Dunmallow, Co. Kilree", "087 555 6630", "siobhan.carrick@mailbox.ie"],
        style="mon", present="Present", sep=" – ", head="org_title", layout_rl="twocol", bullet="•",
        sections=[
            ("Employment", [
                E("Court Clerk (Clerical Officer)", "Dunmallow District Court Office", "Dunmallow", "2021-09", "present", [
                    "Sit in court recording orders and swearing in witnesses",
                    "Public office counter: summonses, fines payments, licence applications and queries from the public",
                    "Prepare court lists and issue orders after sittings"],
                  "facing", "in_person_service"),
                E("Clerical Officer", "Dunmallow Motor Tax Office", "Dunmallow", "2018-03", "2021-08", [
                    "Motor tax counter and phone enquiries; processed postal applications"],
                  "facing", "in_person_service"),
                E("Claims Administrator", "Harrington Insurance Brokers", "Kilree", "2015-06", "2018-02", [
                    "Set up claim files, chased documents from insurers and loss adjusters",
                    "Issued settlement paperwork"],
                  "affecting", None),
                E("Lifeguard (part-time)", "Dunmallow Swimming Pool", "Dunmallow", "2012-05", "2015-05", [],
                  "facing", "other_facing"),
            ]),
            ("Education", ["Diploma in Legal Studies, Kilree Institute (2015)", "Leaving Certificate"]),
            ("Skills", ["Courts case tracking system, Excel, Irish (Gaeilge) – good spoken"]),
        ],
    ),
    # ------------------------------------------------------------------ w020
    dict(
        id="w020", r="docx",
        family="US court bailiff and Marine veteran, Word tab-stop dates, 'Title – Employer, Town' lines",
        layout="docx, tabs/dash, mm/yyyy / 'Present'",
        name="Reginald Fairbanks",
        contact=["Cotton Bluff, GA 31599 • (478) 555-0135 • reggie.fairbanks@mailbox.com"],
        style="mm/yyyy", present="Present", sep=" – ", head="dash", layout_docx="tabs", centred=True,
        sections=[
            ("Experience", [
                E("Court Bailiff", "Okeena County Superior Court", "Cotton Bluff, GA", "2018-03", "present", [
                    "Courtroom security for a felony calendar; escort jurors and keep order in the gallery",
                    "Run the walk-through magnetometer and X-ray at the public entrance on rotation",
                    "Direct attorneys, witnesses and the public to courtrooms and offices"],
                  "facing", "other_facing"),
                E("Deputy Clerk", "Okeena County Clerk of Court", "Cotton Bluff, GA", "2014-06", "2018-02", [
                    "Filed pleadings for attorneys and self-represented litigants at the counter",
                    "Processed e-filings and answered phone questions about case status and fees"],
                  "facing", "in_person_service"),
                E("Detention Officer", "Okeena County Jail", "Cotton Bluff, GA", "2010-01", "2014-05", [
                    "Booking, fingerprints and property; housing unit supervision and headcounts"],
                  "facing", "other_facing"),
                E("Route Driver", "Peach State Linen Supply", "Macomb, GA", "2007-02", "2009-12", [
                    "Delivered clean linens to 40 restaurant and hotel accounts a day",
                    "Took add-on orders from kitchen managers and collected signatures"],
                  "facing", "in_person_service"),
                E("Rifleman", "U.S. Marine Corps", "Camp Lejeune, NC", "2003-06", "2007-01", [], "none", None,
                  etype="military"),
            ]),
            ("Training", ["POST Jail Officer certification (2010)", "Georgia Court Security training",
                          "Honorable discharge, Lance Corporal"]),
        ],
    ),
    # ------------------------------------------------------------------ w021
    dict(
        id="w021", r="txt",
        family="UK door supervisor with several short jobs, plain text, pipe lines with dates in brackets, 'Current'",
        layout="txt, plain/pipe, mon / 'Current'",
        name="Jordan Baptiste",
        contact=["Ashcombe  |  07700 900 782  |  jordan.baptiste@mailbox.co.uk"],
        style="mon", present="Current", sep=" - ", head="pipe", bullet="•",
        txt=dict(heading="colon", row="paren", name_caps=True),
        sections=[
            ("About me", ["Hard working and reliable, SIA door supervisor licence, available nights and weekends."]),
            ("Jobs", [
                E("Door Supervisor", "Velvet Room Nightclub", "Ashcombe", "2025-10", "present", [
                    "Front door on Fri/Sat: ID checks, searches, queue management",
                    "Ejections and first aid, radio with Pubwatch and police"],
                  "facing", "other_facing"),
                E("Retail Security Officer", "Bastion Retail Guarding", "Ashcombe", "2025-03", "2025-09", [
                    "Static guard at the entrance of a large supermarket",
                    "Bag checks when the door alarms went off, helping shoppers and deterring theft"],
                  "facing", "other_facing"),
                E("Courier (self-employed)", "Swiftdrop", "Ashcombe", "2024-07", "2025-02", [
                    "Contactless parcel drops, photo proof of delivery, 120 drops a day"],
                  "affecting", None, etype="freelance"),
                E("Kitchen Porter", "The Old Mill Inn", "Ashcombe", "2024-01", "2024-06", [], "affecting", None),
                E("Steward (casual)", "Ashcombe Racecourse", "Ashcombe", "2023-06", "2023-08", [],
                  "facing", "other_facing", text="Summer 2023"),
                E("Labourer", "Mason & Sons Builders", "Ashcombe", "2022-09", "2023-12", [
                    "Site clearing, mixing, loading out"],
                  "none", None),
            ]),
            ("Licences", ["SIA Door Supervisor, Emergency First Aid at Work, CSCS card"]),
        ],
    ),
    # ------------------------------------------------------------------ w022
    dict(
        id="w022", r="fp",
        family="Australian ambulance call-taker, fpdf2 centred header, title with right-aligned dates and employer below",
        layout="fpdf2, centred/title_org, month / 'Present'",
        name="Mei Lin Harcourt",
        contact=["Brindle Creek NSW 2480", "0422 555 361  •  meilin.harcourt@mailbox.com.au"],
        style="month", present="Present", sep=" – ", head="title_org", layout_fp="centred", bullet="•",
        sections=[
            ("Profile", [
                "Triple zero call-taker with a patient transport background. Known for staying calm and clear "
                "with distressed callers."]),
            ("Employment", [
                E("Emergency Medical Call Taker", "Coastal Ambulance Service", "Brindle Creek NSW", "2022-05", "present", [
                    "Answer Triple Zero (000) calls, triage with the medical priority system and give CPR and bleeding-control instructions",
                    "Stay on the line with callers until paramedics arrive; call back patients waiting in the queue"],
                  "facing", "contact_center"),
                E("Patient Transport Officer", "Coastal Ambulance Service", "Brindle Creek NSW", "2019-08", "2022-04", [
                    "Non-emergency transfers of patients between hospitals, aged care and home",
                    "Monitored patients en route and handed over to nursing staff"],
                  "facing", "healthcare_care"),
                E("Pharmacy Assistant", "Brindle Creek Chemist", "Brindle Creek NSW", "2017-02", "2019-07", [
                    "Served customers, advised on over-the-counter products, dispensary front desk"],
                  "facing", "in_person_service"),
                E("Swim School Teacher", "Splash Swim School", "Lismore Heights NSW", "2015-01", "2017-01", [
                    "Taught babies to primary school children in small groups"],
                  "facing", "education"),
            ]),
            ("Volunteer", [
                E("Patrol Member", "Brindle Creek Surf Life Saving Club", "Brindle Creek NSW", "2014-01", "present", [
                    "Volunteer beach patrols most Sunday mornings; Bronze Medallion, patrol captain since 2023"],
                  "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
            ]),
            ("Qualifications", ["Certificate IV in Health Care (Ambulance)", "Certificate III in Non-Emergency Patient Transport",
                                "Provide Advanced Resuscitation"]),
        ],
    ),
    # ------------------------------------------------------------------ w023
    dict(
        id="w023", r="docx",
        family="UK alarm-receiving-centre operator and Army veteran, Word borderless table per job",
        layout="docx, table/title_org, mon / 'Present'",
        name="Gareth Lowther",
        contact=["Thornleigh, TN9", "07700 900 526", "gareth.lowther@mailbox.co.uk"],
        style="mon", present="Present", sep=" – ", head="title_org", layout_docx="table", bullet="-",
        sections=[
            ("Personal Profile", [
                "Ex-forces, eleven years in security. BS 5979 / BS EN 50518 control room experience, SIA CCTV and "
                "Security Guard licences."]),
            ("Employment History", [
                E("Alarm Receiving Centre Operator", "Northgate Alarm Monitoring", "Thornleigh", "2022-04", "present", [
                    "Monitor intruder, fire and lone-worker alarms for business and home customers",
                    "Phone customers and keyholders to verify activations; dispatch police or mobile patrols",
                    "Answer customer calls about false alarms, passwords and test mode"],
                  "facing", "contact_center"),
                E("Hospital Security Officer", "Thornleigh Royal Infirmary", "Thornleigh", "2019-06", "2022-03", [
                    "Visible presence in A&E at nights; calmed aggressive patients and visitors",
                    "Helped visitors with directions and car parking problems; lock-up rounds"],
                  "facing", "other_facing"),
                E("Cash in Transit Crew Member", "Ironbridge Cash Services", "Thornleigh", "2016-01", "2019-05", [
                    "Collected and delivered cash cassettes and bags to banks, ATMs and retailers on a set route",
                    "Followed strict cross-pavement procedures and kept the vehicle manifest"],
                  "affecting", None),
                E("Parcel Sorter", "Fastlane Parcels", "Thornleigh", "2013-09", "2015-12", [
                    "Sorted parcels for delivery rounds on the night shift"],
                  "affecting", None),
                E("Infantry Soldier", "British Army", "Catterbrook Garrison", "2009-03", "2013-08", [
                    "Section second-in-command; two operational tours"],
                  "none", None, etype="military"),
            ]),
            ("Certificates", ["SIA Public Space Surveillance (CCTV) and Security Guarding", "First Aid at Work"]),
            ("Interests", ["Fell running, 5-a-side, volunteering with a veterans' breakfast club"]),
        ],
    ),
    # ------------------------------------------------------------------ w024
    dict(
        id="w024", r="md",
        family="Canadian bylaw officer in Markdown, bold title line with ISO dates and italic employer line",
        layout="md, bold/title_org, yyyy-mm / 'Present'",
        name="Devon Achterberg",
        contact=["Kestrel Bay, BC", "250-555-0188 · devon.achterberg@mailbox.ca"],
        style="iso", present="Present", sep=" – ", head="title_org", bullet="-",
        sections=[
            ("Skills", ["Conflict resolution · Plain-language explanations of bylaws · Report writing · Tempest and "
                        "CityWorks · Class 5 licence"]),
            ("Work history", [
                E("Bylaw Enforcement Officer", "District of Kestrel Bay", "Kestrel Bay, BC", "2022-04", "present", [
                    "Investigate complaints about noise, parking, animals and unsightly properties",
                    "Talk with residents and business owners to get voluntary compliance before ticketing",
                    "Issue bylaw notices and prepare files for adjudication"],
                  "facing", "other_facing"),
                E("Bylaw Clerk", "District of Kestrel Bay", "Kestrel Bay, BC", "2020-09", "2022-03", [
                    "Took complaint calls and emails from residents and logged them for officers",
                    "Scheduled dispute adjudication hearings"],
                  "facing", "contact_center"),
                E("Barista", "Driftwood Coffee Co.", "Kestrel Bay, BC", "2017-01", "2020-08", [],
                  "facing", "in_person_service"),
                E("Campground Attendant", "Kestrel Lake Campground", "Kestrel Bay, BC", "2019-05", "2019-09", [
                    "Checked in campers, sold firewood, enforced quiet hours on evening rounds"],
                  "facing", "in_person_service"),
                E("Tree Planter", "Coastline Reforestation", "Northern Vancouver Island", "2016-05", "2016-08", [
                    "Planted 1,500-2,500 seedlings a day in cutblocks"],
                  "none", None),
            ]),
            ("Education", ["Bylaw Enforcement certificate – Pacific Justice Training Centre (2021)",
                           "Grade 12, Kestrel Bay Secondary"]),
        ],
    ),
    # ------------------------------------------------------------------ w025
    dict(
        id="w025", r="rl",
        family="US airport passenger screener, reportlab with coloured left sidebar, title line with right dates",
        layout="reportlab, sidebar/title_org, mon / 'Present'",
        name="Keisha Morrow",
        contact=["Lakemont, NC 28699", "(828) 555-0154", "keisha.morrow@mailbox.com"],
        style="mon", present="Present", sep=" – ", head="title_org", layout_rl="sidebar", letter=True,
        side_rgb=(0.86, 0.93, 0.9), bullet="•",
        sidebar=[("h", "Core Skills"), ("p", "X-ray image interpretation"), ("p", "Pat-down and bag search procedures"),
                 ("p", "De-escalation"), ("p", "Cash handling"), ("h", "Education"),
                 ("p", "A.A.S. Criminal Justice, Blue Ridge Gap Community College"),
                 ("h", "References"), ("p", "Available upon request")],
        sections=[
            ("Experience", [
                E("Passenger Screening Officer", "Corvus Aviation Screening", "Lakemont Regional Airport, NC",
                  "2021-07", "present", [
                      "Screen passengers and carry-on bags at the checkpoint; explain procedures to travelers",
                      "Resolve alarms with pat-downs and bag searches, keeping passengers informed and moving",
                      "Help elderly travelers and families with children through screening"],
                  "facing", "other_facing"),
                E("Parking Enforcement Officer", "City of Lakemont", "Lakemont, NC", "2019-03", "2021-06", [
                    "Enforced downtown meters and permit zones; answered questions from drivers and merchants"],
                  "facing", "other_facing"),
                E("Call Center Agent", "Tarheel Benefit Services", "Lakemont, NC", "2016-10", "2019-02", [
                    "Answered member calls about claims, ID cards and provider searches"],
                  "facing", "contact_center"),
                E("Server", "Mabel's Southern Kitchen", "Lakemont, NC", "2014-05", "2016-09", [],
                  "facing", "in_person_service"),
            ]),
            ("Volunteer", [
                E("Crisis Line Volunteer", "Lakemont Crisis & Suicide Line", "Lakemont, NC", "2018-01", "2020-12", [
                    "Four-hour overnight shifts answering calls and texts from people in crisis"],
                  "facing", "volunteering", section="volunteer", etype="volunteer"),
            ]),
        ],
    ),
    # ------------------------------------------------------------------ w026
    dict(
        id="w026", r="docx",
        family="Irish retained firefighter with a farm-supplies day job, name in the Word page header, tab-stop dates",
        layout="docx, header/title_org, month / 'Present'",
        name="Declan Fahy",
        contact=["Drumcarrig, Co. Leitrim", "085 555 4419", "declan.fahy@mailbox.ie"],
        style="month", present="Present", sep=" - ", head="title_org", layout_docx="header",
        sections=[
            ("Work Experience", [
                E("Retained Firefighter", "Breffni County Fire Service", "Drumcarrig Fire Station", "2018-05", "present", [
                    "Respond to house fires, chimney fires, road traffic collisions and flooding within five minutes of the alert",
                    "Casualty care and reassurance for people trapped in vehicles until the ambulance takes over",
                    "Weekly drill night; maintain appliance and breathing apparatus"],
                  "facing", "other_facing", etype="paid"),
                E("Counter Sales Assistant", "Drumcarrig Co-op Mart", "Drumcarrig", "2015-02", "present", [
                    "Serve farmers and the public at the hardware and animal health counter",
                    "Phone orders, deliveries of feed and fencing, forklift"],
                  "facing", "in_person_service"),
                E("Farm Hand (family dairy farm)", None, "Drumcarrig", "2010-06", "2015-01", [
                    "Milking, calving, silage, machinery maintenance"],
                  "none", None),
            ]),
            ("Volunteering", [
                E("Community First Responder", "Drumcarrig CFR Group", "Drumcarrig", "2020-01", "present", [
                    "On-call rota for cardiac arrest and choking calls in the parish, CPR/AED before the ambulance arrives"],
                  "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
            ]),
            ("Education & Training", ["Leaving Certificate Applied", "Retained Firefighter Recruits Course (2018)",
                                      "Cardiac First Response – Community", "Safe Pass, forklift"]),
            ("References", ["Station Officer M. Gilheany – on request"]),
        ],
    ),
    # ------------------------------------------------------------------ w027
    dict(
        id="w027", r="html",
        family="UK prisoner custody officer returning after caring, HTML page with title, employer and dates on separate lines",
        layout="html, plain/dateline, mon / 'Present'",
        name="Tracey Bellingham",
        contact=["Stourfield, ST12", "07700 900 149", "tracey.bellingham@mailbox.co.uk"],
        style="mon", present="Present", sep=" – ", head="dateline", html=dict(row="h3"),
        sections=[
            ("Profile", [
                "Experienced custody professional with nine years in police custody and court cells, returning to "
                "the sector after four years caring for my mother."]),
            ("Employment", [
                E("Prisoner Custody Officer", "Halden Secure Services", "Stourfield Crown Court", "2023-03", "present", [
                    "Escort prisoners between prisons and court; staff the court cell area",
                    "Search, book in and carry out welfare checks on prisoners; arrange legal visits",
                    "Speak with solicitors and probation staff about prisoners' needs"],
                  "facing", "other_facing"),
                E("Career Break", None, None, "2019-06", "2023-02", [
                    "Full-time carer for my mother"],
                  "none", None, etype="unknown"),
                E("Custody Detention Officer", "Severnshire Police", "Stourfield Custody Suite", "2014-01", "2019-05", [
                    "Booked in detainees with the custody sergeant: risk assessments, searches, property",
                    "Explained PACE rights and arranged solicitors, appropriate adults and interpreters",
                    "Cell visits, meals and welfare checks"],
                  "facing", "other_facing"),
                E("Sales Advisor", "Homestyle Carpets & Flooring", "Stourfield", "2010-04", "2013-12", [
                    "Showroom sales on commission; measured customers' rooms and produced quotes"],
                  "facing", "sales_account"),
                E("Admin Assistant", "Wexley Insurance", "Stourfield", "2008-09", "2010-03", [
                    "Scanned and indexed customer policy documents; post room"],
                  "affecting", None),
            ]),
            ("Qualifications", ["Custody Detention Officer course (Severnshire Police, 2014)", "PCO licence (2023)",
                                "NVQ Level 2 Business Administration"]),
        ],
    ),
    # ------------------------------------------------------------------ w028
    dict(
        id="w028", r="fp",
        family="US venue security manager with retail loss-prevention background, two-page fpdf2 résumé with page footer",
        layout="fpdf2, left/title_org, mon / 'Present' (2 pages, footer)",
        name="Victor Haldane",
        contact=["Wheaton Lakes, MN 55399 | (612) 555-0172 | victor.haldane@mailbox.com"],
        style="mon", present="Present", sep=" - ", head="title_org", layout_fp="left", letter=True,
        footer="Victor Haldane | page {page}", break_before="Military Service", bullet="▪",
        sections=[
            ("Summary", [
                "Security leader with 20 years in casino, retail and live-event security. Builds teams, writes "
                "event security plans and works well with police and fire marshals."]),
            ("Professional Experience", [
                E("Security Manager", "Lakeshore Events Center", "Wheaton Lakes, MN", "2020-02", "present", [
                    "Lead 12 full-time officers and up to 150 contract event staff; hiring, training and scheduling",
                    "Write security plans for concerts, hockey and trade shows; coordinate with police and fire marshal",
                    "Own the $1.4M security budget and contractor performance reviews"],
                  "none", None),
                E("Asset Protection Team Lead", "Fairway Home Centers", "Wheaton Lakes, MN", "2015-06", "2020-01", [
                    "Internal theft and organized retail crime investigations; interviewed associates",
                    "CCTV reviews, shrink audits and AP training for three stores"],
                  "none", None),
                E("Loss Prevention Officer", "Fairway Home Centers", "Wheaton Lakes, MN", "2012-09", "2015-05", [
                    "Uniformed post at the entrance: greeted customers and checked receipts at the exit",
                    "Covered the returns desk at peak times"],
                  "facing", "other_facing"),
                E("Security Officer", "Twin Rivers Casino", "Wheaton Lakes, MN", "2009-04", "2012-08", [
                    "Guest assistance, ID checks at the gaming floor entrance, escorts for jackpot payouts"],
                  "facing", "other_facing"),
                E("Stock Associate", "Hilltop Grocery", "Wheaton Lakes, MN", "2003-06", "2005-08", [
                    "Unloaded trucks and stocked shelves, mostly early mornings before opening"],
                  "affecting", None),
            ]),
            ("Military Service", [
                E("Military Police (part-time)", "Minnesota Army National Guard", "Wheaton Lakes, MN", "2005-01", "2013-12", [
                    "Monthly drill weekends and annual training; team leader for four soldiers"],
                  "none", None, etype="military", prec="year"),
            ]),
            ("Certifications", ["Certified Protection Professional (CPP), ASIS", "Minnesota Protective Agent licence",
                                "Crowd Manager (NFPA 101)"]),
            ("Education", ["B.S. Criminal Justice, North Prairie State University (2009)"]),
        ],
    ),
    # ------------------------------------------------------------------ w029
    dict(
        id="w029", r="docx",
        family="Filipino-Australian hospital security and car park officer, Word layout table with shaded sidebar",
        layout="docx, sidebar/title_org, mon / 'Current'",
        name="Ramon Dizon",
        tagline="Security Officer – Class 1A, Current First Aid",
        contact=["Carrington Heights NSW 2340", "0455 555 207", "ramon.dizon@mailbox.com.au"],
        style="mon", present="Current", sep=" – ", head="title_org", layout_docx="sidebar", bullet="•",
        sidebar=[("h", "Licences"), ("p", "NSW Security Licence Class 1A, 1C"), ("p", "First Aid, CPR"),
                 ("p", "White Card"), ("h", "Languages"), ("p", "English, Tagalog, Cebuano")],
        sections=[
            ("Experience", [
                E("Security & Car Park Officer", "Carrington Base Hospital", "Carrington Heights NSW", "2021-07", "present", [
                    "Car park patrols; help visitors and patients with pay machines, permits and lost cars",
                    "Escort staff after night shifts; respond to duress alarms on the wards"],
                  "facing", "other_facing"),
                E("Cleaner", "Sparkle Commercial Cleaning", "Carrington Heights NSW", "2019-03", "2021-06", [
                    "After-hours cleaning of offices and a gym, 5pm to 11pm"],
                  "none", None),
                E("Security Guard", "Archangel Security Agency", "Cebu City, Philippines", "2013-06", "2018-12", [
                    "Posted at a bank branch entrance: greeted clients, gave queue numbers and checked bags",
                    "Escorted cash deliveries from the armoured van"],
                  "facing", "other_facing"),
                E("Service Crew", "Lutong Bahay Fastfood", "Cebu City, Philippines", "2011-04", "2013-05", [],
                  "facing", "in_person_service"),
                E("Church Usher (volunteer)", "Carrington Filipino Community Church", "Carrington Heights NSW",
                  "2020-01", "present", [], "facing", "volunteering", section="volunteer", etype="volunteer",
                  prec="year"),
            ]),
            ("Education", ["Certificate II in Security Operations (2019)", "BS Criminology, Cebu Eastern College (2011, undergraduate)"]),
        ],
    ),
    # ------------------------------------------------------------------ w030
    dict(
        id="w030", r="txt",
        family="UK criminology student and special constable, plain text, title/employer/dates on one line, year-only older jobs",
        layout="txt, plain/inline, mon + year / 'Present'",
        name="Ellis Varney",
        contact=["Kingsmere", "07700 900 677", "ellis.varney@mailbox.co.uk"],
        style="mon", present="Present", sep="-", head="inline", bullet="",
        txt=dict(heading="caps"),
        sections=[
            ("Education", ["BSc Criminology (2nd year), University of Kingsmere – predicted 2:1",
                           "A Levels: Law B, Sociology B, History C"]),
            ("Experience", [
                E("Civil Enforcement Officer (part-time)", "ParkSure Services", "Kingsmere", "2025-01", "present", [
                    "On-street parking enforcement for the borough, weekends and holidays.",
                    "Dealing with drivers who dispute tickets and giving directions to visitors."],
                  "facing", "other_facing"),
                E("Special Constable", "Kingsmere & Dale Constabulary", "Kingsmere", "2024-09", "present", [
                    "Volunteer 16+ hours a month on response shifts and at football matches."],
                  "facing", "volunteering", section="volunteer", etype="volunteer"),
                E("Retail Assistant", "Pickering's Bakery", "Kingsmere", "2022-01", "2024-12", [],
                  "facing", "in_person_service", prec="year"),
                E("Paper Round", "Kingsmere News & Post", "Kingsmere", "2019-01", "2021-12", [
                    "Early morning deliveries to 80 houses before school."],
                  "affecting", None, prec="year"),
            ]),
            ("Other", ["Duke of Edinburgh Silver. Full driving licence. Referees available."]),
        ],
    ),
]
