"""wild58 résumés w001–w015 (healthcare desks, insurance, pharmacy, dental, optical, vet)."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

R.append(dict(
    file="w001.pdf", family="UK senior medical receptionist, Word-to-PDF single column, title line with right-aligned dates",
    renderer="rl", variant="plain", order="title_org", dstyle="month", present="Present",
    name="Bethany Caulfield",
    contact=["14 Orchard Rise, Brackenford BF4 2LT", "07700 914 352", "beth.caulfield@mailbox.co.uk"],
    blocks=[
        ("text", "Profile", ["Experienced GP receptionist who is calm on the 8am phones and knows her way around SystmOne, "
                             "Docman and AccuRx. Looking for a reception team leader or patient services post."]),
        ("jobs", "Employment History", [
            E("Senior Medical Receptionist", "Holloway Lane Surgery", "Brackenford", "2022-09", "present", [
                "First point of contact for a list of 11,400 patients at the front desk and on the 8am phone queue",
                "Signpost requests to the duty doctor, clinical pharmacist or care navigator using the practice protocol",
                "Train new receptionists on appointment books, online registrations and prescription requests",
                "Deal with upset patients at the desk before things turn into formal complaints"], F, "in_person_service"),
            E("Medical Receptionist", "Holloway Lane Surgery", "Brackenford", "2020-03", "2022-08", [
                "Booked appointments, registered new patients and checked ID for online access",
                "Scanned and workflowed incoming hospital letters"], F, "in_person_service"),
            E("Prescription Clerk", "Ashdown Medical Centre", "Kelbury", "2018-11", "2020-02", [
                "Processed repeat prescription requests arriving from the NHS App and from local pharmacies",
                "Checked each request against the medication review date and passed queries to the GP",
                "Kept the controlled-drug request log"], A),
            E("Sales Assistant (part-time)", "Gilder's Bakery", "Kelbury", "2016-06", "2018-10", [
                "Served customers at a busy high-street counter, cash and card",
                "Opened the shop at 6.30am on Saturdays and did the cash-up on weekdays"], F, "in_person_service"),
        ]),
        ("text", "Education & Training", ["NVQ Level 3 Business Administration – Kelbury College, 2018",
                                          "Care Navigation training (Wessex Primary Care Training Hub), 2023",
                                          "9 GCSEs including English and Maths"]),
        ("text", "Skills", ["SystmOne, EMIS Web, Docman, AccuRx, Microsoft Office. Full driving licence."]),
    ]))

R.append(dict(
    file="w002.docx", family="US medical billing and coding specialist, Word heading styles, list bullets, right tab-stop dates",
    renderer="docx", variant="styles", order="title_org", dstyle="mm/yyyy", present="Present", sep=" - ",
    name="Rosalind Dempsey, CPC",
    contact=["Harlow Springs, MO 65721", "(417) 555-0186", "roz.dempsey@mailbox.com"],
    blocks=[
        ("text", "Summary", ["Certified Professional Coder with eight years on the revenue side of physician practices: "
                             "coding, charge entry, denials and patient balances."]),
        ("jobs", "Professional Experience", [
            E("Medical Billing & Coding Specialist", "Cedar Run Orthopedic Associates", "Harlow Springs, MO", "2021-05", "present", [
                "Code office visits, injections and minor procedures (CPT, ICD-10-CM, modifiers 25/59) for nine providers",
                "Work denials and resubmit corrected claims; clean-claim rate 96% in 2025",
                "Take patient calls about statements, explain EOBs line by line and set up payment plans"], F, "contact_center"),
            E("Billing Specialist", "Prairie Gate Pediatrics", "Harlow Springs, MO", "2018-08", "2021-04", [
                "Posted ERA and paper payments and reconciled the daily deposit",
                "Followed up aged AR over 90 days with Medicaid managed-care plans",
                "Prepared month-end AR reports for the practice administrator"], A),
            E("Patient Account Representative", "Halvorsen Revenue Partners", "Remote", "2017-10", "2018-07", [
                "Inbound calls from hospital patients about balances, insurance and financial assistance applications",
                "Averaged 55 calls a day with a 92% quality score"], F, "contact_center"),
            E("Pharmacy Cashier", "Dunmore Drug", "Belton, MO", "2015-06", "2017-09", [], F, "in_person_service"),
        ]),
        ("text", "Certifications & Education", [
            "* CPC, AAPC (2018)", "* Certificate, Medical Billing and Coding – Ozark Ridge Community College (2017)"]),
        ("text", "Software", ["athenaOne, eClinicalWorks, Availity, Trizetto, Excel (pivot tables, VLOOKUP)"]),
    ]))

R.append(dict(
    file="w003.txt", family="Indian pharmacy assistant, job-portal style text, dateline entries, 'Mon-YY to till date'",
    renderer="txt", variant="portal", order="dateline", dstyle="mon-yy", present="till date", sep=" to ", bullet="*",
    name="MOHAMMED IRFAN SHAIKH",
    contact=["Mobile: +91 98220 41763", "Email: irfan.shaikh92@mailbox.in",
             "Address: Flat 4, Noor Manzil, Station Road, Aurangpur - 431002"],
    blocks=[
        ("text", "Career Objective", ["To work in a reputed pharmacy or hospital where I can use my knowledge of medicines "
                                      "and serve patients with dedication."]),
        ("jobs", "Work Experience", [
            E("Pharmacy Assistant", "Sanjeevani Medicals (Retail Chain)", "Aurangpur", "2022-07", "present", [
                "Dispensing of prescriptions as per Doctor advise and explaining dosage and timing to patients",
                "Maintaining stock register, expiry checking and Schedule H1 register",
                "Billing on Marg ERP and handling home delivery orders on phone"], F, "healthcare_care"),
            E("Store Assistant - Warehouse", "Medlink Pharma Distributors Pvt. Ltd.", "Aurangpur", "2019-06", "2022-06", [
                "Picking and packing of orders for 140+ retail chemists",
                "GRN entry, batch wise stock arrangement and cold chain items handling"], A),
            E("Trainee (D.Pharm Practical Training)", "District Hospital Pharmacy", "Nandgaon", "2019-01", "2019-03", [
                "Issued medicines to OPD patients at the dispensing window under supervision of Pharmacist",
                "Prepared indent for indoor wards"], F, "healthcare_care", etype="internship"),
        ]),
        ("text", "Educational Qualification", [
            "D.Pharm - Govt. College of Pharmacy, Aurangpur (MSBTE) - 2019 - 71.4%",
            "H.S.C. (Science) - Maharashtra Board - 2016 - 62%", "S.S.C. - Maharashtra Board - 2014 - 78%"]),
        ("text", "Personal Details", ["Date of Birth : 11/03/1998", "Languages Known : English, Hindi, Marathi, Urdu",
                                      "Marital Status : Unmarried"]),
        ("text", "Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                                 "", "Place: Aurangpur                                    (MOHAMMED IRFAN SHAIKH)"]),
    ]))

R.append(dict(
    file="w004.pdf", family="Australian dental nurse, fpdf2 centred header, title line with right dates, employer below",
    renderer="fpdf", variant="centred", order="title_org", dstyle="mon", present="Current",
    name="Kirra Mitchell-Hale",
    contact=["Wynnum Heads QLD 4178", "0412 558 903", "kirra.mh@mailbox.com.au"],
    blocks=[
        ("text", "About me", ["Qualified dental assistant (Cert III) with five years chairside, happy on reception too. "
                              "Current Blue Card, Hep B vaccinated, first aid and CPR."]),
        ("jobs", "Work History", [
            E("Dental Nurse / Receptionist", "Tallowood Family Dental", "Wynnum Heads QLD", "2023-02", "present", [
                "Chairside assisting for two general dentists – fillings, extractions, crown preps and whitening",
                "Reprocessing instruments to AS/NZS 4815 and keeping the steri logs",
                "Front desk on Fridays: bookings, HICAPS claims, recalls and treatment plan quotes"], F, "healthcare_care"),
            E("Dental Assistant (Trainee)", "Bright Smile Dental Studio", "Carbrook QLD", "2021-01", "2023-01", [
                "Completed my Cert III in Dental Assisting on the job",
                "Set up and broke down surgeries, took and processed x-rays",
                "Kept nervous kids (and parents) calm during fillings"], F, "healthcare_care", etype="internship"),
            E("Sterilisation Assistant", "Carbrook Day Surgery", "Carbrook QLD", "2020-03", "2020-12", [
                "Decontaminated, packed and tracked surgical instrument sets",
                "Loaded and validated autoclave cycles for three theatres"], A),
            E("Checkout Operator", "Foodway", "Carbrook QLD", "2017-11", "2020-02", [
                "Casual shifts through Year 11, Year 12 and after school"], F, "in_person_service"),
        ]),
        ("text", "Qualifications", ["HLT35021 Certificate III in Dental Assisting – 2022",
                                    "HLTAID011 Provide First Aid – renewed 2025"]),
        ("text", "Referees", ["Available on request"]),
    ]))

R.append(dict(
    file="w005.html", family="Canadian bilingual health-benefits member services rep, HTML page, month names with 'to present'",
    renderer="html", variant="simple", order="title_org", dstyle="month", present="present", sep=" to ",
    name="Marie-Ève Thériault",
    contact=["Port Ardoise, NB", "506-555-0147", "me.theriault@mailbox.ca", "English / Français"],
    blocks=[
        ("jobs", "Work Experience", [
            E("Bilingual Member Services Representative", "Northbridge Benefit Life", "Port Ardoise, NB", "2022-01", "present", [
                "Answer calls in English and French from plan members about dental, drug and paramedical coverage",
                "Walk members through online claim submission and direct deposit set-up",
                "Escalate coordination-of-benefits problems to the adjudication team and call members back"], F, "contact_center"),
            E("Claims Adjudicator – Drug & Dental", "Northbridge Benefit Life", "Port Ardoise, NB", "2020-04", "2021-12", [
                "Adjudicated paper claims against plan rules and the provincial dental fee guide",
                "Flagged duplicate and suspicious claims for the audit unit",
                "Averaged 140 claims a day at 99.1% accuracy"], A),
            E("Pharmacy Assistant", "Pharmacie Leblanc", "Port Ardoise, NB", "2017-09", "2020-03", [
                "Served customers at the front-store and pharmacy counters",
                "Entered new prescriptions and insurance information; sorted out rejected claims with insurers by phone"],
              F, "in_person_service"),
            E("Camp Counsellor", "Camp Lac-Vert", "Saint-Aubin, NB", "2016-06", "2016-08", [
                "Led a cabin of ten campers aged 9–11, canoe and swim instruction"], F, "education", dtext="Summer 2016"),
        ]),
        ("jobs", "Volunteer", [
            E("Information Desk Volunteer", "Port Ardoise Regional Hospital", "Port Ardoise, NB", "2019-09", "2020-03", [
                "Directed visitors and patients, pushed wheelchairs to clinics, Tuesday evenings"], F, "volunteering",
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["Diploma, Office Administration – Medical, CCNB Port Ardoise, 2017"]),
    ]))

R.append(dict(
    file="w006.docx", family="South African medical-scheme claims assessor, Word borderless table per job, month dates",
    renderer="docx", variant="table", order="title_org", dstyle="month", present="Present", font="Arial",
    name="Nomvula Khumalo",
    contact=["Centurion, Gauteng", "072 418 5530", "nomvula.khumalo@mailbox.co.za", "ID and driver's licence (Code 8)"],
    blocks=[
        ("text", "Personal Profile", ["I am a hardworking and detail-orientated claims assessor with a strong understanding of "
                                      "PMB legislation, ICD-10 and NHRPL tariff codes."]),
        ("jobs", "Career History", [
            E("Claims Assessor", "Umoya Medical Scheme Administrators", "Centurion", "2021-03", "present", [
                "Assessing in-hospital claims against scheme rules, PMB legislation and tariff codes",
                "Authorising or rejecting line items and recording the reason that prints on the provider statement",
                "Monthly audit score above 97% for 18 months"], A),
            E("Claims Capturer", "Umoya Medical Scheme Administrators", "Centurion", "2019-02", "2021-02", [
                "Capturing paper and EDI claims on Nexus", "Scanning and indexing supporting documents"], A),
            E("Call Centre Agent – Provider Line", "Lesedi Health Contact Centre", "Pretoria", "2017-05", "2019-01", [
                "Inbound calls from doctors' rooms and pharmacies checking member benefits and claim status",
                "Logging pre-authorisation requests and giving reference numbers"], F, "contact_center"),
            E("Learner: Business Administration NQF 4", "Tshwane District Health Office", "Pretoria", "2016-02", "2017-01", [
                "Filing, photocopying and updating the asset register",
                "Typed the minutes of monthly district management meetings"], N, etype="internship"),
        ]),
        ("text", "Education", ["Matric – Hoërskool Rietvlei, 2014",
                               "Higher Certificate in Health Care Administration (UNISA), 2020"]),
        ("text", "References", ["Mr T. Mokoena, Claims Team Leader, Umoya – 012 555 0199",
                                "Ms L. Botha, Operations Manager, Lesedi – 012 555 0142"]),
    ]))

R.append(dict(
    file="w007.md", family="Irish ward clerk, Markdown h3 titles with employer line and italic dates, undated charity-shop volunteering",
    renderer="md", variant="h3", order="title_org", dstyle="mon", present="Present", sep=" – ",
    name="Aoife Brennan-Walsh",
    contact=["Castlemoyne, Co. Tipperary", "087 214 6630", "aoife.bw@mailbox.ie"],
    blocks=[
        ("jobs", "Experience", [
            E("Ward Clerk", "St Fintan's University Hospital", "Castlemoyne", "2021-10", "present", [
                "Admit, transfer and discharge patients on iPMS and keep the bed board up to date for the CNM",
                "Meet patients and visitors arriving on St Brigid's (surgical) and answer the ward phone to families",
                "Order stationery, chase charts from Medical Records and book porters"], F, "in_person_service"),
            E("Clerical Officer (Grade III), Outpatient Appointments", "St Fintan's University Hospital", "Castlemoyne",
              "2019-05", "2021-09", [
                "Built clinic templates and booked GP referrals into orthopaedic and ENT clinics",
                "Validated waiting lists for the NTPF returns",
                "Sent appointment letters and text reminders in batches"], A),
            E("Healthcare Assistant (agency)", "Carewell Nursing Agency", "Castlemoyne", "2018-01", "2019-04", [
                "Personal care, feeding and mobility for residents across four nursing homes",
                "Completed care notes and fluid charts"], F, "healthcare_care"),
            E("Bar Staff", "The Anchor Bar", "Kilnamona", "2014", "2017", [], F, "in_person_service", prec="year"),
        ]),
        ("jobs", "Volunteering", [
            E("Shop Volunteer", "Castlemoyne Hospice Charity Shop", None, None, None, [
                "Saturday mornings on the till and sorting donations"], F, "volunteering", section="volunteer",
              etype="volunteer"),
        ]),
        ("text", "Education", ["QQI Level 5 Healthcare Support – Castlemoyne College of Further Education (2018)",
                               "QQI Level 5 Medical Secretaries – evening course (2020)", "Leaving Certificate (2014)"]),
    ]))

R.append(dict(
    file="w008.pdf", family="US veterinary client service rep, reportlab shaded left sidebar, pipe title/employer/town with right dates",
    renderer="rl", variant="sidebar", order="pipe", dstyle="mon", present="Present", paper="letter", bullet="–",
    name="Dakota Reyes",
    contact=["Sandhaven, TX", "(361) 555-0123", "dakota.reyes@mailbox.com"],
    sidebar=[("Skills", ["AVImark & Cornerstone", "Bilingual English/Spanish", "Fear Free Certified (2024)",
                          "Low-stress handling"]),
             ("Education", ["Sandhaven High School, 2019", "Vet Assistant certificate, Coastal Bend College (online), 2021"])],
    blocks=[
        ("jobs", "Experience", [
            E("Client Service Representative", "Willow Creek Animal Hospital", "Sandhaven, TX", "2023-06", "present", [
                "Check in patients and their people, update histories and get weights",
                "Cover the overflow of the after-hours line and triage calls with the doctors' decision tree",
                "Go over treatment estimates and take payments, CareCredit and Scratchpay applications"],
              F, "in_person_service"),
            E("Kennel Attendant", "Willow Creek Animal Hospital", "Sandhaven, TX", "2022-08", "2023-05", [
                "Fed, walked and medicated boarders and hospitalized patients from the treatment sheets",
                "Cleaned runs, did laundry and restocked exam rooms"], A),
            E("Veterinary Assistant", "Paws & Claws Mobile Vet", "Sandhaven, TX", "2021-05", "2022-07", [
                "Restrained pets for exams and vaccines in clients' driveways and living rooms",
                "Explained aftercare and flea/tick schedules to owners"], F, "healthcare_care"),
            E("Crew Member", "Big Tex Burger", "Sandhaven, TX", "2019-03", "2021-04", [
                "Drive-thru window and carhop, closing shifts"], F, "in_person_service"),
        ]),
    ]))

R.append(dict(
    file="w009.docx", family="UK GP practice manager, Word tab-stop dates, employer line first then job title, long career",
    renderer="docx", variant="tabs", order="org_title", dstyle="mon", present="present", ojoin=", ", date_italic=True,
    name="Helen Marsh-Tibbs",
    contact=["Hollinsford, West Yorkshire", "07811 406 229", "helen.marshtibbs@mailbox.co.uk"],
    blocks=[
        ("text", "Personal Statement", ["Practice manager with twenty years in primary and secondary care administration. "
                                        "I like a practice that runs on time, where patients are listened to and staff stay."]),
        ("jobs", "Career History", [
            E("Practice Manager", "Fernlea Medical Group", "Hollinsford", "2019-01", "present", [
                "Lead a team of 26 across three sites: reception, secretaries, nursing and ARRS staff",
                "Own the practice budget, QOF and enhanced services claims and PCN returns",
                "Handle written and verbal patient complaints myself and meet complainants face to face",
                "Led the 2023 CQC inspection (rated Good in all domains)"], F, "in_person_service"),
            E("Assistant Practice Manager", "Fernlea Medical Group", "Hollinsford", "2015-06", "2018-12", [
                "Rotas, payroll inputs and annual leave for 18 staff",
                "Cleared the notes-summarising backlog and managed the Docman workflow",
                "Produced monthly access and DNA reports for the partners' meeting"], N),
            E("Reception Supervisor", "Brookhaven Surgery", "Hollinsford", "2011-03", "2015-05", [
                "Supervised seven receptionists and covered the front desk at peak times",
                "Introduced a telephone call-back system that took the pressure off the 8am queue"], F, "in_person_service"),
            E("Medical Secretary, ENT", "Hollinsford General Hospital", "Hollinsford", "2006-09", "2011-02", [
                "Audio-typed clinic letters and operation notes for two consultants",
                "Managed the consultants' diaries and theatre lists"], A),
            E("Administrator", "Tibbs & Lowe Solicitors", "Hollinsford", "2003", "2006", [
                "Typing, filing, post and archiving of closed files"], N, prec="year"),
        ]),
        ("text", "Qualifications", ["AMSPAR Diploma in Primary Care Management (2017)",
                                    "ILM Level 3 Leadership and Management (2013)", "AMSPAR Medical Secretaries Diploma (2006)"]),
    ]))

R.append(dict(
    file="w010.txt", family="Philippine medical coder (BPO, non-voice), text in capitals, title line with dates after a comma",
    renderer="txt", variant="caps", order="inline", dstyle="month", present="Present", sep=" - ", bullet="•",
    name="Jerome B. Villanueva, RN, CPC",
    contact=["Blk 9 Lot 14 Sampaguita St., Brgy. San Roque, Pasig City", "+63 917 555 0462",
             "jerome.villanueva@mailbox.ph"],
    blocks=[
        ("text", "Objective", ["Registered nurse turned certified medical coder seeking a Coding QA or Team Lead role."]),
        ("jobs", "Work Experience", [
            E("Medical Coder II (ED/Outpatient)", "Meridian Healthcare Solutions Inc.", "Pasig City", "2022-08", "present", [
                "Assign ICD-10-CM and CPT codes to emergency and outpatient charts for US hospital clients",
                "Maintain 95%+ accuracy on client audits at 22 charts/hour",
                "Coach new coders during their production ramp-up"], A),
            E("Medical Coder I", "Meridian Healthcare Solutions Inc.", "Pasig City", "2021-02", "2022-07", [
                "Coded radiology and laboratory charts", "Passed the CPC exam on first take"], A),
            E("Customer Service Representative - Healthcare Account", "Vantage Point BPO Services", "Quezon City",
              "2018-09", "2021-01", [
                "Took inbound calls from US health plan members about eligibility, claims status and ID cards",
                "HIPAA verification on every call; AHT 6:40, CSAT 91%"], F, "contact_center"),
            E("Staff Nurse", "St. Raphael Medical Center", "Lipa City", "2017-05", "2018-08", [
                "Handled 8-10 patients per shift in the medical ward",
                "Medication administration and health teaching to patients and their watchers"], F, "healthcare_care"),
        ]),
        ("text", "Education", ["Bachelor of Science in Nursing - Lipa Valley Colleges, 2016",
                               "Philippine Nurse Licensure Examination passer, November 2016"]),
        ("text", "Skills", ["3M Encoder, Epic (coding view), Optum EncoderPro, MS Excel, typing 55 wpm"]),
        ("text", "Character References", ["Available upon request."]),
    ]))

R.append(dict(
    file="w011.pdf", family="New Zealand optical assistant, fpdf2 left header, 'Title – Employer, Town' with right dates, summer season",
    renderer="fpdf", variant="left", order="dash", dstyle="mon", present="Current", bullet="›",
    name="Sophie Whitcombe",
    contact=["Tauhara, Waikato", "021 884 3107", "sophie.whitcombe@mailbox.co.nz"],
    blocks=[
        ("text", "Profile", ["Optical assistant working towards the Optical Dispensing diploma. Good with people, "
                             "fiddly hands, and not scared of a lensometer."]),
        ("jobs", "Experience", [
            E("Optical Assistant", "Clearview Eyecare", "Tauhara", "2022-04", "present", [
                "Pre-testing before the optometrist's exam: autorefraction, non-contact tonometry, retinal photos",
                "Frame styling, taking PDs and heights, and collections",
                "Adjustments and small repairs at the counter"], F, "healthcare_care"),
            E("Optical Lab Technician", "Kiwi Lens Works Ltd", "Tauhara", "2020-07", "2022-03", [
                "Edged and fitted lenses for 30+ practices around the central North Island",
                "Quality-checked finished jobs against the prescription before dispatch"], A),
            E("Receptionist (part-time)", "Tauhara Physio & Sports Clinic", "Tauhara", "2019-02", "2020-06", [
                "Greeted clients, booked appointments and lodged ACC claims"], F, "in_person_service"),
            E("Orchard Hand", "Bayhill Orchards", "Rangiwai", "2018-12", "2019-02", [
                "Thinning and picking in the summer season"], N, dtext="Summer 2018/19"),
        ]),
        ("text", "Education", ["NCEA Level 3, Tauhara Girls' High School (2018)",
                               "Diploma in Optical Dispensing (in progress, year 2 of 3)"]),
    ]))

R.append(dict(
    file="w012.docx", family="UK patient transport control supervisor, contact in the Word page header, numeric mm/yyyy dates, ex-Army",
    renderer="docx", variant="header", order="title_org", dstyle="mm/yyyy", present="Present", sep=" – ",
    name="Darren Kettleborough",
    contact=["Stowbridge, Shropshire", "07969 331 045", "d.kettleborough@mailbox.co.uk"],
    blocks=[
        ("text", "Profile", ["Patient transport control supervisor with eight years in PTS control and a background in "
                             "military logistics. I keep vehicles moving and patients informed."]),
        ("jobs", "Employment", [
            E("Patient Transport Control Supervisor", "Meridale Ambulance Service NHS Trust", "Stowbridge", "2022-02",
              "present", [
                "Run the PTS control room on shift: six controllers and 70+ vehicles on the road",
                "Plan next-day journeys for renal, oncology and discharge patients",
                "Take the escalation calls from patients and wards when transport is running late"], F, "contact_center"),
            E("PTS Controller", "Meridale Ambulance Service NHS Trust", "Stowbridge", "2018-06", "2022-01", [
                "Allocated and dispatched crews over the radio and on Cleric",
                "Re-planned runs around vehicle breakdowns and late discharges",
                "Worked with the discharge lounges to keep beds flowing"], A),
            E("Patient Transport Booking Clerk", "Stowbridge Community Transport", "Stowbridge", "2016-09", "2018-05", [
                "Took booking calls from patients and GP surgeries and checked eligibility",
                "Explained to first-time users what to expect on the day"], F, "contact_center"),
            E("Multi-drop Driver", "Speedlink Parcels", "Telbury", "2013-04", "2016-08", [
                "Up to 120 drops a day on rural routes", "Scanner, route planning and daily vehicle checks"], A),
            E("Driver, Royal Logistic Corps", "British Army", None, "2009-03", "2013-03", [
                "Drove 6 and 9 tonne trucks on exercise in the UK and on a Cyprus tour"], N, etype="military"),
        ]),
        ("text", "Training", ["Emergency Driving (Blue Light) Level 3", "IHCD Patient Transport Services certificate",
                              "Level 3 Award in Education and Training"]),
    ]))

R.append(dict(
    file="w013.html", family="US auto claims representative, HTML résumé with a dates column table, m/yyyy dates",
    renderer="html", variant="grid", order="title_org", dstyle="m/yyyy", present="Present", sep="–",
    name="Tamika J. Ellison",
    contact=["Abbotsford Heights, PA 15062", "412-555-0139", "tamika.ellison@mailbox.com", "PA Adjuster License #887421"],
    blocks=[
        ("text", "Summary", ["Claims professional with health and auto experience; licensed adjuster in PA, OH and WV."]),
        ("jobs", "Experience", [
            E("Claims Representative II – Auto Physical Damage", "Keystone Mutual Insurance", "Abbotsford Heights, PA",
              "2021-09", "present", [
                "Own a desk of about 140 open claims; first contact with insureds and claimants within 24 hours",
                "Explain coverage, deductibles and rental options on the phone, often on the worst day of someone's year",
                "Negotiate total-loss settlements and salvage retention"], F, "contact_center"),
            E("Medical Claims Examiner", "Allegheny Crest Health Plan", "Pittsburgh, PA", "2018-03", "2021-08", [
                "Adjudicated professional and facility claims in Facets",
                "Researched pended claims and applied pricing, COB and authorization rules"], A),
            E("Patient Registration Representative – Emergency Dept.", "Monongah Valley Hospital", "Monongah, PA",
              "2016-01", "2018-02", [
                "Registered ED patients at the bedside, scanned insurance cards and collected copays",
                "Permanent night shift"], F, "in_person_service"),
            E("Server", "Lucky Penny Diner", "Monongah, PA", "2013", "2015", [], F, "in_person_service", prec="year"),
        ]),
        ("jobs", "Volunteer Work", [
            E("Crisis Counselor (volunteer)", "Keystone Crisis Text Line", "Remote", "2020-02", "2021-06", [
                "Texted with people in crisis, four hours a week, after 30 hours of training"], F, "volunteering",
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education", ["A.A.S. Health Information Technology, Community College of Allegheny Valley, 2017"]),
    ]))

R.append(dict(
    file="w014.pdf", family="US patient access director, 2-page reportlab résumé with two-column header and page footer",
    renderer="rl", variant="twocol", order="title_org", dstyle="month", present="Present", paper="letter", footer=True, scale=1.3,
    name="Gregory P. Vanderhoek, CHAM", tagline="Patient Access | Revenue Cycle | Call Center Operations",
    contact=["Port Amherst, MI 49441", "(231) 555-0174", "gvanderhoek@mailbox.com", "linkedin.com/in/gvanderhoek"],
    blocks=[
        ("text", "Executive Summary", [
            "Revenue cycle leader with 20 years from billing clerk to director. Built a centralized scheduling and "
            "pre-registration center for a four-hospital system, raised point-of-service collections by a third and "
            "cut registration-related denials in half. Epic Cadence/Prelude/Resolute certified."]),
        ("jobs", "Professional Experience", [
            E("Director, Patient Access & Revenue Integrity", "Lakeshore Regional Health System", "Port Amherst, MI",
              "2020-07", "present", [
                "Lead 140 FTEs across scheduling, pre-registration, financial clearance, ED registration and the central call center",
                "Own point-of-service collections: $11.8M in FY25, up 31% on FY21",
                "Chair the revenue integrity committee (charge capture, CDM maintenance, late charges)",
                "Led the Epic Cadence and Prelude go-live across four hospitals in 2022"], A),
            E("Patient Access Manager", "Lakeshore Regional Health System", "Port Amherst, MI", "2014-04", "2020-06", [
                "Managed emergency and inpatient registration, 38 staff, 24/7",
                "Rounded in the ED waiting room daily and settled patient and family complaints at the desk",
                "Brought registration errors down from 9% to 2.5% with a QA scorecard"], F, "in_person_service"),
            E("Financial Counselor", "Bayview Community Hospital", "Lakeport, MI", "2010-02", "2014-03", [
                "Met uninsured and self-pay patients at the bedside to screen for Medicaid and charity care",
                "Set up payment arrangements and explained estimates before elective surgery"], F, "in_person_service"),
            E("Insurance Verification Specialist", "Bayview Community Hospital", "Lakeport, MI", "2007-06", "2010-01", [
                "Verified eligibility and benefits for scheduled surgeries and imaging",
                "Obtained precertifications from commercial payers"], A),
            E("Billing Clerk", "Great Lakes Anesthesia Group", "Lakeport, MI", "2005", "2007", [
                "Charge entry from anesthesia records and paper claim batches"], A, prec="year"),
        ]),
        ("jobs", "Board Service", [
            E("Board Treasurer (volunteer)", "Port Amherst Free Clinic", "Port Amherst, MI", "2016", "present", [
                "Budget, annual audit and grant reports for a clinic with 2,900 visits a year"], N, prec="year",
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Education & Certifications", [
            "B.S. Health Administration, Western Lakes University, 2009 (evenings)",
            "Certified Healthcare Access Manager (CHAM), NAHAM, 2016",
            "Epic Cadence, Prelude and Resolute HB certifications"]),
        ("text", "Selected Projects", [
            "Price transparency estimator launch (2021); self-scheduling for imaging (2023); "
            "registration QA scorecard adopted system-wide (2018)."]),
    ]))

R.append(dict(
    file="w015.md", family="UK sixth-form student dispensing assistant, Markdown bold title lines with employer, work experience week",
    renderer="md", variant="bold", order="title_org", dstyle="mon", present="Present", bullet="*",
    name="Zainab Hussain", tagline="Year 13 student, applying for the Pharmacy Technician apprenticeship",
    contact=["Edgecombe, Lancashire", "07452 118 930", "zainab.hussain07@mailbox.co.uk"],
    blocks=[
        ("jobs", "Experience", [
            E("Dispensing Assistant (Saturdays & holidays)", "Parkside Pharmacy", "Edgecombe", "2024-09", "present", [
                "Label, assemble and bag prescriptions ready for the pharmacist's final check",
                "Hand out prescriptions and do the 'check name, address, medicines' chat with patients",
                "Serve on the counter, mostly cold and hay-fever questions which I pass to the pharmacist when needed"],
              F, "healthcare_care"),
            E("Sales Assistant", "Poundsaver", "Edgecombe", "2023-06", "2024-08", [
                "Tills and filling shelves, 12 hours a week"], F, "in_person_service"),
            E("Ward Volunteer", "Edgecombe General Hospital", "Edgecombe", "2023-01", "2023-12", [
                "Made teas, chatted with patients on the elderly care ward and helped them fill in menu cards"],
              F, "volunteering", section="volunteer", etype="volunteer"),
            E("Work Experience", "Bramley Veterinary Centre", "Edgecombe", "2022-07", "2022-07", [
                "One week shadowing the vets and nurses, cleaning kennels and watching operations"], N,
              section="other", etype="internship", dtext="July 2022 (one week)"),
        ]),
        ("text", "Education", ["Edgecombe Sixth Form College – A levels in Chemistry, Biology, Psychology (predicted BBB)",
                               "Holmfield High School – 9 GCSEs (grades 9–5)"]),
        ("text", "Interests", ["Netball, baking, and I help run the junior section of my mosque's homework club."]),
    ]))
