"""wild21 résumés w016-w030."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    id="w016", ext="pdf", renderer="fpdf", layout="sidebar", order="title_org", page="a4",
    family="Scottish history student with a cinema job, a Saturday checkout job and a separate early-morning "
           "picking job at the same supermarket, and a distillery summer, fpdf2 shaded sidebar",
    ds=dict(style="mon", present="Present", dash=" – "), font="dejavuc", accent=(20, 70, 70),
    hstyle="caps_rule", size=9.5, sidew=150, sidebg=(226, 238, 236), bullet="▪",
    name="Callum Fraser", headline="History student, 4th year",
    contact=["Inverallan", "07700 900 233", "callum.fraser@mailbox.scot"],
    side=[
        ("h", "Skills"),
        ("list", ["Till and cash handling", "Age-restricted sales", "First aid at work",
                  "Basic German", "Excel"]),
        ("h", "Availability"),
        ("lines", ["Evenings and weekends", "in term; full-time", "from June"]),
        ("h", "References"),
        ("lines", ["On request"]),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Final-year student who has held two or three part-time jobs at once since second year. Reliable "
              "(never missed a shift), calm in a queue and happy to take the early starts nobody else wants."),
        ("h", "Experience"),
        ("jobs", [
            E("Cinema Host (part-time)", "The Regal Picture House", "Inverallan", "2024-10..present", "facing",
              "in_person_service", [
                  "Box office, kiosk and ushering – whatever the rota says that night",
                  "Check tickets and ID for 15 and 18 certificate films",
                  "Clean screens between showings and help set up the monthly staff preview"]),
            E("Online Order Picker", "Brodie's Supermarket", "Inverallan", "2025-01..present", "affecting", None, [
                "Pick home-delivery orders on the handheld, choosing substitutions from the options the customer ticked",
                "Load the vans in route order"], note="6–9am before the store opens, two weekdays"),
            E("Customer Assistant (Saturdays)", "Brodie's Supermarket", "Inverallan", "2023-09..present", "facing",
              "in_person_service", [
                  "Checkouts and the self-scan area; trained first-aider on shift",
                  "Age checks for alcohol, knives and paracetamol"]),
            E("Visitor Centre Guide", "Glen Callan Distillery", "Glen Callan", "2024-06..2024-08", "facing",
              "other_facing", [
                  "Led tours and tastings for groups of up to 16, in English and some basic German",
                  "Sold bottles and gift packs in the shop at the end of each tour"], dt="Summer 2024"),
        ]),
        ("h", "Education"),
        ("edu", [("MA (Hons) History", "2023 – 2027", "University of Inverallan – expected 2:1"),
                 ("Highers: History A, English A, Modern Studies B, German B", "2023", "Inverallan Academy")]),
    ],
))

# ------------------------------------------------------------------ w017
R.append(dict(
    id="w017", ext="docx", renderer="docx", layout="styles", order="at", page="a4",
    family="UK graduate trainee whose CV lists a gap year in Australia with the jobs done inside it, a "
           "Saturday job through school and university and a student phone campaign, Word heading styles, 'Title at Employer'",
    ds=dict(style="month", present="Present", dash=" – "), font="Georgia", hstyle="styles", hlevel=2, size=10.5,
    dbullet="style",
    name="Olivia Brennan-Sykes",
    contact=["Thrapley, Northamptonshire", "07700 900 851", "olivia.bsykes@mailbox.co.uk"],
    blocks=[
        ("h", "About Me"),
        ("p", "Logistics graduate trainee with an MSc in supply chain management. Organised, unflappable on the "
              "phone and used to making things work with whatever is to hand – a gap year on the other side of "
              "the world will do that."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Graduate Trainee – Transport Planning", "Harwell & Finch Distribution", "Thrapley",
              "2024-09..present", "affecting", None, [
                  "Plan next-day delivery routes for 40 vehicles serving garden centres and DIY stores",
                  "Chase late collections with hauliers and update our customer service team so they can warn stores",
                  "Rotations so far: inbound and transport planning; warehouse operations next"]),
            E("Gap Year", None, "Australia", "2022-09..2023-08", "none", None, [
                "Working holiday visa: travelled up the east coast and worked along the way (below)"],
              etype="unknown"),
            E("Hostel Receptionist", "Bluegum Backpackers", "Marlee Heads, Queensland", "2023-01..2023-04",
              "facing", "in_person_service", [
                  "Check-ins for 120 beds, tour bookings and sorting out dorm disputes at 2am"]),
            E("Fruit Picker", "Sunridge Orchards", "Victoria", "2022-09..2022-11", "none", None, [
                "Picking and thinning on piece rate – the regional work I needed for a second-year visa"]),
            E("Sales Assistant (Saturday job)", "Pennington's Outdoor Store", "Thrapley", "2017-03..2022-08",
              "facing", "in_person_service", [
                  "Boot fitting, tent demos and the till; kept the job through university in the holidays"]),
        ]),
        ("h", "University Activities"),
        ("jobs", [
            E("Student Caller", "University of Ashcombe Development Office", None, "2021-02..2021-03", "facing",
              "contact_center", [
                  "Phoned alumni for the annual telephone campaign: catching up, updating their records and asking for a gift"],
              section="other"),
        ]),
        ("h", "Education"),
        ("edu", [("MSc Supply Chain Management (Merit)", "2023 – 2024", "University of Ashcombe"),
                 ("BA (Hons) Geography, 2:1", "2019 – 2022", "University of Ashcombe")]),
        ("h", "Skills"),
        ("p", "Route planning software, Excel (Power Query), full UK driving licence, conversational Spanish."),
    ],
))

# ------------------------------------------------------------------ w018
R.append(dict(
    id="w018", ext="md", renderer="md", layout="h3", mdstyle="h3", order="title_org",
    family="Irish special needs assistant with evening and Sunday supermarket shifts since before the SNA "
           "post, a summer camp and Tidy Towns volunteering, Markdown h3 roles, numeric dates",
    ds=dict(style="mm/yyyy", present="Present", dash=" – "), bullet="*", h2md="_",
    name="Ciara Devlin",
    contact=["Carrigmoyle, Co. Cork", "087 555 0166", "ciara.devlin@mailbox.ie"],
    blocks=[
        ("h", "Profile"),
        ("p", "SNA for five years and in childcare before that. Patient, practical and not easily rattled. I still "
              "do two evenings and Sundays in Daly's, so weekends are never quiet."),
        ("h", "Employment"),
        ("jobs", [
            E("Special Needs Assistant", "Scoil Naomh Bríd", "Carrigmoyle, Co. Cork", "2021-09..present", "facing",
              "education", [
                  "Support two pupils with autism in a mainstream 4th class, and cover the ASD class at lunch since 2023",
                  "Care needs, toileting and feeding support, and helping the children regulate when the day gets too much",
                  "Keep the daily home-school notebook with parents"]),
            E("Customer Assistant (evenings & Sundays)", "Daly's Foodmarket", "Carrigmoyle", "2019-03..present",
              "facing", "in_person_service", []),
            E("Camp Leader", "Sunbeam Summer Camps", "Carrigmoyle", "2023-07..2023-08", "facing", "education", [
                "Ran arts and sports sessions for 8–12 year olds, five weeks over July and August"]),
            E("Childcare Assistant", "Little Acorns Crèche", "Carrigmoyle", "2018-01..2021-08", "facing",
              "education", ["Toddler room, ratio 1:6", "Completed QQI Level 6 Early Childhood Care while working"]),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Committee Member & Volunteer", "Carrigmoyle Tidy Towns", "Carrigmoyle", "2020..present", "none", None, [
                "Saturday-morning litter picks and planting the roundabout beds"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education & Training"),
        ("edu", [("QQI Level 6 Special Needs Assisting", "2021", "Carrigmoyle College of Further Education"),
                 ("QQI Level 6 Early Childhood Care and Education", "2020", None),
                 ("Leaving Certificate", "2017", "Coláiste Pádraig, Carrigmoyle")]),
        ("h", "Other"),
        ("list", ["Garda vetted", "Manual handling, Children First, Safe Talk", "Full clean driving licence"]),
    ],
))

# ------------------------------------------------------------------ w019
R.append(dict(
    id="w019", ext="pdf", renderer="rl", layout="plain", order="dash", page="letter",
    family="US warehouse shift supervisor with an evening delivery gig (hand-to-customer), weekend event "
           "security and Army Reserve service, 2-page reportlab résumé in Times with page footer",
    ds=dict(style="mon", present="Present", dash=" - "), font="times", accent=(0, 0, 0), tdash=" - ",
    hstyle="caps_rule", size=11, jobgap=8, margin=58,
    footer="Marcus D. Bell  |  Page {n} of {total}",
    name="Marcus D. Bell", headline="Warehouse Operations | Team Leadership | Safety",
    contact=["Carver Springs, GA 30999", "(470) 555-0129", "marcus.bell@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "Shift supervisor with nine years in cold-chain distribution, six years in the Army Reserve, and "
              "a couple of side jobs that keep me in front of the public. I run a safe, accurate dock and I "
              "don't mind nights or weekends. Looking for an operations supervisor or area manager role."),
        ("h", "Core Strengths"),
        ("list", ["Labor planning and shift scheduling", "Forklift / reach truck trainer (OSHA-compliant)",
                  "WMS (RF picking, cycle counts, replenishment)", "Coaching, attendance and performance conversations",
                  "Calm de-escalation"]),
        ("h", "Work History"),
        ("jobs", [
            E("Warehouse Shift Supervisor", "Kessler Cold Chain Logistics", "Carver Springs, GA", "2020-06..present",
              "affecting", None, [
                  "Run second shift in a 180,000 sq ft refrigerated DC: 26 associates, 14 dock doors",
                  "Plan labor against the evening order waves so grocery and restaurant loads leave on time",
                  "Cut mis-picks from 0.9% to 0.3% by adding a second scan at the staging lanes",
                  "Train new forklift and pallet-jack operators and run the shift safety huddle",
                  "Handle write-ups, attendance and schedule swaps for my team"]),
            E("Delivery Driver (evenings)", "DashRunner", "Carver Springs, GA", "2022-02..present", "facing",
              "in_person_service", [
                  "Restaurant deliveries three or four evenings a week after my shift",
                  "Hand orders to customers at the door, check ID on alcohol orders, and sort out wrong or missing items with them on the spot",
                  "4.9 customer rating over 3,000+ deliveries"], etype="freelance", note="Independent contractor"),
            E("Event Security (weekends)", "Peachline Event Staffing", "Carver Springs, GA", "2021-08..present",
              "facing", "other_facing", [
                  "Gate bag checks and wanding at the stadium and the county fairgrounds",
                  "Direct fans to seats and first aid; calm down the occasional argument in the stands"]),
            E("Forklift Operator", "Kessler Cold Chain Logistics", "Carver Springs, GA", "2017-03..2020-05",
              "affecting", None, [
                  "Loaded outbound trailers for grocery and restaurant customers in stop order",
                  "Put-away and replenishment in the freezer at -10°F"]),
            E("Line Cook", "Sunup Diner", "Carver Springs, GA", "2014..2016", "affecting", None, []),
        ]),
        ("h", "Military Service"),
        ("jobs", [
            E("Motor Transport Operator (88M), Sergeant", "U.S. Army Reserve - 812th Transportation Company",
              "Fort Carver, GA", "2015-03..2021-03", "none", None, [
                  "Drilled one weekend a month and two weeks each summer; honorable discharge",
                  "Led a four-truck squad on convoy and night-driving training",
                  "Kept the squad's vehicle maintenance logs and dispatch paperwork"], etype="military"),
        ]),
        ("h", "Education & Training"),
        ("edu", [("High School Diploma", "2014", "Carver Springs High School"),
                 ("Supervisory Skills Certificate", "2021", "Carver Technical College (evening program)")]),
        ("h", "Certifications"),
        ("list", ["Powered Industrial Truck trainer", "CPR/AED (American Red Cross), 2025",
                  "State security guard license (unarmed)"]),
    ],
))

# ------------------------------------------------------------------ w020
R.append(dict(
    id="w020", ext="docx", renderer="docx", layout="tabs", order="title_org", page="a4",
    family="Indian clinical pharmacist with an evening community-pharmacy job, a listed exam-preparation "
           "gap and two internships, Word tab-stop dates, arrow bullets, 'till date'",
    ds=dict(style="mon", present="till date", dash=" - "), font="Times New Roman", hstyle="rule",
    accent="000000", dbullet="➢", centre=True, size=11,
    name="MOHAMMED FARHAN QURESHI", headline="M.Pharm (Pharmacy Practice)",
    contact=["H.No. 4-7-112, Chandni Colony, Sultanpet, Telangana", "+91 98490 55374", "farhan.qureshi@mailbox.in"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To work as a clinical pharmacist in a reputed multispeciality hospital where I can use my knowledge "
              "of pharmacotherapy for safe and rational use of medicines."),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Clinical Pharmacist", "Sultanpet Multispeciality Hospital", "Sultanpet", "2022-08..present", "facing",
              "healthcare_care", [
                  "Attending ward rounds in general medicine and nephrology; flagging interactions and renal dose adjustments to consultants",
                  "Medication reconciliation for new admissions",
                  "Counselling patients at discharge on inhalers, insulin pens and anticoagulants",
                  "Reporting ADRs to the pharmacovigilance cell"]),
            E("Pharmacist (Evening shift, part-time)", "Janaki Medicals", "Sultanpet", "2023-01..present", "facing",
              "healthcare_care", [
                  "Dispensing prescriptions from 7 to 11 pm, checking doses and explaining to each customer how to take the medicines"]),
            E("Career Gap – GPAT Preparation", None, None, "2021-06..2022-07", "none", None, [], etype="unknown"),
            E("Pharmacy Intern", "District Headquarters Hospital", "Sultanpet", "2021-01..2021-05", "facing",
              "healthcare_care", [
                  "Dispensed at the OPD pharmacy counter, about 250 patients a day",
                  "Helped with drug store indents and stock registers"], etype="internship"),
            E("Quality Control Trainee", "Arogya Pharma Ltd.", "Sultanpet", "2020-06..2020-07", "affecting", None, [
                "Assay and dissolution testing of tablets under the QC chemist",
                "Documentation as per GMP"], etype="internship"),
        ]),
        ("h", "Educational Qualification"),
        ("edu", [("M.Pharm (Pharmacy Practice) – 78%", "2022 - 2024 (distance/part-time)", "Deccan College of Pharmacy"),
                 ("B.Pharm – 81%", "2017 - 2021", "Deccan College of Pharmacy"),
                 ("Intermediate (BiPC) – 94%", "2017", "Board of Intermediate Education")]),
        ("h", "Registration"),
        ("p", "Registered Pharmacist, State Pharmacy Council, Reg. No. 21-45871"),
        ("h", "Personal Profile"),
        ("kv", [("Father's Name", "Mohammed Abdul Qadeer"), ("Date of Birth", "02-11-1999"),
                ("Languages Known", "English, Hindi, Urdu, Telugu"), ("Marital Status", "Unmarried")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that all the above information is true to the best of my knowledge and belief."),
        ("lines", ["Place: Sultanpet", "Date:", "(MOHAMMED FARHAN QURESHI)"]),
    ],
))

# ------------------------------------------------------------------ w021
R.append(dict(
    id="w021", ext="txt", renderer="txt", layout="indeed", order="dateline",
    family="US community-college student with a host job, a peer-tutor stint, a work-study mailroom job "
           "and a summer camp (about a year of customer contact), Indeed-style text export, 'Month YYYY to Present'",
    ds=dict(style="month", present="Present", dash=" to "), hstyle="plain", bullet="-", hblank=True,
    name="Jasmine Okafor", contact=[],
    top=["Jasmine Okafor", "Bellhaven, IL", "jasmine.okafor@mailbox.com", "+1 217 555 0164"],
    blocks=[
        ("h", "Work Experience"),
        ("jobs", [
            E("Host", "Marigold Kitchen & Bar", "Bellhaven, IL", "2026-04..present", "facing", "in_person_service", [
                "Greet and seat guests and run the waitlist app on Friday and Saturday nights",
                "Answer the phone for reservations and to-go orders"]),
            E("Peer Tutor, Writing Center", "Bellhaven Community College", "Bellhaven, IL", "2026-03..2026-05",
              "facing", "education", [
                  "Met one-on-one with students working on essays and lab reports, about 10 hours a week"],
              section="other"),
            E("Mailroom Assistant (Work-Study)", "Bellhaven Community College", "Bellhaven, IL", "2025-08..present",
              "affecting", None, [
                  "Sort and log incoming packages for the residence halls",
                  "Scan packages into the pickup system so students get their notification",
                  "Stage packages on the shelves for the front-window staff"]),
            E("Day Camp Counselor", "Bellhaven Park District", "Bellhaven, IL", "2025-06..2025-08", "facing",
              "education", ["Ran a group of 12 eight-year-olds: crafts, swim time and field trips"]),
        ]),
        ("h", "Education"),
        ("lines", ["Associate of Arts (in progress)", "Bellhaven Community College - Bellhaven, IL",
                   "August 2025 to Present"]),
        ("h", "Skills"),
        ("list", ["Customer service (1 year)", "Tutoring", "Microsoft Office", "Cash handling"]),
        ("h", "Additional Information"),
        ("p", "Available evenings and weekends during the semester; full time over winter and summer breaks."),
    ],
))

# ------------------------------------------------------------------ w022
R.append(dict(
    id="w022", ext="pdf", renderer="fpdf", layout="plain", order="dateline", page="a4",
    family="Australian primary teacher with a fixed-term contract, Friday relief days and a home tutoring "
           "business, parental leave listed, fpdf2 serif left header, dates on their own line",
    ds=dict(style="mon", present="Current", dash=" – "), font="serif", accent=(140, 60, 20),
    hstyle="color", size=10, bullet="•",
    name="Rebecca Nguyen", headline="Primary Teacher · VIT registered",
    contact_lines=["Mallow Creek VIC 3999  ·  0491 570 110  ·  bec.nguyen@mailbox.com.au"],
    contact=["Mallow Creek VIC 3999", "0491 570 110", "bec.nguyen@mailbox.com.au"],
    blocks=[
        ("h", "Career Summary"),
        ("p", "Primary teacher with six years in Victorian classrooms (Prep, Year 2 and Year 3), strong in early "
              "literacy and in working with families. Returning to a full-time position after parental leave "
              "and two years of a 0.8 load."),
        ("h", "Teaching Experience"),
        ("jobs", [
            E("Classroom Teacher – Year 3 (0.8, fixed term)", "Mallow Creek Primary School", "Mallow Creek VIC",
              "2024-01..present", "facing", "education", [
                  "Year 3 class of 24, including two students on individual learning plans",
                  "Lead the Year 3–4 literacy data team and run parent–teacher interviews twice a year",
                  "Camp and excursion coordinator for 2025"]),
            E("Casual Relief Teacher", "EdSource Relief Teaching", "Mallow Creek VIC", "2024-02..present", "facing",
              "education", ["Fridays across four primary schools, Foundation to Year 6"]),
            E("Parental Leave", None, None, "2022-07..2023-12", "none", None, [], etype="unknown"),
            E("Graduate Teacher", "St Brendan's Primary School", "Kelso Ridge VIC", "2019-01..2022-06", "facing",
              "education", [
                  "Prep in 2019–2020 and Year 2 in 2021–2022, including two rounds of remote learning",
                  "Started the school's reading-buddies program with the Year 5s"]),
        ]),
        ("h", "Tutoring Business"),
        ("jobs", [
            E("Owner & Tutor", "Bright Sparks Tutoring", "Mallow Creek VIC", "2018..present", "facing", "education", [
                "Small tutoring business run from home: 6–8 primary students a week in literacy and numeracy",
                "Parents book and pay online; I send them a short note after every session"], etype="freelance"),
        ]),
        ("h", "Qualifications"),
        ("edu", [("Master of Teaching (Primary)", "2017 – 2018", "Kelso Ridge University"),
                 ("Bachelor of Arts (Psychology)", "2013 – 2016", "Kelso Ridge University")]),
        ("h", "Registration & Checks"),
        ("list", ["Full registration, Victorian Institute of Teaching", "Anaphylaxis and first aid current",
                  "Working with Children Check (employee)"]),
        ("h", "Referees"),
        ("lines", ["Ms Dana Whitfield, Principal, Mallow Creek Primary School – 03 5555 0142",
                   "Mr Tom Callaghan, Deputy Principal, St Brendan's Primary School – 03 5555 0187"]),
    ],
))

# ------------------------------------------------------------------ w023
R.append(dict(
    id="w023", ext="docx", renderer="docx", layout="sidebar", order="title_org", page="letter", jobtable=True,
    family="Philippine registered nurse on a night-shift US healthcare BPO account with private-duty nursing "
           "on rest days, Word layout table with shaded sidebar and a nested table per job",
    ds=dict(style="month", present="Present", dash=" – "), font="Calibri", hstyle="rule", accent="0B6E4F",
    size=10, sidebg="DFF0E8", dbullet="style", tablew=4.6,
    name="Jericho Manalastas, RN", headline="Registered Nurse",
    contact=["San Gabriel, Bulacan", "0916 555 0127", "jericho.manalastas@mailbox.ph"],
    side=[
        ("h", "License"),
        ("lines", ["Registered Nurse", "Board passer, 2020"]),
        ("h", "Skills"),
        ("list", ["Patient assessment", "Wound care & NGT feeding", "Prior authorization", "US medical terminology",
                  "Typing 55 wpm"]),
        ("h", "Languages"),
        ("lines", ["Filipino, English"]),
    ],
    blocks=[
        ("h", "Objective"),
        ("p", "Nurse with six years of bedside, home-care and healthcare BPO experience, looking for a clinical "
              "reviewer or utilization management role."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Prior Authorization Specialist (Non-voice)", "MedAxis BPO Solutions Inc.",
              "San Gabriel, Bulacan", "2023-02..present", "affecting", None, [
                  "Process prior authorization requests that come in by fax and provider portal for a US health plan",
                  "Check member eligibility, review clinical notes against the plan's criteria and build the case for the nurse reviewer",
                  "Average 38 cases a shift at 99% audit accuracy"], note="Night shift, US healthcare account"),
            E("Private Duty Nurse (rest days)", "Bethany Home Care Agency", "San Gabriel, Bulacan",
              "2023-06..present", "facing", "healthcare_care", [
                  "12-hour day shifts twice a week caring for a bedridden stroke patient at home",
                  "NGT feeding, wound care and vital signs, and teaching the family how to turn and position him"]),
            E("Staff Nurse", "San Gabriel District Hospital", "San Gabriel, Bulacan", "2020-07..2022-12", "facing",
              "healthcare_care", [
                  "Medical-surgical ward, 1:12 nurse-patient ratio during the pandemic",
                  "Assigned to the COVID-19 isolation ward from July 2020 to March 2021"]),
        ]),
        ("h", "Volunteer Experience"),
        ("jobs", [
            E("Volunteer Nurse", "Barangay Sto. Niño Health Center", "San Gabriel, Bulacan", "2019-12..2020-06",
              "facing", "volunteering", [
                  "Blood pressure screening, prenatal check-ups and the Wednesday immunization clinic while waiting for board results"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("edu", [("Bachelor of Science in Nursing", "2015 – 2019", "Colegio de San Gabriel")]),
        ("h", "Seminars & Trainings"),
        ("list", ["Basic Life Support / ACLS, 2024", "IV Therapy Training, 2020", "HIPAA Awareness, 2023"]),
        ("h", "Character References"),
        ("lines", ["Ms. Rowena T. Santos, RN – Chief Nurse, San Gabriel District Hospital – 0917 555 0141"]),
    ],
))

# ------------------------------------------------------------------ w024
R.append(dict(
    id="w024", ext="html", renderer="html", htmlstyle="gdocs", layout="gdocs", order="pipe", hesc="named",
    family="Kenyan hotel receptionist with weekend events ushering and a holiday-let business with her "
           "sister, HTML exported from Google Docs, pipe title lines with tabbed dates",
    ds=dict(style="month", present="Present", dash=" – "),
    css=(".c1{font-size:10pt;font-family:\"Arial\"}.c5{font-weight:700;font-size:11pt}.c6{font-style:italic}"
         ".c12{font-size:24pt;font-weight:700}.c11{font-size:13pt;color:#1155cc}.c2{margin-left:36pt}"
         "li-bullet-0:before{content:'\\25cf'}"),
    name="Mercy Akinyi Odhiambo",
    contact=["Mtepeni, Kilifi County, Kenya", "+254 723 555 902", "mercy.akinyi@mailbox.co.ke"],
    blocks=[
        ("h", "Profile"),
        ("p", "Warm, organised front-office professional with five years in beach hotels and events. Fluent in "
              "English, Kiswahili and conversational German. I enjoy making guests feel looked after from the "
              "first message to the last goodbye."),
        ("h", "Experience"),
        ("jobs", [
            E("Front Office Receptionist", "Coral Dhow Beach Hotel", "Mtepeni", "2021-03..present", "facing",
              "in_person_service", [
                  "Check-in and check-out for a 96-room beach hotel, mostly European tour groups and local families",
                  "Handle guest complaints at the desk and follow up with housekeeping and maintenance",
                  "Cover the night audit once a week"]),
            E("Host", "Mtepeni Garden Cottage (holiday let)", "Mtepeni", "2022..present", "facing",
              "entrepreneurial_freelance", [
                  "Run a two-bedroom holiday cottage on the booking sites with my sister",
                  "Welcome guests, arrange airport transfers and boat trips, and answer messages quickly – rated 4.9"],
              etype="freelance"),
            E("Events Usher (weekends)", "Zuri Events & Décor", "Mtepeni", "2019-06..present", "facing",
              "other_facing", ["Weddings, product launches and fundraisers: guest registration, seating and VIP escort"]),
            E("Room Attendant", "Baobab Beach Resort", "Mtepeni", "2019-01..2021-02", "affecting", None, []),
            E("Industrial Attachment – Front Office", "Kilindini Palm Hotel", "Mtepeni", "2018-05..2018-08",
              "facing", "in_person_service", ["Rotated through reception, reservations and the concierge desk"],
              etype="internship"),
        ]),
        ("h", "Education"),
        ("edu", [("Diploma in Hotel Management", "2016 – 2018", "Coast Institute of Hospitality, Mtepeni"),
                 ("KCSE (C+)", "2015", "Mtepeni Girls Secondary School")]),
        ("h", "Languages"),
        ("p", "English (fluent), Kiswahili (native), German (conversational, A2 certificate)."),
        ("h", "Referees"),
        ("p", "Available on request."),
    ],
))

# ------------------------------------------------------------------ w025
R.append(dict(
    id="w025", ext="pdf", renderer="rl", layout="plain", order="orgfirst", page="a4",
    family="UK senior carer with a second Sunday contract at the same care group, pandemic agency shifts "
           "and an earlier retail redundancy, reportlab single column, employer heading with roles beneath",
    ds=dict(style="mon", present="Present", dash=" – "), font="helv", accent=(20, 80, 120),
    hstyle="color", size=10,
    grouprange={"Meadowcroft Care Group": "Oct 2020 – Present"},
    name="Grace Adeyemi", headline="Senior Care Assistant · Level 3 Diploma in Adult Care",
    contact=["Brackenford", "07700 900 564", "grace.adeyemi@mailbox.co.uk"],
    blocks=[
        ("h", "Personal Statement"),
        ("p", "After eight years managing a homeware shop I was made redundant in 2020 and started in care the "
              "same autumn. It's the best decision I have made. I now lead a small team on a dementia unit and "
              "run the home's Sunday activities on a second contract."),
        ("h", "Employment History"),
        ("jobs", [
            E("Senior Care Assistant", "Meadowcroft Care Group", "Brackenford", "2022-06..present", "facing",
              "healthcare_care", [
                  "Lead a team of five carers on the dementia floor (32 residents)",
                  "Medication rounds on eMAR, care-plan reviews with families, and liaison with GPs and district nurses",
                  "Mentor new starters through the Care Certificate"]),
            E("Activities Coordinator (Sundays)", "Meadowcroft Care Group", "Brackenford", "2023-01..present",
              "facing", "healthcare_care", [
                  "Second contract: plan and run Sunday activities – music, baking, garden club and video calls with relatives"]),
            E("Care Assistant", "Meadowcroft Care Group", "Brackenford", "2020-10..2022-05", "facing",
              "healthcare_care", ["Personal care, meals and mobility for residents; nights for my first year"]),
            E("Agency Care Worker", "Flexicare Staffing Solutions", "Brackenford", "2020-10..2021-12", "facing",
              "healthcare_care", ["Extra shifts in three care homes and some home-care visits during the pandemic"]),
            E("Assistant Store Manager", "Halloway's Homeware", "Brackenford", "2012-04..2020-08", "affecting",
              None, [
                  "Deliveries, the stockroom and weekly stock takes",
                  "Rotas and payroll hours for 14 staff",
                  "Visual merchandising to head-office planograms",
                  "Made redundant when the chain closed in August 2020"]),
        ]),
        ("h", "Training & Qualifications"),
        ("edu", [("Level 3 Diploma in Adult Care", "2023", None),
                 ("Care Certificate", "2020", None),
                 ("Safe handling of medicines, dementia awareness, moving and handling", "2024", None)]),
        ("h", "Additional Information"),
        ("p", "Full driving licence and own car. Enhanced DBS on the update service."),
    ],
))

# ------------------------------------------------------------------ w026
R.append(dict(
    id="w026", ext="docx", renderer="docx", layout="header", order="title_org", page="letter",
    family="Canadian newcomer from India with overlapping security, night warehouse and café jobs, food bank "
           "volunteering and five years in a co-operative bank, name and contact in the Word page header",
    ds=dict(style="mon.", present="Present", dash=" – "), font="Calibri", hstyle="rule", accent="2E4057",
    size=10.5, dbullet="▪", rbold=False,
    name="Gurleen Kaur",
    contact=["Maple Crossing, ON", "647-555-0198", "gurleen.kaur@mailbox.ca"],
    headline="Customer-focused banking professional | Bilingual English, Punjabi, Hindi",
    blocks=[
        ("h", "Summary of Qualifications"),
        ("list", ["Five years of retail banking in India: account opening, KYC, cross-selling deposits and insurance",
                  "Three years of Canadian work experience in security, fulfilment and food service",
                  "Bachelor of Commerce (WES-assessed equivalent to a Canadian bachelor's degree)",
                  "Comfortable serving customers in English, Punjabi and Hindi"]),
        ("h", "Canadian Work Experience"),
        ("jobs", [
            E("Security Guard (part-time)", "Trillium Guard Services", "Maple Crossing, ON", "2025-01..present",
              "facing", "other_facing", [
                  "Weekend concierge desk at a 240-unit condominium: sign in visitors and contractors, log parcels and hand them to residents",
                  "Hourly floor and garage patrols; incident reports"]),
            E("Warehouse Associate (night shift)", "Northbound Fulfilment Centre", "Maple Crossing, ON",
              "2024-05..present", "affecting", None, [
                  "Pick and pack e-commerce orders, 160 units an hour on average",
                  "Cycle counts and damaged-goods returns to vendors"]),
            E("Café Team Member", "Maple Bean Coffee Co.", "Maple Crossing, ON", "2023-10..2024-06", "facing",
              "in_person_service", [
                  "Drive-thru headset and front counter during the morning rush",
                  "Cash handling and the closing checklist"]),
        ]),
        ("h", "Volunteer Experience"),
        ("jobs", [
            E("Food Bank Volunteer", "Maple Crossing Community Food Bank", "Maple Crossing, ON", "2023-11..present",
              "facing", "volunteering", [
                  "Saturday intake: greet clients, check their registration and walk them through the shopping-style pickup, in Punjabi or Hindi where it helps"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "International Work Experience"),
        ("jobs", [
            E("Customer Relationship Officer", "Bharat Shakti Co-operative Bank", "Sarhind Nagar, Punjab, India",
              "2018-06..2023-06", "facing", "sales_account", [
                  "Looked after a portfolio of about 300 savings and current account customers",
                  "Cross-sold fixed deposits, recurring deposits and insurance; met quarterly targets in 14 of 20 quarters",
                  "Walk-in queries, KYC updates and account opening"]),
        ]),
        ("h", "Education"),
        ("edu", [("Bachelor of Commerce", "2015 – 2018", "Guru Arjan College, Sarhind Nagar (WES assessed)")]),
        ("h", "Certifications"),
        ("list", ["Ontario Security Guard Licence", "Smart Serve", "Standard First Aid & CPR-C"]),
    ],
))

# ------------------------------------------------------------------ w027
R.append(dict(
    id="w027", ext="md", renderer="md", layout="h3", mdstyle="h3", order="orgfirst",
    family="Irish former bank official made redundant in a branch closure, now a self-employed mortgage "
           "adviser with a bar job and a survey-interviewer contract, Markdown h3 employers with roles beneath",
    ds=dict(style="mon", present="Present", dash=" – "), bullet="-", hmark="##",
    name="Declan Moriarty",
    contact=["Castlebrack, Co. Tipperary", "086 555 0112", "declan.moriarty@mailbox.ie"],
    headline="Mortgage adviser (QFA) · 15 years in retail banking",
    blocks=[
        ("h", "Summary"),
        ("p", "Fifteen years in one bank branch, the last seven on lending, until the branch closed in 2023. "
              "Since then I've set up as a mortgage broker and kept two part-time jobs going while the business "
              "builds. Looking for a mortgage or lending role with a lender or a larger brokerage."),
        ("h", "Experience"),
        ("jobs", [
            E("Mortgage Adviser", "Moriarty Mortgage Solutions", "Castlebrack", "2024-06..present", "facing",
              "entrepreneurial_freelance", [
                  "Meet first-time buyers and switchers at their kitchen table or on video calls and take them from approval in principle to drawdown",
                  "Panel of four lenders; about 35 completed cases so far",
                  "Look after my own compliance file, CPD and marketing"], etype="freelance"),
            E("Barman (part-time)", "Hegarty's Bar", "Castlebrack", "2023-10..present", "facing", "in_person_service", [
                "Thursday to Saturday nights; the Thursday trad sessions get very busy"]),
            E("Field Interviewer (contract)", "Insight Field Research Ltd", "Munster region", "2024-02..2024-09",
              "affecting", None, [
                  "Door-to-door household interviews on a tablet for a national labour-market survey, about 25 a week",
                  "Arranged call-backs and talked reluctant households into taking part"]),
            E("Career break", None, None, "2023-04..2023-09", "none", None, [
                "Redundancy after the Castlebrack branch closed; completed the QFA diploma"], etype="unknown"),
            E("Lending Officer", "Munster & Midland Bank", "Castlebrack branch", "2016-02..2023-03", "affecting",
              None, [
                  "Assessed mortgage and personal-loan applications and prepared credit papers for the area lending unit",
                  "Kept the branch lending book and arrears list tidy; drawdown and security checks"]),
            E("Customer Service Officer", "Munster & Midland Bank", "Castlebrack branch", "2008-09..2016-01",
              "facing", "in_person_service", ["Counter and enquiries desk: cash, lodgements and account opening"]),
        ]),
        ("h", "Qualifications"),
        ("edu", [("Qualified Financial Adviser (QFA)", "2023", None),
                 ("Certificate in Mortgage Practice", "2017", None),
                 ("Leaving Certificate", "2007", "Castlebrack Community School")]),
        ("h", "Interests"),
        ("p", "Hurling (club treasurer), hill walking, and the odd tune on the banjo."),
    ],
))

# ------------------------------------------------------------------ w028
R.append(dict(
    id="w028", ext="pdf", renderer="fpdf", layout="centred", order="org_title", page="a4",
    family="Indian bank credit-processing officer with a weekend wedding-photography business since 2018 and "
           "lockdown relief volunteering, fpdf2 centred header, employer line first, 'Mon-YYYY to Present'",
    ds=dict(style="mon-yyyy", present="Present", dash=" to "), font="dejavu", accent=(110, 30, 30),
    hstyle="caps_rule", size=9.5, bullet="•", h2style="B",
    name="Rohit Malhotra", headline="Credit Operations | Relationship Banking | Photography",
    contact=["Sohanpur, Haryana", "+91 98120 55461", "rohit.malhotra@mailbox.in"],
    blocks=[
        ("h", "Profile"),
        ("p", "Banking professional with 10 years across customer care, relationship banking and credit "
              "operations. Runs a weekend wedding-photography business with a steady flow of referrals."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Credit Processing Officer", "Prism Small Finance Bank Ltd.", "Sohanpur", "2020-06..present",
              "affecting", None, [
                  "Verify income documents and bank statements for MSME and home loan files",
                  "Run bureau checks and prepare credit memos for the credit manager",
                  "Track disbursement conditions and post-sanction documents"]),
            E("Relationship Executive", "Nirmal Bank Ltd.", "Sohanpur", "2017-08..2020-05", "facing", "sales_account", [
                "Handled 250 salary-account customers from two corporates",
                "Sold credit cards, personal loans and insurance; 118% of annual target in FY19"]),
            E("Customer Care Executive (Voice)", "CallNest Services Pvt. Ltd.", "Sohanpur", "2016-01..2017-07",
              "facing", "contact_center", [
                  "Inbound calls for a DTH television provider: recharges, channel packs and technician visits"]),
        ]),
        ("h", "Freelance"),
        ("jobs", [
            E("Wedding & Event Photographer", "Frames by Rohit", "Sohanpur", "2018..present", "facing",
              "entrepreneurial_freelance", [
                  "Weekend weddings, engagements and baby showers – about 20 events a season",
                  "Meet couples beforehand to plan the shot list around the rituals; deliver albums in person"],
              etype="freelance"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Relief Volunteer", "Sohanpur Youth Welfare Society", "Sohanpur", "2020-04..2020-06", "facing",
              "volunteering", [
                  "Distributed ration kits to families during the lockdown and kept the beneficiary list"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("edu", [("MBA (Finance), distance", "2019 – 2021", "Haryana Open University"),
                 ("B.Com", "2012 – 2015", "Sohanpur Degree College")]),
        ("h", "Skills"),
        ("p", "Credit appraisal · bureau reports · loan origination systems · MS Excel · Lightroom · Photoshop"),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "21/01/1994"), ("Languages", "Hindi, Punjabi, English")]),
    ],
))

# ------------------------------------------------------------------ w029
R.append(dict(
    id="w029", ext="docx", renderer="docx", layout="styles", order="title_org", page="a4",
    family="Australian farm woman driving a school bus, working a harvest season at the grain receival site "
           "and keeping books for the rural supplies store, with the family farm since 2012, Word heading styles",
    ds=dict(style="month", present="Current", dash=" – "), font="Calibri", hstyle="styles", hlevel=1, size=10.5,
    dbullet="style", rbold=True,
    name="Kirsty Lambert",
    contact=["'Glenroy', Wirraminna SA 5999", "0491 570 227", "kirsty.lambert@mailbox.com.au"],
    blocks=[
        ("h", "About"),
        ("p", "Mallee farmer, bus driver and bookkeeper. I can do a BAS, back a trailer and keep 60 kids in line "
              "before 8am. Looking for part-time office or customer service work in town."),
        ("h", "Work History"),
        ("jobs", [
            E("School Bus Driver", "Wirraminna Coach Lines", "Wirraminna SA", "2022-02..present", "facing",
              "other_facing", [
                  "Morning and afternoon runs: 62 students, 140 km of gravel and sealed roads",
                  "Keep the bus roll, settle back-seat politics and tell the school about anything worrying"]),
            E("Grain Receival Officer (harvest casual)", "Mallee Grain Co-operative", "Wirraminna SA",
              "2024-10..2024-12", "facing", "other_facing", [
                  "Sampled and graded loads at the weighbridge, 12-hour days through harvest",
                  "Explained grade results and dockage to growers and their truck drivers when they queried them"]),
            E("Farmhand", "Lambert Pastoral Co.", "Wirraminna SA", "2012..present", "none", None, [
                "Family mixed farm: sheep work, seeding, spraying and header driving at harvest"]),
            E("Bookkeeper (part-time)", "Wirraminna Rural Supplies", "Wirraminna SA", "2016-07..2022-01", "facing",
              "in_person_service", [
                  "Payables, receivables, BAS and payroll in MYOB for a staff of nine",
                  "Worked the front counter on Saturday mornings"]),
            E("Shearers' Cook (contract)", "Penfold Shearing Contractors", "Wirraminna district", "2019-10..2019-11",
              "affecting", None, ["Three meals and smoko a day for a shed of 12 over a six-week run"]),
        ]),
        ("h", "Licences & Tickets"),
        ("list", ["Heavy rigid (HR) licence with bus accreditation", "Working with Children Check",
                  "Chemical user accreditation", "First aid (2025)"]),
        ("h", "Education"),
        ("edu", [("Certificate IV in Accounting and Bookkeeping", "2017", None),
                 ("SACE", "2009", "Wirraminna Area School")]),
        ("h", "Referees"),
        ("lines", ["Available on request."]),
    ],
))

# ------------------------------------------------------------------ w030
R.append(dict(
    id="w030", ext="txt", renderer="txt", layout="dashes", order="dash", tdash=" — ",
    family="Canadian postal-counter clerk with evening bowling-alley shifts and a winter snow-plowing "
           "business, earlier grocery and tour-boat jobs, plain text with dashed headings and 'to present'",
    ds=dict(style="mon", present="present", dash=" to "), hstyle="dashes", bullet="*", tright="pipe",
    name="Dylan Tremblay", contact=[],
    top=["DYLAN TREMBLAY", "Kettle Lake, MB  |  204-555-0151  |  dylan.tremblay@mailbox.ca"],
    blocks=[
        ("h", "Profile"),
        ("p", "Small-town worker with three jobs on the go: the post office counter days, the bowling alley "
              "evenings, and plowing driveways before sunrise all winter. Reliable, good with cash and happy "
              "to learn new systems."),
        ("h", "Experience"),
        ("jobs", [
            E("Postal Clerk", "Lakeside Drug Mart Postal Outlet", "Kettle Lake, MB", "2021-04..present", "facing",
              "in_person_service", [
                  "Parcels, registered mail, money orders and passport photos at the post counter inside the pharmacy",
                  "Hold-mail requests and lost-parcel claims; end-of-day dispatch and cash balance"]),
            E("Lane Attendant", "Strike Zone Lanes", "Kettle Lake, MB", "2022-09..present", "facing",
              "in_person_service", [
                  "Shoe counter, lane assignments and the snack bar; birthday parties on Sundays",
                  "Reset pinsetters when they jam"], note="Evenings, 2-3 nights a week"),
            E("Owner / Operator", "Tremblay Snow & Yard", "Kettle Lake, MB", "2019-11..present", "affecting", None, [
                "Seasonal, November to March",
                "Plow and sand 35 residential driveways and two church lots, usually finished before 6 a.m.",
                "Invoicing and payment by e-transfer; bought a second-hand plow truck in 2023"], etype="freelance"),
            E("Deckhand", "Kettle Lake Marine Tours", "Kettle Lake, MB", "2018-06..2018-08", "facing", "other_facing", [
                "Lines, fuel and the safety briefing for up to 40 passengers on sunset cruises"], dt="Summer 2018"),
            E("Grocery Clerk", "Kettle Lake Co-op", "Kettle Lake, MB", "2016..2021", "affecting", None, [
                "Stocked the dairy and frozen aisles on the evening shift",
                "Rotated dated product and built the weekly ad endcaps"]),
        ]),
        ("h", "Education"),
        ("lines", ["Kettle Lake Collegiate — High School Diploma, 2016"]),
        ("h", "Tickets"),
        ("list", ["Pleasure Craft Operator Card", "Standard First Aid", "Class 5 driver's licence, clean abstract"]),
        ("h", "References"),
        ("p", "Available on request."),
    ],
))
