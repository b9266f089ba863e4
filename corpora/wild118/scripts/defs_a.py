"""wild118 definitions w001–w015 (hospitality, food, personal services, trades)."""
from lib import E

R = []

R.append(dict(
    file="w001.pdf", r="rl", page="plain", paper="letter", hdr="title_org", dfmt="mon", present="Present",
    family="US private chef, reportlab single column centred header, title line with right-aligned dates",
    layout="reportlab, plain/title_org, mon / 'Present'",
    name="Dwayne Okafor", contact=["Asheville, NC", "(828) 555-0147", "dwayne.okafor@mailbox.us"],
    body=[
        ("Summary", "Classically trained cook with eleven years on the line and three running my own personal chef "
                    "service. Comfortable costing a menu, leading a brigade, or standing at a client's table explaining "
                    "what's on the plate."),
        ("Experience", [
            E("Personal Chef", "Self-employed", "Asheville, NC", "2023-03", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Plan weekly menus with households around allergies, diets and picky kids",
                  "Shop, cook and portion meals in clients' own kitchens; label and leave reheating notes",
                  "Cook and serve dinner parties of 6-14 guests, introducing each course at the table"]),
            E("Sous Chef", "The Copper Ladle", "Asheville, NC", "2019-08", "2023-02", "affecting", bullets=[
                "Ran the line for a 140-cover dinner service and called tickets at the pass",
                "Ordering, food costing and the weekly rota for six cooks",
                "Wrote prep lists and kept HACCP temperature logs"]),
            E("Line Cook", "Blue Ridge Smokehouse", "Hendersonville, NC", "2016-05", "2019-07", "affecting", bullets=[
                "Grill and fry stations; smoked brisket and pork shoulder overnight twice a week"]),
            E("Banquet Cook", "Laurel Park Country Club", "Hendersonville, NC", "2015-06", "2016-04", "facing",
              "in_person_service", bullets=[
                  "Banquet prep for weddings and member events up to 220",
                  "Manned the carving station at Sunday brunch, serving members and answering questions about the menu"]),
        ]),
        ("Skills", ["Menu planning & costing", "Allergen-aware cooking", "Smoking & butchery", "Team leadership"]),
        ("Education & Certifications", ["A-B Tech Community College — A.A.S. Culinary Arts, 2015",
                                        "ServSafe Manager (current)"]),
    ]))

R.append(dict(
    file="w002.docx", r="docx", variant="styles", hdr="title_org", dfmt="month", present="Present", bullet="List Bullet",
    family="UK hairdresser, Word heading styles with list bullets, mobile self-employed work and a brand educator role",
    layout="docx, styles/title_org, month / 'Present'",
    name="Chloe Brannigan", contact=["Headingley, Leeds LS6", "07700 900418 · chloe.brannigan@mailbox.co.uk"],
    body=[
        ("Profile", "Level 3 qualified hairdresser with ten years behind the chair. I specialise in balayage, "
                    "colour correction and bridal hair and now run my own mobile business."),
        ("Experience", [
            E("Mobile Hairdresser", "Self-employed", "Leeds", "2022-01", "present", "facing",
              "entrepreneurial_freelance", etype="freelance", bullets=[
                  "Cuts, colours and bridal trials in clients' homes across north Leeds",
                  "Take bookings and deposits through Instagram and WhatsApp; keep my own accounts",
                  "Wedding mornings for parties of up to eight"]),
            E("Technical Educator (part-time)", "Verdane Professional", "Yorkshire region", "2023-05", "2024-08",
              "facing", "education", bullets=[
                  "Ran one-day colour courses for stylists at partner salons",
                  "Demonstrated new toner lines on models at trade evenings"]),
            E("Senior Stylist", "Halo & Hart Salon", "Headingley, Leeds", "2018-04", "2021-12", "facing",
              "in_person_service", bullets=[
                  "Consultations, patch tests and colour for a column of regular clients",
                  "Mentored two apprentices; top retail sales in the salon in 2020"]),
            E("Apprentice Hairdresser", "Halo & Hart Salon", "Headingley, Leeds", "2016-09", "2018-03", "facing",
              "in_person_service", etype="internship", bullets=[
                  "Shampooing, blow-drys and reception cover on Saturdays",
                  "Sweeping up, towels and stock"]),
        ]),
        ("Qualifications", ["NVQ Level 3 Hairdressing — Park Lane College, 2018",
                            "Advanced colour correction certificate, 2020"]),
        ("Interests", ["Wild swimming", "Vintage hair styling"]),
    ]))

R.append(dict(
    file="w003.pdf", r="fpdf", page="left", hdr="title_org", dfmt="mm/yyyy", present="Present", bullet="–",
    family="Irish service adviser who came up through the workshop, fpdf2 left header, mobile mechanic and family garage",
    layout="fpdf2, left/title_org, mm/yyyy / 'Present'",
    name="Ciarán Mulvey", contact=["Athlone, Co. Westmeath", "087 555 2190", "ciaran.mulvey@mailbox.ie"],
    body=[
        ("Personal Statement", "Qualified motor mechanic, now on the service desk. I know what's involved in a "
                               "job because I've done it, which helps when explaining a bill."),
        ("Work History", [
            E("Service Advisor", "Shannonside Motors", "Athlone", "2021-09", "present", "facing", "in_person_service",
              bullets=["Check in 25-30 cars a day, agree work and prices with customers at the desk",
                       "Phone customers with updates and extra work found by the technicians",
                       "Explain invoices at collection; handle warranty queries"]),
            E("Vehicle Technician", "Shannonside Motors", "Athlone", "2017-03", "2021-08", "affecting",
              bullets=["Servicing, diagnostics and timing belts on VW Group cars",
                       "NCT preparation and warranty repairs to manufacturer standards"]),
            E("Mobile Mechanic", "Self-employed", "Midlands", "2015-06", "2017-02", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Call-outs to people's homes and workplaces for batteries, brakes and diagnostics",
                       "Priced jobs over the phone and took payment on the spot"]),
            E("Apprentice Motor Mechanic", "Mulvey & Sons Garage", "Moate", "2011-09", "2015-05", "affecting",
              etype="internship", bullets=["Four-year apprenticeship in the family garage",
                                           "Tyres, exhausts, servicing; phase training at ETB"]),
            E("Forecourt Attendant", "Clonown Service Station", "Athlone", "2010-06", "2011-08", "facing",
              "in_person_service"),
        ]),
        ("Qualifications", ["QQI Level 6 Advanced Certificate — Motor Mechanics, 2015", "Full clean B licence"]),
        ("References", ["Available on request"]),
    ]))

R.append(dict(
    file="w004.txt", r="txt", hdr="title_org", dfmt="month", present="Present", sep=" to ", hstyle="plain", bullet="-",
    family="US electrician, job-board plain-text export, service calls in homes vs new-build commercial work",
    layout="txt, indeed/title_org, month / 'Present'",
    name="Travis Lindqvist", contact=["Boise, ID 83704", "travis.lindqvist@mailbox.us", "+1 208 555 0163"],
    body=[
        ("Work Experience", [
            E("Service Electrician", "Brightline Electric", "Boise, ID", "2021-04", "present", "facing", "other_facing",
              bullets=["Troubleshoot and repair wiring, breakers and fixtures in occupied homes",
                       "Walk homeowners through repair options and write up quotes on the tablet",
                       "Panel upgrades and EV charger installs"]),
            E("Journeyman Electrician", "Teton Ridge Builders", "Meridian, ID", "2017-06", "2021-03", "none",
              bullets=["Rough-in and trim-out on new commercial builds",
                       "Pulled wire, bent conduit, read blueprints; worked to the GC's schedule"]),
            E("Apprentice Electrician", "Teton Ridge Builders", "Meridian, ID", "2013-06", "2017-05", "none",
              etype="internship", bullets=["4-year indentured apprenticeship, 8,000 hours on commercial sites"]),
            E("Parts Counter Associate", "Gem State Electrical Supply", "Boise, ID", "2012-01", "2013-05", "facing",
              "in_person_service", bullets=["Served contractors at the will-call counter; looked up parts"]),
        ]),
        ("Education", ["High school diploma, Capital High School, Boise, ID"]),
        ("Skills", ["NEC code", "Troubleshooting", "Customer quotes", "ServiceTitan"]),
        ("Certifications", ["Idaho Journeyman Electrician License"]),
    ]))

R.append(dict(
    file="w005.docx", r="docx", variant="tabs", hdr="title_org", dfmt="mon", present="Present", bullet="•",
    family="Canadian baker with a custom-cake side business, Word right tab-stop dates, bold title and italic employer",
    layout="docx, tabs/title_org, mon / 'Present'",
    name="Marie-Ève Lachance", contact=["Ottawa, ON K1S", "613-555-0192 | me.lachance@mailbox.ca"],
    body=[
        ("Summary", "Bilingual (FR/EN) baker: laminated doughs, sourdough and wedding cakes. Early starts don't scare me."),
        ("Experience", [
            E("Head Baker", "Rideau Crust Bakery", "Ottawa, ON", "2020-02", "present", "affecting",
              bullets=["Overnight production of breads and viennoiserie for two shops, 3:30 a.m. start",
                       "Train two junior bakers; order flour and dairy; food safety records"]),
            E("Custom Cake Designer", "Lachance Cakes", "Ottawa, ON", "2019-03", "present", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Weekend side business: wedding and celebration cakes",
                       "Meet couples for consultations and tastings, quote, and deliver and set up at the venue"]),
            E("Baker / Counter", "Pâtisserie Lune", "Gatineau, QC", "2017-05", "2020-01", "facing", "in_person_service",
              bullets=["Baked the morning pastries, then worked the counter until close",
                       "Took custom cake orders and handled cash"]),
            E("Production Baker", "Maple Grain Bakeries Inc.", "Nepean, ON", "2014-09", "2017-04", "none",
              bullets=["Ran the divider and proofer on a bread plant line", "Sanitation and changeovers"]),
        ]),
        ("Education", ["Baking and Pastry Arts certificate, Algonquin College, 2014"]),
        ("Languages", ["French (native), English (fluent)"]),
    ]))

R.append(dict(
    file="w006.pdf", r="rl", page="sidebar", hdr="title_org", dfmt="mon", present="Current", bullet="•",
    family="Australian barista and roastery worker, reportlab shaded left sidebar with contact, skills and availability",
    layout="reportlab, sidebar/title_org, mon / 'Current'",
    name="Jasmine Ng", tagline="Barista · coffee trainer",
    contact=["Fitzroy VIC 3065", "0412 555 873", "jas.ng@mailbox.com.au"],
    side=[("Skills", ["Espresso calibration", "Latte art", "Cupping", "La Marzocco & Mazzer servicing basics"]),
          ("Availability", ["Weekdays and Saturdays", "Full licence, own car"]),
          ("Certificates", ["RSA (VIC)", "Food Handling Level 1"])],
    body=[
        ("Experience", [
            E("Head Barista", "Little Lonsdale Espresso", "Melbourne VIC", "2023-01", "present", "facing",
              "in_person_service", bullets=["Dial in the grinders every morning; 400+ coffees on a weekday",
                                            "Talk regulars through the single-origin rotation on filter"]),
            E("Wholesale Trainer", "Southside Roasting Co.", "Brunswick VIC", "2023-06", "2024-06", "facing",
              "sales_account", bullets=["Visited cafés that buy our beans to set up grinders and train their staff",
                                        "Followed up on quality complaints from wholesale accounts"]),
            E("Café All-rounder", "Beanstalk Café", "Geelong VIC", "2021-03", "2022-12", "facing",
              "in_person_service"),
            E("Roastery Assistant", "Southside Roasting Co.", "Brunswick VIC", "2020-06", "2021-02", "affecting",
              bullets=["Weighed, bagged and labelled wholesale orders", "Helped with cupping for quality control"]),
        ]),
        ("Education", ["Cert III in Hospitality, Box Hill Institute (2020)"]),
    ]))

R.append(dict(
    file="w007.md", r="md", mdh="bold", hdr="title_org", dfmt="mm/yyyy", present="now", bullet="-",
    family="Welsh plumbing and heating engineer in Markdown, bold title lines with italic dates, own business first",
    layout="md, bold/title_org, mm/yyyy / 'now'",
    name="Owen Prydderch", contact=["Cardiff CF14", "07700 900 562", "owen@mailbox.co.uk"],
    body=[
        ("About me", "Gas Safe registered plumbing and heating engineer. Fifteen years on the tools; "
                     "six running my own firm."),
        ("Employment", [
            E("Plumbing & Heating Engineer", "Prydderch Plumbing & Heating", "Cardiff", "2019-05", "present",
              "facing", "entrepreneurial_freelance", etype="freelance",
              bullets=["Boiler servicing, breakdowns and bathroom installs for homeowners and landlords",
                       "I survey, quote and follow up every job myself",
                       "Reviews: 4.9 on two trades sites"]),
            E("Plumber", "Castell Homes", "Newport", "2015-08", "2019-04", "none",
              bullets=["First and second fix on new-build estates to the site programme",
                       "Snagging lists before handover to the sales team"]),
            E("Gas Engineer", "HeatRight Services", "South Wales", "2013-02", "2015-07", "facing", "other_facing",
              bullets=["Breakdown visits to policyholders' homes, 6-8 a day",
                       "Explained faults and booked follow-up visits with the householder"]),
            E("Apprentice Plumber", "Taff Vale Mechanical Ltd", "Pontypridd", "2009-09", "2013-01", "none",
              etype="internship", bullets=["Commercial plant rooms in schools and hospitals"]),
        ]),
        ("Tickets", ["Gas Safe (CCN1, CENWAT, HTR1)", "Unvented hot water", "NVQ Level 3 Plumbing"]),
    ]))

R.append(dict(
    file="w008.docx", r="docx", variant="table", hdr="title_org", dfmt="month", present="Present", bullet="•",
    family="US night auditor, Word with a borderless table per job, one audit role covering the desk and one back-office only",
    layout="docx, table/title_org, month / 'Present'",
    name="Renee Castellanos", contact=["Albuquerque, NM 87110 · (505) 555-0128 · renee.castellanos@mailbox.us"],
    body=[
        ("Objective", "Night auditor looking for a front office supervisor role."),
        ("Professional Experience", [
            E("Night Auditor", "Sandia Vista Hotel", "Albuquerque, NM", "2022-07", "present", "facing",
              "in_person_service", bullets=["Run the night audit, post room and tax, balance folios",
                                            "Sole front desk cover 11 pm-7 am: late check-ins, wake-up calls, guest requests"]),
            E("Night Auditor", "Route 66 Inn & Suites", "Albuquerque, NM", "2020-01", "2022-06", "affecting",
              bullets=["Night audit and daily reports for a 60-room property",
                       "Reconciled credit card batches and prepared the revenue report for the GM"]),
            E("Accounts Payable Clerk", "Mesa Linen Services", "Rio Rancho, NM", "2017-03", "2019-12", "none",
              bullets=["Matched vendor invoices to POs and ran weekly check runs"]),
            E("Cashier", "Sunport Travel Plaza", "Albuquerque, NM", "2015-06", "2017-02", "facing",
              "in_person_service"),
        ]),
        ("Education", ["Central New Mexico Community College — Accounting coursework"]),
        ("Skills", ["Opera PMS", "Excel", "Bilingual English/Spanish"]),
    ]))

R.append(dict(
    file="w009.pdf", r="fpdf", page="centred", hdr="org_title", dfmt="mm/yyyy", present="Present", bullet="•",
    family="UK beauty therapist, fpdf2 centred header, employer line with dates first and title below",
    layout="fpdf2, centred/org_title, mm/yyyy / 'Present'",
    name="Amrita Kaur", contact=["Leicester LE4", "07700 900 731", "amrita.kaur@mailbox.co.uk"],
    body=[
        ("Profile", "VTCT Level 3 beauty therapist, calm and thorough, with a loyal client list from my home studio years."),
        ("Career History", [
            E("Beauty Therapist", "Serenity Skin & Nail Studio", "Leicester", "2021-02", "present", "facing",
              "in_person_service", bullets=["Facials, waxing, lash lifts and brow treatments",
                                            "Consultations and patch tests before every new treatment"]),
            E("Nail Technician", "Nails by Amrita", "Leicester", "2018-09", "2021-01", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Ran a home studio: gel, BIAB and nail art", "Booking, social media and accounts"]),
            E("Beauty Consultant", "Lumière Cosmetics at Hartwell's", "Leicester", "2016-10", "2018-08", "facing",
              "in_person_service", bullets=["Colour matching and makeovers on the counter; monthly sales targets"]),
            E("Warehouse Picker", "Midshires Distribution", "Enderby", "2015-07", "2016-09", "affecting",
              bullets=["Picked and packed online orders on a scanner, nights"]),
            E("Saturday Assistant", "A Cut Above", "Loughborough", "2014-01", "2015-06", "facing",
              "in_person_service", bullets=["Washed hair, swept up and made tea for clients"]),
        ]),
        ("Qualifications", ["VTCT Level 3 Beauty Therapy", "Level 2 Nail Services", "First Aid at Work"]),
        ("Languages", ["English, Punjabi, Hindi"]),
    ]))

R.append(dict(
    file="w010.html", r="html", hdr="title_org", dfmt="mon", present="Present", bullet="•",
    family="Canadian delivery driver, HTML page, app courier contactless vs furniture delivery into homes",
    layout="html, h3/title_org, mon / 'Present'",
    name="Navdeep Grewal", contact=["Mississauga, ON", "905-555-0174", "navdeep.grewal@mailbox.ca"],
    body=[
        ("Summary", "Reliable driver with G and AZ licences and a clean abstract. Eight years of deliveries and linehaul."),
        ("Work Experience", [
            E("Delivery Driver", "Independent", "Mississauga, ON", "2022-03", "present", "affecting",
              etype="freelance", bullets=["Food and parcel deliveries through two delivery apps",
                                          "Contactless drop-off at the door with photo proof",
                                          "Keep my own car, insurance and mileage records"]),
            E("Furniture Delivery Driver", "Lakeshore Home Furnishings", "Oakville, ON", "2019-05", "2022-02",
              "facing", "in_person_service",
              bullets=["Two-person delivery and in-home assembly of beds, sofas and dining sets",
                       "Walked customers through setup, took packaging away and collected signatures"]),
            E("Linehaul Driver (AZ)", "Great Lakes Freight Lines", "Brampton, ON", "2016-04", "2019-04", "none",
              bullets=["Overnight runs Toronto-Montreal, terminal to terminal"]),
            E("Shipping Clerk", "Peel Packaging Ltd.", "Brampton, ON", "2014-06", "2016-03", "affecting",
              bullets=["Prepared bills of lading and loaded outgoing trailers"]),
            E("Shuttle Driver", "Pearson Park & Fly", "Mississauga, ON", "2013-01", "2014-05", "facing",
              "in_person_service", bullets=["Drove travellers between the lot and the terminals; loaded luggage"]),
        ]),
        ("Licences", ["Ontario AZ licence", "G licence"]),
    ]))

R.append(dict(
    file="w011.docx", r="docx", variant="header", hdr="title_org", dfmt="mon", present="Current", bullet="–",
    family="Australian gardener and landscaper, name and contact in the Word page header, own round of residential clients",
    layout="docx, header/title_org, mon / 'Current'",
    name="Liam Corcoran", contact=["Newcastle NSW", "0423 555 610", "liam.corcoran@mailbox.com.au"],
    body=[
        ("Work History", [
            E("Owner-Operator", "Corcoran Garden Care", "Newcastle NSW", "2020-08", "present", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Weekly and fortnightly maintenance for about 40 residential clients",
                       "Quote new jobs on site with the owners; invoicing through MYOB"]),
            E("Grounds Maintenance Officer", "Lakeside Shire Council", "Speers Point NSW", "2016-02", "2020-07",
              "affecting", bullets=["Mowing, tree work and irrigation across parks and sports fields",
                                    "Chainsaw and ride-on operation; playground inspections"]),
            E("Nursery Hand", "Hunter Valley Wholesale Nursery", "Maitland NSW", "2014-03", "2016-01", "affecting",
              bullets=["Potting on, propagation and loading trucks for wholesale orders"]),
            E("Garden Centre Assistant", "Greenhaven Garden Centre", "Charlestown NSW", "2012-11", "2014-02",
              "facing", "in_person_service", bullets=["Weekends: advised on plants and ran the register"]),
        ]),
        ("Qualifications", ["Certificate III in Horticulture (TAFE NSW)", "ChemCert", "White card"]),
        ("Referees", ["Supplied on request"]),
    ]))

R.append(dict(
    file="w012.pdf", r="rl", page="plain", centre=False, hdr="title_org", dfmt="month", present="Present",
    bullet="•", footer="Tess Whitcombe — Page {n}", break_before=("Volunteer",),
    family="US executive chef in catering, 2-page reportlab résumé with page footer, tastings with clients, teaching and volunteering",
    layout="reportlab, twopage/title_org, month / 'Present'",
    name="Tess Whitcombe", contact=["Portland, OR 97214", "(503) 555-0139", "tess.whitcombe@mailbox.us"],
    body=[
        ("Professional Summary", "Chef with eighteen years in restaurants, hotels and off-site catering. I build menus "
                                 "around local farms, run big production kitchens and enjoy the client side of catering."),
        ("Experience", [
            E("Executive Chef", "Rosewood Catering Co.", "Portland, OR", "2019-04", "present", "facing",
              "in_person_service", bullets=["Lead menu tastings with couples and corporate planners and adjust menus on the spot",
                                            "Run a production kitchen of 12 and off-site event kitchens up to 600 guests",
                                            "Food cost held at 29% across 2024"]),
            E("Chef de Cuisine", "Alder & Ash", "Portland, OR", "2015-01", "2019-03", "affecting",
              bullets=["Menu development and costing for a 90-seat restaurant",
                       "Ran the pass on Friday and Saturday nights; trained line cooks"]),
            E("Culinary Instructor (part-time)", "Cascade Community College", "Portland, OR", "2016-09", "2019-06",
              "facing", "education", bullets=["Taught evening knife skills and sauces classes for adult learners"]),
            E("Sous Chef", "Hotel Marquam", "Portland, OR", "2011-06", "2014-12", "affecting",
              bullets=["Banquet production for up to 400", "Rewrote the room service menu"]),
            E("Line Cook", "Ferrante's Trattoria", "Beaverton, OR", "2008-03", "2011-05", "affecting"),
        ]),
        ("Volunteer", [
            E("Cooking Demonstrator", "Eastside Food Bank", "Portland, OR", "2020", "2022", "facing", "volunteering",
              prec="year", section="volunteer", etype="volunteer",
              bullets=["Monthly demos for food bank clients cooking with pantry staples"]),
        ]),
        ("Education", ["Western Culinary Institute — Associate of Occupational Studies, 2007"]),
        ("Certifications", ["ServSafe Manager", "Oregon Food Handler"]),
    ]))

R.append(dict(
    file="w013.txt", r="txt", hdr="dashend", dfmt="dot", present="present", sep=" - ", hstyle="caps", bullet="*",
    family="Ukrainian housekeeping supervisor in Ireland, plain text, 'Title - Employer, Town, m.yyyy - present' lines",
    layout="txt, plain/dash, m.yyyy / 'present'",
    name="Oksana Kovalenko", contact=["Galway, Ireland", "Tel: 089 555 4412", "Email: oksana.kovalenko@mailbox.ie"],
    body=[
        ("Experience", [
            E("Housekeeping Supervisor", "Corrib Bay Hotel", "Galway", "2022-04", "present", "facing",
              "in_person_service", bullets=["Supervise 9 room attendants and check rooms before release to reception",
                                            "Deal with guest requests and complaints about rooms, bring amenities to rooms"]),
            E("Room Attendant", "Corrib Bay Hotel", "Galway", "2021-05", "2022-03", "affecting",
              bullets=["Cleaned 14-16 checkout rooms per shift", "Restocked trolley and linen store"]),
            E("Domestic Cleaner", "Self-employed", "Galway", "2020-09", "2021-04", "facing",
              "entrepreneurial_freelance", etype="freelance",
              bullets=["Weekly cleans for 8 households and turnover cleans for 3 holiday let owners",
                       "Agreed prices, times and keys with owners"]),
            E("Office Cleaner (evenings)", "BrightShine Contract Cleaning", "Galway", "2019-11", "2020-08", "none",
              bullets=["Cleaning offices after staff left, 6-9pm"]),
            E("Cook", "Kindergarten No. 14", "Kharkiv, Ukraine", "2012-09", "2019-06", "affecting",
              bullets=["Cooked breakfast and lunch for 120 children", "Menus by the nutrition plan"]),
        ]),
        ("Education", ["Kharkiv College of Food Technology, cook diploma, 2011"]),
        ("Languages", ["Ukrainian, Russian - native", "English - B2"]),
        ("Other", ["Safe Pass, Manual handling, HACCP level 2"]),
    ]))

R.append(dict(
    file="w014.docx", r="docx", variant="sidebar", hdr="title_org", dfmt="mm/yyyy", present="Present", bullet="•",
    family="US service advisor from the bays, Word two-column layout table with a shaded sidebar, drive-through lube job",
    layout="docx, sidebar/title_org, mm/yyyy / 'Present'",
    name="Jerome Battiste", tagline="Service Advisor | ASE certified technician",
    contact=["Baton Rouge, LA", "(225) 555-0188", "jbattiste@mailbox.us"],
    side=[("Certifications", ["ASE A1-A8", "ASE C1 Service Consultant"]), ("Skills", ["CDK", "Diagnostics", "Warranty claims"]),
          ("Education", ["Baton Rouge Community College, Automotive Technology"])],
    body=[
        ("Experience", [
            E("Service Advisor", "Bayou City Chevrolet", "Baton Rouge, LA", "2020-10", "present", "facing",
              "in_person_service", bullets=["Write up repair orders and explain recommended work to customers",
                                            "CSI scores in the top 3 of the district"]),
            E("Automotive Technician", "Bayou City Chevrolet", "Baton Rouge, LA", "2015-03", "2020-09", "affecting",
              bullets=["Drivability diagnostics and warranty repairs on flat rate"]),
            E("Lube Technician", "QuikLube Express", "Denham Springs, LA", "2013-06", "2015-02", "facing",
              "in_person_service", bullets=["Oil changes in a drive-through bay",
                                            "Went over the checklist with drivers and recommended filters and wipers"]),
            E("Tow Truck Driver", "Pelican Towing & Recovery", "Baton Rouge, LA", "2012-01", "2013-05", "facing",
              "in_person_service", bullets=["Roadside jump-starts, lockouts and tows for stranded motorists"]),
        ]),
    ]))

R.append(dict(
    file="w015.pdf", r="fpdf", page="left", hdr="dateline", dfmt="mon", present="Present", bullet="•",
    family="Canadian event and AV technician, fpdf2 left header, title, employer and dates on separate lines, a season",
    layout="fpdf2, left/dateline, mon / 'Present'",
    name="Kieran Lafleur", contact=["Calgary, AB", "403-555-0116", "kieran.lafleur@mailbox.ca"],
    body=[
        ("Skills", ["Audio: Yamaha QL/CL, Allen & Heath", "Lighting: grandMA basics", "Rigging, forklift, boom lift"]),
        ("Experience", [
            E("Event Technician", "Freelance", "Calgary, AB", "2021-05", "present", "affecting", etype="freelance",
              bullets=["Audio and lighting set-up and strike for conferences and weddings through three AV companies",
                       "Load-in from 5 a.m.; run the sound desk during the show"]),
            E("Stagehand", "Bow River Productions", "Calgary, AB", "2018-04", "2021-04", "affecting",
              bullets=["Rigging, set-up and load-out at arena concerts and trade shows"]),
            E("AV Technician", "Prairie Hotel & Conference Centre", "Calgary, AB", "2016-01", "2018-03", "facing",
              "other_facing", bullets=["Met meeting organisers before events to run through their AV needs",
                                       "On call for presenters during sessions: mics, laptops, projectors"]),
            E("Guest Services Crew", "Foothills Exhibition Grounds", "Calgary, AB", "2017-06", "2017-08", "facing",
              "other_facing", datetext="Summer 2017",
              bullets=["Ticket scanning, directions and lost and found during the summer fair"]),
        ]),
        ("Education", ["SAIT — Entertainment Technology coursework (2015)"]),
    ]))
