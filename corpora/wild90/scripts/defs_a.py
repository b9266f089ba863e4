"""w001–w015."""
from lib import E, R

F = "facing"
A = "affecting"
N = "none"

RESUMES = []

# ---------------------------------------------------------------- w001
RESUMES.append(R(
    "w001.pdf", "UK litigation paralegal with client intake, reportlab single column, title line with right-aligned dates",
    "Bethany Crowther", ["14 Millrace Close, Ashbury Moor AB3 9TD", "07700 918 442", "b.crowther@mailbox.co.uk"],
    renderer="reportlab", layout="plain", hdr="title_org", dates="month",
    headline="Litigation paralegal, LPC graduate, looking for a training contract in civil litigation",
    blocks=[
        ("h", "Profile"),
        ("p", "Four years in civil and housing litigation, from the first client call to the trial bundle. Calm with "
              "distressed clients, careful with deadlines, and comfortable with CPR timetables and e-filing."),
        ("h", "Experience"),
        ("x", [
            E("Litigation Paralegal", "Harcourt Venn LLP", "Ashbury Moor", "2022-03", "present", F, "other_facing", [
                "Take initial instructions from new clients by phone and in meetings, run conflict and ID checks",
                "Prepare trial bundles, witness statement drafts and chronologies for two associates",
                "Liaise with counsel's clerks, experts and the court office on listing and filings"]),
            E("Legal Assistant", "Pellow & Grange Solicitors", "Brackenfield", "2020-09", "2022-02", A, None, [
                "Scanned and indexed incoming post to the case management system",
                "Drafted standard letters and court forms for fee-earner approval",
                "Prepared disclosure lists and paginated bundles"]),
            E("Court Usher (casual)", "Brackenfield Magistrates' Court", "Brackenfield", "2019-06", "2020-08", F,
              "other_facing", [
                "Called on cases and guided defendants, witnesses and families to the right courtroom",
                "Administered oaths and affirmations and kept the courtroom running to time"]),
            E("Student Adviser", "Northgate University Law Clinic", "Ashbury Moor", "2018-10", "2019-05", F,
              "volunteering", [
                "Interviewed members of the public about housing and employment problems under supervision",
                "Wrote up advice letters checked by a supervising solicitor"], section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("p", "Legal Practice Course (Distinction), Northgate University, 2020"),
        ("p", "LLB Law (2:1), Northgate University, 2016–2019"),
        ("h", "Skills"),
        ("ul", ["Case management systems (Proclaim, Clio)", "CE-File and bundle software",
                "Full UK driving licence"]),
        ("h", "References"),
        ("p", "Available on request."),
    ]))

# ---------------------------------------------------------------- w002
RESUMES.append(R(
    "w002.docx", "US legal secretary supporting two partners (no client contact), Word heading styles, list bullets, tab-stop dates",
    "Deborah A. Lindqvist", ["Oxbow Falls, CT 06199", "(860) 555-0172", "dlindqvist@mailbox.com"],
    layout="styles", hdr="title_org", dates="mon", bullet="list",
    blocks=[
        ("h", "Summary"),
        ("p", "Legal secretary with 10+ years in litigation and estates practices. 95 wpm, Word and Excel power user, "
              "state and federal e-filing, docketing."),
        ("h", "Professional Experience"),
        ("x", [
            E("Legal Secretary", "Bramhall Ostrow & Pike LLP", "Oxbow Falls, CT", "2021-05", "present", A, None, [
                "Transcribe dictation and format pleadings, discovery responses and correspondence for two litigation partners",
                "Manage partners' calendars and docket court deadlines in CompuLaw",
                "E-file documents with state and federal courts and assemble exhibit binders"]),
            E("Receptionist / Legal Secretary", "Dunmore Law Group", "New Halford, CT", "2018-02", "2021-04", F,
              "in_person_service", [
                "Greeted clients and answered a four-line phone system",
                "Scheduled initial consultations and collected intake forms",
                "Typed wills, powers of attorney and deeds from templates"]),
            E("Administrative Assistant", "Carvel Realty", "New Halford, CT", "2016-07", "2018-01", A, None, [
                "Processed agent commission paperwork and listing agreements",
                "Ordered yard signs, lockboxes and brochure printing"]),
            E("Server", "Lucky Anchor Grille", "Port Whitby, CT", "2013-06", "2016-06", F, "in_person_service", []),
        ]),
        ("h", "Education"),
        ("p", "Certificate, Legal Office Procedures — Oxbow Community College, 2017"),
        ("h", "Skills"),
        ("ul", ["Microsoft Word (pleading templates, tables of authorities)", "CompuLaw, PACER, CM/ECF",
                "Notary Public, State of Connecticut"]),
    ]))

# ---------------------------------------------------------------- w003
RESUMES.append(R(
    "w003.pdf", "Canadian (Ontario) real estate law clerk, fpdf2 centred header, employer line first then title, mm/yyyy",
    "Priya Raghunathan", ["Fernhill, ON", "905-555-0148", "priya.raghu@mailbox.ca", "linkedin.com/in/priyaraghu"],
    renderer="fpdf2", layout="centred", hdr="org_title", dates="mm/yyyy", sep=" - ", bullet="–",
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Law clerk with six years in residential real estate and estates files. Teraview and Unity user, "
              "comfortable running 40+ open purchase and sale files."),
        ("h", "Work Experience"),
        ("x", [
            E("Real Estate Law Clerk", "Kessler Doane LLP", "Fernhill, ON", "2021-08", "present", A, None, [
                "Open purchase, sale and refinance files; order title searches, tax and status certificates",
                "Prepare closing documents, statements of adjustments and trust ledger statements",
                "Register transfers and charges electronically and report to lenders"]),
            E("Law Clerk (Wills & Estates)", "Abernethy Legal Professional Corporation", "Brookvale, ON", "2019-01",
              "2021-07", F, "other_facing", [
                "Met with executors to gather asset, debt and beneficiary information",
                "Prepared applications for certificates of appointment and estate accounts"]),
            E("Co-op Student", "Brookvale Community Legal Clinic", "Brookvale, ON", "2018-01", "2018-04", A, None, [
                "Filed and photocopied tenant files; completed tribunal forms from caseworker notes"],
              etype="internship"),
            E("Member Service Representative", "Northshore Credit Union", "Fernhill, ON", "2015-05", "2018-12", F,
              "in_person_service", [
                "Deposits, withdrawals and bill payments at the teller line",
                "Referred members to advisors for RRSP and mortgage appointments"]),
        ]),
        ("h", "Education"),
        ("p", "Law Clerk Diploma, Lakeshore College of Applied Arts, 2018"),
        ("h", "Skills"),
        ("p", "Teraview · Unity · PCLaw · Microsoft Office · English, Tamil, conversational French"),
    ]))

# ---------------------------------------------------------------- w004
RESUMES.append(R(
    "w004.txt", "US residential doorman with building-staff history, plain text, 'Title – Employer, Town' lines with dates",
    "Marco Villanueva", ["Queensbridge Heights, NY 11199", "(718) 555-0139 | marco.villa@mailbox.com"],
    hdr="dash", dates="mon", sep=" - ", bullet="-", rule="-",
    blocks=[
        ("h", "Objective"),
        ("p", "Experienced doorman looking for a full-time concierge position in a luxury residential building. Local 32 member."),
        ("h", "Work History"),
        ("x", [
            E("Doorman", "The Halvorsen", "Queensbridge Heights, NY", "2019-03", "present", F, "in_person_service", [
                "Greet residents and visitors, announce guests and keep the lobby log",
                "Receive and hand out packages and dry cleaning",
                "Hail cabs, help with strollers and groceries, watch the door during deliveries"]),
            E("Handyman", "Riverbend Property Services", "Queensbridge Heights, NY", "2016-04", "2019-02", F,
              "other_facing", [
                "Answered work orders in occupied apartments: leaks, locks, appliances, patching",
                "Explained the repair to the tenant and set up return visits when parts were needed"]),
            E("Porter", "Riverbend Property Services", "Queensbridge Heights, NY", "2014-09", "2016-03", A, None, [
                "Trash and recycling, mopped lobbies and stairwells, shoveled snow",
                "Set up the compactor room for pickup days"]),
            E("Security Guard", "Gotham Shield Security", "Long Harbor City, NY", "2012-05", "2014-08", N, None, [
                "Overnight patrol of a closed warehouse, alarm checks every hour, incident reports"]),
        ]),
        ("h", "Licenses"),
        ("ul", ["NYS Security Guard License", "FDNY Fire Safety Director (F-89)"]),
        ("h", "Languages"),
        ("p", "English, Spanish"),
    ]))

# ---------------------------------------------------------------- w005
RESUMES.append(R(
    "w005.docx", "UK lettings negotiator, Word tab-stop dates, bold title and italic agency line, promotion within one agency",
    "Jade Hollingsworth", ["Marlbury", "07700 900 318", "jade.hollingsworth@mailbox.co.uk"],
    layout="tabs", hdr="title_org", dates="month", bullet="•",
    blocks=[
        ("h", "Personal Statement"),
        ("p", "Target-driven lettings professional with five years on the high street. ARLA Level 3 qualified. "
              "Looking to move into a lettings manager role."),
        ("h", "Career History"),
        ("x", [
            E("Senior Lettings Negotiator", "Fairbourne Homes", "Marlbury", "2022-01", "present", F, "sales_account", [
                "Conduct 20+ viewings a week and negotiate offers between applicants and landlords",
                "Attend valuation appointments with prospective landlords and win new instructions",
                "Mentor two junior negotiators"]),
            E("Lettings Negotiator", "Fairbourne Homes", "Marlbury", "2020-06", "2021-12", F, "sales_account", [
                "Registered applicants, booked and carried out viewings, took holding deposits"]),
            E("Property Administrator", "Castleford Estates", "Wexley Green", "2018-03", "2020-05", A, None, [
                "Prepared tenancy agreements and registered deposits with the protection scheme",
                "Chased tenant references and right-to-rent documents through the referencing portal",
                "Raised landlord invoices and renewal paperwork"]),
            E("Bar Staff", "The Feathers", "Marlbury", "2016-09", "2018-02", F, "in_person_service", []),
        ]),
        ("h", "Qualifications"),
        ("p", "ARLA Propertymark Level 3 Certificate in Residential Letting and Property Management (2021)"),
        ("p", "A levels: Business (B), English Language (C), Sociology (C)"),
        ("h", "Interests"),
        ("p", "Netball (club captain), interiors, walking my two spaniels."),
    ]))

# ---------------------------------------------------------------- w006
RESUMES.append(R(
    "w006.pdf", "US multifamily property manager, reportlab with shaded left sidebar, 'Title | Company | Town' lines with right dates",
    "Renata Okonkwo-Hale", ["Cedar Flats, TX 78799", "(512) 555-0166", "renata.oh@mailbox.net"],
    renderer="reportlab", layout="sidebar", hdr="pipe", dates="mm/yyyy", sep=" – ", us=True,
    side=[("h", "CERTIFICATIONS"), ("ul", ["CAM (Certified Apartment Manager)", "Texas Real Estate Salesperson License",
                                          "Fair Housing certified 2025"]),
          ("h", "SOFTWARE"), ("ul", ["Yardi Voyager", "RealPage", "Entrata", "Excel"]),
          ("h", "EDUCATION"), ("ul", ["B.B.A. Management", "Pecan Valley State University, 2014"])],
    blocks=[
        ("h", "Experience"),
        ("x", [
            E("Property Manager", "Larkspur Residential", "Cedar Flats, TX", "2021-02", "present", N, None, [
                "Own the budget, vendor contracts and capital projects for a 240-unit community",
                "Review delinquency reports and approve eviction filings",
                "Hire, schedule and coach a team of leasing and maintenance staff"]),
            E("Assistant Property Manager", "Larkspur Residential", "Cedar Flats, TX", "2019-01", "2021-01", F,
              "other_facing", [
                "Handled resident complaints and followed escalated service requests through to completion",
                "Collected rent, processed move-outs and deposit dispositions"]),
            E("Leasing Consultant", "Bluebonnet Flats", "Granite Bend, TX", "2017-05", "2018-12", F, "sales_account", [
                "Toured prospects, qualified applicants and closed leases; 68% closing ratio"]),
            E("Make-Ready Technician", "Bluebonnet Flats", "Granite Bend, TX", "2015-08", "2017-04", A, None, [
                "Turned vacant units before move-in: paint, flooring, appliance swaps, final clean"]),
        ]),
        ("h", "Achievements"),
        ("ul", ["Raised occupancy from 89% to 96% in 2022", "Reduced turn time from 11 to 6 days"]),
    ]))

# ---------------------------------------------------------------- w007
RESUMES.append(R(
    "w007.md", "Canadian condo concierge and security guard in Markdown, h3 titles with employer line, one year-only volunteer role",
    "Kwame Asante-Boateng", ["Lakeview, ON", "416-555-0193", "kwame.ab@mailbox.ca"],
    hdr="title_org", dates="mon", present="Present", sep=" to ",
    blocks=[
        ("h", "Summary"),
        ("p", "Licensed security professional now working front desk in a 400-suite condominium. Bilingual (English/Twi), "
              "first aid and CPR-C."),
        ("h", "Experience"),
        ("x", [
            E("Concierge", "Harbourline Condominiums", "Lakeview, ON", "2023-04", "present", F, "in_person_service", [
                "Welcome residents and guests, register visitors and issue fobs and parking passes",
                "Book amenity rooms and elevator moves; answer residents' questions at the desk",
                "Log deliveries and contractor access"]),
            E("Security Guard", "Sentinel North Security", "Lakeview, ON", "2021-09", "2023-03", N, None, [
                "Overnight mobile patrols of construction sites and vacant buildings",
                "Wrote incident and occurrence reports for the site supervisor"]),
            E("Customer Service Representative", "TeleNord Mobile", "Lakeview, ON", "2019-02", "2021-08", F,
              "contact_center", [
                "Answered 60–80 inbound calls a day on billing and device questions",
                "Processed plan changes and retention offers"]),
            E("Volunteer Tenant Helper", "Parkdale West Tenants' Association", "Lakeview, ON", "2020-01", "2022-12",
              F, "volunteering", [
                "Helped neighbours fill in tribunal forms and rent-increase objections at monthly drop-ins"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Licences & Training"),
        ("ul", ["Ontario Security Guard Licence", "Standard First Aid / CPR-C (2025)", "Smart Serve"]),
    ]))

# ---------------------------------------------------------------- w008
RESUMES.append(R(
    "w008.docx", "UK conveyancing assistant, Word borderless table per job (title/firm left, dates right), list bullets",
    "Hannah Pryce", ["Avonmere", "07700 900 554", "hannah.pryce@mailbox.co.uk"],
    layout="table", dates="mon", sep=" – ",
    blocks=[
        ("h", "Profile"),
        ("p", "Residential conveyancing assistant working mainly on post-completion. CQS-accredited firm experience, "
              "sound on SDLT, Land Registry requisitions and client account rules."),
        ("h", "Employment"),
        ("x", [
            E("Conveyancing Assistant", "Marlowe Keane Solicitors", "Avonmere", "2022-06", "present", A, None, [
                "Post-completion: SDLT returns, AP1 and TR1 applications, replying to Land Registry requisitions",
                "Draft completion statements and redemption requests for the conveyancer to check"]),
            E("Conveyancing Secretary", "Avonside Law", "Selbury", "2019-10", "2022-05", F, "other_facing", [
                "Took calls from buyers, sellers and estate agents chasing progress and gave updates",
                "Typed contracts, searches reports and enquiries"]),
            E("Legal Cashier", "Avonside Law", "Selbury", "2018-01", "2019-09", A, None, [
                "Reconciled the client account, sent completion monies by CHAPS and posted bills"]),
            E("Sales Assistant", "Clifton Row Shoes", "Avonmere", "2015-09", "2017-12", F, "in_person_service", [
                "Fitted children's shoes and served customers on a busy Saturday floor"]),
        ]),
        ("h", "Education"),
        ("p", "CILEx Level 3 Certificate in Law and Practice (2020)"),
        ("h", "References"),
        ("p", "References from Marlowe Keane Solicitors available on request"),
    ]))

# ---------------------------------------------------------------- w009
RESUMES.append(R(
    "w009.pdf", "US escrow officer and title examiner, fpdf2 left header, title, company and dates each on their own line, m/yyyy, overlapping freelance",
    "Celeste Marchetti", ["Juniper Ridge, ID 83799", "(208) 555-0120", "cmarchetti@mailbox.com"],
    renderer="fpdf2", layout="left", hdr="dateline", dates="m/yyyy", sep=" – ", bullet="•", us=True,
    blocks=[
        ("h", "PROFESSIONAL EXPERIENCE"),
        ("x", [
            E("Escrow Officer", "Sagebrush Title & Escrow", "Juniper Ridge, ID", "2020-07", "present", F,
              "other_facing", [
                "Conduct closings with buyers, sellers and their agents at the signing table",
                "Open escrow, order payoffs and balance settlement statements",
                "Disburse funds and record documents"]),
            E("Title Examiner", "Sagebrush Title & Escrow", "Juniper Ridge, ID", "2017-03", "2020-06", A, None, [
                "Searched county records for liens, judgments and easements",
                "Wrote title commitments and cleared requirements before closing"]),
            E("Notary Signing Agent", "Self-employed", "Juniper Ridge, ID", "2018-01", "2020-12", F,
              "entrepreneurial_freelance", [
                "Evenings and weekends: travelled to borrowers' homes to notarize refinance loan packages"],
              etype="freelance"),
            E("Recording Clerk", "Canyon Ridge County Recorder's Office", "Sable Fork, ID", "2014-05", "2017-02", N,
              None, ["Indexed and scanned recorded deeds, plats and mortgages"]),
        ]),
        ("h", "EDUCATION"),
        ("p", "A.A. Business, Sable Fork Community College"),
        ("h", "LICENSES"),
        ("p", "Idaho Escrow Officer • Commissioned Notary Public • Certified Notary Signing Agent"),
    ]))

# ---------------------------------------------------------------- w010
RESUMES.append(R(
    "w010.html", "UK family solicitor's CV as a web page, 'Title – Firm, Town' headings with dates, training contract and law-school research",
    "Eleanor Mbeki-Shaw", ["Castlebrook, Greater Ellington", "07700 900 771", "e.mbekishaw@mailbox.co.uk"],
    hdr="dash", dates="mon", sep=" – ",
    blocks=[
        ("h", "About me"),
        ("p", "Family solicitor (admitted 2021) handling divorce, financial remedy and private children work for a mix of "
              "privately paying and legally aided clients."),
        ("h", "Legal experience"),
        ("x", [
            E("Associate Solicitor", "Threlkeld Ashby LLP", "Castlebrook", "2021-09", "present", F, "other_facing", [
                "Advise clients on divorce, finances and child arrangements from first meeting to final order",
                "Represent clients at FDR and directions hearings",
                "Supervise a trainee and a paralegal"]),
            E("Trainee Solicitor", "Threlkeld Ashby LLP", "Castlebrook", "2019-09", "2021-08", F, "other_facing", [
                "Seats in family, private client, commercial property and litigation",
                "Attended client meetings, took attendance notes and drafted correspondence"], etype="internship"),
            E("Paralegal", "Kinnear Law", "Stockbury", "2018-07", "2019-08", A, None, [
                "Document review and disclosure coding on a large commercial dispute",
                "Prepared bundles for the trial team"]),
            E("Research Assistant", "Irwell University School of Law", "Castlebrook", "2017-01", "2017-06", N, None, [
                "Part-time during my LLB: collected and summarised case law on cohabitation for a lecturer's article"],
              section="other"),
            E("Advice Volunteer", "Moss Lane Advice Centre", "Castlebrook", "2016-10", "2018-06", F, "volunteering", [
                "Gave first-tier advice on benefits and housing to drop-in clients"],
              section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education"),
        ("ul", ["LPC, Irwell University (2019)", "LLB Law, Irwell University (2015–2018), 2:1"]),
        ("h", "Memberships"),
        ("p", "Resolution member; Law Society Family Law Accreditation (in progress)."),
    ]))

# ---------------------------------------------------------------- w011
RESUMES.append(R(
    "w011.docx", "US housing authority specialist, name and contact in the Word page header, employer line first then title, mm/yyyy, a summer internship",
    "Tomasz Wierzbicki", ["Millbrook, MA 01099", "(413) 555-0187", "t.wierzbicki@mailbox.net"],
    layout="header", hdr="org_title", dates="mm/yyyy", sep=" – ", bullet="•",
    blocks=[
        ("h", "Experience"),
        ("x", [
            E("Housing Specialist", "Millbrook Housing Authority", "Millbrook, MA", "2020-03", "present", F,
              "other_facing", [
                "Conduct annual recertification interviews with Housing Choice Voucher participants",
                "Explain program rules to landlords and families; process moves and rent changes",
                "Carry a caseload of ~310 households"]),
            E("Eligibility Clerk", "Millbrook Housing Authority", "Millbrook, MA", "2018-01", "2020-02", A, None, [
                "Processed waiting-list applications and verified income documents",
                "Prepared files for the specialists' interviews"]),
            E("Property Management Intern", "Quinlan Realty Group", "Easthaven, MA", "2017-06", "2017-08", A, None, [
                "Updated rent rolls and lease abstracts for commercial tenants"], etype="internship",
              dt="Summer 2017"),
            E("Barista", "Cuppa Joe's", "Millbrook, MA", "2015-09", "2017-05", F, "in_person_service", []),
        ]),
        ("h", "Education"),
        ("p", "B.A. Sociology, Western Hills State University, 2017"),
        ("h", "Certifications"),
        ("ul", ["HCV Specialist (2021)", "Rent Calculation Certification (2019)"]),
    ]))

# ---------------------------------------------------------------- w012
RESUMES.append(R(
    "w012.pdf", "Canadian real estate agent with assessment and mortgage background, 2-page reportlab résumé, two-column header, page footer",
    "Gordon MacKinnon", ["Harbourside, NS", "902-555-0134", "gordon.mackinnon@mailbox.ca", "Licensed since 2017"],
    renderer="reportlab", layout="twocol", hdr="title_org", dates="mon", sep=" – ", present="Present",
    footer="Gordon MacKinnon — Résumé — page {page}", us=True,
    headline="Real estate agent | former property assessor | 20 years in housing and lending",
    blocks=[
        ("h", "Profile"),
        ("p", "I help first-time buyers and downsizers across the Harbourside region. Before real estate I spent five "
              "years valuing homes for the provincial assessment roll and three years in mortgage administration, so I "
              "read a property and a mortgage commitment the way the other side does. Consistently in the top 10 of "
              "the brokerage by units sold since 2020."),
        ("h", "Core skills"),
        ("ul", ["Listing presentations and pricing strategy", "Negotiation and multiple-offer management",
                "Comparative market analysis", "Assessment appeals", "MLS, DocuSign, Lone Wolf",
                "Residential construction and condition reading"]),
        ("h", "Experience"),
        ("x", [
            E("Real Estate Agent", "Kingfisher Realty Brokerage", "Harbourside, NS", "2017-04", "present", F,
              "sales_account", [
                "Represent buyers and sellers from first meeting to closing; 30–40 transactions a year",
                "Run listing presentations, open houses and offer negotiations",
                "Keep in touch with past clients through an annual market update and a client appreciation event",
                "Mentor newly licensed agents joining the brokerage"], etype="freelance"),
            E("Showing Assistant", "Kingfisher Realty Brokerage", "Harbourside, NS", "2015-09", "2017-03", F,
              "sales_account", [
                "Showed listings to buyers on behalf of the team's agents and hosted open houses",
                "Collected feedback and prepared showing reports for sellers"]),
            E("Property Assessor", "Nova Valuation Services", "Port Tamsin, NS", "2010-06", "2015-08", F,
              "other_facing", [
                "Inspected homes for reassessment and spoke with owners at the door about the property's features",
                "Explained assessments to owners who called in and defended values at appeal hearings",
                "Kept sales and construction data current for 6,000 residential properties"]),
            E("Mortgage Administrator", "Maritime Trust", "Harbourside, NS", "2007-01", "2010-05", A, None, [
                "Prepared mortgage documents and instructions to lawyers",
                "Disbursed funds and tracked conditions on approved deals"]),
            E("Board Secretary", "Seaview Towers Condominium Corporation", "Harbourside, NS", "2012-01", "2016-12", N,
              None, ["Took minutes, kept the corporation's records and circulated notices of meetings"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("h", "Education and licensing"),
        ("ul", ["Salesperson licence, Nova Scotia Real Estate Commission (2017)",
                "Diploma in Property Assessment, Atlantic Institute of Appraisal (2011)",
                "Bachelor of Commerce, St. Brendan's University (2006)"]),
        ("h", "Community"),
        ("p", "Coach, Harbourside Minor Hockey (U11). Member of the Rotary Club of Port Tamsin."),
        ("h", "Awards"),
        ("ul", ["Kingfisher Realty Top Producer 2021, 2023, 2025", "Client Choice Award 2024"]),
        ("h", "References"),
        ("p", "Client testimonials and references from my managing broker are available on request."),
    ]))

# ---------------------------------------------------------------- w013
RESUMES.append(R(
    "w013.txt", "UK Crown Court associate's CV as plain text, labelled Position / Employer / Dates blocks, 'to date'",
    "Saanvi Chaudhry", ["Brantwick", "Tel: 07700 900 245", "Email: saanvi.c@mailbox.co.uk"],
    hdr="labelled", dates="month", present="to date", sep=" - ", bullet="*", rule="=",
    blocks=[
        ("h", "Personal profile"),
        ("p", "Court associate with ten years in HM courts administration, criminal and civil. Looking for a "
              "senior court clerk or tribunal case officer post."),
        ("h", "Employment history"),
        ("x", [
            E("Court Associate", "Brantwick Crown Court", "Brantwick", "2021-04", "present", F, "other_facing", [
                "Sit in court with the judge, record outcomes and swear in juries",
                "Deal with advocates, defendants and witnesses before and during hearings",
                "Draw up orders and warrants after each sitting"]),
            E("Listing Officer", "Brantwick Crown Court", "Brantwick", "2019-02", "2021-03", A, None, [
                "Scheduled trials and hearings and managed the warned list with the judges' clerks",
                "Produced the daily and weekly court lists"]),
            E("Administrative Officer (Fines)", "Hollinsford Magistrates' Court", "Hollinsford", "2016-08", "2019-01",
              F, "contact_center", [
                "Answered the fines telephone line and agreed payment plans with defendants",
                "Processed payments and enforcement notices"]),
            E("Records Assistant", "Ashcombe Borough Council", "Ashcombe", "2014-09", "2016-07", N, None, [
                "Digitised historic planning files and indexed them on the document system"]),
        ]),
        ("h", "Education"),
        ("p", "BA (Hons) Criminology, Ashcombe University, 2014"),
        ("h", "Referees"),
        ("p", "Two referees available on request."),
    ]))

# ---------------------------------------------------------------- w014
RESUMES.append(R(
    "w014.docx", "UK facilities coordinator, Word two-column layout table with shaded sidebar, month dates",
    "Lewis Ferreira", ["Castlebury", "07700 900 602", "lewis.ferreira@mailbox.co.uk"],
    layout="sidebar", hdr="title_org", dates="month", sep=" – ", bullet="•",
    side=[("h", "Key skills"), ("ul", ["CAFM (Planon, Concept)", "Permit to work", "Contractor management",
                                      "IOSH Managing Safely", "Budget tracking"]),
          ("h", "Education"), ("ul", ["BTEC Level 3 Business", "Castlebury College"]),
          ("h", "Interests"), ("ul", ["5-a-side football", "Cooking"])],
    blocks=[
        ("h", "Profile"),
        ("p", "Facilities coordinator with experience in multi-let offices and in-house FM."),
        ("h", "Experience"),
        ("x", [
            E("Facilities Coordinator", "Quayside Exchange", "Castlebury", "2022-02", "present", F, "other_facing", [
                "Run the building helpdesk for 14 tenant companies: log, chase and close requests",
                "Meet tenants' office managers monthly and handle fit-out and access questions",
                "Issue permits to contractors and check RAMS"]),
            E("Facilities Assistant", "Corvane Insurance", "Castlebury", "2019-05", "2022-01", F, "internal_support", [
                "Handled staff requests: desk moves, broken chairs, meeting-room set-ups",
                "Ran the post room and reception cover for staff"]),
            E("Maintenance Planner", "Gallowmere Estates Services", "Denholt", "2016-10", "2019-04", N, None, [
                "Scheduled planned preventive maintenance in the CAFM system and raised purchase orders",
                "Tracked contractor compliance certificates"]),
            E("Office Cleaner (part-time)", "Sparkle Office Services", "Denholt", "2015-01", "2016-09", N, None, [
                "Evening cleaning of offices after staff had left"]),
        ]),
    ]))

# ---------------------------------------------------------------- w015
RESUMES.append(R(
    "w015.pdf", "US housing attorney, fpdf2 centred header, title line with right-aligned dates and employer below, legal clinic and summer associate",
    "Jonah Feldstein-Ruiz", ["Calder Falls, NY", "(585) 555-0109", "jfeldstein@mailbox.com", "NY Bar 2019"],
    renderer="fpdf2", layout="centred", hdr="title_org", dates="mon", sep=" – ", bullet="▪", us=True,
    blocks=[
        ("h", "BAR ADMISSION"),
        ("p", "New York, 2019"),
        ("h", "LEGAL EXPERIENCE"),
        ("x", [
            E("Staff Attorney", "Riverside Legal Aid Society", "Calder Falls, NY", "2020-09", "present", F,
              "other_facing", [
                "Represent low-income tenants in summary eviction proceedings in housing court",
                "Staff weekly intake and advice clinics at two community centers",
                "Negotiate repair agreements and stipulations with landlords' counsel"]),
            E("Contract Attorney", "Lexant Discovery Services", "Calder Falls, NY", "2019-01", "2020-08", A, None, [
                "First-level review of emails for privilege and responsiveness in Relativity",
                "Drafted privilege log entries"]),
            E("Judicial Law Clerk", "Calder County Supreme Court", "Calder Falls, NY", "2018-08", "2019-07", N, None, [
                "Drafted bench memoranda and proposed opinions for a trial judge",
                "Researched motions on the civil calendar"]),
            E("Student Attorney", "Calder Law School Housing Clinic", "Calder Falls, NY", "2017-09", "2018-05", F,
              "other_facing", ["Represented tenants at eviction hearings under faculty supervision"],
              section="other", etype="internship"),
            E("Summer Associate", "Pruitt & Delacroix LLP", "Lorimer, NY", "2017-06", "2017-08", F, "other_facing", [
                "Research memos for partners on lease and zoning issues",
                "Attended client meetings and a deposition; drafted follow-up letters to clients"],
              etype="internship", dt="Summer 2017"),
        ]),
        ("h", "EDUCATION"),
        ("p", "J.D., Calder Law School, 2018 — Housing Justice Fellow"),
        ("p", "B.A. History, Lakemont College, 2015"),
    ]))
