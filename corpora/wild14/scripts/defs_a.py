"""wild14 résumés w001–w015. Each function takes a seeded random.Random (used only for phone numbers and
similar noise) and returns a lib.Doc holding both the rendered blocks and the labelled entries."""
from lib import Doc, E, R, KV, P, fmt_range, fmt_point, season, duration_text, digits


# ------------------------------------------------------------------------------------------------ w001
def w001(rng):
    d = Doc("w001.pdf", "US elementary teacher moving into customer success, functional résumé: long "
            "'Relevant Skills' part, one-line employment history with year ranges",
            "reportlab, functional/title_comma_org", "year / 'Present'",
            renderer="reportlab", page="letter", font="Helvetica", size=10, name_align="center",
            heading="caps_rule", accent=(0.12, 0.29, 0.45), author="Dana Whitcombe", person="Dana Whitcombe")
    d.name("Dana Whitcombe")
    d.contact(f"Marlow Springs, OH  ·  (555) 01{digits(rng, 1)}-{digits(rng, 4)}  ·  dana.whitcombe@mailbox.example"
              "  ·  linkedin.com/in/danawhitcombe")
    d.h("Profile")
    d.p("Elementary teacher of ten years, now working in customer success for an education software company. "
        "I explain things clearly, keep thirty families informed at once, and like turning messy feedback into "
        "something a product team can actually use.")
    d.h("Relevant Skills")
    d.sub("Client communication")
    d.b("Ran 60+ parent–teacher conferences a year, including difficult conversations about reading delays and "
        "behavior plans",
        "Wrote a weekly class newsletter that cut parent email questions roughly in half",
        "Handled onboarding calls for 40 school accounts in my first contract quarter, mostly principals and "
        "district IT coordinators")
    d.sub("Onboarding & training")
    d.b("Led after-school workshops that trained 25 colleagues on the district's new gradebook platform",
        "Recorded short how-to videos that the customer success team now sends with every new district license")
    d.sub("Data & reporting")
    d.b("Tracked reading benchmark data in spreadsheets and presented growth reports to the school leadership "
        "team each trimester",
        "Keep health-score notes in Salesforce for each assigned account; flagged three at-risk renewals early")
    d.sub("Problem solving")
    d.b("Rebuilt the summer camp sign-up process after a double-booking mess: one shared form, one waitlist, "
        "and no angry phone calls the following year")
    d.h("Employment History")
    jobs = [
        E("Customer Success Associate (contract)", "Brightloom Learning", "Remote", "2025", "present",
          "facing", "sales_account"),
        E("Curriculum Writer (freelance)", "Pinecone Press Education", "Remote", "2021", "2023",
          "affecting", etype="freelance"),
        E("Fifth Grade Teacher", "Pellham Ridge Elementary School", "Marlow Springs, OH", "2014", "2024",
          "facing", "education"),
        E("Summer Enrichment Camp Lead", "Marlow Springs Parks & Recreation", "Marlow Springs, OH", "2016",
          "2019", "facing", "education"),
        E("Instructional Aide", "Dunmore Township Schools", "Dunmore, OH", "2012", "2014", "facing",
          "education"),
        E("Bookstore Clerk (part-time)", "The Turning Page Bookshop", "Kettleby, OH", "2009", "2012",
          "facing", "in_person_service"),
    ]
    for e in jobs:
        d.entry(e, [R(f"{e.title}, {e.org} — {e.loc}", fmt_range(e, "year"), "n")])
    d.h("Education & Certifications")
    d.p("B.S. Elementary Education, Kettleby State University, 2012")
    d.p("Ohio Professional Teaching License (inactive)  ·  Customer Success Fundamentals certificate, 2025")
    return d


# ------------------------------------------------------------------------------------------------ w002
def w002(rng):
    d = Doc("w002.docx", "UK quality-control technician moving into customer support, hybrid CV: Core "
            "Competencies grid and Key Achievements before a two-line employment history",
            "docx, hybrid/title_org (tab-stop dates)", "mon. / 'Present'",
            renderer="docx", mode="tabs", heading="rule", font="Calibri", size=10.5, name_align="center",
            author="Joanne Threlfall", bullet="–")
    d.name("Joanne Threlfall")
    d.contact(f"Holmebrook, West Yorkshire  |  07{digits(rng, 3)} {digits(rng, 6)}  |  jo.threlfall@mailbox.example")
    d.h("Personal Profile")
    d.p("Quality control technician of six years moving into customer support. Used to working to procedures, "
        "logging everything and explaining test results to production staff who did not always want to hear "
        "them. Calm on the phone and quick on a keyboard.")
    d.h("Core Competencies")
    d.comp_table(["Complaint investigation", "Clear written records", "Phone & email support",
                  "Working to SLAs and procedures", "Microsoft Excel and Teams", "GDPR awareness",
                  "Attention to detail", "Shift-team communication", "First Aid at Work"], 3)
    d.h("Key Achievements")
    d.b("Investigated 30+ customer complaints about foreign bodies and seal failures and drafted the plain-English "
        "findings the customer care team sent back",
        "Moved the line checks from paper to tablets, saving about 40 minutes of admin per shift",
        "Passed four retailer audits in a row with no major non-conformances")
    d.h("Employment History")
    jobs = [
        (E("Customer Support Adviser (fixed-term)", "Calder Valley Water", "Holmebrook", "2025-09", "present",
           "facing", "contact_center",
           ["Answer billing and supply calls from household customers, around 45 calls a day",
            "Set up payment plans and log leaks and low-pressure reports for the network team"]), "mon."),
        (E("Quality Control Technician", "Holmebrook Snacks Ltd", "Holmebrook", "2019-03", "2025-08",
           "affecting", None,
           ["Checked seal integrity, pack weights and metal-detector logs every hour on three packing lines",
            "Put product on QA hold, ran the re-checks and signed off releases"]), "mon."),
        (E("Laboratory Assistant", "Calderbridge College", "Calderbridge", "2015-09", "2019-02", "affecting",
           None, ["Made up solutions and practical kits for science lessons and kept the COSHH register current"]),
         "mon."),
        (E("Warehouse Assistant (Christmas temp)", "Northbeck Distribution", "Calderbridge", "2014-11",
           "2015-01", "affecting"), "mon."),
        (E("Sales Assistant (Saturdays)", "Bramley's Bakery", "Holmebrook", "2012", "2015", "facing",
           "in_person_service", ["Served the Saturday queue, boxed celebration cakes and cashed up at close"]),
         "year"),
    ]
    for e, st in jobs:
        d.entry(e, [R(e.title, fmt_range(e, st), "b"), R(f"{e.org}, {e.loc}", None, "i")])
    d.h("Education")
    d.p("BTEC Level 3 Extended Diploma in Applied Science, Calderbridge College (2013–2015)")
    d.p("References available on request.")
    return d


# ------------------------------------------------------------------------------------------------ w003
def w003(rng):
    d = Doc("w003.txt", "US warehouse associate, job-board profile exported as plain text: Work Experience "
            "blocks with 'Job title:', 'Company:', 'Location:' and 'From:/To:' fields, ISO dates",
            "txt, ats_fields/fields", "yyyy-mm / 'Present'",
            renderer="txt", heading="plain", width=80, bullet="-", wrap=False, heading_gap=True)
    d.name("Marcus Tillery")
    d.contact("Harrowgate, PA")
    d.contact("marcus.tillery@mailbox.example")
    d.contact(f"+1 555 01{digits(rng, 1)} {digits(rng, 4)}")
    d.h("Summary")
    d.p("Warehouse associate with 7+ years in fulfillment and manufacturing. Forklift certified, never missed a "
        "peak season. Looking for a day-shift role with room to move up.")
    d.h("Work Experience")
    jobs = [
        E("Warehouse Associate II", "Tristate Fulfillment Partners", "Harrowgate, PA", "2023-05", "present",
          "affecting", None,
          ["Pick and pack e-commerce orders with an RF scanner, averaging 140 units an hour",
           "Trained six seasonal hires on pick paths and packing standards",
           "Audit outgoing totes against the packing slip before they go to the carrier"]),
        E("Returns Processor", "Tristate Fulfillment Partners", "Harrowgate, PA", "2022-02", "2023-04",
          "affecting", None,
          ["Opened returned orders, graded condition and routed items to restock, refurb or liquidation",
           "Logged reason codes that the merchandising team used to spot problem products"]),
        E("Assembly Line Worker", "Kellerman Cabinet Co.", "Dornsville, PA", "2019-08", "2022-01", "none", None,
          ["Built face frames and hung doors on the base-cabinet line",
           "Ran the edge-banding machine on second shift"]),
        E("Lube Technician", "Quickway Auto Care", "Dornsville, PA", "2018-03", "2019-07", "affecting", None,
          ["Changed oil and filters, rotated tires and topped off fluids",
           "Recorded inspection findings on the repair ticket for the service writer"]),
        E("Crew Member", "Big Top Burgers", "Dornsville, PA", "2016-06", "2018-02", "facing",
          "in_person_service",
          ["Took orders at the front counter and the drive-thru window",
           "Kept the lobby and condiment station clean during the lunch rush"]),
    ]
    for e in jobs:
        d.entry(e, [R(f"Job title: {e.title}"), R(f"Company: {e.org}"), R(f"Location: {e.loc}"),
                    R(f"From: {fmt_point(e.start, 'iso')}   To: {fmt_point(e.end, 'iso')}"),
                    R("Description:")])
    d.h("Education")
    d.p("High school diploma, Dornsville Area High School")
    d.h("Skills")
    d.p("RF scanning, sit-down forklift (certified 2023), cycle counts, returns grading, basic Excel")
    d.h("Additional Information")
    d.p("Open to 1st or 2nd shift. Reliable transportation.")
    return d


# ------------------------------------------------------------------------------------------------ w004
def w004(rng):
    d = Doc("w004.pdf", "Canadian applicant's online application form printed from the browser: numbered "
            "sections, one field per line (Employer name, Job title, Start/End date MM/YYYY, Main duties), "
            "duties as one free-text field",
            "fpdf2, form/fields", "mm/yyyy / 'Present'",
            renderer="fpdf2", font="sans", size=9, heading="shaded", kv_w=52, accent=(25, 60, 110),
            footer="https://careers.northfield.example/apply/26-0412/print        {n}/{N}", footer_align="L",
            author="Northfield Community Credit Union", pdf_title="Application 26-0412 - print view",
            creator="Mozilla Firefox", producer="Skia/PDF m131")
    d.row("Northfield Community Credit Union — Careers", None, "b")
    d.row("Application for: Member Service Representative (Contact Centre) — Req. 26-0412", None, "n")
    d.row(f"Application ID: NCU-2026-{digits(rng, 5)}     Submitted: 2026-10-18 21:47 ET", None, "small")
    d.h("1. Personal information")
    d.kv("First name:", "Anjali")
    d.kv("Last name:", "Mehra")
    d.kv("City / Province:", "Brantmoor, ON")
    d.kv("Email:", "anjali.mehra@mailbox.example")
    d.kv("Phone:", f"(555) 01{digits(rng, 1)}-{digits(rng, 4)}")
    d.h("2. Eligibility")
    d.kv("Legally entitled to work in Canada?", "Yes")
    d.kv("Available to work evenings and Saturdays?", "Yes")
    d.h("3. Employment history (most recent first)")
    jobs = [
        (E("Customer Care Agent", "Tellmark Communications", "Brantmoor, ON", "2022-03", "present", "facing",
           "contact_center",
           ["Inbound calls and chats for mobile and home internet customers: billing questions, plan changes and "
            "device troubleshooting. About 55 contacts a shift; first-contact resolution 81%."]),
         "Still employed", "D. Okafor, Team Manager"),
        (E("Bank Teller (part-time)", "Wellbrook Savings Bank", "Brantmoor, ON", "2019-06", "2022-02", "facing",
           "in_person_service",
           ["Cash and cheque deposits, bill payments and US dollar drafts at the counter. Referred members to "
            "advisors for mortgages and GICs. Balanced my cash drawer daily."]),
         "Wanted full-time hours", "L. Brandt, Branch Supervisor"),
        (E("Payroll and Bookkeeping Assistant", "Hanley & Roy Chartered Professional Accountants",
           "Brantmoor, ON", "2017-09", "2019-05", "affecting", None,
           ["Entered timesheets and ran bi-weekly payroll for small-business clients, reconciled bank "
            "statements in QuickBooks and prepared T4 slips for the partners to review."]),
         "Contract ended", "M. Roy, Partner"),
        (E("Cashier", "FreshWay Grocers", "Brantmoor, ON", "2015-07", "2017-08", "facing", "in_person_service",
           ["Scanned and bagged groceries, handled cash, debit and coupons, and covered the customer service "
            "desk for lottery and returns on weekends."]),
         "Started college", "—"),
        (E("Inventory Associate (seasonal)", "Accucount Inventory Services", "Brantmoor, ON", "2016-11",
           "2017-01", "affecting", None,
           ["Overnight stock counts in closed retail stores with a handheld scanner; recounted variances for "
            "the store's year-end inventory report."]),
         "Seasonal", "—"),
    ]
    for i, (e, why, sup) in enumerate(jobs, 1):
        end = "Present (currently employed)" if e.end == "present" else fmt_point(e.end, "mm/yyyy")
        d.entry(e, [("sub", f"Employer {i} of {len(jobs)}"), KV("Employer name:", e.org),
                    KV("Job title:", e.title), KV("City / Province:", e.loc),
                    KV("Start date (MM/YYYY):", fmt_point(e.start, "mm/yyyy")), KV("End date (MM/YYYY):", end),
                    KV("Main duties:", e.bullets[0]), KV("Supervisor:", sup), KV("Reason for leaving:", why)],
                bullets=[])  # the duties are one free-text field, printed as a form field
    d.h("4. Volunteer experience")
    v = E("Reading Buddy Volunteer", "Brantmoor Public Library", "Brantmoor, ON", "2018-09", "2020-06", "facing",
          "volunteering", ["Weekly one-to-one reading sessions with Grade 2–3 children; logged books read in "
                           "the program binder."], section="volunteer", etype="volunteer")
    d.entry(v, [KV("Organization:", v.org), KV("Role:", v.title),
                KV("From (MM/YYYY):", fmt_point(v.start, "mm/yyyy")), KV("To (MM/YYYY):", fmt_point(v.end, "mm/yyyy")),
                KV("Description:", v.bullets[0])], bullets=[])
    d.h("5. Education")
    d.kv("Institution:", "Brantmoor College of Applied Arts and Technology")
    d.kv("Program:", "Business Administration – Accounting (Diploma)")
    d.kv("Completed:", "Yes — 04/2019")
    d.h("6. Declaration")
    d.p("I certify that the information in this application is true and complete. I understand that false "
        "statements may disqualify me from employment.  [x] I agree")
    return d


# ------------------------------------------------------------------------------------------------ w005
def w005(rng):
    d = Doc("w005.docx", "UK ex-soldier (twelve years in a signals regiment) resettled into IT service desk work, Word CV "
            "with 'Title | Employer' lines, right tab-stop dates and an italic location line",
            "docx, tabs/title_pipe_org", "mon / 'Present'",
            renderer="docx", mode="tabs", heading="caps", font="Arial", size=10, author="Craig Donnelly")
    d.name("CRAIG DONNELLY")
    d.contact(f"Wexcombe, North Yorkshire  •  07{digits(rng, 3)} {digits(rng, 6)}  •  craig.donnelly@mailbox.example")
    d.h("Profile")
    d.p("Former Corporal with twelve years in military communications, now on a civilian IT service desk. "
        "Comfortable with pressure, shift work and explaining technical problems to people who just need them "
        "fixed. CompTIA A+ and ITIL 4 Foundation.")
    d.h("Key Skills")
    d.b("First-line triage, ticket logging and escalation (ServiceNow)",
        "Active Directory, Intune, Microsoft 365 admin basics",
        "Radio, satellite and tactical network equipment",
        "Leading small teams; drawing up rotas and handovers")
    d.h("Career History")
    jobs = [
        E("IT Service Desk Analyst", "Castlereach Housing Group", "Wexcombe", "2023-02", "present", "facing",
          "internal_support",
          ["First line for 600 staff across 14 offices: calls, Teams chats and walk-ups to the IT bench",
           "Password resets, MFA enrolment, laptop rebuilds through Intune and printer faults",
           "Write a knowledge-base article whenever the same fault comes in three times"]),
        E("IT Support Placement (Resettlement)", "Gannet Logistics Ltd", "Harlby", "2022-10", "2023-01", "facing",
          "internal_support",
          ["Six-week resettlement placement, extended to four months",
           "Imaged and issued 80 laptops and showed warehouse supervisors how to use the new handheld scanners"],
          etype="internship"),
        E("Communications Systems Operator (Corporal)", "14th Fellmoor Signal Regiment", "Catterby Garrison",
          "2014-06", "2022-09", "none", None,
          ["Deployed and ran tactical radio and satellite nodes for a brigade headquarters on overseas exercises",
           "Commanded a detachment of four: vehicle, equipment and crypto accounts",
           "Fault-found network outages under time pressure, often at night and in poor weather"],
          etype="military"),
        E("Signaller (Private)", "14th Fellmoor Signal Regiment", "Catterby Garrison", "2010-09", "2014-05",
          "none", None,
          ["Operated radio nets and kept the communications log",
           "Maintained generators, antennas and vehicle-mounted kit"], etype="military"),
        E("Stockroom Assistant", "Pennyfields Department Store", "Harlby", "2009-03", "2010-08", "affecting"),
    ]
    for e in jobs:
        d.entry(e, [R(f"{e.title} | {e.org}", fmt_range(e, "mon"), "b"), R(e.loc, None, "i")])
    d.h("Education & Training")
    d.p("CompTIA A+ (2022)  •  ITIL 4 Foundation (2023)  •  Level 3 Diploma in ICT Systems Support (Army, 2016)")
    d.p("GCSEs: 7 including Maths and English, Harlby Academy")
    return d


# ------------------------------------------------------------------------------------------------ w006
def w006(rng):
    d = Doc("w006.md", "US gig worker with three concurrent app-based gigs and a previous kitchen job, "
            "Markdown with ### 'Title — Platform' headings and a date line, 'Now' for current",
            "md, h3/title_dash_org", "mon / 'Now'",
            renderer="md", bullet="-")
    d.name("Tomás Reyes")
    d.contact(f"Coralind, AZ · (555) 01{digits(rng, 1)}-{digits(rng, 4)} · tomas.reyes@mailbox.example")
    d.h("Summary")
    d.p("Five years working for myself on three apps at once. Good with people, good with a schedule, and "
        "I keep my ratings up because I treat every trip or task like a repeat customer. Looking for a steady "
        "customer-facing role with benefits.")
    d.h("Current work (concurrent)")
    cur = [
        E("Rideshare Driver (independent contractor)", "Zipway", "Coralind, AZ", "2021-03", "present", "facing",
          "in_person_service",
          ["4.96 rating over 5,800 trips; airport runs and late-night pickups downtown",
           "Help riders with luggage and folding wheelchairs; keep water and chargers in the car",
           "Sort out fare disputes through the app and report lost items the same day"], etype="freelance"),
        E("Grocery Shopper & Delivery (part-time)", "FetchIt", "Coralind, AZ", "2022-01", "present", "facing",
          "in_person_service",
          ["Shop orders of 30–60 items and message customers in the app about substitutions before checkout",
           "Hand over groceries at the door and check ID on alcohol orders"], etype="freelance"),
        E("Furniture Assembly Tasker", "HandyHive", "Coralind, AZ", "2023-06", "present", "facing",
          "entrepreneurial_freelance",
          ["Assemble flat-pack furniture, mount TVs and hang shelves in customers' homes",
           "Quote jobs from photos and agree the price with the client before booking",
           "42 five-star reviews; repeat clients include two property managers"], etype="freelance"),
    ]
    for e in cur:
        d.entry(e, [R(f"{e.title} — {e.org}", None, "h3"), R(f"{fmt_range(e, 'mon', 'Now')} · {e.loc}")])
    d.h("Previous")
    prev = [
        E("AI Response Rater (remote, part-time)", "Labelcraft", "Remote", "2024-02", "2025-06", "none", None,
          ["Rated chatbot answers for accuracy and tone against a 20-page rubric",
           "Wrote a short justification for every score; 95% agreement with reviewers"], etype="freelance"),
        E("Line Cook", "Desert Rose Cantina", "Coralind, AZ", "2017-05", "2021-02", "affecting", None,
          ["Worked grill and flat-top on a 200-cover Friday line",
           "Prepped salsas and marinades and kept the walk-in rotated"]),
    ]
    for e in prev:
        d.entry(e, [R(f"{e.title} — {e.org}", None, "h3"), R(f"{fmt_range(e, 'mon', 'Now')} · {e.loc}")])
    d.h("Skills")
    d.b("Spanish (native) and English", "Conflict de-escalation", "Route planning, time management",
        "Clean driving record, own SUV, basic tools")
    return d


# ------------------------------------------------------------------------------------------------ w007
def w007(rng):
    d = Doc("w007.pdf", "UK older applicant (35-year career) for a customer service team leader post, 2-page "
            "Times CV with 'Page n of N' footer, title line with right-aligned full-month dates and italic "
            "employer line, early jobs summarised as 'Earlier career (1990 – 1998)'",
            "reportlab, twopage/title_org", "month / 'Present'; year for earlier career",
            renderer="reportlab", font="Times", size=10.5, heading="underline", name_align="left",
            footer="Graham Pellow — CV — Page {n} of {N}", footer_align="center", accent=(0.1, 0.1, 0.1),
            author="Graham Pellow", person="Graham Pellow", margin=58)
    d.name("Graham Pellow")
    d.contact(f"14 Tennyson Close, Ashcombe  ·  01{digits(rng, 3)} {digits(rng, 6)}  ·  07{digits(rng, 3)} "
              f"{digits(rng, 6)}  ·  g.pellow@mailbox.example")
    d.h("Profile")
    d.p("An experienced operations and customer services manager with thirty-five years' work behind me, the last "
        "seventeen in the energy sector. I have led contact-centre, billing and logistics teams, and I still "
        "believe the best way to understand a complaint is to ring the customer back yourself. I am looking for "
        "a team leader or manager role where that hands-on approach is valued, ideally within 20 miles of "
        "Ashcombe.")
    d.p("I am comfortable with change: I have moved teams from paper to three successive billing systems, "
        "introduced home-working for forty people in a fortnight in 2020, and I enjoy coaching people who are new "
        "to the industry.")
    d.h("Key Achievements")
    d.b("Reduced the average speed of answer from six minutes to under two by re-cutting shift patterns with "
        "the workforce planning team (2019).",
        "Halved ombudsman referrals over two years by calling every stage-two complainant personally before "
        "the final response letter went out.",
        "Cleared a backlog of 11,000 unbilled accounts after a system migration, with no customer receiving a "
        "back-bill older than twelve months.",
        "Cut mis-picks at Crane & Mercer by a third with an end-of-aisle checking routine that is still used.",
        "Mentored six team members into team leader or manager roles.")
    d.h("Career History")
    jobs = [
        E("Customer Operations Manager", "Harbourline Energy", "Ashcombe", "2015-03", "present", "facing",
          "contact_center",
          ["Run a 42-seat customer operations floor covering billing, home moves and metering queries for "
           "310,000 households.",
           "Take stage-two complaints personally and call the customer back myself before any ombudsman "
           "referral.",
           "Chair the weekly vulnerable-customer review with the priority services lead.",
           "Own the team's budget, recruitment and quality framework."]),
        E("Billing Team Leader", "Harbourline Energy", "Ashcombe", "2009-06", "2015-02", "affecting", None,
          ["Led nine billing analysts clearing exceptions, estimated reads and back-bills before they reached "
           "customers.",
           "Wrote the month-end billing accuracy report for the finance director."]),
        E("Logistics Supervisor", "Crane & Mercer Distribution", "Thornbury Vale", "2003-04", "2009-05",
          "affecting", None,
          ["Supervised a night shift of 25 pickers and loaders supplying 60 convenience stores.",
           "Planned the trailer loading sequence and signed off vehicle checks before departure."]),
        E("Purchase Ledger Clerk", "Crane & Mercer Distribution", "Thornbury Vale", "1998-09", "2003-03", "none",
          None, ["Matched supplier invoices to delivery notes and prepared the weekly payment run."]),
    ]
    for e in jobs:
        d.entry(e, [R(e.title, fmt_range(e, "month"), "b"), R(f"{e.org}, {e.loc}", None, "i")])
    early = E("Section Supervisor", "Marbury's Department Store", "Ashcombe", "1990", "1998", "facing",
              "in_person_service",
              ["joined at seventeen as a Saturday trainee and was running the menswear and school-uniform counters "
               "by 1995"])
    d.entry(early, [("sub", "Earlier career (1990 – 1998)"),
                    P(f"{early.title}, {early.org}, {early.loc} – {early.bullets[0]}.")], bullets=[])
    d.h("Voluntary Work")
    vol = E("Treasurer (volunteer)", "Ashcombe Rugby Football Club", "Ashcombe", "2012", "present", "none", None,
            ["Keep the club accounts, collect membership subs and present the annual figures at the AGM."],
            section="volunteer", etype="volunteer")
    d.entry(vol, [R(vol.title, fmt_range(vol, "month"), "b"), R(f"{vol.org}, {vol.loc}", None, "i")])
    d.h("Training & Qualifications")
    d.b("ILM Level 5 Certificate in Leadership and Management (2016)",
        "Complaint Handling in Regulated Industries, two-day course (2018)",
        "Treating Vulnerable Customers Fairly (2021 refresher)",
        "AAT Level 3 Diploma in Accounting (2001)",
        "Full clean driving licence; Counterbalance forklift licence (lapsed)")
    d.h("IT")
    d.p("Microsoft Excel (pivot tables, lookups), Word, Outlook and Teams; SAP IS-U billing; Genesys and "
        "NICE workforce management; Power BI dashboards as a user.")
    d.h("Interests")
    d.p("Rugby (from the touchline these days), walking the coast path, and restoring an old tractor very "
        "slowly.")
    d.p("References are available on request.")
    return d


# ------------------------------------------------------------------------------------------------ w008
def w008(rng):
    d = Doc("w008.docx", "Australian chef moving into catering sales, Word résumé laid out with a borderless "
            "table per job: shaded date column on the left, title/employer and duties on the right",
            "docx, date_table/title_org", "mon / 'Current'",
            renderer="docx", mode="date_table", heading="caps", font="Calibri", size=10.5, date_col_cm=3.4,
            date_shade="EDEFF2", date_bold=True, author="Luca Ferraro", bullet="•")
    d.name("Luca Ferraro")
    d.contact(f"Bellbrook VIC  |  04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}  |  "
              "luca.ferraro@mailbox.example")
    d.h("About me")
    d.p("Qualified chef with twelve years in hotel and club kitchens, now on the sales side of a catering company. "
        "I know what a kitchen can really deliver on the day, which makes my quotes honest and my clients happy.")
    d.h("Experience")
    jobs = [
        E("Catering Sales Coordinator", "Saltbush Events & Catering", "Bellbrook VIC", "2024-01", "present",
          "facing", "sales_account",
          ["First contact for wedding, corporate and funeral catering enquiries by phone, email and walk-in",
           "Run Thursday tastings with couples and build quotes and event orders in Tripleseat",
           "Grew repeat corporate orders by 22% in my first year by calling lapsed accounts"]),
        E("Head Chef", "The Gumleaf Hotel", "Bellbrook VIC", "2019-03", "2023-12", "affecting", None,
          ["Ran a brigade of eight across the bistro, room service and functions of up to 180",
           "Wrote seasonal menus, costed dishes to a 30% food-cost target and ordered from 12 suppliers",
           "Kept the kitchen audit-ready: food safety plan, temperature logs and allergen matrix"]),
        E("Private Chef (weekends)", "Self-employed", "Bellbrook VIC", "2021-08", "2023-12", "facing",
          "entrepreneurial_freelance",
          ["Cooked multi-course dinners in clients' homes for 6–20 guests",
           "Planned menus with hosts over the phone, including allergies and budget"], etype="freelance"),
        E("Sous Chef", "The Gumleaf Hotel", "Bellbrook VIC", "2016-06", "2019-02", "affecting", None,
          ["Ran the pass on service and the kitchen on the head chef's days off",
           "Trained apprentices in butchery and sauce work"]),
        E("Apprentice Cook", "Wattle Creek Bowls Club", "Wattle Creek VIC", "2012-02", "2016-05", "affecting",
          None, ["Four-year apprenticeship with block release; Cert III in Commercial Cookery"],
          etype="internship"),
    ]
    for e in jobs:
        d.entry(e, [R(e.title, fmt_range(e, "mon", "Current"), "b"), R(f"{e.org} · {e.loc}", None, "i")])
    d.h("Qualifications")
    d.p("Certificate III in Commercial Cookery  ·  Food Safety Supervisor  ·  RSA (current)")
    d.h("Referees")
    d.p("Available on request.")
    return d


# ------------------------------------------------------------------------------------------------ w009
def w009(rng):
    d = Doc("w009.txt", "Irish returning parent, plain text with ALL-CAPS headings, 'Title at Employer, Town' "
            "line with the full-month dates on their own line, career break listed, volunteering section",
            "txt, caps/title_at_org (dateline)", "month / 'Present'; year for volunteering",
            renderer="txt", heading="caps", bullet="*", width=76)
    d.name("SIOBHÁN KERRIGAN")
    d.contact(f"Castlebrack, Co. Kilbarra | 08{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)} | "
              "siobhan.kerrigan@mailbox.example")
    d.h("PROFILE")
    d.p("Back in the workforce after seven years at home with my children. Before that I spent eight years in "
        "accounts and credit control, so I am comfortable with numbers, deadlines and awkward phone calls. "
        "Now looking for a full-time customer service or accounts role in the Castlebrack area.")
    d.h("EMPLOYMENT HISTORY")
    jobs = [
        E("Retail Assistant (part-time)", "Mulcahy's Pharmacy", "Castlebrack", "2024-09", "present", "facing",
          "in_person_service",
          ["Serve customers at the till and on the beauty counter",
           "Take in prescriptions and pass medicine queries to the pharmacist",
           "Restock and face up the front of the shop"]),
        E("Career Break – Full-time Parent", None, None, "2017-03", "2024-08", "none", None,
          ["Raised three young children"], etype="unknown"),
        E("Credit Control Administrator", "Brennan Office Supplies Ltd", "Kilbarra", "2012-06", "2017-02",
          "facing", "sales_account",
          ["Phoned business customers about overdue accounts and agreed payment plans",
           "Posted receipts and allocated cash in Sage",
           "Sent monthly statements and answered invoice queries by phone and email"]),
        E("Accounts Assistant", "Brennan Office Supplies Ltd", "Kilbarra", "2009-05", "2012-05", "none", None,
          ["Purchase ledger for about 200 suppliers",
           "Prepared the bi-monthly VAT figures for the external accountant"]),
    ]
    for e in jobs:
        head = e.title if e.org is None else f"{e.title} at {e.org}, {e.loc}"
        d.entry(e, [R(head), R(fmt_range(e, "month"))])
    d.h("VOLUNTEERING")
    v = E("Community Café Volunteer", "Castlebrack Family Resource Centre", "Castlebrack", "2021", "2024",
          "facing", "volunteering",
          ["Served teas and lunches at the Tuesday café for older people",
           "Set up the room and chatted with the regulars, several of whom live alone"],
          section="volunteer", etype="volunteer")
    d.entry(v, [R(f"{v.title} at {v.org}, {v.loc}"), R(fmt_range(v, "year"))])
    d.h("EDUCATION")
    d.p("Diploma in Bookkeeping and Accounts, Kilbarra College of Further Education (2009)")
    d.p("Leaving Certificate, Scoil Mhuire, Castlebrack (2006)")
    d.h("SKILLS")
    d.p("Sage 50, Excel, till and card terminals, Manual Handling (2024), full clean driving licence")
    d.h("REFERENCES")
    d.p("Available on request")
    return d


# ------------------------------------------------------------------------------------------------ w010
def w010(rng):
    d = Doc("w010.pdf", "Canadian university student with part-time and seasonal jobs, fpdf2 one-pager: bold "
            "title with right-aligned date, italic employer line, seasons ('Summer 2025', 'Spring 2024', "
            "'Fall 2024')",
            "fpdf2, plain/title_org", "season / 'Sept 2024 – Present'",
            renderer="fpdf2", font="sans", size=9.5, heading="caps_rule", name_align="center",
            accent=(140, 30, 45), author="Jordan Makwa", pdf_title="Jordan Makwa Resume")
    d.name("Jordan Makwa")
    d.contact(f"Thunder Ridge, ON  •  (555) 01{digits(rng, 1)}-{digits(rng, 4)}  •  jmakwa@student.northcrest.example")
    d.h("Education")
    d.row("B.Sc. Environmental Science (3rd year), Northcrest University", "Expected Apr 2027", "b")
    d.p("Dean's Honour List 2024–25. Relevant courses: Field Ecology, GIS, Technical Communication.")
    d.h("Work Experience")
    s1 = season("Summer", 2025)
    s2 = season("Spring", 2024)
    s3 = season("Summer", 2023)
    jobs = [
        (E("Bookstore Cashier (part-time)", "Northcrest University Bookstore", "Thunder Ridge, ON", "2024-09",
           "present", "facing", "in_person_service",
           ["Ring through textbooks, hoodies and course kits during the September rush",
            "Process buybacks at the end of term and explain the rental return rules to students"]),
         "Sept 2024 – Present"),
        (E("Tree Planter", "Boreal Ridge Reforestation", "Kestrel Lake, ON", s1[0], s1[1], "none", None,
           ["Planted up to 2,800 seedlings a day in cut blocks",
            "Camp life: 10-hour days, shared cooking rota, zero missed shifts"]), "Summer 2025"),
        (E("Ice Cream Scooper", "Sweet Harbour Creamery", "Marram Beach, ON", s3[0], s3[1], "facing",
           "in_person_service",
           ["Served cones and sundaes to lines out the door on long weekends",
            "Closed the shop: cash-out, freezer temperatures and mopping"]), "Summer 2023"),
    ]
    for e, dt in jobs:
        d.entry(e, [R(e.title, dt, "b"), R(f"{e.org}, {e.loc}", None, "i")])
    d.h("Campus Involvement")
    ra = E("Research Assistant (work-study)", "Northcrest University – Department of Biology", "Thunder Ridge, ON",
           s2[0], s2[1], "none", None,
           ["Sorted and counted invertebrate samples from stream surveys",
            "Entered counts into the lab's data sheets and checked them against field notes"], section="other")
    d.entry(ra, [R(ra.title, "Spring 2024", "b"), R(f"{ra.org}, {ra.loc}", None, "i")])
    f = season("Fall", 2024)
    ol = E("Orientation Leader (volunteer)", "Northcrest University Students' Union", "Thunder Ridge, ON", f[0],
           f[1], "facing", "volunteering",
           ["Led a group of 18 first-year students through orientation week",
            "Staffed the welcome desk on residence move-in weekend and answered parents' questions"],
           section="volunteer", etype="volunteer")
    d.entry(ol, [R(ol.title, "Fall 2024", "b"), R(f"{ol.org}, {ol.loc}", None, "i")])
    d.h("Skills")
    d.p("Cash handling and POS  ·  ArcGIS and Excel  ·  Standard First Aid & CPR-C  ·  G2 driver's licence  ·  "
        "Anishinaabemowin (conversational)")
    return d


# ------------------------------------------------------------------------------------------------ w011
def w011(rng):
    d = Doc("w011.docx", "UK-based Portuguese interpreter and translator (freelancer listing clients) applying "
            "for bilingual support roles, Word CV with bold title over italic employer and right tab-stop dates, "
            "'Remote' locations",
            "docx, tabs/title_over_org", "mon / 'present'; year for freelance and abroad",
            renderer="docx", mode="tabs", heading="style", heading_level=2, font="Georgia", size=10,
            author="Ines Carvalho", bullet="▪")
    d.name("Inês Carvalho")
    d.contact(f"Saltmarsh, Hampshire · 07{digits(rng, 3)} {digits(rng, 6)} · ines.carvalho@mailbox.example · "
              "Portuguese (native), English (C2), Spanish (B2)")
    d.h("Summary")
    d.p("Bilingual Portuguese–English professional with ten years of people-facing work: hotel reception, remote "
        "customer support and seven years of freelance interpreting in surgeries, clinics and solicitors' "
        "offices. Seeking a bilingual customer support or case-handling role, remote or hybrid.")
    d.h("Experience")
    jobs = [
        (E("Freelance Portuguese Interpreter & Translator", "Self-employed", "Saltmarsh / Remote", "2019",
           "present", "facing", "entrepreneurial_freelance",
           ["Public-service interpreting at GP surgeries, hospital clinics and solicitors' offices for Portuguese "
            "and Brazilian clients",
            "Certified translations of tenancy agreements, school reports and medical letters",
            "Selected clients: Marlowe & Finch Solicitors, Saltmarsh Community Health Trust, Harbourgate "
            "Language Services (agency)"], etype="freelance"), "year"),
        (E("Bilingual Customer Support Agent (contract)", "Parcelwise Ltd", "Remote", "2022-04", "2023-10",
           "facing", "digital_service",
           ["Handled email and live-chat queries from Portuguese- and Spanish-speaking customers about lost and "
            "delayed parcels",
            "Raised claims with carriers and kept customers updated until the case was closed"]), "mon"),
        (E("Subtitle Editor (freelance)", "Northlight Media Services", "Remote", "2018-01", "2020-03",
           "affecting", None,
           ["Checked timing and reading speed on Portuguese subtitle files for documentary series",
            "Fixed line breaks and spotting errors flagged by quality control"], etype="freelance"), "mon"),
        (E("Transcriptionist (freelance)", "Verbatim Typing Services", "Remote", "2016-09", "2017-12", "affecting",
           None, ["Transcribed recorded research interviews in English and Portuguese to a clean-verbatim standard"],
           etype="freelance"), "mon"),
        (E("Hotel Receptionist", "The Quayside Hotel", "Saltmarsh", "2015-06", "2017-12", "facing",
           "in_person_service",
           ["Checked guests in and out of a 64-room harbour hotel",
            "Took bookings by phone and email and handled complaints on the late shift"]), "mon"),
        (E("English Language Assistant", "Escola Secundária de Vale Serrado", "Vale Serrado, Portugal", "2014",
           "2015", "facing", "education",
           ["Ran conversation classes for groups of 10–12 teenagers"]), "year"),
    ]
    for e, st in jobs:
        d.entry(e, [R(e.title, fmt_range(e, st, "present"), "b"), R(f"{e.org} — {e.loc}", None, "i")])
    d.h("Qualifications")
    d.p("DPSI (Health), 2019  ·  BA Modern Languages, University of Vale Serrado, 2014")
    return d


# ------------------------------------------------------------------------------------------------ w012
def w012(rng):
    d = Doc("w012.pdf", "Philippine BPO chat-support team leader, reportlab two-column layout: shaded left "
            "column (contact, skills, languages, education), experience on the right with mm/yyyy dates",
            "reportlab, twocol_sidebar/title_org", "mm/yyyy / 'Present'",
            renderer="reportlab", font="Helvetica", size=9.2, sidebar_w=150, sidebar_fill=(0.9, 0.93, 0.96),
            heading="caps_rule", accent=(0.05, 0.3, 0.5), author="Maricel Dizon", margin=40, name_size=17)
    d.to_side()
    d.name("Maricel Dizon")
    d.contact("Chat Support Team Leader")
    d.gap()
    d.sub("Contact")
    d.contact(f"+63 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}")
    d.contact("maricel.dizon@mailbox.example")
    d.contact("San Teodoro City, Philippines")
    d.sub("Skills")
    for s in ["Zendesk, Gorgias, Salesforce", "Chat & email QA", "Coaching and huddles", "Refund and dispute handling",
              "Macros and knowledge base", "Typing 72 wpm"]:
        d.contact(s)
    d.sub("Languages")
    d.contact("English, Filipino, Bisaya")
    d.sub("Education")
    d.contact("BS Information Technology")
    d.contact("Colegio de San Teodoro, 2016")
    d.to_main()
    d.h("Summary")
    d.p("Nine years in BPO, from non-voice moderation to voice tech support to leading a chat team on a US "
        "e-commerce account. I coach by sitting beside agents, not by sending spreadsheets.")
    d.h("Work Experience")
    jobs = [
        E("Chat Support Team Leader", "Orbitline Solutions Inc.", "San Teodoro City", "2023-06", "present",
          "facing", "digital_service",
          ["Lead 12 chat agents on a US e-commerce account; daily huddles and side-by-side coaching",
           "Take over escalated chats and refund disputes that agents cannot close",
           "Team CSAT of 92% in Q2 2026"]),
        E("Chat & Email Support Specialist", "Orbitline Solutions Inc.", "San Teodoro City", "2021-02", "2023-05",
          "facing", "digital_service",
          ["Handled up to three concurrent chats on order tracking, returns and account access",
           "Wrote Zendesk macros that cut average handle time by 40 seconds"]),
        E("Technical Support Representative (Voice)", "Meridian Contact Hub Corp.", "San Teodoro City",
          "2018-08", "2021-01", "facing", "contact_center",
          ["Inbound calls from US broadband subscribers: modem resets, slow speeds and outage updates",
           "Booked technician visits and documented every ticket in Salesforce"]),
        E("Content Moderator (Non-voice)", "Pixelguard Outsourcing", "Bayanihan Tech Hub", "2017-03", "2018-07",
          "affecting", None,
          ["Reviewed flagged posts and images against community guidelines, about 900 items a shift",
           "Escalated self-harm and child-safety cases within the 15-minute SLA"]),
        E("Inventory Clerk (part-time)", "Lumbera Hardware Centre", "San Teodoro City", "2016-06", "2017-02",
          "affecting", None, ["Counted stock and reconciled bin cards with the system"]),
        E("Office Encoder (OJT)", "San Teodoro City Hall – Business Permits Office", "San Teodoro City",
          "2016-04", "2016-05", "none", None,
          ["Encoded business permit renewals into the city database"], etype="internship"),
    ]
    for e in jobs:
        d.entry(e, [R(e.title, fmt_range(e, "mm/yyyy"), "b"), R(f"{e.org} | {e.loc}", None, "i")])
    d.h("Certifications")
    d.p("Customer Experience Leadership (in-house, 2023)  ·  Lean Six Sigma Yellow Belt (2022)")
    return d


# ------------------------------------------------------------------------------------------------ w013
def w013(rng):
    d = Doc("w013.txt", "US QA analyst (ex-support) profile exported from a professional networking site as "
            "text: company name, then role blocks with 'Dates employed … · 3 yrs 11 mos' and 'Location' lines",
            "txt, profile_export/org_roles", "mon / 'Present' + duration",
            renderer="txt", heading="plain", bullet="•", wrap=False, entry_gap=True)
    d.name("Kelsey Lindqvist")
    d.contact("QA Analyst at Stackwise | Former Customer Support Specialist")
    d.contact("Ferris Hill, Minnesota, United States")
    d.gap()
    d.h("Contact")
    d.p("kelsey.lindqvist@mailbox.example")
    d.p("www.example-network.com/in/kelsey-lindqvist (Profile)")
    d.h("Top Skills")
    d.p("Regression Testing")
    d.p("Zendesk")
    d.p("Customer Support")
    d.h("About")
    d.p("I moved from the support queue to QA at the same company, which means I still read tickets every day - "
        "just to find the bug behind them now.")
    d.h("Experience")

    def block(e, with_company):
        hdr = []
        if with_company:
            hdr.append(R(e.org))
        hdr += [R(e.title),
                R(f"Dates employed: {fmt_range(e, 'mon')} · {duration_text(e.start, e.end)}"),
                R(f"Location: {e.loc}")]
        return hdr

    stack = [
        E("QA Analyst", "Stackwise", "Remote", "2023-01", "present", "affecting", None,
          ["Write and maintain regression suites in TestRail for the billing and invoicing modules",
           "Reproduce bugs reported through support tickets and hand engineers clean repro steps",
           "Run the release smoke test every second Tuesday"]),
        E("Customer Support Specialist", "Stackwise", "Remote", "2020-03", "2022-12", "facing", "digital_service",
          ["Answered Zendesk tickets and live chat from small-business owners using the invoicing app",
           "Ran screen-share sessions to walk customers through bank-feed setup",
           "Highest CSAT on the team for five quarters running"]),
    ]
    d.row("Stackwise")
    d.row(f"{duration_text('2020-03', 'present')}")
    for e in stack:
        d.entry(e, block(e, False))
    others = [
        E("Data Entry Clerk (temp)", "Ridgefield County Assessor's Office", "Ridgefield, Minnesota", "2019-06",
          "2020-02", "none"),
        E("IT Help Desk Technician (student job)", "Ferris Hill College", "Ferris Hill, Minnesota", "2017-08",
          "2019-05", "facing", "internal_support",
          ["Reset passwords and fixed Wi-Fi and printing problems for students and faculty at the library "
           "help desk",
           "Re-imaged lab computers over winter break"]),
        E("Barista", "Grindhouse Coffee Co.", "Ferris Hill, Minnesota", "2016-06", "2020-02", "facing",
          "in_person_service",
          ["Opened the café at 5:30 three days a week",
           "Made espresso drinks for a line that barely stopped between 7 and 9"]),
    ]
    for e in others:
        d.entry(e, block(e, True))
    d.h("Education")
    d.p("Ferris Hill College")
    d.p("Bachelor of Arts - BA, Communication Studies · (2015 - 2019)")
    d.gap()
    d.p("Page 1 of 1")
    return d


# ------------------------------------------------------------------------------------------------ w014
def w014(rng):
    d = Doc("w014.docx", "South African hospitality CV, hybrid: Core Competencies grid first, then a career "
            "summary with the dates (and a duration in brackets) BEFORE the title on the same line, employer "
            "after a comma",
            "docx, hybrid/dates_first", "mon + '(2 yrs 10 mths)' / 'Present'",
            renderer="docx", mode="tabs", heading="caps", font="Calibri", size=10.5, left_tab_cm=5.6,
            author="Thandeka Mokoena", bullet="•")
    d.name("Thandeka Mokoena")
    d.contact(f"Kwelera Bay, Eastern Cape  |  07{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}  |  "
              "thandeka.mokoena@mailbox.example")
    d.contact("ID available on request  |  Driver's licence (Code B)  |  Languages: isiXhosa, English, Afrikaans")
    d.h("Core Competencies")
    d.comp_table(["Guest relations & complaint recovery", "Reservations (Opera PMS)", "Upselling spa & activities",
                  "Cash-up and deposits", "Linen & stock control", "Brand promotions",
                  "Telephone & email etiquette", "Team training", "Mentoring learners"], 3)
    d.h("Career Summary")

    jobs = [
        (E("Guest Relations Officer", "Aloe Ridge Lodge", "Kwelera Bay", "2022-01", "present", "facing",
           "in_person_service",
           ["Welcome arriving guests, run the lodge briefing and book game drives and spa treatments",
            "Resolve complaints on the spot and follow up with a handwritten note before check-out",
            "Ask departing guests for reviews; lodge rating up from 8.6 to 9.2"]), "(4 yrs 11 mths)"),
        (E("Reservations Agent", "Aloe Ridge Lodge", "Kwelera Bay", "2019-03", "2021-12", "facing",
           "contact_center",
           ["Quoted and confirmed bookings by phone and email for direct guests and overseas agents",
            "Handled deposits, amendments and cancellations in Opera PMS"]), "(2 yrs 10 mths)"),
        (E("Linen Room Attendant", "Kwelera Bay Hotel", "Kwelera Bay", "2017-02", "2019-02", "affecting", None,
           ["Issued and counted linen for 120 rooms every morning",
            "Sent stained items back for re-wash and logged losses"]), "(2 years)"),
        (E("Promoter (contract)", "Vuka Brand Activations", "Kwelera Bay", "2015-06", "2016-12", "facing",
           "in_person_service",
           ["Ran tasting stands for a juice brand in supermarkets on weekends",
            "Talked shoppers through the promotion and hit daily sampling targets"]), "(1 yr 7 mths)"),
        (E("Filing Clerk (learnership)", "Kwelera Bay Municipality", "Kwelera Bay", "2014-02", "2015-01", "none",
           None, ["Filed and scanned council minutes and staff records"], etype="internship"), "(1 year)"),
    ]
    for e, du in jobs:
        d.entry(e, [R(f"{fmt_range(e, 'mon')} {du}\t{e.title}, {e.org}", None, "dt")])
    d.h("Community Involvement")
    v = E("Volunteer Tutor", "Ikhaya Learning Centre", "Kwelera Bay", "2014", "2016", "facing", "volunteering",
          ["Helped Grade 10–12 learners with maths homework on Saturday mornings"], section="volunteer",
          etype="volunteer")
    d.entry(v, [R(f"{fmt_range(v, 'year')} (2 years)\t{v.title}, {v.org}", None, "dt")])
    d.h("Education")
    d.p("National Certificate: Hospitality (NQF 4), Buffalo Coast TVET College, 2016")
    d.p("National Senior Certificate, Kwelera Bay High School, 2013")
    d.h("References")
    d.p("Ms N. Dlamini, General Manager, Aloe Ridge Lodge – contact details on request")
    return d


# ------------------------------------------------------------------------------------------------ w015
def w015(rng):
    d = Doc("w015.pdf", "Indian engineering graduate in L2 technical support, fpdf2 résumé with employer line "
            "first (location right) and italic title line with 'Mar. 2022' style dates right, Personal Details "
            "and Declaration",
            "fpdf2, plain/org_title", "mon. / 'Present'; year for tutoring",
            renderer="fpdf2", font="serif", size=9.5, heading="shaded", shade=(225, 230, 240), accent=(20, 40, 90),
            author="Karthik Subramanian", pdf_title="Resume_Karthik_S", p_align="J")
    d.name("KARTHIK SUBRAMANIAN")
    d.contact(f"Thirunagar, Tamil Nadu  |  +91 9{digits(rng, 4)} {digits(rng, 5)}  |  karthik.s@mailbox.example")
    d.h("Career Objective")
    d.p("Technical support engineer with 6+ years across manufacturing, network operations and enterprise product "
        "support, seeking a senior support or customer success engineering role.")
    d.h("Professional Experience")
    jobs = [
        E("Technical Support Engineer (L2)", "Corvex Infotech Pvt. Ltd.", "Thirunagar", "2022-03", "present",
          "facing", "digital_service",
          ["Handle escalated tickets from enterprise customers on the endpoint-backup product over calls and "
           "remote sessions",
           "Join customer bridge calls during P1 outages and send the RCA summary afterwards",
           "Mentor four L1 engineers on log analysis"]),
        E("Junior NOC Engineer", "Corvex Infotech Pvt. Ltd.", "Thirunagar", "2020-07", "2022-02", "affecting", None,
          ["Monitored backup-server alarms in Zabbix on 24x7 rotational shifts",
           "Restarted failed jobs and raised tickets to the storage team"]),
        E("Graduate Engineer Trainee", "Vasudha Pumps Ltd.", "Sengundram", "2019-08", "2020-06", "none", None,
          ["Production planning for the submersible pump assembly line",
           "Prepared daily rejection reports for the quality head"], etype="internship"),
        E("Summer Intern", "Kaveri Power Distribution Co.", "Sengundram", "2018-05", "2018-06", "none", None,
          ["Studied substation protection relays and submitted an internship report"], etype="internship"),
    ]
    for e in jobs:
        d.entry(e, [R(e.org, e.loc, "b"), R(e.title, fmt_range(e, "mon."), "i")])
    d.h("Part-time Work")
    t = E("Maths Tutor (part-time)", "Self-employed", "Thirunagar", "2016", "2019", "facing", "education",
          ["Home tuition in mathematics and physics for Class 9 and 10 students"], etype="freelance")
    d.entry(t, [R(t.org, t.loc, "b"), R(t.title, fmt_range(t, "year"), "i")])
    d.h("Academic Qualifications")
    d.p("B.E. Electrical and Electronics Engineering, Sengundram Institute of Technology, 2019 – 7.8 CGPA")
    d.p("HSC, Sri Ramana Matric Hr. Sec. School, 2015 – 91%")
    d.h("Technical Skills")
    d.p("Windows Server, Linux basics, VMware, Zabbix, ServiceNow, Jira, PowerShell, SQL queries")
    d.h("Personal Details")
    d.p("Date of Birth: 14-02-1998  |  Languages: Tamil, English, Hindi  |  Notice period: 30 days")
    d.h("Declaration")
    d.p("I hereby declare that the above information is true to the best of my knowledge.")
    d.row("Place: Thirunagar", "Karthik Subramanian", "n")
    return d


ALL = [w001, w002, w003, w004, w005, w006, w007, w008, w009, w010, w011, w012, w013, w014, w015]
