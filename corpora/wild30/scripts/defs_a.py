"""wild30 résumés w001–w015: one dict per résumé; the E entries render into the file and the gold line."""
from lib import E, date_text

DOCS = []


def add(**d):
    DOCS.append(d)


# --------------------------------------------------------------------------- w001
add(
    id="w001", ext="pdf", render="rl", lay="sidebar/title_org",
    family="UK retail team leader, reportlab two-column template with navy left sidebar, photo circle, dot skill ratings",
    name="Chloe Ashdown", headline="Retail Team Leader", dates="mon", present="Present",
    opts=dict(side="left", photo=True, name_in="side", rate="dots", heading="rule", side_w=182),
    side=[
        ("Contact", {"pairs": [("Phone", "07700 900418"), ("Email", "chloe.ashdown@mailbox.co.uk"),
                               ("Address", "Hollinbrook, Greater Manchester"),
                               ("Driving", "Full UK licence")]}),
        ("Skills", {"rate": [("Customer service", 5), ("Cash handling", 5), ("Visual merchandising", 4),
                             ("Rotas & planning", 3), ("Excel", 2)]}),
        ("Languages", ["English – native", "Spanish – GCSE (B)"]),
        ("Hobbies", "Netball (Tuesday league), baking for the office, rummaging in charity shops."),
    ],
    main=[
        ("Profile", "Friendly and reliable team leader with five years in shops and cafés. I like busy days, I'm "
                    "good with people and I've been trusted with keys, cash-up and opening the store on my own. "
                    "Looking for a supervisor role with more responsibility and regular hours."),
        ("Work Experience", [
            E("Team Leader", "Pennyfield Home Store", "Hollinbrook", "2024-03", "present", "facing", "in_person_service", [
                "Open and close the store three days a week – alarms, floats and end-of-day banking",
                "Run the shop floor on my shifts: break cover, tills, fitting the delivery in around the team",
                "Sort out the complaints and refunds the floor staff can't, and ring customers back about missing orders",
                "Trained four new starters on the tills and click & collect",
            ]),
            E("Sales Assistant", "Pennyfield Home Store", "Hollinbrook", "2022-09", "2024-02", "facing", "in_person_service", [
                "Tills, returns and the click & collect desk",
                "Helped customers measure up for curtains and blinds – made-to-measure was my best seller",
                "Built seasonal displays; our Christmas 2023 window won the area competition",
            ]),
            E("Barista", "The Copper Kettle", "Hollinbrook", "2021-06", "2022-08", "facing", "in_person_service", [
                "Made drinks for a queue that didn't stop on Saturday mornings (up to 300 covers)",
                "Took orders and card payments, kept the counter and seating area clean",
            ]),
            E("Kitchen Assistant (Saturday job)", "Greave's Tea Rooms", "Aldcliffe Bridge", "2019-04", "2021-05",
              "affecting", None, [
                "Washed up, prepped sandwiches and scones for the counter, kept up the kitchen cleaning rota",
            ]),
        ]),
        ("Education", {"items": [
            ("BTEC Level 3 Extended Diploma in Business (DMM)", "2017 – 2019", "Hollinbrook Sixth Form College"),
            ("9 GCSEs including English and Maths", "2012 – 2017", "St Wilfrid's High School"),
        ]}),
        ("References", "Available on request."),
    ],
)


# --------------------------------------------------------------------------- w002
add(
    id="w002", ext="docx", render="docx", layout_fn="sidetable", lay="sidetable/title_org, nested job tables",
    family="Brazilian in Ireland, Word two-column layout table with shaded sidebar and photo cell, job tables nested in the main cell",
    name="Larissa Fonseca Ribeiro", headline="Customer Service | Retail | Hospitality",
    dates="mm/yyyy", present="present", sep=" - ",
    opts=dict(photo=True, font="Calibri", accent="#8E3B46", side_fill="#F6E9EA", nested_jobs=True, name_size=20,
              col_w=(2.1, 4.9)),
    side=[
        ("Contact", {"pairs": [("Mobile", "087 555 0193"), ("E-mail", "larissa.fribeiro@mailbox.ie"),
                               ("Address", "Apt 4, Canal View, Kilbarrow, Co. Kildare"),
                               ("Visa", "Stamp 4 – full permission to work")]}),
        ("Languages", ["Portuguese – native", "English – C1 (IELTS 7.0)", "Spanish – intermediate"]),
        ("Skills", ["HACCP Level 1 & 2", "Manual Handling", "Cash & card machines", "CRM systems",
                    "Microsoft Office"]),
        ("Interests", ["Running (Kilbarrow parkrun)", "Cooking Brazilian food for friends"]),
    ],
    main=[
        ("Profile", "Brazilian living in Ireland since 2023. Five years of experience in customer service, three of "
                    "them in a call centre in Brazil. I am organised, calm under pressure and I learn quickly. Looking "
                    "for a full-time position in retail or customer service."),
        ("Professional Experience", [
            E("Deli Assistant", "Carraig Fresh Foods", "Kilbarrow", "2024-05", "present", "facing", "in_person_service", [
                "Serving customers at the hot food and deli counter, making rolls and salads to order",
                "Opening shift from 6am: setting up the counter, cooking breakfast items, temperature checks (HACCP)",
                "Till and card machine, Lotto terminal",
            ]),
            E("Kitchen Porter", "The Anchor Bar & Grill", "Ballinure", "2023-11", "2024-04", "affecting", None, []),
            E("Accommodation Assistant", "Loughmore Lodge Hotel", "Co. Laois", "2023-06", "2023-10", "affecting", None, [
                "Cleaning and preparing 14 to 16 bedrooms per shift to the hotel standard",
                "Laundry, restocking the trolleys and reporting maintenance issues to the supervisor",
            ]),
            E("Telemarketing Operator (Operadora de Telemarketing)", "Contacto Sul Serviços Ltda.",
              "Porto Verde, RS, Brazil", "2019-02", "2022-12", "facing", "contact_center", [
                "Receptive calls for a mobile phone operator: billing questions, plan changes and cancellations (retention)",
                "Average of 90 calls per day, NPS above the team target most months",
                "Registered every call in the CRM and escalated technical problems to level 2",
            ]),
            E("Young Apprentice (Jovem Aprendiz)", "Farmácia Boa Vida", "Porto Verde, RS, Brazil", "2017-03", "2018-02",
              "facing", "in_person_service", [
                "Apprenticeship programme for students: helped at the counter with non-prescription products and at "
                "the cashier, organised stock and checked expiry dates",
            ], etype="internship"),
        ]),
        ("Education", {"items": [
            ("Technical Course in Administration", "2016 - 2018", "ETEC Porto Verde, Brazil"),
            ("English for Work (QQI Level 4)", "2023", "Kilbarrow Further Education College"),
        ]}),
    ],
    after_table=[(None, "References available on request.")],
)


# --------------------------------------------------------------------------- w003
def txt_w003(d):
    es = d["main_entries"]
    L = []
    L += ["RESUME", "", "ANIKET SUNIL BHOIR", "Mobile No.: +91 98220 55417",
          "E-mail: aniket.bhoir93@mailbox.in",
          "Address: B-204, Sai Darshan CHS, Gandhi Nagar, Chandanpur - 442 601, Maharashtra", "",
          "CAREER OBJECTIVE:", "-" * 17,
          "To work in a challenging environment where I can use my communication skills and experience in "
          "customer service for the growth of the organisation as well as my own growth.", "",
          "PROFESSIONAL SUMMARY:", "-" * 21,
          "*  Total 5.5 years of experience in Customer Service (Voice Process), Back Office and Retail Sales.",
          "*  Good knowledge of CRM, ticketing and MS Office.",
          "*  Comfortable in rotational shifts and night shifts.", "",
          "WORK EXPERIENCE:", "-" * 16]
    for i, e in enumerate(es):
        L += [f"{i + 1}) Company Name : {e.org}",
              f"   Location     : {e.loc}",
              f"   Designation  : {e.title}",
              f"   Duration     : {date_text(e, 'month', 'till date', ' to ')}",
              "   Roles & Responsibilities:"]
        L += [f"   ➢ {b}" for b in e.bullets]
        L.append("")
    L += ["EDUCATIONAL QUALIFICATION:", "-" * 26,
          "Qualification    Board/University              Year    Percentage",
          "B.Com            Rashtrasant University         2019    61.40%",
          "HSC              Maharashtra State Board        2016    68.15%",
          "SSC              Maharashtra State Board        2014    74.20%", "",
          "COMPUTER SKILLS:", "-" * 16, "MS-CIT, MS Office (Excel, Word), Internet, CRM, Typing 35 wpm", "",
          "STRENGTHS:", "-" * 10, "Good communication, Quick learner, Positive attitude, Team player", "",
          "PERSONAL DETAILS:", "-" * 17,
          "Father's Name     : Sunil Ramchandra Bhoir",
          "Date of Birth     : 14/03/1998",
          "Gender            : Male",
          "Marital Status    : Unmarried",
          "Languages Known   : English, Hindi, Marathi",
          "Hobbies           : Cricket, listening music", "",
          "DECLARATION:", "-" * 12,
          "I hereby declare that the above information is true to the best of my knowledge and belief.", "",
          "Place: Chandanpur", "Date:                                                   (ANIKET S. BHOIR)", ""]
    return "\n".join(L)


add(
    id="w003", ext="txt", render="txt", fn=txt_w003, lay="portal/key-value blocks",
    family="Indian BPO résumé pasted as text, job-portal key-value blocks (Company Name / Designation / Duration), 'till date'",
    name="Aniket Sunil Bhoir", dates="month", present="till date",
    main_entries=[
        E("Senior Customer Care Executive (Voice Process)", "Vistaar Teleservices Pvt. Ltd.", "Chandanpur, Maharashtra",
          "2024-04", "present", "facing", "contact_center", [
            "Handling inbound calls of DTH customers regarding recharge, channel packs and technical complaints.",
            "Handling escalation calls transferred by team members and giving resolution within TAT.",
            "Giving floor support to new joinees (buddy) and call barging as per TL instruction.",
            "Maintaining AHT, FCR and quality score above 90%.",
        ]),
        E("Customer Care Executive (Voice Process)", "Vistaar Teleservices Pvt. Ltd.", "Chandanpur, Maharashtra",
          "2022-08", "2024-03", "facing", "contact_center", [
            "Attending 120+ inbound calls daily in Hindi, Marathi and English.",
            "Raising service requests in CRM and follow up with field technician team.",
        ]),
        E("Back Office Executive (Non-Voice)", "Kritika Infoserve LLP", "Chandanpur, Maharashtra", "2021-01", "2022-07",
          "affecting", None, [
            "Indexing and data entry of health insurance claim documents in client software.",
            "Checking KYC documents and flagging discrepancies to QC team.",
            "Achieved 98.5% accuracy in monthly audit.",
        ], dt="04-Jan-2021 to 31-Jul-2022"),
        E("Sales Executive (Part Time)", "Shree Ganesh Mobiles & Accessories", "Devgarh, Maharashtra", "2019-06",
          "2020-12", "facing", "in_person_service", [
            "Demonstrating smartphones to walk-in customers and explaining EMI schemes.",
            "Billing and cash counter in absence of owner.",
        ]),
    ],
)


# --------------------------------------------------------------------------- w004
add(
    id="w004", ext="pdf", render="fp", lay="sidebar+timeline/title_org, dates left",
    family="Philippine BPO résumé, fpdf2 template with teal sidebar, photo, ●○ skill ratings and a left-date timeline",
    name="Maricel D. Abarquez", headline="Customer Service Representative", dates="mon", present="Present",
    opts=dict(page="letter", font="dv", side="left", side_w=190, side_bg="#0F5257", side_acc="#8FD3C7", photo=True,
              name_in="side", rate="glyph", heading="bar", accent="#0F5257", dates="left", timeline=True, datew=84,
              side_heading="rule", size=9.3),
    side=[
        ("Contact", {"pairs": [("Mobile", "0917 555 0142"), ("Email", "maricel.abarquez@mailbox.ph"),
                               ("Address", "Purok 5, Brgy. San Isidro, Lipa Verde City, Batangas")]}),
        ("Skills", {"rate": [("English communication", 5), ("Troubleshooting", 4), ("Typing – 55 wpm", 4),
                             ("Zendesk / Salesforce", 4), ("MS Office", 3)]}),
        ("Languages", ["Filipino – native", "English – fluent", "Bisaya – basic"]),
        ("Personal Data", {"pairs": [("Birthdate", "March 3, 1997"), ("Civil Status", "Single"),
                                     ("Height", "5'2\"")]}),
    ],
    main=[
        ("Profile", "Customer service professional with 4+ years in BPO (voice and non-voice) handling US accounts. "
                    "Known for a calm phone voice, good written English and consistent CSAT. Willing to work "
                    "graveyard shift, on-site or WFH."),
        ("Work Experience", [
            E("Customer Service Representative – Chat & Email", "Bluecrest Outsourcing Inc.", "Lipa Verde City",
              "2023-02", "present", "facing", "digital_service", [
                "Handle 3–4 concurrent chats for a US online furniture retailer: order status, delivery reschedules, "
                "damaged items",
                "Process refunds and replacements in Zendesk and Shopify within policy",
                "CSAT 94% (Q2 2025); top 3 in the team for first contact resolution",
                "Update macros and canned responses for new promos",
            ]),
            E("Technical Support Representative", "Apex Teleserv Philippines Corp.", "Mabini Tech Park, Batangas",
              "2021-06", "2023-01", "facing", "contact_center", [
                "Took inbound calls from US internet subscribers: modem and router troubleshooting, outage tickets",
                "De-escalated irate callers and offered retention credits when allowed",
            ]),
            E("Service Crew", "Kusina Express", "Lipa Verde City", "2019-04", "2021-03", "facing", "in_person_service", [
                "Counter and drive-thru, cashiering, food assembly during peak hours",
                "Crew of the Month twice (2020)",
            ]),
            E("Promodiser (Contractual)", "NutriGold Milk Philippines", "Lipa Verde City", "2018-12", "2019-03",
              "facing", "in_person_service", [
                "Promoted powdered milk products to mothers in the grocery aisle and gave out samples",
                "Maintained shelves and price tags, submitted daily sales report to the agency coordinator",
            ], sub="Assigned at Lipa Verde Supermarket"),
            E("Data Encoder (Contractual)", "City Assessor's Office", "Lipa Verde City", "2018-06", "2018-11", "none",
              None, [
                "Encoded tax declarations and property records into the new assessment database",
                "Scanned and filed old record cards",
            ]),
        ]),
        ("Education", {"items": [
            ("BS Tourism Management (undergraduate, 3rd year)", "2015 – 2018", "Lipa Verde Polytechnic College"),
        ]}),
        ("Certifications", {"lines": ["TESDA NC II – Contact Center Services (2021)",
                                      "Zendesk Support Fundamentals (online, 2023)"]}),
        ("Character References", "Available upon request."),
    ],
)


# --------------------------------------------------------------------------- w005
add(
    id="w005", ext="docx", render="docx", layout_fn="styles", lay="styles/pipe, tab dates",
    family="US coffee shift supervisor, Word heading styles, pipe title line with right tab-stop dates in 'Aug '22' form",
    name="Destiny Harlow", dates="apos", present="Present",
    contact_line=["Millbrook Falls, OH 45399  •  (937) 555-0184  •  destiny.harlow@mailbox.com"],
    opts=dict(font="Aptos", hdr="pipe", accent="#7A4A1E", page="letter", margins=(0.75, 0.75, 0.7, 0.7), tab=7.0,
              heading="style", heading_case="upper", name_size=24),
    main=[
        ("Summary", "Coffee shop shift supervisor who actually likes the morning rush. Looking to move into a "
                    "customer service or front desk role with weekday hours."),
        ("Experience", [
            E("Shift Supervisor", "Bean & Barrel Coffee Co.", "Millbrook Falls, OH", "2022-08", "present", "facing",
              "in_person_service", [
                "Run the floor for 5–7 baristas; set the break schedule and cover call-outs",
                "Count drawers and do safe drops; order milk and paper goods twice a week",
                "Handle customer complaints and mobile-order mix-ups, and comp drinks when it makes sense",
                "Trained 11 new hires on the POS and drink builds",
            ]),
            E("Crew Member", "Burger Barn", "Millbrook Falls, OH", "2020-06", "2022-07", "facing", "in_person_service", [
                "Drive-thru headset and window, front counter register",
                "Kept the lobby and restrooms clean, stocked the condiment station",
            ]),
            E("Seasonal Stocker", "Kessler's Department Store", "Ashgrove, OH", "2019-11", "2020-01", "affecting", None, [
                "Early-morning truck unload (4–8 a.m.) before the store opened; tagged and put out holiday merchandise",
            ]),
            E("Babysitter", "Self-employed", "Millbrook Falls, OH", "2016-01", "2019-12", "facing",
              "entrepreneurial_freelance", [
                "Watched kids for three families after school and on weekends (ages 2–10): homework, meals, bedtime",
            ], prec="year", etype="freelance"),
        ]),
        ("Skills", {"lines": ["POS: Square, Toast  •  Cash handling  •  Scheduling in When I Work",
                              "Food safety: ServSafe Food Handler (2023)"]}),
        ("Education", {"items": [("Millbrook Falls High School – High School Diploma", "2020")]}),
    ],
)


# --------------------------------------------------------------------------- w006
add(
    id="w006", ext="pdf", render="rl", lay="sidebar right/org_title, 2 pages",
    family="South African CV, reportlab with maroon right sidebar on both pages, small-caps headings, employer line first, experience continuing on page 2",
    name="Thandeka Nkosana", headline="Cashier  •  Call Centre Agent", dates="month", present="Current",
    opts=dict(side="right", side_w=170, side_bg="#6D1A36", side_acc="#F2C6D2", side_all=True, heading="smallcaps",
              hdr="org_title", accent="#6D1A36", footer="Thandeka Nkosana – CV – Page {n}", contact_style="stack",
              size=10.6, margin=46),
    contact_line=["Cell: 072 555 0316   |   thandeka.nkosana@mailbox.co.za",
                  "14 Mothibe Street, Mokgolo Park, Gauteng"],
    side=[
        ("Skills", ["Cash handling", "Customer care", "Debt collection", "MS Word & Excel", "Working under pressure"]),
        ("Languages", ["isiZulu – home language", "English – fluent", "Sesotho – good"]),
        ("Availability", "Immediately. Shifts, weekends and public holidays."),
    ],
    main=[
        ("Personal Details", {"pairs": [("Surname", "Nkosana"), ("First names", "Thandeka Precious"),
                                        ("Date of birth", "9 April 1998"), ("Nationality", "South African"),
                                        ("Gender", "Female"), ("Driver's licence", "Learner's (Code 10)"),
                                        ("Health", "Excellent"), ("Criminal record", "None")]}),
        ("Career Objective", "I am a hard-working and honest young lady who enjoys working with people. I have "
                             "experience as a cashier, petrol attendant and call centre agent. I work well under "
                             "pressure and I am able to work shifts, weekends and public holidays."),
        ("Employment History", [
            E("Call Centre Agent – Collections", "Umoya Financial Services (Pty) Ltd", "Mokgolo Park", "2023-01",
              "present", "facing", "contact_center", [
                "Outbound calls to clients in arrears on personal loans and negotiating payment arrangements",
                "Taking inbound calls from clients who want settlement letters and statements",
                "Updating client details and promises-to-pay on the system",
                "Met the monthly collections target 18 of the last 22 months",
            ]),
            E("Cashier", "SaveMore Hyper", "Mokgolo Park", "2020-02", "2022-12", "facing", "in_person_service", [
                "Operating the till, cash and card payments, cashing up at the end of my shift",
                "Helping customers with returns at the service desk when needed; selling airtime, electricity and Lotto",
                "Packing shelves when the store was quiet",
            ], pre=["Reason for leaving: Better opportunity"]),
            E("Petrol Attendant", "Mzansi Fuel Stop", "Mokgolo Park", "2018-01", "2019-12", "facing",
              "in_person_service", [
                "Filling customers' cars, checking oil and tyre pressure, cleaning windscreens",
                "Handling cash and card payments at the pump",
            ], prec="year", pre=["Reason for leaving: Contract ended"]),
            E("Learner: Business Administration NQF 4 (Learnership)", "Ekhaya Skills Development", "Mokgolo Park",
              "2017-03", "2018-02", "none", None, [
                "Filing and archiving council minutes and supplier invoices",
                "Photocopying, typing letters and keeping the registry book",
            ], etype="internship", sub="Host employer: Mokgolo Local Municipality (Corporate Services)"),
        ]),
        ("Volunteer Work", [
            E("Volunteer", "Hope Street Community Kitchen", "Mokgolo Park", "2015-01", "2017-12", "facing",
              "volunteering", [
                "Every Saturday cooking and dishing up meals for about 150 people, mostly children and the elderly",
            ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", {"items": [
            ("Grade 12 (Matric)", "2016", "Mokgolo Secondary School"),
            ("Computer Literacy Certificate (MS Word, Excel, Outlook)", "2019", "Ikusasa Computer Centre"),
        ]}),
        ("References", {"pairs": [("Mr S. Dube", "Team Leader, Umoya Financial Services – 011 555 0402"),
                                  ("Mrs P. Mahlaba", "Front-end Manager, SaveMore Hyper – 011 555 0177")]}),
    ],
)


# --------------------------------------------------------------------------- w007
add(
    id="w007", ext="pdf", render="rl", lay="band+timeline/title_org, dates left",
    family="Indian newcomer in Canada, reportlab teal header band with contact line, left-date timeline, agency line under a job",
    name="Ravneet Kaur Sandhu", headline="Customer Service Representative", dates="ca", present="Present",
    band_contact="Port Aldridge, ON   ·   (905) 555-0127   ·   ravneet.sandhu@mailbox.ca   ·   Permanent Resident",
    opts=dict(page="letter", band=92, band_bg="#12606B", name_in="band", dates="left", timeline=True, datew=88,
              heading="spaced", accent="#12606B", side_acc="#8CC5CC", loc_left=True, size=9.6),
    main=[
        ("Profile", "Customer service representative with 5 years in contact centres in India and Canada. "
                    "Comfortable with high call volumes, insurance terminology and de-escalation. Speaks Punjabi, "
                    "Hindi and English."),
        ("Work Experience", [
            E("Customer Service Representative", "Northway Mutual Insurance", "Port Aldridge, ON", "2024-09", "present",
              "facing", "contact_center", [
                "Answer policyholder calls about billing, coverage changes and pink slips",
                "Take first notice of loss for auto claims and warm-transfer to adjusters",
                "Quality scores of 95%+; buddy for two new hires",
            ]),
            E("Warehouse Associate", "Clearpath Logistics", "Cedarvale, ON", "2023-10", "2024-08", "affecting", None, [
                "Picked and packed e-commerce orders with an RF scanner, 140+ lines per shift",
                "Cycle counts and returns processing",
            ], sub="Through StaffRight Staffing Agency"),
            E("Team Member", "Maple Morning Coffee & Donuts", "Port Aldridge, ON", "2023-01", "2023-12", "facing",
              "in_person_service", [
                "Front counter and drive-thru, 25+ orders per rush hour",
                "Sandwiches and baked goods, closing duties",
            ]),
            E("Customer Care Executive", "Zenith BPO Services Pvt. Ltd.", "Sahibpur, Punjab, India", "2019-07",
              "2022-11", "facing", "contact_center", [
                "Inbound calls for a UK broadband provider: billing disputes, speed complaints and engineer bookings",
                "Acting team leader on the night shift during 2022, taking escalated calls",
            ]),
        ]),
        ("Education", {"items": [
            ("Bachelor of Commerce", "2019", "Guru Nanak College for Women, Sahibpur, India (WES-assessed)"),
            ("Customer Service Excellence certificate", "2023", "Lakeshore Valley College, Continuing Education"),
        ]}),
        ("Skills", {"lines": ["Tools: Salesforce, Genesys, MS Office, RF scanners",
                              "Languages: English, Punjabi, Hindi",
                              "WHMIS 2015 certified"]}),
    ],
)


# --------------------------------------------------------------------------- w008
add(
    id="w008", ext="pdf", render="fp", lay="europass/title_org, dates and place left",
    family="Polish applicant in the UK, fpdf2 Europass-like CV with dates and place in the left margin, mm.yyyy dates",
    name="Katarzyna Lewandowska", headline="Curriculum Vitae", dates="mm.yyyy", present="present",
    contact_line=["14 Millfield Road, Brackley Moor, Northamptonshire NN13 9QX  ·  +44 7700 900731",
                  "katarzyna.lewandowska@mailbox.com  ·  Date of birth: 17/09/1994  ·  Nationality: Polish (settled status)"],
    opts=dict(font="dv", dates="left", datew=112, loc_left=True, heading="rule", accent="#0E4194", hdr="title_org",
              name_size=20, size=9.4, side_acc="#9DB3DB"),
    main=[
        ("Job applied for", "Customer Service Assistant"),
        ("Work experience", [
            E("Warehouse Operative", "Halden Logistics UK Ltd", "Brackley Moor (UK)", "2024-04", "present", "affecting",
              None, [
                "picking and packing orders for supermarket stores (voice picking)",
                "loading trailers and checking pallets against the manifest",
                "reach truck licence (RTITB) from 2025",
            ], sub="Employed through Primeforce Recruitment"),
            E("Cashier-Sales Assistant (kasjer-sprzedawca)", "Market „Pod Lipą” Sp. j.", "Zielonka Mała (Poland)",
              "2019-06", "2024-02", "facing", "in_person_service", [
                "serving customers at the checkout, cash and card, lottery",
                "ordering bread and dairy, receiving deliveries, checking dates",
                "opening and closing the shop, daily cash report",
            ]),
            E("Waitress (seasonal)", "Restauracja Stary Młyn", "Jastrzębia Plaża (Poland)", "2017-07", "2017-09",
              "facing", "in_person_service", [
                "taking orders, serving food and drinks and taking payments, in German and English for tourists",
            ]),
            E("Fruit Picker", "Greenacre Farms", "Ashby Dene, Kent (UK)", "2016-06", "2016-08", "none", None, []),
        ]),
        ("Education and training", {"items": [
            ("Economics Technician (Technikum Ekonomiczne)", "2010 – 2014", "Zespół Szkół nr 2, Zielonka Mała"),
            ("Level 2 Food Hygiene and Safety", "2024", "online, CPD certified"),
        ]}),
        ("Personal skills", {"pairs": [("Mother tongue", "Polish"),
                                       ("English", "Understanding B2 · Speaking B2 · Writing B1"),
                                       ("German", "Understanding A2 · Speaking A2 · Writing A1"),
                                       ("Digital skills", "MS Office, handheld scanners, cash registers"),
                                       ("Driving licence", "B")]}),
    ],
)


# --------------------------------------------------------------------------- w009
add(
    id="w009", ext="docx", render="docx", layout_fn="textbox", lay="textbox sidebar/title_org, tab dates",
    family="UK senior carer, Word CV with name, contact and skills in a shaded text box and the body in a narrow column, career break listed",
    name="Grace Nyasha Moyo", headline="Senior Care Assistant", dates="month", present="Present",
    opts=dict(font="Calibri", accent="#145A5A", heading="rule", hdr="title_org", margins=(0.7, 0.7, 2.95, 0.6),
              tab=4.7, box_fill="#145A5A", box_w=195, size=10),
    side=[
        ("Contact", {"pairs": [("Tel", "07700 900562"), ("Email", "grace.moyo@mailbox.co.uk"),
                               ("Home", "Eastwold, Lincolnshire")]}),
        ("Checks", ["Enhanced DBS (update service)", "Full UK driving licence + own car"]),
        ("Qualifications", ["NVQ Level 3 Health & Social Care", "Care Certificate", "Medication Level 3"]),
    ],
    main=[
        ("Profile", "Compassionate senior carer with seven years' experience in residential and domiciliary care, "
                    "including dementia and end-of-life care. I'm patient, I notice small changes in residents and I "
                    "take pride in doing things properly."),
        ("Employment History", [
            E("Senior Care Assistant", "Willowmere Care Home", "Eastwold", "2023-01", "present", "facing",
              "healthcare_care", [
                "Lead a team of 5 carers on day shifts in a 42-bed home with a dementia unit",
                "Administer medication using eMAR and order repeat prescriptions",
                "Personal care, moving and handling with hoists, supporting residents at mealtimes",
                "Speak with families at visiting times and update them after GP visits",
            ]),
            E("Care Assistant (Nights)", "Willowmere Care Home", "Eastwold", "2021-06", "2022-12", "facing",
              "healthcare_care", [
                "Two-hourly checks, repositioning and continence care; settling residents who were unsettled at night",
            ]),
            E("Domiciliary Carer", "Kindred Homecare Services", "Eastwold and villages", "2020-02", "2021-05",
              "facing", "healthcare_care", [
                "Visited 12–15 clients a day in their own homes: personal care, meals, medication prompts",
                "Worked through Covid in full PPE; wrote up the care plan notes after every call",
            ]),
            E("Office Cleaner (part-time, evenings)", "Sparkle Commercial Cleaning", "Eastwold", "2018-09", "2020-01",
              "none", None, [
                "Evening cleaning of two offices after the staff had gone home – hoovering, bins, kitchens and toilets.",
            ], prose=True),
            E("Career break", None, None, "2017-03", "2018-08", "none", None, [
                "Full-time mum after my son was born.",
            ], prose=True, etype="unknown"),
        ]),
        ("Training", {"lines": ["Dementia Awareness (Tier 2), 2024", "Safeguarding Adults Level 2, 2023",
                                "Moving & Handling, First Aid at Work, Infection Control – all in date"]}),
        ("References", "Available from my current manager on request."),
    ],
)


# --------------------------------------------------------------------------- w010
add(
    id="w010", ext="pdf", render="rl", lay="sidebar right/pipe",
    family="Australian barista, reportlab with teal right sidebar (tickets, skill bars, availability), letter-spaced headings, pipe title lines, a southern-hemisphere summer",
    name="Jasmine Tran", headline="Barista & Hospitality All-Rounder", dates="mon", present="Current",
    contact_line=["Ph 0491 570 156   ·   jasmine.tran@mailbox.com.au   ·   Bellbird Heads NSW 2539"],
    opts=dict(side="right", side_w=165, side_bg="#2A6F6B", side_acc="#BDE3DF", heading="spaced", hdr="pipe",
              accent="#2A6F6B", contact_style="inline", rate="bars", size=9.4, pipe="  |  ", dates="below"),
    side=[
        ("Tickets", ["RSA (NSW)", "Food Safety Supervisor", "First Aid – HLTAID011"]),
        ("Skills", {"rate": [("Coffee", 5), ("Customer service", 5), ("Cash handling", 4), ("Latte art", 3)],
                    "track": "#4E8E89"}),
        ("Availability", "Fri–Sun plus school holidays. Own car."),
        ("Referees", "Available on request"),
    ],
    main=[
        ("About me", "Barista with an RSA and four years behind a coffee machine in busy beachside cafés. Fast, "
                     "tidy and good with regulars."),
        ("Experience", [
            E("All-Rounder (Barista/FOH)", "Grain & Gather Café", "Bellbird Heads", "2025-02", "present", "facing",
              "in_person_service", [
                "Main barista on weekends, up to 400 coffees on a Sunday",
                "Take orders, run food, work the register and do the Sunday cash-up",
                "Show juniors milk texturing and the morning dial-in routine",
            ]),
            E("Retail Assistant", "Coastline Surf Co.", "Bellbird Heads", "2023-10", "2025-01", "facing",
              "in_person_service", [
                "Sold boards, wetsuits and clothing; fitted wetsuits for kids and beginners",
                "Receiving stock, tagging, picking and packing online orders",
            ]),
            E("Harvest Worker", "Sunridge Orchards", "Yarrandale", "2022-12", "2023-02", "none", None, [
                "Picking and packing cherries to daily quotas in the heat",
            ], dt="Summer 2022–23"),
            E("Kitchen Hand", "Little Lotus Dumpling House", "Merrigal", "2021-03", "2022-10", "affecting", None, [
                "Dishwashing, folding dumplings, cleaning down the kitchen at close",
            ]),
        ]),
        ("Volunteering", [
            E("Volunteer", "Bellbird Heads Community Op Shop", "Bellbird Heads", "2020-01", "2021-12", "facing",
              "volunteering", [
                "Saturday mornings on the counter and sorting donations out the back",
            ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", {"items": [("Higher School Certificate", "2020", "Bellbird Heads High School")]}),
    ],
)


# --------------------------------------------------------------------------- w011
add(
    id="w011", ext="docx", render="docx", layout_fn="styles", lay="styles/title_org, ➢ bullets, tab dates",
    family="Indian hospital front-office résumé, Word with ruled headings, typed ➢ bullets, tab-stop dates, internship heading, personal details and declaration",
    name="Sneha Prakash Kulkarni", dates="month", present="To Date",
    contact_line=["Flat 12, Shivkrupa Apartments, Rajnagar Road, Devgarh – 411 062",
                  "Mobile: +91 98500 55321 | Email: sneha.kulkarni@mailbox.in"],
    opts=dict(font="Cambria", accent="#1B4F72", heading="rule", bullets="char", bullet_char="➢", hdr="title_org",
              tab=6.7, name_size=18, margins=(0.7, 0.7, 0.8, 0.8)),
    main=[
        ("Career Objective", "Seeking a position as Front Office Executive / Receptionist in a reputed organisation "
                             "where I can utilise my communication and administrative skills for the growth of the "
                             "organisation."),
        ("Profile Summary", {"lines": ["3+ years of experience in front office and administration.",
                                       "Good communication skills in English, Hindi and Marathi.",
                                       "Knowledge of hospital management software, Tally ERP 9 and MS Office."]}),
        ("Work Experience", [
            E("Front Office Executive", "Sanjeevani Multispeciality Hospital", "Devgarh", "2023-06", "present",
              "facing", "in_person_service", [
                "Patient registration, OPD appointments and token management for 9 consultants.",
                "Handling patient enquiries at the reception desk and on phone, guiding patients to departments.",
                "Cash and card billing for consultations; daily collection report to accounts.",
                "Coordinating with TPA desk for cashless admissions.",
            ]),
            E("Receptionist cum Admin Assistant", "Patil & Associates, Chartered Accountants", "Devgarh", "2021-02",
              "2023-05", "facing", "in_person_service", [
                "Attending calls and visitors (clients), maintaining visitor register and courier inward/outward.",
                "Scheduling appointments for partners, maintaining client files and stationery stock.",
            ]),
            E("Office Assistant", "Omkar Traders", "Devgarh", "2019-08", "2021-01", "affecting", None, [
                "Preparing sales invoices and delivery challans in Tally ERP 9.",
                "Filing, data entry of purchase bills and bank deposit slips.",
            ]),
        ]),
        ("Internship", [
            E("HR Intern", "Vedant Auto Components Ltd.", "MIDC Devgarh", "2019-01", "2019-03", "none", None, [
                "Maintained attendance records of contract workers.",
                "Prepared joining kits and filed employee documents.",
            ], etype="internship"),
        ]),
        ("Educational Qualification", {"items": [
            ("B.Com – Rashtrasant University (58.2%)", "2019"),
            ("HSC – Maharashtra State Board (64.5%)", "2016"),
            ("SSC – Maharashtra State Board (78.0%)", "2014"),
        ]}),
        ("Personal Details", {"pairs": [("Date of Birth", "22nd July 1998"), ("Marital Status", "Married"),
                                        ("Nationality", "Indian"),
                                        ("Languages Known", "English, Hindi, Marathi")]}),
        ("Declaration", "I hereby declare that all the information given above is true to the best of my knowledge."),
        (None, "Place: Devgarh\t\t\t\t\t\t(Sneha P. Kulkarni)"),
    ],
)


# --------------------------------------------------------------------------- w012
add(
    id="w012", ext="pdf", render="fp", lay="band+photo/title_org, dates left",
    family="Romanian multilingual support specialist, fpdf2 header band with photo, dates in the left margin, au pair year and Work & Travel summer",
    name="Andreea-Maria Popovici", headline="Customer Support Specialist · RO / EN / FR", dates="mm/yyyy",
    present="present", sep=" - ",
    band_contact="Str. Teilor 14, Dealu Mare, jud. Cluj  ·  +40 745 550 218  ·  andreea.popovici@mailbox.ro",
    opts=dict(font="dv", band=104, band_bg="#3B3561", photo=True, name_in="band", dates="left", datew=86,
              heading="rule", accent="#3B3561", side_acc="#C9C3E6", size=9.4),
    main=[
        ("Profile", "Multilingual customer support specialist (Romanian, English C1, French C1) with four years in a "
                    "contact centre serving French and Belgian customers. Looking for a customer-facing role with a "
                    "travel or hospitality company."),
        ("Work Experience", [
            E("Customer Support Specialist (French & English)", "NordLink Solutions Romania SRL", "Dealu Mare",
              "2022-03", "present", "facing", "contact_center", [
                "Phone and e-mail support for a French online electronics retailer: orders, deliveries, warranty claims",
                "45–60 contacts per day; CSAT 4.6/5 in 2025",
                "Returns subject-matter expert since 2024: answer agents' questions on the floor, keep the returns guide updated",
            ]),
            E("Shop Assistant", "Librăria Zorilor", "Dealu Mare", "2020-10", "2022-02", "facing", "in_person_service", [
                "Advising customers on books and school supplies, cash register, ordering titles we didn't have",
                "Arranging the window display and the children's corner",
            ]),
            E("Au Pair", None, "Saint-Aubin-les-Prés, France", "2019-09", "2020-07", "facing", "other_facing", [
                "Lived with a French family and looked after their two children (4 and 7) – school run, homework in "
                "French, meals, bath and bedtime – plus light housework. Evening French course.",
            ], prose=True),
            E("Ride Operator (Work & Travel USA)", "Seaside Fun Pier", "Cape Harmon, NJ, USA", "2018-06", "2018-08",
              "facing", "in_person_service", [
                "Loaded and unloaded guests, checked heights and safety bars, ran the ride controls; lots of families and school groups",
            ], dt="Summer 2018"),
            E("Dishwasher (second job)", "Harbor Grill", "Cape Harmon, NJ, USA", "2018-06", "2018-08", "affecting", None, [
                "Evening shifts in the dish pit and cleaning the kitchen after close",
            ], dt="Summer 2018"),
        ]),
        ("Education", {"items": [
            ("BA Applied Modern Languages (French – English)", "2016 - 2019", "Universitatea de Vest Dealu Mare"),
        ]}),
        ("Languages & Tools", {"pairs": [("Romanian", "native"), ("English", "C1"), ("French", "C1 (DALF)"),
                                         ("Tools", "Zendesk, Salesforce Service Cloud, MS Office"),
                                         ("Driving licence", "category B")]}),
    ],
)


# --------------------------------------------------------------------------- w013
add(
    id="w013", ext="pdf", render="fp", lay="plain centred/org_title, boxed headings",
    family="US warehouse worker now in a plumbing-supply office, fpdf2 single column with centred caps name, grey boxed headings, employer line first",
    name="Marcus D. Bell", dates="month", present="Current", sep=" - ",
    contact_line=["Larkin Falls, PA 16599  |  (814) 555-0163  |  marcus.bell@mailbox.com"],
    opts=dict(page="letter", font="dvc", heading="boxed", hdr="org_title", accent="#4A4A4A", center_name=True,
              name_caps=True, name_size=22, size=9.8, margin=50),
    main=[
        ("Summary", "Dependable worker with 7 years of experience in warehouse, food service and now office support at "
                    "a plumbing supply house. Forklift certified, good with numbers, comfortable on the phone. "
                    "Looking for a full-time inside sales or customer service position."),
        ("Work History", [
            E("Office Assistant", "Tri-County Plumbing Supply", "Larkin Falls, PA", "2024-03", "present", "facing",
              "in_person_service", [
                "Answer the main phone line and route contractor calls to the right branch or counter person",
                "Enter sales orders and quotes, chase missing POs, print pick tickets for the warehouse",
                "Cover the will-call counter at lunch: look up parts and ring up contractors and homeowners",
            ]),
            E("Customer Service Associate – Returns", "Parcelwise Fulfillment", "Gilman Township, PA", "2023-06",
              "2024-02", "affecting", None, [
                "Opened and inspected returned packages, graded items as resellable, refurb or scrap",
                "Issued refunds and replacement orders in the returns system and wrote up carrier-damage claims",
            ]),
            E("Warehouse Associate", "Parcelwise Fulfillment", "Gilman Township, PA", "2021-05", "2023-05",
              "affecting", None, [
                "Picked and packed e-commerce orders (avg. 110 units/hr); sit-down forklift and pallet jack",
                "Loaded outbound trailers and helped with cycle counts",
            ]),
            E("Delivery Driver", "Papa Vito's Pizza", "Larkin Falls, PA", "2019-10", "2021-04", "facing",
              "in_person_service", [
                "Delivered orders in my own vehicle and collected cash and card payments at the door",
                "Answered phones and boxed pizzas between runs",
            ]),
            E("Dishwasher / Prep", "Lakeside Family Restaurant", "Larkin Falls, PA", "2018-06", "2019-09", "affecting",
              None, []),
        ]),
        ("Skills & Certifications", {"lines": ["Forklift – sit-down counterbalance (certified 2022), RF scanners",
                                               "Microsoft Excel and Word, 10-key, order entry",
                                               "OSHA 10-Hour General Industry"]}),
        ("Education", {"items": [("GED", "2018", "Commonwealth of Pennsylvania")]}),
    ],
)


# --------------------------------------------------------------------------- w014
add(
    id="w014", ext="docx", render="docx", layout_fn="sidetable", lay="sidetable+photo/title_org, nested job tables",
    family="Philippine admin/cashier résumé, Word layout table with 2x2 photo cell and personal information in the sidebar, school-based work and OJT",
    name="Joanna Marie C. Villanueva", headline="Administrative Assistant", dates="month", present="Present",
    opts=dict(photo=True, photo_text="2x2 PHOTO", font="Arial", accent="#7B2D5B", side_fill="#F4E1EC",
              nested_jobs=True, name_size=18, size=10, col_w=(2.15, 4.85), page="letter"),
    side=[
        ("Contact", {"pairs": [("Mobile", "0928 555 0476"), ("Email", "joannamarie.villanueva@mailbox.ph"),
                               ("Address", "Purok 3, Brgy. Malabanan, Sta. Lucia, Batangas")]}),
        ("Personal Information", {"pairs": [("Age", "26"), ("Birthday", "October 9, 1999"),
                                            ("Civil Status", "Single"), ("Religion", "Roman Catholic"),
                                            ("Citizenship", "Filipino"), ("Height", "5'1\"")]}),
        ("Skills", ["QuickBooks, MS Excel & Word", "Payroll and government remittances", "Cash handling",
                    "Filipino and English"]),
    ],
    main=[
        ("Objective", "To obtain a position where I can apply my skills in administrative work and customer service "
                      "and grow with the company."),
        ("Work Experience", [
            E("Admin Assistant", "Golden Harvest Rice Trading", "Sta. Lucia, Batangas", "2022-01", "present",
              "affecting", None, [
                "Prepare billing statements and statements of account for 40+ dealer accounts every month",
                "Encode delivery receipts and sales invoices in QuickBooks and reconcile with the warehouse stock card",
                "Prepare payroll of 18 warehouse and delivery staff; SSS, PhilHealth and Pag-IBIG remittances",
                "File BIR forms with the bookkeeper",
            ]),
            E("Cashier", "ValueMart Supermarket", "Sta. Lucia Branch", "2019-06", "2021-12", "facing",
              "in_person_service", [
                "Handled cash, card and GCash payments; end-of-shift cash count",
                "Processed senior citizen and PWD discounts; assisted customers with price checks",
            ]),
            E("On-the-Job Training", "Municipal Treasurer's Office", "Sta. Lucia, Batangas", "2019-04", "2019-05",
              "facing", "in_person_service", [
                "Assisted at the payment windows for real property tax and business permits: queue numbers, forms, "
                "directing taxpayers to the right window",
                "Encoding of official receipts",
            ], etype="internship"),
        ]),
        ("School-Based Work", [
            E("Student Assistant (Library)", "Colegio de Sta. Lucia", "Sta. Lucia, Batangas", "2016-08", "2019-03",
              "facing", "in_person_service", [
                "Circulation desk: borrowing and returning of books, library cards for students",
                "Shelving and accessioning of new books",
            ], section="other"),
        ]),
        ("Education", {"items": [
            ("BS Business Administration, major in Financial Management", "2015 – 2019", "Colegio de Sta. Lucia"),
        ]}),
        ("Character References", {"pairs": [("Ms. Liza P. Marasigan", "Owner, Golden Harvest Rice Trading – 0917 555 0321"),
                                            ("Mr. Ronald T. Ilagan", "Store Supervisor, ValueMart – 0998 555 0710")]}),
    ],
    after_table=[(None, "I hereby certify that the above information is true and correct to the best of my knowledge.")],
)


# --------------------------------------------------------------------------- w015
add(
    id="w015", ext="pdf", render="rl", lay="band/title_org, 2 pages",
    family="Québécoise bilingual guest services agent, reportlab header band, 2 pages with page footer, 'Sept.' dates, a summer camp season",
    name="Émilie Gagnon-Roy", headline="Bilingual Guest Services Agent", dates="mon.", present="present",
    band_contact="Lac-Sainte-Rose, QC   ·   (819) 555-0148   ·   emilie.gagnonroy@mailbox.ca",
    opts=dict(page="letter", band=96, band_bg="#1D3557", name_in="band", heading="rule", hdr="title_org",
              accent="#1D3557", footer="Émilie Gagnon-Roy · page {n}", footer_p1=True, size=10.8,
              margin=48, side_acc="#A8DADC"),
    main=[
        ("Profile", "Bilingual (French/English) hospitality and member service professional. Seven years dealing with "
                    "the public – from the corner grocery to a credit union and now a busy hotel front desk. Calm at "
                    "check-in rush, precise with cash, happy to work evenings and weekends."),
        ("Skills", {"rate": [("French – native", 5), ("English – fluent", 5), ("Opera PMS", 4), ("Cash & balancing", 5),
                             ("Spanish", 2)], "style": "bars", "track": "#DDE3EA"}),
        ("Work experience", [
            E("Guest Services Agent", "Harbourview Inn & Suites", "Lac-Sainte-Rose, QC", "2023-05", "present",
              "facing", "in_person_service", [
                "Check-ins and check-outs for a 120-room hotel – bus tours in summer, hockey families on winter weekends",
                "Take reservations by phone and email in French and English; handle group rooming lists",
                "Night audit two nights a week (reports, room and tax postings)",
                "Sort out billing disputes and noise complaints, and rebook guests when we are oversold",
            ]),
            E("Member Service Representative", "Caisse Rivière-Nord Credit Union", "Saint-Isidore-du-Lac, QC",
              "2021-02", "2023-04", "facing", "in_person_service", [
                "Teller transactions: deposits, withdrawals, bill payments, US cash orders",
                "Opened accounts and referred members to advisors for loans and RRSPs",
                "Balanced my cash drawer daily with no variances over $5 in two years",
            ]),
            E("Bilingual Call Centre Agent", "TeleConnect Solutions", "Lac-Sainte-Rose, QC", "2019-06", "2021-01",
              "facing", "contact_center", [
                "Inbound calls for a national airline's baggage line (FR/EN): delayed and damaged bags, claim files",
                "Rebooked delivery of found bags and explained compensation limits to upset passengers",
                "Moved to working from home in April 2020",
            ]),
            E("Cashier (part-time)", "Épicerie Chez Marcel", "Saint-Isidore-du-Lac, QC", "2016-01", "2019-12", "facing",
              "in_person_service", [
                "Cash, lottery, ID checks for beer and wine, bagging – weekends and summers through high school and CEGEP",
            ], prec="year"),
            E("Camp Counsellor", "Camp Lac-Vert", "Sainte-Rose-des-Monts, QC", "2017-06", "2017-08", "facing",
              "education", [
                "In charge of a cabin of ten 9-year-olds: canoeing, campfires, swim supervision",
            ], dt="Summer 2017"),
        ]),
        ("Education", {"items": [
            ("DEC – Tourism Techniques", "2016 – 2019", "Cégep de Lac-Sainte-Rose"),
        ]}),
        ("Certifications", {"lines": ["Standard First Aid & CPR-C (2024)", "Opera PMS – property training (2023)"]}),
        ("Interests", "Cross-country skiing, baking, volunteer committee of the Lac-Sainte-Rose winter carnival."),
    ],
)
