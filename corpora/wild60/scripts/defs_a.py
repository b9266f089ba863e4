# -*- coding: utf-8 -*-
"""w001–w015."""
from lib import E

R = []

R.append(dict(
    id="w001", eng="rl", layout="plain", order="title_org", dates=("mon", "Present", " – "),
    family="UK 16-year-old, paper round with collections, babysitting, vet work-experience week, DofE charity shop; Word-to-PDF single column",
    name="Ellie Brannigan", contact=["14 Rowan Close, Wexley, Shropshire", "07700 914 362", "ellie.brannigan@mailbox.co.uk"],
    profile="I am a Year 11 student at Wexley Academy looking for a Saturday or Sunday job on a shop till or customer service desk. I am used to getting up early, I am good with money and I like talking to people.",
    profile_head="About Me",
    blocks=[
        ("exp", "Experience", [
            E("Paper Round", "Harcourt's Newsagents", "Wexley", "2023-09", "present", "facing", "in_person_service",
              ["Deliver 48 papers before school, six mornings a week, in all weathers",
               "Collect the monthly paper bill from customers on Friday evenings and sort out any that are late or wrong"]),
            E("Babysitter", None, "Wexley", "2024-01", "present", "facing", "entrepreneurial_freelance",
              ["Look after children aged 3 to 9 for three families on our estate, mostly Friday and Saturday nights",
               "Bath and bedtime routines, homework help, and messaging parents if anything comes up"],
              prec="year", etype="freelance"),
            E("Work Experience Student", "Wexley Veterinary Surgery", "Wexley", "2025-07", "2025-07", "facing", "in_person_service",
              ["Shadowed the reception team for a week and booked clients in when they arrived",
               "Weighed dogs in the waiting room and cleaned kennels at the end of the day"],
              etype="internship"),
        ]),
        ("exp", "Volunteering (Duke of Edinburgh Bronze)", [
            E("Shop Volunteer", "Second Chances Charity Shop", "Wexley", "2024-10", "2025-04", "facing", "volunteering",
              ["Steamed, sorted and priced donated clothes in the back room",
               "Went on the till on busy Saturday mornings"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Wexley Academy, 2021 – present", "GCSEs in June 2027 (predicted: English 6, Maths 7, Biology 6, Art 8)"]),
        ("list", "Achievements", ["Duke of Edinburgh Bronze Award (2025)", "Form rep, Year 10"]),
        ("list", "Availability", ["Saturdays and Sundays, and full days in the school holidays"]),
        ("list", "References", ["Mr D. Harcourt (Harcourt's Newsagents) – details on request"]),
    ]))

R.append(dict(
    id="w002", eng="docx", layout="styles", order="title_org", dates=("mon", "Present", " – "),
    family="UK returner aged 58 after five years caring for her husband; 23 years at a building society, church welcome team; Word heading styles and list bullets",
    name="Maureen Otway", contact=["Kelsford, West Yorkshire", "01924 550 817 / 07800 312 449", "mo.otway@mailbox.org.uk"],
    profile="Friendly, steady and reliable. I spent most of my working life on a building society counter and I'm now ready to come back to work part-time after looking after my husband. I would like a customer service role, ideally mornings.",
    profile_head="Personal Statement",
    blocks=[
        ("exp", "Employment History", [
            E("Career break – full-time carer for my husband", None, None, "2021-03", "2026-05", "none", None, [], etype="unknown"),
            E("Customer Services Supervisor", "Pennant Building Society", "Kelsford branch", "2009-01", "2021-02", "facing", "in_person_service",
              ["Ran the counter team of six and did the rotas and the till checks",
               "Dealt with complaints the cashiers couldn't settle, face to face or over the phone",
               "Opened savings accounts and ISAs and booked mortgage interviews for members",
               "Trained new starters on the counter system and on spotting fraud"]),
            E("Cashier", "Pennant Building Society", "Kelsford branch", "1998-01", "2008-12", "facing", "in_person_service", [], prec="year"),
        ]),
        ("exp", "Earlier Career", [
            E("Office Junior / Typist", "Greaves & Lund Solicitors", "Dewsford", None, None, "affecting", None,
              ["Typing conveyancing letters and completion statements", "Keeping the deeds room in order"], prec=None),
        ]),
        ("exp", "Voluntary Work", [
            E("Welcome Team", "St Barnabas Church", "Kelsford", "2015-01", "present", "facing", "volunteering",
              ["Greeting visitors and newcomers on Sunday mornings, and running the coffee rota after the service"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Cash handling and balancing", "Dealing with complaints calmly", "Basic Word and e-mail (refreshed with a Learn My Way course, 2026)"]),
        ("list", "References", ["Available on request"]),
    ]))

R.append(dict(
    id="w003", eng="txt", layout="caps", order="dash", dates=("mm/yyyy", "present", " - "), datepos="paren", bullet="*",
    family="Canadian grade 12 student, arena snack bar, youth soccer referee, own lawn-care customers, library reading buddy; plain text with caps headings",
    name="Jayden Okafor-Reid", contact=["Millbrook Falls, ON", "(905) 555-0178", "jayden.okaforreid@mailbox.ca"],
    profile="Grade 12 student at Millbrook Falls Secondary. Looking for part-time work after school and on weekends. Hard working, on time, good at math and with customers.",
    profile_head="Objective",
    blocks=[
        ("exp", "Work Experience", [
            E("Snack Bar Attendant", "Millbrook Falls Minor Hockey Association", "Millbrook Arena", "2024-10", "2025-03", "facing", "in_person_service",
              ["Took orders and cash at the window between periods, sometimes 60 people in 15 minutes",
               "Kept the popcorn machine going and cleaned the grill at close"]),
            E("Referee (Level 1)", "Millbrook Falls Soccer Club", None, "2025-06", "2025-08", "facing", "other_facing",
              ["Reffed U9 to U12 house league games, 3-4 nights a week",
               "Explained calls to coaches and kept it calm when parents got loud"], dt="Summer 2025"),
            E("Lawn Care (my own business)", None, None, "2023-06", "2025-09", "facing", "entrepreneurial_freelance",
              ["Mowed and edged lawns for 6 neighbours every week, May to September",
               "Set my own prices, booked around the weather and collected payment myself"], etype="freelance"),
        ]),
        ("exp", "Volunteer", [
            E("Reading Buddy", "Millbrook Falls Public Library", None, "2025-01", "2025-06", "facing", "volunteering",
              ["Read with grade 2 kids every Tuesday after school"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Millbrook Falls Secondary School - OSSD expected June 2027", "40 community service hours completed (grade 10)"]),
        ("list", "Certificates", ["Standard First Aid & CPR-C", "Safe Food Handling"]),
        ("list", "Skills", ["Cash and Interac", "Microsoft Word, Google Docs", "English, some Igbo"]),
    ]))

R.append(dict(
    id="w004", eng="fpdf", layout="left", order="org_title", dates=("m/yyyy", "Present", " - "), paper="letter", contact_sep="  |  ",
    family="US retiree aged 62 after 30 years on a county road crew; family farm-supply store, Army, tax-season greeter, senior-center driver; fpdf2 left-aligned, employer line first",
    name="Dale R. Huskisson", contact=["Bellwether, MN 56xxx", "(218) 555-0144", "dhuskisson@mailbox.net"],
    profile="Retired road department crew leader looking for part-time work at a hardware or farm store counter. I know tools, parts and machinery and I like helping people figure out what they need.",
    profile_head="Summary",
    blocks=[
        ("exp", "Work History", [
            E("Seasonal Greeter / Receptionist", "Fast Refund Tax Service", "Bellwether, MN", "2025-01", "2025-04", "facing", "in_person_service",
              ["Greeted walk-ins, checked them in for their appointment and kept the waiting room moving",
               "Made coffee, answered the phone, scanned W-2s"]),
            E("Equipment Operator / Crew Leader", "Dorrance County Road Department", "Bellwether, MN", "1992-06", "2022-12", "none", None,
              ["Plow route all winter and grader in summer; led a crew of 4 on patching and culvert work",
               "Kept the trucks and the motor grader serviced and did the daily inspections",
               "Retired December 2022"]),
            E("Parts Counter", "Huskisson Farm & Auto Supply", "Bellwether, MN", "1984-01", "1992-12", "facing", "in_person_service",
              ["My dad's store. Looked up parts for farmers and mechanics, ran the register and did the ordering"], prec="year"),
            E("Motor Transport Operator", "U.S. Army", None, "1980-01", "1984-12", "none", None, [], prec="year", etype="military"),
        ]),
        ("exp", "Volunteer", [
            E("Volunteer Driver", "Lakeview Senior Center", "Bellwether, MN", "2023-01", "present", "facing", "volunteering",
              ["Drive seniors to medical appointments and the grocery store two days a week and help them in and out of the van"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education & Licenses", ["Bellwether High School, diploma", "CDL Class A (kept current)"]),
    ]))

R.append(dict(
    id="w005", eng="docx", layout="tabs", order="title_org", dates=("mon", "Present", " – "), bullet="–",
    family="Irish Leaving Cert student, deli counter at weekends, Transition Year work experience in a credit union and a national school, GAA underage coaching, fruit picking; Word tab-stop dates",
    name="Aoife Kerrigan", contact=["Carrickmoyle, Co. Galway", "087 123 4471", "aoifekerrigan07@mailbox.ie"],
    profile="Sixth year student (Leaving Cert 2027) looking for part-time work in a shop or café. I have been working on the deli in Daly's since last summer so I'm well used to the public.",
    blocks=[
        ("exp", "Work Experience", [
            E("Deli / Shop Assistant (weekends)", "Daly's Corner Shop", "Carrickmoyle", "2024-06", "present", "facing", "in_person_service",
              ["Making rolls and serving hot food at the deli counter on Saturdays and Sundays",
               "Till, lotto and facing up the shelves when it's quiet"]),
            E("Fruit Picker", "Moran's Fruit Farm", None, "2023-06", "2023-08", "none", None,
              ["Picking and punneting strawberries, 7am starts"], dt="Summer 2023"),
            E("Transition Year Work Experience", "Carrickmoyle Credit Union", None, "2023-02", "2023-02", "facing", "in_person_service",
              ["Sorted and scanned member files for two weeks",
               "Sat in with the front counter staff and lodged cash for members under supervision"], etype="internship"),
            E("Transition Year Work Experience", "St Ciarán's National School", None, "2023-03", "2023-03", "facing", "education",
              ["Helped the 2nd class teacher with reading groups, art and yard duty"], etype="internship"),
        ]),
        ("exp", "Clubs and Volunteering", [
            E("Underage Coach (U-10 girls)", "Carrickmoyle GAA Club", None, "2022-01", "present", "facing", "volunteering",
              ["Help run Saturday training and go to matches with the team"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Coláiste Mhuire, Carrickmoyle – Leaving Certificate 2027", "Junior Cycle 2023: 4 Distinctions, 5 Higher Merits"]),
        ("list", "Interests", ["Camogie (county minor panel), baking, Irish dancing"]),
        ("list", "Referees", ["Mr Pat Daly, Daly's Corner Shop – 091 555 230", "Ms Nuala Fahy, Year Head – via the school"]),
    ]))

R.append(dict(
    id="w006", eng="html", layout="div", order="title_org", dates=("mon", "present", " - "),
    family="UK warehouse team leader aged 55 made redundant in 2026; milk round with doorstep collections, bowls club treasurer and bar rota; HTML page",
    name="Graham Pettifer", contact=["Ashcombe, Wiltshire", "Mobile: 07911 440 238", "g.pettifer@mailbox.co.uk"],
    profile="I was made redundant in August after 21 years at Marlowe when the Ashcombe site closed. I'm looking for part-time work, preferably dealing with the public again, which I did for years on the milk round and still do behind the bar at the bowls club.",
    blocks=[
        ("exp", "Employment", [
            E("Team Leader, Goods-In", "Marlowe Distribution Ltd", "Ashcombe", "2012-01", "2026-08", "affecting", None,
              ["Ran the goods-in shift (9 operatives): booking in deliveries, checking against POs, putting away",
               "Sorted out shortages and damages with suppliers' drivers and our transport office",
               "Counterbalance and reach truck licences; FLT trainer for new starters"]),
            E("Warehouse Operative", "Marlowe Distribution Ltd", "Ashcombe", "2005-01", "2011-12", "affecting", None,
              ["Picking and loading store orders for the supermarket account"], prec="year"),
            E("Milkman", "Ashcombe Dairies", "Ashcombe", "1988-01", "2004-12", "facing", "in_person_service",
              ["Own round of about 400 houses, 4am starts",
               "Collected the money Friday nights and Saturday mornings and took new orders on the doorstep",
               "Kept an eye on the older customers – if the milk was still out I knocked"], prec="year"),
        ]),
        ("exp", "Outside Work", [
            E("Treasurer", "Ashcombe Town Bowls Club", None, "2016-01", "present", "none", None,
              ["Keep the club accounts and prepare the year-end figures for the AGM"], prec="year", section="volunteer", etype="volunteer"),
            E("Bar Rota Volunteer", "Ashcombe Town Bowls Club", None, "2019-01", "present", "facing", "volunteering",
              ["Serve behind the clubhouse bar on match days and for functions"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Training", ["Counterbalance / reach truck (RTITB)", "IOSH Managing Safely (2019)", "Level 2 Award in Licensing (personal licence holder)"]),
    ]))

R.append(dict(
    id="w007", eng="rl", layout="sidebar", order="title_org", dates=("mon", "Current", " – "), font="dejavu",
    family="Australian 16-year-old, fast-food crew (no duties), learn-to-swim assistant, surf club Nippers helper, Year 10 pharmacy work experience; reportlab shaded left sidebar",
    name="Mia Castellano", contact=["Tallowood Bay NSW 2xxx", "0412 555 093", "mia.castellano@mailbox.com.au"],
    side=[("Availability", ["Weekdays after 3.30pm", "Sat & Sun any time", "All school holidays"]),
          ("Skills", ["Cash handling", "Friendly phone manner", "Canva, Google Slides", "Bronze Medallion"]),
          ("Certificates", ["Working With Children Check", "HLTAID011 Provide First Aid"]),
          ("Referees", ["Available on request"])],
    profile="Year 11 student at Tallowood Bay High. Looking for more shifts in retail or hospitality. I'm bubbly, I pick things up quickly, and I've been around the beach and the pool my whole life.",
    profile_head="About me",
    blocks=[
        ("exp", "Work History", [
            E("Crew Member", "Grillhouse Express", "Tallowood Bay", "2026-02", "present", "facing", "in_person_service", []),
            E("Learn-to-Swim Assistant", "Tallowood Aquatic Centre", "Tallowood Bay", "2025-10", "2026-01", "facing", "education",
              ["Helped the instructor with the babies and toddlers classes, in the water",
               "Handed kids back to parents and told them how the lesson went"]),
            E("Work Experience (Year 10)", "Coastal Chemist", "Tallowood Bay", "2025-06", "2025-06", "affecting", None,
              ["Faced up the shelves and helped with the mid-year stocktake out the back",
               "Watched how the pharmacist talks to customers about their medicines"], etype="internship"),
        ]),
        ("exp", "Volunteering", [
            E("Nippers Helper", "Tallowood Bay Surf Life Saving Club", None, "2024-09", "present", "facing", "volunteering",
              ["Help run Sunday Nippers for the under 8s – setting up the flags, running the beach sprints and keeping the little ones together"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Tallowood Bay High School – Year 11 (HSC 2027)"]),
    ]))

R.append(dict(
    id="w008", eng="md", layout="h3", order="title_org", dates=("mon", "present", " – "),
    family="NZ retired school office manager aged 64 going back to part-time work; family orchard and fruit stall, undated bank teller job, hospice shop volunteer; Markdown",
    name="Judith (Judy) Cairncross", contact=["Kōwhai Bay, South Canterbury", "027 555 8812", "judycairncross@mailbox.co.nz"],
    profile="Recently retired school office manager (19 years) who is missing people! I'd like 2–3 days a week in a garden centre, gift shop or visitor centre. I am organised, unflappable and good with all ages.",
    profile_head="Summary",
    blocks=[
        ("exp", "Work Experience", [
            E("Relief School Office Administrator (fixed term)", "Waitaki Valley School", None, "2024-05", "2024-07", "facing", "in_person_service",
              ["Covered the front desk while the administrator was on leave"], dt="May–July 2024"),
            E("School Office Manager", "Kōwhai Bay Primary School", None, "2003-01", "2022-12", "facing", "in_person_service",
              ["First point of contact for parents, pupils and visitors at the front office – sick children, lost property, upset parents, the lot",
               "Ran the school roll, enrolments, payroll and the board of trustees paperwork",
               "Looked after the school account and the uniform shop"], prec="year"),
            E("Partner", "Cairncross Orchards", "Kōwhai Bay", "1986-01", "2002-12", "facing", "entrepreneurial_freelance",
              ["Family apple orchard with my late husband. I ran the roadside fruit stall and the packing shed in the season and did the books and GST."],
              prec="year", etype="freelance"),
            E("Teller", "Southland Savings Bank", "Glenmurray", None, None, "facing", "in_person_service", [], prec=None, dt="(before we married)"),
        ]),
        ("exp", "Community", [
            E("Shop Volunteer (Thursdays)", "Hospice Kōwhai Bay Shop", None, "2023-01", "present", "facing", "volunteering",
              ["Serving customers, pricing donations, window displays"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Other", ["Full clean driver's licence", "Xero and Microsoft Office", "Justice of the Peace 2015–2022"]),
    ]))

R.append(dict(
    id="w009", eng="docx", layout="table", order="title_org", dates=("month", "Present", " – "),
    family="South African school-leaver (matric 2025), family tuck shop, festive-season packer, volunteer maths tutor and Sunday school; Word with a borderless table per job",
    name="Thandeka Mokoena", contact=["Stand 2213, Extension 4, Rietfontein, Gauteng", "Cell: 072 555 3190", "thandeka.mokoena@mailbox.co.za"],
    profile="I matriculated in 2025 with Maths and Accounting and I am looking for my first proper job as a cashier or call centre agent while I save for my studies. I have served customers in my mother's shop since I was in Grade 7.",
    profile_head="Career Objective",
    blocks=[
        ("list", "Personal Details", ["Date of birth: 14 March 2007", "Gender: Female", "Nationality: South African", "Languages: isiZulu, Sesotho, English", "Driver's licence: Learner's"]),
        ("exp", "Work Experience", [
            E("Shop Assistant", "Mama Zodwa's Tuck Shop (family business)", "Rietfontein", "2020-01", "present", "facing", "in_person_service",
              ["Serve customers after school and on weekends, sell airtime and electricity vouchers",
               "Count the stock with my mother on Sundays and write down what we must buy at the wholesaler"],
              prec="year", etype="unknown"),
            E("Packer (festive season)", "Mabena Superette", "Rietfontein", "2024-12", "2025-01", "facing", "in_person_service",
              ["Packed customers' groceries at the tills over the December rush",
               "Helped carry heavy items to the taxi rank for older customers"]),
        ]),
        ("exp", "Community Involvement", [
            E("Volunteer Maths Tutor", "Ikhwezi Youth Centre", "Rietfontein", "2024-01", "2025-12", "facing", "volunteering",
              ["Helped Grade 8 and 9 learners with maths homework on Saturday mornings"], prec="year", section="volunteer", etype="volunteer"),
            E("Sunday School Teacher", "Rietfontein Methodist Church", None, "2021-01", "present", "facing", "volunteering",
              ["Teach a class of about 15 children aged 6 to 9"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["Grade 12 (NSC), Rietfontein Secondary School, 2025 – Bachelor pass", "Subjects: English HL, isiZulu FAL, Mathematics, Accounting, Business Studies, Life Orientation"]),
        ("list", "References", ["Mrs Z. Mokoena – 082 555 6613", "Rev. S. Dube, Rietfontein Methodist Church – 011 555 2240"]),
    ]))

R.append(dict(
    id="w010", eng="fpdf", layout="centred", order="title_org", dates=("month", "Present", " – "),
    family="Scottish bank adviser aged 57 made redundant when her branch closed after 32 years; community council, session clerk, polling clerk; fpdf2 centred header",
    name="Fiona McAlister", contact=["Inverbrae, Perthshire", "07722 508 119", "fiona.mcalister@mailbox.scot"],
    profile="After 38 years with Caledon Bank – most of them behind the counter in Inverbrae – I took redundancy when the branch closed in March. I'm not ready to stop. I'm looking for a part-time customer-facing job where experience and patience count.",
    profile_head="Profile",
    blocks=[
        ("exp", "Career History", [
            E("Polling Clerk", "Perth & Strathbrae Council Elections Office", "Inverbrae polling place", "2026-05", "2026-05", "facing", "other_facing",
              ["Checked voters against the register and issued ballot papers"], dt="May 2026 (election day)"),
            E("Customer Service Adviser", "Caledon Bank", "Inverbrae branch", "1994-08", "2026-03", "facing", "in_person_service",
              ["Counter, enquiries and appointments for a branch with a lot of older customers",
               "Latterly the branch's go-to person for helping customers move to online and app banking",
               "Bereavement cases, power of attorney and scam-prevention conversations"]),
            E("Clerk", "Caledon Bank", "Dunmarrick Processing Centre", "1988-01", "1994-12", "affecting", None,
              ["Cheque clearing and standing orders"], prec="year"),
        ]),
        ("exp", "Community Roles", [
            E("Community Councillor", "Inverbrae & District Community Council", None, "2019-01", "present", "facing", "volunteering",
              ["Take residents' concerns to the monthly meeting and run the drop-in surgery at the library"],
              prec="year", section="volunteer", etype="volunteer"),
            E("Session Clerk", "Inverbrae Parish Church", None, "2012-01", "2020-12", "none", None,
              ["Minutes, correspondence and keeping the communion roll"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills & Qualifications", ["CeMAP Certificate (1999)", "Confident with Windows, online banking apps and e-mail", "Full driving licence"]),
    ]))

R.append(dict(
    id="w011", eng="txt", layout="plain", order="title_org", dates=("month", "Present", " - "), datepos="comma", bullet="-",
    family="US 16-year-old, grocery bagger, supper-club dishwasher, own snow and lawn customers, Scouts food drive, Vacation Bible School; pasted plain text",
    name="Brayden Kowalczyk", contact=["Fennimore, WI", "608-555-0127 | brayden.k@mailbox.us"], contact_lines=True,
    profile="Junior at Fennimore High School, looking for a part-time job for the school year. Responsible, hard-working and good with older people.",
    profile_head="OBJECTIVE",
    prose_for=("Snow Shoveling and Lawn Mowing",),
    blocks=[
        ("exp", "WORK EXPERIENCE", [
            E("Bagger", "Kessler's Family Foods", "Fennimore, WI", "2026-05", "present", "facing", "in_person_service",
              ["Bag groceries and bring carts in from the lot", "Carry out for older customers and load their cars"]),
            E("Dishwasher", "The Lantern Supper Club", "Fennimore, WI", "2025-06", "2025-09", "affecting", None,
              ["Ran the dish machine Friday fish fry and Saturday nights", "Helped the cooks with prep when dishes were caught up"]),
            E("Snow Shoveling and Lawn Mowing", None, None, "2023-01", "present", "facing", "entrepreneurial_freelance",
              ["I have about eight regular customers on my street and the next one over.",
               "I shovel before school when it snows and mow every week in summer, and I keep track of who owes me."],
              prec="year", etype="freelance"),
        ]),
        ("exp", "ACTIVITIES / VOLUNTEER", [
            E("Life Scout", "Scouts BSA Troop 214", "Fennimore, WI", "2022-01", "present", "facing", "volunteering",
              ["Organized the troop's spring food drive at Kessler's, asking shoppers at the door for donations",
               "Working on Eagle project (three benches for the dog park)"], prec="year", section="volunteer", etype="volunteer"),
            E("Vacation Bible School Helper", "St. Casimir Parish", None, "2024-06", "2024-08", "facing", "volunteering",
              ["Led a group of 1st graders through crafts and snack"], dt="Summer 2024", section="volunteer", etype="volunteer"),
        ]),
        ("list", "EDUCATION", ["Fennimore High School, Class of 2028, GPA 3.4"]),
    ]))

R.append(dict(
    id="w012", eng="rl", layout="twocol", order="title_org", dates=("mon", "Present", " – "),
    footer="Bernard Thibodeau  ·  Résumé  ·  page {page}", fs=10.5,
    family="Canadian retired ferry purser aged 63 after caring for his wife; 34 years with one ferry line in three roles, family fishing boat undated; 2-page reportlab with two-column header and footer",
    name="Bernard Thibodeau", contact=["Port Ellery, Nova Scotia", "902-555-0163", "b.thibodeau@mailbox.ca"],
    profile="Retired chief purser with 34 years on the Fundy Strait ferries, most of them looking after passengers. I spent the last few years caring for my late wife. I am looking for seasonal or part-time work at a visitor centre, museum or attraction where knowing the area and liking people matters.",
    profile_head="Profile",
    blocks=[
        ("exp", "Experience", [
            E("Family caregiver", None, None, "2022-09", "2026-02", "none", None, [], etype="unknown"),
            E("Chief Purser", "Fundy Strait Ferries", "MV Cape Ellery", "2009-01", "2022-08", "facing", "in_person_service",
              ["In charge of the ticket office, cafeteria and gift shop on board, 11 staff in summer",
               "Dealt with passenger complaints, lost children, seasick tourists and the odd emergency",
               "Made the passenger announcements in English and French",
               "Cash-up, stock and the summer hiring"]),
            E("Purser", "Fundy Strait Ferries", None, "1996-01", "2008-12", "facing", "in_person_service",
              ["Sold tickets and cabin bookings and looked after passengers with reduced mobility"], prec="year"),
            E("Deckhand", "Fundy Strait Ferries", None, "1988-01", "1995-12", "none", None,
              ["Mooring lines, lifeboat drills, chipping and painting"], prec="year"),
            E("Crew", "Thibodeau family boat (lobster)", "Port Ellery", None, None, "none", None,
              ["Fished with my father every season through school and after"], prec=None),
        ]),
        ("break", None, None),
        ("exp", "Volunteer", [
            E("Volunteer Greeter", "Port Ellery Visitor Information Centre", None, "2025-06", "2025-08", "facing", "volunteering",
              ["Gave directions, suggested restaurants and boat tours, and booked rooms for walk-in visitors"],
              dt="Summer 2025", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Certificates", ["Marine Emergency Duties (MED A1, A3) – lapsed 2022", "Standard First Aid (renewed 2025)", "Bilingual: English / French (Acadian)"]),
        ("list", "Interests", ["Local history, Port Ellery Historical Society member, cribbage, grandchildren"]),
    ]))

R.append(dict(
    id="w013", eng="docx", layout="header", order="org_title", dates=("mon", "till date", " - "), bullet="•",
    family="Indian homemaker aged 56 returning after caring for in-laws; hotel telephone operator in the 1990s, family silk shop, home tuitions, Mahila Samajam health camps; Word, contact in page header, employer first",
    name="Lakshmi Venkataraman", contact=["No. 14, 3rd Cross, Gandhi Nagar, Kottaipuram - 6xxxxx", "Mob: +91 94xxx 55812", "lakshmi.venkat66@mailbox.in"],
    profile="A mature and dependable person with experience in hotel guest service and retail. Having completed my family responsibilities I wish to rejoin work in a part-time customer care or front office position.",
    profile_head="Career Objective",
    blocks=[
        ("exp", "Work Experience", [
            E("Home Tuitions (Std. 1 to 5)", None, "Kottaipuram", "2025-01", "present", "facing", "education",
              ["Teaching Maths and English to 6 children of the neighbourhood in the evenings"], prec="year", etype="freelance"),
            E("Career Break (care of parents-in-law)", None, None, "2019-01", "2024-12", "none", None, [], prec="year", etype="unknown"),
            E("Partner", "Lakshmi Silk House (family business)", "Kottaipuram", "2004-01", "2019-12", "facing", "entrepreneurial_freelance",
              ["Attended customers at the counter, especially bridal and festival purchases",
               "Maintained stock register and day book"], prec="year", etype="freelance"),
            E("Telephone Operator", "Hotel Kaveri Residency", "Kottaipuram", "1992-01", "1998-12", "facing", "contact_center",
              ["Handled PBX board of 60 extensions", "Guest wake-up calls, trunk call bookings and messages"], prec="year"),
        ]),
        ("exp", "Social Service", [
            E("Secretary", "Kottaipuram Mahila Samajam", None, "2010-01", "present", "facing", "volunteering",
              ["Organise the monthly free health camp and register women patients at the camp desk"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Educational Qualification", ["B.Com., Sri Meenakshi College for Women, 1991", "Certificate in Hotel Front Office Operations, 1992"]),
        ("list", "Languages Known", ["Tamil, English, Kannada, Hindi (speak)"]),
        ("list", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge.", "Place: Kottaipuram                (LAKSHMI V.)"]),
    ]))

R.append(dict(
    id="w014", eng="html", layout="table", order="title_org", dates=("mon", "Present", " – "),
    family="English 17-year-old, cricket club bar and teas, groundstaff summer, paper round (title only), car dealer work experience, DofE library volunteering; HTML table per job",
    name="Callum Hartigan", contact=["Sedgebrook, Lincolnshire", "07455 108 276", "callumhartigan@mailbox.co.uk"],
    profile="Year 12 student (A-levels in PE, Business and Geography). I've grown up at the cricket club and I'm after a weekend job in a shop, café or leisure centre.",
    blocks=[
        ("exp", "Jobs", [
            E("Bar & Teas Assistant", "Sedgebrook Cricket Club", None, "2025-04", "present", "facing", "in_person_service",
              ["Serve drinks and match teas to members and visiting teams on Saturdays", "Wash up and restock the bar fridges after"]),
            E("Junior Groundstaff", "Sedgebrook Cricket Club", None, "2024-06", "2024-08", "affecting", None,
              ["Mowing and rolling the square, painting the creases and putting the covers on"], dt="Summer 2024"),
            E("Paper Round", "Sedgebrook Post Office & Stores", None, "2022-01", "2024-12", "affecting", None, [], prec="year"),
            E("Work Experience", "Lindum Motor Group", "Lincoln Road", "2024-06", "2024-06", "affecting", None,
              ["One week in the service department: tyre checks, valeting cars before they went back to customers",
               "Shadowed the service advisers"], etype="internship"),
        ]),
        ("exp", "Volunteering", [
            E("Summer Reading Challenge Volunteer", "Sedgebrook Library", None, "2023-07", "2023-08", "facing", "volunteering",
              ["Signed children up, talked to them about their books and gave out stickers and medals (DofE Bronze)"],
              section="volunteer", etype="volunteer", dt="Jul – Aug 2023"),
        ]),
        ("list", "Qualifications", ["GCSEs (2025): 8 at grades 9–5 incl. English and Maths", "ECB Young Cricket Leader"]),
    ]))

R.append(dict(
    id="w015", eng="fpdf", layout="left", order="org_title", dates=("mon", "current", " – "), fs=10.5,
    footer="Kerry O'Halloran – Resume – Page {page}",
    family="Australian aged 61 made redundant from a council service centre; family newsagency, 1980s bank teller, career break with children, Country Women's Guild and meals on wheels; 2-page fpdf2 with footer, employer line first",
    name="Kerry O'Halloran", contact=["Bellbird Creek NSW 2xxx", "0428 555 617", "kerry.ohalloran@mailbox.com.au"], contact_lines=True,
    profile="Experienced customer service officer – 13 years on the front counter at Bellbird Creek Shire Council and 18 years running our family newsagency before that. My position was made redundant in June 2025 when the service centre merged. I'm after part-time work (3 days) in a customer service or retail role.",
    profile_head="Career Summary",
    blocks=[
        ("exp", "Employment History", [
            E("Customer Service Officer", "Bellbird Creek Shire Council", "Bellbird Creek", "2012-03", "2025-06", "facing", "in_person_service",
              ["Front counter for rates payments, dog registrations, building enquiries and hall bookings",
               "Answered the after-hours emergency line when on roster",
               "Cash receipting and end-of-day balancing"]),
            E("Co-owner", "O'Halloran's Newsagency", "Bellbird Creek", "1993-01", "2011-12", "facing", "entrepreneurial_freelance",
              ["Ran the shop with my husband – papers, magazines, lotto, cards and the post office agency",
               "Organised 14 paper-run kids and their rounds, and the monthly accounts"],
              prec="year", etype="freelance"),
            E("Home with our three children", None, None, "1988-01", "1992-12", "none", None, [], prec="year", etype="unknown"),
            E("Teller", "Riverina Farmers Bank", "Coolabah Flat branch", "1981-01", "1987-12", "facing", "in_person_service", [], prec="year"),
        ]),
        ("break", None, None),
        ("exp", "Community", [
            E("Tea Room Convenor", "Bellbird Creek Country Women's Guild", None, "2000-01", "present", "facing", "volunteering",
              ["Run the tea room at the annual show and cater for funerals and community events"],
              prec="year", section="volunteer", etype="volunteer"),
            E("Meals on Wheels Driver", "Bellbird Creek Meals on Wheels", None, "2025-08", "present", "facing", "volunteering",
              ["Deliver hot meals to 12 clients on Tuesdays and check in on each one at the door"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Cash handling and EFTPOS", "Council property system (Pathway), MYOB, Microsoft Outlook and Word", "Calm with upset or distressed customers"]),
        ("list", "Referees", ["Ms Debbie Laing, Customer Service Coordinator, Bellbird Creek Shire Council – 02 6955 0000", "Mr Ron Speirs, President, Bellbird Creek Meals on Wheels – 0400 555 120"]),
    ]))
