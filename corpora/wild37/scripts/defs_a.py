"""Résumés w001–w015. One R per file; entries (E) render the file and the gold line."""
from lib import E, R, S

F, A, N = "facing", "affecting", "none"

RESUMES = []
add = RESUMES.append

# ------------------------------------------------------------------ w001
add(R("w001", "pdf", "UK estate agency sales negotiator, Word-to-PDF single column, title line with right-aligned dates",
      "Megan Ashworth", ["14 Larch Rise, Kettlebury KB4 7QE", "07700 914 236", "megan.ashworth@mailbox.co.uk"],
      renderer="rl", layout="plain", order="title_org", dstyle="mon", present="Present",
      opts={"font": "Helvetica", "hcolor": (0.15, 0.3, 0.45)},
      sections=[
          S("Profile", "Residential sales negotiator with seven years in estate agency, lettings first and sales "
                       "since 2021. Happiest out on viewings and on the phone to a nervous first-time buyer at 6pm. "
                       "Looking for a valuer or senior negotiator role with a bigger independent."),
          S("Experience", [
              E("Senior Sales Negotiator", "Hartwell & Pryce Estate Agents", "Kettlebury", "2021-03", "present", F,
                "sales_account", [
                    "Run around 25 viewings a week across the Kettlebury and Ashby Fold branches, mostly three- and "
                    "four-bed family homes",
                    "Negotiate offers between buyers and vendors and qualify each buyer's position (mortgage in "
                    "principle, chain, deposit) before anything goes to the vendor",
                    "Book market appraisals for our valuer - 38 instructions came from my own leads in 2025",
                    "Chase the chain every Monday and keep vendors updated by phone until exchange",
                    "Mentor the two trainee negotiators on their first accompanied viewings"]),
              E("Lettings Negotiator", "Hartwell & Pryce Estate Agents", "Kettlebury", "2019-06", "2021-02", F,
                "sales_account", [
                    "Viewings for prospective tenants and applicant enquiries from the portals, phone and walk-ins",
                    "Took holding deposits and ran referencing and right-to-rent checks",
                    "Check-ins with photo inventory and key handover",
                    "Covered the branch on my own on Saturdays"]),
              E("Sales Progressor", "Moorgate Property Services", "Kettlebury", "2017-09", "2019-05", A, None, [
                  "Progressed 60-70 live sales at a time for four partner branches, from memorandum of sale to "
                  "completion",
                  "Chased solicitors, lenders and surveyors and logged every milestone in the CRM so the branch "
                  "negotiators could update their own buyers and vendors",
                  "Flagged stalled chains to branch managers before they fell through"]),
              E("Bar Staff (part-time)", "The Plough", "Wendlebury", "2015-07", "2017-08", F, "in_person_service", [
                  "Evenings and weekends while at college - bar, glass collecting, cellar changes and locking up"]),
          ]),
          S("Education", ["BTEC Level 3 Extended Diploma in Business (DMM), Kettlebury College, 2015-2017",
                          "GCSEs: 9 including English and Maths"]),
          S("Qualifications & skills", [
              "Level 3 Award in Sale of Residential Property (2022)",
              "Full UK driving licence and own car",
              "Comfortable with Reapit-style CRMs, property portals, DocuSign, Excel"]),
      ]))

# ------------------------------------------------------------------ w002
add(R("w002", "docx", "US SaaS sales development rep promoted to account executive, Word heading styles and list bullets, right tab-stop dates",
      "Jordan T. Whitcomb", ["Cedar Ferry, TX 78713", "(512) 555-0148", "jwhitcomb@mailbox.com",
                             "linkedin.com/in/jordanwhitcomb"],
      layout="styles", order="title_org", dstyle="month", present="Present",
      opts={"paper": "letter", "font": "Calibri", "hcolor": "1F3864", "titlestyle": "Heading 2"},
      sections=[
          S("Summary", "Quota-carrying mid-market AE with four years in B2B SaaS. Started on the phones as an SDR, "
                       "now running full cycle from discovery to close. Consistent over-performer who likes complex "
                       "buying groups and hates a messy CRM."),
          S("Professional Experience", [
              E("Account Executive, Mid-Market", "Lumora Systems", "Cedar Ferry, TX", "2024-02", "present", F,
                "sales_account", [
                    "Own a book of ~140 mid-market prospects in the Southeast; full cycle from discovery call to "
                    "signed order form",
                    "Run 9-12 live demos a week for operations and finance leaders; closed $1.18M new ARR in FY25 "
                    "(112% of quota)",
                    "Partner with solutions engineering on security reviews and 30-day pilots",
                    "Write the success plan with the customer before handoff so the CSM starts with context"]),
              E("Sales Development Representative", "Lumora Systems", "Cedar Ferry, TX", "2022-08", "2024-01", F,
                "sales_account", [
                    "60+ dials and 40 personalized emails a day into logistics and manufacturing accounts",
                    "Booked 31 qualified meetings in Q3 2023, #1 of 14 SDRs",
                    "Built the outbound sequence for the logistics vertical that the team still runs"]),
              E("Sales Operations Intern", "Pellston Freight Co.", "Harlow Springs, TX", "2021-06", "2021-08", N,
                None, [
                    "Merged or deleted about 9,000 duplicate accounts in the CRM",
                    "Built territory maps and a rep-capacity model in Excel for the VP of Sales"],
                et="internship", dates="Summer 2021"),
              E("Server", "Rosalind's Smokehouse", "Dripping Oak, TX", "2019-05", "2022-05", F, "in_person_service", [
                  "Worked 6-8 tables a shift in a 140-seat BBQ restaurant through college",
                  "Covered the catering pickup counter on weekends"]),
          ]),
          S("Campus Involvement", [
              E("Treasurer", "Sales & Marketing Club, Halvorsen State University", None, "2020-08", "2022-05", N,
                None, ["Kept the club's books and submitted the annual budget request to student government"],
                sec="other", et="volunteer"),
          ]),
          S("Education", ["B.B.A. Marketing, Halvorsen State University, May 2022 - GPA 3.4"]),
          S("Tools", ["Salesforce, Outreach, Gong, ZoomInfo, LinkedIn Sales Navigator, HubSpot"]),
      ]))

# ------------------------------------------------------------------ w003
add(R("w003", "txt", "Indian pharmaceutical medical representative to area manager, job-portal text with labelled Company/Designation/Duration blocks",
      "RAKESH S. DESHMUKH", ["Mobile: +91 98220 41763", "E-mail: rakesh.deshmukh84@mailbox.in",
                             "Address: Plot 22, Shanti Nagar, Wardhapur - 442 301"],
      renderer="txt", order="labelled", dstyle="mon", present="Till Date", sep=" to ",
      opts={"head": "underline=", "bullet": "*", "bindent": "  ", "headfirst": True,
            "labels": ("Organisation", "Designation", "Duration")},
      headline="CURRICULUM VITAE",
      sections=[
          S("Career Objective", "To work with a reputed pharmaceutical organisation in a challenging position where "
                                "I can utilise my selling skills and doctor relations for growth of the company "
                                "and myself."),
          S("Professional Experience (11+ years)", [
              E("Area Business Manager", "Cendra Lifesciences Pvt. Ltd.", "Wardhapur HQ", "2022-04", "present", F,
                "sales_account", [
                    "Handling a team of 6 MRs across Wardhapur, Bhandara Road and Sironcha territories.",
                    "Doing joint working with MRs 15 days in a month and personally meeting KOL doctors "
                    "(physicians, diabetologists) for brand reminders.",
                    "Monitoring primary & secondary sales, stockist inventory and expiry returns.",
                    "Achieved 118% of target in FY 2024-25 in Cardio-Diabeto division."]),
              E("Senior Medical Representative", "Cendra Lifesciences Pvt. Ltd.", "Wardhapur", "2018-06", "2022-03", F,
                "sales_account", [
                    "Covering 12-14 doctors and 6-8 chemists daily as per tour programme.",
                    "Conducting CMEs and sugar testing camps at doctors' clinics.",
                    "Received 'Star Performer' award for 2020."],
                note="Promoted to ABM in April 2022"),
              E("Medical Representative", "Vaxora Pharma Ltd.", "Chandrapura", "2015-07", "2018-05", F,
                "sales_account", [
                    "Promoted antibiotics and gastro range to GPs and paediatricians.",
                    "Generating prescriptions and checking availability at chemists; maintaining daily call reports "
                    "in reporting app."],
                note="Reason for leaving: Better opportunity"),
              E("Trainee Chemist (Quality Control)", "Shrimat Remedies Pvt. Ltd.", "Sawangi MIDC", "2014-01",
                "2015-06", A, None, [
                    "Analysis of raw materials and finished tablets by HPLC and UV.",
                    "Maintaining analytical records as per GLP and preparing COAs."],
                note="Reason for leaving: Wanted to move into field sales"),
          ]),
          S("Educational Qualification", [
              "B.Pharm - Sant Tukaram College of Pharmacy, Wardhapur (2013) - 64%",
              "HSC - Maharashtra Board (2009) - 71%",
              "SSC - Maharashtra Board (2007) - 78%"], kind="lines"),
          S("Computer Knowledge", ["MS Office, SFA reporting app, basic Excel MIS"], kind="lines"),
          S("Personal Details", [("Date of Birth", "14-08-1991"), ("Languages Known", "Marathi, Hindi, English"),
                                 ("Marital Status", "Married"), ("Notice Period", "30 days")], kind="pairs"),
          S("Declaration", "I hereby declare that the above information is true to the best of my knowledge.\n\n"
                           "Place: Wardhapur                                   (Rakesh S. Deshmukh)"),
      ]))

# ------------------------------------------------------------------ w004
add(R("w004", "html", "UK freelance graphic designer with client list, personal-site HTML CV with cards, year-only freelance range",
      "Tamsin Okafor", ["Avonleigh", "07811 402 917", "tamsin.okafor@mailbox.co.uk", "tamsinokafor.design"],
      renderer="html", layout="cards", order="title_org", dstyle="mon", present="Present", sep=" – ",
      headline="Graphic designer - brand, packaging, print",
      sections=[
          S("About", "I design identities and packaging for independent food and drink businesses, and I like to "
                     "be in the room (or on the call) when a brief is being worked out. Eleven years in design, six "
                     "of them running my own practice."),
          S("Work", [
              E("Freelance Graphic Designer", "Self-employed", "Avonleigh", "2019", "present", F,
                "entrepreneurial_freelance", [
                    "Brand identities, packaging and signage for small food and drink businesses - around 20 active "
                    "clients a year",
                    "I run the briefing call myself, present concepts in person or over video and take clients "
                    "through two rounds of revisions",
                    "Quote, invoice and chase payment; most new work comes through referrals",
                    "Clients include Fold Lane Brewing, Merriweather's Bakehouse, The Greengage Deli and Pennock & "
                    "Daughters Cider"], et="freelance"),
              E("Artworker (freelance, via agency)", "Inkfold Studio", "Avonleigh", "2018-04", "2019-06", A, None, [
                  "Booked two to three days a week to produce final artwork for supermarket own-label packaging",
                  "Worked from the account team's briefs and mark-ups - no client contact",
                  "Pre-flighted files and sent them to the repro house"], et="freelance"),
              E("Junior Designer", "Copperbeech Print & Design", "Avonleigh", "2015-09", "2018-03", F,
                "in_person_service", [
                    "Set up leaflets, menus and wedding stationery for print",
                    "Looked after walk-in customers at the print counter, talking them through proofs and paper "
                    "choices",
                    "Ran the large-format printer and laminator"]),
              E("Saturday Sales Assistant", "Arden Art Supplies", "Avonleigh", "2013", "2015", F,
                "in_person_service", ["Till, stock and helping customers choose paints and paper"]),
          ]),
          S("Education", ["BA (Hons) Graphic Communication, 2:1 - Avonleigh School of Art, 2015"]),
          S("Tools", ["Illustrator, InDesign, Photoshop, Figma, a lot of paper and pencils"]),
      ]))

# ------------------------------------------------------------------ w005
add(R("w005", "pdf", "Australian mortgage broker and company director, fpdf2 left-aligned header, month-name dates, volunteer treasurer",
      "Dean Kovačević", ["Tarrawong NSW 2519", "0412 558 063", "dean@mailbox.com.au"],
      renderer="fpdf", layout="left", order="title_org", dstyle="month", present="Present", sep=" – ",
      headline="Mortgage Broker | Credit Representative",
      opts={"font": "sans", "accent": (0, 92, 94), "cstack": False},
      sections=[
          S("Summary", "Sixteen years in home lending: teller, credit assessor, bank lender and, since 2019, my own "
                       "brokerage. I know what an assessor wants to see, which makes my files clean and my clients' "
                       "approvals quick."),
          S("Career", [
              E("Director & Mortgage Broker", "Harbourline Finance Pty Ltd", "Tarrawong NSW", "2019-07", "present", F,
                "sales_account", [
                    "Meet clients at home or in the office to work through borrowing capacity, loan structure and "
                    "lender choice",
                    "Lodge and manage applications across a panel of 30+ lenders; settled $46m in 2025",
                    "70% of new clients come from past clients and local agents - I ask for referrals at every "
                    "settlement",
                    "Compliance file reviews, aggregator reporting and one part-time loan processor"], et="freelance"),
              E("Home Loan Specialist", "Coastal Mutual Bank", "Mullara Beach NSW", "2015-02", "2019-06", F,
                "sales_account", [
                    "Appointments with members in branch and after hours for purchases, refinances and construction "
                    "loans",
                    "Top lender in the South Coast region in 2017 and 2018"]),
              E("Credit Assessor", "Coastal Mutual Bank", "Tarrawong NSW", "2012-08", "2015-01", A, None, [
                  "Assessed home and personal loan applications against credit policy, up to $750k delegation",
                  "Set approval conditions and requested missing documents through the lending team"]),
              E("Customer Service Officer", "Coastal Mutual Bank", "Mullara Beach NSW", "2010-03", "2012-07", F,
                "in_person_service", ["Teller duties, account openings and term deposit rollovers"]),
          ]),
          S("Community", [
              E("Treasurer (volunteer)", "Mullara Beach Surf Life Saving Club", None, "2016", "present", N, None, [
                  "Keep the club accounts, prepare the budget for the AGM and work with the auditor each year"],
                sec="volunteer", et="volunteer"),
          ]),
          S("Qualifications", ["Diploma of Finance and Mortgage Broking Management (2019)",
                               "Certificate IV in Finance and Mortgage Broking (2018)",
                               "Member, Mortgage & Finance Association"]),
      ]))

# ------------------------------------------------------------------ w006
add(R("w006", "docx", "Irish car sales executive, Word tab-stop dates, mm/yyyy, valeting job before sales",
      "Ciarán Ó Néill", ["Kilbrannock, Co. Galway", "087 415 2290", "ciaran.oneill@mailbox.ie"],
      layout="tabs", order="title_org", dstyle="mm/yyyy", present="Present", sep=" – ",
      opts={"font": "Arial", "size": 10, "hstyle": "bold", "hcaps": True, "cjoin": "  •  "},
      sections=[
          S("Personal Profile", "Car salesman with nine years in the motor trade, from washing cars to selling "
                                "them. Good with people, straight with customers, and I follow up. Full clean "
                                "licence."),
          S("Work History", [
              E("Sales Executive", "Dunmore Motors", "Kilbrannock", "2020-03", "present", F, "sales_account", [
                  "Sell 12-15 new and used cars a month - test drives, trade-in appraisals and finance quotes done "
                  "by myself",
                  "Follow-up call to every customer at 7 and 30 days after handover",
                  "Highest customer satisfaction score in the dealership in 2023 and 2024"]),
              E("Used Car Sales Executive", "Corrib Road Car Centre", "Ballinacreggan", "2017-05", "2020-02", F,
                "sales_account", [
                    "Forecourt of 80 used cars; dealt with walk-ins, phone and website leads",
                    "Arranged finance through two lenders and handled all the paperwork for handover"]),
              E("Vehicle Valeter / Prep Technician", "Corrib Road Car Centre", "Ballinacreggan", "2016-01",
                "2017-04", A, None, [
                    "Got used stock ready for the forecourt: valeting, paint touch-ups, booking cars in for the NCT",
                    "Drove cars to and from the body shop"]),
              E("Barman (part-time)", "Tigh Uí Néill", "Kilbrannock", "2013-06", "2015-12", F, "in_person_service",
                ["Weekends and summers behind the bar of the family's local; busy match days"]),
              E("Farm Hand (family farm)", None, "Kilbrannock", "2009", "2013", N, None,
                ["Calving, fencing, silage and whatever else needed doing before and after school"], et="unknown"),
          ]),
          S("Education", ["Leaving Certificate, Coláiste Bhríde, Kilbrannock (2013)",
                          "QQI Level 5 Certificate in Motor Sales (2018)"]),
          S("Interests", "GAA - played with Kilbrannock senior hurlers until 2022, now coach the U12s."),
      ]))

# ------------------------------------------------------------------ w007
add(R("w007", "md", "UK Etsy shop owner returning to work, Markdown with h3 titles, career break and eBay reselling overlapping",
      "Rosie Pemberton", ["Sallowfield", "07957 330 148", "rosie.pemberton@mailbox.co.uk"],
      renderer="md", order="title_org", dstyle="mon", present="present", sep=" – ",
      opts={"titleh": "###", "rsep": "·", "h": "##"},
      sections=[
          S("About me", "I run a small embroidery-kit business from my kitchen table and I'd now like to bring what "
                        "I've learned about customers and online selling to a part-time e-commerce or customer "
                        "support role."),
          S("Experience", [
              E("Owner & Maker", "Thimble & Thread (Etsy shop)", None, "2020-04", "present", F,
                "entrepreneurial_freelance", [
                    "Design and sell hand-embroidery kits and patterns - 4,100 sales and 4.9 stars from 1,300 reviews",
                    "Answer every buyer message myself, usually within a few hours, and sort out lost parcels and "
                    "missing threads",
                    "Take custom commissions (pet portraits, wedding hoops), agreeing the design with each customer",
                    "Photograph, write listings, pack and post from home; run the shop's Instagram"],
                et="freelance"),
              E("eBay Seller (part-time)", "Self-employed", None, "2018", "2020", A, None, [
                  "Bought job lots at car boot sales and house clearances and resold vintage china and kitchenware",
                  "Photographed, priced and listed 30-40 items a week; packed and posted orders"], et="freelance"),
              E("Career break - full-time mum", None, None, "2017-06", "2020-03", N, None, [], et="unknown"),
              E("Dental Receptionist", "Fernleigh Dental Practice", "Sallowfield", "2011-09", "2017-05", F,
                "in_person_service", [
                    "Front desk for a four-surgery NHS and private practice: bookings, payments and recalls",
                    "Calmed a lot of nervous patients and dealt with the complaints log"]),
              E("Sales Assistant", "Hollis & Finch", "Sallowfield", "2008", "2011", F, "in_person_service", []),
          ]),
          S("Skills", ["Etsy and eBay seller tools, Royal Mail Click & Drop, Canva, Instagram",
                       "Product photography", "Friendly, quick written replies"]),
          S("Education", ["A-levels in Art, English and Business - Sallowfield Sixth Form College"]),
      ]))

# ------------------------------------------------------------------ w008
add(R("w008", "pdf", "Philippine insurance unit manager from BPO voice account, reportlab with shaded left sidebar, month dates",
      "Maria Cristina L. Villanueva", ["Mandalaya City, Cebu", "+63 917 804 2216", "mcvillanueva@mailbox.ph"],
      renderer="rl", layout="sidebar", order="title_org", dstyle="month", present="Present", sep=" – ",
      headline="Unit Manager | Licensed Financial Advisor",
      opts={"font": "Helvetica", "side_color": (0.16, 0.27, 0.42), "side_text": (1, 1, 1),
            "hcolor": (0.16, 0.27, 0.42), "side_w": 175},
      sections=[
          S("Licenses", ["Traditional & Variable Life (IC)", "Non-Life Microinsurance"], side=True, kind="lines"),
          S("Skills", ["Needs-based selling", "Coaching new advisors", "Policy servicing", "MS Excel, CRM"],
            side=True, kind="lines"),
          S("Languages", ["Cebuano, Filipino, English"], side=True, kind="lines"),
          S("Education", ["BS Business Administration", "Major in Marketing", "University of San Remigio, 2015"],
            side=True, kind="lines"),
          S("Profile", "Licensed advisor and unit manager with seven years in life insurance and three years in a "
                       "voice BPO. I build long relationships with families and OFW clients and coach new advisors "
                       "in the field."),
          S("Work Experience", [
              E("Unit Manager", "Sunvale Life Assurance Corporation", "Mandalaya City", "2023-01", "present", F,
                "sales_account", [
                    "Lead a unit of 11 licensed financial advisors: weekly huddles and monthly production reviews",
                    "Joint field work with new advisors - I sit in on their client meetings and help close first "
                    "cases",
                    "Still keep my own book of 180+ policyholders: annual reviews, claims help, beneficiary changes"]),
              E("Financial Advisor", "Sunvale Life Assurance Corporation", "Mandalaya City", "2019-06", "2022-12", F,
                "sales_account", [
                    "Prospected through referrals, barangay hall seminars and office presentations",
                    "Needs analysis with families and OFW clients over video call; sold VUL and health plans",
                    "Qualified for the company's Top 100 Club in 2021"]),
              E("Customer Service Representative (Voice)", "Accendia BPO Services Inc.", "IT Park, Mandalaya",
                "2016-03", "2019-05", F, "contact_center", [
                    "Inbound billing and technical calls for a US cable provider; AHT 6:40 against a 7:30 target",
                    "Buddy for new hires during nesting"]),
              E("Store Assistant", "Villanueva Sari-Sari Store", "Barangay Lumbang", "2012", "2016", F,
                "in_person_service", [
                    "Helped my mother run the family store after school: selling, e-load, restocking and tallying "
                    "daily sales"], et="unknown"),
          ]),
      ]))

# ------------------------------------------------------------------ w009
add(R("w009", "docx", "UK cleaning company founder from domestic cleaning, Word borderless table per job, year-only school job",
      "Shanice Bellamy", ["Wreakford", "07446 219 508", "shanice@mailbox.co.uk"],
      layout="table", order="title_org", dstyle="mon", present="Present", sep=" – ",
      opts={"font": "Calibri", "size": 10.5, "hstyle": "Heading 1", "hcolor": "2E7D32", "center": True},
      sections=[
          S("Profile", "I started with a bucket, a mop and three houses on my street. Eight years later I run a "
                       "commercial cleaning company with 14 staff. Looking for an operations or area manager role "
                       "where client relationships matter."),
          S("Employment", [
              E("Founder & Managing Director", "Sparkwell Cleaning Ltd", "Wreakford", "2018-09", "present", F,
                "entrepreneurial_freelance", [
                    "Built the company from my own domestic round to 14 staff and 38 contract clients (offices, "
                    "dental practices, two primary schools)",
                    "Do every new-client site survey and quote myself, and a quarterly walk-round with each "
                    "facilities manager",
                    "First point of contact for complaints - I ring the client back the same day",
                    "Payroll, rotas, COSHH training and bookkeeping, with an accountant at year end"], et="freelance"),
              E("Self-employed Domestic Cleaner", "Self-employed", "Wreakford", "2015-04", "2018-08", F,
                "entrepreneurial_freelance", [
                    "Weekly and fortnightly cleans for 11 households, mostly while they were at work",
                    "Found clients through leaflets and word of mouth and agreed prices and jobs with each "
                    "household"], et="freelance"),
              E("Cleaning Operative", "Brightclean Contract Services", "Wreakford", "2012-01", "2015-03", N, None, [
                  "Evening office cleaning on a business park, 5.30-9pm, five nights a week"]),
              E("Catering Assistant", "Greenhill Primary School", "Wreakford", "2009", "2011", F, "in_person_service",
                ["Served lunches to about 300 children a day and cleared the hall afterwards"]),
          ]),
          S("Training", ["Level 2 Certificate in Cleaning Principles", "IOSH Managing Safely (2021)",
                         "Food Hygiene Level 2"]),
          S("Other", ["Full driving licence, DBS checked (2025)"]),
      ]))

# ------------------------------------------------------------------ w010
add(R("w010", "txt", "US gig worker (rideshare, delivery, task-app handyman, data labeling) pasted as plain text, dash title lines",
      "Marcus D. Lyle", ["Okatee Falls, GA 31412 | (912) 555-0193 | marcus.lyle@mailbox.com"],
      renderer="txt", order="dash", dstyle="mm/yyyy", present="Present", sep=" - ",
      opts={"head": "underline", "bullet": "*", "rowfmt": "right", "width": 92, "dash": ", "},
      sections=[
          S("Summary", "Reliable, self-managed worker with five years of app-based driving, delivery and handyman "
                       "jobs and three years in a distribution center. Looking for a steady full-time role with "
                       "benefits - dispatch, field service or warehouse lead."),
          S("Work Experience", [
              E("Rideshare & Delivery Driver (Independent Contractor)", "Self-employed", "Okatee Falls, GA",
                "2021-05", "present", F, "in_person_service", [
                    "4.96 rating over 6,800 trips: airport runs, late-night pickups, riders with wheelchairs and "
                    "service animals",
                    "Food and grocery delivery at lunch and dinner peaks - hand-offs at the door, ID checks on "
                    "alcohol orders"], et="freelance"),
              E("Furniture Assembly & Handyman", "Independent (task app)", None, "2022-03", "present", F,
                "other_facing", [
                    "Assemble furniture, mount TVs and shelves in customers' homes, 6-10 jobs a week",
                    "Agree the job and price with the customer in the app and walk them through the finished work"],
                et="freelance"),
              E("Data Annotator (contract, remote)", "Clikwork AI Services", None, "2023-01", "2023-10", N, None, [
                  "Labeled images and transcripts for machine learning training sets, about 20 hrs/week from home"],
                et="freelance"),
              E("Warehouse Associate", "Peachline Distribution Center", "Okatee Falls, GA", "2018-06", "2021-04", A,
                None, [
                    "Picked and packed e-commerce orders with RF scanner, 140+ units/hr",
                    "Forklift certified; loaded outbound trailers on second shift"]),
              E("Crew Member", "Biscuit Barn", "Okatee Falls, GA", "2016", "2018", F, "in_person_service", []),
          ]),
          S("Education", ["Okatee Falls High School - Diploma, 2016"], kind="lines"),
          S("Licenses & Certifications", ["Georgia Class C driver's license, clean record",
                                          "OSHA forklift operator certification (2019)"]),
      ]))

# ------------------------------------------------------------------ w011
add(R("w011", "pdf", "New Zealand wedding photographer, fpdf2 centred header, employer heading with roles beneath, subcontract retouching",
      "Aroha Whitlock", ["Kererū Bay", "021 447 903", "aroha@mailbox.co.nz", "kowhailight.co.nz"],
      renderer="fpdf", layout="centred", order="orgfirst", dstyle="mon", present="Present", sep=" – ",
      headline="Wedding & portrait photographer",
      opts={"font": "serif", "accent": (120, 80, 20), "hcaps": False, "orgcaps": False},
      sections=[
          S("About", "Photographer for twelve years - started in a camera shop print lab, now running my own "
                     "wedding business. Looking to add a part-time studio or retail role over the winter."),
          S("Experience", [
              E("Owner / Photographer", "Kōwhai Light Photography", "Kererū Bay", "2017-11", "present", F,
                "entrepreneurial_freelance", [
                    "Weddings (25-30 a season), elopements and family sessions",
                    "I meet every couple beforehand for a venue walk-through, shot list and timeline, and I'm the "
                    "one they text on the day",
                    "Quotes, contracts, online galleries and album design; bookings come through the website and "
                    "referrals"], et="freelance"),
              E("Freelance Retoucher (subcontract)", None, "Remote", "2016-03", "2019-12", A, None, [
                  "Colour grading and retouching for three North Island studios",
                  "Files came from the studio and went back to the studio by deadline - no contact with their "
                  "clients"], et="freelance", head="title_org"),
              E("Sales Assistant", "Lens & Light Camera Co.", "Kererū Bay", "2014-02", "2017-10", F,
                "in_person_service", [
                    "Advised customers on cameras, lenses and printing; ran the trade-in desk"]),
              E("Print Lab Technician", "Lens & Light Camera Co.", "Kererū Bay", "2012-06", "2014-01", A, None, [
                  "Ran the minilab in the back room: printed and boxed customers' photo and canvas orders"]),
          ]),
          S("Education", ["Diploma in Photography, Eastbay Polytechnic (2012)"], kind="lines"),
          S("Gear & software", ["Two mirrorless bodies, Lightroom, Photoshop, online proofing galleries"],
            kind="lines"),
      ]))

# ------------------------------------------------------------------ w012
add(R("w012", "docx", "Canadian French-English translator and interpreter, contact in the Word page header, agency work overlapping direct clients",
      "Geneviève Thibodeau-Marsh", ["Sainte-Odile-sur-Rivière, QC", "514-555-0172", "gthibodeau@mailbox.ca"],
      layout="header", order="dateline", dstyle="mon.", present="present", sep=" – ",
      opts={"font": "Garamond", "size": 11, "hstyle": "Heading 1", "hcolor": "5B2C6F", "titlestyle": None,
            "footer": "Page {page}"},
      headline="Certified translator (FR>EN) and community interpreter",
      sections=[
          S("Profile", "Translator for fourteen years and interpreter since 2021. In-house first, then freelance. "
                       "Steady agency work pays the bills; interpreting in clinics and at hearings is the part of "
                       "the job I care most about."),
          S("Experience", [
              E("Community & Medical Interpreter (FR/EN)", "Self-employed", "Sainte-Odile-sur-Rivière", "2021-09",
                "present", F, "entrepreneurial_freelance", [
                    "Booked directly by two family clinics and a legal aid office; interpret at appointments, "
                    "hearings and phone consultations",
                    "Sight-translate forms and consent documents with patients before they sign",
                    "Quote, schedule and invoice my own work"], et="freelance"),
              E("Freelance Translator (agency work)", "Self-employed", None, "2016-03", "present", A, None, [
                  "French-to-English translation of insurance, HR and pharmaceutical documents for four agencies, "
                  "6,000-8,000 words a week",
                  "Jobs arrive through the agencies' portals; I never deal with the end clients and queries go "
                  "through the project manager"], et="freelance"),
              E("In-house Translator", "Maplecourt Mutual Insurance", "Sainte-Odile-sur-Rivière", "2012-05",
                "2016-02", A, None, [
                    "Translated policy wordings, claim letters and the quarterly customer newsletter",
                    "Kept the French/English terminology base"]),
              E("Bilingual Customer Care Agent", "Telvista Communications", "Laval-des-Pins, QC", "2010-06",
                "2012-04", F, "contact_center", [
                    "Inbound calls in French and English about bills, moves and service outages"]),
          ]),
          S("Education & credentials", [
              "B.A. Translation, Université de Rivière-Haute (2010)",
              "Certified Translator, provincial order of translators (2014)",
              "Community interpreting certificate, 90 hours (2021)"]),
      ]))

# ------------------------------------------------------------------ w013
add(R("w013", "md", "UK self-employed personal trainer with content side business, Markdown 'Title at Employer' lines, volunteer run leader",
      "Callum Breeze", ["Ashcombe", "07712 660 483", "callum@mailbox.fit"],
      renderer="md", order="at", dstyle="month", present="present", sep=" – ",
      opts={"rsep": "|", "rwrap": "_", "h": "##", "bullet": "*"},
      headline="Personal trainer - strength for beginners, 50+ and post-natal",
      sections=[
          S("Experience", [
              E("Self-employed Personal Trainer", "Forge Fitness", "Ashcombe", "2020-01", "present", F,
                "entrepreneurial_freelance", [
                    "Around 30 regular clients a week, one-to-one and small groups - mostly beginners, post-natal "
                    "clients and over-50s",
                    "Free consultations, goal-setting and monthly progress check-ins; nutrition habits rather than "
                    "meal plans",
                    "Built my client list from zero by walking the gym floor and through referrals"],
                et="freelance", note="Renting floor space at Forge Fitness"),
              E("Content Creator", "Breeze Strength (YouTube & e-books)", None, "2022-06", "present", A, None, [
                  "Film and edit two training videos a week for the channel (41k subscribers)",
                  "Wrote and sell two beginner strength e-books"], et="freelance"),
              E("Gym Instructor", "Forge Fitness", "Ashcombe", "2017", "2019", F, "in_person_service", [
                  "Inductions for new members, floor supervision, class cover and the cleaning rota"]),
              E("Multi-drop Delivery Driver", "Parcelmark Logistics", "Ashcombe depot", "2014-03", "2016-12", F,
                "in_person_service", [
                    "100-130 drops a day on rural routes",
                    "Handed parcels over, took signatures and dealt with the odd complaint on the doorstep"]),
          ]),
          S("Volunteering", [
              E("Run Leader", "Ashcombe Couch to 5K", None, "2019-09", "present", F, "volunteering", [
                  "Lead the Wednesday beginners' group - warm-up, pacing and a lot of encouragement"],
                sec="volunteer", et="volunteer"),
          ]),
          S("Qualifications", ["Level 3 Personal Trainer", "Level 4 Lower Back Pain Management",
                               "Pre- and Post-Natal Exercise", "Emergency First Aid at Work"]),
      ]))

# ------------------------------------------------------------------ w014
add(R("w014", "pdf", "South African FMCG national key account manager, 2-page reportlab CV with two-column header and page footer",
      "Lerato Mahlangu", ["Vaalmere, Gauteng", "+27 82 614 3390", "lerato.mahlangu@mailbox.co.za",
                          "Own vehicle | Code B licence"],
      renderer="rl", layout="twocol", order="title_org_r", dstyle="month", present="Present", sep=" – ",
      headline="Key Account Management | FMCG | Modern & Wholesale Trade",
      opts={"font": "Helvetica", "size": 10, "lead": 13.5, "hcolor": (0.55, 0.1, 0.1),
            "footer": "{name} - Curriculum Vitae - Page {page} of {total}", "margin": 55},
      sections=[
          S("Career Summary", "Fifteen years in FMCG sales, from merchandising and route selling in townships to "
                              "managing two national retail groups. I negotiate annual trading terms, build joint "
                              "business plans with category buyers and lead a small team of regional account "
                              "managers. Known for getting deals over the line without giving away margin."),
          S("Key Achievements", [
              "Negotiated a R14m range extension into 310 stores of a national group (2023)",
              "Took wholesale channel from 19% to 27% of Kalahari Foods' snack volume in three years",
              "Sales Representative of the Year, Protea Beverages Gauteng South (2014)"]),
          S("Career History", [
              E("National Key Account Manager", "Kalahari Foods (Pty) Ltd", "Vaalmere", "2021-04", "present", F,
                "sales_account", [
                    "Own the relationship with two national retail groups: joint business plans, annual trading "
                    "terms and monthly performance reviews with their category buyers",
                    "Present new product launches and promotional calendars at buyer meetings",
                    "Lead three regional account managers and a merchandising contractor",
                    "Manage a R38m trade spend budget and monthly accruals with finance"]),
              E("Key Account Manager - Wholesale & Independents", "Kalahari Foods (Pty) Ltd", "Vaalmere",
                "2018-01", "2021-03", F, "sales_account", [
                    "Managed 22 wholesale and independent accounts; visited buying offices and cash-and-carry "
                    "floors weekly",
                    "Resolved pricing and claims disputes with account owners",
                    "Ran quarterly trade shows for independent retailers"]),
              E("Trade Marketing Analyst", "Kalahari Foods (Pty) Ltd", "Vaalmere", "2016-02", "2017-12", A, None, [
                  "Post-promotion evaluations and pricing analysis for the snacks portfolio",
                  "Built the monthly sell-out dashboards the sales team used in customer meetings",
                  "Worked with the agency on point-of-sale material"]),
              E("Sales Representative", "Protea Beverages (Pty) Ltd", "Kroonsdal", "2012-07", "2016-01", F,
                "sales_account", [
                    "Called on 45 outlets a week - spaza shops, taverns and independent supermarkets",
                    "Took orders, sorted out credit notes and negotiated cooler placements with owners",
                    "Opened 60 new outlets in 2014"]),
              E("Merchandiser", "Protea Beverages (Pty) Ltd", "Kroonsdal", "2011-01", "2012-06", A, None, [
                  "Packed shelves and coolers in 12 stores and built promotional displays",
                  "Checked stock dates and reported out-of-stocks to the rep"]),
          ]),
          S("Education", ["Bachelor of Commerce (Marketing Management), University of Kroonsdal, 2010",
                          "Short course: Negotiation Skills for Key Account Managers, 2019",
                          "Matric (exemption), Vaalmere High School, 2006"]),
          S("Computer Literacy", ["MS Excel (advanced: pivots, lookups), PowerPoint, SAP SD, Power BI (basic)"]),
          S("Personal Details", [("Nationality", "South African"), ("Languages", "English, isiZulu, Sesotho, "
                                                                                "Afrikaans (basic)"),
                                 ("Notice period", "One calendar month")], kind="pairs"),
          S("References", ["Mr T. Dube - Sales Director, Kalahari Foods - 011 555 0192",
                           "Ms A. van Wyk - Regional Manager, Protea Beverages - 016 555 0148"]),
      ]))

# ------------------------------------------------------------------ w015
add(R("w015", "txt", "UK café owner and former market trader, plain text with capitals title lines, prose duties, manufacturing job",
      "Bev Holroyd", ["Hebbleton", "Tel: 07980 551 302", "Email: bev.holroyd@mailbox.co.uk"],
      renderer="txt", order="inline", dstyle="month", present="present", sep=" – ",
      opts={"head": "caps", "bullet": "-", "titlecaps": True, "namecaps": True},
      sections=[
          S("About me", "Cheese monger, market trader and for the last seven years owner of a small café. Looking "
                        "for a deli or farm-shop manager job where I can be on the shop floor."),
          S("Work", [
              E("Owner", "The Tin Kettle Café", "Hebbleton", "2019-03", "present", F, "in_person_service", [
                  "Opened the café in the old bank on Market Street: 32 covers, two staff and a Saturday lad.",
                  "I'm front of house most days - orders, the till and knowing what the regulars have.",
                  "I also do the baking, ordering, rotas and the VAT returns."], prose=True, et="freelance"),
              E("Market Trader (cheese & deli stall)", "Self-employed", "Hebbleton & Skelby markets", "2014", "2019",
                F, "in_person_service", [
                    "Tuesday and Saturday markets plus food fairs at weekends",
                    "Serving, sampling, cash and card; bought from six local dairies"], et="freelance"),
              E("Cheese Maker", "Dalesford Creamery", "Dalesford", "2008", "2014", N, None, [
                  "Made, brined and turned cheeses; cleaned down the make room; kept the hygiene records"]),
          ]),
          S("Volunteering", [
              E("Volunteer Organiser", "Hebbleton Food & Drink Festival", None, "2022", "2024", F, "volunteering", [
                  "Signed up the stallholders, drew up the pitch plan and ran the info tent on the day"],
                sec="volunteer", et="volunteer"),
          ]),
          S("Certificates", ["Level 3 Food Safety", "Personal licence holder"]),
          S("References", "On request."),
      ]))
