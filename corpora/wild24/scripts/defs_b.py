# -*- coding: utf-8 -*-
"""wild24 résumés w016–w030 (one dict each; see render.py for the block format)."""
from lib import E

R = []

# --------------------------------------------------------------------------- w016
R.append(dict(
    file="w016.txt",
    family="UK data-entry and payroll clerk, plain text with ruled caps headings, no customer-facing work",
    renderer="txt", layout="rule", order="dash", dates="mon", present="date", sep=" to ",
    txt_head="rule", bullet="-", txt_width=80,
    name="NADIA HUSSAIN",
    contact=["22 Fernhill Avenue, Oldcastle OC3 9RR", "Mobile 07398 552 067", "nadia.hussain88@mailbox.co.uk"],
    body=[
        ("h", "Personal profile"),
        ("p", "Accurate and reliable administrator with over ten years in back-office roles (claims, payroll "
              "and logistics). I have always been the person colleagues ask when a record does not add up. I "
              "now want a role where I deal with people as well as systems, and patient services is where I "
              "think my accuracy will matter most."),
        ("h", "Employment"),
        ("jobs", [
            E("Data Entry Clerk", "Brantwood Insurance Services", "Oldcastle", "2022-08", "present", [
                "Key motor claim forms and repair estimates into the claims system (Guidewire), 300+ fields a day",
                "Index incoming post and emails to the right claim file",
                "Check submissions for missing information and flag them to the claims handlers",
            ], "affecting"),
            E("Payroll Administrator", "Ferris & Dunn Accountants", "Oldcastle", "2019-03", "2022-07", [
                "Processed weekly and monthly payroll for 14 client businesses (around 600 employees) on Sage",
                "RTI submissions to HMRC, pension auto-enrolment uploads and P60s",
                "Reconciled payroll control accounts at month end",
            ], "none"),
            E("Admin Assistant (temp)", "Oldcastle Borough Council", "Oldcastle", "2019-01", "2019-02", [], "none"),
            E("Warehouse Administrator", "Kestrel Logistics", "Oldcastle", "2015-01", "2018-12", [
                "Booked inbound deliveries on the WMS and printed pick lists for the night shift",
                "Chased hauliers for proof of delivery and updated stock discrepancies",
            ], "affecting", prec="year"),
        ]),
        ("h", "Education"),
        ("p", "Oldcastle College - AAT Level 3 Diploma in Accounting (2018)"),
        ("p", "Fernhill School - 8 GCSEs grade A*-C (2004)"),
        ("h", "IT skills"),
        ("p", "Excel (VLOOKUP, pivot tables), Sage Payroll, Guidewire, SAP WMS, touch typing 65 wpm"),
        ("h", "Other information"),
        ("p", "Notice period 4 weeks. References from current and previous employers available."),
    ],
    desc="txt, rule/dash, mon / 'to date'",
))

# --------------------------------------------------------------------------- w017
R.append(dict(
    file="w017.md",
    family="UK returner after a seven-year career break, Markdown, employer headings with roles beneath",
    renderer="md", layout="orgfirst", order="orgfirst", dates="month", present="Present", md_job="h3",
    bullet="-",
    name="Joanne Pilkington",
    contact=["Millbrook, Lancashire", "07711 093 862", "jo.pilkington@mailbox.co.uk"],
    md_contact="dots",
    body=[
        ("h", "Hello"),
        ("p", "I'm returning to work after seven years at home with my three children. Before that I spent "
              "eight years in a building society branch, where I learned that the customers who need the most "
              "time are usually the ones who are least able to ask for it. I've kept my hand in at our "
              "primary school and recently finished a Return to Work course. I'm ready for a full-time job "
              "again."),
        ("h", "Experience"),
        ("jobs", [
            E("Lunchtime Supervisor", "Millbrook Primary School", "Millbrook", "2025-01", "present", [
                "Supervise Key Stage 1 in the dining hall and on the playground, 5 hours a week",
                "First aid for bumps and grazes and a note home to parents",
            ], "facing", "education"),
            E("Parent Helper (volunteer)", "Millbrook Primary School", "Millbrook", "2023-09", "present", [
                "Hear Year 1 and 2 children read twice a week and help on school trips",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
            E("Career break \u2013 raising my family", None, None, "2016-04", "2023-08", [], "none",
              etype="unknown"),
            E("Independent Consultant (self-employed)", "Bloom & Glow Cosmetics", None, "2019-03", "2021-06", [
                "Ran my own small party-plan round from home: pamper evenings, catalogue orders and deliveries to about 40 regular customers",
            ], "facing", "entrepreneurial_freelance", etype="freelance"),
            E("Personal Banker", "Calder & Vale Building Society", "Millbrook branch", "2011-06", "2016-03", [
                "Appointments with members to open savings accounts and ISAs and refer mortgage enquiries",
                "Dealt with bereavement and power of attorney cases, often with upset families",
                "Branch complaints champion",
            ], "facing", "in_person_service"),
            E("Customer Service Cashier", "Calder & Vale Building Society", "Millbrook branch", "2008-02", "2011-05", [
                "Counter transactions, cash handling and balancing",
            ], "facing", "in_person_service"),
        ]),
        ("h", "Education & training"),
        ("p", "- Return to Work programme, Millbrook Adult Learning (2024)\n- CeMAP 1 (2013)\n"
              "- A Levels: English, History, Business Studies (2007)"),
        ("h", "Skills"),
        ("p", "Microsoft Word, Excel, Outlook; Teams and Zoom. Paediatric first aid (2025). Enhanced DBS (school)."),
    ],
    desc="md, orgfirst/orgfirst, month / 'Present', career break entry",
))

# --------------------------------------------------------------------------- w018
R.append(dict(
    file="w018.pdf",
    family="UK school business and office manager, 2-page fpdf2 CV with page footer, long career, volunteer treasurer",
    renderer="fpdf2", layout="left", order="title_org", dates="mon", present="Present", fp_size=10,
    footer="Deborah Fairclough - Curriculum Vitae - Page {page} of {pages}", accent_rgb=(110, 40, 40),
    name="Deborah Fairclough",
    contact=["9 Orchard Rise, Thornleigh TH7 2AP", "Tel. 01632 960 418 / 07802 339 150",
             "debfairclough@mailbox.co.uk"],
    body=[
        ("h", "Profile"),
        ("p", "School business and office manager with nine years running the front office of a 420-pupil "
              "primary school, and more than twenty years in administration and finance before that. My day "
              "starts with the parents queuing at the office window and ends with the budget spreadsheet. I am "
              "organised, unflappable and good with people who are upset. I am looking for a new challenge "
              "that keeps the people side and uses my systems and finance background."),
        ("h", "Key achievements"),
        ("ul", ["Moved the school from paper registers and cash dinner money to an online system in one term",
                "Cut persistent absence from 14% to 8% in two years with the attendance lead",
                "Clean internal audit reports from the local authority in 2019, 2022 and 2025"]),
        ("h", "Employment"),
        ("jobs", [
            E("School Business and Office Manager", "Hollins Lane Primary School", "Thornleigh", "2017-09", "present", [
                "First point of contact for parents, visitors and contractors at the main office; lead an office team of three",
                "Admissions, in-year transfers and the waiting list; show prospective families round the school",
                "First-day absence calls to parents and attendance meetings with the Education Welfare Officer",
                "Manage a £1.6m budget with the headteacher and governors; payroll returns, procurement and lettings",
                "Keep the single central record and DBS checks up to date",
            ], "facing", "in_person_service"),
            E("Finance Officer", "Thornleigh Borough Council", "Thornleigh", "2010-05", "2017-08", [
                "Purchase ledger and supplier payments for the Environment directorate",
                "Monthly bank and control account reconciliations; VAT returns",
                "Year-end working papers for the external auditors",
            ], "none"),
            E("Receptionist / Administrator", "Pearson & Lowe Solicitors", "Thornleigh", "2006-01", "2010-04", [
                "Greeted clients, ran the switchboard and booked appointments for five fee earners",
                "Typed letters and opened new client files; took payments on account",
            ], "facing", "in_person_service"),
            E("Accounts Clerk", "Thornleigh Motors", "Thornleigh", "2002-01", "2005-12", [
                "Sales and purchase invoices, petty cash and the weekly banking",
            ], "none", prec="year"),
        ]),
        ("h", "Voluntary work"),
        ("jobs", [
            E("Treasurer", "1st Thornleigh Brownies", None, "2015-01", "present", [
                "Keep the accounts, collect subs and prepare the annual return",
            ], "none", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("h", "Qualifications and training"),
        ("ul", ["Certificate of School Business Management (2019)",
                "AAT Level 3 Diploma in Accounting (2012)",
                "Designated Safeguarding Lead training (renewed 2025)",
                "Paediatric First Aid (2024), Fire Marshal (2023)",
                "NVQ Level 3 Business Administration (2004)"]),
        ("h", "IT skills"),
        ("p", "Arbor, SIMS, ParentPay, Sage, FMS, Microsoft Office (advanced Excel), Google Workspace."),
        ("h", "Interests"),
        ("p", "Walking with our two spaniels, the village choir and (as above) counting Brownie subs."),
        ("h", "References"),
        ("p", "Mrs Alison Greaves, Headteacher, Hollins Lane Primary School, Thornleigh."),
        ("p", "Mr Graham Oakes, Finance Manager (retired), Thornleigh Borough Council."),
    ],
    desc="fpdf2, left 2 pages + footer/title_org, mon / 'Present', volunteer year range",
))

# --------------------------------------------------------------------------- w019
R.append(dict(
    file="w019.docx",
    family="Romanian Europass CV, Word tables with dates in the left column (dd/mm/yyyy), care worker in the UK",
    renderer="docx", layout="europass", order="datefirst", dates="mm/yyyy", present="Current",
    docx_font="Arial", docx_size=9.5, accent_hex="1F4E79", docx_rule=True,
    name="Andreea-Ioana M\u0103rginean",
    contact=["Europass Curriculum Vitae",
             "Address: 58 Linden Walk, Hexley HX4 1TB, United Kingdom",
             "Telephone: (+44) 7521 406 883   E-mail: andreea.marginean@mailbox.ro",
             "Date of birth: 12/02/1998   Nationality: Romanian   Gender: Female"],
    body=[
        ("h", "JOB APPLIED FOR"),
        ("p", "Patient Services Coordinator", "b"),
        ("h", "WORK EXPERIENCE"),
        ("jobs", [
            E("Senior Care Worker", "Meadowcroft Care Ltd", "Hexley (United Kingdom)", "2022-10", "present", [
                "Home visits to 8-10 clients per shift: personal care, meal preparation and medication prompts",
                "Completing visit notes and MAR charts in the care app",
                "Keeping families updated and reporting changes to the care coordinator",
                "Shadowing and signing off new carers",
            ], "facing", "healthcare_care", date_text="03/10/2022 \u2013 Current"),
            E("General Medical Assistant (Asistent medical generalist) \u2013 Internal Medicine Ward",
              "Spitalul Municipal Dealu Mare", "Dealu Mare (Romania)", "2019-08", "2022-09", [
                "Administration of treatment as prescribed (oral, IM, IV) and monitoring of vital signs",
                "Preparing patients for investigations; admission and discharge documentation",
                "Health education for patients with diabetes and heart failure and their families",
            ], "facing", "healthcare_care", date_text="01/08/2019 \u2013 30/09/2022"),
            E("Receptionist", "Hotel Castelul Alb", "Vl\u0103deni (Romania)", "2016-06", "2016-09", [
                "Check-in / check-out, reservations and information for guests in Romanian, English and Italian",
            ], "facing", "in_person_service", date_text="15/06/2016 \u2013 15/09/2016",
              extra=["Seasonal contract"]),
            E("Cashier (weekends)", "Mega Vest Supermarket", "Dealu Mare (Romania)", "2014-01", "2016-12", [
                "Cash register and card payments, helping customers with returns and vouchers",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("h", "EDUCATION AND TRAINING"),
        ("sub", "09/2016 \u2013 06/2019", "", "i"),
        ("p", "Asistent medical generalist (EQF level 5) \u2013 \u0218coala Postliceal\u0103 Sanitar\u0103 \"Sf. Luca\", Dealu Mare"),
        ("sub", "2012 \u2013 2016", "", "i"),
        ("p", "Baccalaureate \u2013 Colegiul Na\u021bional \"Dealu Mare\""),
        ("h", "PERSONAL SKILLS"),
        ("kv", [("Mother tongue", "Romanian"),
                ("Other languages", "English (B2/C1), Italian (B1)"),
                ("Communication skills", "good communication skills gained through my work with patients and families"),
                ("Digital skills", "Microsoft Office, hospital information system (Hipocrate), care planning apps"),
                ("Driving licence", "B")]),
        ("h", "ADDITIONAL INFORMATION"),
        ("p", "NMC registration: application in progress (English test passed, CBT booked)."),
    ],
    desc="docx, europass/datefirst, dd/mm/yyyy text / 'Current', year-only cashier",
))

# --------------------------------------------------------------------------- w020
R.append(dict(
    file="w020.txt",
    family="Indian medical coder résumé in job-portal style as plain text, Organisation/Designation/Duration, declaration",
    renderer="txt", layout="naukri", order="kv", dates="mon'yy", present="Till Date", sep=" - ",
    kv_labels=("Organisation", "Designation", "Duration", "Roles & Responsibilities:"),
    txt_head="colon", txt_kvw=13, bullet="\u27a2", txt_wrap=False,
    name="KARTHIK SUBRAMANI",
    contact=["Mobile: +91 98490 62317", "E-Mail: karthik.subramani.cpc@mailbox.in"],
    txt_pre=["RESUME", ""],
    body=[
        ("h", "Career Objective"),
        ("p", "To work in a challenging environment where I can utilize my knowledge of medical coding, "
              "transcription and hospital front office for the growth of the organization and myself."),
        ("h", "Professional Summary"),
        ("ul", ["Having 9+ years of experience in healthcare, out of which 7+ years in US healthcare (medical coding and transcription).",
                "AAPC certified CPC (2021).",
                "Good knowledge of ICD-10-CM, CPT, HCPCS and NCCI edits.",
                "Worked in hospital front office handling OP registration and billing."]),
        ("h", "Work Experience"),
        ("jobs", [
            E("Senior Medical Coder", "Medisys Revenue Cycle Services Pvt. Ltd.", "Kovur", "2022-04", "present", [
                "Coding of E&M, surgery and radiology charts for US physician groups.",
                "Maintaining 96% accuracy in client audits.",
                "Reviewing denials and correcting codes for resubmission.",
                "Training new coders on specialty guidelines.",
            ], "affecting"),
            E("Medical Transcriptionist", "Sruthi Transcription Services", "Kovur", "2019-06", "2022-03", [
                "Transcribing dictated H&P, discharge summaries and operative notes from US hospitals.",
                "Maintained 98.5% accuracy with 24-hour TAT.",
            ], "affecting"),
            E("Front Office Executive", "Sai Krupa Multi Speciality Hospital", "Nandipalli", "2017-08", "2019-05", [
                "OP registration and token generation.",
                "Appointment scheduling for consultants.",
                "OP/IP billing and health card (cashless) approvals.",
                "Handling queries of patients and attenders.",
            ], "facing", "in_person_service"),
            E("Tele-caller (Part time)", "Edufocus Coaching Academy", "Nandipalli", "2016-01", "2017-06", [
                "Calling parents and students to explain EAMCET coaching batches and fees.",
                "Maintaining call register and follow-ups.",
            ], "facing", "contact_center"),
        ]),
        ("h", "Educational Qualification"),
        ("ul", ["B.Sc (Biotechnology) from Sri Vidyanikethan Degree College, Nandipalli - 2017 - 68%",
                "Intermediate (BiPC) from Kovur Vignan Junior College - 2014 - 81%",
                "SSC from ZP High School, Kovur - 2012 - 8.7 GPA"]),
        ("h", "Technical Skills"),
        ("p", "MS Office, 3M Encoder, Epic (coding module), Express Scribe"),
        ("h", "Personal Profile"),
        ("kv", [("Father's Name", "S. Venkatesan"), ("Date of Birth", "11-09-1995"), ("Gender", "Male"),
                ("Marital Status", "Married"), ("Languages", "Telugu, Tamil, English, Hindi"),
                ("Hobbies", "Cricket, listening music")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above written particulars are true to the best of my knowledge and belief."),
        ("sp",),
        ("p", "Place: Kovur"),
        ("p", "Date:                                                          (KARTHIK S)"),
    ],
    desc="txt, naukri/kv, Mon'yy / 'Till Date'",
))

# --------------------------------------------------------------------------- w021
R.append(dict(
    file="w021.pdf",
    family="Welsh chef turned hospital ward host, reportlab centred header, employer line first with caps dates",
    renderer="reportlab", layout="plain", head="centre", order="org_title", dates="MON", present="PRESENT",
    sep=" - ", rl_family="Helvetica", rl_size=10, accent="#2e5e2e", rl_right_i=False,
    name="Gareth Pryce",
    contact=["3 Heol y Felin, Aberwen SA99 4QL", "07966 201 734  \u00b7  gareth.pryce@mailbox.cymru"],
    body=[
        ("h", "About me"),
        ("p", "Twelve years as a chef, the last seven as sous chef, then a change of direction in 2024 when I "
              "took a ward host job at our local hospital. I wanted regular hours and to see the people I was "
              "cooking for. It turns out I am good at the people part. I would now like a patient services role "
              "with a path to progress."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Ward Host", "Aberwen General Hospital", "Aberwen", "2024-01", "present", [
                "Take patients' menu choices at the bedside and serve meals and drinks on two medical wards",
                "Check every tray against the diet board: textured diets for swallowing problems, allergies, diabetic and halal",
                "Tell the nurse in charge when a patient has not eaten or drunk",
                "Keep the ward kitchen to Food Hygiene rating 5 standard",
            ], "facing", "healthcare_care"),
            E("Sous Chef", "The Harbourmaster Bistro", "Aberwen", "2017-03", "2023-12", [
                "Ran the pass on a 90-cover evening service and ran the kitchen on the head chef's days off",
                "Wrote specials, costed dishes, ordering and stock takes",
                "Trained and rota'd four chefs and two kitchen porters",
                "Met couples for wedding menu tastings and talked them through the options, including guests with allergies",
            ], "facing", "in_person_service"),
            E("Chef de Partie", "Glanmor Hotel", "Porth Glanmor", "2013-01", "2016-12", [
                "Sauce and fish sections for the restaurant and banqueting up to 200 covers",
            ], "affecting", prec="year"),
            E("Kitchen Porter", "Glanmor Hotel", "Porth Glanmor", "2011-01", "2012-12", [], "affecting",
              prec="year"),
        ]),
        ("h", "Qualifications"),
        ("ul", ["NVQ Level 3 Professional Cookery, Coleg Aberwen (2013)",
                "Level 3 Food Safety in Catering (2022)",
                "Allergen awareness, dysphagia diets (IDDSI) - hospital training (2024)"]),
        ("h", "Other"),
        ("p", "Welsh speaker (conversational). Full driving licence. Enhanced DBS (2024)."),
    ],
    desc="reportlab, plain centred/org_title, MON / 'PRESENT', year-only older dates",
))

# --------------------------------------------------------------------------- w022
R.append(dict(
    file="w022.docx",
    family="UK hotel front-office supervisor, Word borderless table per job (role left, dates right), season",
    renderer="docx", layout="table", order="title_org", dates="mon", present="Present", sep=" \u2013 ",
    docx_font="Garamond", docx_size=11, docx_rule=True, accent_hex="7F6000", docx_centre=True,
    name="Olivia Marchetti",
    contact=["Stanwick, North Yorkshire  \u2022  07588 140 392  \u2022  olivia.marchetti@mailbox.com"],
    body=[
        ("h", "Profile"),
        ("p", "Front office supervisor in a 96-bedroom four-star hotel. Reception, reservations and night "
              "audit: I have done every job on the desk. I'd like to use those skills in a private hospital, "
              "where the guest is a patient and the stakes are higher."),
        ("h", "Experience"),
        ("jobs", [
            E("Front Office Supervisor", "Ellesmere House Hotel", "Stanwick", "2023-05", "present", [
                "Supervise a team of six receptionists and two night auditors",
                "Handle escalated guest complaints and arrange service recovery",
                "VIP and group arrivals, wedding parties and corporate accounts",
                "Opera PMS superuser; train new starters on check-in and payments",
            ], "facing", "in_person_service"),
            E("Night Auditor", "Ellesmere House Hotel", "Stanwick", "2021-10", "2023-04", [
                "Ran the end-of-day audit: folios, city ledger, card settlement and the manager's report",
                "Sole cover on reception 11pm-7am: late check-ins, early departures and guest calls",
                "Night walk-rounds and fire panel checks",
            ], "facing", "in_person_service"),
            E("Reservations Agent", "Coastline Hotels Group", "Central Reservations Office, Hallam Quay",
              "2020-02", "2021-09", [
                "Phone and email bookings for eleven hotels; upsold room types and dinner packages",
                "Furloughed April to June 2020",
            ], "facing", "contact_center"),
            E("Event Steward (casual)", "Stanwick Racecourse", "Stanwick", None, None, [
                "Race days: checked badges at the enclosures and directed racegoers",
            ], "facing", "other_facing", date_text="Summer 2019"),
            E("Waitress", "Caff\u00e8 Lucca", "Stanwick", "2018-06", "2020-01", [], "facing", "in_person_service"),
        ]),
        ("h", "Education"),
        ("p", "Stanwick College \u2013 BTEC Level 3 Extended Diploma in Travel and Tourism (2018)"),
        ("h", "Skills"),
        ("p", "Opera PMS, Mews, SynXis, Microsoft Office. Conversational Italian. First aid at work (2024)."),
    ],
    desc="docx, table/title_org, mon / 'Present', season",
))

# --------------------------------------------------------------------------- w023
R.append(dict(
    file="w023.html",
    family="Scottish psychology graduate, modern HTML CV, research assistant, part-time chat support and peer mentoring",
    renderer="html", layout="modern", css="modern", html_h3=True, order="title_org", dates="mon",
    present="Present", sep=" \u2013 ",
    name="Eilidh Drummond",
    contact=["Glenmuir  |  07851 664 239  |  eilidh.drummond@mailbox.scot"],
    body=[
        ("h", "Profile"),
        ("p", "Psychology graduate (MA Hons, 2:1, 2026) now working relief shifts in supported housing. I've "
              "done customer support over live chat, mentored first-years, and I like systems that make life "
              "easier for people. I'm looking for a full-time patient-facing admin role."),
        ("h", "Experience"),
        ("jobs", [
            E("Mental Health Support Worker (relief)", "Harbour Light Supported Housing", "Glenmuir",
              "2026-07", "present", [
                "Support adults with enduring mental illness with tenancies, appointments and medication routines",
                "Keep support plans and risk assessments up to date",
            ], "facing", "healthcare_care"),
            E("Research Assistant (part-time)", "School of Psychology, University of Glenmuir", None,
              "2025-02", "2026-06", [
                "Cleaned and analysed questionnaire data in SPSS and R for a study on sleep and exam stress",
                "Literature searches and reference management",
                "Booked lab rooms and kept the project folders in order",
            ], "none", section="other"),
            E("Live Chat Advisor (part-time, remote)", "Skyline Broadband", None, "2023-09", "2025-01", [
                "Webchat and social media messages about broadband faults and bills, evenings and weekends",
                "Ran line tests, booked engineer visits and followed up repeat faults by message",
            ], "facing", "digital_service"),
            E("Sales Assistant", "Thistle & Co. Gifts", "Glenmuir", "2022-06", "2022-12", [
                "Tills and gift wrapping in a tourist shop",
            ], "facing", "in_person_service"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Peer Mentor", "Glenmuir University Students' Association", None, "2024-09", "2026-05", [
                "Weekly meet-ups with four first-year students; signposted them to wellbeing and study support",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "MA (Hons) Psychology, University of Glenmuir, 2022 \u2013 2026 (2:1)"),
        ("p", "Glenmuir Academy: Highers in English, Biology, Psychology, Maths (AABBB)"),
        ("h", "Skills"),
        ("ul", ["SPSS, R, Excel, Qualtrics", "Zendesk, Salesforce", "PVG scheme member"]),
    ],
    desc="html, modern/title_org (h3 titles), mon / 'Present'",
))

# --------------------------------------------------------------------------- w024
R.append(dict(
    file="w024.pdf",
    family="UK health-advice-line team leader, fpdf2 left header, 'Title - Employer' line with right-aligned dates",
    renderer="fpdf2", layout="left", order="dash", dates="mon", present="Present", sep=" - ", dash=", ",
    fp_size=9.5, accent_rgb=(0, 96, 100), fp_right_i=True, fp_align="L",
    name="Kelly-Ann Brathwaite",
    contact=["Grangemoor GM2  |  07700 552 819  |  kellyann.brathwaite@mailbox.co.uk"],
    body=[
        ("h", "PROFILE"),
        ("p", "Team leader on a 24/7 health advice line with nearly ten years in contact centres, six of them "
              "in healthcare. I have taken thousands of calls from people who are ill, scared or angry, and I "
              "now coach a team to do the same. I want to move into a patient services role where I can see "
              "the patient journey from start to finish."),
        ("h", "EXPERIENCE"),
        ("jobs", [
            E("Team Leader \u2013 Health Advice Line", "Careline Health Services Ltd", "Grangemoor",
              "2023-06", "present", [
                "Lead a team of 14 health advisors: call listening, one-to-ones, absence and performance",
                "Take escalated calls from patients and families unhappy with their outcome",
                "Run the shift as duty manager two evenings a week",
            ], "facing", "contact_center"),
            E("Resource Planner (secondment)", "Careline Health Services Ltd", "Grangemoor", "2023-01", "2023-05", [
                "Forecast call demand and built advisor rotas for a 120-seat centre",
                "Intraday management: moved breaks and training to protect the 60-second answer target",
            ], "affecting"),
            E("Health Advisor", "Careline Health Services Ltd", "Grangemoor", "2020-11", "2022-12", [
                "Assessed callers' symptoms using clinical decision software and booked them into the right service",
                "Warm-transferred urgent calls to clinicians",
            ], "facing", "contact_center"),
            E("Claims Handler", "Sterling Mutual Insurance", "Grangemoor", "2017-02", "2020-10", [
                "First notification of loss calls from policyholders after accidents and thefts",
                "Managed a caseload of around 80 motor claims through to settlement",
                "Instructed repairers and hire car companies",
            ], "facing", "contact_center"),
            E("Sales Assistant", "Goldcrest Jewellers", "Grangemoor", "2014-01", "2016-12", [
                "Served customers, took repairs in and processed watch battery jobs",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("h", "EDUCATION & TRAINING"),
        ("p", "ILM Level 3 Leadership and Management (2024)  \u00b7  Level 3 Diploma in Customer Service (2019)  "
              "\u00b7  Grangemoor College: BTEC Business (2014)"),
        ("h", "SYSTEMS"),
        ("p", "Adastra, NHS Pathways-style triage software, Verint WFM, Genesys, Microsoft 365"),
    ],
    desc="fpdf2, left/dash, mon / 'Present'",
))

# --------------------------------------------------------------------------- w025
R.append(dict(
    file="w025.docx",
    family="UK warehouse worker turned delivery driver, Word heading styles and list bullets, tab-stop dates with abbreviations",
    renderer="docx", layout="styles", order="title_org", dates="mon.", present="Current", sep=" \u2013 ",
    docx_title_style=True, docx_font="Calibri",
    name="Jamal Whitaker",
    contact=["Coldharbour, Essex  |  07395 118 420  |  jamalwhitaker@mailbox.co.uk"],
    body=[
        ("h", "Personal Statement"),
        ("p", "Hard-working and reliable, with nearly ten years in warehouses, food production and now "
              "deliveries. Meeting 120 customers a day on the doorstep has taught me that most problems can be "
              "sorted with a bit of patience. I'm looking for a job that is indoors, regular and about helping "
              "people."),
        ("h", "Work Experience"),
        ("jobs", [
            E("Multi-drop Delivery Driver", "Swiftline Parcels", "Coldharbour", "2023-03", "present", [
                "110-140 drops a day in a 3.5t van; hand parcels over and take signatures and ID checks for age-restricted items",
                "Sort out missed and wrong deliveries with customers at the door and report back to the depot",
                "Daily vehicle checks and keeping the route on time",
            ], "facing", "in_person_service"),
            E("Matchday Steward", "Coldharbour Town FC", "Coldharbour", "2021-08", "2024-05", [
                "Turnstiles, bag searches and directing home and away fans",
                "Part of the response team for first aid and ejections",
            ], "facing", "other_facing"),
            E("Warehouse Operative", "Northgate Fulfilment Centre", "Coldharbour", "2020-07", "2023-02", [
                "Picked and packed online orders with an RF scanner, 180+ units an hour",
                "Processed customer returns and graded stock for resale",
            ], "affecting"),
            E("Production Operative", "Meadow Farm Foods", "Coldharbour", "2017-01", "2019-12", [
                "Ran the tray-sealing machine on a ready-meal line; changeovers and hygiene clean-downs",
            ], "none", prec="year"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Volunteer Driver", "Coldharbour Community Transport", None, "2024-01", "present", [
                "Drive older and disabled residents to hospital appointments one day a fortnight, helping them on and off the minibus",
            ], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Qualifications"),
        ("ul", ["Level 2 Spectator Safety (2022)", "Counterbalance forklift licence (2020)",
                "GCSEs including English and Maths, Coldharbour Academy (2016)"]),
        ("h", "Driving"),
        ("p", "Full UK licence (B, C1), no points. MiDAS minibus certificate."),
    ],
    desc="docx, styles/title_org, 'Mon.' / 'Current'",
))

# --------------------------------------------------------------------------- w026
R.append(dict(
    file="w026.md",
    family="UK hospital security officer, Markdown with employer headings and roles beneath, mm/yyyy dates",
    renderer="md", layout="orgfirst", order="orgfirst", dates="mm/yyyy", present="Present", md_job="h3",
    sep=" - ", bullet="*", md_hlevel="##",
    name="Emmanuel Asante",
    contact=["Fenwick, Tyne and Wear", "07418 220 935", "e.asante@mailbox.co.uk", "SIA Door Supervisor & CCTV licences"],
    body=[
        ("h", "Profile"),
        ("p", "SIA-licensed security professional, currently at the main entrance and A&E of a busy teaching "
              "hospital. Most of my shift is talking to people - giving directions, calming things down, "
              "helping a lost relative. I'd like to move into patient services and use that every day."),
        ("h", "Employment"),
        ("jobs", [
            E("Hospital Security Officer (Fenwick Royal Infirmary contract)", "Sentinel Guarding Ltd", "Fenwick",
              "2021-10", "present", [
                "Main entrance and A&E: directing patients and visitors, managing the queue at busy times",
                "De-escalating aggressive or distressed patients alongside clinical staff",
                "Escorting staff to the car park at night and locking down the building",
            ], "facing", "other_facing"),
            E("CCTV Operator", "Sentinel Guarding Ltd", "Fenwick", "2019-02", "2021-09", [
                "Monitored 64 cameras across Riverside Retail Park from the control room",
                "Directed patrol officers to incidents by radio",
                "Incident logs and footage for police evidence requests",
            ], "none"),
            E("Door Supervisor (weekends)", "The Vaults Nightclub", "Fenwick", "2016-01", "2019-12", [
                "ID checks, queue management and customer welfare at the door",
            ], "facing", "other_facing", prec="year"),
            E("Night Customer Assistant", "Valu-Mart 24hr", "Fenwick", "2014-08", "2016-01", [
                "Tills and kiosk through the night in a 24-hour store",
                "Filled the chilled aisles between customers",
            ], "facing", "in_person_service"),
        ]),
        ("h", "Licences and training"),
        ("p", "SIA Door Supervisor and Public Space Surveillance (CCTV) licences · Conflict Management (NHS "
              "framework) · Emergency First Aid at Work · Physical intervention (2024)"),
        ("h", "Education"),
        ("p", "Fenwick College - BTEC Level 2 Public Services (2014)"),
    ],
    desc="md, orgfirst/orgfirst, mm/yyyy / 'Present', year-only weekend job",
))

# --------------------------------------------------------------------------- w027
R.append(dict(
    file="w027.docx",
    family="UK hospital porter, plain Word document typed without styles (bold lines, typed bullets)",
    renderer="docx", layout="plain", order="org_title", dates="month", present="present", sep=" to ",
    docx_bullets="text", bullet="-", docx_font="Times New Roman", docx_size=12, docx_name_size=16,
    accent_hex="000000",
    name="Shaun McGuinness",
    contact=["41 Dale Street, Castlegate CG4 7PL", "Phone 07877 306 251", "shaunmcg@mailbox.co.uk"],
    body=[
        ("h", "Profile"),
        ("p", "I have been a porter at Castlegate Hospital for over seven years. I know every corridor and "
              "every department and I talk to patients all day as I take them where they need to go. I want to "
              "move into a patient services job and I am happy to do the training for it."),
        ("h", "Work experience"),
        ("jobs", [
            E("Hospital Porter", "Castlegate Hospital", "Castlegate", "2019-06", "present", [
                "Move patients on beds, trolleys and in wheelchairs between wards, theatres, X-ray and the discharge lounge",
                "Urgent runs with specimens to pathology and blood from the blood bank",
                "Medical gas cylinder changes and mortuary transfers",
                "Always talk to the patient on the way, a lot of them are frightened",
            ], "facing", "healthcare_care"),
            E("Postroom Assistant", "Castlegate Hospital", "Castlegate", "2018-01", "2019-05", [
                "Sorted and delivered internal mail round the site",
                "Franked and posted outpatient appointment letters",
            ], "affecting"),
            E("Removals Porter", "Brennan Removals", "Castlegate", "2014-01", "2017-12", [
                "Packed, wrapped and carried furniture on house and office moves",
                "Loaded the vans so nothing moved in transit",
            ], "affecting", prec="year"),
        ]),
        ("h", "Volunteering"),
        ("jobs", [
            E("Volunteer Football Coach (Under 10s)", "Castlegate Juniors FC", "Castlegate", "2020-01", "present", [
                "Saturday morning training and matches; FA Playmaker and safeguarding courses done",
            ], "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        ("h", "Training"),
        ("p", "Manual handling, infection control, fire safety, conflict resolution, basic life support "
              "(all in date). NVQ Level 2 Customer Service (2022)."),
        ("h", "Education"),
        ("p", "Castlegate High School, GCSEs (2013)"),
        ("h", "References"),
        ("p", "On request."),
    ],
    desc="docx, plain (no styles)/org_title, month / 'to present', year-only",
))

# --------------------------------------------------------------------------- w028
R.append(dict(
    file="w028.pdf",
    family="UK medical secretary, 2-page reportlab CV with two-column header and page footer, NHS ward clerk and booking",
    renderer="reportlab", layout="twocol", order="title_org", dates="month", present="Present", sep=" \u2013 ",
    footer="Fiona Aldridge CV  |  Page {page}", rl_size=10.5, accent="#006666", rl_right_i=True,
    name="Fiona Aldridge", tagline="Medical Secretary  \u2022  AMSPAR Diploma",
    contact=["Rivermeet, Gloucestershire", "07903 447 126", "fiona.aldridge@mailbox.co.uk"],
    body=[
        ("h", "Profile"),
        ("p", "Experienced medical secretary with ten years in hospital administration across the NHS and the "
              "independent sector: outpatient booking, ward clerking and now secretary to three orthopaedic "
              "consultants in a private hospital. I know the whole patient pathway from referral letter to "
              "discharge summary and I am used to being the voice patients hear when they phone the hospital. "
              "I am applying for the coordinator role because I want to lead on the patient experience, not "
              "just support it."),
        ("h", "Key Skills"),
        ("ul", ["Audio and copy typing at 70 wpm with medical terminology",
                "Private patient pathways: self-pay quotes, insurer pre-authorisation, invoicing",
                "Patient Administration Systems (Lorenzo, Compucare), Winscribe, Microsoft 365",
                "Calm, tactful telephone manner with anxious patients and relatives",
                "Diary management for several consultants; theatre list preparation"]),
        ("h", "Employment History"),
        ("jobs", [
            E("Medical Secretary to Orthopaedic Consultants", "Kingsmead Hospital", "Kingsmead", "2022-01", "present", [
                "Audio-type clinic letters and operation notes for three consultants",
                "Manage diaries, theatre lists and pre-assessment bookings",
                "First contact for the consultants' private patients by phone and email: appointments, fees, "
                "authorisation numbers and what to expect on the day",
                "Chase insurers for authorisation and send self-pay quotations",
            ], "facing", "other_facing"),
            E("Ward Clerk", "Rivermeet NHS Foundation Trust", "Acute Medical Unit, Rivermeet General Hospital",
              "2018-05", "2021-12", [
                "Greeted patients, visitors and staff at the ward desk",
                "Admissions, transfers and discharges on the PAS; chased discharge paperwork",
                "Answered the ward phone, including relatives asking for updates (passed to the nurse in charge)",
                "Ordered stationery and kept the bed board up to date",
            ], "facing", "in_person_service"),
            E("PAS Trainer (secondment)", "Rivermeet NHS Foundation Trust", None, "2020-06", "2020-11", [
                "Trained ward clerks and nurses on the new patient administration system, in the classroom and on the wards",
                "Floor-walked during go-live and sorted out problems for staff on the spot",
            ], "facing", "internal_support"),
            E("Outpatient Booking Clerk", "Rivermeet NHS Foundation Trust", "Rivermeet General Hospital",
              "2016-09", "2018-04", [
                "Booked new and follow-up appointments from referrals",
                "Took calls from patients wanting to change or cancel appointments",
                "Sent appointment letters and rearranged clinics when consultants were on leave",
            ], "facing", "contact_center"),
            E("Audio Typist (home-based, agency)", "TypeRight Secretarial Services", None, "2015-02", "2016-08", [
                "Typed GP referral letters and solicitors' correspondence from digital dictation",
                "Turnaround within 24 hours, 99% accuracy on spot checks",
            ], "affecting"),
            E("Shop Assistant", "Blooms of Rivermeet", "Rivermeet", "2012-09", "2015-01", [
                "Served customers and took wedding and funeral orders over the phone",
                "Made up simple bouquets and kept the cold room stocked",
            ], "facing", "in_person_service"),
        ]),
        ("h", "Education and Training"),
        ("ul", ["AMSPAR Level 3 Diploma for Medical Secretaries (2017)",
                "Level 2 Certificate in Medical Terminology (2016)",
                "RSA Typewriting Level 2 (2014)",
                "Rivermeet College: A Levels in English Language, Biology and Sociology (2012)",
                "Information Governance, Safeguarding Adults Level 2, Conflict Resolution (updated annually)"]),
        ("h", "Interests"),
        ("p", "Open-water swimming, volunteering at our parkrun, and restoring an old sewing machine collection."),
        ("h", "References"),
        ("p", "Mr Anand Kaushik FRCS (Orth), Consultant Orthopaedic Surgeon, Kingsmead Hospital"),
        ("p", "Mrs Julie Parfitt, Ward Manager, Acute Medical Unit, Rivermeet General Hospital"),
    ],
    desc="reportlab, twocol 2 pages + footer/title_org, month / 'Present'",
))

# --------------------------------------------------------------------------- w029
R.append(dict(
    file="w029.docx",
    family="Australian leisure-centre worker, contact in the Word page header, heading styles, concurrent jobs",
    renderer="docx", layout="header", order="title_org", dates="mon", present="Current", sep=" \u2013 ",
    docx_hlevel=1, docx_font="Calibri", docx_footer="Tayla Nguyen \u2013 R\u00e9sum\u00e9",
    name="Tayla Nguyen",
    contact=["Bellamy Heads NSW 2489  |  0412 558 203  |  tayla.nguyen@mailbox.com.au"],
    body=[
        ("h", "Career Objective"),
        ("p", "Friendly, reliable and a natural with people of all ages. I have worked front of house in "
              "fitness and aquatics for seven years and I'm now looking to move into healthcare "
              "administration, starting with a patient services role."),
        ("h", "Employment History"),
        ("jobs", [
            E("Membership Consultant", "Pulse Fitness Bellamy Heads", "Bellamy Heads NSW", "2024-02", "present", [
                "Club tours, membership sign-ups and retention calls; 120% of sales target in FY25",
                "Front desk cover: member check-ins, PT bookings, freezes and cancellations",
            ], "facing", "sales_account"),
            E("Swim Teacher", "Bellamy Aquatic Centre", "Bellamy Heads NSW", "2021-03", "present", [
                "Learn-to-swim classes for 3-10 year olds, up to five children per class",
                "End-of-term progress cards and a chat with parents",
            ], "facing", "education"),
            E("Lifeguard", "Bellamy Aquatic Centre", "Bellamy Heads NSW", "2019-11", "2021-02", [
                "Pool supervision on a rotating roster, first aid and enforcing pool rules",
            ], "facing", "other_facing"),
            E("Crew Member", "Flamehouse Burgers", "Tarrawong NSW", "2017-01", "2019-12", [
                "Front counter and kitchen, closing shifts",
            ], "facing", "in_person_service", prec="year"),
            E("Harvest Hand (casual)", "Kavanagh Macadamias", "Tarrawong NSW", "2018-04", "2018-06", [
                "Sweeping, dehusking and sorting nuts in the shed during the harvest",
            ], "none"),
        ]),
        ("h", "Qualifications"),
        ("ul", ["Certificate III in Fitness (2023)", "AUSTSWIM Teacher of Swimming and Water Safety (2021)",
                "Pool Lifeguard (Royal Life Saving), HLTAID011 First Aid, HLTAID009 CPR (current)",
                "Working With Children Check (current)", "HSC, Tarrawong High School (2018)"]),
        ("h", "Referees"),
        ("p", "Available on request."),
    ],
    desc="docx, header + styles/title_org, mon / 'Current', concurrent jobs",
))

# --------------------------------------------------------------------------- w030
R.append(dict(
    file="w030.pdf",
    family="UK sterile services technician, fpdf2 centred header, employer line first, back-room pharmacy and bar work",
    renderer="fpdf2", layout="centred", order="org_title", dates="m/yyyy", present="Present", sep=" - ",
    fp_size=9.8, accent_rgb=(60, 60, 60), fp_right_i=False, fp_align="L",
    name="Callum Jeffries",
    contact=["Pendleford PD5  |  07824 903 611  |  callum.jeffries@mailbox.co.uk"],
    body=[
        ("h", "Personal Statement"),
        ("p", "I'm 28 and have spent the last six years behind the scenes in healthcare, first in a pharmacy "
              "dispensary and now in sterile services, making sure the instruments that go into theatre are "
              "right. I miss working with the public (I did bar work for a long time) and I would like a role "
              "where I can help patients directly."),
        ("h", "Employment History"),
        ("jobs", [
            E("Sterile Services Technician", "Pendleford General Hospital", "Pendleford", "2020-07", "present", [
                "Decontaminate, inspect and assemble surgical instrument trays for theatres and clinics",
                "Run and log washer-disinfector and autoclave cycles; track sets through the tracking system",
                "Raise non-conformances when sets come back damaged or incomplete",
            ], "affecting"),
            E("Dispensing Assistant", "Hale & Row Pharmacy", "Pendleford", "2018-02", "2020-06", [
                "Assembled weekly blister packs for three care homes in the back dispensary",
                "Labelled and bagged prescriptions for the delivery driver",
                "Wholesaler ordering and the controlled drugs register with the pharmacist",
            ], "affecting"),
            E("Bar Staff", "The Old Mill Tavern", "Pendleford", "2016-09", "2018-01", [
                "Served a busy bar, pulled pints and took food orders",
                "Changed barrels, cleaned lines and cashed up at close",
            ], "facing", "in_person_service"),
            E("Saturday Assistant", "Pendleford Garden Centre", "Pendleford", "2014-01", "2016-12", [
                "Watered and priced stock, and carried customers' compost and paving out to their cars",
            ], "facing", "in_person_service", prec="year"),
        ]),
        ("h", "Qualifications"),
        ("p", "Level 3 Certificate in Decontamination Technology (2022)  |  Level 2 Pharmacy Services (2019)  |  "
              "Pendleford Academy: 7 GCSEs (2014)"),
        ("h", "Other"),
        ("p", "Full driving licence. Available for shift work."),
    ],
    desc="fpdf2, centred/org_title, m/yyyy / 'Present'",
))
