"""wild14 résumés w016–w030 (see defs_a for the conventions)."""
from lib import Doc, E, R, KV, P, fmt_range, fmt_point, season, duration_text, digits


# ------------------------------------------------------------------------------------------------ w016
def w016(rng):
    d = Doc("w016.md", "UK freelance social media manager listing her clients, Markdown with ### titles, a bold "
            "employer line with italic dates ('Since 2021', 'Summer 2017')",
            "md, h3/title_over_org", "'Since 2021' / mon / season",
            renderer="md", bullet="*", md_sep=" · ", md_right_italic=True)
    d.name("Hollie Brandt")
    d.contact(f"Penhallow, Cornwall · 07{digits(rng, 3)} {digits(rng, 6)} · hello@holliebrandt.example")
    d.contact("Portfolio: holliebrandt.example/work")
    d.h("About")
    d.p("Freelance social media manager for small hospitality and leisure businesses. I'd like to bring that "
        "front-line online experience into an in-house social customer care team.")
    d.h("Experience")
    f = E("Freelance Social Media Manager", "Self-employed", "Remote", "2021", "present", "facing",
          "entrepreneurial_freelance",
          ["Clients: Oakhouse Bakery, Tidewater Surf School, Penhallow Garden Centres and Brackenridge Holiday Lets",
           "Plan and shoot a month of posts at a time and agree the calendar with each owner at a monthly "
           "review call",
           "Answer comments and DMs for the bakery and the surf school, usually within two hours, and pass "
           "lesson bookings straight to the instructors"], etype="freelance")
    d.entry(f, [R(f.title, None, "h3"), R(f"{f.org} · {f.loc}", "Since 2021", "b")])
    jobs = [
        (E("Claims Administrator (temp)", "Tregarrow Insurance Brokers", "Penhallow", "2021-01", "2021-06",
           "affecting", None,
           ["Scanned and indexed claim documents and chased missing forms from loss adjusters by email"]),
         None),
        (E("Marketing Assistant", "Penhallow Garden Centres", "Penhallow", "2018-02", "2020-12", "affecting", None,
           ["Wrote the fortnightly email newsletter (14,000 subscribers)",
            "Photographed plants and kept the website's product pages up to date",
            "Designed in-store signage for seasonal events"]), None),
        (E("Weekend Sales Assistant", "Penhallow Garden Centres", "Penhallow", "2015-03", "2018-01", "facing",
           "in_person_service",
           ["Advised customers on bedding plants, compost and pest problems",
            "Loaded heavy items into cars and ran a till when the queues built up"]), None),
    ]
    s = season("Summer", 2017)
    jobs.append((E("Photography Assistant (summer)", "Lumen & Lace Weddings", "St Wenna", s[0], s[1], "affecting",
                   None, ["Carried and set up the lighting kit",
                          "Culled and backed up the day's images on the drive home"]), "Summer 2017"))
    for e, dt in jobs:
        d.entry(e, [R(e.title, None, "h3"), R(f"{e.org} · {e.loc}", dt or fmt_range(e, "mon"), "b")])
    d.h("Skills")
    d.b("Meta Business Suite, scheduling tools, Canva, basic Lightroom",
        "Tone of voice guides and reply templates", "Monthly reporting for owners")
    d.h("Education")
    d.p("BA (Hons) Photography, Tremayne College of Art, 2015")
    return d


# ------------------------------------------------------------------------------------------------ w017
def w017(rng):
    d = Doc("w017.pdf", "Australian hospitality résumé, reportlab with shaded section headings: bold title, "
            "italic employer, then a location line and the dates on their own line below the employer",
            "reportlab, plain/title_org_loc_dateline", "mon / 'Current'",
            renderer="reportlab", font="Helvetica", size=10, heading="shaded", shade=(0.93, 0.9, 0.86),
            accent=(0.35, 0.2, 0.1), author="Ellie Tran", name_align="left", margin=50)
    d.name("Ellie Tran")
    d.contact(f"Port Ardell QLD  ·  04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}  ·  ellie.tran@mailbox.example")
    d.h("Career Objective")
    d.p("Hospitality supervisor looking for a guest services or venue coordination role where I can keep doing "
        "what I like most: fixing a bad night before the guest leaves.")
    d.h("Work History")
    jobs = [
        E("Restaurant Supervisor", "Saltwater Kitchen & Bar", "Port Ardell, QLD", "2022-06", "present", "facing",
          "in_person_service",
          ["Run the floor for 140 seats on dinner service: section plans, bookings and walk-ins",
           "Sort out complaints at the table before they turn into a bad review",
           "Train new floor staff on RSA rules and the POS"]),
        E("Barista / All-rounder", "Little Finch Café", "Port Ardell, QLD", "2020-02", "2022-05", "facing",
          "in_person_service",
          ["Pulled 300+ coffees on a Saturday morning",
           "Took orders, ran food and cleaned down between rushes"]),
        E("Kitchen Hand", "The Pelican Tavern", "Port Ardell, QLD", "2018-11", "2020-01", "affecting", None,
          ["Dishwashing, basic prep and the closing clean of the kitchen"]),
        E("Fruit Picker (seasonal)", "Greenbank Orchards", "Stanbrook, QLD", "2017-12", "2018-03", "none"),
    ]
    for e in jobs:
        d.entry(e, [R(e.title, None, "b"), R(e.org, None, "i"), R(e.loc, None, "small"),
                    R(fmt_range(e, "mon", "Current"), None, "small")])
    d.h("Volunteering")
    v = E("Volunteer Course Marshal", "Port Ardell Coastal Runners", "Port Ardell, QLD", "2021", "present", "facing",
          "volunteering", ["Saturday 5 km runs: marshal the turnaround point and cheer runners through"],
          section="volunteer", etype="volunteer")
    d.entry(v, [R(v.title, None, "b"), R(v.org, None, "i"), R(v.loc, None, "small"),
                R(fmt_range(v, "year", "Current"), None, "small")])
    d.h("Licences & Tickets")
    d.p("RSA (QLD)  ·  Food Safety Supervisor  ·  First Aid (HLTAID011)  ·  Open driver's licence")
    d.h("Referees")
    d.p("Mark Delaney, Venue Manager, Saltwater Kitchen & Bar — phone on request")
    return d


# ------------------------------------------------------------------------------------------------ w018
def w018(rng):
    d = Doc("w018.docx", "US older applicant (38-year career) for patient access roles, Word CV with heading "
            "styles, year-only dates on a right tab stop ('2011 to present') and the first jobs summarised as "
            "'Earlier career (1988 – 1996)'",
            "docx, styles/title_org (tab-stop dates)", "year / 'to present'",
            renderer="docx", mode="styles", heading="style", heading_level=1, font="Cambria", size=11,
            author="Deborah Kistler", name_style="plain", name_align="center")
    d.name("Deborah A. Kistler")
    d.contact(f"Fairbury Falls, IN  ·  (555) 01{digits(rng, 1)}-{digits(rng, 4)}  ·  dkistler@mailbox.example")
    d.h("Summary")
    d.p("Dental and insurance office professional with a long record of keeping front desks calm and claims "
        "paid. Looking for a patient access or scheduling position with a hospital or large clinic.")
    d.h("Professional Experience")
    jobs = [
        E("Office Manager", "Fairbury Family Dental", "Fairbury Falls, IN", "2011", "present", "facing",
          "in_person_service",
          ["Run the front desk for a four-dentist practice: scheduling, check-in and check-out",
           "Explain treatment estimates and insurance coverage to patients before their appointments",
           "Supervise two receptionists and a billing coordinator"]),
        E("Insurance Billing Specialist", "Fairbury Family Dental", "Fairbury Falls, IN", "2006", "2011",
          "affecting", None,
          ["Submitted dental claims electronically and worked denials and appeals",
           "Posted insurance payments and reconciled EOBs"]),
        E("Claims Processor", "Heartland Mutual Insurance Company", "Clarendon, IN", "1997", "2006", "affecting",
          None,
          ["Adjudicated homeowner and auto glass claims under $5,000",
           "Keyed claim data and requested missing documents from agents"]),
    ]
    for e in jobs:
        sep = " to " if e.end == "present" else " – "
        d.entry(e, [R(e.title, fmt_range(e, "year", "present", sep), "b"), R(f"{e.org}, {e.loc}", None, "i")])
    early = E("Bank Teller", "First Prairie Savings & Loan", "Fairbury Falls", "1988", "1996", "facing",
              "in_person_service", ["cash handling, new accounts and the drive-up window"])
    d.entry(early, [P(f"Earlier career (1988 – 1996): {early.title}, {early.org}, {early.loc} — "
                      f"{early.bullets[0]}.")], bullets=[])
    d.h("Volunteer Service")
    v = E("Gift Shop Volunteer", "Fairbury Memorial Hospital Auxiliary", "Fairbury Falls, IN", "2015", "present",
          "facing", "volunteering",
          ["Run the Tuesday afternoon shift in the lobby gift shop",
           "Help visitors find wards and the cafeteria"], section="volunteer", etype="volunteer")
    d.entry(v, [R(v.title, "2015 to present", "b"), R(f"{v.org}, {v.loc}", None, "i")])
    d.h("Skills")
    d.b("Dentrix and Eaglesoft practice software; ICD-10 and CDT coding",
        "HIPAA compliance; insurance verification",
        "Microsoft Word, Excel and Outlook; 60 wpm")
    d.h("Education")
    d.p("Associate of Applied Science, Business Office Technology, Clarendon Community College")
    return d


# ------------------------------------------------------------------------------------------------ w019
def w019(rng):
    d = Doc("w019.txt", "Nigerian bank customer service officer, candidate profile exported from an ATS as plain "
            "text: numbered records with 'Employer:', 'Position:', 'Start Date:', 'End Date:' fields and a "
            "'Responsibilities:' list, 'Current'",
            "txt, ats_fields/fields", "mm/yyyy / 'Current'",
            renderer="txt", heading="caps_rule", rule_char="=", bullet="*", wrap=False, crlf=True)
    d.row("CANDIDATE PROFILE - exported from TalentDesk ATS")
    d.row(f"Candidate ID: TD-{digits(rng, 5)}-NG        Export date: 2026-10-22")
    d.gap()
    d.kv("Name:", "Chiamaka Obi")
    d.kv("Location:", "Obanla, Nigeria")
    d.kv("Phone:", f"+234 80{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}")
    d.kv("Email:", "chiamaka.obi@mailbox.example")
    d.kv("Desired role:", "Customer Experience Officer")
    d.h("Employment History")
    jobs = [
        E("Customer Service Officer", "Crestmark Bank Plc", "Obanla", "2021-02", "present", "facing",
          "in_person_service",
          ["Attend to walk-in customers in the banking hall: account enquiries, card issues and statement requests",
           "Open savings and current accounts and complete KYC checks on the spot",
           "Resolve complaints logged on the bank's CRM within 48 hours"]),
        E("Direct Sales Agent", "Crestmark Bank Plc", "Obanla", "2019-06", "2021-01", "facing", "sales_account",
          ["Marketed savings accounts and POS terminals to traders at Oja Tuntun market",
           "Opened 40 to 60 new accounts a month"]),
        E("NYSC Corps Member (Teacher)", "Community Secondary School, Ayetoro-Oke", "Ayetoro-Oke", "2018-03",
          "2019-02", "facing", "education",
          ["Taught Economics and Commerce to SS1 and SS2 classes of about 50 students",
           "Started and ran the school's debate club"], etype="internship"),
        E("Household Survey Enumerator (contract)", "Obanla State Bureau of Statistics", "Obanla", "2017-03",
          "2017-12", "affecting", None,
          ["Interviewed households in four enumeration areas for the labour force survey using a tablet",
           "Uploaded completed questionnaires to the supervisor every evening"]),
        E("SIWES Industrial Trainee", "Obanla Water Corporation", "Obanla", "2016-06", "2016-11", "none", None,
          ["Assisted laboratory staff with water quality tests (pH, turbidity, chlorine residual)"],
          etype="internship"),
    ]
    for i, e in enumerate(jobs, 1):
        d.entry(e, [R(f"[{i}]"), KV("Employer:", e.org), KV("Position:", e.title), KV("Location:", e.loc),
                    KV("Start Date:", fmt_point(e.start, "mm/yyyy")),
                    KV("End Date:", fmt_point(e.end, "mm/yyyy", "Current")), R("Responsibilities:")])
    d.h("Education")
    d.kv("Institution:", "Obanla State University")
    d.kv("Qualification:", "B.Sc. Economics (Second Class Upper), 2017")
    d.h("Certifications")
    d.p("Customer Service Professional (CSP) Level 1, 2022")
    d.h("Attachments")
    d.p("CV_Chiamaka_Obi.pdf (parsed)")
    return d


# ------------------------------------------------------------------------------------------------ w020
def w020(rng):
    d = Doc("w020.pdf", "New Zealand contact-centre team leader, 2-page reportlab CV with right-aligned date "
            "column, employer and location line beneath the title, page numbers in the footer",
            "reportlab, twopage/title_org", "mon / 'Present'; year for early jobs",
            renderer="reportlab", font="Helvetica", size=10.5, heading="caps_rule", accent=(0.0, 0.35, 0.35),
            footer="Sam Pritchard  |  page {n}", footer_align="right", author="Sam Pritchard",
            person="Sam Pritchard", margin=56, name_size=22)
    d.name("Sam Pritchard")
    d.contact(f"Tawhiri Bay  ·  02{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}  ·  sam.pritchard@mailbox.example")
    d.h("Summary")
    d.p("Contact centre team leader with four years on the phones for an energy retailer and three years as a bank "
        "teller before that. I like the bit of the job most people dread: the customer who is already angry "
        "when they get through. I coach reps to slow down, own the problem and call back when they say they "
        "will.")
    d.p("I grew up on a dairy farm and still think the early shift is the best shift.")
    d.h("Key Skills")
    d.b("De-escalation and complaint resolution, including hardship and medically dependent customers",
        "Call quality reviews and one-to-one coaching plans",
        "Genesys Cloud, Salesforce Service Cloud, Excel (lookups, pivots)",
        "Intraday forecasting and rostering (secondment)",
        "Cash handling, foreign exchange, anti-money-laundering checks")
    d.h("Achievements")
    d.b("Team first-call resolution up from 71% to 80% in my first year as team leader.",
        "Named Harbourside 'Customer Champion' for the Tawhiri Bay site, 2023.",
        "Built the roster template the contact centre still uses for public holidays.")
    d.h("Employment")
    jobs = [
        E("Contact Centre Team Leader", "Harbourside Power & Gas", "Tawhiri Bay", "2024-08", "present", "facing",
          "contact_center",
          ["Lead 14 customer service reps on the residential billing queue",
           "Take escalated calls and approve account credits up to $500",
           "Weekly call reviews and a coaching plan for every rep"]),
        E("Workforce Planning Analyst (secondment)", "Harbourside Power & Gas", "Tawhiri Bay", "2023-10",
          "2024-02", "none", None,
          ["Built the intraday staffing forecast and rostered breaks against call arrival patterns"]),
        E("Customer Service Representative", "Harbourside Power & Gas", "Tawhiri Bay", "2022-03", "2024-07",
          "facing", "contact_center",
          ["Answered inbound calls on bills, moving house and power outages",
           "Set up direct debits and hardship payment arrangements",
           "Consistently in the top quarter of the team for quality scores"]),
        E("Bank Teller", "Pohutu Community Bank", "Tawhiri Bay", "2019-01", "2022-02", "facing",
          "in_person_service",
          ["Served customers at the counter: deposits, withdrawals and foreign currency",
           "Referred customers to the lending team when they asked about home loans"]),
        E("Mail Room Clerk", "Pohutu Community Bank", "Tawhiri Bay", "2017-06", "2018-12", "none", None,
          ["Sorted incoming mail and scanned documents for head office teams",
           "Franked outgoing mail and kept the courier log"]),
        E("Farm Assistant", "Totara Flats Dairy", "Totara Flats", "2014", "2017", "none", None,
          ["Milking 450 cows twice a day in a rotary shed",
           "Fencing, calf rearing and effluent system checks"]),
        E("Checkout Operator (part-time)", "ValueMart Tawhiri Bay", "Tawhiri Bay", "2012", "2014", "facing",
          "in_person_service", ["Scanned groceries and handled EFTPOS and cash on the after-school shift"]),
    ]
    for e in jobs:
        st = "year" if e.prec == "year" else "mon"
        d.entry(e, [R(e.title, fmt_range(e, st), "b"), R(f"{e.org}, {e.loc}", None, "i")])
    d.h("Education & Training")
    d.b("NZ Certificate in Contact Centre Operations (Level 3), 2023",
        "NCEA Level 2, Tawhiri Bay College, 2013",
        "Growsafe Introductory certificate, 2015")
    d.h("Interests")
    d.p("Touch rugby, tramping, and rebuilding an old motorbike with my brother.")
    d.h("Referees")
    d.p("Priya Ranganathan, Contact Centre Manager, Harbourside Power & Gas")
    d.p("Hemi Walker, Branch Manager, Pohutu Community Bank")
    d.p("Contact details available on request.")
    return d


# ------------------------------------------------------------------------------------------------ w021
def w021(rng):
    d = Doc("w021.docx", "Scottish university student with part-time and seasonal jobs, Word CV laid out with a "
            "borderless table per job (title/employer left, dates right), seasons ('Summer 2024', "
            "'Autumn 2021')",
            "docx, job_table/title_org", "mon / season / 'Present'",
            renderer="docx", mode="job_table", heading="rule", font="Calibri", size=10.5, date_col_cm=3.8,
            author="Callum Fraser")
    d.name("Callum Fraser")
    d.contact(f"Inverbrae  |  07{digits(rng, 3)} {digits(rng, 6)}  |  callum.fraser@mailbox.example")
    d.h("Profile")
    d.p("Third-year Business and Tourism student at Cairnmuir University. Friendly, reliable and used to busy "
        "shifts. Looking for part-time customer service work around my studies.")
    d.h("Employment")
    s24 = season("Summer", 2024)
    s23 = season("Summer", 2023)
    a21 = season("Autumn", 2021)
    jobs = [
        (E("Sales Assistant (part-time)", "Brae & Glen Outdoor", "Inverbrae", "2023-09", "present", "facing",
           "in_person_service",
           ["Fit walking boots and advise customers on waterproofs for the hills",
            "Run the till and hand out click-and-collect orders"]), None),
        (E("Christmas Temp – Warehouse Operative", "Parcelgate Logistics", "Inverbrae", "2024-11", "2024-12",
           "affecting", None, ["Sorted parcels on the night shift and loaded delivery cages"]), None),
        (E("Campsite Warden (summer)", "Loch Arrin Holiday Park", "Loch Arrin", s24[0], s24[1], "facing",
           "in_person_service",
           ["Checked in campers and motorhomes at reception and sold firewood and gas",
            "Evening patrols and cleaning the shower blocks"]), "Summer 2024"),
        (E("Grounds Assistant (summer)", "Inverbrae Town Council", "Inverbrae", s23[0], s23[1], "none", None,
           ["Mowed verges and emptied bins in the town's parks"]), "Summer 2023"),
        (E("Farm Hand (tattie holidays)", "Mains of Arrin Farm", "Loch Arrin", a21[0], a21[1], "none", None,
           ["Potato picking and grading"]), "Autumn 2021"),
    ]
    for e, dt in jobs:
        d.entry(e, [R(e.title, dt or fmt_range(e, "mon"), "b"), R(f"{e.org}, {e.loc}", None, "i")])
    d.h("University Activities")
    sa = E("Student Ambassador", "Cairnmuir University", "Inverbrae", "2023-10", "present", "facing",
           "other_facing",
           ["Lead campus tours for prospective students and their parents on open days",
            "Answer questions on the student life panel at applicant days"], section="other")
    d.entry(sa, [R(sa.title, fmt_range(sa, "mon"), "b"), R(f"{sa.org}, {sa.loc}", None, "i")])
    d.h("Education")
    d.p("BA Business and Tourism Management, Cairnmuir University (2023 – 2027)")
    d.p("Highers: English (A), Business Management (A), Geography (B), Maths (B) – Inverbrae Academy")
    d.h("Other")
    d.p("Full driving licence. Emergency First Aid at Work. Duke of Edinburgh's Award (Silver).")
    return d


# ------------------------------------------------------------------------------------------------ w022
def w022(rng):
    d = Doc("w022.pdf", "US independent IT technician (freelancer listing clients) applying for field or "
            "help-desk roles, fpdf2 résumé with 'Title | Employer' line and right-aligned dates, 'Ongoing'",
            "fpdf2, plain/title_pipe_org", "mon / 'Ongoing'",
            renderer="fpdf2", font="sans", size=9.5, heading="underline", accent=(30, 30, 30),
            author="Dev Malhotra", pdf_title="Dev Malhotra - Resume", margin=18)
    d.name("Dev Malhotra")
    d.contact(f"Birchwood Hills, NJ  ·  (555) 01{digits(rng, 1)}-{digits(rng, 4)}  ·  dev@malhotratechhelp.example")
    d.h("Summary")
    d.p("IT support technician with ten years in cable installs, repair and now my own small support business. "
        "I explain what went wrong in plain English and I leave every desk tidier than I found it.")
    d.h("Experience")
    jobs = [
        (E("Independent IT Support Technician", "Malhotra Tech Help", "Birchwood Hills, NJ", "2019-10", "present",
           "facing", "entrepreneurial_freelance",
           ["Clients include Birchwood Dental Group, Cedar Lane Realty, Halsey Street Bakery and about 40 households",
            "On-site and remote support: Wi-Fi, backups, printers, Microsoft 365 and phone setups",
            "Explain every fix in plain English and leave a one-page summary after each visit"],
           etype="freelance"), None),
        (E("Field Service Technician", "Brightwire Cable", "Birchwood Hills, NJ", "2016-04", "2019-09", "facing",
           "other_facing",
           ["Installed internet, TV and phone service in customers' homes, five to seven jobs a day",
            "Walked customers through their new equipment before leaving the job"]), None),
        (E("Bench Technician", "Brightwire Cable", "Easton Mills, NJ", "2014-05", "2016-03", "affecting", None,
           ["Tested and refurbished returned modems and set-top boxes for reissue"]), None),
        (E("Electronics Assembler", "Vantor Components", "Easton Mills, NJ", "2012-01", "2014-04", "none", None,
           ["Soldered and inspected circuit boards for industrial sensors"]), None),
        (E("Seasonal Warehouse Associate", "Pellmore Outlet Distribution", "Easton Mills, NJ", "2011-10", "2011-12",
           "affecting", None, ["Scanned and staged holiday orders for the outbound trucks"]), None),
    ]
    for e, _ in jobs:
        loc = f"Own business · {e.loc}" if e.etype == "freelance" else e.loc
        d.entry(e, [R(f"{e.title} | {e.org}", fmt_range(e, "mon", "Ongoing"), "b"), R(loc, None, "i")])
    d.h("Certifications")
    d.p("CompTIA A+  ·  CompTIA Network+  ·  OSHA 10")
    d.h("Tools")
    d.p("Microsoft 365 admin, Google Workspace, UniFi, Synology, remote-support tools, basic PowerShell")
    return d


# ------------------------------------------------------------------------------------------------ w023
def w023(rng):
    d = Doc("w023.txt", "UK gig worker with concurrent app-based jobs, plain text with ALL-CAPS headings, "
            "'Title – Employer, Town' with the dates at the end of the line",
            "txt, caps/title_dash_org", "mon / 'Present'",
            renderer="txt", heading="caps", bullet="-", width=92, wrap=False, heading_gap=False)
    d.name("JADE OMONDI")
    d.contact(f"Hollowmere | 07{digits(rng, 3)} {digits(rng, 6)} | jade.omondi@mailbox.example")
    d.gap()
    d.h("PROFILE")
    d.p("I work three flexible jobs at once and I'm good at it: organised, reliable and fine with people who are "
        "tired, hungry or lost. Looking for one steady customer service job instead.")
    d.h("WORK EXPERIENCE")
    jobs = [
        E("Delivery Rider (self-employed)", "Gobblr", "Hollowmere", "2022-01", "present", "affecting", None,
          ["E-bike deliveries for restaurants and takeaways, 25 to 30 drops on a Friday night",
           "Most orders are contactless: leave at the door and photo-confirm in the app"], etype="freelance"),
        E("Event Staff (app-based shifts)", "Shiftly", "Hollowmere", "2023-03", "present", "facing",
          "in_person_service",
          ["Bar, cloakroom and ticket-scanning shifts at concerts and football matches",
           "90+ shifts picked up with a 4.9 rating from venue managers"], etype="freelance"),
        E("Online Maths Tutor", "BrightSpark Tutors", "Remote", "2023-09", "present", "facing", "education",
          ["One-to-one GCSE maths lessons over video, eight to ten a week",
           "Send parents a short progress note after each session"], etype="freelance"),
        E("Warehouse Picker (agency)", "Northway Foods Distribution", "Hollowmere", "2021-06", "2021-12",
          "affecting", None, ["Picked chilled orders for supermarket deliveries using a voice-picking headset"]),
        E("Customer Assistant", "Marlowe's Pound Plus", "Hollowmere", "2019-08", "2021-05", "facing",
          "in_person_service",
          ["Served on the tills and helped customers find stock",
           "Managed the queue on the door during lockdown"]),
    ]
    for e in jobs:
        d.entry(e, [R(f"{e.title} – {e.org}, {e.loc}", fmt_range(e, "mon"))])
    d.h("EDUCATION")
    d.p("A levels: Maths (B), Psychology (C), Sociology (C) - Hollowmere Sixth Form College, 2019")
    d.h("SKILLS")
    d.p("Cash handling | Ticket scanners | Microsoft Teams and Zoom | Level 2 Food Hygiene | Spanish (basic)")
    return d


# ------------------------------------------------------------------------------------------------ w024
def w024(rng):
    d = Doc("w024.docx", "US returning parent, functional Word résumé: 'Core Competencies' with achievement "
            "bullets under three headings, then a short two-line employment history (bold title with tab-stop "
            "dates, italic employer) including the career break",
            "docx, functional/title_org (tab-stop dates)", "month / 'Present'",
            renderer="docx", mode="styles", heading="style", heading_level=2, font="Calibri", size=11,
            author="Melissa Carrow", name_align="center")
    d.name("Melissa Carrow")
    d.contact(f"Lakeshore, WI · (555) 01{digits(rng, 1)}-{digits(rng, 4)} · melissa.carrow@mailbox.example")
    d.h("Summary")
    d.p("Friendly, organized professional returning to full-time work after raising two children. Background in "
        "credit union member service and marketing; recently back at a busy pediatric front desk.")
    d.h("Core Competencies")
    d.sub("Member & Patient Service")
    d.b("Check in 60+ families a day at a pediatric front desk and keep the waiting room moving",
        "Opened accounts and resolved card and loan questions for credit union members at the teller line",
        "Calmed worried parents on the phone and found same-day slots when a child was sick")
    d.sub("Event & Volunteer Coordination")
    d.b("Coordinated 45 parent volunteers for the school book fair, fun run and teacher appreciation week",
        "Raised $18,000 for a new playground over two PTA seasons")
    d.sub("Marketing & Communications")
    d.b("Produced the credit union's quarterly member newsletter and branch posters",
        "Managed a $40,000 annual print and digital advertising budget")
    d.h("Employment History")
    jobs = [
        E("Front Desk Receptionist (part-time)", "Willowbend Pediatrics", "Lakeshore, WI", "2025-04", "present",
          "facing", "in_person_service"),
        E("Career Break (family)", None, None, "2017-07", "2025-03", "none", None, etype="unknown"),
        E("Marketing Coordinator", "Summit Ridge Credit Union", "Lakeshore, WI", "2012-03", "2017-06",
          "affecting"),
        E("Member Service Representative", "Summit Ridge Credit Union", "Lakeshore, WI", "2009-08", "2012-02",
          "facing", "in_person_service"),
    ]
    for e in jobs:
        hdr = [R(e.title, fmt_range(e, "month"), "b")]
        if e.org:
            hdr.append(R(f"{e.org}, {e.loc}", None, "i"))
        d.entry(e, hdr)
    d.h("Volunteer Work")
    v = E("PTA Volunteer Coordinator", "Lakeshore Elementary PTA", "Lakeshore, WI", "2019-09", "2024-06", "facing",
          "volunteering", section="volunteer", etype="volunteer")
    d.entry(v, [R(v.title, fmt_range(v, "month"), "b"), R(f"{v.org}, {v.loc}", None, "i")])
    d.h("Education")
    d.p("B.A. Communication, University of Lakeshore, 2009")
    return d


# ------------------------------------------------------------------------------------------------ w025
def w025(rng):
    d = Doc("w025.pdf", "US Army veteran in freight operations, reportlab résumé with 'Title, Unit/Employer' on "
            "one bold line with right-aligned m/yyyy dates and a location line, military roles listed as jobs",
            "reportlab, plain/title_comma_org", "m/yyyy / 'Present'",
            renderer="reportlab", page="letter", font="Helvetica", size=10, heading="underline",
            accent=(0.15, 0.2, 0.1), author="Andre Whitlock", name_align="center", margin=52)
    d.name("ANDRE WHITLOCK")
    d.contact(f"Callan Springs, TX  |  (555) 01{digits(rng, 1)}-{digits(rng, 4)}  |  andre.whitlock@mailbox.example"
              "  |  Secret clearance (inactive)")
    d.h("Summary")
    d.p("Operations coordinator and 12-year Army veteran (transportation, supply, recruiting). I plan, I track, "
        "and I do not lose equipment. Seeking an operations supervisor or dispatch lead role.")
    d.h("Experience")
    jobs = [
        E("Operations Coordinator", "Ridgeway Freight Logistics", "Callan Springs, TX", "2023-03", "present",
          "affecting", None,
          ["Plan daily routes for 22 regional trucks and re-plan around breakdowns and weather",
           "Track drivers' hours of service and maintenance windows in the TMS",
           "Prepare the weekly on-time delivery report for the terminal manager"]),
        E("Recruiter (Staff Sergeant)", "Callan Valley Recruiting Station", "Callan Springs, TX", "2019-05",
          "2023-02", "facing", "other_facing",
          ["Met high-school seniors, parents and career counselors to explain enlistment options",
           "Guided applicants through testing, medical and paperwork; 38 enlistments in FY2021"],
          etype="military"),
        E("Motor Transport Operator (Sergeant)", "412th Sustainment Company", "Fort Callan, TX", "2015-05",
          "2019-04", "none", None,
          ["Led a squad of nine soldiers and six heavy trucks on convoy operations",
           "Planned load plans and route reconnaissance for 120+ missions",
           "Accountable for $2.1M of vehicles and equipment with zero losses"], etype="military"),
        E("Supply Specialist", "412th Sustainment Company", "Fort Callan, TX", "2011-08", "2015-04", "affecting",
          None,
          ["Received, stored and issued equipment for a 160-soldier company",
           "Kept hand receipts and the property book audit-ready"], etype="military"),
        E("Pizza Delivery Driver", "Gino's Pizzeria", "Callan Springs, TX", "2009-06", "2011-07", "facing",
          "in_person_service", ["Delivered orders and took cash and card payments at the door"]),
    ]
    for e in jobs:
        d.entry(e, [R(f"{e.title}, {e.org}", fmt_range(e, "m/yyyy"), "b"), R(e.loc, None, "i")])
    d.h("Education & Training")
    d.p("A.A.S. Logistics Management, Callan Valley Community College, 2022")
    d.p("Army Basic Leader Course; Advanced Leader Course; Recruiting and Retention School")
    d.h("Awards")
    d.p("Army Commendation Medal (2); Army Achievement Medal (3)")
    return d


# ------------------------------------------------------------------------------------------------ w026
def w026(rng):
    d = Doc("w026.md", "Canadian newcomer (engineer from abroad) in retail, Markdown with '### Title | Employer | "
            "Town' headings, the dates on their own line below, Canadian / international / volunteer sections, "
            "'Since 2024'",
            "md, h3/title_pipe_org_loc", "month / 'Present'; 'Since 2024'",
            renderer="md", bullet="-")
    d.name("Mehdi Rahimi")
    d.contact(f"Maple Fork, ON · (555) 01{digits(rng, 1)}-{digits(rng, 4)} · mehdi.rahimi@mailbox.example")
    d.h("Profile")
    d.p("Mechanical engineer with ten years of international experience, now building a Canadian career. "
        "Patient, precise and good at explaining technical things simply. Fluent in English, Farsi and "
        "Azerbaijani.")
    d.h("Canadian Work Experience")
    ca = [
        E("Customer Service Associate", "Brickfield Home & Hardware", "Maple Fork, ON", "2024-04", "present",
          "facing", "in_person_service",
          ["Help contractors and homeowners find the right plumbing and electrical parts",
           "Cut keys, tint paint and handle returns at the service desk"]),
        E("Food Packer (agency)", "Pinecrest Foods", "Maple Fork, ON", "2023-08", "2024-03", "none", None,
          ["Packed frozen meals into cases on a high-speed line, rotating stations every two hours"]),
    ]
    for e in ca:
        d.entry(e, [R(f"{e.title} | {e.org} | {e.loc}", None, "h3"), R(fmt_range(e, "month"), None, "i")])
    d.h("International Work Experience")
    intl = [
        E("Mechanical Design Engineer", "Persis Industrial Pumps Co.", "Kashvar, Iran", "2016-01", "2023-06", "none",
          None, ["Designed centrifugal pump casings and impellers in SolidWorks",
                 "Prepared drawings and tolerance studies for the foundry"]),
        E("Site Engineer", "Zagros Building Co.", "Kashvar, Iran", "2013", "2015", "none", None,
          ["Supervised concrete and steelwork for a 12-storey residential block"]),
    ]
    for e in intl:
        st = "year" if e.prec == "year" else "month"
        d.entry(e, [R(f"{e.title} | {e.org} | {e.loc}", None, "h3"), R(fmt_range(e, st), None, "i")])
    d.h("Volunteer Experience")
    v = E("Settlement Volunteer (Farsi interpreter)", "Maple Fork Welcome Centre", "Maple Fork, ON", "2024",
          "present", "facing", "volunteering",
          ["Interpret for newly arrived families at bank, school and clinic appointments"],
          section="volunteer", etype="volunteer")
    d.entry(v, [R(f"{v.title} | {v.org} | {v.loc}", None, "h3"), R("Since 2024", None, "i")])
    d.h("Education")
    d.p("B.Sc. Mechanical Engineering, Kashvar University of Technology, 2012 (WES evaluated: Canadian bachelor's "
        "degree)")
    d.h("Certificates")
    d.p("WHMIS 2015 · Smart Serve · Customer Service Excellence (Maple Fork Employment Hub, 2024)")
    return d


# ------------------------------------------------------------------------------------------------ w027
def w027(rng):
    d = Doc("w027.pdf", "Australian older applicant (30-year retail career), fpdf2 résumé with bold title and "
            "right-aligned full-month dates, employer line below, early jobs summarised in an 'Earlier career' "
            "line, family-business bookkeeping",
            "fpdf2, plain/title_org", "month / 'Present'; year for bookkeeping and earlier career",
            renderer="fpdf2", font="sans", size=9.5, heading="caps_rule", accent=(60, 90, 60),
            author="Karen Albright", pdf_title="Karen Albright CV", margin=18)
    d.name("Karen Albright")
    d.contact(f"Merrivale NSW  ·  04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}  ·  karen.albright@mailbox.example")
    d.h("Career Summary")
    d.p("Store manager with thirty years in Australian retail and banking. Strong on people, stock and numbers, "
        "and still happiest on the shop floor on a busy Saturday. Seeking a customer service manager or "
        "store manager role in the Merrivale area.")
    d.h("Employment")
    jobs = [
        E("Store Manager", "Banksia Home Living", "Merrivale, NSW", "2015-02", "present", "facing",
          "in_person_service",
          ["Lead a team of 18 in a 2,400 m² homewares store with $9.5M annual sales",
           "Work the floor on Saturdays and handle escalated customer complaints and refunds myself",
           "Own rosters, the wage budget and stock-loss targets"]),
        E("Visual Merchandising Coordinator", "Banksia Home Living", "Merrivale, NSW", "2011-06", "2015-01",
          "affecting", None,
          ["Set up seasonal floor plans and window displays across four stores",
           "Briefed store teams with photo guides before each launch"]),
        E("Assistant Store Manager", "Harbourlight Department Store", "Merrivale, NSW", "2004-03", "2011-05",
          "facing", "in_person_service",
          ["Opened and closed the store and ran the cash office",
           "Covered registers at peak times and sorted out returns and lay-bys"]),
        E("Bookkeeper (part-time)", "Albright Plumbing (family business)", "Merrivale, NSW", "2008", "2014", "none",
          None,
          ["Invoicing, BAS and payroll for a three-person plumbing business"]),
    ]
    for e in jobs:
        st = "year" if e.prec == "year" else "month"
        d.entry(e, [R(e.title, fmt_range(e, st), "b"), R(f"{e.org}, {e.loc}", None, "i")])
    early = E("Customer Service Officer", "Southern Star Building Society", "Merrivale", "1996", "2003", "facing",
              "in_person_service", ["counter service, term deposits and home-loan paperwork"])
    d.entry(early, [P(f"Earlier career (1996 – 2003): {early.title}, {early.org}, {early.loc} – "
                      f"{early.bullets[0]}.")], bullets=[])
    d.h("Community")
    v = E("Op Shop Volunteer", "Merrivale Community Op Shop", "Merrivale, NSW", "2019", "present", "facing",
          "volunteering", ["Serve at the counter on Thursdays and price donated clothing"],
          section="volunteer", etype="volunteer")
    d.entry(v, [R(v.title, fmt_range(v, "year"), "b"), R(f"{v.org}, {v.loc}", None, "i")])
    d.h("Training")
    d.p("Certificate IV in Retail Management  ·  Certificate IV in Training and Assessment  ·  First Aid")
    d.h("Referees")
    d.p("Available on request.")
    return d


# ------------------------------------------------------------------------------------------------ w028
def w028(rng):
    d = Doc("w028.docx", "UK accounts and warehouse CV of a Polish-born applicant, Word with right tab-stop ISO "
            "dates ('2022-01 – present') and 'Title, Employer' on one bold line, location in italics",
            "docx, tabs/title_comma_org", "yyyy-mm / 'present'; year for early jobs",
            renderer="docx", mode="tabs", heading="rule", font="Segoe UI", size=10, author="Rafał Nowak")
    d.name("Rafał Nowak")
    d.contact(f"Kettlewick · 07{digits(rng, 3)} {digits(rng, 6)} · rafal.nowak@mailbox.example · Settled status")
    d.h("Profile")
    d.p("Accounts payable assistant with a warehouse background: I know what a goods-received note looks like "
        "because I used to sign them. AAT Level 3, studying Level 4.")
    d.h("Experience")
    jobs = [
        E("Accounts Payable Assistant", "Greystone Foods Ltd", "Kettlewick", "2022-01", "present", "none", None,
          ["Process 600+ supplier invoices a month in Sage 200",
           "Match invoices to purchase orders and GRNs and chase missing paperwork with Goods-In",
           "Prepare the weekly BACS run for approval"]),
        E("Goods-In Supervisor", "Greystone Foods Ltd", "Kettlewick", "2018-06", "2021-12", "affecting", None,
          ["Ran a team of six receiving chilled and ambient deliveries",
           "Checked temperatures and rejected out-of-spec loads"]),
        E("Forklift Driver", "Marsh Lane Distribution", "Kettlewick", "2015-03", "2018-05", "affecting", None,
          ["Loaded and unloaded trailers with counterbalance and reach trucks"]),
        E("Production Operative", "Borek Meat Processing Plant", "Borek, Poland", "2011", "2014", "none", None,
          ["Deboning and packing on the poultry line"]),
    ]
    for e in jobs:
        st = "year" if e.prec == "year" else "iso"
        d.entry(e, [R(f"{e.title}, {e.org}", fmt_range(e, st, "present"), "b"), R(e.loc, None, "i")])
    d.h("Volunteering")
    v = E("Volunteer Football Coach (U10s)", "Marsh Lane Juniors FC", "Kettlewick", "2019", "present", "facing",
          "volunteering",
          ["Run Saturday training and match days for 16 players",
           "Keep parents updated through the team group chat"], section="volunteer", etype="volunteer")
    d.entry(v, [R(f"{v.title}, {v.org}", fmt_range(v, "year", "present"), "b"), R(v.loc, None, "i")])
    d.h("Qualifications")
    d.p("AAT Level 3 Diploma in Accounting (2023) · Counterbalance and reach truck licences · Level 2 Food Safety")
    d.h("Languages")
    d.p("Polish (native), English (fluent)")
    return d


# ------------------------------------------------------------------------------------------------ w029
def w029(rng):
    d = Doc("w029.txt", "US kitchen worker moving front of house, plain text typed in a text editor: dates "
            "FIRST in a padded column ('Mar. 2021 – Current'), then 'Title, Employer (Town)', a seasonal "
            "'Spring 2017' job",
            "txt, plain/dates_first", "mon. / 'Current'; season",
            renderer="txt", heading="caps_rule", rule_char="~", bullet="  -", wrap=False, heading_gap=False)
    d.name("Brianna Kowalski")
    d.contact(f"Elmsford Park, IL * (555) 01{digits(rng, 1)}-{digits(rng, 4)} * bkowalski@mailbox.example")
    d.gap()
    d.h("Objective")
    d.p("Line and prep cook who now also hosts part-time, looking to move fully front of house into a guest "
        "services or restaurant supervisor role.")
    d.h("Experience")
    sp = season("Spring", 2017)
    jobs = [
        (E("Prep Cook", "Harvest Table Bistro", "Elmsford Park, IL", "2021-03", "present", "affecting", None,
           ["Prep line for brunch and dinner: stocks, sauces and portioned proteins",
            "Label and date everything in the walk-in and keep it FIFO"]), None),
        (E("Host (part-time)", "Lantern Room Steakhouse", "Elmsford Park, IL", "2022-06", "present", "facing",
           "in_person_service",
           ["Greet guests, manage the waitlist and seat sections fairly",
            "Answer the phone and take reservations in the booking system"]), None),
        (E("Dishwasher", "Harvest Table Bistro", "Elmsford Park, IL", "2019-10", "2021-02", "affecting", None,
           ["Dish pit and pot washing on doubles; helped with prep when caught up"]), None),
        (E("Cashier", "Penny Wise Discount", "Elmsford Park, IL", "2018-01", "2019-09", "facing",
           "in_person_service", ["Ran a register, counted down my drawer and did price checks for shoppers"]),
         None),
        (E("Packaging Associate (seasonal)", "Sweetfield Candy Co.", "Elmsford Park, IL", sp[0], sp[1], "none", None,
           ["Packed boxed chocolate assortments on the line for the Mother's Day rush"]), "Spring 2017"),
    ]
    for e, dt in jobs:
        dt = dt or fmt_range(e, "mon.", "Current")
        d.entry(e, [R(f"{dt:<24}{e.title}, {e.org} ({e.loc})")])
    d.h("Skills")
    d.p("ServSafe Food Handler * cash handling * reservation software * knife skills * bilingual English/Polish")
    d.h("Education")
    d.p("Elmsford Park High School, diploma 2017")
    return d


# ------------------------------------------------------------------------------------------------ w030
def w030(rng):
    d = Doc("w030.pdf", "Kenyan registered nurse now a patient liaison officer, reportlab two-column grid: dates "
            "right-aligned in a narrow left column, bold title beside them, employer line and duties in the "
            "right column",
            "reportlab, datecol/title_org", "mon / 'Present'; year for volunteering",
            renderer="reportlab", font="Helvetica", size=9.8, heading="caps_rule", datecol=92,
            accent=(0.45, 0.1, 0.3), author="Wanjiru Kamau", name_align="left", margin=50)
    d.name("Wanjiru Kamau, RN")
    d.contact(f"Kiserian Hills  ·  +254 7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}  ·  wanjiru.kamau@mailbox.example")
    d.h("Profile")
    d.p("Registered nurse with eight years on a busy medical ward, now working as the hospital's patient liaison "
        "officer. I listen first, find the right person, and make sure families hear back.")
    d.h("Experience")
    jobs = [
        E("Patient Liaison Officer", "Kiserian Hills Hospital", "Kiserian Hills", "2024-01", "present", "facing",
          "healthcare_care",
          ["First point of contact for patients and families with concerns about care, billing or discharge",
           "Log and track complaints, arrange meetings with ward managers and call families back with outcomes",
           "Run the monthly patient-experience survey and present the themes to the quality committee"]),
        E("Registered Nurse", "Kiserian Hills Hospital", "Kiserian Hills", "2016-03", "2023-12", "facing",
          "healthcare_care",
          ["Cared for up to eight patients a shift on a 30-bed medical ward",
           "Admissions, medication rounds, wound care and discharge teaching for patients and relatives"]),
        E("Intern Nurse (rotation)", "Kiserian County Referral Hospital", "Kiserian Hills", "2015-02", "2016-02",
          "facing", "healthcare_care",
          ["Rotated through maternity, paediatrics, theatre and casualty under supervision"],
          etype="internship"),
        E("Medical Records Assistant", "Githiga Medical Centre", "Githiga", "2014-01", "2015-01", "none", None,
          ["Filed and retrieved patient files and coded discharge summaries"]),
    ]
    for e in jobs:
        d.entry(e, [R(fmt_range(e, "mon"), e.title, "dcol"), R(f"{e.org}, {e.loc}", None, "i")])
    d.h("Volunteer Work")
    v = E("Community Health Volunteer", "Olkeri Ward Community Health Unit", "Olkeri", "2012", "2014", "facing",
          "volunteering",
          ["Household visits to check immunisation cards and refer pregnant mothers to the clinic"],
          section="volunteer", etype="volunteer")
    d.entry(v, [R(fmt_range(v, "year"), v.title, "dcol"), R(f"{v.org}, {v.loc}", None, "i")])
    d.h("Education & Registration")
    d.p("Bachelor of Science in Nursing, Kiserian University College, 2015  ·  Registered Nurse, licence current")
    d.p("Certificate in Health Records and Information, Githiga Medical Training Centre, 2013")
    d.h("Languages")
    d.p("English, Kiswahili, Gikuyu")
    return d


ALL = [w016, w017, w018, w019, w020, w021, w022, w023, w024, w025, w026, w027, w028, w029, w030]
