"""wild22 résumés w001–w010."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
R(file="w001.pdf",
  family="UK collections agent who came up through outbound telesales, Word-to-PDF single column, title line with right-aligned dates",
  renderer="reportlab", layout="plain", order="title_org", dates="month", present="Present", sep=" – ",
  name="Kerry-Ann Whitlow",
  contact=["Gorsefield, West Yorkshire", "07700 900412", "kerryann.whitlow@mailbox.co.uk"],
  opt={"contact_join": "  |  ", "rule": True, "creator_word": True},
  blocks=[
      ("h", "Profile"),
      ("p", "Five years on the phones, most of it outbound. I'm at my best on the calls other people dread – "
            "customers who are behind on their bills, worried or angry – and I still hit my numbers. Looking for a "
            "senior collections or team leader role where I can help newer agents with the difficult conversations."),
      ("h", "Employment History"),
      ("jobs", [
          E("Collections Agent – Vulnerable Customers Team", "Halden Credit Services", "Gorsefield", "2023-03:present",
            "facing", "contact_center", [
                "Make and take 60–80 calls a day with customers who are 30–90 days in arrears on loans and credit cards",
                "Set up affordable repayment plans using income and expenditure (SFS) assessments",
                "Move customers showing signs of vulnerability – bereavement, mental health, job loss – onto breathing "
                "space or to our specialist support partners",
                "Promise-to-pay kept rate 78% against a team average of 69% (Q2 2026)",
            ]),
          E("Outbound Telesales Executive", "Brightline Energy Direct", "Ackworth Bridge", "2021-06:2023-02",
            "facing", "contact_center", [
                "Called warm leads from comparison sites to switch their gas and electricity to us",
                "Talked people through tariffs, exit fees and direct debits and completed the verbal contract on a "
                "recorded line",
                "Top seller on my bank for five months running; no compliance fails in 2022",
            ]),
          E("Warehouse Operative", "Parcelpoint Logistics", "Normanby Park", "2020-01:2021-05", "affecting", None, [
              "Picked and packed online orders on an RF scanner, night shift",
              "Loaded roll cages for the morning trunking runs",
          ], note="Agency placement through Apex Recruitment"),
          E("Bar Staff", "The Wheatsheaf", "Otterby", "2018-09:2019-12", "facing", "in_person_service", [
              "Friday and Saturday nights behind a busy bar and on the floor; cellar changes and cashing up",
          ], note="Part-time while at college"),
      ]),
      ("h", "Education"),
      ("ul", ["Otterby College – BTEC Level 3 Extended Diploma in Business (Merit), 2017–2019",
              "Gorsefield High School – 8 GCSEs including English and Maths"]),
      ("h", "Skills"),
      ("ul", ["Dialler systems (Noble, Genesys) and Debt Manager; Excel and Teams",
              "Trained in Treating Customers Fairly and identifying vulnerability",
              "Calm on difficult calls; comfortable with targets and call monitoring"]),
      ("line", "References available on request."),
  ])

# ------------------------------------------------------------------ w002
R(file="w002.docx",
  family="Irish bilingual contact-centre agent, Word heading styles with list bullets, job titles as headings with tabbed dates",
  renderer="docx", layout="styles", order="title_org", dates="mon", present="Present", sep=" – ",
  name="Niamh Costigan", headline="Bilingual (English / German) Customer Care Agent",
  contact=["Kilcarra, Co. Galway", "085 900 4112", "niamh.costigan@mailbox.ie"],
  opt={"jobmode": "styles", "contact_join": "  •  ", "job_hlevel": 2},
  blocks=[
      ("h", "Personal Statement"),
      ("p", "I have spent seven years in inbound customer service, most of it in German for a telecoms "
            "client. I like to fix the problem on the first call, and I am comfortable with the technical side "
            "(routers, number porting, billing). I would now like to move into a quality or training role."),
      ("h", "Career History"),
      ("jobs", [
          E("Customer Care Agent – German Market", "Corrib Telecom", "Kilcarra", "2022-01:present", "facing",
            "contact_center", [
                "Inbound calls and some email from German and Austrian broadband customers",
                "Troubleshoot connection faults remotely, book engineer visits and explain bills",
                "Buddy for new starters on the DACH team – I sit in on their first week of calls",
                "First-contact resolution 81%, CSAT 4.6 / 5 over the last twelve months",
            ]),
          E("Inbound Sales Advisor", "Shannonside Insurance DAC", "Ballyvoran", "2019-09:2021-12", "facing",
            "contact_center", [
                "Took inbound quote calls for car and home insurance and converted them to policies",
                "Handled mid-term adjustments: named drivers, change of address, added cover",
                "Completed QQI Level 6 Certificate in Insurance Practice while working",
            ]),
          E("Claims Administrator (temporary contract)", "Western Health Claims", "Kilcarra", "2019-03:2019-08",
            "affecting", None, [
                "Keyed hospital claim forms into the claims system and matched them to policy numbers",
                "Scanned and indexed supporting documents and flagged missing signatures for the assessors",
            ]),
          E("Shop Assistant", "Students' Union Shop, Western Bay University", "Ballyvoran", "2016-09:2019-05",
            "facing", "in_person_service", [
                "Tills, stock and the ticket desk for SU events, about 12 hours a week during term",
            ]),
      ]),
      ("h", "Education"),
      ("p", "BA in German and Commerce (2.1), Western Bay University, 2015–2019 – Erasmus year in Freiburg"),
      ("h", "Languages & Skills"),
      ("ul", ["English (native), German (C1), Irish (conversational)",
              "Salesforce Service Cloud, Genesys, Microsoft 365", "Full clean driving licence"]),
      ("h", "Interests"),
      ("p", "Sea swimming, camogie (club treasurer), and I'm slowly learning Italian."),
  ])

# ------------------------------------------------------------------ w003
R(file="w003.txt",
  family="Philippine non-voice BPO résumé pasted as text, caps headings, title/company/date lines, personal data and character references",
  renderer="txt", layout="plain", order="dateline", dates="mon.", present="Present", sep=" - ",
  name="Maricel D. Ocampo",
  contact=["Blk 12 Lot 4 Sampaguita St., Brgy. San Isidro, Mandaya City, Metro Manila",
           "Mobile: 0917 555 0143", "Email: maricel.ocampo@mailbox.ph"],
  opt={"name_caps": True, "hstyle": "caps", "bullet": "• ", "bindent": 3, "wrap": False,
       "orgsep": ", ", "crlf": True},
  blocks=[
      ("h", "Objective"),
      ("p", "To obtain a position as a Customer Service Representative (non-voice) where I can use my chat and "
            "email support experience and grow with the company."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Chat Support Representative", "Kalayaan Outsourcing Solutions Inc.", "Mandaya City", "2023-08:present",
            "facing", "digital_service", [
                "Handles 3-4 concurrent chats for a US online furniture retailer (order status, damaged items, returns)",
                "Processes refunds and replacement orders within client guidelines",
                "Maintains 92% CSAT and average handle time below 9 minutes",
                "Back-up for the email queue during peak season",
            ]),
          E("Email Support Associate", "Kalayaan Outsourcing Solutions Inc.", "Mandaya City", "2022-02:2023-07",
            "facing", "digital_service", [
                "Answered customer emails for a US meal-kit subscription account (billing disputes, skipped deliveries, cancellations)",
                "Used Zendesk macros but personalized every reply, QA average 95%",
                "Escalated food safety complaints to Tier 2",
            ]),
          E("Content Moderator", "Tala Digital Services Inc.", "Taguig Norte", "2020-10:2022-01", "affecting", None, [
              "Reviewed flagged photos, videos and comments for a social media client against community guidelines",
              "Removed violating posts and labelled edge cases for the policy team",
              "Night shift, 1,200+ items per shift",
          ]),
          E("Promodiser", "Luntian Appliances Corp.", "San Rafael, Bulacan", "2019-05:2020-03", "facing",
            "in_person_service", [
                "Assigned at Mercado Town Center appliance section",
                "Demonstrated rice cookers and air fryers to shoppers and closed sales",
                "Monitored inventory and submitted weekly sell-out reports to the agency",
            ]),
          E("On-the-Job Trainee", "Municipal Treasurer's Office", "San Rafael, Bulacan", "2019-01:2019-03", "none",
            None, [
                "Encoded real property tax records into the new database",
                "Sorted and filed official receipts; prepared summaries for the Treasurer",
            ], etype="internship", note="300 hours OJT requirement"),
      ]),
      ("h", "Educational Background"),
      ("kv", [("Tertiary", "Bachelor of Science in Business Administration, Major in Marketing Management - "
                            "Bulacan Valley Colleges, 2015-2019"),
              ("Secondary", "San Rafael National High School, 2011-2015")]),
      ("h", "Skills"),
      ("ul", ["Typing speed 65 wpm", "Zendesk, Freshdesk, Gorgias, Google Workspace",
              "Good written English", "Can work on night shift and holidays"]),
      ("h", "Seminars Attended"),
      ("ul", ["Customer Service Excellence Workshop - Mandaya City, 2022",
              "Basic Data Privacy Awareness, 2023"]),
      ("h", "Personal Data"),
      ("kv", [("Age", "29"), ("Civil Status", "Single"), ("Religion", "Roman Catholic"),
              ("Citizenship", "Filipino")]),
      ("h", "Character References"),
      ("ul", ["Ms. Lorna Badillo - Team Leader, Kalayaan Outsourcing Solutions Inc. - 0918 555 0177",
              "Mr. Ramon Cruzat - Operations Supervisor, Tala Digital Services Inc. - 0927 555 0108"]),
      ("line", "I hereby certify that the above information is true and correct to the best of my knowledge."),
  ])

# ------------------------------------------------------------------ w004
R(file="w004.html",
  family="US social customer care specialist with community management and a volunteer forum moderator role, hand-made HTML résumé",
  renderer="html", layout="div", order="title_org", dates="mon", present="Present", sep=" – ",
  name="Jordan Reyes-Whitaker", headline="Social customer care & online community",
  contact=["Larkspur Ridge, ID", "(208) 555-0187", "jordan.rw@mailbox.com", "linkedin.com/in/jordanrw"],
  opt={"orgsep": " · ", "htmltitle": "Jordan Reyes-Whitaker | Resume",
       "css": "body{font-family:Inter,Helvetica,Arial,sans-serif;max-width:820px;margin:40px auto;line-height:1.45}"
              "h1{font-size:2em;letter-spacing:.02em;margin:0}.headline{color:#0a6;margin:.2em 0}"
              "h2{font-size:.95em;text-transform:uppercase;color:#0a6;margin-top:1.6em}"
              ".job h3{font-size:1em;margin:1em 0 0}.dates{float:right;font-weight:normal;color:#666}"
              ".meta{margin:0;color:#444;font-style:italic}"},
  blocks=[
      ("h", "Summary"),
      ("p", "Six years answering customers where they actually are: in the comments, in DMs, on Discord. I like "
            "turning a public complaint into a private fix, and I write the playbooks so the next person doesn't "
            "have to guess."),
      ("h", "Experience"),
      ("jobs", [
          E("Social Care Specialist", "Pinecrest Outfitters", "Remote", "2022-05:present", "facing",
            "digital_service", [
                "First response on Instagram, Facebook and TikTok comments and X mentions for a 140-store outdoor "
                "retailer; move order problems to DM and close them there",
                "Issue refunds, reships and gift cards up to $250 without approval",
                "Wrote the crisis playbook used during the 2024 jacket recall and handled ~2,300 recall DMs in "
                "three weeks",
                "Median first response 11 minutes in business hours",
            ]),
          E("Community Manager", "Loopcraft Games", "Harborview, WA (remote)", "2020-03:2022-04", "facing",
            "digital_service", [
                "Ran the official Discord (48k members) and subreddit for our co-op farming game",
                "Answered player questions and bug reports in #help; hosted the weekly dev Q&A stream",
                "Turned player feedback into a monthly report for the design team",
            ]),
          E("Marketing Coordinator", "Sawtooth Brewing Co.", "Larkspur Ridge, ID", "2017-06:2020-02", "affecting",
            None, [
                "Drafted and scheduled the brewery's social posts and monthly newsletter",
                "Coordinated can-label print runs and photo shoots with our design agency",
                "Pulled monthly engagement numbers for the owners",
            ]),
      ]),
      ("h", "Volunteer"),
      ("jobs", [
          E("Volunteer Moderator", "TrailTalk Forums", None, "y2019:2022", "facing", "volunteering", [
              "One of 12 mods on a 90k-member hiking forum: reviewed reports, removed spam, issued warnings",
              "Welcomed new members and answered trip-planning questions on the beginners' board",
          ], section="volunteer", etype="volunteer"),
      ]),
      ("h", "Education"),
      ("p", "B.A. Communication, Snake River State University, 2017"),
      ("h", "Tools"),
      ("p", "Sprout Social, Khoros, Gorgias, Zendesk, Discord bots (Carl-bot, MEE6), Canva, Looker Studio"),
  ])

# ------------------------------------------------------------------ w005
R(file="w005.md",
  family="Nigerian online fabric seller with call-centre and NYSC teaching history, Markdown CV with '– Date' present",
  renderer="md", layout="h3", order="title_org", dates="month", present="Date", sep=" - ",
  name="Adaeze Okonkwo-Bello", headline="Online retail | Customer experience",
  contact=["Alakoso, Lagos State", "0803 555 0192", "adaeze.okonkwobello@mailbox.ng"],
  opt={"bullet": "*", "contact_join": " | ", "hr": True},
  blocks=[
      ("h", "Career Summary"),
      ("p", "Result-oriented and hardworking graduate of Business Administration. I have run my own online shop "
            "since 2021 and before that I worked in customer experience for a logistics company, so I understand "
            "both the seller's and the customer's side. Seeking a role in e-commerce customer experience or "
            "seller support."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Owner / Online Seller", "Adaeze Fabrics & More", "Lagos", "2021-02:present", "facing",
            "entrepreneurial_freelance", [
                "Run my own fabric and ready-to-wear shop on ShopNaija Marketplace and Instagram - over 1,900 "
                "orders so far",
                "Reply to buyers' messages within the hour, sort out wrong sizes and delivery delays, handle returns",
                "Source Ankara, lace and aso-oke from traders in the market; photograph and list new stock",
                "Pack orders and book dispatch riders; 4.8 seller rating from 640 reviews",
            ], etype="freelance"),
          E("Customer Experience Associate", "Kobo Parcel Logistics Ltd", "Lagos", "2019-07:2021-01", "facing",
            "contact_center", [
                "Handled inbound calls from customers tracking parcels and from merchants chasing their remittances",
                "Logged complaints on Freshdesk and followed up with riders and hub managers",
                "Called customers to reschedule failed deliveries (about 70 outbound calls a day)",
            ]),
          E("NYSC Corps Member - Business Studies Teacher", "Community Secondary School, Ugwu-Ezi", None,
            "2018-03:2019-02", "facing", "education", [
                "Taught Business Studies and Civic Education to JSS 2 and JSS 3 (about 110 students)",
                "Set and marked continuous assessment tests; started an after-school savings club",
            ], etype="internship"),
          E("SIWES Industrial Trainee - Stores", "Eastgate Bottling Company Ltd", "Umuchi", "2016-06:2016-11",
            "none", None, [
                "Recorded goods received and issued on stock cards",
                "Assisted with the monthly stock count of crates, bottles and crown corks",
            ], etype="internship"),
      ]),
      ("h", "Education"),
      ("ul", ["B.Sc. Business Administration (Second Class Upper) - Eastern Crest University, 2017",
              "WAEC / SSCE - 2012"]),
      ("h", "Skills"),
      ("ul", ["Customer service on phone, WhatsApp and e-mail", "Freshdesk, Google Sheets, Canva",
              "Product photography with a phone", "Negotiation"]),
      ("h", "Referees"),
      ("p", "Available on request."),
  ])

# ------------------------------------------------------------------ w006
R(file="w006.pdf",
  family="Australian key account manager and territory rep, fpdf2 with shaded left sidebar (contact, skills, licence)",
  renderer="fpdf2", layout="sidebar", order="title_org", dates="mon", present="Current", sep=" – ",
  name="Lachlan Merrick",
  contact=["Wattle Bay NSW 2289", "0491 570 156", "lachlan.merrick@mailbox.com.au"],
  opt={"bullet": "–", "side_w": 60, "accent": (20, 90, 80), "side_rgb": (226, 238, 234)},
  side=[
      ("h", "Key skills"),
      ("ul", ["Territory planning", "Range & pricing negotiation", "Venue activations", "Relationship building",
              "Salesforce, Power BI"]),
      ("h", "Licences"),
      ("p", "Full NSW driver licence (clean). RSA NSW."),
      ("h", "Interests"),
      ("p", "Surf club, 6-a-side footy, home brewing (badly)."),
  ],
  blocks=[
      ("h", "Career Summary"),
      ("p", "Ten years in FMCG sales, most of them on the road. I know my venues by the licensee's first name and I like "
            "being the rep who actually sorts things out when an order goes wrong."),
      ("h", "Professional Experience"),
      ("jobs", [
          E("Key Account Manager – On-Premise", "Coastline Beverages Pty Ltd", "Wattle Bay NSW", "2021-09:present",
            "facing", "sales_account", [
                "Look after 46 pubs, clubs and bottle shops across the Lower Coast region",
                "Visit every venue at least fortnightly; negotiate range, pricing and tap placement with licensees",
                "Grew territory volume 14% in FY25 and won 9 taps back from a competitor",
                "Sort out delivery problems and credits for venues with our customer service team",
            ]),
          E("Territory Sales Representative", "Greenacre Pet Supplies", "Wattle Bay NSW", "2018-02:2021-08",
            "facing", "sales_account", [
                "Called on 70 independent pet shops, vet clinics and produce stores every four weeks",
                "Took orders on the iPad, merchandised our bays and ran in-store promo days",
            ]),
          E("Sales Support Coordinator", "Greenacre Pet Supplies", "Kurrawong NSW", "2016-07:2018-01", "affecting",
            None, [
                "Keyed orders from the reps' handhelds into the ERP and chased back-orders with the warehouse",
                "Maintained price files and the promotional calendar",
                "Prepared the monthly sales reports for the state manager",
            ], note="Head office"),
          E("Bottle Shop Attendant", "Heron Point Cellars", "Wattle Bay NSW", "y2013:2016", "facing",
            "in_person_service", [], note="Part-time while at uni"),
      ]),
      ("h", "Education"),
      ("p", "Bachelor of Business (Marketing), University of the Lower Coast, 2016"),
      ("h", "Referees"),
      ("p", "Provided on request."),
  ])

# ------------------------------------------------------------------ w007
R(file="w007.docx",
  family="UK optical assistant and former medicines counter assistant, Word tab-stop dates, bold title and italic employer",
  renderer="docx", layout="plain", order="title_org", dates="mon", present="present", sep=" – ",
  name="Harpreet Kaur Sandhu",
  contact=["Wexcombe, Shropshire", "07700 900823", "harpreet.sandhu@mailbox.co.uk"],
  opt={"jobmode": "tabs", "contact_join": " | ", "font": "Arial", "size": 10, "plain_headings": True,
       "caps": True},
  blocks=[
      ("h", "About me"),
      ("p", "Patient, careful and good with people who are anxious about their eyes or their health. I have "
            "worked in community pharmacy and optics for over nine years and I'm now studying towards the "
            "dispensing optician qualification."),
      ("h", "Work experience"),
      ("jobs", [
          E("Optical Assistant", "Claremont Eyecare", "Wexcombe", "2022-10:present", "facing", "healthcare_care", [
              "Carry out pre-tests before patients see the optometrist: auto-refraction, non-contact tonometry, "
              "visual fields and OCT scans",
              "Help patients choose frames, take measurements, and do adjustments and small repairs at the desk",
              "Book appointments and recalls; explain NHS vouchers and exemptions",
          ]),
          E("Medicines Counter Assistant", "Hollins Pharmacy", "Wexcombe", "2019-04:2022-09", "facing",
            "healthcare_care", [
                "Advised customers on over-the-counter medicines using WWHAM and referred to the pharmacist when needed",
                "Handed out prescriptions and checked patient details and exemptions",
                "Completed the Medicines Counter Assistant course (2019)",
            ]),
          E("Dispensary Assistant", "Riverside Pharmacy Hub", "Tellbridge", "2017-08:2019-03", "affecting", None, [
              "Assembled repeat prescriptions for 40 branch pharmacies on the automated picking line",
              "Labelled, bagged and sealed totes for the branch deliveries; date-checked stock",
              "Worked nights, 10pm to 6am",
          ]),
          E("Saturday Assistant", "Bowbridge Garden Centre", "Wexcombe", "2015-06:2017-07", "facing",
            "in_person_service", [
                "Worked the till, watered stock and helped customers load heavy plants and compost into their cars",
            ]),
      ]),
      ("h", "Education and training"),
      ("ul", ["ABDO Level 3 Certificate for Optical Assistants (2023)",
              "Currently: FBDO Dispensing Optician course, year 1 (distance learning)",
              "A levels: Biology (B), Chemistry (C), Psychology (B) – Wexcombe Sixth Form, 2017"]),
      ("h", "Other"),
      ("p", "Full UK driving licence. Speak Punjabi and some Urdu. DBS checked (2022)."),
      ("line", "References available on request"),
  ])

# ------------------------------------------------------------------ w008
R(file="w008.txt",
  family="Indian IT service desk analyst and payroll executive, job-portal text CV with Company/Designation/Duration lines and 'till date'",
  renderer="txt", layout="plain", order="kv", dates="mon'yy", present="till date", sep=" - ",
  name="ROHIT SUDHAKAR DESHPANDE",
  contact=["Flat 7, Shree Datta Apartments, Sahyadri Nagar, Devgiri - 411 0xx",
           "Mobile: +91 98220 55501 | E-mail: rohit.deshpande@mailbox.in"],
  opt={"hstyle": "dashes", "bullet": "> ", "wrap": True, "width": 90,
       "kvfields": (("Company", "orgloc"), ("Designation", "title"), ("Duration", "dates")),
       "kvsep": " : ", "kvpad": True, "resp_label": "Responsibilities:", "orgsep": ", "},
  blocks=[
      ("h", "Career Objective"),
      ("p", "To work in a challenging environment in IT support / HR operations where I can utilise my skills "
            "and knowledge for the growth of the organisation as well as myself."),
      ("h", "Professional Experience"),
      ("p", "Total experience: 11+ years"),
      ("jobs", [
          E("IT Service Desk Analyst (L1)", "Vantara Infotech Pvt. Ltd.", "Devgiri", "2022-06:present", "facing",
            "internal_support", [
                "Attending calls, Teams chats and tickets from 2,300 employees across 4 offices.",
                "Password resets, Outlook / VPN issues, laptop imaging and asset handover for new joinees.",
                "Maintaining SLA of 95% for P3 tickets; escalating network issues to L2 team.",
            ]),
          E("Payroll Executive", "Shreeji Auto Components Ltd.", "Sonwadi MIDC", "2019-08:2022-05", "facing",
            "internal_support", [
                "Processing monthly payroll of 900 workmen and staff in the in-house payroll software.",
                "PF, ESIC and PT challans and returns.",
                "Sitting at HR window daily 3 to 5 pm to solve salary, leave and deduction queries of workers.",
            ]),
          E("Accounts Assistant", "M/s Gokhale & Associates, Chartered Accountants", "Devgiri", "2017-07:2019-07",
            "affecting", None, [
                "Bookkeeping in Tally for 25 small business clients.",
                "GST returns filing and TDS working.",
                "Bank reconciliation and preparing data for statutory audit.",
            ]),
          E("Computer Operator", "Shree Ganesh Cyber Cafe & Xerox", "Devgiri", "2015-05:2017-06", "facing",
            "in_person_service", [
                "Helping walk-in customers to fill online forms (exam, PAN card, scholarship), print and scan.",
            ]),
      ]),
      ("h", "Educational Qualification"),
      ("ul", ["B.Com - Devgiri University - 2017 - 61%", "HSC - Maharashtra Board - 2014 - 68%",
              "SSC - Maharashtra Board - 2012 - 74%"]),
      ("h", "Technical Skills"),
      ("ul", ["ServiceNow, Active Directory, Office 365 admin basics, Windows 10/11",
              "Tally ERP 9, MS-Excel (VLOOKUP, Pivot)", "ITIL v4 Foundation (2023)"]),
      ("h", "Personal Details"),
      ("kv", [("Date of Birth", "14/02/1996"), ("Marital Status", "Married"),
              ("Languages Known", "Marathi, Hindi, English"), ("Notice Period", "30 days")]),
      ("h", "Declaration"),
      ("p", "I hereby declare that the above information is true to the best of my knowledge."),
      ("line", "Place: Devgiri                                              (Rohit S. Deshpande)"),
  ])

# ------------------------------------------------------------------ w009
R(file="w009.pdf",
  family="South African patient transport officer and care worker, reportlab with shaded left sidebar, employer line first, career break listed",
  renderer="reportlab", layout="sidebar", order="org_title", dates="month", present="Present", sep=" – ",
  name="Lerato Mahlangu",
  contact=["Koppiesdal, Western Cape", "072 555 0198", "lerato.mahlangu@mailbox.co.za"],
  opt={"side_w": 175, "bullet": "•", "accent": (0.55, 0.2, 0.2), "side_rgb": (0.96, 0.92, 0.90)},
  side=[
      ("h", "Personal Details"),
      ("kv", [("Nationality", "South African"), ("Licence", "Code 10 with PrDP"),
              ("Languages", "English, isiXhosa, Afrikaans"), ("Health", "Excellent")]),
      ("h", "Skills"),
      ("ul", ["First Aid Level 3", "Manual handling & wheelchair transfers", "Patient observation",
              "Vehicle checks & trip sheets"]),
      ("h", "References"),
      ("p", "Sr. N. Jacobs, Koppiesdal Clinic – 021 555 0144"),
      ("p", "Mr. D. Fortuin, Huis Rosendal – 023 555 0121"),
  ],
  blocks=[
      ("h", "Career Objective"),
      ("p", "A caring and reliable person with over eight years in patient care and transport. I would like to join "
            "an emergency medical service as a Basic Ambulance Assistant."),
      ("h", "Work Experience"),
      ("jobs", [
          E("Patient Transport Officer", "Boland Patient Transport Services", "Koppiesdal", "2021-01:present",
            "facing", "healthcare_care", [
                "Transport patients from rural clinics to Koppiesdal Hospital and tertiary hospitals for appointments",
                "Help patients in and out of the vehicle, including wheelchair users; check names against the "
                "booking list and appointment letters",
                "Watch patients during the trip and report any change in condition to the clinic sister",
                "Daily vehicle checks and trip sheets",
            ]),
          E("Care Worker", "Huis Rosendal Frail Care Centre", "Wynford", "2018-05:2020-12", "facing",
            "healthcare_care", [
                "Bathing, dressing and feeding frail residents; turning bedbound residents two-hourly",
                "Recorded fluid intake and observations and reported to the registered nurse",
            ]),
          E("Career break – caring for my late father", None, None, "2017-06:2018-04", "none", None, [],
            etype="unknown"),
          E("Stores & Linen Porter", "Koppiesdal Provincial Hospital", "Koppiesdal", "2014-03:2017-05", "affecting",
            None, [
                "Collected and delivered clean linen, stores and medical supplies to the wards",
                "Took soiled linen to the laundry; kept the stores room clean and counted",
            ]),
      ]),
      ("h", "Education"),
      ("p", "Grade 12 (Matric), Koppiesdal Senior Secondary, 2013"),
      ("p", "Ancillary Health Care certificate, 2018"),
  ])

# ------------------------------------------------------------------ w010
R(file="w010.html",
  family="Canadian French immersion teacher, tutor and volunteer coach, HTML résumé with a dates column table",
  renderer="html", layout="table", order="title_org", dates="mon", present="present", sep="–",
  name="Marie-Claude Fortier", headline="Elementary Teacher (French Immersion)",
  contact=["Ridgemount, BC", "(604) 555-0142", "mc.fortier@mailbox.ca"],
  opt={"jobmode": "table", "lang": "en-CA",
       "css": "body{font-family:'Source Sans Pro',Arial,sans-serif;margin:2em 4em;color:#1b1b1b}"
              "h1{color:#7a1f3d;margin:0}h2{color:#7a1f3d;font-size:1.05em;border-bottom:2px solid #e6c9d3}"
              "table.jobs{border-collapse:collapse;width:100%}td{vertical-align:top;padding:4px 8px}"
              "td.when{width:9em;color:#555;white-space:nowrap}"},
  blocks=[
      ("h", "Teaching Experience"),
      ("jobs", [
          E("Grade 4 French Immersion Teacher", "Ridgemount Elementary, Cedar Valley School District",
            "Ridgemount, BC", "2023-09:present", "facing", "education", [
                "Plan and teach all subjects in French to a class of 26",
                "Three-way conferences with families each term; adapted materials for four students with IEPs",
                "Co-lead the school's reading buddies program",
            ]),
          E("Teacher on Call", "Cedar Valley School District No. 48", "Ridgemount, BC", "2022-01:2023-06",
            "facing", "education", [
                "K–7 call-outs in 11 schools, French and English programs; longer assignments of up to six weeks",
            ]),
      ]),
      ("h", "Tutoring, Coaching & Community"),
      ("jobs", [
          E("Math & French Tutor", "Self-employed", "Ridgemount, BC", "2019-09:present", "facing", "education", [
              "One-to-one tutoring for grades 5–10, mostly in students' homes; six to eight families a week",
          ], etype="freelance"),
          E("Head Coach, U12 Girls", "Ridgemount Rovers Youth Soccer Club", "Ridgemount, BC", "y2019:2024",
            "facing", "volunteering", [
                "Two practices and a game every week, September to June",
                "Kept parents in the loop on TeamSnap and at the touchline",
            ], section="volunteer", etype="volunteer"),
      ]),
      ("h", "Other Experience"),
      ("jobs", [
          E("Swim Instructor & Lifeguard", "City of Ridgemount Aquatic Centre", "Ridgemount, BC",
            "2018-06:2018-08", "facing", "education", [
                "Taught preschool and school-age swim levels, five classes a day",
                "Lifeguarded public swims",
            ], dt="Summer 2018"),
      ]),
      ("h", "Education & Certification"),
      ("ul", ["B.Ed. (Elementary, French Immersion) – Fraser Coast University, 2021",
              "B.A. French – Fraser Coast University, 2019",
              "BC Professional Teaching Certificate"]),
      ("p", "References available upon request."),
  ])
