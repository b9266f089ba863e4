"""Résumés w001–w015: one dict each renders the file and its gold line."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
R(id="w001", renderer="reportlab", layout="plain", head="title_org", dates="mon", present="Present",
  family="US retail furniture salesman now B2B account executive, Word-to-PDF single column, right-aligned dates",
  page="letter", align="center",
  name="Derek T. Holloway",
  contact=["Columbus, OH 43215", "(614) 555-0187", "derek.holloway@mailbox.org", "linkedin.com/in/dholloway-sales"],
  sections=[
      ("Summary", "Quota-carrying account executive with five years of B2B office-supply sales and two years of "
                  "commission furniture sales before that. Comfortable on the phone, better in person."),
      ("Experience", [
          E("Account Executive", "Corvane Office Supply", "Columbus, OH", "2023-03", "present", "facing",
            "sales_account", [
                "Own a book of 140 small and mid-size business accounts across central Ohio",
                "Visit 12–15 customer offices a week to review usage, run quarterly business reviews and quote furniture projects",
                "Closed $1.3M in 2025 (112% of quota); President's Club 2024"]),
          E("Inside Sales Representative", "Corvane Office Supply", "Columbus, OH", "2021-08", "2023-02", "facing",
            "sales_account", [
                "Made 60+ outbound calls a day to lapsed accounts and inbound web leads",
                "Built quotes in the ERP and set up new accounts; promoted after 18 months"]),
          E("Sales Associate", "Harlan Furniture Gallery", "Westerville, OH", "2019-05", "2021-07", "facing",
            "in_person_service", [
                "Commission sales on the showroom floor; average ticket $2,400",
                "Arranged financing applications and delivery dates with customers",
                "Handled after-sale issues like damaged deliveries and fabric reorders"]),
          E("Receiving Associate (seasonal)", "Tri-County Outlet Mall Warehouse", "Grove City, OH", "2018-10",
            "2019-01", "affecting", None, [
                "Unloaded trailers, checked packing lists against POs and tagged stock for the stores"]),
          E("Production Assistant", "Buckeye Label & Print", "Columbus, OH", "2017-06", "2018-09", "none", None, [
              "Fed and cleared the flexo presses on second shift and boxed finished label rolls"]),
      ]),
      ("Education", ["B.A. Communication, Ohio Dominion University, 2018"]),
      ("Skills", ["Salesforce, HubSpot, NetSuite quoting", "Territory planning, QBRs, negotiation",
                  "Spanish (conversational)"]),
  ])

# ------------------------------------------------------------------ w002
R(id="w002", renderer="docx", layout="styles", head="title_org", dates="mon", present="Present",
  family="UK estate agency negotiator promoted within one agency, Word heading styles and list bullets, tab-stop dates",
  name="Georgia Pennington",
  contact=["14 Holly Walk, Leamington Spa CV32 4JD", "07700 900 318", "g.pennington@mailbox.co.uk"],
  sections=[
      ("Profile", "Senior sales negotiator with six years in residential estate agency. I enjoy the whole process, "
                  "from valuation to completion, and I am used to working to monthly fee targets."),
      ("Employment History", [
          E("Senior Sales Negotiator", "Ashby & Rowe Estate Agents", "Leamington Spa", "2022-06", "present",
            "facing", "sales_account", [
                "Carry out 15–20 accompanied viewings a week and negotiate offers between buyers and vendors",
                "Book and attend market appraisals; converted 41% of valuations to instructions in 2025",
                "Progress sales to completion with solicitors, brokers and both parties",
                "Mentor two junior negotiators"]),
          E("Sales Negotiator", "Ashby & Rowe Estate Agents", "Leamington Spa", "2020-09", "2022-05", "facing",
            "sales_account", [
                "Registered applicants, matched them to new listings and booked viewings",
                "Took calls and walk-ins in the branch; Negotiator of the Quarter Q3 2021"]),
          E("Lettings Administrator", "Parkgate Lettings", "Warwick", "2019-01", "2020-08", "affecting", None, [
              "Prepared tenancy agreements, inventories and renewal paperwork",
              "Ran referencing and right-to-rent checks and registered deposits with the scheme",
              "Arranged gas safety and EICR certificates with contractors"]),
          E("Bar Staff", "The Crown & Anchor", "Warwick", "2017-09", "2018-12", "facing", "in_person_service", []),
      ]),
      ("Education", ["BA (Hons) Business Management, University of Coventry, 2:1 (2019)",
                     "A Levels: Business, English Literature, Geography"]),
      ("Qualifications", ["Propertymark Level 3 Award in Residential Sales (2022)", "Full UK driving licence"]),
      ("Interests", "Netball (club captain), cooking, and far too many property programmes."),
  ])

# ------------------------------------------------------------------ w003
R(id="w003", renderer="fpdf2", layout="plain", align="L", head="title_org", dates="month", present="Present",
  family="Philippine BPO telesales team leader, fpdf2 left-aligned header, title with right-aligned dates and company below",
  name="Maricel D. Villanueva",
  contact=["Blk 7 Lot 12 Sampaguita St., Marikina City", "+63 917 555 2049", "maricel.villanueva@mailbox.ph"],
  sections=[
      ("Objective", "To grow as a sales team leader in a BPO company where I can use my experience in outbound "
                    "telesales and coaching."),
      ("Work Experience", [
          E("Telesales Team Leader", "Brightline Contact Solutions Inc.", "Pasig City", "2024-02", "present",
            "facing", "contact_center", [
                "Lead a team of 14 outbound agents selling broadband and postpaid plans for a US telco account",
                "Take over escalated calls from customers who want to cancel or complain about their plan",
                "Coach agents through side-by-side listening and daily huddles; team hit 108% of target in 2025"]),
          E("Telesales Agent", "Brightline Contact Solutions Inc.", "Pasig City", "2022-07", "2024-01", "facing",
            "contact_center", [
                "Called warm leads and offered internet bundles, following the script and compliance rules",
                "Top 3 agent in conversions for 9 months"]),
          E("Sales Clerk", "Queenie's Appliance Center", "Marikina City", "2020-11", "2022-05", "facing",
            "in_person_service", [
                "Assisted walk-in customers choosing appliances and explained installment terms",
                "Prepared delivery slips and checked units before release"]),
          E("Encoder", "Marikina Lending Corp.", "Marikina City", "2019-06", "2020-09", "affecting", None, [
              "Encoded loan applications and payments into the system",
              "Checked completeness of documents before forwarding to the credit officer"]),
      ]),
      ("Education", ["Bachelor of Science in Business Administration, Major in Marketing",
                     "Our Lady of Perpetual Light College, 2019"]),
      ("Skills", ["Outbound sales and rebuttals", "Coaching and QA calibration", "MS Excel, Google Sheets, Avaya"]),
      ("Character References", "Available upon request."),
  ])

# ------------------------------------------------------------------ w004
R(id="w004", renderer="txt", head="title_org", dates="month", present="Present", sep=" to ",
  family="US licensed insurance agent, Indeed-style export pasted as text, 'Month YYYY to Present'",
  caps_head=False, bullet="-", txt_join="\n",
  name="Tiffany Okafor",
  contact=["Tacoma, WA 98402", "tiffany.okafor@mailbox.com", "+1 253 555 0142"],
  sections=[
      ("Work Experience", [
          E("Licensed Insurance Agent", "Redmond Mutual Insurance Agency", "Tacoma, WA", "2022-01", "present",
            "facing", "sales_account", [
                "Quote and bind auto, home and renters policies for walk-in and phone clients",
                "Review coverage with existing clients at renewal and cross-sell umbrella and life",
                "Wrote $410K in new premium in 2025"]),
          E("Policy Processor", "Redmond Mutual Insurance Agency", "Tacoma, WA", "2020-04", "2021-12",
            "affecting", None, [
                "Processed endorsements, cancellations and reinstatements submitted by the agents",
                "Ordered MVRs and inspections; kept policy files audit-ready"]),
          E("Server", "Olive & Ember Kitchen", "Tacoma, WA", "2017-08", "2020-03", "facing",
            "in_person_service", ["Served a 6-table section in a busy Italian restaurant"]),
          E("Door-to-Door Sales Representative", "SunPath Solar", "Olympia, WA", "2016-05", "2016-09",
            "facing", "sales_account", [
                "Knocked on 80+ doors a day to book home solar assessments",
                "Paid commission per appointment kept"]),
      ]),
      ("Education", ["Associate of Arts", "Tacoma Community College", "2017"]),
      ("Skills", ["Washington Property & Casualty license", "Applied Epic", "Customer retention", "Cross-selling"]),
      ("Certifications and Licenses", ["Property & Casualty Producer License, WA, 2021 to Present"]),
  ])

# ------------------------------------------------------------------ w005
R(id="w005", renderer="docx", layout="tabs", head="title_org", dates="mon", present="Present",
  family="Canadian mortgage specialist who started as a teller, Word tab-stop dates, bold title and italic lender line",
  name="Priya Ramanathan",
  contact=["Mississauga, ON L5B 3C2", "905-555-0163", "priya.ramanathan@mailbox.ca"],
  contact_oneline=True,
  sections=[
      ("Professional Summary", "Mortgage specialist (FSRA Level 2 agent licence) with ten years in lending: "
                               "front-line banking, underwriting and now origination."),
      ("Professional Experience", [
          E("Mortgage Specialist", "Northcove Bank", "Mississauga, ON", "2021-05", "present", "facing",
            "sales_account", [
                "Meet purchasers and homeowners in branch, in their homes or by video to structure mortgages",
                "Build referral relationships with 30+ realtors; funded $46M in 2025",
                "Guide clients from pre-approval to closing and contact them again at renewal"]),
          E("Mortgage Underwriter", "Lakeshore Home Finance", "Toronto, ON", "2018-03", "2021-04", "affecting", None, [
              "Assessed 25–30 residential files a week against credit policy and insurer guidelines",
              "Reviewed appraisals, income documents and bank statements; set conditions for approval",
              "Flagged fraud indicators to the risk team"]),
          E("Bank Teller", "Northcove Bank", "Brampton, ON", "2016-06", "2018-02", "facing", "in_person_service", [
              "Handled deposits, withdrawals, drafts and bill payments",
              "Referred clients to advisors for mortgages and investments"]),
          E("Call Centre Sales Agent", "Telefix Mobile", "Brampton, ON", "2015-05", "2016-05", "facing",
            "contact_center", ["Inbound sales of phone plans and device upgrades"]),
          E("Research Assistant", "Ted Rogers Consumer Finance Lab", "Toronto, ON", "2014-09", "2015-04", "none",
            None, ["Cleaned and coded household-debt survey data in SPSS for a faculty study"], section="other"),
      ]),
      ("Education", ["Bachelor of Commerce, Toronto Metropolitan University, 2015"]),
      ("Licences", ["FSRA Mortgage Agent Level 2", "Canadian Securities Course (CSC)"]),
      ("Languages", ["English, Tamil, Hindi"]),
  ])

# ------------------------------------------------------------------ w006
R(id="w006", renderer="reportlab", layout="sidebar", head="title_org", dates="mon", present="Current",
  family="Australian sales operations and CRM administrator, reportlab with shaded left sidebar",
  tagline="Sales Operations | CRM | Reporting", accent="#24506b",
  name="Liam Costigan",
  contact=["Brisbane QLD 4000", "0412 555 871", "liam.costigan@mailbox.com.au"],
  side=[("Skills", ["Salesforce Admin (ADM-201)", "Tableau, Power BI", "Excel modelling", "Territory design",
                    "Commission plans"]),
        ("Education", ["Bachelor of Business (Marketing), Moreton Bay University, 2017"])],
  sections=[
      ("Experience", [
          E("Sales Operations Analyst", "Kestrel Logistics Group", "Brisbane", "2023-01", "present", "none", None, [
              "Build the monthly territory and quota models for 45 account managers",
              "Calculate commission and SPIFF payments and reconcile them with payroll",
              "Maintain pipeline and forecast dashboards in Tableau for the sales leadership team"]),
          E("CRM Administrator", "Kestrel Logistics Group", "Brisbane", "2021-04", "2022-12", "facing",
            "internal_support", [
                "Ran the Salesforce help queue for 60 sales users: access, lost records, page layouts",
                "Trained every new starter on the CRM in their first week and ran refresher sessions",
                "Cleaned up 18,000 duplicate accounts"]),
          E("Sales Support Coordinator", "Pinnacle Packaging", "Brisbane", "2019-02", "2021-03", "affecting", None, [
              "Entered orders sent in by the reps and prepared quotes from the price book",
              "Chased delivery dates with the warehouse and updated order status in the system"]),
          E("Retail Assistant", "Saltwater Surf Co.", "Noosa Heads", "2017-11", "2019-01", "facing",
            "in_person_service", []),
          E("Data Entry Clerk", "Darling Downs Grain Co-operative", "Toowoomba", "2016-02", "2017-10", "none", None, [
              "Keyed in receival weights and moisture readings from the weighbridge tickets"]),
      ]),
      ("References", "Available on request"),
  ])

# ------------------------------------------------------------------ w007
R(id="w007", renderer="md", head="title_org", dates="mon", present="Till date",
  family="Indian pharma field sales manager, Markdown with bold title and italic company line, 'Till date'",
  name="Rohit Sanjay Kulkarni",
  contact=["Pune, Maharashtra", "Mobile: +91 98220 55431", "Email: rohit.kulkarni@mailbox.in"],
  sections=[
      ("Career Objective", "Seeking a challenging position in pharmaceutical sales management where I can use my "
                           "field experience and team handling skills."),
      ("Professional Experience", [
          E("Area Sales Manager", "Medivale Pharma Pvt. Ltd.", "Pune", "2022-04", "present", "facing",
            "sales_account", [
                "Handling a team of 6 medical representatives across Pune and Satara HQs",
                "Joint field work with MRs and doctor calls with key opinion leaders",
                "Stockist and chemist meetings for secondary sales; achieved 118% in FY 2024-25"]),
          E("Medical Representative", "Medivale Pharma Pvt. Ltd.", "Nashik", "2019-07", "2022-03", "facing",
            "sales_account", [
                "Detailing of cardio-diabetic range to 180 doctors as per call plan",
                "Conducted CMEs and camps with doctors", "Best MR award, West zone, 2021"]),
          E("Business Development Executive", "Arcwise Infotech", "Pune", "2017-08", "2019-06", "facing",
            "sales_account", [
                "Generated leads for the clinic management software through calls, mails and visits",
                "Gave product demos to doctors and hospital administrators"]),
          E("Summer Intern – Market Research", "Sunfield Agro Chemicals Ltd.", "Ahmednagar", None, None,
            "affecting", None, [
                "Surveyed 120 agri-input retailers on fertiliser demand and competitor schemes",
                "Prepared the final report for the marketing team"],
            dtext="Summer 2016", etype="internship"),
      ]),
      ("Education", ["MBA (Marketing), Savitribai Phule Pune University – 2017",
                     "B.Pharm – 2015"]),
      ("Personal Details", ["Date of Birth: 12/03/1993", "Languages Known: English, Hindi, Marathi",
                            "Marital Status: Married"]),
      ("Declaration", "I hereby declare that the above information is true to the best of my knowledge."),
  ])

# ------------------------------------------------------------------ w008
R(id="w008", renderer="docx", layout="table", head="title_org", dates="month", present="Present",
  family="South African recruitment consultant, Word with a borderless table per job (role/company left, dates right)",
  name="Naledi Mokoena",
  contact=["Randburg, Johannesburg", "072 555 3190", "naledi.mokoena@mailbox.co.za"],
  sections=[
      ("Summary", "360 recruitment consultant in IT and finance placements. Billed R1.9m in 2025."),
      ("Career History", [
          E("Recruitment Consultant", "Talentbridge Staffing", "Sandton", "2022-03", "present", "facing",
            "sales_account", [
                "Win and manage client accounts; 12 active hiring managers across banking and fintech",
                "Take job briefs, negotiate fees and terms, and present shortlists",
                "Interview candidates, manage offers and check in after placement"]),
          E("Resourcer", "Talentbridge Staffing", "Sandton", "2020-11", "2022-02", "facing", "other_facing", [
              "Sourced CVs on job boards and LinkedIn for four consultants",
              "Phone-screened 30–40 candidates a week and booked interviews"]),
          E("Sales Assistant", "Vista Shoes", "Rosebank", "2018-01", "2020-10", "facing", "in_person_service", [
              "Fitted and sold shoes, processed lay-bys and returns"]),
          E("In-store Promoter (weekends)", "Brandlink Promotions", "Johannesburg", "2017-03", "2017-12",
            "facing", "in_person_service", ["Ran tastings for a juice brand in supermarkets"]),
          E("General Worker", "Roodepoort Steel Fabricators", "Roodepoort", "2015-06", "2016-12", "none", None, [
              "Grinding, painting and loading of steel sections in the workshop"]),
      ]),
      ("Education", ["National Diploma: Human Resource Management, Tshwane Institute of Technology (2017)"]),
      ("Skills", ["Bullhorn CRM", "Boolean search", "Client negotiation", "Competency-based interviewing"]),
      ("References", ["Thandi Nkosi – Director, Talentbridge Staffing – 011 555 0192"]),
  ])

# ------------------------------------------------------------------ w009
R(id="w009", renderer="fpdf2", layout="plain", align="C", head="orgfirst", dates="mm/yyyy", present="Present",
  family="UK builders' merchant career from yard to area sales, fpdf2 centred header, employer heading with roles beneath",
  caps=True, contact_oneline=True,
  name="Callum Reeves",
  contact=["Bristol BS4", "07700 900 245", "callum.reeves@mailbox.co.uk"],
  sections=[
      ("Personal Statement", "Trade sales manager who knows the yard, the counter and the customer's site. "
                             "Ten years with one merchant, promoted three times."),
      ("Employment", [
          E("Area Sales Manager (Trade)", "Kelland Building Supplies", "Bristol", "2021-10", "present", "facing",
            "sales_account", [
                "Manage 220 trade accounts (builders, roofers, groundworkers) across South Bristol",
                "Visit sites and offices to price jobs, open credit accounts and resolve delivery problems",
                "Grew territory sales 14% in 2024"]),
          E("Trade Counter Supervisor", "Kelland Building Supplies", "Bristol", "2018-05", "2021-09", "facing",
            "in_person_service", [
                "Served trade and retail customers at the counter and over the phone",
                "Supervised three counter staff, cash-up and the collection bay"]),
          E("Yard Operative", "Kelland Building Supplies", "Bristol", "2016-09", "2018-04", "affecting", None, [
              "Picked and loaded delivery lorries from the morning run sheets",
              "Forklift (counterbalance) and stock rotation"]),
          E("Mobile Phone Sales Adviser", "Carrier Connect", "Bristol", "2014-06", "2016-08", "facing",
            "in_person_service", ["Sold contracts, upgrades and accessories in a city-centre store"]),
          E("Labourer", "Avon Groundworks", "Keynsham", "2013-04", "2014-05", "none", None, []),
      ]),
      ("Training", ["IOSH Working Safely", "Counterbalance forklift licence", "Builders Merchants Federation sales course"]),
      ("Hobbies", "Rugby (coach under-12s), fishing"),
  ])

# ------------------------------------------------------------------ w010
R(id="w010", renderer="html", head="title_org", dates="mon", present="Present",
  family="US marketing manager for a home-services firm, single-page HTML résumé with floated dates",
  name="Alyssa Moreno",
  contact=["Austin, TX", "alyssa.moreno@mailbox.net", "512-555-0104", "portfolio: alyssamoreno.example"],
  sections=[
      ("About", "Marketing manager who has run paid, email and local campaigns for service businesses."),
      ("Experience", [
          E("Marketing Manager", "Brightleaf Home Services", "Austin, TX", "2022-02", "present", "affecting", None, [
              "Own a $1.2M annual budget across paid search, Meta, direct mail and local radio",
              "Manage two specialists and an outside creative agency",
              "Cut cost per booked job 22% by rebuilding landing pages and call tracking"]),
          E("Digital Marketing Specialist", "Brightleaf Home Services", "Austin, TX", "2020-06", "2022-01",
            "affecting", None, [
                "Ran Google Ads and LSA campaigns for HVAC and plumbing",
                "Wrote and scheduled the monthly customer email and seasonal promotions"]),
          E("Marketing Coordinator", "Pecan Street Realty Group", "Austin, TX", "2018-09", "2020-05", "facing",
            "in_person_service", [
                "Produced listing photos, flyers and social posts for 30 agents",
                "Hosted weekend open houses alongside agents, greeting visitors and collecting sign-ins",
                "Kept the brokerage website and MLS listings current"]),
          E("Brand Ambassador (part-time)", "Lone Star Event Staffing", "Austin, TX", "2017-03", "2018-08", "facing",
            "in_person_service", ["Ran product sampling stations at grocery stores and festivals"]),
          E("Undergraduate Research Assistant", "UCT Consumer Behavior Lab", "Austin, TX", "2016-09", "2018-05",
            "none", None, ["Cleaned survey datasets and ran descriptive statistics in SPSS and R"], section="other"),
      ]),
      ("Education", ["B.B.A. Marketing, University of Central Texas, 2018"]),
      ("Tools", ["Google Ads", "Meta Ads Manager", "HubSpot", "CallRail", "Canva", "GA4"]),
  ])

# ------------------------------------------------------------------ w011
R(id="w011", renderer="docx", layout="header", head="org_title", dates="mon", present="Present",
  family="Irish car sales executive who came up through the dealership, name and contact in the Word page header",
  name="Eoin Fahy",
  contact=["Knocknacarra, Galway", "087 555 4412", "eoin.fahy@mailbox.ie"],
  sections=[
      ("Career Summary", "Motor sales executive, SIMI-trained, eight years in one dealership from valeting to sales."),
      ("Work Experience", [
          E("Sales Executive", "Corrib Motors", "Galway", "2021-01", "present", "facing", "sales_account", [
              "Sell new and used cars; 14–18 units a month on a commission plan",
              "Test drives, trade-in appraisals and finance quotes with customers",
              "Handover of every car and follow-up call in the first week"]),
          E("Finance & Insurance Administrator", "Corrib Motors", "Galway", "2019-03", "2020-12", "affecting", None, [
              "Prepared hire-purchase and PCP proposals for the sales team",
              "Registered vehicles, processed VRT paperwork and chased finance houses for payouts"]),
          E("Valeter", "Corrib Motors", "Galway", "2018-02", "2019-02", "affecting", None, [
              "Prepared new and used cars for handover and the forecourt"]),
          E("Shop Assistant (summers)", "Claddagh Gifts", "Galway", "2016-06", "2017-12", "facing",
            "in_person_service", []),
      ]),
      ("Education", ["Leaving Certificate, Coláiste na Coiribe, 2016", "QQI Level 6 Sales Management (2020)"]),
      ("Other", ["Full clean driving licence", "Irish and English"]),
  ])

# ------------------------------------------------------------------ w012
R(id="w012", renderer="reportlab", layout="twocol", head="title_org", dates="mon", present="Present",
  family="US software pre-sales solutions consultant, 2-page reportlab résumé with two-column header and page footer",
  footer="{name} · Page {page}", page="letter", break_before="Volunteer",
  tagline="Solutions Consultant · SaaS Pre-Sales",
  name="Marcus Lindqvist",
  contact=["Denver, CO 80205", "303-555-0178", "marcus.lindqvist@mailbox.io", "linkedin.com/in/mlindqvist"],
  sections=[
      ("Summary", "Pre-sales consultant for finance software with a background in implementation and QA. "
                  "I run discovery, build demos that match how the customer actually closes their books, "
                  "and write the technical half of RFPs."),
      ("Experience", [
          E("Senior Solutions Consultant", "Velocity Ledger Inc.", "Denver, CO", "2022-07", "present", "facing",
            "sales_account", [
                "Lead discovery workshops and tailored demos with CFOs and controllers at mid-market prospects",
                "Own the technical win on 25–30 opportunities a year alongside four account executives",
                "Answer security questionnaires and the technical sections of RFPs",
                "Built the reusable demo environment now used by the whole pre-sales team"]),
          E("Solutions Consultant", "Velocity Ledger Inc.", "Denver, CO", "2020-01", "2022-06", "facing",
            "sales_account", [
                "Ran standard demos and proof-of-concept trials for prospects",
                "Handed closed deals over to implementation with a documented scope"]),
          E("Implementation Specialist", "Quarry Software", "Boulder, CO", "2017-05", "2019-12", "facing",
            "other_facing", [
                "Onboarded 40+ customers: data migration, configuration and go-live support",
                "Trained customer finance teams over video in weekly sessions during rollout"]),
          E("QA Analyst", "Quarry Software", "Boulder, CO", "2015-08", "2017-04", "affecting", None, [
              "Wrote and ran regression test plans for the AP and billing modules",
              "Logged and verified defects in Jira before each release"]),
          E("Graduate Teaching Assistant", "University of Northern Colorado", "Greeley, CO", "2013-08", "2015-05",
            "facing", "education", [
                "Taught two recitation sections of Intro to Accounting a semester and held office hours"],
            section="other", etype="paid"),
      ]),
      ("Volunteer", [
          E("Treasurer", "Front Range Running Club", "Denver, CO", 2018, 2021, "none", None, [
              "Kept the club books, paid race fees and presented accounts at the AGM"],
            prec="year", section="volunteer", etype="volunteer"),
      ]),
      ("Education", ["M.Acc., University of Northern Colorado, 2015", "B.S. Business Administration, 2013"]),
      ("Skills", ["Demo design and storytelling", "NetSuite, Sage Intacct, SQL", "RFP and security questionnaires",
                  "MEDDPICC"]),
  ])

# ------------------------------------------------------------------ w013
R(id="w013", renderer="txt", head="dash", dates="mm/yyyy", present="Now", sep=" - ",
  family="UK young salesperson with short commission stints, plain text with caps headings, 'Title – Employer, Town' and dates",
  underline="=", txt_right="pad", bullet="*",
  name="Jordan Ashworth",
  contact=["Leicester LE2", "Tel: 07700 900 771", "jordan.ashworth@mailbox.co.uk"],
  sections=[
      ("About Me", "Hungry, competitive, not scared of the phone. Looking for a recruitment desk with a proper "
                   "commission structure and a clear route to senior."),
      ("Work History", [
          E("Trainee Recruitment Consultant (Industrial)", "Pinpoint People", "Leicester", "2025-09", "present",
            "facing", "sales_account", [
                "Business development calls to warehouses and manufacturers",
                "Registering and booking temps for day and night shifts, dealing with their queries"]),
          E("Telesales Executive", "Greenfield Energy Direct", "Leicester", "2025-03", "2025-08", "facing",
            "contact_center", ["Sold fixed-rate energy contracts to small businesses over the phone"]),
          E("Lead Generator", "SolarHome UK", "Loughborough", "2024-10", "2025-02", "facing", "contact_center", [
              "Cold called homeowners to book free roof surveys - 180 dials a day"]),
          E("Field Sales Representative (commission only)", "BrightDoor Broadband", "Leicester", "2024-05",
            "2024-09", "facing", "sales_account", ["Door to door fibre sales on new-build estates"]),
          E("Warehouse Operative", "Parcelnet Logistics", "Hinckley", "2023-06", "2024-04", "affecting", None, [
              "Pick and pack for online orders, scanner, 99.6% accuracy"]),
      ]),
      ("Education", ["Beauchamp Sixth Form - BTEC Business (Merit)", "9 GCSEs incl. English and Maths"]),
      ("Skills", ["Cold calling", "Objection handling", "Bullhorn", "Full UK licence, own car"]),
  ])

# ------------------------------------------------------------------ w014
R(id="w014", renderer="docx", layout="sidebar", head="title_org", dates="mon.", present="Present",
  family="Indian bid manager from technical writing, Word two-column layout table with shaded sidebar",
  tagline="Bid & Proposal Management", side_hex="E4EEE8",
  name="Ananya Iyer",
  contact=["Koramangala, Bengaluru 560034", "+91 99005 55127", "ananya.iyer@mailbox.in"],
  side=[("Core Skills", ["RFP / RFQ responses", "Proposal compliance matrices", "Pricing volumes",
                         "MS Word, InDesign, SharePoint", "APMP Foundation"]),
        ("Languages", ["English, Tamil, Kannada, Hindi"])],
  sections=[
      ("Experience", [
          E("Bid Manager", "Sterling Facilities Pvt. Ltd.", "Bengaluru", "2021-08", "present", "facing",
            "sales_account", [
                "Manage 40+ bids a year for integrated facility management contracts worth up to ₹60 crore",
                "Attend pre-bid meetings and clarification calls with client procurement teams",
                "Plan bid timelines and review technical and commercial volumes with operations and finance"]),
          E("Bid Writer", "Sterling Facilities Pvt. Ltd.", "Bengaluru", "2019-04", "2021-07", "affecting", None, [
              "Wrote method statements, case studies and compliance matrices for tender submissions",
              "Maintained the bid content library and CV bank"]),
          E("Technical Writer", "Nexora Systems", "Bengaluru", "2016-11", "2019-03", "affecting", None, [
              "Wrote user guides and release notes for a hospital billing product",
              "Worked with developers and QA to keep documentation in step with releases"]),
          E("Content Writer Intern", "Inkpot Media", "Chennai", "2016-01", "2016-06", "affecting", None, [
              "Wrote blog posts and website copy for the agency's small-business clients"],
            etype="internship"),
      ]),
      ("Education", ["M.A. English, University of Madras, 2015", "B.A. English Literature, 2013"]),
  ])

# ------------------------------------------------------------------ w015
R(id="w015", renderer="fpdf2", layout="sidebar", head="dateline", dates="mon", present="Current",
  family="Australian property manager with a career break, fpdf2 shaded sidebar, title, agency and dates on separate lines",
  tagline="Property Manager", side_rgb=(236, 232, 226),
  name="Chloe Ngata",
  contact=["Wollongong NSW 2500", "0423 555 906", "chloe.ngata@mailbox.com.au"],
  side=[("Licences", ["NSW Class 2 Agent's Licence", "Certificate IV in Real Estate Practice"]),
        ("Software", ["PropertyMe", "REST Professional", "Inspection Express"]),
        ("Referees", ["Available on request"])],
  sections=[
      ("Career Summary", "Property manager with a 180-property rent roll, strong on arrears and compliance, "
                         "and a calm voice for owners and tenants."),
      ("Employment History", [
          E("Property Manager", "Harbourline Realty", "Wollongong", "2020-02", "present", "facing", "sales_account", [
              "Manage a rent roll of 180 residential properties for 140 landlords",
              "Routine and ingoing/outgoing inspections; meet tenants on site and negotiate repairs with owners",
              "Arrears management and NCAT hearings"]),
          E("Leasing Consultant", "Harbourline Realty", "Wollongong", "2018-06", "2020-01", "facing",
            "sales_account", [
                "Ran open-for-inspections, processed applications and signed up new tenants",
                "Leased 25–30 properties a month"]),
          E("Receptionist", "Coastline Property Group", "Shellharbour", "2017-01", "2018-05", "facing",
            "in_person_service", ["Front desk, keys, phones and walk-in enquiries"]),
          E("Career break – travel", None, None, "2016-02", "2016-11", "none", None, [], etype="unknown"),
          E("Barista", "Bean Counter Café", "Thirroul", "2014-03", "2016-01", "facing", "in_person_service", []),
      ]),
      ("Education", ["HSC, Illawarra Sports High School, 2013"]),
  ])
