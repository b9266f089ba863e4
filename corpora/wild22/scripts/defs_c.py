"""wild22 résumés w021–w030."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w021
R(file="w021.pdf",
  family="Scottish community football coach and former Active Schools coordinator, two-page reportlab CV with page footer, employer line first",
  renderer="reportlab", layout="plain", order="org_title", dates="mon", present="Present", sep=" – ",
  name="Callum Baird", headline="Community Sports Coach – UEFA C Licence",
  contact=["Strathallan Bridge, Perthshire", "07700 900561", "callum.baird@mailbox.co.uk"],
  opt={"size": 11, "footer": "{name} – CV – page {page}", "font": "DejaVu", "bullet": "▪", "rule": True,
       "accent": (0.05, 0.35, 0.2)},
  blocks=[
      ("h", "About Me"),
      ("p", "I have coached football and multi-sport in my home town for over ten years, with every age group from "
            "P1s to the over-55s walking football. I believe every child should get a game, and I am good at "
            "getting reluctant kids, nervous parents and busy head teachers on board. I am looking for a "
            "development officer post with a governing body or a council sport and leisure trust."),
      ("h", "Employment"),
      ("jobs", [
          E("Community Football Coach", "Strathallan Bridge FC Community Trust", "Strathallan Bridge",
            "2020-08:present", "facing", "education", [
                "Deliver after-school clubs in nine primary schools and holiday camps for up to 80 children",
                "Run the walking football sessions for the over-55s on Tuesday mornings",
                "Coach the club's disability squad – we reached the national finals in 2024",
                "Safeguarding lead for holiday camps; PVG registered",
                "Speak to parents at pick-up about their child's progress and deal with any concerns",
            ]),
          E("Active Schools Coordinator", "Strathallan Council", "Strathallan Bridge", "2018-01:2020-07", "facing",
            "education", [
                "Planned and ran extra-curricular sport across a cluster of one secondary and six primary schools",
                "Recruited and trained volunteer coaches, many of them parents and senior pupils",
                "Organised cluster sports festivals, transport and kit",
                "Led lunchtime sessions myself when a volunteer dropped out",
            ]),
          E("Leisure Attendant", "Strathallan Leisure Trust", "Strathallan Bridge", "2014-06:2017-12", "facing",
            "other_facing", [
                "Poolside lifeguarding, including school swimming lessons and public sessions",
                "Set up halls and equipment for classes and matches",
                "Covered reception at weekends: bookings, memberships and enquiries",
            ]),
          E("Seasonal Greenkeeper", "Strathallan Golf Club", "Strathallan Bridge", "2012-03:2013-10", "affecting",
            None, [
                "Cut greens and fairways, changed holes and raked bunkers before the first tee time",
                "Helped with winter drainage and path work",
            ]),
      ]),
      ("h", "Volunteering"),
      ("jobs", [
          E("Youth Leader", "Strathallan Youth Club", "Strathallan Bridge", "y2011:2019", "facing", "volunteering", [
              "Friday night drop-in for 12–16 year olds: sports hall, pool table and a listening ear",
          ], section="volunteer", etype="volunteer"),
      ]),
      ("h", "Coaching Qualifications"),
      ("ul", ["UEFA C Licence (2019)", "Scottish FA Children's Licence & Youth Modules 1–2",
              "Disability Football Coaching Award", "National Pool Lifeguard Qualification (lapsed 2020)",
              "Emergency First Aid at Work (renewed 2025)", "Child Wellbeing & Protection in Sport"]),
      ("h", "Education"),
      ("ul", ["HNC Coaching & Developing Sport – Perth Valley College, 2013–2014",
              "Strathallan Academy – Highers in PE, English and Biology"]),
      ("h", "Skills"),
      ("ul", ["Session planning for mixed ability groups and additional support needs",
              "Working with schools, parents and partner agencies",
              "Booking systems, Microsoft 365, Canva, club social media",
              "Full clean driving licence and minibus (D1) entitlement"]),
      ("h", "Interests"),
      ("p", "Hill walking (34 Munros so far), playing amateur football for Strathallan Thistle, and cooking for "
            "far too many people on a Sunday."),
      ("h", "References"),
      ("ul", ["Moira Devlin – Community Trust Manager, Strathallan Bridge FC Community Trust",
              "Graeme Kerr – Active Schools Manager, Strathallan Council"]),
  ])

# ------------------------------------------------------------------ w022
R(file="w022.docx",
  family="Malaysian marketplace live-chat support executive who worked for an online seller, Word heading styles, italic company line",
  renderer="docx", layout="styles", order="title_org", dates="mon", present="Present", sep=" - ",
  name="Nurul Aina binti Hassan",
  contact=["No. 23, Jalan Cempaka 4, Taman Cempaka Indah, 47xxx Sungai Kelambu, Selangor",
           "+60 12-555 0176  |  nurul.aina@mailbox.my"],
  opt={"jobmode": "styles", "job_hlevel": 3, "hlevel": 1, "font": "Calibri", "size": 11},
  blocks=[
      ("h", "Career Objective"),
      ("p", "Customer support executive with six years of experience in e-commerce, looking for a senior "
            "support or team leader position in a regional online marketplace."),
      ("h", "Working Experience"),
      ("jobs", [
          E("Customer Support Executive (Live Chat & E-mail)", "Kedai Kita Online Sdn. Bhd.", "Sungai Kelambu",
            "2022-03:present", "facing", "digital_service", [
                "Handle buyer and seller chats on the marketplace app in Malay, English and basic Mandarin "
                "(about 70 chats a day)",
                "Resolve order disputes, refund requests and failed deliveries; escalate suspected fraud",
                "Write and update FAQ articles for the help centre",
            ]),
          E("Online Store Assistant", "Butik Seri Ayu", "Sungai Kelambu", "2020-06:2022-02", "facing",
            "digital_service", [
                "Replied to buyers' questions about sizes, colours and postage on our three marketplace shops and "
                "WhatsApp",
                "Packed orders, printed airway bills and updated stock on every platform",
                "Co-hosted the weekly live-selling session on the shop's page",
            ]),
          E("Cashier", "Pasaraya Cempaka", "Sungai Kelambu", "2018-01:2020-05", "facing", "in_person_service", [
              "Cashier and customer service counter (returns, vouchers, member points)",
          ]),
          E("Industrial Training – Accounts Clerk", "Kelambu Palm Oil Berhad", "Sungai Kelambu", "2017-10:2017-12",
            "none", None, [
                "Keyed supplier invoices and filed payment vouchers",
                "Helped prepare the monthly creditors listing",
            ], etype="internship"),
      ]),
      ("h", "Education"),
      ("p", "Diploma in Accountancy, Kolej Komuniti Sungai Kelambu, 2015 – 2017 (CGPA 3.41)"),
      ("p", "SPM, SMK Taman Cempaka, 2014"),
      ("h", "Skills & Languages"),
      ("ul", ["Bahasa Melayu, English (fluent); Mandarin (basic)", "Zendesk, Freshchat, Google Sheets",
              "Expected salary: RM 3,200"]),
  ])

# ------------------------------------------------------------------ w023
R(file="w023.docx",
  family="Irish HR consultant with her own practice and an in-house HR advisor past, Word with name/contact table, tab-stop dates and prose duties",
  renderer="docx", layout="contact_table", order="title_org", dates="month", present="present", sep=" – ",
  name="Orla Fitzmaurice", headline="HR consultant for small businesses · CIPD Chartered Member",
  contact=["Carrigmore, Co. Cork", "086 555 0231", "orla@mailbox.ie"],
  opt={"jobmode": "tabs", "font": "Georgia", "size": 10, "plain_headings": True},
  blocks=[
      ("h", "Profile"),
      ("p", "Practical HR for owner-managed businesses. Fourteen years in HR, the last seven running my own "
            "consultancy. I'd now like to join a growing company as its first Head of People."),
      ("h", "Experience"),
      ("jobs", [
          E("Principal Consultant", "Fitzmaurice HR", "Carrigmore", "2019-09:present", "facing",
            "entrepreneurial_freelance", [
                "I provide outsourced HR to 22 retained clients, mostly family-owned businesses of 10 to 80 staff.",
                "I sit in on disciplinary and grievance meetings with owners and take their calls the same day "
                "when something blows up.",
                "I also write contracts and handbooks and run management training days on site.",
            ], etype="freelance", prose=True),
          E("HR Advisor", "Ardcarrig Foods Ltd", "Carrigmore", "2015-02:2019-08", "facing", "internal_support", [
              "First point of contact for HR queries from 450 staff across three sites – walk-ins and phone",
              "Managed absence, onboarding and employee relations cases up to stage 2",
              "Worked with payroll on starters and leavers",
          ]),
          E("HR Administrator", "Ardcarrig Foods Ltd", "Carrigmore", "2012-03:2015-01", "none", None, [
              "Issued contracts, maintained the HRIS and personnel files",
              "Scheduled interviews and prepared induction packs",
          ]),
          E("Sales Assistant", "Meadowsweet Home Store", "Carrigmore", "y2008:2011", "facing", "in_person_service",
            [], note="Part-time while in college"),
      ]),
      ("h", "Education"),
      ("ul", ["BA (Hons) Human Resource Management, Munster Crest Institute, 2011",
              "CIPD Chartered Member (2017)", "Certificate in Mediation, 2020"]),
      ("h", "Clients say"),
      ("p", "\u201cOrla is the first person I ring when I have a staff problem.\u201d – owner, 60-seat restaurant"),
  ])

# ------------------------------------------------------------------ w024
R(file="w024.pdf",
  family="Philippine fintech account manager who came up through outbound BPO sales, fpdf2 left header, pipe title/company/place line with right dates",
  renderer="fpdf2", layout="left", order="pipe", dates="month", present="Present", sep=" – ",
  name="Jerome Villanueva Santos", headline="Account Manager – SME Payments",
  contact=["Malaya City, Metro Manila", "+63 917 555 0166", "jerome.santos@mailbox.ph"],
  opt={"size": 9, "bullet": "›", "accent": (0, 70, 140)},
  blocks=[
      ("h", "Summary"),
      ("p", "Ten years in sales and account management: nearly three on the phones selling for a US client, three "
            "and a half leading an outbound team, and four managing merchant accounts for a payments company."),
      ("h", "Experience"),
      ("jobs", [
          E("Account Manager (SME)", "Bayanihan Payments Inc.", "Malaya City", "2022-09:present", "facing",
            "sales_account", [
                "Manage 120 merchant accounts – restaurants, clinics and schools – on our QR payments and POS",
                "Quarterly business reviews on site; upsell payroll and invoicing products",
                "Resolve settlement and chargeback issues directly with merchants",
            ]),
          E("Team Leader – Outbound Sales", "Pacific Crest Contact Solutions", "Malaya City", "2019-03:2022-08",
            "facing", "contact_center", [
                "Led 16 agents selling home-security upgrades to US customers by phone; daily huddles, coaching and "
                "call calibration",
                "Took escalated calls and did live save calls on cancellations",
                "Team conversion 7.8% vs site average 6.1% (2021)",
            ]),
          E("Outbound Sales Representative", "Pacific Crest Contact Solutions", "Malaya City", "2016-06:2019-02",
            "facing", "contact_center", [
                "Called existing customers to offer plan upgrades and add-on devices",
            ]),
          E("Service Crew", "Kusina ni Lola", "Malaya City", "y2014:2016", "facing", "in_person_service", [],
            note="Part-time while studying"),
      ]),
      ("h", "Education"),
      ("p", "BS Business Administration, Malaya City University, 2016"),
      ("h", "Skills"),
      ("p", "Salesforce, HubSpot, Five9, Google Sheets · Account planning · Coaching · Filipino, English"),
  ])

# ------------------------------------------------------------------ w025
R(file="w025.txt",
  family="South African debt review consultant and outbound funeral-cover agent, text CV with Company/Position/Period blocks, learnership",
  renderer="txt", layout="plain", order="kv", dates="month", present="Current", sep=" - ",
  name="BONGANI RADEBE",
  contact=["Address: 1147 Mothibe Street, Mbalenhle Ext 2, Gauteng",
           "Cell: 073 555 0128", "E-mail: bongani.radebe@mailbox.co.za"],
  opt={"hstyle": "stars", "bullet": "- ", "wrap": False,
       "kvfields": (("Company", "orgloc"), ("Position", "title"), ("Period", "dates")),
       "resp_label": "Duties:"},
  blocks=[
      ("h", "Personal Details"),
      ("kv", [("Surname", "Radebe"), ("First names", "Bongani Elias"), ("Gender", "Male"),
              ("Nationality", "South African"), ("Driver's licence", "Code B"),
              ("Languages", "English, isiZulu, Sesotho")]),
      ("h", "Educational Background"),
      ("kv", [("Highest grade passed", "Grade 12 (2014), Mbalenhle Comprehensive High School"),
              ("Qualification", "National Certificate: Contact Centre Support NQF 2 (2019)")]),
      ("h", "Employment History"),
      ("jobs", [
          E("Debt Review Consultant", "Clearwater Debt Solutions (Pty) Ltd", "Mbalenhle", "2022-03:present",
            "facing", "contact_center", [
                "Take inbound calls from over-indebted consumers and explain how debt review works",
                "Collect payslips and bank statements and prepare the first budget and proposal for the debt counsellor",
                "Phone clients every month to make sure their payment reached the PDA",
            ]),
          E("Outbound Sales Agent (Funeral Cover)", "Sizwe Life Direct", "Mbalenhle", "2019-04:2022-02", "facing",
            "contact_center", [
                "Phoned leads to sell funeral policies and read the disclosures word for word",
                "180 to 220 dials a day on the predictive dialler",
            ]),
          E("Contact Centre Learner", "Sizwe Life Direct", "Mbalenhle", "2018-04:2019-03", "facing",
            "contact_center", [
                "12-month learnership: classroom days plus service calls on the floor with a buddy",
            ], etype="internship"),
          E("General Worker", "Mbalenhle Bricks CC", "Mbalenhle", "y2015:2017", "none", None, [
              "Offloading the kilns and stacking bricks for curing",
              "Cleaning the moulds and the yard",
          ]),
      ]),
      ("h", "References"),
      ("kv", [("Ms T. Khumalo", "Team Leader, Clearwater Debt Solutions - 011 555 0190"),
              ("Mr J. van Wyk", "Sales Manager, Sizwe Life Direct - 011 555 0175")]),
  ])

# ------------------------------------------------------------------ w026
R(file="w026.docx",
  family="Canadian hospital pay & benefits help-desk agent, former payroll administrator and bookkeeper, Word tab-stop dates with employer line first",
  renderer="docx", layout="plain", order="org_title", dates="mon.", present="Present", sep=" – ",
  name="Amandeep Grewal",
  contact=["Millgrove Heights, ON", "(905) 555-0116", "amandeep.grewal@mailbox.ca"],
  opt={"jobmode": "tabs", "org_bold": True, "contact_join": "  •  ", "font": "Cambria", "size": 10.5},
  blocks=[
      ("h", "Summary of Qualifications"),
      ("ul", ["Eight years in payroll and pay support for a 9,000-employee hospital network",
              "Payroll Compliance Practitioner (PCP), 2019",
              "Patient, plain-language explanations of pay, deductions and benefits"]),
      ("h", "Relevant Experience"),
      ("jobs", [
          E("Pay & Benefits Help Desk Agent", "Lakeshore Regional Health Network", "Millgrove Heights, ON",
            "2021-03:present", "facing", "internal_support", [
                "Answer calls and tickets from nurses, support staff and physicians about pay, overtime, benefits "
                "enrolment and T4s",
                "Walk employees through the self-serve portal; fix timecard errors with their managers",
                "Ran the pop-up pay clinic in the staff cafeteria during the 2023 system migration",
            ]),
          E("Payroll Administrator", "Lakeshore Regional Health Network", "Millgrove Heights, ON",
            "2018-06:2021-02", "none", None, [
                "Processed bi-weekly payroll for two sites (3,100 employees) in the HRIS",
                "Reconciled deductions, garnishments and ROEs; year-end T4 balancing",
            ]),
      ]),
      ("h", "Additional Experience"),
      ("jobs", [
          E("Bookkeeper (part-time)", "Kestrel Bay Plumbing & Heating", "Millgrove Heights, ON", "2016-01:2018-05",
            "facing", "other_facing", [
                "Accounts payable and receivable; invoiced customers after each job",
                "Phoned customers about overdue invoices and set up payment plans",
                "Month-end with the outside accountant",
            ]),
          E("Cashier", "Harvest Basket Foods", "Millgrove Heights, ON", "y2012:2015", "facing", "in_person_service",
            []),
      ]),
      ("h", "Education"),
      ("p", "Diploma, Accounting – Niagara Escarpment College, 2016"),
      ("h", "Languages"),
      ("p", "English, Punjabi, Hindi"),
  ])

# ------------------------------------------------------------------ w027
R(file="w027.pdf",
  family="Ghanaian senior medicine counter assistant with medical rep and community health volunteer history, reportlab single column, employer headings with roles beneath",
  renderer="reportlab", layout="plain", order="orgfirst", dates="mon", present="Present", sep=" - ",
  name="Akosua Mensah-Boateng", headline="Medicine Counter Assistant",
  contact=["Asokore Hills, Greater Accra", "+233 24 555 0191", "akosua.mensahboateng@mailbox.com.gh"],
  opt={"centred": True, "bullet": "-", "accent": (0.45, 0.3, 0.0), "caps": True, "size": 10},
  blocks=[
      ("h", "Personal Statement"),
      ("p", "Dedicated and friendly counter assistant with nearly nine years in community pharmacy and medical sales. "
            "I want to train as a pharmacy technician and grow with a pharmacy chain."),
      ("h", "Working Experience"),
      ("jobs", [
          E("Senior Medicine Counter Assistant", "Goodwill Chemists & Pharmacy Ltd", "Asokore Hills",
            "2022-02:present", "facing", "healthcare_care", [
                "Serve 80 to 120 customers a day at the OTC counter; ask about symptoms before recommending a "
                "product and refer to the pharmacist on duty",
                "Check blood pressure and blood sugar for walk-in clients and record them in the screening book",
                "Supervise 3 counter assistants and do the weekly stock order with the pharmacist",
            ]),
          E("Medicine Counter Assistant", "Goodwill Chemists & Pharmacy Ltd", "Asokore Hills", "2019-07:2022-01",
            "facing", "healthcare_care", [
                "Counter sales and dispensing under supervision; kept the controlled drugs register",
            ]),
          E("Medical Sales Representative (Contract)", "Lifeline Pharmaceuticals Ltd", "Accra East Zone",
            "2018-01:2019-06", "facing", "sales_account", [
                "Detailed our antimalarials and antibiotics to doctors and pharmacists in 40 facilities",
                "Organised lunch-time product talks at polyclinics",
            ]),
          E("National Service Personnel - Stores Assistant", "Asokore Municipal Hospital", "Asokore Hills",
            "2016-09:2017-08", "affecting", None, [
                "Received drugs and consumables from the regional medical stores and kept the bin cards",
                "Issued supplies to the wards against requisitions",
            ], etype="internship"),
          E("Community Health Volunteer", "Asokore Community Health Volunteers", "Asokore Hills", "y2016:2018",
            "facing", "volunteering", [
                "House-to-house visits for malaria and immunisation campaigns; registered children under five",
            ], section="volunteer", etype="volunteer"),
      ]),
      ("h", "Education"),
      ("ul", ["HND Marketing - Accra Polytechnic Institute, 2016", "WASSCE - Asokore Senior High School, 2012"]),
      ("h", "Skills"),
      ("ul", ["Good communication in English, Twi and Ga", "Blood pressure and glucose screening",
              "Stock control and ordering", "Microsoft Word and Excel"]),
      ("h", "Referees"),
      ("ul", ["Pharm. Kwame Asante, Superintendent Pharmacist, Goodwill Chemists & Pharmacy Ltd - 020 555 0177",
              "Mr. Yaw Darko, Area Manager, Lifeline Pharmaceuticals Ltd - 024 555 0165"]),
  ])

# ------------------------------------------------------------------ w028
R(file="w028.html",
  family="Jamaican excursion tour guide with BPO, resort and craft-market history, HTML résumé with 'Title – Employer, Town' lines and 'to Present'",
  renderer="html", layout="div", order="dash", dates="month", present="Present", sep=" to ",
  name="Devon McKenzie", headline="Tour Guide & Guest Experience",
  contact=["Cotton Tree Bay, St. James", "(876) 555-0163", "devon.mckenzie@mailbox.com"],
  opt={"dashchar": "–",
       "css": "body{font:15px/1.5 Verdana,sans-serif;background:#fffdf6;margin:30px}h1{color:#0b6e4f}"
              "h2{color:#fff;background:#0b6e4f;padding:3px 8px;font-size:1em}"
              ".job h3{margin:10px 0 0;font-size:1em}.dates{display:block;font-weight:normal;color:#666}"},
  blocks=[
      ("h", "Profile"),
      ("p", "Outgoing, safety-minded guide who loves showing visitors the real Jamaica. Ten years serving tourists "
            "in one way or another, plus nearly three years on the phones for a US client."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Excursion Tour Guide", "Blue Hole Adventures Ltd", "Cotton Tree Bay", "2021-05:present", "facing",
            "other_facing", [
                "Guide river tubing, waterfall and hillside coffee farm tours for cruise and hotel guests, groups "
                "of 10 to 40",
                "Safety briefings, head counts and first aid; keep the bus laughing between stops",
                "4.9 average rating on the review sites",
            ]),
          E("Customer Service Representative", "Caribbean Connect BPO", "Cotton Tree Bay Free Zone",
            "2018-08:2021-04", "facing", "contact_center", [
                "Inbound billing and technical calls from customers of a US cable company, 55 to 65 calls a shift",
                "Retention offers on cancellation calls",
            ]),
          E("Bellman / Guest Services Attendant", "Coral Cove Resort & Spa", "Cotton Tree Bay", "2016-01:2018-07",
            "facing", "in_person_service", [
                "Luggage, airport transfer coordination and lobby concierge cover",
            ]),
          E("Craft Vendor", "Own stall, Cotton Tree Bay Craft Market", "Cotton Tree Bay", "y2012:2015", "facing",
            "entrepreneurial_freelance", [
                "Sold my uncle's wood carvings and my own bead jewellery to cruise visitors",
            ], etype="freelance"),
      ]),
      ("h", "Certifications"),
      ("ul", ["Licensed Tour Guide (TPDCo-style licensing), 2021", "Red Cross First Aid & CPR, 2024",
              "Team JAMAICA service training"]),
      ("h", "Education"),
      ("p", "Cotton Tree Bay High School – CSEC: English A, Mathematics, Geography, Principles of Business"),
  ])

# ------------------------------------------------------------------ w029
R(file="w029.pdf",
  family="US independent IT consultant, former credit-union help desk and junior sysadmin, reportlab two-column header, 'Title at Employer' lines, undated volunteer entry",
  renderer="reportlab", layout="twocol", order="title_at", dates="m/yyyy", present="present", sep=" – ",
  name="Marcus Lindqvist", headline="IT for small offices",
  contact=["Ferris Lake, MN", "(218) 555-0124", "marcus@mailbox.com"],
  opt={"letter": True, "font": "DejaVu", "size": 9.5, "bullet": "›", "accent": (0.1, 0.3, 0.5), "caps": True},
  blocks=[
      ("h", "Experience"),
      ("jobs", [
          E("Independent IT Consultant", "Lindqvist Tech Services LLC", "Ferris Lake, MN", "2021-01:present",
            "facing", "entrepreneurial_freelance", [
                "Support 14 small offices (dental clinics, a law firm, an accounting practice) on monthly retainers",
                "On-site visits to set up networks and Microsoft 365; train staff and pick up the phone when "
                "something breaks",
                "Scope and quote projects with owners; do my own billing",
            ], etype="freelance"),
          E("IT Support Specialist", "Northern Pines Credit Union", "Ferris Lake, MN", "2016-04:2020-12", "facing",
            "internal_support", [
                "Tier 1–2 help desk for 230 employees across 9 branches: phone, tickets and branch visits",
                "Imaged and deployed laptops and teller workstations",
            ]),
          E("Junior Systems Administrator", "Boreal Mutual Insurance", "Ironwood Falls, MN", "2013-07:2016-03",
            "none", None, [
                "Patched and monitored ~400 Windows and Linux servers; wrote PowerShell backup scripts",
                "On-call rotation for the data center",
            ]),
          E("Computer Repair Technician (part-time)", "PC Doctor Ferris Lake", "Ferris Lake, MN", "y2010:2013",
            "facing", "in_person_service", [
                "Bench repairs and virus removals; explained repairs and quotes to customers at the counter",
            ]),
      ]),
      ("h", "Volunteer"),
      ("jobs", [
          E("Tech Help Volunteer", "Ferris Lake Public Library", None, None, "facing", "volunteering", [
              "Monthly drop-in sessions helping seniors with phones, tablets and scam emails",
          ], section="volunteer", etype="volunteer"),
      ]),
      ("h", "Certifications"),
      ("p", "CompTIA A+, Network+; Microsoft 365 Certified: Modern Desktop Administrator Associate"),
      ("h", "Education"),
      ("p", "A.A.S. Computer Support, Northwoods Technical College, 2012"),
  ])

# ------------------------------------------------------------------ w030
R(file="w030.docx",
  family="US non-emergency medical transport driver and dispatcher, ex-Army truck driver, Word with contact in the page header and a table per job",
  renderer="docx", layout="header", order="title_org", dates="mm/yyyy", present="Present", sep=" - ",
  name="Luis Armando Pacheco",
  contact=["Mesa Quemada, AZ", "(520) 555-0171", "luis.pacheco@mailbox.com"],
  opt={"jobmode": "table", "contact_join": "  |  ", "letter": True, "font": "Arial", "size": 10,
       "plain_headings": True, "caps": True},
  blocks=[
      ("h", "Summary"),
      ("p", "Army veteran and commercial driver with six years in non-emergency medical transportation. Safe "
            "driving record, CPR/First Aid certified, bilingual English/Spanish."),
      ("h", "Experience"),
      ("jobs", [
          E("NEMT Driver", "CareRide Transport LLC", "Mesa Quemada, AZ", "2022-03:present", "facing",
            "healthcare_care", [
                "Drive dialysis, chemo and wheelchair patients to appointments in an ADA van; secure wheelchairs "
                "with 4-point tie-downs",
                "Door-through-door assistance from the rider's front door to the clinic check-in desk",
                "Trip logs and pre-trip inspections",
            ]),
          E("Dispatcher / Scheduler", "CareRide Transport LLC", "Mesa Quemada, AZ", "2020-06:2022-02", "facing",
            "contact_center", [
                "Took ride requests by phone from members, case managers and clinics; booked and confirmed trips",
                "Re-routed drivers around late pick-ups and called members with updated ETAs",
            ]),
          E("Route Delivery Driver (contract)", "DesertLink Couriers", "Mesa Quemada, AZ", "2018-09:2020-05",
            "affecting", None, [
                "Delivered 180–220 packages a day on a residential route; photo on delivery, no signatures",
            ]),
          E("Motor Transport Operator (88M)", "417th Transportation Detachment", "Fort Calder, AZ",
            "2013-01:2016-12", "affecting", None, [
                "Drove medium tactical trucks hauling supplies and troops in convoys",
                "Load plans, PMCS and dispatch paperwork",
            ], etype="military"),
      ]),
      ("h", "Licenses & Certifications"),
      ("ul", ["Arizona Class B CDL with passenger endorsement", "CPR / First Aid (AHA), 2025",
              "Passenger Assistance, Safety & Sensitivity (PASS) certified"]),
      ("h", "Education"),
      ("p", "High School Diploma – Mesa Quemada High School, 2012"),
  ])
