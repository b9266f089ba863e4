"""wild108 résumés w016–w030 (fictional people, employers, towns)."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w016
R(id="w016", fmt="txt", name="SHANNON MCGOVERN",
  family="UK supermarket worker, all-caps ATS paste, no bullet glyphs, duplicated section header after a page marker",
  layout="txt, caps/dash, MON / 'CURRENT'",
  hdr="dash", dpos="head", dates="MON", present="CURRENT", sep=" - ", wrap=64, glyph="", caps=True, pad=11,
  breaks=[19], marker="PAGE 2", duphdr=["SHANNON MCGOVERN", "WORK EXPERIENCE (CONTINUED)"],
  blocks=[
      ("name", "SHANNON MCGOVERN"),
      ("contact", "27 ASHGROVE ROAD, HALESFORD, HF6 2JN"),
      ("contact", "TEL 07700 900 225  EMAIL SHANNON.MCG@MAILBOX.CO.UK"),
      ("blank",),
      ("h", "WORK EXPERIENCE"),
      ("blank",),
      ("jobs", [
          E("Checkout Supervisor", "GREENGATE SUPERMARKETS", "HALESFORD", "2022-10", "present", "facing", "in_person_service", [
              "RUN THE CHECKOUTS AND SELF SCAN ON MY SHIFT, APPROVE AGE RESTRICTED SALES AND SORT OUT CUSTOMER "
              "QUERIES AND REFUNDS AT THE KIOSK",
              "DO THE TILL PICK UPS AND CASH OFFICE BANKING"]),
          E("Online Grocery Picker", "GREENGATE SUPERMARKETS", "HALESFORD", "2021-03", "2022-09", "affecting", None, [
              "PICKED ONLINE ORDERS WITH A HANDHELD BEFORE THE STORE OPENED, CHOSE SUBSTITUTES AND LOADED THE "
              "CHILLED TOTES ONTO THE VANS",
              "KEPT PICK RATE ABOVE 180 ITEMS AN HOUR"]),
          E("Bakery Assistant", "GREENGATE SUPERMARKETS", "HALESFORD", "2020-01", "2021-02", "affecting", None, [
              "BAKED OFF BREAD AND PASTRIES FROM 5AM, LABELLED AND PRICED PRODUCT, CLEANED THE OVENS"]),
          E("Security Officer", "SHIELDLINE SECURITY", "HALESFORD", "2018-05", "2019-12", "facing", "other_facing", [
              "STORE DETECTIVE AND DOOR SECURITY AT A CITY CENTRE SHOP, GREETED SHOPPERS, DEALT WITH SHOPLIFTERS "
              "CALMLY AND HELPED CUSTOMERS FIND THINGS"]),
          E("Sales Assistant", "POUNDSAVER", "HALESFORD", "2016-09", "2018-04", "facing", "in_person_service", []),
      ]),
      ("h", "EDUCATION"),
      ("p", "HALESFORD COMMUNITY SCHOOL - 6 GCSES INCLUDING ENGLISH AND MATHS"),
      ("h", "HOBBIES"),
      ("p", "SWIMMING, MY TWO DOGS, BAKING"),
  ])

# ------------------------------------------------------------------ w017
R(id="w017", fmt="fpdf", name="Maria Lourdes Dimaculangan",
  family="Philippine BPO agent, fpdf2 single column, employer heading with several roles beneath, no bullet glyphs, page marker",
  layout="fpdf2, plain/orgfirst, mon. / 'Present'",
  hdr="orgfirst", dpos="own", dates="mon.", present="Present", sep=" - ", wrap=90, glyph="", cont="",
  breaks=[35], marker="Page 2 of 2",
  blocks=[
      ("name", "MARIA LOURDES DIMACULANGAN"),
      ("contact", "Blk 12 Lot 4 Sampaguita St., San Isidro, Calamba Heights, Laguna"),
      ("contact", "0917 555 0182 / malou.dimaculangan@mailbox.ph"),
      ("h", "OBJECTIVE"),
      ("p", "To be part of a company where I can use my experience in customer service and team leading and "
            "grow as a professional."),
      ("h", "WORK EXPERIENCE"),
      ("jobs", [
          E("Workforce Analyst", "Vantage Point Solutions Inc.", "Sta. Rosa, Laguna", "2024-02", "present", "affecting", None, [
              "Create weekly schedules for 300 agents from the forecast, monitor real-time adherence and "
              "service level and move breaks when queues build up",
              "Prepare interval reports for the client and operations managers"]),
          E("Team Leader", "Vantage Point Solutions Inc.", "Sta. Rosa, Laguna", "2021-06", "2024-01", "facing",
            "contact_center", [
              "Handled a team of 16 agents on a US telecom account; coaching, call listening and daily huddles",
              "Took escalated calls from irate customers and approved bill credits"], prose=True),
          E("Customer Service Representative", "Vantage Point Solutions Inc.", "Sta. Rosa, Laguna", "2019-03", "2021-05",
            "facing", "contact_center", [
              "Answered inbound billing and technical calls for a US telecom, average 45 calls per day",
              "Top agent for CSAT Q3 2020"]),
          E("Chat Support Associate", "BrightDesk Outsourcing", "Makati", "2018-04", "2019-02", "facing",
            "digital_service", [
              "Handled 3 chats at a time for an online shoe retailer: order status, returns and promo codes"]),
          E("Data Encoder", "Laguna Provincial Treasurer's Office", "Calamba", "2017-06", "2018-03", "none", None, [
              "Encoded real property tax records and filed documents"], etype="paid"),
      ]),
      ("h", "EDUCATION"),
      ("line", "Bachelor of Science in Business Administration - Laguna State Polytechnic College, 2017"),
      ("h", "CHARACTER REFERENCES"),
      ("line", "Available upon request."),
  ])

# ------------------------------------------------------------------ w018
R(id="w018", fmt="docx", name="Sipho Mahlangu",
  family="South African IT technician, Word with right tab-stop dates, caps headings, employer line then title, learnership",
  layout="docx, tabs/org_title, month / 'to date'",
  variant="tabs", docx_font="Arial", hdr="org_title", dpos="head", dates="month", present="to date", sep=" – ",
  wrap=0, glyph="• ", date_italic=True,
  blocks=[
      ("name", "SIPHO MAHLANGU"),
      ("contact", "Soshanguve Extension 7, Pretoria North  |  072 555 0136  |  sipho.mahlangu@mailbox.co.za"),
      ("h", "CAREER SUMMARY"),
      ("p", "A+ and N+ certified technician with experience in fibre installations, network monitoring and "
            "desktop support."),
      ("h", "EMPLOYMENT HISTORY"),
      ("jobs", [
          E("Fibre Installation Technician", "Lumina Fibre Networks", "Pretoria", "2023-04", "present", "facing",
            "other_facing", [
              "Install and activate fibre routers in customers' homes and small businesses, test the line and "
              "show the customer how to set up Wi-Fi",
              "Close job cards on the app and report faults to the NOC"]),
          E("NOC Technician", "Lumina Fibre Networks", "Centurion", "2021-09", "2023-03", "affecting", None, [
              "Monitored the core network and customer links on dashboards 24/7, logged outages and dispatched "
              "field teams"]),
          E("IT Learner (Learnership)", "City of Tshwane Metro Municipality", "Pretoria", "2020-07", "2021-06", "facing",
            "internal_support", [
              "Logged calls from municipal staff at the IT service desk and went to their offices to fix PCs and "
              "printers"], etype="internship"),
          E("Cashier", "Savemor Supermarket", "Soshanguve", "2018-01", "2020-06", "facing", "in_person_service", [
              "Served customers at the till, sold airtime and electricity vouchers"]),
      ]),
      ("h", "QUALIFICATIONS"),
      ("p", "National Certificate: IT Technical Support NQF 4 (2021) · CompTIA A+ · CompTIA Network+ · Driver's licence Code 08"),
      ("h", "REFERENCES"),
      ("p", "Mr T. Ngobeni – Field Services Manager, Lumina Fibre Networks – 012 555 0170"),
  ])

# ------------------------------------------------------------------ w019
R(id="w019", fmt="html", name="Dakota Reyes",
  family="US restaurant worker, HTML job-board plain-text view (<pre>), dates first on their own line, tabs to spaces",
  layout="html, pre/datesfirst, mm/yyyy / 'Current'",
  variant="pre", hdr="datesfirst", dates="mm/yyyy", present="Current", sep=" - ", wrap=72, glyph="* ", cont="  ",
  html_title="Resume text view - Dakota Reyes", html_class="resume-viewer",
  blocks=[
      ("name", "Dakota Reyes"),
      ("contact", "Millbrook Falls, WI        (920) 555-0117        dakota.reyes@mailbox.com"),
      ("blank",),
      ("h", "Work History"),
      ("blank",),
      ("jobs", [
          E("Server / Bartender", "The Copper Kettle Tavern", "Millbrook Falls, WI", "2022-05", "present", "facing",
            "in_person_service", [
              "Serve a 6-table section and the bar on weekends, take orders, recommend specials and handle "
              "payments",
              "Train new servers on the POS and the menu"]),
          E("Line Cook", "Lakeside Grill & Pier", "Millbrook Falls, WI", "2020-04", "2022-04", "affecting", None, [
              "Worked the grill and fry stations on 200-cover nights, prepped and kept the line stocked"]),
          E("Catering Driver", "Delmonte's Catering", "Green Harbor, WI", "2019-06", "2020-03", "facing",
            "in_person_service", [
              "Delivered and set up buffet lunches at clients' offices and events, checked the order with the "
              "contact on site and collected payment"]),
          E("Host", "Lakeside Grill & Pier", "Millbrook Falls, WI", "2018-05", "2019-05", "facing", "in_person_service",
            []),
      ]),
      ("h", "Education"),
      ("line", "Millbrook Falls High School, 2018"),
      ("h", "Certifications"),
      ("line", "ServSafe Food Handler    Bartender License (WI, Class B)"),
  ])

# ------------------------------------------------------------------ w020
R(id="w020", fmt="rl", name="Naomi Oyelaran",
  family="US phlebotomist, reportlab two-column header (name left, contact right), core fonts, title line with right dates",
  layout="reportlab, twocol/title_org, month / 'Present'",
  variant="twocol", core=True, letter=True, hdr="title_org", dpos="head", dates="month", present="Present",
  sep=" – ", wrap=94, glyph="• ", cont="  ",
  blocks=[
      ("name", "Naomi Oyelaran, CPT"),
      ("contact", "Hartwell Junction, NC 27510"),
      ("contact", "(919) 555-0164"),
      ("contact", "naomi.oyelaran@mailbox.com"),
      ("h", "PROFESSIONAL EXPERIENCE"),
      ("jobs", [
          E("Phlebotomist II", "Piedmont Regional Medical Center", "Hartwell Junction, NC", "2021-09", "present",
            "facing", "healthcare_care", [
              "Perform venipuncture and capillary draws on inpatients and outpatients, including pediatric and "
              "geriatric patients; calm anxious patients and explain fasting instructions",
              "Label and log specimens and deliver them to the lab on time"]),
          E("Specimen Processor", "Atlantic Reference Laboratories", "Raleigh Crossing, NC", "2019-08", "2021-08",
            "affecting", None, [
              "Centrifuged, aliquoted and accessioned specimens received from clinics; resolved labeling "
              "discrepancies with the sending offices by email"]),
          E("Patient Transporter", "Piedmont Regional Medical Center", "Hartwell Junction, NC", "2018-01", "2019-07",
            "facing", "healthcare_care", [
              "Moved patients by wheelchair and stretcher between units, imaging and discharge"]),
          E("Sterile Processing Aide", "Piedmont Regional Medical Center", "Hartwell Junction, NC", "2016-10", "2017-12",
            "affecting", None, [
              "Decontaminated, assembled and sterilized surgical instrument trays for the OR"]),
      ]),
      ("h", "CERTIFICATIONS"),
      ("p", "Certified Phlebotomy Technician (NHA), 2018 · BLS (AHA), current"),
      ("h", "EDUCATION"),
      ("p", "Phlebotomy Technician Program, Wake Crossing Community College, 2017"),
  ])

# ------------------------------------------------------------------ w021
R(id="w021", fmt="docx", name="Fiona Hartigan",
  family="UK office administrator, Word heading styles and list bullets, name in the page header, right tab-stop dates",
  layout="docx, styles+header/title_org, mon / 'Present'",
  variant="styles+header", listbullet=True, hdr="title_org", dpos="head", dates="mon", present="Present", sep=" – ",
  wrap=0, glyph="• ",
  blocks=[
      ("name", "Fiona Hartigan"),
      ("contact", "Lower Wenbury, Somerset · 07700 900 590 · fiona.hartigan@mailbox.co.uk"),
      ("h", "Profile"),
      ("p", "Organised office professional with HR and payroll administration behind me, looking for a part-time "
            "office role closer to home."),
      ("h", "Career history"),
      ("jobs", [
          E("HR Administrator", "Wenbury Packaging Ltd", "Lower Wenbury", "2021-05", "present", "facing",
            "internal_support", [
              "First point of contact for 180 staff with questions on holidays, sick pay and payslips, in person "
              "and by email",
              "Issue contracts and keep personnel files up to date"]),
          E("Payroll Clerk", "Wenbury Packaging Ltd", "Lower Wenbury", "2018-11", "2021-04", "none", None, [
              "Processed weekly and monthly payroll in Sage, pension submissions and year-end"]),
          E("Office Manager", "Castle Lettings", "Tauncester", "2014-02", "2018-10", "none", None, [
              "Managed the office budget, supplier contracts and IT",
              "Produced monthly management accounts for the directors"], prose=True),
          E("Receptionist", "Castle Lettings", "Tauncester", "2012-06", "2014-01", "facing", "in_person_service", []),
      ]),
      ("h", "Education"),
      ("p", "CIPD Level 3 Certificate in People Practice (2022) · AAT Level 2 (2016)"),
  ])

# ------------------------------------------------------------------ w022
R(id="w022", fmt="txt", name="Brodie Kowalczyk",
  family="Australian electrician, SEEK-style form paste, 'Position / Employer / Period' labels, 'o' bullets, page marker and repeated name",
  layout="txt, labelled/labelled, mon / 'Current'",
  hdr="labelled", labels=("Position:", "Employer:", "Location:", "Period:"), dates="mon", present="Current",
  sep=" - ", wrap=70, glyph="o ", cont="  ", breaks=[26], marker="Page 2 of 3", duphdr="Resume - Brodie Kowalczyk",
  blocks=[
      ("name", "Brodie Kowalczyk"),
      ("contact", "Mount Carrow NSW 2287  |  0412 555 809  |  brodie.k@mailbox.com.au"),
      ("blank",),
      ("h", "EMPLOYMENT HISTORY"),
      ("blank",),
      ("jobs", [
          E("Electrician", "Brightspark Electrical Services", "Mount Carrow NSW", "2022-02", "present", "facing",
            "other_facing", [
              "Domestic and small commercial service calls: fault finding, switchboard upgrades, smoke alarms",
              "Quote jobs on site, explain the options to home owners and take payment"]),
          E("FIFO Trade Assistant", "Redrock Mining Services", "Pilbara WA", "2020-06", "2022-01", "none", None, [
              "2 weeks on / 1 off, assisting electricians on conveyor and plant maintenance shutdowns"]),
          E("Apprentice Electrician", "Carrow Commercial Electrical", "Newcastle NSW", "2016-02", "2020-05", "none", None, [
              "Commercial fit-outs and new builds, cable pulling, containment and terminations"],
            etype="internship"),
          E("Trade Desk Team Member", "Hardwood Hardware", "Newcastle NSW", "2014-11", "2016-01", "facing",
            "in_person_service", [
              "Served tradies at the trade desk, looked up stock and loaded orders into utes"]),
      ]),
      ("h", "LICENCES & TICKETS"),
      ("list", ["NSW Electrician Licence (unrestricted)", "White Card", "Working at Heights", "MR driver licence"]),
      ("h", "REFEREES"),
      ("p", "Available on request"),
  ])

# ------------------------------------------------------------------ w023
R(id="w023", fmt="fpdf", name="Rahul Deshpande",
  family="Indian software and support engineer, fpdf2 with shaded sidebar, 'Title – Employer, Town (dates)', 'Till Date'",
  layout="fpdf2, sidebar/dash, mon-yyyy / 'Till Date'",
  variant="sidebar", hdr="dash", dpos="paren", dates="mon", present="Till Date", sep=" – ", wrap=60, glyph="ï‚§ ",
  cont="  ",
  side=[("name", "Rahul Deshpande"), ("contact", "Pimpri Wadgaon, Pune"), ("contact", "+91 98220 55317"),
        ("contact", "rahul.d@mailbox.in"), ("blank",), ("h", "TECHNICAL SKILLS"), ("line", "Java, Spring Boot"),
        ("line", "SQL, Linux"), ("line", "ServiceNow, Jira"), ("line", "HTML, WordPress"), ("blank",),
        ("h", "LANGUAGES"), ("line", "Marathi, Hindi, English")],
  blocks=[
      ("h", "PROFILE SUMMARY"),
      ("p", "Engineer with 7+ years in product support and development. Good at handling client escalations and "
            "root-causing production issues."),
      ("h", "PROFESSIONAL EXPERIENCE"),
      ("jobs", [
          E("Technical Support Engineer L2", "Kestrel Softworks Pvt. Ltd.", "Pune", "2022-07", "present", "facing",
            "digital_service", [
              "Handle escalated tickets from banking clients' IT teams for our payments product, over email and "
              "Teams calls; maintain SLA above 95%",
              "Run root-cause analysis and share RCA reports with clients"]),
          E("Software Engineer", "Kestrel Softworks Pvt. Ltd.", "Pune", "2019-08", "2022-06", "affecting", None, [
              "Developed REST APIs for the reconciliation module used by client banks",
              "Fixed production defects reported by the support team"]),
          E("Freelance Web Developer", "Self-employed", "Pune", "2018-01", "2019-07", "facing",
            "entrepreneurial_freelance", [
              "Built WordPress sites for local shops and clinics; met owners to gather requirements and trained "
              "them to update content"], etype="freelance"),
          E("Graduate Engineer Trainee", "Sahyadri Infotech", "Pune", "2017-07", "2017-12", "none", None, [
              "Six-month classroom and project training in Java and databases"], etype="internship"),
      ]),
      ("h", "EDUCATION"),
      ("p", "B.E. (Information Technology), Pune Vidyapeeth Institute of Engineering, 2017 – 7.8 CGPA"),
  ])

# ------------------------------------------------------------------ w024
R(id="w024", fmt="docx", name="Émilie Tremblay-Okoro",
  family="Canadian hotel front office, Word with a borderless table per job, duties pasted with hard wraps and '?' bullets",
  layout="docx, table/title_org, mon / 'present'",
  variant="table", hdr="title_org", dpos="head", dates="mon", present="present", sep=" – ", wrap=72, glyph="? ",
  blocks=[
      ("name", "Émilie Tremblay-Okoro"),
      ("contact", "Pointe-aux-Sables, QC  ·  438-555-0152  ·  emilie.to@mailbox.ca"),
      ("h", "EXPERIENCE / EXPÉRIENCE"),
      ("jobs", [
          E("Night Auditor", "Hôtel Rive-Sud", "Pointe-aux-Sables, QC", "2023-06", "present", "facing",
            "in_person_service", [
              "Run the front desk alone overnight: late check-ins, walk-ins, wake-up calls and guest requests",
              "Post room charges, balance the day's revenue and produce the audit package"]),
          E("Reservations Agent", "Hôtel Rive-Sud", "Pointe-aux-Sables, QC", "2021-10", "2023-05", "facing",
            "contact_center", [
              "Took reservation calls and emails in French and English, quoted rates and upsold packages"]),
          E("Banquet Server", "Château Beaulac Conference Centre", "Lac-Ferland, QC", "2020-05", "2021-09", "facing",
            "in_person_service", [
              "Served plated dinners and buffets at weddings and conferences"]),
          E("Dishwasher", "Bistro Le Quai", "Pointe-aux-Sables, QC", "2019-06", "2020-04", "affecting", None, []),
      ]),
      ("h", "EDUCATION"),
      ("p", "DEC in Hotel Management (Techniques de gestion hôtelière), Cégep de la Rive, 2021"),
      ("h", "LANGUAGES"),
      ("p", "French, English – fluent · Spanish – basic"),
  ])

# ------------------------------------------------------------------ w025
R(id="w025", fmt="md", name="Hannah Lindqvist",
  family="US college student, Markdown pasted from a career-centre form, employer headings with roles beneath, seasons",
  layout="md, bold/orgfirst, apos+season / 'Present'",
  md_head="bold", hdr="orgfirst", dpos="own", dates="apos", present="Present", sep=" – ", wrap=78, glyph="- ",
  cont="  ", osep=" — ",
  blocks=[
      ("name", "Hannah Lindqvist"),
      ("contact", "hannah.lindqvist@mailbox.edu | (608) 555-0138 | Eau Pierre, WI"),
      ("h", "Education"),
      ("p", "B.S. Biology, University of Wisconsin–Eau Pierre, expected May 2027. GPA 3.6"),
      ("h", "Experience"),
      ("jobs", [
          E("Undergraduate Research Assistant", "UW–Eau Pierre Department of Biology", "Eau Pierre, WI", "2025-09",
            "present", "none", None, [
              "Run PCR and gel electrophoresis for a freshwater mussel genetics project; keep the lab notebook"],
            section="other"),
          E("Library Student Assistant", "UW–Eau Pierre Department of Biology", "Eau Pierre, WI", "2024-01", "2025-05",
            "affecting", None, [
              "Shelved returns in the departmental reading room and processed interlibrary loan paperwork"]),
          E("Lifeguard", "Eau Pierre Parks & Recreation", "Eau Pierre, WI", "2024-06", "2024-08", "facing",
            "other_facing", [
              "Supervised swimmers at the city pool, enforced rules and gave first aid"], dt="Summer 2024"),
          E("Camp Counselor", "Camp Whispering Pines", "Lac du Nord, WI", "2023-06", "2023-08", "facing", "education", [
              "Led a cabin of ten 9-year-olds, taught canoeing and ran evening activities"], dt="Summer 2023"),
      ]),
      ("h", "Skills"),
      ("p", "PCR · Excel · R (basic) · CPR/AED & Lifeguard certified · Swedish (conversational)"),
  ])

# ------------------------------------------------------------------ w026
R(id="w026", fmt="rl", name="Carmen Villalobos",
  family="US veterinary assistant, reportlab shaded sidebar, 'Title | Employer | Town' with dates on their own line",
  layout="reportlab, sidebar/pipe, yyyy-mm / 'Current'",
  variant="sidebar", hdr="pipe", dpos="own", dates="yyyy-mm", present="Current", sep=" to ", wrap=64, glyph="• ",
  cont="  ",
  side=[("name", "Carmen Villalobos"), ("contact", "Sun Valley Mesa, NM"), ("contact", "(505) 555-0185"),
        ("contact", "carmen.v@mailbox.org"), ("blank",), ("h", "SKILLS"), ("line", "Animal restraint"),
        ("line", "Radiography assist"), ("line", "Client education"), ("line", "AVImark"), ("blank",),
        ("h", "LANGUAGES"), ("line", "Spanish, English")],
  blocks=[
      ("h", "SUMMARY"),
      ("p", "Veterinary assistant who loves animals and their people. Fear Free certified."),
      ("h", "EXPERIENCE"),
      ("jobs", [
          E("Veterinary Assistant", "Mesa Verde Animal Hospital", "Sun Valley Mesa, NM", "2022-03", "present", "facing",
            "other_facing", [
              "Room patients, take histories from owners and go over discharge and medication instructions with "
              "them",
              "Restrain animals for exams, draw blood and assist with dental and X-rays"]),
          E("Kennel Attendant", "Mesa Verde Animal Hospital", "Sun Valley Mesa, NM", "2020-08", "2022-02", "affecting",
            None, [
              "Fed, walked and medicated boarding and hospitalized animals; cleaned runs and laundry"]),
          E("Dog Walker & Pet Sitter", "Independent", "Sun Valley Mesa, NM", "2019-01", "2020-07", "facing",
            "entrepreneurial_freelance", [
              "Found clients through the Rover app and neighborhood flyers, met owners for meet-and-greets and "
              "sent photo updates"], etype="freelance"),
          E("Pet Groomer", "Shaggy Chic Grooming", "Albuquerque Heights, NM", "2017-05", "2018-12", "facing",
            "in_person_service", []),
      ]),
      ("h", "EDUCATION"),
      ("p", "Veterinary Assistant Certificate, Rio Bravo Community College (2020)"),
  ])

# ------------------------------------------------------------------ w027
R(id="w027", fmt="docx", name="Derrick Amankwah",
  family="Collections and customer success, DOCX of text pasted from an ATS with caps headings and '?' bullets, one paragraph per wrapped line",
  layout="docx, pasted-lines/title_org, MON / 'PRESENT'",
  variant="lines", docx_font="Times New Roman", hdr="title_org", dpos="own", dates="MON", present="PRESENT",
  sep=" - ", wrap=76, glyph="?", caps=True, breaks=[22], marker="Page 2 of 2",
  blocks=[
      ("name", "DERRICK AMANKWAH"),
      ("contact", "Bellmont Park, NJ 07008 ? (201) 555-0173 ? derrick.amankwah@mailbox.com"),
      ("blank",),
      ("h", "PROFESSIONAL EXPERIENCE"),
      ("blank",),
      ("jobs", [
          E("Customer Success Manager", "Ledgerline Software", "Hoboken Point, NJ", "2022-04", "present", "facing",
            "sales_account", [
              "Own a book of 60 mid-market accounts; run onboarding calls, quarterly business reviews and renewal "
              "conversations with client finance teams",
              "Work churn-risk accounts with product and support"]),
          E("Collections Specialist", "Garden State Auto Finance", "Bellmont Park, NJ", "2019-02", "2022-03", "facing",
            "contact_center", [
              "Outbound calls to customers 30-90 days past due, set up payment arrangements and hardship plans",
              "Handled inbound calls about payoff quotes and title release"]),
          E("Accounts Receivable Clerk", "Garden State Auto Finance", "Bellmont Park, NJ", "2017-06", "2019-01",
            "affecting", None, [
              "Posted customer payments, researched unapplied cash and prepared refund checks"]),
          E("Claims Processor", "Liberty Shield Insurance", "Newark Flats, NJ", "2015-09", "2017-05", "affecting", None, [
              "Reviewed auto claims documents, keyed estimates and released payments to policyholders' repair "
              "shops"]),
      ]),
      ("h", "EDUCATION"),
      ("p", "B.A. Economics, Garden State University, 2015"),
  ])

# ------------------------------------------------------------------ w028
R(id="w028", fmt="html", name="Yasmin Haddad",
  family="Job-board HTML export laid out as a table, marketing and analytics career, tab-stop dates split into cells",
  layout="html, table/title_org, month / 'Present'",
  variant="table", hdr="title_org", dpos="head", dates="month", present="Present", sep=" – ", wrap=80, glyph="- ",
  cont="  ", html_title="Application - Yasmin Haddad", html_class="application-export",
  blocks=[
      ("name", "Yasmin Haddad"),
      ("contact", "Cedar Hollow, MI · yasmin.haddad@mailbox.com · 313-555-0149"),
      ("h", "Employment"),
      ("jobs", [
          E("Social Media Coordinator", "Great Lakes Credit Union", "Cedar Hollow, MI", "2023-01", "present", "facing",
            "digital_service", [
              "Plan and post content, and answer members' comments and direct messages on Facebook and "
              "Instagram, passing account questions to the contact center",
              "Report monthly engagement to the marketing director"]),
          E("Digital Marketing Assistant", "Brightline Home Goods", "Dearborn Ridge, MI", "2021-03", "2022-12",
            "affecting", None, [
              "Built weekly promotional emails and landing pages, A/B tested subject lines"]),
          E("Business Intelligence Analyst", "Motorway Parts Group", "Dearborn Ridge, MI", "2019-07", "2021-02", "none",
            None, [
              "Built Power BI dashboards of sales, margin and customer churn for regional managers"]),
          E("Retail Sales Associate", "Lakeshore Apparel", "Cedar Hollow, MI", "2017-05", "2019-06", "facing",
            "in_person_service", [
              "Helped customers in the fitting rooms and on the floor; processed sales and returns"]),
      ]),
      ("h", "Education"),
      ("p", "B.B.A. Marketing, Wayne Lakes University, 2019"),
  ])

# ------------------------------------------------------------------ w029
R(id="w029", fmt="fpdf", name="Deborah Fairweather",
  family="UK retail manager, two-page fpdf2 CV with page footer, dates first on their own line, long career",
  layout="fpdf2, pages/datesfirst, month / 'Present'",
  footer="Page {p} of {n}", scale=1.3, hdr="datesfirst", dates="month", present="Present", sep=" to ", wrap=74, glyph="• ",
  cont="  ",
  blocks=[
      ("name", "Deborah Fairweather"),
      ("contact", "8 Linnet Way, Ashby Marsh, AM4 6RT · 07700 900 447 · deborah.fairweather@mailbox.co.uk"),
      ("h", "PROFILE"),
      ("p", "Retail manager with over 20 years in fashion and homeware. I lead from the shop floor, I know my "
            "customers by name and I have turned round two under-performing stores. I enjoy developing people "
            "and have promoted six supervisors into management. Now looking for a store or area role with a "
            "values-led retailer."),
      ("h", "KEY ACHIEVEMENTS"),
      ("list", ["Grew Ashby Marsh like-for-like sales by 11% in 2023 against a falling high street",
                "Store of the Year (Central region) 2019",
                "Cut shrinkage from 2.1% to 0.9% in 18 months"]),
      ("h", "CAREER HISTORY"),
      ("jobs", [
          E("Store Manager", "Holloway & Finch", "Ashby Marsh", "2018-09", "present", "facing", "in_person_service", [
              "Lead a team of 22 in a £4m fashion and homeware store; rotas, payroll budget and recruitment",
              "Spend most of each day on the shop floor serving customers, dealing with complaints and "
              "coaching the team at the tills and fitting rooms",
              "Plan promotions and floor moves with head office"]),
          E("Assistant Store Manager", "Holloway & Finch", "Kirkby Lowe", "2013-03", "2018-08", "facing",
            "in_person_service", [
              "Ran the store in the manager's absence, handled escalated customer complaints and refunds"]),
          E("Visual Merchandiser", "Dorrington Home", "Kirkby Lowe", "2009-04", "2013-02", "affecting", None, [
              "Dressed windows and set floor layouts before opening from head-office guidelines, across 5 stores"]),
          E("Area Stock Controller", "Dorrington Home", "Kirkby Lowe", "2006-01", "2009-03", "none", None, [
              "Ran stock counts and inter-store transfers, reconciled stock files for finance"]),
          E("Sales Assistant", "Marlowe's Department Store", "Ashby Marsh", "2003-06", "2005-12", "facing",
            "in_person_service", ["Worked on the womenswear floor and the tills; Christmas temp made permanent"]),
      ]),
      ("h", "TRAINING"),
      ("p", "Level 5 Diploma in Retail Management (2016) · Mental Health First Aider (2022) · IOSH Managing Safely"),
      ("h", "INTERESTS"),
      ("p", "Dressmaking, Ashby Marsh Singers, and walking the dog on the downs."),
      ("h", "REFERENCES"),
      ("p", "Available on request."),
  ])

# ------------------------------------------------------------------ w030
R(id="w030", fmt="docx", name="Grace Mbeki-Lawal",
  family="UK hospital support worker, Word layout table with shaded sidebar, caps titles, dates on their own line",
  layout="docx, sidebar/dateline, mm/yyyy / 'Present'",
  variant="sidebar", hdr="dateline", dates="mm/yyyy", present="Present", sep=" – ", wrap=0, glyph="- ", caps=True,
  side=[("name", "Grace Mbeki-Lawal"), ("contact", "Thornbury Vale"), ("contact", "07700 900 381"),
        ("contact", "grace.ml@mailbox.co.uk"), ("blank",), ("h", "SKILLS"), ("line", "Patient moving & handling"),
        ("line", "Infection control"), ("line", "Audio typing 70 wpm"), ("line", "EPR systems"), ("blank",),
        ("h", "INTERESTS"), ("line", "Gospel choir, cooking")],
  blocks=[
      ("h", "PROFILE"),
      ("p", "NHS support worker with ten years across wards, portering and admin."),
      ("h", "EXPERIENCE"),
      ("jobs", [
          E("Medical Secretary", "Thornbury Vale General Hospital", "Thornbury Vale", "2022-01", "present", "facing",
            "contact_center", [
              "Type clinic letters from dictation for two orthopaedic consultants",
              "Answer the secretaries' line for patients asking about appointments, results and waiting times"]),
          E("Ward Clerk", "Thornbury Vale General Hospital", "Thornbury Vale", "2019-04", "2021-12", "facing",
            "in_person_service", [
              "Staffed the ward desk, greeted visitors and relatives and took their calls, kept bed boards and "
              "admission paperwork up to date"]),
          E("Hospital Porter", "Thornbury Vale General Hospital", "Thornbury Vale", "2016-09", "2019-03", "facing",
            "healthcare_care", [
              "Moved patients between wards, theatres and X-ray, and delivered specimens and equipment"]),
          E("Domestic Assistant", "Vale Facilities Services", "Thornbury Vale", "2015-02", "2016-08", "affecting", None, [
              "Cleaned wards and bathrooms to the national cleaning standards, emptied clinical waste"]),
      ]),
      ("h", "TRAINING"),
      ("p", "Care Certificate · AMSPAR Medical Secretaries Diploma (2021) · Manual Handling"),
  ])
