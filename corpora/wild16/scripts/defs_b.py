"""w011–w020."""
from lib import B, E

F, A, N = 'facing', 'affecting', 'none'


def w011():
    b = B('mon', ' – ', 'present')
    b.sec('Profile')
    b.p('Post-primary teacher of English and History with 27 years in one community school, including eight as '
        'Year Head and the last ten as Deputy Principal. Interested in a principalship or an education-officer role '
        'where pastoral care and parent partnership matter.')
    b.sec('Career to date')
    b.row("St Declan's Community School, Ballinacrusha, Co. Westmeath", '1999 – present', 'b')
    for e in [
        E('Deputy Principal', "St Declan's Community School", 'Ballinacrusha, Co. Westmeath', '2016', 'present', F,
          'education', [
              'Lead on student support, attendance and the code of behaviour for 780 students',
              'Meet parents and guardians most days: behaviour reviews, return-to-school plans, appeals',
              'Still teach Leaving Certificate History (six class periods a week)',
              'Timetabling, substitution cover and the school self-evaluation cycle',
              'Designated Liaison Person for child safeguarding since 2018']),
        E('Year Head (Assistant Principal I)', "St Declan's Community School", 'Ballinacrusha, Co. Westmeath', '2008',
          '2016', F, 'education', [
              'Followed one cohort of 130 students from First Year to the Leaving Certificate',
              'Ran parent-teacher meetings, pastoral interviews and the Transition Year work-experience programme',
              'Set up a peer-mentoring scheme with sixth years that still runs']),
        E('Teacher of English and History', "St Declan's Community School", 'Ballinacrusha, Co. Westmeath', '1999',
          '2016', F, 'education', [
              'Taught English and History at Junior and Leaving Certificate, higher and ordinary levels',
              'Directed the school musical every second year and coached the debating team',
              'Leaving Certificate English results consistently above the national average']),
    ]:
        b.add(e)
        b.row(e.title, b.d(e), 'bi')
        b.buls(e)
        b.gap()
    b.row('Coláiste Lough Ennell (Irish summer college), Ballinacrusha', 'three summers', 'b')
    for yr in ('2002', '2003', '2005'):
        e = b.add(E('Course Leader', 'Coláiste Lough Ennell', 'Ballinacrusha', f'{yr}-06', f'{yr}-08', F, 'education',
                    ['Led classes and evening céilí for 40 teenage students; liaised with host families']
                    if yr == '2002' else [], dt=f'Summer {yr}'))
        b.row(f'{e.title}, Summer {yr}', '', 'i')
        b.buls(e)
    b.gap()
    b.job(E('Substitute Teacher', 'Various post-primary schools', 'Co. Westmeath', '1997', '1999', F, 'education', [
        'Short and long-term cover in English, History and CSPE in four schools']), 'title_org')
    b.job(E('Lounge Staff', "Kieran's Bar", 'Ballinacrusha', '1993', '1997', F, 'in_person_service', []), 'title_org')
    b.sec('Boards and committees')
    b.job(E('Teacher Nominee, Board of Management', "St Declan's Community School", 'Ballinacrusha', '2005', '2011', N,
            None, ['Elected by staff; sat on the board\'s finance and enrolment sub-committees'],
            section='other', et='volunteer'), 'title_org')
    b.sec('Volunteering')
    b.job(E('Adult Literacy Tutor', 'Ballinacrusha Adult Learning Centre', 'Ballinacrusha', '2012', 'present', F,
            'volunteering', ['One evening a week, one-to-one reading and writing support for adult learners',
                             'Helped three learners prepare for the driver theory test'],
            section='volunteer', et='volunteer'), 'title_org')
    b.job(E('Under-12 Camogie Coach', 'Ballinacrusha GAA Club', 'Ballinacrusha', '2014', '2020', F, 'volunteering', [
        'Coached Saturday training and managed matches for a squad of 25 girls'],
        section='volunteer', et='volunteer'), 'title_org')
    b.sec('Education')
    b.p('Professional Master of Education (PME) — equivalent Higher Diploma in Education, 1998')
    b.p('BA English and History, Shannonside University, 1996')
    b.p('MA Educational Leadership, 2014 (thesis: parental involvement in junior-cycle reform)')
    b.sec('Continuing professional development')
    b.p('Restorative practice (2017), Wellbeing in Junior Cycle (2019), Leadership for Inclusion (2022), '
        'Child Safeguarding Statement training (annual).')
    b.sec('Referees')
    b.p('Mr Eamon Fallon, Principal (retired) — contact details on request.')
    b.p('Ms Sinéad Corr, Chairperson of the Board of Management — contact details on request.')
    return dict(file='w011.pdf', renderer='fpdf', name='Máire Ní Fhlannagáin',
                contact=['Ballinacrusha, Co. Westmeath · 087 555 3021 · maire.nif@post.example'], b=b,
                opt=dict(size=12, lead=0.58, center=True, footer='Page {p} of {n}',
                         runline='Curriculum Vitae — Máire Ní Fhlannagáin'),
                family='Irish deputy principal, fpdf2 3-page CV with running header, one school with overlapping year-only posts over '
                       '27 years, three summers at an Irish college, board of management, volunteering',
                layout='fpdf2, multi-page/orgfirst, year + seasons / \'present\'')


def w012():
    b = B('month', ' – ', 'Present')
    b.sec('About me')
    b.p('Experienced carer who likes people and likes to keep busy. I work weekdays in home care and weekends behind '
        'the bar. Full driving licence, SSSC registered.')
    b.sec('Employment')
    b.job(E('Home Carer', 'Clachanburn Care at Home', 'Invershiel', '2020-03', 'present', F, 'healthcare_care', [
        'Visit 8–10 service users a day: personal care, medication prompts, meals and company',
        'Write care notes and report changes to the coordinator and district nurses',
        'Shadow and mentor new carers on their first fortnight']), 'title_org')
    b.job(E('Bar Staff (weekends)', "The Drover's Rest", 'Invershiel', '2021-08', 'present', F, 'in_person_service', [
        'Friday and Saturday nights: serve drinks and food, cash up the till, Challenge 25']), 'title_org')
    b.job(E('Vaccination Centre Steward', 'Invershiel Community Hall', 'Invershiel', '2021-02', '2021-02', F,
            'other_facing', ['Welcomed people, checked appointments and kept the queue moving'],
            dt='February 2021 (2 weeks)'), 'title_org')
    e = b.add(E('Career break – caring for my mother', None, None, '2017', '2019', N, None, [], et='unknown'))
    b.row(e.title, b.d(e), 'b')
    b.gap()
    b.job(E('Night Care Assistant', 'Hillview Residential Home', 'Strathmorlich', '2012-06', '2016-12', F,
            'healthcare_care', ['Night checks, continence care and turning for 30 residents', 'Answered call bells and settled residents with dementia']),
          'title_org')
    b.job(E('Kitchen Assistant', 'Invershiel Primary School', 'Invershiel', '2009-08', '2012-05', A, None, [
        'Prepared and cooked school lunches; kept the kitchen to environmental health standards']), 'title_org')
    b.job(E('Sales Assistant (Saturday job)', 'Macrae & Dunn Newsagents', 'Invershiel', '2006-09', '2009-06', F,
            'in_person_service', []), 'title_org')
    b.sec('Volunteering')
    b.job(E('Befriender', 'Age Together Invershiel', 'Invershiel', '2022-05', 'present', F, 'volunteering', [
        'Weekly visit and phone call to an older man living alone']), 'title_org')
    b.sec('Training')
    b.p('SVQ Social Services and Healthcare Level 2 (2014) · Moving and handling · Medication awareness · First aid at work')
    return dict(file='w012.docx', renderer='docx', name='Kirsty MacAulay',
                contact=['12 Loch View Terrace, Invershiel IV99 4QT', '07700 900 772 · kirsty.macaulay@mail.example'], b=b,
                opt=dict(mode='styles', font='Arial', size=10.5, list_bullets=True),
                family='Scottish home carer, Word heading styles, weekday care job overlapping a weekend bar job, '
                       '2-week steward gig, career break line with year-only dates',
                layout='docx, styles/title_org, month / \'Present\'')


def w013():
    b = B('mon', ' – ', 'Present')
    b.sec('Summary')
    b.p('Front office leader with fifteen years in one hotel group across Singapore and Malaysia.')
    b.sec('Hospitality experience')
    b.row('Orchid Bay Hotels & Resorts', '2011 – Present (15 years)', 'b')
    for e in [
        E('Front Office Manager', 'Orchid Bay Hotels & Resorts', 'Orchid Bay Marina, Telok Serai, Singapore', '2020-03',
          'present', F, 'in_person_service', [
              'Run reception, concierge and guest relations for a 410-room hotel (42 staff)',
              'Step in at the desk for VIP arrivals and guest complaints; recover service failures personally',
              'Raised the TripAdvisor score from 4.2 to 4.6 in two years']),
        E('Assistant Front Office Manager', 'Orchid Bay Hotels & Resorts', 'Orchid Bay Pulau Lanting, Malaysia',
          '2016-06', '2020-02', F, 'in_person_service', [
              'Transferred to open the resort; recruited and trained the front office team',
              'Promoted to Assistant FOM in Jan 2018 after 18 months as Duty Manager',
              'Handled group check-ins and walk-in guests at the lobby']),
        E('Senior Guest Service Agent', 'Orchid Bay Hotels & Resorts', 'Orchid Bay Marina, Telok Serai, Singapore',
          '2013-09', '2016-05', F, 'in_person_service', ['Check-in, check-out and upselling; trained new agents']),
        E('Guest Service Agent', 'Orchid Bay Hotels & Resorts', 'Orchid Bay Marina, Telok Serai, Singapore', '2011-07',
          '2013-08', F, 'in_person_service', []),
    ]:
        b.add(e)
        b.row(e.title, b.d(e), 'i')
        b.row(e.loc, '', 'n')
        b.buls(e)
    b.job(E('Banquet Server (part-time)', 'Harbourfront Regency Hotel', 'Singapore', '2009-03', '2011-06', F,
            'in_person_service', ['Served at weddings and conference lunches while studying']), 'pipe')
    b.job(E('Hotel Operations Intern', 'The Emerald Palms Resort', 'Pulau Lanting, Malaysia', '2010-01', '2010-06', F,
            'in_person_service', ['Six-month internship: front desk, concierge and a month in housekeeping'],
            et='internship'), 'pipe')
    b.sec('National service')
    b.job(E('Signals Operator (Corporal)', '24th Signal Battalion', 'Singapore', '2007-01', '2008-12', N, None, [
        'Full-time national service; set up and maintained field radio networks'], et='military'), 'pipe')
    b.sec('Education')
    b.p('Diploma in Hotel & Hospitality Management, Telok Serai Polytechnic, 2011')
    return dict(file='w013.html', renderer='html', name='Daniel Tan Wei Jie',
                contact=['Telok Serai, Singapore', '+65 9555 0148 · daniel.tanwj@mail.example'], b=b,
                opt=dict(font='Helvetica, Arial, sans-serif'),
                family='Singapore front office manager, HTML, hotel group with total tenure and four roles across two '
                       'properties, "Promoted to" bullet, national service, internship',
                layout='html, plain/orgfirst + pipe, mon + tenure / \'Present\'')


def w014():
    b = B('mon.', ' – ', 'present')
    b.sec('Summary')
    b.p('Bookkeeper and small-business accountant with twenty years of experience in public accounting, industry and '
        'my own practice. QuickBooks ProAdvisor. Enrolled Agent exam candidate.')
    b.sec('Professional Experience')
    b.job(E('Owner / Bookkeeper', 'Ledgerline Bookkeeping LLC', 'Brookhaven Falls, OR', '2014-01', 'present', A, None, [
        'Keep the books for 14 small-business clients: a brewery, two dental offices, a landscaping company, '
        'three short-term rental owners and others',
        'Monthly bank reconciliations, payroll runs and quarterly 941 and state filings',
        'Prepare year-end packages that clients\' CPAs use for tax returns',
        'Migrated six clients from desktop QuickBooks to QuickBooks Online'], et='freelance'), 'title_org')
    b.row('Harvest Tax Service, Brookhaven Falls, OR — Seasonal Tax Preparer', '', 'b')
    for yr in (2015, 2016, 2017):
        e = b.add(E('Seasonal Tax Preparer', 'Harvest Tax Service', 'Brookhaven Falls, OR', f'{yr}-01', f'{yr}-04', F,
                    'in_person_service', ['Sat down with walk-in and appointment clients to prepare individual 1040 returns',
                                          'Explained refunds, balances due and payment options'] if yr == 2015 else []))
        b.row(f'Tax season {yr}', b.d(e), 'i')
        b.buls(e)
    b.gap()
    e = b.add(E('Career break', None, None, '2013-06', '2013-12', N, None, ['Relocation to Oregon and a new baby'],
                et='unknown'))
    b.row(e.title, b.d(e), 'b')
    b.buls(e)
    b.gap()
    b.job(E('Staff Accountant', 'Pruitt & Lowell CPAs', 'Salmonberry, WA', '2008-09', '2013-05', A, None, [
        'Prepared compilations, payroll tax returns and workpapers for small-business clients',
        'Reviewed client bank and credit card statements and posted adjusting entries',
        'Built the firm\'s month-end checklist template still used today']), 'title_org')
    b.job(E('Accounts Payable Clerk', 'Douglas Fir Lumber Co.', 'Salmonberry, WA', '2004-06', '2008-08', N, None, [
        'Three-way matched and coded 400 vendor invoices a month; ran weekly check runs']), 'title_org')
    b.sec('Volunteer & Board Service')
    b.job(E('Volunteer Tax Preparer', 'Brookhaven Falls Free Tax Clinic', 'Brookhaven Falls, OR', '2018', 'present', F,
            'volunteering', ['Every tax season, prepare returns face to face for low-income families and seniors'],
            section='volunteer', et='volunteer'), 'title_org')
    b.job(E('Treasurer', 'Brookhaven Falls Food Co-op Board of Directors', 'Brookhaven Falls, OR', '2019', '2023', N,
            None, ['Presented monthly financials to the board and oversaw the annual audit'],
            section='other', et='volunteer'), 'title_org')
    b.sec('Education & Credentials')
    b.p('B.S. Accounting, Cascade Valley State University, 2004')
    b.p('Certified QuickBooks Online ProAdvisor · Annual Filing Season Program record of completion')
    b.sec('Software')
    b.p('QuickBooks Online and Desktop, Xero, Gusto, ADP, Bill.com, Excel (pivot tables, lookups)')
    return dict(file='w014.pdf', renderer='rl', name='Corinne Albright-Haas',
                contact=['Brookhaven Falls, OR 97999 · (541) 555-0126 · corinne@ledgerline.example'], b=b,
                opt=dict(font='Times', size=12, letter=True, footer='Corinne Albright-Haas — Page {p} of {n}',
                         runline='(541) 555-0126 · corinne@ledgerline.example', center=True),
                family='US bookkeeper, reportlab Times 2-page résumé, own bookkeeping practice with clients in a bullet, '
                       'three repeated tax seasons under one heading, short career break, board treasurer',
                layout='reportlab, 2-page/title_org + seasons, mon. / \'present\'')


def w015():
    b = B('mm/yy', ' – ', 'current')
    b.sec('Summary')
    b.p('Heavy-vehicle driver, MC licence, 30 years on the road and in the mines. Clean record, dangerous goods licence.')
    b.sec('Work History')
    b.job(E('Haul Truck Operator (FIFO 2:1)', 'Ironvale Mining Services', 'Mt Corrigan Mine, WA', '2024-02',
            'present', N, None, [
                'Operate 240 t haul trucks on a 12-hour roster; pre-start checks and radio protocol']), 'dash')
    b.job(E('Road Train Driver', 'Kalgarra Haulage', 'Nullaburra, WA', '2002', '2024', A, None, [
        'Triple road trains carting fuel and mine supplies to remote sites',
        'Kept logbooks and fatigue records, load restraint to standard',
        'Relief dispatcher on the depot desk during the wet season']), 'dash')
    b.job(E('Grain Carter (harvest)', 'Tindall Bros Farming', 'Nullaburra, WA', '2001-11', '2001-12', N, None, [
        'Five weeks carting grain from header to the receival bin'], dt='11/01 – 12/01 (5 weeks)'), 'dash')
    b.job(E('School Bus Driver (part-time)', 'Nullaburra Coachlines', 'Nullaburra, WA', '1999', '2002', F,
            'in_person_service', ['Morning and afternoon runs for 45 students; kept order and checked passes']), 'dash')
    b.job(E('Driver (Private to Corporal)', '10th Transport Squadron', 'Karrabin, NT', '1992', '1999', N, None, [
        'Army service; drove heavy trucks and fuel tankers on exercise'], et='military'), 'dash')
    b.sec('Volunteer')
    b.job(E('Volunteer Firefighter', 'Nullaburra Bush Fire Brigade', 'Nullaburra, WA', '2003', 'present', F,
            'volunteering', ['Turn out to grass fires and road crashes; help people out of wrecked vehicles'],
            section='volunteer', et='volunteer'), 'dash')
    b.sec('Licences')
    b.p('MC licence · Dangerous Goods · HR forklift · WA rail crossing induction')
    return dict(file='w015.txt', renderer='txt', name='Wayne Pettigrew',
                contact=['Nullaburra WA 6999', 'Mob: 0412 555 876'], b=b,
                opt=dict(caps=True, underline='', bullet='  * ', width=84),
                family='Australian truck driver as plain text, 22-year year-only tenure, FIFO, 5-week harvest job, '
                       'army service, bush fire brigade, mm/yy and "current"',
                layout='txt, plain/dash, mm/yy + year / \'current\'')


def w016():
    b = B('mon', ' – ', 'Present')
    b.sec('Profile')
    b.p('Community pharmacist licensed in Ontario for 14 years; locum since 2019, with experience in rural and '
        'First Nations community pharmacies.')
    b.sec('Pharmacy Practice')
    b.row('Northbranch Locum Services (sole proprietor) — Locum Pharmacist', 'Jun 2019 – Present', 'b')
    for e in [
        E('Locum Pharmacist', 'Riverbend Pharmacy', 'Kestrel Lake, ON', '2019-06', '2019-08', F, 'healthcare_care', [
            'Covered owner\'s summer leave; dispensing, counselling and minor-ailment assessments']),
        E('Locum Pharmacist', 'Pine Hollow Health Centre Pharmacy', 'Pine Hollow, ON', '2019-10', '2019-11', F,
          'healthcare_care', ['Six-week fly-in coverage; methadone dispensing and patient counselling'],
          dt='Oct 2019 – Nov 2019 (6 weeks)'),
        E('Locum Pharmacist', 'Maplecrest Drug Mart', 'Thornbury Mills, ON', '2020-01', '2022-06', F, 'healthcare_care', [
            'Two days a week; flu and COVID-19 immunization clinics']),
        E('Locum Pharmacist', 'Lakeshore Family Pharmacy', 'Kestrel Lake, ON', '2022-09', 'present', F,
          'healthcare_care', ['Regular Friday–Sunday relief; medication reviews with seniors']),
    ]:
        b.add(e)
        b.row(f'{e.org}, {e.loc}', b.d(e), 'i')
        b.buls(e)
    b.job(E('Staff Pharmacist', 'FairCare Pharmacy #208', 'Thornbury Mills, ON', '2012-07', '2019-05', F,
            'healthcare_care', ['Dispensed 300 prescriptions a day and counselled patients at the counter',
                                'Ran the diabetes education day every November']), 'title_org')
    b.job(E('Hospital Pharmacy Resident', 'Thornbury General Hospital', 'Thornbury Mills, ON', '2011-07', '2012-06', F,
            'healthcare_care', ['Clinical rotations on internal medicine and oncology; took medication histories from patients'],
            et='internship'), 'title_org')
    for yr in ('2008', '2009'):
        b.job(E('Pharmacy Assistant (summer student)', 'FairCare Pharmacy #208', 'Thornbury Mills, ON', f'{yr}-06',
                f'{yr}-08', F, 'in_person_service', ['Cash, front-shop and prescription pick-up'] if yr == '2008' else [],
                dt=f'Summer {yr}'), 'title_org')
    b.sec('Committees')
    b.job(E('Member, Practice Advisory Committee', 'Northern Pharmacists\' Network', None, '2021', 'present', N, None, [
        'Review draft practice guidance for rural pharmacies'], section='other', et='volunteer'), 'title_org')
    b.sec('Education')
    b.p('BScPhm, Lakehead Shores University, 2011 · Certified to administer injections')
    return dict(file='w016.docx', renderer='docx', name='Priya Raman-Oyelaran, RPh',
                contact=['Thornbury Mills, ON · 705-555-0199 · priya.ramanoy@mail.example'], b=b,
                opt=dict(mode='table', font='Georgia', size=10, footer_page=True),
                family='Canadian locum pharmacist, Word table per block, sole-proprietor locum heading with four dated '
                       'pharmacy placements, residency, two repeated summer jobs, page footer',
                layout='docx, table/agency + title_org, mon / \'Present\'')


def w017():
    b = B('month', ' – ', 'Present')
    b.sec('Profile')
    b.p('Retail store manager with twelve years in one homewares chain and a background in contact-centre service.')
    b.sec('Work experience')
    b.row('Kōwhai Home & Living Ltd', 'March 2014 – Present (12 yrs 9 mos)', 'b')
    for e in [
        E('Store Manager', 'Kōwhai Home & Living Ltd', 'Tauranui', '2020-07', 'present', F, 'in_person_service', [
            'Lead a team of 14 in a $6m store; rosters, budgets and visual merchandising',
            'Work the floor on weekends and look after customers with delivery or warranty problems']),
        E('Assistant Store Manager', 'Kōwhai Home & Living Ltd', 'Tauranui', '2016-09', '2020-06', F,
          'in_person_service', ['Opened and closed the store; handled refunds over the staff limit']),
        E('Sales Consultant', 'Kōwhai Home & Living Ltd', 'Rangitaha', '2014-03', '2016-08', F, 'in_person_service', [
            'Helped customers choose furniture and arranged deliveries']),
    ]:
        b.add(e)
        b.row(f'{e.title}, {e.loc}', b.d(e), 'bi')
        b.buls(e)
        b.gap()
    b.job(E('Customer Service Representative', 'Aotea Power & Gas', 'Rangitaha', '2011-02', '2014-02', F,
            'contact_center', ['Answered billing and move-in/move-out calls; set up payment arrangements']), 'title_org')
    for yr in ('2009', '2010'):
        b.job(E('Packhouse Grader (seasonal)', 'Te Mātai Packhouse', 'Rangitaha', f'{yr}-04', f'{yr}-06', A, None,
                ['Graded kiwifruit for export quality on the line'] if yr == '2009' else []), 'title_org')
    b.sec('Volunteering')
    b.job(E('Shop Volunteer', 'Tauranui Hospice Op Shop', 'Tauranui', '2018-02', 'present', F, 'volunteering', [
        'Saturday mornings on the counter; sort and price donations']), 'title_org', loc=False)
    side = [('sec', 'Contact'), ('p', '021 555 0147'), ('p', 'moana.tepania@mail.example'), ('p', 'Tauranui, Bay of Plenty'),
            ('sec', 'Skills'), ('bul', 'Team leadership'), ('bul', 'Rostering & payroll'), ('bul', 'Stock control'),
            ('bul', 'Visual merchandising'), ('bul', 'Complaint resolution'), ('sec', 'Education'),
            ('p', 'NZ Certificate in Retail (Level 4), 2017'), ('p', 'Tauranui College, NCEA Level 2')]
    return dict(file='w017.pdf', renderer='fpdf', name='Moana Te Pania', contact=['Store Manager'], side=side, b=b,
                opt=dict(size=10, footer=None, running=False),
                family='NZ retail store manager, fpdf2 with shaded sidebar, employer with total tenure and three nested '
                       'roles, two seasonal packhouse repeats, op-shop volunteering',
                layout='fpdf2, sidebar/orgfirst + title_org, month / \'Present\'')


def w018():
    b = B('month', ' – ', 'Present')
    b.sec('Experience')
    b.job(E('Solutions Engineer', 'Quillsoft, Inc.', 'Remote (Denver, CO)', '2023-04', 'present', F, 'sales_account', [
        'Run technical discovery calls and product demos with prospects\' engineering teams',
        'Scope proofs of concept and answer security questionnaires; $2.1M ARR influenced in 2025']), 'title_org')
    b.job(E('Senior Software Engineer', 'Quillsoft, Inc.', 'Remote (Denver, CO)', '2020-01', '2023-03', N, None, [
        'Designed the event-ingestion pipeline (Go, Kafka) handling 40k events/sec',
        'Led the migration from a monolith to four services']), 'title_org')
    b.job(E('Software Engineer (contract via Apex Talent Partners)', 'Redwood Mutual Insurance', 'Boulder Springs, CO',
            '2018-06', '2019-12', N, None, ['Built claims-intake APIs in Java/Spring for the internal claims system']),
          'title_org')
    b.job(E('Co-founder & CTO', 'Tandem Meals', 'Boulder Springs, CO', '2017-03', '2018-05', F,
            'entrepreneurial_freelance', ['Built the ordering site and delivery app; the company closed after 14 months',
                                          'Answered customer emails and ran the Saturday pickup table at the farmers\' market'],
            et='freelance'), 'title_org')
    b.job(E('Software Engineer', 'Brightloop Analytics', 'Boulder Springs, CO', '2014-09', '2017-02', N, None, [
        'Backend for a marketing-analytics dashboard (Python, PostgreSQL)']), 'title_org')
    b.job(E('Software Engineering Intern', 'Brightloop Analytics', 'Boulder Springs, CO', '2013-06', '2013-08', N, None,
            ['Wrote data-import scripts'], et='internship', dt='Summer 2013'), 'title_org')
    b.sec('Open source')
    b.job(E('Maintainer', 'tinyqueue (open-source job queue)', None, '2016', 'present', A, None, [
        'Review pull requests, cut releases and keep the docs current (1.2k GitHub stars)'],
        section='volunteer', et='volunteer'), 'title_org')
    b.sec('Education')
    b.p('B.S. Computer Science, Front Range State University, 2014')
    b.sec('Skills')
    b.p('Go, Python, Java, Kafka, PostgreSQL, AWS, Terraform, technical demos, POCs')
    return dict(file='w018.md', renderer='md', name='Jordan Okafor-Reyes',
                contact=['Denver, CO', 'jordan@okafor-reyes.example', 'github.example/jokafor'], b=b,
                opt=dict(mdsep=' · '),
                family='US engineer turned solutions engineer in Markdown, contract role naming the agency in the title, '
                       'failed start-up, summer internship, open-source maintainer',
                layout='md, bold/title_org, month / \'Present\'')


def w019():
    b = B('mon', ' - ', 'Present')
    b.sec('Career summary')
    b.p('Contact-centre professional who started on a learnership and now trains new agents. Eleven years at one '
        'insurer, with sales, service and team-leading experience.')
    b.sec('Experience')
    for e in [
        E('Training Facilitator', 'Sizwe Direct Insurance', 'Umlazi Ridge, Durban', '2021-08', 'present', F, 'education', [
            'Run six-week induction classes for groups of 20 new call-centre agents',
            'Sit with agents on the floor after go-live and coach them on live calls',
            'Rewrote the product-knowledge module for the funeral-cover range']),
        E('Team Leader', 'Sizwe Direct Insurance', 'Umlazi Ridge, Durban', '2018-04', '2021-07', F, 'contact_center', [
            'Led a team of 14 service agents; took escalated calls and complaints from policyholders',
            'Ran monthly one-on-ones and quality reviews; team QA average 88%']),
        E('Sales Agent', 'Sizwe Direct Insurance', 'Umlazi Ridge, Durban', '2015-11', '2018-03', F, 'contact_center', [
            'Outbound calls selling funeral and car insurance to warm leads',
            'Promoted to Senior Sales Agent after 14 months; top seller for Q3 2017']),
        E('Contact Centre Learnership (NQF 4)', 'Sizwe Direct Insurance', 'Umlazi Ridge, Durban', '2014-11', '2015-10',
          F, 'contact_center', ['12-month learnership: classroom training plus inbound service calls'], et='internship'),
    ]:
        b.row(e.title, b.d(e, 'yrs'), 'b')
        b.row(f'{e.org} | {e.loc}', '', 'i')
        b.add(e)
        b.buls(e)
        b.gap()
    b.job(E('Forecourt Attendant', 'Amanzi Fuel Stop', 'Pinetown Heights', '2012-02', '2014-10', F, 'in_person_service', [
        'Filled up vehicles, checked oil and tyres, processed card payments']), 'title_org', tn='yrs')
    b.job(E('Stock Controller (holiday job)', 'Zola Wholesalers', 'Pinetown Heights', '2011-12', '2012-01', A, None, [
        'Counted stock for the year-end stocktake'], dt='Dec 2011 - Jan 2012 (6 weeks)'), 'title_org')
    b.sec('Community involvement')
    b.job(E('Sunday School Teacher', 'Emmanuel Fellowship Church', 'Umlazi Ridge', '2013', 'present', F, 'volunteering', [
        'Teach a class of 15 children aged 8–10 every Sunday'], section='volunteer', et='volunteer'), 'title_org')
    b.sec('Qualifications')
    b.p('National Certificate: Contact Centre Operations (NQF 4), 2015')
    b.p('Regulatory Exam for Representatives (RE5), 2016 · Assessor and Facilitator certificates, 2021')
    b.sec('Languages')
    b.p('isiZulu (home language), English (fluent), Afrikaans (basic)')
    b.sec('References')
    b.p('Mrs N. Dlamini, Operations Manager — 031 555 0110')
    b.p('Mr K. Pillay, Training Manager — 031 555 0125')
    return dict(file='w019.pdf', renderer='rl', name='Sibongile Mthembu',
                contact=['Umlazi Ridge, Durban · 072 555 0184 · sibongile.mthembu@mail.example', 'Driver\'s licence: Code B'],
                b=b, opt=dict(size=11.5, runline='Sibongile Mthembu · CV', footer='Page {p} of {n}'),
                family='South African contact-centre trainer, reportlab 2-page CV, same insurer repeated for four roles '
                       'with tenures "(3 yrs 4 mos)", learnership, "Promoted to" bullet, 6-week holiday job',
                layout='reportlab, 2-page/title_org repeated employer, mon + tenure / \'Present\'')


def w020():
    b = B('mon', ' - ', 'Present')
    b.sec('Personal statement')
    b.p('Mathematics teacher and small-business owner. I teach during the week and run my family\'s provisions shop '
        'in the evenings and on Saturdays.')
    b.sec('Work experience')
    b.job(E('Mathematics Teacher', 'Ahenkro Senior High School', 'Ahenkro', '2010', 'present', F, 'education', [
        'Teach core and elective mathematics to SHS 1–3 classes of up to 55 students',
        'Form master and organiser of the school maths quiz team']), 'dash')
    b.job(E('Owner / Shopkeeper', "Adwoa's Provisions Store", 'Ahenkro', '2015', 'present', F,
            'entrepreneurial_freelance', ['Serve customers, order stock from Kumase-Nkwanta wholesalers, keep the books',
                                          'Run a mobile-money point inside the shop'], et='freelance'), 'dash')
    b.job(E('Assistant Examiner (script marking)', 'Coastal Examinations Council', 'Aboadze Junction', '2019-07',
            '2019-07', A, None, ['Three-week marking exercise for core mathematics scripts'],
            dt='Jul 2019 (3 weeks)'), 'dash')
    b.job(E('National Service Personnel - Teaching Assistant', 'Nkwanta Methodist JHS', 'Nkwanta-Ahenkro', '2009-09',
            '2010-08', F, 'education', ['Taught JHS 2 mathematics and supervised prep']), 'dash')
    b.job(E('Mobile Money Agent (part-time)', 'Sika Express Agency', 'Ahenkro', '2007', '2009', F, 'in_person_service', [
        'Cash-in and cash-out for customers; registered new wallets']), 'dash')
    b.sec('Church and community')
    b.job(E('Youth Choir Director', 'Ahenkro Wesley Chapel', 'Ahenkro', '2012', 'present', F, 'volunteering', [
        'Lead Thursday rehearsals and Sunday services for a 30-voice youth choir'],
        section='volunteer', et='volunteer'), 'dash')
    b.sec('Education')
    b.p('B.Ed. Mathematics, University of Education (Kumase-Nkwanta campus), 2009')
    return dict(file='w020.txt', renderer='txt', name='Adwoa Serwaa Boateng',
                contact=['P.O. Box AH 214, Ahenkro, Ghana', 'Tel: 024 555 0193 | adwoa.boateng@mail.example'], b=b,
                opt=dict(caps=True, underline='~', bullet='  - ', datesep=', '),
                family='Ghanaian teacher with a concurrent shop she owns, plain text, year-only long tenure, national '
                       'service, 3-week marking gig, church choir',
                layout='txt, plain/dash, year + mon / \'Present\'')


DEFS = [w011, w012, w013, w014, w015, w016, w017, w018, w019, w020]
