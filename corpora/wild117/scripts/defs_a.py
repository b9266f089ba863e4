"""wild117 résumés w001–w015. Every person, employer, town, phone number and e-mail is invented."""
from lib import E

DECL_IN = "I hereby declare that the above-mentioned information is true to the best of my knowledge and belief."


def bl(items, ch="•"):
    return [("b", t, ch) for t in items]


DOCS = []

# ------------------------------------------------------------------ w001 India BPO voice, reportlab single column
w1 = [
    E("Senior Customer Care Executive", "Vantrix Global Services Pvt. Ltd.", "Devgarh City", "2023-03", "present",
      "facing", "contact_center", [
          "Handling inbound calls for a US telecom client (billing disputes, plan changes, device troubleshooting)",
          "Maintaining AHT under 420 seconds with CSAT above 88% for six straight months",
          "Taking supervisor-escalation calls when the TL is on the floor and mentoring new hires on nesting",
      ], day=(14, None)),
    E("Customer Care Executive", "Vantrix Global Services Pvt. Ltd.", "Devgarh City", "2021-08", "2023-02",
      "facing", "contact_center", [
          "Answered 90-110 inbound calls per shift in the US voice process",
          "Logged every interaction in the CRM and raised trouble tickets for network faults",
      ], day=(2, 28)),
    E("Process Associate - Back Office", "Kalpataru Infosolutions", "Devgarh City", "2019-11", "2021-07",
      "affecting", None, [
          "Processed motor insurance claim forms for a UK insurer: indexing, data validation and first-level checks",
          "Maintained 99.2% accuracy against SLA; flagged incomplete claims to the onshore team",
      ], day=(18, 31)),
    E("Data Entry Operator", "Shree Ganesh Xerox & Computers", "Kesarpur", "2018-06", "2019-10",
      "facing", "in_person_service", [
          "Typed project reports, affidavits and job applications for walk-in students and customers",
          "Managed the billing counter and took print orders when the owner was away",
      ], day=(1, 15)),
]
DOCS.append({
    "id": "w001", "r": "rl", "family": "Indian BPO voice-process CV, reportlab single column, labelled company / designation / duration blocks, dd/mm/yyyy and 'Till date', declaration",
    "layout": "reportlab, plain/labelled, dd/mm/yyyy / 'Till date'", "author": "Pranav Ullal", "title": "Resume - Pranav K. Ullal",
    "opts": {"center": True, "hcaps": True, "size": 9.8, "kvinline": True},
    "body": [
        ("name", "PRANAV K. ULLAL"),
        ("c", "Flat 7, Shubham Apartments, Sector 4, Devgarh City - 411 062"),
        ("c", "Mobile: +91 98220 41763  |  Email: pranav.ullal@mailbox.in"),
        ("h", "Career Objective"),
        ("p", "To work in a challenging environment in the customer service domain where I can use my communication skills and grow along with the organisation."),
        ("h", "Professional Summary"),
    ] + bl(["7+ years in BPO (voice and non-voice), currently in an international voice process",
            "Good command of English and Hindi; working knowledge of Marathi",
            "Comfortable with rotational shifts and night shifts"]) + [
        ("h", "Work Experience"),
    ] + [x for e in w1 for x in [("job", e, {"hs": "labelled", "ds": "dmy", "pw": "Till date", "sep": " to ",
                                             "labels": ("Company Name", "Designation", "Duration", "Location"),
                                             "labels_at": {0: "Job Responsibilities:"}, "bc": "•"})]] + [
        ("h", "Educational Qualification"),
    ] + bl(["B.Com - Devgarh University, 2018 (58.4%)", "H.S.C. - Maharashtra State Board, 2015 (61%)",
            "S.S.C. - Maharashtra State Board, 2013 (72%)"]) + [
        ("h", "Technical Skills"),
        ("p", "MS Office (Excel, Word), typing 40 wpm, CRM tools, basic Tally"),
        ("h", "Personal Details"),
        ("kv", "Father's Name", "Krishna Ullal"),
        ("kv", "Date of Birth", "12/09/1996"),
        ("kv", "Marital Status", "Unmarried"),
        ("kv", "Languages Known", "English, Hindi, Marathi, Tulu"),
        ("kv", "Hobbies", "Cricket, listening to music"),
        ("h", "Declaration"),
        ("p", DECL_IN),
        ("gap",),
        ("t", "Place: Devgarh City", ""),
        ("t", "Date:", ""),
        ("t", "(Pranav K. Ullal)", ""),
    ],
})

# ------------------------------------------------------------------ w002 UK nurse trained in Nigeria, docx heading styles + tabs
w2 = [
    E("Staff Nurse (Band 5) - Acute Medical Unit", "Wealdbrook Hospitals NHS Trust", "Marrowby", "2023-02", "present",
      "facing", "healthcare_care", [
          "Deliver holistic care to a bay of 6-8 acutely unwell adults, including NEWS2 monitoring and IV therapy",
          "Admit patients from ED, complete risk assessments and update families at visiting",
          "Act as nurse-in-charge on weekend shifts when required",
      ]),
    E("Healthcare Assistant (Bank)", "Wealdbrook Hospitals NHS Trust", "Marrowby", "2022-06", "2023-01",
      "facing", "healthcare_care", [
          "Supported patients with washing, dressing, nutrition and mobility while awaiting my NMC PIN",
          "Recorded observations and fluid balance charts",
      ]),
    E("Nursing Officer II", "St. Anne's Mission Hospital", "Ilaroke, Nigeria", "2017-03", "2022-04",
      "facing", "healthcare_care", [
          "Provided nursing care on a 32-bed female medical ward and the antenatal clinic",
          "Health-educated mothers on immunisation and exclusive breastfeeding",
      ]),
    E("Nurse Tutor (part-time)", "Gateway College of Nursing", "Ilaroke, Nigeria", "2019-01", "2021-12",
      "facing", "education", [
          "Taught medical-surgical nursing to second-year student nurses two afternoons a week",
          "Supervised students on clinical placement and marked practical assessments",
      ]),
    E("Corps Member - Clinic Nurse (NYSC)", "Primary Health Centre, Okeoma", "Okeoma, Nigeria", "2016-02", "2017-01",
      "facing", "healthcare_care", [
          "Ran the immunisation and antenatal sessions at a rural PHC during my national youth service year",
      ]),
]
DOCS.append({
    "id": "w002", "r": "docx", "family": "UK staff nurse trained in Nigeria, Word heading styles with list bullets and right tab-stop dates, overlapping tutor post",
    "layout": "docx, styles/title_org, mon / 'Present'", "author": "Abigail Nwosu-Hartley", "title": "CV",
    "opts": {"mode": "styles", "hlevel": 1, "font": "Calibri"},
    "body": [
        ("name", "Abigail Nwosu-Hartley RN"),
        ("c", "14 Fernhill Close, Marrowby  •  07700 914 352  •  abigail.nh@mailbox.co.uk"),
        ("c", "NMC PIN: available on request   |   Right to work: Health and Care Worker visa"),
        ("h", "Personal Statement"),
        ("p", "Compassionate registered nurse with eight years' experience across acute medicine and community health in Nigeria and the UK. Calm under pressure, organised, and committed to dignity in care."),
        ("h", "Professional Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "mon", "pw": "Present"}) for e in w2] + [
        ("h", "Education & Registration"),
    ] + bl(["OSCE (NMC) - passed first attempt, 2022", "BNSc Nursing Science, University of Ilaroke, 2015",
            "Registered Nurse/Midwife, Nursing and Midwifery Council of Nigeria, 2015"]) + [
        ("h", "Mandatory Training"),
        ("p", "BLS, ILS, Safeguarding Adults & Children L2, Moving & Handling, Infection Prevention & Control, Medicines Management."),
        ("h", "References"),
        ("p", "Available on request."),
    ],
})

# ------------------------------------------------------------------ w003 Nigerian banking CV, plain text
w3 = [
    E("Customer Service Officer", "Crestline Bank Plc", "Ubanze Branch", "2021-02", "present", "facing", "in_person_service", [
        "Opening of savings, current and domiciliary accounts for walk-in customers",
        "Resolving complaints on failed transfers and ATM dispense errors at the banking hall",
        "Issuance of debit cards, tokens and cheque books",
    ], day=(3, None)),
    E("Funds Transfer Officer", "Crestline Bank Plc", "Ubanze Branch", "2019-05", "2021-01", "affecting", None, [
        "Processing of inward and outward NIP and RTGS transfers",
        "Treating transfer exceptions and reversing failed transactions within the cut-off",
        "Daily reconciliation of the transfer suspense accounts",
    ], day=(6, 29)),
    E("Teller (Contract Staff)", "Crestline Bank Plc", "Ekpotown", "2017-08", "2019-04", "facing", "in_person_service", [
        ], day=(14, 30)),
    E("Corps Member (Mathematics Teacher)", "Community Secondary School Umuowa", "Okeoma", "2016-03", "2017-02", "facing", "education", [
        "Taught Mathematics to JSS 2 and SS 1 students; organised extra lessons for WAEC candidates",
    ], day=(21, 18)),
    E("Industrial Training (SIWES) Student", "Ebony Microfinance Bank Ltd", "Ubanze", "2014-06", "2014-11", "affecting", None, [
        "Filing of account-opening documents and updating of customers' records in the ledger",
        "Posting of loan repayments",
    ], etype="internship", day=(2, 28)),
]
DOCS.append({
    "id": "w003", "r": "txt", "family": "Nigerian banking CV pasted as text, personal data first, dates-first headers in dd/mm/yyyy with 'Till date', referees",
    "layout": "txt, plain/datesfirst, dd/mm/yyyy / 'Till date'",
    "opts": {"h": "caps", "name_caps": True, "kvw": 22, "bind": "   "},
    "body": [
        ("name", "Curriculum Vitae"),
        ("gap",),
        ("h", "Personal Data"),
        ("kv", "Name", "EZE, Chukwuemeka Obinna"),
        ("kv", "Date of Birth", "14/07/1992"),
        ("kv", "State of Origin", "Anambra"),
        ("kv", "Sex", "Male"),
        ("kv", "Marital Status", "Single"),
        ("kv", "Nationality", "Nigerian"),
        ("kv", "Address", "No. 12 Obiora Close, New Layout, Ubanze"),
        ("kv", "Phone", "0803 417 2269"),
        ("kv", "E-mail", "emeka.eze92@mailbox.ng"),
        ("h", "Career Objective"),
        ("p", "To contribute my banking operations and customer service skills to the growth of a reputable financial institution."),
        ("h", "Educational Institutions Attended with Dates"),
        ("t", "University of Ubanze                         2011 - 2015", ""),
        ("t", "St. Peter's College, Okeoma                  2005 - 2011", ""),
        ("h", "Qualifications Obtained"),
        ("t", "B.Sc. Banking and Finance (Second Class Upper)   2015", ""),
        ("t", "West African Senior School Certificate (WASSCE)   2011", ""),
        ("t", "NYSC Certificate of National Service            2017", ""),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "datesfirst", "ds": "dmy", "pw": "Till date", "sep": " - ",
                     "labels_at": {0: "Duties and Responsibilities:"}, "bc": "-"}) for e in w3] + [
        ("h", "Skills"),
        ("p", "Finacle core banking, Microsoft Excel, cash handling, customer relationship management."),
        ("h", "Hobbies"),
        ("p", "Reading, football and travelling."),
        ("h", "Referees"),
        ("t", "Mr. Ifeanyi Okonkwo, Branch Manager, Crestline Bank Plc, Ubanze. 0805 220 1184", ""),
        ("t", "Dr. (Mrs.) Chinwe Anozie, Dept. of Banking & Finance, University of Ubanze. 0806 551 9023", ""),
    ],
})

# ------------------------------------------------------------------ w004 Philippine BPO résumé, fpdf2 sidebar
w4 = [
    E("Team Leader", "Northpoint Contact Solutions Inc.", "Mabuhay City", "2023-09", "present", "facing", "contact_center", [
        "Lead a team of 14 technical support agents on a US internet-service account",
        "Handle supervisor calls and irate customers escalated from the floor",
        "Run daily huddles, weekly coaching and call calibrations with QA",
    ]),
    E("Technical Support Representative", "Northpoint Contact Solutions Inc.", "Mabuhay City", "2020-11", "2023-08", "facing", "contact_center", [
        "Troubleshot modem, Wi-Fi and connectivity issues for residential customers over the phone",
        "Scheduled technician visits and documented cases in the ticketing tool",
        "Top 3 agent for first-call resolution, Q2 2022",
    ]),
    E("Real-Time Analyst", "Luzvimin Outsourcing Corp.", "Pilarosa", "2019-06", "2020-10", "affecting", None, [
        "Monitored queues and agent adherence; moved breaks and lunches to protect service level",
        "Sent intraday reports to operations managers every 30 minutes",
    ]),
    E("Service Crew", "Jollyhaus Burgers", "Pilarosa", "2017-04", "2018-03", "facing", "in_person_service", [
        "Took orders at the counter and drive-thru, handled cash and kept the dining area clean",
    ]),
    E("Student Assistant - Registrar's Office", "Colegio de San Lorenzo de Tala", "San Isidro de Tala", "2015-06", "2017-03", "facing", "in_person_service", [
        "Assisted students at the registrar's window with enrolment forms and released transcripts",
    ], section="other"),
]
DOCS.append({
    "id": "w004", "r": "fpdf", "family": "Philippine BPO résumé, fpdf2 with shaded left sidebar (personal information, skills), pipe title | company | city lines, certification at the end",
    "layout": "fpdf2, sidebar/pipe, mon / 'Present'", "author": "Kristine Joy Bautista", "title": "Resume",
    "opts": {"size": 9, "hcaps": True, "side_w": 175},
    "side": [
        ("t", "CONTACT", "b"),
        ("c", "Blk 4 Lot 12, Villa Esperanza, Brgy. Tala, Mabuhay City"),
        ("c", "0917 552 8140"),
        ("c", "kj.bautista@mailbox.ph"),
        ("gap",),
        ("t", "PERSONAL INFORMATION", "b"),
        ("c", "Age: 29"),
        ("c", "Birthdate: March 3, 1997"),
        ("c", "Civil Status: Single"),
        ("c", "Religion: Roman Catholic"),
        ("c", "Citizenship: Filipino"),
        ("gap",),
        ("t", "SKILLS", "b"),
        ("c", "Coaching & feedback"),
        ("c", "Network troubleshooting"),
        ("c", "Zendesk, Salesforce"),
        ("c", "Excel (pivot tables)"),
        ("gap",),
        ("t", "LANGUAGES", "b"),
        ("c", "English, Filipino, Cebuano"),
    ],
    "body": [
        ("name", "KRISTINE JOY M. BAUTISTA"),
        ("t", "BPO Team Leader | Technical Support", "i"),
        ("h", "Objective"),
        ("p", "Seeking an Operations Supervisor position where I can use my experience in leading agents and improving customer satisfaction."),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "pipe", "ds": "mon", "pw": "Present", "bc": "•"}) for e in w4] + [
        ("h", "Education"),
        ("t", "Bachelor of Science in Business Administration", "b"),
        ("t", "Colegio de San Lorenzo de Tala, 2013 - 2017", ""),
        ("h", "Seminars and Trainings"),
        ("b", "Leadership Essentials for New Supervisors - Northpoint Academy, 2023", "•"),
        ("b", "Customer Experience Excellence Workshop - 2021", "•"),
        ("h", "Character References"),
        ("p", "Mr. Ramon T. Villanueva - Operations Manager, Northpoint Contact Solutions Inc. - 0918 330 4471"),
        ("p", "Ms. Aileen C. Yap - Account Manager, Luzvimin Outsourcing Corp. - 0927 114 9082"),
        ("gap",),
        ("p", "I hereby certify that the above information is true and correct to the best of my knowledge and belief."),
        ("t", "KRISTINE JOY M. BAUTISTA", "b"),
    ],
})

# ------------------------------------------------------------------ w005 South African retail CV, docx tab-stop dates
w5 = [
    E("Front End Supervisor", "FreshMark Supermarkets", "Ravenspoort", "2022-04", "present", "facing", "in_person_service", [
        "Supervise 18 cashiers and packers across two shifts; authorise refunds, voids and price overrides",
        "Resolve customer complaints at the service desk and handle card and cash-send queries",
        "Do till cash-ups and banking, and draw up the weekly till roster",
    ]),
    E("Cashier", "FreshMark Supermarkets", "Ravenspoort", "2019-01", "2022-03", "facing", "in_person_service", [
        "Served customers at the till, sold airtime, electricity and lotto",
        "Balanced my till at the end of every shift with no shortages for 2020 and 2021",
    ]),
    E("Merchandiser (Contract)", "Ubuntu Brands Merchandising", "Ravenspoort", "2017-06", "2018-12", "affecting", None, [
        "Packed shelves and built promotional displays for a beverage supplier in eight stores",
        "Checked expiry dates, rotated stock and captured stock counts on the company app",
    ]),
    E("Car Guard", "Sentinel Parking Marshals", "Kwa-Themba", "2015-09", "2017-05", "facing", "other_facing", [
        "Watched over shoppers' vehicles in the centre parking, directed cars to open bays and helped customers load their shopping",
    ]),
    E("Soup Kitchen Volunteer", "Ithemba Community Kitchen", "Kwa-Themba", "2013-01", "2015-12", "facing", "volunteering", [
        "Served meals to pensioners and school children every Saturday",
    ], prec="year", section="volunteer", etype="volunteer"),
]
DOCS.append({
    "id": "w005", "r": "docx", "family": "South African retail CV, Word with bold headings and right tab-stop dates, personal details block, year-only volunteer entry",
    "layout": "docx, tabs/title_org, month / 'Present'", "author": "Nokuthula Mahlangu", "title": "Curriculum Vitae",
    "opts": {"mode": "tabs", "hstyle": False, "hcaps": True, "hunder": True, "font": "Arial", "size": 10, "gaps": True},
    "body": [
        ("name", "CURRICULUM VITAE"),
        ("h", "Personal Details"),
        ("kv", "Surname", "Mahlangu"),
        ("kv", "First names", "Nokuthula Precious"),
        ("kv", "Nationality", "South African"),
        ("kv", "Gender", "Female"),
        ("kv", "Home language", "isiZulu"),
        ("kv", "Other languages", "English, Sesotho"),
        ("kv", "Driver's licence", "Code 10"),
        ("kv", "Criminal record", "None"),
        ("kv", "Contact number", "072 418 6630"),
        ("kv", "Email", "nokuthula.m@mailbox.co.za"),
        ("kv", "Address", "2231 Moloi Street, Kwa-Themba, 1864"),
        ("h", "Educational Background"),
        ("kv", "Highest grade passed", "Grade 12 (2012), Kwa-Themba Secondary School"),
        ("kv", "Tertiary", "National Certificate: Wholesale and Retail Operations (NQF 2), 2020"),
        ("h", "Employment History"),
    ] + [("job", e, {"hs": "title_org", "ds": "month", "pw": "Present", "sep": " - "}) for e in w5] + [
        ("h", "Strengths"),
        ("p", "Honest, punctual, good with people and with money. I work well under pressure over month-end and holidays."),
        ("h", "References"),
        ("p", "Mrs. L. Radebe, Store Manager, FreshMark Ravenspoort - 011 930 2210"),
        ("p", "Mr. T. Mokwena, Area Supervisor, Ubuntu Brands Merchandising - 082 551 0394"),
    ],
})

# ------------------------------------------------------------------ w006 Kenyan hospitality CV, Markdown
w6 = [
    E("Front Office Supervisor", "Acacia Crest Lodge", "Nyanduma", "2022-07", "present", "facing", "in_person_service", [
        "Oversee check-in and check-out for a 64-room safari lodge and brief guests on game-drive schedules",
        "Handle guest complaints and special requests and follow up until closed",
        "Train and roster five receptionists and night auditors",
    ]),
    E("Receptionist", "Acacia Crest Lodge", "Nyanduma", "2020-01", "2022-06", "facing", "in_person_service", [
        "Welcomed guests, processed M-Pesa and card payments and answered telephone enquiries",
    ]),
    E("Revenue & Reservations Assistant", "Savanna Gate Hotels Ltd", "Kisoko", "2018-10", "2019-12", "affecting", None, [
        "Updated rates and availability on the booking extranets and the channel manager",
        "Loaded group rooming lists and prepared the daily pickup and occupancy reports",
        "Checked travel-agent vouchers against contracts before invoicing",
    ]),
    E("Industrial Attachment - Housekeeping and F&B Service", "Lakeside Pearl Resort", "Kiranja", "2018-01", "2018-04", "facing", "in_person_service", [
        "Rotated through housekeeping, laundry and the restaurant, where I served the breakfast buffet and took dinner orders",
    ], etype="internship"),
]
DOCS.append({
    "id": "w006", "r": "md", "family": "Kenyan hospitality CV in Markdown, bold title lines with employer and 'to date', industrial attachment, referees",
    "layout": "md, bold/title_org, mon / 'to date'",
    "opts": {"h": 2, "bm": "*"},
    "body": [
        ("name", "WANJIRU NJERI KAMAU"),
        ("c", "P.O. Box 4417-20117, Nyanduma | +254 712 608 419 | wanjiru.kamau@mailbox.co.ke"),
        ("h", "Personal Profile"),
        ("p", "A warm and well-organised front office professional with six years in lodges and hotels. I enjoy making guests feel at home and I am fluent in English, Kiswahili and conversational German."),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "mon", "pw": "to date", "sep": " - "}) for e in w6] + [
        ("h", "Education"),
        ("b", "Diploma in Hospitality Management - Kisoko Institute of Tourism (2016 - 2018)", "-"),
        ("b", "KCSE - Nyanduma Girls' High School, Mean Grade B- (2015)", "-"),
        ("h", "Skills"),
        ("p", "Opera PMS, Micros POS, M-Pesa till reconciliation, guest relations, basic German"),
        ("h", "Referees"),
        ("b", "Mr. Peter Kiprotich, General Manager, Acacia Crest Lodge - +254 722 301 558", "-"),
        ("b", "Ms. Faith Wambui, Reservations Manager, Savanna Gate Hotels - +254 733 418 902", "-"),
        ("b", "Mrs. Grace Atieno, Lecturer, Kisoko Institute of Tourism - +254 720 664 117", "-"),
    ],
})

# ------------------------------------------------------------------ w007 Singapore F&B / retail, reportlab sidebar
w7 = [
    E("Assistant Outlet Manager", "Kopi Lane Cafe Group Pte Ltd", "Singapore", "2023-05", "present", "facing", "in_person_service", [
        "Run daily operations of a 60-seat cafe: manpower roster, stock ordering, cash and daily sales reports",
        "Attend to customer feedback at the outlet and reply to reviews on the group's social pages",
        "Keep the outlet audit-ready for food hygiene inspections",
    ]),
    E("Barista / Service Crew", "Kopi Lane Cafe Group Pte Ltd", "Singapore", "2021-03", "2023-04", "facing", "in_person_service", [
        "Prepared coffee and served customers at the counter; trained new part-timers on the espresso machine",
    ]),
    E("Retail Assistant (Part-time)", "Orchid Lane Books & Stationery", "Singapore", "2019-11", "2021-02", "facing", "in_person_service", [
    ]),
    E("Production Assistant", "Kopi Lane Central Kitchen", "Singapore", "2018-06", "2019-10", "affecting", None, [
        "Prepared sauces, kaya and pastries in bulk and packed them for delivery to the outlets",
        "Labelled and logged chiller temperatures for HACCP records",
    ]),
]
DOCS.append({
    "id": "w007", "r": "rl", "family": "Singaporean F&B and retail résumé, reportlab with shaded left sidebar (contact, languages, notice period), mm/yyyy dates",
    "layout": "reportlab, sidebar/title_org, mm/yyyy / 'Present'", "author": "Jasmine Tan", "title": "Jasmine Tan Hui Min - Resume",
    "opts": {"size": 9.5, "side_w": 170, "side_col": "#efe6dc", "hrule": True},
    "side": [
        ("t", "Contact", "b"),
        ("c", "+65 9123 4087"),
        ("c", "jasmine.tanhm@mailbox.sg"),
        ("c", "Blk 218 Serene Vale Ave 3"),
        ("gap",),
        ("t", "Personal", "b"),
        ("c", "Nationality: Singaporean"),
        ("c", "Notice period: 1 month"),
        ("c", "Expected salary: negotiable"),
        ("gap",),
        ("t", "Languages", "b"),
        ("c", "English (fluent)"),
        ("c", "Mandarin (fluent)"),
        ("c", "Hokkien (spoken)"),
        ("gap",),
        ("t", "Certificates", "b"),
        ("c", "WSQ Food Safety Course Level 1"),
        ("c", "WSQ Barista Skills"),
    ],
    "body": [
        ("name", "Jasmine Tan Hui Min"),
        ("t", "F&B Outlet Management", "i"),
        ("h", "Summary"),
        ("p", "Hands-on F&B supervisor who started behind the counter. I like busy outlets, tidy stockrooms and regulars who know my name."),
        ("h", "Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "mm/yyyy", "pw": "Present", "bc": "•"}) for e in w7] + [
        ("h", "Education"),
        ("t", "Diploma in Hospitality & Tourism Management, 2018", ""),
        ("t", "GCE 'O' Level, 2014", ""),
    ],
})

# ------------------------------------------------------------------ w008 Indian banking CV, docx table per job
w8 = [
    E("Relationship Manager - Retail Liabilities", "Sahyadri Commercial Bank Ltd", "Kesarpur", "2022-01", "present", "facing", "sales_account", [
        "Managing a book of 350+ high-value savings and current account customers (AUM Rs. 140 crore)",
        "Meeting customers at the branch and on home visits for investment reviews; cross-selling mutual funds and insurance",
        "Achieved 118% of the FY 2024-25 fee-income target",
    ]),
    E("Personal Banker", "Sahyadri Commercial Bank Ltd", "Kesarpur", "2020-04", "2021-12", "facing", "in_person_service", [
        "Attended walk-in customers at the personal banking desk for account opening, cheque book requests and KYC updates",
        "Met the monthly CASA acquisition target in 17 of 21 months",
    ]),
    E("Credit Processing Officer", "Navodaya Housing Finance Ltd", "Devgarh City", "2018-07", "2020-03", "affecting", None, [
        "Vetted home-loan files: income documents, property papers, bureau reports",
        "Prepared credit appraisal memos for the sanctioning authority and tracked disbursement conditions",
    ]),
    E("Management Trainee - KYC Operations", "Pinnacle Financial Services Centre", "Devgarh City", "2017-07", "2018-06", "affecting", None, [
        "Periodic KYC refresh of corporate customers of a European bank (KPO): screening, ownership structures, risk rating",
        "Prepared case summaries for onshore approvers",
    ]),
    E("Accounts Executive", "Kesarpur Agro Traders", "Kesarpur", "2012-06", "2015-05", "none", None, [
        "Maintained purchase and sales books in Tally, filed GST returns and did bank reconciliations",
    ]),
]
DOCS.append({
    "id": "w008", "r": "docx", "family": "Indian banking CV, Word with a borderless table per job (designation/bank left, dates right), Key Result Areas, 'Till Date'",
    "layout": "docx, table/title_org, mon / 'Till Date'", "author": "Sneha Kulkarni", "title": "Resume",
    "opts": {"mode": "tables", "hlevel": 2, "font": "Cambria", "size": 10.5},
    "body": [
        ("name", "SNEHA RAGHUNATH KULKARNI"),
        ("c", "Kesarpur | +91 90110 27648 | sneha.kulkarni@mailbox.in"),
        ("h", "Profile Summary"),
        ("p", "MBA (Finance) with over 12 years in accounts, KYC operations, housing finance and retail banking. Currently a Relationship Manager handling high-value customers."),
        ("h", "Key Skills"),
        ("p", "Relationship management | Wealth products | CASA acquisition | Credit appraisal | KYC / AML | Finacle"),
        ("h", "Professional Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "mon", "pw": "Till Date", "sep": " - ",
                     "labels_at": {0: "Key Result Areas:"}}) for e in w8] + [
        ("h", "Education"),
        ("p", "MBA (Finance), Devgarh Institute of Management Studies, 2017"),
        ("p", "B.Com, Kesarpur College of Commerce, 2012"),
        ("h", "Certifications"),
        ("p", "NISM Series V-A: Mutual Fund Distributors; IRDAI Licentiate (Life)"),
        ("h", "Personal Details"),
        ("p", "Date of Birth: 04 May 1994 | Languages: English, Hindi, Marathi | Marital status: Married"),
        ("h", "Declaration"),
        ("p", "I hereby declare that the information furnished above is true to the best of my knowledge."),
    ],
})

# ------------------------------------------------------------------ w009 Filipino nurse / caregiver, HTML
w9 = [
    E("Live-in Caregiver", "Private household", "Israel", "2022-03", "present", "facing", "healthcare_care", [
        "Full-time care of an 84-year-old man with dementia: bathing, feeding, medication and exercises",
        "Accompany him to clinic appointments and keep the family updated every day",
    ]),
    E("Staff Nurse", "Our Lady of Pilarosa Medical Center", "Pilarosa", "2018-09", "2021-12", "facing", "healthcare_care", [
        "Assigned to the medical-surgical ward and later the COVID-19 isolation ward",
        "Administered medications, monitored vital signs and gave discharge teaching",
    ]),
    E("Customer Service Representative - Healthcare Account", "MedLink Global Solutions", "Lunaville", "2017-02", "2018-08", "facing", "contact_center", [
        "Answered calls from US patients about appointments, referrals and insurance eligibility",
    ]),
    E("Clinical Documentation Reviewer (Non-voice)", "MedLink Global Solutions", "Lunaville", "2016-05", "2017-01", "affecting", None, [
        "Reviewed prior-authorization requests against clinical criteria and routed them for approval",
        "No patient contact; worked from the client's portal",
    ]),
    E("Volunteer Nurse", "Barangay Health Station, San Isidro de Tala", "San Isidro de Tala", "2015-01", "2015-12", "facing", "volunteering", [
        "Blood-pressure screening, immunization days and home visits to bedridden elders",
    ], prec="year", section="volunteer", etype="volunteer"),
]
DOCS.append({
    "id": "w009", "r": "html", "family": "Filipino nurse working abroad as a caregiver, hand-written HTML résumé with floated dates, BPO healthcare account, year-only volunteer entry",
    "layout": "html, h3/title_org, month / 'Present'", "title": "Rowena S. Villaruel, RN",
    "opts": {"lr": "h3"},
    "body": [
        ("name", "ROWENA SANTOS VILLARUEL, RN"),
        ("c", "Mobile/WhatsApp: +63 917 208 5531 | rowena.villaruel@mailbox.ph"),
        ("c", "Passport valid until 2031 | Philippine Nurse License No. available on request"),
        ("h", "Career Objective"),
        ("p", "To obtain a position as a Registered Nurse or Care Assistant where my clinical experience and patience with elderly patients can be of use."),
        ("h", "Employment History"),
    ] + [("job", e, {"hs": "title_org", "ds": "month", "pw": "Present"}) for e in w9] + [
        ("h", "Educational Attainment"),
        ("p", "Bachelor of Science in Nursing - Pilarosa College of Health Sciences, 2014"),
        ("p", "Passed the Philippine Nurse Licensure Examination, November 2014"),
        ("h", "Trainings"),
        ("p", "Basic Life Support (2023); Caregiving NC II (2021); IV Therapy Training (2018)"),
        ("h", "Personal Information"),
        ("kv", "Date of Birth", "17 August 1991"),
        ("kv", "Civil Status", "Married"),
        ("kv", "Height / Weight", "5'2\" / 54 kg"),
        ("kv", "Religion", "Roman Catholic"),
    ],
})

# ------------------------------------------------------------------ w010 Indian KPO equity research, fpdf2 two pages with footer
w10 = [
    E("Assistant Manager - Equity Research", "Meridian Analytics & Research Pvt Ltd", "Suryanagar", "2021-06", "present", "facing", "sales_account", [
        "Lead a pod of four analysts covering US mid-cap industrials for two buy-side clients",
        "Weekly calls with the clients' portfolio managers to take new requests and walk them through our findings",
        "Review earnings models, first-take notes and sector dashboards before delivery",
        "Own the client relationship for the second account since 2023, including quarterly service reviews",
    ]),
    E("Senior Analyst - Equity Research", "Meridian Analytics & Research Pvt Ltd", "Suryanagar", "2018-04", "2021-05", "affecting", None, [
        "Built and maintained three-statement models for 18 companies",
        "Wrote earnings previews and reviews published under the client's name",
        "Prepared industry primers and comparable-company tables on request",
    ]),
    E("Financial Analyst - Fund Accounting", "Kaveri Fund Administration Services", "Suryanagar", "2016-07", "2018-03", "affecting", None, [
        "Daily NAV calculation for offshore hedge-fund clients; cash and position reconciliations",
        "Booked corporate actions and accruals; prepared month-end investor statements",
    ]),
    E("Articled Assistant", "R. Venkatesh & Associates, Chartered Accountants", "Chandanpur", "2013-07", "2016-06", "affecting", None, [
        "Statutory and tax audits of manufacturing and trading companies",
        "Vouching, ledger scrutiny and preparation of tax audit reports",
    ], etype="internship"),
    E("Research Assistant (part-time)", "Department of Commerce, Suryanagar Arts & Science College", "Suryanagar", "2011-06", "2013-03", "none", None, [
        "Collected and tabulated survey data for a faculty project on MSME credit",
    ], section="other"),
]
kra10 = ["Key Result Areas", "Client delivery: zero missed deadlines across 140+ earnings events in FY25",
         "Quality: maintained error rate below 0.5% on reviewed deliverables",
         "People: trained 9 new joiners; two promoted to Senior Analyst"]
DOCS.append({
    "id": "w010", "r": "fpdf", "family": "Indian KPO equity-research CV, fpdf2 two pages with page footer, Key Result Areas, articleship, declaration",
    "layout": "fpdf2, left/title_org_line, mon. / 'Till date'", "author": "Aravind S. Iyer", "title": "Aravind S Iyer - CV",
    "footer": "Aravind S. Iyer - Curriculum Vitae - Page %d",
    "opts": {"size": 9.8, "family": "serif"},
    "body": [
        ("name", "Aravind Subramaniam Iyer, CFA (Level III)"),
        ("c", "12/4, Second Cross, Gandhi Nagar, Suryanagar - 600 117  |  +91 94440 81273  |  aravind.iyer@mailbox.in"),
        ("h", "Professional Summary"),
        ("p", "Equity research and finance professional with over ten years of experience across KPO research delivery, fund accounting and audit. Strong modelling and writing skills, comfortable managing client expectations and small teams across time zones."),
        ("h", "Core Competencies"),
    ] + bl(["Financial modelling and valuation (DCF, relative)", "Earnings coverage of US industrials",
            "Client servicing and delivery management", "Team leadership and training",
            "Bloomberg, FactSet, Capital IQ, advanced Excel, VBA basics"], "•") + [
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "title_org_line", "ds": "mon.", "pw": "Till date", "sep": " - "}) for e in w10[:1]] + [
        ("t", kra10[0] + ":", "b")] + bl(kra10[1:], "-") + [("gap",)] + [
        ("job", e, {"hs": "title_org_line", "ds": "mon.", "pw": "Till date", "sep": " - "}) for e in w10[1:]] + [
        ("h", "Academic Qualifications"),
    ] + bl(["CFA Level III candidate (Level II cleared, 2020)", "Chartered Accountant, ICAI - November 2016 (Final, both groups in first attempt)",
            "B.Com - Suryanagar Arts & Science College, 2013 (82%)", "Class XII - State Board, 2010 (91%)"], "•") + [
        ("h", "Projects & Recognition"),
    ] + bl(["Built an automated earnings-template tool in Excel/VBA that cut model-update time by 40%",
            "'Star Performer' award, Meridian Analytics, FY 2019-20 and FY 2022-23",
            "Co-authored the firm's internal style guide for research notes"], "•") + [
        ("h", "IT Skills"),
        ("p", "MS Excel (advanced), PowerPoint, Bloomberg Terminal, FactSet, Capital IQ, Tally ERP 9, basic Python for data cleaning."),
        ("h", "Personal Details"),
        ("kv", "Date of Birth", "21.02.1992"),
        ("kv", "Father's Name", "Shri S. Subramaniam"),
        ("kv", "Marital Status", "Married"),
        ("kv", "Languages", "English, Tamil, Hindi, Malayalam"),
        ("kv", "Passport", "Valid"),
        ("kv", "Notice Period", "60 days"),
        ("h", "Declaration"),
        ("p", DECL_IN),
        ("gap",),
        ("t", "Place: Suryanagar", ""),
        ("t", "Date: ____________                                              (ARAVIND S. IYER)", ""),
    ],
})

# ------------------------------------------------------------------ w011 Kenyan telecom CV, docx layout table with sidebar
w11 = [
    E("Customer Experience Agent - Retail Shop", "Zuri Mobile Kenya Ltd", "Kisoko", "2023-01", "present", "facing", "in_person_service", [
        "Serve walk-in customers: SIM registration and replacement, device set-up, mobile-money reversals",
        "Sell postpaid plans and home fibre; 112% of quarterly target in Q1 2025",
    ]),
    E("Call Centre Agent", "Zuri Mobile Kenya Ltd", "Kisoko", "2020-08", "2022-12", "facing", "contact_center", [
        "Handled inbound calls in English and Kiswahili on airtime, data bundles and PIN resets",
        "Escalated fraud cases to the revenue assurance team",
    ]),
    E("Mobile Money Agent (own business)", "Otis Agencies", "Mwembeni", "2018-02", "2020-07", "facing", "entrepreneurial_freelance", [
        "Ran a mobile-money and airtime kiosk: deposits, withdrawals, float management and record books",
        "Served 80-120 customers a day and employed one attendant",
    ], etype="freelance"),
    E("Network Operations Intern", "Jambo Fibre Ltd", "Kisoko", "2017-05", "2017-08", "none", None, [
        "Monitored network alarms on the NMS and raised trouble tickets for the field teams",
        "Updated the fibre route database",
    ], etype="internship"),
]
DOCS.append({
    "id": "w011", "r": "docx", "family": "Kenyan telecom CV, Word two-column layout table with shaded sidebar (contacts, languages, referees), own mobile-money business",
    "layout": "docx, sidebar/title_org, month / 'to date'", "author": "Brian Ochieng", "title": "CV - Brian Otieno",
    "opts": {"mode": "styles", "hlevel": 2, "font": "Calibri", "size": 10},
    "side": [
        ("name", "BRIAN OTIENO OCHIENG"),
        ("t", "Contacts", "b"),
        ("c", "+254 701 339 842"),
        ("c", "brian.otieno@mailbox.co.ke"),
        ("c", "P.O. Box 1187, Kisoko"),
        ("t", "Personal details", "b"),
        ("c", "Date of birth: 09/11/1996"),
        ("c", "Nationality: Kenyan"),
        ("c", "Marital status: Single"),
        ("t", "Languages", "b"),
        ("c", "English, Kiswahili, Dholuo"),
        ("t", "Referees", "b"),
        ("c", "Ms. Joyce Akinyi, Shop Manager, Zuri Mobile Kisoko, 0722 410 385"),
        ("c", "Mr. Daniel Kiptoo, Team Leader, Zuri Mobile Contact Centre, 0711 208 663"),
    ],
    "body": [
        ("h", "Career Objective"),
        ("p", "A customer-focused telecom professional seeking a Shop Supervisor role."),
        ("h", "Work Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "month", "pw": "to date", "sep": " - "}) for e in w11] + [
        ("h", "Education"),
        ("p", "Diploma in Information Technology - Kisoko National Polytechnic (2015 - 2017)"),
        ("p", "KCSE - Mwembeni Boys' Secondary School (2014), C+"),
        ("h", "Computer Skills"),
        ("p", "MS Office, Siebel CRM, basic networking"),
    ],
})

# ------------------------------------------------------------------ w012 South African collections call centre, plain text, employer in capitals
w12 = [
    E("Team Leader - Collections", "CALLWISE CONTACT SOLUTIONS (PTY) LTD", "Emthonjeni", "2023-06", "present", "facing", "contact_center", [
        "Managing a team of 12 collections agents on a retail-credit campaign",
        "Taking escalated calls from debtors and negotiating settlement arrangements",
        "Monitoring dialler stats, PTP rates and compliance with the NCA",
    ], day=(1, None)),
    E("Collections Agent", "CALLWISE CONTACT SOLUTIONS (PTY) LTD", "Emthonjeni", "2021-02", "2023-05", "facing", "contact_center", [
        "Outbound calls to customers in arrears (30-90 days) on behalf of a furniture retailer",
        "Captured promises to pay and followed up on broken arrangements",
    ], day=(8, 31)),
    E("Debtors Clerk", "MZANSI FURNITURE CITY", "Brakkloof", "2018-11", "2021-01", "facing", "contact_center", [
        "Allocated customer payments and prepared monthly statements",
        "Phoned customers in arrears and took payment arrangements",
        "Filed contracts and updated customer records on the system",
    ], day=(15, 31)),
    E("Learner: Contact Centre Support NQF 2", "SIYAKHULA SKILLS ACADEMY", "Emthonjeni", "2018-01", "2018-10", "facing", "contact_center", [
        "10-month learnership: theory modules plus workplace experience on a client's inbound line, answering account queries",
    ], etype="internship", day=(15, 31)),
]
DOCS.append({
    "id": "w012", "r": "txt", "family": "South African collections call-centre CV pasted as text, employer headings in capitals with roles beneath, dd/mm/yyyy dates, learnership",
    "layout": "txt, box/orgfirst, dd/mm/yyyy / 'Current'",
    "opts": {"h": "box", "kvw": 20},
    "body": [
        ("name", "CURRICULUM VITAE OF THABO LUCKY MOKOENA"),
        ("h", "Personal Information"),
        ("kv", "Full names", "Thabo Lucky Mokoena"),
        ("kv", "Date of birth", "22/03/1995"),
        ("kv", "Gender", "Male"),
        ("kv", "Nationality", "South African"),
        ("kv", "Home language", "Sesotho"),
        ("kv", "Other languages", "English, isiZulu, Setswana"),
        ("kv", "Driver's licence", "Code 08"),
        ("kv", "Cell", "073 552 1906"),
        ("kv", "E-mail", "thabo.mokoena@mailbox.co.za"),
        ("h", "Education"),
        ("t", "Matric (NSC) - Emthonjeni High School - 2013", ""),
        ("t", "Certificate: Contact Centre Support NQF 2 - Siyakhula Skills Academy - 2018", ""),
        ("h", "Work Experience"),
        ("org", "CALLWISE CONTACT SOLUTIONS (PTY) LTD - Emthonjeni"),
    ] + [("job", e, {"hs": "role", "ds": "dmy", "pw": "Current", "sep": " - ", "labels_at": {0: "Duties:"}, "bc": "-"}) for e in w12[:2]] + [
        ("org", "MZANSI FURNITURE CITY - Brakkloof"),
        ("job", w12[2], {"hs": "role", "ds": "dmy", "sep": " - ", "labels_at": {0: "Duties:"}, "bc": "-",
                          "after": ["Reason for leaving: better opportunity"]}),
        ("org", "SIYAKHULA SKILLS ACADEMY - Emthonjeni"),
        ("job", w12[3], {"hs": "role", "ds": "dmy", "sep": " - ", "bc": "-"}),
        ("h", "Skills"),
        ("t", "- Negotiation   - Debt Manager / dialler systems   - MS Excel   - Conflict resolution", ""),
        ("h", "References"),
        ("t", "Mrs. P. Nkosi - Operations Manager, Callwise - 010 443 2281", ""),
        ("t", "Mr. J. van Wyk - Credit Manager, Mzansi Furniture City - 016 422 9017", ""),
    ],
})

# ------------------------------------------------------------------ w013 UK teacher, reportlab two-column header
w13 = [
    E("Teacher of Mathematics", "Marrowby Academy", "Marrowby", "2021-09", "present", "facing", "education", [
        "Teach KS3 and KS4 maths (Years 7-11), including a Year 11 intervention group",
        "Form tutor for Year 9; regular contact with parents at consultation evenings",
    ]),
    E("Exams Officer (0.4 FTE)", "Marrowby Academy", "Marrowby", "2022-09", "2024-07", "affecting", None, [
        "Made entries with the awarding bodies and managed the exam timetable and seating plans",
        "Processed access-arrangement paperwork and kept the invigilator rota",
        "Handled results, re-marks and certificates",
    ]),
    E("Teaching Assistant (Level 3)", "Dunmere Primary School", "Dunmere", "2019-01", "2021-07", "facing", "education", [
        "Supported a Year 4 class, ran phonics and maths catch-up groups and 1:1 support for two pupils with EHCPs",
    ]),
    E("Cover Supervisor", "Ashbury Vale High School", "Ashbury Vale", "2018-01", "2018-12", "facing", "education", [
        "Supervised cover lessons across all subjects and managed behaviour using the school policy",
    ]),
    E("Private Maths Tutor", "Self-employed", "Kettlewick", "2016-10", "2017-12", "facing", "education", [
        "GCSE and A-level tuition for eight students in their homes and online",
    ], etype="freelance"),
]
DOCS.append({
    "id": "w013", "r": "rl", "family": "UK secondary maths teacher, reportlab two-column header (name left, contact right), full month names, overlapping part-time exams post",
    "layout": "reportlab, twocol/title_org, month / 'present'", "author": "Priya Raman-Whitcombe", "title": "CV",
    "opts": {"font": "Times-Roman", "size": 10.5, "name_size": 20},
    "head2": ("Priya Raman-Whitcombe", ["07451 903 227", "priya.rw@mailbox.co.uk", "Kettlewick, KW4 2PL"],
              ["QTS, PGCE Secondary Mathematics"]),
    "body": [
        ("h", "Profile"),
        ("p", "Maths teacher with five years in the classroom and experience as a part-time exams officer. Believer in clear explanations, high expectations and a calm classroom."),
        ("h", "Teaching Experience"),
    ] + [("job", e, {"hs": "title_org", "ds": "month", "pw": "present"}) for e in w13[:4]] + [
        ("h", "Other Experience"),
        ("job", w13[4], {"hs": "title_org", "ds": "month", "pw": "present"}),
        ("h", "Qualifications"),
        ("t", "PGCE Secondary Mathematics with QTS - University of Kettlewick, 2021", ""),
        ("t", "BSc (Hons) Mathematics, 2:1 - University of Marrowby, 2016", ""),
        ("h", "Additional"),
        ("p", "Enhanced DBS on the Update Service. Full UK driving licence. Chess club lead, 2022 - present."),
        ("h", "Referees"),
        ("p", "Mr A. Fenwick, Headteacher, Marrowby Academy; Mrs J. Osei, SENCo, Dunmere Primary School."),
    ],
})

# ------------------------------------------------------------------ w014 Nigerian telecom engineer, docx with name in the page header
w14 = [
    E("Regional Service Assurance Engineer", "Kora Telecom Nigeria Ltd", "Ilaroke", "2022-03", "present", "none", None, [
        "Fault management for 410 sites in the South-West region; drive root-cause analysis on outages",
        "Coordinate field maintenance contractors and track MTTR against targets",
        "Analyse drive-test data and recommend optimisation changes",
    ]),
    E("Enterprise Support Engineer", "Kora Telecom Nigeria Ltd", "Ilaroke", "2019-07", "2022-02", "facing", "other_facing", [
        "Visited corporate clients' offices to install and troubleshoot dedicated internet and MPLS links",
        "Trained clients' IT staff on the self-service portal and handled their fault reports",
    ]),
    E("Customer Care Representative (Outsourced)", "Kora Telecom Nigeria Ltd", "Ubanze", "2017-04", "2019-06", "facing", "contact_center", [
        "Engaged through Goldfield HR Outsourcing; handled inbound calls on data, recharge and SIM issues",
    ]),
    E("Electrical Maintenance Trainee (SIWES)", "Ubanze Cement Plc", "Ubanze", "2015-06", "2015-11", "none", None, [
    ], etype="internship"),
]
DOCS.append({
    "id": "w014", "r": "docx", "family": "Nigerian telecom engineer, Word with name and contact in the page header, m.yyyy dates and 'Till Date', outsourced contact-centre start",
    "layout": "docx, header/title_org, m.yyyy / 'Till Date'", "author": "Oluwaseun Bankole", "title": "CV",
    "header": ["OLUWASEUN ADEYEMI BANKOLE", "Ilaroke, Nigeria | +234 809 114 7730 | seun.bankole@mailbox.ng"],
    "opts": {"mode": "tabs", "hlevel": 1, "font": "Calibri", "size": 10.5},
    "body": [
        ("h", "Professional Summary"),
        ("p", "COREN-registered telecommunications engineer with nine years across customer care, enterprise support and network service assurance."),
        ("h", "Work History"),
    ] + [("job", e, {"hs": "title_org", "ds": "dot", "pw": "Till Date", "sep": " - ", "bc": "•"}) for e in w14] + [
        ("h", "Education"),
        ("p", "B.Eng. Electrical/Electronic Engineering - Federal University of Technology, Ubanze (2016)"),
        ("h", "Certifications"),
        ("p", "CCNA (2020); ITIL 4 Foundation (2023); Huawei HCIA-Transmission (2022)"),
        ("h", "Personal Data"),
        ("p", "Date of Birth: 11.06.1993 | State of Origin: Ogun | Marital Status: Married | NYSC: Completed 2017"),
        ("h", "Referees"),
        ("p", "Available on request."),
    ],
})

# ------------------------------------------------------------------ w015 Singapore bank, Markdown
w15 = [
    E("Client Service Officer - Contact Centre", "Straits Harbour Bank Ltd", "Singapore", "2022-08", "present", "facing", "contact_center", [
        "Handle phone and video-banking calls on cards, digital-token activation, fraud alerts and account servicing",
        "Verify customers in line with MAS and bank authentication guidelines; log cases in the CRM",
    ]),
    E("Operations Executive - Payments", "Straits Harbour Bank Ltd", "Singapore", "2020-02", "2022-07", "facing", "internal_support", [
        "Processed outward telegraphic transfers and repaired failed payments",
        "Answered payment-status and investigation queries from branch colleagues by phone and the internal ticket queue",
    ]),
    E("Banquet Server (casual)", "Harbourlight Hotel", "Singapore", "2019-01", "2019-12", "facing", "in_person_service", [
        "Served at weddings and corporate dinners on weekends",
    ], dates="Jan - Dec 2019"),
    E("Tuition Teacher (part-time)", "Bright Sparks Learning Centre", "Singapore", "2018-06", "2019-12", "facing", "education", [
        "Taught upper-primary maths and science to small groups while at university",
    ]),
    E("Section Commander (Full-time National Service)", "Singapore Armed Forces", None, "2016-03", "2018-02", "none", None, [
        "Led and trained a section of eight soldiers; responsible for their welfare and equipment",
    ], etype="military"),
]
DOCS.append({
    "id": "w015", "r": "md", "family": "Singaporean bank contact-centre officer in Markdown, pipe headers with yyyy-mm dates, national service listed, payments role serving branch colleagues",
    "layout": "md, pipe/title_org, yyyy-mm / 'Present'",
    "opts": {"h": 2},
    "body": [
        ("name", "Muhammad Faris bin Rahmat"),
        ("c", "Singapore | +65 8234 5519 | faris.rahmat@mailbox.sg"),
        ("h", "Summary"),
        ("p", "Banking professional with contact-centre and payments operations experience. Calm on the phone, accurate with numbers."),
        ("h", "Experience"),
    ] + [("job", e, {"hs": "pipe", "ds": "iso", "pw": "Present", "dpos": "in", "sep": " to "}) for e in w15] + [
        ("h", "Education"),
        ("b", "Bachelor of Business (Finance), 2020", "-"),
        ("b", "Diploma in Banking & Finance, 2016", "-"),
        ("h", "Skills"),
        ("p", "SWIFT MT103/199, payment investigations, CRM, Excel, customer authentication"),
        ("h", "Languages"),
        ("p", "English, Malay"),
    ],
})
