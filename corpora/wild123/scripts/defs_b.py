"""Résumés w016–w030: one dict each renders the file and its gold line."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w016
R(id="w016", renderer="md", head="title_org", dates="month", present="present",
  family="Canadian outdoor-retail store manager promoted four times in one chain, Markdown with bold title lines",
  name="Sophie Arsenault",
  contact=["Halifax, NS", "902-555-0139", "sophie.arsenault@mailbox.ca"],
  sections=[
      ("Career History", [
          E("Store Manager", "Maple & Pine Outfitters", "Halifax, NS", "2023-04", "present", "facing",
            "in_person_service", [
                "Run a $4.1M store with 22 staff: scheduling, hiring, P&L and shrink",
                "Work the floor on weekends and deal with customer escalations and warranty claims",
                "Store of the Year (Atlantic district) 2024"]),
          E("Assistant Store Manager", "Maple & Pine Outfitters", "Halifax, NS", "2021-02", "2023-03", "facing",
            "in_person_service", ["Key holder; opened and closed, cash office, coached the footwear team"]),
          E("Sales Lead", "Maple & Pine Outfitters", "Dartmouth, NS", "2019-06", "2021-01", "facing",
            "in_person_service", ["Fitted boots and packs, ran the rental desk, trained new associates"]),
          E("Visual Merchandiser", "Maple & Pine Outfitters", "Dartmouth, NS", "2018-03", "2019-05", "affecting",
            None, ["Set windows and floor moves from head-office planograms before opening hours",
                   "Built seasonal displays for four stores in the district"]),
      ]),
      ("Education", ["Diploma in Business Administration – Retail Management, Nova Scotia Community College, 2018"]),
      ("Skills", ["Team leadership", "Inventory and shrink control", "Clienteling", "French (intermediate)"]),
      ("Interests", "Sea kayaking, trail running, volunteering at the Dartmouth trail cleanup"),
  ])

# ------------------------------------------------------------------ w017
R(id="w017", renderer="docx", layout="tabs", head="org_title", dates="MON", present="PRESENT",
  family="UK commercial insurance broker, Word tab-stop dates, broker line first then title, capital dates",
  name="Rebecca Hallworth",
  contact=["Stockport SK4", "07700 900 562", "rebecca.hallworth@mailbox.co.uk"],
  sections=[
      ("Personal Profile", "Cert CII qualified commercial account executive. Ten years in insurance, claims first and "
                           "broking since 2019."),
      ("Experience", [
          E("Account Executive (Commercial Lines)", "Harwood Insurance Brokers", "Manchester", "2021-09", "present",
            "facing", "sales_account", [
                "Look after a £1.8m GWP portfolio of SME clients: renewals, new business and mid-term changes",
                "Visit clients on site to survey risks and present renewal terms",
                "Place risks with insurers and negotiate terms with underwriters"]),
          E("Account Handler", "Harwood Insurance Brokers", "Manchester", "2019-05", "2021-08", "facing",
            "sales_account", ["Handled renewals and MTAs for 300 small commercial clients by phone and email"]),
          E("Motor Claims Handler", "Northway Insurance", "Bolton", "2017-02", "2019-04", "facing",
            "contact_center", [
                "Took first notification of loss calls from policyholders and managed claims to settlement",
                "Instructed repairers, engineers and hire companies"]),
          E("Sales Assistant", "Arndale Shoe Company", "Manchester", "2015-09", "2017-01", "facing",
            "in_person_service", []),
          E("Actuarial Summer Intern", "Pennine Life Assurance", "Leeds", None, None, "none", None, [
              "Reconciled mortality data extracts and updated reserving spreadsheets"],
            dtext="Summer 2014", etype="internship"),
      ]),
      ("Qualifications", ["Cert CII (2020)", "Diploma modules M92 and M93 in progress"]),
      ("Education", ["BA (Hons) Economics, University of Salford, 2015"]),
  ])

# ------------------------------------------------------------------ w018
R(id="w018", renderer="reportlab", layout="twocol", head="title_org_bar", dates="mon", present="Present",
  family="US beverage sales analyst who started as an SDR, reportlab two-column header, company | town | dates line",
  tagline="Sales & Pricing Analytics", page="letter", accent="#5a2d1f",
  name="Kevin J. Abernathy",
  contact=["Charlotte, NC", "704-555-0121", "kevin.abernathy@mailbox.com"],
  sections=[
      ("Experience", [
          E("Senior Sales Analyst", "Brookhollow Beverage Co.", "Charlotte, NC", "2022-09", "present", "none", None, [
              "Build the annual volume forecast by territory and channel (R, SQL, Power BI)",
              "Produce weekly depletion and distribution reports for the VP of Sales",
              "Sized and re-drew 14 sales territories after the 2024 acquisition"]),
          E("Pricing Analyst", "Brookhollow Beverage Co.", "Charlotte, NC", "2020-05", "2022-08", "affecting",
            None, [
                "Set distributor price lists and promotional pricing for 400 SKUs",
                "Modelled price increases and tracked their effect on retail shelf prices"]),
          E("Business Development Representative", "Cloudnest Software", "Raleigh, NC", "2018-07", "2020-04",
            "facing", "sales_account", [
                "Prospected IT directors by phone, email and LinkedIn; booked 18 qualified meetings a month",
                "Ran first discovery calls before handing over to account executives"]),
          E("Student Worker – Campus Bookstore", "Piedmont State University", "Greensboro, NC", 2015, 2018,
            "facing", "in_person_service", ["Register, textbook buyback and rush week"], prec="year"),
      ]),
      ("Education", ["B.S. Economics, Piedmont State University, 2018"]),
      ("Technical Skills", ["SQL, R, Python (pandas)", "Power BI, Tableau", "Salesforce reports", "Excel / VBA"]),
  ])

# ------------------------------------------------------------------ w019
R(id="w019", renderer="txt", head="labelled", dates="mon", present="Till Date", sep=" to ",
  family="Indian bancassurance relationship manager, job-portal text with labelled blocks (Position / Company / Period)",
  caps_head=True, underline="-", bullet="->",
  name="Sandeep Vasantrao Patil",
  contact=["Address: Rajarampuri, Kolhapur - 416008", "Mobile: 98600 55219", "E-mail: sandeep.patil@mailbox.in"],
  sections=[
      ("Career Objective", "To work in a reputed organisation in the field of life insurance sales and grow with it."),
      ("Work Experience", [
          E("Relationship Manager - Bancassurance", "Sahyadri Life Insurance Co. Ltd.", "Kolhapur", "2021-06",
            "present", "facing", "sales_account", [
                "Placed in partner bank branches; meet bank customers referred by branch staff and explain term and ULIP plans",
                "Achieve monthly premium targets; Rs 1.2 crore in FY 2024-25",
                "Training of branch staff on products"]),
          E("Insurance Advisor (Agency Channel)", "Sahyadri Life Insurance Co. Ltd.", "Sangli", "2019-01", "2021-05",
            "facing", "sales_account", ["Sold life policies through own contacts and referrals",
                                         "Renewal follow-up and claim help for policyholders"]),
          E("Tele-caller", "Quickloan Fincorp", "Kolhapur", "2017-09", "2018-12", "facing", "contact_center", [
              "Calling leads for personal loans and two-wheeler loans"]),
          E("Back Office Executive", "Quickloan Fincorp", "Kolhapur", "2016-10", "2017-08", "affecting", None, [
              "Document verification and data entry of loan files", "Sending files to the credit department"]),
      ]),
      ("Educational Qualification", ["B.Com - Shivaji University - 2016", "H.S.C - 2013", "S.S.C - 2011"]),
      ("Personal Information", ["Date of Birth : 05 June 1994", "Languages : Marathi, Hindi, English"]),
      ("Declaration", "I hereby declare that all the information given above is true."),
  ])

# ------------------------------------------------------------------ w020
R(id="w020", renderer="docx", layout="styles", head="orgfirst", dates="month", present="Current", hlevel=2,
  family="Australian telco retail consultant promoted to store manager, Word heading styles, employer heading with roles beneath",
  name="Jaxon Whitfield",
  contact=["Penrith NSW 2750", "0433 555 617", "jaxon.whitfield@mailbox.com.au"],
  sections=[
      ("Objective", "Retail store manager looking to move into a multi-site or business sales role."),
      ("Work History", [
          E("Store Manager", "Orbitel Mobile", "Penrith NSW", "2022-05", "present", "facing", "in_person_service", [
              "Lead a team of 9 consultants; store ranked top 5 in NSW for NPS in 2025",
              "Handle escalated complaints and billing disputes in store",
              "Rostering, stock control and monthly sales targets"]),
          E("Senior Retail Consultant", "Orbitel Mobile", "Penrith NSW", "2020-08", "2022-04", "facing",
            "in_person_service", ["Sold plans, devices and NBN; set up phones and transferred data"]),
          E("Retail Consultant", "Orbitel Mobile", "Penrith NSW", "2019-11", "2020-07", "facing",
            "in_person_service", []),
          E("Business Account Manager", "Voxline Business Communications", "Parramatta NSW", "2019-04", "2019-10",
            "facing", "sales_account", ["Visited small businesses to sell phone systems; left after probation"]),
          E("Sales Assistant", "Nepean Electrical", "Penrith NSW", "2017-02", "2019-03", "facing",
            "in_person_service", ["TVs and home audio, commission-based"]),
      ]),
      ("Education", ["Certificate IV in Retail Management", "HSC, Penrith Valley High, 2016"]),
      ("References", "Available upon request."),
  ])

# ------------------------------------------------------------------ w021
R(id="w021", renderer="fpdf2", layout="plain", align="C", head="title_org", dates="mon", present="Present",
  family="South African FMCG key account manager from merchandiser, fpdf2 2-page CV with page footer, year-only early dates",
  footer="{name} – Curriculum Vitae – page {page}", break_before="Community Involvement",
  name="Thabo Mahlangu",
  contact=["Bellville, Cape Town", "083 555 7201", "thabo.mahlangu@mailbox.co.za", "Own car, code 08 licence"],
  sections=[
      ("Profile", "Key account manager with nine years in snacks and confectionery, from merchandising and "
                  "route sales to national retail accounts. Known for clean execution in store and straight "
                  "talking with buyers."),
      ("Work Experience", [
          E("Key Account Manager", "Karoo Snacks (Pty) Ltd", "Cape Town", "2022-01", "present", "facing",
            "sales_account", [
                "Manage two national retail chains worth R180m a year",
                "Negotiate annual trading terms, promotions and listings with category buyers",
                "Monthly business reviews with the buyers and regional operations managers",
                "Lead a team of 4 sales reps and 18 merchandisers"]),
          E("Sales Representative", "Karoo Snacks (Pty) Ltd", "Cape Town", "2019-03", "2021-12", "facing",
            "sales_account", [
                "Called on 40 independent and chain stores on a weekly route",
                "Took orders from store managers, negotiated display space and resolved credits"]),
          E("Merchandiser", "Karoo Snacks (Pty) Ltd", "Cape Town", "2017-06", "2019-02", "affecting", None, [
              "Packed shelves, built promotional displays and counted stock in 12 stores",
              "Checked expiry dates and uplifted damaged stock"]),
          E("Cashier", "Fresh Value Supermarket", "Mitchells Plain", 2015, 2017, "facing", "in_person_service", [],
            prec="year"),
      ]),
      ("Community Involvement", [
          E("Volunteer", "Mitchells Plain Community Kitchen", "Cape Town", 2016, 2019, "facing", "volunteering", [
              "Served meals to about 200 people on Saturdays and helped with the food parcel queue"],
            prec="year", section="volunteer", etype="volunteer"),
      ]),
      ("Education", ["National Diploma: Marketing, Cape Peninsula College of Technology (2016)",
                     "Matric, Westridge High School (2013)"]),
      ("Skills", ["Trade terms negotiation", "Nielsen data", "Category management", "SAP SD", "Excel"]),
      ("References", ["Mr. P. van Wyk – National Sales Manager – 021 555 0148",
                      "Ms. L. Adams – Regional Manager – 021 555 0177"]),
  ])

# ------------------------------------------------------------------ w022
R(id="w022", renderer="html", head="pipe", dates="mm/yyyy", present="Present", side=[
    ("Contact", ["Reading, Berkshire", "07700 900 683", "hannah.okonjo@mailbox.co.uk"]),
    ("Skills", ["Dotdigital, Klaviyo", "Meta Business Suite", "Canva, Figma", "GA4", "Copywriting"])],
  family="UK garden-centre CRM and social-media marketer, HTML page with a floated sidebar, pipe title lines",
  name="Hannah Okonjo",
  contact=["CRM & Content Marketing"],
  sections=[
      ("Experience", [
          E("CRM & Email Marketing Executive", "Fernhill Garden Centres", "Reading", "2023-02", "present",
            "affecting", None, [
                "Plan and build 3–4 customer emails a week to 210,000 loyalty members",
                "Segment the database and run A/B tests; lifted click rate from 2.1% to 3.4%",
                "Write the loyalty-scheme T&Cs and welcome journey"]),
          E("Social Media Coordinator", "Fernhill Garden Centres", "Reading", "2021-06", "2023-01", "facing",
            "digital_service", [
                "Scheduled posts and short videos across Instagram, Facebook and TikTok",
                "Replied to customer comments and direct messages, passing complaints to the right centre manager"]),
          E("Marketing Assistant", "Alder Print Ltd", "Newbury", "2020-01", "2021-05", "facing", "sales_account", [
              "Updated the website and product brochures",
              "Staffed our stand at three trade shows, talking visitors through samples and taking enquiries"]),
          E("Weekend Sales Assistant", "Fernhill Garden Centres", "Reading", "2018-04", "2019-12", "facing",
            "in_person_service", []),
      ]),
      ("Education", ["BA (Hons) Marketing, University of Reading, 2019"]),
  ])

# ------------------------------------------------------------------ w023
R(id="w023", renderer="docx", layout="table", head="title_org", dates="mm/yyyy", present="Present",
  family="US auto-insurance sales agent turned sales trainer, Word with a borderless table per job",
  name="Danielle Ruiz",
  contact=["Mesa, AZ 85201", "480-555-0156", "danielle.ruiz@mailbox.com"],
  sections=[
      ("Professional Summary", "Licensed P&C agent and sales trainer. I have taken 40,000 quote calls and now teach "
                               "new agents how to do it."),
      ("Work History", [
          E("Sales Trainer", "Beacon Auto Insurance", "Phoenix, AZ", "2023-08", "present", "facing",
            "internal_support", [
                "Run the 5-week new-hire academy for classes of 15–20 sales agents",
                "Sit with new agents on the floor during their first month and coach them on live calls",
                "Rewrote the quote-call training module"]),
          E("Licensed Sales Agent", "Beacon Auto Insurance", "Phoenix, AZ", "2020-10", "2023-07", "facing",
            "contact_center", [
                "Took 60–80 inbound quote calls a day and sold auto, renters and motorcycle policies",
                "Top 10% close rate for 8 consecutive quarters"]),
          E("Leasing Agent", "Desert Palms Apartments", "Mesa, AZ", "2018-04", "2020-09", "facing",
            "in_person_service", [
                "Gave tours to prospective residents and processed applications",
                "Handled resident move-ins, renewals and maintenance requests at the front office"]),
          E("Night Stocker", "ValuMart", "Mesa, AZ", "2017-01", "2018-03", "affecting", None, [
              "Overnight freight, shelf resets and backroom organisation"]),
      ]),
      ("Licenses", ["Arizona Property & Casualty Producer License"]),
      ("Education", ["Some college – Mesa Community College (Business)"]),
  ])

# ------------------------------------------------------------------ w024
R(id="w024", renderer="reportlab", layout="sidebar", head="pipe", dates="apos", present="Present", sep=" – ",
  family="Philippine property consultant with an online shop on the side, reportlab coloured sidebar, pipe lines, 'Jan '22' dates",
  tagline="Real Estate Sales", side_color="#f1e4d8", accent="#7a3b12",
  name="Kristine Joy B. Alcantara",
  contact=["Mandaue City, Cebu", "+63 922 555 3861", "kjalcantara@mailbox.ph"],
  side=[("Skills", ["Property presentations", "Buyer financing (Pag-IBIG, bank)", "Facebook Marketplace ads",
                    "Excel"]),
        ("Licence", ["Licensed Real Estate Salesperson (PRC)"]),
        ("Education", ["BS Tourism Management, Cebu Central College, 2018"])],
  sections=[
      ("Experience", [
          E("Property Consultant", "Lumina Land Developers", "Cebu City", "2022-03", "present", "facing",
            "sales_account", [
                "Sell house-and-lot and condo units on commission; 31 units closed since 2022",
                "Bring buyers on site trips to model houses and explain payment terms",
                "Follow up on buyers' loan documents until turnover"]),
          E("Online Seller", "Self-employed", "Cebu City", "2020-04", "2021-06", "facing",
            "entrepreneurial_freelance", [
                "Ran my own online shop for home items: sourcing, photos, listings and packing",
                "Answered buyers' chats and handled returns myself"], etype="freelance"),
          E("Sales Admin Assistant", "Lumina Land Developers", "Cebu City", "2020-08", "2022-02", "affecting", None, [
              "Prepared reservation agreements and buyer files for the sales team",
              "Computed agents' commissions and updated the inventory of available units"]),
          E("Call Center Agent", "Visayas Connect BPO", "Cebu City", "2018-05", "2020-07", "facing",
            "contact_center", ["Inbound billing calls for a US utility account"]),
      ]),
  ])

# ------------------------------------------------------------------ w025
R(id="w025", renderer="txt", head="orgfirst", dates="yyyy-mm", present="to date", sep=" / ", caps=True,
  family="US hotel group-sales manager, plain text with capital employer headings and roles beneath, YYYY-MM dates",
  caps_head=True, bullet="•", txt_join="    ",
  name="Monique Baptiste",
  contact=["New Orleans, LA 70112  |  504-555-0193  |  monique.baptiste@mailbox.com"],
  sections=[
      ("Summary", "Hotel sales manager (groups, weddings and small meetings) who started at the front desk."),
      ("Professional Experience", [
          E("Sales Manager, Groups & Events", "Grand Meridian Hotel", "New Orleans, LA", "2021-11", "present",
            "facing", "sales_account", [
                "Sell room blocks and events to associations, SMERF and wedding groups; $2.6M booked in 2025",
                "Conduct site visits and tastings with planners and couples",
                "Negotiate contracts and hand over to the events team"]),
          E("Sales Coordinator", "Grand Meridian Hotel", "New Orleans, LA", "2019-08", "2021-10", "affecting", None, [
              "Built proposals and contracts for three sales managers",
              "Kept the function diary and prepared banquet event orders"]),
          E("Front Desk Agent", "Grand Meridian Hotel", "New Orleans, LA", "2018-03", "2019-07", "facing",
            "in_person_service", []),
          E("Event Server", "Bayside Catering Co.", "Metairie, LA", "2016-05", "2018-02", "facing",
            "in_person_service", ["Weddings and corporate dinners, banquet service"]),
      ]),
      ("Education", ["B.S. Hospitality Management, Gulf Coast State University, 2018"]),
      ("Certifications", ["Certified Meeting Professional (CMP) – in progress", "ServSafe Alcohol"]),
  ])

# ------------------------------------------------------------------ w026
R(id="w026", renderer="docx", layout="header", head="dash", dates="m/yyyy", present="Present", sep="–",
  family="Canadian commission-only mortgage agent, contact in the Word page header, 'Title – Brokerage, Town' lines",
  footer="References available on request",
  name="Gurpreet Sandhu",
  contact=["Surrey, BC", "604-555-0128", "gurpreet.sandhu@mailbox.ca"],
  sections=[
      ("Summary", "Licensed mortgage agent helping first-time buyers and new Canadians, with a credit-union "
                  "background."),
      ("Experience", [
          E("Mortgage Agent (Level 2)", "Ridgeline Mortgage Group", "Surrey, BC", "2022-03", "present", "facing",
            "sales_account", [
                "Self-employed agent under the brokerage, paid by lender commission",
                "Meet clients, review income and credit, and shop their file to 30+ lenders",
                "Run seminars for first-time buyers at community centres and temples"], etype="freelance"),
          E("Mortgage Administrator", "Ridgeline Mortgage Group", "Surrey, BC", "2020-06", "2022-02", "affecting",
            None, ["Packaged files for lender submission and tracked conditions in Filogix",
                   "Prepared commitment and disclosure documents for the agents"]),
          E("Financial Services Representative", "Prairie Credit Union", "Abbotsford, BC", "2017-09", "2020-05",
            "facing", "in_person_service", ["Opened accounts, set up GICs and RRSPs, helped members with online banking"]),
          E("Barista", "Fraser Valley Roasters", "Abbotsford, BC", 2015, 2017, "facing", "in_person_service", [],
            prec="year"),
      ]),
      ("Education", ["Diploma in Business, Kwantlen Valley College", "BCFSA Mortgage Broker course (2021)"]),
      ("Languages", ["English, Punjabi, Hindi"]),
  ])

# ------------------------------------------------------------------ w027
R(id="w027", renderer="md", head="datesfirst", dates="mon", present="date", sep=" to ",
  family="Nigerian logistics business-development manager, Markdown with dates first then 'Title, Company', NYSC teaching year",
  md_h="###", bullet="*",
  name="Chukwuemeka Obi",
  contact=["Ikeja, Lagos", "+234 803 555 4419", "emeka.obi@mailbox.ng"],
  sections=[
      ("Professional Summary", "Business development manager in freight forwarding and haulage, with a record of "
                               "winning importer accounts from competitors."),
      ("Work Experience", [
          E("Business Development Manager", "Crestwave Logistics Ltd", "Lagos", "2022-01", "present", "facing",
            "sales_account", [
                "Win new shipper and importer accounts; 23 accounts opened in 2025",
                "Visit clients at their warehouses and offices and prepare rate proposals",
                "Attend to key clients' escalations on delayed clearing"]),
          E("Sales Executive", "Crestwave Logistics Ltd", "Lagos", "2019-09", "2021-12", "facing", "sales_account", [
              "Prospected SMEs in Apapa and Ikeja industrial areas", "Followed up quotations and collected payments"]),
          E("NYSC Corps Member (Teacher)", "Government Secondary School, Ilorin", "Kwara State", "2018-08",
            "2019-07", "facing", "education", ["Taught Economics and Commerce to SS1 and SS2 classes"]),
          E("Marketing Intern", "Zenon Paints Plc", "Lagos", "2017-06", "2017-09", "affecting", None, [
              "Compiled competitor price surveys and updated the distributor database"], etype="internship"),
      ]),
      ("Education", ["B.Sc. Economics, University of Ilorin, 2018 (Second Class Upper)"]),
      ("Certifications", ["CIPM Associate", "HubSpot Inbound Sales"]),
      ("Referees", "Available on request."),
  ])

# ------------------------------------------------------------------ w028
R(id="w028", renderer="fpdf2", layout="plain", align="L", head="dateline", dates="m.yyyy", present="now", sep=" – ",
  family="US revenue-operations manager from gym membership sales, fpdf2 left header, title, company and dates on separate lines",
  page="Letter", contact_oneline=True,
  name="Brandon Kessler",
  contact=["Salt Lake City, UT", "801-555-0170", "b.kessler@mailbox.net"],
  sections=[
      ("Experience", [
          E("Revenue Operations Manager", "Summit Peak Fitness Franchising", "Salt Lake City, UT", "2023-05",
            "present", "none", None, [
                "Design comp plans and quota allocations for 120 franchise sales staff",
                "Own forecasting, HubSpot reporting and weekly pipeline reviews with regional directors",
                "Integrated billing and CRM data after the 2024 platform migration"]),
          E("Salesforce Administrator", "Wasatch Dental Supply", "Sandy, UT", "2020-09", "2023-04", "facing",
            "internal_support", [
                "Resolved 30+ tickets a week from field reps and inside sales",
                "Ran onboarding training for new reps and wrote the CRM how-to guides"]),
          E("Membership Sales Advisor", "Summit Peak Fitness", "Salt Lake City, UT", "2018-06", "2020-08", "facing",
            "sales_account", ["Gave club tours to prospective members and signed up 35–50 members a month"]),
          E("Front Desk Associate", "Summit Peak Fitness", "Salt Lake City, UT", "2017-09", "2018-05", "facing",
            "in_person_service", []),
          E("Bookkeeper (part-time)", "Kessler Family Landscaping", "Ogden, UT", 2015, 2017, "none", None, [
              "Kept the books in QuickBooks, ran payroll for the seasonal crew and filed sales tax"], prec="year"),
      ]),
      ("Education", ["B.S. Information Systems, Wasatch State University, 2020 (evenings)"]),
      ("Certifications", ["Salesforce Certified Administrator", "HubSpot Operations Hub"]),
  ])

# ------------------------------------------------------------------ w029
R(id="w029", renderer="docx", layout="sidebar", head="title_org", dates="mon", present="Present",
  family="Irish letting agent, Word two-column layout table with shaded sidebar, part-time viewing job",
  tagline="Letting Agent – PSRA licensed", side_hex="F2E6EA",
  name="Aoife Brennan",
  contact=["Drumcondra, Dublin 9", "086 555 3307", "aoife.brennan@mailbox.ie"],
  side=[("Skills", ["Viewings and tenant selection", "RTB registrations", "Daft and MyHome listings",
                    "Landlord reporting"]),
        ("Education", ["BA Business & Law, Dublin Metropolitan University, 2019"])],
  sections=[
      ("Experience", [
          E("Letting Agent", "Liffey Lettings", "Dublin 1", "2022-10", "present", "facing", "sales_account", [
              "Win new landlord instructions and advise them on rent and compliance",
              "Select tenants, sign leases and handle check-ins"]),
          E("Property Viewing Agent (part-time)", "Liffey Lettings", "Dublin", "2021-05", "2022-09", "facing",
            "sales_account", []),
          E("Compliance Administrator", "Docklands Property Management", "Dublin 2", "2019-03", "2021-04",
            "affecting", None, ["Managed RTB registrations, BER certificates and fire-safety records for 600 units",
                                "Prepared annual service-charge budgets for owners' management companies"]),
          E("Retail Assistant", "Ha'penny Books", "Dublin 2", "2017-06", "2019-02", "facing",
            "in_person_service", []),
      ]),
      ("Interests", "GAA (Na Fianna), sea swimming"),
  ])

# ------------------------------------------------------------------ w030
R(id="w030", renderer="html", head="title_org", dates="mon", present="Present",
  family="US account manager with several short stints, HTML résumé, volunteer store cashier with year-only dates",
  name="Tyler Brandt",
  contact=["Omaha, NE", "402-555-0111", "tyler.brandt@mailbox.org"],
  sections=[
      ("Experience", [
          E("Account Manager", "Tallgrass Payroll Solutions", "Omaha, NE", "2025-06", "present", "facing",
            "sales_account", ["Manage renewals and upsell for 90 small-business payroll clients",
                              "Quarterly check-in calls and on-site visits"]),
          E("Account Manager", "Plains Web Design", "Lincoln, NE", "2025-01", "2025-05", "facing", "sales_account", [
              "Handled website care-plan renewals for 45 clients; role cut in a restructure"]),
          E("Inside Sales Representative", "Heartland Copiers", "Omaha, NE", "2024-03", "2024-12", "facing",
            "sales_account", ["Phone and email sales of copier leases and service contracts"]),
          E("Marketing Analyst", "Heartland Copiers", "Omaha, NE", "2023-01", "2024-02", "affecting", None, [
              "Built campaign audience lists and lead scoring in Marketo",
              "Reported on campaign ROI to the marketing director"]),
          E("Customer Insights Analyst", "Prairie Mutual Insurance", "Omaha, NE", "2022-06", "2022-12", "none", None, [
              "Built churn models and customer segments from policy and claims data",
              "Presented findings to the pricing and product teams"]),
      ]),
      ("Volunteer", [
          E("Volunteer Cashier", "Habitat ReStore", "Omaha, NE", 2022, 2023, "facing", "volunteering", [],
            prec="year", section="volunteer", etype="volunteer"),
      ]),
      ("Education", ["B.S. Marketing, University of Nebraska Omaha, 2022"]),
  ])
