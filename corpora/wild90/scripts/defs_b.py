"""w016–w030."""
from lib import E, R

F = "facing"
A = "affecting"
N = "none"

RESUMES = []

# ---------------------------------------------------------------- w016
RESUMES.append(R(
    "w016.md", "UK estate agency branch manager in Markdown, h3 title with firm line, sales progression and photography",
    "Darren Whitlock", ["Kingsmere", "07700 900 183", "darren.whitlock@mailbox.co.uk"],
    hdr="title_org", dates="mon", sep=" – ",
    blocks=[
        ("h", "Profile"),
        ("p", "Estate agent for twelve years, branch manager since 2020. NAEA Propertymark member. "
              "I still do my own valuations."),
        ("h", "Key achievements"),
        ("ul", ["Branch fee income up 38% over three years", "Top valuer in the group 2023 and 2024"]),
        ("h", "Career"),
        ("x", [
            E("Branch Manager", "Pemberton & Lowe Estate Agents", "Kingsmere", "2020-01", "present", F, "sales_account", [
                "Run a branch of seven: weekly figures, pipeline meetings, recruitment",
                "Carry out market appraisals for vendors and win instructions",
                "Handle the difficult calls when a sale falls through"]),
            E("Senior Sales Negotiator", "Pemberton & Lowe Estate Agents", "Kingsmere", "2016-03", "2019-12", F,
              "sales_account", [
                "Accompanied viewings, negotiated offers and qualified buyers' finance"]),
            E("Sales Progressor", "Halden Home Moves", "Ridgecombe", "2014-05", "2016-02", F, "other_facing", [
                "Chased solicitors, surveyors and brokers to keep chains moving",
                "Phoned buyers and vendors every week with an update on their sale"]),
            E("Photography & Floorplan Assistant", "Halden Home Moves", "Ridgecombe", "2013-06", "2014-04", A, None, [
                "Photographed and measured properties and drew floorplans",
                "Wrote listing descriptions for the portals"]),
        ]),
        ("h", "Education"),
        ("p", "BTEC National Diploma in Business, Ridgecombe College"),
        ("h", "Hobbies"),
        ("p", "Cricket, cycling, Kingsmere Round Table."),
    ]))

# ---------------------------------------------------------------- w017
RESUMES.append(R(
    "w017.docx", "US deputy court clerk, Word heading styles and list bullets, right tab-stop dates",
    "Yolanda Prescott", ["Larkin, FL 32799", "(850) 555-0158", "yprescott@mailbox.com"],
    layout="styles", hdr="title_org", dates="month", sep=" - ", bullet="list",
    blocks=[
        ("h", "Qualifications Summary"),
        ("ul", ["10 years in the clerk of court's office, civil and criminal divisions",
                "Fast, accurate data entry in the court case maintenance system",
                "Cash handling and daily balancing"]),
        ("h", "Employment"),
        ("x", [
            E("Deputy Court Clerk II", "Marlow County Clerk of Court", "Larkin, FL", "2021-07", "present", F,
              "in_person_service", [
                "Staff the civil intake counter; accept filings and fees from attorneys and self-represented litigants",
                "Answer procedural questions without giving legal advice",
                "Issue summonses and certified copies"]),
            E("Courtroom Clerk", "Marlow County Clerk of Court", "Larkin, FL", "2018-11", "2021-06", F, "other_facing", [
                "Recorded minutes, swore witnesses and marked exhibits in felony court",
                "Prepared judgment and sentence forms for the judge's signature"]),
            E("Digital Court Reporter", "Coastline Reporting Inc.", "Port Selby, FL", "2016-04", "2018-10", A, None, [
                "Monitored digital audio of depositions and produced certified transcripts"]),
            E("Cashier", "Sunway Grocery", "Larkin, FL", "2014-01", "2016-03", F, "in_person_service", []),
        ]),
        ("h", "Education"),
        ("p", "A.S. Paralegal Studies, Gulf Pines State College (2015)"),
    ]))

# ---------------------------------------------------------------- w018
RESUMES.append(R(
    "w018.pdf", "UK probate administrator, reportlab centred header, dates first then title with firm below",
    "Gillian Armitage", ["Durnford", "07700 900 410", "gill.armitage@mailbox.co.uk"],
    renderer="reportlab", layout="centred", hdr="datesfirst", dates="mm/yyyy", sep=" - ", bullet="-",
    blocks=[
        ("h", "Profile"),
        ("p", "STEP-qualified probate administrator. Organised, discreet and used to working to tight IHT deadlines."),
        ("h", "Employment"),
        ("x", [
            E("Probate Administrator", "Whitcombe Private Client LLP", "Durnford", "2021-03", "present", A, None, [
                "Collect in assets, close bank accounts and sell shares for 35 live estates",
                "Prepare IHT400 forms, estate accounts and distribution schedules for partner sign-off"]),
            E("Probate Assistant", "Greyfriars Will Writing Ltd", "Eastleigh Vale", "2019-04", "2021-02", F,
              "other_facing", [
                "Visited bereaved families at home to take instructions and explain the probate process",
                "Completed PA1P applications"]),
            E("Customer Service Adviser", "Northvale Building Society", "Durnford", "2016-01", "2019-03", F,
              "in_person_service", ["Branch counter: savings, mortgage payments and bereavement notifications"]),
            E("Administrator (temporary)", "Durnford Crematorium", "Durnford", "2015-05", "2015-12", A, None, [
                "Kept cremation registers and checked statutory forms from funeral directors"]),
        ]),
        ("h", "Qualifications"),
        ("p", "STEP Certificate in Trusts and Estates (2022). AAT Level 2."),
    ]))

# ---------------------------------------------------------------- w019
RESUMES.append(R(
    "w019.html", "Canadian building superintendent as a web page, 'Title | Company | Town' headings with dates, seasonal labouring",
    "Dmytro Kovalenko", ["Hollis Bay, ON", "905-555-0177", "dmytro.k@mailbox.ca"],
    hdr="pipe", dates="mon", sep=" – ", present="Current",
    blocks=[
        ("h", "Work Experience"),
        ("x", [
            E("Building Superintendent", "Cedarbridge Property Management", "Hollis Bay, ON", "2019-05", "present", F,
              "other_facing", [
                "Live-in superintendent for a 96-suite building: respond to tenants' maintenance requests in their units",
                "Show vacant suites to applicants and collect rent cheques"]),
            E("Assistant Superintendent", "Cedarbridge Property Management", "Hollis Bay, ON", "2017-02", "2019-04",
              A, None, [
                "Cleaned common areas and the garbage room, minor repairs and painting in vacant suites"]),
            E("Tenant Relations Officer", "Hollis Bay Community Housing", "Hollis Bay, ON", "2013-09", "2017-01", F,
              "other_facing", [
                "Met tenants about arrears, neighbour complaints and transfer requests",
                "Ran tenant meetings in three buildings"]),
            E("Landscape Labourer", "GreenEdge Landscaping", "Millgrove, ON", "2011-04", "2013-08", N, None, [
                "Seasonal: sod, interlock and planting crews on new subdivisions"]),
        ]),
        ("h", "Certificates"),
        ("ul", ["Refrigerant handling (ODP)", "WHMIS", "Working at Heights"]),
        ("h", "Languages"),
        ("p", "English, Ukrainian, Russian"),
    ]))

# ---------------------------------------------------------------- w020
RESUMES.append(R(
    "w020.docx", "US corporate and real estate paralegal, Word tab-stop dates, bold title and italic company line, a summer leasing job",
    "Nadia Haddad", ["Wexford Hills, PA 15099", "(412) 555-0124", "nadia.haddad@mailbox.net"],
    layout="tabs", hdr="title_org", dates="month", sep=" – ", bullet="•",
    blocks=[
        ("h", "Summary of Qualifications"),
        ("p", "Paralegal with 10+ years across personal injury intake, commercial real estate and in-house corporate work."),
        ("h", "Experience"),
        ("x", [
            E("Corporate Paralegal", "Tessaline Biotech, Inc.", "Wexford Hills, PA", "2021-01", "present", F,
              "internal_support", [
                "Maintain entity records, board minutes and state annual reports for 11 subsidiaries",
                "Run NDA intake for the business: answer contract-status questions from sales and procurement staff"]),
            E("Real Estate Paralegal", "Orchard & Vance LLP", "Pittsfield Junction, PA", "2017-06", "2020-12", A, None, [
                "Lease abstracts, title and survey review, closing checklists",
                "Prepared deeds, estoppels and SNDAs for attorney review"]),
            E("Legal Intake Specialist", "Hargrove Injury Law", "Pittsfield Junction, PA", "2015-08", "2017-05", F,
              "contact_center", [
                "Took calls from accident victims, screened cases and scheduled consultations"]),
            E("Leasing Agent (seasonal)", "Campus Edge Apartments", "College Heights, PA", "2014-06", "2014-08", F,
              "sales_account", ["Student leasing season: tours, applications and move-in inspections"],
              dt="Summer 2014"),
        ]),
        ("h", "Education & Certification"),
        ("p", "B.A. Political Science, Three Rivers University, 2015 · NALA Certified Paralegal (2018)"),
    ]))

# ---------------------------------------------------------------- w021
RESUMES.append(R(
    "w021.pdf", "UK chartered surveyor, 2-page fpdf2 CV with page footer, employer heading with roles beneath, career break",
    "Rhys Llewellyn-Barr MRICS", ["Colwick Market", "07700 900 366", "rhys.lb@mailbox.co.uk"],
    renderer="fpdf2", layout="left", hdr="orgfirst", dates="mon", sep=" – ", bullet="•",
    footer="R. Llewellyn-Barr — CV — {page}",
    headline="Chartered surveyor (MRICS, RICS Registered Valuer) — residential valuation and building surveys",
    blocks=[
        ("h", "Profile"),
        ("p", "Residential surveyor with fourteen years in practice, the last five leading a valuation team of nine. "
              "I have carried out over 4,000 secured lending valuations and 900 building surveys, and I now spend most "
              "of my time on quality assurance, panel audits and training. Happy in the field or behind the desk."),
        ("h", "Areas of expertise"),
        ("ul", ["Secured lending, Help to Buy and shared ownership valuations", "RICS Level 2 and Level 3 surveys",
                "Report auditing and panel compliance", "Desktop and AVM review", "APC counselling",
                "Expert witness reports (negligence claims)"]),
        ("h", "Employment history"),
        ("x", [
            E("Associate Director – Residential Valuation", "Brierley Harte Chartered Surveyors", "Colwick Market",
              "2021-05", "present", A, None, [
                "Sign off secured lending valuations and audit a sample of each surveyor's reports",
                "Lead the valuation team of nine: workloads, CPD, APC counselling",
                "Keep our panel compliance files current for three lenders"]),
            E("Senior Surveyor", "Brierley Harte Chartered Surveyors", "Colwick Market", "2017-03", "2021-04", F,
              "other_facing", [
                "Level 2 and Level 3 surveys in occupied homes",
                "Talked buyers through the findings by phone after each survey"]),
            E("Graduate Surveyor", "Fennick Property Consultants", "Brambleton", "2014-09", "2017-02", A, None, [
                "Desktop valuations, comparables research and report drafting for lenders",
                "Passed APC in 2017"]),
            E("Career break – travelling", None, None, "2013-09", "2014-08", N, None, [
                "Worked my way around Australia and New Zealand"], etype="unknown"),
            E("Quantity Surveying Assistant", "Holcroft Build Ltd", "Brambleton", "2011-07", "2013-08", N, None, [
                "Measured works and prepared valuations for subcontractor payments"]),
        ]),
        ("h", "Education"),
        ("ul", ["MSc Real Estate, Brambleton University (2014)", "BSc Quantity Surveying, Brambleton University (2011)"]),
        ("h", "Professional"),
        ("ul", ["MRICS (2017)", "RICS Registered Valuer", "RICS Valuer Registration CPD — current"]),
        ("h", "Training delivered"),
        ("ul", ["Damp and timber for new surveyors (in-house, annual)", "Report writing for valuers (regional RICS matrix)"]),
        ("h", "Interests"),
        ("p", "Rugby refereeing (grassroots), hill walking, restoring an old Land Rover."),
        ("h", "References"),
        ("p", "Available on request."),
    ]))

# ---------------------------------------------------------------- w022
RESUMES.append(R(
    "w022.txt", "US real estate transaction coordinator as plain text, title line with employer, town and dates after commas, freelance",
    "Brittany Lowe-Camacho", ["Summit Springs, AZ 85399", "(480) 555-0115", "brittany.tc@mailbox.com"],
    hdr="inline", dates="mm/yyyy", sep=" - ", present="Present", bullet="*", caps=False, rule="~",
    blocks=[
        ("h", "SUMMARY"),
        ("p", "Licensed assistant and transaction coordinator, 8 years in residential real estate."),
        ("h", "EXPERIENCE"),
        ("x", [
            E("Transaction Coordinator", "Self-employed", "Summit Springs, AZ", "2022-04", "present", F,
              "entrepreneurial_freelance", [
                "Manage contract-to-close files for six agents: deadlines, disclosures, lender and title follow-ups",
                "Send weekly status emails and closing checklists to the agents' buyers and sellers"],
              etype="freelance"),
            E("Front Desk Coordinator", "Summit Peak Realty", "Summit Springs, AZ", "2019-08", "2022-03", F,
              "in_person_service", []),
            E("Listing Coordinator", "Summit Peak Realty", "Summit Springs, AZ", "2018-01", "2019-07", A, None, [
                "Entered listings in the MLS, booked photographers and proofed flyers"]),
            E("Night Stock Associate", "Homeway Hardware", "Mesa Verde Junction, AZ", "2016-05", "2017-12", A, None, [
                "Unloaded freight and stocked aisles after close"]),
        ]),
        ("h", "LICENSES"),
        ("p", "Arizona Real Estate Salesperson (2018)"),
    ]))

# ---------------------------------------------------------------- w023
RESUMES.append(R(
    "w023.docx", "Canadian tenancy tribunal officer, Word borderless table per job, several roles with one tribunal, food-bank volunteer",
    "Mei-Lin Chow", ["Port Evelyn, BC", "604-555-0161", "meilin.chow@mailbox.ca"],
    layout="table", dates="mon", sep=" – ", present="Present",
    blocks=[
        ("h", "Summary"),
        ("p", "Eight years at a residential tenancy tribunal, from the public information line to mediation."),
        ("h", "Employment History"),
        ("x", [
            E("Dispute Resolution Officer", "Residential Tenancy Dispute Office", "Port Evelyn, BC", "2022-03",
              "present", F, "other_facing", [
                "Conduct pre-hearing mediations between landlords and tenants",
                "Write settlement agreements and decisions on straightforward files"]),
            E("Tribunal Clerk", "Residential Tenancy Dispute Office", "Port Evelyn, BC", "2019-10", "2022-02", F,
              "other_facing", [
                "Checked in parties, ran teleconference hearings and recorded outcomes"]),
            E("Information Officer", "Residential Tenancy Dispute Office", "Port Evelyn, BC", "2017-05", "2019-09", F,
              "contact_center", [
                "Answered the public information line on tenancy rights, forms and deadlines"]),
            E("Legal Assistant", "Brightwater Law Corporation", "Port Evelyn, BC", "2015-06", "2017-04", A, None, [
                "Formatted affidavits, prepared exhibit books and e-filed court documents"]),
            E("Warehouse Volunteer", "Port Evelyn Food Bank", "Port Evelyn, BC", "2013-09", "2015-05", A, None, [
                "Sorted donations and packed hampers for Saturday distribution"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "Paralegal Certificate, Cascadia Polytechnic (2015); B.A. English, Coast Mountain University (2013)"),
    ]))

# ---------------------------------------------------------------- w024
RESUMES.append(R(
    "w024.pdf", "UK block manager, reportlab with coloured left sidebar, pipe title/company/town line with right dates",
    "Sophie Kaczmarek", ["Hamblewick", "07700 900 929", "sophie.kaczmarek@mailbox.co.uk"],
    renderer="reportlab", layout="sidebar", hdr="pipe", dates="mon", sep=" – ", present="Present",
    side=[("h", "QUALIFICATIONS"), ("ul", ["TPI Level 4 Diploma", "in Residential Leasehold", "Management (2022)"]),
          ("h", "SYSTEMS"), ("ul", ["Qube", "Fixflo", "Xero"]),
          ("h", "DRIVING"), ("ul", ["Full licence, own car"])],
    blocks=[
        ("h", "Profile"),
        ("p", "Block manager for 22 developments. Calm in an AGM, firm on budgets."),
        ("h", "Experience"),
        ("x", [
            E("Block Manager", "Lindqvist Block Management", "Hamblewick", "2021-08", "present", F, "other_facing", [
                "Site inspections, service charge budgets and contractor tenders for 22 blocks",
                "Chair AGMs and deal with leaseholder correspondence and complaints"]),
            E("Property Management Assistant", "Lindqvist Block Management", "Hamblewick", "2019-06", "2021-07", F,
              "contact_center", [
                "First point of contact for leaseholder calls about repairs and service charge queries"]),
            E("Accounts Assistant", "Oakridge Lettings", "Hamblewick", "2017-05", "2019-05", A, None, [
                "Landlord statements, rent reconciliations and arrears reports"]),
            E("Concierge", "The Foundry Residences", "Pellingham", "2015-02", "2017-04", F, "in_person_service", []),
        ]),
        ("h", "Education"),
        ("p", "BA (Hons) Business Management, Pellingham University (2014)"),
    ]))

# ---------------------------------------------------------------- w025
RESUMES.append(R(
    "w025.md", "US apartment community manager in Markdown, h3 title with employer line, apostrophe-year dates, apartment locator",
    "Travis Okafor", ["Delmar Springs, CO", "(719) 555-0142", "travis.okafor@mailbox.com"],
    hdr="title_org", dates="apos", sep=" – ", present="Now",
    blocks=[
        ("h", "Experience"),
        ("x", [
            E("Community Manager", "Pinecone Living", "Delmar Springs, CO", "2022-05", "present", F, "other_facing", [
                "Oversee leasing, renewals and resident events for 310 units",
                "Personally handle escalated resident concerns and meet with residents on move-out disputes"]),
            E("Leasing Professional", "Aspenwood Commons", "Delmar Springs, CO", "2020-03", "2022-04", F,
              "sales_account", ["Tours, follow-up, applications; top closer in Q3 2021"]),
            E("Apartment Locator", "Self-employed", "Delmar Springs, CO", "2019-01", "2020-02", F,
              "entrepreneurial_freelance", [
                "Toured apartments with relocating clients and earned referral fees from communities"],
              etype="freelance"),
            E("Warehouse Associate", "Frontrange Distribution", "Pueblo Ridge, CO", "2016-07", "2018-12", A, None, [
                "Picked and packed e-commerce orders; RF scanner"]),
        ]),
        ("h", "Skills"),
        ("p", "Yardi, Entrata, Knock CRM, bilingual English/Spanish, Colorado real estate license (2019)"),
        ("h", "Education"),
        ("p", "Some college — Front Range Community College"),
    ]))

# ---------------------------------------------------------------- w026
RESUMES.append(R(
    "w026.docx", "UK clinical negligence legal secretary, name and contact in the Word page header, firm line first then title, overlapping part-time job",
    "Karen Doherty", ["Ferrowby", "07700 900 837", "karen.doherty@mailbox.co.uk"],
    layout="header", hdr="org_title", dates="m.yyyy", sep=" – ", bullet="•", footer="References on request",
    blocks=[
        ("h", "Work experience"),
        ("x", [
            E("Legal Secretary (Clinical Negligence)", "Ashworth Feld Solicitors", "Ferrowby", "2019-04", "present", F,
              "other_facing", [
                "Audio typing of letters of claim, schedules and medical chronologies",
                "Manage fee-earners' diaries and arrange expert appointments",
                "Answer calls from claimants and keep them updated on their case"]),
            E("Evening Receptionist (part-time)", "Ferrowby Leisure Centre", "Ferrowby", "2020-01", "2022-06", F,
              "in_person_service", ["Memberships, bookings and the till"]),
            E("Medical Secretary", "Ferrowby General Hospital", "Ferrowby", "2014-10", "2019-03", A, None, [
                "Typed clinic letters from dictation and managed consultants' waiting lists"]),
            E("Data Entry Clerk", "Kestrel Insurance Services", "Alderholt", "2012-02", "2014-09", N, None, [
                "Keyed survey returns and renewal data into spreadsheets"]),
        ]),
        ("h", "Skills"),
        ("ul", ["Audio typing 80 wpm", "Microsoft 365", "Medical terminology (AMSPAR)"]),
    ]))

# ---------------------------------------------------------------- w027
RESUMES.append(R(
    "w027.pdf", "US commercial building engineer, fpdf2 centred header, title line with right-aligned dates and employer below, apprenticeship",
    "Luis Ortega-Brandt", ["Crestview Heights, IL 60899", "(312) 555-0191", "luis.ortegab@mailbox.com"],
    renderer="fpdf2", layout="centred", hdr="title_org", dates="month", sep=" – ", bullet="•", us=True,
    blocks=[
        ("h", "Experience"),
        ("x", [
            E("Building Engineer", "Halvard Commercial Real Estate", "Crestview Heights, IL", "2020-06", "present", F,
              "other_facing", [
                "Operate and maintain HVAC, boilers and BMS for a 30-floor office tower",
                "Respond to tenant comfort calls and meet tenant representatives on floor to resolve issues"]),
            E("HVAC Apprentice", "Polar Air Mechanical", "Crestview Heights, IL", "2016-09", "2020-05", N, None, [
                "Installed rooftop units and ductwork on new construction"], etype="internship"),
            E("Facilities Coordinator", "Northgate Medical Group", "Elm Prairie, IL", "2014-04", "2016-08", F,
              "internal_support", [
                "Triaged work orders from clinic staff and set up exam and meeting rooms"]),
            E("Groundskeeper", "Cedar Hollow Cemetery", "Elm Prairie, IL", "2012-05", "2014-03", N, None, []),
        ]),
        ("h", "Licenses & Certifications"),
        ("p", "City of Crestview Heights Stationary Engineer • EPA 608 Universal • OSHA 30"),
    ]))

# ---------------------------------------------------------------- w028
RESUMES.append(R(
    "w028.html", "UK housing officer as a web page, 'Title – Landlord, Town' headings with dates, a career break listed",
    "Abigail Osei", ["Stallbridge", "07700 900 452", "abigail.osei@mailbox.co.uk"],
    hdr="dash", dates="month", sep=" to ", present="present",
    blocks=[
        ("h", "Personal statement"),
        ("p", "Housing officer with a patch of 420 homes, returning to full-time work after raising my children "
              "in 2016 and building up since."),
        ("h", "Employment"),
        ("x", [
            E("Housing Officer", "Greywater Homes", "Stallbridge", "2020-10", "present", F, "other_facing", [
                "Tenancy visits, anti-social behaviour cases and arrears interviews across my patch",
                "Sign up new tenants and carry out six-week settling-in visits"]),
            E("Income Recovery Assistant", "Greywater Homes", "Stallbridge", "2018-05", "2020-09", F,
              "contact_center", ["Phoned tenants in arrears to agree payment plans"]),
            E("Allocations Assistant", "Stallbridge District Council", "Stallbridge", "2016-07", "2018-04", A, None, [
                "Assessed housing register applications on paper, verified evidence and set banding"]),
            E("Career break", None, None, "2013-02", "2016-06", N, None, ["Full-time parent"], etype="unknown"),
            E("Receptionist", "Kerrow Lettings", "Stallbridge", "2010-09", "2013-01", F, "in_person_service", []),
        ]),
        ("h", "Training"),
        ("ul", ["CIH Level 3 Certificate in Housing (2019)", "Safeguarding adults (2024)", "Mental health first aid"]),
    ]))

# ---------------------------------------------------------------- w029
RESUMES.append(R(
    "w029.docx", "Canadian bilingual legal administrative assistant, Word two-column layout table with shaded sidebar, process server",
    "Amélie Gagnon-Price", ["Rivière-Sable, QC", "819-555-0153", "amelie.gp@mailbox.ca"],
    layout="sidebar", hdr="title_org", dates="mon", sep=" – ", bullet="-",
    side=[("h", "Languages"), ("ul", ["French (native)", "English (fluent)"]),
          ("h", "Software"), ("ul", ["PCLaw", "Word / Outlook", "Court e-filing"]),
          ("h", "Education"), ("ul", ["DEP Secrétariat juridique", "AEC Legal Assistant (2019)"])],
    blocks=[
        ("h", "Experience"),
        ("x", [
            E("Legal Administrative Assistant (bilingual)", "Beaulieu Tremblay Avocats", "Rivière-Sable, QC",
              "2021-09", "present", F, "in_person_service", [
                "Receive clients in French and English and book consultations",
                "Prepare court forms and affidavits for lawyers"]),
            E("Process Server", "Swiftserve Legal Couriers", "Rivière-Sable, QC", "2019-03", "2021-08", F,
              "other_facing", [
                "Personally served claims and summonses on individuals at their homes and workplaces",
                "Swore affidavits of service"]),
            E("Records Clerk", "Lac-Doré Land Registry Office", "Lac-Doré, QC", "2017-09", "2019-02", N, None, [
                "Scanned historical deeds and quality-checked the images"]),
            E("Front Desk Agent", "Auberge du Quai", "Rivière-Sable, QC", "2015-06", "2017-08", F,
              "in_person_service", []),
        ]),
    ]))

# ---------------------------------------------------------------- w030
RESUMES.append(R(
    "w030.txt", "US residential appraiser as plain text, dates first, year-only older dates, underlined headings",
    "Raymond J. Kessler", ["Brookmere, PA 17099", "(717) 555-0168", "rjkessler@mailbox.net"],
    hdr="datesfirst", dates="mm/yyyy", sep=" - ", present="Current", bullet="-", caps=False, rule="=",
    blocks=[
        ("h", "Experience"),
        ("x", [
            E("Certified Residential Appraiser", "Keystone Appraisal Group", "Brookmere, PA", "2018-02", "present", A,
              None, [
                "Inspect and measure homes for lender appraisals; complete URAR and 1004 reports",
                "Research comparable sales and reconcile value"]),
            E("Appraiser Trainee", "Keystone Appraisal Group", "Brookmere, PA", "2015-05", "2018-01", A, None, [
                "Comparables research and draft reports under a supervisory appraiser"], etype="internship"),
            E("Real Estate Assistant", "Brookmere Realty", "Brookmere, PA", "2013-03", "2015-04", F, "sales_account", [
                "Scheduled showings, answered buyer inquiries and hosted open houses"]),
            E("Field Inspector", "Fieldline Inspections", "Harrowgate, PA", "2010-01", "2012-12", A, None, [
                "Exterior-only inspections for insurance carriers: photos, measurements, hazard notes"], prec="year"),
        ]),
        ("h", "Licenses"),
        ("p", "Pennsylvania Certified Residential Appraiser"),
        ("h", "Education"),
        ("p", "B.S. Finance, Susquehanna Valley University"),
    ]))
