"""wild29 résumés w011–w020."""
from lib import E, P, B, KV, Sub

R = []


# --------------------------------------------------------------------------- w011
R.append(dict(
    file="w011.docx", fmt="docx",
    family="UK police community support officer, ex-Army vehicle mechanic, 999 call handler and special constable at the same force; contact in the Word page header",
    layout="docx, contact in page header/force line with right tab date then italic title, mm/yyyy / 'present'",
    name="Gareth Pilling",
    headline="Police Community Support Officer",
    contact=["Hallam Bridge", "07700 900 731", "gareth.pilling@mailbox.co.uk"],
    dfmt="mm/yyyy", present="present", sep=" – ", entry="org_title",
    opts=dict(layout="tabs", contact_in_header=True, header_align="c", heading="rule", bullets="–", page="a4",
              font="Arial", size=10, hcolor="203864"),
    blocks=[
        ("Personal Statement", [P("Neighbourhood PCSO with three years in the control room before that and seven years' service in the Army. I know my wards, I know the people causing the problems and the people living with them. Now working towards the Police Constable Degree Apprenticeship entry route.")]),
        ("Employment", [
            E("Police Community Support Officer", "Hallamvale Constabulary", "Hallam Bridge",
              "2019-10", "present", "facing", "other_facing",
              ["Foot and cycle patrol of the Moorside and Canal Wharf wards with the neighbourhood policing team",
               "Take reports of anti-social behaviour, do missing-from-home return interviews and house-to-house enquiries",
               "Run the monthly 'Cuppa with a Copper' drop-in and visit the three primary schools on the ward",
               "Issue fixed penalty notices for littering and dog fouling; seize alcohol from under-18s"]),
            E("Control Room Call Handler", "Hallamvale Constabulary", "Force Control Room, Hallam Bridge",
              "2017-01", "2019-09", "facing", "contact_center",
              ["Answered 999 and 101 calls, graded incidents using THRIVE and created logs for dispatch",
               "Took online crime reports and web chats at quiet times"]),
            E("Driver / Vehicle Mechanic (Lance Corporal)", "British Army", "UK and overseas postings",
              "2009-05", "2016-11", "none", None,
              ["Serviced and repaired Land Rover and MAN support vehicles for a transport squadron",
               "Convoy driving on exercises in Canada and Kenya (Cat C+E)",
               "Section second-in-command: vehicle checks, and trained new drivers in the squadron"],
              etype="military"),
        ]),
        ("Volunteering", [
            E("Special Constable", "Hallamvale Constabulary", "Hallam Bridge",
              "2017-02", "2019-09", "facing", "volunteering",
              ["Attested volunteer officer, 20+ hours a month on response and town-centre night-time economy patrols"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", [B(["Level 3 Certificate in Knowledge of Policing (2020)", "Cat C+E driving licence",
                               "Emergency First Aid at Work", "GCSEs: English, Maths, Science and 3 others"])]),
        ("Interests", [P("Fell running, coaching the under-11s at Hallam Bridge Juniors RLFC, fixing old motorbikes.")]),
    ]))


# --------------------------------------------------------------------------- w012
R.append(dict(
    file="w012.txt", fmt="txt",
    family="US DMV motor vehicle representative, three positions at one state division (counter and central title office), bank teller before; plain text with prose duties",
    layout="txt, '=' underlined headings/title with right-aligned dates then employer line, prose duties, mm/yyyy / 'Present'",
    name="Lori Haskins",
    contact=["218 Pecan Hollow Rd", "Tarrowville, MO 65762", "417-555-0164", "lorihaskins@mailbox.com"],
    dfmt="mm/yyyy", present="Present", sep=" - ", entry="title_org",
    opts=dict(heading="equals", contact_lines=True, width=76, bullet="- "),
    blocks=[
        ("Objective", [P("Experienced motor vehicle and driver licensing representative looking for the Service Center Supervisor opening in Tarrow County.")]),
        ("Work Experience", [
            E("Motor Vehicle Representative III", "Division of Motor Vehicles, Tarrow County Service Center", "Tarrowville, MO",
              "2016-08", "present", "facing", "in_person_service",
              ["Lead worker at a 9-window service center.",
               "I issue driver licenses, REAL ID cards, titles and registrations, and take the walk-ins nobody else wants: out-of-state titles, salvage inspections, name changes with missing paperwork.",
               "Give knowledge tests and back up the examiners on road tests.",
               "Balance the center's daily deposit and train new reps on the issuance system."], prose=True),
            E("Motor Vehicle Representative II", "Division of Motor Vehicles, Tarrow County Service Center", "Tarrowville, MO",
              "2011-03", "2016-07", "facing", "in_person_service",
              ["Window clerk - licenses, renewals, plates and disabled placards. Collected fees and balanced my drawer."], prose=True),
            E("Title Processing Clerk", "Division of Motor Vehicles, Central Title Office", "Jefferson Bluffs, MO",
              "2008-10", "2011-02", "affecting", None,
              ["Examined mailed-in title applications and lien releases, returned incomplete ones with a rejection letter and keyed approved titles for printing.",
               "Averaged 140 files a day."], prose=True),
            E("Teller", "Farmers & Drovers Bank", "Tarrowville, MO",
              "2004-06", "2008-09", "facing", "in_person_service",
              ["Teller line, night deposits, cashier's checks", "Top referrer for new accounts, 2007"]),
        ]),
        ("Education", [P("Tarrowville High School, 2004"), P("Ozark Valley Community College - 18 credit hours, Business")]),
        ("Skills", [B(["Knows state title and registration law backwards", "Cash handling, 10-key", "Calm with angry customers"])]),
    ]))


# --------------------------------------------------------------------------- w013
R.append(dict(
    file="w013.pdf", fmt="rl",
    family="UK charity fundraiser: individual giving manager, supporter care officer, street fundraiser, helpline volunteer, barista; reportlab two-column header",
    layout="reportlab, two-column header (name left, contact right)/'Title | Employer | Town' with right dates, mon / 'Present'",
    name="Ciara Mulvaney",
    headline="Individual Giving Manager",
    contact=["Walthamstow, London E17", "07700 900 294", "ciara.mulvaney@mailbox.co.uk", "linkedin.com/in/ciaramulvaney"],
    dfmt="mon", present="Present", sep=" – ", entry="pipe",
    opts=dict(layout="twocol", page="a4", font="helv", size=9.6, accent="#6b2d5c", caps=False, bullet="–"),
    blocks=[
        ("Profile", [P("Fundraiser who started on the street with a clipboard and now runs a £4.3m regular giving programme. I know what it feels like to be the donor on the phone and the fundraiser in the rain, and I build programmes with both in mind. Member of the Chartered Institute of Fundraising.")]),
        ("Experience", [
            E("Individual Giving Manager", "Hearthstone Children's Trust", "London",
              "2022-01", "present", "affecting", None,
              ["Own the regular giving and cash appeals programme (£4.3m income, about 38,000 active donors)",
               "Plan four direct mail appeals a year, brief the creative agency, and test and segment the mailings",
               "Built a new welcome journey for regular givers – first-year attrition down from 41% to 33%",
               "Manage a team of three and a £900k budget; report to the Director of Fundraising"]),
            E("Supporter Care Officer", "Hearthstone Children's Trust", "London",
              "2019-03", "2021-12", "facing", "contact_center",
              ["First point of contact for supporters by phone, email and post – direct debit changes, Gift Aid, complaints",
               "Handled calls from legacy executors and bereaved families",
               "Processed donations and kept the CRM clean"]),
            E("Face-to-Face Fundraiser", "Kinetic Street Fundraising Ltd", "Manchester & London",
              "2017-05", "2019-02", "facing", "sales_account",
              ["Signed up regular donors on the street and at private sites for charity clients – top 10% nationally in Q3 2018",
               "Team Leader from June 2018: morning briefings, site bookings and new-starter shadowing"]),
            E("Barista", "Grindhouse Coffee", "Dublin", "2015-09", "2017-04", "facing", "in_person_service", []),
        ]),
        ("Volunteering", [
            E("Listening Volunteer", "Talkback Listening Line", "London",
              "2016-01", "2019-12", "facing", "volunteering",
              ["One overnight shift a fortnight on a confidential emotional support helpline"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education & Training", [B(["BA (Hons) Sociology, Liffeyside University, Dublin (2015)",
                                     "Certificate in Fundraising (2020)", "GDPR for Fundraisers (2023)"])]),
    ]))


# --------------------------------------------------------------------------- w014
R.append(dict(
    file="w014.docx", fmt="docx",
    family="Canadian municipal GIS technician, two levels at a city, aquatic-centre front desk and a survey co-op; Word two-column layout table with shaded sidebar and nested tables per job",
    layout="docx, shaded sidebar layout table (contact, skills, education), nested 2-cell table per job with dates right, month / 'present', ' to '",
    name="Jun-ho Park",
    headline="GIS Technician",
    contact=["Port Alder, BC", "250-555-0192", "junho.park@mailbox.ca", "github.com/jhpark-gis"],
    dfmt="month", present="present", sep=" to ", entry="title_org",
    opts=dict(layout="sidebar", side=["Technical Skills", "Education", "Certifications"], bullets="style",
              font="Segoe UI", size=9.5, side_fill="E2ECE9", hcolor="1E5B4F", margin=0.6),
    blocks=[
        ("Technical Skills", [B(["ArcGIS Pro, Utility Network, ArcGIS Online", "QGIS, PostGIS, FME", "Python (arcpy, pandas)",
                                 "Trimble GNSS, AutoCAD Civil 3D"])]),
        ("Education", [P("Diploma, Geographic Information Systems — Coastal Institute of Technology, 2016"),
                       P("B.A. Geography — University of the Interior (2015)")]),
        ("Certifications", [B(["GISP (2022)", "Occupational First Aid Level 1"])]),
        ("Summary", [P("Municipal GIS technician with nine years of data maintenance, mapping and scripting for engineering and operations. I like clean data and boring, reliable automation.")]),
        ("Work Experience", [
            E("GIS Technician II", "City of Port Alder", "Port Alder, BC",
              "2020-06", "present", "affecting", None,
              ["Maintain water, sanitary and storm network layers from as-built drawings in the Utility Network",
               "Produce maps and exhibits for engineering, council reports and capital planning",
               "Maintain the city's public property-lookup web map and the open data feeds",
               "Wrote Python checks that cut the monthly address-point QA from two days to an hour"]),
            E("GIS Technician I", "City of Port Alder", "Port Alder, BC",
              "2017-04", "2020-05", "none", None,
              ["Digitized parcels and rights-of-way from legal survey plans",
               "Field-collected hydrant and valve locations with GNSS"]),
            E("Front Desk Attendant (part-time)", "Port Alder Aquatic Centre", "Port Alder, BC",
              "2014-09", "2017-03", "facing", "in_person_service",
              ["Sold passes, registered families for swim lessons, answered the phone and processed refunds"]),
            E("Survey Assistant (Co-op)", "Meridian Geomatics Ltd.", "Birch Lake, BC",
              "2015-05", "2015-08", "none", None,
              ["Held the rod and chained on legal and topographic surveys; cut line in the bush"], etype="internship"),
        ]),
    ]))


# --------------------------------------------------------------------------- w015
R.append(dict(
    file="w015.md", fmt="md",
    family="US social worker in Markdown: CPS caseworker, hospital social worker, MSW intern, eligibility specialist at the same county, crisis-text volunteer",
    layout="md, h3 title with italic dates line and italic agency line, mon / 'Present'",
    name="Ayesha Brandt, LMSW",
    contact=["Lorne, KY 42071", "(270) 555-0110", "ayesha.brandt@mailbox.com"],
    dfmt="mon", present="Present", sep=" – ", entry="title_org",
    opts=dict(title="h3", bullet="- ", o_wrap="*", contact_lines=True),
    blocks=[
        ("Summary", [P("Licensed master social worker. Child welfare, medical social work and public benefits, all in the same county. Trauma-informed, bilingual in Urdu, comfortable in court.")]),
        ("Experience", [
            E("Child Protective Services Caseworker II", "Calloway County Department of Human Services", "Lorne, KY",
              "2019-09", "present", "facing", "other_facing",
              ["Investigate reports of child abuse and neglect within 24- and 72-hour response times; 12–18 open investigations",
               "Interview children, parents and collateral contacts at home, school and hospital; complete safety and risk assessments",
               "Write safety plans with families and testify in dependency court",
               "On-call one week a month"]),
            E("Hospital Social Worker", "St. Brigid Regional Medical Center", "Lorne, KY",
              "2016-01", "2019-08", "facing", "healthcare_care",
              ["Discharge planning for med-surg and ICU patients: home health, SNF placement, equipment",
               "Psychosocial assessments, advance directives and family meetings after bad news",
               "Mandated reporting and coordination with Adult Protective Services"]),
            E("MSW Intern", "Harbor Lights Family Services", "Riverton, OH",
              "2014-09", "2015-05", "facing", "other_facing",
              ["Carried a small caseload of individual counseling clients under supervision (CBT, solution-focused)",
               "Co-facilitated a 10-week parenting group"], etype="internship"),
            E("Eligibility Specialist", "Calloway County Department of Human Services", "Lorne, KY",
              "2011-03", "2014-08", "facing", "in_person_service",
              ["Interviewed applicants for SNAP, Medicaid and TANF in the lobby and by phone, about nine interviews a day",
               "Verified income and household information and authorized benefits"]),
        ]),
        ("Volunteer", [
            E("Crisis Text Counselor", "TextHope Crisis Line", "remote",
              "2017-01", "2020-12", "facing", "volunteering",
              ["Four hours a week answering texts from people in crisis; safety planning and warm referrals"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education & License", [B(["MSW, Tristate Valley University, 2015", "BA Psychology, Western Commonwealth University, 2010",
                                    "LMSW (Kentucky), #2016-4471"])]),
    ]))


# --------------------------------------------------------------------------- w016
R.append(dict(
    file="w016.pdf", fmt="fpdf",
    family="UK sub-postmaster and shop owner, Crown office counter clerk, night mail-centre operative, family newsagent; fpdf2 shaded sidebar",
    layout="fpdf2, shaded left sidebar (contact, skills, languages)/title, employer and dates on separate lines, mon / 'Present'",
    name="Hemant Patel",
    headline="Postmaster | Retail & Post Office Counter Services",
    contact=["Ashby Moor, Leicestershire", "07700 900 815", "hemant.patel@mailbox.co.uk"],
    dfmt="mon", present="Present", sep=" – ", entry="dateline",
    opts=dict(layout="sidebar", side=["Key Skills", "Languages", "Interests"], page="a4", name_in_side=True,
              side_w=60, size=9.4, accent=(150, 30, 30), side_fill=(246, 232, 228), bullet="›"),
    blocks=[
        ("Key Skills", [B(["Post Office counter systems", "Cash and stock control", "Staff training and compliance",
                           "Retail buying and margins"])]),
        ("Languages", [P("English, Gujarati, Hindi")]),
        ("Interests", [P("Cricket (club treasurer), cooking for far too many people")]),
        ("Profile", [P("More than twenty years behind a counter – from my parents' newsagent to my own Post Office branch. I am looking to sell the business and move into a Branch Manager or Area Support role with a larger network.")]),
        ("Experience", [
            E("Postmaster & Shop Owner", "Lydgate Road Post Office & Stores", "Ashby Moor",
              "2015-04", "present", "facing", "in_person_service",
              ["Run a Post Office branch and convenience store with four part-time staff",
               "Serve on the counter most days: parcels, bill payments, banking withdrawals, passport Check & Send",
               "Responsible for cash, stock and the monthly trading statement; train staff on compliance"],
              etype="freelance"),
            E("Counter Clerk", "Ashby Moor Crown Post Office", "Ashby Moor",
              "2009-08", "2015-03", "facing", "in_person_service",
              ["Full range of counter transactions including travel money, vehicle tax and identity services",
               "Often the floor walker, helping customers at the self-service kiosks"]),
            E("Postal Operative (Nights)", "National Mail Service – Ashby Moor Mail Centre", "Ashby Moor",
              "2006-02", "2009-07", "affecting", None,
              ["Fed letters into the sorting machines and hand-sorted rejects",
               "Loaded outgoing trailers against the despatch plan"]),
            E("Shop Assistant", "Patel Newsagents (family business)", "Ashby Moor",
              "2002-01", "2006-12", "facing", "in_person_service", [], prec="year"),
        ]),
        ("Education", [P("BTEC National Diploma in Business, Ashby Moor College (2004)"),
                       P("Post Office Postmaster training (2015)")]),
    ]))


# --------------------------------------------------------------------------- w017
R.append(dict(
    file="w017.docx", fmt="docx",
    family="UK tax office caseworker: compliance caseworker, self-assessment helpline adviser and processing officer at one department, career break caring, dental receptionist; Word heading styles",
    layout="docx, Heading 1 sections/Heading 2 title, employer line, italic date line, square bullets, month / 'present'",
    name="Joanne Threlfall",
    contact=["Lanford, Lancashire", "07700 900 377", "jo.threlfall@mailbox.co.uk"],
    dfmt="month", present="present", sep=" – ", entry="dateline",
    opts=dict(layout="styles", heading="style", bullets="▪", page="a4", font="Calibri", size=11),
    blocks=[
        ("About me", [P("I've been with the National Revenue Service since 2017 and have done the post, the phones and now compliance casework. I took a break to look after my dad, which taught me more about patience than any course. I'm applying for the Higher Officer technical pathway.")]),
        ("Work experience", [
            E("Compliance Caseworker (HO)", "National Revenue Service", "Lanford Tax Office",
              "2022-04", "present", "facing", "other_facing",
              ["Desk-based compliance checks on Self Assessment returns flagged by risk profiling, mainly property income and CIS",
               "Phone taxpayers and their agents to explain what I've found and agree the figures before closing a check",
               "Calculate penalties and issue closure notices"]),
            E("Helpline Adviser (AO)", "National Revenue Service", "Lanford Tax Office",
              "2018-09", "2022-03", "facing", "contact_center",
              ["Answered calls on Self Assessment, PAYE coding and Time to Pay arrangements",
               "Web chat and secure messages in the January peak"]),
            E("Processing Officer (AA)", "National Revenue Service", "Lanford Tax Office",
              "2017-01", "2018-08", "affecting", None,
              ["Scanned and indexed post, keyed paper returns and cleared unallocated payments"]),
            E("Career break – caring for my father", None, None, "2015-06", "2016-12", "none", None, [],
              etype="unknown"),
            E("Dental Receptionist", "Greenbank Dental Practice", "Lanford",
              "2010-03", "2015-05", "facing", "in_person_service",
              ["Booked appointments, greeted patients, took payments and exemption forms"]),
        ]),
        ("Qualifications", [B(["AAT Level 3 Diploma in Accounting (2021)", "Tax Professional pathway module 1 (2023)",
                               "GCSEs including Maths (B) and English (A)"])]),
    ]))


# --------------------------------------------------------------------------- w018
R.append(dict(
    file="w018.html", fmt="html",
    family="US city IT systems administrator, service desk and 311 agent at the same city, National Guard signal specialist; HTML article",
    layout="html, h3 title with floated dates, italic employer line, mon / 'Present'",
    name="Devon Achterberg",
    headline="Systems Administrator | VMware · Windows Server · RHEL · Backup/DR",
    contact=["Lake Harmon, WI", "(608) 555-0138", "devon.achterberg@mailbox.net"],
    dfmt="mon", present="Present", sep=" – ", entry="title_org",
    opts=dict(layout="article", doctitle="Devon Achterberg | Resume",
              css="body{font-family:'Segoe UI',sans-serif;max-width:780px;margin:30px auto;line-height:1.4}"
                  "h2{color:#0b5394;font-size:1.05em;border-bottom:1px solid #ccc}.dates{float:right;color:#666;font-weight:400}"
                  ".org{margin:0;color:#333;font-style:italic}h3{margin:14px 0 0}"),
    blocks=[
        ("Summary", [P("Infrastructure admin for a mid-size city: 240 VMs, two data centers, police network under CJIS. Came up through the service desk and the 311 phones, so I know what an outage looks like from the other end.")]),
        ("Experience", [
            E("Systems Administrator III", "City of Lake Harmon, Information Technology Department", "Lake Harmon, WI",
              "2021-03", "present", "none", None,
              ["Run about 240 VMware VMs across two data centers; lead on backup and disaster recovery (Veeam, immutable repository)",
               "Patch and harden Windows Server and RHEL; assemble quarterly CJIS audit evidence for the police network",
               "Migrated 1,100 mailboxes to Exchange Online over two weekends",
               "On-call rotation for infrastructure outages"]),
            E("IT Service Desk Analyst", "City of Lake Harmon, Information Technology Department", "Lake Harmon, WI",
              "2017-07", "2021-02", "facing", "internal_support",
              ["Tier 1/2 tickets from about 1,400 city employees: passwords, MFA, printers, laptop builds",
               "Deskside support at 22 sites including fire stations and the water plant"]),
            E("311 Customer Service Agent", "City of Lake Harmon 311 Center", "Lake Harmon, WI",
              "2015-01", "2017-06", "facing", "contact_center",
              ["Answered resident calls and app reports about potholes, garbage pickup and parking, and created work orders"]),
        ]),
        ("Military Service", [
            E("Signal Support Systems Specialist (25U)", "U.S. Army National Guard", "Brule Flats, WI",
              "2010-01", "2016-12", "none", None,
              ["Installed and maintained radios, antennas and COMSEC equipment for a field artillery battalion"],
              prec="year", etype="military"),
        ]),
        ("Certifications", [B(["VMware VCP-DCV (2023)", "RHCSA (2022)", "CompTIA Security+ (2019)"])]),
        ("Education", [P("A.A.S. Information Technology – Network Specialist, Harmon Technical College, 2016")]),
    ]))


# --------------------------------------------------------------------------- w019
def indian_head(e, d):
    return [("T", e.title, ""), ("M", f"Organisation : {e.org}" + (f", {e.loc}" if e.loc else ""), ""),
            ("M", f"Period : {d}", "")]


R.append(dict(
    file="w019.pdf", fmt="rl",
    family="Indian ex-serviceman CV: passport-centre counter assistant (outsourced), security supervisor, 18 years as an Army clerk in two ranks; reportlab single column with declaration",
    layout="reportlab, single column A4/title then 'Organisation :' and 'Period :' lines, mon / 'Till Date', ' to '",
    name="Gurpreet Singh Sandhu",
    headline="Havildar (Retd.) – Counter Assistant, Passport Services",
    contact=["Vill. & P.O. Kotla Khurd, Distt. Nawanpur (Punjab)", "Mob: 98140 55372", "gs.sandhu1980@mailbox.in"],
    dfmt="mon", present="Till Date", sep=" to ", entry=indian_head,
    opts=dict(layout="single", page="a4", font="helv", size=10, contact_lines=True, accent="#000000", bullet="•"),
    blocks=[
        ("Career Objective", [P("Seeking the post of Front Office Supervisor in a citizen service centre, where my discipline and 9 years of civil experience after 18 years in the Army can be used.")]),
        ("Work Experience", [
            E("Counter Assistant (Passport Services)", "Tristar Citizen Services Pvt. Ltd.", "Regional Passport Facilitation Centre, Nawanpur",
              "2019-02", "present", "facing", "in_person_service",
              ["Token issue and document pre-check for 250–300 applicants daily",
               "Guiding applicants on annexures, address proof and Tatkaal requirements in Punjabi, Hindi and English",
               "Handling grievance desk in absence of the Supervisor"]),
            E("Security Supervisor", "Gurukripa Security Services", "Nawanpur",
              "2017-06", "2019-01", "none", None,
              ["Supervision of 34 guards deployed at bank ATMs and a cold-storage plant",
               "Night checking rounds, duty rosters and attendance for billing"]),
            E("Havildar Clerk (Staff Duties)", "Indian Army", None, "2008-04", "2017-03", "none", None,
              ["Preparation of Part II orders, leave and pay documents for the unit",
               "Maintained confidential registers and the unit's computerised records"], etype="military"),
            E("Sepoy / Naik Clerk", "Indian Army", None, "1999-03", "2008-03", "facing", "in_person_service",
              ["Manned the unit canteen issue counter for serving soldiers, ex-servicemen and families for three years",
               "General office duties, typing and dak"], etype="military"),
        ]),
        ("Education", [B(["10+2 (Arts), Punjab School Education Board, 1998", "Army Certificate of Education Class I",
                          "Computer course (MS Office, Internet) – 6 months"])]),
        ("Personal Details", [KV([("Date of Birth", "02-11-1980"), ("Father's Name", "S. Balwant Singh"),
                                  ("Marital Status", "Married"), ("Languages", "Punjabi, Hindi, English")])]),
        ("Declaration", [P("I hereby declare that the above particulars are true to the best of my knowledge."),
                         P("Date: ____________      Place: Nawanpur      (Gurpreet Singh Sandhu)")]),
    ]))


# --------------------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx", fmt="docx",
    family="UK magistrates' court legal adviser, court associate and customer service officer at one court, Citizens Advice volunteer; Word tab-stop dates, court heading with roles beneath",
    layout="docx, court/employer heading with roles beneath, right tab dates, mon / 'Present'",
    name="Olumide Adeyemi",
    headline="Legal Adviser (Magistrates' Court)",
    contact=["Ravensby", "07700 900 648", "olumide.adeyemi@mailbox.co.uk"],
    dfmt="mon", present="Present", sep=" – ", entry="orgfirst",
    opts=dict(layout="tabs", heading="rule", bullets="style", page="a4", font="Cambria", size=10.5,
              hcolor="2F5233", name_align="r", contact_lines=True),
    blocks=[
        ("Profile", [P("Qualified legal adviser in a busy magistrates' court, having started on the fines counter. I know the court from the public side as well as the bench side, and I am good at keeping a list moving without anyone feeling rushed.")]),
        ("Career History", [
            E("Legal Adviser", "Ravensby Magistrates' Court", "Ravensby", "2020-09", "present", "facing", "other_facing",
              ["Advise lay magistrates on law, procedure and sentencing in the adult and youth courts",
               "Explain procedure to unrepresented defendants and help them put their case, without taking sides",
               "Draft reasons for bench decisions and make case management directions"]),
            E("Court Associate", "Ravensby Magistrates' Court", "Ravensby", "2017-01", "2020-08", "affecting", None,
              ["Recorded results on the case management system as they were announced in court",
               "Prepared court registers and sent warrants and orders to police and probation"]),
            E("Customer Service Officer", "Ravensby Magistrates' Court", "Ravensby", "2014-05", "2016-12", "facing", "in_person_service",
              ["Fines enquiries on the phone and at the public counter; set up payment arrangements",
               "Sent listing letters to defendants and witnesses"]),
        ]),
        ("Voluntary Work", [
            E("Volunteer Adviser", "Bridgeford Citizens Advice", "Bridgeford", "2012-01", "2014-12", "facing", "volunteering",
              ["Gave benefits and debt advice at drop-in sessions and on the telephone adviceline"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", [B(["LLB (Hons) Law, University of Bridgeford, 2:1 (2013)", "Graduate Diploma in Legal Practice (2019)",
                          "Legal Adviser Training Programme (2020–2022)"])]),
    ]))
