"""wild105 résumés w016-w030 (fictional people and employers)."""
from lib import E
from defs_a import R

RESUMES = [
# ------------------------------------------------------------------ w016
R("w016.pdf", "Irish medical-device operative promoted to QA, with leisure-centre reception and charity-shop volunteering, fpdf2 shaded sidebar, employer heading with roles beneath",
  "fpdf", "sidebar", "orgfirst", "mon", "Present", "Sinéad Moloney",
  ["Kilcarra, Co. Galway", "085 555 0921", "sinead.moloney@mailbox.ie"],
  [("Profile", "para", "Detail-focused QA inspector with front-of-house experience, looking for a customer-facing role in Corribmouth town."),
   ("Experience", "entries", [
     E("QA Inspector", "Corrib Medical Devices", "Corribmouth", "2023-09", "present", "affecting", None, [
       "Final visual and dimensional inspection of catheter assemblies before release to hospitals",
       "Complete device history records and raise non-conformance reports"]),
     E("Production Operator", "Corrib Medical Devices", "Corribmouth", "2022-03", "2023-08", "none", None, [
       "Cleanroom assembly and bonding on a catheter line; line clearance and 5S"]),
     E("Receptionist (part-time)", "Kilcarra Leisure Centre", "Corribmouth", "2021-05", "2022-02", "facing", "in_person_service", [
       "Signed members in, sold swim passes and took class bookings over the phone"])]),
   ("Volunteering", "entries", [
     E("Shop Volunteer", "Claddagh Hospice Shop", "Corribmouth", "2019", "2019", "facing", "volunteering", [
       "Served customers at the till and sorted donations on Saturdays"], section="volunteer", etype="volunteer")]),
   ("Education", "lines", ["Higher Certificate in Science (Manufacturing), Corrib Technological Institute, 2021"])],
  side=[("Skills", ["GMP & cleanroom", "ISO 13485 basics", "Microsoft Office", "Cash handling"]),
        ("Languages", ["English, Irish (fluent)"]),
        ("Interests", ["Sea swimming", "Choir"])], bullet="•", fs=9.5),

# ------------------------------------------------------------------ w017
R("w017.docx", "US line cook with a summer host stint, a college phonathon and a stock job that included floor help, Word heading styles, 'Title – Employer' lines",
  "docx", "styles", "dash", "mon.", "Current", "Tyrell Washington",
  ["Scioto Heights, OH", "(614) 555-0190", "tyrell.washington@mailbox.com"],
  [("Experience", "entries", [
     E("Line Cook", "Buckeye Smokehouse", "Scioto Heights, OH", "2023-08", "present", "affecting", None, [
       "Work the grill and fryer stations on a 6-cook line, 300+ covers on weekends",
       "Prep proteins and sides and keep the walk-in organized"]),
     E("Host (summer, part-time)", "Buckeye Smokehouse", "Scioto Heights, OH", "2025-06", "2025-09", "facing", "in_person_service", [
       "Greeted guests, managed the waitlist and seated parties on Friday and Saturday nights"]),
     E("Student Caller", "Olentangy State University Annual Fund", "Scioto Heights, OH", "2022-01", "2022-04", "facing", "contact_center", [
       "Called alumni to update their contact details and ask for gifts to the annual fund"], section="other"),
     E("Stock Associate", "Pinecrest Sporting Goods", "Scioto Heights, OH", "2021-05", "2022-08", "facing", "in_person_service", [
       "Unloaded trucks, priced and stocked shelves during store hours",
       "Helped customers find sizes and brought shoes out from the back when the floor was busy"])]),
   ("Education", "lines", ["Olentangy State University – Hospitality Management coursework (2021–2022)", "ServSafe Food Handler"]),
   ("Skills", "list", ["Grill, fryer, sauté", "Inventory rotation (FIFO)", "Spanish – basic kitchen Spanish"])],
  bullet="•"),

# ------------------------------------------------------------------ w018
R("w018.html", "Scottish data-entry administrator now delivering prescriptions, with a temp dental reception job, HTML with labelled blocks",
  "html", "div", "labelled", "mm/yyyy", "Present", "Gemma Lyall",
  ["Kinmarnock", "07700 900 284", "gemma.lyall@mailbox.co.uk"],
  [("Personal Statement", "para", "Organised and friendly, with office and driving experience. I would like a customer service role with "
    "more variety."),
   ("Work Experience", "entries", [
     E("Delivery Driver", "Granite City Pharmacy Deliveries", "Kinmarnock", "2026-04", "present", "facing", "in_person_service", [
       "Deliver prescriptions to housebound and elderly patients across Kinmarnock and Hillbrae",
       "Check the patient's name and address at the door, take signatures for controlled drugs and pass on messages from the pharmacist"]),
     E("Data Entry Administrator", "Northsound Energy Services", "Strathdon Park", "2022-03", "2026-03", "none", None, [
       "Entered offshore inspection results from paper reports into the asset database",
       "Scanned and archived certificates; produced weekly completion figures"]),
     E("Receptionist (temporary assignment)", "Dee Street Dental Practice", "Kinmarnock", "2021-11", "2022-01", "facing", "in_person_service", [
       "Covered maternity leave for three months: booking patients, taking payments and answering the phone"])]),
   ("Education", "lines", ["NPA Business Administration, Granite Coast College (2021)", "National 5s: English, Maths, Admin, Geography"]),
   ("Skills", "list", ["Clean full UK driving licence", "Excel and database entry", "Touch typing"])],
  html="div", bullet="•"),

# ------------------------------------------------------------------ w019
R("w019.pdf", "Australian storeperson with a weekend barista job and surf-club nippers volunteering, reportlab two-column header, inline dates",
  "rl", "twocol", "inline", "apos", "Now", "Bradley Nguyen",
  ["Brushwood NSW", "0401 555 738", "brad.nguyen@mailbox.com.au"],
  [("Work History", "entries", [
     E("Storeperson", "Westlink Distribution", "Prospect Flats NSW", "2022-03", "present", "affecting", None, [
       "Receive and put away stock, pick orders for hardware stores, LO forklift",
       "Check outbound loads against the manifest"]),
     E("Weekend Barista", "Little Banksia Café", "Brushwood NSW", "2024-10", "2025-03", "facing", "in_person_service", [
       "Made coffees and took orders at the counter on Saturday and Sunday mornings"]),
     E("Concrete Labourer", "Hills Concreting Pty Ltd", "Hillcrest Ridge NSW", "2019-01", "2022-02", "none", None, [
       "Formwork, steel fixing and finishing for residential slabs and driveways"])]),
   ("Volunteering", "entries", [
     E("Age Manager (volunteer)", "Banksia Point Surf Life Saving Club", "Banksia Point NSW", "2023-10", "2024-03", "facing", "volunteering", [
       "Ran Sunday-morning surf awareness sessions for the under-9 nippers with two other parents"],
       section="volunteer", etype="volunteer", dates="Oct '23 – Mar '24 season")]),
   ("Licences & Tickets", "list", ["LO forklift licence", "White Card", "RSA", "Bronze Medallion"])],
  bullet="-", fs=10),

# ------------------------------------------------------------------ w020
R("w020.docx", "Canadian claims processing clerk with a credit-union teller job, a park gate summer job and a research assistantship, Word tab-stop dates, employer line first",
  "docx", "tabs", "org_title", "MON", "Present", "Geneviève Tremblay-Roy",
  ["Riverside Crossing, ON", "613-555-0125", "gen.tremblayroy@mailbox.ca"],
  [("Summary", "para", "Bilingual (French/English) benefits clerk with front-line banking experience."),
   ("Experience", "entries", [
     E("Claims Processing Clerk", "Rideau Benefits Administration", "Riverside Crossing, ON", "2023-09", "present", "affecting", None, [
       "Adjudicate dental and paramedical claims against plan rules and release payments",
       "Refer incomplete claims to the service team with a note on what is missing"]),
     E("Member Service Representative (part-time)", "Capital Valley Credit Union", "Westcliffe, ON", "2022-05", "2023-08", "facing", "in_person_service", [
       "Teller transactions, bill payments and drafts for members in English and French",
       "Referred members to advisors for loans and investments"]),
     E("Research Assistant", "Bytown University, School of Public Policy", "Riverside Crossing, ON", "2021-09", "2022-04", "none", None, [
       "Coded survey responses in NVivo and wrote literature summaries"], section="other"),
     E("Gate Attendant (summer student)", "Gatineau Hills Conservation Authority", "Val-Brûlé, QC", "2021-06", "2021-08", "facing", "in_person_service", [
       "Sold day passes at the park gate and gave visitors trail maps and fire-ban updates"], dates="Summer 2021")]),
   ("Education", "lines", ["B.Soc.Sc. Public Administration, Bytown University, 2022"]),
   ("Languages", "lines", ["French (native), English (fluent)"])],
  bullet="-"),

# ------------------------------------------------------------------ w021
R("w021.txt", "US medical courier with home-health-aide time, a fast-food drive-thru job and a school custodian job, Indeed-style plain text",
  "txt", "plain", "inline", "month", "Current", "Destiny Harlan",
  ["Riverbend, TN", "destiny.harlan@mailbox.com", "(901) 555-0158"],
  [("Work Experience", "entries", [
     E("Medical Courier", "Bluff City Lab Logistics", "Riverbend, TN", "2024-08", "present", "affecting", None, [
       "Pick up specimen boxes from clinics on a set route and deliver them to the central lab within temperature limits",
       "Scan every hand-off and keep chain-of-custody logs"]),
     E("Home Health Aide", "Compass Home Care", "Riverbend, TN", "2023-06", "2024-07", "facing", "healthcare_care", [
       "Bathing, dressing, meal prep and medication reminders for elderly clients in their homes",
       "Kept families updated and charted each visit"]),
     E("Crew Member", "Burger Barn #214", "Riverbend, TN", "2022-10", "2023-02", "facing", "in_person_service", [
       "Worked the drive-thru window and front register, took orders and handled payments"]),
     E("Custodian", "Wolf River School District", "Riverbend, TN", "2020", "2022", "none", None, [
       "Night cleaning of classrooms, restrooms and the gym; floor stripping in summer"])]),
   ("Education", "lines", ["High School Diploma", "CPR / First Aid – American Heart Association"]),
   ("Skills", "list", ["Valid TN driver's license, clean record", "HIPAA training", "Route planning apps"])],
  txt_head="colon", bullet="-"),

# ------------------------------------------------------------------ w022
R("w022.pdf", "Scottish parcel-hub operations assistant with seasonal ski-lift, boat-tour and festival jobs, two-page fpdf2 CV with page footer",
  "fpdf", "left", "title_org", "month", "Present", "Callum Fraser",
  ["Glenmorvan", "07700 900 645", "callum.fraser@mailbox.co.uk", "linkedin: callumfraser-ivs"],
  [("Personal Profile", "para", "I have worked in kitchens, outdoors and in logistics around the Highlands. I am organised, calm "
    "under pressure and happy working early starts. I am now looking for a role where I deal with customers every day "
    "and can progress into a supervisory position. I hold a full clean driving licence and live ten minutes from the city "
    "centre."),
   ("Key Skills", "list", ["Organising and planning work under time pressure", "Manifest and scanner systems",
                           "First aid at work", "Food hygiene level 2", "Good with people from all over the world"]),
   ("Employment", "entries", [
     E("Operations Assistant (Parcel Hub)", "Highland Express Parcels", "Glenmorvan", "2023-04", "present", "affecting", None, [
       "Sort inbound parcels to driver routes and load vans in delivery order",
       "Prepare route manifests and chase missing parcels with depots",
       "Process returns and damaged-parcel claims paperwork"]),
     E("Lift Operator (seasonal)", "Cairn Glas Mountain Resort", "Allt Ruadh", "2022-12", "2023-03", "facing", "other_facing", [
       "Loaded skiers and snowboarders onto the chairlift and helped beginners on the button tow",
       "Gave out piste and weather information and radioed ski patrol for injuries"]),
     E("Boat Tour Guide", "Glen Affric Boat Tours", "Invergarrick", "2022-06", "2022-08", "facing", "in_person_service", [
       "Gave the commentary on loch trips, sold tickets on the pier and helped passengers on and off"], dates="Summer 2022"),
     E("Trainee Chef", "The Caledonian Arms", "Glenmorvan", "2020-09", "2022-05", "affecting", None, [
       "Worked through larder, pastry and grill sections under the head chef",
       "Made staff meals and took in deliveries"])]),
   ("Volunteering", "entries", [
     E("Festival Steward", "Ness Islands Music Festival", "Glenmorvan", "2021-08", "2021-08", "facing", "volunteering", [
       "Checked wristbands at the arena gate and answered festival-goers' questions"], section="volunteer", etype="volunteer")]),
   ("Education", "lines", ["Glenmorvan Academy, 2014–2020: Highers in English, Biology, PE",
                           "SVQ Level 2 Professional Cookery (2022)"]),
   ("Hobbies", "para", "Hill walking (48 Munros so far), mountain biking, and playing bass in a ceilidh band."),
   ("References", "lines", ["Available on request"])],
  footer="Callum Fraser – CV – page {n}", fs=12.5),

# ------------------------------------------------------------------ w023
R("w023.docx", "Australian back-office property administrator now on a utilities phone line, Word borderless table per job",
  "docx", "table", "title_org", "mm/yyyy", "Current", "Mia Castellano",
  ["Seacombe Sands SA", "0422 555 960", "mia.castellano@mailbox.com.au"],
  [("Career Objective", "para", "To keep developing in customer service and move into a team leader role."),
   ("Employment History", "entries", [
     E("Customer Service Officer", "Torrens Utilities", "Torrens Vale SA", "2025-09", "present", "facing", "contact_center", [
       "Take inbound calls about water bills, payment plans, leaks and meter readings",
       "Log faults for field crews and call customers back with updates"]),
     E("Administration Assistant", "Seacombe Sands Property Group", "Seacombe Sands SA", "2023-02", "2025-08", "affecting", None, [
       "Prepare lease agreements, bond lodgements and condition reports for the property managers",
       "Update tenant and landlord records and arrears reports in PropertyMe"]),
     E("Kitchen Hand (casual)", "Rundle Street Pizza", "Torrens Vale SA", "2021-03", "2023-01", "affecting", None, [])]),
   ("Qualifications", "lines", ["Certificate III in Business, Torrens Vale Plains TAFE (2022)", "SACE 2020"]),
   ("Referees", "lines", ["Provided on request"])],
  bullet="•"),

# ------------------------------------------------------------------ w024
R("w024.md", "Polish-born room attendant in Ireland now on hotel night porter shifts, Markdown h3 titles, m.yyyy dates",
  "md", "h3", "title_org", "m.yyyy", "present", "Katarzyna Nowak",
  ["Ardnagree, Co. Dublin", "089 555 3107", "kasia.nowak@mailbox.ie"],
  [("Profile", "para", "Hotel worker with six years in Ireland. Good English, also Polish and Russian."),
   ("Experience", "entries", [
     E("Night Porter", "The Liffey Quay Hotel", "Ardnagree", "2026-01", "present", "facing", "in_person_service", [
       "Look after guests arriving late, handle luggage, taxis and room issues overnight",
       "Security rounds and breakfast room set-up"]),
     E("Room Attendant", "Ballsbridge Suites", "Rathmoyle", "2023-06", "2025-12", "affecting", None, [
       "Cleaned and prepared 14–16 rooms a day after check-out to brand standards"]),
     E("Production Worker", "Naas Road Foods", "Kilbarrack West", "2021", "2023", "none", None, [
       "Packing line for frozen ready meals; temperature checks and line cleaning"])]),
   ("Education", "lines", ["Technikum Gastronomiczne, Zalesie Górne – catering technician (2016)", "QQI Level 4 English (2022)"])],
  md="h3", bullet="*", md_bullet="*", sep=" – "),

# ------------------------------------------------------------------ w025
R("w025.pdf", "US seasonal worker in Maine: lobster sternman, ski rental seasons, line cook and a will-call order picker, reportlab single column, dates on their own line",
  "rl", "plain", "dateline", "mon", "Now", "Hunter Beaulieu",
  ["Pinehaven, ME", "(207) 555-0117", "hunter.beaulieu@mailbox.com"],
  [("Experience", "entries", [
     E("Order Picker", "Pine Tree Paper & Janitorial Supply", "Eastport Landing, ME", "2026-03", "present", "facing", "in_person_service", [
       "Pick and stage orders for delivery routes",
       "Serve walk-in trade customers at the will-call counter when the counter clerk is on break"]),
     E("Sternman", "F/V Margaret Ann", "Gull Cove, ME", "2025-06", "2025-08", "none", None, [
       "Baited and banded, hauled and set 800 traps"], dates="Summer 2025"),
     E("Rental Technician", "Sugar Notch Mountain", "North Alder, ME", "2025-12", "2026-02", "facing", "in_person_service", [
       "Fitted boots and skis for guests and adjusted bindings"], dates="Winter 2025–26"),
     E("Rental Technician", "Sugar Notch Mountain", "North Alder, ME", "2024-12", "2025-02", "facing", "in_person_service", [
       "Fitted boots and skis for guests, ran the rental return line"], dates="Winter 2024–25"),
     E("Line Cook", "Casco Bay Chowder House", "Eastport Landing, ME", "2023-05", "2024-10", "affecting", None, [
       "Fry and sauté stations; chowder batches for 200 covers a night in season"])]),
   ("Education", "lines", ["Pinehaven High School, 2022"])],
  paper="letter", centre=False, bullet="-", fs=10.5),

# ------------------------------------------------------------------ w026
R("w026.docx", "UK pharmacy dispensing assistant who moved from the counter to the dispensary, Word page header with name and contact, pipe lines",
  "docx", "header", "pipe", "mon", "Present", "Imran Siddiqui",
  ["Wreakford", "07700 900 356", "imran.siddiqui@mailbox.co.uk"],
  [("Work Experience", "entries", [
     E("Dispensing Assistant", "Hollowgate Road Pharmacy", "Wreakford", "2024-01", "present", "affecting", None, [
       "Assemble and label prescriptions for the pharmacist's final check",
       "Order stock, manage the controlled-drugs register and file care-home repeat requests"]),
     E("Medicines Counter Assistant", "Hollowgate Road Pharmacy", "Wreakford", "2023-06", "2023-12", "facing", "in_person_service", [
       "Advised customers on over-the-counter medicines using the WWHAM questions and referred to the pharmacist",
       "Handed out prescriptions and took payments"]),
     E("Warehouse Picker (agency)", "Soar Valley Distribution", "Wreakford", "2021-06", "2023-05", "affecting", None, [
       "Picked clothing orders for online customers; packing and labelling"]),
     E("Homework Club Volunteer", "Belgrave Community Centre", "Wreakford", "2022-01", "2022-06", "facing", "education", [
       "Helped Year 5 and 6 pupils with reading and maths homework two evenings a week"],
       section="volunteer", etype="volunteer")]),
   ("Qualifications", "lines", ["NVQ Level 2 Pharmacy Services (2024)", "Medicines Counter Assistant course (2022)", "A-levels: Biology, Chemistry, Urdu"]),
   ("Languages", "lines", ["English, Urdu, Punjabi"])],
  bullet="•"),

# ------------------------------------------------------------------ w027
R("w027.html", "Canadian seafood plant worker turned shipping coordinator, now a ferry deckhand, HTML with employer headings and roles beneath",
  "html", "div", "orgfirst", "mon", "Present", "Liam Chisholm",
  ["Eastbank, NS", "902-555-0193", "liam.chisholm@mailbox.ca"],
  [("Summary", "para", "Hands-on worker with shipping and marine experience. Transport Canada Small Vessel Operator Proficiency."),
   ("Work History", "entries", [
     E("Deckhand", "Bedford Basin Ferry Co.", "Chebucto Point, NS", "2025-04", "present", "facing", "in_person_service", [
       "Assist passengers boarding and leaving, including wheelchair users and cyclists",
       "Answer passenger questions, collect fares and handle lines when docking"]),
     E("Shipping Coordinator", "Atlantic Seafood Processors", "Eastbank, NS", "2022-01", "2024-06", "affecting", None, [
       "Booked reefer containers and trucks for export orders and prepared bills of lading and health certificates",
       "Tracked shipments so sales could give buyers arrival dates"]),
     E("Plant Worker", "Atlantic Seafood Processors", "Eastbank, NS", "2019", "2021", "none", None, [
       "Grading and packing lobster and crab; sanitation shifts"])]),
   ("Certifications", "list", ["SVOP", "Marine Basic First Aid", "Class 5 driver's licence"])],
  html="div", bullet="•"),

# ------------------------------------------------------------------ w028
R("w028.pdf", "Australian taxi-dispatch phone operator with FIFO camp utility work and a bottle-shop casual job, fpdf2 left header, year-only older dates",
  "fpdf", "left", "title_org", "mon", "Present", "Tahlia Brooks",
  ["Ridgeview QLD", "0455 555 274", "tahlia.brooks@mailbox.com.au"],
  [("Summary", "para", "Reliable and calm on the phone, with FIFO and hospitality experience."),
   ("Experience", "entries", [
     E("Booking & Dispatch Officer", "Ross Haven Cabs Co-operative", "Ross Haven QLD", "2026-06", "present", "facing", "contact_center", [
       "Take phone bookings from the public, including wheelchair taxi and account customers",
       "Dispatch jobs to drivers and call passengers when a cab is running late"]),
     E("Camp Utility (FIFO 2:1)", "Northern Bowen Camp Services", "Coalfield Ridge QLD", "2022", "2024", "affecting", None, [
       "Cleaned rooms and ablution blocks and ran the laundry for a 400-room mining camp"]),
     E("Bottle Shop Attendant (casual)", "Ross River Liquor", "Ross Haven QLD", "2021-06", "2021-11", "facing", "in_person_service", [
       "Served customers, checked ID and kept the cool room stocked"])]),
   ("Licences", "list", ["RSA", "Queensland C class licence", "Blue Card"])],
  fs=10),

# ------------------------------------------------------------------ w029
R("w029.docx", "US medical scribe with a pharmacy-tech externship, café serving and shelter volunteering, Word two-column layout table with shaded sidebar",
  "docx", "sidebar", "title_org", "mm/yyyy", "Present", "Rosa Jiménez",
  ["Sandoval Springs, NM", "(505) 555-0141", "rosa.jimenez@mailbox.com"],
  [("Profile", "para", "Pre-nursing student with clinical documentation experience."),
   ("Experience", "entries", [
     E("Medical Scribe", "Rio Grande Urgent Care", "Sandoval Springs, NM", "2024-11", "present", "affecting", None, [
       "Document patient visits in real time in the EHR alongside the provider",
       "Prepare charts and queue orders and referrals for the provider to sign"]),
     E("Pharmacy Technician Extern", "Sandia Family Pharmacy", "Sandoval Springs, NM", "2024-05", "2024-07", "facing", "healthcare_care", [
       "Counted and filled prescriptions and helped at the pickup window under supervision"], etype="internship"),
     E("Server", "Old Town Café", "Sandoval Springs, NM", "2023-10", "2024-04", "facing", "in_person_service", [
       "Breakfast and lunch service for 8–10 tables; ran the register at close"]),
     E("Kennel Volunteer", "Bosque Animal Rescue", "Sandoval Springs, NM", "2021-01", "2021-12", "affecting", None, [
       "Cleaned kennels, walked dogs and did laundry on Sunday shifts"], section="volunteer", etype="volunteer")])],
  side=[("Education", ["Sandia Mesa Community College – pre-nursing (current)", "Pharmacy Technician certificate (2024)"]),
        ("Skills", ["Epic EHR", "Medical terminology", "Spanish (native)", "BLS"])], bullet="-"),

# ------------------------------------------------------------------ w030
R("w030.txt", "Irish builders'-merchant van driver with an energy-supplier call-centre job, a billing admin move and surf-shop summers, text with ruled headings and paragraph duties",
  "txt", "plain", "dash", "mon", "Present", "Seán Hegarty",
  ["Knockrea, Co. Limerick", "087 555 6612  /  sean.hegarty@mailbox.ie"],
  [("Experience", "entries", [
     E("Van Driver", "Treaty Builders Providers", "Treaty Cross", "2023", "present", "affecting", None, [
       "Deliver timber, blocks and plumbing supplies to building sites around Knockrea and the county",
       "Load the van in the yard and check docket quantities"]),
     E("Customer Service Administrator", "Shannon Energy", "Treaty Cross", "2022-04", "2022-12", "affecting", None, [
       "Processed direct-debit mandates, meter-reading corrections and account closures in the billing system",
       "Prepared letters and refunds for customers from the agents' notes"]),
     E("Customer Service Agent", "Shannon Energy", "Treaty Cross", "2021-06", "2022-03", "facing", "contact_center", [
       "Answered inbound calls and webchats about bills, top-ups and moving home"]),
     E("Shop Assistant", "Carrowbeg Surf & Sport", "Carrowbeg, Co. Clare", "2019-06", "2019-08", "facing", "in_person_service", [
       "Sales, wetsuit hire and booking surf lessons"], dates="Summer 2019")]),
   ("Education", "lines", ["BA Business Studies (incomplete), Shannonbank Technological College, 2019–2021", "Leaving Cert 2019"]),
   ("Interests", "para", "Surfing, hurling, cooking.")],
  txt_head="equals", bullet=None, sep=" - "),
]
