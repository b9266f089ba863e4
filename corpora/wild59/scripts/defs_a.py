"""w001-w015."""
from lib import E

R = []

R.append(dict(
    file="w001.pdf", fmt="rl", layout="sidebar", order="title_org", dstyle="mon", present="Current",
    family="Geelong café supervisor, reportlab shaded sidebar (contact, licences, availability), 'Career Objective'",
    name="Kayla Hennessy", contact=["Belmont VIC 3216", "0412 558 903", "kayla.hennessy@mailbox.com.au"],
    side=["Licences & Tickets", "Skills", "Availability"],
    blocks=[
        ("para", "Career Objective", "Hard-working and friendly hospitality all-rounder with seven years in cafés around Geelong "
         "and the Surf Coast. Looking for a Front of House Manager role where I can keep growing and look after a good team."),
        ("list", "Licences & Tickets", ["RSA (VIC) – current", "Food Safety Supervisor (SITXFSA006)", "Full drivers licence + own car",
                                        "First Aid HLTAID011"]),
        ("list", "Skills", ["Espresso – La Marzocco, Synesso", "Square & Lightspeed POS", "Deputy rostering", "Cash handling / EOD"]),
        ("para", "Availability", "Any day incl. weekends. Two weeks notice."),
        ("jobs", "Employment History", [
            E("Café Supervisor", "The Little Larder", "Geelong VIC", "2019-03", "present", [
                "Open the café at 6am, set up the coffee station and brief floor staff on the day's specials",
                "Take orders and payments at the counter and on the floor – up to 300 covers on a Saturday",
                "Sort out complaints on the spot (remake, comp a coffee) and reply to our Google reviews",
                "Write the weekly roster for 9 casuals and approve timesheets in Deputy"], "facing", "in_person_service"),
            E("Barista (Casual)", "Seaspray Kiosk", "Torquay VIC", "2017-11", "2019-02", [
                "Coffee for the takeaway window through two summers – 500+ cups on a good day",
                "Backflushed and cleaned the machine, dialled in the grind every morning"], "facing", "in_person_service"),
            E("Kitchen Hand", "Rosalind's Bistro", "Geelong VIC", "2016-02", "2017-10", [
                "Dishes, salad and dessert prep, cleaning the coolroom and closing down the kitchen"], "affecting"),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer – Tuesday Community Meal", "Corio Bay Community Pantry", "Norlane VIC", "2018-05", "2020-03", [
                "Served dinner to 60–80 guests and sat and chatted with the regulars",
                "Let people know about the pantry's other services (showers, Centrelink help)"], "facing", "volunteering",
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["Certificate III in Hospitality – The Gordon, 2016", "VCE – Belmont High School, 2015"]),
        ("para", "Referees", "Referees available on request."),
    ]))

R.append(dict(
    file="w002.docx", fmt="docx", layout="styles", order="title_org", dstyle="month", present="Present",
    family="Hamilton (NZ) outdoor-store 2IC, Word heading styles, List Bullet, right tab-stop dates, night fill",
    name="Jordan Whitcombe", contact=["Flagstaff, Hamilton 3210", "021 447 9035", "jordanwhitcombe@mailbox.co.nz"],
    blocks=[
        ("para", "About Me", "Reliable retail person who likes being on the shop floor. I know my way around tents, packs and "
         "boots and enjoy getting people sorted for their first tramp. Keen to step up into a store manager role."),
        ("jobs", "Work Experience", [
            E("Assistant Store Manager", "Summit Outdoor & Camping", "Hamilton", "2022-08", "present", [
                "Second in charge of a store with 11 staff, opening and closing, banking and cash-up",
                "Fit packs and boots and help customers plan gear for the Tongariro Crossing and Great Walks",
                "Run stocktakes and weekly orders with head office; look after the staff roster when the manager is away"],
              "facing", "in_person_service"),
            E("Sales Assistant", "Summit Outdoor & Camping", "Hamilton", "2020-02", "2022-07", [
                "Served customers, handled lay-bys, returns and warranty claims",
                "Set up seasonal displays for ski and summer camping ranges"], "facing", "in_person_service"),
            E("Night Fill Team Member", "FreshWay Supermarket Chartwell", "Hamilton", "2018-09", "2020-01", [
                "Unloaded pallets and filled grocery aisles between 10pm and 6am after the store closed",
                "Faced up, rotated stock and pulled expired product"], "affecting"),
            E("Christmas Casual", "Huntleigh Books", "Hamilton", "2017-11", "2018-01", [
                "Till, gift wrapping and helping people find books for presents"], "facing", "in_person_service"),
        ]),
        ("list", "Education & Training", ["NCEA Level 2 – Fraser High School", "First Aid Certificate (St John), 2024",
                                          "Retail Level 3 (Service IQ) – in progress"]),
        ("para", "Referees", "Available on request."),
    ]))

R.append(dict(
    file="w003.txt", fmt="txt", layout="caps", order="dash", dstyle="mon", present="Current", pad=False,
    family="Irish working-holiday maker (second-year visa), plain text with caps headings, 'Title – Employer, Town' and dates at line end",
    name="Ciara Mulcahy", contact=["Mildura VIC  |  0478 210 664  |  ciara.mulcahy@mailbox.ie",
                                   "Irish citizen – Working Holiday visa (subclass 417), second year, valid to March 2027"],
    bullet="*",
    blocks=[
        ("para", "Profile", "Irish hospitality worker on my second year working holiday. Three years on reception in a busy "
         "Killarney hotel before coming over, and since then bar work and farm work to get my 88 days. Looking for bar or "
         "front office work in Melbourne from December."),
        ("jobs", "Work History", [
            E("Bar Attendant (casual)", "The Drover's Rest Hotel", "Mildura VIC", "2026-01", "present", [
                "Pouring beers and basic cocktails at a busy country pub, RSA certified",
                "Working the TAB and keno counter on race days, paying out small wins",
                "Closing: cash up, cleaning the lines and the glass washer"], "facing", "in_person_service", etype="paid"),
            E("Fruit Picker", "Sunraysia Citrus Farms", "Red Cliffs VIC", "2025-09", "2025-12", [
                "Picking navels and mandarins on piece rates, 88 days of specified work signed off for the second visa"],
              "none"),
            E("Housekeeping & Reception", "Harbourside Backpackers", "Cairns QLD", "2025-06", "2025-08", [
                "Cleaned dorms and bathrooms in exchange for a bed, plus 10 paid hours a week on the front desk",
                "Checked guests in, sold reef and rainforest tours, answered the phone"], "facing", "in_person_service"),
            E("Front Office Receptionist", "Lakeside Manor Hotel", "Killarney, Co. Kerry, Ireland", "2022-04", "2025-04", [
                "Check-in and check-out for a 96-room hotel, mostly American coach tours in summer",
                "Dealt with room moves, complaints and billing queries at the desk",
                "Trained two new receptionists on Opera"], "facing", "in_person_service"),
        ]),
        ("lines", "Education", ["Leaving Certificate – Presentation Secondary School, Tralee (2019)",
                                "QQI Level 5 Hospitality Operations (2021)"]),
        ("lines", "Tickets", ["RSA (Victoria)  /  RSA (Queensland)", "Farm induction, manual handling"]),
        ("para", "References", "Referees available on request."),
    ]))

R.append(dict(
    file="w004.pdf", fmt="fpdf", layout="centred", order="org_title", dstyle="mm/yyyy", present="Current",
    family="Mandurah FIFO haul-truck operator, fpdf2 centred header, employer line first with dates right, mining-village camp role",
    name="Brett Kowalczyk", contact=["Mandurah WA 6210", "0433 907 128", "brett.kowalczyk@mailbox.com", "HR licence · White Card · MSHA-style pit induction"],
    bullet="-",
    blocks=[
        ("para", "Summary", "Experienced FIFO operator with 5 years on a 2:1 roster in the Pilbara. Safe, reliable, happy to "
         "go anywhere on the roster. Before mining I worked as a trades assistant and in hardware retail."),
        ("jobs", "Employment", [
            E("Haul Truck Operator (FIFO 2:1)", "Pilbara Earthmoving Services", "Marra Creek Mine, Pilbara WA", "2021-06", "present", [
                "Operating CAT 793F and Komatsu 830E haul trucks on day and night shift",
                "Pre-start checks, radio calls with dispatch, reporting defects to the workshop",
                "5 years with zero LTIs; buddy for new starters on the circuit"], "none"),
            E("Village Attendant – Camp Utility", "Outback Camp Services", "Spinifex Ridge Village WA", "2019-09", "2021-05", [
                "Served in the wet mess and ran the canteen tills for 600 residents (RSA)",
                "Serviced rooms between swings and did the laundry run"], "facing", "in_person_service"),
            E("Trades Assistant", "Coastline Plumbing & Gas", "Mandurah WA", "2016-03", "2019-08", [
                "Trenching, carrying gear and cleaning up on new housing sites",
                "Loading and unloading the ute, picking up fittings from suppliers"], "none"),
            E("Sales Assistant – Trade Desk", "Peel Hardware & Timber", "Mandurah WA", "2014-01", "2016-02", [
                "Served tradies and DIY customers at the trade desk, cut keys and tinted paint"], "facing", "in_person_service"),
        ]),
        ("list", "Licences & Tickets", ["HR truck licence", "Construction Induction (White Card)", "Working at Heights",
                                        "Standard 11 / Generic Induction", "RSA (WA)"]),
        ("para", "Referees", "Available on request."),
    ]))

R.append(dict(
    file="w005.docx", fmt="docx", layout="tabs", order="title_org", dstyle="mon", present="Current", caps=True,
    family="Toowoomba aged-care personal care worker (Kenyan-born), Word right tab-stop dates, placement and laundry roles",
    name="Grace Wanjiru Mutua", contact=["Harristown QLD 4350", "0451 302 776", "grace.mutua@mailbox.net"],
    blocks=[
        ("para", "Career Objective", "Caring and patient Personal Care Worker with Cert III Individual Support (Ageing) and "
         "six years in residential and home care. I want to keep working with older people and start my Diploma of Nursing."),
        ("jobs", "Employment History", [
            E("Personal Care Worker (Permanent Part-time)", "Jacaranda Gardens Aged Care", "Toowoomba QLD", "2020-07", "present", [
                "Assist residents with showering, dressing, continence care and meals following their care plans",
                "Write progress notes and record observations and BGLs",
                "Support residents living with dementia using redirection and reassurance; sit with residents at end of life"],
              "facing", "healthcare_care"),
            E("Laundry Assistant (Casual)", "Jacaranda Gardens Aged Care", "Toowoomba QLD", "2019-10", "2020-06", [
                "Washed, dried, folded and labelled residents' clothes and linen",
                "Returned clothing to rooms and kept the linen trolleys stocked"], "affecting"),
            E("Home Care Worker", "Downs Community Care", "Toowoomba QLD", "2018-02", "2019-09", [
                "Visited older clients at home for showering, cleaning, shopping and social support",
                "Drove clients to medical appointments and reported changes to the coordinator"], "facing", "healthcare_care"),
            E("Student Placement (120 hours)", "Blue Gum Lodge", "Highfields QLD", "2017-11", "2017-12", [
                "Placement for Cert III: personal care under supervision, meals assistance, lifestyle activities"],
              "facing", "healthcare_care", section="other", etype="internship"),
        ]),
        ("list", "Qualifications", ["Certificate III in Individual Support (Ageing) – 2017", "First Aid & CPR – current",
                                    "NDIS Worker Screening, Yellow Card", "COVID-19 infection control"]),
        ("para", "Referees", "Mrs J. Rowe, Care Manager, Jacaranda Gardens – details on request"),
    ]))

R.append(dict(
    file="w006.html", fmt="html", layout="plain", order="title_org", dstyle="month", present="Present",
    family="Rotorua kaiāwhina at a Māori health provider, HTML CV, night-active residential support, undated volunteer coaching",
    name="Tama Rangihuna", contact=["Ngongotahā, Rotorua", "027 551 0382", "tama.rangihuna@mailbox.co.nz"],
    blocks=[
        ("para", "Ko wai au", "Nō Te Arawa ahau. I have eight years in disability and community support, and before that I "
         "worked in the timber yards. I am looking for a senior support worker or team leader role close to home."),
        ("jobs", "Mahi / Work Experience", [
            E("Kaiāwhina – Community Support Worker", "Te Whare Oranga Trust", "Rotorua", "2021-04", "present", [
                "Support tāngata whaikaha and their whānau at home with personal care, medication prompts and getting to appointments",
                "Work alongside our nurses and the whānau ora navigator to plan support",
                "Drop off kai parcels and check in on kaumātua living alone"], "facing", "healthcare_care"),
            E("Residential Support Worker (Night Active)", "Pōhutukawa House", "Tauranga", "2018-06", "2021-03", [
                "Overnight support for five young men with intellectual disabilities – repositioning, seizure monitoring, "
                "settling residents who woke distressed",
                "Handover notes and incident reports for the day team"], "facing", "healthcare_care"),
            E("Storeperson", "Bay Timber Supplies", "Mount Maunganui", "2015-01", "2018-05", [
                "Picked and loaded timber orders for the delivery trucks; forklift (F endorsement)"], "affecting"),
        ]),
        ("jobs", "Tūao / Volunteering", [
            E("Kaiako (volunteer)", "Ngā Pīpī Kapa Haka Rōpū", "Rotorua", "2019", "present", [
                "Teach waiata and haka to tamariki aged 6–12 twice a week and take them to regional competitions"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
            E("Assistant Coach, Under-12 Rugby League", "Ngongotahā Rugby League Club", None, None, None, [
                "Help run Thursday trainings and Saturday games"], "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Tohu / Qualifications", ["NZ Certificate in Health and Wellbeing (Level 3)", "Full driver licence, Class 2",
                                          "First Aid (Red Cross) 2025", "Te reo Māori – conversational"]),
        ("para", "Referees", "Available on request."),
    ]))

R.append(dict(
    file="w007.md", fmt="md", order="title_org", dstyle="mon", present="Present", dash=" - ",
    family="Newcastle A-grade electrician, Markdown h3 titles, apprentice and labouring history, title-only fast-food job",
    name="Dane Pereira", contact=["Adamstown NSW", "0402 116 587", "dane.pereira@mailbox.com.au"],
    blocks=[
        ("para", "Summary", "Licensed electrician (A-grade, NSW) with 8 years in the trade. Happy doing service calls "
         "on my own – fault finding, switchboards, smoke alarms – and dealing with the customer from quote to invoice."),
        ("jobs", "Experience", [
            E("Electrician", "Hunter Spark Electrical", "Newcastle NSW", "2022-02", "present", [
                "Domestic and light commercial service work – faults, switchboard upgrades, EV chargers, smoke alarm compliance",
                "Quote on site and talk homeowners through the options and costs before starting",
                "Test and tag for two real estate agencies' rental properties"], "facing", "other_facing"),
            E("Apprentice Electrician", "Coalfields Electrical Contractors", "Maitland NSW", "2018-01", "2022-01", [
                "Rough-in and fit-off on new housing estates and a primary school build",
                "Cable pulling, conduit, reading plans; Cert III Electrotechnology through TAFE"], "none", etype="internship"),
            E("Labourer (casual)", "Broadmeadow Civil", "Newcastle NSW", "2016-06", "2017-12", [
                "General labouring on drainage jobs, White Card, traffic control ticket"], "none"),
            E("Crew Member", "Burger Barn", "Charlestown NSW", "2014-05", "2016-05", [], "facing", "in_person_service"),
        ]),
        ("list", "Licences", ["NSW Electrical Contractor Licence (qualified supervisor)", "White Card", "Working at Heights",
                              "Driver licence – C"]),
        ("para", "References", "On request"),
    ]))

R.append(dict(
    file="w008.pdf", fmt="rl", layout="plain", order="title_org", dstyle="month", present="Current", fs=12,
    footer="Rebecca Fairweather  |  Résumé  |  Page {n}",
    family="Adelaide telco contact-centre team leader, reportlab single column running to three pages with a page footer",
    name="Rebecca Fairweather", contact=["Salisbury East SA 5109", "0423 771 096", "bec.fairweather@mailbox.com.au"],
    blocks=[
        ("para", "Career Objective", "To secure a Contact Centre Manager or Operations Lead position where I can use my eight years "
         "of frontline leadership to lift customer outcomes and build capable, happy teams. I am a hands-on leader who still "
         "takes the hard calls and I believe good coaching is the fastest way to fix a customer problem for good."),
        ("list", "Key Skills", [
            "Team leadership and coaching (teams of up to 16)", "Complaint handling and TIO/ombudsman escalations",
            "Workforce planning liaison, rostering and leave management", "Call quality frameworks and calibration",
            "Financial hardship and collections", "Genesys, Salesforce Service Cloud, Verint, Excel (pivot tables)",
            "Recruitment and induction of new consultants", "Calm under pressure; plain English writing"]),
        ("jobs", "Employment History", [
            E("Team Leader – Customer Care", "Arcadia Telecom", "Adelaide SA", "2021-09", "present", [
                "Lead a team of 14 consultants handling inbound billing, faults and moving-home calls for consumer customers",
                "Take escalated calls from customers asking for a manager and own TIO complaints through to resolution",
                "Run weekly one-on-ones, side-by-side coaching and call calibration with the quality team",
                "Approve leave and shift swaps, and work with WFM to cover peak periods and outages",
                "Lifted first contact resolution from 71% to 82% over 18 months and halved repeat complaints",
                "Recruited and inducted 20+ new starters; three have since been promoted to senior consultant",
                "Led the team through the billing system migration, including daily huddles and a temporary escalation desk"],
              "facing", "contact_center"),
            E("Senior Customer Service Consultant", "Arcadia Telecom", "Adelaide SA", "2019-04", "2021-08", [
                "Handled complex billing disputes and case-managed complaints from start to finish",
                "Buddy for new consultants coming off the training floor; relief team leader when needed",
                "Consistently top quartile for NPS and quality; Customer Champion award 2020"], "facing", "contact_center"),
            E("Collections Officer", "Ridgeline Finance", "Adelaide SA", "2017-02", "2019-03", [
                "Outbound calls to personal loan customers in early and late arrears",
                "Negotiated payment arrangements and referred customers in hardship to the specialist team",
                "Kept accurate notes for compliance with the National Credit Code and hardship guidelines"],
              "facing", "contact_center"),
            E("Customer Service Officer (Fixed-term contract)", "Murray Plains Water", "Adelaide SA", "2016-03", "2017-01", [
                "Answered account, billing and concession enquiries from residential customers",
                "Logged burst mains and water quality reports for field crews",
                "Contract extended twice to cover the new billing system launch"], "facing", "contact_center"),
            E("Checkout Operator", "Marlee Fresh Foods", "Port Adelaide SA", "2012", "2016", [
                "Served customers on the registers and the service desk while finishing school and TAFE",
                "Cash handling, lay-by, lotto sales and cigarette counter"], "facing", "in_person_service"),
        ]),
        ("jobs", "Volunteer Experience", [
            E("Telephone Support Volunteer", "NightLine SA", "Adelaide SA", "2018-05", "2020-12", [
                "Four-hour overnight shifts answering calls from people who were lonely or in distress",
                "Completed 60 hours of crisis support training; debriefed with shift supervisors"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Key Achievements", [
            "Arcadia Telecom Leader of the Quarter – Q3 2023 and Q1 2025",
            "Designed the 'own it' complaint-handling checklist now used across three sites",
            "Reduced team absenteeism from 7% to under 4% by introducing flexible shift swaps",
            "Presented at the 2024 South Australian Contact Centre Forum on coaching frontline staff"]),
        ("lines", "Education & Professional Development", [
            "Diploma of Leadership and Management (BSB50420) – TAFE SA, 2022",
            "Certificate IV in Customer Engagement – 2019",
            "Certificate III in Business – 2013",
            "Mental Health First Aid – 2023",
            "Internal: Coaching for Performance, Difficult Conversations, Vulnerable Customers (2021–2024)",
            "SACE – Le Fevre High School, 2012"]),
        ("list", "Systems", ["Genesys Cloud", "Salesforce Service Cloud", "Verint WFM", "SAP IS-U (billing)",
                             "Microsoft 365", "Power BI dashboards (read only)"]),
        ("para", "Personal Interests", "Netball umpire (Level 2), camping on the Yorke Peninsula with the kids, and very slowly "
         "learning to play the ukulele."),
        ("para", "Referees", "Referees available on request. Current manager happy to be contacted after interview."),
    ]))

R.append(dict(
    file="w009.txt", fmt="txt", layout="underline", order="datefirst", dstyle="mon", present="present", dash=" to ",
    family="Wollongong government service-centre officer (APS 3), plain text, dates line first then title and employer, prose duties",
    name="Helen Papadopoulos", contact=["Figtree NSW 2525", "Mobile: 0418 342 097", "Email: helen.papadopoulos@mailbox.com.au"],
    blocks=[
        ("para", "Career Objective", "Experienced client service officer seeking an APS 4 role in a regional service centre. "
         "I am patient with people who are having a hard time and I know the payment rules well."),
        ("jobs", "Employment History", [
            E("Customer Service Officer (APS 3)", "Department of Community Payments – Wollongong Service Centre", "Wollongong NSW",
              "2020-01", "present", [
                  "I work on the front counter and in the phone queue helping people claim income support, family and carer payments.",
                  "Day to day this means proof of identity checks, updating people's circumstances and booking appointments.",
                  "I often support vulnerable customers and refer them to our social workers when needed."],
              "facing", "in_person_service", prose=True),
            E("Records Officer (non-ongoing)", "Kembla Coast City Council", "Wollongong NSW", "2018-07", "2019-12", [
                "Registered incoming correspondence into the EDRMS, scanned and indexed files.",
                "Boxed and sent closed files to offsite storage and kept the retention register up to date."], "none", prose=True),
            E("Clerical Assistant", "Kembla Coast City Council", "Wollongong NSW", "2017-03", "2018-06", [
                "Data entry of development applications and filing.",
                "Relieved on the front reception desk and switchboard at lunch and during leave."],
              "facing", "in_person_service", prose=True),
            E("Sales Assistant", "Bargain Barn", "Warrawong NSW", "2013-11", "2017-02", [
                "Registers, layby and fitting rooms; restocked apparel."], "facing", "in_person_service", prose=True),
        ]),
        ("lines", "Education", ["Certificate IV in Government (Client Services) – 2021", "HSC – Figtree High School, 2013"]),
        ("lines", "Clearances", ["Baseline security clearance", "Working With Children Check"]),
        ("para", "Referees", "Referees available on request."),
    ]))

R.append(dict(
    file="w010.docx", fmt="docx", layout="table", order="title_org", dstyle="mm/yyyy", present="Current", caps=True,
    family="Townsville tavern bar & gaming supervisor (RSA/RCG), Word borderless table per job, cellar and bottle-shop roles",
    name="Shane Dwyer", contact=["Kirwan QLD 4817", "0407 663 215", "shane.dwyer@mailbox.com.au"], bullet="-",
    blocks=[
        ("para", "Profile", "Supervisor with 10 years in pubs – bar, bottle-o, cellar and gaming. RSA and RCG current, "
         "Approved Manager's Licence (QLD). Good with regulars, firm with trouble, honest with cash."),
        ("jobs", "Work History", [
            E("Bar & Gaming Supervisor", "The Ross River Tavern", "Townsville QLD", "2021-05", "present", [
                "Supervise bar, bottle shop and gaming room shifts with up to 8 staff",
                "Responsible gambling: watch for signs of harm, talk to patrons, manage self-exclusions",
                "Pay out jackpots, reconcile gaming floats and do the nightly banking"], "facing", "in_person_service"),
            E("Gaming Attendant", "The Ross River Tavern", "Townsville QLD", "2019-02", "2021-04", [
                "Greeted patrons in the gaming room, drinks and food service, paid out tickets"], "facing", "in_person_service"),
            E("Cellar Hand", "Stockman's Arms Hotel", "Charters Towers QLD", "2017-06", "2019-01", [
                "Changed kegs and gas, cleaned beer lines weekly, received deliveries and rotated the coolroom"], "affecting"),
            E("Bottle Shop Attendant (casual)", "Stockman's Arms Hotel", "Charters Towers QLD", "2016-01", "2017-05", [
                "Drive-through bottle-o: served customers at the car window and checked ID"], "facing", "in_person_service"),
        ]),
        ("list", "Licences", ["RSA & RCG (QLD) – current", "Approved Manager's Licence", "Open driver licence", "Blue Card"]),
        ("para", "Referees", "Referees available on request"),
    ]))

R.append(dict(
    file="w011.pdf", fmt="fpdf", layout="left", order="title_org", dstyle="month", present="Present",
    family="South Auckland Pasifika community health liaison (Samoan), fpdf2 left header, warehouse and bakery night shift",
    name="Losaline Faleolo", contact=["Ōtāhuhu, Auckland 1062", "022 318 4470", "losa.faleolo@mailbox.co.nz"], bullet="•",
    blocks=[
        ("para", "Personal Statement", "Talofa lava. I am a bilingual (Samoan/English) community worker who loves connecting "
         "Pacific families with the health services they are entitled to. I grew up in Ōtāhuhu and know our churches, "
         "sports clubs and families well."),
        ("jobs", "Work Experience", [
            E("Pasifika Community Liaison", "Moana Health Trust", "South Auckland", "2022-03", "present", [
                "Help Pacific families enrol with a GP and catch up on immunisations and cervical and bowel screening, often in Samoan",
                "Run health talks at churches, youth groups and rugby league clubs",
                "Go on home visits with the public health nurse and follow up families who miss appointments"],
              "facing", "healthcare_care"),
            E("Storeperson", "Pacific Freight Logistics", "Penrose, Auckland", "2018-11", "2022-02", [
                "Unpacked containers, picked and packed supermarket orders with an RF scanner",
                "Forklift licence (F endorsement), cycle counts"], "affecting"),
            E("Process Worker (night shift)", "Southern Bakeries Ltd", "Māngere, Auckland", "2016-01", "2018-10", [
                "Worked the bun line – loading trays, checking weights and packing for dispatch",
                "End of shift clean-down and sanitation"], "none"),
        ]),
        ("jobs", "Church & Community", [
            E("Youth Leader (volunteer)", "Ōtāhuhu EFKS Youth", "Ōtāhuhu", "2016", "present", [
                "Lead Friday youth nights for 40 young people, organise White Sunday practice and the youth camp"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Samoan and English – fluent", "Full licence", "MS Office, Google Sheets",
                            "Health literacy training (2023)"]),
        ("para", "Referees", "Available on request."),
    ]))

R.append(dict(
    file="w012.docx", fmt="docx", layout="header", order="title_org", dstyle="mon", present="Present", hlevel=2,
    family="Argentinian working-holiday maker in Queenstown hotels, contact in the Word page header, heading styles, ski season",
    name="Valentina Ruiz", contact=["Frankton, Queenstown", "+64 22 580 1193", "valen.ruiz@mailbox.com.ar", "Working Holiday Visa (NZ) to 2027"],
    blocks=[
        ("para", "Profile", "Bilingual hotel professional (Spanish/English, basic Portuguese). Four years in reservations in "
         "Buenos Aires, now on the front desk in Queenstown. Seeking a Front Office Supervisor role with visa sponsorship."),
        ("jobs", "Professional Experience", [
            E("Guest Services Agent", "Remarkables Lakeview Hotel", "Queenstown", "2024-09", "present", [
                "Check guests in and out of a 180-room hotel, handle upgrades and room moves",
                "Book jet boats, wine tours and Milford Sound trips for guests",
                "Handle complaints at the desk and follow up with housekeeping and maintenance"], "facing", "in_person_service"),
            E("Night Auditor", "Remarkables Lakeview Hotel", "Queenstown", "2024-02", "2024-08", [
                "Ran the night audit and end-of-day reports",
                "Only staff member on the front desk overnight: late check-ins, noise complaints and calls"],
              "facing", "in_person_service"),
            E("Lift Operator", "Mount Aspiring Ski Area", "Wānaka", "2023-06", "2023-08", [
                "Loaded skiers and snowboarders on the quad chair, slowed it down for kids and beginners, checked passes"],
              "facing", "other_facing", dates="Winter season 2023"),
            E("Reservations Agent", "Hotel Palermo Soho Suites", "Buenos Aires, Argentina", "2019-03", "2023-04", [
                "Phone and email reservations in Spanish and English; managed OTA extranets and group blocks"],
              "facing", "contact_center"),
        ]),
        ("list", "Education", ["Licenciatura en Turismo (incomplete) – Universidad de Palermo", "Opera PMS, Cloudbeds, SiteMinder"]),
        ("para", "References", "Available on request."),
    ]))

R.append(dict(
    file="w013.pdf", fmt="fpdf", layout="left", order="dash", dstyle="mon", present="Current", caps=True, fs=9.5,
    family="Ballarat supermarket front-end supervisor, fpdf2 left header, 'Title – Employer, Town' with right dates, online shopper and night fill",
    name="Kirsty Lamb", contact=["Wendouree VIC 3355  ·  0439 018 552  ·  kirsty.lamb@mailbox.com.au"], bullet="›",
    blocks=[
        ("para", "Career Objective", "Ten years with the same supermarket, working my way from night fill to running the front end. "
         "Looking for a Customer Service Manager or 2IC position."),
        ("jobs", "Work History", [
            E("Customer Service Supervisor", "Greenacre Supermarkets", "Ballarat VIC", "2022-06", "present", [
                "Run the front end: checkouts, self-serve, service desk and tobacco kiosk, breaks and relief",
                "Refunds, price checks and customer complaints; sign off voids and overrides",
                "Cash office: float preparation, safe counts and banking"], "facing", "in_person_service"),
            E("Online Personal Shopper", "Greenacre Supermarkets", "Ballarat VIC", "2020-04", "2022-05", [
                "Picked online orders with a handheld, chose substitutions and staged totes for the vans",
                "Early-morning starts before trade so most picking was done before the doors opened"], "affecting"),
            E("Night Fill Team Member", "Greenacre Supermarkets", "Ballarat VIC", "2018-11", "2020-03", [
                "Filled grocery and dairy after close, broke down pallets, recycled cardboard"], "affecting"),
            E("Checkout Operator", "Lucas Street Foodworks", "Ballarat VIC", "2016-02", "2018-10", [], "facing", "in_person_service"),
        ]),
        ("lines", "Training", ["Certificate III in Retail – 2019", "Responsible Service of Alcohol (VIC)", "First Aid – 2025"]),
        ("para", "Referees", "Referees available on request"),
    ]))

R.append(dict(
    file="w014.html", fmt="html", layout="table", order="title_org", dstyle="mon", present="Present",
    css="body{font-family:Georgia,serif;margin:40px}td{padding:6px 10px;vertical-align:top}h2{color:#2a5d84}",
    family="Christchurch insurance claims consultant, HTML with a two-column table (dates left), back-office claims administrator",
    name="Siobhan Parata", contact=["Riccarton, Christchurch", "021 904 336", "siobhan.parata@mailbox.co.nz"],
    blocks=[
        ("para", "Summary", "Claims consultant with seven years in home and contents insurance. Calm on the phone with people "
         "on the worst day of their year, and tidy with the paperwork."),
        ("jobs", "Career History", [
            E("Claims Consultant", "Southern Alps Insurance", "Christchurch", "2021-02", "present", [
                "Take first notification of loss calls for house, contents and vehicle claims",
                "Call customers with updates and explain excesses and cover decisions in plain language",
                "Arrange builders, assessors and temporary accommodation"], "facing", "contact_center"),
            E("Claims Administrator", "Southern Alps Insurance", "Christchurch", "2019-07", "2021-01", [
                "Processed repairer and supplier invoices and set up claim payments",
                "Updated claim files and diary notes for the consultants; no direct customer contact"], "affecting"),
            E("Data Entry Clerk (temp)", "Canterbury Rebuild Office", "Christchurch", "2018-03", "2019-06", [
                "Entered repair scopes and quotes into the claims system for the rebuild programme"], "affecting"),
            E("Wait Staff", "Riccarton Brew Bar", "Christchurch", "2015-11", "2018-02", [
                "Table service, bar backup and running food for a 120-seat bar and restaurant"], "facing", "in_person_service"),
        ]),
        ("list", "Education", ["Certificate in Insurance (ANZIIF Tier 2) – 2022", "University of Canterbury – BA papers in Sociology (2014–2015)"]),
        ("para", "Referees", "Referees available on request."),
    ]))

R.append(dict(
    file="w015.pdf", fmt="rl", layout="twocol", order="title_org", dstyle="mon", present="Current", caps=True,
    tagline="Enrolled Nurse – Aged Care",
    family="Blacktown enrolled nurse (Fijian-Indian), reportlab two-column header, career break with dates, year-only Fiji pharmacy job",
    name="Nalini Prasad", contact=["Blacktown NSW 2148", "0430 225 818", "nalini.prasad@mailbox.com.au", "AHPRA: NMW0002178xxx"],
    blocks=[
        ("para", "Professional Summary", "Enrolled Nurse with AHPRA registration and more than ten years in hospital and aged "
         "care. Returned to nursing in 2021 after caring for my father. Strong in medication management, wound care and "
         "working with families."),
        ("jobs", "Work Experience", [
            E("Enrolled Nurse", "Wattle Grove Residential Aged Care", "Blacktown NSW", "2021-01", "present", [
                "Medication rounds for 40 residents, wound care, catheter care and clinical observations",
                "Update care plans with the RN and talk with families about changes in their loved one's condition",
                "Supervise AINs on the floor during shift"], "facing", "healthcare_care"),
            E("Career Break – Full-time carer for my father", None, None, "2019-03", "2020-12", [], "none", etype="unknown"),
            E("Assistant in Nursing (AIN)", "Westmead Hills Private Hospital", "Westmead NSW", "2015-06", "2019-02", [
                "Patient hygiene, mobility and meal assistance on a surgical ward", "Specialling confused patients overnight"],
              "facing", "healthcare_care"),
            E("Medical Receptionist", "Rooty Hill Family Medical Centre", "Rooty Hill NSW", "2012-02", "2015-05", [
                "Front desk for six GPs: appointments, Medicare billing, recalls and phones"], "facing", "in_person_service"),
            E("Pharmacy Assistant", "Lautoka Central Pharmacy", "Lautoka, Fiji", "2009", "2011", [
                "Served customers at the counter and helped the pharmacist with stock"], "facing", "in_person_service"),
        ]),
        ("lines", "Education", ["Diploma of Nursing (HLT54115) – TAFE NSW, 2014", "Form 7 – Natabua High School, Lautoka"]),
        ("list", "Certifications", ["AHPRA Enrolled Nurse registration", "CPR/BLS 2026", "Manual handling", "NDIS Worker Check"]),
        ("para", "Referees", "Available upon request"),
    ]))
