"""wild35 résumés w016–w030."""
import html as _h

from lib import E, fmt_range
from render import org_loc

R = []


# ---------------------------------------------------------------------------------------------
# w016 US gig worker, Indeed-style export pasted as text, 'Month YYYY to Present'
def w016_entry(e, r):
    s = [e.title, f"{e.org} - {e.loc}" if e.loc else e.org, fmt_range(e, "month", "Present", " to ")]
    if e.extra:
        s.append(e.extra)
    s += [f"- {b}" for b in e.bullets]
    return "\n".join(s)


R.append(dict(
    file="w016.txt", family="US gig and temp worker, Indeed-style export pasted as text: two app jobs at once, "
    "insurance data-entry temp, prep cook, day stocker",
    render="txt", entry_fn=w016_entry, hstyle="plain", blank_after_head=True,
    name="Marcus Delgado",
    head_txt="Marcus Delgado\nPinion Wells, NV 89409\nmarcus.delgado@mailbox.com\n+1 775 555 0139",
    blocks=[
        (None, "Looking for steady full-time hours, open to dispatch, driving or warehouse lead roles. "
               "Currently doing two apps so I can set my own schedule."),
        ("Work Experience", [
            E("Rideshare Driver", "Ryde", "Pinion Wells, NV", "2023-05", "present", "facing", "in_person_service", [
                "Part-time evenings and weekends, 3,100+ trips with a 4.96 rating",
                "Airport and casino runs, help riders with bags, keep the car clean and stocked with water and chargers"],
              et="freelance"),
            E("Grocery Shopper", "BasketRun", "Pinion Wells, NV", "2024-01", "present", "facing", "in_person_service", [
                "Shop customers' orders in store and text them about out-of-stocks and substitutions",
                "Deliver to the door and check ID on alcohol orders"],
              et="freelance"),
            E("Data Entry Clerk (Temp)", "Sierra Mutual Insurance", "Carson Flats, NV", "2022-08", "2023-04",
              "affecting", None, [
                  "Keyed paper claim forms and medical bills into the claims system, about 9,000 keystrokes/hr",
                  "Flagged claims with missing information for the adjusters"],
              extra="Temporary assignment through Kelmark Staffing"),
            E("Prep Cook", "Rosa's Cantina", "Pinion Wells, NV", "2019-09", "2022-07", "affecting", None, [
                "Prepped salsas, beans, rice and proteins for a 120-seat restaurant",
                "Set up and broke down the line, labeled and dated everything in the walk-in"]),
            E("Stocker", "ValuMax Discount", "Pinion Wells, NV", "2018-06", "2019-08", "facing", "in_person_service", [
                "Stocked shelves and zoned aisles on the day shift",
                "Helped customers find stuff and carried heavy items out to their cars"]),
        ]),
        ("Education", ["High school diploma", "Pinion Wells High School - Pinion Wells, NV", "2014 to 2018"]),
        ("Skills", ["* Customer service (5 years)", "* Data entry (1 year)", "* Food prep", "* Driving (3 years)"]),
        ("Additional Information", "Clean driving record, own 2019 sedan. Bilingual English/Spanish."),
    ]))

# ---------------------------------------------------------------------------------------------
# w017 Polish taxi driver, fpdf2 left header, dash line with right dates, dotted mm.yyyy
R.append(dict(
    file="w017.pdf", family="Polish app taxi driver and parcel-locker courier, fpdf2 left-aligned header, "
    "'Title – Employer, Town' with right dates, dotted numeric dates in several shapes",
    render="fpdf", layout="left", hdr="dash", font="DejaVuCond", fsize=10, ds="mm.yyyy", pres="now", sep=" – ",
    hstyle="caps_rule", accent=(0.55, 0.1, 0.1), bullet="•",
    name="Katarzyna Wróbel",
    contact=["ul. Klonowa 8/14, 62-410 Wierzbnica Górna, Poland", "tel. +48 601 555 237 · katarzyna.wrobel@mailbox.pl",
             "Driving licence cat. B since 2016, taxi driver ID"],
    blocks=[
        ("Experience", [
            E("Taxi Driver (app)", "Flota Kurs sp. z o.o.", "Wierzbnica Górna", "2024-04", "present", "facing",
              "in_person_service", [
                  "Passenger transport through the ride apps as a partner-fleet driver, mostly nights",
                  "Airport and railway station transfers, helping older passengers and with luggage",
                  "Card and cash payments, rating 4.9"]),
            E("Parcel Locker Courier", "PaczkoBox S.A.", "Wierzbnica Górna", "2022-02", "2024-03", "affecting", None, [
                "Loading and emptying 35 parcel lockers on a fixed route, about 400 parcels a day",
                "Collecting returns from the lockers and scanning them at the depot"],
              dt="02.2022-03.2024"),
            E("Cashier-Seller", "Groszek Market", "Wierzbnica Górna", "2019-09", "2022-01", "facing", "in_person_service", [
                "Serving customers at the till, lottery and bill payments",
                "Receiving deliveries, arranging goods, inventory"]),
            E("Production Worker", "Meble Lasocki Sp. j.", "Stary Lasów", "2018-07", "2019-08", "none", None, [
                "Sanding and packing of furniture fronts, operating the edge-banding machine"]),
            E("Ice Cream Seller (summer job)", "Lody u Bartka", "Wierzbnica Górna", "2017-07", "2017-08", "facing",
              "in_person_service", [], dt="07–08.2017"),
        ]),
        ("Education", ["2015–2018  Technical College of Economics, Wierzbnica Górna – Technician of Logistics (not completed)"]),
        ("Languages", ["Polish – native · English – B1 · German – A2"]),
        ("Other", "I consent to the processing of my personal data for the purposes of recruitment."),
    ]))

# ---------------------------------------------------------------------------------------------
# w018 Romanian call-back agent, DOCX heading styles, 'Title – Employer, Town' with tab-stop dates, mixed formats
R.append(dict(
    file="w018.docx", family="Romanian courier call-back agent and bank data-entry operator, Word heading styles, "
    "'Title – Employer, Town' with tab-stop dates, four date formats",
    render="docx", layout="styles", hstyle="h1", hdr="dash", ds="month", pres="present", sep=" – ",
    font="Cambria", fsize=10.5,
    name="Andrei-Cristian Dobre",
    contact=["Str. Teilor 27, Valea Corbului, Romania  ·  +40 723 555 094  ·  andrei.dobre@mailbox.ro"],
    blocks=[
        ("Profile", "Organised and patient, I like solving small problems for people on the phone. "
                    "Romanian native, English C1. Looking for a customer support role, on site or remote."),
        ("Work Experience", [
            E("Call-back Agent (RO/EN)", "Curierul Rapid SRL", "Valea Corbului", "2024-03", "present", "facing",
              "contact_center", [
                  "Calling customers after failed delivery attempts to agree a new date or a pickup point",
                  "Answering customer e-mails and chat about delayed parcels",
                  "Checking address data and sending corrections to the drivers' handhelds"]),
            E("Data Entry Operator", "BancaNord S.A. – Back Office Operations", "Valea Corbului", "2022-06", "2024-02",
              "affecting", None, [
                  "Processing scanned account-opening and card application forms into the core banking system",
                  "Checking signatures and missing documents, returning incomplete files to the branches"],
              dt="06/2022 – 02/2024", extra="Contract through Prolink HR"),
            E("Warehouse Picker (seasonal)", "Marketa.ro fulfilment centre", "Podu Nou Logistic Park", "2021-10",
              "2022-01", "affecting", None, ["Picking and packing Black Friday and Christmas orders with a scanner"],
              dt="Oct 2021 – Jan 2022"),
            E("Waiter (summer season)", "Restaurant Pescărușul", "Costa Albă", "2021-06", "2021-08", "facing",
              "in_person_service", ["Terrace with 20 tables, orders, payments, recommending fish of the day to tourists"],
              dt="Summer 2021"),
        ]),
        ("Volunteering", [
            E("Donor Registration Volunteer", "Asociația Inimă Deschisă", "Valea Corbului", "2019", "2021", "facing",
              "volunteering", ["Registered donors at the reception desk during blood drives and handed out water "
                               "and snacks after donation"],
              sec="volunteer", et="volunteer", dt="2019 – 2021"),
        ]),
        ("Education", ["Bachelor of Economics – Universitatea de Vest Valea Corbului, 2022"]),
        ("Skills", ["* Microsoft Office, Google Sheets, basic SQL", "* Typing 60 wpm",
                    "* Driving licence B"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w019 Indian delivery partner, Markdown with bold title line and italic dates
def w019_entry(e, r):
    d = e.dt or fmt_range(e, "mon", "Till Date", " – ")
    s = [f"**{e.title}**" + (f", {e.org}" if e.org else "") + (f" – {e.loc}" if e.loc else ""), f"_{d}_", ""]
    s += [f"* {b}" for b in e.bullets]
    return "\n".join(s)


R.append(dict(
    file="w019.md", family="Indian delivery partner and store assistant in Markdown: bold 'Title, Employer – Town' "
    "line with italic dates, home tuitions as year-only freelance work",
    render="md", entry_fn=w019_entry,
    name="Imran Shaikh",
    head_md="# IMRAN SHAIKH\n\n📍 Room 12, Noor Chawl, Rajpur Khurd, Vasantgad Dist. – 421302  \n"
            "📞 +91 88790 55341  \n✉️ imran.shaikh.786@mailbox.in",
    blocks=[
        ("Objective", "Hard working and honest person with 6 years experience in retail, warehouse and delivery. "
                      "Looking for a permanent job as store executive or delivery team leader."),
        ("Experience", [
            E("Delivery Partner", "Zaika Now", "Rajpur Khurd", "2024-02", "present", "facing", "in_person_service", [
                "Picking up orders from restaurants and delivering to customers within time, 25–30 orders daily",
                "Calling customers for location, handling cash on delivery",
                "Top rated partner in Rajpur West zone for 4 months"],
              et="freelance"),
            E("Packing Helper", "Shree Ganesh Logistics", "Bhivpuri Warehouse Park", "2022-09", "2024-01", "affecting",
              None, ["Packing e-commerce orders, pasting labels and invoices", "Loading parcels in the trucks as per route"],
              dt="Sept 2022 – Jan 2024"),
            E("Store Assistant", "Apna Bazaar Supermart", "Rajpur Khurd", "2020-11", "2022-08", "facing",
              "in_person_service", [
                  "Backup on billing counter on weekends and festival rush",
                  "Arranging stock, checking expiry and helping customers to find items",
                  "Home delivery of phone orders to nearby societies and collecting payment"]),
            E("Home Tuition Teacher", None, "Rajpur Khurd", "2018", "2020", "facing", "education", [
                "Taught Maths and Science to 6–8 students of 5th to 8th std. at their homes in the evenings"],
              et="freelance", dt="2018 – 2020 (during graduation)"),
        ]),
        ("Education", ["- B.Com – Vasantgad Commerce College, 2020", "- HSC – 2017", "- SSC – 2015"]),
        ("Skills", ["- Two-wheeler licence, knowledge of Vasantgad & Rajpur routes", "- MS-CIT, basic Excel",
                    "- Languages: Hindi, Marathi, Urdu, English"]),
        ("Declaration", "I hereby declare that above information is correct to the best of my knowledge.\n\n"
                        "Date: ________    Place: Rajpur Khurd"),
    ]))

# ---------------------------------------------------------------------------------------------
# w020 Australian traffic controller, reportlab left header, pipe line with right dates, Times
R.append(dict(
    file="w020.pdf", family="Australian traffic controller and former meatworks/station hand, reportlab left "
    "header in Times, 'Title | Employer | Town' line with right dates, 'Current'",
    render="rl", layout="left", hdr="pipe", font="Times", fsize=10.5, ds="mon", pres="Current", sep=" – ",
    hstyle="underline",
    name="Lachlan Pryor",
    contact=["Moorina Springs WA 6435", "0427 555 614 | lachlan.pryor@mailbox.com.au",
             "HR licence · White Card · Traffic Control & Implement TGS tickets"],
    blocks=[
        ("Summary", "Country bloke who has done station work, the meatworks and roadhouses and now does traffic "
                    "control. Happy to travel and do FIFO or DIDO rosters."),
        ("Work History", [
            E("Traffic Controller", "SafeLane Traffic Management", "Moorina Springs", "2024-06", "present", "facing",
              "other_facing", [
                  "Stop/slow bat on roadworks and shutdowns on the highway and around town",
                  "Direct motorists, cyclists and pedestrians safely through site and explain detours to locals and "
                  "truckies",
                  "Set out and pack up signs and cones to the traffic guidance scheme"]),
            E("Meat Process Worker", "Moorina Meats Pty Ltd", "Moorina Springs", "2022-01", "2024-05", "none", None, [
                "Boning room and carton packing for export orders", "Knife hand on the slaughter floor for 6 months"]),
            E("Console Operator", "Roadstar Roadhouse", "Nullarook", "2020-03", "2021-12", "facing",
              "in_person_service", [
                  "Served travellers and truck drivers at the console – fuel, meals, ice, camping gear",
                  "Gave road-condition and fuel-range advice to tourists, EFTPOS and cash-up"]),
            E("Station Hand", "Warrigal Downs Station", "via Nullarook", "2018-04", "2020-02", "none", None, []),
        ]),
        ("Tickets & Licences", ["HR truck licence, forklift (LF), White Card, Provide First Aid (2025)"]),
        ("Referees", ["Supplied on request"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w021 South African nanny and office cleaner, DOCX two-column layout table with shaded sidebar, nested table
R.append(dict(
    file="w021.docx", family="South African nanny and former office cleaner, Word two-column layout table with a "
    "shaded sidebar and a nested references table, year-only dates",
    render="docx", layout="sidebar", hdr="title_org", hstyle="caps", hcolor="2E5E4E", ds="month", pres="Present",
    sep=" – ", shade="E2EFDA", font="Century Gothic", fsize=9.5,
    name="Nomvula Precious Dlamini", tagline="Nanny / Housekeeper",
    contact=["41 Aloe Street, Thornhill Park, 0082", "071 555 3390", "nomvula.dlamini@mailbox.co.za"],
    side=[
        ("Personal details", ["Date of birth: 12 February 1993", "Nationality: South African",
                              "Languages: siSwati, isiZulu, English", "Licence: Code 8 (own transport: no)"]),
        ("Skills", ["Child care and school routines", "Cooking and baking", "Ironing and laundry",
                    "Basic first aid"]),
    ],
    blocks=[
        ("Profile", "Loving and trustworthy nanny with 5 years looking after young children in a family home. "
                    "I am looking for a live-out position close to Thornhill Park."),
        ("Work Experience", [
            E("Nanny / Domestic Worker", "Van Wyk Family", "Thornhill Park", "2021-04", "present", "facing",
              "healthcare_care", [
                  "Look after two children (3 and 6): crèche and school lifts with the family car, homework, meals "
                  "and bath time",
                  "Cleaning, laundry and ironing for the household"]),
            E("Office Cleaner", "Bright Touch Cleaning Services", "Protea House, Thornhill CBD", "2018-02", "2021-03",
              "none", None, ["Cleaning offices, boardrooms, kitchens and toilets from 5 to 8am before the staff arrive",
                             "Refuse removal and restocking soap and toilet paper"]),
            E("Shop Assistant", "Bongi's Tuck Shop", "Thornhill Park", "2016", "2017", "facing", "in_person_service",
              ["Selling airtime, bread and cold drinks"], dt="2016 – 2017"),
        ]),
        ("Church & Community", [
            E("Sunday School Helper", "Thornhill Park Methodist Church", None, "2019", "present", "facing",
              "volunteering", ["Helping the teacher with the 5 to 8 year olds' class every Sunday"],
              sec="volunteer", et="volunteer", dt="2019 – Present"),
        ]),
        ("References", []),
    ],
    nested=[("Mrs. Anri van Wyk (current employer)", "082 555 7431"),
            ("Mr. Sello Modise, Supervisor, Bright Touch", "012 555 0199")],
))

# ---------------------------------------------------------------------------------------------
# w022 US factory worker, fpdf2 core Helvetica, two pages with footer, employer heading with roles beneath
R.append(dict(
    file="w022.pdf", family="US machine operator with a weekend cashier job alongside, fpdf2 core Helvetica, "
    "employer heading with roles beneath, m/yyyy dates, two pages with page footer",
    render="fpdf", layout="left", hdr="orgfirst", font="helvetica", fsize=10.5, ds="m/yyyy", pres="Present",
    sep=" - ", hstyle="bold", bullet="-", page="letter", pages=2, footer="Gloria Reyes-Hunt | Page {page}",
    name="Gloria Patricia Reyes-Hunt",
    contact=["1208 W Cottonwood Ave, Elm Prairie, KS 67502", "(620) 555-0164 | gloria.reyeshunt@mailbox.com"],
    blocks=[
        ("Objective", "Seeking a first-shift operator or quality position. Ten years in manufacturing and food "
                      "plants; I also work weekends at a convenience store."),
        ("Employment", [
            E("Machine Operator II", "Prairieland Plastics", "Elm Prairie, KS", "2021-04", "present", "none", None, [
                "Run three injection molding presses and change molds with the setup tech",
                "Trim, bag and box parts to the work order; keep scrap under 2%",
                "Daily 5S and machine checklists"]),
            E("Quality Inspector, 2nd Shift", "Prairieland Plastics", "Elm Prairie, KS", "2019-08", "2021-03",
              "affecting", None, [
                  "Visual and gauge checks on molded parts every hour against the control plan",
                  "Put bad lots on hold, filled out hold tags and first-article paperwork"]),
            E("Cashier (weekends)", "Quik Stop #44", "Elm Prairie, KS", "2020-01", "2022-10", "facing",
              "in_person_service", ["Register, lottery and fuel sales on Saturday and Sunday shifts",
                                    "Restocked coolers and cleaned the coffee station"]),
            E("Line Worker", "Golden Harvest Poultry", "Haskell Junction, KS", "2016-05", "2019-07", "none", None, [
                "Deboning and tray-pack lines, rotated stations every two hours"]),
        ]),
        ("Volunteer", [
            E("Volunteer Driver", "Elm Prairie Senior Center", "Elm Prairie, KS", "2018-01", "2020-03", "facing",
              "volunteering", ["Drove seniors to doctor appointments and the grocery store on Tuesdays"],
              sec="volunteer", et="volunteer"),
        ]),
        ("PAGEBREAK", None),
        ("Education", ["Elm Prairie High School - Diploma, 2015",
                       "Prairie Technical College - Manufacturing Skills Certificate (evening classes), 2020"]),
        ("Certifications", ["* OSHA 10-Hour General Industry", "* Forklift operator (in-house), 2021",
                            "* ServSafe Food Handler (expired)"]),
        ("Skills", ["* Calipers, micrometers, go/no-go gauges", "* Reading work orders and control plans",
                    "* Cash handling", "* Spanish (conversational)"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w023 Romanian worker in the UK, Notepad text (CRLF), 'Position / Company / Period' blocks, typos
def w023_entry(e, r):
    s = [f"Position: {e.title}", f"Company: {org_loc(e)}", f"Period: {e.dt}"]
    if e.extra:
        s.append(e.extra)
    s.append("Responsabilities: " + " ".join(e.bullets))
    return "\n".join(s)


R.append(dict(
    file="w023.txt", family="Romanian seasonal and agency worker in the UK, Notepad text with CRLF, "
    "'Position / Company / Period' blocks with prose duties, typos and five date shapes",
    render="txt", entry_fn=w023_entry, hstyle="underline", uchar="=", crlf=True,
    name="Florin Stanciu",
    head_txt="CURRICULUM VITAE\n\nName: Florin Stanciu\nAdress: 9 Marsh Lane, Fenbridge, Lincolnshire PE12 4JX\n"
             "Phone: 07700 900 559\nEmail: florin.stanciu@mailbox.ro\nNationality: Romanian (settled status)",
    blocks=[
        ("Work Experience", [
            E("Hand Car Wash Attendant", "Bubbles Hand Car Wash", "Fenbridge", "2025-04", "present", "facing",
              "in_person_service", [
                  "Washing and valeting cars inside and out.",
                  "Talking with customers about what valet they want and taking payment on the card machine.",
                  "Opening the site in the morning."],
              dt="04/2025 - present"),
            E("Picker Packer", "GreenLeaf Produce Packhouse", "Fenbridge", "2023-08", "2025-03", "none", None, [
                "Packing salad and veg in trays for the supermarkets, labeling and check weights on the line.",
                "Some times working on the forklift in the cold store."],
              dt="august 2023 - march 2025", extra="(agency Fenland Staffing)"),
            E("Kitchen Porter", "Riverside Hotel", "Fenbridge", "2022-02", "2023-07", "affecting", None, [
                "Washing up pots and dishes, cleaning kitchen, recieving deliveries and helping the chefs with prep."],
              dt="02.2022-07.2023"),
            E("Fruit Picker (seasonal)", "Hollow Oak Farm", "Hollowmere, Kent", "2021-05", "2021-10", "none", None, [
                "Picking strawberrys and raspberrys in polytunnels on piece rate."],
              dt="may-oct 2021"),
            E("Waiter (Ospatar)", "Restaurant La Doi Frati", "Podu Vechi, Romania", "2017", "2020", "facing",
              "in_person_service", [
                  "Serving tables in a busy restaurant with terrace, taking orders and payment, weddings and "
                  "baptism parties in the weekend."],
              dt="2017-2020"),
        ]),
        ("Education", ["Liceul Tehnologic Podu Vechi - mechanic (2016)"]),
        ("Other skills", ["- forklift licence (counterbalance)", "- driving licence cat. B",
                          "- english: good, romanian: native"]),
        ("Refferences", ["available upon request"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w024 US college student, HTML with one table per section (dates left column)
def w024_entry(e, r):
    esc = _h.escape
    d = e.dt or fmt_range(e, "mon.", "Present", " – ")
    org = f", {esc(e.org)}" if e.org else ""
    loc = f" <span class=\"loc\">({esc(e.loc)})</span>" if e.loc else ""
    li = "".join(f"<li>{esc(b)}</li>" for b in e.bullets)
    return (f"<table class=\"job\"><tr><td class=\"d\">{esc(d)}</td>"
            f"<td><b>{esc(e.title)}</b>{org}{loc}<ul>{li}</ul></td></tr></table>")


R.append(dict(
    file="w024.html", family="US college student résumé as a web page: one table per job with dates in the left "
    "cell, circulation desk, cinema usher, summer dishwasher, babysitting, research assistant",
    render="html", entry_fn=w024_entry,
    name="Hannah Sorensen", doctitle="Hannah Sorensen | Résumé",
    css="body{font-family:Georgia,serif;width:680px;margin:24px auto}\ntable.job{width:100%;border-collapse:"
        "collapse}\ntd.d{width:150px;vertical-align:top;color:#444}\n.loc{color:#777}",
    head_html="<header><h1>Hannah Sorensen</h1>\n<p>Cedar Bluff, MN &middot; (507) 555-0192 &middot; "
              "hannah.sorensen@mailbox.com</p></header>",
    blocks=[
        ("Education", ["Cedar Bluff State University – B.A. Psychology, expected May 2027 · GPA 3.6",
                       "Dean's List, Fall 2024 and Spring 2025"]),
        ("Experience", [
            E("Circulation Desk Assistant (work-study)", "Cedar Bluff State University Library", "Cedar Bluff, MN",
              "2024-09", "present", "facing", "in_person_service", [
                  "Check materials in and out, place holds and collect fines at the front desk",
                  "Help students and community patrons with printing, scanning and finding call numbers",
                  "Shelve returns and shelf-read the 300s on quiet shifts"],
              dt="Sept. 2024 – Present"),
            E("Usher / Concessions", "Starlite 8 Cinemas", "Lake Ardis, MN", "2022-10", "2024-05", "facing",
              "in_person_service", ["Tore tickets, cleaned auditoriums between showings, ran the concession stand "
                                    "on weekends"]),
            E("Dishwasher", "Northwoods Supper Club", "Lake Ardis, MN", "2023-06", "2023-08", "affecting", None,
              ["Dish pit on Friday fish-fry nights, 300+ covers"], dt="Summer 2023"),
            E("Babysitter", None, "Lake Ardis, MN", "2021", "2024", "facing", "entrepreneurial_freelance", [
                "Regular sitter for four families – evenings, snow days, school pickups and homework help"],
              et="freelance", dt="2021–2024"),
        ]),
        ("Campus Involvement", [
            E("Research Assistant", "Social Cognition Lab, CBSU Psychology Department", "Cedar Bluff, MN",
              "2025-01", "2025-05", "none", None, ["Coded survey responses and cleaned data in SPSS for a "
                                                   "faculty study on group decision-making"],
              sec="other", dt="Jan–May 2025"),
        ]),
        ("Skills", ["* Microsoft Office, Google Workspace, SPSS", "* CPR/First Aid (American Red Cross)"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w025 Philippine OFW returnee, DOCX borderless table per job, employer first then title
R.append(dict(
    file="w025.docx", family="Philippine OFW factory worker back home, Word with a borderless table per job "
    "(employer over title left, dates right), appliance delivery helper and warehouse checker",
    render="docx", layout="table", hstyle="caps", hcolor="203864", hdr="org_title", ds="month", pres="Present",
    sep=" - ", font="Arial", fsize=10, contact_table=True,
    name="JEROME A. MACARAEG",
    contact=["Sitio Maligaya, Brgy. Sto. Cristo, Pampanga", "0936 555 7812", "jerome.macaraeg@mailbox.ph"],
    blocks=[
        ("Objective", "Returned from Taiwan in April 2025 after finishing my contract. Seeking a stable job as "
                      "warehouse staff, delivery helper or production operator."),
        ("Employment Record", [
            E("Production Operator", "Hsin Yuan Electronics Co., Ltd.", "Taiwan", "2022-03", "2025-03", "none", None, [
                "Operate SMT and reflow machines, loading of component reels",
                "12-hour rotating shifts, 5S and line cleaning"]),
            E("Delivery Helper", "HomePlus Appliance Center", "Sto. Cristo", "2019-06", "2021-12", "facing",
              "in_person_service", [
                  "Rode with the driver, unloaded and carried appliances into customers' homes",
                  "Unboxing, basic set-up of TVs and electric fans, demo to the customer",
                  "Ask customer to check the unit and sign the delivery receipt"]),
            E("Warehouse Checker", "HomePlus Appliance Center", "Sto. Cristo", "2018-02", "2019-05", "affecting", None,
              ["Checking of incoming and outgoing stocks against the DR and stock transfer",
               "Monthly inventory count"]),
            E("Cashier", "Tita Nena's Bakeshop", "Sto. Cristo", "2016-04", "2018-01", "facing", "in_person_service", []),
        ]),
        ("Education", ["Sto. Cristo National High School – 2015",
                       "TESDA NC II – Electrical Installation and Maintenance, 2017"]),
        ("Personal Information", ["Age: 29 · Civil status: Married · Height: 5'6\"",
                                  "Passport valid until 2031"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w026 Indian lab technician, reportlab single column DejaVu Serif, title / employer / dates on separate lines
R.append(dict(
    file="w026.pdf", family="Indian lab technician with home sample collection, reportlab single column in "
    "DejaVu Serif, title, employer and dates each on their own line, 'Till date'",
    render="rl", layout="plain", hdr="dateline", font="DejaVuSerif", fsize=9.5, ds="mon", pres="Till date",
    sep=" – ", hstyle="shade", bullet="▪",
    name="Sneha Ramdas Patil", tagline="DMLT | Lab Technician",
    contact=["Flat 3, Saiprasad Apartment, Shivnagar, Ravipur, Maharashtra – 411052",
             "+91 90110 55476  |  sneha.patil.dmlt@mailbox.in"],
    blocks=[
        ("Professional Summary", "DMLT with 5+ years in diagnostic labs, home collection and hospital billing. "
                                 "Comfortable with haematology and biochemistry analysers and LIMS."),
        ("Work Experience", [
            E("Lab Technician", "Lifeline Diagnostics Pvt. Ltd.", "Ravipur", "2023-07", "present", "affecting", None, [
                "Processing blood and urine samples on haematology and biochemistry analysers",
                "Running daily QC and calibration, maintaining Levey-Jennings charts",
                "Entering and validating results in LIMS for pathologist sign-off"]),
            E("Home Sample Collection Executive", "HealthFirst Labs", "Ravipur", "2021-09", "2023-06", "facing",
              "healthcare_care", [
                  "Visiting patients' homes for blood collection, 12–15 visits a day",
                  "Explaining fasting and urine sample instructions and collecting payment",
                  "Transporting samples in cold box to the processing lab"]),
            E("Data Entry Operator – Billing", "Sanjeevani Hospital", "Ravipur", "2020-02", "2021-08", "affecting",
              None, ["Entering IPD bills and TPA insurance claim documents",
                     "Preparing discharge bill files for the cashier"]),
            E("DMLT Trainee", "Sanjeevani Hospital – Pathology Department", "Ravipur", "2019-06", "2019-12", "facing",
              "healthcare_care", [
                  "Six months practical training in haematology, biochemistry and microbiology sections",
                  "Collected blood samples from OPD patients at the collection counter"],
              et="internship"),
        ]),
        ("Education", ["DMLT – Ravipur Institute of Paramedical Sciences, 2019 (First Class)",
                       "HSC (Science) – Maharashtra Board, 2017"]),
        ("Personal Details", ["DOB: 09-01-2000 · Languages: Marathi, Hindi, English · Marital status: Unmarried"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w027 South African petrol attendant, Markdown with bold title | employer | dates, undated volunteering
def w027_entry(e, r):
    d = e.dt if e.dt is not None else fmt_range(e, "month", "Present", " – ")
    parts = [f"**{e.title}**"] + [x for x in (e.org, e.loc) if x] + ([d] if d else [])
    s = [" | ".join(parts)]
    if e.extra:
        s.append(f"_{e.extra}_")
    s.append("")
    s += [f"* {b}" for b in e.bullets]
    return "\n".join(s)


R.append(dict(
    file="w027.md", family="South African petrol attendant and car guard in Markdown: bold 'Title | Employer | "
    "Town | dates' lines, single-year public-works job, undated feeding-scheme volunteering",
    render="md", entry_fn=w027_entry,
    name="Karabo Sithole",
    head_md="# Karabo Sithole\n\n**Cell:** 076 555 2084 · **Email:** karabo.sithole@mailbox.co.za  \n"
            "**Address:** 3310 Tau Street, Letsatsi Ext 5, 9460",
    blocks=[
        ("About Me", "Friendly, honest and on time. I know how to work with people and I am not scared of hard "
                     "work. I have a Code 8 licence and matric."),
        ("Work Experience", [
            E("Petrol Attendant", "Sunrise Fuel Stop", "Letsatsi", "2023-01", "present", "facing",
              "in_person_service", [
                  "Filling fuel and checking oil, water and tyre pressure for customers",
                  "Card machine and cash, cash-up at the end of the shift",
                  "Cleaning the forecourt and windscreens"]),
            E("Car Guard", "Letsatsi Plaza", "Letsatsi", "2021-06", "2022-12", "facing", "other_facing", [
                "Looked after shoppers' cars in the parking lot",
                "Helped people reverse out and load their trolleys"],
              et="freelance", extra="Self-employed"),
            E("Packer", "Kleenrite Detergents (Pty) Ltd", "Letsatsi Industrial", "2019-03", "2021-05", "none", None, [
                "Packing bottles of dishwashing liquid into boxes on the line, sealing and stacking pallets"]),
            E("General Worker (EPWP)", "Letsatsi Local Municipality", None, "2018", "2018", "none", None, [
                "Cleaning streets, parks and storm drains in Ward 12"], dt="2018"),
        ]),
        ("Volunteer Work", [
            E("Feeding Scheme Volunteer", "Letsatsi Primary School", None, None, None, "facing", "volunteering", [
                "Help the mamas cook and dish up porridge for the learners during winter school"],
              sec="volunteer", et="volunteer", dt=""),
        ]),
        ("Education", ["- Matric (Grade 12) – Letsatsi High School, 2017"]),
        ("References", ["- Mr. P. Venter, Manager, Sunrise Fuel Stop – 051 555 0123"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w028 Polish hotel worker in Ireland, DOCX title / employer / dates on separate lines, mixed date formats
R.append(dict(
    file="w028.docx", family="Polish hotel breakfast server and former city bus driver in Ireland, Word with "
    "title, employer and dates each on their own line, four date formats, au pair year",
    render="docx", layout="plain", hstyle="caps", hcolor="833C0B", hdr="dateline", font="Calibri", fsize=11,
    bstyle="List Bullet",
    name="Agnieszka Kaczmarek",
    contact=["Glencarrow, Co. Mayo · 083 555 6217 · agnieszka.kaczmarek@mailbox.pl"],
    blocks=[
        ("Profile", "Friendly and reliable, with hotel and public transport experience. I moved to Ireland in "
                    "April 2022 with my husband. Full Irish driving licence (cat. B, D in Poland)."),
        ("Work Experience", [
            E("Breakfast Server / Housekeeper", "Lakeview House Hotel", "Glencarrow, Co. Mayo", "2023-04", "present",
              "facing", "in_person_service", [
                  "Setting up and serving breakfast for up to 60 guests, taking orders for the hot food",
                  "After breakfast cleaning rooms with the housekeeping team"],
              dt="04/2023 – present"),
            E("Laundry Assistant", "CleanPress Commercial Laundry", "Knockrea Business Park", "2022-05", "2023-03",
              "none", None, ["Feeding sheets and towels into the ironer and folding machines for about 30 hotels",
                             "Sorting soiled linen, counting and packing cages"],
              dt="May 2022 – Mar 2023"),
            E("Bus Driver", "MZK Kaliszów", "Kaliszów, Poland", "2017-03", "2022-03", "facing", "in_person_service", [
                "City lines 3, 11 and 17 with articulated buses",
                "Selling tickets, helping passengers with prams and wheelchairs, announcing stops when the system failed"],
              dt="03.2017 – 03.2022"),
            E("Au Pair", "Familie Becker", "Waldhofen, Germany", "2015-09", "2016-08", "facing", "healthcare_care", [
                "Looked after two boys (4 and 7): kindergarten and school runs, playing, homework and simple meals"],
              dt="09/2015 - 08/2016"),
        ]),
        ("Education", ["Technical Secondary School of Hotel Management, Kaliszów (2015)",
                       "Professional driver qualification (kod 95), Poland, 2017"]),
        ("Languages", ["Polish (native), English (B2), German (B1)"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w029 Australian handyman / removalist, DOCX contact in page header, pipe line with tab-stop dates, 'to date'
R.append(dict(
    file="w029.docx", family="Australian gig handyman and removalist, name and contact in the Word page header, "
    "'Title | Employer | Town' with tab-stop dates, 'to date'",
    render="docx", layout="header", hdr="pipe", hstyle="bold", ds="mon", pres="to date", sep=" to ", font="Arial",
    fsize=10, bstyle="manual", bullet="–",
    name="Jayden Kirwan",
    contact=["Port Elsworth NSW 2446 | 0409 555 731 | jayden.kirwan@mailbox.com.au"],
    blocks=[
        ("Profile", "Practical, fit and easy to get along with. Mix of warehouse, removals and my own handyman "
                    "jobs. Own ute and tools, White Card, forklift licence."),
        ("Experience", [
            E("Handyman / Flat-pack Assembler", "Self-employed (TaskDash)", "Port Elsworth", "2024-01", "present",
              "facing", "entrepreneurial_freelance", [
                  "Furniture assembly, TV wall mounts, curtain rods and small repairs in customers' homes",
                  "Quote through the app, confirm the job with the customer when I arrive and clean up after",
                  "4.9 stars from 210+ reviews"],
              et="freelance"),
            E("Removalist Offsider", "Two Blokes Removals", "Port Elsworth", "2022-03", "2023-12", "facing",
              "in_person_service", [
                  "Packing, wrapping and loading furniture into the truck",
                  "Carrying it into the new place and setting it up where the customer wants it"]),
            E("Storeperson (night shift)", "Kestrel Hardware DC", "Kestrel Flats", "2020-08", "2022-02", "affecting",
              None, ["Picking store orders with an order picker and LO forklift", "Loading B-doubles for the "
                                                                                "morning run to the stores"]),
            E("Night Fill Team Member", "FreshCo Port Elsworth", "Port Elsworth", "2019-02", "2020-07", "affecting",
              None, ["Filling shelves from 10pm to 6am with the store closed"]),
        ]),
        ("Licences", ["* C class driver licence, LF forklift, LO order picker", "* White Card (construction induction)"]),
        ("Education", ["Port Elsworth High School – Year 12 (HSC) 2018"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w030 UK care coordinator, fpdf2 shaded sidebar, DejaVu, title line with right dates
R.append(dict(
    file="w030.pdf", family="UK care-agency scheduler, former care assistant and hospital porter with a maternity "
    "break, fpdf2 shaded left sidebar, title with right dates and employer below",
    render="fpdf", layout="sidebar", hdr="title_org", font="DejaVu", fsize=9, ds="mon", pres="Present",
    sep=" – ", hstyle="caps_rule", accent=(0.35, 0.2, 0.45), sidecol=(0.93, 0.9, 0.95), sidew=170, bullet="•",
    name="Priya Chauhan", tagline="Care coordinator",
    contact=[],
    side=[
        ("Contact", ["Northcote Vale, Derbyshire", "07700 900 326", "priya.chauhan@mailbox.co.uk"]),
        ("Skills", ["Rota software (CarePlanner)", "Calm on the phone", "Moving & handling", "Medication (Level 3)",
                    "Punjabi & Hindi"]),
        ("Other", ["Full driving licence", "Enhanced DBS (2024)"]),
    ],
    blocks=[
        ("Profile", "I have worked on both sides of home care – out on visits and now in the office keeping the "
                    "rota running. Looking for a coordinator or team leader role."),
        ("Experience", [
            E("Care Coordinator / Scheduler", "Homewell Care Services", "Northcote Vale", "2024-05", "present",
              "facing", "contact_center", [
                  "Build the carers' rotas for about 90 service users in the scheduling system",
                  "Phone service users and their families when visit times change or a carer is off sick",
                  "On call evenings and weekends one week in four"]),
            E("Care Assistant", "Homewell Care Services", "Northcote Vale", "2022-09", "2024-04", "facing",
              "healthcare_care", ["Home visits: personal care, meals, medication prompts and shopping"]),
            E("Maternity leave / full-time mum", None, None, "2020-06", "2022-08", "none", None, [], et="unknown"),
            E("Hospital Porter", "Ashvane General Hospital", "Ashvane", "2018-01", "2020-05", "facing",
              "healthcare_care", [
                  "Took patients between wards, X-ray and theatres in wheelchairs and on trolleys",
                  "Delivered specimens, notes and equipment"]),
            E("Laundry Assistant", "Sunnyfields Care Home", "Ashvane", "2016-06", "2017-12", "affecting", None, [
                "Washed, ironed and labelled residents' clothes and took them back to their rooms"]),
        ]),
        ("Education & Training", ["Level 3 Diploma in Adult Care (2024)", "Care Certificate (2022)",
                                  "Ashvane Sixth Form – 2 A levels (2016)"]),
    ]))
