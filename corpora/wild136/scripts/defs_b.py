"""wild136 résumés w016–w030.  One dict per résumé renders the file and its gold line."""
from lib import E

RESUMES = []


def add(**kw):
    RESUMES.append(kw)


# ------------------------------------------------------------------ w016
add(
    id="w016", ext="txt", r="txt",
    family="Australian warehouse supervisor, job-board 'download as text' export with "
           "Position/Employer/Dates labels, a 'Resume of … (continued)' line and 'Page n' after "
           "each dashed page break, one job cut in half by the break",
    name="Brendan Tuohy", email="brendan.tuohy@example.com.au", phone="0491 570 143",
    contact=["Narre Warren VIC 3805", "0491 570 143", "brendan.tuohy@example.com.au"],
    o=dict(hdr="label", wrap=76, lpp=36, ds="mm/yyyy", sep=" - ", pres="current", bul="-",
           bind=3, cont=None, rh="Resume of Brendan Tuohy (continued)", rh_from=2,
           ft="Page {p}", th="caps", thead="plain",
           pagesep="\n\n------------------------------ page break ------------------------------"),
    body=[
        ("para", "Career Summary", [
            "Warehouse supervisor with 14 years in distribution, cold-chain meat processing, trade "
            "counter and construction labouring. HR truck and forklift licensed. Runs a tight, "
            "safe dock and gets trucks out on time."]),
        ("jobs", "Employment History", [
            E("Warehouse Supervisor", "Southern Cross Freight", "Dandenong South VIC", "2020-03",
              "present", "affecting", None, [
                  "Supervise a day shift of 15 storepersons and forklift drivers in a 12,000 m2 "
                  "cross-dock",
                  "Plan dispatch so retail customers' orders leave on the booked delivery slot; "
                  "on-time dispatch 98.6% in FY25",
                  "Run toolbox talks, forklift pre-start checks and incident investigations",
                  "Keep the WMS accurate: cycle counts, adjustments and damaged-stock write-offs",
                  "Roster labour-hire staff against the weekly volume forecast"]),
            E("Process Worker", "Kooringa Meats", "Laverton North VIC", "2016-06", "2020-02", "none",
              None, [
                  "Process work on the beef boning line: trimming, bagging and vacuum packing",
                  "Packed and labelled export cartons and cleaned down at the end of shift"]),
            E("Customer Service Officer – Trade Counter", "Bayside Building Supplies",
              "Moorabbin VIC", "2014-02", "2016-05", "facing", "in_person_service", [
                  "Served builders and DIY customers at the trade counter: quotes, orders and "
                  "account sales",
                  "Took phone orders and booked deliveries to site",
                  "Sorted out wrong deliveries and returns with customers and the yard"]),
            E("Storeperson", "Bayside Building Supplies", "Moorabbin VIC", "2012-06", "2014-01",
              "affecting", None, [
                  "Picked timber, plaster and hardware orders and loaded delivery trucks",
                  "Unloaded containers and kept the yard racking in order"]),
            E("Labourer", "J & R Concreting", "Frankston VIC", "2010-01", "2012-05", "none", None, [
                "General labouring on residential slabs and driveways: formwork, barrowing and "
                "finishing"]),
        ]),
        ("list", "Licences & Tickets", [
            "HR truck licence (2021)", "Forklift licence LF (2012)",
            "Construction induction White Card (2010)", "Warehouse Safety Leadership course (2022)"]),
        ("lines", "Education", ["Year 12 (VCE) - Carrum Downs Secondary College, 2009"]),
        ("refs", "Referees", [
            ["Nick Papadakis - Operations Manager, Southern Cross Freight - 0491 570 121"],
            ["Sue Carmody - Branch Manager, Bayside Building Supplies - (03) 5550 4412"]]),
    ],
)

# ------------------------------------------------------------------ w017
add(
    id="w017", ext="pdf", r="rl",
    family="Irish legal receptionist, reportlab in Times: cover letter on page 1, CV on pages 2–3 "
           "with 'Curriculum Vitae – continued' running head and right-aligned 'Page n of N' "
           "counted over the whole file, a job split with 'Employer (continued)', references at "
           "the end",
    name="Niamh Gallagher", email="niamh.gallagher@example.ie", phone="087 555 0190",
    contact=["Knocknacarra, Galway", "087 555 0190  ·  niamh.gallagher@example.ie"],
    letter=dict(
        head=["Niamh Gallagher", "7 Cimín Road, Knocknacarra, Galway", "087 555 0190",
              "niamh.gallagher@example.ie"],
        date="30 October 2026",
        to=["Ms Caroline Furey", "Practice Manager", "Furey Lyons Solicitors LLP", "Eyre Square, Galway"],
        re="Front Office Coordinator",
        sal="Dear Ms Furey,",
        paras=[
            "I am writing in response to your advertisement for a Front Office Coordinator. I "
            "currently work as Receptionist / Administrator with Brennan & Hogarty Solicitors, "
            "where I have been since September 2021, and before that I was a medical secretary at "
            "Corrib Medical Practice for three and a half years.",
            "Between those two roles I have managed busy reception desks, diaries for several "
            "professionals, confidential correspondence and a fair share of distressed callers. "
            "My earlier years in accounts at Atlantic Seafoods (2016–2018) mean I am comfortable "
            "with client ledgers and lodgements too.",
            "I would be delighted to discuss the role with you. My CV is attached.",
        ],
        close=["Yours sincerely,", "", "Niamh Gallagher"],
    ),
    o=dict(lead=16.3, mb=74, font="Times", size=11.5, hdr="title_right", date_italic=True, ds="month", sep=" – ",
           pres="Present", bul="•", cont="{org} (continued)", rh="Curriculum Vitae – continued",
           rh_from=3, ft="Page {p} of {n}", ft_align="r", sec="underline", head="centre",
           egap=0.7),
    body=[
        ("para", "Profile", [
            "Professional, warm and discreet receptionist and administrator with eight years in "
            "legal and medical front offices. Fast, accurate typist (70 wpm) and confident with "
            "case-management and practice software. I like being the first friendly voice a "
            "client hears and I take pride in a desk that runs to time."]),
        ("list", "Key Skills", [
            "Front-of-house reception, switchboard and meeting-room management",
            "Client onboarding: ID and anti-money-laundering checks, file opening",
            "Diary management for several fee earners and doctors",
            "Audio typing, correspondence and confidential records",
            "Lodgements, receipts and basic client-account bookkeeping"]),
        ("jobs", "Employment History", [
            E("Receptionist / Administrator", "Brennan & Hogarty Solicitors", "Galway", "2021-09",
              "present", "facing", "in_person_service", [
                  "Greet clients and visitors, manage the meeting rooms and take calls for five "
                  "solicitors",
                  "Open new client files, run ID checks and send out terms-of-business letters",
                  "Book and confirm consultations and keep the solicitors' diaries up to date",
                  "Lodge cheques and receipt client funds on the practice system",
                  "Arrange courier collections, registered post and document scanning",
                  "Trained two new receptionists on the switchboard and the file-opening checklist"]),
            E("Medical Secretary", "Corrib Medical Practice", "Galway", "2018-02", "2021-08",
              "facing", "in_person_service", [
                  "Typed referral letters and clinic notes from audio for three GPs",
                  "Managed the doctors' diaries and the online booking system",
                  "Covered reception at lunchtime, checking patients in and taking payments",
                  "Processed medical-card and insurance paperwork for the practice",
                  "Ordered stationery and clinical supplies"]),
            E("Accounts Assistant", "Atlantic Seafoods Ltd", "Rossaveal, Co. Galway", "2016-05",
              "2018-01", "none", None, [
                  "Posted purchase invoices and reconciled supplier statements",
                  "Prepared the weekly payment run and filed VAT paperwork for the accountant"]),
            E("Waitress", "The Quay Street Kitchen", "Galway", "2013-06", "2016-04", "facing",
              "in_person_service", [
                  "Served breakfast, lunch and evening service in a busy city-centre restaurant",
                  "Looked after large tables and tourist groups in the summer season"]),
            E("Au Pair", "Host family", "Lyon, France", "2012-09", "2013-05", "facing",
              "healthcare_care", [
                  "Looked after two children aged 4 and 7: school runs, homework and bedtime",
                  "Spoke English with the children at the family's request"]),
        ]),
        ("lines", "Education", [
            "QQI Level 5 Certificate in Medical Secretaries – Galway Technical Institute, 2017",
            "QQI Level 6 Legal Studies (evening) – Galway Business College, 2020 – 2021",
            "Leaving Certificate – Coláiste na Coiribe, 2012"]),
        ("list", "Skills", [
            "Typing 70 wpm, audio transcription, Microsoft Word, Outlook and Excel",
            "Legal case-management and practice-accounts software; Socrates practice software",
            "Irish (fluent), French (good working knowledge)"]),
        ("refs", "References", [
            ["Mr Eoin Hogarty", "Partner, Brennan & Hogarty Solicitors, Galway – 091 555 0122"],
            ["Dr Fiona Walsh", "GP Principal, Corrib Medical Practice, Galway – 091 555 0186"]]),
    ],
)

# ------------------------------------------------------------------ w018
add(
    id="w018", ext="docx", r="docx",
    family="UK front-of-house security officer, Word file with a different first-page header "
           "(full contact) and a '– CV (continued)' header after, 'Page X of Y' footer, a "
           "page-break paragraph inside the first job and a next-page section break before "
           "'Additional Experience'",
    name="Marcus Adeyemi", email="marcus.adeyemi@example.co.uk", phone="07700 900514",
    contact=[],
    o=dict(dx="tabs", dsec="caps", ds="mm/yyyy", sep=" – ", pres="Present", dbul="–",
           diff_first=True, dh_first="{name}  ·  4 Tannery Close, London SE28 0PL  ·  {phone}  ·  {email}",
           dh="{name} – CV (continued)", df="Page {PAGE} of {NUMPAGES}", df_first="Page {PAGE} of {NUMPAGES}",
           dh_refs="{name} – CV (continued)", df_refs="Page {PAGE} of {NUMPAGES}",
           cont="{title} (cont.)", dhead="none", dfont="Arial", dsize=10,
           headline="SIA-licensed Front of House Security Officer – corporate reception and events"),
    body=[
        ("para", "Personal Summary", [
            "Front-of-house security officer with twelve years in security, leisure and events. "
            "Polite, firm and observant; equally at home on a corporate reception desk or a "
            "stadium turnstile. Holds SIA Door Supervisor and CCTV licences."]),
        ("jobs", "Employment History", [
            E("Front of House Security Officer", "Sentinel Guarding Services", "London EC2",
              "2022-01", "present", "facing", "in_person_service", [
                  "Staff the main reception of a 24-floor office building for a financial-services "
                  "client",
                  "Greet visitors, issue passes, answer tenants' queries and sign in contractors",
                  "Monitor CCTV and access control and respond to alarms",
                  "Lead the building's evacuation drills and keep the fire log",
                  "Write daily occurrence reports for the client's facilities manager"], brk=2),
            E("Night Patrol Officer", "Sentinel Guarding Services", "Thamesmead", "2020-03",
              "2021-12", "none", None, [
                  "Patrolled construction sites and empty warehouses overnight on a mobile route",
                  "Checked locks, fences and alarms and logged each visit on the patrol app"]),
            E("Customer Service Assistant", "Abbeywood Leisure Centre", "London SE2", "2017-06",
              "2020-02", "facing", "in_person_service", [
                  "Ran the front desk: memberships, class bookings and swimming lesson enquiries",
                  "Took payments and handled complaints about cancelled classes",
                  "Qualified pool lifeguard; covered poolside when short-staffed"]),
        ]),
        ("break", "section"),
        ("jobs", "Additional Experience", [
            E("Stadium Steward (casual)", "Premier Events Staffing", "London", "2015", "2019",
              "facing", "other_facing", [
                  "Worked turnstiles, searches and crowd-control at football and concert events",
                  "Directed spectators to seats and first aid points"]),
            E("Multi-drop Courier", "Self-employed", "South-east London", "2014-03", "2015-05",
              "affecting", None, [
                  "Delivered 120–150 parcels a day through a carrier's driver app, leaving them in "
                  "safe places with photo proof",
                  "Planned my own routes and looked after my van"], etype="freelance"),
        ]),
        ("lines", "Licences & Training", [
            "SIA Door Supervisor licence – 2015, renewed 2024",
            "SIA Public Space Surveillance (CCTV) licence – 2020",
            "Emergency First Aid at Work – 2025",
            "BTEC Level 2 Public Services – Greenwich Community College, 2012 – 2013"]),
        ("refs", "Referees", [
            ["Mr Paul Okonkwo", "Contract Manager, Sentinel Guarding Services"],
            ["Ms Debbie Rourke", "Duty Manager, Abbeywood Leisure Centre"]]),
    ],
)

# ------------------------------------------------------------------ w019
add(
    id="w019", ext="pdf", r="fp",
    family="US paraprofessional turned SaaS support specialist, fpdf2 résumé with 'Title – "
           "Employer, City' headers and italic dates below, name/e-mail running head, right "
           "'Page n of N' footer, 'Experience (cont.)' repeated at the top of page 2, references "
           "page",
    name="Hannah Vos", email="hannah.vos@example.com", phone="(616) 555-0172",
    contact=["Grand Rapids, MI  ·  (616) 555-0172  ·  hannah.vos@example.com"],
    o=dict(mb=23, font="sans", page="Letter", size=10.5, lh=5.5, hdr="dash", ds="mon", sep=" – ",
           pres="present", bul="◦", rh=["{name} – Résumé", "{email}"], rh_from=2,
           ft="Page {p} of {n}", ft_align="r", sec_cont="{heading} (cont.)", cont=None,
           sec="bold", hcol=(20, 90, 70), head="left", headline="Customer Support Specialist"),
    body=[
        ("para", "Summary", [
            "Customer support specialist who came to SaaS from five years as a school "
            "paraprofessional. I explain things patiently, write help articles people actually "
            "read and stay kind when a customer's payroll is due in an hour. Zendesk, Intercom, "
            "Jira and Loom."]),
        ("list", "Skills", [
            "Ticket triage, chat and e-mail support, screen-share troubleshooting",
            "Bank feeds, payroll setup and sales-tax settings in small-business software",
            "Help-center writing, macros and short Loom walkthroughs",
            "Bug reproduction and clear handoffs to engineering",
            "Patient, plain-language explanations for non-technical users"]),
        ("jobs", "Experience", [
            E("Customer Support Specialist", "Ledgerly", "Remote", "2023-08", "present", "facing",
              "digital_service", [
                  "Resolve 35–50 chat and e-mail tickets a day from small-business owners using "
                  "our bookkeeping and payroll app",
                  "Run screen-share sessions for customers stuck on bank feeds and payroll setup",
                  "Reproduce bugs and file clear Jira tickets with steps, logs and customer "
                  "impact",
                  "Wrote or rewrote 40+ help-center articles; top article cut related tickets by "
                  "22%",
                  "CSAT 97% over the last four quarters"]),
            E("Paraprofessional", "Maple Grove Elementary School", "Grand Rapids, MI", "2018-08",
              "2023-06", "facing", "education", [
                  "Supported small reading and math groups in grades 1–3",
                  "Worked one-on-one with students on IEPs under the special-education teacher",
                  "Covered lunch and recess duty and kept parents updated through the class app",
                  "Ran the school's Chromebook check-out and helped teachers with classroom tech",
                  "Prepared materials and graded spelling and math practice sheets",
                  "Translated simple notes home for two Spanish-speaking families"]),
            E("After-School Program Aide", "Kent County Kids Club", "Wyoming, MI", "2016-09",
              "2018-06", "facing", "education", [
                  "Led homework help and games for groups of 15 children aged 6–11",
                  "Signed children out to parents and passed on notes about their day"]),
            E("Grocery Clerk", "Hometown Fresh Market", "Grand Rapids, MI", "2014-05", "2016-08",
              "facing", "in_person_service", [
                  "Ran a register, bagged groceries and helped customers find items",
                  "Stocked shelves and built weekly ad displays"]),
        ]),
        ("jobs", "Volunteer", [
            E("Volunteer Literacy Tutor", "Westside Reads", "Grand Rapids, MI", "2019", "2022",
              "facing", "volunteering", [
                  "Tutored an adult learner weekly toward her GED reading test"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "Elementary Education coursework (72 credits) – Grand River State University, 2014 – 2017",
            "Customer Service Fundamentals certificate – online, 2023"]),
        ("break",),
        ("refs", "References", [
            ["Priya Raman", "Support Team Lead, Ledgerly", "priya.raman@ledgerly.example.com"],
            ["Mark DeVries", "Principal, Maple Grove Elementary School", "(616) 555-0133"],
            ["Tanya Bloem", "Site Director, Kent County Kids Club", "(616) 555-0118"]]),
    ],
)

# ------------------------------------------------------------------ w020
add(
    id="w020", ext="md", r="md",
    family="Canadian telecom retention specialist, Markdown written for pandoc with \\newpage "
           "between pages, employer headings with roles beneath, ISO year-month dates, a "
           "'### Employer (continued)' heading where the first job runs onto page 2",
    name="Tyler Bouchard", email="tyler.bouchard@example.ca", phone="204-555-0148",
    contact=["Winnipeg, MB", "204-555-0148", "tyler.bouchard@example.ca"],
    o=dict(mdentry="orgfirst", ds="yyyy-mm", sep=" to ", pres="present", bul="*",
           cont="### {org} (continued)", rh=None, ft="Page {p} of {n}", mdsep="\\newpage",
           mdh="##", mdcontact_join=" | "),
    body=[
        ("para", "Summary", [
            "Seven years in telecom customer care, from the retail counter to tier-1 tech support "
            "to retention. Good at hearing what a customer really wants before offering anything, "
            "and consistently above target on saves."]),
        ("jobs", "Work Experience", [
            E("Retention Specialist", "NorthStar Mobile", "Winnipeg, MB", "2021-11", "present",
              "facing", "contact_center", [
                  "Take transferred cancellation calls and find plans or fixes that keep customers "
                  "with us",
                  "Save rate 46% against a 38% target for the last eight quarters",
                  "Apply goodwill credits within my authority and document every offer",
                  "Coach newer retention agents in weekly call reviews"], brk=2),
            E("Tier 1 Technical Support Agent", "NorthStar Mobile", "Winnipeg, MB", "2019-06",
              "2021-10", "facing", "contact_center", [
                  "Troubleshot phone, voicemail and data issues over the phone",
                  "Escalated network outages with clear tickets to tier 2"]),
            E("Retail Sales Associate", "Prairie Wireless", "Winnipeg, MB", "2017-04", "2019-05",
              "facing", "in_person_service", [
                  "Helped walk-in customers choose phones and plans and set up new devices",
                  "Processed activations, upgrades and returns"]),
            E("Dishwasher", "Red River Diner", "Winnipeg, MB", "2015-10", "2017-03", "affecting",
              None, ["Washed dishes and pots and helped with prep on weekends"]),
            E("Seasonal Labourer", "Prairie Grain Terminals", "Portage la Prairie, MB", "2016-06",
              "2016-08", "none", None, [
                  "Cleaned bins and pits, shovelled spills and helped the operators during harvest "
                  "intake"], dtext="Summer 2016"),
        ]),
        ("jobs", "Volunteer", [
            E("Volunteer Driver", "Assiniboine Seniors' Ride Program", "Winnipeg, MB", "2018",
              "2020", "facing", "volunteering", [
                  "Drove seniors to medical appointments and grocery trips once a week and "
                  "helped them in and out of the car"], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "Business Administration Certificate, Red River Polytechnic (evenings), 2020 to 2022",
            "High school diploma, Kelvin Heights Collegiate, 2015"]),
        ("list", "Certifications", [
            "CompTIA A+ (2020)", "Mental Health First Aid (2023)"]),
    ],
)

# ------------------------------------------------------------------ w021
add(
    id="w021", ext="pdf", r="rl",
    family="UK hospital ward clerk, reportlab CV with name/e-mail/phone running head on every "
           "page incl. page 1, 'Curriculum Vitae – Page n of N' footer, dates in a left column, "
           "an older job broken across the page with no continuation text",
    name="Gemma Prowse", email="gemma.prowse@example.co.uk", phone="07700 900418",
    contact=["Hucclecote, Gloucester GL3", "Full UK driving licence"],
    o=dict(lead=15.4, mb=68, font="Helvetica", size=10, hdr="datecol", dcw=100, ds="mon", sep=" – ",
           pres="Present", bul="–", cont=None, rh=["{name}", "{email}  ·  {phone}"], rh_from=1,
           rh_rule=True, rh_italic=False, ft="Curriculum Vitae – Page {p} of {n}", sec="caps_rule",
           head="stack", mt=50),
    body=[
        ("para", "Profile", [
            "Organised and kind ward clerk with eight years working in and around hospital wards, "
            "first as a domestic, then as a porter and now running the ward desk on a busy "
            "surgical ward. Knows the hospital inside out, keeps records accurate and stays calm "
            "when the phone, the buzzer and the visitors all arrive at once.",
            "I am now looking for a band 3 receptionist or administration role in outpatients, "
            "where I can use my ward experience and my Level 3 business administration diploma."]),
        ("list", "Key Skills", [
            "Patient administration system (admissions, transfers, discharges) and e-referrals",
            "Front-desk and telephone manner with patients, relatives and visitors",
            "Information governance and confidentiality",
            "Booking transport, outpatient appointments and interpreters",
            "Word, Excel and Outlook; typing 50 wpm"]),
        ("jobs", "Work History", [
            E("Ward Clerk", "Severnside University Hospitals NHS Trust", "Gloucester", "2021-01",
              "present", "facing", "in_person_service", [
                  "Run the ward reception desk on a 28-bed surgical ward: greet visitors, answer "
                  "the ward phone and deal with relatives' enquiries",
                  "Admit, transfer and discharge patients on the patient administration system and "
                  "keep the bed board current",
                  "Book patient transport and follow-up appointments and chase test results for "
                  "the nursing team",
                  "Prepare and file notes and order stationery and forms",
                  "Help new clerks and bank staff learn the ward routines",
                  "Keep the ward's discharge lounge list and the relatives' contact sheet up to "
                  "date",
                  "Act as a dementia friend on the ward and help patients find their way"]),
            E("Hospital Porter", "Severnside University Hospitals NHS Trust", "Gloucester",
              "2018-09", "2020-12", "facing", "healthcare_care", [
                  "Moved patients by bed and wheelchair between wards, X-ray and theatres",
                  "Chatted to anxious patients on the way and made sure they were handed over "
                  "safely",
                  "Delivered specimens, notes and equipment across the site",
                  "Took deceased patients to the mortuary with care and dignity",
                  "Moved medical gas cylinders and did the ward waste rounds"]),
            E("Domestic Assistant", "CleanCare Facilities Ltd", "Cheltenham", "2016-04", "2018-08",
              "affecting", None, [
                  "Cleaned bays, side rooms and sluices to the national cleanliness standards",
                  "Restocked linen and hand-hygiene points"]),
            E("Kitchen Porter", "The Old Bell Carvery", "Tewkesbury", "2014-07", "2016-03",
              "affecting", None, [
                  "Washed up, cleaned the kitchen and helped the chefs with veg prep"]),
            E("Volunteer Sports Leader", "Gloucester Youth Action", "Gloucester", "2017-05", "2019-07",
              "facing", "volunteering", [
                  "Ran Friday-night football and dodgeball sessions for 11–16 year olds"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education & Training", [
            "Level 3 Diploma in Business Administration – Gloucestershire College of Further "
            "Education, 2020 – 2021",
            "Care Certificate – 2018;  Information Governance – renewed yearly",
            "GCSEs (7 incl. English and Maths) – Churchdown Vale School, 2014"]),
        ("refs", "References", [
            ["Sister Angela Mwale, Ward Manager", "Ward 7B, Severnside University Hospitals NHS Trust"],
            ["Darren Hale, Portering Supervisor", "Severnside University Hospitals NHS Trust"]]),
    ],
)

# ------------------------------------------------------------------ w022
add(
    id="w022", ext="docx", r="docx",
    family="Irish optical and pharmacy assistant, Word file in three sections: cover letter "
           "without header, CV with 'Curriculum Vitae — name' header and e-mail/page footer "
           "fields, gridded table per job with one job split over two tables and a '(contd.)' "
           "row, then a referees section",
    name="Orla McArdle", email="orla.mcardle@example.ie", phone="085 555 0127",
    contact=["Blackrock, Dundalk, Co. Louth", "085 555 0127 · orla.mcardle@example.ie"],
    letter=dict(
        head=["Orla McArdle", "22 Seapoint Drive, Blackrock, Dundalk, Co. Louth", "085 555 0127"],
        date="28th October 2026",
        to=["The Manager", "Clarity Eyecare", "Clanbrassil Street, Dundalk"],
        re="Re: Optical Retail Supervisor",
        sal="Dear Sir/Madam,",
        paras=[
            "I would like to apply for the Optical Retail Supervisor position advertised in the "
            "Argus. I have been an Optical Assistant with ClearSight Opticians since June 2020 and "
            "spent the five years before that at Boyne Valley Pharmacy in Drogheda, first in the "
            "dispensary and then on the counter.",
            "I enjoy helping customers pick frames that suit them and I am confident with "
            "appointment diaries, PRSI and medical-card claims and the day-to-day running of a "
            "small shop. I am currently completing a dispensing optician foundation module.",
            "Thank you for considering my application. I look forward to hearing from you.",
        ],
        close=["Yours faithfully,", "Orla McArdle"],
    ),
    o=dict(dx="table", tgrid=True, dsec="h2", ds="mm.yyyy", sep=" – ", pres="Present",
           dbul_t="-", dbul="-", letter_break="section", dh="Curriculum Vitae — {name}",
           df="{email} · page {PAGE} of {NUMPAGES}", dh_refs="Referees", df_refs="",
           cont="{org} (contd.)", dhead="title", dfont="Calibri", tl=12.5, tr=4.5),
    body=[
        ("para", "Personal Profile", [
            "Optical assistant with six years in optics and community pharmacy. Friendly, "
            "accurate and good at explaining things to customers of all ages."]),
        ("jobs", "Employment History", [
            E("Optical Assistant", "ClearSight Opticians", "Dundalk, Co. Louth", "2020-06",
              "present", "facing", "in_person_service", [
                  "Help customers choose frames, take measurements and fit and adjust glasses on "
                  "collection",
                  "Book eye tests and contact-lens check-ups and run pre-test screening",
                  "Process PRSI and medical-card claims and take payments",
                  "Order lenses from the lab and chase late jobs",
                  "Train new assistants on the practice system"], brk=3),
            E("Pharmacy Counter Assistant", "Boyne Valley Pharmacy", "Drogheda, Co. Louth",
              "2017-03", "2020-05", "facing", "healthcare_care", [
                  "Advised customers on over-the-counter medicines and referred them to the "
                  "pharmacist where needed",
                  "Handed out prescriptions and explained dosage labels"]),
            E("Dispensary Assistant (part-time)", "Boyne Valley Pharmacy", "Drogheda, Co. Louth",
              "2015-09", "2017-02", "affecting", None, [
                  "Labelled and counted medicines in the back dispensary for the pharmacist to "
                  "check",
                  "Put away wholesaler deliveries and checked expiry dates",
                  "Filed and scanned prescriptions for the monthly claim"]),
            E("Deli Assistant", "Carlingford Stores", "Carlingford, Co. Louth", "2014-06", "2015-08",
              "facing", "in_person_service", [
                  "Made sandwiches and hot food for customers and served at the deli counter"]),
        ]),
        ("jobs", "Voluntary Work", [
            E("Volunteer", "Dundalk Tidy Towns", "Dundalk", "2018", "present", "none", None, [
                "Litter picks, planting and painting on Saturday mornings"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", [
            "Level 5 Certificate in Pharmacy Sales Assistant – Dundalk Further Education College, "
            "2016 – 2017",
            "Optical Assistant Foundation Module – 2025 – in progress",
            "Leaving Certificate – Coláiste Rís, Dundalk, 2014"]),
        ("break", "section"),
        ("refs", "Referees", [
            ["Mr Declan Rooney", "Optometrist / Owner, ClearSight Opticians, Dundalk",
             "042 555 0139"],
            ["Ms Helen Carroll MPSI", "Supervising Pharmacist, Boyne Valley Pharmacy, Drogheda",
             "041 555 0164"]]),
    ],
)

# ------------------------------------------------------------------ w023
add(
    id="w023", ext="txt", r="txt",
    family="US personal banker, cover letter and résumé pasted together into one plain-text "
           "file from an e-mail, 'NAME - RESUME - PAGE n' lines at each page break, employer in "
           "capitals with the role and dates beneath, references at the end",
    name="Andre Mitchell", email="andre.mitchell@example.com", phone="(402) 555-0139",
    contact=["Omaha, NE 68104", "(402) 555-0139", "andre.mitchell@example.com"],
    letter=dict(
        head=["Andre Mitchell", "(402) 555-0139 | andre.mitchell@example.com"],
        date="November 3, 2026",
        to=["Hiring Team", "Heartland Plains Bank", "Omaha, NE"],
        re="Application - Assistant Branch Manager",
        sal="Dear Hiring Team,",
        paras=[
            "I'm applying for the Assistant Branch Manager opening at your Dodge Street branch. I "
            "started at First Prairie Bank as a teller in September 2020 and was promoted to "
            "Personal Banker in June 2022, where I now look after about 300 households.",
            "Before banking I spent four years at Olive & Ember Trattoria, first as a host and "
            "then as a server, and I still think a full Saturday night section is the best "
            "training in customer service there is.",
            "I'd welcome the chance to talk about the role. My resume is below.",
        ],
        close=["Thank you,", "Andre Mitchell"],
    ),
    o=dict(hdr="caps", tdsep="  |  ", wrap=80, lpp=30, ds="mon", sep=" - ", pres="Current",
           bul=">", cont=None, rh="ANDRE MITCHELL - RESUME - PAGE {p}", rh_from=2, num_skip=0,
           th="dashes", thead="caps", pagesep="\n\n"),
    body=[
        ("para", "Summary", [
            "Personal banker with six years in retail banking and four in restaurant service. "
            "Builds long-term relationships, spots fraud early and explains products without "
            "jargon. NMLS registered."]),
        ("jobs", "Work Experience", [
            E("Personal Banker", "FIRST PRAIRIE BANK", "Omaha, NE", "2022-06", "present", "facing",
              "sales_account", [
                  "Open checking, savings and CD accounts and help customers pick the products "
                  "that fit them",
                  "Meet referral goals for mortgages, HELOCs and credit cards (128% of goal in "
                  "2025)",
                  "Resolve fraud claims and debit-card disputes with customers at my desk",
                  "Schedule yearly financial check-ins with a book of about 300 households",
                  "Notarize documents and cover the teller line at lunch"]),
            E("Bank Teller", "FIRST PRAIRIE BANK", "Omaha, NE", "2020-09", "2022-05", "facing",
              "in_person_service", [
                  "Processed deposits, withdrawals, cashier's checks and loan payments",
                  "Balanced my drawer daily with zero outages in 2021",
                  "Referred customers to bankers for new accounts and loans"]),
            E("Server", "OLIVE & EMBER TRATTORIA", "Omaha, NE", "2017-05", "2020-08", "facing",
              "in_person_service", [
                  "Served a six-table section on weekday lunches and Saturday nights",
                  "Guided guests through the menu and wine list and handled allergy requests"]),
            E("Host", "OLIVE & EMBER TRATTORIA", "Omaha, NE", "2016-06", "2017-04", "facing",
              "in_person_service", [
                  "Greeted and seated guests, managed the wait list and took phone "
                  "reservations"]),
            E("Line Cook", "BIG SKY BURGERS", "Council Bluffs, IA", "2015-01", "2016-05",
              "affecting", None, [
                  "Cooked burgers and fries to order on the grill and fry stations",
                  "Stocked the line and cleaned down at close"]),
        ]),
        ("lines", "Education", [
            "B.S. Business Administration (in progress, evenings) - Missouri Valley University, "
            "2023 - present",
            "Diploma - Benson Park High School, Omaha, 2014"]),
        ("list", "Licenses & Skills", [
            "NMLS registered mortgage loan originator (2023)",
            "Nebraska Notary Public (commission exp. 2028)",
            "Fiserv DNA, Salesforce Financial Services Cloud, Excel"]),
        ("refs", "References", [
            ["Carla Jimenez, Branch Manager, First Prairie Bank - (402) 555-0155"],
            ["Vince Albano, General Manager, Olive & Ember Trattoria - (402) 555-0101"]]),
    ],
)

# ------------------------------------------------------------------ w024
add(
    id="w024", ext="pdf", r="rl",
    family="Australian disability support worker, reportlab in DejaVu Serif: cover letter then a "
           "two-page CV, 'Title | Employer | Suburb' lines with right dates, 'Curriculum Vitae – "
           "continued' head from page 3, ruled footer with name/e-mail and 'Page n of N' over the "
           "whole file, '(cont.)' line after the break",
    name="Kaitlyn Nguyen", email="kaitlyn.nguyen@example.com.au", phone="0491 570 127",
    contact=["Harris Park NSW 2150 · 0491 570 127 · kaitlyn.nguyen@example.com.au",
             "NDIS Worker Screening Check · Current NSW driver licence"],
    letter=dict(
        head=["Kaitlyn Nguyen", "Harris Park NSW 2150", "0491 570 127"],
        date="2 November 2026",
        to=["Recruitment Officer", "Riverlands Community Living", "Penrith NSW 2750"],
        re="Application: Team Leader – Supported Independent Living (Ref. RCL-118)",
        sal="Dear Recruitment Officer,",
        paras=[
            "Please find enclosed my application for the Team Leader position. I have worked as a "
            "Disability Support Worker with Bluegum Disability Services since August 2021, "
            "supporting adults with intellectual disability in two SIL homes in Parramatta.",
            "Before moving into disability support I spent two years on the admissions desk at "
            "Cumberland Private Hospital (2019–2021) and two years in an insurance call centre, so "
            "I am comfortable with paperwork, phones and people who are having a hard day.",
            "I hold a Certificate IV in Disability and I am ready to take the next step into "
            "leading a team. Thank you for considering my application.",
        ],
        close=["Yours sincerely,", "", "Kaitlyn Nguyen"],
    ),
    o=dict(lead=14.3, mb=56, font="dejavuserif", size=11, hdr="pipe", ds="mon", sep=" – ", pres="Present",
           bul="•", cont="{title} (cont.)", rh="Curriculum Vitae – continued", rh_from=3,
           ft=["{name}  |  {email}", "Page {p} of {n}"], ft_rule=True, sec="caps_rule",
           head="centre", egap=0.6),
    body=[
        ("para", "Career Summary", [
            "Disability support worker with a background in hospital admissions and insurance "
            "contact centres. Person-centred, dependable and skilled in behaviour support, "
            "medication administration and NDIS documentation. Looking for a team leader role in "
            "supported independent living."]),
        ("list", "Key Skills", [
            "Person-centred personal care and community access",
            "Positive behaviour support and incident reporting",
            "Medication administration (Webster packs, PRN protocols)",
            "NDIS goal planning, progress notes and plan reviews",
            "Phones, admissions and front-desk administration"]),
        ("jobs", "Employment History", [
            E("Disability Support Worker", "Bluegum Disability Services", "Parramatta NSW",
              "2021-08", "present", "facing", "healthcare_care", [
                  "Support four adults with intellectual disability in a SIL home with personal "
                  "care, meals, medication and community access",
                  "Follow positive behaviour support plans and record incidents in the client "
                  "management system",
                  "Help participants set and work towards NDIS goals, and join their plan reviews",
                  "Liaise with families, support coordinators and allied health professionals",
                  "Orient new staff to each participant's routines and preferences",
                  "Complete shift notes, medication charts and the house's weekly safety checks"]),
            E("Patient Services Assistant", "Cumberland Private Hospital", "Westmead NSW", "2019-03",
              "2021-07", "facing", "in_person_service", [
                  "Admitted day-surgery and overnight patients at the front desk and collected "
                  "excesses",
                  "Answered the main switchboard and directed visitors",
                  "Checked health-fund eligibility and explained out-of-pocket costs",
                  "Scanned consent forms and referrals into the patient record"]),
            E("Call Centre Operator", "Harbourline Insurance", "Sydney NSW", "2017-02", "2019-02",
              "facing", "contact_center", [
                  "Took home and motor claims lodgements by phone and updated customers on their "
                  "claims",
                  "Processed policy changes and payments",
                  "Arranged emergency make-safe repairs and hire cars for eligible customers"]),
            E("Checkout Operator", "FreshWay Supermarkets", "Merrylands NSW", "2014-11", "2017-01",
              "facing", "in_person_service", [
                  "Served customers on the registers and self-serve area",
                  "Faced up aisles and helped with the weekly price changes"]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer Kitchen Hand", "Parramatta Community Kitchen", "Parramatta NSW", "2018",
              "2020", "affecting", None, [
                  "Cooked and portioned meals in the back kitchen for the Wednesday community "
                  "lunch",
                  "Washed up and cleaned down after service"], section="volunteer",
              etype="volunteer"),
        ]),
        ("lines", "Qualifications", [
            "Certificate IV in Disability (CHC43115) – Western Sydney Institute of TAFE, 2021",
            "Certificate III in Individual Support – 2020",
            "Medication Administration, Manual Handling, First Aid & CPR – current 2026"]),
        ("refs", "Referees", [
            ["Melissa Tran – House Coordinator", "Bluegum Disability Services · 0491 570 139"],
            ["Graham Pike – Patient Services Manager", "Cumberland Private Hospital · (02) 5550 3341"]]),
    ],
)

# ------------------------------------------------------------------ w025
add(
    id="w025", ext="docx", r="docx",
    family="Canadian dental receptionist, one Word file with a cover letter page and the résumé "
           "after a page-break paragraph, blank first-page header and 'Résumé — name — phone' "
           "header after, 'Page N' footer field, tab-stop dates with 'to date', a page break "
           "inside the first job with a bilingual '(suite / continued)' line",
    name="Jean-Luc Tremblay", email="jl.tremblay@example.ca", phone="613-555-0171",
    contact=["Vanier, Ottawa ON K1L", "613-555-0171  ·  jl.tremblay@example.ca"],
    letter=dict(
        head=["Jean-Luc Tremblay", "Vanier, Ottawa ON", "613-555-0171 · jl.tremblay@example.ca"],
        date="October 29, 2026",
        to=["Dr. Anne-Marie Gauthier", "Rideau Smiles Dental Centre", "Ottawa, ON"],
        re="Re: Office Coordinator (bilingual)",
        sal="Dear Dr. Gauthier,",
        paras=[
            "I am writing to apply for the bilingual Office Coordinator position. Since 2018 I have "
            "worked at Bytown Family Dental, first handling insurance claims and, since January "
            "2020, at the front desk, where I book and greet patients in French and English and "
            "help them understand their coverage.",
            "Before that I was a server at Le Petit Bistro Rideau for three years, and I tutored "
            "French privately for several years. Both taught me to read people quickly and "
            "explain things clearly.",
            "I would be glad to meet with you at your convenience.",
        ],
        close=["Sincerely,", "Jean-Luc Tremblay"],
    ),
    o=dict(dx="tabs", dsec="bold", ds="mon", sep=" – ", pres="to date", dbul="•",
           letter_break="page", diff_first=True, dh_first="", df_first="",
           dh="Résumé — {name} — {phone}", dh_align="r", df="Page {PAGE}",
           cont="{org} (suite / continued)", dhead="plain", dfont="Cambria", dsize=10.5),
    body=[
        ("para", "Summary", [
            "Bilingual (French/English) dental receptionist with eight years of patient-facing "
            "work. Fluent in dental insurance, scheduling and keeping a waiting room calm."]),
        ("jobs", "Experience", [
            E("Dental Receptionist", "Bytown Family Dental", "Ottawa, ON", "2020-01", "present",
              "facing", "in_person_service", [
                  "Greet and check in 40–50 patients a day in French and English",
                  "Book hygiene recalls and treatment appointments and fill cancellations from "
                  "the short-notice list",
                  "Explain treatment estimates and insurance coverage to patients and collect "
                  "payments",
                  "Send appointment reminders and follow up on missed visits",
                  "Keep the front office running: supplies, mail and the recall system"], brk=2),
            E("Insurance Claims Assistant", "Bytown Family Dental", "Ottawa, ON", "2018-06",
              "2019-12", "affecting", None, [
                  "Submitted dental claims electronically and followed up rejected claims with "
                  "insurers",
                  "Reconciled insurer payments against patient ledgers"]),
            E("Server", "Le Petit Bistro Rideau", "Ottawa, ON", "2015-05", "2018-05", "facing",
              "in_person_service", [
                  "Served lunch and dinner in a 50-seat bistro and looked after private events"]),
            E("Private French Tutor", "Self-employed", "Ottawa, ON", "2016", "2019", "facing",
              "education", [
                  "Tutored high-school students and adult learners in French grammar and "
                  "conversation"], etype="freelance"),
            E("Grounds Maintenance Worker", "Gatineau Hills Campground", "Chelsea, QC", "2014-06",
              "2014-08", "none", None, [
                  "Mowed, trimmed and raked campsites and repaired picnic tables and fire pits"],
              dtext="Summer 2014"),
        ]),
        ("lines", "Education", [
            "Office Administration – Medical/Dental, Ottawa Valley College, 2016 – 2018",
            "DELF B2 (French), 2015"]),
        ("list", "Skills", [
            "Dentrite and ABELDent practice software; CDAnet claims",
            "French and English, spoken and written", "Typing 60 wpm"]),
        ("refs", "References", [
            ["Dr. Simon Beaulieu, Bytown Family Dental", "613-555-0108"],
            ["Sophie Lalonde, owner, Le Petit Bistro Rideau", "613-555-0162"]]),
    ],
)

# ------------------------------------------------------------------ w026
add(
    id="w026", ext="pdf", r="fp",
    family="UK energy contact-centre team leader, long three-page fpdf2 CV: profile and key "
           "skills, 'Title' with right mm/yyyy dates and 'Employer – Town' below, 'Curriculum "
           "Vitae – continued / Page n of N' running head, name/e-mail/phone footer, '(cont.)' "
           "employer lines, training with dates, references page",
    name="Stephen Garbutt", email="stephen.garbutt@example.co.uk", phone="07700 900562",
    contact=["Seaburn, Sunderland SR6  |  07700 900562  |  stephen.garbutt@example.co.uk"],
    o=dict(mb=26, font="cond", size=10, lh=5.9, hdr="title_right", olsep=" – ", ds="mm/yyyy", sep=" – ",
           pres="Present", bul="•", cont="{org} (cont.)",
           rh=["Curriculum Vitae – continued", "Page {p} of {n}"], rh_from=2,
           ft="{name}  |  {email}  |  {phone}", sec="shade", head="centre"),
    body=[
        ("para", "Profile", [
            "Contact-centre team leader with eleven years in energy and insurance customer "
            "service. I lead from the floor: I take the hardest calls myself, coach in the "
            "moment and keep a close eye on the numbers that matter to customers – complaints, "
            "first-contact resolution and how long people wait. Ofgem complaint handling and "
            "vulnerability standards are second nature."]),
        ("list", "Key Skills", [
            "Leading teams of 12–15 advisers in a regulated, high-volume environment",
            "Complaint resolution to final response, including Ombudsman cases",
            "Call and case quality coaching; one-to-ones and performance plans",
            "Priority Services Register and vulnerable-customer support",
            "Workforce planning inputs, rota and absence management",
            "Salesforce, Genesys, Verint QM and Excel reporting"]),
        ("jobs", "Career History", [
            E("Team Leader", "Northgate Energy", "Sunderland", "2020-02", "present", "facing",
              "contact_center", [
                  "Lead a team of 14 billing and complaints advisers on inbound calls, webchat and "
                  "e-mail",
                  "Take escalated calls from customers who have asked for a manager and own them "
                  "through to resolution",
                  "Run daily huddles, fortnightly one-to-ones and monthly call-quality reviews",
                  "Cut repeat complaints on my team by 27% by coaching advisers to check the whole "
                  "account, not just the question asked",
                  "Manage absence, holidays and overtime within the site's rota rules",
                  "Represent the team on the vulnerability working group"]),
            E("Complaints Resolution Adviser", "Northgate Energy", "Sunderland", "2017-10",
              "2020-01", "facing", "contact_center", [
                  "Investigated and resolved formal billing and metering complaints by phone and "
                  "in writing",
                  "Negotiated goodwill payments and wrote final-response letters",
                  "Prepared case files for the Energy Ombudsman"]),
            E("Customer Service Adviser", "Wearside Home Insurance", "Sunderland", "2015-03",
              "2017-09", "facing", "contact_center", [
                  "Answered policy, renewal and payment calls for home insurance customers",
                  "Took first notification of loss for claims and arranged emergency repairs"]),
            E("Data Quality Assistant", "Wearside Home Insurance", "Sunderland", "2014-06",
              "2015-02", "affecting", None, [
                  "Corrected customer records and addresses on the policy system",
                  "Checked renewal letters before they were printed and posted"]),
            E("Retail Assistant", "Pennywise Discount Store", "Washington, Tyne and Wear", "2012-11",
              "2014-05", "facing", "in_person_service", [
                  "Served customers on the tills and helped with stock and displays"]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer Befriender", "Silver Link Befriending Service", "Sunderland", "2019",
              "present", "facing", "volunteering", [
                  "Visit an older gentleman every week for a chat and a walk to the shops",
                  "Phone two other members for a weekly catch-up"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Training & Qualifications", [
            "ILM Level 3 Certificate in Leadership and Management – 2021",
            "Complaint Handling Best Practice (two-day course) – 2018",
            "Mental Health First Aider – 2022",
            "A-levels: Business, English Language, History – Monkwearmouth Sixth Form, 2010 – 2012"]),
        ("break",),
        ("refs", "References", [
            ["Joanne Cairns", "Contact Centre Manager, Northgate Energy", "0191 555 0182"],
            ["Michael Dobson", "Operations Manager, Wearside Home Insurance", "0191 555 0137"],
            ["Reverend Sarah Lowe", "Coordinator, Silver Link Befriending Service (character reference)"]]),
    ],
)

# ------------------------------------------------------------------ w027
add(
    id="w027", ext="html", r="html",
    family="Australian airport check-in agent, HTML CV printed from a personal website: cover "
           "letter page first, print pages as divs with running head and footer, a two-cell table "
           "per job (role/employer left, dates right), one job broken across print pages",
    name="Jasmine Okoro", email="jasmine.okoro@example.com.au", phone="0491 570 148",
    contact=["Cannington WA 6107", "0491 570 148", "jasmine.okoro@example.com.au"],
    letter=dict(
        head=["Jasmine Okoro", "Cannington WA 6107", "0491 570 148 · jasmine.okoro@example.com.au"],
        date="4 November 2026",
        to=["Talent Team", "Westwind Airlines", "Perth Airport WA 6105"],
        re="Customer Service Lead – Airport Operations",
        sal="Dear Talent Team,",
        paras=[
            "I am applying for the Customer Service Lead role at Perth Airport. I have been a "
            "check-in and boarding agent with SkyGate Ground Handling since March 2022, and for "
            "eighteen months before that I worked on the ramp as a baggage handler with the same "
            "company, so I understand the whole turnaround.",
            "Earlier I worked in retail at a Fremantle surf shop (2018–2020) and I have volunteered "
            "as a museum guide. I am calm with disrupted passengers and I enjoy training new "
            "agents.",
            "I look forward to discussing my application with you.",
        ],
        close=["Kind regards,", "Jasmine Okoro"],
    ),
    o=dict(hentry="table", ds="month", sep=" – ", pres="Current", cont="{title} – {org} (cont.)",
           rh="Jasmine Okoro — Curriculum Vitae (continued)", rh_from=3,
           ft="{email} — page {p} of {n}", bul=None,
           css="""
@media print { .page { page-break-after: always; } }
body { font-family: Helvetica, Arial, sans-serif; max-width: 780px; margin: 0 auto; }
.running-head { text-align: right; font-size: 9pt; color: #888; }
.page-foot { text-align: center; font-size: 9pt; color: #888; margin-top: 24px; }
table.jh { width: 100%; border-collapse: collapse; } td.d { text-align: right; vertical-align: top; }
h2 { text-transform: uppercase; letter-spacing: 1px; font-size: 12pt; color: #7a3e00; }
"""),
    body=[
        ("para", "About", [
            "Airport customer service agent with four years in ground handling and a background "
            "in retail. Known for staying calm during delays and diversions and for getting "
            "flights closed on time."]),
        ("jobs", "Experience", [
            E("Customer Service Agent (Check-in & Boarding)", "SkyGate Ground Handling",
              "Perth Airport WA", "2022-03", "present", "facing", "in_person_service", [
                  "Check in passengers and bags for three international and two domestic airline "
                  "clients",
                  "Run boarding gates, make announcements and handle standby and upgrade lists",
                  "Rebook and look after passengers during delays, cancellations and diversions",
                  "Assist passengers needing wheelchairs or travelling as unaccompanied minors",
                  "Buddy new agents through their first month on the counters"], brk=3),
            E("Baggage Handler", "SkyGate Ground Handling", "Perth Airport WA", "2020-09", "2022-02",
              "affecting", None, [
                  "Loaded and unloaded baggage and cargo holds on narrow- and wide-body aircraft",
                  "Drove tugs and belt loaders and sorted transfer bags in the make-up area"]),
            E("Retail Assistant", "Fremantle Surf & Skate", "Fremantle WA", "2018-10", "2020-08",
              "facing", "in_person_service", [
                  "Served customers, fitted skate shoes and wetsuits and ran the register",
                  "Opened and closed the shop on weekends"]),
            E("Cleaner", "Swan River Cleaning Co.", "Perth WA", "2017-01", "2018-09", "none", None, [
                "Cleaned offices and medical suites after hours, working alone on a set route"]),
        ]),
        ("jobs", "Volunteering", [
            E("Volunteer Guide", "Swan Coastal Heritage Museum", "Guildford WA", "2019-01", "2021-12",
              "facing", "volunteering", [
                  "Led Sunday tours for visitors and school groups and helped at the front desk"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Training", [
            "Certificate III in Aviation (Ground Operations and Service) – 2021",
            "Dangerous Goods awareness (airline) – renewed August 2026",
            "Airside driving authority – 2020"]),
        ("break",),
        ("refs", "Referees", [
            ["Ravi Menon", "Duty Manager, SkyGate Ground Handling – 0491 570 109"],
            ["Kylie Doran", "Store Manager, Fremantle Surf & Skate – (08) 5550 7716"]]),
    ],
)

# ------------------------------------------------------------------ w028
add(
    id="w028", ext="pdf", r="rl",
    family="US home health aide, reportlab letter-size résumé with a shaded sidebar on page 1 "
           "only, full-width page 2 with ruled 'name / Page n of N' head and e-mail footer, "
           "m/yyyy dates, a 'CONTINUED: title, employer' line, a dated family-caregiver break",
    name="Tamika R. Greer", email="tamika.greer@example.com", phone="(828) 555-0114",
    contact=[],
    o=dict(lead=16.6, mb=74, font="Helvetica", size=10.5, page="letter", hdr="title_right", ds="m/yyyy", sep=" - ",
           pres="Present", bul="•", cont="CONTINUED: {title}, {org}", rh=["{name}", "Page {p} of {n}"],
           rh_from=2, rh_rule=True, ft="{email}", ft_align="l", sec="caps_rule", head="stack",
           head_rule=False, sbw=150, sbcol=(0.93, 0.9, 0.95), egap=0.7,
           sidebar=[("Contact", ["Asheville, NC 28806", "(828) 555-0114", "tamika.greer@example.com"]),
                    ("Certifications", ["NC Nurse Aide I (CNA) – active", "BLS / CPR – 2025",
                                        "Dementia Care Specialist – 2022"]),
                    ("Skills", ["Personal care & bathing", "Hoyer lift transfers", "Vital signs",
                                "Meal prep for diabetic diets", "EVV & care notes"]),
                    ("Availability", ["Days or evenings", "Reliable car, clean record"])]),
    body=[
        ("para", "Profile", [
            "Compassionate home health aide and CNA with eight years of caregiving in homes and a "
            "rehabilitation center. Patient, observant and trusted by families to notice the "
            "small changes that matter. Looking for a full-time home health or hospice aide "
            "position with regular clients."]),
        ("jobs", "Work Experience", [
            E("Home Health Aide", "Hearthside Home Care", "Asheville, NC", "2021-04", "present",
              "facing", "healthcare_care", [
                  "Provide personal care, bathing and toileting for 5–7 elderly clients a week in "
                  "their homes",
                  "Prepare meals for special diets and remind clients about medications",
                  "Take and record vital signs and report changes to the RN case manager",
                  "Keep families up to date and document each visit in the EVV app",
                  "Help clients with light housekeeping, laundry and errands"]),
            E("Certified Nursing Assistant", "Blue Ridge Rehabilitation Center", "Asheville, NC",
              "2018-07", "2021-03", "facing", "healthcare_care", [
                  "Cared for up to 12 short-stay rehab patients a shift: ADLs, transfers and "
                  "ambulation",
                  "Recorded intake, output and vitals in PointClickCare",
                  "Helped therapists with walking and transfer practice",
                  "Answered call lights promptly and kept families informed at visiting time",
                  "Trained new CNAs on the unit's Hoyer lifts and skin-check routine"]),
            E("Dietary Aide", "Blue Ridge Rehabilitation Center", "Asheville, NC", "2016-10",
              "2018-06", "facing", "in_person_service", [
                  "Plated meals in the kitchen to residents' diet orders",
                  "Delivered trays to residents' rooms and took their menu choices for the next "
                  "day"]),
            E("Cashier", "Mountain Mart Convenience", "Weaverville, NC", "2014-03", "2016-09",
              "facing", "in_person_service", [
                  "Rang up fuel and store sales, sold lottery tickets and kept the coffee bar "
                  "stocked"]),
            E("Full-time Family Caregiver", None, "Asheville, NC", "2013-01", "2014-02", "none",
              None, [
                  "Cared for my grandmother at home after her stroke until she moved to assisted "
                  "living"], etype="unknown"),
        ]),
        ("lines", "Education", [
            "Nurse Aide I Certificate – Blue Ridge Mountains Community College, 2018",
            "High School Diploma – North Buncombe High School, 2012"]),
        ("refs", "References", [
            ["Linda Carver, RN", "Clinical Manager, Hearthside Home Care – (828) 555-0126"],
            ["James Ortiz", "Director of Nursing, Blue Ridge Rehabilitation Center – (828) 555-0180"]]),
    ],
)

# ------------------------------------------------------------------ w029
add(
    id="w029", ext="docx", r="docx",
    family="Scottish hotel guest relations executive, Word layout table with a shaded sidebar "
           "holding the recent jobs on page 1, a page-break paragraph and a 'Career History "
           "(continued)' heading for the older jobs, name header and 'Page X of Y' footer",
    name="Eilidh Fraser", email="eilidh.fraser@example.co.uk", phone="07700 900309",
    contact=["Leith, Edinburgh EH6", "07700 900309", "eilidh.fraser@example.co.uk"],
    o=dict(dx="dash", dsec="caps", ds="mon", sep=" — ", pres="Present", dbul="▪",
           dh="{name} · Curriculum Vitae", dh_align="l", df="Page {PAGE} of {NUMPAGES}",
           dx_layout=2, sbw=5.4, mainw=11.6, sbfill="F1E9E4",
           dsidebar=[("Contact", ["Leith, Edinburgh EH6", "07700 900309", "eilidh.fraser@example.co.uk"]),
                     ("Languages", ["English (native)", "Gaelic (conversational)", "Spanish (B1)"]),
                     ("Systems", ["Opera PMS", "SynXis", "Revinate", "Microsoft 365"]),
                     ("Education", ["HND Hospitality Management", "Edinburgh Hospitality College, "
                                    "2016 – 2018"])],
           headline="Guest Relations Executive", dfont="Calibri"),
    body=[
        ("para", "Profile", [
            "Guest relations executive in a five-star city hotel. I look after VIPs and returning "
            "guests, turn complaints around before departure and love finding the small touch that "
            "gets mentioned in a review."]),
        ("jobs", "Career History", [
            E("Guest Relations Executive", "The Marlowe Hotel", "Edinburgh", "2022-04", "present",
              "facing", "in_person_service", [
                  "Welcome VIP and repeat guests, hosting pre-arrival calls and in-room check-ins",
                  "Handle guest concerns on property and follow up after departure",
                  "Plan amenities and special-occasion surprises with housekeeping and F&B"]),
            E("Reservations Executive", "The Marlowe Hotel", "Edinburgh", "2020-08", "2022-03",
              "facing", "contact_center", [
                  "Converted phone and e-mail enquiries into bookings and upsold suites and "
                  "packages",
                  "Managed group blocks and rooming lists"]),
        ]),
        ("break",),
        ("jobs", "Career History (continued)", [
            E("Room Attendant", "Caledonian Lodge Hotel", "Edinburgh", "2018-05", "2020-07",
              "affecting", None, [
                  "Serviced 14 rooms a shift to brand standard, mostly after check-out",
                  "Reported maintenance faults and restocked trolleys"]),
            E("Box Office Assistant", "Old Town Festival Box Office", "Edinburgh", "2019-08",
              "2019-08", "facing", "in_person_service", [
                  "Sold and printed tickets for 40+ venues during the August festival",
                  "Answered questions about venues, access and refunds"], dtext="August 2019"),
            E("Kitchen Porter", "The Grassmarket Bistro", "Edinburgh", "2016-09", "2017-05",
              "affecting", None, [
                  "Washed pots and dishes and kept the kitchen clean during service",
                  "Helped the chefs with basic prep"]),
            E("Marketing Intern", "Lothian Tourism Partnership", "Edinburgh", "2017-06", "2017-09",
              "affecting", None, [
                  "Drafted social posts and newsletter copy promoting off-season breaks",
                  "Updated event listings on the partnership website"], etype="internship"),
        ]),
        ("list", "Achievements", [
            "Named in 120+ guest reviews in 2025",
            "Employee of the Quarter – Q3 2023"]),
        ("refs", "References", [
            ["Fiona Lindsay", "Front of House Manager, The Marlowe Hotel"],
            ["Ross Baird", "Head Housekeeper, Caledonian Lodge Hotel"]]),
    ],
)

# ------------------------------------------------------------------ w030
add(
    id="w030", ext="docx", r="docx",
    family="Irish click & collect team member, Word CV opening with a short cover note and a "
           "page-break paragraph, employer in capitals with roles beneath, 'MON YYYY - PRESENT' "
           "dates, header and 'Page X of Y' footer, a page break inside the first job with an "
           "'(CONTINUED)' line, references on a last page",
    name="Seán Kilbride", email="sean.kilbride@example.ie", phone="089 555 0158",
    contact=["Cornamagh, Athlone, Co. Westmeath", "089 555 0158 – sean.kilbride@example.ie"],
    letter=dict(
        head=["COVER NOTE"],
        to=[],
        sal="To whom it concerns,",
        paras=[
            "I am interested in the Customer Service Assistant job in your Athlone store. I have "
            "been with ValuMart Ireland since 2021, first picking online orders and, since "
            "February 2023, on the click & collect desk handing orders over to customers. Before "
            "that I worked three years at Midlands Timber Products in Moate on the production "
            "floor.",
            "I am reliable, I get on well with people and I am available for any shifts, "
            "including Sundays.",
        ],
        close=["Regards,", "Seán Kilbride"],
    ),
    o=dict(dx="orgfirst", dsec="caps", ds="MON", sep=" - ", pres="PRESENT",
           dbul="-", letter_break="page", dh="{name} — CV", dh_align="r",
           df="Page {PAGE} of {NUMPAGES}", cont="{org} (CONTINUED)", dhead="plain",
           dfont="Arial", dsize=10),
    body=[
        ("para", "About Me", [
            "Friendly and hard-working retail team member with experience in online orders, "
            "customer collections and manufacturing. Qualified pool lifeguard and youth club "
            "volunteer."]),
        ("jobs", "Work Experience", [
            E("Click & Collect Team Member", "VALUMART IRELAND", "Athlone, Co. Westmeath", "2023-02",
              "present", "facing", "in_person_service", [
                  "Hand over online grocery orders to customers at the collection point and load "
                  "bags into cars",
                  "Sort out substitutions, missing items and refunds on the spot",
                  "Answer the collection-point phone and call customers about late orders",
                  "Check temperatures in the chilled holding area"], brk=2),
            E("Online Order Picker", "VALUMART IRELAND", "Athlone, Co. Westmeath", "2021-06",
              "2023-01", "affecting", None, [
                  "Picked online orders on the shop floor early mornings using a handheld",
                  "Chose substitutions and checked dates so customers got good fresh produce"]),
            E("General Operative", "MIDLANDS TIMBER PRODUCTS", "Moate, Co. Westmeath", "2018-09",
              "2021-05", "none", None, [
                  "Fed timber into the moulder and stacked finished lengths",
                  "Kept the production area clean and helped with machine changeovers"]),
            E("Lifeguard", "SHANNON LEISURE CENTRE", "Athlone, Co. Westmeath", "2018-06", "2018-08",
              "facing", "other_facing", [
                  "Supervised public swims and lessons and enforced pool rules"],
              dtext="Summer 2018"),
        ]),
        ("jobs", "Volunteering", [
            E("Youth Leader (Volunteer)", "ATHLONE YOUTH CLUB", "Athlone, Co. Westmeath", "2016",
              "2020", "facing", "volunteering", [
                  "Helped run Friday night club activities for 12–15 year olds and the summer "
                  "trips"], section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education & Training", [
            "Leaving Certificate Applied – Athlone Community College, 2016",
            "National Pool Lifeguard award – 2018 (renewed 2024)",
            "Manual Handling – ValuMart Ireland, 2021;  HACCP Level 1 – 2023"]),
        ("break",),
        ("refs", "REFERENCES", [
            ["Ms Gillian Rafferty", "Online Operations Manager, ValuMart Ireland, Athlone",
             "090 555 0117"],
            ["Mr Noel Duignan", "Production Supervisor, Midlands Timber Products, Moate",
             "090 555 0149"]]),
    ],
)
