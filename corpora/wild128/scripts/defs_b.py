"""wild128 résumés w016–w030 (all people, employers, addresses and numbers invented)."""
from lib import E, P, X, L, B, K

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    file="w016.txt",
    family="US profile-page copy-paste of a young worker with five stints of two to five months (agency peak season, gas station, diner, BBQ kitchen, solar door-knocking)",
    layout="txt, profile-site export (title / company · type / dates · duration / place), mon / 'Present'",
    r="txt", lay="linkedin",
    name="Tyler Brandt",
    head=["Looking for full-time work | Customer service • Warehouse • Food service",
          "Indianapolis, Indiana, United States"],
    date=dict(style="mon", present="Present", sep=" - "),
    bullet="•", viafmt="{org} (through {via})",
    opts=dict(hstyle="plain"),
    blocks=[
        P("About", "Hard worker, on time, learn fast. I've done a bit of everything the last two years and I'm "
          "ready for something steady with room to move up. Open to 1st or 2nd shift."),
        X("Experience", [
            E("Warehouse Associate", "Parcelwise Fulfillment", "Plainfield, Indiana, United States", "2025-10",
              "2025-12", "affecting", via="LaborLink Staffing", note="Seasonal", bullets=[
                  "Picked and packed customer orders during peak season; averaged 180 units an hour"]),
            E("Cashier", "QuickStop Fuel #214", "Indianapolis, Indiana, United States", "2025-07", "2025-09",
              "facing", "in_person_service", note="Part-time", bullets=[
                  "Register, lottery and tobacco sales with ID checks; opened the store at 5 a.m."]),
            E("Server", "Dolly's Pancake House", "Greenwood, Indiana, United States", "2025-04", "2025-06",
              "facing", "in_person_service", note="Part-time"),
            E("Line Cook", "Smoke Ring BBQ", "Indianapolis, Indiana, United States", "2025-01", "2025-03",
              "affecting", note="Full-time", bullets=[
                  "Ran the fryer and sides station; prepped brisket and pulled pork before service"]),
            E("Door-to-Door Sales Representative", "Brightpath Solar", "Indianapolis, Indiana, United States",
              "2024-08", "2024-12", "facing", "sales_account", note="Contract", bullets=[
                  "Knocked 80–100 doors a day to book in-home solar consultations",
                  "Set 22 appointments in my first month"]),
        ]),
        L("Education", ["Eastwood Township High School", "High School Diploma", "2019 - 2023"]),
        L("Licenses & certifications", ["ServSafe Food Handler", "Issued Jan 2025"]),
        L("Skills", ["Cash handling · Forklift (sit-down, in training) · Food prep · Spanish (basic)"]),
    ],
))

# ---------------------------------------------------------------- w017
G17 = "ShelfRight Merchandising Services, Pretoria East"
R.append(dict(
    file="w017.docx",
    family="South African CV: retrenched admin clerk rebuilding as merchandiser and weekend promoter (two roles at one company), now night-shift supervisor at a garage shop; Word heading styles",
    layout="docx, styles/title_org with employer heading for two roles, month / 'to date'",
    r="docx", lay="styles",
    name="Sipho Mahlangu",
    head=["Mamelodi East, Pretoria  |  Cell: 073 555 0126  |  sipho.mahlangu@webpost.co.za"],
    date=dict(style="month", present="to date", sep=" – "),
    hdr="title_org", bullet="•",
    opts=dict(font="Calibri", size=10.5, hstyle="h1", doctitle="CV - Sipho Mahlangu"),
    blocks=[
        K("Personal Details", [("Marital status", "Married"), ("Driver's licence", "Code 14"),
                               ("Home language", "isiNdebele (also English, Sepedi, Afrikaans)")]),
        P("Objective", "To grow into a retail or operations supervisor position with a stable company, using my "
          "admin background and my experience on the shop floor."),
        X("Work Experience", [
            E("Shift Supervisor", "Petrolink Quick Shop", "Mamelodi East", "2024-03", "present", "facing",
              "in_person_service", bullets=[
                  "In charge of the forecourt shop on night shift with two cashiers",
                  "Cash-up, safe drops, stock counts and ordering",
                  "Handle customer complaints and refunds"]),
            E("Promoter (weekends)", "ShelfRight Merchandising Services", "Pretoria East", "2023-01", "2024-02",
              "facing", "sales_account", grp=G17, bullets=[
                  "In-store tastings and demos for a juice brand, getting shoppers to try the new flavours",
                  "Reported daily sales to the brand rep"]),
            E("Merchandiser", "ShelfRight Merchandising Services", "Pretoria East", "2022-06", "2024-02",
              "affecting", grp=G17, bullets=[
                  "Packed shelves and built promotional displays in three supermarkets for our suppliers",
                  "Checked expiry dates and did stock counts for re-orders"]),
            E("Admin Clerk", "Ekhaya Mining Supplies (Pty) Ltd", "Witbank", "2015-01", "2022-04", "affecting",
              note="Reason for leaving: retrenched (company restructuring)", bullets=[
                  "Captured supplier invoices and customer orders received by email from the mines",
                  "Followed up deliveries with our drivers and updated the orders on Pastel",
                  "Filed delivery notes and proof of delivery"]),
        ]),
        X("Community Work", [
            E("Sunday School Teacher", "Holy Cross Congregation", "Mamelodi", "2010", "present", "facing",
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Teach a class of about 20 children every Sunday"]),
        ]),
        L("Education and Training", ["Grade 12 (Matric) – Rethabile Secondary School, 2009",
                                     "Certificate in Retail Supervision (NQF 5) – 2025",
                                     "Computer literacy (MS Office, Pastel Partner) – 2014"]),
        L("References", ["Mr P. Nkosi – Site Manager, Petrolink Quick Shop – 012 555 0148",
                         "Mrs A. van Wyk – Area Supervisor, ShelfRight – 012 555 0172"]),
    ],
))

# ---------------------------------------------------------------- w018
R.append(dict(
    file="w018.md",
    family="Scottish self-employed multi-drop courier with a food-delivery app before it, match-day stewarding alongside and a furloughed shop job; Markdown",
    layout="md, bold title line with employer and italic dates, mon / 'Present'",
    r="md", lay="md",
    name="Kieran McAllister",
    head=["Cathcart, Glasgow G44", "07700 900 651 | kieran.mcallister@scotmail.co.uk"],
    date=dict(style="mon", present="Present", sep=" to "),
    hdr="title_org", bullet="*",
    opts=dict(entry="bold", hardbreak=True),
    blocks=[
        P("About me", "Reliable driver who knows the south side inside out. I like being out and about and "
          "dealing with folk. Looking for a delivery or driver role with a guaranteed wage."),
        X("Work Experience", [
            E("Self-employed Multi-drop Courier", "Northlink Parcels", "Glasgow South", "2023-02", "present",
              "facing", "in_person_service", etype="freelance", bullets=[
                  "120–150 drops a day in my own van",
                  "Getting signatures, carding missed deliveries and sorting out neighbour drops with customers "
                  "at the door",
                  "Collecting returns from customers' homes"]),
            E("Food Delivery Rider", "Munchr", "Glasgow West End", "2021", "2023", "affecting", etype="freelance",
              bullets=["Bike deliveries from restaurants, nearly always left at the door"]),
            E("Match-day Steward (casual)", "Shawfield Rovers FC", "Rutherglen", "2018", "present", "facing",
              "other_facing", bullets=[
                  "Turnstiles and stand stewarding at home games: checking tickets, showing fans to their seats, "
                  "keeping gangways clear"]),
            E("Sales Assistant (zero hours)", "Clydeside Sports", "Braehead", "2019-05", "2020-12", "facing",
              "in_person_service", note="Furloughed, then let go in December 2020", bullets=[
                  "Trainers and football kits on the shop floor",
                  "Fitting running shoes using the gait analysis machine"]),
        ]),
        X("Volunteering", [
            E("Volunteer Driver", "Govanhill Community Pantry", "Glasgow", "2024", "present", "affecting",
              section="volunteer", etype="volunteer", bullets=[
                  "Collect surplus food from supermarkets on Sunday mornings and drop it at the pantry"]),
        ]),
        L("Education", ["Southside Academy – National 5s in English, Maths, PE and Business (2016)"]),
        B("Licences", ["Full UK driving licence – clean", "SIA door supervisor licence – 2019 (expired)"]),
    ],
))

# ---------------------------------------------------------------- w019
R.append(dict(
    file="w019.pdf",
    family="US returner after six years as her mother's caregiver: former restaurant manager, now PRN hospital registration and on-call banquet serving; reportlab with dates in a left column",
    layout="reportlab, dates-left column/title_org, mon. and year-only / 'Present'",
    r="rl", lay="datesleft",
    name="Renee Castellano",
    head=["Parma, OH 44134  ·  (216) 555-0184  ·  renee.castellano@getmail.net"],
    date=dict(style="mon.", present="Present", sep=" – "),
    hdr="title_org", bullet="•",
    opts=dict(font="Times", page="letter", size=10.5, hstyle="underline_bold", dcol=108, align="center",
              toprule=True, name_size=22),
    blocks=[
        P("Professional Summary", "Hospitality manager with six years running a busy Italian restaurant, back in "
          "the workforce after caring for my mother full time. I now work two part-time jobs, in hospital "
          "patient access and hotel banquets, and I'm looking for a full-time guest or patient services role."),
        X("Experience", [
            E("Patient Access Representative (PRN)", "Mercy Ridge Medical Center", "Parma, OH", "2024-05",
              "present", "facing", "in_person_service", bullets=[
                  "Register patients in the emergency department: ID, insurance, consent forms",
                  "Explain financial-assistance options to uninsured patients",
                  "Two to three evening shifts a week"]),
            E("Banquet Server (on call)", "Lakeshore Grand Hotel", "Cleveland, OH", "2024-06", "present", "facing",
              "in_person_service", bullets=["Weddings and corporate dinners of 80–400 guests",
                                            "Plated service, wine pours and clearing"]),
            E("Family Caregiver", None, None, "2018-03", "2024-04", "none", etype="unknown", bullets=[
                "Full-time care for my mother after her stroke (career break)"]),
            E("Restaurant Manager", "Sorrento's Trattoria", "Lakewood, OH", "2012", "2018", "facing",
              "in_person_service", bullets=[
                  "Ran front of house for a 120-seat restaurant with a team of 14",
                  "Handled guest complaints and large-party bookings",
                  "Scheduling, payroll and liquor inventory"]),
        ]),
        X("Volunteer", [
            E("Meal Delivery Volunteer", "Helping Hands Meal Delivery", "Parma, OH", "2019", "2023", "facing",
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Delivered hot lunches to homebound seniors twice a week and checked in on how they were doing"]),
        ]),
        L("Education", ["A.A.S., Hospitality Management — Lake Erie Community College, 2011"]),
        L("Certifications", ["ServSafe Manager — 2016 (expired 2021)", "Ohio TIPS alcohol server — 2024"]),
    ],
))

# ---------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx",
    family="US marketing coordinator laid off in 2021, now a freelance designer on a marketplace with a six-month agency contract in between; Word borderless table per job",
    layout="docx, table per job/org_title, mon / 'Present'",
    r="docx", lay="table",
    name="Jordan Okafor-Reyes",
    head=["Portland, OR 97214 | (503) 555-0172 | jordan@okaforreyes-design.com | portfolio: okaforreyes-design.com"],
    date=dict(style="mon", present="Present", sep=" – "),
    hdr="org_title", bullet="◦", viafmt="{org}, via {via}",
    opts=dict(font="Helvetica", size=10, page="letter", hstyle="caps", hcolor="333333", list_style=False,
              bullets_in_cell=True, center=True),
    blocks=[
        P("Profile", "Designer with a marketing background. Five years in-house at an outdoor brand, then four "
          "years running my own small design practice. Looking for an in-house brand designer role."),
        X("Experience", [
            E("Freelance Graphic Designer", "Self-employed", "Portland, OR", "2022-01", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Logos, packaging and brand kits for 40+ small businesses, most found through Pixelmarket",
                  "Run kickoff and review calls with each client and turn feedback around within 48 hours",
                  "Handle my own quotes, contracts and invoicing"]),
            E("Production Artist (6-month contract)", "Halvorsen Packaging Co.", "Tualatin, OR", "2023-04",
              "2023-09", "affecting", via="Cascade Creative Staffing", bullets=[
                  "Prepared print-ready packaging files: dielines, trapping, color separations",
                  "Checked proofs against brand guidelines before plates were made"]),
            E("Marketing Coordinator", "Redwood Outdoor Gear", "Portland, OR", "2016-06", "2021-12", "affecting",
              note="Laid off in the December 2021 restructuring", bullets=[
                  "Scheduled social posts and built email campaigns for a 60,000-subscriber list",
                  "Organized product photo shoots and wrote catalog copy"]),
            E("Barista", "Bean There Coffee", "Eugene, OR", "2013", "2016", "facing", "in_person_service"),
        ]),
        X("Volunteer", [
            E("Volunteer Designer", "Eastside Animal Rescue", "Portland, OR", "2019", "2021", "affecting",
              section="volunteer", etype="volunteer", bullets=[
                  "Designed adoption flyers, event posters and the shelter's quarterly newsletter"]),
        ]),
        L("Education", ["B.F.A., Graphic Design — Pacific Crest College of Art, 2016"]),
        L("Tools", ["Illustrator, InDesign, Photoshop, Figma, Esko ArtPro, Mailchimp"]),
    ],
))

# ---------------------------------------------------------------- w021
R.append(dict(
    file="w021.txt",
    family="South African security officer's work history typed into a job-portal text box: dates first, prose duties, labour-broker bottling job, seasonal farm work, an undated car-guard job",
    layout="txt, dates first then 'Title, Employer, Town', prose duties, yyyy-mm / 'to date'",
    r="txt", lay="plain",
    name="Elton Fortuin",
    head=["Groenheuwel, Paarl. Cell 084 555 0139. eltonfortuin@webpost.co.za"],
    date=dict(style="yyyy-mm", present="to date", sep=" - "),
    hdr="datefirst", dfsep=": ", viafmt="{org} (through {via})",
    opts=dict(hstyle="colon"),
    blocks=[
        X("Work experience", [
            E("Security Officer", "Boland Protection Services", "Paarl", "2022-05", "present", "facing",
              "other_facing", prose=True, bullets=[
                  "Posted at the Lemoenkloof Centre main entrance.",
                  "Access control, helping shoppers with directions and lost children, responding to incidents "
                  "and writing up the OB."]),
            E("Seasonal Farm Worker", "Vredenhof Fruit Farm", "Wellington", "2021-01", "2021-04", "none",
              prose=True, bullets=["Harvest season: picking and packing plums and table grapes."]),
            E("General Worker", "Drakenstein Bottling", "Paarl", "2019", "2020", "none",
              via="Kaapse Staffing, labour broker", prose=True, bullets=[
                  "Worked on the bottling line: loading empties, packing cases, cleaning the machines."]),
            E("Car Guard", "Independent", "Paarl Main Road", None, None, "facing", "other_facing",
              etype="freelance", dtext="About 2 years", prose=True, bullets=[
                  "Looked after cars outside the shops and helped people with parking and their shopping bags."]),
        ]),
        X("Community", [
            E("Neighbourhood Watch Patroller", "Groenheuwel Neighbourhood Watch", "Paarl", "2020", "present",
              "none", section="volunteer", etype="volunteer", prose=True, bullets=[
                  "Night foot patrols twice a month with the team, reporting anything suspicious to SAPS."]),
        ]),
        L("Qualifications", ["Grade 11 - Groenheuwel Secondary, 2016", "PSIRA Grade C (2022)",
                             "First Aid Level 1 (2023)"]),
        P("Languages", "Afrikaans, English"),
    ],
))

# ---------------------------------------------------------------- w022
R.append(dict(
    file="w022.pdf",
    family="US call-center veteran laid off when her site closed, then agency contracts (claims intake, chat support) and home-based 1099 support; 2-page fpdf2 résumé with pipe entry lines and page footer",
    layout="fpdf2, left 2-page/pipe, m/yyyy / 'Present'",
    r="fpdf", lay="left",
    name="LaToya Simmons",
    head=["Memphis, TN 38118", "(901) 555-0133  |  latoya.simmons@getmail.net"],
    date=dict(style="m/yyyy", present="Present", sep=" - "),
    hdr="pipe", bullet="✓", viafmt="{org} (via {via})",
    opts=dict(font="dvc", page="letter", size=10, hstyle="rule", accent=(90, 30, 90),
              footer="L. Simmons | Page {page}", egap=3.5, margin=18, justify=True),
    blocks=[
        P("Professional Summary", "Contact-center professional with 12+ years on the phones, in chat and behind "
          "the scenes in workforce management. When the CallPoint Memphis site closed in 2024 I went back to "
          "frontline work through agency contracts and now support customers from home as an independent "
          "contractor. I am looking for a W-2 role as a team lead, WFM analyst or senior agent."),
        B("Key Achievements", [
            "Kept a 4.7/5 customer satisfaction average across 9,000+ contacts since 2024",
            "Built the schedule model that cut CallPoint's overtime spend by 18% in 2019",
            "Trained 30+ new agents on de-escalation during peak storm season",
        ]),
        X("Professional Experience", [
            E("Remote Customer Support Agent (1099 contractor)", "HomeAgent Network", "Remote", "2025-02",
              "present", "facing", "contact_center", etype="freelance", bullets=[
                  "Take inbound calls for a streaming-TV client: billing, log-in problems and device "
                  "troubleshooting",
                  "Average 45 calls a shift with a 4.7/5 customer survey score",
                  "Pick my own schedule in 30-minute blocks through the HomeAgent portal"]),
            E("Chat Support Specialist", "Nimbus Telecom", "Remote", "2024-07", "2025-01", "facing",
              "digital_service", via="Apex Talent Partners", bullets=[
                  "Handled 3–4 web chats at once on orders, number porting and bill credits",
                  "Contract ended when the chat program moved offshore"]),
            E("Claims Intake Specialist (temp)", "Heartland Mutual", "Memphis, TN", "2024-03", "2024-06", "facing",
              "contact_center", via="Apex Talent Partners", bullets=[
                  "First-notice-of-loss calls after the spring storms: took details, opened claims and booked "
                  "adjuster visits"]),
            E("Workforce Analyst", "CallPoint Solutions", "Memphis, TN", "2016-08", "2024-02", "affecting",
              note="Laid off when the Memphis site closed", bullets=[
                  "Forecast call volumes and built agent schedules for a 400-seat center",
                  "Monitored real-time queues and moved agents between skills to hit service levels",
                  "Weekly staffing and service-level reports for client accounts"]),
            E("Customer Service Representative", "CallPoint Solutions", "Memphis, TN", "2012-05", "2016-07",
              "facing", "contact_center", bullets=[
                  "Inbound calls for a utility client: outages, payment arrangements, start/stop service",
                  "Top 10% of the floor for first-call resolution two years running"]),
        ]),
        L("Education", ["B.S., Business Administration (in progress, 60 credits) — Mid-South State University, "
                        "2019 – Present",
                        "Whitehaven Central High School — Diploma, 2010"]),
        L("Certifications", ["NICE IEX Workforce Management — 2018", "Six Sigma Yellow Belt — 2020",
                             "HDI Customer Service Representative — 2014"]),
        B("Skills", ["Genesys Cloud, Five9, Avaya, NICE IEX, Zendesk, Salesforce",
                     "Excel (forecast models, pivot tables), Power BI basics",
                     "De-escalation, retention conversations, clear written chat",
                     "Home office: hard-wired internet, noise-canceling headset, quiet dedicated space"]),
        L("References", ["Marcus Bell — Site Director, CallPoint Solutions (retired) — (901) 555-0150",
                         "Tanya Greer — Recruiter, Apex Talent Partners — (901) 555-0166"]),
    ],
))

# ---------------------------------------------------------------- w023
R.append(dict(
    file="w023.docx",
    family="Welsh returner after fifteen years raising a family (year-only break): former ward clerk and trainee dental nurse, now bank healthcare assistant booked through an agency; Word tab-stop dates",
    layout="docx, tabs/title_org, month and year-only / 'Present'",
    r="docx", lay="tabs",
    name="Gwen Pritchard",
    head=["Cardigan, Ceredigion SA43  •  07700 900 219  •  gwen.pritchard@cymru-mail.net"],
    date=dict(style="month", present="Present", sep=" – "),
    hdr="title_org", bullet="•", viafmt="{org} – booked through {via}",
    opts=dict(font="Cambria", size=11, hstyle="caps", hcolor="0B6E4F", list_style=True, name_size=20),
    blocks=[
        P("Personal Statement", "Warm, patient and bilingual (Welsh/English). I went back to work in January "
          "2025 after fifteen years at home with my family and I'd like a permanent post on a ward or in a "
          "GP surgery."),
        X("Employment History", [
            E("Healthcare Assistant (Bank)", "Glan Teifi Community Hospital", "Cardigan", "2025-01", "present",
              "facing", "healthcare_care", via="CareFlex Bank Staffing", bullets=[
                  "Bank shifts on the two rehabilitation wards: personal care, helping patients mobilise, "
                  "observations",
                  "Helping patients at mealtimes and keeping families updated at visiting time"]),
            E("Career Break – raising my family", None, None, "2009", "2024", "none", etype="unknown"),
            E("Ward Clerk", "Glan Teifi Community Hospital", "Cardigan", "2004-03", "2009-08", "facing",
              "in_person_service", bullets=[
                  "Ward reception: greeting visitors, answering the ward phone and booking patient transport",
                  "Kept patient notes and admission paperwork in order"]),
            E("Trainee Dental Nurse", "Priory Street Dental Practice", "Cardigan", "2001-09", "2004-02", "facing",
              "healthcare_care", bullets=[
                  "Chairside assisting, sterilising instruments and reassuring nervous patients"]),
        ]),
        X("Voluntary Work", [
            E("Reading Volunteer", "Ysgol y Frenni", "Crymych", "2016", "2020", "facing", "volunteering",
              section="volunteer", etype="volunteer", bullets=[
                  "Listened to Year 2 children read twice a week, in Welsh and English"]),
        ]),
        L("Qualifications", ["NVQ Level 3 Dental Nursing – 2003", "Care Certificate – 2025",
                             "GCSEs (8) – Ysgol Uwchradd Aberteifi, 2000"]),
        P("References", "Ward Sister E. Morgan, Glan Teifi Community Hospital; more on request."),
    ],
))

# ---------------------------------------------------------------- w024
R.append(dict(
    file="w024.md",
    family="US handyman on a task app after rideshare driving, earlier apartment maintenance and school night custodian, with overlapping National Guard service; Markdown",
    layout="md, h3 'Title – Employer, Place' with italic dates line, mm/yyyy and year-only / 'Present'",
    r="md", lay="md",
    name="Travis Dunlap",
    head=["Tulsa, OK 74112 · (918) 555-0108 · travis.dunlap@getmail.net"],
    date=dict(style="mm/yyyy", present="Present", sep=" – "),
    hdr="title_org", bullet="-",
    opts=dict(entry="h3_dash"),
    blocks=[
        P("Summary", "Handy, dependable and easy to deal with. Twelve years fixing things in people's homes and "
          "buildings. Looking for a maintenance or field-service job with benefits."),
        X("Experience", [
            E("Handyman (Independent Tasker)", "Taskly", "Tulsa, OK", "2022-03", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Furniture assembly, TV mounting and small repairs in customers' homes",
                  "Quote jobs and agree times with clients through the app chat; 4.9 stars over 600 tasks"]),
            E("Rideshare Driver", "Roamly", "Tulsa, OK", "2020", "2022", "facing", "in_person_service",
              etype="freelance"),
            E("Maintenance Technician", "Willow Creek Apartments", "Broken Arrow, OK", "2014-06", "2020-02",
              "facing", "other_facing", bullets=[
                  "Work orders in occupied units: HVAC, plumbing, appliances",
                  "Talked residents through what was wrong and when it would be fixed",
                  "Make-readies on vacant units"]),
            E("Overnight Custodian", "Pine Bluff Unified School District", "Sand Springs, OK", "2010-09",
              "2014-05", "none", bullets=["Cleaned and waxed floors in an empty middle school on the night shift"]),
        ]),
        X("Military Service", [
            E("Motor Transport Operator (88M)", "Army National Guard", "Tulsa, OK", "2008", "2014", "none",
              etype="military", bullets=[
                  "Drove and maintained cargo trucks for convoy operations; monthly drill weekends and annual "
                  "training"]),
        ]),
        B("Certifications", ["EPA Section 608 Universal – 2015", "OSHA 10 – 2019"]),
        P("Education", "Keystone Lake High School, Sand Springs, OK – diploma, 2008"),
    ],
))

# ---------------------------------------------------------------- w025
R.append(dict(
    file="w025.docx",
    family="Australian FIFO site administrator made redundant, then a delivery app, a two-month agency data-entry temp and casual hardware retail; Word layout table with shaded sidebar",
    layout="docx, sidebar layout table/org_title, mon / 'Current'",
    r="docx", lay="sidebar",
    name="Brooke Henderson",
    head=["Midland WA 6056", "0412 555 071", "brooke.henderson@ozpost.com.au"],
    date=dict(style="mon", present="Current", sep=" – "),
    hdr="org_title", bullet="›", viafmt="{org} (via {via})",
    opts=dict(font="Calibri", size=10, hstyle="caps", hcolor="8A4B08", shade="F3E9DC", list_style=False),
    blocks=[
        L("Licences & tickets", ["C class driver licence", "Forklift (LF) – Mar 2025", "White Card – 2015",
                                 "Senior First Aid – 2024"], side=True),
        L("Education", ["Certificate IV in Business Administration", "Swan Coastal College, 2013"], side=True),
        P("Referees", "Available on request", side=True),
        P("Summary", "Nearly ten years as a FIFO site administrator in the Pilbara, made redundant in November "
          "2024. Since then I've taken whatever came up while looking for the right permanent role back in "
          "Perth: admin, customer service or rostering."),
        X("Employment history", [
            E("Retail Assistant (casual)", "Tradeway Hardware", "Midland WA", "2025-03", "present", "facing",
              "in_person_service", bullets=[
                  "Helping customers find the right paint, plumbing or garden gear",
                  "Tills, returns and trade accounts at the front counter",
                  "Forklift in the timber yard loading customers' utes"]),
            E("Data Entry Operator (temp)", "Perth Regional Utilities", "Osborne Park WA", "2025-01", "2025-02",
              "affecting", via="Swan River Recruitment", bullets=[
                  "Keyed manual meter readings and corrected account records before the billing run"]),
            E("Delivery Rider", "GrubGo", "Perth CBD", "2024-12", "2025-02", "affecting", etype="freelance",
              bullets=["E-bike deliveries for the app while job hunting, contactless drops"]),
            E("Site Administrator (FIFO 2:1)", "Pilbara Iron Services", "Tom Price WA", "2015-02", "2024-11",
              "facing", "internal_support", note="Role made redundant Nov 2024", bullets=[
                  "Ran the site office front counter: crew queries on rosters, pay and flights",
                  "Booked flights and camp rooms for 250 FIFO workers",
                  "Timesheets, induction paperwork and safety stats"]),
            E("Receptionist", "Spinifex Motor Inn", "Karratha WA", "2012", "2014", "facing", "in_person_service",
              bullets=["Check-ins, bookings and tour enquiries for guests; night audit on weekends"]),
        ]),
    ],
))

# ---------------------------------------------------------------- w026
R.append(dict(
    file="w026.txt",
    family="Cornish seasonal and zero-hours worker: cottage changeovers, daffodil picking, beach café season, a Christmas bookshop temp, an undated bar job known only by its length; plain text",
    layout="txt, caps headings with rule/title with dates after spaces, then employer line, mon 'yy and year-only / 'present'",
    r="txt", lay="caps",
    name="Tamsin Roskilly",
    head=["Redruth, Cornwall TR15", "07700 900 586", "tamsin.roskilly@kernowmail.co.uk"],
    date=dict(style="mon'yy", present="present", sep=" – "),
    hdr="title_org", bullet="•",
    opts=dict(hstyle="caps_rule", rulechar="-", wrap=72, rsep="   "),
    blocks=[
        P("About me", "I've worked the Cornish seasons for years, whatever comes up: cafés, cottages, fields "
          "and shops. Now looking for something all year round, ideally a hotel or shop job in Truro or St "
          "Agnes."),
        X("Work", [
            E("Holiday Cottage Changeover Cleaner (zero hours)", "Kernow Coast Cottages", "St Agnes", "2023",
              "present", "affecting", bullets=[
                  "Saturday changeovers: clean, make up beds and restock 4–6 cottages between guests",
                  "Report breakages and maintenance jobs to the office"]),
            E("Daffodil Picker (seasonal)", "Trevenna Bulb Farm", "Camborne", "2025-01", "2025-03", "none",
              bullets=["Picking and bunching in the fields, paid by the crate"]),
            E("Christmas Temp – Bookseller", "Lemon Quay Books", "Truro", "2024-11", "2024-12", "facing",
              "in_person_service", bullets=[
                  "Recommending books, gift wrapping and tills in the busiest weeks of the year"]),
            E("Café Assistant (seasonal)", "Porthtowan Beach Café", "Porthtowan", "2024-04", "2024-10", "facing",
              "in_person_service", bullets=["Counter service, coffees and ice creams for beachgoers",
                                            "Cleaning down and cashing up at close"]),
            E("Bar Staff", "The Driftwood Inn", "Newquay", None, None, "facing", "in_person_service",
              dtext="6 months", bullets=["Between college years: busy summer pub, bar and glass collecting"]),
            E("Kitchen Assistant (term-time)", "St Agnes Primary School", "St Agnes", "2019-09", "2022-07",
              "affecting", bullets=["Food prep, washing up and cleaning the kitchen after lunch service"]),
        ]),
        L("Education", ["Level 2 Diploma in Hospitality – Carn Brea College, 2018 – 2019",
                        "Food Hygiene Level 2 – 2024"]),
        P("References", "From Kernow Coast Cottages and Porthtowan Beach Café on request."),
    ],
))

# ---------------------------------------------------------------- w027
R.append(dict(
    file="w027.pdf",
    family="Northern Irish building-society supervisor made redundant by a branch closure, now a temp-to-perm energy adviser through an agency with evening self-employed bookkeeping; reportlab, centred Times header, employer line first",
    layout="reportlab, plain centred/org_title, month / 'Present'",
    r="rl", lay="plain",
    name="Siobhán McCready",
    head=["Rosetta, Belfast BT6  ·  07700 900 447  ·  siobhan.mccready@ulstermail.co.uk"],
    date=dict(style="month", present="Present", sep=" – "),
    hdr="org_title", bullet="»", viafmt="{org} (through {via})",
    opts=dict(font="Times", size=10.8, align="center", hstyle="caps_rule", accent=(0.0, 0.0, 0.0),
              footer="Page {page}", toprule=False, name_size=21),
    blocks=[
        P("Profile", "Seventeen years in branch banking, most of them supervising the counter, until my branch "
          "closed in April 2025. I'm now back on the phones in an energy contact centre and doing small-business "
          "bookkeeping in the evenings. Looking for a team leader or complaints role."),
        X("Career History", [
            E("Customer Service Adviser (temp to perm)", "Lagan Energy", "Belfast", "2025-06", "present", "facing",
              "contact_center", via="Blackstaff Recruitment", bullets=[
                  "Inbound calls and webchat on gas and electricity accounts",
                  "Setting up payment plans for customers in arrears and adding vulnerable customers to the "
                  "priority services register",
                  "Made permanent after 13 weeks"]),
            E("Bookkeeper (self-employed, evenings)", "Self-employed", "Belfast", "2021", "present", "affecting",
              etype="freelance", bullets=[
                  "Year-end records and quarterly VAT returns for four sole traders",
                  "Bank reconciliations in Xero from statements and receipts"]),
            E("Branch Supervisor", "Northway Building Society", "Lisburn Road, Belfast", "2008-03", "2025-04",
              "facing", "in_person_service", note="Branch closed April 2025 – redundancy", bullets=[
                  "Supervised a counter team of five and served on the counter at busy times",
                  "Opened savings accounts and booked mortgage appointments for members",
                  "Dealt with complaints and bereavement cases with care"]),
            E("Cinema Cashier (part-time)", "Malone Road Picture House", "Belfast", "2004-09", "2008-02",
              "facing", "in_person_service"),
        ]),
        X("Voluntary Roles", [
            E("Club Treasurer", "Ormeau Park Runners", "Belfast", "2019", "2023", "none", section="volunteer",
              etype="volunteer", bullets=["Kept the club accounts and collected membership fees online"]),
        ]),
        L("Qualifications", ["AAT Level 4 Diploma in Professional Accounting – 2020",
                             "Certificate in Mortgage Advice and Practice (CeMAP) – 2012",
                             "A-Levels – Ravenhill Grammar School, 2004"]),
        P("References", "Available from Northway Building Society and Lagan Energy."),
    ],
))

# ---------------------------------------------------------------- w028
R.append(dict(
    file="w028.docx",
    family="Canadian newcomer from the Philippines: settlement gap, agency labouring, then a contact-centre job plus weekend cashier; international audit career; contact in the Word page header, employer line first",
    layout="docx, header/org_title, mon / 'Present'",
    r="docx", lay="header",
    name="Joel Villanueva",
    head=["Brampton, ON L6Y · 437-555-0191 · joel.villanueva@northmail.ca"],
    date=dict(style="mon", present="Present", sep=" – "),
    hdr="org_title", bullet="•", viafmt="{org} (agency: {via})",
    opts=dict(font="Calibri", size=10.5, page="letter", hstyle="h1", footer="Joel Villanueva – Résumé",
              list_style=True),
    blocks=[
        P("Summary of Qualifications", "Philippine CPA with seven years of audit experience and two years of "
          "Canadian customer-service experience. Strong with numbers, patient with people, and fully bilingual "
          "in English and Filipino."),
        X("Canadian Work Experience", [
            E("Customer Service Representative", "TrueNorth Mobile", "Mississauga, ON", "2024-05", "present",
              "facing", "contact_center", bullets=[
                  "Inbound calls on plans, roaming and device balances",
                  "Save desk for customers asking to cancel; 38% retention in 2025"]),
            E("Weekend Cashier", "Green Basket Grocery", "Brampton, ON", "2024-06", "present", "facing",
              "in_person_service", bullets=["Cash and self-checkout supervision on Saturdays and Sundays"]),
            E("General Labourer", "Mapleview Foods", "Bolton, ON", "2024-01", "2024-04", "none",
              via="NorthPeak Staffing", bullets=["Packaging line at a frozen-food plant, rotating shifts"]),
            E("Relocation to Canada and job search", None, None, "2023-08", "2023-12", "none", etype="unknown",
              bullets=["Settled in Brampton, completed an ESL bridging course and a Canadian workplace "
                       "orientation"]),
        ]),
        X("International Work Experience", [
            E("Senior Audit Associate", "Dela Paz & Partners CPAs", "Makati City, Philippines", "2016-06",
              "2023-07", "facing", "other_facing", bullets=[
                  "Led audit fieldwork at client offices for retail and BPO companies",
                  "Met client finance managers to walk through proposed adjustments and management letters",
                  "Supervised three junior auditors"]),
        ]),
        L("Education", ["B.S. Accountancy — Pasig Valley University, 2016",
                        "Certified Public Accountant (Philippines) — 2016",
                        "CPA Ontario PREP modules — in progress"]),
    ],
))

# ---------------------------------------------------------------- w029
R.append(dict(
    file="w029.pdf",
    family="US former paralegal back after four years at home: online test-prep tutoring, on-call substitute teaching and a seasonal essay-scoring contract; Google-Docs-style fpdf2, dates in brackets after the title",
    layout="fpdf2, left/title (dates) then employer, mon and year-only / 'Present'",
    r="fpdf", lay="left",
    name="Hannah Lindqvist",
    head=["Marietta, GA 30060", "(770) 555-0124 · hannah.lindqvist@getmail.net"],
    date=dict(style="mon", present="Present", sep=" – "),
    hdr="title_dates_org", bullet="•",
    opts=dict(font="dv", page="letter", size=9.8, hstyle="plain", accent=(40, 90, 160), hcaps=False,
              creator="Google Docs Renderer", producer="Skia/PDF m131", name_size=19),
    blocks=[
        P("Summary", "Former family-law paralegal who stepped back to raise two kids and has been teaching and "
          "tutoring part time since 2021. Looking for a full-time role in education, advising or client intake."),
        X("Experience", [
            E("Online Tutor – SAT/ACT Math", "Brainwave Tutoring", "Remote", "2021", "present", "facing",
              "education", etype="freelance", bullets=[
                  "Tutor high-school juniors and seniors one-on-one over video, 12–15 hours a week",
                  "Build practice plans and report progress to parents after each practice test"]),
            E("Substitute Teacher (on call)", "Riverside Unified School District", "Marietta, GA", "2023-08",
              "present", "facing", "education", bullets=[
                  "Cover K–8 classrooms two or three days a week from the teachers' lesson plans"]),
            E("Essay Scorer (seasonal, remote)", "Meridian Assessment Services", "Remote", "2024-04", "2024-06",
              "affecting", bullets=[
                  "Scored state-test writing responses against rubrics, 200+ papers a day, 94% agreement on "
                  "calibration checks"]),
            E("Stay-at-home Parent", None, None, "2017", "2021", "none", etype="unknown"),
            E("Paralegal", "Hargrove & Lin LLP", "Atlanta, GA", "2012-09", "2017-06", "facing", "other_facing",
              bullets=["Drafted discovery and pleadings for the family-law team",
                       "Ran client intake interviews and kept clients updated on their cases"]),
        ]),
        L("Education", ["Paralegal Certificate — Chattahoochee Ridge College, 2012",
                        "B.A., English — Allatoona College, 2011"]),
        L("Certifications", ["Georgia substitute teaching permit — 2023", "CPR/First Aid — 2025"]),
    ],
))

# ---------------------------------------------------------------- w030
R.append(dict(
    file="w030.txt",
    family="US multi-app delivery contractor (one entry for three apps) after a warehouse career, a tax-season job and youth coaching; ATS plain text with pipe lines",
    layout="txt, caps headings/pipe 'Title | Employer | Place | dates', mm/yyyy / 'Current'",
    r="txt", lay="caps",
    name="MARCUS REILLY",
    head=["Omaha, NE 68104 | (402) 555-0155 | marcus.reilly@getmail.net"],
    date=dict(style="mm/yyyy", present="Current", sep=" - "),
    hdr="pipe", bullet="-",
    opts=dict(hstyle="caps"),
    blocks=[
        P("Summary", "Self-starter with six years of independent delivery work and six years of warehouse "
          "experience including team lead. Looking for a route driver, dispatcher or warehouse supervisor job."),
        X("Work Experience", [
            E("Independent Delivery Contractor", "Self-employed", "Omaha, NE", "2020-03", "present", "facing",
              "in_person_service", etype="freelance", bullets=[
                  "Deliver for three apps (Dashly, GrubGo, PantryRun), 40-50 hours a week",
                  "Hand-deliver grocery orders and check ID for alcohol and pharmacy pick-ups",
                  "98% customer rating across 9,000+ deliveries"]),
            E("Seasonal Tax Preparer", "QuickRefund Tax Service", "Omaha, NE", "2023-01", "2023-04", "facing",
              "in_person_service", bullets=[
                  "Prepared simple 1040 returns for walk-in clients and explained refund timing and fees"]),
            E("Warehouse Team Lead", "Parcelwise Fulfillment", "Council Bluffs, IA", "2016-03", "2020-02",
              "affecting", bullets=["Led a shift of 12 pickers and packers; 99.6% order accuracy",
                                    "Trained new hires on scanners and safety"]),
            E("Package Handler", "Parcelwise Fulfillment", "Council Bluffs, IA", "2014-08", "2016-02", "affecting",
              bullets=["Loaded and unloaded trailers and sorted outbound parcels"]),
        ]),
        X("Volunteer", [
            E("Youth Baseball Coach", "Benson Little League", "Omaha, NE", "2018", "present", "facing",
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Coach a 10U team; run practices and talk with parents about playing time"]),
        ]),
        L("Education", ["Platte River Community College - coursework in Accounting, 2013 - 2014",
                        "Benson Heights High School - Diploma, 2013"]),
        L("Certifications", ["IRS Annual Filing Season Program - 2023", "Forklift certified - 2017"]),
        L("Skills", ["Route planning, Google Maps/Waze, cash handling, inventory scanners, Excel"]),
    ],
))
