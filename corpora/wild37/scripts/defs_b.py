"""Résumés w016–w030."""
from lib import E, R, S

F, A, N = "facing", "affecting", "none"

RESUMES = []
add = RESUMES.append

# ------------------------------------------------------------------ w016
add(R("w016", "html", "Nigerian fashion business founder and former paint sales executive, plain HTML export, employer line first, 'Date' for present",
      "Adaeze Nwankwo-Obi", ["14 Zik Avenue, Oruluke", "+234 803 555 0217", "adaeze.obi@mailbox.ng"],
      renderer="html", layout="plain", order="org_title", dstyle="month", present="Date", sep=" – ",
      opts={"orgsep": ", "},
      headline="Entrepreneur | Sales & Client Relations",
      sections=[
          S("Career Objective", "A result-driven entrepreneur and former sales executive seeking a client-facing "
                                "sales or relationship management role in a growing consumer brand."),
          S("Work Experience", [
              E("Founder / Creative Director", "Adaeze Couture & Fabrics", "Oruluke", "2018-01", "present", F,
                "entrepreneurial_freelance", [
                    "Consult with brides, mothers of the bride and corporate clients; take measurements and agree "
                    "designs and fabric",
                    "Run a six-tailor workshop and a fabric shop front on Zik Avenue",
                    "Grew monthly sales from N350,000 to N2.4m; most orders start on Instagram (11k followers)"], et="freelance"),
              E("Sales Executive", "Zenfield Paints Nigeria Ltd", "Oruluke", "2014-06", "2017-12", F,
                "sales_account", [
                    "Visited building contractors, estate developers and paint dealers across the South-East",
                    "Took orders, arranged deliveries and followed up payments",
                    "Best new-dealer acquisition in the region, 2016"]),
              E("NYSC Corps Member (Teacher)", "Government Secondary School, Ikot Udoma", "Akwa Ibom State",
                "2013-03", "2014-02", F, "education", [
                    "Taught Economics and Commerce to SS1 and SS2 classes",
                    "Started and ran the school's entrepreneurship club"]),
              E("Sales Attendant", "Chukwudi & Sons Provisions", "Oruluke", "2008", "2012", F, "in_person_service",
                []),
          ]),
          S("Education", ["B.Sc. Marketing, Oruluke State University (2012) - Second Class Upper"]),
          S("Skills", ["Customer relationship building", "Negotiation", "Fashion design and pattern cutting",
                       "Social media selling", "Microsoft Office"]),
          S("Referees", "Available on request."),
      ]))

# ------------------------------------------------------------------ w017
add(R("w017", "docx", "US real estate agent with staging side business, Word two-column layout table with shaded sidebar and nested table",
      "Brianna Castellanos", ["Larkspur Falls, NC", "(828) 555-0134", "brianna@mailbox.realty"],
      layout="sidebar", order="title_org", dstyle="mon", present="Present", sep=" – ",
      headline="Residential Real Estate - Buyers & Sellers",
      opts={"paper": "letter", "font": "Calibri", "size": 10, "hstyle": "Heading 2", "hcolor": "7A4E2D",
            "side_fill": "F3EDE4", "side_cm": 5.8,
            "nested": ("Production", [("2022", "22 sides"), ("2023", "26 sides"), ("2024", "29 sides"),
                                      ("2025", "31 sides")])},
      sections=[
          S("License", ["North Carolina Real Estate Broker, active"], side=True, kind="lines"),
          S("Skills", ["Listing presentations", "Pricing & CMAs", "Contract-to-close", "Open houses",
                       "Canva, MLS, Dotloop"], side=True, kind="lines"),
          S("Education", ["A.A.S. Business Administration", "Blue Hollow Community College, 2014"], side=True,
            kind="lines"),
          S("Experience", [
              E("Real Estate Salesperson", "Keystone Ridge Realty", "Larkspur Falls, NC", "2019-08", "present", F,
                "sales_account", [
                    "31 closed transactions in 2025 ($9.8M volume), about 60/40 buyers to sellers",
                    "Listing appointments, pricing conversations and open houses every other weekend",
                    "Walk first-time buyers through offers, inspections and closing - a lot of hand-holding by text"]),
              E("Transaction Coordinator", "Keystone Ridge Realty", "Larkspur Falls, NC", "2017-04", "2019-07", A,
                None, [
                    "Managed contract-to-close files for nine agents: deadlines, inspection and appraisal "
                    "scheduling, disclosures",
                    "Prepared closing packets and checked every file for compliance before it went to the broker"]),
              E("Owner", "Sweet Pine Home Staging", "Larkspur Falls, NC", "2021", "2024", F,
                "entrepreneurial_freelance", [
                    "Side business staging vacant and lived-in listings; met each seller to plan the rooms and "
                    "quoted the job",
                    "Kept a storage unit of furniture and did installs on weekends"], et="freelance"),
              E("Leasing Consultant", "The Alder at Larkspur", "Larkspur Falls, NC", "2015-05", "2017-03", F,
                "sales_account", [
                    "Toured prospective residents, processed applications and handled renewals",
                    "Front desk for resident questions and package pickups"]),
          ]),
      ]))

# ------------------------------------------------------------------ w018
add(R("w018", "pdf", "Dutch freelance commercial consultant listing client assignments before employment, fpdf2 left header, mm/yyyy",
      "Joost van der Wiel", ["Zandewijk, the Netherlands", "+31 6 4120 8873", "joost@mailbox.nl"],
      renderer="fpdf", layout="left", order="title_org", dstyle="mm/yyyy", present="present", sep=" – ",
      headline="Interim sales & pricing lead - B2B distribution and retail",
      opts={"font": "cond", "accent": (230, 110, 20), "hrule": False, "size": 9.5},
      sections=[
          S("Profile", "Commercial manager turned independent consultant (Wiel Commercial Advisory, since 2022). "
                       "I take interim sales leadership and pricing assignments of 6-18 months. Before that, ten "
                       "years selling packaging to food producers across the Benelux."),
          S("Assignments (self-employed)", [
              E("Pricing Lead (interim)", "Groenmark Retail Group", "Oosterbrug", "2025-04", "present", F,
                "entrepreneurial_freelance", [
                    "Engaged by the CFO to rebuild shelf-price architecture for 2,300 SKUs",
                    "Run fortnightly steering sessions with the client's board and category directors; present "
                    "recommendations and agree the roll-out plan with them"], et="freelance", pre="Client: "),
              E("Interim Sales Director", "Brekel Industrial Supplies B.V.", "Zandewijk", "2023-09", "2025-03", N,
                None, [
                    "Led the 14-person field and inside sales team while the company recruited a permanent director",
                    "Rebuilt the commission plan and forecast process; weekly pipeline reviews",
                    "Recruited three account managers and my own successor"], et="freelance", pre="Client: "),
              E("Commercial Analyst (contract)", "Ostervaart Logistics", "Zandewijk", "2022-06", "2023-08", N, None,
                ["Price-elasticity models and customer profitability analysis in Python and Power BI"],
                et="freelance", pre="Client: ", note="via Talentbrug interim agency"),
          ]),
          S("Employment", [
              E("Head of Sales Benelux", "Nordvik Packaging B.V.", "Zandewijk", "2016-02", "2022-05", F,
                "sales_account", [
                    "Team of eight account managers, EUR 41m revenue",
                    "Personally managed the five largest accounts (food producers), including annual tenders and "
                    "contract negotiations"]),
              E("Key Account Manager", "Nordvik Packaging B.V.", "Zandewijk", "2012-09", "2016-01", F,
                "sales_account", [
                    "18 accounts in dairy and bakery; visits, trials on customers' lines and price negotiations"]),
          ]),
          S("Education", ["MSc Business Economics, Universiteit van Oosterbrug (2012)"], kind="lines"),
          S("Languages", ["Dutch (native), English (C2), German (B2), French (B1)"], kind="lines"),
      ]))

# ------------------------------------------------------------------ w019
add(R("w019", "pdf", "Indian start-up co-founder (product only) and freelance developer, fpdf2 left header, 'Title - Company' lines with right dates",
      "Aditya Raghunathan", ["Kovalur, Karnataka", "+91 99001 37245", "aditya.r@mailbox.in",
                             "github.com/adityaraghu"],
      renderer="fpdf", layout="left", order="dash", dstyle="mon", present="Present", sep=" – ",
      opts={"font": "sans", "accent": (20, 20, 20), "size": 9, "cstack": True, "bullet": "–"},
      sections=[
          S("Summary", "Engineer and product builder, 11 years. Co-founded a B2B ordering start-up and ran "
                       "engineering and product until our acquisition in 2024. Now helping early-stage founders "
                       "turn messy requirements into shippable roadmaps."),
          S("Experience", [
              E("Freelance Product Consultant", "Self-employed", "Kovalur", "2025-01", "present", F,
                "entrepreneurial_freelance", [
                    "Run discovery workshops with founders and their ops teams and turn them into specs and "
                    "roadmaps",
                    "Current clients: two D2C brands and a logistics start-up"], et="freelance"),
              E("Co-founder & CTO", "Kiranaloop Technologies Pvt. Ltd.", "Kovalur", "2021-07", "2024-12", A, None, [
                  "Built the ordering app used by 3,000+ kirana stores and the distributor dashboard",
                  "Led a team of seven engineers; owned architecture, releases and uptime",
                  "My co-founder ran sales and store onboarding; I stayed on product and engineering",
                  "Acquired by a distribution company in Dec 2024"], et="freelance"),
              E("Freelance Web Developer", "Self-employed (Workbridge marketplace)", None, "2018", "2021", F,
                "entrepreneurial_freelance", [
                    "Built online stores and booking sites for about 25 small-business clients",
                    "Scoped each job on a call with the client and handled changes with them directly"],
                et="freelance"),
              E("Software Engineer", "Tessaract Infotech Pvt. Ltd.", "Sriperam", "2015-07", "2018-03", N, None, [
                  "Java services for payment reconciliation in a core banking product",
                  "On-call rotation for nightly batch jobs"]),
              E("IT Support Intern", "Tessaract Infotech Pvt. Ltd.", "Sriperam", "2015-01", "2015-06", F,
                "internal_support", [
                    "Closed laptop, e-mail and VPN tickets for about 300 staff",
                    "Set up new joiners' machines and walked colleagues through fixes at their desks"],
                et="internship"),
          ]),
          S("Education", ["B.E. Computer Science, Sriperam Institute of Technology (2015), 8.1 CGPA"],
            kind="lines"),
          S("Tech", ["Kotlin, TypeScript, Postgres, AWS, Figma"], kind="lines"),
      ]))

# ------------------------------------------------------------------ w020
add(R("w020", "docx", "Irish commercial insurance broker from claims handling, Word tab-stop dates with employer line first",
      "Niamh Costigan", ["Carrigbawn, Co. Tipperary", "086 221 7745", "niamh.costigan@mailbox.ie"],
      layout="tabs", order="org_title", dstyle="mon", present="Present", sep=" – ",
      opts={"font": "Cambria", "size": 10.5, "hstyle": "bold", "hcaps": True, "h1size": 11, "cstack": False,
            "cjoin": " | "},
      sections=[
          S("Profile", "QFA-qualified commercial lines broker with ten years in insurance on both sides - claims "
                       "and underwriting at an insurer, and now looking after SME clients at a broker."),
          S("Career History", [
              E("Account Executive - Commercial Lines", "Brennan Quirke Insurance Brokers", "Carrigbawn",
                "2020-11", "present", F, "sales_account", [
                    "Look after 160 SME clients (pubs, farms, trades and retail): renewals, mid-term changes and "
                    "claims support",
                    "Market new business with eight insurers and present quotes to clients face to face or on "
                    "Teams"]),
              E("Motor Claims Handler", "Lismoyle Insurance DAC", "Lismoyle", "2017-02", "2020-10", F,
                "contact_center", [
                    "Took first notification of loss calls from policyholders and kept them updated through to "
                    "settlement",
                    "Appointed assessors and agreed repair costs with garages"]),
              E("Underwriting Assistant", "Lismoyle Insurance DAC", "Lismoyle", "2015-09", "2017-01", A, None, [
                  "Keyed proposals, issued policy documents and referred cases outside authority to underwriters"]),
              E("Pharmacy Sales Assistant", "Shannonvale Pharmacy", "Carrigbawn", "2012-06", "2015-08", F,
                "in_person_service", [], note="Weekends and holidays during college"),
          ]),
          S("Education & Qualifications", ["QFA - Qualified Financial Adviser (2019)",
                                           "BComm, University of Lismoyle (2015)"]),
      ]))

# ------------------------------------------------------------------ w021
add(R("w021", "pdf", "Australian salon owner and colour educator, reportlab coloured left sidebar, 'Current', apprenticeship",
      "Jess Taumoepeau", ["Wattle Reach QLD 4215", "0433 907 112", "jess@mailbox.com.au"],
      renderer="rl", layout="sidebar", order="pipe", dstyle="mon", present="Current", sep=" - ",
      headline="Salon owner & senior stylist",
      opts={"font": "DejaVuSans", "size": 9, "lead": 12, "side_color": (0.93, 0.85, 0.86),
            "hcolor": (0.55, 0.2, 0.3), "side_w": 160, "hcaps": False},
      sections=[
          S("Contact me", ["Instagram @ferneandco"], side=True, kind="lines"),
          S("Qualifications", ["Cert III Hairdressing (2010)", "Cert IV Training & Assessment (2019)",
                               "Colour specialist course (2015)"], side=True, kind="lines"),
          S("Strengths", ["Colour correction", "Long-hair & bridal", "Training juniors", "Rosters & stock"],
            side=True, kind="lines"),
          S("About me", "Nineteen years behind the chair and nine years running my own salon. I still do "
                        "four days a week on the floor and I love teaching colour."),
          S("Experience", [
              E("Owner / Senior Stylist", "Ferne & Co Hair", "Wattle Reach", "2016-10", "present", F,
                "in_person_service", [
                    "Full column four days a week, mostly colour and long-hair clients",
                    "Grew the salon from me and one apprentice to five chairs",
                    "Hiring, rosters, stock orders and the BAS with my bookkeeper"], et="freelance"),
              E("Freelance Colour Educator", "Orchidia Professional", None, "2019", "2023", F, "education", [
                  "Ran hands-on colour classes for stylists at partner salons across South-East Queensland"],
                et="freelance"),
              E("Senior Stylist", "Salon Vermilion", "Bayview Terrace", "2011-01", "2016-09", F,
                "in_person_service", []),
              E("Apprentice Hairdresser", "Salon Vermilion", "Bayview Terrace", "2007", "2010", F,
                "in_person_service", [
                    "Shampooing, blow-drys, reception and sweeping up - Cert III finished in 2010"],
                et="internship"),
          ]),
      ]))

# ------------------------------------------------------------------ w022
add(R("w022", "docx", "Welsh field sales territory manager from a builders' merchant, Word heading styles, dated travel break",
      "Gareth Pryce-Jones", ["Treforgan", "07583 204 661", "gareth.pj@mailbox.co.uk"],
      layout="styles", order="title_org", dstyle="MON", present="PRESENT", sep=" - ",
      opts={"font": "Arial", "size": 10, "hstyle": "Heading 1", "hcolor": "003B5C", "titlestyle": "Heading 3",
            "h1size": 12},
      sections=[
          S("Personal statement", "Field sales manager with a builders' merchant background. I know what a "
                                  "counter is like at 7am on a Monday, which is why merchants talk to me."),
          S("Employment history", [
              E("Territory Sales Manager - South Wales", "Halden Building Products", None, "2019-06", "present", F,
                "sales_account", [
                    "Call on 70 builders' merchants and 30 contractors; eight to ten visits a day",
                    "Run counter days and product demos at merchant branches",
                    "Grew the territory from £2.1m to £3.4m"]),
              E("Trade Counter Supervisor", "Stonebridge Builders Merchants", "Treforgan", "2015-03", "2019-05", F,
                "in_person_service", [
                    "Ran the trade counter with three staff: quotes, credit accounts, sorting out problem orders",
                    "Got to know every builder in the valley"]),
              E("Yard Operative", "Stonebridge Builders Merchants", "Treforgan", "2012-04", "2015-02", A, None, [
                  "Picked and loaded delivery lorries; counterbalance forklift licence",
                  "Kept the yard tidy and safe"]),
              E("Career break - travelling", None, None, "2011-05", "2012-03", N, None, [
                  "Backpacked around Australia and South-East Asia"], et="unknown"),
              E("Kitchen Porter", "The Drovers Arms", "Treforgan", "2009-06", "2011-04", A, None, [
                  "Washing up, veg prep and cleaning down at weekends through college"]),
          ]),
          S("Education", ["BTEC National Diploma in Construction, Coleg Treforgan (2010)"]),
          S("Other", ["Full clean UK driving licence", "Welsh speaker", "CSCS card"]),
      ]))

# ------------------------------------------------------------------ w023
add(R("w023", "html", "Canadian wedding planner business owner from a golf club events job, HTML grid with dark sidebar, undated committee role",
      "Chloé Bergeron-Lam", ["Millbrook Landing, ON", "(705) 555-0188", "chloe@mailbox.events"],
      renderer="html", layout="grid", order="title_org", dstyle="mon", present="Present", sep=" – ",
      headline="Wedding planner & event producer",
      sections=[
          S("Skills", ["Vendor management", "Budgets and timelines", "Contract negotiation", "Floor plans",
                       "HoneyBook, Aisle Planner, Canva"], side=True),
          S("Certifications", ["Smart Serve", "Standard First Aid & CPR"], side=True),
          S("Education", ["Event Management diploma, Lakeshore College (2012)"], side=True),
          S("Experience", [
              E("Owner & Lead Planner", "Birch & Bloom Events", "Millbrook Landing, ON", "2018-05", "present", F,
                "entrepreneurial_freelance", [
                    "Full planning and day-of coordination for 18-22 weddings a year",
                    "Every couple gets a monthly check-in; I'm their single contact for vendors, family diplomacy "
                    "and the day itself",
                    "Hired and trained two day-of assistants"], et="freelance"),
              E("Event Coordinator", "Fairholme Golf & Country Club", "Millbrook Landing, ON", "2014-04", "2018-04",
                F, "sales_account", [
                    "Toured couples and corporate clients, built quotes and contracts; converted about 60% of tours",
                    "Ran the floor on event nights with the banquet captain"]),
              E("Banquet Server", "Fairholme Golf & Country Club", "Millbrook Landing, ON", "2012-06", "2014-03", F,
                "in_person_service", ["Weddings, golf tournaments and Sunday brunch"]),
              E("Floral Design Assistant", "Petalworks Florist", "Millbrook Landing, ON", "2010", "2012", A, None, [
                  "Prepped flowers and built arrangements in the back workroom for weddings and funerals"]),
          ]),
          S("Volunteer", [
              E("Gala Committee Member", "Millbrook Hospice Foundation", None, None, None, F, "volunteering", [
                  "Ask local businesses for silent-auction donations and look after sponsors on the night"],
                sec="volunteer", et="volunteer"),
          ]),
      ]))

# ------------------------------------------------------------------ w024
add(R("w024", "txt", "South African motor dealership F&I manager, text CV with employer headings in capitals and roles beneath, 'to' dates",
      "Riaan van Heerden", ["Kransdorp, Mpumalanga", "Cell: 072 555 0641", "riaan.vh@mailbox.co.za"],
      renderer="txt", order="orgfirst", dstyle="mon", present="Present", sep=" to ",
      opts={"head": "dashes", "bullet": "o", "orgcaps": True, "rowfmt": "tab", "bindent": "   "},
      sections=[
          S("Personal Details", [("ID", "Available on request"), ("Driver's licence", "Code EB"),
                                 ("Languages", "Afrikaans, English"), ("Health", "Excellent")], kind="pairs"),
          S("Employment History", [
              E("F&I Business Manager", "Highveld Auto Group", "Kransdorp", "2022-02", "present", F,
                "sales_account", [
                    "Present finance, insurance and warranty options to every buyer after the car is sold",
                    "Submit deals to four banks and negotiate approvals",
                    "Keep all deal files FAIS and NCA compliant"]),
              E("Sales Executive", "Highveld Auto Group", "Kransdorp", "2018-03", "2022-01", F, "sales_account", [
                  "New and pre-owned sales, 10-14 units per month",
                  "Top salesman of the year 2020"]),
              E("Sales Administrator", "Highveld Auto Group", "Kransdorp", "2016-06", "2018-02", A, None, [
                  "Deal files, licensing and registration paperwork, stock in and out on the DMS"]),
              E("Petrol Attendant", "Ridgeview Fuel Stop", "Kransdorp", "2013", "2016", F, "in_person_service", [
                  "Filled cars, checked oil and tyres, handled cash and card payments"]),
              E("General Worker", "Kransdorp Clay Bricks", "Kransdorp", "2012-02", "2012-12", N, None, [
                  "Night shift stacking green bricks and loading the kilns"], head="orgfirst"),
          ]),
          S("Qualifications", ["Matric, Hoërskool Kransdorp (2011)", "RE5 (2021)", "FAIS credits for short-term "
                                                                                   "and long-term insurance"],
            kind="lines"),
          S("References", ["Mr J. Botha - Dealer Principal, Highveld Auto Group - 013 555 0290",
                           "Mrs L. Nkosi - Manager, Ridgeview Fuel Stop - 013 555 0137"], kind="lines"),
      ]))

# ------------------------------------------------------------------ w025
add(R("w025", "pdf", "US medical device territory manager from pharma sales and clinical research, 2-page fpdf2 résumé with page footer",
      "Lauren M. Pacheco", ["Lake Tessaly, MN 55319", "(612) 555-0107", "lauren.pacheco@mailbox.com"],
      renderer="fpdf", layout="centred", order="title_org", dstyle="mon.", present="Present", sep=" – ",
      headline="Medical Device Sales | Orthopedics | Cardiometabolic Pharma",
      opts={"paper": "letter", "font": "sans", "size": 10, "lh": 5.2, "accent": (25, 55, 95),
            "footer": "Lauren M. Pacheco  |  Page {page} of {total}"},
      sections=[
          S("Professional Summary", "President's Club territory manager with ten years of clinical sales: five in "
                                    "specialty pharma and five in orthopedic devices. Comfortable in the OR, "
                                    "credible with surgeons and materials managers, and grounded in clinical "
                                    "research from three years running cardiology trials. Looking for a senior "
                                    "or strategic account role in the upper Midwest."),
          S("Professional Experience", [
              E("Senior Territory Manager", "Orthovance Medical", "Lake Tessaly, MN", "2021-01", "present", F,
                "sales_account", [
                    "Cover 11 hospitals and two ambulatory surgery centers in the northern metro for a hip and "
                    "knee portfolio",
                    "In the OR three to four days a week supporting surgeons and scrub staff with instrument sets "
                    "during cases",
                    "Grew territory revenue 27% in 2023 and converted two competitive accounts",
                    "Train OR nurses and sterile processing staff on new systems",
                    "Negotiate pricing agreements with materials management and value analysis committees"]),
              E("Pharmaceutical Sales Representative", "Bellmere Therapeutics", "Lake Tessaly, MN", "2016-06",
                "2020-12", F, "sales_account", [
                    "Detailed cardiologists, PCPs and nurse practitioners on two branded cardiometabolic products, "
                    "8-10 calls a day",
                    "Ran speaker programs and lunch-and-learns in 40+ offices",
                    "Ranked 6 of 92 nationally in 2019"]),
              E("Clinical Research Coordinator", "Halvorsen University Medical Center", "Halvorsen, MN", "2013-08",
                "2016-05", F, "healthcare_care", [
                    "Screened and consented patients for six cardiology trials",
                    "Ran study visits: vitals, ECGs, blood draws and patient questionnaires",
                    "Kept regulatory binders and case report forms audit-ready"]),
          ]),
          S("Research Experience", [
              E("Undergraduate Research Assistant", "Department of Biology, Halvorsen University", "Halvorsen, MN",
                "2011-09", "2013-05", N, None, [
                    "PCR, gel electrophoresis and lab notebook for a zebrafish cardiac development study"],
                sec="other"),
          ]),
          S("Awards", ["President's Club, Orthovance Medical - 2022 and 2024",
                       "Rookie of the Year, Bellmere Therapeutics Central Region - 2017"]),
          S("Education", ["B.S. Biology, minor in Chemistry - Halvorsen University, 2013"]),
          S("Certifications & Training", ["Certified Clinical Research Professional (2015)",
                                          "OR protocol and sterile field training",
                                          "Challenger-style sales training (2019)"]),
          S("Professional Affiliations", ["Women in Medical Device Sales, Twin Lakes chapter - programs chair"]),
      ]))

# ------------------------------------------------------------------ w026
add(R("w026", "docx", "Singapore online homeware shop co-founder (operations and finance only) from retail buying, Word table per job",
      "Tan Hui Min (Cheryl)", ["Singapore", "+65 9123 4478", "cheryl.tan@mailbox.sg"],
      layout="table", order="title_org", dstyle="mon", present="Present", sep=" – ",
      opts={"font": "Calibri Light", "size": 10.5, "hstyle": "Heading 1", "hcolor": "8B5E3C", "datecol_cm": 4.0},
      sections=[
          S("Summary", "Co-founder of a small online homeware brand and former assistant buyer. Strong on product "
                       "sourcing, supplier negotiation, inventory and numbers."),
          S("Work Experience", [
              E("Co-founder (Operations & Finance)", "Kopi Lane Goods Pte. Ltd.", "Singapore", "2021-03",
                "present", A, None, [
                    "Source and develop our homeware range with nine makers in Malaysia and Vietnam",
                    "Run inventory, the 3PL relationship, shipping rates and monthly management accounts",
                    "My co-founder handles customers, social media and pop-up markets"], et="freelance"),
              E("Assistant Buyer", "Tanjong Home Retail Pte. Ltd.", "Singapore", "2017-07", "2021-02", A, None, [
                  "Built seasonal kitchen & dining ranges for a S$3m category",
                  "Supplier negotiation, samples, costings and critical path"]),
              E("Retail Associate (part-time)", "Tanjong Home Retail Pte. Ltd.", "Singapore", "2015-01", "2017-06",
                F, "in_person_service", ["Weekend shifts on the shop floor and cashier during university"]),
              E("Marketing Intern", "Pellucid Media", "Singapore", "2014-05", "2014-08", A, None, [
                  "Drafted social media posts and newsletters for F&B clients",
                  "Compiled monthly engagement reports"], et="internship"),
          ]),
          S("Education", ["Bachelor of Business Administration, Straits Management University (2017)"]),
          S("Skills", ["Excel (advanced), Xero, Shopify admin, supplier negotiation, Mandarin (fluent)"]),
      ]))

# ------------------------------------------------------------------ w027
add(R("w027", "md", "Kenyan pay-as-you-go solar field sales agent with kiosk and boda-boda work, Markdown with bold title lines",
      "Njeri Wambui Gachanja", ["Githembe, Nyeri County", "0722 555 318", "njeri.gachanja@mailbox.co.ke"],
      renderer="md", order="title_org", dstyle="month", present="To date", sep=" – ",
      opts={"rsep": "—", "rwrap": "", "h": "##", "bullet": "-"},
      sections=[
          S("Profile", "Hard-working sales agent who knows every village around Githembe. I explain products in "
                       "simple Kikuyu and Swahili and I follow up until the customer is happy."),
          S("Work Experience", [
              E("Field Sales Agent (commission)", "Jualink Solar Kenya Ltd", "Githembe", "2022-01", "present", F,
                "sales_account", [
                    "Door-to-door and market-day demonstrations of pay-as-you-go solar kits to farming households",
                    "Register new customers, explain the mobile-money payment plan and follow up on late payers",
                    "Top agent in the Githembe cluster, 2023"], et="freelance"),
              E("Owner", "Wambui Mobile Money & Airtime Kiosk", "Githembe", "2018", "2021", F, "in_person_service", [
                  "Deposits and withdrawals for 80-120 customers a day; managed float and daily records"], et="freelance"),
              E("Enumerator (casual)", "Tuvuke Research Ltd", "Nyeri County", "2019-08", "2019-09", F,
                "other_facing", ["Household survey interviews on a tablet, 8-10 households a day"]),
              E("Boda-boda Rider", "Self-employed", "Githembe", "2016", "2018", F, "in_person_service", [
                  "Carried passengers and parcels around Githembe town and market"], et="freelance"),
              E("Tea Picker (casual)", "Mukurwe Tea Estate", "Githembe", "2014", "2015", N, None, [],
                note="School holidays"),
          ]),
          S("Education", ["KCSE, Githembe Girls' Secondary School (2015) - C+",
                          "Certificate in Business Management, Githembe Technical Institute (2017)"]),
          S("Languages", ["Kikuyu, Swahili, English"]),
      ]))

# ------------------------------------------------------------------ w028
add(R("w028", "pdf", "UK regional sales manager from telesales and B2B account management, 2-page reportlab CV with page footer",
      "Alistair Fenwick", ["Wetherfield", "07803 661 249", "alistair.fenwick@mailbox.co.uk"],
      renderer="rl", layout="plain", order="title_org_r", dstyle="month", present="Present", sep=" to ",
      headline="Regional Sales Manager - B2B office technology",
      opts={"font": "Times", "size": 10.5, "lead": 14, "hcolor": (0.1, 0.2, 0.35), "center": True,
            "footer": "{name} - Curriculum Vitae - Page {page} of {total}", "margin": 60},
      sections=[
          S("Personal Profile", "B2B sales leader with thirteen years in managed print, IT and energy. I started "
                                "on a telesales floor, spent eight years winning and looking after accounts, and "
                                "for the last four have run a field team of nine. I am looking for a sales "
                                "leadership role where I can build a team from the ground up."),
          S("Key Achievements", [
              "Region finished 2024 at 108% of target and 2025 at 104% - first back-to-back year in the North",
              "Retained all top-20 accounts through the 2023 renewal cycle as Senior Account Manager",
              "Opened 41 new business accounts in 2016, a Printwise record"]),
          S("Career History", [
              E("Regional Sales Manager (North)", "Calloway Office Solutions Ltd", "Wetherfield", "2022-05",
                "present", A, None, [
                    "Lead nine field account managers across Yorkshire and the North East",
                    "Weekly pipeline reviews and the quarterly forecast to the Sales Director",
                    "Recruited and onboarded four account managers; redesigned territories in 2024",
                    "Sign off pricing exceptions and contract terms above 15% discount",
                    "Run the regional sales meeting and the new-starter induction programme"]),
              E("Senior Account Manager", "Calloway Office Solutions Ltd", "Wetherfield", "2018-01", "2022-04", F,
                "sales_account", [
                    "Managed 65 managed-print and IT accounts worth £3.2m a year",
                    "Quarterly business reviews on site, renewals, upsell of software and services",
                    "Handled escalations with service and billing for my accounts",
                    "Ran customer workshops on print security and document workflow with IT managers",
                    "Top-20 account retention 100% through the 2021 and 2022 renewal cycles"]),
              E("Business Development Executive", "Printwise Managed Print", "Castlebridge", "2014-09", "2017-12",
                F, "sales_account", [
                    "New business from a cold start: calling, door-knocking business parks, first meetings and "
                    "demos",
                    "Proposals, ROI calculations and contract negotiation up to 60 devices",
                    "Worked closely with engineers on installs so the customer met the same faces after signing"]),
              E("Telesales Executive", "Brightline Energy Direct", "Castlebridge", "2013-01", "2014-08", F,
                "contact_center", [
                    "Outbound calls to small businesses selling gas and electricity contracts, 120 dials a day",
                    "Best conversion on the team for six months running"]),
          ]),
          S("Volunteering", [
              E("Mentor", "Enterprise Bridge Youth Scheme", "Wetherfield", "2020", "present", F, "volunteering", [
                  "Monthly one-to-one sessions with young people starting small businesses"],
                sec="volunteer", et="volunteer"),
          ]),
          S("Education & Training", ["BA (Hons) Business Studies, University of Castlebridge (2012)",
                                     "ILM Level 5 Certificate in Leadership and Management (2023)",
                                     "Miller Heiman-style strategic selling course (2019)"]),
          S("Systems", ["Salesforce, Dynamics 365, Excel (pivot tables, forecasting models), PowerPoint, Teams"]),
          S("Interests", "Fell running, coaching junior rugby on Sunday mornings, and slowly restoring a 1970s "
                         "camper van."),
          S("References", "Available on request."),
      ]))

# ------------------------------------------------------------------ w029
add(R("w029", "html", "US Amazon/online store founder (product only) and remote bookkeeper, HTML table with dates column, m/yyyy",
      "Derek Osei-Mensah", ["Pinecrest Summit, CO", "(719) 555-0165", "derek@mailbox.shop"],
      renderer="html", layout="table", order="title_org", dstyle="m/yyyy", present="Present", sep=" – ",
      sections=[
          S("Summary", "E-commerce founder and former outdoor retail manager. I build products, listings and "
                       "the back end that keeps an online store running. Seeking an e-commerce operations role."),
          S("Experience", [
              E("Founder", "Ridgeback Outdoor Co.", "Pinecrest Summit, CO", "2020-02", "present", A, None, [
                  "Designed and sourced a line of 14 camping products with two overseas factories",
                  "Run the Amazon listings, PPC and our own web store; about $1.1M revenue in 2025",
                  "Customer emails and reviews are handled by a part-time VA; I read her weekly summary and fix "
                  "product issues from it"], et="freelance"),
              E("Bookkeeper (part-time, remote)", "Ledgerlight Bookkeeping", None, "2019", "2022", A, None, [
                  "Monthly reconciliations and sales-tax filings for six small businesses referred by a CPA",
                  "Work came and went through the CPA's portal, so I rarely spoke to the owners"],
                et="freelance"),
              E("Assistant Store Manager", "Trailhead Outfitters", "Pinecrest Summit, CO", "2014-06", "2019-12", F,
                "in_person_service", [
                    "Ran the floor on weekends: boot fittings, special orders and returns",
                    "Scheduled 14 part-time staff and did the weekly inventory counts"]),
              E("Ski Rental Technician", "Snowcrest Mountain Resort", "Snowcrest, CO", "2012-12", "2013-03", F,
                "in_person_service", ["Fitted boots and set bindings for rental guests"]),
          ]),
          S("Education", ["B.S. Business Administration, Front Range State University (2014)"]),
          S("Tools", ["Amazon Seller Central, Shopify, Helium-style research tools, QuickBooks Online, Excel"]),
      ]))

# ------------------------------------------------------------------ w030
add(R("w030", "docx", "Scottish letting agency property manager with holiday-cottage side business, Word tab-stop dates, 'to date', undated volunteering",
      "Eilidh MacRae", ["Kirkhallan", "07724 318 905", "eilidh.macrae@mailbox.scot"],
      layout="tabs", order="drow", dstyle="mon", present="date", sep=" – ",
      opts={"font": "Georgia", "size": 10, "hstyle": "Heading 2", "hcolor": "2F5D50", "h2size": 12,
            "listbullet": False, "bullet": "–", "cstack": True},
      sections=[
          S("Profile", "Letting agent and property manager with nine years in residential lettings, and a "
                       "background in care work. I also run two holiday cottages with my husband."),
          S("Employment", [
              E("Property Manager", "Calder Lettings", "Kirkhallan", "2020-01", "present", F, "sales_account", [
                  "Portfolio of 140 let properties for 60 landlords",
                  "Routine inspections, tenant repair calls, deposit disputes and rent arrears conversations",
                  "Annual review with each landlord on rent, compliance and what needs doing"]),
              E("Host", "Cnoc Ard Holiday Cottages (self-employed)", "Dunmorie", "2018", "present", F,
                "entrepreneurial_freelance", [
                    "Guest messages, booking changes and a welcome on arrival; changeovers done by our cleaner"],
                et="freelance"),
              E("Lettings Administrator", "Calder Lettings", "Kirkhallan", "2017-08", "2019-12", A, None, [
                  "Tenancy agreements, deposit registration, landlord statements and safety certificate "
                  "renewals"]),
              E("Support Worker", "Glenmore Care Services", "Dunmorie", "2014", "2017", F, "healthcare_care", [
                  "Supported adults with learning disabilities in their own homes: personal care, meals, "
                  "appointments and days out"]),
          ]),
          S("Volunteering", [
              E("Charity Shop Volunteer", "Dunmorie Hospice Shop", "Dunmorie", None, None, F, "volunteering", [
                  "Saturdays on the till and sorting donations while at school"], sec="volunteer", et="volunteer"),
          ]),
          S("Qualifications", ["Certificate in Letting and Property Management (Level 6)", "SVQ 2 Social "
                                                                                          "Services and Healthcare"]),
      ]))
