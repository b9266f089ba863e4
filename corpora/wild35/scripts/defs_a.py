"""wild35 résumés w001–w015 (one dict per résumé: renders the file and its gold line)."""
import html as _h

from lib import E, fmt_range
from render import org_loc, dates

R = []

# ---------------------------------------------------------------------------------------------
# w001 US delivery driver / warehouse, reportlab single column, title line with right-aligned dates
R.append(dict(
    file="w001.pdf", family="US delivery driver and former warehouse temp, Word-to-PDF single column, "
    "title with right-aligned dates, undated volunteer line",
    render="rl", layout="plain", hdr="title_org", ds="month", pres="Present", sep=" – ", page="letter",
    name="Tyrell M. Boone",
    contact=["Carverton, IN 46390  |  (574) 555-0148  |  tboone.delivers@mailbox.com"],
    blocks=[
        ("Summary", "Dependable driver with four years in delivery and warehouse work. Class C license, clean "
                    "record, forklift certified. Looking for a full-time route or dispatch job with benefits."),
        ("Work Experience", [
            E("Delivery Driver / Installer", "Hollis Appliance & Furniture", "Carverton, IN", "2024-03", "present",
              "facing", "in_person_service", [
                  "Run 10–14 home deliveries a day in a 26' box truck with one helper; plan the stop order in the dispatch app",
                  "Carry appliances into the home, hook up washers, dryers and gas ranges, and haul away the old unit",
                  "Show the customer the controls, walk the job with them and get the delivery ticket signed",
                  "Call ahead when the route runs late; zero damage claims in 2025"]),
            E("Warehouse Associate", "Redline Fulfillment", "Linden Grove, IN", "2022-09", "2024-02",
              "affecting", None, [
                  "Picked and packed e-commerce orders with an RF scanner, averaged 140+ units an hour",
                  "Built and wrapped pallets for outbound LTL freight and printed the BOL labels",
                  "Showed new temps the pick path and scanner on their first week"],
              extra="Temp-to-hire through StaffNow Staffing"),
            E("Seasonal Package Handler", "ParcelWay Ground Hub", "Carverton, IN", "2021-10", "2022-01",
              "affecting", None, ["Unloaded trailers and sorted parcels to outbound doors on night peak shifts"]),
            E("Crew Member", "Big Skillet Burgers", "Carverton, IN", "2019-06", "2021-08", "facing",
              "in_person_service", [
                  "Took orders at the front counter and on the drive-thru headset, handled cash and cards",
                  "Jumped on grill and fry station when we were short"]),
        ]),
        ("Volunteer", [
            E("Volunteer", "Carverton Community Food Shelf", "Carverton, IN", None, None, "facing", "volunteering", [
                "Saturday mornings in high school: checked families in at the front table and helped carry boxes out to cars"],
              sec="volunteer", et="volunteer"),
        ]),
        ("Education & Licenses", ["Carverton High School – Diploma, 2019",
                                  "Indiana Class C driver license · Forklift (sit-down) certification, 2023"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w002 UK security officer, DOCX heading styles, job titles as Heading 2, tab-stop dates
R.append(dict(
    file="w002.docx", family="UK security officer, shopping centre and night site work, Word heading styles "
    "with job titles as Heading 2 and right tab-stop dates",
    render="docx", layout="styles", hstyle="h1", h2titles=True, titlestyle=True, hdr="title_org", ds="mon",
    pres="Present", sep=" – ", font="Calibri",
    name="Kieran Walsh",
    contact=["14 Furlong Close, Brackleigh, Leicestershire LE9 7QT", "07700 900 418 · kieran.walsh88@mailbox.co.uk",
             "SIA Door Supervisor licence (valid to 2027)"],
    blocks=[
        ("Personal Profile", "Calm, level-headed security officer. I like busy sites where I am dealing with people "
                             "and I am just as happy on my own on nights. Full UK driving licence, own car."),
        ("Employment History", [
            E("Security Officer – Castlegate Shopping Centre", "Sentinel Guarding Services Ltd", "Brackleigh",
              "2023-03", "present", "facing", "other_facing", [
                  "Day and late shifts patrolling the centre, car park and service yard",
                  "First point of contact for shoppers – directions, lost property, reuniting lost kids with their parents",
                  "Respond to radio calls from shops about shoplifters, deal with the police and write up incident reports",
                  "Trained first aider for the centre (EFAW)"]),
            E("Night Security Officer", "Sentinel Guarding Services Ltd", "Hallam Road development site", "2021-11",
              "2023-02", "none", None, [
                  "Lone-working nights on a 140-home new-build site",
                  "Kept the gatehouse log, watched CCTV and did hourly patrols with a tag reader",
                  "Reported damage, break-ins and fire risks to the site manager each morning"]),
            E("Customer Assistant (part-time)", "Pricewell Supermarkets", "Brackleigh", "2019-08", "2021-10", "facing",
              "in_person_service", [
                  "Mostly on grocery replenishment – filling shelves, rotation, reductions",
                  "Covered checkouts at busy times and helped customers find things on the shop floor"]),
            E("Kitchen Porter", "The Wheatsheaf Inn", "Thorpe Magna", "2018-05", "2019-07", "affecting", None,
              ["Washing up, cleaning the kitchen down at close, basic veg prep for the chefs"]),
        ]),
        ("Training", ["* Level 2 Award for Door Supervisors in the Private Security Industry (2021)",
                      "* Emergency First Aid at Work (renewed 2025)", "* Conflict management"]),
        ("Education", ["Brackleigh Community College – 6 GCSEs including Maths and English (2018)"]),
        ("References", ["Available on request."]),
    ]))


# ---------------------------------------------------------------------------------------------
# w003 Philippine résumé pasted as text, caps headings, personal data, mixed date styles
def w003_entry(e, r):
    out = [e.title.upper() if e.extra == "caps" else e.title]
    out.append(f"{e.org}" + (f" - {e.loc}" if e.loc else ""))
    out.append(e.dt or fmt_range(e, "mon.", "present", " - "))
    out += ["   * " + b for b in e.bullets]
    return "\n".join(out)


R.append(dict(
    file="w003.txt", family="Philippine résumé pasted as text: caps headings, personal data block, OJT, "
    "rider and data encoder, three different date styles",
    render="txt", hstyle="caps", entry_fn=w003_entry, ds="mon.", pres="present", blank_after_head=True,
    name="JOMAR P. VILLANUEVA",
    head_txt="JOMAR P. VILLANUEVA\nBlk 7 Lot 22 Phase 2, Brgy. Pag-asa, San Teodoro City, Laguna\n"
             "Mobile: 0917 555 2031\nEmail: jomar.villanueva@mailbox.ph",
    blocks=[
        ("Objective", "To obtain a position where i can use my skills in encoding and customer handling and "
                      "grow with the company."),
        ("Work Experience", [
            E("Data Encoder (Contractual)", "Northpoint Cargo Logistics Inc.", "Sta. Felomina, Laguna", "2024-06",
              "present", "affecting", None, [
                  "Encode waybills, delivery receipts and POD in the system daily",
                  "Check discrepancy between delivered and invoiced qty and report to the supervisor",
                  "Filing and scanning of documents"],
              dt="June 2024 - present"),
            E("Delivery Rider (part time)", "LakbayEats", "San Teodoro City", "2022-01", "2024-05", "facing",
              "in_person_service", [
                  "Deliver food orders using own motorcycle, 15-20 orders per day",
                  "Coordinate with customer thru call or text if address is hard to find",
                  "Hand over orders and receive cash payment, maintained 4.9 rating"],
              et="freelance"),
            E("Service Crew", "Kusina de Lola Restaurant", "San Teodoro City", "2019", "2021", "facing",
              "in_person_service", [
                  "Take order and serve food to customers",
                  "Cleaning of dining area and comfort room",
                  "Assist in kitchen during peak hours"],
              dt="2019-2021"),
        ]),
        ("On the Job Training", [
            E("Stockroom Trainee", "GoldMart Supermarket", "Poblacion Branch", "2018-04", "2018-05", "affecting", None, [
                "Receiving of deliveries, counting and tagging of items",
                "Price tagging and arranging stocks in the stock room",
                "Completed 200 hours"],
              et="internship", dt="April - May 2018"),
        ]),
        ("Educational Attainment", ["Tertiary: San Teodoro Polytechnic College, BS Office Administration "
                                    "(2nd year, undergraduate) 2017-2019",
                                    "Secondary: Pag-asa National High School, 2017"]),
        ("Skills", ["- MS Excel, MS Word, typing 45 wpm", "- can drive motorcycle (with license)",
                    "- hardworking, honest, can work under pressure"]),
        ("Personal Data", ["Birthday: March 3, 1999", "Civil Status: Single", "Religion: Roman Catholic",
                           "Height: 5'7\"", "Weight: 62 kg"]),
        ("Character Reference", ["Mr. Ronaldo Garces - Warehouse Supervisor, Northpoint Cargo - 0918 555 7710"]),
        (None, "I hereby certify that the above information is true and correct.\n\n                JOMAR P. VILLANUEVA"),
    ]))


# ---------------------------------------------------------------------------------------------
# w004 South African CV as HTML (personal-details table, then entries as definition-style blocks)
def w004_entry(e, r):
    esc = _h.escape
    d = e.dt or fmt_range(e, "mon", "current", " – ")
    org = f"<span class=\"co\">{esc(e.org)}</span>" if e.org else ""
    loc = f", {esc(e.loc)}" if e.loc else ""
    s = [f"<div class=\"job\">\n<p class=\"role\"><b>{esc(e.title)}</b><br>{org}{loc}<br><i>{esc(d)}</i></p>"]
    if e.extra:
        s.append(f"<p class=\"note\">{esc(e.extra)}</p>")
    if e.bullets:
        s.append("<p><u>Duties:</u></p>\n<ul>\n" + "\n".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "\n</ul>")
    s.append("</div>")
    return "\n".join(s)


R.append(dict(
    file="w004.html", family="South African CV saved as a web page: personal-details table, duties lists, "
    "call-back agent and till packer, career break and year-only volunteer dates",
    render="html", entry_fn=w004_entry, ds="mon", pres="current",
    name="Lindiwe Mokoena", doctitle="CV - Lindiwe Mokoena",
    css="body{font-family:Verdana,sans-serif;font-size:13px;margin:30px 60px}\nh2{background:#e3e8ef;"
        "padding:3px 6px;font-size:15px}\n.co{font-weight:normal}\ntd{padding:2px 10px 2px 0}",
    head_html="<h1>CURRICULUM VITAE</h1>\n<h3>Lindiwe Mokoena</h3>\n<table>\n"
              "<tr><td>Address:</td><td>2291 Mahlangu Street, Khanyisa Ext 2, Kwezi, 1459</td></tr>\n"
              "<tr><td>Cell:</td><td>072 555 0913</td></tr>\n"
              "<tr><td>E-mail:</td><td>lindiwe.mokoena@mailbox.co.za</td></tr>\n"
              "<tr><td>Nationality:</td><td>South African</td></tr>\n"
              "<tr><td>Home language:</td><td>isiZulu (English, Sesotho &amp; Afrikaans fluent)</td></tr>\n"
              "<tr><td>Driver&#39;s licence:</td><td>Code 10</td></tr>\n</table>",
    blocks=[
        ("Career Objective", "I am a friendly and punctual person who enjoys helping customers. I would like a "
                             "permanent position in a call centre or branch where I can grow."),
        ("Employment History", [
            E("Call-back Agent (fixed-term contract)", "HomeComfort Furnishers", "Kwezi", "2024-02", "present",
              "facing", "contact_center", [
                  "Phoning customers to confirm delivery dates and times for their furniture and appliances",
                  "Re-booking failed deliveries and logging complaints about damaged items for the branch manager",
                  "Updating the daily delivery schedule for the drivers on the system"],
              dt="Feb 2024 – current"),
            E("Cashier / Packer", "SaveMore Supermarket", "Kwezi Mall", "2021-05", "2024-01", "facing",
              "in_person_service", [
                  "Operated the till, cash-ups and card payments", "Packing for customers and carrying to the car",
                  "Assisted with promotions and price changes"],
              dt="May 2021 to Jan 2024"),
            E("Career break", None, None, "2021-01", "2021-04", "none", None, [
                "Looked after my son after the bakery retrenchments during lockdown"],
              et="unknown", dt="Jan 2021 – Apr 2021"),
            E("General Worker (contract)", "Golden Crust Bakeries (Pty) Ltd", "Eastvale Industrial", "2019-09",
              "2020-12", "none", None, [
                  "Worked on the bread line – loading tins, checking weights and packing loaves into crates",
                  "Cleaning of machines at end of shift"],
              dt="09/2019 – 12/2020", extra="Reason for leaving: retrenched (Covid-19)"),
        ]),
        ("Volunteer Work", [
            E("Volunteer", "Siyakhana Soup Kitchen", "Khanyisa", "2017", "2019", "facing", "volunteering", [
                "Cooking and dishing up meals for the elderly and children every Wednesday"],
              sec="volunteer", et="volunteer", dt="2017 - 2019"),
        ]),
        ("Education", ["Grade 12 (Matric) – Kwezi Secondary School, 2016",
                       "Short course: Call Centre Fundamentals (NQF 2) – Ikhwezi Skills Centre, 2023"]),
        ("References", ["Mr. T. Nkosi – Branch Manager, HomeComfort Furnishers – 013 555 0102",
                        "Mrs. A. Botha – Front-end Manager, SaveMore Kwezi Mall – 013 555 0177"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w005 Indian résumé, fpdf2 left-aligned header, dash title line with dates, 'till date', mixed styles
R.append(dict(
    file="w005.pdf", family="Indian delivery associate résumé, fpdf2 left-aligned header, 'Title – Company, Town' "
    "with right dates, four different date styles incl. 'till date'",
    render="fpdf", layout="left", hdr="dash", font="DejaVu", fsize=9.5, hstyle="shade", bullet="➢", pres="till date",
    name="RAVI SHANKAR YADAV",
    contact=["H.No. 114, Gali No. 3, Sitapuri, Lakhnaur (U.P.) – 226031", "Mobile: +91 98390 55217",
             "E-mail: ravishankar.y1997@mailbox.in"],
    blocks=[
        ("Career Objective", "To work in a reputed organisation where I can utilise my experience in delivery "
                             "and back office operations and contribute to the growth of the company."),
        ("Work Experience (5+ years)", [
            E("Delivery Associate", "SwiftKart Logistics Pvt. Ltd.", "Lakhnaur Hub", "2023-04", "present", "facing",
              "in_person_service", [
                  "Delivering 45–60 shipments daily in allotted pin codes on own two-wheeler",
                  "Collecting COD cash and UPI payments from customers and depositing at hub same day",
                  "Doorstep return pickups with QC check and explaining the return process to customers",
                  "OTP based delivery, NDR marking and daily runsheet closing"],
              dt="Apr'23 – till date"),
            E("Back Office Executive", "Shreeji Finserv Ltd.", "Lakhnaur", "2021-08", "2023-03", "affecting", None, [
                "Data entry of customer KYC and loan file details in LOS software",
                "Scanning, indexing and dispatch of physical files to the central office",
                "Maintaining daily MIS in Excel for the branch"],
              dt="Aug 2021 to Mar 2023"),
            E("Picker & Packer (contract)", "QuickBasket Dark Store", "Gomti Vihar", "2020-10", "2021-07", "affecting",
              None, ["Picking grocery orders within 3 minutes of order, packing and handing to riders",
                     "Inward of stock and FIFO arrangement of racks"],
              dt="Oct-20 to Jul-21", extra="Through Sai Manpower Services"),
            E("Computer Operator (Part time)", "Om Sai Cyber Cafe & Xerox", "Sitapuri", "2018-06", "2020-03", "facing",
              "in_person_service", [
                  "Filling online forms for customers – exam forms, PAN, ration card, scholarship",
                  "Printing, photocopy, lamination and collecting payment at counter"],
              dt="June 2018 - March 2020"),
        ]),
        ("Educational Qualification", ["B.A. – Lakhnaur University (2019), 52%",
                                       "12th – U.P. Board (2016), 61%", "10th – U.P. Board (2014), 66%",
                                       "CCC (Course on Computer Concepts) – NIELIT, 2018"]),
        ("Skills", ["MS Excel, Tally basics, Hindi & English typing", "Two-wheeler driving licence",
                    "Good knowledge of Lakhnaur city routes"]),
        ("Personal Details", ["Father's Name: Shri Ram Kishore Yadav", "Date of Birth: 11/07/1997",
                              "Marital Status: Married", "Languages Known: Hindi, English, Awadhi"]),
        ("Declaration", "I hereby declare that the above information is true to the best of my knowledge.   "
                        "Place: Lakhnaur        (RAVI SHANKAR YADAV)"),
    ]))

# ---------------------------------------------------------------------------------------------
# w006 Polish warehouse worker applying in Ireland, DOCX borderless table per job, mm.yyyy
R.append(dict(
    file="w006.docx", family="Polish warehouse and forklift worker applying in Ireland, Word with a borderless "
    "table per job (title and company left, dates right), mm.yyyy dates and 'now'",
    render="docx", layout="table", hstyle="caps", hcolor="1F4E79", hdr="title_org", ds="mm.yyyy", pres="now",
    sep=" – ", font="Arial", fsize=10,
    name="Paweł Zieliński", tagline="Warehouse Operative / Forklift Driver",
    contact=["Apt 6, Mill Court, Ballinderrow, Co. Offaly  |  +353 87 555 4120  |  pawel.zielinski@mailbox.pl"],
    blocks=[
        ("About me", "Hard-working and calm. 7 years in warehouses in Poland and Ireland, forklift and reach "
                     "truck licences, good English (B2). Available immediately, also nights."),
        ("Work experience", [
            E("Forklift Operator / Warehouse Operative", "Meridian Cold Store Ltd", "Ballinderrow", "2024-06",
              "present", "affecting", None, [
                  "Loading and unloading chilled and frozen trailers (counterbalance, reach truck)",
                  "Put-away into racking and stock rotation FEFO",
                  "Scanning pallets on the WMS, cycle counts, damage reports"]),
            E("Production Operative (agency)", "Glenvale Meats", "Tullyross", "2023-01", "2024-05", "none", None, [
                "Work on deboning and vacuum packing line",
                "Weighing and labelling boxes, cleaning the line at end of shift"]),
            E("Magazynier (warehouse worker)", "Hurtownia Budowlana Kruk", "Zduny Wielkie, Poland", "2019-09",
              "2022-11", "facing", "in_person_service", [
                  "Picking orders of building materials for the shop and for building sites",
                  "Loading customers' vans and trailers at the yard with forklift",
                  "Advising builders which cement, blocks or insulation to take and checking their invoices"]),
            E("Cashier (weekends)", "Stacja Paliw Petrona", "Zduny Wielkie, Poland", "2017-10", "2019-08", "facing",
              "in_person_service", ["Cash register, fuel and shop sales, hot dogs and coffee",
                                    "Checking deliveries and keeping the shop clean"]),
            E("Seasonal fruit picker", "Sady Kwiatek", "Grójnik, Poland", "2017-07", "2017-09", "none", None,
              ["Apple and pear picking in the orchard, piece work"]),
        ]),
        ("Qualifications", ["* Forklift licence UDT (Poland, 2018) and counterbalance/reach truck certificate (Ireland, 2024)",
                            "* Manual handling, Safe Pass", "* Driving licence cat. B"]),
        ("Education", ["Technical Secondary School of Mechanics, Zduny Wielkie – 2017"]),
        ("Languages", ["Polish – native; English – B2; Russian – basic"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w007 Australian uni student, Markdown, h3 'Title — Employer' with italic dates
def w007_entry(e, r):
    d = e.dt or fmt_range(e, "mon", "now", " – ")
    head = f"### {e.title} — {e.org}" if e.org else f"### {e.title}"
    s = [head, f"*{e.loc} · {d}*" if e.loc else f"*{d}*", ""]
    s += [f"- {b}" for b in e.bullets]
    return "\n".join(s)


R.append(dict(
    file="w007.md", family="Australian uni student in Markdown: h3 'Title — Employer', italic place and dates "
    "line, checkout and night fill, kitchen hand who ran food, harvest picking, surf club",
    render="md", entry_fn=w007_entry, ds="mon", pres="now",
    name="Mia Hollingsworth",
    head_md="# Mia Hollingsworth\n\nWandilla QLD 4670 · 0412 555 903 · mia.hollingsworth@mailbox.com.au\n\n"
            "Second-year Bachelor of Nursing student, looking for casual work around placement blocks. "
            "Available weekends, nights and most of Dec–Feb.",
    blocks=[
        ("Work", [
            E("Checkout & Night Fill", "FreshCo Wandilla", "Wandilla", "2023-02", "present", "facing",
              "in_person_service", [
                  "Registers and self-serve most weeknights, cash counts at close",
                  "Two night-fill shifts a week – unloading the pallets and facing up the aisles",
                  "Got the store's \"Friendly Face\" award for March 2024"]),
            E("Delivery Rider", "Dishpatch", "Wandilla", "2024-07", "2025-02", "facing", "in_person_service", [
                "Evening deliveries on my e-bike, picked up from the restaurants and handed orders over at the door",
                "Usually 12–15 drops a night"],
              et="freelance"),
            E("Kitchen Hand", "The Salty Pelican Café", "Wandilla Beach", "2021-11", "2023-01", "facing",
              "in_person_service", [
                  "Dishes, bins, salad and sandwich prep",
                  "Ran food out to tables on busy weekend mornings"]),
            E("Fruit Picker", "Bellgrove Orchards", "Granite Flats", "2022-12", "2023-02", "none", None, [
                "Summer holidays picking stone fruit, paid by the bin"],
              dt="Dec '22 – Feb '23"),
        ]),
        ("Volunteering", [
            E("Nippers Age Manager", "Wandilla Surf Life Saving Club", "Wandilla", "2022", "present", "facing",
              "volunteering", ["Run Sunday morning beach sessions for the under-9s with two other parents-in-training",
                               "Bronze Medallion holder, patrol member"],
              sec="volunteer", et="volunteer", dt="2022 – now"),
        ]),
        ("Study", ["- Bachelor of Nursing (2nd yr) – Southern Coast University, 2025–",
                   "- QCE, Wandilla State High School, 2022"]),
        ("Certs", ["- First Aid & CPR (HLTAID011) · RSA · Blue Card (working with children)"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w008 Romanian carer / housekeeping, reportlab coloured sidebar, DejaVu, mm.yyyy
R.append(dict(
    file="w008.pdf", family="Romanian live-in carer and seasonal worker abroad, reportlab with coloured left "
    "sidebar (contact, languages, skills), pipe title line, mm.yyyy and a family-care break",
    render="rl", layout="sidebar", hdr="pipe", font="DejaVu", fsize=9, ds="mm.yyyy", pres="present", sep=" – ",
    sidecol=(0.87, 0.93, 0.9), accent=(0.1, 0.38, 0.3), sidew=175, hstyle="caps_rule",
    name="Ionela-Mădălina Popescu", tagline="Carer · Housekeeping",
    contact=[],
    side=[
        ("Contact", ["Str. Livezii nr. 12", "Stejăreni, jud. Vaslui", "Romania", "+40 745 555 218",
                     "ionela.popescu@mailbox.ro"]),
        ("Languages", ["Romanian – native", "Italian – very good", "English – good (B1)", "Spanish – basic"]),
        ("Skills", ["Personal care & hygiene", "Cooking for special diets", "Medication reminders",
                    "Cleaning to hotel standard", "Cash register"]),
        ("Other", ["Driving licence B", "Non-smoker", "Available from January 2027"]),
    ],
    blocks=[
        ("Profile", "Patient and organised woman with 6 years of work in Romania, Italy and Spain. "
                    "I am looking for a job as a carer or in hotel housekeeping in the UK or Ireland."),
        ("Work Experience", [
            E("Family care break", None, None, "2025-11", "present", "none", None,
              ["Back home in Stejăreni caring for my mother after her hip operation"], et="unknown"),
            E("Live-in Carer (badante)", "Famiglia Ruggeri (private employer)", "Novaretto, Italy", "2023-05",
              "2025-10", "facing", "healthcare_care", [
                  "Care for a 91-year-old lady with dementia: washing, dressing, meals and walks",
                  "Gave medication from the blister pack and wrote notes for the family and the doctor",
                  "Kept the house, shopping and laundry"]),
            E("Room Attendant (seasonal)", "Hotel Cala Verde", "Porto Cristal, Spain", "2022-05", "2022-10",
              "affecting", None, [
                  "Cleaned 14–16 departure and stay-over rooms a shift on my own floor",
                  "Restocked amenities, handed lost property and maintenance faults to the housekeeper"]),
            E("Cashier", "Mega Punct Market", "Stejăreni", "2019-03", "2022-03", "facing", "in_person_service", [
                "Till and card payments, bread and phone top-ups",
                "Helped with receiving goods and putting prices on shelves"]),
            E("Strawberry picker", "Fincas Los Almendros", "Palos del Río, Spain", "2018-03", "2018-06", "none", None,
              ["Picking and grading strawberries in the greenhouses"], dt="03.2018 – 06.2018 (season)"),
        ]),
        ("Education", ["Liceul Tehnologic Stejăreni – baccalaureate, 2016",
                       "Course: Home Care Assistant (Infirmier / Îngrijitor), 360 hours, 2023"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w009 US lab / patient access, DOCX with contact in page header, employer heading with roles beneath
R.append(dict(
    file="w009.docx", family="US hospital specimen processor and patient-access clerk, name and contact in the "
    "Word page header, employer heading with roles beneath, mm/yyyy dates",
    render="docx", layout="header", hdr="orgfirst", hstyle="caps", hcolor="7B2C3B", ds="mm/yyyy",
    pres="Present", sep=" – ", page="letter", font="Garamond", fsize=11, bstyle="List Bullet",
    name="Brianna Castellanos",
    contact=["Lakemont, AZ 85390 · (928) 555-0173 · b.castellanos@mailbox.com"],
    blocks=[
        ("Summary", "Detail-minded healthcare worker with five years between the front desk, the phones and "
                    "the lab bench. Certified Phlebotomy Technician. Bilingual English/Spanish."),
        ("Experience", [
            E("Specimen Processor", "LAKEMONT REGIONAL MEDICAL CENTER", "Lakemont, AZ", "2024-08", "present",
              "affecting", None, [
                  "Receive, label and centrifuge specimens from the ED and inpatient floors; aliquot and route to "
                  "chemistry, hematology and micro",
                  "Enter orders in the LIS and sort out mislabeled samples with the nursing units by phone",
                  "Pack send-outs for the reference-lab courier and keep the temperature logs"]),
            E("Patient Access Representative", "LAKEMONT REGIONAL MEDICAL CENTER", "Lakemont, AZ", "2023-01",
              "2024-07", "facing", "in_person_service", [
                  "Registered patients at the ED front desk, scanned IDs and insurance cards, collected copays",
                  "Verified eligibility online and explained financial-assistance forms in English and Spanish"]),
            E("Scheduling Clerk", "DESERT SUN FAMILY CLINIC", "Cactus Wells, AZ", "2021-09", "2022-12", "facing",
              "contact_center", [
                  "Returned voicemails and called patients with results in to book follow-up visits",
                  "Ran the next-day reminder call list and filled cancellations from the wait list"]),
            E("Cashier / Front Store Clerk", "VALU-RITE PHARMACY #212", "Lakemont, AZ", "2019-05", "2021-08", "facing",
              "in_person_service", ["Register, photo counter and pickup of refill orders",
                                    "Stocked seasonal aisles and did the weekly ad changeover"]),
        ]),
        ("Certifications & Training", ["* Certified Phlebotomy Technician (CPT), 2023 – 120-hour externship at "
                                       "Lakemont Community College clinic",
                                       "* BLS for Healthcare Providers (AHA), current"]),
        ("Education", ["Lakemont Community College – Phlebotomy Certificate, 2023",
                       "Cactus Wells High School – Diploma, 2019"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w010 UK school leaver, lower-case sloppy plain text
def w010_entry(e, r):
    d = e.dt
    s = [f"{e.title} @ {e.org}" + (f" ({e.loc})" if e.loc else "") + f" - {d}"]
    if e.prose:
        s.append(" ".join(e.bullets))
    else:
        s += [f"  - {b}" for b in e.bullets]
    return "\n".join(s)


R.append(dict(
    file="w010.txt", family="UK school leaver, lower-case sloppy plain text, Saturday job, pot wash in the "
    "summer, paper round, charity shop and a school work-experience week",
    render="txt", entry_fn=w010_entry, hstyle="colon",
    name="Ellie-Mae Brooks",
    head_txt="Ellie-Mae Brooks\n23 ashby road hexley HX4 2LP\nmob 07700 900 611\nelliemae.b2008@mailbox.co.uk",
    blocks=[
        ("about me", "im 18 and just finished my a levels, im a hard worker and good with people and i dont mind "
                     "getting my hands dirty. looking for full time work before i start an apprenticeship"),
        ("jobs", [
            E("saturday assistant", "Crumbs & Co Bakery", "hexley high st", "2024-09", "present", "facing",
              "in_person_service", [
                  "serving customers on the counter and the till, boxing cakes for orders",
                  "mopping and cleaning down the trays at close"],
              dt="sept 2024 - now"),
            E("pot wash / kitchen porter", "The Old Forge", None, "2024-06", "2024-08", "affecting", None, [
                "washing up pots pans and plates in a busy pub kitchen, putting the deliveries away"],
              dt="summer 2024"),
            E("paper round", "Hexley News & Booze", None, "2022-03", "2024-05", "affecting", None,
              ["delivered papers to about 60 houses before school, 6 mornings a week, never missed a day"],
              dt="march 2022 to may 2024"),
            E("work experience (yr 10)", "Parkside Veterinary Surgery", None, "2023-06", "2023-06", "facing",
              "in_person_service", [
                  "a week helping on reception booking people in and answering the phone, cleaning kennels and "
                  "watching some ops"],
              et="internship", dt="1 week, june 2023", prose=True),
        ]),
        ("volunteering", [
            E("volunteer", "Hexley Hospice charity shop", None, "2022-09", "2023-07", "facing", "volunteering", [
                "sorting and steaming donations in the back, doing the window and sometimes on the till"],
              sec="volunteer", et="volunteer", dt="09/22-07/23"),
        ]),
        ("education", ["hexley academy sixth form - a levels in business (C), psychology (C), art (B) 2026",
                       "gcse's - 8 incl maths 5 and english 6"]),
        ("other", ["full driving licence (passed aug 2026!!)", "available straight away, any shifts"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w011 South African bus driver, fpdf2 centred header, employer line first, year-only older dates
R.append(dict(
    file="w011.pdf", family="South African bus and truck driver, fpdf2 centred header, employer line first with "
    "right dates and title below, year-only older jobs",
    render="fpdf", layout="centred", hdr="org_title", font="DejaVuSerif", fsize=10, ds="month", pres="Present",
    sep=" – ", hstyle="underline", bullet="–",
    name="Thabo Jeremiah Masilela",
    contact=["17 Marula Crescent, Kwaggasdrift, 0187", "Cell: 083 555 4471  ·  thabo.masilela@mailbox.co.za",
             "Code 14 licence with PrDP (passengers & goods)"],
    blocks=[
        ("Work Experience", [
            E("Bus Driver", "Kwaggasdrift Municipal Bus Services", "Kwaggasdrift", "2022-07", "present", "facing",
              "in_person_service", [
                  "Drive scheduled commuter routes (Routes 4, 9 and the night service)",
                  "Sell and check tickets and clip cards; give directions and help elderly and disabled "
                  "passengers on and off the bus",
                  "Daily pre-trip inspection and defect book"]),
            E("Truck Driver (Code 14)", "Mahlangu Distribution CC", "Kwaggasdrift", "2018-03", "2022-06", "facing",
              "in_person_service", [
                  "Delivered groceries and cold drinks to spaza shops and supermarkets in the township routes",
                  "Offloaded with my assistant, got delivery notes signed and collected cash from spaza owners",
                  "Took new orders from shop owners for the sales office"]),
            E("Minibus Taxi Driver", "Kwagga Taxi Association", "Kwaggasdrift – Tswelopele route", "2015", "2018",
              "facing", "in_person_service", ["Drove a 15-seater for an owner on the long-distance route, "
                                              "collected fares and handled passengers' luggage"],
              dt="2015 – 2018"),
            E("General Worker", "Rietvlakte Steel Fabricators", "Rietvlakte", "2013", "2014", "none", None,
              [], dt="2013 – 2014"),
        ]),
        ("Education", ["Grade 11 – Kwaggasdrift Secondary School (2012)", "Defensive driving course – 2023"]),
        ("Personal Details", ["Date of birth: 04 May 1994", "Nationality: South African", "Health: Excellent",
                              "Languages: isiNdebele, isiZulu, English, Sepedi"]),
        ("References", ["Mr. J. van der Merwe – Depot Supervisor, Kwaggasdrift Bus Services – 012 555 0188",
                        "Mr. S. Mahlangu – Owner, Mahlangu Distribution – 082 555 6602"]),
    ]))


# ---------------------------------------------------------------------------------------------
# w012 Indian security supervisor, DOCX tab-stop dates, 'Till date'
R.append(dict(
    file="w012.docx", family="Indian security supervisor and office boy, Word tab-stop dates with bold title "
    "and company line, 'Till date', manual arrow bullets",
    render="docx", layout="tabs", hstyle="bold", hdr="title_org", ds="mon", pres="Till date", sep=" – ",
    bstyle="manual", bullet="➢", font="Times New Roman", fsize=11,
    name="MANOJ KUMAR THAPA", centre=True,
    contact=["#48, 2nd Cross, Sampige Nagar, Lakeview Road, Chandravana – 562110",
             "Mobile: +91 97411 55823 | Email: manojthapa.sec@mailbox.in"],
    blocks=[
        ("OBJECTIVE", "Seeking a position as Security Supervisor in a reputed organisation where my 9 years of "
                      "experience in security and office support can be used."),
        ("WORK EXPERIENCE", [
            E("Security Supervisor", "Vigil Force Security Services Pvt. Ltd.", "Chandravana", "2022-01", "present", "facing", "other_facing", [
                  "Supervising 14 guards in 3 shifts, duty roster and attendance",
                  "Handling main reception: visitor passes, guiding visitors and vendors to the correct tower",
                  "Attending complaints of tenant company staff regarding parking and access cards",
                  "Fire drill and mock drill coordination with facility team"],
              extra="Posted at: TechMeadow IT Park, Lakeview Road"),
            E("Security Guard", "Vigil Force Security Services Pvt. Ltd.", "Kerehalli", "2019-05", "2021-12", "none", None, [
                  "Night patrolling of warehouse premises",
                  "Maintaining vehicle in/out register and seal checking of trucks",
                  "Reporting to shift in-charge"],
              extra="Posted at: Rameshwar Logistics warehouse"),
            E("Office Boy", "Sagar Travels & Tours", "Chandravana", "2017-06", "2019-04", "facing", "internal_support", [
                "Serving tea and water to staff and walk-in visitors",
                "Photocopy, bank deposits, courier and ticket delivery work for the office staff",
                "Opening and closing the office"],
              dt="June 2017 to April 2019"),
            E("Housekeeping Boy", "Hotel Nandini Residency", "Chandravana", "2016-04", "2017-05", "affecting", None, [],
              dt="04/2016 - 05/2017"),
        ]),
        ("EDUCATIONAL QUALIFICATION", ["SSLC – Karnataka Secondary Education Board, 2015"]),
        ("TRAINING", ["* Private Security Training (PSARA) – 2019", "* Basic Fire Fighting – 2022"]),
        ("PERSONAL DETAILS", ["Date of Birth : 21-08-1999", "Languages : Nepali, Hindi, Kannada, English",
                              "Marital Status : Married"]),
        ("DECLARATION", "I hereby declare that all the details furnished above are true to the best of my knowledge."),
    ]))


# ---------------------------------------------------------------------------------------------
# w013 Philippine utility worker résumé as HTML with divs and CSS
def w013_entry(e, r):
    esc = _h.escape
    d = e.dt or fmt_range(e, "month", "Present", " - ")
    s = [f"<div class=\"exp\">", f"  <div class=\"when\">{esc(d)}</div>",
         f"  <div class=\"what\"><strong>{esc(e.title)}</strong><br>"
         f"<em>{esc(e.org)}</em>{(' &ndash; ' + esc(e.loc)) if e.loc else ''}"]
    if e.extra:
        s.append(f"  <br><small>{esc(e.extra)}</small>")
    if e.bullets:
        s.append("  <ul>" + "".join(f"<li>{esc(b)}</li>" for b in e.bullets) + "</ul>")
    s.append("  </div>\n</div>")
    return "\n".join(s)


R.append(dict(
    file="w013.html", family="Philippine utility worker résumé as a web page: dates in a left column (CSS float), "
    "hospital housekeeping, kitchen helper, cashier and agency merchandiser",
    render="html", entry_fn=w013_entry,
    name="Rowena B. Cruz", doctitle="Resume of Rowena B. Cruz",
    css=".exp{overflow:hidden;margin-bottom:10px}\n.when{float:left;width:170px;color:#555}\n"
        ".what{margin-left:180px}\nbody{font-family:Tahoma,sans-serif;font-size:14px}",
    head_html="<h1 style=\"margin-bottom:0\">ROWENA BAUTISTA CRUZ</h1>\n"
              "<p>Purok 3, Brgy. Tabing-Ilog, San Lazaro, Bataan<br>\nCP#: 0928-555-6104 &nbsp;|&nbsp; "
              "rowena.cruz@mailbox.ph</p>",
    blocks=[
        ("Objective", "To be part of a hospital or hotel team where I can give my best in keeping the place clean, "
                      "safe and orderly."),
        ("Work Experience", [
            E("Utility Worker / Housekeeping Aide", "Our Lady of Mercy Medical Center", "Bagong Bayan", "2023-03",
              "present", "affecting", None, [
                  "Cleaning and disinfection of private rooms, wards and OR after each case",
                  "Segregation of infectious and general waste",
                  "Collection and delivery of soiled and clean linen"]),
            E("Kitchen Helper", "Islas Grill & Seafood House", "San Lazaro", "2021-06", "2023-01", "affecting", None, [
                "Washing of seafood and vegetables, dishwashing",
                "Assisting cooks in mise en place and closing"]),
            E("Cashier", "7-Star Convenience Store (Tabing-Ilog branch)", "San Lazaro", "2019-08", "2021-05", "facing",
              "in_person_service", ["Handles cash and GCash payments, bills payment and e-load",
                                    "Stocking of chillers and cleaning of store during night shift"]),
            E("Merchandiser", "Lumiere Foods Corp.", "Super Value Mart, Bagong Bayan", "2018-06", "2019-07", "facing",
              "in_person_service", [
                  "Displaying and replenishing Lumiere products on the grocery shelves",
                  "Checking of expiry dates and pull-out of near-expiry items",
                  "Answering shoppers' questions about our products and prices"],
              extra="Agency: Sure Staff Manpower Services"),
        ]),
        ("Education", ["Bachelor of Science in Hotel and Restaurant Management – Bataan Heritage College, 2018"]),
        ("Seminars Attended", ["* Infection Prevention and Control for Support Staff – 2023",
                               "* Food Safety Awareness – 2021"]),
        ("Character References", ["Ms. Lorna Dizon, RN – Housekeeping Supervisor, OLMMC – 0917-555-0031",
                                  "Mr. Arnel Sison – Store Manager, 7-Star – 0918-555-2219"]),
    ]))

# ---------------------------------------------------------------------------------------------
# w014 UK agency temp, reportlab two-column header, two pages with page footer, several short jobs
R.append(dict(
    file="w014.pdf", family="UK agency and gig worker with several short jobs at once and a carer's break, "
    "2-page reportlab résumé with two-column header and page footer",
    render="rl", layout="twocol", hdr="title_org", font="Helvetica", fsize=10, ds="mon", pres="Present",
    sep=" – ", hstyle="caps_rule", accent=(0.15, 0.15, 0.15), pages=2, footer="{name}  –  CV  –  page {page}",
    name="Darren O'Connell", tagline="Driver · Warehouse · Cleaning",
    contact=["Wexborough, West Midlands", "07700 900 872", "darren.oc@mailbox.co.uk", "Full UK licence, own van"],
    blocks=[
        ("Profile", "Hard-working, flexible and used to juggling more than one job. Happy on early starts, late "
                    "finishes and weekends. I took a year out in 2022 to look after my dad after his stroke."),
        ("Work History", [
            E("Multi-drop Delivery Driver (self-employed)", "DropRoute", "Wexborough depot", "2025-03", "present",
              "affecting", None, [
                  "120–150 parcels a day on a set route using the DropRoute driver app",
                  "Photo-on-delivery to safe places, letterboxes and parcel lockers",
                  "Daily van checks, fuel and mileage logs"],
              et="freelance"),
            E("Cleaner (zero-hours)", "Wexborough Leisure Centre", "Wexborough", "2024-09", "2025-06", "affecting", None,
              ["Early mornings before opening: changing rooms, poolside, gym floor and toilets",
               "COSHH, signing the cleaning logs"]),
            E("Christmas Temp – Customer Assistant", "Halbrook's Department Store", "Wexborough", "2024-11", "2025-01",
              "facing", "in_person_service", ["Tills, gift wrapping and the returns desk over Christmas and the sale"],
              dt="Nov 24 – Jan 25"),
            E("Warehouse Operative", "Castlefield Distribution Centre", "Ashmoor Heath", "2023-06", "2024-08",
              "affecting", None, ["Pick and pack for the online orders, 4 on 4 off nights",
                                  "Reach truck (licensed) and loading the outbound trailers"],
              extra="Agency: Prime Recruit"),
            E("Career break – carer for my dad", None, None, "2022-02", "2023-05", "none", None, [], et="unknown"),
            E("Bar Staff", "The King's Head", "Wexborough", "2019-04", "2022-01", "facing", "in_person_service", [
                "Serving behind a busy town-centre bar, Friday and Saturday nights and Sunday dinners",
                "Collecting glasses, changing barrels, cashing up the tills"]),
        ]),
        ("PAGEBREAK", None),
        ("Education & Training", ["Wexborough College – Level 2 Diploma in Carpentry & Joinery (2018)",
                                  "Counterbalance and reach truck licences (2023)",
                                  "CSCS card (labourer), Food Hygiene Level 2"]),
        ("Skills", ["* Van driving around Wexborough and the ring road – I know the area",
                    "* Cash handling, stock counts", "* Basic DIY and flat-pack assembly"]),
        ("Interests", "Five-a-side on Tuesdays, fishing, and doing up an old Transit."),
        ("References", ["Available on request."]),
    ]))

# ---------------------------------------------------------------------------------------------
# w015 Australian home cleaner, DOCX tab-stop dates, 'Current', self-employed and aged-care cleaning
R.append(dict(
    file="w015.docx", family="Australian self-employed home cleaner, Word tab-stop dates with bold title and "
    "italic employer, year-only tuckshop volunteering, 'Current'",
    render="docx", layout="tabs", hstyle="h1", hdr="title_org", ds="month", pres="Current", sep=" – ",
    font="Calibri", fsize=10.5,
    name="Kylie Marchetti",
    contact=["Cooinda Heights SA 5114  ·  0431 555 286  ·  kylie.marchetti@mailbox.com.au"],
    blocks=[
        ("Career Summary", "Reliable, thorough cleaner who has run her own small business for five years. "
                           "Police check and NDIS worker screening current. Own car and equipment."),
        ("Employment", [
            E("Owner / Cleaner", "Sparkle Nest Home Cleaning", "Cooinda Heights", "2021-02", "present", "facing",
              "entrepreneurial_freelance", [
                  "Weekly and fortnightly cleans for 11 regular households, a lot of them older people and NDIS clients",
                  "Quote new jobs in person, agree a checklist with each client and sort out any complaints myself",
                  "Invoicing, GST and bookings on my phone"],
              et="freelance"),
            E("Cleaner (casual)", "Harbourview Aged Care", "Port Cooinda", "2018-07", "2021-01", "affecting", None, [
                "Cleaned residents' rooms, ensuites and the dining room to infection-control standards",
                "Worked through the daily cleaning schedule and signed off the audit sheets"]),
            E("Kitchen Hand", "Cooinda Bowls Club", "Cooinda Heights", "2016-03", "2018-06", "affecting", None, [
                "Dishes and prep for the bistro, Thursday to Sunday"]),
            E("Retail Assistant", "Bargain Barn", "Elouera Vale", "2013-11", "2016-02", "facing",
              "in_person_service", []),
        ]),
        ("Volunteering", [
            E("Tuckshop Volunteer", "Cooinda Primary School", "Cooinda Heights", "2019", "2023", "facing",
              "volunteering", ["Served recess and lunch orders over the counter one day a week"],
              sec="volunteer", et="volunteer", dt="2019 – 2023"),
        ]),
        ("Checks & Certificates", ["* National Police Check (2026)", "* NDIS Worker Screening Check",
                                   "* Infection control – COVID-19 (online)"]),
    ]))
