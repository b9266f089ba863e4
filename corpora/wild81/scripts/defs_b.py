"""wild81 résumés w016–w030 (fictional people and organisations)."""
from lib import E

F, A, N = "facing", "affecting", "none"

R = []

# ---------------------------------------------------------------- w016
R.append(dict(
    id="w016", renderer="fpdf2", layout="sidebar", hdr="title_org", dstyle="month", present="Present", sep=" – ",
    family="Australian real-estate sales agent who came through property management, fpdf2 with shaded left sidebar",
    name="Chloe Vandersloot", headline="Licensed Real Estate Sales Agent",
    contact=["New Farm QLD 4005", "0431 555 208", "chloe.v@mailbox.com.au"],
    side=[("list", "Skills", ["Appraisals", "Open homes & auctions", "Tenancy law (QLD)", "PropertyMe, REX CRM"]),
          ("lines", "Licences", ["Full Real Estate Licence (QLD)", "Driver licence, own car"]),
          ("lines", "Referees", ["On request"])],
    blocks=[
        ("exp", "Career", [
            E("Sales Agent", "Riverbend Realty", "New Farm QLD", "2022-02", "present", [
                "Run appraisals, open homes and auction campaigns for inner-city units and houses",
                "Listed and sold 38 properties in FY25; 72% of listings from referrals"], F, "sales_account"),
            E("Property Manager", "Riverbend Realty", "New Farm QLD", "2019-05", "2022-01", [
                "Managed a rent roll of 160 properties; routine and entry/exit inspections",
                "First contact for tenants and landlords on repairs, arrears and lease renewals"], F, "other_facing"),
            E("Leasing Consultant", "Riverbend Realty", "New Farm QLD", "2018-01", "2019-04", [
                "Showed rentals to prospective tenants and processed applications"], F, "sales_account"),
            E("Trust Accounting Officer", "Riverbend Realty", "New Farm QLD", "2017-06", "2017-12", [
                "Reconciled the trust account, receipted rent and paid landlords at month end"], A),
            E("Receptionist", "Kedron Physiotherapy", "Kedron QLD", "2016-02", "2017-05", [
                "Front desk, bookings, HICAPS claims and phones"], F, "in_person_service"),
        ]),
        ("lines", "Education", ["Certificate IV in Real Estate Practice, 2018", "Bachelor of Arts (incomplete), QUT"]),
    ]))

# ---------------------------------------------------------------- w017
R.append(dict(
    id="w017", renderer="txt", layout="underline", hdr="inline", dstyle="mm/yyyy", present="to date", sep=" – ",
    bullet="•",
    family="Kenyan medical representative, plain text with underlined headings, 'Title, Employer, Town, dates' on one line",
    name="Brian Otieno Kariuki",
    contact=["P.O. Box 40112-00100, Nairobi", "Tel: +254 722 555 308", "Email: brian.kariuki@mailbox.co.ke"],
    blocks=[
        ("p", "Profile", "Registered pharmaceutical technologist working as a medical representative. Good "
                         "relationships with prescribers in private hospitals in Nairobi and Kiambu."),
        ("exp", "Work Experience", [
            E("Medical Representative", "Afyacare Pharmaceuticals Ltd", "Nairobi", "2021-03", "present", [
                "Detailing antibiotics and cardiology brands to doctors in 40 private hospitals and clinics",
                "Organising CMEs and pharmacy activations", "Achieved 118% of target in 2024"], F, "sales_account"),
            E("Sales Intern", "Medisol Distributors", "Nairobi", "2020-06", "2021-02", [
                "Took orders from chemists by phone and on route visits", "Followed up on delivery and payments"],
              F, "sales_account", etype="internship"),
            E("Pharmaceutical Technologist", "Ngong Road Community Pharmacy", "Nairobi", "2018-01", "2020-05", [
                "Dispensed prescriptions and counselled patients on their medicines",
                "Managed stock and expiries"], F, "healthcare_care"),
            E("Industrial Attachment – Pharmacy", "Mavoko Sub-County Hospital", "Athi River", "2017-05", "2017-08", [
                "Assisted in the main pharmacy store: receiving, stock cards and issuing to wards",
                "Prepared extemporaneous mixtures under supervision"], A, etype="internship"),
        ]),
        ("lines", "Education", ["Diploma in Pharmaceutical Technology – Kenya Medical Training College, 2017",
                                "KCSE – Mean Grade B, 2013"]),
        ("lines", "Referees", ["1. Dr. P. Wanjiru – Medical Director, Kiambu Road Hospital – 0722 555 411",
                               "2. Mr. J. Mwangi – Regional Sales Manager, Afyacare – 0733 555 902"]),
    ]))

# ---------------------------------------------------------------- w018
R.append(dict(
    id="w018", renderer="docx", layout="styles", hdr="org_title", dstyle="mon", present="Present", sep=" - ",
    family="Indian FMCG key account manager (modern trade), Word heading styles, employer line with tab dates then title heading",
    name="Ananya Kulkarni",
    contact=["Andheri East, Mumbai 400069 | +91 98190 55271 | ananya.kulkarni@mailbox.in"],
    blocks=[
        ("p", "Professional Summary", "11 years in FMCG sales across general trade and modern trade. Currently handling "
                                      "national chains for a mid-size packaged foods company."),
        ("list", "Key Skills", ["Joint business planning", "Trade terms negotiation", "Distributor management",
                                "Secondary sales analytics"]),
        ("exp", "Professional Experience", [
            E("Key Account Manager – Modern Trade", "Vishwa Consumer Products Ltd", "Mumbai", "2021-07", "present", [
                "Handle buyers and category managers of three national retail chains",
                "Negotiate listings, trade terms and promotions; annual JBP with each chain",
                "Visit stores with chain's regional teams to fix availability issues"], F, "sales_account"),
            E("Area Sales Manager", "Vishwa Consumer Products Ltd", "Nagpur", "2018-04", "2021-06", [
                "Managed 6 distributors and 14 sales officers across Vidarbha",
                "Market visits with SOs to retailers; distributor ROI and claims settlement"], F, "sales_account"),
            E("Sales Officer", "Sahyadri Foods Pvt Ltd", "Nashik", "2016-06", "2018-03", [
                "Covered 40 retail outlets a day on a fixed beat; new outlet opening and order booking"], F, "sales_account"),
            E("Management Trainee – Sales", "Sahyadri Foods Pvt Ltd", "Pune", "2015-06", "2016-05", [
                "Rotated through depot operations and sales MIS",
                "Planned dispatches from depot to distributors and reconciled secondary sales data"], A, etype="internship"),
        ]),
        ("lines", "Education", ["MBA (Marketing) – Symbiosis-affiliated institute, Pune, 2015", "B.Sc. (Chemistry) – 2013"]),
    ]))

# ---------------------------------------------------------------- w019
R.append(dict(
    id="w019", renderer="reportlab", layout="sidebar", page="letter", hdr="org_title", dstyle="mon", present="Present",
    sep=" – ", accent=(0.45, 0.1, 0.35),
    family="US early-career SDR turned account executive, reportlab coloured sidebar, employer line first then title, a season",
    name="Kayla Brandt-Ortiz", headline="Account Executive, SMB",
    contact=["Denver, CO", "(720) 555-0188", "kayla.bo@mailbox.com"],
    side=[("list", "Tools", ["Salesforce", "Outreach", "Gong", "LinkedIn Sales Navigator"]),
          ("list", "Education", ["B.A. Communication, University of Northern Colorado, 2022"])],
    blocks=[
        ("exp", "Experience", [
            E("Account Executive, SMB", "Peakline Payroll", "Denver, CO", "2024-07", "present", [
                "Run full-cycle sales for companies under 50 employees: discovery, demo, proposal, close",
                "117% of quota in 2025; President's Club"], F, "sales_account"),
            E("Sales Development Representative", "Peakline Payroll", "Denver, CO", "2023-01", "2024-06", [
                "Made 60+ cold calls a day and ran email sequences to book discovery meetings",
                "Booked 310 qualified meetings; promoted in 18 months"], F, "sales_account"),
            E("Server", "Larimer Street Kitchen", "Denver, CO", "2020-05", "2022-12", [
                "Served a 40-cover section; upsold wine pairings"], F, "in_person_service"),
            E("Marketing Intern", "Summit Ridge Brewing", "Golden, CO", "2022-06", "2022-08", [
                "Drafted social posts, shot product photos and updated the taproom website"], A,
              etype="internship", dtext="Summer 2022"),
        ]),
        ("p", "Interests", "Trail running, climbing, Spanish."),
    ]))

# ---------------------------------------------------------------- w020
R.append(dict(
    id="w020", renderer="html", layout="plain", hdr="dash", dstyle="mon", present="Present", sep=" – ",
    family="UK insurance telesales and renewals team leader, HTML résumé, 'Title – Employer, Town' with floated dates",
    name="Dean Whitlock",
    contact=["Sunderland SR4", "07700 900 812", "dean.whitlock@mailbox.co.uk"],
    blocks=[
        ("p", "About Me", "Telesales team leader from the North East. I've sold on the phone and on the street and I "
                          "now look after a renewals team."),
        ("exp", "Employment", [
            E("Renewals Team Leader", "Northgate Insurance Services", "Sunderland", "2022-09", "present", [
                "Lead 12 renewals advisers: call listening, 1-2-1s and rotas",
                "Take escalated customer calls and complaints about price increases"], F, "contact_center"),
            E("Telesales Advisor", "Northgate Insurance Services", "Sunderland", "2019-11", "2022-08", [
                "Sold car and home insurance on inbound quote calls; FCA-compliant sales scripts"], F, "contact_center"),
            E("Street Fundraiser", "Pathway Fundraising Ltd", "Newcastle upon Tyne", "2018-04", "2019-10", [
                "Signed up monthly donors for national charities on high streets and at events"], F, "other_facing"),
            E("Kitchen Porter", "The Quayside Grill", "Newcastle upon Tyne", "2016-07", "2018-03", [
                "Washing up, deep cleans and veg prep"], A),
            E("Labourer", "Wearside Groundworks", "Washington, Tyne and Wear", "2015-05", "2016-06", [
                "Drainage and kerbing on new-build housing sites"], N),
        ]),
        ("list", "Skills", ["Objection handling", "Coaching", "Excel", "CX and complaints (DISP)"]),
        ("lines", "Education", ["Level 3 Diploma in Customer Service (apprenticeship route), 2021",
                                "GCSEs incl. English and Maths, Castle View School"]),
    ]))

# ---------------------------------------------------------------- w021
R.append(dict(
    id="w021", renderer="docx", layout="tabs", hdr="title_org", dstyle="iso", present="Current", sep=" to ",
    family="Canadian dealership F&I manager, Word tab-stop dates with yyyy-mm ranges, service advisor and lube tech earlier",
    name="Jean-Marc Thibodeau",
    contact=["Moncton, NB E1C", "506-555-0137 · jm.thibodeau@mailbox.ca", "Bilingual (French / English)"],
    blocks=[
        ("exp", "Work Experience", [
            E("Finance & Insurance Manager", "Riverview Auto Centre", "Moncton, NB", "2021-04", "present", [
                "Meet every buyer at delivery to present financing, warranty and protection products",
                "Structure deals with 9 lenders; average 1.9 products per retail deal"], F, "sales_account"),
            E("BDC Representative", "Riverview Auto Centre", "Moncton, NB", "2019-02", "2021-03", [
                "Answered internet leads by phone, email and text and booked showroom appointments",
                "Called unsold showroom traffic and service customers with equity"], F, "contact_center"),
            E("Service Advisor", "Codiac Tire & Lube", "Dieppe, NB", "2016-05", "2019-01", [
                "Wrote repair orders at the counter and explained estimates to customers"], F, "in_person_service"),
            E("Lube Technician", "Codiac Tire & Lube", "Dieppe, NB", "2014-06", "2016-04", [
                "Oil changes, tire swaps and seasonal storage in the bays"], A),
        ]),
        ("lines", "Education", ["Business Administration diploma – NBCC Moncton, 2014"]),
        ("lines", "Licences", ["AMVIC-equivalent NB dealer salesperson registration; Life (LLQP) licence"]),
    ]))

# ---------------------------------------------------------------- w022
R.append(dict(
    id="w022", renderer="fpdf2", layout="left", hdr="title_org", dstyle="month", present="Present", sep=" – ",
    footer="Declan Fahy – CV – page {n}", hcase="upper",
    family="Irish cardiology device sales director who started as a cath-lab nurse, 2-page fpdf2 CV with page footer",
    name="Declan Fahy", headline="Regional Sales Director – Cardiology (UK & Ireland)",
    contact=["Salthill, Galway  ·  +353 87 555 0841  ·  declan.fahy@mailbox.ie"],
    blocks=[
        ("p", "Profile", "Former cath-lab nurse with twenty years in cardiology, the last thirteen in medical device "
                         "sales. I still go into the lab with my teams and I lead our big tenders myself. Known for "
                         "building teams that stay: average rep tenure in my region is over five years. I care about "
                         "clinical credibility, honest forecasting and looking after the customers we already have."),
        ("list", "Key achievements", ["Grew UK & Ireland revenue from €21m to €34m in four years",
                                      "Won the national HSE framework for coronary stents (2023) and two NHS regional tenders",
                                      "Developed four reps into first-line managers"]),
        ("exp", "Career history", [
            E("Regional Sales Director – UK & Ireland", "Lumeris Cardiology", "Galway", "2022-01", "present", [
                "Lead 3 sales managers and 22 representatives across interventional and structural heart",
                "Personally lead tender presentations to HSE and NHS procurement panels and cardiology leads",
                "Own the regional P&L, forecast and hiring"], F, "sales_account"),
            E("Regional Sales Manager – West", "Lumeris Cardiology", "Galway", "2018-03", "2021-12", [
                "Coached 7 reps with field visits to cath labs; looked after the five largest hospital accounts myself"],
              F, "sales_account"),
            E("Territory Manager", "Corrib Medical Supplies", "Galway", "2013-09", "2018-02", [
                "Sold guidewires, catheters and closure devices to cath labs in Connacht and Munster",
                "Supported cases in the lab and trained nursing and radiography staff"], F, "sales_account"),
            E("Clinical Nurse Manager 2 – Cardiac Cath Lab", "Western Regional Hospital", "Galway", "2008-09", "2013-08", [
                "Nursed patients through angiography and PCI; ran the lab rota"], F, "healthcare_care"),
            E("Staff Nurse – Coronary Care Unit", "St Brendan's General Hospital", "Limerick", "2005-10", "2008-08", [
                "Cared for acute cardiac patients on a 10-bed CCU"], F, "healthcare_care"),
        ]),
        ("break", None),
        ("lines", "Education", ["MBA – University of Limerick (part-time), 2017",
                                "Higher Diploma in Cardiovascular Nursing – 2007", "BSc Nursing – 2005"]),
        ("list", "Training", ["Miller Heiman Strategic Selling", "Insights Discovery facilitator",
                              "IMDA-equivalent compliance training (annual)"]),
        ("lines", "Interests", ["Sailing on Galway Bay, under-14 hurling coach."]),
        ("lines", "References", ["Available on request."]),
    ]))

# ---------------------------------------------------------------- w023
R.append(dict(
    id="w023", renderer="md", layout="bold", hdr="orgfirst", dstyle="apos", present="Now", sep=" – ",
    family="New Zealand commission-only sales agent, Markdown with employer headings and roles beneath, abbreviated years, a year-only volunteer role",
    name="Aroha Tipene-Walsh",
    contact=["Hamilton, NZ", "021 555 0726", "aroha.tw@mailbox.co.nz"],
    blocks=[
        ("p", "Kia ora", "I sell good food made by small Waikato producers. Before going out on my own I spent six "
                         "years at a rural supplies store, first in the office and then on the counter."),
        ("exp", "Mahi / Work", [
            E("Independent Sales Agent (commission only)", "Self-employed", "Waikato", "2021-03", "present", [
                "Represent three craft food producers to delis, cafés and gift stores",
                "Run tastings in store, take orders and look after reorders"], F, "sales_account", etype="freelance"),
            E("Counter Sales", "Waikato Farm Supplies Ltd", "Te Awamutu", "2017-05", "2021-02", [
                "Served farmers and trade customers at the counter; quotes for fencing and animal health"],
              F, "in_person_service"),
            E("Sales Administrator", "Waikato Farm Supplies Ltd", "Te Awamutu", "2015-08", "2017-04", [
                "Processed orders, invoices and stock transfers between branches"], A),
            E("Sponsorship Coordinator (volunteer)", "Kirikiriroa Rugby & Sports Club", "Hamilton", "2019-01", "2022-12", [
                "Approached local businesses for sponsorship and looked after sponsors on game days"],
              F, "volunteering", prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Tastings and demos", "Xero", "Reo Māori (conversational)", "Full licence"]),
    ]))

# ---------------------------------------------------------------- w024
R.append(dict(
    id="w024", renderer="docx", layout="table", hdr="title_org", dstyle="month", present="Present", sep=" – ",
    family="US deal desk manager and pricing analyst (never meets a customer), Word with a borderless table per job, a season",
    name="Morgan Ellery",
    contact=["Charlotte, NC 28203", "(704) 555-0152", "morgan.ellery@mailbox.com"],
    blocks=[
        ("p", "Summary", "Revenue operations professional: deal desk, pricing and incentive compensation. I sit between "
                         "sales, finance and legal and keep deals moving without giving away margin."),
        ("exp", "Experience", [
            E("Deal Desk Manager", "Brightwater Logistics Software", "Charlotte, NC", "2022-05", "present", [
                "Answer 40+ requests a week from account executives on pricing, discounts and non-standard terms",
                "Review and approve deal structures before they go to the customer; sit in AE deal reviews",
                "Built the CPQ approval matrix with Finance and Legal"], F, "internal_support"),
            E("Pricing Analyst", "Brightwater Logistics Software", "Charlotte, NC", "2020-02", "2022-04", [
                "Maintained the price book and discount guardrails", "Ran win/loss and discount leakage analysis"], N),
            E("Sales Compensation Analyst", "Harbor Point Bank", "Charlotte, NC", "2017-08", "2020-01", [
                "Calculated monthly incentive payouts for 400 bankers and audited the results",
                "Modelled plan changes for the HR and sales leadership"], N),
            E("Financial Analyst Intern", "Harbor Point Bank", "Charlotte, NC", "2016-06", "2016-08", [
                "Built variance reports for the retail banking finance team"], N, etype="internship", dtext="Summer 2016"),
        ]),
        ("lines", "Education", ["B.S. Finance, UNC Charlotte, 2017"]),
        ("lines", "Skills", ["Salesforce CPQ, Xactly, SQL, Excel modelling"]),
    ]))

# ---------------------------------------------------------------- w025
R.append(dict(
    id="w025", renderer="txt", layout="plain", hdr="title_org", dstyle="mon", present="Current", sep=" - ",
    txtpad=True, bullet="-",
    family="UK mobile-phone store manager, plain text with padded right-hand dates, warehouse job earlier",
    name="Imran Sadiq",
    contact=["Small Heath, Birmingham B10", "07700 900 935 | imran.sadiq@mailbox.co.uk"],
    blocks=[
        ("p", "Profile", "Store manager in mobile retail. I like a busy shop, a team that hits target and customers who "
                         "walk out knowing what they've signed up for."),
        ("exp", "Experience", [
            E("Store Manager", "Talkpoint Mobile", "Birmingham", "2021-03", "present", [
                "Run a team of 8 in a high-footfall city-centre store; rotas, targets and recruitment",
                "Deal with escalated complaints on the shop floor and serve customers at peak times"],
              F, "in_person_service"),
            E("Assistant Store Manager", "Talkpoint Mobile", "Solihull", "2019-01", "2021-02", [
                "Key holder; opened and closed the store, ran the floor on manager's days off"], F, "in_person_service"),
            E("Sales Advisor", "Talkpoint Mobile", "Solihull", "2017-06", "2018-12", [
                "Sold pay-monthly contracts, upgrades and insurance; set up phones for customers"], F, "in_person_service"),
            E("Warehouse Operative", "Midland Parcel Hub", "Tyseley", "2015-09", "2017-05", [
                "Sorted and scanned parcels on nights for next-day delivery routes"], A),
        ]),
        ("lines", "Education", ["BTEC National Diploma in Business - South & City College, 2015"]),
        ("lines", "Languages", ["English, Urdu, Punjabi"]),
    ]))

# ---------------------------------------------------------------- w026
R.append(dict(
    id="w026", renderer="html", layout="plain", hdr="org_title", dstyle="mm/yyyy", present="Present", sep=" - ",
    family="Dubai off-plan property consultant from luxury watch retail, HTML with an aside for skills and languages",
    name="Joel Fernandes", headline="Property Consultant | Off-plan & Secondary",
    contact=["Dubai Marina, UAE", "+971 50 555 0392", "joel.fernandes@mailbox.ae"],
    side=[("list", "Skills", ["Investor presentations", "CRM (Property Finder leads)", "Client relationship management"]),
          ("lines", "Languages", ["English, Hindi, Konkani, basic Arabic"]),
          ("lines", "Visa", ["Employment visa, UAE driving licence"])],
    blocks=[
        ("exp", "Work Experience", [
            E("Property Consultant", "Marina Crest Real Estate LLC", "Dubai", "2022-10", "present", [
                "Advise local and overseas investors on off-plan launches; viewings and show-flat tours",
                "Present at roadshows in Mumbai and London; AED 46m sales in 2025"], F, "sales_account"),
            E("Sales Associate – Luxury Watches", "Orbis Timepieces LLC", "Dubai", "2019-03", "2022-09", [
                "Clienteling for VIP customers; boutique sales of Swiss watches"], F, "in_person_service"),
            E("Visual Merchandiser", "Orbis Timepieces LLC", "Dubai", "2017-09", "2019-02", [
                "Dressed windows and showcases before opening; planograms for three boutiques"], A),
            E("Front Office Associate", "Baga Sands Resort", "Goa, India", "2015-06", "2017-07", [
                "Check-in and check-out, guest requests and concierge bookings"], F, "in_person_service"),
        ]),
        ("lines", "Education", ["Diploma in Hotel Management – Goa, 2015", "RERA certified broker (Dubai), 2023"]),
    ]))

# ---------------------------------------------------------------- w027
R.append(dict(
    id="w027", renderer="fpdf2", layout="centred", hdr="dash", dstyle="dot", present="today", sep=" – ",
    family="German automotive-supplier key account manager, English CV from fpdf2, centred header, m.yyyy dates, working-student job",
    name="Lukas Brenner",
    contact=["Stuttgart-Vaihingen", "+49 151 5550 3317 · lukas.brenner@mailbox.de"],
    blocks=[
        ("exp", "Professional Experience", [
            E("Key Account Manager Automotive", "Reinholt Sensortechnik GmbH", "Stuttgart", "2020-04", "present", [
                "Responsible for 2 OEM and 5 Tier-1 customers (EUR 48m turnover)",
                "Lead price and contract negotiations; regular meetings with purchasing and engineering on site"],
              F, "sales_account"),
            E("Inside Sales Engineer", "Reinholt Sensortechnik GmbH", "Stuttgart", "2017-09", "2020-03", [
                "Quotations and technical questions from distributors and customers by phone and e-mail"],
              F, "sales_account"),
            E("Working Student Sales Controlling", "Falkner Antriebe AG", "Esslingen", "2015-10", "2017-08", [
                "Monthly sales reports, order-intake analysis, SAP SD data maintenance"], N, section="other"),
            E("Sales Intern", "Falkner Antriebe AG", "Esslingen", "2015-03", "2015-08", [
                "Accompanied field sales engineers to customer visits and wrote visit reports"],
              F, "sales_account", etype="internship"),
        ]),
        ("lines", "Education", ["B.Eng. Industrial Engineering – Hochschule Esslingen, 2017"]),
        ("lines", "Languages", ["German (native), English (C1), French (B1)"]),
        ("lines", "IT", ["SAP SD, Salesforce, MS Office"]),
    ]))

# ---------------------------------------------------------------- w028
R.append(dict(
    id="w028", renderer="docx", layout="header", hdr="pipe", dstyle="mon", present="Present", sep=" – ",
    family="US staffing-agency business development manager, name in the Word page header, 'Title | Employer | Town' with tab dates",
    name="Tasha Greenfield",
    contact=["Columbus, OH", "(614) 555-0125", "tasha.greenfield@mailbox.com"],
    blocks=[
        ("p", "Summary", "Staffing-industry business developer who started in payroll and recruiting, so I know what "
                         "happens after the contract is signed."),
        ("exp", "Experience", [
            E("Business Development Manager", "Keystone Staffing Partners", "Columbus, OH", "2021-08", "present", [
                "Prospect manufacturers and distribution centers; site tours with plant and HR managers",
                "Negotiate bill rates and markups; grew book to $9.4M annual billing"], F, "sales_account"),
            E("Recruiter", "Keystone Staffing Partners", "Columbus, OH", "2018-04", "2021-07", [
                "Screened and interviewed candidates for light industrial roles; ran onboarding days"],
              F, "other_facing"),
            E("Payroll Coordinator", "Keystone Staffing Partners", "Columbus, OH", "2016-10", "2018-03", [
                "Processed weekly timecards and payroll for 600 associates"], N),
            E("Cashier", "Buckeye Hardware", "Grove City, OH", "2014-05", "2016-09", [], F, "in_person_service"),
        ]),
        ("lines", "Education", ["A.A.B. Business Management, Columbus State Community College, 2016"]),
    ]))

# ---------------------------------------------------------------- w029
R.append(dict(
    id="w029", renderer="txt", layout="colon", hdr="labelled", dstyle="mon", present="Till date", sep=" - ",
    labels=("Designation", "Company", "Duration"), bullet="->",
    family="Indian pharma area business manager, plain text with labelled Designation / Company / Duration blocks",
    name="SURESH BABU NAIDU",
    contact=["H.No. 4-12, Kukatpally, Hyderabad", "Mob: 98490 55613", "E-mail: sureshbabu.n@mailbox.in"],
    blocks=[
        ("p", "Objective", "Seeking a challenging role as Regional Manager in a reputed pharma company."),
        ("exp", "Experience Summary", [
            E("Area Business Manager", "Medivance Life Sciences Ltd", "Hyderabad", "2019-04", "present", [
                "Managing team of 7 MRs in Hyderabad West HQ",
                "Joint field work with MRs, doctor calls, KOL management and chemist/stockist meets",
                "Achieved 108% sales for 2024-25"], F, "sales_account"),
            E("Medical Representative", "Medivance Life Sciences Ltd", "Warangal", "2014-06", "2019-03", [
                "Daily 12 doctor calls and 6 chemist calls; launched 2 brands in HQ"], F, "sales_account"),
            E("Medical Representative", "Sanjeevani Remedies", "Karimnagar", "2012-08", "2014-05", [], F, "sales_account"),
            E("QC Chemist", "Deccan Bulk Drugs Pvt Ltd", "Medak", "2011-01", "2012-07", [
                "HPLC and GC analysis of raw material and API batches", "Maintained GLP documents"], A),
        ]),
        ("lines", "Academic Qualification", ["B.Pharmacy - Kakatiya University - 2010"]),
        ("lines", "Personal Profile", ["Father's Name: N. Venkata Ramana", "Languages: Telugu, Hindi, English"]),
        ("lines", "Declaration", ["I hereby declare that the above particulars are true."]),
    ]))

# ---------------------------------------------------------------- w030
R.append(dict(
    id="w030", renderer="docx", layout="sidebar", hdr="title_org", dstyle="month", present="Present", sep=" – ",
    family="Australian graduate applying for a sales traineeship, Word layout table with shaded sidebar, casual jobs and a reselling side hustle",
    name="Liam Nguyen", headline="Graduate – Sales Trainee applicant",
    contact=["Mawson Lakes SA 5095", "0423 555 619", "liam.nguyen@mailbox.com.au"],
    side=[("list", "Skills", ["Customer service", "Cold calling", "Shopify, eBay", "Excel"]),
          ("lines", "Education", ["Bachelor of Commerce (Marketing), Torrens Valley University, 2025"]),
          ("lines", "Referees", ["Available on request"])],
    blocks=[
        ("exp", "Experience", [
            E("Retail Sales Assistant (casual)", "Harbourtown Sports Depot", "Adelaide SA", "2023-11", "present", [
                "Fit running shoes and sell team sport gear; open and close the store"], F, "in_person_service"),
            E("Student Caller", "Torrens Valley University Giving Office", "Adelaide SA", "2023-03", "2023-10", [
                "Phoned alumni to update their details and ask for donations to scholarships"], F, "contact_center"),
            E("Online Reseller", "Self-employed", None, "2021-06", "2023-12", [
                "Bought and resold limited sneakers on eBay and Instagram; 600+ sales, 100% feedback",
                "Answered buyer messages, packed and posted orders"], F, "entrepreneurial_freelance", etype="freelance"),
            E("Night Fill Team Member", "Valuefresh Supermarket", "Salisbury SA", "2020-02", "2021-05", [
                "Unloaded deliveries and filled shelves after close"], A),
            E("Research Assistant (casual)", "Torrens Valley University", "Adelaide SA", "2024-03", "2024-11", [
                "Coded and cleaned survey data for a consumer-behaviour study in the marketing school"],
              N, section="other"),
        ]),
    ]))
