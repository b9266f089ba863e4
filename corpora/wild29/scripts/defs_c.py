"""wild29 résumés w021–w030."""
from lib import E, P, B, KV, Sub

R = []


# --------------------------------------------------------------------------- w021
R.append(dict(
    file="w021.txt", fmt="txt",
    family="US police community resource officer, patrol officer at the same department, Army military police before, undated volunteer coach; Indeed-style text export",
    layout="txt, Indeed-style export (title, 'Employer - Town', dates on own line), month / 'Present', ' to ', undated volunteer entry",
    name="Tomás Villarreal",
    contact=["Fenwick, NM 88041", "tvillarreal.fpd@mailbox.com", "+1 575 555 0126"],
    dfmt="month", present="Present", sep=" to ", entry="dateline", olsep=" - ",
    opts=dict(heading="plain", contact_lines=True, bullet="- ", tight=False),
    blocks=[
        ("Summary", [P("Police officer with 12 years at Fenwick PD and 5 years as an Army MP. Currently the east side Community Resource Officer. Looking at school resource officer and community engagement coordinator roles.")]),
        ("Work Experience", [
            E("Community Resource Officer", "Fenwick Police Department", "Fenwick, NM",
              "2020-08", "present", "facing", "other_facing",
              ["Assigned to the east side neighborhoods; attend neighborhood association and business meetings and follow up on quality-of-life complaints",
               "Started the Coffee & Questions program with the public library; teach the Citizens Police Academy twice a year",
               "Liaison to the two middle schools, including the threat assessment team"]),
            E("Patrol Officer", "Fenwick Police Department", "Fenwick, NM",
              "2014-02", "2020-07", "facing", "other_facing",
              ["Responded to 911 and self-initiated calls for service on day and night shifts",
               "Investigated crashes, domestic disputes and thefts; wrote reports and testified in municipal and district court",
               "Field Training Officer from 2018"]),
            E("Military Police (31B)", "U.S. Army", "Fort Kessling, KS",
              "2008-06", "2013-12", "facing", "other_facing",
              ["Installation law enforcement patrols and gate access control",
               "Deployed 2010-2011: detainee operations and convoy security"], etype="military"),
        ]),
        ("Volunteer Experience", [
            E("Youth Soccer Coach", "Fenwick Youth Soccer League", "Fenwick, NM", None, None, "facing", "volunteering",
              ["Coach a U10 team every fall season since my son started playing"], prec=None,
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", [P("Associate of Applied Science in Criminal Justice"), P("Dona Vista Community College - Fenwick, NM"),
                       P("2016")]),
        ("Skills", [B(["Community policing", "Crisis intervention (CIT certified)", "Spanish - fluent", "Report writing"])]),
        ("Certifications and Licenses", [P("NM Law Enforcement Certification"), P("Field Training Officer"),
                                         P("Crisis Intervention Team (CIT)")]),
    ]))


# --------------------------------------------------------------------------- w022
R.append(dict(
    file="w022.pdf", fmt="fpdf",
    family="US state government auditor (senior and staff auditor), school district accounts payable clerk, volunteer tax preparer; fpdf2 left-aligned header",
    layout="fpdf2, left header with contact lines/title with right dates and employer below, mon / 'Present'",
    name="Grace Nakamura-Olsen, CPA, CGFM",
    contact=["Frankton, KY 40611", "(502) 555-0150", "gnakamura.olsen@mailbox.com"],
    dfmt="mon", present="Present", sep=" – ", entry="title_org",
    opts=dict(layout="single", page="letter", size=9.8, contact_lines=True, accent=(20, 70, 110), caps=True, bullet="■"),
    blocks=[
        ("Professional Summary", [P("Government auditor with fourteen years in public-sector finance and audit: performance and financial audits of state agencies, Single Audit compliance and AP operations. CPA and CGFM.")]),
        ("Experience", [
            E("Senior Auditor", "Commonwealth Office of Public Accounts", "Frankton, KY",
              "2019-10", "present", "none", None,
              ["Lead performance and financial audits of state agencies and public universities with teams of three to five staff auditors",
               "Design testing, review workpapers and draft findings and management letters",
               "Present results at exit conferences with agency leadership and to the legislative audit committee"]),
            E("Staff Auditor", "Commonwealth Office of Public Accounts", "Frankton, KY",
              "2016-08", "2019-09", "none", None,
              ["Tested payroll, procurement and federal grant compliance for the Single Audit",
               "Wrote sections of 14 published audit reports"]),
            E("Accounts Payable Clerk", "Linden Valley School District", "Linden Valley, KY",
              "2012-06", "2016-07", "none", None,
              ["Matched and entered 600+ vendor invoices a month and ran weekly check runs",
               "Answered vendor calls about payment status and collected W-9s",
               "Prepared year-end 1099s"]),
            E("Internal Audit Intern", "Bluegrass Health System", "Frankton, KY",
              "2011-06", "2011-08", "none", None,
              ["Walkthroughs and sample testing of the purchasing card program"],
              etype="internship", dates="Summer 2011"),
        ]),
        ("Volunteer", [
            E("Volunteer Tax Preparer", "Harbor County Community Tax Aid", "Linden Valley, KY",
              "2014-01", "2016-12", "facing", "volunteering",
              ["Prepared federal and state returns face to face with low-income families at a Saturday site during tax season"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", [P("B.S. Accounting, Bluegrass Commonwealth University, 2012 (magna cum laude)")]),
        ("Certifications", [B(["Certified Public Accountant (KY), 2017", "Certified Government Financial Manager, 2020",
                               "Yellow Book CPE current"])]),
    ]))


# --------------------------------------------------------------------------- w023
R.append(dict(
    file="w023.docx", fmt="docx",
    family="Australian shire council library and customer service coordinator, customer service and rates officer at one council, teacher aide, show-society secretary; Word table per job",
    layout="docx, borderless table per job (title/council left, dates right), round bullets typed, month / 'Current', year-only older dates",
    name="Bronwyn Tait",
    headline="Library & Customer Service Coordinator",
    contact=["PO Box 61, Yarrabee QLD 4614", "0427 555 319", "bronwyn.tait@mailbox.com.au"],
    dfmt="month", present="Current", sep=" – ", entry="title_org",
    opts=dict(layout="table", heading="rule", bullets="•", page="a4", font="Arial", size=10, hcolor="0E6E6E",
              contact_lines=False),
    blocks=[
        ("Career Summary", [P("Thirteen years with Yarrabee Shire Council in rates, customer service and now the combined council service centre and library. Country-town generalist: if someone walks in with a question, I'll find the answer or the person who has it.")]),
        ("Employment History", [
            E("Library and Customer Service Coordinator", "Yarrabee Shire Council", "Yarrabee QLD",
              "2021-07", "present", "facing", "in_person_service",
              ["Coordinate the combined council customer service centre and library (6 staff)",
               "Still on the front counter most mornings – rates, animal registrations, library memberships, help with government self-service kiosks",
               "Run the home library service for housebound residents and the weekly seniors' tech help session",
               "Prepare monthly customer request reports for the executive team"]),
            E("Customer Service Officer", "Yarrabee Shire Council", "Yarrabee QLD",
              "2016-02", "2021-06", "facing", "in_person_service",
              ["Counter and phone enquiries, rates and water payments, dog registrations; building enquiries passed to planning",
               "Logged customer requests in the CRM and chased them up with the outdoor crews"]),
            E("Rates Officer", "Yarrabee Shire Council", "Yarrabee QLD",
              "2013-03", "2016-01", "affecting", None,
              ["Raised half-yearly rates notices, processed property transfers and pensioner concessions",
               "Kept the valuation roll up to date with the state valuation updates"]),
            E("Teacher Aide", "Yarrabee State School", "Yarrabee QLD",
              "2010-01", "2012-12", "facing", "education",
              ["Supported Prep and Year 1 reading groups and a student with a disability in class"], prec="year"),
        ]),
        ("Community Involvement", [
            E("Honorary Secretary", "Yarrabee Show Society", "Yarrabee QLD",
              "2014-01", "present", "none", None,
              ["Minutes, correspondence, grant applications and the annual show schedule"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Qualifications", [B(["Certificate IV in Library and Information Services (2022)", "Certificate III in Local Government (2014)",
                               "Provide First Aid, Blue Card"])]),
        ("Referees", [P("Provided on request.")]),
    ]))


# --------------------------------------------------------------------------- w024
R.append(dict(
    file="w024.md", fmt="md",
    family="UK county council records manager in Markdown, records assistant and library assistant before, Saturday bookshop job, undated talking-newspaper volunteer",
    layout="md, h4 title with dates in brackets and italic employer line, month / 'present', undated volunteer entry",
    name="Eleanor Fitch",
    headline="Records Manager · MA Archives and Records Management",
    contact=["Westerdale", "07700 900 503", "eleanor.fitch@mailbox.co.uk"],
    dfmt="month", present="present", sep=" – ", entry="title_org",
    opts=dict(title="h4", bullet="* ", o_wrap="*"),
    blocks=[
        ("Profile", [P("Records manager in local government. I started on a library issue desk, moved into the records store and now run the council's records management service. I like making the boring bits work so people can find what they need.")]),
        ("Employment", [
            E("Records Manager", "Westerdale County Council", "Westerdale",
              "2019-09", "present", "facing", "internal_support",
              ["Own the council's retention schedule and records management policy",
               "Led the EDRMS roll-out to 14 services; trained about 300 staff and run the records helpdesk mailbox",
               "Carry out the records searches for complex FOI and subject access requests"]),
            E("Records Assistant", "Westerdale County Council, Modern Records Unit", "Westerdale",
              "2015-04", "2019-08", "none", None,
              ["Retrieved and returned boxes from the off-site store; indexing and barcoding",
               "Kept destruction logs and witnessed confidential waste collections"]),
            E("Library Assistant", "Westerdale Libraries", "Westerdale",
              "2011-10", "2015-03", "facing", "in_person_service",
              ["Issue desk, reservations, public computers and printing", "Ran Rhyme Time on Thursdays",
               "Shelving and moving stock between branches"]),
            E("Saturday Assistant", "Gibbs & Marlow Booksellers", "Westerdale", "2008-01", "2011-12", "facing",
              "in_person_service", [], prec="year"),
        ]),
        ("Volunteering", [
            E("Volunteer Reader", "Westerdale Talking Newspaper", None, None, None, "affecting", None,
              ["Record the weekly local news for blind and partially sighted listeners"], prec=None,
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", [B(["MA Archives and Records Management (distance learning), 2018", "BA (Hons) History, 2011"])]),
    ]))


# --------------------------------------------------------------------------- w025
R.append(dict(
    file="w025.pdf", fmt="rl",
    family="US nonprofit food-bank director of programs, housing navigator, national-service member building a tax-site volunteer program, server; reportlab, title/employer/dates on separate lines",
    layout="reportlab, single column with DejaVu/title, employer and date each on its own line, month / 'Present'",
    name="Keisha Raymond-Holt",
    headline="Nonprofit Program Director · Housing & Food Security",
    contact=["Marlowe, GA 30722", "(706) 555-0181", "keisha.raymondholt@mailbox.org"],
    dfmt="month", present="Present", sep=" – ", entry="dateline",
    opts=dict(layout="single", font="dejavu", size=9.5, accent="#2e5e3a", caps=False, bullet="•", rule=False),
    blocks=[
        ("Summary", [P("Program leader with nearly ten years in food security and housing. I have done the intake interviews and the grant reports, and I build programs that work for the people standing in line.")]),
        ("Experience", [
            E("Director of Programs", "Eastside Community Food Bank", "Marlowe, GA",
              "2022-01", "present", "affecting", None,
              ["Oversee three programs (partner pantry network, senior boxes, school weekend backpacks) and a team of seven",
               "Manage $2.1M in grants and commodity reporting; prepare board and funder reports",
               "Set distribution and food-safety standards for 48 partner pantries",
               "Redesigned the senior box contents using client survey results"]),
            E("Housing Navigator", "Bridgeway Housing Partnership", "Marlowe, GA",
              "2018-05", "2021-12", "facing", "other_facing",
              ["Met unhoused clients at the shelter, the library and camps to complete coordinated-entry assessments",
               "Helped clients gather IDs and documents, apply for vouchers and tour units",
               "Recruited landlords and mediated early problems after move-in"]),
            E("Server", "Magnolia Grill", "Marlowe, GA", "2013-05", "2017-07", "facing", "in_person_service",
              ["Lunch and dinner service in a six-table section; trained new servers"]),
        ]),
        ("National Service", [
            E("Civic Service Corps Member", "Marlowe Free Tax Coalition", "Marlowe, GA",
              "2017-08", "2018-07", "affecting", None,
              ["Built the volunteer program for five free tax sites: recruited, scheduled and trained 60 volunteers",
               "Wrote the year-end grant report"], section="volunteer", etype="volunteer"),
        ]),
        ("Education", [P("B.A. Sociology, Piedmont Ridge College, 2016")]),
        ("Skills", [P("Coordinated entry, HMIS, grant reporting, volunteer management, Spanish (conversational)")]),
    ]))


# --------------------------------------------------------------------------- w026
R.append(dict(
    file="w026.docx", fmt="docx",
    family="US passport specialist, deputy clerk and passport acceptance agent at a county clerk of courts, passport mailroom clerk, cashier; contact in the Word page header",
    layout="docx, contact in page header/'Title | Employer | Town' with right tab dates, List Bullet, mm/yyyy / 'Present'",
    name="Randall Okonkwo-Pierce",
    headline="Passport Specialist",
    contact=["Harbor City, CA 93412", "(805) 555-0107", "r.okonkwopierce@mailbox.com"],
    dfmt="mm/yyyy", present="Present", sep=" - ", entry="pipe",
    opts=dict(layout="tabs", contact_in_header=True, heading="rule", bullets="style", font="Calibri", size=10.5,
              hcolor="333333", caps=True),
    blocks=[
        ("Qualifications Summary", [B(["12 years in passport and court public-counter work",
                                       "Adjudication of citizenship and identity evidence; fraud indicators",
                                       "Languages: English, Igbo (conversational)"])]),
        ("Experience", [
            E("Passport Specialist", "National Passport Service – Harbor City Passport Agency", "Harbor City, CA",
              "2018-04", "present", "facing", "in_person_service",
              ["Adjudicate passport applications for citizenship and identity, 70–90 a day",
               "Interview applicants at the agency counter for urgent travel and life-or-death emergency appointments",
               "Refer suspected fraud to the fraud prevention manager"]),
            E("Deputy Clerk / Passport Acceptance Agent", "Harbor County Clerk of Courts", "Harbor City, CA",
              "2014-09", "2018-03", "facing", "in_person_service",
              ["Accepted passport applications and administered oaths at the public counter",
               "Filed civil and small claims cases, collected filing fees and answered procedural questions (no legal advice)"]),
            E("Mailroom Clerk", "National Passport Service – Western Processing Center", "Harbor City, CA",
              "2012-01", "2014-08", "affecting", None,
              ["Opened mailed applications, batched fees and routed files to adjudication"]),
            E("Cashier", "Quik Fuel #112", "Harbor City, CA", "2009-01", "2011-12", "facing", "in_person_service", [],
              prec="year"),
        ]),
        ("Education", [P("B.A. Political Science, Central Coast State University, 2011")]),
    ]))


# --------------------------------------------------------------------------- w027
def w027_head(e, d):
    return [("M", f"Organisation  : {e.org}" + (f", {e.loc}" if e.loc else ""), ""),
            ("M", f"Designation   : {e.title}", ""), ("M", f"Duration      : {d}", "")]


R.append(dict(
    file="w027.txt", fmt="txt",
    family="Indian gram panchayat secretary CV pasted as text: panchayat secretary, block-office computer operator, guest teacher, NSS volunteer; 'till date', declaration",
    layout="txt, 'Organisation :' / 'Designation :' / 'Duration :' lines, mon / 'till date', ' to '",
    name="SUNITA KUMARI YADAV",
    contact=["W/o Shri Rakesh Yadav, Village & Post Baharpur, Block Saharwa, Distt. Ambikapur Khas",
             "Mobile: 94550 27716", "Email: sunitayadav.bpr@mailbox.in"],
    dfmt="mon", present="till date", sep=" to ", entry=w027_head,
    opts=dict(heading="stars", contact_lines=True, bullet="  > ", kvw=18, crlf=True),
    blocks=[
        ("Career Objective", [P("To work sincerely in the field of rural development and Panchayati Raj with my experience of office work and public dealing.")]),
        ("Work Experience", [
            E("Panchayat Secretary", "Gram Panchayat Baharpur", "Block Saharwa",
              "2016-08", "present", "facing", "in_person_service",
              ["Maintaining cash book, Panchayat registers and Gram Sabha proceedings",
               "Issuing birth, death and family register copies to villagers",
               "Registering job card holders and their demand for work under the rural employment scheme",
               "Conducting Gram Sabha meetings with the Pradhan"],
              extra=dict(intro="Job Profile:")),
            E("Computer Operator (Contract)", "Block Development Office", "Saharwa",
              "2013-04", "2016-07", "affecting", None,
              ["Online entry of pension and housing-scheme beneficiaries and MIS reports to district"],
              extra=dict(intro="Job Profile:")),
            E("Guest Teacher", "Govt. Upper Primary School", "Baharpur",
              "2011-07", "2013-03", "facing", "education",
              ["Taught Hindi and Environmental Studies to classes 6 to 8"], extra=dict(intro="Job Profile:")),
        ]),
        ("Extra-Curricular Activities", [
            E("NSS Volunteer", "Saharwa Mahila Mahavidyalaya", "Saharwa",
              "2008-01", "2010-12", "facing", "volunteering",
              ["Literacy camps and health awareness rallies in the adopted village"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Academic Qualification", [B(["M.A. (Hindi) – 2012 – Ambikapur Khas University", "B.A. – 2010 – Saharwa Mahila Mahavidyalaya",
                                       "Intermediate – 2007 – State Board", "High School – 2005 – State Board"])]),
        ("Other Qualification", [B(["CCC (NIELIT-pattern course)", "Hindi typing 30 w.p.m."])]),
        ("Personal Details", [KV([("Date of Birth", "10/03/1989"), ("Gender", "Female"), ("Marital Status", "Married"),
                                  ("Languages Known", "Hindi, Bhojpuri, English (read/write)")])]),
        ("Declaration", [P("I hereby declare that all the information given above is true and correct to the best of my knowledge."),
                         P("Place : Baharpur"), P("Date  :"), P("(SUNITA KUMARI YADAV)")]),
    ]))


# --------------------------------------------------------------------------- w028
R.append(dict(
    file="w028.pdf", fmt="fpdf",
    family="UK civil-service senior policy adviser on homelessness (two grades), council housing options officer before, think-tank summer internship; fpdf2 two-column header",
    layout="fpdf2, two-column header (name left, contact right)/employer line with right dates then title, mon / 'Present', season",
    name="Thomas Ashworth-Baines",
    headline="Senior Policy Adviser – Homelessness and Housing",
    contact=["London SE15", "07700 900 881", "t.ashworthbaines@mailbox.co.uk"],
    dfmt="mon", present="Present", sep=" – ", entry="org_title",
    opts=dict(layout="twocol", page="a4", size=9.6, accent=(40, 40, 90), caps=False, bullet="◦"),
    blocks=[
        ("Summary", [P("Policy adviser with eight years in central government and three years before that doing homelessness assessments at a London borough council. I bring the front-door view into policy.")]),
        ("Experience", [
            E("Senior Policy Adviser (SEO)", "Department for Local Places", "London",
              "2021-06", "present", "none", None,
              ["Lead on homelessness prevention grant policy: allocation formula, conditions and evaluation",
               "Write submissions and briefings for ministers; drafted two chapters of the 2024 strategy",
               "Run stakeholder roundtables with councils and national charities"]),
            E("Policy Adviser (HEO)", "Department for Local Places", "London",
              "2018-09", "2021-05", "none", None,
              ["Temporary accommodation data and policy, working with analysts and the spending team",
               "Secretariat to the cross-government rough sleeping board"]),
            E("Housing Options Officer", "Kingsmere Borough Council", "Kingsmere",
              "2015-01", "2018-08", "facing", "other_facing",
              ["Homelessness assessments and personal housing plans with people who came to the council for help, face to face and on the duty phone",
               "Negotiated with private landlords to prevent evictions",
               "Placed households in emergency accommodation on the out-of-hours rota"]),
            E("Research Intern", "Centre for Urban Futures", "London",
              "2014-06", "2014-08", "none", None,
              ["Literature review and data work for a report on council housing waiting lists"],
              etype="internship", dates="Summer 2014"),
        ]),
        ("Education", [B(["MSc Social Policy, Kingsmere School of Economics (2014)", "BA Geography, University of Norbridge (2013)"])]),
        ("Skills", [P("Ministerial submissions, policy appraisal, grant design, stakeholder engagement, Excel and basic R")]),
    ]))


# --------------------------------------------------------------------------- w029
R.append(dict(
    file="w029.docx", fmt="docx",
    family="Canadian bilingual (French/English) settlement counsellor at a newcomer nonprofit, freelance interpreter, caisse teller, food-bank sorting volunteer; Word heading styles, ISO-style dates",
    layout="docx, Heading 1 bilingual sections/Heading 2 bilingual title with right tab dates, yyyy-mm / 'aujourd'hui', ' à '",
    name="Amina Haddad",
    headline="Conseillère en établissement | Settlement Counsellor",
    contact=["Rivière-Bleue (Québec)", "418 555-0175", "amina.haddad@mailbox.ca", "Arabe · Français · English"],
    dfmt="yyyy-mm", present="aujourd'hui", sep=" à ", entry="title_org",
    opts=dict(layout="styles", heading="style", bullets="style", font="Calibri", size=10.5, name_align="c"),
    blocks=[
        ("Profil / Profile", [P("Conseillère trilingue qui accompagne les familles nouvellement arrivées depuis six ans. I help newcomers through their first years: health card, school, housing, work.")]),
        ("Expérience / Experience", [
            E("Conseillère en établissement / Settlement Counsellor", "Carrefour Nouveaux Arrivants de Rivière-Bleue",
              "Rivière-Bleue (Québec)", "2020-03", "present", "facing", "other_facing",
              ["Rencontres individuelles avec des familles nouvellement arrivées : évaluation des besoins et plan d'établissement",
               "Accompagnement pour la carte d'assurance maladie, l'inscription scolaire et la recherche de logement",
               "Animate weekly information sessions in Arabic, French and English"]),
            E("Interprète pigiste / Freelance Interpreter (arabe–français)", "Travailleuse autonome", "Rivière-Bleue (Québec)",
              "2017-09", "2020-02", "facing", "entrepreneurial_freelance",
              ["Interprétation lors de rendez-vous médicaux, scolaires et juridiques, pour des agences et des cliniques"],
              etype="freelance"),
            E("Agente au service à la clientèle / Customer Service Agent", "Caisse Horizon", "Rivière-Bleue (Québec)",
              "2014-06", "2017-08", "facing", "in_person_service",
              ["Dépôts, retraits et paiements de factures au comptoir",
               "Orientation des membres vers les conseillers"]),
        ]),
        ("Bénévolat / Volunteering", [
            E("Bénévole au tri / Sorting Volunteer", "Banque alimentaire Rivière-Bleue", "Rivière-Bleue (Québec)",
              "2016-01", "2018-12", "affecting", None,
              ["Tri des dons et préparation des paniers le mercredi soir"],
              prec="year", section="volunteer", etype="volunteer", dates="2016 à 2018"),
        ]),
        ("Formation / Education", [B(["Licence en lettres françaises, Université de Kairouan-Nord (2012)",
                                      "Attestation d'études collégiales – Intervention en milieu interculturel (2019)"])]),
    ]))


# --------------------------------------------------------------------------- w030
R.append(dict(
    file="w030.html", fmt="html",
    family="US county veterans service officer and program support assistant, Navy recruiter and aviation fuels petty officer before; HTML with employer line first",
    layout="html, employer line with floated dates then italic title, mon / 'Present'",
    name="Rodney Kealoha-Baptiste",
    headline="County Veterans Service Officer · Accredited Representative",
    contact=["Port Marlin, FL 32455", "(850) 555-0124", "rodney.kb@mailbox.net"],
    dfmt="mon", present="Present", sep=" – ", entry="org_title",
    opts=dict(layout="article", ttag="h3", doctitle="Resume – Rodney Kealoha-Baptiste"),
    blocks=[
        ("Profile", [P("Navy veteran (12 years' service, including a recruiting tour) now helping veterans and survivors get the benefits they earned. Accredited representative; I go to the veteran if the veteran can't come to me.")]),
        ("Experience", [
            E("County Veterans Service Officer", "Marlin County Veterans Service Office", "Port Marlin, FL",
              "2019-11", "present", "facing", "other_facing",
              ["Help veterans and survivors file disability compensation, pension and burial claims – about 45 appointments a month",
               "Outreach at VFW posts, the county jail and the annual homeless stand-down",
               "Prepare appeals and attend hearings with the veteran as accredited representative"]),
            E("Program Support Assistant", "Marlin County Veterans Service Office", "Port Marlin, FL",
              "2017-02", "2019-10", "facing", "in_person_service",
              ["Front desk: greeted walk-ins, answered the phones and scheduled appointments",
               "Scanned DD-214s and medical records into case files"]),
        ]),
        ("Military Service", [
            E("Navy Recruiter", "U.S. Navy, Navy Recruiting Station Pali Heights", "Pali Heights, HI",
              "2013-06", "2016-12", "facing", "other_facing",
              ["Prospected at high schools and community events, interviewed applicants and their parents, and processed them through MEPS",
               "Made goal 31 of 36 months; Recruiter of the Quarter, Q2 2015"], etype="military"),
            E("Aviation Boatswain's Mate – Fuels (ABF2)", "U.S. Navy, USS Corwin Bay", None,
              "2005-01", "2013-05", "none", None,
              ["Fueled and defueled aircraft on the flight deck; ran the fuel quality lab for my watch section",
               "Supervised eight sailors on flight-deck fueling stations"], etype="military"),
        ]),
        ("Education & Training",
         [B(["B.S. Human Services, Gulf Shore State University (2019)", "VA accreditation as a County Veterans Service Officer (2020)",
             "Navy Recruiter School (2013)"])]),
    ]))
