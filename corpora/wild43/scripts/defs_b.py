"""wild43 résumés w016–w030 (one dict per résumé; entries are lib.E)."""
from lib import E

RESUMES = []
R = RESUMES.append

# ------------------------------------------------------------------ w016
R(dict(file="w016", ext="pdf", renderer="fpdf", layout="left", hdr="title_org", df="mon", present="Current",
       fs=10.5, footer="Sharon Whitely | Resume | page {page}", break_before="Education & Development",
       family="Australian HR business partner up from payroll, two-page fpdf2 résumé with footer, parental break, "
              "year-only early job",
       name="Sharon Whitely", tagline="HR Business Partner | Payroll background",
       contact=["Gundaroo Flats NSW 2xxx", "0418 555 662", "sharon.whitely@mailbox.com.au"],
       summary_h="Career Summary",
       summary="HR generalist with a payroll grounding, which means I know exactly how a rostering decision lands "
               "in someone's pay packet. Fifteen years in local government, aged care and road freight. Happy "
               "in a depot at 5am as much as in a boardroom.",
       sections=[
           ("Career History", [
               E("HR Business Partner", "Ridgeback Freight Pty Ltd", "Gundaroo Flats", "2022-01", "present", "facing",
                 "internal_support", [
                     "Partner with three operations GMs on workforce planning, restructures and EA negotiations",
                     "Coach line managers face to face through performance and misconduct processes",
                     "Analyse turnover and exit data and report to the leadership team quarterly"]),
               E("Payroll Officer", "Ridgeback Freight Pty Ltd", "Gundaroo Flats", "2018-03", "2021-12", "facing",
                 "internal_support", [
                     "End-to-end fortnightly payroll for 1,100 drivers and depot staff under two awards",
                     "Single point of contact for drivers' pay queries by phone and email – usually 40 a week",
                     "Single Touch Payroll lodgements and year-end"]),
               E("Payroll Clerk", "Kookaburra Aged Care Group", "Lake Wyrallah", "2015-07", "2018-02", "affecting",
                 None, ["Keyed timesheets, allowances and terminations", "Leave accrual reconciliations"]),
               E("Parental leave / full-time parent", None, None, "2013-02", "2015-06", "none", None, [],
                 etype="unknown"),
               E("Accounts Clerk", "Gundaroo Flats Shire Council", "Gundaroo Flats", "2008-01", "2013-01", "none",
                 None, ["Accounts payable for roads and parks", "Daily bank reconciliations", "Asset register updates"]),
               E("Retail Sales Assistant", "Harvey's Homewares", "Gundaroo Flats", "2005-01", "2007-12", "facing",
                 "in_person_service", [], prec="year"),
           ]),
           ("Education & Development", ["Graduate Certificate in Human Resource Management (2021)",
                                        "Certificate IV in Bookkeeping", "Mental Health First Aid"]),
           ("Systems", ["* Payroll and rostering systems (Chris21, Kronos-style T&A)", "* Excel (advanced)",
                        "* HRIS administration"]),
           ("Referees", ["Provided on request"]),
       ]))

# ------------------------------------------------------------------ w017
R(dict(file="w017", ext="docx", renderer="docx", layout="sidebar", hdr="title_org", df="mon", present="Present",
       side=["Skills", "Education"], shade="DCE6F0",
       family="Scottish home-insurance claims handler up from claims admin, Word two-column layout table with "
              "shaded sidebar and nested job tables",
       name="Jordan McAllister", tagline="Claims Handler",
       contact=["Kilbarrow, Lanarkshire", "07700 900 318", "jordan.mcallister@mailbox.co.uk"],
       summary_h="Profile",
       summary="Claims handler who enjoys sorting out people's worst days – floods, burst pipes, storm damage.",
       sections=[
           ("Skills", ["Claims validation", "Supplier management", "Guidewire-style claims systems", "Calm on the phone"]),
           ("Education", ["HNC Business, Kilbarrow College", "CII Cert CII (Insurance) – 2 units"]),
           ("Experience", [
               E("Claims Handler – Home Insurance", "Thistlebank Insurance Services", "Kilbarrow", "2023-03",
                 "present", "facing", "contact_center", [
                     "Handle escape-of-water and storm claims by phone from the first call to settlement",
                     "Arrange emergency plumbers and alternative accommodation for customers",
                     "Validate cover and apply policy excesses"]),
               E("Claims Administrator", "Thistlebank Insurance Services", "Kilbarrow", "2021-08", "2023-02",
                 "affecting", None, ["Indexed incoming post and emails to claim files",
                                     "Set up supplier payments and matched invoices"]),
               E("Customer Service Assistant", "Kilbarrow Leisure Centre", "Kilbarrow", "2019-06", "2021-07",
                 "facing", "in_person_service", ["Reception desk – memberships and swimming-lesson bookings"]),
               E("Kitchen Assistant", "The Drover's Rest", "Carnwath Mill", "2018-04", "2019-05", "affecting", None,
                 []),
           ]),
       ]))

# ------------------------------------------------------------------ w018
R(dict(file="w018", ext="md", renderer="md", hdr="title_org", df="mon", present="Present", sep=" – ",
       md_contact_sep=" | ",
       family="Irish service desk team lead from payments operations, Markdown h3 titles, year-only bar job, "
              "volunteer GAA coach",
       name="Ciarán Doherty",
       contact=["Knockmore, Co. Mayo", "086 555 0427", "ciaran.doherty@mailbox.ie"],
       sections=[
           ("Experience", [
               E("Service Desk Team Lead", "Lisheen Payments Ltd", "Knockmore", "2022-06", "present", "facing",
                 "internal_support", [
                     "Lead eight analysts supporting 1,200 colleagues in Ireland and Poland",
                     "Take escalations from staff and look after VIP support for the exec team",
                     "Own the monthly SLA and satisfaction reporting"]),
               E("Service Desk Analyst", "Lisheen Payments Ltd", "Knockmore", "2019-09", "2022-05", "facing",
                 "internal_support", ["Phone, chat and walk-up support for staff: accounts, laptops, VPN, Teams",
                                      "Ran new-starter IT inductions every second Monday"]),
               E("Payments Operations Associate", "Lisheen Payments Ltd", "Knockmore", "2017-02", "2019-08",
                 "affecting", None, ["Monitored SEPA payment files and repaired failed transactions",
                                     "Worked the chargeback queue against scheme deadlines"]),
               E("Barman", "Gannon's Bar", "Knockmore", "2014-01", "2016-12", "facing", "in_person_service", [],
                 prec="year"),
           ]),
           ("Volunteering", [
               E("Under-12s Coach", "Knockmore GAA Club", "Knockmore", "2018-01", "present", "facing", "volunteering",
                 ["Tuesday and Saturday sessions, blitzes and the odd parent meeting"], section="volunteer",
                 etype="volunteer", prec="year"),
           ]),
           ("Education", ["BSc Computing (Level 8), Atlantic Technological Institute – 2016", "ITIL 4 Foundation"]),
       ]))

# ------------------------------------------------------------------ w019
R(dict(file="w019", ext="pdf", renderer="rl", layout="twocol", hdr="title_org", df="month", present="Present",
       page="letter", font="dejavu", bch="•",
       family="Canadian credit-union mortgage underwriter who came through the branch and contact centre, reportlab "
              "two-column header",
       name="Arjun Sandhu", tagline="Residential Mortgage Underwriter",
       contact=["Fraserdale, BC", "604-555-0139", "arjun.sandhu@mailbox.ca"],
       sections=[
           ("Work Experience", [
               E("Residential Mortgage Underwriter", "Tidewater Credit Union", "Fraserdale, BC", "2021-11", "present",
                 "affecting", None, [
                     "Adjudicate mortgage applications submitted by member advisors and brokers, up to $1.5M",
                     "Review appraisals, income documents and GDS/TDS ratios against policy",
                     "Write conditions and exception memos for credit committee"]),
               E("Member Service Representative – Contact Centre", "Tidewater Credit Union", "Fraserdale, BC",
                 "2019-01", "2021-10", "facing", "contact_center", [
                     "Answered 60–70 calls a day: balances, transfers, card blocks, online banking lockouts",
                     "Top quality score on the team in 2020"]),
               E("Personal Banking Associate", "Tidewater Credit Union – Fraserdale Centre branch", "Fraserdale, BC",
                 "2016-05", "2018-12", "facing", "in_person_service", [
                     "Opened accounts and sold GICs and RRSPs to walk-in members",
                     "Covered the teller line at lunch"]),
               E("Cashier", "Evergreen Gas Bar", "Fraserdale, BC", "2014-07", "2016-04", "facing",
                 "in_person_service", []),
           ]),
           ("Education", ["Diploma in Financial Management, Fraser Valley Polytechnic (2016)",
                          "Mortgage Associate licence (BC), 2021"]),
       ]))

# ------------------------------------------------------------------ w020
R(dict(file="w020", ext="docx", renderer="docx", layout="tabs", hdr="title_org", df="mm/yyyy", present="Present",
       page="letter", sep=" - ",
       family="US bilingual immigration paralegal from litigation support and legal secretary, Word tab-stop "
              "dates, volunteer interpreter",
       name="Rachel Goldfarb-Ortiz", tagline="Bilingual Paralegal (English / Spanish)",
       contact=["Mesa Verde Springs, AZ", "(480) 555-0172", "rgoldfarbortiz@mailbox.com"],
       sections=[
           ("Professional Experience", [
               E("Senior Paralegal – Immigration", "Alvarado & Finch PLLC", "Mesa Verde Springs, AZ", "2020-04",
                 "present", "facing", "other_facing", [
                     "Conduct intake interviews with clients in English and Spanish",
                     "Prepare family-based petitions, RFE responses and hearing exhibits",
                     "Keep clients updated on case status and upcoming appointments"]),
               E("Litigation Paralegal", "Stroud Kessler LLP", "Phoenix Heights, AZ", "2016-09", "2020-03",
                 "affecting", None, ["Managed discovery databases, privilege logs and trial binders",
                                     "Cite-checked briefs and e-filed in state and federal courts"]),
               E("Legal Secretary", "Stroud Kessler LLP", "Phoenix Heights, AZ", "2014-02", "2016-08", "facing",
                 "other_facing", ["Calendared deadlines for three partners and formatted pleadings",
                                  "Answered client calls and scheduled consultations"]),
               E("Receptionist", "Desert Bloom Day Spa", "Mesa Verde Springs, AZ", "2012-06", "2014-01", "facing",
                 "in_person_service", ["Checked in guests, sold packages and gift cards"]),
           ]),
           ("Volunteer Experience", [
               E("Volunteer Interpreter", "Mesa Verde Legal Aid Clinic", "Mesa Verde Springs, AZ", "2018-01",
                 "2019-12", "facing", "volunteering", ["Interpreted for Spanish-speaking clients at Saturday clinics"],
                 section="volunteer", etype="volunteer"),
           ]),
           ("Education", ["Paralegal Certificate (ABA-approved), Sonoran Valley College, 2014"]),
       ]))

# ------------------------------------------------------------------ w021
R(dict(file="w021", ext="txt", renderer="txt", hdr="inline", df="mm/yyyy", present="Current", sep="–",
       caps=True, bch="-", bindent="  ",
       family="Australian bank customer service officer now in payments, short plain-text résumé with inline "
              "title, employer and dates",
       name="Mei-Ling Tan",
       contact=["Karrabin WA 6xxx | 0433 555 208 | meiling.tan@mailbox.com.au"],
       sections=[
           ("Employment", [
               E("Payments Officer", "Jarrah Coast Bank", "Karrabin", "2023-03", "present", "affecting", None, [
                   "Process high-value RTGS and international payments",
                   "Investigate returned payments and trace them with correspondent banks"]),
               E("Customer Service Officer", "Jarrah Coast Bank – Karrabin Central", "Karrabin", "2019-07", "2023-02",
                 "facing", "in_person_service", ["Teller transactions, cheque deposits, term deposit rollovers",
                                                  "Helped older customers set up internet banking"]),
               E("Checkout Operator", "FreshWay Supermarkets", "Karrabin", "2016-11", "2019-06", "facing",
                 "in_person_service", []),
           ]),
           ("Education", ["Bachelor of Commerce (Finance) – Curtin-Bay University, 2019"]),
       ]))

# ------------------------------------------------------------------ w022
R(dict(file="w022", ext="pdf", renderer="fpdf", layout="left", hdr="dateline", df="mon", present="Present",
       bch="»",
       family="UK credit controller (trade accounts) from sales ledger and warehouse, fpdf2 left header, title, "
              "employer and dates on separate lines",
       name="Gary Fenwick", contact=["Hexley, Tyne and Wear", "07700 900 955", "gary.fenwick@mailbox.co.uk"],
       summary_h="Personal Profile",
       summary="Persistent but fair credit controller. I'd rather agree a plan than put a good customer on stop.",
       sections=[
           ("Employment History", [
               E("Credit Controller", "Northgate Fasteners Ltd", "Hexley", "2019-08", "present", "facing",
                 "sales_account", [
                     "Chase overdue accounts by phone and email across 650 trade customers",
                     "Put accounts on stop and agree payment plans",
                     "Attend the monthly sales meeting to flag at-risk accounts"]),
               E("Sales Ledger Clerk", "Northgate Fasteners Ltd", "Hexley", "2016-02", "2019-07", "affecting", None,
                 ["Posted receipts, raised credit notes and sent statements"]),
               E("Warehouse Operative", "Hexley Parcel Hub", "Hexley", "2012-05", "2016-01", "affecting", None,
                 ["Loading, scanning and counterbalance forklift", "Nights for the first two years"]),
           ]),
           ("Qualifications", ["CICM Level 3 Award in Credit Management", "AAT Level 2"]),
       ]))

# ------------------------------------------------------------------ w023
R(dict(file="w023", ext="docx", renderer="docx", layout="table", hdr="title_org", df="month", present="Present",
       docx_bullets="style",
       family="Irish young vet-clinic receptionist who was PA to a school principal with a weekend pharmacy job "
              "and summer camp, Word borderless table per job",
       name="Niamh Gallagher",
       contact=["Drumlarkin, Co. Meath", "085 555 0613", "niamh.gallagher@mailbox.ie"],
       summary_h="Personal Statement",
       summary="Organised and warm, with a lot of practice at staying calm when the phone and the door go at once.",
       sections=[
           ("Work Experience", [
               E("Office Administrator / Receptionist", "Drumlarkin Veterinary Hospital", "Drumlarkin", "2024-05",
                 "present", "facing", "in_person_service", [
                     "Reception for a small-animal clinic: check-ins, payments, worried owners on the phone",
                     "Book the surgery lists and send vaccination reminders"]),
               E("PA to the Principal (part-time)", "St. Fintan's Community College", "Drumlarkin", "2022-09",
                 "2024-04", "facing", "internal_support", ["Managed the Principal's diary and meeting bookings",
                                                           "Prepared board of management papers",
                                                           "Processed staff substitution claims"]),
               E("Sales Assistant (weekends)", "Costigan's Pharmacy", "Drumlarkin", "2021-06", "2024-04", "facing",
                 "in_person_service", ["Tills and front-of-shop, weekends"]),
               E("Camp Leader", "Drumlarkin Summer Sports Camp", "Drumlarkin", "2021-06", "2021-08", "facing",
                 "education", ["Ran games and skills stations for groups of 8–10 year olds"], dt="Summer 2021"),
           ]),
           ("Education", ["QQI Level 6 Office Administration, 2022", "Leaving Certificate, 2021"]),
       ]))

# ------------------------------------------------------------------ w024
R(dict(file="w024", ext="html", renderer="html", hdr="title_org", df="mon", present="Till Date", sep=" – ",
       family="Indian HR operations executive on the employee helpdesk, from payroll and a BPO voice process, "
              "HTML résumé",
       name="Sneha Raghunathan",
       contact=["Nandigram Layout, Varunapura", "+91 99000 3xxxx", "sneha.r@mailbox.in"],
       summary_h="Profile",
       summary="HR shared-services professional with 7+ years in payroll and employee helpdesk operations.",
       sections=[
           ("Work Experience", [
               E("HR Operations Executive – Employee Helpdesk", "Trivikram Global Services Pvt. Ltd.", "Varunapura",
                 "2022-07", "present", "facing", "internal_support", [
                     "Resolving employee tickets on payroll, leave, insurance and letters (450+ tickets per month)",
                     "Conducting induction for new joiners every Monday",
                     "Preparing monthly helpdesk MIS"]),
               E("Payroll Executive", "Trivikram Global Services Pvt. Ltd.", "Varunapura", "2020-01", "2022-06",
                 "affecting", None, ["Monthly payroll inputs for 3,800 employees",
                                     "PF and ESI challans and reconciliation",
                                     "Full and final settlement calculations"]),
               E("Customer Support Associate (Voice)", "Zenith Telecare BPO", "Varunapura", "2018-06", "2019-12",
                 "facing", "contact_center", ["Inbound billing and plan queries for a US telecom client"]),
               E("HR Intern", "Shreyas Polymers", "Hosapete Road", "2018-01", "2018-05", "none", None,
                 ["Updated employee master data and attendance records", "Prepared HR MIS reports"],
                 etype="internship"),
           ]),
           ("Education", ["MBA (HR) – 2018", "B.Sc. (Psychology) – 2016"]),
           ("Personal Details", ["DOB: 22/09/1995 | Languages: English, Kannada, Tamil, Hindi"]),
       ]))

# ------------------------------------------------------------------ w025
R(dict(file="w025", ext="pdf", renderer="rl", layout="plain", hdr="orgfirst", df="month", present="Current",
       page="letter", bch="•", rule=False, hcol=(0, 0, 0), caps=True,
       family="US accounts payable supervisor with a long career (medical billing, self-employed bookkeeper, "
              "family caregiving, teller), reportlab with employer headings and year-only middle years",
       name="Linda Marchetti",
       contact=["Larkfield, PA", "(610) 555-0194", "linda.marchetti@mailbox.com"],
       summary_h="Summary of Qualifications",
       summary="Twenty-five years in finance operations. Accounts payable leader who cleans up backlogs, builds "
               "controls and trains good people.",
       sections=[
           ("Professional Experience", [
               E("Accounts Payable Supervisor", "Kessler-Vance Health System", "Larkfield, PA", "2019-02", "present",
                 "none", None, ["Supervise six AP specialists processing about 9,000 invoices a month",
                                "Month-end accruals, vendor master controls and 1099 reporting",
                                "Cut duplicate payments to near zero with a pre-payment audit"]),
               E("Senior AP Specialist", "Kessler-Vance Health System", "Larkfield, PA", "2015-05", "2019-01", "none",
                 None, ["Handled utilities, leases and physician contracts", "Trained new specialists"]),
               E("Billing Coordinator", "Larkfield Orthopedic Associates", "Larkfield, PA", "2010-03", "2015-04",
                 "facing", "contact_center", ["Submitted claims to insurers and worked denials",
                                              "Answered patient billing calls and set up payment plans"]),
               E("Bookkeeper", "Self-employed", "Larkfield, PA", "2006-01", "2010-12", "facing",
                 "entrepreneurial_freelance", [
                     "Monthly bookkeeping for small contractors and a florist",
                     "Met each owner quarterly to walk through their numbers"], etype="freelance", prec="year"),
               E("Family caregiver", None, None, "2002-01", "2005-12", "none", None, [], etype="unknown",
                 prec="year"),
               E("Teller", "Larkfield Savings Bank", "Larkfield, PA", "1998-06", "2001-12", "facing",
                 "in_person_service", []),
           ]),
           ("Education", ["B.S. Accounting, Penn-Valley State University (evenings), 2012"]),
       ]))

# ------------------------------------------------------------------ w026
R(dict(file="w026", ext="docx", renderer="docx", layout="header", hdr="title_org", df="month", present="Current",
       family="Australian workers-compensation claims consultant who was a commercial underwriter visiting brokers, "
              "contact in the Word page header",
       name="Tom Nguyen",
       contact=["Coorabell Heights NSW", "0402 555 714", "tom.nguyen@mailbox.com.au"],
       summary_h="Summary",
       summary="Insurance all-rounder: underwriting assistant, commercial underwriter, now case-managing injured "
               "workers back to work.",
       sections=[
           ("Experience", [
               E("Claims Consultant – Workers Compensation", "Banksia Mutual Insurance", "Coorabell Heights",
                 "2021-05", "present", "facing", "other_facing", [
                     "Case-manage around 90 claims, with fortnightly phone contact with injured workers, employers and treating doctors",
                     "Approve treatment requests and return-to-work plans",
                     "Make liability decisions within legislative timeframes"]),
               E("Commercial Underwriter", "Banksia Mutual Insurance", "Coorabell Heights", "2017-02", "2021-04",
                 "facing", "sales_account", ["Quoted and bound SME packages submitted by brokers",
                                             "Regular broker visits across the region to grow the book"]),
               E("Underwriting Assistant", "Banksia Mutual Insurance", "Coorabell Heights", "2015-01", "2017-01",
                 "affecting", None, ["Issued policy documents, endorsements and renewal invitations"]),
               E("Bar Attendant", "Coorabell Bowling Club", "Coorabell Heights", "2012-01", "2014-12", "facing",
                 "in_person_service", ["RSA certified; Friday meat-raffle veteran"], prec="year"),
           ]),
           ("Education", ["Diploma of General Insurance", "Bachelor of Business, Northern Coast University"]),
       ]))

# ------------------------------------------------------------------ w027
R(dict(file="w027", ext="md", renderer="md", hdr="title_org", df="month", present="present", md_row="h3",
       family="UK people-services adviser (HR shared service phone line) from HR admin and recruitment "
              "coordination, Markdown h3 titles",
       name="Aisha Begum",
       contact=["Ashworth Moor, Greater Manchester", "07700 900 402", "aisha.begum@mailbox.co.uk"],
       sections=[
           ("Work History", [
               E("People Services Adviser", "Calderbrook Housing Group", "Ashworth Moor", "2023-04", "present",
                 "facing", "internal_support", [
                     "First point of contact on the People Services phone line and inbox for 1,700 colleagues",
                     "Advise managers on sickness absence triggers and family-friendly policies",
                     "Close 85% of queries at first contact"]),
               E("HR Administrator", "Calderbrook Housing Group", "Ashworth Moor", "2021-01", "2023-03", "affecting",
                 None, ["Issued contracts and variation letters", "Ran right-to-work and background checks",
                        "Kept the HR system up to date"]),
               E("Recruitment Coordinator (fixed-term)", "Moorside Care Homes Ltd", "Rochdale Edge", "2020-03",
                 "2020-12", "affecting", None, ["Booked interviews, sent offer packs and chased references"]),
               E("Customer Assistant", "Hollins Food Stores", "Ashworth Moor", "2016-09", "2020-02", "facing",
                 "in_person_service", ["Tills, click and collect and the customer service desk (part-time during uni)"]),
           ]),
           ("Education", ["BA (Hons) Business & HRM, 2:1 – 2020", "CIPD Level 5 Associate Diploma (in progress)"]),
       ]))

# ------------------------------------------------------------------ w028
R(dict(file="w028", ext="pdf", renderer="fpdf", layout="centred", hdr="pipe", df="mm/yyyy", present="Till date",
       sep=" to ", caps=True,
       family="Indian home-loan relationship officer from credit processing and a cooperative-bank counter, fpdf2 "
              "centred header, pipe title lines, exam-preparation gap",
       name="Kavitha Subramaniam",
       contact=["Tirumalai Nagar, Kovaipuram", "+91 94430 6xxxx", "kavitha.s@mailbox.in"],
       summary_h="Career Objective",
       summary="To grow in retail lending with a customer-first approach.",
       sections=[
           ("Work Experience", [
               E("Relationship Officer - Home Loans", "Nilgiri Housing Finance Ltd.", "Kovaipuram", "2022-02",
                 "present", "facing", "sales_account", [
                     "Meet walk-in and builder-referred customers, explain eligibility and collect documents",
                     "Achieved 115% of disbursement target in FY 2024-25",
                     "Coordinate with credit and legal teams till disbursement"]),
               E("Credit Processing Officer", "Nilgiri Housing Finance Ltd.", "Kovaipuram", "2019-11", "2022-01",
                 "affecting", None, ["Income assessment, CIBIL check, preparing CAM for sanction",
                                     "Property document verification with the legal vendor"]),
               E("Preparation for banking examinations", None, None, "2018-10", "2019-10", "none", None, [],
                 etype="unknown"),
               E("Cashier-cum-Clerk", "Kovaipuram Urban Co-operative Bank", "Kovaipuram", "2015-07", "2018-09",
                 "facing", "in_person_service", ["Cash counter, passbook updation and FD renewals"]),
           ]),
           ("Education", ["M.Com – 2015", "JAIIB – cleared"]),
           ("Declaration", ["I declare that the details given above are true."]),
       ]))

# ------------------------------------------------------------------ w029
R(dict(file="w029", ext="docx", renderer="docx", layout="styles", hdr="dash", df="mon", present="Present",
       docx_bullets="style",
       family="Québec office manager at an engineering firm (staff support and front desk) from billing clerk and "
              "physio front desk, Word heading styles with dash title lines",
       name="Marc-André Bouchard",
       contact=["Lac-Sainte-Aurore, QC", "819-555-0128", "ma.bouchard@mailbox.ca"],
       summary_h="Profile",
       summary="Bilingual office manager. I keep 42 engineers supplied, housed, connected and paid on time.",
       sections=[
           ("Experience", [
               E("Office Manager", "Lachance Gagnon Engineering Inc.", "Lac-Sainte-Aurore, QC", "2020-10", "present",
                 "facing", "internal_support", [
                     "Look after 42 engineers' day-to-day needs: IT tickets to our MSP, supplies, seating, onboarding",
                     "Front desk cover and visitor management for client meetings",
                     "Coordinate the annual office move-in and lease renewal"]),
               E("Billing Clerk", "Lachance Gagnon Engineering Inc.", "Lac-Sainte-Aurore, QC", "2018-06", "2020-09",
                 "facing", "sales_account", ["Prepared monthly progress invoices from project timesheets",
                                             "Followed up late-paying clients by phone"]),
               E("Administrative Assistant – Front Desk", "Clinique Physio Boréal", "Val-des-Pins, QC", "2015-05",
                 "2018-05", "facing", "in_person_service", ["Booked and checked in patients, took payments"]),
               E("Data Entry Clerk (contract)", "Assurances Beaulac", "Val-des-Pins, QC", "2014-09", "2015-04",
                 "affecting", None, ["Keyed paper claim forms into the claims system"]),
           ]),
           ("Education", ["DEC en techniques de bureautique, Cégep de la Rivière, 2014"]),
           ("Languages", ["French, English"]),
       ]))

# ------------------------------------------------------------------ w030
R(dict(file="w030", ext="txt", renderer="txt", hdr="org_title", df="MON", present="PRESENT", sep=" - ",
       caps=True, underline="-", bch="o", txt_sep="    ",
       family="US school-district IT support specialist from hospital facilities help desk and NOC nights, "
              "plain text with employer line first",
       name="Kevin Harrelson",
       contact=["Millbrook Junction, TX", "(254) 555-0111", "kharrelson@mailbox.com"],
       summary_h="Summary",
       summary="IT support specialist, CompTIA A+ and Network+. Eight years supporting people and systems in a "
               "school district, a hospital and an ISP network operations center.",
       sections=[
           ("Experience", [
               E("IT Support Specialist II", "Pecan Bend Independent School District", "Millbrook Junction, TX",
                 "2021-08", "present", "facing", "internal_support", [
                     "Support 1,100 teachers and staff across 9 campuses – tickets, classroom tech, Chromebooks",
                     "Run summer device refresh and teacher training days"]),
               E("Facilities Help Desk Coordinator", "Sabine Crest Medical Center", "Bellmead Springs, TX", "2018-03",
                 "2021-07", "facing", "internal_support", [
                     "Took calls from nursing units and departments and dispatched work orders",
                     "Covered the 24/7 facility emergency line on rotation"]),
               E("NOC Technician", "Tejas Fiber Networks", "Waco Bend, TX", "2016-01", "2018-02", "affecting", None,
                 ["Monitored backbone alarms overnight and dispatched field techs",
                  "Updated outage tickets for the customer care team"]),
               E("Cashier / Stocker", "Dollar Saver #214", "Millbrook Junction, TX", "2013-06", "2015-12", "facing",
                 "in_person_service", []),
           ]),
           ("Certifications", ["CompTIA A+, Network+", "Google Workspace Administrator (in progress)"]),
       ]))
