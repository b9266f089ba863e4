"""Résumés w001–w015 (written by hand; one dict per résumé)."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    id="w001", ext="pdf", renderer="pdf-rl", opts=dict(layout="single"),
    family="UK nursery room leader, Level 3, Word-to-PDF single column, title line with right-aligned dates",
    layout="reportlab, single/title_org, mon / 'Present'",
    name="Chloe Barraclough",
    contact=["14 Penfold Close, Hexley HX4 9RT", "07700 914 362", "chloe.barraclough@mailbox.co.uk"],
    summary_head="Profile",
    summary=("Level 3 qualified early years practitioner with eight years in day nurseries, most recently leading the "
             "toddler room. Calm, organised and good with anxious parents at drop-off. Looking for a deputy or room "
             "leader post closer to home."),
    st=dict(entry="title_org", dates="mon", sep=" – ", present="Present", bullet="•"),
    sections=[
        ("Employment", [
            E("Room Leader – Toddler Room (18 months–3 years)", "Little Acorns Day Nursery", "Hexley",
              "2022-09", "present", "facing", "education", [
                  "Lead a team of four practitioners and plan weekly activities around the children's interests",
                  "Key person for nine children; write learning journals on Tapestry and hold termly parent meetings",
                  "Handle settling-in visits and the odd difficult conversation at collection time",
                  "Carry out room risk assessments and keep ratios right across the day"]),
            E("Nursery Practitioner", "Little Acorns Day Nursery", "Hexley", "2020-03", "2022-08", "facing", "education", [
                "Worked in baby room then toddler room; nappy changing, feeds, sleep checks",
                "Supported two children with speech delay alongside the SENCo"]),
            E("Nursery Assistant", "Busy Bees Corner (Hexley Road)", "Hexley", "2018-07", "2020-02", "facing", "education", [
                "Helped with snack and lunch, outdoor play and tidy-up",
                "Covered breakfast club two mornings a week"]),
            E("Apprentice – Early Years Educator", "Rainbow Steps Pre-School", "Morton Vale", "2017-01", "2018-06",
              "facing", "education", [
                  "Level 2 then Level 3 apprenticeship, four days in setting and one day at college",
                  "Read stories and ran small group phonics sessions with the pre-school leavers"], etype="internship"),
            E("Saturday Assistant", "Greggson's Bakery", "Morton Vale", "2015-05", "2016-12", "facing", "in_person_service", [
                "Served at the counter and cashed up at close"]),
        ]),
        ("Education & Training", [
            "Level 3 Diploma for the Children's Workforce (Early Years Educator), Hexley College, 2018",
            "Paediatric First Aid (12 hour) – renewed March 2025",
            "Safeguarding Level 2; Food Hygiene Level 2",
            "GCSEs: 7 including English and Maths"]),
        ("Other", ["Full clean driving licence", "Enhanced DBS on the update service",
                   "References available on request"]),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    id="w002", ext="docx", renderer="docx", opts=dict(layout="styles"),
    family="US special-education paraprofessional returning after a parenting break, Word heading styles, list bullets, right tab-stop dates",
    layout="docx, styles/title_org, month / 'Present'",
    name="Danielle R. Okafor",
    contact=["Maple Grove, MN 55369", "(763) 555-0148", "dokafor.home@mailbox.com"],
    summary_head="Summary",
    summary=("Paraprofessional with five years in a self-contained special education classroom and a background in "
             "retail banking. Comfortable with behavior plans, personal care and working alongside therapists. CPR/First "
             "Aid certified; MN paraprofessional competency passed."),
    st=dict(entry="title_org", dates="month", sep=" – ", present="Present"),
    sections=[
        ("Professional Experience", [
            E("Special Education Paraprofessional", "Cedar Ridge Elementary, Wayzata Lakes School District", "Plymouth, MN",
              "2022-08", "present", "facing", "education", [
                  "Support six students with autism and developmental disabilities in a Level 4 setting",
                  "Carry out IEP goals in reading and life skills under direction of the case manager",
                  "Take ABC data and help the team adjust behavior intervention plans",
                  "Assist with toileting, feeding and bus duty; escort students to general-ed specials"]),
            E("Career Break – Stay-at-Home Parent", None, None, "2018-02", "2022-07", "none", None, [
                "Home with two young children; volunteered in kindergarten classroom once children started school"],
              etype="unknown"),
            E("Personal Banker", "North Star Community Bank", "Maple Grove, MN", "2014-06", "2018-01", "facing", "in_person_service", [
                "Opened checking, savings and CD accounts and walked customers through online banking",
                "Resolved card disputes and fee questions at the desk and by phone",
                "Met monthly referral goals for mortgage and investment partners"]),
            E("Teller", "North Star Community Bank", "Maple Grove, MN", "2012-03", "2014-05", "facing", "in_person_service", []),
        ]),
        ("Volunteer", [
            E("Classroom Volunteer (Kindergarten)", "Fernbrook Elementary", "Maple Grove, MN", "2021-09", "2022-05",
              "facing", "volunteering", ["Read one-on-one with emerging readers two mornings a week"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["A.A., Liberal Arts – Hennepin Valley Community College",
                       "CPI Nonviolent Crisis Intervention (2024)"]),
        ("Skills", ["Behavior data collection", "Picture schedules / PECS", "Google Classroom", "Basic Spanish"]),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    id="w003", ext="txt", renderer="txt", opts=dict(caps=True, underline="=", contact_lines=True),
    family="Indian job-portal style résumé pasted as text, teacher moved to a coaching-centre front office, 'till date'",
    layout="txt, portal/portal, mon / 'till date'",
    name="Priyanka Sharma",
    contact=["Mobile: +91 98xxxx 4127", "Email: priyanka.sharma88@mailbox.in", "Address: Flat 3B, Sai Residency, Kothrud, Pune"],
    summary_head="Career Objective",
    summary=("To work in an educational organisation where I can use my experience of teaching and student "
             "counselling and grow with the institute."),
    st=dict(entry="portal", dates="mon", sep=" - ", present="till date", bullet="*"),
    sections=[
        ("Work Experience", [
            E("Front Office Coordinator", "Vidyarthi Coaching Classes", "Pune", "2023-06", "present", "facing", "in_person_service", [
                "Attending walk-in parents and students for JEE/NEET batch enquiries and giving fee details",
                "Admission forms, fee receipts and batch allotment",
                "Calling parents regarding attendance and test results",
                "Coordinating faculty timetable with centre head"]),
            E("Primary Teacher (Std III & IV)", "Gyan Jyoti English Medium School", "Pune", "2018-06", "2023-04", "facing", "education", [
                "Taught English and EVS to classes of 40 students",
                "Class teacher for Std IV-B; conducted PTMs and maintained report cards",
                "In charge of annual day cultural programme for two years"]),
            E("Computer Operator", "Shree Ganesh Enterprises", "Satara", "2015-08", "2017-05", "none", None, [
                "Data entry of purchase bills in Tally", "Typing letters and quotations"]),
        ]),
        ("Educational Qualification", [
            "B.Ed. - Savitribai Phule Pune University - 2018 - 71%",
            "B.A. (English) - Yashwantrao College, Satara - 2015 - 64%",
            "HSC - Maharashtra Board - 2012", "SSC - Maharashtra Board - 2010"]),
        ("Computer Knowledge", ["MS-CIT, MS Office, Tally ERP 9"]),
        ("Personal Details", ["Date of Birth : 14/02/1994", "Marital Status : Married",
                              "Languages Known : English, Hindi, Marathi"]),
        ("Declaration", "~I hereby declare that the above information is true to the best of my knowledge."),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    id="w004", ext="pdf", renderer="pdf-fpdf", opts=dict(layout="sidebar", sidecol=(225, 236, 230)),
    family="Australian early childhood educator who also teaches swimming, fpdf2 with shaded left sidebar",
    layout="fpdf2, sidebar/title_org, mon / 'Current'",
    name="Tahlia Nguyen",
    contact=["Ph 0412 338 905", "tahlia.ng@mailbox.com.au", "Werribee Heights VIC"],
    headline="Early Childhood Educator",
    summary=None,
    side=[("Qualifications", ["Diploma of Early Childhood Education and Care (2021)", "Cert III ECEC (2019)",
                              "AUSTSWIM Teacher of Swimming and Water Safety", "HLTAID012 First Aid in an Education and Care Setting"]),
          ("Checks", ["Working with Children Check (VIC)", "Current police check"]),
          ("Availability", ["Mon–Fri, swim lessons Sat mornings"])],
    st=dict(entry="title_org", dates="mon", sep=" – ", present="Current", bullet="•"),
    sections=[
        ("Work History", [
            E("Diploma Educator", "Bright Horizons Early Learning Werribee Heights", "Werribee Heights VIC", "2021-07", "present",
              "facing", "education", [
                  "Room educator in the 3–5 kinder room, planning against the EYLF outcomes",
                  "Write observations and daily reflections in Storypark for families",
                  "Welcome families at drop-off and pass on anything from the day at pick-up"]),
            E("Swim Teacher (casual)", "Aquafit Swim School", "Hoppers Crossing VIC", "2020-02", "present", "facing", "education", [
                "Teach babies-and-parent, preschool and stroke correction classes on Saturdays",
                "Do the progress cards each term"]),
            E("Cook", "Little Gumnuts Childcare", "Tarneit VIC", "2019-03", "2021-06", "affecting", None, [
                "Cooked morning tea, lunch and afternoon tea for 75 children to a four-week rotating menu",
                "Managed allergies and dietary lists with the centre director",
                "Ordering, food safety records, kitchen cleaning"]),
            E("Checkout Operator", "Coles Supermarket", "Werribee VIC", "2016-11", "2019-02", "facing", "in_person_service", []),
        ]),
        ("Referees", ["~Available on request"]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    id="w005", ext="md", renderer="md", opts=dict(eh="h3"),
    family="Irish student CV in Markdown: au pair year, summer camp, shop job and undated babysitting",
    layout="md, h3/title_org, mon / season / undated",
    name="Aoife Ní Bhriain",
    contact=["Ballymoran, Co. Galway", "087 441 2093", "aoife.nibhriain@mailbox.ie"],
    summary=("Second year Early Childhood Care and Education student at ATU looking for part-time creche or after-school "
             "work for the academic year. Garda vetted. Fluent Irish, decent French."),
    st=dict(entry="title_org", dates="mon", sep=" – ", present="Present", bullet="-", orgsep=", "),
    sections=[
        ("Experience", [
            E("Au Pair", "Famille Lemoine", "Rennes, France", "2024-09", "2025-06", "facing", "education", [
                "Looked after three children aged 2, 5 and 8: school runs, homework, baths and bedtime",
                "Spoke English with the children as the parents asked and did a weekly English game session with the 8 year old"]),
            E("Sales Assistant", "Corrib Pharmacy & Gifts", "Ballymoran", "2022-06", "2024-08", "facing", "in_person_service", [
                "Till, stock and gift wrapping; weekends and holidays",
                "Helped older customers find products and passed queries to the pharmacist"]),
            E("Camp Leader", "Coláiste Cois Cladaigh Summer Gaeltacht", "An Spidéal", "2023-06", "2023-08", "facing", "education",
              ["Led a group of 20 teenagers through classes, céilí and outdoor activities",
               "Night supervision rota in the houses"], text="Summer 2023"),
            E("Babysitter", "Various families", "Ballymoran", None, None, "facing", "education", [
                "Regular evening and weekend babysitting for four local families"], etype="unknown"),
        ]),
        ("Education", ["BA Early Childhood Care & Education (Year 2), Atlantic Technological University, Galway",
                       "Leaving Certificate 2022 – 489 points, Scoil Mhuire, Ballymoran"]),
        ("Interests", ["Camogie (club U-12 assistant coach since last year)", "Sea swimming"]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    id="w006", ext="docx", renderer="docx", opts=dict(layout="table", head_style=False, title_style=False),
    family="South African ECD practitioner CV, Word with a borderless table per job (role/centre left, dates right)",
    layout="docx, table/title_org, month / 'Present'",
    name="Nomvula Precious Dlamini",
    contact=["Soshanguve Block L, Pretoria", "072 915 3308", "nomvulad@mailbox.co.za"],
    summary_head="Personal Profile",
    summary=("I am a caring and patient ECD practitioner with NQF Level 4 in Early Childhood Development. I love working "
             "with small children and I am hardworking, punctual and trustworthy."),
    st=dict(entry="title_org", dates="month", sep=" – ", present="Present"),
    sections=[
        ("Work Experience", [
            E("ECD Practitioner (Grade R assistant)", "Thembalethu Educare Centre", "Soshanguve", "2021-01", "present",
              "facing", "education", [
                  "Assisting the Grade R teacher with 32 learners: phonics, counting and fine motor activities",
                  "Preparing learning materials and charts",
                  "Feeding scheme – serving porridge and lunch to the learners",
                  "Talking to parents when they fetch children if there was a problem during the day"]),
            E("Au Pair", "Van der Merwe family", "Pretoria East", "2018-04", "2020-12", "facing", "education", [
                "Full time care of twin boys from 6 months to 3 years",
                "Driving to clinic appointments and playgroup, preparing meals"]),
            E("ECD Learnership", "Tshwane Skills Development Centre", "Pretoria", "2017-02", "2018-01", "facing", "education", [
                "Practical placement at Little Lambs Crèche three days a week", "Theory classes and portfolio of evidence"],
              etype="internship"),
            E("Cashier", "Shoprite Soshanguve Crossing", "Soshanguve", "2015-03", "2016-12", "facing", "in_person_service", [
                "Scanning items, cash and card payments, voucher redemptions", "Cashing up and helping with packing when queues were long"]),
        ]),
        ("Qualifications", ["Further Education and Training Certificate: Early Childhood Development (NQF 4), 2018",
                            "Matric (Grade 12), Hlanganani Secondary School, 2014", "First Aid Level 1 (St John), 2023"]),
        ("Languages", ["isiZulu, Setswana, English, Afrikaans (basic)"]),
        ("References", ["Mrs T. Mokoena – Principal, Thembalethu Educare – 012 555 0193",
                        "Mrs A. van der Merwe – Previous employer – 082 555 7712"]),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    id="w007", ext="pdf", renderer="pdf-rl", opts=dict(layout="sidebar", sidecol=(0.93, 0.9, 0.86), accent=(0.45, 0.25, 0.1)),
    family="UK school office manager, reportlab with shaded left sidebar (contact, skills), attendance and data roles",
    layout="reportlab, sidebar/org_title, mm/yyyy / 'present'",
    name="Samina Hussain",
    contact=["Ashbrook, West Yorkshire", "07893 224 510", "samina.hussain@mailbox.co.uk"],
    side=[("Skills", ["SIMS and Arbor", "ParentPay, School Gateway", "First aid at work", "Minute taking", "Urdu / Punjabi"]),
          ("Training", ["Safer recruitment (2024)", "GDPR in schools", "Attendance: working with families (LA course)"])],
    summary="School business support professional, 12 years in primary and secondary schools.",
    st=dict(entry="org_title", dates="mm/yyyy", sep=" - ", present="present", bullet="-"),
    sections=[
        ("Career History", [
            E("School Office Manager", "Thornleigh Primary Academy", "Ashbrook", "2021-04", "present", "facing", "in_person_service", [
                "Run the school office and reception: parents, visitors, contractors, sick children and late arrivals",
                "Line manage two admin assistants; cover the phones at peak times",
                "Admissions in-year applications and transfer paperwork with the local authority",
                "Trip and club payments on ParentPay, chasing debts"]),
            E("Attendance Officer", "Ashbrook Grange School", "Ashbrook", "2016-09", "2021-03", "facing", "other_facing", [
                "First-day absence calls to parents and home visits with the pastoral lead",
                "Attendance panels and fixed penalty referrals",
                "Weekly attendance reports for SLT"]),
            E("Data & Exams Assistant", "Ashbrook Grange School", "Ashbrook", "2014-01", "2016-08", "affecting", None, [
                "Kept pupil records up to date in SIMS and produced data drops for heads of year",
                "Prepared exam entries and seating plans; checked results downloads"]),
            E("Lettings Administrator", "Keystone Lettings", "Halford", "2011-06", "2013-12", "affecting", None, [
                "Drew up tenancy agreements and deposit registrations",
                "Arranged inventory and gas safety appointments with contractors"]),
        ]),
        ("Education", ["Level 3 Certificate in School Business Management (in progress)", "A levels: English, Sociology, Urdu"]),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    id="w008", ext="html", renderer="html", opts={},
    family="US library assistant, HTML page saved from a résumé builder, circulation desk and shelving roles",
    layout="html, h3/title_org, mon. / 'Present'",
    name="Marcus T. Bell",
    contact=["Lancaster, PA 17603", "717-555-0190", "marcus.bell.lib@mailbox.net"],
    summary_head="Profile",
    summary=("Library assistant finishing an online MLIS. I like the desk more than the stacks — helping someone find a "
             "form, a book or a working printer is most of the job."),
    st=dict(entry="title_org", dates="mon.", sep=" – ", present="Present"),
    sections=[
        ("Experience", [
            E("Library Assistant II – Circulation", "Conestoga Free Public Library", "Lancaster, PA", "2021-10", "present",
              "facing", "in_person_service", [
                  "Check materials in and out, register new cardholders and resolve fines and lost-item charges",
                  "Help patrons with public computers, printing, faxing and e-book apps",
                  "Run the Thursday afternoon teen gaming hour",
                  "Process holds and interlibrary loan requests"]),
            E("Library Page", "Conestoga Free Public Library", "Lancaster, PA", "2019-06", "2021-09", "affecting", None, [
                "Shelved returns and read shelves for order", "Pulled items for the holds list each morning",
                "Mended damaged paperbacks"]),
            E("Barista", "Two Rivers Coffee Co.", "Lancaster, PA", "2017-08", "2019-05", "facing", "in_person_service", [
                "Opened the café three days a week; espresso, register, pastry case"]),
        ]),
        ("Volunteer", [
            E("ESL Conversation Partner", "Lancaster Literacy Council", "Lancaster, PA", "2022-01", "present", "facing", "volunteering", [
                "Meet weekly with two adult learners to practice everyday English"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["MLIS (expected May 2027), Keystone State University Online", "B.A. History, Millersville College, 2017"]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    id="w009", ext="docx", renderer="docx", opts=dict(layout="header", italic_sub=False),
    family="UK school cook moving to a head cook post, name and contact in the Word page header, kitchen-only and serving roles",
    layout="docx, header/title_org, month / 'to date'",
    name="Bernadette (Bernie) Walsh",
    contact=["Carlow Street, Redford RD2 6PN", "07412 555 883", "bernie.walsh63@mailbox.co.uk"],
    summary_head="About me",
    summary=("I have worked in school and care home kitchens for over fifteen years. I hold Level 3 Food Safety and know "
             "allergen management inside out. I am after a head cook position where I can run my own kitchen."),
    st=dict(entry="title_org", dates="month", sep=" to ", present="to date", bullet="-"),
    sections=[
        ("Employment history", [
            E("Assistant Cook", "Redford Catering Services – St Anne's RC Primary", "Redford", "2019-09", "present", "affecting", None, [
                "Cook the main meals and puddings for around 240 pupils a day to the county menu",
                "Prepare the special diets (coeliac, nut free, halal) and label them for the hatch",
                "Temperature records, deliveries and stock rotation",
                "Do not serve – the midday assistants run the hatch"]),
            E("Kitchen Assistant / Server", "Redford Catering Services – Brookfield Infants", "Redford", "2015-04", "2019-08",
              "facing", "in_person_service", [
                  "Served lunches at the counter and helped the little ones with their trays and cutting up food",
                  "Washing up and cleaning down after service"]),
            E("Kitchen Assistant", "Fairview Lodge Care Home", "Redford", "2010-02", "2015-03", "affecting", None, [
                "Prepared breakfasts, teas and soft / pureed diets", "Kitchen cleaning schedule"]),
            E("Domestic", "Fairview Lodge Care Home", "Redford", "2008-05", "2010-01", "affecting", None, []),
        ]),
        ("Certificates", ["Level 3 Award in Food Safety in Catering (2022)", "Allergen Awareness (2025)", "COSHH"]),
        ("References", ["~Available from Redford Catering Services area manager"]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    id="w010", ext="pdf", renderer="pdf-fpdf", opts=dict(layout="centred", capsheads=True),
    family="Canadian educational assistant, fpdf2 centred header, title with right-aligned dates and board below, summer camp",
    layout="fpdf2, centred/title_org, mon / 'Present' / season",
    name="Jordan Beaulieu",
    contact=["Sudbury, ON", "705-555-0132", "jbeaulieu@mailbox.ca"],
    summary=None,
    st=dict(entry="title_org", dates="mon", sep=" – ", present="Present", bullet="•"),
    sections=[
        ("Experience", [
            E("Educational Assistant (EA)", "Nickel Basin District School Board", "Sudbury, ON", "2023-09", "present", "facing", "education", [
                "Assigned to a Grade 5/6 class supporting three students with IEPs (ADHD, ASD, learning disability)",
                "Scribe and read tests aloud, break tasks into steps, and run the calm-down corner",
                "Recess and lunch supervision on a rotating schedule"]),
            E("Before & After School Program Leader", "Kidz Korner Child Care", "Sudbury, ON", "2021-09", "2023-06", "facing", "education", [
                "Ran a JK–Grade 3 program of 24 kids: snack, homework time, gym games and crafts",
                "Sign-in/sign-out with parents and daily communication book"]),
            E("Camp Counsellor", "Lake Ramsey Day Camp", "Sudbury, ON", "2022-07", "2022-08", "facing", "education", [
                "Counsellor for the 8–10 group: canoeing, swimming buddy checks, crafts"], text="Summer 2022"),
            E("Grocery Clerk", "FreshCo Lasalle", "Sudbury, ON", "2019-05", "2021-08", "affecting", None, [
                "Stocked dairy and frozen on the overnight crew", "Unloaded trucks and rotated product"]),
        ]),
        ("Education", ["Educational Support diploma, Cambrian North College, 2023 (placements at two elementary schools)",
                       "Standard First Aid & CPR-C (2025)", "Vulnerable Sector Check – current"]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    id="w011", ext="txt", renderer="txt", opts=dict(caps=False, underline="-", datesep="  |  "),
    family="UK school site manager / caretaker, plain text, title line with dates after a bar, no pupil contact",
    layout="txt, plain/dash, mm/yyyy / 'present'",
    name="Gary Pocklington",
    contact=["Dunmere, Lincs", "07799 301 664", "g.pocklington@mailbox.co.uk"],
    summary_head="Personal statement",
    summary=("Reliable site manager with a maintenance background. Used to working alone, early starts and being the key "
             "holder. CSCS card, asbestos awareness, legionella L8 logbook."),
    st=dict(entry="dash", dates="mm/yyyy", sep=" - ", present="present", bullet="-"),
    sections=[
        ("Work history", [
            E("Site Manager", "Dunmere Church of England Academy", "Dunmere", "2018-01", "present", "none", None, [
                "Open and lock the site, alarm response, boiler and heating checks",
                "Small repairs, decorating in holidays, grounds and gritting",
                "Let contractors in and check their permits; fire alarm tests weekly",
                "Manage the evening cleaning contractor"]),
            E("Caretaker", "Hollins Lane Primary School", "Sleaton", "2013-05", "2017-12", "none", None, [
                "Caretaking duties, setting out the hall, bins, minor repairs"]),
            E("Repairs Operative (Multi-trade)", "Fenland Homes Housing Association", "Sleaton", "2008-03", "2013-04", "facing", "other_facing", [
                "Responsive repairs in tenants' homes - carpentry, plumbing and tiling",
                "Arranged access with tenants on the day and explained the work and any follow-on visit",
                "Completed job sheets on the PDA"]),
            E("Joiner's Labourer", "R. Tasker Building Ltd", "Dunmere", "2004-09", "2008-02", "none", None, []),
        ]),
        ("Qualifications", ["NVQ Level 2 Carpentry and Joinery", "IOSH Working Safely", "Emergency First Aid at Work"]),
        ("Other", ["Full driving licence, own van", "DBS enhanced"]),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    id="w012", ext="pdf", renderer="pdf-rl", opts=dict(layout="twopage", rule=True, scale=1.3),
    family="UK HLTA with a long school career and a career break, two-page reportlab CV with page footer",
    layout="reportlab, twopage/title_org, month / 'Present'",
    name="Rebecca Stanforth",
    contact=["Northcote, Cheshire", "07123 889 450", "r.stanforth@mailbox.co.uk"],
    summary_head="Personal Profile",
    summary=("Higher Level Teaching Assistant with over twenty years in primary schools, the last eight as an HLTA "
             "covering PPA and leading interventions. I have worked 1:1 with children with complex needs, on the "
             "playground as a midday supervisor, and in almost every year group. I stepped away from work for three "
             "years when my youngest was born and came back through supply work. I am looking for an HLTA or "
             "cover supervisor role in a supportive school."),
    st=dict(entry="title_org", dates="month", sep=" – ", present="Present", bullet="•"),
    sections=[
        ("Employment History", [
            E("Higher Level Teaching Assistant (HLTA)", "St Wilfrid's CE Primary School", "Northcote", "2018-09", "present",
              "facing", "education", [
                  "Cover PPA in Year 3 and Year 4 every week, teaching planned lessons to the whole class",
                  "Lead Read Write Inc. groups and a Year 6 maths booster group",
                  "Run the nurture group at lunchtime for children finding the playground hard",
                  "Mentor new teaching assistants and students on placement",
                  "Attend pupil progress meetings and feed back on interventions"]),
            E("Teaching Assistant (Level 3)", "St Wilfrid's CE Primary School", "Northcote", "2013-04", "2018-08", "facing", "education", [
                "Class-based TA in Reception and Year 1; phonics, guided reading, observations for EYFS profiles",
                "Supported a child with Down's syndrome on a part-time 1:1 basis"]),
            E("Supply Teaching Assistant", "Cheshire Education Staffing", "Cheshire East", "2012-09", "2013-03", "facing", "education", [
                "Day-to-day and short-term TA cover in primary and special schools"]),
            E("Career break – raising family", None, None, "2009-08", "2012-08", "none", None, [], etype="unknown"),
            E("1:1 Learning Support Assistant", "Oakwood Primary School", "Middlewich", "2004-01", "2009-07", "facing", "education", [
                "Full-time 1:1 for a pupil with cerebral palsy across KS1 and KS2: learning, personal care, physio exercises",
                "Worked with the SENCo, physiotherapist and parents on the support plan; daily home–school book"]),
            E("Midday Supervisor", "Oakwood Primary School", "Middlewich", "2001-09", "2003-12", "facing", "education", [
                "Supervised dinner hall and playground, organised games, first aid for bumps and scrapes"]),
        ]),
        ("Qualifications & Training", ["HLTA status (2018)", "Level 3 Certificate Supporting Teaching and Learning (2013)",
                                       "Team Teach (positive handling) – refreshed 2025", "Paediatric First Aid",
                                       "Makaton Level 2", "Designated Safeguarding Lead deputy training (2023)"]),
        ("Education", ["Sandbach High School: 9 GCSEs", "Open University: Introduction to Childhood Studies (2016)"]),
        ("Interests", ["Choir, coastal walking, running the church toddler group"]),
        ("References", ["Mrs J. Abbott, Headteacher, St Wilfrid's CE Primary School",
                        "Mr P. Kaur, SENCo, St Wilfrid's CE Primary School"]),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    id="w013", ext="md", renderer="md", opts=dict(eh="bold", bullet="*"),
    family="US tutoring-center director in Markdown, employer heading with roles beneath, bold lines and italic dates",
    layout="md, bold/orgfirst, mon / 'Present'",
    name="Kevin Cho",
    contact=["Fremont, CA", "510-555-0176", "kevin.cho@mailbox.io", "linkedin.com/in/kevincho-edu"],
    summary_head="Summary",
    summary=("Tutoring-center director with a math-tutor background. I grew one franchise location from 40 to 160 "
             "enrolled students and I still teach two SAT sections a week."),
    st=dict(entry="orgfirst", dates="mon", sep=" – ", present="Present"),
    sections=[
        ("Experience", [
            E("Center Director", "BrightPath Learning Center – Fremont", "Fremont, CA", "2021-01", "present", "facing", "sales_account", [
                "Hold parent consultations and assessment reviews, enroll families and handle renewals",
                "Hire, schedule and train 14 part-time tutors; observe sessions monthly",
                "Own the center P&L, local marketing and school partnerships",
                "Teach Saturday SAT Math sections"]),
            E("Lead Math Tutor", "BrightPath Learning Center – Fremont", "Fremont, CA", "2018-06", "2020-12", "facing", "education", [
                "Tutored grades 6–12 in small groups from pre-algebra through AP Calculus",
                "Wrote progress notes for parents after each 8-session block"]),
            E("Curriculum Writer (contract)", "Quantus Test Prep", None, "2019-01", "2019-08", "affecting", None, [
                "Wrote 300 SAT practice questions with worked solutions for the online question bank"], etype="freelance"),
            E("Peer Tutor", "Math Learning Center, Bay State University", "Hayward, CA", "2015-09", "2018-05", "facing", "education", [
                "Drop-in tutoring for calculus and statistics students"], section="other"),
        ]),
        ("Education", ["B.S. Mathematics, Bay State University, 2018"]),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    id="w014", ext="docx", renderer="docx", opts=dict(layout="tabs", italic_sub=True),
    family="Irish special needs assistant CV, Word tab-stop dates, bold title and italic school line, career break",
    layout="docx, tabs/title_org, mon / 'Present'",
    name="Siobhán Kehoe",
    contact=["Clonmarra, Co. Wexford", "086 555 2741", "siobhankehoe@mailbox.ie"],
    summary_head="Personal Statement",
    summary=("Experienced Special Needs Assistant with QQI Level 6 in Special Needs Assisting. Returned to work in 2019 "
             "after time at home with my children. I am kind, patient and work well as part of a class team."),
    st=dict(entry="title_org", dates="mon", sep=" – ", present="Present"),
    sections=[
        ("Work Experience", [
            E("Special Needs Assistant", "Scoil Naomh Bríd", "Clonmarra", "2019-09", "present", "facing", "education", [
                "SNA in the ASD class (six pupils) – care needs, toileting, feeding and sensory breaks",
                "Support pupils during integration into mainstream classes",
                "Help with yard supervision and school tours"]),
            E("Childcare Worker", "Little Treasures Community Childcare", "Enniscorthy", "2017-09", "2019-06", "facing", "education", [
                "Afterschool group (5–12 yrs): homework club, outdoor play, collecting children from two schools",
                "Part-time, 20 hours per week"]),
            E("Career Break", None, None, "2011-03", "2017-08", "none", None, [
                "Full-time parent. Parents' association treasurer 2015–2017."], etype="unknown"),
            E("Sales Assistant / Keyholder", "Dunnes Menswear Enniscorthy", "Enniscorthy", "2006-05", "2011-02", "facing", "in_person_service", [
                "Served customers, handled refunds and opened and closed the shop as keyholder",
                "Trained new staff on tills"]),
        ]),
        ("Education & Training", ["QQI Level 6 Special Needs Assisting, Wexford College of FE (2019)",
                                  "QQI Level 5 Childcare (2017)", "Children First online training", "Manual handling"]),
        ("Referees", ["Available on request"]),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    id="w015", ext="pdf", renderer="pdf-fpdf", opts=dict(layout="twopage", capsheads=False, rule=True, scale=1.35),
    family="Indian university admissions and student affairs CV, two-page fpdf2 with page footer, employer first, year-only older roles",
    layout="fpdf2, twopage/org_title, mon'yy / year / 'Present'",
    name="Arjun Menon",
    contact=["Kakkanad, Kochi, Kerala", "+91 94470 55 218", "arjun.menon.k@mailbox.in"],
    summary_head="Professional Summary",
    summary=("Admissions and student affairs professional with nine years across a private university and an "
             "engineering college. Handles counselling of prospective students and parents, admission drives, "
             "scholarships and student grievance redressal. Seeking a senior role in admissions or student services."),
    st=dict(entry="org_title", dates="mon'yy", sep=" – ", present="Present", bullet="▪"),
    sections=[
        ("Professional Experience", [
            E("Senior Admissions Counsellor", "Malabar Global University", "Kochi", "2021-07", "present", "facing", "sales_account", [
                "Counsel prospective students and parents on programmes, fees and scholarships by phone, walk-in and education fairs",
                "Own conversion targets for B.Tech and BBA intake; team of 5 counsellors",
                "Coordinate spot-admission days and document verification"]),
            E("Student Affairs Officer", "Malabar Global University", "Kochi", "2019-06", "2021-06", "facing", "in_person_service", [
                "First point of contact at the student helpdesk for bonafide certificates, ID cards, hostel and transport issues",
                "Logged and followed up grievances with departments; organised orientation week"]),
            E("Office Assistant – Examination Cell", "St. Gregory's College of Engineering", "Kottayam", "2016", "2019", "affecting", None, [
                "Preparation of hall tickets, seating arrangements and result tabulation",
                "Maintaining confidential question paper records"]),
            E("Guest Faculty (Commerce)", "St. Gregory's College of Engineering", "Kottayam", "2015", "2016", "facing", "education", [
                "Took Business Communication classes for first-year students"]),
        ]),
        ("Education", ["MBA (HR & Marketing), Kerala Institute of Management Studies, 2015",
                       "B.Com, Mahatma College, Kottayam, 2013"]),
        ("Skills", ["Admission CRM (LeadSquared), MS Excel, Public speaking, Malayalam / English / Hindi / Tamil"]),
        ("Achievements", ["Best Counsellor award 2023 (highest conversions, B.Tech)"]),
        ("Declaration", "~I declare that the information furnished above is true to the best of my knowledge and belief."),
        ("Place / Date", "~Kochi"),
    ]))
