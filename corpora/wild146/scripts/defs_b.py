"""Résumés w011–w020."""
from lib import E

R = []

# -----------------------------------------------------------------------------
# w011 South African collections / UK energy account agent, fpdf2
# -----------------------------------------------------------------------------
R.append(dict(
    file="w011.pdf", render="fpdf",
    family="South African contact-centre agent on a UK energy account, fpdf2 name left / contact right header, right-aligned dates",
    layout="fpdf2, two-column header / title_org, Mon / 'Present'",
    author="Ayanda Nkosi", doc_title="Ayanda Nkosi - CV",
    opts=dict(font="DejaVuSans", size=9.5, head="rule", accent=(150, 20, 40), name_align="l", top_rule=True,
              bchar="▪"),
    top=[("name", "AYANDA NKOSI", "Customer Service Agent | Collections | Inbound & Outbound")],
    top_right=["Site C, Khayelitsha, Cape Town 7784", "073 555 2286", "ayanda.nkosi@mail.example",
               "Languages: isiXhosa, English, Afrikaans"],
    blocks=[
        ("h", "Summary"),
        ("p", "Five years on the phones in Cape Town: collections for a local credit provider and now billing "
              "and debt support for a UK energy supplier. Comfortable with upset customers and vulnerable-customer "
              "procedures."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Customer Service Agent (UK Energy Account)", "Atlantic Seaboard BPO (Pty) Ltd", "Cape Town", "2023-06", "present",
              "facing", "contact_center", [
                  "Inbound calls and web chat for a UK energy supplier: bills, meter readings, moving home",
                  "Set up payment plans for customers in debt following the client's vulnerability guidelines",
                  "Top 10% for CSAT on the floor in 2024 and 2025"]),
            E("Collections Agent", "Tygerberg Credit Solutions", "Bellville", "2021-05", "2023-05",
              "facing", "contact_center", [
                  "Outbound calls to customers 30–90 days in arrears",
                  "Negotiated payment arrangements and captured promises to pay",
                  "Handled disputes and referred hardship cases to the debt review desk"]),
            E("Night Merchandiser", "FreshMart Durbanville", "Durbanville", "2020-01", "2021-04",
              "affecting", None, [
                  "Packed shelves and built promotional displays on the night shift after closing",
                  "Checked expiry dates and rotated stock"]),
            E("YES Youth – Data Capturer", "Ilitha Youth Data Project", "Khayelitsha", "2019-02", "2020-01",
              "none", None, [
                  "Captured household survey forms into Excel",
                  "Checked the database for duplicates and missing fields"], etype="internship"),
            E("Waitron (weekends)", "Blouberg Seafood Grill", "Bloubergstrand", "2018-03", "2019-01",
              "facing", "in_person_service", ["Took orders, served tables of up to 40 covers and upsold specials"]),
        ], dict(style="title_org", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Education & Training"),
        ("table", None, [
            ["2022", "False Bay Training Institute", "Higher Certificate in Contact Centre Management"],
            ["2018", "Masiphumelele Comprehensive School", "National Senior Certificate"]], [0.6, 2.2, 3]),
        ("h", "Systems"),
        ("p", "Salesforce, Five9 dialler, Genesys Cloud, MS Teams, Excel — typing 45 wpm"),
        ("h", "References"),
        ("refs", [["Ms. Lerato Mahlangu", "Team Manager, Atlantic Seaboard BPO", "021 555 0419"],
                  ["Mr. Pieter Fourie", "Collections Supervisor, Tygerberg Credit Solutions", "021 555 8832"]]),
    ]))

# -----------------------------------------------------------------------------
# w012 Kenyan graduate trainee near the 12-month line, Markdown
# -----------------------------------------------------------------------------
R.append(dict(
    file="w012.md", render="md",
    family="Kenyan IT graduate in a bank's customer-experience trainee post, Markdown h3 titles, near the 12-month line",
    layout="md, h3 / title_org, Month / 'Present'",
    opts=dict(hlevel="##", title_h3=True),
    blocks=[
        ("name", "AMINA SAID MWINYI"),
        ("contact", ["Nyali, Mombasa · +254 712 555 870 · amina.mwinyi@post.example", "LinkedIn: /in/amina-mwinyi-ke"]),
        ("h", "Career Objective"),
        ("p", "A BSc. IT graduate who enjoys solving people's problems with technology, looking to grow in "
              "digital banking support."),
        ("h", "Experience"),
        ("jobs", [
            E("Graduate Trainee – Customer Experience", "Nyota Pwani Microfinance Bank", "Mombasa", "2026-01", "present",
              "facing", "in_person_service", [
                  "Serve walk-in customers in the banking hall: account opening, statements, mobile banking registration",
                  "Resolve card and mobile-banking complaints or escalate them to the contact centre",
                  "Two-week rotation on the teller counters"]),
            E("ICT Attachee", "Kilindini Freight Forwarders Ltd", "Mombasa", "2024-05", "2024-07",
              "facing", "internal_support", [
                  "Fixed staff computer and printer problems logged on the helpdesk",
                  "Set up email accounts and showed new staff how to use the shared drive",
                  "Helped with network cabling in the new office"], etype="internship"),
        ], dict(style="title_org", ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Campus & Part-time"),
        ("jobs", [
            E("Field Enumerator", "Pwani Research Consultants", "Kilifi", "2023-11", "2023-12",
              "affecting", None, [
                  "Administered household questionnaires on tablets (ODK) for a water and sanitation study",
                  "Uploaded and checked the day's forms every evening"], section="other"),
            E("Secretary, ICT Students' Club", "Coast Technical University", "Mombasa", "2023", "2024",
              "none", None, [
                  "Kept minutes and the membership register",
                  "Organised logistics for the annual hackathon"], section="other", etype="volunteer"),
        ], dict(style="title_org", ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("table", ["Year", "Institution", "Award"], [
            ["2021 – 2025", "Coast Technical University", "BSc. Information Technology, Second Class Upper"],
            ["2017 – 2020", "Shimo Hills Girls' Secondary School", "KCSE, B+"]]),
        ("h", "Certifications"),
        ("ul", ["CCNA: Introduction to Networks (2024)", "Google IT Support Professional Certificate (2025)"]),
        ("h", "Skills"),
        ("ul", ["Troubleshooting Windows and Android", "Excel, Power BI basics", "Kiswahili, English, Arabic (reading)"]),
        ("h", "Referees"),
        ("refs", [["Mr. Hassan Omar", "Branch Operations Manager, Nyota Pwani Microfinance Bank, Moi Avenue, Mombasa",
                   "+254 733 555 019"],
                  ["Dr. Mercy Chebet", "Lecturer, School of Computing, Coast Technical University", "+254 720 555 311"]]),
    ]))

# -----------------------------------------------------------------------------
# w013 Jamaican registered nurse, docx table per job
# -----------------------------------------------------------------------------
R.append(dict(
    file="w013.docx", render="docx",
    family="Jamaican registered nurse, Word with a label/value table per job, community health aide and a summer call-centre job",
    layout="docx, table per job / kvjobs, Month / 'Present'",
    author="Kimberley Brown", doc_title="Resume - K. Brown RN",
    opts=dict(font="Arial", size=10, head="underline", name_align="l", name_size=18),
    blocks=[
        ("name", "Kimberley Ann-Marie Brown, RN", "BScN | Registered Nurse (Nursing Council of Jamaica)"),
        ("contact", ["6 Caledonia Crescent, Mandeville, Manchester  ·  876-555-0135  ·  kimberley.brown.rn@mail.example"]),
        ("h", "Professional Summary"),
        ("p", "Registered nurse with six years on a medical ward and three years in community health, known for "
              "clear patient teaching and calm in emergencies."),
        ("h", "Employment History"),
        ("kvjobs", [
            E("Registered Nurse (Medical Ward)", "Manchester Hills Medical Centre", "Mandeville", "2020-09", "present",
              "facing", "healthcare_care", [
                  "Care for 8–10 patients per shift on a 30-bed medical ward",
                  "Medication administration, IV therapy and wound care",
                  "Discharge teaching for patients and their families"]),
            E("Customer Service Representative (Summer)", "Mandeville Teleservices Ltd", "Mandeville", "2018-06", "2018-08",
              "facing", "contact_center", [
                  "Took inbound calls for a US pharmacy benefits client: refills, coverage and claim status"],
              dt="June – August 2018"),
            E("Data Entry Clerk", "Kingston Claims Processing Ltd", "Kingston", "2016-09", "2017-08",
              "affecting", None, [
                  "Keyed health insurance claims into the claims system",
                  "Checked claim forms for missing information and passed incomplete ones back to the supervisor"]),
            E("Community Health Aide", "Southern Regional Health Authority", "Porus, Manchester", "2014-01", "2016-08",
              "facing", "healthcare_care", [
                  "Home visits to elderly and postnatal clients",
                  "Assisted at child health and immunisation clinics",
                  "Weighed and measured clients and kept the clinic register"]),
        ], dict(ds=dict(style="Month", sep=" – ", present="Present"), labels=("Dates", "Employer", "Job Title", "Duties"),
                label_fill="EDEDED")),
        ("h", "Education"),
        ("table", None, [
            ["2016 – 2020", "Mandeville College of Nursing", "BSc. Nursing"],
            ["2008 – 2013", "Christiana Ridge High School", "CSEC: 8 subjects incl. Biology, Chemistry, English A, Mathematics"]]),
        ("h", "Licences & Certifications"),
        ("ul", ["Registered Nurse, Nursing Council of Jamaica – licence current to 2027",
                "Basic Life Support (BLS) – renewed March 2026", "Advanced Cardiac Life Support (ACLS) – 2024"]),
        ("h", "References"),
        ("refs", [["Mrs. Sonia Beckford, Ward Manager", "Manchester Hills Medical Centre", "876-555-0108"],
                  ["Ms. Tricia Lawrence, Public Health Nurse", "Porus Health Centre, Manchester", "876-555-0162"]]),
    ]))

# -----------------------------------------------------------------------------
# w014 Nigerian market trader, messy text, undated volunteer post
# -----------------------------------------------------------------------------
R.append(dict(
    file="w014.txt", render="txt",
    family="Nigerian market trader and POS operator, messy plain text, dash headers with dates after a comma, one undated role",
    layout="txt, messy / dash, year / 'Date'",
    opts=dict(head="colon", bullet="-", right="comma", kvalign=False, ref_numbers=False),
    blocks=[
        ("raw", ["                         CURRICULUM  VITAE", ""]),
        ("kv", [("NAME", "Mrs Okonkwo Ngozi Blessing"), ("ADDRESS", "Shop 24B Line 3, Main Market, Onitsha, Anambra State"),
                ("PHONE", "08065550412 (whatsapp)"), ("DATE OF BIRTH", "17/03/1990"), ("STATE OF ORIGIN", "Anambra"),
                ("MARITAL STATUS", "married with 3 children")]),
        ("h", "objective"),
        ("p", "to use my many years of buying and selling and customer relations to grow with a reputable company "
              "or distributor"),
        ("h", "experience"),
        ("jobs", [
            E("C.E.O / Owner", "Mama Ngozi Provisions & POS Services", "Onitsha Main Market", "2017", "present",
              "facing", "entrepreneurial_freelance", [
                  "sell provisions, beverages and toiletries wholesale and retail to customers and small shops",
                  "POS withdrawals, transfers and bill payment for market people",
                  "keep sales book, pay suppliers and manage 2 shop girls"], etype="freelance"),
            E("Sales Girl / Apprentice", "Madam Chioma Fabrics", "Ochanja Market", "2012", "2016",
              "facing", "in_person_service", [
                  "attended to customers and displayed lace, george and ankara materials",
                  "followed madam to Cotonou and Lagos to buy goods"], etype="internship"),
            E("Factory Hand", "Uruagu Plastics Ltd", "Nnewi", "2010", "2011",
              "none", None, ["packaging plastic buckets and bowls on the production line"]),
        ], dict(style="dash", ds=dict(style="Mon", sep=" - ", present="Date"))),
        ("h", "other positions"),
        ("jobs", [
            E("Secretary (Volunteer)", "Ochanja Market Women Cooperative Society", None, None, None,
              "none", None, ["keep minutes and the contribution ledger, prepare yearly account for the auditors"],
              section="volunteer", etype="volunteer"),
        ], dict(style="dash", ds=dict(style="Mon", sep=" - ", present="Date"))),
        ("h", "education"),
        ("raw", ["Ugwuagba Community Primary School, Obosi  -  FSLC 2002",
                 "Obosi Girls Secondary School  -  SSCE (NECO) 2008",
                 "SMEDAN Entrepreneurship Training  -  Certificate 2019"]),
        ("h", "skills"),
        ("p", "buying and selling, book keeping, POS operation, customer relation, Igbo, English, pidgin"),
        ("h", "referees"),
        ("refs", [["Chief (Mrs) Chioma Obi", "Chioma Fabrics, Ochanja Market, Onitsha", "08035559021"],
                  ["Mr Emeka Anyanwu", "Chairman, Line 3 Traders Association, Main Market Onitsha", "08025551176"]]),
    ]))

# -----------------------------------------------------------------------------
# w015 Tobago resort bartender, reportlab sidebar on the right
# -----------------------------------------------------------------------------
R.append(dict(
    file="w015.pdf", render="rl",
    family="Tobago resort bartender and reef tour guide, reportlab with shaded right sidebar, road crew and festival usher",
    layout="reportlab, right sidebar / title_org, Mon / 'Present'",
    author="Marlon Williams", doc_title="Marlon Williams Resume",
    opts=dict(font="Helvetica", size=9.5, head="rule", accent=(0, 90, 110), side_right=True, side_w=150,
              side_fill=(225, 240, 242), side_full=True, name_align="l", name_size=20, bchar="•"),
    top=[("name", "MARLON J. WILLIAMS", "Bartender  ·  Tour Guide  ·  Hospitality")],
    side=[
        ("h", "Contact"),
        ("raw", ["LP 42 Bon Accord Road", "Bon Accord, Tobago", "1-868-555-0147", "marlonjw@mail.example"]),
        ("h", "Certificates"),
        ("raw", ["Bar Service Certificate –", "Tobago Hospitality", "Training Centre (2019)", "",
                 "Food Badge (current)", "", "First Aid / CPR (2023)", "", "Boat Master Grade 3 (2020)"]),
        ("h", "Languages"),
        ("raw", ["English", "Spanish (conversational)"]),
        ("h", "Interests"),
        ("raw", ["Free-diving, football,", "mixology competitions"]),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Outgoing hospitality worker from Tobago with seven years looking after visitors on boats, at bars "
              "and at festivals. Knows the island, its rums and its reefs."),
        ("h", "Experience"),
        ("jobs", [
            E("Bartender", "Pigeon Point Sands Resort", "Crown Point, Tobago", "2021-11", "present",
              "facing", "in_person_service", [
                  "Mix and serve drinks at the swim-up and lobby bars for up to 200 guests",
                  "Recommend local rums and run the Friday rum tasting for guests",
                  "Stock control and daily bar cash-up"]),
            E("Tour Guide (Glass-Bottom Boat)", "Coralita Glass-Bottom Tours", "Buccoo, Tobago", "2019-12", "2021-10",
              "facing", "other_facing", [
                  "Guided groups of 20–40 visitors to Buccoo Reef and the Nylon Pool",
                  "Gave safety briefings and helped snorkellers in the water"]),
            E("Kitchen Steward", "Pigeon Point Sands Resort", "Crown Point, Tobago", "2019-03", "2019-11",
              "affecting", None, ["Washed pots and dishes and kept the banquet kitchen clean"]),
            E("Labourer (Road Maintenance Crew)", "Tobago House of Assembly, Division of Infrastructure", "Scarborough",
              "2017", "2018", "none", None, ["Cleared drains and verges and patched potholes on secondary roads"]),
        ], dict(style="title_org", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Volunteer"),
        ("jobs", [
            E("Festival Usher", "Tobago Heritage Festival Committee", "Plymouth, Tobago", "2018-07", "2018-08",
              "facing", "volunteering", ["Seated patrons and gave directions at the evening shows"],
              section="volunteer", etype="volunteer", dt="July – August 2018"),
        ], dict(style="title_org", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("table", None, [["2011 – 2016", "Bon Accord Secondary School — CSEC: English A, Mathematics, Tourism, Spanish, Geography"]],
         [1, 4.5]),
        ("h", "References"),
        ("refs", [["Mr. Shawn Roberts", "Food & Beverage Manager", "Pigeon Point Sands Resort", "1-868-555-0110"],
                  ["Capt. Everton Job", "Owner, Coralita Glass-Bottom Tours", "1-868-555-0181"]]),
    ]))

# -----------------------------------------------------------------------------
# w016 Ugandan telecom call-centre agent near the line, HTML
# -----------------------------------------------------------------------------
R.append(dict(
    file="w016.html", render="html",
    family="Ugandan telecom call-centre agent after a back-office verification job, HTML, near the 12-month line",
    layout="html, modern css / org_title, Mon / 'Present'",
    doc_title="CV - Brian Ssemwanga",
    opts=dict(css="modern"),
    blocks=[
        ("name", "BRIAN SSEMWANGA"),
        ("contact", ["Kyaliwajjala, Wakiso District · +256 782 555 163 · brian.ssemwanga@mail.example"]),
        ("h", "Personal Profile"),
        ("p", "Customer care agent fluent in English, Luganda and Swahili. I hold a Diploma in Business "
              "Administration and I am looking to grow into a team leader role."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Customer Care Agent (Call Centre)", "Nile Connect Telecom Uganda Ltd", "Kampala", "2025-10", "present",
              "facing", "contact_center", [
                  "Answer customer calls on data bundles, mobile money and SIM swaps in English, Luganda and Swahili",
                  "Reverse failed mobile money transactions after verification",
                  "Log network faults by location for the NOC"]),
            E("Data Verification Clerk", "Nile Connect Telecom Uganda Ltd", "Kampala", "2024-02", "2025-09",
              "affecting", None, [
                  "Checked scanned ID cards and SIM registration forms against the national ID records",
                  "Flagged incomplete registrations for the field agents to correct"]),
            E("Accounts Intern", "Kyaliwajjala Coffee Exporters Ltd", "Kyaliwajjala", "2023-06", "2023-08",
              "none", None, [
                  "Posted payment vouchers in QuickBooks",
                  "Helped prepare the monthly VAT return"], etype="internship"),
        ], dict(style="org_title", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Church Service"),
        ("jobs", [
            E("Choir Secretary", "St. Charles Lwanga Parish Choir", "Kyaliwajjala", "2020", "2023",
              "none", None, ["Kept attendance and minutes and organised choir uniforms"],
              section="volunteer", etype="volunteer"),
        ], dict(style="org_title", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Education Background"),
        ("table", ["Year", "Institution", "Award"], [
            ["2021 – 2023", "Nakawa Institute of Business Studies", "Diploma in Business Administration"],
            ["2019 – 2020", "Namugongo Hill Secondary School", "UACE"],
            ["2015 – 2018", "Namugongo Hill Secondary School", "UCE"]]),
        ("h", "Skills"),
        ("ul", ["Typing 50 wpm", "CRM ticketing", "QuickBooks", "Languages: English, Luganda, Swahili"]),
        ("h", "Referees"),
        ("refs", [["Ms. Prossy Namutebi", "Team Leader, Customer Care, Nile Connect Telecom Uganda Ltd, Plot 9 Jinja Road, Kampala",
                   "0772 555 490"],
                  ["Mr. Godfrey Lubega", "Accountant, Kyaliwajjala Coffee Exporters Ltd", "0701 555 228"]]),
    ]))

# -----------------------------------------------------------------------------
# w017 South African Life Sciences educator, docx tab stops, 2018/2019
# -----------------------------------------------------------------------------
R.append(dict(
    file="w017.docx", render="docx",
    family="South African high-school educator, Word tab-stop dates, '2018/2019' teacher-assistant year, exam marking",
    layout="docx, styles + tabs / title_org, Month / 'Present', '2018/2019'",
    author="T J Maluleke", doc_title="CV Maluleke TJ",
    opts=dict(font="Calibri", size=11, head="styles", hlevel=1, bul="style", rmode="tab", name_align="l"),
    blocks=[
        ("name", "Thabo Johannes Maluleke", "Educator: Life Sciences FET"),
        ("contact", ["2231 Block L, Soshanguve, 0152", "082 555 7719  |  tj.maluleke@mail.example", "SACE No.: 1155503"]),
        ("h", "Personal Details"),
        ("kv", [("ID Number", "9309205555081"), ("Gender", "Male"), ("Home language", "Xitsonga"),
                ("Other languages", "English, Setswana, Sepedi"), ("Driver's licence", "Code B")]),
        ("h", "Employment History"),
        ("jobs", [
            E("Educator (Life Sciences, Grades 10–12)", "Mabopane Ridge Comprehensive High School", "Mabopane", "2020-01", "present",
              "facing", "education", [
                  "Teach Life Sciences to five classes (about 210 learners)",
                  "Grade 12 pass rate up from 61% to 84% between 2021 and 2025",
                  "Run Saturday classes and meet parents every term"]),
            E("Grade 12 Life Sciences Marker", "Gauteng Department of Education", "Pretoria marking centre", "2021-12", "2022-01",
              "affecting", None, ["Marked NSC Life Sciences Paper 2 scripts and moderated a sample of a colleague's scripts"]),
            E("Teacher Assistant (Internship)", "Ga-Rankuwa View Primary School", "Ga-Rankuwa", "2018", "2019",
              "facing", "education", [
                  "Supported the Grade 4 and 5 teachers in class and marked workbooks",
                  "Ran reading groups for learners who were behind"], etype="internship", dt="2018/2019"),
            E("Sales Assistant (part-time)", "Kwena Fashion Outlet", "Pretoria North", "2015", "2017",
              "facing", "in_person_service", []),
        ], dict(style="title_org", ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Qualifications"),
        ("table", ["Year", "Qualification", "Institution"], [
            ["2014 – 2017", "BEd (FET Phase): Life Sciences and Geography", "Tshwane Northern University"],
            ["2013", "National Senior Certificate (Bachelor pass)", "Hebron Ridge Secondary School"]]),
        ("h", "Extra-Mural Activities"),
        ("ul", ["Soccer coach (U17 boys), 2021 – present", "Science Expo convenor, 2023 and 2025"]),
        ("h", "References"),
        ("refs", [["Mr. M. S. Ramokgopa", "Principal, Mabopane Ridge Comprehensive High School", "012 555 1045"],
                  ["Mrs. L. van Wyk", "HOD Sciences, Mabopane Ridge Comprehensive High School", "012 555 1046"],
                  ["Ms. D. Mokoena", "Teacher, Ga-Rankuwa View Primary School", "071 555 3398"]]),
    ]))

# -----------------------------------------------------------------------------
# w018 Kenyan safari-camp sous chef, fpdf2 dates in left column
# -----------------------------------------------------------------------------
R.append(dict(
    file="w018.pdf", render="fpdf",
    family="Kenyan safari-camp sous chef, fpdf2 dates in a left column, commis chef and room service, kitchen attachment",
    layout="fpdf2, single column / leftcol, Mon / 'Present'",
    author="Joseph Otieno", doc_title="CV Joseph Otieno Ouma",
    opts=dict(font="DejaVuSerif", size=9.5, head="underline", accent=(60, 60, 60), name_align="c", lcw=105,
              lcst="b", bchar="–"),
    blocks=[
        ("name", "JOSEPH OTIENO OUMA"),
        ("contact", ["P.O. Box 344-80400, Ukunda  •  0723 555 640  •  joseph.otieno.chef@mail.example"]),
        ("h", "Profile"),
        ("p", "Chef with nine years in beach hotels and a luxury tented camp. Strong on Swahili coast and "
              "continental cuisine, kitchen hygiene and training young cooks."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Sous Chef", "Mara Nyati Hill Camp", "Maasai Mara", "2022-07", "present",
              "facing", "in_person_service", [
                  "Run the kitchen of a 24-tent luxury camp with the head chef",
                  "Cook at the bush-breakfast and boma dinner stations, explaining dishes to guests and handling allergy requests",
                  "Order stores and train six cooks"]),
            E("Commis Chef", "Diani Palmshade Hotel", "Diani Beach", "2019-02", "2022-06",
              "affecting", None, [
                  "Hot kitchen and pastry sections",
                  "Mise en place for 300-cover buffets"]),
            E("Room Service Waiter", "Diani Palmshade Hotel", "Diani Beach", "2017-05", "2019-01",
              "facing", "in_person_service", [
                  "Delivered in-room dining orders and took breakfast orders by phone"]),
            E("Waiter (Casual, Weekends)", "Ukunda Events & Catering", "Ukunda", "2015-06", "2016-12",
              "facing", "in_person_service", ["Served guests at weddings and corporate functions"]),
        ], dict(style="leftcol", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Industrial Attachment"),
        ("jobs", [
            E("Food Production Attachee", "Bamburi Tidewater Resort", "Mombasa", "2017-01", "2017-04",
              "affecting", None, ["Kitchen rotation: butchery, cold kitchen and bakery"],
              section="other", etype="internship"),
        ], dict(style="leftcol", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("table", None, [
            ["2015 – 2017", "Coast Hospitality College", "Diploma in Food Production"],
            ["2011 – 2014", "Msambweni Ridge Secondary School", "KCSE (C+)"]], [1, 2, 2.5]),
        ("h", "Courses"),
        ("ul", ["Food Hygiene Certificate (2018, renewed 2024)", "HACCP Level 2 (2021)"]),
        ("h", "Referees"),
        ("refs", [["Mr. Daniel Mutua", "Head Chef, Mara Nyati Hill Camp", "0720 555 811"],
                  ["Mrs. Fatuma Ali", "Executive Chef, Diani Palmshade Hotel", "0733 555 462"]]),
    ]))

# -----------------------------------------------------------------------------
# w019 Zambian community health worker, fpdf2 Period table
# -----------------------------------------------------------------------------
R.append(dict(
    file="w019.pdf", render="fpdf",
    family="Zambian NGO community health worker, fpdf2 table 'Period | Organisation | Position | Responsibilities', year ranges",
    layout="fpdf2, period table / ptable, year / 'Date'",
    author="Chanda Phiri", doc_title="Curriculum Vitae",
    opts=dict(font="DejaVuSansCondensed", size=9.5, head="shade", shade=(220, 235, 220), accent=(20, 80, 30),
              name_align="c", bchar="•", th_fill=(200, 225, 200)),
    blocks=[
        ("name", "CHANDA MUTALE PHIRI"),
        ("contact", ["Plot 1187, Kapata Extension, Chipata, Eastern Province", "Cell: 0977 555 218 | chanda.phiri@mail.example"]),
        ("h", "Personal Particulars"),
        ("kv", [("Date of Birth", "08 October 1995"), ("NRC", "555318/43/1"), ("Nationality", "Zambian"),
                ("Languages", "English, Nyanja, Bemba, Tumbuka")]),
        ("h", "Career Objective"),
        ("p", "To continue serving communities in primary health care, especially TB and HIV care."),
        ("h", "Work Experience"),
        ("ptable", [
            E("Community Health Worker", "Tithandizane Health Trust", "Chipata", "2021", "present",
              "facing", "healthcare_care", [
                  "Home visits to TB and HIV clients; adherence counselling",
                  "Contact tracing and sputum collection",
                  "Refer defaulters and sick clients to the clinic"]),
            E("M&E Assistant", "Tithandizane Health Trust", "Chipata", "2019", "2020",
              "none", None, [
                  "Entered and cleaned programme data",
                  "Prepared quarterly reports for donors"]),
            E("Peer Educator (Volunteer)", "Eastern Province Youth Peer Network", "Chipata", "2016", "2018",
              "facing", "volunteering", [
                  "Drama and talks on HIV prevention in schools and markets"], section="volunteer", etype="volunteer"),
            E("Shop Assistant", "Lungu General Dealers", "Chipata", "2014", "2015",
              "facing", "in_person_service", [
                  "Served customers, weighed mealie meal and sugar and kept the till"]),
        ], dict(ds=dict(style="Mon", sep=" – ", present="Date"), widths=[0.9, 1.7, 1.6, 3.1])),
        ("h", "Education and Training"),
        ("table", ["Year", "Institution", "Qualification"], [
            ["2017 – 2019", "Chipata School of Public Health", "Certificate in Community Health"],
            ["2009 – 2013", "Kapata Hill Secondary School", "Grade 12 School Certificate"]], [1, 2.4, 2.6]),
        ("h", "Short Courses"),
        ("ul", ["TB/HIV Integrated Care (2022)", "Psychosocial counselling basics (2021)", "DHIS2 data entry (2019)"]),
        ("h", "Referees"),
        ("refs", [["Mrs. Ruth Zulu", "Programme Manager, Tithandizane Health Trust", "P.O. Box 510212, Chipata", "0966 555 402"],
                  ["Mr. Moses Banda", "Coordinator, Eastern Province Youth Peer Network", "0955 555 781"]]),
    ]))

# -----------------------------------------------------------------------------
# w020 Jamaican warehouse clerk turned call-centre agent (11 facing months), text
# -----------------------------------------------------------------------------
R.append(dict(
    file="w020.txt", render="txt",
    family="Jamaican warehouse clerk now on a UK broadband call-centre account, plain text with right-padded dates, under 12 facing months",
    layout="txt, padded / title_org, MM/YYYY / 'Present'",
    opts=dict(head="stars", bullet="• ", right="pad", width=80),
    blocks=[
        ("name", "ANDRE OMAR FRANCIS"),
        ("contact", ["14 Waterford Drive, Portmore, St. Catherine", "Tel: 876-555-0199   Email: andrefrancis876@mail.example"]),
        ("h", "Objective"),
        ("p", "Dependable worker now in customer care, looking to build a long-term career in a contact centre."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Customer Care Agent (UK Broadband Account)", "Portmore Call Solutions Ltd", "Portmore", "2026-01", "present",
              "facing", "contact_center", [
                  "Take inbound calls from UK customers about broadband faults and bills",
                  "Book engineer visits and log every call in the CRM"]),
            E("Warehouse Clerk", "Spanish Town Distributors Ltd", "Spanish Town", "2022-04", "2025-12",
              "affecting", None, [
                  "Picked and packed orders for supermarkets and wholesales",
                  "Checked loads against invoices before dispatch",
                  "Monthly stock counts"]),
            E("Farm Hand", "Riverside Banana Estate", "Linstead", "2019", "2021",
              "none", None, ["Weeding, bagging and harvesting bananas"]),
            E("Security Guard", "Sentry Ridge Guard Services Ltd", "Portmore", "2017", "2018",
              "none", None, ["Night patrols of a housing construction site; logged deliveries of material"]),
        ], dict(style="title_org", ds=dict(style="MM/YYYY", sep=" - ", present="Present"))),
        ("h", "Education"),
        ("raw", ["2011 - 2016   Bartons Ridge High School  (CSEC: English A, Mathematics, Office Administration)",
                 "2024          HEART/NSTA Trust - Customer Engagement Level 2"]),
        ("h", "Skills"),
        ("raw", ["Forklift licence, Microsoft Word and Excel, calm under pressure"]),
        ("h", "References"),
        ("refs", [["Miss Shelly-Ann Morgan, Team Lead", "Portmore Call Solutions Ltd, 876-555-0121"],
                  ["Mr. Clive Bailey, Warehouse Supervisor", "Spanish Town Distributors Ltd, 876-555-0177"]]),
    ]))
