"""Test split: t001-t030.  Different people, employers and wordings from dev."""
from lib import R, E, G

RES = []
add = RES.append

# ---------------------------------------------------------------- t001 Canadian, fpdf
add(R("t001.pdf", "Canadian résumé (bilingual client service)",
      ["Mathieu Lavoie-Singh", "Ottawa (Ontario) K1N 6N5 · 613-555-0172 · mathieu.lavoiesingh@example.ca", "Bilingual: English / French"],
      [("Highlights of Qualifications", ["• 7 years serving customers in person and by phone in both official languages",
                                         "• Calm under pressure; comfortable with billing systems and CRMs"]),
       ("Work Experience", [
           E("Customer Experience Associate", "Rideau Wireless (authorized dealer)", "Ottawa, ON", "2022-11", "present", "F:ip",
             ["Help walk-in customers choose phones and plans, activate devices and transfer data",
              "Troubleshoot billing disputes on the spot and escalate when needed",
              "Top store for customer survey scores, Q1–Q3 2024"]),
           E("Bilingual Client Service Representative", "Laurentian Mutual Insurance", "Gatineau, QC", "2019-04", "2022-10", "F:cc",
             ["Answered 70+ calls a day from policyholders in English and French",
              "Processed address changes, payment plans and pink-slip requests"]),
           E("Inventory Clerk (seasonal)", "Northern Outfitters Supply", "Kanata, ON", "2018-10", "2019-01", "A",
             ["Received shipments and labelled stock for holiday season"]),
       ]),
       ("Volunteer", [
           E("Snow-shovelling volunteer", "Vanier Seniors' Outreach", None, "2020", "2023", "F:vo",
             ["Cleared driveways for elderly residents and checked in on them after storms"], sec="volunteer", d="Winters 2020–2023"),
       ]),
       ("Education", ["Diploma, Business Administration — Algonquin College, 2019"])],
      layout="fpdf_right", tpl=("{t}", "{o} — {l}"), df="month", pw="present", dash=" – ", hs="caps", bullet="•",
      unsure=("t001 Snow-shovelling volunteer: 'Winters 2020–2023' coded as years 2020–2023 (48 months) though only winters",)))

# ---------------------------------------------------------------- t002 US career changer docx
add(R("t002.docx", "US chronological / career changer (teacher → instructional designer)",
      ["JENNIFER OKONKWO-BLAKE", "Columbus, OH · (614) 555-0155 · jen.okonkwoblake@example.com · portfolio: jokb.example.com"],
      [("Professional Summary", ["Instructional designer who spent nine years in the classroom. I build e-learning that respects adults' time."]),
       ("Experience", [
           E("Instructional Designer", "Buckeye Health Alliance — Learning & Development", "Columbus, OH", "2023-06", "present", "A",
             ["Design onboarding modules in Articulate Rise for 3,000 new clinical hires a year",
              "Interview subject-matter experts and turn SOPs into storyboards",
              "Measure course completion and quiz data to revise content"]),
           E("Freelance eLearning Developer", "Contract projects", None, "2022-09", "2023-05", "F:ef",
             ["Built compliance courses for 4 clients (a credit union, two clinics, a trucking firm); met with clients to agree scope and revisions"],
             et="freelance", para=True),
           E("7th Grade Science Teacher", "Westerville City Schools — Genoa Middle School", "Westerville, OH", "2013-08", "2022-06", "F:ed",
             ["Taught five sections of life science (~140 students) per year",
              "Held parent conferences and co-wrote IEP accommodations",
              "Led the district's science fair committee (2017–2022)"], pb=0),
           E("Summer Lab Technician", "Scioto Soil & Water Testing Lab", "Delaware, OH", "2012-06", "2012-08", "N",
             ["Ran nitrate and phosphate assays on field samples", "Logged results in the LIMS"]),
       ]),
       ("Education", ["M.Ed. Curriculum & Instruction, Ohio University (2016)", "B.S. Biology Education, Bowling Green State University (2013)"]),
       ("Certifications", ["ATD Instructional Design Certificate (2022)"])],
      layout="docx_plain", tpl=("{t}", "{o} | {l} | {d}"), df="mon", pw="Present", hs="underline", bullet="style", dash=" – ",
      header="Jennifer Okonkwo-Blake — Instructional Designer", footer="jen.okonkwoblake@example.com · (614) 555-0155",
      unsure=("t002 Freelance eLearning Developer: organisation 'Contract projects' (generic label) kept as written",)))

# ---------------------------------------------------------------- t003 Indian IT txt (project style)
add(R("t003.txt", "Indian CV (IT, career profile, project details, declaration)",
      ["RESUME", "", "SURESH KUMAR VENKATESAN", "Email-id: suresh.kv.qa@example.in        Ph: +91-90000 41236", "",
       "PROFESSIONAL SUMMARY:", "* Having 6.5 years of experience in Manual & Automation testing and L2 technical support.",
       "* Good exposure in Selenium WebDriver, TestNG, Postman, JIRA, SQL."],
      [("WORK EXPERIENCE", [
           E("Senior Test Engineer", "Anantha Infosoft Technologies Pvt Ltd", "Hyderabad", "2022-01", "present", "A",
             ["Project: Retail banking mobile app (Client: a UK building society)",
              "Preparing test scenarios, test cases and RTM from BRD",
              "Automation of regression suite using Selenium + Java (420 scripts)",
              "Defect logging and tracking in JIRA, attending triage calls with dev team"], pb=1),
           E("Technical Support Engineer (L2)", "Cygnet Datasys Solutions", "Pune", "2019-06", "2021-12", "F:ds",
             ["Resolving customer tickets for the company's GST billing software via email, chat and remote session",
              "Guiding end customers on installation and data migration",
              "Maintaining SLA of 98% and CSAT above 4.5"]),
           E("Apprentice Trainee", "Maharashtra State Electricity Distribution Co. Ltd.", "Pune", "2018-07", "2019-06", "N",
             ["One year apprenticeship under NATS scheme in the IT cell"], et="internship"),
       ]),
       ("EDUCATIONAL DETAILS", ["B.E. (Computer Engineering) – Savitribai Phule Pune University – 2018 – First Class"]),
       ("PERSONAL PROFILE", ["Date of Birth   :  21st July 1996", "Marital Status  :  Married", "Passport        :  Available",
                            "Permanent Addr. :  Plot 9, Shanti Nagar, Nanded, Maharashtra"]),
       ("DECLARATION", ["I do hereby declare that all the details furnished above are true and correct to the best of my knowledge and belief.",
                        "", "Date:", "Place: Hyderabad                                         (SURESH KUMAR V)"])],
      tpl=("Company     : {o}, {l}", "Designation : {t}", "Period      : {d}", "Roles & Responsibilities :"),
      df="MON", pw="Till date", hs="bracket", bullet="•", dash=" - ",
      header="Resume - Suresh Kumar Venkatesan - QA / Support"))

# ---------------------------------------------------------------- t004 two-col left, executive + client services
add(R("t004.pdf", "two-column sidebar (left) / executive, client services",
      ["Olufemi Hargreaves", "Managing Director, Client Services", "London · +44 7700 900 219", "o.hargreaves@example.co.uk"],
      [("Core Strengths", ["Client retention", "P&L ownership", "Team building (200+)", "Contract negotiation", "Board reporting"]),
       ("Education", ["MBA, Cranfield School of Management (2012)", "BSc Economics, University of Warwick (2004)"]),
       ("Non-Executive", ["Trustee, Southwark Youth Music (2020–)"]),
       ("Career", [
           E("Managing Director, Client Services", "Meridian Payroll Outsourcing Ltd", "London", "2020-01", "present", "F:sa",
             ["Executive sponsor for the 25 largest clients; chair their quarterly service reviews personally",
              "Lead 220 staff across client management, payroll operations and helpdesk",
              "Retention at 97% of revenue in each of the last four years"]),
           E("Head of Operations", "Meridian Payroll Outsourcing Ltd", "Leeds", "2015-03", "2019-12", "A",
             ["Ran the payroll processing centre (1.1m payslips/month); led the move to a cloud platform",
              "Owned SLAs and error rates reported to clients"]),
           E("Operations Consultant", "Caldwell Barnes Consulting", "Manchester", "2008-09", "2015-02", "N",
             ["Process re-engineering projects for utilities and insurers"]),
           E("Graduate Analyst", "Caldwell Barnes Consulting", "Manchester", "2004-09", "2008-08", "N", []),
       ])],
      layout="pdf_twocol", side=("Core Strengths", "Education", "Non-Executive"), sidebar="left",
      tpl=("{t}", "{o} · {l}", "{d}"), df="mm/yyyy", pw="present", hs="plain", bullet="—", dash=" – ",
      unsure=("t004 Head of Operations: owns client SLAs but no direct contact — affecting",)))

# ---------------------------------------------------------------- t005 German Lebenslauf nested, nurse
add(R("t005.docx", "German Lebenslauf-style (English), geriatric nurse, nested tables",
      ["LEBENSLAUF / CURRICULUM VITAE", "Katharina Müller-Jovanović", "Kaiserstraße 41, 60329 Frankfurt am Main", "Mobil: 0176 0000 2213 · E-Mail: k.mueller-jovanovic@example.de",
       "Geboren am 02.06.1988 in Offenbach · ledig"],
      [("Berufserfahrung / Professional experience", [
           E("Geriatric nurse (Altenpflegerin), shift lead", "Seniorenresidenz Am Mainufer gGmbH", "Frankfurt", "2017-03", "present", "F:hc",
             ["Basic and treatment care for 28 residents with dementia", "Care planning and documentation in Vivendi PD",
              "Conversations with relatives, admission talks"]),
           E("Geriatric nurse", "Ambulanter Pflegedienst Sonnenblick", "Offenbach", "2013-10", "2017-02", "F:hc",
             ["Home visits: wound care, insulin, medication management", "Advising patients and family carers"]),
           E("Federal volunteer service (Bundesfreiwilligendienst)", "Deutsches Rotes Kreuz, Kreisverband Offenbach", "Offenbach", "2012-09", "2013-08", "F:vo",
             ["Patient transport and accompanying elderly people to appointments"], et="volunteer"),
       ]),
       ("Ausbildung / Training", ["10/2010 – 09/2013  Training as state-certified geriatric nurse, Altenpflegeschule Frankfurt",
                                  "2008  Realschulabschluss"]),
       ("Sprachen", ["German (native), Serbian (native), English (B1)"]),
       ("", ["Frankfurt, im November 2026"])],
      layout="docx_nested", tpl=("{t}", "{o}, {l}"), df="mm.yyyy", pw="heute", hs="caps", bullet="·", dash=" – ",
      unsure=("t005 Bundesfreiwilligendienst: paid a small allowance; coded volunteer, section work",
              "t005 overlap: BFD 09/2012–08/2013 with nurse training (education, not counted)")))

# ---------------------------------------------------------------- t006 Australian hospitality txt
add(R("t006.txt", "Australian résumé (hospitality, working-holiday mix)",
      ["Zoe McAllister-Huang", "Surry Hills NSW 2010  |  0423 000 119  |  zoemh@example.com.au", "Full working rights · RSA & RCG (NSW) · Open manual licence"],
      [("About me", ["Friendly, quick on my feet and happy to work weekends. Looking for a full-time bar or floor supervisor role."]),
       ("Work history", [
           E("Bar Attendant", "The Crown & Kookaburra Hotel", "Surry Hills NSW", "2023-08", "present", "F:ip",
             ["Pour beer,wine and cocktails for a 300-capacity pub , take food orders at the bar",
              "Look after regulars, handle intoxicated patrons under RSA rules",
              "Open and close the venue; count tills"]),
           E("Housekeeping Attendant", "Coral Sands Resort", "Port Douglas QLD", "2022-04", "2023-06", "A",
             ["Cleaned and serviced 14–16 rooms per shift to brand standard", "Restocked linen trolleys and reported maintenance issues"]),
           E("Farm Hand (88 days)", "Jarrah Creek Orchards", "Shepparton VIC", "2021-11", "2022-02", "N",
             ["Picking and packing pears and apples", "Pruning and irrigation checks"]),
       ]),
       ("Certificates", ["RSA (NSW) · RCG · Barista basics · First Aid (HLTAID011)"]),
       ("Referees", ["Available on request"])],
      tpl=("{t} @ {o}, {l}", "{d}"), df="apos", pw="now", hs="tilde", bullet="◦", dash=" – ",
      unsure=("t006 Housekeeping Attendant: cleans guest rooms, no stated guest contact — affecting",)))

# ---------------------------------------------------------------- t007 SWE customer-facing md
add(R("t007.md", "software engineer with customer-facing duties (Markdown)",
      ["# Arjun Mehta-Castellanos", "", "**Solutions Engineer / Backend Developer** · Austin, TX · arjun.mc@example.dev · +1 512 555 0163", ""],
      [("Experience", [
           E("Solutions Engineer", "Tallgrass Cloud, Inc.", "Austin, TX (remote)", "2023-02", "present", "F:sa",
             ["Own the technical side of enterprise deals: demos, proofs of concept, security questionnaires",
              "Pair with customers' engineers to debug SDK integrations; feed the roadmap with their asks",
              "Wrote the reference architecture used by 30+ customers"]),
           E("Backend Engineer", "Tallgrass Cloud, Inc.", "Austin, TX", "2020-07", "2023-01", "N",
             ["Rust/Go services for the metrics ingestion pipeline (2M points/s)",
              "Cut p99 latency 40% by redesigning the write-ahead log"]),
           E("Software Developer", "Pecan Street Logistics", "San Antonio, TX", "2018-06", "2020-06", "A",
             ["Built the route-optimisation service that sets delivery windows shown to shoppers",
              "Maintained the carrier API integrations"]),
       ]),
       ("Open source", [
           E("Maintainer", "tinyqueue-rs (open-source crate)", None, "2021", "present", "N",
             ["Review PRs, triage issues, cut releases"], sec="other", et="volunteer"),
       ]),
       ("Education", ["B.S. Computer Engineering, Texas A&M University, 2018"])],
      layout="md_bold", tpl=("{t}, {o}", "{l} — {d}"), df="iso", pw="present", hs="setext", bullet="*", dash=" → ",
      unsure=("t007 Open-source Maintainer: issue triage with users could be facing; labelled none",
              "t007 Software Developer (delivery windows): affecting")))

# ---------------------------------------------------------------- t008 academic CV PDF (Irish)
add(R("t008.pdf", "academic CV (research fellow, tutoring, outreach)",
      ["Dr Aoife Kavanagh-Petrov", "Research Fellow, School of Physics, Trinity Bay University, Dublin", "aoife.kp@example.ie | +353 1 000 4412"],
      [("Positions Held", [
           E("Marie Skłodowska-Curie Research Fellow", "Trinity Bay University", "Dublin", "2023-09", "present", "N",
             ["Project PHOTONIQ: integrated photonic sensors for trace gases (€215k)", "Built and characterised silicon-nitride ring resonators",
              "Manage collaboration with two industrial partners"]),
           E("Postdoctoral Researcher", "Max Lindqvist Institute for Optics", "Göttingen", "2020-10", "2023-08", "N",
             ["Ultrafast spectroscopy of 2D materials", "Supervised three MSc theses"]),
           E("Teaching Assistant / Tutor", "Western Shore University", "Galway", "2016-09", "2020-06", "F:ed",
             ["Ran tutorials for first-year mechanics (3 groups of 20)", "Marked problem sets and held drop-in help hours before exams"]),
           E("Summer Research Student", "Dunsink Applied Optics Group", "Dublin", "2015-06", "2015-08", "N",
             ["Aligned a Michelson interferometer and wrote LabVIEW control code"], et="internship"),
       ]),
       ("Teaching", ["2024–2025  Guest lectures, PY3C02 Optics (6 hours)", "2016–2020  Tutorials and labs, see above"]),
       ("Publications (selected, of 21)", [
           "Kavanagh-Petrov A., Lindqvist M. et al. (2025) Ring-resonator methane sensing at ppb levels. Optica 12, 201.",
           "Kavanagh-Petrov A. et al. (2023) Exciton dynamics in WS2 heterostructures. Phys. Rev. B 107, 045301.",
           "Kavanagh-Petrov A., Byrne D. (2021) Pump–probe microscopy with sub-ps resolution. Opt. Express 29, 3310.",
       ]),
       ("Outreach", [
           E("Science Ambassador (volunteer)", "Curious Minds Ireland", None, "2017", "2022", "F:vo",
             ["Visited primary schools to run hands-on light experiments with pupils and answer their questions"], sec="volunteer"),
       ]),
       ("Education", ["PhD Physics, Western Shore University, 2020", "BSc (Hons) Physics, 2016"])],
      layout="pdf_datecol", tpl=("{t}", "{ol}"), df="mm/yyyy", pw="present", hs="num", bullet="◦", dash=" – ",
      footer="A. Kavanagh-Petrov · CV · p. {page}",
      unsure=("t008 Science Ambassador: kind volunteering (could be education)",)))

# ---------------------------------------------------------------- t009 Kenyan NGO docx
add(R("t009.docx", "Kenyan CV (NGO / community health, volunteer-heavy)",
      ["CURRICULUM VITAE", "AMINA WANJIRU ABDALLAH", "Mombasa, Kenya | +254 712 000 093 | amina.abdallah@example.org", "Date of Birth: 1992 | Nationality: Kenyan"],
      [("Professional Summary", ["Public health officer with seven years of community health and monitoring work along the coast."]),
       ("Professional Experience", [
           E("Monitoring & Evaluation Officer", "Pwani Health Action Trust", "Mombasa", "2022-01", "present", "A",
             ["Design data collection tools and train enumerators", "Analyse DHIS2 data and write quarterly donor reports",
              "Conduct data quality audits in 14 health facilities"]),
           E("Programme Officer – Maternal Health", "Pwani Health Action Trust", "Kilifi", "2019-03", "2021-12", "F:of",
             ["Held community dialogue days with mothers and village elders on antenatal care",
              "Followed up defaulters through home visits with CHVs", "Coordinated county health stakeholders"]),
       ]),
       ("Voluntary Service", [
           E("Community Health Volunteer", "Likoni Community Health Unit", "Mombasa", "2015-06", "2019-02", "F:hc",
             ["Household visits to screen children for malnutrition and refer sick people to the dispensary",
              "Health talks on hygiene and family planning"], sec="volunteer"),
           E("Red Cross Volunteer", "Kenya Red Cross Society, Mombasa Branch", None, "2014", "2016", "F:vo",
             ["First aid at public events; distributed relief food during the 2015 floods"], sec="volunteer"),
       ]),
       ("Education", ["BSc Community Health — Technical University of Mombasa, 2017", "KCSE — Star of the Sea High School, 2010"]),
       ("Referees", ["Dr. Hassan Mwinyi, Programme Manager, Pwani Health Action Trust — 0722 000 555"])],
      layout="docx_table", tpl=("{t}", "{o}, {l}"), df="month", pw="Date", hs="caps", bullet="❖", dash=" to ",
      unsure=("t009 Programme Officer: community dialogues with mothers — facing, kind other_facing",
              "t009 Community Health Volunteer: volunteer but kind healthcare_care")))

# ---------------------------------------------------------------- t010 gig worker txt
add(R("t010.txt", "gig worker (handyman app, grocery shopper, bike courier)",
      ["TERRENCE \"T\" ABERCROMBIE", "Chicago IL · 773-555-0104 · t.abercrombie.fixes@example.com"],
      [("What I do", ["Independent handyman and delivery worker. 1,100+ five-star reviews across apps."]),
       ("Gigs & jobs", [
           E("Independent Handyman (TaskRabbit)", "Self-employed", "Chicago, IL", "2021", "present", "F:ef",
             ["Quote jobs with clients over chat, then assemble furniture, mount TVs, patch drywall in their homes",
              "Keep customers updated and handle rebooking or refund requests myself"], et="freelance", d="2021 – now"),
           E("Personal Shopper", "Instacart", "Chicago, IL", "2020-04", "2021-12", "F:ip",
             ["Shopped orders in-store and texted customers about substitutions before checkout",
              "Delivered groceries to the door"], et="freelance", d="April 2020 → December 2021"),
           E("Bike Courier", "LoopCity Couriers", "Chicago Loop", "2017-05", "2020-03", "A",
             ["Delivered legal documents and packages between downtown offices, 40–60 drops a day"], d="May 2017 – March 2020"),
       ]),
       ("Tools", ["Own tools and van access · Basic electrical and plumbing · Cargo bike"])],
      tpl=("{t}", "  {o} / {l} / {d}"), hs="box", bullet=">", dash=" – ",
      unsure=("t010 Personal Shopper: customer texting about substitutions — facing, kind in_person_service (could be digital_service)",)))

# ---------------------------------------------------------------- t011 South African retail PDF
add(R("t011.pdf", "South African CV (retail management)",
      ["Sipho Dlamini-van Wyk", "Curriculum Vitae", "Soweto, Johannesburg | 082 000 6631 | sipho.dvw@example.co.za",
       "ID: 8xxxxxxxxxxxx | Languages: English, isiZulu, Afrikaans, Sesotho | Own transport"],
      [("Career History", [
           E("Store Manager", "Ubuntu Home & Hardware", "Maponya Mall", "2021-02", "present", "F:ip",
             ["Lead 24 staff; manage R3.5m monthly turnover and stock losses",
              "Resolve escalated customer complaints on the floor; run customer-service training every month",
              "Win 'Store of the Year – Gauteng North' 2023"]),
           E("Merchandiser", "Highveld Brands Distribution (Pty) Ltd", "Johannesburg South", "2017-05", "2021-01", "A",
             ["Packed shelves and built promotional displays in 9 supermarkets", "Checked expiry dates, did stock counts for the rep"]),
           E("Cashier / Packer", "Jabulani FreshMart", "Soweto", "2014-09", "2017-04", "F:ip",
             ["Rang up customers' purchases accurately", "Helped older customers to carry groceries to taxis"]),
       ]),
       ("Education & Training", ["Grade 12 (Matric), Morris Isaacson High School — 2013", "Certificate in Retail Management — UNISA (2020)"]),
       ("References", ["Ms P. Moloi — Regional Manager, Ubuntu Home & Hardware — 011 000 4421",
                       "Mr J. Pretorius — Area Supervisor, Highveld Brands — 083 000 2198"])],
      layout="pdf_classic", tpl=("{T}", "{o}, {l}", "{d}"), df="month", pw="Current", hs="bracket", bullet="●", dash=" – "))

# ---------------------------------------------------------------- t012 Singapore docx kv
add(R("t012.docx", "Singaporean résumé (banking, national service)",
      ["LIM JUN HAO, DARREN", "Blk 512 Bedok North Ave 2 #08-112, Singapore 460512 · 9000 4471 · darren.lim.jh@example.sg",
       "Nationality: Singaporean · NS status: ORD (Reservist)"],
      [("Work Experience", [
           E("Relationship Manager, Priority Banking", "Straits Meridian Bank", "Marina Bay", "2022-04", "present", "F:sa",
             ["Manage 180 affluent clients; meet them to review portfolios and solve servicing issues",
              "Grew AUM by S$38m in 2024"]),
           E("Operations Executive, Trade Finance", "Straits Meridian Bank", "Changi Business Park", "2019-07", "2022-03", "A",
             ["Checked letters of credit against UCP 600; processed 40 transactions a day", "Worked with RM team to fix discrepancies before submission"]),
           E("Section Commander (3SG)", "Singapore Armed Forces, 3rd Battalion Singapore Infantry Regiment", None, "2015-03", "2017-01", "N",
             ["Led a section of 7 soldiers in training exercises"], et="military"),
       ]),
       ("Internships", [
           E("Summer Analyst", "Keppel Lane Capital Partners", "Singapore", "2018-05", "2018-07", "N",
             ["Screened SME investment targets; built comparables"], et="internship"),
       ]),
       ("Education", ["Bachelor of Business Administration (Hons), National University of Singapore, 2019"]),
       ("Skills & Languages", ["English, Mandarin, Hokkien (spoken) · CMFAS M1A/M5/M6/M8 · Bloomberg"])],
      layout="docx_kv", tpl=("{t}", "{o}, {l}"), df="MON", pw="PRESENT", hs="spaced", bullet="•", dash=" – "))

# ---------------------------------------------------------------- t013 military → civilian txt (Navy)
add(R("t013.txt", "military-to-civilian (Navy corpsman → security)",
      ["Luis Alberto Ferreira-Hollis", "San Diego, CA 92108", "619.555.0140 / lafh.navyvet@example.com", "DD-214 available upon request"],
      [("Core Competencies", ["Emergency medical response · Team leadership · De-escalation · Recruiting · HIPAA"]),
       ("Experience", [
           E("Security Officer", "Pacific Shield Protective Services", "San Diego, CA", "2024-01", "present", "F:ip",
             ["Staff the front desk of a biotech campus: greet visitors, issue badges, answer employee questions",
              "Patrol grounds and write incident reports"]),
           G("United States Navy", None, [
               E("Navy Recruiter (Petty Officer First Class)", "United States Navy", "Navy Recruiting District San Diego", "2020-02", "2023-12", "F:of",
                 ["Met with applicants and parents to explain enlistment options, answered their questions and guided them through processing",
                  "Exceeded annual goal three years running"], et="military"),
               E("Hospital Corpsman (HM2)", "United States Navy", "Naval Medical Center San Diego", "2015-06", "2020-01", "F:hc",
                 ["Triaged and treated sailors and dependents in the emergency department",
                  "Started IVs, administered medications, ran patient intake"], et="military"),
               E("Hospital Corpsman (HM3), Fleet Marine Force", "United States Navy", "Camp Pendleton, CA", "2012-07", "2015-05", "F:hc",
                 ["Provided field medical care for a Marine infantry company, including one deployment"], et="military"),
           ], d="July 2012 – December 2023"),
       ]),
       ("Education", ["B.S. Health Administration (in progress) — San Diego State University", "Hospital Corps School, Great Lakes IL (2012)"])],
      tpl=("{t}", "{o} — {l}", "{d}"), gtpl=("{O}  ·  {d}",), rtpl=("{t}", "{l}", "{d}"), df="mon", pw="Present",
      hs="caps", bullet="--", dash=" to "))

# ---------------------------------------------------------------- t014 Spanish PDF (Spanish month names)
add(R("t014.pdf", "Spanish CV (English, Spanish month names; travel & tourism)",
      ["Álvaro Ruiz de Mendoza Castaño", "Sevilla · +34 655 000 218 · alvaro.ruizmendoza@example.es"],
      [("Perfil", ["Travel consultant and tour guide, native Spanish, English C1, German B2."]),
       ("Experiencia profesional", [
           E("Travel Consultant (Agente de viajes)", "Viajes Giralda Azul S.L.", "Sevilla", "2021-05", "present", "F:sa",
             ["Advise walk-in and phone clients on packages, cruises and Imserso trips",
              "Book flights and hotels in Amadeus; manage changes and claims",
              "Highest ancillary sales in the office in 2024"]),
           E("Tour Guide", "Andalucía Paso a Paso Tours", "Sevilla / Córdoba", "2018-03", "2021-04", "F:ip",
             ["Guided groups of up to 35 visitors through the Alcázar, Cathedral and Mezquita in EN/DE/ES"]),
           E("Freelance translator EN/DE→ES", None, None, "2016", "2020", "F:ef",
             ["Translated brochures and websites for hotels and wineries; agreed deadlines and revisions with clients"], et="freelance"),
           E("Prácticas (internship) – Front desk", "Hotel Alfonso de Triana", "Sevilla", "2017-06", "2017-09", "F:ip",
             ["Check-in and guest information"], et="internship"),
           E("Archive Digitisation Assistant", "Fundación Archivo Histórico Trianero", "Sevilla", "2015", "2016", "N",
             ["Scanned and catalogued 19th-century postcards and parish ledgers"], et="internship"),
       ]),
       ("Formación", ["Grado en Turismo — Universidad de Sevilla (2014–2018)"]),
       ("Idiomas", ["Español (nativo), Inglés (C1, Cambridge CAE), Alemán (B2, Goethe-Zertifikat)"])],
      layout="pdf_serif", tpl=("{t} — {o}", "{l}", "{d}"), df="es", pw="actualidad", hs="caps", bullet="▸", dash=" – ",
      unsure=("t014 Freelance translator: no organisation; facing via client contact (kind entrepreneurial_freelance)",)))

# ---------------------------------------------------------------- t015 UK care worker docx
add(R("t015.docx", "UK CV (care worker, kitchen porter, charity shop)",
      ["Bethany-Rose Okafor", "Flat 3, 27 Harrowby Road, Sheffield S11 8PH · 07700 900 503 · bethrose.okafor@example.co.uk", "Full UK driving licence · DBS (Enhanced) on the Update Service"],
      [("About Me", ["Caring and patient with four years in domiciliary care. I want to start my Nursing Associate apprenticeship."]),
       ("Work History", [
           E("Senior Care Assistant", "Brightside Home Care Ltd", "Sheffield", "2022-06", "present", "F:hc",
             ["Visit 10–14 service users a day for personal care, meals and medication prompts",
              "Spot changes in health and contact GPs or families", "Shadow and support new carers"]),
           E("Care Assistant", "Brightside Home Care Ltd", "Sheffield", "2021-01", "2022-05", "F:hc", []),
           E("Kitchen Porter", "The Bramall Lane Tavern", "Sheffield", "2019-08", "2020-12", "A",
             ["Washed up, cleaned the kitchen and did basic veg prep for the chefs"]),
       ]),
       ("Volunteering", [
           E("Shop Volunteer", "St Luke's Hospice Charity Shop, Ecclesall Road", None, "2018-09", "2019-07", "F:vo",
             ["Served customers at the till and sorted donations"], sec="volunteer"),
       ]),
       ("Qualifications", ["Level 3 Diploma in Adult Care (2023)", "Care Certificate (2021)", "GCSEs — 6 at grade 4–7 (2018)"])],
      layout="docx_plain", tpl=("{t} — {o}, {l} ({d})",), df="mon", pw="present", hs="num", bullet="-", dash=" - ",
      unsure=("t015 Kitchen Porter: labelled affecting (kitchen hygiene / prep) — could be none",)))

# ---------------------------------------------------------------- t016 Nigerian txt
add(R("t016.txt", "Nigerian CV (accounting & sales, NYSC)",
      ["CURRICULUM VITAE", "", "PERSONAL DATA", "Name:              Emeka Chukwuma Obiora", "Address:           Plot 12, Trans-Amadi Layout, Port Harcourt, Rivers State",
       "Phone:             0806 000 7751", "E-mail:            emeka.obiora.acct@example.com.ng", "Date of Birth:     14th March, 1994", "State of Origin:   Imo State",
       "LGA:               Owerri North", "Sex:               Male"],
      [("Working Experience", [
           E("Accounts Officer", "Bonny Marine Logistics Limited", "Port Harcourt", "2021-03", "present", "N",
             ["Preparation of monthly managment accounts and bank reconcilliations", "Posting of journal entries on Sage ERP", "Tax computation (VAT, WHT, PAYE)"]),
           E("Sales Representative (POS & Mobile Money)", "Zenith Path Payments Ltd", "Port Harcourt", "2019-09", "2021-02", "F:sa",
             ["Recruited and supported over 200 POS agents in markets", "Visited agents to resolve terminal and settlement complaints"]),
           E("NYSC Corps Member – Revenue Unit", "Owerri Municipal Council", "Owerri", "2018-09", "2019-08", "F:of",
             ["Attended to traders and taxpayers at the revenue desk, issued receipts and explained levies"]),
       ]),
       ("Educational Background", ["Federal University of Technology, Owerri — B.Tech Accounting (2:1), 2017", "WASSCE — 2011"]),
       ("Professional Membership", ["Associate, Institute of Chartered Accountants of Nigeria (ICAN), 2022"]),
       ("Referees", ["Available on request."])],
      tpl=("{t}", "{o}, {l}.", "{d}"), df="month", pw="Date", hs="colon", bullet="i.", dash=" – ",
      unsure=("t016 NYSC at revenue desk: facing other_facing (public); employment_type paid",)))

# ---------------------------------------------------------------- t017 Europass fpdf (Portuguese)
add(R("t017.pdf", "Europass CV (Portuguese candidate, call centre & hotel)",
      ["Europass", "Beatriz Carvalho Monteiro", "Rua do Almada 215, 4050-038 Porto, Portugal", "(+351) 912 000 330 · beatriz.c.monteiro@example.pt",
       "Nationality: Portuguese · Gender: Female"],
      [("Work experience", [
           E("Multilingual Customer Care Advisor (PT/EN/FR)", "Atlântico Contact Hub, Lda.", "Porto", "2022-10", "present", "F:cc",
             ["Inbound phone, chat and e-mail support for a European e-bike brand: orders, warranty, returns",
              "Top performer for first-contact resolution (Q4 2024)"]),
           E("Night Porter / Receptionist", "Hotel Ribeira Douro", "Porto", "2020-06", "2022-09", "F:ip",
             ["Welcomed late arrivals, handled guest requests and emergencies overnight", "Night audit and breakfast set-up"]),
           E("Back-office Assistant (Erasmus+ traineeship)", "Brasserie-Logistique Verdier SARL", "Lyon (France)", "2019-09", "2020-02", "A",
             ["Entered supplier invoices and delivery notes"], et="internship"),
           E("Freelance Subtitler (EN→PT)", "Legendarte Media Localisation", "remote", "2018-01", "2019-08", "A",
             ["Timed and translated subtitles for streaming documentaries from a task queue"], et="freelance"),
       ]),
       ("Education and training", ["09/2016 – 07/2019  Licenciatura em Línguas e Relações Empresariais, Universidade de Aveiro"]),
       ("Language skills", ["Mother tongue(s): Portuguese | English C1 | French B2 | Spanish B1"])],
      layout="fpdf_plain", tpl=("{d}", "{t}", "{o}, {l}"), df="mm/yyyy", pw="Current", hs="plain", bullet="•", dash=" – "))

# ---------------------------------------------------------------- t018 Filipino VA docx
add(R("t018.docx", "Filipino résumé (virtual assistant / chat support)",
      ["JOHN PAUL R. MAGSAYSAY", "Purok 3, Brgy. Lahug, Cebu City 6000", "0995 000 2871 · jpmagsaysay.va@example.ph · Skype: jp.magsaysay.va"],
      [("Summary", ["Virtual assistant and former chat support advocate; fast typist (75 wpm), reliable internet with backup."]),
       ("Experience", [
           E("Virtual Assistant (Freelance)", "Clients via Upwork & OnlineJobs.ph", None, "2022-01", "present", "F:ef",
             ["Manage e-mail inboxes and reply to customer inquiries for a US skincare shop",
              "Calendar and travel booking for two real-estate agents; talk to their buyers by phone to confirm viewings",
              "Shopify order updates and refund processing"], et="freelance"),
           E("Chat Support Advocate", "Visayas CX Solutions Corp.", "IT Park, Cebu City", "2019-05", "2021-12", "F:cc",
             ["Handled 3 simultaneous chats with customers of a US food-delivery app", "Issued credits and refunds following policy"]),
           E("Content Moderator", "Visayas CX Solutions Corp.", "IT Park, Cebu City", "2018-06", "2019-04", "A",
             ["Reviewed flagged posts and images against community guidelines", "No direct user contact; 1,200 items/shift"]),
       ]),
       ("Education", ["BS Information Technology (undergrad) — University of San Carlos, 2014–2017"]),
       ("Tools", ["Zendesk, Freshdesk, Shopify, Canva, Google Workspace, Trello"])],
      layout="docx_table", tpl=("{t}", "{ol}"), df="mon", pw="present", hs="caps", bullet="✔", dash=" – ",
      unsure=("t018 Content Moderator: labelled affecting (trust & safety, no user contact)",)))

# ---------------------------------------------------------------- t019 small-business owner txt (US)
add(R("t019.txt", "small-business owner (landscaping)",
      ["Dale R. Hutchins", "Boise, Idaho | 208-555-0185 | dale@example-greenacre.com", ""],
      [("Summary", ["Owner-operator of a residential landscaping company for 11 seasons. Selling the business and looking for a grounds or facilities manager role."]),
       ("Experience", [
           E("Owner / Operator", "Green Acre Lawn & Landscape LLC", "Boise, ID", "2015", "2025", "F:ef",
             ["Grew from one truck to 3 crews and 240 recurring residential clients",
              "Walked every property with the homeowner to quote designs and maintenance plans",
              "Handled complaints and callbacks personally; 4.9 stars on 300+ reviews",
              "Payroll, insurance, equipment purchasing"], d="2015–2025 (11 seasons)"),
           E("Crew Member, later Crew Lead", "Treasure Valley Grounds Co.", "Meridian, ID", "2010", "2014", "N",
             ["Mowing, irrigation repair and snow removal for commercial sites"], d="2010–2014"),
           E("Stocker", "Boise Farm & Ranch Supply", "Boise, ID", "2008", "2010", "A",
             ["Stocked feed and hardware; unloaded freight"], d="2008 – 2010"),
       ]),
       ("Licenses", ["Idaho Pesticide Applicator License (Professional)", "Backflow tester (2019)"])],
      tpl=("{d}   {t}, {o}, {l}",), hs="arrow", bullet="+", wrap=80,
      unsure=("t019 Crew Member, later Crew Lead: two roles in one line, one entry; 2010 overlaps Stocker",)))

# ---------------------------------------------------------------- t020 Indian pharma PDF
add(R("t020.pdf", "Indian CV (pharma: pharmacist, medical rep, QA)",
      ["RESUME", "NIKHIL PRAKASH JOSHI", "B.Pharm, M.Pharm (Quality Assurance)", "Mob: +91 98000 11427 | Email: nikhil.joshi.pharma@example.in | Indore, M.P."],
      [("Career Objective", ["Seeking a position in pharmaceutical sales or hospital pharmacy where I can contribute my product knowledge and communication skills."]),
       ("Experience Details", [
           E("Medical Representative", "Narmada Lifesciences Ltd.", "Indore HQ", "2023-05", "present", "F:sa",
             ["Detailing cardio-diabetic products to 12–14 doctors daily", "Meeting chemists and stockists for order booking and prescription audit",
              "Achieved 118% of yearly target (FY 2024-25)"]),
           E("Pharmacist", "Shubh Care Hospital Pharmacy", "Indore", "2021-02", "2023-04", "F:hc",
             ["Dispensing medicines to in-patients and OPD patients and counselling them on dosage",
              "Maintaining Schedule H register and cold-chain records"]),
           E("QA Officer (Trainee)", "Vindhya Formulations Pvt. Ltd.", "Pithampur", "2019-07", "2021-01", "A",
             ["Review of batch manufacturing records", "Line clearance and in-process checks", "Handling of deviations and CAPA"]),
       ]),
       ("Academic Details", ["M.Pharm (QA) – Rajiv Gandhi Proudyogiki Vishwavidyalaya – 2019 – 74.2%",
                             "B.Pharm – Devi Ahilya Vishwavidyalaya – 2017 – 71.0%"]),
       ("Personal Details", ["Father's Name : Shri Prakash Joshi", "DOB : 05/11/1995", "Languages : Hindi, English, Marathi", "Hobbies : Cricket, reading"]),
       ("Declaration", ["I hereby declare that the information given above is true to my knowledge.", "Date: ______      Place: Indore      (Nikhil P. Joshi)"])],
      layout="pdf_classic", tpl=("{t} | {o}, {l}", "Duration: {d}", "Job Profile:"), df="month", pw="Till Date", hs="num", bullet="❖", dash=" to ",
      header="Nikhil Prakash Joshi — Resume", footer="— {page} —"))

# ---------------------------------------------------------------- t021 French docx
add(R("t021.docx", "French CV (English; retail, logistics, au pair)",
      ["Camille Nguyen-Lefèvre", "Villeurbanne (69) · 07 00 00 31 48 · camille.nl@example.fr", "26 ans · Permis B"],
      [("Expérience / Experience", [
           E("Sales Assistant (Conseillère de vente)", "Maison Brunel Prêt-à-porter", "Lyon Part-Dieu", "2023-09", "present", "F:ip",
             ["Welcome and advise customers in the boutique, fitting-room service", "Checkout, returns, loyalty cards", "Visual merchandising of new collections"]),
           E("Logistics Assistant (alternance)", "Rhône Express Fret", "Vénissieux", "2021-09", "2023-08", "A",
             ["Preparation of shipping documents and follow-up of deliveries", "Updated stock in the WMS"], et="internship"),
           E("Au pair", "Private family", "Bristol, UK", "2020-09", "2021-06", "F:ed",
             ["Looked after two children (4 and 7), school runs, homework help and French lessons"]),
       ]),
       ("Formation", ["2021–2023  BTS Gestion des Transports et Logistique Associée (alternance)", "2020  Baccalauréat général"]),
       ("Langues", ["Français (natif) · Anglais (B2) · Vietnamien (oral)"])],
      layout="docx_table", tpl=("{t}", "{o} – {l}"), df="fr", pw="aujourd'hui", hs="tilde", bullet="›", dash=" – ",
      unsure=("t021 Au pair: childcare labelled facing/education; 'Private family' kept as organisation",
              "t021 alternance (work-study) coded internship")))

# ---------------------------------------------------------------- t022 social media md
add(R("t022.md", "social-media / community manager (Markdown)",
      ["Kwame Asante-Rhodes", "===================", "", "Social & community · Accra → Toronto · kwame.ar@example.com", ""],
      [("Work", [
           E("Social Media Manager", "Maple & Cocoa Chocolatiers", "Toronto", "2023-03", "present", "F:ds",
             ["Run the brand's Instagram, TikTok and Facebook; answer customer DMs and reviews daily",
              "Handle order problems raised publicly and move them to private support",
              "Plan and shoot content; monthly paid social budget of $12k"]),
           E("Copywriter", "Bluewave Creative Agency", "Accra", "2019-01", "2023-02", "A",
             ["Wrote scripts, captions and web copy for telecom and bank campaigns", "Worked from briefs via account managers (no client meetings)"]),
           E("Campus Brand Ambassador", "Kasa Mobile", "Legon", "2017-09", "2018-12", "F:sa",
             ["Signed up students for data bundles at campus pop-up stands"], et="internship"),
       ]),
       ("Volunteer", [
           E("Moderator (volunteer)", "r/GhanaFoodies online community", None, "2020", "present", "A",
             ["Remove spam, enforce the posting rules and keep the recipe wiki tidy for a 60k-member forum"], sec="volunteer"),
       ]),
       ("Education", ["BA English & Information Studies, University of Ghana (2018)"])],
      layout="md_plain", tpl=("**{t}** @ {o} ({l})", "_{d}_"), df="apos", pw="present", hs="h3", bullet="+", dash=" – ",
      unsure=("t022 Campus Brand Ambassador: paid per sign-up, coded internship; kind sales_account",
              "t022 volunteer Moderator: rule enforcement/spam removal only — affecting (hard case vs facing)")))

# ---------------------------------------------------------------- t023 UK call centre txt
add(R("t023.txt", "UK call-centre / complaints handler",
      ["CURRICULUM VITAE", "", "Name: Declan Fairweather", "Location: Sunderland, Tyne and Wear", "Mobile: 07700 900 688", "Email: declan.fairweather@example.co.uk", ""],
      [("Employment", [
           E("Complaints Handler", "Wearside Energy Ltd", "Doxford Park, Sunderland", "2022-05", "present", "F:cc",
             ["Investigate customer complaints about bills and smart meters by phone and email",
              "Write final-response letters in line with Ofgem rules", "Refer vulnerable customers to the Priority Services Register"]),
           E("Retention Advisor", "Northumbria Broadband", "Newcastle upon Tyne", "2019-10", "2022-04", "F:cc",
             ["Took calls from customers wanting to leave and found offers to keep them", "Saved 48% of cancellations (team avg 39%)"]),
           E("Data Entry Clerk (temp)", "Tynebridge Recruitment", "Gateshead", "2018", "2019", "A",
             ["Keyed in customer orders for a catalogue company"]),
       ]),
       ("Education", ["Sunderland College — Level 2 Customer Service (2018)", "St Aidan's Catholic Academy — GCSEs (2017)"])],
      tpl=("{t}", "{o}, {l}", "{d}"), df="mm/yyyy", pw="current", hs="eq", bullet="*", dash="–",
      unsure=("t023 Data Entry Clerk: organisation is the temp agency as written; 'Tynebridge Recruitment'",)))

# ---------------------------------------------------------------- t024 long multi-page SRE / support PDF
add(R("t024.pdf", "software engineering (SRE/support) multi-page with running header & mid-entry page break",
      ["Yusuf Karaca-Lindgren", "Stockholm · +46 70 000 11 42 · yusuf.kl@example.se · github.com/yusufkl-example"],
      [("Summary", ["Engineering manager and former SRE. I have run on-call for payment systems and started my career answering customer tickets, which still shapes how I build."]),
       ("Experience", [
           E("Senior Engineering Manager, Reliability", "Fjordpay AB", "Stockholm", "2022-08", "present", "A",
             ["Manage 3 SRE teams (17 engineers) responsible for checkout availability (99.99% SLO)",
              "Own the incident-management process and public status-page communication templates",
              "Introduced error budgets; reduced customer-impacting incidents by 55% year on year",
              "Drive the 2025 move from self-managed Kafka to a managed service",
              "Hiring manager for 14 engineers; run the reliability guild across product teams",
              "Partner with Finance on cloud cost; saved 22% of annual spend"], pb=3),
           E("Site Reliability Engineer", "Fjordpay AB", "Stockholm", "2019-03", "2022-07", "A",
             ["Kubernetes platform, Terraform, Prometheus and on-call for the payments API",
              "Automated failover drills between EU regions"]),
           E("Internal Tools Support Engineer", "Norrsken Games", "Malmö", "2017-01", "2019-02", "F:is",
             ["Supported 400 developers and artists with build farm, Perforce and VPN issues via Slack and tickets",
              "Ran onboarding sessions for new hires"]),
           E("Customer Support Engineer", "Norrsken Games", "Malmö", "2015-06", "2016-12", "F:ds",
             ["Answered player tickets about crashes, purchases and account recovery in English, Swedish and Turkish",
              "Reproduced bugs and wrote reports for QA"]),
       ]),
       ("Talks", ["'Error budgets for payment people' — SREcon EMEA 2024", "'On-call without heroes' — Stockholm DevOps meetup 2023"]),
       ("Education", ["MSc Computer Science, KTH Royal Institute of Technology (2015)", "BSc, Boğaziçi University (2013)"]),
       ("Technical skills", ["Go, Python, Kubernetes, Terraform, GCP, AWS, PostgreSQL, Kafka, Prometheus, Grafana, PagerDuty"]),
       ("Selected projects", [
           "Checkout resilience programme (2023–2024): multi-region active-active design; RTO from 45 to 4 minutes.",
           "Chaos day framework: quarterly game days across 12 services; runbooks now auto-linked from alerts.",
           "Status page automation: incident severity drives templated customer updates within 10 minutes.",
           "Build farm migration (2018): moved 60 build agents to autoscaled cloud instances, halving queue time.",
       ])],
      layout="pdf_serif", tpl=("{t}", "{o} — {l}", "{d}"), df="month", pw="present", hs="dash", bullet="→", dash=" – ",
      header="Yusuf Karaca-Lindgren · Curriculum Vitae", footer="{page}",
      unsure=("t024 Senior Engineering Manager: public status-page comms templates but no direct contact — affecting",)))

# ---------------------------------------------------------------- t025 Malaysian teacher docx
add(R("t025.docx", "Malaysian teacher résumé",
      ["NUR AISYAH BINTI KAMARUDDIN", "No. 8, Lorong Seri Indah 3, 14000 Bukit Mertajam, Pulau Pinang", "Tel: 013-000 2290 | Email: aisyah.kamaruddin@example.my"],
      [("Personal Particulars", ["Date of Birth: 19 April 1994 · Race: Malay · Religion: Islam · Marital status: Married"]),
       ("Teaching Experience", [
           E("English Language Teacher (DG41)", "SMK Seri Mertajam", "Bukit Mertajam", "2019-01", "present", "F:ed",
             ["Teach English to Form 1–3 classes (5 classes, 170 pupils)", "Advisor for the English Debate Club; coached state finalists 2023",
              "Meet parents during PIBG days and report card day"]),
           E("Tutor (part-time)", "Pusat Tuisyen Cemerlang Minda", "Seberang Jaya", "2017", "2018", "F:ed",
             ["SPM English revision classes on weekends"]),
       ]),
       ("Other Experience", [
           E("Trial Exam Paper Setter", "Pejabat Pendidikan Daerah Seberang Perai Tengah", None, "2022", "2024", "A",
             ["Set and moderated SPM trial English papers used by 21 schools in the district"], d="2022 – 2024"),
           E("Science Lab Assistant", "Universiti Sains Malaysia, School of Chemical Sciences", "Penang", "2016-02", "2016-12", "N",
             ["Prepared reagents and maintained equipment for undergraduate labs"]),
       ]),
       ("Education", ["Ijazah Sarjana Muda Pendidikan (TESL), Universiti Pendidikan Sultan Idris, 2018"]),
       ("Co-curricular", ["Pengakap (Scouts) teacher-in-charge 2020–2024"])],
      layout="docx_plain", tpl=("{t}", "{o}, {l}", "{d}"), df="dot", pw="kini", hs="colon", bullet="✓", dash=" – ",
      unsure=("t025 Science Lab Assistant: supports undergraduate labs; labelled none (could be internal_support)",)))

# ---------------------------------------------------------------- t026 manufacturing txt
add(R("t026.txt", "warehouse / manufacturing (assembly, QC, shipping counter)",
      ["ROSA ELENA VILLANUEVA", "Reynosa, Tamps. / McAllen, TX", "956-555-0129 · rosavillanueva.work@example.com", ""],
      [("Experience", [
           E("Shipping & Will-Call Clerk", "Rio Grande Industrial Supply", "McAllen, TX", "2023-02", "present", "F:ip",
             ["Serve contractors at the will-call counter, find their orders and fix wrong picks",
              "Print bills of lading, schedule LTL pickups"]),
           E("Quality Inspector", "Frontera Electronic Assemblies (maquila)", "Reynosa", "2019-11", "2023-01", "A",
             ["Inspected wire harnesses against customer drawings; rejected nonconforming lots",
              "Recorded defects in SAP QM and supported customer audits"]),
           E("Assembly Operator", "Frontera Electronic Assemblies (maquila)", "Reynosa", "2016-05", "2019-10", "N",
             ["Crimped terminals and assembled harnesses on the line"]),
       ]),
       ("Skills", ["Bilingual Spanish/English · IPC/WHMA-A-620 trained · SAP · Forklift"])],
      tpl=("{d}", "{t}", "{o}  //  {l}"), df="dot", pw="present", hs="spaced", bullet="•", dash=" – ",
      unsure=("t026 Quality Inspector: affecting (customer drawings/audits but no service)",)))

# ---------------------------------------------------------------- t027 chef PDF two-col right
add(R("t027.pdf", "hospitality / chef (two-column, sidebar right)",
      ["Henrietta 'Hen' Szabó-Mensah", "Private Chef & Caterer", "Brighton · 07700 900 245 · chefhen@example.co.uk"],
      [("Experience", [
           E("Private Chef (self-employed)", "Hen's Table", "Brighton & Sussex", "2021-05", "present", "F:ef",
             ["Plan menus with clients for dinner parties, retreats and weddings (up to 80 guests)",
              "Cook in clients' homes and serve at the table; manage allergies and feedback",
              "Quote, invoice and handle bookings myself"], et="freelance"),
           E("Catering Manager", "Downs View Conference Centre", "Lewes", "2018-01", "2021-04", "F:ip",
             ["Met event organisers to agree menus, timings and dietary needs; on the floor during events",
              "Led a team of 14 chefs and servers"]),
           E("Pastry Chef", "The Regency Pavilion Hotel", "Brighton", "2014-09", "2017-12", "A",
             ["Produced desserts, breads and afternoon tea for 2 restaurants", "Costed recipes and trained commis"]),
           E("Production Baker (nights)", "Southdown Wholesale Bakeries", "Newhaven", "2012-03", "2014-08", "N",
             ["Mixed, shaped and proved dough on the night line", "Cleaned mixers and ovens to the hygiene schedule"]),
       ]),
       ("Qualifications", ["Level 3 Patisserie & Confectionery", "Level 3 Food Safety", "Allergen awareness (FSA)"]),
       ("Specialities", ["Seasonal Sussex produce", "Plant-based menus", "Hungarian & Ghanaian home cooking"])],
      layout="pdf_twocol", side=("Qualifications", "Specialities"), sidebar="right", tpl=("{t}", "{o} · {l}", "{d}"),
      df="MON", pw="NOW", hs="caps", bullet="✦", dash=" – "))

# ---------------------------------------------------------------- t028 student docx
add(R("t028.docx", "student / first job (US college)",
      ["Maya Goldberg-Okoro", "Ann Arbor, MI · 734-555-0114 · mayago@example.edu · linkedin.com/in/example-maya"],
      [("Education", ["University of Michigan, B.S. Information — expected May 2027 · GPA 3.7"]),
       ("Experience", [
           E("Product Intern", "Wolverine Ticketing Co.", "Detroit, MI", "2026-05", "2026-08", "A",
             ["Analysed checkout funnel data and proposed two UI changes adopted for fall launch",
              "Wrote user stories for the mobile ticket-transfer feature"], et="internship"),
           E("Peer Tutor, Intro Statistics", "UM Science Learning Center", "Ann Arbor, MI", "2025-09", "present", "F:ed",
             ["Lead weekly study groups of 8 students and hold one-on-one help sessions"]),
           E("Sales Associate", "Huron Outdoor Outfitters", "Ann Arbor, MI", "2023-06", "2024-08", "F:ip",
             ["Helped shoppers pick hiking gear and fit boots; ran the register"], d="Jun 2023 – Aug 2024 (summers + school-year weekends)"),
       ]),
       ("Leadership & Activities", [
           E("Treasurer", "Michigan Women in Data Club", None, "2025-01", "present", "N",
             ["Manage a $6,000 budget and sponsorship invoices"], sec="other", et="volunteer"),
           E("Hackathon participant — MHacks 2025 (2nd place, civic track)", None, None, "2025", None, "N", [], sec="other", et="volunteer", d="2025"),
       ]),
       ("Skills", ["Python, SQL, Figma, Excel"])],
      layout="docx_plain", tpl=("{t} — {o}", "{l} · {d}"), df="mon", pw="Present", hs="style", bullet="•", dash=" – ",
      unsure=("t028 Sales Associate: range shown as Jun 2023 – Aug 2024 with a '(summers + weekends)' note; coded continuous",
              "t028 Hackathon line included as an 'other' entry with no bullets; arguably not an entry")))

# ---------------------------------------------------------------- t029 nurse md
add(R("t029.md", "nurse / healthcare (travel RN, Markdown)",
      ["## DeShawn Patterson-Ruiz, RN", "Travel Nurse — ICU / Step-down · Compact license (NLC) · Based in Nashville, TN", "deshawn.pr.rn@example.com | 615-555-0138", ""],
      [("Assignments & Employment", [
           E("Travel ICU RN (13-week contracts)", "Summit Travel Nursing (agency)", None, "2023-01", "present", "F:hc",
             ["Assignments at 6 hospitals in TN, GA and AZ: 2:1 ICU patient ratio, drips, vents, CRRT",
              "Family updates and bedside teaching at discharge from ICU"]),
           E("Staff RN, Cardiac Step-Down", "Cumberland Valley Regional Hospital", "Nashville, TN", "2019-06", "2022-12", "F:hc",
             ["Cared for 4 patients per shift post-cath and post-CABG", "Super-user for Epic go-live: helped colleagues with charting problems"]),
           E("Patient Care Tech", "Cumberland Valley Regional Hospital", "Nashville, TN", "2017-08", "2019-05", "F:hc", []),
           E("Clinical Documentation Reviewer (PRN, remote)", "Keystone Quality Registry Services", None, "2024-02", "2025-06", "A",
             ["Abstract ICU charts for the sepsis quality registry, 8–10 hrs/week between contracts; no patient contact"], et="freelance"),
       ]),
       ("Volunteer", [
           E("Volunteer EMT", "Bellevue Volunteer Fire & Rescue", "Nashville, TN", "2016", "2020", "F:hc",
             ["Responded to 911 calls on weekend shifts"], sec="volunteer"),
       ]),
       ("Education / Certs", ["BSN, Belmont University (2019)", "CCRN, BLS, ACLS, NIHSS"])],
      layout="md_plain", tpl=("{t}", "{ol} | {d}"), df="mm/yyyy", pw="present", hs="bold", bullet="-", dash=" – "))

# ---------------------------------------------------------------- t030 Gulf hotel PDF (fpdf, numbered headings)
add(R("t030.pdf", "Gulf-style CV (hotel front office, UAE, photo-less)",
      ["CURRICULUM VITAE", "FATIMA ZAHRA BENMOUSSA", "Dubai, UAE · +971 50 000 4418 · fz.benmoussa@example.ae",
       "Nationality: Moroccan · Visa status: Employment visa (transferable) · Date of birth: 08/08/1993"],
      [("Professional Experience", [
           E("Front Office Supervisor", "Al Noor Creek Hotel & Residences", "Dubai", "2022-03", "present", "F:ip",
             ["Supervise 9 receptionists and concierge team; handle VIP arrivals and guest complaints",
              "Prepare rosters and train staff on Opera Cloud"]),
           E("Guest Relations Officer", "Al Noor Creek Hotel & Residences", "Dubai", "2019-10", "2022-02", "F:ip",
             ["Greeted arriving guests in Arabic, French and English; courtesy calls and birthday amenities"]),
           E("Reservations Agent", "Atlas Riad Collection", "Marrakech", "2016-07", "2019-08", "F:cc",
             ["Took phone and e-mail bookings from guests and travel agents", "Managed channel manager rates"]),
           E("Accounts Clerk", "Atlas Riad Collection", "Marrakech", "2015", "2016", "N",
             ["Petty cash and supplier payments"]),
       ]),
       ("Education", ["Diplôme de Technicien Spécialisé en Gestion Hôtelière — ISTAH Marrakech, 2015"]),
       ("Languages", ["Arabic (native), French (fluent), English (fluent), Spanish (basic)"]),
       ("Declaration", ["I hereby confirm that all information stated above is correct."])],
      layout="fpdf_right", tpl=("{t}", "{o} – {l}"), df="mm/yyyy", pw="Till date", dash=" – ", hs="num", bullet="▶",
      footer="Fatima Zahra Benmoussa — CV — page {page}"))
