"""Résumés w001–w015: one R per applicant (entries + build function)."""
from lib import E, R, dates

NAVY = (0.12, 0.23, 0.40)


def bl(e, glyph="•", **o):
    return [("b", x, glyph, o) for x in e.bullets]


# ----------------------------------------------------------------------------- w001
def w001():
    es = [
        E("Bilingual Customer Care Representative", "Alamo Crest Insurance", "San Antonio, TX", "2023-02", "present",
          "facing", "contact_center",
          ["Answer 60–80 inbound calls a day from policyholders in English and Spanish",
           "Explain coverage, take first notice of loss on auto claims and set up payment plans",
           "Top 10% CSAT on my team for 2025"]),
        E("Shift Lead", "Taquería Los Girasoles", "San Antonio, TX", "2020-06", "2023-01", "facing", "in_person_service",
          ["Ran the front counter and drive-thru on evening shifts with a crew of 4–6",
           "Handled guest complaints and refunds, counted down drawers at close"]),
        E("Cashier (part-time)", "Pinecrest Pharmacy", "Leon Valley, TX", "2019-08", "2020-09", "facing",
          "in_person_service",
          ["Rang up front-store sales and prescription pickups, checked ID for age-restricted items",
           "Kept the photo counter and seasonal aisle stocked"]),
        E("Inventory Auditor (part-time)", "Precision Count Services", "San Antonio, TX", "2019-01", "2019-07",
          "affecting", None,
          ["Counted stock overnight in client grocery stores and pharmacies with handheld scanners"]),
        E("Nursery Volunteer", "Roca Viva Church", "San Antonio, TX", "2018-09", "2022-05", "facing", "volunteering",
          ["Cared for infants and toddlers during Sunday services and signed children in and out with their parents"],
          section="volunteer", etype="volunteer"),
        E("Order Picker (seasonal)", "Rivertown Fulfillment Center", "Schertz, TX", "2018-10", "2018-12",
          "affecting", None, ["Picked and scanned online orders with an RF gun; 120% of rate in peak week"]),
    ]

    def build():
        main = [("h", "Summary"),
                ("p", "Bilingual (English/Spanish) customer care rep with 3+ years on the phones in insurance and "
                      "6 years in restaurants and retail before that. Calm with upset callers, quick on systems, "
                      "looking for a customer service or member services role with a day schedule.", {"after": 2}),
                ("h", "Where I've worked")]
        for e in es:
            main += [("lr", e.title, dates(e, "mon"), {"ls": "B"}),
                     ("p", f"{e.org} — {e.loc}", {"s": "I", "color": (0.3, 0.3, 0.3)})]
            main += bl(e, "•")
        side = [("p", "CONTACT", {"s": "B", "color": NAVY}),
                ("p", "San Antonio, TX 78250", {"size": 8.5}),
                ("p", "(210) 555-0148", {"size": 8.5}),
                ("p", "danica.ferreira@gmail.com", {"size": 8.5}),
                ("sp", 10),
                ("p", "SKILLS", {"s": "B", "color": NAVY}),
                *[("b", s, "·", {"size": 8.5, "indent": 0}) for s in
                  ["Inbound calls & claims intake", "De-escalation", "Payment plans", "Guidewire (policy system)",
                   "Cash handling", "Typing 48 wpm"]],
                ("sp", 10),
                ("p", "LANGUAGES", {"s": "B", "color": NAVY}),
                ("p", "English (native)", {"size": 8.5}), ("p", "Spanish (native)", {"size": 8.5}),
                ("sp", 10),
                ("p", "EDUCATION", {"s": "B", "color": NAVY}),
                ("p", "Palo Blanco Community College", {"size": 8.5, "s": "B"}),
                ("p", "Business Administration coursework, 2017–2018", {"size": 8.5}),
                ("p", "Harlandale Ridge High School, 2017", {"size": 8.5}),
                ("sp", 10),
                ("p", "LICENSES", {"s": "B", "color": NAVY}),
                ("p", "Texas Property & Casualty (customer rep) license, 2023", {"size": 8.5})]
        return {"engine": "reportlab", "page": "letter", "font": "Helvetica", "size": 9.5, "accent": NAVY,
                "heading": "rule",
                "header": {"style": "left", "name": "Danica Ferreira", "photo": "left", "size": 22,
                           "tagline": "Bilingual Customer Service", "lines": []},
                "sidebar": {"side": "left", "w": 175, "fill": (0.91, 0.93, 0.96), "blocks": side},
                "main": main, "meta": {"title": "Danica Ferreira Resume", "author": "Danica Ferreira"}}

    return R("w001", "pdf", "US bilingual insurance call-centre rep, shaded left sidebar under a header with a photo box, volunteering mixed into the job list",
             "reportlab, sidebar+photo/title_org, mon / 'Present'", es, build)


# ----------------------------------------------------------------------------- w002
def w002():
    es = [
        E("Patient Services Receptionist", "Irwell Valley Medical Practice", "Salford", "2022-04", "present", "facing",
          "in_person_service",
          ["First point of contact for patients at the front desk and on the phones (approx. 120 calls a day)",
           "Book, amend and cancel appointments on EMIS; pass on-the-day requests to the duty doctor using practice protocols",
           "Register new patients and process repeat prescription requests"]),
        E("Care Assistant", "Meadowbank Care Home", "Eccles", "2019-11", "2022-03", "facing", "healthcare_care",
          ["Personal care, mealtimes and activities for 14 residents living with dementia",
           "Updated care notes and spoke with families at visiting time"]),
        E("Laundry Assistant", "Meadowbank Care Home", "Eccles", "2019-06", "2019-10", "affecting", None,
          ["Washed, ironed and labelled residents' clothing and bedding"]),
        E("Customer Assistant", "Halliwell's Supermarkets", "Salford", "2017-06", "2019-05", "facing",
          "in_person_service",
          ["Tills, customer service desk and the online order collection point"]),
        E("Data Entry Clerk (temp)", "Arden Logistics Ltd", "Trafford Park", "2017-01", "2017-05", "none", None,
          ["Keyed delivery notes and proof-of-delivery scans into the warehouse system"]),
    ]

    def build():
        top = [("table", [[
            [("p", "CHIDINMA OKAFOR", {"s": "B", "size": 20}),
             ("p", "Salford, Greater Manchester  |  07700 900 418  |  chidinma.okafor@outlook.com", {"size": 9}),
             ("p", "Full UK driving licence  |  Enhanced DBS (update service)", {"size": 9})],
            [("p", "Photo", {"align": "c", "color": "999999"})]]],
            {"widths": [13.0, 3.0], "borders": False})]
        body = [("h", "Personal Profile"),
                ("p", "Friendly, organised receptionist with a background in care. I like being the calm voice on "
                      "the phone when the surgery is busy and I am now looking for a patient services or "
                      "healthcare reception role closer to home."),
                ("h", "Employment Record")]
        for e in es:
            body.append(("dl", dates(e, "mm/yyyy", "Present", " - "),
                         [("p", e.title, {"s": "B", "after": 0}),
                          ("p", f"{e.org}, {e.loc}", {"s": "I", "after": 2}),
                          *bl(e, None)], {"lw_cm": 3.6}))
        body += [("h", "Education & Training"),
                 ("p", "Irwell City College — Level 3 Diploma in Health and Social Care (2019)"),
                 ("p", "Care Certificate (2019); Safeguarding Adults Level 2; Information Governance"),
                 ("h", "Skills"),
                 ("p", "EMIS Web · Docman · Microsoft Office · telephone triage protocols · chaperone trained"),
                 ("h", "References"),
                 ("p", "Available on request.")]
        return {"font": "Calibri", "size": 10.5, "heading": "border", "hcolor": "1F4E79", "top": top,
                "body": body, "meta": {"author": "Chidinma Okafor", "title": "CV"}}

    return R("w002", "docx", "UK surgery receptionist from care work, Word with a name table and photo cell, dates in a left table column",
             "docx, table-dl+photo/title_org, mm/yyyy / 'Present'", es, build)


# ----------------------------------------------------------------------------- w003
def w003():
    ORG = "ALDERGATE GLOBAL SOLUTIONS INC."
    es = [
        E("Technical Support Representative (Tier 2)", ORG, "Cebu IT Park, Cebu City", "2023-05", "present", "facing",
          "contact_center",
          ["Handle escalated internet and TV connectivity calls for a US cable provider account",
           "Remote-reset modems, book technician visits and document cases in the CRM",
           "AHT 9:40 vs 11:00 target, FCR 78%"]),
        E("Technical Support Representative (Tier 1)", ORG, "Cebu IT Park, Cebu City", "2021-09", "2023-04", "facing",
          "contact_center",
          ["Inbound calls on billing and basic troubleshooting", "Promoted to Tier 2 in May 2023"]),
        E("Chat Support Associate", "Kalinaw Outsourcing Corp.", "Mandaue City", "2020-02", "2021-08", "facing",
          "digital_service",
          ["Handled 3 to 4 concurrent chats for an online travel booking account",
           "Processed refunds and rebookings, answered customers by email when chat was closed"]),
        E("Content Moderator", "Bluereef Digital Services", "Cebu City", "2018-06", "2020-01", "affecting", None,
          ["Reviewed flagged posts and images against the client platform's community guidelines",
           "Escalated threats and self-harm content to the client's trust and safety team"]),
        E("Encoder", "Lapu-Lapu Cargo Services", "Lapu-Lapu City", "2017-10", "2018-05", "none", None,
          ["Encoded airway bills and manifests", "Filed shipping documents"]),
        E("Saleslady (contractual)", "Mabolo Department Store", "Cebu City", "2017-04", "2017-08", "facing",
          "in_person_service",
          ["Assisted shoppers in the ladies' shoes section and handled fitting requests"]),
    ]

    def build():
        out = ["MARIA LOURDES D. VILLANUEVA",
               "Blk 4 Lot 12 Sitio Malinawon, Brgy. Tisa, Cebu City 6000",
               "Mobile: 0917 555 2368   Email: mlvillanueva.work@gmail.com",
               "",
               "OBJECTIVE",
               "To be part of a company where I can use my 6 years of BPO experience in technical and chat support.",
               "",
               "JOBS",
               ""]
        out += [f"{ORG} - {es[0].loc}", ""]
        for e in es[:2]:
            out.append(f"  {e.title}")
            out.append(f"  {dates(e, 'yyyy-mm', 'present', ' to ')}")
            out += [f"   * {b}" for b in e.bullets]
            out.append("")
        for e in es[2:]:
            out.append(e.title)
            out.append(f"{e.org} - {e.loc}")
            out.append(dates(e, "yyyy-mm", "present", " to "))
            out += [f" * {b}" for b in e.bullets]
            out.append("")
        out += ["EDUCATION",
                "Bachelor of Science in Tourism Management (undergraduate, 3rd year)",
                "Southern Visayas Polytechnic College, 2014 - 2017",
                "",
                "SKILLS",
                " * Voice and non-voice (chat/email) support",
                " * Basic networking troubleshooting, modem/router setup",
                " * Typing speed 55 wpm",
                " * Zendesk, Salesforce Service Cloud, Google Workspace",
                "",
                "TRAININGS / SEMINARS",
                " * Customer Service Excellence Workshop - 2022",
                " * Data Privacy Act Awareness Seminar - 2021",
                "",
                "CHARACTER REFERENCES",
                "Ms. Rowena T. Abellana - Team Manager, Aldergate Global Solutions - 0918 555 7720",
                "Mr. Jericho P. Dalisay - Operations Supervisor, Kalinaw Outsourcing - 0922 555 1093",
                "",
                "I hereby certify that the above information is true and correct.",
                "",
                "MARIA LOURDES D. VILLANUEVA"]
        return "\n".join(out)

    return R("w003", "txt", "Philippine BPO tech-support agent pasted as plain text, caps employer with two promoted roles beneath, ISO dates",
             "txt, plain/orgfirst+title_org, yyyy-mm / 'present'", es, build)


# ----------------------------------------------------------------------------- w004
def w004():
    HV = "HARBOURVIEW SUITES HOTEL"
    es = [
        E("Front Office Manager", HV, "Halifax, NS", "2020-10", "present", "facing", "in_person_service",
          ["Lead a team of 11 guest service agents and night auditors in a 140-room hotel",
           "Personally handle escalated guest complaints, VIP arrivals and group check-ins",
           "Cut the average check-in wait from 9 to 4 minutes by redesigning arrival-hour staffing",
           "Own the front office budget, scheduling and the guest review response programme"]),
        E("Front Desk Supervisor", HV, "Halifax, NS", "2018-03", "2020-03", "facing", "in_person_service",
          ["Supervised the desk on evening shifts: check-ins, walk-ins, room moves and late-night noise complaints",
           "Trained new agents on Opera PMS and upselling room upgrades"]),
        E("Revenue Assistant (contract)", "ATLANTIC STAY HOSPITALITY GROUP", "Remote", "2020-05", "2020-09",
          "affecting", None,
          ["Loaded rates and restrictions for four properties and built pick-up reports for the reopening",
           "Audited online travel agency listings for wrong photos, room descriptions and policies"]),
        E("Guest Service Agent", "THE MARITIME INN", "Dartmouth, NS", "2015-06", "2018-02", "facing",
          "in_person_service",
          ["Checked guests in and out, took reservations by phone and recommended local restaurants and tours",
           "Balanced the cash float and posted charges at the end of each shift"]),
        E("Night Auditor", "THE MARITIME INN", "Dartmouth, NS", "2014-06", "2015-05", "affecting", None,
          ["Ran the night audit, balanced folios and prepared the morning occupancy and revenue reports"]),
        E("Banquet Setup Attendant (casual)", "BEDFORD BASIN CONFERENCE CENTRE", "Bedford, NS", "2014-09", "2016-12",
          "affecting", None,
          ["Set and cleared ballroom layouts, staging and AV carts for conferences and weddings"]),
        E("Volunteer Front-of-House Usher", "SPINDRIFT COMMUNITY THEATRE", "Halifax, NS", "2016", "2019", "facing",
          "volunteering", ["Scanned tickets, showed patrons to their seats and helped with accessible seating"],
          section="volunteer", etype="volunteer"),
    ]

    def entry(e, note=None):
        bl_ = [("p", e.org, {"s": "B", "after": 0}),
               ("lr", e.title, f"{e.loc}  |  {dates(e, 'month')}", {"ls": "I", "rs": "", "before": 0})]
        if note:
            bl_.append(("p", note, {"s": "I", "size": 8.5, "color": (0.35, 0.35, 0.35)}))
        return bl_ + bl(e, "•", indent=8) + [("sp", 4)]

    def build():
        main = [("h", "Profile"),
                ("p", "Front office manager with twelve years in Atlantic Canada hotels, from night audit to running "
                      "the desk of a 140-room property. Known for calm escalation handling, strong review scores "
                      "and training new agents. Seeking a guest services or customer experience leadership role "
                      "in hospitality, travel or healthcare."),
                ("h", "Core Strengths"),
                ("p", "Guest recovery and complaint resolution  •  Team scheduling and coaching  •  Opera PMS and "
                      "channel manager  •  Group and VIP arrivals  •  Review response  •  Cash and credit control"),
                ("h", "Professional Background")]
        main += entry(es[0])
        main += entry(es[1], "April – September 2020: temporarily laid off while the hotel was closed; "
                             "took the contract below.")
        main += entry(es[2])
        main += entry(es[3]) + entry(es[4]) + entry(es[5])
        main += [("h", "Community"), *entry(es[6]),
                 ("h", "Education"),
                 ("p", "Diploma, Tourism and Hospitality Management — Nova Coast Community College, Halifax (2014)"),
                 ("p", "Certificate in Hotel Revenue Management (online, 2021)"),
                 ("h", "Certifications"),
                 ("p", "Responsible Beverage Service  •  Standard First Aid & CPR-C (2025)  •  WHMIS"),
                 ("h", "References"),
                 ("p", "Provided upon request.")]
        return {"engine": "fpdf2", "page": "letter", "font": "DejaVuSerif", "size": 10, "lead": 1.38,
                "accent": (0.1, 0.3, 0.35), "heading": "spaced", "margins": (60, 50, 60, 52),
                "header": {"style": "center", "name": "Graham MacIsaac", "size": 21,
                           "lines": ["Halifax, Nova Scotia  ·  902-555-0193  ·  graham.macisaac@eastlink.ca",
                                     "linkedin.com/in/grahammacisaac"]},
                "footer": "Graham MacIsaac  —  Page {p} of {n}", "running": "Graham MacIsaac — Résumé",
                "main": main, "meta": {"title": "Resume - Graham MacIsaac", "author": "Graham MacIsaac"}}

    return R("w004", "pdf", "Canadian front office manager, 2-page fpdf2 serif résumé with page footer, caps employer line then title with place and dates, lay-off gap explained inline",
             "fpdf2, centred 2pp/org_title, month / 'Present'", es, build)


# ----------------------------------------------------------------------------- w005
def w005():
    es = [
        E("Sales Consultant", "Tidewave Mobile", "Chermside QLD", "2023-03", "present", "facing", "sales_account",
          ["Sell phone plans, handsets and home internet to walk-in customers against weekly targets",
           "Set up new phones and transfer data for customers before they leave the store",
           "Top seller in store for 4 months in 2025"]),
        E("Checkout Operator", "Brindle's Fresh Market", "Aspley QLD", "2020-11", "2023-02", "facing",
          "in_person_service",
          ["Served customers on registers and self serve, did refunds with a supervisor",
           "Recieved deliveries on Sunday mornings when we were short staffed"]),
        E("Kitchen Hand (casual)", "Little Wren Cafe", "Kedron QLD", "2021-06", "2022-12", "affecting", None,
          ["Dishes, prep and cleaning down the kitchen on weekend shifts"]),
        E("Learn-to-Swim Instructor", "Aquaflow Swim School", "Stafford QLD", "2019-10", "2020-12", "facing",
          "education", ["Taught group lessons to kids aged 3–8 and gave parents progress updates poolside"]),
        E("Trolley Collector", "Westridge Shopping Centre", "Brisbane QLD", "2019-03", "2019-09", "affecting", None, []),
        E("Farmhand (school holidays)", "Mary Valley Macadamias", "Gympie QLD", "2018-12", "2019-01", "none", None,
          ["Harvesting and sorting nuts, general farm work"]),
    ]

    def build():
        body = [("p", "Jayden Tran", {"style": "Title"}),
                ("p", "Aspley, Brisbane QLD 4034  •  0412 555 087  •  jayden.tran04@gmail.com", {"size": 10}),
                ("h", "About me"),
                ("p", "I'm 23 and I've worked with customers since I was 16. I'm good with tech, I like a busy shop "
                      "and I want to move into a customer service role with a telco or bank where I can keep "
                      "learning. Available 7 days, have my own car."),
                ("h", "Work")]
        for e in es:
            body.append(("p", f"{dates(e, 'mon', 'now')}\t{e.title}", {"s": "B", "after": 0}))
            body.append(("p", f"{e.org}, {e.loc}", {"s": "I", "after": 2 if e.bullets else 6}))
            body += bl(e, None)
        body += [("h", "Education"),
                 ("p", "Certificate III in Business — TAFE Queensland (online), 2022"),
                 ("p", "Aspley Heights State High School — QCE, 2020"),
                 ("h", "Tickets / Licences"),
                 ("p", "Open driver's licence, RSA, First Aid (HLTAID011), Working with Children (Blue Card)"),
                 ("h", "Referees"),
                 ("p", "Happy to provide when asked")]
        return {"font": "Calibri", "size": 11, "heading": "style", "hstyle": "Heading 1", "body": body,
                "meta": {"author": "Jayden", "title": "Resume"}}

    return R("w005", "docx", "Australian young retail and phone-shop worker, Word heading styles and list bullets, dates first then tab then title",
             "docx, styles/dates_title_org, mon / 'now'", es, build)


# ----------------------------------------------------------------------------- w006
def w006():
    es = [
        E("Medical Secretary / Receptionist", "Corrib Family Practice", "Galway", "2021-07", "present", "facing",
          "in_person_service",
          ["Meet and check in patients and manage the GP and nurse appointment book",
           "Type referral letters from dictation and process lab results for the doctors",
           "Handle payments, medical card queries and repeat prescription requests"]),
        E("Ward Clerk", "Claddagh Bay Hospital", "Galway", "2019-09", "2021-06", "facing", "in_person_service",
          ["Greeted patients and visitors at the ward desk and answered the ward phone",
           "Prepared admission charts and kept the bed board up to date"]),
        E("Healthcare Assistant (student placement)", "Claddagh Bay Hospital", "Galway", "2019-01", "2019-04",
          "facing", "healthcare_care",
          ["Assisted nurses with washing, feeding and mobilising older patients on a medical ward"],
          etype="internship"),
        E("Night Shelf Stacker (part-time)", "Corrib Quay Foods", "Galway", "2016-06", "2018-12", "affecting", None,
          ["Filled shelves and rotated chilled stock after the store closed, three nights a week while in college"]),
        E("Filing Clerk", "Lyons & Breen Solicitors", "Galway", "2018-06", "2018-08", "none", None,
          ["Archived closed files and scanned deeds for the conveyancing department"], dt="Summer 2018"),
    ]

    def build():
        main = [("h", "Profile"),
                ("p", "Medical secretary and receptionist with five years in general practice and hospital settings. "
                      "Fast, accurate typist (70 wpm), comfortable with practice software and very used to busy "
                      "waiting rooms. Looking for a patient-facing administrative post in Galway city."),
                ("h", "Employment History")]
        for e in es:
            main.append(("dl", dates(e, "mm/yyyy", "Present", " – "),
                         [("p", e.title, {"s": "B"}),
                          ("p", f"{e.org}, {e.loc}", {"s": "I"}),
                          *bl(e, "–", indent=2)], {"lw": 92}))
        main += [("h", "Education"),
                 ("dl", "2018 – 2019", [("p", "QQI Level 5 Healthcare Support", {"s": "B"}),
                                        ("p", "Galway Bay College of Further Education", {"s": "I"})], {"lw": 92}),
                 ("dl", "2015 – 2018", [("p", "BA Arts (English & Geography), incomplete", {"s": "B"}),
                                        ("p", "NUI Galway", {"s": "I"})], {"lw": 92}),
                 ("h", "Skills"),
                 ("p", "Socrates and HealthOne practice software · medical terminology · audio typing · Microsoft "
                       "Office · Irish (conversational)"),
                 ("h", "Interests"),
                 ("p", "Sea swimming all year round, sean-nós dancing, and a book club that has outlasted three "
                       "venues.")]
        return {"engine": "reportlab", "page": "a4", "font": "Times", "size": 10.5, "accent": (0.2, 0.2, 0.2),
                "heading": "underline", "dl_w": 92,
                "header": {"style": "split", "name": "Aoife Ní Bhriain", "size": 20, "color": (0, 0, 0),
                           "tagline": "Medical Secretary",
                           "lines": ["14 Bóthar na Trá, Salthill, Galway", "087 555 3412",
                                     "aoife.nibhriain@eircom.net"]},
                "main": main, "meta": {"title": "CV Aoife Ni Bhriain", "author": "Aoife"}}

    return R("w006", "pdf", "Irish medical secretary, reportlab Times with a split header and dates in a left column, a single summer coded to months",
             "reportlab, split/dl, mm/yyyy / 'Present'", es, build)


# ----------------------------------------------------------------------------- w007
def w007():
    es = [
        E("Customer Support Executive – Voice", "Saptagiri Teleservices Pvt. Ltd.", "Pune", "2022-08", "present",
          "facing", "contact_center",
          ["Handling inbound calls for a DTH client – recharges, package changes and signal complaints",
           "Maintaining AHT below 360 sec and quality score above 90%",
           "Mentoring 3 new joiners on the floor"]),
        E("Tele-caller (Collections)", "Vishwas Finserv Pvt. Ltd.", "Pune", "2021-01", "2022-07", "facing",
          "contact_center",
          ["Called customers with overdue two-wheeler loan EMIs and fixed payment dates",
           "Updated call dispositions in the dialer"]),
        E("Field Sales Executive", "Kiran Water Purifiers", "Nashik", "2019-06", "2020-12", "facing", "sales_account",
          ["Gave home demos of RO purifiers and closed 15–20 sales per month",
           "Collected payments and booked installations"]),
        E("Data Entry Operator", "Shree Ganesh Computers", "Nashik", "2018-07", "2019-05", "none", None,
          ["Typed scanned land-record documents into Excel for a government digitisation project"]),
        E("Summer Intern (Marketing)", "Deccan Agro Foods Ltd.", "Nashik", "2018-05", "2018-06", "affecting", None,
          ["Prepared competitor price sheets from distributor reports and drafted social media posts"],
          etype="internship"),
    ]

    def build():
        out = ["# RESUME", "", "**Rohit Sanjay Kulkarni**  ",
               "Flat 7, Shivneri Apartments, Hadapsar, Pune – 411028  ",
               "Mob: +91 98220 55417 | Email: rohitkulkarni.pune@gmail.com", "",
               "## Career Objective", "",
               "Seeking a challenging position in customer service (voice/non-voice) where I can utilise my 5+ years "
               "of experience in inbound calling, collections and field sales for the growth of the organisation.",
               "", "## Professional Experience", ""]
        for i, e in enumerate(es, 1):
            d = dates(e, "mon'yy", "Present", " - ")
            out.append(f"**{i}. {e.title}** | {e.org}, {e.loc} | {d}")
            out.append("")
            out += [f"- {b}" for b in e.bullets]
            out.append("")
        out += ["## Educational Qualification", "",
                "| Qualification | Board / University | Year | % |",
                "|---|---|---|---|",
                "| B.Com | Savitribai Phule Pune University | 2019 | 61.40 |",
                "| HSC | Maharashtra State Board | 2016 | 68.15 |",
                "| SSC | Maharashtra State Board | 2014 | 74.20 |", "",
                "## Key Skills", "",
                "- Inbound / outbound calling, collections, objection handling",
                "- MS Excel (VLOOKUP, pivot), typing 35 wpm",
                "- Languages: English, Hindi, Marathi", "",
                "## Personal Details", "",
                "- Date of Birth: 12/03/1998",
                "- Marital Status: Single",
                "- Notice period: 30 days", "",
                "## Declaration", "",
                "I hereby declare that the information furnished above is true to the best of my knowledge.", "",
                "Place: Pune  ", "(Rohit S. Kulkarni)"]
        return "\n".join(out)

    return R("w007", "md", "Indian voice-process executive in Markdown, numbered bold title with employer and apostrophe-year dates on one pipe line",
             "md, bold-pipe/title_org, mon'yy / 'Present'", es, build)


# ----------------------------------------------------------------------------- w008
def w008():
    es = [
        E("Call Centre Agent – Inbound", "Umoya Financial Services", "Johannesburg", "2022-03", "present", "facing",
          "contact_center",
          ["Answer client calls about funeral and life policies", "Log claims and update beneficiary details",
           "Retention saves on cancellation calls"]),
        E("Teller", "Ithemba Savings Bank", "Soweto", "2019-02", "2022-02", "facing", "in_person_service",
          ["Cash deposits and withdrawals, balancing of till", "Opening of savings accounts for walk-in clients"]),
        E("Merchandiser (weekends)", "SparkRoute Promotions", "Johannesburg", "2018-01", "2019-01", "affecting", None,
          ["Packed shelves and built displays for a juice brand in supermarkets", "Checked stock levels and expiry dates"]),
        E("Administration Learner", "Mzansi Freight Forwarders", "Germiston", "2017-03", "2017-12", "none", None,
          ["Filing and scanning of shipping documents", "Capturing of invoices"], etype="internship"),
        E("General Worker (contract)", "Golden Reef Foods", "Germiston", "2016-04", "2016-12", "none", None,
          ["Packing line at a snack factory"]),
        E("Soup Kitchen Volunteer", "Hope Street Mission", "Hillbrow", "2016", "2018", "facing", "volunteering",
          ["Served meals to homeless people on Saturdays"], section="volunteer", etype="volunteer"),
    ]

    def build():
        out = ["CURRICULUM VITAE", "", "LERATO PRECIOUS MOKOENA", "",
               "PERSONAL DETAILS",
               "Surname:\t\tMokoena", "First names:\t\tLerato Precious", "ID number:\t\t970514 0XXX 08X",
               "Nationality:\t\tSouth African", "Home language:\t\tSesotho", "Other languages:\tEnglish, isiZulu",
               "Driver's licence:\tCode 08", "Criminal record:\tNone", "Health:\t\t\tExcellent",
               "Contact:\t\t072 555 8841 / lerato.mokoena97@gmail.com",
               "Address:\t\t2214 Mofolo North, Soweto, 1801", "",
               "EDUCATIONAL BACKGROUND",
               "2015\tMatric (NSC) - Mofolo Comprehensive High School",
               "2018\tNQF 4 Contact Centre Operations - Rand Skills Academy",
               "2020\tFAIS Regulatory Examination (RE5) - passed", "",
               "CAREER HISTORY", "",
               "Period\t\t\tPosition\t\t\tCompany"]
        for e in es:
            out.append(f"{dates(e, 'yyyy/mm', 'present', ' - ')}\t{e.title}\t{e.org}, {e.loc}")
        out += ["", "DUTIES", ""]
        for e in es:
            out.append(f"{e.title} ({e.org})")
            out += [f"- {b}" for b in e.bullets]
            out.append("")
        out += ["REASON FOR LEAVING PREVIOUS POSITIONS",
                "Ithemba Savings Bank: branch closed. SparkRoute: contract ended.", "",
                "REFERENCES",
                "Mr T. Dlamini\tTeam Leader, Umoya Financial Services\t011 555 3020",
                "Ms N. Khumalo\tBranch Manager, Ithemba Savings Bank\t011 555 9174"]
        return "\n".join(out)

    return R("w008", "txt", "South African call-centre CV as plain text, tab-separated period/position/company table with duties listed separately, personal details block",
             "txt, tabs/dates_title_org, yyyy/mm / 'present'", es, build)


# ----------------------------------------------------------------------------- w009
def w009():
    es = [
        E("Inside Sales Representative", "Saguaro Solar Co.", "Tempe, AZ", "2023-09", "present", "facing",
          "sales_account",
          ["Call back inbound web leads within 5 minutes and book in-home solar consultations",
           "Qualify homeowners on roof, shade and utility usage; 38% lead-to-appointment rate",
           "Keep every touch logged in the CRM and hand off warm notes to field consultants"]),
        E("Key Holder", "Canyon Trail Outfitters", "Scottsdale, AZ", "2021-03", "2023-08", "facing",
          "in_person_service",
          ["Opened and closed the store, ran registers and fitted hiking boots",
           "Sold the most store credit cards in the district, Q3 2022"]),
        E("Server", "Copper Kettle Grill", "Mesa, AZ", "2018-05", "2021-02", "facing", "in_person_service",
          ["Five-table section on a 180-cover patio; suggested pairings and specials"]),
        E("Dishwasher", "Copper Kettle Grill", "Mesa, AZ", "2017-06", "2018-04", "affecting", None, []),
        E("Warehouse Associate (seasonal)", "Sonoran Parcel Hub", "Phoenix, AZ", "2016-11", "2017-01", "affecting",
          None, ["Loaded outbound trailers and scanned holiday parcels"]),
        E("Youth Soccer Referee (part-time)", "East Valley Youth Soccer League", "Gilbert, AZ", "2016", "2019",
          "facing", "other_facing", ["Refereed U8–U14 games on weekends and explained calls to coaches and parents"]),
    ]

    def build():
        main = [("h", "Profile"),
                ("p", "Sales rep who got his start waiting tables. I like the phone, I follow up, and I don't mind "
                      "hearing no. Looking for an inside sales or customer success role with a team that "
                      "coaches.", {"after": 2}),
                ("h", "Experience")]
        for e in es:
            main.append(("p", f"{e.title} | {e.org} | {e.loc}", {"s": "B", "after": 0}))
            main.append(("p", dates(e, "month"), {"s": "I", "color": (0.35, 0.35, 0.35), "size": 9}))
            main += bl(e, "▪", indent=4)
            main.append(("sp", 4))
        main += [("h", "Education"),
                 ("p", "Sun Mesa High School, Mesa, AZ — Diploma, 2017"),
                 ("p", "Online community college courses: Intro to Marketing (2022), Business Communication (2023)"),
                 ("h", "Tools"),
                 ("p", "HubSpot CRM, Aircall, Google Sheets, Square POS, Toast POS"),
                 ("h", "Awards"),
                 ("p", "Rookie of the Quarter, Saguaro Solar Co., Q1 2024")]
        return {"engine": "fpdf2", "page": "letter", "font": "DejaVu", "size": 9.5, "accent": (0.75, 0.35, 0.1),
                "heading": "band", "band_fill": (0.98, 0.9, 0.82), "margins": (50, 40, 50, 40),
                "header": {"style": "band", "name": "Marcus Delgado-Reyes", "photo": "right", "size": 20,
                           "band_h": 92,
                           "lines": ["Mesa, AZ 85201  |  (480) 555-0172", "marcus.delgadoreyes@yahoo.com"]},
                "main": main, "meta": {"title": "Marcus Delgado-Reyes", "author": "Marcus"}}

    return R("w009", "pdf", "US inside-sales rep from restaurants, fpdf2 coloured header band with a photo box, pipe title/company/place line and full-month dates",
             "fpdf2, band+photo/pipe, month / 'Present'", es, build)


# ----------------------------------------------------------------------------- w010
def w010():
    es = [
        E("Guest Relations Officer", "Savanna Crest Hotel", "Nairobi", "2022-01", "present", "facing",
          "in_person_service",
          ["Welcoming guests at the lobby and escorting VIPs to their rooms",
           "Handling guest complaints and following up with the departments concerned",
           "Collecting guest feedback and preparing the weekly guest comments report"]),
        E("Food & Beverage Attendant", "Savanna Crest Hotel", "Nairobi", "2020-06", "2021-12", "facing",
          "in_person_service", ["Taking orders and serving guests in the restaurant and at conferences",
                                "Setting up buffets and billing guests at the end of meals"]),
        E("Laundry Attendant", "Savanna Crest Hotel", "Nairobi", "2019-09", "2020-05", "affecting", None,
          ["Washing and pressing guest laundry and hotel linen", "Sorting linen for the floors"]),
        E("Industrial Attachment – Housekeeping", "Lakeview Lodge", "Naivasha", "2019-05", "2019-08", "affecting",
          None, ["Room cleaning and bed making", "Linen inventory in the laundry"], etype="internship"),
        E("Mobile Money Agent Attendant", "Kilimani Quick Pay Shop", "Nairobi", "2018-01", "2019-04", "facing",
          "in_person_service", ["Served customers depositing and withdrawing cash",
                                "Registered new SIM cards and kept the float book"]),
    ]

    def build():
        top = [("p", "CURRICULUM VITAE", {"s": "B", "align": "c", "size": 14}),
               ("p", "WANJIRU GRACE NJERI", {"s": "B", "align": "c", "size": 16}),
               ("p", "P.O. Box 40211-00100, Nairobi  •  0722 555 604  •  gracenjeri.wanjiru@gmail.com",
                {"align": "c", "size": 9.5})]
        body = [("h", "PERSONAL PROFILE"),
                ("p", "A hardworking, honest and courteous hospitality professional with over 4 years of experience "
                      "in hotel guest relations and food and beverage service. Able to work under pressure and in a "
                      "team."),
                ("h", "WORK EXPERIENCE")]
        for e in es:
            rows = [["Position", e.title], ["Employer", f"{e.org}, {e.loc}"],
                    ["Period", dates(e, "month", "To date", " – ")],
                    ["Duties", [("b", b, None, {"after": 0}) for b in e.bullets]]]
            body.append(("table", rows, {"style": "Table Grid", "widths": [3.0, 13.0]}))
            body.append(("sp", 0))
        body += [("h", "EDUCATION"),
                 ("table", [["2017 – 2019", "Diploma in Hospitality Management – Rift Valley Institute of Hospitality"],
                            ["2013 – 2016", "KCSE – Kiambu Girls' Secondary School (B-)"]],
                  {"widths": [3.0, 13.0]}),
                 ("h", "SKILLS"),
                 ("b", "Computer literate: MS Word, Excel, Opera PMS (basic), Micros POS", None),
                 ("b", "Languages: English, Kiswahili, Kikuyu", None),
                 ("h", "HOBBIES"),
                 ("p", "Travelling, cooking and church choir."),
                 ("h", "REFEREES"),
                 ("p", "1. Mr. Peter Otieno – Front Office Manager, Savanna Crest Hotel – 0733 555 218"),
                 ("p", "2. Mrs. Faith Mwangi – Lecturer, Rift Valley Institute of Hospitality – 0711 555 930")]
        return {"font": "Times New Roman", "size": 11, "heading": "shaded", "hfill": "D9E2F3", "top": top,
                "body": body, "meta": {"author": "Grace", "title": "CV"}}

    return R("w010", "docx", "Kenyan hotel guest-relations CV, Word with a bordered Position/Employer/Period/Duties table per job and 'To date'",
             "docx, grid-table per job/label rows, month / 'To date'", es, build)


# ----------------------------------------------------------------------------- w011
def w011():
    AV = "Avonbridge Distribution Ltd"
    es = [
        E("Warehouse Team Leader", AV, "Avonmouth", "2021-03", "present", "affecting", None,
          ["Lead a shift of 14 pickers and packers for a homeware retailer's online orders",
           "Investigate mis-picks and damaged parcels flagged by the retailer's customer service team",
           "Run the morning safety brief and cover forklift when we're short"]),
        E("Warehouse Operative", AV, "Avonmouth", "2018-09", "2021-02", "affecting", None,
          ["Picking, packing and goods-in", "Counterbalance and reach truck licences"]),
        E("Two-Person Delivery Driver", "Severn Home Furnishings", "Bristol", "2016-04", "2018-08", "facing",
          "in_person_service",
          ["Delivered and assembled sofas, beds and wardrobes in customers' homes",
           "Talked customers through care instructions and recorded any damage with them before leaving"]),
        E("Bar Staff (part-time)", "The Kingsdown Arms", "Bristol", "2015-01", "2016-03", "facing",
          "in_person_service", ["Served behind a busy local bar, cashed up and changed barrels"]),
        E("Labourer (agency)", "Hartcliffe Construction Ltd", "Bristol", "2014-03", "2014-12", "none", None,
          ["General labouring on new-build housing sites"]),
        E("Volunteer Telephone Befriender", "Kind Calls Bristol", "Remote", "2020-04", "present", "facing",
          "volunteering", ["Weekly chats with two isolated older people since the first lockdown"],
          section="volunteer", etype="volunteer"),
    ]

    def build():
        out = ["# Daniel Osei", "",
               "Bristol BS7 · 07700 900 253 · dan.osei.bristol@gmail.com", "",
               "Seven years in warehousing and delivery, now looking to move into a **customer service** role. "
               "Most of my best days at work have been the ones where I sorted something out for a customer, so "
               "I'd like that to be the whole job.", "",
               "## Experience so far", ""]
        out += [f"**{AV}**, Avonmouth", ""]
        for e in es[:2]:
            out.append(f"### {e.title}")
            out.append(f"*{dates(e, 'sept', 'present')}*")
            out.append("")
            out += [f"* {b}" for b in e.bullets]
            out.append("")
        for e in es[2:5]:
            out.append(f"### {e.title} — {e.org}")
            out.append(f"*{e.loc} · {dates(e, 'sept', 'present')}*")
            out.append("")
            out += [f"* {b}" for b in e.bullets]
            out.append("")
        v = es[5]
        out += ["## Volunteering", "",
                f"### {v.title} — {v.org}", f"*{v.loc} · {dates(v, 'sept', 'present')}*", "",
                *[f"* {b}" for b in v.bullets], "",
                "## Education & training", "",
                "* Stockwood Vale Academy — GCSEs incl. English and Maths (2013)",
                "* Level 2 Certificate in Customer Service (online, 2025)",
                "* Forklift (counterbalance + reach), Cat C1 driving licence", "",
                "## Other", "",
                "I play five-a-side twice a week and coach my nephew's under-9s on Saturdays.", "",
                "References on request."]
        return "\n".join(out)

    return R("w011", "md", "UK warehouse team leader moving to customer service, Markdown with an employer line over two h3 roles, 'Sept' dates, volunteering under its own heading",
             "md, h3/orgfirst+title_org, sept / 'present'", es, build)


# ----------------------------------------------------------------------------- w012
def w012():
    SV = "Schuylkill Valley Health"
    KO = "Keystone Outpatient Labs"
    es = [
        E("Patient Access Representative", SV, "Philadelphia, PA", "2023-06", "present", "facing", "in_person_service",
          ["Register patients in the emergency department and outpatient imaging; verify insurance and collect co-pays",
           "Explain financial assistance options and consent forms to patients and families",
           "Scan IDs and insurance cards into Epic; 98% registration accuracy on monthly audits"]),
        E("Certified Nursing Assistant", "Wissahickon Gardens Rehab", "Philadelphia, PA", "2020-02", "2023-05",
          "facing", "healthcare_care",
          ["Bathing, dressing, transfers and vitals for 10–12 short-term rehab patients per shift",
           "Reported changes in condition to the charge nurse and reassured families at visiting time"]),
        E("Medical Scribe (per diem)", "ChartRight Scribes", "Philadelphia, PA", "2021-01", "2022-06", "affecting",
          None, ["Documented histories, exams and orders in real time for emergency physicians",
                 "Prepared discharge paperwork for physician signature"]),
        E("Phlebotomist", KO, "Norristown, PA", "2018-08", "2020-01", "facing", "healthcare_care",
          ["Drew 40+ patients a day, including pediatric and difficult draws",
           "Checked patient ID and orders and explained fasting and collection instructions"]),
        E("Specimen Processor", KO, "Norristown, PA", "2017-05", "2018-07", "affecting", None,
          ["Centrifuged, aliquoted and labeled specimens and routed them to the reference lab",
           "Resolved labeling errors with draw sites before specimens were rejected"]),
        E("Line Cook", "Girard Avenue Diner", "Philadelphia, PA", "2015-03", "2017-04", "affecting", None,
          ["Grill and fry station on weekend breakfast rush"]),
        E("Wayfinding Volunteer", SV, "Philadelphia, PA", "2016", "2017", "facing", "volunteering",
          ["Greeted visitors in the main lobby and walked patients to their clinics"],
          section="volunteer", etype="volunteer"),
    ]

    def entry(e):
        return ([("lr", e.title, dates(e, "mon.", "Present"), {"ls": "B", "rs": "B"}),
                 ("p", f"{e.org}, {e.loc}", {"s": "I"})] + bl(e, "•"))

    def build():
        main = [("h", "SUMMARY"),
                ("p", "Patient access representative with eight years in healthcare: CNA, phlebotomy, scribing and "
                      "now ED registration. Comfortable with insurance verification, upfront collections and "
                      "patients on their worst day. Seeking a senior patient access, patient services or "
                      "healthcare customer service position."),
                ("h", "EXPERIENCE")]
        for e in es[:6]:
            main += entry(e)
        main += [("h", "VOLUNTEER WORK"), *entry(es[6]),
                 ("h", "EDUCATION & CERTIFICATIONS"),
                 ("lr", "Certified Patient Access Specialist (CHAA)", "2024", {"ls": ""}),
                 ("lr", "Certified Phlebotomy Technician (CPT), NHA", "2018", {"ls": ""}),
                 ("lr", "Nurse Aide Training Program — Delaware Valley Career Institute", "2019", {"ls": ""}),
                 ("lr", "Frankford Crest High School, Philadelphia", "2014", {"ls": ""}),
                 ("h", "SKILLS"),
                 ("b", "Epic Prelude/Cadence, eligibility checks, price estimates, HIPAA", "•"),
                 ("b", "BLS (American Heart Association), current", "•"),
                 ("b", "Conversational Spanish", "•"),
                 ("h", "REFERENCES"),
                 ("p", "Available upon request.")]
        return {"engine": "reportlab", "page": "letter", "font": "Helvetica", "size": 10.5, "lead": 1.45,
                "accent": (0.0, 0.35, 0.4), "heading": "rule", "hgap": 12, "margins": (58, 54, 58, 56),
                "header": {"style": "center", "name": "Tanisha R. Whitfield", "size": 22,
                           "lines": ["Philadelphia, PA 19144  •  (267) 555-0119  •  tanisha.whitfield@gmail.com"]},
                "footer": "Page {p}", "footer_align": "r", "running": "Tanisha R. Whitfield  |  (267) 555-0119",
                "main": main, "meta": {"title": "Tanisha Whitfield Resume", "author": "Tanisha Whitfield"}}

    return R("w012", "pdf", "US patient access rep from CNA and phlebotomy, 2-page reportlab résumé with running header and page numbers, title with right-aligned dates",
             "reportlab, centred 2pp/title_org, mon. / 'Present'", es, build)


# ----------------------------------------------------------------------------- w013
def w013():
    es = [
        E("Customer Service Officer", "STRAITS CONNECT PTE LTD", "Singapore", "2021-04", "present", "facing",
          "in_person_service",
          ["Serve walk-in customers at the Jurong East shop: bill payments, plan changes and device collection",
           "Resolve billing disputes and arrange device repairs",
           "Achieved 4.8/5 average post-visit survey score in 2025"]),
        E("Retail Associate", "ORCHID LANE COSMETICS", "Singapore", "2019-02", "2021-03", "facing",
          "in_person_service", ["Skin consultations and product recommendations at the counter",
                                "Membership sign-ups and redemption of points"]),
        E("Inventory Clerk", "ORCHID LANE COSMETICS", "Singapore", "2018-05", "2019-01", "affecting", None,
          ["Received stock from the warehouse, did cycle counts and prepared testers for the counters"]),
        E("Admin Assistant (contract)", "HARBOURLINE FREIGHT PTE LTD", "Singapore", "2017-06", "2017-12", "none",
          None, ["Data entry of shipment bookings", "Filing and courier arrangements"]),
        E("Event Crew (freelance)", "GATHER & CO EVENTS", "Singapore", "2017", "2019", "facing", "other_facing",
          ["Registration desk, ushering and crowd control at corporate conferences and concerts"], etype="freelance"),
        E("Home Tutor (Primary Mathematics)", None, "Singapore", "2015", "2018", "facing", "education",
          ["Weekly one-to-one lessons for three P4–P6 students, with progress updates to their parents"],
          etype="freelance"),
    ]

    def build():
        header = [("p", "TAN HUI MIN, RACHEL", {"s": "B", "size": 13}),
                  ("p", "Blk 312 Jurong East Street 32 #08-145 Singapore 600312 | +65 9155 0427 | "
                        "rachel.tanhm@gmail.com", {"size": 8.5})]
        footer = [("p", "References available upon request", {"s": "I", "size": 8, "align": "c"})]
        body = [("h", "Summary"),
                ("p", "Customer service officer with 5 years of frontline retail and telco experience. Patient "
                      "with elderly customers, good at explaining bills and plans. Seeking a Customer Service "
                      "Executive or Client Services role."),
                ("h", "Positions Held")]
        for e in es[:5]:
            body.append(("p", e.org, {"s": "B", "after": 0}))
            body.append(("lr", e.title, dates(e, "mon", "Present", " to "), {"ls": "I", "rs": "", "before": 0}))
            body += bl(e, "-")
        t = es[5]
        body.append(("lr", f"{t.title} – private students", dates(t, "mon", "Present", " to "),
                     {"ls": "I", "rs": "", "before": 8}))
        body += bl(t, "-")
        body += [("h", "Education"),
                 ("p", "Diploma in Business Studies, Jurong Polytechnic College (2018)"),
                 ("p", "GCE 'O' Level, Westgrove Secondary School (2014)"),
                 ("h", "Languages & Skills"),
                 ("p", "English, Mandarin (fluent), Hokkien (spoken) · Microsoft Office · POS systems · "
                       "WSQ Deliver Service Excellence (2022)")]
        return {"font": "Arial", "size": 10.5, "heading": "shaded", "hfill": "E2EFDA", "header": header,
                "footer": footer, "body": body, "meta": {"author": "Rachel Tan", "title": "Resume"}}

    return R("w013", "docx", "Singapore telco customer service officer, Word with contact in the page header and a references footer, caps employer line then title with 'to' dates",
             "docx, header+footer/org_title, mon / 'Present'", es, build)


# ----------------------------------------------------------------------------- w014
def w014():
    es = [
        E("Tour Guide", "Tāmaki Trails Tours", "Auckland", "2022-10", "present", "facing", "other_facing",
          ["Guide day tours of up to 24 guests to the west coast beaches and rainforest",
           "Tell the stories of the places, run safety briefings and answer questions all day"]),
        E("Café All-rounder", "Kōwhai Corner Café", "Ponsonby, Auckland", "2020-11", "2022-09", "facing",
          "in_person_service", ["Counter, coffee and table service for a busy brunch café"]),
        E("Vineyard Pruner", "Wairau Ridge Vineyards", "Blenheim", "2020-06", "2020-09", "none", None,
          ["Winter pruning and wrapping canes on contract rows"]),
        E("Fruit Picker", "Heretaunga Orchards Ltd", "Hastings", "2020-01", "2020-04", "none", None, []),
        E("Snowmaker (night shift)", "Alpine Ridge Snow Park", "Ohakune", "2019-06", "2019-10", "none", None,
          ["Ran snow guns and hydrants overnight and checked the pipelines before the mountain opened"]),
        E("Hostel Receptionist (work for stay)", "Kiwi Nest Backpackers", "Queenstown", "2019-01", "2019-05",
          "facing", "in_person_service",
          ["Checked travellers in, sold bus and bungy bookings and sorted out room swaps"], etype="unknown"),
    ]

    def build():
        main = [("h", "Hey, I'm Sophie"),
                ("p", "Originally from Leeds, now a NZ resident. Four years in tourism and hospitality across the "
                      "country. I'm after a guest services or visitor centre role in Auckland where I can use "
                      "the people side of guiding year-round."),
                ("h", "What I've been doing")]
        for e in es:
            main.append(("lr", e.title, dates(e, "mon", "Present", " - "), {"ls": "B", "rs": "I", "size": 10}))
            main.append(("p", f"{e.org}  ·  {e.loc}", {"color": (0.25, 0.45, 0.35)}))
            main += bl(e, "◦", indent=4)
        side = [("p", "Contact", {"s": "B", "size": 11, "color": (0.2, 0.4, 0.3)}),
                ("p", "Grey Lynn, Auckland", {"size": 8.5}), ("p", "021 555 0876", {"size": 8.5}),
                ("p", "sophie.hartley.nz@gmail.com", {"size": 8.5}),
                ("sp", 8),
                ("p", "Tickets", {"s": "B", "size": 11, "color": (0.2, 0.4, 0.3)}),
                ("p", "Class 2 licence", {"size": 8.5}), ("p", "Workplace First Aid", {"size": 8.5}),
                ("p", "Barista cert.", {"size": 8.5}), ("p", "Kia Ora Kōrero (te reo basics)", {"size": 8.5}),
                ("sp", 8),
                ("p", "Study", {"s": "B", "size": 11, "color": (0.2, 0.4, 0.3)}),
                ("p", "BA Geography, University of Leeds, 2018", {"size": 8.5}),
                ("sp", 8),
                ("p", "Outside work", {"s": "B", "size": 11, "color": (0.2, 0.4, 0.3)}),
                ("p", "Tramping, trail running, sea kayaking", {"size": 8.5}),
                ("sp", 8),
                ("p", "Referees", {"s": "B", "size": 11, "color": (0.2, 0.4, 0.3)}),
                ("p", "Happy to share on request", {"size": 8.5})]
        return {"engine": "fpdf2", "page": "a4", "font": "DejaVuCond", "size": 9.5, "accent": (0.2, 0.4, 0.3),
                "heading": "side", "margins": (44, 44, 44, 44),
                "header": {"style": "left", "name": "Sophie Hartley", "size": 24, "color": (0.2, 0.4, 0.3),
                           "lines": []},
                "sidebar": {"side": "right", "w": 150, "fill": (0.9, 0.95, 0.92), "blocks": side, "top": 0},
                "main": main, "meta": {"title": "Sophie Hartley CV", "author": "Sophie Hartley"}}

    return R("w014", "pdf", "NZ tour guide on seasonal jobs, fpdf2 condensed font with a full-height right sidebar, macrons in employer names",
             "fpdf2, right sidebar/title_org, mon / 'Present'", es, build)


# ----------------------------------------------------------------------------- w015
def w015():
    es = [
        E("Customer Success Specialist", "PeachLedger Software", "Remote", "2023-01", "present", "facing",
          "sales_account",
          ["Own onboarding and renewals for 70 small-business accounts on a bookkeeping app",
           "Run video training calls with new customers and answer their tickets",
           "Flag churn risks to account managers and run quarterly check-ins"]),
        E("Call Center Representative", "Magnolia Health Plans", "Atlanta, GA", "2020-05", "2022-12", "facing",
          "contact_center",
          ["Took 70+ member calls a day on claims, ID cards and finding in-network doctors",
           "Custmer satisfaction score 94% (team avg 88%)"]),
        E("Delivery Driver (app-based)", "Self-employed", "Atlanta, GA", "2019-06", "2020-04", "affecting", None,
          ["Food and grocery deliveries through two delivery apps, mostly contactless drop-offs"],
          etype="freelance"),
        E("Claims Data Entry Clerk (temp)", "Fulton Benefit Services", "Atlanta, GA", "2019-01", "2019-05", "none",
          None, ["Keyed paper dental claims into the adjudication system"]),
        E("Crew Member", "Bird & Biscuit", "Decatur, GA", "2017-08", "2018-12", "facing", "in_person_service",
          ["Took orders at the front counter and drive-thru window", "Prepped biscuits and kept the lobby clean"]),
        E("Mail Clerk", "Piedmont Print & Mail", "Marietta, GA", "2016-06", "2017-07", "none", None,
          ["Sorted and metered outgoing bulk mail"]),
    ]

    def build():
        out = ["Keisha Robinson",
               "Atlanta, GA 30310",
               "keisha.robinson.atl@gmail.com",
               "+1 404 555 0137",
               "",
               "Customer support professional with 6 years of experience in health insurance call centers and "
               "SaaS customer success. Remote-ready with home office.",
               "",
               "Work Experience",
               ""]
        for e in es:
            out.append(e.title)
            out.append(e.org if e.loc == "Remote" else f"{e.org} - {e.loc}")
            if e.loc == "Remote":
                out.append("Remote")
            out.append(dates(e, "mm/yyyy", "Current", " to "))
            out += [f"- {b}" for b in e.bullets]
            out.append("")
        out += ["Education", "",
                "Associate of Applied Science in Business Administration",
                "Southside Technical College - Atlanta, GA",
                "2016 to 2018", "",
                "Skills", "",
                "- Zendesk (3 years)", "- Salesforce (2 years)", "- Medical terminology", "- Customer retention",
                "- Microsoft Excel", "",
                "Certifications and Licenses", "",
                "HubSpot Customer Service Certification",
                "Issued: 2024", "",
                "Additional Information", "",
                "Available for full-time remote roles in Eastern time."]
        return "\n".join(out)

    return R("w015", "txt", "US call-centre rep turned SaaS customer success, Indeed-style export pasted as text, mm/yyyy 'to Current', remote role",
             "txt, indeed/title_org, mm/yyyy / 'Current'", es, build)


ALL = [w001, w002, w003, w004, w005, w006, w007, w008, w009, w010, w011, w012, w013, w014, w015]
