"""Résumés w001–w015."""
from lib import E

RESUMES = []


def R(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w001
R(id="w001", fmt="pdf", renderer="reportlab", layout="plain", order="title_org", ds="mon", present="Present",
  family="US police officer moved into retail loss prevention, Word-to-PDF single column, title line with right-aligned dates, military police before",
  name="Derek A. Whitcombe", contact=["Marlow Heights, OH 43207", "(614) 555-0182", "d.whitcombe@mailbox.com"],
  blocks=[
      ("para", "Summary", "Former patrol officer with nine years of street policing and three years as a 911 call-taker, "
       "now investigating internal theft and refund fraud for a regional retailer. Calm in a crisis, thorough report "
       "writer, comfortable testifying."),
      ("exp", "Professional Experience", [
          E("Loss Prevention Investigator", "Harlan Outfitters", "Columbus, OH", "2024-03", "present", [
              "Investigate internal theft, refund fraud and cash shortages across 11 stores using exception reports and CCTV",
              "Interview associates suspected of dishonesty and prepare case files for civil recovery and prosecution",
              "Audit cash-handling and key-control procedures; report findings to district managers"], cs="none"),
          E("Police Officer", "Grove Falls Police Department", "Grove Falls, OH", "2015-07", "2024-02", [
              "Answered 10-15 calls for service per shift: domestic disputes, crashes, thefts and welfare checks",
              "Took statements from victims and witnesses and referred them to victim-advocate services",
              "Ran a monthly 'Coffee with a Cop' meeting for the Eastside neighborhood association",
              "Field Training Officer for six recruits (2020-2023)"], kind="other_facing"),
          E("Emergency Communications Officer", "Tri-Valley Regional 911 Center", "Marlow Heights, OH", "2012-10", "2015-06", [
              "Answered emergency and non-emergency calls from the public; gave CPR instructions until units arrived",
              "Dispatched police, fire and EMS units using CAD and radio"], kind="contact_center"),
          E("Event Security (part-time)", "Riverside Events Arena", "Marlow Heights, OH", "2013-03", "2015-05", [
              "Bag checks and ticket scanning at concerts and hockey games; helped guests find seats and lost property"],
            kind="other_facing"),
          E("Military Police Team Leader", "U.S. Army", "Fort Hollis, KY", "2008-06", "2012-08", [
              "Led a four-soldier team on base security patrols and convoy escort missions",
              "Accountable for weapons, night-vision and vehicle equipment valued at $1.2M",
              "Trained junior soldiers in use of force, first aid and radio procedure"], cs="none", etype="military"),
      ]),
      ("lines", "Education", ["A.A.S. Criminal Justice – Columbus Valley Community College, 2014",
                              "Ohio Peace Officer Basic Training Academy, 2015"]),
      ("list", "Skills", ["Interview and interrogation (Wicklander-Zulawski trained)", "CCTV review and case management software",
                          "Report writing and courtroom testimony", "CPR / First Aid"]),
  ])

# ------------------------------------------------------------------ w002
R(id="w002", fmt="docx", layout="styles", order="title_org", ds="month", present="Present", bullet="•",
  family="UK prison officer moving into supported housing, Word heading styles and list bullets, right tab-stop dates, navy logistics before",
  name="Shauna McKeown", contact=["Brackenford, Kent", "07700 900413", "shauna.mckeown@mailbox.co.uk"],
  blocks=[
      ("para", "Personal Profile", "Eight years on the landings taught me how to listen, stay calm and keep people safe. "
       "Since leaving the Prison Service I have worked in supported housing and am looking for a senior support or "
       "resettlement role."),
      ("exp", "Employment History", [
          E("Support Worker", "Hollybrook Housing Trust", "Brackenford", "2024-05", "present", [
              "Support 14 residents in a hostel for people leaving homelessness with budgeting, benefits claims and tenancy skills",
              "Key work sessions, support plans and risk assessments; liaise with GPs, probation and drug services",
              "Lone working on night shifts once a week"], kind="healthcare_care"),
          E("Prison Officer", "HMP Marsh Lane", "Brackenford", "2016-09", "2024-04", [
              "Ran a wing of 120 men: unlock, meals, association, regular roll checks and cell searches",
              "Key worker for six prisoners: weekly sessions on sentence plans, family contact and resettlement",
              "Used de-escalation to manage conflict; trained in Control & Restraint and ACCT (suicide and self-harm) reviews"],
            kind="other_facing"),
          E("Operational Support Grade", "HMP Marsh Lane", "Brackenford", "2014-02", "2016-08", [
              "Searched visitors and vehicles at the gate lodge and booked in legal and social visits",
              "Monitored CCTV and radio net in the control room on nights"], kind="other_facing"),
          E("Logistics Supply Chain Rating", "Royal Navy", None, "2009-03", "2013-12", [
              "Ran a frigate's naval stores: ordering, receiving and issuing spare parts, uniform and rations",
              "Kept stock records on the naval supply system; no discrepancies in two stores audits"],
            cs="affecting", etype="military"),
          E("Bar Staff", "The Drovers Arms", "Brackenford", "2007-06", "2009-02", [], kind="in_person_service"),
      ]),
      ("lines", "Education & Training", ["Level 3 Diploma in Health and Social Care (2025)",
                                         "Prison Officer Entry Level Training, 2016", "GCSEs x 8 incl. English and Maths"]),
      ("para", "Interests", "Open-water swimming, volunteering at my local parkrun, and I am learning British Sign Language."),
  ])

# ------------------------------------------------------------------ w003
R(id="w003", fmt="pdf", renderer="fpdf2", layout="centred", order="title_org", ds="mm/yyyy", present="Present", bullet="•",
  family="Canadian border services officer now an airport passenger agent, fpdf2 centred header, title with right-aligned dates, student season",
  name="Priya Nandakumar", contact=["Coulee Bend, MB", "204-555-0147", "priya.n@mailbox.ca", "Bilingual (EN/FR)"],
  headline="Passenger Services | Border & Travel Compliance",
  blocks=[
      ("para", "Profile", "Seven years in uniform at a busy land crossing, now helping travellers through check-in and boarding. "
       "I know the documents, the rules and how stressed people get at a counter."),
      ("exp", "Work Experience", [
          E("Passenger Services Agent", "Skyline Ground Handling", "Riverbend International Airport", "2023-04", "present", [
              "Check in passengers and bags, verify travel documents for US and international flights",
              "Work boarding gates, rebook misconnected passengers and handle special-assistance requests"],
            kind="in_person_service"),
          E("Border Services Officer", "Canada Border Services Agency", "Port of Coulee Bend", "2017-01", "2023-03", [
              "Primary inspection of travellers and commercial drivers; questioned, assessed and admitted or referred",
              "Secondary examinations of vehicles and goods; seized prohibited items and issued penalties",
              "Answered travellers' questions on duty, exemptions and required documents"], kind="other_facing"),
          E("Student Border Services Officer", "Canada Border Services Agency", "Port of Coulee Bend", "2016-06", "2016-08", [
              "Summer student: processed tourists at primary inspection and collected duties and taxes"],
            kind="other_facing", dtext="Summer 2016"),
          E("Customs Brokerage Clerk", "Prairie Gate Customs Brokers", "Coulee Bend, MB", "2013-09", "2016-04", [
              "Prepared customs entries for importers' shipments and classified goods by tariff code",
              "Corrected rejected entries and kept release paperwork for audits"], cs="affecting"),
          E("Server", "Prairie Rose Diner", "Coulee Bend, MB", "2011-06", "2013-08", [], kind="in_person_service"),
      ]),
      ("lines", "Education", ["Diploma, Business Administration – Red River Valley College, 2013",
                              "CBSA Officer Induction Training Program (OITP), 2016"]),
      ("list", "Certifications", ["Dangerous Goods Awareness", "Standard First Aid & CPR-C"]),
  ])

# ------------------------------------------------------------------ w004
R(id="w004", fmt="txt", order="dateline", olsep=" - ", ds="month", present="Present", sep=" to ", bullet="-",
  heading_style="plain", family="US transit bus operator, Indeed-style export pasted as text, 'Month YYYY to Present', foodservice delivery before",
  name="Marcus T. Bellamy", contact=["Millbrook, IA", "marcus.bellamy@mailbox.com", "+1 319 555 0126"],
  blocks=[
      ("exp", "Work Experience", [
          E("Transit Bus Operator", "Cedar Valley Regional Transit", "Millbrook, IA", "2019-02", "present", [
              "Operate 40-ft buses on fixed city routes, keeping to schedule in all weather",
              "Assist passengers with fares, route information, ADA ramp deployment and wheelchair securement",
              "Complete pre-trip and post-trip inspections and incident reports"], kind="in_person_service"),
          E("School Bus Driver", "Millbrook Community School District", "Millbrook, IA", "2016-08", "2019-01", [
              "Drove morning and afternoon routes for 60 elementary students",
              "Kept order on the bus and talked with parents at stops about pickup changes"], kind="in_person_service"),
          E("Delivery Driver (CDL-B)", "Hartwell Foodservice", "Waterford, IA", "2013-05", "2016-07", [
              "Delivered 15-20 food orders a day to restaurants, schools and care homes",
              "Checked product in with kitchen managers and handled credits for shorted or damaged items"],
            kind="in_person_service"),
          E("Yard Jockey", "Greystone Distribution Center", "Waterford, IA", "2011-03", "2013-04", [
              "Moved trailers between dock doors and the yard; kept the yard check up to date"], cs="affecting"),
          E("Courtesy Shuttle Driver", "Millbrook Regional Hospital", "Millbrook, IA", "2010-06", "2011-02", [],
            kind="in_person_service"),
      ]),
      ("lines", "Education", ["High school diploma", "Millbrook High School - Millbrook, IA", "2010"]),
      ("list", "Skills", ["Commercial Driver's License Class B with P and S endorsements", "Customer service",
                          "Defensive driving", "Spanish (conversational)"]),
      ("lines", "Certifications and Licenses", ["CDL Class B", "Present", "Passenger Assistance Training (PASS)"]),
  ])

# ------------------------------------------------------------------ w005
R(id="w005", fmt="docx", layout="tabs", order="title_org", ds="mon", present="Present", bullet="•", caps_headings=False,
  family="Irish post office counter clerk now at a credit union, Word tab-stop dates, bold title and italic employer line",
  name="Áine Ó Duibhir", contact=["Kilcarragh, Co. Clare", "087 555 0193", "aine.oduibhir@mailbox.ie"],
  blocks=[
      ("para", "Profile", "Friendly and accurate counter professional with ten years' experience handling cash and "
       "helping the public in a rural post office and now a credit union."),
      ("exp", "Career History", [
          E("Member Service Officer", "Shannonside Credit Union", "Kilcarragh", "2022-09", "present", [
              "Lodgements, withdrawals and loan repayments at the counter; open new member accounts",
              "Explain loan products and take first-stage loan applications from members"], kind="in_person_service"),
          E("Counter Clerk", "Kilcarragh Post Office", "Kilcarragh, Co. Clare", "2015-03", "2022-08", [
              "Served customers at the counter: social welfare payments, bill pay, parcels and foreign exchange",
              "Balanced cash and stamp stock each week with the postmaster",
              "Looked after older customers collecting pensions, including phoning family when someone seemed unwell"],
            kind="in_person_service"),
          E("Seasonal Sorting Assistant", "Portlagh Mail Centre", "Portlagh", "2014-11", "2015-01", [
              "Christmas temp on nights: sorted letters and parcels by route for the delivery offices"], cs="affecting"),
          E("Clerical Officer (Temporary)", "Clare West County Council – Motor Tax Office", "Ennisford", "2012-06", "2014-10", [
              "Processed postal motor tax renewals and scanned vehicle files",
              "Covered the public counter at lunchtimes and on busy month-end days"], kind="in_person_service"),
          E("Shop Assistant", "Brogan's Foodstore", "Kilcarragh", "2010-06", "2012-05", [
              "Deli counter, till and stocking shelves; weekends and summer holidays"], kind="in_person_service"),
      ]),
      ("lines", "Education", ["Higher Certificate in Business Studies, Limerick Institute of Further Education, 2012",
                              "Leaving Certificate, Scoil Mhuire, 2010"]),
      ("para", "Other", "Full clean driving licence. Fluent Irish. Referees available on request."),
  ])

# ------------------------------------------------------------------ w006
R(id="w006", fmt="pdf", renderer="reportlab", layout="sidebar", order="title_org", ds="mon", present="Current",
  paper="A4", bullet="•", accent=(0.65, 0.12, 0.1), side_rgb=(0.96, 0.9, 0.88),
  family="Australian career firefighter now a fire safety trainer, reportlab with shaded left sidebar, volunteer brigade and apprenticeship",
  name="Brendan Kowalczyk", headline="Fire Safety Trainer | Former Career Firefighter",
  contact=["Ballarine VIC 3352", "0491 570 156", "b.kowalczyk@mailbox.com.au"],
  side=[("Contact", ["Ballarine VIC 3352", "0491 570 156", "b.kowalczyk@mailbox.com.au"]),
        ("Licences", ["HR truck licence", "Cert IV Training & Assessment", "Provide First Aid (current)"]),
        ("Skills", ["Emergency response", "Fire warden training", "Community education", "Breathing apparatus",
                    "Hazard reduction"])],
  blocks=[
      ("para", "About Me", "Thirteen years as a career firefighter. I now teach workplaces how to prevent and respond "
       "to fires and want to keep doing that work with a larger provider."),
      ("exp", "Employment", [
          E("Fire Safety Trainer", "Southern Cross Safety Training", "Ballarine, VIC", "2023-02", "present", [
              "Deliver fire warden, extinguisher and evacuation courses to staff at factories, aged-care homes and offices",
              "Run evacuation drills on client sites and debrief managers afterwards"], kind="education"),
          E("Senior Firefighter", "Port Ellery Fire Brigade", "Port Ellery, VIC", "2010-01", "2023-01", [
              "Responded to structure fires, road crash rescues, hazmat incidents and medical assists",
              "Reassured and cared for residents at incidents until ambulance arrived",
              "Delivered fire safety talks at primary schools and installed smoke alarms for elderly residents"],
            kind="other_facing"),
          E("Volunteer Firefighter", "Kurrawang Rural Fire Brigade", "Kurrawang, VIC", "2007-03", "2009-12", [
              "Hazard reduction burns and fire-break maintenance over summer",
              "Maintained station appliances and equipment"], cs="none", section="volunteer", etype="volunteer"),
          E("Apprentice Plumber", "R & K Hanlon Plumbing", "Ballarine, VIC", "2005-01", "2009-12", [
              "Rough-in and fit-off on new housing estates under a licensed plumber"], cs="none", etype="internship"),
      ]),
      ("lines", "Education", ["Certificate III in Public Safety (Firefighting Operations)",
                              "Certificate III in Plumbing (2009)"]),
  ])

# ------------------------------------------------------------------ w007
R(id="w007", fmt="md", order="title_org", ds="iso", present="present", md_h3=True,
  family="UK council benefits adviser in Markdown, h3 titles with employer and italic dates, court registry and revenues back office",
  name="Kelly-Ann Brierley", contact=["Eastmoor, Lancs", "07700 900287", "kab.brierley@mailbox.co.uk"],
  blocks=[
      ("para", "About me", "Local government officer with experience across revenues, benefits and court administration. "
       "I know Housing Benefit and Council Tax Support regulations inside out."),
      ("exp", "Experience", [
          E("Benefits Adviser", "Eastmoor Borough Council", "Eastmoor", "2020-01", "present", [
              "Handle 40+ calls a day from residents about Housing Benefit and Council Tax Support claims",
              "Assess new claims and changes of circumstance and explain decisions",
              "Refer vulnerable residents to the discretionary housing payment panel"], kind="contact_center"),
          E("Revenues Officer", "Eastmoor Borough Council", "Eastmoor", "2017-04", "2019-12", [
              "Processed council tax moves, discounts and exemptions from online forms",
              "Prepared recovery lists for the liability order hearings at the magistrates' court"], cs="affecting"),
          E("Registry Clerk", "Greyholm Magistrates' Court", "Greyholm", "2015-09", "2017-03", [
              "Scanned and indexed case papers and prepared the daily court lists for legal advisers",
              "Sent out fine notices and results letters"], cs="affecting"),
          E("Saturday Assistant", "Kett's Bakery", "Eastmoor", "2012-06", "2015-08", [], kind="in_person_service"),
      ]),
      ("list", "Skills", ["Northgate and Academy revenues & benefits systems", "Excel (VLOOKUPs, pivot tables)",
                          "Dealing with difficult conversations"]),
      ("lines", "Education", ["AAT Level 3 Diploma in Accounting (2018)", "A-levels: English, Sociology, Business"]),
  ])

# ------------------------------------------------------------------ w008
R(id="w008", fmt="docx", layout="table", order="title_org", ds="month", present="Present", bullet="list",
  family="New Zealand aerodrome controller, Word borderless table per job (title/employer left, dates right), air force avionics before",
  name="Tomasi Havili", contact=["Harbourton 4110", "021 555 0174", "tomasi.havili@mailbox.co.nz"],
  blocks=[
      ("para", "Summary", "Tower-rated air traffic controller with a background in air force avionics and aviation fuel "
       "operations. Looking for an approach or tower position at a larger aerodrome."),
      ("exp", "Experience", [
          E("Aerodrome Controller", "Southern Skies Air Navigation Ltd", "Harbourton Aerodrome", "2019-08", "present", [
              "Control aircraft on the runway and in the control zone; issue clearances and traffic information to pilots by radio",
              "Coordinate with approach control, airport rescue fire service and the apron manager",
              "On-the-job training instructor for two trainee controllers"], kind="other_facing"),
          E("Air Traffic Services Assistant", "Southern Skies Air Navigation Ltd", "Harbourton Aerodrome", "2016-02", "2019-07", [
              "Processed flight plans and kept flight data strips and NOTAMs up to date for the tower",
              "Maintained the briefing office records and weather observations log"], cs="affecting"),
          E("Aircraft Refueller", "Tasman Aviation Fuels", "Harbourton", "2013-11", "2016-01", [
              "Refuelled turboprop and jet aircraft to the load sheet; daily fuel quality checks",
              "Drove the refuelling tanker airside under airport rules"], cs="affecting"),
          E("Aircraft Technician (Avionics)", "Royal New Zealand Air Force", "Air Base Tawhiti", "2008-01", "2013-10", [
              "Maintained and tested communication, navigation and radar systems on helicopters",
              "Fault-finding to component level and technical records"], cs="none", etype="military"),
      ]),
      ("lines", "Licences and Education", ["Air Traffic Controller Licence – Aerodrome Control rating",
                                           "Diploma in Aviation Maintenance (Avionics)", "Class 3 Medical"]),
  ])

# ------------------------------------------------------------------ w009
R(id="w009", fmt="pdf", renderer="fpdf2", layout="left", order="orgfirst", ds="month", present="Present", bullet="–",
  family="UK senior conductor, fpdf2 left-aligned header, employer heading with three rail roles beneath, depot cleaning and heritage-railway volunteering",
  name="Gareth Pryce-Evans", contact=["Tenby Vale", "07700 900561", "gpryceevans@mailbox.co.uk"],
  blocks=[
      ("para", "Personal Statement", "Railwayman for over ten years. I like people and I like trains running on time."),
      ("exp", "Employment", [
          E("Senior Conductor", "Northvale Rail", "Tenby Vale Depot", "2021-06", "present", [
              "Safety-critical guard on regional and intercity services; door operation and dispatch",
              "Ticket checks and sales on board, help passengers with connections, delay repay and assistance bookings"],
            kind="in_person_service"),
          E("Conductor", "Northvale Rail", "Tenby Vale Depot", "2017-03", "2021-05", [
              "Revenue protection, announcements and passenger assistance on local services"], kind="in_person_service"),
          E("Station Assistant", "Northvale Rail", "Tenby Vale Depot", "2015-01", "2017-02", [
              "Platform duties, train dispatch and helping passengers with ramps and luggage",
              "Worked the ticket office on Sundays"], kind="in_person_service"),
          E("Train Cleaner", "Fernlea Depot Services", "Fernlea", "2013-04", "2014-12", [
              "Night shift: internal cleaning and toilet servicing of trains stabled in the depot"], cs="affecting"),
      ]),
      ("exp", "Volunteering", [
          E("Volunteer Steward", "Brackley Heritage Railway", "Brackley", "2016", "present", [
              "Platform steward and guard's assistant on gala weekends; talk to visitors about the locomotives"],
            kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
      ]),
      ("lines", "Qualifications", ["PTS (Personal Track Safety)", "Conductor competence, Northvale Rail training school",
                                   "GCSEs (6), Tenby Vale Comprehensive"]),
      ("para", "References", "Available on request."),
  ])

# ------------------------------------------------------------------ w010
R(id="w010", fmt="txt", order="dash", ds="apos", present="Current", txt_right="pipe", bullet="*", heading_style="equals",
  family="Australian flight attendant moving into hotel guest services, plain text with 'Title – Employer, Town | dates', cabin crew instructor secondment overlapping",
  name="Jessamy Tran", contact=["Port Carrow QLD 4870 | 0491 570 389 | jess.tran@mailbox.com.au"],
  headline="Guest services professional – 8 years cabin crew",
  blocks=[
      ("para", "Summary", "Warm, well-presented and unflappable. Eight years looking after passengers at 36,000 feet, "
       "now doing the same at the front desk."),
      ("exp", "Work History", [
          E("Guest Services Agent", "The Wattle Bay Hotel", "Port Carrow", "2024-07", "present", [
              "Check-ins and check-outs, room moves, tour bookings and complaints at the front desk",
              "Upsell room upgrades; highest upgrade revenue on the team in Q1 2025"], kind="in_person_service"),
          E("Flight Attendant", "Coral Sea Airways", "Port Carrow base", "2016-05", "2024-06", [
              "Safety demonstrations, cabin service and duty-free sales on domestic and Pacific routes",
              "First aid and reassurance for unwell and nervous passengers; unaccompanied minors"],
            kind="in_person_service"),
          E("Cabin Crew Instructor (secondment)", "Coral Sea Airways", "Training Centre", "2021-03", "2022-02", [
              "Taught new-hire classes on service standards and emergency procedures, assessed practical drills"],
            kind="education"),
          E("Baggage Handler (casual)", "Port Carrow Airport Services", "Port Carrow", "2014-02", "2016-04", [
              "Loaded and unloaded baggage and freight; drove tugs and belt loaders"], cs="affecting"),
      ]),
      ("list", "Skills", ["Opera PMS", "Responsible Service of Alcohol", "Senior First Aid", "Vietnamese (native)"]),
      ("lines", "Education", ["Certificate IV in Travel and Tourism – 2015"]),
  ])

# ------------------------------------------------------------------ w011
R(id="w011", fmt="docx", layout="header", order="org_title", ds="mm/yyyy", present="Present", bullet="list",
  family="US Army motor transport veteran now a gas service technician, name and contact in the Word page header, employer line first then title",
  name="Luis R. Echevarría", contact=["Ashford Springs, TX", "(830) 555-0119", "luis.echevarria@mailbox.com"],
  headline="Field service technician – gas utility – U.S. Army veteran",
  blocks=[
      ("exp", "Work Experience", [
          E("Gas Service Technician", "Tri-County Gas & Electric", "Ashford Springs, TX", "2021-01", "present", [
              "Respond to gas-odor, carbon monoxide and no-heat calls at customers' homes and businesses",
              "Relight appliances, turn service on and off, and explain safety findings to homeowners",
              "On-call rotation one week in four"], kind="other_facing"),
          E("Meter Reader", "Tri-County Gas & Electric", "Ashford Springs, TX", "2019-05", "2020-12", [
              "Walked and drove routes reading 450+ gas and electric meters a day",
              "Talked with customers about gate access, dogs and estimated bills"], kind="other_facing"),
          E("Motor Transport Operator (88M)", "U.S. Army", "Fort Delmar, TX", "2014-06", "2019-04", [
              "Drove 5-ton trucks and fuel tankers in convoys hauling supplies for a sustainment brigade",
              "Performed preventive maintenance checks and kept vehicle dispatch records"],
            cs="affecting", etype="military"),
          E("Cashier", "Buc's Corner Store", "Ashford Springs, TX", "2012-09", "2014-05", [], kind="in_person_service"),
      ]),
      ("exp", "Volunteer", [
          E("Volunteer Firefighter", "Ashford Springs Volunteer Fire Department", "Ashford Springs, TX", "2021", "present", [
              "Respond to structure fires, wrecks and medical calls in the district",
              "Help run the pancake breakfast and smoke-alarm giveaway"],
            kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
      ]),
      ("list", "Certifications", ["Operator Qualification (OQ) – gas distribution", "CDL Class A", "OSHA 10"]),
      ("lines", "Education", ["Ashford Springs High School, 2012"]),
  ])

# ------------------------------------------------------------------ w012
R(id="w012", fmt="pdf", renderer="reportlab", layout="twopage", twocol_header=True, order="title_org", ds="mon",
  present="Present", bullet="•", break_before="Volunteer Experience",
  footer_text="{name} – Page {n} of 2",
  family="US superior court clerk, 2-page reportlab résumé with two-column header and page footer, courtroom and back-office clerk roles",
  name="Rosalind M. Okafor", headline="Courtroom Clerk | Court Operations",
  contact=["Oakridge, CA 95501", "(707) 555-0133", "rosalind.okafor@mailbox.com", "Notary Public (CA)"],
  blocks=[
      ("para", "Professional Summary", "Seventeen years in court and public-safety records, the last eight as a "
       "courtroom clerk on criminal calendars. Accurate minutes, calm with litigants, trusted by judicial officers."),
      ("exp", "Experience", [
          E("Deputy Court Clerk III", "Oakridge County Superior Court", "Oakridge, CA", "2018-03", "present", [
              "Clerk in the courtroom for criminal calendars: swear in witnesses and interpreters, record minutes, mark and keep exhibits",
              "Prepare orders, abstracts of judgment and commitments the same day",
              "Cover the criminal filing counter, answering questions from self-represented defendants and family members"],
            kind="other_facing"),
          E("Deputy Court Clerk I", "Oakridge County Superior Court", "Oakridge, CA", "2014-09", "2018-02", [
              "Processed e-filed documents, entered dispositions and scanned case files into the case management system",
              "Prepared daily calendars and pulled files for courtrooms"], cs="affecting"),
          E("Legal Secretary", "Barrow & Kent LLP", "Eureka Point, CA", "2011-06", "2014-08", [
              "Prepared pleadings and discovery for two litigation attorneys and kept their calendars and deadlines",
              "E-filed documents with state and federal courts"], cs="affecting"),
          E("Records Technician", "Oakridge County Sheriff's Office", "Oakridge, CA", "2009-01", "2011-05", [
              "Entered arrest reports, citations and warrants into the records system",
              "Released copies of reports to the public and insurance adjusters at the records window"],
            kind="in_person_service"),
      ]),
      ("lines", "Education", ["A.A. Paralegal Studies, College of the Redwood Coast, 2010"]),
      ("exp", "Volunteer Experience", [
          E("Court Appointed Special Advocate (CASA)", "Oakridge County CASA", "Oakridge, CA", "2019", "present", [
              "Visit an assigned foster youth each month and write reports to the dependency judge"],
            kind="volunteering", section="volunteer", etype="volunteer", prec="year"),
      ]),
      ("list", "Skills", ["Tyler Odyssey case management", "Courtroom minute orders", "Typing 70 wpm",
                          "Spanish (reading)"]),
  ])

# ------------------------------------------------------------------ w013
R(id="w013", fmt="html", order="datefirst", ds="month", present="Present", bullet="•",
  family="Canadian by-law officer now a 311 representative, HTML page from a site builder, dates line first then title and employer, army reserve listed as a job",
  name="Mathieu Gagnon-Reid", contact=["Lakemont, ON", "613-555-0178", "m.gagnonreid@mailbox.ca"],
  headline="Municipal services | enforcement | 311",
  blocks=[
      ("exp", "Work Experience", [
          E("311 Customer Service Representative", "City of Lakemont", "Lakemont, ON", "2022-03", "present", [
              "Answer resident calls, chats and emails about garbage, potholes, parking and by-law complaints",
              "Create and route service requests and follow up with residents when work is done"],
            kind="contact_center"),
          E("By-law Enforcement Officer", "Town of Pinecrest", "Pinecrest, ON", "2018-05", "2022-02", [
              "Investigated residents' complaints about property standards, noise, fences and parking",
              "Explained orders to property owners on site and attended hearings"], kind="other_facing"),
          E("Parking Enforcement Officer", "Town of Pinecrest", "Pinecrest, ON", "2016-04", "2018-04", [
              "Patrolled the downtown zone on foot issuing tickets",
              "Dealt with motorists disputing tickets at the curb, kept it polite"], kind="other_facing"),
          E("Infantry Soldier (Reserve)", "Canadian Army Reserve", "Lakemont, ON", "2012-09", "2016-08", [
              "Part-time reservist: weekly training nights, weekend field exercises and a domestic flood-relief deployment"],
            cs="none", etype="military"),
      ]),
      ("lines", "Education", ["Police Foundations diploma – Algonquin Ridge College, 2016"]),
      ("list", "Languages", ["English", "French (fluent)"]),
  ])

# ------------------------------------------------------------------ w014
R(id="w014", fmt="docx", layout="sidebar", order="title_org", ds="mon", present="Present", bullet="•",
  side_hex="E4ECE4",
  family="UK police community support officer, Word two-column layout table with shaded sidebar, police staff roles incl. property store",
  name="Danielle Fairweather", contact=["Westmarch", "07700 900702", "dfairweather@mailbox.co.uk"],
  side=[("Contact", ["Westmarch", "07700 900702", "dfairweather@mailbox.co.uk"]),
        ("Skills", ["Conflict resolution", "Community engagement", "Niche RMS", "Statement taking"]),
        ("Licence", ["Full UK driving licence"]), ("Languages", ["English", "Polish (basic)"])],
  headline="Police Community Support Officer",
  blocks=[
      ("para", "Profile", "Ten years of police staff roles from the control room to the beat. Applying for the next "
       "police constable intake."),
      ("exp", "Experience", [
          E("Police Community Support Officer", "Westmarch Police", "Westmarch South", "2021-01", "present", [
              "Foot patrol of two estates; deal with anti-social behaviour complaints from residents and shopkeepers",
              "Run ward surgeries and school visits; take statements for low-level crime"], kind="other_facing"),
          E("Control Room Call Handler", "Westmarch Police", "Force Control Room", "2018-06", "2020-12", [
              "Answered 999 and 101 calls, graded incidents and gave safety advice to callers"], kind="contact_center"),
          E("Evidence & Property Officer", "Westmarch Police", "Central Police Station", "2016-02", "2018-05", [
              "Booked in seized property and evidence and kept continuity records",
              "Returned property to owners at the front counter by appointment"], kind="in_person_service"),
          E("Sales Assistant", "Bright's Garden Centre", "Westmarch", "2014-05", "2016-01", [
              "Tills, plant care and helping customers load heavy items"], kind="in_person_service"),
      ]),
      ("lines", "Education", ["BTEC Level 3 Public Services, Westmarch College (2014)"]),
  ])

# ------------------------------------------------------------------ w015
R(id="w015", fmt="pdf", renderer="fpdf2", layout="sidebar", order="title_org", ds="mm/yyyy", present="Present",
  bullet="•", side_fill=(225, 232, 220), accent255=(60, 90, 40),
  family="Australian Army supply operator now a warehouse team leader, fpdf2 with shaded left sidebar, rifleman and checkout jobs",
  name="Kieran Maddox", headline="Warehouse & Logistics Team Leader (ex-ADF)",
  side=[("Contact", ["Kallaroo NSW 2640", "0491 570 244", "kieran.maddox@mailbox.com.au"]),
        ("Tickets", ["LF forklift licence", "MR licence", "Baseline security clearance (lapsed)"]),
        ("Skills", ["Stock control", "SAP / MILIS", "Team leadership", "WHS"])],
  blocks=[
      ("para", "Career Objective", "Ex-Army supply operator looking for a warehouse or inventory supervisor role."),
      ("exp", "Employment History", [
          E("Warehouse Team Leader", "Redgum Logistics", "Kallaroo, NSW", "2022-02", "present", [
              "Lead a team of 12 pickers and packers fulfilling online orders for three retail clients",
              "Rosters, KPIs and pick accuracy (99.6%); investigate mis-picks reported by clients' customer service teams"],
            cs="affecting"),
          E("Operator Supply", "Australian Army", "Kallaroo Barracks", "2014-01", "2022-01", [
              "Ran the unit Q-store: receipting, issuing and accounting for equipment for 300 personnel",
              "Stocktakes, write-offs and 100% accountability in annual audits"], cs="affecting", etype="military"),
          E("Rifleman", "Australian Army", "Harwood Lines", "2010-03", "2013-12", [
              "Infantry soldier in a rifle section; field exercises and one overseas deployment"],
            cs="none", etype="military"),
          E("Checkout Operator", "Kallaroo Foodmarket", "Kallaroo, NSW", "2008-06", "2010-02", [
              "Served customers on the registers and helped on the deli counter on weekends"],
            kind="in_person_service"),
      ]),
      ("lines", "Education", ["Certificate IV in Logistics (ADF recognition)", "Year 12, Kallaroo High School"]),
  ])
