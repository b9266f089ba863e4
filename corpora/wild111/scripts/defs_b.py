"""Résumés w016–w030 (fictional)."""
from lib import E

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    id="w016", ext="pdf", renderer="fpdf2", layout="plain", hdr="title_org", dates="month", present="Present",
    family="US teacher turned instructional designer, fpdf2 centred single column, month dates",
    name="Renee Castellanos", page="letter",
    contact=["Brookhaven Falls, TX · (254) 555-0139 · renee.castellanos@mailbox.com · linkedin.com/in/reneecast"],
    sections=[
        ("Summary", "Former elementary teacher (7 years) now designing e-learning for corporate training teams."),
        ("Experience", [
            E("Instructional Designer", "Lumenpath Learning", "Remote", "2022-08", "present", "affecting", None, [
                "Build Articulate Storyline modules from approved storyboards for compliance and onboarding courses",
                "Work with internal project managers and QA to hit release dates",
                "Rewrote the accessibility checklist used on every course"]),
            E("5th Grade Teacher", "Pecan Creek Elementary", "Brookhaven Falls, TX", "2015-08", "2022-06", "facing",
              "education", ["Taught all core subjects to classes of 24", "Grade-level lead 2019–2022"]),
            E("Reading Tutor (part-time)", "BrightSteps Learning Center", "Brookhaven Falls, TX", "2016-06",
              "2019-08", "facing", "education", ["Evening and summer small-group reading intervention"]),
            E("Student Teacher", "Mesquite Hill Elementary", "Dalworth, TX", "2015-01", "2015-05", "facing",
              "education", [], etype="internship"),
        ]),
        ("Education", ["B.S. Interdisciplinary Studies (EC-6), Central Plains University, 2015",
                       "Certificate in Instructional Design, 2022"]),
        ("Tools", ["Articulate 360, Camtasia, Canva, Moodle, SCORM"]),
    ]))

# ---------------------------------------------------------------- w017
R.append(dict(
    id="w017", ext="docx", renderer="docx", layout="styles", hdr="at", dates="mon", present="Present",
    docx=["styles"],
    family="New Zealand graphic designer, Word heading styles, 'Title at Employer' lines with tab-stop dates",
    name="Hemi Walker",
    contact=["Ōtaki Junction · 027 555 4410 · hemi.walker@mailbox.co.nz · hemiwalker.design"],
    sections=[
        ("Skills", ["Packaging, brand identity, social content", "Illustrator, InDesign, Figma, After Effects"]),
        ("Experience", [
            E("Graphic Designer", "Kauri & Co Creative", "Ōtaki Junction", "2021-11", "present", "affecting", None, [
                "Design packaging, point-of-sale and social posts for food and beverage brands",
                "Briefs come through our account managers; I turn around 15–20 jobs a week",
                "Prepare print-ready artwork and check proofs"]),
            E("Freelance Designer", "Self-employed", None, "2019-06", "2021-10", "facing",
              "entrepreneurial_freelance", [
                  "Quoted and took briefs directly from small-business clients; logos, menus, signage",
                  "Presented concepts and managed revisions with clients"], etype="freelance"),
            E("Print Operator", "Inkwell Print & Copy", "Levin Park", "2017-02", "2019-05", "facing",
              "in_person_service", [
                  "Ran the digital press and finishing",
                  "Served walk-in customers at the counter and fixed their files"]),
            E("Retail Assistant", "The Paper Crane Stationers", "Levin Park", "2015", "2016", "facing",
              "in_person_service", []),
        ]),
        ("Education", ["Bachelor of Design (Visual Communication), 2017"]),
    ]))

# ---------------------------------------------------------------- w018
R.append(dict(
    id="w018", ext="html", renderer="html", layout="web", hdr="pipe", dates="mon", present="Present",
    family="Canadian truck dispatcher from Punjab, HTML page, pipe-separated title, employer and town line with dates",
    name="Harjit Singh Gill",
    contact=["Maple Hollow, BC", "604-555-0177", "harjit.gill@mailbox.ca"],
    sections=[
        ("Work Experience", [
            E("Dispatcher", "Northwind Freightways", "Maple Hollow, BC", "2021-09", "present", "facing",
              "contact_center", [
                  "Assign loads to 40 drivers and plan cross-border trips",
                  "Update shippers on ETAs and delays by phone and email",
                  "Handle driver hours-of-service and breakdown calls"]),
            E("Long Haul Truck Driver (Class 1)", "Northwind Freightways", "Maple Hollow, BC", "2016-04", "2021-08",
              "affecting", None, ["Dry van and reefer runs BC–Alberta–US, clean record"]),
            E("Taxi Driver", "Maple Hollow Cabs", "Maple Hollow, BC", "2013-05", "2016-03", "facing",
              "in_person_service", []),
            E("Farm Worker", "Gill Family Farm", None, "2008", "2012", "none", None,
              ["Wheat and rice farming, tractor operation"]),
        ]),
        ("Licences", ["Class 1 with air brakes endorsement", "TDG certificate"]),
        ("Languages", ["English, Punjabi, Hindi"]),
    ]))

# ---------------------------------------------------------------- w019
R.append(dict(
    id="w019", ext="pdf", renderer="reportlab", layout="twopage", hdr="title_org", dates="month", present="Present",
    serif=True, footer="Fiona MacAllister  |  page {n} of 2", caps=True,
    family="Scottish hotel general manager, reportlab two-page CV (serif) with page footer",
    name="Fiona MacAllister",
    contact=["Inverbrora, Sutherlandshire  ·  07700 900733  ·  fiona.macallister@mailbox.co.uk"],
    sections=[
        ("Profile", "General manager of a 48-bedroom country house hotel. Twenty years in hotels, from housekeeping "
                    "and reservations to revenue and front office, with a strong record on guest satisfaction, "
                    "staff retention and profitability in a seasonal Highland market."),
        ("Key achievements", ["• Guest review score raised from 8.4 to 9.3 in two seasons",
                              "• GOP up 6 points in 2023 while paying staff above the Real Living Wage",
                              "• Opened the hotel for year-round trading in 2021"]),
        ("Career history", [
            E("General Manager", "The Glen Orrin Hotel", "Inverbrora", "2018-04", "present", "facing",
              "in_person_service", [
                  "Lead a team of 60 across rooms, restaurant, events and maintenance",
                  "Meet guests daily at breakfast and deal personally with any escalated complaint",
                  "Own budgets, forecasts and capital plan with the owners",
                  "Weddings and exclusive-use sales with the events coordinator"]),
            E("Front Office Manager", "Harbour View Hotel", "Portcraigie", "2014-02", "2018-03", "facing",
              "in_person_service", [
                  "Ran reception, concierge and night audit for 120 rooms",
                  "Check-in standards and upselling training for the desk team"]),
        ]),
        ("", ["<pb>"]),
        ("Career history (continued)", [
            E("Revenue Manager", "Cairnmore Hotels Group", "Edinbraid", "2011-06", "2014-01", "affecting", None, [
                "Set room rates and restrictions for five hotels",
                "Weekly pick-up and forecast reports for the GMs"]),
            E("Reservations Agent", "Cairnmore Hotels Group", "Edinbraid", "2008-09", "2011-05", "facing",
              "contact_center", ["Phone and email bookings for group hotels; top converter 2010"]),
            E("Housekeeping Assistant", "Inverbrora Lodge", "Inverbrora", "2006-05", "2008-08", "affecting", None,
              ["Servicing bedrooms and public areas"]),
        ]),
        ("Education", ["HND Hospitality Management, Highland College, 2008", "Personal Licence holder"]),
        ("Interests", "Hill running, Gaelic choir, cooking."),
    ]))

# ---------------------------------------------------------------- w020
R.append(dict(
    id="w020", ext="docx", renderer="docx", layout="tabs", hdr="title_org", dates="mon.", present="Till Date",
    docx=["tabs"], bullet="➢",
    family="Indian pharma sales manager, plain Word with tab-stop dates and arrow bullets",
    name="Vikram Choudhary",
    contact=["House No. 48, Sector 7, Rampur Kalan", "Mob: +91 94140 55231 | vikram.choudhary@mailbox.in"],
    sections=[
        ("Objective", "To lead a high-performing field force in a reputed pharmaceutical organisation."),
        ("Work Experience", [
            E("Area Business Manager", "Suraksha Healthcare Ltd.", "Rampur Kalan HQ", "2021-04", "present", "facing",
              "sales_account", [
                  "Leading a team of 8 Medical Representatives across 3 districts",
                  "Joint field work with MRs to doctors and key chemist accounts",
                  "Achieved 112% of annual target in FY 2024-25"]),
            E("Medical Representative", "Suraksha Healthcare Ltd.", "Devgarh Road", "2017-06", "2021-03", "facing",
              "sales_account", ["Detailing cardiac and diabetic brands to 180 doctors; chemist and stockist visits"]),
            E("Medical Representative", "Arogya Lifesciences Pvt. Ltd.", "Devgarh Road", "2015-02", "2017-05", "facing",
              "sales_account", []),
            E("Management Trainee – Marketing", "Arogya Lifesciences Pvt. Ltd.", "Jodhgarh", "2014-06", "2015-01",
              "affecting", None, ["Market research on competitor brands; prepared visual aids and leave-behinds"],
              etype="internship"),
        ]),
        ("Academic Qualification", ["MBA (Marketing), Jodhgarh Institute of Management, 2014",
                                    "B.Sc. (Biology), 2012"]),
        ("Personal Details", ["Father's Name: Sh. Raghunath Choudhary", "DOB: 02.09.1990"]),
    ]))

# ---------------------------------------------------------------- w021
R.append(dict(
    id="w021", ext="txt", renderer="txt", layout="plain", hdr="dash", dates="apos", present="Now",
    right="pad", bullet="*",
    family="Irish young worker with short jobs and delivery app work, plain text, 'Title – Employer, Town' and '24 dates",
    name="Ciarán Doyle",
    contact=["Kilbrannagh, Co. Laois | 085 555 0932 | ciaran.doyle@mailbox.ie"],
    sections=[
        ("About", "19, finished the Leaving Cert in 2022, looking for full-time work in a shop or warehouse. "
                  "Full driving licence, own car."),
        ("WORK", [
            E("Delivery Rider", "ScootEats (self-employed)", "Kilbrannagh", "2024-03", "present", "affecting", None, [
                "Collect orders from restaurants and leave them at the door (contactless)",
                "Evenings and weekends"], etype="freelance"),
            E("Warehouse Operative (agency)", "Kestrel Fulfilment", "Rathcullen", "2023-10", "2024-01",
              "affecting", None, ["Picking and packing online orders for the Christmas peak"]),
            E("Christmas Temp – Sales Assistant", "Mulvey's Department Store", "Kilbrannagh", "2022-11", "2022-12",
              "facing", "in_person_service", ["Tills and fitting rooms, late-night shopping shifts"]),
            E("Kitchen Porter", "The Anchor Inn", "Kilbrannagh", "2022-06", "2023-09", "affecting", None, [
                "Washing up, veg prep, keeping the kitchen clean"]),
            E("Usher", "Kilbrannagh Arts Centre", "Kilbrannagh", "2021-06", "2021-08", "facing", "in_person_service",
              ["Checked tickets, showed people to seats, helped at the bar at the interval"], dtext="Summer '21"),
        ]),
        ("OTHER", ["Safe Pass, Manual Handling", "Play Gaelic football with Kilbrannagh GAA"]),
    ]))

# ---------------------------------------------------------------- w022
R.append(dict(
    id="w022", ext="pdf", renderer="fpdf2", layout="twocol", hdr="title_org", dates="mm/yyyy", present="present",
    family="Australian senior physiotherapist and clinical educator, fpdf2 two-column header, overlapping roles",
    name="Leanne Okafor", tagline="Senior Physiotherapist · APA Titled Musculoskeletal",
    contact=["Bellbird Creek NSW 2799", "0401 555 226", "leanne.okafor@mailbox.com.au", "AHPRA PHY0002918473"],
    sections=[
        ("Professional Experience", [
            E("Senior Physiotherapist", "Bellbird Creek Hospital", "Bellbird Creek NSW", "2020-01", "present",
              "facing", "healthcare_care", [
                  "Orthopaedic and ED caseload; assessment and treatment of inpatients and outpatients",
                  "Supervise two grade-1 physiotherapists"]),
            E("Clinical Educator (0.2 FTE)", "Eastvale University", "Bellbird Creek NSW", "2022-02", "present",
              "facing", "education", ["Supervise and assess physiotherapy students on clinical placement"]),
            E("Physiotherapist", "Peak Motion Sports Physio", "Eastvale NSW", "2016-01", "2019-12", "facing",
              "healthcare_care", ["Private practice; sports injuries, Pilates classes, club sideline cover"]),
            E("Research Officer", "Eastvale University", "Eastvale NSW", "2014-03", "2015-12", "none", None, [
                "Processed gait-lab motion capture data and co-authored two papers"]),
        ]),
        ("Qualifications", ["Master of Physiotherapy (Musculoskeletal), 2019", "B. Exercise Science, 2013"]),
        ("Registrations", ["AHPRA (general)", "Working With Children Check"]),
    ]))

# ---------------------------------------------------------------- w023
R.append(dict(
    id="w023", ext="docx", renderer="docx", layout="table", hdr="title_org", dates="month", present="Present",
    docx=["table"], bullet="•",
    family="US insurance claims adjuster, Word with a table row per job (title left, dates right), volunteer coach",
    name="Tamika Johnson-Reyes",
    contact=["Cypress Landing, FL 33999 · (813) 555-0164 · tamika.jreyes@mailbox.com"],
    sections=[
        ("Experience", [
            E("Desk Claims Adjuster", "Sunwell Mutual Insurance", "Cypress Landing, FL", "2020-02", "present",
              "facing", "contact_center", [
                  "Handle 110 open auto claims; call policyholders and claimants to take recorded statements",
                  "Explain coverage decisions and negotiate settlements up to $25,000"]),
            E("Claims Processor", "Sunwell Mutual Insurance", "Cypress Landing, FL", "2017-08", "2020-01",
              "affecting", None, ["Set up new claims, indexed documents and issued payments"]),
            E("Bank Teller", "Coastline Savings Bank", "Palmetto Key, FL", "2015-04", "2017-07", "facing",
              "in_person_service", ["Cash transactions, balancing, referrals to bankers"]),
            E("Server", "Pelican Pier Grill", "Palmetto Key, FL", "2012-05", "2015-03", "facing",
              "in_person_service", []),
        ]),
        ("Community", [
            E("Youth Soccer Coach (volunteer)", "Cypress Landing Parks & Rec", None, "2019", "present", "facing",
              "volunteering", ["U10 girls team, two practices and a game each week"], section="volunteer",
              etype="volunteer"),
        ]),
        ("Licenses & Education", ["Florida 6-20 All-Lines Adjuster License", "B.A. Communication, 2012"]),
    ]))

# ---------------------------------------------------------------- w024
R.append(dict(
    id="w024", ext="md", renderer="md", layout="h3", hdr="title_org", dates="MON", present="PRESENT",
    md_h="###", bullet="-",
    family="Filipino BPO workforce analyst, Markdown h3 titles with employer and capitalised dates",
    name="Jerome Paolo Mercado",
    contact=["Sta. Lucia Heights, Marikit Norte", "+63 927 555 0381 | jerome.mercado@mailbox.ph"],
    sections=[
        ("Summary", "7 years in BPO: voice, chat and workforce management."),
        ("Experience", [
            E("Workforce Analyst", "Pinnacle Contact Solutions Inc.", "Marikit Norte", "2022-05", "present",
              "affecting", None, [
                  "Forecast volume and build schedules for a 300-seat telco account",
                  "Real-time adherence monitoring and intraday staffing moves to protect service level"]),
            E("Customer Service Representative – Telco Account", "Pinnacle Contact Solutions Inc.", "Marikit Norte",
              "2019-08", "2022-04", "facing", "contact_center", [
                  "Billing and plan inquiries from US postpaid customers", "Consistent 90%+ CSAT"]),
            E("Chat Support Associate", "Lakbay Travel Online", "Makisig Sur", "2018-06", "2019-07", "facing",
              "digital_service", ["Live chat and email support for hotel and flight bookings"]),
            E("Social Media Moderator (Freelance)", None, None, "2017-01", "2018-05", "affecting", None, [
                "Reviewed and removed comments that broke page rules for two clients' Facebook pages"],
              etype="freelance"),
        ]),
        ("Education", "BS Psychology (undergraduate, 3 years) – Pamantasan ng Sta. Lucia"),
    ]))

# ---------------------------------------------------------------- w025
R.append(dict(
    id="w025", ext="pdf", renderer="reportlab", layout="plain", hdr="org_title", dates="mon", present="Date",
    sep=" – ", bullet="-",
    family="Nigerian teacher turned HR officer, reportlab single column, employer line first then title, year-only old job",
    name="Funmilayo Adeyemi-Bakare",
    contact=["7 Olorunsogo Street, Ogbomo Town  |  0803 555 0471  |  funmi.bakare@mailbox.ng"],
    sections=[
        ("Profile", "CIPM-certified HR officer with six years' prior classroom experience."),
        ("Employment Record", [
            E("Human Resources Officer", "Dunmore Foods Nigeria Ltd", "Ogbomo Town", "2022-03", "present", "facing",
              "internal_support", [
                  "Handle staff enquiries on leave, payroll deductions, HMO and welfare for 400 employees",
                  "Recruitment and onboarding of factory and sales staff",
                  "Maintain personnel files and HR records on the HRIS"]),
            E("English Language Teacher", "Crestview College", "Ogbomo Town", "2016-09", "2022-02", "facing",
              "education", ["Taught English Language and Literature to JSS3–SS3", "Form tutor, debate club"]),
            E("Administrative Officer (NYSC)", "Ministry of Lands and Survey", "Ogbomo Town", "2015-06", "2016-05",
              "none", None, ["Filing and tracking of land title documents"]),
            E("Sales Assistant", "Bimbo Fabrics", "Ogbomo Town", "2012", "2014", "facing", "in_person_service", []),
        ]),
        ("Education", ["B.A. (Ed.) English, Ogbomo State University, 2015", "Associate Member, CIPM (2023)"]),
        ("Referees", ["Mrs. T. Okonkwo, Principal, Crestview College", "Mr. A. Lawal, Plant Manager, Dunmore Foods"]),
    ]))

# ---------------------------------------------------------------- w026
R.append(dict(
    id="w026", ext="docx", renderer="docx", layout="header", hdr="org_title", dates="mm/yyyy", present="present",
    docx=["header", "tabs"], bullet="•", docx_footer="References available on request",
    family="UK life-science technical support scientist, name in the Word page header, employer line first",
    name="Dr Eleanor Frith",
    contact=["Ashcombe, Wessex", "07700 900861", "eleanor.frith@mailbox.co.uk"],
    sections=[
        ("Experience", [
            E("Technical Support Scientist", "Verdant Biologics Ltd", "Ashcombe", "2023-05", "present", "facing",
              "other_facing", [
                  "Answer technical enquiries from customer labs by phone and email",
                  "Visit customer sites to troubleshoot ELISA and cell-assay problems",
                  "Write application notes and FAQs"]),
            E("Quality Control Scientist", "Verdant Biologics Ltd", "Ashcombe", "2019-09", "2023-04", "affecting",
              None, ["Release testing of antibody batches to GMP; OOS investigations"]),
            E("Postdoctoral Research Associate", "University of Ashcombe", "Ashcombe", "2016-10", "2019-08", "none",
              None, ["Protein engineering project funded by BBSRC; four papers"]),
            E("Laboratory Demonstrator", "University of Ashcombe", "Ashcombe", "2013-10", "2016-09", "facing",
              "education", ["Ran first-year biochemistry practicals during my PhD"], section="other"),
        ]),
        ("Education", ["PhD Biochemistry, University of Ashcombe, 2016", "BSc (Hons) Biology, 2012"]),
    ]))

# ---------------------------------------------------------------- w027
R.append(dict(
    id="w027", ext="txt", renderer="txt", layout="plain", hdr="datesfirst", dates="month", present="Present",
    sep=" to ", rule="=", bullet="•",
    family="Nigerian newcomer to Canada in childcare, plain text with dates first, cleaner and food-bank volunteer",
    name="OLUWASEUN ADEBAYO",
    contact=["Riverbend, MB R2X 0Z9", "204-555-0158 | seun.adebayo@mailbox.ca"],
    sections=[
        ("PROFILE", "Early childhood educator with five years of nursery teaching in Nigeria and Canadian daycare "
                    "experience. ECE Level II candidate."),
        ("CANADIAN EXPERIENCE", [
            E("Early Childhood Assistant", "Little Acorns Daycare", "Riverbend, MB", "2023-01", "present", "facing",
              "education", ["Plan play activities for the toddler room", "Daily updates to parents at pick-up"]),
            E("Custodian (night shift)", "Riverbend School Division", "Riverbend, MB", "2022-02", "2022-12", "none",
              None, ["Cleaned classrooms and washrooms after hours"]),
            E("Volunteer – Intake Desk", "Riverbend Newcomer Food Bank", "Riverbend, MB", "2022-03", "2023-06",
              "facing", "volunteering", ["Registered clients and explained how the hamper program works"],
              section="volunteer", etype="volunteer"),
        ]),
        ("INTERNATIONAL EXPERIENCE", [
            E("Nursery Teacher", "Brighter Minds Nursery School", "Oke-Odan, Nigeria", "2016-09", "2021-06",
              "facing", "education", ["Class teacher for Nursery 2 (20 children)"]),
        ]),
        ("EDUCATION", ["NCE Early Childhood Care Education, 2016", "ECE Assistant certificate, Manitoba, 2023"]),
    ]))

# ---------------------------------------------------------------- w028
R.append(dict(
    id="w028", ext="pdf", renderer="fpdf2", layout="plain", hdr="title_org", dates="m/yyyy", present="Present",
    centre=False, bullet="▪", page="letter",
    family="US customer success manager, fpdf2 left-aligned header, m/yyyy dates, marketing and SDR roles",
    name="Kyle Brennan",
    contact=["Ashford Hills, CO  |  720-555-0195  |  kyle.brennan@mailbox.com"],
    sections=[
        ("Experience", [
            E("Customer Success Manager", "Tallyform Inc.", "Ashford Hills, CO", "2022-01", "present", "facing",
              "sales_account", ["Own 60 SMB accounts ($2.4M ARR); onboarding, QBRs and renewals",
                                "Net revenue retention 108%"]),
            E("Marketing Coordinator", "Tallyform Inc.", "Ashford Hills, CO", "2020-03", "2021-12", "affecting",
              None, ["Email nurture campaigns, landing pages and A/B tests in HubSpot"]),
            E("Sales Development Representative", "Brightledger", "Denverton, CO", "2018-07", "2020-02", "facing",
              "sales_account", ["60+ cold calls a day; booked 25 demos a month for AEs"]),
            E("Host", "Juniper & Ash Bistro", "Denverton, CO", "2016-05", "2018-06", "facing", "in_person_service",
              ["Greeted guests, ran the waitlist and seated a 120-cover dining room during college.",
               "Took phone reservations and covered the to-go counter on weekends."], para=True),
        ]),
        ("Education", ["B.S. Marketing, Front Range State University, 2018"]),
    ]))

# ---------------------------------------------------------------- w029
R.append(dict(
    id="w029", ext="docx", renderer="docx", layout="sidebar", hdr="title_org", dates="month", present="Present",
    docx=["sidebar"], bullet="•",
    family="South African salon owner and stylist, Word layout table with shaded sidebar, church volunteer",
    name="Lerato Dlamini-Ntuli", tagline="Hair stylist & salon owner",
    contact=["Ekhaya Park, 1459", "071 555 0842", "lerato.dn@mailbox.co.za"],
    side=[("Skills", ["Braids, relaxers, colour", "Bookings on Fresha", "Stock ordering"]),
          ("Languages", ["isiZulu, English, Setswana"])],
    sections=[
        ("Work Experience", [
            E("Salon Owner / Hair Stylist", "Lerato's Hair Studio", "Ekhaya Park", "2020-07", "present", "facing",
              "entrepreneurial_freelance", ["Consult clients, cut, colour and braid",
                                           "Run bookings, two junior stylists and the books"], etype="freelance"),
            E("Hair Stylist", "Glamour Lane Salon", "Ekhaya Park", "2016-03", "2020-06", "facing",
              "in_person_service", []),
            E("Stock Controller", "Ekhaya Cash & Carry", "Ekhaya Park", "2013-01", "2016-02", "affecting", None, [
                "Monthly stock counts, receiving deliveries and variance reports"]),
            E("Sunday School Teacher", "Ekhaya Methodist Church", None, "2012", "present", "facing", "volunteering",
              [], section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["Hairdressing NQF 4, Ekhaya College, 2015", "Matric, 2012"]),
    ]))

# ---------------------------------------------------------------- w030
R.append(dict(
    id="w030", ext="html", renderer="html", layout="web", hdr="org_title", dates="mon", present="Present",
    family="English council housing officer, HTML CV, employer line first, parking enforcement start",
    name="Sharon Pickering",
    contact=["Netherford, West Midshire", "07700 900154", "sharon.pickering@mailbox.co.uk"],
    sections=[
        ("Profile", "Housing officer with 14 years in local government front-line and back-office services."),
        ("Employment", [
            E("Housing Officer", "Netherford Borough Council", "Netherford", "2019-06", "present", "facing",
              "other_facing", [
                  "Manage a patch of 450 tenancies: home visits, tenancy sign-ups and rent arrears interviews",
                  "Investigate anti-social behaviour complaints and work with police and support agencies"]),
            E("Benefits Assessor", "Netherford Borough Council", "Netherford", "2015-10", "2019-05", "affecting",
              None, ["Assessed housing benefit and council tax reduction claims from evidence",
                     "Calculated overpayments and wrote decision letters"]),
            E("Customer Service Adviser", "Netherford Borough Council", "Netherford", "2012-04", "2015-09", "facing",
              "contact_center", ["Council contact centre: bins, council tax, housing repairs"]),
            E("Civil Enforcement Officer", "Midshire Parking Services Ltd", "Netherford", "2009-08", "2012-03",
              "facing", "other_facing", ["Patrolled town-centre streets and issued PCNs",
                                         "Explained restrictions to motorists and dealt with disputes on street"]),
            E("Midday Supervisor", "St Chad's Primary School", "Netherford", "2007-09", "2009-07", "facing",
              "education", ["Supervised pupils in the dining hall and on the playground at lunchtime"]),
        ]),
        ("Training", ["CIH Level 3 Certificate in Housing", "Conflict resolution"]),
    ]))
