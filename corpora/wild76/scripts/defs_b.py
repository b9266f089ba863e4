"""wild76 résumés w016–w030 (public sector). One dict per résumé renders file and gold line."""
import sys
sys.dont_write_bytecode = True
from lib import E


def S(h, lines):
    return ("text", h, lines)


def X(h, entries):
    return ("exp", h, entries)


RESUMES = []

# ---------------------------------------------------------------- w016
RESUMES.append(dict(
    id="w016", fmt="pdf", renderer="fpdf2",
    family="UK Civil Service policy adviser (Grade 7), 2-page fpdf2 CV with centred header and page footer",
    layout="fpdf2, centred/title_org, month / 'present'",
    name="Eleanor Whitcombe",
    contact=["Ashbury, Hertfordshire  •  07700 900 904  •  eleanor.whitcombe@mailbox.co.uk"],
    headline="Policy professional - housing, local government and rural affairs",
    style=dict(layout="centred", hdr="title_org", dates="month", present="present", dsep=" – ", bullet="•",
               footer="Eleanor Whitcombe – CV – page {n}", caps_headings=False, break_before=("Education",)),
    blocks=[
        S("Personal statement", ["Grade 7 policy adviser with ten years in central government, including a year in "
                                 "a minister's private office and a frontline placement in a jobcentre that I still "
                                 "draw on. I am at my best turning a messy evidence base into a clear choice for "
                                 "ministers, and then making it work with the councils who have to deliver it."]),
        X("Career history", [
            E("Senior Policy Adviser (Grade 7)", "Department for Local Communities", "Ashbury", "2022-01", "present",
              ["Lead a team of four on temporary accommodation funding for councils",
               "Write ministerial submissions and cost options with analysts and HM Treasury counterparts",
               "Chair a working group of council housing directors and run stakeholder workshops",
               "Steered a statutory instrument through Parliament in 2024"],
              "none", None),
            E("Policy Adviser (SEO)", "Department for Rural Affairs", "York", "2019-05", "2021-12",
              ["Ran the public consultation on rural bus funding and analysed 3,200 responses",
               "Drafted the government response and briefed the minister for questions"],
              "none", None),
            E("Assistant Private Secretary to the Minister", "Department for Rural Affairs", "London",
              "2018-02", "2019-04",
              ["Managed the minister's red box, diary requests and briefing packs",
               "Commissioned advice from policy teams and cleared correspondence"],
              "none", None),
            E("Fast Streamer – Jobcentre Frontline Placement", "Ashbury Employment Centre", "Ashbury",
              "2017-09", "2018-01",
              ["Ran work-search reviews with claimants under supervision of a work coach",
               "Sat in on new claims appointments and helped claimants set up online accounts"],
              "facing", "in_person_service"),
            E("Correspondence Officer", "Department for Rural Affairs", "York", "2016-09", "2017-08",
              ["Drafted replies to letters and emails from members of the public and MPs for officials to sign",
               "Logged and allocated correspondence to policy teams and tracked deadlines"],
              "affecting", None),
            E("Bookseller (Saturdays and holidays)", "Ashbury Books", "Ashbury", "2011-09", "2015-06",
              ["Tills, customer orders and the children's section"],
              "facing", "in_person_service"),
        ]),
        S("Education", ["MA Public Policy, Northgate University (Distinction), 2016",
                        "BA (Hons) History, Durham Vale University (2:1), 2015"]),
        S("Training and development", ["Civil Service Policy Profession - Practitioner level",
                                       "Better Regulation and impact assessment course (2020)",
                                       "Mental Health First Aider (2023)"]),
        S("Interests", ["Parish council member; long-distance walking (Pennine Way 2022)."]),
    ],
))

# ---------------------------------------------------------------- w017
RESUMES.append(dict(
    id="w017", fmt="docx", renderer="docx",
    family="Australian shire council customer service officer, Word heading styles, employer heading with several roles beneath",
    layout="docx, styles/orgfirst, mon / 'Current'",
    name="Rebecca Lindqvist",
    contact=["Warrigal NSW 2671", "0417 555 260", "bec.lindqvist@mailbox.com.au"],
    style=dict(layout="styles", hdr="orgfirst", dates="mon", present="Current", dsep=" – ", bullet="list", hlevel=1),
    blocks=[
        S("Career Summary", ["Ten years at Warrigal Shire Council across customer service, rates and school "
                             "crossings. Friendly, local and knows the rates system inside out."]),
        X("Employment History", [
            E("Customer Service Officer", "Warrigal Shire Council", "Warrigal NSW", "2020-02", "present",
              ["Front counter and phones: rates payments, animal registrations, DA lodgements",
               "Log requests for roads, waste and parks and follow up with residents"],
              "facing", "in_person_service"),
            E("Rates Officer", "Warrigal Shire Council", "Warrigal NSW", "2018-03", "2020-01",
              ["Prepared and issued quarterly rate notices",
               "Processed pensioner concession forms and supplementary valuations",
               "Reconciled rate payments and chased arrears by reminder notice"],
              "affecting", None),
            E("School Crossing Supervisor (casual)", "Warrigal Shire Council", "Warrigal NSW", "2016-02", "2018-12",
              [], "facing", "other_facing"),
            E("Checkout Operator", "FoodWay Warrigal", "Warrigal NSW", "2013-06", "2016-01",
              ["Checkouts, service desk and lotto counter"],
              "facing", "in_person_service"),
        ]),
        S("Education & Training", ["Certificate III in Local Government (2019)", "RSA / RCG", "First Aid (HLTAID011), current"]),
        S("Referees", ["Mark Doolan – Customer Service Coordinator, Warrigal Shire Council – 02 5555 0101",
                       "Sue Patterson – Store Manager, FoodWay Warrigal – 0418 555 744"]),
    ],
))

# ---------------------------------------------------------------- w018
RESUMES.append(dict(
    id="w018", fmt="txt", renderer="txt",
    family="US Army HR veteran at a veterans-benefits office, plain text, 'Title – Employer, Town' with dates at the end",
    layout="txt, plain/dash, mm/yyyy / 'Present'",
    name="Terrence J. Alvarez",
    contact=["Fort Mercer, KY 42240 | 270-555-0184 | tj.alvarez@mailbox.com"],
    style=dict(hdr="dash", dates="mm/yyyy", present="Present", dsep="-", bullet="•", hstyle="caps",
               rsep="  |  ", name_caps=True),
    blocks=[
        S("Summary", ["Army veteran (E-6, Human Resources) with seven years in military personnel services and five in "
                      "veterans' benefits. Secret clearance (inactive). Seeking a benefits or HR specialist position."]),
        X("Experience", [
            E("Rating Veterans Service Representative", "Regional Veterans Benefits Office", "Fort Mercer, KY",
              "2021-04", "present",
              ["Decide disability compensation claims: review service treatment records, exams and evidence",
               "Assign percentages and effective dates; write rating decisions and code sheets",
               "Quality score 96% for FY2025"],
              "affecting", None),
            E("Veterans Employment Specialist", "Fort Mercer Workforce Center", "Fort Mercer, KY", "2019-06", "2021-03",
              ["Case-managed 60+ veterans with barriers to employment: assessments, resumes, job matching",
               "Ran monthly hiring events with local employers"],
              "facing", "in_person_service"),
            E("Human Resources Sergeant (42A)", "U.S. Army, 101st Sustainment Brigade", "Fort Mercer, KY",
              "2012-01", "2019-05",
              ["Processed promotions, evaluations and leave for a 900-Soldier battalion",
               "Ran the S1 customer service window: ID cards, records updates and pay problems for Soldiers and families"],
              "facing", "internal_support", etype="military"),
            E("Assistant Manager", "Quik Fuel #212", "Hopkinsburg, KY", "2010-03", "2011-12",
              ["Ran shifts at a 24-hour fuel station, register, lottery and deliveries"],
              "facing", "in_person_service"),
        ]),
        S("Education", ["B.S. Business Administration (online), Commonwealth Western University, 2020"]),
        S("Military Training", ["Advanced Leader Course (HR); Army Basic Instructor Course"]),
    ],
))

# ---------------------------------------------------------------- w019
RESUMES.append(dict(
    id="w019", fmt="pdf", renderer="reportlab",
    family="Canadian provincial service counter and bylaw officer, reportlab centred header, pipe title/employer/town line",
    layout="reportlab, plain/pipe, mon / 'Present'",
    name="Mei-Lin Cho",
    contact=["Hartwell, ON  ·  289-555-0128  ·  meilin.cho@mailbox.ca"],
    style=dict(layout="plain", centred=True, hdr="pipe", dates="mon", present="Present", dsep=" - ", bullet="-"),
    blocks=[
        S("Highlights", ["- 9 years serving the public in municipal and provincial roles",
                         "- Fluent English, Mandarin and Cantonese",
                         "- Comfortable with enforcement conversations as well as counter service"]),
        X("Experience", [
            E("Customer Service Representative", "Hartwell Provincial Service Counter", "Hartwell", "2022-06", "present",
              ["Health cards, driver's licence renewals, plate stickers and photo ID at a busy counter",
               "Help seniors and newcomers with online renewals on the in-office kiosk"],
              "facing", "in_person_service"),
            E("Deputy Returning Officer", "Elections Provincial Office", "Hartwell", "2022-06", "2022-06",
              ["Ran a polling station on election day: voter identification, ballots, counting at close"],
              "facing", "other_facing", text="June 2022"),
            E("Municipal Law Enforcement Officer", "City of Hartwell", "Hartwell", "2019-04", "2022-05",
              ["Responded to residents' complaints about property standards, noise and parking",
               "Explained bylaws to residents and issued orders and tickets"],
              "facing", "other_facing"),
            E("311 Contact Centre Agent", "City of Hartwell", "Hartwell", "2017-01", "2019-03",
              ["Answered calls and web chats about garbage, roads and permits; created service requests"],
              "facing", "contact_center"),
            E("Tax Clinic Volunteer", "Hartwell Free Tax Clinic", "Hartwell", "2023-03", "2023-05",
              ["Prepared simple returns for low-income seniors and students in person"],
              "facing", "volunteering", section="volunteer", etype="volunteer", text="Spring 2023"),
        ]),
        S("Education", ["Diploma, Police Foundations - Hartwell College, 2016"]),
    ],
))

# ---------------------------------------------------------------- w020
RESUMES.append(dict(
    id="w020", fmt="docx", renderer="docx",
    family="US county circuit court deputy clerk, Word borderless table per job, CASA volunteer year range",
    layout="docx, table/title_org, month / 'Present'",
    name="Rochelle Banks",
    contact=["Jasper Hollow, TN 37347", "(423) 555-0155", "rochelle.banks@mailbox.us"],
    style=dict(layout="table", hdr="title_org", dates="month", present="Present", dsep=" – ", bullet="•"),
    blocks=[
        S("Professional Summary", ["Deputy clerk with nine years in the Circuit Court Clerk's office, first at the "
                                   "public counter and now in the courtroom. Notary public."]),
        X("Experience", [
            E("Deputy Court Clerk – Courtroom", "Jasper County Circuit Court Clerk's Office", "Jasper Hollow, TN",
              "2020-08", "present",
              ["Record minutes of civil and criminal proceedings for two judges",
               "Enter dispositions and prepare judgment orders and mittimus",
               "Mark, log and store exhibits; prepare records on appeal"],
              "affecting", None),
            E("Deputy Court Clerk – Front Counter", "Jasper County Circuit Court Clerk's Office", "Jasper Hollow, TN",
              "2017-03", "2020-07",
              ["Accepted filings, fines and court costs from attorneys and the public",
               "Answered questions about court dates and how to file orders of protection"],
              "facing", "in_person_service"),
            E("Member Service Representative", "Hollow Creek Federal Credit Union", "Jasper Hollow, TN",
              "2014-05", "2017-02",
              ["Teller line and new accounts; cross-sold auto loans"],
              "facing", "in_person_service"),
        ]),
        X("Volunteer", [
            E("CASA Volunteer Advocate", "Jasper County CASA", "Jasper Hollow, TN", "2019", "present",
              ["Visit children in foster care monthly and report to the juvenile court"],
              "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        S("Education", ["A.A.S. Paralegal Studies, Jasper Valley State Community College (2016)"]),
    ],
))

# ---------------------------------------------------------------- w021
RESUMES.append(dict(
    id="w021", fmt="html", renderer="html",
    family="Scottish jobcentre work coach, HTML CV with a one-row table per job (role, employer, dates right)",
    layout="html, table/title_org, yyyy-mm / 'Current'",
    name="Shona McAllister",
    contact=["Inverbrae, Perthshire", "07700 900 517", "shona.mcallister@mailbox.co.uk"],
    style=dict(hhdr="table", dates="yyyy-mm", present="Current", dsep=" to "),
    blocks=[
        S("Profile", ["Work coach with a background in care and benefits telephony. Patient, practical and good at "
                      "getting people to open up about what is really stopping them working."]),
        X("Employment", [
            E("Work Coach", "Inverbrae Jobcentre", "Inverbrae", "2021-02", "present",
              ["Caseload of 110 Universal Credit claimants; fortnightly appointments in person and by phone",
               "Agree claimant commitments and refer to local employability and health support"],
              "facing", "in_person_service"),
            E("Universal Credit Telephony Agent", "Tayside Benefits Contact Centre", "Dundee Road, Perth",
              "2019-10", "2021-01",
              ["Took inbound calls on UC payments, advances and journal messages"],
              "facing", "contact_center"),
            E("Debt Recovery Officer", "Tayside Benefits Contact Centre", "Dundee Road, Perth", "2018-06", "2019-09",
              ["Worked overpayment recovery files: calculated deductions and issued notification letters",
               "Updated debt accounts after appeals and write-offs"],
              "affecting", None),
            E("Care Assistant", "Glenbraes Care Home", "Inverbrae", "2015-04", "2018-05",
              ["Personal care, meals and activities for 30 residents, many living with dementia"],
              "facing", "healthcare_care"),
        ]),
        S("Education", ["SVQ 2 Social Services and Healthcare (2016)", "Highers: English, Modern Studies, Biology"]),
        S("References", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------- w022
RESUMES.append(dict(
    id="w022", fmt="pdf", renderer="fpdf2",
    family="Australian triple-zero call taker and police watchhouse officer, fpdf2 left header, title, agency and dates each on their own line",
    layout="fpdf2, left/dateline, month / 'Present'",
    name="Kirra Donovan",
    contact=["Ross River QLD 4817", "0437 555 902", "kirra.donovan@mailbox.com.au"],
    style=dict(layout="left", hdr="dateline", dates="month", present="Present", dsep=" – ", bullet="•"),
    blocks=[
        X("Work Experience", [
            E("Emergency Call Taker", "State Emergency Communications Centre", "Ross River QLD", "2020-03", "present",
              ["Answer Triple Zero calls for police, fire and ambulance, and PoliceLink non-urgent reports",
               "Keep callers safe on the line and gather location and risk information"],
              "facing", "contact_center"),
            E("Watchhouse Officer", "Ross River Police District", "Ross River Watchhouse", "2017-08", "2020-02",
              ["Received prisoners into custody, searched and recorded property",
               "Conducted cell welfare checks and arranged meals, medical attention and calls to lawyers",
               "Released prisoners on bail and explained bail conditions"],
              "facing", "other_facing"),
            E("Administrative Officer (AO3)", "Ross River Police District – Prosecutions Corps", "Ross River QLD",
              "2015-05", "2017-07",
              ["Prepared court briefs and QP9s for police prosecutors", "Maintained the court list database"],
              "none", None),
            E("Sales Assistant", "Harbourside Discount Store", "Ross River QLD", "2013-01", "2015-04",
              ["Checkouts, lay-by and stocking shelves"],
              "facing", "in_person_service"),
        ]),
        X("Volunteering", [
            E("SES Volunteer", "Ross River SES Unit", "Ross River QLD", "2016", "present",
              ["Storm jobs: tarping damaged roofs for householders, sandbagging and flood boat crew",
               "Community education stalls at shopping centres before cyclone season"],
              "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        S("Education", ["Certificate IV in Public Safety (Emergency Communications), 2021", "QCE, Ross River State High School, 2012"]),
        S("Skills", ["ICEMS CAD, QPRIME, radio procedures; touch typing 70 wpm; mental health first aid"]),
    ],
))

# ---------------------------------------------------------------- w023
RESUMES.append(dict(
    id="w023", fmt="docx", renderer="docx",
    family="New Zealand post shop licensing agent and former postie, Word tab-stop dates, employer line then title",
    layout="docx, tabs/org_title, mon / 'Now'",
    name="Grace Fonoti",
    contact=["Kawhia Bay, Wellington", "027 555 3318", "grace.fonoti@mailbox.co.nz"],
    style=dict(layout="tabs", hdr="org_title", dates="mon", present="Now", dsep=" – ", bullet="-"),
    blocks=[
        S("Profile", ["Friendly and reliable, eight years with the postal service and its agencies. I speak Samoan and "
                      "English and I like helping people get their paperwork sorted first time."]),
        X("Work Experience", [
            E("Agency Officer – Licensing", "Kawhia Bay Service Agency", "Kawhia Bay", "2021-11", "present",
              ["Driver licence renewals, eyesight checks and photos",
               "Vehicle registration, change of ownership and road user charges at the counter"],
              "facing", "in_person_service"),
            E("Election Official", "Electoral Office Kawhia Bay", "Kawhia Bay", "2023-10", "2023-10",
              ["Issued voting papers and enrolled voters on the day at a school polling place"],
              "facing", "other_facing", text="Oct 2023"),
            E("Postie", "National Postal Service NZ", "Kawhia Bay", "2018-03", "2021-10", [],
              "affecting", None),
            E("Mail Processor", "National Postal Service NZ", "Wellington Mail Centre", "2016-04", "2018-02",
              ["Manual sorting of letters and large envelopes for delivery runs", "Night shift"],
              "affecting", None),
        ]),
        S("Education", ["NCEA Level 2, Kawhia Bay College"]),
        S("Referees", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------- w024
RESUMES.append(dict(
    id="w024", fmt="txt", renderer="txt",
    family="Irish revenue clerical officer with a listed career break, plain text, caps headings, m.yyyy dates",
    layout="txt, plain/title_at, m.yyyy / 'to date'",
    name="Niamh Gallagher",
    contact=["Drumkeel, Co. Donegal  |  083 555 2270  |  niamh.gallagher@mailbox.ie"],
    style=dict(hdr="title_at", dates="m.yyyy", present="to date", dsep=" - ", bullet="-", hstyle="colon",
               rsep="   ", contact_lines=True),
    blocks=[
        S("Personal Profile", ["Clerical Officer with nearly seven years in the Office of Revenue Services. Interested in an "
                               "Executive Officer post in customer service."]),
        X("Work History", [
            E("Clerical Officer – PAYE Helpline", "Office of Revenue Services", "Drumkeel", "2022-03", "present",
              ["Answer PAYE and Local Property Tax calls and online queries (MyEnquiries)",
               "Help callers register for myAccount and claim tax credits"],
              "facing", "contact_center"),
            E("Clerical Officer – Customs Entry Processing", "Office of Revenue Services", "Rosslare Point",
              "2020-01", "2022-02",
              ["Checked import declarations and supporting documents after Brexit",
               "Replied to email queries from freight agents and hauliers about rejected declarations"],
              "facing", "digital_service"),
            E("Career break – travelling in Australia", None, None, "2019-01", "2019-12",
              ["Working holiday visa; fruit picking and bar work in Queensland"],
              "none", None, etype="unknown"),
            E("Counter Clerk", "Drumkeel Post Office", "Drumkeel", "2015-09", "2018-12",
              ["Pensions, social welfare payments, bill pay and parcels"],
              "facing", "in_person_service"),
        ]),
        S("Education", ["QQI Level 6 Business Administration (2015)", "Leaving Cert 2013"]),
        S("Languages", ["English, Irish (fluent)"]),
    ],
))

# ---------------------------------------------------------------- w025
RESUMES.append(dict(
    id="w025", fmt="pdf", renderer="reportlab",
    family="US national monument park ranger and Marine veteran, reportlab with coloured left sidebar, seasonal jobs",
    layout="reportlab, sidebar/title_org, mon / 'Present'",
    name="Caleb Whitfield",
    contact=["Elk Creek, CO 81230", "(970) 555-0199", "caleb.whitfield@mailbox.com"],
    headline="Park Ranger - Interpretation & Education",
    side=[S("Skills", ["Interpretive programming", "Wilderness First Responder", "Chainsaw (B sawyer)", "GIS basics"]),
          S("Education", ["B.S. Natural Resources, Western Slope University, 2021 (GI Bill)"]),
          S("Service", ["USMC 2014-2018, honorable discharge"])],
    style=dict(layout="sidebar", hdr="title_org", dates="mon", present="Present", dsep=" – ", bullet="•",
               side_rgb=(0.87, 0.91, 0.84)),
    blocks=[
        X("Experience", [
            E("Park Ranger (Interpretation)", "Elk Creek National Monument", "Elk Creek, CO", "2022-05", "present",
              ["Develop and deliver ranger programs and Junior Ranger activities for school groups",
               "Teach curriculum-based field lessons on geology and fire ecology to grades 4-8",
               "Staff the visitor center information desk in summer"],
              "facing", "education"),
            E("Seasonal Maintenance Worker", "Elk Creek National Monument", "Elk Creek, CO", "2021-05", "2021-09",
              ["Cleaned campground restrooms and picnic areas; emptied bear-proof trash cans",
               "Repaired trail tread and water bars"],
              "affecting", None, text="May–Sep 2021"),
            E("Conservation Corps Member", "Rocky Slope Conservation Corps", "Gunnison Flats, CO", "2019-06", "2019-10",
              ["Removed invasive tamarisk along river corridors on a 10-day hitch schedule"],
              "none", None, etype="paid"),
            E("Rifleman (0311)", "U.S. Marine Corps", "Camp Pendleton Ridge, CA", "2014-07", "2018-07",
              ["Fire team leader; trained junior Marines in marksmanship and land navigation"],
              "none", None, etype="military"),
        ]),
    ],
))

# ---------------------------------------------------------------- w026
RESUMES.append(dict(
    id="w026", fmt="docx", renderer="docx",
    family="Canadian police communications operator and forces veteran, name and contact in the Word page header",
    layout="docx, header/title_org, mon. / 'Present'",
    name="Sarah-Ann Boudreau",
    contact=["Rivière-Verte, NB  |  506-555-0140  |  sa.boudreau@mailbox.ca"],
    style=dict(layout="header", hdr="title_org", dates="mon.", present="Present", dsep=" – ", bullet="list",
               hlevel=2, footer="Bilingual (English / French) – references available"),
    blocks=[
        S("Summary of Qualifications", ["• Seven years in police communications and records",
                                        "• Six years Canadian Armed Forces (Supply Technician)",
                                        "• Fully bilingual; CPIC certified"]),
        X("Employment", [
            E("Police Communications Operator", "Rivière-Verte Police Force", "Rivière-Verte, NB", "2019-09", "present",
              ["Answer 911 transfers and non-emergency lines in English and French",
               "Dispatch patrol units and run CPIC queries for officers"],
              "facing", "contact_center"),
            E("Records Check Clerk", "Rivière-Verte Police Force", "Rivière-Verte, NB", "2016-05", "2019-08",
              ["Front counter for criminal record and vulnerable sector checks, fingerprinting appointments",
               "Explained results and next steps to applicants"],
              "facing", "in_person_service"),
            E("Supply Technician", "Canadian Armed Forces – 4 Logistics Battalion", "Base Gagetown Ridge, NB",
              "2010-06", "2016-04",
              ["Received, stored and accounted for materiel in the unit warehouse",
               "Prepared loads and documentation for exercises and deployment"],
              "affecting", None, etype="military"),
            E("Lifeguard", "Rivière-Verte Aquatic Centre", "Rivière-Verte, NB", "2008-06", "2010-05",
              ["Pool supervision and swimming lessons for children"],
              "facing", "other_facing"),
        ]),
        S("Education", ["Public Safety Communications certificate, New Brunswick Valley College (2019)"]),
    ],
))

# ---------------------------------------------------------------- w027
RESUMES.append(dict(
    id="w027", fmt="md", renderer="md",
    family="US federal tax assistance contact representative, Markdown bold title line with employer and italic dates",
    layout="md, bold/title_org, month / 'Present'",
    name="Yvette Langford",
    contact=["Ogden Springs, UT", "(801) 555-0172", "yvette.langford@mailbox.us"],
    style=dict(mdhdr="bold", dates="month", present="Present", dsep=" – ", mdbullet="-"),
    blocks=[
        S("Summary", ["Federal employee (GS-8) with eleven years in tax administration, from keying returns to the "
                      "walk-in taxpayer assistance center. Enrolled Agent candidate."]),
        X("Federal Experience", [
            E("Contact Representative", "Federal Revenue Service – Ogden Springs Taxpayer Assistance Center",
              "Ogden Springs, UT", "2020-02", "present",
              ["Appointment-based help for walk-in taxpayers: account transcripts, payment plans, identity verification",
               "Resolve notices and adjust accounts on the spot; 15-20 taxpayers a day"],
              "facing", "in_person_service"),
            E("Tax Examining Technician", "Federal Revenue Service – Submission Processing Center", "Ogden Springs, UT",
              "2016-04", "2020-01",
              ["Corrected errors on individual returns held in the error resolution queue",
               "Sent form letters to taxpayers requesting missing schedules and W-2s"],
              "affecting", None),
            E("Data Transcriber", "Federal Revenue Service – Submission Processing Center", "Ogden Springs, UT",
              "2015-06", "2016-03",
              ["Keyed data from paper returns, 12,000 keystrokes per hour"],
              "affecting", None),
        ]),
        X("Other Experience", [
            E("Seasonal Tax Preparer", "QuickFile Tax Service", "Ogden Springs, UT", "2015-01", "2015-04",
              ["Prepared 1040s for walk-in clients and explained refunds and balances due"],
              "facing", "in_person_service", text="January – April 2015"),
        ]),
        S("Education", ["B.S. Accounting, Wasatch Ridge State University, 2014"]),
    ],
))

# ---------------------------------------------------------------- w028
RESUMES.append(dict(
    id="w028", fmt="pdf", renderer="fpdf2",
    family="UK border force freight officer and Royal Navy veteran, fpdf2 centred header, 'Title – Employer, Town' lines",
    layout="fpdf2, centred/dash, 'yy / 'Present'",
    name="Imran Chaudhry",
    contact=["Eastport, Essex  |  07700 900 362  |  imran.chaudhry@mailbox.co.uk"],
    style=dict(layout="centred", hdr="dash", dates="'yy", present="Present", dsep=" – ", bullet="–"),
    blocks=[
        S("Profile", ["Border Force Officer (freight) with a Royal Navy background. Detection dog handler course "
                      "2023. Seeking a Higher Officer role in freight targeting."]),
        X("Employment", [
            E("Border Force Officer (Freight)", "Border Control Directorate", "Eastport Seaport", "2019-06", "present",
              ["Examine containers and trailers selected by targeting; run the container x-ray scanner",
               "Rummage searches of vessels alongside",
               "Seize prohibited goods and complete evidence and seizure paperwork"],
              "none", None),
            E("Border Force Assistant Officer", "Border Control Directorate", "Eastport Airport", "2016-02", "2019-05",
              ["Passport control desks: checked passports and visas and questioned arriving passengers",
               "Referred doubtful cases to officers"],
              "facing", "other_facing"),
            E("Passport Examiner", "National Passport Office", "Eastport", "2014-09", "2016-01",
              ["Examined first-time and renewal passport applications against identity checks",
               "Phoned countersignatories to confirm details and referred suspected fraud"],
              "affecting", None),
            E("Able Seaman (Warfare Specialist)", "Royal Navy", "HMS Corrie / Portsmouth", "2009-05", "2014-07",
              ["Operations room watchkeeper; boarding team member on counter-piracy patrols"],
              "none", None, etype="military"),
        ]),
        S("Education & Courses", ["BTEC Level 3 Public Services, Eastport College (2009)",
                                  "Border Force Officer Foundation Training (2016)"]),
    ],
))

# ---------------------------------------------------------------- w029
RESUMES.append(dict(
    id="w029", fmt="docx", renderer="docx",
    family="Young Australian council library officer with election and census jobs, Word layout table with shaded sidebar",
    layout="docx, sidebar/title_org, month / 'Present'",
    name="Dylan Ashworth",
    contact=["Merriwa Point NSW 2321", "0450 555 611", "dylan.ashworth@mailbox.com.au"],
    side=[S("Skills", ["Customer service", "Library management systems", "Microsoft 365", "Auslan (basic)"]),
          S("Education", ["Bachelor of Arts (in progress), University of Newhaven", "HSC 2019"]),
          S("Referees", ["Available on request"])],
    style=dict(layout="sidebar", hdr="title_org", dates="month", present="Present", dsep=" – ", bullet="•",
               side_fill="EADCF0"),
    blocks=[
        X("Experience", [
            E("Library Officer", "Merriwa Point City Council Library", "Merriwa Point NSW", "2023-02", "present",
              ["Loans desk, membership and printing help; run the Tuesday tech help drop-in for seniors"],
              "facing", "in_person_service"),
            E("Polling Official", "State Electoral Commission", "Merriwa Point NSW", "2023-03", "2023-03",
              ["Issued ballot papers and helped voters at a pre-poll centre and on election day"],
              "facing", "other_facing", text="March 2023"),
            E("Census Field Officer", "National Census Bureau", "Merriwa Point NSW", "2021-08", "2021-09",
              ["Door-knocked households that had not returned forms and helped them complete the census"],
              "facing", "other_facing", text="Aug – Sep 2021"),
            E("Kitchen Hand", "The Point Bowling Club", "Merriwa Point NSW", "2019-11", "2022-12",
              ["Dishes, prep and cleaning down the kitchen"],
              "affecting", None),
        ]),
        X("Volunteering", [
            E("Homework Club Tutor", "Merriwa Point Homework Club", "Merriwa Point NSW", "2020", "2022",
              ["Helped primary school kids with reading and maths after school"],
              "facing", "education", section="volunteer", etype="volunteer", prec="year"),
        ]),
    ],
))

# ---------------------------------------------------------------- w030
RESUMES.append(dict(
    id="w030", fmt="txt", renderer="txt",
    family="US federal retirement and disability field office claims specialist, plain text, starred headings, employer heading with roles beneath, a dated parenting break",
    layout="txt, plain/orgfirst, mon / 'Present'",
    name="Brenda Kowalski",
    contact=["Pine Hollow, PA 18503", "570-555-0109", "bkowalski@mailbox.net"],
    style=dict(hdr="orgfirst", dates="mon", present="Present", dsep=" - ", bullet="-", hstyle="stars",
               org_caps=False, rsep=", "),
    blocks=[
        S("Objective", ["Claims Specialist seeking a Technical Expert position. 15 years in federal service."]),
        X("Work Experience", [
            E("Claims Specialist", "Federal Retirement & Disability Office – Pine Hollow Field Office", "Pine Hollow, PA",
              "2018-01", "present",
              ["Interview applicants in person and by phone for retirement, survivor and disability benefits",
               "Develop evidence and adjudicate non-medical eligibility; explain decisions to claimants"],
              "facing", "in_person_service"),
            E("Service Representative", "Federal Retirement & Disability Office – Pine Hollow Field Office",
              "Pine Hollow, PA", "2014-03", "2017-12",
              ["Walk-in reception window and phones: replacement cards, benefit letters, address changes"],
              "facing", "in_person_service"),
            E("Benefit Authorizer", "Northeastern Program Service Center", "Philadelphia Heights, PA",
              "2011-02", "2014-02",
              ["Computed and authorized post-entitlement payments, overpayments and underpayments",
               "Processed work reports and reinstatements from the queue"],
              "affecting", None),
            E("Substitute Teacher", "Pine Hollow School District", "Pine Hollow, PA", "2008-09", "2011-01",
              ["Day-to-day and long-term substitute, grades K-6"],
              "facing", "education"),
            E("Full-time parent", None, None, "2005-06", "2008-08", [], "none", None, etype="unknown"),
        ]),
        S("Education", ["B.S. Elementary Education, Lackawanna Ridge University, 2004"]),
        S("Awards", ["Regional Commissioner's Citation, 2022"]),
    ],
))
