"""Résumés w001–w015."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    file="w001.pdf", family="Indian mall-retail CV (Kerala to Dubai), reportlab single column, 'Since Aug 2019'",
    lay="reportlab, plain/title_org, mon / 'Since'", r="rl", page="plain", style="title_org", font="helv",
    name="ANEESH K. MATHEW", contact=["Al Qusais, Dubai, UAE  |  +971 55 318 4407  |  aneesh.kmathew@mailbox.ae",
                                       "Visa: Employment (transferable)  |  UAE Driving Licence: Yes"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To work in a challenging retail environment where I can use my 9+ years of sales floor and cash experience "
              "for the growth of the organisation and my own career."),
        ("h", "Professional Experience"),
        ("E", [
            E("Senior Sales Associate", "Homestyle Living LLC", "Deira City Mall, Dubai", "2019-08", "present",
              "Since Aug 2019", "facing", "in_person_service", [
                  "Attending walk-in customers for furniture and home décor, explaining fabrics, sizes and delivery options",
                  "Achieved 112% of monthly target for 14 months in 2023–24; top seller of the branch in Ramadan 2024",
                  "Handling exchanges, refund requests and delivery complaints as per company policy",
                  "Training new joiners on POS (Retail Pro) and visual standards"], lab="Roles & Responsibilities:"),
            E("Sales Associate", "Al Wahat Hypermarket", "Sharjah", "2017-02", "2019-06", "Feb 2017 – Jun 2019",
              "facing", "in_person_service", [
                  "Electronics section – demonstration of mobiles, TVs and small appliances to customers",
                  "Opening and closing of the section, stock count every month end",
                  "Coordinating with warehouse for replenishment of fast-moving items"]),
            E("Cashier cum Customer Service Assistant", "Trendmart Retail Pvt. Ltd.", "Kottayam, Kerala", "2014-06", "2016-12",
              "Jun 2014 – Dec 2016", "facing", "in_person_service", [
                  "Billing at POS counter, handling cash, card and coupon payments",
                  "Issuing loyalty cards and solving customer queries at the help desk",
                  "Daily cash tally and handover to accounts"]),
            E("Store Helper", "Trendmart Retail Pvt. Ltd.", "Kottayam, Kerala", "2013-05", "2014-05", "May 2013 – May 2014",
              "affecting", None, [
                  "Unloading of goods, price tagging and arranging stock in the back store",
                  "Refilling shelves before store opening"]),
        ]),
        ("h", "Education"),
        ("ul", ["B.Com – Mahatma Gandhi University, Kottayam (2013)", "Plus Two (Commerce) – Kerala State Board (2010)"]),
        ("h", "Skills"),
        ("ul", ["Retail Pro, SAP POS, MS Excel", "Customer handling, upselling, cash management", "Languages: English, Malayalam, Hindi, basic Arabic"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "14-03-1991"), ("Nationality", "Indian"), ("Marital Status", "Married"),
                ("Passport No", "T4418XXX")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above information is true to the best of my knowledge and belief.   Place: Dubai      ANEESH K. MATHEW"),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    file="w002.docx", family="Pakistani banker (Lahore), Word heading styles and list bullets, tab-stop dates, branch and back office",
    lay="docx, styles/title_org, month / 'to date'", r="docx", page="styles", style="title_org",
    name="Hafsa Nadeem Qureshi", contact=["House 22-B, Block F, Johar Town, Lahore", "0321-4471902  •  hafsa.nq@mailbox.pk"],
    blocks=[
        ("h", "Objective"),
        ("p", "A banking professional with experience in branch banking and operations, seeking a Relationship Manager role "
              "in a reputable bank where I can grow my portfolio and serve customers with integrity."),
        ("h", "Professional Experience"),
        ("E", [
            E("Relationship Officer – Personal Banking", "Crescent Valley Bank Ltd., Gulberg Branch", "Lahore",
              "2021-09", "present", "September 2021 – to date", "facing", "sales_account", [
                  "Managing a portfolio of 320+ current and savings accounts of salaried and business customers",
                  "Cross-selling of bancassurance, auto finance and credit cards; deposit growth of PKR 180M in 2024",
                  "Meeting customers at branch and at their offices for account opening and KYC renewal",
                  "Resolving complaints within TAT and coordinating with Operations for fund transfers"]),
            E("Cash Officer", "Crescent Valley Bank Ltd., Model Town Branch", "Lahore", "2019-01", "2021-08",
              "January 2019 – August 2021", "facing", "in_person_service", [
                  "Cash deposits, withdrawals, utility bill payments and pay orders at the counter",
                  "Maintaining vault and ATM replenishment under dual control",
                  "Balancing of cash at end of day with zero difference record"]),
            E("Operations Associate (Clearing)", "Pak-Gulf Processing Services (Pvt.) Ltd.", "Lahore", "2017-06", "2018-12",
              "June 2017 – December 2018", "affecting", None, [
                  "Inward and outward clearing of cheques for 40 partner branches through NIFT",
                  "Verification of signatures and marking of returned cheques with reasons",
                  "Preparing daily reconciliation reports for the clearing suspense account"]),
            E("Internee", "Punjab Cooperative Bank", "Sheikhupura", "2016-07", "2016-08", "July 2016 – August 2016",
              "none", None, ["Filing of account opening forms and data entry in core banking system",
                             "Prepared internship report on Islamic modes of financing"], et="internship"),
        ]),
        ("h", "Education"),
        ("ul", ["MBA (Banking & Finance), University of Central Punjab – 2017", "B.Com (Hons), Government College of Commerce – 2015"]),
        ("h", "Certifications"),
        ("ul", ["JAIBP Stage I", "AML/CFT e-learning – State Bank certified"]),
        ("h", "Personal Information"),
        ("kv", [("Father Name", "Nadeem Akhtar Qureshi"), ("CNIC", "35202-XXXXXXX-4"), ("Date of Birth", "02 Nov 1994"),
                ("Religion", "Islam"), ("Domicile", "Lahore")]),
        ("h", "References"),
        ("p", "Will be furnished on demand."),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    file="w003.pdf", family="Nepali hotel front-office CV (Pokhara to Doha), fpdf2 centred header, employer line first",
    lay="fpdf2, centred/org_title, mon'yy / 'Till date'", r="fpdf", page="centred", style="org_title", bullet="➢",
    name="Bishnu Prasad Adhikari", contact=["Al Sadd, Doha, Qatar  ·  +974 3318 2205  ·  bishnu.adhikari@mailbox.com.np",
                                             "Permanent address: Lekhnath-4, Kaski, Nepal"],
    blocks=[
        ("h", "CAREER OBJECTIVE"),
        ("p", "Hard working and guest-oriented hotelier looking for a Front Office Supervisor position in a five star "
              "property in Qatar or UAE."),
        ("h", "WORK EXPERIENCE"),
        ("E", [
            E("Guest Service Agent", "Corniche Pearl Hotel & Suites", "Doha, Qatar", "2018-06", "present",
              "Jun'18 – Till date", "facing", "in_person_service", [
                  "Check-in and check-out of guests in Opera PMS, upselling room upgrades (QAR 41k upsell in 2025)",
                  "Handling guest complaints and logging them in the guest incident log",
                  "Assisting airline crew check-in (Qatar-based crews, 60 rooms nightly)",
                  "Preparing the arrival list and VIP amenities request to Housekeeping"]),
            E("Front Office Assistant", "Hotel Fewa Crest", "Pokhara, Nepal", "2015-10", "2018-03",
              "Oct'15 – Mar'18", "facing", "in_person_service", [
                  "Reception, reservations by phone and email, trekking and tour bookings for guests",
                  "Foreign currency exchange at desk as per NRB rules"]),
            E("Industrial Trainee (Front Office & F&B Service)", "Hotel Annapurna View", "Pokhara, Nepal",
              "2015-01", "2015-06", "Jan'15 – Jun'15", "facing", "in_person_service", [
                  "Rotation in front desk, bell desk and restaurant; served breakfast buffet and room service orders"],
              et="internship"),
        ]),
        ("h", "ACADEMIC QUALIFICATION"),
        ("ul", ["Bachelor in Hotel Management (BHM), Pokhara University, 2015", "+2 Management, HSEB, 2011"]),
        ("h", "COMPUTER KNOWLEDGE"),
        ("p", "Opera PMS 5.0, Fidelio, MS Office, Internet"),
        ("h", "PERSONAL DETAILS"),
        ("kv", [("Date of birth", "1993/08/19"), ("Nationality", "Nepali"), ("Passport no.", "10XXXXXX"),
                ("Languages", "Nepali, English, Hindi, Arabic (basic)")]),
        ("h", "DECLARATION"),
        ("p", "I do hereby declare that all the above information are true and correct to the best of my knowledge."),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    file="w004.txt", family="Indian medical coder (Chennai), job-portal text, dashes and colons, AR calling",
    lay="txt, plain/kv, Mon-yyyy / 'Till Date'", r="txt", style="kv", txthead="dashes", bullet="*",
    name="R. Keerthana", capsname=True,
    contact=["Mobile: +91 98401 22719", "Email: keerthana.rcoder@mailbox.in", "Address: 14/3, Gandhi Street, Tambaram, Chennai - 600045"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Seeking a position as Medical Coder / Senior Coder in a reputed healthcare organisation to utilise my "
              "knowledge of ICD-10-CM, CPT and HCPCS and to grow along with the organisation."),
        ("h", "Professional Summary"),
        ("ul", ["CPC certified (AAPC) with 5+ years in Revenue Cycle Management",
                "Experience in E/M (OP), Radiology and ED facility coding with 96%+ accuracy",
                "Sound knowledge in anatomy, physiology and medical terminology"]),
        ("h", "Work Experience"),
        ("E", [
            E("Medical Coder II", "Medisys Health Solutions Pvt Ltd", "Chennai", "2022-04", "present",
              "Apr-2022 to Till Date", "affecting", None, [
                  "Coding ED facility and profee charts for US hospitals; productivity 22 charts/hour",
                  "Reviewing physician documentation and raising queries to the client for missing details",
                  "Handling audit rebuttals and feedback from QA team"], lab="Roles & Responsibilities:"),
            E("Medical Coder", "Vantage RCM Services", "Chennai", "2020-08", "2022-03", "Aug-2020 to Mar-2022",
              "affecting", None, [
                  "Radiology and E/M coding for outpatient services",
                  "Worked from home during Covid with 95% quality"], lab="Roles & Responsibilities:"),
            E("AR Caller", "Vantage RCM Services", "Chennai", "2019-06", "2020-07", "Jun-2019 to Jul-2020",
              "affecting", None, [
                  "Calling US insurance companies to check status of unpaid claims and denials (night shift)",
                  "Re-submitting corrected claims and posting notes in the client billing software",
                  "Meeting daily target of 35 claims"], lab="Roles & Responsibilities:"),
        ]),
        ("h", "Educational Qualification"),
        ("ul", ["B.Sc Microbiology – Madras University – 2019 – 78%", "HSC – State Board – 2016 – 84%"]),
        ("h", "Certification"),
        ("ul", ["Certified Professional Coder (CPC) – AAPC – 2020"]),
        ("h", "Personal Profile"),
        ("kv", [("Father's Name", "S. Ramasamy"), ("Date of Birth", "11-Jan-1998"), ("Gender", "Female"),
                ("Languages Known", "Tamil, English"), ("Notice Period", "30 days")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the details furnished above are true to the best of my knowledge."),
        ("p", "Place: Chennai                                   (R. KEERTHANA)"),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    file="w005.docx", family="Indian hospital front-office CV (Kochi to Riyadh), Word tab-stop dates, patient relations",
    lay="docx, tabs/title_org, dd.mm.yyyy / 'to date'", r="docx", page="tabs", style="title_org", capsheads=True,
    name="Sherin Mary Varghese", contact=["Olaya District, Riyadh, KSA | +966 50 227 9310 | sherin.varghese@mailbox.sa",
                                           "Iqama: Transferable | Saudi Council registration: N/A (non-clinical)"],
    blocks=[
        ("h", "Profile"),
        ("p", "Patient relations professional with ten years in hospital front offices in India and Saudi Arabia. "
              "Comfortable handling insurance approvals, VIP patients and Arabic-speaking families."),
        ("h", "Professional Experience"),
        ("E", [
            E("Patient Relations Officer", "Al Nakheel Specialist Hospital", "Riyadh", "2019-03", "present",
              "01.03.2019 – to date", "facing", "healthcare_care", [
                  "Receiving complaints and compliments from in-patients and families; daily rounds in wards",
                  "Coordinating with doctors and nursing for patient concerns and discharge delays",
                  "Preparing monthly patient satisfaction report for the Medical Director",
                  "Member of the hospital's CBAHI accreditation patient-rights committee"]),
            E("Front Office Executive", "Lakeshore Medical Centre", "Kochi, Kerala", "2016-07", "2019-01",
              "11.07.2016 – 15.01.2019", "facing", "in_person_service", [
                  "Registration of OP patients, appointment booking and token system management",
                  "Insurance (TPA) pre-authorisation follow-ups with patients and insurers",
                  "Handled international patients from Maldives and Oman"]),
            E("Medical Records Assistant", "Lakeshore Medical Centre", "Kochi, Kerala", "2014-10", "2016-06",
              "01.10.2014 – 30.06.2016", "affecting", None, [
                  "Filing and retrieval of in-patient case sheets, ICD indexing of discharge summaries",
                  "Scanning old records for the hospital's EMR migration"]),
        ]),
        ("h", "Education"),
        ("p", "Bachelor of Hospital Administration – Mahatma Gandhi University (2014)"),
        ("h", "Languages"),
        ("p", "English, Malayalam, Hindi, Arabic (working)"),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "23/06/1992"), ("Marital Status", "Married"), ("Nationality", "Indian")]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    file="w006.pdf", family="Bangladeshi security supervisor in Qatar, reportlab shaded sidebar, army service and mall security",
    lay="reportlab, sidebar/title_org, month / 'Present'", r="rl", page="sidebar", style="title_org", bullet="▪",
    name="Md. Rafiqul Islam Sarker", contact=["Al Wakrah, Qatar", "+974 5560 1187", "rafiq.sarker@mailbox.qa",
                                                "QID: valid (transferable)"],
    side=[("h", "Personal"), ("kv", [("DOB", "05 Feb 1986"), ("Nationality", "Bangladeshi"), ("Height", "5'9\""),
                                      ("Religion", "Islam")]),
          ("h", "Licences"), ("ul", ["MOI Security Licence (Qatar)", "Qatar Driving Licence – Light"]),
          ("h", "Languages"), ("ul", ["Bangla", "English", "Hindi/Urdu", "Arabic (spoken)"])],
    blocks=[
        ("h", "Career Summary"),
        ("p", "Ex-army soldier with 16 years of disciplined service in security. Presently Security Supervisor at a busy "
              "shopping mall handling shift teams of 18 guards."),
        ("h", "Employment History"),
        ("E", [
            E("Security Supervisor", "Al Bidda Security Services W.L.L. (posted at Wakrah Grand Mall)", "Al Wakrah",
              "2020-11", "present", "November 2020 – Present", "facing", "other_facing", [
                  "Shift supervision of 18 guards at entrances, car park and food court",
                  "Attending shoppers' complaints, lost children and lost property cases, first aid calls",
                  "Writing incident reports for mall management and police where needed",
                  "Conducting fire drills with tenants' staff twice in a year"]),
            E("Security Guard", "Al Bidda Security Services W.L.L.", "Lusail", "2017-03", "2020-10",
              "March 2017 – October 2020", "none", None, [
                  "Night patrolling of a construction site, checking workers' ID cards and gate passes of trucks",
                  "Maintaining vehicle register and key control"]),
            E("Sainik / Lance Corporal", "Bangladesh Army", "Jashore Cantonment", "2004-01", "2016-12",
              "January 2004 – December 2016", "none", None, [
                  "Infantry duties, guard commander for ammunition depot",
                  "UN Peacekeeping tour with BANBAT, South Sudan (2013)"], et="military"),
        ]),
        ("h", "Training"),
        ("ul", ["Basic Fire Fighting & First Aid – Qatar Civil Defence (2021)", "Crowd management course (2022)"]),
        ("h", "Education"),
        ("p", "HSC – Jashore Board, 2003"),
        ("h", "Declaration"),
        ("p", "I declare that the information given is correct. Md. Rafiqul Islam Sarker"),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    file="w007.html", family="Indian airline ground staff (Delhi to Dubai), HTML CV saved from a portal, month names, 'Current'",
    lay="html, plain/dash, Month yyyy / 'Current'", r="html", style="dash",
    name="Simranjeet Kaur Bhatia", contact=["Dubai, UAE | Mobile +971 58 642 0913", "simran.bhatia@mailbox.ae"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Energetic aviation professional seeking a Customer Service Agent or Lounge Supervisor role with a leading "
              "airline or ground-handling company."),
        ("h", "Professional Experience"),
        ("E", [
            E("Customer Service Agent", "Gulfline Aviation Services", "Dubai International Airport", "2021-10", "present",
              "October 2021 – Current", "facing", "in_person_service", [
                  "Check-in, boarding and transfer desk for 6 foreign carriers using Altea DCS",
                  "Handling offloads, excess baggage payments and passengers with special needs (WCHR, UMNR)",
                  "Assisting passengers at the arrivals baggage services desk with lost and delayed bags (WorldTracer)"]),
            E("Load Control Agent", "Gulfline Aviation Services", "Dubai International Airport", "2020-02", "2021-09",
              "February 2020 – September 2021", "none", None, [
                  "Preparing loadsheets and weight & balance for narrow-body flights",
                  "Coordinating with ramp and cargo for last-minute changes; sending LDM/CPM messages"]),
            E("Ground Staff – Passenger Services", "SkyAxis Aviation Handling Pvt. Ltd.", "IGI Airport, New Delhi",
              "2017-05", "2019-12", "May 2017 – December 2019", "facing", "in_person_service", [
                  "Worked at check-in counters and boarding gates of domestic carrier clients",
                  "Escorted VIP and elderly passengers, managed queue at security hold"]),
            E("Ticketing Executive", "Wingstar Tours & Travels", "Janakpuri, New Delhi", "2015-08", "2017-04",
              "August 2015 – April 2017", "facing", "sales_account", [
                  "Domestic and international ticket booking on Amadeus for walk-in and corporate clients",
                  "Visa documentation guidance and holiday package sales"]),
        ]),
        ("h", "Education"),
        ("ul", ["Diploma in Aviation, Hospitality & Travel Management – Skyward Aviation Academy (2015)",
                "B.A. (Programme) – Delhi University (2014)"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "29 Jul 1993"), ("Visa Status", "Employment visa"), ("Languages", "English, Hindi, Punjabi")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that all the information given above is true and correct."),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    file="w008.docx", family="Indian telecom-store CV (Hyderabad to Dubai), Word borderless table per job, call centre and store",
    lay="docx, table/title_org, Mon yyyy / 'Present'", r="docx", page="table", style="title_org",
    name="Mohammed Irfan Pasha", contact=["Karama, Dubai | +971 52 904 1176 | irfan.pasha@mailbox.ae"],
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Telecom retail professional with 8 years in stores and customer care. Handles postpaid activations, device "
              "financing and complaints; bilingual Urdu/Hindi/English with basic Arabic."),
        ("h", "Work Experience"),
        ("E", [
            E("Store Supervisor", "Telvora Retail Partner – Karama Store", "Dubai", "2022-05", "present",
              "May 2022 – Present", "facing", "in_person_service", [
                  "Running a store of 7 staff; rosters, targets, cash and stock audits",
                  "Handling escalated customer complaints on billing and number portability at the counter",
                  "Monthly NPS improved from 41 to 63"]),
            E("Sales Consultant", "Telvora Retail Partner – Al Ghurair Store", "Dubai", "2019-09", "2022-04",
              "Sep 2019 – Apr 2022", "facing", "sales_account", [
                  "Postpaid plans, home internet and device instalment sales; 130% average target",
                  "SIM replacement, eKYC with Emirates ID and activation"]),
            E("Customer Care Executive (Inbound Voice)", "Telexa BPO Services", "Hyderabad", "2016-02", "2019-07",
              "Feb 2016 – Jul 2019", "facing", "contact_center", [
                  "Answering prepaid and postpaid subscribers' calls in Hindi, Urdu and English",
                  "Recharge issues, VAS deactivation and bill explanation; AHT 310 sec"]),
        ]),
        ("h", "Education"),
        ("p", "B.Sc (MPCs) – Osmania University, 2015"),
        ("h", "Personal Details"),
        ("kv", [("DOB", "17-09-1994"), ("Nationality", "Indian"), ("Visa", "Employment, valid till 2027")]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    file="w009.pdf", family="Pakistani F&B CV (Karachi to Doha and Jeddah), fpdf2 left header, title with right dates",
    lay="fpdf2, left/title_org, mm/yyyy / 'Present'", r="fpdf", page="left", style="title_org", shade=True,
    name="Shahzaib Ahmed Khan", contact=["Jeddah, Saudi Arabia   |   +966 55 128 7740   |   shahzaib.khan@mailbox.sa"],
    blocks=[
        ("h", "OBJECTIVE"),
        ("p", "To join a reputed hotel or restaurant group as Restaurant Captain / Supervisor and provide warm Arabian "
              "hospitality to our guests."),
        ("h", "EXPERIENCE"),
        ("E", [
            E("Restaurant Captain", "Rawdah Grand Hotel – Al Sufra All Day Dining", "Jeddah, KSA", "2022-02", "present",
              "02/2022 – Present", "facing", "in_person_service", [
                  "Leading a team of 9 waiters for breakfast and dinner buffets (up to 420 covers in Ramadan iftar)",
                  "Taking orders, recommending dishes and handling guest feedback at table",
                  "Opening and closing duties, mise-en-place checks and order to stewarding"]),
            E("Waiter", "The Pearl Bay Hotel", "Doha, Qatar", "2018-04", "2021-12", "04/2018 – 12/2021",
              "facing", "in_person_service", [
                  "Served in fine dining and in-room dining; wine service basics",
                  "Banquet events up to 800 pax during the 2019 athletics championships"]),
            E("Commis Chef", "Karachi Grill House", "Karachi, Pakistan", "2015-09", "2018-02", "09/2015 – 02/2018",
              "affecting", None, [
                  "BBQ and tandoor station prep; marination and portioning",
                  "Cleaning the station and following HACCP labelling"]),
        ]),
        ("h", "EDUCATION & TRAINING"),
        ("ul", ["Intermediate (Pre-Commerce), BIEK Karachi – 2014", "Food Safety Level 2 (Highfield) – 2022",
                "Diploma in Food & Beverage Service, Capital Hospitality College – 2015"]),
        ("h", "PERSONAL DETAILS"),
        ("kv", [("Father's Name", "Ahmed Ali Khan"), ("Passport", "AB*****41"), ("Date of Birth", "10 Dec 1995"),
                ("Iqama", "Transferable")]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    file="w010.md", family="Nepali young applicant in Dubai, Markdown, supermarket cashier, data entry, relief volunteer, seasons",
    lay="md, h3/title_org, Mon yyyy / 'Present'", r="md", style="title_org",
    name="Sunita Gurung", contact=["International City, Dubai", "+971 56 774 0382 · sunita.gurung@mailbox.com.np"],
    blocks=[
        ("h", "About me"),
        ("p", "I am a friendly and punctual person with 4 years work in Nepal and UAE. I want to work as a customer "
              "service or cashier staff in a supermarket or mall in Dubai."),
        ("h", "Work experience"),
        ("E", [
            E("Cashier", "Qanat Mini Mart & Supermarket", "International City, Dubai", "2024-01", "present",
              "Jan 2024 – Present", "facing", "in_person_service", [
                  "Billing at the till and home delivery orders taken by phone",
                  "Checking expiry dates and arranging the shelves when the shop is quiet"]),
            E("Data Entry Operator (part-time)", "Himal Cargo & Logistics", "Kathmandu", "2022-04", "2023-06",
              "Apr 2022 – Jun 2023", "none", None, [
                  "Typing airway bills and invoices into the company system, evenings while studying"]),
            E("Relief Volunteer", "Nepal Youth Red Cross Circle", "Gorkha", "2022-06", "2022-08", "Summer 2022",
              "facing", "volunteering", [
                  "Distributed food and hygiene kits to families after the landslide, kept the beneficiary list"],
              sec="volunteer", et="volunteer"),
            E("Sales Girl", "Ramesh Fancy Store", "Kathmandu", "2021-02", "2022-03",
              "Feb 2021 – Mar 2022", "facing", "in_person_service", []),
        ]),
        ("h", "Education"),
        ("ul", ["+2 (Management), Tribhuvan University affiliated college, 2021"]),
        ("h", "Languages"),
        ("p", "Nepali, English, Hindi"),
        ("h", "Personal Details"),
        ("kv", [("Visa", "Visit visa – available immediately"), ("Age", "24")]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    file="w011.docx", family="Indian back-office processing CV (Pune), contact in Word page header, mortgage and voice process",
    lay="docx, header/org_title, Mon'yy / 'till date'", r="docx", page="header", style="org_title",
    name="Pratiksha Sunil Deshmukh", contact=["Hadapsar, Pune 411028  |  +91 90110 48263  |  pratiksha.deshmukh@mailbox.in"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Looking for a Senior Process Associate / Quality Analyst position in banking operations."),
        ("h", "Professional Experience"),
        ("E", [
            E("Senior Process Associate – US Mortgage Servicing", "Finvantage Global Services Pvt. Ltd.", "Pune",
              "2021-11", "present", "Nov'21 – till date", "affecting", None, [
                  "Escrow analysis and loan modification document review for US lender",
                  "Indexing of borrower documents and updating the servicing platform",
                  "SME for new batch; daily huddles and error trackers"], lab="Key Result Areas:"),
            E("Process Associate", "Finvantage Global Services Pvt. Ltd.", "Pune", "2019-08", "2021-10",
              "Aug'19 – Oct'21", "affecting", None, [
                  "Payoff quote processing and lien release within 24-hour SLA",
                  "Maintained 99.6% accuracy for 8 consecutive months"], lab="Key Result Areas:"),
            E("Customer Support Executive (Voice)", "Callnest Solutions", "Pune", "2018-01", "2019-07",
              "Jan'18 – Jul'19", "facing", "contact_center", [
                  "Inbound calls for a DTH provider: channel packs, recharges, set-top box complaints",
                  "Raising technician visit tickets and calling back customers for closure"], lab="Key Result Areas:"),
        ]),
        ("h", "Education"),
        ("ul", ["B.Com – Savitribai Phule Pune University – 2017"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "04/05/1996"), ("Languages", "Marathi, Hindi, English"), ("Marital Status", "Unmarried")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the information furnished above is true to the best of my knowledge.  Date: ____  Place: Pune"),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    file="w012.pdf", family="Indian F&B manager (Goa to UAE and KSA), 2-page reportlab CV with page footer, employer heading with roles beneath",
    lay="reportlab, twopage/orgfirst, Mon yyyy / 'Present'", r="rl", page="twopage", style="orgfirst", mixedcase=True, fs=11,
    name="Clifford D'Souza", contact=["Abu Dhabi, UAE", "+971 50 661 2094", "clifford.dsouza@mailbox.ae"],
    blocks=[
        ("h", "Profile"),
        ("p", "F&B professional with 17 years across hotels and stand-alone restaurants in India, UAE and Saudi Arabia. "
              "Pre-opening experience in two properties, strong on cost control, guest satisfaction and team training."),
        ("h", "Core Competencies"),
        ("ul", ["P&L and food cost control", "Pre-opening SOPs", "Guest recovery", "Micros / Simphony POS", "Menu engineering"]),
        ("h", "Professional Experience"),
        ("E", [
            E("Assistant Food & Beverage Manager", "Saadiyat Shores Resort", "Abu Dhabi", "2021-03", "present",
              "Mar 2021 – Present", "facing", "in_person_service", [
                  "Overseeing 4 outlets (all-day dining, pool bar, lobby lounge, in-room dining) with 62 staff",
                  "Daily floor presence during breakfast and dinner, table visits and guest recovery on TrustYou reviews",
                  "Budget, forecasting and beverage cost control (improved by 2.1 points in 2023)",
                  "Coordinating with Executive Chef for menu launches and promotions"]),
            E("Outlet Manager", "Saadiyat Shores Resort", "Abu Dhabi", "2018-09", "2021-02", "Sep 2018 – Feb 2021",
              "facing", "in_person_service", [
                  "Managed the 180-seat all-day dining restaurant; hosted theme nights",
                  "Handled guest complaints personally; maintained 4.6 rating on review sites"]),
            E("Restaurant Manager", "Najd Heritage Dining Co.", "Riyadh, KSA", "2014-06", "2018-07", "Jun 2014 – Jul 2018",
              "facing", "in_person_service", [
                  "Pre-opening of a 220-cover family restaurant at a mall; recruited 35 staff",
                  "Handling family section guests and corporate event bookings"]),
            E("Banquet Supervisor", "Goa Beach Palace Hotel", "Candolim, Goa", "2011-01", "2014-04", "Jan 2011 – Apr 2014",
              "facing", "in_person_service", [
                  "Supervised weddings and conferences up to 600 guests; liaised with event hosts on the day",
                  "Prepared banquet event orders and staff allocation"]),
            E("F&B Associate", "Goa Beach Palace Hotel", "Candolim, Goa", "2008-05", "2010-12", "May 2008 – Dec 2010",
              "facing", "in_person_service", ["Restaurant and bar service, room service order taking"]),
            E("Steward", "Hotel Mandovi Residency", "Panaji, Goa", "2007-06", "2008-04", "Jun 2007 – Apr 2008",
              "facing", "in_person_service", []),
        ]),
        ("h", "Education"),
        ("ul", ["Diploma in Hotel Management – IHM-affiliated institute, Goa (2007)",
                "Certificate in Hospitality Revenue Management – online (2020)"]),
        ("h", "Training & Certifications"),
        ("ul", ["HACCP Level 3 (2019)", "Train the Trainer – in-house (2016)", "Responsible Alcohol Service (2012)",
                "Abu Dhabi Food Control Authority – Person in Charge (2021)"]),
        ("h", "Awards"),
        ("ul", ["Manager of the Year, Saadiyat Shores Resort (2022)", "Best Outlet – Guest Satisfaction (Q3 2019)"]),
        ("h", "Personal Details"),
        ("kv", [("Nationality", "Indian"), ("Date of Birth", "12 January 1986"), ("Marital Status", "Married"),
                ("Driving Licence", "UAE"), ("Notice", "One month")]),
        ("h", "References"),
        ("p", "Available upon request."),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    file="w013.txt", family="Pakistani facilities technician in Riyadh, plain text with caps headings, 'Title – Employer' with dates",
    lay="txt, caps/dash, dd/mm/yyyy / 'Present'", r="txt", style="dash", txthead="caps", sep="   ", bullet="-",
    name="Engr. Usman Tariq Chaudhry",
    contact=["Riyadh, KSA   Mob: +966 59 331 6620   Email: usman.tariq@mailbox.sa", "Iqama profession: Technician"],
    blocks=[
        ("h", "Objective"),
        ("p", "Seeking a Facility Coordinator / MEP Supervisor position where my hands-on HVAC and building maintenance "
              "experience can be used."),
        ("h", "Professional Experience"),
        ("E", [
            E("Facility Coordinator", "Tamkeen Facilities Management Co.", "Riyadh", "2022-07", "present",
              "01/07/2022 – Present", "facing", "other_facing", [
                  "Single point of contact for tenants of a 24-floor office tower: receive complaints at the FM desk and on the helpline",
                  "Dispatch technicians through CAFM and follow up until closure; monthly tenant satisfaction survey",
                  "Manage PPM schedules for chillers, AHUs, fire pumps and lifts with subcontractors"]),
            E("HVAC Technician", "Tamkeen Facilities Management Co.", "Riyadh", "2019-02", "2022-06",
              "10/02/2019 – 30/06/2022", "none", None, [
                  "Preventive maintenance of chillers and AHUs in plant rooms, filter changes, belt alignment",
                  "Refrigerant charging and leak testing of split and package units on roof",
                  "Reading BMS alarms during night shift"]),
            E("Maintenance Technician", "Indus Textile Mills Ltd.", "Faisalabad", "2015-08", "2018-12",
              "15/08/2015 – 31/12/2018", "none", None, [
                  "Electrical and mechanical maintenance of spinning machines and compressors",
                  "Maintained breakdown log and spare parts record"]),
            E("Apprentice", "Indus Textile Mills Ltd.", "Faisalabad", "2014-08", "2015-07",
              "01/08/2014 – 31/07/2015", "none", None, [], et="internship"),
        ]),
        ("h", "Education"),
        ("p", "DAE (Mechanical) – Punjab Board of Technical Education, 2014"),
        ("h", "Personal Information"),
        ("kv", [("Father's Name", "Tariq Mehmood"), ("Date of Birth", "22-04-1994"), ("Passport", "Valid"),
                ("Saudi Driving Licence", "Yes")]),
        ("h", "Declaration"),
        ("p", "I hereby certify that above information is correct."),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    file="w014.docx", family="Bangladeshi banker (Dhaka), Word heading styles with Heading 2 job titles, general banking and trade back office",
    lay="docx, styles/title_org, dd Month yyyy / 'Present'", r="docx", page="styles", style="title_org", h2titles=True,
    name="Nusrat Jahan Chowdhury", contact=["Mirpur DOHS, Dhaka-1216, Bangladesh", "+880 1711-284 560 | nusrat.jc@mailbox.com.bd"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To build a career in a leading commercial bank in customer service and trade operations, and to contribute to "
              "the bank's service quality with sincerity and hard work."),
        ("h", "Job Experience"),
        ("E", [
            E("Senior Officer, Trade Services", "Padma Merchant Bank PLC, Motijheel Corporate Branch", "Dhaka",
              "2022-01", "present", "02 January 2022 – Present", "affecting", None, [
                  "Scrutiny of import LC documents against UCP 600; lodgement and acceptance",
                  "Preparing EXP forms and reporting to Bangladesh Bank online system",
                  "Checking SWIFT MT700/MT707 drafts prepared by juniors"]),
            E("Junior Officer, General Banking", "Padma Merchant Bank PLC, Dhanmondi Branch", "Dhaka", "2018-07", "2021-12",
              "15 July 2018 – 31 December 2021", "facing", "in_person_service", [
                  "Account opening, cheque book and debit card issuance at the customer service desk",
                  "FDR and DPS opening, answering depositors' queries",
                  "KYC profile update and dormant account activation"]),
            E("Intern", "Padma Merchant Bank PLC, Dhanmondi Branch", "Dhaka", "2018-01", "2018-03",
              "01 January 2018 – 31 March 2018", "facing", "in_person_service", [
                  "Worked at the front desk helping customers fill in forms and giving token numbers",
                  "Wrote internship report on general banking practices"], et="internship"),
        ]),
        ("h", "Academic Qualification"),
        ("ul", ["MBA (Finance), University of Dhaka – CGPA 3.52 (2018)", "BBA (Finance), University of Dhaka – CGPA 3.41 (2016)"]),
        ("h", "Training"),
        ("ul", ["Foreign Trade Operations – Bangladesh Institute of Bank Management (2022)", "AML & CFT – BFIU (2019)"]),
        ("h", "Personal Details"),
        ("kv", [("Father's Name", "Abdul Karim Chowdhury"), ("Mother's Name", "Rokeya Begum"), ("Date of Birth", "08 March 1993"),
                ("Religion", "Islam"), ("Blood Group", "B+")]),
        ("h", "Reference"),
        ("p", "Mr. S. M. Hossain, SVP & Manager, Padma Merchant Bank PLC — contact on request"),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    file="w015.pdf", family="Indian medical coder turned hospital front office in Qatar, fpdf2 two pages with footer, career break",
    lay="fpdf2, twopage/dateline, Month yyyy / 'Present'", r="fpdf", page="twopage", style="dateline", fs=11,
    name="Anjali Raghunath Pillai", contact=["Al Mansoura, Doha, Qatar", "Mobile: +974 7702 5561 | anjali.rpillai@mailbox.qa"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Dedicated healthcare administration professional seeking a Front Office Supervisor or Patient Access role in a "
              "multi-speciality hospital in Qatar, returning to full-time work after a family break."),
        ("h", "Professional Experience"),
        ("E", [
            E("Front Office Coordinator", "Al Rayyan Family Medical Centre", "Doha", "2024-02", "present",
              "February 2024 – Present", "facing", "in_person_service", [
                  "Registration and appointment scheduling for 9 clinics in Cerner; 250+ walk-ins a day",
                  "Verification of insurance cards and eligibility for Qatari and resident patients",
                  "Handling the reception phone line and explaining pre-procedure instructions to patients",
                  "Collecting co-payments and cash reconciliation at shift end"]),
            E("Career Break (relocation to Qatar and childcare)", None, None, "2021-05", "2024-01",
              "May 2021 – January 2024", "none", None, [], et="unknown"),
            E("Medical Coder", "Healthbridge RCM Solutions", "Thiruvananthapuram", "2017-09", "2021-04",
              "September 2017 – April 2021", "affecting", None, [
                  "Inpatient DRG coding for US hospitals using ICD-10-CM/PCS",
                  "Query raising to CDI specialists; 95% accuracy in external audits"]),
            E("Front Office Assistant", "SreeChitra Nursing Home", "Kollam", "2015-06", "2017-08",
              "June 2015 – August 2017", "facing", "in_person_service", [
                  "OP ticket, patient enquiries, bed allotment and discharge billing counter"]),
        ]),
        ("h", "Education"),
        ("ul", ["B.Sc Nursing (discontinued, 2nd year), 2013", "Diploma in Medical Records Technology (2015)"]),
        ("h", "Certification"),
        ("ul", ["CCS – AHIMA (2018)", "Basic Life Support (BLS) – 2024"]),
        ("h", "Key Skills"),
        ("ul", ["Patient registration and scheduling", "Insurance eligibility and pre-approvals", "ICD-10-CM / CPT coding",
                "Cash handling and reconciliation", "Calm handling of anxious patients and families"]),
        ("h", "Training Attended"),
        ("ul", ["Patient Experience workshop – 2024", "HIPAA and data privacy – 2019"]),
        ("h", "Computer Skills"),
        ("p", "Cerner, Epic (Cadence basics), 3M Encoder, MS Office"),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "17-02-1992"), ("Sponsorship", "Husband's sponsorship – NOC available"),
                ("Marital status", "Married"), ("Languages", "English, Malayalam, Hindi, Tamil")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above-mentioned details are true and correct to the best of my knowledge and belief."),
        ("p", "Place: Doha                                                  Anjali R. Pillai"),
    ]))
