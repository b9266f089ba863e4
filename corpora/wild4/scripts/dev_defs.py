"""Dev split: z001-z030.  Each R(...) renders one file and its gold line."""
from lib import R, E, G

RES = []
add = RES.append

# ---------------------------------------------------------------- z001 US chronological, SWE w/ customer duties
add(R("z001.pdf", "US chronological / software engineer with customer-facing duties",
      ["Marcus T. Oyelaran", "Denver, CO 80211 · (720) 555-0148 · m.oyelaran@example.com · github.com/mtoyelaran"],
      [("Summary", ["Backend engineer with eight years of experience building payment and billing APIs. "
                    "Comfortable on customer calls and owning incidents end to end."]),
       ("Professional Experience", [
           E("Senior Software Engineer", "Brightwell Analytics", "Denver, CO", "2021-03", "present", "F:of",
             ["Worked directly with enterprise customers on escalated integration issues, joining weekly calls with their engineering teams",
              "Designed the usage-based billing service (Go, Postgres) handling 40M events/day",
              "Wrote customer-facing migration guides and ran onboarding workshops for new API clients",
              "Mentored four engineers; led the on-call rotation"]),
           E("Software Engineer", "Kestrel Labs", "Boulder, CO", "2018-06", "2021-02", "N",
             ["Built internal data pipelines in Python and Airflow",
              "Reduced nightly batch runtime from 6h to 50 min by partitioning jobs",
              "Maintained CI tooling and Terraform modules"]),
           E("Software Engineering Intern", "Halvorsen Instruments", "Fort Collins, CO", "2017-05", "2017-08", "N",
             ["Prototyped firmware test harness in C++ for sensor boards"], et="internship"),
       ]),
       ("Education", ["B.S. Computer Science, Colorado State University, 2018"]),
       ("Skills", ["Go, Python, PostgreSQL, Kafka, AWS, Terraform, customer escalations"])],
      layout="pdf_classic", tpl=("{t}", "{o} — {l} | {d}"), hs="caps", bullet="•"))

# ---------------------------------------------------------------- z002 UK CV, docx plain
add(R("z002.docx", "UK CV / retail & hospitality",
      ["Chloe Pennington-Hart", "14 Marlowe Close, Leicester LE2 7QP", "07700 900 412 | chloe.ph@example.co.uk"],
      [("Personal Profile", ["A friendly and reliable supervisor with six years in busy coffee shops. I enjoy training new starters and keeping the floor running smoothly on Saturdays."]),
       ("Employment History", [
           E("Assistant Manager", "Copper Kettle Coffee House", "Leicester", "2022-09", "present", "F:ip",
             ["Run the floor on shifts of up to 9 staff, serving 600+ customers a day",
              "Deal with customer complaints and refunds face to face",
              "Train baristas on drinks standards and allergen procedures",
              "Cash up, bank the takings and complete the weekly rota"]),
           E("Barista / Team Member", "Copper Kettle Coffee House", "Loughborough", "2020-02", "2022-08", "F:ip",
             ["Took orders and made drinks at a high-volume till", "Kept the seating area clean and restocked"]),
           E("Stock Controller", "Marston & Vale Homewares", "Leicester", "2018-07", "2020-01", "A",
             ["Booked in deliveries and checked against purchase orders",
              "Ran weekly stock counts and reported shrinkage to head office",
              "Prepared click-and-collect orders for the shop floor"]),
       ]),
       ("Voluntary Work", [
           E("Volunteer", "Braunstone Community Food Bank", "Leicester", "2021-01", "present", "F:vo",
             ["Welcome clients on Tuesday evenings and help them choose food parcels",
              "Signpost visitors to debt and housing advice"], sec="volunteer"),
       ]),
       ("Education", ["Gateway College — BTEC Level 3 Business (Merit), 2018", "GCSEs: 8 grades 9–4 including English and Maths"]),
       ("References", ["Available on request."])],
      layout="docx_plain", tpl=("{t}", "{o}, {l}", "{d}"), hs="style", bullet="style", df="month", dash=" – "))

# ---------------------------------------------------------------- z003 Indian key:value, txt
add(R("z003.txt", "Indian CV (key : value, Roles and Responsibilities, declaration)",
      ["CURRICULUM VITAE", "", "DEEPIKA RAMACHANDRAN", "Mobile : +91 98450 12763", "E-mail : deepika.r1994@example.in",
       "Address : No. 42, 3rd Cross, Vijayanagar, Bengaluru - 560040"],
      [("Career Objective", ["To work in a challenging environment where I can use my skills in customer handling and process improvement for the growth of the organisation."]),
       ("Professional Experience", [
           E("Senior Customer Support Executive", "Northwind Telecom Services Pvt. Ltd.", "Bengaluru", "2021-04", "present", "F:cc",
             ["Handling inbound calls from postpaid customers regarding billing and plan queries",
              "Resolving escalated complaints within TAT and updating tickets in CRM",
              "Achieved CSAT of 92% for three consecutive quarters",
              "Mentoring new joiners during nesting period"]),
           E("Process Associate", "Veridian Business Solutions", "Chennai", "2018-07", "2021-03", "A",
             ["Processing insurance claim forms and verifying documents as per SOP",
              "Data validation of policy records in the client's back-end system",
              "Maintaining 99.5% accuracy on daily audit sample"]),
           E("Trainee (Summer Internship)", "Sree Lakshmi Textiles", "Coimbatore", "2017-05", "2017-06", "N",
             ["Studied the inventory management system of the weaving unit and submitted project report"], et="internship"),
       ]),
       ("Educational Qualification", ["B.Com  -  Bharathiar University  -  2018  -  71%", "HSC  -  State Board  -  2015  -  84%"]),
       ("Computer Skills", ["MS Office, Tally ERP 9, Salesforce Service Cloud (basic)"]),
       ("Personal Details", ["Father's Name : K. Ramachandran", "Date of Birth : 11-02-1997", "Gender : Female",
                             "Marital Status : Single", "Languages Known : English, Tamil, Kannada, Hindi", "Nationality : Indian"]),
       ("Declaration", ["I hereby declare that the above furnished information is true to the best of my knowledge.", "",
                        "Place : Bengaluru                                   (DEEPIKA R)", "Date :"])],
      tpl=("Organisation  :  {o}, {l}", "Designation   :  {t}", "Duration      :  {d}", "Roles and Responsibilities:"),
      df="mon", pw="Till Date", hs="colon", bullet="➢", dash=" to "))

# ---------------------------------------------------------------- z004 two-column left sidebar, social media
add(R("z004.pdf", "two-column sidebar (left) / social-media & community manager",
      ["Ines Valcourt-Mbeki", "Community & Social Lead", "ines.valcourt@example.com", "+44 7700 900 781", "Bristol, UK"],
      [("Skills", ["Community moderation", "Sprout Social, Hootsuite", "Discord & Discourse admin", "Copywriting", "Crisis comms"]),
       ("Languages", ["English (native)", "French (fluent)", "Xhosa (conversational)"]),
       ("Education", ["BA Media & Communication", "University of the West of England, 2016"]),
       ("Experience", [
           E("Community Manager", "Lumen Playworks", "Bristol", "2022-01", "present", "F:ds",
             ["Answer player questions and bug reports across Discord, Reddit and X, 7 days a week on rota",
              "Grew the official Discord from 18k to 95k members while keeping response time under 2 hours",
              "Escalate account and payment issues to the support team and follow up with players"]),
           E("Social Media Executive", "Harrow & Finch Retail Group", "London", "2019-05", "2021-12", "F:ds",
             ["Replied to customer DMs and comments on Instagram and Facebook on behalf of 40 stores",
              "Planned the monthly content calendar and reported engagement to the brand team"]),
           E("Content Marketing Coordinator", "Tessellate Media", "Bath", "2016-09", "2019-04", "A",
             ["Wrote blog posts and newsletters for B2B clients (no direct client contact)",
              "Scheduled social posts and tracked campaign metrics in Google Analytics"]),
       ]),
       ("Volunteering", [
           E("Social media volunteer", "Avon Riverside Trust", None, "2020", "2023", "A",
             ["Ran the charity's Instagram account and designed event posters"], sec="volunteer"),
       ])],
      layout="pdf_twocol", side=("Skills", "Languages", "Education"), sidebar="left",
      tpl=("{t}", "{ol}", "{d}"), df="MON", hs="caps", bullet="▪"))

# ---------------------------------------------------------------- z005 German Lebenslauf style, docx table
add(R("z005.docx", "German Lebenslauf-style (English), dates column table",
      ["Curriculum Vitae", "Tobias Reinhardt-Öztürk", "Rosenheimer Str. 88, 81669 München", "Tel.: +49 151 2345 6789 · tobias.reinhardt@example.de",
       "Date of birth: 14.09.1990 in Augsburg · Nationality: German · Marital status: married, one child"],
      [("Professional Experience", [
           E("Production Engineer (Fertigungsingenieur)", "Albrecht Antriebstechnik GmbH", "Landshut", "2019-10", "present", "N",
             ["Planning and optimisation of CNC machining lines for gearbox housings",
              "Introduction of SMED methods, set-up times reduced by 35 %",
              "Coordination with maintenance and tool suppliers"]),
           E("Quality Engineer", "Kessler Fahrzeugteile AG", "Ingolstadt", "2016-04", "2019-09", "A",
             ["Processing of customer complaints (8D reports) for OEM customers in writing",
              "Supplier audits according to VDA 6.3", "Initial sample inspections (PPAP)"]),
           E("Working student (Werkstudent) in Production Planning", "Kessler Fahrzeugteile AG", "Ingolstadt", "2014-10", "2016-03", "N",
             ["Creation of work plans in SAP PP", "Time studies according to REFA"], et="internship"),
       ]),
       ("Education", ["10/2010 – 03/2016  Technische Hochschule Ingolstadt, Mechanical Engineering (Dipl.-Ing. (FH))",
                      "09/2001 – 06/2010  Gymnasium bei St. Anna, Augsburg – Abitur"]),
       ("Military Service", [
           E("Basic military service (Grundwehrdienst)", "Bundeswehr, Gebirgsjägerbataillon 231", "Bad Reichenhall", "2010-07", "2011-03", "N",
             [], et="military"),
       ]),
       ("Languages & IT", ["German (native), English (C1), Turkish (B2)", "SAP PP/QM, CATIA V5, MS Office"]),
       ("", ["München, 02.11.2026", "Tobias Reinhardt-Öztürk"])],
      layout="docx_table", tpl=("{t}", "{o}, {l}"), df="mm/yyyy", pw="today", hs="underline",
      bullet="–", unsure=("z005 Quality Engineer: handles OEM complaints in writing via 8D reports — labelled affecting (B2B quality paperwork, not serving); could be facing",)))

# ---------------------------------------------------------------- z006 Kenyan CV txt
add(R("z006.txt", "Kenyan CV / sales & customer care",
      ["BRIAN KIPCHUMBA KORIR", "P.O. Box 4521-00100, Nairobi", "Tel: 0722 000 318   Email: bkorir.cv@example.co.ke", "ID No: 2xxxxxx8"],
      [("Profile", ["Hardworking and result oriented sales person with experience in mobile money and FMCG distribution in Nairobi and Rift Valley regions."]),
       ("Work Experience", [
           E("Sales Representative", "Simba Fresh Dairies Ltd", "Nakuru", "2022-02", "present", "F:sa",
             ["Visiting and servicing 120 retail outlets weekly along my route",
              "Taking orders, following up on payments and handling outlet complaints",
              "Recruiting new stockists and exceeding monthly target by 15%"]),
           E("Customer Care Agent", "Mwangaza Mobile Money Agency", "Nairobi", "2019-08", "2022-01", "F:ip",
             ["Served walk-in customers with deposits, withdrawals and SIM replacement",
              "Verified customer IDs and kept float records", "Resolved failed transactions with the service provider"]),
           E("Shop Attendant", "Baraka Hardware", "Eldoret", "2018", "2019", "F:ip",
             ["Serving customers and arranging goods"]),
       ]),
       ("Volunteer Experience", [
           E("Youth Mentor", "Kibera Hope Football Academy", "Nairobi", "2020", "present", "F:vo",
             ["Coach under-14 team on Saturdays and talk to the boys about staying in school"], sec="volunteer", d="since 2020"),
       ]),
       ("Education", ["2014 - 2017  Moi University  -  Diploma in Business Management", "2010 - 2013  Kapsabet Boys High School  -  KCSE (B-)"]),
       ("Referees", ["1. Mr. Peter Otieno, Area Sales Manager, Simba Fresh Dairies — 0733 000 111",
                     "2. Mrs. Grace Wanjiru, Agency Owner — 0711 000 222"])],
      tpl=("{t}", "{o}, {l}", "{d}"), df="month", pw="To date", hs="caps", bullet="*", dash=" - ",
      unsure=("z006 Shop Attendant: 'Baraka Hardware' years-only 2018–2019, one bullet; labelled facing",
              "z006 Youth Mentor 'since 2020' coded 2020 → present, precision year")))

# ---------------------------------------------------------------- z007 freelancer MD
add(R("z007.md", "freelancer with client list (Markdown)",
      ["# Saoirse Delacroix-Byrne", "Freelance web & brand designer · Galway / remote  ", "saoirse@example.ie · saoirsedesigns.example"],
      [("About", ["I design and build websites for small organisations that don't have an in-house designer. Most of my work comes through referrals."]),
       ("Freelance work", [
           E("Freelance Web Designer", "Self-employed (Saoirse Designs)", None, "2020-06", "present", "F:ef",
             ["Scope projects in discovery calls with clients and turn their goals into sitemaps and quotes",
              "Deliver 10–15 Webflow/WordPress sites per year, then train clients to edit their own content",
              "Selected clients: Corrib Bay Kayaks, Clifden Arts Collective, two dental practices, a hurling club"],
             et="freelance"),
       ]),
       ("Employment", [
           E("Junior Designer", "Quayside Creative", "Galway", "2017-09", "2020-05", "A",
             ["Produced layouts, icons and social assets from the art director's briefs",
              "Prepared print-ready files for packaging clients"]),
           E("Print Studio Assistant", "Claddagh Print & Copy", "Galway", "2016", "2017", "F:ip",
             ["Helped walk-in customers with print jobs at the counter and took payments"]),
       ]),
       ("Education", ["BA (Hons) Visual Communication — Atlantic Technological University, 2017"]),
       ("Tools", ["Figma · Webflow · WordPress · Illustrator · a little JavaScript"])],
      layout="md_bold", tpl=("{t} — {o}", "{l} · {d}"), df="mon", pw="now", hs="h2", bullet="-",
      ))

# ---------------------------------------------------------------- z008 nurse fpdf
add(R("z008.pdf", "nurse / healthcare (fpdf, dates right)",
      ["Adaeze N. Whitfield, RN, BSN", "Houston, TX · 832-555-0199 · adaeze.whitfield@example.com",
       "License: Texas RN #9xxxxx (exp. 2027) · BLS, ACLS, PALS"],
      [("Clinical Experience", [
           E("Registered Nurse – Medical/Surgical Unit", "Bayou Crest Medical Center", "Houston, TX", "2020-08", "present", "F:hc",
             ["Provide direct care to 5–6 patients per shift on a 32-bed med/surg floor",
              "Educate patients and families on discharge medications and wound care",
              "Charge nurse 2 shifts/month; precept new graduate nurses"]),
           E("Patient Care Technician", "Bayou Crest Medical Center", "Houston, TX", "2018-05", "2020-07", "F:hc",
             ["Vital signs, ADLs, phlebotomy and EKGs for telemetry patients",
              "Answered call lights and helped patients mobilise safely"]),
           E("Undergraduate Research Assistant", "Gulf Coast Nursing Research Lab", "Houston, TX", "2017-01", "2018-05", "N",
             ["Coded interview transcripts and cleaned survey data in SPSS"], et="internship"),
       ]),
       ("Education", ["Bachelor of Science in Nursing — University of Houston, May 2020", "Associate of Science — Lone Star College, 2016"]),
       ("Volunteer", [
           E("Health Fair Volunteer", "Third Ward Community Clinic", "Houston, TX", "2019", None, "F:vo",
             ["Blood pressure screening at quarterly health fairs"], sec="volunteer", d="2019"),
       ])],
      layout="fpdf_right", tpl=("{t}", "{o} | {l}"), df="mm/yyyy", pw="Current", dash="–", hs="caps", bullet="•",
      unsure=("z008 Health Fair Volunteer: only '2019' given, coded start=end=2019 (12 months) though it was quarterly events; kind volunteering vs healthcare_care ambiguous",)))

# ---------------------------------------------------------------- z009 Australian teacher docx
add(R("z009.docx", "Australian teacher résumé",
      ["Lachlan O'Sullivan-Tran", "Secondary Teacher (Mathematics & Digital Technologies)", "Brunswick VIC 3056 | 0412 000 587 | lachlan.ost@example.com.au",
       "VIT Registration: Full (No. 4xxxxx) | Working with Children Check: current"],
      [("Teaching Experience", [
           E("Mathematics Teacher (0.8 FTE)", "Merri Creek Secondary College", "Brunswick VIC", "2021-01", "present", "F:ed",
             ["Teach Years 7–10 Mathematics and VCE General Maths to classes of 25",
              "Write differentiated learning plans with the learning support team",
              "Year 9 home-group teacher; run parent-teacher interviews each term"]),
           E("Casual Relief Teacher", "Northern Region Relief Pool (Department of Education)", "Melbourne", "2019-02", "2020-12", "F:ed",
             ["Covered classes across 14 primary and secondary schools"]),
       ]),
       ("Other Employment", [
           E("Bartender", "The Rusty Anchor Hotel", "Williamstown VIC", "2015-11", "2019-01", "F:ip",
             ["Served drinks and meals to patrons, RSA certified", "Closed the venue and reconciled tills on weekends"]),
           E("Maths Tutor", None, None, "2016", "2018", "F:ed",
             ["Private tutoring for VCE students, 6–8 hours a week"], et="freelance", d="2016 – 2018"),
       ]),
       ("Qualifications", ["Master of Teaching (Secondary), University of Melbourne, 2018", "Bachelor of Science (Mathematics), Monash University, 2015"]),
       ("Referees", ["Ms Priya Anand, Assistant Principal, Merri Creek SC — details on request"])],
      layout="docx_plain", tpl=("{t}", "{ol}  |  {d}"), df="mon", hs="caps", bullet="●", dash=" – ",
      unsure=("z009 Maths Tutor: no organisation ('null'); freelance employment type assumed",)))

# ---------------------------------------------------------------- z010 gig worker txt
add(R("z010.txt", "gig worker (delivery / rideshare)",
      ["Rafael \"Rafa\" Quintero", "Phoenix, AZ | 602-555-0133 | rafaq.drives@example.com", "Clean driving record · Own vehicle (2019 Toyota Prius) · Available nights/weekends"],
      [("Summary", ["5,000+ trips completed with a 4.96 rating. Looking for a steady driver or dispatcher job with benefits."]),
       ("Work History", [
           E("Rideshare Driver (independent contractor)", "Uber", "Phoenix metro", "2021-05", "present", "F:ip",
             ["Pick up and drop off riders safely, help with luggage, keep car clean",
              "Handle rider questions and lost-item returns politely",
              "Avg 35 hrs/week; 4.96 rating over 5,200 trips"], et="freelance"),
           E("Delivery Driver", "DoorDash / Grubhub (multi-app)", "Phoenix", "2020-03", "2021-04", "A",
             ["Picked up restaurant orders and delivered to doorsteps, mostly contactless",
              "Planed routes to keep deliveries  under 30 min"], et="freelance"),
           E("Warehouse Associate", "Saguaro Logistics Park", "Tolleson, AZ", "2018-09", "2020-02", "A",
             ["Picked and packed e-commerce orders with RF scanner, 140 units/hr",
              "Loaded outbound trailers"]),
       ]),
       ("Other", ["Spanish – fluent", "Forklift cert. (expired 2021)"])],
      tpl=("{d}", "{t} -- {o} ({l})"), df="mm/yyyy", pw="now", hs="dash", bullet="-", dash="-",
      unsure=("z010 Delivery Driver: contactless food delivery labelled affecting; handing food to customers could be read as facing",)))

# ---------------------------------------------------------------- z011 Europass PDF, date column
add(R("z011.pdf", "Europass CV (date column, Spanish candidate)",
      ["Lucía Ferrández Molina", "Europass Curriculum Vitae",
       "Calle de Embajadores 112, 3ºB, 28045 Madrid (Spain) · +34 612 000 455 · lucia.ferrandez@example.es",
       "Date of birth: 23/05/1993 · Nationality: Spanish"],
      [("Work experience", [
           E("Logistics Coordinator", "Transportes Levante Ibérica S.L.", "Valencia (Spain)", "2021-09", "present", "A",
             ["Planning of full truckload routes Spain–France–Italy", "Coordination of carriers and warehouse slots; documentation (CMR, customs)"],
             x=["Business or sector: Road freight transport"]),
           E("Customer Service Agent (Spanish/English/Italian)", "Helios Contact Solutions", "Madrid (Spain)", "2018-02", "2021-08", "F:cc",
             ["Inbound calls and e-mails from customers of an airline account: bookings, changes, refunds",
              "Handling of complaints and compensation requests (EU 261)"]),
           E("Erasmus+ Traineeship — Export Department", "Ceramiche Bellandi S.p.A.", "Sassuolo (Italy)", "2017-03", "2017-08", "A",
             ["Preparation of export documents and order confirmations"], et="internship"),
       ]),
       ("Education and training", ["2012–2016  Degree in International Trade (Grado en Comercio Internacional), Universidad de Alicante"]),
       ("Personal skills", ["Mother tongue: Spanish · Other languages: English C1, Italian B2, French A2",
                            "Digital skills: SAP SD, Excel (advanced), Zendesk, Genesys",
                            "Driving licence: B"])],
      layout="pdf_datecol", tpl=("{t}", "{ol}"), df="mm/yyyy", pw="Present", hs="plain", bullet="▪", dash="–"))

# ---------------------------------------------------------------- z012 Nigerian docx kv table
add(R("z012.docx", "Nigerian CV (banking, NYSC)",
      ["CURRICULUM VITAE", "NAME: CHIDINMA OLUWASEUN EZE-ADEBAYO", "ADDRESS: 17 Adeola Odeku Street, Victoria Island, Lagos", "PHONE: 0803 000 4412",
       "EMAIL: chidinma.eze@example.com.ng", "STATE OF ORIGIN: Anambra   |   SEX: Female   |   MARITAL STATUS: Single"],
      [("Career Objective", ["To build a career in relationship banking where I can apply my customer service and sales skills."]),
       ("Work Experience", [
           E("Relationship Manager, SME Banking", "Unity Trust Bank Plc", "Lagos Island Branch", "2022-06", "present", "F:sa",
             ["Manage a portfolio of 85 SME customers with combined deposits of ₦2.1bn",
              "Visit customers, resolve account issues and cross-sell loans and POS terminals"]),
           E("Customer Service Officer", "Unity Trust Bank Plc", "Ikeja Branch", "2019-09", "2022-05", "F:ip",
             ["Account opening and customer enquiries in banking hall", "Card issuance and resolution of complaints",
              "Handled average of 70 walk-in customers daily"]),
           E("Corps Member (NYSC) – Economics Teacher", "Government Secondary School, Gwagwalada", "Abuja", "2018-08", "2019-07", "F:ed",
             ["Taught Economics to SS1–SS3 students", "Organised CDS health awareness outreach"]),
       ]),
       ("Educational Qualifications", ["B.Sc Economics (Second Class Upper) – University of Nigeria, Nsukka, 2017", "WAEC SSCE – 2012"]),
       ("Hobbies", ["Reading, Travelling, Cooking"]),
       ("Referees", ["Available on request"])],
      layout="docx_kv", tpl=("{T}", "{o} — {l}"), df="month", pw="Date", hs="caps", bullet="✓", dash=" – ",
      unsure=("z012 NYSC Corps Member: compulsory national service with stipend — employment_type coded paid",
              "z012 locations are bank branch names ('Lagos Island Branch', 'Ikeja Branch') kept as the location field")))

# ---------------------------------------------------------------- z013 military to civilian txt
add(R("z013.txt", "military-to-civilian",
      ["DARNELL J. WASHINGTON-REYES", "Fayetteville, NC | (910) 555-0177 | dwr.logistics@example.com | Secret clearance (inactive)"],
      [("Summary of Qualifications", ["Former U.S. Army Sergeant with 9 years in supply chain and team leadership; now a civilian operations supervisor."]),
       ("Professional Experience", [
           E("Operations Supervisor", "Pinecrest Distribution Services", "Fayetteville, NC", "2023-01", "present", "F:is",
             ["Supervise 22 associates on second shift in a 300k sq ft DC",
              "Act as first point of contact for store managers who call in about late or short shipments",
              "Run daily safety huddles; zero recordables in 2024"]),
       ]),
       ("Military Experience", [
           G("U.S. Army", "Fort Liberty, NC", [
               E("Supply Sergeant (92Y), E-5", "U.S. Army", "Fort Liberty, NC", "2018-03", "2022-12", "A",
                 ["Accountable for $14M of equipment across 4 company property books with zero loss",
                  "Ordered parts and supplies through GCSS-Army for 180 soldiers"], et="military"),
               E("Unit Supply Specialist, E-3/E-4", "U.S. Army", "Camp Humphreys, Korea", "2014-01", "2018-02", "A",
                 ["Issued and received equipment, maintained hand receipts",
                  "Deployed 9 months; managed forward supply point"], et="military"),
           ], d="2014 – 2022"),
       ]),
       ("Education & Training", ["Associate of Applied Science, Logistics — Fayetteville Technical Community College (2021)",
                                 "Basic Leader Course (2017) · Hazmat certification (2019)"])],
      tpl=("{t}", "{o}, {l}", "{d}"), gtpl=("{O} — {l}  ({d})",), rtpl=("{t} | {l} | {d}",), df="mm/yyyy", pw="Present",
      hs="eq", bullet="*", dash=" - ",
      unsure=("z013 Operations Supervisor: facing via store managers as internal customers; mostly supervisory",)))

# ---------------------------------------------------------------- z014 academic CV, long, serif
add(R("z014.pdf", "academic CV (teaching + research, multi-page)",
      ["Dr. Henrike Vasquez-Lindqvist", "School of Earth Sciences, University of Northbridge",
       "h.vasquez-lindqvist@example.ac.uk · ORCID 0000-0002-xxxx-xxxx"],
      [("Academic Appointments", [
           E("Lecturer in Environmental Chemistry", "University of Northbridge", None, "2022-09", "present", "F:ed", x=["School of Earth Sciences"], b=

             ["Module lead for CHEM2041 Aquatic Chemistry (140 students) and CHEM3310 Field Methods",
              "Personal tutor to 18 undergraduates; supervise 6 final-year projects per year",
              "Run weekly office hours and revision clinics"]),
           E("Postdoctoral Research Associate", "Institute for Freshwater Science, Uppsala", None, "2019-01", "2022-08", "N",
             ["Developed passive samplers for PFAS in lake sediments (NERC-funded)",
              "Ran LC-MS/MS method development; managed lab consumables budget",
              "Co-supervised two PhD students' lab work"]),
           E("Graduate Teaching Assistant", "University of Leeds", None, "2015-10", "2018-12", "F:ed", x=["School of Chemistry"], b=

             ["Demonstrated in first-year analytical chemistry labs (approx. 6 hours/week)",
              "Marked lab reports and held feedback sessions"], et="paid"),
       ]),
       ("Research Grants", ["2023  Royal Society Research Grant, £20,000 (PI)", "2020  Swedish Research Council starting grant, co-I"]),
       ("Selected Publications", [
           "Vasquez-Lindqvist H., Åberg M. (2024) Passive sampling of short-chain PFAS in boreal lakes. Environ. Sci. Technol. 58, 1123–1134.",
           "Vasquez-Lindqvist H., Kowal J., Åberg M. (2023) Seasonal mobilisation of fluorinated surfactants from sediments. Chemosphere 312, 137201.",
           "Vasquez-Lindqvist H. et al. (2022) Sediment–water exchange of perfluoroalkyl acids. Water Research 214, 118190.",
           "Okafor T., Vasquez-Lindqvist H. (2021) Low-cost samplers for citizen monitoring. Analytical Methods 13, 402–410.",
           "Lindahl S., Vasquez-Lindqvist H., Berg E. (2021) Inter-laboratory comparison of PFAS extraction methods. J. Chromatogr. A 1652, 462361.",
           "Vasquez-Lindqvist H., Marsh P. (2019) Trace metals in upland streams after forestry operations. J. Environ. Monit. 21, 55–67.",
           "Marsh P., Vasquez-Lindqvist H. (2018) Diffusive gradients in thin films for Al speciation. Anal. Chim. Acta 1012, 30–39.",
           "Vasquez-Lindqvist H. (2017) Iron colloids in peat-draining rivers. Geochim. Cosmochim. Acta 210, 1–15.",
       ]),
       ("Conference Presentations", [
           "2025  SETAC Europe, Vienna — invited talk: 'Passive sampling for regulators'",
           "2024  RSC Environmental Chemistry Group Annual Meeting — oral",
           "2023  Goldschmidt Conference, Lyon — poster",
           "2022  Nordic Environmental Chemistry Conference, Turku — oral",
           "2021  SETAC North America (virtual) — poster",
       ]),
       ("Teaching Statement (summary)", [
           "My teaching is field-based: students collect and analyse their own water samples, which makes analytical uncertainty concrete. "
           "I use short weekly quizzes and open lab notebooks, and I redesigned CHEM3310 around a single semester-long catchment study. "
           "Student evaluation scores for my modules averaged 4.5/5 over 2023–2025.",
       ]),
       ("PhD and Postdoc Supervision", ["2024–  A. Mensah (PhD, co-supervisor, 50%)", "2023–  L. Ferreira (PhD, primary supervisor)", "2020–2022  R. Holm (PhD, lab co-supervision, Uppsala)"]),
       ("Service and Outreach", [
           E("Outreach Coordinator (voluntary)", "Pint of Science Northbridge", None, "2023", "present", "F:vo",
             ["Organise public talks in pubs; host Q&A with audiences of 80–120"], sec="volunteer"),
           E("Peer reviewer", None, None, None, None, "N",
             ["Reviewer for Environ. Sci. Technol., Chemosphere, Water Research"], sec="other", et="volunteer", d=""),
       ]),
       ("Education", ["PhD Analytical Chemistry, University of Leeds, 2019", "MChem, University of Bristol, 2015"])],
      layout="pdf_serif", tpl=("{t}, {o}", "{l}", "{d}"), df="mon", hs="plain", bullet="–", dash=" – ",
      header="Henrike Vasquez-Lindqvist — Curriculum Vitae", footer="Page {page}",
      unsure=("z014 Peer reviewer: undated service line included as an 'other' entry with no dates; could be excluded",)))

# ---------------------------------------------------------------- z015 Filipino BPO docx
add(R("z015.docx", "Filipino BPO résumé",
      ["MARIA CRISTINA \"TIN\" DELA PAZ-SANTOS", "Blk 7 Lot 22 Mabuhay Homes, Brgy. San Isidro, Cainta, Rizal", "0917-000-5521 | tindelapaz@example.ph",
       "Age: 29 | Height: 5'3\" | Religion: Roman Catholic"],
      [("Objective", ["To be part of a company where I can use my experience in customer service and quality to help the team reach its KPIs."]),
       ("Work Experience", [
           G("Astra Global Outsourcing Inc. – Eastwood City, Quezon City", None, [
               E("Quality Analyst", "Astra Global Outsourcing Inc.", "Eastwood City, Quezon City", "2023-03", "present", "A",
                 ["Audit 60 voice calls per week against the client scorecard",
                  "Run calibration sessions and coach agents with low QA scores",
                  "Prepare weekly quality reports for the US client"]),
               E("Team Leader – Telco Account", "Astra Global Outsourcing Inc.", "Eastwood City, Quezon City", "2021-01", "2023-02", "F:cc",
                 ["Handled a team of 16 CSRs; took supervisor calls and escalations from irate customers",
                  "Monitored AHT, CSAT and adherence"]),
               E("Customer Service Representative", "Astra Global Outsourcing Inc.", "Eastwood City, Quezon City", "2018-06", "2020-12", "F:cc",
                 ["Answered inbound billing and technical calls from US postpaid subscribers",
                  "Consistently hit 90%+ CSAT; Top Agent Q3 2019"]),
           ]),
           E("Service Crew", "Jollibee", "Cainta, Rizal", "2016-04", "2018-05", "F:ip",
             ["Took orders at the counter and drive-thru", "Maintained cleanliness of dining area"]),
       ]),
       ("Educational Background", ["Tertiary: Bachelor of Science in Tourism Management (undergraduate, 3rd year) – Our Lady of Fatima University, 2013–2016",
                                   "Secondary: Cainta Catholic College, 2013"]),
       ("Character References", ["Ms. Joy Bernal – Operations Manager – 0918-000-1120"])],
      layout="docx_plain", gtpl=("{o}",), rtpl=("{t}", "{d}"), tpl=("{t}", "{o} | {l}", "{d}"), df="month", pw="Present",
      hs="caps", bullet="◦", dash=" – "))

# ---------------------------------------------------------------- z016 executive txt
add(R("z016.txt", "executive résumé",
      ["ELEANOR W. STRATHMORE", "Chief Operating Officer | Consumer Services | P&L up to $480M",
       "Charlotte, NC  ·  704.555.0162  ·  linkedin.com/in/example-estrathmore"],
      [("Executive Profile", ["Operating executive who has scaled multi-site consumer service businesses through two private-equity exits. Known for building customer-experience organisations and disciplined operating cadences."]),
       ("Leadership Experience", [
           E("Chief Operating Officer", "Carolina HomeCare Partners", "Charlotte, NC", "2020", "present", "A",
             ["Own operations for 62 branches and 4,100 employees; revenue grew from $210M to $480M",
              "Rebuilt scheduling and dispatch platform, cutting missed visits by 41%",
              "Board member of the company's foundation"], d="2020 – Present"),
           E("Vice President, Customer Experience", "Ridgeway Home Services", "Atlanta, GA", "2015", "2019", "A",
             ["Led 650-person contact centre and field-service quality organisation",
              "Introduced NPS programme and closed-loop feedback; NPS rose from 18 to 52"], d="2015 – 2019"),
           E("Regional Sales Director, Southeast", "Ridgeway Home Services", "Atlanta, GA", "2011", "2014", "F:sa",
             ["Personally managed the 12 largest builder and property-management accounts",
              "Negotiated multi-year service contracts worth $60M"], d="2011 – 2014"),
           E("Earlier roles in sales and operations at ServiceMaster-affiliated franchises", None, None, "2003", "2010", "N",
             [], d="2003 – 2010", prec="year"),
       ]),
       ("Education", ["MBA, Kenan-Flagler Business School, UNC", "BA Economics, Davidson College"]),
       ("Boards", ["Trustee, Queen City Literacy Council (2019–present)"])],
      tpl=("{T}  |  {o}, {l}  |  {d}",), hs="star", bullet="■", wrap=92,
      unsure=("z016 VP Customer Experience: leads the contact centre org but no stated direct contact — labelled affecting",
              "z016 'Earlier roles...' summary line kept as an entry (title = the line, no org, cs none)")))

# ---------------------------------------------------------------- z017 chef fpdf
add(R("z017.pdf", "hospitality / chef",
      ["GIANLUCA FERRANTE-ODHIAMBO", "Chef de Cuisine · Events & Private Dining", "Cape Town · +27 82 000 7714 · chef.gianluca@example.co.za"],
      [("Kitchen Experience", [
           E("Head Chef", "The Saltworks Dining Room", "Cape Town", "2021-10", "present", "F:ip",
             ["Meet private-event clients to design tasting menus and handle dietary requests",
              "Lead a brigade of 11; write menus seasonally; control food cost at 28%",
              "Come out to the pass-table to talk guests through the chef's table menu"]),
           E("Sous Chef", "Vineyard Terrace Hotel", "Stellenbosch", "2018-03", "2021-09", "A",
             ["Ran the hot line during service for 180 covers", "Ordering, stock rotation and HACCP records"]),
           E("Chef de Partie (Garnish)", "Hotel Miramare", "Trieste, Italy", "2015-05", "2018-02", "A",
             ["Prepared vegetables and garnishes for à la carte service"]),
           E("Commis Chef", "Hotel Miramare", "Trieste, Italy", "2014-01", "2015-04", "N", []),
       ]),
       ("Training", ["Diploma in Culinary Arts — Istituto Alberghiero, 2013", "HACCP Level 3 (2019)"])],
      layout="fpdf_right", tpl=("{t}", "{o}, {l}"), df="mm.yyyy", pw="present", dash=" – ", hs="arrow", bullet="✓",
      unsure=("z017 kitchen-only roles (Sous Chef, CDP) labelled affecting; Commis Chef with no bullets labelled none",)))

# ---------------------------------------------------------------- z018 Canadian small-business owner docx
add(R("z018.docx", "Canadian small-business owner",
      ["Geneviève Arsenault-Kowalczyk", "Moncton, NB  E1C 4B7  |  506-555-0190  |  genevieve.ak@example.ca"],
      [("Profile", ["Bilingual (FR/EN) owner-operator who ran a neighbourhood bakery for seven years; now seeking an operations or client-services role."]),
       ("Experience", [
           E("Owner & Head Baker", "Le Petit Fournil Bakery Inc.", "Moncton, NB", "2018-05", "2025-08", "F:ef",
             ["Opened and ran a 30-seat bakery café; 6 staff",
              "Served customers at the counter daily and took custom cake orders for weddings and events",
              "Handled payroll, HST filings, supplier negotiations and marketing"]),
           E("Bookkeeper (part-time)", "Atlantic Fisheries Co-op", "Shediac, NB", "2014-09", "2018-04", "N",
             ["Accounts payable/receivable, bank reconciliations in Sage 50", "Prepared month-end reports for the board"]),
           E("Clerk", "Caisse populaire Beauséjour", "Dieppe, NB", "2012-06", "2014-08", "F:ip",
             ["Served members at the wicket: deposits, withdrawals, bill payments"]),
       ]),
       ("Community", [
           E("Treasurer (volunteer)", "Moncton Downtown Business Association", None, "2021", "2024", "N",
             ["Kept the association's books and presented the budget at AGMs"], sec="volunteer"),
       ]),
       ("Education", ["Diploma, Accounting – CCNB Dieppe, 2012", "Food Safety Training (NB), 2018"])],
      layout="docx_table", tpl=("{t}", "{o} — {l}"), df="m/yyyy", hs="caps", bullet="•", dash=" to "))

# ---------------------------------------------------------------- z019 South African call centre txt
add(R("z019.txt", "South African call-centre agent",
      ["CURRICULUM VITAE OF: THANDEKA NOMVULA MBATHA", "", "Identity Number : 9xxxxxxxxxxxx", "Nationality     : South African",
       "Home Language   : isiZulu", "Drivers licence : Code 08", "Contact         : 071 000 3344 / thandeka.mbatha@example.co.za", "Address         : 12 Umlazi Section V, Durban, 4031"],
      [("Employment History", [
           E("Inbound Contact Centre Agent", "Ukhozi Short-Term Insurance", "Umhlanga", "2022-03", "present", "F:cc",
             ["Taking inbound calls from policyholders for claims registration and policy changes",
              "Explaining excess and cover to clients in English and isiZulu",
              "Meeting QA score of 85%+ and AHT targets"]),
           E("Collections Agent", "Amanzi Retail Credit Services", "Durban", "2020-01", "2022-02", "F:cc",
             ["Phoning customers in arrears and negotiating payment arrangements",
              "Updating debtor accounts and PTPs on the system"]),
           E("Cashier", "Shoprite", "Umlazi Mega City", "2017-07", "2019-12", "F:ip",
             ["Operated till ,processed cash and card payments,packed customers' groceries"]),
       ]),
       ("Learnerships", [
           E("Learner – NQF 2 Contact Centre Operations", "Siyakhula Skills Academy", "Durban", "2019-03", "2019-11", "N",
             ["Theory and simulated calls; placed at a client site for practical"], et="internship"),
       ]),
       ("Qualifications", ["Matric (2016) – Umlazi Comtech High", "National Certificate: Contact Centre Operations NQF 2 (2019)"]),
       ("References", ["Mr S. Naidoo – Team Leader, Ukhozi – 031 000 2290"])],
      tpl=("Company  : {o} ({l})", "Position : {t}", "Period   : {d}", "Duties   :"), df="month", pw="Current",
      hs="dash", bullet="-", dash=" - ",
      unsure=("z019 Learnership: simulated calls only — labelled none; overlaps Collections Agent start",)))

# ---------------------------------------------------------------- z020 two-col right, career changer
add(R("z020.pdf", "two-column sidebar (right) / career changer (pharmacy → data)",
      ["Priyanka Sorensen-Ahuja", "Data Analyst", "Minneapolis, MN · 612-555-0125 · psahuja.data@example.com"],
      [("Profile", ["Former pharmacy technician who retrained in analytics through a part-time bootcamp. I like turning messy operational data into dashboards people actually use."]),
       ("Experience", [
           E("Data Analyst", "Northstar Grocery Cooperative", "Minneapolis, MN", "2023-04", "present", "A",
             ["Build Power BI dashboards on store sales and shrink for the merchandising team",
              "Automated weekly replenishment report in SQL + Python, saving 6 hrs/week",
              "Analysed loyalty-programme data to plan promotions"]),
           E("Certified Pharmacy Technician", "Lakeshore Pharmacy", "St. Paul, MN", "2017-08", "2023-03", "F:hc",
             ["Counselled patients on pick-up, resolved insurance rejections by phone",
              "Filled 300+ prescriptions/day under pharmacist supervision"]),
           E("Barista", "Dunn & Dusk Coffee", "St. Paul, MN", "2015-06", "2017-07", "F:ip",
             []),
       ]),
       ("Skills", ["SQL (Postgres, Snowflake)", "Python (pandas)", "Power BI, Tableau", "Excel / VBA"]),
       ("Training", ["Data Analytics Certificate, Twin Cities Tech Bootcamp (2022)", "CPhT, PTCB (2017)"]),
       ("Contact", ["linkedin.com/in/example-psa", "Open to hybrid roles"])],
      layout="pdf_twocol", side=("Skills", "Training", "Contact"), sidebar="right", tpl=("{t} · {o}", "{l} · {d}"),
      df="apos", pw="Now", hs="spaced", bullet="›", dash=" — "))

# ---------------------------------------------------------------- z021 Irish IT docx
add(R("z021.docx", "Irish CV / IT service desk",
      ["Ciarán Ní Bhriain-Moloney", "Ballincollig, Co. Cork · 087 000 4421 · ciaran.moloney@example.ie"],
      [("Profile", ["Service desk analyst with five years supporting staff across hospital and pharma sites."]),
       ("Career History", [
           E("IT Service Desk Analyst (2nd line)", "Rathmore Pharmaceuticals Ireland", "Ringaskiddy", "2022-02", "present", "F:is",
             ["Support 1,800 staff by phone, Teams and walk-up desk; resolve password, VPN and laptop issues",
              "Own incident queue for the manufacturing floor's shared PCs", "Write knowledge-base articles for 1st line"]),
           E("Desktop Support Technician", "South Munster Hospital Group", "Cork", "2019-06", "2022-01", "F:is",
             ["Imaged and deployed 900 laptops during Windows 10 migration", "Visited wards to fix printers and clinical workstation issues for nurses"]),
           E("Warehouse Operative", "Lee Valley Beverages", "Little Island", "2017-01", "2019-06", "A", d="Q1 2017 – Q2 2019", b=
             ["Picked orders for pubs and retailers; loaded vans", "Stock rotation (FIFO)"]),
       ]),
       ("Education & Certs", ["Higher Certificate in IT Support — Munster Technological University (2019)", "CompTIA A+, ITIL 4 Foundation"]),
       ("Interests", ["GAA (Ballincollig hurling club), hill walking, retro gaming"])],
      layout="docx_plain", tpl=("{t} — {o}, {l}", "{d}"), df="mon", hs="eq", bullet="–", dash=" – ",
      unsure=("z021 Warehouse Operative 'Q1 2017 – Q2 2019' coded 2017-01..2019-06 (quarter → first/last month), precision month",)))

# ---------------------------------------------------------------- z022 student md
add(R("z022.md", "student / first job (Markdown)",
      ["# Noor Al-Haddad", "", "Second-year Biology student · Glasgow · noor.alhaddad@example.ac.uk · 07700 900 366", ""],
      [("Education", ["**BSc Molecular Biology**, University of Strathclyde, expected 2028", "Highers: Biology A, Chemistry A, English B (2024)"]),
       ("Experience", [
           E("Library Assistant (part-time)", "Strathclyde University Library", None, "2025-01", "present", "F:of",
             ["Help students find books and use the self-service kiosks at the help desk",
              "Reshelve returns and tidy study spaces"]),
           E("Summer Camp Counsellor", "Loch Lomond Adventure Camps", None, "2025-06", "2025-08", "F:ed",
             ["Led groups of 10 kids (8–12) through kayaking and orienteering", "Reassured homesick campers and spoke to parents at pick-up"],
             d="Summer 2025"),
           E("Research Intern", "Institute of Molecular Biosciences", "Glasgow", "2024-06", "2024-08", "N",
             ["Ran PCR and gel electrophoresis under a postdoc's supervision", "Kept lab notebook and presented a poster"], et="internship"),
       ]),
       ("Leadership", [
           E("President", "Strathclyde Biology Society", None, "2025-09", "present", "N",
             ["Organise talks and socials for 140 members; manage the £2k society budget"], sec="other", et="volunteer"),
       ]),
       ("Skills", ["Microsoft Office, basic R, first aid (St John Ambulance, 2025)"])],
      layout="md_plain", tpl=("{t} | {o}", "{l}", "{d}"), df="mon", pw="present", hs="h3", bullet="*",
      unsure=("z022 Summer Camp Counsellor: 'Summer 2025' coded 2025-06..2025-08 (month precision, inferred)",
              "z022 Library Assistant: kind other_facing (vs in_person_service)",
              "z022 Society President: leadership entry, section other, cs none")))

# ---------------------------------------------------------------- z023 Malaysian/Singaporean txt
add(R("z023.txt", "Malaysian résumé",
      ["RESUME", "", "Name            : Tan Wei Ling (陈慧玲)", "IC No.          : 9xxxxx-14-xxxx", "Contact         : 012-000 8834",
       "Email           : weiling.tan@example.com.my", "Address         : 21, Jalan SS 15/4C, 47500 Subang Jaya, Selangor",
       "Expected Salary : RM 6,500", "Availability    : 1 month notice"],
      [("Working Experience", [
           E("Senior Sales Executive", "Perdana Industrial Supplies Sdn. Bhd.", "Shah Alam", "2022-07", "present", "F:sa",
             ["Handle key accounts in Klang Valley (food manufacturers), visit clients and prepare quotations",
              "Follow up on deliveries and after-sales complaints",
              "Achieved RM 4.2 mil sales in 2024 (112% of target)"]),
           E("Admin Executive", "Perdana Industrial Supplies Sdn. Bhd.", "Shah Alam", "2020-03", "2022-06", "A",
             ["Key in sales orders and invoices into AutoCount", "Prepare delivery orders and arrange lorry schedules"]),
           E("Management Trainee", "Golden Harvest Trading Pte Ltd", "Singapore", "2019-01", "2020-02", "F:ip",
             ["Rotated through retail outlets, warehouse and finance",
              "Served customers at the Tampines outlet during 4-month retail posting"]),
       ]),
       ("Education", ["2015 - 2018  Bachelor of Business Administration (Hons), Universiti Tunku Abdul Rahman  -  CGPA 3.41",
                      "2014        STPM"]),
       ("Languages", ["English (Good), Bahasa Malaysia (Good), Mandarin (Excellent), Cantonese (Spoken)"]),
       ("Reference", ["Mr. Lim Chee Keong, Sales Manager, Perdana Industrial Supplies — 03-0000 1234"])],
      tpl=("{d}", "{O}, {l}", "{t}"), hs="num", bullet="-", dash=" - ", df="mon",
      unsure=("z023 Admin Executive: back-office order entry labelled affecting",)))

# ---------------------------------------------------------------- z024 US federal résumé (long)
FED_HDR = ("Work Schedule: Full-time", "Hours per week: 40")
add(R("z024.pdf", "US federal résumé (multi-page, header/footer)",
      ["KATHLEEN M. ABERNATHY-NGUYEN", "1420 Colesville Rd, Apt 6C, Silver Spring, MD 20910", "Phone: 301-555-0109 | Email: kabernathy.fed@example.com",
       "Citizenship: U.S. Citizen | Veterans' Preference: None | Highest Grade: GS-12 step 4 | Security Clearance: Public Trust"],
      [("Work Experience", [
           E("Management and Program Analyst, GS-0343-12", "Department of Veterans Affairs, Veterans Benefits Administration", "Washington, DC",
             "2021-10", "present", "A",
             x=["Work Schedule: Full-time | Hours per week: 40 | Salary: $104,000/yr | Supervisor: Mr. R. Delgado, (202) 555-0100, may contact"], b=[
              "Analyze claims-processing workload data for 56 regional offices and brief senior leaders on backlog trends",
              "Draft standard operating procedures that regional office staff use when processing disability compensation claims",
              "Lead a cross-office working group that redesigned the intake form, reducing rejected submissions by 18%",
              "Prepare responses to GAO and OIG data calls; maintain SharePoint performance dashboards",
              "Serve as COR-alternate on a $3.2M analytics support contract"], pb=2),
           E("Contact Representative, GS-0962-08/09", "Department of Veterans Affairs, National Call Center", "Philadelphia, PA",
             "2017-05", "2021-09", "F:cc",
             x=["Work Schedule: Full-time | Hours per week: 40 | Supervisor: Ms. T. Harris, may contact"], b=[
              "Answered 60–80 calls per day from veterans, survivors and their representatives about benefits eligibility and claim status",
              "Explained complex regulations in plain language and initiated change-of-address, direct deposit and dependency actions",
              "Handled emotionally distressed callers, including warm transfers to the Veterans Crisis Line",
              "Recognized with On-the-Spot award (2019) and Special Contribution award (2020)"]),
           E("Program Support Assistant, GS-0303-06", "U.S. Department of Agriculture, Farm Service Agency", "Lancaster, PA",
             "2014-08", "2017-04", "F:ip",
             x=["Work Schedule: Full-time | Hours per week: 40"], b=[
              "Greeted farmers and landowners at the county office and helped them complete program applications",
              "Entered acreage reports and payment data in agency systems"]),
           E("Student Trainee (Pathways Intern), GS-0399-04", "U.S. Department of Agriculture, Farm Service Agency", "Lancaster, PA",
             "2013-06", "2014-07", "A",
             x=["Hours per week: 20"], b=["Filed records, scanned documents and prepared mailings"], et="internship"),
       ]),
       ("Education", ["Master of Public Administration, Penn State Harrisburg, 2020 (GPA 3.8)",
                      "Bachelor of Arts, Political Science, Millersville University, 2014 (Cum Laude)"]),
       ("Training", ["Contracting Officer's Representative Level I (2022)", "Lean Six Sigma Green Belt (2021)", "Section 508 Awareness (2019)"]),
       ("Additional Information", ["Awards: VBA Secretary's Honor Award nominee (2023)", "Languages: Vietnamese (conversational)"])],
      layout="pdf_federal", tpl=("{t}", "{o}", "{l}", "{d}"), df="mm/yyyy", pw="Present", hs="caps", bullet="•", dash=" – ",
      header="Kathleen M. Abernathy-Nguyen — Federal Résumé — Announcement VA-25-XXXX", footer="Page {page}"))

# ---------------------------------------------------------------- z025 Dutch docx nested tables
add(R("z025.docx", "Dutch CV (nested tables)",
      ["Sanne van der Heijden-Bakker", "Utrecht, Nederland · +31 6 0000 1188 · sanne.vdh@example.nl · Geboren 1991"],
      [("Profiel", ["Product person who started in customer success. Direct, pragmatic, fluent in Dutch, English and German."]),
       ("Werkervaring", [
           E("Product Owner", "Fietsfabriek Digital B.V.", "Utrecht", "2022-05", "present", "A",
             ["Own the backlog of the rental app (iOS/Android) with two scrum teams",
              "Prioritise features based on support tickets and usage data"]),
           E("UX Researcher", "Kadaster Innovatielab", "Apeldoorn", "2020-09", "2022-04", "A",
             ["Ran 40+ usability tests and interviews with citizens using the property portal",
              "Synthesised findings into personas and journey maps for the design team"]),
           E("Customer Success Manager", "Grachtwerk SaaS", "Amsterdam", "2017-02", "2020-08", "F:sa",
             ["Onboarded and supported 70 mid-market accounts; quarterly business reviews",
              "First point of contact for renewals and escalations; churn down from 14% to 8%"]),
       ]),
       ("Bijbaan", [
           E("Medewerker bediening (waitress)", "Café De Zevende Hemel", "Utrecht", "2012", "2016", "F:ip", []),
       ]),
       ("Opleiding", ["MSc Communication Science — Universiteit van Amsterdam (2016)", "BSc Psychologie — Universiteit Utrecht (2014)"])],
      layout="docx_nested", tpl=("{t} — {o}", "{l}"), df="mm-yyyy" if False else "iso", pw="heden", hs="caps", bullet="-", dash=" t/m ",
      unsure=("z025 UX Researcher: interviews users for research, not to serve them — labelled affecting (hard case)",)))

# ---------------------------------------------------------------- z026 warehouse/manufacturing txt
add(R("z026.txt", "warehouse / manufacturing",
      ["KEVIN DOMBROWSKI", "Toledo OH 43612", "419-555-0150", "kdombrowski77@example.com", ""],
      [("Objective", ["Reliable 2nd or 3rd shift production work. 12 yrs experience. Can pass drug screen and background."]),
       ("Work Experience", [
           E("Machine Operator / Setup", "Maumee Precision Stamping", "Toledo OH", "2019", "present", "N",
             ["run 400 ton presses, do die changes", "check parts with calipers and gauges, fill out SPC sheets",
              "train new hires on lockout tagout"], d="2019 to date"),
           E("Forklift Operater", "Great Lakes Cold Storage", "Rossford OH", "2015", "2019", "A",
             ["loaded + unloaded trucks, put away pallets in freezer", "pulled orders for grocery store deliveries, cycle counts"], d="2015-2019"),
           E("Assembler", "Wolverine Seating Systems", "Monroe MI", None, None, "N",
             ["assembled seat frames on the line for auto plants"], d="3 years"),
           E("Temp jobs thru staffing agency", None, None, None, None, "N", [], d=""),
       ]),
       ("Certifications", ["OSHA 10   Forklift (sit down & reach)   CPR"]),
       ("Education", ["Whitmer High School - diploma"])],
      tpl=("{t} - {o} - {l}", "{d}"), hs="caps", bullet="", dash="-",
      unsure=("z026 Assembler '3 years': duration only, no anchor — start/end null, contributes 0 months",
              "z026 'Temp jobs thru staffing agency': undated, no org; included as an entry with cs none")))

# ---------------------------------------------------------------- z027 French PDF
add(R("z027.pdf", "French CV (English, French month names)",
      ["Élodie Marchetti-Benali", "Réceptionniste – Hôtellerie", "Lyon 7e · 06 00 00 42 17 · elodie.marchetti@example.fr", "Permis B · Anglais courant, Italien, Arabe"],
      [("Expériences professionnelles / Work experience", [
           E("Receptionist (Réceptionniste)", "Hôtel Les Terrasses de Fourvière", "Lyon", "2021-04", "present", "F:ip",
             ["Check-in / check-out of guests, 140 rooms, 4★", "Handle guest requests and complaints at the desk and by phone",
              "Upsell rooms and breakfast; handle OTA reservations"]),
           E("Night Auditor", "Hôtel Les Terrasses de Fourvière", "Lyon", "2019-09", "2021-03", "A",
             ["Closed the day in Opera PMS, reconciled payments and prepared revenue reports"]),
           E("Stage – Conseillère en séjour (intern)", "Office de Tourisme de Chamonix", "Chamonix", "2019-02", "2019-07", "F:ip",
             ["Welcomed visitors at the information desk and advised on activities in FR/EN/IT"], et="internship"),
       ]),
       ("Formation", ["2017–2019  BTS Management en Hôtellerie-Restauration — Lycée hôtelier, Annecy", "2017  Baccalauréat STHR"]),
       ("Centres d'intérêt", ["Randonnée, photographie, bénévolat (Restos du Cœur, 2018)"])],
      layout="pdf_classic", tpl=("{d} | {t}", "{ol}"), df="fr", pw="aujourd'hui", hs="plain", bullet="–", dash=" – "))

# ---------------------------------------------------------------- z028 volunteer-heavy docx
add(R("z028.docx", "volunteer-heavy résumé",
      ["Ruth Adebayo-Klein", "Baltimore, MD · 443-555-0117 · ruth.ak@example.org"],
      [("Summary", ["Volunteer manager with 10+ years of community work, most of it unpaid, focused on crisis support and tenant organising."]),
       ("Paid Experience", [
           E("Volunteer Coordinator", "Harbor Lights Family Shelter", "Baltimore, MD", "2022-01", "present", "F:vo",
             ["Recruit, train and schedule 120 volunteers; answer volunteers' questions and resolve scheduling conflicts",
              "Meet families at intake to match them with volunteer mentors"]),
       ]),
       ("Volunteer Experience", [
           E("Crisis Line Counselor", "Chesapeake Crisis Text & Talk", None, "2016-03", "present", "F:vo",
             ["Answer overnight calls and texts from people in distress; 1,200+ conversations",
              "Mentor new counselors during shadow shifts"], sec="volunteer"),
           E("Tenant Organizer", "Pennsylvania Avenue Tenants' Union", "Baltimore, MD", "2018", "2023", "F:vo",
             ["Door-knocked buildings, ran monthly meetings and helped tenants file repair complaints"], sec="volunteer"),
           E("Board Secretary", "Reservoir Hill Community Garden", None, "2019", "2021", "N",
             ["Took minutes and kept grant records"], sec="volunteer"),
           E("ESL Conversation Partner", "Literacy Works Baltimore", None, None, None, "F:ed",
             ["Weekly conversation practice with adult learners"], sec="volunteer", d="ongoing"),
       ]),
       ("Education", ["B.A. Sociology, Morgan State University (2015)", "Certified Volunteer Administrator (CVA), 2023"])],
      layout="docx_table", tpl=("{t}", "{ol}"), df="mon", pw="Present", hs="caps", bullet="✓", dash="–",
      unsure=("z028 ESL Conversation Partner: 'ongoing' with no start date — start/end null",
              "z028 Volunteer Coordinator: paid job coordinating volunteers, kind volunteering (vs internal_support)")))

# ---------------------------------------------------------------- z029 Brazilian md
add(R("z029.md", "Brazilian résumé (English, local date habits)",
      ["# Rafaela Nogueira Albuquerque", "São Paulo – SP, Brasil | +55 11 90000-3321 | rafaela.nalbuquerque@example.com.br", "Brazilian, 31 anos, casada", ""],
      [("Professional Experience", [
           E("Support Analyst (Analista de Suporte Pl.)", "Pagaí Pagamentos S.A.", "São Paulo", "2022-03", "present", "F:ds",
             ["Atendimento to merchants via chat, e-mail and WhatsApp about payment terminal and app problems",
              "Opening bugs in Jira with logs for the dev team; SLA of 4h for first response",
              "Built FAQ articles that reduced ticket volume 12%"]),
           E("Junior Developer", "Codeville Sistemas Ltda.", "Campinas", "2019-08", "2022-02", "N",
             ["Maintenance of legacy Delphi ERP modules", "Migration of reports to .NET"]),
           E("Intern (Estagiária) – IT", "Cooperativa Agrícola Vale Verde", "Ribeirão Preto", "2018-02", "2019-07", "F:is",
             ["Helped employees with computer and printer problems in the head office", "Inventory of equipment"], et="internship"),
       ]),
       ("Education", ["Bacharelado em Sistemas de Informação — UNESP, concluded 12/2018"]),
       ("Languages", ["Portuguese (native), English (advanced), Spanish (intermediate)"])],
      layout="md_plain", tpl=("**{t}** — {o} ({l})", "{d}"), df="mm/yyyy", pw="atual", hs="h2", bullet="-", dash=" a "))

# ---------------------------------------------------------------- z030 Pakistani PDF, page break mid entry
add(R("z030.pdf", "Pakistani CV (telecom, page break mid-entry, repeated header)",
      ["MUHAMMAD HAMZA QURESHI", "House # 23, Street 7, G-9/2, Islamabad", "Cell: +92 300 0000 417  |  Email: hamza.qureshi@example.pk",
       "Father's Name: Abdul Rauf Qureshi  |  CNIC: 61101-xxxxxxx-x  |  Domicile: Punjab"],
      [("Objective", ["Seeking a challenging position in a reputed organization where I can utilize my technical and customer dealing skills."]),
       ("Professional Experience", [
           E("Network Operations Engineer", "Karakoram Telecom Services (Pvt.) Ltd.", "Islamabad", "2021-07", "present", "N",
             ["Monitoring of 2G/3G/4G sites on NetAct and U2020", "Fault management and trouble-ticket handling with field teams",
              "Preparation of daily KPI reports (CSSR, drop rate) for RF team", "Performed BTS integrations and software upgrades during maintenance windows",
              "Coordination with power and transmission teams for outage restoration"], pb=2),
           E("Franchise Service Executive", "Jazz Franchise, Blue Area", "Islamabad", "2019-01", "2021-06", "F:ip",
             ["Dealt with walk-in customers for SIM issuance, biometric verification and complaints",
              "Sold postpaid packages and devices; achieved monthly targets"]),
           E("Internee", "Pakistan Telecommunication Company Limited", "Rawalpindi", "2018-07", "2018-08", "N",
             ["Six-week internship in exchange and OFC sections"], et="internship"),
       ]),
       ("Academic Qualification", ["B.Sc Electrical (Telecommunication) Engineering — COMSATS University Islamabad, 2018 (CGPA 3.12/4.00)",
                                   "F.Sc (Pre-Engineering) — Federal Board, 2014 (A grade)"]),
       ("Personal Information", ["Date of Birth: 03-03-1996", "Religion: Islam", "Languages: Urdu, English, Punjabi"]),
       ("Reference", ["Will be furnished on demand."])],
      layout="pdf_serif", tpl=("{t}", "{o}, {l}", "({d})"), df="month", pw="Present", hs="num", bullet="➢", dash=" – ",
      header="CV — Muhammad Hamza Qureshi — Network / Telecom", footer="Muhammad Hamza Qureshi · Page {page}"))
