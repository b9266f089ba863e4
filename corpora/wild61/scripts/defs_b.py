"""wild61 résumés w016–w030. All people, employers and towns are invented."""
from lib import E

F, A, N = "facing", "affecting", None
R = []

R.append(dict(
    id="w016", ext="md", renderer="md", layout="bold", md="bold", order="dash", dash=" — ", dfmt="mon",
    present="Present", sep=" – ", prose={3},
    family="Australian door-to-door energy sales team leader in Markdown, bold 'Title — Employer' lines, year-only trade jobs",
    name="Liam O'Rourke",
    contact=["Tarrawong VIC 3977", "0433 555 910", "liam.orourke@mailbox.com.au"],
    summary="Field sales bloke who came out of civil construction. I like being out on the streets, I don't mind a "
            "no, and I look after my team.",
    summary_head="About",
    sections=[("Work history", [
        E("Field Sales Team Leader", "Kestrel Energy", "Tarrawong VIC", "2024-02", "present", F, "sales_account", [
            "Run a team of 8 door-to-door reps across the outer south-east",
            "Still doorknock three days a week myself and take the harder conversations off the newer reps",
            "Every sign-up gets a verification call from the office – my team's pass rate is 96%"]),
        E("Field Sales Consultant", "Kestrel Energy", "Tarrawong VIC", "2022-07", "2024-01", F, "sales_account", [
            "Doorknocked for electricity and gas switches, about 25 sign-ups a week at my best",
            "Explained rates, concessions and cooling-off rights on the spot"]),
        E("Promotions Staff", "Sparrow Promotions", "Tarrawong VIC", "2021-03", "2022-06", F, "sales_account", [
            "Ran NBN and mobile plan stands in shopping centres on weekends"]),
        E("Labourer", "Hendy Civil Pty Ltd", "Kooralong VIC", "2017-01", "2020-12", "none", N, [
            "Pipe laying, concreting and site clean-up on council drainage jobs.",
            "Got my White Card, forklift and excavator tickets along the way."], prec="year"),
        E("Bar Attendant (casual)", "Tarrawong Bowls Club", "Tarrawong VIC", "2019-01", "2021-12", F, "in_person_service", [],
          prec="year"),
    ])],
    post=[("Tickets", ["Driver licence (full)", "Working with Children Check", "White Card", "RSA"]),
          ("Referees", ["Happy to provide"])],
))

R.append(dict(
    id="w017", ext="docx", renderer="docx", layout="tabs", order="title_org", dfmt="month", present="Present",
    sep=" – ", docx_bullets="style",
    family="UK building-society branch adviser, Word tab-stop dates, a Saturday job without bullets, library digital champion",
    name="Fatima Hussain",
    contact=["Cresswold, Lancashire", "07700 900 274", "fatima.hussain@mailbox.co.uk"],
    sections=[("Work Experience", [
        E("Customer Adviser (Branch)", "Pennine & Dales Building Society", "Cresswold", "2023-09", "present", F, "in_person_service", [
            "Counter and telephone work – members come in for passbook savings, ISAs and, often, a chat",
            "Spot the signs of scams and financial abuse and step in under the Banking Protocol",
            "Book mortgage and savings appointments for our advisers"]),
        E("Mortgage Administrator", "Pennine & Dales Building Society", "Head Office, Harrowfield", "2021-04", "2023-08", A, N, [
            "Set up completed mortgages on the system and checked offer conditions had been met",
            "Processed redemptions and issued redemption statements to conveyancers",
            "Cleared the post-completion queue from six weeks' backlog to three days"]),
        E("Bureau Cashier", "Globe Exchange Ltd", "Cresswold Airport", "2019-07", "2021-03", F, "in_person_service", [
            "Currency exchange and buy-back for holidaymakers, often at 5am",
            "Furloughed April–August 2020"]),
        E("Saturday Sales Assistant", "Bells Shoes", "Cresswold", "2016-10", "2019-06", F, "in_person_service", []),
    ]), ("Volunteering", [
        E("Digital Champion", "Cresswold Library", "Cresswold", "2022-01", "2022-12", F, "volunteering", [
            "Helped older residents set up online banking and spot phishing emails, one to one"],
            section="volunteer", etype="volunteer"),
    ])],
    post=[("Education", ["A Levels: Business (B), Sociology (B), Maths (C) – Cresswold Sixth Form College"]),
          ("Additional Information", ["Fluent Urdu and Punjabi", "CeMAP 1 passed (2023)"])],
))

R.append(dict(
    id="w018", ext="pdf", renderer="rl", layout="plain", order="title_org", dfmt="mon", present="Present",
    sep=" - ", paper="letter", bullet="-", caps=False,
    family="Canadian commercial collections officer, reportlab single column with hyphen bullets, skip tracer and legal clerk",
    name="Harpreet Gill",
    contact=["Cedar Hollow, BC", "604-555-0139", "harpreet.gill@mailbox.ca"],
    sections=[("Work History", [
        E("Collections Officer - Commercial", "Fraser Bay Capital Leasing", "Cedar Hollow, BC", "2022-05", "present", F, "contact_center", [
            "Manage a book of about 350 equipment-lease accounts 30 to 120 days in arrears",
            "Negotiate with owner-operators and small-business owners, a lot of them truckers between loads",
            "Arrange repossession with bailiffs when payment plans fall through"]),
        E("Skip Tracer / Collections Support", "Fraser Bay Capital Leasing", "Cedar Hollow, BC", "2020-10", "2022-04", A, N, [
            "Located debtors and equipment through credit bureau, land title, corporate registry and social media searches",
            "Updated contact details and asset notes for the collections officers"]),
        E("Legal Collections Clerk", "Dunmore & Pratt LLP", "Westbridge, BC", "2019-02", "2020-09", A, N, [
            "Prepared Notices of Civil Claim, default judgments and garnishing orders for creditor clients",
            "Diarized court dates and limitation periods"]),
        E("Inbound Customer Care Agent", "Telepoint Communications", "Westbridge, BC", "2017-03", "2019-01", F, "contact_center", [
            "Billing and service calls for a regional internet provider; Punjabi and Hindi calls routed to me"]),
    ])],
    post=[("Education", ["Diploma, Business Administration — Westbridge Polytechnic, 2017"]),
          ("Skills", ["Negotiation", "PPSA searches", "Excel", "Punjabi, Hindi, English"]),
          ("References", ["Available upon request"])],
))

R.append(dict(
    id="w019", ext="html", renderer="html", layout="div", order="dash", dash=" - ", dfmt="month", present="Present",
    sep=" - ",
    family="Kenyan telecom and mobile-money agent, HTML with flex rows, 'Title - Employer, Town' and dates right",
    name="Brian Otieno Ouma",
    contact=["P.O. Box 2214, Kilimo Ridge", "+254 712 555 408", "brian.ouma@mailbox.co.ke"],
    summary="Customer care professional with experience at the counter, in the field and on the phone in mobile money.",
    summary_head="Profile",
    sections=[("Work Experience", [
        E("Customer Experience Agent (Mobile Money)", "Jambotel Kenya Ltd", "Kilimo Ridge", "2022-01", "present", F, "contact_center", [
            "Handle calls and WhatsApp chats on mobile money reversals, PIN resets and SIM swaps",
            "Verify customer identity before any reversal or SIM swap",
            "Escalate suspected fraud to the Revenue Assurance team"]),
        E("Dealer Sales Representative", "Mwangaza Distributors", "Kilimo Ridge", "2020-03", "2021-12", F, "sales_account", [
            "Visited 40 agents and shops a week to sell airtime and mobile money float",
            "Recruited and trained new agents on float management and KYC"]),
        E("Mobile Money Agent Attendant", "Baraka Communications", "Kilimo Ridge", "2018-05", "2020-02", F, "in_person_service", [
            "Deposits, withdrawals and SIM registration for walk-in customers"]),
        E("Revenue Assurance Intern", "Jambotel Kenya Ltd", "Head Office", "2017-05", "2017-07", "none", N, [
            "Compared switch records with billing data to spot revenue leakage"], etype="internship"),
    ])],
    post=[("Education", ["Diploma in Business Management, Kilimo Ridge Technical Institute (2017)",
                         "KCSE, Kilimo Boys High School (2014)"]),
          ("Referees", ["Mr. Peter Onyango, Team Leader, Jambotel Kenya Ltd, +254 722 555 118"])],
))

R.append(dict(
    id="w020", ext="docx", renderer="docx", layout="sidebar", order="title_org", dfmt="mon", present="Present",
    sep=" – ", docx_bullets="manual", bullet="•",
    family="South African life-insurance broker consultant, Word two-column layout table with shaded sidebar, nested date tables",
    name="Riana van der Merwe",
    contact=["Wolwekraal, 7530", "082 555 1907", "riana.vdmerwe@mailbox.co.za"],
    pre=[("Languages", ["Afrikaans, English"]), ("Skills", ["Broker service", "Policy admin (Sapiens)", "FAIS RE5"])],
    sections=[("Experience", [
        E("Broker Consultant", "Protea Life Assurance", "Wolwekraal", "2023-06", "present", F, "sales_account", [
            "Look after 40 independent brokers: quotes, new-business queries, commission problems",
            "Visit broker offices weekly and run product sessions for their staff"]),
        E("Client Service Consultant", "Protea Life Assurance", "Wolwekraal", "2020-02", "2023-05", F, "contact_center", [
            "Inbound calls from policyholders on claims, premiums and beneficiary changes",
            "Explained waiting periods and lapse rules in Afrikaans and English"]),
        E("Underwriting Administrator", "Suidkus Insurance Brokers", "Wolwekraal", "2018-01", "2020-01", A, N, [
            "Captured new business applications and medical evidence",
            "Followed up outstanding requirements with doctors' rooms and pathology labs"]),
        E("Debit Order Collections Agent", "Ubuhle Funeral Cover", "Wolwekraal", "2016-04", "2017-12", F, "contact_center", [
            "Phoned clients whose debit orders had bounced and arranged re-presentment",
            "Updated banking details and explained what happens if the policy lapses"]),
    ])],
    post=[("Education", ["Matric, Hoërskool Wolwekraal, 2015", "Higher Certificate in Short-Term Insurance, 2019"])],
))

R.append(dict(
    id="w021", ext="html", renderer="html", layout="table", order="org_title", dfmt="mon", present="Present",
    sep=" – ",
    family="US college student, HTML with a table per entry, employer line first, summer internship and seasonal call center",
    name="Jasmine Park",
    contact=["Easton Ridge, PA", "jasmine.park@mailbox.com", "(484) 555-0192"],
    sections=[("Experience", [
        E("Part-Time Teller", "Keystone Heritage Bank", "Easton Ridge, PA", "2024-08", "present", F, "in_person_service", [
            "Process deposits, withdrawals and loan payments, 15–20 hrs/week during the semester",
            "Refer customers to personal bankers for new accounts"]),
        E("Summer Analyst Intern – Payments Operations", "Allegheny Trust Co.", "Millvale Station, PA", "2025-06", "2025-08", A, N, [
            "Mapped the returned-ACH workflow and found three manual steps we then automated",
            "Built a Power BI dashboard of return reasons for the operations manager"], datetext="Summer 2025",
          etype="internship"),
        E("Seasonal Collections Representative", "Ridgeview Loan Servicing", "Easton Ridge, PA", "2024-06", "2024-08", F, "contact_center", [
            "Called student-loan borrowers entering repayment to set up plans and explain income-driven options"],
          datetext="Summer 2024"),
        E("Research Assistant", "Department of Economics, Easton Ridge College", "Easton Ridge, PA", "2023-09", "2024-05", "none", N, [
            "Cleaned household-debt survey data in Stata for a faculty project"], section="other"),
    ]), ("Leadership & Volunteering", [
        E("Peer Financial Coach", "Campus Money Center", "Easton Ridge College", "2024-01", "present", F, "volunteering", [
            "One-on-one budgeting sessions with first-year students"], section="volunteer", etype="volunteer"),
    ])],
    post=[("Education", ["Easton Ridge College — B.S. Finance, expected May 2027, GPA 3.6"]),
          ("Skills", ["Excel, Power BI, Stata, Korean (conversational)"])],
))

R.append(dict(
    id="w022", ext="pdf", renderer="fpdf", layout="centred", order="title_org", dfmt="month", present="Present",
    sep=" to ",
    family="Canadian bilingual telecom escalations specialist, fpdf2 centred header, 'Month YYYY to Present'",
    name="Danielle Fournier",
    contact=["Pointe-Saint-Aubin, QC", "450-555-0117", "danielle.fournier@mailbox.ca"],
    summary="Bilingual (French/English) customer relations specialist with eight years in telecom, from installs to "
            "the office of the president.",
    summary_head="Profile",
    sections=[("Professional Experience", [
        E("Escalations Specialist – Office of the President", "Borealis Telecom", "Pointe-Saint-Aubin, QC", "2023-02", "present", F, "contact_center", [
            "Resolve complaints that reached the CCTS or the executive office, by phone and in writing",
            "Negotiate credits and service fixes with billing and field operations",
            "Prepare the monthly regulatory complaints summary"]),
        E("Customer Relations Correspondence Agent", "Borealis Telecom", "Pointe-Saint-Aubin, QC", "2021-01", "2023-01", F, "contact_center", [
            "Answered customer letters and web-form complaints in French and English",
            "Wrote tailored replies rather than templates, within a 5-business-day target"]),
        E("Technical Support Representative", "Borealis Telecom", "Pointe-Saint-Aubin, QC", "2018-09", "2020-12", F, "contact_center", [
            "Internet and TV troubleshooting by phone, booked technician visits"]),
        E("Installation Technician", "Câblage Saint-Aubin Inc.", "Pointe-Saint-Aubin, QC", "2016-05", "2018-08", F, "other_facing", [
            "Installed cable internet and TV in customers' homes and explained the modem and Wi-Fi set-up before leaving"]),
    ])],
    post=[("Education", ["DEC, Techniques de l'informatique – Cégep de Saint-Aubin (2016)"]),
          ("Languages", ["French (native), English (fluent)"])],
))

R.append(dict(
    id="w023", ext="docx", renderer="docx", layout="styles", order="title_org", dfmt="month", present="to date",
    sep=" – ",
    family="Irish motor claims handler, Word heading styles and list bullets, 'to date', year-only barista job",
    name="Ciarán Dwyer",
    contact=["Rathcullen, Co. Laois", "086 555 7402", "ciaran.dwyer@mailbox.ie"],
    sections=[("Work Experience", [
        E("Claims Handler – Motor", "Emerald Shield Insurance DAC", "Rathcullen", "2022-04", "present", F, "contact_center", [
            "Manage motor claims from first notification to settlement, around 140 live files",
            "Phone policyholders and third parties after accidents – some of them still shaken",
            "Instruct assessors, garages and solicitors; agree liability with other insurers"]),
        E("Customer Service Representative", "Emerald Shield Insurance DAC", "Rathcullen", "2020-06", "2022-03", F, "contact_center", [
            "Quotes, renewals and mid-term adjustments over the phone and webchat"]),
        E("Underwriting Assistant", "Corrib Brokers", "Rathcullen", "2018-09", "2020-05", A, N, [
            "Checked proposal forms and no-claims bonus proof",
            "Prepared renewal invitations for the brokers to send out"]),
        E("Barista", "The Coffee Dock", "Main Street, Rathcullen", "2016-01", "2018-12", F, "in_person_service", [
            "Coffee, till and opening up on weekday mornings"], prec="year"),
    ])],
    post=[("Education", ["Certified Insurance Practitioner (CIP), 2021", "Leaving Certificate, 2016"]),
          ("Hobbies", ["Hurling, cycling"])],
))

R.append(dict(
    id="w024", ext="docx", renderer="docx", layout="table", order="title_org", dfmt="mon'yy", present="Till Date",
    sep=" – ",
    family="Indian telecom retention advisor and field collection executive, Word table per job, Mon'yy dates, 'Till Date'",
    name="Mohd. Irfan Ansari",
    contact=["H. No. 45, Nawabpura Colony, Devgarh Nagar (U.P.)", "+91 99355 52017", "irfan.ansari@mailbox.in"],
    summary="Looking for a job in customer service / collections where I can use my experience and communication skill.",
    summary_head="Objective",
    sections=[("Work Experience", [
        E("Retention Advisor (Postpaid) – Bharatlink Process", "Sparsh BPO Services Pvt. Ltd.", "Devgarh Nagar", "2022-10", "present", F, "contact_center", [
            "Handle disconnection requests of postpaid customers and offer retention plans",
            "Handle Hindi and Urdu speaking customers, average 70 calls per day"]),
        E("Field Collection Executive", "Shubh Laabh Finance Ltd.", "Devgarh Nagar", "2020-07", "2022-09", F, "in_person_service", [
            "Visit defaulters at home and shop for EMI collection of consumer durable loans",
            "Issue receipts and deposit cash daily in branch",
            "Handled 120 cases per month"]),
        E("Store Executive", "Raunak Mobile World (Bharatlink franchise)", "Devgarh Nagar", "2018-04", "2020-06", F, "in_person_service", [
            "New SIM activation, port-in and bill payment counter"]),
        E("Data Entry Operator", "Anand Digital Services", "Devgarh Nagar", "2017-01", "2018-03", "none", N, []),
    ])],
    post=[("Education", ["B.A. – Devgarh Nagar Degree College – 2017", "Intermediate – U.P. Board – 2014"]),
          ("Personal Details", ["Father's Name: Mohd. Salim Ansari", "Languages: Hindi, Urdu, English"]),
          ("Declaration", ["I hereby declare that all information given above is true."])],
))

R.append(dict(
    id="w025", ext="txt", renderer="txt", layout="orgfirst", order="orgfirst", caps_org=True, dfmt="mm/yyyy",
    present="present", sep=" - ", hstyle="equals", bullet="o",
    family="UK bank written-complaints handler, plain text with employer headings in capitals and roles beneath, career break",
    name="Joanne Keeley",
    contact=["Hallow Vale, Worcestershire", "07700 900 581 | joanne.keeley@mailbox.co.uk"],
    summary="Complaints specialist with a background in council revenues. I write clear, fair final responses and I "
            "check other people's for a living too.",
    summary_head="Profile",
    sections=[("Career history", [
        E("Senior Complaints Handler (Written Team)", "Severnside Bank plc", "Worcham", "2022-11", "present", F, "contact_center", [
            "Investigate complex complaints on current accounts and loans; responses by letter and secure message",
            "Phone the customer before I start, to be sure I'm answering the complaint they actually made",
            "Peer-check colleagues' final responses"]),
        E("Complaints Quality Checker", "Severnside Bank plc", "Worcham", "2021-05", "2022-10", A, N, [
            "Sampled closed complaints against DISP and our own standards and scored them",
            "Fed back to handlers and ran monthly calibration sessions"]),
        E("Customer Service Adviser", "Severnside Bank plc", "Worcham", "2018-02", "2021-04", F, "contact_center", [
            "Telephone banking – payments, card issues, bereavement notifications"]),
        E("Revenues Officer (Council Tax)", "Hallow Vale District Council", "Hallow Vale", "2014-06", "2018-01", F, "contact_center", [
            "Processed council tax discounts, exemptions and direct debit changes",
            "Took calls on the revenues line during annual billing and reminder runs"]),
        E("Career Break", None, None, "2012-09", "2014-05", "none", N, [
            "Full-time mum to two young children"], etype="unknown"),
    ])],
    post=[("Education and training", ["CII Certificate in Financial Services (2020)",
                                      "NVQ Level 3 Business Administration (2011)"])],
))

R.append(dict(
    id="w026", ext="pdf", renderer="fpdf", layout="left", order="orgfirst", dfmt="m/yyyy", present="Present",
    sep=" - ", paper="letter",
    family="US gas & electric field service rep, fpdf2 left-aligned header, employer heading with roles beneath, m/yyyy dates",
    name="Ray Castellano",
    contact=["Harrow Junction, PA 18714", "(570) 555-0124", "ray.castellano@mailbox.com"],
    sections=[("Work Experience", [
        E("Field Service Representative", "Tri-County Electric & Gas", "Harrow Junction, PA", "2021-05", "present", F, "other_facing", [
            "Service turn-ons, turn-offs and non-pay disconnects at homes and businesses",
            "Collect payment at the door where allowed and explain what it takes to get reconnected",
            "Investigate high-bill complaints on site with the customer, checking meter and appliances"]),
        E("Meter Reader", "Tri-County Electric & Gas", "Harrow Junction, PA", "2018-08", "2021-04", A, N, [
            "AMR drive-by route plus manual reads on commercial accounts",
            "Flagged broken seals and suspected diversion for the revenue protection team",
            "Completed re-reads requested by billing"]),
        E("Customer Service Representative – Walk-in Payment Center", "Harrow Junction Water Authority", "Harrow Junction, PA", "2015-03", "2018-07", F, "in_person_service", [
            "Took payments and set up payment arrangements at the counter",
            "Processed start/stop service requests"]),
        E("Groundman", "Keller Line Construction", "Birchfield, PA", "2012-04", "2015-02", "none", N, [
            "Dug pole holes, framed poles and kept the site clean for the line crew"]),
    ])],
    post=[("Education / Training", ["Harrow Junction Area High School, 2011", "OSHA 10", "CDL Class B"])],
))

R.append(dict(
    id="w027", ext="md", renderer="md", layout="h3", order="title_org", dfmt="month", present="Present", sep=" – ",
    bullet="*",
    family="Philippine digital-bank video-KYC onboarding specialist in Markdown, h3 titles with employer line and italic dates",
    name="Joanna Marie Santos",
    contact=["Bagong Ilog, Santa Elena City", "0998 555 2476", "joanna.santos@mailbox.ph"],
    summary="Banking operations professional with 6+ years in payments, AML and digital onboarding.",
    summary_head="Summary",
    sections=[("Work Experience", [
        E("Customer Onboarding Specialist (Video KYC)", "Paynara Digital Bank", "Santa Elena City", "2023-08", "present", F, "digital_service", [
            "Conduct live video verification calls with new account applicants",
            "Guide applicants who get stuck in the app through ID and selfie capture",
            "Decline or escalate applications with tampered IDs"]),
        E("Transaction Monitoring Analyst (AML)", "Islacorp Shared Services", "Santa Elena City", "2021-09", "2023-07", "none", N, [
            "Reviewed alerts for structuring and money-mule patterns for an Australian bank",
            "Wrote case narratives for suspicious matter reports"]),
        E("Payments Operations Associate", "Islacorp Shared Services", "Santa Elena City", "2020-01", "2021-08", A, N, [
            "Processed outward remittances and repaired rejected payments before cut-off"]),
        E("Sales Associate", "Threadline Apparel", "Ilog Town Centre", "2018-06", "2019-12", F, "in_person_service", [
            "Assisted shoppers, fitting room and cashier relief"]),
    ])],
    post=[("Education", ["BS Accountancy, Santa Elena Colleges, 2019"]),
          ("Skills", ["Actimize", "Jumio / Onfido review tools", "Excel"])],
))

R.append(dict(
    id="w028", ext="docx", renderer="docx", layout="tabs", order="org_title", dfmt="mon", present="Present",
    sep=" – ",
    family="UK consumer-finance collections manager, Word tab-stop dates, employer line first then title, year-only warehouse job",
    name="Paul Whitcombe",
    contact=["Stanmere, Hampshire", "07700 900 733", "paul.whitcombe@mailbox.co.uk"],
    summary="Collections and recoveries manager who started on the phones. Strong on Consumer Duty, vulnerability "
            "and getting people into plans they can actually keep.",
    summary_head="Profile",
    sections=[("Employment", [
        E("Collections & Recoveries Team Manager", "Heathland Finance Ltd", "Stanmere", "2021-09", "present", F, "contact_center", [
            "Manage 3 team leaders and 28 agents across early arrears and recoveries",
            "Own Consumer Duty outcome testing for customers in financial difficulty",
            "Take the calls agents pass up when a customer is in crisis, and refer them to our specialist support team"]),
        E("Arrears Support Team Leader", "Heathland Finance Ltd", "Stanmere", "2018-03", "2021-08", A, N, [
            "Coached a team of 12 agents, listened to recorded calls and ran the rota",
            "Authorised payment plans outside policy when agents referred them"]),
        E("Collections Agent", "Heathland Finance Ltd", "Stanmere", "2015-11", "2018-02", F, "contact_center", [
            "Inbound and outbound arrears calls on car finance and personal loans"]),
        E("Warehouse Operative", "Kestrel Logistics", "Stanmere", "2012-01", "2015-12", A, N, [
            "Picking, packing and loading for online retail orders"], prec="year"),
    ]), ("Voluntary work", [
        E("Volunteer Debt Adviser", "Stanmere Money Advice Centre", "Stanmere", "2019-01", "2020-12", F, "volunteering", [
            "Saturday-morning face-to-face sessions helping clients build budgets and deal with priority debts"],
            section="volunteer", etype="volunteer"),
    ])],
    post=[("Qualifications", ["CICM Level 3 Diploma in Credit and Collections (2019)", "ILM Level 5 (in progress)"])],
))

R.append(dict(
    id="w029", ext="html", renderer="html", layout="gdocs", order="inline", dfmt="mm/yyyy", present="Present",
    sep=" – ", prose={3},
    family="Canadian newcomer in insurance and mortgage support, Google-Docs HTML export, Canadian / International work experience",
    name="Oluwaseun Adeyemi",
    contact=["Maple Heights, ON", "647-555-0185", "seun.adeyemi@mailbox.ca"],
    sections=[("Canadian Work Experience", [
        E("Claims Intake Representative", "Trillium Shield Insurance", "Maple Heights, ON", "2024-04", "present", F, "contact_center", [
            "First notice of loss calls for auto and property claims",
            "Set up the claim file and schedule appraisals"]),
        E("Mortgage Underwriting Assistant (Contract)", "Laurentian Home Lending", "Maple Heights, ON", "2023-06", "2024-03", A, N, [
            "Ordered appraisals and credit reports and checked income documents",
            "Prepared complete files for the underwriters"]),
        E("Face-to-Face Fundraiser", "Greenleaf Campaigns", "Maple Heights, ON", "2023-01", "2023-05", F, "other_facing", [
            "Signed up monthly donors for children's charities at malls and street pitches"]),
    ]), ("International Work Experience", [
        E("Relationship Officer", "Keystone Trust Bank Plc", "Ogbomere, Nigeria", "2018-02", "2022-10", F, "sales_account", [
            "Managed a portfolio of 150 SME accounts and visited clients at their shops and warehouses.",
            "Met deposit mobilisation targets and processed loan requests for credit review."]),
        E("Cashier", "Keystone Trust Bank Plc", "Ogbomere, Nigeria", "2015-11", "2018-01", F, "in_person_service", []),
    ])],
    post=[("Education", ["B.Sc. Banking and Finance, Ogbomere State University (2014)",
                         "Canadian Securities Course (2024)"])],
))

R.append(dict(
    id="w030", ext="pdf", renderer="rl", layout="twocol", order="title_org", dfmt="mon", present="Current",
    sep=" – ",
    family="Australian energy complaints lead, 2-page reportlab CV with two-column header and page footer, undated volunteer role",
    name="Megan Lowe",
    contact=["Wattle Bend QLD 4570", "0407 555 264", "megan.lowe@mailbox.com.au"],
    summary="Twelve years in energy credit, hardship and complaints, and four before that in a bank branch. I'm at my "
            "best with the customers other people find difficult.",
    summary_head="Career Summary",
    pre=[("Key strengths", ["Ombudsman complaints and regulator reporting",
                            "Hardship, payment plans and family violence policy",
                            "Life-support and disconnection safeguards",
                            "Coaching and quality review",
                            "SAP CRM, Salesforce, Excel"]),
         ("Achievements", ["Cut ombudsman complaints referred back by 31% in FY2024",
                           "Hardship team award, 2021"])],
    sections=[("Career History", [
        E("Complaints Resolution Lead", "Coral Coast Energy", "Wattle Bend QLD", "2022-08", "present", F, "contact_center", [
            "Own ombudsman complaints end to end and call every customer within two business days",
            "Coach six resolution specialists and review their outcomes",
            "Report root causes to the billing and metering teams every month"]),
        E("Hardship Program Officer", "Coral Coast Energy", "Wattle Bend QLD", "2020-03", "2022-07", F, "contact_center", [
            "Phoned customers in hardship to set up payment plans they could afford",
            "Linked customers to concessions, energy rebates and financial counsellors"]),
        E("Credit Analyst (Residential)", "Coral Coast Energy", "Wattle Bend QLD", "2018-05", "2020-02", A, N, [
            "Ran disconnection-for-non-payment lists and checked life-support and hardship flags before release",
            "Set up collection strategies and letter cycles in SAP"]),
        E("Customer Service Officer", "Sunshine Mutual Bank", "Wattle Bend QLD", "2014-01", "2018-04", F, "in_person_service", [
            "Teller and enquiries in a regional branch; home loan appointments and card replacements"]),
        E("Checkout Operator", "FreshWay Supermarkets", "Wattle Bend QLD", "2010-01", "2013-12", F, "in_person_service", [],
          prec="year"),
    ]), ("Community", [
        E("Treasurer (volunteer)", "Wattle Bend Netball Association", None, None, None, "none", N, [
            "Kept the club books, paid umpires and prepared the annual financial statements"],
            section="volunteer", etype="volunteer"),
    ])],
    post=[("Education", ["Diploma of Financial Services, 2015", "Cert IV in Training and Assessment, 2021"]),
          ("Referees", ["Available on request"])],
))
