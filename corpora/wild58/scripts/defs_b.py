"""wild58 résumés w016–w030."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

R.append(dict(
    file="w016.docx", family="Nigerian HMO customer care executive, Word heading styles, 'Month YYYY to Date', NYSC year",
    renderer="docx", variant="styles", order="title_org", dstyle="month", present="Date", sep=" to ", font="Cambria",
    name="Chiamaka Obiageli Nwosu",
    contact=["12 Adebayo Close, Ikota, Lekki, Lagos", "0803 555 2718", "chiamaka.nwosu@mailbox.com.ng"],
    blocks=[
        ("text", "Career Objective", ["To build a career in health insurance customer experience where my background in "
                                      "health records and enrollee care will add value to the organisation."]),
        ("jobs", "Work Experience", [
            E("Customer Care Executive", "Crestline Health Maintenance Organisation Ltd", "Lekki, Lagos", "2021-03", "present", [
                "Attend to enrollees' calls, e-mails and WhatsApp messages on hospital access, plan benefits and drug refills",
                "Issue authorisation codes to provider hospitals for referrals, scans and admissions",
                "Resolve complaints of refused or delayed care together with the Provider Relations unit"], F, "contact_center"),
            E("Medical Records Officer", "Oke-Ira General Hospital", "Ikorodu, Lagos", "2017-08", "2021-02", [
                "Registered new patients and issued hospital cards at the records counter",
                "Retrieved and returned case notes for GOPD and specialist clinics",
                "Coded discharged in-patient folders with ICD-10 for monthly returns"], F, "in_person_service"),
            E("NYSC Corps Member – Health Records Unit", "Comprehensive Health Centre", "Agbarha, Delta State", "2016-07",
              "2017-06", [
                "Compiled monthly immunisation and antenatal returns into DHIS2",
                "Filing and archiving of patient folders"], N, etype="internship"),
            E("Sales Attendant", "Divine Favour Pharmacy Store", "Enugu", "2012", "2014", [], F, "in_person_service", prec="year"),
        ]),
        ("text", "Education", ["HND Health Information Management – Federal Polytechnic, Oko-Ama (2016)",
                               "ND Health Information Management (2013)", "WAEC SSCE (2010)"]),
        ("text", "Skills", ["* MS Office and Google Workspace", "* Freshdesk and HMO claims portals",
                            "* Fluent in English, Igbo and Yoruba"]),
        ("text", "Referees", ["Available on request."]),
    ]))

R.append(dict(
    file="w017.txt", family="UK registered veterinary nurse, plain text with employer in capitals and roles beneath, padded dates",
    renderer="txt", variant="plain", order="orgfirst", dstyle="mon", present="present", sep=" - ", bullet="-",
    ojoin=", ", name="Philippa Garland RVN",
    contact=["Lytchbury, Worcestershire  |  07723 604 118  |  pip.garland@mailbox.co.uk"],
    blocks=[
        ("text", "About", ["RVN of seven years, happiest in theatre or running nurse clinics. Looking for a clinical "
                           "lead post closer to Worcester."]),
        ("jobs", "Work history", [
            E("Clinical Lead RVN", "OAKMERE VETERINARY GROUP", "Lytchbury", "2023-04", "present", [
                "Run a nurse team of nine and plan the theatre list",
                "Nurse clinics with owners: weight, dental checks, post-op checks and puppy parties",
                "Induction and anaesthetic monitoring for routine and emergency ops"], F, "healthcare_care"),
            E("Registered Veterinary Nurse", "OAKMERE VETERINARY GROUP", "Lytchbury", "2019-09", "2023-03", [
                "Inpatient care, theatre and in-house lab work",
                "Discharged patients to their owners and went through home care"], F, "healthcare_care"),
            E("Student Veterinary Nurse", "OAKMERE VETERINARY GROUP", "Lytchbury", "2016-09", "2019-08", [
                "Employed while studying for the Level 3 Diploma: kennels, theatre prep and dispensary"],
              A, etype="internship"),
            E("Claims Handler", "BRAMBLEGATE PET INSURANCE", "Lytchbury", "2015-03", "2016-08", [
                "Assessed vet invoices against policy wording and exclusions",
                "Chased practices by phone for missing clinical histories"], A),
            E("Kennel Assistant (Saturday job)", "HAPPY TAILS BOARDING KENNELS", "Fernhill", "2012", "2015", [],
              A, prec="year"),
        ]),
        ("text", "Qualifications", ["Level 3 Diploma in Veterinary Nursing (2019), RCVS registered",
                                    "A levels: Biology B, Chemistry C, English D"]),
    ]))

R.append(dict(
    file="w018.pdf", family="Australian medical secretary, 2-page fpdf2 résumé with page footer, dates line first, career break",
    renderer="fpdf", variant="twopage", scale=1.3, order="datesleft", dstyle="month", present="date", sep=" to ", bullet="•",
    name="Lorraine Pettigrew",
    contact=["Kingsgrove Heights NSW 2208", "Mobile 0419 226 801", "lorraine.pettigrew@mailbox.com.au"],
    blocks=[
        ("text", "Career Summary", [
            "Medical secretary with over twenty years in specialist rooms and private hospitals. I know Medicare, DVA and "
            "the health funds inside out, type fast and accurately (90 wpm), and I like patients to walk out knowing "
            "exactly what happens next. Returned to full-time work in 2015 after raising my family."]),
        ("jobs", "Employment History", [
            E("Medical Secretary", "Dr Anand Subramaniam & Associates (Gastroenterology)", "Kingsgrove Heights NSW",
              "2015-03", "present", [
                "Sole secretary for three gastroenterologists: referrals, procedure bookings and reminders",
                "Greet patients and explain bowel prep and fasting instructions before colonoscopy",
                "Medicare, DVA and health fund billing; Tyro health claims; month-end reconciliation",
                "Type letters to referring GPs from digital dictation"], F, "in_person_service"),
            E("Medical Typist (remote, part-time)", "Transcribe Plus Pty Ltd", None, "2011-06", "2015-02", [
                "Typed radiology reports from digital dictation for four imaging practices, around 250 lines an hour"], A),
            E("Career break – full-time parent", None, None, "2007-01", "2011-05", [
                "Raised three children; P&C treasurer at Kingsgrove Heights Public School"], N, etype="unknown"),
            E("Ward Clerk – Day Surgery", "Kingsgrove Heights Private Hospital", "Kingsgrove Heights NSW", "2001-04",
              "2006-12", [
                "Admissions desk: checked patients in, confirmed health fund cover and collected excesses",
                "Collated charts and consent forms for the theatre lists"], F, "in_person_service"),
            E("Junior Typist", "Baxter & Croft Insurance Brokers", "Sydney NSW", "1998-02", "2001-03", [
                "Typed policy schedules and client correspondence",
                "Relieved on the switchboard at lunchtimes"], A),
        ]),
        ("text", "Skills", [
            "Genie, Best Practice Specialist, Clinic to Cloud, Medical Director; Tyro and HICAPS; Microsoft 365",
            "Audio typing 90 wpm; medical terminology; Medicare item numbers for gastroenterology",
            "Calm on the phone, discreet, organised"]),
        ("text", "Education and Training", [
            "Certificate IV in Medical Practice Assisting – TAFE NSW (2016)",
            "Certificate III in Business Administration (Medical) – TAFE NSW (1997)",
            "Higher School Certificate – Kingsgrove Heights High School (1996)"]),
        ("text", "Professional Development", [
            "Australian Privacy Principles refresher (2024); Managing aggressive behaviour at reception (2022); "
            "First Aid and CPR (current)"]),
        ("text", "Referees", [
            "Dr Anand Subramaniam, Gastroenterologist – details on request",
            "Mrs Jan Kowalczyk, former Day Surgery Manager, Kingsgrove Heights Private Hospital – details on request"]),
    ]))

R.append(dict(
    file="w019.docx", family="Kenyan medical claims officer, Word two-column layout table with shaded sidebar and nested job tables",
    renderer="docx", variant="sidebar", order="title_org", dstyle="mon.", present="To date", sep=" – ",
    name="Wanjiru Njoroge",
    contact=["P.O. Box 4471-00100, Nairobi", "+254 722 555 391", "wanjiru.njoroge@mailbox.co.ke"],
    sidebar=[("Education", ["Diploma in Insurance (COP), College of Insurance, 2015",
                            "KCSE, Kiambaa Girls High School, 2012 (B)"]),
             ("Skills", ["Claims vetting", "ICD-10 basics", "Sage 50, MS Excel", "Kiswahili, English, Kikuyu"]),
             ("Referees", ["On request"])],
    blocks=[
        ("jobs", "Work Experience", [
            E("Medical Claims Officer", "Savanna Assurance Company Ltd", "Nairobi", "2020-01", "present", [
                "Vetting and processing outpatient and inpatient claims from a panel of 300 service providers",
                "Reconciling provider statements and preparing payment schedules for Finance",
                "Attending to walk-in members at the customer service desk every Friday on the team rota"],
              F, "in_person_service"),
            E("Cashier", "Mercy Cross Mission Hospital", "Kiambaa", "2016-05", "2019-12", [
                "Received payments from patients for consultation, lab and pharmacy, and issued receipts",
                "Prepared the daily banking and NHIF claim batches"], F, "in_person_service"),
            E("Intern – Accounts Office", "Gatundu Level 4 Hospital", "Gatundu", "2015-09", "2015-12", [
                "Posted invoices into Sage and filed payment vouchers"], N, etype="internship"),
        ]),
        ("jobs", "Volunteer Work", [
            E("Community Health Volunteer", "Kiambaa Ward Community Health Unit", "Kiambaa", "2013", "2015", [
                "Visited households to register pregnant mothers and remind them about clinic days"],
              F, "volunteering", prec="year", section="volunteer", etype="volunteer"),
        ]),
    ]))

R.append(dict(
    file="w020.html", family="Canadian registered pharmacy technician (internationally trained), HTML with employer line first",
    renderer="html", variant="simple", order="org_title", dstyle="mon", present="Present", sep=" – ", ojoin=" — ",
    name="Harjit Kaur Sandhu, RPhT",
    contact=["Millbrook Falls, ON", "289-555-0163", "harjit.sandhu@mailbox.ca"],
    blocks=[
        ("text", "Profile", ["Registered Pharmacy Technician (OCP) with community, central fill and hospital experience, "
                             "and three years as a pharmacist in India before immigrating."]),
        ("jobs", "Canadian Experience", [
            E("Registered Pharmacy Technician", "Greenhill Pharmacy", "Millbrook Falls, ON", "2022-05", "present", [
                "Final technical check on prescriptions so the pharmacist can focus on clinical work",
                "Do medication history interviews at pick-up and answer calls from patients and prescribers' offices",
                "Supervise two pharmacy assistants and the weekly narcotic count"], F, "healthcare_care"),
            E("Central Fill Technician", "Careway Central Fill", "Brampstead, ON", "2019-11", "2022-04", [
                "Ran the automated blister-pack line for 60 long-term care homes",
                "Checked packs against MAR sheets before shipping"], A),
            E("Pharmacy Technician Student (Practicum)", "Millbrook General Hospital", "Millbrook Falls, ON", "2019-05",
              "2019-08", [
                "IV admixture and unit-dose cart fill under supervision in the inpatient pharmacy"], A, etype="internship"),
            E("Front Store Cashier", "Brightmart", "Millbrook Falls, ON", "2016-09", "2019-04", [], F, "in_person_service"),
        ]),
        ("jobs", "International Experience", [
            E("Pharmacist", "Sandhu Medical Hall", "Ludhiana, Punjab, India", "2013", "2016", [
                "Ran the dispensing counter of a family community pharmacy and counselled patients on their medicines"],
              F, "healthcare_care", prec="year"),
        ]),
        ("text", "Education", ["Pharmacy Technician diploma (CCAPP accredited), Niagara Crest College, 2019",
                               "B.Pharm, Punjab Technical University, 2012"]),
    ]))

R.append(dict(
    file="w021.pdf", family="Indian hospital insurance (TPA) desk coordinator, reportlab single column, title/company/dates lines",
    renderer="rl", variant="plain", order="dateline", dstyle="mm/yyyy", present="Till Date", sep=" – ", centre=True,
    name="Lakshmi Priya N.",
    contact=["Kovaipuram, Tamil Nadu", "+91 94430 55812", "lakshmipriya.n@mailbox.in"],
    blocks=[
        ("text", "Objective", ["Seeking a position in hospital insurance / TPA operations where I can use my six years of "
                               "medical documentation and five years of cashless desk experience."]),
        ("jobs", "Professional Experience", [
            E("Insurance Desk Coordinator (TPA)", "Sri Venkateshwara Multispeciality Hospital", "Kovaipuram", "2021-06",
              "present", [
                "Help admitted patients and their relatives fill cashless pre-authorisation forms and answer TPA queries",
                "Send pre-auth and enhancement requests to TPAs and insurers and follow up by phone",
                "Explain non-payable items and final bill deductions to families at discharge"], F, "in_person_service"),
            E("Medical Transcriptionist – Senior", "Accurex MedScribe Pvt. Ltd.", "Kovaipuram", "2016-02", "2021-05", [
                "Transcribed US physician dictation (cardiology and orthopaedics) at 98.5% accuracy",
                "Promoted to proof-reader / editor in 2019"], A),
            E("Medical Transcriptionist Trainee", "Accurex MedScribe Pvt. Ltd.", "Kovaipuram", "2015-08", "2016-01", [
                "Six months of training in medical terminology, anatomy and US English"], N, etype="internship"),
            E("Tele-caller (Part-time)", "Speedy Finserv DSA", "Kovaipuram", "2014-06", "2015-05", [
                "Outbound calls to personal loan leads and fixing appointments for the field sales team"],
              F, "sales_account"),
        ]),
        ("text", "Education", ["B.Sc. Microbiology – Kovai Arts and Science College, 2015 – 68%"]),
        ("text", "Languages", ["Tamil, English, Malayalam (speak)"]),
        ("text", "Declaration", ["I hereby declare that the details furnished above are true to the best of my knowledge."]),
    ]))

R.append(dict(
    file="w022.docx", family="Irish dental practice coordinator, Word tab-stop dates, capitals headings, working holiday listed",
    renderer="docx", variant="tabs", order="title_org", dstyle="mon", present="Present", sep=" – ", caps=True,
    bullet="–", name="Niamh O'Halloran",
    contact=["Ballykerrin, Co. Clare", "086 330 7421", "niamh.ohalloran@mailbox.ie"],
    blocks=[
        ("jobs", "Experience", [
            E("Practice Coordinator", "Shannonside Dental", "Ballykerrin", "2022-10", "present", [
                "Run front of house for a six-surgery practice: reception team, recalls and phones",
                "Go through treatment plans and payment options with patients, and follow up with the ones who go quiet",
                "PRSI and medical card (DTSS) claims"], F, "in_person_service"),
            E("Dental Receptionist", "Shannonside Dental", "Ballykerrin", "2020-02", "2022-09", [
                "Greeting, booking and payments on Dentally"], F, "in_person_service"),
            E("Dental Nurse", "Ballykerrin Orthodontics", "Ballykerrin", "2017-06", "2020-01", [
                "Assisted the orthodontist with bonds, debonds and adjustments",
                "Took photos and impressions and showed kids how to look after their braces"], F, "healthcare_care"),
            E("Working holiday", None, "Australia", "2016-01", "2017-05", [
                "Barista in a Byron Bay café for six months, then fruit picking in Bundaberg"], F, "in_person_service",
              etype="unknown"),
            E("Sales Assistant (part-time)", "Dunross Stores", "Limerick", "2013-09", "2015-12", [
                "Weekend and Christmas shifts while in college"], F, "in_person_service"),
        ]),
        ("text", "Education", ["QQI Level 6 Dental Nursing, Limerick College of Further Education (2017)",
                               "BA (incomplete, two years), Arts – 2013 to 2015"]),
        ("text", "Other", ["Full clean driving licence. Garda vetted. Fluent Irish."]),
    ]))

R.append(dict(
    file="w023.md", family="US pre-med ED scribe, Markdown h3 titles, overlapping per-diem job, 'Summer 2022' lifeguard",
    renderer="md", variant="h3", order="dash", dstyle="mon", present="Present", sep=" – ",
    name="Caleb Ostrowski",
    contact=["Kessler Falls, WI", "(920) 555-0152", "caleb.ostrowski@mailbox.com"],
    blocks=[
        ("text", "Education", ["**University of Kessler Falls** — B.S. Kinesiology, May 2023, GPA 3.71"]),
        ("jobs", "Clinical Experience", [
            E("Emergency Department Scribe", "ScribeWorks Clinical Documentation", "Kessler Falls, WI", "2024-06",
              "present", [
                "Document HPI, exam and medical decision-making in Epic in real time for ED physicians on 10–12 hour shifts",
                "Track pending labs and imaging and prompt the physician about dispositions"], A),
            E("Patient Access Representative (PRN)", "St. Adalbert Medical Center", "Kessler Falls, WI", "2023-09",
              "2025-03", [
                "Quick-registered ambulance and walk-in patients and printed armbands",
                "Weekend nights, around 16 hours a week"], F, "in_person_service"),
            E("EMT-Basic (volunteer)", "Kessler Falls Rescue Squad", "Kessler Falls, WI", "2021-03", "2023-12", [
                "Weekend shifts responding to 911 calls: patient assessment, splinting, transport"], F, "volunteering",
              section="volunteer", etype="volunteer"),
        ]),
        ("jobs", "Other Experience", [
            E("Undergraduate Research Assistant", "Department of Kinesiology, University of Kessler Falls",
              "Kessler Falls, WI", "2022-01", "2023-05", [
                "Ran participants through treadmill VO2max protocols and kept the study log"], A, section="other"),
            E("Lifeguard", "Kessler Falls Parks & Recreation", "Kessler Falls, WI", "2022-06", "2022-08", [
                "Outdoor pool, swim lessons for 5–8 year olds"], F, "other_facing", dtext="Summer 2022"),
        ]),
        ("text", "Certifications", ["- NREMT-B (2021)", "- BLS for Healthcare Providers (AHA)"]),
    ]))

R.append(dict(
    file="w024.pdf", family="Jamaican health insurance customer service rep, fpdf2 centred header, employer line first, summer temp",
    renderer="fpdf", variant="centred", order="org_title", dstyle="month", present="Present", sep=" - ", caps=True,
    bullet="■", name="Shanice Campbell-Gordon",
    contact=["New Kingsbury, St. Andrew", "876-555-0194", "shanice.cg@mailbox.com"],
    blocks=[
        ("text", "Profile", ["Friendly and efficient customer service representative with seven years in health insurance "
                             "and three in pharmacy. Team player, punctual and eager to grow into a supervisory role."]),
        ("jobs", "Work Experience", [
            E("Customer Service Representative II", "Blue Mahoe Health Insurance Ltd.", "New Kingsbury", "2022-04",
              "present", [
                "Serve walk-in and telephone clients with claims queries, card replacements and adding dependants",
                "Process reimbursement claims dropped off at the branch and explain what the plan covers",
                "Top CSR for Q2 2024 mystery-shopper score"], F, "in_person_service"),
            E("Claims Processor", "Blue Mahoe Health Insurance Ltd.", "New Kingsbury", "2019-09", "2022-03", [
                "Keyed provider claims and reimbursements into HealthSuite",
                "Checked doctors' and pharmacy bills against the benefit schedules"], A),
            E("Pharmacy Cashier / Clerk", "Lifeline Pharmacy", "Port Caroline", "2016-01", "2019-08", [
                "Cashier and NHF card processing", "Called customers when their refills were ready"], F, "in_person_service"),
            E("Data Entry Clerk (summer temp)", "Island Records Management", "New Kingsbury", "2015-06", "2015-08", [
                "Scanned and indexed hospital medical records"], N, dtext="Summer 2015"),
        ]),
        ("text", "Education", ["Associate Degree in Business Administration, Kingsbury Community College (2019)",
                               "CSEC – 7 subjects including English A and Mathematics"]),
        ("text", "References", ["Available upon request"]),
    ]))

R.append(dict(
    file="w025.txt", family="Australian patient transport booking officer, plain text, 'Title – Employer, Town | dates'",
    renderer="txt", variant="underline", order="dash", dstyle="mon", present="Current", sep=" - ", rjoin=" | ",
    bullet="*", name="Brad Nguyen",
    contact=["Port Wendell NSW 2444", "0433 190 552", "brad.nguyen@mailbox.com.au"],
    blocks=[
        ("text", "Summary", ["Booking officer in non-emergency patient transport. Ex-hospital security, good under "
                             "pressure and on the phone all day. NSW driver licence, WWCC cleared."]),
        ("jobs", "Employment", [
            E("Patient Transport Booking Officer", "Coastal Ambulance Service", "Port Wendell NSW", "2021-08", "present", [
                "Take bookings from hospitals, GPs and patients for non-emergency transport",
                "Assess eligibility and mobility needs over the phone (stretcher, wheelchair, walker)",
                "Ring patients back to rebook when a job is delayed or cancelled"], F, "contact_center"),
            E("Administration Officer - Fleet", "Coastal Ambulance Service", "Port Wendell NSW", "2019-02", "2021-07", [
                "Booked vehicle servicing and tracked rego and roadworthy dates",
                "Fuel card reconciliation each month"], N),
            E("Security Officer", "Port Wendell Base Hospital", "Port Wendell NSW", "2016-05", "2019-01", [
                "Front entrance and ED security; helped visitors after hours and talked down aggressive patients",
                "Car park patrols and escorting staff to their cars at night"], F, "other_facing"),
            E("Storeman", "Hardwick Trade Supplies", "Port Wendell NSW", "2014-01", "2016-04", [
                "Receiving, put-away and forklift (LF licence)",
                "Picked and staged trade orders for the 6am pick-up"], A),
        ]),
        ("text", "Tickets & Training", ["Certificate II in Security Operations, LF forklift licence, First Aid (HLTAID011)"]),
    ]))

R.append(dict(
    file="w026.docx", family="UK pet insurance claims handler, Word heading styles with 'Title – Employer' headings, maternity break",
    renderer="docx", variant="styles", order="dash", dstyle="mon", present="Present", sep=" – ",
    name="Jade Pennington",
    contact=["Corringham, Essex", "07590 228 417", "jade.pennington@mailbox.co.uk"],
    blocks=[
        ("text", "Profile", ["Claims handler with a vet reception background, so I know both ends of a pet insurance claim."]),
        ("jobs", "Work Experience", [
            E("Claims Handler", "Tailwise Pet Insurance", "Corringham", "2023-03", "present", [
                "Handle inbound calls from policyholders making a claim and talk them through what is covered",
                "Assess claims against policy wording and clinical histories, with authority up to £3,000",
                "Write to customers when a claim is declined and explain why in plain English"], F, "contact_center"),
            E("Veterinary Receptionist", "Riverside Veterinary Surgery", "Corringham", "2020-01", "2023-02", [
                "Front desk for a busy small-animal practice: booking consults, taking payments, direct insurance claims"],
              F, "in_person_service"),
            E("Career break (maternity)", None, None, "2018-09", "2019-12", [], N, etype="unknown"),
            E("Retail Assistant", "PawMart", "Corringham", "2015-04", "2018-08", [
                "Tills, stock and grooming-salon bookings", "Gave pet-care advice on the shop floor"],
              F, "in_person_service"),
            E("Warehouse Operative (Christmas temp)", "Northgate Fulfilment", "Thurrock", "2014-11", "2014-12", [
                "Picking online orders on nights"], A, dtext="Nov – Dec 2014"),
        ]),
        ("text", "Education", ["BTEC Level 3 Animal Management, Essex Riverside College (2014)"]),
    ]))

R.append(dict(
    file="w027.pdf", family="Philippine dental virtual receptionist (freelance), reportlab coloured sidebar, title and client lines",
    renderer="rl", variant="sidebar", order="title_org", dstyle="mon", present="Present", paper="letter", bullet="•",
    name="Kristine Mae Dela Cruz",
    contact=["Dasmariñas, Cavite", "+63 966 555 0731", "kmdelacruz@mailbox.ph", "Upwork Top Rated"],
    sidebar=[("Tools", ["Dentrix, Open Dental, Eaglesoft", "RingCentral, Weave", "Google Workspace"]),
             ("Education", ["BS Pharmacy (undergrad, 3 yrs), Cavite Science University"]),
             ("Set-up", ["Fiber 100 Mbps + PLDT backup", "Noise-cancelling headset", "US hours (EST/PST)"])],
    blocks=[
        ("text", "Summary", ["Dental virtual receptionist for US practices. I answer your phones like I'm sitting at "
                             "your front desk."]),
        ("jobs", "Experience", [
            E("Dental Virtual Receptionist (Freelance)", "Self-employed", "Remote – clients in Ohio and Texas", "2023-01",
              "present", [
                "Answer two practices' overflow lines and book appointments in Dentrix and Open Dental",
                "Call patients to confirm appointments and fill last-minute cancellations",
                "Verify dental insurance benefits before visits"], F, "contact_center", etype="freelance"),
            E("Insurance Verification Specialist", "SmileBridge Dental Support", "Remote", "2021-04", "2022-12", [
                "Verified eligibility and benefit breakdowns for 60+ patients a day on payer portals and by calling insurers",
                "Updated patient ledgers and notes for the US offices"], A),
            E("Pharmacy Assistant", "HealthPlus Drugstore", "Dasmariñas, Cavite", "2018-06", "2021-03", [
                "Assisted customers, checked prescriptions and senior citizen / PWD discount IDs"], F, "in_person_service"),
            E("On-the-Job Trainee", "Cavite Provincial Hospital Pharmacy", "Trece Martires", "2018-01", "2018-04", [
                "Inventory of medicines and IV fluids in the stockroom"], A, etype="internship"),
        ]),
    ]))

R.append(dict(
    file="w028.docx", family="US mail-order pharmacy technician, contact in Word page header, employer heading with roles beneath",
    renderer="docx", variant="header", order="orgfirst", dstyle="month", present="Present", sep=" – ", ojoin=" · ",
    name="Brandon L. Whitfield, CPhT",
    contact=["Red Mesa, AZ 85338", "(623) 555-0108", "brandon.whitfield@mailbox.com"],
    blocks=[
        ("text", "Summary", ["PTCB-certified pharmacy technician with retail and high-volume mail-order experience."]),
        ("jobs", "Experience", [
            E("Pharmacy Technician II – Fill & Dispense", "OptiScript Home Delivery Pharmacy", "Red Mesa, AZ",
              "2022-03", "present", [
                "Fill and package 600+ mail-order prescriptions a shift on automated lines",
                "Clear DUR and quantity-limit holds with the pharmacist",
                "Cycle counts in the controlled-substance vault"], A),
            E("Patient Care Advocate", "OptiScript Home Delivery Pharmacy", "Red Mesa, AZ", "2020-10", "2022-02", [
                "Answered member calls about order status, refills and copays",
                "Transferred clinical questions to the on-call pharmacist"], F, "contact_center"),
            E("Pharmacy Technician Trainee", "Sunview Pharmacy", "Red Mesa, AZ", "2019-05", "2020-09", [
                "Drive-thru window and pick-up counter, data entry and counting",
                "Worked insurance rejections and prior-auth faxes"], F, "healthcare_care"),
            E("Line Cook", "Cactus Grill", "Goodyear, AZ", "2017-08", "2019-04", [
                "Grill and fryer station, prep lists, closing clean-down"], A),
        ]),
        ("text", "Certifications", ["PTCB CPhT (2019), Arizona Board of Pharmacy licensed technician"]),
    ]))

R.append(dict(
    file="w029.docx", family="Scottish NHS booking centre team leader, Word borderless table per job, 'mm/yyyy to Present', carer break",
    renderer="docx", variant="table", order="title_org", dstyle="mm/yyyy", present="Present", sep=" to ",
    font="Verdana", name="Fiona MacAskill",
    contact=["Invercairn, Highland", "07837 551 206", "fiona.macaskill@mailbox.co.uk"],
    blocks=[
        ("text", "Personal Profile", ["Booking centre team leader. Back in work since 2018 after caring for my father, "
                                      "and before that seven years on a building society counter."]),
        ("jobs", "Employment History", [
            E("Patient Booking Centre Team Leader", "NHS Glenmorrow", "Invercairn", "2021-03", "present", [
                "Lead 14 booking advisers handling around 1,800 calls a day for outpatient and imaging appointments",
                "Take escalated calls from patients unhappy about waits and agree what happens next",
                "Workforce planning, rotas and call-flow reports for the service manager"], F, "contact_center"),
            E("Booking Adviser", "NHS Glenmorrow", "Invercairn", "2018-10", "2021-02", [
                "Inbound and outbound patient calls to book, rebook and cancel appointments",
                "Wrote to patients we could not reach by phone"], F, "contact_center"),
            E("Career break – carer", None, None, "2016-04", "2018-09", [
                "Full-time carer for my father after his stroke"], N, etype="unknown"),
            E("Customer Service Adviser", "Clydeview Building Society", "Invercairn", "2009-06", "2016-03", [
                "Counter transactions, cash handling and booking mortgage appointments"], F, "in_person_service"),
            E("Chambermaid", "Invercairn Arms Hotel", "Invercairn", "2007", "2009", [
                "Cleaned and turned rooms after check-out, summer seasons"], A, prec="year"),
        ]),
        ("text", "Education", ["SVQ Level 3 Customer Service (2014)", "Invercairn Academy – Highers in English, "
                               "Modern Studies and Biology"]),
    ]))

R.append(dict(
    file="w030.pdf", family="South African medical-scheme contact-centre team leader, 2-page reportlab with two-column header and footer",
    renderer="rl", variant="twocol", order="pipe", dstyle="mon", present="Present", footer=True, scale=1.25, bullet="»",
    name="Shireen Adams", tagline="Contact Centre Team Leader · Medical Schemes",
    contact=["Bellrose, Western Cape", "083 555 6721", "shireen.adams@mailbox.co.za", "Own transport"],
    blocks=[
        ("text", "Profile", [
            "Team leader with 16 years in medical-scheme contact centres, quality assurance and training. I coach from "
            "real calls, I take the hard calls myself, and my team's members know they will be phoned back when we say "
            "we will."]),
        ("text", "Key Achievements", [
            "Lifted team QA from 89% to 94% in 12 months (2021–2022).",
            "First-contact resolution on the hospital authorisation queue up from 71% to 83%.",
            "Trained 120 staff for the 2015 claims system go-live with no drop in service level."]),
        ("jobs", "Employment History", [
            E("Team Leader – Member Contact Centre", "Fynbos Health Medical Scheme", "Bellrose", "2019-08", "present", [
                "Lead 16 consultants on the members' line: chronic medicine, hospital authorisations and claims",
                "Take escalated calls and phone dissatisfied members back personally within 24 hours",
                "Coach from call recordings and run the weekly team huddle"], F, "contact_center"),
            E("Quality Assurance Assessor", "Fynbos Health Medical Scheme", "Bellrose", "2016-05", "2019-07", [
                "Listened to and scored 30 calls a day against the QA form",
                "Ran calibration sessions with the team leaders"], A),
            E("Senior Contact Centre Consultant", "Fynbos Health Medical Scheme", "Bellrose", "2013-02", "2016-04", [
                "Hospital authorisation and case management line for members and doctors' rooms"], F, "contact_center"),
            E("Systems Trainer (secondment)", "Fynbos Health Medical Scheme", "Bellrose", "2015-03", "2015-10", [
                "Trained 120 contact-centre staff on the new claims system before go-live",
                "Floor support for agents during the six weeks of hypercare"], F, "internal_support"),
            E("Receptionist", "Bellrose Medi-Clinic Day Hospital", "Bellrose", "2010-01", "2013-01", [
                "Admitted day patients and explained medical aid co-payments"], F, "in_person_service"),
            E("Cashier", "Checkout Plus Supermarket", "Bellrose", "2007", "2009", [], F, "in_person_service", prec="year"),
        ]),
        ("text", "Education & Training", [
            "National Certificate: Contact Centre Operations NQF 4 (2012)",
            "Higher Certificate in Management, Cape Peninsula College (2018)", "Matric, Bellrose Secondary (2006)"]),
        ("text", "Skills", ["Avaya CMS, Genesys, Salesforce Health Cloud, Excel; Afrikaans, English, isiXhosa (basic)"]),
        ("text", "References", ["Ms R. Jacobs, Contact Centre Manager, Fynbos Health – 021 555 0133",
                                "Mr D. Pillay, QA Manager (retired) – 082 555 4410"]),
    ]))
