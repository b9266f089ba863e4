"""wild142 résumés w001–w015 (older workers, returners, long careers). All people and
organisations are invented; product names appear only as tools."""
from lib import E

RESUMES = []


def R(**d):
    RESUMES.append(d)
    return d


# ------------------------------------------------------------------ w001
R(
    id="w001", renderer="reportlab",
    family="UK retired building-society branch manager back on a garden-centre till, 2-page Word-to-PDF CV "
           "with page footer, 'Earlier career' line with years",
    name="Margaret Thornbury",
    contact=["14 Rodborough Lane, Stroud, Gloucestershire GL5 3QT",
             "07700 900 326  |  maggie.thornbury@btinternet.com"],
    layout="plain", align="left", font="Helvetica", hstyle="rule", hdr="title_org", dates="right",
    datefmt="mon", present="Present", glyph="•", fs=10.5, accent=(30, 60, 90),
    footer="Margaret Thornbury  —  CV  —  page {p} of {n}", footer_rule=True,
    body=[
        ("h", "Profile"),
        ("p", "Retired building society branch manager (37 years in retail financial services) who is now "
              "enjoying part-time work back on the shop floor. Patient, numerate and hard to fluster; I like "
              "people and I like sorting out their problems. Looking for 20–25 hours a week in a customer-facing "
              "role in or near Stroud."),
        ("h", "Employment History"),
        E("Customer Service Assistant (Part-time)", "Hollybank Garden Centre", "Stroud", "2023-03", "present",
          "facing", "in_person_service", [
              "Serve customers on the main tills and the plant-area kiosk, including gift cards and the loyalty scheme",
              "Answer questions on hardy perennials, compost and garden furniture – and find someone who knows "
              "when I don't",
              "Take phone orders and sort out delivery problems with our van drivers; log complaints for the "
              "duty manager",
              "Help with Christmas grotto bookings and the café queue on busy weekends"]),
        E("Branch Manager", "Severnside Building Society", "Gloucester", "2004-06", "2020-12",
          "facing", "in_person_service", [
              "Ran a branch of nine staff with £140m of savings and mortgage balances; top-quartile member "
              "satisfaction scores for eleven consecutive years",
              "Dealt personally with complaints that reached branch level and with bereavement and "
              "power-of-attorney cases, often sitting with families for an hour or more",
              "Coached cashiers on spotting financial abuse of vulnerable members",
              "Rotas, audits, cash limits and the 2015 branch refurbishment"]),
        E("Mortgage Adviser", "Severnside Building Society", "Gloucester & Cheltenham", "1996-09", "2004-05",
          "facing", "sales_account", [
              "Interviewed first-time buyers and remortgage applicants, recommended products and saw cases "
              "through to completion",
              "Regularly one of the society's top three advisers by completions"]),
        ("p", "Earlier career: Cashier / Senior Cashier, Midshire Bank plc, Cheltenham (1983 – 1996). Counter "
              "work, foreign currency and the night safe; from 1990 I supervised four cashiers."),
        E("Cashier / Senior Cashier", "Midshire Bank plc", "Cheltenham", "1983", "1996", "facing",
          "in_person_service", ["Counter work, foreign currency and the night safe; from 1990 I supervised four cashiers."],
          hidden=True),
        ("h", "Voluntary Work"),
        E("Volunteer Befriender", "Cotswold Friends at Home", "Stroud", "2021-01", "2023-02", "facing",
          "volunteering", ["Weekly visits and phone calls to two isolated older residents; shopping trips and "
                           "help with forms and letters"], section="volunteer", etype="volunteer"),
        ("h", "Education & Qualifications"),
        ("ul", ["CeMAP – Certificate in Mortgage Advice and Practice (2002)",
                "Professional Certificate in Branch Leadership, Chartered Banker Institute (2008)",
                "3 A levels and 7 O levels, Downfield High School, Stroud (1976 – 1983)"]),
        ("h", "Skills"),
        ("ul", ["Tills, card terminals and EPOS; Microsoft Word, Excel and Outlook",
                "Complaint handling, including vulnerable customers",
                "Full clean driving licence; happy to work weekends and bank holidays"]),
        ("h", "Interests"),
        ("p", "Allotment, choir (alto), walking the Cotswold Way in sections with my sister."),
        ("h", "References"),
        ("p", "Available on request. Former line manager: Mr Alan Pritchard, Regional Director (retired), "
              "Severnside Building Society."),
    ],
)

# ------------------------------------------------------------------ w002
R(
    id="w002", renderer="docx",
    family="US retired CNC machinist now part-time in a hardware store, Word Title and Heading styles, List "
           "Bullet, right tab-stop dates, military service and volunteer sections",
    name="Dennis J. Kowalczyk",
    contact=["6120 Ridgewood Dr, Parma, OH 44129", "(440) 555-0187  •  dkowalczyk.parma@gmail.com"],
    layout="styles", docx_name_style="Title", paper="letter", hdr="title_org", dates="right",
    datefmt="mm/yyyy", present="Present", sep=" – ", docx_font="Cambria",
    body=[
        ("h", "Summary"),
        ("p", "Retired machinist with 35 years on the shop floor and a lifelong habit of fixing things. Now "
              "working part-time in a neighborhood hardware store and enjoying it more than I expected. "
              "Reliable, patient with customers, good with tools, keys and paint."),
        ("h", "Work Experience"),
        E("Sales Associate – Hardware & Paint (Part-Time)", "Buckeye Hardware Supply", "Parma, OH", "2024-04",
          "present", "facing", "in_person_service", [
              "Help customers find plumbing and electrical fittings and explain which part actually fits their job",
              "Mix and tint paint, cut keys and glass, and re-screen windows while customers wait",
              "Run the register on weekends; open and close the store twice a week"]),
        E("Lead Machinist", "Cuyahoga Precision Components", "Cleveland, OH", "2006-02", "2024-01", "none", None, [
            "Set up and programmed Haas and Mazak CNC mills for aerospace brackets and valve bodies",
            "Trained and signed off 14 apprentices; wrote setup sheets still used on second shift",
            "Inspected first articles to print with CMM and hand gauges; scrap under 1%"]),
        E("CNC Machinist", "Cuyahoga Precision Components", "Cleveland, OH", "1993-06", "2006-01", "none", None, [
            "Ran 3-axis mills and lathes on production and prototype work, 10-hour shifts"]),
        E("Machinist Apprentice", "Lakeshore Gear Works", "Euclid, OH", "1989", "1993", "none", None, [
            "Four-year registered apprenticeship: manual lathe, mill, surface grinder and gear hobbing"],
          etype="internship"),
        ("h", "Military Service"),
        E("Light Wheel Vehicle Mechanic (SP4)", "U.S. Army", "Fort Hood, TX", "1985", "1989", "none", None, [
            "Maintained and repaired Humvees and 2½-ton trucks for a transportation company",
            "Honorable discharge, 1989"], etype="military"),
        ("h", "Volunteer"),
        E("Volunteer Driver", "Parma Area Senior Center", "Parma, OH", "2019", "present", "facing",
          "volunteering", ["Drive seniors to medical appointments and the grocery store two mornings a week"],
          section="volunteer", etype="volunteer"),
        ("h", "Education & Certifications"),
        ("ul", ["Certificate, CNC Programming – Tri-County Community College, 1998",
                "Parma Senior High School – Diploma, 1984",
                "Forklift operator certification (renewed 03/2023)"]),
        ("h", "Skills"),
        ("p", "G-code, blueprint reading, GD&T, key cutting, paint matching, basic plumbing and electrical, "
              "cash register and handheld scanners."),
        ("p", "References available on request."),
    ],
)

# ------------------------------------------------------------------ w003
R(
    id="w003", renderer="txt",
    family="Australian returner after nine years caring for her mother, résumé pasted into an email from a "
           "library PC, long unwrapped lines, caring period listed in the work history",
    name="Helen Marchetti",
    contact=["Lara VIC 3212 | 0491 570 158 | helen.marchetti@bigpond.com"],
    layout="plain", wrap=None, hdr="dash", dash=" - ", dates="paren", sep=" - ", datefmt="mon",
    present="current", glyph="*", bind="", blank_after_h=False,
    body=[
        ("p", "Hello, please find my resume below - I could not attach a file from the library computer."),
        ("h", "ABOUT ME"),
        ("p", "I am 58 and ready to return to paid work after nine years as full-time carer for my late mother. "
              "Before that I worked in a busy community pharmacy and a primary school office. I am warm, organised "
              "and good with people who are unwell, anxious or in a hurry. (I also took time out between 1993 and "
              "2001 to raise our three children and helped on school canteen duty in those years.)"),
        ("h", "WORK HISTORY"),
        E("Volunteer Shop Assistant", "Good Samaritan Op Shop", "Geelong West", "2025-07", "present", "facing",
          "volunteering", ["Serve customers at the counter, price donated clothing and dress the front window",
                           "Two shifts a week (Tues, Thurs)"], etype="volunteer"),
        E("Full-time carer for my mother", None, None, "2016-03", "2025-06", "none", None, [
            "Managed her medications, specialist appointments and aged-care package paperwork",
            "Arranged home modifications and respite"], etype="unknown"),
        E("Pharmacy Assistant", "Corio Bay Pharmacy", "Corio", "2008-02", "2016-02", "facing", "in_person_service", [
            "Served customers at the front counter and the script window; referred health questions to the pharmacist",
            "Looked after webster-pak pick-ups and home-delivery customers",
            "Kept cosmetics and vitamins stocked, priced and tidy; weekly wholesaler orders"]),
        E("School Office Assistant", "St Brendan's Primary School", "Belmont", "2001", "2007", "facing",
          "in_person_service", ["First point of contact for parents, visitors and sick kids - phones, late passes, first aid",
                                "Uniform shop, excursion money and the weekly newsletter"]),
        E("Sales Assistant", "Kingsway Drapery", "Geelong", "1986", "1993", "facing", "in_person_service", [
            "Fabric cutting, haberdashery and lay-bys; later trained the new juniors"]),
        ("h", "EDUCATION / TRAINING"),
        ("p", "Certificate III in Community Pharmacy (2009)\nFirst Aid HLTAID011 - renewed Sept 2025\n"
              "Year 12, Bellarine Girls' High School (1985)"),
        ("h", "REFEREES"),
        ("p", "Joanne Tsiolis - Pharmacist/Owner, Corio Bay Pharmacy - 0491 570 110\n"
              "Margaret Doyle - Coordinator, Good Samaritan Op Shop - on request"),
        ("p", "Thanks for reading,\nHelen"),
    ],
)

# ------------------------------------------------------------------ w004
R(
    id="w004", renderer="md",
    family="Canadian retired letter carrier (28 years) doing seasonal retail and his own snow clearing, "
           "Markdown with bold title lines, italic employer lines and full month names",
    name="Gordon Flett",
    contact=["Transcona, Winnipeg MB", "204-555-0148", "gord.flett@shaw.ca"], contact_join=" · ",
    layout="bold", hdr="title_org", dates="right", md_rsep=" · ", datefmt="month", present="present",
    glyph="-",
    body=[
        ("p", "Retired from the post after 28 years and not ready to sit at home. Looking for part-time or "
              "seasonal work where I can be on my feet and talking to people. Reliable in any weather."),
        ("h", "Experience"),
        E("Customer Service Associate (Seasonal)", "Assiniboine Outfitters", "Winnipeg, MB", "2025-11", "2026-01",
          "facing", "in_person_service", [
              "Worked the floor and the tills through the Christmas rush; fitted winter boots and parkas",
              "Handled exchanges and online-order pickups at the service desk"]),
        E("Owner-Operator", "Flett Snow & Yard", "Transcona", "2024-10", "2025-04", "facing",
          "entrepreneurial_freelance", [
              "Cleared driveways and walks for 22 regular clients, mostly seniors; quoted, booked and invoiced my own work",
              "Texted every client before a storm so they knew when I'd be there"], etype="freelance"),
        E("Letter Carrier", "Red River Mail & Parcel Ltd.", "Winnipeg, MB", "1996-04", "2024-06", "facing",
          "in_person_service", [
              "Delivered a 600-point walking route in Transcona",
              "Obtained signatures for registered items and answered residents' questions about holds, "
              "redirections and missed-delivery cards",
              "Sorted and sequenced route mail each morning; Safe Driver award 2019"]),
        E("Mail Sorter (Part-time)", "Red River Mail & Parcel Ltd.", "Winnipeg, MB", "1991-09", "1996-03",
          "affecting", None, ["Night-shift sorting of letters and parcels for city routes"]),
        ("h", "Volunteer"),
        E("Volunteer Coach", "Transcona Minor Hockey Association", None, "2002", "2014", "facing", "volunteering", [
            "Coached U11 and U13 teams; practices, tournaments and the pre-season parent meetings"],
          section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("p", "High School Diploma, Regent Park Collegiate (1990)  \nStandard First Aid & CPR-C (2025)"),
        ("h", "Other"),
        ("p", "Class 5 licence, clean abstract. Can lift 50 lb. Available evenings and weekends."),
    ],
)

# ------------------------------------------------------------------ w005
R(
    id="w005", renderer="html",
    family="Irish secondary teacher who took early retirement, now hotel receptionist and tourist-desk "
           "volunteer; Word 'Save as Web Page' HTML with tab-spaced dates",
    name="Bernadette Hanrahan",
    contact=["Riverside Cottage, Castleconnell, Co. Limerick V94 X2K7", "087 914 2263  ·  bernie.hanrahan@eircom.net"],
    layout="word", hdr="title_org", dates="right", datefmt="month", present="present",
    css="p.MsoNormal{margin:0;font-family:Calibri}h2{font-family:Cambria;color:#1F3864}",
    body=[
        ("h", "Personal Statement"),
        ("p", "I took early retirement from teaching in June 2022 after thirty-two years in the same community "
              "college. I have since discovered that I miss being busy and being around people, and I now work "
              "part-time on a hotel reception desk. Calm under pressure, well organised and an excellent "
              "communicator with people of every age."),
        ("h", "Career History"),
        E("Receptionist (part-time)", "Castleconnell Arms Hotel", "Co. Limerick", "2024-05", "present", "facing",
          "in_person_service", [
              "Check-in and check-out, reservations by phone and email, and directions to half the county",
              "Wedding and funeral enquiries: showing families the function room and passing details to the events team"]),
        E("Year Head (Fifth Year)", "Ardnacrusha Community College", "Co. Clare", "2008", "2022", "facing",
          "education", [
              "Pastoral care for 140 students each year; met parents about attendance, welfare and subject choices",
              "Chaired the year team and the student council"]),
        E("Teacher of English and History", "Ardnacrusha Community College", "Co. Clare", "1990-09", "2022-06",
          "facing", "education", [
              "Taught English and History to Leaving Certificate higher level",
              "Ran the debating society for twenty years"]),
        E("EFL Teacher", "Lingua Viva Language School", "Salamanca, Spain", "1986", "1989", "facing", "education", [
            "Taught English to adults and teenagers in small groups"]),
        ("h", "Voluntary Work"),
        E("Tourist Information Volunteer", "Shannonside Visitor Welcome Point", "Limerick", "2023", "present",
          "facing", "volunteering", [
              "Two mornings a week at the desk helping visitors with walking routes, bus times and bookings"],
          section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("p", "Higher Diploma in Education, 1989 – 1990"),
        ("p", "BA (English and History), 1983 – 1986"),
        ("h", "Other Interests"),
        ("p", "Sean-nós singing, sea swimming at Kilkee, and the local history society."),
        ("h", "Referees"),
        ("p", "Mr Pádraig Lyons, Principal, Ardnacrusha Community College"),
        ("p", "Ms Orla Fennelly, General Manager, Castleconnell Arms Hotel"),
    ],
)

# ------------------------------------------------------------------ w006
R(
    id="w006", renderer="fpdf2",
    family="New Zealand dairy farmer who sold up and now drives a school bus, fpdf2 left header, "
           "'Title, Employer, Place' lines with right-aligned dates, volunteer fire brigade",
    name="Graham Pickering",
    contact=["RD 2, Te Puke 3182  ·  021 555 0719  ·  gpickering@xtra.co.nz"],
    layout="plain", align="left", font="Sans", hdr="comma", dates="right", datefmt="mon", present="present",
    glyph="–", hstyle="over", fs=9.5, nsize=18, accent=(40, 80, 40),
    body=[
        ("p", "Sixty, fit, and after 25 years milking cows I am enjoying a slower pace. I hold a Class 2 licence "
              "with P endorsement and like the responsibility of getting kids to school safely."),
        ("h", "WORK"),
        E("School Bus Driver (part-time)", "Kaimai Coachlines", "Te Puke", "2024-02", "present", "facing",
          "in_person_service", [
              "Morning and afternoon school runs – 48 students from Rangiuru and Pongakawa",
              "Keep order on the bus, know every kid by name and talk to parents at the gate when there's an issue",
              "Pre-trip checks, logbook and incident reports"]),
        E("Relief Milker (casual)", None, "Rangiuru district", "2022-01", "2024-01", "none", None, [
            "Covered milkings and calving for neighbouring farms after we sold up"]),
        E("Sharemilker / Owner-Operator", "Pickering Family Farm", "Pongakawa", "1996", "2021", "none", None, [
            "Ran a 380-cow herd on a 50/50 sharemilking contract, owner-operator from 2008",
            "Employed two to three staff; pasture, effluent compliance, budgets"], etype="freelance"),
        E("Farm Hand, then Herd Manager", None, "Waikato", "1984", "1996", "none", None, [
            "Calf rearing, milking, tractor work; herd manager on a 600-cow farm from 1991"]),
        ("h", "COMMUNITY"),
        E("Volunteer Firefighter", "Te Puke Volunteer Fire Brigade", None, "2005", "present", "facing",
          "volunteering", [
              "Turnouts to road crashes, medical calls and scrub fires; Station Officer since 2017",
              "School visits and Fire Safety Week at the local primary schools"],
          section="volunteer", etype="volunteer"),
        ("h", "TICKETS"),
        ("p", "Class 2 heavy vehicle licence with P endorsement (2023) · First aid (2025) · NZ Certificate in "
              "Agriculture – Dairy (1985) · Growsafe (2010)"),
        ("p", "Referees: Lynne Kerr, Operations, Kaimai Coachlines; Chief Fire Officer, Te Puke brigade."),
    ],
)

# ------------------------------------------------------------------ w007
R(
    id="w007", renderer="docx",
    family="UK skills-first (functional) CV of a returner after caring, employment history without dates, "
           "only the current volunteering dated; Word paragraphs with typed bullets and bordered headings",
    name="Patricia Okafor",
    contact=["Chapel Allerton, Leeds LS7", "07700 900 583", "patokafor@outlook.com"], contact_join="  |  ",
    layout="plain", hdr="dash", dash=" – ", dates="paren", present="present", glyph="▪",
    docx_bullets="typed", docx_h="border", hpt=12, hcolor="1F4E79", align="center", docx_font="Arial",
    docx_pt=10,
    body=[
        ("h", "Personal Profile"),
        ("p", "An experienced customer relations professional returning to work after a period spent caring for "
              "a family member. I am at my best with callers who are upset or confused, and I write clear, kind "
              "letters. I have kept my skills current through volunteering as an adviser."),
        ("h", "Key Skills & Achievements"),
        ("sub", "Customer care"),
        ("ul", ["Dealt with up to 60 calls a day, many from distressed or angry customers",
                "Trained as an internal complaints champion and mentored new starters"]),
        ("sub", "Resolving problems"),
        ("ul", ["Authorised goodwill payments within a delegated limit",
                "Cut repeat complaints on my patch by a third by fixing the cause, not the symptom"]),
        ("sub", "Organisation & IT"),
        ("ul", ["Salesforce, SAP customer billing, Microsoft Office; 45 wpm typing"]),
        ("h", "Employment History"),
        E("Customer Relations Officer", "Aire Valley Water plc", "Bradford", None, None, "facing",
          "contact_center", ["Handled billing and supply complaints by phone, letter and email"]),
        E("Claims Handler", "Yorkshire Mutual Insurance", "Leeds", None, None, "facing", "contact_center", [
            "Took first-notification-of-loss calls for home and motor policies and kept policyholders updated"]),
        E("Order Processing Clerk", "Calder Mail Order Ltd", "Huddersfield", None, None, "affecting", None, [
            "Keyed catalogue orders and amendments; chased out-of-stock lines with the warehouse"]),
        ("h", "Voluntary Work"),
        E("Volunteer Adviser", "Chapeltown Advice Centre", "Leeds", "2023", "present", "facing", "volunteering", [
            "Drop-in and telephone advice on benefits, debt and housing",
            "Case notes and follow-up letters on the shared case system"], section="volunteer", etype="volunteer"),
        ("h", "Education & Training"),
        ("p", "NVQ Level 3 Customer Service · Advice Skills Level 2 (2024) · 8 GCSEs including English and Maths"),
        ("p", "References are available on request."),
    ],
)

# ------------------------------------------------------------------ w008
R(
    id="w008", renderer="reportlab",
    family="Australian former enrolled nurse and practice manager, semi-retired pathology collector and "
           "hospital volunteer; reportlab shaded left sidebar with registrations and referees",
    name="Sue-Ellen Dawkins",
    contact=[],
    layout="sidebar", name_in_side=True, name_split=True, nsize=19, side_w=168, font="Helvetica",
    hstyle="bar", hdr="title_org", dates="right", datefmt="mon", present="Current", glyph="•", fs=9.5,
    accent=(90, 30, 60), side_fill=(240, 230, 236),
    side=[
        ("h", "CONTACT"),
        ("p", "Bull Creek WA 6149"), ("p", "0491 570 227"), ("p", "se.dawkins@iinet.net.au"),
        ("h", "SKILLS"),
        ("ul", ["Venepuncture", "Patient liaison", "Complaints handling", "Rosters & payroll", "Medical billing",
                "Best Practice & Pracsoft"]),
        ("h", "REGISTRATIONS"),
        ("p", "Enrolled Nurse 1992–2009 (now non-practising)"),
        ("p", "Working With Children Check"),
        ("p", "National Police Clearance 2025"),
        ("h", "REFEREES"),
        ("p", "Dr Anil Mehta, Riverton Family Medical Centre"),
        ("p", "Kerry Lowe, Volunteer Services, Swan Districts Community Hospital"),
    ],
    body=[
        ("h", "PROFILE"),
        ("p", "Semi-retired health professional with 35 years in hospitals and general practice. I now work "
              "casual shifts as a pathology collector and volunteer at my old hospital. Gentle with nervous "
              "patients, firm with paperwork."),
        ("h", "EXPERIENCE"),
        E("Pathology Collector (casual)", "WestCoast Pathology Collection Centres", "Applecross WA", "2023-02",
          "present", "facing", "healthcare_care", [
              "Venepuncture and specimen collection for adults and children, including home visits to frail patients",
              "Collection-centre reception: patient details, request forms and billing"]),
        E("Patient Liaison Volunteer", "Swan Districts Community Hospital", "Midland WA", "2022-03", "present",
          "facing", "volunteering", ["Greet and guide outpatients and visitors; help families find wards, "
                                     "parking and the café"], section="volunteer", etype="volunteer"),
        E("Practice Manager", "Riverton Family Medical Centre", "Riverton WA", "2009-03", "2021-12", "facing",
          "in_person_service", [
              "Managed seven receptionists and two practice nurses in a six-GP practice",
              "Handled patient complaints and difficult phone calls personally; rewrote the complaints procedure",
              "Billing, bulk-billing claims, accreditation and rosters"]),
        E("Enrolled Nurse", "Swan Districts Community Hospital", "Midland WA", "1992-01", "2009-02", "facing",
          "healthcare_care", [
              "Medical and rehabilitation wards: personal care, medications, wound care",
              "Discharge teaching for patients and their families"]),
        E("Ward Clerk", "Fremantle District Hospital", "Fremantle WA", "1986", "1991", "facing",
          "in_person_service", [
              "Answered ward phones and call bells, directed visitors, kept charts and bed lists up to date"]),
        ("h", "EDUCATION"),
        ("ul", ["Certificate III Pathology Collection (2022)", "Certificate IV Practice Management (2011)",
                "Enrolled Nurse Certificate, Fremantle District Hospital School of Nursing (1991)"]),
    ],
)

# ------------------------------------------------------------------ w009
R(
    id="w009", renderer="txt",
    family="US retired airline mechanic and Navy veteran doing product demos and museum tours, ATS-style "
           "plain text with ASCII-underlined capitals and dates in a left column",
    name="EARL R. WHITACRE",
    contact=["Tucson, AZ 85710 | (520) 555-0166 | ewhitacre.ap@gmail.com"],
    layout="gutter", dates="gutter", hdr="title_org", datefmt="mm/yyyy", present="Present", sep=" - ",
    gutter_w=21, glyph="-", uline="-", wrap=74,
    body=[
        ("h", "SUMMARY"),
        ("p", "Retired A&P mechanic (30 years airline, 8 years Navy) who still loves airplanes and people. "
              "Part-time product demonstrator and museum docent. Dependable, safety-minded, good talker."),
        ("h", "PROFESSIONAL EXPERIENCE"),
        E("Product Demonstrator (Part-Time)", "Sunstate Event Marketing", "Tucson, AZ", "2025-03", "present",
          "facing", "in_person_service", [
              "Run in-store food and gadget demos at warehouse clubs, three days a week",
              "Talk with 300+ shoppers a shift, answer product questions and hand out coupons"]),
        E("Aircraft Maintenance Technician (A&P)", "Desert Sky Airlines", "Tucson, AZ", "1990-06", "2020-12",
          "none", None, [
              "Line and heavy maintenance on 737 and CRJ fleets; RII inspector from 2004",
              "Maintenance records and sign-offs under Part 121"]),
        E("Adjunct Instructor, A&P Program (evenings)", "Santa Rita Technical College", "Tucson, AZ", "2008-08",
          "2016-05", "facing", "education", ["Taught powerplant and sheet-metal labs to evening students"]),
        ("h", "MILITARY"),
        E("Aviation Structural Mechanic (AMS2)", "U.S. Navy", "NAS Lemoore, CA", "1982", "1990", "none", None, [
            "Airframe and hydraulics maintenance on F/A-18 squadron aircraft"], etype="military"),
        ("h", "VOLUNTEER"),
        E("Volunteer Docent", "Sonoran Air & Space Heritage Museum", "Tucson, AZ", "2021", "present", "facing",
          "volunteering", ["Lead 90-minute tours of the restoration hangar for school groups and veterans' reunions"],
          section="volunteer", etype="volunteer"),
        ("h", "EDUCATION & LICENSES"),
        ("p", "FAA Airframe & Powerplant Certificate (1990)"),
        ("p", "A.A.S. Aviation Maintenance Technology, Santa Rita Technical College (1992)"),
        ("p", "Arizona Food Handler Card (2025)"),
    ],
)

# ------------------------------------------------------------------ w010
R(
    id="w010", renderer="docx",
    family="Canadian pension contact-centre team leader who took early retirement, now library desk and "
           "volunteer tax clinic; Word borderless table per job, bilingual",
    name="Lucie Gagnon-Reid",
    contact=["Orléans, Ottawa ON K1C 2R4", "613-555-0192 · lucie.gagnonreid@rogers.com"],
    layout="table", hdr="title_org", dates="right", datefmt="mon", present="Present", paper="letter",
    docx_h="border", hpt=13, hcolor="2E5E4E", docx_font="Calibri",
    body=[
        ("h", "Profile"),
        ("p", "Bilingual (French/English) client-service professional with 29 years of experience, the last 22 "
              "in a pension administration contact centre. Retired early in 2023; now part-time at the public "
              "library and volunteering at a tax clinic each spring."),
        ("h", "Experience"),
        E("Library Assistant, Circulation (part-time)", "Gloucester Township Public Library", "Ottawa, ON",
          "2024-10", "present", "facing", "in_person_service", [
              "Check-outs, holds, library cards and fines at the front desk in English and French",
              "Help older patrons with e-books and the self-checkout machines"]),
        E("Team Leader, Member Contact Centre", "Rideau Pension Administration", "Ottawa, ON", "2012-04", "2023-06",
          "facing", "contact_center", [
              "Led a bilingual team of 14 agents answering pension and benefits calls from plan members",
              "Took escalated calls and complaints myself; side-by-side coaching and call-quality reviews",
              "Wrote the scripts for the 2019 benefit-statement campaign"]),
        E("Client Services Officer", "Rideau Pension Administration", "Ottawa, ON", "2001-09", "2012-03", "facing",
          "contact_center", ["Answered members' questions about buy-backs, survivor benefits and retirement dates "
                             "by phone and letter"]),
        E("Bilingual Front Desk Agent", "Hôtel du Vieux-Hull", "Gatineau, QC", "1994-05", "2001-08", "facing",
          "in_person_service", ["Check-ins, reservations and concierge requests for business travellers and tour "
                                "groups"]),
        ("h", "Volunteer Experience"),
        E("Volunteer Tax Preparer", "Vanier Community Tax Clinic", "Ottawa, ON", "2024", "present", "facing",
          "volunteering", ["Prepare simple returns in person for low-income seniors and newcomers every March and April"],
          section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("p", "B.A., Communication – 1990 to 1993"),
        ("p", "Certificate in Pension Plan Administration (2006)"),
        ("h", "Languages"),
        ("p", "French (native), English (fluent), Spanish (basic)"),
    ],
)

# ------------------------------------------------------------------ w011
R(
    id="w011", renderer="fpdf2",
    family="Scottish offshore driller turned B&B owner, now hotel night porter; fpdf2 with dates in a left "
           "column and rules between jobs, page footer",
    name="Alasdair Munro",
    contact=["Inverness IV2 4SG", "07700 900 461", "alasdair.munro@btinternet.com"], contact_join="   ·   ",
    layout="gutter", dates="gutter", hdr="title_org", datefmt="mm/yyyy", present="present", sep=" – ",
    gutter_w=92, glyph="·", font="Serif", fs=9.5, hstyle="plain", hsize=3, jobrule=True, accent=(20, 40, 80),
    footer="Alasdair Munro · CV · {p}/{n}", footer_align="right",
    body=[
        ("h", "Profile"),
        ("p", "Twenty-eight years offshore, nine years running our own B&B on Loch Ness, and now the night porter "
              "at a town-centre hotel. I am steady, practical and used to being the one awake when something "
              "goes wrong."),
        ("h", "Experience"),
        E("Night Porter", "Ness Bank Lodge Hotel", "Inverness", "2024-10", "present", "facing", "in_person_service", [
            "Late check-ins, guest requests, residents' bar after 11 pm and the early wake-up calls",
            "Fire and security rounds; cash-up and night audit reports"]),
        E("Owner / Host", "Creag Dhubh Bed & Breakfast", "Drumnadrochit", "2015-04", "2024-09", "facing",
          "entrepreneurial_freelance", [
              "Ran a four-room B&B with my wife: bookings, breakfasts, local advice and the accounts",
              "Rated 4.9 on two booking sites over nine seasons; answered every review myself"], etype="freelance"),
        E("Drilling Supervisor (offshore)", "North Minch Drilling Services", "Aberdeen", "2003", "2015", "none",
          None, ["Day and night toolpusher on semi-submersible rigs; crews of 40, two-on/three-off rotation"]),
        E("Roustabout, later Derrickman", "Grampian Offshore Contracting", "Aberdeen", "1987", "2003", "none",
          None, ["Deck crew, then derrickman on the drill floor"]),
        ("h", "Volunteering"),
        E("Volunteer Crew Member", "Loch Ness Rescue Boat", "Drumnadrochit", "2016", "2022", "facing",
          "volunteering", [
              "Crewed call-outs to capsized kayakers and stranded walkers",
              "Helped run the summer water-safety stall for visitors at Dores beach"],
          section="volunteer", etype="volunteer"),
        ("h", "Certificates"),
        ("p", "BOSIET offshore survival (held 1987 – 2015) · Scottish Personal Licence (2015) · Food Hygiene "
              "Level 2 (2024) · Emergency First Aid at Work (2025)"),
        ("p", "References: Fiona Grant, General Manager, Ness Bank Lodge Hotel – and others on request."),
    ],
)

# ------------------------------------------------------------------ w012
R(
    id="w012", renderer="md",
    family="Australian retired government IT analyst on the road with a caravan, now caravan-park reception; "
           "Markdown h3 titles with dates on their own line, camp-host season as a month range",
    name="Trevor Nankervis",
    contact=["Goolwa SA 5214", "0491 570 313", "trevnank@internode.on.net"],
    layout="h3", hdr="title_org", dates="line", datefmt="month", present="Present", glyph="*",
    body=[
        ("p", "Retired in mid-2021 after 38 years in computing and spent the next two years travelling Australia "
              "with a caravan. Now settled on the Fleurieu and working casually at a holiday park. Friendly, "
              "unflappable, handy with a computer and a tap washer."),
        ("h", "Work History"),
        E("Reception & Bookings (casual)", "Coorong Shores Holiday Park", "Goolwa SA", "2024-10", "present",
          "facing", "in_person_service", [
              "Check in caravanners and cabin guests, take phone bookings, sell bait and ice",
              "Sort out the occasional noisy-neighbour complaint on summer nights"]),
        E("Senior Systems Analyst", "Torrens State Records Office", "Adelaide", "2002-07", "2021-06", "none", None, [
            "Maintained the land-records database and the overnight batch systems",
            "Wrote technical specifications and migration scripts for the 2016 platform move"]),
        E("IT Service Desk Analyst", "Torrens State Records Office", "Adelaide", "1994-02", "2002-06", "facing",
          "internal_support", ["First-line support for 300 staff: passwords, printers, Windows upgrades and desk visits"]),
        E("Computer Operator", "Adelaide Data Processing Bureau", None, "1983", "1994", "none", None, [
            "Ran mainframe shifts, the tape library and overnight print runs"]),
        ("h", "Volunteering"),
        E("Volunteer Camp Host", "Gammon Creek Conservation Park", "Flinders Ranges", "2023-04", "2023-09",
          "facing", "volunteering", ["Greeted campers, explained fire bans and track closures, kept the "
                                     "campground tidy"], section="volunteer", etype="volunteer",
          dt="April – September 2023"),
        ("h", "Education"),
        ("p", "Bachelor of Applied Science (Computing), 1979 – 1982  \nRSA certificate (2024) · First Aid (2024)"),
    ],
)

# ------------------------------------------------------------------ w013
R(
    id="w013", renderer="docx",
    family="US bank assistant manager back at work after six years caring for her parents, Word two-column "
           "layout table with shaded sidebar, employer heading with roles beneath",
    name="Gloria Benavides",
    contact=[],
    layout="sidebar", side_in=2.3, side_fill="DCE6F1", hdr="orgfirst", dates="right", datefmt="mon",
    present="Present", paper="letter", docx_h="plain_bold", hpt=12, hcolor="1F3864", docx_font="Calibri",
    tagline="Bilingual customer service professional",
    side=[
        ("h", "Contact"),
        ("p", "San Antonio, TX 78209"), ("p", "(210) 555-0139"), ("p", "gloria.benavides@yahoo.com"),
        ("h", "Skills"),
        ("ul", ["Inbound calls", "Complaint resolution", "Cash handling", "Account opening", "Spanish / English"]),
        ("h", "Education"),
        ("p", "Certificate in Banking & Finance, Alamo Community College (1994)"),
        ("p", "Customer Service Excellence, online (2025)"),
    ],
    body=[
        ("h", "Summary"),
        ("p", "Thirty years in retail banking, then six years caring for my parents. Back at work in a "
              "utility contact center and glad to be there."),
        ("h", "Experience"),
        E("Customer Care Representative", "Mission Trails Energy", "San Antonio, TX", "2026-01", "present",
          "facing", "contact_center", [
              "Answer inbound calls on billing, start/stop service and payment arrangements in English and Spanish"]),
        E("Family Caregiver", None, None, "2019-05", "2025-10", "none", None, [
            "Full-time care for both parents through my father's dementia and my mother's cancer treatment"],
          etype="unknown", note="Career Break"),
        E("Assistant Branch Manager", "Frontera National Bank", "San Antonio, TX", "2005-03", "2019-04", "facing",
          "in_person_service", [
              "Ran the lobby and teller line; resolved customer problems the tellers couldn't",
              "Opened business accounts and coached the platform staff"]),
        E("Personal Banker", "Frontera National Bank", "San Antonio, TX", "1998-06", "2005-02", "facing",
          "sales_account", ["Opened accounts, CDs and consumer loans; looked after 400+ relationship customers"]),
        E("Teller", "Frontera National Bank", "San Antonio, TX", "1990-08", "1998-05", "facing",
          "in_person_service", ["Deposits, withdrawals, money orders; balanced my drawer to the penny"]),
        E("Proof Operator", "Frontera National Bank", "San Antonio, TX", "1988-06", "1990-07", "affecting", None, [
            "Encoded and balanced the day's checks and deposit slips in the back-office proof department"]),
    ],
)

# ------------------------------------------------------------------ w014
R(
    id="w014", renderer="reportlab",
    family="UK retired police sergeant now school crossing patrol, two-column header, pipe "
           "'Title | Employer | Town' lines, year-only police service, undated earlier career in prose",
    name="Stephen Ashdown",
    tagline="Retired police sergeant · community minded",
    contact=["Seaford, East Sussex BN25", "07700 900 744", "steve.ashdown@gmail.com"],
    layout="plain", align="twocol", font="Helvetica", hstyle="bar", hdr="pipe", dates="right",
    datefmt="monuk", present="present", glyph="-", fs=10, accent=(0, 0, 0), bar_fill=(230, 230, 230),
    body=[
        ("h", "About me"),
        ("p", "Thirty years' police service, most of it on response and neighbourhood teams in Brighton and Hove. "
              "Since retiring I have worked in shopping-centre customer service and now see children across the "
              "road twice a day. Before joining the police I served as a communications rating in the Royal Navy "
              "and worked behind bars in Portsmouth."),
        ("h", "Employment"),
        E("School Crossing Patrol Officer", "Downs Coast District Council", "Seaford", "2022-09", "present",
          "facing", "other_facing", [
              "See around 200 children and parents safely across a busy main road, morning and afternoon",
              "Report near misses and speeding; chat to parents and know most families by name"]),
        E("Customer Service & Security Officer", "The Lanes Shopping Arcade", "Brighton", "2021-03", "2022-07",
          "facing", "in_person_service", [
              "Staffed the information desk: directions, lost property, lost children, mobility scooter hire",
              "Patrols, CCTV and first aid; dealt calmly with shoplifters and the odd drunk"]),
        E("Police Sergeant", "Sussex Coast Constabulary", "Brighton", "2004", "2020", "facing", "other_facing", [
            "Led a response team of eleven constables on 24/7 shifts",
            "Attended emergencies and dealt directly with victims, witnesses and members of the public"]),
        E("Police Constable", "Sussex Coast Constabulary", "Hove", "1990", "2004", "facing", "other_facing", [
            "Neighbourhood beat officer; ran residents' meetings and school talks"]),
        ("h", "Voluntary"),
        E("Trustee & Volunteer Driver", "Seaford Community Transport", None, "2021-06", "present", "facing",
          "volunteering", ["Drive the dial-a-ride minibus for older and disabled residents one day a week; sit on "
                           "the board of trustees"], section="volunteer", etype="volunteer"),
        ("h", "Training"),
        ("p", "First Aid at Work (2024) · Conflict management (2021) · SIA Door Supervisor licence 2021 – 2024 · "
              "D1 minibus entitlement"),
        ("p", "References: Inspector (ret.) Carol Beer; Centre Manager, The Lanes Shopping Arcade."),
    ],
)

# ------------------------------------------------------------------ w015
R(
    id="w015", renderer="docx",
    family="New Zealand hospital records officer who opened her own yarn shop at 52, Word tab-stop dates, "
           "years only, 'now' for present",
    name="Ngaire Bell",
    contact=["Hokowhitu, Palmerston North 4410", "027 555 0382", "ngaire@skeinandco.co.nz"],
    layout="tabs", hdr="title_org", dates="right", present="now", sep=" – ", docx_h="border", hpt=11.5,
    docx_font="Garamond", docx_pt=11, date_italic=True,
    body=[
        ("h", "ABOUT"),
        ("p", "I spent 31 years in banking and hospital administration before I finally did what I had always "
              "wanted to and opened a yarn shop in Palmerston North. After seven happy years I am looking for "
              "part-time work again while my daughter takes over the shop."),
        ("h", "EXPERIENCE"),
        E("Owner", "Skein & Co Yarns", "Palmerston North", "2019", "present", "facing", "entrepreneurial_freelance", [
            "Serve customers six days a week, run beginners' knitting classes and a Thursday knit-and-natter group",
            "Buying, the Shopify online store and my own bookkeeping"], etype="freelance"),
        E("Medical Records Officer", "Manawatū Base Hospital", "Palmerston North", "2004", "2019", "affecting",
          None, [
              "Retrieved and filed clinical records for outpatient clinics and theatre lists",
              "Coded discharge summaries and scanned records during the move to electronic files"]),
        E("Outpatient Receptionist", "Manawatū Base Hospital", "Palmerston North", "1994", "2004", "facing",
          "in_person_service", ["Checked in patients for orthopaedic and fracture clinics; bookings and reminder calls"]),
        E("Bank Officer", "Rangitīkei Savings Bank", "Feilding", "1988", "1994", "facing", "in_person_service", [
            "Counter service, passbook accounts and the Friday farmers' deposits"]),
        ("h", "ALONGSIDE"),
        E("Pattern Test Knitter (freelance)", "Kāpiti Wool Company", None, "2016", "2019", "affecting", None, [
            "Test-knitted new patterns before publication and sent the designers corrections to sizing and charts"],
          etype="freelance"),
        ("h", "QUALIFICATIONS"),
        ("p", "NZ Certificate in Health Information (2006) · Small Business Management certificate (2018)"),
        ("h", "REFEREES"),
        ("p", "Available on request – including my former manager at Manawatū Base Hospital."),
    ],
)
