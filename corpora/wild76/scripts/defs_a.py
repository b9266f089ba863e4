"""wild76 résumés w001–w015 (public sector). One dict per résumé renders file and gold line."""
import sys
sys.dont_write_bytecode = True
from lib import E


def S(h, lines):
    return ("text", h, lines)


def X(h, entries):
    return ("exp", h, entries)


RESUMES = []

# ---------------------------------------------------------------- w001
RESUMES.append(dict(
    id="w001", fmt="pdf", renderer="reportlab",
    family="US DMV deputy-registrar counter clerk, Word-to-PDF single column, title line with right-aligned dates",
    layout="reportlab, plain/title_org, mon / 'Present'",
    name="Denise Kowalczyk",
    contact=["Marlow Falls, OH 44718", "(330) 555-0148", "denise.kowalczyk@mailbox.us"],
    style=dict(layout="plain", hdr="title_org", dates="mon", present="Present"),
    blocks=[
        S("Summary", ["Counter clerk with five years at a busy deputy registrar and three years before that in title "
                      "processing. Calm with a line out the door, accurate with cash and documents, and comfortable "
                      "explaining state ID rules to people who are not happy to hear them."]),
        X("Work Experience", [
            E("Customer Service Representative II", "Marlow County Deputy Registrar", "Marlow Falls, OH",
              "2021-03", "present",
              ["Issue driver licenses, state IDs and plate renewals at the counter, 70-90 transactions a day",
               "Check birth certificates, SSN proof and residency documents against REAL ID requirements",
               "Explain testing, reinstatement fees and missing-document rules to walk-in customers",
               "Balance cash drawer and card batch at close; trained three new clerks"],
              "facing", "in_person_service"),
            E("Title Processing Clerk", "Marlow County Clerk of Courts - Title Division", "Marlow Falls, OH",
              "2018-06", "2021-02",
              ["Processed dealer title batches and mailed-in title applications",
               "Checked lien releases and odometer statements before keying into the state title system",
               "Scanned and indexed completed files; returned incomplete applications with a deficiency letter"],
              "affecting", None),
            E("Poll Worker", "Marlow County Board of Elections", "Precinct 14-B",
              "2020-11", "2020-11",
              ["Checked in voters on the electronic poll book and issued ballots",
               "Helped voters use the accessible voting machine; worked a 14-hour election day"],
              "facing", "other_facing"),
            E("Cashier / Front End", "Giordano's Fresh Market", "Marlow Falls, OH", "2015-08", "2018-05",
              ["Ran register and customer service desk: lottery, money orders, returns",
               "Covered front-end lead breaks on weekends"],
              "facing", "in_person_service"),
        ]),
        S("Education", ["Marlow Falls High School - Diploma, 2015", "Stark Valley Community College - coursework in Business Administration"]),
        S("Skills", ["Cash handling | Document verification | Spanish (conversational) | Microsoft Office | De-escalation"]),
    ],
))

# ---------------------------------------------------------------- w002
RESUMES.append(dict(
    id="w002", fmt="docx", renderer="docx",
    family="UK tax office caseworker and helpline adviser, Word heading styles and list bullets, right tab-stop dates",
    layout="docx, styles/title_org, mon / 'Present'",
    name="Gareth Pryce",
    contact=["Cwmbrenin, Gwent", "07700 900412", "gareth.pryce@mailbox.co.uk"],
    headline="Executive Officer - compliance casework and customer contact",
    style=dict(layout="styles", hdr="title_org", dates="mon", present="Present", bullet="list"),
    blocks=[
        S("Profile", ["Seven years in the National Tax Service, from opening post to running my own compliance "
                      "caseload. Strong on tax credits, PAYE and self assessment, and used to dealing with people "
                      "who are worried about money."]),
        X("Employment History", [
            E("Customer Compliance Officer (EO)", "National Tax Service", "Cwmbrenin", "2022-09", "present",
              ["Open and run compliance checks on self-employed taxpayers, around 45 live cases",
               "Phone taxpayers and their agents to explain what we need and agree settlements",
               "Review business records and calculate tax, interest and penalties",
               "Write closure letters and refer suspected fraud to the specialist team"],
              "facing", "other_facing"),
            E("Tax Helpline Adviser (AO)", "National Tax Service", "Cwmbrenin Contact Centre", "2019-04", "2022-08",
              ["Answered inbound calls on PAYE coding, self assessment and tax credits",
               "Averaged 38 calls a day with quality scores above 92%",
               "Set up payment plans and made urgent referrals for customers in hardship"],
              "facing", "contact_center"),
            E("Post Processing Officer", "National Tax Service", "Cwmbrenin", "2018-01", "2019-03",
              ["Opened, scanned and indexed incoming taxpayer post to the right work queues",
               "Keyed changes of address and bank details from forms"],
              "affecting", None),
            E("Sales Assistant", "Pryor's Outdoor", "Newbridge Retail Park", "2015-06", "2017-12",
              ["Advised customers on boots and camping kit, tills and returns"],
              "facing", "in_person_service"),
        ]),
        S("Education & Training", ["• AAT Level 3 Diploma in Accounting (2021)", "• A levels: Maths, Business, Welsh",
                                   "• Civil Service Level 2 Coaching"]),
        S("Interests", ["Volunteer referee for junior rugby; hill walking in the Brecon Beacons."]),
    ],
))

# ---------------------------------------------------------------- w003
RESUMES.append(dict(
    id="w003", fmt="txt", renderer="txt",
    family="Canadian federal benefits counter officer, Indeed-style export pasted as text, 'Month YYYY to Present'",
    layout="txt, indeed/dateline, month / 'Present'",
    name="Priya Ramdeen",
    contact=["Eastholm, ON", "priya.ramdeen@mailbox.ca", "+1 905 555 0192"],
    style=dict(hdr="dateline", dates="month", present="Present", dsep=" to ", bullet="-", hstyle="dash"),
    blocks=[
        X("Work Experience", [
            E("Citizen Services Officer (PM-01)", "Federal Benefits Service Centre", "Eastholm, ON", "2020-05", "present",
              ["Serve walk-in clients with EI, CPP, OAS and SIN enquiries at the counter",
               "Verify identity documents and help clients complete applications online or on paper",
               "Refer complex files to processing agents and follow up with clients",
               "Serve clients in English, Hindi and Punjabi"],
              "facing", "in_person_service"),
            E("Benefits Processing Clerk (CR-04)", "Employment Insurance Processing Centre", "Lindsay Bay, ON",
              "2017-10", "2020-04",
              ["Processed EI claims from paper and online applications, calculated benefit rates",
               "Requested missing records of employment from employers by letter",
               "Adjusted benefit periods after reconsideration decisions"],
              "affecting", None),
            E("Census Data Entry Clerk (term)", "Eastholm Regional Census Office", "Eastholm, ON", "2016-06", "2016-08",
              ["Keyed returned paper questionnaires and flagged unreadable forms"],
              "none", None, text="Summer 2016"),
            E("Barista", "Lakeshore Bean Co.", "Eastholm, ON", "2014-09", "2017-08",
              ["Took orders and made drinks during rush, opened store on weekends"],
              "facing", "in_person_service"),
        ]),
        S("Education", ["Bachelor of Arts, Sociology", "Eastholm University - Eastholm, ON", "2013 to 2017"]),
        S("Skills", ["- Client service (7 years)", "- GCMS / case management systems", "- Bilingual English/Hindi",
                     "- Data entry (10,000 KPH)"]),
        S("Certifications and Licenses", ["Government of Canada security clearance: Reliability, valid to 2029"]),
    ],
))

# ---------------------------------------------------------------- w004
RESUMES.append(dict(
    id="w004", fmt="pdf", renderer="fpdf2",
    family="Australian federal payments call-centre officer, fpdf2 left-aligned header, title then agency line, right dates",
    layout="fpdf2, left/title_org, mm/yyyy / 'Current'",
    name="Tegan Morrissey",
    contact=["Ballarat West VIC 3350  |  0412 555 873  |  tegan.morrissey@mailbox.com.au"],
    style=dict(layout="left", hdr="title_org", dates="mm/yyyy", present="Current", dsep=" - ", bullet="•"),
    blocks=[
        S("Career Objective", ["Experienced APS 3 service officer looking for an APS 4 team leader role in payments or "
                               "service delivery."]),
        X("Employment", [
            E("Customer Service Officer (APS 3)", "Commonwealth Support Agency - Smart Centre", "Ballarat West VIC",
              "2021-07", "present",
              ["Take inbound calls about Family Tax Benefit, Parenting Payment and Child Care Subsidy",
               "Explain debts and set up repayment arrangements",
               "Identify vulnerable customers and warm-transfer to social workers",
               "Consistently meet call handling and quality targets"],
              "facing", "contact_center"),
            E("Document Lodgement Officer (APS 2)", "Commonwealth Support Agency", "Ballarat West VIC",
              "2019-11", "2021-06",
              ["Indexed documents uploaded by customers and matched them to claims",
               "Actioned simple updates (income estimates, address changes) from lodged forms"],
              "affecting", None),
            E("Postal Services Officer", "Ballarat West Licensed Post Office", "Ballarat West VIC", "2016-02", "2019-10",
              ["Counter sales: parcels, money orders, bill payments and passport interviews",
               "Sorted PO box mail before opening"],
              "facing", "in_person_service"),
            E("Mail Sorter (night shift)", "AusMail Processing Centre", "Sunshine VIC", "2014-03", "2016-01",
              ["Fed letter sorting machines and manually sorted rejects for delivery rounds",
               "Loaded trailers for regional depots"],
              "affecting", None),
        ]),
        S("Education", ["Certificate IV in Government (Service Delivery) - 2022", "VCE, Ballarat West Secondary College - 2013"]),
        S("Referees", ["Available on request"]),
    ],
))

# ---------------------------------------------------------------- w005
RESUMES.append(dict(
    id="w005", fmt="docx", renderer="docx",
    family="New Zealand court registry officer, Word tab-stop dates, bold title and italic court line",
    layout="docx, tabs/title_org, month / 'Present'",
    name="Mereana Walsh",
    contact=["Rangiwai 4410", "021 555 6620", "mereana.walsh@mailbox.co.nz"],
    style=dict(layout="tabs", hdr="title_org", dates="month", present="Present", bullet="•", caps_headings=False),
    blocks=[
        S("About me", ["Registry officer with seven years in the District Court. I know the counter, the courtroom "
                       "and the collections side, and I enjoy helping people who have never been near a court "
                       "before understand what happens next."]),
        X("Work history", [
            E("Court Registry Officer - Counter and Phones", "Rangiwai District Court", "Rangiwai", "2022-02", "present",
              ["Public counter for filing, fines payments and enquiries from defendants and whānau",
               "Answer the registry phone line and book interpreters",
               "Accept applications for protection orders and explain the next steps to applicants"],
              "facing", "in_person_service"),
            E("Courtroom Support Officer", "Rangiwai District Court", "Rangiwai", "2019-08", "2022-01",
              ["Took the court record and managed exhibits during criminal list days",
               "Called cases, swore in witnesses and looked after jurors between sittings",
               "Updated case management system after each hearing"],
              "facing", "other_facing"),
            E("Collections Officer", "Justice Collections Unit", "Hamilton", "2017-04", "2019-07",
              ["Outbound calls to people with overdue fines to set up payment arrangements",
               "Processed attachment orders and remittals"],
              "facing", "contact_center"),
            E("Night Fill Assistant", "Kiwi Fresh Supermarket", "Rangiwai", "2015-01", "2017-03",
              ["Unloaded deliveries and filled shelves after closing"],
              "affecting", None),
        ]),
        S("Qualifications", ["NZ Certificate in Business (Administration and Technology) Level 3", "Full driver licence"]),
        S("Languages", ["English, te reo Māori (conversational)"]),
        S("Referees", ["Tania Rawiri, Registry Manager - contact details on request"]),
    ],
))

# ---------------------------------------------------------------- w006
RESUMES.append(dict(
    id="w006", fmt="md", renderer="md",
    family="Irish social welfare officer, Markdown with employer heading and roles beneath, volunteer year range",
    layout="md, orgfirst, mon / 'Present'",
    name="Ciarán Maher",
    contact=["Ballinree, Co. Tipperary", "087 555 3041", "ciaran.maher@mailbox.ie"],
    style=dict(mdhdr="orgfirst", dates="mon", present="Present", dsep=" – ", mdbullet="*"),
    blocks=[
        S("Summary", ["Executive Officer with six years in social welfare: decisions, then case work with jobseekers. "
                      "Looking to move into a Higher Executive Officer role in activation services."]),
        X("Experience", [
            E("Case Officer (Executive Officer)", "Office of Social Welfare Services", "Ballinree", "2023-01", "present",
              ["One-to-one meetings with long-term jobseekers to agree personal progression plans",
               "Refer clients to training, community employment schemes and local employers",
               "Run group information sessions for new claimants every Tuesday"],
              "facing", "in_person_service"),
            E("Deciding Officer", "Office of Social Welfare Services", "Ballinree", "2020-06", "2022-12",
              ["Decided jobseeker's allowance and benefit claims on file within the 10-day target",
               "Reviewed means assessments and medical evidence; wrote reasoned decision letters",
               "Prepared files for the appeals office"],
              "affecting", None),
            E("Clerical Officer (Temporary)", "Ballinree County Council – Motor Tax Office", "Ballinree",
              "2018-09", "2020-05",
              ["Motor tax counter: renewals, change of ownership, refunds",
               "Postal applications and cash balancing"],
              "facing", "in_person_service"),
            E("Committee Member", "Ballinree Tidy Towns", "Ballinree", "2016", "2019",
              ["Organised monthly litter picks and planting days, kept the group's accounts"],
              "none", None, section="volunteer", etype="volunteer", prec="year"),
        ]),
        S("Education", ["BA Economics and Politics, Shannonside University (2017)",
                        "Certificate in Mental Health Awareness (2024)"]),
        S("Other", ["Full clean driving licence", "Irish (fluent), French (basic)"]),
    ],
))

# ---------------------------------------------------------------- w007
RESUMES.append(dict(
    id="w007", fmt="pdf", renderer="reportlab",
    family="US 911 dispatcher and Army MP veteran, reportlab with shaded left sidebar (contact, skills, certifications)",
    layout="reportlab, sidebar/title_org, mm/yyyy / 'Present'",
    name="Marcus Ortega",
    contact=["Red Mesa, AZ", "(928) 555-0177", "m.ortega@mailbox.net"],
    headline="Emergency Communications | Public Safety | U.S. Army Veteran",
    side=[S("Skills", ["CAD / NCIC / ACJIS", "Multi-line radio", "EMD protocols", "Spanish (fluent)", "Typing 65 wpm"]),
          S("Certifications", ["APCO Public Safety Telecommunicator", "Emergency Medical Dispatch (EMD)", "CPR / First Aid"]),
          S("Education", ["AAS Criminal Justice, Red Mesa Community College, 2017"])],
    style=dict(layout="sidebar", hdr="title_org", dates="mm/yyyy", present="Present", dsep=" - ", bullet="•"),
    blocks=[
        X("Experience", [
            E("Emergency Communications Specialist (911)", "Red Mesa Regional Communications Center", "Red Mesa, AZ",
              "2019-02", "present",
              ["Answer 911 and non-emergency calls for police, fire and EMS, roughly 110 calls per shift",
               "Give pre-arrival medical instructions using EMD cards",
               "Dispatch units on radio and track incidents in CAD",
               "Communications Training Officer for four new hires"],
              "facing", "contact_center"),
            E("Police Records Technician", "Red Mesa Police Department", "Red Mesa, AZ", "2016-05", "2019-01",
              ["Entered and cleared warrants and stolen property in NCIC",
               "Processed incident reports and redacted them for release",
               "Covered the records window, releasing reports to the public and insurance adjusters"],
              "facing", "in_person_service"),
            E("Security Officer", "Desert Sun Mall", "Red Mesa, AZ", "2015-08", "2016-04",
              ["Foot patrols, lost children and first aid, helping shoppers with directions"],
              "facing", "other_facing"),
            E("Military Police Officer (31B)", "U.S. Army, 89th Military Police Brigade", "Fort Calloway, TX",
              "2011-06", "2015-06",
              ["Controlled installation gate access, checking IDs and passes of visitors and contractors",
               "Patrolled family housing and responded to domestic disturbance calls",
               "Deployed to Kuwait 2013; convoy security"],
              "facing", "other_facing", etype="military"),
        ]),
    ],
))

# ---------------------------------------------------------------- w008
RESUMES.append(dict(
    id="w008", fmt="docx", renderer="docx",
    family="UK police staff (front counter, 999 control room), Word with a borderless table per job, mm/yyyy dates",
    layout="docx, table/title_org, mm/yyyy / 'Present'",
    name="Hannah Okafor",
    contact=["Thornbury Vale", "07700 900 588", "hannah.okafor@mailbox.co.uk"],
    style=dict(layout="table", hdr="title_org", dates="mm/yyyy", present="Present", dsep=" – ", bullet="list",
               centred=True),
    blocks=[
        S("Personal Statement", ["Police staff member for seven years. I like being the first person someone speaks "
                                 "to when something has gone wrong, and I am good at getting the facts out of a "
                                 "distressed caller quickly."]),
        X("Career History", [
            E("Police Enquiry Office Assistant", "Westmarch Constabulary", "Thornbury Vale Police Station",
              "2022-05", "present",
              ["Front counter: crime reports, lost property, bail sign-ins and firearms licensing queries",
               "Assess risk and call officers to the counter when someone needs urgent help",
               "Book appointments with officers and update victims on their case"],
              "facing", "in_person_service"),
            E("999 Call Handler", "Westmarch Constabulary - Force Control Room", "Westmarch",
              "2019-09", "2022-04",
              ["Answered 999 and 101 calls, graded incidents using THRIVE",
               "Stayed on the line with callers in danger until officers arrived"],
              "facing", "contact_center"),
            E("Case File Administrator", "Westmarch Constabulary Criminal Justice Unit", "Westmarch",
              "2017-06", "2019-08",
              ["Built prosecution files for the CPS and chased outstanding statements from officers",
               "Redacted material for disclosure and logged court results"],
              "none", None),
            E("Special Constable", "Westmarch Constabulary", "Thornbury Vale", "2018-04", "2021-10",
              ["Volunteer officer, 16+ hours a month: town centre foot patrols, night-time economy and events",
               "Took statements from victims and gave crime prevention advice to shopkeepers"],
              "facing", "other_facing", section="volunteer", etype="volunteer"),
            E("Retail Assistant (part-time)", "Bookshelf & Co", "Thornbury Vale", "2015-09", "2017-05",
              ["Tills, customer orders and children's story time on Saturdays"],
              "facing", "in_person_service"),
        ]),
        S("Education", ["BA (Hons) Criminology, Westmarch University, 2:1 (2017)"]),
        S("Skills", ["• Calm under pressure", "• STORM and Niche RMS", "• Safeguarding Level 2"]),
        S("References", ["Available on request."]),
    ],
))

# ---------------------------------------------------------------- w009
RESUMES.append(dict(
    id="w009", fmt="html", renderer="html",
    family="US postal window clerk and Navy veteran, HTML page with floated dates, mm/yyyy",
    layout="html, div/title_org, mm/yyyy / 'Present'",
    name="Dwayne Hollis",
    contact=["Carver City, GA 31502", "912-555-0136", "dwayne.hollis@mailbox.org"],
    headline="Postal Sales & Services Associate | U.S. Navy Veteran",
    style=dict(hhdr="div", dates="mm/yyyy", present="Present", dsep=" – "),
    blocks=[
        X("Professional Experience", [
            E("Sales and Services Associate", "Carver City Main Post Office", "Carver City, GA", "2018-04", "present",
              ["Retail window: stamps, money orders, passports acceptance and PO box rentals",
               "Resolve customer issues with missing or delayed packages and file claims",
               "Balance stamp stock and cash daily; audit-ready every quarter"],
              "facing", "in_person_service"),
            E("Mail Processing Clerk", "Southeast Georgia Processing & Distribution Center", "Brunswick Point, GA",
              "2014-10", "2018-03",
              ["Operated delivery bar code sorters and flat sorting machines on tour 1",
               "Dispatched trays and sacks to trucks by cutoff time"],
              "affecting", None),
            E("Rural Carrier Associate", "Carver City Main Post Office", "Carver City, GA", "2012-03", "2014-09",
              ["Cased and delivered mail on a 96-mile rural route in my own vehicle",
               "Scanned parcels at delivery and kept vehicle records"],
              "affecting", None),
            E("Logistics Specialist (LS3)", "U.S. Navy, USS Harlow Bay", "Norfolk, VA", "2008-01", "2012-01",
              ["Ordered and received repair parts; kept inventory of 3,000 line items",
               "Ran the ship's post office: sold stamps and money orders to crew and handled registered mail"],
              "facing", "in_person_service", etype="military"),
        ]),
        S("Education", ["High School Diploma, Glynn Ridge High School, 2007", "Navy Postal Clerk course (2009)"]),
        S("Skills", ["Point-of-sale systems, cash handling, forklift certified, customer de-escalation"]),
    ],
))

# ---------------------------------------------------------------- w010
RESUMES.append(dict(
    id="w010", fmt="pdf", renderer="fpdf2",
    family="Australian national park ranger, fpdf2 with shaded sidebar, season-coded summer ranger job",
    layout="fpdf2, sidebar/title_org, mon / 'Present'",
    name="Jess Kerrigan",
    contact=["Mount Kellan NSW 2790", "0428 555 019", "jess.kerrigan@mailbox.com.au"],
    side=[S("Licences", ["NSW driver licence (manual)", "Chainsaw L2", "Senior First Aid", "Firefighter (Basic)"]),
          S("Education", ["B.Env.Sc, Kellan Regional University, 2017"]),
          S("Interests", ["Birding, trail running, volunteering at the wildlife hospital"])],
    style=dict(layout="sidebar", hdr="title_org", dates="mon", present="Present", dsep=" – ", bullet="–",
               side_rgb=(226, 238, 226)),
    blocks=[
        S("Profile", ["Ranger with visitor services and fire/pest experience, equally at home behind the visitor "
                      "centre desk and on a hazard reduction burn."]),
        X("Experience", [
            E("Ranger (Visitor Services)", "State Parks & Wildlife Service", "Mount Kellan NSW", "2021-09", "present",
              ["Lead guided walks and spotlighting tours for visitors and school groups",
               "Staff the visitor centre: permits, camping bookings, track closures and safety advice",
               "Patrol campgrounds and talk to campers about fire bans and dog rules"],
              "facing", "other_facing"),
            E("Field Officer (Fire & Pest)", "State Parks & Wildlife Service", "Mount Kellan NSW", "2018-07", "2021-08",
              ["Crew member on hazard reduction burns and bushfire response",
               "Fox and wild dog baiting programs; weed spraying along creek lines",
               "Maintained fire trails and gates"],
              "none", None),
            E("Seasonal Ranger", "Coastal Reserves Trust", "Harrow Heads NSW", "2017-12", "2018-02",
              ["Beach and campground patrols over the summer holidays",
               "Ran rock pool rambles for families"],
              "facing", "other_facing", text="Summer 2017–18"),
            E("Research Assistant (casual)", "Kellan Regional University", "Mount Kellan NSW", "2016-03", "2017-11",
              ["Set camera traps and entered survey data for a quoll study"],
              "none", None, section="other"),
        ]),
    ],
))

# ---------------------------------------------------------------- w011
RESUMES.append(dict(
    id="w011", fmt="docx", renderer="docx",
    family="Canadian border services officer and army reservist, Word two-column layout table with shaded sidebar",
    layout="docx, sidebar/title_org, month / 'Present'",
    name="Daniel Tremblay-Ng",
    contact=["Port Ainsley, BC", "604-555-0163", "dtremblayng@mailbox.ca"],
    headline="Border Services Officer (FB-03)",
    side=[S("Languages", ["English", "French", "Cantonese"]),
          S("Training", ["Officer Induction Training Program", "Control and defensive tactics", "Use of force recertified 2025"]),
          S("Education", ["Diploma, Criminology, Fraser Coast College (2018)"])],
    style=dict(layout="sidebar", hdr="title_org", dates="month", present="Present", dsep=" – ", bullet="list",
               side_fill="D9E2EC"),
    blocks=[
        X("Work Experience", [
            E("Border Services Officer", "Federal Border Agency", "Port Ainsley land crossing", "2020-01", "present",
              ["Primary inspection of travellers and commercial drivers: questioning, document checks, referrals",
               "Secondary examinations of vehicles and baggage; collect duties and taxes",
               "Explain admissibility decisions and refusals to travellers"],
              "facing", "other_facing"),
            E("Student Border Services Officer", "Federal Border Agency", "Port Ainsley land crossing",
              "2018-05", "2018-08",
              ["Primary inspection during the summer peak under supervision of an FB-03 officer"],
              "facing", "other_facing", text="May – August 2018"),
            E("Warehouse Associate", "Coastline Freight", "Delta Flats, BC", "2016-06", "2019-08",
              ["Picked and packed e-commerce orders, 150+ lines an hour",
               "Cycle counts and loading outbound carriers"],
              "affecting", None),
            E("Infantry Soldier (Reserve)", "Fraser Highlanders, Canadian Army Reserve", "Port Ainsley, BC",
              "2014-09", "2019-12",
              ["Weekly training and summer exercises; section second-in-command from 2018",
               "Domestic flood response deployment, 2017"],
              "none", None, etype="military"),
        ]),
    ],
))

# ---------------------------------------------------------------- w012
RESUMES.append(dict(
    id="w012", fmt="txt", renderer="txt",
    family="UK army veteran moving to civilian security, plain text with labelled blocks (Position/Employer/Dates)",
    layout="txt, labelled, mon / 'to date'",
    name="Lee Brannigan",
    contact=["Aldergate, North Yorkshire", "Mob: 07700 900 231", "Email: lee.brannigan@mailbox.co.uk"],
    style=dict(hdr="labelled", dates="mon", present="to date", dsep=" - ", bullet="*", hstyle="under",
               name_caps=True),
    blocks=[
        S("Profile", ["Ex-Forces (13 years, Corporal). Now working front of house security at a council civic centre. "
                      "SIA door supervisor and CCTV licences. Looking for a reception/security supervisor role."]),
        X("Employment", [
            E("Security Officer (Reception)", "Sentinel Facilities Ltd", "Aldergate Civic Centre", "2023-03", "present",
              ["Sign in visitors, issue passes and direct members of the public to council services",
               "Deal with upset or aggressive visitors at the housing desk and call police when needed",
               "Open and lock up the building, alarm checks"],
              "facing", "in_person_service"),
        ]),
        X("Military Service", [
            E("Section Commander (Corporal)", "The Royal Borders Regiment, British Army", "Catterick area",
              "2016-04", "2022-12",
              ["Led and trained an 8-soldier section on exercises and two overseas tours",
               "Responsible for welfare, discipline and appraisals of my section",
               "Accountable for vehicles and equipment worth £1.2m"],
              "none", None, etype="military"),
            E("Army Careers Adviser", "Army Careers Centre Aldergate", "Aldergate", "2014-03", "2016-03",
              ["Gave talks at schools and job fairs and interviewed applicants",
               "Guided candidates through selection and kept in touch with them until they started training"],
              "facing", "other_facing", etype="military"),
            E("Rifleman", "The Royal Borders Regiment, British Army", None, "2009-09", "2014-02", [],
              "none", None, etype="military"),
        ]),
        S("Qualifications", ["* SIA Door Supervisor licence", "* SIA CCTV licence", "* ILM Level 3 Leadership",
                             "* Driving licence C+E"]),
        S("References", ["On request"]),
    ],
))

# ---------------------------------------------------------------- w013
RESUMES.append(dict(
    id="w013", fmt="pdf", renderer="reportlab",
    family="US state policy analyst with constituent-services past, 2-page reportlab résumé with two-column header and page footer",
    layout="reportlab, twocol/title_org, month / 'Present'",
    name="Alicia Brenner-Soto",
    contact=["Linden Falls, MN 55019", "(651) 555-0110", "abrennersoto@mailbox.us", "linkedin.com/in/abrennersoto"],
    headline="Public Policy | Workforce Programs | Program Evaluation",
    style=dict(layout="twocol", hdr="title_org", dates="month", present="Present", dsep=" – ", bullet="•",
               footer="Alicia Brenner-Soto  |  Page {n}", break_before=("Education",)),
    blocks=[
        S("Summary", ["Policy analyst with nine years in state and county government. I write the memos that become "
                      "bills, build the cost models behind them and, lately, take them on the road to the people they "
                      "affect. Earlier, three years answering constituents in a senate office taught me what a badly "
                      "drafted program looks like from the other side of the desk."]),
        X("Professional Experience", [
            E("Senior Policy Analyst", "State Office of Workforce Policy", "Linden Falls, MN", "2021-08", "present",
              ["Draft policy briefs and bill analyses on apprenticeship and unemployment insurance reform for the Commissioner",
               "Build cost and caseload models for fiscal notes; testify before House and Senate committees",
               "Led 14 public listening sessions across the state, taking questions and testimony from workers and employers",
               "Supervise two policy analysts and a graduate intern"],
              "facing", "other_facing"),
            E("Policy Analyst", "Hennet County Human Services Department", "Linden Falls, MN", "2017-06", "2021-07",
              ["Evaluated county SNAP and child-care assistance programs using administrative data",
               "Wrote quarterly performance reports for the County Board",
               "Designed the data model for a new eligibility dashboard used by 200 caseworkers"],
              "none", None),
            E("Legislative Aide", "Office of State Senator R. Halvorsen", "St. Avery, MN", "2014-01", "2017-05",
              ["Handled constituent casework: phone calls, letters and office visits from residents with problems with state agencies",
               "Tracked bills and prepared the Senator's committee folders",
               "Drafted newsletters and responses to constituent mail"],
              "facing", "other_facing"),
            E("Graduate Research Assistant", "Linden State University, School of Public Affairs", "Linden Falls, MN",
              "2012-09", "2013-12",
              ["Cleaned survey data and ran regressions for a study of workforce board outcomes"],
              "none", None, section="other"),
            E("AmeriCorps VISTA Member", "Northside Food Access Coalition", "Minneapolis, MN", "2011-08", "2012-07",
              ["Coordinated Saturday food distribution, signing in families and connecting them to SNAP outreach",
               "Recruited and scheduled 40 volunteers"],
              "facing", "volunteering", section="volunteer", etype="volunteer"),
            E("Telephone Interviewer (part-time)", "Linden State Survey Research Center", "Linden Falls, MN",
              "2010-09", "2011-05",
              ["Conducted scripted telephone surveys of state residents for health and transportation studies",
               "Coded open-ended answers and flagged incomplete interviews"],
              "affecting", None),
        ]),
        S("Education", ["Master of Public Policy, Linden State University, 2013",
                        "B.A. Political Science and Spanish, Bluff Prairie College, 2011"]),
        S("Skills", ["Stata, R, Excel modelling, Tableau; legislative drafting; plain-language writing; Spanish (professional)"]),
        S("Publications & Presentations", ["'Apprenticeship Completion in Rural Minnesota', Workforce Policy Brief No. 12 (2023)",
                                            "Panelist, Upper Midwest Workforce Summit (2024)"]),
        S("Professional Affiliations", ["Association for Public Policy Analysis & Management (member)",
                                        "Linden Falls League of Women Voters (board, 2019–2022)"]),
    ],
))

# ---------------------------------------------------------------- w014
RESUMES.append(dict(
    id="w014", fmt="docx", renderer="docx",
    family="Irish court usher and council clerical officer, name and contact in the Word page header, election count day",
    layout="docx, header/org_title, mon / 'Present'",
    name="Siobhán Keating",
    contact=["Kilcarrig, Co. Westmeath  ·  086 555 7712  ·  siobhan.keating@mailbox.ie"],
    style=dict(layout="header", hdr="org_title", dates="mon", present="Present", dsep=" – ", bullet="list",
               hlevel=1),
    blocks=[
        X("Work Experience", [
            E("Court Usher", "Kilcarrig Circuit Courthouse", "Kilcarrig", "2020-10", "present",
              ["Call cases and direct jurors, witnesses and members of the public to the right court",
               "Administer the oath and look after the jury room during trials",
               "Keep order in the courtroom and assist the judge's registrar"],
              "facing", "other_facing"),
            E("Clerical Officer – Housing Section", "Kilcarrig County Council", "Kilcarrig", "2017-03", "2020-09",
              ["Processed social housing applications and prepared files for assessment",
               "Answered housing applicants' phone queries about their place on the list",
               "Issued tenancy sign-up packs"],
              "facing", "contact_center"),
            E("Election Count Assistant", "Kilcarrig Count Centre", "Kilcarrig", "2024-06", "2024-06",
              ["Sorted and counted ballot papers at the local and European elections count"],
              "none", None, text="June 2024"),
            E("Waitress", "The Bridge House Hotel", "Kilcarrig", "2014-06", "2017-02",
              ["Breakfast and function service, weddings at weekends"],
              "facing", "in_person_service"),
        ]),
        S("Education", ["Higher Certificate in Business, Athlone Midlands Institute (2016)", "Leaving Certificate (2013)"]),
        S("Hobbies", ["Camogie (club secretary), sean-nós dancing, baking"]),
    ],
))

# ---------------------------------------------------------------- w015
RESUMES.append(dict(
    id="w015", fmt="md", renderer="md",
    family="New Zealand customs officer, Markdown with dates first, volunteer coach 'YYYY – Present'",
    layout="md, datesfirst, mon / 'Present'",
    name="Tomasi Fifita",
    contact=["Tamaki Ridge, Auckland", "022 555 0843", "tomasi.fifita@mailbox.co.nz"],
    style=dict(mdhdr="datesfirst", dates="mon", present="Present", dsep=" – ", mdbullet="-"),
    blocks=[
        S("Skills", ["- Passenger risk assessment and questioning", "- X-ray image interpretation",
                     "- Tongan and English", "- Calm, firm and fair"]),
        X("Work Experience", [
            E("Customs Officer – Passenger Processing", "NZ Border Service", "Tamaki Ridge International Airport",
              "2021-04", "present",
              ["Question arriving passengers at primary and baggage areas; search bags and clear goods",
               "Explain duty, prohibited items and penalties to passengers, often through an interpreter"],
              "facing", "other_facing"),
            E("Customs Officer – International Mail Centre", "NZ Border Service", "Tamaki Ridge",
              "2019-02", "2021-03",
              ["X-ray screening and physical examination of inbound parcels",
               "Seizures of drugs and objectionable material; prepared seizure notices and evidence files"],
              "none", None),
            E("Aviation Security Officer", "Airport Screening Authority", "Tamaki Ridge International Airport",
              "2016-09", "2019-01",
              ["Screened passengers and cabin bags at domestic and international checkpoints",
               "Pat-down searches and explaining liquids rules"],
              "facing", "other_facing"),
            E("Junior Rugby Coach (volunteer)", "Tamaki Ridge Rugby Club", "Tamaki Ridge", "2015", "present",
              ["Coach the under-11s on Saturday mornings"],
              "facing", "volunteering", section="volunteer", etype="volunteer", prec="year"),
        ]),
        S("Education", ["Certificate in Border Protection (internal), 2019", "NCEA Level 3, Tamaki Ridge College"]),
    ],
))
