"""Résumés w016–w030."""
from lib import E

RES = []
add = RES.append

# w016 ---------------------------------------------------------------------------------------
add(dict(
    file="w016.pdf", render="fpdf", pdf="left", order="dateline", ds="mon-yy", present="Till date", sep=" – ",
    footer="Curriculum Vitae",
    family="Indian application support engineer: L2 app support with end-user chats, voice tech support, server monitoring trainee; fpdf2 2 pages with footer",
    layout="left/dateline, mon-yy / 'Till date', 2 pages",
    name="Rahul Venkatesh Iyer", tag="Application Support Engineer – 6+ years",
    contact=["HSR Layout, Bengaluru – 560102", "Mobile: +91 99000 55527", "Email: rahul.v.iyer@mailbox.in"],
    sections=[
        ("Professional Summary", "Application support professional with 6+ years in L1/L2 support for banking "
                                 "and consumer apps. Hands-on in SQL, Splunk, ServiceNow and JIRA. Good "
                                 "communication with end users and client stakeholders. Looking for L2/L3 "
                                 "support or SRE-track position in Bengaluru or remote."),
        ("Work Experience", [
            E("Application Support Engineer (L2)", "Zentrix Softech Pvt. Ltd.", "Bengaluru", "2022-08", "present",
              "facing", "digital_service", [
                  "Resolving L2 tickets for a retail banking mobile app (UPI, card blocking, login failures) within SLA",
                  "Responding to end-user queries escalated from in-app chat and app store reviews, guiding customers through fixes",
                  "Writing SQL queries to trace failed transactions and coordinating fixes with dev team",
                  "Preparing weekly incident RCA reports for client bank"]),
            E("Freelance App Tester", "Crowdcheck (crowd-testing platform)", "Remote", "2021", "2022", "affecting",
              None, ["Exploratory and payment-flow testing of Android apps; 180+ accepted bugs"], et="freelance"),
            E("Technical Support Associate", "Nimbus CX Services", "Mysuru", "2020-01", "2022-07", "facing",
              "contact_center", [
                  "Inbound voice support for US customers of a Wi-Fi router brand: setup, firmware, connectivity",
                  "Maintained 4.6/5 CSAT and 92% FCR", "Awarded 'Star Performer' Q3 2021"]),
            E("Graduate Engineer Trainee", "Kaveri Infra Systems", "Chennai", "2019-07", "2019-12", "none", None, [
                "Monitored Linux servers and batch jobs through Nagios", "Prepared daily health-check reports"],
              et="internship"),
        ]),
        ("Technical Skills", ["SQL (Oracle, MySQL), Splunk, ServiceNow, JIRA, Postman, Linux basics, Android debugging"]),
        ("Education", ["B.E. (Electronics & Communication), Visvesvaraya Technological University – 2019 – 71%",
                       "Class XII – Kendriya Vidyalaya, Hebbal – 2015 – 86%"]),
        ("Personal Details", ["Date of Birth: 03-09-1997", "Languages Known: English, Tamil, Kannada, Hindi",
                              "Notice Period: 30 days"]),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge. "
                        "Place: Bengaluru"),
    ]))

# w017 ---------------------------------------------------------------------------------------
add(dict(
    file="w017.md", render="md", md="h3", order="title_org", ds="mon", present="Present", sep=" – ",
    family="UK thrift content creator with brand partnerships, fashion social exec who only scheduled, window dressing, charity shop; Markdown",
    layout="md h3/title_org, mon / 'Present'",
    name="Tamsin Olaleye", tag="Content creator · social media · brand partnerships",
    contact=["Croydon, London", "tamsin.olaleye@mailbox.co.uk", "TikTok/YouTube: @ThriftwithTam (210k)", "Media kit: thriftwithtam.co.uk/kit"],
    sections=[
        ("What I do now", [
            E("Content Creator & Founder", "Thrift with Tam", "London", "2020-09", "present", "facing",
              "entrepreneurial_freelance", [
                  "Film, edit and post 4–5 short videos a week on second-hand fashion (210k followers, 6% avg engagement)",
                  "Pitch and negotiate paid partnerships myself; calls with brand managers, agree briefs, send reports after each campaign",
                  "Clients so far: 14 brands incl. resale apps, a high-street charity and a laundry detergent",
                  "Reply to comments and DMs most evenings"], et="freelance"),
        ]),
        ("Before that", [
            E("Social Media Executive", "Hollis & Vane", "London", "2019-02", "2020-08", "affecting", None, [
                "Planned the Instagram and Pinterest calendar, art-directed product shoots, scheduled everything in Later",
                "Customer comments and DMs went to the customer care team, not me"]),
            E("Visual Merchandiser", "Hollis & Vane", "Croydon", "2017-01", "2019-01", "affecting", None, [
                "Dressed windows and mannequins before opening; implemented head-office VM guides"]),
            E("Shop Volunteer", "Hope Lane Hospice Shop", "Purley", "2015", "2016", "facing", "volunteering", [],
              sec="volunteer", et="volunteer"),
        ]),
        ("Education", ["BA Fashion Marketing, Ravensbourne-on-Thames College (2016)"]),
    ]))

# w018 ---------------------------------------------------------------------------------------
add(dict(
    file="w018.docx", render="docx", docx="sidebar", order="title_org", ds="month", present="Present", sep=" – ",
    family="South African online store support agent (WhatsApp, chat), returns admin, cashier, call-centre learnership; Word shaded sidebar table",
    layout="sidebar/title_org, month / 'Present'",
    name="Lerato Mokoena", tag="Online Customer Support",
    contact=["Bellville, Cape Town", "072 555 0146", "lerato.mokoena@mailbox.co.za"],
    side=[("Skills", ["Zendesk", "WhatsApp Business", "Takealot Seller Portal", "MS Excel", "Typing 55 wpm"]),
          ("Languages", ["English", "isiXhosa", "Afrikaans", "Sesotho"]),
          ("Personal", ["Own transport", "Driver's licence Code 08", "Health: excellent"])],
    sections=[
        ("Work Experience", [
            E("Online Customer Support Agent", "Karoo Cart (Pty) Ltd", "Cape Town", "2023-01", "present", "facing",
              "digital_service", [
                  "Assist online shoppers by WhatsApp, e-mail and live chat with orders, deliveries and refunds",
                  "Log courier claims and follow up with customers until resolved",
                  "Average 95 conversations per shift"]),
            E("Returns Administrator", "Karoo Cart (Pty) Ltd", "Cape Town", "2021-06", "2022-12", "affecting",
              None, ["Checked returned parcels, captured credit notes and liaised with couriers on collections"]),
            E("Cashier", "Mzansi Mart", "Bellville", "2018-02", "2021-05", "facing", "in_person_service", [
                "Operated till, handled cash and card, assisted customers with lay-byes"]),
            E("Call Centre Learner (Learnership)", "Umoya Skills Academy", "Cape Town", "2017-03", "2018-01",
              "facing", "contact_center", [
                  "NQF 2 Contact Centre learnership; practical on an inbound line for a municipal account"],
              et="internship"),
        ]),
        ("Education", ["National Senior Certificate, Belhar Secondary School, 2016"]),
        ("References", ["Ms N. Dlamini, Team Leader, Karoo Cart – 021 555 0110"]),
    ]))

# w019 ---------------------------------------------------------------------------------------
add(dict(
    file="w019.pdf", render="rl", pdf="centred", order="pipe", ds="mon", present="Present", sep=" – ",
    family="Canadian SaaS community manager, trust & safety queue moderator, ferry guest services; reportlab centred, pipe lines, undated volunteer moderator",
    layout="centred/pipe, mon / 'Present'",
    name="Noémie Tremblay-Singh", tag="Community Manager",
    contact=["Vancouver, BC", "604-555-0113", "noemie.ts@mailbox.ca", "linkedin.com/in/noemiets"],
    sections=[
        ("Experience", [
            E("Community Manager", "Ledgerly", "Vancouver, BC", "2021-10", "present", "facing", "digital_service", [
                "Run the Ledgerly user forum (25k members) and answer product questions in threads daily",
                "Host monthly office-hours webinars where bookkeepers bring questions to our product team",
                "Recruit beta testers and close the loop on feature requests",
                "Grew monthly active posters 3x"]),
            E("Content Moderator (contract)", "Clearstream Trust & Safety", "Remote", "2019-04", "2021-09",
              "affecting", None, [
                  "Reviewed flagged images and posts for a social platform against policy in a high-volume queue",
                  "QA accuracy 98.6%; no contact with users"], et="freelance"),
            E("Guest Services Agent", "Pacific Rim Ferries", "Nanaimo, BC", "2016-05", "2019-03", "facing",
              "in_person_service", ["Ticketing and information desk at the terminal; handled sailing-wait complaints"]),
        ]),
        ("Volunteer", [
            E("Forum Moderator", "Knit Together Forum", None, None, None, "facing", "volunteering", [
                "Welcome newcomers and answer pattern questions on a 6k-member crafting forum"],
              sec="volunteer", et="volunteer"),
        ]),
        ("Education", ["B.A. English, University of Victoria (2016)"]),
    ]))

# w020 ---------------------------------------------------------------------------------------
add(dict(
    file="w020.txt", render="txt", order="inline", ds="month", present="Present", sep=" to ",
    txt_h="colon", bullet="-", name_caps=False, newline="\r\n",
    family="Filipino ESL tutor for a Japan-based online academy, public school teacher, part-time VA, fast food; plain text with CRLF",
    layout="colon/inline, month / 'Present'",
    name="Jerome P. Villaruel", tag="LPT | TESOL-certified Online ESL Tutor",
    contact=["Tacloban City, Leyte", "0926 555 0188", "jerome.villaruel@mailbox.ph", "Skype: jerome.villaruel"],
    sections=[
        ("Work Experience", [
            E("Online ESL Tutor", "Kumo English Academy", "Remote", "2020-06", "present", "facing", "education", [
                "Teach 1:1 English lessons to Japanese kids and adult learners, 6 hours a day",
                "Give written feedback after each class and prepare students for Eiken tests"], et="freelance"),
            E("Virtual Assistant (part-time)", "OnlineJobs client – Brisbane real estate agency", "Remote",
              "2022-01", "2023-12", "facing", "entrepreneurial_freelance", [
                  "Managed the agent's calendar and CRM",
                  "Called tenants to book routine inspections and answered landlord emails"], et="freelance"),
            E("Teacher I", "Sto. Niño National High School", "Tacloban City", "2015-06", "2020-05", "facing",
              "education", ["Taught English 8 and 10, adviser of a 45-student section, school paper moderator"]),
            E("Service Crew", "Chikn Joy", "Tacloban City", "2013-04", "2014-03", "facing", "in_person_service", []),
        ]),
        ("Education", ["Bachelor of Secondary Education major in English, Leyte Normal University, 2015",
                       "Licensed Professional Teacher (LET passer 2015)", "120-hr TESOL certificate, 2020"]),
        ("Equipment", ["Laptop i5, headset with noise cancel, fiber 100 Mbps + backup pocket wifi"]),
    ]))

# w021 ---------------------------------------------------------------------------------------
add(dict(
    file="w021.docx", render="docx", docx="tabs", order="title_org", ds="mon", present="Present", sep=" – ",
    family="UK marketing executive (garden centres), B2B marketing assistant, leisure centre reception while studying, campus brand ambassador; Word tab-stop dates, prose duties",
    layout="tabs/title_org, mon / 'Present', prose",
    name="Hannah Greatorex", tag="Marketing Executive",
    contact=["Tonbridge, Kent", "07700 900 551", "hannah.greatorex@mailbox.co.uk"],
    sections=[
        ("Personal Statement", "CIM-qualified marketer who likes a plan and a spreadsheet but also knows her way "
                               "round a photoshoot in a polytunnel."),
        ("Career History", [
            E("Marketing Executive", "Ashdown Garden Centres", "Tunbridge Wells", "2021-05", "present", "affecting",
              None, [
                  "I plan and run the seasonal campaigns for five garden centres, from Christmas grottoes to spring bulbs.",
                  "I write the weekly loyalty-club email (62k subscribers), brief the designers, and report on redemption and footfall each month.",
                  "I also look after the website's what's-on pages and the Meta ads budget."], prose=True),
            E("Marketing Assistant", "Ferrow Logistics", "Maidstone", "2019-09", "2021-04", "affecting", None, [
                "Supported the B2B marketing team with case studies, trade-show stands and LinkedIn content.",
                "Kept the CRM clean and built the quarterly customer newsletter."], prose=True),
            E("Customer Service Assistant (part-time)", "Ashby Leisure Centre", "Canterbury", "2016-10",
              "2019-06", "facing", "in_person_service", [
                  "Worked reception while at university: memberships, class bookings, swimming lesson queries and the odd lost locker key."],
              prose=True),
        ]),
        ("University", [
            E("Brand Ambassador", "FreshPress Juices", "Canterbury", "2017", "2018", "facing", "other_facing", [
                "Handed out samples and ran stalls at freshers' fairs and campus events"], sec="other"),
        ]),
        ("Education", ["BA (Hons) Marketing, Canterbury Weald University, 2019", "CIM Level 4 Certificate, 2022"]),
    ]))

# w022 ---------------------------------------------------------------------------------------
add(dict(
    file="w022.pdf", render="fpdf", pdf="sidebar", order="title_org", ds="m/yyyy", present="Present", sep=" - ",
    family="US fitness-app support specialist, trust & safety contractor, restaurant server, data annotation; fpdf2 sidebar",
    layout="sidebar/title_org, m/yyyy / 'Present'", paper="letter",
    name="Carmen Delgado-Pruitt", tag="App Support | Trust & Safety",
    contact=["Austin, TX", "512-555-0104", "carmen.dp@mailbox.com"],
    side=[("Tools", ["Zendesk, Intercom", "App Store Connect", "Google Play Console", "Looker, SQL (basic)"]),
          ("Languages", ["English, Spanish"]),
          ("Education", ["B.A. Sociology, Texas Hill Country University, 2018"])],
    sections=[
        ("Experience", [
            E("App Support Specialist", "Pocketcoach Fitness", "Austin, TX", "2022-11", "present", "facing",
              "digital_service", [
                  "In-app chat and email support for 1.2M subscribers: billing, account access, workout sync bugs",
                  "Reply to App Store and Google Play reviews and turn real bugs into Jira tickets",
                  "Bilingual queue (English/Spanish)"]),
            E("Trust & Safety Analyst (contract)", "Verity Staffing", "Austin, TX", "2021-03", "2022-10",
              "affecting", None, [
                  "Placed with a payments app; investigated suspected fraud rings from dashboards and account data",
                  "Drafted enforcement guidelines for the review team"], et="freelance"),
            E("Data Annotation Contractor", "LabelLoop", "Remote", "2020", "2020", "none", None, [
                "Tagged images and transcribed audio for ML training sets"], et="freelance"),
            E("Server", "Pecan Street Grill", "Austin, TX", "2018-04", "2021-02", "facing", "in_person_service", [
                "Served a 6-table section on weekends; trained new servers"]),
        ]),
    ]))

# w023 ---------------------------------------------------------------------------------------
add(dict(
    file="w023.html", render="html", html="plain", order="org_title", ds="mm.yyyy", present="today", sep=" – ",
    family="Dutch social media manager (strategy only) after transit webcare, student assistant, bike workshop; HTML, numeric dates",
    layout="html plain/org_title, mm.yyyy / 'today'",
    css="body{font-family:Arial,sans-serif;margin:40px}h1{margin-bottom:0}h2{color:#0a6}h3{margin:12px 0 0}.d{margin-left:1em;color:#777;font-size:.9em}.s{font-weight:bold;margin:0}",
    name="Sanne de Groot", tag="Social Media Manager",
    contact=["Rotterdam, Netherlands", "+31 6 5550 1477", "sanne.degroot@mailbox.nl"],
    sections=[
        ("Work experience", [
            E("Social Media Manager", "Zeewind Energie B.V.", "Rotterdam", "2022-09", "present", "affecting", None, [
                "Social strategy and content calendar for LinkedIn, Instagram & YouTube",
                "Brief and manage two content agencies; monthly reporting to the board",
                "Replies and DMs are handled by our customer service team, I set the tone-of-voice guidelines for them"]),
            E("Webcare Agent", "Trambaan Vervoer", "Utrecht", "2019-05", "2022-08", "facing", "digital_service", [
                "Answered travellers' questions and complaints on X, Facebook and WhatsApp, in Dutch and English",
                "Live updates during disruptions; ~120 conversations per shift"]),
            E("Student Assistant Communications", "Hogeschool Delfland", "Delft", "2017-09", "2019-04", "affecting",
              None, ["Wrote the student newsletter and updated the intranet"], sec="other"),
            E("Workshop Mechanic (weekend job)", "Fietsenmakerij De Spaak", "Delft", "2015", "2017", "affecting",
              None, ["Repaired and serviced bikes in the back workshop"]),
        ]),
        ("Education", ["BA Communication, Hogeschool Delfland (2019)"]),
        ("Languages", ["Dutch (native), English (fluent), German (good)"]),
    ]))

# w024 ---------------------------------------------------------------------------------------
add(dict(
    file="w024.docx", render="docx", docx="table", order="org_title", ds="mon", present="Present", sep=" – ",
    family="NZ virtual executive assistant, in-house EA, accounts payable, parental leave listed; Word table per job",
    layout="table/org_title, mon / 'Present'",
    name="Ngaire Te Whata", tag="Virtual Executive Assistant",
    contact=["Nelson 7010", "021 555 0192", "ngaire@mailbox.co.nz", "kowhaiadmin.co.nz"],
    sections=[
        ("Work History", [
            E("Virtual Executive Assistant", "Kōwhai Admin Co. (self-employed)", "Nelson", "2021-02", "present",
              "facing", "entrepreneurial_freelance", [
                  "Support four business owners: inbox, calendar, travel, Xero invoicing",
                  "Weekly planning call with each client; first point of contact on the phone for one client's customers"],
              et="freelance"),
            E("Executive Assistant to the CEO", "Tasman Harbour Holdings", "Nelson", "2016-08", "2021-01", "facing",
              "internal_support", [
                  "Managed the CEO's diary, board papers and minutes",
                  "Organised travel and events for the leadership team; go-to person for the 40-strong head office on anything the CEO's office needed"]),
            E("Parental leave", None, None, "2015-06", "2016-07", "none", None, [], et="unknown"),
            E("Accounts Payable Officer", "Tasman Harbour Holdings", "Nelson", "2012-03", "2015-05", "none", None, [
                "Processed 600 supplier invoices a month and ran the weekly payment batch"]),
        ]),
        ("Qualifications", ["NZ Certificate in Business (Administration) Level 4", "Xero Advisor certified"]),
        ("Referees", ["Provided on request"]),
    ]))

# w025 ---------------------------------------------------------------------------------------
add(dict(
    file="w025.pdf", render="rl", pdf="sidebar", order="title_org", ds="mon", present="Present", sep=" – ",
    family="US illustrator with Etsy commissions and Fiverr orders, community art teacher, screen-print production; reportlab sidebar",
    layout="sidebar/title_org, mon and year / 'Present'",
    name="Rosalind “Roz” Beckett", tag="Illustrator & maker",
    contact=["Asheville, NC", "828-555-0150", "roz@mailbox.art", "mothandmarigold.com", "Instagram @mothandmarigold"],
    side=[("Media", ["Gouache, ink, Procreate", "Screen printing", "Risograph"]),
          ("Education", ["BFA Illustration", "Savannah Tidewater College of Art, 2015"])],
    sections=[
        ("Studio", [
            E("Illustrator & Shop Owner", "Moth & Marigold Studio", "Asheville, NC", "2020-01", "present", "facing",
              "entrepreneurial_freelance", [
                  "Sell prints and cards on Etsy and at two local shops; ~1,800 orders a year",
                  "Custom pet and house portraits: talk clients through options in Etsy messages, send sketches for approval",
                  "Wholesale accounts with 9 gift shops"], et="freelance"),
            E("Freelance Illustrator", "Fiverr", "Remote", "2018", "2020", "facing", "entrepreneurial_freelance", [
                "Completed 140+ orders of spot illustrations for children's books and blogs",
                "Kept buyers updated through Fiverr chat at every stage; 4.9 rating"], et="freelance"),
        ]),
        ("Other Experience", [
            E("Art Instructor (part-time)", "Paintbox Community Art Center", "Asheville, NC", "2017-09", "2020-06",
              "facing", "education", ["Taught evening printmaking and kids' Saturday classes"]),
            E("Production Artist", "Blue Ridge Screenprint Co.", "Asheville, NC", "2015-06", "2017-08",
              "affecting", None, ["Prepared color separations, burned screens, printed runs of 50–2,000 shirts"]),
        ]),
    ]))

# w026 ---------------------------------------------------------------------------------------
add(dict(
    file="w026.md", render="md", md="bold", order="title_org", ds="month", present="to date", sep=" – ",
    family="Nigerian bank social media manager handling complaint DMs, NYSC teacher, freelance flyers; Markdown",
    layout="md bold/title_org, month / 'to date'",
    name="Chiamaka Eze-Okafor", tag="Social Media Manager | Digital Customer Engagement",
    contact=["Yaba, Lagos", "+234 803 555 0161", "chiamaka.eze@mailbox.ng"],
    sections=[
        ("Professional Experience", [
            E("Social Media Manager", "Kestrel Microfinance Bank", "Lagos", "2023-05", "present", "facing",
              "digital_service", [
                  "Lead a team of 4 social care agents on X, Instagram and Facebook",
                  "Personally handle escalated complaints in DMs (failed transfers, debit disputes) and close them with the contact centre",
                  "Plan monthly content and run the bank's Twitter Spaces on financial literacy"]),
            E("Social Media Officer", "Kestrel Microfinance Bank", "Lagos", "2021-02", "2023-04", "facing",
              "digital_service", ["Responded to customer enquiries and complaints on all social channels",
                                  "Tracked sentiment and weekly complaint themes"]),
            E("NYSC Corps Member – English Teacher", "Government Secondary School, Okene", "Kogi State",
              "2019-11", "2020-10", "facing", "education", ["Taught English Language to SS1 and SS2 students"]),
            E("Graphic Designer (freelance)", "Self-employed", "Enugu", "2017", "2019", "affecting", None, [
                "Designed flyers, banners and IG posts for churches and event planners"], et="freelance"),
        ]),
        ("Education", ["B.A. Mass Communication, University of Nigeria, Nsukka — Second Class Upper (2019)"]),
        ("Certifications", ["Digital Marketing Skills, Google (2021)", "Customer Experience Professional, CIS (2023)"]),
        ("Referees", ["Available on request."]),
    ]))

# w027 ---------------------------------------------------------------------------------------
add(dict(
    file="w027.docx", render="docx", docx="styles", order="title_org", ds="mm/yyyy", present="to date", sep=" – ",
    family="Berlin UX/UI designer, working-student product designer, e-scooter support hotline, freelance café websites; Word heading styles",
    layout="styles/title_org, mm/yyyy / 'to date'",
    name="Jonas Albrecht", tag="UX/UI Designer",
    contact=["Berlin-Neukölln", "+49 176 5550 1834", "jonas.albrecht@mailbox.de", "jonasalbrecht.design"],
    sections=[
        ("Experience", [
            E("UX/UI Designer", "Spreeport Mobility GmbH", "Berlin", "2022-04", "present", "affecting", None, [
                "Design system and booking flow for the car-sharing app (iOS/Android)",
                "Run usability tests with riders and turn findings into prototypes",
                "Work with 3 squads of engineers and a PM"]),
            E("Product Designer (Working Student)", "Kiezkasse GmbH", "Berlin", "2020-10", "2022-03", "affecting",
              None, ["Screens and prototypes for the merchant POS app", "Icon set and onboarding illustrations"]),
            E("Support Agent (Mini-job)", "Rollfix E-Scooters", "Berlin", "2019-03", "2020-09", "facing",
              "contact_center", ["Rider hotline and tickets in German and English: refunds, fines, damaged scooters"]),
            E("Freelance Web Designer", "Self-employed", "Berlin", "2018", "2021", "facing",
              "entrepreneurial_freelance", ["Websites for six cafés and a bike shop; met owners to collect content and showed them how to update menus"],
              et="freelance"),
        ]),
        ("Education", ["B.A. Interface Design, Hochschule Oberspree (2022)"]),
        ("Languages", ["German (native), English (C1), Spanish (A2)"]),
    ]))

# w028 ---------------------------------------------------------------------------------------
add(dict(
    file="w028.pdf", render="fpdf", pdf="twocol", order="title_org", ds="mon", present="Present", sep=" to ",
    family="Canadian French tutor and language instructor, game localization reviewer, summer camp, newcomer conversation circles; fpdf2 two-column header",
    layout="twocol/title_org, mon / 'Present'", paper="letter",
    name="Élise Charbonneau", tag="French tutor · ESL/FSL instructor",
    contact=["Ottawa, ON", "613-555-0185", "elise.charbonneau@mailbox.ca", "Bilingual EN/FR"],
    sections=[
        ("Teaching", [
            E("French Tutor (online & in-home)", "Self-employed", "Ottawa, ON", "2019-09", "present", "facing",
              "education", [
                  "Private lessons for public servants preparing for second-language evaluations (SLE); 85% reach level B or C",
                  "Homework help for French-immersion students, grades 4–10"], et="freelance"),
            E("Language Instructor", "Rideau Language Institute", "Ottawa, ON", "2016-01", "2019-08", "facing",
              "education", ["Taught FSL and ESL group classes to adults, 20 hrs/week"]),
            E("Camp Counsellor", "Camp Lac-Vert", "Wakefield, QC", "2015-06", "2015-08", "facing", "education", [
                "Led a cabin of 10 campers and ran the canoe program"], dt="Summer 2015"),
        ]),
        ("Other work", [
            E("Localization Reviewer (contract)", "Polyglot Pixel Studios", "Remote", "2020-03", "2021-12",
              "affecting", None, ["Reviewed French game strings in spreadsheets and logged linguistic bugs"],
              et="freelance"),
        ]),
        ("Volunteer", [
            E("Conversation Circle Facilitator", "Ottawa Newcomer Hub", "Ottawa, ON", "2017", "present", "facing",
              "volunteering", ["Run a weekly English conversation circle for newcomers"],
              sec="volunteer", et="volunteer"),
        ]),
        ("Education", ["B.Ed., Université d'Ottawa (2015)", "TESL Ontario certificate"]),
    ]))

# w029 ---------------------------------------------------------------------------------------
add(dict(
    file="w029.txt", render="txt", order="title_org", ds="mon-yy", present="till date", sep=" to ",
    txt_h="caps", txt_dates="right", bullet=">", name_caps=True,
    family="Indian marketplace seller-support associate, catalogue executive, own Instagram kurti store, data entry; job-portal text",
    layout="caps/title_org (right dates), mon-yy / 'till date'",
    name="Ayesha Fatima Siddiqui", tag="Seller Support | E-commerce Operations",
    contact=["Tolichowki, Hyderabad - 500008", "Mob: 98490 55536", "ayesha.fsiddiqui@mailbox.in"],
    sections=[
        ("Professional Synopsis", "Around 5 years in e-commerce operations and seller support. Good knowledge of "
                                  "catalogue, order lifecycle and seller onboarding."),
        ("Work Experience", [
            E("Seller Support Associate", "Bazaarkart Marketplace Pvt Ltd", "Hyderabad", "2022-06", "present",
              "facing", "contact_center", [
                  "Handling inbound calls and email tickets from sellers on onboarding, payments and listing issues",
                  "Guiding new sellers on the seller panel over screen-share"]),
            E("Catalogue Executive", "Bazaarkart Marketplace Pvt Ltd", "Hyderabad", "2021-01", "2022-05",
              "affecting", None, ["Bulk upload of product listings", "Image QC as per guidelines", "Attribute mapping"]),
            E("Online Store Owner", "Anokhi Threads", "Hyderabad", "2019-08", "2020-12", "facing",
              "entrepreneurial_freelance", [
                  "Sold kurtis through Instagram and WhatsApp, replied to buyer queries and arranged COD deliveries"],
              et="freelance"),
            E("Data Entry Operator", "Sri Lakshmi Traders", "Secunderabad", "2018-03", "2019-07", "none", None, []),
        ]),
        ("Educational Qualification", ["B.Com (Computers), Osmania University, 2018 - 68%"]),
        ("Declaration", "I hereby declare that the details furnished above are true to the best of my knowledge."),
    ]))

# w030 ---------------------------------------------------------------------------------------
add(dict(
    file="w030.docx", render="docx", docx="header", order="title_org", ds="month", present="Present", sep=" – ",
    family="US DTC skincare community & social lead (Facebook group, Discord), email marketer, esthetician, campus bookstore; contact in Word header",
    layout="header/title_org, month / 'Present'",
    name="Brianna Castellanos", tag=None,
    contact=["Scottsdale, AZ", "480-555-0158", "brianna.castellanos@mailbox.com"],
    sections=[
        ("Summary", "Community and social lead for a direct-to-consumer skincare brand; licensed esthetician "
                    "before that, so I can actually answer the 'will this break me out' questions."),
        ("Experience", [
            E("Community & Social Lead", "Glowfield Skincare", "Remote", "2023-08", "present", "facing",
              "digital_service", [
                  "Run our 18k-member Facebook group and Discord: answer routine and product questions every day, flag reactions to the CS team",
                  "Host monthly live Q&As with our founders",
                  "Own organic social calendar and creator seeding"]),
            E("Email Marketing Specialist", "Glowfield Skincare", "Remote", "2022-01", "2023-07", "affecting",
              None, ["Klaviyo flows and weekly campaigns; revenue per recipient up 31%"]),
            E("Licensed Esthetician", "Serene Day Spa", "Scottsdale, AZ", "2017-05", "2021-12", "facing",
              "in_person_service", ["Facials, peels and waxing; 70% client rebooking rate"]),
            E("Student Worker", "Mesa Community College Bookstore", "Mesa, AZ", "2015-08", "2017-04", "facing",
              "in_person_service", []),
        ]),
        ("Licenses & Education", ["Arizona Esthetician License (2017)", "Associate of Arts, Mesa Community College (2017)"]),
    ]))
