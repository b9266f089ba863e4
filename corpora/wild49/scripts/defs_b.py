"""Résumés w016–w030 (Guest Services Agent applicant folder, week 1)."""
from lib import e

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    file="w016", ext="pdf", renderer="rl", layout="twopage",
    family="English hotel duty manager, two-page reportlab CV with two-column header and page footer",
    order="title_org", datefmt="mon", sep=" – ", present="Present",
    name="Rebecca Ashdown",
    contact=["Carnsey Bay, Cornwall", "07712 554 031", "rebecca.ashdown@mailbox.co.uk", "linkedin.com/in/rebeccaashdown"],
    pdf=dict(layout="twopage", size=11.5, accent=(0.1, 0.35, 0.35)),
    blocks=[
        ("Profile", "Hotel duty manager with eight years in four- and five-star front office. I am applying for the "
                    "Guest Services Agent vacancy as I am relocating for family reasons and would rather be on the "
                    "desk with a good group than in management with the wrong one."),
        ("Career History", [
            e("Duty Manager", "The Penrose Hotel", "Carnsey Bay", "2023-04..present", "facing", "in_person_service", [
                "Manager on duty for a 96-room coastal hotel with spa and two restaurants",
                "Handle escalated guest complaints in person and decide on compensation",
                "Greet VIP and wedding parties; walk the floor during dinner service",
                "Cash office, fire and security responsibilities; weekly revenue meeting"]),
            e("Front Office Supervisor", "Marlowe House Hotel & Spa", "Thistleford", "2020-09..2023-03", "facing", "in_person_service", [
                "Led a team of 8 receptionists and 2 night auditors",
                "Worked shifts on the desk at check-in peaks and covered the switchboard",
                "Brought TripAdvisor ranking from 14th to 3rd in town"]),
            e("Guest Services Agent", "Marlowe House Hotel & Spa", "Thistleford", "2018-06..2020-08", "facing", "in_person_service", [
                "Check-in/out, spa and restaurant bookings, concierge requests"]),
            e("Revenue & Reservations Assistant", "Marlowe Hotels Group", "Thistleford", "2017-01..2018-05", "affecting", None, [
                "Loaded rates, packages and restrictions into the channel manager for five hotels",
                "Daily pick-up and pace reports for the revenue manager",
                "Checked OTA listings for parity and content errors"]),
            e("Bar Staff (part-time)", "Thistleford Students' Union", "Thistleford", "2014-10..2016-06", "facing", "in_person_service", []),
            e("Volunteer Guide", "Carnsey Maritime Museum", "Carnsey Bay", "2024..present", "facing", "volunteering", [
                "One Sunday a month leading visitors round the lifeboat gallery"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["BA (Hons) International Hospitality Management – University of Thistleford, 2:1 (2013 – 2016)",
                       "Institute of Hospitality – Certificate in Hospitality Leadership (2021)"]),
        ("Training", ["- WSET Level 2 Award in Wines (2022)", "- Personal Licence holder", "- Fire Marshal and Emergency First Aid at Work (renewed 2025)",
                      "- Mental Health First Aid (2024)", "- Disability awareness and accessible tourism (VisitEngland online, 2023)"]),
        ("Systems", ["Opera Cloud, Protel, Guestline, SiteMinder, ResDiary, Excel"]),
        ("Achievements", ["- 'Hotel Employee of the Year', Marlowe Hotels Group, 2019",
                          "- Mystery guest score 96% (Penrose, 2025)"]),
        ("References", ["Happy to provide on request."]),
    ]))

# ---------------------------------------------------------------- w017
R.append(dict(
    file="w017", ext="html", renderer="html", layout="card",
    family="Indian BPO graduate, HTML card page, 'Title – Employer, Town' line with Mon-YY dates and 'Till Date'",
    order="dash", datefmt="mon-yy", sep=" to ", present="Till Date",
    name="Sneha Raghunathan",
    contact=["#41, 3rd Cross, Vidyanagar, Chandrapura, Karnataka – 570021", "+91 97412 30885",
             "sneha.raghunathan@mailbox.in"],
    html=dict(style="card"),
    blocks=[
        ("Objective", "To work in a customer-centric organisation where I can enhance my communication skills and grow "
                      "along with the company."),
        ("Professional Experience", [
            e("Senior Customer Support Associate (Voice)", "Quadrant Global Services Pvt. Ltd.", "Chandrapura", "2023-09..present", "facing", "contact_center", [
                "Handling inbound calls of US customers for a home-appliance warranty process",
                "Troubleshooting, raising service requests and scheduling technician visits",
                "Consistently met AHT 6:30 and CSAT 90%+; got 'Star of the Month' twice",
                "Buddy for new batches on the floor"]),
            e("Customer Support Associate (Non-Voice)", "Quadrant Global Services Pvt. Ltd.", "Chandrapura", "2022-08..2023-08", "facing", "digital_service", [
                "Email and chat support for an online travel portal – cancellations, refunds, date changes",
                "Handled 3 concurrent chats with quality score 94%"]),
            e("Tele-caller (Intern)", "EduNest Learning", "Chandrapura", "2022-01..2022-04", "facing", "contact_center", [
                "Called parents of Class 10 students to explain tuition packages and fix demo sessions"],
              etype="internship"),
            e("Data Entry Operator", "Sri Lakshmi Enterprises", "Chandrapura", "2021-06..2021-12", "none", None, [
                "Entered GST invoices and stock details into Tally"]),
        ]),
        ("Education", ["B.Com – Maharani's College for Women, Chandrapura (2019 – 2022) – 7.4 CGPA",
                       "PUC – Sri Sharada PU College (2019) – 81%"]),
        ("Skills", ["MS Office · Tally ERP 9 · Salesforce Service Cloud · typing 40 wpm",
                    "Languages: English, Kannada, Tamil, Hindi"]),
        ("Declaration", "I hereby declare that the above details are true to my knowledge."),
    ]))

# ---------------------------------------------------------------- w018
R.append(dict(
    file="w018", ext="pdf", renderer="fpdf", layout="centred",
    family="Filipino cruise-ship stateroom steward, fpdf2 centred header, employer line first with right-aligned dates",
    order="org_title", datefmt="mon", sep=" - ", present="Present",
    name="Rodel M. Santos",
    contact=["Blk 9 Lot 22, Villa Esperanza, San Gabriel City, Philippines", "+63 928 771 3045", "rodel.santos.sea@mailbox.ph"],
    pdf=dict(layout="centred", size=10),
    blocks=[
        ("Objective", "Hardworking seafarer with 4 years on cruise ships and 7 years in hotels and restaurants, "
                      "seeking a land-based position in guest services."),
        ("Employment Record", [
            e("Stateroom Steward", "Azure Horizon Cruise Line", None, "2022-02..2025-12", "facing", "in_person_service", [
                "Serviced 18 staterooms twice daily (MS Azure Jewel, 4 contracts)",
                "Greeted my guests by name, took care of special requests like extra pillows, anniversary decorations and room service",
                "Zero USPH deficiencies on my section"]),
            e("Waiter", "Hotel Luntian", "San Gabriel City", "2019-03..2021-12", "facing", "in_person_service", [
                "A la carte and banquet service, wine service, billing"]),
            e("Bellman", "The Plaza Corazon Hotel", "San Gabriel City", "2017-06..2019-02", "facing", "in_person_service", [
                "Luggage assistance, room orientation, calling taxis and handling guest errands"]),
            e("Service Crew", "ChickBoy Express", "San Gabriel City", "2015-04..2016-03", "facing", "in_person_service", []),
        ]),
        ("Education", ["BS Tourism Management (2 years completed) – San Gabriel Polytechnic College"]),
        ("Certificates", ["STCW Basic Safety Training, Crowd Management, Food Safety (2022)",
                          "Seaman's Book and US C1/D visa valid until 2028"]),
        ("Personal Data", ["Date of Birth: 3 March 1995 · Civil Status: Married · Height: 5'7\""]),
    ]))

# ---------------------------------------------------------------- w019
R.append(dict(
    file="w019", ext="docx", renderer="docx", layout="styles",
    family="English new graduate (student ambassador, SU bar, marketing internship), Word heading styles and list bullets, tab-stop dates",
    order="title_org", datefmt="mon", sep=" – ", present="Present",
    name="Ellie Marchant",
    contact=["Sandmere, Suffolk · 07538 290 417 · ellie.marchant@mailbox.co.uk"],
    docx=dict(layout="styles", font="Aptos", size=10.5),
    blocks=[
        ("Profile", "Recent Events Management graduate (2:1) who has worked all the way through university. Confident "
                    "talking to anyone, from nervous sixth-formers on open days to a full bar on a Friday night."),
        ("Experience", [
            e("Student Ambassador", "University of Halvergate", "Halvergate", "2023-10..2026-06", "facing", "other_facing", [
                "Led campus tours for prospective students and parents on open days",
                "Answered questions on the UCAS fair stand and at applicant days"], section="other"),
            e("Bar Staff", "The Tap Room, Halvergate Students' Union", "Halvergate", "2024-01..2026-05", "facing", "in_person_service", [
                "Busy bar and events team; cash-up and cellar changes",
                "Challenge 25 checks and dealing with drunk customers safely"]),
            e("Marketing Intern", "Blue Finch Digital", "Halvergate", "summer 2025", "affecting", None, [
                "Drafted Instagram and LinkedIn posts for three hospitality clients",
                "Pulled together monthly engagement reports"], etype="internship"),
            e("Retail Assistant (Saturdays)", "Wellcare Chemist", "Sandmere", "2021-07..2023-08", "facing", "in_person_service", [
                "Till, stock and helping customers find products; referred medicine questions to the pharmacist"]),
        ]),
        ("Education", ["BA (Hons) Events Management, University of Halvergate – 2:1 (2023 – 2026)",
                       "A levels: Business (B), English Literature (B), Psychology (C)"]),
        ("Skills", ["- Canva, Instagram, Microsoft Office", "- Personal Licence holder (2025)"]),
    ]))

# ---------------------------------------------------------------- w020
R.append(dict(
    file="w020", ext="pdf", renderer="fpdf", layout="twopage",
    family="Nigerian bank customer service officer, fpdf2 two-page CV with page footer, long-running church volunteering",
    order="title_org", datefmt="mon", sep=" – ", present="Date",
    name="Oluwaseun Adeyemi-Bakare",
    contact=["Okeluwa, Lagos State", "+234 806 218 4470", "seun.adeyemibakare@mailbox.ng"],
    pdf=dict(layout="twopage", size=10.5, shaded_heads=True, fill=(225, 230, 245)),
    blocks=[
        ("Career Profile", "A customer-oriented banking professional with over ten years of experience in retail "
                           "banking operations, cash management and customer relationship management. Possesses "
                           "excellent interpersonal and problem-solving skills with the ability to work under pressure "
                           "and meet deadlines. Currently seeking a new challenge in the hospitality sector."),
        ("Work Experience", [
            e("Customer Service Officer", "Crestfield Bank Plc", "Alagbado Road Branch, Okeluwa", "2020-08..present", "facing", "in_person_service", [
                "Attend to walk-in customers on account opening, ATM card issuance, account reactivation and complaints",
                "Resolve customer complaints within the service level agreement and log on the complaint management system",
                "Cross-sell bank products – savings accounts, fixed deposits and mobile banking",
                "Ensure KYC documentation is complete before accounts are activated"]),
            e("Cash Officer (Teller)", "Crestfield Bank Plc", "Alagbado Road Branch, Okeluwa", "2018-03..2020-07", "facing", "in_person_service", [
                "Receive cash lodgements and pay out withdrawals to customers",
                "Balance the till at close of business with zero shortages recorded in 2019"]),
            e("Relationship Officer (Contract)", "Harbourline Microfinance Bank", "Okeluwa", "2016-11..2018-02", "facing", "sales_account", [
                "Sourced new customers among market traders and artisans; visited them in their shops for loan follow-up",
                "Grew the deposit portfolio from ₦4m to ₦19m"]),
            e("Accounts Assistant (NYSC)", "Ondakari State Ministry of Works", "Ebiraku", "2015-10..2016-09", "none", None, [
                "Posted payment vouchers into ledgers and prepared bank reconciliations"], etype="internship"),
            e("Sunday School Teacher", "Christ Victory Assembly", "Okeluwa", "2012..present", "facing", "volunteering", [
                "Teach the 8–12 years class every Sunday and coordinate the children's Christmas programme"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["B.Sc. Accounting – Lagoon City University (2010 – 2014) – Second Class Upper",
                       "Associate Member, Chartered Institute of Bankers of Nigeria (in view)"]),
        ("Skills", ["Finacle core banking, MS Excel, customer complaint management, conflict resolution"]),
        ("Hobbies", ["Reading, football, volunteering"]),
        ("Referees", ["Mr. Tunde Okonkwo – Branch Manager, Crestfield Bank Plc – +234 802 000 1147",
                      "Mrs. Grace Ibe – Head, Customer Experience, Harbourline MfB – +234 809 000 2230"]),
    ]))

# ---------------------------------------------------------------- w021
R.append(dict(
    file="w021", ext="docx", renderer="docx", layout="tabs",
    family="Welsh self-employed plumber and retained firefighter changing career, Word tab-stop dates, employer line first then title",
    order="org_title", datefmt="mm/yyyy", sep=" – ", present="Present",
    name="Gareth Pryce",
    contact=["Aberwen, Powys", "07970 311 582", "gareth.pryce@mailbox.co.uk"],
    docx=dict(layout="tabs", font="Arial", size=10, dash_bullets=True),
    blocks=[
        ("About Me", "Plumber of 18 years looking to come off the tools (bad knees). What I've always liked about the "
                     "job is the customers – sorting out someone's heating on a cold night. Looking for a "
                     "customer-facing job where I can use that."),
        ("Work Experience", [
            e("Self-employed Plumber", "Pryce Plumbing & Heating", "Aberwen", "2017-05..present", "facing", "entrepreneurial_freelance", [
                "Own one-man business: boiler servicing, repairs and bathroom installs for homeowners and landlords",
                "Quoting, booking jobs and explaining the work to customers in their homes",
                "Mostly repeat customers and word of mouth – 5.0 on Checkatrade-style review site"], etype="freelance"),
            e("Plumber", "Cadwallader Building Services", "Newtown Cross", "2012-09..2017-04", "none", None, [
                "First and second fix on new-build housing estates",
                "Commercial boiler rooms and pipework"]),
            e("Apprentice Plumber", "Cadwallader Building Services", "Newtown Cross", "2008-09..2012-08", "none", None, [
                "NVQ Level 3 apprenticeship on new-build sites"], etype="internship"),
            e("Retained Firefighter", "Mid-Valleys Fire & Rescue Service", "Aberwen Fire Station", "2014..2020", "facing", "other_facing", [
                "Responded to call-outs, RTCs and flooding on pager",
                "Home fire safety visits – fitting smoke alarms and advising elderly residents"]),
        ]),
        ("Qualifications", ["NVQ Level 3 Plumbing and Heating", "Gas Safe registered (lapsed 2026)", "Unvented hot water, G3"]),
        ("Other", ["Full clean driving licence. Welsh speaker."]),
    ]))

# ---------------------------------------------------------------- w022
R.append(dict(
    file="w022", ext="pdf", renderer="rl", layout="plain",
    family="Polish housekeeping supervisor in a Yorkshire hotel, reportlab serif single column, centred header, title/employer/dates on separate lines",
    order="dateline", datefmt="mon.", sep=" - ", present="Current",
    name="Magdalena Nowicka",
    contact=["Kettlewick, North Yorkshire", "07389 005 622", "magda.nowicka@mailbox.com"],
    pdf=dict(layout="plain", centre=True, serif=True, accent=(0.3, 0.15, 0.35), caps_heads=False),
    blocks=[
        ("Profile", "I have worked 7 years in hotel housekeeping in England, last 4 years as supervisor. I know what "
                    "guests expect from a room and now I want to work at the front, with guests directly."),
        ("Experience", [
            e("Housekeeping Supervisor", "Ashby Hall Hotel", "Kettlewick", "2022-05..present", "facing", "in_person_service", [
                "Check rooms before releasing them to reception, daily rota for 12 room attendants",
                "Deal with guest requests and complaints about rooms, in person and by phone",
                "Lost property, linen stock and ordering of amenities"]),
            e("Room Attendant", "Ashby Hall Hotel", "Kettlewick", "2019-08..2022-04", "affecting", None, [
                "Cleaning 14–16 departure rooms per shift to brand standard",
                "Reporting maintenance faults"]),
            e("Laundry Assistant", "Pure White Linen Services", "Kettlewick", "2018-11..2019-07", "affecting", None, [
                "Feeding ironers and folding hotel linen; packing cages for delivery to hotels"]),
            e("Sales Assistant", "Drogeria Róża", "Kępno Małe, Poland", "2014-09..2018-08", "facing", "in_person_service", [
                "Cosmetics advice and sales, cash desk, stock display"]),
        ]),
        ("Education", ["Technikum Hotelarskie, Kępno Małe – Hotel Technician diploma (2014)"]),
        ("Languages", ["Polish (native), English (good), German (basic)"]),
    ]))

# ---------------------------------------------------------------- w023
R.append(dict(
    file="w023", ext="md", renderer="md", layout="bold",
    family="English insurance call-centre adviser with just over a year in the job, Markdown with bold title lines and dates after a dash",
    order="title_org", datefmt="month", sep=" - ", present="present",
    name="Tom Whitfield",
    contact=["Kirkby Fenwold, Lincs", "07488 302 119", "tom.whitfield@mailbox.co.uk"],
    md=dict(bullet="-", h3=False, contact_lines=True),
    blocks=[
        ("Summary", "24, currently a customer service adviser for a car insurance company. Before that I did food "
                    "delivery and night shifts in a supermarket. I'm after a job with people in person rather than "
                    "on a headset."),
        ("Work experience", [
            e("Customer Service Advisor", "Homeshield Insurance", "Kirkby Fenwold", "2025-11..present", "facing", "contact_center", [
                "Inbound calls: policy changes, renewals, adding drivers, cancellations",
                "Passed probation in 3 months, QA average 88%"]),
            e("Delivery Rider", "Self-employed", "Kirkby Fenwold", "2023-06..2025-10", "facing", "in_person_service", [
                "Takeaway deliveries by e-bike through two apps; collected from restaurants and handed orders over at the door",
                "Kept a 4.9 rating"], etype="freelance"),
            e("Night Replenishment Assistant", "Fenwold Superstore", "Kirkby Fenwold", "2021-09..2023-05", "affecting", None, [
                "Filling shelves overnight 10pm–6am while the store was closed",
                "Working the chillers and rotating stock"]),
            e("Kitchen Porter", "The Swan at Fenwold", "Kirkby Fenwold", "2020-06..2021-08", "affecting", None, []),
        ]),
        ("Education", "Fenwold Academy – GCSEs inc. English and Maths (2018)"),
    ]))

# ---------------------------------------------------------------- w024
R.append(dict(
    file="w024", ext="docx", renderer="docx", layout="table",
    family="Brazilian pousada receptionist and English teacher now a restaurant host in England, Word borderless table per job",
    order="title_org", datefmt="month", sep=" – ", present="Present",
    name="Juliana Costa Andrade",
    contact=["Pellingham, Northants", "+44 7412 880 903", "juliana.costa.andrade@mailbox.com"],
    docx=dict(layout="table", font="Georgia", size=10, heading_styles=True),
    blocks=[
        ("Professional Summary", "Bilingual (Portuguese/English) hospitality professional with three years at a "
                                 "pousada front desk in Brazil, three years teaching English and now hosting in a busy "
                                 "brasserie in England. UK Skilled Worker visa holder (sponsorship transferable)."),
        ("Experience", [
            e("Restaurant Host", "The Kingfisher Brasserie", "Pellingham, UK", "2024-09..present", "facing", "in_person_service", [
                "Welcome and seat guests, manage the waiting list and ResDiary bookings on 180-cover nights",
                "Answer the phone and reply to booking emails"]),
            e("Front Desk Receptionist", "Pousada Recanto das Águas", "Serra Dourada, Brazil", "2021-03..2024-06", "facing", "in_person_service", [
                "Check-in/check-out, booking management in Omnibees, guest tours and transfers",
                "Welcomed international guests in English and Spanish"]),
            e("English Teacher", "Speak Up Idiomas", "Serra Dourada, Brazil", "2018-02..2021-02", "facing", "education", [
                "Taught groups of teenagers and adults, levels A1–B2; online classes during the pandemic"]),
            e("Promoter (freelance)", None, "Serra Dourada, Brazil", "2016..2018", "facing", "sales_account", [
                "Product tastings and promotions for food brands in supermarkets and at trade fairs"], etype="freelance"),
        ]),
        ("Education", ["BA Letters (Portuguese/English) – Universidade Estadual da Serra, 2014 – 2018",
                       "IELTS 7.5 (2024)"]),
    ]))

# ---------------------------------------------------------------- w025
R.append(dict(
    file="w025", ext="html", renderer="html", layout="table",
    family="Spanish tourism graduate, HTML table layout, tourist office, booking agent and two hotel internships, 'to date'",
    order="title_org", datefmt="mm/yyyy", sep=" - ", present="to date",
    name="Pablo Ruiz Cabrera",
    contact=["C/ Mayor 18, 2ºB – Villaserena (Valencia)", "+34 611 902 447", "pablo.ruizcabrera@mailbox.es"],
    html=dict(style="table"),
    blocks=[
        ("Profile", "Tourism graduate with 5 years of experience with tourists and travellers. Languages: Spanish, "
                    "English (C1), German (B1). Looking to develop my career in an international hotel group."),
        ("Professional experience", [
            e("Tourist Information Officer", "Oficina de Turismo de Villaserena", "Villaserena", "2023-06..present", "facing", "in_person_service", [
                "Information to visitors at the desk in Spanish, English and German",
                "Sale of tickets for guided tours and bus excursions",
                "Statistics of visitors and updating of leaflets"]),
            e("Booking Agent", "Viajes Alborán S.L.", "Puerto Calderón", "2022-01..2023-05", "facing", "contact_center", [
                "Bookings and changes by phone and email for hotel and ferry packages",
                "Incident management with providers"]),
            e("Revenue Management Intern", "Hotel Miramar Alborán", "Puerto Calderón", "2021-09..2021-12", "affecting", None, [
                "Analysis of competitors' prices and update of rates in the channel manager"], etype="internship"),
            e("Front Desk Intern", "Hotel Miramar Alborán", "Puerto Calderón", "2021-03..2021-08", "facing", "in_person_service", [
                "Check-in and check-out, guest information, night shift support"], etype="internship"),
            e("Waiter", "Chiringuito El Faro", "Puerto Calderón", "2018..2020", "facing", "in_person_service", [
                "Summer seasons: terrace service, drinks and tapas for up to 120 customers"]),
        ]),
        ("Education", ["Degree in Tourism – Universidad de Levante Interior (2017 – 2021)"]),
        ("Languages", ["Spanish: native · Valencian: native · English: C1 · German: B1"]),
    ]))

# ---------------------------------------------------------------- w026
R.append(dict(
    file="w026", ext="pdf", renderer="fpdf", layout="left",
    family="Indian staff nurse working as senior care assistant in England, fpdf2 left header, career break for relocation listed",
    order="title_org", datefmt="mon", sep=" - ", present="Present",
    name="Anju Mathew",
    contact=["Hexley, West Midlands", "Mob: +44 7555 301 884", "anju.mathew91@mailbox.com"],
    pdf=dict(layout="left", size=10),
    blocks=[
        ("Personal Profile", "Compassionate nurse with 7 years' hospital experience in India and nearly 3 years in UK "
                             "social care. While I complete my NMC registration I would like to work in guest services "
                             "where caring for people is also the main job."),
        ("Employment History", [
            e("Senior Care Assistant", "Rosewood Court Care Home", "Hexley", "2024-02..present", "facing", "healthcare_care", [
                "Lead a shift of 5 carers for 32 residents living with dementia",
                "Medication rounds (eMAR), care plans, liaising with families and GPs"]),
            e("Career Break (relocation to UK)", None, None, "2023-04..2024-01", "none", None, [
                "Relocated with my husband; CBT and OSCE preparation"], etype="unknown"),
            e("Staff Nurse", "St. Gregorios Mission Hospital", "Puthenkara, Kerala", "2017-07..2023-03", "facing", "healthcare_care", [
                "Medical ICU and general medicine ward; patient assessment, IV therapy, discharge teaching"]),
            e("Clinical Instructor", "College of Nursing, Puthenkara", "Puthenkara, Kerala", "2016-06..2017-06", "facing", "education", [
                "Supervised B.Sc. Nursing students on ward postings, took classes on fundamentals of nursing"]),
        ]),
        ("Education", ["B.Sc. Nursing – College of Nursing, Puthenkara (2012 – 2016)", "IELTS 7.0 / OET B"]),
        ("Languages", ["English, Malayalam, Hindi, Tamil"]),
    ]))

# ---------------------------------------------------------------- w027
R.append(dict(
    file="w027", ext="docx", renderer="docx", layout="header",
    family="English telecom contact-centre team leader, Word page-header contact, heading styles, employer line first then title",
    order="org_title", datefmt="mon", sep=" – ", present="Present",
    name="Nadia Hussain",
    contact=["Barrowfield, Lancashire", "07404 119 826", "nadia.hussain@mailbox.co.uk"],
    docx=dict(layout="header", font="Calibri", size=10.5),
    blocks=[
        ("Profile", "Team leader with ten years in customer service, seven of them in telecoms. Passionate about "
                    "customer experience and coaching. Looking to move into hotels, where I started out on reception "
                    "at a leisure centre."),
        ("Employment", [
            e("Team Leader", "Northstar Telecom", "Barrowfield", "2022-01..present", "facing", "contact_center", [
                "Lead 14 advisers on broadband and mobile support; weekly 1-2-1s and call coaching",
                "Take escalated calls from customers who ask for a manager",
                "Team FCR up from 68% to 77% in 2025"]),
            e("Complaints Handler (secondment)", "Northstar Telecom", "Barrowfield", "2021-04..2021-09", "facing", "contact_center", [
                "Investigated written complaints and rang customers to agree a resolution"]),
            e("Customer Service Advisor", "Northstar Telecom", "Barrowfield", "2019-03..2021-12", "facing", "contact_center", [
                "Inbound billing and technical calls; sales of upgrades"]),
            e("Receptionist", "Barrowfield Leisure Centre", "Barrowfield", "2016-08..2019-02", "facing", "in_person_service", [
                "Memberships, class bookings and swimming lessons at the front desk"]),
            e("Volunteer Adviser", "Barrowfield Advice Centre", "Barrowfield", "2023..present", "facing", "volunteering", [
                "Fortnightly drop-in: first assessment of clients' debt and benefit problems"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Training", ["ILM Level 3 Leadership and Management (2023)", "Mental Health First Aider"]),
        ("Education", ["Barrowfield College – A levels in Sociology, English Language and Psychology"]),
    ]))

# ---------------------------------------------------------------- w028
R.append(dict(
    file="w028", ext="txt", renderer="txt", layout="hash",
    family="Irish bartender and ex-line cook, plain text with ### headings, 'Title – Employer, Town | dates', family farm years",
    order="dash", datefmt="mon", sep=" - ", present="Present",
    name="Ciarán Doherty",
    contact=["Ballinvore, Co. Donegal", "087 661 2093", "ciaran.doherty@mailbox.ie"],
    txt=dict(heading="hash", bullet="*", date_join="pipe", width=80),
    blocks=[
        ("Profile", "Bartender with 4+ years front of house and a couple of years in the kitchen before that. Good "
                    "craic with customers, fast on a busy bar, and I know food. Want to get into hotels properly."),
        ("Experience", [
            e("Bartender", "Molloy's Bar & Kitchen", "Ballinvore", "2022-03..present", "facing", "in_person_service", [
                "Pints, cocktails and table service on a 150-capacity bar with live music at weekends",
                "Cash-ups, stock counts, training new bar staff"]),
            e("Food Runner", "The Harbour Grill", "Ballinvore", "2021-06..2022-02", "facing", "in_person_service", [
                "Ran plates from the pass to tables and explained the dishes and allergens to diners"]),
            e("Line Cook", "The Harbour Grill", "Ballinvore", "2019-09..2021-05", "affecting", None, [
                "Grill and fryer sections, prep lists, HACCP temperature logs"]),
            e("Farm Hand", "Doherty Dairy", "Ballinvore", "2016..2018", "none", None, [
                "Milking, calving and silage on the family dairy farm"]),
        ]),
        ("Education", ["Leaving Certificate – Ballinvore Community School (2016)", "Safe Pass, Manual Handling, HACCP Level 2"]),
    ]))

# ---------------------------------------------------------------- w029
R.append(dict(
    file="w029", ext="docx", renderer="docx", layout="styles",
    family="English chemistry graduate with no customer-facing work, Word heading styles, bold title with right tab-stop dates",
    order="title_org", datefmt="mon", sep=" – ", present="Present",
    name="Harriet Lowe",
    contact=["Marrowgate, West Yorkshire · 07450 226 318 · harriet.lowe@mailbox.co.uk"],
    docx=dict(layout="styles", font="Calibri", size=11),
    blocks=[
        ("Personal Statement", "Chemistry graduate looking for a change from laboratory work. I'm organised, "
                               "careful and a quick learner, and I'd like a role where I work with people rather than "
                               "samples."),
        ("Experience", [
            e("QC Laboratory Technician", "Brandwell Foods", "Marrowgate", "2024-09..present", "affecting", None, [
                "Microbiological and shelf-life testing of ready meals before release",
                "Recording results in LIMS and flagging out-of-spec batches to production"]),
            e("Data Entry Clerk (temp)", "Orbis Records Management", "Leedham", "2024-02..2024-07", "none", None, [
                "Indexing scanned archive files for a records project"]),
            e("Summer Research Assistant", "Department of Chemistry, University of Halvergate", "Halvergate", "summer 2023", "none", None, [
                "Synthesised and characterised copper complexes (NMR, IR) for a PhD project"],
              section="other", etype="internship"),
            e("Warehouse Picker (Christmas temp)", "ParcelPoint Fulfilment", "Leedham", "2022-11..2023-01", "affecting", None, [
                "Picking online orders to handheld scanner targets"]),
        ]),
        ("Education", ["BSc (Hons) Chemistry, University of Halvergate – 2:2 (2020 – 2024)",
                       "A levels: Chemistry B, Biology B, Maths C"]),
        ("Skills", ["- Excel, LIMS, basic Python", "- Full driving licence"]),
        ("Hobbies", ["Netball, baking, parkrun"]),
    ]))

# ---------------------------------------------------------------- w030
R.append(dict(
    file="w030", ext="pdf", renderer="rl", layout="sidebar",
    family="English airport check-in agent and former cabin crew, reportlab coloured left sidebar, month dates",
    order="title_org", datefmt="month", sep=" – ", present="Present",
    name="Danielle Osei",
    contact=["Kelderby, Cumbria", "07951 774 209", "danielle.osei@mailbox.co.uk"],
    sidebar=[("Key skills", ["Check-in & boarding (Altéa DCS)", "Complaint handling", "Cash & card payments",
                             "Calm in disruption"]),
             ("Languages", ["English (native)", "Twi (spoken)", "French (basic)"]),
             ("Licences", ["Full UK driving licence", "Airside pass (current)"])],
    pdf=dict(layout="sidebar", side_color=(0.82, 0.9, 0.93), accent=(0.05, 0.3, 0.45)),
    blocks=[
        ("Profile", "Warm and professional customer service agent with ten years in aviation and hospitality. I love "
                    "making people's journey easier and I'm at my best when things go wrong."),
        ("Experience", [
            e("Airport Customer Service Agent", "Skyport Ground Handling", "Kelderby Airport", "2023-03..present", "facing", "in_person_service", [
                "Check-in, bag drop and boarding gates for three airline clients",
                "Rebook passengers and hand out care vouchers during delays and cancellations",
                "Special assistance and unaccompanied minors"]),
            e("Cabin Crew", "Bluejet Airlines", "Manningham Airport", "2019-04..2022-11", "facing", "in_person_service", [
                "Safety, service and onboard sales on European routes; Senior Cabin Crew from 2021",
                "Made redundant when the base closed"]),
            e("Brand Ambassador (Promotions)", "Spark Field Marketing", "North West", "2017..2019", "facing", "sales_account", [
                "In-store sampling and events for soft-drink and snack brands"], etype="freelance"),
            e("Waitress", "Lucca's Trattoria", "Kelderby", "2015-09..2017-08", "facing", "in_person_service", []),
        ]),
        ("Education", ["Level 3 Diploma in Travel and Tourism – Kelderby College (2013 – 2015)"]),
    ]))
