"""wild128 résumés w001–w015 (all people, employers, addresses and numbers invented)."""
from lib import E, P, X, L, B, K

R = []

# ---------------------------------------------------------------- w001
G1 = "Pennine Temps Ltd, Leeds – temporary assignments since March 2025"
G2 = "Brindle Print Solutions Ltd, Wakefield"
R.append(dict(
    file="w001.pdf",
    family="UK office all-rounder made redundant when her employer closed, now temping: assignments listed under the agency heading, Word-to-PDF single column",
    layout="reportlab, plain/agency heading with client assignments, mon / 'Present'",
    r="rl", lay="plain",
    name="Joanne Sutcliffe",
    head=["14 Lister Grove, Bramley, Leeds LS13 4QT", "07700 900 238  ·  jo.sutcliffe62@mailbox-uk.net"],
    date=dict(style="mon", present="Present", sep=" – "),
    hdr="title_org", child="{title} – {client}", child_loc=True, bullet="•",
    opts=dict(font="Helvetica", accent=(0.12, 0.2, 0.45), hstyle="caps_rule", size=9.8),
    blocks=[
        P("Profile", "Experienced office all-rounder looking for a settled admin or reception post. I spent almost "
          "fourteen years at Brindle Print until the Wakefield site closed in January 2025, and since March I have "
          "been temping through Pennine Temps. I have enjoyed the variety (and learnt three new systems), but I "
          "would now like something permanent, ideally 30+ hours."),
        X("Employment History", [
            E("Reception Cover", "Calder Vale Physiotherapy", "Horsforth", "2025-09", "present", "facing",
              "in_person_service", grp=G1, bullets=[
                  "Booking patients in on the clinic system and taking payments at the desk",
                  "Answering the phones and rearranging appointments when a physio is off sick",
                  "Opening up on Saturdays and keeping the waiting room tidy"]),
            E("Data Entry Clerk", "Hollins & Drake Insurance", "Leeds city centre", "2025-06", "2025-08",
              "affecting", grp=G1, bullets=[
                  "Keyed scanned claim forms into the claims system against a daily target of 120",
                  "Flagged incomplete or unsigned forms back to the claims handlers"]),
            E("Post Room Assistant", "Aire Valley Borough Council", "Pudsey", "2025-03", "2025-05", "none",
              grp=G1, bullets=[
                  "Sorted and franked outgoing mail for 14 departments",
                  "Scanned incoming post and routed it to the right team inboxes"]),
            E("Office Manager", "Brindle Print Solutions Ltd", "Wakefield", "2014-04", "2025-01", "facing",
              "in_person_service", grp=G2, note="Site closed January 2025 – made redundant", bullets=[
                  "Ran the office for a 22-person print firm: payroll inputs, supplier invoices, staff files",
                  "First point of contact for trade customers chasing orders, on the phone and at the front counter",
                  "Led the switch from paper job bags to a new job-tracking system in 2019"]),
            E("Accounts Assistant", "Brindle Print Solutions Ltd", "Wakefield", "2011-06", "2014-03", "none",
              grp=G2, bullets=["Purchase ledger, bank reconciliations and month-end accruals in Sage 50"]),
            E("Saturday Sales Assistant", "Hepworth's Shoes", "Halifax", "2008", "2011", "facing",
              "in_person_service", bullets=[
                  "Measured children's feet and fitted school shoes in the August rush",
                  "Till and card payments; kept the stockroom in size order"]),
        ]),
        L("Education & Training", [
            "AAT Level 3 Diploma in Accounting – Kirkgate College, Leeds (2012 – 2013)",
            "Sage 50 Payroll (short course) – 2016",
            "4 GCSEs including English and Maths – Brighouse Park School, 2008",
        ]),
        B("Skills", ["Sage 50 Accounts & Payroll, Excel (pivot tables, VLOOKUP), Outlook, Teams",
                     "Switchboard and reception, minute taking", "Full clean driving licence"]),
        L("References", [
            "Sheila Ackroyd, former Finance Director, Brindle Print Solutions Ltd – 01632 960 418",
            "Darren Lowe, Senior Consultant, Pennine Temps Ltd – 0113 496 0712",
        ]),
    ],
))

# ---------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx",
    family="UK returner after five years as her mother's carer, now in two part-time jobs, formerly a contact-centre team leader; Word heading styles and tab-stop dates",
    layout="docx, styles/title_org, mon / 'Present'",
    r="docx", lay="styles",
    name="Bernie Kavanagh",
    head=["Edgeley, Stockport SK3  |  07700 900 561  |  bernie.kav@postbox-mail.co.uk"],
    date=dict(style="mon", present="Present", sep=" – "),
    hdr="title_org", bullet="•",
    opts=dict(font="Calibri", size=10.5, hstyle="h1", doctitle="Bernie Kavanagh CV 2026"),
    blocks=[
        P("Personal Statement", "Returning to work after five years as my mum's full-time carer. Before that I spent "
          "ten years in an energy supplier's contact centre, the last seven leading a team of advisers. At the "
          "moment I'm doing two part-time jobs to get back into the swing of things, and I'm looking to return to "
          "customer service full time."),
        X("Career History", [
            E("Retail Assistant (zero-hours)", "Crumb & Co Bakery", "Stockport", "2024-07", "present", "facing",
              "in_person_service", bullets=[
                  "Serving on the counter through the lunchtime rush: hot food, sandwiches and coffee",
                  "Opening up at 6.30am: ovens on, bakes out, till float checked",
                  "Covering the Cheadle and Hazel Grove shops at short notice"]),
            E("Evening Cleaner", "Fairholme Primary School", "Heaton Mersey", "2024-09", "present", "none",
              bullets=["Cleaning six classrooms, the hall and toilets after pupils and staff have left, Mon–Fri 4–6pm"]),
            E("Career break – full-time carer for my mother", None, None, "2019-03", "2024-06", "none",
              etype="unknown", bullets=[
                  "Looked after Mum at home through her Parkinson's until she moved into a nursing home; managed "
                  "her medication, appointments and finances"]),
            E("Team Leader – Customer Contact", "Brightwater Energy", "Manchester", "2012-05", "2019-02", "facing",
              "contact_center", bullets=[
                  "Led a team of 12 advisers handling billing and home-move calls",
                  "Took the escalated calls and complaints the advisers couldn't resolve",
                  "Monthly one-to-ones, call listening and coaching; built the weekly rota"]),
            E("Customer Service Adviser", "Brightwater Energy", "Manchester", "2009-01", "2012-04", "facing",
              "contact_center", bullets=[
                  "Inbound calls on bills, meter readings and payment plans",
                  "Set up prepayment meters and repayment arrangements for customers in financial difficulty"]),
        ]),
        L("Education and Training", [
            "NVQ Level 2 in Customer Service (Brightwater Energy, 2010)",
            "Level 2 Food Hygiene – 2024",
            "BTEC National Diploma in Business – Stockport Technical College, 2006 – 2008",
        ]),
        P("Interests", "Walking the Goyt Valley with our dog, crosswords, and the church choir."),
        P("References", "Available on request."),
    ],
))

# ---------------------------------------------------------------- w003
FORM = dict(n="Employment {i}", org="Name of employer:", loc="Employer's address:", title="Job title:",
            dates="Dates:", **{"from": "From (mm/yyyy):", "to": "To (mm/yyyy):"},
            duties="Main duties and responsibilities:", reason="Reason for leaving:")
R.append(dict(
    file="w003.txt",
    family="UK council job application form pasted as text: zero-hours lifeguard, seasonal holiday-park bar, agency Christmas warehouse temp, a gap explained with dates",
    layout="txt, application form fields/one field per line, mm/yyyy / 'present'",
    r="txt", lay="form",
    name="Name: Callum Pryce",
    head=["Address: Flat 2, 31 Chickerell Road, Weymouth DT4 0BN", "Telephone: 07700 900 947",
          "Email: callum.pryce@inboxmail.co.uk"],
    date=dict(style="mm/yyyy", present="present"),
    viafmt="{org} – through {via}",
    opts=dict(hstyle="plain", crlf=True, form_fields=FORM, preamble=[
        "Dorset Shore Council – Application for employment",
        "Post applied for: Leisure Assistant (Ref. LS-2611)", ""]),
    blocks=[
        P("Section 4 – Employment history",
          "Please give details of all paid and unpaid work, starting with the most recent, and explain any gaps."),
        X(None, [
            E("Casual Lifeguard (zero hours)", "Harbourside Leisure Trust", "Weymouth", "2024-06", "present",
              "facing", "other_facing", note="Still employed – shifts as offered", bullets=[
                  "Poolside supervision of public swims, lessons and inflatable sessions.",
                  "Rescues and first aid when needed, logged in the incident book.",
                  "Cover on reception taking bookings and payments when short-staffed."]),
            E("Gap in employment", None, None, "2023-11", "2024-05", "none", etype="unknown", note="n/a",
              bullets=["Off work recovering from a knee operation (ACL). Kept my pool qualification current and "
                       "started lifeguarding in June 2024."]),
            E("Seasonal Bar and Entertainments Team Member", "Seaview Holiday Park", "Chickerell", "2023-03",
              "2023-10", "facing", "in_person_service", note="End of seasonal contract", bullets=[
                  "Served drinks in the clubhouse bar and helped run the kids' club and bingo nights for "
                  "holidaymakers."]),
            E("Picker/Packer (Christmas temp)", "Marrick Distribution", "Poundbury", "2022-11", "2023-01",
              "affecting", via="Coastline Recruitment", note="Temporary assignment ended", bullets=[
                  "Picking and packing online orders in the warehouse with a handheld scanner, night shift."]),
            E("Kitchen Assistant", "The Quarterdeck Café", "Weymouth", "2021-07", "2022-09", "affecting",
              note="Left to take the warehouse job (more hours)", bullets=[
                  "Washing up, prepping salads and sandwiches, cleaning down the kitchen at close."]),
            E("Volunteer Marshal", "Weymouth Esplanade parkrun", "Weymouth", "2021", "present", "facing",
              "volunteering", section="volunteer", etype="volunteer", note="Unpaid – still volunteering", bullets=[
                  "Marshal most Saturdays, directing runners at the turn point and cheering them on; sometimes "
                  "run the finish funnel."]),
        ]),
        L("Section 5 – Education and qualifications", [
            "Chesil Vale Academy, 2016 – 2021: 7 GCSEs grades 9–4 including English (5) and Maths (4)",
            "National Pool Lifeguard Qualification (NPLQ) – renewed March 2026",
            "Emergency First Aid at Work – 2024",
        ]),
        P("Section 6 – Supporting statement",
          "I have worked with the public in busy places for five years, at the pool, on a holiday park and at "
          "parkrun. I stay calm when things go wrong, I like being part of a team and I am used to working "
          "weekends and evenings. I would like a contracted job with regular hours so I can plan ahead."),
        L("Section 7 – References", [
            "Referee 1: Mrs T. Okafor, Duty Manager, Harbourside Leisure Trust, Weymouth – 01632 960 233",
            "Referee 2: Mr D. Hale, Bar Manager, Seaview Holiday Park – 01632 960 871",
        ]),
    ],
))

# ---------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf",
    family="US insurance call-center rep laid off in 2023, since then rideshare, delivery and grocery-shopping apps at the same time; fpdf2 centred header",
    layout="fpdf2, centred/title_org, mon / 'Present'",
    r="fpdf", lay="centred",
    name="DeShawn Whitaker",
    head=["Phoenix, AZ 85033  •  (602) 555-0148  •  deshawn.whitaker@getmail.net",
          "linkedin.com/in/deshawn-whitaker-phx"],
    date=dict(style="mon", present="Present", sep=" - "),
    hdr="title_org", bullet="•",
    opts=dict(font="dv", page="letter", size=9.5, accent=(20, 60, 110), hstyle="rule"),
    blocks=[
        P("Summary", "Customer care professional with five and a half years on the phones at an insurance call "
          "center. Laid off in February 2023 when the service center moved out of state; since then I have "
          "driven and delivered for apps full time while taking evening classes. Ready to get back on a team "
          "with benefits and a set schedule."),
        X("Work Experience", [
            E("Rideshare Driver (Independent Contractor)", "Roamly", "Phoenix Metro", "2023-06", "present",
              "facing", "in_person_service", etype="freelance", bullets=[
                  "Complete 35–45 trips a week, a lot of them airport and hospital runs",
                  "Help riders with luggage and wheelchairs; keep the car spotless and stocked with water and "
                  "phone chargers",
                  "4.96 rating over 3,100+ trips"]),
            E("Delivery Driver (Independent Contractor)", "Dashly", "Phoenix Metro", "2023-03", "present",
              "affecting", etype="freelance", bullets=[
                  "Pick up restaurant and convenience-store orders and drop them at the door, nearly all "
                  "contactless with a photo confirmation",
                  "Plan stacked orders so food arrives hot; 97% on-time"]),
            E("Grocery Shopper", "PantryRun", "Tempe, AZ", "2024-01", "2024-08", "facing", "in_person_service",
              etype="freelance", bullets=[
                  "Shopped full grocery orders in store and messaged customers in the app to agree substitutions",
                  "Delivered to the door and checked ID on alcohol orders"]),
            E("Customer Care Representative II", "Saguaro Mutual Insurance", "Phoenix, AZ", "2017-08", "2023-02",
              "facing", "contact_center", bullets=[
                  "Inbound calls from auto and home policyholders: billing, coverage questions, ID cards, "
                  "cancellations",
                  "60–70 calls a day at a 92% quality score",
                  "Mentored new hires on the floor during their nesting weeks"]),
            E("Stocker", "ValuMart", "Glendale, AZ", "2015", "2017", "affecting", bullets=[
                "Overnight truck unload and shelf stocking while the store was closed"]),
        ]),
        L("Education", [
            "Mesa Ridge Community College — Associate of Arts, General Studies, 2016",
            "Medical Billing & Coding Certificate (online, evenings) — in progress, expected 2027",
        ]),
        L("Licenses", ["Arizona Property & Casualty Producer License — 2018 (lapsed 2024)",
                       "Valid AZ driver's license, clean record"]),
        B("Skills", ["Salesforce Service Cloud, Genesys, Microsoft Office",
                     "De-escalation, patient explanations of billing and coverage", "Bilingual English/Spanish (conversational)"]),
        P("References", "Available on request."),
    ],
))

# ---------------------------------------------------------------- w005
R.append(dict(
    file="w005.docx",
    family="South African CV: agency temp (call centre, then filing) after years as a supermarket cashier, learnership and soup-kitchen volunteering; Word table per job",
    layout="docx, table per job (role/company left, dates right), month / 'Present'",
    r="docx", lay="table",
    name="Nomvula Khumalo",
    head=["Curriculum Vitae", "Tembisa, Gauteng  ·  Cell: 071 555 0182  ·  nomvula.khumalo@webpost.co.za"],
    date=dict(style="month", present="Present", sep=" – "),
    hdr="title_org", bullet="•", viafmt="{org} (placed by {via})",
    opts=dict(font="Arial", size=10, hstyle="caps", hcolor="1F4E79"),
    blocks=[
        K("Personal Details", [("Nationality", "South African"), ("Driver's licence", "Code 10 (EB)"),
                               ("Languages", "isiZulu, English, Sesotho"), ("Health", "Excellent")]),
        P("Career Summary", "Hard-working and reliable with more than five years in retail and short-term contracts "
          "in a call centre and an office. I learn systems quickly and enjoy helping people."),
        X("Employment History", [
            E("Call Centre Agent (Temp)", "Mzansi Cellular", "Midrand", "2024-03", "2024-09", "facing",
              "contact_center", via="Siyaphambili Staffing", bullets=[
                  "Inbound calls on contract upgrades, SIM swaps and billing disputes",
                  "Logged every call on the CRM and escalated suspicious SIM swaps to the risk desk",
                  "Contract ended when the upgrade campaign closed"]),
            E("Filing Clerk (Temp)", "Ridgeview Medical Aid", "Sandton", "2023-10", "2024-02", "affecting",
              via="Siyaphambili Staffing", bullets=[
                  "Filed members' claim forms and pulled files for the claims assessors",
                  "Scanned archived claims into the document system"]),
            E("Cashier", "FreshMark Hyper", "Tembisa", "2019-01", "2023-08", "facing", "in_person_service",
              note="Reason for leaving: contract not renewed", bullets=[
                  "Operated a till: cash, card, airtime and money transfers",
                  "Balanced my till every shift; shortages under R20 for four years",
                  "Helped customers with lay-bys and refunds at the service desk when needed"]),
            E("Office Administration Learner", "Ubuntu Logistics (Pty) Ltd", "Kempton Park", "2018-02",
              "2019-01", "facing", "in_person_service", etype="internship", bullets=[
                  "12-month learnership, NQF Level 4 Business Administration",
                  "Relieved the receptionist: signing in visitors and truck drivers, answering the switchboard",
                  "Captured delivery notes and filed proofs of delivery"]),
        ]),
        X("Community Involvement", [
            E("Soup Kitchen Volunteer", "Orlando East Community Kitchen", "Soweto", "2016", "present", "facing",
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Saturday mornings: serving meals and handing out food parcels to families"]),
        ]),
        L("Qualifications", [
            "National Senior Certificate (Matric) – Thuto-Lesedi Secondary School, 2015",
            "NQF 4 Business Administration (Learnership) – 2019",
            "Computer literacy: MS Word, Excel (basic), Outlook",
        ]),
        L("References", [
            "Ms Thandeka Mokoena – Team Leader, Mzansi Cellular – 011 555 0147",
            "Mr Johan Venter – Store Manager, FreshMark Hyper Tembisa – 011 555 0190",
        ]),
    ],
))

# ---------------------------------------------------------------- w006
R.append(dict(
    file="w006.pdf",
    family="Australian uni student juggling a café, online tutoring and a short remote data-labelling contract; reportlab with shaded sidebar",
    layout="reportlab, sidebar/title_org, mon / 'Current'",
    r="rl", lay="sidebar",
    name="Mei Lin Tran",
    head=["Nundah QLD 4012", "0491 570 156", "meilin.tran@studentpost.com.au"],
    date=dict(style="mon", present="Current", sep=" – "),
    hdr="title_org", bullet="–",
    opts=dict(font="Helvetica", size=9.5, accent=(0.1, 0.4, 0.3), shade=(0.88, 0.94, 0.9), sidew=175,
              hstyle="colour", creator="Canva", producer="Canva"),
    blocks=[
        P("Availability", "Mon & Wed after 2pm, Fri, weekends. Full time over uni holidays.", side=True),
        B("Skills", ["Espresso machine & latte art", "Square POS", "Zoom / online whiteboards",
                     "Excel, Python basics"], side=True),
        L("Education", ["Bachelor of Science (Mathematics)", "Brisbane Northside University", "2023 – current"],
          side=True),
        L("Licences & checks", ["RSA (QLD) – 2023", "Blue Card – valid to 2027", "Open driver licence"], side=True),
        P("About me", "Second-year maths student who has kept three jobs going at once for most of uni. Friendly on "
          "the counter, patient with kids who hate algebra, and fine with early starts."),
        X("Work Experience", [
            E("Barista (casual)", "Little Tern Espresso", "Nundah QLD", "2024-02", "present", "facing",
              "in_person_service", bullets=[
                  "Make 200+ coffees on a Saturday morning on a two-group machine",
                  "Take orders and payments at the counter and know most regulars by name",
                  "Close down: clean the machine, mop, cash up"]),
            E("Online Maths Tutor", "Tutorspark", "Remote", "2024-03", "present", "facing", "education",
              etype="freelance", bullets=[
                  "One-to-one video lessons for Year 7–10 students booked through the Tutorspark platform",
                  "Send parents a short progress note after each session"]),
            E("Data Annotator (contract)", "Workhive", "Remote", "2025-07", "2025-09", "none", etype="freelance",
              bullets=[
                  "Short contract found on Workhive: drew bounding boxes and tagged street images for a "
                  "self-driving dataset",
                  "Kept above the 98% accuracy threshold on audits"]),
            E("Christmas Casual – Stockroom", "Kingsfield Department Store", "Chermside QLD", "2023-11", "2024-01",
              "affecting", bullets=[
                  "Unpacked deliveries and filled the toy and homewares floors, mostly before opening",
                  "Picked and packed click-and-collect orders in the back dock"]),
        ]),
        X("Volunteering", [
            E("Junior Netball Coach (volunteer)", "Wavell Heights Netball Club", "Wavell Heights QLD", "2021",
              "2023", "facing", "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Coached an under-11s team at Saturday games and Wednesday training"]),
        ]),
        P("Referees", "Happy to provide on request – Little Tern Espresso owner and my Tutorspark coordinator."),
    ],
))

# ---------------------------------------------------------------- w007
R.append(dict(
    file="w007.md",
    family="UK machinist made redundant after 26 years, now on agency nights at a parcel hub plus a weekend trade counter, retraining gap listed; Markdown",
    layout="md, h3 title with bold employer (via agency) and dates, mon / 'present'",
    r="md", lay="md",
    name="Gary Lenton",
    head=["Tile Hill, Coventry CV4", "Mobile 07700 900 312 · gary.lenton@fastmail-uk.net"],
    date=dict(style="mon", present="present", sep=" – "),
    hdr="title_org", bullet="-", viafmt="{org} (via {via})",
    opts=dict(entry="h3", hardbreak=True),
    blocks=[
        P("Profile", "Time-served engineer, 26 years on the same shop floor until the factory shut in November "
          "2024. Since then I have retrained, taken agency work and picked up a weekend job on a trade counter, "
          "which I've really enjoyed. Looking for a full-time counter or stores role."),
        X("Work history", [
            E("Warehouse Operative", "Arden Parcel Hub", "Coventry", "2025-10", "present", "affecting",
              via="Midshire Recruitment", bullets=[
                  "Nights, 4 on 4 off: loading roll cages onto trailers for the outbound routes",
                  "Scanning and sorting parcels on the main belt",
                  "Offered a permanent contract from January"]),
            E("Trade Counter Assistant (part-time)", "Fosseway Builders Merchants", "Bedworth", "2025-03",
              "present", "facing", "in_person_service", bullets=[
                  "Serving builders and DIY customers on the counter, weekends and two weekday mornings",
                  "Pricing up timber, sand and cement orders; taking payments and booking deliveries",
                  "Using my engineering background to help customers pick the right fixings"]),
            E("Between jobs – retraining", None, None, "2024-12", "2025-02", "none", etype="unknown", bullets=[
                "Took the redundancy package, passed my counterbalance forklift licence and did an IT for Work "
                "course at the library"]),
            E("CNC Setter / Operator", "Kenilworth Precision Components Ltd", "Coventry", "1998-01", "2024-11",
              "none", note="Site closed November 2024 – redundancy", bullets=[
                  "Set and ran Mazak 5-axis machining centres producing aerospace brackets",
                  "First-off inspection and SPC records",
                  "Trained three apprentices on setting"]),
        ]),
        X("Volunteering", [
            E("Workshop Volunteer", "Tile Hill Men's Shed", "Coventry", "2019", "present", "facing",
              "volunteering", section="volunteer", etype="volunteer", bullets=[
                  "Run the Tuesday workshop session and show new members how to use the lathe and bandsaw safely",
                  "Fix donated bikes and garden tools for local families"]),
        ]),
        B("Tickets & training", [
            "Counterbalance forklift (B1) – January 2025",
            "IT for Work (free course at Coventry libraries) – February 2025",
            "City & Guilds Engineering – Coventry Technical College, 1996 – 1998",
        ]),
        P("References", "Steve Morrell, Production Manager, Kenilworth Precision Components (now at Avonside "
          "Engineering) – 024 7696 0143."),
    ],
))

# ---------------------------------------------------------------- w008
R.append(dict(
    file="w008.docx",
    family="US mom returning after a seven-year career break, part-time dental front desk, holiday gift-wrap stint and PTA treasurer; Word two-column layout table with shaded sidebar",
    layout="docx, sidebar layout table/title_org, month / 'Present'",
    r="docx", lay="sidebar",
    name="Ashley Brennan-Ortiz",
    head=["Plano, TX 75023", "(469) 555-0127", "ashley.bortiz@getmail.net"],
    date=dict(style="month", present="Present", sep=" – "),
    hdr="title_org", bullet="▪",
    opts=dict(font="Calibri", size=10, page="letter", hstyle="caps", hcolor="2E5C8A", shade="E4ECF4",
              list_style=False),
    blocks=[
        B("Skills", ["Dentrix & Eaglesoft scheduling", "Insurance verification", "QuickBooks", "Excel"],
          side=True),
        L("Education", ["B.B.A., Marketing", "Brazos Valley State University, 2011"], side=True),
        L("Certifications", ["CPR/AED (AHA) — 2024", "Dental front office course — 2023"], side=True),
        P("Summary", "Organized, upbeat front-office professional returning to full-time work after seven years at "
          "home with my kids. Five years in insurance claims, and I now run a busy pediatric dental front desk "
          "three days a week."),
        X("Experience", [
            E("Front Desk Coordinator (part-time)", "Cedar Hollow Pediatric Dentistry", "Plano, TX", "2023-04",
              "present", "facing", "in_person_service", bullets=[
                  "Check in patients and parents, collect copays and schedule recall visits",
                  "Verify dental insurance benefits before appointments",
                  "Calm anxious kids (and parents!) in the waiting room"]),
            E("Holiday Associate – Gift Wrap Station", "Briar Creek Mall", "Allen, TX", "2022-11", "2022-12",
              "facing", "in_person_service", bullets=[
                  "Wrapped gifts for shoppers at the mall's seasonal charity wrap booth"]),
            E("Career Break – Full-time Parent", None, None, "2016-06", "2023-03", "none", etype="unknown"),
            E("Claims Processor", "Bluebonnet Casualty Company", "Irving, TX", "2011-08", "2016-05", "affecting",
              bullets=[
                  "Reviewed body-shop estimates against policy limits and coverage",
                  "Prepared payment files for the field adjusters",
                  "Processed 40+ auto claims a day at 99% accuracy"]),
        ]),
        X("Volunteer Work", [
            E("PTA Treasurer", "Lakeview Elementary PTA", "Plano, TX", "2018", "2022", "none",
              section="volunteer", etype="volunteer", bullets=[
                  "Kept the PTA's books in QuickBooks and reconciled fundraiser cash",
                  "Prepared the annual budget for the board"]),
        ]),
    ],
))

# ---------------------------------------------------------------- w009
R.append(dict(
    file="w009.pdf",
    family="Irish seasonal hospitality worker: hotel summer seasons in Kerry, a winter as a chalet host in France, a short fish-factory contract; fpdf2 with title, employer and dates on separate lines",
    layout="fpdf2, left/dateline, month and 'Summer 2024' / no present",
    r="fpdf", lay="left",
    name="Aoife Brosnan",
    head=["Killorglin, Co. Kerry  ·  087 555 0193  ·  aoife.brosnan@irishpost.ie"],
    date=dict(style="month", present="Present", sep=" – "),
    hdr="dateline", bullet="–",
    opts=dict(font="dvs", size=9.5, hstyle="plain", creator="Microsoft Word", producer="Microsoft Word"),
    blocks=[
        P("Profile", "Hospitality all-rounder who likes a busy season. Comfortable on nights, in a chalet on my "
          "own, or running a housekeeping floor. Looking for a year-round role in the Killarney area."),
        X("Employment", [
            E("Night Porter (seasonal)", "The Gleann Hotel", "Killarney, Co. Kerry", "2025-04", "2025-10",
              "facing", "in_person_service", bullets=[
                  "Checked in late arrivals and looked after anything guests needed overnight",
                  "Security rounds, fire checks and the night audit handover",
                  "Set the breakfast room and booked taxis for early flights"]),
            E("Chalet Host", "Alpenglow Chalets", "Méribel, France", "2024-12", "2025-04", "facing",
              "in_person_service", bullets=[
                  "Ran a 10-bed chalet single-handed: breakfast, afternoon tea and a three-course dinner six "
                  "nights a week",
                  "Looked after guests from airport transfer to departure – ski hire, lift passes, restaurant "
                  "bookings"]),
            E("Housekeeping Supervisor (seasonal)", "The Gleann Hotel", "Killarney, Co. Kerry", "2024-06",
              "2024-08", "affecting", dtext="Summer 2024", bullets=[
                  "Allocated rooms to a team of six and checked every room before releasing it to reception",
                  "Linen and amenity orders; trained new room attendants"]),
            E("Fish Processing Operative", "Dingle Bay Seafoods Ltd", "Dingle, Co. Kerry", "2024-01", "2024-03",
              "none", bullets=["Filleting and packing line – three-month winter contract"]),
            E("Shop Assistant (part-time)", "O'Sullivan's Foodstore", "Killorglin", "2021", "2023", "facing",
              "in_person_service", bullets=["Deli counter, tills and filling shelves around school and college"]),
        ]),
        L("Education", [
            "QQI Level 5 Tourism with Business – Tralee Further Education Institute, 2022 – 2023",
            "Leaving Certificate – Scoil Mhuire, Killorglin, 2021",
        ]),
        L("Certificates", ["Manual Handling – 2024", "Occupational First Aid (PHECC) – 2025",
                           "Full clean B licence"]),
        L("Referees", ["Séamus O'Connor, Night Manager, The Gleann Hotel – 064 555 0120",
                       "Claire Dubois, Resort Manager, Alpenglow Chalets – +33 4 55 50 12 34"]),
    ],
))

# ---------------------------------------------------------------- w010
R.append(dict(
    file="w010.txt",
    family="South African CV pasted as text: freelance virtual assistant and remote transcription after being retrenched from furniture sales, unemployment period listed",
    layout="txt, caps headings with '=' rule/dash with dates after a bar, mon / 'to date'",
    r="txt", lay="caps",
    name="SHIREEN DAVIDS",
    head=["Kuils River, Cape Town  |  Cell 082 555 0164  |  shireen.davids@webpost.co.za"],
    date=dict(style="mon", present="to date", sep=" - "),
    hdr="dash", dash=" - ", bullet="*",
    opts=dict(hstyle="caps_rule", rulechar="=", wrap=78, rsep="  |  "),
    blocks=[
        P("Profile", "Organised, cheerful and very computer literate. After being retrenched in 2020 I built up "
          "remote work from home and now support three small-business owners as a virtual assistant. Looking "
          "for a permanent client-service or office role, hybrid preferred."),
        X("Work Experience", [
            E("Freelance Virtual Assistant", "Self-employed", "Cape Town (remote)", "2022", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Inbox, diary and travel for three small-business owners I found through Taskbridge",
                  "Weekly video call with each client to plan the week; answer their customers' emails in their "
                  "name",
                  "Invoicing and follow-ups in Xero"]),
            E("Transcriptionist (part-time, remote)", "VerbaType Transcription", None, "2021-03", "2022-12",
              "affecting", bullets=[
                  "Transcribed legal and medical dictations to a 24-hour turnaround, 98.5% accuracy on QA"]),
            E("Unemployed - retrenched", None, None, "2020-07", "2021-02", "none", etype="unknown", bullets=[
                "Used the time to complete online courses in bookkeeping and MS Office"]),
            E("Sales Consultant", "Capeline Furniture", "Bellville", "2017-02", "2020-06", "facing",
              "in_person_service", note="(Retrenched when the branch closed during lockdown)", bullets=[
                  "Helped customers choose lounge and bedroom suites on the floor",
                  "Completed credit applications and arranged deliveries",
                  "Top seller in the branch for 2019"]),
            E("Waitron", "The Harbour Grill", "Hout Bay", "2015", "2017", "facing", "in_person_service"),
        ]),
        L("Education", ["National Senior Certificate - Westridge Heights High School, 2014",
                        "Bookkeeping to Trial Balance (online short course) - 2020",
                        "ICDL Workforce - 2021"]),
        B("Skills", ["Xero, Google Workspace, MS Office", "Typing 75 wpm", "English and Afrikaans"]),
        L("References", ["Mr Faizel Jacobs - Branch Manager, Capeline Furniture (retired) - 021 555 0177",
                         "Ms Ronel Smit - client, Smit Interiors - 072 555 0135"]),
    ],
))

# ---------------------------------------------------------------- w011
R.append(dict(
    file="w011.docx",
    family="UK mum with three part-time jobs at once (school dinners, zero-hours home care, catalogue selling) and an agency packing job; contact in the Word page header",
    layout="docx, header/org_title, mm/yyyy / 'Present'",
    r="docx", lay="header",
    name="Lorraine Pickering",
    head=["22 Askern Road, Bentley, Doncaster DN5 0HF", "07700 900 774 · lorraine.pickering@mailbox-uk.net"],
    date=dict(style="mm/yyyy", present="Present", sep=" – "),
    hdr="org_title", bullet="•", viafmt="{org} (agency: {via})",
    opts=dict(font="Arial", size=10, hstyle="caps", hcolor="7A2048", footer="References available on request",
              list_style=False, bullet_tab=True),
    blocks=[
        P("About me", "Caring, practical and used to juggling. I work three part-time jobs around my children's "
          "school day and I'm now looking for one contracted role in care or customer service."),
        X("Current employment", [
            E("Midday Supervisor", "St Bede's C of E Primary School", "Bentley, Doncaster", "2021-09", "present",
              "facing", "education", bullets=[
                  "Supervise KS1 children over lunch in the hall and on the playground",
                  "Sort out fallings-out, first aid for grazes, and help the little ones with their dinners"]),
            E("Home Care Assistant (zero hours)", "Comfort at Home Care Ltd", "Doncaster", "2023-01", "present",
              "facing", "healthcare_care", bullets=[
                  "Morning and teatime calls: personal care, medication prompts, meals",
                  "Write up the care notes after every visit"]),
            E("Independent Beauty Consultant", "Lumière Direct", "Doncaster", "2019-04", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Run my own round of about 60 customers from the brochure",
                  "Deliver orders and take payment on the doorstep"]),
        ]),
        X("Previous employment", [
            E("Packer", "Hartwell Foods", "Rossington", "2019-03", "2019-08", "none", via="Apex Personnel",
              bullets=["Packing ready meals on a production line, 12-hour shifts"]),
            E("Sales Assistant", "Bargain Basket", "Doncaster", "2012", "2018", "facing", "in_person_service",
              prose=True, bullets=["Tills, customer queries and stock replenishment."]),
        ]),
        L("Training", ["Level 2 Certificate in Health and Social Care – Danum Adult Learning, 2023",
                       "Paediatric First Aid – 2022", "Food Hygiene Level 2 – 2021"]),
    ],
))

# ---------------------------------------------------------------- w012
G12 = "Keystone Staffing Group — Pittsburgh, PA  |  Temporary Associate, 01/2024 – Present"
R.append(dict(
    file="w012.pdf",
    family="US office professional laid off from a software company, then a run of temp assignments (medical office, AP, one-month trade-show desk, contract help desk) under one agency; 2-page Google-Docs-style PDF with page footer",
    layout="reportlab, plain 2-page, agency heading with client assignments, mm/yyyy / 'Present'",
    r="rl", lay="plain",
    name="Megan Kowalczyk",
    head=["Pittsburgh, PA 15216  |  (412) 555-0163  |  megan.kowalczyk@getmail.net"],
    date=dict(style="mm/yyyy", present="Present", sep=" – "),
    hdr="title_org", child="{title} — {client}", child_loc=True, bullet="•",
    opts=dict(font="Helvetica", page="letter", size=10.2, accent=(0.15, 0.35, 0.6), hstyle="colour",
              footer="Megan Kowalczyk — Page {page}", creator="Google Docs Renderer", producer="Skia/PDF m131",
              egap=8, name_size=24),
    blocks=[
        P("Summary", "Operations and administrative professional with four years at a growing software company "
          "and nearly three years of temp and contract assignments since a company-wide layoff. Comfortable "
          "switching between patients, vendors, invoices and IT tickets in the same week. I learn new systems "
          "fast (SAP, Epic, ServiceNow, Dentrix) and I am looking for a permanent role where I can use that "
          "range, ideally in IT support or patient services."),
        X("Experience", [
            E("Help Desk Technician (contract)", "Ironbridge Credit Union", "Pittsburgh, PA", "2025-01", "present",
              "facing", "internal_support", grp=G12, bullets=[
                  "Tier-1 support for 300 branch and back-office staff: password resets, printers, teller-station "
                  "software",
                  "Image and ship replacement laptops; walk users through VPN setup over the phone",
                  "Write knowledge-base articles for the fixes that keep coming back"]),
            E("Event Registration Staff", "Monongahela Convention Center", "Pittsburgh, PA", "2024-11", "2024-11",
              "facing", "in_person_service", grp=G12, bullets=[
                  "Ran a badge pick-up desk at a 4,000-attendee trade show; reprinted misspelled badges and "
                  "registered walk-ins on the spot"]),
            E("Accounts Payable Clerk", "Allegheny Tube & Wire", "McKees Rocks, PA", "2024-05", "2024-10", "none",
              grp=G12, bullets=[
                  "Three-way matched vendor invoices, purchase orders and receiving documents in SAP",
                  "Cleared a 900-invoice backlog in the first six weeks"]),
            E("Administrative Assistant", "Three Rivers Orthopedics", "Pittsburgh, PA", "2024-01", "2024-04",
              "facing", "in_person_service", grp=G12, bullets=[
                  "Scheduled new-patient visits by phone and verified insurance at check-in",
                  "Scanned referrals and imaging reports into the EHR"]),
            E("Operations Coordinator", "Lumenary Software", "Pittsburgh, PA", "2019-06", "2023-10", "none",
              note="Position eliminated in a company-wide layoff, October 2023", bullets=[
                  "Owned vendor contracts and the $400K office budget",
                  "Coordinated two office moves and the return-to-office plan",
                  "Tracked 40+ software licenses and renewal dates"]),
            E("Office Assistant (work-study)", "Allegheny Valley University Registrar's Office", "Pittsburgh, PA",
              "2015-09", "2019-05", "facing", "in_person_service", section="other", bullets=[
                  "Front counter of the registrar's office: transcript requests, enrollment verifications, "
                  "pointing students to the right office",
                  "Filed add/drop forms and grade changes"]),
        ]),
        B("Selected accomplishments", [
            "Cut average ticket handling time at Ironbridge by 20% by writing a password-reset walkthrough for "
            "branch managers",
            "Saved Lumenary $38K a year by consolidating three overlapping software subscriptions",
            "Asked back by Keystone for four consecutive assignments; rated 5/5 by each client",
        ]),
        L("Education", ["B.A., Communication — Allegheny Valley University, Pittsburgh, PA, 2019"]),
        L("Certifications", ["CompTIA A+ — 2024", "Google IT Support Professional Certificate — 2023",
                             "Notary Public, Commonwealth of Pennsylvania — 2021 (expired)"]),
        B("Skills", ["ServiceNow, Active Directory, Microsoft 365 admin, Windows 11 imaging",
                     "SAP (AP module), QuickBooks, Excel (pivot tables, XLOOKUP)",
                     "Epic Cadence scheduling, insurance verification",
                     "Clear written instructions for non-technical users"]),
        P("References", "Available on request. Recent supervisor: Dana Whitfield, Branch Operations Manager, "
          "Ironbridge Credit Union."),
    ],
))

# ---------------------------------------------------------------- w013
R.append(dict(
    file="w013.html",
    family="Canadian returner after caring for her father: former bank representative, now casual library assistant and online ESL tutor, seasonal tax-clinic volunteering; HTML résumé",
    layout="html, h3 title with dates span and employer line, mon / 'Present'",
    r="html", lay="html",
    name="Samira Haddad",
    head=["Mississauga, ON L5B", "647-555-0119 · samira.haddad@northmail.ca"],
    date=dict(style="mon", present="Present", sep=" – "),
    hdr="title_org",
    blocks=[
        P("Profile", "Bilingual (English/Arabic, working French) client-service professional returning to "
          "full-time work. Five years in retail banking, two and a half years caring for my father, and since "
          "then a mix of part-time library work and online teaching."),
        X("Experience", [
            E("Library Assistant (casual)", "Credit Valley Public Library", "Mississauga, ON", "2023-09",
              "present", "facing", "in_person_service", bullets=[
                  "Work the circulation desk evenings and weekends: checkouts, holds, fines and new library cards",
                  "Help patrons with the printers, Wi-Fi and e-book apps",
                  "Shelve returns and tidy the children's area at closing"]),
            E("Online ESL Tutor", "LinguaLeap", "Remote", "2021-09", "present", "facing", "education",
              etype="freelance", bullets=[
                  "Teach conversational English to adult learners in 25-minute video lessons, 10–15 hours a week"]),
            E("Career break – caregiver for my father", None, None, "2020-01", "2022-08", "none",
              etype="unknown", bullets=["Cared for my father at home during his cancer treatment"]),
            E("Financial Services Representative", "Maplecrest Bank", "Mississauga, ON", "2014-05", "2019-12",
              "facing", "in_person_service", bullets=[
                  "Served walk-in clients at the teller line and service desk: deposits, drafts, account openings",
                  "Referred clients to advisors for mortgages and investments; met monthly referral targets"]),
        ]),
        X("Volunteer Experience", [
            E("Tax Clinic Volunteer", "Peel Community Tax Clinic", "Brampton, ON", "2025-02", "2025-04", "facing",
              "volunteering", section="volunteer", etype="volunteer", dtext="Feb – Apr 2025", bullets=[
                  "Prepared simple tax returns for low-income families and seniors at weekend drop-in clinics"]),
        ]),
        L("Education", ["Diploma, Business Administration — Lakeshore College, Toronto, 2013",
                        "TESOL Certificate (120 hours) — 2021"]),
        K("Languages", [("English", "fluent"), ("Arabic", "native"), ("French", "intermediate")]),
    ],
))

# ---------------------------------------------------------------- w014
R.append(dict(
    file="w014.docx",
    family="UK student CV in a plain Word document: zero-hours cinema job, a festival summer, two overlapping Christmas stints of two to three months, student ambassador",
    layout="docx, plain paragraphs with manual '-' bullets/dash with tab dates, mon / 'now'",
    r="docx", lay="manual",
    name="Ellie-Mae Turner",
    head=["Norwich NR2  –  07700 900 408  –  elliemae.t@studentpost.ac.uk"],
    date=dict(style="mon", present="now", sep=" - "),
    hdr="dash", dash=" - ", bullet="-",
    opts=dict(font="Times New Roman", size=11, hstyle="caps", list_style=False, name_size=18),
    blocks=[
        P(None, "Final-year English student looking for part-time work alongside my degree and a graduate "
          "scheme from September. I have done lots of short jobs and I'm good with people and queues."),
        X("Work Experience", [
            E("Cinema Host (zero hours)", "Regal Lights Cinema", "Norwich", "2025-01", "present", "facing",
              "in_person_service", bullets=["Selling tickets and snacks, checking tickets at the screens",
                                            "Cleaning screens between showings"]),
            E("Festival Bar Staff", "Riverside Events Ltd", "various festivals", "2025-06", "2025-08", "facing",
              "in_person_service", dtext="Summer 2025", bullets=[
                  "Worked bars at four weekend festivals, pouring pints and taking card payments for huge queues"]),
            E("Christmas Casual - Sorter", "ParcelPost UK", "Norwich Mail Centre", "2024-11", "2024-12",
              "affecting", bullets=["Sorting parcels into delivery rounds on the late shift"]),
            E("Kitchen Porter", "The Old Forge Inn", "Wymondham", "2024-10", "2024-12", "affecting", bullets=[
                "Washing up, prepping veg and keeping the kitchen clean for two chefs"]),
            E("Student Ambassador", "Eastbrook University", "Norwich", "2023-09", "2024-06", "facing",
              "other_facing", section="other", bullets=[
                  "Led campus tours on open days and answered questions from prospective students and parents"]),
        ]),
        L("Education", ["BA (Hons) English Literature - Eastbrook University, 2023 - 2026 (predicted 2:1)",
                        "A-levels: English (A), History (B), Psychology (B) - Wensum Sixth Form College, 2021 - 2023"]),
        L("Other", ["Personal Licence course booked for January", "Food Hygiene Level 2 (2024)",
                    "Available: evenings and weekends in term, full time in holidays"]),
    ],
))

# ---------------------------------------------------------------- w015
R.append(dict(
    file="w015.pdf",
    family="UK long-term agency temp (one entry for three years of assignments), then lettings, maternity leave and career break, returner in a term-time school admin post; fpdf2 with a left date column",
    layout="fpdf2, table (dates in left column)/title_org, mon and year-only / 'Present'",
    r="fpdf", lay="table",
    name="Rachel Outhwaite",
    head=["Walkley, Sheffield S6  ·  07700 900 835  ·  rachel.outhwaite@mailbox-uk.net"],
    date=dict(style="mon", present="Present", sep=" – "),
    hdr="title_org", bullet="▪",
    opts=dict(font="dv", size=9.3, hstyle="band", band=(225, 232, 240), dcol=40,
              footer="Rachel Outhwaite – CV – page {page}", creator="Microsoft® Word 2019",
              producer="Microsoft® Word 2019"),
    blocks=[
        P("Personal profile", "Back at work after a career break with my two children. I have done reception, "
          "lettings and all sorts of office temping, and I'm looking to increase my hours, ideally in housing or "
          "a school office."),
        X("Employment", [
            E("Admin Support (term-time, 20 hrs/week)", "Sheaf Valley Academy", "Sheffield", "2026-02", "present",
              "none", bullets=["Entering exam entries and coursework marks",
                               "Weekly attendance data returns for the local authority",
                               "Preparing the daily cover rota"]),
            E("Maternity leave and career break", None, None, "2023-08", "2026-01", "none", etype="unknown"),
            E("Lettings Assistant", "Don Valley Homes", "Sheffield", "2019-03", "2023-07", "facing",
              "in_person_service", bullets=[
                  "Accompanied viewings with prospective tenants and explained tenancy terms",
                  "Signed up new tenants and set up their rent accounts",
                  "Arranged void repairs with the maintenance team"]),
            E("Temporary Administrator", "Hallam Office Staff", "Sheffield", "2016", "2019", "facing",
              "in_person_service", bullets=[
                  "Assignments from two weeks to six months through the agency, including:",
                  "Reception cover at a housing association, taking tenants' repair calls and greeting visitors",
                  "Audio typing and filing at a solicitors' practice",
                  "Processing expense claims in a university finance office"]),
            E("Bar Staff", "The Kelham Tap", "Sheffield", "2012", "2016", "facing", "in_person_service",
              bullets=["Evenings and weekends during college and after; cellar work and cashing up"]),
        ]),
        L("Education", ["Foundation Degree in Business – Norfolk Park College, Sheffield, 2013 – 2015",
                        "ECDL – 2014"]),
        L("Referees", ["Mrs P. Akhtar, Lettings Manager, Don Valley Homes",
                       "Mr J. Firth, Business Manager, Sheaf Valley Academy"]),
    ],
))
