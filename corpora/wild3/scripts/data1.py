from lib import E

R = []

# y001 — retail, PDF left narrow dark sidebar, several titles at one employer
R.append(dict(
    file="y001.pdf", family="pdf_sidebar_left_narrow", style="pdf_sidebar",
    name="Chloe Marsden", headline="Retail Supervisor",
    contact=["07700 555 0142", "chloe.marsden@example.com", "Leeds, UK"],
    opts=dict(side_w=165, side_sections=("Skills", "Education", "Interests")),
    sections=[
        ("Profile", "text", "Friendly and reliable retail supervisor with six years on the shop floor, "
         "used to busy trading periods, cash handling and training new starters."),
        ("Experience", "entries", [
            E("Store Supervisor", "Hartwell & Finch Home Store", "Leeds", "Mar 2022 – Present",
              "2022-03", "present", "month", "facing", "in_person_service",
              ["Run the shop floor on shifts of up to 14 staff, covering tills and fitting rooms",
               "Resolve customer complaints and process refunds and exchanges",
               "Open and close the store, cash up and bank takings"]),
            E("Sales Assistant", "Hartwell & Finch Home Store", "Leeds", "Aug 2019 – Feb 2022",
              "2019-08", "2022-02", "month", "facing", "in_person_service",
              ["Served customers at the till and on the shop floor",
               "Signed customers up to the store card, regularly top of the weekly league table"]),
            E("Stockroom Assistant", "Parkgate Discount Ltd", "Rotherham", "Jun 2018 – Jul 2019",
              "2018-06", "2019-07", "month", "affecting", None,
              ["Unloaded deliveries and booked stock into the back-office system",
               "Replenished shelves before opening and rotated chilled stock",
               "Completed weekly stock counts with 99% accuracy"]),
        ]),
        ("Skills", "list", ["Cash handling", "Visual merchandising", "Rota planning", "Stock control"]),
        ("Education", "lines", ["Leeds City College", "BTEC Level 3 Business, 2016 – 2018",
                                "Roundhay High School", "GCSEs, 2011 – 2016"]),
        ("Interests", "list", ["Netball", "Baking", "Photography"]),
    ]))

# y002 — Australian nurse, DOCX table dates left column, placements, referees
R.append(dict(
    file="y002.docx", family="docx_table_dates_left", style="docx_table_left",
    name="Mia Kowalczyk", contact=["Brisbane QLD", "0400 555 0118", "mia.kowalczyk@example.com", "AHPRA registration: NMW0000000000"],
    opts=dict(widths=(3.6, 12.9)),
    sections=[
        ("Career Objective", "text", "Newly registered nurse seeking a graduate position in acute medical or surgical care."),
        ("Employment History", "entries", [
            E("Registered Nurse (Graduate Program)", "Riverbend Private Hospital", "Brisbane QLD",
              "Feb 2025 – Current", "2025-02", "present", "month", "facing", "healthcare_care",
              ["Provide direct patient care on a 28-bed surgical ward",
               "Administer medications and monitor post-operative observations",
               "Educate patients and families on wound care before discharge"]),
            E("Assistant in Nursing", "Sunnyvale Aged Care", "Ipswich QLD", "Jun 2022 – Jan 2025",
              "2022-06", "2025-01", "month", "facing", "healthcare_care",
              ["Assisted residents with showering, meals and mobility",
               "Reported changes in residents' condition to the RN in charge"]),
        ]),
        ("Clinical Placements", "entries", [
            E("Student Nurse – Emergency Department", "Moreton Bay General Hospital", None, "Aug 2024 – Sep 2024",
              "2024-08", "2024-09", "month", "facing", "healthcare_care",
              ["Triaged and observed patients under supervision of a preceptor"], etype="internship"),
            E("Student Nurse – Community Health", "Logan Community Health Centre", None, "Mar 2023 – Apr 2023",
              "2023-03", "2023-04", "month", "facing", "healthcare_care",
              ["Supported home visits and chronic disease clinics"], etype="internship"),
        ]),
        ("Education", "lines", ["Bachelor of Nursing, Southbank University of Technology, 2022 – 2024"]),
        ("Certifications", "list", ["Advanced Life Support (ALS1), Nov 2024", "First Aid & CPR, current to 2026"]),
        ("Referees", "lines", ["Janine Ortez, Nurse Unit Manager, Riverbend Private Hospital, 07 5550 0134",
                               "Tom Abara, Care Manager, Sunnyvale Aged Care, 07 5550 0177"]),
    ]))

# y003 — warehouse TXT plain, underline headings
R.append(dict(
    file="y003.txt", family="txt_plain_underlined", style="txt",
    header=["DARIUS WEBB", "Columbus, OH  |  (614) 555-0123  |  dwebb@example.com", "",
            "Forklift-certified warehouse associate, 7 years in distribution centres."],
    opts=dict(heading="underline", tpl=["{title} -- {orgloc}", "{d}"], bullet="- ", width=72),
    sections=[
        ("Work History", "entries", [
            E("Forklift Operator", "Midstate Distribution Co.", "Groveport, OH", "04/2021 - present",
              "2021-04", "present", "month", "affecting", None,
              ["Load and unload trailers with sit-down and reach forklifts",
               "Stage outbound orders for same-day carrier pickup so stores get deliveries on time",
               "Zero recordable incidents three years running"]),
            E("Order Picker / Packer", "Buckeye Fulfillment LLC", "Obetz, OH", "09/2018 - 03/2021",
              "2018-09", "2021-03", "month", "affecting", None,
              ["Picked and packed e-commerce orders with RF scanner at 140% of rate",
               "Checked packed orders against pick lists to stop wrong items reaching customers"]),
            E("Night Cleaner", "Spotless Commercial Services", "Columbus, OH", "2017 - 2018",
              "2017", "2018", "year", "none", None,
              ["Cleaned office floors and restrooms on the overnight shift"]),
        ]),
        ("Certifications", "list", ["OSHA Forklift Operator Certification (2021)", "OSHA 10 (2019)"]),
        ("Education", "lines", ["Eastmoor Academy High School - Diploma, 2016"]),
    ]))

# y004 — software engineer, LaTeX-like PDF
R.append(dict(
    file="y004.pdf", family="pdf_latex_title_dates_line", style="pdf_latex",
    name="Arjun Venkataraman", contact=["Seattle, WA", "(206) 555-0151", "arjun.v@example.com", "github.com/arjunv-example"],
    sections=[
        ("Experience", "entries", [
            E("Senior Software Engineer", "Cobaltline Systems", "Seattle, WA", "Jan. 2022 – Present",
              "2022-01", "present", "month", "affecting", None,
              ["Led migration of the billing service to event-driven architecture, cutting invoice errors by 40%",
               "Designed REST APIs consumed by the customer-facing mobile app",
               "Mentored four junior engineers through code review"]),
            E("Software Engineer", "Cobaltline Systems", "Seattle, WA", "Jul. 2019 – Dec. 2021",
              "2019-07", "2021-12", "month", "affecting", None,
              ["Built checkout features in React and TypeScript used by 2M monthly shoppers",
               "Added end-to-end tests that reduced production incidents"]),
            E("Technical Support Engineer", "Quillbyte Software", "Portland, OR", "Jun. 2017 – Jun. 2019",
              "2017-06", "2019-06", "month", "facing", "digital_service",
              ["Resolved escalated customer tickets over email and screen-share",
               "Wrote knowledge-base articles from recurring customer questions"]),
            E("Undergraduate Research Assistant", "Pacific Crest University Systems Lab", "Tacoma, WA",
              "Sep. 2015 – May 2017", "2015-09", "2017-05", "month", "none", None,
              ["Benchmarked distributed key-value stores", "Co-authored a workshop paper on cache eviction"]),
        ]),
        ("Projects", "entries_fake", None),
        ("Education", "lines", ["Pacific Crest University — B.S. Computer Science, 2013 – 2017"]),
        ("Skills", "lines", ["Languages: Go, TypeScript, Python, SQL", "Tools: Kubernetes, Kafka, Postgres, AWS"]),
    ]))
R[-1]["sections"][1] = ("Projects", "list", ["ledgerlite (2020): open-source double-entry accounting library in Go",
                                              "Trail Finder (Hackathon 2016): route planner app, 1st place"])

# y005 — call centre, DOCX three cells title|company|dates
R.append(dict(
    file="y005.docx", family="docx_three_cell_row", style="docx_three_cell",
    name="Shanice Greene", contact=["Tampa, FL • (813) 555-0109 • shanice.greene@example.com"],
    sections=[
        ("Summary", "text", "Bilingual (English/Spanish) contact center professional with inbound, outbound and collections experience."),
        ("Professional Experience", "entries", [
            E("Team Lead, Customer Care", "Sunpoint Insurance Services", "Tampa, FL", "May 2023 – Now",
              "2023-05", "present", "month", "facing", "contact_center",
              ["Lead a team of 12 inbound agents handling policy and claims calls",
               "Take escalated calls from upset policyholders",
               "Run side-by-side coaching and QA call reviews"]),
            E("Customer Service Representative", "Sunpoint Insurance Services", "Tampa, FL", "Nov 2020 – Apr 2023",
              "2020-11", "2023-04", "month", "facing", "contact_center",
              ["Answered 70+ inbound calls per day about billing, coverage and claims status",
               "Maintained 94% customer satisfaction score"]),
            E("Collections Agent", "Gulfway Recovery Partners", "Clearwater, FL", "Feb 2019 – Oct 2020",
              "2019-02", "2020-10", "month", "facing", "contact_center",
              ["Made outbound calls to customers with past-due accounts and set up payment plans"]),
        ]),
        ("Education", "lines", ["Hillsborough Community College – A.A. General Studies (2016 – 2018)"]),
        ("Skills", "list", ["Genesys Cloud, Salesforce Service Cloud", "De-escalation", "Spanish (native)"]),
    ]))

# y006 — Indian CV TXT, Organisation/Designation/Duration, Declaration
R.append(dict(
    file="y006.txt", family="txt_indian_org_designation_duration", style="txt",
    header=["CURRICULUM VITAE", "", "PRIYANKA SUBRAMANIAM", "Mobile: +91 98400 55501", "Email: priyanka.s@example.com",
            "Address: 14, 3rd Cross Street, Adyar, Chennai - 600020"],
    opts=dict(heading="star", tpl=["Organisation : {orgloc}", "Designation  : {title}", "Duration     : {d}",
                                     "Roles & Responsibilities:"], bullet="* ", bindent="  ", width=78),
    sections=[
        ("Career Objective", "text", "To work in a challenging environment where I can use my skills in banking operations "
         "and customer relationship management for the growth of the organisation."),
        ("Work Experience", "entries", [
            E("Customer Relationship Executive", "Kaveri Cooperative Bank Ltd.", "Chennai", "01-Aug-2021 to till date",
              "2021-08", "present", "month", "facing", "sales_account",
              ["Handling walk-in customers for account opening, KYC and deposit products",
               "Cross-selling insurance and fixed deposits to existing customers",
               "Resolving customer grievances within TAT"]),
            E("Accounts Assistant", "Sri Lakshmi Traders Pvt. Ltd.", "Chennai", "June 2018 to July 2021",
              "2018-06", "2021-07", "month", "none", None,
              ["Maintaining ledgers in Tally ERP 9", "Preparing GST returns and bank reconciliation statements"]),
        ]),
        ("Educational Qualification", "lines", ["M.Com - Madras Christian Arts College - 2016 to 2018 - 72%",
                                                 "B.Com - Madras Christian Arts College - 2013 to 2016 - 68%"]),
        ("Technical Skills", "list", ["Tally ERP 9", "MS Excel", "Core Banking (Finacle)"]),
        ("Personal Details", "lines", ["Father's Name  : R. Subramaniam", "Date of Birth  : 12-03-1995",
                                        "Nationality    : Indian", "Languages Known: Tamil, English, Hindi",
                                        "Marital Status : Married"]),
        ("Declaration", "text", "I hereby declare that the above information is true to the best of my knowledge and belief."),
    ],
    footer=["", "Place: Chennai", "Date:                                              (PRIYANKA SUBRAMANIAM)"]))

# y007 — barista, Canva-like single column, boxed headings + icons
R.append(dict(
    file="y007.pdf", family="pdf_canva_boxed_headings", style="pdf_canva",
    name="Lucía Ferreira", headline="Barista & Hospitality All-rounder",
    contact=["(503) 555-0166", "lucia.ferreira@example.com", "Portland, OR", "@lucia.pours"],
    sections=[
        ("About me", "text", "Coffee lover with latte art skills, fast on the bar and happy with regulars."),
        ("Work Experience", "entries", [
            E("Barista", "Little Fern Coffee Co.", "Portland, OR", "Sept 2023 – present",
              "2023-09", "present", "month", "facing", "in_person_service",
              ["Take orders and make espresso drinks for 300+ guests a day",
               "Know regulars by name and their usual order", "Train new baristas on the bar"]),
            E("Kitchen Hand", "The Brass Pelican Bistro", "Portland, OR", "Jan 2022 – Aug 2023",
              "2022-01", "2023-08", "month", "affecting", None,
              ["Prepped vegetables and sauces for dinner service", "Plated desserts and kept the pass stocked",
               "Washed dishes and deep-cleaned the kitchen at close"]),
        ]),
        ("Volunteer Work", "entries", [
            E("Food Pantry Volunteer", "Eastside Neighbors Food Pantry", "Portland, OR", "2021 – 2023",
              "2021", "2023", "year", "facing", "volunteering",
              ["Greeted clients and helped them choose groceries on Saturday distribution days"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", "lines", ["Portland Community College — Culinary Arts certificate (2021–2022)"]),
        ("Skills", "list", ["Espresso & pour-over", "Latte art", "Square POS", "Food Handler Card (exp. 2027)"]),
    ]))

# y008 — data analyst, Markdown GitHub style
R.append(dict(
    file="y008.md", family="md_h3_entries", style="txt",
    header=["# Tomasz Wielgosz", "", "Data Analyst · Chicago, IL · tomasz.w@example.com · (312) 555-0170", ""],
    opts=dict(heading="md2", tpl=["### {title} — {org}", "*{loc} · {d}*", ""], bullet="- ", width=0),
    sections=[
        ("Summary", "text", "Analyst who turns messy operational data into dashboards people actually use."),
        ("Experience", "entries", [
            E("Data Analyst", "Lakeshore Freight Group", "Chicago, IL", "2021-03 – present",
              "2021-03", "present", "month", "facing", "internal_support",
              ["Run weekly office hours with sales and operations managers to scope their report requests",
               "Trained 40+ staff to use self-serve Tableau dashboards",
               "Built SQL models for on-time delivery metrics"]),
            E("Junior Data Analyst", "Prairie Mutual Insurance", "Naperville, IL", "2019-06 – 2021-02",
              "2019-06", "2021-02", "month", "none", None,
              ["Cleaned and validated claims data in Python and SQL", "Automated monthly loss-ratio reports"]),
            E("Marketing Analytics Intern", "Brightfold Media", "Chicago, IL", "Summer 2018",
              "2018-06", "2018-06", "season", "affecting", None,
              ["Analysed email campaign A/B tests and recommended subject lines for customer newsletters"],
              etype="internship"),
        ]),
        ("Projects", "list", ["**Divvy ride forecasting** (2020) – Prophet model of bike-share demand",
                              "**pandas-profiling-lite** – small open-source data-quality tool"]),
        ("Education", "lines", ["**M.S. Applied Statistics**, Lakeview State University, 2017–2019  ",
                                "**B.A. Economics**, Lakeview State University, 2013–2017"]),
        ("Skills", "lines", ["SQL · Python (pandas) · dbt · Tableau · Looker · Excel"]),
    ]))

# y009 — German-style CV in English, DOCX table with dates left, 09/2018 – 06/2020
R.append(dict(
    file="y009.docx", family="docx_german_tabular_cv", style="docx_table_left",
    name="Jonas Brückner", contact=["Curriculum Vitae", "Lindenstraße 12, 50674 Köln", "+49 221 5550123", "jonas.brueckner@example.com",
                                     "Date of birth: 14.05.1994 · Nationality: German"],
    opts=dict(center=False, hstyle="box", widths=(4.2, 12.3), glyph="–"),
    sections=[
        ("Professional experience", "entries", [
            E("Logistics Coordinator", "Rheinfracht Spedition GmbH", "Köln", "07/2020 – today",
              "2020-07", "present", "month", "affecting", None,
              ["Planning of truck routes and loading slots for retail customers' deliveries",
               "Coordination of warehouse teams and carriers to hit delivery windows"]),
            E("Hotel Receptionist", "Hotel Domblick am Rhein", "Köln", "09/2018 – 06/2020",
              "2018-09", "2020-06", "month", "facing", "in_person_service",
              ["Check-in and check-out of guests, handling reservations and complaints",
               "Advising guests on city tours and restaurants in German, English and French"]),
            E("Working student – Software testing", "Datenwerk Solutions AG", "Bonn", "10/2016 – 08/2018",
              "2016-10", "2018-08", "month", "affecting", None,
              ["Manual and automated testing of the customer web portal before each release",
               "Documentation of defects in Jira"], etype="internship"),
        ]),
        ("Education", "lines", ["10/2013 – 09/2017  B.A. Tourism Management, Hochschule Rheinland (fictional)",
                                "06/2013  Abitur, Gymnasium Sülz"]),
        ("Languages", "list", ["German – native", "English – C1", "French – B2"]),
        ("IT skills", "list", ["MS Office, SAP TM, Opera PMS"]),
    ],
    footer=["Köln, 02.11.2026"]))

# y010 — teacher, timeline with years on left margin
R.append(dict(
    file="y010.pdf", family="pdf_timeline_years_left", style="pdf_timeline",
    name="Eleanor Achterberg", contact=["Manchester", "0161 555 0128", "e.achterberg@example.com", "QTS 2015"],
    sections=[
        ("Summary", "text", "Secondary English teacher with nine years' classroom experience and a pastoral lead role."),
        ("Career History", "entries", [
            E("Head of Year 9 and English Teacher", "Oakfield Academy", "Stockport", "2020 – present",
              "2020", "present", "year", "facing", "education",
              ["Teach English to KS3 and KS4 classes; GCSE results above national average",
               "Lead pastoral care for 210 pupils and meet parents about attendance and behaviour"],
              _margin=["2020", "– now"]),
            E("Teacher of English", "St Brennan's Catholic High School", "Salford", "2015 – 2020",
              "2015", "2020", "year", "facing", "education",
              ["Taught English and media studies across Years 7–13", "Ran the debating club"],
              _margin=["2015", "– 2020"]),
            E("Teaching Assistant", "Brook Lane Primary School", "Manchester", "2013 – 2014",
              "2013", "2014", "year", "facing", "education",
              ["Supported small reading groups and pupils with SEN in Year 2"],
              _margin=["2013", "– 2014"]),
            E("Private English Tutor", None, "Manchester", "2012 – 2015",
              "2012", "2015", "year", "facing", "education",
              ["Tutored GCSE and A-level students one-to-one in their homes"], etype="freelance",
              _margin=["2012", "– 2015"]),
        ]),
        ("Education", "lines", ["PGCE Secondary English, Northbridge University, 2014 – 2015",
                                "BA (Hons) English Literature, Northbridge University, 2010 – 2013"]),
        ("Interests", "text", "Fell walking, amateur theatre, choir."),
    ]))
