"""w016-w030."""
from lib import E

R = []

R.append(dict(
    file="w016.docx", fmt="docx", layout="styles", order="title_org", dstyle="mon", present="Present", dash=" – ",
    family="British working-holiday maker in Nelson/Golden Bay, Word heading styles, vineyard harvest, kitchen hand who also served",
    name="Harriet Pembroke", contact=["Currently: Nelson, New Zealand", "+64 21 0839 4471", "harriet.pembroke@mailbox.co.uk",
                                       "UK passport · NZ Working Holiday Visa until Jan 2027"],
    blocks=[
        ("para", "A bit about me", "I'm 26, from Bristol, and a year into a working holiday in Aotearoa. Back home I spent three "
         "years on the shop floor of an outdoor retailer. Here I've picked grapes, washed a lot of dishes and now run the "
         "reception at a hostel. I'm after something for the summer season in Abel Tasman or Nelson."),
        ("jobs", "Experience", [
            E("Hostel Receptionist", "Tūī Backpackers", "Nelson", "2026-01", "present", [
                "Check-ins, bookings and the phone, selling Abel Tasman water taxis and kayak trips",
                "Keep the peace in the common room after 10pm and deal with lost keys at 2am"], "facing", "in_person_service"),
            E("Kitchen Hand", "The Shady Fantail Café", "Tākaka", "2025-06", "2025-10", [
                "Dishes, veg prep and cleaning down",
                "Jumped on the counter at lunch to take orders and make smoothies when it got busy"], "facing", "in_person_service"),
            E("Vineyard Hand", "Moutere Hills Vineyard", "Upper Moutere", "2025-03", "2025-05", [
                "Hand-picking for vintage, then leaf plucking and clearing nets"], "none"),
            E("Sales Assistant", "Harbourside Outdoors", "Bristol, UK", "2021-09", "2024-12", [
                "Advised customers on waterproofs, boots and camping kit; ran the boot-fitting area on Saturdays",
                "Click & collect, returns and the weekly delivery"], "facing", "in_person_service"),
        ]),
        ("jobs", "Volunteering", [
            E("Shop Volunteer", "Avon Hospice Shop", "Bristol, UK", "2019-06", "2021-08", [
                "Sorted and priced donations and worked the till one day a week"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Education", ["BA (Hons) Geography – University of the West of England, 2021", "Food Safety Level 2",
                               "NZ Licence Controller Qualification – booked"]),
        ("para", "References", "References available on request."),
    ]))

R.append(dict(
    file="w017.docx", fmt="docx", layout="tabs", order="orgfirst", dstyle="mon", present="Present", caps=True, tab=6.8,
    family="Hobart chef, Word tab-stop dates with employer headings and roles beneath, carvery and hospital catering, year-only apprenticeship",
    name="Matt Kearney", contact=["New Town TAS 7008", "0419 772 053", "matt.kearney@mailbox.com.au"],
    blocks=[
        ("para", "Career Objective", "Qualified chef (Cert III Commercial Cookery) with ten years in pub, hospital and à la carte "
         "kitchens. Looking for a sous chef position in Hobart."),
        ("jobs", "Employment History", [
            E("Chef de Partie", "The Wharf Room", "Hobart TAS", "2022-04", "present", [
                "Run the grill and larder sections for a 90-seat seafood restaurant",
                "Weekly ordering for my sections, stocktake, and training two apprentices"], "affecting"),
            E("Cook", "Derwent Valley Hotel", "New Norfolk TAS", "2019-08", "2022-03", [
                "Pub menu and counter meals, 150 covers on a Friday",
                "Sunday carvery: carved and served roasts to diners at the bain-marie"], "facing", "in_person_service"),
            E("Catering Assistant", "Southern Cross Private Hospital", "Hobart TAS", "2017-02", "2019-07", [
                "Delivered meal trolleys to the wards and took patients' menu choices at the bedside",
                "Tray line, dishwashing and kitchen cleaning"], "facing", "in_person_service"),
            E("Apprentice Cook", "Battery Point Bistro", "Hobart TAS", "2013", "2016", [
                "Four-year apprenticeship through all sections of a French bistro"], "affecting", etype="internship"),
        ]),
        ("list", "Qualifications", ["Certificate III in Commercial Cookery – TasTAFE, 2016", "Food Safety Supervisor",
                                    "RSA (TAS)", "Current Police Check"]),
        ("para", "Referees", "Referees available on request"),
    ]))

R.append(dict(
    file="w018.pdf", fmt="fpdf", layout="left", order="title_org", dstyle="month", present="Current", fs=10,
    footer="Daniel Whitford – Curriculum Vitae – Page {n}",
    family="Darwin licensing-shopfront senior client service officer, fpdf2 two pages with page footer, policy and admin roles",
    name="Daniel Whitford", contact=["Nightcliff NT 0810", "0487 230 119", "daniel.whitford@mailbox.com.au"],
    blocks=[
        ("para", "Career Objective", "Experienced NT public servant with six years of frontline shopfront and complaints work, "
         "seeking an AO5 Team Leader role in client services. I have also worked in policy and in private-sector "
         "administration, so I understand how decisions made upstairs land on the counter."),
        ("list", "Key Strengths", ["De-escalating aggressive or distressed clients", "Licensing and registration legislation",
                                   "Coaching new staff", "Clear written responses to complaints and Ministerials",
                                   "Cultural awareness – working with remote Aboriginal communities and interpreters"]),
        ("jobs", "Employment History", [
            E("Senior Client Service Officer (AO4)", "Territory Licensing Services", "Casuarina Office, Darwin NT", "2022-07", "present", [
                "Lead the counter team at a busy shopfront: driver licences, rego transfers, firearm and liquor permits",
                "De-escalate aggressive or distressed clients and make decisions on exemptions within delegation",
                "Coach and sign off new CSOs; run the morning huddle and queue management",
                "Arrange interpreters and flexible ID for clients from remote communities"], "facing", "in_person_service"),
            E("Client Service Officer (AO3, fixed-term)", "Territory Licensing Services", "Palmerston NT", "2020-10", "2022-06", [
                "Served walk-in clients for licences, registration and permits; cash and EFTPOS balancing"],
              "facing", "in_person_service"),
            E("Complaints Resolution Officer", "Top End Energy Retail", "Darwin NT", "2018-02", "2020-09", [
                "Investigated complaints escalated from the call centre and rang customers back with outcomes",
                "Wrote responses to the Utilities Commission and Ombudsman referrals",
                "Identified repeat billing faults and fed them back to the billing team"], "facing", "contact_center"),
            E("Policy Officer (AO5, temporary)", "Department of Regional Development", "Darwin NT", "2017-03", "2018-01", [
                "Drafted Ministerial briefs, Cabinet comments and discussion papers on regional housing",
                "Maintained the policy register and coordinated inter-agency comments"], "none"),
            E("Office Administrator", "Arafura Property Group", "Darwin NT", "2014-05", "2017-02", [
                "Accounts payable, filing, data entry of leases and diary management for the two directors"], "none"),
        ]),
        ("lines", "Education & Training", ["Bachelor of Arts (Politics) – Charles Darwin University, 2013",
                                           "Certificate IV in Government Investigations – 2019",
                                           "Aboriginal Cultural Awareness – 2021", "Mental Health First Aid – 2023"]),
        ("lines", "Clearances", ["Ochre Card (Working with Children)", "NT Police Check – 2026"]),
        ("para", "Referees", "Referees available on request. Two current referees can be provided at interview stage."),
    ]))

R.append(dict(
    file="w019.txt", fmt="txt", layout="plain", order="pipe", dstyle="mon", present="Now", pad=False, bullet="+",
    family="Sunshine Coast self-employed landscaper, plain text 'Title | Employer | Town' with dates after, traffic control and forklift",
    name="Jarrod Kemp", contact=["Nambour QLD 4560 | 0448 605 231 | jarrod@mailbox.net.au"],
    blocks=[
        ("para", "About", "Landscaper running my own small business for five years. Looking to go back to a steady job with a "
         "bigger landscaping or council parks crew. Happy to do maintenance or construction."),
        ("jobs", "Work Experience", [
            E("Owner / Landscaper", "Kemp's Yard & Garden", "Sunshine Coast", "2021-08", "present", [
                "Quote jobs on site and talk clients through plant choices, materials and price",
                "Turf, retaining walls, irrigation and a regular maintenance round of about 20 clients",
                "All my own invoicing, BAS and ordering"], "facing", "entrepreneurial_freelance", etype="freelance"),
            E("Traffic Controller", "Sunstate Traffic Management", "Sunshine Coast", "2019-01", "2021-07", [
                "Stop/slow and lane closures on highway upgrade works, mostly nights",
                "Set out signs to the TGS and packed down"], "none"),
            E("Landscape Labourer", "Green Horizon Landscapes", "Caloundra", "2017-03", "2018-12", [
                "Softscape and hardscape on new estates and display villages"], "none"),
            E("Forklift Driver", "Coastal Beverages Distribution", "Kunda Park", "2015-06", "2017-02", [
                "Loaded delivery trucks for pubs and bottle shops, stock rotation, LF licence"], "affecting"),
        ]),
        ("lines", "Tickets", ["White Card | Traffic Control + Implement TMP | LF Forklift | Chemcert | Open manual licence"]),
        ("para", "Referees", "Available on request"),
    ]))

R.append(dict(
    file="w020.docx", fmt="docx", layout="tabs", order="title_org", dstyle="month", present="to date", dash=" – ",
    family="Bendigo NDIS support coordinator, Word tab-stop dates with 'to date', plan management officer who also took participant calls",
    name="Emily Sarkis", contact=["Golden Square VIC 3555", "0421 887 610", "emily.sarkis@mailbox.com.au"],
    blocks=[
        ("para", "Summary", "NDIS Support Coordinator with eight years in the disability sector, from hands-on support work to plan "
         "management and coordination. Passionate about participant choice and control."),
        ("jobs", "Employment", [
            E("Support Coordinator", "Loddon Pathways Disability Services", "Bendigo VIC", "2023-01", "present", [
                "Caseload of 35 NDIS participants: help them use their plans, find and connect with providers, prepare for plan reviews",
                "Home visits and regular phone contact with participants, families and guardians",
                "Write progress reports for the NDIA and attend planning meetings"], "facing", "healthcare_care"),
            E("Plan Management Officer", "Goldfields Plan Partners", "Bendigo VIC", "2021-05", "2022-12", [
                "Processed provider invoices against participants' plan budgets in PRODA",
                "Answered participants' and providers' phone queries about budgets and payments",
                "Monthly budget statements"], "facing", "contact_center"),
            E("Disability Support Worker (casual)", "Bendigo Community Living", "Bendigo VIC", "2019-02", "2021-04", [
                "Personal care, community access and skill building in SIL houses and outreach"], "facing", "healthcare_care"),
            E("Retail Assistant", "Hargreaves Mall Newsagency", "Bendigo VIC", "2016-10", "2019-01", [], "facing", "in_person_service"),
        ]),
        ("list", "Qualifications", ["Diploma of Community Services – 2022", "Certificate IV in Disability – 2019",
                                    "NDIS Worker Screening Check", "Working with Children Check (VIC)"]),
        ("para", "Referees", "Referees available on request"),
    ]))

R.append(dict(
    file="w021.html", fmt="html", layout="plain", order="org_title", dstyle="mon", present="Present",
    css="body{font-family:Verdana,sans-serif;font-size:13px;margin:30px 60px}h2{background:#eee;padding:3px}.d{float:right}",
    family="Gisborne kaiārahi whānau (whānau navigator), HTML with employer line first, year-only reo Māori teaching, marae ringawera",
    name="Mereana Tāwhiri", contact=["Kaiti, Tūranganui-a-Kiwa / Gisborne", "027 440 1987", "mereana.tawhiri@mailbox.co.nz"],
    blocks=[
        ("para", "Whakapapa / Profile", "Ko Hikurangi te maunga, ko Waiapu te awa, ko Ngāti Porou te iwi. I walk alongside "
         "whānau to get what they need from housing, health and income services. Fluent in te reo Māori."),
        ("jobs", "Employment", [
            E("Kaiārahi Whānau – Whānau Navigator", "Te Rōpū Tautoko o Tūranga", "Gisborne", "2020-09", "present", [
                "Work with 25–30 whānau at a time on their own goals – housing, benefits, health appointments, school enrolments",
                "Advocate for whānau at MSD, Kāinga Ora and the hospital; sit in on hard hui",
                "Run kōrero groups for young mums at the marae"], "facing", "other_facing"),
            E("Kaiako Reo Māori (part-time)", "Te Wānanga o Tairāwhiti", "Gisborne", "2018", "2020", [
                "Taught evening beginner and intermediate te reo classes to adults"], "facing", "education"),
            E("Receptionist / Administrator", "Kaiti Law Chambers", "Gisborne", "2014-03", "2018-08", [
                "Front desk, phones and appointments for three lawyers; trust account receipting"], "facing", "in_person_service"),
        ]),
        ("jobs", "Voluntary Work", [
            E("Ringawera (volunteer)", "Whakarua Marae", "Tokomaru Bay", "2010", "present", [
                "In the kitchen for tangihanga, hui and weddings – peeling, hāngī, dishes, whatever is needed"],
              "affecting", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Qualifications", ["Te Pōkaitahi Reo (Level 5)", "NZ Certificate in Health and Wellbeing (Level 4) – Social and Community Services",
                                    "Full licence"]),
        ("para", "Referees", "Ka taea te tuku ina tonoa – available on request."),
    ]))

R.append(dict(
    file="w022.pdf", fmt="rl", layout="plain", order="orgfirst", dstyle="mon", present="Present", fs=12.5,
    footer="Graham Petersen – Page {n} of 3", caps=True,
    family="Wagga Wagga services-club venue manager, reportlab three pages with page footer, employer headings with roles beneath, army reserve, year-only older dates",
    name="Graham (Gus) Petersen", contact=["Kooringal NSW 2650", "0412 094 377", "gus.petersen@mailbox.com.au"],
    blocks=[
        ("para", "Career Objective", "Licensed club and hotel manager with twenty years in Riverina hospitality, looking for a "
         "General Manager or Operations Manager role with a community club. I like running a venue where members feel at home, "
         "staff stay, and the numbers add up. I am still happiest walking the floor on a Friday night."),
        ("list", "Career Highlights", [
            "Grew food and beverage revenue at the club by 34% over five years while holding wage costs steady",
            "Led the club's $2.1m bistro and function room refurbishment, on time and under budget",
            "Introduced a member feedback program that lifted renewals from 78% to 89%",
            "Zero liquor or gaming breaches in 12 years as Approved Manager / Licensee",
            "Mentored six supervisors into management roles across the Riverina"]),
        ("jobs", "Employment History", [
            E("Venue Manager", "Murrumbidgee Services Club", "Wagga Wagga NSW", "2018-03", "present", [
                "Responsible for bar, bistro, gaming, functions and the bowling greens – 46 staff, $6m turnover",
                "Budgeting, monthly P&L reporting to the board, and supplier negotiations",
                "Deal directly with members' complaints and feedback; host member nights and the ANZAC Day service",
                "Rostering and award compliance for full-time, part-time and casual staff",
                "Liquor and gaming compliance: incident registers, RCG practices, self-exclusion program",
                "Work with the board on the strategic plan and the new courtesy-bus contract",
                "Recruit, induct and train staff; run toolbox talks and WHS inspections"], "facing", "in_person_service"),
            E("Functions & Events Coordinator", "Murrumbidgee Services Club", "Wagga Wagga NSW", "2014-07", "2018-02", [
                "Met couples, families and organisers to plan weddings, wakes, presentations and conferences",
                "Quoted and booked functions, wrote run sheets, and ran the night on the floor",
                "Built relationships with local schools and sporting clubs, growing function bookings by 40%",
                "Coordinated catering with the head chef and casual staffing with the bar manager"],
              "facing", "in_person_service"),
            E("Bar Supervisor", "Railway Commercial Hotel", "Junee NSW", "2010", "2014", [
                "Supervised the public bar, lounge and TAB on busy race and footy days",
                "Ordering, cellar, cash-up and opening/closing the hotel",
                "Trained new bar staff in RSA and house policies"], "facing", "in_person_service"),
            E("Storeman / Driver", "Riverina Beverages", "Wagga Wagga NSW", "2006", "2010", [
                "Forklift work in the warehouse, picking orders for pubs and clubs",
                "Occasional relief runs on the delivery truck"], "affecting"),
            E("Rifleman (Reserve)", "Australian Army Reserve – 4th/3rd Battalion", "Wagga Wagga NSW", "2003", "2006", [
                "Part-time reserve service: infantry training, field exercises and a flood relief deployment"],
              "none", etype="military"),
        ]),
        ("lines", "Licences & Qualifications", [
            "Approved Manager / Licensee – NSW Liquor & Gaming (current)",
            "RSA and RCG Competency Cards (NSW) – current",
            "Diploma of Hospitality Management – TAFE NSW, 2015",
            "Certificate IV in Work Health and Safety – 2019",
            "First Aid & CPR – 2026",
            "Heavy Rigid (HR) licence"]),
        ("list", "Professional Development", [
            "ClubsNSW Club Management Development Program – 2019",
            "Leading Through Change – ClubsNSW, 2021",
            "Advanced Responsible Conduct of Gambling – 2022",
            "Cash flow and budgeting for club managers – 2023",
            "Mental Health First Aid – 2024"]),
        ("list", "Systems", ["Bepoz and SwiftPOS", "IGT gaming systems", "Deputy rostering", "Xero", "Microsoft Office"]),
        ("para", "Community Involvement", "Past president of the Kooringal Junior Cricket Club (2016–2020), Legacy fundraising "
         "committee, and I still call the numbers at the club's Thursday bingo when the regular caller is away."),
        ("para", "Referees", "Referees available on request. I am happy to provide the names of two board members and a former "
         "licensee once an interview has been arranged."),
    ]))

R.append(dict(
    file="w023.md", fmt="md", order="title_org", dstyle="month", present="current", dash=" – ",
    family="Brisbane psychology student, Markdown h3 title with dates in brackets, telefundraising, self-employed tutoring, research assistant",
    name="Hannah Liu", contact=["St Lucia QLD", "0466 120 345", "hannah.liu@mailbox.edu.au", "linkedin.com/in/hannahliu-bne"],
    blocks=[
        ("para", "Objective", "Third-year psychology student looking for casual or part-time work (15–20 hrs a week) in client "
         "services, intake or community programs while I finish my degree."),
        ("jobs", "Experience", [
            E("Fundraising Caller (casual)", "Good Cause Telefundraising", "Brisbane QLD", "2024-03", "present", [
                "Phone lapsed and current donors for charity clients (children's hospital, animal welfare) to renew or upgrade gifts",
                "Handle objections respectfully and update donor records; top of the team for conversions in 2025"],
              "facing", "contact_center"),
            E("Maths & English Tutor", "Self-employed", "Brisbane", "2022-02", "present", [
                "Weekly tutoring for six high school students at their homes and online; progress updates to parents"],
              "facing", "education", etype="freelance"),
            E("Retail Team Member", "Cotton Tree Clothing", "Indooroopilly QLD", "2021-11", "2024-02", [
                "Styled customers, ran the fitting rooms and processed sales and returns"], "facing", "in_person_service"),
            E("Research Assistant (casual)", "Moreton University – School of Psychology", "Brisbane QLD", "2025-07", "2025-12", [
                "Coded survey data in SPSS and did literature searches for a wellbeing study"], "none", section="other"),
        ]),
        ("list", "Education", ["Bachelor of Psychological Science (3rd year) – Moreton University",
                               "Senior – Kenmore State High School, 2021 (ATAR 93.4)"]),
        ("list", "Extras", ["Blue Card", "Mandarin (conversational)", "Mental Health First Aid 2025"]),
        ("para", "Referees", "Available on request"),
    ]))

R.append(dict(
    file="w024.docx", fmt="docx", layout="sidebar", order="title_org", dstyle="mon", present="Present",
    side=["Skills", "Languages", "Licences"], tagline="Personal Banker – Palmerston North",
    family="Palmerston North personal banker (Indian-born), Word two-column layout table with shaded sidebar, title-only service-station job",
    name="Rajesh Kumar", contact=["Hokowhitu, Palmerston North", "022 015 8846", "raj.kumar@mailbox.co.nz"],
    blocks=[
        ("list", "Skills", ["Account opening & KYC / AML", "KiwiSaver and card products", "Complaint resolution", "Cash handling"]),
        ("list", "Languages", ["English", "Hindi", "Punjabi"]),
        ("list", "Licences", ["Full NZ licence"]),
        ("para", "Profile", "Friendly and dependable banker with seven years of service in banking and energy. Known for turning "
         "a routine visit into a proper conversation about what a customer actually needs."),
        ("jobs", "Work Experience", [
            E("Personal Banker", "Tōtara Bank", "Palmerston North", "2021-10", "present", [
                "Meet customers by appointment to open accounts, set up KiwiSaver and card products, and refer home loan enquiries",
                "Help older customers move to online banking and spot scam red flags"], "facing", "in_person_service"),
            E("Customer Service Representative – Teller", "Tōtara Bank", "Palmerston North", "2019-06", "2021-09", [
                "Deposits, withdrawals, bank cheques and foreign currency at the counter"], "facing", "in_person_service"),
            E("Contact Centre Consultant", "Ruahine Power", "Palmerston North", "2017-08", "2019-05", [
                "Inbound calls on bills, moving house and payment plans; outbound welcome calls"], "facing", "contact_center"),
            E("Service Station Attendant", "Northway Fuel", "Feilding", "2015-01", "2017-07", [], "facing", "in_person_service"),
        ]),
        ("lines", "Education", ["Bachelor of Commerce – Panjab University, 2014", "NZ Certificate in Financial Services (Level 5) – 2022"]),
        ("para", "Referees", "Available on request"),
    ]))

R.append(dict(
    file="w025.docx", fmt="docx", layout="sidebar", nested=True, order="title_org", dstyle="m/yyyy", present="Current",
    dash=" - ", side=["Licences", "Skills"], tagline="MC driver – Dubbo and Central West",
    family="Dubbo truck driver, Word shaded sidebar layout table with a nested table per job, m/yyyy dates, removalist and linehaul",
    name="Wayne Harrop", contact=["Dubbo NSW 2830", "0428 331 760", "wayne.harrop@mailbox.com"],
    blocks=[
        ("list", "Licences", ["MC licence", "Forklift LF", "Dangerous Goods", "White Card"]),
        ("list", "Skills", ["Clean driving record", "Logbook / EWD", "Load restraint", "Customer friendly"]),
        ("para", "About Me", "Driver with 15 years on the road and in the yard. Currently on multi-drop around Dubbo, looking for "
         "a local day role with a bit more time at home."),
        ("jobs", "Work History", [
            E("Multi-drop Delivery Driver", "Western Plains Couriers", "Dubbo NSW", "2021-02", "present", [
                "Up to 60 drops a day to homes and businesses around Dubbo, Wellington and Narromine",
                "Get signatures, sort out missed deliveries and damaged parcels with customers at the door"],
              "facing", "in_person_service"),
            E("Linehaul Driver (MC)", "Macquarie Transport", "Dubbo NSW", "2016-05", "2021-01", [
                "Overnight B-double runs Dubbo to Sydney and return; EWD, load restraint, pre-trips"], "affecting"),
            E("Removalist", "Orana Removals & Storage", "Dubbo NSW", "2013-09", "2016-04", [
                "Packed and moved households, walked clients through the inventory on move day and set furniture up where they wanted"],
              "facing", "in_person_service"),
            E("Storeperson", "Dubbo Rural Supplies", "Dubbo NSW", "2011-01", "2013-08", [], "affecting"),
        ]),
        ("para", "Referees", "Referees available on request"),
    ]))

R.append(dict(
    file="w026.pdf", fmt="fpdf", layout="centred", order="title_org", dstyle="mon", present="Present", bullet="◦",
    family="Launceston early childhood educator, fpdf2 centred header, OSHC, private nanny and swim-teaching history",
    name="Chloe Anderson", contact=["Launceston TAS 7250", "0405 882 194", "chloe.anderson@mailbox.com.au"],
    blocks=[
        ("para", "Career Objective", "Diploma-qualified educator who believes in play-based learning and strong partnerships with "
         "families. Seeking a Room Leader position in a long day care or kindergarten setting."),
        ("jobs", "Experience", [
            E("Early Childhood Educator (Diploma)", "Little Wombats Early Learning Centre", "Launceston TAS", "2022-01", "present", [
                "Plan and document the program for the 3–4 year old room (EYLF V2.0)",
                "Share daily updates and observations with families in Storypark and at pick-up",
                "Support children with additional needs alongside the inclusion support worker"], "facing", "education"),
            E("OSHC Educator (casual)", "Riverside Primary OSHC", "Launceston TAS", "2020-02", "2021-12", [
                "Before and after school care and vacation care; craft, sport and homework club"], "facing", "education"),
            E("Nanny", "Private family", "West Launceston", "2018-06", "2020-01", [
                "Full-time care of two children (1 and 4): meals, routines, kinder drop-off and activities"], "facing", "education"),
            E("Swim Teacher (casual)", "Tamar Aquatic & Leisure", "Launceston TAS", "2016-10", "2019-03", [
                "Taught learn-to-swim classes from babies to school age"], "facing", "education"),
        ]),
        ("list", "Qualifications", ["Diploma of Early Childhood Education and Care – 2021", "Working with Vulnerable People (TAS)",
                                    "First Aid, Asthma & Anaphylaxis – 2026", "AUSTSWIM Teacher of Swimming and Water Safety"]),
        ("para", "Referees", "Referees are available on request."),
    ]))

R.append(dict(
    file="w027.html", fmt="html", layout="plain", order="dateline", dstyle="month", present="Present",
    css="body{font-family:Calibri,Arial;max-width:700px;margin:auto}h1{text-align:center}.contact{text-align:center}h2{border-bottom:2px solid #333}",
    family="Samoan security officer in South Auckland, HTML with title, employer and dates on separate lines, RSE orchard seasons",
    name="Iosefa Leota", contact=["Māngere East, Auckland", "021 773 0461", "iosefa.leota@mailbox.co.nz"],
    blocks=[
        ("para", "Profile", "Licensed security officer (COA) with six years in retail security. Strong, calm and respectful. "
         "I came to New Zealand on the RSE scheme and stayed on with my family."),
        ("jobs", "Work Experience", [
            E("Security Officer", "Kaitiaki Security Services", "Manukau Central mall, Auckland", "2020-05", "present", [
                "Patrol the mall, help shoppers with directions, lost children and first aid",
                "Talk down and remove shoplifters and trespassed people, write incident reports for police"],
              "facing", "other_facing"),
            E("Commercial Cleaner (nights)", "Sparkle Clean NZ", "Auckland", "2018-02", "2020-04", [
                "Cleaned offices and bathrooms after hours, alone or with one other cleaner"], "none"),
            E("Seasonal Worker (RSE scheme)", "Hawke's Bay Orchards Ltd", "Hastings", "2015", "2017", [
                "Apple thinning, picking and pruning for three seasons"], "none"),
        ]),
        ("jobs", "Church", [
            E("Sunday School Teacher (volunteer)", "CCCS Māngere", "Māngere", "2019", "present", [
                "Teach Bible lessons and songs to children aged 5–10 every Sunday, prepare them for White Sunday"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Licences", ["Certificate of Approval (Security) – current", "First Aid Level 2", "Full licence"]),
        ("para", "References", "Available on request"),
    ]))

R.append(dict(
    file="w028.docx", fmt="docx", layout="styles", order="title_org", dstyle="mon", present="Present", dash=" - ", hlevel=1,
    family="Whanganui district council customer services officer, Word heading styles, parking officer and library roles, debtor calls",
    name="Ngaire Hutchings", contact=["Gonville, Whanganui 4501", "027 660 2384", "ngaire.hutchings@mailbox.co.nz"],
    blocks=[
        ("para", "Career Objective", "Council customer services officer looking for a Team Leader role. Ten-plus years dealing "
         "with the public in local government – at the counter, on the phone and out on the street."),
        ("jobs", "Employment History", [
            E("Customer Services Officer", "Awa District Council", "Whanganui", "2021-03", "present", [
                "Counter and phone service for rates, dog registration, building consent and rubbish queries",
                "Log service requests and follow up with the teams; take payments"], "facing", "in_person_service"),
            E("Parking Officer", "Awa District Council", "Whanganui", "2018-09", "2021-02", [
                "Enforced parking in the CBD and around schools",
                "Dealt with upset motorists on the street and helped visitors with directions and parking"],
              "facing", "other_facing"),
            E("Library Assistant (fixed-term)", "Awa District Libraries", "Whanganui", "2017-01", "2018-08", [
                "Issues and returns, library cards, and Wednesday storytime for preschoolers"], "facing", "in_person_service"),
            E("Accounts Assistant", "Castlecliff Timber Ltd", "Whanganui", "2014-02", "2016-12", [
                "Accounts receivable and month-end statements",
                "Rang trade customers with overdue accounts to arrange payment"], "facing", "contact_center"),
        ]),
        ("list", "Training", ["NZ Certificate in Business (Level 4)", "Local Government customer service – 2022",
                              "Parking enforcement warranted officer (2018)"]),
        ("para", "Referees", "Referees available on request"),
    ]))

R.append(dict(
    file="w029.txt", fmt="txt", layout="caps", order="orgfirst", orgcaps=True, dstyle="mon", present="Present", dash=" - ",
    family="Western Sydney tier-2 NBN technical support, plain text with employer headings in capitals and roles beneath, contractor field technician",
    name="Kieran Walsh", contact=["Merrylands NSW 2160", "0497 112 608", "kieran.walsh@mailbox.com.au"], bullet="-",
    blocks=[
        ("para", "Summary", "Technical support consultant who has installed the gear as well as supported it over the phone. "
         "Good at explaining tech to non-tech people."),
        ("jobs", "Work Experience", [
            E("Technical Support Consultant (Tier 2)", "Coastline Broadband", "Sydney NSW", "2022-05", "present", [
                "Inbound tech support for NBN, fixed wireless and 5G home internet",
                "Remote modem diagnostics, line tests and raising faults with the wholesaler",
                "Call customers back to confirm fixes"], "facing", "contact_center"),
            E("Field Technician (contractor)", "Lightpath Installations", "Sydney NSW", "2019-03", "2022-04", [
                "Installed NBN connection boxes and modems in customers' homes and showed them how to get online",
                "ABN contractor, 6–8 jobs a day"], "facing", "other_facing", etype="freelance"),
            E("Warehouse Assistant", "Lightpath Installations", "Sydney NSW", "2018-06", "2019-02", [
                "Kitted modems for installers, processed returns and tested faulty units"], "affecting"),
            E("Sales Assistant", "Megabyte Electronics", "Parramatta NSW", "2015-11", "2018-05", [
                "Sold laptops, phones and TVs and set up devices for customers at the tech bench"], "facing", "in_person_service"),
        ]),
        ("lines", "Education", ["Certificate IV in Information Technology (Networking) – TAFE NSW 2018",
                                "Open Cabling Registration"]),
        ("para", "Referees", "Referees available on request"),
    ]))

R.append(dict(
    file="w030.pdf", fmt="rl", layout="twocol", order="dash", dstyle="mon", present="Present", bullet="–",
    tagline="Pharmacy Assistant",
    family="Griffith pharmacy assistant, reportlab two-column header, back-dispensary packing role, summer café season and op-shop volunteering",
    name="Bianca Moretti", contact=["Griffith NSW 2680", "0414 290 753", "bianca.moretti@mailbox.com.au"],
    blocks=[
        ("para", "Career Objective", "Pharmacy Assistant (Cert III Community Pharmacy) with six years in a busy community pharmacy, "
         "hoping to move into a dispensary technician traineeship."),
        ("jobs", "Work History", [
            E("Pharmacy Assistant", "Banna Avenue Pharmacy", "Griffith NSW", "2020-08", "present", [
                "Serve customers, recommend products within S2/S3 guidelines and refer to the pharmacist",
                "Handle scripts in and out at the counter, Medicare and PBS safety net queries"], "facing", "in_person_service"),
            E("Dispensary Assistant (Webster packing)", "Banna Avenue Pharmacy", "Griffith NSW", "2019-03", "2020-07", [
                "Packed dose administration aids for three aged care homes in the back dispensary",
                "Labelling, checking stock levels and filing scripts"], "affecting"),
            E("Café All-rounder", "Riverina Café", "Leeton NSW", "2016-12", "2017-02", [
                "Counter, coffee and tables over the school holidays"], "facing", "in_person_service", dates="Summer 2016/17"),
        ]),
        ("jobs", "Volunteer Work", [
            E("Volunteer", "St Clare's Op Shop", "Griffith NSW", "2017-05", "2019-02", [
                "Served customers on the till on Saturdays and sorted donations"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["Certificate III in Community Pharmacy – 2021", "HSC – Marian Catholic College, 2018"]),
        ("para", "Referees", "Referees available on request."),
    ]))
