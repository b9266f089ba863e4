"""w016–w030."""
from lib import E

RES = []

# ---------------------------------------------------------------- w016
RES.append(dict(
    id="w016", renderer="fpdf2", layout="plain", hdr="title_org", dstyle="mon", present="Till date", bul="•",
    caps=True, footer="Page {p}",
    family="Chennai bank operations CV, fpdf2 single column running to two pages with a page footer, "
           "'Till date', bank manager facing through branch complaints, data-entry and claims back office",
    code="fpdf2, plain/title_org, mon / 'Till date', two pages",
    name="Lakshmi Narayanan Subramaniam",
    contact=["No. 14, 3rd Cross Street, Adyar, Chennai – 600020", "+91 94440 55271", "lakshmi.ns@mailbox.in"],
    sections=[
        ("Professional Summary",
         "Banking and insurance professional with 17+ years of experience in branch operations, customer service, "
         "claims processing and credit card tele-calling. Strong knowledge of KYC norms, CBS (Finacle), "
         "cash management and audit compliance. Known for resolving customer grievances within TAT."),
        ("Core Competencies", ["Branch operations and cash management", "Customer grievance redressal",
                               "KYC / AML compliance", "Claims documentation", "Team handling (12 members)",
                               "MS Office, Finacle, Tally"]),
        ("Work Experience", [
            E("Branch Operations Manager", "Coromandel Co-operative Bank", "Chennai", "2021-04", "present", "facing",
              "in_person_service", ["Supervising 12 staff across cash, clearing and loans desks",
                                    "Ensuring audit compliance and daily vault checks",
                                    "Resolving walk-in customer complaints and grievance portal cases within TAT"]),
            E("Assistant Manager – Customer Service", "Coromandel Co-operative Bank", "Chennai", "2016-07", "2021-03",
              "facing", "in_person_service", ["Handled account opening, locker and deposit queries at the help desk",
                                              "Processed senior-citizen doorstep banking requests"]),
            E("Senior Claims Processor", "Marina Shield General Insurance Ltd.", "Chennai", "2012-12", "2016-06",
              "affecting", None, ["Verified motor claim documents and survey reports",
                                  "Coordinated with surveyors and garages for settlement"]),
            E("Data Entry Operator", "Velocity Card Services Pvt. Ltd.", "Chennai", "2011-04", "2012-11", "affecting",
              None, ["Keyed credit card application forms into the system",
                     "Flagged incomplete KYC documents to the sourcing team"]),
            E("Tele-caller", "Velocity Card Services Pvt. Ltd.", "Chennai", "2008-12", "2011-03", "facing",
              "contact_center", ["Outbound calls to pre-approved customers for credit card offers",
                                 "Fixed appointments for document pickup"]),
        ]),
        ("Educational Qualifications", ["MBA (Finance), Annamalai University (Distance), 2015",
                                        "B.Com, Madras Christian College, 2008",
                                        "HSC, Sri Sankara Matriculation HSS, 2005"]),
        ("Certifications", ["JAIIB, Indian Institute of Banking & Finance, 2018",
                            "Licentiate – Insurance Institute, 2013"]),
        ("Achievements", ["Best Branch Service Award, Chennai Region, FY 2023-24",
                          "Reduced pending grievances by 40% in first year as BOM"]),
        ("Personal Details", ["Father's Name: S. Narayanan", "Date of Birth: 05-06-1987", "Marital Status: Married",
                              "Languages Known: Tamil, English, Hindi (read)", "Nationality: Indian"]),
        ("Declaration", "I hereby declare that the above-mentioned information is correct to the best of my "
                        "knowledge and belief.\nPlace: Chennai                                  "
                        "(LAKSHMI NARAYANAN S)"),
    ]))

# ---------------------------------------------------------------- w017
RES.append(dict(
    id="w017", renderer="docx", layout="styles", hdr="title_org", present="Current", bul="•", hstyle="bold",
    family="Wisconsin university student résumé in Word, bold caps headings, right tab-stop dates, semesters "
           "('Fall semester 2024 – Spring semester 2025'), overlapping campus jobs, \"Summer '24\", \"'22 – '23\"",
    code="docx, tabs/title_org, semesters + 'yy / 'Current'",
    name="Kaitlyn Brooks-Nguyen",
    contact=["Eau Claire, WI", "715-555-0102", "kbrooksnguyen@mailbox.edu"],
    sections=[
        ("Education", "B.S. Communication Sciences, Lakeview State University — expected May 2026 ... "
                      "now May 2027 after switching majors · GPA 3.6"),
        ("Campus & Work Experience", [
            E("Resident Assistant", "Lakeview State University Housing", "Eau Claire, WI", "2025-08", "present",
              "facing", "other_facing", ["Live-in RA for a floor of 40 first-year residents",
                                         "Mediate roommate conflicts and run monthly floor programs",
                                         "On-call duty rotation for the hall"], d="Aug 2025 – Current"),
            E("Writing Center Tutor", "Lakeview State University", "Eau Claire, WI", "2025-01", "2025-05", "facing",
              "education", ["One-on-one sessions on essays and lab reports, 10 hrs/week"],
              d="Spring semester 2025"),
            E("Circulation Desk Assistant", "McKinley Library", "Eau Claire, WI", "2024-09", "2025-05", "facing",
              "in_person_service", ["Checked out materials, handled holds and fines",
                                    "Shelved returns during quiet hours"],
              d="Fall semester 2024 – Spring semester 2025"),
            E("Lifeguard", "Chippewa Falls Aquatic Center", "Chippewa Falls, WI", "2024-06", "2024-08", "facing",
              "other_facing", ["Guarded the lap and leisure pools; taught a Saturday swim class"], d="Summer '24"),
            E("Dishwasher", "Water Street Diner", "Eau Claire, WI", "2022-01", "2023-12", "affecting", None, [],
              d="'22 – '23", prec="year"),
        ]),
        ("Skills", "ASL (intermediate) · Canva · CPR/AED/First Aid · Microsoft Office"),
    ]))

# ---------------------------------------------------------------- w018
RES.append(dict(
    id="w018", renderer="md", hdr="orgfirst", bul="*", md_job="bold", dstyle="month", present="present",
    family="Bristol temp worker's CV in Markdown, bold employer headings with roles beneath, an agency with "
           "three short assignments (a single month, '(3 weeks)', a range), 'since May 2024', year-only shop job",
    code="md, bold/orgfirst, month + single months / 'since'",
    name="Gareth Pennington",
    contact=["Bedminster, Bristol BS3", "07700 900772", "gareth.pennington@mailbox.co.uk"],
    sections=[
        ("About me", "Reliable all-rounder who has temped across Bristol and now works in an energy call centre."),
        ("Work history", [
            E("Customer Service Adviser", "Avonmouth Energy", "Bristol", "2024-05", "present", "facing",
              "contact_center", ["Inbound calls on bills, meter readings and smart meter bookings",
                                 "Set up payment plans for customers in debt"], d="since May 2024"),
            E("Reception Cover", "Severn Temps", "Bristol", "2024-03", "2024-03", "facing", "in_person_service",
              ["Covered the front desk at a solicitors' office: visitors, calls and post"], d="March 2024"),
            E("Post Room Assistant", "Severn Temps", "Bristol", "2023-10", "2024-01", "none", None,
              ["Sorted and franked outgoing mail and delivered internal post to floors"],
              d="October 2023 – January 2024"),
            E("Events Steward", "Severn Temps", "Bristol", "2023-08", "2023-08", "facing", "other_facing",
              ["Checked wristbands and directed crowds at the harbour festival"], d="August 2023 (3 weeks)"),
            E("Retail Assistant", "Harbourside Books", "Bristol", "2019-01", "2023-12", "facing", "in_person_service",
              ["Part-time bookseller: till, orders for customers, events"], d="2019 – 2023", prec="year"),
        ]),
        ("Education", "BTEC Level 3 Business, City of Bristol College (2018)"),
        ("Hobbies", "Five-a-side football, local history walks."),
    ]))

# ---------------------------------------------------------------- w019
RES.append(dict(
    id="w019", renderer="reportlab", layout="centred", hdr="dates_first", bul="•",
    family="Ottawa educational assistant résumé, reportlab centred header, dates on their own line BEFORE the title, "
           "school years ('2021/22 – present', '2019-20, 2020-21'), quarters ('Q4 2018 – Q2 2019'), year-only cashier",
    code="reportlab, centred/dates_first, school years + quarters / 'present'",
    name="Nadia Haddad-Bouchard",
    contact=["Ottawa, ON K1S", "613-555-0156", "nadia.hb@mailbox.ca"],
    sections=[
        ("Profile", "Bilingual (English/French) educational assistant with supply teaching and tutoring experience."),
        ("Experience", [
            E("Educational Assistant", "Gatineau Hills District School Board", "Ottawa, ON", "2021-09", "present",
              "facing", "education", ["Support two students with autism in a grade 4 classroom",
                                      "Run small reading groups and supervise recess"], d="2021/22 – present"),
            E("Occasional Teacher", "Rideau Heights Public School Board", "Ottawa, ON", "2019-09", "2021-06", "facing",
              "education", ["Daily supply in K–8 classrooms, including remote teaching during closures"],
              d="2019-20, 2020-21"),
            E("Tutor", "Bytown Learning Centre", "Ottawa, ON", "2018-10", "2019-06", "facing", "education",
              ["Math and French tutoring for students in grades 3 to 10"], d="Q4 2018 – Q2 2019"),
            E("Cashier", "Glebe Grocer", "Ottawa, ON", "2015-01", "2018-12", "facing", "in_person_service",
              ["Cash, lottery and customer questions"], d="2015 – 2018", prec="year"),
            E("Research Assistant", "Child Development Lab, University of the Outaouais", "Gatineau, QC", "2018-09",
              "2018-12", "none", None, ["Coded classroom observation videos and entered data in SPSS"],
              d="Fall term 2018", sec="other", show_title="Research Assistant (part-time)"),
        ]),
        ("Education", "B.Ed., University of the Outaouais, 2019 · B.A. Psychology, 2017"),
        ("Certifications", "OCT member · Non-Violent Crisis Intervention · Standard First Aid"),
    ]))

# ---------------------------------------------------------------- w020
RES.append(dict(
    id="w020", renderer="docx", layout="table", hdr="org_title", bul="–",
    family="German hotel worker's English CV in Word, a borderless table per job, dotted m.yyyy dates ('since 3.2022', "
           "'10.2020 – 2.2022'), a mini-job overlapping the next job, voluntary social year, six-week internship",
    code="docx, table/org_title, m.yyyy / 'since'",
    name="Lukas Brandtner",
    contact=["Haidhausen, 81667 München", "+49 151 5550 3318", "lukas.brandtner@mailbox.de"],
    sections=[
        ("Work experience", [
            E("Guest Relations Agent", "Hotel Isarblick", "Munich", "2022-03", "present", "facing",
              "in_person_service", ["Welcome VIP guests, arrange transfers and handle complaints",
                                    "Answer guest e-mails in German, English and Italian"], d="since 3.2022"),
            E("Night Auditor", "Hotel Isarblick", "Munich", "2020-10", "2022-02", "facing", "in_person_service",
              ["Night audit and daily revenue reports",
               "Sole staff member on reception overnight: late check-ins and guest requests"],
              d="10.2020 – 2.2022"),
            E("Kitchen Assistant", "Brauhaus Zum Anker", "Augsburg", "2019-05", "2020-10", "affecting", None,
              ["Salad and dessert station, dishwashing"], d="5.2019 – 10.2020",
              show_title="Kitchen Assistant (mini-job)"),
            E("Voluntary Social Year (FSJ)", "Haus Sonnenhang Care Centre", "Augsburg", "2018-09", "2019-08", "facing",
              "volunteering", ["Accompanied residents with disabilities to day activities and helped at mealtimes"],
              d="9.2018 – 8.2019", sec="volunteer", et="volunteer"),
            E("Intern", "Sonnenweg Reisen", "Augsburg", "2018-02", "2018-03", "facing", "in_person_service",
              ["Shadowed counter staff and helped customers choose brochures and trips"],
              d="2.2018 – 3.2018 (6 weeks)", et="internship", show_title="Intern (travel agency)"),
        ]),
        ("Education", "Vocational training Hotel Management (IHK), 2020 – 2022 (alongside work) · Abitur 2018"),
        ("Languages", "German (native), English (C1), Italian (B2)"),
    ]))

# ---------------------------------------------------------------- w021
RES.append(dict(
    id="w021", renderer="txt", hdr="inline", bul="*", txt_head="equals", present="Now",
    family="Lagos bank customer experience officer, CV as plain text with boxed caps headings, title, employer, town "
           "and dates on one line, NYSC year '(one year)', SIWES '(6 months)', year-only own POS business",
    code="txt, inline, mon / 'Now'",
    name="Chukwuemeka Obi-Nwosu",
    contact=["Yaba, Lagos", "0803 555 2147", "emeka.obinwosu@mailbox.ng"],
    sections=[
        ("Career objective", "To build a career in customer experience in a growing financial institution."),
        ("Work experience", [
            E("Customer Experience Officer", "Harbourline Microfinance Bank", "Lagos", "2023-02", "present", "facing",
              "in_person_service", ["Attend to customers in the banking hall: account opening, card issues, complaints",
                                    "Onboarded 300+ customers to mobile banking"], d="Feb 2023 - Now"),
            E("NYSC Corps Member (Teacher)", "Community Grammar School", "Ilorin", "2021-11", "2022-10", "facing",
              "education", ["Taught Economics and Commerce to SS1-SS2 students",
                            "Ran the school's debate club"], d="Nov 2021 - Oct 2022 (one year)"),
            E("POS Agent", "Obi-Nwosu POS & Recharge Point", "Yaba", "2020-01", "2021-12", "facing",
              "entrepreneurial_freelance", ["Ran my own POS and airtime kiosk: withdrawals, transfers, bill payments",
                                            "Built a base of regular customers in the market"],
              d="2020 - 2021", prec="year", et="freelance"),
            E("SIWES Industrial Trainee", "Eko Grid Power Distribution Plc", "Lagos", "2019-06", "2019-11", "facing",
              "in_person_service", ["Attended to walk-in customers with billing complaints at the customer care unit",
                                    "Updated customer records"], d="Jun - Nov 2019 (6 months)", et="internship"),
        ]),
        ("Education", "B.Sc. Economics, University of Ilorin, 2021 (Second Class Upper)"),
        ("Referees", "Available on request"),
    ]))

# ---------------------------------------------------------------- w022
RES.append(dict(
    id="w022", renderer="fpdf2", layout="plain", hdr="pipe", bul="•",
    family="Manchester complaints handler, fpdf2 left-aligned header, 'Title | Employer | Town' with right dates, "
           "quarters, a printed duration, a Sunday barista job overlapping three others",
    code="fpdf2, plain/pipe, quarters + mon / 'present'",
    name="Priya Chaudhary-Stevens",
    contact=["Salford M6", "07700 900431", "priya.cs@mailbox.co.uk"],
    sections=[
        ("Profile", "Complaints and quality specialist in financial services. FCA DISP trained."),
        ("Experience", [
            E("Complaints Handler", "Pennine Mutual", "Manchester", "2024-01", "present", "facing", "contact_center",
              ["Investigate and resolve complaints by phone and letter within DISP timescales",
               "Call customers to explain outcomes and offers of redress"], d="Q1 2024 – present"),
            E("Quality Assurance Assessor", "Pennine Mutual", "Manchester", "2022-04", "2023-12", "affecting", None,
              ["Scored recorded calls against the QA framework and fed back to team leaders",
               "Flagged vulnerable-customer cases missed by advisers"], d="Q2 2022 – Q4 2023"),
            E("Customer Service Adviser", "Irwell Broadband", "Salford", "2020-01", "2022-03", "facing",
              "contact_center", ["Inbound calls on faults, bills and upgrades"], d="Jan 2020 – Mar 2022 (2 yrs 3 mos)"),
            E("Barista", "Cotton Mill Coffee", "Ancoats", "2019-01", "2023-12", "facing", "in_person_service", [],
              d="2019 – 2023", prec="year", show_title="Barista (Sundays)"),
        ]),
        ("Education", "BA Business Management, Irwell Metropolitan University, 2016 – 2019"),
        ("Interests", "Park runs, bouldering, volunteering at the Salford food bank at Christmas."),
    ]))

# ---------------------------------------------------------------- w023
RES.append(dict(
    id="w023", renderer="docx", layout="header", hdr="org_title", dstyle="yyyy-mm", present="present", bul="•",
    family="Rhode Island medical assistant résumé, name in the Word page header, employer line first, ISO "
           "year-month dates ('2022-06 – present'), per-diem phlebotomy overlapping, a billing clerk who phoned patients",
    code="docx, header/org_title, yyyy-mm / 'present'",
    name="Denise Marchetti-Hall",
    contact=["Providence, RI 02906", "401-555-0119", "denise.mh@mailbox.com"],
    sections=[
        ("Summary", "Certified medical assistant with phlebotomy, billing and home-care experience."),
        ("Professional Experience", [
            E("Medical Assistant", "Narragansett Family Practice", "Providence, RI", "2022-06", "present", "facing",
              "healthcare_care", ["Room patients, take vitals and histories, give injections",
                                  "Process refill requests and prior authorizations"]),
            E("Phlebotomist", "Ocean State Labs", "Cranston, RI", "2023-02", "2024-08", "facing", "healthcare_care",
              ["Venipuncture for adults and children at the patient service center"],
              show_title="Phlebotomist (per diem)"),
            E("Medical Billing Clerk", "Blackstone Billing Partners", "Pawtucket, RI", "2019-09", "2022-05", "facing",
              "contact_center", ["Posted payments and worked insurance denials",
                                 "Returned patient calls about balance questions and set up payment plans"]),
            E("Home Health Aide", "Bayside Home Care", "Warwick, RI", "2017-03", "2019-08", "facing",
              "healthcare_care", ["Bathing, meals and medication reminders for elderly clients in their homes"]),
            E("Front Desk Volunteer", "St. Brendan's Free Clinic", "Providence, RI", "2016-01", "2016-12", "facing",
              "volunteering", ["Signed in patients and helped them with intake forms"], d="2016", prec="year",
              sec="volunteer", et="volunteer"),
        ]),
        ("Certifications", ["CCMA (NHA), 2022", "CPT (NHA), 2023", "BLS (AHA)"]),
    ]))

# ---------------------------------------------------------------- w024
RES.append(dict(
    id="w024", renderer="html", hdr="dash", bul="•", present="ongoing",
    family="Newcastle NSW casual worker's résumé as HTML, 'Title – Employer, Town' with dates, two casual jobs "
           "held at once ('ongoing'), '(1 yr 8 mths)', southern 'Summer 2021/22' fruit picking, year-only swim teaching",
    code="html, plain/dash, mon + seasons / 'ongoing'",
    name="Bec Thornton",
    contact=["Hamilton NSW 2303", "0401 555 926", "bec.thornton@mailbox.com.au"],
    sections=[
        ("Experience", [
            E("Casual Customer Service Attendant", "Civic Lane Cinemas", "Newcastle", "2024-03", "present", "facing",
              "in_person_service", ["Candy bar, ticketing and ushering", "Clean cinemas between sessions"],
              d="Mar 2024 – ongoing"),
            E("Casual Retail Assistant", "Darby St Florist", "Cooks Hill", "2023-10", "present", "facing",
              "in_person_service", ["Make up bouquets, serve walk-in customers and take phone orders"],
              d="Oct 2023 – ongoing"),
            E("Disability Support Worker", "Hunter Valley Support Services", "Maitland", "2022-07", "2024-02", "facing",
              "healthcare_care", ["Supported NDIS participants with shopping, appointments and community outings"],
              d="Jul 2022 – Feb 2024 (1 yr 8 mths)"),
            E("Fruit Picker", "Mudgee Orchard Co.", "Mudgee", "2021-12", "2022-02", "none", None,
              ["Picked and graded cherries and stone fruit"], d="Summer 2021/22"),
            E("Swim Teacher", "Merewether Aquatic Centre", "Merewether", "2019-01", "2021-12", "facing", "education",
              ["Taught learn-to-swim classes for toddlers to school age"], d="2019 – 2021", prec="year"),
        ]),
        ("Tickets & checks", ["NDIS Worker Screening", "First Aid and CPR", "AUSTSWIM"]),
    ]))

# ---------------------------------------------------------------- w025
RES.append(dict(
    id="w025", renderer="reportlab", layout="plain", page="letter", hdr="title_org", dstyle="month", bul="•",
    footer="Gloria Whitcombe · Résumé · {p}", caps=True,
    family="Omaha insurance veteran returning to work, reportlab two pages with footer, history OLDEST first, "
           "year-only 1990s jobs, claims supervisor with no customer duty, dated family caregiving break",
    code="reportlab, plain/title_org, year then month / 'Present', oldest first, two pages",
    name="Gloria Whitcombe",
    contact=["Omaha, NE 68106", "402-555-0143", "gloria.whitcombe@mailbox.net"],
    sections=[
        ("Summary", "Twenty-five years in banking and insurance, from the teller line to claims supervision. After "
                    "caring for my mother I returned to work part-time in remote customer care and am now looking "
                    "for a full-time role. My work history is listed from the beginning."),
        ("Work History", [
            E("Bank Teller", "Platte River Savings", "Omaha, NE", "1996-01", "1999-12", "facing", "in_person_service",
              ["Handled deposits, withdrawals and cashier's checks for members"], d="1996 – 1999", prec="year"),
            E("Loan Processor", "Platte River Savings", "Omaha, NE", "1999-01", "2004-12", "affecting", None,
              ["Assembled home-loan files, ordered appraisals and prepared closing packages"],
              d="1999 – 2004", prec="year"),
            E("Claims Representative", "Heartland Mutual Insurance", "Omaha, NE", "2004-03", "2012-08", "facing",
              "contact_center", ["Took first notice of loss calls from policyholders",
                                 "Explained coverage, arranged rental cars and kept claimants updated"],
              d="March 2004 – August 2012"),
            E("Claims Supervisor", "Heartland Mutual Insurance", "Omaha, NE", "2012-09", "2020-01", "affecting", None,
              ["Supervised a team of 12 auto claims representatives", "Approved settlements up to $25,000",
               "Reported weekly cycle-time and leakage KPIs"], d="September 2012 – January 2020"),
            E("Family Caregiver", None, None, "2020-02", "2021-06", "none", None,
              ["Full-time care for my mother after her stroke"], d="February 2020 – June 2021", et="unknown"),
            E("Customer Care Specialist", "Sandhills Medical Supply", "Omaha, NE", "2021-07", "present", "facing",
              "contact_center", ["Remote, part-time: answer patient calls about CPAP and diabetic supply orders",
                                 "Verify insurance and schedule deliveries"],
              d="July 2021 – Present", show_title="Customer Care Specialist (remote, part-time)"),
        ]),
        ("Skills", ["Guidewire ClaimCenter", "Microsoft Excel and Outlook", "Coaching and call monitoring",
                    "Claims negotiation", "Medicare DME rules"]),
        ("Education", "University of Nebraska Omaha — B.S. Business Administration, 1998 (evening program)"),
        ("Licenses", "Nebraska Adjuster License (lapsed 2021, renewing)"),
        ("Interests", "Community theatre (I usher at the Orpheum now and then), gardening, church council."),
        ("Additional", "Comfortable working remotely with a dedicated home office and hard-wired internet. "
                       "Available weekdays and Saturdays. I trained and coached more than forty new claims staff "
                       "during my time as supervisor and wrote the team's call-handling guide. " * 3),
    ]))

# ---------------------------------------------------------------- w026
RES.append(dict(
    id="w026", renderer="docx", layout="sidebar", hdr="title_org", present="to date", bul="•", side_hex="F2E6D9",
    family="Nairobi telecom agent CV in Word, shaded two-column layout table, '- to date', year-only mobile-money "
           "job, 'May–Jul 2018' industrial attachment, Saturday volunteering over years",
    code="docx, sidebar/title_org, mon / 'to date'",
    name="Achieng Wambui Otieno",
    contact=["Kilimani, Nairobi", "+254 712 555 804", "achieng.otieno@mailbox.co.ke"],
    side=[("Skills", ["Call handling", "M-money reconciliation", "MS Office"]),
          ("Languages", ["English, Kiswahili, Dholuo"]),
          ("Referees", ["Mr. P. Mwangi, Supervisor, Jambo Mobile", "Ms. L. Achola, Kibera Youth Reading Club"])],
    sections=[
        ("Profile", "Customer service agent with five years of frontline experience in telecoms and mobile money."),
        ("Experience", [
            E("Customer Service Agent", "Jambo Mobile Ltd", "Nairobi", "2022-01", "present", "facing",
              "contact_center", ["Resolve customer calls on data bundles, SIM swaps and mobile money reversals"],
              d="Jan 2022 - to date"),
            E("Mobile Money Agent Attendant", "Kilimani Agency Shop", "Nairobi", "2019-01", "2021-12", "facing",
              "in_person_service", ["Handled deposits and withdrawals for walk-in customers",
                                    "Registered new SIM cards and checked IDs"], d="2019 - 2021", prec="year"),
            E("Industrial Attachment", "Nairobi County Revenue Office", "Nairobi", "2018-05", "2018-07", "affecting",
              None, ["Filed and captured business permit applications", "Reconciled receipts with the cashier"],
              d="May–Jul 2018", et="internship", sec="other"),
            E("Volunteer Reading Mentor", "Kibera Youth Reading Club", "Nairobi", "2016-01", "2018-12", "facing",
              "volunteering", ["Saturday reading sessions with children aged 8–12"], d="2016 - 2018", prec="year",
              sec="volunteer", et="volunteer"),
        ]),
        ("Education", "Diploma in Business Management, Nairobi Technical Training Institute, 2016 – 2018"),
    ]))

# ---------------------------------------------------------------- w027
RES.append(dict(
    id="w027", renderer="txt", hdr="dateline", bul="-", txt_head="colon", dstyle="month",
    family="Brampton newcomer résumé as plain text, colon headings, title / employer / dates on separate lines, "
           "'(2.5 yrs)' approximate duration beside exact dates, weekend year-only job overlapping nights, Indian job",
    code="txt, plain/dateline, month / 'Present'",
    name="Amrit Singh Dhillon",
    contact=["Brampton, ON L6Z", "647-555-0181", "amrit.dhillon@mailbox.ca"],
    sections=[
        ("Summary", "Dispatcher and former security guard, Canadian experience since 2019, Punjabi/Hindi/English."),
        ("Canadian Work Experience", [
            E("Dispatcher", "Credit River Cabs", "Mississauga, ON", "2023-09", "present", "facing", "contact_center",
              ["Take customer calls and app bookings, dispatch 60 cars", "Handle lost-property and fare complaints"],
              d="September 2023 – Present"),
            E("Gas Station Attendant", "Bovaird Fuels", "Brampton, ON", "2022-01", "2023-12", "facing",
              "in_person_service", ["Weekend cashier: fuel, lottery, propane exchange"],
              d="weekends, 2022 – 2023", prec="year"),
            E("Warehouse Associate", "Northpoint Logistics", "Mississauga, ON", "2021-02", "2023-08", "affecting", None,
              ["Night shift picking and packing retail e-commerce orders", "RF scanner, reach truck"],
              d="February 2021 – August 2023 (2.5 yrs)", show_title="Warehouse Associate (nights)"),
            E("Security Guard", "Sentinel Guard Services", "Brampton, ON", "2019-06", "2021-01", "facing",
              "other_facing", ["Mall patrols; helped shoppers with directions and reunited lost children with parents",
                               "Wrote incident reports"], d="June 2019 – January 2021"),
        ]),
        ("International Work Experience", [
            E("Sales Executive", "Punjab Auto Hub", "Ludhiana, India", "2016-01", "2018-12", "facing", "sales_account",
              ["Two-wheeler showroom sales, test rides and finance paperwork"], d="2016 – 2018", prec="year"),
        ]),
        ("Education", "B.A., Panjab University, 2015 · Ontario Security Licence · AZ licence in progress"),
    ]))

# ---------------------------------------------------------------- w028
RES.append(dict(
    id="w028", renderer="fpdf2", layout="sidebar", hdr="orgfirst", dstyle="m/yyyy", present="present", bul="•",
    side_rgb255=(60, 80, 70),
    family="Kerry hotel front-office CV, fpdf2 with a dark green sidebar, employer heading with roles beneath, m/yyyy "
           "dates, a one-season breakfast job, year-only bar job overlapping, 'Summer 2017' lifeguard",
    code="fpdf2, sidebar/orgfirst, m/yyyy / 'present'",
    name="Siobhán Ó Ceallaigh",
    contact=["Killarney, Co. Kerry"],
    side=[("Contact", ["Killarney, Co. Kerry", "085 555 3107", "siobhan.oc@mailbox.ie"]),
          ("Systems", ["Opera PMS", "Avvio", "Micros POS"]),
          ("Languages", ["English, Irish, German (B1)"])],
    sections=[
        ("Profile", "Front-office supervisor who started on breakfasts in the same hotel."),
        ("Career", [
            E("Front Office Supervisor", "Lakeshore Hotel Killarney", "Killarney", "2023-04", "present", "facing",
              "in_person_service", ["Run the desk on late shifts, handle complaints and upgrades",
                                    "Rota and train four receptionists"]),
            E("Receptionist", "Lakeshore Hotel Killarney", "Killarney", "2021-03", "2023-03", "facing",
              "in_person_service", ["Check-ins, reservations by phone and e-mail, night cover"]),
            E("Breakfast Server (seasonal)", "Lakeshore Hotel Killarney", "Killarney", "2019-05", "2019-09", "facing",
              "in_person_service", ["Served breakfast to 200+ guests a morning"]),
            E("Bar Staff", "Muckross Pub & Kitchen", "Killarney", "2018-01", "2020-12", "facing", "in_person_service",
              [], prec="year"),
            E("Beach Lifeguard", "Kerry Coast Lifeguard Service", "Inch Strand", "2017-06", "2017-08", "facing",
              "other_facing", ["Patrolled the beach, gave safety advice and first aid"], d="Summer 2017"),
        ]),
        ("Education", "Higher Cert. in Hospitality Management, Munster Tech, 2021"),
    ]))

# ---------------------------------------------------------------- w029
RES.append(dict(
    id="w029", renderer="docx", layout="styles", hdr="title_org", dstyle="mon'yy", present="Now", bul="style",
    hlevel=2,
    family="Hamilton NZ contact-centre team leader CV in Word, heading styles, tab-stop dates in 'Feb '20' form, "
           "apostrophe year-only range, NZ school terms ('Terms 3 & 4, 2019')",
    code="docx, styles/title_org, mon 'yy / 'Now', school terms",
    name="Aroha Te Whata-Williams",
    contact=["Hamilton 3204", "021 555 7730", "aroha.tww@mailbox.co.nz"],
    sections=[
        ("Summary", "Team leader in an energy contact centre; started on the phones, came from night fill and "
                    "teacher aiding."),
        ("Work History", [
            E("Contact Centre Team Leader", "Waikato Energy Co-op", "Hamilton", "2023-06", "present", "facing",
              "contact_center", ["Lead a team of 14 consultants: coaching, rosters, call quality",
                                 "Take escalated calls and call customers back on complex complaints"]),
            E("Contact Centre Consultant", "Waikato Energy Co-op", "Hamilton", "2020-02", "2023-05", "facing",
              "contact_center", ["Billing, moving house and outage calls; 95% quality average"]),
            E("Teacher Aide (relief)", "Fairfield Kura", "Hamilton", "2019-07", "2019-12", "facing", "education",
              ["Supported reading groups and a student with high learning needs"], d="Terms 3 & 4, 2019"),
            E("Night Filler", "FreshMart Te Rapa", "Hamilton", "2018-01", "2019-12", "affecting", None,
              ["Filled shelves and faced up aisles after the store closed at 10pm"], d="'18 – '19", prec="year"),
            E("Farm Assistant", "Waharoa Dairies", "Matamata", "2016-01", "2017-12", "none", None,
              ["Milking, calf rearing and fencing on a 600-cow farm"], d="'16 – '17", prec="year"),
        ]),
        ("Education", "NZ Certificate in Contact Centre Operations (Level 3), 2021 · NCEA Level 2"),
        ("Referees", "Happy to provide on request"),
    ]))

# ---------------------------------------------------------------- w030
RES.append(dict(
    id="w030", renderer="md", hdr="title_org", bul="-", md_job="bold",
    family="Sacramento gig and contract worker in Markdown, bold title lines, durations instead of end dates "
           "('Nov 2024 · 3 months', 'ending June 2024 — 1 yr 2 mos', 'Jan 2022 – 8 months'), canvassing, barback",
    code="md, bold/title_org, durations / 'present'",
    name="Marcus Bell-Ortiz",
    contact=["Sacramento, CA 95817", "916-555-0165", "marcus.bo@mailbox.io"],
    sections=[
        ("Experience", [
            E("Virtual Customer Support Agent", "Goldcrest Apparel", "Remote", "2025-10", "present", "facing",
              "digital_service", ["Chat and e-mail support for an online clothing brand: orders, returns, sizing",
                                  "Contract, 25 hrs/week"], d="Oct 2025 – present", et="freelance",
              show_title="Virtual Customer Support Agent (contract)"),
            E("Seasonal Customer Care Rep", "Riverside Parcel Co.", "West Sacramento, CA", "2024-11", "2025-01",
              "facing", "contact_center", ["Peak-season calls about late and missing parcels"],
              d="Nov 2024 · 3 months"),
            E("Canvasser", "Delta Voters League", "Sacramento, CA", "2024-09", "2024-10", "facing", "other_facing",
              ["Door-to-door voter registration and reminders"], d="Sep–Oct 2024"),
            E("Barback", "Midtown Tap Room", "Sacramento, CA", "2023-05", "2024-06", "affecting", None,
              ["Changed kegs, stocked ice, glassware and garnishes for the bartenders",
               "Broke down the bar at close"], d="ending June 2024 — 1 yr 2 mos"),
            E("Sandwich Maker", "Capitol Deli", "Sacramento, CA", "2022-01", "2022-08", "facing", "in_person_service",
              ["Took orders at the counter and built sandwiches to order"], d="Jan 2022 – 8 months"),
        ]),
        ("Skills", ["Gorgias, Shopify admin", "Spanish (conversational)", "Food handler card"]),
    ]))
