"""Résumés w001–w015 (wild115)."""
from lib import E

RES = []

# ---------------------------------------------------------------- w001
RES.append(dict(
    id="w001", renderer="reportlab", layout="plain", page="letter", hstyle="org_title", dstyle="mon",
    present="Present", bullet="•",
    family="US biology undergraduate, campus library desk and teaching-lab prep, Word-to-PDF single column, seasons",
    name="Jordan Whitcombe",
    contact=["Bellhaven, OH 45390", "(937) 555-0142", "jwhitcombe@mailbox.com"],
    blocks=[
        ("list", "Education", ["Carrow State University, Bellhaven, OH — B.S. Biology, expected May 2027 (GPA 3.4)",
                               "Relevant coursework: Cell Biology, Organic Chemistry I & II, Biostatistics"]),
        ("exp", "Experience", [
            E("Circulation Desk Assistant", "Carrow State University Libraries", "Bellhaven, OH", "2024-08", "present",
              "work", "paid", "facing", "in_person_service",
              ["Check out laptops, chargers and course reserves to students at the front desk",
               "Help patrons find call numbers, renew loans and pay fines at the kiosk",
               "Answer the desk phone during evening shifts and log reported printer faults"]),
            E("Teaching Lab Assistant", "Carrow State University, Department of Biology", "Bellhaven, OH", "2025-01", "2025-05",
              "work", "paid", "affecting", None,
              ["Mixed buffers and stains and set up benches before each Intro Bio section",
               "Washed and autoclaved glassware; restocked pipette tips and gloves between sections"],
              dt="Spring semester 2025"),
            E("Lifeguard", "Lakeside Family Aquatic Center", "Bellhaven, OH", "2024-06", "2024-08",
              "work", "paid", "facing", "other_facing",
              ["Supervised the lap pool and splash area, enforced pool rules with swimmers and parents",
               "Gave first aid for minor injuries and wrote up incident reports"],
              dt="Summer 2024"),
            E("Crew Member", "Pruitt's Dairy Bar", "Marlow Springs, OH", "2022-05", "2023-08",
              "work", "paid", "facing", "in_person_service",
              ["Took orders at the walk-up window and ran the register",
               "Made cones, shakes and sundaes; closed and cleaned the stand"]),
            E("Build Day Volunteer", "Fairmount County Home Builders Trust", "Marlow Springs, OH", "2023", "2024",
              "volunteer", "volunteer", "none", None,
              ["Framed interior walls, hung drywall and painted alongside site supervisors on Saturday builds"]),
        ]),
        ("list", "Skills", ["Microsoft Excel, R (basic), aseptic technique, CPR/AED certified (American Red Cross)"]),
    ]))

# ---------------------------------------------------------------- w002
RES.append(dict(
    id="w002", renderer="docx", layout="styles", hstyle="title_org", dstyle="month", present="Present",
    family="UK sixth-former's first CV, Word heading styles and list bullets, Saturday job and paper round, tab-stop dates",
    name="Ellie-Mae Thornbury",
    contact=["14 Coppice Row, Ashcombe, Wiltshire", "07700 900318", "elliemae.t@mailbox.co.uk"],
    blocks=[
        ("summary", "Personal Profile",
         "Hard-working Year 13 student at Ashcombe Sixth Form looking for part-time weekend work alongside my A levels. "
         "I am reliable, friendly and I like being busy."),
        ("list", "Education", ["Ashcombe Sixth Form College — A levels in Psychology, English Literature, Sociology (2025–2027)",
                               "Ridgeway Academy — 9 GCSEs grades 9–5 including English (8) and Maths (6)"]),
        ("exp", "Work Experience", [
            E("Saturday Sales Assistant", "Pennard's Bakery", "Ashcombe", "2025-09", "present",
              "work", "paid", "facing", "in_person_service",
              ["Serving customers at the counter and taking cake orders over the phone",
               "Using the till and card machine, cashing up at the end of the day",
               "Restocking the window display and wiping down the café tables"]),
            E("Paper Round", "Ashcombe News & Booze", "Ashcombe", "2023-03", "2025-06",
              "work", "paid", "affecting", None,
              ["Delivered morning papers and magazines to 60 houses before school, six days a week"]),
            E("Work Experience Placement", "Kestrel Vets", "Ashcombe", "2024-07", "2024-07",
              "work", "internship", "facing", "healthcare_care",
              ["Shadowed the veterinary nurses in consultations and helped comfort pets while owners waited",
               "Cleaned kennels and restocked the prep room"]),
            E("Volunteer", "St Cuthbert's Hospice Shop", "Ashcombe", "2024-10", "2025-08",
              "volunteer", "volunteer", "facing", "volunteering",
              ["Sorted and steamed donations and helped on the till on Sunday afternoons"]),
        ]),
        ("list", "Achievements", ["Duke of Edinburgh's Award — Bronze (2024)", "Form rep, Year 11"]),
        ("list", "References", ["Available on request"]),
    ]))

# ---------------------------------------------------------------- w003
RES.append(dict(
    id="w003", renderer="fpdf2", layout="left", hstyle="dash", dstyle="mon", present="present", bullet="–",
    family="UK history graduate after a gap year, fpdf2 left-aligned header, 'Title – Employer, Town' with dates right",
    name="Callum Ferris-Adeyemi",
    contact=["Hollinbrook, Greater Manchester", "07700 900544", "callum.fa@mailbox.co.uk",
             "linkedin.com/in/callum-fa"],
    blocks=[
        ("summary", "Profile",
         "History graduate (2:1) who spent a year working and travelling before looking for a graduate role in "
         "heritage or visitor services."),
        ("exp", "Employment", [
            E("Visitor Experience Assistant", "Hollinbrook Mill Museum", "Hollinbrook", "2025-10", "present",
              "work", "paid", "facing", "other_facing",
              ["Welcome visitors, sell tickets and Gift Aid memberships at the admissions desk",
               "Run the 20-minute weaving demonstration for school groups twice a day",
               "Open and close galleries and report any damage to the collections team"]),
            E("Gap year — working holiday", None, "Canada & USA", "2024-09", "2025-08",
              "work", "unknown", "none", None,
              ["Travelled across Canada and the US on a working holiday visa"]),
            E("Kitchen Porter", "The Timber Lodge", "Revelwood, BC", "2024-12", "2025-03",
              "work", "paid", "affecting", None,
              ["Washed pots and dishes for a 140-cover ski-resort restaurant; basic veg prep for the breakfast shift"]),
            E("Archive Volunteer", "Hollinbrook Local Studies Centre", "Hollinbrook", "2023-01", "2024-06",
              "volunteer", "volunteer", "affecting", None,
              ["Catalogued and rehoused photographs from the mill collection into acid-free folders",
               "Transcribed ledgers so the online catalogue could be searched by family historians"]),
            E("Student Caller", "University of Northgate Telethon", "Northgate", "2022-02", "2022-03",
              "work", "paid", "facing", "contact_center",
              ["Phoned alumni in the spring telethon to update their details and ask for regular gifts"]),
        ]),
        ("list", "Education", ["BA (Hons) History, University of Northgate, 2021–2024 — 2:1",
                               "Dissertation: Cotton famine relief in the Hollinbrook valley, 1861–65"]),
        ("list", "Interests", ["Fell walking, pub quizzes, Hollinbrook Harriers (parkrun volunteer)"]),
    ]))

# ---------------------------------------------------------------- w004
RES.append(dict(
    id="w004", renderer="txt", hstyle="title_org", dstyle="mm/yyyy", present="Present", bullet="*",
    txt_head="caps", txt_dates="comma",
    family="Canadian college student with overlapping part-time jobs, pasted plain text, caps headings, mm/yyyy",
    name="PRIYA BALASUBRAMANIAM", txt_caps_name=False,
    contact=["Kestrel Bay, ON  |  (905) 555-0176  |  priya.bala@mailbox.ca"],
    blocks=[
        ("summary", "Objective",
         "Second-year Business Administration student at Ridgefield College seeking a summer co-op in banking or "
         "client services."),
        ("exp", "Work Experience", [
            E("Customer Service Representative", "Kestrel Bay Community Credit Union", "Kestrel Bay, ON", "2026-05",
              "present", "work", "paid", "facing", "in_person_service",
              ["Greet members in the branch and direct them to tellers or advisors",
               "Help members register for online banking and reset passwords on the branch tablet",
               "Count and balance the coin machine at close"]),
            E("Cashier", "FreshWay Foods Kestrel Bay", "Kestrel Bay, ON", "2024-09", "2026-04",
              "work", "paid", "facing", "in_person_service",
              ["Scanned and bagged groceries, handled cash, debit and gift cards",
               "Trained four new cashiers on the POS"]),
            E("Math Tutor", "Ridgefield College Learning Commons", "Kestrel Bay, ON", "2025-01", "2026-04",
              "work", "paid", "facing", "education",
              ["Drop-in tutoring for first-year business math and accounting students, 6 hrs/week"]),
            E("Warehouse Associate (seasonal)", "Northpoint Fulfilment", "Milton Heath, ON", "2023-11", "2023-12",
              "work", "paid", "affecting", None,
              ["Picked and packed online orders for the holiday peak; met pick-rate targets"]),
        ]),
        ("list", "Education", ["Ridgefield College — Business Administration Diploma (co-op), 2024–2027",
                               "Kestrel Bay Secondary School — OSSD, 2024"]),
        ("list", "Skills", ["English, Tamil (fluent), French (basic)", "Excel, Google Sheets, Square POS"]),
    ]))

# ---------------------------------------------------------------- w005
RES.append(dict(
    id="w005", renderer="reportlab", layout="sidebar", hstyle="title_org", dstyle="mon", present="Current",
    bullet="•", side_fill=(0.9, 0.95, 0.92), accent=(0.1, 0.4, 0.3),
    family="Australian uni student in hospitality, reportlab shaded left sidebar, Australian summer season, 'Current'",
    name="Tahlia Brennan-Cole",
    contact=["Wattle Creek NSW 2576", "0412 555 093", "tahlia.bc@mailbox.com.au"],
    blocks=[
        ("side", "Skills", ["Barista (3 yrs)", "RSA certified", "Square & Lightspeed POS", "Food Safety Supervisor"]),
        ("side", "Availability", ["Weekends and Tue/Thu evenings", "Full time over uni breaks"]),
        ("side", "Referees", ["Available on request"]),
        ("summary", "About me",
         "Third-year Bachelor of Nursing student at Southern Ranges University. Friendly, quick on my feet and used to "
         "busy weekend trade."),
        ("exp", "Work History", [
            E("Barista / All-rounder", "Little Fern Cafe", "Wattle Creek NSW", "2023-02", "present",
              "work", "paid", "facing", "in_person_service",
              ["Make coffee for a busy weekend brunch crowd and take orders at the counter",
               "Open the cafe alone on Sundays, including the float and the milk order"]),
            E("Clinical Placement (Year 2)", "Wattle Creek District Hospital, Surgical Ward", "Wattle Creek NSW", "2025-08",
              "2025-09", "work", "internship", "facing", "healthcare_care",
              ["Assisted patients with hygiene, mobility and meals under RN supervision",
               "Took and recorded observations and handed over at shift change"]),
            E("Food and Beverage Attendant", "Corella Bay Surf Club", "Corella Bay NSW", "2023-12", "2024-02",
              "work", "paid", "facing", "in_person_service",
              ["Ran meals and cleared tables in the bistro over the summer holidays", "Worked the members' bar on Sundays"],
              dt="Summer 2023/24"),
            E("Kitchen Hand", "Golden Wok Takeaway", "Wattle Creek NSW", "2021-06", "2022-12",
              "work", "paid", "affecting", None,
              ["Washed up, prepped vegetables and packed takeaway orders for the drivers"]),
        ]),
        ("list", "Education", ["Bachelor of Nursing, Southern Ranges University (2024 – 2026)",
                               "HSC, Wattle Creek High School (2022)"]),
    ]))

# ---------------------------------------------------------------- w006
RES.append(dict(
    id="w006", renderer="docx", layout="tabs", hstyle="title_org", dstyle="mon", present="Present",
    family="US residence assistant and campus jobs, Word tab-stop dates, leadership section, semester dates",
    name="Marcus Delacroix-Webb",
    contact=["Halsted Hall 3B, Pinecrest College, Avondell, VT", "(802) 555-0119", "mdwebb@mailbox.edu.us"],
    blocks=[
        ("list", "Education", ["Pinecrest College, Avondell, VT — B.A. Psychology, minor in Education, May 2026",
                               "Dean's List: Fall 2023, Spring 2025"]),
        ("exp", "Campus Employment", [
            E("Resident Assistant", "Pinecrest College Office of Residence Life", "Avondell, VT", "2024-08", "2026-05",
              "work", "paid", "facing", "other_facing",
              ["Live-in RA for a first-year floor of 38 residents; held weekly floor meetings and one-on-ones",
               "Responded to lockouts, noise complaints and roommate conflicts on the duty rotation",
               "Planned programs on study skills, wellness and community"]),
            E("Dining Services Dishwasher", "Pinecrest College Dining Services", "Avondell, VT", "2022-09", "2023-05",
              "work", "paid", "affecting", None,
              ["Ran the dish machine and sorted returned trays during lunch and dinner rushes"]),
            E("Research Assistant, Child Development Lab", "Pinecrest College, Department of Psychology", "Avondell, VT",
              "2025-01", "2025-05", "other", "paid", "none", None,
              ["Coded video recordings of toddler play sessions for a study on joint attention",
               "Entered and cleaned data in SPSS"], dt="Spring 2025"),
        ]),
        ("exp", "Leadership & Activities", [
            E("Treasurer", "Pinecrest Outing Club", "Avondell, VT", "2023-09", "2024-05",
              "other", "volunteer", "none", None,
              ["Tracked a $9,000 club budget and filed reimbursement requests with student government"]),
            E("Reading Buddy", "Avondell Elementary School", "Avondell, VT", "2023-09", "2025-05",
              "volunteer", "volunteer", "facing", "volunteering",
              ["Read one-on-one with second graders each week as part of the college's literacy program"]),
        ]),
    ]))

# ---------------------------------------------------------------- w007
RES.append(dict(
    id="w007", renderer="md", md_style="h3", hstyle="title_org", dstyle="mon", present="Present",
    family="Irish engineering graduate whose main experience is a 6-month placement, Markdown h3 titles, 'Present'",
    name="Niamh O'Driscoll",
    contact=["Carrigmore, Co. Cork", "087 555 0241", "niamh.odriscoll@mailbox.ie"],
    blocks=[
        ("summary", "Profile",
         "Recent BEng (Hons) Mechanical Engineering graduate from Munster Valley University with a six-month placement "
         "in medical-device manufacturing."),
        ("exp", "Experience", [
            E("Graduate Process Technician", "Lismore Medical Devices", "Carrigmore", "2026-09", "present",
              "work", "paid", "none", None,
              ["Support the catheter assembly line with fixture changes and first-article checks",
               "Update work instructions after engineering change orders"]),
            E("Manufacturing Engineering Intern (placement)", "Lismore Medical Devices", "Carrigmore", "2025-01", "2025-06",
              "work", "internship", "affecting", None,
              ["Ran a gauge R&R study on the final-inspection leak tester and cut false rejects by 30%",
               "Investigated two customer complaints about kinked tubing and wrote up the root cause for the quality team"]),
            E("Sales Assistant", "Dunleavy & Co. Outdoor Stores", "Carrigmore", "2021-06", "2024-08",
              "work", "paid", "facing", "in_person_service",
              ["Part-time through college: fitting walking boots and advising on rain gear",
               "Processed returns and click-and-collect orders at the service desk"]),
            E("Volunteer Coach (U-10s)", "Carrigmore Camogie Club", "Carrigmore", "2022-03", "2024-09",
              "volunteer", "volunteer", "facing", "education",
              ["Ran Saturday morning training for under-10 players with two other coaches"]),
        ]),
        ("list", "Education", ["BEng (Hons) Mechanical Engineering, Munster Valley University, 2021–2025 (2.1)",
                               "Leaving Certificate, Coláiste Naomh Bríd, 2021 — 521 points"]),
        ("list", "Skills", ["SolidWorks, Minitab, Lean Six Sigma Yellow Belt", "Full clean driving licence"]),
    ]))

# ---------------------------------------------------------------- w008
RES.append(dict(
    id="w008", renderer="fpdf2", layout="centred", hstyle="pipe", dstyle="mon", present="Present", bullet="•",
    family="Canadian co-op student with alternating work terms, fpdf2 centred header, pipe title line, co-op terms",
    name="Étienne Lavoie-Grant",
    contact=["Larchmont, NB", "506-555-0133", "etienne.lg@mailbox.ca", "github.com/elgrant"],
    blocks=[
        ("list", "Education", ["Bachelor of Computer Science (Co-op), University of Fundy Shore, 2023 – 2028"]),
        ("exp", "Co-op Work Terms", [
            E("IT Service Desk Co-op", "Larchmont Regional Health Authority", "Larchmont, NB", "2026-09", "present",
              "work", "internship", "facing", "internal_support",
              ["Answer tickets and calls from nurses and clerks about passwords, printers and badge access",
               "Image and deliver laptops to new hires and walk them through first login"],
              dt="Fall 2026 term (current)"),
            E("Software Developer Co-op", "Tidewater Insurance Group", "Saint-Calix, NB", "2026-01", "2026-04",
              "work", "internship", "affecting", None,
              ["Built the claim-status page in the policyholder web portal (React, TypeScript)",
               "Fixed accessibility bugs reported through customer feedback tickets"],
              dt="Winter 2026 term"),
            E("Data Analyst Co-op", "Fundy Shore Power", "Larchmont, NB", "2025-05", "2025-08",
              "work", "internship", "none", None,
              ["Cleaned meter data and built Power BI dashboards on transformer load for the grid planning team"],
              dt="Summer 2025 term"),
            E("Bilingual Camp Counsellor", "Camp Bellefontaine", "Lac-Doré, NB", "2024-07", "2024-08",
              "work", "paid", "facing", "education",
              ["Led a cabin of 10 campers aged 9–11 and ran canoe and archery sessions in French and English"]),
        ]),
        ("list", "Technical skills", ["Python, Java, SQL, React, Git, Power BI, ServiceNow"]),
        ("list", "Languages", ["English, French (bilingual)"]),
    ]))

# ---------------------------------------------------------------- w009
RES.append(dict(
    id="w009", renderer="docx", layout="table", hstyle="title_org", dstyle="mon", present="Now",
    family="Australian school-leaver in an apprenticeship, Word borderless table per job, 'Now'",
    name="Jayden Kowalczyk",
    contact=["Banksia Heads QLD 4551", "0455 555 217", "jaydenk@mailbox.com.au"],
    blocks=[
        ("summary", "Career objective",
         "Second-year apprentice hairdresser wanting to finish my Certificate III in a busy salon."),
        ("exp", "Employment", [
            E("Apprentice Hairdresser", "Salt & Shear Hair Studio", "Banksia Heads QLD", "2025-02", "present",
              "work", "internship", "facing", "in_person_service",
              ["Shampoo and blow-dry clients and do consultations for colour under supervision",
               "Book appointments at reception, take payments and rebook clients",
               "Mix colour and keep the dispensary stocked"]),
            E("Trolley Collector", "Banksia Plaza Shopping Centre", "Banksia Heads QLD", "2023-08", "2025-01",
              "work", "paid", "affecting", None,
              ["Collected trolleys from car parks and returned them to the bays for the supermarkets"]),
            E("Junior Crew", "Hungry Bear Burgers", "Banksia Heads QLD", "2022-10", "2023-07",
              "work", "paid", "facing", "in_person_service", []),
            E("Volunteer Nipper Helper", "Banksia Heads Surf Life Saving Club", "Banksia Heads QLD", "2022", "2024",
              "volunteer", "volunteer", "facing", "volunteering",
              ["Helped run beach activities for 7–9 year old Nippers on Sunday mornings"]),
        ]),
        ("list", "Qualifications", ["Certificate III in Hairdressing (in progress) — Sunshine TAFE campus",
                                    "Year 12 QCE, Banksia Heads State High School, 2022", "First Aid (HLTAID011)"]),
    ]))

# ---------------------------------------------------------------- w010
RES.append(dict(
    id="w010", renderer="html", hstyle="dates_first", dstyle="mon'yy", present="to date",
    family="NZ gap-year traveller's online CV, HTML, dates line first, short seasonal jobs with Kiwi summer and winter",
    name="Aroha Pennington",
    contact=["Kōwhai Bay, Tasman", "021 555 0387", "aroha.penn@mailbox.co.nz"],
    blocks=[
        ("summary", None,
         "I finished Year 13 in 2024 and took a gap year working around the South Island before starting uni in 2026. "
         "I'm keen on outdoor work and anything with people."),
        ("exp", "Work", [
            E("Ski Hire Technician", "Mount Rākau Ski Area", "Rākau Valley", "2025-06", "2025-09",
              "work", "paid", "facing", "in_person_service",
              ["Fitted boots and skis for hire customers and explained binding settings",
               "Tuned and waxed the rental fleet after close"], dt="Winter season Jun '25 – Sep '25"),
            E("Fruit Picker", "Greenvale Orchards", "Motupipi Flats", "2025-01", "2025-04",
              "work", "paid", "none", None,
              ["Picked apples and pears on piece rate as part of a contract gang"]),
            E("Hostel Reception (work for accommodation)", "Tui Backpackers", "Kōwhai Bay", "2024-12", "2025-04",
              "work", "unknown", "facing", "in_person_service",
              ["Checked guests in and out, booked tours and answered questions about the area in exchange for a bed"]),
            E("Packhouse Hand", "Greenvale Orchards", "Motupipi Flats", "2025-04", "2025-05",
              "work", "paid", "none", None,
              ["Graded and packed export fruit on the line"]),
            E("Gap year travel", None, "Australia & Fiji", "2025-10", "2026-01",
              "work", "unknown", "none", None, []),
        ]),
        ("list", "Education", ["Kōwhai Bay College — NCEA Level 3 with Merit, 2024",
                               "Starting BSc (Environmental Science), University of Tasmanvale, Feb 2026"]),
        ("list", "Other", ["Full NZ driver's licence", "Comfortable speaking te reo Māori (conversational)"]),
    ]))

# ---------------------------------------------------------------- w011
RES.append(dict(
    id="w011", renderer="reportlab", layout="twocol", hstyle="title_org", dstyle="month", present="Present",
    bullet="-", accent=(0.45, 0.1, 0.15), tagline="Final-year BA Business & Marketing",
    family="Irish business student, reportlab two-column header, marketing internship and part-time retail",
    name="Aoife Brannigan",
    contact=["Kilcarra, Co. Kildare", "085 555 0462", "aoife.brannigan@mailbox.ie"],
    blocks=[
        ("exp", "Work Experience", [
            E("Marketing Intern", "Brightmoor Dairies", "Kilcarra Business Park", "2026-06", "2026-08",
              "work", "internship", "affecting", None,
              ["Drafted social media posts and newsletter copy for the yoghurt range",
               "Pulled weekly engagement figures and helped plan a sampling campaign"], dt="Summer 2026"),
            E("Sales Assistant", "Hartley Shoes", "Kilcarra Shopping Centre", "2023-10", "present",
              "work", "paid", "facing", "in_person_service",
              ["Measure children's feet and fit school shoes in the back-to-school rush",
               "Process sales and returns; count the float on close"]),
            E("Society Events Officer", "UCK Business Society", "Kilcarra", "2024-09", "2025-05",
              "other", "volunteer", "facing", "other_facing",
              ["Ran the society stand at Freshers' Week signing up 300 members and answered questions about events",
               "Booked venues and speakers for four networking nights"]),
            E("Childminder", None, "Kilcarra", "2021", "2023",
              "work", "freelance", "facing", "entrepreneurial_freelance",
              ["Minded two neighbours' children after school three days a week, homework and dinners"]),
        ]),
        ("list", "Education", ["BA Business & Marketing, University College Kilcarra, 2023–2027 — predicted 2.1",
                               "Leaving Certificate 2023, St Brigid's Community School"]),
        ("list", "Skills", ["Canva, Meta Business Suite, Excel", "Irish (fluent), Spanish (B1)"]),
    ]))

# ---------------------------------------------------------------- w012
RES.append(dict(
    id="w012", renderer="docx", layout="sidebar", hstyle="org_title", dstyle="mon", present="Present",
    side_hex="E8EEF5",
    family="Canadian nursing-assistant student, Word shaded two-column layout table, employer line first",
    name="Grace Mbeki-Holloway",
    contact=["Elkridge, AB", "780-555-0128", "grace.mh@mailbox.ca"],
    blocks=[
        ("side", "Certifications", ["Standard First Aid & CPR-C", "Food Safe Level 1", "Mask fit tested 2026"]),
        ("side", "Languages", ["English", "isiXhosa (conversational)"]),
        ("side", "Interests", ["Choir", "Running", "Baking"]),
        ("summary", "Profile",
         "Health Care Aide student (Elkridge Polytechnic, graduating Dec 2026) with two years of part-time work in "
         "long-term care and food service."),
        ("exp", "Experience", [
            E("Health Care Aide Practicum", "Aspen Grove Lodge", "Elkridge, AB", "2026-09", "2026-10",
              "work", "internship", "facing", "healthcare_care",
              ["Helped residents with bathing, dressing and meals under the LPN's direction",
               "Charted intake and output and reported changes at shift handover"]),
            E("Dietary Aide", "Aspen Grove Lodge", "Elkridge, AB", "2024-11", "present",
              "work", "paid", "facing", "healthcare_care",
              ["Serve meals in the dining room and take residents' menu choices at each table",
               "Follow texture-modified diets from the care plan; wash dishes after service"]),
            E("Cook's Helper", "Sunny Side Family Restaurant", "Elkridge, AB", "2023-06", "2024-10",
              "work", "paid", "affecting", None,
              ["Prepped breakfast items, portioned desserts and kept the line stocked"]),
            E("Ward Volunteer", "Elkridge General Hospital", "Elkridge, AB", "2023-01", "2023-12",
              "volunteer", "volunteer", "facing", "volunteering",
              ["Visited patients on the medicine unit, delivered reading material and helped with menus"]),
        ]),
        ("list", "Education", ["Health Care Aide Certificate, Elkridge Polytechnic (2026)",
                               "High School Diploma, Elkridge Composite High School (2023)"]),
    ]))

# ---------------------------------------------------------------- w013
RES.append(dict(
    id="w013", renderer="txt", hstyle="orgfirst", dstyle="mon", present="Present", bullet="-",
    txt_head="under", txt_dates="pad", txt_caps_org=True,
    family="US community-college student, plain text with employer headings in capitals and roles beneath, overlapping jobs",
    name="Destiny Alvarado",
    contact=["Cedar Flats, TX 78654", "(512) 555-0190", "destiny.alvarado@mailbox.com"],
    blocks=[
        ("summary", "Summary",
         "Associate of Arts student at Cedar Flats Community College, working two jobs while in school. "
         "Bilingual English/Spanish."),
        ("exp", "Work History", [
            E("Shift Lead", "Bluebonnet Coffee Co.", "Cedar Flats, TX", "2025-08", "present",
              "work", "paid", "facing", "in_person_service",
              ["Run the floor on weekend opening shifts, handle customer complaints and refunds",
               "Count drawers and do the deposit"]),
            E("Barista", "Bluebonnet Coffee Co.", "Cedar Flats, TX", "2024-03", "2025-07",
              "work", "paid", "facing", "in_person_service", []),
            E("Front Desk Student Worker", "Cedar Flats Community College, Financial Aid Office", "Cedar Flats, TX",
              "2025-01", "present", "work", "paid", "facing", "in_person_service",
              ["Check in students for advising appointments and answer FAFSA questions in English and Spanish",
               "Scan verification documents into the imaging system"]),
            E("Scanning Clerk", "Cedar Flats Community College, Financial Aid Office", "Cedar Flats, TX",
              "2024-09", "2024-12", "work", "paid", "affecting", None,
              ["Scanned and indexed student aid files in the back office during the document backlog"]),
            E("Babysitter", "Self-employed", "Cedar Flats, TX", "2021", "2023",
              "work", "freelance", "facing", "entrepreneurial_freelance", []),
        ]),
        ("list", "Education", ["Cedar Flats Community College, A.A. General Studies, expected 2027"]),
        ("list", "Skills", ["Bilingual English/Spanish", "Square POS, Microsoft Office"]),
    ]))

# ---------------------------------------------------------------- w014
RES.append(dict(
    id="w014", renderer="fpdf2", layout="sidebar", hstyle="title_comma", dstyle="mon", present="Present",
    bullet="•", side_rgb=(238, 232, 244), accent_rgb=(90, 40, 110),
    family="NZ law and arts student, fpdf2 shaded sidebar, 'Title, Employer' then a town-and-dates line, NZ summer clerkship",
    name="Mereana Whitfield",
    contact=["Aorere, Wellington region", "022 555 0718", "mereana.w@mailbox.co.nz"],
    blocks=[
        ("side", "Skills", ["Legal research (Westlaw NZ)", "Customer service", "Te reo Māori"]),
        ("side", "Education", ["LLB/BA (Politics), Te Whanganui University, 2023 – 2027"]),
        ("side", "Referees", ["Supplied on request"]),
        ("exp", "Experience", [
            E("Student Volunteer Adviser", "Aorere Community Law Centre", "Aorere", "2025-03", "present",
              "volunteer", "volunteer", "facing", "volunteering",
              ["Take first appointments with clients about tenancy and employment problems and refer them to solicitors",
               "Write up file notes for the supervising lawyer"]),
            E("Summer Clerk", "Hatherley Nguyen Lawyers", "Aorere", "2025-12", "2026-02",
              "work", "paid", "affecting", None,
              ["Researched case law and drafted memos for the commercial team",
               "Proofread client letters and prepared discovery bundles"], dt="Summer 2025/26"),
            E("Library Assistant", "Te Whanganui University Law Library", "Aorere", "2023-09", "2024-10",
              "work", "paid", "affecting", None,
              ["Shelved, re-shelved and shelf-read the law reports and journals collection",
               "Processed interloan paperwork"]),
            E("Checkout Operator", "Fresh Harvest Supermarket", "Aorere, Wellington region", "2022-11", "2024-07",
              "work", "paid", "facing", "in_person_service", ["Weekend checkouts and self-checkout supervision"]),
        ]),
    ]))

# ---------------------------------------------------------------- w015
RES.append(dict(
    id="w015", renderer="docx", layout="header", hstyle="dash", dstyle="mon", present="to date",
    dash=" – ", docx_list=False, bullet="•",
    family="Irish psychology graduate, name and contact in the Word page header, 'Title – Employer, Town' lines",
    name="Ciarán Mulhall",
    contact=["Ballycorrig, Co. Mayo", "086 555 0913", "ciaran.mulhall@mailbox.ie"],
    blocks=[
        ("summary", "Personal Statement",
         "BA Psychology graduate hoping to move into assistant psychologist or support work. Experienced with young "
         "people through summer camps and volunteering."),
        ("exp", "Relevant Experience", [
            E("Support Worker (relief)", "Cairn House Supported Living", "Ballycorrig", "2025-07", "present",
              "work", "paid", "facing", "healthcare_care",
              ["Support adults with intellectual disabilities with daily living, cooking and community outings",
               "Record daily notes and administer medication once trained"]),
            E("Research Assistant (summer studentship)", "Western Lakes University, School of Psychology",
              "Ballycorrig", "2024-06", "2024-08", "other", "paid", "affecting", None,
              ["Ran phone interviews with parents of teenagers for a survey on sleep and screen use",
               "Entered and checked questionnaire data in SPSS"]),
        ]),
        ("exp", "Other Work", [
            E("Camp Leader", "Mayo Youth Adventure Camps", "Lough Avarna", "2023-06", "2023-08",
              "work", "paid", "facing", "education",
              ["Led groups of 12 teenagers on kayaking and hill-walking days"],
              dt="Summer 2023"),
            E("Lounge Staff", "Mulhall's Bar", "Ballycorrig", "2019", "2024",
              "work", "paid", "facing", "in_person_service", []),
        ]),
        ("list", "Education", ["BA (Hons) Psychology, Western Lakes University, 2021 – 2025 (2.1)"]),
        ("list", "Referees", ["Dr Úna Feeney, Lecturer — details on request"]),
    ]))
