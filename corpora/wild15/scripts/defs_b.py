"""Résumés w016–w030 (see defs_a.py)."""
from lib import E

V = dict(section='volunteer', etype='volunteer')

W016 = dict(
    file='w016.pdf', render='pdf_pages',
    family='New Zealand outdoor-store manager, Apple Pages export (section labels in a left column, '
           "'Employer — Title' line, dates with durations and place in grey)",
    layout="reportlab, pages labels-left/org_title, mon + duration / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Mereana Walsh', headline='Retail store manager',
    contact=dict(loc='Sydenham, Christchurch 8023', phone='021 555 7730', email='mereana.walsh@icloud.com'),
    summary='Store manager who still likes being on the shop floor. Twelve years in New Zealand retail, most of '
            'them selling outdoor gear to people about to go tramping.',
    sections=[
        ('Experience', [
            E('Store Manager', 'Kōwhai Outdoor Co.', 'Christchurch', '2021-08', 'present', 'facing', 'in_person_service',
              ['Lead a team of 12 and still work the floor most weekends, fitting tramping boots and sorting out customer problems',
               'Hit the sales budget in 17 of the last 20 months',
               'Recruit, roster and run monthly product training']),
            E('Assistant Store Manager', 'Kōwhai Outdoor Co.', 'Dunedin', '2019-02', '2021-07', 'facing', 'in_person_service',
              ['Opened and closed the store and handled refunds and warranty claims at the counter',
               'Looked after the click-and-collect shelf and the online order queue']),
            E('Visual Merchandiser', 'Harbourline Department Store', 'Dunedin', '2016-05', '2019-01', 'affecting', None,
              ['Dressed windows and mannequins before opening and refreshed the floor layout each season']),
            E('Buying Assistant', 'Harbourline Department Store', 'Dunedin', '2015-01', '2016-04', 'affecting', None,
              ['Raised purchase orders, chased late deliveries and kept the range-plan spreadsheet current']),
            E('Lift Operator (seasonal)', 'Torlesse Peak Ski Area', 'Canterbury', '2014-06', '2014-09', 'facing', 'other_facing',
              ['Loaded skiers onto the quad chair, helped first-timers and kept the queue moving']),
        ]),
    ],
    education=[('New Zealand Certificate in Retail (Level 4)', 'Southern Skills Polytechnic', '2018'),
               ('Bachelor of Commerce, Marketing (2 years completed)', 'Dunedin', '2012 – 2013')],
    skills=['Team leadership', 'Rostering & payroll (Deputy)', 'Lightspeed POS', 'Visual merchandising', 'Stocktakes'],
)

W017 = dict(
    file='w017.docx', render='docx_hf',
    family='Australian disability support worker, Word résumé with name and contact in the page header, footer with '
           "page number, bold title with right tab-stop dates and italic employer line; full-time carer break listed",
    layout="docx, header+footer/title_org, month / 'Current'",
    ds=('month', ' - ', 'Current'),
    name='Kylie Henderson', headline='Disability Support Worker',
    contact=dict(loc='Adamstown NSW 2289', phone='0438 555 612', email='kylie.henderson77@bigpond.example'),
    summary='Experienced support worker in disability and aged care. Patient, reliable and good at noticing when '
            'something is not right with a client. Current NDIS Worker Screening, First Aid and manual car licence.',
    sections=[
        ('Employment History', [
            E('Disability Support Worker', 'Hunter Coast Community Supports', 'Newcastle NSW', '2020-05', 'present', 'facing',
              'healthcare_care',
              ['Support four NDIS participants in supported independent living with personal care, meals and medication',
               'Take clients to appointments, the shops and community outings',
               'Write progress notes and incident reports in the client app']),
            E('Aged Care Worker (casual)', 'Lakeside Gardens Aged Care', 'Warners Bay NSW', '2017-09', '2020-04', 'facing',
              'healthcare_care',
              ['Showering, dressing and mealtime help for residents in the memory-support wing',
               'Set up the activities room for bingo and music afternoons']),
            E('Full-time carer for my father', None, None, '2016-11', '2017-08', 'none', None, [], etype='unknown'),
            E('Administration Officer', 'Paterson Shire Council', 'Maitland NSW', '2012-02', '2016-10', 'affecting', None,
              ['Processed development application paperwork and kept the DA register up to date',
               'Took minutes at planning committee meetings']),
            E('Checkout Operator', 'Jesmond Fresh Supermarket', 'Jesmond NSW', '2009-06', '2012-01', 'facing',
              'in_person_service', []),
        ]),
    ],
    education=[('Certificate IV in Disability', 'Hunter Community College', '2020'),
               ('Certificate III in Individual Support (Ageing)', 'Hunter Community College', '2017')],
    skills=['Manual handling and hoist transfers', 'Medication assistance (Webster packs)', 'Behaviour support plans',
            'ShiftCare app', 'First Aid & CPR (current)'],
)

W018 = dict(
    file='w018.md', render='md_jsonresume',
    family='Nigerian customer success manager, Markdown generated from a JSON Resume file (employer heading, '
           "'**Title** | place | dates' line, highlights list)",
    layout="md, jsonresume/orgfirst, iso / 'present'",
    ds=('iso', ' – ', 'present'),
    name='Chukwuemeka Eze', headline='Customer Success Manager, B2B payments',
    contact=dict(loc='Yaba, Lagos, Nigeria', phone='+234 803 555 2291', email='emeka.eze.cs@gmail.com',
                 web='https://emekaeze.example/resume.json'),
    summary='Customer success lead for fintech merchants. Ex-bank customer care, maths teacher during NYSC.',
    sections=[
        ('Work', [
            E('Customer Success Manager', 'Paystride Technologies', 'Lagos, Nigeria', '2022-07', 'present', 'facing',
              'sales_account',
              ['Own a book of 60 mid-market merchants: onboarding calls, quarterly reviews and renewal conversations',
               'Brought gross churn from 14% to 8% with a health-score playbook']),
            E('Support Operations Analyst', 'Paystride Technologies', 'Lagos, Nigeria', '2021-03', '2022-06', 'affecting', None,
              ['Built Zendesk macros, routing rules and the weekly ticket-trend dashboard for the support team']),
            E('Customer Care Officer', 'Eko Heritage Bank Plc', 'Lagos, Nigeria', '2018-01', '2021-02', 'facing',
              'in_person_service',
              ['Attended to walk-in customers at the branch: account opening, ATM card issues and BVN updates',
               'Resolved failed-transfer complaints and logged them on the CRM']),
            E('Data Analyst (contract)', 'Ikeja Retail Analytics', 'Lagos, Nigeria', '2017-08', '2017-12', 'none', None,
              ['Cleaned point-of-sale exports and built weekly sales dashboards in Excel']),
            E('NYSC Corps Member – Mathematics Teacher', 'Community Secondary School, Ugbokolo', 'Benue State',
              '2016-08', '2017-07', 'facing', 'education',
              ['Taught Mathematics to SS1 and SS2 classes of about 50 students',
               'Started an after-school maths club that ran until my service year ended'], etype='internship'),
        ]),
    ],
    education=[('B.Sc. Mathematics', 'Eastern Plains University, Nsukka', '2011-10 – 2015-11')],
    skills=['Customer success: Gainsight, HubSpot, Zendesk', 'SQL, Excel, Looker Studio', 'Payments: cards, transfers, USSD'],
)

W019 = dict(
    file='w019.html', render='html_email',
    family='Filipino airport customer service agent in Dubai, application sent as an HTML e-mail body (table layout, '
           'inline styles, experience typed into the message)',
    layout="html, e-mail table/title_org, mon / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Kristine Joy Manalo', headline='Airport Customer Service Agent',
    contact=dict(loc='Al Qusais, Dubai', phone='+971 55 555 0418', email='kjmanalo.dxb@gmail.com'),
    summary=None,
    sections=[
        ('Work experience', [
            E('Customer Service Agent – Airport', 'Gulf Horizon Aviation Services', 'Dubai', '2021-10', 'present', 'facing',
              'in_person_service',
              ['Check in passengers at the airport, tag bags and take excess-baggage payments',
               'Board flights and rebook passengers who miss connections during disruptions']),
            E('Sales Associate', 'Oud Bayt Perfumes', 'Dubai', '2019-09', '2021-09', 'facing', 'in_person_service',
              ["Matched fragrances to customers' tastes and ran the gift-wrap counter during Eid and the shopping festival"]),
            E('Stockroom Assistant', 'Oud Bayt Perfumes', 'Dubai', '2019-02', '2019-08', 'affecting', None,
              ['Received deliveries from the warehouse and kept the tester stock topped up']),
            E('Cashier', 'Bagong Buhay Mart', 'Batangas City, Philippines', '2016-05', '2018-12', 'facing',
              'in_person_service', []),
        ]),
    ],
    education=[('Bachelor of Science in Tourism Management', 'Batangas Eastern Colleges', '2016')],
    skills=['Amadeus Altéa DCS', 'Arabic (basic), English, Filipino', 'UAE driving licence'],
)

W020 = dict(
    file='w020.pdf', render='pdf_linkedin',
    family='Irish SaaS customer success manager, LinkedIn-style profile PDF (grey left column, roles grouped under '
           "each company with total tenure, 'Apr 2023 - Present · 3 yrs 8 mos', two pages with page numbers)",
    layout="fpdf2, linkedin 2col/orgfirst, mon + duration / 'Present'",
    ds=('mon', ' - ', 'Present'),
    name='Aoife Gallagher', headline='Customer Success Manager at Loopwise | SaaS | Enterprise onboarding',
    contact=dict(loc='Dublin, County Dublin, Ireland', email='aoife.gallagher.cs@gmail.com',
                 web='www.linkedin.com/in/aoife-gallagher-cs'),
    summary='I help enterprise teams get real value from Loopwise, from the first admin call to renewal. Before '
            'customer success I spent two years in technical support and two on an energy company\'s phones, '
            'which is where I learned to listen first.',
    sections=[
        ('Experience', [
            E('Customer Success Manager', 'Loopwise', 'Dublin, County Dublin, Ireland', '2023-04', 'present', 'facing',
              'sales_account',
              ['Look after 18 enterprise accounts across EMEA from onboarding to renewal',
               'Run quarterly business reviews and roadmap calls with customer admins',
               'Net revenue retention of 112% on my book in FY2025']),
            E('Technical Support Specialist', 'Loopwise', 'Dublin, County Dublin, Ireland', '2021-01', '2023-03', 'facing',
              'digital_service',
              ['Worked the chat and email queue for our project-management app; Tier 2 for integrations',
               'Wrote and maintained 45 help-centre articles']),
            E('Customer Service Advisor', 'Emerald Isle Energy', 'Cork, County Cork, Ireland', '2018-09', '2020-12', 'facing',
              'contact_center',
              ['Handled calls about bills, meter readings and moving house',
               'Set up hardship payment plans for customers in arrears']),
            E('Accounts Payable Clerk', 'Emerald Isle Energy', 'Cork, County Cork, Ireland', '2017-09', '2018-08', 'none', None,
              ['Matched supplier invoices to purchase orders and ran the weekly payment run']),
        ]),
        ('Volunteering', [
            E('Volunteer Listener', 'Listening Line Ireland', 'Cork', '2019-01', '2021-06', 'facing', 'volunteering',
              ['Took overnight calls from people in distress, one shift a fortnight'], **V),
        ]),
    ],
    education=[('University College Munster', 'Bachelor of Arts - BA, Economics and Spanish', '2013 - 2017')],
    skills=['Customer Success', 'Gainsight', 'Enterprise onboarding'],
    langs=[('English', 'Native or Bilingual'), ('Spanish', 'Professional Working'), ('Irish', 'Elementary')],
    certs=['Certified Customer Success Manager (Level 1)', 'Zendesk Support Administrator'],
)

W021 = dict(
    file='w021.docx', render='docx_gdocs', theme='spearmint',
    family="UK cabin crew member, Google Docs 'Spearmint'-like template exported as DOCX (mint headings, bold "
           "'Employer, Location — Title', small-caps dates)",
    layout="docx, gdocs-spearmint/org_title, MONTH small caps / 'Present'",
    ds=('month', ' - ', 'Present'),
    name='Hannah Price', headline='Cabin Crew',
    contact=dict(addr='27 Hesketh Road', city='Sale, M33 5AB', phone='07700 900614', email='hannahprice.crew@outlook.com'),
    summary='Friendly, unflappable cabin crew member with seven years of customer service in travel and airports. '
            'Holds a current EASA cabin crew attestation and a full UK passport.',
    skills=['EASA Cabin Crew Attestation', 'First aid and defibrillator trained', 'Galley and bar service',
            'Conversational Spanish'],
    sections=[
        ('Experience', [
            E('Cabin Crew Member', 'Northern Skies Airways', 'Manchester Airport', '2022-04', 'present', 'facing',
              'in_person_service',
              ['Deliver safety demonstrations and onboard service on short- and medium-haul routes',
               'Look after unaccompanied minors and passengers who need assistance',
               'Sell duty-free and meal deals against onboard targets']),
            E('Baggage Handler', 'Pennine Ground Handling Ltd', 'Manchester Airport', '2021-11', '2022-03', 'affecting', None,
              ['Loaded and unloaded hold baggage and drove the belt loader on turnarounds']),
            E('Check-in Agent (seasonal)', 'Pennine Ground Handling Ltd', 'Manchester Airport', '2021-05', '2021-10',
              'facing', 'in_person_service',
              ['Checked in holiday flights, weighed bags and dealt with passport and visa queries']),
            E('Booking Agent', 'Sunward Holidays', 'Stockport', '2019-02', '2021-04', 'facing', 'contact_center',
              ['Booked package holidays over the phone and handled cancellations and refund requests during the pandemic']),
            E('Warehouse Picker (seasonal)', 'Trafford Toy Distribution', 'Trafford Park', '2018-10', '2019-01',
              'affecting', None, ['Picked and packed online toy orders for the Christmas peak']),
        ]),
    ],
    education=[('Stockport Sixth Form College', 'A Levels: Spanish (B), Geography (B), Business (C)', 'September 2016 - June 2018')],
    awards=[],
)

W022 = dict(
    file='w022.odt', render='odt_lo',
    family='South African QC laboratory technician, LibreOffice Writer ODT (header table, outline headings, tab-stop '
           'dates, list bullets), all dates year-only',
    layout="odt, libreoffice tabs/title_org, years / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Sipho Ndlovu', headline='Quality Control Laboratory Technician',
    contact=dict(loc='Soshanguve, Pretoria', phone='076 555 3318', email='sipho.ndlovu.lab@gmail.com',
                 extra='Code 10 driver\'s licence · Own transport'),
    summary='Laboratory technician with production and QC experience in pharmaceutical manufacturing. Careful with '
            'documentation, comfortable with HPLC and dissolution, and working towards a BSc in Chemistry part time.',
    sections=[
        ('Work Experience', [
            E('Quality Control Laboratory Technician', 'Highveld Pharmaceuticals (Pty) Ltd', 'Pretoria', '2022', 'present',
              'affecting', None,
              ['HPLC assay and dissolution testing of finished tablets before batch release',
               'Write up out-of-specification investigations with the QA pharmacist']),
            E('Production Operator', 'Highveld Pharmaceuticals (Pty) Ltd', 'Pretoria', '2019', '2021', 'none', None,
              ['Ran the blister-packing line and filled in batch manufacturing records']),
            E('Laboratory Assistant', 'Apies River Analytical Lab', 'Pretoria', '2017', '2018', 'none', None,
              ['Prepared reagents and logged incoming water samples']),
            E('Chemistry Tutor (part-time)', 'Sunnyside Learning Hub', 'Pretoria', '2015', '2017', 'facing', 'education',
              ['Helped Grade 11 and 12 learners with chemistry homework and past papers on Saturdays']),
            E('General Worker', 'Rosslyn Auto Components', 'Rosslyn', '2014', '2014', 'none', None,
              ['Deburred and packed brake components']),
        ]),
        ('Community Involvement', [
            E('Science Club Facilitator', 'Mamelodi Youth Science Project', 'Mamelodi', '2023', 'present', 'facing',
              'volunteering', ['Run hands-on experiments for Grade 8–9 learners one Saturday a month'], **V),
        ]),
    ],
    education=[('National Diploma: Analytical Chemistry', 'Tshwane College of Technology', '2014 – 2016'),
               ('BSc Chemistry (part time, in progress)', 'Highveld Open University', '2024 – ')],
    skills=['HPLC (Empower)', 'Dissolution and Karl Fischer', 'GMP and GDP', 'LIMS', 'MS Excel'],
    refs=['Available on request'],
)

W023 = dict(
    file='w023.txt', render='txt_plain',
    family='Filipino e-commerce virtual assistant, plain-text résumé with • bullets and caps headings, '
           'freelance and sari-sari store owner entries',
    layout="txt, plain bullets/title_org, month / 'Present'",
    ds=('month', ' – ', 'Present'),
    name='Rhea Mae Bautista', headline='E-commerce Virtual Assistant | Customer Support | Shopify',
    contact=dict(loc='Davao City, Philippines', phone='+63 998 555 2174', email='rheamae.va@gmail.com',
                 web='upwork.com/freelancers/rheamaeb'),
    summary='Customer-focused VA with five years of remote e-commerce support and two years of voice tech support. '
            'Reliable internet with backup, available on US hours.',
    sections=[
        ('WORK EXPERIENCE', [
            E('E-commerce Virtual Assistant', 'Freelance (Upwork)', 'Remote', '2021-05', 'present', 'facing', 'digital_service',
              ['Answer customer emails and Shopify chat for two US apparel stores',
               'Process returns and exchanges, update product listings and schedule Instagram posts'], etype='freelance'),
            E('Content Moderator', 'Bantay Digital Services Inc.', 'Davao City', '2020-11', '2021-04', 'affecting', None,
              ["Reviewed flagged posts and profiles against a social app's community guidelines"]),
            E('Technical Support Representative (Voice)', 'Mindanao Outsourcing Hub Inc.', 'Davao City', '2018-06', '2020-10',
              'facing', 'contact_center',
              ["Troubleshot modems and slow connections over the phone for a US internet provider's subscribers",
               'Kept first-call resolution above 75%']),
            E('Store Owner', 'Bautista Sari-Sari Store', 'Tagum City', '2015-01', '2018-05', 'facing',
              'entrepreneurial_freelance',
              ['Ran the family store: served neighbours, kept the credit (utang) list and restocked from Davao wholesalers'],
              etype='freelance'),
            E('Data Encoder (contractual)', "Davao del Norte Provincial Assessor's Office", 'Tagum City', '2014-06', '2014-12',
              'none', None, ['Encoded land tax declarations into the new assessment database']),
        ]),
    ],
    education=[('Bachelor of Science in Office Administration', 'Tagum Northern College', '2014')],
    skills=['Shopify, Gorgias, Zendesk', 'Canva, Meta Business Suite', 'Google Workspace', 'Typing 70 wpm'],
)

W024 = dict(
    file='w024.html', render='html_gdocs',
    family='Singaporean personal banker, Google Docs template exported as HTML (generated c0…c14 classes, '
           "'Employer, Location — Title' line, capitalised dates)",
    layout="html, gdocs export/org_title, MONTH / 'PRESENT'",
    ds=('MONTH', ' - ', 'PRESENT'),
    name='Daniel Lim Jun Wei', headline='Personal Banker',
    contact=dict(addr='Blk 412 Tampines Street 41, #08-233', city='Singapore 520412', phone='+65 8123 4471',
                 email='daniel.lim.jw@gmail.com'),
    summary='Bank officer with eight years across phone banking, branch service and advisory sales. IBF-certified; '
            'patient with older customers and careful with compliance.',
    sections=[
        ('EXPERIENCE', [
            E('Personal Banker', 'Straits Harbour Bank', 'Singapore', '2022-03', 'present', 'facing', 'sales_account',
              ['Advise branch customers on savings, investment-linked plans and home-loan refinancing',
               'Meet monthly product targets while keeping complaints below the branch average']),
            E('Customer Service Officer', 'Straits Harbour Bank', 'Singapore', '2019-11', '2022-02', 'facing',
              'in_person_service',
              ['Served walk-in customers at the counter: cheque deposits, card replacements and address changes',
               'Helped elderly customers set up the mobile banking app']),
            E('Phone Banking Officer', 'Straits Harbour Bank', 'Singapore', '2018-01', '2019-10', 'facing', 'contact_center',
              ['Answered hotline calls on card blocks, disputed transactions and fee waivers']),
            E('Operations Assistant', 'Marina Trust Services Pte Ltd', 'Singapore', '2016-07', '2017-12', 'affecting', None,
              ["Checked letters of credit and shipping documents for corporate clients' trade transactions"]),
            E('Supply Assistant (National Service)', 'Singapore Armed Forces', 'Singapore', '2014-03', '2016-02', 'affecting',
              None, ['Ran the battalion ration and equipment store and issued kit to units'], etype='military'),
        ]),
    ],
    education=[('Temasek Bay Polytechnic', 'Diploma in Banking & Finance', 'APRIL 2011 - MARCH 2014')],
    skills=['IBF-certified (CMFAS M5, M8, M9)', 'Fair Dealing and AML/CFT', 'English, Mandarin, Hokkien'],
)

W025 = dict(
    file='w025.pdf', render='pdf_reactive',
    family="Indian community pharmacist, open-source résumé-builder PDF (coloured top band, two columns, glyph icons, "
           "language dots, employer first with dates right; 'Since 2022')",
    layout="fpdf2, builder 2col+icons/org_title, mon + 'Since' / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Sneha Kulkarni', headline='Registered Pharmacist (KSPC) · Community & Hospital Pharmacy',
    contact=dict(loc='Jayanagar, Bengaluru', phone='+91 98450 55128', email='sneha.kulkarni.pharm@gmail.com'),
    summary='Registered pharmacist with ten years across community, hospital and pharma sales. I enjoy counselling '
            'patients and making sure they leave knowing how to take their medicines.',
    sections=[
        ('Experience', [
            E('Pharmacist-in-Charge', 'Sanjeevani Health Pharmacy', 'Bengaluru', '2022', 'present', 'facing',
              'healthcare_care',
              ['Counsel patients at the counter on dosage, interactions and glucometer and inhaler use',
               'Check and dispense 250+ prescriptions a day and keep the Schedule H1 register'], dt='Since 2022'),
            E('Hospital Pharmacist', 'Kaveri Multispeciality Hospital', 'Mysuru', '2019-08', '2021-12', 'affecting', None,
              ['Dispensed unit-dose medicines for the wards and reviewed drug charts with the duty doctors',
               'Managed cold-chain stock and expiry returns']),
            E('Medical Representative', 'Nandi Pharma Ltd', 'Mysuru', '2017-06', '2019-07', 'facing', 'sales_account',
              ['Detailed cardiology products to 12–15 doctors a day and checked stock at chemist shops',
               'Ran CME evenings for GPs with the area manager']),
            E('Clinical Pharmacy Intern', 'Kaveri Multispeciality Hospital', 'Mysuru', '2016-12', '2017-05', 'facing',
              'healthcare_care', ['Joined ward rounds and counselled patients on their discharge medicines'],
              etype='internship'),
            E('Quality Assurance Trainee', 'Nandi Pharma Ltd', 'Nanjangud', '2016-06', '2016-11', 'affecting', None,
              ['Reviewed batch records and line-clearance checklists on the tablet floor'], etype='internship'),
        ]),
        ('Volunteering', [
            E('Health Camp Volunteer', 'Mysuru Youth Health Collective', 'Mysuru', '2018-01', '2019-06', 'facing',
              'volunteering', ['Checked blood sugar and blood pressure at monthly health camps in city slums'], **V),
        ]),
    ],
    education=[('B.Pharm', 'Chamundi College of Pharmacy, Mysuru', '2012 – 2016')],
    skills=[('Patient counselling', 5), ('Dispensing software (Marg)', 4), ('Inventory & cold chain', 4),
            ('Pharmacovigilance', 3)],
    langs=[('Kannada', 5), ('English', 5), ('Hindi', 4), ('Marathi', 3)],
)

W026 = dict(
    file='w026.odt', render='odt_gdocs',
    family="Franco-Ontarian early childhood educator, Google Docs template exported as ODT (P1…/T1… automatic "
           "styles, 'Employer, Location — Title' line, small-caps dates, 'Summer 2015')",
    layout="odt, gdocs export/org_title, month small caps / 'Present'",
    ds=('month', ' - ', 'Present'),
    name='Marie-Claude Tremblay', headline='Registered Early Childhood Educator (RECE) · Bilingual',
    contact=dict(addr='88 rue Marier, apt. 3', city='Ottawa, ON K1L 5S6', phone='(613) 555-0172',
                 email='mc.tremblay.rece@gmail.com'),
    summary=None,
    skills=['Play-based and emergent curriculum', 'HiMama daily reports', 'Standard First Aid & CPR-C',
            'English and French'],
    sections=[
        ('Experience', [
            E('Early Childhood Educator (RECE)', 'Petits Pas Child Care Centre', 'Ottawa, ON', '2020-09', 'present', 'facing',
              'education',
              ['Plan play-based activities for a room of 15 toddlers',
               'Chat with parents at pick-up and write daily reports in HiMama',
               'Update individual development portfolios every term']),
            E('Bilingual Teller', 'Rideau Valley Credit Union', 'Gatineau, QC', '2017-05', '2020-08', 'facing',
              'in_person_service',
              ['Served members in English and French: cash, drafts, bill payments and account updates']),
            E('Data Entry Clerk (contract)', 'Bytown Survey Research Inc.', 'Ottawa, ON', '2016-09', '2017-04', 'none', None,
              ['Entered paper survey responses into SPSS and double-checked every batch']),
            E('Stock Clerk (evenings)', 'Marché Vanier', 'Ottawa, ON', '2015-09', '2016-08', 'affecting', None,
              ['Unloaded the produce truck and faced shelves after closing']),
            E('Camp Monitor', 'Camp Lac-Vert', 'Wakefield, QC', '2015-06', '2015-08', 'facing', 'education',
              ['Led a cabin of ten 8-year-olds through canoeing, crafts and campfire songs'], dt='Summer 2015'),
        ]),
        ('Volunteering', [
            E('Reading Buddy', 'Vanier Community Library', 'Ottawa, ON', '2018-01', '2019-12', 'facing', 'volunteering',
              ['Read with children aged 5–8 on Saturday mornings'], **V),
        ]),
    ],
    education=[('Collège Outaouais-Rideau, Ottawa, ON', 'Diploma, Early Childhood Education (bilingual program)',
                'September 2018 - April 2020')],
    awards=[],
)

W027 = dict(
    file='w027.txt', render='txt_flat',
    family='UK warehouse operative and ex-Army driver, CV pasted into a job board text box (caps headings, '
           "'Title - Employer, Town (dates)' lines, hyphen bullets, blank lines lost)",
    layout="txt, job-board paste/dash, mon + years / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Darren Pike', headline=None,
    contact=dict(loc='Wednesfield, Wolverhampton WV11', phone='07700 900452', email='darrenpike1988@yahoo.co.uk'),
    summary='Reliable warehouse operative with counterbalance and reach licences, full clean UK licence (C1) and '
            'a good attendance record. Ex-Forces. Happy to do days, lates or nights.',
    sections=[
        ('WORK HISTORY', [
            E('Warehouse Operative (agency)', 'Midshire Fulfilment Centre', 'Wolverhampton', '2023-01', 'present',
              'affecting', None,
              ['Picking and packing online orders with an RF scanner, 160+ units an hour',
               'Loading cages for the evening trunk runs']),
            E('Forklift Driver', 'Tipton Steel Stockholders Ltd', 'Tipton', '2019-04', '2022-12', 'none', None,
              ['Feeding bar stock to the saw line and moving offcuts around the yard on a 5-tonne counterbalance']),
            E('Van Driver', 'Dudley Flooring Supplies', 'Dudley', '2016-06', '2019-03', 'facing', 'in_person_service',
              ['Delivered carpet and vinyl to fitters and homeowners, got signatures and brought returns back']),
            E('Trade Counter Assistant', 'Dudley Flooring Supplies', 'Dudley', '2014-09', '2016-05', 'facing',
              'in_person_service', ['Served trade customers at the counter and cut vinyl to size']),
            E('Driver', 'British Army', 'UK and Germany', '2010-05', '2014-08', 'none', None,
              ['Drove 6-tonne trucks on exercises and kept vehicle log books'], etype='military'),
            E('Labourer', 'Cannock Groundworks', 'Cannock', '2009', '2010', 'none', None, []),
        ]),
    ],
    education=[('Heath Park School, Wolverhampton', '5 GCSEs incl. Maths and English', '2004')],
    skills=['Counterbalance (B1) and reach truck licences', 'C1 driving licence', 'RF scanners', 'Manual handling'],
)

W028 = dict(
    file='w028.rtf', render='rtf_textedit',
    family='US cleaning-business owner, résumé typed in TextEdit and saved as RTF (Cocoa RTF header, \\b, \\tab, '
           '\\bullet lists, m/yyyy dates)',
    layout="rtf, textedit/title_org, m/yyyy / 'present'",
    ds=('m/yyyy', ' – ', 'present'),
    name='Gloria Ramírez', headline='Owner, Casa Limpia Cleaning LLC',
    contact=dict(loc='San Antonio, TX 78210', phone='(210) 555-0128', email='gloria@casalimpia.example'),
    summary='Bilingual small-business owner with 18 years in hotel housekeeping, residential cleaning and schools. '
            'Now looking for an operations or client-services role with steady hours.',
    sections=[
        ('Experience', [
            E('Owner / Operator', 'Casa Limpia Cleaning LLC', 'San Antonio, TX', '2019-04', 'present', 'facing',
              'entrepreneurial_freelance',
              ["Quote jobs at clients' homes and answer every customer call and online review myself",
               'Manage six cleaners, payroll, supplies and scheduling'], etype='freelance'),
            E('Housekeeping Supervisor', 'Riverwalk Plaza Hotel', 'San Antonio, TX', '2014-03', '2019-03', 'affecting', None,
              ['Inspected 80+ rooms a day and scheduled 20 room attendants',
               'Ran the linen inventory and the deep-clean calendar']),
            E('Room Attendant', 'Riverwalk Plaza Hotel', 'San Antonio, TX', '2011-06', '2014-02', 'affecting', None,
              ['Cleaned and restocked 16 checkout rooms per shift']),
            E('Bilingual Teacher Aide', 'Mission Trail Elementary School', 'San Antonio, TX', '2008-08', '2011-05', 'facing',
              'education',
              ['Supported Spanish-speaking first graders in reading groups', 'Interpreted at parent-teacher conferences']),
        ]),
    ],
    education=[('Associate of Arts', 'Alamo Heights Community College', '2008')],
    skills=['English / Spanish', 'QuickBooks Online, Jobber', 'Team scheduling', 'OSHA chemical safety'],
)

W029 = dict(
    file='w029.md', render='md_notion',
    family='New Zealand wedding photographer, Notion page exported to Markdown (property lines per role: '
           "Organisation / Dates / Location; 'Since 2022', year ranges)",
    layout="md, notion properties/title_org, mon + years / 'Present'",
    ds=('mon', ' – ', 'Present'),
    name='Tom Ngata', headline='Photographer · retoucher · camera nerd',
    contact=dict(loc='Te Aro, Wellington', phone='027 555 9013', email='kia.ora@tomngata.example', web='tomngata.example'),
    summary='Wellington-based photographer. I run my own wedding and events business and I am looking for a part-time '
            'role in a camera store or studio to go with it.',
    sections=[
        ('Work', [
            E('Wedding & Events Photographer', 'Tom Ngata Photography', 'Wellington', '2022', 'present', 'facing',
              'entrepreneurial_freelance',
              ['Meet couples for planning calls, shoot the day and deliver edited galleries within three weeks',
               'Quote, invoice and do my own bookkeeping in Xero'], etype='freelance', dt='Since 2022'),
            E('Photo Retoucher (contract)', 'Te Aro Creative Studio', 'Wellington', '2019-03', '2021-12', 'affecting', None,
              ["Retouched product shots for online-store clients to each brand's style guide"]),
            E('Sales Assistant', 'Lambton Camera House', 'Wellington', '2016-01', '2019-02', 'facing', 'in_person_service',
              ['Advised customers on cameras and lenses and booked sensor cleans',
               'Ran the film-processing counter on Saturdays']),
            E('Print Lab Technician', 'Lambton Camera House', 'Wellington', '2014-05', '2015-12', 'affecting', None,
              ['Ran the Fuji minilab and quality-checked customer print orders']),
        ]),
        ('Volunteer', [
            E('Volunteer Photographer', 'Harbour City Animal Rescue', 'Wellington', '2020', '2023', 'affecting', None,
              ["Photographed adoptable dogs and cats for the rescue's listings"], **V),
        ]),
    ],
    education=[('Diploma in Photography (Level 6)', 'Wellington School of Visual Arts', '2013 – 2014')],
    skills=['Lightroom, Capture One, Photoshop', 'Off-camera flash', 'Xero', 'Te reo Māori (conversational)'],
)

W030 = dict(
    file='w030.rtf', render='rtf_wordpad',
    family="Nigerian head of English department, CV written in WordPad and saved as RTF (\\par, \\b, \\tab, "
           "\\bullet), year-only dates with '2021 – Date', single years",
    layout="rtf, wordpad/title_org, years / 'Date'",
    ds=('mon', ' – ', 'Date'),
    name='Adaeze Nwankwo', headline='Curriculum Vitae',
    contact=dict(addr='14 Nza Street, Independence Layout', city='Enugu, Enugu State', phone='0803 555 4419',
                 email='adaeze.nwankwo.teach@gmail.com'),
    summary='A dedicated English teacher with over ten years of classroom experience, seeking a position where I '
            'can contribute to the academic growth of learners.',
    sections=[
        ('WORK EXPERIENCE', [
            E('Head of Department, English', 'Coal City Model College', 'Enugu', '2021', 'present', 'facing', 'education',
              ['Teach English Language and Literature to SS2 and SS3 and prepare them for WAEC and NECO',
               'Coordinate six English teachers and moderate exam scripts']),
            E('English Teacher', 'Coal City Model College', 'Enugu', '2016', '2020', 'facing', 'education', []),
            E('Private Home Tutor', None, 'Enugu', '2014', '2016', 'facing', 'education',
              ['Gave evening lessons in English and Literature to JSS and SS students in their homes'], etype='freelance'),
            E('Office Secretary', 'Nnamdi & Sons Nigeria Ltd', 'Enugu', '2013', '2013', 'none', None,
              ['Typed letters and invoices and kept the filing system']),
            E('Typesetter', 'Ogui Road Printing Press', 'Enugu', '2012', '2012', 'affecting', None,
              ["Typeset church bulletins and wedding programmes for the press's customers"]),
        ]),
        ('VOLUNTARY WORK', [
            E('Volunteer Treasurer', 'Enugu Reading Circle', 'Enugu', '2018', '2019', 'none', None,
              ["Kept the club's accounts and presented them at the AGM"], **V),
        ]),
    ],
    education=[('B.A. (Ed.) English', 'Ninth Mile College of Education, Enugu', '2010 – 2014'),
               ('WAEC SSCE', 'Girls Secondary School, Awkunanaw', '2008')],
    skills=['Lesson planning', 'WAEC/NECO marking', 'Microsoft Word and Excel'],
    personal=['Date of Birth: 2nd June 1990', 'State of Origin: Anambra', 'Marital Status: Married'],
    refs=['Mrs. C. Okafor, Principal, Coal City Model College, Enugu',
          'Mr. E. Obi, Proprietor, Ogui Road Printing Press, Enugu'],
)

RESUMES = [W016, W017, W018, W019, W020, W021, W022, W023, W024, W025, W026, W027, W028, W029, W030]
