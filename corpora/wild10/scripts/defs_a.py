"""Résumé definitions w001–w015.  Each function returns the rendered blocks and the entries."""
from lib import E, d

F, A, N = "facing", "affecting", "none"


def T(rows, **o):
    return ("t", rows, o)


# --------------------------------------------------------------------------- w001
def w001():
    es = [
        E("Pharmacist", "Löwen-Apotheke am Markt", "Bielefeld", "2019-10", "present", F,
          "healthcare_care", ["Advising customers on prescription and OTC medicines, interactions and dosage",
                              "Medication reviews for patients on five or more drugs",
                              "Supervising two PTAs and the trainee rota"]),
        E("Pharmacist in Training (PhiP)", "Hirsch-Apotheke Detmold", "Detmold", "2018-11", "2019-09", F,
          "healthcare_care", ["Dispensing under supervision, counselling at the hand-sale counter",
                              "Compounding ointments and capsules in the prescription lab"], et="internship"),
        E("Laboratory Technician, Quality Control", "Ravensberg Pharma GmbH", "Bielefeld", "2016-04",
          "2018-10", A, None, ["HPLC and dissolution testing of tablet batches before release",
                               "Documentation of out-of-specification results under GMP"]),
        E("Student Assistant, Lending Desk", "Bibliothek der Hochschule Lengerich", "Lengerich",
          "2012-10", "2015-07", F, "in_person_service",
          ["Issued and returned media, answered users' questions at the counter, 10 hrs/week"]),
        E("Packaging Operator (holiday job)", "Süßwarenfabrik Teutoburg GmbH", "Bielefeld", "2011-07", "2011-09",
          N, None, ["Machine packaging line for chocolate bars, shift work"]),
    ]
    rows = []
    for e in es:
        cell = f"**{e.title}**\n{e.org}, {e.loc}\n" + "\n".join("• " + b for b in e.bullets)
        rows.append([d(e, "mm/yyyy", "today"), cell])
    blocks = [
        ("name", "Curriculum Vitae"),
        ("sub", "Katrin Wehmeyer · Apothekerin (pharmacist, licensed 2019)"),
        T([["Address", "Am Sparrenberg 14, 33602 Bielefeld"], ["Date of birth", "12.03.1992 in Herford"],
           ["Nationality", "German"], ["Marital status", "married, one child"]], w=[0.25, 0.75]),
        ("h", "Professional experience"),
        T(rows, w=[0.25, 0.75]),
        ("h", "Education"),
        T([["10/2011 – 09/2016", "Pharmacy (Staatsexamen), Westfälische Universität Lengerich"],
           ["06/2011", "Abitur, Ratsgymnasium Herford (grade 1.7)"]], w=[0.25, 0.75]),
        ("h", "Languages and IT"),
        T([["German", "native"], ["English", "fluent (C1)"], ["IT", "ADG pharmacy system, MS Office"]],
          w=[0.25, 0.75]),
        ("sp",), ("p", "Bielefeld, 02.11.2026 — Katrin Wehmeyer"),
    ]
    return dict(file="w001.pdf", family="German tabular CV (Lebenslauf), date column left, role/employer/duties right, personal details table",
                layout="reportlab, datecol table, mm/yyyy / 'today'", blocks=blocks, entries=es,
                opts=dict(accent="#333333", rule=True))


# --------------------------------------------------------------------------- w002
def w002():
    es = [
        E("Front Office Manager", "Hôtel Les Tanneurs", "Lyon", "2021-09", "present", F, "in_person_service",
          ["Manage a front office team of 9 (reception, concierge, night)",
           "Handle guest complaints and VIP arrivals personally", "Rate checks with the revenue manager"],
          dt="Sept. 2021 – to date"),
        E("Night Auditor", "Hôtel Bellecour Opéra", "Lyon", "2018-03", "2021-08", F, "in_person_service",
          ["Alone at the desk 23:00–07:00: late check-ins, wake-up calls, guest requests",
           "Night audit: closing the day, folio checks, daily revenue report"],
          dt="March 2018 – August 2021"),
        E("Revenue Management Intern", "Groupe Hôtelier Saône-Rhône", "Villeurbanne", "2017-10", "2018-02", A,
          None, ["Competitor rate shopping and pricing recommendations for 6 hotels",
                 "Updated rates and restrictions on booking channels"], et="internship",
          dt="Oct. 2017 – Feb. 2018 (5-month internship)"),
        E("Seasonal Receptionist", "Camping Les Pins Bleus", "Argelès-sur-Mer", "2017-06", "2017-09", F,
          "in_person_service", ["Welcomed campers, allocated pitches, sold excursions"],
          dt="June – September 2017"),
        E("Waiter (part-time)", "Brasserie du Parc", "Grenoble", "2015-09", "2017-05", F, "in_person_service",
          ["Weekend and evening service, 40 covers"], dt="Sept. 2015 – May 2017"),
        E("Commis Chef (summer job)", "Auberge du Lac Bleu", "Annecy", "2014-07", "2014-08", A, None,
          ["Cold starters and desserts, kitchen cleaning"], dt="July – August 2014"),
    ]
    bl = [("name", "Camille ROUSSEL"),
          ("sub", "27 rue Paul Bert, 69003 Lyon · +33 6 41 27 88 10 · camille.roussel@exemple.fr · 31 years old"),
          ("p", "**Front office manager — 8 years in hotels and tourism**"),
          ("h", "PROFESSIONAL EXPERIENCE")]
    for e in es:
        bl.append(("p", f"{d(e)}\t**{e.title}** — {e.org} ({e.loc})"))
        for b in e.bullets:
            bl.append(("b", b))
    bl += [("h", "EDUCATION"),
           ("p", "2016 – 2018\tMaster's in Hospitality Management, Institut Supérieur du Tourisme de Lyon"),
           ("p", "2013 – 2016\tBachelor in Languages (LEA English/Spanish), Université Alpes-Dauphiné"),
           ("h", "LANGUAGES"), ("p", "French (mother tongue), English (fluent, TOEIC 945), Spanish (good)"),
           ("h", "COMPUTER SKILLS"), ("p", "Opera PMS, Mews, channel managers, Excel"),
           ("h", "INTERESTS"), ("p", "Climbing, choir, volunteer at a local film festival (2019)")]
    return dict(file="w002.docx", family="French CV in English, capitalised 'PROFESSIONAL EXPERIENCE' heading, dates before title and employer in brackets",
                layout="docx, bold headings, tab dates first, French month abbreviations / 'to date'",
                blocks=bl, entries=es, opts=dict(heads="bold", tab=True))


# --------------------------------------------------------------------------- w003
def w003():
    es = [
        E("Loan Processing Officer", "Kaveri Co-operative Bank Ltd.", "Chennai (Regional Processing Centre)",
          "2019-06", "present", A, None,
          ["Scrutiny of housing and vehicle loan files received from branches",
           "Verification of KYC, income documents and property papers",
           "Preparation of sanction notes and disbursement vouchers in CBS"]),
        E("Cashier cum Clerk", "Kaveri Co-operative Bank Ltd.", "Mylapore Branch, Chennai", "2014-08", "2019-05",
          F, "in_person_service", ["Cash receipts and payments at counter, DD issue",
                                   "Passbook updation and account opening for customers",
                                   "Day-end cash balancing"]),
        E("Data Entry Operator", "Sri Lakshmi Knit Fabrics Pvt. Ltd.", "Tiruppur", "2012-01", "2014-07", N, None,
          ["Entry of yarn receipts and dispatch challans in Tally", "Maintaining stock registers"]),
        E("Audit Assistant (articleship)", "Venkataraman & Sundar, Chartered Accountants", "T. Nagar, Chennai",
          "2011-06", "2011-12", A, None, ["Vouching and ledger scrutiny for clients' statutory audits",
                                         "Preparation of TDS returns for client firms"], et="internship"),
        E("Annadhanam Volunteer", "Sri Anantha Vinayagar Temple Trust", "Adyar, Chennai", "2015", "present", F,
          "volunteering", ["Serving food to devotees on festival days", "Queue management during Brahmotsavam"],
          section="volunteer", et="volunteer"),
    ]
    L = ["RESUME", "", "R. KRISHNAN IYER", "No. 14/7, 3rd Cross Street, Kasturba Nagar, Adyar, Chennai - 600 020",
         "Mobile: +91 98401 55321   E-mail: rkiyer.bank@mailbox.in"]
    bl = [("name", l) for l in L[:1]] + [("sub", l) for l in L[2:]]
    bl += [("h", "CAREER OBJECTIVE:"),
           ("p", "To secure a challenging position in the banking sector where my experience in operations "
                 "and credit processing can be utilised for the growth of the organisation."),
           ("h", "EDUCATIONAL QUALIFICATION:"),
           ("p", "B.Com, Madras Presidency College of Commerce (2011) - 68%"),
           ("p", "JAIIB, Indian Institute of Bankers' Examination (2016)"),
           ("h", "WORK EXPERIENCE:")]
    for i, e in enumerate(es[:4], 1):
        bl += [("p", f"{i}. Organisation : {e.org}, {e.loc}"), ("p", f"   Designation  : {e.title}"),
               ("p", f"   Duration     : {d(e, 'mon', 'till date', ' to ')}"),
               ("p", "   Responsibilities :")]
        bl += [("b", b) for b in e.bullets]
        bl.append(("sp",))
    e = es[4]
    bl += [("h", "SOCIAL SERVICE:"),
           ("p", f"{e.title}, {e.org}, {e.loc} ({e.start} - till now)")]
    bl += [("b", b) for b in e.bullets]
    bl += [("h", "PERSONAL PROFILE:"),
           ("p", "Father's Name : Sri. S. Ramaswamy Iyer"), ("p", "Date of Birth : 04-06-1990"),
           ("p", "Languages Known : Tamil, English, Hindi"), ("p", "Marital Status : Married"),
           ("h", "DECLARATION:"),
           ("p", "I hereby declare that the above information is true to the best of my knowledge and belief."),
           ("sp",), ("p", "Place: Chennai                                    (R. KRISHNAN IYER)"),
           ("p", "Date : 10-11-2026")]
    return dict(file="w003.txt", family="Indian bank CV with 'Organisation :' / 'Designation :' / 'Duration :' labels, personal profile and declaration",
                layout="txt, labelled fields, mon / 'till date', year 'till now'", blocks=bl, entries=es,
                opts=dict(bullet="*"))


# --------------------------------------------------------------------------- w004
def w004():
    es = [
        E("Planner / Dispatcher (24 h per week)", "Van Dijk Koeriers B.V.", "Nieuwegein", "2020-02", "present",
          A, None, ["Plan next-day routes for 35 vans in the route software",
                    "Radio and app contact with drivers; reassign stops when a van breaks down",
                    "Check proof-of-delivery scans and hand exceptions to customer service"]),
        E("Hockey Trainer (youth teams, part-time)", "MHC De Vlinders", "Utrecht", "2019-08", "present", F,
          "education", ["Two training sessions a week for U12 and U14 girls, match coaching on Saturdays",
                        "Talk with parents about selection and progress"]),
        E("Customer Service Employee", "Groenland Energie", "Amersfoort", "2016-09", "2020-01", F,
          "contact_center", ["Phone and e-mail questions about energy bills, meter readings and moving house",
                             "Payment arrangements for customers in arrears"]),
        E("Hostel Receptionist (working holiday)", "Wandering Kiwi Backpackers", "Queenstown, New Zealand",
          "2015-10", "2016-05", F, "in_person_service", ["Check-in, tour bookings, night shifts"]),
        E("Order Picker (student job)", "Bloemengroothandel Zuid B.V.", "Aalsmeer", "2012-06", "2015-08", A, None,
          ["Early-morning order picking of flowers for florists' deliveries, 2 days a week"]),
    ]
    bl = [("name", "Sanne Verhoeven"),
          ("sub", "Utrecht, the Netherlands · +31 6 2418 7790 · sanne.verhoeven@postmail.nl · "
                  "Born 3 May 1993 · Driving licence B"),
          ("h", "Profile"),
          ("p", "Organised planner with eight years in customer contact and logistics. I currently combine "
                "two part-time jobs: dispatching at a courier company and coaching youth hockey."),
          ("h", "Werkervaring / Work experience")]
    for e in es:
        bl.append(("p", f"**{e.title}** · {e.org}, {e.loc}  \n*{d(e, 'month', 'heden (present)', ' – ')}*"))
        bl += [("b", b) for b in e.bullets]
        bl.append(("sp",))
    bl += [("h", "Opleiding / Education"),
           ("b", "2011 – 2015  HBO Bachelor Logistics Management, Hogeschool Vecht en Eem"),
           ("b", "2005 – 2011  HAVO, Cals College Oost"),
           ("h", "Talen / Languages"), ("p", "Dutch (native) · English (fluent) · German (good)"),
           ("h", "Hobby's"), ("p", "Hockey, cycling, board games")]
    return dict(file="w004.md", family="Dutch CV in Markdown with bilingual headings, two concurrent part-time jobs, working holiday",
                layout="md, bold title · employer line, italic month dates / 'heden (present)'",
                blocks=bl, entries=es, opts=dict(h="##"))


# --------------------------------------------------------------------------- w005
def w005():
    es = [
        E("Security Supervisor", "Falcon Shield Security Services LLC", "Marina Pearl Mall, Dubai", "2018-03",
          "present", F, "other_facing",
          ["Supervise 14 guards on mall shifts; CCTV room and patrol schedule",
           "Assist shoppers with lost children, lost property and directions",
           "First aider; incident reports to mall management"]),
        E("Security Guard", "Falcon Shield Security Services LLC", "Jebel Ali warehouse site, Dubai", "2015-07",
          "2018-02", N, None, ["Night patrols of a bonded warehouse yard", "Gate log of trucks and containers"]),
        E("Taxi Driver", "Arabian Sands Taxi LLC", "Sharjah", "2012-05", "2015-06", F, "in_person_service",
          ["12-hour shifts carrying passengers across Sharjah and Dubai", "Zero complaint record 2014"]),
        E("Salesman", "Qureshi Electronics", "Lahore, Pakistan", "2008-01", "2012-03", F, "in_person_service",
          ["Sold televisions and air conditioners to walk-in customers", "Arranged home delivery and installation"]),
        E("Assistant Storekeeper", "Ravi Textile Mills Ltd", "Faisalabad, Pakistan", "2005-06", "2007-12", N, None,
          ["Issued yarn and spare parts to production; kept bin cards"]),
        E("Iftar Volunteer (Ramadan)", "Masjid Al Noor Community Kitchen", "Al Qusais, Dubai", None, None, F,
          "volunteering", ["Serving iftar meals to workers and travellers each Ramadan"],
          section="volunteer", et="volunteer"),
    ]
    photo = T([["**MUHAMMAD IRFAN QURESHI**\nSecurity Supervisor — SIRA licensed\nMobile: +971 55 318 4420\n"
                "E-mail: irfan.qureshi77@webmail.ae", "[PHOTO]\n\n\n"]], w=[0.78, 0.22], box=((1, 0), (1, 0)))
    pers = T([["Nationality", "Pakistani"], ["Date of Birth", "14-09-1986"], ["Marital Status", "Married"],
              ["Visa Status", "Employment visa (transferable), NOC available"],
              ["Driving Licence", "UAE light vehicle, valid till 2029"], ["Languages", "Urdu, English, Arabic (basic)"]],
             w=[0.3, 0.7], grid=True)
    bl = [photo, ("h", "PERSONAL DETAILS"), pers, ("h", "PROFESSIONAL EXPERIENCE")]
    for e in es[:5]:
        bl.append(T([[f"**{e.title}**", d(e, "mon", "Till date", " - ")], [f"{e.org} — {e.loc}", ""]],
                    w=[0.72, 0.28]))
        bl += [("b", b) for b in e.bullets]
    e = es[5]
    bl += [("h", "COMMUNITY"), ("p", f"**{e.title}**, {e.org}, {e.loc}"), ("b", e.bullets[0]),
           ("h", "CERTIFICATIONS"), ("b", "SIRA Security Supervisor licence (2019)"),
           ("b", "First Aid at Work, Emirates Safety Training Institute (2022)"),
           ("h", "DECLARATION"),
           ("p", "I hereby declare that all the information given above is true and correct.")]
    return dict(file="w005.pdf", family="Gulf-states CV (Dubai): photo placeholder table, personal details with nationality and visa status",
                layout="reportlab, photo table + key/value grid, title/date table rows, mon / 'Till date'",
                blocks=bl, entries=es, opts=dict(accent="#7a1f1f"))


# --------------------------------------------------------------------------- w006
def w006():
    es = [
        E("Store Owner", "Yuqing Handmade Tea (online shop)", "Hangzhou", "2022-04", "present", F,
          "entrepreneurial_freelance",
          ["Run my own tea shop on a large marketplace platform, 1,800 orders a month",
           "Answer buyers' questions in chat within 5 minutes, handle returns and bad reviews",
           "Product photos, listing copy, packing with one part-time helper"]),
        E("Online Customer Service Specialist", "Hangzhou Yunfan Apparel Co., Ltd.", "Hangzhou", "2019-07",
          "2022-03", F, "digital_service",
          ["Pre-sale and after-sale chat for the brand's flagship store (up to 300 chats a day)",
           "Refund and exchange cases; size advice", "Wrote FAQ scripts for new colleagues"]),
        E("Merchandising Assistant", "Ningbo Haitong Trading Co., Ltd.", "Ningbo", "2017-07", "2019-06", A, None,
          ["Product listings and photos for overseas B2B catalogue", "Sample tracking with factories"]),
        E("English Teaching Assistant (part-time)", "Sunshine Kids English Training Centre", "Ningbo",
          "2015-09", "2017-06", F, "education", ["Weekend classes for children aged 6–10"]),
        E("Warehouse Intern", "Yiwu Fast Parcel Co., Ltd.", "Yiwu", "2016-07", "2016-08", A, None,
          ["Picking and packing cross-border e-commerce orders; labelling parcels"], et="internship"),
    ]
    bl = [("name", "LIU Yuqing (Nina Liu)"),
          ("sub", "Female | Born 1995.02 | Hangzhou, Zhejiang | Tel: +86 138 5712 0946 | Email: nina.liu95@mail.cn"),
          ("sub", "Job intention: E-commerce operations / customer experience | Expected salary: negotiable"),
          ("h", "Education Background"),
          ("p", "2013.09 - 2017.06    Zhejiang Coastal University of Commerce    Business English (Bachelor)"),
          ("h", "Work Experience")]
    for e in es:
        bl.append(("p", f"**{d(e, 'yyyy.mm', 'now', ' - ')}    {e.org}    {e.title}**"))
        for i, b in enumerate(e.bullets, 1):
            bl.append(("p", f"{i}. {b}"))
    bl += [("h", "Skills & Certificates"),
           ("p", "CET-6 (582); Mandarin Level 2A; Photoshop; Excel pivot tables; Computer Rank Level 2"),
           ("h", "Self-evaluation"),
           ("p", "Patient, responsible, strong sense of service. Good at communicating with buyers and solving problems.")]
    return dict(file="w006.docx", family="Chinese-English CV: personal line with gender and birth month, 'dates  employer  position' bold lines, numbered duties, self-evaluation",
                layout="docx, bold one-line entries, yyyy.mm / 'now'", blocks=bl, entries=es,
                opts=dict(heads="style", font="Arial"))


# --------------------------------------------------------------------------- w007
def w007():
    es = [
        E("Sales Engineer", "Hidrotec Bombas Industriais Ltda.", "Campinas, SP", "2021-03", "present", F,
          "sales_account", ["Visit clients' plants (sugar mills, paper, sanitation) to size pump systems",
                            "Technical presentations and negotiation with buyers; R$ 14 mi sold in 2025"]),
        E("Application Engineer", "Hidrotec Bombas Industriais Ltda.", "Campinas, SP", "2018-01", "2021-02", A,
          None, ["Hydraulic calculations and datasheets for the sales team's proposals",
                 "Answered technical questions from sales representatives"]),
        E("Ride-hailing Driver (self-employed)", None, "São Paulo", "2016-08", "2017-11", F,
          "in_person_service", ["Drove passengers with a rental car while looking for an engineering job"],
          et="freelance"),
        E("Engineering Intern", "Metalúrgica Irmãos Bertolini S.A.", "Sorocaba, SP", "2015-02", "2016-07", N,
          None, ["Process sheets and jig drawings in AutoCAD for the machining line"], et="internship"),
        E("Youth Group Coordinator (volunteer)", "Comunidade Vida Nova do Butantã", "São Paulo", "2013", "2019",
          F, "volunteering", ["Saturday activities and camps for 40 teenagers of the community"],
          section="volunteer", et="volunteer"),
    ]
    bl = [("name", "Ana Paula Ferreira Lima"),
          ("sub", "Brazilian, 33 years old, married · Rua Barão de Jaguara 1120, Campinas – SP · "
                  "(19) 99812-4410 · anapaula.flima@correio.com.br"),
          ("h", "Objective"), ("p", "Sales engineering or key account management in industrial equipment."),
          ("h", "Academic Background"),
          ("p", "Mechanical Engineering — Faculdade de Engenharia do Vale do Sorocaba, 2011–2016"),
          ("h", "Professional Experience")]
    for e in es[:4]:
        org = e.org or "Autonomous / app-based"
        bl.append(("p", f"**{org}** — {e.loc}"))
        bl.append(("p", f"Position: {e.title} · Period: {d(e, 'mm/yyyy', 'current', ' to ')}"))
        bl.append(("p", "Activities: " + "; ".join(b[0].lower() + b[1:] for b in e.bullets) + "."))
        bl.append(("sp",))
    e = es[4]
    bl += [("h", "Volunteer Work"), ("p", f"{e.title} — {e.org} ({e.start}–{e.end}). {e.bullets[0]}."),
           ("h", "Languages"), ("p", "Portuguese – native; English – advanced; Spanish – intermediate"),
           ("h", "Complementary Courses"), ("p", "Centrifugal pumps (40 h), SENAI; Consultative selling (16 h)")]
    return dict(file="w007.pdf", family="Brazilian CV in English: employer line first, 'Position: … · Period:' line, prose activities, ride-hailing during unemployment",
                layout="reportlab, org line then 'Position/Period', mm/yyyy / 'current', year volunteer",
                blocks=bl, entries=es, opts=dict(accent="#0b6e4f", font="Times-Roman"))


# --------------------------------------------------------------------------- w008
def w008():
    es = [
        E("Quality Analyst", "Visayas Contact Hub Inc.", "Cebu City", "2022-01", "present", A, None,
          ["Evaluate 60 recorded calls a week against the client's quality form (US health insurance account)",
           "Run calibration sessions with the client's QA team", "Feedback and coaching sessions with agents"]),
        E("Senior Customer Service Representative", "Visayas Contact Hub Inc.", "Cebu City", "2020-04",
          "2021-12", F, "contact_center", ["Handled escalated member calls on claims and eligibility",
                                           "Buddy to new-hire agents on the floor"]),
        E("Customer Service Representative", "Visayas Contact Hub Inc.", "Cebu City", "2018-09", "2020-03", F,
          "contact_center", ["Inbound calls from US health plan members, 55–65 calls per shift"]),
        E("Technical Support Representative", "Island Reach Outsourcing Corp.", "Mandaue City", "2017-02",
          "2018-08", F, "contact_center", ["Troubleshot internet and modem issues for a US cable provider"]),
        E("Sales Associate", "Fuente Shoe Mart", "Cebu City", "2015-06", "2016-12", F, "in_person_service",
          ["Assisted shoppers, fitted shoes, cashiering on weekends"]),
        E("Content Moderator (part-time)", "Mactan Digital Review Services", "Lapu-Lapu City", "2014-06",
          "2015-05", N, None, ["Reviewed flagged images and posts against a social app's policy, 400 items/shift"]),
    ]
    bl = [("name", "MARIA KRISTINA DELA PAZ"),
          ("sub", "Blk 5 Lot 12, Guadalupe Heights, Cebu City 6000 | 0917 884 2210 | tin.delapaz@inboxph.com"),
          ("h", "CAREER OBJECTIVE"),
          ("p", "To grow as a quality and training professional in a reputable BPO company."),
          ("h", "WORK EXPERIENCE"),
          ("p", "**VISAYAS CONTACT HUB INC.** — IT Park, Cebu City")]
    for e in es[:3]:
        bl.append(("p", f"**{e.title}**\t{d(e, 'month', 'Present', ' – ')}"))
        bl += [("b", b) for b in e.bullets]
    for e in es[3:]:
        bl.append(("p", f"**{e.org.upper()}** — {e.loc}"))
        bl.append(("p", f"**{e.title}**\t{d(e, 'month', 'Present', ' – ')}"))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "EDUCATION"), ("p", "Bachelor of Science in Psychology, University of Southern Mactan (2015)"),
           ("h", "SKILLS"), ("p", "Call calibration, COPC basics, Excel, coaching, 55 WPM typing"),
           ("h", "CHARACTER REFERENCES"), ("p", "Available upon request.")]
    return dict(file="w008.docx", family="Philippine BPO CV: employer in capitals with three roles beneath, call-centre quality analyst",
                layout="docx, org heading + title/tab-date, month / 'Present'", blocks=bl, entries=es,
                opts=dict(heads="bold", tab=True))


# --------------------------------------------------------------------------- w009
def w009():
    es = [
        E("Human Resources Officer", "Zenora Foods Nigeria Ltd", "Ikeja, Lagos", "2019-02", "present", F,
          "internal_support", ["First point of contact for 600 staff on leave, payroll and HMO queries",
                               "Onboarding and induction of new employees",
                               "Exit interviews and disciplinary minutes"]),
        E("HR Assistant", "Mainland Haulage Ltd", "Apapa, Lagos", "2015-06", "2019-01", N, None,
          ["Maintained personnel files and the attendance register", "Prepared monthly payroll input in Excel"]),
        E("Corps Member (Teacher, Economics)", "Community Secondary School, Ugep", "Cross River State",
          "2013-11", "2014-10", F, "education", ["Taught Economics to SS1 and SS2 classes",
                                                 "Ran the school's debate club"]),
        E("Industrial Training (SIWES) Student", "Anambra Flour Mills Plc", "Onitsha", "2011-06", "2011-11", N,
          None, ["Attached to the personnel department: filing and updating staff records"], section="other",
          et="internship"),
        E("Head Usher (volunteer)", "Living Waters Chapel", "Surulere, Lagos", "2016", "present", F,
          "volunteering", ["Lead a team of 20 ushers welcoming and seating worshippers on Sundays"],
          section="volunteer", et="volunteer"),
    ]
    bl = [("name", "CURRICULUM VITAE"), ("sub", "NAME: ADAEZE CHIOMA NWANKWO"),
          ("sub", "ADDRESS: 12 Ogunlana Drive, Surulere, Lagos"), ("sub", "PHONE: 0803 441 2290"),
          ("sub", "EMAIL: adaeze.nwankwo@mailng.com"), ("sub", "STATE OF ORIGIN: Anambra"),
          ("h", "CAREER OBJECTIVE"),
          ("p", "To contribute my HR skills to a dynamic organisation that values integrity and hard work."),
          ("h", "EDUCATIONAL QUALIFICATIONS WITH DATES"),
          ("p", "2009 - 2013   University of Eastern Nigeria, Nsukka - B.Sc. Sociology (2:1)"),
          ("p", "2016          CIPM Associate Membership"),
          ("h", "WORK EXPERIENCE")]
    for e in es[:4]:
        bl += [("p", f"{d(e, 'month', 'Date', ' - ')}"), ("p", f"{e.title.upper()}"), ("p", f"{e.org}, {e.loc}")]
        bl += [("b", b) for b in e.bullets]
        bl.append(("sp",))
    e = es[4]
    bl += [("h", "VOLUNTEER SERVICE"), ("p", f"2016 - Date   {e.title}, {e.org}, {e.loc}"), ("b", e.bullets[0]),
           ("h", "HOBBIES"), ("p", "Reading, singing, travelling"),
           ("h", "REFEREES"),
           ("p", "1. Mr. Babatunde Ojo, Head of HR, Zenora Foods Nigeria Ltd, Ikeja. 0802 113 5567"),
           ("p", "2. Rev. (Dr.) Emmanuel Okafor, Senior Pastor, Living Waters Chapel, Surulere. 0805 772 0031"),
           ("p", "3. Mrs. Funmilayo Adeyemi, Principal, Community Secondary School, Ugep. 0703 221 9980")]
    return dict(file="w009.txt", family="Nigerian CV: capitalised labels, dates line then title in capitals then employer, NYSC year, referees",
                layout="txt, dates / TITLE / employer stacked, month / 'Date'", blocks=bl, entries=es,
                opts=dict(bullet="-", underline="="))


# --------------------------------------------------------------------------- w010
def w010():
    es = [
        E("Freelance Interpreter and Translator (RO–EN–IT)", None, "Cluj-Napoca", "2019-05", "present", F,
          "entrepreneurial_freelance",
          ["Consecutive interpreting for clients at notaries, courts and hospital appointments",
           "Certified translation of documents for private clients and law firms"],
          et="freelance", dt="01/05/2019 – ongoing"),
        E("Medical Laboratory Technician", "Laborator Analize Biomedix SRL", "Cluj-Napoca", "2016-09", "2019-04",
          F, "healthcare_care",
          ["Processing of blood and urine samples on haematology and biochemistry analysers",
           "Collected blood samples from patients at the collection point on Saturday mornings",
           "Daily quality control and maintenance of analysers"], dt="15/09/2016 – 30/04/2019"),
        E("Research Assistant", "Institutul de Biologie Aplicată Cluj", "Cluj-Napoca", "2014-10", "2016-08", N,
          None, ["PCR and cell culture work for a soil bacteria project", "Lab inventory and ordering"],
          dt="01/10/2014 – 31/08/2016"),
        E("Seasonal Fruit Packer", "Cooperativa Agricola Val di Sole", "Trentino, Italy", "2013-07", "2013-09", N,
          None, ["Sorting and packing apples on the packing line"], et="paid", dt="07/2013 – 09/2013"),
    ]
    bl = [("name", "Europass Curriculum Vitae"),
          T([["Personal information", ""], ["First name(s) / Surname(s)", "Ioana Mihăilescu"],
             ["Address", "Str. Observatorului 41, ap. 7, 400363 Cluj-Napoca, Romania"],
             ["Telephone", "+40 744 218 503"], ["E-mail", "ioana.mihailescu@postare.ro"],
             ["Nationality", "Romanian"], ["Date of birth", "22/08/1990"]], w=[0.32, 0.68]),
          ("h", "Work experience")]
    for e in es:
        org = e.org or "Self-employed (PFA Mihăilescu Ioana)"
        bl.append(T([["Dates", e.dt], ["Occupation or position held", e.title],
                     ["Main activities and responsibilities", "\n".join(e.bullets)],
                     ["Name and address of employer", f"{org}, {e.loc}"],
                     ["Type of business or sector", {0: "Translation and interpreting services",
                                                     1: "Medical laboratory", 2: "Research institute",
                                                     3: "Agriculture"}[es.index(e)]]], w=[0.32, 0.68]))
    bl += [("h", "Education and training"),
           T([["Dates", "2009 – 2014"], ["Title of qualification awarded", "Bachelor and Master in Biology"],
              ["Organisation", "Universitatea de Vest a Transilvaniei, Cluj-Napoca"]], w=[0.32, 0.68]),
           ("h", "Personal skills and competences"),
           T([["Mother tongue(s)", "Romanian"], ["Other language(s)", "English C2, Italian C1, French B1"],
              ["Driving licence", "B"]], w=[0.32, 0.68])]
    return dict(file="w010.pdf", family="Romanian Europass-like CV: label/value tables per job (Dates, Occupation or position held, …), day-level dates",
                layout="fpdf2 DejaVu, Europass key/value tables, dd/mm/yyyy / 'ongoing'", engine="fpdf",
                blocks=bl, entries=es, opts=dict(accent_rgb=(20, 60, 120)))


# --------------------------------------------------------------------------- w011
def w011():
    es = [
        E("Business Manager", "Wendouree Heights Primary School", "Ballarat VIC", "2019-01", "present", N, None,
          ["Manage the school budget (SRP), CASES21 finance and payroll for 48 staff",
           "Prepare financial reports for School Council; audit compliance",
           "Oversee facilities contracts and grounds maintenance"]),
        E("Office Manager", "Wendouree Heights Primary School", "Ballarat VIC", "2014-02", "2018-12", F,
          "in_person_service", ["Front office: parents, visitors, late arrivals and sick bay",
                                "Enrolments and excursion payments"]),
        E("Medical Receptionist", "Lake Wendouree Medical Clinic", "Ballarat VIC", "2009-03", "2014-01", F,
          "in_person_service", ["Booked appointments, greeted and checked in patients, Medicare billing",
                                "Managed the waiting room for six GPs"]),
        E("Accounts Payable Officer", "Central Highlands Freight Co.", "Ballarat VIC", "2005", "2009", N, None,
          ["Supplier invoices, reconciliations and the weekly payment run"]),
    ]
    bl = [("name", "Bronwyn Tait"),
          ("sub", "14 Grevillea Court, Alfredton VIC 3350 · 0418 552 903 · bronwyn.tait@postbox.net.au"),
          ("p", "Application for: Business Manager (VPS Grade 4), Ballarat Secondary Campus — Position No. 1187"),
          ("h", "Key Selection Criteria"),
          ("p", "**KSC1 Demonstrated financial management skills.** In my current role at Wendouree Heights "
                "Primary School I manage a $6.2m budget and prepare monthly reports to School Council…"),
          ("p", "**KSC2 High-level interpersonal skills.** As Office Manager I was the first contact for parents "
                "and visitors and resolved enquiries calmly…"),
          ("p", "**KSC3 Knowledge of CASES21 and DET policies.** Ten years' use of CASES21 finance…"),
          ("h", "Employment History")]
    for e in es:
        bl.append(("p", f"**{e.title}**, {e.org}, {e.loc}\t{d(e, 'mon', 'present', ' – ')}"))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "Qualifications"), ("p", "Diploma of Accounting (2006); Certificate IV in Business (2004)"),
           ("h", "Referees"), ("p", "Mr Daniel Fyfe, Principal, Wendouree Heights Primary School — 03 5332 0187"),
           ("p", "Dr Anita Rao, Practice Principal, Lake Wendouree Medical Clinic — 03 5331 4460")]
    return dict(file="w011.docx", family="Australian public-sector application: key selection criteria statements, then employment history with tab dates, referees",
                layout="docx, heading styles, title, employer, place + tab date, mon + year / 'present'",
                blocks=bl, entries=es, opts=dict(heads="style", tab=True))


# --------------------------------------------------------------------------- w012
def w012():
    es = [
        E("Logistics Management Specialist", "Robins Regional Distribution Depot", "Warner Robins, GA", "2021-05",
          "present", A, None,
          ["Manage inventory positioning for 14,000 line items supporting field units",
           "Analyze backorders and expedite critical shipments with carriers",
           "Prepare weekly readiness reports for the depot commander"]),
        E("Contact Representative", "Southeast Veterans Benefits Call Center", "Macon, GA", "2016-10", "2021-04",
          F, "contact_center", ["Answered 60–80 calls per day from veterans and survivors on benefits and payments",
                                "Explained eligibility, took claims information, resolved payment issues"]),
        E("Security Officer (contract)", "Ironclad Protective Services", "Middle Georgia Medical Center, Macon, GA",
          "2013-03", "2016-09", F, "other_facing", ["Staffed the emergency department entrance; screened visitors",
                                                   "Responded to disturbances and escorted staff to parking"]),
        E("Volunteer Youth Basketball Coach", "Macon Eastside Recreation League", "Macon, GA", "2017-01",
          "present", F, "education", ["Coach a U12 team; practices twice weekly and Saturday games"],
          section="volunteer", et="volunteer"),
        E("Warehouse Worker", "Peach State Distribution Inc.", "Forsyth, GA", "2011-04", "2013-02", A, None,
          ["Picked and loaded grocery orders for store deliveries; RF scanner, pallet jack"]),
    ]
    meta = {0: ("GS-0346-11", "40", "$71,420 per year", "Col. (Ret.) Patricia Vance, (478) 555-0144, may contact: Yes"),
            1: ("GS-0962-07", "40", "$46,100 per year", "Mr. Leonard Simms, (478) 555-0199, may contact: Yes"),
            2: ("N/A", "40", "$14.50 per hour", "Ms. Renée Boatwright, (478) 555-0126, may contact: No"),
            3: ("N/A", "6", "N/A (volunteer)", "Mr. Carl Whitfield, (478) 555-0170, may contact: Yes"),
            4: ("N/A", "40", "$11.25 per hour", "Mr. Tom Reddick, (478) 555-0107, may contact: Yes")}
    bl = [("name", "DWAYNE R. HOLLOWAY"),
          ("sub", "418 Ingleside Ave, Macon, GA 31204 · (478) 555-0113 · dwayne.holloway@mailus.net"),
          ("sub", "Citizenship: U.S. Citizen · Veterans' Preference: N/A · Highest Grade Held: GS-0346-11 (05/2021 – Present)"),
          ("h", "WORK EXPERIENCE")]
    for i, e in enumerate(es):
        g, h, s, sup = meta[i]
        bl.append(("p", f"**{e.org}**, {e.loc}"))
        bl.append(("p", f"{d(e, 'mm/yyyy', 'Present', ' – ')} · Hours per week: {h} · Salary: {s}"))
        bl.append(("p", f"**{e.title}**" + (f", {g}" if g != "N/A" else "")))
        bl.append(("p", f"Supervisor: {sup}"))
        bl.append(("p", "Duties, Accomplishments and Related Skills:"))
        bl += [("b", b) for b in e.bullets]
        bl.append(("sp",))
    bl += [("h", "EDUCATION"), ("p", "Central Georgia Technical Institute, Macon, GA — A.A.S. Supply Chain Management, 2015"),
           ("h", "TRAINING"), ("p", "Defense Acquisition basics (2022); Customer Service Excellence (2017)")]
    return dict(file="w012.pdf", family="US federal résumé: employer first, hours per week, salary, series/grade and supervisor lines under each job",
                layout="reportlab letter, org / dates+hours / title+grade / supervisor, mm/yyyy / 'Present'",
                blocks=bl, entries=es, opts=dict(letter=True, accent="#222244"))


# --------------------------------------------------------------------------- w013
def w013():
    es = [
        E("Depot Operations Manager", "Potteries Parcel Logistics", "Stoke-on-Trent", "2009-04", "present", A,
          None, ["Run a 24/7 parcel hub: 110 staff, 38 routes, 45,000 parcels a night",
                 "Health and safety, budgets, overtime and agency labour",
                 "Service-failure reviews with the network planning team"]),
        E("Transport Supervisor", "Potteries Parcel Logistics", "Stoke-on-Trent", "2001-06", "2009-03", A, None,
          ["Allocated drivers and vehicles, tachograph and hours compliance"]),
        E("HGV Class 1 Driver", "Trentham Haulage Ltd", "Stoke-on-Trent", "1996", "2001", A, None, []),
        E("Bus Driver", "North Staffs Omnibus Company", "Hanley", "1990", "1996", F, "in_person_service", []),
        E("Kiln Operative", "Burslem Tableware Ltd", "Burslem", "1983", "1990", N, None, []),
        E("Apprentice Fitter", "Longton Engineering Works", "Longton", "1979", "1983", N, None, []),
    ]
    bl = [("name", "GRAHAM PETTIFER"),
          ("sub", "Meir Park, Stoke-on-Trent ST3 · 07700 914 552 · g.pettifer@postmail.co.uk"),
          ("h", "PROFILE"),
          ("p", "Operations manager with 45+ years in work, from the potbanks to running a parcel hub. "
                "Looking for a part-time operations or training role before retirement."),
          ("h", "CAREER HISTORY"),
          ("p", "POTTERIES PARCEL LOGISTICS, Stoke-on-Trent                         June 2001 - present")]
    for e in es[:2]:
        bl.append(("p", f"  {e.title} ({d(e, 'month', 'present', ' - ')})"))
        bl += [("b", b) for b in e.bullets]
    bl += [("sp",), ("p", "EARLIER CAREER")]
    for e in es[2:]:
        bl.append(("p", f"  {e.start}-{e.end}  {e.title}, {e.org}, {e.loc}"))
    bl += [("h", "QUALIFICATIONS"), ("p", "CPC Transport Manager (National), 2003; IOSH Managing Safely, 2010;"
                                     " City & Guilds Mechanical Engineering Craft, 1983"),
           ("h", "OTHER"), ("p", "Full UK licence incl. C+E and D. Treasurer of Meir Park bowls club."),
           ("p", "References on request.")]
    return dict(file="w013.txt", family="UK older worker (45 years): recent roles under one employer, 'EARLIER CAREER' one-line list with year ranges",
                layout="txt, org heading + title (dates), compressed year-only earlier career, month / 'present'",
                blocks=bl, entries=es, opts=dict(bullet="  *", wrap=96))


# --------------------------------------------------------------------------- w014
def w014():
    es = [
        E("HR Generalist (returnship)", "Västkust Energi AB", "Gothenburg", "2023-09", "present", F,
          "internal_support", ["Answer employees' and managers' questions on leave, sick pay and contracts",
                               "Run onboarding days for new starters", "Update HR policies in the intranet"]),
        E("Parental leave", None, None, "2022-03", "2023-08", N, None,
          ["Full-time parent to our two children (born 2021 and 2022)"], et="unknown"),
        E("Payroll Specialist", "Nordhamn Shipping AB", "Gothenburg", "2017-04", "2022-02", N, None,
          ["Monthly payroll for 420 employees in Hogia", "Reporting to the Tax Agency and pension providers"]),
        E("Recruitment Consultant", "Bemanna Väst AB", "Borås", "2014-08", "2017-03", F, "other_facing",
          ["Interviewed and placed candidates in warehouse and admin roles",
           "Weekly visits to client companies to agree staffing needs"]),
        E("Cashier (extra job while studying)", "Matbutiken Majorna", "Gothenburg", "2011-06", "2014-06", F,
          "in_person_service", []),
    ]
    bl = [("name", "Karin Lindqvist"),
          ("sub", "Gothenburg, Sweden · +46 70 412 88 31 · karin.lindqvist@brevlada.se · LinkedIn: /in/karinlindqvist-hr"),
          ("h", "About me"),
          ("p", "HR and payroll professional who returned to work in 2023 after parental leave. "
                "I like clear processes and helping colleagues find answers quickly."),
          ("h", "Experience")]
    for e in es:
        line = f"{d(e, 'yyyy-mm', 'present', ' – ')}\t**{e.title}**"
        if e.org:
            line += f", {e.org}, {e.loc}"
        bl.append(("p", line))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "Education"), ("p", "2011 – 2014\tBachelor of Science in Human Resource Management, Göta Älv University College"),
           ("h", "Languages"), ("p", "Swedish (native), English (fluent), German (basic)"),
           ("h", "References"), ("p", "Provided on request.")]
    return dict(file="w014.docx", family="Swedish CV: ISO dates first with tab, returner after parental leave (listed as a dated line)",
                layout="docx, heading styles, yyyy-mm first + tab + title, employer, 'present'",
                blocks=bl, entries=es, opts=dict(heads="style", tab=True, header="Karin Lindqvist – CV"))


# --------------------------------------------------------------------------- w015
def w015():
    es = [
        E("Freelance French–English Translator", None, "Manchester", "2022", "present", F,
          "entrepreneurial_freelance", [], et="freelance"),
        E("Customer Experience Advisor", "Northway Rail Ltd", "Manchester Piccadilly", "2019", "2022", F,
          "in_person_service", []),
        E("Housing Administrator", "Salford Community Homes", "Salford", "2016", "2019", N, None, []),
        E("Barista", "Bean Machine Coffee", "Manchester", "2014", "2016", F, "in_person_service", []),
        E("Warehouse Picker (agency)", "Northern Fulfilment Services", "Trafford Park", "2013", "2014", A, None, []),
    ]
    bl = [("name", "Tamsin Okafor-Reid"),
          ("sub", "Manchester · 07981 220 415 · tamsin.or@postmail.co.uk · Portfolio: tamsinor-translates.co.uk"),
          ("h", "Profile"),
          ("p", "Bilingual (French/English) communicator moving into localisation project coordination. "
                "Twelve years dealing with the public, clients and paperwork."),
          ("h", "Key Skills"),
          ("p", "**Client communication** — agree briefs, quotes and deadlines directly with agencies and private "
                "clients; explain delays and changes to passengers calmly; de-escalate complaints."),
          ("p", "**Accuracy and administration** — tenancy paperwork, rent arrears letters, CAT tools (Trados, memoQ), "
                "glossaries and QA checks."),
          ("p", "**Organisation** — juggling 6–10 translation jobs a month alongside part-time study."),
          ("h", "Achievements"),
          ("b", "Diploma in Translation (CIoL), passed with merit in 2023"),
          ("b", "Station 'Colleague of the Quarter', Q3 2021"),
          ("h", "Employment History")]
    rows = [[f"{e.start}–{e.end.replace('present', 'present')}", f"**{e.title}**", e.org or "Self-employed"]
            for e in es]
    bl += [T(rows, w=[0.16, 0.46, 0.38]),
           ("h", "Education"), ("p", "BA (Hons) French and Spanish, University of North Pennine, 2014")]
    return dict(file="w015.pdf", family="UK functional / skills-based CV: skills paragraphs first, short year-only employment history table at the end, no duties",
                layout="reportlab, functional, history table year | title | employer, year / 'present'",
                blocks=bl, entries=es, opts=dict(accent="#5a2d82"))


RESUMES = [w001, w002, w003, w004, w005, w006, w007, w008, w009, w010, w011, w012, w013, w014, w015]
