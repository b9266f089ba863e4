"""Résumés w016–w030."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w016
R(id="w016", fmt="txt", order="labelled", olsep=", ", ds="MON", present="to date", sep=" - ", bullet="-",
  heading_style="caps", name_caps=True,
  family="Irish customs officer, plain text with capital headings and labelled Position/Employer/Dates blocks, helpline days in a clerical role",
  name="Cathal Brennan", contact=["Ross Harbour, Co. Wexford", "Mobile: 086 555 0131", "Email: cathal.brennan@mailbox.ie"],
  blocks=[
      ("para", "Personal Statement", "Customs officer with nine years' public service, looking to move to a compliance "
       "role in the private sector (freight forwarding or a port operator)."),
      ("lines", "Education", ["2009 - 2013  BA Economics and Politics, Slaneyside University",
                              "2021  Certificate in Customs Law and Practice"]),
      ("exp", "Employment", [
          E("Customs Officer", "Revenue Customs Service", "Ross Harbour Ferry Port", "2017-10", "present", [
              "Examine passengers and vehicles coming off the ferries at the Red and Green channels",
              "Explain duty-free allowances to travellers, detain and seize prohibited and excess goods",
              "Ran the port's controlled-drugs profiling for freight in 2023"], kind="other_facing"),
          E("Clerical Officer", "Revenue Customs Service", "Slaney Quay", "2014-03", "2017-09", [
              "Processed VAT repayment claims and traders' correspondence",
              "Answered traders' queries on the customs helpline two days a week"], kind="contact_center"),
          E("Bar Staff", "Molloy's Bar", "Ballinree", "2010-06", "2014-02", [], kind="in_person_service"),
      ]),
      ("exp", "Voluntary Work", [
          E("Underage Coach", "Ballinree GAA Club", "Ballinree", "2019", "present", [
              "Coach the U-12 hurling team two evenings a week and at matches"],
            kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
      ]),
      ("para", "Interests", "Hurling, sea swimming, local history."),
      ("para", "Referees", "Available on request."),
  ])

# ------------------------------------------------------------------ w017
R(id="w017", fmt="docx", layout="styles", order="title_org", ds="mon", present="Present", bullet="•",
  family="UK infantry corporal now a shopping-centre security officer, Word heading styles, tab-stop dates, army careers-office posting overlapping",
  name="Craig Oduya", contact=["Carrowfield", "07700 900338", "craig.oduya@mailbox.co.uk"],
  headline="Security Officer – Service Leaver",
  blocks=[
      ("para", "Profile", "Eleven years in the infantry, including two as an Army careers adviser. SIA licensed and "
       "looking for a security supervisor post."),
      ("exp", "Employment", [
          E("Security Officer", "Keystone Guarding Ltd", "Carrowfield Shopping Centre", "2023-06", "present", [
              "Patrol the centre, deal with shoplifters, lost children and first aid incidents",
              "Help shoppers and tenants with directions, lost property and car park problems"], kind="other_facing"),
          E("Corporal (Section Commander)", "British Army", None, "2012-04", "2023-05", [
              "Commanded an eight-soldier infantry section on operations and exercises in the UK, Kenya and Estonia",
              "Responsible for the training, welfare and discipline of my soldiers"], cs="none", etype="military"),
          E("Army Careers Adviser", "British Army", "Armed Forces Careers Office, Bramley", "2019-09", "2021-08", [
              "Interviewed candidates and their parents and guided them through the application",
              "Attended school careers fairs and gave talks to sixth forms"], kind="other_facing", etype="military"),
          E("Warehouse Operative", "Tillbrook Distribution", "Tillbrook", "2010-08", "2012-03", [
              "Picking and packing for supermarket stores; reach truck"], cs="affecting"),
      ]),
      ("list", "Licences & Courses", ["SIA Door Supervisor licence", "First Person on Scene (FPOS)",
                                      "Level 3 Award in Education and Training", "Full UK driving licence C1"]),
  ])

# ------------------------------------------------------------------ w018
R(id="w018", fmt="pdf", renderer="reportlab", layout="plain", order="dateline", ds="month", present="Present",
  bullet="-", centre=True, caps_headings=False,
  family="Canadian utility emergency dispatcher, reportlab centred header, title, employer and dates on separate lines, meter reader with no contact",
  name="Shannon Beaulieu", contact=["Thunder Ridge, ON", "807-555-0161", "shannon.beaulieu@mailbox.ca"],
  blocks=[
      ("para", "Profile", "Eleven years with Northland Hydro: meter reading, customer care and now outage dispatch. "
       "Good under pressure, knows the territory."),
      ("exp", "Work Experience", [
          E("Emergency Dispatcher", "Northland Hydro", "Thunder Ridge, ON", "2021-09", "present", [
              "Receive outage and downed-wire reports from the public, police and fire departments",
              "Dispatch line crews and keep the outage map and customer messages updated"], kind="contact_center"),
          E("Customer Care Representative", "Northland Hydro", "Thunder Ridge, ON", "2018-01", "2021-08", [
              "Took billing, move-in/move-out and payment arrangement calls",
              "Handled escalations for disconnection notices"], kind="contact_center"),
          E("Meter Reader", "Northland Hydro", "Thunder Ridge, ON", "2015-05", "2017-12", [
              "Read residential and commercial meters on foot and vehicle routes",
              "Reported damaged seals, tampering and access problems for follow-up"], cs="affecting"),
          E("Cashier", "Lakehead Fresh Market", "Thunder Ridge, ON", "2013-06", "2015-04", [], kind="in_person_service"),
      ]),
      ("lines", "Education", ["Office Administration Certificate, Confederation Shores College, 2013"]),
  ])

# ------------------------------------------------------------------ w019
R(id="w019", fmt="md", order="orgfirst", ds="mon", present="Present", md_h3=True, olsep=" — ",
  family="US airline ground staff in Markdown, employer heading with ramp and counter roles beneath, airport screening officer before",
  name="Tasha Vernon", contact=["Fairmont City, NC", "(336) 555-0107", "tasha.vernon@mailbox.com"],
  blocks=[
      ("para", "Summary", "Airport lifer. Six years with Bluewing, three at the checkpoint before that."),
      ("exp", "Experience", [
          E("Customer Service Agent", "Bluewing Airlines", "Harmon Field Airport", "2022-05", "present", [
              "Ticket counter and gate: check-in, bag fees, upgrades, irregular operations rebooking",
              "Lead agent on the evening shift"], kind="in_person_service"),
          E("Ramp Agent", "Bluewing Airlines", "Harmon Field Airport", "2020-03", "2022-04", [
              "Loaded and unloaded bags and cargo, marshalled and pushed back aircraft, de-iced in winter"],
            cs="affecting"),
          E("Transportation Security Officer", "Transportation Security Administration", "Harmon Field Airport",
            "2017-06", "2020-02", [
                "Screened passengers and carry-on bags at the checkpoint; pat-downs and bag searches",
                "Explained screening procedures to travelers and helped passengers with disabilities through"],
            kind="other_facing"),
          E("Line Cook", "Sal's Grill", "Fairmont City, NC", "2015-04", "2017-05", [], cs="affecting"),
          E("Crew Member", "Dairy Hut", "Fairmont City, NC", "2013-06", "2015-03", [
              "Drive-thru window and front counter, opening shifts"], kind="in_person_service"),
      ]),
      ("lines", "Education", ["Fairmont City Technical College – Aviation Management (coursework)"]),
  ])

# ------------------------------------------------------------------ w020
R(id="w020", fmt="docx", layout="tabs", order="title_org", ds="month", present="Current", bullet="list",
  dates_italic=True,
  family="Australian council town planner, Word tab-stop dates with italic dates, strategic planning without contact, planning cadetship",
  name="Harriet Lindqvist", contact=["Wirrinbeel WA 6532", "0491 570 411", "h.lindqvist@mailbox.com.au"],
  blocks=[
      ("para", "Profile", "Planner with nine years in local government across statutory and strategic planning."),
      ("exp", "Professional Experience", [
          E("Senior Town Planner", "Shire of Wirrinbeel", "Wirrinbeel, WA", "2021-07", "present", [
              "Assess development applications from houses to industrial sheds; prepare reports for council",
              "Hold pre-lodgement meetings with applicants, builders and neighbours and answer the duty planner line"],
            kind="other_facing"),
          E("Strategic Planner", "City of Marrang", "Marrang, WA", "2017-02", "2021-06", [
              "Drafted the local planning strategy and a heritage review; GIS mapping of growth areas",
              "Wrote scheme amendments and council reports"], cs="none"),
          E("Planning Cadet", "City of Marrang", "Marrang, WA", "2015-02", "2016-12", [
              "Part-time during my degree: answered planning enquiries at the front counter and by phone",
              "Checked applications for completeness"], kind="in_person_service", etype="internship"),
          E("Waitress", "The Jetty Cafe", "Marrang, WA", "2012-11", "2015-01", [], kind="in_person_service"),
      ]),
      ("lines", "Education", ["Bachelor of Urban and Regional Planning, Swan Coast University (2016)"]),
      ("para", "Memberships", "Planning Institute member."),
  ])

# ------------------------------------------------------------------ w021
R(id="w021", fmt="pdf", renderer="fpdf2", layout="centred", order="title_org", ds="m.yyyy", present="Now", bullet="•",
  family="New Zealand corrections officer now a reintegration case manager, fpdf2 centred header, community work supervisor, year-only forestry",
  name="Hemi Tawhiri-Grant", contact=["Karoro", "022 555 0148", "hemi.tg@mailbox.co.nz"],
  blocks=[
      ("para", "Kia ora", "Ten years working with people in the justice system. I believe in second chances and in "
       "plain talking."),
      ("exp", "Mahi / Work", [
          E("Reintegration Case Manager", "Te Awa Reintegration Trust", "Karoro", "2023-03", "present", [
              "Caseload of 18 men released from prison: housing, benefits, work and whānau reconnection",
              "Meet clients weekly and go with them to appointments"], kind="other_facing"),
          E("Corrections Officer", "Karoro Men's Prison", "Karoro", "2015-08", "2023-02", [
              "Unit officer in a 60-bed high-security unit; case officer for eight prisoners",
              "Managed incidents with de-escalation first"], kind="other_facing"),
          E("Community Work Supervisor", "Karoro Community Corrections", "Karoro", "2013-04", "2015-07", [
              "Supervised work parties of people on community work sentences at marae, parks and op shops"],
            kind="other_facing"),
          E("Silviculture Crew", "Pinehaven Forestry", "Pinehaven Block", "2010", "2013", [
              "Tree planting, pruning and thinning"], cs="none", prec="year"),
      ]),
      ("lines", "Education", ["NZ Certificate in Health and Wellbeing (Social and Community Services) Level 4"]),
      ("para", "Referees", "Provided on request."),
  ])

# ------------------------------------------------------------------ w022
R(id="w022", fmt="txt", order="pipe", ds="mm/yyyy", present="Present", bullet="*", heading_style="underline",
  txt_right="newline",
  family="UK registration officer, plain text with underlined headings, 'Title | Employer | Town' then dates, records clerk and post office counter",
  name="Olivia Shreeve", contact=["Marlcaster", "07700 900175", "olivia.shreeve@mailbox.co.uk"],
  blocks=[
      ("para", "Profile", "Registration officer in a busy city register office. Before that records management and "
       "post office counter work."),
      ("list", "Key skills", ["Sensitive conversations with bereaved families", "Civil ceremonies",
                              "Records retention and GDPR", "Cash handling"]),
      ("exp", "Employment history", [
          E("Registration Officer", "Marlcaster Register Office", "Marlcaster", "2022-01", "present", [
              "Register births and deaths by appointment with parents and bereaved families",
              "Conduct marriage and civil partnership ceremonies and citizenship ceremonies"], kind="other_facing"),
          E("Records Management Clerk", "Marlcaster City Council", "Marlcaster", "2018-09", "2021-12", [
              "Retrieved and refiled files from the offsite store for council departments",
              "Indexed and scanned files and applied the retention and disposal schedule"], cs="affecting"),
          E("Post Room Assistant", "Marlcaster City Council", "Civic Centre, Marlcaster", "2016-06", "2018-08", [
              "Opened, scanned and distributed incoming post; franked outgoing letters",
              "Delivered internal mail round the civic centre twice a day"], cs="none"),
          E("Counter Clerk", "Station Road Post Office", "Marlcaster", "2013-02", "2016-05", [
              "Post Office counter: parcels, bill payments, passports check and send, banking"],
            kind="in_person_service"),
      ]),
      ("exp", "Voluntary", [
          E("Volunteer Gateway Assessor", "Marlcaster Advice Centre", "Marlcaster", "2019-03", "2020-03", [
              "First-contact assessment of clients' problems (debt, housing, benefits) at drop-in sessions"],
            kind="volunteering", section="volunteer", etype="volunteer"),
      ]),
      ("para", "References", "Available upon request"),
  ])

# ------------------------------------------------------------------ w023
R(id="w023", fmt="docx", layout="table", order="title_org", ds="m/yyyy", present="Present", bullet="•",
  family="US probation officer, Word borderless table per job, jail control-room officer without contact, National Guard HR overlapping",
  name="Jolene Carrigan", contact=["Delmont, OH", "(740) 555-0155", "jcarrigan@mailbox.com"],
  blocks=[
      ("para", "Summary", "Probation officer with a corrections and military HR background."),
      ("exp", "Experience", [
          E("Probation Officer", "Delmont County Adult Probation", "Delmont, OH", "2020-06", "present", [
              "Supervise a caseload of 70 adults on community control: office and home visits, drug testing, referrals",
              "Write pre-sentence investigation reports and testify at violation hearings"], kind="other_facing"),
          E("Detention Officer", "Delmont County Sheriff's Office", "Delmont, OH", "2016-03", "2020-05", [
              "Assigned to central control: operated doors, cameras and intercoms for the 200-bed jail",
              "Logged all inmate movements and monitored radio traffic"], cs="none"),
          E("Human Resources Specialist (42A)", "Army National Guard", "Delmont, OH", "2012-09", "2018-08", [
              "Processed personnel actions, promotions and ID cards for a 400-soldier battalion",
              "Answered soldiers' pay, benefits and records questions at the S1 desk on drill weekends"],
            kind="internal_support", etype="military"),
          E("Server", "Rosie's Family Restaurant", "Delmont, OH", "2010-05", "2012-08", [], kind="in_person_service"),
      ]),
      ("lines", "Education", ["B.S. Criminal Justice, Delmont State University, 2016"]),
      ("list", "Certifications", ["Ohio Risk Assessment System (ORAS)", "Motivational Interviewing"]),
  ])

# ------------------------------------------------------------------ w024
R(id="w024", fmt="pdf", renderer="reportlab", layout="sidebar", order="pipe", ds="mon", present="Present",
  paper="A4", bullet="•", accent=(0.1, 0.35, 0.3), side_rgb=(0.86, 0.93, 0.91),
  family="Irish coach driver and ex-army driver, reportlab with coloured left sidebar, pipe title/company/place line with right dates, self-employed driving instructor",
  name="Declan Furlong", headline="Professional Driver – D Licence, CPC",
  side=[("Contact", ["Galloway, Co. Mayo", "085 555 0112", "declan.furlong@mailbox.ie"]),
        ("Licences", ["Full D, C and EB", "Driver CPC", "Tachograph card"]),
        ("Interests", ["Rugby", "Fishing"])],
  blocks=[
      ("exp", "Work Experience", [
          E("Coach Driver", "Westline Coaches", "Galloway", "2019-04", "present", [
              "Drive intercity and school routes; sell tickets, load luggage and help passengers with access needs",
              "Daily walk-round checks and defect reports"], kind="in_person_service"),
          E("Driving Instructor", "Self-employed", "Galloway", "2014-02", "2019-03", [
              "Taught learner drivers for the driving test; built up a client base of 30 pupils a week"],
            kind="education", etype="freelance"),
          E("Army Driver", "Defence Forces", "Dunmore Barracks", "2008-01", "2014-01", [
              "Transported personnel and stores in trucks and minibuses; maintained vehicles",
              "Two overseas tours as unit transport driver"], cs="affecting", etype="military"),
          E("Forecourt Attendant", "Glennon's Service Station", "Galloway", "2006-06", "2007-12", [],
            kind="in_person_service"),
      ]),
      ("lines", "Education", ["Leaving Certificate, St Colman's College, 2006", "RSA Approved Driving Instructor (2014)"]),
  ])

# ------------------------------------------------------------------ w025
R(id="w025", fmt="md", order="title_org", ds="mon", present="Current", md_h3=False, md_bullet="*",
  family="Australian biosecurity officer in Markdown, bold title lines with employer and dates, same title with and without contact, year-only station work",
  name="Georgia Pannell", contact=["Harrowgate QLD 4740", "0491 570 512", "georgia.pannell@mailbox.com.au"],
  blocks=[
      ("para", "Profile", "Biosecurity officer at an international airport and sea port. Country girl, good with "
       "people and with paperwork."),
      ("exp", "Work history", [
          E("Biosecurity Officer – Passenger", "Biosecurity Inspection Service", "Harrowgate Airport", "2021-01", "present", [
              "Inspect incoming passengers' baggage with x-ray and detector dogs; assess declarations",
              "Explain biosecurity rules to travellers and issue infringement notices"], kind="other_facing"),
          E("Biosecurity Officer – Cargo", "Biosecurity Inspection Service", "Port of Harrowgate", "2018-05", "2020-12", [
              "Inspected shipping containers, imported machinery and timber at approved depots",
              "Recorded findings and directed treatment of contaminated goods"], cs="none"),
          E("Counter Assistant", "Koorabri Licensed Post Office", "Koorabri", "2015-03", "2018-04", [
              "Post office counter: parcels, bill payments, ID checks; newsagency till"], kind="in_person_service"),
          E("Station Hand", "Mulgrave Downs Station", "via Koorabri", "2012", "2015", [
              "Mustering, fencing, water runs"], cs="none", prec="year"),
      ]),
      ("list", "Education & training", ["Certificate IV in Government (Biosecurity)", "Year 12, Koorabri State High School"]),
  ])

# ------------------------------------------------------------------ w026
R(id="w026", fmt="docx", layout="header", order="title_org", ds="mon.", present="Till date", bullet="-",
  family="Canadian freight locomotive engineer, name and contact in the Word page header, freight conductor without passengers, summer rail-tour attendant",
  name="Colin Ashdown-Barre", contact=["Kessler Junction, SK", "306-555-0191", "colin.ab@mailbox.ca"],
  blocks=[
      ("para", "Summary", "Twelve years in railroading, freight and passenger. Qualified locomotive engineer."),
      ("exp", "Railway Experience", [
          E("Locomotive Engineer", "Prairie Northern Railway", "Kessler Junction, SK", "2019-02", "present", [
              "Operate mainline freight trains between Kessler Junction and the coast terminals",
              "Brake tests, train handling to the rule book, trip reports"], cs="affecting"),
          E("Conductor (Freight)", "Prairie Northern Railway", "Kessler Junction, SK", "2014-06", "2019-01", [
              "In charge of the train crew and train paperwork; switched cars at grain elevators and industry sidings",
              "Coordinated moves with yardmasters and rail traffic controllers"], cs="affecting"),
          E("Onboard Service Attendant", "Northern Lights Rail Tours", "Kessler Junction, SK", "2013-06", "2013-08", [
              "Served meals in the dome car and gave commentary on the route to tourists"],
            kind="in_person_service", dtext="Summer 2013"),
          E("Gas Bar Attendant", "Kessler Co-op", "Kessler Junction, SK", "2011-09", "2014-05", [
              "Till, propane fills and car wash"], kind="in_person_service"),
      ]),
      ("lines", "Training", ["Locomotive Engineer qualification, 2019", "Conductor Training Program, 2014"]),
  ])

# ------------------------------------------------------------------ w027
R(id="w027", fmt="pdf", renderer="fpdf2", layout="twopage", order="title_org", ds="mon", present="Present",
  bullet="•", break_before="Volunteering", caps_headings=False,
  family="UK airside operations officer, 2-page fpdf2 CV with page footer, passenger services and cabin crew before, special constable and summer rep",
  name="Natalie Okonjo-Hart", contact=["Fenbridge", "07700 900644", "natalie.oh@mailbox.co.uk"],
  blocks=[
      ("para", "Personal profile", "Aviation professional with fourteen years across cabin crew, passenger services "
       "and airside operations. Looking for a duty manager role."),
      ("exp", "Career history", [
          E("Airside Operations Officer", "Fenbridge Airport", "Fenbridge", "2020-04", "present", [
              "Runway and apron inspections, wildlife control and FOD patrols",
              "Issue airside driving permits, enforce airside safety rules and lead the response to aircraft incidents"],
            cs="none"),
          E("Passenger Services Agent", "Skyhaven Handling", "Fenbridge Airport", "2016-09", "2020-03", [
              "Check-in, gate and arrivals desk for four airlines; lost baggage claims"], kind="in_person_service"),
          E("Cabin Crew", "Albion Sun Airways", "Fenbridge", "2012-03", "2016-08", [
              "Short and medium-haul cabin service, sales and safety"], kind="in_person_service"),
          E("Holiday Representative", "Sunseeker Holidays", "Balearic Islands", "2011-06", "2011-08", [
              "Welcome meetings, transfers and excursion sales; sorted out guests' problems at three hotels"],
            kind="in_person_service", dtext="Summer 2011"),
      ]),
      ("lines", "Education", ["BA (Hons) Tourism Management, University of Fenbridge, 2011"]),
      ("exp", "Volunteering", [
          E("Special Constable", "Fenbridgeshire Constabulary", "Fenbridge", "2017", "2021", [
              "Volunteer officer: town-centre patrols on Friday and Saturday nights, dealing with the public and licensed premises"],
            kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
      ]),
      ("list", "Skills", ["Airside driving (ADP)", "Radio telephony", "Incident management", "First aid at work"]),
  ])

# ------------------------------------------------------------------ w028
R(id="w028", fmt="txt", order="inline", ds="mon", present="Present", bullet="-", heading_style="colon",
  family="US rural mail carrier, plain text with colon headings and 'Title, Employer, Town, dates' lines, mail processing and water meter jobs",
  name="Wendell Hoskins", contact=["Corbin Falls, KS 67401 | (785) 555-0142 | w.hoskins@mailbox.com"],
  blocks=[
      ("exp", "Work experience", [
          E("Rural Carrier Associate", "U.S. Postal Service", "Corbin Falls, KS", "2021-04", "present", [
              "Case and deliver mail on a 98-mile rural route in my own vehicle",
              "Sell stamps, accept packages and answer customers' questions along the route"], kind="in_person_service"),
          E("Mail Processing Clerk", "U.S. Postal Service", "Salina Plains P&DC", "2018-09", "2021-03", [
              "Ran letter and flat sorting machines on the overnight tour; swept and dispatched mail"], cs="affecting"),
          E("Sales & Services Associate", "U.S. Postal Service", "Corbin Falls, KS", "2016-02", "2018-08", [
              "Window clerk: sold postage, money orders and PO boxes; passport acceptance"], kind="in_person_service"),
          E("Water Meter Technician", "City of Corbin Falls Utilities", "Corbin Falls, KS", "2012-05", "2016-01", [
              "Installed and replaced water meters", "Investigated high-bill complaints at customers' homes"],
            kind="other_facing"),
          E("Harvest Crew", "Jantzen Farms", "Corbin Falls, KS", "2009", "2011", [
              "Summers and weekends: wheat harvest, grain cart and truck driving"], cs="none", prec="year"),
      ]),
      ("lines", "Education", ["Corbin Falls High School, diploma 2011"]),
      ("para", "References", "Available on request."),
  ])

# ------------------------------------------------------------------ w029
R(id="w029", fmt="docx", layout="sidebar", order="org_title", ds="mm/yyyy", present="Present", bullet="•",
  side_hex="DDE7F2",
  family="New Zealand navy sailor now a ferry deckhand, Word layout table with shaded sidebar, employer line first, career break listed, coastguard volunteer",
  name="Rawiri Pomare", contact=["Port Ariki", "027 555 0163", "rawiri.pomare@mailbox.co.nz"],
  side=[("Contact", ["Port Ariki", "027 555 0163", "rawiri.pomare@mailbox.co.nz"]),
        ("Tickets", ["Skipper Restricted Limits", "Maritime Restricted Radio", "First Aid Level 2"]),
        ("Languages", ["English", "Te Reo Māori"])],
  headline="Deckhand / Maritime Crew",
  blocks=[
      ("exp", "Experience", [
          E("Deckhand", "Harbour Link Ferries", "Port Ariki", "2023-01", "present", [
              "Mooring lines, passenger boarding and head counts, ticket checks and safety briefings",
              "Help passengers with bikes, prams and wheelchairs"], kind="in_person_service"),
          E("Able Seaman Combat Specialist", "Royal New Zealand Navy", "HMNZS Tawhiti", "2015-02", "2022-02", [
              "Bridge watchkeeping, navigation and weapons; member of the ship's boarding party on fisheries patrols",
              "Trained new ratings in seamanship"], cs="none", etype="military"),
          E("Career break (travel and whānau)", None, None, "2022-03", "2022-12", [], cs="none", etype="unknown"),
          E("Customer Service Assistant", "Freshway Supermarket", "Port Ariki", "2012-06", "2015-01", [
              "Checkouts and service desk"], kind="in_person_service"),
      ]),
      ("exp", "Volunteer", [
          E("Volunteer Crew", "Port Ariki Coastguard", "Port Ariki", "2019", "present", [
              "Search and rescue callouts for boaties in trouble; safety talks at boat ramps"],
            kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
      ]),
  ])

# ------------------------------------------------------------------ w030
R(id="w030", fmt="html", order="title_org", ds="month", present="Present", bullet="•",
  family="US county motor vehicle representative, HTML page, pandemic unemployment claims examiner overlapping, data entry and crossing guard",
  name="Yesenia Ortega-Blum", contact=["Ridgeview, FL", "(352) 555-0188", "yesenia.ob@mailbox.com"],
  blocks=[
      ("para", "Summary", "Public-counter professional with seven years in motor vehicle services and a temporary "
       "assignment adjudicating unemployment claims."),
      ("exp", "Employment", [
          E("Motor Vehicle Representative", "Ridgeview County Tax Collector", "Ridgeview, FL", "2019-10", "present", [
              "Process titles, registrations, driver license renewals and REAL ID at the counter",
              "Handle 60-80 customers a day and explain document requirements"], kind="in_person_service"),
          E("Unemployment Claims Examiner (Temp)", "Workforce Solutions Claims Center", "Ridgeview, FL", "2020-05", "2021-06", [
              "Adjudicated separation issues; called claimants and employers for fact-finding statements",
              "Evenings and weekends during the pandemic surge"], kind="contact_center"),
          E("Data Entry Clerk", "Ridgeview County Clerk of Courts", "Ridgeview, FL", "2017-01", "2019-09", [
              "Keyed traffic citations and payments into the court system; scanned paper files"], cs="affecting"),
          E("School Crossing Guard (part-time)", "Ridgeview County Sheriff's Office", "Ridgeview, FL", "2015-08", "2016-12", [],
            kind="other_facing"),
      ]),
      ("exp", "Other Experience", [
          E("Election Poll Worker", "Ridgeview County Supervisor of Elections", "Ridgeview, FL", "2018-11", "2018-11", [
              "Checked in voters, issued ballots and helped voters with the accessible voting machine"],
            kind="other_facing", section="other", dtext="November 2018"),
      ]),
      ("lines", "Education", ["A.S. Office Administration, Ridgeview State College"]),
      ("list", "Languages", ["English", "Spanish"]),
  ])
