"""wild22 résumés w011–w020."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w011
R(file="w011.pdf",
  family="New Zealand driving instructor and former personal trainer, fpdf2 two-page CV with page footer, 'Title at Employer' lines",
  renderer="fpdf2", layout="left", order="title_at", dates="month", present="Present", sep=" – ",
  name="Hemi Walters", headline="Driving Instructor | Fitness Coach",
  contact=["14 Kowhai Crescent, Te Marama, Waikato", "021 555 0147", "hemi.walters@mailbox.co.nz"],
  opt={"size": 10.5, "footer": "{name} – Curriculum Vitae – page {page}", "bullet": "•",
       "accent": (160, 60, 20), "rule": True},
  blocks=[
      ("h", "Personal Profile"),
      ("p", "Kia ora. I'm a patient, practical teacher – whether it's a nervous 16-year-old on their first lesson or "
            "a rugby prop who wants to squat properly. Before that I spent four years in a dairy coolstore, so I "
            "know what shift work and deadlines feel like. I've run my own business for ten years and I'm looking "
            "for a role training adults, ideally in a driver-training or workplace-safety team."),
      ("p", "I am reliable, I turn up early, and I keep good records. Outside work I'm a volunteer firefighter "
            "and a dad of three."),
      ("h", "Work History"),
      ("jobs", [
          E("Driving Instructor", "Roadwise Driving School", "Te Marama, Waikato", "2020-04:present", "facing",
            "education", [
                "Teach learner and restricted drivers aged 16 to 70-plus, about 30 lessons a week in a dual-control car",
                "Prepare students for the restricted and full practical tests – 84% first-time pass rate in 2025",
                "Run a 'Confident Drivers' course for migrant and older drivers with the local library",
                "Handle my own bookings, invoicing and GST as a franchisee",
            ], etype="freelance", note="Franchisee (self-employed)"),
          E("Personal Trainer", "Pulse Fitness Te Marama", "Te Marama, Waikato", "2016-02:2020-03", "facing",
            "entrepreneurial_freelance", [
                "Built a client base of 25–30 regular clients, from club rugby players to new mums",
                "Wrote programmes, ran sessions from 5.30am and tracked progress with monthly check-ins",
                "Marketed myself through free workshops, a Facebook page and referrals",
            ], etype="freelance", note="Self-employed, renting floor space"),
          E("Gym Floor Instructor", "Pulse Fitness Te Marama", "Te Marama, Waikato", "2014-02:2016-01", "facing",
            "in_person_service", [
                "Inductions for new members, floor walks, wiping down and checking equipment",
                "Opening and closing shifts on my own",
            ]),
          E("Coolstore Forklift Driver", "Kowhai Dairy Co-operative", "Te Marama, Waikato", "2010-03:2014-01",
            "affecting", None, [
                "Loaded export containers with palletised milk powder to the shipping schedule",
                "Stock moves and cycle counts in the coolstore; kept the loading docks clear",
                "Certified forklift operator (F endorsement)",
            ]),
      ]),
      ("h", "Volunteer Experience"),
      ("jobs", [
          E("Volunteer Firefighter", "Te Marama Volunteer Fire Brigade", "Te Marama, Waikato", "y2011:present",
            "facing", "volunteering", [
                "Turn out to fires, crashes and medical calls, about 120 callouts a year",
                "Home fire safety visits for older residents: checking smoke alarms and talking through escape plans",
                "Weekly training nights; Qualified Firefighter since 2014",
            ], section="volunteer", etype="volunteer"),
      ]),
      ("h", "Qualifications"),
      ("ul", ["Driving Instructor (I) endorsement, NZ Transport Agency, 2020",
              "NZ Certificate in Exercise (Level 4), 2015",
              "First Aid Certificate (renewed 2025)",
              "Full NZ licence classes 1, 2 and F"]),
      ("h", "Skills"),
      ("ul", ["Explaining things simply, more than one way if I have to",
              "Calm under pressure (see: learner drivers on roundabouts)",
              "Booking systems, Xero, Canva, basic website editing",
              "Conversational te reo Maori"]),
      ("h", "Interests"),
      ("p", "Coaching my daughter's netball team, diving for crays, and restoring a 1974 Holden with my brother. "
            "I also help run the marae's youth driver-licence day once a year."),
      ("h", "Referees"),
      ("ul", ["Mere Tahana – Franchise Manager, Roadwise Driving School – 027 555 0112",
              "Glen Ashby – Chief Fire Officer, Te Marama Volunteer Fire Brigade – 021 555 0190",
              "Sarah Kingi – Former manager, Pulse Fitness Te Marama – 022 555 0133"]),
  ])

# ------------------------------------------------------------------ w012
R(file="w012.docx",
  family="Singapore freelance wedding photographer, Word with a borderless table per job (title/studio left, dates right)",
  renderer="docx", layout="plain", order="title_org", dates="mon", present="Present", sep=" - ",
  name="Jasmine Lim Wei Ling", headline="Photographer – weddings, families, newborns",
  contact=["Blk 62 Sennett Rise #08-114, Singapore", "+65 9123 4567", "jasmine.lim@mailbox.sg",
           "Instagram: @lenslight.sg"],
  opt={"jobmode": "table", "contact_join": "   ", "centred": True, "font": "Helvetica Neue", "size": 10,
       "hlevel": 2},
  blocks=[
      ("h", "Experience"),
      ("jobs", [
          E("Freelance Photographer", "Lens & Light Studio", "Singapore", "2019-01:present", "facing",
            "entrepreneurial_freelance", [
                "Shoot around 35 weddings and ROM solemnisations a year, plus family and newborn sessions",
                "Meet couples for pre-wedding consultations and plan the day's timeline with them and their planners",
                "Handle enquiries, quotations, contracts and deposits myself",
                "Edit and deliver galleries within 6 weeks – 120+ five-star reviews",
            ], etype="freelance", note="Sole proprietor"),
          E("Photo Retoucher (Contract)", "Pixelhaus Pte. Ltd.", "Singapore", "2017-05:2018-12", "affecting", None, [
              "Retouched 150–200 product images a day for e-commerce brands (fashion and beauty)",
              "Colour-corrected and clipped images to each brand's style guide; revisions came through the "
              "account team",
          ]),
          E("Retail Photo Specialist", "Kodashi Camera Centre", "Singapore", "2014-03:2017-04", "facing",
            "in_person_service", [
                "Advised walk-in customers on cameras, lenses and accessories and demonstrated new models",
                "Took passport and IC photos in the in-store studio",
                "Top seller for mirrorless cameras, 2016",
            ]),
          E("Photography Assistant (part-time)", "Ever After Bridal Studio", "Singapore", "2013-06:2014-02",
            "affecting", None, [
                "Set up lights and backdrops, carried gear and backed up memory cards on location",
            ]),
      ]),
      ("h", "Education"),
      ("p", "Diploma in Digital Media Design, Marina Bay Polytechnic, 2013"),
      ("h", "Gear & Software"),
      ("p", "Sony A1 / A7IV, Profoto; Lightroom, Photoshop, Capture One, Pixieset, HoneyBook"),
      ("h", "Languages"),
      ("p", "English, Mandarin, some Cantonese"),
  ])

# ------------------------------------------------------------------ w013
R(file="w013.txt",
  family="UK returner with helpline, befriending and food-bank volunteering, a career break and earlier payroll work, plain text with underlined headings",
  renderer="txt", layout="plain", order="dash", dates="mon", present="present", sep=" – ",
  name="Bernadette Hollis",
  contact=["Kettlebridge, Northamptonshire  ·  07700 900736  ·  bernie.hollis@mailbox.co.uk"],
  opt={"hstyle": "underline", "rightmode": "pad", "width": 96, "bullet": "* ", "bindent": 2},
  blocks=[
      ("h", "Profile"),
      ("p", "After four and a half years at home with my children I have spent the last six volunteering, mostly on the phone "
            "with people who are lonely or struggling. Before that I ran a payroll for six years. I am now looking "
            "for paid work in an advice or support service, part-time to start with."),
      ("h", "Voluntary work"),
      ("jobs", [
          E("Helpline Volunteer", "Openline Listening Service", "Kettlebridge", "2022-02:present", "facing",
            "volunteering", [
                "One four-hour shift a week and one overnight a month answering calls and emails from people in "
                "distress.",
                "Mostly listening; I follow the safeguarding process and escalate to the shift leader when someone "
                "is at risk.",
            ], section="volunteer", etype="volunteer", prose=True),
          E("Client Welcome Volunteer", "Kettlebridge Food Bank", None, "2021-01:present", "facing",
            "volunteering", [
                "Meet clients when they arrive with their voucher, make them a cuppa and go through the parcel with them",
                "Signpost to debt advice, fuel vouchers and the council's hardship fund",
            ], section="volunteer", etype="volunteer"),
          E("Telephone Befriender", "Age Together Kettlebridge", None, "2021-01:2022-12", "facing", "volunteering", [
              "Rang three older people every week for a chat; passed on worries about health or money to the "
              "coordinator",
          ], section="volunteer", etype="volunteer"),
          E("Warehouse Volunteer", "Kettlebridge Food Bank", None, "2020-04:2020-12", "affecting", None, [
              "Sorted and date-checked donations, packed parcels to the three-day menu and loaded the delivery van",
          ], section="volunteer", etype="volunteer"),
      ]),
      ("h", "Employment"),
      ("jobs", [
          E("Career break – raising my family", None, None, "2015-09:2020-03", "none", None, [], etype="unknown"),
          E("Payroll Administrator", "Hedley & Frome Builders Ltd", "Kettlebridge", "2009-04:2015-08", "none", None, [
              "Weekly and monthly payroll for about 140 site and office staff on Sage",
              "RTI submissions, pension auto-enrolment, P60s and P11Ds",
              "Month-end journals and reconciliations for the accountant",
          ]),
      ]),
      ("h", "Training"),
      ("p", "Openline listening volunteer training (40 hours), 2022. Safeguarding Adults Level 2, 2023. "
            "Mental Health First Aid, 2024. AAT Level 3 Diploma in Accounting, 2011."),
      ("h", "Other"),
      ("p", "Full driving licence and own car. Happy to work some evenings."),
  ])

# ------------------------------------------------------------------ w014
R(file="w014.pdf",
  family="US funeral arranger with mortuary, leasing and tour-guide history, reportlab two-column header, Times, mm/yyyy dates",
  renderer="reportlab", layout="twocol", order="title_org", dates="mm/yyyy", present="Present", sep=" – ",
  name="Renata Ocasio", headline="Funeral Arranger · Licensed Funeral Director (PA)",
  contact=["Millbrook Falls, PA 19xxx", "(610) 555-0139", "renata.ocasio@mailbox.com"],
  opt={"font": "Times", "size": 10.5, "letter": True, "bullet": "•", "accent": (0.25, 0.25, 0.3),
       "caps": True},
  blocks=[
      ("h", "Summary"),
      ("p", "Funeral director with eight years in funeral service. Families tell me I make the worst week of their "
            "lives a little easier; colleagues tell me I am the one who remembers the details. Seeking an "
            "arranger or location manager role."),
      ("h", "Experience"),
      ("jobs", [
          E("Funeral Arranger / Funeral Director", "Whitcombe & Daughters Funeral Home", "Millbrook Falls, PA",
            "2020-11:present", "facing", "other_facing", [
                "Meet with families, often within hours of a death, to arrange services, cremations and pre-need plans",
                "Write obituaries with families; coordinate clergy, cemeteries, florists and veterans' honors",
                "Direct visitations and services of 40 to 250 guests",
                "Follow up with families after the service and refer them to our grief support group",
            ]),
          E("Removal Technician", "Kessler-Hart Mortuary Services", "Dunmore Junction, PA", "2018-08:2020-10",
            "affecting", None, [
                "Transferred decedents from hospitals, nursing homes and the county medical examiner, day and "
                "night calls",
                "Assisted the embalmer in the preparation room during my resident internship",
                "Kept the removal vans and stretchers clean, stocked and ready",
            ]),
          E("Leasing Consultant", "Oakhaven Apartments", "Millbrook Falls, PA", "2016-03:2018-07", "facing",
            "sales_account", [
                "Gave tours of a 312-unit community and closed leases – 11 in my best month",
                "Handled resident service requests and renewals at the front desk",
            ]),
          E("Tour Guide (seasonal)", "Millbrook Ironworks Historic Site", "Millbrook Falls, PA", "2015-06:2015-08",
            "facing", "other_facing", [
                "Led 45-minute tours of the furnace and the ironmaster's house for school groups and visitors",
            ], dt="Summer 2015"),
      ]),
      ("h", "Licensure & Education"),
      ("ul", ["Licensed Funeral Director, Commonwealth of Pennsylvania (2020)",
              "A.A.S. Funeral Service Education, Keystone Valley College of Mortuary Science, 2019",
              "B.A. History, Lehigh Ridge University, 2016"]),
      ("h", "Community"),
      ("p", "Member, Millbrook Falls Rotary. Grief Recovery Method specialist training (2023)."),
  ])

# ------------------------------------------------------------------ w015
R(file="w015.docx",
  family="UK court usher with earlier HR advice-line and records work, Word with name and contact in the page header, employer line first",
  renderer="docx", layout="header", order="org_title", dates="month", present="Present", sep=" – ",
  name="Desmond Okafor-Reid",
  contact=["Ashby Wold, Leicestershire", "07700 900655", "des.okaforreid@mailbox.co.uk"],
  opt={"jobmode": "tabs", "org_bold": True, "contact_join": "  |  ", "centred": True, "hlevel": 1,
       "footer": "Desmond Okafor-Reid – CV"},
  blocks=[
      ("h", "Personal Statement"),
      ("p", "I have worked in public service for over twelve years. As a court usher I am often the first person "
            "a defendant, witness or juror speaks to on the day, and I take that seriously. I am applying for the "
            "role of Court Clerk / Legal Adviser's assistant."),
      ("h", "Employment"),
      ("jobs", [
          E("Court Usher", "Ashby Wold Combined Court Centre", "Ashby Wold", "2021-06:present", "facing",
            "other_facing", [
                "Call cases on and keep the list moving across three courtrooms, liaising with the listing office",
                "Meet and check in defendants, witnesses and jurors, explain what will happen and where to wait",
                "Administer oaths and affirmations and hand exhibits to the bench",
                "Calm upset court users and call security when needed",
            ]),
          E("HR Advice Line Adviser", "Wolds County Council", "Ashby Wold", "2018-01:2021-05", "facing",
            "internal_support", [
                "Answered the HR advice line and inbox for around 6,000 council and school staff: contracts, "
                "sickness absence, maternity pay and pensions",
                "Logged cases on the HR system and passed complex cases to the HR business partners",
            ]),
          E("Records Officer", "Wolds County Council", "Ashby Wold", "2014-09:2017-12", "none", None, [
              "Scanned, indexed and retrieved personnel files; applied the retention schedule and arranged secure "
              "destruction",
              "Moved 30 years of paper files into the new document management system",
          ]),
          E("Booking Office Clerk", "Soar Valley Steam Railway", "Ashby Wold", "y2011:2014", "facing",
            "in_person_service", [], note="Weekends and school holidays"),
      ]),
      ("h", "Education"),
      ("p", "Level 3 Certificate in Court and Tribunal Administration (2023). A levels: Law, Sociology, English "
            "Literature. Ashby Wold College."),
      ("h", "Skills"),
      ("ul", ["De-escalation and conflict management (trained 2022)", "Case management systems, Microsoft 365",
              "Lay preacher – comfortable speaking to a room"]),
      ("h", "References"),
      ("p", "Available on request."),
  ])

# ------------------------------------------------------------------ w016
R(file="w016.md",
  family="Australian real-estate sales agent and former property manager, Markdown CV with employer headings and roles beneath, travel gap listed",
  renderer="md", layout="orgfirst", order="orgfirst", dates="mon", present="Present", sep=" – ",
  name="Simone Kavanagh", headline="Licensed Real Estate Agent",
  contact=["Banksia Heads QLD", "0491 570 110", "simone.kavanagh@mailbox.com.au"],
  opt={"bullet": "-", "title_mode": "bold", "org_h": "###", "contact_join": " | "},
  blocks=[
      ("h", "About"),
      ("p", "Local agent with nearly ten years at one agency, from the front desk to the rent roll to sales. I sell "
            "the suburb I grew up in."),
      ("h", "Employment History"),
      ("jobs", [
          E("Sales Agent", "Harbourline Realty", "Banksia Heads QLD", "2022-03:present", "facing", "sales_account", [
              "List and sell residential property – 38 sales in FY2025, median 24 days on market",
              "Run open homes every Saturday and follow up every buyer by Monday",
              "Appraisals and listing presentations with vendors",
          ]),
          E("Property Manager", "Harbourline Realty", "Banksia Heads QLD", "2018-07:2022-02", "facing",
            "other_facing", [
                "Managed a rent roll of 165 properties",
                "Routine inspections, arrears, lease renewals and tribunal hearings",
                "First point of contact for tenants and landlords by phone, email and at the office",
            ]),
          E("Receptionist / Admin Assistant", "Harbourline Realty", "Banksia Heads QLD", "2017-01:2018-06",
            "facing", "in_person_service", [
                "Front desk and phones, key register, uploading listings to the portals",
            ]),
          E("Travel – backpacking South-East Asia and Europe", None, None, "2016-03:2016-11", "none", None, [],
            etype="unknown"),
          E("Retail Assistant", "Surf & Salt Banksia Heads", "Banksia Heads QLD", "y2014:2016", "facing",
            "in_person_service", []),
      ]),
      ("h", "Licences & Certificates"),
      ("ul", ["Full real estate licence (QLD), 2021", "Certificate of Registration – Property Management, 2018",
              "Blue card (current)"]),
      ("h", "Education"),
      ("p", "Banksia Heads State High School, 2013"),
  ])

# ------------------------------------------------------------------ w017
R(file="w017.pdf",
  family="German freelance tour guide with hotel front office, au pair and internship history, fpdf2 centred header, dates first, mm.yyyy and 'today'",
  renderer="fpdf2", layout="centred", order="datefirst", dates="mm.yyyy", present="today", sep=" – ",
  name="Katharina Vogel", headline="Tour guide · Hotel front office · DE / EN / ES",
  contact=["Lindenau (Saxony), Germany", "+49 151 5550 1234", "k.vogel@mailbox.de"],
  opt={"serif": True, "size": 9.5, "contact_join": "  ·  ", "bullet": "–", "accent": (90, 40, 110)},
  blocks=[
      ("h", "Professional Experience"),
      ("jobs", [
          E("City & Coach Tour Guide (freelance)", "Self-employed", "Lindenau", "2021-04:present", "facing",
            "other_facing", [
                "Walking and coach tours in English, German and Spanish for cruise passengers, school groups and "
                "incentive trips; booked by three local operators",
                "Groups of up to 50 guests; handling lost passengers, medical incidents and late returns to the ship",
            ], etype="freelance"),
          E("Front Office Agent", "Hotel Am Schlossberg", "Lindenau", "2017-09:2021-03", "facing",
            "in_person_service", [
                "Check-in and check-out for 120 rooms (Opera PMS), guest requests and complaints in four languages",
                "One week of night audit per month",
            ]),
          E("Student Job – Warehouse Assistant", "Elbtal Versand GmbH", "Lindenau", "2016-10:2017-08", "affecting",
            None, [
                "Picking and packing online orders for outdoor equipment, 15 hours a week",
            ]),
          E("Intern, Tourist Information", "Stadtinformation Lindenau", "Lindenau", "2016-03:2016-08", "facing",
            "in_person_service", [
                "Answered visitors' questions at the counter, sold city cards and tour tickets",
                "Updated the events database and the printed monthly calendar",
            ], etype="internship", note="Compulsory internship, B.A. Tourism Management"),
          E("Au Pair", "Private family", "Villaseca del Río, Spain", "2014-09:2015-07", "facing", "education", [
              "Looked after two children aged 4 and 7: school runs, homework, bath and bedtime",
              "Spoke German with them every day, as the parents wished",
          ]),
      ]),
      ("h", "Education"),
      ("ul", ["B.A. Tourism Management, Hochschule Lindenau, 2014–2017",
              "Abitur, Goethe-Gymnasium Lindenau, 2014"]),
      ("h", "Languages"),
      ("kv", [("German", "native"), ("English", "C2"), ("Spanish", "C1"), ("Italian", "A2")]),
      ("h", "Certificates"),
      ("p", "Certified city guide (IHK-style examination), 2021 · First aid course, 2024"),
  ])

# ------------------------------------------------------------------ w018
R(file="w018.docx",
  family="Kenyan solar field sales agent and call-centre collections officer, Word two-column layout table with shaded sidebar and nested date tables",
  renderer="docx", layout="sidebar", order="title_org", dates="month", present="date", sep=" to ",
  name="Faith Wanjiru Mwangi", headline="Sales & Collections",
  contact=["P.O. Box 4417-00900", "Kamiti Ridge, Kiambu County", "+254 712 555 034", "faith.wanjiru@mailbox.co.ke"],
  opt={"nested_dates": True, "side_hex": "F3E9D2"},
  side=[
      ("h", "Personal Information"),
      ("kv", [("Nationality", "Kenyan"), ("Marital status", "Single"), ("Date of birth", "3rd May 1995")]),
      ("h", "Languages"),
      ("ul", ["English", "Kiswahili", "Kikuyu"]),
      ("h", "Skills"),
      ("ul", ["Door-to-door selling", "Customer registration on mobile apps", "Loan follow-up",
              "MS Excel, Google Sheets"]),
      ("h", "Referees"),
      ("p", "Mr. Peter Otieno, Regional Sales Manager, Jua Power Kenya Ltd, 0722 555 018"),
      ("p", "Ms. Grace Njeri, Collections Team Leader, Imara Credit Ltd, 0733 555 240"),
  ],
  blocks=[
      ("h", "Profile"),
      ("p", "Hardworking and self-driven sales agent with over nine years of experience in direct sales, "
            "collections and customer service in Kiambu and Nairobi counties."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Sales Agent (Solar Home Systems)", "Jua Power Kenya Ltd", "Kamiti Ridge", "2022-02:present", "facing",
            "sales_account", [
                "Door-to-door and market-day sales of pay-as-you-go solar kits to households and small shops",
                "Explain the daily payment plan, register customers on the agent app and install the kit",
                "Visit customers who fall behind on payments at their homes",
                "Sell 40+ kits a month; Regional Top Agent Q3 2024",
            ]),
          E("Collections Officer", "Imara Credit Ltd", "Ndovu Town", "2019-06:2022-01", "facing", "contact_center", [
              "Called borrowers in arrears on mobile loans and agreed repayment dates and restructures",
              "Sent reminders by SMS and WhatsApp; updated the loan system after every contact",
          ], note="Call centre"),
          E("Shop Attendant", "Baraka Agencies (M-Pesa agent & electronics shop)", "Ndovu Town", "2017-03:2019-05",
            "facing", "in_person_service", [
                "Deposits, withdrawals and airtime for walk-in customers; checked IDs and kept the float book",
            ]),
          E("Dispatch Clerk", "Highland Tea Packers Ltd", "Kamiti Ridge", "2015-01:2017-02", "affecting", None, [
              "Recorded outgoing consignments and prepared delivery notes",
              "Supervised the loading of lorries for supermarkets and wholesalers",
          ]),
      ]),
      ("h", "Education"),
      ("ul", ["Diploma in Sales and Marketing – Kiambu Institute of Commerce, 2014",
              "KCSE – Kamiti Ridge Girls' Secondary School, 2012 (B-)"]),
  ])

# ------------------------------------------------------------------ w019
R(file="w019.txt",
  family="US auto-finance collections specialist, former skip tracer and bank teller, Indeed-style text export with 'Month YYYY to Present'",
  renderer="txt", layout="indeed", order="dateline", dates="month", present="Present", sep=" to ",
  name="Tasha M. Greer",
  contact=["Brookhollow, TX 77xxx", "tasha.greer@mailbox.com", "+1 936 555 0102"],
  opt={"hstyle": "plain", "bullet": "- ", "wrap": False, "orgsep": " - "},
  blocks=[
      ("p", "Collections professional with 9 years in auto finance and retail banking. Bilingual English/Spanish."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Collections Specialist", "Lone Pine Auto Finance", "Brookhollow, TX", "2021-10:present", "facing",
            "contact_center", [
                "Work a portfolio of 400-450 subprime auto accounts 30-120 days past due",
                "Outbound and inbound calls, payment arrangements, extensions and deferments",
                "Assign repossessions when arrangements fail, and take the angry calls that come after",
                "Follow FDCPA and state rules; monthly QA average 96%",
            ]),
          E("Skip Tracer", "Lone Pine Auto Finance", "Brookhollow, TX", "2020-02:2021-09", "affecting", None, [
              "Located customers and vehicles on charged-off and repo accounts using people-search databases, DMV "
              "records and social media",
              "Updated addresses and phone numbers for the collectors and sent location reports to repo agents",
          ]),
          E("Teller", "First Bayou Community Bank", "Harlan Springs, TX", "2017-06:2020-01", "facing",
            "in_person_service", [
                "Processed deposits, withdrawals, loan payments and cashier's checks",
                "Balanced my drawer daily and referred customers to the personal bankers for loans and CDs",
            ]),
          E("Data Entry Clerk", "Pinewood Title Company", "Brookhollow, TX", "2017-01:2017-05", "none", None, [
              "Keyed deed and lien records into the title plant database",
          ], note="Temporary assignment"),
      ]),
      ("h", "Education"),
      ("p", "Associate of Applied Science in Business Management\nPiney Woods Community College - Brookhollow, TX\n"
            "2014 to 2016"),
      ("h", "Skills"),
      ("ul", ["Collections (6 years)", "Skip tracing (2 years)", "Cash handling (3 years)", "Spanish (5 years)",
              "Microsoft Excel (4 years)"]),
      ("h", "Assessments"),
      ("p", "Customer focus & orientation - Highly Proficient\nCollections - Expert"),
      ("line", "Indeed Assessments provides skills tests that are not indicative of a license or certification, "
               "or continued development in any professional field."),
  ])

# ------------------------------------------------------------------ w020
R(file="w020.docx",
  family="Indian maths teacher turned ed-tech academic counsellor, Word with pipe-separated title/company/place lines and tab-stop dates",
  renderer="docx", layout="plain", order="pipe", dates="mon", present="Present", sep=" – ",
  name="Sneha Iyer", headline="Academic Counsellor | Mathematics Educator",
  contact=["Chandrapura, Karnataka", "+91 97400 55512", "sneha.iyer@mailbox.in"],
  opt={"jobmode": "tabs", "contact_join": " | ", "font": "Cambria", "size": 10.5, "hlevel": 2},
  blocks=[
      ("h", "Profile"),
      ("p", "Mathematics teacher with four years in a CBSE school and eighteen months of online tutoring, now working as "
            "an academic counsellor for K-12 learning programmes. Good at explaining a learning plan to anxious "
            "parents in English, Kannada, Tamil and Hindi."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Academic Counsellor (Inside Sales)", "BrightPath Learning Pvt Ltd", "Chandrapura", "2023-01:present",
            "facing", "sales_account", [
                "Counsel parents by phone and video call after their child's free demo class for our coding and "
                "maths courses",
                "Assess the child's level, recommend a plan and close the enrolment; monthly target of ₹9 lakh",
                "Average 112% of target in FY 2024-25",
            ]),
          E("Question Bank Developer (Contract)", "QuestMinds EdTech", "Remote", "2021-07:2022-03", "affecting", None, [
              "Wrote and reviewed 1,800 practice questions with step-by-step solutions for the class 8–10 maths app",
          ], etype="freelance"),
          E("Online Maths Tutor (Part-time)", "TutorNest Online", "Remote", "2021-07:2022-12", "facing", "education", [
              "Took live 1:1 and small-group maths classes for grades 6–10 over Zoom, about 20 hours a week",
              "Sent progress notes to parents after every four classes",
          ], etype="freelance"),
          E("Primary Teacher (Mathematics)", "Sri Sharada Vidya Mandir", "Chandrapura", "2017-06:2021-04", "facing",
            "education", [
                "Taught mathematics to classes 3 to 5 (four sections, about 160 students)",
                "Class teacher of 4B; parent–teacher meetings every term",
            ]),
      ]),
      ("h", "Education"),
      ("ul", ["B.Ed. – Chandrapura College of Education, 2017", "B.Sc. (Mathematics, Physics, Computer Science) – "
              "Mysore Road Degree College, 2015"]),
      ("h", "Languages"),
      ("p", "English, Kannada, Tamil, Hindi"),
  ])
