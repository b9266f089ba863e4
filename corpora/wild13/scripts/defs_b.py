"""Résumés w016–w030: one R per applicant (entries + build function)."""
from lib import E, R, dates


def bl(e, glyph="•", **o):
    return [("b", x, glyph, o) for x in e.bullets]


# ----------------------------------------------------------------------------- w016
def w016():
    es = [
        E("Client Service Representative", "Lakeshore Credit Union", "Toronto, ON", "2024-02", "present", "facing",
          "in_person_service",
          ["Serve members at the branch counter: deposits, bill payments, drafts and account updates",
           "Open new chequing and savings accounts and refer members to advisors for mortgages and investments"]),
        E("Career break – caring for family", None, None, "2021-06", "2024-01", "none", None,
          ["Full-time care for my father after his stroke; moved from Brampton to Toronto"], etype="unknown"),
        E("Office Administrator", "Brampton Tile & Stone", "Brampton, ON", "2016-09", "2021-05", "facing",
          "in_person_service",
          ["Prepared quotes and invoices in QuickBooks and chased overdue accounts",
           "Scheduled installers and ordered stock from suppliers",
           "Answered phones and greeted walk-in customers in the showroom"]),
        E("Accounts Payable Clerk", "Northern Pine Realty Inc.", "Mississauga, ON", "2013-04", "2016-08", "none",
          None, ["Three-way matching and cheque runs for 40+ vendors"]),
        E("Bookkeeping Assistant (co-op placement)", "Dufferin Accounting Services", "Brampton, ON", "2012-09",
          "2012-12", "affecting", None,
          ["Entered receipts and reconciled bank statements for small-business clients"], etype="internship"),
        E("ESL Conversation Circle Volunteer", "Riverdale Newcomer Centre", "Toronto, ON", "2022-09", "2023-06",
          "facing", "volunteering", ["Ran a weekly English conversation circle for newcomer adults"],
          section="volunteer", etype="volunteer"),
    ]

    def build():
        top = [("p", "Priya Raghunathan", {"style": "Title"}),
               ("p", "Toronto, ON M4M  |  416-555-0162  |  priya.raghunathan@rogers.com", {"size": 10}),
               ("h", "Profile"),
               ("p", "Returning to full-time work after a family caregiving break. Ten years of office and "
                     "accounts experience, now enjoying member service at a credit union branch and looking for "
                     "a permanent client service role.")]
        body = [("h", "Career History")]
        for e in es[:5]:
            left = e.title if e.org is None else f"{e.title}, {e.org}"
            body.append(("lr", left, dates(e, "month", "present", " – "), {"ls": "B", "rs": "I"}))
            if e.loc:
                body.append(("p", e.loc, {"s": "I", "size": 9.5, "after": 0}))
            body += bl(e, None)
        v = es[5]
        body += [("h", "Volunteer"),
                 ("lr", f"{v.title}, {v.org}", dates(v, "month", "present", " – "), {"ls": "B", "rs": "I"}),
                 ("p", v.loc, {"s": "I", "size": 9.5, "after": 0}), *bl(v, None),
                 ("h", "Education"),
                 ("p", "Diploma, Accounting — Don Mills Career College, Toronto (2013)"),
                 ("p", "Canadian Securities Course (in progress, 2026)"),
                 ("h", "Skills"),
                 ("p", "Cash handling · QuickBooks · Excel · banking platforms · English, Tamil, conversational Hindi")]
        return {"font": "Cambria", "size": 11, "heading": "style", "hstyle": "Heading 2", "top": top, "body": body,
                "meta": {"author": "Priya R", "title": "Priya Raghunathan - Resume"}}

    return R("w016", "docx", "Canadian returner at a credit union, Word heading styles, title and employer with right tab-stop dates, a dated career break in the history",
             "docx, styles/title_org, month / 'present'", es, build)


# ----------------------------------------------------------------------------- w017
def w017():
    SG = "Sampaguita Grand Hotel"
    es = [
        E("Front Desk Associate", SG, "Makati City", "2023-01", "present", "facing", "in_person_service",
          ["Check-in and check-out of guests, room assignment and key cards",
           "Handle guest requests and complaints and coordinate with housekeeping and engineering",
           "Upsell room upgrades and breakfast packages"]),
        E("Assistant Waiter", "Ocean Pearl Cruise Line", "Caribbean itineraries", "2019-02", "2020-03", "facing",
          "in_person_service", ["Served breakfast, lunch and dinner in the main dining room for 2 seatings",
                                "Took beverage orders and memorised guests' preferences"]),
        E("Online Seller", "Self-employed", "Manila", "2020-06", "2022-10", "facing", "entrepreneurial_freelance",
          ["Sold pre-loved bags and shoes through live selling and marketplace apps",
           "Answered buyers' messages, arranged courier pick-ups and handled returns"], etype="freelance"),
        E("Housekeeping Attendant (on-call)", SG, "Makati City", "2017-06", "2019-01", "affecting", None,
          ["Cleaned and set up vacant rooms for arrival", "Restocked the floor pantries"]),
        E("On-the-Job Trainee – Kitchen", "Lakeside Ridge Hotel", "Tagaytay City", "2016-04", "2016-06",
          "affecting", None, ["Assisted the cold kitchen with salads and breakfast buffet preparation"],
          etype="internship"),
    ]

    def build():
        main = [("h", "CAREER OBJECTIVE"),
                ("p", "To obtain a front office or guest services position in a hotel or cruise line where my "
                      "shipboard and hotel experience will be of value."),
                ("h", "WORK EXPERIENCE")]
        for e in es:
            d = dates(e, "month", "Present", " – ")
            if e.org == "Ocean Pearl Cruise Line":
                d += " (contract ended early, repatriated due to pandemic)"
            main.append(("p", e.title, {"s": "B", "size": 11, "after": 0}))
            main.append(("p", f"{e.org}, {e.loc}", {"after": 0}))
            main.append(("p", d, {"s": "I", "color": (0.35, 0.35, 0.35)}))
            main += bl(e, "✓", indent=6)
            main.append(("sp", 5))
        main += [("h", "EDUCATIONAL ATTAINMENT"),
                 ("p", "Bachelor of Science in Hospitality Management — Colegio de San Rafael, Manila (2016)"),
                 ("h", "CERTIFICATES"),
                 ("p", "STCW Basic Safety Training (2018) · Crowd Management (2018) · Food Safety NC II (2017)"),
                 ("h", "PERSONAL INFORMATION"),
                 ("p", "Date of Birth: 21 August 1995 · Height: 5'4\" · Civil Status: Single · Religion: Roman "
                       "Catholic"),
                 ("h", "CHARACTER REFERENCE"),
                 ("p", "Mr. Randolph S. Cruz, Front Office Manager, Sampaguita Grand Hotel — 0917 555 4410")]
        return {"engine": "reportlab", "page": "a4", "font": "DejaVu", "size": 9.5, "accent": (0.45, 0.1, 0.2),
                "heading": "rule", "margins": (50, 46, 50, 46),
                "header": {"style": "left", "name": "Kristine Joy M. Bautista", "size": 19, "photo": "right",
                           "tagline": "Front Desk Associate",
                           "lines": ["Unit 5B, 88 Kalayaan Ave., Makati City 1210",
                                     "+63 917 555 2904  |  kjbautista.hrm@gmail.com"]},
                "main": main, "meta": {"title": "Bautista Resume", "author": "Kristine Joy Bautista"}}

    return R("w017", "pdf", "Philippine hotel and cruise résumé, reportlab with a photo box, title/company/dates each on their own line, repatriation note after the dates, check-mark bullets",
             "reportlab, left+photo/dateline, month / 'Present'", es, build)


# ----------------------------------------------------------------------------- w018
def w018():
    es = [
        E("Member Services Associate", "Lakeview Fitness Club", "Chicago, IL", "2022", "present", "facing",
          "in_person_service", []),
        E("Personal Trainer", "Self-employed", "Chicago, IL", "2019", "2022", "facing", "entrepreneurial_freelance",
          [], etype="freelance"),
        E("Stock Associate", "Windy City Sporting Goods", "Evanston, IL", "2017", "2019", "affecting", None, []),
        E("Prep Cook", "North Halsted Taproom", "Chicago, IL", "2018", "2018", "affecting", None, []),
        E("Lifeguard", "Sunnyside Aquatic Center", "Skokie, IL", "2016-06", "2016-08", "facing", "other_facing", [],
          dt="Summer 2016"),
        E("Equipment Volunteer", "Uptown Youth Boxing Club", "Chicago, IL", "2020", "2021", "affecting", None, [],
          section="volunteer", etype="volunteer"),
    ]

    def build():
        out = ["# Jordan Kowalczyk", "",
               "Chicago, IL · (773) 555-0190 · jkowalczyk.fit@gmail.com", "",
               "## Summary", "",
               "Front desk and member services at a 3,000-member gym, three years training my own clients, and a "
               "lot of early mornings. I'm applying for member services / customer experience roles in fitness, "
               "hospitality or healthcare.", "",
               "## Employment", "",
               "| When | Role | Where |",
               "|------|------|-------|"]
        for e in es:
            out.append(f"| {dates(e, 'mon', 'now', '–')} | {e.title} | {e.org}, {e.loc} |")
        out += ["",
                "At Lakeview I check members in, sell and freeze memberships, sort out billing and give tours. "
                "As a trainer I ran sessions in clients' buildings and in parks.", "",
                "## Certifications", "",
                "- NASM Certified Personal Trainer (2019)",
                "- CPR/AED, American Red Cross (2025)",
                "- Lifeguard certification (2016, lapsed)", "",
                "## Education", "",
                "Lakeshore City College — Kinesiology coursework, 2017–2019", "",
                "## Interests", "",
                "Boxing, cooking for too many people, the Cubs."]
        return "\n".join(out)

    return R("w018", "md", "US gym member-services associate, Markdown table of roles with year-only dates and a summer, no bullets, duties in a prose line after the table",
             "md, table/dates_title_org, year + 'Summer' / 'now'", es, build)


# ----------------------------------------------------------------------------- w019
def w019():
    LT = "Lagoon Trust Bank Plc"
    es = [
        E("Customer Service Officer", LT, "Lagos", "2022-05", "present", "facing", "in_person_service",
          ["Attend to walk-in customers: account opening, card issuance and complaints resolution",
           "Resolve failed transfer and ATM dispense-error complaints within SLA",
           "Cross-sell savings and investment products"]),
        E("Sales Executive (Contract)", LT, "Lagos", "2020-11", "2022-04", "facing", "sales_account",
          ["Marketed salary accounts and personal loans to staff of corporate organisations",
           "Met monthly target of 40 new accounts for 14 consecutive months"]),
        E("Loan Documentation Officer (Contract)", LT, "Lagos", "2020-08", "2020-10", "affecting", None,
          ["Checked loan files for completeness before disbursement and followed up missing documents with "
           "relationship managers"]),
        E("Classroom Teacher (NYSC)", "Ikorodu Community Grammar School", "Ikorodu, Lagos", "2019-08", "2020-07",
          "facing", "education", ["Taught Economics and Commerce to SS1–SS2 students (class of 45)",
                                  "Organised the school's first career day"]),
        E("POS Agent", "Self-employed", "Ikorodu", "2017-06", "2019-06", "facing", "entrepreneurial_freelance",
          ["Ran a roadside POS kiosk for cash withdrawals, transfers and airtime"], etype="freelance"),
        E("IT Intern (SIWES)", "Marina Datalink Ltd", "Victoria Island, Lagos", "2016-07", "2016-10", "facing",
          "internal_support", ["Resolved staff laptop, printer and email issues at the help desk",
                               "Set up workstations for new staff"], etype="internship"),
    ]

    def build():
        top = [("p", "ADEBAYO OLUWASEUN FOLAKE", {"s": "B", "size": 17, "color": "1F3864"}),
               ("p", "14 Ogunlana Drive, Surulere, Lagos  ·  0803 555 2716  ·  folake.adebayo@yahoo.com",
                {"size": 9.5}),
               ("rule",)]
        body = [("h", "Career Objective"),
                ("p", "To build a career in customer experience with an organisation that values integrity and "
                      "service excellence."),
                ("h", "Professional Experience")]
        for e in es:
            inner = [("p", e.title, {"s": "B", "after": 0}),
                     ("p", f"{e.org} — {e.loc}", {"s": "I", "after": 2}), *bl(e, None)]
            body.append(("dl", dates(e, "mon.", "Date", " – "), inner, {"lw_cm": 3.4, "s": "B"}))
        body += [("h", "Education"),
                 ("dl", "2014 – 2019", [("p", "B.Sc. Economics (Second Class Upper) — Lagos Metropolitan University")],
                  {"lw_cm": 3.4, "s": "B"}),
                 ("dl", "2013", [("p", "WASSCE — Surulere Model College")], {"lw_cm": 3.4, "s": "B"}),
                 ("h", "Skills & Certifications"),
                 ("b", "Certified Customer Experience Professional (in view)", None),
                 ("b", "Finacle core banking, Microsoft Office, complaint management portal", None),
                 ("b", "Yoruba, English, Pidgin", None),
                 ("h", "Personal Data"),
                 ("p", "Date of Birth: 3rd May 1996 · State of Origin: Ogun · Marital Status: Single"),
                 ("h", "Referees"),
                 ("p", "Available on request.")]
        return {"font": "Calibri", "size": 10.5, "heading": "border", "hcolor": "1F3864", "top": top, "body": body,
                "meta": {"author": "Folake Adebayo", "title": "CV"}}

    return R("w019", "docx", "Nigerian bank customer service officer, Word with dates in a left table column (three roles at one bank), NYSC, POS kiosk and SIWES internship",
             "docx, dl-table/title_org, mon. / 'Date'", es, build)


# ----------------------------------------------------------------------------- w020
def w020():
    HV = "Harrow & Vane Department Store"
    es = [
        E("Sales Advisor", HV, "London", "2023-04", "present", "facing", "in_person_service",
          ["Fragrance and beauty hall: consultations, gift wrapping and loyalty sign-ups",
           "Handle returns and exchanges at the counter"]),
        E("Visual Merchandiser", HV, "London", "2021-06", "2023-03", "affecting", None,
          ["Dressed windows and mannequins before opening and reset floor layouts each season"]),
        E("Brand Ambassador (freelance)", "Spotlight Promotions", "London & South East", "2019-09", "2021-05",
          "facing", "sales_account",
          ["Product sampling and demos for drinks and beauty brands in supermarkets and at festivals"],
          etype="freelance"),
        E("Hospital Porter", "St Aldric's Hospital", "Croydon", "2017-09", "2019-08", "affecting", None,
          ["Moved linen, waste and equipment between departments", "Delivered specimens to pathology"]),
        E("Seasonal Stockroom Assistant", "Pembury Toys", "Bromley", "2016-11", "2017-01", "affecting", None, []),
        E("Warehouse Picker (agency)", "Thornton Heath Distribution", "Croydon", "2016-03", "2016-10", "affecting",
          None, ["Picked and packed online fashion orders to scanner targets"]),
    ]

    def build():
        main = [("h", "Work Experience")]
        for e in es:
            main += [("p", e.title, {"s": "B", "size": 10.5, "after": 0}),
                     ("p", f"{e.org}, {e.loc} | {dates(e, 'mm.yyyy', 'present', ' – ')}",
                      {"size": 9, "color": (0.4, 0.4, 0.4)})]
            main += bl(e, "›", indent=2)
            main.append(("sp", 6))
        right = [("h", "Profile"),
                 ("p", "Beauty and fashion sales advisor looking for a client-facing sales or customer experience "
                       "role. Strong on product knowledge and repeat customers.", {"size": 9}),
                 ("h", "Education"),
                 ("p", "UAL Level 3 Extended Diploma in Art & Design, Croydon Arts College (2016)", {"size": 9}),
                 ("h", "Skills"),
                 *[("b", s, "-", {"size": 9, "indent": 0}) for s in
                   ["Clienteling", "Visual merchandising", "Till & returns", "Instagram content", "Spanish (A2)"]],
                 ("h", "Achievements"),
                 ("p", "Counter of the Month x3 (2024)", {"size": 9})]
        return {"engine": "reportlab", "page": "a4", "font": "Helvetica", "size": 9.5, "accent": (0.55, 0.2, 0.45),
                "heading": "band", "band_fill": (0.95, 0.9, 0.94), "columns": [0.63], "column_rule": True,
                "header": {"style": "split", "name": "Imani Clarke-Boateng", "size": 21,
                           "tagline": "Sales & Client Experience",
                           "lines": ["London SE25", "07700 900 611", "imani.cb@icloud.com"]},
                "right": right, "main": main, "meta": {"title": "Imani Clarke-Boateng CV", "author": "Imani"}}

    return R("w020", "pdf", "UK beauty-hall sales advisor, reportlab two-column body (experience left, profile and skills right), mm.yyyy dates after the employer",
             "reportlab, two columns/title_org, mm.yyyy / 'present'", es, build)


# ----------------------------------------------------------------------------- w021
def w021():
    PT = "THE PORTOBELLO TOWNHOUSE HOTEL"
    es = [
        E("Customer Experiance Advisor", "LIFFEYSIDE ENERGY", "Dublin", "2022-09", "present", "facing",
          "contact_center",
          ["Inbound calls and webchat about gas and electricity bills, meter readings and moving home",
           "Set up payment plans for customers in arrears", "Calls in Polish and English"]),
        E("Housekeeping Supervisor", PT, "Dublin", "2019-03", "2022-08", "affecting", None,
          ["Checked rooms after cleaning and released them to reception",
           "Rostered 9 room attendants and ordered linen and amenities"]),
        E("Room Attendant", PT, "Dublin", "2017-05", "2019-02", "affecting", None, ["Cleaning 14-16 rooms per shift"]),
        E("Production Operative", "NAAS ROAD BAKERY", "Dublin", "2016-09", "2017-04", "none", None,
          ["Night shift on the bread line, packing and palletising"]),
        E("Shop Assistant", "SKLEP POD LIPAMI", "Kraków, Poland", "2014", "2016", "facing", "in_person_service",
          ["Serving customers at the deli and bakery counter"]),
        E("Teaching Assistant (volunteer)", "ORZEŁ POLISH SATURDAY SCHOOL", "Dublin", "2018-09", "2020-06", "facing",
          "volunteering", ["Helped the teacher with a class of 6 year olds on Saturdays, reading and crafts"],
          section="volunteer", etype="volunteer"),
    ]
    order = [0, 1, 2, 5, 3, 4]

    def build():
        out = ["MAGDALENA WIŚNIEWSKA", "Dublin 8 | 085 555 7312 | magda.wisniewska@gmail.com",
               "PPSN holder, Stamp 4 not needed (EU citizen)", "",
               "ABOUT ME",
               "I have 9 years experience in Ireland in hotels and now in a energy call centre. I am patient and "
               "organised, I speak Polish, English and some Russian. I am looking for customer service job with "
               "more day shifts.", "",
               "EXPERIENCE", ""]
        last = None
        for i in order:
            e = es[i]
            if e.org != last:
                out.append(f"{e.org} ({e.loc})")
                last = e.org
            out.append(f"    {e.title}   {dates(e, 'm.yyyy', 'present', ' - ')}")
            out += [f"      o {b}" for b in e.bullets]
            out.append("")
        out += ["EDUCATION",
                "Technikum Gastronomiczne, Kraków - catering technician (2014)",
                "QQI Level 5 Customer Service, Dublin (2022)", "",
                "LANGUAGES",
                "Polish - native, English - fluent (B2/C1), Russian - basic", "",
                "COMPUTER",
                "Outlook, Excel basic, SAP billing screens, Genesys", "",
                "REFERENCES",
                "On request"]
        return "\n".join(out)

    r = R("w021", "txt", "Polish applicant in Ireland, plain text with caps employer headings and indented roles, m.yyyy dates, a misspelt title, Saturday-school volunteering in the list",
             "txt, plain/orgfirst, m.yyyy / 'present' (CRLF)", es, build)
    r.crlf = True
    return r


# ----------------------------------------------------------------------------- w022
def w022():
    es = [
        E("Medical Receptionist", "Merri Park Medical Clinic", "Brunswick VIC", "2024-03", "present", "facing",
          "in_person_service",
          ["Front desk for a 9-GP bulk-billing clinic: bookings, arrivals, billing and Medicare claims",
           "Phone triage using clinic protocols and recalls for overdue results"]),
        E("Personal Care Worker", "Banksia Grove Aged Care", "Coburg VIC", "2020-05", "2024-02", "facing",
          "healthcare_care",
          ["Showering, dressing and meal assistance for residents in a 60-bed home",
           "Comfort care and company for residents in palliative care"]),
        E("Disability Support Worker (casual)", "Open Door Supports", "Melbourne", "2021-07", "2023-12", "facing",
          "healthcare_care",
          ["Supported NDIS participants at home and in the community: shopping, appointments, personal care"]),
        E("Laundry Assistant (casual)", "Banksia Grove Aged Care", "Coburg VIC", "2019-10", "2020-04", "affecting",
          None, ["Residents' personal laundry and linen"]),
        E("Dispensary Assistant", "Merri Creek Pharmacy", "Northcote VIC", "2018-02", "2019-09", "affecting", None,
          ["Counted and labelled medicines under pharmacist supervision",
           "Packed weekly dose administration aids for three aged-care homes and managed dispensary stock"]),
        E("Christmas Casual – Parcel Sorter", "Swiftpost Parcel Hub", "Tullamarine VIC", "2017-11", "2018-01",
          "affecting", None, []),
    ]

    def build():
        main = [("h", "Profile"),
                ("p", "Medical receptionist with a care background. Six years around patients, residents and "
                      "families; calm at a busy front desk, good on the phone, and fluent in Vietnamese. Looking "
                      "for a senior reception or practice coordinator role."),
                ("h", "Employment")]
        for e in es:
            main += [("lr", e.title, dates(e, "mon", "Current", " – "), {"ls": "B", "rs": "B",
                                                                         "rcolor": (0.1, 0.4, 0.5)}),
                     ("p", f"{e.org}, {e.loc}", {"s": "I"})]
            main += bl(e, "•", indent=4)
        main += [("h", "Education"),
                 ("p", "Certificate III in Individual Support (Ageing & Disability) — Northern Skills Institute, 2020"),
                 ("p", "Certificate III in Health Administration — online, 2023"),
                 ("p", "VCE — Coburg Senior College, 2017")]
        side = [("p", "CONTACT", {"s": "B", "color": (1, 1, 1)}),
                ("p", "Coburg VIC 3058", {"size": 8.5, "color": (1, 1, 1)}),
                ("p", "0433 555 219", {"size": 8.5, "color": (1, 1, 1)}),
                ("p", "linh.pham.vic@gmail.com", {"size": 8.5, "color": (1, 1, 1)}),
                ("sp", 10),
                ("p", "SKILLS", {"s": "B", "color": (1, 1, 1)}),
                *[("b", s, "•", {"size": 8.5, "indent": 0}) for s in
                  ["Best Practice & MedicalDirector", "Medicare / DVA billing", "Phone triage", "Manual handling",
                   "Dementia care"]],
                ("sp", 10),
                ("p", "LANGUAGES", {"s": "B", "color": (1, 1, 1)}),
                ("p", "English, Vietnamese", {"size": 8.5, "color": (1, 1, 1)}),
                ("sp", 10),
                ("p", "CHECKS", {"s": "B", "color": (1, 1, 1)}),
                ("p", "NDIS Worker Screening, Police Check 2025, First Aid & CPR 2025", {"size": 8.5,
                                                                                       "color": (1, 1, 1)}),
                ("sp", 10),
                ("p", "REFEREES", {"s": "B", "color": (1, 1, 1)}),
                ("p", "Dr Anna Petrakis (Practice Principal) and Joy Mendoza (Care Manager), details on request",
                 {"size": 8.5, "color": (1, 1, 1)})]
        return {"engine": "fpdf2", "page": "a4", "font": "DejaVu", "size": 9.5, "accent": (0.1, 0.4, 0.5),
                "heading": "rule", "margins": (40, 40, 40, 40),
                "header": {"style": "left", "name": "Linh Pham", "size": 24, "x": 187, "tagline": "Medical Receptionist",
                           "lines": []},
                "sidebar": {"side": "left", "w": 165, "fill": (0.1, 0.4, 0.5), "blocks": side, "top": 0},
                "main": main, "meta": {"title": "Linh Pham - Resume", "author": "Linh Pham"}}

    return R("w022", "pdf", "Australian medical receptionist from aged and disability care, fpdf2 with a dark full-height left sidebar (white text), overlapping casual jobs, 'Current'",
             "fpdf2, dark sidebar/title_org, mon / 'Current'", es, build)


# ----------------------------------------------------------------------------- w023
def w023():
    es = [
        E("IT Service Desk Analyst", "Nandi Hills Technologies Pvt. Ltd.", "Bengaluru", "2022-06", "present",
          "facing", "internal_support",
          ["Resolving employee tickets for Windows laptops, VPN, Outlook and MFA resets over phone, chat and walk-in",
           "Maintaining 92% first-call resolution", "Writing knowledge base articles for common issues"]),
        E("Desktop Support Engineer", "Sahyadri Infotech Services", "Bengaluru", "2020-01", "2022-05", "facing",
          "internal_support",
          ["Deployed at a client office (500 users): desk-side support, laptop imaging and asset tagging",
           "Conducted new-joiner IT orientation sessions"]),
        E("NOC Engineer (L1)", "Kaveri Netlink Pvt. Ltd.", "Mysuru", "2018-07", "2019-12", "affecting", None,
          ["Monitored customer leased lines and routers on the NMS",
           "Raised tickets with the field team for link-down alarms"]),
        E("Technical Support Associate (International Voice Process)", "Lalbagh Global Services", "Bengaluru",
          "2017-01", "2018-06", "facing", "contact_center",
          ["Inbound calls from US customers for printer setup, drivers and wireless issues"]),
        E("Data Entry Operator (Part-time)", "Vidya Xerox & Computers", "Mysuru", "2015-06", "2016-12", "none",
          None, ["Typing and formatting of project reports and forms"]),
    ]

    def build():
        top = [("p", "RESUME", {"s": "B", "align": "c", "size": 14}),
               ("p", "Name: Suresh Kumar Gowda", {"s": "B"}),
               ("p", "Mobile: +91 99000 55218 | Email: sureshgowda.it@gmail.com | Location: Bengaluru"),
               ("rule",)]
        body = [("h", "Profile Summary"),
                *[("b", s, "✓", {"sep": "  "}) for s in [
                    "8+ years of experience in IT support, service desk and voice process.",
                    "Expertise in ITIL incident and request management, Active Directory, O365 and ServiceNow.",
                    "Looking for a Service Desk Lead / Customer Support role."]],
                ("h", "Employment Details")]
        for e in es:
            body += [("p", f"Company: {e.org}, {e.loc}", {"s": "B", "after": 0}),
                     ("p", f"Designation: {e.title}", {"after": 0}),
                     ("p", f"Duration: {dates(e, 'mon-yyyy', 'Till Date', ' to ')}", {"after": 2}),
                     ("p", "Roles & Responsibilities:", {"s": "I", "after": 0})]
            body += [("b", b, "✓", {"sep": "  "}) for b in e.bullets]
        body += [("h", "Technical Skills"),
                 ("table", [["Ticketing", "ServiceNow, Freshservice"], ["OS", "Windows 10/11, macOS basics"],
                            ["Tools", "Active Directory, Intune, O365 admin centre, SCCM"]],
                  {"style": "Table Grid", "widths": [4.0, 12.0]}),
                 ("h", "Education"),
                 ("p", "B.Sc. (Computer Science) – University of Mysore, 2016 – 65%"),
                 ("h", "Certifications"),
                 ("p", "ITIL 4 Foundation (2021), Microsoft 365 Fundamentals (2023)"),
                 ("h", "Personal Details"),
                 ("p", "Father's Name: Ramesh Gowda | DOB: 04-11-1995 | Languages: Kannada, English, Hindi, Tamil"),
                 ("h", "Declaration"),
                 ("p", "I hereby declare that the above details are true to the best of my knowledge."),
                 ("p", "Place: Bengaluru                                                          (Suresh Kumar Gowda)")]
        return {"font": "Calibri", "size": 10.5, "heading": "shaded", "hfill": "BDD7EE", "top": top, "body": body,
                "meta": {"author": "Suresh", "title": "Resume"}}

    return R("w023", "docx", "Indian IT service-desk analyst, Word with labelled Company/Designation/Duration lines, check-mark bullets typed as text, 'Till Date'",
             "docx, labelled fields/org_title, mon-yyyy / 'Till Date'", es, build)


# ----------------------------------------------------------------------------- w024
def w024():
    es = [
        E("Account Executive", "Coastline Office Supply", "Burnaby, BC", "2022-10", "present", "facing",
          "sales_account",
          ["Manage 120 small and mid-size business accounts; quarterly reviews on site and by video",
           "Grew territory revenue 22% in 2025 through contract renewals and furniture projects"]),
        E("Sales Development Representative", "Fraser Ledger Inc.", "Remote", "2021-01", "2022-09", "facing",
          "sales_account",
          ["Cold-called and emailed finance managers at mid-size firms, booked 12–15 demos a month"]),
        E("Retail Sales Associate", "Kitsilano Surf & Snow", "Vancouver, BC", "2018-05", "2020-12", "facing",
          "in_person_service", ["Board and wetsuit fittings, rentals desk, repairs intake"]),
        E("Marketing Coordinator (contract)", "Ember & Oak Coffee Roasters", "Vancouver, BC", "2020-06", "2020-12",
          "facing", "digital_service",
          ["Wrote product descriptions and email newsletters and scheduled social posts",
           "Replied to customer comments and DMs on Instagram and answered web-shop order emails"]),
        E("Accounts Receivable Co-op Student", "Burrard Marine Services", "North Vancouver, BC", "2019-05", "2019-08",
          "none", None, ["Posted payments and prepared the monthly aging report"], etype="internship"),
        E("Tree Planter", "Boreal Reach Reforestation", "Northern BC", "2017-06", "2017-08", "none", None,
          ["Planted 1,800–2,500 seedlings a day on cut blocks"], dt="Summer 2017"),
    ]

    def line(e):
        return f"{e.title} | {e.org} | {e.loc} | {dates(e, 'mon', 'Present', ' – ')}"

    def build():
        out = ["AMIR HOSSEINI",
               "Vancouver, BC | 604-555-0128 | amir.hosseini.sales@gmail.com | linkedin.com/in/amirhosseini",
               "",
               "Account executive with five years in B2B and retail sales. Looking for an account management "
               "or customer success position.",
               "",
               "RELEVANT EXPERIENCE",
               "-------------------"]
        for e in es[:3]:
            out.append(line(e))
            out += [f"  - {b}" for b in e.bullets]
            out.append("")
        out += ["OTHER WORK", "----------"]
        for e in es[3:]:
            out.append(line(e))
            out += [f"  - {b}" for b in e.bullets]
            out.append("")
        out += ["EDUCATION", "---------",
                "Bachelor of Commerce, Marketing - Pacific Crest University, 2020", "",
                "SKILLS", "------",
                "Salesforce, HubSpot, Outreach, Excel, Canva; English, Farsi", "",
                "AWARDS", "------",
                "President's Club 2025 (Coastline Office Supply)"]
        return "\n".join(out)

    return R("w024", "txt", "Canadian account executive, plain text with pipe-separated title/company/place/dates lines under Relevant Experience and Other Work",
             "txt, pipe/title_org, mon / 'Present'", es, build)


# ----------------------------------------------------------------------------- w025
def w025():
    BM = "Blue Mahoe Contact Solutions"
    es = [
        E("Customer Care Team Lead", BM, "Montego Bay", "2023-04", "present", "facing", "contact_center",
          ["Lead 15 agents on a US telecom account; take escalated calls and customer callbacks",
           "Coach agents from call recordings and run daily huddles"]),
        E("Quality Assurance Analyst", BM, "Montego Bay", "2022-01", "2023-03", "affecting", None,
          ["Scored 60 recorded calls a week against the client's quality form",
           "Ran calibration sessions with team leads"]),
        E("Customer Care Agent", BM, "Montego Bay", "2020-09", "2021-12", "facing", "contact_center",
          ["Billing and technical calls for US wireless customers"]),
        E("Waitress", "Sandcastle Beach Resort", "Negril", "2018-02", "2020-03", "facing", "in_person_service",
          ["Served guests at the beach grill and the à la carte restaurant"]),
        E("Sales Clerk (part-time)", "Hibiscus Hardware", "Montego Bay", "2016-09", "2018-01", "facing",
          "in_person_service", ["Helped customers find hardware and building supplies, worked the cash register"]),
        E("Accounts Clerk (temp)", "Reading Road Haulage Ltd", "Montego Bay", "2016-01", "2016-08", "none", None,
          ["Posted invoices and prepared the weekly aged debtors list"]),
    ]

    def build():
        main = [("h", "Profile"),
                ("p", "Customer care team lead with six years in contact centres and hospitality. I lead by "
                      "example on the phones and I care about the customer and the agent. Seeking a supervisory "
                      "customer service role in BPO, banking or tourism."),
                ("h", "Work")]
        for e in es:
            d = dates(e, "mon", "Present", " to ")
            if e.org == "Sandcastle Beach Resort":
                d += " (resort closed, Covid)"
            main += [("lr", f"{e.title} — {e.org}, {e.loc}", d, {"ls": "B", "rs": "I"})]
            main += bl(e, "•", indent=6)
        main += [("h", "Education"),
                 ("p", "Associate Degree, Business Administration — Cornwall Community College, 2017"),
                 ("p", "CSEC: 7 subjects including English A and Mathematics"),
                 ("h", "Training"),
                 ("p", "Level 2 Certificate in Customer Service (2019) · Team Leader Development Programme (2023)"),
                 ("h", "References"),
                 ("p", "Mrs. Claudette Brown, Operations Manager, Blue Mahoe Contact Solutions — 876-555-0144"),
                 ("p", "Mr. Devon Grant, Restaurant Manager, Sandcastle Beach Resort — 876-555-0192")]
        return {"engine": "reportlab", "page": "letter", "font": "Helvetica", "size": 10,
                "accent": (0.05, 0.45, 0.35), "heading": "rule", "margins": (50, 40, 50, 40),
                "header": {"style": "band", "name": "Shanice A. Campbell", "size": 22, "photo": "left", "band_h": 96,
                           "lines": ["Montego Bay, St. James, Jamaica", "876-555-0107  •  shanice.campbell@gmail.com"]},
                "main": main, "meta": {"title": "Shanice Campbell Resume", "author": "Shanice Campbell"}}

    return R("w025", "pdf", "Jamaican contact-centre team lead, reportlab colour band header with photo box, 'Title — Employer, Town' with right-aligned 'to' dates, Covid closure noted after a date",
             "reportlab, band+photo/dash, mon / 'Present'", es, build)


# ----------------------------------------------------------------------------- w026
def w026():
    PG = "Puget Grind Coffee"
    es = [
        E("Barista Trainer", PG, "Seattle, WA", "2023-02", "present", "facing", "in_person_service",
          ["Train new baristas on drinks, register and customer connection standards",
           "Work the bar and register during peak; regulars know me by name"]),
        E("Barista", PG, "Seattle, WA", "2021-09", "2023-01", "facing", "in_person_service", []),
        E("Prep Cook", "Puget Grind Commissary", "Seattle, WA", "2021-03", "2021-08", "affecting", None,
          ["Baked pastries and made sandwiches for 12 cafés"]),
        E("Box Office Associate", "Elliott Bay Playhouse", "Seattle, WA", "2019-11", "2021-08", "facing",
          "in_person_service", ["Sold tickets and memberships at the window and by phone",
                                "Solved seating problems and exchanges before curtain"]),
        E("Freelance Graphic Designer", None, "Seattle, WA", "2019", "2022", "affecting", None,
          ["Designed menus, flyers and logos for local cafés and bands from written briefs"], etype="freelance"),
        E("Peer Tutor", "Evergreen Sound Community College Writing Center", "Seattle, WA", "2018-09", "2019-06",
          "facing", "education", ["One-on-one sessions helping students with essays and citations"],
          section="other"),
    ]

    STYLE = "mon 'yy"

    def build():
        header = [("p", "Noor Haddad  ·  Barista Trainer  ·  Seattle, WA", {"size": 8.5, "color": "7F7F7F",
                                                                             "align": "r"})]
        footer = [("p", "noor.haddad.sea@gmail.com  |  (206) 555-0183", {"size": 8, "align": "c", "color": "7F7F7F"})]
        top = [("p", "NOOR HADDAD", {"s": "B", "size": 22, "color": "2E5E4E"}),
               ("p", "coffee · hospitality · customer experience", {"s": "I", "color": "2E5E4E"})]
        side = [("p", "CONTACT", {"s": "B", "color": "2E5E4E"}),
                ("p", "Capitol Hill, Seattle WA", {"size": 9}), ("p", "(206) 555-0183", {"size": 9}),
                ("p", "noor.haddad.sea@gmail.com", {"size": 9}),
                ("p", "", {}),
                ("p", "SKILLS", {"s": "B", "color": "2E5E4E"}),
                *[("b", s, "▸", {"indent": 0}) for s in ["Latte art & bar flow", "Square & Tessitura POS",
                                                         "Training & onboarding", "Adobe Illustrator",
                                                         "Arabic / English"]],
                ("p", "", {}),
                ("p", "EDUCATION", {"s": "B", "color": "2E5E4E"}),
                ("p", "Evergreen Sound Community College — AA, 2019", {"size": 9}),
                ("p", "", {}),
                ("p", "CERTS", {"s": "B", "color": "2E5E4E"}),
                ("p", "WA Food Worker Card · SCA Barista Foundation", {"size": 9})]
        main = [("p", "Experienced barista trainer ready for a guest services or customer experience role. "
                      "Happiest when the line is out the door and everyone is still smiling.", {"s": "I"}),
                ("h", "Experience")]
        for e in es[:5]:
            d = dates(e, "mon 'yy", "Present", " – ")
            if e.org == "Elliott Bay Playhouse":
                d += " (furloughed while the theater was closed)"
            main += [("p", f"{e.title} at {e.org}" if e.org else e.title, {"s": "B", "after": 0}),
                     ("p", f"{d}  |  {e.loc}", {"size": 9, "color": "595959", "after": 2})]
            main += bl(e, None)
        t = es[5]
        main += [("h", "Campus Involvement"),
                 ("p", f"{t.title} at {t.org}", {"s": "B", "after": 0}),
                 ("p", f"{dates(t, STYLE, 'Present', ' – ')}  |  {t.loc}",
                  {"size": 9, "color": "595959", "after": 2}),
                 *bl(t, None)]
        return {"font": "Segoe UI", "size": 10, "heading": "border", "hcolor": "2E5E4E", "header": header,
                "footer": footer, "top": top, "sidebar": side, "sidebar_w": 5.2, "sidebar_fill": "E2EFE9",
                "body": main, "meta": {"author": "Noor Haddad", "title": "Noor Haddad Resume"}}

    return R("w026", "docx", "US barista trainer, Word two-column layout table with a shaded sidebar, page header and footer, \"Title at Employer\" with apostrophe-year dates",
             "docx, sidebar table+header/footer/title_at_org, mon 'yy / 'Present'", es, build)


# ----------------------------------------------------------------------------- w027
def w027():
    es = [
        E("Cabin Crew", "FALCON GULF AIRWAYS", "Dubai, UAE", "2021-11", "present", "facing", "in_person_service",
          ["Deliver in-flight service to up to 300 passengers on long-haul flights",
           "Handle onboard medical situations and unruly passengers according to safety procedures",
           "Premium cabin trained; Arabic and English announcements"]),
        E("Guest Relations Executive", "AL NOOR PALM RESORT", "Dubai, UAE", "2019-04", "2021-10", "facing",
          "in_person_service",
          ["Welcomed VIP and repeat guests, arranged special occasions and handled complaints in the lobby"]),
        E("Call Centre Agent (Arabic/English)", "DESERT ROSE TELECOM", "Sharjah, UAE", "2018-01", "2019-03",
          "facing", "contact_center", ["Inbound calls on mobile bills, roaming and SIM replacement"]),
        E("Race Volunteer", "CREEKSIDE HALF MARATHON", "Dubai, UAE", "2018-02", "2018-02", "facing", "volunteering",
          ["Handed out water and medals to runners and directed spectators at the finish area"],
          section="volunteer", etype="volunteer"),
        E("Reservations Back-Office Assistant", "GOLDEN DUNE TOURS", "Dubai, UAE", "2017-11", "2017-12", "affecting",
          None, ["Confirmed hotel and transfer bookings with suppliers by email and issued vouchers"]),
        E("Accounts Assistant", "RAS EL TIN SHIPPING AGENCY", "Alexandria, Egypt", "2016-05", "2017-10", "none",
          None, ["Prepared disbursement accounts for vessel calls and reconciled agency bank accounts"]),
    ]

    def build():
        main = [("h", "Profile"),
                ("p", "Cabin crew member with a background in luxury hospitality and telecom customer care. "
                      "Bilingual Arabic/English, composed in emergencies, and looking for a ground-based guest "
                      "experience role in Dubai."),
                ("h", "Career History")]
        for e in es:
            main += [("p", e.org, {"s": "B", "after": 0, "color": (0.55, 0.4, 0.1)}),
                     ("p", f"{e.title} — {e.loc}", {"s": "B", "after": 0}),
                     ("p", dates(e, "mon", "Present", " – "), {"s": "I", "size": 9, "color": (0.4, 0.4, 0.4)})]
            main += bl(e, "►", indent=6, size=9.5)
            main.append(("sp", 4))
        main += [("h", "Education"),
                 ("p", "B.Com (Accounting), Pharos-Valley University, Alexandria — 2016"),
                 ("h", "Languages"),
                 ("p", "Arabic (native) · English (fluent, IELTS 7.5) · French (basic)"),
                 ("h", "Personal"),
                 ("p", "Nationality: Egyptian · Visa: employment visa (transferable) · UAE driving licence")]
        return {"engine": "fpdf2", "page": "a4", "font": "DejaVuSerif", "size": 9.5, "accent": (0.55, 0.4, 0.1),
                "heading": "underline", "margins": (56, 48, 56, 48),
                "header": {"style": "center", "name": "Nourhan Adel Mansour", "size": 20,
                           "tagline": "Cabin Crew · Guest Relations",
                           "lines": ["Al Barsha, Dubai, UAE · +971 50 555 3821 · nourhan.mansour@outlook.com"]},
                "main": main, "meta": {"title": "CV - Nourhan Mansour", "author": "Nourhan"}}

    return R("w027", "pdf", "Egyptian cabin crew in Dubai, fpdf2 serif centred header, caps employer line, title with place, italic dates on their own line, a one-month volunteer event",
             "fpdf2, centred/org_title_dateline, mon / 'Present'", es, build)


# ----------------------------------------------------------------------------- w028
def w028():
    CC = "Clydeside Carpets"
    es = [
        E("Sales Consultant (part-time)", "Kelvin Kitchens & Bedrooms", "Glasgow", "2022", "present", "facing",
          "sales_account",
          ["I joined Kelvin in 2022 after a year out looking after my wife following her operation. I visit "
           "customers at home to measure up, design kitchens with them on the laptop and take them through "
           "quotes and finance options. I follow every job through to fitting."]),
        E("Store Manager", CC, "Paisley", "2015", "2021", "facing", "in_person_service",
          ["Ran the Paisley shop with six staff until it closed in 2021. I was on the shop floor most of the "
           "day, dealt with any customer complaints myself and kept our reviews at 4.7 stars."]),
        E("Assistant Manager", CC, "Paisley", "2011", "2014", "affecting", None,
          ["Looked after the warehouse side: stock, cut lists, the fitters' diaries and deliveries."]),
        E("Warehouse Supervisor", CC, "Paisley", "2010", "2010", "affecting", None, []),
        E("Carpet Fitter", "J. McAllister Flooring", "Glasgow", "2004", "2009", "facing", "other_facing",
          ["Fitted carpets and vinyl in people's homes all over the west of Scotland, usually with the "
           "customer there, and sorted out the odd awkward doorway with them on the spot."]),
        E("Apprentice Joiner", "Govan Joinery Ltd", "Glasgow", "2000", "2003", "none", None,
          ["Served my time on new-build housing sites (did not complete - moved into flooring)."],
          etype="internship"),
    ]

    def build():
        out = ["ALAN McGREGOR", "",
               "Paisley, Renfrewshire   |   07700 900 532   |   alanmcgregor1983@btinternet.com", "",
               "", "About me", "--------",
               "I'm 43 and I've spent most of my working life in flooring and home furnishings, the last ten "
               "years in sales and running a shop. I'm looking for a full-time sales or customer service job, "
               "ideally in home improvement.", "",
               "What I've done", "--------------"]
        for e in es:
            d = f"{e.start}-present" if e.end == "present" else (e.start if e.end == e.start else f"{e.start}-{e.end}")
            out.append(f"{e.title}, {e.org}, {e.loc} ({d})")
            out += e.bullets
            out.append("")
        out += ["Qualifications", "--------------",
                "SVQ Level 2 Retail Skills (2013)", "Standard Grades, Drumoyne High School (1999)",
                "Full clean driving licence", "",
                "Interests", "---------",
                "Hillwalking, Partick Thistle (season ticket, for my sins), and the grandkids.", "",
                "References available."]
        return "\n".join(out)

    return R("w028", "txt", "Scottish kitchen sales consultant in his forties, plain text with prose paragraphs instead of bullets, year-only dates in brackets, a one-year role and a gap told inside prose",
             "txt, prose/title_org, year / 'present'", es, build)


# ----------------------------------------------------------------------------- w029
def w029():
    BR = "Bow River Dental Centre"
    es = [
        E("Dental Receptionist", BR, "Calgary, AB", "2021-03", "present", "facing", "in_person_service",
          ["Greet patients, book hygiene and treatment appointments, confirm the next day's schedule",
           "Submit insurance claims and explain treatment estimates and payment options to patients"]),
        E("Dental Assistant", BR, "Calgary, AB", "2018-07", "2021-02", "facing", "healthcare_care",
          ["Chairside assisting for two dentists, took x-rays and gave post-op instructions to patients"]),
        E("Sterilization Assistant", "Chinook Oral Surgery", "Calgary, AB", "2017-09", "2018-06", "affecting", None,
          ["Cleaned, packaged and autoclaved surgical instruments and kept sterilization logs"]),
        E("Server (part-time)", "Foothills Family Restaurant", "Airdrie, AB", "2016-05", "2018-06", "facing",
          "in_person_service", []),
        E("Nanny (live-out)", None, "Calgary, AB", "2015-01", "2016-04", "facing", "other_facing",
          ["Cared for twin toddlers and their 5-year-old brother in the family home"]),
        E("Receiving Clerk (part-time)", "Crowfoot Fresh Market", "Calgary, AB", "2014-06", "2014-12", "affecting",
          None, ["Checked in produce and dairy deliveries against invoices at the back dock"]),
    ]

    def build():
        body = [("p", "Brittany Lavoie", {"s": "B", "size": 18}),
                ("p", "Calgary, AB  T3A  •  403-555-0146  •  brit.lavoie@shaw.ca"),
                ("p", ""),
                ("p", "OBJECTIVE", {"s": "B"}),
                ("p", "Dental receptionist (5 yrs front desk + chairside) looking for a patient coordinator or "
                      "clinic front office role."),
                ("p", ""),
                ("p", "EMPLOYMENT HISTORY", {"s": "B"})]
        for e in es:
            if e.org:
                head = f"{e.title} at {e.org}, {e.loc} - {dates(e, 'month', 'present', ' - ')}"
            else:
                head = f"{e.title}, {e.loc} - {dates(e, 'month', 'present', ' - ')}"
            body.append(("p", head, {"s": "B", "after": 2}))
            body += [("b", b, "•", {"sep": " ", "indent": 0.3}) for b in e.bullets]
            body.append(("p", ""))
        body += [("p", "EDUCATION", {"s": "B"}),
                 ("p", "Dental Assisting Certificate - Prairie Ridge Career College, 2018"),
                 ("p", "Registered Dental Assistant (CDAA) - 2018"),
                 ("p", ""),
                 ("p", "SKILLS", {"s": "B"}),
                 ("p", "Dentrix, ABELDent, CDAnet claims, scheduling, bilingual English/French"),
                 ("p", ""),
                 ("p", "REFERENCES", {"s": "B"}),
                 ("p", "Dr. Kevin Tran, " + BR + " - 403-555-0177")]
        return {"font": "Calibri", "size": 11, "heading": "bold", "body": body,
                "meta": {"author": "Brittany", "title": ""}}

    return R("w029", "docx", "Canadian dental receptionist, plain Word document without styles: bold caps headings, \"Title at Employer, Town - dates\" lines and typed bullet glyphs, a nanny job with no employer",
             "docx, plain/title_at_org, month / 'present'", es, build)


# ----------------------------------------------------------------------------- w030
def w030():
    es = [
        E("Client Advisor", "Maison Verlaine", "New York, NY", "2022-09", "present", "facing", "sales_account",
          ["Build and keep a client book of 250+; private appointments, follow-ups and event invitations",
           "$1.1M in personal sales in 2025, top 3 in the boutique"]),
        E("Sales Associate", "Greene Street Denim", "New York, NY", "2020-03", "2022-08", "facing",
          "in_person_service", ["Fit consultations, alterations intake and online order pickups"]),
        E("Holiday Stock Associate", "Greene Street Denim", "New York, NY", "2019-11", "2020-01", "affecting", None,
          ["Processed shipments and replenished the floor before opening"]),
        E("Social Media Intern", "Bowery Bloom Florist", "Remote", "2019-06", "2019-08", "facing",
          "digital_service",
          ["Answered customers' DMs and comments about orders and delivery times", "Shot and posted arrangement photos"],
          etype="internship", dt="Summer 2019"),
        E("Hostess", "Trattoria Sorella", "Brooklyn, NY", "2018-01", "2020-02", "facing", "in_person_service",
          ["Managed the waitlist and reservations on busy weekend nights"]),
        E("Research Assistant (Psychology Dept.)", "Hudson Valley College", "Poughkeepsie, NY", "2017-09",
          "2019-05", "none", None, ["Coded survey data and ran literature searches for a faculty study"],
          section="other"),
    ]

    def build():
        main = [("h", "EXPERIENCE")]
        for e in es[:5]:
            main += [("lr", e.org.upper(), dates(e, "mm/yy", "Present", " – "), {"ls": "B", "rs": "", "size": 9.5}),
                     ("p", f"{e.title}, {e.loc}", {"s": "I", "size": 9.5})]
            main += bl(e, "–", indent=0, size=9)
        main += [("h", "CAMPUS")]
        e = es[5]
        main += [("lr", e.org.upper(), dates(e, "mm/yy", "Present", " – "), {"ls": "B", "rs": "", "size": 9.5}),
                 ("p", f"{e.title}, {e.loc}", {"s": "I", "size": 9.5}), *bl(e, "–", indent=0, size=9)]
        right = [("h", "EDUCATION"),
                 ("p", "Hudson Valley College", {"s": "B", "size": 9}),
                 ("p", "BA Psychology, 2019", {"size": 9}),
                 ("h", "LANGUAGES"),
                 ("p", "English, French (fluent), Korean (conversational)", {"size": 9}),
                 ("h", "SKILLS"),
                 ("p", "Clienteling apps, Shopify POS, Instagram & TikTok, OpenTable", {"size": 9}),
                 ("h", "INTERESTS"),
                 ("p", "Vintage textiles, pottery, running the Brooklyn half", {"size": 9})]
        return {"engine": "reportlab", "page": "letter", "font": "Times", "size": 9.5, "accent": (0, 0, 0),
                "heading": "spaced", "columns": [0.7], "margins": (48, 44, 48, 44),
                "header": {"style": "center", "name": "JULIETTE PARK", "size": 24, "rule": True,
                           "lines": ["New York, NY  ·  (917) 555-0135  ·  juliette.park@gmail.com"]},
                "main": main, "right": right, "meta": {"title": "Juliette Park", "author": "Juliette Park"}}

    # organisation printed in capitals in this résumé
    for e in es:
        e.org = e.org.upper()
    return R("w030", "pdf", "US luxury client advisor, reportlab Times two-column body, employer in capitals with mm/yy dates right and italic title below, a summer internship",
             "reportlab, two columns/org_title, mm/yy / 'Present'", es, build)


ALL = [w016, w017, w018, w019, w020, w021, w022, w023, w024, w025, w026, w027, w028, w029, w030]
