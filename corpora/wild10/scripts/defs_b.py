"""Résumé definitions w016–w030.  Each function returns the rendered blocks and the entries."""
from lib import E, d

F, A, N = "facing", "affecting", "none"


def T(rows, **o):
    return ("t", rows, o)


# --------------------------------------------------------------------------- w016
def w016():
    es = [
        E("Pharmaceutical Technologist", "Uzima Community Pharmacy", "Nakuru", "2020-01", "present", F,
          "healthcare_care", ["Dispense prescriptions and counsel patients on adherence",
                              "Blood pressure and blood sugar screening at the counter",
                              "Stock control and supplier orders"]),
        E("Medical Representative", "Savanna Pharma Distributors Ltd", "Nakuru & Naivasha", "2017-03",
          "2019-12", F, "sales_account", ["Visited doctors, clinics and pharmacies to detail products",
                                          "Met quarterly sales targets for the Rift Valley territory"]),
        E("Mobile Money Agent Attendant", "Njeri General Stores", "Kiamunyi, Nakuru", "2015-05", "2017-02", F,
          "in_person_service", ["Deposits, withdrawals and float management for customers",
                                "Served shop customers at the counter"]),
        E("Intern Pharmaceutical Technologist", "Menengai County Referral Hospital", "Nakuru", "2014-05",
          "2015-04", F, "healthcare_care", ["Outpatient and inpatient dispensing", "Ward rounds with pharmacists"],
          et="internship"),
        E("Stores Clerk (casual)", "Nakuru Medical Supplies Ltd", "Nakuru", "2011-01", "2011-08", A, None,
          ["Received and issued stock, prepared orders for delivery to clinics"]),
        E("Community Health Volunteer", "Mwariki Community Health Unit", "Nakuru", "2016", "present", F,
          "healthcare_care", ["Household visits on immunisation, nutrition and family planning"],
          section="volunteer", et="volunteer"),
    ]
    bl = [("name", "FAITH NJERI MWANGI"),
          ("sub", "P.O. Box 1842-20100, Nakuru | +254 722 410 663 | faithnjeri.mwangi@barua.co.ke"),
          ("h", "PERSONAL PROFILE"),
          ("p", "A registered Pharmaceutical Technologist (PPB) with over ten years in community and hospital "
                "pharmacy and pharmaceutical sales."),
          ("h", "WORK EXPERIENCE")]
    for e in es[:5]:
        bl.append(("p", f"**{e.org}**, {e.loc}"))
        bl.append(("p", f"Position: {e.title}"))
        bl.append(("p", f"Period: {d(e, 'month', 'To date', ' – ')}"))
        bl.append(("p", "Duties:"))
        bl += [("b", b) for b in e.bullets]
    e = es[5]
    bl += [("h", "VOLUNTEER EXPERIENCE"), ("p", f"**{e.title}**, {e.org} (2016 – to date)"), ("b", e.bullets[0]),
           ("h", "EDUCATION"), ("p", "Diploma in Pharmaceutical Technology, Kenya Medical Training College of the Rift (2011–2014)"),
           ("p", "KCSE, Bahati Girls High School (2010) – B+"),
           ("h", "REFEREES"),
           ("p", "Dr. Peter Kiprono, Superintendent Pharmacist, Uzima Community Pharmacy – 0733 118 204"),
           ("p", "Mr. James Otieno, Regional Sales Manager, Savanna Pharma Distributors Ltd – 0720 559 817"),
           ("p", "Mrs. Grace Chebet, CHA, Mwariki Community Health Unit – 0711 042 376")]
    return dict(file="w016.docx", family="Kenyan CV: employer first then 'Position:', 'Period:', 'Duties:' labels, community health volunteer, referees",
                layout="docx, bold headings, labelled lines, month / 'To date'", blocks=bl, entries=es,
                opts=dict(heads="bold", font="Cambria"))


# --------------------------------------------------------------------------- w017
def w017():
    es = [
        E("Senior Lecturer in Medical Microbiology", "University of Eastmoor", "Eastmoor, UK", "2019",
          "present", F, "education", ["Teach microbiology and infection modules to 220 first- and second-year "
                                      "biomedical science students", "Personal tutor to 18 undergraduates; "
                                      "supervise three PhD students"]),
        E("Postdoctoral Research Fellow", "Kingsmere Institute for Infection Research", "Kingsmere, UK", "2015",
          "2018", N, None, ["Antimicrobial resistance genomics; 9 first-author papers",
                            "Managed the sequencing core booking system"]),
        E("Graduate Teaching Assistant", "Lakeshore University", "Toronto, Canada", "2011", "2015", F,
          "education", ["Led lab sections and marked reports for MICB 210 (2 terms per year)"],
          et="paid"),
        E("Laboratory Technician", "Coastal Diagnostics Pvt. Ltd.", "Chennai, India", "2008", "2010", A, None,
          ["Culture and sensitivity testing of patient specimens", "Reported results to the pathologist"]),
    ]
    bl = [("name", "Priya Raghunathan, PhD"),
          ("sub", "School of Life Sciences, University of Eastmoor · p.raghunathan@eastmoor.ac.uk · ORCID 0000-0002-1847-3309"),
          ("h", "Academic appointments"),
          ("p", f"**{es[0].title}**, {es[0].org} — 2019–present"), ("b", es[0].bullets[0]), ("b", es[0].bullets[1]),
          ("p", f"**{es[1].title}**, {es[1].org} — 2015–2018"), ("b", es[1].bullets[0]), ("b", es[1].bullets[1]),
          ("h", "Education"),
          ("b", "PhD Microbiology, Lakeshore University, Toronto (2011–2015). Thesis: *Efflux pumps in Klebsiella*"),
          ("b", "MSc Medical Microbiology, Coromandel University, Chennai (2006–2008)"),
          ("h", "Teaching experience"),
          ("p", f"**{es[2].title}**, {es[2].org}, {es[2].loc}, 2011–2015 — {es[2].bullets[0]}"),
          ("h", "Employment before graduate study"),
          ("p", f"**{es[3].title}**, {es[3].org}, {es[3].loc}, 2008–2010. {es[3].bullets[0]}; "
                f"{es[3].bullets[1][0].lower() + es[3].bullets[1][1:]}."),
          ("h", "Grants"),
          ("b", "2023–2026 Wellspring Trust Seed Award, £148,000 (PI)"),
          ("h", "Selected publications"),
          ("b", "Raghunathan P, Owusu K, Hale D. (2024) Plasmid carriage in hospital sinks. *J Hosp Microbiol* 41: 112–121."),
          ("h", "Service"),
          ("b", "Chair, School Ethics Committee (2022–present); External examiner, Northfield University (2021–2024)")]
    return dict(file="w017.md", family="Academic CV (Markdown): appointments, education, teaching, earlier employment, grants, publications, service",
                layout="md, bold title, employer — years, year-only / 'present'", blocks=bl, entries=es,
                opts=dict(h="##"))


# --------------------------------------------------------------------------- w018
def w018():
    es = [
        E("Licensed Guide Interpreter (freelance)", None, "Kyoto", "2017-10", "present", F,
          "entrepreneurial_freelance", ["Private and small-group tours of Kyoto and Nara in English",
                                        "Interpreting for visiting business delegations"], et="freelance"),
        E("Reservations Staff", "Hoshizora Hotels Co., Ltd.", "Reservations Centre, Osaka", "2015-04",
          "2017-09", F, "contact_center", ["Phone and e-mail reservations in Japanese and English"]),
        E("Front Desk Clerk", "Hoshizora Hotels Co., Ltd.", "Kyoto Station Hotel", "2012-04", "2015-03", F,
          "in_person_service", ["Check-in/out, concierge requests, foreign guests"]),
        E("Convenience Store Staff (part-time)", "Heiwa Mart Shimogamo", "Kyoto", "2008-04", "2012-03", F,
          "in_person_service", []),
        E("Translation Checker (part-time, remote)", "Kansai Localize K.K.", "Osaka", "2018-04", "2020-03", A,
          None, ["Checked English translations of hotel and museum texts against the Japanese originals"]),
    ]
    rows = [["Year", "Month", "Education and employment history"],
            ["", "", "**Education**"],
            ["2008", "4", "Entered Rakuhoku University, Faculty of Foreign Studies (English)"],
            ["2012", "3", "Graduated from Rakuhoku University"],
            ["", "", "**Employment**"],
            ["2008", "4", f"Started part-time work: {es[3].title}, {es[3].org} (until March 2012)"],
            ["2012", "4", f"Joined {es[2].org} — {es[2].title}, {es[2].loc}"],
            ["2015", "4", f"Transferred: {es[1].title}, {es[1].loc}"],
            ["2017", "9", f"Resigned from {es[2].org} for personal reasons"],
            ["2017", "10", f"Registered as National Government Licensed Guide; working as {es[0].title}"],
            ["2018", "4", f"Also part-time: {es[4].title}, {es[4].org} (until March 2020)"],
            ["", "", "To the present"],
            ["", "", "End"]]
    bl = [("name", "Rirekisho (Personal History) — English version"),
          T([["Name", "Haruka Nishimura"], ["Date of birth", "1989-11-02 (age 37)"],
             ["Address", "3-14 Shimogamo Izumikawa-cho, Sakyo-ku, Kyoto"], ["Phone", "090-4418-2275"],
             ["E-mail", "h.nishimura@kyomail.jp"]], w=[0.2, 0.55], grid=True),
          ("sp",),
          T(rows, w=[0.08, 0.08, 0.84], grid=True, header=True),
          ("h", "Licences and qualifications"),
          T([["2014", "3", "TOEIC 940"], ["2017", "8", "National Government Licensed Guide Interpreter (English)"]],
            w=[0.08, 0.08, 0.84], grid=True),
          ("h", "Duties (supplement)")]
    for e in es[:3] + es[4:]:
        bl.append(("p", f"**{e.title}**: " + "; ".join(e.bullets)))
    bl += [("h", "Reason for applying"),
           ("p", "I would like to use my guiding and hotel experience in a tourism board role."),
           ("h", "Personal requests"), ("p", "As per company regulations.")]
    return dict(file="w018.pdf", family="Japanese rirekisho in English: gridded Year | Month | history table ('Joined', 'Transferred', 'Resigned'), 'To the present', 'End'",
                layout="reportlab, rirekisho grid, year + month number rows, start/end on separate rows",
                blocks=bl, entries=es, opts=dict(accent="#000000", rule=False))


# --------------------------------------------------------------------------- w019
def w019():
    es = [
        E("Secondary English Teacher", "Colegio Mare Nostrum", "Valencia", "2018-09", "present", F, "education",
          ["English for ESO 3–4 and Bachillerato; tutor of a group of 27 pupils",
           "Coordinator of the Erasmus+ exchange with a school in Lyon"]),
        E("English Teacher (evenings, part-time)", "Academia Lingua Plus", "Valencia", "2016-10", "present", F,
          "education", ["Cambridge exam preparation for adults, 6 hours a week"]),
        E("Preparation for the public teaching examinations (oposiciones)", None, None, "2016-07", "2018-08", N,
          None, [], et="unknown"),
        E("Interim English Teacher", "IES Turia Alta", "Llíria", "2014-09", "2016-06", F, "education",
          ["Substitute teacher covering a maternity leave, then a full-year post"]),
        E("Administrative Assistant", "Gestoría Ruzafa S.L.", "Valencia", "2013-10", "2014-06", N, None,
          ["Filing tax forms and payroll documents for the firm's accountants"]),
        E("Tour Guide (summer season)", "Viajes Albufera S.L.", "Valencia", "2013-06", "2013-09", F,
          "in_person_service", ["City and Albufera boat tours for English- and French-speaking groups"]),
        E("Tour Guide (summer season)", "Viajes Albufera S.L.", "Valencia", "2012-06", "2012-09", F,
          "in_person_service", ["Walking tours of the old town for cruise passengers"]),
    ]
    bl = [("name", "Lucía Fernández Ortega"),
          ("sub", "C/ Sueca 58, 4º 8ª, 46006 Valencia · +34 612 447 091 · lucia.fdez.ortega@correo.es · DNI available on request"),
          ("h", "Work Experience:")]
    for e in es:
        head = f"**{e.title}**" + (f" | {e.org} | {e.loc}" if e.org else "")
        bl.append(("p", head))
        bl.append(("p", d(e, "month", "ongoing", " – ")))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "Education:"),
           ("p", "Máster en Profesorado de Secundaria (teacher training), Universitat de la Ribera, 2014"),
           ("p", "Grado en Estudios Ingleses, Universitat de la Ribera, 2013"),
           ("h", "Languages:"), ("p", "Spanish and Valencian (native), English (C2, CPE), French (B2)"),
           ("h", "Other information:"), ("p", "Driving licence B. Available for extracurricular activities.")]
    return dict(file="w019.docx", family="Spanish CV: 'Work Experience:' headings with colons, title | employer | city, two concurrent teaching jobs, exam-preparation gap listed",
                layout="docx, bold headings, pipe line then month dates / 'ongoing', summers literal",
                blocks=bl, entries=es, opts=dict(heads="bold"))


# --------------------------------------------------------------------------- w020
def w020():
    es = [
        E("Dispatch Coordinator", "Volta Express Couriers Ltd", "Accra", "2021-02", "present", F,
          "contact_center", ["Assign pickups to 25 riders and track them on the GPS board",
                             "Answer customer calls and WhatsApp messages about delivery times and failed drop-offs",
                             "Daily delivery report to the operations manager"]),
        E("Ride-hailing Driver (weekends)", None, "Accra", "2022-06", "present", F, "in_person_service",
          ["Weekend trips with my own car on two ride-hailing apps; 4.9 rating"], et="freelance"),
        E("Warehouse Assistant", "Tema Cold Stores Ltd", "Tema", "2017-09", "2021-01", A, None,
          ["Receiving and stacking frozen fish and poultry", "Loading customer orders onto trucks",
           "Stock counts in the cold room"]),
        E("Teaching Assistant (National Service)", "Ashaiman Presby Basic School", "Ashaiman", "2016-09",
          "2017-08", F, "education", ["Assisted Class 5 and 6 teachers; taught ICT lessons"]),
        E("Sunday School Teacher", "Christ the King Methodist Society", "Dansoman, Accra", None, None, F,
          "education", [], section="volunteer", et="volunteer"),
    ]
    bl = [("name", "KWABENA OFORI-ATTA MENSAH"),
          ("sub", "House No. C/14, Dansoman Estates, Accra · +233 24 417 8830 · kwabena.ofori.mensah@mailgh.com"),
          ("sub", "Date of birth: 18th March 1994 · Nationality: Ghanaian · Marital status: Single"),
          ("h", "WORKING EXPERIENCE")]
    for e in es[:4]:
        org = e.org or "Self-employed"
        bl.append(T([[f"**{e.title}** – {org}, {e.loc}", d(e, "MON", "TO DATE", " – ")]], w=[0.72, 0.28]))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "CHURCH ACTIVITIES"), ("p", f"{es[4].title}, {es[4].org}, {es[4].loc}"),
           ("h", "EDUCATIONAL BACKGROUND"),
           ("p", "2012 – 2016  B.A. Geography and Resource Development, University of the Coast Region, Cape Coast"),
           ("p", "2008 – 2011  WASSCE, Accra Technical Secondary School"),
           ("h", "REFEREES"),
           ("p", "Mrs. Abena Owusu, Operations Manager, Volta Express Couriers Ltd, Accra – 020 771 4432"),
           ("p", "Mr. Samuel Tetteh, Warehouse Supervisor, Tema Cold Stores Ltd – 024 302 1188")]
    return dict(file="w020.pdf", family="Ghanaian CV: 'WORKING EXPERIENCE', title – employer row with dates in capitals, weekend ride-hailing alongside a dispatcher job, referees",
                layout="fpdf2 DejaVu, title–org | DATE table rows, MON YYYY / 'TO DATE', undated church role",
                engine="fpdf", blocks=bl, entries=es, opts=dict(accent_rgb=(110, 30, 30)))


# --------------------------------------------------------------------------- w021
def w021():
    es = [
        E("Credit Operations Officer", "Serendib Commercial Bank PLC", "Head Office, Colombo 02", "2021-07",
          "present", A, None, ["Back-office processing of leasing and personal loan disbursements",
                               "Security documentation checks and CRIB reports",
                               "No customer-facing duties; liaise with branches by e-mail"]),
        E("Customer Relationship Officer", "Serendib Commercial Bank PLC", "Nugegoda Branch", "2017-01",
          "2021-06", F, "sales_account", ["Opened accounts and sold savings and leasing products to walk-in customers",
                                          "Handled customer complaints and standing orders"]),
        E("Call Centre Agent", "Lanka Connect BPO (Pvt) Ltd", "Colombo 03", "2015-03", "2016-12", F,
          "contact_center", ["Inbound calls for a telecom client in Sinhala, Tamil and English"]),
        E("Management Trainee", "Uva Highlands Tea Estates", "Badulla", "2014-01", "2015-02", N, None,
          ["Factory records, leaf weighing reports and estate payroll support"], et="internship"),
        E("Accounts Clerk", "Perera Hardware Stores", "Maharagama", "2013-03", "2013-12", N, None,
          ["Ledger posting and supplier payment vouchers"]),
    ]
    bl = [("name", "CURRICULUM VITAE"), ("sub", "DILANI SHAMALI PERERA"),
          ("h", "PERSONAL DETAILS"),
          ("p", "Name with initials   : W. D. S. Perera"), ("p", "Date of birth        : 11.07.1991"),
          ("p", "NIC No.              : 9119xxxxxV"), ("p", "Address              : 27/3, Temple Road, Nugegoda"),
          ("p", "Contact No.          : 077 341 9082"), ("p", "Civil status         : Married"),
          ("h", "EMPLOYMENT RECORD")]
    rows = [["Period", "Designation", "Organization"]]
    for e in es:
        rows.append([d(e, "mm/yyyy", "to date", " - "), e.title, f"{e.org},\n{e.loc}"])
    bl.append(T(rows, header=True))
    bl.append(("h", "DUTIES"))
    for e in es:
        bl.append(("p", f"{e.title}:"))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "EDUCATIONAL QUALIFICATIONS"),
           ("p", "B.Com (Special), University of Sri Jayawardenapura South Campus - 2013"),
           ("p", "G.C.E. Advanced Level (Commerce) - 2009: 3 passes"),
           ("h", "NON-RELATED REFEREES"),
           ("p", "1. Prof. K. M. Dissanayake, Dept. of Commerce, University of Sri Jayawardenapura South Campus"),
           ("p", "2. Mr. R. Fernando, Senior Manager, Serendib Commercial Bank PLC"),
           ("p", "I certify that the above information is true and accurate."),
           ("p", "..........................  W. D. S. Perera")]
    return dict(file="w021.txt", family="Sri Lankan bank CV: personal details with NIC, 'EMPLOYMENT RECORD' table (Period | Designation | Organization), duties listed separately",
                layout="txt, padded table then duties by title, mm/yyyy / 'to date'", blocks=bl, entries=es,
                opts=dict(bullet="  o"))


# --------------------------------------------------------------------------- w022
def w022():
    es = [
        E("Shift Team Leader", "LogiPark Bielany Sp. z o.o.", "Wrocław, Poland", "2021-05", "present", A, None,
          ["Lead 18 pickers and packers on the night shift", "Hit dispatch cut-offs for next-day e-commerce orders",
           "Train new workers in scanners and safety"]),
        E("Forklift Operator", "LogiPark Bielany Sp. z o.o.", "Wrocław, Poland", "2019-03", "2021-04", A, None,
          ["Reach truck in high-bay storage; loading trailers"]),
        E("Volunteer, Reception Point for Refugees", "Wrocław Main Station Volunteer Centre", "Wrocław",
          "2022-03", "2022-06", F, "volunteering",
          ["Met trains from Ukraine, gave information in Ukrainian and Russian, handed out SIM cards and food"],
          section="volunteer", et="volunteer"),
        E("Taxi Driver", "Taksi Lider", "Kyiv, Ukraine", "2013-02", "2018-12", F, "in_person_service",
          ["Night shifts, airport transfers, cash and card payments"]),
        E("Electrician", "Budmontazh-Service LLC", "Kyiv, Ukraine", "2008-07", "2013-01", N, None,
          ["Wiring in new residential buildings; reading drawings"]),
    ]
    bl = [("name", "OLEKSANDR HNATYUK"),
          ("sub", "ul. Legnicka 112/4, 54-204 Wrocław | +48 579 221 046 | o.hnatyuk@pocztex.pl"),
          ("sub", "Citizenship: Ukraine | Residence card (Karta pobytu) valid to 2028 | Languages: UA, RU, PL (B2), EN (A2)"),
          ("h", "WORK EXPERIENCE")]
    for e in es:
        bl.append(("p", f"{d(e, 'mm.yyyy', 'now', ' – ')}    {e.title}"))
        bl.append(("p", f"                     {e.org}, {e.loc}"))
        bl += [("b", b) for b in e.bullets]
        bl.append(("sp",))
    bl += [("h", "EDUCATION"), ("p", "2005 – 2008    Kyiv Vocational Lyceum of Construction No. 9 – electrician"),
           ("h", "LICENCES"), ("p", "Forklift (UDT) category II WJO; driving licence B"),
           ("p", "I consent to the processing of my personal data for the purposes of recruitment.")]
    return dict(file="w022.txt", family="Ukrainian worker in Poland: mm.yyyy dates left, title then indented employer, refugee-reception volunteering, data-consent clause",
                layout="txt, date + title line, indented employer, mm.yyyy / 'now'", blocks=bl, entries=es,
                opts=dict(bullet="                     -"))


# --------------------------------------------------------------------------- w023
def w023():
    es = [
        E("Principal", "Te Awa Kōwhai School", "Hamilton", "2015-01", "present", N, None,
          ["Lead a staff of 42; strategic planning and reporting to the Board of Trustees",
           "Property programme, budget and staffing entitlement", "Cluster leadership with six local schools"]),
        E("Deputy Principal (0.5 teaching)", "Te Awa Kōwhai School", "Hamilton", "2008-01", "2014-12", F,
          "education", ["Taught a Year 7–8 class half-time", "Pastoral care and behaviour meetings with whānau"]),
        E("Classroom Teacher", "Rototuna Valley School", "Hamilton", "1996-02", "2007-12", F, "education",
          ["Years 4–6; syndicate leader for science from 2001"]),
        E("Relief Teacher", "Waikato Relief Teachers Pool", "Hamilton", "1994", "1995", F, "education", []),
        E("Shearing Shed Hand", "Bremner Shearing Contractors", "Te Kūiti", "1988", "1991", N, None, []),
        E("Shop Assistant", "Corner Foodmarket Ōtorohanga", "Ōtorohanga", "1986", "1988", F, "in_person_service",
          []),
    ]
    bl = [("name", "Hemi Parata-Walker"),
          ("sub", "42 Thackeray Street, Hamilton 3204 · 021 448 907 · hemi.paratawalker@mailnz.co.nz"),
          ("h", "Leadership summary"),
          ("p", "Principal with 30 years in Waikato primary and intermediate schools, committed to "
                "bilingual learning and strong partnerships with whānau."),
          ("h", "Career history")]
    for e in es[:3]:
        bl.append(("p", f"**{e.title}** — {e.org}, {e.loc}"))
        bl.append(("p", d(e, "month", "Present", " to ")))
        bl += [("b", b) for b in e.bullets]
    bl.append(("h", "Earlier career"))
    for e in es[3:]:
        bl.append(("p", f"{e.start}–{e.end}: {e.title}, {e.org}, {e.loc}"))
    bl += [("h", "Qualifications"),
           ("p", "Diploma of Teaching (Primary), Waikato College of Education, 1993; BEd, 1995; "
                 "Postgraduate Certificate in Educational Leadership, 2009"),
           ("h", "Referees"), ("p", "Available on request (Board chair and Kāhui Ako lead).")]
    return dict(file="w023.pdf", family="New Zealand principal, 40-year working life: recent roles with duties, 'Earlier career' one-liners with year ranges, macrons",
                layout="fpdf2 DejaVu, bold title — employer, month 'to' dates / 'Present', year-only earlier career",
                engine="fpdf", blocks=bl, entries=es, opts=dict(accent_rgb=(0, 90, 80)))


# --------------------------------------------------------------------------- w024
def w024():
    es = [
        E("Night Auditor", "Pearl Bay Hotel & Residences", "Doha, Qatar", "2019-11", "present", A, None,
          ["Run the night audit in Opera: post room and tax charges, roll the business date",
           "Reconcile F&B outlet cashier reports and credit card settlements",
           "Prepare flash revenue report for management by 07:00"]),
        E("Income Auditor", "Pearl Bay Hotel & Residences", "Doha, Qatar", "2017-04", "2019-10", A, None,
          ["Daily revenue audit of rooms, outlets and banquets", "Investigated rate and discount variances"]),
        E("Front Office Cashier", "Hotel Mandovi Sands", "Goa, India", "2014-06", "2017-03", F,
          "in_person_service", ["Guest check-out, bill settlement and foreign exchange at the front desk"]),
        E("Industrial Trainee", "Sahyadri Grand Hotel", "Pune, India", "2013-12", "2014-05", F,
          "in_person_service", ["Rotation through F&B service, housekeeping and front office"], et="internship"),
    ]
    top = T([["**RAHUL DSOUZA**\nHotel Accounts & Night Audit\n+974 5512 8843 · rahul.dsouza.audit@inboxmail.com\n"
              "Al Sadd, Doha, Qatar", "Photo\n(passport size)"]], w=[0.78, 0.22], grid=True)
    pers = T([["Nationality", "Indian"], ["Date of Birth", "05 Feb 1993"], ["Passport", "Valid until 2031"],
              ["Visa Status", "Qatar residence permit (RP), NOC can be provided"], ["Religion", "Christian"],
              ["Marital Status", "Single"]], w=[0.3, 0.7], grid=True)
    bl = [top, ("h", "Personal Details"), pers, ("h", "Employment History")]
    for e in es:
        bl.append(("p", f"**{e.title}** | {e.org}, {e.loc} | {d(e, 'mon', 'Present', ' – ')}"))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "Education"), ("p", "B.Sc. Hospitality & Hotel Administration, Institute of Hotel Management Konkan (2014)"),
           ("h", "Software"), ("p", "Opera PMS, Micros POS, Sun Systems, Excel"),
           ("h", "Declaration"), ("p", "I hereby declare that the above particulars are true to the best of my knowledge.")]
    return dict(file="w024.docx", family="Gulf-states CV (Qatar) in Word: header table with photo box, personal details grid with visa status, pipe-separated title | employer | dates",
                layout="docx, photo + key/value tables, pipe lines, mon / 'Present'", blocks=bl, entries=es,
                opts=dict(heads="style"))


# --------------------------------------------------------------------------- w025
def w025():
    es = [
        E("Architect (own practice)", "Deniz Kaya Mimarlık", "Izmir", "2020-06", "present", F,
          "entrepreneurial_freelance", ["Meet homeowners to agree briefs, present designs and visit sites with them",
                                        "House renovations and small shops; permit drawings"], et="freelance"),
        E("Project Architect", "Atölye Ege Mimarlık Ltd. Şti.", "Izmir", "2015-09", "2020-05", A, None,
          ["Construction drawings and details for hotel projects", "Coordinated consultants' drawings"]),
        E("Sales Consultant", "Kaya Mobilya Showroom", "Karşıyaka, Izmir", "2013-07", "2015-08", F,
          "in_person_service", ["Advised showroom visitors on furniture and kitchen layouts",
                                "Measured customers' homes for fitted kitchens"]),
        E("Site Intern", "Yapı Ege İnşaat A.Ş.", "Manisa", "2012-07", "2012-08", N, None,
          ["Site diary and quantity checks on a school building"], et="internship"),
        E("Drafting Assistant (part-time)", "Ege Proje Çizim Ofisi", "Bornova, Izmir", "2011-09", "2013-06", N,
          None, ["Drew plans and sections in AutoCAD from engineers' sketches"]),
    ]
    bl = [("name", "Deniz Kaya"),
          ("sub", "Alsancak, Izmir, Türkiye · +90 532 418 27 65 · deniz@denizkayamimarlik.com.tr"),
          ("h", "İş Deneyimi / Work Experience")]
    for e in es:
        bl.append(T([[f"**{e.org}**", e.loc], [f"{e.title}", d(e, "mm/yyyy", "continuing", " – ")]],
                    w=[0.7, 0.3]))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "Eğitim / Education"), ("p", "B.Arch., Ege Teknik Üniversitesi, Izmir (2009–2014)"),
           ("h", "Software"), ("p", "AutoCAD, Revit, SketchUp, Lumion"),
           ("h", "Military service"), ("p", "Completed (2014–2015)")]
    return dict(file="w025.pdf", family="Turkish CV with bilingual headings: employer and city on top row, italic title with dates beneath, military service line",
                layout="fpdf2 DejaVu, org | city / title | dates table rows, mm/yyyy / 'continuing'",
                engine="fpdf", blocks=bl, entries=es, opts=dict(accent_rgb=(160, 40, 20)))


# --------------------------------------------------------------------------- w026
def w026():
    es = [
        E("Laboratory Technician (part-time)", "Corrib Dairy Testing Ltd", "Galway", "2021-09", "present", A,
          None, ["Milk quality testing (fat, protein, somatic cell counts) for supplier payments",
                 "Calibration and daily QC of the analysers"]),
        E("Swimming Coach (part-time)", "Galway Bay Swimming Club", "Galway", "2021-10", "present", F,
          "education", ["Coach the junior development squad four evenings a week",
                        "Parent meetings at the start of each season"]),
        E("Career break", None, None, "2019-06", "2021-08", N, None,
          ["Full-time carer for my father after his stroke"], et="unknown"),
        E("Lifeguard", "Salthill Leisure Centre", "Galway", "2015-05", "2019-05", F, "other_facing",
          ["Pool supervision, first aid, swimming lessons for adults"]),
        E("Summer Research Placement", "Marine Biotechnology Lab, Atlantic Technological College", "Galway",
          "2014-06", "2014-08", N, None, ["Screened seaweed extracts for antimicrobial activity"],
          section="other", et="internship"),
    ]
    bl = [("name", "Aoife Brennan"),
          ("sub", "Knocknacarra, Galway · 087 441 2093 · aoife.brennan.galway@postmail.ie"),
          ("h", "Employment")]
    for e in es:
        if e.org:
            bl.append(("p", f"**{e.title}** — {e.org}, {e.loc}  \n{d(e, 'mon', 'present', ' – ')}"))
        else:
            bl.append(("p", f"**{e.title}**  \n{d(e, 'mon', 'present', ' – ')}"))
        bl += [("b", b) for b in e.bullets]
        bl.append(("sp",))
    bl += [("h", "Education"), ("b", "BSc Biotechnology, Atlantic Technological College Galway (2015)"),
           ("h", "Certificates"), ("b", "Swim Ireland Level 2 Coach (2021)"), ("b", "Pool Lifeguard, Irish Water Safety (renewed 2024)"),
           ("h", "Interests"), ("p", "Open-water swimming, sea shanties, the GAA club lotto committee")]
    return dict(file="w026.md", family="Irish CV (Markdown): two concurrent part-time jobs, a dated career break caring for a parent",
                layout="md, bold title — employer, mon / 'present' on next line", blocks=bl, entries=es,
                opts=dict(h="###", bullet="*"))


# --------------------------------------------------------------------------- w027
def w027():
    es = [
        E("Customer Success Manager", "Logiciels Boréal Inc.", "Montréal, QC", "2022-02", "present", F,
          "sales_account", ["Portfolio of 70 SMB accounts: onboarding calls, quarterly business reviews, renewals",
                            "Reduced churn in my portfolio from 11% to 6%"]),
        E("Bilingual Technical Support Agent", "Logiciels Boréal Inc.", "Montréal, QC", "2019-05", "2022-01", F,
          "contact_center", ["Phone and ticket support in French and English for accounting software users"]),
        E("Ski Instructor (winter seasons)", "École de ski du Mont Sainte-Aurèle", "Laurentides, QC", "2016-12",
          "2019-03", F, "education", ["Group and private lessons for children and adults, weekends and holidays"],
          dt="Dec 2016 – Mar 2019 (winter seasons, weekends and holidays)"),
        E("Data Analyst Intern", "Assurances Fleuve Inc.", "Québec City, QC", "2018-05", "2018-08", N, None,
          ["Cleaned claims data and built Power BI dashboards for actuaries"], et="internship"),
        E("Warehouse Associate (summer job)", "Entrepôt Distribution Laurentienne", "Lévis, QC", "2015-06",
          "2015-08", A, None, ["Order preparation for convenience-store deliveries"]),
        E("Food Bank Volunteer", "Mission Saint-Roch", "Québec City, QC", "2015", "2019", F, "volunteering",
          ["Welcomed families and distributed food baskets on Tuesdays"], section="volunteer", et="volunteer"),
    ]
    bl = [("name", "Marie-Ève Gagnon"),
          ("sub", "Plateau-Mont-Royal, Montréal (Québec) · 514 555-0187 · marieeve.gagnon@courriel.ca"),
          ("h", "WORK EXPERIENCE")]
    for e in es[:5]:
        bl.append(("p", f"{d(e, 'mon', 'today', ' – ')}"))
        bl.append(("p", f"**{e.title.upper()}**"))
        bl.append(("p", f"{e.org}, {e.loc}"))
        bl += [("b", b) for b in e.bullets]
    e = es[5]
    bl += [("h", "VOLUNTEER INVOLVEMENT"), ("p", "2015 – 2019"), ("p", f"**{e.title.upper()}**"),
           ("p", f"{e.org}, {e.loc}"), ("b", e.bullets[0]),
           ("h", "EDUCATION"), ("p", "B.A.A. (Business Administration), Université Laval-Nord, 2019"),
           ("h", "LANGUAGES"), ("p", "French: native · English: fluent · Spanish: intermediate")]
    return dict(file="w027.docx", family="Québec CV: dates line, TITLE IN CAPITALS, employer line; ski-instructor winter seasons literal",
                layout="docx, bold headings, dates / TITLE / employer stacked, mon / 'today'", blocks=bl, entries=es,
                opts=dict(heads="bold", font="Georgia"))


# --------------------------------------------------------------------------- w028
def w028():
    es = [
        E("Founder & Online Seller", "Aina Modest Wear", "Kuala Lumpur", "2021-01", "present", F,
          "entrepreneurial_freelance", ["Sell tudung and baju kurung through marketplace apps and Instagram",
                                        "Reply to buyers' chats, arrange exchanges, pack and ship 400 parcels/month"],
          et="freelance"),
        E("Admin Executive", "Pantas Freight Forwarding Sdn Bhd", "Petaling Jaya", "2017-03", "2020-12", N, None,
          ["Filing, staff claims, purchase orders and office supplies"]),
        E("Kindergarten Teacher", "Tadika Bintang Kecil", "Shah Alam", "2014-01", "2017-02", F, "education",
          ["Class of 22 five-year-olds; daily reports to parents"]),
        E("Production Operator", "Elektronik Jaya Sdn Bhd", "Shah Alam", "2011-01", "2011-12", N, None,
          ["Visual inspection and soldering touch-up on PCB line"]),
        E("Quran Class Volunteer Teacher", "Surau Al-Hidayah Taman Melati", "Kuala Lumpur", "2018", "present",
          F, "education", ["Weekend Iqra' classes for children"], section="volunteer", et="volunteer"),
    ]
    bl = [("name", "RESUME"), ("sub", "NURUL AINA BINTI HASHIM"),
          ("sub", "No. 8, Jalan Melati 3/2, Taman Melati, 53100 Kuala Lumpur"),
          ("sub", "H/P: 012-774 3091 | Email: nurulaina.hashim@emelku.my"),
          ("h", "WORKING EXPERIENCE")]
    for e in es[:4]:
        bl.append(("p", f"Company    : {e.org}, {e.loc}"))
        bl.append(("p", f"Position   : {e.title}"))
        bl.append(("p", f"Period     : {d(e, 'month', 'Current', ' until ')}"))
        bl.append(("p", "Job scope  :"))
        bl += [("b", b) for b in e.bullets]
        bl.append(("sp",))
    e = es[4]
    bl += [("h", "VOLUNTEER"), ("p", f"{e.title}, {e.org} (2018 - now)"), ("b", e.bullets[0]),
           ("h", "EDUCATION"), ("p", "Diploma in Early Childhood Education, Kolej Cemerlang Selangor (2013)"),
           ("p", "SPM (2010) - 6A"),
           ("h", "EXPECTED SALARY"), ("p", "RM 3,800 (negotiable)"),
           ("h", "AVAILABILITY"), ("p", "1 month notice")]
    return dict(file="w028.txt", family="Malaysian CV: 'Company :' / 'Position :' / 'Period :' / 'Job scope :' labels, own online shop, surau volunteer, expected salary",
                layout="txt, labelled fields, month 'until' / 'Current', year 'now'", blocks=bl, entries=es,
                opts=dict(bullet="  -"))


# --------------------------------------------------------------------------- w029
def w029():
    es = [
        E("Merchandiser", "Saigon Star Garment Co., Ltd.", "Ho Chi Minh City", "2019-08", "present", F,
          "sales_account", ["Main contact for two European buyers: samples, prices and shipment dates",
                            "Accompany buyers on factory audits and fit sessions"]),
        E("Quality Control Inspector", "Saigon Star Garment Co., Ltd.", "Bình Dương factory", "2016-03",
          "2019-07", A, None, ["Inline and final inspection of garments against buyer specifications",
                               "AQL reports; rework instructions to production lines"]),
        E("English Teacher (evening classes)", "Trung Tâm Anh Ngữ Hoa Mai", "Thủ Đức", "2017-01", "2020-12", F,
          "education", ["Communication classes for teenagers, three evenings a week"]),
        E("Production Line Worker", "Đông Á Textile JSC", "Bình Dương", "2013-06", "2016-02", N, None,
          ["Sewing operator, then line leader's assistant"]),
        E("Warehouse Clerk", "Đông Á Textile JSC", "Bình Dương", "2012-09", "2013-05", N, None,
          ["Recorded fabric and accessory receipts; issued materials to sewing lines"]),
    ]
    bl = [("name", "NGUYỄN THỊ THU HÀ (Ha Nguyen)"),
          ("sub", "District 7, Ho Chi Minh City · 0908 417 226 · thuha.nguyen.merch@thumail.vn · Female · 1994"),
          ("h", "CAREER GOAL"),
          ("p", "Become a senior merchandiser for European fashion brands within two years."),
          ("h", "WORK EXPERIENCE")]
    for e in es:
        bl.append(("p", f"**{d(e, 'mm/yyyy', 'Now', ' - ')}** | **{e.title}** | {e.org} – {e.loc}"))
        bl += [("b", b) for b in e.bullets]
    bl += [("h", "EDUCATION"), ("p", "2012 – 2016: Bachelor of English Language (part-time), Saigon Open University"),
           ("h", "SKILLS"), ("p", "English IELTS 7.0; garment specifications; Excel; Vietnamese (native)")]
    return dict(file="w029.pdf", family="Vietnamese CV: 'dates | title | employer – place' lines with diacritics, concurrent evening teaching",
                layout="fpdf2 DejaVu, pipe lines dates first, mm/yyyy / 'Now'", engine="fpdf", blocks=bl,
                entries=es, opts=dict(accent_rgb=(180, 20, 60)))


# --------------------------------------------------------------------------- w030
def w030():
    es = [
        E("Associate Pastor", "Grace Harbor Community Church", "Houston, TX", "2018-08", "present", F,
          "other_facing", ["Pastoral care visits to members in homes and hospitals",
                           "Preach monthly; lead the Spanish-language congregation",
                           "Supervise the church office and the facilities budget"]),
        E("Staff Chaplain (PRN)", "Bayou Regional Medical Center", "Pasadena, TX", "2019-01", "present", F,
          "healthcare_care", ["On-call spiritual care for patients and families, including end-of-life support"]),
        E("Medical Interpreter (Spanish), contract", "Bayou City Language Services", "Houston, TX", "2014-03",
          "2018-07", F, "healthcare_care", ["On-site interpreting between doctors and patients in clinics and ERs"],
          et="freelance"),
        E("Claims Adjuster (desk)", "Gulf Coast Mutual Insurance", "Houston, TX", "2008-06", "2014-02", A, None,
          ["Reviewed auto damage estimates and photos; set reserves and approved payments"]),
        E("Data Entry Clerk (student job)", "Gulf Coast Mutual Insurance", "Houston, TX", "2006", "2008", N, None,
          ["Keyed policy applications and scanned claim files"], et="paid"),
        E("Volunteer Youth Basketball Coach", "East End Youth Sports Association", "Houston, TX", "2010", "2016",
          F, "education", [], section="volunteer", et="volunteer"),
    ]
    bl = [("name", "Rev. Samuel Okonkwo-Davis, M.Div."),
          ("sub", "Houston, TX 77023 · (713) 555-0148 · pastor.sam.od@mailus.net · Bilingual English/Spanish"),
          ("h", "Summary"),
          ("p", "Pastor and board-certified chaplain candidate with 18 years' experience serving people "
                "in churches, hospitals and clinics."),
          ("h", "Ministry & Professional Experience")]
    for e in es[:5]:
        bl.append(("p", f"{e.org} — {e.loc}\t{d(e, 'mon.', 'Present', ' – ')}"))
        bl.append(("p", f"**{e.title}**"))
        bl += [("b", b) for b in e.bullets]
    e = es[5]
    bl += [("h", "Community Service"), ("p", f"{e.title}, {e.org} (2010–2016)"),
           ("h", "Education"), ("p", "M.Div., Southwestern Gulf Theological Seminary, 2018"),
           ("p", "B.B.A., University of the Texas Coastal Bend, 2008"),
           ("h", "Certifications"), ("p", "Units of Clinical Pastoral Education: 4 (2019–2021); Certified Medical Interpreter (2015)")]
    return dict(file="w030.docx", family="US ministry résumé: employer — city with right tab-stop date, title on the next line, chaplaincy and interpreting",
                layout="docx, heading styles, header/footer, employer + tab date then title, 'Mon.' abbreviations / 'Present'",
                blocks=bl, entries=es, opts=dict(heads="style", tab=True, footer="Samuel Okonkwo-Davis · page 1"))


RESUMES = [w016, w017, w018, w019, w020, w021, w022, w023, w024, w025, w026, w027, w028, w029, w030]
