"""Résumés w016–w030."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    file="w016.html", family="Indian guest-relations CV (Mumbai to Abu Dhabi), HTML, pipe title line, 'Since' and to date",
    lay="html, plain/pipe, Mon. yyyy / 'Since', 'to date'", r="html", style="pipe",
    name="Rukhsar Fatima Shaikh", contact=["Khalifa City A, Abu Dhabi", "+971 54 391 2278 | rukhsar.shaikh@mailbox.ae"],
    css="body{font-family:Georgia,serif;margin:30px 60px;font-size:13px}h2{color:#7a1f3d;text-transform:uppercase;font-size:14px}.d{float:right;color:#555}",
    blocks=[
        ("h", "Career Objective"),
        ("p", "I am looking forward to a Guest Relations Manager opportunity where my warm personality, languages and "
              "attention to detail will add value to the guests' experience."),
        ("h", "Work History"),
        ("E", [
            E("Guest Relations Executive", "Qasr Al Sahil Resort & Spa", "Abu Dhabi", "2020-09", "present",
              "Since Sept. 2020", "facing", "in_person_service", [
                  "Welcoming VIP and repeat guests, courtesy calls and room visits during stay",
                  "Arranging birthday and anniversary set-ups; follow-up on guest feedback with HODs",
                  "Covering the lobby during peak check-in and assisting with Arabic/Hindi/Urdu translation"]),
            E("Reservations Agent", "Qasr Al Sahil Resort & Spa", "Abu Dhabi", "2019-02", "2020-08",
              "Feb. 2019 – Aug. 2020", "facing", "contact_center", [
                  "Handled reservation calls and e-mails for 3 properties, quoting rates and packages",
                  "Group bookings and rooming lists from tour operators"]),
            E("Tele-caller (Personal Loans)", "Suvidha Finserv DSA", "Andheri, Mumbai", "2017-06", "2018-11",
              "Jun. 2017 – Nov. 2018", "facing", "contact_center", [
                  "Outbound calling to leads from the bank's database, explaining loan eligibility and collecting documents",
                  "70–90 calls per day"]),
            E("Event Volunteer", "Mumbai Marathon Welfare Trust", "Mumbai", "2017-01", "2017-01", "Jan. 2017",
              "facing", "volunteering", ["Water station and runner help-desk for the city marathon"],
              sec="volunteer", et="volunteer"),
        ]),
        ("h", "Education"),
        ("ul", ["BMS (Bachelor of Management Studies) – University of Mumbai, 2017", "Certificate in French (A2)"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "2 Aug 1996"), ("Nationality", "Indian"), ("Visa", "Employment"), ("Languages", "English, Hindi, Urdu, Arabic (basic), French (basic)")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the information provided is true to my knowledge.  — Rukhsar Shaikh"),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    file="w017.docx", family="Nepali security guard in Dubai, Word tab-stop dates, caps headings, lobby security and CCTV",
    lay="docx, tabs/title_org, Mon-yyyy / 'Till date'", r="docx", page="tabs", style="title_org", capsheads=True,
    bullet="✓", name="Ram Bahadur Thapa Magar", contact=["Al Nahda 2, Dubai – UAE", "Mob: +971 55 209 8841   E-mail: rambahadur.thapa@mailbox.com.np"],
    blocks=[
        ("h", "Objective"),
        ("p", "To work as a Security Guard / Supervisor in a reputed company and perform my duty with honesty."),
        ("h", "Work Experience"),
        ("E", [
            E("Security Guard (SIRA certified)", "Falcon Shield Guarding LLC – Marina Heights Tower", "Dubai", "2022-03", "present",
              "Mar-2022 to Till date", "facing", "other_facing", [
                  "Lobby reception of residential tower: visitors' entry, residents' access cards, delivery riders",
                  "Helping residents with parcels, lift bookings for move-in/move-out",
                  "Hourly patrolling of podium and basement parking"]),
            E("CCTV Operator", "Falcon Shield Guarding LLC", "Dubai", "2020-01", "2022-02", "Jan-2020 to Feb-2022",
              "none", None, [
                  "Monitoring 120 cameras in the control room of a logistics warehouse",
                  "Recording incidents in the occurrence book and informing the supervisor"]),
            E("Security Guard", "Everest Guard Services Pvt. Ltd. (posted at Himalaya Sahakari Bank, Butwal branch)",
              "Butwal, Nepal", "2016-04", "2019-10", "Apr-2016 to Oct-2019", "facing", "other_facing", [
                  "Greeting customers at the banking hall door, guiding them to the counters and token machine",
                  "Escorting cash during transfer to vault"]),
        ]),
        ("h", "Education"),
        ("p", "SLC – 2014, Rupandehi"),
        ("h", "Training"),
        ("ul", ["SIRA Basic Security Guard training – Dubai 2020", "First Aid – 2022"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "09.09.1997"), ("Height", "170 cm"), ("Weight", "68 kg"), ("Nationality", "Nepalese"),
                ("Passport No.", "PA0XXXXX"), ("Languages", "Nepali, Hindi, English (good)")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that above information is true."),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    file="w018.pdf", family="Pakistani telecom franchise CV (Multan), reportlab two-column header (name left, contact right), dates first, dd.mm.yyyy ranges",
    lay="reportlab, twocol/datefirst, dd.mm.yyyy / 'Present'", r="rl", page="twocol", style="datefirst", font="helv",
    centre=False, bullet="-",
    name="Muhammad Bilal Hassan", contact=["Gulgasht Colony, Multan  |  0300-6382174  |  bilal.hassan@mailbox.pk"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Seeking a challenging position as Customer Services Officer / Team Lead in the telecom sector."),
        ("h", "Experience"),
        ("E", [
            E("Franchise Executive (Customer Services)", "Jazzline Business Centre – Gulgasht Franchise", "Multan",
              "2019-07", "present", "01.07.2019 to Present", "facing", "in_person_service", [
                  "Handling 80–100 walk-in customers daily: SIM issuance with biometric verification, duplicate SIMs, ownership transfers",
                  "Postpaid conversion and device bundle sales",
                  "Complaint lodging in CRM and follow-up with back office"]),
            E("Retail Activation Officer", "Jazzline Distribution (M/s Al-Noor Traders)", "Multan", "2017-03", "2019-06",
              "01.03.2017 to 30.06.2019", "facing", "sales_account", [
                  "Visiting 140 retailers on route for load sales, SIM stock and BVS device issues",
                  "Training retailers on new bundles and collecting cash"]),
            E("Call Center Agent", "Telecare Contact Solutions", "Lahore", "2015-10", "2017-02", "12.10.2015 to 28.02.2017",
              "facing", "contact_center", ["Inbound helpline for mobile internet packages in Urdu and Punjabi"]),
            E("Data Entry Operator", "Al-Noor Traders", "Multan", "2014-06", "2015-09", "01.06.2014 to 30.09.2015",
              "none", None, ["Stock registers and sales invoices in Excel and Peachtree"]),
        ]),
        ("h", "Education"),
        ("ul", ["B.A. – Bahauddin Zakariya University, Multan (2014)", "DIT – Diploma in Information Technology (2013)"]),
        ("h", "Personal Information"),
        ("kv", [("Father's Name", "Ghulam Hassan"), ("Date of Birth", "15-05-1993"), ("CNIC", "36302-XXXXXXX-1"),
                ("Marital Status", "Married"), ("Religion", "Islam")]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    file="w019.txt", family="Indian exchange-house and KYC back-office CV (Mangalore to Dubai), text with 'Worked as' sentences and year-only ranges",
    lay="txt, colon/sentence, 'From yyyy to yyyy' and Mon yyyy / 'till date'", r="txt", style="sentence", txthead="colon",
    bullet="•", name="Prajwal Shetty",
    contact=["Bur Dubai, UAE", "Ph: +971 50 118 4429", "E-mail: prajwal.shetty@mailbox.in"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To secure a position in banking operations or remittance where I can apply my 10 years of experience in "
              "KYC, compliance and front counter."),
        ("h", "Experience Summary"),
        ("E", [
            E("KYC Analyst", "Arabian Gulf Remit Processing Centre", "Dubai", "2022-06", "present",
              "June 2022 till date", "affecting", None, [
                  "Periodic review of high-risk customer files, screening hits on World-Check, EDD memos for approval.",
                  "Rejecting or escalating incomplete documents back to branches."], prose=True),
            E("Teller", "Al Dana Exchange LLC, Meena Bazaar branch", "Dubai", "2019-01", "2022-05",
              "January 2019 to May 2022", "facing", "in_person_service", [
                  "Cash remittance to India, Pakistan, Nepal and Philippines for walk-in customers; WPS salary card loading.",
                  "Foreign currency buy and sell, explaining rates and charges, handling around 150 transactions on Fridays."],
              prose=True),
            E("Back Office Executive – Cheque Clearing", "Karavali Co-operative Bank Ltd.", "Mangalore", "2016-01", "2018-12",
              "From 2016 to 2018", "affecting", None, [
                  "Processing of CTS clearing images and return memos, NEFT/RTGS uploads for branches."],
              prose=True, prec="year"),
            E("Office Assistant", "Shetty & Rao Associates (Chartered Accountants)", "Udupi", "2014-01", "2015-12",
              "From 2014 to 2015", "none", None, [], prec="year"),
        ]),
        ("h", "Qualification"),
        ("ul", ["M.Com – Mangalore University (2015, correspondence)", "B.Com – 2013"]),
        ("h", "Certifications"),
        ("ul", ["CAMS (in progress)", "UAE Central Bank AML awareness"]),
        ("h", "Personal Details"),
        ("kv", [("D.O.B.", "30-11-1992"), ("Visa status", "Employment visa"), ("Languages", "Tulu, Kannada, English, Hindi")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the information furnished above is true to the best of my knowledge and belief."),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    file="w020.docx", family="Saudi patient-service CV (Jeddah), Word two-column table with shaded sidebar, season internship, Hajj volunteering",
    lay="docx, sidebar/title_org, Month yyyy / 'Present'", r="docx", page="sidebar", style="title_org",
    name="Reem Abdullah Al-Ghamdi", contact=["Jeddah, Saudi Arabia", "+966 56 402 1178", "reem.alghamdi@mailbox.sa"],
    side=[("h", "Languages"), ("ul", ["Arabic (native)", "English (IELTS 6.5)"]),
          ("h", "Skills"), ("ul", ["Patient registration (Medicode HIS)", "Complaint handling", "MS Office"]),
          ("h", "Personal"), ("kv", [("Nationality", "Saudi"), ("Date of Birth", "1998"), ("Marital status", "Single")])],
    blocks=[
        ("h", "Objective"),
        ("p", "A Saudi graduate in health administration seeking to grow in patient experience at a leading hospital."),
        ("h", "Experience"),
        ("E", [
            E("Patient Service Representative", "Dar Al Shifa Hospital", "Jeddah", "2022-08", "present",
              "August 2022 – Present", "facing", "healthcare_care", [
                  "Welcoming patients in the women's outpatient clinics, registration and appointment changes",
                  "Explaining insurance approvals and rejections to patients and arranging cash alternatives",
                  "Following up complaints through the Patient Experience Department (Press Ganey)"]),
            E("Call Center Agent", "Al Rawabi Bank – Customer Care Center (via Tamheer programme)", "Jeddah", "2021-01",
              "2022-06", "January 2021 – June 2022", "facing", "contact_center", [
                  "Inbound calls for cards, transfers and online banking lock-outs; Arabic and English",
                  "Fraud-suspicion calls transferred to the fraud team after verification"]),
            E("Hajj Season Volunteer", "Makkah Pilgrims Care Association", "Makkah", "2019-08", "2019-08",
              "August 2019", "facing", "volunteering", ["Guided pilgrims and distributed water and umbrellas at Mina"],
              sec="volunteer", et="volunteer"),
            E("Summer Trainee – Medical Records", "King Fahd Road Polyclinic", "Jeddah", "2018-06", "2018-08",
              "Summer 2018", "affecting", None, ["Archiving patient files and scanning consent forms"],
              sec="other", et="internship"),
        ]),
        ("h", "Education"),
        ("p", "Bachelor of Health Services Administration – 2020"),
        ("h", "Courses"),
        ("ul", ["Customer Service Excellence – Doroob", "Basic Life Support – 2023"]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    file="w021.pdf", family="Indian pharmacist in Saudi Arabia, fpdf2 centred header, employer line first, pharmacy counter and medical rep",
    lay="fpdf2, centred/org_title, Month yyyy / 'Present'", r="fpdf", page="centred", style="org_title",
    name="Joseph Thomas Kuriakose", contact=["Dammam, KSA  |  +966 53 770 4418  |  joseph.kuriakose@mailbox.sa",
                                             "SCFHS Registration: Pharmacist (valid) | Dataflow: Positive"],
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Licensed pharmacist with 9 years in community pharmacy and pharmaceutical sales. Skilled in prescription "
              "review, OTC counselling, insurance claims and inventory control."),
        ("h", "Professional Experience"),
        ("E", [
            E("Pharmacist In-charge", "Shifa Plus Pharmacies Co.", "Dammam", "2020-04", "present",
              "April 2020 – Present", "facing", "healthcare_care", [
                  "Dispensing prescriptions and counselling patients on dosage and interactions",
                  "Handling insurance e-prescriptions (Wasfaty) and approvals",
                  "Monthly inventory, near-expiry returns and narcotic register"]),
            E("Pharmacist", "Shifa Plus Pharmacies Co.", "Al Khobar", "2018-01", "2020-03",
              "January 2018 – March 2020", "facing", "healthcare_care", [
                  "Night-shift pharmacy in a 24-hour branch; blood pressure and glucose checks for customers"]),
            E("Medical Representative", "Nilgiri Pharma Ltd.", "Kottayam", "2016-02", "2017-11",
              "February 2016 – November 2017", "facing", "sales_account", [
                  "Detailing cardiac and diabetic brands to 12 doctors a day, chemist and stockist visits",
                  "Achieved 118% of annual target in 2017"]),
            E("Pharmacy Trainee (In-patient Dispensary)", "St. Gregory Mission Hospital", "Kottayam", "2015-06", "2015-12",
              "June 2015 – December 2015", "affecting", None, [
                  "Unit-dose preparation for wards, checking medication orders and stock transfers"], et="internship"),
        ]),
        ("h", "Education"),
        ("ul", ["B.Pharm – Kerala University of Health Sciences (2015)"]),
        ("h", "Personal Details"),
        ("kv", [("Nationality", "Indian"), ("Date of Birth", "03/04/1993"), ("Iqama", "Transferable with release")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that all the information stated above is true and correct."),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    file="w022.md", family="Pakistani airline passenger-services CV (Islamabad to Dubai), Markdown bold titles, one undated student job",
    lay="md, bold/title_org, Mon yyyy / 'Present'", r="md", style="title_org", md_eh="bold", bullet="*",
    name="Ayesha Siddiqui", contact=["Al Garhoud, Dubai", "+971 52 661 0934", "ayesha.siddiqui@mailbox.pk"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Aviation customer service professional seeking a Passenger Services Supervisor role."),
        ("h", "Professional Experience"),
        ("E", [
            E("Passenger Service Agent", "Desert Falcon Ground Handling", "Dubai International Airport (T1)", "2021-12",
              "present", "Dec 2021 – Present", "facing", "in_person_service", [
                  "Check-in, gate and transfer desk for partner carriers; seat changes and excess baggage",
                  "Handling disruption: rebooking passengers and issuing hotel and meal vouchers",
                  "Meet-and-assist for wheelchair and unaccompanied minor passengers"]),
            E("Cargo Documentation Assistant", "Margalla Air Cargo Services", "Islamabad International Airport", "2019-03",
              "2021-10", "Mar 2019 – Oct 2021", "affecting", None, [
                  "Preparing air waybills and cargo manifests, checking DG declarations",
                  "Tracing missing shipments and updating status in the cargo system for the customer team"]),
            E("Reservation & Sales Agent", "Khyber Skyways Call Centre", "Rawalpindi", "2017-07", "2019-02",
              "Jul 2017 – Feb 2019", "facing", "contact_center", [
                  "Booking, changing and refunding tickets over the phone for domestic and Gulf routes"]),
            E("Part-time Customer Service Assistant (while studying)", "Islamabad Gourmet Bakers", "Islamabad",
              None, None, "", "facing", "in_person_service", ["Counter sales and cake orders on weekends"]),
        ]),
        ("h", "Education"),
        ("ul", ["BBA – Fatima Jinnah Women University, 2017", "IATA Airline Customer Service (2018)"]),
        ("h", "Personal Details"),
        ("kv", [("DOB", "21/02/1995"), ("Nationality", "Pakistani"), ("Languages", "Urdu, English, Punjabi, Arabic (basic)")]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    file="w023.docx", family="Indian housekeeping CV (Odisha to Doha), Word heading styles and list bullets, tab-stop dates",
    lay="docx, styles/title_org, Mon' yy / 'Present'", r="docx", page="styles", style="title_org",
    name="Sagar Kumar Behera", contact=["Bin Mahmoud, Doha, Qatar", "+974 6612 0058  |  sagar.behera@mailbox.in"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Seeking a position as Housekeeping Supervisor / Assistant Housekeeper in a luxury hotel."),
        ("h", "Professional Experience"),
        ("E", [
            E("Housekeeping Supervisor", "Marsa Bay Hotel & Residences", "Doha", "2021-05", "present", "May 2021 – Present",
              "facing", "in_person_service", [
                  "Supervising 14 room attendants on 6 floors; room inspection and release to front office",
                  "Attending guest requests and complaints in rooms, extra amenities and turndown preferences",
                  "Lost & found and key control; monthly deep cleaning plan"]),
            E("Room Attendant", "Marsa Bay Hotel & Residences", "Doha", "2017-10", "2021-04", "Oct 2017 – Apr 2021",
              "affecting", None, [
                  "Cleaning and making up 14–16 check-out rooms per shift as per LQA standards",
                  "Replenishing minibar and guest supplies; reporting maintenance defects"]),
            E("Laundry Attendant", "Hotel Kalinga Residency", "Bhubaneswar", "2015-03", "2017-06", "Mar 2015 – Jun 2017",
              "affecting", None, ["Washing, ironing and folding of linen and guest laundry; stain treatment"]),
        ]),
        ("h", "Education"),
        ("ul", ["Craft Course in Housekeeping – Food Craft Institute, Bhubaneswar (2015)", "+2 Arts – CHSE Odisha (2013)"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "18-07-1995"), ("Nationality", "Indian"), ("Languages", "Odia, Hindi, English")]),
        ("h", "Declaration"),
        ("p", "I do hereby declare that the particulars given above are true to my knowledge."),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    file="w024.pdf", family="Nepali fashion-retail CV (Kathmandu to Riyadh), reportlab coloured sidebar, pipe title line, overlapping jobs",
    lay="reportlab, sidebar/pipe, Mon yyyy / 'Current'", r="rl", page="sidebar", style="pipe", side_rgb=(0.93, 0.88, 0.82),
    name="Pemba Lhamu Sherpa", contact=["Riyadh, Saudi Arabia", "+966 54 118 9027", "pemba.sherpa@mailbox.com.np"],
    side=[("h", "Skills"), ("ul", ["Visual merchandising", "Stock counts (SAP)", "Customer service", "Cash handling"]),
          ("h", "Languages"), ("ul", ["Nepali, Sherpa", "English, Hindi", "Arabic (basic)"]),
          ("h", "Personal"), ("kv", [("DOB", "12/12/1996"), ("Iqama", "Valid")])],
    blocks=[
        ("h", "Summary"),
        ("p", "Fashion retail staff with 7 years in Nepal and Saudi Arabia, from cashier to visual merchandiser."),
        ("h", "Experience"),
        ("E", [
            E("Visual Merchandiser", "Layali Fashion Trading Co. (Riyadh Park store)", "Riyadh", "2023-04", "present",
              "Apr 2023 – Current", "affecting", None, [
                  "Window and mannequin changes every 2 weeks as per HQ guidelines, before store opening",
                  "Planograms, floor moves and photo reports to the regional VM"]),
            E("Sales Associate", "Layali Fashion Trading Co.", "Riyadh", "2020-02", "2023-03", "Feb 2020 – Mar 2023",
              "facing", "in_person_service", [
                  "Assisting ladies' section customers with sizes and styling, fitting-room control",
                  "Sale and Eid season floor sales, returns at cash desk"]),
            E("Stock Controller (part-time)", "Layali Fashion Trading Co.", "Riyadh", "2021-06", "2022-05",
              "Jun 2021 – May 2022", "affecting", None, [
                  "Receiving deliveries and transfers in SAP, cycle counts in the stockroom"]),
            E("Cashier", "Thamel Trends Boutique", "Kathmandu", "2017-05", "2019-10", "May 2017 – Oct 2019",
              "facing", "in_person_service", ["Cash and card billing, tourist customers' VAT refund forms"]),
        ]),
        ("h", "Education"),
        ("p", "Bachelor of Business Studies (BBS), Tribhuvan University (2019)"),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above details are true."),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    file="w025.txt", family="Indian hotel front-office manager (Jaipur to UAE), underlined text headings, employer with roles beneath, year-only ranges",
    lay="txt, under/orgfirst, 'From yyyy to yyyy' and Mon yyyy / 'to date'", r="txt", style="orgfirst", txthead="under",
    bullet="o", sep=" : ",
    name="Vikram Singh Rathore", contact=["Al Barsha, Dubai  |  +971 50 773 2281  |  vikram.rathore@mailbox.in"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Front office professional with 14 years in India and the UAE, looking for a Front Office Manager or Rooms "
              "Division Manager role."),
        ("h", "Professional Experience"),
        ("E", [
            E("Front Office Manager", "Al Barsha Heights Hotel Apartments", "Dubai", "2020-10", "present",
              "Oct 2020 to date", "facing", "in_person_service", [
                  "Heading front desk, concierge and reservations teams (22 staff)",
                  "Handling long-stay corporate guests, VIP arrivals and guest complaints personally",
                  "Revenue meetings, OTA parity and upselling incentive programme"]),
            E("Duty Manager", "Al Barsha Heights Hotel Apartments", "Dubai", "2019-01", "2020-09",
              "Jan 2019 to Sep 2020", "facing", "in_person_service", [
                  "Manager on duty in evenings: walk-ins, overbooking and walk-out of guests, emergency handling"]),
            E("Front Office Supervisor", "Rajputana Haveli Resort", "Jaipur", "2016-01", "2018-12", "From 2016 to 2018",
              "facing", "in_person_service", [
                  "Check-in of foreign tour groups, arranging city tours and heritage walks"], prec="year"),
            E("Night Auditor", "Rajputana Haveli Resort", "Jaipur", "2013-01", "2015-12", "From 2013 to 2015",
              "facing", "in_person_service", [
                  "Night audit, rate checks and day closing in IDS",
                  "Single on front desk after 11 pm: late arrivals, guest bill queries and wake-up calls"], prec="year"),
            E("Bell Boy", "Hotel Pink City Residency", "Jaipur", "2011-01", "2012-12", "From 2011 to 2012",
              "facing", "in_person_service", [], prec="year"),
        ]),
        ("h", "Education"),
        ("ul", ["BHMCT – Rajasthan University (2010)"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "05-10-1988"), ("Marital Status", "Married"), ("Driving Licence", "UAE, India")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above information is correct to the best of my knowledge.   Vikram Singh Rathore"),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    file="w026.docx", family="Pakistani telecom technician and store officer (Karachi to Dubai), Word table per job",
    lay="docx, table/title_org, mm/yyyy / 'Present'", r="docx", page="table", style="title_org",
    name="Syed Kamran Ali Zaidi", contact=["Al Qusais 2, Dubai | +971 56 270 1184 | kamran.zaidi@mailbox.pk"],
    blocks=[
        ("h", "Profile"),
        ("p", "Telecom technician with hands-on FTTH installation and network monitoring experience, plus customer service "
              "in a franchise store."),
        ("h", "Work Experience"),
        ("E", [
            E("FTTH Field Technician", "Desert Link Technical Services LLC", "Dubai", "2021-08", "present",
              "08/2021 – Present", "facing", "other_facing", [
                  "Installing fibre connections, routers and TV boxes in customers' villas and apartments",
                  "Explaining Wi-Fi set-up and app to customers before job closure; 5–6 jobs daily",
                  "Fault repair visits and customer signature on job card"]),
            E("NOC Engineer (L1)", "Indus Wave Networks (Pvt) Ltd.", "Karachi", "2018-05", "2021-06",
              "05/2018 – 06/2021", "none", None, [
                  "24/7 monitoring of BTS sites and transmission alarms on NetAct",
                  "Logging trouble tickets and dispatching field teams for site outages"]),
            E("Customer Service Officer", "Indus Wave Franchise – Gulshan-e-Iqbal", "Karachi", "2016-09", "2018-04",
              "09/2016 – 04/2018", "facing", "in_person_service", [
                  "Broadband connection requests, bill payments and complaint registration at the counter"]),
        ]),
        ("h", "Education"),
        ("ul", ["B.E. (Telecommunication) – 2016", "CCNA (2019)"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "14/08/1993"), ("Nationality", "Pakistani"), ("UAE Driving Licence", "Yes (manual)")]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    file="w027.pdf", family="Bangladeshi hospital front-desk CV (Chattogram), fpdf2 left header with shaded headings, datefirst blocks",
    lay="fpdf2, left/datefirst, Month, yyyy / 'Continuing'", r="fpdf", page="left", style="datefirst", shade=True, bullet="■",
    name="Tahmina Akter", contact=["House 17, Road 3, Nasirabad Housing, Chattogram", "Cell: +880 1819-552 307, E-mail: tahmina.akter@mailbox.com.bd"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "To work in a reputed hospital as Customer Service Officer where I can serve patients and develop my skills."),
        ("h", "Employment History"),
        ("E", [
            E("Customer Care Executive (Patient Help Desk)", "Karnaphuli General Hospital Ltd.", "Chattogram", "2022-03",
              "present", "March, 2022 – Continuing", "facing", "healthcare_care", [
                  "Guiding patients and attendants to departments, doctor schedules and serial",
                  "Receiving complaints and arranging wheelchair / porter support",
                  "Calling patients to confirm next-day appointments"]),
            E("Billing Executive", "Karnaphuli General Hospital Ltd.", "Chattogram", "2019-11", "2022-02",
              "November, 2019 – February, 2022", "affecting", None, [
                  "Preparing in-patient final bills from ward charge sheets and pharmacy issues",
                  "Corporate and insurance claim files, monthly outstanding report"]),
            E("Front Desk Officer", "Lifeline Diagnostic Centre", "Chattogram", "2017-08", "2019-10",
              "August, 2017 – October, 2019", "facing", "in_person_service", [
                  "Taking test orders, money receipts and delivering reports to patients"]),
        ]),
        ("h", "Academic Qualification"),
        ("ul", ["B.B.A. (Hons.) in Accounting, National University – 2017", "H.S.C. (Business Studies), Chattogram Board – 2012"]),
        ("h", "Computer Skill"),
        ("p", "MS Word, Excel, hospital HMS software, Bangla typing (Bijoy)"),
        ("h", "Personal Information"),
        ("kv", [("Father's Name", "Md. Abul Kashem"), ("Mother's Name", "Hasina Begum"), ("Date of Birth", "10 June 1994"),
                ("Nationality", "Bangladeshi (by birth)"), ("Religion", "Islam"), ("Permanent Address", "Vill: Gohira, P.O: Raozan, Chattogram")]),
        ("h", "Declaration"),
        ("p", "I do hereby declare that all information provided above is true and correct."),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    file="w028.html", family="Indian airline reservations and lounge CV (Kolkata to Doha), HTML, dates on their own line",
    lay="html, plain/dateline, Mon yyyy / 'Present'", r="html", style="dateline",
    name="Debolina Mukherjee", contact=["Doha, Qatar  ·  +974 3011 7725  ·  debolina.m@mailbox.in"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Seeking the role of Lounge Supervisor or Airport Services Agent with a leading carrier."),
        ("h", "Professional Experience"),
        ("E", [
            E("Lounge Attendant", "Al Mourjan Hospitality Services", "Hamad International Airport, Doha", "2022-09", "present",
              "Sep 2022 – Present", "facing", "in_person_service", [
                  "Welcoming premium passengers, checking boarding passes and lounge eligibility",
                  "Boarding announcements and escorting passengers to gates when flights are called"]),
            E("Check-in Agent (Contract)", "Bengal Airport Handling Services", "Kolkata", "2020-11", "2022-06",
              "Nov 2020 – Jun 2022", "facing", "in_person_service", [
                  "Passenger check-in and baggage tagging; Covid document checks for international flights"]),
            E("Reservation Officer", "Eastern Skies Travel Call Centre", "Kolkata", "2018-04", "2020-10",
              "Apr 2018 – Oct 2020", "facing", "contact_center", [
                  "Phone bookings and fare quotes; refunds during 2020 flight cancellations",
                  "Email queue of date changes and name corrections"]),
            E("Cabin Crew Trainee", "Skyward Aviation Academy", "Kolkata", "2017-09", "2018-02", "Sep 2017 – Feb 2018",
              "none", None, ["Grooming, safety and service training in mock-up cabin"], sec="other", et="internship"),
        ]),
        ("h", "Education"),
        ("ul", ["B.A. (English Hons.), University of Calcutta – 2017"]),
        ("h", "Personal Details"),
        ("kv", [("DOB", "11-03-1996"), ("Languages", "Bengali, Hindi, English"), ("Passport", "Valid till 2031")]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    file="w029.docx", family="Indian ex-serviceman security and facilities manager (Punjab to UAE), name in Word header, long career",
    lay="docx, header/title_org, Month yyyy / 'Present'", r="docx", page="header", style="title_org",
    name="Capt. (Retd.) Harpreet Singh Gill", contact=["Jumeirah Village Circle, Dubai  |  +971 50 448 2917  |  harpreet.gill@mailbox.ae"],
    blocks=[
        ("h", "Profile"),
        ("p", "Former Indian Army officer with 12 years of commissioned service and 10 years in security and facilities "
              "management in the UAE. Handles multi-site contracts, client relationships and compliance with SIRA and Civil Defence."),
        ("h", "Professional Experience"),
        ("E", [
            E("Facilities Manager", "Emirates Integral FM Services LLC", "Dubai", "2020-06", "present", "June 2020 – Present",
              "facing", "sales_account", [
                  "Account manager for 3 client sites (mixed-use tower, school campus, clinic); monthly KPI meetings with clients",
                  "Responsible for soft and hard services, 140 staff and subcontractors; contract renewals",
                  "Budget, audits and Civil Defence compliance"]),
            E("Security Manager", "Emirates Integral FM Services LLC", "Dubai", "2016-09", "2020-05",
              "September 2016 – May 2020", "none", None, [
                  "Security plans and risk assessment for 9 sites; deployment of 220 guards",
                  "Investigations, SIRA licensing of staff and training schedules"]),
            E("Assistant Security Officer", "Gulf Horizon Properties", "Abu Dhabi", "2014-11", "2016-08",
              "November 2014 – August 2016", "none", None, ["Access control system and CCTV upgrade project for 4 residential towers"]),
            E("Officer (Captain)", "Indian Army", "Various stations", "2002-06", "2014-06", "June 2002 – June 2014",
              "none", None, ["Company commander, logistics and training of troops; counter-insurgency tenure"], et="military"),
        ]),
        ("h", "Education"),
        ("ul", ["B.Sc – Punjab University (2001)", "Certificate in Facilities Management – 2017", "NEBOSH IGC – 2018"]),
        ("h", "Personal Details"),
        ("kv", [("Date of Birth", "09 May 1980"), ("Nationality", "Indian"), ("Driving Licence", "UAE")]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    file="w030.md", family="Indian café and QSR CV (Bengaluru to Dubai), Markdown h3 entries, 'Jan 2019 to Aug 2020' ranges",
    lay="md, h3/dash, Mon yyyy / 'Present'", r="md", style="dash", bullet="-",
    name="Nikhil Gowda", contact=["Jumeirah Lake Towers, Dubai", "+971 55 902 3317 | nikhil.gowda@mailbox.in"],
    blocks=[
        ("h", "Objective"),
        ("p", "Friendly barista with QSR and kitchen background, looking for a Shift Supervisor role in a specialty coffee chain."),
        ("h", "Experience"),
        ("E", [
            E("Barista", "Brew Lane Coffee Roasters", "JLT, Dubai", "2023-03", "present", "Mar 2023 to Present",
              "facing", "in_person_service", [
                  "Espresso bar and pour-over service for 300+ customers on weekday mornings",
                  "Taking orders at POS, explaining beans and brew methods to regulars",
                  "Opening checklist, milk stock and closing cash"]),
            E("Crew Member", "Burger Street QSR", "Koramangala, Bengaluru", "2020-09", "2023-01", "Sep 2020 to Jan 2023",
              "facing", "in_person_service", [
                  "Counter and drive-thru orders; Swiggy/Zomato order handover to riders",
                  "Grill and fry station during rush hours"]),
            E("Commis III", "Mysore Mansion Hotel", "Mysuru", "2019-01", "2020-08", "Jan 2019 to Aug 2020",
              "affecting", None, ["Continental kitchen prep and breakfast egg station mise-en-place in the main kitchen"]),
            E("Industrial Trainee", "Mysore Mansion Hotel", "Mysuru", "2018-06", "2018-11", "Jun 2018 to Nov 2018",
              "affecting", None, ["17-week training in kitchen, stewarding and housekeeping"], et="internship"),
        ]),
        ("h", "Education"),
        ("ul", ["Diploma in Hotel Management & Catering – 2018"]),
        ("h", "Personal"),
        ("kv", [("Visa", "Employment"), ("Languages", "Kannada, English, Hindi, Tamil")]),
    ]))
