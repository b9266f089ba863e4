"""Résumés w001–w015.  One dict per résumé; entries are lib.E.  All people, employers and addresses
are invented; tool names (Zendesk, Opera PMS, Epic, ServiceNow ...) are only tools."""
from lib import E

V = dict(section='volunteer', etype='volunteer')

W001 = dict(
    file='w001.pdf', render='pdf_band',
    family='Philippine contact-centre team leader, online-builder PDF: coloured header band with photo circle, '
           'two columns, vector icons and skill dots',
    layout="reportlab, band+2col/title_org, mon / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Joanna Marie Lacsamana', headline='Customer Care Team Leader',
    contact=dict(email='jm.lacsamana@gmail.com', phone='+63 917 555 0142', loc='Cebu City, Philippines',
                 web='linkedin.com/in/jmlacsamana'),
    summary='Team leader with seven years on voice and chat accounts for US telco and e-commerce clients. '
            'I like turning angry callers into renewals and nervous new agents into confident ones.',
    sections=[
        ('Work Experience', [
            E('Team Leader – Customer Care', 'Bluecrest Contact Solutions', 'Cebu City', '2023-02', 'present',
              'facing', 'contact_center',
              ['Coach 14 voice agents on a US telco account through daily huddles, side-by-side listening and weekly scorecards',
               'Take over calls when customers ask for a supervisor, mostly billing disputes and cancellation threats',
               'Kept team CSAT at 88% or higher for five quarters in a row']),
            E('Customer Service Representative (Voice)', 'Bluecrest Contact Solutions', 'Cebu City', '2020-06', '2023-01',
              'facing', 'contact_center',
              ['Handled inbound calls about plan changes, roaming charges and phone trade-ins',
               'Averaged 60+ calls a day with handle time under 7 minutes',
               'Promoted after winning Agent of the Quarter twice']),
            E('Chat Support Associate', 'Isla Retail Online', 'Mandaue City', '2019-03', '2020-05', 'facing', 'digital_service',
              ['Answered live chat and Messenger questions on orders, refunds and voucher codes',
               'Chased couriers on delayed parcels and kept buyers updated until delivery']),
            E('Inventory Clerk', 'Marigold Grocery Depot', 'Lapu-Lapu City', '2017-08', '2019-02', 'affecting', None,
              ['Checked incoming deliveries against receiving reports and encoded them in the stock system',
               'Prepared replenishment lists for nine branches']),
            E('Production Operator', 'Mactan Precision Electronics Inc.', 'Lapu-Lapu City', '2015-06', '2017-07', 'none', None,
              ['Soldered and visually inspected PCB assemblies on the SMT line',
               'Logged rejects and machine downtime every shift']),
        ]),
        ('Volunteer Work', [
            E('Relief Goods Packer', 'Sugbo Bayanihan Relief Network', 'Cebu City', '2021-12', '2022-02', 'affecting', None,
              ['Packed and labelled food packs for families hit by Typhoon Odette'], **V),
        ]),
    ],
    education=[('BS Business Administration', 'University of San Vicente, Cebu', '2011 – 2015')],
    skills=[('Zendesk', 5), ('Salesforce Service Cloud', 4), ('Call coaching & QA', 4), ('De-escalation', 5),
            ('Excel reporting', 3)],
    langs=[('English', 5), ('Cebuano', 5), ('Filipino', 4)],
)

W002 = dict(
    file='w002.docx', render='docx_gdocs', theme='serif',
    family="US maths teacher moving into tutoring, Google Docs 'Serif'-like template exported as DOCX "
           "(header table, coloured headings, 'Employer, Location — Title' line, small-caps dates below)",
    layout="docx, gdocs-serif/org_title, MONTH small caps / 'Present'",
    ds=('month', ' - ', 'Present'),
    name='Rebecca Tomlin', headline='Math tutor and middle-school teacher',
    contact=dict(addr='1418 Alder Grove Ave', city='Columbus, OH 43214', phone='(614) 555-0187',
                 email='rtomlin.tutor@gmail.com'),
    summary=None,
    skills=['Small-group and one-to-one instruction', 'Google Classroom, IXL, Desmos',
            'Progress reports and parent meetings', 'Differentiating for IEP and 504 plans'],
    sections=[
        ('Experience', [
            E('Lead Tutor', 'Brightpath Learning Center', 'Columbus, OH', '2023-08', 'present', 'facing', 'education',
              ['Tutor small groups of 6th–10th graders in pre-algebra, algebra and geometry four evenings a week',
               'Meet parents monthly to walk through progress reports and agree the next goals',
               'Onboard new tutors and sit in on their first sessions']),
            E('Mathematics Teacher', 'Franklin Ridge Middle School', 'Columbus, OH', '2016-08', '2023-06', 'facing', 'education',
              ['Taught five sections of 7th-grade math, roughly 140 students a year',
               'Ran the Tuesday homework club and coached the spring MATHCOUNTS team',
               'Built a shared bank of exit tickets that the department still uses']),
            E('Curriculum Writer (contract)', 'Sumner Education Press', 'Remote', '2021-06', '2021-08', 'affecting', None,
              ['Wrote 40 practice worksheets with answer keys for a grade 7 workbook'], etype='freelance'),
            E('Test Scorer (seasonal)', 'Keystone Assessment Services', 'Columbus, OH', '2017-06', '2017-08', 'affecting', None,
              ['Scored written answers from state math tests against the scoring rubrics'], dt='Summer 2017'),
            E('Line Cook', 'The Copper Kettle', 'Athens, OH', '2012-09', '2016-05', 'affecting', None,
              ['Worked the grill and fryer stations through weekend brunch rushes']),
        ]),
        ('Other Experience', [
            E('Research Assistant (work-study)', 'Ohio Southern University College of Education', 'Athens, OH',
              '2014-01', '2016-05', 'none', None,
              ['Coded classroom-observation videos for a study of student talk in math lessons'], section='other'),
        ]),
    ],
    education=[('Ohio Southern University, Athens, OH', 'B.S. Ed., Middle Childhood Education (Math & Science)',
                'August 2012 - May 2016')],
    awards=['Franklin Ridge Teacher of the Year nominee, 2021', 'Ohio 4–9 Mathematics licence, renewed 2024'],
)

W003 = dict(
    file='w003.txt', render='txt_portal',
    family='US health-plan member services rep, text pasted into a job portal\'s work-history form '
           '(Job Title / Company / From / To fields)',
    layout="txt, portal-form/fields, mm/yyyy / 'Present'",
    ds=('mm/yyyy', ' – ', 'Present'),
    name='Marcus D. Bell', headline=None,
    contact=dict(loc='Tucson, AZ 85710', phone='(520) 555-0164', email='marcus.bell.az@outlook.com'),
    summary='Member services rep with seven years in health insurance and three running a coffee-bar shift. '
            'Bilingual English/Spanish. Looking for a senior or escalations role.',
    sections=[
        ('WORK EXPERIENCE', [
            E('Member Services Representative', 'Saguaro Health Plans', 'Tucson, AZ', '2021-03', 'present', 'facing', 'contact_center',
              ['Answer 50–70 member calls a day about claims, copays and finding in-network doctors',
               'Set up three-way calls with pharmacies to clear prior-authorization holds',
               'Mentor new hires during nesting and act as floor support on Monday peaks']),
            E('Claims Processor', 'Saguaro Health Plans', 'Tucson, AZ', '2019-07', '2021-02', 'affecting', None,
              ['Keyed and adjudicated professional claims and fixed coding errors before payment',
               'Cleared the pended-claims queue inside the 10-day turnaround']),
            E('Shift Supervisor', 'Desert Bean Coffee Co.', 'Tucson, AZ', '2016-05', '2019-06', 'facing', 'in_person_service',
              ['Ran the floor on opening shifts, settled customer complaints and remade drinks',
               'Counted tills and placed the weekly milk and pastry order']),
            E('Package Handler (seasonal)', 'Tri-Valley Parcel Hub', 'Tucson, AZ', '2015-10', '2016-01', 'affecting', None,
              ['Loaded and unloaded trailers on the night sort during peak season']),
            E('Data Entry Clerk (temp)', 'Pima Title & Escrow', 'Tucson, AZ', '2015-03', '2015-09', 'none', None, []),
        ]),
    ],
    education=[('Pima Valley Community College', 'Associate of Applied Science, Business', '2016')],
    skills=['Facets claims system', 'Genesys Cloud', 'Spanish (fluent)', 'Typing 58 wpm'],
)

W004 = dict(
    file='w004.pdf', render='pdf_altacv',
    family='Singapore backend engineer, LaTeX-looking AltaCV-style PDF (two columns, bold title, employer in '
           'colour, dates and place right-aligned, skill tags)',
    layout="reportlab, altacv 2col/title_org, mon / 'ongoing'",
    ds=('mon', ' – ', 'ongoing'),
    name='Tan Wei Ling', headline='Backend engineer · payments & reliability',
    contact=dict(email='weiling.tan@protonmail.com', phone='+65 9123 4567', web='github.com/wltan-dev', loc='Singapore'),
    summary=None,
    sections=[
        ('Experience', [
            E('Senior Software Engineer', 'Lumiere Payments', 'Singapore', '2022-04', 'present', 'none', None,
              ['Own the settlement reconciliation service (Kotlin, PostgreSQL) that matches about 2M transactions a day',
               'Cut the nightly batch from 3 hours to 40 minutes by partitioning the ledger tables',
               'Review design docs and mentor two junior engineers']),
            E('Software Engineer', 'Orchid Logistics Tech', 'Singapore', '2019-07', '2022-03', 'affecting', None,
              ['Built the parcel-tracking page and SMS alerts that recipients use to follow their deliveries',
               'Fixed screen-reader problems on the tracking page after accessibility complaints reached support']),
            E('Technical Support Engineer', 'Kopi Cloud Pte. Ltd.', 'Singapore', '2017-06', '2019-06', 'facing', 'digital_service',
              ["Resolved API and webhook tickets from merchants' developers over email and screen-share",
               'Wrote 30+ troubleshooting articles for the help centre']),
            E('Software Engineering Intern', 'Merlion Robotics Lab', 'Singapore', '2016-05', '2016-08', 'none', None,
              ['Wrote ROS nodes for lidar calibration on warehouse robots'], etype='internship'),
        ]),
        ('Teaching', [
            E('Teaching Assistant (part-time)', 'Kent Ridge Institute of Technology', 'Singapore', '2015-08', '2016-12',
              'facing', 'education',
              ['Ran weekly lab sessions for 30 first-year students in Data Structures and marked their assignments'],
              section='other'),
        ]),
    ],
    education=[('B.Comp. Computer Science', 'Kent Ridge Institute of Technology', '2013 – 2017')],
    skills=['Kotlin', 'Go', 'PostgreSQL', 'Kafka', 'Kubernetes', 'Terraform', 'Observability', 'Incident review'],
    langs=[('English', 5), ('Mandarin', 4), ('Malay', 2)],
    quote='“Boring systems are a feature.”',
)

W005 = dict(
    file='w005.docx', render='docx_textbox',
    family='UK dental nurse, Word template with the sidebar (contact, skills, volunteering) in a DrawingML text box '
           '(w:txbxContent, VML fallback), body with heading styles',
    layout="docx, textbox sidebar/title_org, mon / 'present'",
    ds=('mon', ' – ', 'present'),
    name='Chloe Brennan', headline='Qualified Dental Nurse (GDC registered)',
    contact=dict(loc='Headingley, Leeds LS6', phone='07700 900318', email='chloe.brennan.dn@gmail.com', gdc='GDC No. 298314'),
    summary='GDC-registered dental nurse with seven years in busy NHS/private mixed practices. Calm with anxious '
            'patients, fussy about decontamination, and keen to move into implant and sedation nursing.',
    sections=[
        ('Experience', [
            E('Dental Nurse', 'Kirkgate Dental Care', 'Leeds', '2021-09', 'present', 'facing', 'healthcare_care',
              ["Chairside support for general, cosmetic and implant appointments — keeping nervous patients calm is the part I'm best at",
               'Run the decontamination room and instrument tracking to HTM 01-05',
               'Take radiographs under prescription (NEBDN radiography certificate)']),
            E('Trainee Dental Nurse', 'Headingley Smile Studio', 'Leeds', '2019-08', '2021-08', 'facing', 'healthcare_care',
              ['Greeted patients, updated medical histories and booked recalls on Dentally',
               'Mixed materials and aspirated during fillings and extractions']),
            E('Stock Assistant (Saturday)', 'Larkspur Pharmacy', 'Leeds', '2016-06', '2019-07', 'affecting', None, []),
            E('Evening Cleaner', 'Roundhay Office Services', 'Leeds', '2015-09', '2016-05', 'none', None,
              ['Cleaned offices and washrooms after staff had gone home']),
            E('Kitchen Assistant', 'The Millstone Inn', 'Otley', '2015-05', '2016-05', 'affecting', None,
              ['Washed up and plated desserts for the Sunday carvery']),
        ]),
        ('Volunteering', [
            E('Day Hospice Volunteer', 'Aire Valley Hospice', 'Leeds', '2018-01', '2019-06', 'facing', 'volunteering',
              ['Served lunches and sat with patients and visitors on the day unit'], **V),
        ]),
    ],
    education=[('NEBDN National Diploma in Dental Nursing', '2021'),
               ('Leeds City College — BTEC Level 3 Health & Social Care', '2016')],
    skills=['Chairside assisting', 'Decontamination (HTM 01-05)', 'Dental radiography', 'Dentally & SOE',
            'Oral health advice', 'Basic Life Support (2026)'],
)

W006 = dict(
    file='w006.md', render='md_github',
    family='Canadian developer advocate, GitHub profile README in Markdown (badges, emoji headings, '
           "'### Title @ Employer' with code-span ISO dates)",
    layout="md, github/title_org, iso arrows / 'now'",
    ds=('iso', ' → ', 'now'),
    name='Priya Natarajan', headline='developer advocate · maps & routing · she/her',
    contact=dict(loc='Toronto, Canada', web='priyanatarajan.dev', email='hi@priyanatarajan.dev', mastodon='@priya@hachyderm.example'),
    summary="Hi! I'm Priya 👋 I help people build things with maps. Before that I wrote the backend bits.",
    sections=[
        ('💼 Experience', [
            E('Developer Advocate', 'Tidewater Maps', 'Toronto, ON (remote)', '2023-05', 'present', 'facing', 'digital_service',
              ['Run monthly live-coding workshops for customers building on our routing SDK',
               'Answer developer questions in our Discord and GitHub Discussions, and turn the repeats into docs',
               'Speak at meetups and write the quarterly changelog post']),
            E('Backend Developer', 'Tidewater Maps', 'Toronto, ON', '2021-02', '2023-04', 'none', None,
              ['Rewrote the tile cache in Rust — p99 latency down 45%', 'Shared on-call for the geocoding API']),
            E('Junior Developer', 'Maple & Pine Digital', 'Toronto, ON', '2019-06', '2021-01', 'affecting', None,
              ["Built Shopify storefronts for agency clients from designers' mockups",
               "Fixed checkout bugs reported by the clients' shoppers"]),
            E('IT Help Desk Technician (co-op)', 'Lakeshore Polytechnic', 'Toronto, ON', '2018-01', '2018-04', 'facing',
              'internal_support',
              ['Reset passwords and sorted out Wi-Fi and printer problems for staff and students at the walk-up desk'],
              etype='internship'),
        ]),
        ('🔬 Research', [
            E('Undergraduate Research Assistant', 'Lakeshore Polytechnic', 'Toronto, ON', '2018-05', '2018-08', 'none', None,
              ['Benchmarked graph-partitioning algorithms on road networks'], section='other'),
        ]),
        ('🌱 Volunteering', [
            E('Mentor', 'Girls Who Build Toronto', 'Toronto, ON', '2022-09', 'present', 'facing', 'volunteering',
              ['Pair with high-school students on their first web projects every other Saturday'], **V),
        ]),
    ],
    education=[('BSc Computer Science, Lakeshore Polytechnic', '2015 → 2019')],
    skills=['TypeScript', 'Rust', 'Python', 'PostGIS', 'MapLibre', 'technical writing'],
)

W007 = dict(
    file='w007.pdf', render='pdf_timeline',
    family='Indian staff nurse working in the UAE, builder PDF with a timeline (dates in a left column, vertical '
           'line with dots), career break listed',
    layout="fpdf2, timeline/title_org, mon stacked / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Anju Mathew', headline='Registered Nurse · DOH Abu Dhabi licensed',
    contact=dict(loc='Abu Dhabi, UAE', phone='+971 50 555 7731', email='anju.mathew.rn@gmail.com'),
    summary='Registered nurse with nine years of medical-surgical experience in India and the UAE. Strong in wound '
            'care, IV therapy and patient education; BLS and ACLS certified.',
    sections=[
        ('Work Experience', [
            E('Staff Nurse – Medical-Surgical Ward', 'Al Noor Crescent Hospital', 'Abu Dhabi, UAE', '2022-02', 'present',
              'facing', 'healthcare_care',
              ['Care for 6–8 adult patients a shift: assessments, IV therapy, wound care and discharge teaching',
               'Chart and give medications through Epic with barcode scanning',
               'Precept newly joined nurses through their first month']),
            E('Career Break – Relocation and DOH Licensing', None, None, '2021-09', '2022-01', 'none', None, [],
              etype='unknown'),
            E('Staff Nurse', 'Periyar Valley Hospital', 'Kochi, Kerala', '2018-06', '2021-08', 'facing', 'healthcare_care',
              ['Nursed post-operative patients on a 30-bed surgical ward',
               'Taught families wound care and diet before discharge',
               'Member of the ward infection-control audit team']),
            E('Nursing Intern', 'Periyar Valley Hospital', 'Kochi, Kerala', '2017-06', '2018-05', 'facing', 'healthcare_care',
              ['Rotated through ICU, paediatrics and emergency under supervision'], etype='internship'),
        ]),
        ('Volunteer Experience', [
            E('Volunteer Nurse', 'Aluva Flood Relief Camp', 'Aluva, Kerala', '2018-08', '2018-09', 'facing', 'volunteering',
              ['Dressed wounds and checked blood sugar for displaced families in a school used as a relief camp'], **V),
        ]),
    ],
    education=[('B.Sc. Nursing', 'Malabar College of Nursing, Kerala University of Health Sciences', '2013 – 2017'),
               ('DOH Registered Nurse licence', 'Abu Dhabi', '2022'),
               ('BLS / ACLS', 'American Heart Association provider', '2025')],
    skills=['IV cannulation', 'Wound & stoma care', 'Epic EMR', 'Patient education', 'Infection control'],
    langs=[('English', 5), ('Malayalam', 5), ('Hindi', 3), ('Arabic (basic)', 1)],
)

W008 = dict(
    file='w008.docx', render='docx_table',
    family='Canadian warehouse lead hand, Word template with the whole résumé in a two-column table '
           '(shaded left cell; a nested table per job with dates right)',
    layout="docx, layout table+nested/title_org, mon / 'Present'",
    ds=('mon', ' to ', 'Present'),
    name='Jaspreet Gill', headline='Warehouse Lead Hand | Licensed Forklift Operator',
    contact=dict(loc='Brampton, ON L6R 0A1', phone='(905) 555-0139', email='jaspreet.gill.wh@gmail.com'),
    summary='Ten years in warehouses, delivery and manufacturing around Peel Region. Safe, steady and good at '
            'getting a shift to finish on time.',
    sections=[
        ('Work Experience', [
            E('Warehouse Lead Hand', 'Northline Distribution Inc.', 'Brampton, ON', '2022-10', 'present', 'affecting', None,
              ['Lead 9 pickers on the afternoon shift; assign zones and audit pick accuracy',
               'Trace mis-ships reported by customer service and fix the root cause with the slotting team']),
            E('Forklift Operator / Receiver', 'Northline Distribution Inc.', 'Brampton, ON', '2020-04', '2022-09', 'affecting', None,
              ['Unloaded containers with reach truck and counterbalance and put stock away to racking',
               'Reported damaged inbound freight to vendors with photos']),
            E('Delivery Driver', 'Peel Appliance Depot', 'Mississauga, ON', '2018-03', '2020-03', 'facing', 'in_person_service',
              ["Delivered and installed washers, dryers and fridges in customers' homes and showed them the basics",
               'Collected signatures and payment on COD orders']),
            E('Assembly Line Worker', 'Creditview Plastics Ltd.', 'Brampton, ON', '2016-07', '2018-02', 'none', None,
              ['Ran injection-moulding stations and trimmed parts to spec']),
            E('Cashier (part-time)', 'Sandalwood Foodmart', 'Brampton, ON', '2014-09', '2016-06', 'facing', 'in_person_service', []),
        ]),
    ],
    education=[('Ontario Secondary School Diploma', 'Castlemore Secondary School', '2016')],
    skills=['Counterbalance & reach truck (certified 2025)', 'WMS: Manhattan SCALE', 'RF scanning', 'WHMIS 2015',
            'Cycle counts', 'G licence, clean abstract'],
    langs=[('English', 0), ('Punjabi', 0), ('Hindi', 0)],
)

W009 = dict(
    file='w009.txt', render='txt_pdfcopy',
    family='South African collections agent, CV text copied out of a PDF (page header and footer lines, '
           'hard-wrapped bullets with ●)',
    layout="txt, pdf-copy/title_org, month / 'Current'",
    ds=('month', ' - ', 'Current'),
    name='Lerato Khumalo', headline='Call Centre Agent — Collections & Customer Care',
    contact=dict(loc='Morningside, Durban', phone='072 555 0193', email='lerato.khumalo93@gmail.com',
                 idno='Drivers licence: Code 08', nat='South African'),
    summary='Hard-working call centre agent with nearly seven years on inbound and collections queues. I keep my QA scores '
            'high and my customers calm, and I am studying towards a National Certificate in Credit Management.',
    sections=[
        ('WORK EXPERIENCE', [
            E('Collections Agent', 'Umhlanga Credit Solutions', 'Durban', '2022-03', 'present', 'facing', 'contact_center',
              ['Phone customers in early arrears and agree payment arrangements they can afford',
               'Follow NCA and POPIA rules on every call; QA average of 92%']),
            E('Inbound Call Centre Agent', 'Bayside Mobile (Pty) Ltd', 'Durban', '2020-01', '2022-02', 'facing', 'contact_center',
              ['Took calls on contract upgrades, SIM swaps and billing queries',
               'Flagged suspicious SIM-swap requests to the fraud desk']),
            E('Data Capturer', 'Marine Parade Freight (Pty) Ltd', 'Durban', '2018-05', '2019-12', 'affecting', None,
              ['Captured waybills and proof-of-delivery slips onto the tracking system']),
            E('Contact Centre Learnership (NQF 4)', 'Ukhozi Skills Academy', 'Pinetown', '2017-06', '2018-04', 'facing',
              'contact_center',
              ["Six months of classroom training, then live calls on a retail client's account with a coach listening in"],
              etype='internship'),
            E('Merchandiser (weekends)', 'Zulu Crunch Snacks', 'Durban', '2016', '2017', 'affecting', None,
              ['Packed shelves and built promotional displays for a snack brand in three supermarkets']),
        ]),
    ],
    education=[('Matric (NSC)', 'Glenwood Park High School', '2015'),
               ('National Certificate: Contact Centre Operations NQF 4', 'Ukhozi Skills Academy', '2018')],
    skills=['Collections dialler (Noble)', 'Microsoft Office', 'isiZulu, English, Afrikaans', 'Negotiation'],
    refs=['Mr S. Naidoo, Team Leader, Umhlanga Credit Solutions — 031 555 0110',
          'Ms P. Mthembu, Floor Manager, Bayside Mobile — 031 555 0147'],
)

W010 = dict(
    file='w010.pdf', render='pdf_awesome',
    family='Kenyan senior accountant, LaTeX-looking Awesome-CV-style PDF (org bold with place right, title in small '
           'caps with dates right, section headings with coloured first letters)',
    layout="fpdf2, awesome-cv/org_title, Mon. / 'Present'",
    ds=('per', ' - ', 'Present'),
    name='Wanjiru Kamau', headline='Senior Accountant · CPA (K)',
    contact=dict(loc='Kilimani, Nairobi', phone='+254 722 555 018', email='wanjiru.kamau.cpa@gmail.com',
                 web='linkedin.com/in/wanjirukamau'),
    summary='CPA(K) with audit and group-reporting experience across agribusiness, NGOs and SACCOs.',
    sections=[
        ('Experience', [
            E('Senior Accountant', 'Savanna Agro Exporters Ltd', 'Nairobi, Kenya', '2021-07', 'present', 'none', None,
              ['Close the monthly books for three subsidiaries and prepare the IFRS group consolidation',
               'File KRA VAT and withholding returns; no penalties since 2022',
               'Prepare schedules and answer queries for the external auditors at year end']),
            E('Audit Associate', 'Mwangi Otieno & Partners', 'Nairobi, Kenya', '2018-09', '2021-06', 'facing', 'other_facing',
              ['Led fieldwork at client sites: walked through controls with finance staff and agreed adjustments with client management',
               'Audited NGOs, SACCOs and manufacturers with fees up to KES 4M']),
            E('Bookkeeper (freelance)', 'Self-employed', 'Nairobi, Kenya', '2019-01', '2021-06', 'affecting', None,
              ['Kept the books and filed monthly VAT returns for four small shops'], etype='freelance'),
            E('Graduate Trainee – Finance', 'Lakeview Dairies Ltd', 'Nakuru, Kenya', '2017-09', '2018-08', 'none', None,
              ['Posted supplier invoices and prepared bank reconciliations',
               'Counted stock at the milk cooling centres at month end'], etype='internship'),
            E('Teller (temporary)', 'Harambee Savings Bank', 'Nakuru, Kenya', '2017-01', '2017-08', 'facing', 'in_person_service',
              ['Handled cash deposits, withdrawals and M-Pesa float top-ups for walk-in customers']),
        ]),
    ],
    education=[('Bachelor of Commerce (Accounting), Second Class Upper', 'Rift Valley University, Nakuru', '2012 – 2016'),
               ('CPA (K), Section 6 complete', 'KASNEB', '2019')],
    skills=['IFRS & IPSAS', 'Sage 300, QuickBooks, iTax', 'Consolidation in Excel / Power Query', 'Audit sampling'],
)

W011 = dict(
    file='w011.docx', render='docx_gdocs', theme='coral',
    family="Malaysian front-office supervisor, Google Docs 'Coral'-like template exported as DOCX (coral headings, "
           "'Employer, Location — Title', italic dates below)",
    layout="docx, gdocs-coral/org_title, MONTH italic / 'Present'",
    ds=('month', ' - ', 'Present'),
    name='Nurul Aisyah Rahman', headline='Front Office Supervisor',
    contact=dict(addr='No. 12, Jalan Cempaka 3', city='50450 Kuala Lumpur', phone='+60 12-555 4821',
                 email='nurul.aisyah.fo@gmail.com'),
    summary='Ten years in hotels from housekeeping trainee to front office supervisor. I keep arrivals moving '
            'and make sure an upset guest leaves happy.',
    skills=['Opera PMS & Opera Cloud', 'Cashiering and night audit reports', 'Group and VIP arrivals',
            'Bahasa Melayu, English, basic Mandarin'],
    sections=[
        ('Experience', [
            E('Front Office Supervisor', 'Hotel Seri Cempaka', 'Kuala Lumpur', '2022-01', 'present', 'facing', 'in_person_service',
              ['Supervise eight receptionists and concierge staff across three shifts',
               'Handle VIP arrivals and guest complaints; approve room moves and goodwill gestures',
               'Audit cash floats and card settlements at every shift change']),
            E('Guest Service Agent', 'Hotel Seri Cempaka', 'Kuala Lumpur', '2019-04', '2021-12', 'facing', 'in_person_service',
              ['Checked guests in and out on Opera PMS, up to 120 arrivals on peak days',
               'Booked airport transfers and city tours for guests']),
            E('Reservations Executive', 'Langkawi Bayview Resort', 'Langkawi, Kedah', '2017-03', '2019-03', 'facing',
              'contact_center',
              ['Answered phone and email booking enquiries and upsold sea-view rooms and spa packages',
               'Managed room blocks for weddings and incentive groups']),
            E('Industrial Trainee (Housekeeping)', 'Langkawi Bayview Resort', 'Langkawi, Kedah', '2016-08', '2016-12',
              'affecting', None, ['Cleaned and made up vacant rooms and restocked linen trolleys'], etype='internship'),
            E('Packing Operator (part-time)', 'Ayu Beauty Sdn Bhd', 'Petaling Jaya, Selangor', '2015-11', '2016-06', 'none', None,
              ['Filled and labelled lotion bottles on a semi-automatic line']),
        ]),
    ],
    education=[('Kolej Pelancongan Seri Tanjung, Langkawi', 'Diploma in Hotel Management', 'July 2014 - December 2016')],
    awards=['Employee of the Month, Hotel Seri Cempaka (March 2023)'],
)

W012 = dict(
    file='w012.html', render='html_site',
    family='US freelance UX designer, personal-website résumé page in HTML (<section>, <h2>, <article>, <ul>, '
           '<time datetime>, JSON-LD in a script tag)',
    layout="html, site/title_org, mon via <time> / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Sam Whitaker', headline='UX designer for small businesses · they/them',
    contact=dict(loc='Portland, OR', email='hello@samwhitaker.design', web='samwhitaker.design'),
    summary='I design booking, checkout and sign-up flows that people get through on the first try. These days '
            'that mostly means working directly with small businesses around Portland.',
    sections=[
        ('Experience', [
            E('Freelance UX Designer', 'Sam Whitaker Design', 'Portland, OR', '2022-06', 'present', 'facing',
              'entrepreneurial_freelance',
              ['Run discovery workshops with small-business owners and walk them through prototypes before sign-off',
               'Usability-tested checkout flows for two local e-commerce brands',
               'Handle my own quotes, contracts and invoicing'], etype='freelance'),
            E('Product Designer', 'Fernbank Health', 'Portland, OR', '2019-09', '2022-05', 'affecting', None,
              ['Designed the appointment-booking flow patients use in the Fernbank app',
               'Interviewed patients in research sessions to shape the symptom checker']),
            E('UX Research Intern', 'Rose City Transit', 'Portland, OR', '2019-06', '2019-08', 'affecting', None,
              ['Turned 1,800 rider survey responses into four personas and a journey map'], etype='internship',
              dt='Summer 2019'),
            E('Barista', 'Little Fern Coffee', 'Eugene, OR', '2015-09', '2019-05', 'facing', 'in_person_service',
              ['Pulled shots and ran the register in a busy campus café', 'Trained new hires on milk steaming and latte art']),
            E('Print Production Assistant', 'Willamette Print Co.', 'Eugene, OR', '2014-06', '2015-08', 'affecting', None,
              ['Prepped print files and trimmed business cards and posters for customer orders']),
        ]),
        ('Volunteering', [
            E('Volunteer Web Designer', "Eugene Tenants' Union", 'Eugene, OR', '2017-01', '2018-06', 'affecting', None,
              ["Rebuilt the union's website so members could find the repair-request forms"], **V),
        ]),
    ],
    education=[('BA, Digital Arts — Willamette Valley University', '2019')],
    skills=['Figma', 'usability testing', 'Webflow', 'accessibility (WCAG 2.2)', 'workshop facilitation'],
)

W013 = dict(
    file='w013.pdf', render='pdf_canva',
    family="Irish venue manager in Australia, Canva-like PDF with dark left sidebar, photo circle and skill bars; "
           "apostrophe years ('Mar '21 – Now')",
    layout="reportlab, sidebar+bars/title_org, mon 'yy / 'Now'",
    ds=('apos', ' – ', 'Now'),
    name="Jack O'Sullivan", headline='Venue Manager · Bars & Restaurants',
    contact=dict(loc='Brunswick VIC 3056', phone='0412 555 287', email='jack.osullivan.hospo@gmail.com'),
    summary='Hospo lifer from Galway, in Melbourne since 2019 on a working holiday visa and now permanent. I run '
            'busy rooms calmly and keep good staff around.',
    sections=[
        ('Experience', [
            E('Venue Manager', 'The Laneway Social', 'Melbourne VIC', '2023-09', 'present', 'facing', 'in_person_service',
              ['Run the floor on Friday and Saturday nights (180 covers) and take every guest complaint personally',
               'Roster 25 staff and keep wages under 28% of sales']),
            E('Bar Supervisor', 'The Laneway Social', 'Melbourne VIC', '2021-03', '2023-08', 'facing', 'in_person_service',
              ['Ran the cocktail bar and trained new bartenders on RSA and the spec list',
               'Built the winter cocktail menu with the bar manager']),
            E('Kitchen Hand', 'Greenbank Bakehouse', 'Fitzroy VIC', '2019-10', '2021-02', 'affecting', None, []),
            E('Fruit Picker', 'Sunraysia Orchards', 'Mildura VIC', '2019-01', '2019-07', 'none', None,
              ['Picked and graded table grapes and citrus to complete regional work for my second-year visa']),
            E('Bartender', "Kavanagh's Bar", 'Galway, Ireland', '2016-06', '2018-11', 'facing', 'in_person_service',
              ['Pulled pints and served food on a packed tourist strip', 'Cashed up the tills at close']),
        ]),
    ],
    education=[('Certificate IV in Hospitality Management', 'Northside Institute of TAFE', '2022')],
    skills=[('Cocktails & spirits', 0.9), ('Rostering (Deputy)', 0.8), ('Stock & ordering', 0.7),
            ('Conflict resolution', 0.85), ('Square POS', 0.75)],
    certs=['RSA (VIC)', 'Food Handler', 'First Aid HLTAID011'],
)

W014 = dict(
    file='w014.docx', render='docx_vml',
    family='Indian IT support engineer, Word template whose whole content sits in VML text boxes '
           '(w:pict / v:textbox: header band, left sidebar, main column); body holds only the anchor paragraph',
    layout="docx, VML textboxes/title_org, month to / 'Present'",
    ds=('month', ' to ', 'Present'),
    name='Rohit Deshmukh', headline='IT Support Engineer (L2) | ITIL v4 Foundation',
    contact=dict(loc='Kothrud, Pune – 411038', phone='+91 98220 55317', email='rohit.deshmukh.it@gmail.com'),
    summary='IT support engineer with 7+ years in end-user support, service desk and networking. Patient with '
            'non-technical users; comfortable with Windows, Intune, SCCM and ServiceNow.',
    sections=[
        ('Professional Experience', [
            E('IT Support Engineer (L2)', 'Sahyadri Infotech Services Pvt. Ltd.', 'Pune', '2021-06', 'present', 'facing',
              'internal_support',
              ["Resolve escalated desktop, Outlook and VPN issues for 1,200 users at a client's offices, by phone and at desk-side",
               'Image and deploy laptops with SCCM and keep asset records in ServiceNow',
               'Run the IT induction for new joiners every Monday']),
            E('Service Desk Analyst (L1)', 'Sahyadri Infotech Services Pvt. Ltd.', 'Pune', '2019-08', '2021-05', 'facing',
              'internal_support',
              ["Logged and fixed password, access and mailbox tickets by phone for a UK insurer's employees (UK shift)"]),
            E('NOC Trainee', 'Deccan Broadband Ltd.', 'Pune', '2018-07', '2019-07', 'none', None,
              ['Watched core routers on the NOC dashboard and raised tickets when links went down'], etype='internship'),
            E('Freelance Computer Repair', None, 'Pune', '2017', '2018', 'facing', 'entrepreneurial_freelance',
              ['Fixed laptops and set up printers for neighbours and small shops in Kothrud'], etype='freelance'),
            E('Computer Lab Assistant', 'Shivneri College of Engineering', 'Pune', '2016-07', '2018-05', 'affecting', None,
              ['Maintained 60 lab PCs and installed software before practical exams'], section='other'),
        ]),
    ],
    education=[('B.E. (Electronics & Telecommunication)', 'Shivneri College of Engineering, Pune', '2014 – 2018  |  62.4%'),
               ('ITIL v4 Foundation', 'PeopleCert', '2022')],
    skills=['Windows 10/11, macOS', 'Microsoft 365 & Intune', 'SCCM, Active Directory', 'ServiceNow', 'Cisco basics (CCNA)'],
    personal=['Date of Birth: 14 March 1996', 'Languages: English, Hindi, Marathi', 'Notice period: 30 days'],
)

W015 = dict(
    file='w015.txt', render='txt_builder',
    family="Kenyan key account manager, résumé builder's plain-text export (==== underlines, padded right-hand "
           "dates, single years, 'Since 2020')",
    layout="txt, builder export/title_org, mon + years / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Brian Otieno', headline='Key Account Manager – FMCG',
    contact=dict(loc='Nyali, Mombasa, Kenya', phone='+254 733 555 904', email='brian.otieno.sales@gmail.com'),
    summary='Sales professional with seven years selling beverages on the Kenyan coast, from kiosks to hotel '
            'groups. Target-driven, good with numbers, known by name in most outlets from Likoni to Kilifi.',
    sections=[
        ('EXPERIENCE', [
            E('Key Account Manager', 'Pwani Beverages Ltd', 'Mombasa', '2021-02', 'present', 'facing', 'sales_account',
              ['Manage 35 supermarket and hotel accounts along the coast, with a monthly business review with each buyer',
               'Negotiate listings, promotions and credit terms; territory volume up 22% in 2024']),
            E('Sales Representative', 'Pwani Beverages Ltd', 'Mombasa', '2019-03', '2021-01', 'facing', 'sales_account',
              ['Visited about 40 dukas and kiosks a day, took orders and collected cash',
               'Opened 60 new outlets in Likoni and Changamwe']),
            E('Stock Controller', 'Kilindini Motors Ltd', 'Mombasa', '2018', '2018', 'affecting', None,
              ['Counted spare-parts stock, reconciled variances and raised reorders']),
            E('Shop Attendant', 'Mama Zawadi General Store', 'Kisumu', '2015', '2017', 'facing', 'in_person_service', []),
            E('Casual Labourer', 'Bandari Container Depot', 'Mombasa', '2014', '2014', 'none', None,
              ['Lashed and unlashed containers and swept out empties']),
        ]),
        ('VOLUNTEERING', [
            E('Youth Football Coach', 'Likoni Stars FC', 'Mombasa', '2020', 'present', 'facing', 'volunteering',
              ['Coach the under-14 squad twice a week and talk to parents about school attendance'], dt='Since 2020', **V),
        ]),
    ],
    education=[('Diploma in Sales & Marketing', 'Coast Institute of Commerce, Mombasa', '2018'),
               ('KCSE (B-)', 'Kisumu Boys Day Secondary', '2014')],
    skills=['Key account planning', 'Route planning', 'SAP B1 order entry', 'Swahili, English, Dholuo'],
)

RESUMES = [W001, W002, W003, W004, W005, W006, W007, W008, W009, W010, W011, W012, W013, W014, W015]
