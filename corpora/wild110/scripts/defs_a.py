"""Résumé definitions w001–w015."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
R(file="w001.pdf", r="rl", style="plain", order="title_org", dates="mon", present="Present",
  family="UK food-delivery rider with a zero-hours shop job at the same time, Word-to-PDF single column",
  layout="reportlab, plain/title_org, mon / 'Present'",
  name="Callum Reddish", tagline="Friendly, reliable, available evenings and weekends",
  contact=["Leeds LS6", "07700 914 226", "callum.reddish@mailbox.co.uk"],
  sections=[
      ("Profile", ["I have worked in delivery, retail and kitchens and I am used to busy shifts and changing rotas. "
                   "Looking for a full-time customer service role with regular hours."]),
      ("Work History", [
          E("Delivery Rider (self-employed)", "Munchr", "Leeds", "2023-05", "present", "facing", "in_person_service", [
              "Deliver 25-40 orders a shift by e-bike across Headingley and the city centre",
              "Hand orders over at the door and sort out missing or wrong items with customers through the app chat",
              "Kept a 4.9 customer rating over 3,000+ deliveries"], etype="freelance"),
          E("Retail Assistant (zero-hours contract)", "Harrow & Finch Outdoor", "Leeds", "2024-02", "present", "facing",
            "in_person_service", [
              "Serve customers on the shop floor and till, mostly Saturdays and late-night Thursdays",
              "Boot fitting and advice on waterproofs and camping gear",
              "Process returns and click & collect orders"]),
          E("Night Picker", "Coldwell Grocery Fulfilment", "Wakefield", "2022-09", "2023-04", "affecting", None, [
              "Picked chilled and ambient online grocery orders with a handheld scanner",
              "Averaged 185 units an hour against a target of 170"]),
          E("Kitchen Porter", "The Brass Tap", "Leeds", "2021-11", "2022-08", "affecting", None, [
              "Washing up, deep cleaning and basic veg prep for a 90-cover pub kitchen"]),
          E("Leaflet Distributor", "Doorstep Media", "Leeds", "2021-06", "2021-10", "none", None, [
              "Delivered up to 1,500 leaflets a day on set rounds"]),
      ]),
      ("Education", ["BTEC Level 3 Sport, Park Lane College, 2019 – 2021", "GCSEs (9 including English and Maths), 2019"]),
      ("Skills", ["• Full UK driving licence (car) and CBT", "• Cash handling, Lightspeed POS", "• Food Hygiene Level 2"]),
      ("References", ["Available on request."]),
  ])

# ------------------------------------------------------------------ w002
R(file="w002.docx", r="docx", docx=["tabs"], order="orgfirst", dates="mon", present="Present", bullet="list",
  family="UK temp with three placements under one agency heading, a zero-hours bar job and a 'various employers' line; Word tab-stop dates",
  layout="docx, tabs/orgfirst, mon / 'Present'",
  name="Siân Openshaw", contact=["Salford, Greater Manchester", "07723 558 104", "sian.openshaw@mailbox.org.uk"],
  sections=[
      ("Personal Statement", ["Adaptable temp with experience on reception, in accounts and on the phones. "
                              "I pick up new systems quickly and I'm happy to cover short notice."]),
      ("Employment", [
          E("Receptionist", "Northgate Staffing", "Manchester", "2025-03", "2025-08", "facing", "in_person_service", [
              "Greeted patients, booked and moved appointments on the practice system",
              "Took payments and explained treatment plan costs"],
            group_line="Northgate Staffing – temporary placements, Manchester", sub="Client: Halden Dental Practice, Salford"),
          E("Accounts Assistant", "Northgate Staffing", "Manchester", "2024-10", "2025-02", "none", None, [
              "Matched supplier invoices to purchase orders and chased missing paperwork",
              "Prepared the weekly payment run for the finance manager"], sub="Client: Pemberton Freight Ltd, Trafford Park"),
          E("Customer Service Adviser", "Northgate Staffing", "Manchester", "2024-01", "2024-09", "facing", "contact_center", [
              "Inbound calls about bills, meter readings and payment plans",
              "Set up direct debits and logged complaints"], sub="Client: Brightwater Energy, Salford Quays"),
          E("Bar Staff (zero-hours)", "The Old Quay", "Manchester", "2023-06", "present", "facing", "in_person_service", [
              "Serving at the bar and on the terrace on Friday and Saturday nights",
              "Challenge 25 checks and cashing up at close"]),
          E("Data Entry Clerk (temp)", "Various employers", "Greater Manchester", "2022-04", "2023-05", "affecting", None, [
              "Short assignments keying delivery notes and customer orders into SAP for three distribution firms"]),
      ]),
      ("Qualifications", ["AAT Level 2 Certificate in Accounting (2022)", "A levels: Business (B), English Language (C)"]),
      ("Skills", ["Typing 62 wpm · Excel (VLOOKUP, pivot tables) · Sage 50 · SAP order entry · Personal licence holder"]),
  ])

# ------------------------------------------------------------------ w003
R(file="w003.txt", r="txt", order="dash", dates="mon", present="Present", dsep=" - ", hstyle="caps", bullet="*",
  txtdate="right",
  family="US multi-app gig driver (rideshare, food delivery, grocery shopping at once), plain text pasted from a job board",
  layout="txt, plain/dash, mon / 'Present'",
  name="Marisol Ventura", contact=["Phoenix, AZ 85015", "(602) 555-0147", "marisol.ventura@mailbox.com"],
  sections=[
      ("Summary", ["Driver and delivery professional with 9 years of customer-facing work. Clean driving record,",
                   "own vehicle, bilingual English/Spanish."]),
      ("Experience", [
          E("Rideshare Driver", "Rydely", "Phoenix, AZ", "2022-03", "present", "facing", "in_person_service", [
              "4,800+ trips with a 4.96 rider rating",
              "Help riders with luggage, wheelchairs and car seats; keep the car clean and stocked with water"],
            etype="freelance"),
          E("Delivery Driver", "DashDrop", "Phoenix, AZ", "2023-01", "present", "affecting", None, [
              "Mostly leave-at-door deliveries with photo confirmation, run alongside rideshare at lunch",
              "Plan stacked orders so food arrives hot; insulated bags and drink carriers"], etype="freelance"),
          E("Grocery Shopper", "FreshCart", "Tempe, AZ", "2021-06", "2022-12", "facing", "in_person_service", [
              "Shopped orders in store and texted customers about substitutions",
              "Delivered to the door and carried heavy items inside for older customers"], etype="freelance"),
          E("Seasonal Package Handler", "ParcelPoint Hub", "Phoenix, AZ", "2021-10", "2022-01", "affecting", None, [
              "Unloaded trailers and scanned packages onto outbound belts for the holiday peak"]),
          E("Server", "Cactus Flats Grill", "Mesa, AZ", "2017-08", "2021-05", "facing", "in_person_service", [
              "Served a 6-table section, took orders and ran card payments",
              "Trained four new servers on menu and POS"]),
      ]),
      ("Skills", ["* Bilingual English / Spanish", "* Google Maps, Waze, route planning", "* Food Handler Card (Maricopa County)"]),
      ("Education", ["High School Diploma - Maryvale High School, 2016"]),
  ])

# ------------------------------------------------------------------ w004
R(file="w004.pdf", r="fp", style="left", order="org_title", dates="mm/yyyy", present="Current", dsep=" – ",
  hstyle="rule", bullet="–",
  family="Australian app-based handyman and sole trader, fpdf2 left-aligned header, employer line first with dates, title below",
  layout="fpdf2, left/org_title, mm/yyyy / 'Current'",
  name="Jarrah Whitcombe", tagline="Handyman · Furniture assembly · Odd jobs",
  contact=["Capalaba QLD 4157", "0412 555 318", "jarrah.w@mailbox.net.au", "ABN 51 824 000 317"],
  sections=[
      ("Work Experience", [
          E("Handyman / Furniture Assembler", "FixFriend", "Brisbane QLD", "2023-08", "present", "facing",
            "entrepreneurial_freelance", [
              "Flat-pack assembly, TV wall mounting and small repairs in customers' homes, booked through the app",
              "Quote jobs on site and talk customers through options before starting",
              "4.9 stars from 410 reviews; top-rated tasker badge"], etype="freelance"),
          E("Owner / Sole Trader", "Whitcombe Odd Jobs", "Redlands QLD", "2021-02", "2023-07", "facing",
            "entrepreneurial_freelance", [
              "Gutter cleaning, fence and deck repairs, rubbish removal",
              "Met homeowners to scope and quote jobs; advertised on Marketplace and letterbox drops",
              "Invoicing and BAS with MYOB"], etype="freelance"),
          E("Casual Yard Hand", "Hardwood Depot", "Capalaba QLD", "2019-05", "2021-01", "facing", "in_person_service", [
              "Loaded timber, sleepers and landscaping supplies into customers' utes and trailers",
              "Forklift loading of delivery trucks; cut timber to length"]),
          E("Labourer (various sites)", "Ironbark Labour Hire", "Brisbane QLD", "2018-01", "2019-04", "none", None, [
              "Site clean-up, material handling and demolition on commercial builds"]),
          E("Tip Shop Volunteer", "Redland Reuse Tip Shop", "Birkdale QLD", "2022-03", "2022-12", "facing", "volunteering", [
              "Served customers at the counter on Saturdays and priced donated furniture"], section="volunteer",
            etype="volunteer"),
      ]),
      ("Licences & Tickets", ["QBCC minor works (under $3,300) · White Card · Forklift (LF) licence · Open C licence, own ute and trailer"]),
      ("Education", ["Certificate II in Construction Pathways – TAFE Queensland, 2017"]),
  ])

# ------------------------------------------------------------------ w005
R(file="w005.md", r="md", mdstyle="h3", order="title_org", dates="mon", present="Present", bullet="para",
  family="Kenyan former teacher tutoring on two online platforms at once, plus transcription and AI data work, Markdown",
  layout="md, h3/title_org, mon / 'Present'",
  name="Wanjiru Kamau", tagline="Online English tutor (TEFL, 120 hrs)",
  contact=["Nairobi, Kenya", "+254 712 555 903", "wanjiru.kamau@mailbox.co.ke"],
  sections=[
      ("Experience", [
          E("Online English Tutor", "LinguaLoop", "Remote", "2022-02", "present", "facing", "education", [
              "One-to-one conversation and exam practice lessons for adult learners, 20-30 hours a week",
              "Rebooking rate around 70%; featured tutor since 2024"], etype="freelance"),
          E("Online English Tutor", "Tutorly", "Remote", "2021-06", "2023-01", "facing", "education", [
              "25-minute lessons for children aged 5-12 using the platform's slides",
              "Wrote feedback for parents after every lesson"], etype="freelance"),
          E("AI Data Annotator (contract)", "LabelWorks", "Remote", "2023-08", "2024-03", "none", None, [
              "Tagged images and ranked chatbot answers against written guidelines"], etype="freelance"),
          E("Transcriptionist", "ScribeHive", "Remote", "2020-01", "2021-12", "affecting", None, [
              "Transcribed interviews, podcasts and focus groups for the platform's clients to a 99% accuracy standard"],
            etype="freelance"),
          E("Class Teacher", "Greenfield Academy", "Thika", "2016", "2019", "facing", "education", [
              "Taught English and Social Studies to Grades 4-6 and ran the debate club"]),
      ]),
      ("Education", ["- B.Ed. (Arts), Kenyatta University, 2015", "- TEFL certificate, 120 hours, 2020"]),
      ("Tech", ["Zoom, Google Classroom, ClassIn, a quiet home office with backup power and fibre"]),
  ])

# ------------------------------------------------------------------ w006
R(file="w006.docx", r="docx", docx=["table"], order="title_org", dates="month", present="Present", bullet="•",
  family="Canadian holding two jobs at once (warehouse flex shifts and hotel front desk) after courier contracting; Word table per job",
  layout="docx, table/title_org, month / 'Present'",
  name="Daniel Okafor", contact=["Mississauga, ON", "(905) 555-0172", "daniel.okafor@mailbox.ca"],
  sections=[
      ("Summary of Qualifications", ["• Four years serving the public in hotel, retail and delivery roles",
                                     "• Comfortable juggling two schedules; available nights"]),
      ("Work Experience", [
          E("Front Desk Agent (part-time)", "Harbourview Suites", "Toronto, ON", "2024-09", "present", "facing",
            "in_person_service", [
              "Check guests in and out on weekend evening shifts, handle room changes and late-night requests",
              "Balance the shift report in the property system"]),
          E("Warehouse Associate (Flex Shifts)", "Lakeshore Fulfilment Inc.", "Mississauga, ON", "2024-04", "present",
            "affecting", None, [
              "Pick, pack and ship e-commerce orders; pick shifts weekly through the flex app",
              "Cycle counts and returns processing"]),
          E("Tax Preparer (seasonal)", "Northway Tax Clinic", "Brampton, ON", "2024-02", "2024-04", "facing", "other_facing", [
              "Prepared personal returns in person with walk-in clients and explained refunds and benefits"],
            text="February – April 2024"),
          E("Courier (independent contractor)", "Swiftly Same-Day", "Toronto, ON", "2022-11", "2024-03", "facing",
            "in_person_service", [
              "Picked up prescriptions from pharmacies and delivered to patients' homes",
              "Checked ID and collected signatures at the door"], etype="freelance"),
          E("Cashier", "Parkdale FreshMart", "Toronto, ON", "2021-06", "2022-10", "facing", "in_person_service", [
              "Cash and self-checkout, lottery, customer questions"]),
      ]),
      ("Education", ["Diploma, Business Administration – Humber Polytechnic, 2021"]),
      ("Certifications", ["Smart Serve Ontario · WHMIS 2015 · Standard First Aid"]),
  ])

# ------------------------------------------------------------------ w007
R(file="w007.pdf", r="rl", style="sidebar", order="pipe", dates="mon", present="Present", hstyle="caps",
  family="UK Etsy candle maker with a market stall and a café job at the same time, reportlab with shaded left sidebar",
  layout="reportlab, sidebar/pipe, mon / 'Present'",
  name="Esme Tollworthy", tagline="Maker · Barista · Market trader",
  contact=["Bristol BS5", "07911 555 262", "esme@mailbox.uk"],
  side=[("Skills", ["Customer service", "Etsy & Shopify listings", "Product photography", "Barista (latte art)",
                    "Stock control"]),
        ("Interests", ["Wild swimming", "Pottery classes", "Car boot sales"])],
  sections=[
      ("About me", ["I run a small candle business from home and I love talking to the people who buy from me. "
                    "I'm after a customer-facing role with more stability."]),
      ("Experience", [
          E("Owner & Maker (Etsy shop)", "Wick & Willow Candles", "Bristol", "2021-03", "present", "facing",
            "entrepreneurial_freelance", [
              "Hand-pour soy candles and wax melts; photograph and list every product",
              "Answer buyer messages, take custom wedding-favour orders and sort out breakages in the post",
              "1,900+ sales, 4.9 star shop rating"], etype="freelance"),
          E("Market Trader", "St Nicholas Market", "Bristol", "2021-09", "2023-12", "facing", "in_person_service", [
              "Ran my own Saturday stall selling candles and gift sets"], etype="freelance",
            text="Sep 2021 – Dec 2023 (Saturdays)"),
          E("Barista", "Copper Kettle Coffee", "Bristol", "2020-01", "2022-08", "facing", "in_person_service", [
              "Made drinks and served customers in a busy station café", "Opened and closed the shop"]),
          E("Fulfilment Packer (Christmas temp)", "Parcelwise Logistics", "Avonmouth", "2019-11", "2020-01", "affecting",
            None, ["Packed and labelled customer orders for an online fashion retailer"]),
      ]),
      ("Education", ["Foundation Diploma in Art & Design, City of Bristol College, 2019"]),
  ])

# ------------------------------------------------------------------ w008
R(file="w008.html", r="html", order="title_org", dates="mon", present="Present",
  family="Filipino freelance virtual assistant with overlapping remote contracts after BPO chat support, HTML page",
  layout="html, plain/title_org, mon / 'Present'",
  name="Maricel Abrenica", tagline="Virtual Assistant | Customer Support | Admin",
  contact=["Cebu City, Philippines", "+63 917 555 0384", "maricel.abrenica@mailbox.ph"],
  sections=[
      ("Professional Summary", ["Remote virtual assistant with 8 years in customer support and admin. Reliable internet "
                                "(fibre plus LTE backup), available US and AU hours."]),
      ("Work Experience", [
          E("Virtual Assistant (freelance)", "Self-employed", "Cebu City", "2021-07", "present", "facing", "digital_service", [
              "Manage inboxes and calendars for three small-business owners in the US and Australia; weekly Zoom check-ins with each",
              "Answer their customers' emails and Facebook messages and process refunds in Shopify"], etype="freelance"),
          E("Bookkeeping Assistant (part-time, remote)", "Ledgerlight Accounting Services", "Remote", "2023-01", "2024-06",
            "affecting", None, [
              "Reconciled clients' bank feeds in Xero and prepared month-end reports for the accountant"]),
          E("Social Media Content Assistant (project)", "Kapé Lokal Café Group", "Cebu City", "2020-09", "2021-02",
            "affecting", None, ["Drafted posts and Canva graphics for the cafés' pages and scheduled them"]),
          E("Chat Support Agent", "Bluepeak Outsourcing Inc.", "Cebu City", "2018-03", "2021-06", "facing", "digital_service", [
              "Live chat and email support for a US online furniture store, 3 chats at a time",
              "Handled order tracking, damaged deliveries and returns; CSAT 94%"]),
          E("Sales Clerk", "Fuente Department Store", "Cebu City", "2016-06", "2018-02", "facing", "in_person_service", [
              "Assisted shoppers in the ladies' wear section and handled fitting rooms"]),
      ]),
      ("Education", ["BS Business Administration, University of San Carlos-Talamban (undergraduate units), 2016"]),
      ("Tools", ["Google Workspace, Shopify, Gorgias, Xero, Canva, Trello, Slack"]),
  ])

# ------------------------------------------------------------------ w009
R(file="w009.txt", r="txt", order="orgfirst", dates="mm/yyyy", present="present", dsep=" - ", hstyle="caps",
  bullet="-", txtdate="right", gcaps=True,
  family="UK agency worker with placements under an agency heading, a 'various employers' block and own-van courier work; caps employer headings in text",
  layout="txt, plain/orgfirst, mm/yyyy / 'present'",
  name="Tomasz Wieczorek", contact=["Birmingham B21", "Mob: 07455 555 781", "t.wieczorek@mailbox.eu"],
  sections=[
      ("Work experience", [
          E("Forklift Driver", "Brindley Recruitment", "Birmingham", "2024-06", "present", "none", None, [
              "Counterbalance and reach truck, moving board reels and finished pallets between production lines"],
            group_line="Brindley Recruitment (agency worker), Birmingham", sub="Placed at Fenton Cartons Ltd"),
          E("Warehouse Operative", "Brindley Recruitment", "Birmingham", "2023-09", "2024-05", "affecting", None, [
              "Picking and packing customer orders, 98% accuracy"], sub="Placed at Kelby Online Retail, Tamworth"),
          E("Kitchen Porter", "Brindley Recruitment", "Birmingham", "2023-03", "2023-08", "affecting", None, [
              "Short bookings in hotel and conference kitchens"], sub="Various hotels and event venues"),
          E("Removals Porter", "Various employers", "West Midlands", "2021-05", "2023-02", "affecting", None, [
              "Wrapping and carrying furniture, loading vans, dismantling beds and wardrobes"],
            group_line="Various employers (short contracts), West Midlands"),
          E("Multi-drop Delivery Driver (own van)", "Parcelroo", "Walsall", "2019-08", "2021-04", "facing",
            "in_person_service", [
              "Up to 120 drops a day; took signatures and did age checks for alcohol deliveries",
              "Dealt with customers at the door about missed and damaged parcels"], etype="freelance",
            group_line="Parcelroo (self-employed courier), Walsall"),
      ]),
      ("Licences", ["- Full UK driving licence, clean", "- Counterbalance + reach truck (RTITB), 2023", "- CSCS green card"]),
      ("Languages", ["Polish (native), English (fluent)"]),
  ])

# ------------------------------------------------------------------ w010
R(file="w010.docx", r="docx", docx=["header"], order="datesfirst", dates="iso", present="Present", bullet="•",
  family="US patient access rep and per-diem caregiver holding two jobs at once, earlier pet-sitting app and mystery shopping; name in Word page header, dates first",
  layout="docx, header/datesfirst, iso / 'Present'",
  name="Keisha Carrington", contact=["Decatur, GA 30030", "(404) 555-0193", "keisha.carrington@mailbox.us"],
  tagline="Patient access and caregiving – compassionate, organised, dependable",
  sections=[
      ("Experience", [
          E("Patient Access Representative (PRN)", "Peachtree Family Clinic", "Atlanta, GA", "2024-01", "present", "facing",
            "in_person_service", [
              "Register patients, verify insurance and collect copays at the front desk",
              "Schedule follow-ups and answer the clinic phone line"]),
          E("Caregiver (per diem)", "CareBridge Home Services", "Decatur, GA", "2023-06", "present", "facing",
            "healthcare_care", [
              "Personal care, meals and medication reminders for 3-4 elderly clients in their homes"]),
          E("Mystery Shopper (contract)", "ServiceSight Research", "Atlanta, GA", "2021-03", "2022-06", "affecting", None, [
              "Visited restaurants and bank branches as a customer and wrote detailed reports on the service",
              "Reports used by clients to coach their staff"], etype="freelance"),
          E("Dog Walker & Pet Sitter", "Wagly", "Atlanta, GA", "2022-02", "2023-05", "facing", "entrepreneurial_freelance", [
              "Meet-and-greets with owners before first bookings; photo updates after every visit"], etype="freelance"),
          E("Crew Member", "Southern Stack Burgers", "Decatur, GA", "2018-08", "2021-02", "facing", "in_person_service", [
              "Front counter and drive-thru; promoted to shift trainer"]),
      ]),
      ("Education", ["Medical Office Administration Certificate – Georgia Piedmont Technical College, 2023",
                     "High School Diploma – Columbia High School, 2018"]),
      ("Certifications", ["CPR/BLS (AHA), exp. 2027 · Certified Patient Access Associate (CPAA) candidate"]),
  ])

# ------------------------------------------------------------------ w011
R(file="w011.pdf", r="fp", style="plain", order="dateline", dates="month", present="Now", hstyle="plain",
  bullet="•",
  family="Irish hospitality worker on a zero-hours contract plus app-booked event shifts, census and a summer hotel job; fpdf2 centred header, dates on their own line",
  layout="fpdf2, plain/dateline, month / 'Now'",
  name="Aoife Brennock", contact=["Ballincollig, Co. Cork", "087 555 4410", "aoife.brennock@mailbox.ie"],
  sections=[
      ("Experience", [
          E("Event Bar Staff", "ShiftPal", "Cork", "2024-04", "present", "facing", "in_person_service", [
              "Shifts booked through the app at concerts, race days and rugby matches",
              "Fast bar service for crowds of up to 40,000; cash and card"], etype="freelance"),
          E("Waitress (zero-hours contract)", "The Lough Bistro", "Cork", "2022-10", "present", "facing",
            "in_person_service", ["Table service, wine recommendations, allergens", "Trained new floor staff"]),
          E("Room Attendant", "Marina Quay Hotel", "Kinsale", "2022-06", "2022-08", "affecting", None, [], text="Summer 2022"),
          E("Census Enumerator", "Census Field Operations", "Cork South", "2022-02", "2022-05", "facing", "other_facing", [
              "Delivered and collected census forms door to door",
              "Helped householders fill in the form, including older people and new arrivals"]),
          E("Festival Steward", "Cork Harbour Folk Festival", "Cobh", "2023-08", "2023-08", "facing", "volunteering", [
              "Wristband checks, directions and first-aid calls on the main site"], section="volunteer",
            etype="volunteer", text="August 2023 (volunteer)"),
      ]),
      ("Education", ["Leaving Certificate, Coláiste Choilm, 2021", "Currently: PLC Tourism & Hospitality (evenings)"]),
      ("Skills", ["Manual Handling · Safe Pass · HACCP Level 1 · Full clean driving licence"]),
      ("Referees", ["Available on request"]),
  ])

# ------------------------------------------------------------------ w012
R(file="w012.md", r="md", mdstyle="bold", order="inline", dates="mm/yyyy", present="Present",
  family="US TaskRabbit-style tasker with earlier moving, stagehand and kitchen jobs; Markdown, bold one-line headers with everything after commas",
  layout="md, bold/inline, mm/yyyy / 'Present'",
  name="Luis Ortega-Byrne", contact=["Chicago, IL", "(312) 555-0158", "luis.ortegabyrne@mailbox.com"],
  sections=[
      ("Skills", ["Furniture assembly (IKEA, Wayfair, office systems) · Wall mounting · Basic plumbing and electrical · "
                  "Moving & packing · Spanish"]),
      ("Work History", [
          E("Tasker", "TaskNest", "Chicago, IL", "2023-04", "present", "facing", "entrepreneurial_freelance", [
              "Booked by 300+ clients for assembly, mounting and moving help",
              "Walk clients through the job and price before starting; Elite Tasker status"], etype="freelance"),
          E("Moving Helper", "Lift & Shift Movers", "Chicago, IL", "2022-05", "2023-03", "affecting", None, [
              "Packed, wrapped and loaded furniture with a three-person crew, 3-4 moves a day"]),
          E("Stagehand (on call)", "Lakefront Event Productions", "Chicago, IL", "2021-09", "2023-12", "affecting", None, [
              "Load-ins and load-outs for concerts and conventions; built staging and ran cable"], etype="paid"),
          E("Line Cook", "Ortega's Taqueria", "Cicero, IL", "2016-03", "2021-08", "affecting", None, [
              "Grill and prep for the family restaurant, ordering from suppliers"]),
      ]),
      ("Education", ["Morton College – coursework in HVAC, 2019"]),
  ])

# ------------------------------------------------------------------ w013
R(file="w013.docx", r="docx", docx=["sidebar"], order="title_org", dates="mon", present="Current", dsep=" - ",
  bullet="-",
  family="South African brand promoter and online maths tutor at the same time after contact-centre sales; Word layout table with shaded sidebar",
  layout="docx, sidebar/title_org, mon / 'Current'",
  name="Thandiwe Mokoena", contact=["Mitchells Plain, Cape Town", "072 555 6613", "thandiwe.m@mailbox.co.za"],
  side=[("Skills", ["Selling and sign-ups", "Maths (Grade 12 distinction)", "MS Office", "isiXhosa, English, Afrikaans"]),
        ("Education", ["National Senior Certificate, 2017", "Cert. Contact Centre Operations (NQF 4), 2020"])],
  sections=[
      ("Profile", ["Energetic and target-driven. I have worked promotions, tutoring and inbound sales and I like "
                   "working with people."]),
      ("Experience", [
          E("Brand Promoter", "Various agencies", "Cape Town", "2023-02", "present", "facing", "sales_account", [
              "In-store sampling and activations for drinks and snack brands in malls and supermarkets",
              "Signed shoppers up to loyalty apps; often top of the team for sign-ups"], etype="freelance"),
          E("Online Maths Tutor", "Tutor Hub SA", "Remote", "2022-07", "present", "facing", "education", [
              "Evening lessons for Grade 8-12 learners, homework help and exam prep"], etype="freelance"),
          E("Inbound Sales Agent", "Cape Connect Contact Centre", "Cape Town", "2020-03", "2022-12", "facing",
            "contact_center", ["Sold funeral cover and cell contracts on inbound calls", "Averaged 112% of monthly target"]),
          E("Waitron", "Bo-Kaap Spice Kitchen", "Cape Town", "2018-11", "2020-02", "facing", "in_person_service", [
              "Served tourists and locals, took bookings"]),
      ]),
      ("References", ["Ms N. Jacobs, Team Leader, Cape Connect – 021 555 0190"]),
  ])

# ------------------------------------------------------------------ w014
R(file="w014.pdf", r="rl", style="twocol", order="title_org", dates="mon", present="Present", hstyle="rule",
  footer="Riley Nguyen · Résumé · Page {n}", pagebreak="Education & Training",
  family="Australian with six short and overlapping jobs (rideshare, delivery, agency disability support, Christmas casual, harvest), 2-page reportlab résumé with two-column header and page footer",
  layout="reportlab, twocol/title_org, mon / 'Present'",
  name="Riley Nguyen", tagline="Customer service · Support work · Driving",
  contact=["Footscray VIC 3011", "0433 555 720", "riley.nguyen@mailbox.com.au", "Full licence, own car"],
  sections=[
      ("Career Summary", ["Over the last few years I have worked several jobs at once to study and support my family. "
                          "I am now looking for one permanent role in customer service or support work."]),
      ("Employment History", [
          E("Rideshare Driver", "Zoomr", "Melbourne VIC", "2024-01", "present", "facing", "in_person_service", [
              "Evening and weekend trips, airport runs; 4.93 rating",
              "Assist passengers with luggage and accessibility needs"], etype="freelance"),
          E("Food Delivery Rider", "GrubGo", "Melbourne VIC", "2023-03", "present", "affecting", None, [
              "Deliveries by scooter around Footscray and the CBD",
              "Keep acceptance rate above 80% and plan routes at peak times"], etype="freelance"),
          E("Disability Support Worker (casual)", "Careline Staffing Agency", "Melbourne VIC", "2022-06", "2023-08",
            "facing", "healthcare_care", [
              "Shifts in supported independent living houses: personal care, meals, community access",
              "Wrote shift notes and incident reports"]),
          E("Retail Assistant (Christmas casual)", "Bayside Toy Co.", "Brighton VIC", "2021-11", "2022-01", "facing",
            "in_person_service", []),
          E("Fruit Picker", "Various farms", "Mildura VIC", "2021-02", "2021-04", "none", None, [
              "Grape and citrus picking on piece rates"], text="Harvest 2021 (Feb – Apr)"),
          E("Barista", "Laneway Grind", "Melbourne VIC", "2019-05", "2021-01", "facing", "in_person_service", [
              "Coffee and counter service for the CBD morning rush"]),
      ]),
      ("Education & Training", ["Certificate IV in Disability – Victoria Polytechnic, 2022",
                                "Diploma of Community Services (part-time, current)",
                                "VCE, Footscray High School, 2018"]),
      ("Checks", ["• NDIS Worker Screening Check", "• Working with Children Check (Employee)", "• First Aid and CPR (2025)"]),
      ("Languages", ["English, Vietnamese"]),
      ("Referees", ["Available on request."]),
  ])

# ------------------------------------------------------------------ w015
R(file="w015.txt", r="txt", order="labelled", dates="mon", present="Till date", dsep=" to ", hstyle="colon",
  bullet="->", txtdate="right",
  family="Indian quick-commerce delivery partner and bike-taxi captain at the same time, earlier dark-store picking and loan collection; labelled blocks in text",
  layout="txt, plain/labelled, mon / 'Till date'",
  name="Harish Gowda", name_caps=True,
  contact=["Address: #14, 3rd Cross, Yeshwanthpur, Bengaluru - 560022", "Mobile: +91 98450 55517",
           "Email: harish.gowda@mailbox.in"],
  sections=[
      ("Career Objective", ["To work in a reputed company as customer support executive and grow with the organisation."]),
      ("Work Experience", [
          E("Delivery Partner", "QuickKart Instant", "Bengaluru", "2023-06", "present", "facing", "in_person_service", [
              "10-minute grocery deliveries in Yeshwanthpur and Malleswaram",
              "Collect cash on delivery and call customers when the address is not clear"], etype="freelance"),
          E("Bike Taxi Captain", "ZipRide", "Bengaluru", "2023-01", "present", "facing", "in_person_service", [
              "Morning office rides before delivery shift, 4.8 rating"], etype="freelance"),
          E("Dark Store Picker", "QuickKart Instant", "Bengaluru", "2022-09", "2023-05", "affecting", None, [
              "Picking and packing orders in the dark store within 90 seconds", "Stock receiving and expiry checks"]),
          E("Collection Executive", "Sriram Finserv Ltd", "Mysuru", "2020-03", "2022-08", "facing", "other_facing", [
              "Visited customers with overdue two-wheeler loan EMIs and agreed payment plans",
              "Daily collection report to branch"]),
          E("Security Guard", "Vigil Security Services", "Mysuru", "2018-04", "2020-02", "facing", "other_facing", [
              "Posted at bank branch entrance; checked visitors and helped customers at the ATM"]),
      ]),
      ("Educational Qualification", ["PUC (Commerce) - Govt PU College, Mysuru - 2017 - 61%", "SSLC - 2015 - 72%"]),
      ("Languages Known", ["Kannada, Hindi, English, Tamil (speak)"]),
      ("Personal Details", ["Father's Name : Ramesh Gowda", "Date of Birth : 12-07-1999", "Two wheeler DL : Yes"]),
      ("Declaration", ["I hereby declare that the above information is true to the best of my knowledge.",
                       "Place: Bengaluru                                   (HARISH GOWDA)"]),
  ])
