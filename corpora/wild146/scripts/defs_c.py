"""Résumés w021–w030."""
from lib import E

R = []

# -----------------------------------------------------------------------------
# w021 Nigerian agency-banking BDO, docx header/footer + tab stops, day dates for NYSC
# -----------------------------------------------------------------------------
R.append(dict(
    file="w021.docx", render="docx",
    family="Nigerian agency-banking business development officer, Word tab-stop dates, name in page header, NYSC revenue desk, SIWES lab",
    layout="docx, header/footer + tabs / title_org, 'Month, YYYY' / 'Till Date', day dates",
    author="Akinwumi Adewale", doc_title="Akinwumi Adewale CV",
    opts=dict(font="Book Antiqua", size=11, head="rule", bul="typed", bchar="•", rmode="tab", name_align="l",
              header=["AKINWUMI, Adewale Rasheed", "8 Oladipo Street, Bodija, Ibadan  |  0806 555 3210  |  adewale.akinwumi@mail.example"],
              footer="CV of Akinwumi Adewale R. — updated October 2026"),
    blocks=[
        ("h", "Personal Data"),
        ("kv", [("Date of Birth", "30th January, 1994"), ("Sex", "Male"), ("State of Origin", "Oyo"),
                ("L.G.A.", "Ogbomoso North"), ("Marital Status", "Single"), ("Nationality", "Nigerian")]),
        ("h", "Career Objective"),
        ("p", "To grow financial inclusion by building and supporting agent networks that serve customers well."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Business Development Officer (Agency Banking)", "Kudipoint Agency Network Ltd", "Ibadan", "2022-06", "present",
              "facing", "sales_account", [
                  "Recruit, onboard and train POS agents across Ibadan North and Akinyele",
                  "Visit agents to resolve failed transactions, settlement delays and terminal faults",
                  "Achieved 140% of the Q3 2024 agent acquisition target"]),
            E("Back Office Officer (Settlement & Reconciliation)", "Kudipoint Agency Network Ltd", "Ibadan", "2021-01", "2022-05",
              "affecting", None, [
                  "Reconciled daily POS settlement files against bank statements",
                  "Raised chargeback and reversal requests for disputed transactions"]),
            E("POS Operator", "Olaniyan & Sons Ventures", "Bodija Market, Ibadan", "2019-03", "2020-12",
              "facing", "in_person_service", [
                  "Cash withdrawals, transfers and bill payments for customers at the shop",
                  "Sold recharge cards and data bundles"]),
            E("Corps Member – Revenue Officer", "Oyo State Board of Internal Revenue", "Ibadan", "2017-11", "2018-10",
              "facing", "in_person_service", [
                  "Attended to taxpayers at the front desk; issued assessment notices and receipts",
                  "Explained PAYE and presumptive tax to traders during the enumeration exercise"],
              etype="internship", dt="13th Nov., 2017 – 12th Oct., 2018"),
            E("Industrial Trainee (SIWES)", "Ibadan Water Corporation Laboratory", "Ibadan", "2015-07", "2015-12",
              "none", None, ["Water sample analysis (pH, turbidity, residual chlorine) and lab record keeping"],
              etype="internship"),
        ], dict(style="title_org", ds=dict(style="Month,", sep=" – ", present="Till Date"))),
        ("h", "Educational Background with Dates"),
        ("table", ["Institution", "Qualification", "Year"], [
            ["Oke-Ogun University of Technology", "B.Tech. Microbiology (2:1)", "2012 – 2017"],
            ["Taki Hills Model High School, Ogbomoso", "SSCE (WAEC)", "2006 – 2011"]]),
        ("h", "Certifications"),
        ("raw", ["Certified Agent Network Manager, Lagos Payments Academy (2023)",
                 "Microsoft Excel for Reconciliation (2021)"]),
        ("h", "Referees"),
        ("refs", [["Mr. Tunde Fashola-Ade", "Regional Manager, Kudipoint Agency Network Ltd", "14 Ring Road, Ibadan", "0803 555 6672"],
                  ["Alhaji Musiliu Olaniyan", "CEO, Olaniyan & Sons Ventures", "Shop 12, Bodija Market, Ibadan", "0805 555 9014"]]),
    ]))

# -----------------------------------------------------------------------------
# w022 Trinidad bank CSR, reportlab two-column body (volunteer entry in the left column)
# -----------------------------------------------------------------------------
R.append(dict(
    file="w022.pdf", render="rl",
    family="Trinidadian bank customer service representative, reportlab two-column body with a coloured band, volunteer treasurer in the left column",
    layout="reportlab, twocol / title_org (left col dash), Month / 'present'",
    author="Renee Mohammed", doc_title="Renée A. Mohammed",
    opts=dict(font="Helvetica", size=9, head="rule", accent=(90, 30, 100), band=92, band_fill=(238, 228, 242),
              side_w=175, side_gap=22, name_align="l", name_size=20, bchar="•", mt=36),
    top=[("name", "Renée Alicia Mohammed", "Customer Service Representative — Retail Banking"),
         ("contact", ["7 Rahamut Trace, Marabella, San Fernando  ·  1-868-555-0168  ·  renee.mohammed@mail.example"])],
    side=[
        ("h", "Education"),
        ("raw", ["2010 – 2012", "Gulf City Polytechnic Institute", "Associate Degree, Banking", "",
                 "2005 – 2010", "Naparima Heights Girls' College", "CSEC (9) · CAPE (3)"]),
        ("h", "Certifications"),
        ("raw", ["Certificate in Retail Banking –", "Southern Banking Academy", "(2017)", "",
                 "AML/CFT Compliance (2025)"]),
        ("h", "Skills"),
        ("ul", ["Account opening & KYC", "Loan applications", "Foreign exchange", "Complaint handling"]),
        ("h", "Volunteer"),
        ("jobs", [
            E("Treasurer (Volunteer)", "St. Benedict's Anglican Church", "Marabella", "2017", "present",
              "none", None, ["Count Sunday collections, keep the books and report to the vestry"],
              section="volunteer", etype="volunteer"),
        ], dict(style="title_org_dl", ds=dict(style="Month", sep=" – ", present="present"))),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Ten years in banking and insurance in south Trinidad. Patient with customers, careful with "
              "documents, and a top cross-seller at my branch in 2024."),
        ("h", "Experience"),
        ("jobs", [
            E("Customer Service Representative", "Caribbean Crest Bank Limited", "Port of Spain", "2019-03", "present",
              "facing", "in_person_service", [
                  "Open accounts, take loan applications and resolve service issues for walk-in customers",
                  "Enrol customers on online banking and reset passwords",
                  "Branch top cross-seller, Q2 2024"]),
            E("Teller", "Caribbean Crest Bank Limited", "San Fernando", "2016-01", "2019-02",
              "facing", "in_person_service", ["Cash and cheque transactions, foreign exchange and utility bill payments"]),
            E("Claims Processor", "Gulf Coast Insurance Company Ltd", "San Fernando", "2013-06", "2015-12",
              "affecting", None, [
                  "Checked motor claim files for completeness and entered them in the claims system",
                  "Prepared payment requisitions for approved claims"]),
            E("Vacation Sales Clerk", "Coffee Street Department Store", "San Fernando", "2011-07", "2011-08",
              "facing", "in_person_service", ["Served customers in the school uniforms department during back-to-school"],
              dt="July – August 2011"),
        ], dict(style="title_org", ds=dict(style="Month", sep=" – ", present="present"))),
        ("h", "References"),
        ("refs", [["Mrs. Natalie Ramsingh", "Branch Manager, Caribbean Crest Bank Limited", "Independence Square, Port of Spain",
                   "1-868-555-0102"],
                  ["Mr. Anil Persad", "Claims Manager, Gulf Coast Insurance Company Ltd", "1-868-555-0139"]]),
    ]))

# -----------------------------------------------------------------------------
# w023 Ghanaian NGO programme officer, HTML
# -----------------------------------------------------------------------------
R.append(dict(
    file="w023.html", render="html",
    family="Ghanaian NGO programme officer from Tamale, HTML with pipe title lines, mobile money vendor, madrasa volunteer",
    layout="html, word css / pipe, year / 'Date'",
    doc_title="CV - Fuseini Alhassan",
    opts=dict(css="word"),
    blocks=[
        ("name", "FUSEINI ABDUL-RAHMAN ALHASSAN"),
        ("contact", ["P. O. Box TL 1420, Tamale, Northern Region", "Tel: 024 555 3378 / 050 555 1902",
                     "Email: fuseini.alhassan@mail.example"]),
        ("h", "Personal Data"),
        ("kv", [("Date of Birth", "11th November 1993"), ("Hometown", "Savelugu"), ("Religion", "Islam"),
                ("Marital Status", "Married"), ("Languages", "Dagbani, English, Hausa, Twi")]),
        ("h", "Career Objective"),
        ("p", "To use my community development experience to improve education outcomes for girls in northern Ghana."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Programme Officer", "Hope for Northern Girls Foundation", "Tamale", "2022", "present",
              "none", None, [
                  "Write funding proposals and quarterly donor reports",
                  "Manage a programme budget of GH¢ 450,000",
                  "Maintain the M&E database and supervise two community mobilisers"]),
            E("Community Mobiliser", "Hope for Northern Girls Foundation", "Savelugu", "2019", "2021",
              "facing", "other_facing", [
                  "House-to-house visits to persuade parents to re-enrol girls in school",
                  "Organised community durbars with chiefs and women's groups",
                  "Followed up absent girls at home"]),
            E("National Service Personnel – Accounts Office", "Tamale Metropolitan Assembly", "Tamale", "2017-09", "2018-08",
              "none", None, ["Prepared payment vouchers and filed receipts"], etype="internship", dt="Sept. 2017 – Aug. 2018"),
            E("Mobile Money Vendor", "Dawuni Enterprise", "Aboabo Market, Tamale", "2015", "2017",
              "facing", "entrepreneurial_freelance", ["Cash-in, cash-out and airtime sales for market women and traders"],
              etype="freelance"),
        ], dict(style="pipe", ds=dict(style="Mon", sep=" – ", present="Date"))),
        ("h", "Voluntary Service"),
        ("jobs", [
            E("Volunteer Teacher (Weekends)", "Nur-ul-Bayan Weekend Islamic School", "Tamale", "2014", "present",
              "facing", "volunteering", ["Teach English and Arithmetic to upper primary pupils on Saturdays"],
              section="volunteer", etype="volunteer"),
        ], dict(style="pipe", ds=dict(style="Mon", sep=" – ", present="Date"))),
        ("h", "Educational Background"),
        ("table", ["Year", "Institution", "Certificate"], [
            ["2013 – 2017", "Northern Savannah University, Tamale", "BA Community Development"],
            ["2009 – 2012", "Savelugu Hill Senior High School", "WASSCE"]]),
        ("h", "Workshops Attended"),
        ("ul", ["Results-Based M&E, Tamale, 2023", "Safeguarding Children and Vulnerable Adults, 2022"]),
        ("h", "Referees"),
        ("refs", [["Hajia Mariama Iddrisu", "Executive Director, Hope for Northern Girls Foundation", "P. O. Box TL 877, Tamale",
                   "024 555 6610"],
                  ["Mr. Abdulai Yakubu", "Headmaster, Nur-ul-Bayan Weekend Islamic School, Tamale", "020 555 3319"]]),
    ]))

# -----------------------------------------------------------------------------
# w024 South African contact-centre learner, now admin clerk (12 facing months), docx
# -----------------------------------------------------------------------------
R.append(dict(
    file="w024.docx", render="docx",
    family="South African contact-centre learnership graduate now in admin, Word heading styles and list bullets, 12 facing months",
    layout="docx, styles / title_org_dl, Mon / 'Present'",
    author="Nokuthula Cele", doc_title="Nokuthula Cele CV",
    opts=dict(font="Calibri", size=11, head="styles", hlevel=1, bul="style", name_align="c"),
    blocks=[
        ("name", "NOKUTHULA CELE"),
        ("contact", ["V 1123 Umlazi Township, Durban 4031", "061 555 2047 | nokuthulacele@mail.example"]),
        ("h", "Personal Information"),
        ("kv", [("ID Number", "0002125555083"), ("Gender", "Female"), ("Languages", "isiZulu, English"),
                ("Criminal record", "None")]),
        ("h", "Work Experience"),
        ("jobs", [
            E("Admin Clerk", "Umlazi Building Supplies", "Umlazi", "2026-02", "present",
              "none", None, [
                  "Capture supplier invoices and delivery notes on Sage Pastel",
                  "Filing, scanning and creditors' reconciliations"]),
            E("Contact Centre Learner (NQF Level 2 Learnership)", "Ubuntu Connect Solutions", "Durban", "2025-02", "2026-01",
              "facing", "contact_center", [
                  "Inbound calls for a short-term insurer's policyholders: policy queries and address changes",
                  "Classroom modules on call handling and TCF, then live calls on the floor"], etype="internship"),
            E("Casual Packer", "Clairwood Distribution Centre", "Clairwood", "2023", "2024",
              "affecting", None, ["Packed and wrapped pallets of grocery orders for stores"]),
            E("EPWP Participant – General Worker (Parks)", "eThekwini Municipality", "Umlazi", "2022-03", "2022-11",
              "none", None, ["Cut grass and cleared litter in public parks"]),
        ], dict(style="title_org_dl", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("ul", ["2025 – National Certificate: Contact Centre Operations NQF 2 (Services SETA)",
                "2021 – National Senior Certificate, Velabahleke Ridge High School"]),
        ("h", "Computer Skills"),
        ("ul", ["MS Word, Excel, Outlook", "Sage Pastel Partner (basic)"]),
        ("h", "References"),
        ("refs", [["Mr. B. Govender – Owner, Umlazi Building Supplies", "031 555 0716"],
                  ["Ms. Z. Khumalo – Learnership Facilitator, Ubuntu Connect Solutions", "031 555 4420"]]),
    ]))

# -----------------------------------------------------------------------------
# w025 Ugandan lodge receptionist, messy docx
# -----------------------------------------------------------------------------
R.append(dict(
    file="w025.docx", render="docx",
    family="Ugandan eco-lodge receptionist and former tour consultant, messy hand-formatted Word, typed dashes, 'Date'",
    layout="docx, manual / dash (spaces before dates), Month / 'Date'",
    author="user", doc_title="",
    opts=dict(font="Century Gothic", size=10, head="underline", bul="typed", bchar="-", btab=False, rmode="spaces",
              rbold=True, name_align="l", name_size=14),
    blocks=[
        ("name", "ATUHAIRE RITA"),
        ("raw", ["Kabale Municipality, P.O Box 96 Kabale", "Tel 0783 555 614 / 0703 555 281", "ritaatuhaire@mail.example"]),
        ("gap",),
        ("h", "Objective"),
        ("p", "Seeking a job in a hotel or tour company where i can use my customer care and booking skills."),
        ("h", "Working experience"),
        ("jobs", [
            E("Receptionist", "Rwakigarama Eco Lodge", "Lake Bunyonyi", "2023-08", "present",
              "facing", "in_person_service", [
                  "check in guests, take bookings by phone and WhatsApp and prepare bills",
                  "arrange boat transfers and nature walks for guests"]),
            E("Tour Consultant", "Pearl Trails Safaris Ltd", "Kampala", "2020-03", "2023-07",
              "facing", "sales_account", [
                  "replied to tourist enquiries by email and prepared itineraries and quotations",
                  "met clients at Entebbe Airport and briefed them before trips"]),
            E("Vegetable Vendor", "Self-employed", "Kabale Central Market", "2017", "2019",
              "facing", "entrepreneurial_freelance", ["selling tomatoes, onions and Irish potatoes from my own stall"],
              etype="freelance"),
            E("Packhouse Worker", "Kigezi Fresh Exports", "Kabale", "2016", "2016",
              "none", None, ["sorting and grading passion fruit for export"], dt="2016"),
            E("Waitress (Holiday Job)", "Makanga Hill Hotel", "Kabale", "2015-12", "2016-01",
              "facing", "in_person_service", ["served breakfast and lunch to hotel guests"], dt="Dec 2015 - Jan 2016"),
        ], dict(style="dash", ds=dict(style="Month", sep=" - ", present="Date"))),
        ("h", "Education"),
        ("raw", ["2017-2019   Diploma in Tourism and Hotel Management – Kigezi College of Tourism",
                 "2015-2016   UACE – Nyabikoni Heights Secondary School",
                 "2011-2014   UCE – Nyabikoni Heights Secondary School"]),
        ("h", "Languages"),
        ("raw", ["English – very good", "Rukiga – native", "Luganda – fair", "Kinyarwanda – fair"]),
        ("h", "Hobbies"),
        ("raw", ["bird watching, reading novels, cooking"]),
        ("h", "Referees"),
        ("refs", [["Mr. Byaruhanga Julius", "Manager Rwakigarama Eco Lodge", "0772 555 806"],
                  ["Ms. Kemigisha Annet", "Operations, Pearl Trails Safaris Ltd", "0701 555 443"]]),
    ]))

# -----------------------------------------------------------------------------
# w026 Kenyan freight 'customer service officer' with back-office duties only, fpdf2
# -----------------------------------------------------------------------------
R.append(dict(
    file="w026.pdf", render="fpdf",
    family="Kenyan freight back-office worker whose 'Customer Service Officer' title hides a desk job, fpdf2 org line with right-aligned dates",
    layout="fpdf2, single column / org_title, Mon / 'Present'",
    author="Dennis Langat", doc_title="CV",
    opts=dict(font="DejaVuSans", size=9.5, head="rule", accent=(10, 60, 120), name_align="c", bchar="•"),
    blocks=[
        ("name", "DENNIS KIPROTICH LANGAT"),
        ("contact", ["P.O. Box 19442-00501, Embakasi, Nairobi  |  0710 555 284  |  dennis.langat@mail.example"]),
        ("h", "Career Objective"),
        ("p", "Logistics and documentation professional seeking to grow in freight operations."),
        ("h", "Professional Experience"),
        ("jobs", [
            E("Customer Service Officer", "Savannah Freight Logistics Ltd", "JKIA Cargo Centre, Nairobi", "2021-03", "present",
              "affecting", None, [
                  "Create shipment files and delivery orders in the ERP from bookings passed on by the sales team",
                  "Update cargo tracking status and file proofs of delivery",
                  "Prepare the daily shipment status report for the sales team"]),
            E("Documentation Clerk", "Embakasi Clearing & Forwarding Ltd", "Nairobi", "2018-07", "2021-02",
              "affecting", None, [
                  "Lodged import entries and tracked IDFs and bills of lading",
                  "Prepared files for the customs verification officers"]),
            E("Accounts Assistant", "Kitengela Hardware Ltd", "Kitengela", "2016-01", "2018-06",
              "none", None, [
                  "Posted creditors' invoices and prepared payment schedules",
                  "Monthly bank reconciliations"]),
        ], dict(style="org_title", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Industrial Attachment"),
        ("jobs", [
            E("Procurement Attachee", "Kenya Ports Authority", "Mombasa", "2015-05", "2015-08",
              "none", None, ["Filed tender documents and updated the supplier register"], section="other", etype="internship"),
        ], dict(style="org_title", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("table", None, [
            ["2012 – 2015", "Nairobi Polytechnic College of Commerce", "Diploma in Supply Chain Management"],
            ["2008 – 2011", "Kapsoit Hill Boys' High School", "KCSE (B-)"]], [1, 2.6, 2.4]),
        ("h", "Professional Membership"),
        ("p", "Associate member, Kenya Institute of Supplies Management (KISM)"),
        ("h", "Referees"),
        ("refs", [["Ms. Janet Wairimu", "Operations Manager, Savannah Freight Logistics Ltd", "0722 555 610"],
                  ["Mr. Patrick Omondi", "Director, Embakasi Clearing & Forwarding Ltd", "0733 555 947"]], ),
    ]))

# -----------------------------------------------------------------------------
# w027 Nigerian remote chat agent (15 facing months), Markdown
# -----------------------------------------------------------------------------
R.append(dict(
    file="w027.md", render="md",
    family="Nigerian remote chat agent for a UK retailer after data-annotation gigs, Markdown, NYSC records office, SIWES at an electricity distributor",
    layout="md, bold / title_org_dl, Month / '-'",
    opts=dict(hlevel="###"),
    blocks=[
        ("name", "Chiamaka Ifeoma Nwosu"),
        ("contact", ["Lekki Phase 1, Lagos (from Owerri, Imo State)", "0813 555 7720 · chiamaka.nwosu@mail.example"]),
        ("h", "PROFILE"),
        ("p", "Remote customer support agent with chat and email experience for a UK online retailer. "
              "Fast typist, good written English, calm with angry customers."),
        ("h", "WORK EXPERIENCE"),
        ("jobs", [
            E("Customer Support Agent (Remote – UK e-commerce client)", "Lekki Outsource Hub Ltd", "Lagos", "2025-06", "2026-02",
              "facing", "digital_service", [
                  "Chat and email support for a UK fashion retailer: order tracking, returns and refunds",
                  "Used Zendesk macros and kept CSAT at 95%"]),
            E("Data Annotator (Remote)", "Self-employed", None, "2023-03", "2025-05",
              "none", None, ["Labelled images and transcribed audio for AI training projects at 98% accuracy"],
              etype="freelance"),
            E("Corps Member – Records Officer", "Mercyridge Specialist Hospital", "Owerri", "2021-11", "2022-10",
              "affecting", None, [
                  "Opened and filed patient folders and retrieved case notes for clinics",
                  "Compiled births and deaths data for the monthly returns"], etype="internship"),
            E("Industrial Trainee (SIWES) – Customer Service Unit", "Eastline Power Distribution Plc", "Owerri", "2019-07", "2019-12",
              "facing", "in_person_service", [
                  "Attended to walk-in customers with billing complaints and meter requests",
                  "Captured complaints in the CRM and followed up with the metering team"], etype="internship"),
        ], dict(style="title_org_dl", ds=dict(style="Month", sep=" - ", present="Present"))),
        ("h", "EDUCATION"),
        ("ul", ["B.Sc. Computer Science, Imo Eastern University, Owerri — 2016 to 2021",
                "WASSCE, Ikenegbu Girls' Model College — 2015"]),
        ("h", "TOOLS"),
        ("p", "Zendesk, Freshdesk, Gorgias, Google Workspace, Slack; typing 65 wpm."),
        ("h", "REFEREES"),
        ("refs", [["Mrs. Yetunde Bakare", "Team Lead, Lekki Outsource Hub Ltd, 5 Admiralty Way, Lekki, Lagos", "0802 555 1937"],
                  ["Dr. Uche Okoro", "Head, Medical Records, Mercyridge Specialist Hospital, Owerri", "0803 555 4410"]]),
    ]))

# -----------------------------------------------------------------------------
# w028 Zambian microfinance loan officer, docx shaded sidebar layout table
# -----------------------------------------------------------------------------
R.append(dict(
    file="w028.docx", render="docx",
    family="Zambian microfinance loan officer and former bank teller, Word two-column layout table with shaded sidebar, council cashier",
    layout="docx, sidebar table / org_title, Mon. / 'To date'",
    author="Natasha Tembo", doc_title="Natasha Mwila Tembo - CV",
    opts=dict(font="Calibri", size=10, head="rule", bul="typed", bchar="•", rmode="tab", name_align="l", name_size=20,
              side_cm=5.3, side_fill="F2E6D9"),
    top=[("name", "NATASHA MWILA TEMBO", "Loan Officer | Banking Operations")],
    side=[
        ("h", "Contact"),
        ("raw", ["House 41, Kabwata Site & Service", "Lusaka", "+260 966 555 731", "natasha.tembo@mail.example"]),
        ("h", "Personal"),
        ("raw", ["Born: 2 April 1992", "NRC: 555109/10/1", "Marital status: Married", "Languages: English, Bemba, Nyanja"]),
        ("h", "Skills"),
        ("ul", ["Loan appraisal", "Group lending", "Cash handling", "Temenos T24", "MS Excel"]),
        ("h", "Interests"),
        ("raw", ["Football administration, gospel music"]),
    ],
    blocks=[
        ("h", "Profile"),
        ("p", "Microfinance and banking professional with over ten years of front-line work with customers and "
              "small businesses in Lusaka and Ndola."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Loan Officer", "Kwacha Bridge Microfinance Ltd", "Lusaka", "2021-09", "present",
              "facing", "sales_account", [
                  "Appraise small business loan applicants at their market stalls and shops",
                  "Run group loan meetings and collect repayments",
                  "Manage a portfolio of 320 clients with PAR below 5%"]),
            E("Bank Teller", "Zambezi Commercial Bank Plc", "Ndola", "2018-02", "2021-08",
              "facing", "in_person_service", ["Cash deposits, withdrawals and foreign currency exchange for customers"]),
            E("Cashier", "Lusaka City Council", "Civic Centre, Lusaka", "2016-01", "2018-01",
              "facing", "in_person_service", [
                  "Received rates, levies and licence payments from residents and businesses and issued receipts"]),
            E("Filing Clerk", "Chilenje Legal Chambers", "Lusaka", "2014", "2015",
              "none", None, ["Filed court documents and maintained the file register"]),
        ], dict(style="org_title", ds=dict(style="Mon.", sep=" – ", present="To date"))),
        ("h", "Voluntary"),
        ("jobs", [
            E("Treasurer", "Kabwata Youth Football Club", "Lusaka", "2019", "present",
              "none", None, ["Keep club accounts and pay league registration and match fees"],
              section="volunteer", etype="volunteer"),
        ], dict(style="org_title", ds=dict(style="Mon.", sep=" – ", present="To date"))),
        ("h", "Education"),
        ("table", None, [
            ["2011 – 2013", "Diploma in Banking and Finance", "Lusaka Commerce and Banking College"],
            ["2005 – 2009", "Grade 12 School Certificate", "Kabwata Hill Girls' Secondary School"]]),
        ("h", "Referees"),
        ("refs", [["Mr. Chisanga Mwape", "Branch Manager", "Kwacha Bridge Microfinance Ltd, Cairo Road, Lusaka", "+260 977 555 120"],
                  ["Mrs. Beatrice Lungu", "Operations Supervisor", "Zambezi Commercial Bank Plc, Ndola", "+260 955 555 388"]]),
    ]))

# -----------------------------------------------------------------------------
# w029 Jamaican all-inclusive resort, reportlab employer heading with roles beneath
# -----------------------------------------------------------------------------
R.append(dict(
    file="w029.pdf", render="rl",
    family="Jamaican all-inclusive resort worker, reportlab employer heading in capitals with three roles beneath, craft-market stall",
    layout="reportlab, single column / orgfirst, Mon / 'Present'",
    author="Damion Reid", doc_title="Damion Reid Resume",
    opts=dict(font="Times", size=10.5, head="plain", accent=(0, 70, 40), name_align="c", name_size=19, bchar="•"),
    blocks=[
        ("name", "Damion Andre Reid"),
        ("contact", ["12 Milford Road, Ocho Rios, St. Ann  •  876-555-0157  •  damionreid.ent@mail.example"]),
        ("h", "Summary"),
        ("p", "Energetic resort team member who loves making guests' holidays memorable. Eight years at one "
              "all-inclusive resort, promoted from laundry to entertainment."),
        ("h", "Employment"),
        ("jobs", [
            E("Entertainment Coordinator", "SANDCASTLE BAY ALL-INCLUSIVE RESORT", "OCHO RIOS", "2022-05", "present",
              "facing", "other_facing", [
                  "Plan and host daily pool games, beach olympics and nightly shows for guests",
                  "Lead a team of six entertainers and run the kids' club on weekends"]),
            E("Pool Attendant", "SANDCASTLE BAY ALL-INCLUSIVE RESORT", "OCHO RIOS", "2020-03", "2022-04",
              "facing", "in_person_service", ["Set up loungers and towels and served drinks to guests at the pool"]),
            E("Laundry Attendant", "SANDCASTLE BAY ALL-INCLUSIVE RESORT", "OCHO RIOS", "2018-09", "2020-02",
              "affecting", None, ["Washed, pressed and folded guest and restaurant linen"]),
            E("Craft Vendor (own stall)", "SELF-EMPLOYED", "OCHO RIOS CRAFT MARKET", "2015", "2018",
              "facing", "entrepreneurial_freelance", ["Sold handmade jewellery and wood carvings to cruise-ship passengers"],
              etype="freelance"),
            E("Falls Climb Guide (weekends)", "OCHO RIOS ADVENTURE TOURS", "OCHO RIOS", "2016", "2018",
              "facing", "other_facing", ["Led cruise-ship groups up the river falls and took their photos"]),
        ], dict(style="title_org", group_org=True, gstyle="title_org", ds=dict(style="Mon", sep=" – ", present="Present"))),
        ("h", "Education & Training"),
        ("raw", ["2010 – 2015   Steer Town Heights High School — CSEC: English A, Mathematics, Music, Social Studies",
                 "2019            HEART/NSTA Trust — NVQ-J Level 2 Guest Services",
                 "2021            Certified Pool Operator (resort in-house)"]),
        ("h", "Talents"),
        ("p", "MC and DJ, dancer, fluent Patois and English, basic Spanish and German greetings."),
        ("h", "References"),
        ("refs", [["Mr. Garfield Thompson, Guest Services Manager", "Sandcastle Bay All-Inclusive Resort, Main Street, Ocho Rios",
                   "876-555-0128"],
                  ["Mrs. Marcia Henry, Justice of the Peace", "4 Graham Street, Ocho Rios", "876-555-0114"]]),
    ]))

# -----------------------------------------------------------------------------
# w030 Kenyan teacher moving into ed-tech customer success, HTML period table
# -----------------------------------------------------------------------------
R.append(dict(
    file="w030.html", render="html",
    family="Kenyan teacher moved into ed-tech customer success, HTML table 'Period | Organisation | Position | Responsibilities', six entries",
    layout="html, modern css / period table, Month / 'Present'",
    doc_title="Grace Akinyi Odhiambo - CV",
    opts=dict(css="modern"),
    blocks=[
        ("name", "GRACE AKINYI ODHIAMBO", "Customer Success | Education Technology"),
        ("contact", ["Kilimani, Nairobi · 0721 555 093 · grace.akinyi@mail.example"]),
        ("h", "Profile"),
        ("p", "Former secondary school teacher (Biology/Chemistry) now helping schools get the most out of a "
              "digital learning platform."),
        ("h", "Work Experience"),
        ("ptable", [
            E("Customer Success Associate", "Somesha Learning Ltd", "Nairobi", "2024-07", "present",
              "facing", "sales_account", [
                  "Onboard partner schools: set up accounts and train teachers on the platform, on site and over Zoom",
                  "Answer support tickets from teachers and parents on Freshdesk",
                  "Termly review calls with head teachers to drive renewals"]),
            E("Content Developer (CBC Science)", "Somesha Learning Ltd", "Nairobi", "2023-09", "2024-06",
              "affecting", None, [
                  "Wrote interactive lessons and quizzes for Grade 6–8 Science",
                  "Checked content against the curriculum designs"]),
            E("Intern Teacher", "Gatanga Hill Mixed Secondary School", "Murang'a", "2021-01", "2023-08",
              "facing", "education", [
                  "Taught Biology and Chemistry to Form 2 and Form 3",
                  "Class teacher for Form 3 East"], etype="internship"),
            E("Shop Attendant", "Odhiambo Wholesalers", "Kisumu", "2015-12", "2016-04",
              "facing", "in_person_service", []),
        ], dict(ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Teaching Practice"),
        ("ptable", [
            E("Student Teacher (Teaching Practice)", "Ruiru Riverside Secondary School", "Ruiru", "2019-05", "2019-08",
              "facing", "education", ["Taught Form 1 and 2 Biology under the supervision of the HOD"],
              section="other", etype="internship"),
        ], dict(ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Volunteering"),
        ("ptable", [
            E("Library Volunteer", "Kibera Community Reading Hub", "Nairobi", "2017", "2020",
              "facing", "volunteering", ["Saturday reading sessions and homework help for children"],
              section="volunteer", etype="volunteer"),
        ], dict(ds=dict(style="Month", sep=" – ", present="Present"))),
        ("h", "Education"),
        ("table", ["Years", "Institution", "Qualification"], [
            ["2016 – 2020", "Lake Basin University", "B.Ed. Science (Biology & Chemistry), Second Class Upper"],
            ["2012 – 2015", "Nyakach Hill Girls' High School", "KCSE A-"]]),
        ("h", "Certifications"),
        ("ul", ["Registered teacher, Teachers Service Commission (TSC No. 955512)", "Customer Success Fundamentals (online, 2024)"]),
        ("h", "Referees"),
        ("refs", [["Mr. Kevin Mwangi", "Head of Customer Success, Somesha Learning Ltd, Ngong Road, Nairobi", "0722 555 640"],
                  ["Mrs. Jane Wanjiku", "Principal, Gatanga Hill Mixed Secondary School", "0720 555 219"]]),
    ]))
